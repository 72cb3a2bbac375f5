"""Dates written as one part or beside a clock time (session 37, deid tester; DATE).

- A day of the month as an ordinal after a date word, ending its clause ("Review 27th.", "fall
  yesterday 4th.", "Next map 22nd.", "due on the 3rd,") or before a clinic ("Seen 18th in OPD",
  session 39): Safe Harbor counts the day as an element
  of a date. An ordinal before a noun ("4th ventricle", "3rd dose", "2nd cycle") is no date.
- A year and month ("assault on a neighbour, 2019-07;"), not a year range ("2009-10", "2019-20").
- A day/month right after a clock time ("OD ~20 g at 21:00 3/5."), not a score, half or count
  ("21:00 2/10", "08:00 1/2 tab").

Session 37 (US notes tester):

- A month-day with a dash and no year after a date word or a birth-date label, before a clock time
  or opening a bracket ("CT head from 08-30", "DOB: 11-21", "Message from patient, 10-17 12:03 PM",
  "Last seen in clinic 03-11", "(09-08, performed by"): not a vertebral range ("C5-C7") or a count.
- A month/day after a test or culture before its result ("LE venous duplex 2/5: no DVT", "BCx 4/8
  2/2 bottles MRSA").
- A month/day closing a signature line after a credential ("Jane Roe, LMFT    2/27").

Session 49 (deid testers O and U: dates with a month written in lower case): a day and a month name in either order,
in any case ("19 october 2023", "the 9th of may", "march 29, 2025", "on 4 may"); "may" and "march" only with a year,
or "may" after "on", "by", "from", "until", "since", "of" ("pt may 2 tabs", "march 2 miles daily" are no dates).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["day_part_spans"]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL_DAY = compile_rx(
    r"\b(?i:review(?:ed)?|r/v|seen|due|on|by|until|till|from|since|before|after|yesterday|today|tomorrow|appt|"
    r"appointment|clinic|(?:next|last)[ \t]+[a-z]{2,12})[ \t]+(?:(?:on[ \t]+)?the[ \t]+)?"
    rf"({_DAY}(?:st|nd|rd|th))\b(?=[ \t]*(?:[.,;:)!?]|$|(?:at|@)\b)|[ \t]+(?:in|with)[ \t]+(?:the[ \t]+)?"
    r"(?i:opd|clinic|ed|a&e|er|ward|theatre|pac|fracture\s+clinic|outpatients?|day\s+unit|gp|surgery|office)\b"
    # session 39 (US deid tester): "since we saw you on the 14th the metoprolol has helped"
    r"|[ \t]+(?:the|we|you|I|he|she|they|when|but|so)\b)",
    re.MULTILINE,
)
_YEAR_MONTH = compile_rx(r"(?<![\w/.-])((?:19|20)(\d\d)-(0[1-9]|1[0-2]))(?![\w/-]|\.\d)")
_TIME_DAY_MONTH = compile_rx(
    rf"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*h(?:rs)?)?[ \t]+({_DAY}/(?:1[0-2]|0?[1-9]))(?![\d/]|[ \t]*(?i:tabs?|tablets?|"
    r"bottles?|pain|score|strength|power)\b)")
_NOT_DAY_MONTH = frozenset(("1/2", "1/4", "3/4", "1/3", "2/3"))
_MD = r"(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
# session 40 (deid tester): a range before its unit is no day ("MMR (12-13 months)")
_RANGE_UNIT = (r"[ \t]*(?:(?i:months?|mos?|weeks?|wks?|years?|yrs?|y/?o|days?|hours?|hrs?|h|mins?|minutes?|cm|mm|kg|mg|"
               r"mls?|times|x)\b|%)")
_MONTH_DAY_DASH = compile_rx(
    r"(?:\b(?i:from|on|since|dated|clinic|seen|visit|dob|d\.o\.b\.?|born|birth\s*date|date\s+of\s+birth|last|next|until)"
    rf"[ \t]*[:#]?[ \t]*|\([ \t]*|,[ \t]+)({_MD})(?![\w/-]|\.\d|{_RANGE_UNIT})"
    rf"|(?<![\w/.-])({_MD})(?=[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d\b)")
_TEST_DAY = compile_rx(
    r"\b(?i:duplex|doppler|echo|tte|tee|ct|cta|mri|mra|cxr|x-?ray|us|uss|ultrasound|ecg|ekg|eeg|emg|bcx|ucx|cx|cultures?"
    r"|biopsy|bx|scan|angiogram|cath|egd|ogd|colonoscopy|mammogram|pet|dexa|pft|pfts|labs|bmp|cbc|lfts?)"
    rf"[ \t]+({_DAY}/(?:1[0-2]|0?[1-9]))(?=[ \t]*[:(]|[ \t]+\d{{1,2}}/\d{{1,2}}[ \t]+(?i:bottles?|sets?))")
_SIGNATURE_DAY = compile_rx(
    r"\b(?:MD|DO|RN|NP|PA-C|PharmD|LCSW|LMFT|LPC|PhD|PsyD|CNM|FACS|DPT|OTR/L|CCC-SLP|RD|RDN|MSW|BSN|APRN|FNP)"
    rf"[ \t]{{2,}}({_DAY}/(?:1[0-2]|0?[1-9])|(?:1[0-2]|0?[1-9])/{_DAY})[ \t]*$", re.MULTILINE)


_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
          r"|aug|sept?|oct|nov|dec)")
_FULL_MONTHS = frozenset(("january", "february", "april", "june", "july", "august", "september", "october", "november", "december"))
_YEAR = r"(?:,?[ \t]+(?:19|20)\d{2}\b)"
_DAY_MONTH = compile_rx(rf"\b(?i:(?:the[ \t]+)?{_DAY}(?:st|nd|rd|th)?[ \t](?:of[ \t]+)?({_MONTH})\b\.?{_YEAR}?)")
_PLACE_NUMBER = compile_rx(r"(?i:\b(?:cubicle|cub|bed|room|rm|bay|ward|side[ \t]+room|chair|trolley|resus|majors)[ \t]*)\Z")
_MONTH_DAY = compile_rx(rf"\b(?i:({_MONTH})\.?[ \t]+{_DAY}(?:st|nd|rd|th)?\b{_YEAR}?)(?![:.]\d|[ \t]*(?i:mg|ml|miles?|km|tabs?|times|x\b|units?|%|am\b|pm\b|h\b|hrs?\b|o'clock))")
_MAY_LEAD = compile_rx(r"(?i:\b(?:on|by|from|until|till|since|of|before|after)[ \t]+(?:the[ \t]+)?)\Z")


def _month_dates(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for rx in (_DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            month = m.group(1).lower()
            has_year = re.search(r"(?:19|20)\d{2}$", m.group(0)) is not None
            if rx is _DAY_MONTH and _PLACE_NUMBER.search(text, max(0, m.start() - 14), m.start()):
                continue  # "Cubicle 7  February 14 2024": the cubicle's number
            lead = _MAY_LEAD.search(text, max(0, m.start() - 12), m.start()) is not None
            if month in ("march", "mar") and not has_year:
                continue
            if month not in _FULL_MONTHS and not has_year and not lead:
                continue  # "bed 2 feb spikes" (febrile), "may": an abbreviation or "may" needs a year or "on", "by", "from"
            out.append(m.span())
    return out


def day_part_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the date forms in the module doc."""
    out: list[tuple[int, int]] = _month_dates(text)
    if "st" in text or "nd" in text or "rd" in text or "th" in text:
        out.extend(m.span(1) for m in _ORDINAL_DAY.finditer(text))
    if "-" in text:
        for m in _YEAR_MONTH.finditer(text):
            if int(m.group(3)) != (int(m.group(2)) + 1) % 100:  # "2009-10" is a year range
                out.append(m.span(1))
    if "-" in text:
        out.extend(m.span(1) if m.group(1) else m.span(2) for m in _MONTH_DAY_DASH.finditer(text))
    if "/" in text:
        out.extend(m.span(1) for m in _TEST_DAY.finditer(text))
        out.extend(m.span(1) for m in _SIGNATURE_DAY.finditer(text))
    if ":" in text and "/" in text:
        out.extend(m.span(1) for m in _TIME_DAY_MONTH.finditer(text)
                   if m.group(1) not in _NOT_DAY_MONTH and not m.group(1).endswith("/10"))
    return out
