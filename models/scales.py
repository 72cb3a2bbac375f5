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
counts ("RASS -3 on ICU, now RASS 0"); "POSS 2/4" is out of 4, never a range. A target ("target
RASS -2", "RASS -2 target") is no reading, and a sentence charting only a target is no
oversedation. A reading whose own clause negates, supposes or dates it ("POSS 3 neg", "call if
RASS -3", "POSS 4 in 2019", "RASS -3 last night") is left to the model, which learnt those forms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["NO_SEDATION_INTENDED", "OVERSEDATION", "PLANNED", "apply_sedation_scales", "asserted_now", "clause_at",
           "sedation_reading"]

OVERSEDATION = "oversedation"
_SIGN = "+\\-\u2212\u2013"  # plus, hyphen-minus, minus sign, en dash
_LINK = r"(?![A-Za-z])\s*(?:score\s*)?(?:(?:of|was|is|now|=|:)\s*)*[(\[]?\s*"
_RASS_VALUE = rf"(?:[{_SIGN}]?\s?[0-5]|minus\s+[0-5])"
# "RASS -1 to -2" (the most sedated counts), "RASS 0 -> -3" (the later counts); "POSS 2/4" is
# out of 4, never a range (session 29 second notes tester: it raised a high alert)
_THEN = r"(?:\s*[)\]]?\s*(->|\u2192|to|or{dash})\s*[(\[]?\s*({value})\b)?"
_RASS = re.compile(rf"\bRASS{_LINK}({_RASS_VALUE})\b" + _THEN.format(dash="", value=_RASS_VALUE),
                   re.IGNORECASE)
# session 53 (notes tester S): "Advised monitoring POSS 4 hourly" is how often, not a score
_POSS = re.compile(rf"\bPOSS{_LINK}-?\s*([1-4]|S)\b(?!\s*(?:-?\s*(?:hourly|hrly|hly|h|hrs?|hours?)\b|x\s*daily))"
                   + _THEN.format(dash="|-", value="[1-4]"), re.IGNORECASE)
# session 45 (notes tester): "Pt on morphine PCA, sedation score 0, RR 16" read as oversedation (0.95). The
# PCA charts' sedation score: 0 awake, 1 occasionally drowsy, 2 frequently drowsy, 3 difficult to rouse;
# 0-1 is no oversedation, 3 is; 2 is left to the model (an action point on some charts, not on others)
# session 60 (notes tester H): "Sedation score post IM lorazepam: 1 (awake, calm)" (what it follows between the name and the score)
_SEDATION_SCORE = re.compile(rf"\b(?:sedation|sed)\s+score(?:\s+(?:post|after|following)(?:\s+[\w-]+){{1,4}}?(?=\s*[:=]))?{_LINK}([0-3])\b(?!\s*(?:/\s*[4-9]|-|to\b))", re.IGNORECASE)
# session 55 (notes tester F): "RASS -4 on ward despite no sedation intended" - a reading the plan did not want is a finding
# (shared with models.gates and models.sedation_cause)
PLANNED = r"(?:(?:was|is|being)\s+)?(?:intended|planned|prescribed|targeted|wanted)\b"
NO_SEDATION_INTENDED = re.compile(rf"\b(?:despite\s+)?(?:no|not)\s+(?:sedation\s+)?{PLANNED}", re.IGNORECASE)
_TARGET_MET = re.compile(r"\b(?:achieved|met|reached|maintained|attained)\b", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"\b(?:target|goal|aim(?:ing)?(?:\s+for)?|prescribed|desired)\W*(?:\w+\W+)?$",
                            re.IGNORECASE)
_TARGET_AFTER = re.compile(r"\W*(?:(?:(?:which|that)\s+(?:is|was)|is|=)\s+(?:the\s+|our\s+|at\s+|within\s+)?|(?:at|on|within|as)\s+)?"
                           r"(?:target(?:ed)?|goal|aim(?:ed)?|prescribed|desired|planned|intended)\b"  # session 49: "RASS -2 which is goal"
                           r"|\W*as\s+(?:intended|planned|prescribed|per\s+plan|targeted|per\s+(?:the\s+)?(?:target|goal))\b",
                           re.IGNORECASE)  # used with .match(s, pos); session 38: "RASS -2, at target for ventilator synchrony"
# the reading is not asserted for now, in its own clause: negated, hypothetical or past (then the
# model decides)
_NOT_ASSERTED = re.compile(
    r"\b(?:no|not|nil|neg|negative|denies|without|if|should|would|could|may|might|watch|monitor(?:ing)?\s+for|"
    r"keep\s+an\s+eye|look\s+out|observe\s+for|risk|call|bleep|(?<!\dx\s)(?<!\d\sx\s)(?<!\d\s\sx\s)prn(?!\s+(?:given|administered|doses?\b))|in\s+case|unless|develops?|recurs?|"
    r"avoid|prevent|possibl[ey]|query|likely|unlikely|report\s+any|any(?!\s+(?:movement|mobilis\w*|mobiliz\w*|attempt|touch|pressure|exertion|activity)\b)|aware|plan|ruled\s+out|exclude[ds]?|"
    r"free(?!\s+text)|settled|resolved|re|yesterday|last\s+night|earlier|in\s+recovery|on\s+icu|in\s+theatres?|"
    # (a clock time is no year: "DN home visit 2030: Abbey pain scale 16", session 58)
    r"previous(?:ly)?|prior|last\s+(?:admission|time)|(?<!visit\s)(?<!call\s)(?<!at\s)(?:19|20)\d\d(?!\s*:))\b|-ve\b|\?|\[DATE\]",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;]")
_OUTWEIGHS = re.compile(
    r"\b(?:unrousable|unrouseable|unresponsive|not\s+rousable|not\s+rousing|difficult\s+to\s+(?:rouse|arouse|wake)"
    r"|hard\s+to\s+(?:rouse|arouse|wake)|minimal(?:ly)?\s+respon\w*|pinpoint|naloxone|narcan)\b",
    re.IGNORECASE,
)


# session 35 (notes tester): "Pt only rousable to pain, naloxone 100mcg given with good effect" was
# read as uncontrolled pain (0.98) and no oversedation. Naloxone given now is an opioid's sedation
# being reversed (probability 1.0, the phrase as its explanation); the "to pain" is a level of
# response (models/charted.py caps the pain there).
_REVERSAL = re.compile(
    r"\b(?:naloxone|narcan)\b[^.;]{0,30}?\b(?:given|administered|gvn|stat|iv|im|required|needed|\d+\s*(?:mcg|micrograms?|mg))\b"
    r"|\b(?:given|gave|administered|required|needed)\s+(?:\w+\s+){0,2}(?:naloxone|narcan)\b",
    re.IGNORECASE,
)


def _rass(value: str) -> int:
    digits = value.replace(" ", "").lower()
    negative = digits[0] in "-\u2212\u2013" or digits.startswith("minus")
    number = int(digits.removeprefix("minus").lstrip(_SIGN))
    return -number if negative else number


def clause_at(sentence: str, at: int) -> str:
    """The clause of ``sentence`` around position ``at`` (between commas / semicolons)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
    end = _CLAUSE_END.search(sentence, at)
    return sentence[starts[-1] if starts else 0 : end.start() if end else len(sentence)]


def asserted_now(sentence: str, at: int) -> bool:
    """False when the clause of ``sentence`` around ``at`` negates, supposes or dates what is
    there ("POSS 3 neg", "call if RASS -3", "T 38.5 yesterday"); shared with models.fever."""
    return not _NOT_ASSERTED.search(clause_at(sentence, at))


def sedation_reading(sentence: str) -> tuple[bool, str] | None:
    """``(oversedated, the reading as written)`` for the last scale reading of ``sentence`` that
    is a fact of now (notes are written in time order: "RASS -3 on ICU, now RASS 0"); a sentence
    that records only a target ("Sedation target: RASS -2") is ``(False, the target)``; None when
    it records no POSS or RASS score, or only negated, hypothetical or past ones ("POSS 3 neg",
    "call if RASS -3", "POSS 3 yesterday"), each judged in its own clause."""
    readings: list[tuple[int, int, str]] = []  # (position, level: higher is more sedated, text)
    targets: list[str] = []
    for scale, pattern in (("RASS", _RASS), ("POSS", _POSS), ("score", _SEDATION_SCORE)):
        for match in pattern.finditer(sentence):
            text = match.group(0).strip()
            if (_TARGET_BEFORE.search(sentence, 0, match.start())
                    or _TARGET_AFTER.match(sentence, match.end())):
                targets.append(text)
                continue
            if _NOT_ASSERTED.search(NO_SEDATION_INTENDED.sub(" ", clause_at(sentence, match.start()))):
                continue
            if scale == "score":
                if match.group(1) != "2":
                    readings.append((match.start(), int(match.group(1)) - 1, text))
                continue
            first, link, second = match.groups()
            raw = [second] if second and link in ("->", "\u2192") else [v for v in (first, second) if v]
            if scale == "RASS":
                level = -min(_rass(v) for v in raw)
            else:  # on one line with RASS: POSS 3 is RASS -2 (both "drifts off" / "briefly awakens")
                level = max(0 if v.upper() == "S" else int(v) for v in raw) - 1
            readings.append((match.start(), level, text))
    if readings:
        _, level, text = max(readings)
        if targets and _TARGET_MET.search(sentence):
            return False, text  # session 55 (notes tester F): "RASS -2 on propofol, target RASS -2 to -3 achieved"
        return level >= 2, text
    return (False, targets[-1]) if targets else None


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
            reversal = _REVERSAL.search(sentence)
            if reversal is not None and asserted_now(sentence, reversal.start()):
                probs[row, column] = 1.0  # session 35: naloxone given is opioid oversedation treated
                found[row] = reversal.group(0).strip()
            continue
        oversedated, text = reading
        if oversedated:
            probs[row, column] = 1.0
            found[row] = text
        elif not _OUTWEIGHS.search(sentence):
            probs[row, column] = 0.0
    return found
