"""A note's unlabelled patient line (session 46, deid tester F: 13 of 300 therapy and ward notes).

Therapy, wound-care and chaplaincy notes often open with the patient's label copied without field
names: the name, a column gap, the date of birth, a column gap, the hospital number
("KATHLEEN WARD  11/05/1958  RR8 557285", "josué nascimento  11-mar-1937  k3968799",
"ADRIANNA BOBROWICZ  12th December 1952  RR8 537994"). The three columns on one line of their own
say what each is: the name is one to four words of letters, none of them clinical, the middle
column a date and the last one a number of five digits or more (a prefix of letters allowed).
"""

from __future__ import annotations

import re

from processors.deid.guard import is_clinical_token
from processors.deid.leading import compile_rx

__all__ = ["header_line_spans"]

_LETTERS = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019.-]*"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ -](?i:[a-z]{3,9})\.?[ -]\d{2,4}"
         r"|\d{4}-\d{2}-\d{2})")
_LINE = compile_rx(
    rf"(?m)^[ \t]*({_LETTERS}(?:[ \t]{_LETTERS}){{1,3}})[ \t]{{2,}}{_DATE}[ \t]{{2,}}"
    r"((?:[A-Za-z]{1,4}\d{0,2}[ \t]?)?\d{5,10})[ \t]*$"
)


def header_line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the name and the number of each unlabelled patient line."""
    out: list[tuple[int, int, str]] = []
    for m in _LINE.finditer(text):
        s, e = m.span(1)
        if any(is_clinical_token(text, s + w.start(), s + w.end()) for w in re.finditer(r"\S+", text[s:e])):
            continue
        out.extend(((s, e, "[NAME]"), (*m.span(2), "[ID]")))
    return out
