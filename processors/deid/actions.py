"""Session 56 (deid tester J: MDT and tumour-board minutes, pharmacy notes): names placed by a minute's layout.

- an action's owner, an initial and a surname that is often a word ("Action: S Day to book CT", "Action: J Brown to
  refer", "Owner: K Hill");
- a sign-off line of an initial, a surname and a job title ("- R Brook, MDT Coordinator");
- a numbered case line's patient before an identifier label ("1. P. Brook Acct #...", "3. Faith LIU MRN ...",
  "2. Omar AL-HASSAN IHI ...");
- the person a plan was discussed with (deid tester I: ED and ambulance notes): "d/w Tane from the clinical hub",
  "discussed w Minh - happy with plan", one or two capitalised words each a listed name, a word no list knows or a rare
  word, never a clinical one ("d/w Cardiology", "discussed with Surgical Reg" stay).

Spans are (start, end, placeholder).
"""

from __future__ import annotations

import re

from processors.deid.extend import _role_word_ok
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key

__all__ = ["action_name_spans"]

_INITIAL_SURNAME = r"[A-Z]\.?[ \t]?[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_OWNER = compile_rx(
    r"^[ \t]*(?:[-\u2022*][ \t]*)?(?i:actions?|owner|lead|responsible|assigned[ \t]+to|by[ \t]+whom|who)[ \t]*:[ \t]*"
    rf"({_INITIAL_SURNAME})(?=[ \t]+(?:to|will|and|&|-|\u2013)[ \t]|[ \t]*[,;(/]|[ \t]*$)",
    re.MULTILINE,
)
_SIGNOFF = compile_rx(
    rf"^[ \t]*[-\u2013\u2014~][ \t]*({_INITIAL_SURNAME}),[ \t]*(?:[A-Z][A-Za-z/&-]*[ \t]*){{1,4}}$",
    re.MULTILINE,
)
_CASE_LINE = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+((?:[A-Z]\.?[ \t]+)?[A-Z][A-Za-z'\u2019]+(?:-[A-Z][A-Za-z'\u2019]+)?"
    r"(?:[ \t]+[A-Z][A-Za-z'\u2019]+(?:-[A-Z][A-Za-z'\u2019]+)?)?)"
    r"(?=[ \t]*,?[ \t]+(?:MRN|NHS|IHI|URN|UR|Acct|Account|DOB|CHI|NHI|Hosp(?:ital)?[ \t]+(?:No|Number)|ID)\b[ \t]*(?:no\.?|number)?[ \t]*[:#]?[ \t]*#?[A-Z]{0,3}\d)",
    re.MULTILINE,
)


_DISCUSSED_WITH = compile_rx(
    r"\b(?:d/w|D/W|[Dd]iscussed[ \t]+(?:w/?|with)|DISCUSSED[ \t]+(?:W/?|WITH))[ \t]+"
    r"([A-Z][A-Za-z'\u2019-]+)(?:[ \t]+([A-Z][A-Za-z'\u2019-]+))?"
)


def _person_word(word: str) -> bool:
    """A word a name after a role may hold (extend's test), and no clinical abbreviation."""
    return _role_word_ok(word) and _key(word) not in CLINICAL_ABBREV


def _in_capitals(text: str) -> bool:
    """A note typed in capitals (fewer than one letter in ten lower-case)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.islower() for c in letters) * 10 < len(letters)


def _discussed_with(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _DISCUSSED_WITH.finditer(text):
        if not _person_word(m.group(1)) or (
            m.group(1).isupper() and len(m.group(1)) <= 4 and not _in_capitals(text)
        ):
            continue  # "discussed with INS", "d/w IR (Dr ...)", "Discussed with SDM": a team or a role in a mixed-case note
        end = m.end(2) if m.group(2) and _person_word(m.group(2)) else m.end(1)
        out.append((m.start(1), end, "[NAME]"))
    return out


def action_name_spans(text: str) -> list[tuple[int, int, str]]:
    """[NAME] spans of action owners, sign-off lines and numbered case lines."""
    out: list[tuple[int, int, str]] = []
    if ":" in text:
        out.extend((*m.span(1), "[NAME]") for m in _OWNER.finditer(text))
    if "," in text:
        out.extend((*m.span(1), "[NAME]") for m in _SIGNOFF.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _CASE_LINE.finditer(text))
    if "/w" in text or "/W" in text or "iscussed" in text or "ISCUSSED" in text:
        out.extend(_discussed_with(text))
    return out
