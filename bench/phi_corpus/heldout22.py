"""HELD-OUT v22 PHI corpus: written before any round-22 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v21 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. Templates, cycled in order (see ``TEMPLATES``):
ED headache notes (HPI / ROS / exam / MDM), hospitalist pneumonia H&Ps, AKI progress notes
with "on 3/4 (yesterday)" creatinine trends, hip-fracture discharge summaries with a follow-up
table, lower-case day-shift nursing notes, refill telephone encounters ("cell", "h:", "w:",
extensions), colonoscopy-prep portal messages, home-health start-of-care notes (masked or full
SSN), CT abdomen reports with comparisons, thoracentesis procedure notes, postpartum day-1
notes, 4-year well-child visits, pulmonology consults, pharmacy vancomycin-dosing notes (US);
GP letters to cardiology ("review 6/12"), A&E head-injury notes ("from" a town), lower-case
board-round entries ("Cath lab", "AMU"), heart-failure specialist-nurse home visits, memory-clinic
letters, TTO discharge letters (UK); COPD clinic notes (OHIP), fracture-clinic notes (Canada);
short-stay-unit discharges (Medicare / URN), community palliative-care notes (Australia);
midwife LMC transfer-of-care notes (NHI) (New Zealand); stroke-unit discharge letters (Eircode)
(Ireland); paediatric ward notes (13-digit ID) (South Africa); polyclinic diabetes reviews
(NRIC, HDB block) (Singapore); nephrology OPD notes (UHID / Aadhaar, PIN code) (India); and
critical-lab comments (email), radiology addenda (accession numbers), skin-excision pathology
(specimen numbers), lung MDT outcome lists (several patients), safeguarding / capacity notes,
advance-care-planning notes (document URL) and incident reports (workstation IP) for mixed
countries. Most notes end with a signature / cc / cosign line. Names: Faker en_US, en_GB,
en_CA, en_AU, en_NZ, en_IE, en_IN and zu_ZA (sex-consistent) plus curated Singapore Chinese /
Malay / Tamil, Afrikaans and Maori names, in many forms ("First Last", "First M. Last", "LAST,
First", "Last, First M", "F. Last", surname alone after a title, first name alone, lower-case
typed names, nicknames in quotes, hyphenated surnames, staff initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country is not
PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP. DATE: anything more specific than a
year, in 15+ formats; "on 3/4 (yesterday)" labels only "3/4"; weekdays and "the" stay outside;
a date followed by a separate time labels only the date; an ISO date-time is one span. UK
follow-up shorthand ("review 6/12", "TTO 7/7", "3/52") is a duration, not a date (recorded as
a clinical value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside the
span); labels such as "cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits
of a masked / "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / CSN / account / encounter
numbers, NHS / OHIP / Medicare / NHI / SA ID / NRIC / UHID / Aadhaar / MBI numbers, accession /
specimen numbers, incident numbers, device serials, licence plates. AGE: ages >= 90 only,
number part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations,
years alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit names
("Cath lab", "Ward 12", "AMU", "4 West", "Endoscopy") and facility / employer / insurer /
pharmacy names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are
absolute (seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its
misses and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 22_2207
_MARK = re.compile("\x01([A-Z]+)\x02(.*?)\x03", re.DOTALL)

LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE", "en_IN", "zu_ZA")

CURATED: dict[str, list[tuple[str, str, str]]] = {
    "SG": [
        ("Wei Ling", "Tan", "F"),
        ("Jun Hao", "Lim", "M"),
        ("Siti Nur", "Binte Rahman", "F"),
        ("Muhammad Faiz", "Bin Ismail", "M"),
        ("Kavitha", "Subramaniam", "F"),
        ("Rajesh", "Pillai", "M"),
        ("Mei Xin", "Goh", "F"),
        ("Kok Leong", "Ong", "M"),
        ("Nurul Huda", "Abdullah", "F"),
        ("Boon Heng", "Chua", "M"),
    ],
    "ZA": [
        ("Johanna", "van der Merwe", "F"),
        ("Pieter", "Botha", "M"),
        ("Thandeka", "Dlamini", "F"),
        ("Sipho", "Nkosi", "M"),
        ("Annelie", "Pretorius", "F"),
        ("Riaan", "du Plessis", "M"),
        ("Nomvula", "Khumalo", "F"),
        ("Fatima", "Isaacs", "F"),
    ],
    "NZ": [
        ("Aroha", "Ngata", "F"),
        ("Wiremu", "Tipene", "M"),
        ("Mere", "Parata", "F"),
        ("Hemi", "Walker", "M"),
        ("Kiri", "Te Awa", "F"),
        ("Tama", "Horomona", "M"),
    ],
}

STREETS: dict[str, list[str]] = {
    "US": [
        "4417 Maple Ridge Dr",
        "118 W Elm St Apt 3B",
        "2290 Cottonwood Lane",
        "87 Harbor View Rd",
        "1502 N Lincoln Ave, Unit 12",
        "63 Birchwood Ct",
        "930 Old Mill Road Apt 210",
        "7 Chestnut Hill Pl",
        "3318 SE Division St #4",
        "245 Prospect Ave",
    ],
    "UK": [
        "14 Tennyson Road",
        "Flat 2, 37 Albert Street",
        "9 Meadow Close",
        "112 Church Lane",
        "Flat 5B, Wesley Court, 21 Park Road",
        "3 The Paddocks",
        "58 Victoria Avenue",
        "27 Orchard Way",
    ],
    "CA": [
        "1187 Dufferin St Apt 904",
        "42 Rue des Érables",
        "318 Maple Grove Cres",
        "77 Lakeshore Blvd W, Unit 1503",
        "2260 Oak Bay Ave",
    ],
    "AU": [
        "16 Banksia Street",
        "Unit 4/27 Wattle Avenue",
        "88 Kurrajong Road",
        "3/11 Ocean Parade",
        "52 Jacaranda Drive",
    ],
    "NZ": ["21 Kowhai Street", "Flat 2, 9 Rimu Road", "148 Great South Road", "6 Totara Place"],
    "IE": ["12 Ashgrove Park", "Apt 7, Liffey Court", "4 Main Street", "31 St Brigid's Road"],
    "ZA": [
        "17 Protea Street",
        "Unit 9, Jacaranda Mews, 44 Church Street",
        "223 Voortrekker Road",
        "8 Mandela Drive",
    ],
    "SG": [
        "Blk 512 Bedok North Ave 3 #08-214",
        "Blk 27 Jurong East St 21 #03-115",
        "Blk 403 Ang Mo Kio Ave 10 #11-1342",
        "Blk 119 Tampines St 11 #05-87",
    ],
    "IN": [
        "Flat 302, Sai Residency, 14th Cross",
        "No. 27, 2nd Main Road, Indiranagar",
        "H.No. 8-3-167, Ameerpet",
        "B-14, Sector 22",
    ],
}
TOWNS: dict[str, list[tuple[str, str, str]]] = {  # (town, region-not-PHI, postcode)
    "US": [
        ("Dayton", "OH", "45406"),
        ("Tacoma", "WA", "98405"),
        ("Lancaster", "PA", "17602"),
        ("Fresno", "CA", "93722"),
        ("Knoxville", "TN", "37917"),
        ("Springfield", "MO", "65804"),
        ("Eugene", "OR", "97402"),
        ("Worcester", "MA", "01604"),
    ],
    "UK": [
        ("Wolverhampton", "", "WV3 9QT"),
        ("Chesterfield", "", "S41 7LB"),
        ("Harrogate", "", "HG1 4RJ"),
        ("Basingstoke", "", "RG21 7HP"),
        ("Llanelli", "", "SA15 2DX"),
        ("Kettering", "", "NN16 8BN"),
        ("Stockport", "", "SK4 3AA"),
        ("Paisley", "", "PA2 6SE"),
    ],
    "CA": [
        ("Mississauga", "ON", "L5B 2T4"),
        ("Kelowna", "BC", "V1Y 6H2"),
        ("Laval", "QC", "H7N 3K1"),
        ("Red Deer", "AB", "T4N 1V6"),
        ("Moncton", "NB", "E1C 4B8"),
    ],
    "AU": [
        ("Parramatta", "NSW", "2150"),
        ("Toowoomba", "QLD", "4350"),
        ("Ballarat", "VIC", "3350"),
        ("Joondalup", "WA", "6027"),
        ("Glenelg", "SA", "5045"),
    ],
    "NZ": [
        ("Papakura", "", "2110"),
        ("Whanganui", "", "4500"),
        ("Rotorua", "", "3010"),
        ("Timaru", "", "7910"),
    ],
    "IE": [
        ("Tallaght", "Dublin 24", "D24 X2K7"),
        ("Ennis", "Co. Clare", "V95 T8P2"),
        ("Mullingar", "Co. Westmeath", "N91 C4E6"),
        ("Tralee", "Co. Kerry", "V92 HX83"),
    ],
    "ZA": [
        ("Bellville", "Western Cape", "7530"),
        ("Soweto", "Gauteng", "1804"),
        ("Pinetown", "KwaZulu-Natal", "3610"),
        ("Polokwane", "Limpopo", "0699"),
    ],
    "SG": [
        ("Bedok", "", "460512"),
        ("Jurong East", "", "600027"),
        ("Ang Mo Kio", "", "560403"),
        ("Tampines", "", "520119"),
    ],
    "IN": [
        ("Bengaluru", "Karnataka", "560038"),
        ("Hyderabad", "Telangana", "500016"),
        ("Pune", "Maharashtra", "411014"),
        ("Chandigarh", "", "160022"),
    ],
}
CC_LOCALE = {
    "US": "en_US",
    "UK": "en_GB",
    "CA": "en_CA",
    "AU": "en_AU",
    "NZ": "en_NZ",
    "IE": "en_IE",
    "ZA": "zu_ZA",
    "SG": "en_US",
    "IN": "en_IN",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
NICK = {
    "William": "Bill",
    "Robert": "Bob",
    "Margaret": "Peggy",
    "Elizabeth": "Liz",
    "James": "Jim",
    "Patricia": "Trish",
    "Richard": "Dick",
    "Katherine": "Kate",
    "Thomas": "Tom",
    "Joseph": "Joe",
    "Michael": "Mike",
    "Susan": "Sue",
    "Jennifer": "Jen",
}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _m(kind: str, s: str) -> str:
    return f"\x01{kind}\x02{s}\x03"


def C(s: object) -> str:
    return _m("C", str(s))


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _inits(p: Person) -> str:
    return p.first[0] + p.last[0]


class Person:
    def __init__(self, first: str, last: str, sex: str, middle: str = "") -> None:
        self.first, self.last, self.sex, self.middle = first, last, sex, middle


class G:
    """Per-note generator context: seeded randomness, the patient and PHI formatters."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], cc: str, old: bool) -> None:
        self.r, self.f, self.cc = rng, fakers, cc
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(0, 600))
        self.age = rng.randint(90, 103) if old else rng.randint(19, 88)
        self.dob = self.today - timedelta(days=365 * self.age + rng.randrange(1, 360))
        self.pt = self.person(cc)
        self.town = rng.choice(TOWNS[cc])
        self.street = rng.choice(STREETS[cc])

    # --- people -----------------------------------------------------------------------------
    def person(self, cc: str | None = None, sex: str | None = None) -> Person:
        cc = cc or self.cc
        sex = sex or self.r.choice("MF")
        if cc in CURATED and self.r.random() < 0.6:
            pool = [p for p in CURATED[cc] if p[2] == sex] or CURATED[cc]
            first, last, sx = self.r.choice(pool)
            return Person(first, last, sx)
        fk = self.f[CC_LOCALE[cc]]
        first = fk.first_name_male() if sex == "M" else fk.first_name_female()
        last = fk.last_name()
        first, last = _ascii(first), _ascii(last)
        if self.r.random() < 0.07:
            last = f"{last}-{_ascii(fk.last_name())}"
        mid = _ascii(fk.first_name())[:1] if self.r.random() < 0.35 else ""
        return Person(first, last, sex, mid)

    def relative(self, p: Person, sex: str) -> Person:
        q = self.person(sex=sex)
        if self.r.random() < 0.6:
            q.last = p.last
        return q

    def n(self, p: Person, form: str | None = None) -> str:
        """A NAME span in one of many written forms."""
        form = form or self.r.choice(["full", "full", "mid", "lastfirst", "initial", "full", "mid"])
        if form == "mid" and p.middle:
            s = f"{p.first} {p.middle}. {p.last}"
        elif form == "lastfirst":
            s = f"{p.last.upper()}, {p.first}" if self.r.random() < 0.5 else f"{p.last}, {p.first}"
        elif form == "initial":
            s = f"{p.first[0]}. {p.last}"
        elif form == "first":
            s = p.first
        elif form == "last":
            s = p.last
        elif form == "lower":
            s = f"{p.first} {p.last}".lower() if self.r.random() < 0.6 else p.first.lower()
        elif form == "inits":
            s = f"{p.first[0]}{p.last[0]}"
        else:
            s = f"{p.first} {p.last}"
        return _m("NAME", s)

    def nick(self, p: Person) -> str:
        nk = NICK.get(p.first)
        if nk is None:
            return self.n(p)
        return f'{_m("NAME", p.first)} "{_m("NAME", nk)}" {_m("NAME", p.last)}'

    def title(self, p: Person) -> str:
        if p.sex == "M":
            return "Mr"
        return self.r.choice(["Mrs", "Ms", "Miss"])

    def staff(self) -> Person:
        return self.person(self.cc if self.r.random() < 0.7 else self.r.choice(list(TOWNS)))

    # --- dates ------------------------------------------------------------------------------
    def ago(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def ahead(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def d(self, d: date, style: str | None = None) -> str:
        us = self.cc == "US"
        styles = ["num", "num", "iso", "long", "abbr", "dmy_mon", "ord", "short2", "dot", "compact"]
        style = style or self.r.choice(styles)
        if style == "num":
            s = f"{d.month}/{d.day}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
        elif style == "short2":
            s = (
                f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"
                if us
                else f"{d.day}/{d.month}/{d.year % 100:02d}"
            )
        elif style == "iso":
            s = d.isoformat()
        elif style == "long":
            s = (
                f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
                if us
                else f"{d.day} {MONTHS[d.month - 1]} {d.year}"
            )
        elif style == "abbr":
            s = (
                f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
                if us
                else f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
            )
        elif style == "dmy_mon":
            s = f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"
        elif style == "ord":
            s = (
                f"{_ord(d.day)} {MONTHS[d.month - 1]} {d.year}"
                if not us
                else f"{MONTHS[d.month - 1]} {_ord(d.day)}"
            )
        elif style == "dot":
            s = f"{d.day:02d}.{d.month:02d}.{d.year}"
        elif style == "compact":
            s = f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year}"
        elif style == "dm":
            s = f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"
        elif style == "daymonth":
            s = (
                f"{d.day} {MONTHS[d.month - 1][:3]}"
                if not us
                else f"{MONTHS[d.month - 1][:3]} {d.day}"
            )
        elif style == "monthyear":
            s = f"{MONTHS[d.month - 1]} {d.year}"
        elif style == "isotime":
            s = f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.choice(['05', '20', '41', '58'])}"
        else:
            raise ValueError(style)
        return _m("DATE", s)

    def dob_s(self) -> str:
        return self.d(self.dob, self.r.choice(["num", "iso", "long", "dmy_mon", "dot"]))

    def time(self) -> str:
        h, m = self.r.randint(0, 23), self.r.choice([0, 10, 15, 25, 30, 45, 52])
        return C(f"{h:02d}:{m:02d}" if self.r.random() < 0.5 else f"{h:02d}{m:02d}")

    # --- PHI atoms ---------------------------------------------------------------------------
    def age_s(self) -> str:
        return _m("AGE", str(self.age)) if self.age >= 90 else C(self.age)

    def other_age(self) -> str:
        a = self.r.randint(90, 99) if self.r.random() < 0.2 else self.r.randint(20, 86)
        return _m("AGE", str(a)) if a >= 90 else C(a)

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def phone(self, cc: str | None = None) -> str:
        cc = cc or self.cc
        r, dg = self.r, self.digits
        if cc == "US" or cc == "CA":
            a = r.choice(["937", "253", "717", "559", "865", "416", "604", "514", "412"])
            s = r.choice(
                [
                    f"({a}) {dg(3)}-{dg(4)}",
                    f"{a}-{dg(3)}-{dg(4)}",
                    f"{a}.{dg(3)}.{dg(4)}",
                    f"+1 {a} {dg(3)} {dg(4)}",
                    f"{a}-{dg(3)}-{dg(4)} x{dg(3)}",
                ]
            )
        elif cc == "UK":
            s = r.choice(
                [
                    f"07{dg(3)} {dg(6)}",
                    f"01{dg(3)} {dg(6)}",
                    f"020 {dg(4)} {dg(4)}",
                    f"+44 7{dg(3)} {dg(3)}{dg(3)}",
                    f"0161-{dg(3)}-{dg(4)}",
                ]
            )
        elif cc == "AU":
            s = r.choice(
                [
                    f"04{dg(2)} {dg(3)} {dg(3)}",
                    f"(02) {dg(4)} {dg(4)}",
                    f"+61 4{dg(2)} {dg(3)} {dg(3)}",
                ]
            )
        elif cc == "NZ":
            s = r.choice(
                [f"021 {dg(3)} {dg(4)}", f"(09) {dg(3)} {dg(4)}", f"+64 27 {dg(3)} {dg(4)}"]
            )
        elif cc == "IE":
            s = r.choice(
                [f"087 {dg(3)} {dg(4)}", f"(01) {dg(3)} {dg(4)}", f"+353 86 {dg(3)} {dg(4)}"]
            )
        elif cc == "ZA":
            s = r.choice(
                [f"082 {dg(3)} {dg(4)}", f"(021) {dg(3)} {dg(4)}", f"+27 72 {dg(3)} {dg(4)}"]
            )
        elif cc == "SG":
            s = r.choice([f"9{dg(3)} {dg(4)}", f"+65 8{dg(3)} {dg(4)}", f"6{dg(3)}-{dg(4)}"])
        else:
            s = r.choice([f"+91 98{dg(3)} {dg(5)}", f"98{dg(3)}-{dg(5)}", f"080-{dg(4)}{dg(4)}"])
        return _m("PHONE", s)

    def mrn(self) -> str:
        r, dg = self.r, self.digits
        return _m(
            "ID", r.choice([dg(8), f"{dg(3)}-{dg(2)}-{dg(2)}", f"E{dg(7)}", dg(7), f"MR{dg(6)}"])
        )

    def addr(self, full: bool = True) -> str:
        town, region, pc = self.town
        cc = self.cc
        s = _m("ADDRESS", self.street) + ", " + _m("ADDRESS", town)
        if cc == "IE" and region:
            s += ", " + _m("ADDRESS", region)  # county / Dublin district: ADDRESS (v15 decision)
        elif cc == "US":
            s += f", {region}"
        elif cc in ("CA", "AU"):
            s += f"{',' if cc == 'CA' else ''} {region}"
        elif region:
            s += f", {region}"
        if full:
            s += (
                (" " if cc in ("US", "CA", "AU", "UK") else ", ")
                + ("Singapore " if cc == "SG" else "")
                + _m("ZIP", pc)
            )
        return s

    def town_s(self, town: tuple[str, str, str] | None = None) -> str:
        return _m("ADDRESS", (town or self.town)[0])

    def other_town(self) -> str:
        return self.town_s(self.r.choice(TOWNS[self.cc]))

    def email(self, p: Person, domain: str | None = None) -> str:
        dom = domain or self.r.choice(
            ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com"]
        )
        user = (
            self.r.choice(
                [
                    f"{p.first}.{p.last}",
                    f"{p.first[0]}{p.last}{self.r.randint(1, 99)}",
                    f"{p.last}{p.first[0]}",
                ]
            )
            .lower()
            .replace(" ", "")
            .replace("'", "")
        )
        return _m("EMAIL", f"{user}@{dom}")

    def sign(self, b: list[str], cred: str = "MD") -> None:
        s = self.staff()
        opts = [
            f"\n\nElectronically signed by {self.n(s, 'full')}, {cred} on {self.d(self.today)} {self.time()}",
            f"\n\n-- {self.n(s, 'initial')}, {cred}",
            f"\n\nDictated by: {self.n(s)} {cred}. Transcribed by: {self.n(self.staff(), 'inits')}",
            f"\n\ncc: {self.n(self.staff())} (GP); {self.n(s, 'lastfirst')}, {cred}",
            f"\n\nSeen and agreed, {self.n(s, 'last')} ({cred}) / {self.n(self.staff(), 'inits')}",
        ]
        b.append(self.r.choice(opts))


# ------------------------------------------------------------------------------ US templates
def t_ed_headache(g: G) -> str:
    r, pt = g.r, g.pt
    sis = g.relative(pt, "F")
    o = [
        (
            f"EMERGENCY DEPARTMENT PHYSICIAN NOTE\nPatient: {g.n(pt, 'lastfirst')}   MRN: {g.mrn()}   "
            f"FIN: {_m('ID', g.digits(10))}\nDOB: {g.dob_s()}   Arrival: {g.d(g.today, 'isotime')}\n\n"
            f"HPI: {g.age_s()} y/o {'M' if pt.sex == 'M' else 'F'} with h/o migraine and HTN presents with "
            f"worst headache of life, onset {C('4 hours')} PTA while lifting boxes at work. Took "
            f"{C('ibuprofen 800 mg')} without relief. Sister {g.n(sis, 'first')} drove pt in from "
            f"{g.other_town()}. Similar but milder episode on {g.d(g.ago(3, 20), 'dm')} "
            f"({r.choice(['last week', 'two weeks ago'])}).\n"
            f"ROS: + photophobia, + nausea x2 emesis. Denies fever, neck stiffness, focal weakness.\n"
            f"Exam: BP {C('178/96')}, HR {C('88')}, T {C('36.9 C')}, SpO2 {C('98%')} RA. GCS {C('15')}. "
            f"No meningismus. CN II-XII intact. NIHSS {C('0')}.\n"
            f"MDM: CT head non-contrast negative at {g.time()}. LP: RBC {C('3')} tube 4, no xanthochromia. "
            f"Given {C('metoclopramide 10 mg IV')}, {C('diphenhydramine 25 mg IV')}, {C('1 L NS')}. "
            f"Headache {C('2/10')} at reassessment.\nDispo: home with sister, return precautions. "
            f"PCP {g.title(g.staff())}. {g.n(g.staff(), 'last')} to follow up; clinic ph {g.phone()}."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_hosp_pneumonia(g: G) -> str:
    pt = g.pt
    son = g.relative(pt, "M")
    o = [
        (
            f"HOSPITALIST ADMISSION H&P   Admit date: {g.d(g.today)}\n"
            f"Name: {g.n(pt)}   MRN {g.mrn()}   Acct# {_m('ID', g.digits(9))}\n"
            f"CC: cough, fever x{C('3 days')}.\nHPI: {g.age_s()}-year-old with COPD on "
            f"{C('tiotropium 18 mcg daily')} presents with productive cough, T max {C('39.2')}. Lives "
            f"alone at {g.addr()}; son {g.n(son)} ({g.phone()}) checks on her daily. Last admission "
            f"{g.d(g.ago(60, 300), 'monthyear')} for CHF exacerbation.\n"
            f"PMH: COPD (FEV1 {C('48%')} predicted), HFrEF EF {C('35%')}, CKD 3a.\n"
            f"Exam: RR {C('24')}, SpO2 {C('89%')} on RA -> {C('94%')} on {C('2 L NC')}. Crackles R base.\n"
            f"Labs: WBC {C('16.2')}, lactate {C('2.1')}, procalcitonin {C('1.8')}, Cr {C('1.4')}.\n"
            f"CXR: RLL consolidation. CURB-65 {C('3')}.\n"
            f"A/P: CAP. {C('ceftriaxone 1 g IV q24h')} + {C('azithromycin 500 mg')} daily. Blood cx x2. "
            f"Code status: Full (discussed with son). HCP: {g.n(son, 'lastfirst')}."
        )
    ]
    g.sign(o)
    return "".join(o)


def t_progress_aki(g: G) -> str:
    pt, y = g.pt, g.today - timedelta(days=1)
    d2 = g.today - timedelta(days=2)
    o = [
        (
            f"Progress Note - Hospital Day {C('4')}\n{g.n(pt, 'initial')} | {g.mrn()} | Rm {C('5412')}\n"
            f"S: Feels less thirsty. UOP improving. Wife {g.n(g.relative(pt, 'F'), 'first')} at bedside.\n"
            f"O: BP {C('124/70')} HR {C('76')}. I/O {C('2.1 L / 1.6 L')}.\n"
            f"Cr trend: {C('3.4')} on {g.d(d2, 'dm')}, {C('2.6')} on {g.d(y, 'dm')} (yesterday), "
            f"{C('1.9')} today. K {C('5.3')} -> {C('4.6')}.\n"
            f"A/P: AKI prerenal vs ATN after contrast on {g.d(g.ago(5, 7), 'abbr')}. Holding "
            f"{C('lisinopril 20 mg')} and {C('metformin 1000 mg BID')}. Continue {C('LR at 100 mL/h')}. "
            f"Renal US {g.d(y, 'short2')}: no hydronephrosis. Nephrology (Dr. {g.n(g.staff(), 'last')}) "
            f"following. Anticipate d/c in {C('48 h')} if Cr < {C('1.5')}."
        )
    ]
    g.sign(o, "DO")
    return "".join(o)


def t_dc_hip(g: G) -> str:
    pt = g.pt
    adm = g.ago(5, 9)
    dau = g.relative(pt, "F")
    o = [
        (
            f"DISCHARGE SUMMARY\nPatient: {g.n(pt, 'lastfirst')}  DOB {g.dob_s()}  MRN {g.mrn()}\n"
            f"Admitted: {g.d(adm)}   Discharged: {g.d(g.today)}\n"
            f"Diagnosis: R intertrochanteric femur fracture s/p IMN on {g.d(adm + timedelta(days=1), 'abbr')}.\n"
            f"Course: {g.age_s()} yo who fell at home ({g.addr(False)}). Post-op Hgb nadir {C('8.1')}, "
            f"transfused {C('1 unit PRBC')}. Delirium POD2 resolved with reorientation. PT: ambulating "
            f"{C('40 ft')} with walker.\nDischarge meds: {C('enoxaparin 40 mg SC daily x 28 days')}, "
            f"{C('acetaminophen 1 g q8h')}, {C('oxycodone 5 mg q6h PRN')}, {C('vitamin D3 2000 IU')}.\n"
            f"Follow-up appointments:\n  Orthopedics - Dr. {g.n(g.staff(), 'last')}  {g.d(g.ahead(10, 16), 'long')} "
            f"at {C('9:40 AM')}  ph {g.phone()}\n  PCP - {g.n(g.staff())}, NP  {g.d(g.ahead(5, 9))}\n"
            f"  Bone density - {g.d(g.ahead(30, 60), 'monthyear')}\nDischarged to daughter "
            f"{g.n(dau)}'s home; her cell {g.phone()}."
        )
    ]
    g.sign(o)
    return "".join(o)


def t_rn_lower(g: G) -> str:
    pt, r = g.pt, g.r
    rel = r.choice(["husband", "daughter", "son", "wife"])
    rn = g.staff()
    o = [
        (
            f"rn note {C('0700-1930')}. pt {g.n(pt, 'lower')} a&ox4, c/o {C('4/10')} incisional pain, "
            f"{C('hydromorphone 0.5 mg')} iv given @ {g.time()} w/ relief. vs stable, bp {C('132/78')} "
            f"hr {C('84')} sat {C('95%')} 2l. ambulated x2 in hall w/ pt. foley d/c'd, voided {C('350 ml')}. "
            f"{rel} {g.n(g.relative(pt, 'F' if rel in ('daughter', 'wife') else 'M'), 'lower')} "
            f"called {g.phone()} - updated. bs {C('186')}, covered {C('4 units lispro')} per scale. "
            f"handoff to {g.n(g.staff(), 'lower')} rn at {C('1900')}. -{g.n(rn, 'lower')}"
        )
    ]
    return "".join(o)


def t_tel_refill(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"TELEPHONE ENCOUNTER  {g.d(g.today, 'num')} {g.time()}\nCaller: {g.n(pt)} (self)  "
            f"DOB {g.dob_s()}\nCallback: cell {g.phone()}  h: {g.phone()}  w: {g.phone('US')}\n"
            f"Identity verified (DOB + SSN last 4 {_m('SSN', g.digits(4))}). "
            f"Reason: requesting refill {C('amlodipine 10 mg daily')} and {C('atorvastatin 40 mg')}. "
            f"Last BP in clinic {C('138/84')} on {g.d(g.ago(40, 120), 'short2')}. Pharmacy: Walgreens "
            f"- verified.\n"
            f"Also asks whether wife {g.n(g.relative(pt, 'F'))} can pick up. Per Dr. "
            f"{g.n(g.staff(), 'last')} 90-day supply sent. Pt aware; next visit {g.d(g.ahead(20, 50), 'abbr')}.\n"
            f"-- {g.n(g.staff(), 'initial')}, LPN"
        )
    ]
    return "".join(o)


def t_portal(g: G) -> str:
    pt = g.pt
    doc = g.staff()
    o = [
        (
            f"MyChart message from {g.n(pt)} sent {g.d(g.ago(1, 2), 'long')} {g.time()}:\n"
            f'"Hi Dr. {g.n(doc, "last")}, my colonoscopy is on {g.d(g.ahead(4, 10), "daymonth")} and I take '
            f"{C('apixaban 5 mg')} twice a day. When do I stop it? Also can I do the {C('split-dose')} "
            f'prep? My email is {g.email(pt)} if easier. Thanks, {g.n(pt, "first")}"\n\n'
            f"Reply ({g.n(g.staff(), 'full')}, RN): Hold apixaban {C('48 hours')} before. Split-dose "
            f"Golytely {C('4 L')} fine. Call {g.phone()} with questions."
        )
    ]
    return "".join(o)


def t_homehealth(g: G) -> str:
    pt = g.pt
    ssn = (
        f"XXX-XX-{_m('SSN', g.digits(4))}"
        if g.r.random() < 0.5
        else _m("SSN", f"{g.digits(3)}-{g.digits(2)}-{g.digits(4)}")
    )
    cg = g.relative(pt, g.r.choice("MF"))
    o = [
        (
            f"HOME HEALTH START OF CARE (OASIS)  SOC date: {g.d(g.today)}\nPatient: {g.n(pt, 'mid')}  "
            f"SSN {ssn}  MBI {_m('ID', '1EG4-TE5-MK' + g.digits(2))}\nAddress: {g.addr()}\n"
            f"Primary caregiver: {g.nick(cg)} (phone {g.phone()})\nReferring: {g.n(g.staff())}, MD\n"
            f"Homebound: requires walker and assist x1; SOB after {C('20 ft')}.\nVitals: BP {C('146/82')}, "
            f"wt {C('71.4 kg')}, SpO2 {C('93%')}.\nMeds reviewed: {C('furosemide 40 mg daily')}, "
            f"{C('metoprolol succinate 50 mg')}, {C('warfarin 3 mg')} (INR goal {C('2-3')}).\n"
            f"Plan: SN {C('2w4')}, PT {C('1w3')}. Next visit {g.d(g.ahead(2, 4), 'dm')}."
        )
    ]
    g.sign(o, "RN")
    return "".join(o)


def t_ct_abd(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"CT ABDOMEN/PELVIS WITH IV CONTRAST\nPt: {g.n(pt, 'lastfirst')}  MRN {g.mrn()}  Acc# "
            f"{_m('ID', 'CT' + g.digits(8))}\nExam date: {g.d(g.today, 'dmy_mon')}\n"
            f"Indication: RLQ pain, WBC {C('14.1')}.\nComparison: CT {g.d(g.ago(200, 700), 'num')}, "
            f"US {g.d(g.ago(30, 150), 'abbr')}.\nFindings: Appendix dilated to {C('11 mm')} with "
            f"periappendiceal stranding; no abscess. Liver {C('16 cm')}. {C('4 mm')} nonobstructing L "
            f"renal stone, unchanged.\nImpression: Acute uncomplicated appendicitis. Discussed with "
            f"Dr. {g.n(g.staff(), 'last')} at {g.time()} on {g.d(g.today, 'dm')}."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_thoracentesis(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"PROCEDURE NOTE: Thoracentesis, left, US-guided\nDate: {g.d(g.today, 'long')}  Patient: "
            f"{g.n(pt)}  MRN: {g.mrn()}\nOperator: {g.n(g.staff())}, MD; supervising {g.n(g.staff(), 'initial')}, MD\n"
            f"Consent obtained from patient and daughter {g.n(g.relative(pt, 'F'))}. Time-out at {g.time()}.\n"
            f"{C('1% lidocaine 10 mL')}. {C('8 Fr')} catheter. Removed {C('1.2 L')} straw-colored fluid. "
            f"EBL {C('<5 mL')}. Post CXR: no PTX.\nFluid: LDH {C('312')}, protein {C('4.1')}, pH {C('7.38')}. "
            f"Specimen #{_m('ID', 'F24-' + g.digits(5))}."
        )
    ]
    return "".join(o)


def t_postpartum(g: G) -> str:
    g.pt.sex = "F"
    pt = g.pt
    dd = g.today - timedelta(days=1)
    o = [
        (
            f"Postpartum Day 1 Note  {g.d(g.today, 'num')}\n{g.n(pt)}, {C('31')}yo G{C('2')}P{C('2')} "
            f"s/p SVD on {g.d(dd, 'dm')} (yesterday) at {C('39+2')} wk. Baby boy {g.n(g.relative(pt, 'M'), 'first')}, "
            f"{C('3.41 kg')}, APGAR {C('8/9')}.\nS: pain controlled, breastfeeding, voiding.\nO: T {C('37.1')}, "
            f"BP {C('118/72')}, fundus firm {C('U-1')}, lochia mod. Hgb {C('10.8')}.\nA/P: routine PPD1. "
            f"Rh pos, rubella immune. Tdap given. D/c tomorrow; f/u OB {g.n(g.staff(), 'initial')} 6 wk "
            f"({g.d(g.ahead(40, 44), 'abbr')}). FOB {g.n(g.person(sex='M'))} ph {g.phone()}."
        )
    ]
    g.sign(o, "CNM")
    return "".join(o)


def t_wellchild(g: G) -> str:
    kid = g.person(sex=g.r.choice("MF"))
    mom = g.relative(kid, "F")
    dob = g.today - timedelta(days=4 * 365 + g.r.randint(0, 40))
    o = [
        (
            f"4 YEAR WELL CHILD CHECK\n{g.n(kid)}  DOB {g.d(dob, 'num')}  MRN {g.mrn()}\n"
            f"Accompanied by mother {g.n(mom)}. Attends Little Oaks preschool.\nGrowth: wt {C('16.8 kg')} "
            f"({C('55th %ile')}), ht {C('103 cm')}, BMI {C('15.8')}. BP {C('98/60')}.\nDev: hops on one "
            f"foot, draws a cross, speech {C('100%')} intelligible. Vision {C('20/30')} OU.\n"
            f"Imms: DTaP #5, IPV #4, MMRV #2 given. Fluoride varnish.\nNext WCC {g.d(g.ahead(360, 380), 'monthyear')}. "
            f"Mom's cell {g.phone()}, email {g.email(mom)}."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_pulm_consult(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"PULMONARY CONSULT  Requested by {g.n(g.staff(), 'full')}, MD on {g.d(g.today)}\n"
            f"Re: {g.n(pt, 'lastfirst')}, {g.age_s()}y, MRN {g.mrn()}\nReason: new {C('3 cm')} RUL nodule.\n"
            f"Ex-smoker {C('40 pack-years')}, quit {C('2015')}. Worked at Bethlehem Steel. Lives in "
            f"{g.town_s()} with partner {g.n(g.person())}.\nPFTs {g.d(g.ago(10, 60), 'iso')}: FEV1 "
            f"{C('1.62 L')} ({C('61%')}), FEV1/FVC {C('0.58')}, DLCO {C('52%')}.\nPET: SUV max {C('7.4')}.\n"
            f"Rec: EBUS-TBNA; discuss at tumor board {g.d(g.ahead(3, 10), 'daymonth')}. Thank you for "
            f"this consult."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_pharm_vanc(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"PHARMACY KINETICS NOTE - vancomycin\n{g.n(pt)} ({g.mrn()}), {g.age_s()} y, wt {C('82 kg')}, "
            f"SCr {C('1.1')}, CrCl {C('68 mL/min')}.\nIndication: MRSA bacteremia (cx {g.d(g.ago(1, 3), 'dm')}).\n"
            f"Level {C('11.2 mcg/mL')} drawn {g.d(g.today, 'isotime')}; AUC est {C('390')}. Change to "
            f"{C('1250 mg IV q12h')}, target AUC {C('400-600')}. Next level before 4th dose.\n"
            f"Discussed with Dr. {g.n(g.staff(), 'last')} (pager {_m('PHONE', g.digits(4))}).\n"
            f"-- {g.n(g.staff(), 'full')}, PharmD"
        )
    ]
    return "".join(o)


# ------------------------------------------------------------------------------ UK templates
def nhs(g: G) -> str:
    d = g.digits(10)
    return _m("ID", g.r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]))


def t_gp_cardio(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"Dear Dr {g.n(g.staff(), 'last')},\n\nRe: {g.title(pt)} {g.n(pt)}  DOB {g.dob_s()}  NHS No "
            f"{nhs(g)}\n{g.addr()}\n\nThank you for seeing this {g.age_s()} year old with exertional "
            f"breathlessness over {C('3 months')}. ECG today shows AF rate {C('104')}. NT-proBNP "
            f"{C('1,860')} on {g.d(g.ago(3, 14), 'num')}. Started {C('bisoprolol 2.5 mg od')} and "
            f"{C('edoxaban 60 mg od')} (CHA2DS2-VASc {C('4')}, ORBIT {C('1')}). Echo requested.\n"
            f"I will {C('review 6/12')} or sooner as needed; bloods again "
            f"in {C('3/52')}. She can be contacted on {g.phone()} (mob) or via her daughter "
            f"{g.n(g.relative(pt, 'F'))} on {g.phone()}.\n\nYours sincerely,\n\nDr {g.n(g.staff())}\n"
            f"GP Partner, Riverside Medical Practice"
        )
    ]
    return "".join(o)


def t_ae_headinjury(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"A&E CLERKING  {g.d(g.today, 'dot')} {g.time()}\n{g.n(pt, 'lastfirst')}  Hosp no "
            f"{_m('ID', 'RX' + g.digits(7))}  NHS {nhs(g)}\nPC: fall at home, head injury.\nHPC: "
            f"{g.age_s()}yo from {g.town_s()}, tripped on rug {C('~2 hours')} ago. On "
            f"{C('apixaban 2.5 mg bd')}. No LOC, GCS {C('15')}. Brought by EMAS; neighbour "
            f"{g.n(g.person(), 'first')} found {'him' if pt.sex == 'M' else 'her'}.\nSH: lives in {g.other_town()} alone, carers "
            f"{C('QDS')}, mobilises with frame.\nO/E: {C('4 cm')} laceration occiput. HR {C('72')} BP "
            f"{C('158/84')}. NEWS2 {C('1')}.\nPlan: CT head within {C('8 h')} (anticoagulated) - NAD. "
            f"Glue to lac. Admit to AMU for falls r/v. Son {g.n(g.relative(pt, 'M'))} informed on "
            f"{g.phone()}.\n{g.n(g.staff())}, FY2, bleep {_m('PHONE', g.digits(4))}"
        )
    ]
    return "".join(o)


def t_board_round(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"board round {g.d(g.today, 'dm')} - ward 7b bed {C('14')}. {g.n(pt, 'lower')} "
            f"({g.age_s()}). day {C('3')} nstemi, for cath lab tomorrow (angio list). trop {C('842')} -> "
            f"{C('1210')}. on {C('ticagrelor 90 mg bd')}, {C('fondaparinux 2.5 mg od')}. k {C('3.9')}. "
            f"if ok post-PCI -> AMU step-down then home, TTO {C('7/7')} ticag not {C('28/7')}. cardiology r/v "
            f"{C('6/52')}. wife {g.n(g.relative(pt, 'F'), 'lower')} aware. edd {g.d(g.ahead(2, 4), 'daymonth')}. "
            f"- {_m('NAME', _inits(g.staff()).lower())} (reg)"
        )
    ]
    return "".join(o)


def t_hf_nurse(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"Heart Failure Specialist Nurse - home visit {g.d(g.today, 'ord')}\n{g.title(pt)} "
            f"{g.n(pt, 'last')}, {g.addr()}. NHS {nhs(g)}.\nWeight {C('78.2 kg')} (dry wt {C('76 kg')}), "
            f"ankles pitting to mid-shin. BP {C('104/62')}, HR {C('68')}. K {C('5.1')} on "
            f"{g.d(g.ago(5, 10), 'abbr')}.\nIncreased {C('furosemide to 80 mg mane')}; continue "
            f"{C('sacubitril/valsartan 49/51 mg bd')}, {C('dapagliflozin 10 mg')}. U&Es in {C('1/52')}.\n"
            f"Next visit {g.d(g.ahead(6, 9), 'long')}. Husband {g.n(g.relative(pt, 'M'), 'first')} "
            f"present. Key safe code given to district nurses.\n{g.n(g.staff())}, HFSN  mob {g.phone()}"
        )
    ]
    return "".join(o)


def t_memory(g: G) -> str:
    g.pt.sex = "F"
    pt = g.pt
    o = [
        (
            f"MEMORY ASSESSMENT SERVICE\nClinic date: {g.d(g.today, 'long')}\nPatient: {g.n(pt)}, "
            f"DOB {g.dob_s()}, {g.addr(False)}\nGP: Dr {g.n(g.staff(), 'initial')}, Abbey Surgery\n\n"
            f"Dear Dr {g.n(g.staff(), 'last')},\nI saw {g.title(pt)} {g.n(pt, 'last')} with her daughter "
            f"{g.n(g.relative(pt, 'F'), 'first')}. ACE-III {C('71/100')} (attention {C('14')}, memory "
            f"{C('15')}). MoCA {C('19/30')}. MRI {g.d(g.ago(20, 60), 'dmy_mon')}: generalised atrophy, "
            f"Fazekas {C('2')}. Diagnosis: mixed Alzheimer's / vascular dementia. Started "
            f"{C('donepezil 5 mg nocte')}, increase to {C('10 mg')} after {C('4/52')}. We will review "
            f"{C('3/12')}. DVLA informed; she has stopped driving.\n\n{g.n(g.staff())}\nConsultant Old Age Psychiatrist"
        )
    ]
    return "".join(o)


def t_tto(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"IMMEDIATE DISCHARGE LETTER\n{g.n(pt, 'lastfirst')} | DOB {g.dob_s()} | MRN {g.mrn()}\n"
            f"Admitted {g.d(g.ago(3, 8), 'short2')}; discharged {g.d(g.today, 'short2')} from Ward 12.\n"
            f"Dx: infective exacerbation of bronchiectasis (Pseudomonas).\nTTO: {C('ciprofloxacin 750 mg bd')} "
            f"{C('7/7')} (to complete {C('14/7')}), {C('carbocisteine 750 mg tds')}, "
            f"{C('prednisolone 30 mg')} for {C('5/7')}.\nGP actions: sputum MC&S result awaited; chest clinic "
            f"{C('6/12')}. Resp nurse {g.n(g.staff())} will phone on {g.d(g.ahead(2, 5), 'dm')}.\n"
            f"Pt contact: {g.phone()}.\nCompleted by {g.n(g.staff(), 'initial')}, CT1"
        )
    ]
    return "".join(o)


# ------------------------------------------------------------------------------ CA / AU / NZ / IE
def t_ca_copd(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"COPD CLINIC NOTE - {g.d(g.today, 'abbr')}\nPatient: {g.n(pt, 'mid')}  OHIP "
            f"{_m('ID', f'{g.digits(4)}-{g.digits(3)}-{g.digits(3)}-' + g.r.choice(['AB', 'KT', 'XY']))}\n"
            f"Address: {g.addr()}  Tel {g.phone()}\n{g.age_s()}M, GOLD {C('3')}, CAT {C('22')}, mMRC "
            f"{C('3')}. {C('2')} exacerbations since {g.d(g.ago(100, 200), 'monthyear')}.\nSpiro: FEV1 "
            f"{C('0.98 L')} ({C('39%')}). Eos {C('0.4')}.\nPlan: switch to {C('fluticasone/umeclidinium/vilanterol 100/62.5/25')} "
            f"1 puff daily; pulmonary rehab referral; action plan with {C('prednisone 40 mg x5d')}.\n"
            f"Caregiver: {g.n(g.relative(pt, 'F'))}, {g.phone()}."
        )
    ]
    g.sign(o, "RRT")
    return "".join(o)


def t_ca_fracture(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"Fracture Clinic - General Hospital\n{g.n(pt)}, PHN "
            f"{_m('ID', '9' + g.digits(3) + ' ' + g.digits(3) + ' ' + g.digits(3))}, DOB {g.dob_s()}\n"
            f"Injury {g.d(g.ago(10, 20), 'iso')}: distal radius #, closed reduction in ED. XR today: "
            f"dorsal tilt {C('5 deg')}, radial height {C('11 mm')}, maintained.\nCast changed. Ortho: Dr. "
            f"{g.n(g.staff(), 'last')}. RTC {C('3 weeks')} ({g.d(g.ahead(20, 22), 'long')}) for cast off. "
            f"Employer (Canada Post) letter given; off work {C('6 weeks')}."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_au_ssu(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"SHORT STAY UNIT DISCHARGE\nUR {_m('ID', g.digits(7))}  Medicare "
            f"{_m('ID', f'{g.digits(4)} {g.digits(5)} {g.digits(1)}')}\n{g.n(pt, 'lastfirst')}, {g.addr()}\n"
            f"Presented {g.d(g.ago(1, 2), 'num')} with renal colic. CT KUB: {C('5 mm')} L VUJ calculus. "
            f"Analgesia {C('parecoxib 40 mg IV')}, {C('tamsulosin 400 mcg')} daily. Passed stone overnight.\n"
            f"GP: Dr {g.n(g.staff())}, Glenelg Family Practice, fax {g.phone()}.\nNOK: partner "
            f"{g.nick(g.person())} {g.phone()}.\nFollow-up: urology OPD if further pain."
        )
    ]
    g.sign(o, "MBBS")
    return "".join(o)


def t_au_palliative(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"Community Palliative Care - home visit {g.d(g.today, 'dmy_mon')}\nClient: {g.n(pt)} "
            f"({g.age_s()}) lives in {g.town_s()} with wife {g.n(g.relative(pt, 'F'), 'first')}.\n"
            f"Metastatic prostate ca. Pain {C('3/10')} on {C('MS Contin 30 mg bd')}, breakthrough "
            f"{C('Ordine 5 mg')} x{C('2')}/day. Phase: stable. AKPS {C('50')}.\nSyringe driver not yet "
            f"required. Discussed preferred place of death: home. GP Dr {g.n(g.staff(), 'last')} aware.\n"
            f"Next visit {g.d(g.ahead(5, 8), 'daymonth')}. Family contact {g.phone()}.\n"
            f"{g.n(g.staff(), 'initial')} (CNC)"
        )
    ]
    return "".join(o)


def t_nz_lmc(g: G) -> str:
    g.pt.sex = "F"
    pt = g.pt
    nhi = "".join(g.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + g.digits(4)
    o = [
        (
            f"LMC TRANSFER OF CARE - Midwife to Obstetric team\n{g.n(pt)}  NHI {_m('ID', nhi)}  "
            f"DOB {g.dob_s()}\n{g.addr()}\nG{C('1')}P{C('0')} at {C('36+5')}, EDD {g.d(g.ahead(20, 25), 'num')}.\n"
            f"BP {C('148/96')}, {C('152/98')} repeat; PCR {C('41')}. No headache. CTG reactive.\nPartner "
            f"{g.n(g.person(sex='M'))} ph {g.phone()}. Referred to Base Hospital maternity (not "
            f"{g.other_town()} clinic) per Guidelines.\nLMC: {g.n(g.staff())}, RM  {g.phone()}"
        )
    ]
    return "".join(o)


def t_ie_stroke(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"STROKE UNIT DISCHARGE LETTER\nRe: {g.n(pt)}, {g.addr()}\nMRN {g.mrn()}  DOB {g.dob_s()}\n"
            f"Dear Dr {g.n(g.staff(), 'last')},\n{g.title(pt)} {g.n(pt, 'last')} ({g.age_s()}) was admitted on "
            f"{g.d(g.ago(8, 14), 'ord')} with L MCA infarct, NIHSS {C('9')} -> {C('3')}. Thrombolysed "
            f"({C('tenecteplase 0.25 mg/kg')}). AF on telemetry; {C('apixaban 5 mg bd')} started day "
            f"{C('6')}. mRS {C('2')}.\nOPD review {C('3/12')}; ESD team will contact {g.n(g.relative(pt, 'F'), 'first')} "
            f"on {g.phone()}.\nIs mise le meas,\n{g.n(g.staff())}, SpR Geriatrics"
        )
    ]
    return "".join(o)


# ------------------------------------------------------------------------------ ZA / SG / IN
def t_za_paeds(g: G) -> str:
    kid = g.person(sex=g.r.choice("MF"))
    mom = g.relative(kid, "F")
    dob = g.today - timedelta(days=g.r.randint(200, 1500))
    o = [
        (
            f"PAEDIATRIC WARD NOTE  {g.d(g.today, 'num')}\nChild: {g.n(kid)}  Folder no "
            f"{_m('ID', g.digits(8))}  DOB {g.d(dob, 'num')}\nMother: {g.n(mom)}, ID "
            f"{_m('ID', g.digits(13))}, cell {g.phone()}, from {g.town_s()}.\nAcute gastroenteritis with "
            f"some dehydration. Wt {C('11.2 kg')}. Na {C('131')}. ORS {C('75 ml/kg')} over {C('4 h')}, "
            f"tolerating. Zinc {C('20 mg')} daily x {C('14 days')}. RtHB checked: immunisations up to date.\n"
            f"Plan: d/c if tolerating feeds; clinic f/u {g.d(g.ahead(5, 10), 'daymonth')}."
        )
    ]
    g.sign(o, "MO")
    return "".join(o)


def t_sg_poly(g: G) -> str:
    pt = g.pt
    nric = g.r.choice("ST") + g.digits(7) + g.r.choice("ABCDEFGHIZJ")
    o = [
        (
            f"POLYCLINIC CHRONIC DISEASE REVIEW\nName: {g.n(pt)}  NRIC {_m('ID', nric)}\nAddr: {g.addr()}\n"
            f"Visit {g.d(g.today, 'dmy_mon')}. T2DM {C('12 yrs')}. HbA1c {C('8.4%')} (prev {C('7.9%')} on "
            f"{g.d(g.ago(90, 150), 'num')}). LDL {C('2.9 mmol/L')}. uACR {C('6.2')}.\nMeds: "
            f"{C('metformin 850 mg bd')}, {C('gliclazide MR 60 mg om')}, add {C('empagliflozin 10 mg om')}.\n"
            f"DRP screening due. Son {g.n(g.relative(pt, 'M'))} HP {g.phone()}. TCU {C('3 months')}."
        )
    ]
    g.sign(o, "Family Physician")
    return "".join(o)


def t_in_neph(g: G) -> str:
    pt = g.pt
    aad = f"{g.digits(4)} {g.digits(4)} {g.digits(4)}"
    o = [
        (
            f"NEPHROLOGY OPD\nUHID: {_m('ID', 'UH' + g.digits(8))}  Aadhaar: {_m('ID', aad)}\n"
            f"Name: {g.n(pt)}  Age/Sex: {g.age_s()}/{pt.sex}\nAddress: {g.addr()}\nMob: {g.phone()}\n"
            f"CKD 4 (DKD). S.creat {C('3.8 mg/dl')}, eGFR {C('15')}, K {C('5.6')}, Hb {C('8.9 g/dl')}. "
            f"AV fistula created L wrist on {g.d(g.ago(30, 60), 'dot')}.\nAdv: {C('sodium bicarbonate 1 g tds')}, "
            f"{C('inj. erythropoietin 4000 IU')} twice weekly, low-K diet.\nReview after {C('1 month')} "
            f"with RFT. Attendant: {g.n(g.relative(pt, 'M'))} (son)."
        )
    ]
    g.sign(o, "DM (Nephro)")
    return "".join(o)


# ------------------------------------------------------------------------------ mixed countries
def t_crit_lab(g: G) -> str:
    pt = g.pt
    rn = g.staff()
    o = [
        (
            f"CRITICAL VALUE COMMENT - Specimen {_m('ID', g.digits(2) + '-' + g.digits(6))}\nPatient "
            f"{g.n(pt, 'lastfirst')}, MRN {g.mrn()}. Collected {g.d(g.today, 'isotime')}.\nPotassium "
            f"{C('6.9 mmol/L')} (non-haemolysed, repeat {C('6.8')}). Phoned to {g.n(rn)}, RN at "
            f"{g.time()}; read-back confirmed. Copy emailed to {g.email(rn, 'hospital.org')}.\n"
            f"Tech: {g.n(g.staff(), 'inits')}"
        )
    ]
    return "".join(o)


def t_rad_addendum(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"ADDENDUM to MRI lumbar spine, accession {_m('ID', g.digits(9))}, {g.n(pt)}, DOB "
            f"{g.dob_s()}\nOn re-review with prior of {g.d(g.ago(300, 900), 'abbr')}, the L4-5 disc "
            f"extrusion measures {C('9 mm')} (not {C('6 mm')}) with severe L lateral recess stenosis. "
            f"Findings discussed with Dr {g.n(g.staff(), 'last')} by phone {g.d(g.today, 'dm')} at {g.time()}.\n"
            f"Addendum by {g.n(g.staff())}, FRCR"
        )
    ]
    return "".join(o)


def t_path_skin(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"HISTOPATHOLOGY REPORT  Lab no {_m('ID', 'S' + str(g.today.year % 100) + '-' + g.digits(5))}\n"
            f"{g.n(pt, 'lastfirst')}  DOB {g.dob_s()}  Received {g.d(g.today, 'dmy_mon')}\n"
            f"Clinician: Dr {g.n(g.staff(), 'initial')} (Dermatology)\nSpecimen: ellipse L cheek "
            f"{C('22 x 9 x 5 mm')}.\nMicro: nodular BCC, max depth {C('1.8 mm')}; peripheral margin "
            f"{C('2.1 mm')}, deep {C('1.4 mm')}. No PNI.\nReported by {g.n(g.staff())}, consultant "
            f"histopathologist. Authorised {g.d(g.ahead(2, 5), 'num')}."
        )
    ]
    return "".join(o)


def t_mdt_lung(g: G) -> str:
    o = [f"LUNG MDT OUTCOMES - {g.d(g.today, 'long')}\nChair: Dr {g.n(g.staff(), 'last')}\n"]
    for i in range(g.r.randint(2, 4)):
        p = g.person()
        a = g.other_age()
        o.append(
            f"{C(i + 1)}. {g.n(p, 'lastfirst')} ({a}) {g.mrn()} - {g.r.choice(['T2aN0M0 adeno', 'T3N2 SCC', 'SCLC ED', 'T1bN0 adeno'])}, "
            f"PS {C(g.r.randint(0, 3))}. Outcome: {g.r.choice(['SABR 54 Gy/3#', 'lobectomy', 'chemo-IO', 'BSC'])}; "
            f"CNS {g.n(g.staff(), 'first')} to call pt by {g.d(g.ahead(1, 5), 'daymonth')}.\n"
        )
    return "".join(o)


def t_safeguard(g: G) -> str:
    pt = g.pt
    o = [
        (
            f"SAFEGUARDING ADULTS CONCERN  Ref {_m('ID', 'SG-' + g.digits(6))}\nDate {g.d(g.today, 'num')}\n"
            f"Adult at risk: {g.n(pt)} ({g.age_s()}), {g.addr()}\nConcern raised by {g.n(g.staff())}, "
            f"district nurse: grade {C('3')} sacral pressure ulcer, wt loss {C('6 kg')} in {C('2 months')}, "
            f"carer (grandson {g.n(g.relative(pt, 'M'), 'first')}) refusing access on {g.d(g.ago(2, 6), 'daymonth')}.\n"
            f"Mental capacity re care decisions: lacks capacity (MCA two-stage test). MUST {C('3')}.\n"
            f"Referred to local authority; duty SW {g.n(g.staff())} tel {g.phone()}."
        )
    ]
    return "".join(o)


def t_acp(g: G) -> str:
    pt = g.pt
    proxy = g.relative(pt, g.r.choice("MF"))
    o = [
        (
            f"ADVANCE CARE PLANNING NOTE  {g.d(g.today)}\n{g.n(pt)} ({g.age_s()} y) with {g.n(proxy)} "
            f"(health care agent) present. Prognosis discussed: ESRD, declining dialysis. Goals: comfort, "
            f"home. POLST completed: DNR, selective treatment. Scanned to "
            f"{_m('URL', 'https://ehr.' + g.r.choice(['mercyhealth', 'stlukes', 'valleymed']) + '.org/docs/acp/' + g.digits(7))}. "
            f"Agent cell {g.phone()}. Time spent {C('45 min')} (ACP {C('99497')}).\nChaplain {g.n(g.staff(), 'first')} "
            f"visited; prays with pt."
        )
    ]
    g.sign(o, "MD")
    return "".join(o)


def t_incident(g: G) -> str:
    pt = g.pt
    ip = f"10.{g.r.randint(0, 255)}.{g.r.randint(0, 255)}.{g.r.randint(1, 254)}"
    o = [
        (
            f"INCIDENT REPORT #{_m('ID', 'IR' + g.digits(6))}\nDate/time: {g.d(g.today, 'isotime')}\n"
            f"Location: 4 West, bay {C('3')}\nPatient involved: {g.n(pt)} (MRN {g.mrn()})\n"
            f"Description: wrong patient label printed from workstation {_m('IP', ip)}; specimen for "
            f"{g.n(g.person())} mislabelled. Detected by lab before processing. No harm.\nReporter: "
            f"{g.n(g.staff())}, RN. Manager notified: {g.n(g.staff(), 'initial')}."
        )
    ]
    return "".join(o)


# ------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[G], str]]] = [  # (name, country, template)
    ("ed_headache", "US", t_ed_headache),
    ("hospitalist_pneumonia_hp", "US", t_hosp_pneumonia),
    ("gp_letter_cardiology", "UK", t_gp_cardio),
    ("progress_aki", "US", t_progress_aki),
    ("ae_head_injury", "UK", t_ae_headinjury),
    ("discharge_hip_fracture", "US", t_dc_hip),
    ("copd_clinic", "CA", t_ca_copd),
    ("rn_shift_lower", "US", t_rn_lower),
    ("board_round_lower", "UK", t_board_round),
    ("short_stay_discharge", "AU", t_au_ssu),
    ("telephone_refill", "US", t_tel_refill),
    ("lmc_transfer", "NZ", t_nz_lmc),
    ("portal_colonoscopy", "US", t_portal),
    ("hf_nurse_visit", "UK", t_hf_nurse),
    ("stroke_discharge", "IE", t_ie_stroke),
    ("home_health_soc", "US", t_homehealth),
    ("paeds_ward", "ZA", t_za_paeds),
    ("ct_abdomen", "US", t_ct_abd),
    ("memory_clinic", "UK", t_memory),
    ("polyclinic_diabetes", "SG", t_sg_poly),
    ("thoracentesis", "US", t_thoracentesis),
    ("critical_lab", "*", t_crit_lab),
    ("nephrology_opd", "IN", t_in_neph),
    ("postpartum_day1", "US", t_postpartum),
    ("tto_discharge", "UK", t_tto),
    ("radiology_addendum", "*", t_rad_addendum),
    ("well_child_4y", "US", t_wellchild),
    ("fracture_clinic", "CA", t_ca_fracture),
    ("skin_pathology", "*", t_path_skin),
    ("pulm_consult", "US", t_pulm_consult),
    ("community_palliative", "AU", t_au_palliative),
    ("lung_mdt", "*", t_mdt_lung),
    ("pharmacy_vanc", "US", t_pharm_vanc),
    ("safeguarding", "UK", t_safeguard),
    ("acp_note", "US", t_acp),
    ("incident_report", "*", t_incident),
]
_MIXED = ("US", "UK", "AU", "CA", "NZ", "IE", "SG", "ZA", "IN")
_FAKERS: dict[str, Faker] = {}


def _fakers() -> dict[str, Faker]:
    if not _FAKERS:
        for loc in LOCALES:
            _FAKERS[loc] = Faker(loc)
    return _FAKERS


def _build(marked: str, g: G) -> Note:
    b = NoteBuilder()
    pos = 0
    for m in _MARK.finditer(marked):
        b.t(marked[pos : m.start()])
        kind, val = m.group(1), m.group(2)
        if kind == "C":
            b.c(val)
        else:
            b.p(kind, val)
        pos = m.end()
    b.t(marked[pos:])
    pt = g.pt
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": [pt.first] + ([pt.middle] if pt.middle else [])}],
        "gender": "male" if pt.sex == "M" else "female",
        "birthDate": g.dob.isoformat(),
        "address": [{"line": [g.street], "city": g.town[0], "postalCode": g.town[2]}],
    }
    note = b.build(patient)
    assert "\x01" not in note.text and "\x03" not in note.text
    return note


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through ``TEMPLATES``; deterministic for a given ``n``."""
    fk = _fakers()
    notes: list[Note] = []
    for i in range(n):
        _name, cc, fn = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(SEED * 1_000_003 + i)
        if cc == "*":
            cc = _MIXED[(i // len(TEMPLATES)) % len(_MIXED)]
        for j, f in enumerate(fk.values()):
            f.seed_instance(SEED + 97 * i + j)
        old = rng.random() < 0.22
        g = G(rng, fk, cc, old)
        notes.append(_build(fn(g), g))
    return notes
