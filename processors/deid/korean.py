"""Korean names in romanised form, in any letter case (session 50, deid tester V: 105 items from Korean settings,
0.80 recall; the lower-case handover "- ji-ho park: new skin tear", "gp yoon kyung-soo", "caller: sang-hoon song",
"AHN JAE-WON" and "Cho Eun-ji" kept all or half of the name).

A Korean given name is two syllables, written with a hyphen ("ji-ho", "Seo-jun") or as one word ("jihye", "minjun").
Both syllables must be common given-name syllables of the Revised or McCune-Reischauer romanisation, and different
("so-so", "ha-ha" are no names). A given name with a hyphen is a name alone when it is capitalised ("Min-jun (12)"),
and in any case beside a Korean surname ("yoon kyung-soo", "sang-hoon song"); a given name in one word only beside a
surname and no English word ("han jihye", "minjun lim", "Song Jiho"; not "book an appointment"). Spans are ``(start, end)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.unknown import is_known_word

__all__ = ["korean_name_spans"]

_SYLLABLES = frozenset(["ji", "ho", "jae", "won", "min", "jun", "seo", "yeon", "hyun", "woo", "soo", "su", "kyung", "kyeong", "gyeong", "young", "yeong", "hee", "hui", "sang", "hoon", "hun", "eun", "jin", "hye", "bin", "yoon", "yun", "ha", "na", "da", "ye", "seung", "hwan", "sung", "dong", "hyuk", "joon", "jung", "jeong", "chul", "cheol", "chol", "mi", "kyu", "gyu", "tae", "hyung", "hyeong", "in", "il", "sook", "ja", "ok", "sun", "hyo", "ri", "rin", "yu", "yul", "han", "gun", "geon", "gi", "ki", "hae", "uk", "wook", "seok", "sik", "geun", "yong", "heon", "beom", "bum", "jong", "nam", "myung", "myeong", "rae", "rim", "ryeong", "se", "hoo", "hu", "chan", "chae", "byung", "byeong", "gil", "dae", "bo", "bok", "sil", "yeong", "hyeon", "gyeom", "do", "a", "ah"])
_SURNAMES = frozenset(["kim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong", "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh", "shin", "sin", "kwon", "hwang", "ahn", "an", "song", "jeon", "chun", "hong", "yoo", "yu", "ko", "moon", "mun", "yang", "son", "bae", "baek", "paik", "heo", "hur", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "ryoo", "na", "jin", "ji", "eom", "um", "chae", "won", "bang", "gong", "hyun", "byun", "yeo", "seok", "sul", "ma", "gil", "yeon", "pyo", "myung", "ban", "wang", "geum", "tak", "maeng"])
_WORD = compile_rx(r"(?<![\w'-])[A-Za-z]+(?:-[A-Za-z]+)?(?![\w'-])")
# speed: every two-syllable form, so that a word is one look-up ("ji-ho" hyphen, "jihye" fused)
_FORMS = {f"{x}-{y}": "hyphen" for x in _SYLLABLES for y in _SYLLABLES if x != y} | {
    x + y: "fused" for x in _SYLLABLES for y in _SYLLABLES if x != y and len(x + y) >= 4}
_WORD_BEFORE = re.compile(r"(?<![\w'-])([A-Za-z]+)[ \t]\Z")
_WORD_AFTER = re.compile(r"[ \t]([A-Za-z]+)(?![\w'-])")


def _given(word: str) -> str | None:
    """"hyphen" or "fused" when ``word`` is a two-syllable Korean given name; None."""
    low = word.lower()
    kind = _FORMS.get(low)
    if kind == "fused" and is_known_word(low):
        return None  # "book an appointment": an English word is no fused given name
    return kind


def _one_case(*words: str) -> bool:
    joined = "".join(w.replace("-", "") for w in words)
    return joined.islower() or joined.isupper() or all(w[:1].isupper() for w in words)


def korean_name_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if _FORMS.keys().isdisjoint(map(str.lower, _WORD.findall(text))):
        return out  # speed: no word of the note is a two-syllable form
    for m in _WORD.finditer(text):
        word = m.group()
        if word.lower() not in _FORMS:
            continue
        kind = _given(word)
        if kind is None:
            continue
        b = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        a = _WORD_AFTER.match(text, m.end())
        if b is not None and b.group(1).lower() in _SURNAMES and _one_case(b.group(1), word):
            out.append((b.start(1), m.end()))
        elif a is not None and a.group(1).lower() in _SURNAMES and _one_case(word, a.group(1)):
            out.append((m.start(), a.end(1)))
        elif kind == "hyphen" and word[:1].isupper() and word[1:2].islower():
            out.append(m.span())
    return out
