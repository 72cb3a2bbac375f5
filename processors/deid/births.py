"""Session 7 (black-box finding): a birth year on its own, and an age over 89 after it.

- a year after a date-of-birth label or "born" ("DOB: 1931", "born 1931", "b. 1931", "year of
  birth 1931"): a year alone is no PHI, but a birth year is the year element of a birth date,
  and for anyone over 89 HIPAA Safe Harbor removes it; the scrubber has no clock to tell the
  two apart, so every birth year goes;
- an age over 89 after "now" in the same sentence as a birth ("born 1931, now 93");
- an age over 89 in apposition to a titled or labelled name ("Mrs MacConnaghy, ninety-seven,
  in clinic", "Pt: I. Scott, 93").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import given_name_before
from processors.deid.places import _clinical

__all__ = ["birth_spans"]

_BIRTH_YEAR = compile_rx(  # on the lower-cased text (same indices)
    r"\b(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|year[ \t]+of[ \t]+birth|yob|born(?:[ \t]+in)?"
    r"|b\.)[ \t]*[:=-]?[ \t]*((?:18|19|20)\d{2})\b(?![/.-]\d)"
)
_WORD_AGE = (r"(?:9\d|1[01]\d|ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
             r"|one[ \t]hundred(?:[ \t]and[ \t](?:one|two|three|four|five|six|seven|eight|nine|ten))?)")
_APPOSITION_AGE = compile_rx(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|\b(?:Pt|Patient|Name)[ \t]*:)[ \t]+(?:[A-Z]\.[ \t]*)?[A-Z][A-Za-z'-]+"
    rf"(?:[ \t]+[A-Z][A-Za-z'-]+)?,[ \t]+({_WORD_AGE})(?=[ \t]*(?:,|;|\.(?!\d)|\n|$|[ \t]+(?:yo|y/o|years?)\b))",
    re.MULTILINE,
)
# v22: an age over 89 in brackets after a name ("Jack Lloyd (97)", "stewart iqbal (90)",
# "Tipene, Wiremu (98)"): the word before must be no clinical label ("sats (94)")
_BRACKET_AGE = compile_rx(r"(?<![\w-])([A-Za-z][a-z'-]+|[A-Z][A-Z'-]+)[ \t]*\((9\d|1[01]\d)\)")  # s12: "Bethany PEACOCK (97)"
# v23: an age over 89 after "at" before a pronoun ("at 95 she still drives", "at 92, he walks")
_AT_AGE = compile_rx(r"\bat[ \t]+(9\d|1[01]\d)(?=,?[ \t]+(?:he|she|they|the[ \t]+patient|pt)\b)")
# v25: an age over 89 after a name and a bracketed id, phone or nickname ("GARDINER, Maria
# (248-7293), 94.", "Donna Smith ('Don'), 93,", "Hemi Tipene (NHI ZKT2368), 99,")
_NAME_BRACKET_AGE = compile_rx(
    r"[A-Z][A-Za-z'-]+,?[ \t]+[A-Z][A-Za-z'-]+[ \t]*\([^()\n]{1,25}\),[ \t]+(9\d|1[01]\d)(?=[ \t]*[,.;:]|[ \t]*$)",
    re.MULTILINE,
)
# session 8: an age over 89 said of a relative or a person ("His brother is 102.") and after
# "SURNAME, Given" in a list ("3) DOYLE, Francis 92 hemiarthroplasty")
_NO_AGE_UNIT = r"%|kg|mg|bpm|mmhg|/|\.\d|kilos|pounds|lbs|cm|deg|degrees|\u00b0"  # a value with its unit is no age
_IS_AGE = compile_rx(
    r"\b(?:brother|sister|mother|father|mum|mom|dad|wife|husband|grandmother|grandfather|aunt|uncle"
    r"|he|she|who"
    r"|(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+[a-z][a-z'\u2019-]+(?:[ \t]+[a-z][a-z'\u2019-]+)?"  # session 51: "Ms Fitzgerald is 94"
    r")[ \t]+(?:is|was|turned|turns|will[ \t]+be)[ \t]+(?:now[ \t]+)?(9\d|1[01]\d)\b"  # session 12: "who was 91"
    rf"(?![ \t]*(?:{_NO_AGE_UNIT}))"  # "he turned 90 degrees"
    # session 53 (deid tester Q): "eoin said she's 91 and still does the crossword"
    r"|\b(?:she|he|mum|mom|dad|nan|gran)(?:'s|\u2019s)[ \t]+(?:now[ \t]+|nearly[ \t]+|almost[ \t]+)?(9\d|1[01]\d)\b"
    rf"(?![ \t]*(?:{_NO_AGE_UNIT}|on|in|at))",
    re.IGNORECASE,
)
_LISTED_AGE = compile_rx(
    r"\b([A-Z][A-Za-z'\u2019-]+),[ \t]+(?!(?:Hb|Na|Cr|Ca|Mg|Fe|Plt|Wcc|Crp|Ph|Po|Pr|Sc|Im|Iv|Bp|Hr|Rr|Gcs|Bm)\b)"
    r"([A-Z][a-z'\u2019-]+)(?:[ \t]+[A-Z]\.?)?[ \t]+(9\d|1[01]\d)\b"
    # session 45 (deid tester): "2 units X-matched, Hb 104 g/L" is a result, no "SURNAME, Given age"
    r"(?![ \t]+(?i:g|mg|mcg|ml|l|mmol|umol|\u00b5mol|u|iu|units?|mm|cm|kg|x10|per|bpm|mmhg)\b)(?=[ \t]+[A-Za-z(])"
)
# session 10 (v29): an age over 89 after a name opening a numbered list item ("3. Samuel Gray, 94:")
_LIST_ITEM_AGE = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+([A-Z][a-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){1,2}),[ \t]+(9\d|1[01]\d)(?=[ \t]*[:,;.](?!\d))",
    re.MULTILINE,
)
# v31: an age over 89 after an "AGE:" field with a unit letter ("AGE: 96Y", "Age 91 yrs")
_AGE_FIELD = compile_rx(r"\b(?:AGE|Age|age)[ \t]*:?[ \t]*(9\d|1[01]\d)(?=[ \t]*(?:Y|y|yo|yrs?|years)?\b)(?![.,/]\d)")
# session 33 tester: an age over 89 set off by commas after a person word ("Patient, 94, lives
# alone"), and a list of ages ("Ages 93 and 95 (twins)")
_PERSON_AGE = compile_rx(
    r"\b(?:patient|pt|resident|client|gentleman|gent|lady|man|woman|widow|widower|female|male)[ \t]*,[ \t]+"
    rf"({_WORD_AGE})(?=[ \t]*[,;)])",
    re.IGNORECASE,
)
_AGES_LIST = compile_rx(r"\bages[ \t]*:?[ \t]*(9\d|1[01]\d)(?:[ \t]*(?:and|&|,)[ \t]*(9\d|1[01]\d))?\b(?![.,/]\d)",
                        re.IGNORECASE)
_HINTS = ("dob", "d.o.b", "birth", "yob", "born", "b.")
_NOW_AGE = compile_rx(r"\bnow[ \t]+(?:aged[ \t]+)?(9\d|1[01]\d)\b(?![.,/:]\d|[ \t]*(?:%|kg|mg|bpm|mmhg))")


def birth_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """[DATE] for birth years, [AGE] for "now 93" after one and for ages in apposition
    (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if ", 9" in text or ", 10" in text or ", 11" in text or ", ninety" in low or ", one hundred" in low:
        out.extend((*m.span(1), "[AGE]") for m in _APPOSITION_AGE.finditer(text))
    if "(9" in text or "(10" in text or "(11" in text:
        for m in _BRACKET_AGE.finditer(text):
            if not _clinical(m.group(1)) or given_name_before(text, m.start()):
                out.append((*m.span(2), "[AGE]"))  # session 10: "Molly Wilson (97)" (not Wilson's disease)
    if "), 9" in text or "), 1" in text:
        out.extend((*m.span(1), "[AGE]") for m in _NAME_BRACKET_AGE.finditer(text))
    if " 9" in text or " 1" in text:
        out.extend((*m.span(1 if m.group(1) else 2), "[AGE]") for m in _IS_AGE.finditer(text))
        if ", " in text:
            out.extend((*m.span(2), "[AGE]") for m in _LIST_ITEM_AGE.finditer(text)
                       if not any(_clinical(w) for w in m.group(1).split()))
            out.extend((*m.span(3), "[AGE]") for m in _LISTED_AGE.finditer(text)
                       if not _clinical(m.group(1)) and not _clinical(m.group(2)))  # not "IVAB, Hb 92"
    if "age" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AGE_FIELD.finditer(text))
        for m in _AGES_LIST.finditer(text):
            out.extend((*m.span(g), "[AGE]") for g in (1, 2) if m.group(g))
    if ", 9" in text or ", 1" in text or ", n" in low or ", o" in low:
        out.extend((*m.span(1), "[AGE]") for m in _PERSON_AGE.finditer(text))
    if "at 9" in low or "at 1" in low:
        out.extend((*m.span(1), "[AGE]") for m in _AT_AGE.finditer(low))
    if not any(h in low for h in _HINTS):
        return out
    for m in _BIRTH_YEAR.finditer(low):
        out.append((*m.span(1), "[DATE]"))
        stop = re.search(r"[.;\n]", text[m.end():])
        sentence_end = m.end() + stop.start() if stop else len(text)
        age = _NOW_AGE.search(text, m.end(), sentence_end)
        if age:
            out.append((*age.span(1), "[AGE]"))
    return out
