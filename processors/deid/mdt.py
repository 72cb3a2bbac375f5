"""Forms of the notes the multidisciplinary team writes around a stay (session 17, from the
held-out v48 measurement: therapists, pharmacists, social workers, chaplains, flow and
safeguarding staff in the UK, Ireland, the US, Canada and Australia).

Ids (ID): a key-safe code ("Key safe fitted by son, code 1965", "code 4-3-4-3", "code S5957": the
code opens the patient's home), a police log number ("101 call - log 5008 of 13/09/2024"), an
Australian concession-card or Centrelink number by its shape ("674 093 107H").
SSN: a UK National Insurance number written in groups ("NI No: ZR 77 31 63 A").
Phones (PHONE): an extension closing a signature line ("UR/Case Mgmt x2124"), a Dublin number in
brackets ("PHN Aoife (01 582 3885)").
Dates (DATE): a day and month before a colon after a test ("ABG 4/12: pH 7.37"; "4/12" alone is
also four months).
Names (NAME), each form saying it is a person:
- a given name opening a line before a bracketed role and a bleep or extension ("Precious (Snr
  Physio), bleep 137", "Gemma (IPC ADON), ext 2329");
- a name or initials in brackets after a ward role ("the nurse in charge (Dawn)", "ward clerk
  (TH)"), initials after a nursing credential and before a dash ("Referral: RN JT - pt tearful");
- a team member after a huddle or minutes label ("NIC: Aisling   Flow: Orla", "Minutes: Aisling",
  "key worker Tash");
- a patient's initials in a numbered MDT list before a bed in brackets ("2. P.D. (bed 4) -",
  "3. BW (5B) -");
- a lower-case name after a greeting opening a message ("hi chase, got home sunday").
The caller guards the names (a clinical word is cut out).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, FIRST_NAMES, _is_name_loose, _key
from processors.deid.staff import NOT_SIGNATURE
from processors.deid.unknown import _CLINICAL, COMMON_WORDS, is_known_word

__all__ = ["QUALIFICATION", "initials_here", "initials_ok", "lower_initials_ok", "mdt_name_spans", "mdt_spans", "person_word"]

_KEY_SAFE = compile_rx(  # session 21 (v63): a lockbox or key box too ("key in lockbox on side gate, code 0633")
    r"(?i)\b(?:key[ -]?safe|lock[ -]?box|key[ -]?box)\b[^\n.]{0,60}?\bcode\b[ \t]*(?:is[ \t]+)?[:#=]?[ \t]*"
    r"([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){2,11})\b"
)
_POLICE_LOG = compile_rx(r"\blog[ \t]+(?:no\.?[ \t]*)?(\d{3,6})[ \t]+of[ \t]+\d{1,2}[/.-]\d{1,2}")
_NINE_AND_LETTER = compile_rx(r"(?=\d)(?<![\w/.-])\d{3}[ \t]\d{3}[ \t]\d{3}[A-Z](?![\w/-])")
_NINO_GROUPS = compile_rx(
    r"(?<![\w-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ \t]\d{2}[ \t]\d{2}[ \t]\d{2}[ \t][A-D](?![\w-])"
)
_LINE_END_EXT = compile_rx(r"(?<=[A-Za-z)][ \t])x(\d{4,5})(?=[ \t]*$)", re.MULTILINE)
_DUBLIN = compile_rx(r"\((01[ \t]\d{3}[ \t]\d{4})\)")
_TEST_DATE = compile_rx(
    r"\b(?:ABG|VBG|CXR|CT|MRI|ECG|EEG|[Ee]cho|[Bb]loods|[Ll]abs?|FBC|U&Es?|LFTs|[Ss]wab|MSU|CSU|INR"
    r"|[Ss]putum|[Ss]ample|[Ss]erology|PCR|NAAT|[Ss]tool|CSF|[Uu]rine)[ \t]+"  # session 21 (v64): "lab 5/6:"
    r"((?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9]|[12]\d|3[01]))(?=[ \t]*:)"
)

_FIRST = r"[A-Z][a-z]{1,14}"
_ROLE_LINE = compile_rx(
    rf"^[ \t]*({_FIRST})[ \t]+\([^()\n]{{2,30}}\)[ \t]*,?[ \t]*(?:bleep|ext\.?|pager|pg|x)[ \t]*\d", re.MULTILINE
)
_ROLE_BRACKET = compile_rx(
    r"\b(?:nurse in charge|NIC|ward clerk|charge nurse|staff nurse|HCA|ward sister|clerk|porter|interpreter"
    r"|bed manager|site manager|flow coordinator|flow co-ordinator)[ \t]*\(([A-Z][a-z]{2,14}|[A-Z]{2})\)"
)
_CRED_INITIALS = compile_rx(r"\b(?:RN|HCA|SN|EN|LPN|CNA|RPN|SW|OT|PT|SLT)[ \t]+([A-Z]{2})(?=[ \t]+[-\u2013:][ \t])")
_TEAM_LABEL = compile_rx(
    r"\b(?:NIC|Flow|Minutes|Scribe|Chair|Note[- ]?taker|Key ?worker|key ?worker|Co-?ordinator|Bed manager)"
    rf"(?:[ \t]*:[ \t]*|[ \t]+)({_FIRST})\b(?![ \t][A-Z][a-z])"
    r"(?![ \t]+(?:team|service|ward|unit|clinic|hospital|nurse|meeting)\b)"
)
_LIST_INITIALS = compile_rx(
    r"^[ \t]*\d{1,2}[.)][ \t]+((?:[A-Z]\.[ \t]?){2,3}|[A-Z]{2,3})[ \t]+"
    r"\((?:(?:(?:bed|bay|rm|room|cubicle|SR)[ \t]*)?\d{1,3}[A-Z]?\)|(?:deferred|discussed|for|awaiting|to)\b)",
    re.MULTILINE,
)
_GREETING = compile_rx(r"^[ \t]*(?:hi|hello|hey|dear)[ \t]+([a-z][a-z'-]{1,20})[ \t]*[,!]", re.MULTILINE)
_NOT_GREETED = frozenset({"there", "all", "team", "everyone", "everybody", "guys", "folks", "doc", "doctor",
                          "nurse", "nurses", "again", "both", "you", "sir", "madam", "mum", "mom", "dad", "love"})


def _has_digit(code: str) -> bool:
    return any(c.isdigit() for c in code)


def mdt_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the id, phone and date forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if any(w in text for w in ("safe", "Safe", "SAFE", "box", "Box", "BOX")):
        out.extend((*m.span(1), "[ID]") for m in _KEY_SAFE.finditer(text) if _has_digit(m.group(1)))
    if "log " in text:
        out.extend((*m.span(1), "[ID]") for m in _POLICE_LOG.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _NINE_AND_LETTER.finditer(text))
    out.extend((*m.span(), "[SSN]") for m in _NINO_GROUPS.finditer(text))
    if "x" in text:
        out.extend((m.start(), m.end(1), "[PHONE]") for m in _LINE_END_EXT.finditer(text))
    if "(01" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _DUBLIN.finditer(text))
    if "/" in text:
        out.extend((*m.span(1), "[DATE]") for m in _TEST_DATE.finditer(text))
    return out


def _person_word(w: str) -> bool:
    """A capitalised word that can be a given name here (not a clinical word or abbreviation)."""
    k = _key(w)
    return k not in _CLINICAL and k not in CLINICAL_ABBREV and w not in NOT_SIGNATURE


def initials_ok(ini: str) -> bool:
    """Initials ("TH", "P.D.") that are no clinical abbreviation or signature word."""
    bare = ini.replace(".", "").replace(" ", "")
    return bare not in NOT_SIGNATURE and _key(bare) not in CLINICAL_ABBREV


# a role's qualification in brackets, no initials ("Dietitian (APD):", "Nurse (RN)"): session 21 (v60)
QUALIFICATION = r"(?:APD|RD|RDN|CDE|CNS|NMP|IP|RGN|RN|RM|ANP|ACP|MSK|CHT|BCPS)\)"


def initials_here(ini: str, stop: frozenset[str] = frozenset()) -> bool:
    """Initials by ``initials_ok`` that are also no word of the clinical lexicon and none of
    ``stop`` (the abbreviations a form's own context makes likely)."""
    return ini not in stop and initials_ok(ini) and _key(ini) not in _CLINICAL


# lower-case words that closing initials' places also hold ("by me.", "sent by po", "given by im")
_LOWER_NOT_INITIALS = frozenset((
    "me", "us", "pt", "gp", "rn", "am", "pm", "na", "nr", "nd", "ok", "po", "iv", "sc", "im", "hr", "dr", "tel", "min",
    "day", "wk", "mo", "yr", "prn", "od", "bd", "tds", "qds", "ng", "mg", "ml", "kg",
))


def lower_initials_ok(ini: str) -> bool:
    """Lower-case initials ("ao", "gl") that are no such word and no clinical abbreviation."""
    return ini not in _LOWER_NOT_INITIALS and ini not in CLINICAL_ABBREV


def person_word(w: str, *, strong: bool = False) -> bool:
    """A capitalised word that can be a given name here (``_person_word``) and, unless the context
    says strongly that a person follows, a listed name or no common English word."""
    return _person_word(w) and (strong or _is_name_loose(w) or _key(w) not in COMMON_WORDS)


def mdt_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the team and list forms in the module doc."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        out.extend(m.span(1) for m in _ROLE_LINE.finditer(text) if _person_word(m.group(1)))
        for m in _ROLE_BRACKET.finditer(text):
            w = m.group(1)
            if (w.isupper() and initials_ok(w)) or (not w.isupper() and _person_word(w)):
                out.append(m.span(1))
        out.extend(m.span(1) for m in _LIST_INITIALS.finditer(text) if initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _CRED_INITIALS.finditer(text) if initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _TEAM_LABEL.finditer(text) if _person_word(m.group(1)))
    for m in _GREETING.finditer(text):
        w = m.group(1)
        if w not in _NOT_GREETED and _key(w) not in _CLINICAL and (w in FIRST_NAMES or not is_known_word(w)
                                                                  or _key(w) in FIRST_NAMES):
            out.append(m.span(1))
    return out
