"""Session 53 (deid tester Q: narratives typed in lower case; sign-offs 39 % when the name is a word): lower-case names
signing an entry or opening a patient's line.

- "signed a bello 1415", "signed precious nkosi 9am", "paramedic s young 11pm", "carer grace" closing a line: a sign-off
  word, an initial or given name and a surname, then a time or the line's end;
- "pt faith fitzgerald chart no ...": "pt" then a listed given name and a surname that is no common word;
- an initial or given name and a surname before a role closing a line ("r botha cpn", "G WOOD RM", "gift zulu community
  staff nurse").

Every word is checked: a listed name (words that are names too, "grace", "young", count) or no English word, and never a
clinical, drug or calendar word.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES, WORD_NAMES, _key
from processors.deid.quick_forms import name_word
from processors.deid.unknown import _CLINICAL, CALENDAR, _common, is_known_word

__all__ = ["lower_signed_spans"]

_W = r"[a-z][a-z'\u2019-]{1,14}"
_SIGNED = compile_rx(
    r"(?<![\w'\u2019-])(?:signed|sgd|paramedic|midwife|carer|nurse|rn|rgn|sn|hca|physio|crew|dn)[ \t]*:?[ \t]+"
    rf"((?:[a-z]\.?[ \t]+)?{_W}(?:[ \t]+{_W})?)"
    r"(?=[ \t]+(?:\d{3,4}h?|\d{1,2}(?:[:.]\d\d)?[ \t]*(?:am|pm))\b|[ \t]*\.?[ \t]*(?:\n|$))"
)
# a name (an initial or a given name, and a surname) before a role closing a line or an entry ("r botha cpn", "gift zulu
# community staff nurse" after a sentence with no stop, "G WOOD RM", "T MARSH DN", "L Pascual community staff nurse")
_ROLE_END = (
    r"(?i:(?:(?:community|staff|senior|junior|charge|ward|social|key|district|practice|clinical|student|night|registered"
    r"|enrolled|mental|health|discharge|care|support|occupational|advanced|specialist|liaison|palliative|tissue|viability"
    r"|diabetes|falls|stroke|cardiac|respiratory|continence|team)[ \t]+){0,3}"
    r"(?:nurse|midwife|worker|manager|coordinator|co-ordinator|cpn|rm|dn|rn|en|sn|rgn|rmn|hca|hcsw|physio|physiotherapist"
    r"|ot|therapist|pharmacist|paramedic|carer|cnm|cns|anp|sister|matron|chaplain|navigator))"
)
_W2 = r"[A-Za-z][A-Za-z'\u2019-]{1,20}"
_NAME_ROLE_END = compile_rx(
    rf"(?<![\w'\u2019-])((?:[A-Za-z]\.?|{_W2})[ \t]+{_W2})[ \t]*,?[ \t]+{_ROLE_END}"
    r"[ \t]*\.?[ \t]*(?:(?:\d{3,4}|\d{1,2}[:.]\d\d)(?:[ \t]*h|[ \t]*hrs)?[ \t]*)?(?=$|\n|/)",
    re.MULTILINE,
)
# a role, then a lone given name that is a word too, then the clause's end or a link word ("handed over to charge nurse june
# for nights", "kitchen assistant gift.", "triage nurse rn summer.", "crew rn will and tara")
_ROLE_GIVEN = compile_rx(
    r"(?<![\w'\u2019-])(?:nurse|carer|assistant|crew|rn|en|hca|physio|midwife|sister|worker|cpn|dn|sn|paramedic|interpreter)"
    r"[ \t]+([a-z][a-z'\u2019-]{2,14})(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:for|and|on|at|in|who|was|is|has|to)\b)",
    re.MULTILINE,
)
_PT_PAIR = compile_rx(rf"(?<![\w'\u2019-])(?:pt|patient)[ \t]+({_W}[ \t]+{_W})\b(?![ \t]*[:/'\u2019-])")


# words after a role that are no name there ("nurse aware", "carer present", "physio review")
_MONTH_NAMES = frozenset(("april", "june", "august"))
_NOT_GIVEN = frozenset(("aware", "present", "informed", "review", "reviewed", "led", "only", "here", "there", "today", "now",
                        "tomorrow", "also", "said", "says", "called", "rang", "will", "may", "can"))


def _name_word(word: str) -> bool:
    """quick_forms' one-word test, and no word of the clinical or calendar lists."""
    k = _key(word)
    return k not in _CLINICAL and k not in CALENDAR and name_word(word)


def lower_signed_spans(text: str) -> list[tuple[int, int]]:
    """Lower-case sign-offs and "pt <given> <surname>" (own checks)."""
    out: list[tuple[int, int]] = []
    for m in _SIGNED.finditer(text):
        words = m.group(1).replace(".", " ").split()
        names = [w for w in words if len(w) > 1]
        if names and all(_name_word(w) for w in names) and (len(names) > 1 or len(words) > 1 or not _common(names[0])
                                                             or _key(names[0]) in AMBIGUOUS_NAMES):
            out.append(m.span(1))
    for m in _NAME_ROLE_END.finditer(text):
        first, last = m.group(1).split()
        initial = len(first.rstrip(".")) == 1
        if (initial or _name_word(first)) and _name_word(last) and (
                _key(last) in SURNAMES or not is_known_word(last) or (not initial and _key(first) in FIRST_NAMES)):
            out.append(m.span(1))
    for m in _ROLE_GIVEN.finditer(text):
        k = _key(m.group(1))
        if ((k in FIRST_NAMES and not _common(m.group(1))) or k in AMBIGUOUS_NAMES or k in WORD_NAMES) and (
                k not in _CLINICAL or k in _MONTH_NAMES) and (
                k not in CALENDAR or k in FIRST_NAMES) and k not in _NOT_GIVEN:  # "charge nurse june for nights"
            out.append(m.span(1))
    for m in _PT_PAIR.finditer(text):
        given, surname = m.group(1).split()
        g, s = _key(given), _key(surname)
        if ((g in FIRST_NAMES or g in AMBIGUOUS_NAMES) and g not in _CLINICAL and s not in _CLINICAL and s not in CALENDAR
                and (s in SURNAMES or not is_known_word(surname)) and not _common(surname)):
            out.append(m.span(1))
    return out
