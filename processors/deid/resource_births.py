"""Birth dates held anywhere but ``Patient.birthDate`` (session 33, black-box tester).

DESIGN.md section 5: the birth date becomes an age (live) and ages over 89 are 90
(safe-harbor). The policy turns ``Patient.birthDate`` into an age and removes every other
``birthDate`` / ``born[x]``; these are the other places a birth date was copied (live) or only
date-shifted (safe-harbor: "1920-06-15" shifted still says 103 years old). In both profiles
the value is removed, the convention of every other birth date that is no Patient's own:

- an Observation or component whose code says birth date (LOINC 21112-8 "Birth date", or a
  ``code.text`` / coding ``display`` saying date of birth, DOB, birth date, year of birth ...):
  its ``value[x]`` goes (``valueDateTime``, ``valueString``, any other);
- a QuestionnaireResponse item whose ``linkId`` or ``text`` says so (or a ``linkId`` holding
  21112-8, a LOINC-coded form): its answers go (an answer
  with nested items keeps only those); a Questionnaire item's ``initial`` values likewise;
- an extension whose URL names a birth date or time (``patient-birthTime``, wherever it is:
  ``Patient.extension`` and ``_birthDate`` are removed by the policy and the walk already).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["BIRTH_DATE_LOINC", "BIRTH_OWNERS", "birth_label", "drop_birth_values", "is_birth_extension"]

# LOINC codes whose value is a person's birth date: 21112-8 "Birth date" (a timestamp). Only codes
# known for certain; anything else is caught by its label
BIRTH_DATE_LOINC = frozenset({"21112-8"})
BIRTH_OWNERS = frozenset({"Observation", "ObservationComponent", "QuestionnaireResponseItem", "QuestionnaireItem"})

_SEP = r"[\s_.\-]*"
# on a label with camelCase split into words ("dateOfBirth" -> "date Of Birth")
_LABEL = re.compile(
    rf"(?i)(?<![a-z0-9])(?:(?:date|time|year){_SEP}of{_SEP}birth|birth{_SEP}(?:date|time|day|year)"
    r"|d\.?o\.?b\.?|y\.?o\.?b\.?)(?![a-z])"
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_EXTENSION_URL = re.compile(r"(?i)birth[_\-]?(?:date|time|day)|(?:date|time)[_\-]?of[_\-]?birth")


def birth_label(text: object) -> bool:
    """True when ``text`` names a birth date ("Date of birth", "DOB", "birthDate", "birth_date")."""
    return isinstance(text, str) and _LABEL.search(_CAMEL.sub(" ", text)) is not None


def _birth_code(code: object) -> bool:
    if not isinstance(code, dict):
        return False
    codings = [c for c in code.get("coding") or [] if isinstance(c, dict)]
    return (any(c.get("code") in BIRTH_DATE_LOINC for c in codings) or birth_label(code.get("text"))
            or any(birth_label(c.get("display")) for c in codings))  # fmt: skip


def _birth_item(item: dict[str, Any]) -> bool:
    """A questionnaire (response) item about a birth date: by its label, a LOINC-coded linkId
    ("/21112-8") or (a Questionnaire item) its code."""
    link = item.get("linkId")
    if isinstance(link, str) and any(code in link for code in BIRTH_DATE_LOINC):
        return True
    codes = item.get("code")
    if isinstance(codes, list) and _birth_code({"coding": codes}):
        return True
    return birth_label(link) or birth_label(item.get("text"))


def _drop_value(holder: dict[str, Any]) -> None:
    for key in [k for k in holder if k.startswith(("value", "_value"))]:
        del holder[key]


def drop_birth_values(node: dict[str, Any], owner: str) -> None:
    """Remove the birth-date values of one element of type ``owner`` (see the module doc)."""
    if owner in ("Observation", "ObservationComponent"):
        if _birth_code(node.get("code")):
            _drop_value(node)
        return
    if not _birth_item(node):
        return
    if owner == "QuestionnaireItem":
        node.pop("initial", None)
        return
    answers = node.get("answer")
    if not isinstance(answers, list):
        return
    kept = [{"item": a["item"]} for a in answers if isinstance(a, dict) and a.get("item")]
    if kept:
        node["answer"] = kept
    else:
        del node["answer"]


def is_birth_extension(extension: dict[str, Any]) -> bool:
    """An extension whose URL names a birth date or time
    (``http://hl7.org/fhir/StructureDefinition/patient-birthTime``)."""
    url = extension.get("url")
    return isinstance(url, str) and _EXTENSION_URL.search(url) is not None
