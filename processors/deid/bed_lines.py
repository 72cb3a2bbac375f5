"""Handover bed lines, next of kin and shift headers (session 43, deid tester: 300 notes, a fifth of
the names missed in nursing handovers).

A handover lists one patient per line: the bed, the name, the age, then the problems, in any case and
with any one separator ("BED 21 - COOK, GWEN - 98 - NOF #", "B10; GOH Siew Lan; 99; NOF #",
"Bed 24 | Ahmad bin Yusof | 92 | LRTI", "B25, TE WHATA, LEILANI, 97, COPD EXAC", "bed 9; grewal,
etienne; (93); pe"). A field between the bed and an age field (a number, bracketed or not, with a sex
or "yo") is the patient's name when none of its words is clinical and one of them is a listed name, a
title or a word no list knows; the age is AGE when over 89. Also: the next of kin before a number
("NOK EARL LITTLE 217.508.0354", "nok kwabena st. john 905.480.4762") and the nurse in charge and the
nurses handing over in a handover's header ("FROM POPPY TO REUBEN. NIC: ALBERT.").

Rows of a night handover list (session 44's second deid tester: 81 % recall on hospital-at-night
handovers, the names in capitals and columns), each with a bed label (``_BED``):
- a name in capitals and the age in brackets: "BED 12 WINIFRED HERON (64) - UPPER GI BLEED",
  "SR4 SIEW LAN PATEL (52)", "BAY 1 BED 1 GRACE HERON (91)";
- a dash, a name and the age with the sex: "SR1 - Sunny Lee 48f - hosp no ...";
- tab-separated columns, "SURNAME Given", age, number: "SR1\tSWEET Vikram\t98\t7276644";
- pipe-separated columns: "SR6 | HART, MO | 80F | RX369110 |".
An ED triage board's rows: a place, the patient, the age and sex ("CHAIR 2 / COMFORT O. / 33F", "Cubicle 3  DANG H
75M  CP": session 45).
Around those lists: a titled surname with the given name in brackets ("Mrs Adeyemi (Pat), 67 yrs"), a
team with a first name in brackets ("Outreach (Mags) aware of Bed 12"), the receiver's initials after
"Handed over by ... / received" ("received PK"), and a four- or five-digit extension after a grade with
no phone word ("bleep 6870; SHO 3263": PHONE).

Spans are ``(start, end, placeholder)``, checked here.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.lower_fields import _PARTICLES
from processors.deid.lower_names import RELATION_WORDS
from processors.deid.names import CLINICAL_ABBREV, WORD_NAMES, _is_name_loose, _key
from processors.deid.unknown import _CLINICAL, is_known_word

__all__ = ["bed_line_spans"]

_BED = r"(?:(?:BAY|Bay|bay)[ \t]+\d{1,2}[ \t]+)?(?:BED|Bed|bed|SR|B)[ \t]*\d{1,2}(?:-\d{1,2})?"
_CAPS = r"[A-Z][A-Z'\u2019-]+"
_CAPS_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}[ \t]+((?:{_CAPS}[ \t]+){{1,3}}{_CAPS})[ \t]*\((\d{{1,3}})\)")
_DASH_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}[ \t]*[-\u2013][ \t]*([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+){{1,2}})[ \t]+"
                       r"(\d{1,3})[mfMF]\b")
_TAB_ROW = compile_rx(rf"(?m)^[ \t]*{_BED}\t([A-Z][A-Za-z'\u2019-]+[ \t]+[A-Z][A-Za-z'\u2019-]+)\t(\d{{1,3}})\t")
_PIPE_ROW = compile_rx(rf"\|[ \t]*({_CAPS},[ \t]*{_CAPS})[ \t]*\|[ \t]*(\d{{1,3}})[MF]\b")
# session 45 (third deid tester: ED triage boards 0.65 recall): a board row's place, then the patient, then the age and
# sex, in fields split by " / " or a column gap ("CHAIR 2 / COMFORT O. / 33F / FALL", "Cubicle 3  DANG H  75M  CP",
# "Bed 7  MSK  28M  OD paracetamol"): the second field is the patient whatever its words (initials too)
_BOARD_ROW = compile_rx(
    r"(?im)^[ \t]*(?:chair|bay|bed|corridor|cubicle|cub|majors|minors|resus|fast[ \t]+track|rat|hdu|ambulance|room|rm|trolley|sr"
    r"|side[ \t]+room|assessment|wr|ccu|obs)(?:[ \t]*[a-z]?\d{1,3}[a-z]?)?(?:[ \t]+(?:bed|bay)[ \t]*\d{1,3})?"
    r"(?P<sep>[ \t]*/[ \t]*|[ \t]{2,}|\t)(?P<name>[^/\n\t]{1,40}?)(?P=sep)(?P<age>\d{1,3})[ \t]?[mf](?=\b|[ \t/]|$)")
# session 48 (deid tester: bed-board lines 0.514): a bed, room or bay label (also "18c", "b3", "sr1", "ICU BED 9"), the
# patient in any case and whatever the words ("ROOM 29 HOPE 36YOF", "bed 29 - Long - 49yo", "18c  stone  22 year old",
# "6C / June M. / 92F"), then an age with its mark (y/o, yo, yrs, years old, or the sex): the age's mark makes the row
_AGED_ROW = compile_rx(
    r"(?im)^[ \t]*(?:(?:nights?|days?|handover)[ \t]*:[ \t]*)?(?:(?:icu|hdu|ccu|amu|sdu)[ \t]+)?"
    r"(?:(?:bay|bed|room|rm|sr|side[ \t]+room|cubicle|cub|chair|b)[ \t]*\d{1,3}[a-z]?|\d{1,2}[a-z])"
    r"(?:[ \t]+(?:bed|bay)[ \t]*\d{1,3}[a-z]?)?"
    r"(?:[ \t]*[-|/;:][ \t]*|[ \t]+)(?P<name>[a-z][a-z'\u2019-]*\.?(?:[ \t,]+[a-z][a-z'\u2019-]*\.?){0,2})"
    r"(?:[ \t]*[-|/;:][ \t]*|[ \t]+)(?P<age>\d{1,3})[ \t]?"
    r"(?:y(?:rs?)?[ \t]*/[ \t]*o|yo|yrs?|years?[ \t]+old|year[ \t]+old|y(?=[mf]\b)|(?=[mf]\b))[ \t]?(?:[mf]\b)?")
# session 59 (deid tester B: whiteboard exports 0.71): a whiteboard's row has no age mark ("B16 Hall W 96 OWE SBO", "bd 6 faith
# green 48 korsakoff's", "BD14 PATEL J 41 JORDAN"): the bed, one to three name words, the age, then the problems; every word
# passes the row's name check and one is a listed name
_NOT_BOARD_NAME = frozenset(["post", "op", "pre", "day", "days", "night", "nights", "week", "weeks", "month", "months", "hour", "hours",
                             "stable", "same", "dose", "doses", "unit", "units", "bag", "bags", "ward", "bay", "bed", "side", "room",
                             "of", "on", "in", "at", "for", "x", "and", "with", "from", "to", "obs", "bp", "hr", "rr", "sats"])
_BOARD_AGE_ROW = compile_rx(
    r"(?im)^[ \t]*(?:(?:bed|bd|b|sr|rm|room|side[ \t]+room)[ \t]*\d{1,3}[a-z]?|\d{1,2})[ \t]+"
    r"(?P<name>[a-z][a-z'\u2019-]*\.?(?:[ \t,]+[a-z][a-z'\u2019-]*\.?){0,2})[ \t]+(?P<age>\d{1,3})(?:[ \t]?[mf])?(?=[ \t]+\S)")
_NOT_ROW_NAME = frozenset(["pt", "patient", "male", "female", "man", "woman", "lady", "gentleman", "gent", "boy", "girl", "baby",
                           "mr", "mrs", "ms", "miss", "dr", "new", "admission", "admitted", "empty", "closed", "aged", "age"])
_TITLED_GIVEN = compile_rx(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z][a-z'\u2019-]+[ \t]*\(([A-Z][a-z]+)\)")
_TEAM_GIVEN = compile_rx(r"\b(?:Outreach|CCOT|Pain[ \t]+team|Palliative[ \t]+team|Site[ \t]+team|Hospital[ \t]+at[ \t]+night|"
                         r"Chaplain|Physio|Dietitian|Pharmacist|NIC|CSM|Bed[ \t]+manager)[ \t]*\(([A-Z][a-z]+)\)")
_RECEIVED = compile_rx(r"(?m)\b[Hh]anded[ \t]+over[ \t]+by[ \t]+[^/\n]{2,40}/[ \t]*received[ \t]+(?:by[ \t]+)?([A-Z]{2,3})\b")
_GRADE_EXTENSION = compile_rx(r"\b(?:SHO|FY1|FY2|SpR|Reg|CT1|CT2|ST\d|NIC|CSM)[ \t]+(\d{4,5})\b(?![ \t]*(?:mg|ml|units?|mcg|%))")

_NAME_FIELD = r"[^\W\d_][\w'.\u2019 -]{0,38}?"
_BED_LINE = compile_rx(
    r"(?m)^[ \t]*(?i:bed|b|rm|room|sr|bay[ \t]*\d{1,2}[ \t]*bed)[ \t]*\d{1,3}(?:/\d{1,2})?[A-Za-z]?[ \t]*(?P<sep>[-;|,\u2013])[ \t]*"
    rf"(?P<name>{_NAME_FIELD}(?:,[ \t]*{_NAME_FIELD})?)[ \t]*(?:(?P=sep)[ \t]*|[ \t](?=\d|(?i:aged)\b))"
    # session 45 (deid tester): the age in the name's own field ("Bed 25 | Arjun 95-year-old |", "B6/1; dwayne
    # 78yo;", "bed 7; goodluck aged 80;", "B3/3 - KEV 25 Y/O -")
    r"(?:(?i:aged)[ \t]+)?\(?(?P<age>\d{1,3})\)?(?:[ \t]?(?i:[mf]|yo|y/o|yrs?|-?[ \t]?years?[- ]old|[ \t]years?|/[mf]))?[ \t]*(?=(?P=sep)|$)"
)
# session 46 (deid tester F): a bed manager's list item, a colon after the bed and the age after a comma
# ("- Bay 4 bed 8: Sharp, 68yo, awaiting POC", "- bay 1 bed 2: vu, 50-yr-old"), and an item of a name then its
# hospital number ("- MINH NGO 50694232 - delayed transfer", "- henry santos h126933 - delayed transfer")
_BED_COLON_LINE = compile_rx(
    r"(?m)^[ \t]*[-*\u2022]?[ \t]*(?i:bay[ \t]*\d{1,2}[ \t,/]*)?(?i:bed|b|rm|room|sr|side[ \t]*room)[ \t]*\d{1,3}[A-Za-z]?[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME_FIELD}),[ \t]*(?:(?i:age|aged)[ \t]*)?(?P<age>\d{{1,3}})"
    r"(?=[ \t]?(?i:yo|y/o|yrs?|-?[ \t]?(?:yr|year)s?[- ]old|[mf])?\b)"
)
# session 47 (held-out deid tester): the age in brackets after the name ("bed 19: taufa, tavita (73 yo) cap", "bed 24:
# tavita faleolo (67 yo) uti", "Bed 3: Nikos Papadopoulos (91y/o)")
_BED_COLON_BRACKET = compile_rx(
    r"(?m)^[ \t]*[-*\u2022]?[ \t]*(?i:bay[ \t]*\d{1,2}[ \t,/]*)?(?i:bed|b|rm|room|sr|side[ \t]*room)[ \t]*\d{1,3}[A-Za-z]?[ \t]*:[ \t]*"
    rf"(?P<name>{_NAME_FIELD}(?:,[ \t]*{_NAME_FIELD})?)[ \t]+\((?P<age>\d{{1,3}})[ \t]?(?i:yo|y/o|yrs?|[mf])?\)"
)
_NAME_NUMBER_ITEM = compile_rx(
    r"(?m)^[ \t]*[-*\u2022][ \t]*(?P<name>[^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*){1,3})[ \t]+"
    r"(?P<id>[A-Za-z]{0,3}\d{6,9})[ \t]+[-\u2013]"
)
# a whiteboard line without separators: bed, name, age and sex ("B25 Rose 96F #NOF", "B3 Mr Tan 88M")
_BOARD_LINE = compile_rx(
    r"(?m)^[ \t]*(?i:bed|b|rm|room)[ \t]*\d{1,3}[A-Za-z]?[ \t]+"
    r"(?P<name>(?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*){0,2}?)[ \t]+"
    r"(?P<age>\d{1,3})[ \t]?(?:[MFmf]|yo|y/o)\b"
)
# the nurses handing over ("HANDED OVER BY BAKER, RUBY TO PATEL, AMIR")
_HANDED = compile_rx(
    r"\b(?i:handed[ \t]+over[ \t]+(?:by|to|from)|handover[ \t]+(?:by|to|from)|hand[ \t]+over[ \t]+to)[ \t]+"
    r"([^\W\d_](?:[^\W\d_]|['\u2019-])*(?:,?[ \t][^\W\d_](?:[^\W\d_]|['\u2019-])*)?)(?=[ \t]+(?i:to|at|for|@)\b|[ \t]*[.;,\n]|$)",
    re.MULTILINE)
_NOK = compile_rx(
    r"\b(?i:nok|next[ \t]+of[ \t]+kin)[ \t]*:?[ \t]+(?:\((?i:[a-z]+)\)[ \t]+)?"
    r"(?!(?i:and|or|is|was|who|with|for|to|has|had|but|as|at|in|on)\b)"  # session 47: "is NOK and holds LPA."
    r"((?:(?i:mr|mrs|ms|miss|dr)\.?[ \t]+)?[^\W\d_][\w'.\u2019-]*(?:[ \t][^\W\d_][\w'.\u2019-]*){0,3}?)"
    r"(?=[ \t]*(?:\(?\+?\d[\d .()-]{6,}|\(|$))", re.MULTILINE)
_STAFF = compile_rx(
    r"(?m)^[ \t]*(?i:handover[ \t]+)?(?i:from)[ \t]+([^\W\d_][\w'\u2019-]+)[ \t]+(?i:to)[ \t]+([^\W\d_][\w'\u2019-]+)[ \t]*[.;,]"
    r"|\b(?i:nic|nurse[ \t]+in[ \t]+charge)[ \t]*:[ \t]*([^\W\d_][\w'\u2019-]+)\b")
_TITLES = frozenset(("mr", "mrs", "ms", "miss", "dr"))
_UNIT_BEFORE = compile_rx(r"\d[ \t]+\Z")
_UNIT_AFTER = compile_rx(r"[ \t]+(?i:ward|unit|bay|wing)\b")


def _words(field: str) -> list[str]:
    return [w for w in re.split(r"[ \t,]+", field.strip()) if w]


def _person(field: str) -> bool:
    """Every word may be a name (no clinical word or abbreviation) and one says it is one."""
    words = _words(field)
    if not words or len(words) > 5:
        return False
    sure = False
    for w in words:
        k = _key(w).strip(".'\u2019")
        if not k or k in _CLINICAL or k in CLINICAL_ABBREV or k in RELATION_WORDS:
            if k in _PARTICLES or k in _TITLES or (k in _CLINICAL and len(words) > 1 and _is_name_loose(w)):
                continue  # "LONG, Seo-jun": a listed surname that is also a clinical word, beside a name
            return False
        if k in _TITLES:
            sure = True
        elif k in _PARTICLES:
            continue
        elif _is_name_loose(w) or not all(is_known_word(p) for p in re.split(r"[-'\u2019]", k) if len(p) >= 2):
            sure = True
    return sure


def _row(name: tuple[int, int], age_span: tuple[int, int], age: str) -> list[tuple[int, int, str]]:
    out = [(*name, "[NAME]")]
    if int(age) > 89:
        out.append((*age_span, "[AGE]"))
    return out


def _list_rows(text: str) -> list[tuple[int, int, str]]:
    """The night handover list's rows and the shorthand around them (module doc)."""
    out: list[tuple[int, int, str]] = []
    for m in _BOARD_ROW.finditer(text):
        words = [w.strip(".,") for w in m.group("name").split()]
        if any(w.isalpha() and (len(w) <= 3 and w.isupper() or (_key(w) not in CLINICAL_ABBREV and _key(w) not in _CLINICAL))
               for w in words):  # initials in that field are the patient's ("AD", "MSK"), a clinical word alone is not
            out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
    for m in _AGED_ROW.finditer(text):
        words = [_key(w.strip(".,")) for w in m.group("name").split()]
        if words and not any(w in _NOT_ROW_NAME or w in CLINICAL_ABBREV or (w in _CLINICAL and not _is_name_loose(w))
                             for w in words) and all(len(w) <= 2 or w in WORD_NAMES or _is_name_loose(w) or not is_known_word(w) for w in words):
            out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
    for m in _BOARD_AGE_ROW.finditer(text):
        words = [_key(w.strip(".,")) for w in m.group("name").split()]
        if 16 <= int(m.group("age")) <= 110 and words and not any(
                w in _NOT_ROW_NAME or w in _NOT_BOARD_NAME or w in CLINICAL_ABBREV or (w in _CLINICAL and not _is_name_loose(w)) for w in words) and all(
                len(w) <= 1 or w in WORD_NAMES or _is_name_loose(w) or not is_known_word(w) for w in words) and any(
                len(w) > 1 and _is_name_loose(w) for w in words):
            out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
    for rx in (_CAPS_ROW, _DASH_ROW, _TAB_ROW, _PIPE_ROW):
        for m in rx.finditer(text):
            if not any(_key(w) in CLINICAL_ABBREV for w in m.group(1).replace(",", " ").split()):
                out.extend(_row(m.span(1), m.span(2), m.group(2)))
    if "(" in text:
        out.extend((*m.span(1), "[NAME]") for m in _TITLED_GIVEN.finditer(text))
        out.extend((*m.span(1), "[NAME]") for m in _TEAM_GIVEN.finditer(text))
    if "received" in text:
        out.extend((*m.span(1), "[NAME]") for m in _RECEIVED.finditer(text))
    out.extend((*m.span(1), "[PHONE]") for m in _GRADE_EXTENSION.finditer(text))
    return out


def bed_line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of every form in the module doc."""
    out = _list_rows(text)
    low = text.lower()
    if "b" in low:
        for m in _BED_LINE.finditer(text):
            if _person(m.group("name")) and not any(c.isdigit() for c in m.group("name")):
                out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
        for m in _BOARD_LINE.finditer(text):
            if _person(m.group("name")):
                out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
        for rx in (_BED_COLON_LINE, _BED_COLON_BRACKET):
            for m in rx.finditer(text):
                if _person(m.group("name")):
                    out.extend(_row(m.span("name"), m.span("age"), m.group("age")))
    for m in _NAME_NUMBER_ITEM.finditer(text):
        if _person(m.group("name")):
            out.extend(((*m.span("name"), "[NAME]"), (*m.span("id"), "[ID]")))
    if "hand" in low:  # not a unit ("handover to ESSU", "SBAR handover to 7 Eaton": session 45)
        out.extend((*m.span(1), "[NAME]") for m in _HANDED.finditer(text) if _person(m.group(1))
                   and not (m.group(1).isupper() and len(m.group(1)) <= 5) and not _UNIT_BEFORE.search(text, max(0, m.start(1) - 4), m.start(1))
                   and not _UNIT_AFTER.match(text, m.end(1)))
    if "nok" in low or "next of kin" in low:
        for m in _NOK.finditer(text):
            if _person(m.group(1)):
                out.append((*m.span(1), "[NAME]"))
    if "handover" in low or "nic" in low or "in charge" in low:
        for m in _STAFF.finditer(text):
            for g in (1, 2, 3):
                w = m.group(g)
                if w and _key(w) not in _CLINICAL and _key(w) not in CLINICAL_ABBREV and (
                        _is_name_loose(w) or not is_known_word(w)) and (g == 3 or "handover" in low):
                    out.append((*m.span(g), "[NAME]"))
    return out
