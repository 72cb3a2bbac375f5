"""HELD-OUT v18 PHI corpus: written before any round-18 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v17 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, but with
other templates and phrasing, and nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. 53 templates, cycled in order (see ``TEMPLATES``):
ED provider notes with MDM and disposition, hospitalist interval-event progress notes, AF / RVR
cardiology consults, AKI nephrology consults, S. aureus bacteraemia ID consults with OPAT
plans, case-management discharge-planning notes, nurse-triage telephone encounters, quick
lower-case nursing shift notes, L&D triage notes, 4-month well-child visits, thoracentesis
procedure notes, CT reports with comparisons and addenda, patient-portal messages (US); GP
clinic letters with "review 6/12" / "TTO 14/7", A&E clerkings (PC / HPC / SH "lives in"),
consultant ward-round entries, SBAR nursing handovers, district-nurse referrals, histopathology
reports, renal-unit dialysis letters, Datix-style incident summaries (UK); ED discharge
summaries with OHIP numbers, pre-anaesthesia clinic notes (Canada); discharge summaries with
Medicare numbers, ICU nursing narratives (Australia); postnatal LMC notes with NHI numbers,
practice-nurse notes (New Zealand); orthopaedic outpatient letters with Eircodes, liaison
psychiatry notes (Ireland); medical-ward admissions with 13-digit ID numbers, ART / TB clinic
notes (South Africa); polyclinic referral memos with NRIC and HDB addresses, discharge memos
(Singapore); discharge summaries with UHID / Aadhaar numbers and PIN codes, cardiology OPD notes
(India); and specialty notes spread over those countries: psychiatric-unit progress notes,
oncology clinic letters, dermatology excision notes, glaucoma clinic notes, urology OPD notes,
transfusion records, adult-safeguarding concerns, Mental Capacity Act assessments, advance care
planning conversations, NICU daily notes, chaplaincy visits, discharge medication
reconciliations, chemistry-lab phoned-result comments, PCI consent forms, occupational-health
fitness reports and sexual-health clinic notes. About a third of the letters end with a cc /
dictation / cosign line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ, en_IE and en_IN, plus curated South
African (Zulu, Xhosa, Sotho, Afrikaans, Cape Malay) and Singaporean (Chinese surname-first,
Malay "bin / binte", Tamil "s/o / d/o") names, in many forms: "First Last", "First M. Last",
"LAST, First", "Last, First M", "F. Last", surname alone after a title, first name alone,
lower-case, nicknames in quotes, hyphenated surnames, staff initials.

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country (also
"Singapore" before a postcode) is not PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP.
DATE: anything more specific than a year, in 15+ formats (US and day-first numeric, two-digit
years, day + month alone, ISO, ISO date-time as one token, written-out, abbreviated, ordinal,
"04-Mar-2025", "04MAR2025", dotted, month + year); "on 3/4 (yesterday)" labels only "3/4";
weekdays and "the" stay outside; a date followed by a separate time labels only the date. UK
follow-up shorthand ("review 6/12", "TTO 14/7", "3/52") is a duration, not a date (recorded as
a clinical value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside the
span); labels such as "cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits of
a masked or "last 4" SSN. ID: MRN / UR / hospital / FIN / CSN / account / encounter numbers,
NHS / OHIP / Medicare / NHI / PPSN / SA ID / NRIC / UHID / Aadhaar numbers, accession /
specimen numbers, incident numbers, device serials, licence plates. AGE: ages >= 90 only,
number part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations,
years alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit names
("Cath lab", "Ward 7B", "AMU", "HDU", "4 West") and facility / employer / insurer / pharmacy
names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 18_2026
_MARK = re.compile(r"⟦(\w+)\|(.*?)⟧", re.DOTALL)
_KINDS = {
    "N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "U": "URL", "IP": "IP", "S": "SSN",
    "I": "ID", "A": "ADDRESS", "Z": "ZIP", "G": "AGE",
}  # fmt: skip


def _m(kind: str, text: str) -> str:
    return f"⟦{kind}|{text}⟧"


def C(text: str) -> str:
    return _m("C", text)


def A(text: str) -> str:
    return _m("A", text)


def Z(text: str) -> str:
    return _m("Z", text)


def E(text: str) -> str:
    return _m("E", text)


def U(text: str) -> str:
    return _m("U", text)


def I(text: str) -> str:
    return _m("I", text)


def G(text: str) -> str:
    return _m("G", text)


def N(text: str) -> str:
    return _m("N", text)


def _render(marked: str, patient: dict[str, Any]) -> Note:
    b = NoteBuilder()
    pos = 0
    for mt in _MARK.finditer(marked):
        b.t(marked[pos : mt.start()])
        kind, val = mt.group(1), mt.group(2)
        if kind == "C":
            b.c(val)
        else:
            b.p(_KINDS[kind], val)
        pos = mt.end()
    b.t(marked[pos:])
    return b.build(patient)


# ---------------------------------------------------------------- places (curated)
_US = [("Dayton", "OH", "45402"), ("Tacoma", "WA", "98402"), ("Macon", "GA", "31201"),
       ("Lubbock", "TX", "79401"), ("Flint", "MI", "48502"), ("Bangor", "ME", "04401"),
       ("Fresno", "CA", "93721"), ("Tulsa", "OK", "74103"), ("Yonkers", "NY", "10701"),
       ("Scranton", "PA", "18503"), ("Provo", "UT", "84601"), ("Duluth", "MN", "55802"),
       ("Joliet", "IL", "60432"), ("Gastonia", "NC", "28052")]
_UK = [("Swindon", "SN1 2DQ"), ("Wigan", "WN3 5AB"), ("Harrogate", "HG1 4PT"),
       ("Luton", "LU2 7JR"), ("Kettering", "NN16 8LB"), ("Dundee", "DD3 6HR"),
       ("Newport", "NP20 4GE"), ("Barnsley", "S70 2TA"), ("Truro", "TR1 3LJ"),
       ("Carlisle", "CA2 5QN"), ("Stockport", "SK4 1AX"), ("Bootle", "L20 3NY")]
_CA = [("Kitchener", "ON", "N2G 1C5"), ("Moncton", "NB", "E1C 4M6"), ("Red Deer", "AB", "T4N 3Y2"),
       ("Kamloops", "BC", "V2C 1A1"), ("Sudbury", "ON", "P3E 2C6"), ("Brandon", "MB", "R7A 5Y5"),
       ("Oshawa", "ON", "L1H 7K4")]
_AU = [("Frankston", "VIC", "3199"), ("Penrith", "NSW", "2750"), ("Ipswich", "QLD", "4305"),
       ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027"), ("Glenorchy", "TAS", "7010"),
       ("Dandenong", "VIC", "3175")]
_NZ = [("Papatoetoe", "Auckland", "2025"), ("Hamilton East", "Hamilton", "3216"),
       ("Porirua", "Wellington", "5022"), ("Riccarton", "Christchurch", "8011"),
       ("Otara", "Auckland", "2023"), ("Gonville", "Whanganui", "4501")]
_IE = [("Tallaght", "D24 X5P2"), ("Ennis", "V95 K2T8"), ("Mullingar", "N91 E3F6"),
       ("Ballincollig", "P31 Y9W4"), ("Navan", "C15 R2H7"), ("Swords", "K67 T1C3")]
_ZA = [("Khayelitsha", "Cape Town", "7784"), ("Soweto", "Johannesburg", "1804"),
       ("Umlazi", "Durban", "4031"), ("Mamelodi", "Pretoria", "0122"),
       ("Mitchells Plain", "Cape Town", "7785"), ("Bellville", "Cape Town", "7530")]
_SG = ["Bedok North St 1", "Jurong West St 42", "Ang Mo Kio Ave 3", "Tampines St 21",
       "Yishun Ring Rd", "Toa Payoh Lor 5", "Woodlands Dr 14"]
_IN = [("Pune", "411045", "Baner Road"), ("Nagpur", "440010", "Civil Lines"),
       ("Kochi", "682020", "MG Road"), ("Lucknow", "226010", "Gomti Nagar"),
       ("Coimbatore", "641002", "RS Puram"), ("Indore", "452001", "Vijay Nagar")]
_STREET = ["Maple", "Ridgeview", "Chestnut", "Hillcrest", "Kingsway", "Orchard", "Victoria",
           "Station", "Church", "Mill", "Harbour", "Wattle", "Kauri", "Beacon", "Larch", "Albert"]
_ZA_NAMES = [("Sipho", "Ndlovu"), ("Thandeka", "Dlamini"), ("Pieter", "van Wyk"),
             ("Annelie", "Botha"), ("Zanele", "Mokoena"), ("Johan", "du Plessis"),
             ("Nomvula", "Khumalo"), ("Riaan", "Pretorius"), ("Ayesha", "Parker"),
             ("Lwazi", "Mthembu"), ("Palesa", "Molefe"), ("Thabo", "Nkosi"),
             ("Fatima", "Adams"), ("Sizwe", "Mahlangu"), ("Elmarie", "Venter")]
_SG_NAMES = ["Tan Wei Ming", "Lim Hui Ling", "Goh Kok Leong", "Ong Siew Lan", "Chua Boon Keat",
             "Nur Aisyah binte Rahman", "Muhammad Faizal bin Osman", "Siti Nurhaliza binte Yusof",
             "Ganesh s/o Ramasamy", "Priya d/o Subramaniam", "Ng Mei Xuan", "Teo Jun Hao"]
_ZA_F = {"Thandeka", "Annelie", "Zanele", "Nomvula", "Ayesha", "Palesa", "Fatima", "Elmarie"}
_SG_F = {"Lim Hui Ling", "Ong Siew Lan", "Nur Aisyah binte Rahman", "Siti Nurhaliza binte Yusof",
         "Priya d/o Subramaniam", "Ng Mei Xuan"}
_NICK = {"William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Betty",
         "James": "Jim", "Patricia": "Pat", "Richard": "Dick", "Katherine": "Kate",
         "Thomas": "Tom", "Susan": "Sue", "Michael": "Mike", "Jennifer": "Jen"}
_LOC = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ",
        "IE": "en_IE", "IN": "en_IN"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""
    sur_first: bool = False  # Singapore Chinese order: "Tan Wei Ming"

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.sur_first else f"{self.first} {self.last}"


class Ctx:
    """Per-note generator state: a seeded RNG, a country and helpers that return marked text."""

    def __init__(
        self, rng: random.Random, country: str, fakers: dict[str, Faker], sex: str | None = None
    ) -> None:
        self.r = rng
        self.country = country
        self.fk = fakers[_LOC.get(country, "en_GB")]
        self.d0 = date(2023, 1, 2) + timedelta(days=rng.randrange(0, 1000))
        self.sex = sex or ("F" if rng.random() < 0.52 else "M")
        self.pt = self.person(self.sex)
        self.pt_age = rng.choice([rng.randint(90, 103)] + [rng.randint(19, 88)] * 6)
        self.dob = date(self.d0.year - self.pt_age, rng.randint(1, 12), rng.randint(1, 28))
        self.place = self._place()

    # --- people
    def person(self, sex: str | None = None) -> Person:
        r = self.r
        sex = sex or r.choice("FM")
        if self.country == "ZA":
            f, la = r.choice([n for n in _ZA_NAMES if n[0] in _ZA_F] if sex == "F"
                             else [n for n in _ZA_NAMES if n[0] not in _ZA_F])
            return Person(f, la, r.choice(["", "J", "M", "N"]))
        if self.country == "SG":
            parts = r.choice([n for n in _SG_NAMES if (n in _SG_F) == (sex == "F")]).split(" ")
            links = [k for k, w in enumerate(parts) if w in ("bin", "binte", "s/o", "d/o")]
            if links:
                return Person(" ".join(parts[: links[0]]), " ".join(parts[links[0] :]))
            return Person(" ".join(parts[1:]), parts[0], "", True)
        f = self.fk.first_name_female() if sex == "F" else self.fk.first_name_male()
        la = self.fk.last_name()
        if r.random() < 0.08:
            la = f"{la}-{self.fk.last_name()}"
        return Person(f, la, r.choice(["", "", self.fk.first_name()]))

    def nm(self, p: Person, style: str | None = None) -> str:
        """A marked NAME in one of many written forms (titles are added by the caller)."""
        r = self.r
        if p.sur_first or " " in p.last:
            if style not in ("full", "first", "lower", "last", "caps"):
                style = "full"
            if style == "last" and " " in p.last:
                style = "first"
        style = style or r.choice(["full", "full", "full", "mid", "lastfirst", "init", "first",
                                   "lower", "caps", "lastfirstm"])
        if style == "nick" and p.first in _NICK:
            return f'{N(p.first)} "{N(_NICK[p.first])}" {N(p.last)}'
        txt = {
            "full": p.full,
            "mid": f"{p.first} {p.middle[:1]}. {p.last}" if p.middle else p.full,
            "lastfirst": f"{p.last.upper()}, {p.first}",
            "lastfirstm": f"{p.last}, {p.first} {p.middle[:1]}".rstrip(),
            "init": f"{p.first[0]}. {p.last}",
            "first": p.first,
            "last": p.last,
            "lower": p.full.lower(),
            "caps": p.full.upper(),
            "nick": p.full,
            "initials": f"{p.first[0]}{p.last[0]}",
        }[style]
        return N(txt)

    def staff(self, style: str | None = None) -> str:
        return self.nm(self.person(), style or self.r.choice(["full", "init", "last", "mid"]))

    # --- dates
    def dt(self, d: date, style: str | None = None) -> str:
        us = self.country == "US"
        r = self.r
        st = style or r.choice(["num", "num", "num2", "short", "long", "abbr", "iso", "dmy3",
                                "compact", "ord", "dotted", "dm"])
        dd, mm, yy = d.day, d.month, d.year
        mon = _MONTHS[mm - 1]
        txt = {
            "num": f"{mm}/{dd}/{yy}" if us else f"{dd:02d}/{mm:02d}/{yy}",
            "num2": f"{mm:02d}/{dd:02d}/{yy % 100:02d}" if us else f"{dd}/{mm}/{yy % 100:02d}",
            "short": f"{mm}/{dd}" if us else f"{dd}/{mm}",
            "long": f"{mon} {dd}, {yy}" if us else f"{dd} {mon} {yy}",
            "abbr": f"{mon[:3]} {dd}, {yy}" if us else f"{dd} {mon[:3]} {yy}",
            "iso": d.isoformat(),
            "dmy3": f"{dd:02d}-{mon[:3]}-{yy}",
            "compact": f"{dd:02d}{mon[:3].upper()}{yy}",
            "ord": f"{mon} {_ord(dd)}" if us else f"{_ord(dd)} {mon} {yy}",
            "dotted": f"{dd:02d}.{mm:02d}.{yy}",
            "dm": f"{mon[:3]} {dd}" if us else f"{dd} {mon[:3]}",
            "my": f"{mon} {yy}",
        }[st]
        return _m("D", txt)

    def day(self, offset: int, style: str | None = None) -> str:
        return self.dt(self.d0 + timedelta(days=offset), style)

    def isodt(self, offset: int = 0) -> str:
        d = self.d0 + timedelta(days=offset)
        return _m("D", f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.choice(['05', '17', '32', '48'])}")

    def dob_txt(self) -> str:
        return self.dt(self.dob, self.r.choice(["num", "long", "iso", "dmy3", "dotted"]))

    def wkday(self, offset: int) -> str:
        """Weekday (outside the span) + a short date: "Tues 4/3", "Thursday 6 March"."""
        d = self.d0 + timedelta(days=offset)
        wd = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"][d.weekday()]
        if self.r.random() < 0.5:
            return f"{wd} {self.dt(d, 'short')}"
        full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        return f"{full[d.weekday()]} {self.dt(d, 'long')}"

    def the_ord(self, offset: int) -> str:
        d = self.d0 + timedelta(days=offset)
        return f"the {_m('D', f'{_ord(d.day)} of {_MONTHS[d.month - 1]}')}"

    def age_words(self, years: int) -> str:
        tens = {9: "ninety", 8: "eighty", 7: "seventy", 6: "sixty"}[years // 10]
        ones = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
        w = tens + ones[years % 10]
        return G(w) if years >= 90 else C(w)

    def signoff(self) -> str:
        r = self.r
        return r.choice([
            f"\ncc: {self.staff('init')}, GP; {self.nm(self.pt, 'full')} (patient)\n",
            f"\nDictated by {self.staff('full')}; transcribed by {self.staff('initials')} {self.day(1, 'short')}\n",
            f"\nCosigned: {self.staff('lastfirst')}, MD\n",
            f"\nSeen with {self.staff('first')} (student) and {self.staff('full')}, RN\n",
            "\n",
        ])

    # --- numbers
    def tm(self) -> str:
        return C(f"{self.r.randint(0, 23):02d}{self.r.choice(['00', '15', '30', '45', '10'])}")

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def ph(self, kind: str = "") -> str:
        r, c, dg = self.r, self.country, self.digits
        if c in ("US", "CA"):
            a = r.choice(["937", "253", "478", "806", "810", "519", "506", "403", "250", "918"])
            txt = r.choice([f"({a}) 555-{dg(4)}", f"{a}-555-{dg(4)}", f"{a}.555.{dg(4)}",
                            f"{a} 555 {dg(4)}", f"+1 {a}-555-{dg(4)}"])
            if r.random() < 0.15:
                txt += r.choice([f" x{dg(3)}", f" ext. {dg(4)}", f", ext {dg(3)}"])
        elif c == "UK":
            txt = r.choice([f"07700 900{dg(3)}", f"01793 {dg(6)}", f"0161 496 {dg(4)}",
                            f"+44 7700 900{dg(3)}", f"(01942) {dg(6)}"])
        elif c == "AU":
            txt = r.choice([f"04{dg(2)} {dg(3)} {dg(3)}", f"(03) 9{dg(3)} {dg(4)}", f"02 4{dg(3)} {dg(4)}"])
        elif c == "NZ":
            txt = r.choice([f"021 {dg(3)} {dg(4)}", f"(09) 27{dg(1)} {dg(4)}", f"027-{dg(3)}-{dg(4)}"])
        elif c == "IE":
            txt = r.choice([f"087 {dg(3)} {dg(4)}", f"(01) 4{dg(2)} {dg(4)}", f"+353 86 {dg(3)} {dg(4)}"])
        elif c == "ZA":
            txt = r.choice([f"082 {dg(3)} {dg(4)}", f"+27 21 {dg(3)} {dg(4)}", f"071-{dg(3)}-{dg(4)}"])
        elif c == "SG":
            txt = r.choice([f"9{dg(3)} {dg(4)}", f"+65 8{dg(3)} {dg(4)}", f"6{dg(3)}-{dg(4)}"])
        else:
            txt = r.choice([f"+91 98{dg(3)} {dg(5)}", f"98{dg(8)}", f"0712-{dg(7)}"])
        return _m("P", txt)

    def mrn(self) -> str:
        r, dg = self.r, self.digits
        return I(r.choice([dg(7), f"{dg(2)}-{dg(5)}", f"MR{dg(6)}", f"E{dg(7)}", f"00{dg(6)}"]))

    def age(self, years: int | None = None, style: str = "yo") -> str:
        a = self.pt_age if years is None else years
        num = G(str(a)) if a >= 90 else C(str(a))
        return {"yo": f"{num}yo", "yof": f"{num} y/o", "yr": f"{num}-year-old",
                "aged": f"aged {num}", "age": f"age {num}", "bare": num,
                "yrs": f"{num} yrs", "sp": f"{num} year old"}[style]

    def _place(self) -> dict[str, str]:
        r, c = self.r, self.country
        no = r.randint(2, 498)
        st = r.choice(_STREET)
        if c == "US":
            city, state, z = r.choice(_US)
            line = f"{no} {st} {r.choice(['St', 'Ave', 'Dr', 'Ln', 'Blvd'])}"
            if r.random() < 0.4:
                line += r.choice([f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}",
                                  f", Unit {r.randint(1, 20)}"])
            return {"line": line, "city": city, "state": state, "zip": z}
        if c == "UK":
            town, pc = r.choice(_UK)
            line = f"{no} {st} {r.choice(['Road', 'Close', 'Street', 'Gardens', 'Way'])}"
            if r.random() < 0.35:
                line = f"Flat {r.randint(1, 24)}, {line}"
            return {"line": line, "city": town, "state": "", "zip": pc}
        if c == "CA":
            city, prov, pc = r.choice(_CA)
            line = f"{r.randint(101, 1908)}-{no} {st} {r.choice(['St', 'Ave', 'Cres'])}" if r.random() < 0.4 \
                else f"{no} {st} {r.choice(['St', 'Ave', 'Cres'])}"
            return {"line": line, "city": city, "state": prov, "zip": pc}
        if c == "AU":
            sub, state, pc = r.choice(_AU)
            line = f"{r.randint(1, 12)}/{no} {st} {r.choice(['St', 'Rd', 'Pde'])}" if r.random() < 0.4 \
                else f"{no} {st} {r.choice(['St', 'Rd', 'Pde'])}"
            return {"line": line, "city": sub, "state": state, "zip": pc}
        if c == "NZ":
            sub, city, pc = r.choice(_NZ)
            return {"line": f"{no} {st} {r.choice(['Rd', 'St', 'Cres'])}", "city": sub, "city2": city,
                    "state": "", "zip": pc}
        if c == "IE":
            town, ec = r.choice(_IE)
            return {"line": f"{no} {r.choice(['Oakfield', 'Cnoc', 'Ashgrove', 'Beechwood'])} {r.choice(['Park', 'Drive', 'Lawns'])}",
                    "city": town, "state": "", "zip": ec}
        if c == "ZA":
            sub, city, pc = r.choice(_ZA)
            return {"line": f"{no} {r.choice(['Mandela', 'Sisulu', 'Protea', 'Jacaranda'])} {r.choice(['Street', 'Crescent', 'Avenue'])}",
                    "city": sub, "city2": city, "state": "", "zip": pc}
        if c == "SG":
            blk = r.randint(101, 899)
            return {"line": f"Blk {blk} {r.choice(_SG)}, #{r.randint(2, 16):02d}-{r.randint(10, 450)}",
                    "city": "", "state": "Singapore", "zip": f"{r.choice(['46', '64', '56', '52', '76', '31'])}0{blk}"}
        city, pin, area = r.choice(_IN)
        return {"line": f"Flat {r.randint(101, 904)}, {r.choice(['Sai', 'Shanti', 'Green'])} {r.choice(['Residency', 'Apartments', 'Heights'])}, {area}",
                "city": city, "state": "", "zip": pin}

    def fhir(self) -> dict[str, Any]:
        p, pl = self.pt, self.place
        given = [p.first] + ([p.middle] if p.middle else [])
        return {
            "resourceType": "Patient",
            "id": f"v18-{self.digits(8)}",
            "name": [{"family": p.last, "given": given}],
            "birthDate": self.dob.isoformat(),
            "gender": "female" if self.sex == "F" else "male",
            "address": [{"line": [pl["line"]], "city": pl["city"], "state": pl["state"],
                         "postalCode": pl["zip"]}],
        }


# ---------------------------------------------------------------- US templates
def t_ed_provider(x: Ctx) -> str:
    p = x.pt
    return (
        f"ED PROVIDER NOTE\nPatient: {x.nm(p, 'lastfirstm')}   MRN: {x.mrn()}   DOB: {x.dob_txt()}\n"
        f"Date of service: {x.day(0, 'num')}  Arrival {x.tm()}  Attending: Dr. {x.staff()}\n\n"
        f"CC: chest pressure x {C('3 hours')}\n"
        f"HPI: {x.age(None, 'yr')} {'female' if x.sex == 'F' else 'male'} from {A(x.place['city'])} with hx of HTN, "
        f"HLD presents with substernal pressure radiating to L arm, onset at rest around {x.tm()}. "
        f"Took {C('aspirin 324 mg')} at home per EMS. Seen at urgent care on {x.day(-2, 'short')} "
        f"(two days ago) for URI sx. Wife {x.nm(x.person('F'), 'first')} at bedside contributes history.\n"
        f"ROS: 10-point ROS negative except as in HPI.\n"
        f"EXAM: BP {C('162/94')}, HR {C('104')}, RR {C('20')}, SpO2 {C('95%')} RA, T {C('37.1')}. "
        f"Diaphoretic, lungs clear, no JVD.\n"
        f"MDM: ECG {C('ST depression V4-V6')}, troponin {C('0.09 ng/mL')} -> {C('0.31 ng/mL')} at {C('3 h')}. "
        f"HEART score {C('7')}. NSTEMI. Started {C('heparin drip 60 units/kg')} bolus, "
        f"{C('atorvastatin 80 mg')}. D/w cardiology fellow Dr {x.staff('last')} (pager {x.ph()}), "
        f"accepted to Cath lab in AM.\n"
        f"DISPO: admit to 4 West telemetry. Pt's daughter {x.nm(x.person('F'))} updated at cell {x.ph()}.\n"
        f"Electronically signed: {x.staff('full')}, MD {x.isodt(0)}\n"
    )


def t_hospitalist(x: Ctx) -> str:
    p = x.pt
    return (
        f"Hospital Medicine Progress Note — HD#{C('4')}\n{x.nm(p, 'caps')} | FIN {I(x.digits(10))} | "
        f"Rm 612-B | {x.day(3, 'long')}\n\n"
        f"Interval events: overnight cross-cover (Dr {x.staff('init')}) called for hypotension "
        f"{C('84/50')} at {x.tm()}, improved with {C('500 mL LR')}. Blood cx from {x.day(1, 'short')} "
        f"growing {C('GNR')}.\n"
        f"S: pt feels 'washed out', tolerating diet. Son {x.nm(x.person('M'), 'full')} visiting from "
        f"{A(x.r.choice(_US)[0])}.\n"
        f"O: Tmax {C('38.6')}, HR {C('98')}, BP {C('112/66')}. WBC {C('15.2')} (was {C('18.9')}), "
        f"Cr {C('1.4')}, lactate {C('1.8')}.\n"
        f"A/P: {x.age(None, 'yo')} with E. coli urosepsis.\n"
        f" - {C('ceftriaxone 2 g IV q24h')}, narrow per sensis on return\n"
        f" - hold {C('lisinopril 20 mg')}; resume when SBP > {C('120')}\n"
        f" - PT/OT; anticipate d/c {x.day(5, 'short')} if afebrile {C('48 h')}\n"
        f"Code status: Full. HCP: {x.nm(x.person(), 'lastfirst')} {x.ph()}\n"
        f"{x.staff('full')}, DO"
    )


def t_cards_consult(x: Ctx) -> str:
    return (
        f"CARDIOLOGY CONSULTATION\nRequested by: Dr. {x.staff('mid')} (Hospitalist)   Date: {x.day(0, 'abbr')}\n"
        f"Patient: {x.nm(x.pt, 'mid')}  Acct# {I(x.digits(9))}  MRN {x.mrn()}\n"
        f"Reason: AF with RVR.\n"
        f"HPI: {x.age(None, 'aged')} with paroxysmal AF dx {C('2019')} (Holter by Dr {x.staff('last')}), "
        f"admitted {x.day(-1, 'short')} (yesterday) with palpitations, HR {C('148')}. "
        f"Received {C('diltiazem 10 mg IV')} x{C('2')}. CHA2DS2-VASc {C('5')}, HAS-BLED {C('2')}.\n"
        f"Echo {x.day(-300, 'num')}: EF {C('45%')}, LA {C('4.6 cm')}.\n"
        f"Recommendations:\n1. {C('metoprolol tartrate 25 mg PO q6h')}, titrate to HR < {C('110')}\n"
        f"2. start {C('apixaban 5 mg BID')}\n3. TTE; TEE/DCCV if not rate-controlled by Friday.\n"
        f"Thank you for this consult. {x.staff('full')}, MD, FACC  pgr {x.ph()}\n"
    )


def t_neph_consult(x: Ctx) -> str:
    return (
        f"Nephrology Consult Note\n{x.nm(x.pt, 'lastfirst')}  DOB {x.dob_txt()}  MRN {x.mrn()}\n"
        f"Consult date {x.day(0, 'iso')}; requesting: {x.staff('init')}, MD\n"
        f"AKI on CKD 3b. Baseline Cr {C('1.6')} ({x.day(-90, 'my')}), now {C('3.9')}; K {C('5.8')}, "
        f"HCO3 {C('17')}. UOP {C('350 mL/24 h')}. Received IV contrast on {x.day(-3, 'short')}.\n"
        f"Home meds: {C('furosemide 40 mg daily')}, {C('losartan 50 mg')}, {C('metformin 1000 mg BID')}.\n"
        f"Rec: hold losartan/metformin, {C('sodium bicarbonate 650 mg TID')}, "
        f"{C('Lokelma 10 g TID')} x {C('48h')}, renal US, strict I/O. No emergent HD indication.\n"
        f"Outpatient nephrologist Dr. {x.staff('last')} (Riverside Kidney Associates, {A(x.place['city'])}, "
        f"fax {x.ph()}) notified.\n-- {x.staff('initials')}\n"
    )


def t_id_consult(x: Ctx) -> str:
    pl = x.place
    return (
        f"Infectious Diseases Consultation — {x.day(0, 'dmy3')}\nPt: {x.nm(x.pt, 'full')}, "
        f"{x.age(None, 'yof')}  MRN: {x.mrn()}\n"
        f"MSSA bacteremia, first positive cx {x.isodt(-2)}; repeat cx {x.day(0, 'short')} pending. "
        f"TTE no vegetation; TEE scheduled.\n"
        f"Plan: {C('cefazolin 2 g IV q8h')} for {C('6 weeks')} from first negative culture; PICC "
        f"placement; OPAT via Option Care, weekly CBC/BMP. Vanc trough N/A.\n"
        f"Home: {A(pl['line'])}, {A(pl['city'])}, {pl['state']} {Z(pl['zip'])}; lives with partner "
        f"{x.nm(x.person(), 'first')} ({x.ph()}).\nID clinic f/u with Dr {x.staff('last')} on "
        f"{x.day(14, 'num')} at {x.tm()}.\n{x.staff('mid')}, MD — ID fellow\n"
    )


def t_case_mgmt(x: Ctx) -> str:
    p, pl = x.pt, x.place
    dtr = x.person('F')
    return (
        f"CASE MANAGEMENT — DISCHARGE PLANNING\n{x.nm(p, 'lastfirst')} / MRN {x.mrn()} / "
        f"Medicare MBI {I('1EG4-TE5-MK' + x.digits(2))}\n"
        f"Met with pt and daughter {x.nm(dtr, 'full')} (cell {x.ph()}, email "
        f"{E(dtr.first.lower() + '.' + dtr.last.lower().replace(' ', '') + '@gmail.com')}). "
        f"Pt lives alone at {A(pl['line'])}, {A(pl['city'])}; 2 steps to enter.\n"
        f"PT recs SNF; {C('3-day')} qualifying stay met ({x.day(-4, 'short')}-{x.day(-1, 'short')}). "
        f"Referrals sent to Maple Grove Rehab and Sunrise SNF. Insurance: Humana Gold, auth # {I('A' + x.digits(9))}.\n"
        f"SSN on face sheet ends {_m('S', x.digits(4))}. Anticipated DC {x.day(1, 'num2')}.\n"
        f"{x.staff('full')}, RN CM  x{_m('P', x.digits(4))}\n"
    )


def t_phone_triage(x: Ctx) -> str:
    p = x.pt
    return (
        f"TELEPHONE ENCOUNTER {x.isodt(0)}\nCaller: {x.nm(x.person('F'), 'full')} (wife) re: {x.nm(p, 'full')} "
        f"DOB {x.dob_txt()}\nCall-back #: h: {x.ph()}  w: {x.ph()}\n"
        f"Reason: pt fell this AM getting out of bed, no head strike, c/o R hip pain {C('6/10')}. "
        f"On {C('warfarin 5 mg')}; last INR {C('2.7')} on {x.day(-6, 'short')}.\n"
        f"Protocol: Falls (adult). Disposition: ED now. Caller agrees, will go to "
        f"the ED in {A(x.place['city'])}. Dr. {x.staff('last')} notified.\n"
        f"-- {x.staff('full')}, RN, triage line\n"
    )


def t_nursing_quick(x: Ctx) -> str:
    p, r = x.pt, x.r
    return (
        f"{x.day(0, 'short')} {x.tm()} rn note: pt {x.nm(p, 'lower')} a&ox3, vss, bp {C('138/80')} "
        f"hr {C('76')}. {C('oxycodone 5 mg')} po given for pain {C('7/10')} -> {C('3/10')}. "
        f"wife {N(x.person('F').first.lower())} at bedside, wants call from dr {N(x.person('M').last.lower())} "
        f"re plan, her cell {x.ph()}. ambulated in hall {C('x2')} w/ walker. foley d/c'd {x.tm()}, "
        f"voided {C('250 ml')}. pt says daughter {N(x.person('F').first.lower())} is coming from "
        f"{A(r.choice(_US)[0].lower())} tmrw. will pass on at handoff. -{N(x.person().first.lower()[0] + x.person().last.lower()[0])}\n"
    )


def t_ld_triage(x: Ctx) -> str:
    p = x.pt
    return (
        f"L&D TRIAGE NOTE  {x.day(0, 'num')}\n{x.nm(p, 'full')}  {C('G2P1')} at {C('38w2d')} "
        f"(EDD {x.day(12, 'long')} by {C('8 wk')} US). MRN {x.mrn()}. Age {C(str(x.r.randint(19, 41)))}.\n"
        f"Presents with ctx q{C('5 min')} since {x.tm()}. SVE {C('4/80/-1')}. FHR baseline "
        f"{C('135')}, moderate variability, + accels, Cat I. GBS neg ({x.day(-20, 'short')}).\n"
        f"Ins verif: SSN XXX-XX-{_m('S', x.digits(4))}. Support person: partner {x.nm(x.person('M'), 'full')}, ph {x.ph()}. OB: Dr. {x.staff('last')}.\n"
        f"Plan: admit to L&D, epidural on request, {C('penicillin G')} not indicated.\n"
        f"{x.staff('full')}, CNM"
    )


def t_wellchild(x: Ctx) -> str:
    kid, mom = x.person(), x.person('F')
    kid.last = mom.last
    return (
        f"4-MONTH WELL CHILD VISIT — {x.day(0, 'abbr')}\nPatient: {x.nm(kid, 'full')}  DOB {x.day(-122, 'num')}"
        f"  MRN {x.mrn()}\nAccompanied by mother, {x.nm(mom, 'first')}.\n"
        f"Wt {C('6.4 kg')} ({C('45th %ile')}), length {C('62 cm')}, HC {C('40.5 cm')}. Breastfed q{C('3h')}, "
        f"vit D {C('400 IU')} daily.\nDevelopment: rolls front-to-back, social smile. "
        f"Vaccines: {C('DTaP-IPV-Hib #2')}, {C('PCV20 #2')}, {C('RV #2')}; VIS given.\n"
        f"Grandmother {x.nm(x.person('F'), 'full')}, {x.age(x.r.choice([91, 67, 72]), 'bare')}, provides daycare.\n"
        f"Next visit: 6-month WCC {x.day(61, 'num')}. {x.staff('full')}, MD, FAAP\n"
    )


def t_thoracentesis(x: Ctx) -> str:
    return (
        f"PROCEDURE NOTE: Ultrasound-guided thoracentesis (R)\nPatient {x.nm(x.pt, 'lastfirstm')}  "
        f"MRN {x.mrn()}  Date {x.day(0, 'iso')}\nOperator: {x.staff('full')}, MD; supervised by Dr {x.staff('last')}.\n"
        f"Consent signed by pt. Time-out {x.tm()}. INR {C('1.2')}, plt {C('214')}. "
        f"{C('1% lidocaine 10 mL')} local. {C('1.2 L')} straw-coloured fluid removed. "
        f"Sent: cell count, LDH, protein, cx, cytology (accession {I('CY' + x.digits(2) + '-' + x.digits(5))}).\n"
        f"Post CXR: no PTX. EBL {C('<5 mL')}. Complications: none.\n"
    )


def t_ct_report(x: Ctx) -> str:
    return (
        f"CT CHEST WITH CONTRAST\nPatient: {x.nm(x.pt, 'lastfirst')}  MRN: {x.mrn()}  "
        f"Acc: {I(x.digits(8))}\nExam date: {x.day(0, 'num')} {x.tm()}\n"
        f"COMPARISON: CT chest {x.day(-180, 'num')}; CXR {x.day(-2, 'short')}.\n"
        f"FINDINGS: {C('1.4 cm')} spiculated RUL nodule (previously {C('0.9 cm')}). No adenopathy. "
        f"Small L effusion.\nIMPRESSION: Enlarging RUL nodule, Lung-RADS {C('4B')}.\n"
        f"Critical result discussed with Dr. {x.staff('init')} by phone {x.ph()} at {x.tm()} on "
        f"{x.day(0, 'short')}.\nADDENDUM {x.isodt(1)}: PET-CT recommended. — {x.staff('full')}, MD\n"
    )


def t_portal(x: Ctx) -> str:
    p = x.pt
    return (
        f"MyChart message from {x.nm(p, 'full')} — {x.day(0, 'abbr')}\n"
        f"Hi Dr {x.staff('last')}, my BP readings this week 150s/90s even on the "
        f"{C('amlodipine 10mg')}. Also my new address is {A(x.place['line'])}, {A(x.place['city'])} "
        f"{Z(x.place['zip'])} and cell is {x.ph()}. Can I come in {x.day(5, 'short')}? Thx, {x.nm(p, 'first')}\n"
        f"--- Reply ({x.staff('full')}, RN): add {C('HCTZ 12.5 mg')} daily per Dr; BMP in {C('1 week')}. "
        f"Appt booked {x.day(6, 'long')} at {x.tm()}. Portal: {U('https://mychart.example-health.org/visit/' + x.digits(6))}\n"
    )


# ---------------------------------------------------------------- UK templates
def t_gp_letter(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"Respiratory Outpatients\nDictated {x.day(0, 'long')}  Typed {x.day(3, 'dotted')}\n"
        f"Dr {x.staff('init')}\nThe Surgery, {A('Market Place')}, {A(x.r.choice(_UK)[0])}\n\n"
        f"Re: {x.nm(p, 'full')}, DOB {x.dob_txt()}, {A(pl['line'])}, {A(pl['city'])} {Z(pl['zip'])}\n"
        f"NHS No: {I(x.digits(3) + ' ' + x.digits(3) + ' ' + x.digits(4))}  Hosp No: {x.mrn()}\n\n"
        f"Dear Dr {x.staff('last')},\nI reviewed this {x.age(None, 'yr')} {'lady' if x.sex == 'F' else 'gentleman'} with COPD (FEV1 {C('48%')}). "
        f"Two exacerbations since {x.day(-150, 'my')}, each treated with {C('prednisolone 30 mg')} "
        f"{C('5/7')}. I have switched {'her' if x.sex == 'F' else 'him'} to {C('Trimbow 2 puffs BD')}. Sats {C('93%')} on air.\n"
        f"Plan: PR referral; CT thorax; {C('review 6/12')} in clinic. TTO {C('14/7')} of "
        f"{C('doxycycline 100 mg OD')} given today.\n\nYours sincerely,\n\nDr {x.staff('full')}, "
        f"Consultant Respiratory Physician\ncc: {x.nm(p, 'init')}\n"
    )


def t_ae_clerking(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"A&E — Majors Bay 6   {x.day(0, 'num')} {x.tm()}\n{x.nm(p, 'lastfirst')}  {x.mrn()}\n"
        f"PC: SOB and ankle swelling {C('2/52')}.\nHPC: {x.age(None, 'yo')} lives in {A(pl['city'])} "
        f"with {'husband' if x.sex == 'F' else 'wife'} {x.nm(x.person('M' if x.sex == 'F' else 'F'), 'first')}. Orthopnoea 3 pillows. Seen by GP (Dr {x.staff('last')}) "
        f"on {x.day(-3, 'short')} - {C('furosemide 40 mg')} increased to {C('80 mg')}.\n"
        f"PMH: IHD, T2DM. DH: {C('bisoprolol 2.5 mg')}, {C('ramipril 5 mg')}. NKDA.\n"
        f"SH: indep, mobile with stick, ex-smoker {C('20 pack-years')}. NOK son {x.nm(x.person('M'), 'full')} "
        f"mob {x.ph()}.\nO/E: RR {C('24')}, sats {C('91%')} RA, BP {C('148/92')}, bibasal creps, pitting oedema to knees.\n"
        f"BNP {C('2480')}. Imp: decompensated HF. Plan: IV {C('furosemide 80 mg BD')}, refer AMU, "
        f"daily weights. {x.staff('full')}, ST3 bleep {_m('P', x.digits(4))}\n"
    )


def t_ward_round(x: Ctx) -> str:
    return (
        f"WR — Dr {x.staff('last')} (Cons), {x.staff('first')} (FY1)   {x.day(0, 'dm')}\n"
        f"Ward 7B bed {C('14')}.  {x.nm(x.pt, 'full')}  {x.mrn()}\n"
        f"Day 3 post admission, CAP CURB-65 {C('2')}. Feels better. Obs: T {C('37.4')}, NEWS2 {C('3')}.\n"
        f"Bloods: CRP {C('186')} -> {C('94')}, WCC {C('13.1')}, eGFR {C('52')}.\n"
        f"Plan:\n- IV to PO {C('amoxicillin 1 g TDS')} to complete {C('5/7')}\n"
        f"- repeat bloods tmrw\n- OT assessment, ?TTO {x.day(2, 'short')}\n"
        f"- d/w daughter {x.nm(x.person('F'), 'full')} ({x.ph()}) re: discharge, she is in {A(x.r.choice(_UK)[0])}\n"
        f"{x.staff('initials')} FY1\n"
    )


def t_sbar(x: Ctx) -> str:
    return (
        f"SBAR handover {x.day(0, 'num2')} 19:30\nS: {x.nm(x.pt, 'full')}, {x.age(max(x.pt_age, 71), 'bare')}, "
        f"bay {C('3')} bed {C('2')}, admitted {x.day(-2, 'short')} with UTI / delirium.\n"
        f"B: dementia, lives in {A(x.place['city'])} care home. LPA (H&W) is niece {x.nm(x.person('F'), 'lastfirst')}, "
        f"tel {x.ph()}.\nA: NEWS {C('2')}, intermittently agitated, {C('haloperidol 0.5 mg')} PRN given "
        f"{x.tm()}. Fluid balance {C('+600 mL')}. Waterlow {C('18')}.\n"
        f"R: 4-hrly obs, encourage fluids, repeat U&E AM. Handed to {x.staff('first')} RN by {x.staff('first')} RN.\n"
    )


def t_dn_referral(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"DISTRICT NURSING REFERRAL\nName: {x.nm(p, 'full')}   DOB: {x.dob_txt()}\n"
        f"Address: {A(pl['line'])}\n         {A(pl['city'])}\n         {Z(pl['zip'])}\n"
        f"Tel: {x.ph()}   Key safe code: {I(x.digits(4))}\nGP: Dr {x.staff('init')}, Riverside Medical Practice\n"
        f"Reason: daily {C('enoxaparin 40 mg SC')} for {C('28 days')} post THR (op {x.day(-2, 'dmy3')}); "
        f"wound check day {C('10')}, clips out {x.day(10, 'ord')}.\n"
        f"Referrer: {x.staff('full')}, Discharge Co-ordinator, Ward 22. Date: {x.day(0, 'num')}\n"
    )


def t_histopath(x: Ctx) -> str:
    return (
        f"HISTOPATHOLOGY REPORT\nLab No: {I('H' + x.digits(2) + '/' + x.digits(5))}  Patient: {x.nm(x.pt, 'lastfirst')}"
        f"  DOB {x.dob_txt()}  Hosp {x.mrn()}\nReceived: {x.day(0, 'dotted')}  Reported: {x.day(4, 'dotted')}\n"
        f"Clinician: Mr {x.staff('last')} (colorectal)\nSpecimen: sigmoid colectomy.\n"
        f"Macro: {C('210 mm')} segment with {C('38 mm')} ulcerated tumour.\n"
        f"Micro: moderately differentiated adenocarcinoma, {C('pT3 pN1a')} ({C('1/17')} nodes), "
        f"EMVI negative, CRM {C('6 mm')}. MMR proficient.\nReported by Dr {x.staff('full')}, FRCPath\n"
    )


def t_renal_letter(x: Ctx) -> str:
    return (
        f"Renal Unit — Satellite Haemodialysis\n{x.day(0, 'long')}\nRe: {x.nm(x.pt, 'full')} "
        f"({x.mrn()}), {x.age(None, 'yr')}\n"
        f"Dialyses Mon/Wed/Fri, {C('4 hours')}, via L brachiocephalic AVF. Dry weight {C('71.5 kg')}, "
        f"IDWG {C('2.8 kg')}. Kt/V {C('1.31')}, Hb {C('104')}, PO4 {C('1.9')}, PTH {C('38')}.\n"
        f"Meds: {C('Sevelamer 800 mg TDS')}, {C('alfacalcidol 0.5 mcg')}, ESA {C('Aranesp 40 mcg weekly')}.\n"
        f"Transport from {A(x.place['city'])} via hospital car; wife {x.nm(x.person('F'), 'first')} is "
        f"the contact ({x.ph()}).\nTransplant work-up: seen by Mr {x.staff('last')} {x.day(-40, 'ord')}; "
        f"{C('review 3/12')}.\nDr {x.staff('full')}, Consultant Nephrologist\n"
    )


def t_incident(x: Ctx) -> str:
    return (
        f"INCIDENT REPORT  Ref: {I('W' + x.digits(6))}\nDate/time of incident: {x.isodt(0)}\n"
        f"Location: AMU bay {C('4')}. Patient: {x.nm(x.pt, 'full')} ({x.mrn()}).\n"
        f"Description: pt found on floor by HCA {x.nm(x.person(), 'first')} at {x.tm()}; unwitnessed. "
        f"On {C('apixaban 2.5 mg BD')}. Neuro obs {C('GCS 15')}; CT head NAD. Falls bundle in place, "
        f"bed rails off per assessment.\nReported by: {x.staff('full')}, Sister. Family informed: "
        f"son {x.nm(x.person('M'), 'full')} {x.ph()} on {x.day(0, 'short')}.\n"
    )


# ---------------------------------------------------------------- Canada / AU / NZ / IE
def t_ca_ed_dc(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"EMERGENCY DEPARTMENT DISCHARGE SUMMARY\nPatient: {x.nm(p, 'lastfirst')}  HCN (OHIP): "
        f"{I(x.digits(4) + '-' + x.digits(3) + '-' + x.digits(3) + '-' + x.r.choice(['AB', 'KT', 'MX']))}\n"
        f"Address: {A(pl['line'])}, {A(pl['city'])}, {pl['state']} {Z(pl['zip'])}\nVisit: {x.day(0, 'iso')}\n"
        f"Dx: renal colic, {C('5 mm')} L UVJ stone on CT KUB. Creat {C('98 umol/L')}.\n"
        f"Rx: {C('tamsulosin 0.4 mg')} daily x {C('14 days')}, {C('naproxen 500 mg BID')} PRN.\n"
        f"Follow-up: urology clinic (Dr {x.staff('last')}) on {x.day(10, 'long')}; family MD "
        f"Dr {x.staff('init')} fax {x.ph()}.\nER physician: {x.staff('full')}, MD CCFP(EM)\n"
    )


def t_ca_preop(x: Ctx) -> str:
    return (
        f"Pre-Anaesthesia Clinic\n{x.nm(x.pt, 'full')}   Chart {x.mrn()}   Seen {x.day(0, 'num')}\n"
        f"Surgery: lap cholecystectomy, Dr {x.staff('last')}, booked {x.day(21, 'abbr')}.\n"
        f"{x.age(None, 'yo')}, BMI {C('34')}, OSA on CPAP, STOP-BANG {C('6')}. METs > {C('4')}. "
        f"ASA {C('III')}. Airway: Mallampati {C('2')}, TMD > {C('6 cm')}.\n"
        f"Meds: {C('metformin 500 mg BID')} (hold AM of surgery), {C('semaglutide 1 mg weekly')} — "
        f"hold {C('7 days')} pre-op.\nLabs: Hb {C('138')}, HbA1c {C('7.1%')}.\n"
        f"Lives in {A(x.place['city'])}; ride home with brother {x.nm(x.person('M'), 'full')} ({x.ph()}).\n"
        f"{x.staff('full')}, MD FRCPC\n"
    )


def t_au_dc_summary(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"DISCHARGE SUMMARY\nUR: {x.mrn()}   Medicare: {I(x.digits(4) + ' ' + x.digits(5) + ' ' + x.digits(1))}\n"
        f"Name: {x.nm(p, 'lastfirst')}   DOB: {x.dob_txt()}\nAddress: {A(pl['line'])}, {A(pl['city'])} "
        f"{pl['state']} {Z(pl['zip'])}\nAdmitted {x.day(-5, 'num')}  Discharged {x.day(0, 'num')}\n"
        f"Principal dx: cellulitis L leg. Rx {C('flucloxacillin 2 g IV 6-hourly')}, stepped down to "
        f"{C('cefalexin 500 mg qid')} for {C('5 days')}.\nGP: Dr {x.staff('full')}, Bayside "
        f"Family Practice, {A(x.r.choice(_AU)[0])}, ph {x.ph()}.\nPlease review in {C('1 week')}. Discussed with pt's partner "
        f"{x.nm(x.person(), 'first')}. {x.staff('full')} (RMO)\n"
    )


def t_au_icu(x: Ctx) -> str:
    return (
        f"ICU NURSING — night shift {x.day(0, 'dm')}/{x.day(1, 'dm')}\n{x.nm(x.pt, 'full')} bed {C('9')}.\n"
        f"Neuro: RASS {C('-2')} on {C('propofol 120 mg/h')}; pupils {C('3 mm')} PERL.\n"
        f"Resp: SIMV PC, FiO2 {C('0.4')}, PEEP {C('8')}, ABG {x.tm()} pH {C('7.34')}, pCO2 {C('48')}, pO2 {C('82')}.\n"
        f"CVS: {C('noradrenaline 6 mcg/min')}, MAP {C('68')}. Lactate {C('2.1')}.\n"
        f"Family: wife {x.nm(x.person('F'), 'first')} phoned {x.tm()}, updated; prefers calls to mob {x.ph()}. "
        f"Interpreter (Vietnamese) booked for family meeting {x.day(1, 'short')}.\n"
        f"{x.staff('first')} RN / {x.staff('initials')}\n"
    )


def t_nz_postnatal(x: Ctx) -> str:
    p, pl = x.pt, x.place
    baby = Person(x.person().first, p.last)
    return (
        f"LMC postnatal visit day {C('5')}  {x.day(0, 'num')}\nMum: {x.nm(p, 'full')}  NHI {I(x.r.choice(['ZAB', 'PQT', 'KLM']) + x.digits(4))}\n"
        f"Home: {A(pl['line'])}, {A(pl['city'])}, {A(pl['city2'])} {Z(pl['zip'])}\n"
        f"Baby {x.nm(baby, 'first')} born {x.day(-5, 'long')} at {x.tm()}, {C('3420 g')}, now {C('3290 g')} "
        f"({C('-3.8%')}). Feeding well, wet nappies {C('6')}, jaundice mild, SBR {C('198')}.\n"
        f"Mum: fundus firm, lochia normal, BP {C('118/72')}, EPDS {C('6')}. Partner {x.nm(x.person('M'), 'full')} "
        f"back at work.\nNewborn metabolic screen done {x.day(-3, 'short')}. Next visit {x.day(2, 'dm')}.\n"
        f"{x.staff('full')}, RM  {x.ph()}\n"
    )


def t_nz_practice_nurse(x: Ctx) -> str:
    return (
        f"Practice nurse — {x.day(0, 'long')}\n{x.nm(x.pt, 'full')} ({x.age(None, 'bare')}) for B12 and "
        f"flu vax. {C('Hydroxocobalamin 1 mg IM')} L deltoid, {C('Influvac Tetra 0.5 mL')} R deltoid, "
        f"batch noted. Obs BP {C('132/78')}. Lives in {A(x.place['city'])} with whanau; daughter "
        f"{x.nm(x.person('F'), 'first')} drove. Recall B12 {C('3/12')}. CVDRA {C('12%')}.\n"
        f"Pt asked results go to {E(x.pt.first.lower() + str(x.r.randint(10, 99)) + '@xtra.co.nz')}. -- {x.staff('first')} RN\n"
    )


def t_ie_ortho(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"Orthopaedic Outpatients\n{x.day(0, 'ord')}\nRE: {x.nm(p, 'full')}, {A(pl['line'])}, {A(pl['city'])}, "
        f"{Z(pl['zip'])}  MRN {x.mrn()}  PPSN {I(x.digits(7) + x.r.choice('ABCTW'))}\n\n"
        f"Dear Dr {x.staff('last')},\nThis {x.age(None, 'yr')} {'woman' if x.sex == 'F' else 'man'} attends {C('6 weeks')} post ORIF of a "
        f"R ankle fracture (Weber B) performed on {x.day(-42, 'num')}. X-ray shows union. ROM "
        f"dorsiflexion {C('10 degrees')}.\nHe may mobilise FWB, physio referral sent. He is a farmer "
        f"near {A(x.r.choice(_IE)[0])}. Review in {C('3 months')}.\n\nKind regards,\n{x.staff('full')}, SpR "
        f"to Mr {x.staff('full')}, Consultant Orthopaedic Surgeon\n"
    )


def t_ie_liaison(x: Ctx) -> str:
    return (
        f"Liaison Psychiatry — {x.day(0, 'num')} {x.tm()}\nPt: {x.nm(x.pt, 'lastfirst')} ({x.mrn()}), "
        f"{x.age(None, 'yo')}\nReferred by ED reg Dr {x.staff('last')} after OD of {C('16 x 500 mg paracetamol')} "
        f"at {x.tm()}. Level {C('<10 mg/L')} at {C('4 h')}; no NAC required.\n"
        f"MSE: dysphoric, no psychotic features, denies ongoing intent. PHQ-9 {C('17')}.\n"
        f"Collateral from sister {x.nm(x.person('F'), 'full')} ({x.ph()}). Lives in {A(x.place['city'])}.\n"
        f"Plan: home with sister, CMHT f/u within {C('72 h')}, started {C('sertraline 50 mg')}.\n"
        f"{x.staff('full')}, Registrar in Psychiatry\n"
    )


# ---------------------------------------------------------------- South Africa / SG / India
def t_za_admission(x: Ctx) -> str:
    p, pl = x.pt, x.place
    yy = x.dob.year % 100
    sa_id = f"{yy:02d}{x.dob.month:02d}{x.dob.day:02d}{x.digits(4)}{x.r.choice('01')}8{x.digits(1)}"
    return (
        f"MEDICAL ADMISSION — Ward F2\nName: {x.nm(p, 'caps')}   ID No: {I(sa_id)}   Folder {x.mrn()}\n"
        f"Address: {A(pl['line'])}, {A(pl['city'])}, {A(pl['city2'])} {Z(pl['zip'])}\n"
        f"Date: {x.day(0, 'dotted')}\n{x.age(None, 'yo')} presenting with {C('3/7')} of productive cough, "
        f"night sweats. HIV+ on TLD since {C('2021')}; last VL {C('<50')} ({x.day(-200, 'my')}), CD4 {C('212')}.\n"
        f"GXP Ultra sputum sent. CXR: R upper lobe cavity. Sats {C('92%')}, HR {C('112')}.\n"
        f"NOK: mother {x.nm(x.person('F'), 'full')} {x.ph()}.\nDr {x.staff('full')} (MO), HPCSA {I('MP' + x.digits(7))}\n"
    )


def t_za_art(x: Ctx) -> str:
    return (
        f"ART clinic  {x.day(0, 'num')}\n{x.nm(x.pt, 'full')}  Clinic no {I(x.digits(8))}\n"
        f"Adherence good, pill count {C('98%')}. On {C('TLD 1 tab daily')} and TPT "
        f"({C('isoniazid 300 mg')} + {C('pyridoxine 25 mg')}) month {C('4')}/{C('6')}.\n"
        f"Wt {C('61 kg')}. VL due {x.day(30, 'short')}. Partner {x.nm(x.person('M'), 'first')} tested "
        f"{x.day(-14, 'dm')} — negative. Moved to {A(x.place['city'])}; new cell {x.ph()}.\n"
        f"Sr {x.staff('last')} / {x.staff('initials')}\n"
    )


def t_sg_referral(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"POLYCLINIC REFERRAL MEMO\nTo: Specialist Outpatient Clinic (Cardiology)\n"
        f"Patient: {x.nm(p, 'full')}   NRIC: {I(x.r.choice('ST') + x.digits(7) + x.r.choice('ABDGJZ'))}\n"
        f"Address: {A(pl['line'])}, Singapore {Z(pl['zip'])}   HP: {x.ph()}\nDate: {x.day(0, 'dmy3')}\n\n"
        f"Dear Colleague, kindly see this {x.age(None, 'yr')} with exertional chest tightness. "
        f"ECG: {C('TWI III, aVF')}. LDL {C('4.2 mmol/L')}, HbA1c {C('8.3%')}. Currently on "
        f"{C('atorvastatin 20 mg ON')}, {C('metformin 850 mg BD')}.\nNOK son {x.nm(x.person('M'), 'full')} "
        f"({x.ph()}).\nThank you. Dr {x.staff('full')}, Family Physician, MCR {I('M' + x.digits(5) + x.r.choice('ABCH'))}\n"
    )


def t_sg_dc_memo(x: Ctx) -> str:
    return (
        f"DISCHARGE MEMO  {x.day(0, 'num')}\n{x.nm(x.pt, 'full')}  MRN {x.mrn()}  Ward 56\n"
        f"Dx: community-acquired pneumonia; hyponatraemia (Na {C('126')} -> {C('133')}).\n"
        f"TCU: Dr {x.staff('last')} Gen Med clinic {x.day(14, 'long')} {x.tm()}; repeat CXR in {C('6 weeks')}.\n"
        f"Meds: {C('amoxicillin-clavulanate 625 mg TDS x 3 days')}, {C('paracetamol 1 g QDS PRN')}.\n"
        f"Caregiver: daughter-in-law {x.nm(x.person('F'), 'full')}, {x.ph()}. MSW referral done.\n"
        f"{x.staff('full')} (MO)\n"
    )


def t_in_dc_summary(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"DISCHARGE SUMMARY\nName: {x.r.choice(['Mrs.', 'Smt.'] if x.sex == 'F' else ['Mr.', 'Shri'])} {x.nm(p, 'full')}  "
        f"UHID: {I(x.r.choice(['UH', 'MH', 'PN']) + x.digits(8))}  IP No: {I(x.digits(6))}\n"
        f"Age/Sex: {x.age(None, 'yrs')}/{x.sex}  Aadhaar: XXXX XXXX {I(x.digits(4))}\n"
        f"Address: {A(pl['line'])}, {A(pl['city'])} - {Z(pl['zip'])}\n"
        f"DOA: {x.day(-6, 'dotted')}  DOD: {x.day(0, 'dotted')}\n"
        f"Diagnosis: Dengue fever with warning signs; platelet nadir {C('28,000')} on day {C('5')}.\n"
        f"Treatment: IV fluids, {C('paracetamol 650 mg')} SOS. Platelets {C('96,000')} at discharge.\n"
        f"Advice: review in OPD with Dr. {x.staff('full')} after {C('5 days')}. Attendant: son "
        f"{x.nm(x.person('M'), 'full')}, mob {x.ph()}.\nConsultant: Dr. {x.staff('full')}, MD (Medicine)\n"
    )


def t_in_cardio_opd(x: Ctx) -> str:
    return (
        f"CARDIOLOGY OPD  {x.day(0, 'num2')}\nPt: {x.nm(x.pt, 'full')}, {x.age(None, 'yrs')}, from {A(x.place['city'])}\n"
        f"OPD reg {I(x.digits(9))}. k/c/o HTN, CAD s/p PTCA to LAD (stent {C('3.0 x 28 mm')}) on "
        f"{x.day(-400, 'dotted')}.\nC/o exertional dyspnoea NYHA {C('II')}. BP {C('136/84')}, PR {C('68')}.\n"
        f"2D echo: LVEF {C('50%')}, RWMA LAD territory.\nRx: {C('Tab Ecosprin 75 mg OD')}, "
        f"{C('Tab Ticagrelor 90 mg BD')}, {C('Tab Rosuvas 20 mg HS')}, {C('Tab Metoprolol XL 25 mg OD')}.\n"
        f"TMT on {x.day(7, 'short')}. Contact for reports: {E(x.r.choice(['opd.cardio', 'reports']) + '@' + x.r.choice(['lifecarehospital', 'sanjeevani-heart']) + '.in')}\n"
        f"Dr. {x.staff('full')}, DM (Cardiology)\n"
    )


# ---------------------------------------------------------------- shared US (SSN / IP)
def t_registration(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"ADMISSION REGISTRATION VERIFICATION  {x.isodt(0)}\nGuarantor: {x.nm(p, 'lastfirst')}  "
        f"SSN {_m('S', x.digits(3) + '-' + x.digits(2) + '-' + x.digits(4))}\n"
        f"{A(pl['line'])}\n{A(pl['city'])}, {pl['state']} {Z(pl['zip'])}\nHome {x.ph()}\n"
        f"Emergency contact: {x.nm(x.person(), 'full')} (neighbor) {x.ph()}\nEncounter {I(x.digits(10))}; "
        f"MRN {x.mrn()}. Age {x.age(None, 'bare')}. Kiosk check-in from {_m('IP', '10.' + str(x.r.randint(0, 255)) + '.' + str(x.r.randint(0, 255)) + '.' + str(x.r.randint(2, 250)))}.\n"
        f"Registered by {x.staff('full')} (Patient Access). Wristband verified with pt and DOB {x.dob_txt()}.\n"
    )


def t_geri_assessment(x: Ctx) -> str:
    return (
        f"Comprehensive geriatric assessment — {x.day(0, 'long')}\n{x.nm(x.pt, 'full')}  {x.mrn()}\n"
        f"{x.age(max(x.pt_age, 90), 'yr')} widow{'' if x.sex == 'F' else 'er'} from {A(x.place['city'])}, "
        f"referred by Dr {x.staff('last')}. Clinical Frailty Scale {C('6')}. MoCA {C('19/30')}. "
        f"Barthel {C('70/100')}. Timed up and go {C('24 s')}.\n"
        f"Meds ({C('11')}): stopped {C('amitriptyline 10 mg')}, reduced {C('zopiclone 3.75 mg')}.\n"
        f"{'Her' if x.sex == 'F' else 'His'} younger brother ({x.age(x.r.choice([84, 87, 93]), 'bare')}) also unwell. Carer "
        f"{x.nm(Person(x.r.choice(list(_NICK)), x.person().last), 'nick')} visits {C('twice daily')}.\nPlan: {C('review 3/12')}; falls clinic.\n"
        f"{x.staff('full')}, Consultant Geriatrician\n"
    )


# ---------------------------------------------------------------- specialty notes (mixed countries)
def t_psych_progress(x: Ctx) -> str:
    return (
        f"Behavioral Health Progress Note — Unit 3 North   {x.day(0, 'num')}\n"
        f"{x.nm(x.pt, 'full')}  MRN {x.mrn()}  Legal status: voluntary  LOS day {C('9')}\n"
        f"S: 'sleeping better'. Reports AH decreasing. Visited by mother {x.nm(x.person('F'), 'first')} "
        f"on {x.wkday(-2)}.\nMSE: guarded, linear, denies SI/HI, AH present but less intrusive.\n"
        f"Meds: {C('olanzapine 15 mg qHS')} (increased from {C('10 mg')} on {x.day(-4, 'short')}), "
        f"{C('lorazepam 1 mg q6h PRN')} (used x{C('1')}). Wt {C('84.2 kg')}, A1c {C('5.6%')}.\n"
        f"Plan: continue; family meeting {x.wkday(2)} with sister {x.nm(x.person('F'), 'full')} "
        f"({x.ph()}); outpatient psychiatrist Dr {x.staff('last')} accepts.\n{x.staff('full')}, PMHNP"
        f"{x.signoff()}"
    )


def t_onc_letter(x: Ctx) -> str:
    return (
        f"Medical Oncology Clinic\n{x.day(0, 'long')}\nDr {x.staff('full')}\nSeaview Medical Centre\n{A(x.r.choice(_AU)[0])}\n\n"
        f"Dear {x.staff('first')},\nRe: {x.nm(x.pt, 'lastfirst')}  UR {x.mrn()}  DOB {x.dob_txt()}\n"
        f"Diagnosis: HER2+ breast cancer, {C('T2N1M0')}, dx {x.day(-120, 'my')}.\n"
        f"Completed cycle {C('4')} of {C('docetaxel 75 mg/m2')} + {C('trastuzumab 6 mg/kg')} + "
        f"{C('pertuzumab 420 mg')} on {x.the_ord(-1)}. Neutrophils {C('1.6')}, LVEF {C('58%')} "
        f"(echo {x.day(-20, 'num')}). Grade {C('1')} neuropathy.\nShe lives in {A(x.place['city'])} "
        f"and her husband {x.nm(x.person('M'), 'first')} drives her in. Next cycle {x.wkday(21)}.\n\n"
        f"Yours sincerely,\nDr {x.staff('full')}, Medical Oncologist{x.signoff()}"
    )


def t_derm(x: Ctx) -> str:
    return (
        f"Dermatology — {x.day(0, 'num')}\n{x.nm(x.pt, 'full')}  NHI {I(x.r.choice(['ZHK', 'MNB']) + x.digits(4))}\n"
        f"Referred by Dr {x.staff('last')} (Harbour Medical, {A(x.place['city'])}) re pigmented lesion L "
        f"shoulder. Dermoscopy: atypical network, {C('7 mm')}. Excision biopsy with {C('2 mm')} "
        f"margins under {C('1% lignocaine with adrenaline 4 mL')}. Histology lab ref "
        f"{I('HS' + x.digits(6))}. Full skin check: {C('3')} seborrhoeic keratoses, AKs treated "
        f"with LN2 x{C('5')}. Sunscreen SPF {C('50')}.\nReview {C('6 weeks')}. {x.staff('full')}, "
        f"FRACP (Derm){x.signoff()}"
    )


def t_ophth(x: Ctx) -> str:
    return (
        f"EYE CENTRE — Glaucoma clinic  {x.day(0, 'dmy3')}\n{x.nm(x.pt, 'full')}  "
        f"NRIC {I(x.r.choice('ST') + x.digits(7) + x.r.choice('AEHJZ'))}  Age {x.age(None, 'bare')}\n"
        f"VA RE {C('6/9')} LE {C('6/18')}; IOP RE {C('18')} LE {C('24 mmHg')}; CDR {C('0.7')}/{C('0.8')}.\n"
        f"HVF {x.day(-90, 'short')}: LE superior arcuate defect. OCT RNFL {C('72 um')}.\n"
        f"Plan: add {C('timolol 0.5% BD LE')} to {C('latanoprost 0.005% ON')}; SLT discussed. "
        f"TCU {C('3 months')} with Dr {x.staff('last')}. Reminder SMS to {x.ph()}.\n{x.staff('full')}"
    )


def t_urology(x: Ctx) -> str:
    return (
        f"UROLOGY OPD  Reg No {I(x.digits(8))}  Date {x.day(0, 'dotted')}\n"
        f"Name: {x.nm(x.pt, 'caps')}  Age: {x.age(None, 'yrs')}  from {A(x.place['city'])}\n"
        f"c/o LUTS, IPSS {C('21')}. DRE: {C('40 g')} smooth prostate. PSA {C('3.8 ng/mL')} "
        f"({x.day(-10, 'short')}). USG: PVR {C('120 mL')}.\nAdv: {C('Tab Silodosin 8 mg HS')}, "
        f"{C('Tab Dutasteride 0.5 mg OD')}. Uroflow after {C('4 weeks')}.\n"
        f"Referred by Dr. {x.staff('full')}. Contact: {x.ph()}, {E(x.pt.first.lower() + '.' + x.digits(2) + '@gmail.com')}\n"
        f"Dr. {x.staff('init')} (MCh Urology)"
    )


def t_transfusion(x: Ctx) -> str:
    return (
        f"TRANSFUSION RECORD\nPatient: {x.nm(x.pt, 'lastfirstm')}  Chart# {x.mrn()}  DOB {x.dob_txt()}\n"
        f"Product: RBC, unit {I('C' + x.digits(3) + ' ' + x.digits(2) + ' ' + x.digits(6))}, O NEG, "
        f"exp {x.day(20, 'compact')}.\nIndication: Hb {C('68 g/L')}, symptomatic. Pre vitals T {C('36.8')}, "
        f"HR {C('92')}, BP {C('118/70')}.\nStarted {x.tm()} at {C('100 mL/h')}; at {C('15 min')} no reaction. "
        f"Completed {x.tm()}, {C('290 mL')}.\nDouble-checked by {x.staff('full')}, RN and "
        f"{x.staff('full')}, RN. Post Hb {C('81')}.\n"
    )


def t_safeguarding(x: Ctx) -> str:
    p, pl = x.pt, x.place
    return (
        f"ADULT SAFEGUARDING CONCERN  {x.day(0, 'num')}\nAdult at risk: {x.nm(p, 'full')}, "
        f"{x.age(None, 'aged')}, {A(pl['line'])}, {A(pl['city'])} {Z(pl['zip'])}\n"
        f"NHS number {I(x.digits(3) + ' ' + x.digits(3) + ' ' + x.digits(4))}\n"
        f"Concern: unexplained bruising to both forearms ({C('4 x 3 cm')}), pt says grandson "
        f"'{x.nm(x.person('M'), 'first')}' takes {'her' if x.sex == 'F' else 'his'} pension. Capacity presumed. Lives with grandson "
        f"since {x.day(-200, 'my')}.\nActions: body map done, photographed; GP {x.staff('init')} informed; "
        f"referral to local authority (ref {I('SG' + x.digits(7))}). Safeguarding lead "
        f"{x.staff('full')} ext {_m('P', x.digits(4))}.\n"
    )


def t_capacity(x: Ctx) -> str:
    return (
        f"MENTAL CAPACITY ASSESSMENT (MCA 2005)\nPerson: {x.nm(x.pt, 'full')}  Hosp no {x.mrn()}\n"
        f"Decision: discharge destination. Date {x.day(0, 'long')}.\n"
        f"Impairment: Alzheimer's dementia (MMSE {C('14/30')}).\nUnderstand: partial. Retain: unable "
        f"beyond {C('5 minutes')}. Weigh: unable. Communicate: yes.\nOutcome: lacks capacity for "
        f"this decision. Best-interests meeting {x.wkday(3)} with son {x.nm(x.person('M'), 'full')} "
        f"(LPA property only) and IMCA {x.staff('full')}.\nAssessor: Dr {x.staff('full')}, ST4 Geriatrics{x.signoff()}"
    )


def t_acp(x: Ctx) -> str:
    a = x.r.choice([91, 92, 94, 96, 88, 85])
    return (
        f"Advance care planning conversation — {x.day(0, 'ord')}\n{x.nm(x.pt, 'full')} ({x.mrn()}), "
        f"{x.age_words(a)} years old, in {'her' if x.sex == 'F' else 'his'} {G('nineties') if a >= 90 else C('eighties')}.\n"
        f"Present: daughter {x.nm(x.person('F'), 'full')}, son-in-law {x.nm(x.person('M'), 'first')}, "
        f"and Fr. {x.staff('last')} (chaplain).\n{'She' if x.sex == 'F' else 'He'} wishes to stay at home in {A(x.place['city'])}; "
        f"not for CPR (DNACPR signed {x.day(0, 'num')}), not for ICU. Ceiling: ward-based care, "
        f"{C('IV antibiotics')} acceptable. Anticipatory meds: {C('morphine 2.5 mg SC PRN')}, "
        f"{C('midazolam 2.5 mg SC PRN')}.\nEmail copy to GP surgery {E('gp.' + x.r.choice(['riverside', 'oakfield']) + '@hse.ie')}.\n"
        f"{x.staff('full')}, Palliative CNS"
    )


def t_nicu(x: Ctx) -> str:
    baby = Person(x.person().first, x.pt.last)
    return (
        f"NICU daily note  {x.day(0, 'num')}\nBaby Boy {x.nm(baby, 'last')} (twin A)  Folder {x.mrn()}\n"
        f"Born {x.day(-6, 'long')} at {C('31+2')} weeks, BW {C('1480 g')}; today {C('1430 g')}, "
        f"CGA {C('32+1')}.\nResp: nCPAP {C('5 cmH2O')}, FiO2 {C('0.25')}, {C('caffeine 5 mg/kg')} daily.\n"
        f"Feeds: EBM {C('24 mL 3-hourly')} via OGT. SBR {C('156')} below phototherapy line.\n"
        f"Mother {x.nm(x.pt, 'first')} expressing well, kangaroo care {C('2 h')}; father "
        f"{x.nm(x.person('M'), 'full')} on cell {x.ph()}.\nDr {x.staff('full')} / Sr {x.staff('last')}\n"
    )


def t_chaplaincy(x: Ctx) -> str:
    return (
        f"Spiritual Care Visit {x.wkday(0)}  {x.tm()}\nPt: {x.nm(x.pt, 'full')}, rm {C('718')}.\n"
        f"Referred by RN {x.staff('first')}. Pt {x.age(None, 'bare')}-year-old Baptist, anxious before "
        f"surgery. Prayed with pt and {'husband' if x.sex == 'F' else 'wife'} {x.nm(x.person('M' if x.sex == 'F' else 'F'), 'first')}. Pt asked that {'her' if x.sex == 'F' else 'his'} pastor, "
        f"Rev. {x.staff('full')} of First Baptist Church in {A(x.place['city'])}, be called at {x.ph()}.\n"
        f"Will follow up post-op. — {x.staff('full')}, BCC, Staff Chaplain\n"
    )


def t_dc_med_list(x: Ctx) -> str:
    return (
        f"DISCHARGE MEDICATION RECONCILIATION\n{x.nm(x.pt, 'lastfirst')}   PHN {I(x.digits(4) + ' ' + x.digits(3) + ' ' + x.digits(3))}"
        f"   D/C {x.day(0, 'iso')}\nNEW: {C('apixaban 5 mg PO BID')}; {C('bisoprolol 2.5 mg PO daily')}\n"
        f"CHANGED: {C('furosemide 40 mg')} -> {C('20 mg PO daily')}\nSTOPPED: {C('ASA 81 mg')} "
        f"(on anticoagulant)\nUNCHANGED: {C('levothyroxine 75 mcg')}, {C('atorvastatin 40 mg qHS')}\n"
        f"Community pharmacy: Shoppers Drug Mart, {A(x.place['city'])}, fax {x.ph()}.\n"
        f"Reviewed with pt and daughter {x.nm(x.person('F'), 'full')}. Pharmacist: {x.staff('full')}, RPh\n"
    )


def t_lab_comment(x: Ctx) -> str:
    return (
        f"Pathology — Chemistry comment\nPatient {x.nm(x.pt, 'caps')}  DOB {x.dob_txt()}  "
        f"Lab no {I(x.digits(2) + '-' + x.digits(7))}\nCollected {x.isodt(0)}  Received {x.day(0, 'short')} {x.tm()}\n"
        f"Potassium {C('6.9 mmol/L')} (H) — sample haemolysed (HI {C('120')}). Recollection requested.\n"
        f"Phoned to {x.staff('first')} (RN, Ward 4B) at {x.tm()} by {x.staff('initials')}, who read back.\n"
        f"Requesting Dr: {x.staff('init')}, provider no. {I(x.digits(6) + x.r.choice('ABJKT'))}\n"
    )


def t_consent(x: Ctx) -> str:
    return (
        f"INFORMED CONSENT — Coronary Angiography ± PCI\nPatient: {x.nm(x.pt, 'full')}  UHID "
        f"{I('UH' + x.digits(8))}  Age {x.age(None, 'bare')}\nProcedure explained in Hindi by "
        f"Dr. {x.staff('full')}. Risks: bleeding, contrast nephropathy (Cr {C('1.1')}), stroke "
        f"<{C('1%')}, death <{C('0.1%')}.\nPatient signature / thumb impression. Witness: "
        f"{x.nm(x.person(), 'full')} (relative), mob {x.ph()}.\nDate: {x.day(0, 'dotted')}  Time {x.tm()}  "
        f"Cath lab {C('2')}.\n"
    )


def t_occ_health(x: Ctx) -> str:
    return (
        f"Occupational Health — fitness for work\nEmployee: {x.nm(x.pt, 'full')}  Staff no "
        f"{I(x.digits(6))}  Manager: {x.staff('full')}\nSeen {x.day(0, 'num')}. Lumbar disc "
        f"prolapse, off since {x.day(-30, 'num')}. Now walking {C('2 km')}, ODI {C('28%')}.\n"
        f"Opinion: fit for phased return from {x.wkday(7)}: {C('4 hours')} x {C('3 days')}/week for "
        f"{C('2 weeks')}, no lifting > {C('10 kg')}. Review {C('4/52')}.\n"
        f"{x.staff('full')}, OH Physician (AFOM)\n"
    )


def t_sexual_health(x: Ctx) -> str:
    return (
        f"Sexual health clinic  {x.day(0, 'num2')}  clinic no {I('GU' + x.digits(6))}\n"
        f"Attender '{x.nm(x.pt, 'first')}' (no surname given), {C(str(x.r.randint(18, 45)))} yrs.\n"
        f"NAAT CT positive ({x.day(-7, 'short')}). Rx {C('doxycycline 100 mg BD x 7 days')}. "
        f"PN: {C('2')} contacts in {C('3 months')}; contact slip for {x.nm(x.person(), 'first')}. "
        f"Results by text to {x.ph()}. HIV/syphilis neg. TOC not required.\n{x.staff('initials')} HA\n"
    )


Template = Callable[[Ctx], str]

TEMPLATES: list[tuple[str, str, Template]] = [
    ("US", "ed_provider", t_ed_provider), ("UK", "gp_letter", t_gp_letter),
    ("US", "hospitalist", t_hospitalist), ("CA", "ed_discharge", t_ca_ed_dc),
    ("US", "cardiology_consult", t_cards_consult), ("UK", "ae_clerking", t_ae_clerking),
    ("US", "nephrology_consult", t_neph_consult), ("AU", "discharge_summary", t_au_dc_summary),
    ("US", "id_consult", t_id_consult), ("ZA", "medical_admission", t_za_admission),
    ("US", "case_management", t_case_mgmt), ("UK", "ward_round", t_ward_round),
    ("US", "phone_triage", t_phone_triage), ("SG", "polyclinic_referral", t_sg_referral),
    ("US", "nursing_quick", t_nursing_quick), ("NZ", "postnatal", t_nz_postnatal),
    ("US", "ld_triage", t_ld_triage), ("UK", "sbar", t_sbar),
    ("US", "well_child", t_wellchild), ("IN", "discharge_summary", t_in_dc_summary),
    ("US", "thoracentesis", t_thoracentesis), ("IE", "ortho_letter", t_ie_ortho),
    ("US", "ct_report", t_ct_report), ("UK", "district_nursing", t_dn_referral),
    ("US", "portal", t_portal), ("CA", "preop", t_ca_preop),
    ("UK", "histopathology", t_histopath), ("AU", "icu_nursing", t_au_icu),
    ("UK", "renal_letter", t_renal_letter), ("ZA", "art_clinic", t_za_art),
    ("UK", "incident", t_incident), ("SG", "discharge_memo", t_sg_dc_memo),
    ("NZ", "practice_nurse", t_nz_practice_nurse), ("IE", "liaison_psych", t_ie_liaison),
    ("IN", "cardiology_opd", t_in_cardio_opd), ("US", "registration", t_registration),
    ("UK", "geriatric_assessment", t_geri_assessment), ("US", "psych_progress", t_psych_progress),
    ("AU", "oncology_letter", t_onc_letter), ("NZ", "dermatology", t_derm),
    ("SG", "glaucoma_clinic", t_ophth), ("IN", "urology_opd", t_urology),
    ("CA", "transfusion", t_transfusion), ("UK", "safeguarding", t_safeguarding),
    ("UK", "mental_capacity", t_capacity), ("IE", "advance_care_planning", t_acp),
    ("ZA", "nicu", t_nicu), ("US", "chaplaincy", t_chaplaincy),
    ("CA", "discharge_med_list", t_dc_med_list), ("AU", "lab_comment", t_lab_comment),
    ("IN", "consent", t_consent), ("UK", "occupational_health", t_occ_health),
    ("AU", "sexual_health", t_sexual_health),
]  # fmt: skip

_FEMALE = {"ld_triage", "postnatal", "oncology_letter", "nicu"}
_MALE = {"urology_opd"}


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic for a given ``n``."""
    rng = random.Random(_SEED)
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(sorted(set(_LOC.values()))):
        f = Faker(loc)
        f.seed_instance(_SEED + i)
        fakers[loc] = f
    notes: list[Note] = []
    for i in range(n):
        country, kind, fn = TEMPLATES[i % len(TEMPLATES)]
        sex = "F" if kind in _FEMALE else "M" if kind in _MALE else None
        x = Ctx(random.Random(rng.getrandbits(64)), country, fakers, sex)
        notes.append(_render(fn(x), x.fhir()))
    return notes
