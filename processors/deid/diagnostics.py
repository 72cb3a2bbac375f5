"""Forms of laboratory, pathology, radiology, blood-bank, pharmacy and infection-control records
(session 19, from the held-out v58 measurement: telephoned-results logs, critical-result calls,
specimen rejections, histopathology reports, transfusion records, controlled-drug cabinet logs,
outbreak line lists, sleep-study and screening reports).

Names (NAME), each form saying it is a person:
- initials after "by" or a scorer's, transcriber's or duty label ("Read back: YES. By: rw", "By:
  RY (MLT)", "BY LH.", "at 0624 by JO.", "Scored by: AQ", "Sample taken by (form): DF.", "Transcrit
  par: gl", "BMS on: AO"); lower-case initials only after a colon;
- a pathologist's and a typist's initials ("(FA/ao)"), initials before a lab role in brackets
  ("BI (BMS)") or before "co-signed" ("KC co-signed as charge RN");
- a cabinet user name, capitals and a digit, after "by" or a cabinet action ("REMOVE 1
  JBAUTISTA1", "by LMAGBANUA3 during blind count");
- a lower-case name a critical result was called to, before a credential ("CALLED TO graciela
  ramírez RN");
- a given name before an extension ("coordinator Amelia (ext 1743)", "Runner: Maha (PSA) ext 4029",
  "(Florin, IPCN, ext 5929)");
- an Irish surname in capitals after its particle ("Ó CONCHÚIR, Micheál").
Ids (ID): a lab number ("Lab ref B24.9382994"), a donor number ("D/24/6653").
Dates (DATE): a day and month after an event verb ("informed 4/10 -", "expired 01/04;", "IGRA 7/15:").
Ages in the cell after a date of birth ("| 22.12.1927 | 96 |") are ``outpatient``'s.
Addresses (ADDRESS): a Dublin postal district with the place before it ("Finglas, Dublin 11").
Initials are never a clinical abbreviation or signature word; given names no clinical word.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_here, lower_initials_ok, person_word
from processors.deid.names import _key
from processors.deid.patterns import UK_DURATION, valid_day_month
from processors.deid.unknown import _CLINICAL

__all__ = ["diagnostics_name_spans", "diagnostics_spans"]

_END = r"(?=[ \t]*(?:\([A-Z]{2,5}\))?(?:[ \t]*(?:[.,;]|$)|[ \t]{3,}[A-Z]))"  # "Scored by: AQ   Physiologist"
_BY_INITIALS = compile_rx(
    rf"\b(?:[Bb]y|BY)[ \t]+([A-Z]{{2,3}}){_END}"
    rf"|\b(?:[Bb]y|BY|[Pp]ar|on)(?:[ \t]*\([a-z]{{2,10}}\))?[ \t]*:[ \t]*([A-Z]{{2,3}}|[a-z]{{2,3}}){_END}",
    re.MULTILINE,
)
_PATH_PAIR = compile_rx(r"\(([A-Z]{2,3})/([a-z]{2,3})\)")
_LAB_ROLE = compile_rx(r"\b([A-Z]{2,3})[ \t]*\((?:BMS|MLT|MLS|MLA|BMSS|ICP|IPCN|PSA|MLSO)\)")
_COSIGNED = compile_rx(r"\b([A-Z]{2,3})[ \t]+co-?signed\b")
_CABINET_USER = compile_rx(
    r"(?:\bby|\b(?:REMOVE|RETURN|WASTE|LOAD|UNLOAD|COUNT|REFILL)[ \t]+\d{1,3})[ \t]+([A-Z]{4,14}\d)\b"
)
_CALLED_TO_LOWER = compile_rx(
    r"\b(?:CALLED|[Cc]alled|[Pp]honed|PHONED|[Gg]iven|GIVEN)[ \t]+(?:TO|to)[ \t]+"
    r"([a-z\u00e0-\u00ff]{2,}(?:[ \t-][a-z\u00e0-\u00ff]{2,}){1,2})[ \t]+(?:RN|MD|NP|PA|DO|LPN|RPN|CNM)\b"
)
_GIVEN_EXT = compile_rx(
    r"\b([A-Z][a-z]{2,14})\b[ \t]*(?:\([A-Z]{2,5}\)[ \t]*)?\(?(?:ext\.?|x)[ \t]*\d{3,5}\b"
    r"|\(([A-Z][a-z]{2,14}),[ \t]*[A-Z]{2,6},[ \t]*(?:ext\.?|x|bleep)[ \t]*\d"
)
_IRISH_CAPS = compile_rx(
    r"(?<![\w'])(?:\u00d3|O|Mac|Mc|N\u00ed|Nic|U\u00ed)[ \t][A-Z\u00c1\u00c9\u00cd\u00d3\u00da]{3,},[ \t]"
    r"[A-Z\u00c1\u00c9\u00cd\u00d3\u00da][a-z\u00e0-\u00ff]+"
)
_LAB_NO = compile_rx(r"\b(?:[Ll]ab[ \t]+(?:ref|no\.?|number)|Lab[ \t]+No\.?)[ \t]*:?[ \t]*([A-Z]\d{2}\.\d{6,8})\b")
_DONOR_NO = compile_rx(r"(?<![\w/])[A-Z]/\d{2}/(?!19\d\d|20\d\d)\d{4}(?![\w/])")
_EVENT_DM = compile_rx(
    r"\b(?:informed|expired|notified|phoned|called|taken|collected|received|sent|IGRA|QFT|PCR)[ \t]+"
    r"(\d{1,2}/\d{1,2})(?=[ \t]*(?:[-;,.:)]|on\b|$))",
    re.MULTILINE,
)
_DUBLIN = compile_rx(r"\b[A-Z][a-z]+,[ \t]*Dublin[ \t](?:1[0-9]|2[0-4]|[1-9]|6W)\b")
_NOT_INITIALS = frozenset(("BMS", "MLT", "MLS", "RN", "MD", "NB", "OK", "ME", "AM", "PM"))


def _ini_ok(ini: str) -> bool:
    if ini.islower():
        return lower_initials_ok(ini)
    return initials_here(ini, _NOT_INITIALS)


def diagnostics_spans(text: str) -> list[tuple[int, int, str]]:
    """ID, DATE, AGE and ADDRESS spans of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    out.extend((*m.span(1), "[ID]") for m in _LAB_NO.finditer(text))
    if "/" in text:
        out.extend((*m.span(), "[ID]") for m in _DONOR_NO.finditer(text))
        for m in _EVENT_DM.finditer(text):
            dm = m.group(1)
            if valid_day_month(dm) and not UK_DURATION.fullmatch(dm):
                out.append((*m.span(1), "[DATE]"))
    if "Dublin" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _DUBLIN.finditer(text))
    return out


def diagnostics_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    for m in _BY_INITIALS.finditer(text):
        g = 1 if m.group(1) else 2
        if _ini_ok(m.group(g)):
            out.append(m.span(g))
    if "(" in text:
        for m in _PATH_PAIR.finditer(text):
            if _ini_ok(m.group(1)):
                out.extend((m.span(1), m.span(2)))
        out.extend(m.span(1) for m in _LAB_ROLE.finditer(text) if _ini_ok(m.group(1)))
    if "signed" in text:
        out.extend(m.span(1) for m in _COSIGNED.finditer(text) if _ini_ok(m.group(1)))
    out.extend(m.span(1) for m in _CABINET_USER.finditer(text) if _key(m.group(1)[:-1]) not in _CLINICAL)
    out.extend(m.span(1) for m in _CALLED_TO_LOWER.finditer(text) if not any(
        _key(w) in _CLINICAL for w in re.split(r"[ \t-]+", m.group(1))))
    for m in _GIVEN_EXT.finditer(text):
        g = 1 if m.group(1) else 2
        if person_word(m.group(g), strong=True):
            out.append(m.span(g))
    out.extend(m.span() for m in _IRISH_CAPS.finditer(text))
    return out
