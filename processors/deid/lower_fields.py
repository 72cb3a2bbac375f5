"""Lower-case names after a person cue (session 42, deid tester: 87 lower-case names of 300 notes).

Notes typed in lower case write the names in lower case too ("patient: oluwaseun oyelaran   mrn:",
"present: eilidh d'arcy, mariam al mansouri", "w/ maria cristina santos re sickness absence",
"mother li wing yan, g2p1"). After such a cue, a run of one to four lower-case words closing at a
delimiter (a comma, a bracket, a column gap, a full stop, the line's end, "re", an id label) is a name
when every word is a listed name, a name particle or no English word, none is clinical, and one of
them is a name beyond doubt: no English word, or a listed name that is no common word. A list after
"present:" or "attendees:" is read item by item. Capitalised names are the other recognisers'.
"""

from __future__ import annotations

import re

from processors.deid.cantonese import CHINESE_SURNAMES, CHINESE_SYLLABLES
from processors.deid.guard import is_clinical_token
from processors.deid.leading import compile_rx
from processors.deid.names import AMBIGUOUS_NAMES, CLINICAL_ABBREV, FIRST_NAMES, SURNAMES, _key
from processors.deid.repeats import word_occurrences
from processors.deid.unknown import _CLINICAL, _JOINING_PARTICLES, _common, is_known_word
from processors.deid.unknown import _LOWER_NOT_NAMES as _NOT_NAMES

__all__ = ["lower_field_spans"]

_WORD = r"[a-z\u00df-\u00ff\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f'\u2019-]*"
_CUE = compile_rx(
    r"(?<![\w/-])(?i:(?:patient|pt|name|patient[ \t]+name|health[ \t]+advis[eo]r|contact[ \t]*\d?|nok|next[ \t]+of[ \t]+kin"
    r"|mother|father|mum|dad|partner|husband|wife|son|daughter|carers?|key[ \t]*worker|social[ \t]+worker|gp|cns"
    r"|interpreter|present|attendees|source[ \t]+pt|index[ \t]+pt|crew|staff"
    r"|case|index[ \t]+case|index|primary[ \t]+case|secondary[ \t]+case|contacts?[ \t]+name"  # session 57 (deid tester A): "case: rangi parata"
    # session 43 (deid tester A: 161 lower-case names in 300 notes): "resident: cathal ni bhriain   room 24",
    # "re: busisiwe maseko, dob", "sho: bill walker", "reg: ngoc anh patel", "consultant: dr c. cartwright"
    r"|resident|re|sho|reg|registrar|consultant|attending|surgeon|nurse|rn|midwife|health[ \t]+visitor|named[ \t]+nurse"
    r"|witness|pharmacist|physio|referrer|from|to|cc"
    # session 45 (deid tester): "adult: kiran venkataraman, 71 y/o", "person affected: mr sunny banerjee (96m)"
    r"|adult|child|person[ \t]+affected|patient[ \t]+affected|client|service[ \t]+user|injured[ \t]+party"
    r"|caller|with|other[ \t]+family|also[ \t]+involved|signed"
    r"|(?:pt|patient)[ \t]+id(?:[ \t]+from[ \t]+(?:relative|wallet|family|id|card|bracelet|wristband|documents?))?"  # session 49
    r"|secretary|typist|typed[ \t]+by|clerk|pa|scribe|medical[ \t]+secretary"
    # session 50 (deid tester V): "clinician: yoon hyun-woo", "attn: deshawn begay, fax", "assistant: 'aisea moala   anaesthetist:"
    r"|clinician|attn|assistant|an(?:a)?esthetist|vaccinator|nearest[ \t]+relative|documented[ \t]+by)[ \t]*:[ \t]*"  # session 47: "secretary: mariam nasser"  # session 46: "caller: may castillo", "with: dr wu, diego fuentes"
    r"(?:(?:dr|mr|mrs|ms|miss|mx)\.?[ \t]+)?"
    # session 44 (deid tester): "pt name kamal fox dob 8/5/33", "dictated by mister little", "surname is frost",
    # "nok husband art"
    r"|(?:(?:pt|patient)[ \t]+name|mister|missus|(?:sur|first[ \t]+|given[ \t]+|family[ \t]+)?name[ \t]+is"
    r"|nok[ \t]+(?:husband|wife|partner|son|daughter|mother|father|mum|dad|brother|sister)"
    r"|fy[12]|sho|spr|registrar"  # session 44 (second deid tester): "spoke to fy1 tadhg re same", "d/w sho aoife"
    r"|w/|d/w|mother|father|cns|source[ \t]+pt|index[ \t]+pt|pt|interpreter|dr\.?|mrs|miss|mx"
    r"|care[ \t]+co-?ordinator|amhp"  # session 46 (deid tester F): "care coordinator rawiri dixon", "amhp marilou contacted"
    r"|jho|rmo|intern|fellow|ho"
    # session 50 (deid tester V): "patient huia tamihana started on", "anaesthetist huia walker -> pacu rn marama", "attn deshawn
    # begay", "documented by cody miller."
    r"|patient|an(?:a)?esthetist|attn|documented[ \t]+by|grand(?:son|daughter|child)"  # session 47 (held-out deid tester): "jho douglas jones -> jho elliot gilbert"
    # session 46 (case tester: names in all-lower-case notes 56 % caught): "next of kin may afolabi lives at", "message taken
    # by aroha ngata, receptionist", "poa held by dawn little", "key worker samuel baker on", "written by mark ashworth",
    # "interpreter booked via bill moody", "staff nurse thi lan nguyen", "met with hiroshi hill (32 y/o)", "husband rusty
    # begum is nok", "(neighbour of yasmin el-sayed)", "pharmacy review for bill wu"
    r"|next[ \t]+of[ \t]+kin|(?:taken|held|written|completed|booked)[ \t]+by|booked[ \t]+via|key[ \t]*worker|staff[ \t]+nurse"
    r"|met[ \t]+with|(?:neighbour|neighbor|father|mother|partner|husband|wife|son|daughter|friend|carer)[ \t]+of"
    r"|husband|wife|partner|neighbour|neighbor|review[ \t]+for"
    # session 42 (second deid tester): "reported by aroha ngata, franzcr", "calling about lealofi lauina"
    r"|(?:reported|seen|reviewed|signed|dictated|verified|authori[sz]ed)[ \t]+by|discussed[ \t]+with|spoke[ \t]+(?:to|with)"
    r"|calling[ \t]+about|called[ \t]+about"
    # session 43: "baby of aroha st. john (bo st. john)", "health visitor forrest kereama informed", "nursery contact
    # may knight 1-404-...", "mental health officer major murphy;", "pc moody, ref", "siblings rocky and mohammed",
    # "brought by mum patience.", "33yo man adebayo nnamdi (card no", "with dr cartwright."
    r"|baby[ \t]+of|\(bo|health[ \t]+visitor|nursery[ \t]+contact|school[ \t]+contact"
    r"|(?:mental[ \t]+health|duly[ \t]+authori[sz]ed|approved[ \t]+mental[ \t]+health)[ \t]+(?:officer|professional|practitioner)"
    r"|pc|siblings?|brought[ \t]+(?:in[ \t]+)?by[ \t]+(?:her[ \t]+|his[ \t]+)?(?:mum|dad|mother|father|grandmother|grandfather|nan"
    r"|aunt|uncle|sister|brother|partner|wife|husband|carer|neighbour)"
    r"|\d{1,3}[ \t]?(?:yo|y/o|year[ \t]old)[ \t]+(?:man|woman|boy|girl|male|female|m|f)|with[ \t]+dr\.?)[ \t]+)"
)
_RUN = compile_rx(rf"({_WORD}(?:[ \t](?!(?:and|or|informed|unwell|with|who|aware|settled|refused|dob|mrn|nhs|aged?|re|about|for|at|in|on|to"
                  rf"|contacted|called|phoned|paged|updated|notified|lives|lived|is|was|has|had|started|commenced|admitted|attended"
                  rf"|presented|discharged|transferred)\b){_WORD}){{0,3}})(?=[ \t]*(?:[,;()]|\.(?:[ \t]|$)|$|[ \t]{{2,}}|\t"
                  r"|[ \t]+(?:(?:re|dob|g\d|aged?|and|informed|unwell|with|who|about|for|at|in|on|to|/|started|commenced|admitted"
                  r"|attended|presented|discharged|transferred"
                  r"|contacted|called|phoned|paged|updated|notified|lives|lived|is|was|has|had)\b|mrn|nhs|hosp|\d|&|/"
                  r"|->|\u2192|-[ \t]|[^\s@]+@)|[ \t]*(?:\||[\u2013\u2014]|:[ \t])))",  # session 47: "secretary: mariam nasser mn@x.org", "jho douglas jones -> jho"
                  re.MULTILINE)
_LIST_NEXT = compile_rx(r"[ \t]*(?:,|and\b|&|/)[ \t]*(?:dr\.?[ \t]+)?")  # session 45: "crew: o. ahmed / e. brown"
_LIST_CUES = ("present", "attendees", "crew", "staff", "carer", "sibling", "with:")
_GIVEN_AFTER = compile_rx(rf",[ \t]*({_WORD})(?=[ \t]*(?:[;()]|\.(?:[ \t]|$)|$|[ \t]{{2,}}|\t|[ \t]+(?:(?:dob|chi|mrn|nhs|aged?)\b|\d)))",
                          re.MULTILINE)
_INITIAL_SURNAME = compile_rx(rf"([a-z]\.[ \t]?{_WORD})(?=[ \t]*(?:[,;()/]|\.(?:[ \t]|$)|$|[ \t]{{2,}}))", re.MULTILINE)
_PARTICLES = _JOINING_PARTICLES | {"abu", "ibn", "abd", "du", "ap", "le", "la", "dos", "das", "della", "mac", "mc", "o'",
                                   "\u00f3", "o", "n\u00ed", "ni", "nic", "ua", "u\u00ed", "bin", "binti", "st.", "st"}
_NOT_NAME = frozenset(["and", "the", "is", "was", "to", "for", "of", "with", "has", "in", "on", "at", "re", "aware", "present",
                       "well", "unwell", "stable", "here", "there", "today", "seen", "same", "none", "nil", "not", "no",
                       "yes", "unknown", "declined", "team", "ward", "self", "alone", "mum", "dad", "mother", "father",
                       "son", "daughter", "wife", "husband", "partner", "pt", "patient", "baby", "twin", "also", "from",
                       "who", "she", "he", "they", "her", "his", "their", "by", "via", "phone", "tel", "mobile", "email",
                       "called", "spoke", "informed", "attended", "visited", "visiting", "regular", "casual", "ex"])


def _name_word(word: str) -> tuple[bool, bool]:
    """(may be part of a name, is a name beyond doubt) for one lower-case word."""
    k = _key(word).strip("'\u2019")
    if not k or k in _NOT_NAME or k in CLINICAL_ABBREV or k in _CLINICAL:
        return False, False
    if k in _PARTICLES:
        return True, False
    head, _, rest = k.partition("-")
    if rest and head in _PARTICLES and rest not in CLINICAL_ABBREV:
        return True, True  # "al-farsi" (a language's name after the particle), "el-sayed", "abu-bakr"
    parts = [p for p in re.split(r"['\u2019-]", k) if len(p) >= 2]
    listed = any(p in FIRST_NAMES or p in SURNAMES for p in parts)
    if k in CHINESE_SYLLABLES or k.upper() in CHINESE_SURNAMES:
        return True, False  # session 49 (deid tester O): "lim xin yi, 96/f", "sim ah moi, 28/f"
    if not is_known_word(k):
        return True, True
    return listed, listed and not _common(k)


def _plain_word(word: str) -> bool:
    k = _key(word).strip("'\u2019")
    return k.isalpha() and k not in _NOT_NAME and k not in CLINICAL_ABBREV and k not in _CLINICAL


_TITLE_END = compile_rx(r"(?:dr|mr|mrs|ms|miss|mx)\.?[ \t]+\Z")


# cues after which every word that may be a name is one (no word beyond doubt needed: "sho: bill walker",
# "siblings rocky and mohammed"); after "re:", "to:", "from:", "cc:" one word must be a name beyond doubt
_WEAK_CUE = compile_rx(r"(?:re|to|from|cc)[ \t]*:")
# bare cues after which a plain word is as likely ("witnessed by partner over 4 weeks", "met with family")
_NEEDS_A_SURE_NAME = frozenset(["pt", "patient", "husband", "wife", "partner", "neighbour", "neighbor", "met with", "review for"])


def _name_run(text: str, start: int, end: int, strong: bool = False, titled: bool = False) -> bool:
    words = list(re.finditer(r"\S+", text[start:end]))
    judged = [_name_word(w.group(0)) for w in words]
    # session 45: "mr sunny banerjee" (a title, then any given name); session 46: "patient: mrs mary parry" (a strong
    # cue and a title: every plain word)
    if titled and (strong or any(sure for _, sure in judged)):
        judged = [(ok or _plain_word(w.group(0)), sure) for (ok, sure), w in zip(judged, words, strict=True)]
    if not all(ok for ok, _ in judged) or not (strong or any(sure for _, sure in judged)):
        return False
    if _key(words[0].group(0)) in _PARTICLES and len(words) == 1:
        return False
    return not any(is_clinical_token(text, start + w.start(), start + w.end()) for w in words)


# session 43 (deid tester): a lower-case full name opening a line before its date of birth or record number
# ("stanley robson dob 17/08/26 - settled night")
_BEFORE_DOB = compile_rx(rf"(?m)^[ \t]*(?:pt[ \t:]+)?({_WORD}(?:[ \t]{_WORD}){{1,3}})(?=[ \t]*[,(-]?[ \t]*(?:dob|d\.o\.b|nhs|mrn|chi|nhi)\b)")

# session 46 (i2b2-style tester: 14 of 25 ED notes): a lower-case full name opening a line or a field before
# its age ("HPI: maria brown, 78 year old, presents", "hpi: austin grant, eighty-one yo")
_AGE_WORDS = (r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[ \t-]*(?:yo|y/o|y\.o\.|years?[- ]old|yrs?[- ]old|yrs?)\b"
              # session 49 (deid tester O): "deshawn murphy, 94y/m", "lim xin yi, 96/f", "ram bahadur gurung, 53m"
              r"|\d{1,3}[ \t]?(?:y(?:rs?|o)?[ \t]*)?/[ \t]*[mf]\b|\d{1,3}[mf]\b)")
_BEFORE_AGE = compile_rx(rf"(?m)(?:^|(?<=:))[ \t]*({_WORD}(?:[ \t]{_WORD}){{1,3}})(?=,[ \t]*{_AGE_WORDS}"
                         r"|[ \t]*\((?:age|aged)[ \t]*\d{1,3}\))")  # deid tester F: "jack lester (age 65) self-referred"
# deid tester F: a lower-case "surname, given" heading a row of fields ("omar, abdullahi | unit no m1300229 | dob ...")
_COMMA_ROW = compile_rx(rf"(?m)^[ \t]*({_WORD},[ \t]*{_WORD}(?:[ \t]{_WORD})?)(?=[ \t]*\|[^\n]*?\b(?:dob|d\.o\.b|nhs|mrn|unit"
                        r"|hosp|acct|account|chi|nhi)\b)")
# and a capitalised surname alone heading a progress note ("Black - 77 year old\nS: ..."): every word a listed name
_CAPS_BEFORE_AGE = compile_rx(r"(?m)^[ \t]*([A-Z][a-z'\u2019-]+(?:[ \t][A-Z][a-z'\u2019-]+){0,2})[ \t]+[-\u2013][ \t]+"
                              r"\d{1,3}[ \t-]*(?:yo|y/o|years?[- ]old|yrs?)\b")


def _caps_before_age(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _CAPS_BEFORE_AGE.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        if all(_key(w.group(0)) in FIRST_NAMES or _key(w.group(0)) in SURNAMES for w in words) and not any(
                is_clinical_token(text, m.start(1) + w.start(), m.start(1) + w.end()) for w in words):
            out.append(m.span(1))
    return out


def _listed_pair(run: str) -> bool:
    """Before an age: every word a listed name (even one that is a word: "hope steele", or an eponym: "wesley wilson")
    and one a name beyond doubt."""
    words = run.split()
    judged = [_name_word(w) for w in words]
    return any(sure for _, sure in judged) and all(
        ok or (_key(w) in FIRST_NAMES or _key(w) in SURNAMES or _key(w) in AMBIGUOUS_NAMES) and _key(w) not in CLINICAL_ABBREV
        for w, (ok, _) in zip(words, judged, strict=True))


# session 48 (deid tester N: "patient: alan sweet  mrn: m3749078", "pt: robert wilson  mrn 8622870", "patient: april
# field   chart # 5057-275"): a form's name field closed by a column gap and an id or birth-date label holds a name
# even when each word is also an English word, as long as every word is a listed name
_FORM_CLOSE = compile_rx(r"[ \t]{2,}(?:mrn|dob|d\.o\.b|chart|nhs|hosp|unit|ur|nhi|chi|id|#|age|sex)\b|[ \t]*,[ \t]*(?:dob|d\.o\.b)\b")


def _all_listed(run: str) -> bool:
    """Two or three words, one of them a listed name, none a clinical abbreviation, and a word that is no listed name no
    clinical word either ("alan sweet"; "wilson" is listed, so its eponym does not count)."""
    words = run.split()
    listed = [_key(w) in FIRST_NAMES or _key(w) in SURNAMES or _key(w) in AMBIGUOUS_NAMES for w in words]
    return 2 <= len(words) <= 3 and any(listed) and all(
        _key(w) not in CLINICAL_ABBREV and (ok or _key(w) not in _CLINICAL) for w, ok in zip(words, listed, strict=True))


# session 49 (deid tester N: "patient: down, joy   mrn e118855027", "name: wilson, graham\n", "patient: head, siobhan  chart
# no.", "from: wood, sophie <wood.s@...>"): a record's name field written "surname, given" holds a name whatever the
# surname is (a word, an eponym), when the given name is a listed one and the field closes at an id or birth-date label,
# an e-mail address or the line's end
_COMMA_FIELD = compile_rx(rf"({_WORD}),[ \t]?({_WORD})(?=[ \t]{{2,}}(?:mrn|dob|d\.o\.b|chart|nhs|hosp(?:ital)?|unit|ur|nhi|chi|id|#|age|sex)\b"
                          r"|[ \t]*,[ \t]*(?:dob|d\.o\.b)\b|[ \t]*<[^\s@<>]+@|[ \t]*(?:\n|$))", re.MULTILINE)
_COMMA_FIELD_CUES = ("patient:", "patient name:", "pt:", "pt name", "name:", "from:", "re:", "patient name")


def _comma_field(text: str, head: str, at: int) -> tuple[int, int] | None:
    if not head.rstrip().startswith(_COMMA_FIELD_CUES) or (m := _COMMA_FIELD.match(text, at)) is None:
        return None
    surname, given = _key(m.group(1)), _key(m.group(2))
    if not (given in FIRST_NAMES or given in AMBIGUOUS_NAMES) or given in CLINICAL_ABBREV or given in _NOT_NAME:
        return None
    if len(surname) < 3 or not surname.isalpha() or surname in CLINICAL_ABBREV or surname in _NOT_NAME:
        return None
    return m.start(1), m.end(2)


def lower_field_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = [m.span(1) for rx in (_BEFORE_DOB, _BEFORE_AGE, _COMMA_ROW) for m in rx.finditer(text)
                                  if m.group(1)[:1].islower() and (_name_run(text, *m.span(1), strong=True)
                                                                   or (rx is _BEFORE_AGE and _listed_pair(m.group(1))))]
    for cue in _CUE.finditer(text):
        at = cue.end()
        head = cue.group(0).lstrip().lower()
        listing = head.startswith(_LIST_CUES)
        # "pt back at 08:15" (session 44): a bare "pt" needs a name beyond doubt, as "re:" does
        strong = _WEAK_CUE.match(head) is None and head.rstrip() not in _NEEDS_A_SURE_NAME
        while True:
            m = _RUN.match(text, at)
            if m is not None and m.group(1).split()[0] in _NOT_NAMES:
                break  # session 57 (deid tester A): "Phone interview w/ case"
            titled = _TITLE_END.search(text, max(0, at - 6), at) is not None
            if m is not None and m.group(1)[:1].islower() and _name_run(text, *m.span(1), strong=strong, titled=titled):
                stop = m.end(1)
                if (g := _GIVEN_AFTER.match(text, stop)) and _name_word(g.group(1))[0]:
                    stop = g.end(1)  # "patient: mcdonald, lachlan  chi no."
                out.append((m.start(1), stop))
            elif (m is not None and m.group(1)[:1].islower() and _FORM_CLOSE.match(text, m.end(1))
                  and _all_listed(m.group(1))):
                stop = m.end(1)  # session 48: "patient: alan sweet  mrn: ...", "pt: robert wilson  mrn" (a form's field)
                out.append((m.start(1), stop))
            elif (m is None or m.end(1) < len(text) and text[m.end(1)] == ",") and (c := _comma_field(text, head, at)):
                stop = c[1]  # session 49: "patient: down, joy   mrn", "name: wilson, graham"
                out.append(c)
            elif listing and (i := _INITIAL_SURNAME.match(text, at)) and _name_word(i.group(1).split(".")[-1].strip())[1]:
                stop = i.end(1)  # "crew: tracey goldberg and n. sandhu"
                out.append(i.span(1))
            else:
                break
            if not listing or not (nxt := _LIST_NEXT.match(text, stop)):
                break
            at = nxt.end()
    return out + _repeated(text, out) + _caps_before_age(text)


def _repeated(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Session 43 (deid tester): a lower-case name found once, written again alone ("stanley robson dob ...
    told her stanley had a settled night"): its words that are names beyond doubt, as whole words."""
    words = {w for s, e in found for w in text[s:e].split() if len(w) >= 4 and w.islower() and _name_word(w)[1]}
    return [(i, j) for w in words for i, j in word_occurrences(text, w) if not any(s <= i < e for s, e in found)]
