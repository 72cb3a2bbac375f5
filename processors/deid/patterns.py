"""Pattern recognisers for free-text PHI, compiled once at import.

Each recogniser is ``(placeholder, compiled regex, group)``: the text of ``group`` is
replaced. Patterns favour recall on PHI while leaving clinical values alone: vitals
("BP 85/50", "SpO2 91% on 2L"), labs ("K 5.9"), doses ("metoprolol 25 mg", "q4h"),
scores ("GCS 14", "pain 7/10") and times of day ("at 14:00") do not match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from processors.deid.alternation import by_first_letter
from processors.deid.leading import compile_rx
from processors.deid.prefilter import Rx

__all__ = [
    "CAPS_NAME",
    "CONTEXT_LEAD",
    "CONTEXT_NAME",
    "LOW_RECOGNISERS",
    "RECOGNISERS",
    "RECOGNISER_HINTS",
    "ROLE_NAME",
    "TITLE_NAME",
    "UK_DURATION",
    "Recogniser",
    "data_lines",
    "date_lead_spans",
    "literal_finditer",
    "street_suffixes",
    "valid_day_month",
]

Recogniser = tuple[str, "Rx", int]


def _lines(name: str) -> list[str]:
    text = resources.files("processors.deid").joinpath("data").joinpath(name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def literal_finditer(rx: Rx, text: str, lit: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts with ``lit`` (speed: the
    literal is found by ``str.find``, where a pattern opening with a group or look-behind is
    tried at every position)."""
    i = text.find(lit)
    while i >= 0:
        m = rx.match(text, i)
        if m:
            yield m
            i = text.find(lit, max(m.end(), i + 1))
        else:
            i = text.find(lit, i + 1)


def data_lines(name: str) -> list[str]:
    """The lines of a shipped data file (``processors/deid/data``), comments and blanks left out."""
    return _lines(name)


def street_suffixes() -> list[str]:
    return _lines("street_suffixes.txt")


_MONTH_TITLE = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_MONTH = f"(?:{_MONTH_TITLE}|{_MONTH_TITLE.upper()})"
_LOW_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?,?[ \t]{1,2}"  # session 24 (v83): no column gap ("4 mg Sun     28/7/25")
)
_ORD = r"(?:st|nd|rd|th|ST|ND|RD|TH)?"  # session 42: "SATURDAY 20TH APRIL", "APRIL 23RD"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MON_NUM = r"(?:1[0-2]|0?[1-9])"
# session 46: i2b2-style shifted years (2069, 2104); a 21xx that is a clock time stays ("18 Sep 2130hrs")
_YEAR = r"(?:(?:19|20)\d{2}|21[0-9]{2}(?![\d:]|\.\d|[ \t]*h(?:rs?|ours)?\b))"
_TIME = r"(?:[01]?\d|2[0-3])(?::[0-5]\d|[0-5]\dh(?:rs?)?\b)"
# day/month notation that is a duration or follow-up, not a date: "3/12 FU", "2/7 hx", "6/52"
_NOT_DURATION = (
    r"(?!/|[ \t]*(?:mm|%|bpm|FU|f/u|F/U|hx|Hx|ago|power|weeks?|months?|days?|history|duration"
    r"|post|prior|later|review|r/v|sx|symptoms?|old|of|supply|supplies|supplied"  # session 60: "(5/7 supply)"
    r"|MATCH|[Mm]atch(?:ed)?|HLA|\(?haplo)\b"  # session 22 (v70): "10/10 MATCH", "5/10 (haplo)"
    # session 48 (deid tester): the same in a note typed in capitals ("3/12 AGO", "2/7 HISTORY", "6/12 FOLLOW-UP")
    r"|[ \t]*(?:AGO|HX|HISTORY|WEEKS?|MONTHS?|DAYS?|DURATION|POST|PRIOR|LATER|REVIEW|R/V|SX|SYMPTOMS?|OLD|OF|TABS?|TABLETS?"
    r"|FOLLOW-?UP)\b)"
)
# a bare day/month ("review 6/4") is a date only after a date word or before a time: "pain 8/10",
# "MRC 3/5", "3/12 FU" (three months) and "2/7 hx" (two days) are clinical notation
_DM_LEAD_TEXT = (
    "on since from until till by before after dated date dob dos admitted discharged seen addendum"
    " review reviewed booked filled due next last message w/c wc wef triage list visit appt"
    " clinic started stopped commenced ceased received sent collected taken performed listed"
    " planned scheduled rebooked postponed cancelled tci w/e letter op surgery operation posted"
    " admission discharge delivered born died dod onset appointment returned transferred labs"
    " bloods echo ecg ekg cxr ct mri uss xr ogd colonoscopy biopsy swab culture scan procedure cath angiogram"  # session 33: "Procedure 5/30: AVR"
    # round 11: more words a date follows
    " signed through thru diagnosed recheck lmp edd doi doa verified dictated effective expires"
    " issued renewed consented vaccinated immunised immunized"
    " began begun rec'd recd"  # session 56 (deid testers J, N): "symptoms began 6/13", "Ph call rec'd 10/3 noon"
    # session 6: line and drug events ("CVC placed 2/5", "vanc d/c'd 2/7", "registry queried 2/9")
    " placed inserted sited removed changed replaced d/c'd dc'd d/c'ed discontinued held resumed"
    " restarted extubated intubated queried drawn obtained resulted reported updated ordered"
    # session 6 (v14): tests, events and fields a date follows ("TTE 9/9:", "Last BM: 6/7",
    # "repeat cultures 12/27", "F2F encounter 3/6")
    " tte tee bm cva ercp egd pet eeg emg cultures consult encounter f2f application d/c"
    # session 7 (v17): operations a date follows ("s/p R TKA 2/3", "(DHS 1/6)", "preop 9/28")
    " preop postop tka tkr tha thr dhs orif cabg pci turp lscs arthroplasty appendicectomy"
    " appendectomy cholecystectomy"
    # session 7 (v18): "repeat cx 5/10", "HVF 1/3:", "?TTO 2/10" ("done 10/10" is a score)
    " repeat cx hvf tto soc wr"
    # session 9 (v26): "s/p IMN 4/16 (POD 2)", "Reply 6/15:"
    " imn im nail ex-fix exfix reply replied"
    # session 10 (v30): "MRCP 9/18", "urgent CAMHS intake 9/9", "family meeting 3/20", "around 9/27"
    " mrcp mrcs intake meeting around submitted"
    # session 11 (v33): "Injury: 3/4 - fell off trampoline"; v34: "to start 2/15", "return 4/21",
    # "(assault 4/4)"
    " injury incident start return converts assault accident starting"
    # session 21 (v59): "missed 4/6 and 5/6", "AWOL 8/10", "UDS 3/11", "RTC 4 wks 4/9"
    " missed awol absconded uds rtc dta"
    # session 21 (v63): "(POC 7/23)", "first delivery 3/4", "handover sat 6/4"
    " poc delivery mon tue tues wed thu thur thurs fri sat sun"
    " f/u nipe"  # session 21 (v62): "f/u 1/5", "NIPE completed 4/12"
    " named given sputum"  # (v64): "named 3/5 as a partner", "given 5/10;", "Sputum 3/20:"
    " admit"  # (v69): "admit 6/7 obs -> IP"
    " filed faxed"  # session 46 (i2b2-style tester): "APS report filed 4/6" ("BCx 2/2" is a count of bottles)
)
_DM_LEAD = frozenset(_DM_LEAD_TEXT.split())

_DATE_FORMS = (
    # ISO date / datetime
    (
        rf"\b{_YEAR}-(?:1[0-2]|0[1-9])-(?:[12]\d|3[01]|0[1-9])"
        r"(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
    ),
    rf"\b{_YEAR}[/.]{_MON_NUM}[/.]{_DAY}\b",
    rf"\b{_YEAR}-{_MON_NUM}-{_DAY}\b(?!-\d)",
    # month / year: "08/2025", "3-2024"
    rf"\b(?:0?[1-9]|1[0-2])[/-]{_YEAR}\b",
    # 5.Jan.26, 5/Jan/2026, 05-JAN-2026
    rf"\b{_DAY}{_ORD}[./]{_MONTH}\.?[./-](?:{_YEAR}|\d{{2}})\b",
    # holidays are dates: "Christmas Eve", "Boxing Day", "Thanksgiving"
    (
        r"\b(?:(?:Christmas|Xmas)(?:[ \t]+(?:Day|Eve)|(?![ \t]+(?i:disease|factor|tree)\b))|New[ \t]+Year'?s(?:[ \t]+(?:Day|Eve))?"
        r"|Boxing[ \t]+Day"
        r"|Easter(?:[ \t]+(?:Sunday|Monday|weekend))?|Good[ \t]+Friday|Thanksgiving|Halloween"
        r"|(?:Independence|Memorial|Labou?r|Veterans|Remembrance|Valentine'?s|Mother'?s|Father'?s)[ \t]+Day"
        r"|Hanukkah|Diwali|Eid(?:[ \t]+al-[A-Z][a-z]+)?)\b"
    ),
    # a day/month opening a line or after a dash / bracket: "THEATRE LIST - 14/9"
    rf"(?:(?<=\n)|\A|(?<=- )|(?<=\())[ \t]*({_DAY}/{_MON_NUM})\b(?![/.:]\d){_NOT_DURATION}",
    # 3/14/2024, 14.03.2024, 03-14-24: one separator throughout, and no further part ("pH
    # 7.29/31/78/16" is a blood gas, not 7 Sept 1931)
    *(rf"\b{_DAY}{sep}{_DAY}{sep}(?:{_YEAR}|\d{{2}})\b(?![/.]\d)" for sep in ("/", r"\.", "-")),
    # 14 Mar 2024, 14th of March, 14-Mar-2024
    (
        rf"(?<!#)\b{_DAY}{_ORD}(?:[ \t]+(?:of|OF))?(?:[ ]|[ ]?-[ ]?){_MONTH}\b\.?"
        r"(?!\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20|21)\d{2})"  # v31: "day 8 - April 6, 2023"
        # (session 58, deid tester J: not across a table's tab, "17 Feb<TAB>24 Nov" is two columns)
        rf"(?:,?[ -]{{1,2}}(?:{_YEAR}|'\d{{2}}|\d{{2}}\b(?![/.:+-]\d|[ \t]*(?:mg|mcg|ml|mL|units?|%|mm|kg|g)\b|[ \t]+{_YEAR})))?"
    ),
    # March 14th, 2024 / Mar 14 / March 2024
    rf"\b{_MONTH}\.?(?:[ \n]+|\t(?![^\n]*?\t{_MONTH}))\s*{_DAY}{_ORD}\b(?:,?\s+{_YEAR}\b|,{_YEAR}\b|\s+'\d{{2}}\b)?",  # "MAY 04,1945" (session 24)
    # session 35: a range of months in one year ("Jun-Nov 2023", "Jan/Feb 2024"); a quarter ("Q3 2022")
    rf"\b{_MONTH}\.?[ \t]?[-\u2013/][ \t]?{_MONTH}\.?,?[ \t]+{_YEAR}\b",
    rf"\b(?:Q[1-4]|[1-4]Q)[ \t/-]?{_YEAR}\b",
    rf"\b{_MONTH}\.?,?\s+{_YEAR}\b",
    # Nov-30-2025, Nov/30/2025
    rf"\b{_MONTH}[-/.]{_DAY}[-/.,]\s?(?:{_YEAR}|\d{{2}}\b)",
    # 04DEC25, 12Aug2024
    rf"\b(?:0[1-9]|[12]\d|3[01]){_MONTH}(?:{_YEAR}|\d{{2}})\b",
    # session 42 (deid tester): lower case with digits both sides ("18jan2025"), or hyphens and a year
    # ("1-apr-2025", "dob: 7-dec-1965")
    rf"\b{_DAY}{_LOW_MONTH}(?:{_YEAR}|\d{{2}})\b",
    rf"\b{_DAY}-{_LOW_MONTH}-(?:{_YEAR}|\d{{2}})\b",
    # session 46 (deid tester F, lower-case notes): "31 jan 24", "17 may 23", "physio rx 2nd october 09:05"
    rf"\b{_DAY}[ ]{_LOW_MONTH}[ ](?:{_YEAR}|\d{{2}})\b(?![:.]?\d|[ \t]*(?:mg|mcg|ml|units?|%|mmol|kg|g)\b)",
    (rf"\b{_DAY}(?:st|nd|rd|th)[ \t]+(?:january|february|march|april|june|july|august|september|october|november|december"
     r"|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:[ \t]+(?:19|20|21)\d{2}\b)?"),
    # 2024-Jul-07 (session 13, v41: a year first, a month name, a day)
    rf"\b{_YEAR}-{_MONTH}-{_DAY}\b",
    # session 57 (deid tester N): not a score out of ten and its time ("pain 1/10 at 0745h")
    (rf"(?<![Pp]ain[ \t])(?<![Pp]ain:[ \t])(?<!PAIN[ \t])(?<![Ss]core[ \t])(?<![Ss]core:[ \t])\b{_DAY}/{_MON_NUM}(?:/(?:{_YEAR}|\d{{2}}))?\b"
     rf"(?=[ \t]+(?:at[ \t]+)?{_TIME})"),
)
# one alternation, leftmost form first (separate regexes would overlap: "25 Aug" and "Aug 17:30")
_DATE = compile_rx(rf"(?:\b{_WEEKDAY}(?=\d|{_MONTH}))?(?:" + "|".join(_DATE_FORMS) + ")")
# a bare day/month after a date word ("since 09/04", "CXR 3/4"): candidates by a cheap regex,
# the word before checked in a set
_DM = compile_rx(rf"(?<=\s)({_DAY}/{_MON_NUM}|{_MON_NUM}/{_DAY})\b{_NOT_DURATION}")
_WORD_BEFORE = compile_rx(r"(?<![\w/'])([A-Za-z][A-Za-z/']*):?\s\Z")


_COUNT_AFTER = compile_rx(r"[ \t]+(?:bottles?|sets?|positive|negative|pos|neg|cores?|nodes?|match(?:ed)?"
                         r"|doses|tablets|tabs|sessions|appointments|appts|visits|meals|days"
                         r"|attempts|occasions|episodes|times|nights|voids"
                         # session 36: a fraction of a fluid or a tablet ("1/2 NS", "1/2 tab", "1/4 strength")
                         r"|NS|NSS|normal[ \t]+saline|strength|tab|tablet|amp|ampoule|vial)\b")  # session 21: "missed 2/3 doses"; v95: "6/10 attempts"
# UK shorthand durations: months, days; session 14 (v42): weeks ("Next visit 4/52")
UK_DURATION = compile_rx(r"(?:[1-9]|1[0-2])/12|(?:[1-9]|1[0-4])/7|(?:[1-9]|[1-4]\d|5[0-2])/52")
# words before UK shorthand that make it a duration: "review 6/12"; session 14 (v42): "Bloods 3/12",
# "recall 6/12", "f/u 2/7"
_UK_COURSE_LEAD = frozenset(["review", "tto", "clinic", "opd", "opa", "appt", "bloods", "recall", "rv", "fu", "tci",
                             "f/u", "visit", "r/v",  # session 16 (v45): "R/v 2/7"
                             "next"])  # session 60 (deid testers A, D): "Next 7/7"


_BOOKED_FOR = compile_rx(r"(?i:\b(?:booked|planned|scheduled|arranged|rebooked|listed)[ \t]+(?:in[ \t]+)?for)[ \t]+\Z")
_WEEK_OF = compile_rx(r"(?i:\b(?:wk|week|weeks)[ \t]+(?:of|beginning|starting|commencing))[ \t]+\Z")  # session 35: "wk of 2/12"
_IN_THE_LAST = compile_rx(r"(?i:\b(?:in|over|within|for|during)[ \t]+(?:the[ \t]+)?(?:last|past))[ \t]+\Z")
_LAST_DOSE = compile_rx(r"(?i:\b(?:last|next|first|final|latest)[ \t]+(?:supervised[ \t]+|observed[ \t]+)?dose)[ \t]+\Z")
_DISCHARGE_SYMPTOM = compile_rx(
    r"\b(?i:urethral|vaginal|penile|nipple|ear|nasal|eye|wound|pv|purulent|offensive|watery|bloody|green|yellow"
    r"|mucoid|mucopurulent|rectal|anal)[ \t]+discharge[ \t]+\Z"
)
# session 12 (v36): a vaccine dose and its day ("Tdap given 1/30", "Hep B #1 2/19", "MMR dose 2 4/9")
_VACCINE_BEFORE = compile_rx(
    r"\b(?:Tdap|TdaP|DTaP|DTP|MMRV?|Hep[ \t]?[AB]|HepB|HBV|[Ii]nfluenza|PCV\d{0,2}|PPSV23|BCG|HPV|Hib|IPV"
    r"|Shingrix|Zostavax|RSV|Beyfortus|nirsevimab|COVID(?:-19)?|[Bb]ooster|[Vv]accine|[Vv]accinated|[Ii]mmuni[sz]ed)"
    r"(?:[ \t]+(?:#\d|[Dd]ose[ \t]*#?\d|given|vaccine|booster|on|IM))*[ \t]+\Z"
)
# a /10 score earlier in the sentence: "Pain 7/10 ..., down from 9/10" is a score series
TEN_SCORE_EARLIER = compile_rx(r"\b\d{1,2}/10\b[^.\n;]{0,60}\Z")
# a score followed by the score it moved to ("pain from 8/10 to 2/10"; session 25, v97)
TEN_SCORE_NEXT = compile_rx(r"[ \t]*(?:to|->|\u2192|=>|then|down[ \t]+to)[ \t]+(?:[0-9]|10)/10\b")


# session 40 (deid tester): "HPV 3/3", "mpox (MVA-BN) 2/2" - every dose of a course given, no day
_COURSE_DONE = compile_rx(r"([1-4])/\1")


def valid_day_month(dm: str) -> bool:
    """"1/30" or "30/1": a day and a month in either order (no year)."""
    parts = dm.split("/")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return False
    a, b = int(parts[0]), int(parts[1])
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


def date_lead_spans(text: str) -> list[tuple[int, int]]:
    """Day/month spans right after a date word ("review 6/4", "w/c 3/11", "week ending 4/5")."""
    out: list[tuple[int, int]] = []
    for m in _DM.finditer(text):
        s = m.start(1)
        w = _WORD_BEFORE.search(text, max(0, s - 14), s)
        if w and (
            w.group(1).lower() in _DM_LEAD or text[max(0, s - 12) : s - 1].lower() == "week ending"
            or _BOOKED_FOR.search(text, max(0, s - 24), s)  # session 27 (v111): "DST booked for 10/07"
            or _WEEK_OF.search(text, max(0, s - 24), s)
            or _LAST_DOSE.search(text, max(0, s - 30), s)  # session 9 (v27): "last dose 13/6 pm"
        ) or (_VACCINE_BEFORE.search(text, max(0, s - 28), s) and valid_day_month(m.group(1))
              and not UK_DURATION.fullmatch(m.group(1)) and not _COURSE_DONE.fullmatch(m.group(1))):
            if w and w.group(1).lower() in _UK_COURSE_LEAD and UK_DURATION.fullmatch(m.group(1)):
                continue  # UK shorthand: "review 6/12" is six months, "review 2/7" two days
            if UK_DURATION.fullmatch(m.group(1)) and _IN_THE_LAST.search(text, max(0, s - 24), s):
                continue  # session 17 (v48): "2 falls in last 6/12" is six months
            if UK_DURATION.fullmatch(m.group(1)) and _DISCHARGE_SYMPTOM.search(text, max(0, s - 30), s):
                continue  # session 12 (v36): "urethral discharge 4/7" is four days of a symptom
            if _COUNT_AFTER.match(text, m.end(1)):
                continue  # "Blood cultures 4/4 bottles": a count
            if m.group(1).endswith("/10") and (TEN_SCORE_EARLIER.search(text, max(0, s - 70), s)
                                               or TEN_SCORE_NEXT.match(text, m.end(1))):
                continue  # "Pain 7/10 ..., down from 9/10": a score after a score, or before one
            out.append(m.span(1))
    return out


# weekday + day: "Tues 4th", "Wednesday 30th", "Fri 31/7", "Mon the 3rd" ("Sat 94%" is a saturation)
_DATE_WEEKDAY = compile_rx(
    rf"\b{_WEEKDAY}(?:the\s+)?(?:{_DAY}(?:st|nd|rd|th)\b|{_DAY}/{_MON_NUM}(?:/(?:{_YEAR}|\d{{2}}))?\b(?![/%]){_NOT_DURATION})"
)
# "on the 12th", "visit the 3rd": an ordinal after "the" not followed by a lower-case noun
# ("the 2nd attempt", "the 5th percentile" stay); session 34: after "until", "by", "from" ...
# without "the" ("TDS until 14th.")
_DATE_THE = compile_rx(
    rf"(?i:\b(?:the|until|till|by|before|after|from|since)[ \t]+)({_DAY}(?:st|nd|rd|th))\b"
    r"(?![ \t]+(?!(?:of|at|and|or|to|in|for|from|until|please|then|if|so|but|by|with|onwards?)\b)[a-z])(?![ \t]*(?:-|/|%))"
    # a number after it only when it is a clock time ("the 11th 1400", "the 3rd 09:30")
    r"(?![ \t]*(?!(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs?)?\b(?![ \t]*(?:mg|mcg|ml|mL|units?|g)\b))\d)"
)
_DATE_DOB = by_first_letter(compile_rx(  # on the lower-cased text
    rf"\b(?:dob|d\.o\.b\.?|date of birth|born(?: on)?)\b\s*:?\s*"
    rf"((?:{_DAY}|{_MON_NUM}|{_YEAR})[/.\-]{_DAY}[/.\-]\d{{2,4}})"
))

_PHONE = compile_rx(
    r"(?<![\w/.])(?:\+?1[ \t.-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.-])\d{3}[ \t.-]\d{4}\b(?![:.]\d)(?:[ \t]*(?:x\.?|ext\.?)[ \t]*\d{1,5})?"
    # an international number has 7 digits or more ("+1250 mL" is a fluid balance: session 27)
    r"|(?<![\w/.])\+(?=(?:[ \t.()-]?\d){7})\d{1,3}[ \t.-]?\(?\d{1,4}\)?(?:[ \t.-]?\d{2,5}){1,4}\b(?![:./]\d)(?:[ \t]*(?:x\.?|ext\.?)[ \t]*\d{1,5})?"
    # UK national numbers: 020 7946 0958, 0161 496 0123 (a leading 0 then 1-3, 7 or 8)
    r"|(?<![\w/.:])0[1-37-9]\d(?:[ \t-]\d{4}[ \t-]\d{4}|\d[ \t-]\d{3}[ \t-]\d{3,4}|\d{2}-\d{3}-\d{3})\b(?![:.]\d)"
    r"|(?<![\w/.])\d{3}\.\d{3}\.\d{4}\b"
    r"|(?<![\w/.])\d{3}/\d{3}[.-]\d{4}\b(?![:.]\d)(?:[ \t]*(?:x\.?|ext\.?)[ \t]*\d{1,5})?"
    r"|(?<![\w/.])0\d{4}[ \t]\d{3}[ \t]\d{3}\b|(?<![\w/.])0\d{4}[ \t]\d{6}\b"
    r"|(?<![\w/.])\(0\d{1,4}\)[ \t]?\d{3,4}[ \t-]?\d{3,4}\b"
    # session 24 (v83): London's local number unspaced ("020 78780839"), Irish "01 238 2342" / "091 123 4567"
    r"|(?<![\w/.:])02\d[ \t]\d{8}\b(?![:.]\d)|(?<![\w/.:])0[1-9]\d?[ \t]\d{3}[ \t]\d{4}\b(?![:.]\d)"
    r"|(?<![\w/.])\(852\)[ \t]?\d{4}[ \t]?\d{4}\b"  # session 24 (v81): Hong Kong "(852) 6269 3786"
    # session 24 (v84): an Australian mobile "0401 116619", a UK number "01623-360388"
    r"|(?<![\w/.:])04\d{2}[ \t]\d{6}\b(?![:.]\d)|(?<![\w/.:])0\d{4}-\d{6}\b(?![:.]\d)"
    # session 24 (v85): "01224-514 898", Irish "045 91 6149", Indian "089411 42967", Iridium "008816 5129 2962"
    r"|(?<![\w/.:])0\d{4}-\d{3}[ \t]\d{3}\b|(?<![\w/.:])0\d{2}[ \t]\d{2}[ \t]\d{4}\b(?![:.]\d)"
    r"|(?<![\w/.:])0\d{5}[ \t]\d{5}\b|(?<![\w/.:])00\d{4}[ \t]\d{4}[ \t]\d{4}\b"
)
_PHONE_LABELLED = by_first_letter(compile_rx(  # on the lower-cased text
    r"\b(?:tel|phone|ph|cell|mobile|mob|fax|pager|bleep|contact)\b\.?[ \t]*(?:no\.?|number|#)?[ \t]*:?[ \t]*"
    # session 35: the number ends at no digit and opens no clock time ("pager 2231) 03:15")
    # session 56 (deid tester I): nor across a sentence's full stop ("ph +1 604 234 1684. 10% glucose 100ml")
    r"(\+?[\d(](?:[\d \t()-]|\.(?![ \t])){5,}\d(?!\d|:\d)(?:[ \t]*(?:x\.?|ext\.?)[ \t]*\d{1,5})?)"
))
_EMAIL = compile_rx(r"\b[\w.+%'-]+@[\w-]+(?:\.[\w-]+)+\b")
_URL = compile_rx(r"\b(?i:https?://|ftp://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")  # session 42: "HTTPS://WWW..."
_IP = compile_rx(
    r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"
    r"|\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\b"
    r"|\b(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}:?){0,6}[0-9a-fA-F]{1,4}\b"
)
_SSN = compile_rx(
    r"\b(?!000|666|9\d\d-?\d\d-?\d{4}\b(?![\w-]))\d{3}-\d{2}-\d{4}\b"
    r"|\b9\d\d-\d{2}-\d{4}\b"
    r"|(?i:\b(?:SSN|social security(?: number| no\.?)?|SS#)\s*:?\s*#?\s*)(\d{3}[\s-]?\d{2}[\s-]?\d{4})\b"
)
# the labelled form is matched on the lower-cased text (same indices; a case-insensitive
# alternation costs ~4x more per note)
_ID_LABELLED = by_first_letter(compile_rx(
    r"\b(?:mrn|hrn|mr#|medical record(?: number| no\.?)?|record(?: number| no\.?| #)|patient id|pt id"
    # session 37: "Na 135 (ref 135-145)" is a reference range, no reference number
    r"|hosp(?:ital)?\.? (?:number|no\.?)|ref(?:erence)?(?!\s*(?:range\b|:?\s*\d{1,6}(?:\.\d{1,3})?\s*-\s*\d{1,6}(?:\.\d{1,3})?(?![\w/.-])))"
    r"|acc|nhs(?: number| no\.?)?|acct|account(?: number| no\.?)?|member id"
    r"|policy(?: number| no\.?)?|insurance id|encounter(?: id| number)|visit (?:id|number)"
    r"|accession(?: number| no\.?)?|case(?: number| no\.?)|license(?: number| no\.?)?|lic"
    r"|dea|npi|id|id number|serial(?: number)?|device id|plate|collar(?: number| no\.?)?"
    r"|lab (?:no\.?|number|#|ref)"
    # session 60 (deid tester D: genetics letters): a family's or pedigree's number ("Family F-2008-0853", "Fam no. F-2013-5937",
    # "family Fam 8002", "family number NIRGS/F9735", "Pedigree no: F-2009-5132"; not "family history", "family 2019")
    r"|family (?:id|no\.?|number|ref)|family(?=\s*[:#]?\s*(?:f-\d|fam\s?\d|[a-z]{2,6}/f\d))|fam\.? no|pedigree(?: no\.?| id| number)?"
    r"|kindred(?: no\.?| id)?|proband id|mlc|rapt"  # session 60 (deid tester B): medico-legal case and police report numbers
    # session 39 (US deid tester): "Med Rec: 460 15 99", "Batch: 658500" (a dictation footer's; a drug's
    # "batch 22A9" stays)
    r"|med\.? rec(?:ord)?|batch(?=\s*[:#]\s*\d{5}))(?:\b|(?<=#))\.?\s*(?:#|no\.?|number)?\s*[:#=]?\s*"
    r"(?!\d{1,3}(?:yo|y/o|yrs?|yof|yom)\b)"  # "ID: 19yo presenting": the HPI's identifying line
    r"((?:[a-z]{1,4} |[a-z]{0,4}[-#/]?)\d[\w/-]{3,}|\d{3} \d{3} \d{4}\b|\d{3} \d{2} \d{2}\b(?! \d)|[a-z]{2,6}/[a-z]?\d{3,}\b"
    r"|[a-z]{1,4}\d{1,2}[ \t]\d{4,8}\b"  # session 46 (deid tester F): a trust's prefix then the number ("MRN: RR8 351429")
    # session 7: letter-digit groups joined by hyphens ("MRN QQ-pA-7731")
    r"|(?=[a-z0-9-]*\d)[a-z0-9]{1,6}(?:-[a-z0-9]{1,8}){1,4}\b)"
))
# national and hospital identifier labels of other countries, and values written in groups
# ("UHID: BLR.17638765", "Hosp. No: UCH/25/723161", "RAMQ: DIOR 0811 2883", "SIN on file (for
# CPP form): 143 539 341", "Unit # W6913 25 538206", "NHI: NNZ18VW", "Reg. No. KMC 89380"):
# on the lower-cased text; the value needs 5+ digits, so "Unit # 4" or "NHI: pending" stay
_ID_LABELLED_GROUPS = compile_rx(
    r"(?<![\w])(?:uhid|nhi|ramq|ohip|sin|nino|ihi|urn|aadhaar|nhia|philhealth(?: pin| no\.?| number)?"
    # session 44 (deid tester): Quebec's "NAM LEBL 7372 1424" (num\u00e9ro d'assurance maladie)
    r"|nam|carte soleil|n(?:o|um\u00e9ro)\.? d'assurance maladie"
    # session 44 (second deid tester): "Personnummer: 640312-5346", "Folder No: LUTH/24/57638"
    r"|personnummer|pers\.? ?nr\.?|f\u00f8dselsnummer|henkil\u00f6tunnus|burgerservicenummer|folder(?: number| no\.?| #)?"
    r"|ppsn?(?: number| no\.?)?|dni|nie|nric|cpf|pesel|chi(?: number| no\.?)?|insz|bsn|hetu|cpr(?: nr\.?)?"
    r"|national insurance(?: number| no\.?)?|ni (?:number|no\.?)|health card(?: number| no\.?)?"
    r"|medicare(?: card)?(?: number| no\.?)?|hosp(?:ital)?\.? (?:#|no\.?|number)"
    r"|reg(?:istration)?\.? (?:number|no\.?|#)|unit (?:number|no\.?|#)|uhid (?:number|no\.?)"
    r"|o/?p (?:number|no\.?|#)"  # session 10 (v29): an Indian outpatient number ("OP No: OP/24/301319")
    r"|autopsy (?:number|no\.?|#)|kit(?: number| no\.?| #)?)"  # v30: "Autopsy No.: A24-181", "dispensed kit 501622"
    r"(?![a-z])(?:[ \t]+[a-z]+){0,3}?(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*[:#=]?[ \t]*"
    r"((?=(?:[^\d\n]{0,6}\d){5})(?:\d{3,4}[ \t-]\d{3}[ \t-]\d{3,4}(?:[ \t-]?[a-z]{2}(?![\w/]))?\b"  # OHIP version code "CM"
    r"|[a-z]{1,4}[ \t]\d{3,6}(?:[ \t]\d{2,6}){0,2}(?:[ \t]\d{1,6})?\b"
    r"|[a-z]{1,4}\d{1,2}[ \t]\d{4,8}\b"  # session 46 (deid tester F): "Hosp no: RR8 516061"
    r"|[a-z]{1,4}\d{1,2}(?:[ \t]\d{3}){2,3}\b"  # session 53 (deid tester Q): "hosp no rx4 800 244"
    r"|\d{4}[ \t]?\d{5}[ \t]?\d(?:[ \t]*[/-][ \t]*\d\b)?(?![\d/])"  # v30: Medicare "6018 59278 7 / 3", "2842 89326 3-4" (IRN)
    # session 16 (v47): not a fraction a few words after the label ("Medicare day 10/100" is a day count)
    r"|(?!\d{1,3}/\d{1,3}(?![\w/-]|\.\d))[a-z]{0,4}[.\-/]?\d[\w/.-]{3,}(?:[ \t]\d{2,6}){0,3}\b"
    r"|\d{3}[ \t]\d{2}[ \t]\d{2}\b(?![ \t]\d)))"  # session 39 (US deid tester): "UNIT NUMBER: 586 44 18"
)
# phone shapes of other countries: an Australian landline with its area code ("08 7093 3874",
# "(02) 9382 1111") and an 11-digit mobile written with dots ("0816.838.9303")
_PHONE_SHAPES = compile_rx(
    r"(?<![\w.])((?:\(0[2378]\)|0[23478])[ \t]\d{4}[ \t]\d{4}|0\d{3}\.\d{3}\.\d{4}"  # session 45: a mobile "04 1608 9173"
    r"|0[17]\d{2}[ \t]\d{6}"  # session 10 (v30): a Kenyan mobile "0790 200820"
    r"|\(?0[34679]\)?[ \t]\d{3}[ \t]\d{4}(?![ \t]\d)"  # session 12 (v38): a New Zealand landline "09 734 6421"
    r"|(?<![-/])0[3-9]-\d{4}[ \t]\d{4})(?!\w|\.\d)"  # v31: a Malaysian landline "03-0768 5694" (not "06-04-2025 1445")
)
# session 10 (v30): a Hong Kong hospital number with its check character ("HN56941753(2)")
HOSPITAL_NO_CHECK = compile_rx(r"\b[A-Z]{1,3}\d{6,10}\([0-9A-Z]\)")
# a New Zealand NHI: three letters and four digits, or (since 2022) three letters, two digits
# and two letters ("NHI: NNZ18VW")
# session 42 (deid tester): record numbers by shape, in any case: letters / digits / digits ("SH/9806/27",
# a sexual-health clinic number), a letter-digit prefix ("h52/15754"), letters joined to 6-10 digits
# ("mrn7018027", "rxh3769626")
_ID_SHAPES_LOW = compile_rx(  # session 60 (deid tester D): not a dbSNP variant id ("[rs80359550]")
    r"(?<![\w/.-])(?!rs\d{3,}\b)([a-z]{1,4}/\d{3,6}/\d{2,4}|[a-z]{1,3}\d{1,3}/\d{4,6}|[a-z]{2,4}\d{6,10})(?![\w/-]|\.\d)"
)
_NHI = compile_rx(r"(?<![\w])nhi(?: number| no\.?)?[ \t]*[:#=]?[ \t]*([a-z]{3}\d{4}|[a-z]{3}\d{2}[a-z]{2})(?![\w])")
# a UK vehicle registration after its label ("vehicle reg UX72 EQF", "Registration: FE68 OXC")
VEHICLE_REG = by_first_letter(compile_rx(  # on the lower-cased text; run by records.record_spans
    r"\b(?:reg(?:istration)?(?:[ \t]+(?:no\.?|number|plate|mark))?|number[ \t]+plate|plate|vrm|tag"
    r"|(?:vehicle|car|van|motorbike|motorcycle)(?:[ \t]+(?:no\.?|number|reg(?:istration)?))?)"  # session 12 (v36): "vehicle no. MH 12 FQ 1160"
    r"(?![a-z])[ \t]*[:#(]?[ \t]*([a-z]{2}\d{2}[ \t]?[a-z]{3}|[a-z]{2}[ \t-]?\d{1,2}[ \t-]?[a-z]{1,3}[ \t-]?\d{4}"
    # session 47 (deid tester): Ontario ("NQQY 146"), Irish ("181-G-50839") and New Zealand ("UYW205") plates; "car (KA 20 ..."
    r"|[a-z]{4}[ \t]?\d{3}|\d{2,3}-[a-z]{1,2}-\d{1,6}|[a-z]{3}\d{3}"
    # session 42 (deid tester): South African ("RX 82 RE GP", "CA 123-456") and Kenyan ("KUS 587L") plates
    r"|[a-z]{2}[ \t]\d{2}[ \t][a-z]{2}[ \t](?:gp|wc|ec|kzn|zn|nw|fs|mp|nc|l)|[a-z]{2,3}[ \t]?\d{3}(?:-\d{3})?[a-z]?"
    # session 45 (deid tester): any letters-and-digits plate in two parts after its label ("Vehicle 1AB-2CD")
    r"|(?=[a-z\d-]{5,9}\b)(?=[a-z-]*\d)(?=[\d-]*[a-z])[a-z\d]{1,4}-[a-z\d]{2,4}"
    # session 54 (deid tester Z): US plates after "plate" or a state's "tag" ("GA plate 950 HBG", "California tag NYG 1932",
    # "Pennsylvania tag VSR27M", "plate TOQ75V")
    r"|\d{3}[ \t]?[a-z]{3}|[a-z]{3}[ \t]?\d{4}|(?=[a-z\d]{5,7}\b)(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{5,7})\b"
))
_ID = compile_rx(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
    r"|\b\d{7,}\b(?![ \t]*(?:units?|iu|IU|mg|mcg|micrograms?|cells|copies|/(?!/)))"  # "2400000 units" is a dose
    r"|\b\d{3}-\d{2}-\d{3}\b(?!-)"  # v20: a 3-2-3 number beside a name ("(318-33-947)")
    r"|\b(?=[A-Z0-9-]{0,6}\d{4})[A-Z]{1,4}-?\d{5,}[A-Z0-9-]*\b"
    r"|\b[A-Z]{2,4}-?\d{4}[A-Z0-9]*\b"
    r"|\b[A-Z]{1,3}\d{2}-\d{4,6}(?:-[A-Z]\b|\b(?!-))"  # session 12 (v37): a year-coded accession ("D24-54539"; v41: "BM25-45488-A")
    r"|\b\d{2}-[A-Z]{1,3}-\d{5,8}\b"  # session 60 (deid tester D): a year first ("lab 21-G-703061")
    # session 60 (deid tester B): a hospital's or council's prefix and series ("FMC/B/58452", "DMC/R/95637"), an Indian
    # vehicle registration ("MH 12 TR 1960")
    r"|(?<![/\w])[A-Z]{2,6}/[A-Z]{1,3}/\d{4,8}\b|\b[A-Z]{2}[ -]\d{1,2}[ -][A-Z]{1,3}[ -]\d{4}\b"
    r"|\b[A-Z]{1,4}\d{6,}[A-Z]{0,2}\b"
    r"|\b[A-Z]{1,4}/(?:19|20)\d{2}/\d{3,}\b"
    r"|\b\d{4,}-[A-Z]\b(?!-)"
    # session 6: a code of three or more all-caps letter groups ("DSDUX-SKOAS-MDOAW")
    r"|\b[A-Z]{4,6}(?:-[A-Z0-9]{4,6}){2,}\b"
    r"|\b\d{3}-\d{3}-\d{3,4}-?\d*\b(?!\s*(?:mg|mcg|ml|units?))"
    # round 8, default-deny codes: an all-caps letter-digit token with 4+ digits that is no
    # dose or time ("4471209BX", "A12B3456"; not "1000IU", "2130HRS", "E3V4M6", "NEWS2")
    r"|\b(?=[A-Z]{0,12}\d(?:[A-Z]{0,12}\d){3})(?=\d*[A-Z])(?!\d+(?:IU|U|ML|MG|MCG|MMOL|HRS?|H|KG|G|MIN|MINS|L)\b)[A-Z0-9]{6,}\b"
    # a 5-6 digit number in brackets or after "#": "(448213)", "#55102"
    r"|(?<=\()\d{5,6}(?=\))|(?<=#)[ \t]?\d{5,6}\b"
)
_AGE = compile_rx(  # not a Fahrenheit temperature after its label ("T 104F", "Temp 102 F", "Tmax 105F")
    r"(?<!\b[Tt] )(?<!\b[Tt])(?<![Tt]emp )(?<![Tt]emp)(?<!max )(?<![Tt]max)(?<!brile to )(?<!emp of )"
    r"(?<!index )(?<!ndex of )"  # session 16 (v47): "Heat index 108 F" is a temperature
    # session 54: "temp is 99 F", "temperature was 101 F", "Temp: 100 F"
    r"(?<!emp is )(?<!emp was )(?<!ure is )(?<!ure was )(?<!ure of )(?<!emp: )(?<!ture: )(?<!\b[Tt]: )"
    r"\b(9\d|1[0-2]\d)(?=\s*(?:-|\s)?(?i:years?|yrs?|y/?o\b|y\.o\.|yo\b|year-old|-year|yr-old|y\b)"  # session 42: "94-YEAR-OLD"
    # session 17 (v48): "If temp over 101 F" is a threshold, no age and sex
    r"|(?<!over \d\d)(?<!over \d\d\d)(?<!above \d\d)(?<!above \d\d\d)(?:\s*(?:M|F|male|female|man|woman)\b|f\b))"  # "leticia 97f" (not "m": "walked 90m")
    r"|(?i:\b(?:aged?|age:)\s*)(9\d|1[0-2]\d)\b"
    # session 25 (v92): "Age as stated to me: 100"
    r"|(?i:\bage\b[a-z \t]{1,25}:[ \t]*)(9\d|1[0-2]\d)\b"
    # session 35: an age in apposition after a name ("Mr. Faith (first name Augustine), 92, resident of")
    r"|(?<=[A-Za-z)], )(9\d|1[01]\d)(?=,[ \t]+(?:a[ \t]+)?(?:resident|retired|widow(?:ed|er)?|lives|living"
    r"|who|admitted|frail|bedbound|housebound|known)\b)"
    # session 39 (final deid tester): the sex before the age ("HU Minh, F 93", "Clinical details: M 95", "(M 100)")
    r"|(?:(?<=[,(:])|(?<=[,(:][ \t])|(?<=\n)|\A)[MF][ \t]?(9\d|1[0-2]\d)(?=[ \t]*(?:[),;.]|\n|\Z|[ \t]{2}))"
    # session 45 (third deid tester): a pedigree's age at death ("pat. uncle Abdullah d. 94 in Rochdale")
    r"|(?<![\w.])d\.[ \t]?(9\d|1[01]\d)\b(?![\d./%:,])"
    # session 45 (deid tester): the age and sex in brackets or with a slash, lower case too ("(96m)", "104/f")
    # session 60 (deid tester B): not a rate a minute ("P- 94/m", "HR 96/m")
    r"|(?<=\()(9\d|1[0-2]\d)[ \t]?[mfMF](?=\))|(?<![PR]- )(?<![PR]-)(?<![PR]: )(?<!HR )(?<!PR )(?<!\bP )\b(9\d|1[0-2]\d)/[mfMF]\b(?!/)"
    # session 60 (deid tester D: pedigrees): "PGF: GBM dx 62, died @ 95", "Fa - no ca, A&W 92", "Mo - alive 95"
    r"|(?i:\bdied[ \t]*@[ \t]*|\ba[ \t]?&[ \t]?w[ \t]+(?:(?:at|aged)[ \t]+)?|\balive(?:[ \t]+(?:and|&)[ \t]+well)?[ \t]+(?:(?:at|aged)[ \t]+)?)"
    r"(9\d|1[01]\d)\b(?![ \t]*(?:%|/|\.\d))"
    # session 43 (deid tester): "Mother lived to 96", "died at 94" ("turned 100" is general.py's)
    r"|(?i:\b(?:lived|living|survived)[ \t]+(?:to|until|till)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+|be[ \t]+)?|\bdied[ \t]+(?:at|aged)"
    r"[ \t]+)(9\d|1[0-2]\d)\b(?![ \t]*(?:%|/|\.\d))"
)
# what may follow a ZIP: the end of a clause or a phone label, never a unit ("Creon 25000 units")
# round 11: two blanks end a field too ("Erie 94568  Loc type: ...")
_CLAUSE_END = r"(?=[ \t]{2}|[ \t]*(?:[,;)\n]|\.(?!\d)|$|(?i:tel|ph|phone|mob)\b))"
_ZIP = compile_rx(
    # a US state or territory code (session 25, v92: not "CK 16724", a creatine kinase)
    r"(?:\b(?:A[LKZRSE]|C[AOT]|D[EC]|F[LM]|G[AU]|HI|I[DLNA]|K[SY]|LA|M[EDAINSOTHP]|N[EVHJMYCD]|O[HKR]"
    r"|P[ARW]|RI|S[CD]|T[NX]|UT|V[TAI]|W[AVIY])|\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware"
    r"|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    r"|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
    r"|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    r"|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    r"|West Virginia|Wisconsin|Wyoming)|(?i:zip(?:\s*code)?|postal code|postcode))\.?,?\s*:?\s*"
    r"(\d{5}(?:-\d{4})?)\b"
    r"|\b(\d{5}-\d{4})\b"
    # "..., Springfield 62704": a city after a comma or line start, then five digits and no unit
    rf"|(?:^|[,\n][ \t]*)(?:[A-Z][a-z]+[ \t]){{0,2}}[A-Z][a-z]+[ \t]+(\d{{5}}(?:-\d{{4}})?)\b{_CLAUSE_END}"
    # a ZIP right after a PO box: "PO Box 3498, 30195"
    rf"|(?i:\bP\.?\s?O\.?\s+Box\s+\d+),?[ \t]+(\d{{5}}(?:-\d{{4}})?)\b"
    # UK postcode: outward code, space, digit + two letters (no C I K M O V)
    r"|\b([A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2})\b"
    # session 12 (v37): any letters when the postcode is a line of its own (a letter's address block)
    r"|(?:(?<=\n)|\A)[ \t]*([A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})(?=[ \t]*(?:\n|\Z))"
    # Australian state + 4-digit postcode, Canadian postal code
    # (session 37: an Act's year is no ACT postcode, "MENTAL HEALTH ACT 1983": ACT codes are 02xx, 26xx, 29xx)
    r"|\b(?:NSW|VIC|QLD|TAS|NT|WA|SA|ACT(?=[ \t]+(?:02|26|29)\d\d\b))[ \t]+(\d{4})\b"
    # (its first digit may read "O" after the OCR fold: "X0A 0C0" is read as "XOA 0C0"; session 22, v72)
    r"|\b([ABCEGHJ-NPRSTVXY][\dO][ABCEGHJ-NPRSTV-Z][ \t]\d[ABCEGHJ-NPRSTV-Z]\d)\b"
    # session 42 (deid tester): written without its space after a province ("ON K3G3B7"; a bare "E3V4M6" is a GCS)
    r"|\b(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)\.?,?[ \t]+([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d)\b"
)

_SUFFIXES = sorted(
    set(street_suffixes())
    | {"St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Ter", "Cir", "Pkwy", "Hwy", "Sq",
       "Trl", "Way", "Close", "Crescent", "Gardens", "Grove", "Mews", "Row", "Walk", "Wharf",
       "Cres", "Crt", "Gdns", "Gro", "Pde", "Esp", "Tce", "Bvd", "Rise", "Hill", "Vale",
       "Parade", "Esplanade", "Terrace", "Drive", "Lane", "Avenue", "Road",
       # round 10: AU / NZ / UK / IE / IN street types
       "Circuit", "Approach", "Centre", "Promenade", "Boulevard", "Chase", "Retreat", "Grange",
       "Quay", "Marg", "Cct", "Appr", "Prom", "Bvde", "Gr",
       # session 10 (v30): Australian street types ("4/29 Cynthia Deviation")
       "Deviation", "Brace", "Glade", "Concourse", "Fairway", "Crest", "Ridge",
       # session 15 (v44): northern English and Scottish street types ("57 Castle Gate")
       "Gate", "Wynd", "Brae",
       # session 16 (v45): Australian "Close" ("105 Bottlebrush Cl")
       "Cl",
       # session 17 (v48): Irish and English estate street types ("107 Ashgrove Lawn")
       "Lawn", "Lawns", "Downs", "Dene", "Heath"},
    key=len,
    reverse=True,
)  # fmt: skip
_SUFFIX = "(?:" + "|".join(re.escape(s) for s in _SUFFIXES) + r")\.?"
# session 46 (deid tester I): a mobile-home lot or a space after the street ("14659 N Fox Run Drive Lot 77")
_UNIT = r"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Rm\.?|Fl\.?|Floor|Lot|Space|Trlr|#)\s*#?\s*[\w-]+|,[ \t]*RD[ \t]\d{1,2}\b)?"
# session 16 (v45): a numbered avenue or street of a Canadian grid ("7490 17 Ave SW")
_CAPWORD = r"(?:(?!(?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t])[A-Z][a-zA-Z'-]*|\d+(?:st|nd|rd|th)|\d{1,3}(?=[ \t]+(?:Ave|Avenue|St|Street)\b))"
# session 58 (deid tester C: ambulance notes): not an age and sex ("A: 100M Allan Wells") nor a destination ("CTAS 3 TO Foothills
# Medical Centre", "Cat 2 TO St Thomas' ED")
_ADDRESS = compile_rx(
    rf"(?:\b(?:Flat|Apt\.?|Apartment|Unit|Suite)[ \t]*#?\w{{1,4}}(?:/\w{{1,3}})?(?:,[ \t]*|[ \t]+|/)|\bLot[ \t]+(?=\d))?\b(?:(?<!BP )(?<!BP:)(?<!BP: )\d{{1,4}}[A-Za-z]?[/-](?=\d))?(?<!\d:)(?!\d{{2,3}}[MFmf]\b)\d{{1,6}}[A-Za-z]?[ \t]+(?:(?:[NSEW]\.?|N[EW]|S[EW]|North|South|East|West)[ \t]+)?(?!(?:Minute|Mile|Metre|Meter|Yard|Step)s?\b|(?:TO|To)[ \t])(?:{_CAPWORD}[ \t]+){{1,3}}(?:Jr\.?[ \t]+)?{_SUFFIX}\b(?![-\u2010\u2011])(?![ \t]+(?i:scale|score|risk|prevention|assessment)\b)(?!(?<=\bCt)[ \t]*(?:value[ \t]*)?[:=]?[ \t]*\d)(?!(?<=\bDr)\.?[ \t]+(?!(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|North|South|East|West)\b)[A-Z][a-z'\u2019])(?:[ \t]+(?:[NSEW]|N[EW]|S[EW])\b(?![.'\u2019]))?{_UNIT}"
    rf"(?:,?\s+(?:[A-Z][a-z]+\s){{0,2}}[A-Z][a-z]+,\s+[A-Z]{{2}}\b)?(?:,?\s+\d{{5}}(?:-\d{{4}})?\b)?"
    r"|(?i:\bP\.?\s?O\.?\s+Box\s+\d+)"
    r"|\b(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s+[A-Z]{2}(?=\s+\d{5}\b)"
    # "..., Springfield 62704": the city of a city + ZIP after a comma or at a line start
    rf"|(?:(?<=, )|(?<=\n)|\A)(?:[A-Z][a-z]+[ \t]){{0,2}}[A-Z][a-z]+(?=[ \t]+\d{{5}}(?:-\d{{4}})?\b{_CLAUSE_END})"
    # the city of "..., Norwich NR1 1JE" / "..., Parramatta NSW 2150"
    r"|(?<=, )(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+(?=[ \t]+(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}"
    r"|(?:NSW|VIC|QLD|TAS|ACT|NT|WA|SA)[ \t]+\d{4})\b)"
)

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
_AL = _UP + _LO
# after v12: a bare initial before a surname ("Dr R Richards"), surname particles ("Dr P. van
# der Merwe"), "Dr. med." and police titles ("Sgt", "Const.", "PC M Smith": PC only before an
# initial and a surname)
# session 21 (v60): Irish surnames ("Dr E \u00d3 Murch\u00fa", "Dr S N\u00ed Bhriain"), read folded ("O", "Ni")
_NAME_WORD = r"(?:(?:al-|el-)?[A-Z][a-zA-Z'-]+|[A-Z]\.|[A-Z](?=[ \t]+(?:[A-Z][a-z]|(?:O|Ni|Ui)[ \t]+[A-Z])))"
TITLE_NAME = compile_rx(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Assoc[ \t]+Prof|Sr|Sister|Nurse|Doctor|Rev|Fr|Capt|Sgt|Const|Constable"
    # session 38 (deid tester): ranks and offices ("SAC IKECHUKWU OGUNLEYE", "Spr Green", "Judge Long")
    r"|Cpl|LCpl|Pte|Spr|Gnr|Tpr|Cfn|Bdr|LBdr|Maj|Brig|SSgt|CSgt|WO1|WO2|Flt[ \t]+Lt|Sqn[ \t]+Ldr|Wg[ \t]+Cdr"
    r"|Gp[ \t]+Capt|SAC|LAC|Judge|Insp|Cllr|Rabbi|Imam|Pastor"
    r"|Smt|Shri|Shrimati|Kum|Tmt|Thiru"  # session 44: Indian honorifics ("Name: Smt. PATIENCE WOOD")
    r"|Mdm|Mme|Mlle|Encik|Puan|Cik)\b\.?"  # session 52: Singapore / Malaysian, French ("Mdm Ho Lai Ying 95")
    r"(?:[ \t]+med\.)?\s+|\b[PD]C[ \t]+(?=[A-Z]\.?[ \t]+[A-Z][a-z])"
    r"|\b(?:Mr|Mrs|Ms|Dr|Prof)\.(?=[A-Z][a-z]{2}))"  # session 36: no space after the full stop ("Dr.Martln", OCR)
    # a name wrapped onto the next line, not a table's or a form's next line ("PI: Dr Tan\nScr No | Date": session 45);
    # session 53: the wrapped line opens with the name's words alone ("Dr Priya\nRaman, Consultant"), not a sentence
    # ("Dr Raman\nDecedent identified by family")
    # session 53 (deid tester P): a contact label after a sentence closing on a title ("Specialist Nurse. Tel (02) 9382")
    r"(?!(?:Tel|Phone|Ph|Fax|Email|E-mail|Mob|Mobile|Pager|Bleep|Ext|Web|Website)\b)"
    rf"({_NAME_WORD}(?:(?:[ \t]{{1,2}}|[ \t]*\n[ \t]*(?=[^\n|:]{{0,40}}(?:\n|\Z))"
    rf"(?=[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){{0,2}}[ \t]*(?:[,()\-\u2013/]|\n|\Z))"
    # session 54 (deid tester V): nor a job title under a signature ("Dr Anil Krishnamurthy\nSenior Resident, Dept ...")
    rf"(?!(?:The|Senior|Junior|Chief|Nurse|Consultant|Specialist|Registrar|Resident|Charge|Clinical|Associate|Assistant|Principal"
    rf"|Attending|Practitioner|Physician|Surgeon|Dept|Department|Division|Director|Manager|Staff|Sent|Head)\b"
    rf"|[^\n]*\b(?:Surgery|Practice|Centre|Center|Clinic|Hospital|Medical|Health|Polyclinic|Pharmacy|Infirmary)\b))"
    # session 55 (deid tester E): nor a form's next field after two spaces ("Dr Jake Brown  Transcribed by: ...", "Dr. Joyce
    # Fellow: Nicola Roberts")
    rf"(?!(?<=[ \t]{{2}})[A-Z][\w'.-]*[ \t]*:)(?![A-Z][\w'.-]*[ \t]+by[ \t]*:)"
    rf"(?:(?:van|von|de|der|den|du|da|dos|del|di|la|le|ter|ten|O|Ni|Ui|Nic|Mac)[ \t]+){{0,2}}"
    rf"{_NAME_WORD}){{0,2}})"
)
# round 9: the context words are matched on the lower-cased text (``values.lowered``) and
# the name after them on the text: a case-insensitive alternation costs ~4x more
CONTEXT_LEAD = by_first_letter(compile_rx(
    r"(?:\b(?:name|pt|pt|patient|pt name|patient name|nok|next of kin|contact|attending|resident"
    r"|consultant|nurse|rn|md|pa|np|signed|author|provider|surgeon|physician|dictated by|cc"
    r"|anaesthetist|anesthetist|scrub|assistant|visitors?|attendees|present|chair|witness"
    r"|interpreter|caller|from|to|gp|carer|key ?worker|social worker"
    r"|support person|nominated person|nominated support person|chaperone"  # session 21 (v59, v68)
    r"|child|pupil|da|dental nurse|hygienist"
    r"|participant|client|care co-?ordinator"
    r"|athlete|traveller|traveler|employee|legal name|preferred name|nama)\s*:\s*"  # session 41 (deid tester): "Participant: Hope Carter"  # session 40 (deid tester): "Child: Darnell Sharp", "DA: Will"
    r"|\b(?:e-signed|esigned|electronically signed(?: by)?)\s+"  # session 21 (v64): "e-signed Hao D. Liang"
    # session 41 (deid tester): "nurse in charge" before "nurse" ("Nurse in charge: Holly B." had taken
    # "nurse " as the lead and found no name in "in charge")
    r"|\b(?:nurse in charge|seen by|reviewed by|examined by|discussed with|handed over to|signed by"
    r"|dictated by|referred by|covered by|called|paged|informed|cared for by"
    r"|spoke (?:with|to)|escorted by|accompanied by|visited by|sister|brother"
    r"|(?:son|daughter|brother|sister)-in-law|found by|sent by|handed to"
    r"|daughter|son|wife|husband|partner|mother|father|spouse|carer"
    r"|dtr|dau|hubby"  # session 59 (deid tester B): "NOK dtr Will 0412 ..."
    r"|friend|neighbou?r|guardian|c/o|handover (?:to|from)|confirmed by"
    r"|approved by|ordered by|transcribed by|witnessed by|prescribed by"
    r"|consultant|reg|registrar|sho|fy[12]|hca|physio|ot|sw|nurse|rn|crew"
    r"|cn|nic|nurse in charge|charge nurse"  # session 37: "Handover to CN Pereira" (not "RGN, Practice Nurse")
    r"|pharmacist|niece|nephew|grand(?:son|daughter)|nok|contact|letter from"
    r"|cousin|uncle|aunt|aunty|auntie"  # session 16 (v45): "worried about cousin Lionel"
    r"|handed over by|review(?:ed)? by|this is|visit to|rang|phoned|called by|phoned to|reported to"
    r"|read back by|results? given to|rang through to|phoned through to|reported by|authori[sz]ed by"
    r"|dad|mum|mom|grandma|grandpa|nana|kaum\u0101tua|kaumatua|kuia|moko|mokopuna|whaea|matua|koro"
    r"|anesthesiologist|anaesthesiologist|crna"
    r"|assessed by|seen with|clerked by|triaged by|liaised with"
    r"|given by|checked by|administered by|countersigned by|prepared by"
    # session 35: without a colon the name is on the lead's line ("Linda Cook, RN\nDate: ...")
    r"|drawn up by|omitted by|withheld by|done by|taken by|inserted by"
    r"|completed by|recorded by|entered by|ward manager"
    r"|speaking (?:with|to)|talking (?:with|to)|case manager|care manager|cts driver|transport driver|taxi driver|eldest child|youngest child"
    r"|legal name)\b(?:,?[ \t]+|,?:\s+)"
    # round 10: a relation, a dash, a name ("Mother - May, died age 80")
    r"|\b(?:mother|father|brother|sister|son|daughter|wife|husband|partner|spouse|aunt|uncle"
    r"|cousin|niece|nephew|grand(?:mother|father|son|daughter))[ \t]+[-\u2013][ \t]+)"
))
CONTEXT_NAME = compile_rx(
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev)\b)"
    # session 40 (deid tester): an initial without its stop before a surname ("Seen by P Price, Consultant")
    rf"((?:(?:[{_UP}]')?[{_UP}][{_LO}][{_AL}'-]*|[{_UP}]\.|(?!X[ \t])[{_UP}](?=[ \t][{_UP}][{_LO}]{{2}}))"
    # session 41 (deid tester): initials written together ("Seen by: Y.O.", "G.B.")
    # session 56: not a form's next label after two spaces ("Resident: Paul Grant  Scribe: Ana Ruiz")
    rf"(?:[ \t]{{1,2}}(?!(?<=[ \t]{{2}})[{_UP}][{_LO}]+[ \t]*:)(?:(?:[{_UP}]')?[{_UP}][{_LO}][{_AL}'-]*|[{_UP}]\.)"
    rf"|(?<=\.)[{_UP}]\.){{0,2}})"
)  # the words of a name never cross a line end ("nurse Tika\nCubicle 7")

# round 8: staff roles and letter / message address words before a name; the words taken
# must be listed, unknown or rare ("scrub Hope", "CPN J. Taverner", "Dear Rowena"; not "CNS
# Diabetes", "Dear Sir")
ROLE_NAME = by_first_letter(compile_rx(
    r"\b(?:[Ss]crub|ODP|CPN|SN|[Tt]ech|[Tt]echnician|[Mm]idwife|[Pp]orter|[Pp]aramedic|SpR|CNS"
    r"|ANP|ACP|APN|[Mm]atron|[Dd]ietitian|RD|SLT|[Ss]tudent|[Ll]ocum|[Tt]herapist|[Cc]haplain"
    r"|[Ii]nterpreter|[Dd]ear|[Pp]er|[Cc]c|[Aa]ttn|FAO|[Tt]hanks to"
    # session 41: Philippine barangay health / nutrition workers, community health volunteers, domestic workers;
    # session 42: Mental Health Act roles
    r"|LPN|LVN|HCA|PCT|CNA|[Cc]o-?ordinator|BHW|BNS|CHV|FDW|AMHP|IMHA|IMCA"
    r"|(?:[Oo]utreach|[Ss]upport|[Ll]ink|[Cc]ase|DOT|[Yy]outh|[Pp]eer)[ \t]+[Ww]orker|[Kk]ey[ \t]?worker)\b"  # (v64): "outreach worker Javier Ruiz"  # session 21 (v63): "LPN Arvin Buenaventura", "Tx coordinator Rhea"
    r"(?:[ \t]*\([A-Z][A-Za-z]{1,5}\))?,?:?[ \t]+"  # session 21 (v60): "Dietitian (APD): Mirna Haddad"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev)\b)"
    rf"((?:(?:[{_UP}]')?[{_UP}][{_LO}][{_AL}'-]*|[{_UP}]\.)"
    rf"(?:[ \t]+(?:(?:[{_UP}]')?[{_UP}][{_LO}][{_AL}'-]*|[{_UP}]\.)){{0,2}})"
))

# "SURNAME, Given" / "SURNAME Given" (the caps word checked against the abbreviation list)
CAPS_NAME = compile_rx(
    # session 41 (deid tester): capitals particles before the surname ("TE RANGI, Mere", "DE LOS REYES, Ana")
    r"\b((?:(?:TE|DE|DEL|DELA|DELLA|LA|LAS|LOS|VAN|DER|DEN|VON|DA|DOS|DAS|DI|DU|LE|AL|EL|BIN|BINTI|NI|NIC|MAC)[ \t]+){0,2}"
    rf"(?:[{_UP}]')?[{_UP}]{{2,}}(?:[-'][{_UP}]{{2,}})?)(,[ \t]*|[ \t]+)([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)\b"
)

# Speed: a lookahead on what a match's first characters must be, put in front of each
# alternation. Python's ``re`` tries every branch of an alternation at every position; the
# gate fails at most positions (lower-case letters, spaces) after one character test, and a
# gated pattern finds exactly the matches of the ungated one (tests/unit/test_deid_gates.py)
_GATES: dict[str, str] = {
    "url": r"[hfwHFW]",
    "email": r"[\w.+%'-]",  # and only run when the text has an "@" (scrub.py)
    "ip": r"\d|[0-9a-fA-F]{1,4}:",
    "ssn": r"[\dsS]",
    # a digit, blanks then a digit (a day/month opening a line), or the first two letters of
    # a weekday, month or holiday
    "date": (
        r"\d|[ \t]+\d|Mo|Tu|We|Th|Fr|Sa|Su|Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De"
        r"|JA|FE|MA|AP|JU|AU|SE|OC|NO|DE|Ch|Ne|Bo|Ea|Go|Ha|In|Me|La|Ve|Re|Va|Di|Ei|Xm|Q[1-4]"
    ),
    "weekday": r"[MTWFS]",
    "the": r"[tTuUbBaAfFsS]",  # session 34: "until 14th", "by 21st", "from 2nd", "since 3rd"
    "phone": r"[\d+(]",
    "address": r"[\dA-Zp]",
    "zip": r"[\dA-Z,\nzpP]",
    "id": r"\d|[A-Z]{1,12}[\d/-]|[a-f][0-9a-f]{7}-|[ \t]\d",  # bounded: no scan to the end of a long capital run
    "age": r"[\daAMFlLdDsS]",  # session 43: "lived to 96", "died at 94", "survived to 100"
}


def gated(rx: Rx, gate: str) -> Rx:
    """``rx`` behind a lookahead ``gate`` that every match of ``rx`` satisfies at its start."""
    return compile_rx(f"(?={gate})(?:{rx.pattern})", rx.flags)


RECOGNISERS: tuple[Recogniser, ...] = (
    ("[URL]", gated(_URL, _GATES["url"]), 0),
    ("[EMAIL]", gated(_EMAIL, _GATES["email"]), 0),
    ("[IP]", gated(_IP, _GATES["ip"]), 0),
    ("[SSN]", gated(_SSN, _GATES["ssn"]), -1),
    ("[DATE]", gated(_DATE, _GATES["date"]), -1),
    ("[DATE]", gated(_DATE_WEEKDAY, _GATES["weekday"]), 0),
    ("[DATE]", gated(_DATE_THE, _GATES["the"]), 1),
    ("[PHONE]", gated(_PHONE, _GATES["phone"]), -1),
    ("[ADDRESS]", gated(_ADDRESS, _GATES["address"]), 0),
    ("[ZIP]", gated(_ZIP, _GATES["zip"]), -1),
    ("[ID]", gated(_ID, _GATES["id"]), -1),
    ("[AGE]", gated(_AGE, _GATES["age"]), -1),
)
# Speed (round 12): what the lower-cased text must contain for a recogniser to match at all,
# searched once per text; None: always run. Each hint is implied by every match of its
# recogniser (tests/unit/test_deid_round12.py), so a text without it has no match to lose.
RECOGNISER_HINTS: tuple[Rx | None, ...] = (
    None,
    compile_rx("@"),  # e-mail
    # IPv4 "d.d.d.d"; IPv6 "h::" or "h:h:h" (a clock time "10:30" or a decimal "4.1" is no hint)
    compile_rx(r"\d\.\d{1,3}\.\d{1,3}\.\d|::|[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]"),
    compile_rx(r"\d{3}-\d{2}-\d{4}|ssn|social security|ss#"),  # SSN: the shape or a label
    None, None, None, None, None, None, None, None,
)
UNGATED: tuple[Recogniser, ...] = (
    ("[URL]", _URL, 0),
    ("[EMAIL]", _EMAIL, 0),
    ("[IP]", _IP, 0),
    ("[SSN]", _SSN, -1),
    ("[DATE]", _DATE, -1),
    ("[DATE]", _DATE_WEEKDAY, 0),
    ("[DATE]", _DATE_THE, 1),
    ("[PHONE]", _PHONE, -1),
    ("[ADDRESS]", _ADDRESS, 0),
    ("[ZIP]", _ZIP, -1),
    ("[ID]", _ID, -1),
    ("[AGE]", _AGE, -1),
)  # the same recognisers without gates: the reference the gated ones are tested against
# run on the lower-cased text (``fields.lowered``: same length and indices)
LOW_RECOGNISERS: tuple[Recogniser, ...] = (
    ("[DATE]", _DATE_DOB, 1),
    ("[PHONE]", _PHONE_LABELLED, 1),
    ("[ID]", _ID_LABELLED, 1),
    ("[ID]", _ID_LABELLED_GROUPS, 1),
    ("[ID]", _NHI, 1),
    ("[PHONE]", _PHONE_SHAPES, 1),
    ("[ID]", _ID_SHAPES_LOW, 1),
)
