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
_ANY_SURNAME = compile_rx(r"(?i:\b(?:" + "|".join(sorted(_SURNAMES, key=len, reverse=True)) + r")\b)")
_WORD = compile_rx(r"(?<![\w'-])[A-Za-z]+(?:-[A-Za-z]+)?(?![\w'-])")
_PAIR = re.compile(r"([a-z]+)-([a-z]+)\Z")


def _given(word: str) -> str | None:
    """"hyphen" or "fused" when ``word`` is a two-syllable Korean given name; None."""
    low = word.lower()
    m = _PAIR.match(low)
    if m is not None:
        a, b = m.groups()
        return "hyphen" if a in _SYLLABLES and b in _SYLLABLES and a != b else None
    if is_known_word(low):
        return None  # "book an appointment": an English word is no fused given name
    for i in range(1, len(low)):
        a, b = low[:i], low[i:]
        if a in _SYLLABLES and b in _SYLLABLES and a != b and len(low) >= 4:
            return "fused"
    return None


def _one_case(*words: str) -> bool:
    joined = "".join(w.replace("-", "") for w in words)
    return joined.islower() or joined.isupper() or all(w[:1].isupper() for w in words)


def korean_name_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "-" not in text and _ANY_SURNAME.search(text) is None:
        return out  # speed: a given name in one word is read only beside a surname
    words = list(_WORD.finditer(text))
    for k, m in enumerate(words):
        kind = _given(m.group())
        if kind is None:
            continue
        before = words[k - 1] if k > 0 and text[words[k - 1].end():m.start()] in (" ", "\t") else None
        after = words[k + 1] if k + 1 < len(words) and text[m.end():words[k + 1].start()] in (" ", "\t") else None
        if before is not None and before.group().lower() in _SURNAMES and _one_case(before.group(), m.group()):
            out.append((before.start(), m.end()))
        elif after is not None and after.group().lower() in _SURNAMES and _one_case(m.group(), after.group()):
            out.append((m.start(), after.end()))
        elif kind == "hyphen" and m.group()[:1].isupper() and m.group()[1:2].islower():
            out.append(m.span())
    return out
