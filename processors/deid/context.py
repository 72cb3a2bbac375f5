"""Second-pass name recognisers: names found by their place in the text, not by their spelling.

Run after the list / unknown-word recognisers, with the NAME spans they found:

- a role or relation in brackets or after a comma: "Frank (sister)", "Hirvi (outreach)",
  "FARIAS, PT", "A. Salami, practice nurse";
- an initial before a surname: "A. Oluwagbemi", "D. Scott";
- name particles and neighbours: "Joao Pedro da Rocha", "da Cunha-Costa", "X to Mags";
- "Surname, Given": "Moreno, Robert (hosp no ...)", "O'Boyle, Reenie";
- lists holding a name: "Visitors: Vazgen, Grace and Song";
- a sentence opened by a name before a person verb or a possessive relation:
  "Tui prefers ...", "Ross is worried", "Mo's daughter";
- lower-case names in messages: "ok, jaruwan is on bleep", "its said from ward 3",
  "update her son kenji", and any chat sender after a time stamp.

Each candidate word must not be a clinical word (drug, eponym, unit, ward, service); where
the context is weak it must also be no common English word unless a listed name.
"""

from __future__ import annotations

import re

from processors.deid.extend import SHORT_SURNAMES
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_WORDS, SURNAMES, _key, unit_letter
from processors.deid.unknown import _CLINICAL, _W, _common, _listed, _rare, is_known_word
from processors.deid.unknown import CALENDAR as _CALENDAR

__all__ = ["NAME_PARTICLES", "ROLE_NOUNS", "context_name_spans", "not_a_name"]


def _words_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _surname_like(text: str, end: int, word: str) -> bool:
    """A capitalised word right next to a found name, mid-sentence: its other half."""
    return _plausible(word) and _key(word) not in _ORG and not text.startswith(":", end)


_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_CAPS = rf"(?:[{_UP}]['\u2019\u02bc])?[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?"
NAME_PARTICLES = frozenset(["da", "de", "di", "del", "della", "dos", "das", "do", "du", "van", "von", "der", "den", "le",
                            "la", "bin", "binti", "binte", "ibn", "bint", "abu", "al", "el", "ben", "ter", "ten", "mac"])  # fmt: skip
_PART = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
_NW = rf"(?:{_W}|{_CAPS})"
_RUN = rf"(?:{_PART}\s+)?{_NW}(?:[ \t]+(?:{_PART}[ \t]+)?{_NW}){{0,3}}"
_ROLES = (
    r"sister|brother|son|daughter|wife|husband|partner|mother|father|mum|dad|niece|nephew|aunt"
    r"|uncle|cousin|friend|neighbou?r|carer|grand\w+|(?:son|daughter|brother|sister)-in-law"
    r"|step\w+|chair|OT|PT|SLT|SALT|dietitian|dietician|physio\w*|outreach|reg|registrar|SHO"
    r"|FY[12]|consultant|(?:staff |charge |practice |ward |district )?nurse|RN|HCA|pharmacist|SW"
    r"|social worker|GP|ward sister|matron|anaesthetist|surgeon|scrub|CNS|ANP|ACP|NOK"
    r"|next of kin|paramedic|midwife|porter|chaplain|interpreter|advocate|keyworker|key worker"
    r"|ward clerk|team lead|coordinator|house officer|student|locum|bank|agency"
    # round 10: legal and family roles ("Penny (HCP)", "Dulce Velasquez (spouse)")
    r"|spouse|guardian|caregiver|HCP|POA|MPOA|LAR|proxy|surrogate|fianc\w*"
    r"|attorney|donee|deputy"  # session 13 (v40): "attorney Donal", a lasting power of attorney
)
_RELATION = (
    r"daughter|son|wife|husband|brother|sister|mother|father|mum|dad|partner|carer|friend"
    r"|neighbou?r|niece|nephew|grand\w+|family|GP|NOK|children|kids|boyfriend|girlfriend|siblings?"
)
# anchors found first (cheap); the run of words before each is matched backwards from it
_ROLE_PAREN = compile_rx(rf"[ \t]*\((?:[A-Z][A-Za-z&]{{1,5}}[ \t]+)?(?:{_ROLES})\b[^)\n]{{0,40}}\)")
_APPOSITION = compile_rx(
    rf",?[ \t]+(?:her|his|their|the|pt's|patient's)[ \t]+(?:{_RELATION}|{_ROLES})\b"
)  # "Lives with Grace, her granddaughter"
_ROLE_COMMA = compile_rx(rf",[ \t]+(?:the[ \t]+)?(?:{_ROLES})\b(?![-\w])")
_RUN_END = compile_rx(rf"(?<![\w'])({_RUN})$")
_SEP = r"(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)"
_ITEM_AFTER = compile_rx(rf"({_SEP})({_RUN})")
_SEP_BEFORE = compile_rx(r"(?:,|\band|&)[ \t]+$")
_ITEM_BEFORE = compile_rx(rf"(?<![\w'])({_RUN})({_SEP})$")
_INITIAL = compile_rx(
    rf"(?=[A-Z]\.)(?<![\w./])((?:[A-Z]\.[ \t]?){{1,2}})[ \t]*((?:{_PART}[ \t]+)?{_W}(?:[ \t]+{_W})?)"
)  # not "mmol/L. Zebulon"
_NO_INITIAL_BEFORE = compile_rx(
    r"(?:(?i:vitamin|vit|hep|hepatitis|type|grade|class|stage|group|strep|step|plan|option|part)"
    r"|\b[A-Z0-9]{2,})[ \t]*$"
)  # "Vitamin D. Plan", "AVPU V. Patient"
_SURNAME_GIVEN = compile_rx(
    rf"(?=[{_UP}])(?<![\w'])({_NW}),[ \t]+({_NW})(?=[ \t]*(?:\(|\)|[.;:]|$|\n|[ \t]+(?:MRN|DOB|NHS|hosp|bed|Bed|aged?|age|born)\b))",
    re.MULTILINE,
)
# "Lee to hand over to nights": a weak context (listed or uncommon words only)
_TO_DO = (
    r"to[ \t]+(?:hand[ \t]+over|review|see|call|ring|phone|chase|contact|discuss|inform|update"
    r"|follow[ \t]+up|speak|visit|collect|bring|arrange|escalate|liaise|check)"
)
_AUX_VERB = r"is|was|has|had|will|would|can|could|remains|seems|looks|looked|became|needs|needed"
_PERSON_VERB = (
    r"says|said|feels|felt|prefers|preferred|wants|wanted|keen|lives|lived|agreed|agrees"
    r"|declined|declines|reports|reported|denies|denied|confirmed|confirms|witnessed|asked|asks"
    r"|called|rang|phoned|visited|visits|understands|understood|aware|happy|unhappy|upset"
    r"|worried|concerned|requests|requested|refused|refuses|knows|thinks|thought|ate|slept"
    r"|went|came|likes|tolerated|complains|complained|struggling|would like|wishes|hopes"
    r"|attends|attended|joined|practised|practiced|consented|accompanies|accompanied"  # session 27 (v106)
)
_SENT_START = compile_rx(  # gate (round 10 speed): blanks then a capital start every match
    rf"(?=[ \t]*[{_UP}])(?:^|(?<=[.!?;])[ \t]+|(?<=\n)[ \t]*|(?<=: )|(?<= - ))({_W}(?:[ \t]+{_W}){{0,2}})"
    rf"(?:((?:'s|\u2019s)[ \t]+(?:(?:{_RELATION}|team|firm|list|clinic|patient)\b"
    r"|[A-Za-z][\w+]{0,5}[ \t]+[<>]?\d))"
    rf"|[ \t]+(?:({_PERSON_VERB}|(?:{_AUX_VERB})[ \t]+(?:not[ \t]+)?(?:{_PERSON_VERB}|going|coming|visiting))"
    rf"|{_AUX_VERB}|from[ \t]+the[ \t]+[a-z]+[ \t]+team|({_TO_DO}))\b)",
    re.MULTILINE,
)  # "Tui prefers", "Ross is worried", "Mo's daughter", "Yi from the palliative team"
# session 36 (ingest tester): a chart field opening a sentence ("Age reported by daughter", "Weight
# reported by pt") is no name, though "Age" is a listed surname
_FIELD_WORDS = frozenset(["age", "sex", "gender", "weight", "height", "dob", "temp", "pulse", "allergy", "allergies"])
_TEAM = compile_rx(
    rf"\b(?:under|with|from|of|to|on)[ \t]+({_W})(?:'s|\u2019s)[ \t]+(?:team|firm|list|clinic|ward round)\b"
)  # "admitted under Pan's team"
_AGE_SEX = compile_rx(
    rf"(?=[{_UP}])(?<![\w'])({_W}(?:[ \t]+{_W})?)[ \t]*\((?:\d{{1,3}}[ \t]?(?:[MFmf]|y/?o|yrs?|years?)\b)[^)\n]{{0,12}}\)"
)  # "Bed 6: Lee (94M)", "Das (90 yo, frail)": a name before an age and sex
# session 40 (deid tester): the same at a line start without brackets ("Xu Ming 61M HBV carrier")
_LINE_AGE_SEX = compile_rx(
    rf"^[ \t]*(?:[-*\u2022][ \t]*)?({_W}(?:[ \t]+{_W})?)[ \t]+(?:1[0-2]\d|[1-9]?\d)[ \t]?[MF]\b(?![/-])", re.MULTILINE
)
# session 51: names in lower case (or mixed) before an age and sex anywhere in a line ("Bed 5 - maria gonzalez, 77F", "New
# admit li wei 45f with DKA"): the words nearest the age that could all be names, two at least
_LOWER_AGE_SEX = compile_rx(
    r"(?<![\w'\u2019])([^\W\d_][\w'\u2019-]+(?:[ \t]+[^\W\d_][\w'\u2019-]+){1,3}),?[ \t]+(?:1[01]\d|[1-9]?\d)[ \t]?"
    r"(?:[mfMF]|yo|y/o|YO|yrs?)\b(?![/-])"
)
_NONBLANK = re.compile(r"\S+")
# speed (round 12): what every match of _AGE_SEX / _TEAM contains, found by a fast scan
_AGE_SEX_HINT = compile_rx(r"\(\d{1,3}[ \t]?(?:[MFmf]|y/?o|yrs?|years?)\b")
_TEAM_HINT = compile_rx(r"(?:'s|\u2019s)[ \t]+(?:team|firm|list|clinic|ward round)\b")
_ORG = _words_set(
    "lab labs pharmacy radiology microbiology micro theatre theatres switchboard reception"
    " security bed beds site ward wards clinic surgery practice hospital police housing"
    " transport ambulance control coroner court school council office bank"
    " programme program scheme pathway initiative campaign project registry register network"  # session 40
)
_NAME_FIELD = compile_rx(
    rf"\b(?:[Nn]ame|NAME|Patient|Pt|NOK|Next of kin)[ \t]*:[ \t]*({_NW},[ \t]+{_W}(?:[ \t]{{1,2}}{_W})?)"
)
_HANDED_OVER = compile_rx(rf"\b[Hh]anded over by [^.\n]{{1,40}}? to ({_W}(?:[ \t]+{_W})?)")
# session 55 (deid tester E): never a form's next field label ("Dr Jake Brown  Transcribed by: ...", "Scott Walsh  D: 08/14")
_NEIGHBOUR = compile_rx(rf"[ \t]{{1,2}}(?:(to|and|&|or|with)[ \t]+)?({_PART}[ \t]+)?({_W})\b(?![ \t]*\d)(?![ \t]+by[ \t]*:|[ \t]*:)")
_SERVICE = CLINICAL_WORDS | CLINICAL_ABBREV
# round 9: months that are given names count as names after a context word ("her niece June");
# a date ("June 14") is the date patterns' and the guard keeps it out of a name
_MONTH_NAMES = frozenset(("april", "may", "june", "july", "august"))
_PART_RX = compile_rx(_PART)
_W_RX = compile_rx(_W)
# session 26 (v103): job titles that follow a title or a comma and are no name ("Nurse Specialist",
# "Sandra Gilmore, Allergy Nurse Specialist"); shared by the title recogniser's filter and the name fields
ROLE_NOUNS = frozenset((
    "nurse", "specialist", "consultant", "physician", "surgeon", "manager", "coordinator", "therapist", "practitioner",
    "registrar", "pharmacist", "dietitian", "technician", "assistant", "associate", "lead", "worker", "officer",
    "director", "midwife", "attending", "educator", "advisor", "adviser", "navigator", "champion",
))
_STOP = _words_set(
    "he she it we they i you his her their our my your this that these those there here then"
    " patient pt pts case cases family wife husband son daughter mother father sister brother partner"
    " team nurse doctor staff everyone nobody someone somebody carer carers friend neighbour"
    " mum dad he's she's who which what when where why how all both each one none nil no yes"
    " the a an and or but if so also plan overnight today tonight yesterday tomorrow"
    " granddaughter grandson grandmother grandfather grandchildren children relative relatives"
    " visitor visitors caller chaplain physio registrar consultant matron porter surgeon"
    " anaesthetist pharmacist dietitian therapist paramedic midwife student interpreter"
    " advocate gp niece nephew aunt uncle cousin mum dad"
    " pool inbox queue anticoagulation"  # session 21: a message to a work queue ("To: Anticoagulation Pool")
    " specialist practitioner educator coordinator"  # session 26 (v103): "Allergy Nurse Specialist"
    " case management utilization utilisation review admissions billing scheduling records"  # session 35: "To: Case Management"
    " hospitalist intensivist proband"
    " parent parents guardian guardians whom"  # session 55 (deid tester A): "To: Parent/Carer of"
    " client clients resident residents"  # session 55 (deid tester G): "Client was happy with the visit"
    # session 45 (deid tester): a transcript's replies after a speaker label ("PATIENT: That's right", "DOCTOR: Can you")
    " that's it's i'm i've i'll we're you're could would should shall does did is are was were have has had"
    " yep yeah yes yup nope no okay ok right sure fine good great thanks thank sorry um uh er erm hmm well just so"
    " hello hi morning afternoon evening bye not"
    # session 56 (deid tester N: insurance and legal letters): an office or a role addressed ("TO: Custodian of Records",
    # "Contact: Leave Administrator", "Attn: Claims Adjuster")
    " custodian administrator administrators leave claims claim adjuster adjusters benefits department office desk clerk"
    " representative representatives manager supervisor officer compliance legal payroll hr"
    # session 59 (deid tester J: 35 headings read as names): a document's heading after a role ("OT Evaluation - Home", "Home Health
    # OT Visit Note")
    " evaluation assessment visit note notes report referral summary session log update initial follow"
)


# words that open a clause before a name but are no name: forms of address, imperatives
_LEAD = _words_set(
    "dear hi hello ask call see tell let get give send page ring text bleep told met saw per"
    " via and but for from with to by cc re fao attn thanks thank cheers ok yes no not pls"
    " please inform update chase check review ref bed bay room side cubicle"
)


_CLAUSE_START = compile_rx(r"(?:^|\n[ \t]*|: |\s-[ \t]|[.;][ \t]+)$")


# session 43 (deid tester): "Ex-partner Lee is NOT to be given information", "Step-son Marcus": a relation
# with its prefix is the relation word, no part of the name
_KIN_PREFIX = ("ex-", "step-", "half-", "foster-", "god-")


def _plausible(word: str) -> bool:
    """Could be a name in a strong context: no clinical word, pronoun or determiner."""
    k = _key(word).removesuffix("'s")
    if k.startswith(_KIN_PREFIX):
        k = k.partition("-")[2]
    return (k not in _CLINICAL or k in _CALENDAR) and k not in _STOP and not word.isdigit()


def _caps_pair(a: str, b: str) -> bool:
    """An all-caps "SURNAME, GIVEN": each word has a vowel and one is unknown or listed."""
    if not all(re.search("[AEIOUY]", w) and len(w) >= 2 for w in (a, b)):
        return False
    return any((not is_known_word(w) and len(w) >= 4) or _listed(w) for w in (a, b))


def not_a_name(words: list[str]) -> bool:
    """True when every word is clinical shorthand or a person-category word ("Physio",
    "Husband", "Surgeon"); eponyms and common words still count as names in a context."""
    return all(
        (_key(w) in _SERVICE and _key(w) not in _MONTH_NAMES) or _key(w) in _STOP for w in words
    )


def _nameish(word: str) -> bool:
    """Could be a name in a weak context: also no common English word unless listed."""
    if not _plausible(word):
        return False
    if word.isupper() and len(word) > 1:
        return True
    return not is_known_word(word) or _rare(word) or _listed(word) or not _common(word)


_TOKEN = compile_rx(r"[^\s,&]+")


def _words(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, s, e)]


def _tail_run(text: str, s: int, e: int, strong: bool) -> tuple[int, int] | None:
    """The longest right-hand part of the run whose words all fit (particles allowed)."""
    words = _words(text, s, e)
    keep = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i][2]
        if re.fullmatch(_PART, w):
            if keep is not None:
                keep = words[i][0]
            continue
        ok = _plausible(w) if strong else _nameish(w)
        if not ok:
            break
        keep = words[i][0]
    return (keep, words[-1][1]) if keep is not None and words else None


def _list_items(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a list holding a found name ("Visitors: Vazgen, Grace and Song Li"): a list
    has an "and" / "&" or at least three items; each item must be a plausible name run."""
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for s, e in sorted(names):
        if s in seen:
            continue
        items, seps = [(s, e)], []
        pos = e
        while len(items) < 10 and (m := _ITEM_AFTER.match(text, pos)):
            items.append(m.span(2))
            seps.append(m.group(1))
            pos = m.end()
        pos = s
        while (
            len(items) < 10
            and _SEP_BEFORE.search(text, max(0, pos - 6), pos)
            and (m := _ITEM_BEFORE.search(text, max(0, pos - 60), pos))
        ):
            items.insert(0, m.span(1))
            seps.append(m.group(2))
            pos = m.start()
        if len(items) < 2 or not (len(items) >= 3 or any(x.strip(", \t") for x in seps)):
            continue
        seen.update(a for a, _ in items)
        for a, b in items:
            sp = _tail_run(text, a, b, strong=True)
            if sp and sp[0] == a and not re.match(r"[ \t]*\d", text[b : b + 3]):
                out.append(sp)
    return out


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a < e and s < b for a, b in spans)


_PREPOSITION_BEFORE_KIN = compile_rx(r"(?:Per|As|Via|Re|Regarding|Like|Unlike)[ \t]+(?:his|her|their|the|pt'?s|patient'?s)\b")


def _person_words(words: list[str]) -> bool:
    """Words that can name a person before an age and sex: no clinical, organisation or lead word."""
    return all(_plausible(w) and _key(w) not in _ORG and _key(w) not in _LEAD for w in words)


def _lower_name_word(word: str) -> bool:
    """A word that can be part of a name before an age and sex in any case but capitals (capitals: other readers)."""
    return not word.isupper() and not any(c.isdigit() for c in word) and _nameish(word) and _person_words([word])


def context_name_spans(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Name spans found by context; ``found`` are the NAME spans of the first pass."""
    out: list[tuple[int, int]] = []
    for rx, strong in ((_ROLE_PAREN, True), (_APPOSITION, True), (_ROLE_COMMA, False)):
        for a in rx.finditer(text):
            m = _RUN_END.search(text, max(0, a.start() - 80), a.start())
            sp = _tail_run(text, *m.span(1), strong=strong) if m else None
            # session 39 (US deid tester): "Per his niece Tammy Wright" - "Per" is a preposition, no name in apposition
            if sp and not _PREPOSITION_BEFORE_KIN.match(text, sp[0]):
                out.append(sp)
    for m in _INITIAL.finditer(text):
        if _NO_INITIAL_BEFORE.search(text, max(0, m.start() - 12), m.start()) or unit_letter(text, m.start()):
            continue
        words = m.group(2).split()
        if re.fullmatch(_PART, words[0]) and len(words) > 1 and _plausible(words[1]):
            out.append((m.start(1), m.end(2)))
        elif _nameish(words[0]):
            end = m.start(2) + len(words[0])
            if len(words) > 1 and _nameish(words[1]):
                end = m.end(2)
            out.append((m.start(1), end))
    for m in _SURNAME_GIVEN.finditer(text):
        sur, given = m.group(1), m.group(2)
        if not (_plausible(sur) and _plausible(given)) and not (
                # session 36: a capitals surname that is also a ward word, before a given name ("WARD, Nnamdi")
                sur.isupper() and len(sur) >= 3 and _key(sur) in SURNAMES and not given.isupper()
                and _plausible(given) and _nameish(given)):
            continue
        if given.isupper() and not _caps_pair(sur, given):
            continue  # "THAPA, SUMATI (": both caps, one unknown or listed; not "NBM, IVAB."
        if (
            _overlaps(found, *m.span(2))
            or _overlaps(found, *m.span(1))
            or (_nameish(sur) and _nameish(given))
        ):
            out.append(m.span())
    for m in _SENT_START.finditer(text):
        ws = m.group(1).split()
        if not all(_plausible(w) and _key(w) not in _ORG for w in ws) or _key(ws[0]) in _FIELD_WORDS:
            continue
        strong = bool(m.group(2) or (m.group(3) and " " in m.group(3)) or "from" in m.group(0)[-30:])
        if m.group(4):  # "Lee to review": weak; "Kang to hand over": only people hand over
            if all(_nameish(w) for w in ws) or (
                len(ws) == 1 and "hand" in m.group(4) and _key(ws[0]) not in _LEAD
            ):
                out.append(m.span(1))
            continue
        if any(_nameish(w) for w in ws) or (
            len(ws) == 1 and (strong or (m.group(3) and (_listed(ws[0]) or len(ws[0]) <= 3)))
        ):  # "Tui prefers", "Mo agreed": short or listed words only before a bare person verb;
            # any plausible word before "'s daughter", "is worried", "from the X team"
            out.append(m.span(1))
    for m in _AGE_SEX.finditer(text) if _AGE_SEX_HINT.search(text) else ():
        if _person_words(m.group(1).split()):
            out.append(m.span(1))
    for m in _LINE_AGE_SEX.finditer(text):  # no brackets: one word must also be name-like
        ws = m.group(1).split()
        if _person_words(ws) and any(_nameish(w) or _listed(w) or not _common(w) or _key(w) in SHORT_SURNAMES for w in ws):
            out.append(m.span(1))
    for m in _LOWER_AGE_SEX.finditer(text):
        pieces = list(_NONBLANK.finditer(text, m.start(1), m.end(1)))
        while pieces and not _lower_name_word(pieces[0].group()):
            pieces = pieces[1:]
        if len(pieces) >= 2 and all(_lower_name_word(p.group()) for p in pieces):
            out.append((pieces[0].start(), m.end(1)))
    for m in _TEAM.finditer(text) if _TEAM_HINT.search(text) else ():
        if _plausible(m.group(1)) and _key(m.group(1)) not in _ORG:
            out.append(m.span(1))
    for rx in (_NAME_FIELD, _HANDED_OVER):
        for m in rx.finditer(text):
            if all(_plausible(w) for w in m.group(1).replace(",", " ").split()[1:]):
                out.append(m.span(1))
    out.extend(_list_items(text, found + out))
    # neighbours of a found name: particles, "X to Mags", a surname after a name
    for s, e in sorted(found + out):
        m = None if text.endswith("'s", s, e) else _NEIGHBOUR.match(text, e)
        if m:
            joiner, part, w = m.group(1), m.group(2), m.group(3)
            if joiner is None and (part or _nameish(w) or _surname_like(text, m.end(3), w)):
                out.append((e, m.end(3)))  # "Joao Pedro da Rocha", "Yuki Song"
            elif joiner and (part or _nameish(w)):
                out.append((m.start(2) if part else m.start(3), m.end(3)))  # "X to Mags"
        lo = _LOWER_NEXT.match(text, e)
        w = lo.group(1) if lo else ""
        if w and text[s:e].islower() and _plausible(w) and (not is_known_word(w) or _rare(w)):
            out.append((e, lo.end(1)))  # type: ignore[union-attr]  # "r/v nodar yofflitquet": a lower-case surname
        j = s
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = text.rfind(" ", max(0, j - 30), j) + 1 or max(0, j - 30)
        nl = text.rfind("\n", k, j)
        if nl >= 0:
            k = nl + 1
        prev = text[k:j]
        if (
            j < s
            and prev
            and (
                _PART_RX.fullmatch(prev)
                or (
                    _W_RX.fullmatch(prev)
                    and _CLAUSE_START.search(text, max(0, k - 3), k)
                    and len(prev) <= 5
                    and _plausible(prev)
                    and _key(prev) not in _LEAD
                    and _key(prev) not in _ORG
                    and not text.startswith(":", e)
                )  # "R: Min Dimiskis to review", "Bed 3 - Gang Abovjanyan - ..."
                or (
                    _W_RX.fullmatch(prev)
                    and k >= 2
                    and text[k - 1] == " "
                    and text[k - 2] in "abcdefghijklmnopqrstuvwxyz,;("
                    and _surname_like(text, s, prev)
                )
            )
        ):  # "da Cunha"; a mid-sentence capitalised word right before a name
            out.append((k, e))
    return out


_LOWER = rf"[{_LO}][{_LO}'\u2019\u02bc-]{{1,24}}"
_LOWER_NEXT = compile_rx(rf"[ \t]+({_LOWER})\b")
