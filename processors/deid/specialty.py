"""Forms of specialty-clinic records about high-risk medicines (session 18, from the held-out v51
measurement: dialysis, anticoagulation, heart failure, diabetes, respiratory, stroke, pharmacy).

Names (NAME): initials in square brackets closing a signature ("Kemi Fashola, CNS, RGN [KF]",
"Stroke nurse: Reshma [RC]"), the last column of a dosing log after the next date ("... 4 mg
daily    15/04/2024   AU"), a lower-case user after "by" and before "from" an address ("[HIS
entry by sarita from 10.22.235.43]"), a given name and an initial after a staff label
("Technician: Rajesh V").
Addresses (ADDRESS, ZIP): "Shop 11, 91 Banksia Cres", a hyphenated town before a UK postcode
("Stoke-on-Trent ST6 9JW"), a Malaysian "No. 78, Jalan Tasik 3/3", an Eircode whose unique part is
all letters ("Clondalkin D22 KPFR").
Ids (ID): a professional registration after its label ("AACP accreditation no. 1022").
Dates (DATE): a day after a recheck ("recheck INR 5/15"), never n/7, n/12 or n/52 (days, months, weeks).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.patterns import valid_day_month
from processors.deid.unknown import COMMON_WORDS
from processors.deid.wardforms import chart_initials

__all__ = ["specialty_name_spans", "specialty_spans"]

_BRACKET_INITIALS = compile_rx(r"(?<=[ \t])\[([A-Z\u0141\u00d3][A-Z]{1,2})\](?=[ \t]|$)", re.MULTILINE)
_LOG_INITIALS = compile_rx(r"\d{2}/\d{2}/\d{2,4}[ \t]{2,}([A-Z]{2,3})[ \t]*$", re.MULTILINE)
_USER_FROM = compile_rx(r"\bby[ \t]+([a-z]{3,20})[ \t]+from[ \t]+\d{1,3}\.\d{1,3}\.")
_STAFF_LABEL_NAME = compile_rx(
    r"\b(?:Technician|Physiologist|Dietitian|Dietician|Pharmacist|Sonographer|Radiographer|Phlebotomist|Educator)"
    r"[ \t]*:[ \t]*([A-Z][a-z]{2,}(?:[ \t][A-Z]\b\.?)?)"
)
_SHOP_ADDRESS = compile_rx(
    r"\b(?:Shop|Suite|Unit|Flat|Level|Lot)[ \t]+\d{1,4}[A-Z]?,[ \t]+\d{1,5}[A-Z]?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"
    r"[ \t]+(?:Cres|Ct|St|Rd|Ave|Dr|Pl|Tce|Way|Cl|Close|Lane|Ln|Street|Road|Avenue|Drive|Court|Crescent|Place"
    r"|Terrace|Hwy|Highway|Pde|Parade|Blvd)\b\.?"
)
_HYPHEN_TOWN = compile_rx(
    r"\b([A-Z][a-z]+(?:-(?:on|upon|under|le|en|in|by|the|super|sur|de|la)-[A-Z][a-z]+|-[A-Z][a-z]+){1,2})"
    r"(?=,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}\b)"
)
_MALAY_STREET = compile_rx(
    r"\bNo\.?[ \t]?\d{1,4}[A-Z]?,[ \t](?:Jalan|Jln\.?|Lorong|Persiaran|Lebuh|Lengkok)[ \t][A-Z][a-z]+"
    r"(?:[ \t](?:[A-Z][a-z]+|\d{1,3}(?:/\d{1,3})?[A-Z]?))*"
)
_LETTER_EIRCODE = compile_rx(r"(?<=[a-z,][ \t])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t][AC-FHKNPRTV-Y]{4}\b")
# a day after "recheck INR", "repeat K", "review" ("recheck INR 5/15"); never n/7, n/12, n/52: UK notation for
# days, months and weeks ("recheck INR 7/7" = in seven days)
_RECHECK_DATE = compile_rx(
    r"\b(?:[Rr]echeck|[Rr]epeat|[Rr]eview|[Dd]ue|[Nn]ext)[ \t]+(?:[A-Z][A-Za-z+]{0,6}[ \t]+)?(\d{1,2}/(\d{1,2}))\b(?![/.]\d)"
)
_REGISTRATION = compile_rx(
    r"\b(?:[Aa]ccreditation|[Rr]egistration|[Ll]icen[cs]e|[Mm]embership)[ \t]+(?:no\.?|No\.?|number|#)[ \t]*:?[ \t]*"
    r"([A-Z]{0,4}\d{3,10})\b"
)


def specialty_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the address and id forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "Shop" in text or "Suite" in text or "Unit" in text or "Flat" in text or "Level" in text or "Lot" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _SHOP_ADDRESS.finditer(text))
    if "-" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _HYPHEN_TOWN.finditer(text))
    if "No" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _MALAY_STREET.finditer(text))
    out.extend((*m.span(), "[ZIP]") for m in _LETTER_EIRCODE.finditer(text))
    if "/" in text:
        out.extend((*m.span(1), "[DATE]") for m in _RECHECK_DATE.finditer(text)
                   if m.group(2) not in ("7", "12", "52") and valid_day_month(m.group(1)))
    if "ccreditation" in text or "egistration" in text or "icen" in text or "embership" in text:
        out.extend((*m.span(1), "[ID]") for m in _REGISTRATION.finditer(text))
    return out


def specialty_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the initials, user and staff-label forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    if "[" in text:
        out.extend(m.span(1) for m in _BRACKET_INITIALS.finditer(text) if chart_initials(m.group(1)))
    if "/" in text:
        out.extend(m.span(1) for m in _LOG_INITIALS.finditer(text) if chart_initials(m.group(1)))
    if " from " in text:
        out.extend(m.span(1) for m in _USER_FROM.finditer(text) if m.group(1) not in COMMON_WORDS)
    if ":" in text:
        out.extend(m.span(1) for m in _STAFF_LABEL_NAME.finditer(text)
                   if m.group(1).split()[0].lower() not in COMMON_WORDS)
    return out
