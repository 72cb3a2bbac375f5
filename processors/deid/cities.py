"""Towns and cities named after a place word (session 33 black-box tester, i2b2-style notes).

Nursing notes name where a patient lives or comes from in lower case ("lives w/ wife in quincy",
"called from worcester", "from new haven"), where no address shape or capital gives it away; a
city is an identifier (HIPAA Safe Harbor: a geographic subdivision smaller than a state). A name
from the shipped gazetteer (``data/cities.txt``, built by ``bench/phi_corpus/build_cities.py``
from GeoNames) right after "in", "from", "to", "near", "at", "via", "outside", "around",
"visiting" becomes ``[ADDRESS]``: the longest name of up to four words. A name that is also a
common English word ("reading", "bath", "providence") counts only capitalised and closing its
phrase (a comma, a full stop, a state code after it: "wedding in Providence.", not "in Media tab"),
or in lower case after a home or journey word ("at home in revere."); a month or
weekday never ("in March"); a clinical spelling (a drug, an abbreviation) or an eponym before
what it names never ("to Foley catheter", "Berlin criteria"); nor a town opening an institution's
name ("to Boston Medical Center": hospital names are kept, docs/deid.md).

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from processors.deid.guard import clinical_spelling
from processors.deid.leading import compile_rx
from processors.deid.patterns import data_lines

__all__ = ["CALENDAR_NAMES", "city_spans", "city_state_spans", "institution_town_spans", "place_names"]

_CUE = compile_rx(r"\b(?i:in|from|to|near|at|via|outside|around|visiting|of)[ \t]+(?=[A-Za-z])")
_WORD = compile_rx(r"[A-Za-z][A-Za-z'-]*")
_GAP = compile_rx(r"[ \t]")
CALENDAR_NAMES = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))  # fmt: skip
_MAX_WORDS = 4
# session 33 (held-out tester): a home or a journey named before the place word lets a common-word
# town count in lower case too ("at home in revere.", "lives alone on elm st in worcester since")
_LIVES_BEFORE = compile_rx(r"\b(?:lives?|living|resides?|home|moved|relocated|flying|flew|drove|driving|travell?ed"
                           r"|called|phoned|calling|transferred)\b")
# session 37 (deid tester): "travel to Boston in summer", "Rabbi X of Golders Green (phone)"
_PLACE_END = compile_rx(r"[ \t]*(?:[,.;:()!?]|$|[ \t][A-Z]{2}\b|[ \t](?:since|and|for|with|to|on|in|over|during|until"
                        r"|next|last|this|after|before|from)\b)", re.MULTILINE)
# an eponym before what it names is no place ("to Foley catheter", "Ottawa rules", "Berlin criteria")
_CLINICAL_AFTER = compile_rx(
    r"[ \t]+(?i:catheters?|bags?|tubes?|drains?|splints?|screws?|nails?|plates?|wires?|stents?|valves?|masks?"
    r"|signs?|tests?|scores?|scales?|syndrome|disease|criteria|rules?|classification|procedure|fracture"
    r"|position|stockings|solution|regimen|protocol|definition|grade|stage|type"
    r"|coma)\b"  # session 43 (deid tester): "pt at Glasgow Coma Scale 9/15"
)
# a town opening an institution's own name ("Boston Medical Center", "Hope Ward", "Salem
# Hospital"): hospital and care-home names are kept (docs/deid.md), so the town in them is too
_INSTITUTION_AFTER = compile_rx(
    r"[ \t]+(?:Hospitals?|Medical|Health|Healthcare|Clinic|Infirmary|Ward|Unit|Nursing|Care|Rehab|Rehabilitation"
    r"|General|Memorial|University|Community|Regional|Royal|Children's|Women's|House|Centre|Center|Hospice"
    r"|Surgery|Practice|Manor|Village|Lodge|Home|Place|Court|Gardens|Park|Heights|Terrace|Institute|Dialysis"
    r"|Cancer|Heart|Eye|Mental|Behavioral|Psychiatric|Specialty|Pediatric|Urgent|Family|Primary|Street|Road|Avenue)\b"
)


_NAMED_OF = compile_rx(
    r"\b(?:Princess|Prince|Queen|King|University|College|Bishop|Archbishop|Duke|Duchess|Earl|Countess|Hospital|Church"
    r"|Cathedral|Museum|Bank|Institute|School|Academy|Society|Department|Ministry|Council|City|County|Lady|Sisters"
    r"|Order|Mayor|Lord|Port|Isle|Friends|Trust|Board|Health|Mission)[ \t]+\Z")


def place_names() -> frozenset[str]:
    """Every town of the gazetteer, lower case."""
    return _gazetteer()[0]


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(every name, the names also common English words), lower case."""
    names: set[str] = set()
    common: set[str] = set()
    for line in data_lines("cities.txt"):
        name = line.lstrip("~")
        if line.startswith("~"):
            common.add(name)
        if name not in CALENDAR_NAMES:
            names.add(name)
    return frozenset(names), frozenset(common)


def city_spans(text: str) -> list[tuple[int, int, str]]:
    names, common = _gazetteer()
    out: list[tuple[int, int, str]] = []
    for cue in _CUE.finditer(text):
        words: list[tuple[int, int]] = []
        pos = cue.end()
        while len(words) < _MAX_WORDS:
            m = _WORD.match(text, pos)
            if m is None:
                break
            words.append(m.span())
            if not _GAP.match(text, m.end()):
                break
            pos = m.end() + 1
        of = text[cue.start()] in "oO"  # "of": a capitalised name closing its phrase only ("of Golders Green (")
        if of and _NAMED_OF.search(text, max(0, cue.start() - 24), cue.start()):
            continue  # "Princess of Wales", "University of Bath": an institution's or a title's name
        for k in range(len(words), 0, -1):
            s, e = words[0][0], words[k - 1][1]
            phrase = text[s:e].lower()
            if phrase not in names:
                continue
            if of and not (_PLACE_END.match(text, e) and all(text[a].isupper() for a, _ in words[:k])):
                break
            if phrase in common and not (_PLACE_END.match(text, e) and (
                    all(text[a].isupper() for a, _ in words[:k])
                    or _LIVES_BEFORE.search(text, max(0, cue.start() - 40), cue.start()))):
                break  # "wedding in Providence.", "lives in Reading, PA"; not "in Media tab", "in reading"
            if (clinical_spelling(text[s:words[0][1]]) or _CLINICAL_AFTER.match(text, e)
                    or _INSTITUTION_AFTER.match(text, e)):
                break
            out.append((s, e, "[ADDRESS]"))
            break
    return out


# session 35 (black-box tester: "patient at home (Flagstaff, AZ)"): a capitalised place before a
# US state code. A code that is no clinical abbreviation takes any capitalised words that are no
# clinical spelling; one that is also a clinical abbreviation ("CA", "MI", "PA", "VT") only a
# town of the gazetteer ("Hx: Hypertension, MI" stays)
_CITY_STATE = compile_rx(r"(?<![\w'-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]?([A-Z]{2})\b(?![\w-])")
_PLAIN_STATES = frozenset(["AK", "AL", "AZ", "FL", "IA", "IL", "KS", "KY", "MN", "MT", "ND", "NH", "NJ", "NM", "NY", "OH", "TN", "UT", "WA", "WI", "WV", "WY"])
_STATES = _PLAIN_STATES | frozenset(["AR", "CA", "CO", "CT", "DC", "DE", "GA", "HI", "ID", "IN", "LA", "MA", "MD", "ME", "MI", "MO", "MS", "NC", "NE", "NV", "OK", "OR", "PA", "RI", "SC", "SD", "TX", "VA", "VT"])


# session 46 (deid tester F): the state code before its ZIP or postcode, after a town (no comma: "City, ST" is
# city_state's) or at a line's start
# ("Houston TX 77036", "Jersey City\nNJ 07306", "Blacktown NSW 2148"): the number alone was a [ZIP]
_STATE_ZIP = compile_rx(
    r"(?:(?<=\n)|(?<=[a-z][ \t]))((?:[A-Z]{2})[ \t]+\d{5}(?:-\d{4})?|(?:NSW|VIC|QLD|WA|SA|TAS|NT|ACT)[ \t]+\d{4})\b(?![\w/.-])"
)


def city_state_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = [(*m.span(1), "[ZIP]") for m in _STATE_ZIP.finditer(text)
                                       if m.group(1).split()[0] in _STATES or len(m.group(1).split()[0]) > 2
                                       or m.group(1).split()[0] in ("WA", "SA", "NT")]  # Australia's
    if "," not in text:
        return out
    names, _common = _gazetteer()
    for m in _CITY_STATE.finditer(text):
        state = m.group(2)
        if state not in _STATES:
            continue
        words = m.group(1).split()
        if any(w.lower() in CALENDAR_NAMES or clinical_spelling(w) for w in words):
            continue
        if state in _PLAIN_STATES or m.group(1).lower() in names:
            out.append((m.start(1), m.end(1), "[ADDRESS]"))
    return out


# session 47 (international deid tester: 468 of 512 hospital names left, "Leeds General Infirmary", "Christchurch
# Hospital", "Toronto General Hospital", "St Vincent's Hospital Sydney"): a hospital's name is kept, but a town of the
# gazetteer inside it names a geographic subdivision smaller than a state (HIPAA Safe Harbor), so the town goes
# ("[ADDRESS] General Infirmary"); a town that is also an English word ("Reading", "Bath") stays
_INSTITUTION = (r"(?:Hospitals?|Infirmary|Clinic|Medical[ \t]+(?:Centre|Center|College)|Health(?:care)?[ \t]+(?:Centre|Center|Service|System)"
                r"|Polyclinic|Hospice|Cancer[ \t]+(?:Centre|Center|Institute))\b")
_QUALIFIERS = (r"(?:(?:General|Royal|University|Memorial|Regional|District|Base|Community|Children'?s|Women'?s|Public|Private"
               r"|County|City|Teaching|Methodist|Baptist|Presbyterian|Sacred|Heart|and)[ \t]+)*")
_TOWN_BEFORE = compile_rx(rf"\b((?:[A-Z][a-z'-]+[ \t]){{1,3}}){_QUALIFIERS}{_INSTITUTION}")
_TOWN_AFTER = compile_rx(rf"{_INSTITUTION},?[ \t]+([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)\b")


def institution_town_spans(text: str) -> list[tuple[int, int, str]]:
    """The gazetteer towns inside a hospital's or clinic's name."""
    if not any(w in text for w in ("Hospital", "Infirmary", "Clinic", "Medical", "Health", "Hospice", "Cancer")):
        return []
    names, common = _gazetteer()
    out: list[tuple[int, int, str]] = []
    for m in (*_TOWN_BEFORE.finditer(text), *_TOWN_AFTER.finditer(text)):
        words = list(_WORD.finditer(text, m.start(1), m.end(1)))
        best: tuple[int, int] | None = None
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                phrase = text[words[i].start():words[j - 1].end()].lower()
                if phrase in names and phrase not in common and not clinical_spelling(text[words[i].start():words[i].end()]):
                    if best is None or words[j - 1].end() - words[i].start() > best[1] - best[0]:
                        best = (words[i].start(), words[j - 1].end())
                    break
        if best is not None and not _PERSON_BEFORE.search(text, max(0, best[0] - 12), best[0]):
            out.append((*best, "[ADDRESS]"))
    return out


# "Prince of Wales Hospital", "Princess Alexandra Hospital", "St George's": a person's name, not the town's
_PERSON_BEFORE = compile_rx(r"\b(?:of|Prince|Princess|Queen|King|Saint|St\.?|Sainte?|San|Santa|Lady|Sir|Duke|Duchess)[ \t]+\Z")
