"""Forms of surgical ward charts, dressing logs and consent forms (session 18, from the held-out v52
measurement).

Names (NAME): initials alone in the last cell of a table row ("| Y   | KO", "| 7/10 | TR"), a
signature key that expands initials ("RN key: TR Troy Rutherford; JL Jun Hao Lim", "Nurse key:
AR = Ayesha Rashid (Band 5)"), a consent form's "Signed: A Ogunleye" and "Name (PRINT): ABIMBOLA
OGUNLEYE", a check label before an initial and a surname ("Pharmacy check: R. Ionescu 3/3"), a
junior doctor's label before a given name and an initial ("RMO: Sofia V").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_ok
from processors.deid.unknown import COMMON_WORDS

__all__ = ["CHART_VALUES", "chart_initials", "ward_form_name_spans"]

_LAST_CELL = compile_rx(r"^[^\n|]*\|[^\n]*\|[ \t]*([A-Z]{2,3})[ \t]*\|?[ \t]*$", re.MULTILINE)
# values a chart column, a bracket or a line's end holds that are no one's initials (results, routes,
# tests, places, units, plan words); shared by the initials forms of critical.py and specialty.py
CHART_VALUES = frozenset({
    "ND", "NR", "NS", "NP", "NT", "NK", "NA", "OK", "NAD", "POS", "NEG", "YES", "NO", "NIL", "LOW", "MOD", "DNA",
    "IV", "PO", "SC", "IM", "PR", "SL", "NG", "NJ", "BD", "OD", "TDS", "QDS", "PRN", "STAT", "ON", "OM", "AM", "PM",
    "CT", "MRI", "XR", "USS", "ECG", "CXR", "ABG", "VBG", "FBC", "LFT", "UE", "CRP", "INR", "GCS", "EWS", "DNR",
    "NFR", "ICU", "HDU", "ED", "AE", "OT", "GP", "RN", "EN", "HCA", "MDT", "TTO", "UTC", "BST", "GMT", "IPC", "TED",
    "ROM", "FWB", "PWB", "NWB", "WBAT", "SOB", "MAP", "HR", "RR", "BP", "BM", "BG", "ACT", "LMA", "ETT", "GA", "LA",
    "EDD", "LOS", "DOA", "DOB", "NOK", "POA", "TBC", "TBA", "DC", "NBM", "FFP", "RBC", "PLT", "MRN", "NHS", "ID",
    "IP", "UK", "US", "PT",
})


def chart_initials(ini: str) -> bool:
    """Capital initials that are no chart value, clinical abbreviation or signature word."""
    return ini not in CHART_VALUES and initials_ok(ini)
_KEY_LINE = compile_rx(r"\b(?:RN|Nurse|Nurses|Staff|Signature|Sign|Initials)[ \t]+[Kk]ey[ \t]*:[ \t]*([^\n]+)")
_KEY_ENTRY = compile_rx(r"\b([A-Z]{2,3})[ \t]*(?:=|-)?[ \t]+([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,3})")
_SIGNED_INITIAL = compile_rx(r"\bSigned[ \t]*:[ \t]+([A-Z]\.?[ \t][A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_PRINT_NAME = compile_rx(
    r"\bName[ \t]*\((?:PRINT|[Pp]rint|[Bb]lock[ \t][Cc]apitals)\)[ \t]*:[ \t]*([A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+){1,3})\b"
)
_CHECK_INITIAL = compile_rx(
    r"\b(?:[Cc]heck(?:ed)?|[Vv]erified|[Ww]itnessed)(?:[ \t]+by)?[ \t]*:[ \t]*([A-Z]\.[ \t]?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_JUNIOR_LABEL = compile_rx(r"\b(?:RMO|SHO|HO|FY1|FY2|Intern|Resident|Registrar|Reg)[ \t]*:[ \t]*([A-Z][a-z]{2,}[ \t][A-Z])\b(?![\w.])")


def ward_form_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the chart, key and consent-form forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    if "|" in text:
        out.extend(m.span(1) for m in _LAST_CELL.finditer(text) if chart_initials(m.group(1)))
    if "ey:" in text or "ey :" in text:
        for line in _KEY_LINE.finditer(text):
            for m in _KEY_ENTRY.finditer(text, line.start(1), line.end(1)):
                out.extend((m.span(1), m.span(2)))
    if "Signed" in text:
        out.extend(m.span(1) for m in _SIGNED_INITIAL.finditer(text))
    if "Name" in text:
        out.extend(m.span(1) for m in _PRINT_NAME.finditer(text))
    if ":" in text:
        out.extend(m.span(1) for m in _CHECK_INITIAL.finditer(text))
        out.extend(m.span(1) for m in _JUNIOR_LABEL.finditer(text)
                   if m.group(1).split()[0].lower() not in COMMON_WORDS)
    return out
