"""Pager messages: the page's number, the number to call back and the caller after it (session 57).

A deid tester's 240 clinician messages left 23 pager numbers and 22 call-back extensions of pager texts in place (the same
forms in secure chats were caught), and the initials or first name that sign a page after its call-back number:
"PAGE to 47460 @6:00 AM", "PAGER MSG 17764", "PAGE FROM TO 96042", "call 31346 SH Nov 29", "CALL X6177 RB 2025-08-30",
"PLS CALL BACK 63676 BILL NHS ...". Read here:

- a number of four to six digits after "PAGE" (or "page to"), "paged", "pager (msg)" or "bleep", with "to" / "from to"
  between: [PHONE] (not "see page 1234 of the BNF");
- a number of four to six digits, or an extension "x6177", after "call", "call back", "cb", "ring" or "callback": [PHONE]
  (not a dose, a duration or a time after it: "call 2 mins later" has no four digits, "ring 1400 h" is a time);
- right after such a call-back number, two or three capitals that are no clinical abbreviation, or a listed given name in
  capitals: the caller, [NAME].

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.context import _words_set
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _key
from processors.deid.unknown import _CLINICAL

__all__ = ["pager_spans"]

_PAGE = compile_rx(
    # "page" is a book's too ("see page 1234 of the BNF"): in capitals, or with "to", it is a page's
    r"\b(?:(?:PAGE[ \t]+(?:(?:FROM[ \t]+)?TO[ \t]+)?|(?i:page|paging)[ \t]+(?i:(?:from[ \t]+)?to)[ \t]+"
    r"|(?i:pager(?:[ \t]+msg)?|bleep)[ \t]+(?i:(?:from[ \t]+)?to[ \t]+)?)#?[ \t]*(\d{4,6})"
    # an event's time after the past tense ("paged 0230 for review") is no number
    r"|(?i:paged|bleeped)[ \t]+(?:#[ \t]*)?(?!(?:[01]\d|2[0-3])[0-5]\d\b)(\d{4,6}))\b"
    r"(?![:./]\d|[ \t]*(?i:h\b|hrs?\b|hours))"
)
_CALL_BACK = compile_rx(  # session 58 (deid tester C): not an ambulance's "Time of call 0214"
    r"(?<![Oo][Ff][ \t])\b(?i:call(?:[ \t]+back)?|cb|ring|callback|call[ \t]+me)[ \t]*(?i:on|at)?[ \t]*:?[ \t]*((?i:x)[ \t]?\d{3,5}|\d{4,6})\b"
    r"(?![:./]\d|:|[ \t]*(?i:mg\b|mcg\b|ml\b|units?\b|mmol|h\b|hrs?\b|hours|mins?\b|minutes|am\b|pm\b))"
)  # "Call back 2345: settled" (a time)
_CALLER = compile_rx(
    r"[ \t]+([A-Z]{2,3}|[A-Z][A-Z'-]{2,14})(?=[ \t]*(?:$|\n|[ \t][A-Z0-9]))", re.MULTILINE
)
_NOT_CALLER = _words_set(  # labels and clinical shorthand a page closes on (compared lower-cased)
    "nhs mrn cb asap pls please re urgent thx thanks ty fyi dob ed icu ccu hdu bed rm bay ward rn dr now stat chi ur nhi id"
    " bm bp hr rr hb gcs amu mau opd ot pt iv po od bd tds qds prn news ews mews am pm hrs min mins ext and or if for the to"
)


def pager_spans(text: str) -> list[tuple[int, int, str]]:
    low = text.lower()
    if not any(w in low for w in ("page", "pager", "bleep", "call", "cb ", "ring")):
        return []
    out: list[tuple[int, int, str]] = [
        (*m.span(1 if m.group(1) else 2), "[PHONE]") for m in _PAGE.finditer(text)
    ]
    for m in _CALL_BACK.finditer(text):
        out.append((*m.span(1), "[PHONE]"))
        caller = _CALLER.match(text, m.end())
        if caller is None:
            continue
        word = caller.group(1)
        k = _key(word)
        if k in _NOT_CALLER or (len(word) > 3 and k in CLINICAL_ABBREV):
            continue
        if len(word) <= 3 or (k in FIRST_NAMES and k not in _CLINICAL):
            out.append((*caller.span(1), "[NAME]"))
    return out
