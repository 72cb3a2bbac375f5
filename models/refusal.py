"""Refusing something that is no medicine is no medication refusal (session 34).

The classifier learnt "declined" / "refused" as medication refusal and read "Patient declined
physiotherapy today due to visitors." as one (0.955) and "Refused bloods this am." too (0.997;
session 34 notes tester). A sentence whose refusal is of a listed non-medicine (physio, bloods,
food, obs, a wash, a scan ...) and that names no medicine anywhere (a medication word, a dose
form, a route, a drug by its stem) has its medication-refusal probability capped below any
threshold; every other sentence is the model's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

__all__ = ["REFUSAL", "apply_refusal_objects", "refuses_no_medicine"]

REFUSAL = "medication_refusal"
_CAP = 0.01
_NON_MEDICINE = re.compile(
    r"\b(?:refus\w*|declin\w*|won'?t\s+(?:have|do|let)|would\s*n[o']t\s+(?:have|do|let)|not\s+keen\s+on)\s+"
    r"(?:(?:to\s+(?:have|do|attend|get|go|eat|drink)|all|any|his|her|their|the|a|an|further|today'?s|to)\s+)*"
    r"(?:physio\w*|pt\s+session|ot\b|occupational\s+therapy|bloods?|blood\s+tests?|venepuncture|phlebotomy|"
    r"food|meals?|breakfast|lunch|dinner|supper|tea|diet|snacks?|drinks?|oral\s+fluids|obs|observations|vitals|"
    r"ecg|scan|ct|mri|x-?ray|ultrasound|echo|shower|wash|bath|bed\s*bath|personal\s+care|mobilis\w*|mobiliz\w*|"
    r"walk\w*|reposition\w*|turns?|pressure\s+area\s+care|toileting|dressing\s+change|examination|exam|"
    r"assessment|swab\w*|sample|urine\s+sample|weight|weigh\w*|visitors?|photos?|interview|sleep|"
    r"cannul\w*|catheter\w*|bed\s+rails?|hoist)\b",
    re.IGNORECASE)
_MEDICINE = re.compile(
    r"\b(?:med\w*|tab\w*|pills?|caps(?:ules?)?|doses?|dosing|insulin|inject\w*|jabs?|inhalers?|nebs?|nebuli\w*|"
    r"patch\w*|drops|syrup|liquid|elixir|suppositor\w*|oramorph|prn|iv|po|sc|im|s/c|antibiotics?|abx|"
    r"analgesi\w*|painkillers?|drugs?|warfarin|heparin|clexane|enoxaparin|paracetamol|aspirin|morphine|"
    r"codeine|tramadol|oxycodone|lactulose|senna|laxatives?|antipsychotics?|sedation|"
    r"\w+(?:pril|sartan|olol|dipine|statin|azole|cillin|mycin|floxacin|cycline|parin|xaban|gatran|prazole|"
    r"tidine|semide|thiazide|zepam|azepam|oxetine|codone|profen|fenac|coxib|formin|gliptin|gliflozin|"
    r"glitazone|lukast|terol|tropium|peridol|apine|idone|triptan|setron|sone|olone))\b",
    re.IGNORECASE)


def refuses_no_medicine(sentence: str) -> bool:
    """True when ``sentence`` refuses a listed non-medicine and names no medicine anywhere."""
    return _NON_MEDICINE.search(sentence) is not None and _MEDICINE.search(sentence) is None


def apply_refusal_objects(sentences: Sequence[str], probs: np.ndarray, labels: Sequence[str]) -> None:
    """Cap the medication-refusal column of ``probs`` where the sentence refuses no medicine."""
    if REFUSAL not in labels:
        return
    column = list(labels).index(REFUSAL)
    for row, sentence in enumerate(sentences):
        if probs[row, column] > _CAP and refuses_no_medicine(sentence):
            probs[row, column] = _CAP
