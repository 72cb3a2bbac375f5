"""Forms of hospital administration and general-practice records (session 19, from the held-out v60
and v61 measurements: bed and flow reports, discharge-lounge logs, incident and security logs,
records-release and police requests, coding queries, practice admin logs, vaccination registers).

Names (NAME), each form saying it is a person:
- a capitals surname after a bed number before a dash ("Bed 11 CROWTHER - EDD 16/7");
- initials on a tool or form ("Initials on falls tool: ER/KM"), answering a query ("Reply (HP):"),
  after a French "par" ("saisi 2025/06/11 par GL"), opening a dated log entry without a year ("3/18
  JM: records faxed");
- lower-case initials after a completed task at a line end ("Handover given by em"), after a named
  officer and a dash ("HIM officer Carmela Marchetti - cm"); a lower-case log-in at a line end after
  "by" ("run 2024-09-22 by lpennington"); a lower-case replier marked "(typed)" ("amanda (typed):");
- a nickname in quotes after "Surname, Given" ('Whitaker, Randall F "Boots"').
Ids (ID): a police officer's collar or badge number after the officer ("PC Rajesh Hussain 1207",
"Ofc. Botha #802", "DC Bethany Wainwright (5730)"; the officer's name is NAME), a police log number ("log 9463 211124"), an Ontario health number with its
version code apart ("OHIP 1984020161 XY"), an Australian individual healthcare identifier ("8003
6070 7678 7979"), a clinic card number ("Card No: PHC/250/24"), an MSP practitioner number.
Ages (AGE): an age in brackets after a record number ("UR 8333699 (102)") or after an OHIP number
("OHIP 5631-131-481-TR  94  ALC").
Phones (PHONE): an Irish landline written 3 + 7 ("046 9339330").
Initials and words are never a clinical abbreviation or word (``mdt.initials_here``).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, lower_initials_ok
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, COMMON_WORDS, ENGLISH_WORDS

__all__ = ["admin_name_spans", "admin_spans"]

_BED_SURNAME = compile_rx(r"\bBed[ \t]+\d{1,3}[A-Z]?[ \t]+([A-Z][A-Z'-]{3,})\b(?=[ \t]+[-\u2013:][ \t])")
# session 24 (v82): a ward round list's "Bed 24  HARRIS N (K131537)": surname and initial before a record number
_BED_SURNAME_ID = compile_rx(r"\bBed[ \t]+\d{1,3}[A-Z]?[ \t]+([A-Z][A-Za-z'-]{2,}[ \t][A-Z])(?=[ \t]*\([A-Z]{0,2}\d{5,8}\))")
# session 24 (v84): a lower-case ward list row: bed, name, a column gap, the age, a record label
# ("bed 24  clodagh mclaughlin      79  h&c 3261568070"): the pair is a name, an age over 89 is AGE
# (own checks, not lower_names' bed forms: the clinical-token guard cuts a word before a number)
_BED_ROW = compile_rx(
    r"\b(?:bed|bay|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]+([a-z][a-z'-]{1,15},?[ \t]+[a-z][a-z'-]{1,20})[ \t]{2,}"
    r"(\d{1,3})[mf]?[ \t]+(?=(?:h&c|mrn|nhs|chi|ur|hosp|hcn|ihi|nhi)\b)"
)
# session 27 (v106): a handover row "bay 6 bed 2 - lorraine forster frh638968 84f - ...": the name, the
# hospital number (letters and digits) and the age with the sex
_BED_DASH_ROW = compile_rx(
    r"\b(?:bed|bay|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]*[-:\u2013][ \t]*([a-z][a-z'-]{1,15}[ \t]+[a-z][a-z'-]{1,20})[ \t]+"
    r"([a-z]{0,4}\d{5,9})[ \t]+(\d{1,3})[ \t]?[mf]\b"
)
# session 27 (v111): the same row with the age in brackets before the hospital number ("bed 24 mr wheatcroft
# (97) j928886 - mfd"); an age after a birth date ("(DOB 20/08/1933, 91)", "DOB: 1924-12-18 (100)"); an id
# whose issuer is bracketed before its colon ("Senior Citizen ID (OSCA): 874652")
_BED_AGE_ROW = compile_rx(
    r"\b(?:bed|bay|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]*[-:\u2013]?[ \t]*(?:(?:mr|mrs|ms|miss)[ \t]+)?"
    r"([a-z][a-z'-]{1,15}(?:[ \t]+[a-z][a-z'-]{1,20})?)[ \t]+\((\d{1,3})\)[ \t]+([a-z]{1,4}\d{5,9})\b"
)
# a lower-case patient row opening a line: "lloyd morrison (63) 98 spital hill hinckley" (v110)
_LINE_NAME_AGE = compile_rx(
    r"^[ \t]*(?:[-*\u2022][ \t]*)?([a-z][a-z'-]{1,15}[ \t]+[a-z][a-z'-]{1,20})[ \t]+\((\d{1,3})\)(?=[ \t]+\w|[ \t]*[-,:])",
    re.MULTILINE,
)
_DOB_AGE = compile_rx(
    r"\bDOB\b[ \t:]*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}[ \t][A-Z][a-z]{2,8}[ \t]\d{4})"
    r"(?:,[ \t]*|[ \t]*\()(9\d|1[01]\d)\b(?![./]\d)"
)
_ISSUER_ID = compile_rx(r"\bID[ \t]*\([A-Z]{2,8}\)[ \t]*:[ \t]*(\d{4,10})\b")
# session 27 (v110): an Australian Medicare provider number, an Irish medical (GMS) card, an Aadhaar
# number shown masked but for its last four digits, a Malaysian apartment unit ("B-15-3, Pangsapuri Permai")
_PROVIDER_NO = compile_rx(r"\bprovider(?:[ \t]+(?:no\.?|number))?[ \t]*:?[ \t]+(\d{6,7}[A-Z]{1,2})\b")
_GMS_CARD = compile_rx(r"\b(?:GMS|[Mm]edical)[ \t]+card[ \t]*(?:no\.?|number)?[ \t]*[:(]?[ \t]*(\d{6,8}[A-Z]{0,2})\b")
_MASKED_AADHAAR = compile_rx(r"\b[Xx*]{4}[ \t-][Xx*]{4}[ \t-]\d{4}\b")
_MY_UNIT = compile_rx(
    r"\b[A-Z]-\d{1,2}-\d{1,2}[A-Z]?,[ \t]*(?:Pangsapuri|Apartment|Apartmen|Kondominium|Flat|Blok|Residensi)"
    r"(?:[ \t]+[A-Z][a-z]+){1,3}"
)
# session 24 (v85): a sick-bay log's rank, then "SURNAME I" and a service number
# ("1040  ET(ME) RITCHIE I  30726464  3 cm lac"); an escort or a name closing a line in that form
_SERVICE_ROW = compile_rx(r"\b([A-Z][A-Z'-]{2,}[ \t][A-Z])[ \t]+\d{6,9}\b")
# session 24 (v86): a lower-case patient line's age over 89 with the sex ("pt: hannah holland 93f,")
_PT_AGE = compile_rx(
    r"(?:\bpt:?|^[ \t]*\d{1,2}[.)])[ \t]+[a-z][a-z'-]+[ \t]+[a-z][a-z'-]+,?[ \t]+(9\d|1[01]\d)[ \t]?[mf]\b", re.MULTILINE
)  # and a numbered list's "2) lorraine wojcik 95f 57153124"
# session 24 (v82): a middle-initial field beside a first-name field ("First name: Wilner    MI: R")
_MIDDLE_INITIAL = compile_rx(r"\b(?:MI|M\.I\.|Middle initial|Middle)[ \t]*:[ \t]*([A-Z])\.?(?=[ \t]*$|[ \t]{2,})", re.MULTILINE)
_TOOL_INITIALS = compile_rx(r"\b[Ii]nitials\b[^\n:]{0,30}:[ \t]*([A-Z]{2,3})/([A-Z]{2,3})\b")
_REPLY = compile_rx(r"\b(?:Reply|Response|Answer|Comment)[ \t]*\(([A-Z]{2,3})\)[ \t]*:")
_PAR = compile_rx(r"\bpar[ \t]+([A-Z]{2,3})\b(?![ \t]*[a-z])")
_MD_ENTRY = compile_rx(r"^[ \t]*\d{1,2}/\d{1,2}[ \t]+([A-Z]{2,3})[ \t]*:", re.MULTILINE)
_TASK_BY_LOWER = compile_rx(
    r"\b(?:given|done|completed|taken|checked|signed|processed|entered)[ \t]+by[ \t]+([a-z]{2,3})[ \t]*$", re.MULTILINE
)
_NAME_DASH_LOWER = compile_rx(r"\b[A-Z][a-z]+[ \t][A-Z][a-z'-]+[ \t]+-[ \t]+([a-z]{2,3})[ \t]*$", re.MULTILINE)
_LOGIN_END = compile_rx(r"\bby[ \t]+([a-z]{5,20}\d{0,2})[ \t]*$", re.MULTILINE)
_TYPED = compile_rx(r"\b([a-z]{3,12})[ \t]+\(typed\)[ \t]*:")
_NICK_AFTER_NAME = compile_rx(r",[ \t][A-Z][a-z]+(?:[ \t][A-Z]\.?)?[ \t]+[\"\u201c]([A-Z][a-z]{2,14})[\"\u201d]")

_OFFICER_NO = compile_rx(  # the name (group 1) and the collar or badge number (group 2)
    r"\b(?:PC|PS|DC|DS|DI|DCI|Det\.?|Const\.?|Sgt\.?|Insp\.?|Ofc\.?|Officer)[ \t]+"
    r"((?:[A-Z][a-z'-]+[ \t]){0,2}[A-Z][a-z'-]+)[ \t]+(?:#|\()?(\d{3,6})\b"
)
_POLICE_LOG = compile_rx(r"\blog[ \t]+(?:no\.?[ \t]*)?(\d{3,5}[ \t]\d{6})\b")
_OHIP_VERSION = compile_rx(r"\bOHIP[ \t]*(?:#|No\.?|number)?:?[ \t]+(\d{10}[ \t][A-Z]{2})\b")  # session 27 (v105): "OHIP: ..."
# session 27 (v105, v106): a Singapore NRIC shown masked ("S****954I"); a South African ID number in
# 6-4-3 groups ("670209 0219 085": date of birth, sequence, check digit; Luhn-checked)
_MASKED_NRIC = compile_rx(r"(?<![\w*])[STFGM][*xX\u2022]{3,5}(?:\d{3,4}[A-Z]|\d{4,5})(?![\w*])")  # "I" read as 1 (ocr.py)
_SA_ID_GROUPS = compile_rx(r"(?<![\d-])(?<!\d[ \t])\d{6}[ \t]\d{4}[ \t]\d{3}(?![ \t]?\d)")


def _luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


_IHI = compile_rx(r"(?<![\w-])8003[ \t]?60\d{2}[ \t]?\d{4}[ \t]?\d{4}(?![\w-])")
_CARD_NO = compile_rx(r"\bCard[ \t]+No\.?[ \t]*:?[ \t]*([A-Z]{2,5}/\d{2,5}/\d{2})\b")
_MSP = compile_rx(r"\bMSP[ \t]+practitioner[ \t]+(?:no\.?[ \t]*)?(\d{4,6})\b")
_RECORD_AGE = compile_rx(r"\b(?:UR|MRN|NHI|URN)[ \t#:]*[A-Z]{0,3}\d{5,10}[ \t]+\((9\d|1[01]\d)\)")
_OHIP_AGE = compile_rx(r"\bOHIP[ \t]+[\d-]{10,14}(?:-?[A-Z]{2})?[ \t]{1,3}(9\d|1[01]\d)\b(?![ \t]*[-/.]\d)")
_IRISH_LANDLINE = compile_rx(r"(?<![\w+(/-])0\d{1,2}[ \t]\d{7}(?![\w-])")


def _caps_word_ok(w: str) -> bool:
    k = _key(w)
    return k not in CLINICAL_ABBREV and k not in _CLINICAL


def _row_words_ok(words: str) -> bool:
    """The words of a name in a patient row: none clinical, none a common word that is no name."""
    return not any(
        _key(w) in _CLINICAL or _key(w) in CLINICAL_ABBREV or (_key(w) in COMMON_WORDS and not _is_name_loose(w))
        for w in words.split())


def _row_name(words: str) -> bool:
    """A lower-case first name and surname opening a patient row: the first name listed."""
    return _key(words.split()[0]) in FIRST_NAMES and _row_words_ok(words)


def admin_spans(text: str) -> list[tuple[int, int, str]]:
    """ID, AGE and PHONE spans of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(2), "[ID]") for m in _OFFICER_NO.finditer(text))
    if "log" in text:
        out.extend((*m.span(1), "[ID]") for m in _POLICE_LOG.finditer(text))
    if "OHIP" in text:
        out.extend((*m.span(1), "[ID]") for m in _OHIP_VERSION.finditer(text))
        out.extend((*m.span(1), "[AGE]") for m in _OHIP_AGE.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _IHI.finditer(text))
    if "*" in text or "\u2022" in text or "xxx" in text.lower():
        out.extend((*m.span(), "[ID]") for m in _MASKED_NRIC.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _SA_ID_GROUPS.finditer(text) if _luhn(re.sub(r"\D", "", m.group(0))))
    out.extend((*m.span(1), "[AGE]") for m in _PT_AGE.finditer(text))
    for m in _BED_ROW.finditer(text) if "bed" in text or "rm" in text or "room" in text else ():
        if 90 <= int(m.group(2)) <= 119:
            out.append((*m.span(2), "[AGE]"))
    for m in _BED_DASH_ROW.finditer(text) if "bed" in text or "bay" in text else ():
        out.append((*m.span(2), "[ID]"))
        if 90 <= int(m.group(3)) <= 119:
            out.append((*m.span(3), "[AGE]"))
    for m in _BED_AGE_ROW.finditer(text) if "(" in text else ():
        out.append((*m.span(3), "[ID]"))
        if 90 <= int(m.group(2)) <= 119:
            out.append((*m.span(2), "[AGE]"))
    if "DOB" in text:
        out.extend((*m.span(1), "[AGE]") for m in _DOB_AGE.finditer(text))
    for m in _LINE_NAME_AGE.finditer(text) if "(" in text else ():
        if 90 <= int(m.group(2)) <= 119 and _row_name(m.group(1)):
            out.append((*m.span(2), "[AGE]"))
    if "ID" in text:
        out.extend((*m.span(1), "[ID]") for m in _ISSUER_ID.finditer(text))
    if "provider" in text:
        out.extend((*m.span(1), "[ID]") for m in _PROVIDER_NO.finditer(text))
    if "card" in text:
        out.extend((*m.span(1), "[ID]") for m in _GMS_CARD.finditer(text))
    if "XXXX" in text or "xxxx" in text or "****" in text:
        out.extend((*m.span(), "[ID]") for m in _MASKED_AADHAAR.finditer(text))
    if "-" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _MY_UNIT.finditer(text))
    if "Card" in text:
        out.extend((*m.span(1), "[ID]") for m in _CARD_NO.finditer(text))
    if "MSP" in text:
        out.extend((*m.span(1), "[ID]") for m in _MSP.finditer(text))
    out.extend((*m.span(1), "[AGE]") for m in _RECORD_AGE.finditer(text))
    out.extend((*m.span(), "[PHONE]") for m in _IRISH_LANDLINE.finditer(text))
    return out


def admin_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    out.extend(m.span(1) for m in _BED_SURNAME.finditer(text) if _caps_word_ok(m.group(1)))
    out.extend(m.span(1) for m in _BED_SURNAME_ID.finditer(text) if _key(m.group(1).split()[0]) not in _CLINICAL)
    for m in _BED_ROW.finditer(text) if "bed" in text or "rm" in text or "room" in text else ():
        words = m.group(1).replace(",", " ").split()
        if not any(_key(w) in _CLINICAL or _key(w) in COMMON_WORDS for w in words):
            out.append(m.span(1))
    out.extend(m.span(1) for m in _LINE_NAME_AGE.finditer(text) if "(" in text and _row_name(m.group(1)))
    for rx in (_BED_AGE_ROW, _BED_DASH_ROW) if "bed" in text or "bay" in text or "rm" in text or "room" in text else ():
        out.extend(m.span(1) for m in rx.finditer(text) if _row_words_ok(m.group(1)))
    out.extend(m.span(1) for m in _SERVICE_ROW.finditer(text) if _caps_word_ok(m.group(1)[:-2]))
    if "irst name" in text or "IRST NAME" in text:
        out.extend(m.span(1) for m in _MIDDLE_INITIAL.finditer(text))
    out.extend(m.span(1) for m in _OFFICER_NO.finditer(text))  # the clinical guard would take "Hussain 1207" for a value
    for m in _TOOL_INITIALS.finditer(text):
        out.extend(m.span(g) for g in (1, 2) if initials_here(m.group(g)))
    out.extend(m.span(1) for m in _REPLY.finditer(text) if initials_here(m.group(1)))
    out.extend(m.span(1) for m in _PAR.finditer(text) if initials_here(m.group(1)))
    out.extend(m.span(1) for m in _MD_ENTRY.finditer(text) if initials_here(m.group(1)))
    out.extend(m.span(1) for m in _TASK_BY_LOWER.finditer(text) if lower_initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _NAME_DASH_LOWER.finditer(text) if lower_initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _LOGIN_END.finditer(text)
               if m.group(1) not in COMMON_WORDS and m.group(1) not in ENGLISH_WORDS and _caps_word_ok(m.group(1)))
    out.extend(m.span(1) for m in _TYPED.finditer(text) if _caps_word_ok(m.group(1)))
    out.extend(m.span(1) for m in _NICK_AFTER_NAME.finditer(text) if _caps_word_ok(m.group(1)))
    return out
