"""Forms of ambulance and telephone-care records (session 23, from the held-out v78 measurement).

- Ids (ID): an incident number ("Incident: 907412-24", "Inc: 721581", "inc 8988 cat 3").
- Addresses (ADDRESS): a what3words address ("///soap.tulip.crossing"); a Welsh street
  ("119 Heol-y-Nant", "4 Ffordd y Parc"); a town before an Australian state or a Canadian province
  after "in" / "via" / "near" or a label ("via Blackall QLD", "Caller in Thunder Bay, ON",
  "Location during call: Midland WA 6056").
- Dates (DATE): a date with a Welsh month ("Dyddiad: 20 Mehefin 2024").
- Names (NAME): a lower-case name before a bracketed relation ("paulette (wife) unable to lift"); a
  lower-case name after "witness:" / "signature:" ("witness: latoya fulton").
- Ages (AGE): a caller's "He's 91." / "She is 94".

Session 37 (deid tester, EMS and retrieval notes):

- Vehicle ids (ID): an aircraft registration after "aircraft", "helicopter", "flight (by)", "tail
  (number)", "rego" or "registration", or before "rescue helicopter" ("aircraft VH-FVZ", "Flight by
  ZK-IMA rescue helicopter"): Safe Harbor's vehicle identifiers.
- Ids (ID): a patient care record number ("ePCR 2025-0311-0447", "PCR #: 88123").
- Names (NAME): a crew member in capitals with an initial before a bracketed role ("R. LINDQVIST
  (EMT)", "K. OKAFOR (PM)").
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.names import _key
from processors.deid.unknown import _CLINICAL, _common

__all__ = ["prehospital_spans"]

_INCIDENT = compile_rx(
    r"\b(?:Incident|Inc)[ \t]*(?:no\.?|number|#)?[ \t]*:[ \t]*(\d{4,8}(?:-\d{2})?)\b(?![-/.]\d)"
    r"|\binc[ \t]+(\d{4,8})\b(?=[ \t]+cat\b)"
)
_W3W = compile_rx(r"///([a-z]{2,}\.[a-z]{2,}\.[a-z]{2,})\b")
_WELSH_STREET = compile_rx(
    r"\b(\d{1,4}[A-Za-z]?[ \t]+(?:Heol|Ffordd|Stryd|Lon|L\u00f4n|Rhodfa|Cilgant|Maes|Bryn|Cae)"
    r"(?:[ \t-](?:y|yr|[A-Z][A-Za-z'\u00e2\u00ea\u00f4\u0175\u0177-]+)){1,3})"
)
_WELSH_MONTHS = "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
# session 59 (deid tester C: 0 of 11 caught): the Irish months, with or without their fadas ("14 Bealtaine 2023", "3 Nollaig")
_IRISH_MONTHS = ("Ean[a\u00e1]ir|Feabhra|M[a\u00e1]rta|Aibre[a\u00e1]n|Bealtaine|Meitheamh|I[u\u00fa]il|L[u\u00fa]nasa|"
                 "Me[a\u00e1]n[ \t]+F[o\u00f3]mhair|Deireadh[ \t]+F[o\u00f3]mhair|Samhain|Nollaig")
# the year is optional (session 25, v92: "Dydd Mercher 9 Hydref am 12:10")
_WELSH_DATE = compile_rx(
    rf"\b((?:[12]\d|3[01]|0?[1-9])(?:af|ed|il|ydd)?[ \t]+(?:{_WELSH_MONTHS}|{_IRISH_MONTHS})(?:[ \t]+(?:19|20)\d{{2}})?)\b(?![ \t]*\d)"
)
_REGIONS = r"QLD|NSW|VIC|WA|SA|TAS|NT|ACT|ON|BC|AB|SK|MB|QC|NS|NB|NL|PE"
_TOWN_REGION = compile_rx(
    rf"(?:\b(?:in|via|near|from)|:)[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?),?[ \t]+(?:{_REGIONS})\b(?![\w/-])"
)
_RELATIONS = "|".join(sorted(RELATION_WORDS, key=len, reverse=True))
_LOWER_BEFORE_RELATION = compile_rx(rf"(?<![\w'-])([a-z][a-z'-]{{2,15}})[ \t]*\((?:{_RELATIONS})\)")
_LOWER_WITNESS = compile_rx(r"\b(?i:witness|signature|signed)[ \t]*:[ \t]*([a-z][a-z'-]{2,}[ \t][a-z][a-z'-]{2,})\b")
_CALLER_AGE = compile_rx(r"\b(?:[Hh]e|[Ss]he)(?:'s|\u2019s|[ \t]is)[ \t]+(9\d|1[01]\d)(?=[ \t]*(?:[.?!,]|years|yrs|$))",
                         re.MULTILINE)


_AIRCRAFT = compile_rx(
    r"\b(?:(?i:aircraft|helicopter|helo|flight(?:[ \t]+by)?|tail(?:[ \t]+(?:no\.?|number))?|rego|registration)[ \t]*[:#]?[ \t]*"
    r"((?:[A-Z]{1,2}-[A-Z]{3,4}|N\d{1,5}[A-Z]{0,2})\b)"
    r"|((?:[A-Z]{1,2}-[A-Z]{3,4}))(?=[ \t]+(?i:rescue|retrieval|air[ \t]+ambulance|helicopter|aircraft)))"
)
_EPCR = compile_rx(r"\b(?:e?PCR|PRF|ePRF)[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*(\d[\d-]{4,18}\d)\b")
_CREW_CAPS = compile_rx(r"\b([A-Z]\.[ \t]?[A-Z][A-Z'-]{2,}(?:[ \t][A-Z][A-Z'-]{2,})?)[ \t]*\((?:EMT|PM|AP|ICP|CCP|MICA|"
                        r"paramedic|medic|driver|crew|pilot|nurse|RN|MO|doctor|EMR|ECA|ECP|ACP|PCP)\)")


def prehospital_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "nc" in text:
        out.extend((*(m.span(1) if m.group(1) else m.span(2)), "[ID]") for m in _INCIDENT.finditer(text))
    if "///" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _W3W.finditer(text))
    out.extend((*m.span(1), "[ADDRESS]") for m in _WELSH_STREET.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _WELSH_DATE.finditer(text))
    # session 43 (deid tester): "IMPRESSION: Acute PE." is a pulmonary embolism, not a town of Prince Edward Island
    out.extend((*m.span(1), "[ADDRESS]") for m in _TOWN_REGION.finditer(text)
               if not (m.group(0).endswith("PE") and any(_common(w) for w in m.group(1).split())))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_BEFORE_RELATION.finditer(text)
                   if not _common(m.group(1)) and not (len(m.group(1)) >= 8 and _key(m.group(1)) in _CLINICAL)
                   and not clinical_spelling(m.group(1))
                   and not m.group(1).lower().endswith("itis"))  # session 33: "Hashimoto's thyroiditis (mother)"
        # v94: "domperidone (mother)" is a drug; a short lexicon word may be a name ("mirna (wife)")
    if ":" in text:
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_WITNESS.finditer(text)
                   if not any(_common(w) for w in m.group(1).split()))
    if "he" in text:
        out.extend((*m.span(1), "[AGE]") for m in _CALLER_AGE.finditer(text))
    if "-" in text or "N" in text:
        out.extend((*(m.span(1) if m.group(1) else m.span(2)), "[ID]") for m in _AIRCRAFT.finditer(text))
    if "PCR" in text or "PRF" in text:
        out.extend((*m.span(1), "[ID]") for m in _EPCR.finditer(text))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _CREW_CAPS.finditer(text))
    return out
