"""Session 48 (deid tester: 220 notes in eight genres, names 89.6 %, in lower case 64.5 %): names marked by the
form around them rather than by capitals.

- a lower-case name field ("surname: zhang   forename(s): duc", "first name: gift");
- a baby's chosen name ("baby to be called blessing", "parents have chosen the name Hope");
- the sender or recipient before an e-mail address in angle brackets ("to: anil banerjee <banerjeea@...>",
  "ON SAT 21 JUNE 2025, HOA TAN <HOA.TAN@...> WROTE:");
- a message's writer naming themself before their date of birth ("it's gift balogun (dob 20/7/1988)", "Hi Dr. Khan,
  it's Anil Reddy (DOB ...)");
- (session 49) a person in brackets after their tie to the patient or their role ("(mom of Rod)", "family (gladys)",
  "seen by physio (ian cooper)");
- a typist's and a checker's initials ("Dictated by PR/typed sp 29/2/24", "pharmacist check: mkp."); ``initials_word``
  is shared with the sign-offs of ``signoffs.py``.

Spans are ``(start, end)``; the name fields and the chosen names go through the caller's clinical-token guard, the
rest carry their own check (no clinical word, no staff role).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, FIRST_NAMES, SURNAMES
from processors.deid.role_marks import is_staff_role
from processors.deid.staff import NOT_SIGNATURE
from processors.deid.unknown import is_known_word

__all__ = ["cued_name_spans", "form_cued_names", "initials_word"]

_WORDS = r"[^\W\d_][\w'\u2019-]*(?:[ \t][^\W\d_][\w'\u2019-]*){0,2}"
# a name field's value in lower case, to two spaces, a comma or the line's end
_LOWER_FIELD = compile_rx(
    r"\b(?:surname|forenames?(?:\(s\))?|first[ \t]+names?|last[ \t]+name|given[ \t]+names?|family[ \t]+name|"
    r"patient[ \t]+name|pt[ \t]+name|full[ \t]+name)[ \t]*:[ \t]*([a-z][\w'\u2019-]*(?:[ \t][a-z][\w'\u2019-]*){0,2})"
    r"(?=[ \t]{2}|[ \t]*[,;\n]|[ \t]*$)", re.MULTILINE)
# a baby's name: "to be called" only after the baby ("asks to be called at 0412 ...", "happy to be called overnight")
_CHOSEN = compile_rx(
    r"\b(?i:(?:baby|infant|newborn|son|daughter|boy|girl|twins?)\b[^.\n]{0,25}?\b(?:to[ \t]+be|will[ \t]+be|is[ \t]+to[ \t]+be)"
    r"[ \t]+called|chosen[ \t]+the[ \t]+name|"
    r"(?:baby|son|daughter|boy|girl)[ \t]+(?:is[ \t]+|was[ \t]+)?named)[ \t]+[\"'\u2018\u201c]?([^\W\d_][\w'\u2019-]+)"
    r"(?:[ \t]+([^\W\d_][\w'\u2019-]+))?")
_BEFORE_EMAIL = compile_rx(
    r"(?:^|[:,;>][ \t]*)[ \t]*(" + _WORDS + r"(?:[ \t][^\W\d_][\w'\u2019.-]*)?)[ \t]*<[^<>\s@]+@[^<>\s]+>", re.MULTILINE)
_ITS_ME = compile_rx(
    r"\b(?i:it'?s|it\u2019s|it[ \t]+is|this[ \t]+is)[ \t]+(" + _WORDS + r")[ \t]*[(,][ \t]*"
    r"(?i:dob|d\.o\.b\.?|born|date[ \t]+of[ \t]+birth|mrn|nhs|hosp)\b")
_TYPED = compile_rx(r"\b([A-Za-z]{2,4})/(?i:typed|tw|tr)[ \t]+([A-Za-z]{2,4})\b")
_CHECKED = compile_rx(
    r"\b(?i:pharmacist[ \t]+check(?:ed)?|checked[ \t]+by|typed[ \t]+by|transcribed[ \t]+by|second[ \t]+check(?:er)?)"
    r"[ \t]*:?[ \t]*([A-Za-z]{2,4})(?=[ \t]*(?:[.,;)\n]|\d|$))", re.MULTILINE)
_MAILBOX = frozenset(["ward", "clerk", "team", "helpdesk", "help", "desk", "manager", "admin", "administrator", "office",
                      "pharmacy", "clinic", "reception", "service", "services", "department", "dept", "unit", "no", "reply",
                      "noreply", "notifications", "alerts", "system", "bookings", "referrals", "secretary", "secretaries",
                      "hub", "centre", "center", "practice", "surgery", "hospital", "nurses", "records", "it", "support"])
_NOT_NAMED = frozenset(["at", "on", "if", "by", "before", "after", "back", "overnight", "when", "in", "for", "with", "and", "or",
                        "the", "a", "an", "to", "about", "urgently", "immediately", "later", "tomorrow", "today", "asap"])
_NOT_LEADS = frozenset(["a", "an", "the", "my", "our", "your", "his", "her", "their", "about", "regarding", "re", "just", "to",
                        "for", "not", "also", "still", "now", "urgent", "important", "ok", "okay"])
# beyond staff.NOT_SIGNATURE ("OK", "NIL", "TBC" ...): words a checker's or typist's place also holds
_NOT_INITIALS = frozenset(["n/a", "done", "the", "and", "pt", "dr", "pharmacy", "me", "us", "him", "her", "you", "two", "one",
                           "all", "sec", "see", "per", "via", "eye", "phone"])


def _plain(words: str) -> bool:
    """Every word is English, clinical or a calendar word (a role mailbox, "Ward Clerk")."""
    return all(is_known_word(w) for w in words.split())


def initials_word(word: str) -> bool:
    """A typist's or checker's initials: no staff role, no listed non-initial, and in lower case no English word ("checked
    by hand")."""
    if is_staff_role(word) or word.upper() in NOT_SIGNATURE or word.lower() in _NOT_INITIALS:
        return False
    return word.isupper() or len(word) <= 3 or not is_known_word(word)  # a two- or three-letter word is read as initials


def form_cued_names(text: str) -> list[tuple[int, int]]:
    """Lower-case name fields and chosen names (the caller guards clinical tokens)."""
    out: list[tuple[int, int]] = []
    if ":" in text:
        out.extend(m.span(1) for m in _LOWER_FIELD.finditer(text))
    low = text.lower()
    if "called" in low or "name" in low:
        for m in _CHOSEN.finditer(text):
            if m.group(1).lower() in _NOT_NAMED:
                continue
            end = m.end(2) if m.group(2) and not is_known_word(m.group(2)) else m.end(1)
            out.append((m.start(1), end))
    return out


# session 49 (deid tester N): a person named in brackets after who they are to the patient or their role: "this is
# Prudence (mom of Rod)", "(mum of rich)", "family (gladys) updated by phone", "Family (Beryl)", "seen by physio (ian
# cooper)", "seen by ot (hope savage)"
_KIN = (r"mom|mum|mother|dad|father|parent|grandma|grandmother|grandad|granddad|grandfather|nan|nana|wife|husband|partner"
        r"|carer|guardian|sister|brother|aunt|uncle|daughter|son|niece|nephew|friend|neighbour|neighbor")
_KIN_OF = compile_rx(rf"\((?i:{_KIN})[ \t]+of[ \t]+([^\W\d_][\w'\u2019-]+(?:[ \t][^\W\d_][\w'\u2019-]+)?)\)")
_WHO_BRACKET = compile_rx(
    rf"\b(?i:family|relatives?|{_KIN}|physio|physiotherapist|ot|salt|slt|dietitian|dietician|sw|social[ \t]+worker|pharmacist"
    r"|chaplain|psychologist|tvn|cns)[ \t]*\(([^\W\d_][^\W\d_'\u2019-]*(?:[ \t][^\W\d_][^\W\d_'\u2019-]*){0,2})\)")
_NOT_BRACKETED = frozenset(["twins", "triplets", "patient", "pt", "baby", "babies", "the", "a", "an", "one", "two", "three", "child",
                            "children", "kids", "boys", "girls", "present", "aware", "updated", "informed", "nok", "lpa", "poa",
                            "absent", "deceased", "elderly", "adult", "unknown", "unwell", "visiting", "phone", "tel", "mobile",
                            "main", "carer", "next", "kin", "same", "also", "both", "all", "step", "half", "in", "law"])


def _bracketed_person(words: str) -> bool:
    """Each word a name as written: capitalised and no clinical abbreviation, or in lower case a listed name or no known
    word; no word of a phrase about the person ("present", "aware", "twins")."""
    for w in words.split():
        k = w.lower()
        if k in _NOT_BRACKETED or is_staff_role(w):
            return False
        if w.isupper():
            return False  # "son (ALS)", "OT (COTBC)": an abbreviation
        if w[:1].isupper() and not is_known_word(k):
            continue
        if not (k in FIRST_NAMES or k in SURNAMES or k in AMBIGUOUS_NAMES or not is_known_word(k)):
            return False
    return True


def _bracket_names(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []
    out = [m.span(1) for m in _KIN_OF.finditer(text) if not any(w.lower() in _NOT_BRACKETED for w in m.group(1).split())]
    out.extend(m.span(1) for m in _WHO_BRACKET.finditer(text) if _bracketed_person(m.group(1)))
    return out


def cued_name_spans(text: str) -> list[tuple[int, int]]:
    """Names before an e-mail address, a writer's own name before their birth date, typists' and checkers' initials."""
    out: list[tuple[int, int]] = _bracket_names(text)
    if "@" in text:
        for m in _BEFORE_EMAIL.finditer(text):
            words = m.group(1)
            if any(w.lower().strip(".") in _MAILBOX for w in words.split()):
                continue  # "Ward Clerk <...>", "SEM Clinic Referrals <...>": a mailbox
            if not _plain(words) or len(words.split()) >= 2:
                out.append(m.span(1))  # "Hope Brown <...>" is a person
    low = text.lower()
    if "it" in low or "this" in low:
        out.extend(m.span(1) for m in _ITS_ME.finditer(text)
                   if m.group(1).split()[0].lower() not in _NOT_LEADS and not _plain(m.group(1)))
    if "/" in text:
        for m in _TYPED.finditer(text):
            out.extend(m.span(g) for g in (1, 2) if initials_word(m.group(g)))
    if "check" in low or "by" in low:
        out.extend(m.span(1) for m in _CHECKED.finditer(text) if initials_word(m.group(1)))
    return out
