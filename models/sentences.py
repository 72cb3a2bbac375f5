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
    r"(?<=[.!?;])\s+|\n+|\s+-{2,}\s+|\s*\|\s*|\s+//+\s+"  # session 57 (notes tester P): "advised to report if shaky // cut L forearm"
    # session 56 (notes tester K): a dash before a new lay subject ("call us if you notice any bleeding - my mum has a
    # temperature of 39.1 and rigors": the advice no longer takes the finding with it)
    r"|\s+[-\u2013\u2014]\s+(?=(?i:my|i|i'm|im|we|mum|mom|dad)\s)"  # not he / she: "Her son phoned - he has flu" is his
    # a contrast starts a clause of its own, so a negation never reaches past it ("Denies chest
    # pain but reports melena": the melena is no longer negated); the connector itself is left out
    # ("Denies nausea, however vomited once": the model reads "vomited once")
    rf"|,?\s+{_CONTRAST}"
)


# session 56 (notes tester K: patient-portal messages run on for a paragraph): in a long sentence a comma or "and" before a
# new subject and its verb ends a clause ("she was breathless last month but that has cleared up, she keeps falling asleep
# mid-sentence after the extra morphine, she feels nauseated, ..."), so a past or negated clause does not take the others'
# findings with it; short sentences stay whole ("my sugar went down to 2.9 and i was shaking")
RUN_ON_WORDS = 25
_CLAUSE = re.compile(
    r"(?:,|\s+and)\s+(?=(?:she|he|i|we|they|im|i'm|he's|she's|hes|shes)\s+(?:\w+\s+)?(?:is|was|has|had|keeps|kept|feels|felt|"
    r"have|am|can|cannot|can't|cant|couldn't|couldnt|seems|looks|got|gets|been|'s)\b"
    r"|(?:my|his|her)\s+(?:\w+\s+)?(?:pain|breathing|chest|wound|skin|sugars?|bm|head|stomach|tummy|nose|leg|legs|arm|foot|feet"
    r"|back|temperature|temp)\s+(?:is|was|has|keeps|feels|seems|looks)\b)",
    re.IGNORECASE)
_LEADING_CONTRAST = re.compile(rf"^{_CONTRAST}(?=\S)", re.IGNORECASE)  # a sentence that opens with one


def _ends_with_abbreviation(piece: str) -> bool:
    if not piece.endswith("."):
        return False
    word = piece[:-1].rsplit(None, 1)[-1].lower() if piece[:-1].strip() else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


_HARD_END = re.compile(r"(\n+|(?<=[.!?;])\s+)")


def _run_on_clauses(text: str) -> str:
    """``text`` with each clause boundary of a long run-on sentence made a line break."""
    if len(text.split()) < RUN_ON_WORDS:
        return text
    parts = _HARD_END.split(text)
    for i in range(0, len(parts), 2):
        if len(parts[i].split()) >= RUN_ON_WORDS:
            parts[i] = _CLAUSE.sub("\n", parts[i])
    return "".join(parts)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, empty ones dropped, order kept."""
    pieces = [_LEADING_CONTRAST.sub("", p.strip()) for p in _BOUNDARY.split(_run_on_clauses(text))]
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
