"""Round 9: values found by their field label or their shape ("default-deny" for digits).

- an id after an id label (job, case, claim, MBI, unit no, ...; not a drug lot or batch) or after "<word> #",
  whatever its shape; a letter-digit code of 3+ dash groups ("5DG2-FJ6-DD85"); a 2-4 digit
  group, a dash and 5-8 digits ("31-77410", no dose range);
- a pager number after its label ("pgr 44183"; a 4-digit bleep / extension is internal and
  stays); a local phone number "555-0199" (no time range "830-1230");
- an age over 89 before "/M" ("96/F"); a flat / studio / apartment / suite number opening an
  address part and a second unit designator ("Apt 9 #332");
- a weekday before a month/day ("Sat 3/30"), and every bare day/month or month/day that is
  no clinical notation: not after a score or duration word ("Pain 7/10", "MRC 3/5", "in
  3/12"), not a score out of a usual maximum after a label unless a date word is among the
  two words before ("Oxford 4/5"; "CT chest 3/14" is a date), not before a lower-case word
  or a unit ("4/5 power", "1/2 tab"), not a duration ("2/7 hx"), not after "=" or "+";
  after the v9 measurement: a score after any label of two or more capitals ("STOP-BANG 5/8",
  "BCx 2/2") and Snellen acuity near an eye word ("LE 6/12") are clinical, but a day/month
  before a clock time is always a date ("MA 8/25 09:30"); a "#" number before a lower-case
  word or a slash is a count ("#3 mobility", "#90/30 days"), not a flat number.

Labels are matched on the lower-cased text (``lowered``: same indices), which costs far less
than a case-insensitive alternation.
"""

from __future__ import annotations

import re

from processors.deid.alternation import by_first_letter
from processors.deid.guard import EPONYM_SCALES, is_drug_word
from processors.deid.initials import _CRED_WORDS
from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV
from processors.deid.patterns import _DM_LEAD, TEN_SCORE_EARLIER, TEN_SCORE_NEXT, UK_DURATION
from processors.deid.prefilter import Rx

__all__ = ["field_spans", "lowered"]

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_MON = r"(?:1[0-2]|0?[1-9])"
_WEEKDAY = (
    r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?,?[ \t]{1,2}"  # a weekday beside its date, not a table column before it
)
_ID_LABEL = (
    r"job|case|claim|policy|member|order|ticket|req|requisition|accession|specimen"
    r"|encounter|visit|acct|account|invoice|confirmation|reference|ref|file|record|chart|mbi"
    r"|medicare|medicaid|subscriber|group|authori[sz]ation|auth|report|referral|booking"
    r"|episode|dea|npi|licen[cs]e|registration|badge|employee|fin|csn|har|pid|empi|uhid|chi"
    r"|ihi|hcn|cin|barcode|sample|tracking|voucher|certificate|passport|unit no|unit number"
    r"|medical card|hkid|hkic"  # session 9 (v27): Irish medical card, Hong Kong identity card
    r"|ip no|ip number"  # session 9 (v28): an Indian in-patient number
    r"|mission"  # session 23 (v75): a retrieval service's mission number
    r"|index no|index number|dictation|transcription"  # session 40 (US deid tester): "Batch: 4411  Index No. 8SWNYU47"
    r"|transmitter"  # session 23 (v79): a CGM transmitter's serial
    r"|datix|reg|sn|insurance card"  # session 11 (v32): "Datix 211687", "MHSC Reg: 716403", "SN 51072-908564"
    r"|abha|abha no|art no|art number|hpi cpn|cpn"  # v33: India ABHA, Zambia ART number, NZ HPI CPN
    r"|screening no|screening number|screening id|randomi[sz]ation no|randomi[sz]ation number|work permit"
    r"|permit no|permit number"  # session 12 (v36): trial screening numbers, work permits
    r"|ooaq|oiiq|cpso|mcnz|ncnz|hpcsa|uci|ets|hub|mcrn|s/n"  # session 13 (v39): Quebec/Ontario/NZ/SA registrations, IRCC UCI, TB ETS
    r"|machine|specimens|ic|mykad|gmc|gdc|nmc|hcpc|ahpra"  # third tester: staff registration numbers  # v34: "Machine FMC5008-XV674039", "Specimens: NG24-74506 A-C"
    r"|custody|uan|interpreter|force|service|wp"  # session 21 (v66): "Custody no: WY/50235/24", "UAN:", "force no."
    r"|hsn|nhia|nhis|rid"  # session 22 (v70): Saskatchewan HSN, Nigeria NHIA, "Registry RID 5177-7651-1"
    r"|mcp|ipd no|ipd number|opd no|opd number"  # session 22 (v73): Newfoundland MCP, Indian IPD / OPD numbers
    r"|naati"  # session 24 (v83): an interpreter's accreditation number
    r"|cpsbc|cpsa|cpsm|cpss|cpsns|cmq|esm"  # session 24 (v85): provincial colleges, an ex-serviceman's number
    r"|a-number|alien number|alien no|sanc|sapc|mdcn"  # session 22 (v72): US alien registration, SA / Nigerian councils
    r"|accreditation"  # session 26 (v98): "AEP (ESSA accreditation 587289)"
    r"|imc"  # session 26 (v101): the Irish Medical Council's registration ("IMC 204615")
    r"|mrd"  # session 36 (second tester): an Indian medical records department number ("MRD No. 45/043905")
    r"|pnc|cad|cro|prison"  # session 38 (deid tester): police / custody numbers ("PNC: 96/997687W", "CAD 2878 14/3")
    r"|ramq|nam|permis|code porte"  # session 58 (deid tester I): Quebec health card, physician licence, door code
    r"|ocp|apc|emp|nremt"  # session 58 (deid tester C): paramedics' registrations and employee numbers ("OCP 949147", "EMP 53167")
)
_DURATION_AFTER = (
    r"[ \t]*(?:FU|f/u|F/U|hx|Hx|ago|power|weeks?|months?|days?|history|duration|post|prior"
    r"|later|sx|symptoms?|old|wk|wks|mth|mths|yr|yrs|match|matched"  # session 17 (v49): "10/10 match"
    r"|MATCH|Match|Matched|HLA|\(?haplo"  # session 22 (v70): "10/10 MATCH", "5/10 (haplo)", "10/10 HLA-matched"
    r"|NS|NSS|strength|supply|supplies)\b"  # session 36: "1/2 NS" (half-normal saline), "1/4 strength"; session 60: "(5/7 supply)"
)
_REFERENCE_RANGE = compile_rx(r"\d{1,6}(?:\.\d{1,3})?(?:[ \t]*-[ \t]*\d{1,6}(?:\.\d{1,3})?)?")
_CARE_CHART = compile_rx(r"\b(?:drug|drugs|med|meds|medication|obs|observation|fluid|fluids|feed|feeding|flow|prescription|treatment"
                         r"|bowel|turning|repositioning|food|stool|sleep|pain|glucose|insulin|nursing)[ \t]+\Z")
# an id label (matched on the lower-cased text) and its value (on the text), whatever its shape
_ID_LABEL_RX = by_first_letter(compile_rx(
    rf"\b(?:{_ID_LABEL})\b\.?[ \t]*(?:#|no\.?|number|num|id|code)?[ \t]*[:#]?[ \t]*"
))
_ID_VALUE = compile_rx(r"\d{1,3}\.\d{5,}\b(?!\.\d)|(?!\d{1,2}[x\u00d7]/)(?=[\w/-]*\d)[A-Za-z0-9][\w/-]{3,}\b(?:\([0-9A]\))?")  # "H950922(6)": a check digit; not "2x/week" (session 24)
# (session 25, v92: a licence number with a dot after its board prefix, "Ohio license 35.917990")
# session 8: digit groups after a short first group of a labelled id ("Unit number G123 456 789 012")
_ID_GROUPS = compile_rx(
    r"(?:[ \t]\d{2,6}\b(?![.,:/]\d|[ \t]*(?:mg|mcg|ml|mmol|units?|iu|%|kg|g|y|yo|yrs?|years?|m|f)\b)){1,4}"
    r"(?:[ \t]\d/\d\b(?![/.]\d))?"  # an Australian Medicare number's reference "1611 08518 2/2"
)
# a short first digit group, then a long one; or three groups of three ("HSN 482 356 332")
_VERSION_CODE = compile_rx(r"[ \t-]?[A-Z]{2}\b(?![ \t]*[a-z])")  # "OHIP 6700153924-LA" (v97)
_GAS_VALUE = compile_rx(r"(?i:spo2|sao2|fio2|etco2|pao2|paco2|po2|pco2|hba1c)\b")
_SHORT_LEAD = compile_rx(r"(?:\d{1,3}[ \t]\d{4,}|\d{3}(?:[ \t]\d{3}){1,2}[ \t]\d{3,4})\b(?![.,]\d)")
# session 14 (v42): a letter prefix, then digit groups ("Coroner's case no: COR 2024 001169")
# or one long digit group after a short letter prefix (session 22, v72: "HPCSA PA 3231197")
_LETTER_LEAD = compile_rx(r"[A-Z]{2,5}(?:(?:[ \t-]\d{2,8}){2,3}|[ \t]\d{5,9})\b(?![.,]\d)")
# "<word> #: 615758", "case # 20-39649"
_HASH_ID = compile_rx(
    r"#[ \t]?:?[ \t]*(\d[\d-]{3,}\b(?!-)|(?=[A-Z0-9-]*\d{3})[A-Z0-9][A-Z0-9-]{3,}\b"
    r"|[a-z]\d{2}-\d{4,7}\b)"  # session 22 (v74): a lower-case specimen number ("path # s25-74789")
)
# after v12, found by a cheap hit then checked around it (speed):
# - an "x" extension after a credential or a name at a signature ("LICSW  x45601"): two spaces or
#   a comma before it, the line or the item ending after it;
# - an age over 89 after a person and "is" / "turned" ("mom (sarah) is almost 95", "Pt is
#   ninety-nine", "will turn 100") or a decade of life ("in her early 90s"); never a measure
#   ("SpO2 is 95", "turned 90 degrees", "sats in the 90s", "95 %", "90/60")
_X_EXT = compile_rx(r"x(\d{4,5})(?=[ \t]*(?:[\n),;|]|\Z))")
_X_EXT_BEFORE = compile_rx(r"[a-z](?:,[ \t]*|[ \t]{2,})\Z")
_AGE_HIT = compile_rx(
    r"\b(?:(?:9\d|1[01]\d)\b(?!s)|ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
    # session 33 tester: "ninety two" and "one hundred and one" whole, not "[AGE] two"
    r"|one hundred(?:[- ]and[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?\b"
    r"|(?:(?:early|mid|late)[ -]?)?(?:90s|nineties|100s)\b)"
)
_AGE_AFTER = compile_rx(
    r"(?![.,/:]\d|[ \t]*(?:%|°|deg|degrees|mm|cm|kg|lb|bpm|mg|ml|mmhg|on (?:ra|room|air|\d)))"
)
_AGE_BEFORE = compile_rx(
    r"(?:(?:\b(?:he|she|pt|patient)|\b(?:mom|mum|mother|father|dad|grandma|grandpa|grandmother"
    # session 54 (deid tester X): the relative's name between ("Nan Georgina is 93 and unable to help"; on the lower-cased text)
    r"|grandfather|husband|wife|aunt|uncle|sister|brother|nan|nana|nanna|gran|granny|grandad|granddad)"
    r"(?:[ \t]+(?!(?:sats|temp|temperature|hr|bp|spo2|o2|pulse|rr|score|weight|glucose|bm|sugar|sugars)\b)[a-z][a-z'-]+)?|\))"
    r"[ \t]+(?:is|was)[ \t]+"
    r"(?:(?:almost|nearly|now|only|just|about|over|at least)[ \t]+)?"
    # session 33 tester: a relative's age without the verb ("her husband is 97 and her sister 99")
    r"|\b(?:his|her|their|and|whose)[ \t]+(?:mom|mum|mother|father|dad|grandma|grandpa|grandmother"
    r"|grandfather|husband|wife|aunt|uncle|sister|brother|partner|spouse)(?:[ \t]+(?:aged|is|was))?[ \t]+"
    r"|\b(?:turns?|turned|turning)[ \t]+)\Z"
)
_DECADE_BEFORE = compile_rx(r"\bin[ \t]+(?:his|her|their)[ \t]+\Z")


def _post_v12_spans(low: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _X_EXT.finditer(low):
        if _X_EXT_BEFORE.search(low, max(0, m.start() - 12), m.start()):
            out.append((*m.span(1), "[PHONE]"))
    for m in _AGE_HIT.finditer(low):
        s, e = m.span()
        before = low[max(0, s - 40) : s]
        if low[e - 1] == "s" or low[s].isalpha() and not low[s].startswith(("n", "o")):
            if _DECADE_BEFORE.search(before):  # "in her early 90s"
                out.append((s, e, "[AGE]"))
        elif _AGE_AFTER.match(low, e) and _AGE_BEFORE.search(before):
            out.append((s, e, "[AGE]"))
    return out

_LOW_RX: tuple[tuple[str, Rx], ...] = (
    (
        "[PHONE]",
        compile_rx(
            r"\b(?:pgr|pager|beeper)\b\.?[ \t]*#?:?[ \t]*(\d{4,6}|\d{1,3}-\d{3,5})\b(?![.:/]\d)"
            # a 4-digit bleep or extension is an internal number, no PHI ("bleep 1926", "ext 4570";
            # kept after v12: v5-v7 label them clinical values, v12 PHI)
            r"|\b(?:bleep|blp|ext|extn)\b\.?[ \t]*#?:?[ \t]*(\d{5,6})\b(?![.:/]\d)"
        ),
    ),
    # an age over 89 in words after "aged" / "age" or before "years" ("aged ninety-two")
    (
        "[AGE]",
        compile_rx(
            # (?=[no]): a one-character gate before the look-behinds (round 10 speed)
            r"(?=[no])(?:(?<=\bage[d:] )|(?<=\bage ))(?:ninety(?:[- ](?:one|two|three|four|five|six|seven"
            r"|eight|nine))?|one hundred(?:[- ](?:and[- ])?\w+)?)\b"
            r"|(?:\bninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|\bone hundred"
            # round 10: "a one hundred and four-year-old"
            r"(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)"
            r"(?=[- ](?:years?|yrs?|y/?o|year-old)\b)"
        ),
    ),
)  # run on the lower-cased text
_FIELD_RX: tuple[tuple[str, Rx], ...] = (
    # a local phone number "555-0199" (no dose range, no time range "830-1230")
    (
        "[PHONE]",
        compile_rx(
            r"(?<![\w.:/-])(?!(?:[1-9]|1\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d\b)\d{3}-\d{4}\b"
            r"(?![.-]\d|[ \t]*(?:mg|mcg|ml|mL|units?|IU|iu|g|kg|%|mmol|copies|hrs?|h|Hz|kHz|hz|dB|ms)\b)"
        ),
    ),
    # default-deny: a 2-4 digit group, a dash and 5-8 digits that is no dose range
    (
        "[ID]",
        compile_rx(
            r"(?<![\w.-])\d{2,4}-\d{5,8}\b(?![.-]\d|[ \t]*(?:mg|mcg|ml|mL|units?|IU|iu|g|kg|%|mmol|copies))"
        ),
    ),
    (
        "[ID]",
        compile_rx(
            r"\b(?=(?:[A-Z-]*\d){4})(?=[\dA-Z-]{0,60}[A-Z])[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){2,}\b"
        ),
    ),
    # "96/F", "92yoF", "92 yoM", "F/92"
    (
        "[AGE]",
        compile_rx(
            r"(?=[19])(?:\b(9\d|1[0-2]\d)(?=[ \t]*/[ \t]*(?:M|F|male|female)\b|[ \t]?(?:yo|y/o|yrs?|y)[ \t]?[MF]\b)"
            r"|(?<=\b[MF]/)(9\d|1[0-2]\d)\b(?![/.]\d))"
        ),
    ),
    (
        "[ADDRESS]",
        compile_rx(
            # session 57 (deid tester N): a problem list's "#1 Sepsis" at a line's start is no unit ("#" there needs 3 digits)
            r"(?m)(?:^|,[ \t]|\d,?[ \t])[ \t]*((?:Flat|Studio|Apt\.?|Apartment|Suite|Ste\.|Unit|(?<=[,\d][ \t])#|(?<=\d,[ \t])#|#(?=[ \t]*\d{3}))"
            r"[ \t]*#?[ \t]*\d+[A-Za-z]?\b(?!\.\d|[ \t]*(?:mg|ml|mL|%|units?)\b))"
        ),
    ),
    (
        "[DATE]",
        compile_rx(
            rf"\b{_WEEKDAY}(?:the[ \t]+)?{_MON}/{_DAY}(?:/(?:\d{{4}}|\d{{2}}))?\b(?![/%])(?!{_DURATION_AFTER})"
        ),
    ),
)

# bare day/month, month/day: a date unless it is clinical notation
_DM = compile_rx(rf"(?<![\w/.:+=^-])({_DAY})/({_DAY})(?![\w/%]|[.:,]\d)")
_DM_NOT_AFTER = frozenset(
    [
        "profusion",  # session 16 (v47): the ILO classification of a chest film ("profusion 2/1")
        "pain",
        "mrc",
        "power",
        "gcs",
        "strength",
        "score",
        "grade",
        "mood",
        "gleason",
        "apgar",
        "apgars",  # session 23 (v80)
        "bipap",  # session 25 (v92): non-invasive ventilation pressures ("bipap 14/5", "ipap/epap 16/6")
        "niv",
        "cpap",
        "epap",
        "pc",  # session 36 (second tester): ventilator settings ("PC 28/12", "PS 10/5", "PSV 12/5")
        "ps",
        "psv",
        "prvc",
        "simv",
        "ratio",
        "in",
        "for",
        "x",
        "over",
        "within",
        "past",
        "last",
        "next",
        "every",
        "per",
        "of",
        "out",
        "nyha",
        "ecog",
        "who",
        "stage",
        "tabs",
        "tab",
        "caps",
        "dose",
        "sats",
        "sat",
        "fio2",
        "bristol",
        "tone",
        "reflexes",
        "reflex",
        "vision",
        "va",
        "acuity",
        "eye",
        "motor",
        "verbal",
        "rass",
        "cam",
        "borg",
        "mmse",
        "moca",
        "amt",
        "frequency",
        "times",
        "q",
        # session 10 (v31): counts, not days ("Lymph nodes 2/18", "trastuzumab cycle 9/17")
        "nodes",
        "node",
        "cycle",
        "cycles",
        "fraction",
        "fractions",
        # session 27 (v108): the domains of a cognitive test ("ACE-III ... memory 6/26, fluency 4/14")
        "attention",
        "memory",
        "fluency",
        "language",
        "visuospatial",
        "orientation",
        "registration",
        "naming",
        "abstraction",
        "recognition",
        "rudas",
        "zarit",
        "gpcog",
    ]
)
_DM_FOLLOW_OK = frozenset(
    [
        "and",
        "or",
        "at",
        "to",
        "on",
        "from",
        "until",
        "till",
        "by",
        "with",
        "via",
        "in",
        "pm",
        "am",
        "please",
        "then",
        "as",
        "if",
        "so",
        "but",
    ]
)
# session 48 (deid tester: "3/12 AGO", "2/7 HISTORY", "1/2 TAB", "3/7 OF FEVERS", "6/12 FOLLOW-UP" in notes typed in
# capitals were dates): any case, and a tablet's fraction, a follow-up's and a complaint's duration
_NOT_DURATION = compile_rx(
    "(?i:" + _DURATION_AFTER + r"|[ \t]*(?:tabs?|tablets?|follow[- ]?up|f/up)\b"
    r"|[ \t]*of[ \t]+(?:[a-z]+[ \t]+)?(?:fevers?|symptoms?|cough\w*|pain|vomiting|diarrh\w*|headaches?|sob|weight[ \t]+loss)\b"
    # session 51 (deid tester E): a murmur's grade ("3/6 HSM apex", "2/6 SEM at RUSB")
    r"|[ \t]*(?:hsm|sem|psm|esm|mdm|edm|holo-?systolic|pan-?systolic|systolic|diastolic|ejection|murmur|blowing|harsh|"
    r"crescendo|decrescendo|mid-?systolic|early[ \t-]+(?:systolic|diastolic)|late[ \t-]+systolic|rumble)\b)")
# a score out of a usual maximum after a label ("Oxford 4/5", "Tinetti 14/28"); after a date
# word it is a date ("on 3/10")
_SCORE_MAX = frozenset((3, 4, 5, 6, 9, 10, 15, 20, 28, 30))
_CAPS_SCORE_MAX = _SCORE_MAX | frozenset((14, 16, 17, 18, 21, 23, 24, 25, 26, 27))  # "PUSH 8/17", "Braden 14/23", "PHQ-9 ... /27"
_UK_DENOMINATORS = frozenset((7, 12, 24, 52))  # days, months, hours, weeks: "for 3/7", "for 2/52"
# session 38 (deid tester): a UK duration after a word that takes one ("no weapon handling 7/7",
# "Rv 4/24 or sooner", "off work 2/7", "light duties 2/52"): days, hours or weeks, never a day
_DURATION_LEAD = frozenset(["rv", "review", "reviewed", "handling", "duties", "duty", "work", "driving", "lifting",
                            "rest", "leave", "restrictions", "restricted", "recheck", "repeat", "obs", "observe",
                            "off", "sick", "abx", "antibiotics", "course", "continue", "nbm", "within", "every", "x"])
_NEXT_OR_FOLLOW_UP = compile_rx(r"(?i:\bnext|\bfollow[- ]?up|\bf/u)[ \t]*\Z")  # not a field's date ("30-day follow-up: 7/12")
_DOC_OF = compile_rx(
    r"\b(?i:note|notes|letter|visit|entry|admission|report|e-?mail|call|consult|consultation|discharge"
    r"|appointment|attendance|encounter|surgery|operation|episode|weekend|week|night"
    r"|CT|MRI|MRCP|scan|echo|CXR|ECG|EKG|USS|PET|biopsy|bloods|labs"
    r"|IgG|IgM|titre|titer|results?|tests?|serology|screen)[ \t]+of[ \t]*\Z"  # session 21 (v64): "IgG of 12/17"
)
_CLAUSE_END = compile_rx(r"[ \t]*(?:[.;,)?!]|$)", re.MULTILINE)  # session 21 (v67): "accept for 6/17?"
# the two words before, within the sentence (session 6: "Echo 2/8. BCx 2/2" is a score after BCx)
_LEAD_WINDOW = compile_rx(r"([A-Za-z][A-Za-z/]*)[^A-Za-z\n.;]*([A-Za-z][A-Za-z/]*)?[^A-Za-z\n.;]*\Z")
_PREV_WORD = compile_rx(r"([A-Za-z][A-Za-z0-9]*)[ \t]*:?[ \t]*\Z")
_PREV_BRACKETED = compile_rx(r"([A-Za-z][A-Za-z0-9]*)[ \t]*\([A-Za-z0-9 -]{1,14}\)[ \t]*:?[ \t]*\Z")  # a label and its tool
_NEXT_WORD = compile_rx(r"[ \t]+([A-Za-z][A-Za-z'-]*)")
# session 18: a placeholder stands for the word it replaced ("by [NAME] 4/4" reads as "by Okonjo 4/4")
_PREV_PLACEHOLDER = compile_rx(r"\[([A-Z]+)\][ \t]*:?[ \t]*\Z")


# places and meetings: a day/month after them is a date ("ED 3/4", "MDT 12/5")
# a score fraction (or a list of them) opening a bracket before single-letter domains
_SUBSCORE_BEFORE = compile_rx(r"\d/\d{1,3}[ \t]*\((?:[^()\n]*,[ \t]*)?[A-Z][ \t]*\Z")
# session 9 (v26/v27): domain words in a bracketed subscore list after a total ("ACE-III 68/100
# (attention 14/18, memory 12/26, fluency 5/14")
_SUBSCORE_WORD_BEFORE = compile_rx(r"\d/\d{1,3}[ \t]*\((?:[^()\n]*,[ \t]*)?[A-Za-z][A-Za-z-]{1,15}[ \t]*\Z")
# UK shorthand durations ("review 6/12" six months, "complete 5/7" five days, "TTO 14/7"):
# after these words a day/month whose second number is 7 or 12 is a duration
_UK_COURSE_BEFORE = frozenset(
    ["review", "recall", "rv", "tto", "complete", "completed", "course", "further", "another",
     "abx", "antibiotics", "ivabx",  # session 26 (v100): "abx 1/7" is one day of antibiotics
     "mg", "g", "mcg", "od", "bd", "tds", "qds", "nocte", "mane", "daily", "po", "iv", "oral",
     "clinic", "opd", "opa", "fu", "f/u", "appt", "appointment",
     # session 10 (v29): "CT surveillance at 12/12", "levofloxacin hourly day and night 2/7"
     "surveillance", "hourly", "night", "nightly", "bid", "tid", "qid", "weekly", "r/v",
     "supplied", "supply", "dispensed"]  # session 16 (v46): "Tab Aspirin 100 mg OD - supplied 1/12"
)
_UK_COURSE_WORDS = frozenset(["review", "recall", "rv", "tto", "complete", "completed", "course",
                              "clinic", "opd", "opa", "f/u", "appt", "surveillance", "r/v"])
# a symptom then "3/7" / "6/12" is how long it has lasted ("fever 3/7", "weight loss 6/12")
_SYMPTOM_BEFORE = frozenset(
    ["fever", "fevers", "cough", "pain", "vomiting", "diarrhoea", "diarrhea", "loss", "sob", "breathlessness", "headache", "rash", "malaise", "symptoms", "illness", "lethargy", "confusion", "swelling", "bleeding", "discharge", "dysuria", "constipation", "fatigue", "tiredness", "wheeze", "itch", "palpitations",
     "tightness", "dyspnoea", "dyspnea", "nausea", "dizziness", "weakness", "numbness", "claudication",
     "angina", "syncope", "falls", "incontinence", "insomnia", "anorexia", "jaundice", "haematuria",
     "hematuria", "haemoptysis", "hemoptysis", "dysphagia", "heartburn", "reflux", "bloating",
     "sleeping", "open", "opened", "bno", "febrile", "unwell", "legs", "total",
     # session 30: "melaena 2/7", "rigors 3/7", "ankle oedema 6/12"
     "melaena", "melena", "haematemesis", "hematemesis", "rigors", "sweats", "chills", "coryza",
     "sputum", "oedema", "edema", "cramps", "tremor", "hallucinations", "agitation", "drowsiness",
     "seizures", "fits", "vertigo", "stools", "hiccups", "pruritus", "epistaxis", "dyspepsia"]  # v38: "off legs 2/7", "total 5/7"  # session 12 (v36): "not sleeping 4/7", "bowels not open 3/7"
)
_DATED_LABELS = frozenset(["bcx", "ucx", "cx", "bcxs", "ct", "cta", "ctpa", "mri", "mra", "cxr", "tte", "tee", "echo",
                           "ecg", "ekg", "eeg", "egd", "ercp", "pet", "us", "xr", "dexa", "dxa"])
_CYCLE_DAY = compile_rx(r"C\d{1,2}D\d{1,2}")
_CRED_DATE_BEFORE = _CRED_WORDS | {"DPT", "OTR", "OTR/L", "CCC-SLP", "BSN", "PA-C", "LD", "LCSW", "MSW"}
_LINE_END = compile_rx(r"[ \t]*(?:\n|\Z)")
_BOOKED_FOR = compile_rx(r"\b(?i:booked|rebooked|scheduled|appointment|appt)\b[^\n.;]{0,16}\bfor[ \t]*\Z")
_VACCINE_BEFORE = compile_rx(r"\b(?i:vaccin\w*|hpv|mmr|hep[ \t]?[ab]|menb|menacwy|mpox|mva-bn|dtap|tdap|pcv\d*|ipv|bcg|rotavirus|"
                             r"varicella|shingrix|covid|rabies|typhoid|doses?|course)\b[^\n]{0,16}\Z")
_POWER_BEFORE = compile_rx(r"\b(?i:power|strength|mrc|motor|myotomes?)\b[^\n.;]{0,50}\Z")
_RATIO_BEFORE = frozenset(["adherence", "compliance", "attendance", "attended", "doses", "sessions", "visits",
                           "scale", "score", "scored",  # v40: "Abbey Pain Scale 4/18"
                           "index",  # session 40 (deid tester): "Activity index 9/24"
                           "day",  # session 16 (v47): "Medicare day 12/100"
                           "allred",  # session 17 (v49): "ER Allred 8/8" (a score out of 8)
                           "panel", "serotypes", "responses", "subscore"])  # session 26 (v103, v106): "panel: 4/23"
_PROCEDURE = compile_rx(r"(?i:\w{3,}(?:plasty|ectomy|otomy|ostomy|pexy|desis)|ORIF|CABG|TAVI|TAVR|repair|fixation)\Z")
_SCORE_BEFORE = compile_rx(r"\d/10[ \t]*(?:->|\u2192|to|-|then|now)[ \t]*\Z")
_PLACE_ABBREV = frozenset(
    ["ed", "ae", "icu", "hdu", "ccu", "itu", "opd", "gp", "mdt", "amu", "sdec"]
)


def _value_label(word: str) -> bool:
    """A clinical abbreviation that labels a value ("NIV", "BiPAP", "obs"), no date word."""
    k = word.lower()
    return (
        (word[1:] != word[1:].lower() or k == "obs")
        and k in CLINICAL_ABBREV
        and k not in _DM_LEAD
        and k not in _PLACE_ABBREV
    )


# Snellen fractions (metres and feet) that parse as a day/month, and the eye words near them
_REFRACTION = compile_rx(r"\bSph\b[^\n]{0,30}\bCyl\b")
_SNELLEN = frozenset(
    [(6, b) for b in (5, 6, 9, 12, 18, 24)] + [(20, b) for b in (10, 15, 20, 25, 30)]
)
_EYE = compile_rx(
    r"\b(?:RE|LE|VA|BCVA|UCVA|OD|OS|OU|PH|[Ss]nellen|[Vv]ision|[Aa]cuity|[Vv]isual|[Pp]inhole|[Cc]orrection|[Uu]naided|[Aa]ided)\b"  # session 21 (v65)
)

# session 57 (deid tester Q of session 56): an acuity first in a results list, an eye measure after it ("Key results: 6/18,
# cup-to-disc ratio 0.7", "6/12, central macular thickness 310")
_EYE_AFTER = compile_rx(r"[^\n]{0,40}?(?i:cup[ -]to[ -]disc|\bIOP\b|macular|intraocular|\bOCT\b|fundus|visual[ \t]+field)")

_SCORE_OF_TEN_BEFORE = compile_rx(r"\b(?i:pain|score|scored|severity|vas|nrs|nausea|itch|anxiety|dyspnoea|dyspnea|sob|rating|rated)"
                                  r"\b[^\n\d]{0,12}\Z")
_NUMBER_CELL = compile_rx(r"(?<![\w/.:])\d{1,3}(?:\.\d)?%?(?=[ \t])")
_HALF_DAY_AFTER = compile_rx(r"[ \t]+(?:AM|PM)\b(?![ \t]*\d)")
_TIME_AFTER = compile_rx(  # "@ 0900." may end a sentence; "at 1025." after "3/10" is a pain score's time
    r"[ \t]+(?:@[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d(?![\d/%]|\.\d)|(?:at[ \t]+)?(?:[01]?\d|2[0-3]):?[0-5]\d(?![\d/.%]))"
)


def _caps_label(word: str) -> bool:
    """An abbreviation with two or more capitals that is no place or date word ("BANG", "CFS", "BCx")."""
    k = word.lower()
    return sum(c.isupper() for c in word) >= 2 and k not in _PLACE_ABBREV and k not in _DM_LEAD


def _after_date_word(text: str, s: int) -> bool:
    """A date word among the two words before ``s`` ("CT chest 3/14", "seen on 3/10")."""
    m = _LEAD_WINDOW.search(text, max(0, s - 24), s)
    if m is None:
        return False
    # session 11 (v34): either word of a slashed pair ("converts/expires 4/4"); a placeholder
    # ("[DATE]" in text scrubbed before) is no date word (session 13: scrubbing stays idempotent),
    # nor does a word before it count (session 18: "by [NAME] 4/4" was "by W. Okonjo 4/4", where
    # "by" was not among the two words before)
    if m.group(2) and m.start(2) > 0 and text[m.start(2) - 1] == "[":
        return False
    return any(g and (m.start(i + 1) == 0 or text[m.start(i + 1) - 1] != "[")
               and any(part in _DM_LEAD for part in g.lower().split("/")) for i, g in enumerate(m.groups()))


# session 11 (v32): a repeat test or a lab panel a few words before ("repeat FBC/U&E 2/7", "lipids
# at 3/12", "coryza 2/7")
_TEST_BEFORE = compile_rx(
    r"\b(?i:repeat|recheck|U&Es?|U\+Es?|FBC|LFTs?|TFTs?|lipids|HbA1c|bloods|coryza)\b[^\n.;\d]{0,12}\Z"
)


def _uk_course(text: str, s: int) -> bool:
    """A course word among the two words before ``s`` ("review 6/12", "Recall B12 3/12")."""
    if _TEST_BEFORE.search(text, max(0, s - 30), s):
        return True
    m = _LEAD_WINDOW.search(text, max(0, s - 24), s)
    if m is None:
        return False
    near, far = (g.lower() if g else "" for g in m.groups()[::-1]) if m.group(2) else (m.group(1).lower(), "")
    # a dose word only right before ("30 mg 5/7", not "100 mg around 9/12"); a course word
    # one word further too ("Recall B12 3/12")
    return near in _UK_COURSE_BEFORE or near in _SYMPTOM_BEFORE or far in _UK_COURSE_WORDS


_NUMBERED_SCALE = compile_rx(r"\b[A-Z][A-Za-z]{1,10}-(\d{1,2})[ \t]*:?[ \t]*\Z")


_SECONDARY_AFTER = compile_rx(r"[ \t]+(?:[A-Z]{2,}|[a-z]{3,})\b")
_ON_BEFORE = compile_rx(r"\b(?i:on|from|since|until|till|by|dated?|of)[ \t]+\Z")
_ADM_VIA = compile_rx(r"\b(?i:adm|admitted|admission|readm|presented|attended|seen)[ \t]+(?i:via|in|to|at)[ \t]+\S+[ \t]+\Z")


_DOSE_FREQUENCY_AFTER = compile_rx(r"[ \t]*(?:mg|mcg|micrograms?|tabs?|tablets?)?[ \t]*(?:BD|TDS|TID|BID|QDS|QID|OD|QD|"
                                   r"bd|tds|tid|bid|qds|qid|od|mane|nocte|PRN|prn|daily|twice\s+daily|at\s+night)\b")


_ACUITY_DENOMINATORS = frozenset((4, 5, 6, 9, 12, 18, 24, 36, 60))
_ACUITY_BEFORE = compile_rx(r"(?i:snellen|acuity|\bVA\b|\bVAs\b|vision|logmar|pinhole|\bPH\b)")


_EVM = re.compile(r"E[1-4][ \t]*V[1-5T][ \t]*M[1-6]")


def _dm_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _DM.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not (b <= 12 or a <= 12) or a == 0 or b == 0:
            continue
        s, e = m.span()
        if _NOT_DURATION.match(text, e):
            continue
        if text.startswith(('"', "\u2033", " inch"), e):
            continue  # session 23 (v77): a size in inches ("rubber bands (3/16\", 6 oz)")
        if a == b == 2 and _SECONDARY_AFTER.match(text, e) and not _ON_BEFORE.search(text, max(0, s - 8), s):
            continue  # session 33: "septic shock 2/2 CAUTI" is "secondary to" ("on 2/2 CAUTI" stays a date)
        if _DOSE_FREQUENCY_AFTER.match(text, e):
            continue  # session 39 (deid tester): "Targin 10/5 BD" is a combination product's strength
        if a == 6 and b in _ACUITY_DENOMINATORS and _ACUITY_BEFORE.search(text, max(0, s - 60), s):
            continue  # session 42 (deid tester): "SNELLEN 6/9 RIGHT, 6/12 LEFT" - visual acuities
        if b == 15 and 3 <= a and ("GCS" in (before := text[max(0, s - 40):s].upper()) or "GLASGOW" in before
                                   or _EVM.search(before)):
            continue  # session 22 (v73): "GCS at scene 8/15" is a Glasgow Coma Scale score; session 53 (deid tester P):
            # "GCS on arrival was E4V4M6 (9/15)"
        if b == 13 and text[max(0, s - 6):s].rstrip(" \t:").upper().endswith("VSS"):  # "vss 7/13" (v90)
            continue  # session 22 (v74): "VSS 6/13", the Vancouver Scar Scale
        if b == 10 and a <= 10 and (n := len(_NUMBER_CELL.findall(text, ls := text.rfind("\n", 0, s) + 1, s))) >= 3 and (
                n >= 4 or "|" not in text[ls:s]):
            continue  # session 23 (v78): a pain score closing an observations table's row (session 25, v93:
            # three readings before it, "08:42  95%    80    37.8   2/10")
        if b == 10 and text[max(0, s - 4):s].rstrip().endswith(("->", "\u2192", "=>")):
            continue  # session 22 (v71): a pain score after an arrow ("8/10 -> morphine -> 3/10")
        pw = _PREV_WORD.search(text, max(0, s - 16), s) or _PREV_PLACEHOLDER.search(text, max(0, s - 16), s)
        if pw is None and text[s - 3 : s].rstrip(" \t:").endswith(")"):
            pw = _PREV_BRACKETED.search(text, max(0, s - 32), s)  # session 26 (v100): "Pain (PAINAD): 4/10"
        if pw and b in (7, 24, 52) and a <= b and pw.group(1).lower() in _DURATION_LEAD:
            continue
        if b in (7, 12, 52) and a <= b and _NEXT_OR_FOLLOW_UP.search(text, max(0, s - 16), s):
            continue  # session 60 (deid testers A, D): "Next 7/7", "Follow-up 6/12" (six months)
        if pw and pw.group(1).lower() == "tci" and b in (7, 12, 52) and a < b:
            continue  # session 48 (deid tester): "clinic TCI 1/12" (to come in in a month)
        if pw and pw.group(1).lower() in _DM_NOT_AFTER:
            if pw.group(1).lower() == "in" and a <= 12 < b and b not in _SCORE_MAX:
                out.append((s, e))  # "in 3/52", "in 2/3"; but "come in 8/17?" is a day
            elif (pw.group(1).lower() == "for" and (a >= b or 12 < b <= 31) and b not in _UK_DENOMINATORS
                  and (_CLAUSE_END.match(text, e) or a > 12 >= b or _BOOKED_FOR.search(text, max(0, s - 30), s))):
                out.append((s, e))  # "offered a bed for 6/3." is a day ("for 3/7" is three days); session 21
                # (v60): a day over 12 first ("for 26/11 thanks"), or booked for a day ("booked online for 8/6")
            elif pw.group(1).lower() == "of" and _DOC_OF.search(text, max(0, s - 24), s):
                out.append((s, e))  # session 10 (v29): "Dr Luna's note of 5/5", "the letter of 3/9"
            continue
        if b == 10 and _SCORE_OF_TEN_BEFORE.search(text, max(0, s - 24), s):
            continue  # session 57 (deid tester N): "pain 1/10 at 0745h" (a score out of ten)
        if _TIME_AFTER.match(text, e):
            out.append((s, e))  # before a clock time it is a date ("MA 8/25 09:30", "3/3 @ 0400")
            continue
        if a <= 12 and _HALF_DAY_AFTER.match(text, e):
            out.append((s, e))  # session 23 (v76): a last dose's day and half-day ("8/20 PM", "3/28 AM")
            continue
        if (text[s] == "0" or text[m.start(2)] == "0") and (b <= 12 or a <= 12):
            out.append((s, e))  # session 21 (v59, v64): "completed 01/09", "30/04": a score is never zero-padded
            continue
        if a <= b <= 4 and _VACCINE_BEFORE.search(text, max(0, s - 24), s):
            continue  # session 40 (deid tester): "HPV 3/3", "mpox (MVA-BN) 2/2" - doses of a course
        if b == 5 and a <= 5 and _POWER_BEFORE.search(text, max(0, s - 60), s):
            continue  # session 40 (deid tester): "Power 3/5 R arm, 4/5 R leg" - MRC grades, the second too
        if pw and _PROCEDURE.search(pw.group(1)):
            out.append((s, e))  # session 11 (v32): "s/p hemiarthroplasty 11/30 after a fall"
            continue
        if a <= b and (sc := _NUMBERED_SCALE.search(text, max(0, s - 20), s)) and int(sc.group(1)) == b:
            continue  # session 16 (v46): "MMAS-8 8/8", "ACQ-7 5/7": a score out of the scale's own number
        if (b == 12 and a <= 12 or b == 7 and a <= 14) and _uk_course(text, s):
            continue  # UK shorthand: "review 6/12" (months), "prednisolone 30 mg 5/7" (days)
        if b == 7 and a <= 28 and pw and is_drug_word(pw.group(1)):
            continue  # session 60 (deid tester I): a drug's course in days ("Truvada + raltegravir 28/7", "doxycycline 7/7")
        if b == 10 and (_SCORE_BEFORE.search(text, max(0, s - 16), s)
                        or (a <= 10 and TEN_SCORE_EARLIER.search(text, max(0, s - 70), s))
                        or (a <= 10 and TEN_SCORE_NEXT.match(text, e))):  # v97: "from 8/10 to 2/10"
            continue  # "pain 7/10 -> 3/10", "Pain 7/10 ..., down from 9/10": a score series
        if pw and a <= b and pw.group(1).lower() in EPONYM_SCALES:
            continue  # session 26 (v102): an eponymous scale's score ("Houghton 4/12", "Katz 4/6")
        if pw and a <= b and pw.group(1).lower() in _RATIO_BEFORE:
            continue  # session 13 (v39): "adherence 9/13 in past year", "attended 4/6"
        if pw and pw.group(1).lower() in ("ed", "a&e", "ae", "er", "gp") and _ADM_VIA.search(text, max(0, s - 24), s):
            out.append((s, e))  # session 25 (v91): "adm via ed 19/9 w/ constipation" is the admission's day
            continue
        if pw and _value_label(pw.group(1)) and not (
                a <= 12 < b <= 31 and b not in _SCORE_MAX and pw.group(1).lower() != "obs"):
            continue  # "NIV 12/5", "BiPAP 14/6", "obs 4/24": a value after a clinical label; session 15
            # (v44): a month and a day over 12 is a date there ("next INR 2/17", "EUS-FNA 10/22")
        if pw and pw.group(1).lower() in ("adm", "admit", "admitted", "readm") and not _SCORE_BEFORE.search(
                text, max(0, s - 16), s):
            out.append((s, e))  # session 23 (v79): "adm 1/9 w/ dka" is the admission's day
            continue
        if pw and a <= 12 < b <= 31 and pw.group(1).lower() in _DATED_LABELS:
            out.append((s, e))  # session 13 (v41): "BCx 8/26", "UCx 8/26" (a culture's day), not "BCx 2/2"
            continue
        if pw and _CYCLE_DAY.fullmatch(pw.group(1)):
            out.append((s, e))  # "(C4D1 5/26)": a chemotherapy cycle's day
            continue
        if pw and pw.group(1) in _CRED_DATE_BEFORE and (_LINE_END.match(text, e) or text.startswith(":", e)):
            out.append((s, e))  # "Latoya Phillips, PT, DPT  4/4": a signature's date
            continue
        if (
            pw
            and a <= b
            and ((b in _SCORE_MAX and (b <= 12 or not pw.group(1).islower()))
                 or (_caps_label(pw.group(1)) and (b <= 12 or b in _CAPS_SCORE_MAX)))
            and not _after_date_word(text, s)
        ):
            continue  # "Oxford 4/5"; after an all-caps label a score: "STOP-BANG 5/8", "BCx 2/2"; session 15
            # (v44): a lower-case word before a day over 12 ("course completed 2/20") or a caps label before
            # a day that is no usual maximum ("EUS-FNA 10/22") leaves a date
        if (
            pw
            and a <= b
            and (
                (len(pw.group(1)) == 1 and pw.group(1).isupper() and _SUBSCORE_BEFORE.search(text, max(0, s - 40), s))
                or _SUBSCORE_WORD_BEFORE.search(text, max(0, s - 90), s)
            )
        ):
            continue  # a test's domain subscores: "ACE-III 61/100 (A 9/18, M 12/26)", "(memory 12/26, fluency 5/14"
        if (a, b) in _SNELLEN and (_EYE.search(text, max(0, s - 40), s)
                                   or _REFRACTION.search(text, max(0, s - 300), s)
                                   or _EYE_AFTER.match(text, e, min(len(text), e + 60))):
            continue  # visual acuity: "LE 6/12 PH 6/9", "VA 20/25"; session 23 (v77): a refraction
            # table's VA column ("Sph  Cyl  Axis  VA" two rows above)
        if pw is None and a < b and re.search(r"\d[ \t]*\Z", text[max(0, s - 3) : s]):
            continue  # "2 1/2" (a mixed fraction; session 10: "swab 1 18/5" is a date)
        nw = _NEXT_WORD.match(text, e)
        if nw:
            w = nw.group(1)
            if w[0].islower() and w.lower() not in _DM_FOLLOW_OK:
                continue  # "4/5 power", "1/2 tab"
        out.append((s, e))
    return out


def lowered(text: str) -> str:
    """``text`` lower-cased with every index kept (a character whose lower case is longer,
    such as "\u0130", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _first_group(m: re.Match[str]) -> tuple[int, int]:
    for i in range(1, (m.re.groups or 0) + 1):
        if m.group(i) is not None:
            return m.span(i)
    return m.span(0)


# "#3 mobility", "#90/30 days": a "#" number before a lower-case word or a slash is a count or
# a tooth, not a flat number ("12 High St, #4, Leeds")
# a dose number after a vaccine or product code ("PCV20 #2", "DTaP-IPV-Hib #2"), not a unit
_DOSE_BEFORE_HASH = compile_rx(r"[A-Za-z]\w*\d[ \t]+\Z")
_HASH_COUNT = compile_rx(r"[ \t]*(?:/|[a-z])")
# session 10 (v30): a list of "#" numbers ("extract #10, #14, #22": teeth, problem numbers) or
# one before an abbreviation ("#11 PARL", "#3 MOD") is no flat number
_HASH_LIST = compile_rx(r"[ \t]*(?:,[ \t]*#\d|[ \t]+(?:and|&)[ \t]+#\d|[ \t]+[A-Z]{2,5}\b(?![a-z]))")
_HASH_LIST_BEFORE = compile_rx(r"#\d{1,2}[ \t]*,[ \t]*\Z")


_SCORE_VALUE = compile_rx(r"\d{1,3}/(?:10|20|30|100)\b(?![/-]\d)")


_CYCLE_DAY = compile_rx(r"C\d{1,2}D\d{1,2}")


_BP_AFTER_LABEL = compile_rx(r"(?:[6-9]\d|1\d\d|2[0-5]\d)/(?:[3-9]\d|1[0-5]\d)")
_BP_NEXT = compile_rx(r"[ \t]*(?:mmHg|mm[ \t]Hg|hr|HR|pulse|P\b)")


_CLOCK_TIME = compile_rx(r"(?:[01]\d|2[0-3])[0-5]\d(?:h|hrs?)?|(?:[01]?\d|2[0-3])[:.][0-5]\d")


def field_spans(text: str, low: str | None = None) -> list[tuple[int, int, str]]:
    """Spans (start, end, placeholder) of values found by their label or shape."""
    low = lowered(text) if low is None else low
    out: list[tuple[int, int, str]] = []
    for m in _ID_LABEL_RX.finditer(low):
        v = _ID_VALUE.match(text, m.end())
        if v and _GAS_VALUE.match(text, v.start()):
            continue  # session 22 (v71): "HR 58 reg  SpO2 94%": a regular pulse, then a saturation
        if v and _BP_AFTER_LABEL.fullmatch(text, v.start(), v.end()) and (
                "bp" in low[max(0, m.start() - 12):m.start()] or _BP_NEXT.match(text, v.end())):
            continue  # session 23 (v78): "home bp machine 149/79 hr 78" is a blood pressure
        if v and _SCORE_VALUE.match(text, v.start()):
            continue  # "MBI 55/100": a score (the Modified Barthel Index), not a Medicare id
        if v and UK_DURATION.fullmatch(text, v.start(), v.end()):
            continue  # session 14 (v42): "Next visit 4/52" is four weeks
        if v and _CYCLE_DAY.fullmatch(text, v.start(), v.end()):
            continue  # session 17 (v49): "Next visit: C1D8" is cycle 1 day 8 of a regimen
        if v and m.group(0).strip().startswith("chart") and _CARE_CHART.search(low, max(0, m.start() - 16), m.start()):
            continue  # session 50: "Drug chart: 0600 1400 2200" - a care chart's times, no chart number
        if v and m.group(0).strip().startswith("visit") and _CLOCK_TIME.fullmatch(text, v.start(), v.end()):
            continue  # session 43 (deid tester): "Visit 0830 (12th Dec)" - the visit's time, no visit number
        if v and m.group(0).lstrip().startswith("ref") and _REFERENCE_RANGE.fullmatch(text, v.start(), v.end()) and (
                text[max(0, m.start() - 2):m.start()].strip().endswith("(")):
            continue  # session 37: "Na 135 (ref 135-145)" is a lab's reference range, no reference number
        if v:
            end = v.end()
            if v.end() - v.start() <= 6 and (g := _ID_GROUPS.match(text, end)):  # session 26 (v101): 6 ("920705 7841 084")
                end = g.end()
            elif v.end() - v.start() == 10 and text[v.start():v.end()].isdigit() and (
                    vc := _VERSION_CODE.match(text, end)):
                end = vc.end()  # session 22 (v74): an Ontario health card's version code ("HCN 2814411233 VB")
            out.append((v.start(), end, "[ID]"))
        elif d := _SHORT_LEAD.match(text, m.end()) or _LETTER_LEAD.match(text, m.end()):
            out.append((*d.span(), "[ID]"))  # session 12 (v36): "Work Permit No: 5 29787915"
    if "#" in text:
        for m in _HASH_ID.finditer(text):
            i = m.start()
            if i and (
                text[i - 1].isalnum() or (text[i - 1] in " \t" and i > 1 and text[i - 2].isalnum())
            ):
                out.append((*m.span(1), "[ID]"))
    for placeholder, rx in _LOW_RX:
        for m in rx.finditer(low):
            out.append((*_first_group(m), placeholder))
    out.extend(_post_v12_spans(low))
    for placeholder, rx in _FIELD_RX:
        for m in rx.finditer(text):
            s, e = _first_group(m)
            if e > s and not (text[s] == "#" and (_HASH_COUNT.match(text, e)
                                                 or _DOSE_BEFORE_HASH.search(text, max(0, s - 12), s)
                                                 or _HASH_LIST.match(text, e)
                                                 or _HASH_LIST_BEFORE.search(text, max(0, s - 8), s))):
                out.append((s, e, placeholder))
    if "/" in text:
        out.extend((s, e, "[DATE]") for s, e in _dm_spans(text))
    return out
