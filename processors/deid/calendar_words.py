"""A month, weekday or holiday named without a full date (session 33 black-box tester, i2b2-style
notes): "Repeat stress echo in October", "return there friday", "orif tues.", "on christmas eve".

HIPAA Safe Harbor removes every element of a date but the year, and the i2b2 de-identification
corpora mark a month or a weekday alone as a DATE. So:

- a month after a time word ("in", "on", "since", "until", "by", "from", "during", "early",
  "late", "mid", "end of", "next", "last", "this", ...): written in full in any case but "may"
  and "march" (verbs in lower case), abbreviated only capitalised ("in Oct", "since Sept");
- a weekday written in full in any case, or "tues" / "weds" / "thurs" (not a range of opening
  hours, "Mon-Fri", nor a dosing schedule, "Monday 2.5 mg", "5 mg on Friday"); a short one ("mon",
  "wed", "fri", "sat", "sun") only after "on", "by", "until", "since", "next", "last", "this",
  "from", "till" ("sat in chair" stays);
- a holiday in lower case too ("christmas eve", "thanksgiving", "new year's day");
- a day and a short month before a clock time, in any case ("15 jul 1300": session 45);
- a day and a French or Spanish month (session 44 deid tester, Quebec notes: "Labs du 13 f\u00e9vrier",
  "le 15 mars", "1er mai 2024", "3 de marzo").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["calendar_spans"]

_LEAD = (r"\b(?i:in|on|since|until|till|by|from|during|early|late|mid|end[ \t]+of|beginning[ \t]+of|start[ \t]+of"
         r"|next|last|this|through|before|after|around|over)[ \t]+(?:(?i:early|late|mid)[ \t-]+)?")
_MONTH = compile_rx(
    _LEAD + r"((?i:january|february|april|june|july|august|september|october|november|december)"
    r"|May|March|MAY|MARCH|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)  # not patterns' upper-case month forms: "documented on MAR" is the administration record
_DAY_NAMES = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b"
_WEEKDAY = compile_rx(
    r"(?<![\w-])((?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs))\b(?!s\b)"
)  # not "on Wednesdays" (a habit)
# a weekday range is opening hours, not a patient's date ("Open Mon-Fri", "clinic Tues-Thurs")
_RANGE_AFTER = compile_rx(rf"[ \t]*(?:-|\u2013|to\b|&)[ \t]*{_DAY_NAMES}")
# a dosing schedule is no date ("Monday 2.5 mg, Tuesday 5 mg", "5 mg on Friday": warfarin)
_UNITS = r"(?i:mg|mcg|micrograms?|g|units?|iu|ml|tabs?|tablets?|caps?|puffs?)\b"
_DOSE_AFTER = compile_rx(rf"[ \t]*[:=-]?[ \t]*\d+(?:\.\d+)?[ \t]*{_UNITS}")
_DOSE_BEFORE = compile_rx(rf"\d(?:\.\d+)?[ \t]*{_UNITS}[ \t]*(?:(?i:on|every|each)[ \t]+)?\Z")
_RANGE_BEFORE = compile_rx(rf"\b{_DAY_NAMES}[ \t]*(?:-|\u2013|to|&)[ \t]*\Z")
_SHORT_DAY = compile_rx(r"\b(?i:on|by|until|till|since|next|last|this|from)[ \t]+((?i:mon|wed|fri|sat|sun))\b(?![ \t]*(?:-|'))")
# session 42 (deid tester): a weekday and an ordinal day in any case ("See you wed 9th", "THURS 3RD")
_DAY_ORDINAL = compile_rx(rf"(?<![\w-])((?:{_DAY_NAMES[:-2]})[ \t]+(?i:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?i:st|nd|rd|th))\b")
_ROMANCE_DATE = compile_rx(
    r"(?<![\w-])((?:1er|[12]\d|3[01]|0?[1-9])[ \t]+(?:de[ \t]+)?"
    r"(?i:janvier|f[\u00e9e]vrier|mars|avril|mai|juin|juillet|ao[\u00fbu]t|septembre|octobre|novembre|d[\u00e9e]cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
    r"(?:[ \t]+(?:de[ \t]+)?(?:19|20|21)\d{2})?)(?![\w-])"
)
# session 45 (deid tester): a day and a short month in lower case before a clock time, as voicemail and message
# headers write them ("voicemail transcript (auto) 15 jul 1300", "12 aug 20:00")
_DAY_MONTH_TIME = compile_rx(
    r"(?<![\w/.-])((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \t]+(?i:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))"
    r"(?=[ \t]+(?:at[ \t]+)?(?:[01]?\d|2[0-3])[:.]?[0-5]\d(?:[ \t]*(?:h|hrs?|am|pm))?\b)"
)
# session 52 (deid tester L: lists typed fast in lower case): a day joined to its month by a hyphen or a slash, or a day
# before a month and a blank ("returning 19-jan", "appt 16-june 1415", "seen 17-july"), and a short month before its day
# closing a heading, a clause or a table's cell ("am handover dec 19", "op on march 5", "mar 14<TAB>mar 18": session 58; not
# "dec 2 units", "may 20 mg")
_MONTHS_LOW = (r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
               r"|september|october|november|december)")
_DAY_MONTH_LOW = compile_rx(
    rf"(?<![\w/.-])((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:[-/]{_MONTHS_LOW}|[-/]may|[ \t]+{_MONTHS_LOW}(?=[ \t]*(?:[,;.)]|$)))"
    r"(?![\w/-]))",
    re.MULTILINE,
)
_MONTH_DAY_LOW = compile_rx(
    rf"(?<![\w/.-])({_MONTHS_LOW}[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?=[ \t]*(?:[,;)]|\.(?:[ \t]|$)|$|[ \t]+-[ \t])|[ ]*\t)",
    re.MULTILINE,
)
# session 53 (deid tester Q: narratives in lower case): an ordinal day with its month, either way round, anywhere in a
# sentence ("repeated march 3rd at the surgery", "next visit 19th of march", "seen on the 13th may by"): the ordinal rules
# out "may" the verb and "march" the walk
_ORDINAL_MONTH_LOW = compile_rx(
    rf"(?<![\w/.-])((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?:[ \t]+of)?[ \t]+(?:{_MONTHS_LOW}|may)"
    rf"|(?:{_MONTHS_LOW}|may)[ \t]+(?:the[ \t]+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?![\w/-])"
)
_HOLIDAY = compile_rx(
    r"\b((?i:christmas|xmas|thanksgiving|easter|halloween|boxing[ \t]+day|new[ \t]+year'?s?)"
    r"(?:[ \t]+(?i:eve|day))?)\b"
    r"(?![ \t]+(?i:disease|factor|tree)\b)"  # session 37: "Christmas disease" is haemophilia B
)


def calendar_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[DATE]") for m in _MONTH.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _WEEKDAY.finditer(text)
               if not _RANGE_AFTER.match(text, m.end()) and not _RANGE_BEFORE.search(text, max(0, m.start() - 14), m.start())
               and not _DOSE_AFTER.match(text, m.end()) and not _DOSE_BEFORE.search(text, max(0, m.start() - 20), m.start()))
    out.extend((*m.span(1), "[DATE]") for m in _SHORT_DAY.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _HOLIDAY.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _DAY_ORDINAL.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _ROMANCE_DATE.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _DAY_MONTH_TIME.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _DAY_MONTH_LOW.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _MONTH_DAY_LOW.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _ORDINAL_MONTH_LOW.finditer(text))
    return out
