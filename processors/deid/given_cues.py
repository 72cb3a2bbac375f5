"""Given names that are English words, found by the form around them (session 49).

A deid tester's 240 notes typed as clinicians type them (session 48, tester K) kept 241 of 1,000 names, most of them
given names that are also words (June, Joy, Grace, Sky, Faith, Precious, Pat) written where no capital marks them. The
forms here name a person whatever the word:

- a chat line's speaker after its bracketed time ("[03:30] june: gave meds", "[10pm] k. wisniewski: thx"), and the
  speaker's name again after a greeting or thanks in the same chat ("thx june x", "@pat");
- a message's writer and the patient in its opening ("hello its precious adeyemi, nedu's wife", "this is rohan, sky's
  mum", "HI, MERE NGATA, HEMI'S SON");
- a name the patient goes by ("likes to be called deepika", "pt known as patsy", "aka joy");
- the giver and receiver of a handover ("HANDOVER GRACE -> GRACE @ 0700", "Handover Grace -> Joy @ 0030");
- a nurse's column or field at a row's end ("n: rusty", "N: KOWALSKI", "NURSE: MURPHY", "| sn june");
- a given name before a staff grade, after a field or a line's start ("caller: precious fy1", "\\nholly sho");
- initials in a theatre or delivery role's field and after a slash in an ambulance crew line ("Scrub: bm", "Midwife:
  B.O.", "crew: amanda littlechild / ls").

Spans are ``(start, end)``; each form carries its own check (no clinical abbreviation, no function word).
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import (
    AMBIGUOUS_NAMES,
    CLINICAL_ABBREV,
    FIRST_NAMES,
    SURNAMES,
    WORD_NAMES,
    _key,
)
from processors.deid.unknown import _CLINICAL, _common, is_known_word

__all__ = ["given_cue_spans"]

_W = r"[^\W\d_][\w'\u2019-]*"
_SPEAKER = compile_rx(
    rf"(?im)^[ \t]*\[(?:\d{{1,2}}(?:[:.]\d{{2}})?[ \t]?(?:am|pm)?|\d{{4}})\][ \t]*((?:[a-z]\.?[ \t]?)?{_W}(?:[ \t]{_W})?)[ \t]*:")
_GREETED = r"(?:thx|thanks|thank[ \t]+you|ty|ta|cheers|hi|hey|morning|ok|okay|@)"
_KIN = r"(?:wife|husband|mum|mom|mother|dad|father|son|daughter|partner|carer|sister|brother|grandson|granddaughter|niece|nephew)"
_INTRO = compile_rx(
    rf"\b(?i:this[ \t]+is|it'?s|it\u2019s|its|i'?m|i\u2019m|i[ \t]+am|hi|hello)[ \t]*,?[ \t]+"
    rf"(?:(?i:this[ \t]+is|it'?s|its)[ \t]+)?((?:{_W}[ \t]+){{0,2}}{_W})[ \t]*,[ \t]*({_W})(?:'s|\u2019s|'S)[ \t]+(?i:{_KIN})\b")
_CALLED = compile_rx(
    rf"\b(?i:likes[ \t]+to[ \t]+be[ \t]+called|prefers[ \t]+to[ \t]+be[ \t]+called|wants[ \t]+to[ \t]+be[ \t]+called"
    rf"|(?:pt|patient|she|he|is)[ \t]+known[ \t]+as|aka|a\.k\.a\.?|goes[ \t]+by|nickname[ \t]*:?)[ \t]+[\"'\u2018\u201c]?({_W})")
_HANDOVER = compile_rx(rf"\b(?i:handover|h/o)[ \t]*:?[ \t]+({_W})[ \t]*(?:->|\u2192|=>|(?i:to))[ \t]*({_W})[ \t]*(?:@|(?i:at))[ \t]*\d")
_NURSE_FIELD = compile_rx(
    rf"(?:^|(?<=[ \t|/-]))(?i:n|nurse|rn|sn|named[ \t]+nurse)[ \t]*:[ \t]*({_W})(?=[ \t]*(?:$|\n|[|/]))", re.MULTILINE)
_ROLE_AT_END = compile_rx(rf"(?:\||[ \t]-)[ \t]*(?i:sn|rn|en|hca|cn)[ \t]+({_W})[ \t]*$", re.MULTILINE)
# theatre staff fields holding initials ("Scrub: al", "ODP: KM")
_THEATRE_INITIALS = compile_rx(r"\b(?i:scrub(?:[ \t]+nurse)?|circulating|circ|odp|runner|anaesthetic[ \t]+nurse|assist(?:ant)?|midwife"
                               r"|obstetrician|surgeon|anaesthetist|anesthesiologist|paediatrician|pediatrician)[ \t]*:[ \t]*"
                               r"([A-Za-z]{2,3}|[A-Za-z]\.[ \t]?[A-Za-z]\.)(?=\.?[ \t]*(?:$|\n|[,;/]|[ \t]{2}|\.[ \t]))", re.MULTILINE)
# an ambulance crew line's initials after a slash ("crew: amanda littlechild / ls", "CREW: ANITHA KRISHNAN / B.F.")
_CREW_INITIALS = compile_rx(r"(?im)^[ \t]*crew[ \t]*:[^\n]*?/[ \t]*([a-z]{2,3}|(?:[a-z]\.){2,3})[ \t]*$")
# session 49 (deid tester K, second scoring: 60 names left in ward chats, flowsheets and timed entries): a patient named by
# whose results are chased ("pls chase reddy's bloods", "CHASE WHITE'S BLOODS", "also parata's bloods"), the staff a change
# was made by ("vent changed per walker", "FiO2 weaned per S.R."), and the subject opening a timed or rounds entry
# ("1.00am Stone agitated", "PT JOY SETTLED OVERNIGHT", "ROUND: GIFT SITTING OUT", "wr: june looks better")
_RESULTS = (r"(?:bloods?|obs|results?|trops?|troponins?|hb|bm|bms|cbg|labs?|gas|abg|vbg|ecg|cxr|x-?ray|ct|scan|meds|alt|inr|k|crp"
            r"|wcc|fbc|u&es?|ues|lfts?|cultures?|swabs?|urine|sats|fluid\s+balance|d-dimer|lactate)")
_CHASED = compile_rx(rf"\b(?i:(chase|chasing|check|also|fyi|pls|please|re)\s+)?({_W})(?:'s|\u2019s|'S)\s+(?i:{_RESULTS})\b")
_PER = compile_rx(r"\b(?i:changed|weaned|increased|decreased|reduced|up|down|titrated|adjusted|started|stopped|held|restarted|"
                  r"turned\s+(?:up|down)|given|prescribed|amended|agreed)\s+(?i:per)\s+"
                  r"([A-Za-z][a-z'\u2019-]+|[A-Z][A-Z'\u2019-]+|(?:[A-Za-z]\.){2,3}|[a-z]{2,3})(?=[ \t]*(?:$|\n|[,;.)]))", re.MULTILINE)
_NOT_PER = frozenset(["protocol", "os", "rectum", "pr", "pv", "pgd", "chart", "card", "plan", "policy", "guideline", "guidelines",
                      "team", "cons", "consultant", "reg", "registrar", "doctor", "dr", "ward", "icu", "itu", "hdu", "ed", "ent",
                      "sliding", "scale", "prescription", "drug", "kardex", "mar", "him", "her", "them", "me", "us", "pharmacy",
                      "physio", "ot", "dietitian", "hca", "nurse", "rn", "sn", "night", "day", "staff", "family", "pt", "patient"])
_TIMED_SUBJECT = compile_rx(
    r"(?m)(?:(?<![\w/.:-])\d{1,2}[:.]?\d{2}[ \t]*(?i:am|pm|h|hrs)?[ \t]*[-:]?[ \t]+|(?<![\w/])(?i:pt|round:|wr:|ward[ \t]+round:)[ \t]*)"
    rf"({_W})[ \t]+(?:\([^)\n]{{1,20}}\)[ \t]+)?(?i:settled|agitated|sitting|sundowning|confused|looks|looking|more|less|alert|pulling"
    r"|slept|sleeping|comfortable|distressed|drowsy|mobilis\w*|mobiliz\w*|refused|declined|vomited|complain\w*|c/o|reports?|states?"
    r"|says|tolerat\w*|ate|eating|drinking|calling|shouting|wandering|restless|tearful|asleep|awake|rr|bp|hr|spo2|temp|cbg|bm)\b")
_NOT_SUBJECT = frozenset(["pt", "patient", "he", "she", "they", "family", "wife", "husband", "son", "daughter", "mum", "dad", "baby",
                          "pain", "wound", "obs", "bloods", "chest", "breathing", "mood", "appetite", "sleep", "nurse", "staff",
                          "still", "now", "much", "all", "overall", "generally", "today", "tonight", "overnight", "night", "day",
                          "resident", "client", "man", "woman", "lady", "gent", "gentleman", "boy", "girl", "child", "infant",
                          "remains", "remained", "very", "slightly", "quite", "feels", "feeling", "was", "is", "has", "had"])
_GRADES = r"(?:fy1|fy2|sho|spr|reg|st[1-8]|ct[12]|dn|cns|rn|rgn|rmn|hca|en|anp|acp|np|cnm2?|sn|sister|matron|midwife)"
_GIVEN_GRADE = compile_rx(rf"(?:^|(?<=\n)|(?<=:)|(?<=[(/]))[ \t]*({_W})[ \t]+(?i:{_GRADES})\b(?![\w-])", re.MULTILINE)
_NOT_NAMED = frozenset(["a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "it", "its", "is", "was", "be", "to", "of", "in", "on", "at", "by", "for", "with", "and", "or", "not", "no", "nil", "yes", "all", "pt", "patient", "baby", "team", "staff", "nurse", "doctor", "dr", "mr", "mrs", "ms", "ward", "bed", "bay", "room", "side", "unit", "system", "admin", "note", "notes", "re", "fyi", "will", "may", "can", "must", "shall", "should", "would", "could", "might", "did", "does", "do", "had", "has", "have", "been", "being", "just", "also", "still", "now", "then", "again", "new", "old", "good", "well", "ok", "okay", "thanks", "thx", "hi", "hey", "please", "see", "seen", "day", "night", "am", "pm", "today",
                        # session 59 (deid tester C): "wants to be called if any change", "called back", "called when ready"
                        "if", "when", "back", "about", "any", "as", "asap", "before", "after", "once", "from", "so", "but", "up", "out",
                        "urgently", "immediately", "again"])


def _word_ok(word: str) -> bool:
    """A word that may be a name in these forms: no function word, clinical abbreviation or clinical word."""
    k = _key(word).strip("'\u2019")
    return bool(k) and k not in _NOT_NAMED and k not in CLINICAL_ABBREV and k not in _CLINICAL and not k.isdigit()


def _slot_ok(word: str) -> bool:
    """A word in a slot only a name fills (a chat speaker, a message's writer, a handover's giver): no function word;
    a month or a clinical abbreviation is a name there ("[03:30] june:", "HEMI'S SON")."""
    k = _key(word).strip("'\u2019.")
    return bool(k) and k not in _NOT_NAMED and not k.isdigit()


def _named(word: str) -> bool:
    """A listed name, a given name that is a word or a month, or no common word ("june", "pat", "hemi"; not "Plan")."""
    k = _key(word)
    return _given(word) or k in SURNAMES or k in ("april", "may", "june", "august") or not _common(k)


def _given(word: str) -> bool:
    k = _key(word)
    return k in FIRST_NAMES or k in AMBIGUOUS_NAMES or k in WORD_NAMES


# session 51 (deid tester E, i2b2-style records): a user's login after the act it signs ("Electronically signed by lkr04 on",
# "reconciled by mg792", "signed by mcolema"), and the patient opening a history section before what they do ("HPI: rosa
# lopez is a 46-year-old woman", "Interval history: Park returns", "Interval history: Marquis Little returns")
_LOGIN = compile_rx(
    r"\b(?i:(?:electronically[ \t]+)?(?:signed|co-?signed|reconciled|entered|verified|dictated|transcribed|edited|amended|"
    r"authored|documented|charted)[ \t]+by)[ \t]*:?[ \t]*([a-z]{1,8}\d{1,4}|[a-z]{5,8})\b(?=[ \t]*(?:on\b|at\b|[,;:.)]|$))",
    re.MULTILINE,
)
_HISTORY_SUBJECT = compile_rx(
    r"(?im:^[ \t]*(?:hpi|interval[ \t]+history|history[ \t]+of[ \t]+(?:the[ \t]+)?present(?:ing)?[ \t]+illness|id|s|subjective)"
    r"[ \t]*:[ \t]*)((?:[A-Za-z][A-Za-z'\u2019-]+)(?:[ \t]+[A-Za-z][A-Za-z'\u2019-]+){0,2})[ \t]+"
    r"(?=(?i:returns|presents|comes|came|is[ \t]+an?[ \t]+\d+|was[ \t]+seen|is[ \t]+seen|follows[ \t]+up|is[ \t]+here)\b)"
)


def given_cue_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _LOGIN.finditer(text):
        w = m.group(1)
        if any(c.isdigit() for c in w) or (_word_ok(w) and not is_known_word(w)):
            out.append(m.span(1))
    for m in _HISTORY_SUBJECT.finditer(text):
        words = m.group(1).split()
        if all(_word_ok(w) and _key(w) not in _NOT_SUBJECT for w in words) and any(
                _named(w) or not is_known_word(w) for w in words):
            out.append(m.span(1))
    speakers: set[str] = set()
    if "[" in text:
        for m in _SPEAKER.finditer(text):
            words = m.group(1).split()
            if all(_slot_ok(w) or len(w.strip(".")) == 1 for w in words) and _slot_ok(words[-1]) and (
                    len(words) > 1 or _named(words[0])):  # "[09:20] Plan:" is a heading
                out.append(m.span(1))
                speakers.update(_key(w) for w in words if len(w.strip(".")) > 2)
        for name in speakers:
            for g in re.finditer(rf"(?i:\b{_GREETED})[ \t]*({re.escape(name)})\b", text):
                out.append(g.span(1))
    for m in _INTRO.finditer(text):
        writer = m.group(1).split()
        if all(_slot_ok(w) for w in writer) and _slot_ok(m.group(2)):
            out.extend((m.span(1), m.span(2)))
    for m in _CALLED.finditer(text):
        if _slot_ok(m.group(1)):
            out.append(m.span(1))
    for m in _HANDOVER.finditer(text):
        out.extend(m.span(g) for g in (1, 2) if _slot_ok(m.group(g)))
    out.extend(m.span(1) for m in _NURSE_FIELD.finditer(text) if _word_ok(m.group(1)) and len(m.group(1)) > 2)
    out.extend(m.span(1) for m in _ROLE_AT_END.finditer(text) if _slot_ok(m.group(1)) and len(m.group(1)) > 2)
    out.extend(m.span(1) for m in _THEATRE_INITIALS.finditer(text) if _key(m.group(1).replace(".", "")) not in _NOT_NAMED
               and _key(m.group(1).replace(".", "")) not in ("na", "nil", "tbc", "tba", "none", "dr", "mr", "mrs", "ms"))
    out.extend(m.span(1) for m in _CREW_INITIALS.finditer(text))
    if "'" in text or "\u2019" in text:
        for m in _CHASED.finditer(text):
            k = _key(m.group(2))
            if k in _NOT_NAMED or k in _NOT_SUBJECT or k in CLINICAL_ABBREV or k in _CLINICAL:
                continue
            if m.group(1) is not None or _named(m.group(2)) and not _common(k):
                out.append(m.span(2))
    for m in _PER.finditer(text):
        k = _key(m.group(1).replace(".", ""))
        if k in _NOT_PER or k in _NOT_NAMED or k in CLINICAL_ABBREV or k.isdigit():
            continue
        if "." in m.group(1) or len(k) <= 3 or _named(m.group(1)):
            out.append(m.span(1))
    for m in _TIMED_SUBJECT.finditer(text):
        k = _key(m.group(1))
        if k in _NOT_SUBJECT or k in _NOT_NAMED or k in CLINICAL_ABBREV or len(k) < 3:
            continue
        if k in FIRST_NAMES or k in SURNAMES or k in AMBIGUOUS_NAMES or k in WORD_NAMES or not is_known_word(k):
            out.append(m.span(1))
    for m in _GIVEN_GRADE.finditer(text):
        k = _key(m.group(1))
        if _word_ok(m.group(1)) and (k in AMBIGUOUS_NAMES or k in WORD_NAMES or k in FIRST_NAMES and not _common(k)):  # not "(per RN"
            out.append(m.span(1))
    return out
