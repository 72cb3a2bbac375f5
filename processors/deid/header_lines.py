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
from processors.deid.names import AMBIGUOUS_NAMES, CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import _common, is_known_word

__all__ = ["header_line_spans"]

_LETTERS = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019.-]*"
_DATE = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ -](?i:[a-z]{3,9})\.?[ -]\d{2,4}"
         r"|\d{4}-\d{2}-\d{2})")
_LINE = compile_rx(
    rf"(?m)^[ \t]*({_LETTERS}(?:[ \t]{_LETTERS}){{1,3}})[ \t]{{2,}}{_DATE}[ \t]{{2,}}"
    r"((?:[A-Za-z]{1,4}\d{0,2}[ \t]?)?\d{5,10})[ \t]*$"
)


# session 49 (deid tester N: pharmacy intervention records, 8 names): a record's heading line of a date, a column gap,
# the patient's name, a column gap and the record number's label ("22/12/23  wright n  hospital no: a4612781  99 yo",
# "Oct 11  MARSH, LaToya  MRN 5021481", "2 nov  morse l  urn: 28721243", "30/04/2023  Ivy Hall  Hosp No RTH383600")
_HEAD_DATE = (rf"(?:{_DATE}|\d{{4}}/\d{{2}}/\d{{2}}|(?i:[a-z]{{3,9}})\.?[ ]\d{{1,2}}(?:,[ ]\d{{4}})?"
              r"|\d{1,2}(?:st|nd|rd|th)?[ ](?i:[a-z]{3,9})\.?(?:[ ]\d{2,4})?)")
_ID_LABEL = r"(?i:mrn|hosp(?:ital)?\.?[ \t]*(?:no|number|#)|ur[ \t]*no|urn?|event[ \t]*no|chart|nhi|chi|unit[ \t]*no|nhs)\b"
_DATED_LINE = compile_rx(
    rf"(?m)^[ \t]*{_HEAD_DATE}[ \t]{{2,}}({_LETTERS}(?:,?[ \t]{_LETTERS}){{0,2}})[ \t]{{2,}}{_ID_LABEL}"
)
# and a flowsheet export's heading cells ("Flowsheet comment export | Walker R | MRN: M5765794 | Bed 1", "nursing shift
# notes | mitchell r | mrn 35-34-24")
_ID_CELL = compile_rx(rf"\|[ \t]*({_LETTERS}(?:,?[ \t]{_LETTERS}){{1,2}})[ \t]*\|[ \t]*{_ID_LABEL}")

_PLACES = frozenset(("ward", "bed", "bay", "room", "side", "unit", "theatre", "clinic", "level", "floor", "pod", "cubicle"))


# session 49 (deid tester U): a handover or log line headed "Surname, I." ("Åberg, H. – bleeding risk review", "Bed 3: Singh, K.
# 82y", "Zielińska, J. 48246816 OIOM bed 4"), a lower-case "surname, given" heading a line ("khan, alfie | mrn", "holm, nils
# (70)", "o'brien, heather, 38 years old") and the record number right after a "Surname, Given" heading ("GALLO, Federica
# 377527 Geriatria", "romero, inés 580399 planta 5")
_W = r"[^\W\d_][\w'\u2019-]+"
_SURNAME_INITIAL = compile_rx(
    rf"(?m)^[ \t]*(?:(?i:bed|room|bay)[ \t]*\d{{1,3}}[a-z]?[ \t]*:[ \t]*|(?i:contact[ \t]+log|log|review)[ \t]*[\u2013\u2014-][ \t]*)?"
    rf"({_W}(?:[ \t](?i:de|van|von|le|la|di|da|del|der|den)[ \t]{_W})?,[ \t]?[^\W\d_]\.)(?=[ \t]*(?:$|[\u2013\u2014-]|\d|[,(]))")
_LOWER_SURNAME_GIVEN = compile_rx(
    r"(?m)^[ \t]*(?:patient[ \t]+|(?:physiotherapy|physio|ot|review|referral)[ \t]*[\u2013\u2014-][ \t]*)?"
    r"([a-z\u00df-\u00ff][\w'\u2019-]+),[ \t]?([a-z\u00df-\u00ff][\w'\u2019-]+)(?=[ \t]*(?:\||,|\([ \t]*\d|[ \t]\d{4,}|$))")
_HEADING_NUMBER = compile_rx(r"(?m)^[ \t]*[^\W\d_][\w'\u2019-]+,[ \t]?[^\W\d_][\w'\u2019-]+[ \t]+(\d{5,8})\b(?![.,/:]\d)")


def _surname_ok(word: str) -> bool:
    k = _key(word)
    return k not in CLINICAL_ABBREV and (k in SURNAMES or k in FIRST_NAMES or not _common(k))


def header_line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the name and the number of each unlabelled patient line, and the name of each
    dated record heading."""
    out: list[tuple[int, int, str]] = []
    if "," in text:
        out.extend((*m.span(1), "[NAME]") for m in _SURNAME_INITIAL.finditer(text) if _surname_ok(m.group(1).split(",")[0].split()[0]))
        for m in _LOWER_SURNAME_GIVEN.finditer(text):
            given = _key(m.group(2))
            if (given in FIRST_NAMES or given in AMBIGUOUS_NAMES or not is_known_word(given)) and _surname_ok(m.group(1)) and not is_clinical_token(text, *m.span(1)):
                out.append((m.start(1), m.end(2), "[NAME]"))
        out.extend((*m.span(1), "[ID]") for m in _HEADING_NUMBER.finditer(text))
    for m in (*_DATED_LINE.finditer(text), *_ID_CELL.finditer(text)):
        s, e = m.span(1)
        words = [(w, _key(w.group())) for w in re.finditer(r"[^\s,]+", text[s:e])]
        listed = [k in FIRST_NAMES or k in SURNAMES or k in AMBIGUOUS_NAMES for _, k in words]
        initial = len(words) == 2 and len(words[1][1]) == 1 and words[0][1] not in _PLACES  # "hodgkin m", "Church V"
        sure = initial or all(listed) or any(ok and not _common(k) or not is_known_word(k)
                                             for (_, k), ok in zip(words, listed, strict=True))
        if len(words[0][1]) >= 2 and sure and not any(
                len(k) > 1 and not ok and not initial and is_clinical_token(text, s + w.start(), s + w.end())
                for (w, k), ok in zip(words, listed, strict=True)):
            out.append((s, e, "[NAME]"))
    for m in _LINE.finditer(text):
        s, e = m.span(1)
        if any(is_clinical_token(text, s + w.start(), s + w.end()) for w in re.finditer(r"\S+", text[s:e])):
            continue
        out.extend(((s, e, "[NAME]"), (*m.span(2), "[ID]")))
    return out
