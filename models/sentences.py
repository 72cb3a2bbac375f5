"""Splitting a (scrubbed) note into sentences: each sentence is one model sequence.

Ward notes are terse: sentences end at '.', '!', '?', ';' or a line break, but not after
common abbreviations ("pt.", "Dr.", "approx.") or inside numbers ("37.8", "0.5mg").
"""

from __future__ import annotations

import re

__all__ = ["MAX_SENTENCE_CHARS", "SNIPPET_GAP", "split_sentences"]

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
# session 58 (notes testers E, F: 27 of 40 misses in notes written as "a / b / c"): a spaced slash between snippets ends a
# sentence, so one snippet's history ("previous fall 2019 with # wrist") no longer takes the others' findings with it; not
# inside a short negated list ("denies CP / SOB", "no N / V / D")
_SLASH = re.compile(r"[ \t]+/[ \t]+(?=[A-Za-z(\[])")
_SNIPPET_START = re.compile(r"(?:\A|\n|[.!?;][ \t]+|[ \t]//+[ \t])")
_NEGATED_LEAD = re.compile(r"\W*(?:no|nil|not|denies|denied|deny|neg(?:ative)?(?:\s+for)?|without|w/o|free\s+of|absent)\b", re.IGNORECASE)
_SHORT_ITEM = 3  # words
_PLAN_ITEM = 7  # words
# a plan's or an instruction's snippets stay together ("Physio plan: practice floor recovery / getting up from the floor next
# session", "Plan: monitor for bleeding / falls")
_PLAN_LEAD = re.compile(r"\W*(?:[\w -]{0,20}\b(?:plan|advice|goals?|to\s+do|jobs)\s*:|if\b|monitor\s+for\b|watch\s+for\b|"
                        r"observe\s+for\b|safety[- ]?net\w*|educated|advised|call\s+if\b|return\s+if\b|risk\s+of\b)", re.IGNORECASE)


def _slash_breaks(text: str) -> str:
    """``text`` with each spaced slash between snippets made a sentence boundary (" // ")."""
    if " / " not in text and "\t/" not in text and "/\t" not in text:
        return text
    out: list[str] = []
    last = item_start = 0
    for match in _SLASH.finditer(text):
        starts = [m.end() for m in _SNIPPET_START.finditer(text, last, match.start())]
        before = text[starts[-1] if starts else last : match.start()]
        own = text[max(item_start, starts[-1] if starts else 0) : match.start()]  # the item just before the slash
        item_start = match.end()
        after = text[match.end() :]
        nxt = re.search(r"\n|[.!?;]\s|[ \t]/{1,2}[ \t]", after)
        item = after[: nxt.start() if nxt else len(after)]
        if (_NEGATED_LEAD.match(before) and len(item.split()) <= _SHORT_ITEM) or (
                _PLAN_LEAD.match(own) and len(item.split()) <= _PLAN_ITEM):
            continue
        out.append(text[last : match.start()])
        out.append(" // ")
        last = match.end()
    out.append(text[last:])
    return "".join(out)


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


# session 58 (notes tester H: "brother vomiting at home  sepsis screen triggered, PEWS 8  lips swollen + widespread hives"):
# two spaces between words end a snippet of a note typed without stops (not before a number: "Temp  38.5"); read on the
# note as written, before any rewriting leaves spaces of its own (models.context)
SNIPPET_GAP = re.compile(r"(?<=[^\s,:(/+&-])[ ]{2,}(?=[A-Za-z])")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, stripped, empty ones dropped, order kept."""
    pieces = [_LEADING_CONTRAST.sub("", p.strip()) for p in _BOUNDARY.split(_run_on_clauses(_slash_breaks(text)))]
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
