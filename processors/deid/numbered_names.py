"""Names with a number run on, as Synthea writes every person ("Roland928 Nienow652").

Synthea, the synthetic-record generator whose FHIR bundles hospitals test with (and this
project's own test data), appends one to three digits to each given and family name. A note
written from such a record names people that way; the name recognisers read letters only, so
"Mr. Roland928 Nienow652" kept "928 Nienow652" (session 32 ingest tester). Two or three such
words in a row are a name (no clinical term comes in pairs of capitalised word-plus-number:
"Covid19", "Omega3" and "B12" stand alone or beside ordinary words), and so is one after a
title.
"""

from __future__ import annotations

import re

__all__ = ["numbered_name_spans"]

_WORD = r"[A-Z][a-z]{2,}(?:['-][A-Z]?[a-z]+)?\d{1,3}"
_RUN = re.compile(rf"\b{_WORD}(?:[ \t]+{_WORD}){{1,2}}\b")
_TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+({_WORD})\b")
_HINT = re.compile(r"[a-z]\d")


def numbered_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of numbered names: runs of two or three, or one after a title."""
    if not _HINT.search(text):
        return []
    spans = [m.span() for m in _RUN.finditer(text)]
    spans.extend(m.span(1) for m in _TITLED.finditer(text))
    return spans
