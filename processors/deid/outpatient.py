"""Forms of outpatient and ambulatory records and their correspondence (session 19, from the
held-out v56 measurement: clinic letters, clinic lists, infusion-unit charts, booking logs, advice
and guidance replies, insurers' pre-approvals).

Names (NAME), each form saying it is a person:
- initials closing a space-aligned observation row that opens with a time ("10:00  135/69    85
  36.5     96%    FT");
- a letter's author / typist reference ("CM/snd", "Our ref: SVDM/xyt", "RÓD/ia");
- initials opening a dated log entry ("11/08/2025 JT: DNA."), in brackets after a date or phone
  number ("letters to patient and GP 16/10/24 (KS).", "by text to 027 850 4343 (WK)."), after "by"
  closing a line in lower case ("A&G closed by aj.") or in four capitals ("Checked by MVDM");
- a system user name after "by" before "from" or a bracket ("by chaworth2 from WS-URO-04",
  "Submitted by: lizelle.swanepoel (insurance coordinator)");
- a given name before a bracketed role and extension ("Lina (scheduler, ext 4945)").
Ages (AGE): an age in the column after a date of birth, space-aligned or a table cell ("17/09/1933  91
5951292387", "| 22.12.1927 | 96 |").
Phones (PHONE): Australian 1300 / 1800 numbers, an eight-digit number after "call" ("call 2545 6442").
Initials are never a clinical abbreviation, signature word or chart value.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, lower_initials_ok
from processors.deid.names import CLINICAL_ABBREV, _key
from processors.deid.unknown import _CLINICAL
from processors.deid.wardforms import CHART_VALUES

__all__ = ["outpatient_name_spans", "outpatient_spans"]

_OBS_ROW_END = compile_rx(
    r"^[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d[ \t]{2,}[^\n]*?\d[^\n]*?[ \t]{2,}([A-Z]{2,4})[ \t]*$", re.MULTILINE
)
_REF = r"([A-Z\u00c1\u00c9\u00cd\u00d3\u00da]{2,4})/([a-z]{2,3})"
_LETTER_REF = compile_rx(  # closing its line, or after "ref:" ("PMNL/hpf", "HIV/hep" are no reference)
    rf"(?<![\w/]){_REF}(?=[ \t]*$)|\b[Rr]ef(?:erence)?[ \t]*:?[ \t]*{_REF}(?![\w/])",
    re.MULTILINE,
)
_DATED_ENTRY = compile_rx(r"^[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]+([A-Z]{2,4})[ \t]*:", re.MULTILINE)
_BRACKET_AFTER_DIGITS = compile_rx(  # after a date or a phone number, not a value ("0.8 cm2 (VTI)")
    r"(?:\b\d{1,2}/\d{1,2}/\d{2,4}|(?<![./-])\b\d{3,4}[ \t]\d{3,4}(?:[ \t]\d{3,4})?)[ \t]*\(([A-Z]{2,3})\)(?=[ \t]*(?:[.,;]|$))",
    re.MULTILINE,
)
_BY_LOWER_END = compile_rx(r"\bby[ \t]+([a-z]{2})\.[ \t]*$", re.MULTILINE)
_BY_FOUR = compile_rx(r"\b(?:[Bb]y|BY)[ \t]+([A-Z]{4})\b(?=[ \t]*\(|\.[ \t]*$)", re.MULTILINE)
_BY_USER = compile_rx(r"\bby:?[ \t]+([a-z]{3,}\d{1,2})(?=[ \t]+(?:from\b|\())")  # dotted log-ins: critical._LOGIN_AFTER
_GIVEN_ROLE_EXT = compile_rx(r"\b([A-Z][a-z]{2,14})[ \t]*\([a-z][a-z ]{2,24},[ \t]*(?:ext\.?|x|bleep)[ \t]*\d{3,5}\)")
_DOB_COLUMN_AGE = compile_rx(  # the next column after a date of birth, space-aligned or a table cell
    # a birth year that makes the next number an age over 89 (session 24, v88: "12/08/2024  105" is an Hb)
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:18\d\d|19[0-3]\d)(?:[ \t]*\|[ \t]*|[ \t]{2,})(9\d|1[01]\d)(?=[ \t]*\||[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_AU_1300 = compile_rx(r"(?<![\w+-])1[38]00[ \t]?\d{3}[ \t]?\d{3}(?![\w-])")
_CALL_EIGHT = compile_rx(r"\b(?:call|ring|phone|tel\.?)[ \t]+(?:us[ \t]+on[ \t]+)?(\d{4}[ \t]\d{4})\b(?![ \t]?\d)")


def _ini_ok(ini: str) -> bool:
    return initials_here(ini, CHART_VALUES)


def outpatient_spans(text: str) -> list[tuple[int, int, str]]:
    """AGE and PHONE spans of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[AGE]") for m in _DOB_COLUMN_AGE.finditer(text))
    out.extend((*m.span(), "[PHONE]") for m in _AU_1300.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _CALL_EIGHT.finditer(text))
    return out


def outpatient_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    out.extend(m.span(1) for m in _OBS_ROW_END.finditer(text) if _ini_ok(m.group(1)))
    if "/" in text:
        for m in _LETTER_REF.finditer(text):
            g = 1 if m.group(1) else 3
            if _ini_ok(m.group(g)) and lower_initials_ok(m.group(g + 1)):
                out.extend((m.span(g), m.span(g + 1)))
        out.extend(m.span(1) for m in _DATED_ENTRY.finditer(text) if _ini_ok(m.group(1)))
    if "(" in text:
        out.extend(m.span(1) for m in _BRACKET_AFTER_DIGITS.finditer(text) if _ini_ok(m.group(1)))
        out.extend(m.span(1) for m in _GIVEN_ROLE_EXT.finditer(text)
                   if _key(m.group(1)) not in _CLINICAL and _key(m.group(1)) not in CLINICAL_ABBREV)
    if "by" in text:
        out.extend(m.span(1) for m in _BY_LOWER_END.finditer(text) if lower_initials_ok(m.group(1)))
        out.extend(m.span(1) for m in _BY_FOUR.finditer(text) if _ini_ok(m.group(1)))
        out.extend(m.span(1) for m in _BY_USER.finditer(text))
    return out
