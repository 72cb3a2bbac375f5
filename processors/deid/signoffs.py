"""Sign-offs and list names written the quick way (session 36 black-box tester).

- A flowsheet comment signed with a name and a lower-case credential at the line end, after a
  dash or alone on its line: "7 pm -- I&O: in 446 mL, out 809 mL -- Holly rn", "-- River rn",
  "Jack rn". The credential in capitals ("Holly RN") was caught; in lower case the name went
  through: these given names are English words (Holly, River, Jack, Rich, Patience, Cliff), so
  no other recogniser reads them. Each word must be a listed name or no English word, and not
  clinical on its spelling ("Plan - Monitor rn" is no name).
- A line that is only a dash and a given name with its surname's initial (session 44 deid tester: "- Frank W.",
  "~ Gift B"): a sign-off, when the word is a listed name or no English word.
- A medicines-reconciliation "pt Surname, Given": "pt Field, Dean", "pt Al-Rashid, Khalid" where
  one of the two words is a listed name or no English word ("pt Alert, Oriented" is not).
"""

from __future__ import annotations

import re

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.quick_forms import name_word

__all__ = ["signoff_spans"]

_CAP = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_LOWER_CRED_SIGNOFF = compile_rx(
    rf"(?:--|\u2014|\u2013|(?<=[ \t])-)[ \t]*({_CAP}(?:[ \t]+{_CAP})?)[ \t]+"
    r"(?:rn|lpn|lvn|cna|np|pa-c|rt|rrt|slp|rd|bsn|rgn|hca)\b\.?[ \t]*$",
    re.MULTILINE)
_DASH_INITIAL_SIGNOFF = compile_rx(rf"(?m)^[ \t]*(?:--?|\u2014|\u2013|~)[ \t]*({_CAP}[ \t]+[A-Z]\.?)[ \t]*$")
_PT_SURNAME_GIVEN = compile_rx(rf"\b(?:pt|patient)[ \t]+({_CAP},[ \t]*{_CAP})\b(?![ \t]*\d)")


def signoff_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the names in the module doc."""
    out: list[tuple[int, int]] = []
    if " rn" in text or " lpn" in text or " np" in text or " cna" in text or " r" in text:
        for m in _LOWER_CRED_SIGNOFF.finditer(text):
            words = m.group(1).split()
            if all(name_word(w) for w in words):
                out.append(m.span(1))
    if "-" in text or "~" in text or "\u2013" in text or "\u2014" in text:
        out.extend(m.span(1) for m in _DASH_INITIAL_SIGNOFF.finditer(text) if name_word(m.group(1).split()[0]))
    if "pt " in text or "patient " in text:
        for m in _PT_SURNAME_GIVEN.finditer(text):
            words = re.split(r",[ \t]*", m.group(1))
            if any(name_word(w) for w in words) and not any(clinical_spelling(w) for w in words):
                out.append(m.span(1))
    return out
