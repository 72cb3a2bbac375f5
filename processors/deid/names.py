"""Name-list recogniser: capitalised words found in shipped first-name / surname lists.

The lists come from Faker's en_US locale data, generated at build time into ``data/``
(see ``bench/phi_corpus/build_name_lists.py``); Faker is not needed at run time. Common
English and clinical words that are also names ("Will", "Hope", "Rose", "Bell") count only
next to another name word or after a title / context (handled in ``patterns``).
"""

from __future__ import annotations

import re
from importlib import resources

__all__ = ["AMBIGUOUS", "FIRST_NAMES", "SURNAMES", "name_list_spans"]


def _load(name: str) -> frozenset[str]:
    text = resources.files("processors.deid").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(
        ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


FIRST_NAMES = _load("first_names.txt")
SURNAMES = _load("surnames.txt")
AMBIGUOUS = _load("ambiguous_names.txt")

_CAP_RUN = re.compile(
    r"\b[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)*\b"
)
_SPLIT = re.compile(r"\s+(?:[A-Z]\.\s+)?")


def _is_name(word: str) -> bool:
    w = word.lower()
    return (w in FIRST_NAMES or w in SURNAMES) and w not in AMBIGUOUS


def _is_name_loose(word: str) -> bool:
    w = word.lower()
    return w in FIRST_NAMES or w in SURNAMES


_WEAK_CONTEXT = re.compile(
    r"\b(?:by|to|with|from|per|and|called|told|asked|NOK|cc|via)\s+([A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)\b"
)


def name_list_spans(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs that look like person names by the shipped lists.

    A run of capitalised words counts when one word is an unambiguous listed name, or when
    two or more words are listed (ambiguous ones included: "Grant Hill"). The whole run is
    taken, up to 3 words, so an unlisted surname after a listed first name goes too.
    """
    spans: list[tuple[int, int]] = []
    for m in _CAP_RUN.finditer(text):
        run = m.group(0)
        parts = [p for p in _SPLIT.split(run) if p]
        strong = [_is_name(p.split("-")[0].split("'")[0]) for p in parts]
        loose = [_is_name_loose(p) for p in parts]
        if not any(strong) and sum(loose) < 2:
            continue
        if len(parts) > 3:  # a title-cased heading: keep only the listed words
            pos = m.start()
            for p, s in zip(parts, strong):
                start = text.index(p, pos)
                pos = start + len(p)
                if s:
                    spans.append((start, pos))
            continue
        spans.append((m.start(), m.end()))
    for m in _WEAK_CONTEXT.finditer(text):  # "updated by Walker": ambiguous names count here
        if _is_name_loose(m.group(1)):
            spans.append(m.span(1))
    return spans
