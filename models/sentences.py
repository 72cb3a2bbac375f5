"""Splitting a (scrubbed) note into sentences: each sentence is one model sequence.

Ward notes are terse: sentences end at '.', '!', '?', ';' or a line break, but not after
common abbreviations ("pt.", "Dr.", "approx.") or inside numbers ("37.8", "0.5mg").
"""

from __future__ import annotations

import re

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences"]

MAX_SENTENCE_CHARS = 600  # longer runs are cut into pieces of this size

_ABBREVIATIONS = frozenset(
    ["pt", "pts", "dr", "mr", "mrs", "ms", "approx", "e.g", "i.e", "vs", "etc", "incl", "st", "sr", "jr", "fig"]
)
_CONTRAST = r"(?:but|however|although|though|yet|whereas)\b,?\s*"
_BOUNDARY = re.compile(
    r"(?<=[.!?;])\s+|\n+|\s+-{2,}\s+|\s*\|\s*"
    # a contrast starts a clause of its own, so a negation never reaches past it ("Denies chest
    # pain but reports melena": the melena is no longer negated); the connector itself is left out
    # ("Denies nausea, however vomited once": the model reads "vomited once")
    rf"|,?\s+{_CONTRAST}"
)


_LEADING_CONTRAST = re.compile(rf"^{_CONTRAST}(?=\S)", re.IGNORECASE)  # a sentence that opens with one


def _ends_with_abbreviation(piece: str) -> bool:
    if not piece.endswith("."):
        return False
    word = piece[:-1].rsplit(None, 1)[-1].lower() if piece[:-1].strip() else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, empty ones dropped, order kept."""
    pieces = [_LEADING_CONTRAST.sub("", p.strip()) for p in _BOUNDARY.split(text)]
    out: list[str] = []
    carry = ""
    for piece in pieces:
        if not piece:
            continue
        joined = f"{carry} {piece}".strip() if carry else piece
        if _ends_with_abbreviation(piece):
            carry = joined
            continue
        carry = ""
        out.append(joined)
    if carry:
        out.append(carry)
    final: list[str] = []
    for sentence in out:
        while len(sentence) > MAX_SENTENCE_CHARS:
            cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            final.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            final.append(sentence)
    return final
