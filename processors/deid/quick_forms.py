"""Names in the quick forms ward notes use (session 36 black-box tester, 214 notes).

Each form is a cue strong enough that the word in it may be a listed name that is also an English
word ("june", "Young", "Will"), or a name in no list ("somchai srisawat"); a word clinical on its
spelling, or a known word that is no listed name, is never taken:

- "pt somchai srisawat seen this am": "pt" and two lower-case words before a verb of the visit;
- "discussed w/ dr small and maricel (pt's rn)": a name before a bracketed role;
- "Pt initials on consent: R.K.": initials after an initials label;
- "(prefers Chuck)", "goes by Dot", "known as Gigi": the name a patient goes by, and its other
  mentions ("says Chuck has been ...": a word name the repeats pass would not follow);
- "MICU Day 4 - Al-Farsi": a progress-note heading that ends with the patient's name;
- "WR Cons Young + team", "Field FY2 bleep 3928": a doctor by grade;
- "Family (Ray Dear, partner, 464 543 7483)": a name before a relation inside brackets;
- the eleventh tester's (long notes): a typist after a reference's slash ("Our ref: A.
  Lockyer/Chase"), a name closing a tab-separated observations row ("temp 36.2\tPat"), children
  with ages ("2 siblings (Abdirahman 9, Aroha 4)"), "older sibling Art at", "Married to Pat Love",
  "Emergency contact 2: Sky Foot", "| Patient | Sky Lane |", baby girl "Rose", "On Sep. 1, 2025,
  Hope Frank wrote:", "Preferred: Mark".
"""

from __future__ import annotations

import re

from processors.deid.guard import HEADS, clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.name_edges import LANGUAGES
from processors.deid.names import (
    AMBIGUOUS_NAMES,
    FIRST_NAMES,
    SURNAMES,
    WORD_NAMES,
    _is_name_loose,
    _key,
)
from processors.deid.repeats import word_occurrences
from processors.deid.unknown import is_known_word

__all__ = ["kin_age_spans", "list_name_age_spans", "name_word", "quick_form_spans"]

_VISIT_VERB = (r"seen|reviewed|examined|assessed|admitted|transferred|c/o|complains|complaining|reports|states"
               r"|denies|remains|feels|tolerated|tolerating|discharged|arrived|ambulat\w*|mobilis\w*|mobiliz\w*"
               r"|sitting|resting|sleeping|eating|refused|declined|agreeable|aware|informed")
_PT_PAIR_VERB = compile_rx(
    rf"\b(?:pt|patient)[ \t]+([a-z][a-z'-]+)(?:[ \t]+([a-z][a-z'-]+))?[ \t]+(?:was[ \t]+|is[ \t]+|has[ \t]+been[ \t]+)?"
    rf"(?:{_VISIT_VERB})\b")
# session 52 (deid tester H: "pt moloney seen in cell"): one word between "pt" and the verb is a name only when listed or
# unknown, and no word of the visit itself
_NOT_PT_NAME = frozenset([
    "also", "now", "just", "being", "not", "still", "then", "already", "currently", "initially", "finally", "again", "first",
    "since", "today", "was", "is", "has", "had", "been", "never", "only", "recently", "later", "subsequently", "who",
    "further", "personally", "jointly", "briefly", "formally", "ambulance", "self", "herself", "himself", "well", "fully",
])
_ROLE_BRACKET = compile_rx(
    r"\b([A-Za-z][a-z'\u2019-]+)[ \t]*\((?:(?:pt|patient)(?:'s|\u2019s)?[ \t]+|the[ \t]+|her[ \t]+|his[ \t]+|their[ \t]+)?"
    r"(?:rn|nurse|np|pa|sw|ot|pt|physio|hca|cna|case[ \t]+manager|cm|social[ \t]+worker|chaplain|interpreter)\)",
    re.IGNORECASE)
_INITIALS_LABEL = compile_rx(r"\b(?i:initials)(?:[ \t]+(?i:on|of)[ \t]+[a-z]+)?[ \t]*:[ \t]*([A-Z]\.?[ \t]?[A-Z](?:\.?[ \t]?[A-Z])?\.?)")
_GOES_BY = compile_rx(
    r"(?:\((?i:prefers)|\b(?i:prefers[ \t]+to[ \t]+be[ \t]+called|goes[ \t]+by|known[ \t]+as|likes[ \t]+to[ \t]+be[ \t]+called))"
    r"[ \t]+[\"'\u201c\u2018]?([A-Z](?:[a-z'\u2019]|-[A-Z])[A-Za-z'\u2019-]*)\b"  # a bare "Prefers Welsh" is a language
    # session 46 (deid tester F): a quoted name before its bracket ('visit to "Dodo" (prefers this name)', "babs" too)
    r"|[\"\u201c]([A-Za-z][a-z'\u2019-]{1,15})[\"\u201d][ \t]*\((?i:prefers|preferred|likes|known)")
# session 45 (deid tester): "J. Gagnon goes by J-F 23M" (initials joined by a hyphen)
_DAY_HEADING = compile_rx(
    r"^[ \t]*(?:[A-Z]{2,6}[ \t]+)?(?i:day)[ \t]+\d{1,3}[ \t]*[-\u2013:][ \t]*([A-Z][A-Za-z'\u2019-]+(?:[ \t]+[A-Z][A-Za-z'\u2019-]+)?)[ \t]*$",
    re.MULTILINE)
_GRADE_BEFORE = compile_rx(
    r"\b(?:Cons|Consultant|Reg|Registrar|SHO|FY1|FY2|SpR|StR|CT1|CT2|ST[1-8])[ \t]+([A-Z][a-z'\u2019-]+)"
    r"(?=[ \t]*(?:\+|&|and\b|team\b|[,.;:)]|$))", re.MULTILINE)
# session 46 (fresh deid tester): a surname or given name alone after a role ("housing officer Knight contacted",
# "supervisor Lamb", "Secretary: Green, tel", "site manager Swift", "receptionist Charity at 17:00", "Community matron Arjun")
_ROLE_BEFORE_NAME = compile_rx(
    r"\b(?i:housing[ \t]+officer|police[ \t]+officer|officer|supervisor|secretary|site[ \t]+manager|bed[ \t]+manager"
    r"|receptionist|(?:community[ \t]+)?matron|chaplain|ward[ \t]+clerk|porter|social[ \t]+worker|key[ \t]*worker)"
    r"[ \t]*:?[ \t]+([A-Z][a-z'\u2019-]{2,})(?=[ \t]*(?:[,.;:)]|$|\(|[ \t]+(?:on|at|contacted|attended|informed|aware|"
    r"called|rang|phoned|visited|tel|bleep|ext|x\d)\b))", re.MULTILINE)
_NOT_ROLE_NAME = frozenset(["aware", "informed", "contacted", "today", "notified", "present", "called", "attended", "the", "and"])
_GRADE_AFTER = compile_rx(r"^[ \t]*([A-Z][a-z'\u2019-]+)[ \t]+(?:FY1|FY2|SHO|SpR|StR|Reg|CT1|CT2|ST[1-8])[ \t]+(?i:bleep|pager|ext|x)\b",
                          re.MULTILINE)
_RELATION_BRACKET = compile_rx(
    r"\(([A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?),[ \t]*(?i:partner|wife|husband|son|daughter|mother|father|mum|mom"
    r"|dad|sister|brother|friend|neighbou?r|carer|nok|niece|nephew|grandson|granddaughter|spouse)\b")


_PARTICLE_PREFIX = compile_rx(r"(?:Al|El|Abu|Bin|Ben|Ibn|Abd|Ould)-[A-Z]|O['\u2019][A-Z]|Ma?c[A-Z]")


# the eleventh tester's forms (session 36, long notes)
_CAPW = r"[A-Z][a-z'\u2019-]+"
_REF_TYPIST = compile_rx(rf"\b(?:Our|Your|My)[ \t]+[Rr]ef\b\.?:?[ \t]*[^\n/]{{1,40}}/({_CAPW})\b")  # "Our ref: A. Lockyer/Chase"
_OBS_ROW_SIGNER = compile_rx(rf"\t[ \t]*({_CAPW})[ \t]*$", re.MULTILINE)  # "... temp 36.2°C\tPat"
_VITAL_WORD = compile_rx(r"\b(?i:hr|bp|rr|resp|sats?|spo2|sao2|temp|pulse|blood[ \t]+pressure)\b")
_KIN_AGES = compile_rx(
    r"\b(?i:siblings?|children|kids|sons|daughters|grandchildren|brothers|sisters)[ \t]*\(([^()\n]{3,80})\)")
# session 51 (deid tester: family-dense notes): a name with the age in brackets in running text ("Hamza (13) has been
# referred", "Hung (14) and Bao (12) were in the front room", "Other household: Mere (15), young carer")
_BRACKET_AGE = compile_rx(
    rf"(?<![\w'\u2019-])({_CAPW})[ \t]*\((\d{{1,2}}|1[01]\d)\)"
    r"(?=[ \t]*(?:[,;.]|and\b|&|has\b|have\b|had\b|is\b|was\b|were\b|are\b|cares\b|attends\b|lives\b|who\b|with\b|at\b|in\b"
    r"|reports\b|says\b|said\b|\)|$"
    # session 54 (deid tester X): a looked-after child's record ("Kai (1) placed since ...", "Ava (7 months), brought by")
    r"|placed\b|brought\b|seen\b|reviewed\b|presented\b|stays\b|remains\b|attended\b|needs\b|shares\b|goes\b|sleeps\b))",
    re.MULTILINE,
)
# session 51 (deid tester: genetics notes): a pedigree member's generation and number, then the name ("II-3 (Yan, d. 2006
# aged 60)", "IV-1: Tane, 16, not tested")
_PEDIGREE = compile_rx(
    rf"(?<![\w-])(?:I{{1,3}}|IV|VI{{0,3}})[-.:]\d{{1,2}}[ \t]*(?:\([ \t]*|[:=\u2013-][ \t]*)({_CAPW}(?:[ \t]+{_CAPW}){{0,2}})(?=[ \t]*[,;)(])"
)
_STAGE_BEFORE = compile_rx(r"(?i:stage|grade|type|class|phase|level|gleason|figo|tnm|nyha|who)[ \t]*\Z")
_PEDIGREE_NOT = frozenset(["proband", "consultand", "index", "affected", "unaffected", "deceased", "carrier", "male", "female",
                           "unknown", "twin", "twins", "adopted", "stillbirth", "miscarriage", "sab", "top", "none", "not"])
_AGE_PAIR_JOIN = compile_rx(r"[ \t]*(?:,|and|&)[ \t]*\Z")
_NAME_AGE = compile_rx(rf"({_CAPW}),?[ \t]+\(?\d{{1,2}}\b")  # session 37: "(Kai, 11, and Malia, 7)"
_KIN_NAME = compile_rx(
    rf"\b(?i:(?:older|younger|elder|twin|step|half)[ \t-]*)?(?i:sibling|brother|sister|son|daughter|grandson|granddaughter)"
    rf"[ \t]+({_CAPW})\b(?=[ \t]+(?:at|aged|age|is|was|has|will|and|lives|\d)\b|[ \t]*[,.;(])")
_MARRIED_TO = compile_rx(rf"\b(?i:married[ \t]+to|partner[ \t]+of|engaged[ \t]+to)[ \t]+({_CAPW}(?:[ \t]+{_CAPW})?)")
_CONTACT_N = compile_rx(
    rf"\b(?i:(?:emergency|second|2nd|third|alt(?:ernative|ernate)?|other)[ \t]+contact|contact[ \t]*\d)[ \t]*\d?[ \t]*:[ \t]*"
    rf"({_CAPW}(?:[ \t]+{_CAPW}){{0,2}})")
# session 59 (deid tester B: 23 of 24 ward tables): not the next heading of a header row ("| Bed | Name | Age | MRN |")
_HEADING = (r"(?!(?i:age|dob|d\.o\.b|mrn|sex|gender|bed|ward|room|nhs|hospital|address|phone|cons|consultant|dx|diagnosis|notes?"
            r"|nok|id|hn|ur|urn|issues?|plan|status|admit|admitted|attending|code|team|allergies|weight|height|doctor)[ \t]*\|)")
_TABLE_PATIENT = compile_rx(
    rf"\|[ \t]*(?i:patient|patient[ \t]+name|name|pt)[ \t]*\|[ \t]*{_HEADING}({_CAPW}(?:[ \t]+{_CAPW}){{0,2}})[ \t]*\|")
_BABY_NAME = compile_rx(rf"\b(?i:baby[ \t]+(?:girl|boy)|infant)[ \t]+[\"'\u201c\u2018]?({_CAPW})\b")
_WROTE = compile_rx(rf"^>?[ \t]*On[ \t][^\n]{{4,40}},[ \t]+({_CAPW}(?:[ \t]+{_CAPW}){{0,2}})[ \t]+wrote:", re.MULTILINE)
_PREFERRED = compile_rx(rf"\b(?i:preferred(?:[ \t]+name)?)[ \t]*:[ \t]*({_CAPW})\b")


def _cued_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if "/" in text:
        out.extend(m.span(1) for m in _REF_TYPIST.finditer(text) if name_word(m.group(1)))
    if "\t" in text:
        for m in _OBS_ROW_SIGNER.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if len(_VITAL_WORD.findall(line)) >= 2 and name_word(m.group(1)):
                out.append(m.span(1))
    for rx in (_KIN_NAME, _BABY_NAME):
        for m in rx.finditer(text):
            if all(name_word(w) for w in m.group(1).split()):
                out.append(m.span(1))
    for rx in (_MARRIED_TO, _CONTACT_N, _TABLE_PATIENT, _WROTE, _PREFERRED):  # strong cues: one name word
        for m in rx.finditer(text):
            if any(name_word(w) for w in m.group(1).split()):
                out.append(m.span(1))
    return out


def kin_age_spans(text: str) -> list[tuple[int, int]]:
    """Children with their ages ("2 siblings (Abdirahman 9, Aroha 4)", "Hamza (13) has"), and pedigree members ("II-3 (Yan,
    d. 2006"): left unguarded by the caller (the clinical guard reads a word before a number as a label and its value)."""
    out: list[tuple[int, int]] = []
    if "(" in text:
        for m in _KIN_AGES.finditer(text):
            for n in _NAME_AGE.finditer(m.group(1)):
                if name_word(n.group(1)):
                    out.append((m.start(1) + n.start(1), m.start(1) + n.end(1)))
        for m in _PEDIGREE.finditer(text):
            if _STAGE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "stage II-3 (Ductal, grade 2)"
            if not any(clinical_spelling(w) or _key(w) in _PEDIGREE_NOT for w in m.group(1).split()):
                out.append(m.span(1))
        aged = [m for m in _BRACKET_AGE.finditer(text) if not clinical_spelling(m.group(1))]
        for k, m in enumerate(aged):
            # a word no list knows as a name stands beside one that is ("Hung (14) and Bao (12)")
            pair = [n for n in aged[max(0, k - 1):k + 2] if n is not m and _AGE_PAIR_JOIN.search(
                text, min(m.end(), n.end()), max(m.start(), n.start()))]
            if name_word(m.group(1)) or any(name_word(n.group(1)) for n in pair):
                out.append(m.span(1))
    return out


# session 52 (deid tester H): a quick note's lower-case name before a school year or an age ("kai yr3 - nosebleed",
# "transfer to ward - mere walker 95yo from"): each word a name word, one of them listed
_LOWER_NAME_YEAR_AGE = compile_rx(
    r"(?:^|(?<=[-:;,(])|(?<=[-:;,(][ \t])|(?<=\bpt[ \t])|(?<=\bre[ \t])|(?<=\bof[ \t])|(?<=\bfor[ \t])|(?<=\bto[ \t]))[ \t]*([a-z][a-z'-]{1,20})(?:[ \t]+([a-z][a-z'-]{1,20}))?"
    r"[ \t]+(?:(?:yr|year|y)[ \t]?\d{1,2}\b(?![ \t]*(?:old|/))|\d{1,3}[ \t]?(?:yo|y/o|yrs?[ \t]+old)\b)",
    re.MULTILINE,
)


# session 52 (deid tester L: theatre and handover lists typed fast): a numbered or bed item's name words, then the age
# ("22. Bong Garcia 81 philhealth ...", "9. hope bell 48 nhs no ...", "bed 14 - mairead byrne 31 - #nof"); every word a
# name word, one at least listed, and the number no dose or reading
_LIST_NAME_AGE = compile_rx(
    r"^[ \t]*(?:\d{1,2}[.)]|(?i:bed|bay|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]*[-:.]?)[ \t]+"
    r"(?:(?i:mr|mrs|ms|miss|mx|dr)\.?[ \t]+)?"
    r"([A-Za-z][a-z'-]{1,20}(?:[ \t]+[A-Za-z][a-z'-]{1,20}){0,2})(?:[ \t]*[-,]?[ \t]*\(?(\d{1,3})\)?"
    r"(?=[ \t]*(?:[-,;(]|$|[ \t][a-z#&]))(?![ \t]*(?i:mg|mcg|ml|units?|u\b|mmol|kg|g\b|l\b|%|/|:|x\b|hrs?\b|h\b|min|days?|wks?|weeks?))"
    # or an identifier's or a birth's label, or a dash closing the item's name ("20. carol ann yazzie dob 16.3.1969",
    # "bed 3 jarrah hope - ttos ready")
    r"|(?=[ \t]+(?i:dob|d\.o\.b\.?|born|nhi|nhs|mrn|hosp|folder|ur|uhid)\b|[ \t]+-[ \t]))",
    re.MULTILINE,
)


# session 52 (deid tester L): a lower-case given name and surname opening a line or a clause after ": ", " - " or a clock
# time ("kiri faleolo not in, left card", "escalation: gift mokoena mrsa +ve", "08:10 bongani mokoena ssn ..."): both
# a given name (listed) before a surname (listed, or no English word), or a listed surname after a given name or a word no
# list knows (not "deprescribe per", "poractant alfa", "carne asada", "OMFS WARD": a corpus of foreign and clinical text)
_LOWER_PAIR_OPENING = compile_rx(
    r"(?:^[ \t]*|(?<=: )|(?<= - )|(?<=\d\d:\d\d ))([a-z][a-z'-]{2,20})[ \t]+([a-z][a-z'-]{2,20}?)(?:'s)?\b",
    re.MULTILINE,
)


def _lower_pair_opening(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _LOWER_PAIR_OPENING.finditer(text):
        words = m.group(1), m.group(2)
        given, family = (_key(w) for w in words)
        if not all(name_word(w) and w not in _NOT_PT_NAME and _key(w) not in _NOT_PAIR for w in words):
            continue
        if is_known_word(words[0]) and is_known_word(words[1]):
            continue  # two English words ("side room": Side is a listed given name, Room a surname)
        first = given in FIRST_NAMES or given in WORD_NAMES
        if (first and (not is_known_word(words[1]) or family in SURNAMES)) or (
                family in SURNAMES and (first or not is_known_word(words[0]))):
            out.append((m.start(1), m.end(2)))
    return out


# session 53 (deid tester Q: narratives in lower case, names 65 %): a lower-case given name (listed, or a word that is a
# given name: "favour", "precious", "gift") before a listed surname that is no English word, anywhere ("mdt discussion re
# favour adebayo going home", "reassured by rose pickering", "granddaughter precious okafor to collect")
_LOWER_PAIR = compile_rx(r"(?<![\w'\u2019@./-])(?=([a-z][a-z'-]{2,20})[ \t]+([a-z][a-z'-]{2,20})(?![\w@/'\u2019-]))")
_HEAD_NEXT = compile_rx(rf"[ \t]+(?:{HEADS})\b")  # "austin moore hemiarthroplasty" (a line of capitals read in lower case)


def _lower_pair_anywhere(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _LOWER_PAIR.finditer(text):
        given, family = _key(m.group(1)), _key(m.group(2))
        if (family in SURNAMES and (given in FIRST_NAMES or given in WORD_NAMES or given in AMBIGUOUS_NAMES)
                and not is_known_word(m.group(2)) and family not in _NOT_PAIR
                and not clinical_spelling(m.group(1)) and name_word(m.group(2)) and not _HEAD_NEXT.match(text, m.end(2))):
            out.append((m.start(1), m.end(2)))
    return out


# the second word of a heading or a list's label, and the Māori health model's "taha" (a side of health, not the name)
_NOT_PAIR = frozenset(["ward", "case", "list", "round", "rounds", "team", "clinic", "review", "notes", "note", "plan", "bay",
                       "bed", "unit", "log", "msgs", "taha",
                       # session 53 (deid tester Q): a reporting verb that is a surname too ("eoin said she's 91")
                       "said", "says", "rang", "called", "asked", "told", "states", "phoned", "will", "wants", "came", "seen"])


def list_name_age_spans(text: str) -> list[tuple[int, int]]:
    """Names of the numbered and bed list items above (own checks: the guard would read "bell 48" as a label and its
    value)."""
    out: list[tuple[int, int]] = []
    for m in _LIST_NAME_AGE.finditer(text):
        if m.group(2) is not None and not 1 <= int(m.group(2)) <= 120:
            continue
        words = m.group(1).split()
        if not all(name_word(w) and w.lower() not in _NOT_PT_NAME for w in words):
            continue
        listed = any(_listed(w) for w in words)
        known = [is_known_word(w) for w in words]
        if m.group(2) is not None:  # an age after the name: one listed word is enough
            ok = listed
        else:  # a label or a dash after it: a listed word beside one no English word, or no English word at all
            ok = (listed and not all(known)) or not any(known)
        if ok:
            out.append(m.span(1))
    return out


def _listed(word: str) -> bool:
    """A listed given name or surname, or a given name that is also a word ("gift", "hope")."""
    return _is_name_loose(word) or _key(word) in WORD_NAMES


def _lower_name_year_age(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _LOWER_NAME_YEAR_AGE.finditer(text):
        words = [w for w in m.groups() if w]
        if all(name_word(w) and w not in _NOT_PT_NAME for w in words) and any(_is_name_loose(w) for w in words):
            out.append((m.start(1), m.end(len(words))))
    return out


def name_word(word: str) -> bool:
    """A listed (or ambiguous) name, a name with a particle ("Al-Farsi", "O'Neill"), or no known
    word; never clinical on its spelling. The one word test of every cued form here and in
    ``signoffs`` and ``caps_lines``."""
    if _PARTICLE_PREFIX.match(word):
        return True
    k = _key(word)
    return (k in FIRST_NAMES or k in SURNAMES or k in AMBIGUOUS_NAMES or not is_known_word(word)) and not (
        clinical_spelling(word))


def quick_form_spans(text: str, low: str) -> list[tuple[int, int]]:
    """Spans of the names in the module doc."""
    out: list[tuple[int, int]] = []
    if "pt " in low or "patient " in low:
        for m in _PT_PAIR_VERB.finditer(text):
            if m.group(2) is None:
                w = m.group(1)
                if (w not in _NOT_PT_NAME and not w.endswith("ly") and name_word(w)
                        and (_is_name_loose(w) or not is_known_word(w))):
                    out.append(m.span(1))
            elif name_word(m.group(1)) and name_word(m.group(2)):
                out.append((m.start(1), m.end(2)))
    if "y" in low:
        out.extend(_lower_name_year_age(text))
    out.extend(_lower_pair_opening(text))
    out.extend(_lower_pair_anywhere(text))
    if "(" in text:
        for m in _ROLE_BRACKET.finditer(text):
            if name_word(m.group(1)) and _key(m.group(1)) not in ("pt", "patient", "the", "her", "his"):
                out.append(m.span(1))
        for m in _RELATION_BRACKET.finditer(text):
            if any(name_word(w) for w in m.group(1).split()):
                out.append(m.span(1))
    if "nitials" in low:
        out.extend(m.span(1) for m in _INITIALS_LABEL.finditer(text))
    if "prefers" in low or "goes by" in low or "known as" in low or "be called" in low:
        for m in _GOES_BY.finditer(text):
            name = m.group(1) or m.group(2)
            if not clinical_spelling(name) and name.lower() not in LANGUAGES:  # and its other mentions
                out.extend(word_occurrences(text, name))
    if "day" in low:
        for m in _DAY_HEADING.finditer(text):
            if all(name_word(w) for w in m.group(1).split()):
                out.append(m.span(1))
    out.extend(m.span(1) for m in _ROLE_BEFORE_NAME.finditer(text) if not clinical_spelling(m.group(1))
               and m.group(1).lower() not in _NOT_ROLE_NAME)
    for rx in (_GRADE_BEFORE, _GRADE_AFTER):
        for m in rx.finditer(text):
            if name_word(m.group(1)):
                out.append(m.span(1))
    out.extend(_cued_spans(text))
    return out
