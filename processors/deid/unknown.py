"""Unknown-word name recogniser: names that are in no list and have no title or role word.

A capitalised word (or an all-caps word before a capitalised one: "NIPOUX Malcolm") that
is not a known English word (``data/english_words.txt``, built from the web2 word list at
build time, with plural / past / -ing / British-spelling forms), not clinical shorthand, a
drug, unit, month or day (``data/clinical_words.txt``, ``clinical_vocab.txt``,
``clinical_abbrev.txt``, drug-stem suffixes) and not followed by a dose or score number is
taken as a name. Adjacent capitalised words join it when they are unknown or listed names.
Sentence-initial words are judged the same way: an English word there is not a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.names import (
    CLINICAL_ABBREV,
    CLINICAL_VOCAB,
    CLINICAL_WORDS,
    FIRST_NAMES,
    SURNAMES,
    _is_name,
    _key,
)

__all__ = [
    "AFTER_MODAL",
    "AGE_OR_SPAN_AFTER",
    "CALENDAR",
    "COMMON_WORDS",
    "ENGLISH_WORDS",
    "NAME_AGE_OR_DATE_AFTER",
    "is_known_word",
    "lower_name_spans",
    "unknown_name_spans",
]


def _load(name: str) -> frozenset[str]:
    text = resources.files("processors.deid").joinpath("data").joinpath(name).read_text("utf-8")
    return frozenset(
        w.lower() for ln in text.splitlines() if not ln.startswith("#") for w in ln.split()
    )


# session 34: web2 (1934) lacks modern words a note may capitalise ("Airbag deployed", "Downtime
# note", "Chemo admin note", "Fontanelle not bulging"); SCOWL's large lists add them
ENGLISH_WORDS = _load("english_words.txt") | _load("english_modern.txt")
# session 57 (deid tester A: "received from airline" read as a name in 13 notes): everyday words web2 lacks
COMMON_WORDS = _load("english_common.txt") | frozenset(("airline", "airlines", "airliner", "cabin", "carpool", "rideshare"))
# the generated generic + brand drug lexicon (bench/phi_corpus/build_drug_lexicon.py, ~29,000
# words) makes "Tylenol", "Coumadin", "Entresto" known words: never a name on their own. Unlike
# the hand-kept drug_words.txt it does not cut spans that context found ("Contact Luzu (son)":
# an obscure brand can be a name)
DRUG_LEXICON = _load("drug_lexicon.txt")
_CLINICAL = CLINICAL_WORDS | CLINICAL_VOCAB | CLINICAL_ABBREV | DRUG_LEXICON
# month / day abbreviations that are also given names ("Jun", "Mon", "Sun", "May", "jan"):
# a date is caught by the date patterns, and the clinical-token guard keeps "Jun 14" out of
# a name span, so in a name context they count as names
_CALENDAR_TEXT = "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun"
CALENDAR = frozenset(_CALENDAR_TEXT.split())
_CALENDAR_RANGE = CALENDAR | frozenset(
    ["tues", "thur", "thurs", "sept", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_DRUG_STEM = compile_rx(
    r"(?:mab|nib|pril|olol|sartan|statin|azole|cillin|mycin|micin|oxacin|cycline|parin|xaban"
    r"|gatran|dipine|tidine|prazole|setron|triptan|afil|lukast|gliptin|gliflozin|semide"
    r"|thiazide|zepam|zolam|oxetine|pramine|triptyline|caine|dronate|profen|fenac|olone"
    r"|asone|sone|amide|idine|ipine|azine|oxin|mide|vir|ium)$"
)
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ves", "f"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
    ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""), ("est", ""), ("ness", ""),
    ("ment", ""), ("ity", ""), ("al", ""), ("ation", "e"), ("ation", ""), ("ation", "ate"),
    ("ator", "ate"),
)  # fmt: skip
_PREFIXES = (
    "re",
    "un",
    "pre",
    "non",
    "post",
    "sub",
    "anti",
    "over",
    "under",
    "mis",
    "dis",
    "up",
    "out",
)
# anatomical and medical prefixes before a word of 6+ letters (no listed given name or surname
# reads as one of these before an English word; "de" does: Demetra, Despina)
_MED_PREFIXES = ("intra", "inter", "neuro", "peri", "supra", "infra", "retro", "trans", "endo", "hemi",
                 "multi", "semi", "extra", "micro", "macro", "poly", "pseudo", "auto", "tri", "bi")  # fmt: skip
_BRITISH = (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("ised", "ized"),
            ("our", "or"), ("ae", "e"), ("oe", "e"), ("tre", "ter"), ("ll", "l"), ("yse", "yze"),
            ("cence", "cense"), ("fence", "fense"), ("ogue", "og"))  # fmt: skip  # licence, defence, catalogue

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_APOS = "'\u2019\u02bc"
_W = (
    rf"(?:[{_UP}][{_APOS}](?=[{_UP}])|Ma?c|O(?=[{_UP}][{_LO}]{{2}}))?[{_UP}]"
    rf"(?:[{_LO}]+(?:[-{_APOS}][{_UP}]?[{_LO}]+)?|[{_APOS}][{_LO}]{{2,}}|-[{_LO}]{{2,}})"
)  # "O'Brien", "McLeod", "OConaill" (apostrophe lost), "E'zozova", "Pʼyatachenko", "I-chun"
_CAPS = rf"(?:[{_UP}]')?[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?"
# a run of capitalised words, optionally led by one all-caps surname; never inside an
# e-mail, URL, id or placeholder
_RUN = compile_rx(
    rf"(?=[{_UP}])(?<![\w.@/#\[-])(?:({_CAPS})(?:[ \t]{{1,2}}|\n))?({_W}(?:[ \t]{{1,2}}(?:[A-Z]\.[ \t]+)?{_W}){{0,3}})(?![\w@/\]])"
)
_WORD = compile_rx(_W)
# lower-case names in messages: a chat line's sender, or a word after a person-taking verb
_LOWER = rf"[{_LO}][{_LO}'-]{{1,24}}"
_SENDER = compile_rx(rf"(?m)^[ \t]*(?:\[(?![A-Z]+\])[^\]\n]{{1,20}}\][ \t]*)?({_LOWER}):[ \t]")
# session 34: a dotted user name as a chat sender ("[07:55] tom.h: yes hold"); without a time
# stamp the first part has three letters or more ("o.e: " is no sender)
_DOTTED_SENDER = compile_rx(
    r"(?m)^[ \t]*(?:\[[0-9:. apm]{3,12}\][ \t]*([a-z][a-z0-9]*[._][a-z0-9]+)|([a-z]{3,}[._][a-z0-9]+)):[ \t]")
_LOWER_CONTEXT = by_first_letter(compile_rx(
    rf"\b(?:its|it's|this is|tell|ask|asked|check on|review|call|ring|text|cc|from|with|to|for"
    r"|r/v|rv|see|pls see|seen by|page|paged|bleep|bleeped|inform|informed|update|updated"
    r"|let|ping|msg|message|handed to|handover to|chase|remind|covering|cover for"
    r"|advocate|worker|caseworker)"  # session 23 (v80): "refuge advocate rangimarie", "aps worker keisha"
    rf"[ \t]+(?=({_LOWER})\b)"  # session 26 (v100): a lookahead, so "msg with denise" is read again at "with"
))
# round 9: medical endings on a lower-case word of 7+ letters (names written in lower case
# with these endings are rare; capitalised words keep the stricter round-5 rule)
_WORD_NEXT = compile_rx(r"[ \t]+([a-z]{2,})\b")
AFTER_MODAL = frozenset((
    "be", "have", "not", "need", "contain", "contains", "include", "require", "also", "cause", "take", "help",
    "affect", "benefit", "experience", "occur", "become", "feel", "develop", "want", "wish", "consider",
    "return", "go", "come", "get", "still", "well", "only", "already", "represent", "reflect", "indicate",
    "suggest", "increase", "decrease", "worsen", "improve", "lead", "result", "proceed", "continue", "use",
))
_ORGANS = frozenset(("colon", "rectum", "bowel", "liver", "kidney", "bladder", "lung", "breast", "prostate", "ovary",
                     "ovarian", "cervix", "uterus", "pancreas", "stomach", "skin", "bone", "brain", "throat", "thyroid"))
_LOWER_MEDICAL = compile_rx(
    r"^[a-z]{3,}(?:itis|a?emia|osis|sepsis|algia|ectomy|otomy|ostomy|plasty|scopy|uria|pathy"
    r"|plegia|rrh?o?ea|lysis|penia|cytosis|ectasis|megaly|philia|phagia|phasia|trophy|plasia"
    r"|a?esthesia|algesia"  # session 26 (v100): "with analgesia"
    # session 45 (deid tester): "presented with glioblastoma", "lives with schizoaffective disorder", "baby apnoeic"
    r"|oma|omas|blastoma|affective|oeic|eic|ptic|otic|emic|aemic|ism|isms|opathy|ocele|ectomy|oscopy|ogram|ography"
    r"|iasis|ectomies|ostomies|trophic|plastic|genic|genesis|mania|phobia|phrenia|somnia|tonia|kinesia"
    r"|arthria|taxia|paresis|opia)$"  # session 46: "deviation to L. Dysarthria mild" (read by initials.py too)
)
# a number that is an age in a ward list ("B3 Macdonald, Adrian 94 - #NOF") or a time span
# ("partner Anthony 2 weeks ago") after a listed name: no label and its value
AGE_OR_SPAN_AFTER = compile_rx(
    r"[ \t]+(?:\d{2,3}[ \t]*[-\u2013][ \t]|\d{1,3}"
    r"[ \t]+(?:weeks?|wks?|days?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?)\b"
    # session 40 (deid tester): an age and sex after a surname ("Tatsuya Yamamoto 33M anaphylaxis"), not a
    # French gauge ("Foley 16F catheter") or a Fahrenheit temperature ("Tmax 105F")
    r"|(?!(?:9[5-9]|1[01]\d)[ \t]?F\b)(?:1[0-2]\d|[1-9]?\d)[ \t]?(?:[MF]|yo|y/o)\b(?![ \t]*(?i:catheter|foley|tube|drain|sheath|cannula|fr\b|ch\b|gauge|nasogastric|ngt?\b)))"
)
# (a date, a phone or a number of 6+ digits is no value: "Quackenbush 12/01/1930", "Rigby
# 617-555-0199" and "Tan 88812345" are a name before a date, a phone or an id; a 5-digit number
# still is: "Gastonia 92727" is a town before its ZIP, "Creon 25000" a dose); or the placeholder a
# value became (idempotency: "Aadhaar: [ID]")
_NUMBER_AFTER = compile_rx(
    r"[ \t]*:?[ \t]*(?:[<>~]?[ \t]?\d{1,4}+(?!\d\d)(?:\.\d+)?(?![\d/:-]\d)|\d{1,2}:\d{2}\b|\[(?:ID|PHONE|ZIP|AGE|DATE)\])"
    r"|[ \t]*:[ \t]*(?:I{1,3}|IV)\b(?![\w'])"  # session 22 (v71): a grade after a colon ("Mallampati: II")
)


_DATE_AFTER = compile_rx(r"[ \t]*:?[ \t]*\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")


_FUNCTION_TEXT = (
    "has hasn't isn't wasn't didn't doesn't don't won't can't couldn't wouldn't shouldn't aren't"
    " weren't haven't hadn't etc i'm i've i'll i'd we'll we're we've you're you'll they're"
    " they'll he'll she'll it'll"
)  # function words and contractions web2 lacks
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
_SHORT_ENGLISH = frozenset((
    "up", "in", "on", "by", "of", "to", "at", "as", "is", "it", "be", "do", "go", "no", "so", "we",
    "he", "me", "my", "or", "an", "us", "ok", "ex", "co", "re", "op", "am", "pm", "id", "tv", "uk",
    "iv", "im", "sc", "po", "pr", "mg", "ml", "kg", "ray",
))  # fmt: skip  # 2-letter English / clinical pieces ("follow-up", "drop-in")


def _english(w: str, vocab: frozenset[str] = ENGLISH_WORDS) -> bool:
    if w in vocab or w in _FUNCTION:
        return True
    forms = [w]
    for a, b in _BRITISH:
        if a in w:
            forms.append(w.replace(a, b))
    for pre in _PREFIXES:  # "recheck", "uptitrate", "non-verbal"
        if w.startswith(pre) and len(w) - len(pre) >= 5:
            forms.append(w[len(pre) :])
    for pre in _MED_PREFIXES:  # session 25 (v92): "biventricular", "transoesophageal"
        if w.startswith(pre) and len(w) - len(pre) >= 6:
            forms.append(w[len(pre) :])
    for f in forms:
        if f in vocab:
            return True
        # round 9: a verb made from a medical noun in -sis ("diuresed" <- "diuresis")
        if f.endswith(("sed", "sing")) and f[: -2 if f.endswith("ed") else -3] + "is" in vocab:
            return True
        for suf, rep in _SUFFIXES:
            if f.endswith(suf) and len(f) - len(suf) >= 3:
                stem = f[: len(f) - len(suf)] + rep
                if stem in vocab:
                    return True
                if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in vocab:
                    return True  # stopped -> stop
    return False


# medical word formation (7+ letters): "hyperkalaemia", "hemicolectomy", "thrombolysis";
# checked against the 22k shipped names (no name matches; -itis, -emia, -otic, derm-, psych-,
# chol-, colo-, uro- left out because surnames use them: Saulitis, Eufemia, Sirotic)
_MEDICAL_PREFIX = compile_rx(
    r"^(?:hyper|hypo|tachy|brady|thrombo|haem|hema[tn]|hemo|neutro|pneumo|osteo|arthro"
    r"|broncho|cardio|gastro|nephro|hepat|cholecyst|angiog|angiop|echocardio|laryngo|trache"
    r"|oesophag|esophag|duoden|jejun|sigmoid|pancrea|spleno|cysto|leuk|lymph|myel|encephal"
    r"|mening|ophthalm|rhino|pharyng|pulmon|phleb|lipid|keto)(?=[a-z]{4})"
)
_MEDICAL_SUFFIX = compile_rx(
    r"(?:aemia|(?:natr|kal|calc|phosphat|magnes|glyc|lipid|prote|albumin|ox|capn|uric|bacter|septic|ur|leuk|an|isch|vir"
    r"|fung|tox|cyth|lact|chlor|bilirubin|ammon)em(?:ia|ic)|penia|ectomy|ostomy|otomy|plasty|gram|graphy|scopy|lysis|lysed|pathy|osis"
    r"|algia|uria|ectasis|trophy|plegia|paresis|rrhoea|rrhea|genic|oid|oids|ology|ologist"
    r"|aemic|penic|plasia|cardia|pnoea|capnia|capnic|oxia|oxic)$"
)


class _Medical:
    """Medical word formation: a medical ending, or a medical prefix before a remainder that
    is itself a word or a medical form ("thrombocytosis", "ketoacidosis"; not "Ketoato")."""

    @staticmethod
    def search(w: str) -> bool:
        if _MEDICAL_SUFFIX.search(w):
            return True
        m = _MEDICAL_PREFIX.match(w)
        if not m:
            return False
        rest = w[m.end() :].lstrip("o")
        return len(rest) >= 4 and (
            _english(rest) or bool(_MEDICAL_SUFFIX.search(rest)) or _english(w[m.end() :])
        )


_MEDICAL = _Medical()


@lru_cache(maxsize=1 << 16)  # pure: a memo over a fixed vocabulary
def is_known_word(word: str) -> bool:
    """True when ``word`` is an English word, clinical term, drug or calendar word."""
    w = _key(word)
    w = w.removesuffix("'s")
    parts = [p for p in re.split(r"[-']", w) if len(p) >= 3]  # "follow-up": "up" is no name
    if not parts:
        return True
    if w in _CLINICAL:
        return True
    if w.endswith("days") and w[:-1] in _CALENDAR_RANGE:
        return True  # session 24 (v83): "weekly (Fridays)"
    if "-" in w and all(p in _CALENDAR_RANGE for p in w.split("-")):
        return True  # session 16: "Mon-Fri", "Tues-Thurs", "Jan-Mar" are ranges of days or months
    tail = w.rsplit("-", 1)[-1] if "-" in w else ""
    if 2 <= len(tail) <= 3 and tail not in _SHORT_ENGLISH and not _english(tail):
        return False  # "Kuan-yu", "Mei-hua" is long enough: a given name with a short piece
    # "Glasgow-Blatchford" is known, "Gul-Quinbriob" (one piece unknown) is not
    known = all(
        p in _CLINICAL
        or _english(p)
        or (len(p) >= 7 and (_DRUG_STEM.search(p) or _MEDICAL.search(p)))
        for p in parts
    )
    return known or len(w) < 3


@lru_cache(maxsize=1 << 16)
def _common(word: str) -> bool:
    """A common English word (wordfreq Zipf >= 2.5), inflected forms included."""
    w = _key(word).removesuffix("'s")
    if "-" in w:  # "X-ray", "T-cell", "Non-op": every piece common or a short English piece
        pieces = w.split("-")
        return all(
            (len(p) == 1 and i == 0)  # "X-ray", not "Cheng-i"
            or p in _SHORT_ENGLISH
            or (len(p) >= 3 and _english(p, COMMON_WORDS))
            for i, p in enumerate(pieces)
        )
    return len(w) < 3 or _english(w, COMMON_WORDS)


@lru_cache(maxsize=1 << 16)
def _rare(word: str) -> bool:
    """A known word that is only a rare English word ("Roka", "Anan", "Taras"): a name
    mid-sentence."""
    w = _key(word).removesuffix("'s")
    if w in _CLINICAL or any(p in _CLINICAL for p in re.split(r"[-']", w)):
        return False
    if len(w) >= 11 or _MEDICAL.search(w):
        return False  # session 25 (v92): "neurosurgical", "Intracerebral", "decompensated" (no rare
        # known word of 11+ letters is a listed name)
    if w.endswith("days") and w[:-1] in _CALENDAR_RANGE:
        return False  # session 27 (v108): "3 hours on Fridays"
    return (
        len(w) >= 3 and is_known_word(w) and not _common(w)
        and not (len(w) >= 7 and _DRUG_STEM.search(w))
    )  # fmt: skip


_MID_SENTENCE = compile_rx(r"[a-z,;)|][ \t]+$")  # "| Smriti": a table cell


def _listed(word: str) -> bool:
    w = _key(word)
    parts = [p for p in re.split(r"[-']", w) if len(p) >= 2]
    return any(p in FIRST_NAMES or p in SURNAMES for p in parts)


def unknown_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised (or "CAPS Given") runs that contain a word known as nothing else."""
    spans: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        words = [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(text, *m.span(2))]
        unknown = [not is_known_word(w) for _, _, w in words]
        for i, (_, _, w) in enumerate(words):
            if not unknown[i] and _rare(w):
                mid = i > 0 or bool(_MID_SENTENCE.search(text, max(0, m.start() - 3), m.start()))
                near = (i > 0 and unknown[i - 1]) or (i + 1 < len(words) and unknown[i + 1])
                unknown[i] = mid or near
        if words and unknown[-1] and not _name_then_age_or_date(text, words, unknown) and (
            (_NUMBER_AFTER.match(text, words[-1][1]) and not AGE_OR_SPAN_AFTER.match(text, words[-1][1]))
            or (len(words) == 1 and len(words[0][2]) <= 4 and _DATE_AFTER.match(text, words[0][1]))
        ):  # "Borg 5", "Tazocin 4.5 g", "Disp 08:31", "Adm: 09/18/22": a score, a dose, a time or a
            unknown[-1] = False  # short label before its value, not a name
        caps = m.group(1)
        if caps and text[m.end(1)] == "\n":
            before = text[text.rfind("\n", 0, m.start(1)) + 1 : m.start(1)].strip()
            if before and not before.endswith(":"):
                caps = None  # session 24 (v84): "- R TKA\nEval date": a line's last word, not a surname above its given name
        if (
            caps
            and _key(caps) not in _CLINICAL
            and (
                unknown[0]
                or _listed(words[0][2])
                or (
                    not is_known_word(caps)
                    and not _common(words[0][2])
                    and _key(words[0][2]) not in _CLINICAL
                )
            )
        ):  # "NIPOUX Malcolm", "ROKA Tormel": a caps surname and the given name after it;
            # not "TWOC Tuesday", "MSU Sent": an unknown abbreviation before a common word
            words.insert(0, (m.start(1), m.end(1), caps))
            unknown[0] = True
            unknown.insert(0, True)
        if not any(unknown):
            continue
        # maximal sub-runs of unknown / listed words holding at least one unknown word; a particle
        # between two of them joins them (session 41, deid tester: "Ivy Te Whata", "Ana De Souza")
        named = [unknown[k] or _listed(w) for k, (_, _, w) in enumerate(words)]
        for k in range(1, len(words) - 1):
            if not named[k] and named[k - 1] and named[k + 1] and words[k][2].lower() in _JOINING_PARTICLES:
                named[k] = True
        i = 0
        while i < len(words):
            if not named[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and named[j + 1]:
                j += 1
            if any(unknown[i : j + 1]):
                spans.append((words[i][0], words[j][1]))
            i = j + 1
    return spans


# session 52 (deid tester H): a surname after an unknown or listed given name, then an age or a date
# ("Lerato Mahlangu 16, pregnant", "Sunita Qureshi 10 June 2024"): a person, not a label and its value
NAME_AGE_OR_DATE_AFTER = compile_rx(
    r"[ \t]+(?:\d{1,2}[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{2,4}\b"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{1,3}(?=[ \t]*(?:[,;)]|$)))",
    re.MULTILINE,
)


def _name_then_age_or_date(text: str, words: list[tuple[int, int, str]], unknown: list[bool]) -> bool:
    if len(words) < 2 or not NAME_AGE_OR_DATE_AFTER.match(text, words[-1][1]):
        return False
    given = words[-2][2]
    return (unknown[-2] or _listed(given)) and _key(given) not in _CLINICAL


_JOINING_PARTICLES = frozenset(["te", "de", "da", "di", "del", "dela", "delos", "van", "von", "ter", "ten", "bin", "binti", "al", "el"])
_QUANTITY_WORDS = frozenset(["max", "min", "maximum", "minimum", "approx", "about"])
_DIGIT_NEXT = compile_rx(r"[ \t]+\d")
_ROLE_NEXT = compile_rx(r"[ \t]+(?:worker|workers|nurse|holder|card|safe|code)\b")


_LOWER_NOT_NAMES = frozenset(("case", "cases", "contact", "contacts", "tmrw", "tmw", "tmrrw", "tomoz", "2moro", "2day", "tonite",
                              "pmhx", "pmh", "bbq", "uber", "lyft"))


_NERVE_AFTER = compile_rx(r"[ \t]+(?i:canal|nerve|block|paraesthesia|injury)\b")


def lower_name_spans(text: str) -> list[tuple[int, int]]:
    """Lower-case names in messages: chat senders that are no clinical word, and unknown
    (or listed, non-English) words after "its" / "tell" / "check on" / "from" ..."""
    spans: list[tuple[int, int]] = []
    for m in _SENDER.finditer(text):
        w = m.group(1)
        if w in _LOWER_NOT_NAMES:
            continue
        if (_key(w) not in _CLINICAL or w in CALENDAR) and (_listed(w) or not is_known_word(w)):
            spans.append(m.span(1))
    if "." in text or "_" in text:
        spans.extend(m.span(1) if m.group(1) else m.span(2) for m in _DOTTED_SENDER.finditer(text))
    for m in _LOWER_CONTEXT.finditer(text):
        w = m.group(1)
        if w in _LOWER_NOT_NAMES or (w == "ian" and _NERVE_AFTER.match(text, m.end(1))):
            continue  # session 57 (deid testers A, J): "Phone interview w/ case", "review tmrw - joy", "CLOSE TO IAN CANAL"
        if _LOWER_MEDICAL.search(w) or w in _ORGANS:
            continue  # "with urosepsis": a lower-case word with a medical ending is no name; session 37: "with colon cancer"
        if w in _QUANTITY_WORDS and _DIGIT_NEXT.match(text, m.end(1)):
            continue  # session 11 (v33): "PRN for max 5 days" (the name Max is capitalised)
        if _ROLE_NEXT.match(text, m.end(1)):
            continue  # session 42 (deid tester): "with key worker June" - the role, not a name
        if w == "may" and (v := _WORD_NEXT.match(text, m.end(1))) and v.group(1) in AFTER_MODAL:
            continue  # session 35: "This message may contain ...": the verb, not the name May
        if w in CALENDAR or (
            _key(w) not in _CLINICAL and (_is_name(w) or (_rare(w) and len(w) < 8) or not is_known_word(w))
        ):  # session 26 (v100, v102): a long rare word is a word ("with handrails", "to dorsiflex")
            spans.append(m.span(1))
    return spans
