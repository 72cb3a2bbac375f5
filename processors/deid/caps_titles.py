"""Names after a title in notes written in capitals (session 35 second black-box tester).

The title recogniser reads "Dr", "Mr", "Mrs" before title-case names; a note typed in capitals
("CARDS PAGED (DR. WHITE) AT 00:35", "HOME VISIT. MR AMOS KWAME ASANTE-DARKO 97YO") kept both
names. After a capitals title (DR, MR, MRS, MS, MISS, PROF, REV, SR, SISTER, NURSE, with or without
a full stop) up to four capitals words are the name while each is a listed name or a word no list
knows (not a clinical spelling, not a common English word: "MR MODERATE", "DR ABOVE" stay, and so
does the mitral regurgitation of "MR 2+"). "MR" and "MS" are also mitral regurgitation and
multiple sclerosis, so after them the first word must be a listed name. Initials between the title
and the word make it a surname unless it is clinical ("DR C BLACKWOOD"; session 43).

Spans are ``(start, end)``, checked here (no clinical spelling or abbreviation in them).
"""

from __future__ import annotations

from processors.deid.extend import SHORT_SURNAMES
from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.unknown import is_known_word

__all__ = ["caps_title_spans"]

_CAPS_TITLE = compile_rx(
    r"(?<![A-Za-z])(MR|MRS|MS|MISS|DR|PROF|REV|SR|SISTER|NURSE"
    # session 43 (deid tester): a capitals staff role before the surname ("CONS ROBERTS", "SN BAKER", "PS HUGHES")
    r"|CONS|SN|SSN|SHO|REG|SPR|CNS|HCA|NIC|PC|PS|DC|DS|SGT|INSP)\.?[ \t]+"
    # session 43 (deid tester): initials between the title and the surname ("ATTENDING: DR C BLACKWOOD")
    r"((?:[A-Z]\.?[ \t]+){1,2})?"
    r"([A-Z][A-Z'\u2019-]+(?:[ \t]+[A-Z][A-Z'\u2019-]+){0,3})(?![a-z])"
)
_AMBIGUOUS_TITLES = frozenset(("MR", "MS", "CONS", "SN", "SSN", "SHO", "REG", "SPR", "CNS", "HCA", "NIC", "PC", "PS", "DC",
                               "DS", "SGT", "INSP"))
_WORD = compile_rx(r"[A-Z][A-Z'\u2019-]+")
_PLAIN_TITLES = frozenset(("DR", "MRS", "MISS", "PROF", "SISTER", "NURSE"))


def _name_word(word: str, short_ok: bool = False) -> bool:
    if short_ok and _key(word) in SHORT_SURNAMES:
        return True  # session 56 (deid tester I): "D/W DR VO ON ...": a short surname, no verbal order
    parts = [p for p in word.replace("\u2019", "'").replace("'", "-").split("-") if p]
    if not parts or _key(word) in CLINICAL_ABBREV or clinical_spelling(word.title()):
        return False
    return any(_is_name_loose(p) for p in parts) or not any(is_known_word(p.lower()) for p in parts)


def caps_title_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _CAPS_TITLE.finditer(text):
        words = list(_WORD.finditer(text, m.start(3), m.end(3)))
        initials = m.group(2) is not None
        first = words[0].group(0)
        if initials:  # a title and initials make the next word the surname, unless it is clinical
            if _key(first) in CLINICAL_ABBREV or clinical_spelling(first.title()):
                continue
            if (m.group(1) in _AMBIGUOUS_TITLES or m.group(2).strip(" .\t") == "A") and not _name_word(first):
                continue  # "MS A FLARE": multiple sclerosis and an article
            kept = 1
        elif m.group(1) in _AMBIGUOUS_TITLES and not _is_name_loose(first.split("-")[0]):
            continue
        else:
            kept = 0
        while kept < len(words) and _name_word(words[kept].group(0), short_ok=kept == 0 and m.group(1) in _PLAIN_TITLES):
            kept += 1
        if kept:
            out.append((m.start(2) if initials else words[0].start(), words[kept - 1].end()))
    return out
