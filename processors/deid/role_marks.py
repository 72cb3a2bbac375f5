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
from processors.deid.name_edges import LANGUAGES
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS, _is_name_loose
from processors.deid.unknown import COMMON_WORDS

__all__ = ["STAFF_ROLES", "is_staff_role", "role_initials_spans", "role_mark_spans", "role_number_spans"]

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
# after v41 (US academic-hospital notes): signing and dictation marks
_INITIALS_BEFORE_DATE = compile_rx(r"^([a-z]{2,3})[ \t]+\d{1,2}/\d{1,2}/\d{2,4}\b", re.MULTILINE)  # "ah 6/28/2024 2310"
_INITIALS_DICTATED = compile_rx(
    r"^([A-Z]{2,3})[ \t]*/[ \t]*([A-Z]{2,3})[ \t]+(?:dictated|transcribed|typed|d/t)\b", re.MULTILINE
)  # "YW / KH dictated 12/21/2024"
_TYPIST_REF_LINE = compile_rx(r"^([a-z]{2,3})/([a-z]{2,3})[ \t]*$", re.MULTILINE)  # a letter's closing "ey/wh"
_DATA_ENTRY = compile_rx(r"\bdata entry[ \t]*:?[ \t]+([a-z]{2,3}|[A-Z]{2,3})\b")
_LAST_LOWER = compile_rx(r"\n[ \t]*\n[ \t]*([a-z]{2,3})[ \t]*\Z")  # initials alone closing a note
_DR_LETTER = compile_rx(r"\bDr\.?[ \t]+([A-Z])(?=[ \t]+[a-z])")  # "seen with Dr. O on rounds"
_NAME_GRADE_LINE = compile_rx(
    r"^([A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:FY[12]|F[12]|CT[1-3]|ST[1-8]|SHO|SpR|PGY-?[1-7])\b",
    re.MULTILINE,
)  # "Fang Xu FY1 (bleep 4018)"
_KIN_STATUS = frozenset(("deceased", "visiting", "estranged", "late", "abroad", "overseas", "interstate", "nok", "pt",
                         "patient", "carer", "lpa", "poa", "aware", "present", "absent", "adopted", "foster", "twin"))
_RELATION_BRACKET = compile_rx(
    r"\b(?:mom|mum|dad|mother|father|sibling|sister|brother|son|daughter|wife|husband|partner|grandma|grandpa"
    r"|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|friend)[ \t]*\(([A-Z][a-z]{1,12})(?=[,)])"
)  # "dad (Jun, works nights)"
_EXT_IN_BRACKETS = compile_rx(r"\((?:x|p|ext\.?|pgr\.?|pager|bleep)[ \t]?(\d{4,5})\)")  # "CRNA (x83927)", "MD  (p70940)"
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


# session 47 (held-out deid tester: 57 staff initials after a role were left): a role, then two or three letters as
# initials, written in the role's own case, closing the line or before "to" / "for" / "bleep" / ":" / ")" ("DN SB",
# "SW FE", "dietitian OE", "From CN FO to SN", "Triage (RN SA): ATS 2", "rn cf to rn jc", "pharmacist mm bleep", "em reg
# lm"); not an English word ("rn he") nor, in capitals, a clinical abbreviation ("SW OT")
# staff roles a sign-off or a handover writes beside a name or initials (shared with initials.slash_role_spans)
STAFF_ROLES = (r"dn|sw|rn|en|cn|csn|cnm2?|gnm|rpn|enp|acp|anp|pn|sn|rgn|rmn|ssn|ho|sho|fy[12]|intern|pgy-?\d|reg|registrar|bst|"
               r"dietitian|dietician|pharmacist|physio|physiotherapist|ot|slt|rd|nurse|sister|matron|midwife|mw|rm|hca|hcsw|csw"
               r"|na|np|pa|fellow|resident|ccot|outreach|nic|cns|ahp|crn|lpn|lvn|cna|pca|pct"
               r"|cpn|cmhn|amhp|hv")  # session 56: community psychiatric / mental-health nurse, AMHP, health visitor
_STAFF_ROLE = compile_rx(rf"(?i:{STAFF_ROLES})")


def is_staff_role(word: str) -> bool:
    """``word`` is one of STAFF_ROLES (any case)."""
    return _STAFF_ROLE.fullmatch(word) is not None
_ROLE_THEN_INITIALS = compile_rx(
    rf"\b(?i:{STAFF_ROLES})[ \t]+([A-Z]{{2,3}}|[a-z]{{2,3}})(?=[ \t]*(?:$|\)|:|[ \t](?:to|for|bleep|ext|at|->)\b))",
    re.MULTILINE)
# session 56: upper-case initials after a role before a sentence's punctuation or its next lower-case word ("Reviewed by
# CPN RW today.", "ward sister AB.", "HCA TB and ...")
_ROLE_THEN_CAPS = compile_rx(
    r"\b(?i:sn|rn|en|rgn|rmn|rpn|ssn|crn|lpn|lvn|cna|pca|pct|hca|hcsw|csw|sister|nurse|matron|midwife|mw|cpn|cmhn|amhp|hv|dn"
    r"|sho|fy[12]|reg|registrar|intern|fellow|resident|nic|cns|anp|acp|np)[ \t]+([A-Z]{2,3})(?=[.,;](?:[ \t]|$)|[ \t]+[a-z]{2,}\b(?![ \t]*[:=]?[ \t]*\d))", re.MULTILINE)
_NOT_INITIALS_WORDS = frozenset(
    ["he", "me", "we", "us", "to", "on", "in", "at", "is", "it", "as", "be", "by", "do", "go", "if", "no", "of", "or", "so",
     "up", "am", "pm", "ok", "an", "my", "re", "and", "the", "for", "who", "was", "has", "had", "are", "all", "off", "day",
     "one", "two", "now", "see", "saw", "led", "tel", "ext", "via", "bay", "bed", "her", "him", "his", "its", "our", "new"])


def role_initials_spans(text: str) -> list[tuple[int, int]]:
    """Initials after a role (see _ROLE_THEN_INITIALS)."""
    out: list[tuple[int, int]] = []
    for m in _ROLE_THEN_INITIALS.finditer(text):
        init = m.group(1)
        role = text[m.start():m.start(1)].strip()
        if init.lower() in _NOT_INITIALS_WORDS or (init.isupper() and init.lower() in CLINICAL_ABBREV):
            continue
        if init.islower() and not role.islower():
            continue  # lower-case initials only in a note typed in lower case ("rn cf"; not "RN to")
        out.append(m.span(1))
    for m in _ROLE_THEN_CAPS.finditer(text):
        init = m.group(1)
        if init.lower() in _NOT_INITIALS_WORDS or init.lower() in CLINICAL_ABBREV or is_staff_role(init):
            continue
        out.append(m.span(1))
    return out


# session 47 (held-out deid tester): a name before its role in brackets, or with it ("(KARTHIK, RPN)", "(omar, gnm)",
# "Marcella (hospital SW)", "A. SPIKA (WARD PHARMACIST)", "P. Bora (ward pharmacist)")
_ROLE_IN_BRACKETS = (r"(?:(?:ward|hospital|community|clinical|senior|charge|staff|specialist|student|district|practice|team)[ \t]+)?"
                  r"(?:pharmacist|sw|social[ \t]+worker|physio(?:therapist)?|ot|dietitian|dietician|nurse|rn|rpn|cn|gnm|en|hca|csw"
                  r"|midwife|slt|pta|tech(?:nician)?|sister|matron|nic|cnm\d?|ho|sho|reg|intern|fy[12]|np|anp|pa)")
_NAME_COMMA_ROLE = compile_rx(rf"\(([^\W\d_][\w'\u2019-]{{1,20}}),[ \t]*(?i:{_ROLE_IN_BRACKETS})\)")
_NAME_BEFORE_ROLE = compile_rx(
    rf"(?<![\w'.-])((?:[A-Za-z]\.[ \t]?)?[^\W\d_][\w'\u2019-]{{1,25}})[ \t]*\((?i:{_ROLE_IN_BRACKETS})\)")


def _bracket_name_ok(word: str, initial: bool) -> bool:
    k = word.lower().strip(".'\u2019")
    if not k or k in CLINICAL_ABBREV or k in CLINICAL_WORDS or k in _NOT_INITIALS_WORDS:
        return False
    return initial or k not in COMMON_WORDS or _is_name_loose(word)


def bracket_role_name_spans(text: str) -> list[tuple[int, int]]:
    """Names before or beside a role in brackets (see _NAME_BEFORE_ROLE)."""
    if "(" not in text:
        return []
    out = [m.span(1) for m in _NAME_COMMA_ROLE.finditer(text) if _bracket_name_ok(m.group(1), False)]
    for m in _NAME_BEFORE_ROLE.finditer(text):
        name = m.group(1)
        initial = len(name) > 2 and name[1] == "."
        if _bracket_name_ok(name.split(".")[-1].strip() if initial else name, initial):
            out.append(m.span(1))
    return out


def role_mark_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the names in the module doc."""
    out: list[tuple[int, int]] = role_initials_spans(text) + bracket_role_name_spans(text)
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
            if m.group(group) not in _NOT_LOWER_INITIALS and m.group(group) not in COMMON_WORDS and not (
                    group == 2 and is_staff_role(m.group(group))):  # session 49: "seen by ot (hope savage)": the role
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
        out.extend(m.span(1) for m in _ROLE_BRACKET.finditer(text) if m.group(1) not in _NOT_SURNAME
                   and m.group(1).lower() not in LANGUAGES)  # session 43: "an interpreter (Punjabi)"
    if "/" in text:
        out.extend(m.span(1) for m in _INITIALS_BEFORE_DATE.finditer(text)
                   if m.group(1) not in _NOT_LOWER_INITIALS and m.group(1) not in COMMON_WORDS)
        for m in _TYPIST_REF_LINE.finditer(text):
            if m.group(1) not in CLINICAL_ABBREV or m.group(2) not in CLINICAL_ABBREV:  # not "po/iv"
                out.extend((m.span(1), m.span(2)))
        if "ictated" in text or "ranscribed" in text or "typed" in text or "d/t" in text:
            for m in _INITIALS_DICTATED.finditer(text):
                out.extend((m.span(1), m.span(2)))
    if "data entry" in text:
        out.extend(m.span(1) for m in _DATA_ENTRY.finditer(text) if m.group(1).lower() not in CLINICAL_ABBREV)
    if text.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) or text.rstrip() != text:
        last = _LAST_LOWER.search(text, max(0, len(text) - 12))
        if last and last.group(1) not in _NOT_LOWER_INITIALS and last.group(1) not in COMMON_WORDS:
            out.append(last.span(1))
    if "Dr" in text:
        out.extend(m.span(1) for m in _DR_LETTER.finditer(text))
    if any(g in text for g in ("FY", "F1", "F2", "CT", "ST", "SHO", "SpR", "PGY")):
        out.extend(m.span(1) for m in _NAME_GRADE_LINE.finditer(text)
                   if not any(w.lower() in CLINICAL_WORDS for w in m.group(1).split()))
    if "(" in text:
        out.extend(m.span(1) for m in _RELATION_BRACKET.finditer(text) if m.group(1) not in _NOT_SPEAKER
                   and m.group(1).lower() not in _KIN_STATUS)  # session 43: "son (Deceased)"
    if ", " in text:
        for start in _job_line_starts(text):
            line = _NAME_JOB_LINE.match(text, start)
            if line is not None and _two_names(line.group(1)):
                out.append(line.span(1))
    return out


def _two_names(run: str) -> bool:
    """Neither word is a clinical or title-case heading word ("Discharge Planning, Ward Manager")."""
    return not any(w.lower() in CLINICAL_WORDS or w.lower() in COMMON_WORDS for w in run.split())


def role_number_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "[PHONE]") of an extension or pager number in brackets ("CRNA (x83927)")."""
    if "(" not in text:
        return []
    return [(*m.span(1), "[PHONE]") for m in _EXT_IN_BRACKETS.finditer(text)]
