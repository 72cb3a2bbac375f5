"""The other half of a found one-word name in a line typed in one letter case (session 49).

A deid tester's 240 North American and Commonwealth notes left one word of 19 two-word names in lower case or
capitals: "daughter [NAME] paget;", "contact jean [NAME] 1-406-...", "guardian: drew [NAME].", "/s/ lucy [NAME]
consultant", "GIFT [NAME], SOCIAL WORKER". A recogniser found one word by its cue (a kin word, a field, a listed
surname) but, without capitals, nothing joined the word beside it. Here a found NAME span of one word takes in:

- the word after it, when the found word is a listed given name and the next word a listed surname, no known word
  or a rare one ("ian pemberton", "drew lavoie", "maura finnegan", "sinead pope +353");
- the word before it, when that word is a listed given name, or a given name that is a word ("jean murray", "colin
  scott", "GIFT MITCHELL").

Both words are written in the same case, all lower or all capitals (in mixed-case text, "Jean" before "Murray" is
read by the capitalised-name recognisers), the joined word is no clinical token, and it is no cue, role or title
word ("son", "nurse", "dr"). A word that is also a common English word ("rice", "chance", "drew", "jean") joins only
where a name's edge makes it one: after it a phone, a bracket, a comma, a role, a column gap or the line's end
("david rice (0117)"); before it a line start, a field's colon, "contact", "by", "/s/" ("guardian: drew lavoie").
"""

from __future__ import annotations

import re

from processors.deid.cantonese import CHINESE_SURNAMES, CHINESE_SYLLABLES
from processors.deid.context import ROLE_NOUNS
from processors.deid.extend import _scale_letter
from processors.deid.guard import is_clinical_token
from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES, WORD_NAMES, _key
from processors.deid.unknown import _CLINICAL, CALENDAR, _common, is_known_word

__all__ = ["pair_name_spans"]

_WORD = r"[a-z][a-z'\u2019-]{1,15}[a-z]|[A-Z][A-Z'\u2019-]{1,15}[A-Z]"
_NEXT = compile_rx(rf"[ \t]({_WORD})(?![\w'\u2019-])")
_PREV = compile_rx(rf"(?<![\w'\u2019./-])({_WORD})[ \t]\Z")
# a name's right edge after a common word: punctuation, a phone or number, a role or credential, a gap, the line end
_NAME_END = compile_rx(
    r"(?i:[ \t]*(?:[,;:|)(<>+/]|\d|$|\n)|[ \t]{2}|\t"
    r"|[ \t]+(?:md|rn|np|pa|do|phd|mbbs|bpharm|pharmd|msw|st[1-8]|ct[12]|fy[12]|sho|spr|reg|registrar|consultant|"
    r"intern|resident|physio|physiotherapist|ot|slt|salt|sw|social|nurse|cns|anp|midwife|hca|(?:staff|charge)[ \t]+nurse)\b)"
)
# a name's left edge before a common word: the line start, a field's colon or a bracket, a lead verb
_NAME_START = compile_rx(
    r"(?i:(?:^|\n|[:(/\u2013-]|/s/|[ \t]{2}|\t)[ \t]*"
    r"|\b(?:contact|contacted|by|with|to|from|cc|attn|fao|guardian|poa|lpa|nok|dear|re|called|phoned|rang)[ \t]+)\Z"
)
# cue words (kin, roles, titles) and words a note uses around names that the name lists also hold
_NEVER = frozenset(["son", "daughter", "wife", "husband", "mother", "father", "mum", "mom", "dad", "brother", "sister", "nephew", "niece", "aunt", "uncle", "grandson", "granddaughter", "partner", "spouse", "friend", "carer", "neighbour", "neighbor", "guardian", "patient", "pt", "dr", "doctor", "nurse", "matron", "mr", "mrs", "ms", "miss", "mx", "prof", "rev", "fr", "sr", "the", "and", "but", "for", "with", "from", "to", "by", "at", "on", "in", "of", "as", "or", "nor", "not", "no", "nil", "yes", "via", "per", "re", "cc", "ward", "bed", "bay", "room", "side", "unit", "team", "home", "house", "care", "lodge", "court", "manor", "hall", "street", "road", "lane", "drive", "avenue", "way", "close", "place", "view", "green", "field", "park", "hill", "wood", "well", "good", "best", "will", "may", "can", "said", "says", "seen", "saw", "new", "old", "day", "night", "week", "month", "year"])


def _same_case(a: str, b: str) -> bool:
    return (a.islower() and b.islower()) or (a.isupper() and b.isupper())


_GIVEN = FIRST_NAMES | AMBIGUOUS_NAMES | WORD_NAMES


def _joinable(text: str, s: int, e: int, word: str, given: bool) -> bool:
    """``word`` may be a given name (``given``) or a surname: listed as one, or (a surname) no known word at all."""
    k = _key(word)
    if k in _NEVER or k in ROLE_NOUNS or k in CALENDAR or (k in _CLINICAL and (given or k not in SURNAMES)):
        return False  # an eponym that is a listed surname joins ("margaret wilson"); is_clinical_token reads its place
    if not (k in _GIVEN if given else k in SURNAMES or not is_known_word(k) or not _common(k)):  # a rare word: "finnegan"
        return False
    return not is_clinical_token(text, s, e)


_INITIAL_NEXT = compile_rx(rf"[ \t]([A-Za-z])\.?[ \t]({_WORD})(?![\w'\u2019-])")
_INITIAL_PREV = compile_rx(rf"(?<![\w'\u2019./-])({_WORD})[ \t]([A-Za-z])\.?[ \t]\Z")
_SYLLABLE_NEXT = compile_rx(r"[ \t]([a-z]{2,6}|[A-Z]{2,6})(?![\w'\u2019-])")
_SYLLABLE_PREV = compile_rx(r"(?<![\w'\u2019./-])([a-z]{2,6}|[A-Z]{2,6})[ \t]\Z")
_MAX_CHAIN = 3


def _surname_like(text: str, s: int, e: int) -> bool:
    """A further piece of a name run: a listed surname or a word no common English word, not clinical."""
    return _joinable(text, s, e, text[s:e], False) and not _common(text[s:e])


def _chinese(word: str) -> bool:
    return word.upper() in CHINESE_SURNAMES or word.lower() in CHINESE_SYLLABLES


def _forward(text: str, s: int, e: int, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words completing a name run that ends at ``e`` (its last word ``text[s:e]``)."""
    out: list[tuple[int, int]] = []
    word = text[s:e]
    for step in range(_MAX_CHAIN):
        k = _key(word)
        if (i := _INITIAL_NEXT.match(text, e)) and k in FIRST_NAMES and _same_case(word, i.group(2)) and (
                _surname_like(text, *i.span(2)) or i.group(2).lower() in SURNAMES):
            out.append((i.start(1), i.end(2)))  # "reynaldo d. macaraeg"
            break
        m = _NEXT.match(text, e)
        if m is not None and _same_case(word, m.group(1)) and m.span(1) not in taken:
            ns, ne = m.span(1)
            nxt = m.group(1)
            if step == 0 and k in FIRST_NAMES and _joinable(text, ns, ne, nxt, False) and (
                    not _common(nxt) or _NAME_END.match(text, ne)):
                out.append((ns, ne))
            elif step > 0 and _surname_like(text, ns, ne):
                out.append((ns, ne))  # "muhammad asif shah", "alvin ong teck seng"
            elif not _chinese(word) or not _chinese(nxt):
                break
            else:
                out.append((ns, ne))
            s, e, word = ns, ne, nxt
            continue
        y = _SYLLABLE_NEXT.match(text, e)
        if y is None or not _chinese(word) or not _chinese(y.group(1)) or not _same_case(word, y.group(1)):
            break
        out.append(y.span(1))  # "LAU AH HOCK", "LOW KOK WAI"
        s, e, word = *y.span(1), y.group(1)
    return out


def _backward(text: str, s: int, e: int, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    word = text[s:e]
    p = _PREV.search(text, max(0, s - 18), s)
    if p is not None and _same_case(word, p.group(1)) and p.span(1) not in taken:
        ps, pe = p.span(1)
        prev = p.group(1)
        if _joinable(text, ps, pe, prev, True) and (not _common(prev) or _NAME_START.search(text, max(0, ps - 12), ps)):
            return [(ps, pe)]
    i = _INITIAL_PREV.search(text, max(0, s - 22), s)
    if i is not None and _same_case(word, i.group(1)) and _joinable(text, *i.span(1), i.group(1), True):
        return [(i.start(1), i.end(2))]  # "ARNEL M. [GARCIA]"
    y = _SYLLABLE_PREV.search(text, max(0, s - 8), s)
    if y is not None and word.upper() == word and y.group(1).upper() in CHINESE_SURNAMES and _chinese(word):
        return [y.span(1)]  # "DR NG [BOON HUAT]"
    return []


# session 49 (deid tester U: an initial beside a found surname kept 21 times): "[Åberg], H.", "m. [de luca]", "A. [Rossi]"
_COMMA_INITIAL_AFTER = compile_rx(r",[ \t]?([A-Z]\.)(?=[ \t]*(?:$|\n|[,;:)]|[ \t][a-z(]))", re.MULTILINE)
_INITIAL_JUST_BEFORE = compile_rx(r"(?<![\w.'\u2019/-])([A-Za-z]\.)[ \t]?\Z")  # not a unit's "mmol/L."


def _initials_beside(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if (m := _COMMA_INITIAL_AFTER.match(text, e)) is not None:
        out.append(m.span(1))
    b = _INITIAL_JUST_BEFORE.search(text, max(0, s - 3), s)
    if b is not None and (text[s:s + 1].isupper() == b.group(1)[0].isupper()) and b.group(1)[0] not in "aAI" and not (
            _scale_letter(text, b.start(1))):  # "vitamin D. Jones", "Hep B. Ali"
        out.append(b.span(1))
    return out


def pair_name_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the words beside a found name that complete it (see the module doc)."""
    out: list[tuple[int, int]] = []
    taken = set(found)
    for s, e in found:
        out.extend(_initials_beside(text, s, e))
        words = list(re.finditer(r"\S+", text[s:e]))
        if not words:
            continue
        first = (s + words[0].start(), s + words[0].end())
        last = (s + words[-1].start(), s + words[-1].end())
        for (a, b), way in ((last, _forward), (first, _backward)):
            w = text[a:b]
            if not w.isalpha() or len(w) < 2 or not (w.islower() or w.isupper()) or (len(w) == 2 and not _chinese(w)):
                continue
            out.extend(way(text, a, b, taken))
    return [sp for sp in out if not any(a <= sp[0] and sp[1] <= b for a, b in found)]
