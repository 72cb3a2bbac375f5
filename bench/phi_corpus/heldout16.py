"""HELD-OUT v16 PHI corpus: written before any round-16 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14 it aims
at the MAINSTREAM of hospital text with ordinary PHI density, but with note kinds, templates
and phrasings v14 did not use, and five English-speaking health systems instead of two: US,
UK, Canada, Australia and Ireland. 36 templates, cycled in order: psychiatry inpatient progress
notes, oncology clinic letters to the GP, dermatology clinic notes, ophthalmology clinic notes,
ENT clinic letters, urology follow-ups (PSA series), haemodialysis run sheets, anaesthesia
records, pre-admission / pre-op assessments, transfusion records, infection-prevention alerts,
allied-health notes (dietitian / speech and language therapy), chaplaincy visits, discharge
medication lists, laboratory critical-result call-backs, radiology addenda, clinical incident
reports, frailty MDT summaries, outpatient booking-office notes, referral triage notes, procedure
consent forms, occupational-health reviews, sexual-health clinic notes, postnatal maternity
notes, NICU daily notes, comprehensive geriatric assessments, falls risk assessments,
safeguarding referrals, mental-capacity assessments, advance care planning / POLST notes,
endoscopy reports, stroke thrombolysis notes, anticoagulation-clinic telephone encounters,
rheumatology letters, diabetes patient-portal messages with replies and virtual-ward reviews.
Names: Faker en_US, en_GB, en_CA, en_AU, en_IE, en_NZ and fr_CA, plus curated first / last
names of people of South Asian, East / South-East Asian, West African, Arabic, Irish-language,
Welsh, Scottish-Gaelic, Maori and Polish origin, and names that are also English words (Grace,
Hope, Faith, Will, Fox, Hunter, Little, Sharp, Moody, Marsh), written in many forms: "First
Last", "First M. Last", "LAST, First", "Last, First M", "F. Last", surname alone after a title,
first name alone, lower-case, ALL CAPS, nicknames in quotes, hyphenated surnames, staff
initials ("JK", "J.K.").

Conventions (same as heldout12 / heldout13 / heldout14): titles and credentials ("Dr", "Mrs",
"Sr", ", RN", ", MD", ", CNS", ", FY1") are outside NAME spans; "LAST, First" is one NAME span;
a nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is outside;
"Baby Boy" / "Baby Girl" is outside; staff initials are NAME. A street line (with its
apartment / flat / unit part, including Canadian "1204-55 Harbour St" and Australian "4/17
Smith St" forms) and a city / town / suburb (with a Dublin postal district: "Dublin 24") are
ADDRESS; a state / province / territory / county ("Co. Cork") / country is not PHI; ZIP codes,
postcodes, Canadian postal codes, Australian postcodes and Eircodes are ZIP. DATE: anything
more specific than a year, in 15+ formats (US and day-first numeric, two-digit years, day +
month alone, ISO, ISO date-time as one token, written-out, abbreviated, ordinal "4th of March",
"04-Mar-2025", "04MAR2025", dotted, month + year); "on 3/4 (yesterday)" labels only "3/4";
weekdays and "the" stay outside; a date followed by a separate time labels only the date.
PHONE includes fax, pagers / bleeps (number only) and extensions (inside the span); labels such
as "cell", "mob", "h:", "w:" are outside. EMAIL and URL as written. SSN: full numbers and the
digits of a masked or "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / CSN / encounter /
account numbers, NHS / CHI / OHIP / Medicare / IHI / PPSN numbers, employee numbers, clinic
numbers, accession / specimen / blood-unit / sample numbers, incident numbers, device serials,
interpreter ids, licence plates. AGE: ages >= 90 only, number part only ("92" of
"92-year-old", "ninety-one" of "aged ninety-one", "90s" of "in his 90s"). Ages < 90, vitals,
labs, doses, drug names, scores, times of day, durations, years alone, weekdays alone, relative
dates, room / bed / chair numbers and facility / employer / insurer / pharmacy / church / agency
names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import PHI_TYPES, Note, NoteBuilder

__all__ = ["generate"]

_SEED = 160_016
_LOCALE = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "IE": "en_IE"}
_EXTRA_LOCALES = ("en_NZ", "fr_CA")
_FAKERS: dict[str, Faker] = {}

Part = Any  # str | tuple[str, str] | list[Part]

# ---------------------------------------------------------------- curated lists
_DIVERSE_FIRST = {
    "F": ("Priya", "Oluwaseun", "Siobhan", "Aroha", "Lan", "Fatima", "Chloe", "Marisol",
          "Anjali", "Eilidh", "Mei-Ling", "Zainab", "Harpreet", "Aleksandra", "Kiri", "Nkechi",
          "Aoife", "Niamh", "Bronwen", "Thi Hoa"),
    "M": ("Mohammed", "Wei", "Tariq", "Deepak", "Jamal", "DeShawn", "Kwame", "Rhys", "Ciaran",
          "Ahmed", "Thanh", "Gurpreet", "Tane", "Yusuf", "Padraig", "Hamish", "Chinedu", "Rajesh"),
}
_DIVERSE_LAST = (
    "Raghunathan", "Adeyemi", "Iqbal", "Zhang", "Ni Bhriain", "Ngata", "Nguyen", "Begum",
    "Hussain", "Sharma", "Tran", "Washington", "Gutierrez", "Mensah", "Patel", "Llewellyn",
    "MacLeod", "O'Sullivan", "Chan", "Al-Farsi", "Pham", "Okafor", "Kaur", "Sandhu",
    "Kowalczyk", "Te Rangi", "Obi", "Chowdhury", "Mac Giolla", "Wiremu", "Ong", "Lim",
)
_WORD_FIRST = {"F": ("Grace", "Hope", "Faith", "Rose", "Summer"), "M": ("Will", "Bill", "Sterling")}
_WORD_LAST = ("Fox", "Hunter", "Little", "Sharp", "Moody", "Marsh", "Rich", "Short")
_NICK = {"William": "Billy", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Betty",
         "James": "Jimmy", "Patricia": "Patsy", "Richard": "Dick", "Catherine": "Kate",
         "Thomas": "Tommy", "Anthony": "Tony", "Charles": "Chuck", "Edward": "Ted"}

_US_CITIES = (
    ("Omaha", "NE", "681", "402"), ("Knoxville", "TN", "379", "865"),
    ("Richmond", "VA", "232", "804"), ("Madison", "WI", "537", "608"),
    ("Lowell", "MA", "018", "978"), ("Chattanooga", "TN", "374", "423"),
    ("Springfield", "IL", "627", "217"), ("Boise", "ID", "837", "208"),
    ("Tulsa", "OK", "741", "918"), ("Paterson", "NJ", "075", "973"),
    ("Spokane", "WA", "992", "509"), ("Albany", "NY", "122", "518"),
    ("Wichita", "KS", "672", "316"), ("Albuquerque", "NM", "871", "505"),
    ("Eugene", "OR", "974", "541"), ("Des Moines", "IA", "503", "515"),
)
_US_STREETS = ("Birchwood", "Old Mill", "Kessler", "Garfield", "Quail Run", "Sunnyside",
               "Cottonwood", "Larkspur", "Hawthorne", "Buckeye", "Fairlawn", "Pleasant Valley",
               "Ridgeway", "Stonegate", "Waverly", "Juniper", "Canterbury", "Greenbriar")
_US_SUF = ("St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Terrace", "Circle")
_UK_TOWNS = (
    ("Bristol", "BS", "0117"), ("Norwich", "NR", "01603"), ("Reading", "RG", "0118"),
    ("Bolton", "BL", "01204"), ("Swindon", "SN", "01793"), ("Wakefield", "WF", "01924"),
    ("Exeter", "EX", "01392"), ("Cardiff", "CF", "029"), ("Glasgow", "G", "0141"),
    ("Edinburgh", "EH", "0131"), ("Hull", "HU", "01482"), ("Plymouth", "PL", "01752"),
    ("York", "YO", "01904"), ("Luton", "LU", "01582"),
)
_UK_SUBURBS = ("Bedminster", "Eaton", "Tilehurst", "Horwich", "Ossett", "Heavitree",
               "Roath", "Partick", "Leith", "Hessle", "Stoke", "Acomb")
_UK_STREETS = ("Chapel Lane", "Holly Bank", "Rowan Close", "Clarence Road", "Westfield Avenue",
               "Gladstone Street", "Ferndale Grove", "Priory Walk", "Moorland View",
               "Cromwell Terrace", "Poplar Drive", "St Anne's Court", "Meadow Rise")
_CA_CITIES = (
    ("Mississauga", "ON", "L", "905"), ("Ottawa", "ON", "K", "613"), ("Hamilton", "ON", "L", "289"),
    ("Winnipeg", "MB", "R", "204"), ("Calgary", "AB", "T", "403"), ("Edmonton", "AB", "T", "780"),
    ("Halifax", "NS", "B", "902"), ("Surrey", "BC", "V", "604"), ("Saskatoon", "SK", "S", "306"),
    ("Laval", "QC", "H", "450"), ("Kingston", "ON", "K", "343"), ("Sudbury", "ON", "P", "705"),
)
_CA_STREETS = ("Harbour St", "Dundas St W", "Rideau Terrace", "Portage Ave", "Jasper Ave",
               "Kingsway", "Spring Garden Rd", "Lakeshore Blvd", "Bloor St E", "Main St N")
_AU_SUBURBS = (
    ("Parramatta", "NSW", "2150", "02"), ("Blacktown", "NSW", "2148", "02"),
    ("Footscray", "VIC", "3011", "03"), ("Geelong", "VIC", "3220", "03"),
    ("Chermside", "QLD", "4032", "07"), ("Toowoomba", "QLD", "4350", "07"),
    ("Joondalup", "WA", "6027", "08"), ("Elizabeth", "SA", "5112", "08"),
    ("Glenorchy", "TAS", "7010", "03"), ("Belconnen", "ACT", "2617", "02"),
    ("Wollongong", "NSW", "2500", "02"), ("Frankston", "VIC", "3199", "03"),
)
_AU_STREETS = ("Wattle St", "Banksia Ave", "Kurrajong Rd", "Bellevue Pde", "Myrtle Cres",
               "Station St", "Illawarra Rd", "Jacaranda Dr", "Currawong Cl", "Ocean View Tce")
_IE_TOWNS = (
    ("Tallaght", "Dublin 24", "D24", "01"), ("Ballincollig", "Co. Cork", "P31", "021"),
    ("Salthill", "Galway", "H91", "091"), ("Navan", "Co. Meath", "C15", "046"),
    ("Dundalk", "Co. Louth", "A91", "042"), ("Ennis", "Co. Clare", "V95", "065"),
    ("Castletroy", "Limerick", "V94", "061"), ("Swords", "Co. Dublin", "K67", "01"),
)
_IE_STREETS = ("Ashgrove Park", "Cois Na hAbhann", "Fairgreen Road", "St Brigid's Terrace",
               "Beechwood Lawn", "The Paddocks", "Main Street", "Riverside Drive")

_ROLE = {"rn": ("RN", "charge nurse", "staff nurse", "CNM"), "dr": ("reg",),
         "ahp": ("Dietitian", "SLT", "Physio", "OT")}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_US_DATE = ("m/d/Y", "mm/dd/Y", "m/d/y", "m/d", "Month d, Y", "Mon d, Y", "Mon d", "iso",
            "dd-Mon-Y", "ddMONY", "mm/dd/y")
_DMY_DATE = ("dd/mm/Y", "d/m/y", "d/m", "d Month Y", "d Mon Y", "dth Month Y", "dth of Month",
             "dd.mm.Y", "iso", "dd-Mon-y", "d Mon", "dd/mm/y", "dd-Mon-Y")
_CA_DATE = ("iso", "Month d, Y", "Mon d, Y", "dd/mm/Y", "Y/mm/dd", "dd-Mon-Y", "Mon d")


_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}


def _words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {_ONES[rest]}" if rest else "")
    if n < 20:
        return _TEENS[n - 10] if n >= 10 else _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + (f"-{_ONES[o]}" if o else "")


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fmt_date(d: date, style: str) -> str:
    mon, month = _MONTHS[d.month - 1][:3], _MONTHS[d.month - 1]
    y2 = f"{d.year % 100:02d}"
    table = {
        "m/d/Y": f"{d.month}/{d.day}/{d.year}", "mm/dd/Y": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "m/d/y": f"{d.month}/{d.day}/{y2}", "m/d": f"{d.month}/{d.day}",
        "mm/dd/y": f"{d.month:02d}/{d.day:02d}/{y2}",
        "Month d, Y": f"{month} {d.day}, {d.year}", "Mon d, Y": f"{mon} {d.day}, {d.year}",
        "Mon d": f"{mon} {d.day}", "iso": d.isoformat(),
        "dd-Mon-Y": f"{d.day:02d}-{mon}-{d.year}", "ddMONY": f"{d.day:02d}{mon.upper()}{d.year}",
        "Month Y": f"{month} {d.year}", "dd/mm/Y": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "d/m/y": f"{d.day}/{d.month}/{y2}", "d/m/Y": f"{d.day}/{d.month}/{d.year}", "d/m": f"{d.day}/{d.month}",
        "d Month Y": f"{d.day} {month} {d.year}", "d Mon Y": f"{d.day} {mon} {d.year}",
        "dth Month Y": f"{_ordinal(d.day)} {month} {d.year}",
        "dth of Month": f"{_ordinal(d.day)} of {month}",
        "dd.mm.Y": f"{d.day:02d}.{d.month:02d}.{d.year}", "dd-Mon-y": f"{d.day:02d}-{mon}-{y2}",
        "d Mon": f"{d.day} {mon}", "dd/mm/y": f"{d.day:02d}/{d.month:02d}/{y2}",
        "Y/mm/dd": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }
    return table[style]


_DRUGS = (
    "metoprolol succinate 50 mg daily", "apixaban 5 mg BID", "atorvastatin 40 mg nightly",
    "furosemide 40 mg PO twice daily", "sertraline 100 mg daily", "quetiapine 25 mg at night",
    "levothyroxine 88 mcg daily", "metformin 1 g BD", "insulin glargine 22 units at bedtime",
    "amlodipine 10 mg OD", "ramipril 5 mg once daily", "bisoprolol 2.5 mg mane",
    "omeprazole 20 mg daily", "paracetamol 1 g QDS PRN", "oxycodone 5 mg q4h PRN",
    "gabapentin 300 mg TDS", "tamsulosin 400 mcg nocte", "lithium carbonate 800 mg nocte",
    "warfarin 4 mg (per INR)", "prednisolone 30 mg daily", "methotrexate 15 mg weekly",
    "folic acid 5 mg weekly", "enoxaparin 40 mg SC daily", "ceftriaxone 2 g IV q24h",
    "piperacillin-tazobactam 4.5 g IV q8h", "vancomycin 1.25 g IV q12h", "dapagliflozin 10 mg",
    "empagliflozin 10 mg daily", "spironolactone 25 mg", "donepezil 5 mg at night",
    "mirtazapine 15 mg nocte", "latanoprost 0.005% one drop both eyes nightly",
    "Adcal-D3 one tablet BD", "sodium bicarbonate 500 mg TDS", "calcitriol 0.25 mcg daily",
)


@dataclass
class Person:
    first: str
    last: str
    middle: str
    sex: str
    nick: str = ""


# ---------------------------------------------------------------- context
class Ctx:
    """Per-note random context: the patient, the country, part makers."""

    def __init__(self, rng: random.Random, country: str, sex: str | None = None,
                 ages: tuple[int, int] = (19, 89), p90: float = 0.08) -> None:
        self.r = rng
        self.cc = country
        self.base = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 700))
        self.pt = self.person(sex)
        old = min(90 + int(rng.expovariate(0.25)), 106)
        self.age_n = old if rng.random() < p90 else rng.randint(*ages)
        if self.age_n == 0:
            self.dob = self.base - timedelta(days=rng.randint(3, 40))
        else:
            self.dob = self.base - timedelta(days=365 * self.age_n + rng.randrange(1, 360))
        self.pt_mrn = self.mrn_value()
        self.pt_phone = self.phone_value()
        self.pt_addr = self.addr_values()

    # ---- people
    def _faker(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        f = _FAKERS[loc]
        f.seed_instance(self.r.randrange(1 << 30))
        return f

    def person(self, sex: str | None = None) -> Person:
        r = self.r
        sex = sex or r.choice("MF")
        roll = r.random()
        if roll < 0.18:
            first, last = r.choice(_DIVERSE_FIRST[sex]), r.choice(_DIVERSE_LAST)
        else:
            loc = _LOCALE[self.cc]
            if roll > 0.93:
                loc = "fr_CA" if self.cc == "CA" else "en_NZ"
            f = self._faker(loc)
            first = f.first_name_male() if sex == "M" else f.first_name_female()
            last = f.last_name()
            if r.random() < 0.06:
                first = r.choice(_WORD_FIRST[sex])
            if r.random() < 0.06:
                last = r.choice(_WORD_LAST)
            if r.random() < 0.07:
                last = f"{last}-{f.last_name()}"
        middle = self._faker(_LOCALE[self.cc]).first_name()
        return Person(first, last, middle, sex, _NICK.get(first, ""))

    def nm(self, p: Person, style: str | None = None) -> list[Part]:
        r = self.r
        style = style or r.choice(("full", "full", "full", "mid", "lastfirst", "lastfirst_m",
                                   "init", "caps", "lower", "nick"))
        if style == "nick" and not p.nick:
            style = "full"
        n = "NAME"
        out: dict[str, list[Part]] = {
            "full": [(n, f"{p.first} {p.last}")],
            "mid": [(n, f"{p.first} {p.middle[0]}. {p.last}")],
            "lastfirst": [(n, f"{p.last.upper()}, {p.first}")],
            "lastfirst_m": [(n, f"{p.last}, {p.first} {p.middle[0]}")],
            "init": [(n, f"{p.first[0]}. {p.last}")],
            "caps": [(n, f"{p.first.upper()} {p.last.upper()}")],
            "lower": [(n, f"{p.first.lower()} {p.last.lower()}")],
            "nick": [(n, p.first), ' "', (n, p.nick), '" ', (n, p.last)],
            "first": [(n, p.first)],
            "last": [(n, p.last)],
            "initials": [(n, r.choice((f"{p.first[0]}{p.last[0]}", f"{p.first[0]}.{p.last[0]}.")))],
        }
        return out[style]

    def staff(self, role: str = "dr") -> list[Part]:
        p = self.person()
        r = self.r
        if role == "dr":
            return r.choice((["Dr ", *self.nm(p, "full")], ["Dr. ", *self.nm(p, "last")],
                             [*self.nm(p, "full"), ", MD"], ["Dr ", *self.nm(p, "init")],
                             ["Dr ", *self.nm(p, "mid")]))
        rn = {"US": (", RN", " RN", ", BSN, RN", ", CNA"), "CA": (", RN", ", RPN", " RN"),
              "UK": (", RGN", ", RN", ", CNS", ", HCA"), "IE": (", RGN", ", CNM2", ", RN"),
              "AU": (", RN", ", CNS", ", EN", ", CN")}[self.cc]
        cred = {"rn": rn, "ahp": (", RD", ", SLT", ", PT", ", OT")}
        return r.choice(([*self.nm(p, "full"), r.choice(cred.get(role, (", RN",)))],
                         [*self.nm(p, "first"), " (", self.r.choice(_ROLE[role]), ")"],
                         [*self.nm(p, "init"), r.choice(cred.get(role, (", RN",)))]))

    def title(self, p: Person) -> str:
        if p.sex == "M":
            return self.r.choice(("Mr ", "Mr. "))
        return self.r.choice(("Mrs ", "Ms ", "Ms. ", "Miss "))

    # ---- ages
    def age(self, n: int | None = None) -> Part:
        n = self.age_n if n is None else n
        return ("AGE", str(n)) if n >= 90 else ("C", str(n))

    def age_phrase(self, n: int | None = None, p: Person | None = None) -> list[Part]:
        """An age in one of many wordings; only the number of an age >= 90 is PHI."""
        n = self.age_n if n is None else n
        p = p or self.pt
        kind = "AGE" if n >= 90 else "C"
        r = self.r
        form = r.randrange(8)
        if form == 0:
            return [(kind, str(n)), "-year-old"]
        if form == 1:
            suf = ("yo", " y/o", "y", " yrs", "M" if p.sex == "M" else "F")
            return [(kind, str(n)), r.choice(suf)]
        if form == 2:
            return ["aged ", (kind, _words(n))]
        if form == 3:
            return [(kind, _words(n)), "-year-old"]
        if form == 4 and 90 <= n < 100:
            return [f"in {self.his(p)} ", ("AGE", "90s")]
        if form == 5:
            return ["age ", (kind, str(n))]
        return [(kind, str(n)), " years old"]

    def he(self, p: Person | None = None) -> str:
        return "he" if (p or self.pt).sex == "M" else "she"

    def his(self, p: Person | None = None) -> str:
        return "his" if (p or self.pt).sex == "M" else "her"

    def spouse(self, p: Person | None = None) -> tuple[str, Person]:
        sex = "F" if (p or self.pt).sex == "M" else "M"
        if self.r.random() < 0.1:
            return "partner", self.person()
        return ("wife" if sex == "F" else "husband"), self.person(sex)

    # ---- dates
    def day(self, offset: int) -> date:
        return self.base + timedelta(days=offset)

    def d(self, when: date | int, style: str | None = None) -> Part:
        if isinstance(when, int):
            when = self.day(when)
        pool = _US_DATE if self.cc == "US" else _CA_DATE if self.cc == "CA" else _DMY_DATE
        return ("DATE", _fmt_date(when, style or self.r.choice(pool)))

    def appt(self, offset: int) -> list[Part]:
        """A future appointment date, sometimes after its weekday (outside the span)."""
        when = self.day(offset)
        if self.r.random() < 0.45:
            wd = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
            w = wd[when.weekday()]
            w = self.r.choice((w, w[:3], w[:3] + ".", w[:4] if w.startswith(("Tu", "Th")) else w[:3]))
            sep = self.r.choice((" ", ", ", " "))
            return [w + sep, self.d(when)]
        return [self.d(when)]

    def dob_part(self) -> Part:
        full = [s for s in (_US_DATE if self.cc == "US" else _DMY_DATE)
                if "Y" in s or "y" in s]
        full = [s for s in full if s != "Month Y"]
        return ("DATE", _fmt_date(self.dob, self.r.choice(full)))

    # ---- phones
    def phone_value(self, mobile: bool | None = None) -> str:
        r = self.r
        mobile = r.random() < 0.5 if mobile is None else mobile
        dg = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        if self.cc in ("US", "CA"):
            area = self._region()[3]
            a, b = r.choice(("555", dg(3).replace("0", "4", 1))), dg(4)
            return r.choice((f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}",
                             f"{area} {a} {b}", f"{area}{a}{b}", f"+1 {area}-{a}-{b}",
                             f"1-{area}-{a}-{b}", f"({area}){a}-{b}"))
        if self.cc == "UK":
            if mobile:
                n = "07" + dg(3) + " " + dg(6)
                return r.choice((n, "+44 " + n[1:], n.replace(" ", ""), f"{n[:5]} {n[6:9]} {n[9:]}"))
            area = self._region()[2]
            rest = dg(10 - len(area) + 1)
            return r.choice((f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest}",
                             f"{area}-{rest}", f"+44 {area[1:]} {rest}"))
        if self.cc == "AU":
            if mobile:
                n = "04" + dg(8)
                return r.choice((f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+61 {n[1:4]} {n[4:7]} {n[7:]}"))
            area = self._region()[3]
            rest = dg(8)
            return r.choice((f"({area}) {rest[:4]} {rest[4:]}", f"{area} {rest[:4]} {rest[4:]}"))
        if mobile:
            pre = r.choice(("083", "085", "086", "087", "089"))
            rest = dg(7)
            return r.choice((f"{pre} {rest[:3]} {rest[3:]}", f"+353 {pre[1:]} {rest[:3]} {rest[3:]}",
                             f"{pre}-{rest}", f"{pre}{rest}"))
        area = self._region()[3]
        rest = dg(7)
        return r.choice((f"({area}) {rest[:3]} {rest[3:]}", f"{area} {rest[:3]} {rest[3:]}"))

    def ph(self, mobile: bool | None = None, ext: bool = False) -> Part:
        v = self.phone_value(mobile)
        if ext:
            v += self.r.choice((" ext. ", " x", " ext ", " X")) + str(self.r.randint(200, 8999))
        return ("PHONE", v)

    # ---- places
    def _region(self) -> tuple[str, ...]:
        tab: dict[str, tuple[tuple[str, ...], ...]] = {
            "US": _US_CITIES, "UK": _UK_TOWNS, "CA": _CA_CITIES, "AU": _AU_SUBURBS,
            "IE": _IE_TOWNS}
        return self.r.choice(tab[self.cc])

    def addr_values(self) -> dict[str, str]:
        r = self.r
        reg = self._region()
        L = "ABDEFGHJLNPQRSTUWXY"
        if self.cc == "US":
            line = f"{r.randint(12, 9870)} {r.choice(_US_STREETS)} {r.choice(_US_SUF)}"
            if r.random() < 0.35:
                line += r.choice((", Apt ", " Apt ", " #", ", Unit ")) + f"{r.randint(1, 40)}{r.choice(('', 'B', 'C'))}"
            z = reg[2] + f"{r.randrange(100):02d}"
            if r.random() < 0.2:
                z += f"-{r.randrange(10000):04d}"
            return {"line": line, "city": reg[0], "state": reg[1], "zip": z}
        if self.cc == "UK":
            line = f"{r.randint(1, 180)} {r.choice(_UK_STREETS)}"
            if r.random() < 0.3:
                line = f"Flat {r.randint(1, 24)}, " + line
            z = f"{reg[1]}{r.randint(1, 20)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}"
            return {"line": line, "city": reg[0], "suburb": _UK_SUBURBS[_UK_TOWNS.index(reg) % len(_UK_SUBURBS)], "zip": z}
        if self.cc == "CA":
            st = f"{r.randint(10, 3999)} {r.choice(_CA_STREETS)}"
            line = r.choice((st, f"{r.randint(101, 2409)}-{st}", f"Apt {r.randint(101, 2409)}, {st}"))
            z = f"{reg[2]}{r.randint(1, 9)}{r.choice(L)} {r.randint(1, 9)}{r.choice(L)}{r.randint(0, 9)}"
            return {"line": line, "city": reg[0], "state": reg[1], "zip": z}
        if self.cc == "AU":
            st = f"{r.randint(1, 240)} {r.choice(_AU_STREETS)}"
            line = r.choice((st, f"{r.randint(1, 30)}/{st}", f"Unit {r.randint(1, 30)}, {st}"))
            return {"line": line, "city": reg[0], "state": reg[1], "zip": reg[2]}
        line = f"{r.randint(1, 120)} {r.choice(_IE_STREETS)}"
        city, county = reg[0], reg[1]
        if county.startswith("Dublin"):
            city, county = f"{reg[0]}, {reg[1]}", ""
        z = f"{reg[2]} {r.choice(L)}{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}"
        return {"line": line, "city": city, "state": county, "zip": z}

    def addr(self, a: dict[str, str] | None = None, sep: str = ", ") -> list[Part]:
        a = a or self.pt_addr
        out: list[Part] = [("ADDRESS", a["line"]), sep]
        if self.cc == "UK":
            if self.r.random() < 0.4:
                out += [("ADDRESS", a["suburb"]), sep]
            return [*out, ("ADDRESS", a["city"]), sep, ("ZIP", a["zip"])]
        if self.cc == "US":
            return [*out, ("ADDRESS", a["city"]), ", " + a["state"] + " ", ("ZIP", a["zip"])]
        if self.cc == "CA":
            return [*out, ("ADDRESS", a["city"]), " " + a["state"] + "  ", ("ZIP", a["zip"])]
        if self.cc == "AU":
            return [*out, ("ADDRESS", a["city"]), " " + a["state"] + " ", ("ZIP", a["zip"])]
        if a["state"]:
            return [*out, ("ADDRESS", a["city"]), sep + a["state"] + sep, ("ZIP", a["zip"])]
        return [*out, ("ADDRESS", a["city"]), sep, ("ZIP", a["zip"])]

    # ---- identifiers
    def mrn_value(self) -> str:
        r = self.r
        if self.cc == "US":
            return r.choice((f"{r.randrange(10**7, 10**8)}", f"00{r.randrange(10**6, 10**7)}",
                             f"E{r.randrange(10**6, 10**7)}", f"{r.randrange(10**8, 10**9)}"))
        if self.cc == "UK":
            return r.choice((f"RBA{r.randrange(10**6, 10**7)}", f"K{r.randrange(10**5, 10**6)}",
                             f"{r.randrange(10**6, 10**7)}", f"H{r.randrange(10**6, 10**7)}X"))
        if self.cc == "CA":
            return r.choice((f"M{r.randrange(10**6, 10**7)}", f"{r.randrange(10**7, 10**8)}"))
        if self.cc == "AU":
            return r.choice((f"{r.randrange(10**6, 10**7)}", f"0{r.randrange(10**6, 10**7)}"))
        return r.choice((f"{r.randrange(10**5, 10**6)}", f"0{r.randrange(10**6, 10**7)}"))

    def mrn_label(self) -> str:
        return self.r.choice({"US": ("MRN: ", "MRN ", "MR# ", "Med Rec #: "),
                              "UK": ("Hosp No: ", "Hospital no. ", "MRN: ", "Unit No. "),
                              "CA": ("MRN: ", "Chart #: ", "MRN "),
                              "AU": ("UR: ", "URN ", "UR No. ", "MRN: "),
                              "IE": ("MRN: ", "Hosp. No. ", "MRN ")}[self.cc])

    def num(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def health_id(self) -> list[Part]:
        r = self.r
        if self.cc == "US":
            return ["Medicare MBI ", ("ID", f"{r.randint(1, 9)}EG{r.randint(1, 9)}-TE{r.randint(1, 9)}-MK{r.randint(10, 99)}")]
        if self.cc == "UK":
            while True:
                ds = [r.randrange(10) for _ in range(9)]
                chk = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
                if chk == 11:
                    chk = 0
                if chk != 10:
                    break
            s = "".join(map(str, ds)) + str(chk)
            return [r.choice(("NHS No: ", "NHS number ", "NHS: ")),
                    ("ID", r.choice((f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}")))]
        if self.cc == "CA":
            s = self.num(10)
            return [r.choice(("OHIP ", "Health card # ", "HCN: ")),
                    ("ID", r.choice((f"{s[:4]}-{s[4:7]}-{s[7:]}-{r.choice('ABKMPT')}{r.choice('ABKMPT')}", f"{s[:4]} {s[4:7]} {s[7:]}")))]
        if self.cc == "AU":
            s = "2" + self.num(9)
            return [r.choice(("Medicare ", "Medicare No. ", "MCN: ")),
                    ("ID", r.choice((f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]} {s[4:9]} {s[9]}-{r.randint(1, 5)}")))]
        s = self.num(7) + r.choice(("TA", "WA", "HA", "A", "B"))
        return [r.choice(("PPSN ", "PPS No. ", "PPSN: ")), ("ID", s)]

    def acc(self, prefix: str) -> Part:
        y = self.base.year % 100
        return ("ID", self.r.choice((f"{prefix}{y}-{self.num(6)}", f"{prefix}{y}{self.num(7)}",
                                     f"{prefix}-{y}-{self.num(5)}")))

    def ssn(self) -> list[Part]:
        r = self.r
        s = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{self.num(4)}"
        return r.choice((["SSN ", ("SSN", s)], ["SSN: XXX-XX-", ("SSN", s[-4:])],
                         ["SS# ", ("SSN", s.replace("-", ""))], ["SSN (last 4) ", ("SSN", s[-4:])],
                         ["social ending in ", ("SSN", s[-4:])], ["SSN ***-**-", ("SSN", s[-4:])]))

    def email(self, p: Person) -> Part:
        dom = {"US": ("gmail.com", "yahoo.com", "outlook.com", "comcast.net"),
               "UK": ("btinternet.com", "gmail.com", "hotmail.co.uk", "nhs.net"),
               "CA": ("rogers.com", "gmail.com", "shaw.ca", "sympatico.ca"),
               "AU": ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au"),
               "IE": ("eircom.net", "gmail.com", "hotmail.com", "hse.ie")}[self.cc]
        local = self.r.choice((f"{p.first}.{p.last}", f"{p.first[0]}{p.last}{self.r.randint(1, 99)}",
                               f"{p.last}{p.first[0]}", f"{p.first}_{self.r.randint(60, 99)}"))
        local = "".join(ch for ch in local.lower() if ch.isalnum() or ch in "._")
        return ("EMAIL", f"{local}@{self.r.choice(dom)}")

    # ---- clinical values
    def drug(self) -> Part:
        return ("C", self.r.choice(_DRUGS))

    def time(self) -> Part:
        h = self.r.randint(0, 23) if self.r.random() < 0.25 else self.r.randint(7, 19)
        m = self.r.choice((0, 5, 10, 12, 15, 20, 27, 30, 40, 45, 50, 55))
        return ("C", self.r.choice((f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}{m:02d}h")))

    def vitals(self) -> list[Part]:
        r = self.r
        return ["BP ", ("C", f"{r.randint(92, 178)}/{r.randint(52, 98)}"), ", HR ",
                ("C", str(r.randint(52, 124))), ", RR ", ("C", str(r.randint(12, 28))),
                ", SpO2 ", ("C", f"{r.randint(88, 100)}%"), r.choice((" RA", " on 2L NC", " on air")),
                ", T ", ("C", f"{r.choice((36.4, 36.8, 37.2, 37.9, 38.4, 38.9))}")]

    def lab(self) -> list[Part]:
        r = self.r
        name, lo, hi, dp, unit = r.choice((
            ("Hb", 68, 152, 0, " g/L"), ("Na", 124, 146, 0, ""), ("K", 2.9, 6.4, 1, ""),
            ("creatinine", 58, 412, 0, " umol/L"), ("eGFR", 9, 88, 0, ""), ("CRP", 3, 286, 0, ""),
            ("WCC", 2.1, 24.8, 1, ""), ("INR", 0.9, 5.6, 1, ""), ("lactate", 0.8, 6.1, 1, ""),
            ("troponin I", 4, 1840, 0, " ng/L"), ("HbA1c", 41, 108, 0, " mmol/mol"),
            ("BNP", 40, 2900, 0, ""), ("albumin", 18, 44, 0, " g/L"), ("Mg", 0.5, 1.1, 2, "")))
        v = round(r.uniform(lo, hi), dp)
        return [name + " ", ("C", f"{v:g}{unit}" if dp else f"{int(v)}{unit}")]


# ---------------------------------------------------------------- emit helpers
def _emit(b: NoteBuilder, parts: Iterable[Part]) -> None:
    for part in parts:
        if isinstance(part, str):
            b.t(part)
        elif isinstance(part, list):
            _emit(b, part)
        else:
            kind, text = part
            if kind == "C":
                b.c(text)
            else:
                assert kind in PHI_TYPES, kind
                b.p(kind, text)


def C(text: str) -> Part:
    return ("C", text)


def _hm(minutes: int) -> str:
    h, m = divmod(minutes % (24 * 60), 60)
    return f"{h:02d}:{m:02d}" if h % 2 else f"{h:02d}{m:02d}"


def _ip(r: random.Random) -> str:
    first = r.choice((10, 172, 192))
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _room_url(r: random.Random) -> str:
    host = r.choice(("nbt", "ruh", "ouh", "hse"))
    return f"https://vc.{host}-health.org/room/{r.randrange(10**5, 10**6)}"


def _portal_url(r: random.Random) -> str:
    host = r.choice(("stlukes", "mercyhealth", "unitypoint"))
    return f"https://mychart.{host}.org/visit?id={r.randrange(10**8, 10**9)}"


# ---------------------------------------------------------------- templates
def _psych(x: Ctx) -> list[Part]:
    sis = x.person("F")
    r = x.r
    return [
        "PSYCHIATRY PROGRESS NOTE - Inpatient Unit 4 West\nPatient: ", x.nm(x.pt, "lastfirst"),
        "   ", x.mrn_label(), ("ID", x.pt_mrn), "   DOB: ", x.dob_part(), "\nHospital day ",
        C(str(r.randint(3, 21))), ". Legal status: involuntary hold initiated ", x.d(-4),
        ", converted to voluntary on ", x.d(-1, "m/d"), " (yesterday).\n\nS: Pt states \"I slept ",
        "maybe ", C("4 hours"), "\". Denies SI/HI. Reports ongoing AH, less intrusive. Sister ",
        x.nm(sis, "first"), " visited, brought clothes.\nO: Calm, fair eye contact, linear. ",
        "PHQ-9 ", C(str(r.randint(6, 24))), ", GAD-7 ", C(str(r.randint(4, 19))), ". ", x.lab(),
        "; lithium level ", C(f"{r.choice((0.4, 0.6, 0.8, 1.1))} mmol/L"), " (12-h trough drawn at ",
        x.time(), ").\nMeds: ", x.drug(), "; ", x.drug(), ".\nCollateral: called sister ",
        x.nm(sis, "full"), " on ", x.ph(True), " (cell) - confirms pt stopped meds around ",
        x.d(-30), ". Outpatient psychiatrist ", x.staff("dr"), " (fax ", x.ph(False), ").\n",
        "SW ", x.nm(x.person(), "full"), " following for housing.\nA/P: ", x.age_phrase(),
        " with schizoaffective d/o, ",
        "improving. Continue current regimen. Tentative d/c ", x.d(3), ".\n-- ", x.staff("dr"), " ",
        x.time(),
    ]


def _onc_letter(x: Ctx) -> list[Part]:
    gp = x.person()
    r = x.r
    rel, sp = x.spouse()
    return [
        "Department of Medical Oncology\nBeacon Wing, Level 2\n\n", x.d(0, "d Month Y"),
        "\n\nDr ", x.nm(gp, "init"), "\n", x.addr(x.addr_values(), "\n"),
        "\n\nDear Dr ", x.nm(gp, "last"), ",\n\nRe: ", x.title(x.pt), x.nm(x.pt, "full"),
        ", DOB ", x.dob_part(), ", ", x.health_id(), ", Hosp no ", ("ID", x.pt_mrn), "\n",
        x.addr(None, ", "), "\n\nDiagnosis: adenocarcinoma of the sigmoid colon, pT3 N1b M0, ",
        "KRAS wild-type.\nTreatment: adjuvant CAPOX, cycle ", C(str(r.randint(2, 7))), " of ",
        C("8"), " (cycle 1 given ", x.d(-84, "d Mon Y"), ").\n\nI reviewed ", x.nm(x.pt, "first"),
        " in clinic today with ", x.his(), f" {rel} ", x.nm(sp, "first"), ". Grade ", C("1"),
        " peripheral neuropathy, ECOG ", C("1"), ". Weight ", C(f"{r.randint(52, 98)} kg"), ". ",
        x.lab(), ", ", x.lab(), ", CEA ", C(f"{r.uniform(0.8, 9):.1f}"), ".\nPlan: proceed with ",
        "capecitabine ", C("1000 mg/m2 BD"), " days 1-14 and oxaliplatin ", C("130 mg/m2"),
        ". CT restaging booked for ", x.d(21), ". Next clinic ", x.d(42, "dth Month Y"),
        ".\n\nYours sincerely,\n\n", x.staff("dr"), "\nConsultant Medical Oncologist\n",
        "Secretary: ", x.ph(False, True), "\ncc: ", x.title(x.pt), x.nm(x.pt, "full"),
        " (patient)",
    ]


def _derm(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "DERMATOLOGY CLINIC - ", x.d(0), "\nName: ", x.nm(x.pt, "lastfirst_m"), "  ",
        x.mrn_label(), ("ID", x.pt_mrn), "  ", x.health_id(), "\nReferred by ", x.staff("dr"),
        " (GP) for changing pigmented lesion L upper back, noticed by partner ",
        x.nm(x.person(), "first"), " around ", x.d(-60, "Month Y"), ".\n",
        "Hx: Fitzpatrick type ", C("II"), ", multiple sunburns, father had melanoma age ",
        C(str(r.randint(55, 75))), ". Works outdoors (council parks).\n",
        "Exam: ", C("9 x 7 mm"), " asymmetric macule, 3 colours, dermoscopy: atypical network, ",
        "regression. Total naevus count ~", C("60"), ".\nProcedure: excision biopsy with ",
        C("2 mm"), " margins under lignocaine ", C("1% with adrenaline 4 mL"), ". Specimen ",
        x.acc("D"), " to histopathology.\nSutures (", C("4/0"), " nylon x ", C("5"),
        ") out in ", C("10-14 days"), " with practice nurse. Results appt ", x.d(14), " at ",
        x.time(), ". Pt mobile ", x.ph(True), ".\n", x.staff("dr"), " / Registrar ",
        x.nm(x.person(), "initials"),
    ]


def _ophtho(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "Ophthalmology Clinic Note\n", x.nm(x.pt, "caps"), " | ", x.health_id(), " | DOB ",
        x.dob_part(), " | Age ", x.age(), "\nVisit date: ", x.d(0), "   Last seen: ", x.d(-120),
        "\nCC: f/u POAG OU. Using drops as directed per pt; daughter ", x.nm(x.person("F"), "full"),
        " instils at night. Tech: ", x.nm(x.person(), "initials"), "\nVA (cc): OD ", C("6/9"), ", OS ", C("6/12"), "  IOP (GAT): OD ",
        C(f"{r.randint(12, 28)} mmHg"), ", OS ", C(f"{r.randint(12, 28)} mmHg"), " at ", x.time(),
        "\nCCT ", C("532 um"), " / ", C("540 um"), ". C/D ", C("0.7"), " OD, ", C("0.6"), " OS.\n",
        "OCT RNFL: inferior thinning OD, stable vs ", x.d(-365), ". HVF 24-2: MD ", C("-4.2 dB"),
        ".\nMeds: ", x.drug(), "; timolol ", C("0.5%"), " BID OD.\nPlan: SLT OD booked ",
        x.d(28), ". RTC ", C("3 months"), ". Clinic line ", x.ph(False, True), ".\n", x.staff("dr"),
    ]


def _ent(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "ENT Outpatients\n\nDictated: ", x.d(0), "   Typed: ", x.d(2), "\n\nDear Dr ",
        x.nm(x.person(), "last"), "\n\nRE: ", x.nm(x.pt, "full"), " - ", x.dob_part(), " - MRN ",
        ("ID", x.pt_mrn), "\n", x.addr(None, ", "), "\n\nThank you for referring this ",
        x.age_phrase(), " with a ", C("6-week"),
        " history of left-sided hoarseness. Smokes ", C("15/day"), ". Flexible nasendoscopy today: ",
        "left vocal cord palsy in paramedian position, no mucosal lesion. Neck: no nodes.\n",
        "Audiogram: bilateral high-frequency SNHL, ", C(f"{r.randint(25, 55)} dB"), " at 4 kHz.\n",
        "I have requested a CT neck-to-diaphragm (request ", x.acc("RAD"), ") and will see ",
        x.title(x.pt), x.nm(x.pt, "last"), " back on ", x.d(14, "dth of Month"),
        " with the result. If voice deteriorates or stridor, attend ED.\n\nKind regards\n\n",
        x.staff("dr"), ", Consultant ENT Surgeon\nTel ", x.ph(False), "  Email ",
        x.email(x.person()),
    ]


def _urology(x: Ctx) -> list[Part]:
    r = x.r
    psa = [round(r.uniform(2, 14), 1) for _ in range(4)]
    return [
        "Urology Follow-up  ", x.d(0), "\nPt: ", x.nm(x.pt, "mid"), " (", x.mrn_label(),
        ("ID", x.pt_mrn), ")\nPSA trend: ", x.d(-540, "m/d/y"), " ", C(f"{psa[0]}"), " -> ",
        x.d(-360, "m/d/y"), " ", C(f"{psa[1]}"), " -> ", x.d(-180, "m/d/y"), " ", C(f"{psa[2]}"),
        " -> ", x.d(-7, "m/d/y"), " ", C(f"{psa[3]}"), " ng/mL\nMRI prostate ", x.d(-30),
        ": PI-RADS ", C("4"), " lesion L PZ, volume ", C("48 cc"), ".\nIPSS ",
        C(str(r.randint(8, 26))), ", QoL ", C("4"), ". PVR ", C(f"{r.randint(40, 220)} mL"),
        ". On ", x.drug(), ".\nPlan: transperineal biopsy ", x.d(10, "Mon d"),
        "; hold apixaban ", C("48 h"), " prior. Wife ", x.nm(x.person("F"), "first"),
        " to drive. Confirmation call to home ", x.ph(False), " (h) or w: ", x.ph(False, True),
        ".\n", x.staff("dr"),
    ]


def _dialysis(x: Ctx) -> list[Part]:
    r = x.r
    pre = round(r.uniform(58, 104), 1)
    return [
        "HEMODIALYSIS TREATMENT RECORD\nUnit: Riverside Dialysis   Chair ", C(str(r.randint(1, 24))),
        "   Shift ", C("2"), "\nPatient: ", x.nm(x.pt, "lastfirst"), "   ", x.mrn_label(),
        ("ID", x.pt_mrn), "   Tx date: ", x.d(0, "mm/dd/Y"), "\nPayer: ",
        ["Medicare ESRD  ", x.ssn()] if x.cc == "US" else x.health_id(),
        "\nAccess: L brachiocephalic AVF ",
        "(created ", x.d(-400), "), thrill/bruit present.\nPre wt ", C(f"{pre} kg"),
        "  EDW ", C(f"{pre - 2.1:.1f} kg"), "  UF goal ", C("2.4 L"), "\nPre ", x.vitals(),
        "\nNephrologist: ", x.staff("dr"), "\nRx: ", C("4 h"), ", Qb ", C("400"), ", Qd ", C("600"), ", 2K/2.5Ca bath, heparin ",
        C("2000 units"), " bolus\nMid-tx hypotension at ", x.time(), " - ", C("200 mL"),
        " NS given, UF paused ", C("15 min"), ".\nPost wt ", C(f"{pre - 2.0:.1f} kg"), ", Kt/V ",
        C("1.38"), " (last monthly labs ", x.d(-12), "). ", x.lab(), ".\nTransport: Medicab ",
        x.ph(False), ", driver ", x.nm(x.person(), "first"), ". Daughter (", x.nm(x.person("F"), "lower"),
        ") cell ", x.ph(True), ".\nRN: ", x.staff("rn"), "   PCT: ", x.nm(x.person(), "initials"),
    ]


def _anaes(x: Ctx) -> list[Part]:
    r = x.r
    wt = r.randint(48, 120)
    return [
        "ANAESTHETIC RECORD\nPatient: ", x.nm(x.pt, "full"), "  ", x.health_id(), "  DOB ",
        x.dob_part(), "\nDate: ", x.d(0), "  Theatre ", C("5"), "  Procedure: laparoscopic ",
        "cholecystectomy\nSurgeon: ", x.staff("dr"), "\nAnaesthetist: ", x.staff("dr"), "  ODP: ", x.nm(x.person(), "full"),
        "\nASA ", C(str(r.randint(1, 3))), "  Wt ", C(f"{wt} kg"), "  Mallampati ", C("2"),
        "  Last ate ", x.time(), "\nInduction ", x.time(), ": fentanyl ", C("100 mcg"),
        ", propofol ", C(f"{wt * 2} mg"), ", rocuronium ", C(f"{int(wt * 0.6)} mg"),
        ". Grade ", C("1"), " view, size ", C("7.5"), " ETT at ", C("22 cm"), ".\n",
        "Maintenance sevoflurane MAC ", C("0.9"), ". Dexamethasone ", C("6.6 mg"),
        ", ondansetron ", C("4 mg"), ", paracetamol ", C("1 g"), " IV.\nEBL ", C("<50 mL"),
        ". Reversal sugammadex ", C("200 mg"), ". Extubated ", x.time(), ".\nPACU: ", x.vitals(),
        "\nPostop: ", x.drug(), "\nSigned ", x.nm(x.person(), "initials"), " ", x.d(0, "d/m/y"),
    ]


def _preop(x: Ctx) -> list[Part]:
    r = x.r
    rel = r.choice(("son", "partner", "wife", "husband", "daughter"))
    nok = x.person({"son": "M", "husband": "M", "wife": "F", "daughter": "F"}.get(rel))
    return [
        "Pre-Admission Clinic\n", x.mrn_label(), ("ID", x.pt_mrn), "   ", x.nm(x.pt, "lastfirst"),
        "   D.O.B. ", x.dob_part(), "\nAddress: ", x.addr(), "\nPh: ", x.ph(True), "   NOK: ",
        x.nm(nok, "full"), " (", rel, ") ", x.ph(True),
        "\nSurgery: R total knee replacement, listed for ", x.d(18, "d Mon Y"), " with ",
        x.staff("dr"), ".\nPMHx: T2DM (", C("HbA1c 58"), "), OSA on CPAP, HTN.\n", x.vitals(),
        ". BMI ", C(f"{r.uniform(24, 41):.1f}"), ". STOP-BANG ", C(str(r.randint(2, 7))), ".\n",
        "Bloods ", x.d(0, "d/m"), ": ", x.lab(), ", ", x.lab(), ". ECG: SR ", C("72"),
        ", QTc ", C("438 ms"), ".\nInstructions: withhold ", x.drug(), " day of surgery; fast from ",
        C("02:00"), ". Bring CPAP. Arrive 0630 at Day Surgery.\nNurse: ", x.staff("rn"),
    ]


def _transfusion(x: Ctx) -> list[Part]:
    r = x.r
    u1 = f"G{x.num(3)} {x.num(3)} {x.num(3)} {x.num(3)} {r.choice('KVFLX')}"
    return [
        "BLOOD TRANSFUSION RECORD\n", x.nm(x.pt, "caps"), "  ", x.health_id(), "  ",
        x.mrn_label(), ("ID", x.pt_mrn), "\nIndication: symptomatic anaemia, ", C("Hb 71 g/L"),
        ". Consent (verbal + leaflet) by ", x.staff("dr"), " on ", x.d(0), ".\nG&S sample ",
        ("ID", f"{x.num(2)}B{x.num(6)}"), " taken ", x.d(-1), " ", x.time(), ". Group ",
        C("O Pos"), ", antibody screen neg.\nUnit 1: ", ("ID", u1), " RCC, started ", x.time(),
        ", rate ", C("120 mL/h"), " x ", C("15 min"), " then ", C("250 mL/h"),
        ".\nPt ", x.age_phrase(), ", ", C(f"{r.randint(45, 95)} kg"), ". Bedside check: ", x.nm(x.person(), "full"), ", RN and ", x.nm(x.person(), "full"),
        ", RN.\nObs 15 min: ", x.vitals(), "\nNo reaction. Post Hb ", C("86 g/L"), " on ",
        x.d(1, "d/m"), ".",
    ]


def _ipc(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "INFECTION PREVENTION & CONTROL ALERT\nDate: ", x.d(0), "   Ward 7B, Room ",
        C(str(r.randint(1, 30))), "\nPatient: ", x.nm(x.pt, "lastfirst"), " (", x.mrn_label().strip(),
        " ", ("ID", x.pt_mrn), ")\nOrganism: MRSA from nares swab ", x.acc("M"), " collected ",
        x.d(-2, "Mon d"), "; also C. difficile toxin positive ", x.d(-1), ".\nActions: contact ",
        "precautions, dedicated commode, chlorine clean ", C("1000 ppm"), ". Decolonisation: ",
        "mupirocin ", C("2%"), " nasal TDS x ", C("5 days"), ", chlorhexidine wash.\n",
        "Ward manager ", x.nm(x.person(), "full"), " aware.\nExposed roommates: ", x.nm(x.person(), "lastfirst"), " and ", x.nm(x.person(), "lastfirst"),
        " - screening swabs sent.\nPatient informed; wife ", x.nm(x.person("F"), "first"),
        " given leaflet.\nIPAC: ", x.staff("rn"), " pager ", ("PHONE", x.num(4)),
    ]


def _allied(x: Ctx) -> list[Part]:
    r = x.r
    return [
        r.choice(("Dietetics", "Speech & Language Therapy")), " - Inpatient review ", x.d(0),
        "\n", x.nm(x.pt, "full"), ", ", x.mrn_label(), ("ID", x.pt_mrn), "\nReferred by ",
        x.staff("dr"), " for weight loss and coughing with fluids post-CVA.\n",
        "Wt ", C(f"{r.randint(40, 80)} kg"), " (usual ", C(f"{r.randint(55, 90)} kg"), " in ",
        x.d(-150, "Month Y"), "), MUST ", C("3"), ". Intake ~", C("50%"), " of meals.\n",
        "Bedside swallow: wet voice after ", C("5 mL"), " thin fluids; safe with mildly thick ",
        "(IDDSI ", C("2"), ") and minced & moist (IDDSI ", C("5"), ").\nPlan: Fortisip Compact ",
        C("125 mL BD"), ", weekly weights. Discussed with son ", x.nm(x.person("M"), "nick"),
        " by phone ", x.ph(True), ".\n", x.staff("ahp"),
    ]


def _chaplain(x: Ctx) -> list[Part]:
    (rel, wife), son, dau = x.spouse(), x.person("M"), x.person("F")
    return [
        "Spiritual Care Visit\n", x.d(0), "  ", x.time(), "\nVisited ", x.nm(x.pt, "full"), ", ",
        x.age_phrase(),
        " (Rm ", C(str(x.r.randint(200, 640))), ") at request of RN ", x.nm(x.person(), "first"),
        ". Pt is a member of St. Patrick's Catholic Church. ", rel.capitalize(), " ",
        x.nm(wife, "full"),
        ", son ", x.nm(son, "first"), " and daughter ", x.nm(dau, "full"), " at bedside. ",
        "Family shared memories of their wedding on ", x.d(-365 * 50 - 12, "Month d, Y"),
        ". Grandson ", x.nm(x.person("M"), "first"), " on the way from ",
        ("ADDRESS", x.r.choice(("Denver", "Tacoma", "Fort Wayne", "Sioux Falls"))), ". Pt requested Anointing of the Sick; parish priest Fr. ", x.nm(x.person("M"), "last"),
        " contacted at ", x.ph(False), ". Will follow.\n- ", x.nm(x.person(), "full"),
        ", BCC, Chaplain",
    ]


def _dc_meds(x: Ctx) -> list[Part]:
    return [
        "DISCHARGE MEDICATION LIST\nPatient: ", x.nm(x.pt, "lastfirst_m"), "   DOB: ", x.dob_part(),
        "   Acct#: ", ("ID", x.num(10)), "   ", x.ssn(),
        "\nDischarge date: ", x.d(0), "\nNEW: ", x.drug(),
        "\nCHANGED: ", x.drug(), " (was ", C("20 mg"), ")\nCONTINUE: ", x.drug(), "; ", x.drug(),
        "\nSTOP: ibuprofen 400 mg\nRx sent to Walgreens #", C(x.num(5)), " ", x.ph(False),
        "\nPrescriber: ", x.staff("dr"), " NPI ", ("ID", x.num(10)), "\nFollow-up: PCP ",
        x.staff("dr"), " on ", x.appt(7), " @ ", x.time(), "; labs (BMP) in ", C("1 week"),
        ".\nQuestions: call ", x.ph(False, True),
    ]


def _lab_comment(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "LAB RESULT COMMENT\nAccession ", x.acc("C"), "  Collected ", ("DATE", x.day(0).isoformat() + f"T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
        "\nPatient ", x.nm(x.pt, "lastfirst"), "  ", x.mrn_label(), ("ID", x.pt_mrn), "\n",
        "CRITICAL: potassium ", C(f"{r.uniform(6.1, 7.2):.1f} mmol/L"), " (non-haemolysed). ",
        "Called to ", x.nm(x.person(), "full"), " RN on ", x.d(0, "m/d" if x.cc == "US" else "d/m"),
        " at ", x.time(), ", read back confirmed. Previous ", C("4.9"), " on ", x.d(-3),
        ".\nAdditional: ", x.lab(), "; ", x.lab(), ". Ordering: ", x.staff("dr"),
        ".\nVerified by ", x.nm(x.person(), "initials"),
        ", MLS  ext ", ("PHONE", x.num(4)),
    ]


def _rad_addendum(x: Ctx) -> list[Part]:
    return [
        "ADDENDUM (", x.d(1), "): After review of outside images from Mercy Regional dated ",
        x.d(-400), ", the ", C("9 mm"), " RUL nodule is unchanged (previously ", C("9 mm"),
        "). Fleischner: no further follow-up required. Discussed with ", x.staff("dr"),
        " by phone at ", x.time(), ".\n\nORIGINAL REPORT\nExam: CT chest w/o contrast  Acc# ",
        x.acc("CT"), "\nPatient: ", x.nm(x.pt, "caps"), "  ", x.mrn_label(), ("ID", x.pt_mrn),
        "  DOB ", x.dob_part(), "\nDate of service: ", x.d(0), "\nComparison: none available.\n",
        "Findings: ", C("9 mm"), " solid nodule RUL (series 3, image ", C("58"), "). Emphysema. ",
        "No effusion.\nImpression: indeterminate nodule; recommend comparison with priors.\n",
        "Referring: ", x.staff("dr"), "  Transcribed: ", x.nm(x.person(), "initials"),
        "\nElectronically signed: ", x.staff("dr"), " ", x.d(0, "m/d/Y"), " ", x.time(),
    ]


def _incident(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "RiskMan Incident ", ("ID", f"{x.num(6)}"), "  Reported ", x.d(0, "dd/mm/Y"), " ", x.time(),
        "\nType: Fall - unwitnessed   Severity: SAC ", C("3"), "\nPerson affected: ",
        x.nm(x.pt, "full"), " (", x.mrn_label().strip(), " ", ("ID", x.pt_mrn), "), ", x.age_phrase(), "\nDescription: Patient found on floor beside bed ", C("14"), " at ", x.time(),
        " by AIN ", x.nm(x.person(), "first"), ". States was going to toilet. Bed alarm not on. ",
        "Reported from workstation ", ("IP", _ip(x.r)), ". Neuro obs GCS ", C("15"), ", ", x.vitals(), ". Small skin tear L forearm.\n",
        "Reviewed by ", x.staff("dr"), ". CT brain NAD. Next of kin ", x.nm(x.person(), "full"),
        " notified by ", x.nm(x.person(), "full"), " (NUM) on ", x.ph(True), ".\n",
        "Morse falls score ", C(str(r.choice((45, 55, 65, 75)))), ".",
    ]


def _frailty_mdt(x: Ctx) -> list[Part]:
    out: list[Part] = ["FRAILTY MDT - ", x.d(0), "\nPresent: ", x.staff("dr"), "; ",
                       x.nm(x.person(), "full"), " (OT); ", x.nm(x.person(), "full"), " (PT); ",
                       x.nm(x.person(), "full"), " (SW)\n\n"]
    for i in range(3):
        y = Ctx(random.Random(x.r.random()), x.cc, None, _OLD, 0.35) if i else x
        out += [C(str(i + 1)), ". ", x.nm(y.pt, "lastfirst"), " ", x.age(y.age_n), "y ",
                x.mrn_label(), ("ID", y.pt_mrn), " - CFS ", C(str(x.r.randint(4, 8))),
                ". Barthel ", C(f"{x.r.randint(20, 95)}/100"), ". Plan: ",
                x.r.choice(("home with POC x4/day", "interim bed", "NH assessment")),
                "; family mtg with ", x.nm(x.person(), "full"), " ", x.d(x.r.randint(1, 5), "d/m"),
                ".\n"]
    return out


def _booking(x: Ctx) -> list[Part]:
    return [
        "Booking office notes - ", x.nm(x.pt, "lastfirst"), " ", x.health_id(), "\n",
        x.d(-6, "d/m/y"), " rang pt on ", x.ph(True), " - no answer, VM left.\n",
        x.d(-5, "d/m/y"), " rang home ", x.ph(False), " - spoke to husband ",
        x.nm(x.person("M"), "first"), ", pt on holiday until ", x.d(4, "dth of Month"), ".\n",
        x.d(-2, "d/m/y"), " appt letter posted to ", x.addr(), " for ", x.d(12, "d Month Y"),
        " 10:20 with ", x.staff("dr"), ".\n", x.d(0, "d/m/y"), " pt emailed from ",
        x.email(x.pt), " to confirm. - ", x.nm(x.person(), "initials"),
    ]


def _triage(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "REFERRAL TRIAGE - Nephrology\nReceived: ", x.d(-3), "  from ", x.staff("dr"),
        " (fax ", x.ph(False), ")\nPatient: ", x.nm(x.pt, "full"), ", ", x.health_id(),
        ", DOB ", x.dob_part(), "\nReason: eGFR decline ", C(f"{r.randint(45, 60)}"), " -> ",
        C(f"{r.randint(18, 35)}"), " over ", C("9 months"), "; uACR ", C(f"{r.randint(30, 300)} mg/mmol"),
        ".\nTriage: Priority ", C("2"), " (within 4 weeks). Request renal US, repeat UACR.\n",
        "Appointment: ", x.appt(20), " 1330, Dr ", x.nm(x.person(), "last"),
        ". Letter to pt at ", x.addr(), ".\nTriaged by ", x.staff("dr"), " ", x.d(0),
    ]


def _consent(x: Ctx) -> list[Part]:
    interp = x.person()
    return [
        "INFORMED CONSENT FOR PROCEDURE\nPatient name: ", x.nm(x.pt, "full"), "   ",
        x.mrn_label(), ("ID", x.pt_mrn), "   Date: ", x.d(0), "\nProcedure: CT-guided biopsy of ",
        "left adrenal mass. Sedation: midazolam up to ", C("2 mg"), ", fentanyl up to ",
        C("100 mcg"), ".\nRisks discussed incl. bleeding (~", C("1-2%"), "), pneumothorax, ",
        "infection, non-diagnostic sample.\nInterpreter used: ", x.nm(interp, "full"), ", ID ",
        ("ID", f"{x.num(5)}"), " (Spanish, by video).\nPatient signature: ", x.nm(x.pt, "full"),
        "   Time ", x.time(), "\nWitness: ", x.nm(x.person(), "full"), ", RN\nPhysician: ",
        x.staff("dr"),
    ]


def _occ_health(x: Ctx) -> list[Part]:
    return [
        "Occupational Health - Management Referral Report\nEmployee: ", x.nm(x.pt, "full"),
        "   Payroll no. ", ("ID", f"{x.num(8)}"), "   DOB ", x.dob_part(), "\nManager: ",
        x.nm(x.person(), "full"), "   Dept: Estates & Facilities\nSeen: ", x.d(0),
        " (video: ", ("URL", _room_url(x.r)), "; phone back-up ", x.ph(True), ")\nAbsent since ", x.d(-35, "dth Month Y"),
        " with low back pain. Now improving, pain ", C("4/10"), ", walking ", C("30 min"),
        ". On ", x.drug(), ".\nOpinion: fit for phased return from ", x.d(7),
        " - ", C("4 h/day"), " for ", C("2 weeks"), ", no lifting > ", C("10 kg"), ".\n",
        "Review ", x.d(28, "d/m/Y"), ". Copy to HR (", x.nm(x.person(), "full"), ").\n", x.staff("rn"), ", OH Advisor",
    ]


def _sexual_health(x: Ctx) -> list[Part]:
    return [
        "Sexual Health Clinic - Clinic No. ", ("ID", f"SH{x.num(6)}"), "\nSeen ", x.d(0),
        " by ", x.staff("rn"), ". Name on file: ", x.nm(x.pt, "first"), " (prefers SMS to ",
        x.ph(True), ")\nAttends after partner notification: contact of chlamydia. Last UPSI ",
        x.d(-9, "d/m"), ". ", C("2"), " partners in ", C("3 months"), ".\nTests: NAAT ",
        x.acc("NG"), ", HIV/syphilis serology. Treated: doxycycline ", C("100 mg BD x 7 days"),
        ".\nPN: partner ", x.nm(x.person(), "first"), " (contactable via this pt), ",
        "provider referral declined. Health adviser: ", x.nm(x.person(), "first"),
        ".\nResults by SMS ", C("7-10 days"), ".",
    ]


def _postnatal(x: Ctx) -> list[Part]:
    r = x.r
    pt = x.pt
    pt.sex = "F"
    baby = x.person()
    baby.last = pt.last
    return [
        "Postnatal Ward - Day ", C("2"), " review ", x.d(0), "\nMother: ", x.nm(pt, "full"),
        ", ", x.mrn_label(), ("ID", x.pt_mrn), ", G", C("2"), "P", C("2"), "\nBaby: ",
        x.nm(baby, "full"), ", born ", x.d(-2), " at ", x.time(), " by SVD, ",
        C(f"{r.randint(2600, 4300)} g"), ", Apgars ", C("9"), " and ", C("10"), ".\n",
        "Mother: ", x.vitals(), ". Fundus firm, lochia normal. EBL ", C("350 mL"),
        ". Breastfeeding, latch good. EPDS ", C(str(r.randint(2, 14))), ".\nBaby: wt ",
        C(f"-{r.randint(3, 9)}%"), ", SBR ", C(f"{r.randint(120, 260)} umol/L"),
        ", heel prick booked ", x.d(3, "d/m"), ".\nPartner ", x.nm(x.person("M"), "full"),
        " present. Public health nurse to visit at ", x.addr(), ". Mob ", x.ph(True), ".\n",
        x.nm(x.person(), "full"), ", RM",
    ]


def _nicu(x: Ctx) -> list[Part]:
    r = x.r
    mom = x.person("F")
    return [
        "NICU Daily Progress Note  ", x.d(0), "\n", r.choice(("Baby Boy ", "Baby Girl ")),
        x.nm(mom, "last"), "   ", x.mrn_label(), ("ID", x.pt_mrn), "   DOL ",
        C(str(r.randint(3, 40))), "\nBorn ", x.d(-r.randint(3, 40)), " at ", C("29+3"),
        " wks, BW ", C(f"{r.randint(900, 1600)} g"), ". CGA ", C("31+1"), ". Current wt ",
        C(f"{r.randint(1000, 1800)} g"), ".\nResp: CPAP ", C("6 cmH2O"), ", FiO2 ",
        C("0.25"), ". Caffeine ", C("5 mg/kg"), " daily.\nFEN: EBM ", C("150 mL/kg/day"),
        " via OGT. Bili ", C("142"), ".\nID: CRP ", C("<5"), ", abx stopped at ", C("48 h"),
        ".\nSocial: mother ", x.nm(mom, "full"), " (", x.ph(True), ") visiting daily; FOB ",
        x.nm(x.person("M"), "full"), ". Eye exam (ROP) ", x.d(7), ".\n", x.staff("dr"),
        ", NNP ", x.nm(x.person(), "initials"),
    ]


def _cga(x: Ctx) -> list[Part]:
    r = x.r
    dau = x.person("F")
    n = r.randint(90, 101)
    return [
        "Comprehensive Geriatric Assessment\n", x.nm(x.pt, "full"), ", ", x.age_phrase(), ", ",
        x.health_id(), " DOB ",
        x.dob_part(), "\nLives alone at ", x.addr(), "; daughter ", x.nm(dau, "full"), " (",
        x.ph(True), ") visits daily. Late ", x.spouse()[0], " ",
        x.nm(x.person(), "first"), " died ",
        x.d(-900, "Month Y"), ". Older sister aged ", ("AGE", str(n)), " in care home.\n",
        "Function: Barthel ", C(f"{r.randint(40, 95)}/100"), ", CFS ", C(str(r.randint(4, 7))),
        ". Cognition: MoCA ", C(f"{r.randint(14, 27)}/30"), ", 4AT ", C(str(r.randint(0, 6))),
        ".\nPolypharmacy (", C(str(r.randint(8, 14))), " meds): stop ", x.drug(), "; continue ",
        x.drug(), ".\nLying/standing BP ", C("148/80"), " -> ", C("122/70"), ".\nPlan: falls clinic ",
        x.d(21), ", memory clinic referral. ", x.staff("dr"), " ", x.d(0),
    ]


def _falls(x: Ctx) -> list[Part]:
    r = x.r
    son = x.person("M")
    return [
        "FALLS RISK ASSESSMENT (community)\nClient: ", x.nm(x.pt, "lastfirst"), "  ",
        x.mrn_label(), ("ID", x.pt_mrn), "  ", x.age_phrase(), "\nHome: ", x.addr(),
        " (2-storey, ", C("14"), " steps, rail one side)\nFalls in last ", C("12 months"), ": ",
        C(str(r.randint(1, 5))), ", last on ", x.d(-9), " (", r.choice(("Sunday", "Friday")), " night).\n",
        "TUG ", C(f"{r.randint(11, 32)} s"), ", Berg ", C(f"{r.randint(20, 50)}/56"),
        ", FES-I ", C(str(r.randint(20, 50))), ". Vision: cataract R.\nMeds: ", x.drug(), ", ",
        x.drug(), ".\nActions: pendant alarm, OT home visit ", x.d(6), ". Son ", x.nm(son, "full"), " (",
        x.age_phrase(r.randint(48, 72), son), ") contact ", x.ph(True), ".\nAssessor: ", x.staff("ahp"),
    ]


def _safeguarding(x: Ctx) -> list[Part]:
    abuser = x.person("M")
    return [
        "SAFEGUARDING ADULTS CONCERN FORM\nAdult at risk: ", x.nm(x.pt, "full"), " (",
        x.age_phrase(), "), DOB ",
        x.dob_part(), ", ", x.health_id(), "\nAddress: ", x.addr(), "\nConcern raised: ",
        x.d(0), " by ", x.staff("rn"), " (ward 12, ", x.ph(False, True), ")\n",
        "Details: on admission ", x.d(-1), " (yesterday) pt had bruising to both upper arms at ",
        "different stages of healing. Pt disclosed grandson ", x.nm(abuser, "full"),
        " \"takes my pension\". Pt has capacity re: this decision (see MCA ", x.d(0, "d/m"), ").\n",
        "Consent to share: yes. Police not informed at pt request. Referral emailed to ",
        x.email(x.person()), " and discussed with SW ", x.nm(x.person(), "full"), " at ", x.time(),
        ".\nSafeguarding lead: ", x.staff("rn"),
    ]


def _mca(x: Ctx) -> list[Part]:
    return [
        "MENTAL CAPACITY ASSESSMENT\nPerson: ", x.nm(x.pt, "full"), ", ", x.age_phrase(), "   ", x.mrn_label(),
        ("ID", x.pt_mrn), "\nDecision: discharge destination (return home vs residential care)\n",
        "Date/time: ", x.d(0), " ", x.time(), "   Assessor: ", x.staff("dr"), "\n",
        "Stage 1: impairment of mind - Alzheimer's dementia (MMSE ", C(f"{x.r.randint(10, 20)}/30"),
        " on ", x.d(-40), ").\nStage 2: unable to retain information beyond ", C("5 minutes"),
        "; unable to weigh risks of falls / self-neglect.\nOutcome: lacks capacity for this decision. ",
        "Best-interests meeting ", x.d(5, "dth of Month"), " with daughter ",
        x.nm(x.person("F"), "full"), " (LPA health & welfare, registered ", x.d(-700), ") and IMCA ",
        "not required.\nContact: ", x.ph(True),
    ]


def _acp(x: Ctx) -> list[Part]:
    proxy = x.person()
    alt = x.person()
    return [
        "Advance Care Planning Note\n", x.nm(x.pt, "full"), " | ", x.mrn_label(), ("ID", x.pt_mrn),
        " | DOB ", x.dob_part(), " | ", x.age_phrase(), "\nDate: ", x.d(0), "\nPresent: patient, ",
        "health care proxy ", x.nm(proxy, "full"), " (", x.ph(True), "), alternate ",
        x.nm(alt, "mid"), " (h: ", x.ph(False), ").\nDiscussion (", C("40 min"),
        "): pt is ", x.age_phrase(),
        ", HFrEF EF ", C("20%"), ", ", C("3"), " admissions since ", x.d(-200, "Month Y"),
        ". Values independence; would not want CPR or intubation.\nPOLST completed: DNR / ",
        "selective treatment / no artificial nutrition. Original to pt; copy scanned. Prior ",
        "MOLST dated ", x.d(-800), " revoked. Palliative SW ", x.nm(x.person(), "full"),
        " to follow.\n", x.staff("dr"),
    ]


def _endoscopy(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "ENDOSCOPY REPORT - Colonoscopy\nPatient: ", x.nm(x.pt, "lastfirst"), "  ",
        x.mrn_label(), ("ID", x.pt_mrn), "  ", x.health_id(), "\nDate: ", x.d(0),
        "  Endoscopist: ", x.staff("dr"), "  Nurses: ", x.nm(x.person(), "initials"), "/",
        x.nm(x.person(), "initials"), "\nIndication: FIT positive (", C(f"{r.randint(20, 400)} ug/g"),
        ") on ", x.d(-40), ".\nSedation: midazolam ", C("2 mg"), ", fentanyl ", C("50 mcg"),
        ". Scope serial ", ("ID", f"{x.num(7)}"), ". Caecal intubation at ", C("9 min"),
        ", withdrawal ", C("11 min"), ". Boston prep ", C("8"), ".\nFindings: ", C("3"),
        " polyps (", C("4-12 mm"), "), cold snare; specimens ", x.acc("H"), ".\nPlan: histology ",
        "letter to pt (", x.nm(x.pt, "first"), " aware); surveillance per BSG 2020. GP: ", x.staff("dr"),
    ]


def _stroke(x: Ctx) -> list[Part]:
    r = x.r
    wt = r.randint(55, 110)
    t0 = r.randint(0, 20 * 60)
    return [
        "CODE STROKE - ED  ", x.d(0), "\n", x.nm(x.pt, "full"), ", ", x.age_phrase(), ", ",
        x.mrn_label(), ("ID", x.pt_mrn), "\nLKW ", C(_hm(t0)), " per ", x.spouse()[0], " ",
        x.nm(x.person(), "first"),
        " (", x.ph(True), "). Arrival ", C(_hm(t0 + 62)), ", CT ", C(_hm(t0 + 81)), ", needle ", C(_hm(t0 + 104)),
        ".\n",
        "NIHSS ", C(str(r.randint(4, 22))), " (L face/arm/leg, neglect). BGL ", C("7.4"), ". ",
        x.vitals(), "\nCT/CTA: no haemorrhage, R M1 occlusion, ASPECTS ", C("9"), ".\n",
        "Tenecteplase ", C(f"{round(wt * 0.25, 1)} mg"), " (", C(f"{wt} kg"), ") given. ",
        "Discussed with ", x.staff("dr"), " (neuro) - for ECR, transferred ", C(_hm(t0 + 150)),
        ".\nED reg: ", x.nm(x.person(), "full"), "; scribe ", x.nm(x.person(), "first"),
    ]


def _anticoag(x: Ctx) -> list[Part]:
    r = x.r
    inr = round(r.uniform(1.4, 4.8), 1)
    return [
        "TELEPHONE ENCOUNTER - Anticoagulation Clinic\n", x.d(0), " ", x.time(), "\nCalled ",
        x.nm(x.pt, r.choice(("full", "first", "lower"))), " at ", x.ph(), " re INR ",
        C(str(inr)), " (drawn ", x.d(-1, "m/d" if x.cc == "US" else "d/m"),
        ", goal ", C("2.0-3.0"), "). Pt identified by name + DOB (", x.dob_part(), "), ",
        x.age_phrase(), ".\n",
        "Reports missed dose on ", r.choice(("Tues", "Friday", "Sunday")), ", started ",
        "amoxicillin ", C("500 mg TID"), " from urgent care ", x.d(-4), ".\nPlan: warfarin ",
        C("5 mg"), " daily except ", C("2.5 mg"), " Mon/Fri (weekly ", C("30 mg"), "). Recheck ",
        x.d(7), ". Left message for spouse ", x.nm(x.person(), "full"), " as well.\n",
        x.staff("rn"), ", Anticoag RN  ", x.ssn(),
    ]


def _rheum(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "Rheumatology Clinic\n", x.d(0, "Month d, Y"), "\n\nDr ", x.nm(x.person(), "mid"), "\n",
        x.addr(x.addr_values(), "\n"), "\n\nRe: ", x.nm(x.pt, "full"), ", DOB ", x.dob_part(),
        ", ", x.health_id(), "\n\n", x.title(x.pt), x.nm(x.pt, "last"), " was seen for ",
        "seropositive RA (RF ", C("112"), ", anti-CCP ", C(">340"), "). DAS28-CRP ",
        C(f"{r.uniform(2.1, 5.8):.2f}"), ", ", C(str(r.randint(2, 12))), " tender / ",
        C(str(r.randint(1, 8))), " swollen joints. ", x.lab(), ", ALT ", C(str(r.randint(14, 80))),
        ".\nOn ", x.drug(), " since ", x.d(-300, "Month Y"), ". Will add hydroxychloroquine ",
        C("200 mg BID"), "; baseline eye exam requested. Follow up on ", x.d(90),
        ".\n\nSincerely,\n", x.staff("dr"), "\nPh ", x.ph(False, True), "  Fax ", x.ph(False),
    ]


def _portal(x: Ctx) -> list[Part]:
    p = x.pt
    doc = x.person()
    nurse = x.person()
    return [
        "MyChart message  From: ", x.nm(p, "full"), "  Sent: ", x.d(0), " ", x.time(),
        "\nSubject: sugars\n\nhi dr ", ("NAME", doc.last.lower()),
        " my sugars been ", C("280-310"), " since last thursday even with the lantus at ",
        C("30 units"), ". i think the new meter is off. my ", x.spouse()[0], " ",
        x.nm(x.person(), "first"),
        " says i should go to urgent care?? you can call me at ", x.ph(True),
        " anytime after 3. thanks ", ("NAME", p.first.lower()),
        "\n\nReply from ", x.nm(nurse, "full"), ", RN  ", x.d(0, "m/d"), " ", x.time(),
        ":\nHi ", x.nm(p, "first"), ", please increase glargine to ", C("34 units"),
        " nightly and check fasting sugars. Dr. ", x.nm(doc, "last"), " reviewed your A1c of ",
        C("10.2%"), " from ", x.d(-20), ". Appointment held for ", x.appt(3),
        " at 9:40 (video link: ", ("URL", _portal_url(x.r)), "). If sugar > ", C("400"),
        " or vomiting, go to the ED.",
    ]


def _virtual_ward(x: Ctx) -> list[Part]:
    r = x.r
    return [
        "Virtual Ward (Hospital at Home) - Day ", C(str(r.randint(1, 10))), " review\n",
        x.nm(x.pt, "lastfirst"), "  ", x.health_id(), "  ", x.addr(), "\nDate: ", x.d(0),
        "  Clinician: ", x.staff("dr"), " (video)\nRemote obs (Doccla) since ", x.d(-1, "d/m"),
        ": ", x.vitals(), "; NEWS2 ", C(str(r.randint(0, 6))), ".\nIV ", C(r.choice(("ceftriaxone 2 g OD", "teicoplanin 400 mg OD",
                                         "furosemide 80 mg BD", "meropenem 1 g TDS"))),
        " via OPAT nurse ", x.nm(x.person(), "first"), " at ", x.time(), ". ", x.lab(), ".\n",
        "Carer ", x.nm(x.person(), "full"), " (", x.ph(True), ") present. Key safe code held by ",
        "team.\nPlan: step down to oral on ", x.d(2), "; discharge from VW ", x.d(4, "dth Month Y"),
        ". GP: ", x.staff("dr"), ". Out-of-hours: ", x.ph(False, False), ".\nHub serial ", ("ID", f"DH-{x.num(8)}"),
        " last synced from ", ("IP", _ip(x.r)), " at ", x.time(), ".",
    ]


@dataclass(frozen=True)
class _Tpl:
    fn: Callable[[Ctx], list[Part]]
    countries: tuple[str, ...]
    sex: str | None = None
    ages: tuple[int, int] = (19, 89)
    p90: float = 0.08



_ALL = ("US", "UK", "CA", "AU", "IE")
_OLD = (66, 89)
_TEMPLATES: tuple[_Tpl, ...] = (
    _Tpl(_psych, ("US", "CA"), None, (18, 74), 0.0),
    _Tpl(_onc_letter, ("UK", "IE"), None, (38, 88)),
    _Tpl(_derm, ("AU", "UK")),
    _Tpl(_ophtho, ("CA", "AU", "IE"), None, _OLD, 0.25),
    _Tpl(_ent, ("IE", "UK")),
    _Tpl(_urology, ("US",), "M", (52, 89), 0.1),
    _Tpl(_dialysis, ("US", "CA"), None, (30, 89), 0.1),
    _Tpl(_anaes, ("UK", "AU", "IE")),
    _Tpl(_preop, ("AU", "CA"), None, (45, 89), 0.05),
    _Tpl(_transfusion, ("UK",), None, (30, 89), 0.2),
    _Tpl(_ipc, _ALL, None, (19, 89), 0.15),
    _Tpl(_allied, ("IE", "UK", "AU"), None, _OLD, 0.3),
    _Tpl(_chaplain, ("US",), None, _OLD, 0.35),
    _Tpl(_dc_meds, ("US",)),
    _Tpl(_lab_comment, _ALL),
    _Tpl(_rad_addendum, ("US", "CA")),
    _Tpl(_incident, ("AU",), None, _OLD, 0.35),
    _Tpl(_frailty_mdt, ("UK", "IE"), None, _OLD, 0.35),
    _Tpl(_booking, ("UK",)),
    _Tpl(_triage, ("CA", "AU")),
    _Tpl(_consent, ("US",)),
    _Tpl(_occ_health, ("UK", "IE"), None, (22, 66), 0.0),
    _Tpl(_sexual_health, ("AU", "UK"), None, (18, 48), 0.0),
    _Tpl(_postnatal, ("IE", "UK"), "F", (19, 43), 0.0),
    _Tpl(_nicu, ("US", "CA"), None, (0, 0), 0.0),
    _Tpl(_cga, ("UK", "IE", "AU"), None, (74, 89), 0.4),
    _Tpl(_falls, ("AU", "CA"), None, _OLD, 0.35),
    _Tpl(_safeguarding, ("UK",), None, _OLD, 0.3),
    _Tpl(_mca, ("UK",), None, _OLD, 0.35),
    _Tpl(_acp, ("US", "CA"), None, _OLD, 0.4),
    _Tpl(_endoscopy, ("UK", "IE"), None, (40, 85)),
    _Tpl(_stroke, ("AU", "US"), None, (45, 89), 0.15),
    _Tpl(_anticoag, ("US",), None, _OLD, 0.25),
    _Tpl(_rheum, ("CA", "US")),
    _Tpl(_portal, ("US",)),
    _Tpl(_virtual_ward, ("UK",), None, _OLD, 0.3),
)


def _patient(x: Ctx) -> dict[str, Any]:
    p, a = x.pt, x.pt_addr
    addr: dict[str, Any] = {"line": [a["line"]], "city": a["city"], "postalCode": a["zip"],
                            "country": x.cc}
    if a.get("state"):
        addr["state"] = a["state"]
    return {
        "resourceType": "Patient",
        "id": f"v16-{x.pt_mrn}",
        "identifier": [{"type": {"text": "MRN"}, "value": x.pt_mrn}],
        "name": [{"use": "official", "family": p.last, "given": [p.first, p.middle]}],
        "telecom": [{"system": "phone", "value": x.pt_phone}],
        "gender": "male" if p.sex == "M" else "female",
        "birthDate": x.dob.isoformat(),
        "address": [addr],
    }


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, deterministic: the same ``n`` gives the same notes."""
    notes: list[Note] = []
    for i in range(n):
        tpl = _TEMPLATES[i % len(_TEMPLATES)]
        rng = random.Random(_SEED * 1_000 + i)
        x = Ctx(rng, rng.choice(tpl.countries), tpl.sex, tpl.ages, tpl.p90)
        b = NoteBuilder()
        _emit(b, tpl.fn(x))
        notes.append(b.build(_patient(x)))
    return notes
