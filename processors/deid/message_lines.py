"""Names in e-mail and secure-message lines that no other recogniser reads (session 57, deid tester B: 240 clinician
e-mails, secure messages and pages).

- The writer's name alone on the line under a valediction, when it is a given name that is also a word ("Kind
  regards,\\nWill", "Thanks,\\nHope"): the valediction is the context; not a role, a team or a ward ("Regards,\\nWard 7
  Nurses", "Thanks,\\nRegistrar").
- A surname just before a record number's label in a subject or header line ("Subject: SIMS CHI 0101901234", "Hill UR
  123456 - review", "WARD CHI ..."): the label says the word before it names the record's patient.
- A surname between a subject's dash and a date ("Subject: Referral - Smith 12/03/2024").

Spans are ``(start, end)`` of NAME.
"""

from __future__ import annotations

import re

from processors.deid.context import _words_set
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, SURNAMES, _key
from processors.deid.role_marks import is_staff_role
from processors.deid.unknown import _listed, is_known_word

__all__ = ["message_line_spans"]

_VALEDICTION_NAME = compile_rx(
    r"^[ \t]*(?i:kind(?:est)?[ \t]+regards|best[ \t]+regards|warm(?:est)?[ \t]+regards|regards|best[ \t]+wishes|many[ \t]+thanks"
    r"|thanks(?:[ \t]+again)?|thank[ \t]+you|cheers|best|(?:yours[ \t]+)?sincerely|yours[ \t]+faithfully|with[ \t]+thanks)"
    r"[ \t]*[,.!]?[ \t]*\n[ \t]*([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)[ \t]*(?=\n|\Z)",
    re.MULTILINE,
)
_NOT_WRITER = _words_set(
    "team ward nurses nursing department dept clinic unit service services office admin the all"
    " everyone reception secretary secretaries pharmacy theatres outreach registrar consultant doctor doctors sister charge bay bed"
)
_ID_LABEL_AFTER = compile_rx(
    r"(?<![\w'-])([A-Z][A-Za-z'\u2019-]+)[ \t]+(?=(?:CHI|UR|URN|MRN|NHS[ \t]?(?:No\.?|number)?|NHI|Hosp(?:ital)?[ \t]No\.?)[ \t]*[:#]?[ \t]*\d)"
)
_HEADER_LINE = compile_rx(r"^[ \t]*(?i:subject|re|fw|fwd|page|pager)\b[^\n]*", re.MULTILINE)
_SUBJECT_DASH_DATE = compile_rx(
    r"^[ \t]*(?i:subject)[ \t]*:[^\n]*?[-\u2013:][ \t]*([A-Z][a-z'\u2019-]+)[ \t]+(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b)",
    re.MULTILINE,
)
_NOT_SURNAME = frozenset(
    (
        "subject",
        "re",
        "fw",
        "fwd",
        "urgent",
        "referral",
        "review",
        "patient",
        "pt",
        "name",
        "page",
        "ref",
    )
)


def _surname_word(word: str) -> bool:
    k = _key(word)
    if k in _NOT_SURNAME:
        return False
    return (
        k in SURNAMES
        or _listed(word)
        or not is_known_word(word)
        or (k not in CLINICAL_ABBREV and word.isupper())
    )


def message_line_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "\n" in text:
        for m in _VALEDICTION_NAME.finditer(text):
            words = m.group(1).split()
            if any(_key(w) in _NOT_WRITER or is_staff_role(w) for w in words):
                continue
            out.append(m.span(1))
    for line in _HEADER_LINE.finditer(text):
        for m in _ID_LABEL_AFTER.finditer(text, line.start(), line.end()):
            if _surname_word(m.group(1)):
                out.append(m.span(1))
    out.extend(m.span(1) for m in _SUBJECT_DASH_DATE.finditer(text) if _surname_word(m.group(1)))
    return out
