"""A recorded sedation scale decides the `oversedation` finding of its sentence (session 29).

The classifier read "Sedated post-op as expected, rousing easily to voice, RASS -1." as
oversedation (0.999: a high `note.oversedation_opioid`), gave "RASS -2." 0.46 and missed
"POSS 3." (session 28 black-box tester). A nurse's scale score is a measurement, so it is read, not
guessed:

- Pasero Opioid-induced Sedation Scale (POSS): S asleep, easy to arouse; 1 awake and alert;
  2 slightly drowsy, easily aroused (acceptable); 3 frequently drowsy, drifts off to sleep during
  conversation (unacceptable: decrease the opioid); 4 somnolent, minimal or no response.
- Richmond Agitation-Sedation Scale (RASS, Sessler et al. 2002): +4 .. 0 agitated to alert and
  calm; -1 drowsy, sustained awakening to voice (over 10 s); -2 light sedation, briefly awakens to
  voice (under 10 s), POSS 3's counterpart; -3 .. -5 moderate sedation to unrousable.

POSS 3-4 or RASS -2 .. -5 is oversedation (probability 1.0, the scale reading as its
explanation); POSS S/1/2 or RASS -1 .. +4 is not (probability 0), unless the sentence also says
something a scale cannot outweigh ("unrousable", "naloxone"). The last reading in a sentence
counts ("RASS -3 on ICU, now RASS 0"). A target ("target RASS -2", "aim POSS 2") is not a
reading, and a sentence that negates, supposes or dates one ("POSS 3 neg", "call if RASS -3",
"watch for POSS 3", "POSS 4 in 2019") is left to the model, which learnt those forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["OVERSEDATION", "apply_sedation_scales", "sedation_reading"]

OVERSEDATION = "oversedation"
_SIGN = "+\\-\u2212\u2013"  # plus, hyphen-minus, minus sign, en dash
_LINK = r"\s*(?:score\s*)?(?:(?:of|was|is|now|=|:)\s*)*"
_RASS = re.compile(rf"\bRASS\b{_LINK}([{_SIGN}]?\s?[0-5])\b(?:\s*(?:to|/|or)\s*([{_SIGN}]?\s?[0-5])\b)?",
                   re.IGNORECASE)
_POSS = re.compile(rf"\bPOSS\b{_LINK}([1-4]|S)\b(?:\s*(?:to|/|-|or)\s*([1-4])\b)?", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:target|goal|aim(?:ing)?(?:\s+for)?|prescribed|desired)\W*(?:\w+\W+)?$",
                     re.IGNORECASE)
# the reading is not asserted for now: negated, hypothetical or past (then the model decides)
_NOT_ASSERTED = re.compile(
    r"\b(?:no|not|nil|neg|negative|denies|without|if|should|would|could|may|might|watch|monitor(?:ing)?\s+for|"
    r"keep\s+an\s+eye|look\s+out|observe\s+for|risk|call|bleep|prn|in\s+case|unless|develops?|recurs?|"
    r"avoid|prevent|possibl[ey]|query|likely|unlikely|report|any|aware|plan|ruled\s+out|exclude[ds]?|free|"
    r"settled|resolved|re|yesterday|previous(?:ly)?|prior|last\s+(?:admission|time)|(?:19|20)\d\d)\b|"
    r"-ve\b|\?",
    re.IGNORECASE,
)
_OUTWEIGHS = re.compile(
    r"\b(?:unrousable|unrouseable|unresponsive|not\s+rousable|not\s+rousing|difficult\s+to\s+(?:rouse|arouse|wake)"
    r"|hard\s+to\s+(?:rouse|arouse|wake)|minimal(?:ly)?\s+respon\w*|pinpoint|naloxone|narcan)\b",
    re.IGNORECASE,
)


def _rass(value: str) -> int:
    digits = value.replace(" ", "")
    negative = digits[0] in "-\u2212\u2013"
    number = int(digits.lstrip(_SIGN))
    return -number if negative else number


def sedation_reading(sentence: str) -> tuple[bool, str] | None:
    """``(oversedated, the reading as written)`` for the last scale reading of ``sentence`` (notes
    are written in time order: "RASS -3 on ICU, now RASS 0"), or None when it records no POSS or
    RASS score as a fact of now (a target, a negation, a hypothetical or a past reading)."""
    if _NOT_ASSERTED.search(sentence):
        return None
    readings: list[tuple[int, int, str]] = []  # (position, level: higher is more sedated, text)
    for match in _RASS.finditer(sentence):
        if _TARGET.search(sentence, 0, match.start()):
            continue
        values = [_rass(v) for v in match.groups() if v]
        readings.append((match.start(), -min(values), match.group(0).strip()))
    for match in _POSS.finditer(sentence):
        if _TARGET.search(sentence, 0, match.start()):
            continue
        values = [0 if v.upper() == "S" else int(v) for v in match.groups() if v]
        # on one line with RASS: POSS 3 is RASS -2 (both "drifts off" / "briefly awakens")
        readings.append((match.start(), max(values) - 1, match.group(0).strip()))
    if not readings:
        return None
    _, level, text = max(readings)
    return level >= 2, text


def apply_sedation_scales(sentences: Sequence[str], probs: np.ndarray,
                          labels: Sequence[str]) -> dict[int, str]:
    """Set the oversedation column of ``probs`` (one row per sentence) where a sentence records a
    scale; returns sentence row -> the reading, for the rows the scale made a finding."""
    if OVERSEDATION not in labels:
        return {}
    column = list(labels).index(OVERSEDATION)
    found: dict[int, str] = {}
    for row, sentence in enumerate(sentences):
        reading = sedation_reading(sentence)
        if reading is None:
            continue
        oversedated, text = reading
        if oversedated:
            probs[row, column] = 1.0
            found[row] = text
        elif not _OUTWEIGHS.search(sentence):
            probs[row, column] = 0.0
    return found
