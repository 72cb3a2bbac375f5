"""Common misspellings of the words that name a finding, spelt right before a note is read (session 45).

Two black-box notes testers' notes lost a finding to a typo the classifier and the word gates do not know:
"Nausious ++ but not vomited", "Pt cramping and vommited x1 during HD". Ward notes are typed fast; a short,
hand-kept table of the misspellings seen in notes (whole words, any case) is read as the word meant, for every
label. A word is only ever mapped to the same word spelt right, so a correct note is unchanged.
"""

from __future__ import annotations

import re

__all__ = ["respell"]

_FIXES = {
    "vommited": "vomited", "vommitted": "vomited", "vomitted": "vomited", "vommit": "vomit", "vommitting": "vomiting",
    "vommiting": "vomiting", "vomitting": "vomiting", "vomted": "vomited",
    "nausious": "nauseous", "nausous": "nauseous", "nauseus": "nauseous", "nauseos": "nauseous", "nausia": "nausea",
    "nausae": "nausea",
    "brethless": "breathless", "breathles": "breathless", "breathlesness": "breathlessness",
    "confussed": "confused", "confued": "confused", "confusd": "confused", "disorientatd": "disorientated",
    "haematemisis": "haematemesis", "hematemisis": "hematemesis", "haemetemesis": "haematemesis", "maelena": "melaena",
    "malaena": "melaena", "bleding": "bleeding", "bleedin": "bleeding", "bledding": "bleeding", "haemorage": "haemorrhage",
    "drowsey": "drowsy", "drowzy": "drowsy", "sedatd": "sedated",
    "feaver": "fever", "fevre": "fever", "temprature": "temperature",
    "rasch": "rash", "itchey": "itchy",
    "refussed": "refused", "refued": "refused", "refuesd": "refused", "declinded": "declined",
    "hypoglycemik": "hypoglycemic", "shakey": "shaky", "sweatty": "sweaty",
    "chset": "chest", "cheast": "chest", "chestpain": "chest pain",
    "breth": "breath", "brethe": "breathe", "brething": "breathing",  # session 51 (notes tester): "cant get my breth"
}
# session 47 (notes probes): US abbreviations of a finding the classifier does not know, read as written out ("#
# UGIB: HCT drop 32 -> 24, transfused 2u" scored no bleeding; "CGE x1" no vomiting)
_ABBREVIATIONS = {"ugib": "upper GI bleed", "lgib": "lower GI bleed", "gib": "GI bleed", "cge": "coffee ground emesis"}
_FIXES.update(_ABBREVIATIONS)
_WORDS = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _FIXES), key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _fix(m: re.Match[str]) -> str:
    word = m.group(1)
    right = _FIXES[word.lower()]
    if word.lower() in _ABBREVIATIONS:
        return right
    if word.isupper():
        return right.upper()
    return right[:1].upper() + right[1:] if word[:1].isupper() else right


# session 48 (notes tester): "PND 2 FTND" is postnatal day 2 (paroxysmal nocturnal dyspnoea has no day number)
_POSTNATAL_DAY = re.compile(r"\b(?:PND|pnd)[ \t]*(?:#|no\.?)?[ \t]*(\d{1,2})\b(?![ \t]*(?:pillows?|x\b|times|episodes?|/))")


# session 51 (notes tester: dictation): speech recognition writes "denies" as "the nice" ("Patient the nice chest pain or
# shortness of breath"); only after the patient as the subject
_DICTATED_DENIES = re.compile(r"\b(pt|patient|he|she)\s+the\s+nice\b", re.IGNORECASE)


def respell(text: str) -> str:
    """``text`` with the table's misspellings spelt right (case kept: "Nausious" -> "Nauseous")."""
    if "nd" in text or "ND" in text:
        text = _POSTNATAL_DAY.sub(r"postnatal day \1", text)
    if "nice" in text:
        text = _DICTATED_DENIES.sub(r"\1 denies", text)
    return _WORDS.sub(_fix, text) if _WORDS.search(text) else text
