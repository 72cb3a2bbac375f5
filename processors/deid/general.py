"""Round 11: general classes of PHI that real clinical text has, whatever the template.

- URL: a schemeless link, i.e. a dotted host with a known top-level domain followed by a
  "/" path ("doxy.me/drsmith", "mychart.example.org/login", "bit.ly/3xYz12"), and a bare
  host whose top-level domain is no English word ("portal.stmarys.nhs.uk", "mychart.com");
- AGE over 89 in more forms: any case of y/o, yo, yrs ("91YO M"), "age - 94", "age of 93",
  "age = 95", "turned 93", "her 100th birthday", sex before age ("F, 95", "M/93"), age
  before a slash and sex ("95/F"); never before a time or dose unit ("aged 90 days");
- ADDRESS: rural routes with their box ("Rural Route 2, Box 14", "RR#3", "R.R. 2"; a bare
  "RR 18" is a respiratory rate), GPO / Locked / Private Bag boxes, Indian house / plot /
  door numbers and sectors ("House No. 12", "Sector 15"), a compass word after a street
  suffix ("Park Avenue South", "Main St NW");
- ZIP: a labelled postcode ("pin code 110001", "Postcode: 3000", "Eircode D02 X285"); a
  6-digit Indian PIN after a town ("Mumbai 400001", "Pune - 411 004"); a 4-digit postcode
  after a comma and a town at the end of a clause ("..., Penrith 2750."); Irish Eircodes;
- DATE: "February the 3rd", day ranges ("Feb 3-5, 2025", "3rd to 5th March"), ordinal words
  ("the twenty-third of March", "March first") and lower-case month words ("seen 3 feb",
  "feb 3rd"; "dec" and "mar" / "may" only with a year).

Spans are ``(start, end, placeholder)``. Each pattern runs only when a cheap substring
test on the text says it can match.
"""

from __future__ import annotations

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, CLINICAL_WORDS
from processors.deid.patterns import gated
from processors.deid.unknown import DRUG_LEXICON, is_known_word

__all__ = ["drug_dose_spans", "general_spans"]

# ---------------------------------------------------------------- URL
_TLD_WORDS = "am|an|as|at|be|by|do|go|in|is|it|me|my|no|on|so|to|us|tv"  # English words too
_TLD_OTHER = (
    r"com|org|net|gov|edu|mil|int|info|biz|health|care|clinic|app|online|site|link|io|ly|co|uk|au"
    r"|ca|nz|ie|za|sg|de|fr|nl|es|pt|ch|se|dk|fi|pl|br|mx|jp|cn|hk|ph|ke|ng|gl|gd|ai|cc|ms|ws"
)
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PATH = r"/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]|/"
_URL_PATH = compile_rx(
    rf"(?<![\w@./:-])(?:{_LABEL}\.)+(?:{_TLD_OTHER}|{_TLD_WORDS})(?::\d{{2,5}})?(?:{_PATH})"
)
# a bare host: a first label of 3+ characters and a top-level domain that is no English word
_URL_BARE = compile_rx(
    rf"(?<![\w@./:-])[A-Za-z0-9][A-Za-z0-9-]{{2,62}}(?:\.{_LABEL})*\.(?:{_TLD_OTHER})\b(?![\w@/-]|\.\w)"
)
_URL_LOW_ONLY = compile_rx(r"[A-Z]")  # "Dr.Co" / "Pt.In" are no hosts: bare hosts in lower case
# a cheap first test: a dot, a top-level domain and a word end (a literal first character)
_URL_HINT = compile_rx(rf"\.(?:{_TLD_OTHER}|{_TLD_WORDS})\b")

# ---------------------------------------------------------------- AGE (on the lower-cased text)
_OLD = r"(9\d|1[0-2]\d)"
_NOT_UNIT = (
    r"(?![.,/:]\d|[ \t]*%|[ \t]*(?:mg|mcg|ml|kg|g|mm|cm|mmhg|bpm|days?|d|weeks?|wks?|months?|mths?|min"
    r"|mins|minutes?|hours?|hrs?|h|s|sec|seconds?|units?|iu|l|lpm|breaths|beats|degrees?)\b)"
)
# each form behind a cheap first test (a substring, or a pattern opening with a literal)
_AGE_YO = compile_rx(  # any case of yo / y/o / yrs: the lower-case forms were taken before
    rf"\b{_OLD}[ \t]*-?[ \t]*(?=(?:y/o|y\.o\.?|yo|yoa|yrs?|years?|yr-old|yo[mf]|y[mf])(?![a-z]))"  # session 56: "94YM" (deid tester I)
)
_AGE_YO_HINTS = ("YO", "Y/O", "Y.O", "YR", "Yo", "Yr", "yoa", "yom", "yof", "yr-", "YM", "YF", "ym", "yf")
_AGE_LABEL = compile_rx(rf"age[ \t]*(?:-|=|:-|is|of|at)[ \t]*{_OLD}\b{_NOT_UNIT}")  # literal first
_AGE_TURNED = compile_rx(rf"turned[ \t]+{_OLD}\b{_NOT_UNIT}")
_AGE_BIRTHDAY = compile_rx(r"\b((?:9\d|1[0-2]\d)(?:st|nd|rd|th))[ \t]+birthday\b")
_AGE_SLASH_SEX = compile_rx(rf"\b{_OLD}[ \t]*/[ \t]*(?:m|f|male|female)\b")
_RATE_BEFORE = compile_rx(r"\b(?:p|pr|hr|pulse|rr|resp|rate)[ \t]*[-:=]?[ \t]*\Z")  # session 60 (deid tester B): "P- 94/m" (a minute)
_AGE_SEX_FIRST = compile_rx(rf"\b(?:M|F|[Mm]ale|[Ff]emale)[ \t]*[,/][ \t]*{_OLD}\b{_NOT_UNIT}")
_SEX_FIRST_HINTS = ("M,", "F,", "M/", "F/", "ale,", "ale/", "M ,", "F ,")

# ---------------------------------------------------------------- ADDRESS
_ADDRESS = compile_rx(
    r"\b(?:Rural[ \t]+Route|R\.R\.|RR[ \t]*#)[ \t]*#?[ \t]*\d{1,3}(?:,?[ \t]*Box[ \t]*\d{1,5})?\b"
    r"|\bRR[ \t]+\d{1,2},?[ \t]*Box[ \t]*\d{1,5}\b"  # "RR 18" alone is a respiratory rate
    r"|\b(?:G\.?P\.?O\.?[ \t]+Box|Locked[ \t]+Bag|Private[ \t]+Bag|PMB)[ \t]*\d{1,6}\b"
    r"|\b(?:House|Plot|Door|H)\.?[ \t]+(?:No\.?|Number|#)[ \t]*:?[ \t]*\d{1,5}[A-Za-z]?\b"
    r"|\b(?:Sector|Blk)[ \t]+\d{1,3}[A-Z]?\b(?=[ \t]*,)"
    r"|\b\d{1,6}[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){1,3}(?:Avenue|Ave|Street|St|Road|Rd|Drive|Dr"
    r"|Boulevard|Blvd|Way|Lane|Ln|Place|Pl)\.?[ \t]+(?:North|South|East|West|NE|NW|SE|SW)\b"
)
_ADDRESS = gated(_ADDRESS, r"\d|R[uR.]|G|Lo|Pr|PM|Ho|Pl|Do|H|Se|Bl")
_ADDRESS_HINT = ("Route", "R.R.", "RR", "Bag", "GPO", "G.P.O", "PMB", "House", "Plot", "Door", "H No",
                 "H. No", "Sector", "Blk", " North", " South", " East", " West", " NE", " NW", " SE",
                 " SW")  # fmt: skip

# ---------------------------------------------------------------- ZIP
_CLAUSE_END = r"(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$))"
_TOWN = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
_ZIP_LABELLED = compile_rx(  # on the lower-cased text
    r"\b(?:pin[ \t]?code|pincode|pin|post[ \t]?code|postal[ \t]code|zip(?:[ \t]?code)?|eircode)"
    r"\b[ \t]*(?:no\.?)?[ \t]*[:#-]?[ \t]*(\d{3}[ \t]?\d{3}|\d{4,5}|[a-z]\d{2}[ \t]?[a-z0-9]{4}"
    r"|[a-z]{1,2}\d[a-z\d]?[ \t]?\d[a-z]{2}|[a-z]\d[a-z][ \t]?\d[a-z]\d)\b"
)
_ZIP_LABEL_HINTS = ("pin", "postcode", "post code", "postal", "zip", "eircode")
# an Indian PIN after a town ("Mumbai 400001", "Pune - 411 004"): the number is found first (a
# blank opens the pattern: a fast scan), then the town before it
_PIN = compile_rx(rf"[ \t]([1-9]\d{{2}}[ \t]?\d{{3}})\b{_CLAUSE_END}")
_TOWN_BEFORE_PIN = compile_rx(rf"(?<![\w.])({_TOWN})[ \t]*(?:[-\u2013][ \t]*)?\Z")
_ZIP_TOWN_4 = compile_rx(  # "..., Penrith 2750." a 4-digit postcode ending a clause
    rf"[,\n][ \t]*({_TOWN})[ \t]+(\d{{4}})\b{_CLAUSE_END}"
)
_ZIP_TOWN_4_START = compile_rx(rf"[ \t]*({_TOWN})[ \t]+(\d{{4}})\b{_CLAUSE_END}")
_COUNTY_CODE = compile_rx(r"\bCo\.[ \t]+[A-Z][a-z]+,?[ \t\n]+([A-Z]\d{2}[ \t]?[0-9A-Z]{4})\b")  # the next line too (v79)
_EIRCODE = compile_rx(  # the routing key opens the pattern (a fast scan); \b checked before it
    r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9A-Z]*[A-Z])(?=[0-9A-Z]*\d)[0-9AC-FHKNOPRTV-Y]{4}\b"  # O: a folded zero
)

# ---------------------------------------------------------------- DATE
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTHS = rf"(?:{_MONTH}|{_MONTH.upper()})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?:(?:19|20)\d{2}|21[0-9]{2}(?![\d:]|\.\d|[ \t]*h(?:rs?|ours)?\b))"  # session 46: shifted years (2104), not "2130hrs"
_ORD_WORD = (
    r"(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth|thirty[- ]first)"
)
# dates are found from their month word (a month opens the scan pattern: a fast scan), then
# the day forms after it ("February the 3rd", "Feb 3-5, 2025") or before it ("3rd to 5th March")
_MON_TITLE_FIND = compile_rx(rf"{_MONTHS}\b")
_AFTER_TITLE = compile_rx(
    rf"\.?[ \t]+the[ \t]+{_DAY}{_ORD}\b(?:,?[ \t]+{_YEAR}\b)?"
    rf"|\.?[ \t]+{_DAY}{_ORD}?[ \t]*(?:-|\u2013|to|and|&)[ \t]*{_DAY}{_ORD}?\b(?![/.:]\d)(?:,?[ \t]+{_YEAR}\b)?"
)
_RANGE_BEFORE = compile_rx(
    rf"(?<!\w){_DAY}{_ORD}?[ \t]*(?:-|\u2013|to|and|&)[ \t]*{_DAY}{_ORD}?(?:[ \t]+of)?[ \t]+\Z"
)
_YEAR_AFTER = compile_rx(rf"\.?(?:,?[ \t]+{_YEAR}\b)?")
# ordinal words ("the twenty-first of March", "March first"): run only when the text has one
_DATE_ORD = compile_rx(
    rf"(?i:\b(?:the[ \t]+)?{_ORD_WORD}[ \t]+of[ \t]+){_MONTHS}\b(?:,?[ \t]+{_YEAR}\b)?"
    rf"|\b{_MONTHS}[ \t]+(?:the[ \t]+)?(?i:{_ORD_WORD})\b(?:,?[ \t]+{_YEAR}\b)?"
)
_ORD_HINTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth", "eleventh", "twelfth", "tieth")  # fmt: skip
_LOW_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?)"
_NOT_AFTER_MONTH = r"(?![ \t]+(?:episodes?|spikes?|seizures?|convulsions?|fits?|days?|weeks?)\b)"
_LOW_MONTH_Y = r"(?:mar(?:ch)?|may|dec(?:ember)?)"
_MON_LOW_FIND = compile_rx(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_LOW_MONTH_RX = compile_rx(_LOW_MONTH)
_DAY_BEFORE = compile_rx(rf"(?<![\w/.-]){_DAY}{_ORD}?(?:[ \t]+of)?[ \t]+\Z")
_AFTER_LOW = compile_rx(  # after jan ... nov: an optional year, then no number or count noun
    rf"(?:,?[ \t]+(?:{_YEAR}|'\d{{2}})\b)?(?![ \t]*\d){_NOT_AFTER_MONTH}"
)
_AFTER_LOW_Y = compile_rx(  # after mar / may / dec: a year or the end of a clause
    rf",?[ \t]+(?:{_YEAR}|'\d{{2}})\b|(?=[ \t]*(?:[,;)\n]|\.(?!\d)|$))"
)
_DAY_AFTER_LOW = compile_rx(
    rf"\.?[ \t]+{_DAY}{_ORD}?\b(?![/.:]\d|[ \t]*(?:%|mg|mcg|ml|units?|kg|g|mm|days?|weeks?|episodes?)\b)"
    rf"(?:,?[ \t]+{_YEAR}\b)?"
)


def _clinical_town(town: str) -> bool:
    """A drug, clinical word or abbreviation ("Creon 2500", "Bristol 4") is no town, nor is a
    run of known words only ("Platelets 150000")."""
    words = town.split()
    for w in words:
        low = w.lower()
        if (low in DRUG_LEXICON or low in CLINICAL_WORDS or low in CLINICAL_VOCAB
                or w.lower() in CLINICAL_ABBREV):
            return True
    return all(is_known_word(w) for w in words)


_NUMBER_AFTER_WORD = compile_rx(r"[ \t]\d[\d,]{2,6}\b")  # a blank first: a fast scan
_WORD_END = compile_rx(r"(?<![A-Za-z])([A-Z]?[a-z]{3,}|[A-Z]{4,})[ \t]*\Z")


def drug_dose_spans(text: str) -> list[tuple[int, int]]:
    """A drug name and the number after it ("Creon 25000", "Heparin 5000"): a dose, never a
    town and its postcode; spans inside one are dropped as clinical notation."""
    out: list[tuple[int, int]] = []
    for m in _NUMBER_AFTER_WORD.finditer(text):
        w = _WORD_END.search(text, max(0, m.start() - 30), m.start() + 1)
        if w and w.group(1).lower() in DRUG_LEXICON:
            out.append((w.start(1), m.end()))
    return out


def _urls(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if not _URL_HINT.search(text):
        return out
    for m in _URL_PATH.finditer(text):
        out.append((m.start(), m.end(), "[URL]"))
    for m in _URL_BARE.finditer(text):
        if not _URL_LOW_ONLY.search(m.group(0)) and any(c.isalpha() for c in m.group(0).split(".")[0]):
            out.append((m.start(), m.end(), "[URL]"))
    return out


def _ages(text: str, low: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int]] = []
    if any(h in text for h in _AGE_YO_HINTS):
        spans.extend(m.span(1) for m in _AGE_YO.finditer(low))
    for m in _AGE_LABEL.finditer(low):
        if m.start() == 0 or not low[m.start() - 1].isalpha():  # "age", not "dosage"
            spans.append(m.span(1))
    if "turned" in low:
        spans.extend(m.span(1) for m in _AGE_TURNED.finditer(low))
    if "birthday" in low:
        spans.extend(m.span(1) for m in _AGE_BIRTHDAY.finditer(low))
    if "/m" in low or "/f" in low or "/ m" in low or "/ f" in low:
        spans.extend(m.span(1) for m in _AGE_SLASH_SEX.finditer(low) if not _RATE_BEFORE.search(low, max(0, m.start() - 10), m.start()))
    if any(h in text for h in _SEX_FIRST_HINTS):
        spans.extend(m.span(1) for m in _AGE_SEX_FIRST.finditer(text))
    return [(s, e, "[AGE]") for s, e in spans]


def _zips(text: str, low: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if any(h in low for h in _ZIP_LABEL_HINTS):
        out.extend((m.start(1), m.end(1), "[ZIP]") for m in _ZIP_LABELLED.finditer(low))
    for m in _PIN.finditer(text):
        t = _TOWN_BEFORE_PIN.search(text, max(0, m.start() - 40), m.start() + 1)
        if t and not _clinical_town(t.group(1)):
            out.append((*m.span(1), "[ZIP]"))
            out.append((*t.span(1), "[ADDRESS]"))
    if "," in text or "\n" in text:
        first = _ZIP_TOWN_4_START.match(text)  # a text opening with the town
        for m in ([first] if first else []) + list(_ZIP_TOWN_4.finditer(text)):
            if not _clinical_town(m.group(1)):
                out.append((m.start(2), m.end(2), "[ZIP]"))
                out.append((m.start(1), m.end(1), "[ADDRESS]"))
    for m in _EIRCODE.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            out.append((m.start(), m.end(), "[ZIP]"))
    if "Co." in text:  # after an Irish county any code of the Eircode shape ("Co. Meath, P31 S966")
        out.extend((*m.span(1), "[ZIP]") for m in _COUNTY_CODE.finditer(text))
    return out


def _month_dates(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _MON_TITLE_FIND.finditer(text):
        s, e = m.span()
        if s and text[s - 1].isalpha():
            continue
        a = _AFTER_TITLE.match(text, e)
        if a:
            out.append((s, a.end(), "[DATE]"))
        b = _RANGE_BEFORE.search(text, max(0, s - 24), s)
        if b:
            out.append((b.start(), _YEAR_AFTER.match(text, e).end(), "[DATE]"))  # type: ignore[union-attr]
    for m in _MON_LOW_FIND.finditer(text):
        s, e = m.span()
        if s and text[s - 1].isalpha():
            continue
        low_month = _LOW_MONTH_RX.fullmatch(m.group()) is not None
        b = _DAY_BEFORE.search(text, max(0, s - 10), s)
        if b:
            a = (_AFTER_LOW if low_month else _AFTER_LOW_Y).match(text, e)
            if a:
                out.append((b.start(), a.end(), "[DATE]"))
        if low_month:
            a = _DAY_AFTER_LOW.match(text, e)
            if a:
                out.append((s, a.end(), "[DATE]"))
    return out


def general_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Round-11 PHI spans of ``text`` (``low`` is its lower-cased form, same indices)."""
    out: list[tuple[int, int, str]] = []
    if "." in text:
        out.extend(_urls(text))
    out.extend(_ages(text, low))
    if any(h in text for h in _ADDRESS_HINT):
        out.extend((m.start(), m.end(), "[ADDRESS]") for m in _ADDRESS.finditer(text))
    out.extend(_zips(text, low))
    out.extend(_month_dates(text))
    if any(h in low for h in _ORD_HINTS):
        out.extend((m.start(), m.end(), "[DATE]") for m in _DATE_ORD.finditer(text))
    return out
