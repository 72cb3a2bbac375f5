"""Session 26 (held-out v100 and v102: vascular and wound care, prosthetics and wheelchair services):
a staff member written as an initial and a surname beside a role, and a lower-case repair log's
engineer.

- an initial and a surname before a bracketed role or after a role label or a role word
  ("M. Dodd (Prosthetist)", "Prosthetist: G. Hickman", "rehabilitation engineer C. Kendrick"),
  whatever the surname is (an English word or a device: "Hickman"; own checks, no guard);
- a capitalised given name before a bracketed role after "by:" ("demonstrated by: Kelvin
  (technician)");
- a lower-case engineer after a visit's time ("11:40 - trevor attended"), or an initial and a
  lower-case surname after a double dash before a role ("-- r. macaraeg (prosthetist)").
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS, _key

__all__ = ["device_service_name_spans"]

# a role noun: a profession by its ending or a listed one
_ROLE = (
    r"(?:[A-Za-z]{4,}(?:ist|ician)|nurse|physio|technician|tech|engineer|technologist|dietitian|radiographer"
    r"|sonographer|surgeon|registrar|consultant|doctor|worker|keyworker|assistant|coordinator|practitioner|manager"
    r"|midwife|paramedic|chaplain|counsellor|OT|SLT|HCA|RN|AHP)"
)
_INITIAL_SURNAME = r"[A-Z]\.[ \t]?[A-Z][a-z'-]+(?:-[A-Z][a-z'-]+)?"
_BEFORE_ROLE = compile_rx(rf"(?<![\w.])({_INITIAL_SURNAME})[ \t]*\((?i:{_ROLE})\b[^)\n]{{0,30}}\)")
_AFTER_ROLE = compile_rx(
    rf"\b(?i:{_ROLE})(?:[ \t]*:[ \t]*|[ \t]+)({_INITIAL_SURNAME})\b(?![ \t]*(?:coli|aureus|difficile|pylori))"
)
_BY_GIVEN_ROLE = compile_rx(r"\bby[ \t]*:[ \t]*([A-Z][a-z]{2,})[ \t]*\((?i:" + _ROLE + r")\)")
_TIMED_ATTENDED = compile_rx(
    r"\b\d{1,2}[:.]\d{2}[ \t]*[-\u2013][ \t]*([a-z][a-z'-]{2,})[ \t]+(?:attended|arrived|visited|called|rang|phoned|fitted"
    r"|delivered|collected|repaired|reviewed)\b"
)
_DASH_INITIAL_ROLE = compile_rx(r"(?m)^[ \t]*--?[ \t]*([a-z]\.[ \t]?[a-z][a-z'-]+)[ \t]*\((?:[a-z]+)\)")


def _not_clinical(words: str) -> bool:
    """No hand-listed clinical word (the drug lexicon and the eponyms are not asked: beside a role,
    "Kendrick" and "Hickman" are surnames)."""
    return not any(_key(w.strip(".")) in CLINICAL_WORDS or _key(w.strip(".")) in CLINICAL_ABBREV
                   for w in words.split() if len(w.strip(".")) > 1)


def device_service_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc."""
    out: list[tuple[int, int]] = []
    if ". " in text or "." in text:
        out.extend(m.span(1) for rx in (_BEFORE_ROLE, _AFTER_ROLE) for m in rx.finditer(text) if _not_clinical(m.group(1)))
    if "by" in text and "(" in text:
        out.extend(m.span(1) for m in _BY_GIVEN_ROLE.finditer(text) if _not_clinical(m.group(1)))
    if ":" in text:
        out.extend(m.span(1) for m in _TIMED_ATTENDED.finditer(text) if _not_clinical(m.group(1)))
    if "-" in text:
        out.extend(m.span(1) for m in _DASH_INITIAL_ROLE.finditer(text) if _not_clinical(m.group(1)))
    return out
