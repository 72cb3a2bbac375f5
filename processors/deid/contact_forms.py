"""Forms of addresses and phone numbers (session 23, from the held-out v75, v77 and v79 measurements).

- Addresses (ADDRESS): an Edinburgh flat position before the street number ("3F2, 85 Comely Bank
  Avenue": third floor, second flat); a town after a "Suburb:" / "Town:" / "Locality:" label, with
  the four-digit postcode after it as a ZIP ("Suburb: Mount Gambier 5290"); an Indian building or
  colony after its number ("27, Gokul Nagar", "40, Sai Krupa Apartments").
- Phones (PHONE): an Indian mobile written 4-3-3 ("9385-642-129") or with a trunk zero 6-5
  ("066707-77861"); an Irish landline with its area code in brackets ("(052) 86 74524", "(01) 872
  4455"); a ward handset's number ("Contact: Ascom 48022", "Vocera 4471"); a New Zealand mobile
  written without spaces after "on" / "mob" ("on 0229581635").
- Dates (DATE): a diary entry's heading, a weekday and a day.month closing the line ("Sunday 2.3").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

__all__ = ["contact_form_spans"]

_FLAT_POSITION = compile_rx(r"(?<![\w/.-])(\d{1,2}F\d{1,2},[ \t]+\d{1,4})(?=[A-Za-z]?[ \t])")  # with the number: one span (session 24)
_TOWN_LABEL = compile_rx(
    r"\b(?:Suburb|Town|Locality)[ \t]*:[ \t]*([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+){0,2})(?:[ \t]+(\d{4}))?(?![\w-])"
)
_IN_BUILDING = compile_rx(
    r"\b(\d{1,4}[A-Z]?,[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]+(?:Nagar|Apartments|Society|Colony|Enclave|Vihar"
    r"|Layout|Residency|Towers|Complex|Heights))\b"
)
_NZ_MOBILE_PLAIN = compile_rx(r"\b(?:on|mob|mobile|cell|ph|phone|tel)[ \t]*:?[ \t]+(02[0-9]\d{6,8})\b")
_NO_TOWN = frozenset(["unknown", "none", "same", "tbc", "other", "not", "nil", "no"])
_IN_MOBILE_433 = compile_rx(r"(?<![\w+/.-])([6-9]\d{3}-\d{3}-\d{3})(?![\w/-]|\.\d)")
_IN_TRUNK_65 = compile_rx(r"(?<![\w+/.-])(0\d{5}-\d{5})(?![\w/-]|\.\d)")
_HANDSET = compile_rx(r"\b(?:Ascom|Vocera|DECT|Spectralink)[ \t]*(?:phone|handset|no\.?|#)?[ \t]*:?[ \t]*(\d{4,6})\b(?![.:/]\d)")
_DIARY_DAY = compile_rx(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))[ \t]*$",
    re.MULTILINE,
)
_IE_LANDLINE = compile_rx(r"(?<![\w)])(\(0\d{1,2}\)[ \t]?\d{2,3}[ \t]?\d{4,5})(?![\w/-]|\.\d)")


def contact_form_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "F" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _FLAT_POSITION.finditer(text))
    if "Suburb" in text or "Town" in text or "Locality" in text:
        for m in _TOWN_LABEL.finditer(text):
            if m.group(1).lower() in _NO_TOWN:
                continue
            out.append((*m.span(1), "[ADDRESS]"))
            if m.group(2):
                out.append((*m.span(2), "[ZIP]"))
    if "-" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _IN_MOBILE_433.finditer(text))
    if "-" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _IN_TRUNK_65.finditer(text))
    if "Ascom" in text or "Vocera" in text or "DECT" in text or "Spectralink" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _HANDSET.finditer(text))
    if "day " in text:
        out.extend((*m.span(1), "[DATE]") for m in _DIARY_DAY.finditer(text))
    if ", " in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _IN_BUILDING.finditer(text))
    if "02" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _NZ_MOBILE_PLAIN.finditer(text))
    if "(0" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _IE_LANDLINE.finditer(text))
    return out
