"""Speed (session 12): every scrubber pattern opens with a lookahead of the characters its
matches can start with.

Python's ``re`` searches a pattern that opens with a literal or a character class by skipping
to the next position that can start a match, in C. A pattern that opens with anything else
(``\\b``, a lookbehind, a lookahead with alternatives, an alternation of classes, or a letter
under IGNORECASE) is tried in full at every position of the text: about 40 ns a character,
30-100 us on a 700-character note, for each of the scrubber's ~400 patterns.

``compile_rx`` computes, from the parsed pattern, the set of characters a match can start with
and puts ``(?=[...])`` in front: one class test rejects a position. A lookahead that every
match satisfies at its start changes no match (the same spans, groups and iteration order);
``tests/unit/test_deid_leading.py`` checks every pattern of ``processors.deid`` against its plain
compile on the development corpus. Patterns that ``re`` already scans by a prefix, patterns that
can match the empty string, and patterns whose first character is not a finite class (``.``,
``[^...]``, a back-reference) are compiled as they are.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

from processors.deid.prefilter import Rx

# the parser and its op codes: private modules of ``re`` (3.11+); any failure leaves a pattern as it is
P: Any = importlib.import_module("re._parser")
C: Any = importlib.import_module("re._constants")

__all__ = ["compile_rx", "first_class", "lead"]

_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_SPACE: r"\s"}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


_ICASE = "\x00icase"  # marker item: some first characters are matched case-insensitively


class _Open(Exception):
    """The first character of a match is not a finite class."""


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isalnum() else "\\" + ch if ch in "\\]^-[" else re.escape(ch)


def _class_items(items: list[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(_char(av))
        elif op is C.RANGE:
            lo, hi = av
            out.append(_char(lo) + "-" + _char(hi))
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _Open  # a negated class or \W, \S, \D
    return out


def _first(seq: list[tuple[Any, Any]]) -> tuple[list[str], bool]:
    """(class items a match of ``seq`` can start with, whether ``seq`` can match nothing)."""
    items: list[str] = []
    for op, av in seq:
        if op is C.LITERAL:
            return [*items, _char(av)], False
        if op is C.IN:
            return items + _class_items(av), False
        if op in _ZERO_WIDTH:
            continue  # "\b", "^", look-arounds: the character after them starts the match
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            found, nullable = _first(sub.data)
            if add_flags & re.IGNORECASE:  # "(?i:...)" inside a case-sensitive pattern: the
                found = [*found, _ICASE]  # whole class is then tested case-insensitively
        elif op is C.ATOMIC_GROUP:
            found, nullable = _first(av.data)
        elif op is C.BRANCH:
            found, nullable = [], False
            for alt in av[1]:
                f, n = _first(alt.data)
                found += f
                nullable = nullable or n
        elif op in _REPEATS:
            lo, _hi, sub = av
            found, nullable = _first(sub.data)
            nullable = nullable or lo == 0
        else:
            raise _Open  # ".", a single category, a back-reference, a conditional
        items += found
        if not nullable:
            return items, False
    return items, True


def _scanned_by_prefix(seq: list[tuple[Any, Any]], flags: int) -> bool:
    """Whether ``re`` itself skips to candidate positions (the pattern opens with a literal, a
    class, or alternatives that each open with a literal, and is not case-insensitive)."""
    if flags & re.IGNORECASE:
        return False
    while seq and seq[0][0] is C.SUBPATTERN and not seq[0][1][1]:
        seq = seq[0][1][3].data
    if not seq:
        return False
    op, av = seq[0]
    if op in (C.LITERAL, C.IN):
        return True
    if op is C.BRANCH:
        return all(alt.data and alt.data[0][0] is C.LITERAL for alt in av[1])
    return False


def first_class(pattern: str, flags: int = 0) -> str | None:
    """``[...]``: the characters a match of ``pattern`` can start with; None when that is not a
    finite class, when the pattern can match the empty string, or when ``re`` already scans the
    pattern by its prefix."""
    try:
        parsed = P.parse(pattern, flags)
        if _scanned_by_prefix(parsed.data, parsed.state.flags):
            return None
        items, nullable = _first(parsed.data)
    except (_Open, re.error, AttributeError, TypeError, ValueError):
        return None
    if nullable or not items:
        return None
    cls = "[" + "".join(dict.fromkeys(i for i in items if i != _ICASE)) + "]"
    return f"(?i:{cls})" if _ICASE in items else cls


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_CLASS_LOOKAHEAD = re.compile(r"\(\?=(?:\(\?i:)?\[(?:\\.|[^\]\\])+\]\)?\)")  # "(?=[A-Z])": gated already


def lead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` behind ``(?=[first characters])`` where that makes ``re`` reject positions sooner."""
    if not isinstance(rx.pattern, str):
        return rx
    cls = first_class(rx.pattern, rx.flags)
    if cls is None:
        return rx
    head = _GLOBAL_FLAGS.match(rx.pattern)  # "(?i)" must stay first
    at = head.end() if head else 0
    if _CLASS_LOOKAHEAD.match(rx.pattern, at):
        return rx
    close = "\n)" if rx.flags & re.VERBOSE else ")"  # a trailing "# comment" ends at the line end
    return re.compile(f"{rx.pattern[:at]}(?={cls})(?:{rx.pattern[at:]}{close}", rx.flags)


@lru_cache(maxsize=2048)
def compile_rx(pattern: str, flags: int = 0) -> Rx:
    """``re.compile(pattern, flags)`` behind its first-character lookahead (see ``lead``), in
    the prefilter's wrapper (see ``processors.deid.prefilter``)."""
    return Rx(lead(re.compile(pattern, flags)))
