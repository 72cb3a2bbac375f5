"""Forms of palliative, hospice, community-nursing and death-administration records (session 19,
from the held-out v57 measurement: hospice ward rounds, syringe-driver charts, district-nurse visit
logs, verification and certification of death, coroners' and registrars' papers, bereavement calls).

Names (NAME), each form saying it is a person:
- initials opening a visit-log entry after its time ("Thu 15/05/25 0945 MJ: joint visit",
  "04:10 FA (OOH): phone call"), closing a chart line after a dash with a shift in brackets
  ("midazolam 2.5 mg SC - restless - CH (OOH)"), after "VOD" or in brackets after "MCCD" ("VOD MA.",
  "MCCD today (TA)"), after "by" before a dash ("6-week call 31/8 by YA - tearful"), owning a task
  ("ES to coordinate"), lower-case after "Minutes:" at a line end ("Minutes: ma");
- a log-in after "by" before a time stamp ("Record locked by bincy.kuriakose 2024-09-06T15:20"),
  after an IP address ("from 172.29.21.253 by rpangilinan", "10.44.62.102 farai.mapfumo");
- a nickname after "AKA" ('AKA: "Sissy"');
- an initial and surname after a coroner, registrar or clergy title ("Coroner J Villanueva"); a
  name after a parent, informant or funeral-director label ("Father: Duane Kessler", "Funeral
  director: Florence Gallant"); a name in brackets before a phone number ("EPOA (Mere Whaanga, 021
  438 7442)");
- a capitals surname with an apostrophe ("Ciarán O'MAHONY", "O'MAHONY (née Geraghty), Máire").
Initials are never a clinical abbreviation or signature word; the caller guards the label names.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here
from processors.deid.names import CLINICAL_ABBREV, _key

__all__ = ["end_of_life_label_names", "end_of_life_name_spans"]

_INI = r"([A-Z]{2,3})"
_LOG_ENTRY = compile_rx(
    rf"^[^\n]{{0,24}}?(?<![\d./-])(?<!,[ \t])\b(?:[01]\d|2[0-3]):?[0-5]\d[ \t]{{1,2}}{_INI}(?:[ \t]*\([A-Z]{{2,4}}\))?[ \t]*:", re.MULTILINE
)
_DASH_SHIFT = compile_rx(
    rf"[ \t][-\u2013][ \t]{_INI}[ \t]*\((?:OOH|[Nn]ights?|[Dd]ays?|[Bb]ank|[Aa]gency|[Ll]ate|[Ee]arly)\)[ \t]*$",
    re.MULTILINE,
)
_VOD = compile_rx(rf"\bVOD[ \t]+{_INI}\b|\b(?:MCCD|VOD|[Cc]ertified|[Vv]erified)\b[^\n()]{{0,14}}\({_INI}\)")
_BY_DASH = compile_rx(rf"\bby[ \t]+{_INI}[ \t]+[-\u2013][ \t]")
_TASK_OWNER = compile_rx(
    r"(?:^|[;:.][ \t]+)([A-Z]{2})[ \t]+to[ \t]+(?:coordinate|co-ordinate|arrange|call|ring|phone|review|contact|visit"
    r"|chase|book|discuss|liaise|follow|speak|refer|organise|organize|update|inform|send|complete|check)\b",
    re.MULTILINE,
)
_MINUTES_LOWER = compile_rx(r"\bMinutes[ \t]*:[ \t]*([a-z]{2,3})[ \t]*$", re.MULTILINE)
_IP = r"(?:\d{1,3}\.){3}\d{1,3}"
_LOGIN_AFTER_IP = compile_rx(
    rf"{_IP}[ \t]+by[ \t]+([a-z][a-z0-9_-]{{3,20}}(?:\.[a-z][a-z0-9_-]{{1,20}})?)\b(?![.@])"
    rf"|{_IP}[ \t]+([a-z]{{2,}}\.[a-z]{{3,}}(?:[-'][a-z]+)?)[ \t]*$",
    re.MULTILINE,
)
_AKA = compile_rx(r"\b(?:AKA|a\.k\.a\.|aka|[Kk]nown[ \t]+as)[ \t]*:?[ \t]*[\"\u201c]([A-Z][a-z]{1,14})[\"\u201d]")
_OFFICIAL_INITIAL = compile_rx(
    r"\b(?:Coroner|Registrar|Chaplain|Pastor|Father|Rev(?:erend)?\.?|Imam|Rabbi)[ \t]+"
    r"([A-Z]\.?[ \t][A-Z][a-z]{2,}(?:['\u2019-][A-Z]?[a-z]+)?)\b"
)
_LABEL_NAME = compile_rx(
    r"\b(?:Father|Mother|Spouse|Informant|[Ff]uneral[ \t]+director|Undertaker|Next[ \t]+of[ \t]+kin)"
    r"(?:[ \t]*\([a-z ]{2,12}\))?[ \t]*:[ \t]*([A-Z][a-z\u00e0-\u00ff]+(?:[ \t][A-Z][a-z\u00e0-\u00ff'-]+){1,2})"
)
_BRACKET_NAME_PHONE = compile_rx(r"\(([A-Z][a-z]+[ \t][A-Z][a-z'\u2019-]+),[ \t]*\+?\d")
_CAPS_APOSTROPHE = compile_rx(r"\bO['\u2019][A-Z]{3,}\b")  # not the French "D'EVOLUTION"
_NOT_INITIALS = frozenset(("OOH", "VOD", "MCCD", "RIP", "JIC", "CSCI", "SC", "IV", "PO", "NB", "MC", "HCA", "DN", "RE", "FYI", "PLS", "ASAP"))  # session 57 (deid tester B): a page "@14:45 RE: bay 3"


def _ini_ok(ini: str) -> bool:
    return initials_here(ini, _NOT_INITIALS)


def end_of_life_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc that carry their own checks."""
    out: list[tuple[int, int]] = []
    out.extend(m.span(1) for m in _LOG_ENTRY.finditer(text) if _ini_ok(m.group(1)))
    if "(" in text:
        out.extend(m.span(1) for m in _DASH_SHIFT.finditer(text) if _ini_ok(m.group(1)))
    for m in _VOD.finditer(text):
        g = 1 if m.group(1) else 2
        if _ini_ok(m.group(g)):
            out.append(m.span(g))
    out.extend(m.span(1) for m in _BY_DASH.finditer(text) if _ini_ok(m.group(1)))
    out.extend(m.span(1) for m in _TASK_OWNER.finditer(text) if _ini_ok(m.group(1)))
    out.extend(m.span(1) for m in _MINUTES_LOWER.finditer(text) if _key(m.group(1)) not in CLINICAL_ABBREV)
    for m in _LOGIN_AFTER_IP.finditer(text):
        out.append(m.span(1) if m.group(1) else m.span(2))
    out.extend(m.span(1) for m in _AKA.finditer(text))
    out.extend(m.span() for m in _CAPS_APOSTROPHE.finditer(text))
    return out


def end_of_life_label_names(text: str) -> list[tuple[int, int]]:
    """Names after an official's title, a parent or funeral label, or in brackets before a phone
    (the caller guards them: a clinical word is cut out)."""
    out = [m.span(1) for m in _OFFICIAL_INITIAL.finditer(text)]
    out.extend(m.span(1) for m in _LABEL_NAME.finditer(text))
    if "(" in text:
        out.extend(m.span(1) for m in _BRACKET_NAME_PHONE.finditer(text))
    return out
