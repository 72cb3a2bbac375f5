"""A found name's words elsewhere in the same note.

Once a recogniser has found "Daughter Hope Tamihana (07700 900123)" or "Mother June Ellis", the
same capitalised word used alone later in the note is that person too: "Hope to collect at
3pm", "June was present for the ward round" (session 15: names that are ordinary words, months
or places are only recognisable by what the note said about them before).

Only capitalised words of three letters or more (as written: "we hope" is not "Hope"), not all
in capitals, that are a listed name or no English word, or one of a few given names that are
words ("Hope", "Justice"): a common word caught inside a name span ("Sent", "Care", "Baby")
must not spread; no name particle ("Van") or clinical word; a month name only away from digits
("June 3", "3 June 2024" are dates). The caller passes the spans through the clinical-token
guard, so "Bell's palsy" stays after "Dr Bell".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from processors.deid.context import NAME_PARTICLES, _plausible
from processors.deid.names import CLINICAL_ABBREV, WORD_NAMES, _is_name_loose
from processors.deid.tokens import norm_word
from processors.deid.unknown import _CLINICAL, CALENDAR, is_known_word

__all__ = ["WORD_NAMES", "repeated_any_case", "repeated_caps_surnames", "repeated_id_spans", "repeated_name_spans",
           "word_occurrences"]

_CAP_WORD = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019-]*[A-Za-z\u00c0-\u024f]")
_FUNCTION = frozenset([
    "will", "may", "can", "must", "shall", "should", "would", "could", "might", "the", "and", "but", "for", "not",
    "you", "she", "her", "his", "him", "they", "them", "this", "that", "then", "there", "these", "those", "what",
    "when", "where", "who", "why", "how", "are", "was", "were", "has", "had", "have", "our", "your", "its", "one",
    "all", "any", "mark",
])  # fmt: skip
_MONTH_NAMES = frozenset({"april", "june", "august"})  # months that are given names
# session 47 (deid tester): given names that are English words, written alone after the full name ("Signed: Pearl
# Watkins, RN ... Pearl reports pain")
_GIVEN_WORDS = frozenset({
    "pearl", "hazel", "daisy", "heather", "poppy", "jasmine", "iris", "ivy", "violet", "ruby", "olive", "amber", "rose",
    "faith", "joy", "dawn", "holly", "lily", "jade", "grace", "crystal", "robin", "willow", "penny", "opal", "myrtle",
    "ginger", "coral", "fern", "flora", "primrose", "rosemary", "bunny", "buddy",
})
_DIGIT_NEAR_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?[ \t,]{0,2}(?:of[ \t]+)?\Z")  # not across a full stop
_DIGIT_NEAR_AFTER = re.compile(r"[ \t,]{0,2}'?\d")


def _words(text: str, found: list[tuple[int, int]]) -> tuple[set[str], set[str]]:
    """The found names' words that count wherever written, and (session 38) the English words that
    open or close a found full name ("Pita Fifita", "Mere Te Rangi", "Rich Cook"): these count only
    inside a sentence (see _inside_sentence)."""
    out: set[str] = set()
    words_too: set[str] = set()
    for s, e in found:
        parts = list(_CAP_WORD.finditer(text, s, e))
        for k, m in enumerate(parts):
            w = m.group()
            if w.endswith(("'s", "\u2019s")):
                w = w[:-2]
            if w in out or len(w) < 3 or text.count(w, 0, s) + text.count(w, e) + text.count(w.upper()) == 0:
                continue  # speed: most names are written once (in capitals too: a speaker label); no other place to look at
            low = w.lower()
            if w.isupper() or low in _FUNCTION or low in NAME_PARTICLES:
                continue
            if (low in WORD_NAMES or low in _MONTH_NAMES or low in _GIVEN_WORDS or _is_name_loose(w)
                    or not is_known_word(w)) and (_plausible(w) or low in _MONTH_NAMES or low in _GIVEN_WORDS):
                out.add(w)
            elif (2 <= len(parts) <= 3 and k in (0, len(parts) - 1) and low not in _CLINICAL and low not in CALENDAR
                  and _plausible(w) and _FULL_NAME.fullmatch(text, s, e)
                  and _names_beside(parts, k)):
                words_too.add(w)  # the other words are names: "Pita Fifita", not "Aged Care Assessment"
    return out, words_too - out


# a full name as one span: two or three capitalised words, one space apart
_FULL_NAME = re.compile(r"[A-Z][A-Za-z\u00c0-\u024f'\u2019-]+(?: [A-Z][A-Za-z\u00c0-\u024f'\u2019-]+){1,2}")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n:;|*\u2022]|\A)[ \t\"'(\[-]*\Z")


def _names_beside(parts: list[re.Match[str]], k: int) -> bool:
    """The other words of a found full name (particles aside: "Mere Te Rangi") are names."""
    others = [p.group() for j, p in enumerate(parts) if j != k and len(p.group()) > 2
              and p.group().lower() not in NAME_PARTICLES]
    return bool(others) and all(_is_name_loose(w) or not is_known_word(w) for w in others)


def _inside_sentence(text: str, i: int) -> bool:
    """The word at ``i`` is not the first of a sentence, a line or a field (where a word is
    capitalised anyway): "I saw Mere in clinic", "5 Feb - Pita sent by", "(Mere)"."""
    return _SENTENCE_OPEN.search(text, max(0, i - 6), i) is None


def _is_word_at(text: str, i: int, j: int) -> bool:
    return (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-_@/")) and (
        j == len(text) or not (text[j].isalnum() or text[j] in "-_@"))


def word_occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of ``word`` in ``text`` as a word of its own (not inside
    a longer word, an e-mail address, a path or a hyphenated word)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if _is_word_at(text, i, j):
            yield i, j
        i = text.find(word, j)


def repeated_name_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other occurrences, as whole words, of the capitalised words of the ``found`` NAME spans."""
    if not found:
        return []
    out: list[tuple[int, int]] = []
    names, english = _words(text, found)
    for w in names:
        month = norm_word(w.lower()) in CALENDAR
        for i, j in word_occurrences(text, w):
            if not any(a <= i and j <= b for a, b in found) and not (
                month and (_DIGIT_NEAR_BEFORE.search(text, max(0, i - 8), i)
                           or _DIGIT_NEAR_AFTER.match(text, j))):
                out.append((i, j))
    for w in english:
        out.extend((i, j) for i, j in word_occurrences(text, w)
                   if not any(a <= i and j <= b for a, b in found) and _inside_sentence(text, i))
    # session 45 (deid tester): a transcript's speaker label in capitals ("Dr Hannah Swift" ... "DR SWIFT: Hello"); an
    # English word only after a title ("School: ..." is a field)
    for w in (*names, *english):
        if len(w) >= 3 and not w.isupper():
            out.extend((i, j) for i, j in word_occurrences(text, w.upper())
                       if _SPEAKER.match(text, j) and not any(a <= i and j <= b for a, b in found)
                       and (w in names or _TITLE_BEFORE.search(text, max(0, i - 8), i)))
    return out


_TITLE_BEFORE = re.compile(r"\b(?:DR|MR|MRS|MS|MISS|PROF|NURSE|SISTER)\.?[ \t]+\Z")


_SPEAKER = re.compile(r"[ \t]*:[ \t]")  # a speaker label: the name, then a colon and the words


_CAPS_SURNAME = re.compile(r"[A-Z][A-Z'\u2019-]{2,}[A-Z](?=,[ \t])")


def repeated_caps_surnames(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Session 19 (v53): the capitals surname of a found "SURNAME, Given" name written again on its
    own ("HUTCHINSON, Gail ... HUTCHINSON: 12-hour breach likely"). The form is the name's own, so
    no clinical guard runs over it (the guard would take "HUTCHINSON: 12" for a label and value)."""
    out: list[tuple[int, int]] = []
    for s, e in found:
        m = _CAPS_SURNAME.match(text, s)
        if m is None or m.end() >= e:
            continue
        w = m.group()
        low = w.lower()
        if low in CLINICAL_ABBREV or low in _CLINICAL or text.count(w) < 2:
            continue
        out.extend((i, j) for i, j in word_occurrences(text, w) if not any(a <= i and j <= b for a, b in found))
    return out


# session 22 (v70): an id found once (a table's "Screen no." column) is the same id where the note
# repeats it without its label ("S034-062  TDO  M  1946  eligible"). Only distinctive values: at
# least five characters with a digit, and a letter or a separator, or six digits and more.
_ID_TEXT = re.compile(r"(?=[^\n]*\d)[A-Za-z0-9][A-Za-z0-9/-]{3,}[A-Za-z0-9]")


def repeated_id_spans(text: str, found: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Other places of the note holding the exact text of a found [ID] span (word-bounded)."""
    values = {text[s:e] for s, e, p in found if p == "[ID]"}
    values = {v for v in values if _ID_TEXT.fullmatch(v) and (not v.isdigit() or len(v) >= 6)}
    out: list[tuple[int, int, str]] = []
    for v in values:
        i = text.find(v)
        while i >= 0:
            j = i + len(v)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "/-")) and (
                    j == len(text) or not (text[j].isalnum() or text[j] in "/-")):
                out.append((i, j, "[ID]"))
            i = text.find(v, j)
    return out


# session 47 (deid tester, 200 notes: 96 names caught once and left elsewhere in the same note): a found name's word
# written again in another case ("handed over to kavitha" ... "kavitha / sn"; "DAUGHTER ELENA" ... "ELENA (DAUGHTER)
# SAYS"). Only words that are no English or clinical word and a listed given name or surname: a word that is also
# English ("will", "grace") is only followed as written (repeated_name_spans), and an unknown word caught inside a
# name span ("bariatric", "AHPRA") would spread to every heading.
_ANY_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*[A-Za-z\u00c0-\u024f]")


def repeated_any_case(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other occurrences, in any case, of the distinctive words of the ``found`` NAME spans."""
    if not found:
        return []
    low = text.lower()
    words: set[str] = set()
    for s, e in found:
        for m in _ANY_WORD.finditer(text, s, e):
            w = m.group().lower()
            if w.endswith(("'s", "\u2019s")):
                w = w[:-2]
            if len(w) < 3 or w in words or low.count(w) < 2 or w in _FUNCTION or w in NAME_PARTICLES:
                continue
            if w in CLINICAL_ABBREV or w in _CLINICAL or w in CALENDAR or is_known_word(w):
                continue
            if _is_name_loose(w) and not (m.group().isupper() and len(w) <= 4):
                words.add(w)  # a listed name only: an unknown word caught inside a span ("bariatric", "AHPRA") must not spread
    out: list[tuple[int, int]] = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if _is_word_at(low, i, j) and not any(a <= i and j <= b for a, b in found):
                out.append((i, j))
            i = low.find(w, j)
    return out
