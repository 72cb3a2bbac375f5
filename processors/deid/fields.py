"""Round 9: names found by credentials, person fields and name shapes (values by label or
shape are in ``values.py``).

- ``person_spans`` (NAME): a run of name-shaped words before a credential ("Bill Stack,
  PA-C", "KB MS4", "Sugar PGY-2"; not a run of common words only: "Internal Medicine, MD");
  the value of a person field, at any label ending in a person word and a colon ("SURGEON:
  Bath, Ariadna K.", "Dictated by: JS") or inline after PCP / HCP / attending / worker / "RN
  for" ("PCP J. Hill"), the first line after a valediction ("Yours sincerely,\n\nRonald
  DeLuca"), a relation before a bracketed name ("Daughter (Summer)") -- listed names count
  here even when they are English words; a lower-case name after "dr" (any uncommon or
  listed word) or "mr" / "ms" / "mrs" / "miss" (a listed word; "mr" is also mitral
  regurgitation); a name before a contact noun ("Ruby's cell"); a camel-case word
  ("DeLuca", "LaFleur", "MacLeod"; drugs are cut by the guard).
- ``join_name_spans``: NAME spans separated only by a comma or a name particle merge
  ("SHERMAN, VICTOR", "Margaret St. Pierre"), and "St." before a name joins it.
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.context import ROLE_NOUNS
from processors.deid.extend import title_short_surname
from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.unknown import (
    _CLINICAL,
    COMMON_WORDS,
    ENGLISH_WORDS,
    _common,
    _rare,
    is_known_word,
)
from processors.deid.values import lowered

__all__ = ["join_name_spans", "person_spans"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_AP = "'\u2019"
# a name-shaped word: capitalised, inner capitals allowed ("DeLuca", "McKenzie", "O'Connor"),
# hyphenated ("Reid-Ziolko"), or all caps ("SHERMAN")
_CW = rf"(?:[{_UP}][{_AP}]|(?:al|el)-)?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?"  # session 6: "al-Rashid"
_NT = rf"(?:{_CW}(?:-{_CW})*|[{_UP}]{{2,}}(?:[-{_AP}][{_UP}]{{2,}})?)"
_PART = r"(?:St\.?|de|del|della|da|di|du|van|von|der|den|la|le|bin|ibn|\u00d3|N\u00ed|U\u00ed|Nic|Mac)"
# session 35: a name part ends at a word end ("Anh Thu Pham, PharmD" is no "Pharm")
_TOK = rf"(?:{_NT}(?![{_UP}{_LO}])|[{_UP}]\.(?![{_UP}]\.)|[{_UP}](?=,|[ \t]+(?:MD|DO)\b)|{_PART}(?=[ \t]+[{_UP}]))"
_RUN = rf"{_TOK}(?:(?:[ \t]|,[ \t]?){_TOK}){{0,4}}"
_TOKEN = compile_rx(rf"{_NT}|[{_UP}]\.?|{_PART}")

_CRED = (
    r"MD|M\.D\.|DO|D\.O\.|RN|BSN|MSN|CCRN|PA-C|PA|CRNA|NP|CNP|CRNP|ACNP|APRN|FNP|DNP|LPN|LVN"
    r"|CNA|MA|PhD|PsyD|PharmD|RPh|LCSW|LMFT|LPC|MSW|DPT|OTR|OTR/L|RDN|SLP|CCC-SLP|RRT|DDS|DMD"
    r"|DPM|NNP|MLS|MPH|FACP|FACS|FACC|MBBS|MBChB|FRCP|FRCS|MRCP|MRCS|FRCA|FRCR|CNM|EMT|EMT-P"
    r"|MS[1-4]|PGY-?\d"
    # round 10: dotted credentials ("R.N.", "Ph.D.", "B.S.N.") and hygienist / nurse grades
    r"|(?:[A-Z][a-z]?\.){2,4}|RDH|RGN|RMN|CNC|CCRP|OTR|MHO"  # session 11: a mental health officer
    r"|RDCS|RDMS|RVT|RCS|CNMT|ARRT"  # session 37: sonographers and technologists ("Arjun Reddy, RDCS")
    r"|BDS|BDSc|BChD|MFDS|MJDF"  # session 52 (deid tester H): dentists ("KP BDS")
)
# credentials that name a clinician and nothing else (not "MA" / "PA" / "MS4" / "DO", also states
# and words): before one, two or three capitalised words are a name even when each is also an
# English word in the frequency lists ("Arjun Reddy, MD", "Pearl Shin, RN"; session 37 tester)
_SURE_CRED = compile_rx(
    r",?[ \t]+(?:MD|M\.D\.|RN|NP|PA-C|PharmD|FACS|FACP|FACC|RDCS|RDMS|RVT|LCSW|LMFT|DPT|CRNA|APRN|FNP|DNP|MBBS"
    r"|MBChB|CCRN|CNM|RPh|PsyD|BDS|BDSc|BChD|MFDS|MJDF)(?![\w-])"
    r"(?=[ \t]*(?:$|[,.;:)|/\]]|[ \t]{2}|\n))", re.MULTILINE)  # a signature's end, not "NP to review"
_CRED_AT = compile_rx(rf"(?=[, \t])(?:,?[ \t]++(?:{_CRED})(?![\w-])"
                      # session 39 (US deid tester): "CHEST PA/LAT", "PA and lateral" - a radiograph's projection
                      r"(?!/(?:LAT|lat|Lat|L)\b|[ \t]+(?:and|&)[ \t]+(?i:lat)|[ \t]+(?i:view|film|projection|erect|supine)\b))")
_RUN_END = compile_rx(rf"(?<![\w.'/-])({_RUN})\Z")  # session 39: not the "L." of "ng/L."
_RUN_AT = compile_rx(rf"(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?({_RUN})")

_PERSON_LABEL = (
    r"patient|pt|patient name|name|surgeon|assistant|anesthesia|anaesthesia|anesthetist"
    r"|anaesthetist|anesthesiologist|attending|ordering|referring|admitting|discharging|covering"
    r"|physician|provider|doctor|clinician|practitioner|pcp|gp|consultant|registrar|author"
    r"|signed by|co-?signed by|dictated by|transcribed by|reviewed by|verified by|reported by"
    r"|entered by|completed by|prepared by|written by|seen by|performed by|requested by"
    r"|radiologist|pathologist|endoscopist|operator|sonographer|technologist|perfusionist"
    r"|circulator|circulating|scrub|cc|caller|contact|nok|next of kin|emergency contact|hcp"
    r"|hcpoa|poa|proxy|surrogate|decision maker|guardian|carer|spouse|husband|wife|partner"
    r"|son|daughter|mother|father|parent|relative|witness|interpreter|scribe|resident|fellow"
    r"|intern|student|preceptor|supervisor|nurse|midwife|therapist|pharmacist|dietitian"
    r"|physiotherapist|worker|social worker|case manager|coordinator|key worker|follow up"
    r"|follow-up|re|from|sender|primary nurse|client|service user|call handler|call taker"
    r"|triage nurse|handler|attendant|present|attendees|chair"
    r"|employee|staff member|worker name|decedent|deceased|mother's name|father's name"  # session 10 (v30)
    r"|inmate|detainee|prisoner|resident name|client name|partner name"  # v31
    # session 24 (v81): research records ("Patient identifier: LFK", "PI review: J Thackray")
    r"|patient identifier|patient initials|pt initials|subject initials|participant initials|initials"
    r"|pi|pi review|principal investigator|investigator|sub-investigator|co-investigator|research nurse"
    r"|study nurse|research coordinator|study coordinator|cra|crc|last checked|checked by|consented by"
    r"|consent taken by|consent obtained by|randomi[sz]ed by|approved by|screened by"
    r"|on duty|apt on duty|nurse on duty|doctor on duty"  # session 25 (v92): "APT on duty: E. Nuttall"
    r"|member|minutes|minuted by"  # session 26 (v101): "Member: Holly L Sciulli", "Minutes: L. Cartwright"
    r"|speech therapist|speech and language therapist"  # session 26 (v106) (not "SLT:": "SLT: IDDSI Level 5")
    r"|driver|courier|delivered by|enrolled by|installed by"  # session 25 (v93): "Driver: Clive"
    r"|d/o|s/o|w/o|c/o|known as|like to be known as|preferred name"  # session 25 (v91): "D/o: OMKAR JOSHI"
    r"|narne|patient narne|pt narne"  # session 36: OCR reads "m" as "rn" ("Pat1ent Narne: Smithcrs, J0nathan")
    r"|twin 1|twin 2|twin 3|twin a|twin b|triplet 1|triplet 2|triplet 3|manager|line manager"  # session 42 (deid tester)
)
_FIELD = by_first_letter(compile_rx(rf"\b(?:{_PERSON_LABEL})[ \t]*:[ \t]*"))  # on the lower-cased text
# inline person contexts and relations before a bracketed name ("Daughter (Summer)"),
# matched on the lower-cased text; the name after them on the text
_INLINE = by_first_letter(compile_rx(
    r"\b(?:pcp|hcp|gp|poa|attending|worker|caseworker|resident|intern|fellow|rn for|md for"
    r"|proxy|chaperone|scribe|called to|result called to|follow[- ]up with|surgeon|anaesthetist"
    r"|anesthetist|endoscopist|radiologist|pathologist|oncologist"
    r"|domestic helper|helper|nanny|housekeeper|au pair)[ \t]+"  # session 23 (v76): "domestic helper Lourdes"
))
_REL_BRACKET = by_first_letter(compile_rx(
    r"\b(?:daughter|son|wife|husband|partner|mother|father|mum|mom|dad|sister|brother|niece"
    r"|nephew|friend|neighbou?r|carer|caregiver|spouse|grand(?:son|daughter|mother|father)|aunt"
    r"|uncle|cousin|fianc[e\u00e9]e?"
    # session 60 (deid tester D): a pedigree's shorthand for a relative ("MGM (Lucy)", "Mo (Beryl)", "PGF (Hope)")
    r"|mgm|mgf|pgm|pgf|mgu|mga|pgu|pga|mo|fa|sis|bro|gm|gf|mat\.? (?:aunt|uncle|gm|gf)|pat\.? (?:aunt|uncle|gm|gf))[ \t]*\([ \t]*"
))
_BRACKET_NAME = compile_rx(rf"({_CW}(?:[ \t]{_CW})?)[ \t]*[),]")
_STOP = frozenset(
    [
        # session 41 (deid tester): a transcript's talk after a speaker label ("CLINICIAN: Good morning")
        "good", "hello", "hi", "yes", "yeah", "no", "okay", "ok", "sure", "right", "morning", "afternoon", "evening",
        "sorry", "thanks", "thank", "great", "fine", "better", "well", "so", "um", "uh", "alright", "it's", "its",
        # session 45 (deid tester): "DOCTOR: Can you see me?", "PATIENT: Yep.", "PATIENT: That's right"
        "could", "would", "shall", "does", "did", "yep", "yup", "nope", "that's",
        "i'm", "i've", "we're", "you're", "erm", "hmm", "just", "let's",
        "mrn",
        "mr",
        "dob",
        "nhs",
        "id",
        "acct",
        "age",
        "sex",
        "rm",
        "bed",
        "room",
        "ward",
        "unit",
        "md",
        "do",
        "rn",
        "pa",
        "np",
        "ma",
        "the",
        "and",
        "of",
        "at",
        "in",
        "on",
        "for",
        "with",
        "to",
        "by",
        "or",
        "a",
        "an",
        "dr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "prof",
        "date",
        "time",
    ]
)
_LOWER_DR = compile_rx(
    r"\b(dr|doctor|mr|mrs|ms|miss|missus|mister|nurse|sister)\.?[ \t]+((?:st\.?[ \t]+)?[a-z][a-z'-]{1,24})\b"
)
_NEXT_LOWER = compile_rx(r"[ \t]+([a-z][a-z'-]{1,24})\b")
_LOWER_SKIP = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "is",
        "was",
        "will",
        "has",
        "have",
        "had",
        "said",
        "says",
        "says",
        "re",
        "who",
        "who's",
        "office",
        "team",
        "note",
        "notes",
        "please",
        "can",
        "could",
        "would",
        "should",
        "did",
        "does",
        # session 34: "called nurse line stating", "nurse station", "nurse call bell"
        "line",
        "station",
        "call",
        "led",
        "advice",
        "triage",
        "visit",
        "practitioner",
        "specialist",
        "aware",
    ]
)
_VALEDICTION = by_first_letter(compile_rx(
    r"\b(?:yours sincerely|yours faithfully|kind regards|best regards|warm regards|regards"
    r"|many thanks|best wishes|with thanks|sincerely|thanks|thank you|cheers"  # session 23 (v75): "Thanks,\nDarnell"
    r"|nga mihi|ng\u0101 mihi|nga mihi nui|ng\u0101 mihi nui|cofion|is mise le meas"  # session 13 (v40): NZ, Wales, Ireland
    r"|with (?:our |my )?(?:deepest |sincere |heartfelt )?(?:sympathy|condolences)|with sympathy)"  # session 25 (v92): a bereavement letter
    r",?[ \t]*\n(?:[ \t]*\n)*[ \t]*"
))  # on the lower-cased text
_INITIAL_NAME_AT = compile_rx(rf"([{_UP}][ \t]+{_CW}(?:-{_CW})?)[ \t]*(?:,|$)", re.MULTILINE)  # "R Doherty" signing
_CAMEL = compile_rx(rf"(?<![\w-])[{_UP}][{_LO}]{{1,3}}[{_UP}][{_LO}]{{3,}}(?![\w-])")
_POSSESSIVE = compile_rx(
    rf"[{_AP}]s[ \t]+(?:cell|mobile|phone|number|landline|home phone|email|e-mail|pager|work number"
    r"|house)\b"
)
_WORD_END = compile_rx(rf"(?<![\w-])({_CW}(?:-{_CW})*)\Z")


def _listed(word: str) -> bool:
    w = _key(word).strip(".")
    return w in FIRST_NAMES or w in SURNAMES


def _namey(word: str) -> bool:
    """Listed (even when also an English word), unknown, rare, or a caps / camel-case word."""
    core = word.strip(".,")
    if len(core) <= 1:
        return False
    if _listed(core):
        return True
    if core.isupper():
        return _key(core) not in CLINICAL_ABBREV and not _common(core)
    return not is_known_word(core) or _rare(core)


def _clinical(word: str) -> bool:
    core = word.strip(".,")
    if len(core) < 2:
        return False  # an initial
    k = _key(core)
    return k in _CLINICAL or (word.isupper() and k in CLINICAL_ABBREV)


_FIELD_START = compile_rx(r"(?:^|:)[ \t]*\Z", re.MULTILINE)


def _drop_lead(text: str, tok: re.Match[str], left: int, cred: bool = False) -> bool:
    w = tok.group(0)
    if _key(w.strip(".")) in _STOP:
        return True
    if left > 1 and text[tok.end() : tok.end() + 1] == ",":
        return False  # "Surname, Given": "Baker, Gunbir K.", "LONG, BROOKE"
    if _clinical(w):
        return True
    if len(w) == 2 and w[1] == ".":
        return False  # an initial: "R. Stone"
    if cred and left == 2 and _FIELD_START.search(text, max(0, tok.start() - 30), tok.start()):
        return False  # round 10: a two-word name filling a line or field before a credential
        # ("Ginger Merino, R.N.", "Certifier: Forrest Reed, MD")
    return left > 1 and _common(w) and not _listed(w)


# session 19: a police or courtesy title in capitals is no pair of initials ("From: PC [NAME]" on a
# second pass: the title of a scrubbed name)
_CAPS_TITLES = frozenset(("PC", "PS", "DC", "DS", "DI", "SGT", "DR", "MR", "MRS", "MS", "MX"))


_ANAESTHESIA_TYPES = frozenset(("GA", "LA", "MAC", "TIVA", "GENERAL", "SPINAL", "REGIONAL", "LOCAL", "SEDATION",
                                "EPIDURAL", "BLOCK", "CSE", "RA"))


_DEPARTMENTS = frozenset(("medicine", "practice", "surgery", "health", "care", "clinic", "hospital", "family", "internal",
                          "emergency", "general", "pediatrics", "paediatrics", "psychiatry", "radiology", "oncology"))


_QUESTION_WORDS = frozenset(("can", "could", "will", "would", "do", "does", "did", "is", "are", "was", "were", "shall", "have", "has"))
_QUESTION_AFTER = re.compile(r"[ \t]+(?:you|i|we|he|she|they|it|your|my)\b", re.IGNORECASE)


def _trim(text: str, s: int, e: int, strong: bool | None, sure: bool = False) -> tuple[int, int] | None:
    """The run ``text[s:e]`` without edge words that are no name; None when nothing is left
    or no word is name-like (strong: listed words count even when English)."""
    toks = list(_TOKEN.finditer(text, s, e))
    if toks and _QUESTION_AFTER.match(text, toks[0].end()) and toks[0].group(0).lower() in _QUESTION_WORDS:
        return None  # session 45 (deid tester): a transcript's question after a speaker label ("DOCTOR: Can you see me?")
    for i in range(len(toks) - 1):  # session 26 (v103): "Sandra Gilmore, Allergy Nurse Specialist": the name before the role
        if "," in text[toks[i].end() : toks[i + 1].start()] and any(
                t.group(0).lower() in ROLE_NOUNS for t in toks[i + 1 :]):
            toks = toks[: i + 1]
            break
    n_all = len(toks)
    while toks and _drop_lead(text, toks[0], len(toks), strong is None):
        toks.pop(0)
    while toks and (_key(toks[-1].group(0).strip(".")) in _STOP or _clinical(toks[-1].group(0))) and not (
            len(toks) > 1 and title_short_surname(toks[-1].group(0))):  # session 42: "Twin 1: Sue Ng"
        toks.pop()
    if not toks:
        return None
    words = [t.group(0) for t in toks]
    if strong and len(words) == 1 and 2 <= len(words[0]) <= 3 and words[0].isupper() and words[0] not in _CAPS_TITLES:
        return (
            toks[0].start(),
            toks[0].end(),
        )  # initials: "Dictated by: JS" (no abbreviation: trimmed)
    if strong is None:  # before a credential: initials ("KB MS4") and one plain word count
        ok = n_all == 1 or any(_namey(w) or not _common(w) for w in words) or (
            # session 26 (v103): two or three capitalised words right before it ("Kamala Dahal, MD")
            # session 39 (US deid tester): a two-letter surname before a sure credential ("Tao Su, MD, PGY-3")
            2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and (len(w) > 2 or sure) for w in words)
            and not any(w.lower() in ROLE_NOUNS or w.lower() in _DEPARTMENTS or _clinical(w) for w in words)
            and (sure or _key(words[-1]) not in COMMON_WORDS))  # a surname that is no common word ("Dahal"; not "Left Hip")
    elif strong:  # session 25 (v92): an initial before a capitalised word fills a person field ("APT on duty:
        # E. Nuttall"), whatever the word is
        ok = any(_namey(w) for w in words) or (
            len(words) == 2 and len(words[0].rstrip(".")) == 1 and words[0][0].isupper() and words[1][:1].isupper()
            and not _clinical(words[1]))
    else:
        ok = any(_namey(w) and (not _common(w) or _listed(w)) for w in words)
    return (toks[0].start(), toks[-1].end()) if ok else None


def _add(out: list[tuple[int, int]], span: tuple[int, int] | None) -> None:
    if span:
        out.append(span)


def complaint_word(word: str) -> bool:
    """After "c/o:", a clinical word or an English word no name list holds is the complaint ("complains of"), not the
    person of "care of" (session 60, deid tester B)."""
    return _clinical(word) or (is_known_word(word) and not _listed(word))


def person_spans(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """NAME spans found by credentials, person fields, "dr x" and "X's cell"."""
    out: list[tuple[int, int]] = []
    low = lowered(text) if low is None else low
    for m in _CRED_AT.finditer(text):
        r = _RUN_END.search(text, max(0, m.start() - 60), m.start())
        if r:
            _add(out, _trim(text, *r.span(1), None, _SURE_CRED.match(text, m.start()) is not None))
    for rx in (_FIELD, _VALEDICTION):
        for m in rx.finditer(low):
            if rx is _VALEDICTION and (i := _INITIAL_NAME_AT.match(text, m.end())):
                out.append(i.span(1))  # session 12 (v36): "Yours sincerely\nR Doherty"
                continue
            r = _RUN_AT.match(text, m.end())
            if r and "esthesia:" in m.group(0) and r.group(1).split()[0].strip(",.").upper() in _ANAESTHESIA_TYPES:
                continue  # session 26 (v100): "Anaesthesia: GA with shunt on standby" names the type, not a person
            if r and m.group(0).startswith("c/o") and complaint_word(r.group(1).split()[0].strip(",.")):
                continue  # session 60 (deid tester B): "c/o: Burns", "c/o: Convulsions in pregnancy" (complains of, not care of)
            if r:
                _add(out, _trim(text, *r.span(1), True))
    for rx, name_rx in ((_INLINE, _RUN_AT), (_REL_BRACKET, _BRACKET_NAME)):
        for m in rx.finditer(low):
            r = name_rx.match(text, m.end())
            if r:
                _add(out, _trim(text, *r.span(1), True))
    if "dr" in low or "m" in low or "nurse" in low or "sister" in low:
        for m in _LOWER_DR.finditer(low):
            if not text[m.start()].islower():
                continue  # "Dr X" is the title recogniser's
            last = m.group(2).split()[-1]
            if last in _LOWER_SKIP:
                continue
            if m.group(1) in ("dr", "doctor"):
                ok = _listed(last) or not _common(last) or (  # session 26 (v100): "gp dr goodall aware"
                    last.isalpha() and _key(last) not in ENGLISH_WORDS and _key(last) not in _CLINICAL)
            elif m.group(1) in ("mrs", "missus", "mister"):  # session 54 (deid tester V, dictation): no other reading
                ok = _key(last) not in _CLINICAL and (  # "mrs rose", "missus hope", "mister chuck woo"; not "mister said"
                    _listed(last) or not _common(last) or _key(last) in AMBIGUOUS_NAMES)
            else:  # "mr" / "ms" are also mitral regurgitation / multiple sclerosis; session 11:
                # an unlisted word that is no English word counts too ("mr ptolemy arkwright")
                ok = (_listed(last) or not is_known_word(last)) and _key(last) not in _CLINICAL
            if ok:
                end = m.end(2)
                nxt = _NEXT_LOWER.match(text, end)  # the surname after a given name ("ptolemy arkwright")
                if nxt and (_listed(nxt.group(1)) or not is_known_word(nxt.group(1))) and nxt.group(1) not in _LOWER_SKIP and (
                        not _common(nxt.group(1))):  # session 26: not "dr fairclough aware"
                    end = nxt.end(1)
                out.append((m.start(2), end))
    for m in _CAMEL.finditer(text):  # "DeLuca", "LaFleur", "MacLeod" (drugs: the guard)
        if not _clinical(m.group(0)):
            out.append(m.span())
    for m in _POSSESSIVE.finditer(text):
        r = _WORD_END.search(text, max(0, m.start() - 30), m.start())
        w = r.group(1) if r else ""
        if r and not _clinical(w) and (_listed(w) or not is_known_word(w) or _rare(w)):
            out.append(r.span(1))
    return out


# round 10: a bare middle initial joins two names ("Roger M Chester", "Kylie C Panicucci")
_JOIN_GAP = compile_rx(rf"(?:-|,[ \t]?|[ \t]+(?:{_PART}[ \t]+)*|[ \t]+[A-Z]\.?[ \t]+)\Z")
_AL_AFTER = compile_rx(r"[ \t]+(?:al|el)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_ST_BEFORE = compile_rx(r"\b(?:St\.?|de|da|van|von|del|la|le)[ \t]+\Z")
# session 12 (v36): a given name written short with a period ("Ma. Theresa", "SANTOS, Ma. Theresa C.",
# "Wm. Hart") joins the name after it
_ELIDED_BEFORE = compile_rx(r"(?<![\w'\u2019])[dDlL]['\u2019]\Z")  # "Dr. d'Entremont", "l'Heureux"
_SHORT_GIVEN_BEFORE = compile_rx(r"(?<![\w.])(?:Ma|Wm|Jas|Chas|Thos|Geo|Robt|Jos|Benj|Edw|Saml|Alex|Fred)\.[ \t]+\Z")


def join_name_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """NAME spans merged across a comma or name particles on one line; "St." before a name
    taken in."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        m = (_ST_BEFORE.search(text, max(0, s - 5), s) or _SHORT_GIVEN_BEFORE.search(text, max(0, s - 12), s)
             or _ELIDED_BEFORE.search(text, max(0, s - 3), s))
        if m:
            s = m.start()
        if (
            out
            and out[-1][1] <= s
            and _JOIN_GAP.fullmatch(text, out[-1][1], s)
            or out
            and s < out[-1][1]
        ):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    if "l-" in text:  # session 6: a hyphenated Arabic particle surname after a name ("Faisal el-Hashem")
        out = [(s, m.end() if (m := _AL_AFTER.match(text, e)) else e) for s, e in out]
    return out
