"""An interpreter's name after the word "interpreter" (session 57, deid tester C: interpreter-mediated consultations).

Interpreters are named by one given name, often a word in English or a short East Asian or Pacific name that no list
holds: "call with Somali interpreter Fang via phone", "via tongan intrp tavita id 40213", "cantonese intrp jing id",
"Samoan (phone) Mere, TheBigWord job no. 1234", "Vietnamese (video) Nam, booked". The word right after "interpreter" /
"intrp" / "translator", or after a language and its mode in brackets, closing at a comma, a bracket, "via", an id or job
label or the line's end, is a NAME when it is capitalised, a listed name or no English word, and no language, role or
clinical word.

Spans are ``(start, end)`` of NAME.
"""

from __future__ import annotations

import re

from processors.deid.context import _words_set
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key
from processors.deid.unknown import _CLINICAL, _listed, is_known_word

__all__ = ["interpreter_name_spans"]

_AFTER = (
    r"(?=[ \t]*(?:[,;()\n]|$|(?i:via|id|job|ref|no\.?|number|from|booked|present|attended|on[ \t]+(?:the[ \t]+)?(?:phone|line|video)"
    r"|by[ \t]+(?:phone|video)|over[ \t]+(?:the[ \t]+)?phone|\(?(?:phone|video|tel)\)?)\b))"
)
_INTERPRETER_NAME = compile_rx(
    r"\b(?i:interpreter|intrp|interp|translator)[ \t]*(?:\((?i:phone|video|tel|f2f|face[- ]to[- ]face|in[ -]person|onsite)\))?"
    r"[ \t]*:?[ \t]+([A-Za-z][a-z'\u2019-]{1,15}|[A-Z][A-Z'-]{1,15})" + _AFTER,
    re.MULTILINE,
)
_LANGUAGE_MODE_NAME = compile_rx(
    r"\b[A-Z][a-z]+[ \t]+\((?i:phone|video|tel|f2f|face[- ]to[- ]face|in[ -]person|onsite)\)[ \t]+([A-Z][a-z'\u2019-]{1,15})"
    + _AFTER,
    re.MULTILINE,
)
_NOT_NAME = _words_set(
    "service services booked present used declined requested via by arranged not required needed line"
    " phone video called unavailable available and the was is to for who with id no job ref also again same"
)


def _interpreter_word(word: str) -> bool:
    k = _key(word)
    if k in _NOT_NAME or k in CLINICAL_ABBREV or k in _CLINICAL:
        return False
    # a capitalised word here is a name ("Fang", "Mere"); in lower case it needs the lists
    return word[0].isupper() or _listed(word) or not is_known_word(word)


def interpreter_name_spans(text: str) -> list[tuple[int, int]]:
    low = text.lower()
    if not any(hint in low for hint in ("int", "translator", "(phone)", "(video)")):
        return []
    return [m.span(1) for rx in (_INTERPRETER_NAME, _LANGUAGE_MODE_NAME) for m in rx.finditer(text) if _interpreter_word(m.group(1))]
