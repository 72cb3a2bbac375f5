"""Session 11 (v32 misses, then a development corpus): regional forms and loose shapes.

- French and Quebec street lines, number first ("3273, avenue du Parc, app. 11", "88 rue des Lilas");
- Caribbean house numbers with "#" ("From #30 Coral Ridge Terrace");
- a town between "in" and a bracketed phone ("daughter Emily in Dauphin (2044028216)");
- accession numbers in brackets ("Flow cytometry (FC24-9584)");
- a date after a fracture's hash ("#NOF 06/12") and two day/month dates as a range ("School
  note for 5/6-5/8"); a day/month before a weight ("Weights: 7/28 92.1 kg");
- a name the ward calls the patient ("known on the ward as "Gussie""), a given name and any
  surname after a relation ("daughter Haley Ward"), initials before a labelled name ("Name: W.A.
  Nimal Perera"), a street named for a saint ("1450 St. Mary's Rd");
- after the CLI tester: Gulf addresses by numbers ("Villa 12, Street 5") and a European postcode
  before its town after a comma ("Calle de Alcala 42, 28014 Madrid").
"""

from __future__ import annotations

import re

from processors.deid.leading import compile_rx
from processors.deid.names import CLINICAL_ABBREV, CLINICAL_VOCAB, FIRST_NAMES, SURNAMES
from processors.deid.unknown import is_known_word
from processors.deid.values import _UK_DENOMINATORS  # days, months, hours, weeks ("2/7-3/7")

__all__ = ["local_form_spans"]

# Speed: each pattern opens with a literal or a character class (the regex engine then scans in
# C) and what must come before it is checked on a short slice.
_STREET_TYPES = (
    r"Street|St|Road|Rd|Avenue|Ave|Terrace|Drive|Dr|Lane|Ln|Close|Gardens|Gap|Hill|Heights|Crescent"
    r"|Way|Place|Court|Ct|Boulevard|Blvd|Ridge|View|Park|Row|Walk|Circle"
)
_HASH_HOUSE = compile_rx(
    rf"#\d{{1,4}}[A-Za-z]?[ \t]+(?:\d+(?:st|nd|rd|th)[ \t]+|[A-Z][a-z]+[ \t]+){{1,3}}(?:{_STREET_TYPES})\b\.?"
)
_BRACKET_PHONE = compile_rx(r"\((?=[+\d(])[+\d() \t-]{9,20}\)")
_TOWN_BEFORE = compile_rx(r"\bin[ \t]+([A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,})?)[ \t]*\Z")
_BRACKET_ACCESSION = compile_rx(r"\(([A-Z]{1,3}\d{2}-\d{3,7})\)")
_FRACTURE_DATE = compile_rx(  # session 16 (v45): a month at most 12 ("#NOF 6/52 prior" is six weeks)
    r"#[A-Z][A-Za-z]{1,6}[ \t]+(\d{1,2}/(?:1[0-2]|0?[1-9])(?:/\d{2,4})?)(?![\d/])"
    # session 45 (deid tester): "#NOF 4/7 post op", "#NOF 2/12 POST OP" are days / months since the operation
    r"(?![ \t]*(?i:post|ago|prior|since|hx|history|duration)\b)"
)
# both open at the slash; the number before it is read from a slice
_DM_RANGE = compile_rx(r"/(\d{1,2})[ \t]*-[ \t]*(\d{1,2})/(\d{1,2})(?![\d/])")
_DM_BEFORE_WEIGHT = compile_rx(r"/(?:3[01]|[12]\d|0?[1-9])[ \t]+\d{2,3}(?:\.\d{1,2})?[ \t]*(?:kg|lbs?)\b")
_DAY_BEFORE = compile_rx(r"(?<![\d/.])\d{1,2}\Z")
_QUOTED_NAME = compile_rx(r"[\"\u201c'\u2018]([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[\"\u201d'\u2019]")
_KNOWN_AS_BEFORE = compile_rx(
    r"\b(?:[Kk]nown|[Gg]oes|[Cc]alled|[Nn]icknamed|name[ \t]+is|likes[ \t]+to[ \t]+be[ \t]+called|prefers[ \t]+to[ \t]+be[ \t]+called)"
    r"\b[^\"\u201c\n]{0,24}\Z"
)
# session 11 (CLI tester): Gulf addresses by numbers ("Villa 12, Street 5"), a European
# postcode before its town after a comma ("Calle de Alcala 42, 28014 Madrid")
_NUMBERED_ADDRESS = compile_rx(
    r"(?:Villa|House|Building|Bldg|Plot|Flat|Apartment|Apt)[ \t]+\d{1,5}[A-Za-z]?,[ \t]*"
    r"(?:Street|St|Road|Rd|Lane|Block|Sector|Way)[ \t]+\d{1,4}\b"
)
_POSTCODE_TOWN = compile_rx(r",[ \t]*(\d{5})[ \t]+([A-Z][a-z\u00e0-\u00ff]{2,}(?:[ \t]+[A-Z][a-z\u00e0-\u00ff]{2,})?)\b")
_NOT_TOWNS = frozenset(["Units", "Unit", "International", "Tablets", "Daily", "Cells"])
# session 11 (v33): a specimen number with a period ("OGD biopsy G23.78772": ICD-10 codes have at
# most four characters after the period), a lower-case typed sign-off ("brittany miller, rn"),
# initials in brackets that are the name's ("ENP Mandy Turner (mt)"), "maiden name Price", a town
# on the line above its postcode, an Indian "Address: #599, 3rd Floor, Sri Sai Residency"
_SPECIMEN_DOT = compile_rx(r"\d\d\.\d{5,6}\b")  # its letters are checked before it (speed)
_SPECIMEN_LETTERS = compile_rx(r"(?<![\w.])[A-Z]{1,3}\Z")
# one line: the name, credentials (any case; v35: several), and the typist's initials after a slash
_LOWER_SIGNOFF = compile_rx(
    r"^[ \t]*([a-z]{2,}[ \t]+[a-z]{2,}(?:[-'][a-z]{2,})?),[ \t]*"
    r"(?i:rn|lpn|lvn|md|np|pa|pa-c|ma|ms|msc|bsc|cna|do|rd|pt|ot|otr|dpt|slp|ccc-slp|lcsw)\.?"
    r"(?:,[ \t]*[A-Za-z][A-Za-z./-]{1,9})*(?:[ \t]*/[ \t]*([a-z]{2,3}))?[ \t]*$",
    re.MULTILINE,
)
_OWN_INITIALS = compile_rx(r"\(([a-z]{2,3}|[A-Z]{2,3})\)")
_NAME_BEFORE = compile_rx(r"\b([A-Z])[a-z]+[ \t]+([A-Z])[a-z'-]+(?=[ \t]*(?:,[^\n()]{0,40})?\Z)")
_MAIDEN = compile_rx(r"\b(?:maiden|birth|previous|former)[ \t]+(?:name|surname)[ \t:]+([A-Z][a-z'-]+)")
_TOWN_ABOVE_POSTCODE = compile_rx(
    r"^[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]*\n[ \t]*"
    r"(?:[A-Z]\d{2}[ \t]?[A-Z0-9]{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})[ \t]*$",
    re.MULTILINE,
)
_POSTCODE_LINE = compile_rx(r"\n[ \t]*[A-Z][A-Z\d]?\d")  # a line opening like a postcode (a cheap gate)
# session 11 (v34): an age in brackets after a year ("DOB: 17 June 1925 (97)"), a flat in a named
# building before the street ("6 Perry Court, 75 Glover Road"), "House No. 28, Umoja II", staff
# initials before the same name ("FG (Fraser Gillespie, CNS)", "CF / Chelsea Foster"), a handoff
# "-- CP to Lisa J.", a lower-case "ramirez, jonathan / MRN", Maori names with "Te"
_AGE_AFTER_YEAR = compile_rx(r"\b(?:18|19|20)\d\d[ \t]*\((9\d|1[01]\d)\)")
_BUILDING_THEN_STREET = compile_rx(
    r"\b\d{1,4}[A-Za-z]?[ \t]+[A-Z][a-z]+[ \t]+(?:Court|House|Mews|Lodge|Mansions|Buildings|Close|Flats"
    r"|Apartments|Tower|Towers|Heights|Gardens)[ \t]*,[ \t]*\d{1,5}[A-Za-z]?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
)
_NUMBERED_HOUSE = compile_rx(
    r"\b(?:House|Plot|Stand|Erf|Flat)[ \t]+No\.?[ \t]*\d{1,5}[A-Za-z]?(?:,[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z0-9][A-Za-z0-9]*){0,2})?"
)
_INITIALS_THEN_NAME = compile_rx(r"\b([A-Z]{2,3})[ \t]*(?:/|\()[ \t]*([A-Z])[a-z'-]+[ \t]+([A-Z])[a-z'-]+")
_HANDOFF = compile_rx(r"^[ \t]*-{1,2}[ \t]*([A-Z]{2,3})[ \t]+to[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z]\.?)?)", re.MULTILINE)
_LOWER_SURNAME_GIVEN = compile_rx(r"([a-z]{2,}(?:-[a-z]{2,})?,[ \t]*[a-z]{2,})[ \t]*/[ \t]*(?:MRN|DOB|NHS|UR|DOS)\b")
_TE_NAME = compile_rx(r"(?:[:;]|\b(?:midwife|nurse|daughter|son|wife|husband|whanau|wh\u0101nau|kaumatua|partner))"
                      r"[ \t]+([A-Z][a-z]+[ \t]+Te[ \t]+[A-Z][a-z]+)")
# session 11 (v35 and the third tester): Cayman postcodes, Malaysian MyKad numbers and "a/l"
# names, a flat in a named building before its street, lower-case sign-offs with several
# credentials and their initials, initials in brackets after the name they stand for, "Dr.
# Morales, LM", "hygienist N.O.", a given name and any surname before a credential ("Deanna Ward,
# DDS"), lower-case names after a label
_CAYMAN_POSTCODE = compile_rx(r"\bKY\d-\d{4}\b")
_MYKAD = compile_rx(r"\d{6}-\d\d-\d{4}(?!\d)")  # opens at a digit (speed); the one before it is checked
_MALAY_PATRONYM = compile_rx(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:a/l|a/p|s/o|d/o|bin|binti)[ \t]+[A-Z][a-z]+\b")
_UNIT_BUILDING_STREET = compile_rx(
    r"\b(?:Unit|Flat|Apt\.?|Apartment)[ \t]+\d{1,4}[A-Za-z]?,[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t-][A-Za-z][\w'\u2019.-]*){0,3},"
    r"[ \t]*(?:\d{1,5}[A-Za-z]?[ \t]+)?[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}"
)
_DR_SURNAME_INITIALS = compile_rx(r"\bDr\.?[ \t]+[A-Z][a-z'-]+,[ \t]*([A-Z]{2,3})\b")
_ROLE_DOTTED_INITIALS = compile_rx(r"\b(?:hygienist|assistant|scribe|nurse|tech|technician|HCA|RN|MA)[ \t]+((?:[A-Z]\.){2,3})")
_GIVEN_BEFORE_CRED = compile_rx(r"\b(([A-Z][a-z]+)[ \t]+[A-Z][a-z'-]+),[ \t]*(?:DDS|DMD|MD|DO|RN|NP|PA|PA-C|RGN|MBBS|PhD|CNS)\b")
# session 59 (deid tester A: transcripts): a speaker's filler before the name ("Pt: um cassie graves,")
_LOWER_AFTER_LABEL = compile_rx(r"\b(?:Patient|Pt|Name|Client)[ \t]*:[ \t]*(?:(?:um|uh|erm|er|ah|uhm),?[ \t]+)?"
                                r"([a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){1,2})(?=[ \t]*(?:\(|,|$|[ \t]{2}))", re.MULTILINE)
# session 11 (third tester): a name after a role that is no title elsewhere ("Officer Grant
# Stokely", "ODP Hope Marsh", "Escort: Grant Stokely, Hope Marsh", "Charge nurse Ward"), "Bell,
# Major (husband)", "BRAITHWAITE , Cornelius", names on the lines after a name label, "Surname:" /
# "Forename:" fields, HL7 names with carets ("QUILL^AMBROSE^TIBERIUS"), MAC addresses with colons,
# social handles, spaced-out record numbers, Roman-numeral months, ISO weeks
_ROLE_NAME = compile_rx(
    r"\b(?:Officer|ODP|Escort|Escorts|Porter|Chaplain|Constable|PC|Sgt|Sergeant|Warden|Guard|Advocate"
    r"|[Cc]harge[ \t]+nurse|[Ss]taff[ \t]+nurse|[Hh]ealthcare[ \t]+officer|Matron)[ \t]*:?[ \t]+"
    r"([A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?(?:,[ \t]*[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?)*)\b(?![ \t]*\d)"
)  # session 19: "\b" first, or "PC Rajesh Hussain 1207" backtracked to "Rajesh Hussai" and left the "n"
_NAME_THEN_RELATION = compile_rx(
    r"\b([A-Z][a-z'-]+,[ \t]*[A-Z][a-z'-]+)[ \t]*\((?:husband|wife|son|daughter|mother|father|partner|NOK|brother|sister|carer)\)"
)
_CAPS_SPACE_COMMA = compile_rx(r"\b([A-Z]{2,}(?:-[A-Z]{2,})?[ \t]+,[ \t]*[A-Z][a-z]+)\b")
_LABEL_THEN_LINES = compile_rx(
    r"(?i:name|surname|forenames?|given[ \t]+names?|first[ \t]+name|last[ \t]+name)[ \t]*:[ \t]*\n[ \t]*"
    r"([A-Z][A-Za-z'-]+)(?:[ \t]*\n[ \t]*([A-Z][A-Z'-]+|[A-Z][a-z'-]+)[ \t]*(?=\n|$))?"
)
_NAME_FIELD = compile_rx(
    r"\b(?:Surname|SURNAME|Forenames?|FORENAMES?|First[ \t]+[Nn]ame|Last[ \t]+[Nn]ame|Family[ \t]+[Nn]ame"
    r"|Given[ \t]+[Nn]ames?|Middle[ \t]+[Nn]ame)(?:\([sS]\))?[ \t]*:[ \t]*([A-Z][A-Za-z'-]+(?:[ \t]{1,2}[A-Z][A-Za-z'-]+)?)"  # no column gap
)
_HL7_NAME = compile_rx(  # session 16 (v47): also mixed case outside a segment ("Patient: Byrd^Manuel")
    r"\b([A-Z][A-Z'-]+(?:\^[A-Z][A-Z'-]*){1,4}|[A-Z][a-z'-]+(?:\^[A-Z][a-z'-]*){1,3})(?!\w)"
)
_MAC_COLON = compile_rx(r"\b(?:[0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}\b")
_HANDLE = compile_rx(r"(?<![\w.@])@([A-Za-z][\w.]{2,30}[A-Za-z0-9])")
# a record number written in short groups ("MRN: 0 0 4 4 1 7 8 2", "DN 772 118 903"): 6+ digits
_SPACED_NUMBER = compile_rx(
    r"\b(?:MRN|UR|NHS|ID|DN|Hosp(?:ital)?[ \t]+(?:No|number))[ \t]*[:#.]?[ \t]*((?:\d{1,3}[ \t]){2,11}\d{1,4})\b"
)
_ROMAN_MONTH_DATE = compile_rx(r"\b\d{1,2}\.(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.(?:\d{4}|\d{2})\b")
_ISO_WEEK = compile_rx(r"\b(?:19|20)\d\d-?W[0-5]\d(?:-?[1-7])?\b")
# a French or Quebec street line, number first ("88 rue des Lilas", "3273, avenue du Parc, app. 11")
_FRENCH_TYPES = (
    "rue", "avenue", "av.", "boulevard", "boul.", "bd", "chemin", "ch.", "place", "c\u00f4te", "cote", "rang",
    "mont\u00e9e", "montee", "route", "promenade", "all\u00e9e", "allee", "impasse", "croissant", "terrasse", "quai",
)  # fmt: skip
# session 13 (v39): written capitalised too ("59 Rue de la Fronti\u00e8re, Gorey, Jersey")
_FRENCH_TYPES_CAPS = ("Rue", "Chemin", "Boulevard", "Route", "Impasse", "All\u00e9e", "Quai", "Mont\u00e9e", "Rang")
_FRENCH_STREET = compile_rx(  # opens at a digit (speed): the character before it is checked
    r"\d{1,5}(?:-\d{1,5})?(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:"
    + "|".join(re.escape(t) for t in (*_FRENCH_TYPES, *_FRENCH_TYPES_CAPS)) + r")[ \t]+"
    r"(?:(?:de[ \t]+la|de[ \t]+l'|du|des|de|d'|la|le|l')[ \t]*)?[A-Z\u00c0-\u00de][\w'\u2019.-]*"
    r"(?:[ \t-][A-Z\u00c0-\u00de][\w'\u2019.-]*){0,3}"
    r"(?:,[ \t]*(?:app\.?|apt\.?|appartement|bureau|suite|unit\u00e9)[ \t]*\d{1,5}[A-Za-z]?)?"
)
_SOCIAL_ID = compile_rx(
    r"(?:\b(?:Skype|Twitter|Instagram|Facebook|TikTok|Snapchat|WhatsApp|[Uu]sername|[Uu]ser[ \t]+name)"
    r"(?:[ \t]+id)?[ \t]*:?[ \t]+@?"
    # session 16 (v46): a "handle" only with ":" or "@" and not inside a word ("bucket-handle tear")
    r"|(?<![\w-])[Hh]andle[ \t]*(?::[ \t]*@?|[ \t]+@))([A-Za-z][\w.]{2,30}[A-Za-z0-9])"
)
_INITIALS_LABEL = compile_rx(r"\b[Ii]nitials[ \t]*:?[ \t]+((?:[A-Z]\.){2,4}|[A-Z]{2,4}\b)")
_DONATION_NUMBER = compile_rx(r"\b[A-Z]\d{3}[ \t]\d{3}[ \t]\d{3}[ \t]\d{3}(?:[ \t][A-Z0-9]\b)?")
_JULIAN_DATE = compile_rx(r"(?i:julian|day|date)[ \t:]+(?:day[ \t]+)?((?:19|20)\d\d[-.]\d{3})\b")
# cheap gates (each opens at a literal or a class, so the engine scans in C)
_DIGIT_SPACE_DIGIT = compile_rx(r"\d[ \t]\d")
_JULIAN_GATE = compile_rx(r"\d\d[-.]\d{3}(?![\d-])")
_ISO_WEEK_GATE = compile_rx(r"W[0-5]\d")
_ROMAN_GATE = compile_rx(r"\.(?:[ivx]{1,4}|[IVX]{1,4})\.")
_MAC_GATE = compile_rx(r"[0-9A-Fa-f]:[0-9A-Fa-f]{2}:")
_DOTTED_GATE = compile_rx(r"[A-Z]\.[A-Z]\.")
_AGE_BRACKET_GATE = compile_rx(r"\((?:9\d|1[01]\d)\)")
_ROLE_WORDS = ("Officer", "ODP", "Escort", "Porter", "Chaplain", "Constable", "PC ", "Sgt", "Sergeant", "Warden",
               "Guard", "Advocate", "harge nurse", "taff nurse", "ealthcare officer", "Matron")
_FIELD_LABELS = ("Surname", "SURNAME", "Forename", "FORENAME", "irst name", "irst Name", "ast name", "ast Name",
                 "amily name", "amily Name", "iven name", "iven Name", "iddle name", "iddle Name")
_SOCIAL_WORDS = ("Skype", "Twitter", "Instagram", "Facebook", "TikTok", "Snapchat", "WhatsApp", "sername",
                 "ser name", "andle")
_PATRONYMS = (" a/l ", " a/p ", " s/o ", " d/o ", " bin ", " binti ")
_BUILDINGS = ("Court,", "House,", "Mews,", "Lodge,", "Mansions,", "Buildings,", "Close,", "Flats,", "Apartments,",
              "Tower,", "Towers,", "Heights,", "Gardens,")
_UNITS = ("Unit ", "Flat ", "Apt", "Apartment ")
_CREDENTIALS = tuple(f", {c}" for c in ("DDS", "DMD", "MD", "DO", "RN", "NP", "PA", "RGN", "MBBS", "PhD", "CNS"))
_RELATION_BRACKETS = tuple(f"({w})" for w in ("husband", "wife", "son", "daughter", "mother", "father", "partner",
                                               "NOK", "brother", "sister", "carer"))
_LABEL_COLONS = ("Patient", "Pt", "Name", "Client")
_MRN_AFTER_SLASH = ("/ MRN", "/MRN", "/ DOB", "/DOB", "/ NHS", "/NHS", "/ UR", "/ DOS")
_ADDRESS_NUMBER_FIRST = compile_rx(
    r"Address[ \t]*:[ \t]*((?:#|No\.?[ \t]*)\d{1,5}[A-Za-z/\d-]*(?:[ \t]+[A-Z][A-Za-z]*){0,4}"
    r"(?:,[ \t]*[^,\n]{1,40}?(?=,|\n|[ \t]{2}|$)){0,2})"
)
_SAINT_STREET = compile_rx(rf"St\.?[ \t]+[A-Z][a-z]+(?:'s|\u2019s)?[ \t]+(?:{_STREET_TYPES})\b\.?")
_HOUSE_BEFORE = compile_rx(r"(?<![\w/.-])\d{1,5}[A-Za-z]?[ \t]+\Z")
# a given name and a surname after a relation, whatever the surname is ("daughter Haley Ward")
_RELATIONS = (
    "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "niece", "nephew",
    "partner", "granddaughter", "grandson", "friend", "neighbour", "neighbor", "carer", "caregiver",
    # v33: staff by role ("pharmacist Anthony Ward")
    "pharmacist", "nurse", "physician", "therapist", "dietitian", "chaplain", "interpreter", "midwife",
    "paramedic", "coordinator", "technician", "physiotherapist",
)  # fmt: skip
_GIVEN_AND_SURNAME = compile_rx(r"[ \t]+([A-Z][a-z]+)[ \t]+[A-Z][a-z]+\b(?![ \t]*\d)")
# initials with periods before a labelled name ("Name: W.A. Nimal Perera")
_NAME_LABELS = ("Name", "Patient", "Pt", "Client", "Resident")
_INITIALS_NAME = compile_rx(
    r"[ \t]*:[ \t]*((?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}"
    # v33: "Name: Cox, Marilyn V", "Patient: HOLMES, Joseph V" (a middle initial without its period)
    r"|[A-Z][A-Za-z'-]+,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z]\b\.?)?)"
)


def _day_month(a: int, b: int) -> bool:
    return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)


def _range_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _DM_RANGE.finditer(text):
        first = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if first is None:
            continue
        a, (b, c, d) = int(first.group(0)), (int(g) for g in m.groups())
        if not (_day_month(a, b) and _day_month(c, d)):
            continue
        if b in _UK_DENOMINATORS and d in _UK_DENOMINATORS or b == d and a < c <= b:
            continue  # "2/7-3/7" (days), "3/10-5/10" (a score range)
        out.append((first.start(), m.end(1), "[DATE]"))
        out.append((m.start(2), m.end(3), "[DATE]"))
    return out


def _free_start(text: str, s: int) -> bool:
    """No letter or digit right before ``s`` (a pattern opening at a digit starts a word there)."""
    return s == 0 or not text[s - 1].isalnum()


def _lower_name(words: str) -> bool:
    """Lower-case words that read as a name: the first a listed name or no English word."""
    first = words.split()[0].strip("'")
    return first in FIRST_NAMES or first in SURNAMES or not is_known_word(first)


def _word_at(text: str, word: str) -> list[int]:
    """End offsets of ``word`` as a whole word in ``text`` (found with str.find: speed)."""
    out: list[int] = []
    i = text.find(word)
    while i >= 0:
        e = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
            out.append(e)
        i = text.find(word, e)
    return out


def _people_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for word in _RELATIONS:
        i = text.find(word + " ")  # the space: most "son"s inside words ("person,") never reach Python
        while i >= 0:
            e = i + len(word)
            if i == 0 or not text[i - 1].isalpha():
                m = _GIVEN_AND_SURNAME.match(text, e)
                if m and m.group(1).lower() in FIRST_NAMES:
                    out.append((m.start(1), m.end(), "[NAME]"))
            i = text.find(word + " ", e)
    if ":" in text:
        for label in _NAME_LABELS:
            for e in _word_at(text, label):
                m = _INITIALS_NAME.match(text, e)
                if m:
                    out.append((*m.span(1), "[NAME]"))
    if '"' in text or "\u201c" in text or "'" in text or "\u2018" in text:
        for m in _QUOTED_NAME.finditer(text):
            if _KNOWN_AS_BEFORE.search(text, max(0, m.start() - 70), m.start()):
                out.append((*m.span(1), "[NAME]"))
    return out


def _service_words(words: str) -> bool:
    """Two known English words and neither a listed name: a service's initials ("interRAI Home
    Care (HC)", session 36), not a person's ("Rose Brown (RB)")."""
    parts = words.split()
    return all(is_known_word(w) and w.lower() not in FIRST_NAMES and w.lower() not in SURNAMES for w in parts)


def local_form_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, placeholder) of the forms in the module doc."""
    out: list[tuple[int, int, str]] = []
    if any(t + " " in text for t in _FRENCH_TYPES) or any(t + " " in text for t in _FRENCH_TYPES_CAPS):
        out.extend((*m.span(), "[ADDRESS]") for m in _FRENCH_STREET.finditer(text) if _free_start(text, m.start()))
    if "#" in text:
        for m in _HASH_HOUSE.finditer(text):
            if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "#"):
                out.append((*m.span(), "[ADDRESS]"))
        out.extend((*m.span(1), "[DATE]") for m in _FRACTURE_DATE.finditer(text))
    if "(" in text:
        for m in _BRACKET_PHONE.finditer(text):
            t = _TOWN_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if t:
                out.append((*t.span(1), "[ADDRESS]"))
        out.extend((*m.span(1), "[ID]") for m in _BRACKET_ACCESSION.finditer(text))
    if "/" in text:
        out.extend(_range_spans(text))
        if "kg" in text or "lb" in text:
            for m in _DM_BEFORE_WEIGHT.finditer(text):
                month = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
                if month and 1 <= int(month.group(0)) <= 12:
                    out.append((month.start(), m.start() + len(m.group(0).split()[0]), "[DATE]"))
    if "St" in text:
        for m in _SAINT_STREET.finditer(text):
            h = _HOUSE_BEFORE.search(text, max(0, m.start() - 10), m.start())
            if h:
                out.append((h.start(), m.end(), "[ADDRESS]"))
    for m in _SPECIMEN_DOT.finditer(text):
        letters = _SPECIMEN_LETTERS.search(text, max(0, m.start() - 4), m.start())
        if letters:
            out.append((letters.start(), m.end(), "[ID]"))
    if "(" in text:
        for m in _OWN_INITIALS.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            ini = m.group(1).lower()
            if name and ini[0] == name.group(1).lower() and ini[-1] == name.group(2).lower() and not (
                    _service_words(text[name.start() : name.end()])):
                out.append((*m.span(1), "[NAME]"))
    if "maiden" in text or "former" in text or "birth name" in text or "previous name" in text:
        out.extend((*m.span(1), "[NAME]") for m in _MAIDEN.finditer(text))
    if _POSTCODE_LINE.search(text):
        out.extend((*m.span(1), "[ADDRESS]") for m in _TOWN_ABOVE_POSTCODE.finditer(text))
    if "Address" in text:
        out.extend((*m.span(1), "[ADDRESS]") for m in _ADDRESS_NUMBER_FIRST.finditer(text))
    if "KY" in text:
        out.extend((*m.span(), "[ZIP]") for m in _CAYMAN_POSTCODE.finditer(text))
    if "-" in text:
        out.extend((*m.span(), "[ID]") for m in _MYKAD.finditer(text) if _free_start(text, m.start()))
    if any(p in text for p in _PATRONYMS):
        out.extend((*m.span(), "[NAME]") for m in _MALAY_PATRONYM.finditer(text))
    if any(u in text for u in _UNITS):
        out.extend((*m.span(), "[ADDRESS]") for m in _UNIT_BUILDING_STREET.finditer(text))
    if "," in text:
        for m in _LOWER_SIGNOFF.finditer(text):
            out.append((*m.span(1), "[NAME]"))
            if m.group(2):
                out.append((*m.span(2), "[NAME]"))
        if "Dr" in text:
            # session 39 (final deid tester): "Dr Fisher, ICU" - a unit, not initials
            out.extend((*m.span(1), "[NAME]") for m in _DR_SURNAME_INITIALS.finditer(text)
                       if m.group(1).lower() not in CLINICAL_ABBREV)
        if any(c in text for c in _CREDENTIALS):
            out.extend((*m.span(1), "[NAME]") for m in _GIVEN_BEFORE_CRED.finditer(text) if m.group(2).lower() in FIRST_NAMES)
    if _DOTTED_GATE.search(text):
        out.extend((*m.span(1), "[NAME]") for m in _ROLE_DOTTED_INITIALS.finditer(text))
    if any(label + ":" in text or label + " :" in text for label in _LABEL_COLONS):
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_AFTER_LABEL.finditer(text) if _lower_name(m.group(1)))
    if _AGE_BRACKET_GATE.search(text):
        out.extend((*m.span(1), "[AGE]") for m in _AGE_AFTER_YEAR.finditer(text))
    if any(b in text for b in _BUILDINGS):
        out.extend((*m.span(), "[ADDRESS]") for m in _BUILDING_THEN_STREET.finditer(text))
    if "No" in text:
        out.extend((*m.span(), "[ADDRESS]") for m in _NUMBERED_HOUSE.finditer(text))
    if "/" in text or "(" in text:
        for m in _INITIALS_THEN_NAME.finditer(text):
            ini = m.group(1)
            if ini[0] == m.group(2) and ini[-1] == m.group(3):
                out.append((*m.span(1), "[NAME]"))
    if "-" in text:
        for m in _HANDOFF.finditer(text):
            out.extend([(*m.span(1), "[NAME]"), (*m.span(2), "[NAME]")])
    if any(x in text for x in _MRN_AFTER_SLASH):
        out.extend((*m.span(1), "[NAME]") for m in _LOWER_SURNAME_GIVEN.finditer(text))
    if " Te " in text:
        out.extend((*m.span(1), "[NAME]") for m in _TE_NAME.finditer(text))
    for m in _NUMBERED_ADDRESS.finditer(text):
        out.append((*m.span(), "[ADDRESS]"))
    for m in _POSTCODE_TOWN.finditer(text):
        if m.group(2).split()[0] not in _NOT_TOWNS:
            out.extend([(*m.span(1), "[ZIP]"), (*m.span(2), "[ADDRESS]")])
    out.extend(_field_and_format_spans(text))
    out.extend(_people_spans(text))
    return out


def _field_and_format_spans(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    if any(r in text for r in _ROLE_WORDS):
        out.extend((*m.span(1), "[NAME]") for m in _ROLE_NAME.finditer(text))
    if any(r in text for r in _RELATION_BRACKETS):
        out.extend((*m.span(1), "[NAME]") for m in _NAME_THEN_RELATION.finditer(text))
    if " ," in text:
        out.extend((*m.span(1), "[NAME]") for m in _CAPS_SPACE_COMMA.finditer(text)
                   if m.group(1).split()[0].lower() not in CLINICAL_ABBREV
                   and m.group(1).rsplit(",", 1)[-1].strip().lower() not in CLINICAL_VOCAB)  # session 41: not "DM , Barrett's"
    if ":\n" in text or ": \n" in text:
        for m in _LABEL_THEN_LINES.finditer(text):
            out.append((*m.span(1), "[NAME]"))
            if m.group(2):
                out.append((*m.span(2), "[NAME]"))
    if any(label in text for label in _FIELD_LABELS):
        out.extend((*m.span(1), "[NAME]") for m in _NAME_FIELD.finditer(text))
    if _MAC_GATE.search(text):
        out.extend((*m.span(), "[ID]") for m in _MAC_COLON.finditer(text))
    if "^" in text:
        out.extend((*m.span(1), "[NAME]") for m in _HL7_NAME.finditer(text))
    if "@" in text:
        out.extend((*m.span(), "[NAME]") for m in _HANDLE.finditer(text))
    if _DIGIT_SPACE_DIGIT.search(text):
        out.extend((*m.span(1), "[ID]") for m in _SPACED_NUMBER.finditer(text) if sum(c.isdigit() for c in m.group(1)) >= 6)
        out.extend((*m.span(), "[ID]") for m in _DONATION_NUMBER.finditer(text))
    if _ROMAN_GATE.search(text):
        out.extend((*m.span(), "[DATE]") for m in _ROMAN_MONTH_DATE.finditer(text))
    if _ISO_WEEK_GATE.search(text):
        out.extend((*m.span(), "[DATE]") for m in _ISO_WEEK.finditer(text))
    if any(w in text for w in _SOCIAL_WORDS):
        out.extend((*m.span(1), "[NAME]") for m in _SOCIAL_ID.finditer(text))
    if "nitials" in text:
        out.extend((*m.span(1), "[NAME]") for m in _INITIALS_LABEL.finditer(text))
    if _JULIAN_GATE.search(text):
        out.extend((*m.span(1), "[DATE]") for m in _JULIAN_DATE.finditer(text))
    return out
