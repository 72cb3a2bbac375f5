"""Session 21 (held-out v63: dialysis, cardiac rehab, home-care rotas and community nursing logs):
text laid out in columns with blanks, and the initials around a nurse's log.

- a table whose heading starts with "Date": the day/month opening each row is a date
  ("Date     Mode   Rest BP" / "5/21      treadmill      123/72"), not a fraction;
- a rota row: a person's name, a column gap, a house number and street
  ("Bushra Ladha        122 Heys Lane     09:00"): both are PHI;
- author's and typist's lower-case initials in brackets ("Typed: 13/05/2024 (ac/cj)");
- a key safe's code written "KS 1516" in a care rota, and pacing leads' serial numbers
  ("Leads: RA 71929389 / RV 71987135");
- a dated log entry's author: "9/11 SM - bilateral leg ulcers";
- a lower-case name opening a numbered handover item before its hospital number ("2. icilda
  mcfarlane H006203 - tunnelled line");
- a writer's initials after the phone number closing a line ("(08) 8231 0095 AK"), after a
  slash and a service with its extension ("SM / device clinic x3510"), and a "XX/yy" pair
  closing a line ("handed over to Naveed @ 20:36 FN/nr").

Every initials form passes ``mdt.initials_here`` (no clinical abbreviation, no route).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, lower_initials_ok
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, COMMON_WORDS, is_known_word

__all__ = ["column_spans"]

_DATE_HEAD = compile_rx(r"^[ \t]*(?i:date(?:/time)?|day)[ \t]{2,}\S", re.MULTILINE)
_DM_ROW = compile_rx(r"[ \t]*((?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])(?:/(?:\d{2}|\d{4}))?)(?=[ \t]{2,}\S)")
_ROTA_ROW = compile_rx(
    r"^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?([A-Z][a-z'-]+(?:[ \t][A-Z]\.?)?(?:[ \t][A-Z][a-z'-]+){1,2})[ \t]{3,}"
    r"(\d{1,4}[A-Z]?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3})(?=[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_LOG_AUTHOR = compile_rx(r"^[ \t]*\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+([A-Z]{2,3})[ \t]+[-\u2013:][ \t]", re.MULTILINE)
_PHONE_THEN_INITIALS = compile_rx(
    r"(?:\(\d{2,5}\)|\b\d{2,5})[ \t-]\d{3,4}[ \t-]?\d{3,4}[ \t]+(?!(?:[A-Z]{1,2}ST|GMT|UTC|CET|NZDT)\b)([A-Z]{2,3})[ \t]*$",
    re.MULTILINE,
)  # not a time zone after a time ("1205 CST")
_SLASH_SERVICE = compile_rx(r"(?<![\w/])([A-Z]{2,3})[ \t]*/[ \t]*[a-z][a-z ]{2,30}[ \t]x\d{3,5}[ \t]*$", re.MULTILINE)
_SHORT_WORDS = frozenset(("or", "nor", "to", "of", "in", "on", "at", "by", "if", "is", "it", "as", "an", "up", "so", "no", "we",
                          "us", "my", "he", "me", "am", "pm", "yes", "and", "the", "not", "per", "via", "day", "wk"))
_TYPIST_PAIR = compile_rx(r"\(([a-z]{2,3})/([a-z]{2,3})\)")  # "Typed: 13/05/2024 (ac/cj)": author and typist
_NUMBERED_LOWER_NAME = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+([a-z][a-z'-]{1,20}[ \t]+[a-z][a-z'-]{1,20})[ \t]+(?=[A-Za-z]{0,3}\d{5,}\b)", re.MULTILINE
)
_PAIR_END = compile_rx(r"(?<=[ \t])([A-Z]{2,3})/([a-z]{2,3})[ \t]*$", re.MULTILINE)


# a key safe written "KS" before its code in a care rota ("KS 1516; hoist"); a ZIP after the state
# "KS" has five digits
_KS_CODE = compile_rx(r"\bKS[ \t]+(\d{4})\b(?![-\d])")
# pacing leads' serial numbers after their chamber ("Leads: RA 71929389 / RV 71987135")
_LEADS = compile_rx(r"\b[Ll]eads?[ \t]*:[^\n]*")
_LEAD_SERIAL = compile_rx(r"\b(?:RA|RV|LV|CS|SVC)[ \t]+([A-Z]{0,3}\d{6,10})\b")


# session 21 (v64): a table laid out with blanks, read by its heading's columns: the cell under
# a signer's heading ("Observed by", "Reviewer", "Init") is initials, under "Age" an age over 89
# is AGE, under "Name" / "Client" / "Contact" a name (capitalised words, no clinical word)
_HEAD_CELL = compile_rx(
    r"(?:^|(?<=[ \t]{2}))(?i:(?P<sig>observed[ \t]by|obs[ \t]by|reviewer|reviewed[ \t]by|given[ \t]by|signed[ \t]by"
    r"|checked[ \t]by|done[ \t]by|administered[ \t]by|witness(?:ed)?(?:[ \t]by)?|init(?:ial)?s?|sign(?:ed|ature)?|by"
    r"|staff|nurse|rn)|(?P<age>age)|(?P<name>name|patient|client|resident|contact|case))(?=[ \t]{2,}|[ \t]*$)",
    re.MULTILINE,
)
_CELL = compile_rx(r"\S+(?:[ \t]\S+)*")  # up to the next gap of two blanks
_ROW_INITIALS = compile_rx(r"[A-Z]{2,3}|[a-z]{2,3}")
_ROW_AGE = compile_rx(r"(?:9\d|1[01]\d)(?:[ \t]?(?:y|yo|yrs?))?")
_ROW_NAME = compile_rx(r"(?:[A-Z][A-Za-z'-]+,?[ \t]){0,3}[A-Z][A-Za-z'-]+")
_CELL_STOP = frozenset(("NO", "YES", "NA", "ND", "NR", "OK", "DNA", "DNR", "POS", "NEG", "ALL", "NIL", "IV", "PO", "IM",
                        "SC", "PR", "SL", "NG", "yes", "no", "nil", "ok", "am", "pm", "n/a"))


def _first(m: re.Match[str]) -> tuple[int, int]:
    return m.span(1) if m.group(1) is not None else m.span(2)


def _line_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line: text runs split at gaps of two blanks or more."""
    return [m.span() for m in _CELL.finditer(text, start, end)]


def _table_cells(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for head in _HEAD_CELL.finditer(text):
        kind = head.lastgroup
        line_start = text.rfind("\n", 0, head.start()) + 1
        col = head.start() - line_start
        if col and text[head.start() - 1] not in " \t":
            continue
        header_end = text.find("\n", head.end())
        if header_end < 0 or len(_line_cells(text, line_start, header_end)) < 2:
            continue  # a table heading has two cells or more
        pos = header_end
        while pos >= 0 and pos + 1 < len(text) and text[pos + 1] != "\n":
            row_start = pos + 1
            row_end = text.find("\n", row_start)
            row_end = len(text) if row_end < 0 else row_end
            cells = _line_cells(text, row_start, row_end)
            if len(cells) < 2:
                break
            for a, b in cells:
                if abs((a - row_start) - col) > 2:
                    continue
                cell = text[a:b]
                if kind == "sig" and _ROW_INITIALS.fullmatch(cell) and cell not in _CELL_STOP and (
                        cell.isupper() or lower_initials_ok(cell)):
                    out.append((a, b, "[NAME]"))
                elif kind == "age" and _ROW_AGE.fullmatch(cell):
                    out.append((a, a + len(cell) - len(cell.lstrip("0123456789")), "[AGE]"))  # the number only
                elif kind == "name" and _ROW_NAME.fullmatch(cell) and not any(
                        _key(w.strip(",")) in _CLINICAL or _key(w.strip(",")) in CLINICAL_ABBREV for w in cell.split()):
                    out.append((a, b, "[NAME]"))
                break
            pos = row_end if row_end < len(text) else -1
    return out


# session 21 (v64): app handles ('profile "bearcub_mcr"', a contact table's "3  just_kev   app"), a
# list of partners or contacts ('Partners last 12 mo: Terrell (main), "Kiki" (anonymous)'), lower-case
# initials over a service ("tt / SHA"), "G Antoniou, MD, AAHIVS", a register number
_HANDLE = compile_rx(
    r"(?i:\b(?:profile|handle|user[ \t]?name|screen[ \t]name))[ \t]*:?[ \t]*[\"\u201c']([A-Za-z0-9][A-Za-z0-9_.]{2,29})[\"\u201d']"
    r"|(?<=[ \t]{2})([a-z][a-z0-9]*_[a-z0-9_]{2,})(?=[ \t]{2,})"
)
_CONTACT_LINE = compile_rx(
    r"^[ \t]*(?i:(?:household[ \t]+|sexual[ \t]+|close[ \t]+)?(?:partners?|contacts?))\b[^:\n]{0,25}:([^\n]*)", re.MULTILINE
)
_CONTACT_ITEM = compile_rx(r"(?:^|[,;:])[ \t]*[\"\u201c]?([A-Z][a-z'-]{1,15})[\"\u201d]?(?=[ \t]*(?:\(|\d{1,2}[ \t]?y\b|[,;]|$))")
_INITIALS_OVER_SERVICE = compile_rx(r"^[ \t]*([a-z]{2,3})[ \t]*/[ \t]*[A-Z]{2,5}[ \t]*$", re.MULTILINE)
_INITIAL_SURNAME_CRED = compile_rx(
    r"^[ \t]*([A-Z]\.?[ \t][A-Z][a-z'-]{2,}(?:-[A-Z][a-z'-]+)?),[ \t]*(?:MD|DO|NP|PA-C|RN|FNP-BC|FNP-C|PharmD|DNP|APRN|PhD)\b",
    re.MULTILINE,
)
_REGISTER_NO = compile_rx(r"\b(?i:register|registration)[ \t]+(?i:no\.?|number|#)[ \t]*:?[ \t]*(\d{4}/\d{3,6})\b")


def _contact_names(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for line in _CONTACT_LINE.finditer(text):
        for m in _CONTACT_ITEM.finditer(text, line.start(1), line.end(1)):
            k = _key(m.group(1))
            if k not in COMMON_WORDS and k not in _CLINICAL and k not in CLINICAL_ABBREV:
                out.append((*m.span(1), "[NAME]"))
    return out


def column_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "/" in text:
        for head in _DATE_HEAD.finditer(text):
            pos = text.find("\n", head.end())
            while pos >= 0 and (row := _DM_ROW.match(text, pos + 1)):
                out.append((*row.span(1), "[DATE]"))
                pos = text.find("\n", row.end())
        out.extend((*m.span(1), "[NAME]") for m in _LOG_AUTHOR.finditer(text) if initials_here(m.group(1)))
        out.extend((*m.span(1), "[NAME]") for m in _SLASH_SERVICE.finditer(text) if initials_here(m.group(1)))
        for m in _TYPIST_PAIR.finditer(text):
            if all(lower_initials_ok(g) and g not in COMMON_WORDS and g not in _SHORT_WORDS for g in m.groups()):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
        for m in _PAIR_END.finditer(text):
            if initials_here(m.group(1)) and lower_initials_ok(m.group(2)):
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")))
    if "   " in text:
        for m in _ROTA_ROW.finditer(text):
            words = [_key(w.rstrip(".")) for w in m.group(1).split()]
            if not any(w in _CLINICAL or w in CLINICAL_ABBREV for w in words):  # not "Blood Results   12 Ward St"
                out.extend(((*m.span(1), "[NAME]"), (*m.span(2), "[ADDRESS]")))
    for m in _NUMBERED_LOWER_NAME.finditer(text):
        if all(_key(w) not in _CLINICAL and (_is_name_loose(w.capitalize()) or not is_known_word(w)) for w in m.group(1).split()):
            out.append((*m.span(1), "[NAME]"))  # a handover list typed in lower case: "2. icilda mcfarlane H006203"
    if "KS " in text:
        out.extend((*m.span(1), "[ID]") for m in _KS_CODE.finditer(text))
    if "ead" in text:
        for line in _LEADS.finditer(text):
            out.extend((*m.span(1), "[ID]") for m in _LEAD_SERIAL.finditer(text, line.start(), line.end()))
    if "  " in text:
        out.extend(_table_cells(text))
    out.extend((*_first(m), "[NAME]") for m in _HANDLE.finditer(text))
    out.extend(_contact_names(text))
    out.extend((*m.span(1), "[NAME]") for m in _INITIALS_OVER_SERVICE.finditer(text) if lower_initials_ok(m.group(1)))
    out.extend((*m.span(1), "[NAME]") for m in _INITIAL_SURNAME_CRED.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _REGISTER_NO.finditer(text))
    out.extend((*m.span(1), "[NAME]") for m in _PHONE_THEN_INITIALS.finditer(text) if initials_here(m.group(1)))
    return out
