"""Speed (round 12): word alternations grouped by their first letter.

Python's ``re`` tries the alternatives of ``\\b(?:pcp|hcp|gp|...)`` one after another at every
word start; grouped by first letter (``\\b(?:p(?:cp)|h(?:cp)|g(?:p)...)``) one test picks the
group. Alternatives that open with different letters can never match at the same place, and the
order inside a group is kept, so the grouped pattern finds exactly the matches of the original
(checked span for span on every development corpus; tests/unit/test_deid_round12.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from processors.deid.leading import compile_rx
from processors.deid.prefilter import Rx

__all__ = ["by_first_letter"]


def _structure(p: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth after it) of each character of pattern ``p`` from ``i`` that is
    neither escaped nor inside a character class; depth counts groups opened since ``i``."""
    depth, in_class = 0, False
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def _split_top(p: str) -> list[str]:
    out: list[str] = []
    start = 0
    for i, c, depth in _structure(p):
        if c == "|" and depth == 0:
            out.append(p[start:i])
            start = i + 1
    out.append(p[start:])
    return out


def _grouped(alts: str) -> str:
    groups: dict[str, list[str]] = {}
    parts: list[str] = []
    for a in _split_top(alts):  # "[Ss]crub" -> "Scrub", "scrub": two letters, never both at one place
        if len(a) > 4 and a[0] == "[" and a[3] == "]" and a[1].isalpha() and a[2].isalpha() and a[4] not in "?*+{":
            parts.extend((a[1] + a[4:], a[2] + a[4:]))
        else:
            parts.append(a)
    for a in parts:
        if not a or not a[0].isalnum() or (len(a) > 1 and a[1] in "?*+{"):
            return alts  # an alternative with no plain first letter: left as it is
        groups.setdefault(a[0], []).append(a[1:])
    return "|".join(f"{k}(?:{'|'.join(v)})" if len(v) > 1 else k + v[0] for k, v in groups.items())


def by_first_letter(rx: Rx) -> Rx:
    """``rx`` with every ``\\b(?:...)`` alternation grouped by first letter (same matches)."""
    p = rx.pattern
    out: list[str] = []
    i = 0
    while (j := p.find(r"\b(?:", i)) >= 0:
        k = next(e for e, c, depth in _structure(p, j + 5) if c == ")" and depth < 0) + 1
        out.append(p[i:j] + r"\b(?:" + _grouped(p[j + 5 : k - 1]) + ")")
        i = k
    out.append(p[i:])
    return compile_rx("".join(out), rx.flags)
