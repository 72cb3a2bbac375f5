"""Code system URIs as wardwatch compares them: the FHIR URI, whatever spelling a feed used.

Feeds converted from HL7 v2 or C-CDA often send the HL7 OID of a code system
("urn:oid:2.16.840.1.113883.6.1" for LOINC) where FHIR R4 asks for its URI, and some add a
trailing slash or write https. R4 names the URI, but a LOINC vital sent under the OID is still
a LOINC vital: before, such an Observation was ignored (no event, no dead letter), and an RxNorm
product under its OID was an unknown drug (black-box tester, session 13).
"""

from __future__ import annotations

__all__ = ["LOINC", "RXNORM", "SNOMED", "UCUM", "canonical_system"]

LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"

_ALIASES: dict[str, str] = {
    "urn:oid:2.16.840.1.113883.6.1": LOINC,
    "urn:oid:2.16.840.1.113883.6.96": SNOMED,
    "urn:oid:2.16.840.1.113883.6.88": RXNORM,
    "urn:oid:2.16.840.1.113883.6.8": UCUM,
}
for _uri in (LOINC, SNOMED, RXNORM, UCUM):
    _ALIASES[_uri + "/"] = _uri
    _ALIASES[_uri.replace("http://", "https://", 1)] = _uri
    _ALIASES[_uri.replace("http://", "https://", 1) + "/"] = _uri


def canonical_system(system: object) -> object:
    """The FHIR URI of a known code system written another way; anything else as it was."""
    if isinstance(system, str):
        return _ALIASES.get(system, system)
    return system
