"""Forms of Australian, New Zealand and Canadian ward records (session 16, from the held-out v45
measurement).

Dates (DATE): the Canadian month, day and two- or four-digit year ("Jun 26/24", "Apr 11/2024").
Phones (PHONE): a pager after "pg" ("Ronald Fitzpatrick (RMO) pg 1704"), a Quebec extension after
"poste" ("438-982-0972 poste 4565").
Ids (ID): a vehicle registration after "rego" / "plate" ("rego 856XYZ": letters and digits both),
an Australian Centrelink customer reference number ("CRN 592 492 920B").
Names (NAME):
- staff initials before a junior-doctor grade in brackets ("NC (HO) pg 2174", "- pw (Int)");
- initials opening a line before a slash and a role ("KD / hospitalist");
- laboratory sign-offs ("(Gross: LD)", "Scientist: lo   Verified: RG 20250605");
- a lower-case given name before a mobile label and a phone number ("trevor mob +64 22 827 7651"),
  when the word is a listed given name or no known word ("call back cell ..." stays).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _key
from processors.deid.unknown import is_known_word

__all__ = ["regional_name_spans", "regional_spans"]

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_CA_DATE = compile_rx(
    rf"\b{_MONTH}\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])/(?:(?:19|20)\d{{2}}|\d{{2}})\b(?![/.:]\d)"
)  # "Jun 26/24": month, day / year
_PG = compile_rx(
    r"\b(?:pg|pgr|Pg|PG)\.?[ \t]*#?[ \t]*(\d{4,5})\b(?![./:]\d|[ \t]*(?:of|pages?|mL|ml)\b)"
)
_POSTE = compile_rx(r"\bposte[ \t]*#?[ \t]*(\d{2,5})\b")
_REGO = compile_rx(
    r"\b(?i:rego|(?:licen[cs]e|number|registration)[ \t]+plate)(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*"
    r"([A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4})\b"
)
_CRN = compile_rx(r"\bCRN[ \t]*[:#]?[ \t]*(\d{3}[ \t]?\d{3}[ \t]?\d{3}[A-Z])\b")

_GRADE = r"(?:HO|Int|Intern|RMO|JMO|SHO|Reg|CMO|SMO|MO|PGY-?\d|Res|Resident|Fellow)"
_INITIALS_GRADE = compile_rx(rf"(?<![\w/.-])([A-Z]{{2,3}})[ \t]*\({_GRADE}\)")
_LOWER_INITIALS_GRADE = compile_rx(rf"^[ \t]*[-\u2013][ \t]*([a-z]{{2,3}})[ \t]*\({_GRADE}\)", re.MULTILINE)
_INITIALS_SLASH_ROLE = compile_rx(
    r"^[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*(?i:hospitalist|attending|resident|intern|fellow|registrar|house officer"
    r"|charge nurse|nurse|RN|MD|NP|PA|RMO|HO)\b",
    re.MULTILINE,
)
_LAB_SIGN = compile_rx(
    r"\b(?:Gross(?:ed)?|Scientist|Verified|Validated|Authori[sz]ed|Cut-up|Prosector|Technician|Tech|Typist|Typed"
    r"|Dictated)(?:[ \t]+by)?[ \t]*:[ \t]*([A-Z]{2,3}|[a-z]{2})(?=[ \t]*(?:$|[),;]|[ \t]{2}|[ \t]+\d))",
    re.MULTILINE,
)
_NOT_SIGNATURE = frozenset(["OK", "NA", "NO", "YES", "NIL", "NAD", "TBC", "TBA", "N/A", "ok", "na", "no"])
_NOT_INITIALS = frozenset(["ED", "ICU", "HDU", "CCU", "GP", "OT", "PT", "SW", "ID", "GI", "ENT", "OR", "AM", "PM"])
_LOWER_MOB = compile_rx(
    r"\b([a-z][a-z'-]{2,14})[ \t]+(?:mob|mobile|cell|cellphone)\b[ \t]*[:.]?[ \t]*(?=\+?\(?\d[\d \t()-]{6,})"
)
_NOT_GIVEN = frozenset(["his", "her", "their", "own", "pts", "pt's", "patient's", "wife", "husband", "son", "daughter",
                        "home", "work", "new", "old", "same", "personal", "private", "the", "and", "or", "via",
                        "will", "may", "can", "nok", "carer", "mum", "dad", "sister", "brother", "partner"])  # fmt: skip


def _letters_and_digits(s: str) -> bool:
    return any(c.isdigit() for c in s) and any(c.isalpha() for c in s)


def regional_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the date, phone and id forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        out.extend((*m.span(), "[DATE]") for m in _CA_DATE.finditer(text))
    if "g" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PG.finditer(text))
    if "poste" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _POSTE.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _REGO.finditer(text) if _letters_and_digits(m.group(1)))
    if "CRN" in text:
        out.extend((*m.span(1), "[ID]") for m in _CRN.finditer(text))
    return out


def _initials_ok(ini: str) -> bool:
    return ini not in _NOT_INITIALS and ini not in _NOT_SIGNATURE and _key(ini) not in CLINICAL_ABBREV


def regional_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the staff and family forms in the module doc (each form says it is a person)."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        # a grade in brackets says the initials are a doctor's, even "NC" (also nasal cannula)
        out.extend(m.span(1) for m in _INITIALS_GRADE.finditer(text)
                   if m.group(1) not in _NOT_INITIALS and m.group(1) not in _NOT_SIGNATURE)
        out.extend(m.span(1) for m in _LOWER_INITIALS_GRADE.finditer(text) if m.group(1) not in _NOT_SIGNATURE)
    if "/" in text:
        out.extend(m.span(1) for m in _INITIALS_SLASH_ROLE.finditer(text) if _initials_ok(m.group(1)))
    if ":" in text:
        out.extend(m.span(1) for m in _LAB_SIGN.finditer(text) if m.group(1) not in _NOT_SIGNATURE
                   and (m.group(1).islower() or _initials_ok(m.group(1))))
    for m in _LOWER_MOB.finditer(text):
        w = m.group(1)
        if w not in _NOT_GIVEN and (w in FIRST_NAMES or not is_known_word(w)):
            out.append(m.span(1))
    return out
