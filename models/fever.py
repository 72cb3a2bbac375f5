"""A recorded fever decides the `infection_signs` finding of its sentence (session 32).

The classifier read "Pyrexial 38.6, rigors." as infection signs but gave "T 38.4, CRP 240, WCC
19." and "Febrile neutropenia: T 38.3" nothing (session 32 notes tester: 7 of its 7 missed
infection notes). A charted temperature is a measurement, so it is read, not guessed: a reading
of 38.0 C or more (100.4 F or more; the usual fever threshold, and SIRS's "T > 38") written after
T / temp / temperature / Tmax / pyrexial / febrile / fever / spiked (to), asserted now in its own
clause, is infection signs (probability 1.0, the reading as its explanation). Readings below 38,
negated, hypothetical or past ones ("if T > 38 call", "T 38.5 yesterday", "no fever, T 37.2") are
left to the model. Shivering with every reading below 36.0 C and no other sign of infection is a cold patient
(session 50): its infection-signs probability is capped, and so is a sentence whose every reading is normal (35.5-37.7 C)
and which names no other sign of infection (session 56).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from models.scales import asserted_now

__all__ = ["INFECTION", "TEMPERATURE", "apply_fever_readings", "celsius", "fever_reading", "urinary_sign"]

INFECTION = "infection_signs"
TEMPERATURE = _READING = re.compile(
    r"\b(?:t|temp|temperature|tmax|t\s*max|pyrexial|pyrexia|febrile|fever|spiked(?:\s+(?:a\s+)?temp)?"
    r"(?:\s+to)?|spiking)\b\s*(?:of|was|is|now|up\s+to|to|=|:|-)?\s*"
    r"(?:(?:yes|y|present|\+)\s*[,:-]?\s*)?"  # session 36: a charted "Fever: yes 38.7"
    r"(\d{2,3}(?:[.,]\d)?)\s*(?:°\s*)?([cf])?\b",
    re.IGNORECASE,
)


def celsius(match: re.Match[str]) -> float:
    """A TEMPERATURE match's value in degrees Celsius (Fahrenheit when marked F or 90 and above)."""
    value = float(match.group(1).replace(",", "."))
    unit = (match.group(2) or "").lower()
    return (value - 32) / 1.8 if unit == "f" or (not unit and value >= 90) else value


def fever_reading(sentence: str) -> str | None:
    """The last fever reading of ``sentence`` that is a fact of now, as written; None when there
    is none (no reading, below 38 C / 100.4 F, or negated / hypothetical / past)."""
    found: str | None = None
    for match in _READING.finditer(sentence):
        if not 38.0 <= celsius(match) <= 43.0:
            continue
        if not asserted_now(sentence, match.start()):
            continue
        found = match.group(0).strip()
    return found


# session 54 (notes tester W): "urine dip: leuc +++ nitrite +, c/o dysuria & freq" gave no infection signs: a positive
# nitrite on a urine dip, dysuria, or cloudy or offensive urine is a sign of a urinary infection now (never a negated, supposed or past one)
_URINARY = re.compile(r"\b(?:nitrites?|nit)\s*(?::\s*)?(?:\+{1,3}|\+?ve\b|pos(?:itive)?\b)|\bdysuria\b"
                      r"|\burine\s+(?:is\s+|was\s+|now\s+|very\s+)?(?:cloudy|offensive|foul[- ]smelling|purulent)\b"
                      r"|\b(?:cloudy|offensive|foul[- ]smelling|purulent)\s+(?:\w+\s+)?urine\b", re.IGNORECASE)
_NOT_URINARY = re.compile(r"\b(?:no|nil|denies|denied|without|negative|neg|not|(?:check|assess|ask|monitor|look|screen|watch)\w*"
                          r"\s+(?:for|about|out\s+for))\s+(?:\w+\s+){0,2}?$|\?\s*$", re.IGNORECASE)


def urinary_sign(sentence: str) -> str | None:
    """The first urinary infection sign of ``sentence`` that is a fact of now, as written; None when there is none."""
    for match in _URINARY.finditer(sentence):
        if asserted_now(sentence, match.start()) and not _NOT_URINARY.search(sentence, max(0, match.start() - 30), match.start()):
            return match.group(0).strip()
    return None


def apply_fever_readings(sentences: Sequence[str], probs: np.ndarray,
                         labels: Sequence[str]) -> dict[int, str]:
    """Set the infection-signs column of ``probs`` to 1.0 where a sentence records a fever now;
    returns sentence row -> the reading."""
    if INFECTION not in labels:
        return {}
    column = list(labels).index(INFECTION)
    found: dict[int, str] = {}
    for row, sentence in enumerate(sentences):
        reading = fever_reading(sentence) or urinary_sign(sentence)
        if reading is not None:
            probs[row, column] = 1.0
            found[row] = reading
        elif _cold_shivering(sentence) or _normal_temperature_only(sentence):
            probs[row, column] = min(float(probs[row, column]), 0.01)
    return found


# session 56 (notes tester R: oncology notes): "Temperature 37.1, obs within normal limits, NEWS 0." (0.87) - a normal
# reading and nothing else of an infection is no infection sign
_MORE_SIGNS = re.compile(r"\b(?:sputum|phlegm|cough\w*|dysuria|urine|wound|rash|swell\w*|erythema\w*|abscess|chills|sweat\w*|"
                         r"neutropeni\w*|spike\w*|temps|temperatures|ongoing|still|again)\b", re.IGNORECASE)


def _normal_temperature_only(sentence: str) -> bool:
    """Every temperature of the sentence is 35.5-37.7 C and the sentence names no other sign of infection."""
    if _OTHER_SIGN.search(sentence) is not None or _MORE_SIGNS.search(sentence) is not None:
        return False
    temps = [celsius(m) for m in _READING.finditer(sentence)]
    return bool(temps) and all(35.5 <= t < 37.8 for t in temps)


# session 50 (notes tester W): "Pt shivering, T 35.6, warm air blanket applied" is a cold patient, no infection sign
_SHIVER = re.compile(r"\bshiver\w*|\bshaking\b|\bcold\b", re.IGNORECASE)
_OTHER_SIGN = re.compile(r"\b(?:rigou?rs?|sepsis|septic|pus|purulent|febrile|pyrex\w*|fever\w*|infect\w*|cellulitis|discharge|"
                         r"red(?:ness)?|hot|swollen|cultures?|antibiotics?|abx|wbc|crp|lactate)\b", re.IGNORECASE)


def _cold_shivering(sentence: str) -> bool:
    """Shivering with every temperature of the sentence below 36.0 C and no other sign of infection."""
    if _SHIVER.search(sentence) is None or _OTHER_SIGN.search(sentence) is not None:
        return False
    temps = [celsius(m) for m in _READING.finditer(sentence)]
    return bool(temps) and all(30.0 <= t < 36.0 for t in temps)
