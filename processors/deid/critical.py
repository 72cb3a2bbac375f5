"""Forms of critical-care, theatre and deterioration records (session 18, from the held-out v50
measurement).

Names (NAME): system log-in names "initial.surname" in lower case where a person signs or acts
("-b.joseph", "-y.al-sayed, RRT", "user 874822 (g.kowalski)", "Generated ... by b.oliveira");
capital initials after a theatre or check role ("Circulating NR", "Checked: DS", "Second-RN
verify: HP"), closing a line after a dash ("read back ok - OE", "pls come - GH" 2304"), as the
last cell of a table row ("| KT/PW"), between credentials ("RN / TL / CCRN"); a lower-case full
name after a staff label ("Recovery practitioner: segun okafor").
Phones (PHONE): an extension written "x4396" after a ward, a pager in brackets after "paged"
("paged (985)"), a lab extension "ph 6067" (a whole number: never a pH).
Ids (ID): a user number ("user 967263"), a video-session number ("Video session 1033-2314-5055"),
a lab reference "XM/25/54058".
Dates (DATE): a day/month after a line or drain verb ("CVC removed 1/9", "NPO since 2200 11/12").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.mdt import initials_ok
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, _key
from processors.deid.patterns import valid_day_month
from processors.deid.unknown import COMMON_WORDS
from processors.deid.wardforms import CHART_VALUES

__all__ = ["critical_name_spans", "critical_spans"]

_LOGIN = (r"([a-z]\.[a-z]{2,}(?:[-'][a-z]{2,})?)"
          r"(?![\w@]|\.[a-z])")
_NOT_LOGIN = frozenset({"coli", "com", "org", "net", "edu", "gov", "txt", "pdf", "doc", "docx", "jpg", "png"})
_LOGIN_SIGNED = compile_rx(r"(?<![\w.])-" + _LOGIN + r"(?=[ \t]*(?:,[ \t]*[A-Z]{2,5}\b|$))", re.MULTILINE)
# after "by" / "by user" / "user": a whole given name may lead ("by folasade.thomasogunde from", session 19)
_LOGIN_AFTER = compile_rx(r"(?:\bby:?(?:[ \t]+user)?|\buser(?:[ \t]+\d{4,9})?)[ \t]+\(?"
                          r"([a-z]{1,20}[._][a-z]{2,}(?:[-'][a-z]{2,})?)(?![\w@]|\.[a-z])")
_ROLE_INITIALS = compile_rx(
    r"\b(?:Circulating|Scrub(?:[ \t]nurse)?|Scout|Runner|Recorder|Checked|[Vv]erify|[Vv]erified|Second[- ]checked)"
    r"(?:[ \t]+by)?[ \t]*:?[ \t]+([A-Z]{2,3})\b(?![/.-]?\w)"
)
_DASH_LINE_END = compile_rx(r"[a-z][ \t]+[-\u2013][ \t]+([A-Z]{2})\"?(?:[ \t]+\d{3,4})?[ \t]*$", re.MULTILINE)
_CELL_PAIR = compile_rx(r"\|[ \t]*([A-Z]{2})/([A-Z]{2})[ \t]*\|?[ \t]*$", re.MULTILINE)
_CRED_SLASH = compile_rx(r"\b(?:RN|RM|EN|CCRN|HCA|ODP|SN|CNS|CNM)[ \t]*/[ \t]*([A-Z]{2,3})[ \t]*/")
_LOWER_NAME = compile_rx(
    r"(?i:practitioner|nurse|escort|handover[ \t]+to|receiving[ \t]+(?:nurse|RN))[ \t]*:[ \t]*"
    r"([a-z]{2,}[ \t]+[a-z]{2,}(?:[-'][a-z]{2,})?)[ \t]*$",
    re.MULTILINE,
)

_ROLE_PAIR = compile_rx(
    r"\b(?:Scrub|Scout|Circulating|Runner)(?:/(?:Scrub|Scout|Circulating|Runner))?[ \t]*:[ \t]*"
    r"([A-Z][a-z]{2,})[ \t]*/[ \t]*([A-Z][a-z]{2,})\b"
)
_PARTICLE = r"(?:dela|de[ \t]la|de|del|da|di|van|von|der|le|la|\u00d3|N\u00ed|Nic|Mac|bin|binti|ap)"
# an initial or a given name, a lower-case or Irish particle, a surname ("J. dela Cruz", "Oisín Ó Súilleabháin")
# found from the particle (a literal-led scan), the initial or given name before it checked on a window
_PARTICLE_AT = compile_rx(r"(?<=[ \t])" + _PARTICLE + r"[ \t][A-Z][a-z\u00e0-\u00ff]{2,}\b")
_GIVEN_BEFORE = compile_rx(r"\b(?:[A-Z]\.|[A-Z][a-z\u00e0-\u00ff]{2,})[ \t]\Z")
_NAME2 = r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?[ \t][A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)"
# two unknown capitalised words after a staff role, or before a staff credential (found from the
# credential, the name checked on the window before it)
_ROLE_THEN_NAME = compile_rx(
    r"\b(?:BMS|coordinator|[Nn]urse:?|practitioner:?|[Ee]scort:?|[Rr]eport[ \t]to|[Hh]anded[ \t]over[ \t]to)[ \t]+"
    + _NAME2
)
_CREDENTIAL_AFTER = compile_rx(r",[ \t]*(?:RN|RM|EN|ODP|CNM|CNS|CCRN|RRT|BMS|NP|MD|FRCPC|PharmD)\b|[ \t]\((?:[a-z]+[ \t])?(?:RN|ODP|nurse)\)")
_NAME2_BEFORE = compile_rx(_NAME2 + r"\Z")
# a list row's "SURNAME, Given" before the patient's number or age and sex ("LOCKHART, Elspeth 064G3230",
# "JEFFERSON, DeShawn (25M) MRN"): the given name need not be a listed one
_LIST_PATIENT = compile_rx(
    r"\b([A-Z][A-Z'-]{2,},[ \t][A-Z][a-z]+(?:[A-Z][a-z]+)?)(?=[ \t]+(?:\(\d{1,3}[ \t]?[MFmf]\)"
    r"|(?:MRN|UR|URN|NHS|DOB|CHI|NHI)\b|[A-Z]{0,3}\d{5,}[A-Z]?\d*\b|\d{3}[A-Z]\d{4}\b))"
)
# literal hints: a form is searched for only when one of its words is in the text (speed)
_LINE_VERBS = ("removed", "inserted", "sited", "placed", "changed", "since")
_PAIR_HINTS = ("Circulating", "Scrub", "Scout", "Runner")
_ROLE_HINTS = (*_PAIR_HINTS, "Recorder", "Checked", "erif", "Second")
_STAFF_HINTS = ("ractitioner", "urse", "scort", "andover", "eceiving", "BMS", "coordinator", "eport", "anded")
_X_EXT = compile_rx(r"(?<=[ \t(|])x(\d{4,5})\b(?![.,]\d)")
# after a ward, unit or credential ("W12 x4396", "AMU x8240", "RN x4396") or a table bar; not after a
# number or a lower-case word ("2 x1000 mL", "obs x1000": a product, a magnification)
_WARD_BEFORE = compile_rx(r"(?:(?<![\w.])[A-Z][A-Za-z0-9]{0,5}|\|)[ \t]+\Z")
_PAGED = compile_rx(r"\bpaged[ \t]*\((\d{3,5})\)")
_PH_EXT = compile_rx(r"\bph[ \t]+(\d{4,5})\b(?![.,]\d)")
_USER_NO = compile_rx(r"\buser[ \t]+(\d{5,8})\b")
_SESSION = compile_rx(r"\b(?:[Vv]ideo|[Mm]eeting|[Cc]onference)[ \t]+(?:session|call|ID|id)[ \t]*(?:ID|id|no\.?|#)?[ \t]*:?[ \t]*"
                      r"(\d{3,4}[- ]\d{3,4}[- ]\d{3,5})\b")
_LAB_REF = compile_rx(r"\b[A-Z]{2,3}/\d{2}/\d{4,6}\b")
_LINE_DATE = compile_rx(
    r"\b(?:removed|inserted|sited|re-?sited|placed|changed|since[ \t]+\d{4})[ \t]+(\d{1,2}/\d{1,2})\b(?![/.]\d)"
    r"(?![ \t]*(?:ago|prior|previously|before)\b)"  # session 33: "inserted 3/7 ago" is three days
)


def critical_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the phone, id and date forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if " x" in text or "(x" in text or "|x" in text:
        out.extend((*m.span(), "[PHONE]") for m in _X_EXT.finditer(text)  # "x4396" whole (v55 labels it so)
                   if _WARD_BEFORE.search(text, max(0, m.start() - 9), m.start()))
    if "paged" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PAGED.finditer(text))
    if "ph " in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PH_EXT.finditer(text))
    if "user " in text:
        out.extend((*m.span(1), "[ID]") for m in _USER_NO.finditer(text))
    if "ession" in text or "eeting" in text or "onference" in text:
        out.extend((*m.span(1), "[ID]") for m in _SESSION.finditer(text))
    if "/" in text:
        out.extend((*m.span(), "[ID]") for m in _LAB_REF.finditer(text))
        if any(w in text for w in _LINE_VERBS):
            out.extend((*m.span(1), "[DATE]") for m in _LINE_DATE.finditer(text) if valid_day_month(m.group(1)))
    return out


def critical_name_spans(text: str) -> list[tuple[int, int]]:
    """NAME spans of the log-in, initials and lower-case name forms in the module doc (own checks)."""
    out: list[tuple[int, int]] = []
    if "." in text:
        for rx in (_LOGIN_SIGNED, _LOGIN_AFTER):
            out.extend(m.span(1) for m in rx.finditer(text) if re.split(r"[._]", m.group(1), maxsplit=1)[1] not in _NOT_LOGIN)
    if any(w in text for w in _ROLE_HINTS):
        out.extend(m.span(1) for m in _ROLE_INITIALS.finditer(text) if initials_ok(m.group(1)))
    if ", " in text:
        out.extend(m.span(1) for m in _LIST_PATIENT.finditer(text) if _key_ok(m.group(1)))
    if " - " in text or " \u2013 " in text:
        out.extend(m.span(1) for m in _DASH_LINE_END.finditer(text) if m.group(1) not in CHART_VALUES)
    if "|" in text:
        for m in _CELL_PAIR.finditer(text):
            if initials_ok(m.group(1)) and initials_ok(m.group(2)):
                out.extend((m.span(1), m.span(2)))
    if "/" in text:
        out.extend(m.span(1) for m in _CRED_SLASH.finditer(text) if initials_ok(m.group(1)))
    if ":" in text and any(w in text for w in _STAFF_HINTS):
        out.extend(m.span(1) for m in _LOWER_NAME.finditer(text) if _unknown_words(m.group(1)))
    if ":" in text and any(w in text for w in _PAIR_HINTS):
        for m in _ROLE_PAIR.finditer(text):
            out.extend((m.span(1), m.span(2)))
    for m in _PARTICLE_AT.finditer(text):
        if _key(m.group(0).split()[-1]) in CLINICAL_VOCAB:
            continue  # session 57 (deid tester I): "Her de Quervain's tenosynovitis" (an eponym after its particle)
        g = _GIVEN_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if g is not None:
            out.append((g.start(), m.end()))
    if any(w in text for w in _STAFF_HINTS):
        out.extend(m.span(1) for m in _ROLE_THEN_NAME.finditer(text) if _unknown_words(m.group(1)))
    for c in _CREDENTIAL_AFTER.finditer(text):
        n = _NAME2_BEFORE.search(text, max(0, c.start() - 48), c.start())
        if n is not None and _unknown_words(n.group(1)):
            out.append(n.span(1))
    return out


def _key_ok(name: str) -> bool:
    """A "SURNAME, Given" whose surname is no clinical abbreviation ("ECG, Normal" is no name)."""
    surname = name.split(",", 1)[0]
    return surname.lower() not in CLINICAL_ABBREV and surname.lower() not in COMMON_WORDS


def _unknown_words(name: str) -> bool:
    """No word of the name is a common English or clinical word ("Tobi Adebayo", not "Night Nurse")."""
    return not any(w.lower() in COMMON_WORDS or w.lower() in CLINICAL_ABBREV for w in re.split(r"[ \t-]+", name))
