"""Session 53 (deid tester P: eponym-dense letters): people whose names are also eponyms or words.

The clinical allow-list keeps "Addison", "Swan", "Foley" and "Barrett" on their own (they are diseases and devices
more often than people), so a person named with them is found only from what is said about them:

- a bracketed kin or role word and then what they did ("Addison (daughter) knows how to give ...", "Swan (bedside
  nurse) calibrated ...", "with Will Foley (son), who brought ..."); a family history's "Parkinson (mother)," or
  "(father);" is no person;
- a listed given name and a listed surname then a reporting verb ("Hope Barrett was told her Barrett's oesophagus ...").

Each word must be a listed given name or surname or an allow-listed word, and one of them allow-listed or a given name
that is a word ("Hope", "Will"): any other name is found by the list recognisers already.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import (
    AMBIGUOUS_NAMES,
    CLINICAL_VOCAB,
    FIRST_NAMES,
    SURNAMES,
    _is_name_loose,
    _key,
)

__all__ = ["eponym_person_spans"]

_WORD = r"[A-Z][a-z'\u2019-]+"
_KIN_ROLE = (
    r"(?:bedside[ \t]+|staff[ \t]+|charge[ \t]+|student[ \t]+|night[ \t]+|key[ \t]+|social[ \t]+)?"
    r"(?:son|daughter|wife|husband|partner|spouse|mother|father|mum|mom|dad|brother|sister|niece|nephew|grandson"
    r"|granddaughter|aunt|uncle|cousin|friend|neighbou?r|carer|guardian|NOK|nok|next[ \t]+of[ \t]+kin|nurse|RN|HCA"
    r"|physio|OT|pharmacist|interpreter|chaplain|worker|advocate|midwife|doula)"
)
# what the person did next, or "who ..." after a comma; not a list's comma or semicolon ("Parkinson (mother), Alzheimer")
_DID_AFTER = r"(?:[ \t]+(?:[a-z]{3,}ed|knows|is|was|has|had|will|can|came|brought|gave|took|says|said|reports|rang|wants|agrees)\b|,[ \t]*who\b)"
_BRACKETED = compile_rx(rf"(?<![\w'\u2019-])({_WORD}(?:[ \t]+{_WORD})?)[ \t]*\({_KIN_ROLE}\){_DID_AFTER}")
_TOLD = compile_rx(
    rf"(?<![\w'\u2019-])({_WORD}[ \t]+{_WORD})(?=[ \t]+(?:was|is|has|had)[ \t]+(?:told|informed|updated|advised|seen|given)\b"
    r"|[ \t]+(?:says|said|reports|reported|states|stated|asked|agreed|declined|consented|understands)\b)"
)


_FAMILY_HISTORY = compile_rx(r"(?i:\bfh\b|\bfhx\b|family[ \t]+(?:hx|history))")


def _listed(word: str) -> bool:
    return _is_name_loose(word) or _key(word) in AMBIGUOUS_NAMES or _key(word) in CLINICAL_VOCAB


def eponym_person_spans(text: str) -> list[tuple[int, int]]:
    """Spans of people named with allow-listed words (own checks: every word a listed name, one allow-listed)."""
    out: list[tuple[int, int]] = []
    for m in _BRACKETED.finditer(text):
        words = m.group(1).split()
        line = text.rfind("\n", 0, m.start()) + 1
        if (all(_listed(w) for w in words) and any(_key(w) in CLINICAL_VOCAB or _key(w) in AMBIGUOUS_NAMES for w in words)
                and not _FAMILY_HISTORY.search(text, line, m.start())):
            out.append(m.span(1))
    for m in _TOLD.finditer(text):
        given, surname = m.group(1).split()
        g, n = _key(given), _key(surname)
        if ((g in FIRST_NAMES or g in AMBIGUOUS_NAMES) and (n in SURNAMES or n in CLINICAL_VOCAB)
                and (g in CLINICAL_VOCAB or n in CLINICAL_VOCAB or g in AMBIGUOUS_NAMES)):
            out.append(m.span(1))
    return out
