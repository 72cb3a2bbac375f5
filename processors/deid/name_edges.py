"""A relation, role or field label at the edge of a name span is no part of the name.

Capitalised runs join the word before or after a name ("Son Luca", "Pharmacist Ravi", "Mr Kevin
Brannigan  DOB", "Irfan Qureshi  Age/Sex"): the reader lost who the person was, or which field
came next (session 34 black-box tester, 22 such spans in 60 notes). Titles (Dr, Mr, Mrs) stay
inside the span, as documented; these words are trimmed off its edges when a word is left.
"""

from __future__ import annotations

import re

__all__ = ["trim_name_label"]

_LEAD = frozenset((
    "son", "daughter", "wife", "husband", "mother", "father", "mum", "mom", "dad", "brother",
    "sister", "partner", "spouse", "niece", "nephew", "grandson", "granddaughter", "grandmother",
    "grandfather", "aunt", "uncle", "cousin", "friend", "neighbour", "neighbor", "carer",
    "caregiver", "guardian", "nok", "pt", "patient", "pharmacist", "interpreter", "attending",
    "physician", "registrar", "surgeon", "anaesthetist", "anesthetist", "physiotherapist",
    "physio", "dietitian", "dietician", "midwife", "chaplain", "paramedic",
))
_TRAIL = frozenset((
    "dob", "d.o.b", "age", "sex", "mrn", "nhs", "nhi", "urn", "ur", "ramq", "ohip", "medicare",
    "tel", "ph", "phone", "mob", "mobile", "cell", "address", "doa", "dod",
))
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")


def trim_name_label(text: str, s: int, e: int) -> tuple[int, int]:
    """The name span ``text[s:e]`` without a leading relation or role word and without a trailing
    field label, where the span holds another word."""
    words = list(_WORD.finditer(text, s, e))
    if len(words) >= 2 and words[0].group(0).lower().rstrip(".") in _LEAD:
        s = words[1].start()
        words = words[1:]
    if len(words) >= 2 and words[-1].group(0).lower().rstrip(".") in _TRAIL and words[-1].end() == e:
        e = words[-2].end()
    return s, e
