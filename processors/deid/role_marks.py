"""Staff marked by their role or by a log column (session 13, held-out corpus v39), each behind a
cheap literal gate:

- initials after a role abbreviation closing a staff list ("Dr Hall (ST5), SN HG.", "fellow Dr
  Dickson; RT PH");
- a dispensing or checking log's user ("| user KD", "accuracy check KD", "Clinical check: Connor
  (pharmacist)");
- a handover's giver and receiver ("Synthesis by receiver: EJ / given by CC");
- lower-case initials after "by" before a credential or a bracket ("Scored by gl, RPSGT",
  "collected 21:58 by kh (2-person ID verified)");
- a surname in brackets after a department ("Embryology (King) will phone"), a coach
  ("Coach Wise notified");
- a short name opening quoted speech ('"Tash says she can't face ...');
- after v40: a typist's initials closing a "Typed:" line ("Typed: 14/01/2025 ch"), a first name in
  brackets after a role ("Health advisor (Hamza):"), a name opening a line before a comma and a
  job title ("Cory Diskin, Senior Medical Social Worker").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS
from processors.deid.unknown import COMMON_WORDS

__all__ = ["role_mark_spans"]

_ROLES = ("SN", "RT", "RN", "EN", "SRN", "HCA", "CSW", "NA", "AT", "ATC", "OT", "PT", "SLT", "SALT", "RD", "RM", "HV",
          "CN", "CNS", "NP", "PA", "ANP", "RPh", "RGN", "RMN", "ODP", "MO", "MD", "DO", "GP")
_ROLE_ABBREV = "(?:" + "|".join(_ROLES) + ")"
# Speed: every pattern below opens with a literal or a class that `re` scans for in C, or runs
# only after plain substring tests (`in`) found its key words; an alternation of words opening a
# pattern is tried at every position (10-30 us a note each).
# the role closes a list of staff (after "," or ";") and its initials close the line or sentence
_ROLE_INITIALS = compile_rx(rf"[,;][ \t]{_ROLE_ABBREV}[ \t]+([A-Z]{{2,3}})(?=[.;]?[ \t]*(?:\n|\Z))")
_LOG_WORDS = ("user", "operator", "checker", "picker", "dispenser")
_LOG_USER = compile_rx(r"\b(?:user|operator|checker|picker|dispenser)[ \t]*:?[ \t]+([A-Z]{2,3})\b(?![-/]\d)")
_CHECK_WORDS = tuple(f"{q} check" for q in ("accuracy", "clinical", "final", "second", "double", "independent"))
_CHECK_BY = compile_rx(
    r"\b(?i:accuracy|clinical|final|second|double|independent)[ \t]+(?i:check(?:ed)?)(?:[ \t]+by)?[ \t]*:?[ \t]+"
    r"(?:([A-Z]{2,3})\b(?![-/]\d)|([A-Z][a-z]{2,})(?=[ \t]*\((?:pharmacist|technician|tech|ATO|ACPT|RN|nurse)\)))"
)
_HANDOVER_WORDS = ("receiver", "giver", "received by", "given by", "handed over by", "taken by", "handover from",
                   "handover to")
_HANDOVER = compile_rx(
    r"\b(?:receiver|giver|received by|given by|handed over by|taken by|handover from|handover to)"
    r"[ \t]*(:)?[ \t]+([A-Z]{2,3})\b(?![-/]\d)([ \t]*(?:\n|\Z))?"
)
# two or three letters before a credential, two before a bracket ("by fax (224) ..." is no one);
# opens with the literal "by" (scanned in C), the word start checked after
_LOWER_BY = compile_rx(r"by[ \t]+(?:([a-z]{2,3})(?=,[ \t]*[A-Z]{2,6}\b)|([a-z]{2})(?=[ \t]+\((?![a-z]{0,3}\))))")
_NOT_LOWER_INITIALS = frozenset(
    ["me", "us", "him", "her", "it", "you", "the", "all", "one", "two", "iv", "im", "sc", "po", "pr", "ng", "pv",
     "mouth", "day", "now", "far", "and", "way", "air", "car", "bus", "law", "end", "hand", "pen", "ear", "eye"]
)
_DEPARTMENTS = ("Embryology", "Andrology", "Pharmacy", "Radiology", "Physiotherapy", "Physio", "Dietetics", "Audiology",
                "Orthotics", "Phlebotomy", "Haematology", "Hematology", "Microbiology", "Cytology", "Histology",
                "Genetics", "Podiatry", "Chaplaincy", "Safeguarding", "Bereavement", "Booking", "Reception", "Admin",
                "Theatre", "Theatres", "Anaesthetics", "Anesthesia")
_DEPARTMENT_SURNAME = compile_rx(
    r"\b(?:" + "|".join(_DEPARTMENTS) + r")[ \t]+\(([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\)"
)
_NOT_SURNAME = frozenset(["Urgent", "Routine", "Adult", "Paediatric", "Pediatric", "Inpatient", "Outpatient",
                          "Private", "Lab", "Main", "Satellite", "Central", "Oncology", "Emergency", "Pending"])
_TYPED_BY = compile_rx(
    r"\b(?:Typed|Transcribed|Dictated)(?:[ \t]+(?:by|on))?[ \t]*:[^\n]{0,40}?[ \t]([a-z]{2,3})[ \t]*$", re.MULTILINE
)
_BRACKET_ROLES = ("advisor", "adviser", "handler", "clinician", "navigator", "coordinator", "co-ordinator",
                  "interpreter", "receptionist", "porter", "scribe", "chaperone", "buddy", "mentor", "preceptor")
_ROLE_BRACKET = compile_rx(
    r"\b(?:" + "|".join(_BRACKET_ROLES) + r")[ \t]+\(([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\)"
)
_JOB_NOUNS = ("Worker", "Nurse", "Officer", "Therapist", "Manager", "Coordinator", "Co-ordinator", "Practitioner",
              "Consultant", "Registrar", "Physician", "Pharmacist", "Midwife", "Visitor", "Assistant", "Specialist",
              "Advisor", "Adviser", "Physiotherapist", "Dietitian", "Psychologist", "Counsellor", "Counselor",
              "Chaplain", "Administrator", "Secretary", "Navigator")
# a name opening a line, a comma, then a job title (matched from the start of a line that holds a job noun)
_NAME_JOB_LINE = compile_rx(
    r"([A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?[ \t]+[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?),[ \t]+"
    r"(?:[A-Z][a-z]+[ \t]+){0,3}(?:" + "|".join(_JOB_NOUNS) + r")\b"
)
_COACH = compile_rx(r"\bCoach[ \t]+([A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\b(?![ \t]+(?:class|trip|team|bay|ward|station))")
_QUOTE_OPENER = compile_rx(
    r"[\"\u201c]([A-Z][a-z]{2,11})[ \t]+(?:says|said|told|tells|asks|asked|reports|wants|feels|thinks|states|stated)\b"
)
_NOT_SPEAKER = frozenset(
    ["She", "He", "They", "It", "We", "You", "Patient", "Pt", "Mum", "Mom", "Dad", "Nurse", "Doctor", "Staff",
     "Everyone", "Nobody", "Someone", "Husband", "Wife", "Son", "Daughter", "Partner", "Family", "Mother",
     "Father", "Sister", "Brother", "Carer", "Caregiver", "Team", "Ward", "Physio", "Dietitian", "Nan", "Gran",
     "Grandma", "Grandpa", "Baby", "Boss", "School", "Teacher", "This", "That", "Who", "Nobody", "Everybody"]
)


_JOB_NOUN_AT = compile_rx("(?:" + "|".join(_JOB_NOUNS) + r")\b")  # literal alternatives: scanned in C
_DEPARTMENT_OPEN = tuple(d + " (" for d in _DEPARTMENTS)
_BRACKET_ROLE_OPEN = tuple(r + " (" for r in _BRACKET_ROLES)


def _job_line_starts(text: str) -> list[int]:
    """Starts of the lines that hold a job noun after a comma."""
    starts: set[int] = set()
    for m in _JOB_NOUN_AT.finditer(text):
        i = m.start()
        if text.rfind(",", max(0, i - 60), i) >= 0:
            starts.add(text.rfind("\n", 0, i) + 1)
    return sorted(starts)


def role_mark_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in the module doc."""
    out: list[tuple[int, int]] = []
    if ", " in text or "; " in text:
        out.extend(m.span(1) for m in _ROLE_INITIALS.finditer(text) if m.group(1).lower() not in CLINICAL_ABBREV)
    if any(w in text for w in _LOG_WORDS):
        out.extend(m.span(1) for m in _LOG_USER.finditer(text) if m.group(1).lower() not in CLINICAL_ABBREV)
    if "heck" in text and any(w in text.lower() for w in _CHECK_WORDS):
        for m in _CHECK_BY.finditer(text):
            if m.group(2) is not None:
                out.append(m.span(2))
            elif m.group(1).lower() not in CLINICAL_ABBREV:  # not "double check BP"
                out.append(m.span(1))
    if any(w in text for w in _HANDOVER_WORDS):
        # a label's colon or the line's end makes them initials; else not "given by IV"
        out.extend(m.span(2) for m in _HANDOVER.finditer(text)
                   if m.group(2) not in _ROLES  # "given by SN Lee": the role, not initials
                   and (m.group(1) or m.group(3) is not None or m.group(2).lower() not in CLINICAL_ABBREV))
    if "by " in text:
        for m in _LOWER_BY.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                continue  # "nearby ..."
            group = 1 if m.group(1) is not None else 2
            if m.group(group) not in _NOT_LOWER_INITIALS and m.group(group) not in COMMON_WORDS:
                out.append(m.span(group))
    if " (" in text and any(d in text for d in _DEPARTMENT_OPEN):
        out.extend(m.span(1) for m in _DEPARTMENT_SURNAME.finditer(text) if m.group(1) not in _NOT_SURNAME)
    if "Coach" in text:
        out.extend(m.span(1) for m in _COACH.finditer(text)
                   if m.group(1).lower() not in CLINICAL_ABBREV and m.group(1) not in _NOT_SURNAME)
    if '"' in text or "\u201c" in text:
        out.extend(m.span(1) for m in _QUOTE_OPENER.finditer(text) if m.group(1) not in _NOT_SPEAKER)
    if "yped" in text or "ictated" in text or "ranscribed" in text:
        out.extend(m.span(1) for m in _TYPED_BY.finditer(text) if m.group(1) not in _NOT_LOWER_INITIALS)
    if " (" in text and any(r in text for r in _BRACKET_ROLE_OPEN):
        out.extend(m.span(1) for m in _ROLE_BRACKET.finditer(text) if m.group(1) not in _NOT_SURNAME)
    if ", " in text:
        for start in _job_line_starts(text):
            line = _NAME_JOB_LINE.match(text, start)
            if line is not None and _two_names(line.group(1)):
                out.append(line.span(1))
    return out


def _two_names(run: str) -> bool:
    """Neither word is a clinical or title-case heading word ("Discharge Planning, Ward Manager")."""
    return not any(w.lower() in CLINICAL_WORDS or w.lower() in COMMON_WORDS for w in run.split())
