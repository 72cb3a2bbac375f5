"""Forms of emergency, pre-hospital, maternity and children's records (session 19, from the held-out
v53 and v54 measurements: ambulance reports and handovers, ED referral logs, safeguarding strategy
meetings, immunisation records, labour-ward and postnatal notes, parent-portal messages).

Phones (PHONE): an extension in brackets after a doctor's name ("Dr Qureshi (3871)").
Ids (ID): an incident or CAD number ("Incident no: 2508-2309", "Incident 250329-4762"); a South
African police case number ("CAS 168/09/2025"); an Indian ABHA health number by its shape
("33-7282-4057-1757"); a Malaysian registration number ("No. Daftar: AN/3873/2024"); a Quebec court
file number ("500-14-121857-239"); an Irish medical-card number ("Medical card: yes - no. 4742746L").
Phones (PHONE), more: a New Zealand mobile written 3 + 7 ("(021 1989035)").
Ages (AGE): an age before the sex ("95Y/F"), a relative's age in a family table ("| maternal
great-grandmother | 91").
Dates (DATE): a day and month after "w/c", "start of care", "hearing" ("w/c 6/10"), both ends of a
day/month range ("food charts 1/3-3/3").
Names (NAME), each form saying it is a person:
- initials defined in a key ("Key (initials): NNP = Nia Parry", "SK = Koh Shu Ting RGN") and every
  later use of them in the note;
- initials closing an agreement or hand-over ("Agree with KKG.", "Alert added to EPR by FT."),
  owning a numbered item under an actions heading ("Actions:\\n  1. BRC - home visit"), after an officer or clerk label at a line end
  ("Documentation officer: LC");
- a user name in capitals after "Printed ... by" ("Printed 05/06/2025 by NPARRY"), a log-in after
  "by" before "from" ("by folasade.thomasogunde from 172.29.155.59");
- a lower-case name after "typed by" or a tablet signature ("copy typed by parveen rahman",
  "Receiving signature on tablet: ferdinand sarmiento"), closing a message ("thanks\\n- yesenia");
- a given name before a child's or relative's age in brackets after a relation word ("Sibling
  Gemma (7)", "partner Alfie (34) and Poppy (6)"), after "named" ("a nurse named Kelvin").
Initials are never a clinical abbreviation or signature word (``mdt.initials_ok``); lower-case
and given names are no clinical word and a listed name or no common English word.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, person_word
from processors.deid.names import CLINICAL_ABBREV, _is_name_loose, _key
from processors.deid.patterns import UK_DURATION, valid_day_month
from processors.deid.unknown import _CLINICAL, COMMON_WORDS

__all__ = ["handover_name_spans", "handover_spans"]

_DR_EXT = compile_rx(r"\bDr\.?[ \t]+(?:[A-Z][a-z'-]+[ \t]){0,2}[A-Z][A-Za-z'-]+[ \t]*\((\d{4,5})\)")
_INCIDENT = compile_rx(r"\b(?:Incident|CAD|Job)(?:[ \t]+(?:no\.?|number|#))?[ \t]*[:#]?[ \t]*(\d{4,6}-\d{4}|\d{8,10})\b")
_SA_CASE = compile_rx(r"\bCAS[ \t]*(?:no\.?[ \t]*)?(\d{1,4}/\d{1,2}/\d{4})\b")
_ABHA = compile_rx(r"(?<![\w-])\d{2}-\d{4}-\d{4}-\d{4}(?![\w-])")
_DAFTAR = compile_rx(r"\bNo\.?[ \t]*Daftar[ \t]*:[ \t]*([A-Z]{1,3}/\d{2,6}/\d{4})\b")

# session 19, v55 and v53 remainders: ages, dates, ids and phones by their own forms
_AGE_Y_SEX = compile_rx(r"(?<![\w/.-])(9\d|1[01]\d)[ \t]?(?:Y|y|yrs?|yo)[ \t]*/[ \t]*[MF](?![\w/])")
_TABLE_RELATIVE_AGE = compile_rx(
    r"\|[ \t]*(?:(?:maternal|paternal)[ \t]+)?(?:great-)*(?:grand)?(?:mother|father|parent|aunt|uncle)[ \t]*\|[ \t]*"
    r"(9\d|1[01]\d)[ \t]*(?=\||$)",
    re.MULTILINE,
)
_LABEL_DM = compile_rx(
    r"\b(?:w/c|[Ww]eek[ \t]+commencing|[Ss]tart[ \t]+of[ \t]+care|SOC|[Hh]earing|[Cc]ourt[ \t]+date"
    r"|[Ss]ign(?:ed)?[ \t-]?out|[Aa]ttempt[ \t]+\d{1,2})[ \t]*:?[ \t]+"
    r"(\d{1,2}/\d{1,2})(?![/\d])"
)
_DM_RANGE = compile_rx(r"(?<![\w/.-])(\d{1,2}/\d{1,2})-(\d{1,2}/\d{1,2})(?![\w/-]|\.\d)")
_COURT_FILE = compile_rx(r"(?<![\w-])\d{3}-\d{2}-\d{6}-\d{3}(?![\w-])")
_CARD_NO = compile_rx(
    r"\b(?:[Mm]edical|GMS|[Hh]ealth)[ \t]+card\b[^\n]{0,20}?\bno\.?[ \t]*:?[ \t]*(\d{6,8}[A-Z]{0,2})\b"
)
_NZ_MOBILE = compile_rx(r"(?<![\w+(-])\(?(02\d\)?[ \t]\d{7})(?!\d)")
_KEY_INITIALS = compile_rx(r"(?<![\w=])([A-Z]{2,4})[ \t]*=[ \t]*(?:Dr\.?[ \t]+)?[A-Z][A-Za-z\u00c0-\u024f'-]+")
_CAPS = compile_rx(r"(?<![\w&/.-])[A-Z]{2,4}(?![\w&/-]|\.\w)")
_AGREE = compile_rx(
    r"\b(?:[Aa]gree[ds]?|[Dd]iscussed|[Hh]anded[ \t]+over|[Aa]dded[^\n.]{0,30}?|[Cc]hecked|[Ss]een|[Rr]eviewed)"
    r"[ \t]+(?:with|by|to)[ \t]+([A-Z]{2,3})(?=[ \t]*(?:[.,;)]|$))",
    re.MULTILINE,
)
_NUMBERED_ACTION = compile_rx(r"^[ \t]*\d{1,2}[.)][ \t]+([A-Z]{2,3})[ \t]+[-\u2013:][ \t]+[a-z]", re.MULTILINE)
_ACTIONS_HEADING = compile_rx(r"\b(?:Actions?|Action[ \t]+points|Actions[ \t]+agreed)[ \t]*:?[ \t]*\n")
_LABEL_INITIALS = compile_rx(
    r"\b(?:[Oo]fficer|[Cc]lerk|[Ss]cribe|[Rr]ecorder|[Ll]oggist|[Cc]oordinator|[Cc]o-ordinator)[ \t]*:[ \t]*"
    r"([A-Z]{2,3})[ \t]*$",
    re.MULTILINE,
)
_PRINTED_BY = compile_rx(
    r"\b(?:[Pp]rinted|[Uu]ploaded|[Ee]ntered|[Cc]reated|[Gg]enerated|[Ee]xported|PRINTED|UPLOADED|ENTERED|CREATED|GENERATED"
    r"|EXPORTED)\b[^\n]{0,30}?\b(?:by|BY)[ \t]+([A-Z]{4,14}\d{0,3})\b"  # session 43: "PRINTED ... BY JPRICE01"
)
_LOWER_BY = compile_rx(
    r"\b(?:typed|transcribed|scribed)[ \t]+by[ \t]+([a-z]{2,}(?:[ \t-][a-z]{2,}){1,2})(?=[ \t]*(?:[.,;]|$))"
    r"|\bsignature(?:[ \t]+on[ \t]+[a-z]+)?[ \t]*:[ \t]*([a-z]{2,}(?:[ \t-][a-z]{2,}){1,2})[ \t]*$",
    re.MULTILINE,
)
_SIGN_OFF = compile_rx(
    # session 41 (deid tester): "thx\ndean", "God bless,\nmercy" in patients' messages
    r"\b(?:thanks|thank[ \t]+you|thx|cheers|regards|(?i:god)[ \t]+bless(?:[ \t]+you)?)[ \t]*[,!.]?[ \t]*(?:\n[ \t]*-?[ \t]*)?"
    r"([a-z]{3,12})[ \t]*$",
    re.MULTILINE,
)
# session 41 (deid tester): a lower-case name in brackets before its birth date ("(dean nguyen, dob 6/11/38)")
_LOWER_BEFORE_DOB = compile_rx(r"\(([a-z][a-z'-]{1,20}(?:[ \t]+[a-z][a-z'-]{1,20}){0,2}),?[ \t]+(?:dob|d\.o\.b\.?)\b")
_RELATION = (
    r"(?:[Ss]ibling|[Bb]rother|[Ss]ister|[Pp]artner|[Hh]usband|[Ww]ife|[Ss]on|[Dd]aughter|[Gg]rand(?:mother|father|son"
    r"|daughter)|[Nn]iece|[Nn]ephew|[Cc]ousin|[Aa]unt(?:ie)?|[Uu]ncle|[Ss]tep(?:son|daughter|mother|father)|[Cc]hild(?:ren)?"
    r"|[Ss]iblings|[Pp]arents)"
)
_RELATIVE_AGE = compile_rx(
    rf"\b{_RELATION}[ \t]+((?:[A-Z][a-z]{{2,14}}[ \t]+\(\d{{1,2}}\)(?:,[ \t]*|[ \t]+and[ \t]+)?)+)"
)
_GIVEN_AGE = compile_rx(r"([A-Z][a-z]{2,14})[ \t]+\(\d{1,2}\)")
_NAMED = compile_rx(r"\b(?:named|called)[ \t]+([A-Z][a-z]{2,14})\b(?![ \t]+(?:[A-Z]|\d))")
_NOT_SIGN_OFF = frozenset(("again", "all", "everyone", "team", "much", "you", "guys", "lots", "very", "for", "doc"))


def _lower_name(name: str) -> bool:
    """Lower-case words that are a name: no clinical word; a listed name or a rare word among them."""
    words = re.split(r"[ \t-]+", name)
    if any(_key(w) in _CLINICAL for w in words):
        return False
    return any(_is_name_loose(w) or _key(w) not in COMMON_WORDS for w in words)


def handover_spans(text: str) -> list[tuple[int, int, str]]:
    """PHONE and ID spans of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if "(" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _DR_EXT.finditer(text))
    out.extend((*m.span(1), "[ID]") for m in _INCIDENT.finditer(text))
    if "CAS" in text:
        out.extend((*m.span(1), "[ID]") for m in _SA_CASE.finditer(text))
    out.extend((*m.span(), "[ID]") for m in _ABHA.finditer(text))
    if "aftar" in text:
        out.extend((*m.span(1), "[ID]") for m in _DAFTAR.finditer(text))
    out.extend((*m.span(1), "[AGE]") for m in _AGE_Y_SEX.finditer(text))
    if "|" in text:
        out.extend((*m.span(1), "[AGE]") for m in _TABLE_RELATIVE_AGE.finditer(text))
    out.extend((*m.span(1), "[DATE]") for m in _LABEL_DM.finditer(text) if valid_day_month(m.group(1)))
    for m in _DM_RANGE.finditer(text):
        if (valid_day_month(m.group(1)) and valid_day_month(m.group(2))
                and not (UK_DURATION.fullmatch(m.group(1)) or UK_DURATION.fullmatch(m.group(2)))):  # "3/7-5/7"
            out.extend(((*m.span(1), "[DATE]"), (*m.span(2), "[DATE]")))
    out.extend((*m.span(), "[ID]") for m in _COURT_FILE.finditer(text))
    if "card" in text:
        out.extend((*m.span(1), "[ID]") for m in _CARD_NO.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _NZ_MOBILE.finditer(text))
    return out


def _key_initials(text: str) -> list[tuple[int, int]]:
    defined = {m.group(1) for m in _KEY_INITIALS.finditer(text) if initials_here(m.group(1))}
    if not defined:
        return []
    return [m.span() for m in _CAPS.finditer(text) if m.group(0) in defined]


def handover_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc (own checks; no clinical guard needed)."""
    out: list[tuple[int, int]] = []
    if "=" in text:
        out.extend(_key_initials(text))
    out.extend(m.span(1) for m in _AGREE.finditer(text) if initials_here(m.group(1)))
    if "ction" in text:  # a numbered item owned by initials, in the block under an actions heading
        for h in _ACTIONS_HEADING.finditer(text):
            end = text.find("\n\n", h.end())
            block_end = len(text) if end < 0 else end
            out.extend(m.span(1) for m in _NUMBERED_ACTION.finditer(text, h.end(), block_end)
                       if initials_here(m.group(1)))
    out.extend(m.span(1) for m in _LABEL_INITIALS.finditer(text) if initials_here(m.group(1)))
    if "by" in text or "BY" in text:
        out.extend(m.span(1) for m in _PRINTED_BY.finditer(text)
                   if _key(m.group(1)) not in CLINICAL_ABBREV and _key(m.group(1)) not in _CLINICAL)
    for m in _LOWER_BY.finditer(text):
        g = 1 if m.group(1) else 2
        if _lower_name(m.group(g)):
            out.append(m.span(g))
    for m in _SIGN_OFF.finditer(text):
        w = m.group(1)
        if w not in _NOT_SIGN_OFF and _lower_name(w):
            out.append(m.span(1))
    if "(" in text:
        out.extend(m.span(1) for m in _LOWER_BEFORE_DOB.finditer(text)
                   if all(_lower_name(w) for w in m.group(1).split()))  # not "(the patient, dob"
    for m in _RELATIVE_AGE.finditer(text):
        base = m.start(1)
        out.extend((base + g.start(1), base + g.end(1)) for g in _GIVEN_AGE.finditer(m.group(1))
                   if person_word(g.group(1), strong=True))
    out.extend(m.span(1) for m in _NAMED.finditer(text) if person_word(m.group(1)))
    return out
