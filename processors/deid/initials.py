"""Session 7 (from the v17 misses): initials that sign an entry, and a pager number after "paged".

- initials and a credential closing a line, after a dash or a sentence end ("-IS rn",
  "- E.M., RRT", "recollect requested. M.A. BMS", "Please schedule labs. V.C., MA");
- initials after a person field that a name-run recogniser does not take ("Call handler: MI",
  "Triaged by: A.W.");
- the number reached after "paged" / "bleeped" ("Paged Dr. Young at 1579"): a 4-5 digit number
  that is no 24-hour clock time, or any after a named person.

Signatures are names whatever the letters ("-PR rn" is initials, not per rectum), so these
spans are not put behind the clinical-token guard; a sentence-end context, which is weaker
than a dash, still skips clinical abbreviations ("... given. IV RN").
"""

from __future__ import annotations

import re

from processors.deid.names import CLINICAL_ABBREV

__all__ = ["initials_spans"]

_INIT = r"(?:[A-Z]\.[ \t]?){1,2}[A-Z]\.?|[A-Z]{2,3}"
_CRED = (
    r"(?:RN|rn|RGN|RPN|EN|LPN|LVN|CNA|HCA|RRT|RT|BMS|MLS|MA|CMA|NP|PA|MD|DO|PT|OT|SLP|RD|SW"
    r"|RPh|PharmD|EMT|CRNA|CNM|RM)"
)
_SIGNOFF = re.compile(
    rf"(?:((?:(?<=\s)|^)[-\u2013~][ \t]*)|^[ \t]*|(?<=[.;!])[ \t]+)({_INIT})(?:,[ \t]*|[ \t]+){_CRED}[ \t]*$",
    re.MULTILINE,
)
_FIELD_INITIALS = re.compile(
    r"\b(?i:call[ \t]handler|call[ \t]taker|handler|triaged[ \t]by|taken[ \t]by|operator"
    rf"|initials)[ \t]*:[ \t]*({_INIT})(?![\w.])"
)
_PAGED = re.compile(
    r"\b(?i:paged|bleeped|page[ \t]+sent[ \t]+to)\b([^\n;]{0,40}?)\b(?:at|on)[ \t]+(\d{4,5})\b(?![\d/:.,]\d)"
)
_PERSON = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse|Sister)\b\.?[ \t]+[A-Z]")


def _clock(digits: str) -> bool:
    return len(digits) == 4 and int(digits[:2]) <= 23 and int(digits[2:]) <= 59


def initials_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of sign-off initials, field initials and paged numbers."""
    out: list[tuple[int, int, str]] = []
    for m in _SIGNOFF.finditer(text):
        init = m.group(2)
        if m.group(1) is not None or "." in init or init.lower() not in CLINICAL_ABBREV:
            out.append((*m.span(2), "[NAME]"))
    if ":" in text:
        out.extend((*m.span(1), "[NAME]") for m in _FIELD_INITIALS.finditer(text))
    if "aged" in text or "eeped" in text or "age sent" in text:
        for m in _PAGED.finditer(text):
            if not _clock(m.group(2)) or _PERSON.search(m.group(1)):
                out.append((*m.span(2), "[PHONE]"))
    return out
