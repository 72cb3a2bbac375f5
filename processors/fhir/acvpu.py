"""ACVPU answers read from any coding a feed uses, as one canonical code.

The rules read SNOMED CT's answers (248234008 Alert; 300202002 / 255373000 Voice; 450847001
Pain; 422768004 Unresponsive). Feeds also send local code systems ("A", "V", "P", "U", "C") and
LOINC answers ("LA9340-6" "Alert"): before session 34 any code but 248234008 read as "not
alert", so an alert patient coded locally scored 3 and raised NEWS2 emergencies (black-box
tester). Now a SNOMED answer is taken as sent (any other SNOMED concept id too: it is not Alert,
as DESIGN 7a reads); otherwise a coding whose code is the ACVPU letter
or whose code, display or the concept's text names the answer ("Alert", "Responds to voice",
"New confusion") maps to the SNOMED answer ("C", new confusion, has none in clinical.md: it
stays "C"), and a display or text that names a reduced level anywhere ("Acute confusion") is
that level. Nothing recognised: no answer, and the caller dead-letters the Observation rather
than guess (a code is never copied into an event unrecognised: it could be anything).
"""

from __future__ import annotations

import re

from processors.fhir.systems import SNOMED, canonical_system

__all__ = ["ALERT", "SNOMED_ANSWERS", "acvpu_answer"]

ALERT = "248234008"
SNOMED_ANSWERS = frozenset((ALERT, "300202002", "255373000", "450847001", "422768004"))
_LETTER = {"A": ALERT, "V": "300202002", "P": "450847001", "U": "422768004", "C": "C"}
_WORDS = re.compile(
    r"^\s*(?:[acvpu]\s*[-:=\u2013\u2014]\s*)?(?:(mentally\s+alert|alert)|(new\s+confusion|confus\w*)|"
    r"((?:responds?\s+to\s+)?(?:voice|verbal)\w*)|((?:responds?\s+to\s+)?pain\w*)|(unresponsive|unrousable))"
    r"\s*(?:\(finding\))?\s*$", re.IGNORECASE)
_BY_GROUP = (ALERT, "C", "300202002", "450847001", "422768004")


def _named(text: object) -> str | None:
    if not isinstance(text, str):
        return None
    if text.strip().upper() in _LETTER:
        return _LETTER[text.strip().upper()]
    m = _WORDS.match(text)
    if m is None:
        return None
    return _BY_GROUP[next(i for i, g in enumerate(m.groups()) if g is not None)]


def acvpu_answer(concept: object) -> str | None:
    """The canonical ACVPU answer of a ``valueCodeableConcept`` (see the module), or None."""
    if not isinstance(concept, dict):
        return None
    codings = [c for c in concept.get("coding") or () if isinstance(c, dict)]
    for c in codings:
        if canonical_system(c.get("system")) == SNOMED and c.get("code") in SNOMED_ANSWERS:
            return str(c["code"])
    for c in codings:  # another SNOMED concept ("acute confusion"): not Alert, as DESIGN 7a reads
        code = c.get("code")
        if canonical_system(c.get("system")) == SNOMED and isinstance(code, str) and _SCTID.fullmatch(code):
            return code
    for c in codings:
        found = _named(c.get("code")) or _named(c.get("display"))
        if found is not None:
            return found
    found = _named(concept.get("text"))
    if found is not None:
        return found
    for text in [c.get("display") for c in codings] + [concept.get("text")]:
        m = _NOT_ALERT.search(text) if isinstance(text, str) else None
        if m is not None:  # "Acute confusion", "Drowsy, responds to voice"
            return _BY_GROUP[1 + next(i for i, g in enumerate(m.groups()) if g is not None)]
    return None


_SCTID = re.compile(r"[1-9]\d{5,17}")
_NOT_ALERT = re.compile(r"\b(?:(confus\w*|delirium)|(voice|verbal)|(pain)|(unresponsive|unrousable))\b",
                        re.IGNORECASE)
