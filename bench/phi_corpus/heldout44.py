"""HELD-OUT v44 PHI corpus: written independently, before any round-44 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout41 / heldout42 / heldout43 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v43 it aims at the MAINSTREAM of
English-language clinical text with ordinary PHI density; it is modelled on UNITED STATES
hospital and clinic records in the style of the de-identification research literature
(longitudinal records with "Record date:" headers and shifted years such as 2073, dictated
discharge summaries, terse nursing shorthand), written fresh here, plus three notes from other
countries. Note kinds and phrasing differ from v41 - v43. Templates, cycled in order (see
``TEMPLATES``): primary-care follow-ups under "Record date: 2089-04-07" (clinic street and town,
"LAST, First", "s/p CABG 12/2069", wife's word-name such as "Joy", cardiologist, "Feb '64",
signature with "DJ/ap" initials); arrhythmia-clinic letters to the PCP ("RE: First M. Last",
pleasant "9x-year-old woman" sometimes, CHA2DS2-VASc, Eliquis, letterhead phone / fax, the
cardiologist's e-mail, cc to the patient's address); oncology infusion visits ("Last, First",
core-biopsy accession, port placed by a surgeon's surname, C1D1 "20 Sep", husband, nurse
navigator's phone, teaching-sheet URL); dictated CHF discharge summaries ("PATIENT: LAST, FIRST
M", MR# and ACCT#, "92-year-old" half the time, Coumadin / Lasix, follow-up "Monday, November
4", "D: / T:" stamps, "AB/cd" initials); COPD admission H&Ps ("Apr 2023" PFTs, "Nov '20"
intubation, daughter April / June / May / Paris as HCP, remote Bell's palsy, lower-case MS3
name, numeric pager); CVICU nursing shift notes (Swan-Ganz numbers, Foley, son "Will", "Dr
King", spouse's cell, son's town); night-shift floor notes (misspelt patient surname, daughter
"Josephine" with the nickname "Jo" in quotes, "f.last RN"); ED provider notes (FIN, "last
Tuesday 5/3" urgent-care visit in another town, HEART score, fellow sometimes "Dr. Austin ...",
attending initials); case-management SNF placement (Medicaid ID, MBI, facility street and town,
son HCP, admissions e-mail, "x149" extension, "SSN xxx-xx-1196", "x6-5152" extension);
behavioural-health intakes (nickname, ex-partner Jordan / Chase / Hunter in a quotation, PHQ-9 /
GAD-7 / C-SSRS, mother's address and phone, client e-mail); 4-year well-child checks (mother,
brother, dentist, scribe initials, percentiles); 20-week prenatal visits (G2P1001, EDD, FOB,
doula e-mail, L&D triage); pre-anaesthesia evaluations (Nissen fundoplication, "Thursday, May
19", STOP-BANG, surgical-admitting street, son "Will" / "Grant" for the ride home, CRNA);
hospital-to-SNF transfer summaries (patients >= 90, receiving facility address, nurse "Rose"
taking report, MOLST, daughter HCP, grandson); English AMU clerking (NHS number with a valid
check digit, "20.05.1942" DOB, Leeds-area address and postcode, TTO "5/7", "6/52", NOK 07
mobile, FY1 bleep); inpatient- rehab admissions (TKA, Section GG, spouse, home address with
steps); CMS-485 home-health certifications (MBI as HI claim number, agency MR number,
certification period, agency address, physician NPI, F2F date, "2w2, 1w3" orders); hospice
recertifications (benefit period dates, FAST / PPS / MAC, "Jun. 16, 2025", daughter-in-law,
aide, medical director's NPI); telephone triage (caller relative, SSN last four, work phone with
"ext.", Schmitt-Thompson protocol); patient-portal messages (lower-case self-signed names, Quest
street, son, cell, e-mail, reply by the CMA with initials, results URL, sending IP); lab
critical-value comments (accession numbers with day-of-year, ISO collection date-time,
"20231022" receipt, analyzer serial and LIS IP); CT reports after Whipple (accession, outside
PET-CT "14-Nov-21", "LAST, First MD", workstation IP); thyroidectomy pathology (case and FNA
numbers, Graves disease, gross initials); pharmacist admission medication histories (pharmacy
street and town, fill dates, "Nov 2022"-style months); elder-safety social-work notes (patients
>= 90, neighbour's first name, nephew with POA in Florida, APS intake number and screener, "SSN
ending in"); inpatient cardiology consults (hospitalist and attending with word-names, fellow's
phone and pager); haemodialysis run sheets ("07NOV1964" DOB, machine serial and IP, outpatient
unit address, Kt/V); rheumatology video visits (Zoom URL, patient and provider IPs, patient's
location for licensure, granddaughter, PMR); after-visit summaries (clinic address, "Tue Jul.
16, 2019" appointments, 1-888 nurse line, portal URL); Australian geriatric ward rounds (UR,
Medicare number with a valid check digit, "95F", husband aged >= 90, Queensland / Victoria
suburbs and postcodes, EPOA son's 04 mobile); postpartum visits (baby's word-name such as
"Star", partner, paediatrician); Parkinson movement-disorder clinic notes (wife "Hope", DaTscan
date, fall dates, neurosurgeon, LSVT BIG street); Graves-disease consults (no Cushing syndrome,
ophthalmologist, Quest street and town, patient e-mail); ID consults for Rocky Mountain spotted
fever (camping near Paris, TX / Hope, AR, tick removed "on the 9th", Lyme disease unlabelled);
trauma H&Ps (driver's licence number, "TRAUMA, ZEBRA" alias left unlabelled, EMS run number,
licence plate, officer, full SSN, spouse); family-meeting goals-of-care notes (patients >= 90,
wife, sons phoning from two cities, chaplain, quoted first name, grandson); outpatient PT
evaluations (workers'-comp claim, adjuster phone and e-mail); wound-care pressure-injury
consults (camera asset tag, image URL and upload IP, Foley left unlabelled); Whipple operative
reports (surgeon / assistant / anaesthesia / CRNA, frozen-section number, Kocher and Blumgart
unlabelled, husband's phone); anticoagulation-clinic phone notes (patients often >= 90, dentist,
husband "Art" / "Grant", "Monday, July 20"); prior-authorisation letters (member ID, PA case
number, CoverMyMeds-style key, prescriber NPI and address, toll-free payer fax); ED-to-floor
SBAR handoffs (assisted-living street and town, "91F"-style ages, daughter "May" / "June" HCP,
nurse initials); Irish rapid-access chest-pain clinic letters (GP and patient addresses with
Eircodes, "Co. Cork" unlabelled, wife's eircom.net e-mail, "6/52" review).

Names are Faker (en_US / en_GB / en_AU / en_IE, fixed seeds) or drawn from lists of names that
are ordinary words, months or places (Hope, Faith, Will, Grant, Brown, Young, King, Price, Bell,
Rose, Joy, Paris, Austin, Jordan, Chase, April, May, June ...), some hyphenated, some
lower-case, misspelt or nicknamed; towns include ordinary words (Mobile, Normal, Surprise,
Independence, Temple, Orange, Hope, Paris, Jordan). Every note has its FHIR Patient (MRN, name
with a full middle name, phone, address, birth date consistent with the stated age); the note's
own patient name and MRN usually match it, relatives, staff and other people do not. Clinical
values (vitals, labs with units, drugs with doses, scores, durations such as "3/7" style
shorthand, "6/52", "2w2") are marked ``.c()``; eponyms and brand names (Parkinson, Cushing,
Graves, Hashimoto, Bell's palsy, Foley, Swan-Ganz, Whipple, Nissen, Kocher, Barrett, Lasix,
Coumadin, Eliquis, Lyme, Rocky Mountain spotted fever), facility, insurer, pharmacy, ward and
unit names are left unlabelled text.

Labelling conventions (as in v41 - v43): titles and credentials ("Dr", "Mrs", ", RN", ", MD")
are outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes is its own NAME
span (quotes outside); a possessive "'s" is outside; staff initials are NAME. A street line
(with apartment / unit) and a city / town / suburb are ADDRESS; a state / county / country is
not PHI; ZIP codes, postcodes and Eircodes are ZIP. DATE: anything more specific than a year;
weekdays and "the" stay outside; a date followed by a separate time labels only the date; an ISO
date-time is one span. UK follow-up shorthand ("TTO 5/7", "6/52") is a duration (clinical, not
DATE). PHONE includes fax, pagers / bleeps (number only) and extensions ("x149" as one token, or
the digits after "ext."); labels like "cell" are outside. SSN: full numbers and the digits of a
masked / "last 4" SSN. ID: MRN / UR / hospital / account / FIN numbers, Medicaid, MBI, NHS and
Medicare numbers, member and case numbers, NPI, accession / specimen / case numbers, device
serials and asset tags, driver's licence and licence plate. AGE: ages >= 90 only, number part
only ("95" in "(95F)"). Facility, employer, insurer, pharmacy names, ward / unit names, bed /
room numbers, times of day and years alone are unlabelled.

Run it only for final figures.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 44_2089
_FAKERS: dict[str, Faker] = {}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# first names and surnames that are also ordinary words, places or months
WORD_F = ["Hope", "Faith", "Joy", "Rose", "April", "May", "June", "Paris", "Jordan", "Grace",
          "Summer", "Dawn", "Ivy", "Amber", "Iris", "Autumn", "Crystal", "Star"]  # fmt: skip
WORD_M = ["Will", "Grant", "Chase", "Austin", "Jordan", "Hunter", "Mason", "Cole", "Lance",
          "Rich", "Art", "Frank", "Mark", "Guy", "Bill", "Sonny", "Dale", "Rusty"]  # fmt: skip
WORD_LAST = ["Brown", "Young", "King", "Price", "Bell", "Rose", "Grant", "Hope", "Chase", "May",
             "Black", "White", "Green", "Wood", "Hill", "Long", "Little", "Banks", "Fox",
             "Hunt", "Cross", "Knight", "Bishop", "Mann", "Stone", "Frost", "Snow", "Waters",
             "Rivers", "Fields", "Sharp", "Strong", "Lamb", "Wells", "Ford", "Marsh", "Page",
             "Miles", "Love", "Sweet", "House", "Street", "Church", "Case", "Child", "Hardy",
             "Rich", "Major", "Sterling", "Noble"]  # fmt: skip
NICK = {"Robert": "Bobby", "William": "Billy", "Margaret": "Peggy", "Elizabeth": "Betsy",
        "Katherine": "Kit", "James": "Jimmy", "Richard": "Dick", "Dorothy": "Dot",
        "Patricia": "Trish", "Eleanor": "Nell", "Edward": "Ted", "Josephine": "Jo",
        "Theodore": "Teddy", "Harold": "Hal", "Mildred": "Millie",
        "Frances": "Frankie"}  # fmt: skip

# real US towns and cities (several are ordinary words) with state and ZIP prefix
US_PLACES = [
    ("Boston", "MA", "Massachusetts", "021"), ("Worcester", "MA", "Massachusetts", "016"),
    ("Springfield", "MA", "Massachusetts", "011"), ("Quincy", "MA", "Massachusetts", "021"),
    ("Lowell", "MA", "Massachusetts", "018"), ("Brockton", "MA", "Massachusetts", "023"),
    ("Providence", "RI", "Rhode Island", "029"), ("Hartford", "CT", "Connecticut", "061"),
    ("Albany", "NY", "New York", "122"), ("Troy", "NY", "New York", "121"),
    ("Rochester", "NY", "New York", "146"), ("Camden", "NJ", "New Jersey", "081"),
    ("Chester", "PA", "Pennsylvania", "190"), ("Pittsburgh", "PA", "Pennsylvania", "152"),
    ("Baltimore", "MD", "Maryland", "212"), ("Richmond", "VA", "Virginia", "232"),
    ("Durham", "NC", "North Carolina", "277"), ("Augusta", "GA", "Georgia", "309"),
    ("Mobile", "AL", "Alabama", "366"), ("Florence", "AL", "Alabama", "356"),
    ("Nashville", "TN", "Tennessee", "372"), ("Louisville", "KY", "Kentucky", "402"),
    ("Marion", "OH", "Ohio", "433"), ("Dayton", "OH", "Ohio", "454"),
    ("Flint", "MI", "Michigan", "485"), ("Warren", "MI", "Michigan", "480"),
    ("Normal", "IL", "Illinois", "617"), ("Peoria", "IL", "Illinois", "616"),
    ("Madison", "WI", "Wisconsin", "537"), ("Jordan", "MN", "Minnesota", "553"),
    ("Independence", "MO", "Missouri", "640"), ("Lincoln", "NE", "Nebraska", "685"),
    ("Tulsa", "OK", "Oklahoma", "741"), ("Austin", "TX", "Texas", "787"),
    ("Paris", "TX", "Texas", "754"), ("Temple", "TX", "Texas", "765"),
    ("Tyler", "TX", "Texas", "757"), ("Hope", "AR", "Arkansas", "718"),
    ("Aurora", "CO", "Colorado", "800"), ("Surprise", "AZ", "Arizona", "853"),
    ("Tucson", "AZ", "Arizona", "857"), ("Reno", "NV", "Nevada", "895"),
    ("Boise", "ID", "Idaho", "837"), ("West Jordan", "UT", "Utah", "840"),
    ("Salem", "OR", "Oregon", "973"), ("Spokane", "WA", "Washington", "992"),
    ("Orange", "CA", "California", "928"), ("Fresno", "CA", "California", "937"),
    ("Lafayette", "LA", "Louisiana", "705"), ("Sioux Falls", "SD", "South Dakota", "571"),
]  # fmt: skip
AREA = {"MA": ["617", "508", "413", "781", "978"], "TX": ["512", "903", "254"],
        "NY": ["518", "585"]}
STREETS = ["Elm", "Maple", "Oak", "Pine", "Cedar", "Washington", "Lincoln", "Jefferson", "Park",
           "Lake", "Church", "Main", "High", "Spring", "River", "Mill", "Water", "Union",
           "Prospect", "Pleasant", "Chestnut", "Walnut", "Highland", "Summer", "Center",
           "Franklin", "Market", "Bridge", "Cherry", "Sycamore", "Hawthorne", "Dogwood",
           "Martin Luther King Jr", "Old Country", "Meadowbrook", "Fox Run", "Quarry"]  # fmt: skip
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl",
          "Terrace", "Circle", "Pkwy"]  # fmt: skip
UNITS = ["Apt 3B", "Apt. 207", "#12", "Unit 4", "Apt 1R", "Fl 2", "Lot 14", "Apt 5C", "#305"]
HOSP = ["Riverside Regional Medical Center", "St. Anne's Hospital", "Good Samaritan Medical Center",
        "Brookside Community Hospital", "Beth Israel Deaconess", "Lakeview General Hospital",
        "Mercy Medical Center", "St. Vincent Hospital", "Baystate Franklin",
        "Johns Hopkins Bayview",
        "Mount Auburn Hospital", "Saint Francis Medical Center"]  # fmt: skip
SNF = ["Maplewood Rehabilitation & Nursing", "Hebrew SeniorLife", "Golden Living Center",
       "Sunrise Senior Living", "Brookdale Meadows", "Life Care Center of the North Shore",
       "Whittier Pavilion", "Marian Manor"]  # fmt: skip
PHARM = ["Walgreens", "CVS Pharmacy", "Rite Aid", "Stop & Shop Pharmacy", "Costco Pharmacy",
         "Hannaford Pharmacy", "Price Chopper Pharmacy"]  # fmt: skip
DOMAINS = ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "hotmail.com", "icloud.com",
           "verizon.net", "outlook.com"]  # fmt: skip
MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def _ord(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_date(d: date, style: str) -> tuple[str, str]:
    """(text before the span, the DATE span) for one of the date styles."""
    y, m, dd, yy = d.year, d.month, d.day, d.year % 100
    mon, ab = MONTHS[m - 1], ABBR[m - 1]
    dow = DAYS[d.weekday()]
    forms = {
        "mdyy": f"{m}/{dd}/{yy:02d}", "mmddyy": f"{m:02d}/{dd:02d}/{yy:02d}",
        "mdyyyy": f"{m}/{dd}/{y}", "mmddyyyy": f"{m:02d}/{dd:02d}/{y}",
        "dash": f"{m:02d}-{dd:02d}-{y}", "iso": f"{y}-{m:02d}-{dd:02d}",
        "long": f"{mon} {dd}, {y}", "abbr_comma": f"{ab}{'' if m == 5 else '.'} {dd}, {y}",
        "md_long": f"{mon} {dd}", "md_abbr": f"{ab} {dd}", "dm_abbr": f"{dd} {ab}",
        "dmy_long": f"{dd} {mon} {y}", "md_th": f"{mon} {_ord(dd)}", "th": _ord(dd),
        "mon_yy": f"{ab} '{yy:02d}", "md": f"{m}/{dd}", "upper": f"{dd:02d}{ab.upper()}{y}",
        "dab": f"{dd}-{ab}-{yy:02d}", "my": f"{m}/{y}", "mon_y": f"{ab} {y}",
        "month_y": f"{mon} {y}", "dots": f"{m}.{dd}.{yy:02d}", "dow_md": f"{m}/{dd}",
        "dow_long": f"{mon} {dd}", "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmy_dot": f"{dd:02d}.{m:02d}.{y}",
        "dmyy": f"{dd}/{m}/{yy:02d}", "compact": f"{y}{m:02d}{dd:02d}",
    }  # fmt: skip
    pre = {"th": "the ", "dow_md": f"{dow} ", "dow_long": f"{dow}, "}.get(style, "")
    return pre, forms[style]


US_NUM = ("mdyy", "mmddyy", "mdyyyy", "mmddyyyy", "dash", "md", "dots")
US_TEXT = ("long", "abbr_comma", "md_long", "md_abbr", "md_th", "dm_abbr", "upper", "dab")
US_ANY = US_NUM + US_TEXT + ("iso",)


def _luhn(num: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


@dataclass
class Person:
    first: str
    last: str
    sex: str
    middle: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def ini(self) -> str:
        return (self.first[0] + self.last[0]).upper()

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def lf_caps(self) -> str:
        return f"{self.last.upper()}, {self.first}"


@dataclass
class Pt:
    who: Person
    dob: date
    age: int
    mrn: str
    phone: str
    street: str
    city: str
    state: str
    zip: str
    country: str = "US"

    def fhir(self, ident: str) -> dict[str, Any]:
        given = [self.who.first] + ([self.who.middle] if self.who.middle else [])
        return {
            "resourceType": "Patient",
            "id": f"v44-{ident}",
            "identifier": [{
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                     "code": "MR", "display": "Medical Record Number"}]},
                "system": "urn:oid:2.16.840.1.113883.3.4444.1", "value": self.mrn,
            }],
            "name": [{"use": "official", "family": self.who.last, "given": given}],
            "telecom": [{"system": "phone", "value": self.phone, "use": "home"}],
            "gender": "female" if self.who.sex == "F" else "male",
            "birthDate": self.dob.isoformat(),
            "address": [{"line": [self.street], "city": self.city, "state": self.state,
                         "postalCode": self.zip, "country": self.country}],
        }  # fmt: skip


class Ctx:
    """Per-note random state: a seeded Random, seeded Fakers and helpers that write spans."""

    def __init__(self, idx: int) -> None:
        self.idx = idx
        self.r = random.Random(SEED * 7919 + idx)
        self.fk = self.faker("en_US")
        self.b = NoteBuilder()
        self.pt: Pt | None = None
        self.td = date(2089, 4, 7)

    def faker(self, locale: str) -> Faker:
        if locale not in _FAKERS:
            _FAKERS[locale] = Faker(locale)
        f = _FAKERS[locale]
        f.seed_instance(SEED + 31 * self.idx + len(locale))
        return f

    # -- random helpers
    def pick(self, seq: Sequence[Any]) -> Any:
        return self.r.choice(seq)

    def ch(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def digits(self, k: int, lead: str = "123456789") -> str:
        return self.r.choice(lead) + "".join(str(self.r.randint(0, 9)) for _ in range(k - 1))

    def fl(self, lo: float, hi: float, nd: int = 1) -> str:
        return f"{self.r.uniform(lo, hi):.{nd}f}"

    # -- people
    def person(self, sex: str | None = None, word: float = 0.25, fk: Faker | None = None) -> Person:
        fk = fk or self.fk
        sex = sex or self.pick("FM")
        if self.ch(word):
            first = self.pick(WORD_F if sex == "F" else WORD_M)
        else:
            first = fk.first_name_female() if sex == "F" else fk.first_name_male()
        last = self.pick(WORD_LAST) if self.ch(word) else fk.last_name()
        if self.ch(0.06):
            last = f"{last}-{fk.last_name()}"
        middle = fk.first_name_female() if sex == "F" else fk.first_name_male()
        return Person(first, last, sex, middle)

    def kin(self, of: Person, sex: str | None = None, same_last: float = 0.6) -> Person:
        p = self.person(sex)
        if self.ch(same_last):
            p.last = of.last
        return p

    def misspell(self, s: str) -> str:
        if len(s) < 5:
            return s
        i = self.n(1, len(s) - 3)
        if self.ch(0.5):
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s[:i] + s[i + 1:]

    # -- places, numbers
    def place(self) -> tuple[str, str, str, str]:
        return self.pick(US_PLACES)

    def street(self, unit: float = 0.3) -> str:
        if self.ch(0.2):
            s = self.fk.street_address()
        else:
            s = f"{self.n(2, 9899)} {self.pick(STREETS)} {self.pick(SUFFIX)}"
            if self.ch(unit):
                s += f"{self.pick([', ', ' '])}{self.pick(UNITS)}"
        return s

    def zip(self, zip3: str, plus4: float = 0.2) -> str:
        z = f"{zip3}{self.n(0, 99):02d}"
        return f"{z}-{self.n(1000, 9999)}" if self.ch(plus4) else z

    def phone(self, st: str = "MA", style: str | None = None) -> str:
        a = self.pick(AREA.get(st, ["617", "312", "216", "404", "615", "503", "702", "919"]))
        x, y = self.n(201, 989), self.n(0, 9999)
        style = style or self.pick(["paren", "dash", "dash", "dot", "space", "plus", "one"])
        return {
            "paren": f"({a}) {x}-{y:04d}", "dash": f"{a}-{x}-{y:04d}", "dot": f"{a}.{x}.{y:04d}",
            "space": f"{a} {x} {y:04d}", "plus": f"+1 {a}-{x}-{y:04d}", "bare": f"{a}{x}{y:04d}",
            "one": f"1-{a}-{x}-{y:04d}",
            "tollfree": f"1-{self.pick(['800', '866', '888'])}-{x}-{y:04d}",
        }[style]  # fmt: skip

    def ssn(self) -> str:
        a, g, s = self.n(100, 665), self.n(10, 99), self.n(1000, 9999)
        return f"{a}-{g}-{s}" if self.ch(0.8) else f"{a}{g}{s}"

    def mbi(self, dashes: bool = True) -> str:
        d, a = "0123456789", MBI_L  # MBI: C A AN N A AN N A A N N
        s = "".join(self.pick(k) for k in ("123456789", a, a + d, d, a, a + d, d, a, a, d, d))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s

    def npi(self) -> str:
        base = "1" + self.digits(8, "0123456789")
        return base + str(_luhn("80840" + base))

    def ip(self, private: float = 0.6) -> str:
        if self.ch(private):
            return self.pick([f"10.{self.n(0, 254)}.{self.n(0, 254)}.{self.n(2, 254)}",
                              f"172.{self.n(16, 31)}.{self.n(0, 254)}.{self.n(2, 254)}",
                              f"192.168.{self.n(0, 20)}.{self.n(2, 254)}"])  # fmt: skip
        if self.ch(0.15):
            return f"2601:{self.n(256, 4095):x}:{self.n(0, 65535):x}::{self.n(1, 65535):x}"
        first = self.pick([24, 50, 66, 71, 73, 98, 108, 174])
        return f"{first}.{self.n(1, 254)}.{self.n(0, 254)}.{self.n(2, 254)}"

    def email(self, p: Person, domain: str | None = None) -> str:
        dom = domain or self.pick(DOMAINS)
        f, lo = p.first.lower(), p.last.lower().replace("-", "").replace("'", "")
        form = self.pick([f"{f}.{lo}", f"{f[0]}{lo}", f"{f}{lo}{self.n(1, 99)}", f"{lo}.{f[0]}",
                          f"{f}_{lo}"])  # fmt: skip
        return f"{form}@{dom}"

    def patient(self, today: date, lo: int, hi: int, sex: str | None = None,
                who: Person | None = None, st: str | None = None) -> Pt:
        who = who or self.person(sex, word=0.3)
        dob = today - timedelta(days=int((self.n(lo, hi) + 0.02) * 365.25) + self.n(0, 330))
        age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
        city, sta, _, z3 = self.place()
        if st is not None:
            city, sta, _, z3 = self.pick([p for p in US_PLACES if p[1] == st] or US_PLACES)
        self.pt = Pt(who, dob, age, self.digits(self.pick([7, 8]), "0123456789"),
                     self.phone(sta, "dash"), self.street(), city, sta, self.zip(z3, 0.1))
        return self.pt

    def today(self, shifted: bool = False) -> date:
        y = self.n(2068, 2096) if shifted else self.n(2019, 2025)
        self.td = date(y, 1, 1) + timedelta(days=self.n(0, 364))
        return self.td

    def ago(self, lo: int, hi: int) -> date:
        return self.td - timedelta(days=self.n(lo, hi))

    def later(self, lo: int, hi: int) -> date:
        return self.td + timedelta(days=self.n(lo, hi))

    def next_dow(self, wd: int, weeks: int = 0) -> date:
        """The next given weekday (0 = Monday) strictly after the note date, plus whole weeks."""
        return self.td + timedelta(days=(wd - self.td.weekday() - 1) % 7 + 1 + 7 * weeks)

    # -- writing
    def t(self, s: str) -> Ctx:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> Ctx:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> Ctx:
        self.b.c(s)
        return self

    def d(self, d: date, style: str | Sequence[str] = US_ANY) -> Ctx:
        pre, span = fmt_date(d, style if isinstance(style, str) else self.pick(style))
        return self.t(pre).p("DATE", span)

    def age(self, a: int, suffix: str) -> Ctx:
        """An age and its unit; labelled only when >= 90."""
        if a >= 90:
            return self.p("AGE", str(a)).t(suffix)
        return self.t(f"{a}{suffix}")

    def addr(self, street: str, city: str, st: str, z: str, sep: str = ", ") -> Ctx:
        self.p("ADDRESS", street).t(sep).p("ADDRESS", city).t(f", {st} ")
        return self.p("ZIP", z)

    def pt_addr(self, sep: str = ", ") -> Ctx:
        pt = self.pt
        assert pt is not None
        return self.addr(pt.street, pt.city, pt.state, pt.zip, sep)

    def vitals(self, keys: Sequence[str] = ("bp", "hr", "rr", "t", "spo2"), sep: str = ", ",
               o2: str | None = None) -> Ctx:
        for i, k in enumerate(keys):
            if i:
                self.t(sep)
            self.c(self._vital(k, o2))
        return self

    def _vital(self, k: str, o2: str | None) -> str:
        if k == "bp":
            sbp = self.n(92, 176)
            return f"BP {sbp}/{max(44, sbp - self.n(32, 68))}"
        if k == "hr":
            return f"{self.pick(['HR', 'P', 'HR'])} {self.n(52, 128)}"
        if k == "rr":
            return f"RR {self.n(12, 30)}"
        if k == "t":
            return self.pick([f"T {self.fl(36.1, 39.2)} C", f"T {self.fl(97.0, 102.4)}F",
                              f"Tmax {self.fl(37.0, 39.0)}"])  # fmt: skip
        if k == "spo2":
            sup = o2 or self.pick(["RA", "on RA", "on 2L NC", "on 4L", "on 35% VM", "on 2L"])
            return f"SpO2 {self.n(86, 100)}% {sup}"
        if k == "wt":
            return f"Wt {self.fl(41, 128)} kg"
        raise KeyError(k)

    def labs(self, keys: Sequence[str], sep: str = ", ") -> Ctx:
        table = {
            "na": lambda: f"Na {self.n(124, 146)}", "k": lambda: f"K {self.fl(3.1, 5.6)}",
            "kunit": lambda: f"K {self.fl(2.9, 6.4)} mmol/L", "cl": lambda: f"Cl {self.n(92, 112)}",
            "co2": lambda: f"HCO3 {self.n(14, 32)}", "bun": lambda: f"BUN {self.n(8, 88)}",
            "cr": lambda: f"Cr {self.fl(0.6, 3.2)}", "glu": lambda: f"glucose {self.n(64, 388)}",
            "wbc": lambda: f"WBC {self.fl(2.1, 24.0)}", "hgb": lambda: f"Hgb {self.fl(6.8, 15.9)}",
            "plt": lambda: f"Plt {self.n(38, 512)}", "inr": lambda: f"INR {self.fl(0.9, 4.8)}",
            "trop": lambda: f"troponin I {self.fl(0.01, 2.4, 2)} ng/mL",
            "bnp": lambda: f"BNP {self.n(90, 3900)} pg/mL",
            "lact": lambda: f"lactate {self.fl(0.8, 6.1)}",
            "a1c": lambda: f"HbA1c {self.fl(5.6, 11.8)}%", "mg": lambda: f"Mg {self.fl(1.2, 2.6)}",
            "alb": lambda: f"albumin {self.fl(1.9, 4.4)} g/dL",
            "tsh": lambda: f"TSH {self.fl(0.01, 9.8, 2)}",
        }  # fmt: skip
        for i, k in enumerate(keys):
            if i:
                self.t(sep)
            self.c(table[k]())
        return self

    def done(self) -> Note:
        assert self.pt is not None
        return self.b.build(self.pt.fhir(str(self.idx)))

    def nm(self, p: Person, form: str = "full") -> Ctx:
        """A person's name in one of several written forms (titles added by the caller)."""
        if form == "full":
            return self.p("NAME", p.full)
        if form == "mid":
            return self.p("NAME", f"{p.first} {p.middle[:1]}. {p.last}")
        if form == "LF":
            return self.p("NAME", p.lf_caps)
        if form == "lf":
            return self.p("NAME", p.lf)
        if form == "LFm":
            return self.p("NAME", f"{p.last.upper()}, {p.first.upper()} {p.middle[:1]}")
        if form == "init":
            return self.p("NAME", f"{p.first[0]}. {p.last}")
        if form == "lower":
            return self.p("NAME", p.full.lower())
        if form == "ini":
            return self.p("NAME", p.ini)
        if form == "first":
            return self.p("NAME", p.first)
        if form == "last":
            return self.p("NAME", p.last)
        raise KeyError(form)


# ---------------------------------------------------------------------------------------------
# templates


def t_pcp_record(c: Ctx) -> Note:
    td = c.today(shifted=True)
    pt = c.patient(td, 58, 84, sex="M")
    doc, card = c.person(), c.person()
    wife = c.kin(pt.who, "F")
    wife.first = c.pick(["Joy", "Faith", "Hope", wife.first])
    city, st, z3 = pt.city, pt.state, pt.zip[:3]
    c.t("Record date: ").d(td, "iso").t("\n\n")
    c.t(c.pick(["WEST END MEDICAL ASSOCIATES", "Greenfield Family Health",
                "Internal Medicine Associates"]))
    c.t("\n").p("ADDRESS", c.street(0.6)).t("\n").p("ADDRESS", city).t(f", {st} ")
    c.p("ZIP", c.zip(z3)).t("\n\n").nm(pt.who, "LF").t("\nMRN ").p("ID", pt.mrn).t("\n")
    c.d(td, "long").t("\n\nMr. ").nm(pt.who, "last")
    c.t(" returns for f/u of HTN, DM2 and CAD s/p CABG ")
    c.d(c.ago(900, 3000), "my").t(". He was last seen by me on ").d(c.ago(80, 200), "mdyy")
    c.t(", when his ").c(f"A1c {c.fl(7.6, 9.9)}%").t(". Since then he has been walking ")
    c.c("1-2 miles").t(" most days with his wife ").nm(wife, "first")
    c.t(". Denies CP, SOB, PND, orthopnea. Home BPs 130s/80s. Saw Dr. ").nm(card)
    c.t(" (cardiology) on ").d(c.ago(20, 70), ("md_abbr", "md", "md_long"))
    c.t("; echo at that visit showed ").c(f"EF {c.n(35, 55)}%").t(".\n\nMedications:\n")
    for med in ["metformin 1000 mg BID", "lisinopril 20 mg daily", "atorvastatin 80 mg qhs",
                "ASA 81 mg daily", "Toprol XL 50 mg daily"]:
        c.t("  ").c(med).t("\n")
    c.t("\nExam: ").vitals(("bp", "hr", "wt"), ", ").t(". Lungs clear. No edema. Monofilament "
                                                       "intact bilat.\nLabs today: ")
    c.labs(("a1c", "cr", "k")).t(", ").c(f"LDL {c.n(48, 131)}").t(".\n\nA/P:\n1. DM2 - ")
    c.t("improved; add ").c("empagliflozin 10 mg daily").t(".\n2. HTN - at goal.\n3. CAD - ")
    c.t("stable on BB/statin; sees Dr. ").nm(card, "last").t(" again in ").c("6 months")
    c.t(".\n4. HCM - flu shot today; colonoscopy due (last ").d(c.ago(3300, 3600), "mon_yy")
    c.t(").\nRTC ").c("3 months").t(".\n\n_______________________\n").nm(doc).t(", MD\n")
    c.nm(doc, "ini").t("/").p("NAME", c.person().ini.lower()).t("\n")
    return c.done()


def t_cardiology_letter(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.35)
    pt = c.patient(td, 90 if old else 62, 97 if old else 86, sex="F")
    pcp, ep = c.person(), c.person()
    pcp.last = c.pick(["Price", "King", "Bell", pcp.last])
    city, st, _, z3 = c.place()
    c.t("Riverside Heart & Vascular - Arrhythmia Service\n").p("ADDRESS", c.street(0.8)).t(", ")
    c.p("ADDRESS", city).t(f", {st} ").p("ZIP", c.zip(z3)).t("\nTel ").p("PHONE", c.phone(st))
    c.t("   Fax ").p("PHONE", c.phone(st)).t("\n\n").d(td, ("long", "mmddyyyy")).t("\n\n")
    c.t("Dr. ").nm(pcp).t("\n").t(c.pick(["Northside", "Harbor", "Valley"]) + " Family Medicine\n")
    c2, s2, _, z2 = c.place()
    c.p("ADDRESS", c.street(0.5)).t("\n").p("ADDRESS", c2).t(f", {s2} ").p("ZIP", c.zip(z2))
    c.t("\n\nRE: ").nm(pt.who, "mid").t("   DOB: ").d(pt.dob, "mmddyyyy").t("   MRN: ")
    c.p("ID", pt.mrn)
    c.t("\n\nDear Dr. ").nm(pcp, "last").t(":\n\nI had the pleasure of seeing ").nm(pt.who, "first")
    c.t(" today in follow-up of persistent atrial fibrillation. As you know, she is a pleasant ")
    c.age(pt.age, "-year-old woman")
    c.t(" with hypertension and HFpEF who underwent DC cardioversion on ")
    c.d(c.ago(40, 120), ("md_long", "md", "long")).t(" with only ").c("3 weeks")
    c.t(" of sinus rhythm. ")
    c.t("She was started on ").c("Eliquis 5 mg BID").t(" and ")
    c.c("metoprolol succinate 50 mg daily")
    c.t(". She notes fatigue climbing the stairs to her daughter's apartment but no syncope.\n\n")
    c.t("ECG today: AF, ventricular rate ").c(str(c.n(72, 118))).t(", ")
    c.c(f"QTc {c.n(420, 489)} ms")
    c.t(". Exam: ").vitals(("bp", "hr")).t(". Irregularly irregular, no murmur.\nTTE ")
    c.d(c.ago(30, 200), "mmddyyyy").t(": ").c(f"LVEF {c.n(50, 65)}%").t(", ")
    c.c(f"LA {c.fl(4.1, 5.2)} cm")
    c.t(". ").c(f"CHA2DS2-VASc {c.n(3, 6)}").t(", ").c(f"HAS-BLED {c.n(1, 3)}").t(".\n\n")
    c.t("Plan: rate control first; increase ").c("metoprolol to 100 mg daily").t(". Continue ")
    c.c("apixaban 5 mg twice daily").t(" (dose criteria reviewed, ").c(f"Cr {c.fl(0.7, 1.4)}")
    c.t("). If symptoms persist we will discuss pulmonary vein isolation. I will see her back in ")
    c.c("3 months").t(".\n\nSincerely,\n\n").nm(ep).t(", MD, FACC, FHRS\n")
    c.p("EMAIL", c.email(ep, "riversidehv.org")).t("\n\ncc: ").nm(pt.who).t(", ").pt_addr().t("\n")
    return c.done()


def t_oncology_note(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 38, 71, sex="F")
    surg, nav, md = c.person(), c.person("F"), c.person()
    c.t("HEMATOLOGY/ONCOLOGY INFUSION VISIT   ").d(td, ("mmddyyyy", "dash")).t("\n")
    c.t("Pt: ").nm(pt.who, "lf").t("  MRN ").p("ID", pt.mrn).t("  Cycle: ").c("C4D1 ddAC").t("\n\n")
    c.t("ID: ").age(pt.age, " yo F").t(" with ER+/PR+/HER2- IDC of the L breast, cT2N1M0, dx ")
    c.d(c.ago(70, 110), ("my", "month_y")).t(" (core bx ")
    c.p("ID", f"S{td.year % 100:02d}-{c.n(1000, 29999)}")
    c.t("). Port placed by Dr. ").nm(surg, "last").t(" ").d(c.ago(60, 80), ("md", "md_abbr"))
    c.t(". C1D1 ").d(c.ago(42, 44), ("md", "md_abbr", "dm_abbr"))
    c.t(".\n\nInterval: grade 1 nausea ")
    c.t("controlled with ").c("ondansetron 8 mg q8h PRN").t("; mild fatigue; no fevers. Husband ")
    c.nm(c.kin(pt.who, "M"), "first").t(" drives her to visits.\n\n")
    c.vitals(("bp", "hr", "t", "wt"))
    c.t("\nLabs: ").labs(("wbc", "hgb", "plt")).t(", ").c(f"ANC {c.fl(1.1, 4.8)}").t(", ")
    c.labs(("cr",)).t(".\n\nPlan: proceed with ").c("doxorubicin 60 mg/m2").t(" + ")
    c.c("cyclophosphamide 600 mg/m2").t(" with ").c("pegfilgrastim 6 mg").t(" on-body injector. ")
    c.t("Then ").c("paclitaxel 175 mg/m2 q2wk x4").t(". Nurse navigator ").nm(nav).t(", RN (")
    c.p("PHONE", c.phone()).t(") will call ").d(c.later(2, 3), ("dow_md", "md_abbr"))
    c.t(". Chemo teaching sheets: ").p("URL", c.pick([
        "https://www.chemocare.com/druginfo/doxorubicin",
        "https://mychart.riversidehealth.org/education/ddAC",
        "www.cancer.gov/publications/patient-education"]))
    c.t("\n\n").nm(md).t(", MD\n")
    return c.done()


def t_chf_discharge(c: Ctx) -> Note:
    td = c.today(shifted=c.ch(0.5))
    old = c.ch(0.5)
    pt = c.patient(td, 90 if old else 64, 99 if old else 88)
    att, res, pcp, cardio = c.person(), c.person(), c.person(), c.person()
    he, his = ("She", "her") if pt.who.sex == "F" else ("He", "his")
    hon = "Ms." if pt.who.sex == "F" else "Mr."
    adm = c.ago(3, 8)
    c.t("DISCHARGE SUMMARY\n\nPATIENT: ").nm(pt.who, "LFm").t("     MR#: ").p("ID", pt.mrn)
    c.t("     ACCT#: ").p("ID", c.digits(10)).t("\nADMITTED: ").d(adm, "mmddyyyy")
    c.t("     DISCHARGED: ")
    c.d(td, "mmddyyyy").t("\nATTENDING: ").nm(att, "LF")
    c.t(", M.D.\n\nPRINCIPAL DIAGNOSIS: Acute on ")
    c.t("chronic systolic heart failure.\n\nHISTORY OF PRESENT ILLNESS: ").t(f"{hon} ")
    c.nm(pt.who, "last")
    c.t(" is a ").age(pt.age, "-year-old").t(" with ischemic cardiomyopathy (")
    c.c(f"EF {c.n(20, 35)}%")
    c.t(f"), CKD 3 and AF on Coumadin who presented with {c.n(3, 9)} kg weight gain and orthopnea ")
    c.t(f"after running out of {his} Lasix. In the ED ").labs(("bnp", "cr", "k")).t(".\n\n")
    c.t("HOSPITAL COURSE: Diuresed with ").c("furosemide 80 mg IV BID").t(", net ")
    c.c(f"-{c.fl(4, 9)} L")
    c.t(". Weight ").c(f"{c.fl(70, 95)} kg").t(f" on discharge. {he} was seen by Dr. ")
    c.nm(cardio, "last")
    c.t(" of the heart failure service; ").c("spironolactone 12.5 mg daily").t(" added. INR ")
    c.t("supratherapeutic at ").c(f"3.{c.n(5, 9)}").t(" on ").d(c.ago(1, 2), ("md", "dow_md"))
    c.t(", Coumadin held x1.\n\nDISCHARGE MEDICATIONS:\n")
    for med in ["Lasix 40 mg PO BID", "Coreg 6.25 mg PO BID", "spironolactone 12.5 mg PO daily",
                "Coumadin 2.5 mg PO qPM", "atorvastatin 40 mg PO daily"]:
        c.t("- ").c(med).t("\n")
    c.t("\nFOLLOW-UP: Dr. ").nm(cardio, "last").t(", CHF clinic, ")
    c.d(c.next_dow(0, 1), "dow_long").t(" at 10:30, ").p("PHONE", c.phone(pt.state, "paren"))
    c.t(". INR check ").d(c.later(2, 4), ("md", "md_abbr")).t(". PCP Dr. ").nm(pcp).t(" in ")
    c.c("1-2 weeks").t(". VNA to visit at home (").pt_addr().t(").\n\nDictated By: ").nm(res)
    c.t(", M.D.\nD: ").d(td, "mmddyy").t("  T: ").d(td + timedelta(days=1), "mmddyy").t("\n")
    c.nm(att, "ini").t("/").p("NAME", c.person().ini.lower()).t("\ncc: ").nm(pcp, "lf").t(" MD\n")
    return c.done()


def t_copd_hp(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 55, 82, sex="M")
    dtr = c.kin(pt.who, "F")
    dtr.first = c.pick(["April", "June", "May", "Paris", dtr.first])
    res, ms = c.person(), c.person()
    c.t("MEDICINE ADMISSION H&P - Firm B   ").d(td, ("mdyyyy", "mmddyyyy")).t(" 03:10\n")
    c.nm(pt.who, "full").t(", ").age(pt.age, " M").t(", MRN ").p("ID", pt.mrn).t("\n\nCC: SOB x ")
    c.c("3 days").t("\n\nHPI: ").t(f"{pt.age} yo man with severe COPD (").c(f"FEV1 {c.n(28, 45)}%")
    c.t(" on PFTs ").d(c.ago(200, 500), ("my", "mon_y")).t("), on ").c("2L home O2")
    c.t(", prior intubation ").d(c.ago(800, 1600), "mon_yy").t(", p/w worsening dyspnea, ")
    c.t("productive cough with green sputum. Grandson sick with URI last wk.\n\nPMH: COPD, ")
    c.t("HFpEF, OSA on CPAP, Barrett esophagus, remote R Bell's palsy, L hip OA.\nMeds: ")
    c.c("Spiriva 18 mcg inh daily")
    c.t(", ").c("Advair 250/50 1 puff BID").t(", ").c("albuterol 2 puffs q4h PRN").t(", ")
    c.c("Lasix 20 mg daily").t(".\nSH: Lives in ").p("ADDRESS", pt.city).t(" with his daughter ")
    c.nm(dtr, "first").t(" and her husband. Former machinist. ").c("60 pk-yr").t(", quit ")
    c.d(c.ago(1000, 3000), ("mon_y", "month_y")).t(". No EtOH.\n\nExam: ")
    c.vitals(("t", "bp", "hr", "rr", "spo2"))
    c.t(". Tripoding, diffuse exp wheeze, prolonged exp phase.\nABG: ")
    c.c(f"7.{c.n(28, 36)}/{c.n(50, 68)}/{c.n(55, 70)}").t(". ").labs(("wbc", "na", "co2"))
    c.t(". CXR: hyperinflation, no PNA.\n\nA/P: AECOPD.\n- ")
    c.c("prednisone 40 mg PO daily x 5 days")
    c.t("\n- ").c("azithromycin 500 mg daily x 3 days").t("\n- ").c("DuoNeb q4h").t("\n- BiPAP ")
    c.c("12/5").t(" if ").c("pCO2 > 65").t("\n- Code: DNR/DNI, confirmed with pt and HCP daughter ")
    c.nm(dtr).t(" (").p("PHONE", c.phone(pt.state)).t(").\n\n").nm(ms, "lower").t(", MS3\n")
    c.nm(res).t(", MD PGY1, pager ").p("PHONE", c.digits(5)).t("\n")
    return c.done()


def t_icu_nursing(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 48, 86)
    wife = c.kin(pt.who, "F" if pt.who.sex == "M" else "M")
    wife.first = c.pick(["Faith", "Will", "Grant", wife.first]) if c.ch(0.5) else wife.first
    son = c.kin(pt.who, "M", 1.0)
    son.first = c.pick(["Will", "Chase", "Austin", son.first])
    doc, rn = c.person(), c.person("F")
    doc.last = c.pick(["Young", "King", "Brown", doc.last])
    c.t("RN NOTE ").d(td, ("md", "mdyy")).t(" 0700-1900  CVICU bed ").t(str(c.n(1, 16))).t("\n")
    c.t("Neuro: sedated on ").c(f"propofol {c.n(10, 50)} mcg/kg/min").t(", ")
    c.c(f"RASS -{c.n(1, 3)}")
    c.t(", PERRL 3mm brisk. CAM-ICU neg.\nCV: SR 80s-90s, no ectopy. ").c("MAP > 65").t(" on ")
    c.c(f"levo {c.pick(['0.02', '0.05', '0.08'])} mcg/kg/min").t(". Swan-Ganz: ")
    c.c(f"CO {c.fl(3.1, 6.0)}")
    c.t(", ").c(f"CI {c.fl(1.8, 3.2)}").t(", ").c(f"PAP {c.n(28, 52)}/{c.n(12, 26)}")
    c.t(". A-line R radial.\n")
    c.t("Resp: CMV ").c(f"FiO2 {c.pick([35, 40, 50])}%").t(" ").c(f"PEEP {c.pick([5, 8, 10])}")
    c.t(", sats 96-98%. sxn'd sm amt thick tan.\nGI/GU: OGT to LIS. Foley patent, ")
    c.c(f"UO {c.n(30, 90)} cc/hr").t(". ").labs(("k", "mg")).t(" - repleted per protocol.\nID: ")
    c.vitals(("t",)).t(". vanc/zosyn.\nSkin: ").c(f"Braden {c.n(9, 14)}").t(", turned q2h.\n")
    c.t("Social: " + ("wife " if wife.sex == "F" else "husband ")).nm(wife, "first").t(" and son ")
    c.nm(son, "first")
    c.t(" @ bs this afternoon, updated by Dr ").nm(doc, "last").t(". Spouse's cell ")
    c.p("PHONE", c.phone(pt.state)).t(", asks for call overnight w/ any change. Son lives in ")
    c.p("ADDRESS", c.place()[0]).t(", flying back ").d(c.later(1, 3), ("dow_md", "md")).t(".\n")
    c.t("Plan: wean levo, SBT in am.\n").p("NAME", f"{rn.first[0]}. {rn.last}").t(" RN\n")
    return c.done()


def t_floor_night(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 60, 89, sex="F")
    dtr = c.kin(pt.who, "F", 0.3)
    dtr.first = c.pick(["Margaret", "Elizabeth", "Katherine", "Dorothy", "Patricia", "Eleanor",
                        "Josephine", "Frances"])
    doc, rn = c.person(), c.person()
    doc.last = c.pick(["Chase", "Bell", "Price", doc.last])
    c.t("Nursing note - 5 West, night shift ").d(td, ("mdyy", "md", "dots")).t("\n")
    c.t("2200 Pt resting, c/o incisional pain ").c("6/10").t(", ").c("oxycodone 5 mg PO")
    c.t(" given.\n")
    c.t("0015 Pt (Mrs. ").p("NAME", c.misspell(pt.who.last))
    c.t(") found OOB to BR w/o calling, steady. ")
    c.t("Reminded to use call light, bed alarm on. ").c(f"Morse {c.n(45, 85)}").t(".\n0230 ")
    c.c(f"BG {c.n(52, 68)}").t(", given 4 oz juice, recheck 0245 ").c(f"BG {c.n(90, 130)}")
    c.t(".\n0400 ")
    c.t("Daughter ").nm(dtr).t(' ("').p("NAME", NICK[dtr.first]).t('") called from ')
    c.p("ADDRESS", c.place()[0]).t(" for an update - pt gave verbal ok. Callback ")
    c.p("PHONE", c.phone())
    c.t(".\n0600 AM labs drawn. ").labs(("kunit",)).t(" -> paged Dr. ").nm(doc, "last").t(" (p ")
    c.p("PHONE", c.digits(5)).t("), ").c("KCl 40 mEq PO").t(" ordered. ")
    c.vitals(("bp", "hr", "spo2"))
    c.t(".\n-- ").p("NAME", f"{rn.first[0].lower()}.{rn.last.lower()}").t(" RN\n")
    return c.done()


def t_ed_provider(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 44, 79, sex="M")
    wife, pcp, fel, att = c.kin(pt.who, "F"), c.person(), c.person(), c.person("M")
    fel.first = c.pick(["Paris", "Jordan", "Austin", fel.first])
    att.first = c.pick(["Austin", "Grant", att.first])
    c.t("ED PROVIDER NOTE\nArrival: ").d(td, "iso").t(f" 0{c.n(1, 5)}:{c.n(10, 59)}   Pt: ")
    c.nm(pt.who, "LF").t("   FIN ").p("ID", c.digits(10)).t("   MRN ").p("ID", pt.mrn).t("\n\n")
    c.t(f"HPI: {pt.age} M w/ hx HTN, HLD, tobacco use p/w substernal CP radiating to L arm, onset ")
    c.t("~2300 while carrying groceries up the steps of his home on ")
    c.p("ADDRESS", pt.street.split(",")[0])
    c.t(". Diaphoretic. Seen at an urgent care in ").p("ADDRESS", c.place()[0]).t(" last ")
    c.d(c.ago(3, 6), "dow_md").t(", told reflux, given omeprazole.\n\nROS: otherwise neg.\nExam: ")
    c.vitals(("bp", "hr", "rr", "spo2")).t(". Anxious, diaphoretic. RRR, no m. Lungs CTAB.\n\n")
    c.t("EKG: NSR ").c(str(c.n(64, 96))).t(", ").c("1 mm STD V4-V6").t(". Trop I ")
    c.c(f"0.0{c.n(4, 9)}")
    c.t(" -> ").c(f"0.{c.n(12, 60)} ng/mL").t(" at 3 h. ").c(f"HEART score {c.n(6, 8)}").t(". ")
    c.labs(("k", "cr", "hgb")).t(".\n\nED course: ").c("ASA 324 mg chewed").t(", ")
    c.c("NTG 0.4 mg SL x2").t(", heparin gtt per ACS nomogram (").c("60 units/kg bolus").t(").\n")
    c.t("D/w cardiology fellow Dr. ").nm(fel).t(" -> admit CCU, cath in AM. Wife ")
    c.nm(wife, "first").t(" at bedside, updated.\nPCP: Dr. ").nm(pcp, "last").t(", ")
    c.p("PHONE", c.phone(pt.state)).t("\n\nDx: NSTEMI.\n").nm(c.person()).t(", MD (resident)\n")
    c.t("Attending attestation: I saw and examined the pt with the resident and agree. -- ")
    c.nm(att, "ini").t("\n")
    return c.done()


def t_case_mgmt(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 66, 94)
    son, adm, cm = c.kin(pt.who, "M"), c.person("F"), c.person("F")
    snf1, snf2 = c.r.sample(SNF, 2)
    c1, s1, _, z1 = c.place()
    c.t("CASE MANAGEMENT PROGRESS NOTE  ").d(td, ("mmddyyyy", "mdyyyy")).t("\nPt: ").nm(pt.who)
    c.t("  (").age(pt.age, "y").t(")  MRN ").p("ID", pt.mrn).t("\nPayers: Medicaid ID ")
    c.p("ID", c.digits(12)).t("; Medicare A/B, MBI ").p("ID", c.mbi(c.ch(0.5))).t("\n\n")
    c.t("D/c plan: SNF for short-term rehab (PT/OT rec, ").c(f"AM-PAC {c.n(12, 17)}").t(").\n")
    c.t("Referrals sent via CarePort:\n 1) ").t(snf1).t(", ").p("ADDRESS", c.street(0.0)).t(", ")
    c.p("ADDRESS", c1).t(f", {s1} ").p("ZIP", c.zip(z1)).t(" - ACCEPTED, bed available ")
    c.d(c.later(1, 3), ("dow_md", "md_abbr")).t(".\n 2) ").t(snf2)
    c.t(" - declined (no LTC Medicaid beds).\n")
    c.t("Pt and son ").nm(son).t(" (HCP, cell ").p("PHONE", c.phone()).t(") choose ").t(snf1)
    c.t(". Admissions: ").nm(adm).t(", ").p("EMAIL", c.email(adm, "maplewoodrehab.com")).t(", ph ")
    c.p("PHONE", c.phone(s1)).t(" ").p("PHONE", f"x{c.n(100, 499)}").t(", fax ")
    c.p("PHONE", c.phone(s1)).t(".\nMedicaid LTC application to be filed by son; pt confirmed ")
    c.t("SSN xxx-xx-").p("SSN", str(c.n(1000, 9999))).t(" matches the card.\nTransport: chair van ")
    c.t("booked for 1300; ").c("3-day qualifying stay").t(" met (admitted ").d(c.ago(4, 7), "md")
    c.t(").\n").nm(cm).t(", RN, CCM  ").p("PHONE", f"x6-{c.n(1000, 9999)}").t("\n")
    return c.done()


def t_bh_intake(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 18, 24)
    nick = c.pick(["Jojo", "Bee", "Sunny", "Kit", "Tee", "Lulu"])
    ex = c.person(c.pick("FM"), 0.5)
    ex.first = c.pick(["Jordan", "Chase", "Paris", "Hunter", ex.first])
    mom, ther, clin = c.kin(pt.who, "F", 0.7), c.person(), c.person()
    c.t("BEHAVIORAL HEALTH INTAKE ASSESSMENT   ").d(td, ("long", "mmddyyyy")).t("\n")
    c.t("Client: ").nm(pt.who).t(' (goes by "').p("NAME", nick).t('")   DOB ').d(pt.dob, "mdyyyy")
    c.t(f"   Age {pt.age}\nReferral: self, after ED visit ").d(c.ago(5, 12), ("md", "md_abbr"))
    c.t(" at ").t(c.pick(HOSP)).t(" for ").c("acetaminophen ingestion")
    c.t(" (no hepatotoxicity).\n\n")
    c.t("Presenting problem: \"I haven't been able to get out of bed since ").nm(ex, "first")
    c.t(' left." Breakup ').d(c.ago(30, 60), ("md_long", "md")).t(". Missed ").c("2 weeks")
    c.t(" of classes at ").t(c.pick(["UMass", "Bunker Hill CC", "Northeastern", "State"]))
    c.t(".\nScreening: ").c(f"PHQ-9 = {c.n(15, 24)}").t(", ").c(f"GAD-7 = {c.n(10, 19)}")
    c.t(", C-SSRS ")
    c.t("passive SI, no plan/intent, no access to firearms. ").c(f"AUDIT-C {c.n(2, 7)}").t(".\n")
    c.t("History: inpatient at Butler Hospital ").d(c.ago(400, 900), ("my", "mon_y"))
    c.t("; outpatient ")
    c.t("therapy with ").nm(ther).t(", LICSW (lapsed).\nMeds: ").c("sertraline 100 mg daily")
    c.t(", ").c("hydroxyzine 25 mg PRN").t(".\nLives with mother ").nm(mom).t(" at ").pt_addr()
    c.t("; mom's cell ").p("PHONE", c.phone(pt.state)).t(". Client email ")
    c.p("EMAIL", c.email(pt.who))
    c.t(".\nSafety plan completed; 988 and mobile crisis reviewed. Next appt ")
    c.d(c.later(3, 7), ("dow_md", "md_abbr")).t(".\n").nm(clin).t(", LMHC\n")
    return c.done()


def t_well_child(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 4, 4)
    mom, bro, ped = c.kin(pt.who, "F", 0.8), c.kin(pt.who, "M", 1.0), c.person("F")
    ped.first = c.pick(["June", "April", "Hope", ped.first])
    dent = c.person()
    c.t("WELL CHILD CHECK - 4 YEAR\nPatient: ").nm(pt.who).t("   DOB: ").d(pt.dob, "mmddyyyy")
    c.t("   Visit: ").d(td, ("mmddyyyy", "mdyy")).t("\nAccompanied by mother (").nm(mom)
    c.t(") and younger brother ").nm(bro, "first").t(" (").c("18 mo").t(").\n\nInterval: attends ")
    c.t("Bright Horizons pre-K 3 d/wk. Picky eater, drinks ").c("24 oz milk/day").t(". Sleeps ")
    c.c("10-11 h").t(". No ED visits since ").d(c.ago(200, 300), ("month_y", "my")).t(".\n")
    c.t("Growth: ").c(f"Wt {c.fl(14.5, 19.5)} kg ({_ord(c.n(20, 85))} %ile)").t(", ")
    c.c(f"Ht {c.n(98, 110)} cm ({_ord(c.n(20, 85))} %ile)").t(", ").c(f"BMI {c.fl(14.5, 17.5)}")
    c.t(", ")
    c.c(f"BP {c.n(88, 104)}/{c.n(50, 64)}").t(".\nVision ").c("20/30 OU").t(", hearing pass. ")
    c.c("ASQ-3").t(" all domains above cutoff. Lead ").c("< 3.3 mcg/dL")
    c.t(".\nImmunizations today: ")
    c.c("DTaP #5").t(", ").c("IPV #4").t(", ").c("MMR #2").t(", ").c("Varicella #2")
    c.t(" - VIS given.\n")
    c.t("Dental: seen by Dr. ").nm(dent, "last").t(" ").d(c.ago(40, 120), ("md", "md_abbr"))
    c.t(", fluoride varnish applied today.\nAG: booster seat, water safety, screen time < 1 h.\n")
    c.t("Next WCC at 5 yr.  -- ").nm(ped).t(", MD  (scribe ").p("NAME", c.person().ini).t(")\n")
    return c.done()


def t_prenatal(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 22, 38, sex="F")
    fob, doula, ob = c.person("M"), c.person("F"), c.person()
    ga_w, ga_d = c.n(19, 21), c.n(0, 6)
    edd = td + timedelta(days=(40 * 7) - (ga_w * 7 + ga_d))
    c.t("OB RETURN VISIT  ").d(td, ("mdyy", "mmddyyyy")).t("\n").nm(pt.who, "lf")
    c.t(f"  {pt.age} y/o ")
    c.c("G2P1001").t(" at ").c(f"{ga_w}w{ga_d}d").t(" by 8 wk US.  EDD ").d(edd, ("mdyyyy", "long"))
    c.t("\n\nS: +FM, no VB/LOF/ctx. Mild round ligament pain.\nAnatomy US ")
    c.d(c.ago(1, 6), ("md", "md_abbr")).t(": normal survey, posterior placenta, no previa. ")
    c.c(f"EFW {c.n(280, 420)} g").t(".\nO: ").vitals(("bp",)).t(", ").c(f"wt {c.fl(58, 96)} kg")
    c.t(", ").c(f"FHT {c.n(135, 158)}").t(", ").c(f"FH {ga_w} cm").t(". Urine neg prot/glu.\n")
    c.t("A/P: IUP, routine.\n- Rh negative: ").c("RhoGAM 300 mcg").t(" at 28 wk.\n- ")
    c.c("1-hr GCT").t(" at 24-28 wk.\n- Tdap 27-36 wk.\nFOB ").nm(fob)
    c.t(" present and supportive. ")
    c.t("Doula: ").nm(doula).t(" (").p("EMAIL", c.email(doula)).t(").\nPlans delivery at ")
    c.t(c.pick(HOSP)).t("; L&D triage ").p("PHONE", c.phone(pt.state, "paren")).t(".\nRTC ")
    c.c("4 wk").t(".  ").nm(ob).t(", CNM\n")
    return c.done()


def t_preop(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 45, 78)
    son, surg, crna, att = c.kin(pt.who, "M", 0.8), c.person(), c.person(), c.person()
    son.first = c.pick(["Will", "Grant", "Chase", son.first])
    dos = c.next_dow(3)
    c.t("PRE-ANESTHESIA EVALUATION\n").nm(pt.who, "LF").t("  MRN ").p("ID", pt.mrn)
    c.t(f"  {pt.age}{pt.who.sex}\nDate of surgery: ").d(dos, ("dow_long", "long", "mdyyyy"))
    c.t("\nProcedure: laparoscopic Nissen fundoplication - Dr. ").nm(surg).t("\n\n")
    c.t("ASA III. Mallampati II. ").c(f"STOP-BANG {c.n(4, 7)}").t(" - OSA on CPAP ").c("10 cm H2O")
    c.t(".\nPMH: GERD, hiatal hernia, HTN, DM2 (").labs(("a1c",)).t("), OSA.\nMeds: ")
    c.c("omeprazole 40 mg BID").t(", ").c("amlodipine 10 mg daily").t(", ")
    c.c("insulin glargine 24 units qhs")
    c.t(" - take ").c("16 units").t(" the night before.\nAllergies: PCN (hives).\nExam: ")
    c.c(f"BMI {c.fl(30, 42)}").t(", ").vitals(("bp", "hr", "spo2"), o2="RA").t(".\nLabs: ")
    c.labs(("hgb", "cr", "k")).t(". ECG ").d(c.ago(5, 20), ("mdyy", "md"))
    c.t(": NSR.\n\nPlan: GETA, ")
    c.t("RSI. NPO after midnight; clears until 0530. Arrive 0600 Surgical Admitting, ")
    c.t(c.pick(HOSP)).t(", ").p("ADDRESS", c.street(0.0)).t(", 2nd floor.\nRide home: son ")
    c.nm(son, "first").t(" ").p("PHONE", c.phone(pt.state)).t(".\n").nm(crna).t(", CRNA / ")
    c.nm(att, "init").t(", MD\n")
    return c.done()


def t_snf_transfer(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 90, 101, sex="F")
    dtr, gs = c.kin(pt.who, "F", 0.4), c.kin(pt.who, "M", 0.3)
    rn, md, pcp = c.person("F"), c.person(), c.person()
    rn.first = c.pick(["Rose", "Joy", "Faith", rn.first])
    snf = c.pick(SNF)
    c1, s1, _, z1 = c.place()
    c.t("INTERFACILITY TRANSFER SUMMARY (Hospital -> SNF)\nPatient: ").nm(pt.who, "LFm").t("  DOB ")
    c.d(pt.dob, "mmddyyyy").t(" (").age(pt.age, " y.o.").t(")  MRN ").p("ID", pt.mrn).t("\n")
    c.t("Receiving: ").t(snf).t(", ").p("ADDRESS", c.street(0.0)).t(", ").p("ADDRESS", c1)
    c.t(f", {s1} ").p("ZIP", c.zip(z1)).t("\nReport called to ").nm(rn).t(", RN at ")
    c.p("PHONE", c.phone(s1)).t(" on ").d(td, ("md", "mdyy")).t(" at 1115.\n\n")
    c.t("Dx: urosepsis with delirium (resolved); CKD 3b; AF on Coumadin.\nCode: DNR/DNI, MOLST ")
    c.d(c.ago(2, 5), "mmddyyyy").t(" - copy in packet.\nHCP: daughter ").nm(dtr).t(", ")
    c.p("PHONE", c.phone()).t("; alternate grandson ").nm(gs, "first").t(".\n\nMeds: ")
    c.c("Coumadin 2.5 mg daily").t(" (").labs(("inr",)).t(" today; next INR ")
    c.d(c.later(2, 4), "md")
    c.t("), ").c("donepezil 5 mg qhs").t(", ").c("tamsulosin 0.4 mg daily").t(". ")
    c.c("Ceftriaxone 1 g").t(" course completed ").d(c.ago(1, 2), ("md", "md_abbr")).t(".\nFoley ")
    c.t("removed ").d(c.ago(2, 3), "md").t(", voiding. Last BM ").d(c.ago(0, 1), "md")
    c.t(".\nDiet: mech soft, nectar thick. Skin: stage 2 sacrum, ").c("1.5 x 1 cm").t(".\n")
    c.t("Function: ").c("2 assist").t(" transfers, ").c("CAM neg").t(". Wt ")
    c.c(f"{c.fl(40, 62)} kg")
    c.t(".\nPCP Dr. ").nm(pcp, "last").t(" (fax ").p("PHONE", c.phone()).t(").\nPrepared by ")
    c.nm(md).t(", MD\n")
    return c.done()


def t_uk_clerking(c: Ctx) -> Note:
    td = c.today()
    gb = c.faker("en_GB")
    who = c.person(word=0.3, fk=gb)
    pt = c.patient(td, 70, 95, who=who)
    pt.city = c.pick(["Leeds", "Headingley", "Morley", "Pudsey", "Horsforth", "Otley"])
    pt.state, pt.country = "West Yorkshire", "GB"
    road = c.pick(["Acacia", "Victoria", "Moorland", "Station", "Kirkgate"])
    pt.street = f"{c.n(1, 140)} {road} {c.pick(['Road', 'Avenue', 'Grove', 'Close', 'Lane'])}"
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    pt.zip = f"LS{c.n(1, 29)} {c.n(1, 9)}{c.pick(inward)}{c.pick(inward)}"
    pt.phone = f"0113 {c.n(200, 499)} {c.n(1000, 9999)}"
    while True:
        nhs = c.digits(9, "4")
        chk = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(nhs)) % 11
        if chk != 10:
            break
    nhs += str(0 if chk == 11 else chk)
    nok, fy1, reg = c.kin(pt.who, c.pick("FM"), 0.6), c.person(fk=gb), c.person(fk=gb)
    c.t("AMU CLERKING  ").d(td, "dmy").t(" 02:40\n").nm(pt.who, "LF").t("  NHS No ")
    c.p("ID", f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}").t("  Hosp No ").p("ID", pt.mrn).t("  DOB ")
    c.d(pt.dob, "dmy_dot").t(" (").age(pt.age, pt.who.sex).t(")\n\nPC: SOB, productive cough ")
    c.c("4/7").t(".\nHPC: Brought in by ambulance ")
    c.t("from home (").p("ADDRESS", pt.street).t(", ").p("ADDRESS", pt.city).t(" ").p("ZIP", pt.zip)
    c.t("). Lives alone, carers QDS. ").c(f"CURB-65 {c.n(2, 4)}").t(".\nPMH: COPD, AF, T2DM.\nDH: ")
    c.c("apixaban 2.5 mg BD").t(", ").c("bisoprolol 2.5 mg OD").t(", ").c("Trimbow 2 puffs BD")
    c.t("\n")
    c.t("O/E: ").c(f"NEWS2 {c.n(4, 8)}").t(", ").vitals(("rr", "spo2", "bp", "hr"))
    c.t(". Coarse creps R base.\n")
    c.t("Bloods: ").c(f"CRP {c.n(60, 280)}").t(", ").labs(("wbc",)).t(", ")
    c.c(f"Cr {c.n(70, 190)} umol/L").t(". CXR: RLL consolidation.\n")
    c.t("Imp: CAP.\nPlan: ").c("co-amoxiclav 1.2 g IV TDS").t(" + ").c("clarithromycin 500 mg BD")
    c.t(", IVOST at 48 h, TTO ").c("5/7").t(" total. Resp clinic review ").c("6/52").t(". NOK ")
    c.nm(nok).t(" (").t(c.pick(["son", "daughter", "niece", "nephew"])).t(") ")
    c.p("PHONE", f"07{c.digits(3, '0123456789')} {c.digits(6, '0123456789')}")
    c.t(" aware.\nD/w SpR ").nm(reg, "init").t(".  ").nm(fy1).t(" (FY1) bleep ")
    c.p("PHONE", str(c.n(1000, 8999)))
    c.t("\n")
    return c.done()


def t_rehab_admit(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 58, 84)
    sp = c.kin(pt.who, "F" if pt.who.sex == "M" else "M", 0.9)
    ortho, phys = c.person(), c.person()
    c.t("ACUTE INPATIENT REHABILITATION - ADMISSION H&P   ").d(td, ("mdyyyy", "long")).t("\n")
    c.nm(pt.who).t(" (").t(f"{pt.age}{pt.who.sex}").t(")  MRN ").p("ID", pt.mrn)
    c.t("\n\nAdmitted from ")
    c.t(c.pick(HOSP)).t(" s/p L TKA ").d(c.ago(3, 6), ("mdyy", "md")).t(" by Dr. ")
    c.nm(ortho, "last")
    c.t(", c/b post-op anemia (").c(f"Hgb nadir {c.fl(7.0, 8.4)}").t(", ").c("1 u PRBC").t(" on ")
    c.d(c.ago(2, 3), ("md", "md_abbr")).t(").\nPLOF: independent without AD; lives with ")
    c.t("wife " if sp.sex == "F" else "husband ").nm(sp, "first").t(" in a 2-story home at ")
    c.p("ADDRESS", pt.street).t(", ").p("ADDRESS", pt.city).t(" - ").c("3 STE").t(" with R rail, ")
    c.c("14 steps").t(" to bedroom. Retired letter carrier.\n\nCurrent function (Section GG): ")
    c.c(f"sit-to-stand 0{c.n(2, 4)}").t(", ").c(f"chair/bed transfer 0{c.n(2, 4)}").t(", ")
    c.c(f"walk 50 ft 0{c.n(1, 3)}").t(". ").c(f"TUG {c.n(22, 40)} s").t(". L knee AROM ")
    c.c(f"{c.n(5, 12)}-{c.n(60, 85)} deg").t(". Pain ").c(f"{c.n(3, 7)}/10").t(".\nMeds: ")
    c.c("oxycodone 5 mg q4h PRN").t(", ").c("acetaminophen 1 g q8h").t(", ")
    c.c("enoxaparin 40 mg SC daily x 14 days").t(" (through ").d(c.later(8, 11), ("md", "md_abbr"))
    c.t("), ").c("senna 8.6 mg BID").t(".\n\nPlan: PT/OT ").c("3 h/day").t(", 5 d/wk. ")
    c.t("ELOS ").c("10-12 days").t("; anticipated d/c home ").d(c.later(10, 12), ("md", "md_long"))
    c.t(". Team conference ").d(c.next_dow(1), ("dow_md", "dow_long")).t(".\n").nm(phys)
    c.t(", DO (PM&R)\n")
    return c.done()


def t_home_health_485(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 70, 96, sex="F")
    rn, md, np_ = c.person("F"), c.person(), c.person("F")
    ac, ast, _, az = c.place()
    c.t("HOME HEALTH CERTIFICATION AND PLAN OF CARE\n1. Patient's HI Claim No.: ")
    c.p("ID", c.mbi(False)).t("   2. Start of Care Date: ").d(td, "mmddyyyy")
    c.t("\n3. Certification ")
    c.t("Period: From: ").d(td, "mmddyyyy").t(" To: ").d(td + timedelta(days=59), "mmddyyyy")
    c.t("\n4. Medical Record No.: ").p("ID", f"HH{c.digits(6)}")
    c.t("\n6. Patient's Name and Address: ")
    c.nm(pt.who, "LFm").t("\n   ").p("ADDRESS", pt.street).t("\n   ").p("ADDRESS", pt.city)
    c.t(f", {pt.state} ").p("ZIP", pt.zip).t("  Tel ").p("PHONE", pt.phone).t("\n7. Provider: ")
    c.t(c.pick(["Community VNA", "Amedisys Home Health", "BAYADA Home Health Care"])).t(", ")
    c.p("ADDRESS", c.street(0.8)).t(", ").p("ADDRESS", ac).t(f", {ast} ").p("ZIP", c.zip(az))
    c.t(", ").p("PHONE", c.phone(ast)).t("\n8. Date of Birth: ").d(pt.dob, "mmddyyyy")
    c.t(f"   9. Sex: {pt.who.sex}\n10. Medications: ").c("furosemide 40 mg daily").t("; ")
    c.c("metoprolol succinate 25 mg daily").t("; ").c("insulin lispro per sliding scale").t("\n")
    c.t("11. Principal Dx: I50.32 chronic diastolic heart failure\nHomebound: dyspnea after ")
    c.c("15 ft").t(", requires walker and assist of 1 to leave home.\n21. Orders: SN ")
    c.c("2w2, 1w3").t(" for CHF teaching, weights, med mgmt; PT eval and treat; HHA ").c("2w4")
    c.t(". Call MD for ").c("wt gain > 2 lb/day or 5 lb/wk").t(", ").c("SBP < 90").t(".\n")
    c.t("23. Verbal SOC: ").nm(rn).t(", RN ").d(td, "mdyy").t("\n24. Physician: ").nm(md)
    c.t(", MD  NPI ").p("ID", c.npi()).t("  Ph ").p("PHONE", c.phone(pt.state)).t("  Fax ")
    c.p("PHONE", c.phone(pt.state)).t("\nFace-to-face encounter ").d(c.ago(2, 20), "mmddyyyy")
    c.t(" by ").nm(np_).t(", NP (hospital discharge visit).\n")
    return c.done()


def t_hospice_recert(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 90, 102, sex="F")
    dil, aide, md = c.kin(pt.who, "F", 0.7), c.person("F", 0.5), c.person()
    start = c.later(1, 3)
    c.t("HOSPICE FACE-TO-FACE ENCOUNTER FOR RECERTIFICATION\nPatient: ").nm(pt.who)
    c.t("   MR# ").p("ID", pt.mrn).t("\nBenefit period #3: ").d(start, "mmddyyyy").t(" - ")
    c.d(start + timedelta(days=59), "mmddyyyy").t("\nF2F visit: ").d(td, ("mmddyyyy", "long"))
    c.t(", patient's home, ").p("ADDRESS", pt.street).t(", ").p("ADDRESS", pt.city).t("\n\n")
    c.age(pt.age, "-year-old").t(" woman, terminal dx Alzheimer's dementia.\nEvidence of decline: ")
    c.c("FAST 7c").t(" (").c("7a").t(" at admission ").d(c.ago(150, 200), ("long", "abbr_comma"))
    c.t("). ").c("PPS 30%").t(" (was ").c("40%").t("). ").c("MAC 19.5 cm").t(" (").c("22 cm")
    c.t(" on ")
    c.d(c.ago(60, 100), ("dm_abbr", "md_abbr")).t("). Wt ").c(f"{c.n(36, 44)} kg").t(", down from ")
    c.c(f"{c.n(45, 50)} kg").t(" in ").d(c.ago(120, 200), "month_y").t(". Eats ").c("< 25%")
    c.t(" of meals, pocketing food; aspiration events ").d(c.ago(20, 40), "md").t(" and ")
    c.d(c.ago(2, 15), "md").t(". New stage 3 sacral PI.\n\nCaregivers: daughter-in-law ").nm(dil)
    c.t(" lives with pt; aide ").nm(aide, "first").t(" ").c("4 h/day").t(".\n\nAttestation: I, ")
    c.nm(md).t(", MD, confirm that I had a face-to-face encounter with this patient on ")
    c.d(td, "mmddyyyy").t(" and that the clinical findings support a life expectancy of ")
    c.c("6 months or less").t(".\n").nm(md, "lf").t(" MD, Medical Director, Hospice of the North ")
    c.t("Shore   NPI ").p("ID", c.npi()).t("\n")
    return c.done()


def t_phone_triage(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.5)
    pt = c.patient(td, 90 if old else 70, 98 if old else 88, sex="F")
    caller, rn, md = c.kin(pt.who, c.pick("FM"), 0.6), c.person("F"), c.person()
    rel = "daughter" if caller.sex == "F" else "son"
    c.t("TELEPHONE ENCOUNTER  ").d(td, ("mdyy", "mmddyyyy")).t(" 14:20\nCaller: ").nm(caller)
    c.t(f" ({rel}) re: pt ").nm(pt.who).t(", ").age(pt.age, " y/o").t("; DOB and last 4 of SSN (")
    c.p("SSN", str(c.n(1000, 9999))).t(") verified.\nCallback #: ").p("PHONE", c.phone(pt.state))
    c.t("  (alt work ").p("PHONE", c.phone(pt.state, "paren")).t(" ext. ")
    c.p("PHONE", str(c.n(10, 9999)))
    c.t(")\nReason: fever ").c(f"{c.fl(100.6, 102.8)} F")
    c.t(" since yesterday, new confusion, dysuria.\n")
    c.t("Hx: recurrent UTI, last culture ").d(c.ago(40, 120), ("md", "mdyy"))
    c.t(" E. coli; on Eliquis.\nProtocol: Urinary Symptoms - Adult (Schmitt-Thompson); altered ")
    c.t("mental status -> ED now.\nDisposition: go to ED now. ").t(rel.capitalize())
    c.t(" will drive pt to ").t(c.pick(HOSP)).t(" ED; declined EMS. Told to call 911 if ")
    c.t("unresponsive.\nRouted to Dr. ").nm(md, "ini").t(" / PCP pool.\n-- ").nm(rn).t(", RN ")
    c.d(td, "mdyy").t(" 14:34\n")
    return c.done()


def t_portal_msg(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 66, 92, sex="F")
    son, ma, md = c.kin(pt.who, "M", 0.9), c.person("F"), c.person()
    son.first = c.pick(["Jordan", "Austin", "Chase", son.first])
    nxt = c.next_dow(0)
    c.t("Patient Message (MyChart)\nFrom: ").nm(pt.who).t("   To: Anticoagulation Pool   Sent: ")
    c.d(td, "mdyyyy").t(" 9:14 PM\nSubject: question about my coumadin\n\nHi, this is ")
    c.p("NAME", pt.who.full.lower() if c.ch(0.4) else pt.who.full).t(". I got my INR done at the ")
    c.t("Quest on ").p("ADDRESS", c.street(0.0)).t(" today and it was ").c(f"3.{c.n(4, 9)}")
    c.t(" - my son ").nm(son, "first")
    c.t(" said I should ask before I take tonight's pill. You can ")
    c.t("call my cell ").p("PHONE", c.phone(pt.state)).t(" or email ").p("EMAIL", c.email(pt.who))
    c.t(". thanks ").p("NAME", pt.who.first.lower()).t("\n\n---- Reply from ").nm(ma).t(", CMA  ")
    c.d(td + timedelta(days=1), "mdyyyy").t(" 8:02 AM\nHi Ms. ").nm(pt.who, "last").t(", Dr. ")
    c.nm(md, "last").t(" reviewed your result. Please hold one dose, then resume ")
    c.c("warfarin 5 mg daily").t(" except ").c("2.5 mg").t(" Mon/Fri. Recheck INR Monday, ")
    c.d(nxt, ("md_long", "md", "md_abbr", "th")).t(". Result details: ")
    c.p("URL", f"https://mychart.{c.pick(['riversidehealth', 'stannes', 'mercymed'])}.org/MyChart/"
              f"Results/{c.digits(8)}").t("\n-- ").nm(ma, "ini").t("\n[msg audit: sent from ")
    c.p("IP", c.ip(0.0)).t(", iOS app]\n")
    return c.done()


def t_lab_critical(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 40, 94)
    rn, tech = c.person(), c.person()
    yy = td.year % 100
    c.t("LAB COMMENT - CRITICAL VALUE NOTIFICATION\nPatient: ").nm(pt.who, "LF").t("  MRN ")
    c.p("ID", pt.mrn).t("  Loc 5W-").t(str(c.n(501, 530))).t("\nAccession: ")
    c.p("ID", f"CH{yy:02d}-{td.timetuple().tm_yday:03d}-{c.n(1000, 9999)}").t("  Collected: ")
    c.p("DATE", f"{td.isoformat()}T05:{c.n(10, 59)}").t("  Received: ")
    c.d(td, ("mmddyyyy", "compact")).t(" 06:02\n\n")
    c.c(f"Potassium {c.fl(6.2, 7.1)} mmol/L").t(" (critical H). Specimen not hemolyzed (")
    c.c("HI 12")
    c.t("). Repeat on new draw, accession ")
    c.p("ID", f"CH{yy:02d}-{td.timetuple().tm_yday:03d}-{c.n(1000, 9999)}")
    c.t(": ").c(f"{c.fl(6.0, 6.9)} mmol/L").t(".\nCritical result called to and read back by ")
    c.nm(rn).t(", RN at 06:19 by ").nm(tech, "ini").t(" (MLS).\nAnalyzer: cobas c 702 SN ")
    c.p("ID", f"{c.n(1000, 1999)}-{c.n(10, 99)}").t(", LIS node ").p("IP", c.ip(1.0)).t("\n")
    return c.done()


def t_ct_report(c: Ctx) -> Note:
    td = c.today(shifted=c.ch(0.3))
    pt = c.patient(td, 52, 82, sex="F")
    onc, res, rad = c.person(), c.person(), c.person()
    c.t("EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST\nPATIENT: ").nm(pt.who, "LF").t("  MRN: ")
    c.p("ID", pt.mrn).t("  DOB: ").d(pt.dob, "mmddyyyy").t("  ACCESSION: ")
    c.p("ID", f"{c.digits(8)}CT")
    c.t("\nDATE OF SERVICE: ").d(td, ("abbr_comma", "long")).t(" 15:42\nORDERING: ").nm(onc)
    c.t(", MD\n\nHISTORY: ").t(f"{pt.age} F").t(" s/p Whipple ").d(c.ago(300, 700), "my")
    c.t(" for pancreatic adenocarcinoma, rising ").c(f"CA 19-9 {c.n(90, 400)} U/mL").t(".\n")
    c.t("TECHNIQUE: Portal venous phase after ").c("100 mL Omnipaque 350").t(". ")
    c.c(f"DLP {c.n(500, 990)} mGy-cm")
    c.t(".\nCOMPARISON: CT ").d(c.ago(80, 120), "mmddyyyy").t(" and outside PET-CT (")
    c.t(c.pick(HOSP)).t(") dated ").d(c.ago(30, 70), "dab")
    c.t(".\n\nFINDINGS: Post-surgical changes ")
    c.t("of pancreaticoduodenectomy with patent hepaticojejunostomy. New ")
    c.c(f"{c.fl(1.1, 2.6)} x {c.fl(0.9, 2.0)} cm")
    c.t(" hypoattenuating lesion in hepatic segment 6. Small volume ascites. Soft tissue along ")
    c.t("the SMA, increased. No bowel obstruction.\n\nIMPRESSION: New hepatic lesion and ")
    c.t("perivascular ")
    c.t("soft tissue, concerning for recurrence.\nDiscussed with Dr. ").nm(onc, "last")
    c.t(" by phone at ")
    c.t("16:10 on ").d(td, ("mdyy", "md")).t(".\n\nDictated by: ").nm(res).t(", MD (R3)\n")
    c.t("Electronically signed: ").nm(rad, "LF").t(" MD  ").d(td, "mmddyyyy").t(" 17:05  ")
    c.t("Workstation RAD-RDG14 (").p("IP", c.ip(1.0)).t(")\n")
    return c.done()


def t_surg_path(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 28, 66, sex="F")
    surg, cc, path, gross = c.person(), c.person(), c.person(), c.person()
    yy = td.year % 100
    coll = c.ago(2, 4)
    c.t("SURGICAL PATHOLOGY REPORT          Case: ").p("ID", f"S{yy:02d}-{c.n(1000, 29999)}")
    c.t("\n")
    c.t("Patient: ").nm(pt.who, "LFm").t("   MRN: ").p("ID", pt.mrn).t("   DOB: ")
    c.d(pt.dob, "mmddyyyy")
    c.t("\nSubmitting: ").nm(surg).t(", MD (Endocrine Surgery)   Copy to: Dr. ").nm(cc).t("\n")
    c.t("Collected: ").d(coll, "mmddyyyy").t("  Received: ").d(coll, "mmddyyyy").t("  Reported: ")
    c.d(td, "mmddyyyy").t("\n\nCLINICAL HISTORY: Graves disease refractory to methimazole; ")
    c.c(f"{c.fl(1.2, 3.1)} cm").t(" R thyroid nodule, Bethesda IV (FNA ")
    c.p("ID", f"FN{yy:02d}-{c.n(100, 2999)}")
    c.t(", ").d(c.ago(40, 90), ("md", "mdyy")).t(").\n\nGROSS: Received fresh, labeled with the ")
    c.t("patient's name and medical record number and \"total thyroidectomy\", a ")
    c.c(f"{c.n(28, 62)} g")
    c.t(" thyroid. R lobe ").c(f"{c.fl(4, 6.5)} x {c.fl(2, 3.2)} x {c.fl(1.5, 2.6)} cm")
    c.t(". Cassettes ")
    c.t("A1-A12. (").nm(gross, "ini")
    c.t(")\n\nDIAGNOSIS:\nA. Thyroid, total thyroidectomy:\n  1. Papillary ")
    c.t("thyroid carcinoma, follicular variant, ").c(f"{c.fl(1.0, 2.0)} cm")
    c.t(", right lobe; margins ")
    c.t("negative. ").c("pT1b pNX")
    c.t(".\n  2. Diffuse hyperplasia, consistent with Graves disease.\n")
    c.t("B. Parathyroid, left inferior, incidental: normocellular parathyroid tissue.\n\nI have ")
    c.t("personally reviewed the slides and agree.\n").nm(path).t(", MD   Electronically signed ")
    c.d(td, "mmddyyyy").t(" 14:12\n")
    return c.done()


def t_pharm_medrec(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 67, 95)
    son, md, rph = c.kin(pt.who, "M", 0.8), c.person(), c.person()
    son.first = c.pick(["Will", "Grant", "Jordan", son.first])
    ph = c.pick(PHARM)
    c.t("PHARMACY ADMISSION MEDICATION HISTORY  ").d(td, ("mmddyyyy", "mdyy")).t("\nPt: ")
    c.nm(pt.who)
    c.t(", ").age(pt.age, " y").t(", MRN ").p("ID", pt.mrn).t("\nSources: patient; son ")
    c.nm(son, "first")
    c.t(" (fills pill box weekly); Surescripts fill history; ").t(ph).t(", ")
    c.p("ADDRESS", c.street(0.0))
    c.t(", ").p("ADDRESS", pt.city).t(" (").p("PHONE", c.phone(pt.state)).t("); PCP office.\n\n")
    c.t("Home medications:\n1. ").c("Eliquis (apixaban) 5 mg PO BID").t(" - last filled ")
    c.d(c.ago(10, 30), ("md", "mdyy")).t(", ").c("60 tabs").t("; last dose this AM per son.\n2. ")
    c.c("Lasix (furosemide) 40 mg PO daily").t(" - pt takes ").c("20 mg")
    c.t(" \"on busy days\".\n3. ")
    c.c("Synthroid 88 mcg PO daily").t("\n4. ").c("gabapentin 300 mg PO TID")
    c.t(" - not filled since ")
    c.d(c.ago(90, 200), ("mon_y", "month_y")).t("; pt stopped (dizziness).\n5. ")
    c.c("cholecalciferol 2000 units daily").t(" (OTC)\n\nDiscrepancies sent to Dr. ").nm(md, "last")
    c.t(": admission orders list Lasix ").c("40 mg BID")
    c.t(" and gabapentin.\nAllergies: sulfa (rash), ")
    c.t("codeine (N/V).\n-- ").nm(rph).t(", PharmD, BCPS  ext ").p("PHONE", str(c.n(2000, 7999)))
    c.t("\n")
    return c.done()


def t_aps_sw(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 90, 99, sex="F")
    nb, neph, scr, sw = c.person(word=0.4), c.kin(pt.who, "M", 0.4), c.person(), c.person()
    fl_city = c.pick(["Sarasota", "Ocala", "Port St. Lucie", "Naples", "Tampa"])
    c.t("SOCIAL WORK NOTE - ELDER SAFETY   ").d(td, ("mdyy", "mmddyyyy")).t("\nPt: ").nm(pt.who)
    c.t(", ").age(pt.age, " y/o").t(", admitted ").d(c.ago(1, 3), ("md", "md_abbr"))
    c.t(" after being found on her kitchen floor by neighbor ").nm(nb, "first")
    c.t(" (last name unknown) at her home, ").p("ADDRESS", pt.street).t(", ").p("ADDRESS", pt.city)
    c.t(". Est. down time ").c("24-36 h").t("; ").c(f"CK {c.n(3, 12)},{c.n(100, 999)}").t(".\n\n")
    c.t("Pt lives alone; states nephew ").nm(neph)
    c.t(" \"handles my money\" and has POA; he lives in ")
    c.p("ADDRESS", fl_city).t(", FL, cell ").p("PHONE", c.phone("FL")).t(". Pt reports he has not ")
    c.t("visited since ").d(c.ago(150, 300), ("month_y", "mon_y"))
    c.t(". Per EMS, no heat in the home.\n")
    c.t("APS report filed ").d(td, "mdyy").t(" with Elder Protective Services, intake #")
    c.p("ID", c.digits(8)).t("; screener ").nm(scr).t(" ").p("PHONE", c.phone(pt.state))
    c.t(". SSN ending in ").p("SSN", str(c.n(1000, 9999))).t(" given to APS for benefits check. ")
    c.t("Pt aware and agreeable.\nCapacity: psychiatry consult requested (").c("SLUMS 17/30")
    c.t(").\n")
    c.t("Plan: no discharge to home alone pending APS response.\n").nm(sw).t(", LICSW  pager ")
    c.p("PHONE", c.digits(5)).t("\n")
    return c.done()


def t_cards_consult(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 55, 88)
    hosp, surg, att, fel = c.person(), c.person(), c.person(), c.person()
    att.last = c.pick(["Young", "Price", "King", "Grant", att.last])
    c.t("CARDIOLOGY CONSULT NOTE   ").d(td, ("mmddyyyy", "long")).t("\nRequesting: Dr. ").nm(hosp)
    c.t(" (Hospitalist)   Reason: new AF with RVR\nPt: ").nm(pt.who, "LF").t(", ")
    c.t(f"{pt.age}{pt.who.sex}, MRN ").p("ID", pt.mrn).t(", POD #2 s/p R hemicolectomy ")
    c.d(c.ago(2, 2), ("md", "mdyy")).t(".\n\nHPI: Telemetry showed AF ").c("140s-150s")
    c.t(" at 0300, ")
    c.t("asymptomatic. No prior AF. Started on ").c("diltiazem gtt 10 mg/h").t(".\nData: ECG AF ")
    c.c(str(c.n(120, 150))).t(", no ischemic changes. TTE ").d(c.ago(200, 700), ("mdyy", "my"))
    c.t(": ").c("LVEF 60%").t(", mild LAE. ").labs(("k", "mg", "tsh"))
    c.t(".\n\nAssessment: post-op AF, ")
    c.c(f"CHA2DS2-VASc {c.n(2, 5)}").t(".\nRecs:\n1. Replete ").c("K > 4").t(", ").c("Mg > 2")
    c.t(".\n")
    c.t("2. Transition to ").c("metoprolol tartrate 50 mg PO q6h")
    c.t(", wean dilt gtt.\n3. Anticoag: ")
    c.t("d/w Dr. ").nm(surg, "last").t(" - ok to start heparin gtt (no bolus) POD 3 if ")
    c.c("Hgb stable")
    c.t(".\n4. Will follow.\nSeen and discussed with attending Dr. ").nm(att).t(".\n").nm(fel)
    c.t(", MD, cardiology fellow; pager ").p("PHONE", c.phone(pt.state, "dash")).t(" / #")
    c.p("PHONE", c.digits(4)).t("\n")
    return c.done()


def t_dialysis_run(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 45, 91)
    neph, crn = c.person(), c.person("F")
    c1, s1, _, z1 = c.place()
    edw = c.r.uniform(58, 96)
    c.t("HEMODIALYSIS TREATMENT RECORD   ").d(td, ("mdyy", "dm_abbr")).t("\nPt: ").nm(pt.who)
    c.t("  DOB ").d(pt.dob, ("upper", "dab")).t("  MRN ").p("ID", pt.mrn)
    c.t("  4 North HD, station ").t(str(c.n(1, 8))).t("\nMachine: ")
    c.t("Fresenius 2008T SN ").p("ID", f"{c.n(2, 9)}K{c.digits(6, '0123456789')}").t("  network ")
    c.p("IP", c.ip(1.0)).t("\nAccess: L brachiocephalic AVF, ").c("15G x2").t(", + bruit/thrill.\n")
    c.t("Pre: ").vitals(("bp", "hr")).t(", ").c(f"Wt {edw + c.r.uniform(1.5, 3.5):.1f} kg")
    c.t(" (").c(f"EDW {edw:.1f}").t("). ").c(f"UF goal {c.fl(1.5, 3.5)} L").t(".\nRx: ").c("4 h")
    c.t(", F180NR, ").c("Qb 400").t(", ").c("Qd 600").t(", ").c("2K/2.5Ca").t(", ")
    c.c("heparin 2000 u bolus").t(".\nPost: ").vitals(("bp", "hr")).t(". ")
    c.c(f"Kt/V {c.fl(1.2, 1.7, 2)}")
    c.t(" (monthly labs ").d(c.ago(5, 25), ("md", "md_abbr")).t(").\nOutpt unit: ")
    c.t(c.pick(["DaVita", "Fresenius Kidney Care", "US Renal Care"])).t(", ")
    c.addr(c.street(0.5), c1, s1, c.zip(z1)).t("; chair MWF 0530; charge RN ")
    c.nm(crn, "first").t(" ").p("PHONE", c.phone(s1)).t(".\nNephrology: Dr. ").nm(neph, "last")
    c.t(".  RN: ").nm(c.person(), "ini").t("/").nm(c.person(), "ini").t("\n")
    return c.done()


def t_telehealth(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.45)
    pt = c.patient(td, 90 if old else 68, 97 if old else 88, sex="F")
    gd, md = c.kin(pt.who, "F", 0.5), c.person()
    c.t("TELEHEALTH VIDEO VISIT - RHEUMATOLOGY   ").d(td, ("mmddyyyy", "long")).t("\nPlatform: ")
    c.t("Zoom for Healthcare, link ").p("URL", f"https://riversidehealth.zoom.us/j/{c.digits(11)}")
    c.t("\nConnection log: pt joined 09:58 from ").p("IP", c.ip(0.0)).t("; provider from ")
    c.p("IP", c.ip(1.0)).t(".\nPatient location: home, ").pt_addr().t(" (in-state licensure ")
    c.t("confirmed). Identity verified by name and DOB (").d(pt.dob, ("mdyyyy", "mmddyyyy"))
    c.t("). Verbal consent obtained. Granddaughter ").nm(gd, "first")
    c.t(" helped with the tablet.\n\n")
    c.age(pt.age, " y/o").t(" F with PMR on ").c("prednisone 7.5 mg daily").t(" (tapering from ")
    c.c("15 mg").t(" since ").d(c.ago(60, 120), ("md_long", "md")).t("). AM stiffness ").c("20 min")
    c.t(". No headache, jaw claudication or visual change. ").c(f"ESR {c.n(8, 40)} mm/h").t(", ")
    c.c(f"CRP {c.fl(1.0, 14.0)} mg/L").t(" on ").d(c.ago(5, 14), ("md", "md_abbr")).t(".\n\nPlan: ")
    c.c("prednisone 6 mg daily x 4 wk").t(", then ").c("5 mg").t(". DEXA ordered; continue ")
    c.c("alendronate 70 mg weekly").t(". Labs at Quest in ").c("4 weeks").t(".\nTotal time ")
    c.c("25 min").t(".  ").nm(md).t(", MD\n")
    return c.done()


def t_avs(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 50, 86)
    np_, card = c.person(), c.person()
    lab = c.next_dow(1, c.n(0, 1))
    c.t("AFTER VISIT SUMMARY\n").nm(pt.who).t("   MRN: ").p("ID", pt.mrn).t("   ")
    c.d(td, ("mmddyyyy", "mdyyyy")).t("\n").t(c.pick(["Harborview Primary Care", "Harbor Health"]))
    c.t(", ").addr(c.street(0.7), pt.city, pt.state, c.zip(pt.zip[:3])).t("\n\nToday you saw ")
    c.nm(np_).t(", NP. Reason for visit: irregular heartbeat.\n\n")
    c.t("Your medication changes:\n  START: ")
    c.c("Eliquis 5 mg tablet").t(" - take 1 tablet by mouth twice a day\n  STOP: ")
    c.c("aspirin 81 mg")
    c.t("\n\nUpcoming appointments:\n  ").t(DAYS[lab.weekday()][:3] + " ").d(lab, "abbr_comma")
    c.t(" 9:40 AM   Lab draw\n  ").d(c.later(20, 45), "long").t(" 1:00 PM   ").nm(card)
    c.t(", MD - Cardiology\n\nYour vitals today: ").vitals(("bp", "hr", "wt")).t("\nQuestions? ")
    c.t("Call ").p("PHONE", c.phone(pt.state, "paren")).t(" (Mon-Fri 8-5). After hours nurse line ")
    c.p("PHONE", c.phone(style="tollfree")).t(".\nSee results and message your care team at ")
    c.p("URL", c.pick(["https://mychart.riversidehealth.org", "www.myhealthatvanderbilt.com",
                       "https://patientportal.harborhealth.org/login"])).t("\n")
    return c.done()


def t_au_ward_round(c: Ctx) -> Note:
    td = c.today()
    au = c.faker("en_AU")
    pt = c.patient(td, 90, 99, sex="F", who=c.person("F", 0.3, au))
    sub, ste, pc, pre = c.pick([
        ("Box Hill", "VIC", "3128", "03"), ("Frankston", "VIC", "3199", "03"),
        ("Parramatta", "NSW", "2150", "02"), ("Toowong", "QLD", "4066", "07"),
        ("Glenelg", "SA", "5045", "08"), ("Hope Valley", "SA", "5090", "08"),
        ("Fremantle", "WA", "6160", "08"), ("Bendigo", "VIC", "3550", "03")])
    unit = c.pick(["", "", f"Unit {c.n(1, 12)}/", f"{c.n(1, 9)}/"])
    road = c.pick(["Wattle", "Banksia", "Station", "Bay", "Grevillea"])
    pt.street = f"{unit}{c.n(2, 120)} {road} {c.pick(['St', 'Rd', 'Pde', 'Cres', 'Ave'])}"
    pt.city, pt.state, pt.zip, pt.country = sub, ste, pc, "AU"
    pt.phone = f"({pre}) {c.n(8000, 9999)} {c.n(1000, 9999)}"
    m8 = c.digits(8, "23456")
    check = sum(int(d) * w for d, w in zip(m8, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    medicare = f"{m8}{check}{c.n(1, 5)}"
    cons, reg, rmo, son = c.person(fk=au), c.person(fk=au), c.person(fk=au), c.kin(pt.who, "M", 0.8)
    hus_age = pt.age + c.n(-1, 4)
    c.t("WARD ROUND - GERIATRIC MEDICINE, Ward 7B   ").d(td, ("dmy", "dmyy")).t("\nCons: Dr ")
    c.nm(cons, "last").t("   Reg: ").nm(reg, "first").t("   RMO: ").nm(rmo, "ini").t("\n\n")
    c.nm(pt.who, "LF").t("  UR ").p("ID", pt.mrn).t("  Medicare ")
    c.p("ID", f"{medicare[:4]} {medicare[4:9]} {medicare[9]}")
    c.t("  ").age(pt.age, "F").t("  Bed ").t(str(c.n(1, 28))).t("\nD").t(str(c.n(2, 9)))
    c.t(" post adm with fall + delirium.\nO/N: settled. Abbey pain scale ").c("3").t(".\nObs: ")
    c.vitals(("bp", "hr", "spo2"), o2="RA").t(", afebrile. ").c(f"BGL {c.fl(5.0, 11.0)}")
    c.t(".\nBloods: ")
    c.c(f"Na {c.n(124, 131)} mmol/L").t(" (").c(str(c.n(126, 133))).t("), ")
    c.c(f"Cr {c.n(80, 160)} umol/L")
    c.t(", ").c(f"eGFR {c.n(25, 55)}").t(".\n\nIssues:\n1. Delirium - improving, ").c("4AT 2")
    c.t(" (")
    c.c("5").t(" on adm).\n2. Hyponatraemia - ").c("fluid restrict 1.2 L")
    c.t(", TFTs/cortisol pending.\n")
    c.t("3. Falls - PT: mobilising with ").c("4WW").t(", S/B.\n\nSocial: lives at ")
    c.p("ADDRESS", pt.street)
    c.t(", ").p("ADDRESS", sub).t(f" {ste} ").p("ZIP", pc).t(" with husband (").age(hus_age, "")
    c.t("), home care 2x/wk. Son ").nm(son).t(" (EPOA) ")
    c.p("PHONE", f"04{c.n(10, 99)} {c.n(100, 999)} {c.n(100, 999)}")
    c.t(".\nPlan: ACAS referral; OT home visit ").d(c.later(2, 6), ("dmyy", "dm_abbr")).t("; FMC ")
    c.d(c.later(3, 8), ("dm_abbr", "dmy_long")).t(".\n").nm(rmo).t(" (RMO)\n")
    return c.done()


def t_postpartum(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 21, 40, sex="F")
    baby = Person(c.pick(WORD_F) if c.ch(0.4) else c.fk.first_name_female(), pt.who.last, "F")
    partner, ped, md = c.person("M"), c.person(), c.person()
    c.t("POSTPARTUM VISIT (6 wk)   ").d(td, ("mmddyyyy", "mdyy")).t("\n").nm(pt.who, "lf")
    c.t(f"   {pt.age} y/o ").c("G3P2012").t("   MRN ").p("ID", pt.mrn).t("\n\ns/p NSVD ")
    c.d(c.ago(40, 46), ("mdyy", "md_long")).t(" at ").c("39w2d").t(" of baby girl ")
    c.nm(baby, "first")
    c.t(" (").c(f"{c.fl(2.9, 4.1, 2)} kg").t("), c/b ").c("2nd degree laceration")
    c.t(". Breastfeeding; ")
    c.t("baby followed by Dr. ").nm(ped, "last").t(" at Kids Care Pediatrics.\nMood: ")
    c.c(f"EPDS {c.n(2, 9)}")
    c.t(", denies SI. Partner ").nm(partner, "first").t(" does one night feed with pumped milk.\n")
    c.t("Exam: ").vitals(("bp", "wt")).t(". Perineum healed. Lochia resolved. Uterus NT, small.\n")
    c.t("Hx GDM A1: ").c("2-hr 75 g OGTT").t(" ordered for ").d(c.later(3, 10), ("md", "md_abbr"))
    c.t(".\nContraception: Nexplanon placed L arm today (").c("68 mg etonogestrel").t("), no ")
    c.t("complications.\nHM: Pap due ").d(c.later(150, 300), ("month_y", "mon_y")).t("; ")
    c.c("Tdap").t(" given ").d(c.ago(100, 130), "md").t(" in pregnancy.\nRTC ").c("1 year").t(". ")
    c.nm(md).t(", MD (OB/GYN)\n")
    return c.done()


def t_parkinson_clinic(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 60, 86, sex="M")
    wife, nsg, doc = c.kin(pt.who, "F", 0.9), c.person(), c.person()
    wife.first = c.pick(["Hope", "Joy", "June", "Faith", wife.first])
    c.t("MOVEMENT DISORDERS CLINIC - FOLLOW-UP   ").d(td, ("long", "mmddyyyy")).t("\n")
    c.nm(pt.who, "LF").t("  MRN ").p("ID", pt.mrn).t("\n\n").nm(pt.who, "first")
    c.t(" returns with his ")
    c.t("wife ").nm(wife, "first").t(". Parkinson disease dx ").t(str(td.year - c.n(4, 9)))
    c.t("; DaTscan ")
    c.d(c.ago(1500, 2500), "mmddyyyy").t(" reduced uptake bilat putamen.\nInterval: wearing-off ~")
    c.c("3 h").t(" after each dose; mild peak-dose dyskinesia. Falls x2 (")
    c.d(c.ago(40, 70), "md_abbr")
    c.t(", ").d(c.ago(5, 30), "md_abbr").t("). Dream enactment per ").nm(wife, "first")
    c.t(".\nMeds: ")
    c.c("carbidopa-levodopa 25/100 1.5 tabs 5x/day").t(", ").c("entacapone 200 mg with each dose")
    c.t(", ").c("rasagiline 1 mg daily").t(", ").c("MiraLAX 17 g daily").t(".\nExam (ON): ")
    c.c(f"MDS-UPDRS III {c.n(18, 40)}").t(", ").c("H&Y 2.5").t(", ").c(f"MoCA {c.n(20, 28)}/30")
    c.t(". Orthostatics ").c(f"BP {c.n(128, 150)}/{c.n(70, 88)}").t(" supine -> ")
    c.c(f"BP {c.n(96, 115)}/{c.n(58, 70)}").t(" standing.\n\nPlan:\n1. Add ").c("1800 dose")
    c.t("; stop entacapone if dyskinesia worsens.\n2. DBS candidacy - refer to Dr. ").nm(nsg)
    c.t(" (functional neurosurgery); neuropsych testing ").d(c.later(14, 40), ("md_long", "md"))
    c.t(".\n")
    c.t("3. LSVT BIG at Spaulding Outpatient, ").p("ADDRESS", c.street(0.0)).t(".\n4. ")
    c.c("midodrine 2.5 mg TID").t(" if symptomatic OH.\nRTC ").c("4 months").t(". ").nm(doc)
    c.t(", MD\n")
    return c.done()


def t_graves_consult(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 24, 58, sex="F")
    ref, eye, doc = c.person("F"), c.person(), c.person()
    c.t("ENDOCRINOLOGY NEW PATIENT CONSULT   ").d(td, ("mmddyyyy", "abbr_comma")).t("\n").nm(pt.who)
    c.t("   DOB ").d(pt.dob, ("mmddyyyy", "mdyy")).t("   MRN ").p("ID", pt.mrn).t("\nReferred by ")
    c.nm(ref).t(", NP for hyperthyroidism.\n\nHPI: ").t(f"{pt.age} y/o F with ").c("10 lb")
    c.t(" wt loss over ").c("3 months").t(", palpitations, heat intolerance, gritty eyes. Teaches ")
    c.t("4th grade. Mother had Hashimoto.\nLabs ").d(c.ago(7, 20), ("md", "mdyy")).t(": ")
    c.c("TSH < 0.01").t(", ").c(f"free T4 {c.fl(2.4, 5.2)} ng/dL").t(", ")
    c.c(f"TRAb {c.fl(3, 14)} IU/L")
    c.t(".\nExam: ").vitals(("bp", "hr", "wt")).t(". Diffuse goiter ~").c("45 g")
    c.t(" with bruit. Lid lag; ")
    c.c("CAS 2/7").t(". Fine tremor.\nIncidental ").c(f"{c.fl(1.0, 2.2)} cm")
    c.t(" L adrenal adenoma on CT ")
    c.d(c.ago(60, 200), ("mdyy", "md_abbr")).t("; ").c(f"1 mg DST cortisol {c.fl(0.8, 1.7)} mcg/dL")
    c.t(" - no Cushing syndrome.\n\nA/P: Graves disease.\n- ").c("methimazole 20 mg daily").t(", ")
    c.c("propranolol 20 mg TID")
    c.t("\n- baseline CBC/LFTs; stop and call for fever or sore throat\n")
    c.t("- ophthalmology (Dr. ").nm(eye, "last").t(") re Graves orbitopathy; ")
    c.c("selenium 100 mcg BID")
    c.t("\n- labs in ").c("4-6 weeks").t(" at Quest, ").p("ADDRESS", c.street(0.0)).t(", ")
    c.p("ADDRESS", pt.city)
    c.t("\nPt prefers e-mail: ").p("EMAIL", c.email(pt.who)).t("\n").nm(doc).t(", MD\n")
    return c.done()


def t_id_rmsf(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 24, 76)
    sp = c.kin(pt.who, "F" if pt.who.sex == "M" else "M", 0.9)
    req, fel, att = c.person(), c.person(), c.person()
    camp, cst = c.pick([("Paris", "TX"), ("Hope", "AR"), ("Tulsa", "OK"), ("Mountain View", "AR"),
                        ("Jordan", "MN"), ("Pinehurst", "NC"), ("Asheville", "NC")])
    his = "his" if pt.who.sex == "M" else "her"
    c.t("INFECTIOUS DISEASES CONSULT   ").d(td, ("mmddyyyy", "mdyy")).t("\nPt: ").nm(pt.who, "LF")
    c.t(f", {pt.age}{pt.who.sex}, MRN ").p("ID", pt.mrn).t("   Requesting: Dr. ").nm(req, "last")
    c.t("\nReason: fever, rash, thrombocytopenia after tick exposure.\n\nHPI: Returned ")
    c.d(c.ago(6, 9), ("md", "md_abbr")).t(" from a camping trip near ").p("ADDRESS", camp)
    c.t(f", {cst}. ")
    c.t("Spouse ").nm(sp, "first").t(f" pulled an engorged tick off {his} back on ")
    c.d(c.ago(9, 12), ("md_th", "th", "md")).t(". Fever to ").c(f"{c.fl(102.0, 104.0)} F")
    c.t(", headache, myalgias; petechial rash at wrists and ankles since ").d(c.ago(1, 2), "dow_md")
    c.t(".\nExam: ").vitals(("t", "bp", "hr")).t(". Blanching and petechial macules incl palms.\n")
    c.t("Labs: ").c(f"Plt {c.n(38, 118)}").t(", ").c(f"Na {c.n(127, 134)}").t(", ")
    c.c(f"WBC {c.fl(2.6, 8.0)}").t(", ").c(f"AST {c.n(80, 240)}").t(", ").c(f"ALT {c.n(60, 200)}")
    c.t(".\n\nImpression: suspect Rocky Mountain spotted fever; ddx ehrlichiosis, ")
    c.t("Lyme disease (no ")
    c.t("erythema migrans), meningococcemia less likely.\nRecs:\n1. ")
    c.c("doxycycline 100 mg IV/PO BID")
    c.t(" now - do not wait for serology; continue ").c("3 days").t(" after defervescence (min ")
    c.c("7 days").t(").\n2. R. rickettsii IgG now and convalescent in ").c("2-4 weeks")
    c.t("; Ehrlichia ")
    c.t("PCR; Lyme EIA.\nID fellow ").nm(fel).t(", pager ").p("PHONE", c.digits(5)).t("; d/w Dr. ")
    c.nm(att, "last").t(".\n")
    return c.done()


def t_trauma_hp(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 19, 64)
    sp, ofc, surg, res, rn = c.person(), c.person(), c.person(), c.person(), c.person("F")
    sp.last = pt.who.last
    plate = f"{c.n(1, 9)}{''.join(c.pick('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{c.n(10, 99)}"
    c.t("TRAUMA H&P - Level II activation   ").d(td, "mmddyyyy").t(" 22:41\nPt: registered as ")
    c.t("TRAUMA, ZEBRA; identified as ").nm(pt.who, "LFm").t(" from driver's license ")
    c.p("ID", f"S{c.digits(8, '0123456789')}").t(", DOB ").d(pt.dob, ("upper", "mmddyyyy"))
    c.t(". MRN ")
    c.p("ID", pt.mrn).t("  ACCT ").p("ID", c.digits(9))
    c.t("\n\nMechanism: restrained driver, single-")
    c.t("vehicle MVC vs tree on the highway outside ").p("ADDRESS", pt.city).t(", ~").c("45 mph")
    c.t(", + airbag. EMS run #").p("ID", f"{td.year % 100:02d}-{c.digits(6)}").t(". Vehicle plate ")
    c.p("ID", plate).t(" per Officer ").nm(ofc).t(".\n\nPrimary: A patent. B BS equal, ")
    c.c("SpO2 97%")
    c.t(". C ").c(f"HR {c.n(105, 135)}").t(", ").c(f"BP {c.n(82, 104)}/{c.n(48, 66)}").t(". D ")
    c.c("GCS 14 (E4V4M6)").t(". E seat-belt sign L chest.\nFAST: + LUQ.\nAdjuncts: ").c("2 u PRBC")
    c.t(" via rapid infuser, ").c("TXA 1 g").t(". ").labs(("hgb", "lact", "inr")).t(".\nReg: SSN ")
    c.p("SSN", c.ssn()).t(" from insurance card.\n\nPlan: OR with Dr. ").nm(surg, "last")
    c.t(" for ex-lap, likely splenectomy. Tertiary survey in AM.\nFamily: spouse ").nm(sp)
    c.t(" notified by phone (").p("PHONE", c.phone(pt.state)).t(") at 23:10 by ").nm(rn)
    c.t(", RN.\n")
    c.nm(res).t(", MD (PGY-3 surgery)\n")
    return c.done()


def t_goals_of_care(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 90, 98, sex="M")
    wife, s1 = c.kin(pt.who, "F", 0.95), c.kin(pt.who, "M", 1.0)
    s2, gs = c.kin(pt.who, "M", 1.0), c.kin(pt.who, "M", 1.0)
    s1.first = c.pick(["Will", "Grant", "Chase", s1.first])
    att, rn, chap, sw = c.person(), c.person("F"), c.person(), c.person()
    c.t("GOALS OF CARE - FAMILY MEETING NOTE\nDate: ").d(td, ("mmddyyyy", "long"))
    c.t(", 15:00, 6 Tower family room\nParticipants: pt ").nm(pt.who).t(" (partially), wife ")
    c.nm(wife, "first").t(" (HCP), sons ").nm(s1, "first").t(" and ").nm(s2, "first")
    c.t(" (by phone from ")
    c.p("ADDRESS", c.place()[0]).t(" and ").p("ADDRESS", c.place()[0]).t("), Dr. ").nm(att)
    c.t(" (MICU attending), ").nm(rn).t(", RN, Chaplain ").nm(chap).t(", ").nm(sw).t(", LICSW.\n\n")
    c.t("Background: ").age(pt.age, "-year-old").t(" man, MICU day ").t(str(c.n(5, 12)))
    c.t(" for aspiration PNA with ARDS (").c(f"P/F {c.n(80, 140)}").t("), now AKI (")
    c.c(f"Cr {c.fl(2.4, 4.8)}")
    c.t(") on ").c("norepinephrine 0.12 mcg/kg/min").t(".\nDiscussion: prognosis for meaningful ")
    c.t("recovery poor. Wife said, \"").nm(pt.who, "first")
    c.t(" always told me he never wanted to live ")
    c.t("on machines.\" Sons agreed.\nOutcome: transition to comfort-focused care; DNR/DNI; MOLST ")
    c.t("updated ").d(td, "mdyy").t(". Terminal extubation planned ").d(c.later(1, 2), "dow_long")
    c.t(" after grandson ").nm(gs, "first").t(" arrives. Hospice liaison notified.\nTime: ")
    c.c("55 min").t(", >50% counselling.  -- ").nm(att, "ini").t("\n")
    return c.done()


def t_pt_eval(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 29, 62, sex="M")
    ref, adj, pt_ = c.person(), c.person(), c.person()
    dos = c.ago(20, 40)
    c.t("OUTPATIENT PHYSICAL THERAPY INITIAL EVALUATION   ").d(td, ("mmddyyyy", "mdyy")).t("\nPt: ")
    c.nm(pt.who).t("  DOB ").d(pt.dob, "mmddyyyy").t("  Referring: ").nm(ref)
    c.t(", MD (Orthopedics)\n")
    c.t("Dx: s/p R arthroscopic rotator cuff repair, DOS ").d(dos, ("mmddyyyy", "md")).t(". Sling ")
    c.c("6 weeks").t(".\nWork: delivery driver, off work since ")
    c.d(c.ago(50, 80), ("md", "md_long"))
    c.t("; workers' comp claim # ").p("ID", f"WC{c.digits(9)}").t(", adjuster ").nm(adj).t(" (")
    c.p("PHONE", c.phone(pt.state)).t(", ").p("EMAIL", c.email(adj, "libertymutual.com")).t(").\n")
    c.t("S: pain ").c("4/10").t(" at rest, ").c("7/10")
    c.t(" reaching overhead. Sleeping in recliner.\n")
    c.t("O: PROM R shoulder flexion ").c(f"{c.n(80, 120)} deg").t(", ER ").c(f"{c.n(10, 35)} deg")
    c.t(", IR to ").c("L5").t(". ").c(f"QuickDASH {c.fl(40, 75)}").t(". Incisions healed.\n")
    c.t("A: post-op stiffness, on track for protocol.\nP: ").c("2x/wk x 8 wk")
    c.t("; PROM only until ")
    c.c("6 wk").t(" post-op, AAROM after. Next visit ").d(c.later(2, 4), ("dow_md", "md")).t(".\n")
    c.nm(pt_).t(", PT, DPT\n")
    return c.done()


def t_pressure_injury(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.5)
    pt = c.patient(td, 90 if old else 62, 100 if old else 88)
    fam, md, wocn = c.kin(pt.who, c.pick("FM"), 0.6), c.person(), c.person("F")
    c.t("WOUND CARE NURSING CONSULT - PRESSURE INJURY   ").d(td, ("mdyy", "mmddyyyy")).t("\nPt: ")
    c.nm(pt.who).t(", ").age(pt.age, " y/o").t(", MRN ").p("ID", pt.mrn).t(", bed 6B-")
    c.t(str(c.n(1, 30))).t("\nConsult by Dr. ").nm(md, "last")
    c.t(" for sacral wound noted on admission ")
    c.d(c.ago(1, 4), ("md", "md_abbr")).t(" (transfer from ").t(c.pick(SNF))
    c.t(").\n\nAssessment: stage 3 ")
    c.t("pressure injury, sacrum/coccyx, ")
    c.c(f"{c.fl(2.5, 6.0)} x {c.fl(2.0, 4.5)} x {c.fl(0.3, 1.0)} cm")
    c.t(", 80% granulation, 20% slough, moderate serosanguineous drainage, no tunneling. ")
    c.t("Periwound ")
    c.t("macerated. ").c(f"Braden {c.n(9, 13)}").t(". ").labs(("alb",))
    c.t(".\nPhotos on unit camera ")
    c.t("(asset ").p("ID", f"BME-{c.digits(6)}").t(") uploaded to ")
    c.p("URL", f"https://woundimages.riversidehealth.org/case/{c.digits(7)}").t(" from ")
    c.p("IP", c.ip(1.0))
    c.t(".\n\nPlan: Mepilex Border Sacrum q3 days and PRN; low-air-loss mattress; ")
    c.t("turn q2h; Foley remains for I/O per team; nutrition: ").c("Juven 1 packet BID").t(".\n")
    c.nm(fam).t(" (").t("daughter" if fam.sex == "F" else "son")
    c.t(") taught offloading at bedside.\n")
    c.nm(wocn).t(", RN, CWOCN   ext ").p("PHONE", str(c.n(4000, 4999))).t("\n")
    return c.done()


def t_whipple_op(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 52, 80, sex="F")
    hus, surg, asst = c.kin(pt.who, "M", 0.9), c.person(), c.person()
    anes, crna = c.person(), c.person()
    c.t("OPERATIVE REPORT\nPATIENT: ").nm(pt.who, "LF").t("   MRN: ").p("ID", pt.mrn)
    c.t("\nDATE OF OPERATION: ").d(td, ("mmddyyyy", "long")).t("\nSURGEON: ").nm(surg).t(", MD   ")
    c.t("ASSISTANT: ").nm(asst).t(", MD (PGY-4)\nANESTHESIA: ").nm(anes).t(", MD / ").nm(crna)
    c.t(", CRNA - general endotracheal\nPREOPERATIVE DIAGNOSIS: Pancreatic head ")
    c.t("adenocarcinoma (EUS-FNA ")
    c.d(c.ago(25, 50), ("mdyy", "md"))
    c.t(").\nPROCEDURE: Pylorus-preserving pancreaticoduodenectomy ")
    c.t("(Whipple), cholecystectomy.\nFINDINGS: No peritoneal or hepatic metastases. ")
    c.t("SMV free. Soft ")
    c.t("gland, ").c("3 mm duct").t(".\nEBL: ").c(f"{c.n(250, 900)} mL").t(". Fluids: ")
    c.c(f"{c.fl(2.5, 4.5)} L LR")
    c.t(". UOP ").c(f"{c.n(200, 600)} mL")
    c.t(". Specimen to pathology; frozen section of neck margin ")
    c.t("negative (").p("ID", f"FS{td.year % 100:02d}-{c.n(100, 999)}").t(").\nDrains: two ")
    c.c("19 Fr Blake").t(" drains.\nDESCRIPTION: Wide Kocher maneuver; portal dissection; ")
    c.t("cholecystectomy; neck transected over the SMV. Reconstruction with duct-to-mucosa ")
    c.t("pancreaticojejunostomy (Blumgart), hepaticojejunostomy and antecolic duodenojejunostomy. ")
    c.c("Cefazolin 2 g").t(" redosed at 4 h.\nDisposition: SICU, stable. Husband ").nm(hus, "first")
    c.t(" updated by phone (").p("PHONE", c.phone(pt.state)).t(") at 16:40.\n").nm(surg, "ini")
    c.t("/").p("NAME", c.person().ini.lower()).t("\n")
    return c.done()


def t_anticoag_phone(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.6)
    pt = c.patient(td, 90 if old else 72, 97 if old else 88, sex="F")
    hus, dds, rph = c.kin(pt.who, "M", 0.95), c.person(), c.person()
    hus.first = c.pick(["Art", "Will", "Grant", "Frank", hus.first])
    nxt = c.next_dow(0)
    c.t("ANTICOAGULATION CLINIC - PHONE NOTE   ").d(td, ("mdyy", "mmddyyyy")).t("\nPt: ").nm(pt.who)
    c.t(", ").age(pt.age, " y/o").t(", MRN ").p("ID", pt.mrn).t("\nIndication: AF + hx DVT (goal ")
    c.c("INR 2.0-3.0").t(").\n").c(f"INR 3.{c.n(2, 9)}").t(" (POC, drawn ").d(td, ("md", "md_abbr"))
    c.t(" at the Quest lab, ").p("ADDRESS", c.street(0.0)).t(").\nCurrent dose: ")
    c.c("warfarin 5 mg M/W/F, 2.5 mg other days").t(" (").c("25 mg/wk")
    c.t(").\nNo bleeding, no missed ")
    c.t("doses; started ").c("amoxicillin 500 mg TID").t(" on ").d(c.ago(3, 6), ("md", "dow_md"))
    c.t(" for a dental abscess (Dr. ").nm(dds, "last").t(", DDS).\nSpoke with pt's husband ")
    c.nm(hus, "first").t(" at ").p("PHONE", c.phone(pt.state))
    c.t(" (pt HOH).\nPlan: hold x1 tonight, then ")
    c.c("22.5 mg/wk").t(". Recheck INR ").d(nxt, ("dow_md", "dow_long")).t(".\n").nm(rph)
    c.t(", PharmD, CACP\n")
    return c.done()


def t_prior_auth(c: Ctx) -> Note:
    td = c.today()
    pt = c.patient(td, 19, 55, sex="F")
    md = c.person()
    c1, s1, _, z1 = c.place()
    ins = c.pick(["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Tufts Health Plan",
                  "Cigna"])
    c.d(td, ("long", "mmddyyyy")).t("\n\n").t(ins).t(" Pharmacy Prior Authorization\nFax: ")
    c.p("PHONE", c.phone(style="tollfree")).t("\n\nRE: ").nm(pt.who).t("   DOB: ")
    c.d(pt.dob, "mmddyyyy")
    c.t("   Member ID: ").p("ID", f"{c.pick(['XYZ', 'W', 'ZGP', 'H'])}{c.digits(9)}")
    c.t("   PA case #: ")
    c.p("ID", c.digits(10))
    c.t("\n\nLETTER OF MEDICAL NECESSITY - adalimumab (Humira)\n\nTo whom it may ")
    c.t("concern:\nI am writing on behalf of my patient, ").nm(pt.who)
    c.t(", who has ileocolonic Crohn's ")
    c.t("disease diagnosed ").d(c.ago(500, 1500), ("my", "month_y")).t(" (colonoscopy ")
    c.d(c.ago(20, 60), ("mmddyyyy", "mdyy")).t(", ").c("SES-CD 14").t("). She failed ")
    c.c("budesonide 9 mg daily").t(" and ").c("azathioprine 2.5 mg/kg").t(" (leukopenia, ")
    c.c("WBC 2.1").t(" on ").d(c.ago(70, 150), ("md", "mdyy")).t("). ")
    c.c(f"Fecal calprotectin {c.n(400, 1800)} mcg/g")
    c.t(". I request approval of ")
    c.c("adalimumab 160 mg SC day 1, 80 mg day 15, then 40 mg every 2 weeks")
    c.t(".\nClinical notes were also submitted at ").p("URL", c.pick([
        "https://www.covermymeds.com/main/", "https://provider.payerportal.com/pa/submit",
        "availity.com/essentials"])).t(" (key ")
    c.p("ID", "".join(c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)))
    c.t(").\n\nSincerely,\n").nm(md).t(", MD   NPI ").p("ID", c.npi())
    c.t("\nDigestive Health Associates, ")
    c.addr(c.street(0.8), c1, s1, c.zip(z1)).t("\nPh ").p("PHONE", c.phone(s1)).t("   Fax ")
    c.p("PHONE", c.phone(s1)).t("\n")
    return c.done()


def t_sbar(c: Ctx) -> Note:
    td = c.today()
    old = c.ch(0.6)
    pt = c.patient(td, 90 if old else 74, 99 if old else 88, sex="F")
    dtr, rn1, rn2 = c.kin(pt.who, "F", 0.4), c.person(), c.person()
    dtr.first = c.pick(["May", "June", "April", "Joy", dtr.first])
    c.t("SBAR HANDOFF  ED -> 7 North   ").d(td, ("md", "mdyy")).t(" 1640\nS: ").nm(pt.who).t(", ")
    c.age(pt.age, "F").t(", MRN ").p("ID", pt.mrn).t(", admitted for urosepsis.\nB: from ")
    c.t(c.pick(["Brookdale", "Sunrise", "Atria"])).t(" assisted living (").p("ADDRESS", pt.street)
    c.t(", ").p("ADDRESS", pt.city).t("); baseline A&Ox2, walker. Daughter ").nm(dtr).t(" is HCP (")
    c.p("PHONE", c.phone(pt.state)).t("). PCN allergy.\nA: ").vitals(("bp", "hr", "t", "spo2"))
    c.t(". ")
    c.labs(("lact", "wbc")).t(". Got ").c("30 mL/kg LR").t(" and ").c("ceftriaxone 1 g IV")
    c.t(" at 1505. ")
    c.t("Foley placed, ").c(f"UO {c.n(20, 60)} mL/h")
    c.t(". 20G L AC, 18G R FA.\nR: repeat lactate at ")
    c.t("1800, BCx x2 pending, fall precautions, bed alarm.\nReport given by ").nm(rn1).t(" RN to ")
    c.nm(rn2, "ini").t(" RN.\n")
    return c.done()


def t_ie_clinic_letter(c: Ctx) -> Note:
    td = c.today()
    ie = c.faker("en_IE")
    pt = c.patient(td, 56, 84, sex="M", who=c.person("M", 0.15, ie))
    town, county, rk = c.pick([("Mallow", "Cork", "P51"), ("Ballincollig", "Cork", "P31"),
                               ("Tralee", "Kerry", "V92"), ("Ennis", "Clare", "V95"),
                               ("Navan", "Meath", "C15"), ("Castlebar", "Mayo", "F23")])
    ch = "ACDEFHKNPRTVWXY0123456789"
    pt.street = f"{c.n(1, 60)} {c.pick(['Church', 'Bridge', 'Fair Green', 'Oak Park', 'Main'])} " \
                f"{c.pick(['Street', 'Road', 'View', 'Drive'])}"
    pt.city, pt.state, pt.country = town, f"Co. {county}", "IE"
    pt.zip = f"{rk} {c.pick('ACDEFHKNPRTVWXY')}{''.join(c.pick(ch) for _ in range(3))}"
    pt.phone = f"08{c.pick('3567')} {c.n(100, 999)} {c.n(1000, 9999)}"
    gp, cons, wife = c.person(fk=ie), c.person(fk=ie), c.kin(pt.who, "F", 0.9)
    gtown, gcounty, grk = c.pick([("Mallow", "Cork", "P51"), ("Youghal", "Cork", "P36"),
                                  ("Killarney", "Kerry", "V93"), ("Kilrush", "Clare", "V15")])
    c.t("Dr ").nm(gp).t("\nMedical Centre\n")
    c.p("ADDRESS", f"{c.pick(['The Square', 'Main Street'])}")
    c.t("\n").p("ADDRESS", gtown).t(f", Co. {gcounty}\n")
    c.p("ZIP", f"{grk} {c.pick('ACDEFHKNPRTVWXY')}{''.join(c.pick(ch) for _ in range(3))}")
    c.t("\n\n").d(td, ("dmy_long", "dmy")).t("\n\nRe: ").nm(pt.who).t(", DOB ").d(pt.dob, "dmy")
    c.t(", ").p("ADDRESS", pt.street).t(", ").p("ADDRESS", town).t(f", Co. {county} ")
    c.p("ZIP", pt.zip)
    c.t("\nMRN ").p("ID", pt.mrn).t("\n\nDear Dr ").nm(gp, "last")
    c.t(",\n\nThank you for referring this ")
    c.t(f"{pt.age}-year-old retired publican, whom I reviewed in the Rapid Access Chest ")
    c.t("Pain Clinic ")
    c.t("on ").d(td, ("dmy_long", "dm_abbr")).t(". He describes exertional chest tightness after ")
    c.c("200 m").t(" uphill. Exercise ECG: Bruce protocol ").c("6 min 30 s").t(", ")
    c.c("2 mm ST depression")
    c.t(" in II, III and aVF. ").labs(("hgb", "a1c")).t(", ").c(f"LDL {c.fl(2.5, 4.9)} mmol/L")
    c.t(".\n\n")
    c.t("I have started ").c("bisoprolol 2.5 mg od").t(", ").c("atorvastatin 80 mg nocte").t(", ")
    c.c("aspirin 75 mg od").t(" and GTN spray, and booked a CT coronary angiogram for ")
    c.d(c.later(10, 30), ("dmy", "dm_abbr")).t(". Review in ").c("6/52").t(".\nHis wife ")
    c.nm(wife, "first")
    c.t(" asked that correspondence also be e-mailed to ").p("EMAIL", c.email(wife, "eircom.net"))
    c.t(".\n\n")
    c.t("Yours sincerely,\n\n").nm(cons).t(" MRCPI\nConsultant Cardiologist\nTel ")
    c.p("PHONE", f"0{c.pick(['21', '66', '65', '46'])} {c.n(400, 499)} {c.n(1000, 9999)}")
    c.t("\ncc: patient\n")
    return c.done()


TEMPLATES: list[Callable[[Ctx], Note]] = [
    t_pcp_record, t_cardiology_letter, t_oncology_note, t_chf_discharge, t_copd_hp, t_icu_nursing,
    t_floor_night, t_ed_provider, t_case_mgmt, t_bh_intake, t_well_child, t_prenatal, t_preop,
    t_snf_transfer, t_uk_clerking, t_rehab_admit, t_home_health_485, t_hospice_recert,
    t_phone_triage, t_portal_msg, t_lab_critical, t_ct_report, t_surg_path, t_pharm_medrec,
    t_aps_sw, t_cards_consult, t_dialysis_run, t_telehealth, t_avs, t_au_ward_round, t_postpartum,
    t_parkinson_clinic, t_graves_consult, t_id_rmsf, t_trauma_hp, t_goals_of_care, t_pt_eval,
    t_pressure_injury, t_whipple_op, t_anticoag_phone, t_prior_auth, t_sbar, t_ie_clinic_letter,
]


def generate(n: int) -> list[Note]:
    """n labelled notes, templates cycled in order; note i depends only on i (fixed seeds)."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
