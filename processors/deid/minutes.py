"""Forms of meeting minutes, action lists and team notes around an older person's stay (session 19,
from the held-out v55 measurement: best-interests meetings, MDT goal-setting, therapy and
discharge notes in the UK, Ireland, the US, Canada, Australia, New Zealand and Singapore).

Names (NAME), each form saying it is a person:
- the initials of a name found in the same note, used again on their own ("Re: Mr Huw Pugh (HP)
  ... where HP should live", "Yaw Owusu - Social Worker ... - YO: send referrals"): the initials
  of the first and last word (and of each part of a hyphenated surname);
- initials owning an action ("- YO: send referrals", "Actions: MN home visit; PZ chase POC",
  "(SG to decide)"), closing a check line ("ATO check: JT"), or in brackets after a therapy or
  ward role ("Co-treat with OT (GT)");
- a system user name after "by user" ("by user emeka.okonkwo");
- a nickname in quotes before a reporting verb ('"Paddy" reports pain'), a name before "'s
  words";
- a given name after a ward or therapy role ("NUM: Ross", "NUM Coral to arrange", "PT Clive;",
  "sitter (Hung)"), an initial and surname after a role ("Physio (J. Sealy)", "Sister in charge:
  E. Venter").
Initials are never a clinical abbreviation or signature word (``mdt.initials_ok``); a given name
is no common English or clinical word unless it is a listed first name. The caller guards the
names of the last two forms (a clinical word is cut out).
"""

from __future__ import annotations

import re

from processors.deid.extend import title_short_surname
from processors.deid.guard import is_clinical_token
from processors.deid.leading import compile_rx
from processors.deid.mdt import QUALIFICATION, initials_here, lower_initials_ok, person_word
from processors.deid.names import _LEAD_ROLES, CLINICAL_ABBREV, _key
from processors.deid.patterns import TITLE_NAME
from processors.deid.staff import NOT_SIGNATURE
from processors.deid.unknown import _CLINICAL, COMMON_WORDS

__all__ = ["given_before_spans", "minutes_name_spans", "role_given_spans", "staff_bracket_spans"]

_TITLES = frozenset(("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sr", "rev", "fr", "dr.", "mr.", "mrs.", "ms."))
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*")
_CAPS = compile_rx(r"(?<![\w&/.-])[A-Z]{2,3}(?![\w&/-]|\.\w)")
_LOWER_INI = compile_rx(r"(?:(?<=-[ \t])|(?<=\())([a-z]{2,3})(?=\)|[ \t]*$)", re.MULTILINE)
_CAPS_PAIR = compile_rx(r"(?<![\w&/.-])([A-Z]{2,3})/([A-Z]{2,3})(?![\w&/-]|\.\w)")
_ACTION_ITEM = compile_rx(r"^[ \t]*[-*\u2022][ \t]*([A-Z]{2})[ \t]*:[ \t]+[a-z]", re.MULTILINE)
_ACTIONS_LINE = compile_rx(r"\bAction(?:s| points)?[ \t]*:[ \t]*([^\n]{4,200})")
_ACTION_OWNER = compile_rx(r"(?:^|[;,][ \t]*)([A-Z]{2})[ \t]+(?:to[ \t]+)?[a-z]{3,}")
# session 39 (final deid tester): a given name owning an action ("Action: Will to book PET; Hazel to inform GP")
_ACTION_GIVEN = compile_rx(r"(?:^|[;,][ \t]*)([A-Z][a-z]{2,14})[ \t]+to[ \t]+(?:book|inform|arrange|refer|chase|contact|call|phone|"
                           r"ring|review|discuss|update|organi[sz]e|request|send|complete|liaise|follow|check|speak|see|write|"
                           r"e-?mail|order|visit|meet|ask|confirm|feed\s+back|action)\b")
_NOT_OWNER = frozenset(("team", "ward", "staff", "family", "nursing", "medical", "surgical", "pharmacy", "all", "each",
                        "someone", "whoever", "she", "he", "they", "we", "you", "patient", "nurse", "doctor", "physio",
                        "consultant", "registrar", "social", "discharge", "gp", "the", "and", "then", "also", "plan", "need",
                        "needs", "agreed", "decision", "not", "unable"))
_TO_VERB = compile_rx(r"\(([A-Z]{2,3})[ \t]+to[ \t]+[a-z]{3,}[^()\n]{0,30}\)")
_CHECK_END = compile_rx(
    r"\b(?:[Cc]heck(?:ed)?|[Vv]erified|[Ww]itness(?:ed)?|[Cc]ountersigned)(?:[ \t]+by)?[ \t]*:[ \t]*([A-Z]{2,3})[ \t]*$",
    re.MULTILINE,
)
_ROLE_INITIALS = compile_rx(
    rf"\b(?:OT|PT|SLT|SALT|SW|RN|HCA|TA|CNS|DN|[Pp]hysio|[Dd]ietitian|[Pp]harmacist|[Ss]itter)[ \t]*\((?!{QUALIFICATION})([A-Z]{{2,3}})\)"
)
_NICKNAME = compile_rx(
    r"\"([A-Z][a-z]{2,12})\"[ \t]+(?:reports|reported|says|said|states|stated|prefers|wants|agreed|declined|refused"
    r"|asked|told)\b|\b([A-Z][a-z]{2,12})(?:'|\u2019)s[ \t]+words\b"
)
_ROLE_GIVEN = compile_rx(
    r"\b(NUM|CNM|NIC|CN|PT|OT|SW|SLT|[Ss]itter|[Pp]hysio)(?:[ \t]*:[ \t]*|[ \t]+|[ \t]*\()"
    r"([A-Z][a-z]{2,14})(?=[ \t]*(?:[);,]|$|[ \t]to[ \t][a-z]))",
    re.MULTILINE,
)
_ROLE_INITIAL_SURNAME = compile_rx(
    r"\b(?:[Pp]hysio(?:therapist)?|OT|PT|SLT|SW|[Dd]ietitian|[Pp]harmacist|[Ss]ister[ \t]+in[ \t]+charge|[Mm]atron"
    r"|[Nn]urse[ \t]+in[ \t]+charge|NIC)[ \t]*[(:][ \t]*([A-Z]\.[ \t]?[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)\b"
)


# session 39 (fifth deid tester): an initial and surname in brackets right after a staff role is a
# person whatever the surname ("Consultant (F. Hope)", "FY1 (C. Cushing)", "Intern (K. Ward)"): no guard
_STAFF_BRACKET_INITIAL = compile_rx(
    r"\b(?:Consultant|Registrar|Reg|SHO|FY[12]|Intern|Resident|Fellow|Attending|Surgeon|Anaesthetist|Anesthetist|Midwife"
    r"|RN|Nurse|Physio|OT|PT|SLT|Pharmacist|Dietitian|GP|Dr)[ \t]*\([ \t]*([A-Z]\.[ \t]?[A-Z][a-z'\u2019]{1,}(?:-[A-Z][a-z]{2,})?)"
    r"[ \t]*\)")


def staff_bracket_spans(text: str) -> list[tuple[int, int]]:
    """Initial + surname in brackets after a staff role (``_STAFF_BRACKET_INITIAL``)."""
    return [m.span(1) for m in _STAFF_BRACKET_INITIAL.finditer(text)] if "(" in text else []


def _initials_of(name: str) -> set[str]:
    """Initials a writer forms from a name: first and last word; each part of a hyphenated
    surname; every word of a three-word name ("Noura El-Sayed" -> NE, NS, NES)."""
    if "," in name:  # "SURNAME, Given" -> Given Surname
        parts = name.split(",")
        if len(parts) > 1 and all(len(_WORD.findall(p)) >= 2 for p in parts):  # session 21 (v59): a list
            return set().union(*(_initials_of(p) for p in parts))  # "Jolene Spencer, Rhiannon Gruffydd"
        sur, _, given = name.partition(",")
        name = f"{given} {sur}"
    words = [w for w in _WORD.findall(name) if _key(w.rstrip(".")) not in _TITLES and w[0].isupper()]
    if len(words) < 2 or any(len(w) < 2 for w in (words[0], words[-1])):
        return set()
    first = words[0][0].upper()
    parts = [p for p in words[-1].split("-") if p]
    out = {first + p[0].upper() for p in parts}
    if len(parts) > 1:
        out.add(first + "".join(p[0].upper() for p in parts))
    if len(words) == 3:
        out.add("".join(w[0].upper() for w in words))
    return {i for i in out if _initials_ok(i)}


# a route, fluid or marker that a name's initials can spell ("5 mg IM", "500cc NS", "CA 19-9")
_ROUTES = frozenset(("IM", "IV", "SC", "SL", "PO", "PR", "PV", "NG", "NJ", "ID", "IO", "IT", "NS", "DS", "LR", "CA"))
_AMOUNT_BEFORE = compile_rx(r"\d[ \t]*(?:[A-Za-z\u00b5/%]{1,6}[ \t]{0,2})?\Z")  # not across a column gap
# abbreviations that a writer's initials can spell and that pass ``initials_ok``: never initials here
_NOT_INITIALS = frozenset((
    "NB", "PS", "FYI", "TBC", "TBA", "NFA", "ASAP", "AOB", "ETA", "OK", "RE", "CC", "TB", "CF", "UC", "CD", "OA",
    "DM", "US", "XR", "EF", "BS", "GA", "LA", "SA", "AV", "SN", "EN", "HB", "HC", "DC", "ST", "SR", "BI", "POA",
    "LPA", "IPA", "EPA", "CHC", "HIV", "MCA", "SLT", "MSW", "MOT", "OPD", "OPA", "TVN", "CQC", "PEG", "TPN",
))


# services and professions a slash pairs ("HD/MD visits", "OT/PT", "GP/DN")
_PAIR_NOT = _NOT_INITIALS | frozenset((
    "HD", "MD", "PD", "OT", "PT", "SW", "DN", "GP", "RN", "NP", "PA", "ED", "AE", "DR", "NG", "CT", "MR", "AP", "RA",
))


def _initials_ok(ini: str) -> bool:
    return initials_here(ini, _NOT_INITIALS)


def _found_initials(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    wanted: set[str] = set()
    for s, e in found:
        wanted |= _initials_of(text[s:e])
    if not wanted:
        return []
    out = [m.span() for m in _CAPS.finditer(text) if m.group(0) in wanted and m.group(0) not in _ROUTES
           and m.group(0) not in _NOT_INITIALS
           and not any(s <= m.start() < e for s, e in found)
           and not _AMOUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())
           and not is_clinical_token(text, *m.span())]
    lower = {w.lower() for w in wanted}
    out.extend(m.span(1) for m in _LOWER_INI.finditer(text)
               if m.group(1) in lower and lower_initials_ok(m.group(1)))  # session 21 (v63): "(SpR) - tm", "RN (eh)"
    if "/" in text:  # session 21 (v59): a pair that gave and checked a dose ("5mg IM (JS/RG)")
        for m in _CAPS_PAIR.finditer(text):
            a, b = m.group(1), m.group(2)
            if (a in wanted or b in wanted) and all(
                    x not in _ROUTES and x not in _PAIR_NOT and _initials_ok(x) for x in (a, b)):
                out.extend((m.span(1), m.span(2)))
    return out


_GIVEN_BEFORE = compile_rx(r"(?<![\w'\u2019.-])([A-Z][a-z\u00e0-\u00ff]{2,14})[ ]\Z")


def given_before_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A rare capitalised word right before a found name that starts with a capital: the given
    name of a surname found alone ("Arjun Menon Paramedic", "Midwife: Aisling Tierney RM")."""
    out: list[tuple[int, int]] = []
    for s, e in found:
        if s < 4 or not text[s:s + 1].isupper():
            continue
        m = _GIVEN_BEFORE.search(text, max(0, s - 16), s)
        if m is None:
            continue
        w = m.group(1)
        k = _key(w)
        if k in COMMON_WORDS or k in CLINICAL_ABBREV or k in _CLINICAL or w in NOT_SIGNATURE or k in _LEAD_ROLES:
            continue
        if TITLE_NAME.match(text, s):
            continue  # session 52 (deid tester H): "Signed Dr Peter Kowal": no given name comes before a title
        out.append(m.span(1))
    return out


def minutes_name_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Initials and names of the forms in the module doc that need no clinical guard."""
    out = _found_initials(text, found)
    out.extend(m.span(1) for m in _ACTION_ITEM.finditer(text) if _initials_ok(m.group(1)))
    if "ction" in text:
        for line in _ACTIONS_LINE.finditer(text):
            base = line.start(1)
            out.extend((base + m.start(1), base + m.end(1)) for m in _ACTION_OWNER.finditer(line.group(1))
                       if _initials_ok(m.group(1)))
            out.extend((base + m.start(1), base + m.end(1)) for m in _ACTION_GIVEN.finditer(line.group(1))
                       if _key(m.group(1)) not in _CLINICAL and m.group(1).lower() not in _NOT_OWNER)
    out.extend(m.span(1) for m in _TO_VERB.finditer(text) if _initials_ok(m.group(1)))
    out.extend(m.span(1) for m in _CHECK_END.finditer(text) if _initials_ok(m.group(1)))
    if "(" in text:
        out.extend(m.span(1) for m in _ROLE_INITIALS.finditer(text) if _initials_ok(m.group(1)))
    if "   " in text:
        out.extend(_signed_column(text))
    return out


# session 21 (v59, v60): the last cell of table rows under a signer's heading ("Given by", "RN", "Init"):
# initials that occur on two rows or more ("PCV20   0.5 mL   IM L thigh   KM")
_LAST_CELL = compile_rx(r"(?<=\S[ \t]{3})[ \t]*([A-Z]{2,3})[ \t]*$", re.MULTILINE)
_SIGNER_HEAD = compile_rx(
    r"(?i:\S[ \t]{2,}(?:(?:given|signed|checked|done|administered|witnessed)[ \t]+by|by|init(?:ial)?s?|sign(?:ed|ature)?"
    r"|sig|staff|rn|nurse|given|admin|checked|witness|cosign)[ \t]*)$"
)


def _signed_column(text: str) -> list[tuple[int, int]]:
    cells = [m for m in _LAST_CELL.finditer(text) if m.group(1) not in _ROUTES and m.group(1) not in _PAIR_NOT]
    counts: dict[str, int] = {}
    for m in cells:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    rows = {text.rfind("\n", 0, m.start()) + 1 for m in cells}
    out: list[tuple[int, int]] = []
    for m in cells:  # under a signer's heading the heading decides, not the letters ("init" ... "SH")
        if counts[m.group(1)] < 2 or m.group(1) in _NOT_INITIALS:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        while start in rows and start > 0:  # up to the line above the block of rows
            start = text.rfind("\n", 0, start - 1) + 1
        head = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]
        if _SIGNER_HEAD.search(head):
            out.append(m.span(1))
    return out


# session 21 (v60): a named office holder after the office ("the practice manager, Clive Cartwright, will")
_OFFICE_THEN_NAME = compile_rx(
    r"\b(?:the|our|your)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:manager|lead|coordinator|co-ordinator|administrator|officer"
    r"|director|supervisor|liaison|advocate)[ \t]*,[ \t]+([A-Z][a-z'-]+[ \t]+[A-Z][A-Za-z'-]+)(?=[ \t]*[,.;(]|[ \t]+(?:will|who|has|is|on)\b)"
)


_COACH_INITIAL_SURNAME = compile_rx(
    r"\b(?:Coach|Teacher|Tutor|Mentor|Counsel+or)[ \t]+([A-Z]\.?[ \t]+[A-Z][a-z\u00e0-\u00ff]{2,}(?:-[A-Z][a-z]+)?)\b"
)  # session 21 (v60): "Coach K Mueller may contact"


# session 21 (v62): a parent's given name in brackets after the relation ("Dad (Tobi) on his way", "at
# dad's (Tou) in Fresno"), and a newborn's birth-record surname ("Baby Boy LOR", "Baby Girl Gustafson")
_RELATION_BRACKET = compile_rx(
    r"\b(?:[Mm]um|[Mm]om|[Dd]ad|[Mm]other|[Ff]ather|[Ss]tep-?(?:mum|mom|dad|father|mother)|[Gg]ran|[Gg]randma|[Gg]randpa"
    r"|[Nn]ana|[Aa]unt|[Uu]ncle)(?:'s|\u2019s)?[ \t]*\(([A-Z][a-z'-]{1,14})\)"
)
_BABY_SURNAME = compile_rx(r"\bBaby[ \t]+(?:Boy|Girl|of)[ \t]+([A-Z][A-Za-z'-]+)\b")
# session 42 (deid tester): a newborn's given name or surname after "Baby", closing the phrase or before a
# twin's numeral ("Baby Rose (Baby of ...)", "(Baby Ng II)", "Baby Mendoza I")
# session 52 (deid tester H): also after "baby" / "Baby:" / "pēpi" and before what a baby does or is ("Baby Mason feeding
# q3h", "Baby: Arjun born 9/10/24", "baby Wren (d3)", "baby Rose 7/52")
_BABY_NAMED = compile_rx(
    r"\b(?:[Bb]aby|[Pp]\u0113pi|[Pp]epi)(?::[ \t]*|[ \t]+)(?!(?:Boy|Girl|of|Unit|Check|Clinic|Friendly|Led|Feeding|Blues)\b)"
    # a name in capitals only as "Baby" wrote it before (a twin's "Baby NG II"), not a lower-case baby's lab ("baby BGL 1.8")
    r"((?<=Baby )[A-Z][A-Za-z'-]+|[A-Z][a-z][A-Za-z'-]*)"
    r"(?=[ \t]+(?:I{1,3}|IV|[12]|[AB])\b|[ \t]*[(),;:]|[ \t]*\.(?:[ \t]|$)|[ \t]*$"
    r"|[ \t]+(?:born|feeding|feeds|fed|is|was|has|had|weighs|weighed|now|today|doing|sleeping|settled|unsettled|crying"
    r"|jaundiced|d\d{1,2}|day[ \t]?\d{1,2}|\d{1,2}/(?:52|7)|\d{1,2}[ \t]?(?:days?|weeks?|wks?|months?|mo)[ \t]+old)\b)",
    re.MULTILINE,
)


def baby_name_spans(text: str) -> list[tuple[int, int]]:
    """A newborn's name after "Baby" (``_BABY_NAMED``; its own checks: a twin's "Baby Mendoza II" is no
    graded eponym, and a title-case "Ng" is a surname, not the tube)."""
    if "Baby" not in text and "baby" not in text and "pi" not in text:
        return []
    return [m.span(1) for m in _BABY_NAMED.finditer(text)
            if (person_word(m.group(1), strong=True) and _key(m.group(1)) not in _CLINICAL)
            or title_short_surname(m.group(1))]


def role_given_spans(text: str) -> list[tuple[int, int]]:
    """Given names and initial + surname after a role, nicknames (the caller guards them)."""
    out: list[tuple[int, int]] = []
    for m in _NICKNAME.finditer(text):
        g = 1 if m.group(1) else 2
        if person_word(m.group(g), strong=True):
            out.append(m.span(g))
    out.extend(m.span(2) for m in _ROLE_GIVEN.finditer(text)
               if person_word(m.group(2), strong=m.group(1)[0] in "NCSs"))
    out.extend(m.span(1) for m in _ROLE_INITIAL_SURNAME.finditer(text))
    out.extend(m.span(1) for m in _COACH_INITIAL_SURNAME.finditer(text))
    if "(" in text:
        out.extend(m.span(1) for m in _RELATION_BRACKET.finditer(text)
                   if _key(m.group(1)) not in COMMON_WORDS and _key(m.group(1)) not in _CLINICAL
                   and _key(m.group(1)) not in CLINICAL_ABBREV)
    if "Baby" in text:
        out.extend(m.span(1) for m in _BABY_SURNAME.finditer(text))
    if ", " in text:
        out.extend(m.span(1) for m in _OFFICE_THEN_NAME.finditer(text) if person_word(m.group(1).split()[0], strong=True))
    return out
