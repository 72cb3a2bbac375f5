"""Round 11: places, foreign dates, ages in apposition and label-shaped numbers, by class.

- streets written in capitals ("1548 BOWMAN ROAD", "882 GARCIA CORNER APT. 089"), streets
  whose type comes first ("Calle Brito 83", "Rua das Flores 12", "Jalan Ampang 5"), a
  Mexican colonia ("Col. Ortega"), a lot / space / building number between commas after a
  street ("..., Lot 16, ..."), a postcode after its Latin-American label ("C.P. 72000",
  "CEP 01310-100");
- a town after a residence phrase: "lives in Bend", "grew up in Orange", "her place in
  Temple", "moved to Provo" (never a ward, bay, care home or clinical word);
- ages over 89: "died at 93", "died aged 90", "Age at diagnosis: 103", "93 anos / ans /
  Jahre", a relation's age in apposition ("pt's sister, 95, lives ...", "sister,
  ninety-five,");
- dates: month-dash-day without a year ("Jun-12", "Apr-4"), Spanish / Portuguese / French /
  Italian / German month names ("10 de septiembre de 2022", "3 mars 2024", "5. Mai 2023");
- numbers by shape after a label: "no: 20756/25", "ED23/61480", a 6+4 digit group after a
  colon ("CHI: 090164 9582"); phones in "(+65) 62712927", "(55) 2208-4636" and 4-4 digit
  local numbers after "HP:" / a relation in brackets ("(son) 6340-7223").

Spans are ``(start, end, placeholder)``.
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, CLINICAL_WORDS
from processors.deid.patterns import _SUFFIXES, gated, literal_finditer

_SUFFIX_SET = frozenset(_SUFFIXES)
from processors.deid.unknown import DRUG_LEXICON, _common

__all__ = ["place_spans"]

_CAPS_SUFFIX = "|".join(sorted({s.upper() for s in _SUFFIXES if len(s) >= 2}, key=len, reverse=True))
_CAPS_STREET = compile_rx(  # gated below
    # session 48 (deid tester): blanks only, no tab: a street never spans a board's cells ("4656-906<tab>FALL<tab>CH<tab>DR HALL")
    # session 57 (deid tester B): a page's "TROP 1240 CALL DR SUMMERS" (a verb before the doctor)
    rf"(?<![:./])\b\d{{1,6}}[A-Z]? +(?!(?:IF|OF|AT|TO|IN|ON|FOR|AND|OR|BY|YO|YRS?|YEARS?|X|DAYS?|WEEKS?|HRS?|HOURS?|MG|ML|MINS?"
    r"|CALL|PAGE|BLEEP|RING|CONTACT|PLS|PLEASE|INFORM|REVIEW|SEE)\b)"
    rf"((?:[A-Z][A-Z'-]+ +){{1,3}})(?:{_CAPS_SUFFIX})\.?\b"  # not "14:00 WITH WIFE JODIE PARK", "5/7 IF STAYS WELL" (session 45)
    r"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W)\b)?"  # session 24 (v86): "3520 TUSCALOOSA AVE SW", "... AVE LOT 52"
    r"(?:[ \t]+(?:APT|SUITE|STE|UNIT|FLAT|LOT|#)\.?[ \t]*#?[ \t]*[A-Z0-9-]+)?"
)
_CAPS_STREET = gated(_CAPS_STREET, r"\d")
# session 24 (v86): a city in capitals before its state and ZIP ("LEXINGTON, KY 40570")
_CAPS_CITY_STATE = compile_rx(
    r"(?<![\w,])([A-Z]{3,}(?:[ \t][A-Z]{2,}){0,2}),[ \t]+(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA"
    r"|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)[ \t]+\d{5}(?:-\d{4})?\b"
)
_CAPS_HINT = compile_rx(r"\d[ \t]+[A-Z]{2,}[ \t]+[A-Z]{2,}")  # a number and two caps words
_DOSE_WORDS = frozenset(
    ["MG", "MCG", "ML", "G", "KG", "L", "UNITS", "UNIT", "TAB", "TABS", "TABLET", "TABLETS", "CAP", "CAPS", "CAPSULE", "CAPSULES", "PUFF", "PUFFS", "DROP", "DROPS", "SACHET", "SACHETS", "BY", "MOUTH", "ORAL", "PO", "IV", "IM", "SC", "TIMES", "DAILY", "DOSE", "DOSES", "X"]
)
_PREFIX_STREET = compile_rx(  # the street type opens the pattern; its word start is checked
    r"(?:Calle|Avenida|Avda\.|Rua|Rue|Viale|Piazza|Plaza|Paseo|Carrera|Camino|Jalan|Jl\.|Strada"
    r"|Ulica|Travessa|Largo|Boulevard)[ \t]+"
    r"(?:(?:de|del|la|las|los|da|das|do|dos|di|della|du|des|le)[ \t]+)*"
    r"[A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u2019-]+){0,2}"
    r"(?:,?[ \t]+(?:No\.?|n[\u00ba\u00b0o]\.?|#)?[ \t]*\d{1,5}[A-Za-z]?\b)?"
    r"|Col\.[ \t]+[A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u2019-]+){0,2}"
    # session 6: abbreviated avenue / boulevard, only with a house number ("Av. Colon 493"; "AV
    # block" and "av. HR 80" stay), and a Spanish floor and door after the number ("3903, 3o D")
    r"|(?:Av|Avda|Bv|Bvd|Blvd)\.[ \t]+[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"(?:[ \t]+(?:(?:de|da|do|dos|das|del|la)[ \t]+)?[A-Z\u00c0-\u00de][\w'\u2019-]+){0,2}"
    r",?[ \t]+\d{1,5}[A-Za-z]?\b"
)
_FLOOR_DOOR = compile_rx(r",?[ \t]*\d{1,2}(?:o|\u00ba|\u00b0|\u00aa)\.?(?:[ \t]*[A-Z]\b|[ \t]+(?:izq|dcha|der)\w*\.?)?")
# a lot / flat / unit number between a comma or street number and a comma ("..., Lot 16, ...")
_LOT = compile_rx(r"(?:Lot|Space|Trlr|Bldg|Building|Flat|Apt\.?|Unit|Suite)[ \t]+#?\d{1,4}[A-Z]?(?:/\d{1,3})?(?=,)")
_PREFIX_HINTS = ("Calle", "Avenida", "Avda", "Rua ", "Rue ", "Viale", "Piazza", "Plaza", "Paseo",
                  "Carrera", "Camino", "Jalan", "Jl.", "Strada", "Ulica", "Travessa", "Largo",
                  "Boulevard", "Col.", "Av.", "Avda.", "Bv.", "Bvd.", "Blvd.")  # fmt: skip
_CP = compile_rx(r"(?:C\.P\.|CEP|C\u00f3digo Postal)[ \t]*:?[ \t]*(\d{5}(?:-\d{3})?)\b")

# the preposition and town are found first (a blank opens the pattern: a fast scan), then the
# residence phrase before them
_TOWN_AFTER_PREP = compile_rx(
    r"[ \t](?:in|to|at|near|from|on)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b(?![ \t]*\d|['\u2019]s)"
)
_RESIDE_BEFORE = compile_rx(
    r"\b(?i:lives|live|living|lived|resides|residing|grew[ \t]+up|raised|moved|relocated|relocating"
    r"|place|home|house|staying|stays|visiting|is|originally|comes|came|hails"
    r"|moving|emigrating|emigrated|bungalow|cottage|farmhouse|caravan)\Z"  # session 24 (v81, v84): "(moving to Glasgow)"
)
# session 24 (v82): a residence field ("Lives in: Fort McMurray, AB", "Lives: Mallow")
_LIVES_FIELD = compile_rx(
    r"\b(?:Lives|Resides|Lives[ \t]in|Resides[ \t]in|Home[ \t]town|Hometown)[ \t]*:[ \t]*"
    r"([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[ \t-]+[A-Z][a-z]+(?:[A-Z][a-z]+)?){0,2})\b(?![ \t]*\d)"
)
# "is in" is a state ("is in AF", "is in pain"): only "is from" names a place of origin
_IS_IN = compile_rx(r"\b(?i:is)[ \t]+(?:in|to|at|near)[ \t]+\Z")
_RESIDE_HINTS = ("live", "resid", "grew", "raised", "moved", "relocat", "place", "home", "house",
                 "stay", "visiting", "from", "moving", "emigrat", "bungalow", "cottage", "caravan")  # fmt: skip
_NOT_TOWN = frozenset(
    ["the", "a", "an", "his", "her", "their", "our", "my", "nursing", "care", "residential", "sheltered", "supported", "assisted", "extra", "hospital", "hospice", "ward", "bay", "bed", "room", "icu", "hdu", "theatre", "theatres", "resus", "recovery", "majors", "minors", "home", "house", "flat", "unit", "block", "cubicle", "side", "department", "clinic", "community", "rehab", "respite", "england", "wales", "scotland", "ireland", "britain", "america", "canada", "australia", "india"]
    # session 7: "is from <place>": countries, states and regions are no PHI
    + ["poland", "romania", "lithuania", "latvia", "ukraine", "russia", "germany", "france", "spain", "italy", "portugal", "greece", "turkey", "pakistan", "bangladesh", "nepal", "china", "japan", "korea", "vietnam", "philippines", "thailand", "malaysia", "indonesia", "nigeria", "ghana", "kenya", "somalia", "ethiopia", "eritrea", "sudan", "egypt", "morocco", "iraq", "iran", "syria", "afghanistan", "jamaica", "mexico", "brazil", "colombia", "peru", "chile", "argentina", "cuba", "haiti", "usa", "uk", "us", "europe", "africa", "asia", "overseas", "abroad", "texas", "california", "florida", "ohio", "georgia", "alberta", "ontario", "quebec", "manitoba", "queensland", "victoria", "tasmania"]
)

_NOT_UNIT = r"(?![.,/]\d|[ \t]*(?:%|days?|weeks?|months?|mins?|minutes?|hours?|hrs?)\b)"
_AGE_DIED = compile_rx(  # on the lower-cased text, each form behind a substring test
    rf"died[ \t]+(?:at|aged|age)[ \t]+(?:the[ \t]+age[ \t]+of[ \t]+)?(9\d|1[0-2]\d)\b{_NOT_UNIT}"
)
_AGE_AT_LABEL = compile_rx(r"age[ \t]+(?:at|of|on)[ \t]+[a-z][a-z ]{1,25}:[ \t]*(9\d|1[0-2]\d)\b(?![.,/]\d)")
_AGE_FOREIGN = compile_rx(r"\b((?:9\d|1[0-2]\d)[ \t]+(?:a\u00f1os|anos|ans|jahre|anni|lat))\b")
_FOREIGN_YEARS = ("a\u00f1os", "anos", " ans", "jahre", "anni", " lat")
_AGE_APPOSITION = compile_rx(  # ", 95," / ", ninety-five)": the word before is checked
    r",[ \t]*(9\d|1[0-2]\d|ninety(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one hundred(?:[- ]and[- ][a-z]+)?)[ \t]*(?=[,)])"
)
_RELATION_BEFORE = compile_rx(
    r"\b(?:mother|father|mum|mom|dad|sister|brother|wife|husband|spouse|partner|aunt|uncle|son"
    r"|daughter|friend|neighbou?r|grand(?:mother|father|ma|pa)|widow(?:er)?"
    r"|alive|living|deceased)\Z"  # session 41 (deid tester): a family history's "aunt Joy: ..., alive, 96,"
)

_ES_MONTH = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
_FR_MONTH = (
    r"janvier|f\u00e9vrier|mars|avril|mai|juin|juillet|ao\u00fbt|septembre|octobre|novembre"
    r"|d\u00e9cembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
    r"|Januar|Februar|M\u00e4rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    # session 36: as the recognisers read them (accents folded: "3. Marz 2024", "19 aout 1948")
    r"|Marz|aout|fevrier|decembre"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:(?:19|20)\d{2}|21[0-9]{2}(?![\d:]|\.\d|[ \t]*h(?:rs?|ours)?\b))"  # session 46: shifted years (2104), not "2130hrs"
_MON3 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_DATE_MON_DAY = compile_rx(  # "Jun-12": the month opens the pattern (a fast scan); \b checked
    rf"{_MON3}-{_DAY}\b(?![-/.:]\d|[ \t]*(?:mg|mcg|ml|units?|%|kg|g|mm)\b)"
)
_DATE_FOREIGN = compile_rx(
    rf"\b{_DAY}(?:[ \t]+de)?[ \t]+(?i:{_ES_MONTH})\b(?:[ \t]+(?:de|del)?[ \t]*{_YEAR}\b)?"
    # session 36: a day range before the month ("du 2 au 9 janvier 2024", "2.-9. Mai 2024")
    rf"|\b(?:{_DAY}(?:er|\.)?[ \t]*(?:au|bis|al|-|\u2013)[ \t]*)?{_DAY}(?:er|\.)?[ \t]+(?:{_FR_MONTH})[ \t]+{_YEAR}\b"
)
# Spanish / Portuguese dates have "de"; French, Italian and German ones need a year here
_FOREIGN_HINTS = (" de ", "mars ", "avril", "juin ", "juil", "janv", "vrier", "ao\u00fbt", "aout", "mbre ", "mber ", "marz", "februar", "august", "april",
                  "octobre", "m\u00e4rz", "januar", "juni ", "juli ", "oktober", " mai ", "gennaio",
                  "febbraio", "aprile", "maggio", "giugno", "luglio", "ottobre")  # fmt: skip
# numbers with a slash are found from the slash (a literal first: a fast scan), the rest checked
# behind it: "no: 20756/25" (a label) and "ED23/61480" (letters and a 2-digit year)
_SLASH_NUMBER = compile_rx(r"/(\d{2,})\b(?![/.]\d)")
_NUMBER_NO_BEFORE = compile_rx(r"(?<![A-Za-z])[Nn](?:o|umber|um)\.?[ \t]*[:#][ \t]*(\d{3,})\Z")
_LETTERS_YEAR_BEFORE = compile_rx(r"(?<![A-Za-z0-9])([A-Z]{1,4}\d{2})\Z")
_SIX_FOUR = compile_rx(r": (\d{6}[ \t]\d{4})\b(?![.:/]\d)")  # "CHI: 090164 9582"
_PHONES = compile_rx(  # "(" opens every form (a literal first: a fast scan)
    r"(\(\+\d{1,3}\)[ \t]?\d(?:[ \t-]?\d){6,12})\b"
    r"|(\(\d{2,3}\)[ \t]?\d{4}-\d{4})\b"
    r"|\((?:son|daughter|wife|husband|mother|father|sister|brother|spouse|partner|NOK|nok|friend"
    r"|carer|niece|nephew)\)[ \t]*(\d{4}[ -]\d{4})\b(?![.:/]\d)"
)
_PHONE_HP = compile_rx(r"\b(?:HP|Hp|H/P)\b[ \t]*:?[ \t]*(\d{4}[ -]\d{4})\b")


# v25: a house number on a numbered road ("1009 Route 9", "88 State Route 14"), and an Indian
# door number before its locality on an address line ("79, Nehru Nagar 2nd Cross, Coimbatore - 641001")
_ROUTE = compile_rx(
    r"\b\d{1,5}[ \t]+(?:State[ \t]+Route|County[ \t]+Road|Route|Rte\.?|Highway|Hwy\.?|US[ \t]+Highway)"
    r"[ \t]+\d{1,4}[A-Z]?\b(?:,[ \t]*(?:Unit|Apt\.?|Suite|Ste\.?)[ \t]*#?\w{1,5})?"
)
_DOOR_LOCALITY = compile_rx(
    r"^[ \t]*(\d{1,4}[A-Z]?(?:/\d{1,3})?,[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z0-9][A-Za-z0-9]*){0,4})"
    r"(?=,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]*(?:-[ \t]*)?\d{3}[ \t]?\d{3}\b)",
    re.MULTILINE,
)
# v23: the town naming a practice after a name and a comma ("GP: Dr B. Bates, Wigan Medical Centre")
# session 24 (v84, v88): a practice's suburb in brackets ("Family Medical Centre (Coburg)") or after
# "The Surgery," ("The Surgery, Chesterfield"); a residence field's suburb and postcode after a dash
# ("Usual residence: residential aged care - Coburg 3058")
_PRACTICE_TOWN_AFTER = compile_rx(
    r"\b(?:Centre|Center|Practice|Surgery|Clinic)[ \t]*\(([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)\)"
    r"|\bThe[ \t]+(?:Surgery|Medical[ \t]+Centre|Health[ \t]+Centre|Practice),[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b"
)
# session 24 (v85): an Alaska highway-contract box ("HC7 Box 55"); an Indian PIN after a dash
# closing an address line ("Dombivli East, Thane - 421201"); a lower-case town before a US state
# ("pt at home in clarksville, tn": states that are no English word)
_HC_BOX = compile_rx(r"\bHC[ \t]?\d{1,2}[ \t]+Box[ \t]+\d{1,5}\b")
_PIN_AFTER_DASH = compile_rx(r",[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]*[-\u2013][ \t]*([1-8]\d{5})\b(?![\d.,/])")
_LOWER_TOWN_STATE = compile_rx(
    r"\b(?:in|at|from|to|near)[ \t]+([a-z]{4,}(?:[ \t][a-z]{3,})?),[ \t]*"
    r"(?:tn|tx|ky|nc|sc|ak|az|ct|fl|ia|ks|nh|nj|nm|nv|ny|ri|sd|ut|vt|wv|wi|wy)\b"
)
_BRACKET_NOT_TOWN = frozenset(["Ortho", "Orthopaedics", "Physio", "Main", "North", "South", "East", "West", "Central",
                               "Online", "Virtual", "Telehealth", "Outpatients", "Inpatients", "Private", "Public"])
_RESIDENCE_SUBURB = compile_rx(
    r"\b(?i:usual[ \t]+residence|residence|usual[ \t]+address)[ \t]*:[^\n]{0,40}?[-\u2013][ \t]+"
    r"([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+){0,2})[ \t]+(\d{4})\b"
)
_PRACTICE_TOWN = compile_rx(
    r",[ \t]+(?!(?:Family|Medical|Health)\b)([A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)[ \t]+(?=(?:Medical|Health|Family)[ \t]+(?:Centre|Center|Practice)\b"
    r"|Surgery\b|Medical[ \t]+Group\b)"
)

# session 27 (v105): a letter's address block: the town alone on the line after the practice's line
# ("Dr S Townend\nMeadowbank Surgery\nLeeds\n")
_PRACTICE_LINE_TOWN = compile_rx(
    r"(?:Surgery|Medical[ \t]+Cent(?:re|er)|Health[ \t]+Cent(?:re|er)|Practice|Health[ \t]+Group|Medical[ \t]+Group)"
    r"[ \t]*,?[ \t]*\n"
    r"[ \t]*([A-Z][a-z'-]+(?:[ \t-][A-Z][a-z'-]+)?)[ \t]*,?[ \t]*$",
    re.MULTILINE,
)
# session 27 (v106): addresses typed in lower case in messages: a numbered street with its type
# written out ("4181 rice street apt 116", "100 m. j. cuenco avenue"), a Philippine barangay with
# its purok and town ("purok 6, brgy. labangon, minglanilla 6046")
_LOWER_NUMBERED_STREET = compile_rx(
    r"(?<![\w./-])(?:flat[ \t]+\d{1,4}[a-z]?,[ \t]*)?\d{1,5}[a-z]?[ \t]+(?:[a-z]\.[ \t]?){0,3}"
    r"([a-z][a-z'-]{2,}(?:[ \t][a-z][a-z'-]{1,}){0,2})[ \t]+"
    r"(?:street|avenue|road|drive|lane|boulevard|crescent|terrace|hill|close|grove|gardens|way)\b"
    r"(?:[ \t]+(?:apt|unit|flat|suite)\.?[ \t]*#?\d{1,5}[a-z]?\b)?"
    r"(?:[ \t]+([a-z]{3,20})(?=[ \t]*(?:\n|$|,)))?",  # session 27 (v110): "135b burghley road louth"
    re.MULTILINE,
)
_LOWER_STREET_TYPES = ("street", "avenue", "road", "drive", "lane", "boulevard", "crescent", "terrace", "hill", "close",
                       "grove", "gardens", " way")
_NOT_STREET_WORD = frozenset([
    "the", "and", "down", "along", "across", "into", "onto", "from", "blocks", "doors", "houses", "miles",
    "minutes", "mins", "hours", "times", "steps", "yards", "metres", "meters", "feet", "away", "off", "out",
    "over", "past", "round", "around", "towards", "near", "more", "other", "one", "two", "each", "every", "same",
    "long", "only", "whole", "right", "wrong", "this", "that", "min", "hr", "hrs", "km", "mi", "sec", "secs", "day",
    "days", "week", "weeks", "minute", "hour", "mile", "metre", "meter",
])
_BRGY = compile_rx(
    r"(?:\bblk[ \t]+\d{1,4}[ \t]+lot[ \t]+\d{1,4},[ \t]*(?:phase[ \t]+\d{1,2},[ \t]*)?)?"  # "blk 15 lot 26, phase 2,"
    r"(?:\b(?:purok|sitio|zone)[ \t]+[\w-]+,[ \t]*)?\bbrgy\.?[ \t]+[a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+)?"
    r"(?:,[ \t]*[a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+)?(?:[ \t]+\d{4})?)?"
)
_NOT_LINE_TOWN = frozenset(["Dear", "Re", "To", "Attn", "Date", "Dr", "Mr", "Mrs", "Ms", "Miss", "Ref", "Private",
                            "Confidential", "Urgent", "Referral", "Letter", "Clinic", "Telephone", "Tel", "Phone",
                            "Fax", "Email", "Dictated", "Typed", "Copy", "Cc", "Enc", "Sir", "Madam", "Patient",
                            "Summary", "Discharge", "Outpatient", "Outpatients", "Hospital", "Ward", "Department"])


def _ages(low: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int]] = []
    if "died" in low:
        spans.extend(m.span(1) for m in _AGE_DIED.finditer(low))
    for m in _AGE_AT_LABEL.finditer(low):
        if m.start() == 0 or not low[m.start() - 1].isalpha():
            spans.append(m.span(1))
    if any(h in low for h in _FOREIGN_YEARS):
        spans.extend(m.span(1) for m in _AGE_FOREIGN.finditer(low))
    for m in _AGE_APPOSITION.finditer(low):
        if _RELATION_BEFORE.search(low, max(0, m.start() - 14), m.start()):
            spans.append(m.span(1))
    return [(s, e, "[AGE]") for s, e in spans]


def _first(m: re.Match[str]) -> tuple[int, int]:
    for i in range(1, (m.re.groups or 0) + 1):
        if m.group(i) is not None:
            return m.span(i)
    return m.span()


_ABBREV_PREFIX = ("Av.", "Avda.", "Bv.", "Bvd.", "Blvd.")


def _suffix_not_prefix(m: re.Match[str]) -> bool:
    """An abbreviated type ("Blvd.") before a clinical word and a number ends a street, and the
    next sentence opens with a value ("MLK Blvd. Glucose 48"), not "Av. Colon 493"."""
    if not m.group(0).startswith(_ABBREV_PREFIX):
        return False
    return any(_clinical(w.strip(",")) or w.strip(",").lower() in _VALUE_LABELS
               for w in m.group(0).split()[1:] if not w[0].isdigit())


# measurements that open a sentence with their value ("Glucose 48", "Lactate 2.2", "Weight 70")
_VALUE_LABELS = frozenset((
    "glucose", "lactate", "creatinine", "hb", "hgb", "haemoglobin", "hemoglobin", "potassium",
    "sodium", "bgl", "bm", "cbg", "inr", "wbc", "plt", "platelets", "temp", "temperature", "weight",
    "wt", "troponin", "etoh", "bac", "crp", "egfr", "urea", "bilirubin", "bili", "albumin",
    "magnesium", "phosphate", "calcium", "ferritin", "ldh", "ast", "alt", "alp", "ggt", "ck",
    "lipase", "amylase", "pulse", "sats",
))


def _clinical(word: str) -> bool:
    low = word.lower()
    return (
        low in DRUG_LEXICON or low in CLINICAL_WORDS or low in CLINICAL_VOCAB
        or word.lower() in CLINICAL_ABBREV
    )  # fmt: skip


# a Singapore HDB block address ("Blk 335 Jurong West St 52", "Blk 599 Tampines St 21")
_HDB = compile_rx(
    r"\b(?:Blk|Block)[ \t]+\d{1,4}[A-Z]?[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,3}[ \t]+"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Dr|Drive|Cres|Crescent|Cl|Close|Lane|Walk|Way|Ring|Link|Central)"
    r"(?:[ \t]+\d{1,3})?\b"
)
# a lower-case street after a residence verb ("lives at 17 elm st"); on the lower-cased text
# session 54: initials and up to three words ("lives at 106 j.p laurel st")
# session 23 (v75): a lower-case town after "lives in" ("lives in dubbo, mobile ..."): words that are
# no common English or clinical word, before a comma, a full stop or the line's end
_LOWER_TOWN = compile_rx(
    r"\b(?:(?:lives|living|lived|resides|residing|based|moved)[ \t]+(?:in[ \t]+|to[ \t]+)?"
    r"|w/[ \t]*(?:sister|brother|mum|mom|dad|mother|father|aunt|uncle|cousin|friend|daughter|son)[ \t]+in[ \t]+)"
    r"([a-z][a-z'-]{3,}(?:[ \t][a-z][a-z'-]{3,})?)"
    r"(?=[ \t]*(?:[,.;)]|$))",
    re.MULTILINE,
)
_LOWER_STREET = compile_rx(
    r"\b(?:lives|live|living|lived|resides|residing|staying)[ \t]+(?:at|on)[ \t]+"
    r"(\d{1,5}[a-z]?[ \t]+[a-z][a-z.'-]*(?:[ \t][a-z][a-z.'-]*){0,2}[ \t]+(?:st|street|rd|road|ave|avenue|ln|lane|dr|drive"
    r"|ct|court|way|pl|place|blvd|boulevard|cres|crescent|close|terrace|grove|hwy|highway)\b)"
)
# a town before its country ("from Cordoba, Argentina", "Lahore, Pakistan"): the comma and
# country first (a literal opens the pattern: fast scan), the town before it second
_COMMA_COUNTRY = compile_rx(
    r",[ \t]+(?:Poland|Romania|Lithuania|Latvia|Ukraine|Russia"
    r"|Germany|France|Spain|Italy|Portugal|Greece|Turkey|Pakistan|Bangladesh|Nepal|China|Japan"
    r"|Vietnam|Philippines|Thailand|Malaysia|Indonesia|Nigeria|Ghana|Kenya|Somalia|Ethiopia"
    r"|Eritrea|Sudan|Egypt|Morocco|Iraq|Iran|Syria|Afghanistan|Jamaica|Mexico|Brazil|Colombia"
    r"|Peru|Chile|Argentina|Cuba|Haiti|India|Sri[ \t]Lanka)\b"
)
_TOWN_BEFORE = compile_rx(r"(?<![\w-])([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\Z")


# session 23 (v76): a town with a joined preposition ("Stoke-on-Trent", "Newcastle-upon-Tyne",
# "Weston-super-Mare", "Ashby-de-la-Zouch", "Southend-on-Sea")
_JOINED_TOWN = compile_rx(
    r"\b[A-Z][a-z]+(?:-(?:on|upon|under|le|in|by|super|en|de|la|the|sur))+-[A-Z][a-z]+(?![\w-])"
)
_JOINED_HINTS = ("-on-", "-upon-", "-under-", "-le-", "-in-", "-by-", "-super-", "-en-", "-de-", "-sur-")


def place_spans(text: str, low: str) -> list[tuple[int, int, str]]:
    """Round-11 place, age, date and number spans (``low``: the lower-cased text)."""
    out: list[tuple[int, int, str]] = []
    if any(t in text for t in _LOWER_STREET_TYPES):
        for m in _LOWER_NUMBERED_STREET.finditer(text):
            if any(w in _NOT_STREET_WORD or (len(w) > 2 and _clinical(w)) for w in m.group(1).split()):
                continue
            town = m.group(2)
            end = m.end() if town is None or not (_clinical(town) or town in _NOT_STREET_WORD) else m.start(2)
            out.append((m.start(), end, "[ADDRESS]"))
    if "brgy" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _BRGY.finditer(text))
    for m in _CAPS_STREET.finditer(text) if _CAPS_HINT.search(text) else ():
        words = m.group(1).split()
        # session 22 (v73): the abbreviations are stored lower-case ("BP 163/84   ECG NSR   CT/CTA"),
        # and a street never crosses a column gap of three blanks
        if not any(w in _DOSE_WORDS or w.lower() in CLINICAL_ABBREV for w in words) and "   " not in m.group(0):
            out.append((m.start(), m.end(), "[ADDRESS]"))
    if any(h in text for h in _PREFIX_HINTS):
        for m in _PREFIX_STREET.finditer(text):
            if _suffix_not_prefix(m):
                continue  # session 34: "on MLK Blvd. Glucose 48, EtOH": the type ends a street
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                f = _FLOOR_DOOR.match(text, m.end()) if m.group(0)[-1].isalnum() else None
                out.append((m.start(), f.end() if f else m.end(), "[ADDRESS]"))
    for m in _LOT.finditer(text):
        before = text[max(0, m.start() - 2) : m.start()]
        if before == ", " or (len(before) == 2 and before[0].isdigit() and before[1] == " "):
            out.append((m.start(), m.end(), "[ADDRESS]"))
    out.extend((*m.span(1), "[ZIP]") for m in _CP.finditer(text))
    for m in _TOWN_AFTER_PREP.finditer(text) if any(h in low for h in _RESIDE_HINTS) else ():
        reside = _RESIDE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not reside or _IS_IN.search(text, max(0, m.start() - 12), m.end(0) - len(m.group(1))):
            continue
        words = m.group(1).split()
        street = len(words) > 1 and words[-1] in _SUFFIX_SET  # "lives on Baker Street"
        if m.group(0).lstrip().startswith("on") and not street:
            continue  # "lives on Oxygen", "lives on Ward 5": only a street is lived on
        if words[0].lower() not in _NOT_TOWN and (street or not any(_clinical(w) for w in words)):
            out.append((*m.span(1), "[ADDRESS]"))
    for m in _LIVES_FIELD.finditer(text) if "Lives" in text or "Resides" in text or "own:" in text else ():
        words = m.group(1).split()
        town_label = text[m.start() : m.start(1)].lower().startswith(("home", "hometown"))  # a town whatever its words
        if words[0].lower() not in _NOT_TOWN and not _clinical(words[0]) and (town_label or not all(
                _common(w) for w in words)):  # "Lives: Alone", "Lives: With wife"; session 27 (v105): "Home town: Chapel Hill"
            out.append((*m.span(1), "[ADDRESS]"))
    out.extend(_ages(low))
    if any(h in text for h in _JOINED_HINTS):
        out.extend((*m.span(), "[ADDRESS]") for m in _JOINED_TOWN.finditer(text))
    if "Route" in text or "Rte" in text or "Highway" in text or "Hwy" in text or "County Road" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _ROUTE.finditer(text))
    if ", " in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _DOOR_LOCALITY.finditer(text))
    if "Centre" in text or "Center" in text or "Practice" in text or "Surgery" in text or "Group" in text:
        for m in _PRACTICE_TOWN.finditer(text):
            if not any(_clinical(w) for w in m.group(1).split()):
                out.append((*m.span(1), "[ADDRESS]"))
        for m in _PRACTICE_LINE_TOWN.finditer(text):
            words = m.group(1).replace("-", " ").split()
            if words[0] not in _NOT_LINE_TOWN and not any(_clinical(w) for w in words) and (
                    m.group(1) not in _BRACKET_NOT_TOWN):  # session 27 (v110): "Derby", "Chesterfield" too
                out.append((*m.span(1), "[ADDRESS]"))
    if "(" in text or "The " in text:
        for m in _PRACTICE_TOWN_AFTER.finditer(text):
            g = 1 if m.group(1) else 2
            if not any(_clinical(w) for w in m.group(g).split()) and m.group(g) not in _BRACKET_NOT_TOWN:
                out.append((*m.span(g), "[ADDRESS]"))
    if "esidence" in text or "ddress" in text:
        for m in _RESIDENCE_SUBURB.finditer(text):
            out.extend(((*m.span(1), "[ADDRESS]"), (*m.span(2), "[ZIP]")))
    if ", " in text and _CAPS_HINT.search(text):
        for m in _CAPS_CITY_STATE.finditer(text):
            if not any(w.lower() in CLINICAL_ABBREV for w in m.group(1).split()):
                out.append((*m.span(1), "[ADDRESS]"))
    if "HC" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _HC_BOX.finditer(text))
    if " - " in text or "\u2013" in text:
        out.extend((*m.span(1), "[ZIP]") for m in _PIN_AFTER_DASH.finditer(text))
    for m in _LOWER_TOWN_STATE.finditer(text) if ", " in text else ():
        if not any(_common(w) or _clinical(w) for w in m.group(1).split()):
            out.append((*m.span(1), "[ADDRESS]"))
    if "Bl" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _HDB.finditer(text))
    if "live" in low or "resid" in low or "stay" in low:
        out.extend((*m.span(1), "[ADDRESS]") for m in _LOWER_STREET.finditer(low))
    for m in _LOWER_TOWN.finditer(text) if " in " in text or " to " in text else ():
        words = m.group(1).split()
        if not any(_common(w) or _clinical(w) for w in words):
            out.append((*m.span(1), "[ADDRESS]"))
    for c in _COMMA_COUNTRY.finditer(text) if ", " in text else ():
        town = _TOWN_BEFORE.search(text, max(0, c.start() - 30), c.start())
        if town and not any(_clinical(w) or w.lower() in _NOT_TOWN for w in town.group(1).split()):
            out.append((*town.span(1), "[ADDRESS]"))
    for m in _DATE_MON_DAY.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            out.append((m.start(), m.end(), "[DATE]"))
    if any(h in low for h in _FOREIGN_HINTS):
        out.extend((m.start(), m.end(), "[DATE]") for m in _DATE_FOREIGN.finditer(text))
    if "/" in text:
        for m in _SLASH_NUMBER.finditer(text):
            s0 = m.start()
            n = _NUMBER_NO_BEFORE.search(text, max(0, s0 - 30), s0)
            if n and len(m.group(1)) <= 4:
                out.append((n.start(1), m.end(1), "[ID]"))
                continue
            y = _LETTERS_YEAR_BEFORE.search(text, max(0, s0 - 8), s0)
            if y and len(m.group(1)) >= 4:
                out.append((y.start(1), m.end(1), "[ID]"))
    out.extend((*m.span(1), "[ID]") for m in _SIX_FOUR.finditer(text))
    if "(" in text:
        for m in literal_finditer(_PHONES, text, "("):
            if m.group(3) is not None or m.start() == 0 or not (
                text[m.start() - 1].isalnum() or text[m.start() - 1] in "_)"
            ):
                out.append((*_first(m), "[PHONE]"))
    if "HP" in text or "Hp" in text or "H/P" in text:
        out.extend((*m.span(1), "[PHONE]") for m in _PHONE_HP.finditer(text))
    return out
