"""HELD-OUT v14 PHI corpus: written before any round-14 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Unlike v11-v13,
which hunted for unusual regions and formats, v14 aims at the MAINSTREAM of US / UK hospital
text with ordinary PHI density, so that its figure represents everyday notes: ED physician
notes (HPI / ROS / exam / MDM), hospitalist H&Ps, daily SOAP progress notes, discharge
summaries with follow-up appointments, nursing shift notes, SBAR handoffs, cardiology /
nephrology / infectious-disease consults, procedure notes (paracentesis, central line),
case-management and discharge-planning notes, telephone encounters, patient-portal messages
with replies, home-health and SNF referrals, radiology reports with comparisons, surgical
pathology, ICU nursing notes, inpatient rehab notes, L&D notes, well-child visits, operative
notes, pharmacy medication reconciliations, social-work notes, wound-care notes,
palliative-care goals-of-care notes and US primary-care visits (27 US templates), and UK GP
referral letters, A&E records, ward-round entries, immediate discharge letters to the GP,
nursing SBAR handovers, outpatient clinic letters, GP telephone consultations, CT reports,
labour-ward midwifery notes and district-nursing visits (10 UK templates; 37 in all, cycled in
order). Names: Faker en_US, en_GB, es_MX, en_IN, en_IE, yo_NG, pl_PL and vi_VN (accents
stripped in most US records), in many written forms: "First Last", "First M. Last", "LAST,
First", "Last, First M", "F. Last", lower-case, nicknames in quotes, hyphenated surnames,
staff initials; US / UK street and town lists are curated (real-looking, not Faker's).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", ", RN",
", MD", ", FY1") are outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes
is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials in
signatures are NAME. A street line (with its apartment / flat / unit part) and a city / town
are ADDRESS; a state / county / country is not PHI; ZIP codes and postcodes are ZIP. DATE:
anything more specific than a year, in 10+ formats (numeric US and UK order, ISO, written-out,
abbreviated, ordinal, "04-Mar-2025", "04MAR2025", month + year, day + month alone, birth
dates); "on 3/4 (yesterday)" labels only "3/4"; weekdays stay outside the DATE span; an ISO
date-time written as one token is one DATE span; a date followed by a separate time labels only
the date. PHONE includes fax, pagers / bleeps (number only) and extensions (inside the span);
labels such as "cell", "h:", "w:" are outside. EMAIL, URL as written. SSN: full numbers and the
last-4 digits of a masked "XXX-XX-1234" (only the digits are labelled). ID: MRN, account /
FIN / CSN / encounter numbers, NHS numbers, hospital numbers, Medicare MBIs, insurance member
ids, accession and specimen numbers, device serials, licence plates. AGE: ages >= 90 only,
number part only ("92" of "92-year-old", "ninety-three" of "ninety-three-year-old", "90s" of
"in her 90s"). Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations,
years alone, weekdays alone, relative dates, room / bed numbers and facility / employer /
insurer / pharmacy / agency names are unlabelled (clinical values are recorded in
``Note.clinical``). Dates are absolute (seeded), so ``generate(n)`` is deterministic. Run it
only for final figures: its misses and lost clinical values are not to be inspected while the
scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["generate"]

_SEED = 140_014
_LOCALES = ("en_US", "en_GB", "es_MX", "en_IN", "en_IE", "yo_NG", "pl_PL", "vi_VN")
_FAKERS: dict[str, Faker] = {}

_US_STREETS = (
    "Oak", "Maple", "Washington", "Elm", "Park", "Lincoln", "Highland", "Cedar", "Pine",
    "Lakeview", "Franklin", "Jefferson", "Hillcrest", "Sunset", "Church", "Ridge", "Walnut",
    "Chestnut", "Main", "Madison", "Spring", "Meadow", "Prospect", "Forest", "River",
    "Willow", "Grove", "Summit", "Orchard", "Birch", "Center", "Pleasant", "Cherry",
)  # fmt: skip
_US_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Blvd", "Ln",
              "Lane", "Ct", "Way", "Pl", "Cir", "Pkwy", "Ter")  # fmt: skip
_US_UNIT = ("Apt {n}", "Apt. {n}", "#{n}", "Unit {n}", "Apt {n}B", "Suite {n}", "Apt {n}C")
_US_CITIES = (
    ("Worcester", "MA"), ("Springfield", "IL"), ("Columbus", "OH"), ("Dayton", "OH"),
    ("Allentown", "PA"), ("Scranton", "PA"), ("Fresno", "CA"), ("Bakersfield", "CA"),
    ("Tucson", "AZ"), ("Mesa", "AZ"), ("Lubbock", "TX"), ("Plano", "TX"), ("El Paso", "TX"),
    ("Knoxville", "TN"), ("Chattanooga", "TN"), ("Greenville", "SC"), ("Raleigh", "NC"),
    ("Durham", "NC"), ("Richmond", "VA"), ("Norfolk", "VA"), ("Toledo", "OH"),
    ("Grand Rapids", "MI"), ("Lansing", "MI"), ("Madison", "WI"), ("Green Bay", "WI"),
    ("Des Moines", "IA"), ("Omaha", "NE"), ("Wichita", "KS"), ("Tulsa", "OK"),
    ("Boise", "ID"), ("Spokane", "WA"), ("Tacoma", "WA"), ("Eugene", "OR"), ("Reno", "NV"),
    ("Albuquerque", "NM"), ("Pueblo", "CO"), ("Lexington", "KY"), ("Baton Rouge", "LA"),
    ("Mobile", "AL"), ("Savannah", "GA"), ("Tampa", "FL"), ("Ocala", "FL"),
    ("Hartford", "CT"), ("Providence", "RI"), ("Manchester", "NH"), ("Burlington", "VT"),
    ("Syracuse", "NY"), ("Yonkers", "NY"), ("Paterson", "NJ"), ("Dover", "DE"),
)  # fmt: skip
_ZIP3 = {
    "MA": (10, 27), "IL": (600, 629), "OH": (430, 458), "PA": (150, 196), "CA": (900, 961),
    "AZ": (850, 865), "TX": (750, 799), "TN": (370, 385), "SC": (290, 299), "NC": (270, 289),
    "VA": (220, 246), "MI": (480, 499), "WI": (530, 549), "IA": (500, 528), "NE": (680, 693),
    "KS": (660, 679), "OK": (730, 749), "ID": (832, 838), "WA": (980, 994), "OR": (970, 979),
    "NV": (889, 898), "NM": (870, 884), "CO": (800, 816), "KY": (400, 427), "LA": (700, 714),
    "AL": (350, 369), "GA": (300, 319), "FL": (320, 349), "CT": (60, 69), "RI": (28, 29),
    "NH": (30, 38), "VT": (50, 59), "NY": (100, 149), "NJ": (70, 89), "DE": (197, 199),
}  # fmt: skip
_UK_STREETS = (
    "High Street", "Church Lane", "Station Road", "Victoria Road", "Mill Lane", "Kingsway",
    "The Crescent", "Park Avenue", "Manor Road", "Queens Road", "Green Lane", "Albert Street",
    "Chapel Street", "Windsor Close", "Oakfield Drive", "Orchard Way", "Beech Grove",
    "Hawthorn Avenue", "School Lane", "North Road", "Springfield Road", "Clarence Terrace",
    "St John's Road", "Elm Close", "Meadow View", "Moor Lane", "Cromwell Road", "Rose Hill",
)  # fmt: skip
_UK_TOWNS = (
    ("Leeds", "LS"), ("Bradford", "BD"), ("Sheffield", "S"), ("Manchester", "M"),
    ("Salford", "M"), ("Stockport", "SK"), ("Bolton", "BL"), ("Wigan", "WN"),
    ("Liverpool", "L"), ("Birkenhead", "CH"), ("Birmingham", "B"), ("Coventry", "CV"),
    ("Wolverhampton", "WV"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Derby", "DE"),
    ("Newcastle upon Tyne", "NE"), ("Gateshead", "NE"), ("Sunderland", "SR"),
    ("Middlesbrough", "TS"), ("Bristol", "BS"), ("Bath", "BA"), ("Plymouth", "PL"),
    ("Exeter", "EX"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Glasgow", "G"),
    ("Edinburgh", "EH"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Reading", "RG"),
    ("Croydon", "CR"), ("Walthamstow", "E"), ("Hackney", "E"), ("Brixton", "SW"),
    ("Luton", "LU"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Hull", "HU"), ("York", "YO"),
)  # fmt: skip
_US_AREA = ("617", "508", "413", "312", "614", "937", "610", "559", "520", "806", "214",
            "865", "864", "919", "804", "757", "419", "616", "517", "608", "515", "402",
            "316", "918", "208", "509", "253", "541", "775", "505", "859", "225", "251",
            "912", "813", "352", "860", "401", "603", "802", "315", "914", "973", "302")  # fmt: skip
_UK_AREA = ("0113", "0114", "0161", "0151", "0121", "024", "0115", "0116", "01332", "0191",
            "0117", "01225", "01752", "01392", "029", "01792", "0141", "0131", "01603",
            "01473", "0118", "020", "01582", "01865", "01223", "01482", "01904")  # fmt: skip
_NICK = {
    "William": "Bill", "Robert": "Bob", "Elizabeth": "Liz", "Margaret": "Peggy",
    "James": "Jim", "Patricia": "Pat", "Katherine": "Kate", "Richard": "Rick",
    "Michael": "Mike", "Jennifer": "Jen", "Christopher": "Chris", "Deborah": "Deb",
    "Joseph": "Joe", "Thomas": "Tom", "Susan": "Sue", "Anthony": "Tony", "Daniel": "Dan",
    "Barbara": "Barb", "Jessica": "Jess", "Rebecca": "Becky", "Edward": "Ted",
    "Samuel": "Sam", "Alexander": "Alex", "Victoria": "Vicky", "Nicholas": "Nick",
    "Francisco": "Paco", "José": "Pepe", "Guadalupe": "Lupe", "Alejandro": "Alex",
}  # fmt: skip
_KIN_SEX = {"wife": "F", "husband": "M", "son": "M", "daughter": "F", "niece": "F",
            "nephew": "M", "mother": "F", "mum": "F", "sister": "F", "brother": "M"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WD_ABBR = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
              94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
              98: "ninety-eight", 99: "ninety-nine"}  # fmt: skip


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


@dataclass
class _Person:
    first: str
    middle: str
    last: str
    sex: str  # "F" / "M"

    @property
    def nick(self) -> str:
        return _NICK.get(self.first, self.first)


@dataclass
class _Pt:
    """The patient a note is about, with the identifiers written into it."""

    who: _Person
    uk: bool
    age: int
    dob: date
    visit: date
    street: str
    city: str
    state: str
    zip: str
    phone: str
    mrn: str


class _B(NoteBuilder):
    """NoteBuilder with short-hands for the labels used most."""

    def n(self, text: str) -> _B:
        self.p("NAME", text)
        return self

    def d(self, text: str) -> _B:
        self.p("DATE", text)
        return self

    def ph(self, text: str) -> _B:
        self.p("PHONE", text)
        return self

    def id(self, text: str) -> _B:
        self.p("ID", text)
        return self

    def ad(self, text: str) -> _B:
        self.p("ADDRESS", text)
        return self

    def z(self, text: str) -> _B:
        self.p("ZIP", text)
        return self

    def cv(self, text: str) -> _B:
        self.c(text)
        return self

    def tx(self, text: str) -> _B:
        self.t(text)
        return self

    def age(self, n: int, words: bool = False) -> _B:
        text = _NUM_WORDS.get(n, str(n)) if words else str(n)
        if n >= 90:
            self.p("AGE", text)
        else:
            self.c(text)
        return self


class _G:
    """Seeded source of names, dates, numbers and clinical values."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        for i, loc in enumerate(_LOCALES):
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            _FAKERS[loc].seed_instance(seed + i)

    # ---- people -------------------------------------------------------------------------
    def person(self, uk: bool, sex: str | None = None) -> _Person:
        r = self.r
        if uk:
            loc = r.choices(("en_GB", "en_IN", "en_IE", "yo_NG", "pl_PL"), (60, 14, 10, 8, 8))[0]
        else:
            loc = r.choices(("en_US", "es_MX", "vi_VN", "en_IN"), (66, 20, 7, 7))[0]
        fk = _FAKERS[loc]
        sex = sex or r.choice("FM")
        first = fk.first_name_female() if sex == "F" else fk.first_name_male()
        middle = fk.first_name_female() if sex == "F" else fk.first_name_male()
        last = fk.last_name()
        if loc == "vi_VN" or (loc == "pl_PL" and r.random() < 0.5):
            first, middle, last = _ascii(first), _ascii(middle), _ascii(last)
        if loc == "es_MX" and r.random() < 0.35:
            last = f"{last} {fk.last_name()}" if r.random() < 0.5 else f"{last}-{fk.last_name()}"
        elif r.random() < 0.07:
            last = f"{last}-{_FAKERS['en_GB' if uk else 'en_US'].last_name()}"
        return _Person(first.split()[0], middle.split()[0], last, sex)

    def name(self, p: _Person, style: str | None = None) -> str:
        style = style or self.r.choice(
            ("fl", "fl", "fl", "fml", "LF", "Lf", "Lfm", "il", "lower", "first", "last", "nick")
        )
        return {
            "fl": f"{p.first} {p.last}",
            "fml": f"{p.first} {p.middle[0]}. {p.last}",
            "LF": f"{p.last.upper()}, {p.first.upper()}",
            "Lf": f"{p.last}, {p.first}",
            "Lfm": f"{p.last}, {p.first} {p.middle[0]}",
            "il": f"{p.first[0]}. {p.last}",
            "lower": f"{p.first.lower()} {p.last.lower()}",
            "first": p.first,
            "last": p.last,
            "nick": f"{p.nick} {p.last}",
            "ini": f"{p.first[0]}{p.last[0]}",
        }[style]

    def staff(self, uk: bool) -> _Person:
        return self.person(uk)

    def kin(self, uk: bool, words: tuple[str, ...]) -> tuple[str, _Person]:
        """A relationship word and a relative whose sex fits it."""
        w = self.r.choice(words)
        return w, self.person(uk, _KIN_SEX.get(w.lower()))

    # ---- dates --------------------------------------------------------------------------
    def day(self, base: date, lo: int, hi: int) -> date:
        return base + timedelta(days=self.r.randint(lo, hi))

    def date(self, d: date, uk: bool, style: str | None = None) -> str:
        if style is None:
            us = ("mdy", "mdy", "mdys", "md", "iso", "long", "abbr", "abbrs", "dmonY", "DMY")
            gb = ("dmy", "dmy", "dmys", "dm", "iso", "dlong", "dabbr", "ord", "dmonY", "dmyd")
            style = self.r.choice(gb if uk else us)
        m, dd, y = d.month, d.day, d.year
        mon = _MONTHS[m - 1]
        return {
            "mdy": f"{m:02d}/{dd:02d}/{y}",
            "mdys": f"{m}/{dd}/{y % 100:02d}",
            "md": f"{m}/{dd}",
            "iso": d.isoformat(),
            "long": f"{mon} {dd}, {y}",
            "abbr": f"{mon[:3]} {dd}, {y}",
            "abbrs": f"{mon[:3]} {dd}",
            "dmonY": f"{dd:02d}-{mon[:3]}-{y}",
            "DMY": f"{dd:02d}{mon[:3].upper()}{y}",
            "dmy": f"{dd:02d}/{m:02d}/{y}",
            "dmys": f"{dd}/{m}/{y % 100:02d}",
            "dm": f"{dd}/{m}",
            "dlong": f"{dd} {mon} {y}",
            "dabbr": f"{dd} {mon[:3]} {y}",
            "ord": f"{_ordinal(dd)} {mon}",
            "dmyd": f"{dd:02d}.{m:02d}.{y}",
            "my": f"{mon} {y}",
            "mord": f"{mon} {_ordinal(dd)}",
        }[style]

    # ---- contact details and numbers ----------------------------------------------------
    def phone(self, uk: bool, style: str | None = None, ext: bool = False) -> str:
        r = self.r
        if uk:
            mob = style != "land" and r.random() < 0.5
            if mob:
                num = f"07{r.randint(100, 999)}{r.randint(100000, 999999)}"
                s = r.choice((f"{num[:5]} {num[5:]}", f"{num[:5]} {num[5:8]} {num[8:]}",
                              f"+44 {num[1:5]} {num[5:]}", num))  # fmt: skip
            else:
                area = r.choice(_UK_AREA)
                rest = str(r.randint(10**(10 - len(area)), 10**(11 - len(area)) - 1))
                if len(area) == 3:
                    rest = f"{rest[:4]} {rest[4:]}"
                elif len(area) == 4:
                    rest = f"{rest[:3]} {rest[3:]}"
                s = r.choice((f"{area} {rest}", f"({area}) {rest}", f"+44 {area[1:]} {rest}"))
        else:
            a, e, n = r.choice(_US_AREA), r.randint(201, 989), r.randint(0, 9999)
            style = style or r.choice(("paren", "dash", "dash", "dot", "space", "plain",
                                       "plus", "one"))  # fmt: skip
            s = {
                "paren": f"({a}) {e}-{n:04d}",
                "dash": f"{a}-{e}-{n:04d}",
                "dot": f"{a}.{e}.{n:04d}",
                "space": f"{a} {e} {n:04d}",
                "plain": f"{a}{e}{n:04d}",
                "plus": f"+1 {a}-{e}-{n:04d}",
                "one": f"1-{a}-{e}-{n:04d}",
                "local": f"{e}-{n:04d}",
            }[style]
        if ext:
            s += r.choice((" ext. ", " x", " ext ", " x.")) + str(r.randint(1000, 9999))
        return s

    def ext(self) -> str:
        return f"{self.r.choice(('ext. ', 'x', 'ext '))}{self.r.randint(2000, 7999)}"

    def email(self, p: _Person) -> str:
        r = self.r
        user = r.choice((f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.first}{r.randint(1, 99)}",
                         f"{p.last}.{p.first[0]}"))  # fmt: skip
        user = _ascii(user).lower().replace(" ", "").replace("'", "")
        return f"{user}@{r.choice(('gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.co.uk', 'icloud.com', 'aol.com'))}"

    def mrn(self, uk: bool) -> str:
        r = self.r
        if uk:
            return r.choice((f"{r.choice('KRMJ')}{r.randint(100000, 999999)}",
                             f"RX{r.randint(1000000, 9999999)}", str(r.randint(10000000, 99999999))))
        return r.choice((f"{r.randint(1000000, 9999999)}", f"{r.randint(10000000, 99999999)}",
                         f"00{r.randint(100000, 999999)}", f"E{r.randint(1000000, 9999999)}"))  # fmt: skip

    def nhs(self) -> str:
        s = str(self.r.randint(4000000000, 7999999999))
        return self.r.choice((f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"))

    def acct(self) -> str:
        return str(self.r.randint(10**9, 10**10 - 1))

    def ssn(self) -> str:
        r = self.r
        return f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"

    def mbi(self) -> str:
        r = self.r
        al = "ACDEFGHJKMNPQRTUVWXY"
        return (f"{r.randint(1, 9)}{r.choice(al)}{r.choice(al)}{r.randint(0, 9)}-{r.choice(al)}"
                f"{r.choice(al)}{r.randint(0, 9)}-{r.choice(al)}{r.choice(al)}{r.randint(10, 99)}")

    def street(self, uk: bool, unit: bool | None = None) -> str:
        r = self.r
        unit = r.random() < 0.3 if unit is None else unit
        if uk:
            s = f"{r.randint(1, 240)} {r.choice(_UK_STREETS)}"
            return f"Flat {r.randint(1, 24)}, {s}" if unit else s
        s = f"{r.randint(10, 9899)} {r.choice(_US_STREETS)} {r.choice(_US_SUFFIX)}"
        if unit:
            s += (", " if r.random() < 0.5 else " ") + r.choice(_US_UNIT).format(n=r.randint(1, 42))
        return s

    def place(self, uk: bool) -> tuple[str, str, str]:
        """(city, state-or-county, zip-or-postcode)."""
        r = self.r
        if uk:
            town, area = r.choice(_UK_TOWNS)
            pc = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return town, "", pc
        city, st = r.choice(_US_CITIES)
        lo, hi = _ZIP3[st]
        z = f"{r.randint(lo, hi):03d}{r.randint(1, 99):02d}"
        if r.random() < 0.2:
            z += f"-{r.randint(1, 9999):04d}"
        return city, st, z

    # ---- clinical values ----------------------------------------------------------------
    def hr(self) -> str:
        return str(self.r.randint(56, 124))

    def bp(self) -> str:
        return f"{self.r.randint(94, 182)}/{self.r.randint(50, 104)}"

    def rr(self) -> str:
        return str(self.r.randint(12, 28))

    def temp(self, uk: bool) -> str:
        return f"{self.r.uniform(36.1, 39.2):.1f}" if uk or self.r.random() < 0.3 else f"{self.r.uniform(97.0, 102.6):.1f}"

    def spo2(self) -> str:
        return f"{self.r.randint(86, 100)}%"

    def lab(self, lo: float, hi: float, dp: int = 1) -> str:
        return f"{self.r.uniform(lo, hi):.{dp}f}"

    def clock(self, colon: bool | None = None) -> str:
        h, m = self.r.randint(0, 23), self.r.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        colon = self.r.random() < 0.5 if colon is None else colon
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def pick(self, seq: tuple[str, ...], k: int) -> list[str]:
        return self.r.sample(seq, k)


_MEDS = (
    "metoprolol tartrate 25 mg PO BID", "lisinopril 10 mg daily", "atorvastatin 40 mg nightly",
    "apixaban 5 mg BID", "furosemide 40 mg IV BID", "insulin glargine 22 units at bedtime",
    "metformin 1000 mg BID", "amlodipine 5 mg daily", "pantoprazole 40 mg daily",
    "levothyroxine 75 mcg daily", "sertraline 50 mg daily", "gabapentin 300 mg TID",
    "tamsulosin 0.4 mg nightly", "aspirin 81 mg daily", "clopidogrel 75 mg daily",
    "warfarin 5 mg (INR goal 2-3)", "ceftriaxone 1 g IV q24h", "vancomycin 1250 mg IV q12h",
    "piperacillin-tazobactam 4.5 g IV q6h", "enoxaparin 40 mg SC daily",
    "oxycodone 5 mg q4h PRN", "acetaminophen 650 mg q6h PRN", "ondansetron 4 mg IV q8h PRN",
    "prednisone 40 mg daily x 5 days", "albuterol 2.5 mg neb q4h PRN", "spironolactone 25 mg daily",
    "carvedilol 12.5 mg BID", "empagliflozin 10 mg daily", "donepezil 10 mg nightly",
    "hydrochlorothiazide 25 mg daily", "losartan 50 mg daily", "omeprazole 20 mg daily",
)  # fmt: skip
_UK_MEDS = (
    "ramipril 5 mg OD", "bisoprolol 2.5 mg OD", "atorvastatin 80 mg ON", "apixaban 5 mg BD",
    "co-amoxiclav 625 mg TDS", "amoxicillin 500 mg TDS", "paracetamol 1 g QDS",
    "lansoprazole 30 mg OD", "metformin 500 mg BD", "gliclazide 80 mg BD",
    "amlodipine 10 mg OD", "furosemide 40 mg OM", "sertraline 100 mg OD",
    "levothyroxine 100 micrograms OD", "Adcal-D3 one tablet BD", "edoxaban 60 mg OD",
    "prednisolone 30 mg OD", "doxycycline 100 mg OD", "salbutamol 100 micrograms PRN",
    "Fostair 100/6 two puffs BD", "codeine 30 mg QDS PRN", "senna 15 mg ON",
)  # fmt: skip


def _meds(g: _G, b: _B, uk: bool, k: int, sep: str = "; ") -> None:
    for i, m in enumerate(g.pick(_UK_MEDS if uk else _MEDS, k)):
        if i:
            b.tx(sep)
        b.cv(m)


def _sig(g: _G, b: _B, p: _Person, cred: str, style: str | None = None) -> None:
    b.n(g.name(p, style or g.r.choice(("fl", "fml", "il", "fl")))).tx(f", {cred}")


def _age_phrase(g: _G, b: _B, pt: _Pt) -> None:
    """'67-year-old', '92 y/o', 'ninety-three-year-old', '94yo' ..."""
    r = g.r
    form = r.randint(0, 4)
    if form == 0:
        b.age(pt.age).tx("-year-old")
    elif form == 1:
        b.age(pt.age).tx(" y/o")
    elif form == 2:
        b.age(pt.age).tx("yo")
    elif form == 3 and pt.age >= 90 and r.random() < 0.6:
        b.age(pt.age, words=True).tx("-year-old")
    else:
        b.age(pt.age).tx(" year old")


def _wd(g: _G, b: _B, d: date, uk: bool, style: str, abbr: bool = False) -> _B:
    """'Tuesday 4/2': the weekday (not PHI) stays outside the DATE span."""
    return b.tx((_WD_ABBR if abbr else _WEEKDAYS)[d.weekday()] + " ").d(g.date(d, uk, style))


def _ago(days: int) -> str:
    return {1: "yesterday", 2: "2 days ago", 3: "3 days ago"}.get(days, "last week" if days >= 7 else f"{days} days ago")


def _he(pt: _Pt) -> str:
    return "she" if pt.who.sex == "F" else "he"


def _his(pt: _Pt) -> str:
    return "her" if pt.who.sex == "F" else "his"


def _mx(pt: _Pt) -> str:
    return "Mrs" if pt.who.sex == "F" else "Mr"


def _sex_word(pt: _Pt) -> str:
    return "female" if pt.who.sex == "F" else "male"


# ---- US templates ------------------------------------------------------------------------
def _ed_physician(g: _G, b: _B, pt: _Pt) -> None:
    doc, res, nurse = g.staff(False), g.staff(False), g.staff(False)
    b.tx("EMERGENCY DEPARTMENT PHYSICIAN NOTE\nPatient: ").n(g.name(pt.who, "LF")).tx("   MRN: ")
    b.id(pt.mrn).tx("   DOB: ").d(g.date(pt.dob, False, "mdy")).tx("\nArrival: ")
    b.d(g.date(pt.visit, False, "mdy")).tx(" ").cv(g.clock(True)).tx("   Acct#: ").id(g.acct())
    if g.r.random() < 0.5:
        b.tx("   SSN: XXX-XX-").p("SSN", f"{g.r.randint(0, 9999):04d}")
    b.tx("\nAttending: Dr. ").n(g.name(doc, "Lf")).tx("   Resident: ").n(g.name(res, "fl"))
    b.tx(", MD\n\nCC: chest pain x ").cv(f"{g.r.randint(2, 9)} hours").tx("\n\nHPI: ")
    _age_phrase(g, b, pt)
    b.tx(f" {_sex_word(pt)} with hx of HTN, HLD and T2DM presenting with substernal chest pressure "
         "that began at rest around ").cv(g.clock(False))
    b.tx(f", radiating to the left arm, {g.r.randint(5, 8)}/10. Also reports diaphoresis. Was seen at "
         "an outside urgent care on ")
    seen = g.day(pt.visit, -8, -1)
    b.d(g.date(seen, False, "md")).tx(f" ({_ago((pt.visit - seen).days)}) with normal ECG per patient. Lives with ")
    wife = g.person(False, "F" if pt.who.sex == "M" or g.r.random() < 0.1 else "M")
    b.tx(_his(pt) + " spouse ").n(g.name(wife, g.r.choice(("first", "fl")))).tx(" who drove ")
    b.tx("him" if pt.who.sex == "M" else "her").tx(" in; spouse cell ").ph(g.phone(False)).tx(".\n\n")
    b.tx("ROS: positive for dyspnea on exertion; negative for fever, cough, abdominal pain, "
         "leg swelling. All other systems reviewed and negative.\n\nExam: BP ").cv(g.bp())
    b.tx(" HR ").cv(g.hr()).tx(" RR ").cv(g.rr()).tx(" T ").cv(g.temp(False)).tx(" SpO2 ")
    b.cv(g.spo2()).tx(" on RA. Gen: uncomfortable, diaphoretic. CV: RRR, no murmur. Lungs: "
                      "clear bilaterally. Ext: no edema.\n\nResults: troponin I ")
    b.cv(g.lab(0.01, 2.4, 2)).tx(" ng/mL (0-0.04), repeat at ").cv("3 hours").tx(" ")
    b.cv(g.lab(0.02, 3.8, 2)).tx("; K ").cv(g.lab(3.2, 5.4)).tx(", Cr ").cv(g.lab(0.7, 2.1, 2))
    b.tx(", Hgb ").cv(g.lab(9.0, 15.5)).tx(". ECG at ").cv(g.clock(True))
    b.tx(": sinus, 1 mm ST depression V4-V6.\n\nMDM: HEART score ").cv(str(g.r.randint(4, 8)))
    b.tx(". Concern for NSTEMI. Given ").cv("aspirin 324 mg").tx(" chewed, ").cv("heparin 60 units/kg bolus")
    b.tx(". Discussed with cardiology fellow Dr. ").n(g.name(g.staff(False), "last"))
    b.tx(" (pager ").ph(str(g.r.randint(10000, 99999))).tx("). Admit to telemetry.\n\n")
    b.tx("Nursing: ").n(g.name(nurse, "fl")).tx(", RN   Scribe: ").n(g.name(g.staff(False), "fl"))
    b.tx("\nI have seen and examined the patient with Dr. ").n(g.name(res, "last"))
    b.tx(" and agree with the findings and plan.\nElectronically signed by ")
    _sig(g, b, doc, "MD")
    b.tx(" on ").d(g.date(pt.visit, False, "mdy")).tx(" at ").cv(g.clock(True)).tx("\n")


def _hp(g: _G, b: _B, pt: _Pt) -> None:
    doc, pcp = g.staff(False), g.staff(False)
    b.tx("HOSPITAL MEDICINE HISTORY AND PHYSICAL\nDate of admission: ")
    b.d(g.date(pt.visit, False, g.r.choice(("long", "mdy")))).tx("\nName: ").n(g.name(pt.who, "Lfm"))
    b.tx("  MRN ").id(pt.mrn).tx("  FIN ").id(g.acct()).tx("\nPCP: Dr. ").n(g.name(pcp, "fl"))
    b.tx(", Valley Health Primary Care, phone ").ph(g.phone(False)).tx(", fax ").ph(g.phone(False))
    b.tx("\n\nChief complaint: shortness of breath\n\nHPI: ").n(g.name(pt.who, g.r.choice(("Lf", "fl"))))
    b.tx(" is a ")
    _age_phrase(g, b, pt)
    b.tx(" with HFrEF (EF ").cv(f"{g.r.randint(20, 40)}%").tx(" on echo ")
    b.d(g.date(g.day(pt.visit, -400, -60), False, "my")).tx("), CKD stage 3b and AF on ")
    b.cv("apixaban").tx(" who presents with ").cv(f"{g.r.randint(3, 10)} days")
    b.tx(" of worsening orthopnea, ").cv(f"{g.r.randint(4, 15)} lb").tx(" weight gain and leg swelling. ")
    b.tx("Admitted for the same on ").d(g.date(g.day(pt.visit, -120, -20), False, "mdy"))
    b.tx(". Daughter ").n(g.name(g.person(False, "F"), "fl")).tx(" reports missed doses of ")
    b.cv("furosemide").tx(".\n\nPMH: HFrEF, AF, CKD 3b, T2DM (A1c ").cv(g.lab(6.4, 10.2))
    b.tx("%), OSA on CPAP.\nMedications: ")
    _meds(g, b, False, 5)
    b.tx("\nAllergies: ").cv("penicillin").tx(" (rash)\nSocial: former smoker, ").cv("30 pack-years")
    b.tx(", quit in ").cv(str(pt.visit.year - g.r.randint(3, 20))).tx(". Lives at ")
    b.ad(pt.street).tx(", ").ad(pt.city).tx(f", {pt.state} ").z(pt.zip).tx(" with spouse.\n")
    b.tx("Family hx: mother with CHF, died at ").age(g.r.choice((78, 84, 91, 93, 88)))
    b.tx(".\n\nExam: T ").cv(g.temp(False)).tx(" BP ").cv(g.bp()).tx(" HR ").cv(g.hr())
    b.tx(" irregular, RR ").cv(g.rr()).tx(", SpO2 ").cv(g.spo2()).tx(" on ").cv("2 L NC")
    b.tx(". JVP to ").cv("10 cm").tx(", bibasilar crackles, ").cv("2+").tx(" pitting edema to knees.\n")
    b.tx("Labs: BNP ").cv(str(g.r.randint(600, 4200))).tx(", Na ").cv(str(g.r.randint(128, 141)))
    b.tx(", Cr ").cv(g.lab(1.4, 2.9, 2)).tx(" (baseline ").cv(g.lab(1.3, 1.8, 1)).tx("), K ")
    b.cv(g.lab(3.5, 5.4)).tx("\n\nAssessment/Plan:\n1. Acute on chronic HFrEF - ").cv("furosemide 80 mg IV BID")
    b.tx(", strict I/O, daily weights, goal net negative ").cv("1-2 L/day").tx(".\n2. AF - rate controlled, continue ")
    b.cv("apixaban 5 mg BID").tx(".\n3. AKI on CKD - trend BMP.\nCode status: Full. HCP: ")
    w, k = g.kin(False, ("son", "daughter", "wife", "husband"))
    b.n(g.name(k, "fl")).tx(f" ({w}) ").ph(g.phone(False)).tx("\n\n")
    _sig(g, b, doc, "MD")
    b.tx(", Hospitalist  ").d(g.date(pt.visit, False, "mdy")).tx(" ").cv(g.clock(True)).tx("\n")


def _progress(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    hd = g.r.randint(2, 9)
    b.tx("Progress Note - Hospital Day ").cv(str(hd)).tx("\n").n(g.name(pt.who, "LF")).tx(", ")
    b.id(pt.mrn).tx(", Rm ").cv(f"{g.r.randint(3, 9)}{g.r.randint(10, 40)}").tx("\nDate of service: ")
    b.d(g.date(pt.visit, False, g.r.choice(("mdy", "iso", "abbr")))).tx("\n\nS: Seen and examined this "
        "morning. Feels better, ate ").cv("50%").tx(" of breakfast. Overnight had one episode of "
        "confusion per RN ").n(g.name(g.staff(False), "first")).tx(", resolved by ").cv(g.clock(True))
    b.tx(". No chest pain.\n\nO: Tmax ").cv(g.temp(False)).tx(", HR ").cv(g.hr()).tx(", BP ")
    b.cv(g.bp()).tx(", SpO2 ").cv(g.spo2()).tx(" RA. I/O ").cv(f"{g.r.randint(800, 2200)}/{g.r.randint(900, 3400)}")
    b.tx(". Weight ").cv(f"{g.lab(60, 120)} kg").tx(" (admission ").cv(f"{g.lab(62, 125)} kg")
    b.tx(")\nWBC ").cv(g.lab(4.0, 16.0)).tx(" (from ").cv(g.lab(8.0, 21.0)).tx(" on ")
    b.d(g.date(g.day(pt.visit, -hd, -1), False, "md")).tx("), Hgb ").cv(g.lab(7.5, 13.0))
    b.tx(", Plt ").cv(str(g.r.randint(90, 420))).tx(", Cr ").cv(g.lab(0.6, 2.5, 2)).tx(", lactate ")
    b.cv(g.lab(0.8, 3.2)).tx("\nBlood cultures from ").d(g.date(g.day(pt.visit, -hd, -hd + 1), False, "md"))
    b.tx(" (").tx(g.r.choice(("admission", "HD1"))).tx("): ").cv("E. coli").tx(", pan-sensitive.\n\n")
    b.tx("Discussed at IDT rounds with CM ").n(g.name(g.staff(False), "fl")).tx(" and PT ")
    b.n(g.name(g.staff(False), g.r.choice(("first", "fl")))).tx(".\n\nA/P: ")
    _age_phrase(g, b, pt)
    b.tx(" with E. coli urosepsis, improving.\n- Narrow ").cv("ceftriaxone 1 g IV q24h")
    b.tx(" to ").cv("cephalexin 500 mg PO QID").tx(" to complete ").cv("7 days").tx("\n- Delirium "
         "precautions; CAM negative today\n- DVT ppx: ").cv("enoxaparin 40 mg SC daily")
    b.tx("\n- Dispo: likely home ").tx(g.r.choice(("tomorrow", "in 1-2 days")))
    b.tx(" (").d(g.date(g.day(pt.visit, 1, 2), False, g.r.choice(("md", "abbrs")))).tx("); updated son ")
    b.n(g.name(g.person(False, "M"), g.r.choice(("first", "fl")))).tx(" by phone at ")
    b.ph(g.phone(False)).tx(".\n\n")
    _sig(g, b, doc, g.r.choice(("MD", "DO", "PA-C", "NP")))
    b.tx("\n")


def _discharge(g: _G, b: _B, pt: _Pt) -> None:
    doc, pcp, cards = g.staff(False), g.staff(False), g.staff(False)
    adm = g.day(pt.visit, -9, -2)
    b.tx("DISCHARGE SUMMARY\n\nPatient name: ").n(g.name(pt.who, "Lf")).tx("\nMRN: ").id(pt.mrn)
    b.tx("   Account: ").id(g.acct()).tx("\nDOB: ").d(g.date(pt.dob, False, "mdy")).tx(" (age ")
    b.age(pt.age).tx(")\nAdmission date: ").d(g.date(adm, False, "mdy")).tx("\nDischarge date: ")
    b.d(g.date(pt.visit, False, "mdy")).tx("\nAttending: ").n(g.name(doc, "fml")).tx(", MD\n")
    b.tx("Discharge diagnosis: community-acquired pneumonia, right lower lobe; COPD exacerbation\n\n")
    b.tx("Hospital course: Admitted with fever ").cv(g.temp(False)).tx(", hypoxia to ").cv(g.spo2())
    b.tx(" and RLL consolidation. CURB-65 ").cv(str(g.r.randint(1, 3))).tx(". Treated with ")
    b.cv("ceftriaxone").tx(" and ").cv("azithromycin").tx(", then ").cv("amoxicillin-clavulanate 875 mg BID")
    b.tx(" from ").d(g.date(g.day(adm, 2, 4), False, g.r.choice(("md", "abbrs")))).tx(". Steroid burst ")
    b.cv("prednisone 40 mg daily").tx(" x ").cv("5 days").tx(". Weaned to room air on ")
    b.d(g.date(g.day(pt.visit, -2, -1), False, "md")).tx(".\n\nDischarge medications:\n")
    _meds(g, b, False, 4, sep="\n")
    b.tx("\n\nFollow-up appointments:\n- PCP ").n(g.name(pcp, g.r.choice(("fl", "fml"))))
    b.tx(", MD on ")
    _wd(g, b, g.day(pt.visit, 5, 10), False, g.r.choice(("mdy", "long", "md"))).tx(" at ")
    b.cv(g.r.choice(("9:30 AM", "10:15 AM", "2:40 PM", "1:00 PM"))).tx(", call ").ph(g.phone(False, ext=True))
    b.tx(" to confirm.\n- Pulmonology, Dr. ").n(g.name(cards, "last")).tx(", ")
    b.d(g.date(g.day(pt.visit, 14, 40), False, g.r.choice(("abbr", "mdy")))).tx("\n- Repeat CXR in ")
    b.cv("6 weeks").tx(" (order placed, accession ").id(f"CR{g.r.randint(10, 99)}-{g.r.randint(100000, 999999)}")
    b.tx(")\n\nDischarged to home at ").ad(pt.street).tx(", ").ad(pt.city).tx(f", {pt.state} ").z(pt.zip)
    b.tx(" with ").cv("2 L").tx(" home O2 via Lakeside Home Health. Contact: ").ph(pt.phone)
    b.tx("\n\ncc: ").n(g.name(pcp, g.r.choice(("fl", "Lf")))).tx(", MD; ").n(g.name(cards, "fl"))
    b.tx(", MD\nDictated by: ").n(g.name(doc, "fl")).tx(", MD  D: ").d(g.date(pt.visit, False, "mdys"))
    b.tx("  T: ").d(g.date(g.day(pt.visit, 1, 2), False, "mdys")).tx("  /").n(g.name(g.staff(False), "ini").lower())
    b.tx("\n")


def _nursing_shift(g: _G, b: _B, pt: _Pt) -> None:
    rn = g.staff(False)
    times = iter(f"{m // 60:02d}{m % 60:02d}" for m in sorted(g.r.sample(range(7 * 60 + 15, 18 * 60 + 30, 5), 7)))
    b.tx("NURSING SHIFT NOTE ").cv("0700-1900").tx("  ").d(g.date(pt.visit, False, g.r.choice(("mdy", "mdys"))))
    b.tx("\nPt: ").n(g.name(pt.who, g.r.choice(("fl", "Lf")))).tx(" (").id(pt.mrn).tx(")  Bed ")
    b.cv(f"{g.r.randint(2, 8)}{g.r.randint(10, 48)}-{g.r.choice('AB')}").tx("\n\n").cv(next(times))
    b.tx(" Prefers to be called \"").n(pt.who.nick).tx("\".")
    b.tx(" Received report from night RN ").n(g.name(g.staff(False), g.r.choice(("first", "fl"))))
    b.tx(". Pt A&Ox").cv(str(g.r.randint(2, 4))).tx(", pain ").cv(f"{g.r.randint(0, 8)}/10").tx(" to incision.\n")
    b.cv(next(times)).tx(" VS: T ").cv(g.temp(False)).tx(", HR ").cv(g.hr()).tx(", BP ").cv(g.bp())
    b.tx(", RR ").cv(g.rr()).tx(", SpO2 ").cv(g.spo2()).tx(". Given ").cv("oxycodone 5 mg PO")
    b.tx(" for pain ").cv("7/10").tx(", reassessed ").cv("3/10").tx(" at ").cv(next(times)).tx(".\n")
    b.cv(next(times)).tx(" Ambulated ").cv(f"{g.r.randint(50, 300)} ft").tx(" with walker and PT. Braden ")
    b.cv(str(g.r.randint(12, 20))).tx(", Morse ").cv(str(g.r.randint(25, 75))).tx(". Bed alarm on.\n")
    b.cv(next(times)).tx(" FSBG ").cv(str(g.r.randint(88, 310))).tx(", covered with ").cv("4 units lispro")
    b.tx(" per sliding scale.\n").cv(next(times)).tx(" Husband " if pt.who.sex == "F" else " Wife ")
    b.n(g.name(g.person(False, "M" if pt.who.sex == "F" else "F"), "first"))
    b.tx(" called (h: ").ph(g.phone(False)).tx("), updated on plan; asked that son ")
    b.n(g.name(g.person(False, "M"), g.r.choice(("first", "nick")))).tx(" be called at ")
    b.ph(g.phone(False)).tx(" if any change. Pt consented.\n").cv(next(times))
    b.tx(" UOP ").cv(f"{g.r.randint(600, 1800)} mL").tx(" for shift; JP drain ").cv(f"{g.r.randint(10, 90)} mL")
    b.tx(" serosanguinous.\n").cv("1845").tx(" Report given to ").n(g.name(g.staff(False), "fl")).tx(", RN.\n-- ")
    _sig(g, b, rn, "RN", g.r.choice(("fl", "il", "fml")))
    b.tx("\n")


def _sbar(g: _G, b: _B, pt: _Pt) -> None:
    frm, to, doc = g.staff(False), g.staff(False), g.staff(False)
    b.tx("SBAR HANDOFF  ").d(g.date(pt.visit, False)).tx(" ").cv(g.clock(True)).tx("\nFrom: ")
    b.n(g.name(frm, "fl")).tx(", RN (ED)  To: ").n(g.name(to, "fl")).tx(", RN (4 West)\n\n")
    b.tx("S: ").n(g.name(pt.who, g.r.choice(("fl", "fml", "Lf")))).tx(", ")
    _age_phrase(g, b, pt)
    b.tx(f" {_sex_word(pt)}, MRN ").id(pt.mrn).tx(", admitted for GI bleed, Hgb ").cv(g.lab(6.2, 8.4))
    b.tx(".\nB: Hx cirrhosis (MELD ").cv(str(g.r.randint(12, 28))).tx("), on ").cv("propranolol 20 mg BID")
    b.tx(". Last EGD ").d(g.date(g.day(pt.visit, -500, -90), False, g.r.choice(("mdy", "my"))))
    b.tx(" with banding. Code status DNR/DNI per MOLST dated ")
    b.d(g.date(g.day(pt.visit, -300, -10), False, "mdy")).tx(".\nA: BP ").cv(g.bp()).tx(", HR ")
    b.cv(g.hr()).tx(", GCS ").cv("15").tx(". ").cv("2 units PRBC").tx(" ordered, first unit hung at ")
    b.cv(g.clock(True)).tx(". ").cv("Octreotide 50 mcg/h").tx(" and ").cv("pantoprazole 8 mg/h").tx(" running. Two ")
    b.cv("18G").tx(" IVs.\nR: Post-transfusion H/H at ").cv(g.clock(True)).tx("; GI (Dr. ").n(g.name(doc, "last"))
    b.tx(", cell ").ph(g.phone(False)).tx(") to scope in AM. Charge RN ").n(g.name(g.staff(False), "first")).tx(" aware. Family: ").n(g.name(g.person(False), "fl"))
    b.tx(" ").ph(g.phone(False)).tx(".\n")


def _cards_consult(g: _G, b: _B, pt: _Pt) -> None:
    doc, ref = g.staff(False), g.staff(False)
    b.tx("CARDIOLOGY CONSULTATION\n").n(g.name(pt.who, "Lf")).tx(" | MRN ").id(pt.mrn).tx(" | DOB ")
    b.d(g.date(pt.dob, False, g.r.choice(("mdy", "mdys")))).tx(" | ").d(g.date(pt.visit, False, "mdy"))
    b.tx("\nRequesting: Dr. ").n(g.name(ref, g.r.choice(("fl", "Lf")))).tx(" (hospitalist)\n")
    b.tx("Reason: new AF with RVR\n\nHPI: Thank you for this consult on ").n(g.name(pt.who, "first"))
    b.tx(", a ")
    _age_phrase(g, b, pt)
    adm = g.day(pt.visit, -3, -1)
    b.tx(" admitted ").d(g.date(adm, False, "md")).tx(f" ({_ago((pt.visit - adm).days)}) for hip fracture, noted on tele to be in AF, rates ")
    b.cv(f"{g.r.randint(120, 165)}s").tx(". CHA2DS2-VASc ").cv(str(g.r.randint(3, 7))).tx(", HAS-BLED ")
    b.cv(str(g.r.randint(1, 4))).tx(". TTE ").d(g.date(pt.visit, False, "md")).tx(": LVEF ")
    b.cv(f"{g.r.randint(35, 65)}%").tx(", LA ").cv(f"{g.r.randint(38, 52)} mm").tx(", mild MR.\n")
    b.tx("Prior cardiologist Dr. ").n(g.name(g.staff(False), "fml")).tx(" at Riverside Regional; records "
         "faxed from ").ph(g.phone(False)).tx(".\n\nRecs:\n1. ").cv("Diltiazem 10 mg IV").tx(" x1 then ")
    b.cv("diltiazem 30 mg PO q6h").tx(", goal HR < ").cv("110").tx("\n2. Anticoagulate with ")
    b.cv("apixaban 2.5 mg BID").tx(" post-op once cleared by ortho\n3. TSH ").cv(g.lab(0.4, 4.5, 2))
    b.tx(" - normal\n4. Outpatient follow-up with our clinic ").d(g.date(g.day(pt.visit, 20, 45), False, "abbr"))
    b.tx("; scheduling ").ph(g.phone(False)).tx("\n\n")
    b.tx("Seen with fellow Dr. ").n(g.name(g.staff(False), g.r.choice(("fl", "last")))).tx(".\n")
    _sig(g, b, doc, "MD, FACC")
    b.tx("\n")


def _neph_consult(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    b.tx("Nephrology Consult Note - ").d(g.date(pt.visit, False, g.r.choice(("long", "mdy", "iso"))))
    b.tx("\nPatient: ").n(g.name(pt.who, "fml")).tx(", ").id(pt.mrn).tx("\nConsulting: ")
    b.n(g.name(doc, "fl")).tx(", MD\n\nReason: AKI. Baseline Cr ").cv(g.lab(0.8, 1.4, 1)).tx(" (")
    b.d(g.date(g.day(pt.visit, -200, -30), False, g.r.choice(("md", "mdy", "my")))).tx("), now ")
    b.cv(g.lab(2.5, 5.8, 1)).tx(". UOP ").cv(f"{g.r.randint(150, 600)} mL/24h").tx(". K ").cv(g.lab(4.8, 6.4))
    b.tx(", HCO3 ").cv(str(g.r.randint(14, 22))).tx(", BUN ").cv(str(g.r.randint(40, 110))).tx(". UA: ")
    b.cv("1+ protein").tx(", muddy brown casts. FeNa ").cv(f"{g.lab(1.2, 4.0)}%").tx(".\nReceived IV contrast "
        "for CT on ").d(g.date(g.day(pt.visit, -4, -2), False, g.r.choice(("md", "abbrs"))))
    b.tx("; also on ").cv("lisinopril 20 mg").tx(" and ").cv("ibuprofen 600 mg TID").tx(" at home.\n\n")
    b.tx("Impression: ATN, likely contrast + NSAID + ACEi.\nPlan: hold ").cv("lisinopril").tx(", avoid NSAIDs; ")
    b.cv("sodium bicarbonate 650 mg TID").tx("; ").cv("Lokelma 10 g").tx(" x1; renal US; no emergent "
        "HD indication. Discussed with patient and ")
    w, k = g.kin(False, ("wife", "husband", "daughter"))
    b.tx(w + " ").n(g.name(k, g.r.choice(("fl", "first")))).tx(". Staffed with Dr. ").n(g.name(doc, "last")).tx(". Will follow. Page ")
    b.ph(f"{g.r.randint(2, 9)}-{g.r.randint(1000, 9999)}").tx(" with questions.\n")


def _id_consult(g: _G, b: _B, pt: _Pt) -> None:
    doc, fel = g.staff(False), g.staff(False)
    b.tx("INFECTIOUS DISEASES CONSULT\n").n(g.name(pt.who, "LF")).tx("  MRN# ").id(pt.mrn).tx("  CSN ")
    b.id(g.acct()).tx("\n").d(g.date(pt.visit, False, "DMY")).tx("\n\nFellow: ").n(g.name(fel, "fl"))
    b.tx(", MD   Attending: ").n(g.name(doc, "fl")).tx(", MD\n\nQuestion: MSSA bacteremia management\n\n")
    b.tx("HPI: ").n(g.name(pt.who, "fl")).tx(" is a ")
    _age_phrase(g, b, pt)
    b.tx(" with ESRD on HD via L AVF (MWF at DaVita) and DM, admitted ").d(g.date(g.day(pt.visit, -3, -1), False))
    b.tx(" with rigors during dialysis. BCx ").cv("2/2").tx(" MSSA, drawn ").cv(g.clock(True)).tx(" on ")
    b.d(g.date(g.day(pt.visit, -3, -1), False, "md")).tx("; repeat cultures ").d(g.date(g.day(pt.visit, -1, 0), False, "md"))
    b.tx(" pending. TTE without vegetation. ESR ").cv(str(g.r.randint(30, 110))).tx(", CRP ").cv(g.lab(20, 240))
    b.tx(".\nTravel: visited family in ").tx(g.r.choice(("Mexico", "the Philippines", "Vietnam", "India")))
    b.tx(" ").d(g.date(g.day(pt.visit, -90, -30), False, "my")).tx(". Pets: dog. No IVDU.\n\nRecommendations:\n")
    b.tx("1. ").cv("Cefazolin 2 g IV").tx(" after each HD (").cv("3 g").tx(" Fri)\n2. TEE\n3. Duration at least ")
    b.cv("4 weeks").tx(" from first negative culture\n4. Weekly CBC, BMP, LFT to OPAT fax ").ph(g.phone(False))
    b.tx("\n5. ID clinic follow-up ").d(g.date(g.day(pt.visit, 14, 28), False, g.r.choice(("mdy", "abbr"))))
    b.tx(" with Dr. ").n(g.name(doc, "last")).tx("\n")


def _procedure(g: _G, b: _B, pt: _Pt) -> None:
    doc, sup = g.staff(False), g.staff(False)
    kind = g.r.choice(("paracentesis", "central line"))
    b.tx("PROCEDURE NOTE\nDate/Time: ").d(f"{pt.visit.isoformat()}T{g.clock(True)}").tx("\nPatient: ")
    b.n(g.name(pt.who, "Lf")).tx("   MRN: ").id(pt.mrn).tx("\nOperator: ").n(g.name(doc, "fl"))
    b.tx(", MD (PGY-").cv(str(g.r.randint(1, 3))).tx(")  Supervising: ").n(g.name(sup, "fml")).tx(", MD\n")
    if kind == "paracentesis":
        b.tx("Procedure: ultrasound-guided diagnostic and therapeutic paracentesis\nIndication: tense "
             "ascites. INR ").cv(g.lab(1.1, 2.2)).tx(", Plt ").cv(str(g.r.randint(45, 190))).tx("\n")
        b.tx("Consent: obtained from patient; witnessed by ").n(g.name(g.staff(False), "fl")).tx(", RN.\n")
        b.tx("Time-out performed at ").cv(g.clock(True)).tx(". LLQ prepped, ").cv("5 mL 1% lidocaine")
        b.tx(". ").cv(f"{g.r.randint(2, 7)}.{g.r.randint(0, 9)} L").tx(" straw-coloured fluid removed. ")
        b.cv(f"{g.r.randint(25, 50)} g albumin 25%").tx(" given. EBL minimal. No complications.\n")
        b.tx("Studies: cell count, culture, albumin, total protein (specimen ").id(f"F{g.r.randint(10000000, 99999999)}")
        b.tx(").\n")
    else:
        b.tx("Procedure: right internal jugular triple-lumen CVC, ultrasound guided\nIndication: "
             "vasopressors (").cv("norepinephrine 0.12 mcg/kg/min").tx(")\nConsent: from ")
        w, k = g.kin(False, ("wife", "husband", "son", "daughter"))
        b.tx(w + " ").n(g.name(k, "fl"))
        b.tx(" by phone ").ph(g.phone(False)).tx(" at ").cv(g.clock(True)).tx(", witnessed by RN ")
        b.n(g.name(g.staff(False), "last")).tx(".\nFull barrier precautions. ").cv("16 cm").tx(" catheter, lot ")
        b.cv(f"{g.r.randint(100000, 999999)}").tx(", ").cv("1 pass").tx(". CXR: tip at cavoatrial junction, no PTX.\n")
    b.tx("Patient tolerated well.\n")
    _sig(g, b, doc, "MD")
    b.tx("\n")


def _case_mgmt(g: _G, b: _B, pt: _Pt) -> None:
    cm = g.staff(False)
    b.tx("CASE MANAGEMENT / DISCHARGE PLANNING NOTE  ").d(g.date(pt.visit, False)).tx("\n")
    b.tx("Patient: ").n(g.name(pt.who, g.r.choice(("fl", "Lf")))).tx("  MRN ").id(pt.mrn).tx("  Payer: "
        "Medicare A/B, MBI ").id(g.mbi()).tx("; secondary AARP, member ID ").id(f"{g.r.randint(100000000, 999999999)}{g.r.randint(1, 9)}")
    w, rel = g.kin(False, ("daughter", "son", "niece"))
    b.tx("\n\nMet with patient and ").tx(w)
    b.tx(" ").n(g.name(rel, "fl")).tx(" at bedside. Patient is ")
    b.age(pt.age).tx(", lives alone in a 2nd-floor apartment at ").ad(g.street(False, True)).tx(", ")
    b.ad(pt.city).tx(", ").z(pt.zip).tx(" (").cv("14 stairs").tx(", no elevator). PT recommends SNF; ")
    b.tx("AM-PAC ").cv(str(g.r.randint(12, 18))).tx(". Patient prefers home. 3-day qualifying stay met ")
    b.tx("(admitted ").d(g.date(g.day(pt.visit, -6, -3), False, g.r.choice(("mdy", "md")))).tx(").\n")
    b.tx("Referrals sent via portal to Heritage Oaks SNF and Northgate Rehabilitation; bed offer expected "
         "by ").tx(_WEEKDAYS[g.r.randint(0, 4)]).tx(". ").n(g.name(rel, "first")).tx(" is HCP; best number ")
    b.ph(g.phone(False)).tx(", email ").p("EMAIL", g.email(rel)).tx(".\nPCP ")
    b.n(g.name(g.staff(False), g.r.choice(("fl", "Lf")))).tx(" notified by fax ").ph(g.phone(False))
    b.tx(".\nAnticipated discharge ").d(g.date(g.day(pt.visit, 1, 3), False, g.r.choice(("md", "mdy", "abbrs"))))
    b.tx(".\n").n(g.name(cm, "fl")).tx(", RN, BSN, Case Manager  ").ph(g.phone(False, "dash", ext=g.r.random() < 0.5)).tx("\n")


def _telephone(g: _G, b: _B, pt: _Pt) -> None:
    ma, doc = g.staff(False), g.staff(False)
    b.tx("TELEPHONE ENCOUNTER\n").d(g.date(pt.visit, False, "mdy")).tx(" ").cv(g.r.choice(("9:42 AM", "11:05 AM", "3:18 PM", "4:50 PM")))
    b.tx("\nCaller: ").tx(g.r.choice(("patient", "patient's wife", "patient's son", "patient's daughter")))
    b.tx("\nPatient: ").n(g.name(pt.who, g.r.choice(("Lf", "LF")))).tx("   DOB ").d(g.date(pt.dob, False))
    b.tx("\nCallback: ").ph(pt.phone).tx(" (").tx(g.r.choice(("cell", "home", "mobile"))).tx(")\n\n")
    b.tx("Reason: BP readings at home ").cv(g.bp()).tx(", ").cv(g.bp()).tx(" since starting ")
    b.cv("amlodipine 10 mg").tx(" on ").d(g.date(g.day(pt.visit, -20, -7), False, g.r.choice(("md", "mdy"))))
    b.tx(". Reports ankle swelling, no CP/SOB. Verified identity with name and DOB.\n")
    b.tx("Routed to Dr. ").n(g.name(doc, "last")).tx(".\n\n").n(g.name(doc, g.r.choice(("ini", "il"))))
    b.tx(" ").d(g.date(pt.visit, False, "md")).tx(": decrease ").cv("amlodipine to 5 mg").tx(", add ")
    b.cv("chlorthalidone 12.5 mg daily").tx(". BMP in ").cv("1 week").tx(". Please call pt.\n\n")
    b.tx("Called pt back at ").cv(g.clock(True)).tx(", ").tx(g.r.choice(("no answer, LVM", "spoke with pt")))
    b.tx(". Rx sent to CVS Pharmacy, phone ").ph(g.phone(False)).tx(". Lab appt ")
    b.d(g.date(g.day(pt.visit, 6, 9), False, g.r.choice(("md", "abbrs", "mdy")))).tx(".\n-- ")
    b.n(g.name(ma, "fl")).tx(", CMA\n")


def _portal(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    b.tx("MyChart Message\nFrom: ").n(g.name(pt.who, "fl")).tx(" <").p("EMAIL", g.email(pt.who)).tx(">\n")
    b.tx("To: ").n(g.name(doc, "fl")).tx(", MD\nSent: ")
    _wd(g, b, pt.visit, False, "mdy", abbr=True).tx(" ").cv(g.r.choice(("8:14 PM", "10:52 PM", "6:03 AM"))).tx("\n")
    b.tx("Subject: question about my meds\n\nHi Dr ").n(g.name(doc, "last")).tx(",\n")
    b.tx("since my visit on ").d(g.date(g.day(pt.visit, -30, -5), False, g.r.choice(("md", "mord", "long"))))
    b.tx(" ive been taking the ").cv("metformin 500mg").tx(" twice a day but my sugars are still ")
    b.cv(f"{g.r.randint(180, 290)}").tx(" in the mornings. also the ").cv("jardiance").tx(" makes me pee alot. my "
        "daughter ").n(g.name(g.person(False, "F"), g.r.choice(("first", "lower")))).tx(" said I should ask if "
        "I can go back to ").cv("glipizide 5").tx(". I have my a1c check on ").d(g.date(g.day(pt.visit, 5, 20), False, "md"))
    b.tx(". you can call me at ").ph(g.phone(False, "plain" if g.r.random() < 0.5 else "dash")).tx(" after 5.\nthanks\n")
    b.n(g.name(pt.who, g.r.choice(("first", "lower", "nick")))).tx("\n\nReply from ").n(g.name(g.staff(False), "fl"))
    b.tx(", RN (").d(g.date(g.day(pt.visit, 0, 1), False, "md")).tx("):\nHi ").n(g.name(pt.who, "first"))
    b.tx(", Dr. ").n(g.name(doc, "last")).tx(" reviewed. Keep ").cv("metformin 500 mg BID").tx(" and increase to ")
    b.cv("1000 mg BID").tx(" after ").cv("1 week").tx(". Please log fasting sugars and upload at ")
    b.p("URL", g.r.choice(("mychart.valleyhealth.org/log", "https://mychart.valleyhealth.org/MyChart/app/glucose",
                           "www.valleyhealth.org/portal")))
    b.tx(".\n")


def _home_health(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    b.tx("HOME HEALTH REFERRAL\nTo: Lakeside Home Health  Fax ").ph(g.phone(False)).tx("\nDate: ")
    b.d(g.date(pt.visit, False, "mdy")).tx("\n\nPatient: ").n(g.name(pt.who, "Lfm")).tx("\nDOB: ")
    b.d(g.date(pt.dob, False, "mdy")).tx("   Sex: ").tx(pt.who.sex).tx("\nAddress: ").ad(pt.street)
    b.tx("\n         ").ad(pt.city).tx(f", {pt.state} ").z(pt.zip).tx("\nHome: ").ph(pt.phone)
    b.tx("   w: ").ph(g.phone(False, ext=g.r.random() < 0.3)).tx("\nSSN: ").p("SSN", g.ssn()).tx("   Medicare: ").id(g.mbi())
    w, k = g.kin(False, ("son", "daughter", "neighbor"))
    b.tx("\nEmergency contact: ").n(g.name(k, "Lf")).tx(f" ({w}) ").ph(g.phone(False)).tx("\n\nServices: SN, PT, OT. SOC requested ").d(g.date(g.day(pt.visit, 1, 3), False, "md"))
    b.tx(".\nSkilled need: CHF teaching, daily weights (dry weight ").cv(f"{g.lab(60, 110)} kg")
    b.tx("), med management; wound care to sacral stage 2 (").cv("2 x 1.5 cm").tx(") with ")
    b.cv("hydrocolloid").tx(" q3 days.\nHomebound: yes - requires walker and assist of 1 for ").cv("> 20 ft")
    b.tx(".\nReferral coordinator: ").n(g.name(g.staff(False), "fl")).tx(" ").ph(g.phone(False, ext=True))
    b.tx(".\nF2F encounter ").d(g.date(pt.visit, False, "md")).tx(" by ").n(g.name(doc, "fl")).tx(", MD, NPI ")
    b.id(str(g.r.randint(1000000000, 1999999999))).tx(".\nMeds: ")
    _meds(g, b, False, 4, sep=", ")
    b.tx("\n")


def _snf(g: _G, b: _B, pt: _Pt) -> None:
    sw, doc = g.staff(False), g.staff(False)
    b.tx("INTERFACILITY TRANSFER / SNF REFERRAL\nResident: ").n(g.name(pt.who, "LF")).tx("\nDOB: ")
    b.d(g.date(pt.dob, False, g.r.choice(("mdy", "long")))).tx("  Age: ").age(pt.age).tx("\nHospital MRN: ")
    b.id(pt.mrn).tx("   Last 4 SSN: ").p("SSN", str(g.r.randint(1000, 9999))).tx("\nReceiving: Heritage Oaks SNF, ")
    b.tx("admissions coordinator ").n(g.name(g.staff(False), "fl")).tx(", ").ph(g.phone(False, ext=True))
    b.tx("\nTransfer date: ").d(g.date(pt.visit, False)).tx(" via ambulance, pickup ").cv(g.clock(True))
    b.tx("\n\nDiagnoses: L hip hemiarthroplasty ").d(g.date(g.day(pt.visit, -6, -3), False, g.r.choice(("md", "mdy"))))
    b.tx("; dementia, moderate (SLUMS ").cv(str(g.r.randint(12, 20))).tx("); HTN.\nWeight bearing: WBAT. "
        "Precautions: posterior hip.\nLast BM: ").d(g.date(g.day(pt.visit, -1, 0), False, "md"))
    b.tx(". Foley removed. Diet: mechanical soft, thin liquids.\nLast doses: ").cv("enoxaparin 40 mg")
    b.tx(" at ").cv("0900").tx("; ").cv("acetaminophen 1 g").tx(" at ").cv("1400").tx("\nContinue ")
    b.cv("enoxaparin 40 mg daily").tx(" x ").cv("28 days").tx(" post-op. Staples out ")
    b.d(g.date(g.day(pt.visit, 8, 12), False, g.r.choice(("md", "mdy")))).tx(".\nOrtho follow-up: Dr. ")
    b.n(g.name(doc, "fl")).tx(", ").ph(g.phone(False)).tx(".\nPOA: ").n(g.name(g.person(False), "fml"))
    b.tx(", ").ad(g.street(False)).tx(", ").ad(g.place(False)[0]).tx(" ").ph(g.phone(False)).tx("\n")
    b.tx("Completed by ").n(g.name(sw, "fl")).tx(", LCSW\n")


def _radiology(g: _G, b: _B, pt: _Pt) -> None:
    rad, ref = g.staff(False), g.staff(False)
    acc = f"{g.r.choice(('CT', 'MR', 'CR'))}{g.r.randint(10000000, 99999999)}"
    b.tx("EXAM: CT CHEST WITH IV CONTRAST\nPatient: ").n(g.name(pt.who, "LF")).tx("  MRN: ").id(pt.mrn)
    b.tx("  DOB: ").d(g.date(pt.dob, False, "mdy")).tx("\nAccession: ").id(acc).tx("\nExam date: ")
    b.d(g.date(pt.visit, False, "mdy")).tx(" ").cv(g.clock(True)).tx("\nOrdering: ").n(g.name(ref, "Lf"))
    b.tx(", MD\n\nCLINICAL HISTORY: ")
    _age_phrase(g, b, pt)
    b.tx(f" {_sex_word(pt)}, pulmonary nodule follow-up, former smoker.\n\nTECHNIQUE: Axial CT of the chest "
         "after ").cv("75 mL Omnipaque 350").tx(". DLP ").cv(f"{g.r.randint(180, 560)} mGy-cm").tx(".\n\n")
    b.tx("COMPARISON: CT chest ").d(g.date(g.day(pt.visit, -400, -150), False, g.r.choice(("mdy", "long"))))
    b.tx(" and ").d(g.date(g.day(pt.visit, -800, -420), False, "mdy")).tx(" (outside, Mercy Medical Center).\n\n")
    b.tx("FINDINGS: Right upper lobe nodule measures ").cv(f"{g.r.randint(6, 14)} x {g.r.randint(5, 12)} mm")
    b.tx(" (series ").cv("3").tx(", image ").cv(str(g.r.randint(40, 120))).tx("), previously ")
    b.cv(f"{g.r.randint(5, 10)} x {g.r.randint(4, 9)} mm").tx(". No new nodules. Mild centrilobular "
        "emphysema. No lymphadenopathy. Coronary calcification. Small hiatal hernia.\n\n")
    b.tx("IMPRESSION:\n1. Slight interval growth of RUL nodule, Lung-RADS ").cv("4A").tx(". Recommend PET/CT.\n")
    b.tx("2. Emphysema.\n\nCritical result communicated to ").n(g.name(ref, g.r.choice(("fl", "il"))))
    b.tx(" by telephone on ").d(g.date(pt.visit, False, "mdy")).tx(" at ").cv(g.clock(True))
    b.tx(".\nResident: ").n(g.name(g.staff(False), "fl")).tx(", MD\nDictated by: ").n(g.name(rad, "fl"))
    b.tx(", MD\nSigned: ").d(g.date(pt.visit, False, "mdy")).tx("\n")


def _pathology(g: _G, b: _B, pt: _Pt) -> None:
    path, surg = g.staff(False), g.staff(False)
    sp = f"S{pt.visit.year % 100}-{g.r.randint(1000, 29999)}"
    b.tx("SURGICAL PATHOLOGY REPORT\nCase: ").id(sp).tx("\nPatient: ").n(g.name(pt.who, "Lfm"))
    b.tx("   MRN ").id(pt.mrn).tx("   Age/Sex: ").age(pt.age).tx("/").tx(pt.who.sex)
    b.tx("\nCollected: ").d(g.date(pt.visit, False, "mdy")).tx("   Received: ").d(g.date(pt.visit, False, "mdy"))
    b.tx("\nReported: ").d(g.date(g.day(pt.visit, 2, 5), False, g.r.choice(("mdy", "dmonY", "DMY")))).tx("\nSurgeon: ").n(g.name(surg, "fl"))
    b.tx(", MD\n\nSPECIMEN: A. Colon, sigmoid, resection\n\nFINAL DIAGNOSIS:\nInvasive adenocarcinoma, "
         "moderately differentiated, ").cv(f"{g.lab(1.5, 5.5)} cm").tx(". Invades into pericolorectal "
         "tissue (pT3). Margins negative (closest ").cv(f"{g.lab(0.5, 4.0)} cm").tx("). Lymph nodes ")
    b.cv(f"{g.r.randint(0, 4)}/{g.r.randint(12, 28)}").tx(" positive. LVI present. MMR proficient.\n")
    b.tx("pTNM: ").cv("pT3 pN1b").tx("\n\nGROSS: Received fresh labeled with patient name and \"sigmoid\" is a ")
    b.cv(f"{g.r.randint(14, 30)} cm").tx(" segment of colon. Blocks A1-A").cv(str(g.r.randint(12, 24)))
    b.tx(". (").n(g.name(g.staff(False), "ini")).tx(")\nGrossed by: ").n(g.name(g.staff(False), "fl"))
    b.tx(", PA(ASCP)\n\nResult called to Dr. ").n(g.name(surg, "last"))
    b.tx(" on ").d(g.date(g.day(pt.visit, 2, 5), False, "md")).tx(".\nElectronically signed: ")
    b.n(g.name(path, "fml")).tx(", MD\n")


def _icu_nursing(g: _G, b: _B, pt: _Pt) -> None:
    rn = g.staff(False)
    b.tx("MICU NURSING NOTE  ").d(g.date(pt.visit, False, g.r.choice(("mdy", "iso")))).tx("  ").cv("1900-0700")
    b.tx("\n").n(g.name(pt.who, "Lf")).tx(" / ").id(pt.mrn).tx(" / Bed ").cv(f"{g.r.randint(1, 24)}")
    b.tx("\nNeuro: sedated on ").cv(f"propofol {g.r.randint(10, 50)} mcg/kg/min").tx(", RASS ").cv("-2")
    b.tx(", CPOT ").cv("1").tx(", PERRL ").cv("3 mm").tx(". SAT at ").cv(g.clock(True)).tx(" - followed commands.\n")
    b.tx("CV: NSR ").cv(f"{g.r.randint(70, 110)}s").tx(", MAP ").cv(f"{g.r.randint(60, 78)}").tx(" on ")
    b.cv(f"norepinephrine {g.lab(0.02, 0.3, 2)} mcg/kg/min").tx(", weaned from ").cv(f"{g.lab(0.1, 0.4, 2)}")
    b.tx(". A-line R radial.\nResp: AC/VC ").cv(f"{g.r.randint(380, 500)}/{g.r.randint(14, 24)}/+{g.r.randint(5, 12)}/{g.r.randint(30, 60)}%")
    b.tx(". ABG at ").cv(g.clock(False)).tx(": ").cv(f"{g.lab(7.25, 7.45, 2)}/{g.r.randint(32, 55)}/{g.r.randint(60, 140)}")
    b.tx(". Suctioned small thick tan secretions.\nGI/GU: OGT, TF ").cv("Vital 1.5 @ 40 mL/h").tx(", residual ")
    b.cv("< 100 mL").tx(". Foley UOP ").cv(f"{g.r.randint(25, 90)} mL/h").tx(".\nLines: R IJ TLC placed ")
    b.d(g.date(g.day(pt.visit, -4, -1), False, "md")).tx(", dressing changed.\nSkin: Braden ").cv(str(g.r.randint(9, 14)))
    w, k = g.kin(False, ("wife", "husband", "daughter", "son"))
    b.tx(", turned q2h.\nFamily: ").tx(w + " ")
    b.n(g.name(k, g.r.choice(("fl", "first", "nick")))).tx(" at bedside until ").cv(g.clock(True))
    b.tx(", updated by Dr. ").n(g.name(g.staff(False), "last")).tx("; requests call overnight at ")
    b.ph(g.phone(False)).tx(" for any change.\n").n(g.name(rn, g.r.choice(("fl", "il")))).tx(", RN, CCRN\n")


def _rehab(g: _G, b: _B, pt: _Pt) -> None:
    pt_, ot = g.staff(False), g.staff(False)
    b.tx("INPATIENT REHABILITATION - PT DAILY NOTE\nPatient: ").n(g.name(pt.who, g.r.choice(("fl", "Lf"))))
    b.tx("  MRN ").id(pt.mrn).tx("  Date: ").d(g.date(pt.visit, False)).tx("\nDx: R MCA CVA ")
    b.d(g.date(g.day(pt.visit, -20, -8), False, g.r.choice(("md", "mdy", "abbrs")))).tx(", L hemiparesis\n\n")
    b.tx("S: Pt reports ").cv("4/10").tx(" L shoulder pain. Slept well.\nO: Session ").cv("60 min").tx(". Gait ")
    b.cv(f"{g.r.randint(50, 200)} ft").tx(" x ").cv("2").tx(" with hemi-walker, min A, L AFO. Berg ")
    b.cv(f"{g.r.randint(18, 44)}/56").tx(" (was ").cv(f"{g.r.randint(10, 30)}/56").tx(" on ")
    b.d(g.date(g.day(pt.visit, -10, -5), False, "md")).tx("). 10MWT ").cv(f"{g.lab(0.3, 0.9, 2)} m/s")
    b.tx(". Stairs ").cv("4 steps").tx(" with rail, mod A. Vitals pre ").cv(g.bp()).tx(", post ").cv(g.bp())
    b.tx(", HR ").cv(g.hr()).tx(".\nA: Progressing; FIM mobility ").cv(str(g.r.randint(3, 5))).tx(".\n")
    w, k = g.kin(False, ("wife", "husband", "son"))
    b.tx("P: Continue ").cv("3 h/day").tx(" therapy. Family training with ").tx(w)
    b.tx(" ").n(g.name(k, "first")).tx(" on ")
    _wd(g, b, g.day(pt.visit, 1, 5), False, "md").tx(". Home eval at ").ad(pt.street).tx(", ")
    b.ad(pt.city).tx(" scheduled ").d(g.date(g.day(pt.visit, 3, 8), False, g.r.choice(("abbrs", "md"))))
    b.tx(" with OT ").n(g.name(ot, "fl")).tx(". Est d/c ").d(g.date(g.day(pt.visit, 7, 14), False, "mdy"))
    b.tx(".\n").n(g.name(pt_, "fl")).tx(", PT, DPT\n")


def _ld(g: _G, b: _B, pt: _Pt) -> None:
    mw, ob = g.staff(False), g.staff(False)
    edd = g.day(pt.visit, -3, 10)
    b.tx("L&D ADMISSION NOTE\n").n(g.name(pt.who, "Lf")).tx("  MRN ").id(pt.mrn).tx("  DOB ")
    b.d(g.date(pt.dob, False, "mdy")).tx("\n").d(g.date(pt.visit, False, "mdy")).tx(" ").cv(g.clock(True))
    b.tx("\n\n").age(pt.age).tx(f" yo G{g.r.randint(2, 5)}P{g.r.randint(1, 3)}00{g.r.randint(1, 3)} at ")
    b.cv(f"{g.r.randint(37, 41)}w{g.r.randint(0, 6)}d").tx(" by ").cv("8 wk").tx(" US, EDD ")
    b.d(g.date(edd, False, g.r.choice(("mdy", "md", "abbr")))).tx(", LMP ").d(g.date(edd - timedelta(days=280), False, "mdy"))
    b.tx(", presenting with regular contractions q").cv("3-4 min").tx(" since ").cv(g.clock(True))
    b.tx(". SROM at ").cv(g.clock(True)).tx(", clear.\nPNL: O+, Ab neg, RI, HBsAg neg, HIV neg, GBS ")
    b.tx(g.r.choice(("positive", "negative"))).tx(" (").d(g.date(g.day(pt.visit, -30, -14), False, "md"))
    b.tx("). 1-hr GCT ").cv(str(g.r.randint(90, 139))).tx(".\nPrenatal care with Dr. ").n(g.name(ob, "last"))
    b.tx(" at Valley Health OB.\nVitals: BP ").cv(f"{g.r.randint(104, 138)}/{g.r.randint(62, 88)}")
    b.tx(", HR ").cv(g.hr()).tx(", T ").cv(g.temp(False)).tx("\nSVE: ").cv("5/90/-1").tx(". EFM: baseline ")
    b.cv(f"{g.r.randint(125, 155)}").tx(", moderate variability, + accels, no decels - Cat I. EFW ")
    b.cv(f"{g.r.randint(2900, 4100)} g").tx(".\nPlan: admit, ").cv("PCN G 5 MU IV").tx(" load if GBS+, epidural on request.\n")
    b.tx("Seen with resident Dr. ").n(g.name(g.staff(False), "fl")).tx(", attending Dr. ").n(g.name(ob, "last"))
    b.tx(" notified.\nSupport person: FOB ").n(g.name(g.person(False, "M"), "fl")).tx(", ").ph(g.phone(False)).tx("\n")
    b.n(g.name(mw, "fl")).tx(", CNM\n")


def _well_child(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    months = round((pt.visit - pt.dob).days / 30.44)
    kid_age = f"{months} month" if months < 24 else f"{months // 12} year"
    mom, dad = g.person(False, "F"), g.person(False, "M")
    b.tx(f"WELL CHILD VISIT - {kid_age}\nPatient: ").n(g.name(pt.who, g.r.choice(("fl", "Lf")))).tx("  DOB: ")
    b.d(g.date(pt.dob, False, "mdy")).tx("  MRN: ").id(pt.mrn).tx("\nDate: ").d(g.date(pt.visit, False))
    b.tx("\nRooming: ").n(g.name(g.staff(False), "fl")).tx(", MA\nAccompanied by mother ").n(g.name(mom, "fl")).tx(" and father ").n(g.name(dad, "first"))
    if months <= 12:
        b.tx(".\n\nInterval hx: doing well. Breast/bottle: ").cv(f"{g.r.randint(4, 8)} oz").tx(" q").cv("3-4 h")
    else:
        b.tx(".\n\nInterval hx: doing well. Diet: table foods, whole milk ").cv(f"{g.r.randint(12, 20)} oz/day")
    b.tx(". Sleeps ").cv(f"{g.r.randint(10, 14)} hours").tx(". Seen in ED ").d(g.date(g.day(pt.visit, -60, -10), False, "md"))
    wt = 3.4 + 0.55 * months if months <= 12 else 10.0 + 0.2 * (months - 12)
    ln = 50 + 2.2 * months if months <= 12 else 76 + 0.8 * (months - 12)
    b.tx(" for bronchiolitis.\nGrowth: wt ").cv(f"{wt * g.r.uniform(0.88, 1.12):.1f} kg").tx(" (")
    b.cv(f"{g.r.randint(5, 95)}th %ile").tx("), length ").cv(f"{ln * g.r.uniform(0.96, 1.04):.1f} cm")
    b.tx(", HC ").cv(f"{min(35 + 0.9 * months, 50) * g.r.uniform(0.97, 1.03):.1f} cm")
    b.tx("\nDevelopment: ASQ-3 passed all domains.")
    if 16 <= months <= 30:
        b.tx(" M-CHAT ").cv("low risk").tx(".")
    b.tx("\nExam: normal. Hearing/vision screen passed.\n")
    b.tx("Immunizations given: ").cv("DTaP-IPV-Hib-HepB").tx(", ").cv("PCV20").tx(", ").cv("rotavirus")
    b.tx(" - VIS given, lot numbers in MAR.\nAnticipatory guidance: car seat, safe sleep, poison control 1-800-222-1222.\nMaternal EPDS ").cv(str(g.r.randint(2, 12))).tx(". Mom's cell ")
    b.ph(g.phone(False)).tx("; daycare: Little Sprouts.\nGrandmother (").age(g.r.choice((71, 76, 90, 68)))
    b.tx(") also caregiver.\nNext visit ").d(g.date(g.day(pt.visit, 55, 100), False, g.r.choice(("mdy", "abbr", "md"))))
    b.tx(".\n").n(g.name(doc, "fl")).tx(", MD, FAAP\n")


def _operative(g: _G, b: _B, pt: _Pt) -> None:
    surg, asst, an = g.staff(False), g.staff(False), g.staff(False)
    b.tx("OPERATIVE REPORT\nPatient: ").n(g.name(pt.who, "LF")).tx("   MRN: ").id(pt.mrn).tx("   Acct: ")
    b.id(g.acct()).tx("\nDate of surgery: ").d(g.date(pt.visit, False, g.r.choice(("mdy", "long"))))
    b.tx("\nSurgeon: ").n(g.name(surg, "fml")).tx(", MD\nAssistant: ").n(g.name(asst, "fl")).tx(", PA-C\n")
    b.tx("Anesthesia: general, ").n(g.name(an, "fl")).tx(", MD / ").n(g.name(g.staff(False), "fl")).tx(", CRNA\n")
    b.tx("Preop dx: symptomatic cholelithiasis\nProcedure: laparoscopic cholecystectomy\nEBL: ")
    b.cv(f"{g.r.randint(5, 50)} mL").tx("   Fluids: ").cv(f"{g.r.randint(600, 1500)} mL LR").tx("   Drains: none\n")
    b.tx("Antibiotics: ").cv("cefazolin 2 g IV").tx(" at ").cv(g.clock(True)).tx(", incision ").cv(g.clock(True))
    b.tx("\n\nDescription: Patient identified in holding and consent verified. Supine, GETA. Time-out. "
         "Veress entry at umbilicus, ").cv("15 mmHg").tx(" pneumoperitoneum; ").cv("12 mm").tx(" and three ")
    b.cv("5 mm").tx(" ports. Critical view of safety obtained. Cystic duct and artery clipped and divided. "
         "Gallbladder removed in bag. Fascia closed with ").cv("0 Vicryl").tx(", skin ").cv("4-0 Monocryl")
    b.tx(".\nScrub: ").n(g.name(g.staff(False), "fl")).tx("; circulator: ").n(g.name(g.staff(False), "fl"))
    b.tx(", RN.\nCounts correct x2. Specimen to pathology. Extubated, to PACU stable.\n")
    b.tx("Disposition: home same day; follow-up ").d(g.date(g.day(pt.visit, 10, 16), False, g.r.choice(("md", "mdy"))))
    b.tx(" with ").n(g.name(asst, "last")).tx(". Wife ").n(g.name(g.person(False, "F"), "first")).tx(" updated in "
        "waiting room (").ph(g.phone(False)).tx(").\n")


def _med_rec(g: _G, b: _B, pt: _Pt) -> None:
    rph = g.staff(False)
    b.tx("PHARMACY ADMISSION MEDICATION RECONCILIATION\n").n(g.name(pt.who, "Lf")).tx("  MRN ").id(pt.mrn)
    b.tx("  DOB ").d(g.date(pt.dob, False, g.r.choice(("mdy", "mdys")))).tx("\n").d(g.date(pt.visit, False))
    w, k = g.kin(False, ("wife", "daughter", "son"))
    b.tx("\nSources: patient interview, ").tx(w + " ")
    b.n(g.name(k, "fl")).tx(" (").ph(g.phone(False)).tx("), Walgreens store").tx(" fill history (").ph(g.phone(False)).tx("), Surescripts.\n\nHome medications:\n")
    for m in g.pick(tuple(x for x in _MEDS if " IV " not in x), 5):
        b.tx("- ").cv(m).tx(" - last fill ").d(g.date(g.day(pt.visit, -80, -3), False, g.r.choice(("mdy", "md", "mdys"))))
        b.tx(", ").cv(f"{g.r.choice((30, 90))}-day supply").tx("\n")
    b.tx("\nDiscrepancies: patient stopped ").cv("atorvastatin").tx(" ~").cv("2 months").tx(" ago (myalgias). "
        "Takes ").cv("OTC naproxen 220 mg").tx(" PRN.\nPrescriber: Dr. ").n(g.name(g.staff(False), "fl"))
    b.tx(", DEA ").id(f"B{g.r.choice('ABFMR')}{g.r.randint(1000000, 9999999)}").tx("\nAllergies verified: ")
    b.cv("sulfa").tx(" (hives), ").cv("codeine").tx(" (nausea).\n").n(g.name(rph, "fl")).tx(", PharmD ")
    b.ph(g.ext()).tx("\n")


def _social_work(g: _G, b: _B, pt: _Pt) -> None:
    sw = g.staff(False)
    son, dtr = g.person(False, "M"), g.person(False, "F")
    b.tx("SOCIAL WORK ASSESSMENT  ").d(g.date(pt.visit, False)).tx("\nPatient: ").n(g.name(pt.who, "fl"))
    b.tx(" (MRN ").id(pt.mrn).tx(")\n\nReferral: concern for caregiver strain / self-neglect.\n")
    b.tx("Pt is a ")
    _age_phrase(g, b, pt)
    b.tx(f" {'widow' if pt.who.sex == 'F' else 'widower'} (spouse ").n(g.name(g.person(False), "first"))
    b.tx(" died ").d(g.date(g.day(pt.visit, -700, -100), False, g.r.choice(("my", "mdy")))).tx(") living at ")
    b.ad(pt.street).tx(", ").ad(pt.city).tx(". Son ").n(g.name(son, g.r.choice(("fl", "nick"))))
    b.tx(" (").age(max(pt.age - g.r.randint(22, 36), 31)).tx(") lives nearby, works nights at the Amazon warehouse; cell ")
    b.ph(g.phone(False)).tx(". Daughter ").n(g.name(dtr, "fl")).tx(" lives out of state, ")
    b.ph(g.phone(False)).tx(", ").p("EMAIL", g.email(dtr)).tx(".\nIncome: SSA ").cv("$1,240/month")
    b.tx(" (SSN on file ").p("SSN", g.ssn()).tx(")")
    b.tx("; Medicaid pending (application ").d(g.date(g.day(pt.visit, -40, -10), False, "md")).tx(").\n")
    b.tx("Home: ").cv("3 steps").tx(" to enter, hoarding noted by EMS. Meals on Wheels since ")
    b.cv(str(pt.visit.year - 1)).tx(". PHQ-2 ").cv(str(g.r.randint(0, 6))).tx(".\nPlan: APS report "
        "not indicated at this time; family meeting ")
    _wd(g, b, g.day(pt.visit, 1, 4), False, g.r.choice(("md", "abbrs"))).tx(" at ").cv("2 pm").tx(".\n")
    b.n(g.name(sw, "fl")).tx(", LCSW  ").ph(g.phone(False, ext=True)).tx("\n")


def _wound(g: _G, b: _B, pt: _Pt) -> None:
    rn = g.staff(False)
    b.tx("WOUND CARE CONSULT  ").d(g.date(pt.visit, False)).tx("\n").n(g.name(pt.who, "Lfm")).tx(", ")
    b.id(pt.mrn).tx("\nConsulted by ").n(g.name(g.staff(False), "fl")).tx(", RN\n\n")
    b.tx("Location: sacrum, stage ").cv("3").tx(" pressure injury, present on admission ")
    b.d(g.date(g.day(pt.visit, -5, -1), False, "md")).tx(".\nSize: ").cv(f"{g.lab(2, 6)} x {g.lab(1.5, 5)} x {g.lab(0.2, 1.5)} cm")
    b.tx(", ").cv("30%").tx(" slough, ").cv("70%").tx(" granulation, moderate serous drainage, no odour. "
        "Periwound intact. Tunnelling ").cv("1.2 cm").tx(" at ").cv("12 o'clock").tx(".\nBraden ")
    b.cv(str(g.r.randint(10, 15))).tx(". Albumin ").cv(g.lab(2.1, 3.6)).tx(", prealbumin ").cv(str(g.r.randint(8, 20)))
    b.tx(".\nTreatment: cleanse NS, ").cv("Medihoney alginate").tx(", bordered foam, change daily and PRN. "
        "Low air loss mattress; turn q").cv("2h").tx(". Dietitian consult.\nPhoto in Media tab, accession ")
    b.id(f"MED{g.r.randint(1000000, 9999999)}").tx(".\n").n(g.name(rn, g.r.choice(("fl", "il")))).tx(", RN, CWOCN\n")


def _palliative(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    b.tx("PALLIATIVE CARE - GOALS OF CARE CONVERSATION\n").d(g.date(pt.visit, False)).tx("\nPatient: ")
    b.n(g.name(pt.who, g.r.choice(("Lf", "fl")))).tx("  MRN ").id(pt.mrn).tx("\n\n")
    old = g.r.randint(90, 101)
    b.tx("Pt is a ").age(old, words=g.r.random() < 0.3).tx("-year-old with advanced dementia (FAST ")
    b.cv("7c").tx("), recurrent aspiration, PPS ").cv("30%").tx(". Present: ")
    w, hcp = g.kin(False, ("daughter", "son", "niece", "nephew"))
    b.tx(w + " and HCP ").n(g.name(hcp, "fl")).tx(", grandson ").n(g.name(g.person(False, "M"), "first")).tx(", chaplain ")
    b.n(g.name(g.staff(False), "fl")).tx(", RN ").n(g.name(g.staff(False), "first")).tx(".\n")
    b.tx("Spouse died in ").cv(str(pt.visit.year - g.r.randint(2, 15)))
    b.tx(" at ").age(g.r.choice((88, 92, 95, 86))).tx(". ").n(g.name(hcp, "first")).tx(" shared that ")
    b.tx(_he(pt)).tx(" always said \"when I'm in my ").p("AGE", "90s")
    b.tx(" don't put me on machines.\" Older sister still living at ").age(g.r.choice((97, 99, 102)))
    b.tx(".\nDecisions: DNR/DNI, no feeding tube, comfort feeds, transition to hospice. POLST signed ")
    b.d(g.date(pt.visit, False, "mdy")).tx(". Summit Hospice intake ").ph(g.phone(False)).tx(".\n")
    b.tx("Symptoms: ").cv("morphine 2 mg SL q2h PRN").tx(" dyspnea, ").cv("glycopyrrolate 0.2 mg SC q4h")
    b.tx(" PRN secretions.\nTime: ").cv("75 minutes").tx(", > ").cv("50%").tx(" counselling.\n")
    _sig(g, b, doc, "MD, HMDC")
    b.tx("\n")


def _primary_care(g: _G, b: _B, pt: _Pt) -> None:
    doc = g.staff(False)
    b.tx("OFFICE VISIT\n").n(g.name(pt.who, "fl")).tx("  DOB: ").d(g.date(pt.dob, False))
    b.tx("  MRN: ").id(pt.mrn).tx("\nVisit date: ").d(g.date(pt.visit, False, "mdy")).tx("\nInsurance: BCBS ")
    b.id(f"XJH{g.r.randint(100000000, 999999999)}").tx("\n\nCC: annual physical, f/u HTN, DM\n\nHPI: ")
    b.n(g.name(pt.who, g.r.choice(("first", "nick")))).tx(" is a ")
    _age_phrase(g, b, pt)
    b.tx(" here for AWV. Home BP ").cv(f"{g.r.randint(120, 150)}s/{g.r.randint(70, 90)}s").tx(". A1c ")
    b.cv(f"{g.lab(6.0, 9.5)}%").tx(" on ").d(g.date(g.day(pt.visit, -100, -60), False, g.r.choice(("md", "mdy"))))
    b.tx(". Colonoscopy ").cv(str(pt.visit.year - g.r.randint(2, 8))).tx(" normal per pt. Mother had breast CA "
        "at ").age(g.r.randint(40, 75)).tx("; father alive at ").age(g.r.choice((82, 88, 90, 91, 94)))
    b.tx(".\nVitals: BP ").cv(g.bp()).tx(", HR ").cv(g.hr()).tx(", BMI ").cv(g.lab(21, 39)).tx(", SpO2 ")
    b.cv(g.spo2()).tx("\nScreening: PHQ-9 ").cv(str(g.r.randint(0, 14))).tx(", AUDIT-C ").cv(str(g.r.randint(0, 6)))
    b.tx(", fall risk negative.\nA/P:\n1. HTN - continue ").cv("losartan 50 mg daily").tx(".\n2. T2DM - add ")
    b.cv("semaglutide 0.25 mg weekly").tx(", titrate in ").cv("4 weeks").tx(".\n3. HCM - Shingrix #2 today; "
        "mammogram ordered.\nRTC ").cv("3 months").tx(" (").d(g.date(g.day(pt.visit, 85, 95), False, "mdy"))
    b.tx("). Updated address on file: ").ad(pt.street).tx(", ").ad(pt.city).tx(f" {pt.state} ").z(pt.zip)
    b.tx(". Cell ").ph(pt.phone).tx(".\n")
    _sig(g, b, doc, g.r.choice(("MD", "DO", "FNP-C")))
    b.tx("\n")


# ---- UK templates ------------------------------------------------------------------------
def _gp_letter(g: _G, b: _B, pt: _Pt) -> None:
    gp, cons = g.staff(True), g.staff(True)
    b.tx("The Elms Medical Practice\n").ad(f"{g.r.randint(1, 90)} {g.r.choice(_UK_STREETS)}").tx(", ")
    town, _, pc = g.place(True)
    b.ad(town).tx(" ").z(pc).tx("\nTel ").ph(g.phone(True, "land")).tx("  Fax ").ph(g.phone(True, "land")).tx("\n\n")
    b.d(g.date(pt.visit, True, g.r.choice(("dlong", "dmy")))).tx("\n\nDr ").n(g.name(cons, "il"))
    b.tx("\nConsultant Gastroenterologist\nGeneral Hospital\n\nDear Dr ").n(g.name(cons, "last"))
    b.tx(",\n\nRe: ").n(g.name(pt.who, g.r.choice(("fl", "fml")))).tx(", DOB ").d(g.date(pt.dob, True, "dmy"))
    b.tx(", NHS No ").id(g.nhs()).tx("\n").ad(pt.street).tx(", ").ad(pt.city).tx(", ").z(pt.zip)
    b.tx("\n\nThank you for seeing this ")
    _age_phrase(g, b, pt)
    b.tx(" with iron-deficiency anaemia. Hb ").cv(f"{g.r.randint(82, 112)} g/L").tx(" on ")
    b.d(g.date(g.day(pt.visit, -20, -5), True, g.r.choice(("dmy", "ord", "dm")))).tx(" (").cv(f"{g.r.randint(118, 140)}")
    b.tx(" in ").d(g.date(g.day(pt.visit, -400, -200), True, "my")).tx("), ferritin ").cv(f"{g.r.randint(4, 14)} ug/L")
    b.tx(", MCV ").cv(str(g.r.randint(70, 79))).tx(". FIT ").cv(f"{g.r.randint(12, 200)} ug/g").tx(". ")
    b.tx(g.r.choice(("She", "He"))).tx(" reports ").cv("4 kg").tx(" weight loss over ").cv("3 months")
    b.tx(", no overt bleeding. Coeliac serology negative.\n\nMedication: ")
    _meds(g, b, True, 3, sep=", ")
    b.tx(". Started ").cv("ferrous fumarate 210 mg BD").tx(".\nPMH: T2DM, hypertension, OA knees.\n")
    w, k = g.kin(True, ("wife", "husband", "partner"))
    b.tx("Social: lives with ").tx(w + " ")
    b.n(g.name(k, "first")).tx("; ex-smoker. Mobile ").ph(g.phone(True)).tx(".\n\n")
    b.tx("Seen jointly with our GP registrar Dr ").n(g.name(g.staff(True), "fl")).tx(". ")
    b.tx("I would be grateful for a 2WW assessment.\n\nYours sincerely\n\nDr ").n(g.name(gp, "fl"))
    b.tx("\nGP Partner  GMC ").id(str(g.r.randint(1000000, 7999999))).tx("\ncc: ").n(g.name(pt.who, g.r.choice(("fl", "il"))))
    b.tx(" (patient)\n")


def _ae(g: _G, b: _B, pt: _Pt) -> None:
    doc, nurse = g.staff(True), g.staff(True)
    b.tx("EMERGENCY DEPARTMENT RECORD\nName: ").n(g.name(pt.who, "LF")).tx("   Hosp No: ").id(pt.mrn)
    b.tx("   NHS: ").id(g.nhs()).tx("\nDOB: ").d(g.date(pt.dob, True, "dmy")).tx("   Arrived: ")
    b.d(g.date(pt.visit, True, "dmy")).tx(" ").cv(g.clock(True)).tx(" by ambulance (CAD ").id(str(g.r.randint(100000, 999999)))
    b.tx(")\nAddress: ").ad(pt.street).tx(", ").ad(pt.city).tx(" ").z(pt.zip).tx("\nNOK: ")
    w, k = g.kin(True, ("daughter", "son", "wife", "husband", "neighbour"))
    b.n(g.name(k, "fl")).tx(f" ({w}) ").ph(g.phone(True)).tx("\nGP: Dr ").n(g.name(g.staff(True), "il")).tx(", The Elms Medical Practice\n\n")
    b.tx("Triage (").n(g.name(nurse, g.r.choice(("fl", "il")))).tx(", RN): MTS orange, NEWS2 ")
    b.cv(str(g.r.randint(3, 8))).tx(".\nPC: fall at home, ?NOF.\nHPC: ")
    _age_phrase(g, b, pt)
    b.tx(" found on floor by carer at ").cv(g.clock(True)).tx(", long lie est. ").cv(f"{g.r.randint(2, 10)} hours")
    b.tx(". No LOC. Lives alone, package of care ").cv("QDS").tx(". On ").cv("apixaban 2.5 mg BD").tx(".\n")
    b.tx("O/E: HR ").cv(g.hr()).tx(" BP ").cv(g.bp()).tx(" RR ").cv(g.rr()).tx(" Sats ").cv(g.spo2())
    b.tx(" T ").cv(g.temp(True)).tx(" CBG ").cv(g.lab(4.2, 11.8)).tx(". GCS ").cv("15").tx(", AMT ")
    b.cv(f"{g.r.randint(5, 10)}/10").tx(". L leg shortened and externally rotated.\nIx: CK ")
    b.cv(str(g.r.randint(300, 4500))).tx(", Cr ").cv(str(g.r.randint(70, 180))).tx(", Hb ").cv(f"{g.r.randint(98, 140)}")
    b.tx(". XR: L intracapsular NOF #.\nPlan: fascia iliaca block (").cv("30 mL 0.25% levobupivacaine")
    b.tx(") at ").cv(g.clock(True)).tx(", ").cv("paracetamol 1 g IV").tx(", refer T&O (bleep ")
    b.ph(str(g.r.randint(1000, 9999))).tx("). Seen by ").n(g.name(g.staff(True), "fl")).tx(", ST3.\n")
    b.n(g.name(doc, "fl")).tx(", ").tx(g.r.choice(("FY2", "ST4", "ACP", "CT1"))).tx("  ").d(g.date(pt.visit, True, "dmys"))
    b.tx(" ").cv(g.clock(True)).tx("\n")


def _ward_round(g: _G, b: _B, pt: _Pt) -> None:
    cons, fy1 = g.staff(True), g.staff(True)
    b.tx("WARD ROUND  ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dmys", "dabbr", "dmyd")))).tx(" ").cv(g.clock(True))
    b.tx("\n").n(g.name(pt.who, g.r.choice(("LF", "Lf")))).tx("  ").id(pt.mrn).tx("  Ward ").cv(str(g.r.randint(5, 40)))
    b.tx(" Bed ").cv(str(g.r.randint(1, 28))).tx("\nCons: Dr ").n(g.name(cons, "last")).tx(" (").n(g.name(cons, "ini"))
    b.tx(")\nDay ").cv(str(g.r.randint(2, 12))).tx(" of admission with CAP.\n\nS: Feels brighter. Eating and "
        "drinking. BO yesterday.\nO: NEWS2 ").cv(str(g.r.randint(0, 4))).tx(". Obs stable, apyrexial ")
    b.cv("48h").tx(". Chest: coarse creps R base.\nBloods: WCC ").cv(g.lab(6, 15)).tx(" (").cv(g.lab(12, 22))
    b.tx(" on admission ").d(g.date(g.day(pt.visit, -6, -2), True, g.r.choice(("dm", "ord", "dmy"))))
    b.tx("), CRP ").cv(str(g.r.randint(20, 180))).tx(", Na ").cv(str(g.r.randint(129, 144))).tx(", K ")
    b.cv(g.lab(3.4, 5.1)).tx(", eGFR ").cv(str(g.r.randint(32, 90))).tx("\n\nImp: improving CAP (CURB-65 ")
    b.cv(str(g.r.randint(1, 3))).tx(" on admission)\nPlan:\n- IV to oral ").cv("co-amoxiclav 625 mg TDS")
    b.tx(" to complete ").cv("5 days").tx("\n- PT/OT assessment (").n(g.name(g.staff(True), "fl")).tx(", OT)\n- EDD ").d(g.date(g.day(pt.visit, 1, 3), True, g.r.choice(("dm", "dmy"))))
    w, k = g.kin(True, ("daughter", "son", "wife"))
    b.tx("\n- Update ").tx(w + " ").n(g.name(k, g.r.choice(("first", "fl"))))
    b.tx(" on ").ph(g.phone(True)).tx("\n").n(g.name(fy1, "fl")).tx(", FY1, bleep ").ph(str(g.r.randint(1000, 9999)))
    b.tx("\n")


def _uk_discharge(g: _G, b: _B, pt: _Pt) -> None:
    cons, doc = g.staff(True), g.staff(True)
    gp = g.staff(True)
    adm = g.day(pt.visit, -10, -2)
    b.tx("IMMEDIATE DISCHARGE LETTER\nTo: Dr ").n(g.name(gp, "il")).tx(", The Elms Medical Practice\n")
    b.tx("Patient: ").n(g.name(pt.who, "LF")).tx("   DOB: ").d(g.date(pt.dob, True, "dmy")).tx("\nNHS number: ")
    b.id(g.nhs()).tx("   Hospital number: ").id(pt.mrn).tx("\nAddress: ").ad(pt.street).tx(", ").ad(pt.city)
    b.tx(", ").z(pt.zip).tx("\nAdmitted: ").d(g.date(adm, True, "dmy")).tx("   Discharged: ").d(g.date(pt.visit, True, "dmy"))
    b.tx("\nConsultant: Dr ").n(g.name(cons, "fl")).tx(" (Care of the Elderly)\n\nDiagnosis: urosepsis; delirium\n")
    b.tx("Summary: ")
    _age_phrase(g, b, pt)
    b.tx(" admitted with confusion and rigors. Urine culture ").cv("E. coli").tx(" (ESBL negative). Treated with ")
    b.cv("gentamicin").tx(" then ").cv("nitrofurantoin 100 mg MR BD").tx(" to complete ").cv("7 days").tx(". 4AT ")
    b.cv(str(g.r.randint(4, 8))).tx(" on admission, ").cv("0").tx(" on discharge. Creatinine peaked ")
    b.cv(str(g.r.randint(120, 220))).tx(" on ").d(g.date(g.day(adm, 1, 2), True, g.r.choice(("dm", "ord")))).tx(", now ")
    b.cv(str(g.r.randint(70, 110))).tx(".\n\nMedications on discharge:\n")
    _meds(g, b, True, 4, sep="\n")
    b.tx("\nStopped: ").cv("ramipril").tx(" (AKI) - GP please review in ").cv("2 weeks").tx(".\n\nActions for GP: "
        "U&E on or around ").d(g.date(g.day(pt.visit, 7, 14), True, g.r.choice(("dmy", "dlong", "ord"))))
    b.tx(".\nFollow-up: falls clinic ").d(g.date(g.day(pt.visit, 20, 60), True, g.r.choice(("dmy", "dabbr"))))
    b.tx(" at ").cv("10:30").tx(". Community matron ").n(g.name(g.staff(True), "fl")).tx(" ").ph(g.phone(True))
    b.tx(".\nDischarged to: ").tx(g.r.choice(("own home with restart of care package", "daughter's home")))
    b.tx(". NOK ").n(g.name(g.person(True), "Lf")).tx(" aware.\nPharmacist screened: ").n(g.name(g.staff(True), "il")).tx("\nCompleted by: ").n(g.name(doc, "fl")).tx(", FY1  ")
    b.d(g.date(pt.visit, True, "dmy")).tx("\n")


def _uk_handover(g: _G, b: _B, pt: _Pt) -> None:
    rn = g.staff(True)
    b.tx("NURSING HANDOVER (SBAR) - ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dm", "dabbr")))).tx(" night shift\n")
    b.tx("S: ").n(g.name(pt.who, g.r.choice(("fl", "Lf", "first")))).tx(", bay ").cv(str(g.r.randint(1, 6)))
    b.tx(" bed ").cv(str(g.r.randint(1, 6))).tx(", ").age(pt.age).tx(", hosp no ").id(pt.mrn).tx(", post-op day ")
    b.cv(str(g.r.randint(1, 4))).tx(" R TKR.\nB: T2DM on ").cv("Lantus 18 units").tx(" at ").cv("22:00")
    b.tx(", AF on ").cv("edoxaban").tx(". Hard of hearing, glasses.\nA: NEWS2 ").cv(str(g.r.randint(0, 5)))
    b.tx(" at ").cv(g.clock(True)).tx(". Pain ").cv(f"{g.r.randint(2, 7)}/10").tx(" - ").cv("oxycodone 5 mg")
    b.tx(" given ").cv(g.clock(True)).tx(". CBG ").cv(g.lab(5, 15)).tx(". Catheter out ").cv("06:00")
    b.tx(", PU'd ").cv(f"{g.r.randint(150, 450)} mL").tx(". Waterlow ").cv(str(g.r.randint(10, 22))).tx(".\n")
    b.tx("R: Check PVR. Physio ").n(g.name(g.staff(True), "first")).tx(" to see in morning. ")
    w, k = g.kin(True, ("Wife", "Husband", "Daughter", "Son"))
    b.tx(w + " ").n(g.name(k, g.r.choice(("first", "fl"))))
    b.tx(" phoning at ").cv("8").tx(" - mobile ").ph(g.phone(True)).tx(".\nHanded over by ")
    b.n(g.name(rn, g.r.choice(("fl", "il")))).tx(", RN to ").n(g.name(g.staff(True), "first")).tx(" ").cv("07:30")
    b.tx("\n")


def _uk_clinic(g: _G, b: _B, pt: _Pt) -> None:
    cons, gp = g.staff(True), g.staff(True)
    b.tx("Diabetes & Endocrinology Outpatients\nClinic date: ").d(g.date(pt.visit, True, g.r.choice(("dlong", "dmy"))))
    b.tx("\nDictated: ").d(g.date(pt.visit, True, "dmy")).tx("  Typed: ").d(g.date(g.day(pt.visit, 2, 6), True, "dmy"))
    b.tx("\n\nDr ").n(g.name(gp, "fl")).tx("\nThe Elms Medical Practice\n\nDear Dr ").n(g.name(gp, "last"))
    b.tx("\n\n").n(g.name(pt.who, "fl")).tx(", ").d(g.date(pt.dob, True, "dmy")).tx(", NHS ").id(g.nhs())
    b.tx("\n").ad(pt.street).tx(", ").ad(pt.city).tx(" ").z(pt.zip).tx("\n\nDiagnosis: type 1 diabetes (")
    b.cv(str(pt.visit.year - g.r.randint(5, 30))).tx("); hypothyroidism\nHbA1c: ").cv(f"{g.r.randint(52, 86)} mmol/mol")
    b.tx(" (previously ").cv(f"{g.r.randint(55, 95)}").tx(" on ").d(g.date(g.day(pt.visit, -200, -90), True, g.r.choice(("dmy", "dabbr"))))
    b.tx(")\n\nI reviewed ").n(g.name(pt.who, "first")).tx(" today with ").tx(g.r.choice(("her", "his")))
    b.tx(" partner ").n(g.name(g.person(True), "first")).tx(". Libre data: time in range ").cv(f"{g.r.randint(35, 75)}%")
    b.tx(", below range ").cv(f"{g.r.randint(1, 8)}%").tx(". Two hypos requiring assistance, the last on ")
    b.d(g.date(g.day(pt.visit, -40, -5), True, g.r.choice(("ord", "dm", "dlong")))).tx(". BP ").cv(g.bp())
    b.tx(", BMI ").cv(g.lab(20, 34)).tx(". Feet: monofilament intact. Retinal screening ")
    b.d(g.date(g.day(pt.visit, -300, -30), True, "my")).tx(": R0M0.\n\nPlan: reduce ").cv("Levemir to 14 units BD")
    b.tx(", carb ratio ").cv("1:10").tx(" at breakfast. DAFNE course. DVLA informed by patient.\n")
    b.tx("Review in ").cv("4 months").tx(". Diabetes nurse ").n(g.name(g.staff(True), "fl")).tx(" on ")
    b.ph(g.phone(True, ext=True)).tx(" or ").p("EMAIL", f"diabetes.team{g.r.randint(1, 9)}@nhs.net").tx(".\n\nYours sincerely\n\n")
    b.n(g.name(cons, "fl")).tx(", FRCP\nConsultant Physician\n").n(g.name(cons, "ini")).tx("/")
    b.n(g.name(g.staff(True), "ini").lower()).tx("\n")


def _uk_telephone(g: _G, b: _B, pt: _Pt) -> None:
    gp = g.staff(True)
    b.tx("Telephone consultation  ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dmys")))).tx(" ").cv(g.clock(True))
    b.tx("\n").n(g.name(pt.who, g.r.choice(("fl", "Lf")))).tx("  DOB ").d(g.date(pt.dob, True, "dmy"))
    b.tx("  NHS ").id(g.nhs()).tx("\nCalled on ").ph(pt.phone).tx(", identity confirmed (name, DOB, first line "
        "of address ").ad(pt.street).tx(").\n\nHx: ").cv("3 days").tx(" dysuria, frequency, no loin pain, no "
        "fever. Not pregnant. eGFR ").cv(str(g.r.randint(45, 90))).tx(" (").d(g.date(g.day(pt.visit, -200, -20), True, "my"))
    b.tx(").\nPlan: ").cv("nitrofurantoin 100 mg MR BD").tx(" x ").cv("3 days").tx(" to Boots, ")
    b.tx("safety-netting given. MSU if no better in ").cv("48 hours").tx(".\nAlso discussed mum ")
    b.n(g.name(g.person(True, "F"), g.r.choice(("fl", "first")))).tx(" (").age(pt.age + g.r.randint(20, 36))
    b.tx(") who has been more confused - advised to book visit.\n").n(g.name(gp, g.r.choice(("fl", "il"))))
    b.tx(" (GP)\n")


def _uk_radiology(g: _G, b: _B, pt: _Pt) -> None:
    rad, ref = g.staff(True), g.staff(True)
    b.tx("RADIOLOGY REPORT\nPatient: ").n(g.name(pt.who, "LF")).tx("   DOB: ").d(g.date(pt.dob, True, "dmy"))
    b.tx("\nNHS No: ").id(g.nhs()).tx("   MRN: ").id(pt.mrn).tx("\nExamination: CT head without contrast\n")
    b.tx("Accession: ").id(f"RAD{g.r.randint(10000000, 99999999)}").tx("   Date: ").d(g.date(pt.visit, True, "dmy"))
    b.tx(" ").cv(g.clock(True)).tx("\nReferrer: Dr ").n(g.name(ref, "il")).tx(", Emergency Department\n\n")
    b.tx("Clinical details: ")
    _age_phrase(g, b, pt)
    b.tx(" fall, on ").cv("edoxaban").tx(", GCS ").cv(str(g.r.randint(13, 15))).tx(", ?SDH. NICE head injury "
        "criteria met.\n\nComparison: CT head ").d(g.date(g.day(pt.visit, -900, -100), True, g.r.choice(("dmy", "dabbr"))))
    b.tx(".\n\nFindings: ").cv(f"{g.r.randint(4, 11)} mm").tx(" acute left convexity subdural haematoma with ")
    b.cv(f"{g.r.randint(1, 4)} mm").tx(" midline shift. No skull fracture. Established small-vessel change and "
        "generalised volume loss, unchanged.\n\nConclusion: acute left SDH. Discussed with ").n(g.name(ref, "fl"))
    b.tx(" at ").cv(g.clock(True)).tx(" on ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dm")))).tx("; neurosurgical "
        "referral advised.\nReported by: Dr ").n(g.name(rad, "fl")).tx(", Consultant Radiologist (GMC ")
    b.id(str(g.r.randint(1000000, 7999999))).tx(")\n")


def _uk_labour(g: _G, b: _B, pt: _Pt) -> None:
    mw = g.staff(True)
    b.tx("LABOUR WARD - MIDWIFERY NOTE  ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dabbr", "dmyd")))).tx("\n")
    b.n(g.name(pt.who, g.r.choice(("fl", "Lf")))).tx("  Hosp no ").id(pt.mrn).tx("  NHS ").id(g.nhs())
    b.tx("\n").cv(g.clock(True)).tx(" ").age(pt.age).tx(f"yo G{g.r.randint(1, 4)}P{g.r.randint(0, 3)} at ")
    b.cv(f"{g.r.randint(37, 41)}+{g.r.randint(0, 6)}").tx(" weeks, EDD ").d(g.date(g.day(pt.visit, -5, 12), True, "dmy"))
    b.tx(", admitted in established labour. Booked under Dr ").n(g.name(g.staff(True), "last"))
    b.tx("'s team. Community midwife ").n(g.name(g.staff(True), "fl")).tx(".\n").cv(g.clock(True))
    b.tx(" VE by ").n(g.name(mw, "ini")).tx(": cervix ").cv(f"{g.r.randint(4, 8)} cm").tx(", vertex ")
    b.cv("0 station").tx(", ARM - clear liquor. CTG normal, baseline ").cv(str(g.r.randint(120, 150)))
    b.tx(". Maternal obs: BP ").cv(f"{g.r.randint(104, 138)}/{g.r.randint(62, 88)}").tx(", P ").cv(g.hr())
    b.tx(", T ").cv(g.temp(True)).tx(". Entonox for analgesia; remifentanil PCA declined.\nBirth partner: ")
    b.n(g.name(g.person(True, "M"), g.r.choice(("fl", "first")))).tx(", ").ph(g.phone(True)).tx(".\n")
    b.tx("Previous LSCS ").d(g.date(g.day(pt.visit, -1500, -500), True, "my")).tx(" - VBAC counselled ")
    b.d(g.date(g.day(pt.visit, -50, -20), True, g.r.choice(("dm", "ord")))).tx(".\n").n(g.name(mw, "fl")).tx(", RM\n")


def _uk_district_nurse(g: _G, b: _B, pt: _Pt) -> None:
    dn = g.staff(True)
    b.tx("DISTRICT NURSING VISIT  ").d(g.date(pt.visit, True, g.r.choice(("dmy", "dmys", "dlong"))))
    b.tx("\nPatient: ").n(g.name(pt.who, "fl")).tx("  NHS ").id(g.nhs()).tx("\nAddress: ").ad(g.street(True, True))
    b.tx(", ").ad(pt.city).tx(" ").z(pt.zip).tx("\nKey safe: access via carer; GP Dr ").n(g.name(g.staff(True), "il"))
    b.tx("\n\nVisit for leg ulcer care. ")
    _age_phrase(g, b, pt)
    b.tx(" with venous ulcer L gaiter, ").cv(f"{g.lab(2, 6)} x {g.lab(1.5, 4)} cm").tx(" (").cv(f"{g.lab(3, 7)} x {g.lab(2, 5)} cm")
    b.tx(" on ").d(g.date(g.day(pt.visit, -28, -7), True, g.r.choice(("dm", "dmy")))).tx("). ABPI ").cv(g.lab(0.8, 1.2, 2))
    b.tx(". Cleansed, ").cv("Inadine").tx(", ").cv("two-layer compression").tx(". Pain ").cv(f"{g.r.randint(1, 6)}/10")
    b.tx(". Obs: BP ").cv(g.bp()).tx(", P ").cv(g.hr()).tx(".\nCarer ").n(g.name(g.staff(True), "first"))
    b.tx(" from the care agency present. ").tx(g.r.choice(("Daughter", "Son")))
    b.tx(" contactable on ").ph(g.phone(True)).tx(".\nNext visit ")
    _wd(g, b, g.day(pt.visit, 2, 4), True, g.r.choice(("dm", "ord"))).tx(".\n").n(g.name(dn, g.r.choice(("fl", "il"))))
    b.tx(", RN, Community Nurse\n")


_US: tuple[Callable[[_G, _B, _Pt], None], ...] = (
    _ed_physician, _hp, _progress, _discharge, _nursing_shift, _sbar, _cards_consult,
    _neph_consult, _id_consult, _procedure, _case_mgmt, _telephone, _portal, _home_health,
    _snf, _radiology, _pathology, _icu_nursing, _rehab, _ld, _well_child, _operative,
    _med_rec, _social_work, _wound, _palliative, _primary_care,
)  # fmt: skip
_UK: tuple[Callable[[_G, _B, _Pt], None], ...] = (
    _gp_letter, _ae, _ward_round, _uk_discharge, _uk_handover, _uk_clinic, _uk_telephone,
    _uk_radiology, _uk_labour, _uk_district_nurse,
)  # fmt: skip
_OLDER = frozenset((_snf, _cards_consult, _case_mgmt, _home_health, _ae, _uk_discharge,
                    _social_work, _wound, _icu_nursing, _uk_radiology, _uk_district_nurse))  # fmt: skip
_TEMPLATES = tuple((f, False) for f in _US) + tuple((f, True) for f in _UK)


def _patient(g: _G, uk: bool, fn: Callable[[_G, _B, _Pt], None]) -> _Pt:
    r = g.r
    if fn is _ld or fn is _uk_labour:
        who, age = g.person(uk, "F"), r.randint(19, 42)
    elif fn is _well_child:
        who, age = g.person(uk), 0
        visit = date(2024, 1, 1) + timedelta(days=r.randint(0, 700))
        months = r.choice((2, 4, 6, 9, 12, 15, 18, 24, 36, 48))
        dob = visit - timedelta(days=round(months * 30.44) + r.randint(-6, 6))
        city, state, zp = g.place(uk)
        return _Pt(who, uk, age, dob, visit, g.street(uk), city, state, zp, g.phone(uk), g.mrn(uk))
    elif fn is _palliative:
        who, age = g.person(uk), r.randint(90, 101)
    elif fn in _OLDER:
        who = g.person(uk)
        age = r.randint(90, 104) if r.random() < 0.25 else r.randint(66, 89)
    elif fn is _uk_telephone:
        who, age = g.person(uk, "F"), r.randint(19, 68)
    else:
        who = g.person(uk)
        age = r.randint(90, 104) if r.random() < 0.12 else r.randint(22, 89)
    visit = date(2024, 1, 1) + timedelta(days=r.randint(0, 700))
    dob = visit - timedelta(days=r.randint(1, 364))
    dob = dob.replace(year=dob.year - age, day=min(dob.day, 28) if dob.month == 2 else dob.day)
    city, state, zp = g.place(uk)
    return _Pt(who, uk, age, dob, visit, g.street(uk), city, state, zp, g.phone(uk), g.mrn(uk))


def _fhir(pt: _Pt, idx: int) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": f"v14-{idx:05d}",
        "identifier": [{"type": {"text": "MRN"}, "value": pt.mrn}],
        "name": [{"use": "official", "family": pt.who.last, "given": [pt.who.first, pt.who.middle]}],
        "gender": "female" if pt.who.sex == "F" else "male",
        "birthDate": pt.dob.isoformat(),
        "telecom": [{"system": "phone", "value": pt.phone, "use": "home"}],
        "address": [{"line": [pt.street], "city": pt.city, "state": pt.state or None,
                     "postalCode": pt.zip, "country": "GB" if pt.uk else "US"}],
    }  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through the templates; the same ``n`` gives the same notes."""
    g = _G(_SEED)
    notes: list[Note] = []
    for i in range(n):
        fn, uk = _TEMPLATES[i % len(_TEMPLATES)]
        pt = _patient(g, uk, fn)
        b = _B()
        fn(g, b, pt)
        notes.append(b.build(_fhir(pt, i)))
    return notes
