"""A Hyperscan pattern matching wherever a Python pattern's match can start (session 14).

``superset_pattern(rx)`` translates ``re``'s own parse tree of ``rx``, not its text:

- every single-character item (a literal, a class, ``.``, ``\\w`` ...) becomes an explicit byte
  class, computed by asking ``re`` itself which characters of the alphabet the item matches under
  its flags (case-insensitivity included): no case-folding or category rule is re-implemented;
- only the opening of the pattern is kept (items until at least ``budget`` characters are
  certain): a match of a pattern starts with a match of its opening;
- look-arounds and the anchors ``^ $ \\A \\Z`` are dropped, a back-reference becomes "any text",
  atomic groups and possessive repeats become ordinary ones: each only widens what matches;
- ``\\b`` and ``\\B`` are kept: the alphabet keeps word characters apart. It is ASCII plus
  common symbols that are not word characters (``°``, ``–``, ``’``), each mapped to a byte of
  its own (``encoded``); a text with any other character is not encoded (None).

So on an encoded text the Hyperscan pattern matches wherever ``rx`` can: when Hyperscan finds
nothing, ``rx`` finds nothing.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")

__all__ = ["encoded", "superset_pattern"]

_EXTRA = "".join(
    c
    for c in (
        "\u00a0¡¢£¤¥¦§¨©«¬\u00ad®¯°±´¶·¸»¿×÷"
        "\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
        "\u2020\u2021\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u2044\u20ac\u2122"
        "\u2190\u2191\u2192\u2193\u2194\u21d2\u2212\u2248\u2260\u2264\u2265\u223c\u2009\u202f\u2002\u2003"
    )
    if not (c.isalnum() or c == "_")
)
_ALPHABET = [chr(i) for i in range(128)] + list(_EXTRA)
_BYTE = {ch: i if i < 128 else 0x80 + (i - 128) for i, ch in enumerate(_ALPHABET)}
_UNMAPPED = "\uffff"
# str.translate table for notes that are not ASCII: extras to their byte, every other non-ASCII
# character of the first 0x100 to a sentinel (so "é" cannot pass as a mapped byte)
_TO_BYTES = {i: _UNMAPPED for i in range(0x80, 0x100)} | {ord(c): chr(_BYTE[c]) for c in _EXTRA}


class _Unsupported(Exception):
    """A parse-tree item the translation does not handle: the pattern is never skipped."""


@cache
def _char_set(op: Any, av: Any, flags: int) -> bytes:
    """The alphabet bytes a single-character item matches, asking ``re`` itself."""
    state = P.State()
    state.flags = flags
    rx = _compiler.compile(P.SubPattern(state, [(op, av)]), flags)
    return bytes(_BYTE[ch] for ch in _ALPHABET if rx.fullmatch(ch))


def _class(bs: bytes) -> str:
    if not bs:
        return r"\x00"  # no note byte: the scan never sees \x00 (notes with it are not scanned)
    return "[" + "".join(f"\\x{b:02x}" for b in sorted(bs)) + "]"


def _hashable(av: Any) -> Any:
    return tuple(_hashable(x) for x in av) if isinstance(av, (list, tuple)) else av


Piece = tuple[str, int, bool]  # (Hyperscan text, fewest characters it matches, whole item emitted)


def _seq(items: list[tuple[Any, Any]], flags: int, budget: int) -> Piece:
    """A prefix of the sequence ``items``: whole items until ``budget`` characters are certain
    (a match of the sequence starts with a match of any prefix of it: a superset)."""
    out: list[str] = []
    width = 0
    for op, av in items:
        if width >= budget:
            return "".join(out), width, False
        text, w, whole = _item(op, av, flags, budget - width)
        out.append(text)
        width += w
        if not whole:
            return "".join(out), width, False
    return "".join(out), width, True


def _item(op: Any, av: Any, flags: int, budget: int) -> Piece:
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return _class(_char_set(op, _hashable(av), flags)), 1, True
    if op is C.SUBPATTERN:
        _group, add, delete, sub = av
        text, w, whole = _seq(sub.data, (flags | add) & ~delete, budget)
        return f"(?:{text})", w, whole
    if op is C.ATOMIC_GROUP:
        text, w, whole = _seq(av.data, flags, budget)
        return f"(?:{text})", w, whole
    if op is C.BRANCH:
        return _branch([alt.data for alt in av[1]], flags, budget)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _repeat(av, flags, budget)
    if op is C.AT:
        if av is C.AT_BOUNDARY:
            return r"\b", 0, True
        if av is C.AT_NON_BOUNDARY:
            return r"\B", 0, True
        return "", 0, True  # ^ $ \A \Z: dropped (matches more)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return "", 0, True  # look-arounds dropped
    if op is C.GROUPREF:
        return "[\\x00-\\xff]*", 0, True  # a back-reference: any text
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        return _branch([yes.data, no.data if no else []], flags, budget)
    raise _Unsupported(op)


def _branch(alternatives: list[list[tuple[Any, Any]]], flags: int, budget: int) -> Piece:
    pieces = [_seq(alt, flags, budget) for alt in alternatives]
    text = "(?:" + "|".join(p[0] for p in pieces) + ")"
    return text, min(p[1] for p in pieces), all(p[2] for p in pieces)


def _repeat(av: Any, flags: int, budget: int) -> Piece:
    lo, hi, sub = av
    text, w, whole = _seq(sub.data, flags, budget)
    if not whole:  # one repetition already fills the budget: its prefix, if one is required
        return (f"(?:{text})", w, False) if lo >= 1 else ("", 0, False)
    if w > 0 and lo * w >= budget:  # enough repetitions to fill the budget
        n = -(-budget // w)
        return f"(?:{text}){{{n}}}", n * w, False
    bound = f"{{{lo},}}" if hi is C.MAXREPEAT else f"{{{lo},{hi}}}"
    return f"(?:{text}){bound}", lo * w, True


_BUDGET = 16  # characters of each pattern's opening kept: enough to tell most patterns apart


def superset_pattern(rx: re.Pattern[str], budget: int = _BUDGET) -> str | None:
    """A Hyperscan pattern (over the mapped alphabet) matching wherever a match of ``rx`` starts:
    the opening of ``rx`` (at least ``budget`` characters where it has them) with look-arounds
    and anchors other than ``\\b`` dropped. None when ``rx`` is not a text pattern, when the
    result could match the empty string, or when ``rx`` uses an item not handled here."""
    if not isinstance(rx.pattern, str):
        return None
    try:
        parsed = P.parse(rx.pattern, rx.flags)
        text, width, _whole = _seq(parsed.data, parsed.state.flags, budget)
    except (_Unsupported, re.error, RecursionError, ValueError, TypeError, AttributeError, KeyError):
        return None
    return text if width > 0 else None


def encoded(text: str) -> bytes | None:
    """``text`` as the bytes Hyperscan scans; None when it has a character outside the alphabet
    (a letter beyond ASCII, a symbol not listed): such a text is left to ``re`` alone."""
    if text.isascii():
        return text.encode("ascii")
    try:
        return text.translate(_TO_BYTES).encode("latin-1")
    except UnicodeEncodeError:
        return None
