"""Forms of travel-medicine, repatriation and immigration records (session 22, from the held-out v72
measurement).

(Ids after "A-Number" or a council's name, "HPCSA PA 3231197", are labelled ids: ``values``.)

- Names (NAME): the surname in a passport's machine-readable line ("P<USAVANDERMEER<<WHITNEY<<<":
  the given names after "<<" are found by the name recognisers, the surname is glued to the
  issuing country's code).
- Addresses (ADDRESS): a numbered house opening an address ("Residence: House 459, Cape Dorset").
- ZIP: a South African postal code after a town, before the next field ("..., Mthatha, 5099 Cell:");
  an Indian PIN code after its state ("Nagpur, Maharashtra 440015"; session 22, v74).
- Dates (DATE): a day and month written together, the year after it or none ("flight 25JUN",
  "Booked 31MAY", "12JUN 2024").
- Session 57: in a note about a flight, the flight's number, a seat and a manifest's "SURNAME/GIVEN" (ID, NAME).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, _key
from processors.deid.unknown import _CLINICAL, _listed, is_known_word

__all__ = ["travel_spans"]

_MRZ_SURNAME = compile_rx(r"\bP<[A-Z]{3}([A-Z]{2,}(?:<[A-Z]{2,})?)<<[A-Z]")
_HOUSE = compile_rx(r"(?:(?<=:[ \t])|(?<=^))[ \t]*(House[ \t]+\d{1,5}[A-Z]?)(?=,)", re.MULTILINE)
_SA_POSTCODE = compile_rx(r"(?<=[a-z]),[ \t](\d{4})(?=[ \t]+(?:Cell|Tel|Phone|Mobile|Email|Ph)\b)")
_IN_PIN = compile_rx(
    r"\b(?:Maharashtra|Madhya[ \t]Pradesh|Uttar[ \t]Pradesh|Andhra[ \t]Pradesh|Tamil[ \t]Nadu|Karnataka|Kerala|Gujarat"
    r"|Rajasthan|West[ \t]Bengal|Delhi|Telangana|Punjab|Haryana|Bihar|Odisha|Assam|Goa|Jharkhand|Chhattisgarh"
    r"|Uttarakhand|Himachal[ \t]Pradesh)[ \t]*[,-]?[ \t]*([1-9]\d{5}|[1-9]\d{2}[ \t]\d{3})\b"
)
_DAY_MON = compile_rx(r"\b((?:0[1-9]|[12]\d|3[01])(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:[ \t]?(?:19|20)\d{2})?)\b(?![ \t]*\d)")


# session 57 (deid tester A: contact tracing after a flight, 1 of 48 flight numbers and 0 of 70 seats removed): in a note
# about a flight, its number ("Flight VA 98", "on AC995", "flt SQ 231"), a seat ("seat 2A", a manifest line "- 53J Justin
# Day") and a manifest's "SURNAME/GIVEN" are a traveller's identifiers
_FLIGHT_NOTE = compile_rx(r"(?i:\b(?:flights?|flt|airlines?|passengers?|seats?|aircraft|plane|manifest|boarding|cabin\s+crew)\b)")
_FLIGHT_NO = compile_rx(r"\b(?:(?:[Ff]light|FLIGHT|[Ff]lt|FLT)[ \t]*(?:[Nn]o\.?|#)?[ \t]*:?[ \t]*((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{1,4}[A-Z]?)"
                        r"|(?:on|ON)[ \t]+(?!(?:IV|IM|SC|PO|PR|NG|PEG|O2|HD|PD|CT|MR|ED|GP|BD|OD|TDS|QDS)\b)((?:[A-Z]{2}|[A-Z]\d|\d[A-Z])[ \t]?\d{2,4}))\b"
                        r"(?![ \t]*(?:mg|mcg|ml|units?|mmol|%|/|[Ll]\b))")
_SEAT = compile_rx(r"\b(?i:seats?)[ \t]*(?:[Nn]o\.?|#)?[ \t]*:?[ \t]*(\d{1,2}[A-K])\b")
_MANIFEST_SEAT = compile_rx(r"^[ \t]*(?:[-*\u2022][ \t]*)?(\d{1,2}[A-K])(?=[ \t]+[A-Z])|\b(\d{1,2}[A-K])(?=[ \t]+[A-Z][A-Z'-]{2,}/[A-Z])",
                            re.MULTILINE)
_MANIFEST_NAME = compile_rx(r"(?<![\w/])([A-Z][A-Z'-]{2,}/[A-Z][A-Z'-]{1,}(?:[ \t](?:MR|MRS|MS|MISS|MSTR|DR))?)(?![\w/])")


_MANIFEST_NOTE = compile_rx(r"(?i:\b(?:manifest|passengers?|pnr|booking|boarding)\b)")


def _manifest_name(name: str) -> bool:
    """Each part of a "SURNAME/GIVEN" is a listed or unknown word, none a clinical abbreviation ("HIV/AIDS")."""
    parts = [p for p in re.split(r"[/ \t]", name) if p and p not in ("MR", "MRS", "MS", "MISS", "MSTR", "DR")]
    return all(_key(p) not in CLINICAL_ABBREV and _key(p) not in _CLINICAL and (_listed(p) or not is_known_word(p)) for p in parts)


def _flight_spans(text: str) -> list[tuple[int, int, str]]:
    out = [(*m.span(1 if m.group(1) else 2), "[ID]") if rx is not _SEAT else (*m.span(1), "[ID]")
           for rx in (_FLIGHT_NO, _SEAT, _MANIFEST_SEAT) for m in rx.finditer(text)]
    if _MANIFEST_NOTE.search(text):
        out.extend((*m.span(1), "[NAME]") for m in _MANIFEST_NAME.finditer(text) if _manifest_name(m.group(1)))
    return out


def travel_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = _flight_spans(text) if _FLIGHT_NOTE.search(text) else []
    if "P<" in text:
        out.extend((*m.span(1), "[NAME]") for m in _MRZ_SURNAME.finditer(text))
    if "House" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _HOUSE.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for m in _SA_POSTCODE.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for m in _IN_PIN.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _DAY_MON.finditer(text))
    return out
