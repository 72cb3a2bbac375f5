"""HELD-OUT v11 PHI corpus: written before any round-11 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md`` and the deid
unit tests not read) to look like real third-party clinical text of kinds and regions earlier
held-out corpora used little: i2b2/n2c2-style discharge summaries with ALL-CAPS section
headers and challenge-like PHI density, CT / MRI / ultrasound radiology reports (accession
numbers, "Referring physician" lines, "Dictated by / Transcribed by" footers with initials),
surgical-pathology and cytology reports, nursing flowsheet free-text comments with
"-- J. Okafor, RN" signatures, operative notes with implant serials, echo reports,
critical-lab call logs, blood-bank transfusion notes, rapid-response events, family meetings
(name lists, possessives), geriatric consults with very old patients, dialysis run sheets,
sleep-study reports, DME / home-oxygen orders, inter-facility transfers, portal messages
(schemeless links, plus-tagged emails), telephone logs (extensions, dots, international
prefixes), IT / telemetry notes with IP addresses, infection-control contact tracing, and
regional notes: Australian ED discharge letter (Medicare, URN, IHI, 4-digit postcodes), New
Zealand GP referral (NHI, Maori names), Ontario and Quebec notes (health-card / RAMQ numbers,
"K1A 0B1" postcodes, French names kept with their accents), an Indian OPD / discharge card
(UHID, PIN codes), a Nigerian teaching-hospital note (hospital numbers, +234 phones) and a
Philippine ward note (PhilHealth numbers, barangay addresses). Names: Faker en_US, en_AU, en_NZ,
en_CA, fr_CA, en_IN, en_NG, yo_NG, ig_NG, ha_NG, en_KE plus curated Filipino and Maori names,
mixed with names that are also English words (Rose, Hope, Grace, Young, Grant, Bishop, Page,
Day, Frost ...).

Conventions (same as the earlier corpora): titles and credentials ("Dr", "Mrs", ", RN") are
outside NAME spans; "Last, First" is one NAME span; staff initials in footers and signatures
("Transcribed by: kl", "/JO") are NAME; a possessive "'s" is outside the span. A street line,
city, town, suburb or barangay is ADDRESS; a state / province / region / country is not PHI;
postcodes of every country are ZIP. Dates: anything more specific than a year (ISO, numeric in
either order, "03-Feb-2025", "Feb 3rd", "the 3rd of February", "2025/02/03", "3.2.25",
"03FEB25", day+month alone) is DATE; an ISO date-time written as one token is one DATE span; a
date followed by a separate time labels only the date. PHONE includes fax, pager, extensions
(the extension is inside the span). AGE: ages >= 90 in any form; only the number part is
labelled ("92" of "92yo", "ninety-two" of "ninety-two-year-old", "94" of "age: 94"); decade
phrases for the nineties ("in her 90s", "late nineties") ARE labelled AGE (the "90s" /
"nineties" token) because they narrow the age beyond the "90 or older" category. Ages < 90,
vitals, labs, doses, scores, times of day, durations, years alone, weekdays alone, relative
dates, bed / room numbers, drug lots and facility / employer / insurer names are unlabelled
(clinical values are recorded in ``Note.clinical``). Dates are absolute (seeded), so
``generate(n)`` is deterministic. Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
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

__all__ = ["LOCALES", "REGIONS", "generate"]

LOCALES = ["en_US", "en_AU", "en_NZ", "en_CA", "fr_CA", "en_IN", "en_NG", "yo_NG", "ig_NG", "ha_NG", "en_KE"]
REGIONS = ["US", "AU", "NZ", "CA", "IN", "NG", "PH"]
_SEED = 11_2026

_WORD_FIRST = {"F": ["Rose", "Hope", "Grace", "Joy", "Faith", "Dawn", "Ivy", "Pearl", "Iris", "Holly", "June",
                     "Autumn", "Summer", "Ruby", "Marina"],
               "M": ["Grant", "Young", "Bishop", "Will", "Art", "Chance", "Drew", "Miles", "Rusty", "Hunter",
                     "Bill", "Guy"]}  # fmt: skip
_WORD_LAST = ["Young", "Grant", "Bishop", "Rose", "Hope", "Page", "Day", "Frost", "Moss", "Lamb", "Hart", "Wells",
              "Power", "Swift", "Knight", "Shepherd", "Street", "Fields", "Bush", "Cross", "Hall", "Ward",
              "Price", "Read", "Love", "Noble"]  # fmt: skip
_PH_FIRST = {"F": ["Maria Cristina", "Marites", "Josefina", "Lourdes", "Mary Grace", "Rowena", "Divina", "Analyn",
                   "Princess", "Jocelyn", "Luzviminda", "Rosario", "Ligaya", "Cherry Mae"],
             "M": ["Jose", "Rizalino", "Ramon", "Teodoro", "Jhun", "Ariel", "Ernesto", "Jericho", "Bong",
                   "Danilo", "Romeo", "Efren", "Mark Anthony", "Jun-Jun"]}  # fmt: skip
_PH_LAST = ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Ocampo", "Manalo", "Pascual",
            "Aquino", "Macaraeg", "Dimaculangan", "Soriano", "Galang", "de Guzman", "Panganiban", "Mercado",
            "Tolentino", "Lacson", "Sarmiento"]  # fmt: skip
_MAORI_FIRST = {"F": ["Aroha", "Mere", "Ngaio", "Anahera", "Kiri", "Hine", "Moana", "Awhina"],
                "M": ["Wiremu", "Hemi", "Tama", "Rawiri", "Nikau", "Manaia", "Tane", "Hohepa"]}  # fmt: skip
_MAORI_LAST = ["Ngata", "Te Whare", "Parata", "Tipene", "Pomare", "Te Rangi", "Walker", "Horomona", "Tuhiwai",
               "Rangihuna", "Marino"]  # fmt: skip

_LOC_BY_REGION = {"US": ["en_US"], "AU": ["en_AU"], "NZ": ["en_NZ"], "CA": ["en_CA", "fr_CA"], "IN": ["en_IN"],
                  "NG": ["en_NG", "yo_NG", "ig_NG", "ha_NG"], "PH": []}  # fmt: skip
_STAFF_LOCALES = ["en_US", "en_US", "en_AU", "en_IN", "yo_NG", "ig_NG", "en_KE", "fr_CA", "en_NZ", "en_CA"]

# (suburb/city, second place or "", state/province, postcode)
_US = [("Worcester", "", "MA", "01605"), ("Dorchester", "Boston", "MA", "02124"), ("Cambridge", "", "MA", "02139"),
       ("Pawtucket", "", "RI", "02860"), ("Hartford", "", "CT", "06106"), ("Yonkers", "", "NY", "10701"),
       ("Camden", "", "NJ", "08102"), ("Toledo", "", "OH", "43604"), ("Gary", "", "IN", "46402"),
       ("Flint", "", "MI", "48503"), ("Duluth", "", "MN", "55802"), ("Tulsa", "", "OK", "74103"),
       ("El Paso", "", "TX", "79901"), ("Mesa", "", "AZ", "85201"), ("Boise", "", "ID", "83702"),
       ("Fresno", "", "CA", "93721"), ("Chula Vista", "", "CA", "91910"), ("Tacoma", "", "WA", "98402"),
       ("Savannah", "", "GA", "31401"), ("Mobile", "", "AL", "36602"), ("Augusta", "", "ME", "04330"),
       ("Brooklyn", "New York", "NY", "11215"), ("Hialeah", "", "FL", "33010"), ("Jackson", "", "MS", "39201")]  # fmt: skip
_AU = [("Surry Hills", "Sydney", "NSW", "2010"), ("Randwick", "", "NSW", "2031"), ("Parramatta", "", "NSW", "2150"),
       ("Fitzroy", "Melbourne", "VIC", "3065"), ("Footscray", "", "VIC", "3011"), ("Toowong", "Brisbane", "QLD", "4066"),
       ("Woolloongabba", "", "QLD", "4102"), ("Fremantle", "", "WA", "6160"), ("Glenelg", "", "SA", "5045"),
       ("Belconnen", "", "ACT", "2617"), ("Sandy Bay", "Hobart", "TAS", "7005"), ("Dandenong", "", "VIC", "3175"),
       ("Wollongong", "", "NSW", "2500"), ("Casuarina", "Darwin", "NT", "0810")]  # fmt: skip
_NZ = [("Ponsonby", "Auckland", "", "1011"), ("Otahuhu", "Auckland", "", "1062"), ("Riccarton", "Christchurch", "", "8041"),
       ("Karori", "Wellington", "", "6012"), ("Hamilton East", "Hamilton", "", "3216"), ("Mount Maunganui", "Tauranga", "", "3116"),
       ("North East Valley", "Dunedin", "", "9010"), ("Porirua", "", "", "5022"), ("Kaitaia", "", "", "0410"),
       ("Gisborne", "", "", "4010")]  # fmt: skip
_CA = [("Ottawa", "", "ON", "K1A 0B1"), ("Kanata", "Ottawa", "ON", "K2K 1X7"), ("Scarborough", "Toronto", "ON", "M1B 3T4"),
       ("Mississauga", "", "ON", "L5B 2C9"), ("Montréal", "", "QC", "H3T 1E2"), ("Laval", "", "QC", "H7N 5L9"),
       ("Gatineau", "", "QC", "J8T 4J4"), ("Trois-Rivières", "", "QC", "G9A 5H7"), ("Surrey", "", "BC", "V3T 5X3"),
       ("Halifax", "", "NS", "B3H 2Y9"), ("Saskatoon", "", "SK", "S7N 0W8"), ("Winnipeg", "", "MB", "R3E 0W3"),
       ("Iqaluit", "", "NU", "X0A 0H0")]  # fmt: skip
_IN = [("Koramangala", "Bengaluru", "Karnataka", "560034"), ("Andheri West", "Mumbai", "Maharashtra", "400053"),
       ("Anna Nagar", "Chennai", "Tamil Nadu", "600040"), ("Salt Lake", "Kolkata", "West Bengal", "700091"),
       ("Banjara Hills", "Hyderabad", "Telangana", "500034"), ("Kothrud", "Pune", "Maharashtra", "411038"),
       ("Vaishali Nagar", "Jaipur", "Rajasthan", "302021"), ("Kakkanad", "Kochi", "Kerala", "682030"),
       ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"), ("Sector 15", "Chandigarh", "", "160015")]  # fmt: skip
_NG = [("Surulere", "Lagos", "Lagos State", "101283"), ("Ikeja", "Lagos", "Lagos State", "100271"),
       ("Yaba", "Lagos", "Lagos State", "101245"), ("Lekki Phase 1", "Lagos", "Lagos State", "106104"),
       ("Wuse II", "Abuja", "FCT", "904101"), ("Garki", "Abuja", "FCT", "900103"), ("Bodija", "Ibadan", "Oyo State", "200284"),
       ("Independence Layout", "Enugu", "Enugu State", "400102"), ("Trans-Amadi", "Port Harcourt", "Rivers State", "500102"),
       ("Nassarawa GRA", "Kano", "Kano State", "700233")]  # fmt: skip
_PH = [("Barangay San Antonio", "Pasig City", "Metro Manila", "1605"), ("Brgy. Malate", "Manila", "Metro Manila", "1004"),
       ("Barangay Lahug", "Cebu City", "Cebu", "6000"), ("Brgy. Poblacion", "Makati City", "Metro Manila", "1210"),
       ("Barangay Bagumbayan", "Quezon City", "Metro Manila", "1110"), ("Brgy. Talamban", "Cebu City", "Cebu", "6000"),
       ("Barangay Matina", "Davao City", "Davao del Sur", "8000"), ("Brgy. Tibungco", "Davao City", "Davao del Sur", "8000"),
       ("Barangay Sta. Rosa", "Marikina", "Metro Manila", "1800")]  # fmt: skip
_STREET_WORDS = ["Bridge", "Victoria", "Church", "Mill", "Hill", "King", "Albert", "Station", "Park", "George",
                 "Elgin", "Maple", "Cedar", "Harbour", "Queen", "Wattle", "Banksia", "Rata", "Kowhai"]  # fmt: skip
_NG_STREETS = ["Adeniran Ogunsanya Street", "Bode Thomas Street", "Admiralty Way", "Allen Avenue", "Herbert Macaulay Way",
               "Aminu Kano Crescent", "Awolowo Avenue", "Ogui Road", "Aba Road", "Isaac John Street"]  # fmt: skip
_PH_STREETS = ["Sampaguita St.", "Rizal Ave.", "Mabini St.", "Kalayaan Ave.", "Narra St.", "J.P. Laurel Ave.",
               "Gen. Luna St.", "Dahlia St."]  # fmt: skip
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


@dataclass
class _Person:
    first: str
    last: str
    sex: str  # "F" / "M"
    mi: str


class _R:
    """Render context of one note: rng, region, patient, and span-emitting helpers."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], region: str) -> None:
        self.rng = rng
        self.fk = fakers
        self.region = region
        self.b = NoteBuilder()
        self.day = date(2023, 1, 1) + timedelta(days=rng.randrange(1300))
        self.pt = self.person(region)
        self.dob = self.day - timedelta(days=rng.randrange(20 * 365, 88 * 365))
        self.age = (self.day - self.dob).days // 365
        self.mrn = self.idnum()
        self.place = self.pick_place(region)
        self.street = self.street_line(region)
        self.phone_s = self.phone(region)
        self.she = "she" if self.pt.sex == "F" else "he"
        self.her = "her" if self.pt.sex == "F" else "his"
        self.mx = "Mrs" if self.pt.sex == "F" else "Mr"

    # ------------------------------------------------------------------ emitters
    def t(self, s: str) -> _R:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> _R:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> _R:
        self.b.c(s)
        return self

    def n(self, s: str) -> _R:
        return self.p("NAME", s)

    def d(self, day: date, style: str | None = None) -> _R:
        return self.p("DATE", self.date(day, style))

    def dob_(self, style: str | None = None) -> _R:
        """The birth date, always with its year."""
        return self.d(self.dob, style or self.rng.choice(["num", "num", "num2", "iso", "dmon", "long", "mon",
                                                          "slash_ymd", "dots", "mil"]))

    def make_old(self) -> str:
        """Make the patient 90+; returns the AGE text (digits or words)."""
        a, v = self.age90()
        self.age = v
        self.dob = self.day - timedelta(days=v * 365 + self.rng.randrange(200))
        return a

    # ------------------------------------------------------------------ people
    def person(self, region: str | None = None, sex: str | None = None) -> _Person:
        rng = self.rng
        sex = sex or rng.choice("FM")
        mi = rng.choice("ABCDEFGHJKLMNPRSTW")
        roll = rng.random()
        if region == "PH" or (region is None and roll < 0.04):
            return _Person(rng.choice(_PH_FIRST[sex]), rng.choice(_PH_LAST), sex, mi)
        if region == "NZ" and roll < 0.35:
            return _Person(rng.choice(_MAORI_FIRST[sex]), rng.choice(_MAORI_LAST), sex, mi)
        loc = rng.choice(_LOC_BY_REGION.get(region or "", []) or _STAFF_LOCALES)
        f = self.fk[loc]
        keep = loc == "fr_CA"  # French names keep their accents
        first = f.first_name_female() if sex == "F" else f.first_name_male()
        last = f.last_name()
        first, last = (first, last) if keep else (_fold(first), _fold(last))
        if roll < 0.16:
            first = rng.choice(_WORD_FIRST[sex])
        elif roll < 0.28:
            last = rng.choice(_WORD_LAST)
        return _Person(first, last, sex, mi)

    def staff(self) -> _Person:
        return self.person(None)

    def name(self, who: _Person, style: str = "full") -> str:
        if style == "full":
            return f"{who.first} {who.last}"
        if style == "mi":
            return f"{who.first} {who.mi}. {who.last}"
        if style == "last":
            return who.last
        if style == "first":
            return who.first
        if style == "init":
            return f"{who.first[0]}. {who.last}"
        if style == "lastfirst":
            return f"{who.last}, {who.first}"
        if style == "LASTFIRST":
            return f"{who.last.upper()}, {who.first.upper()}"
        if style == "initials":
            return f"{who.first[0]}{who.last[0]}"
        raise ValueError(style)

    def rname(self, who: _Person, styles: str = "full mi init last") -> str:
        return self.name(who, self.rng.choice(styles.split()))

    # ------------------------------------------------------------------ dates
    def date(self, d: date, style: str | None = None) -> str:
        dmy = self.region != "US"
        if style is None:
            style = self.rng.choice(["num", "num", "num2", "iso", "dmon", "long", "ord", "theof", "slash_ymd",
                                     "dots", "mil", "mon"])  # fmt: skip
        mon, m3 = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
        if style == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if dmy else f"{d.month:02d}/{d.day:02d}/{d.year}"
        if style == "num2":
            return f"{d.day}/{d.month}/{d.year % 100:02d}" if dmy else f"{d.month}/{d.day}/{d.year % 100:02d}"
        if style == "iso":
            return d.isoformat()
        if style == "dmon":
            return f"{d.day:02d}-{m3}-{d.year}"
        if style == "long":
            return f"{d.day} {mon} {d.year}" if dmy else f"{mon} {d.day}, {d.year}"
        if style == "ord":
            return f"{m3} {_ord(d.day)}"
        if style == "theof":
            return f"the {_ord(d.day)} of {mon}"
        if style == "slash_ymd":
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if style == "dots":
            return f"{d.day}.{d.month}.{d.year % 100:02d}"
        if style == "mil":
            return f"{d.day:02d}{m3.upper()}{d.year % 100:02d}"
        if style == "mon":
            return f"{m3} {d.day}, {d.year}" if not dmy else f"{d.day} {m3} {d.year}"
        if style == "md":
            return f"{d.day}/{d.month}" if dmy else f"{d.month}/{d.day}"
        if style == "isodt":
            return f"{d.isoformat()}T{self.rng.randrange(24):02d}:{self.rng.randrange(60):02d}:00"
        raise ValueError(style)

    def ago(self, lo: int, hi: int) -> date:
        return self.day - timedelta(days=self.rng.randint(lo, hi))

    def later(self, lo: int, hi: int) -> date:
        return self.day + timedelta(days=self.rng.randint(lo, hi))

    def hhmm(self) -> str:
        h, m = self.rng.randrange(24), self.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
        return self.rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"])

    # ------------------------------------------------------------------ contact / places
    def phone(self, region: str | None = None, kind: str = "any") -> str:
        rng = self.rng
        region = region or self.region
        dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
        a = str(rng.randint(2, 9)) + dg(2)
        if region in ("US", "CA"):
            s = rng.choice([f"({a}) {dg(3)}-{dg(4)}", f"{a}.{dg(3)}.{dg(4)}", f"{a}-{dg(3)}-{dg(4)}",
                            f"+1 {a} {dg(3)} {dg(4)}", f"1-{a}-{dg(3)}-{dg(4)}"])  # fmt: skip
            if kind == "work" and rng.random() < 0.6:
                s += rng.choice([f" ext. {dg(4)}", f" x{dg(4)}", f" ext {dg(3)}"])
            return s
        if region == "AU":
            return rng.choice([f"(0{rng.choice('2378')}) {dg(4)} {dg(4)}", f"04{dg(2)} {dg(3)} {dg(3)}",
                               f"+61 4{dg(2)} {dg(3)} {dg(3)}", f"0{rng.choice('2378')} {dg(4)} {dg(4)}"])  # fmt: skip
        if region == "NZ":
            return rng.choice([f"(09) {dg(3)} {dg(4)}", f"021 {dg(3)} {dg(4)}", f"+64 27 {dg(3)} {dg(4)}",
                               f"03-{dg(3)} {dg(4)}", f"022 {dg(3)} {dg(4)}"])  # fmt: skip
        if region == "IN":
            return rng.choice([f"+91 9{dg(4)} {dg(5)}", f"9{dg(9)}", f"080-{dg(4)} {dg(4)}", f"+91-22-{dg(8)}",
                               f"0{rng.choice(['44', '33', '40'])} {dg(4)} {dg(4)}"])  # fmt: skip
        if region == "NG":
            return rng.choice([f"+234 80{dg(1)} {dg(3)} {dg(4)}", f"080{dg(1)} {dg(3)} {dg(4)}", f"0703-{dg(3)}-{dg(4)}",
                               f"+234 (0) 9{dg(2)} {dg(3)} {dg(4)}", f"0816.{dg(3)}.{dg(4)}"])  # fmt: skip
        return rng.choice([f"+63 917 {dg(3)} {dg(4)}", f"0918-{dg(3)}-{dg(4)}", f"(02) 8{dg(3)}-{dg(4)}",
                           f"(032) {dg(3)} {dg(4)}", f"09{dg(2)} {dg(3)} {dg(4)}"])  # fmt: skip

    def pick_place(self, region: str) -> tuple[str, str, str, str]:
        rng = self.rng
        if region == "US":
            return rng.choice(_US)
        return rng.choice({"AU": _AU, "NZ": _NZ, "CA": _CA, "IN": _IN, "NG": _NG, "PH": _PH}[region])

    def street_line(self, region: str) -> str:
        rng = self.rng
        if region == "US":
            return self.fk["en_US"].street_address()
        if region == "NG":
            return rng.choice([f"{rng.randint(1, 60)} ", f"No. {rng.randint(1, 60)}, ", f"Plot {rng.randint(1, 900)}, "]) + rng.choice(_NG_STREETS)
        if region == "PH":
            return rng.choice([f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)} ", f"{rng.randint(1, 300)} "]) + rng.choice(_PH_STREETS)
        if region == "IN":
            return rng.choice([(f"Flat {rng.randint(101, 904)}, {rng.choice(['Sai', 'Green', 'Lotus', 'Shanti'])} "
                               f"{rng.choice(['Residency', 'Apartments', 'Enclave'])}, {_ord(rng.randint(1, 12))} Cross"),
                               f"{rng.randint(1, 99)}/{rng.randint(1, 400)}, {rng.choice(['MG', 'Nehru', 'Gandhi', 'Station'])} Road"])  # fmt: skip
        word = rng.choice(_STREET_WORDS)
        kind = rng.choice(["St", "Street", "Rd", "Road", "Ave", "Cres", "Pde", "Tce", "Drive", "Place"])
        if region == "CA" and self.place[2] == "QC":
            return f"{rng.randint(10, 9999)}, rue {rng.choice(['Saint-Denis', 'Sherbrooke Est', 'Beaubien', 'des Érables', 'Principale'])}"
        prefix = rng.choice(["", "", f"Unit {rng.randint(1, 20)}/", f"Apt {rng.randint(1, 40)}, ", f"{rng.randint(1, 12)}/"])
        return f"{prefix}{rng.randint(1, 450)} {word} {kind}"

    def addr(self, region: str | None = None, street: bool = True, sep: str = ", ") -> _R:
        """Emit street line, suburb/city, [city], state (plain), postcode."""
        if region is None or region == self.region:
            place, line = self.place, self.street
        else:
            place, line = self.pick_place(region), self.street_line(region)
        if street:
            self.p("ADDRESS", line).t(sep)
        self.p("ADDRESS", place[0])
        if place[1]:
            self.t(", ").p("ADDRESS", place[1])
        if place[2]:
            self.t(sep if self.region != "US" else ", ").t(place[2])
        self.t(" ").p("ZIP", place[3])
        return self

    # ------------------------------------------------------------------ ids
    def dg(self, k: int) -> str:
        return "".join(str(self.rng.randrange(10)) for _ in range(k))

    def idnum(self) -> str:
        rng = self.rng
        return rng.choice([self.dg(7), self.dg(8), f"{self.dg(2)}-{self.dg(2)}-{self.dg(2)}",
                           f"{rng.choice('ABEKMRT')}{self.dg(7)}", f"00{self.dg(6)}"])  # fmt: skip

    def email(self, who: _Person, plus: bool = False) -> str:
        rng = self.rng
        user = rng.choice([f"{who.first}.{who.last}", f"{who.first[0]}{who.last}", f"{who.last}{rng.randint(1, 99)}",
                           f"{who.first}_{who.last[:3]}{rng.randint(60, 99)}"])  # fmt: skip
        user = _fold(user).lower().replace(" ", "").replace("'", "")
        if plus:
            user += "+" + rng.choice(["portal", "health", "mychart", "meds", "clinic", "hospital"])
        dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "bigpond.com", "xtra.co.nz",
                          "rediffmail.com", "yahoo.co.in", "hotmail.ca", "videotron.ca", "protonmail.com"])  # fmt: skip
        return f"{user}@{dom}"

    def ip(self) -> str:
        rng = self.rng
        return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                           f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])  # fmt: skip

    def age90(self) -> tuple[str, int]:
        """A 90+ age rendered as digits or words; returns (text of the number part, value)."""
        v = self.rng.randint(90, 104)
        if self.rng.random() < 0.5 or v >= 100:
            return str(v), v
        return "ninety" + (f"-{_ONES[v - 90]}" if v > 90 else ""), v

    # ------------------------------------------------------------------ FHIR patient
    def patient(self) -> dict[str, Any]:
        pt = self.pt
        return {
            "resourceType": "Patient",
            "id": f"v11-{self.mrn}",
            "identifier": [{"type": {"text": "Medical Record Number"}, "system": "urn:v11:mrn", "value": self.mrn}],
            "name": [{"use": "official", "family": pt.last, "given": [pt.first]}],
            "telecom": [{"system": "phone", "value": self.phone_s, "use": "home"}],
            "gender": "female" if pt.sex == "F" else "male",
            "birthDate": self.dob.isoformat(),
            "address": [{"line": [self.street], "city": self.place[1] or self.place[0], "state": self.place[2],
                         "postalCode": self.place[3], "country": self.region}],
        }


_Template = Callable[[_R], None]


# ====================================================================== templates
def _t_discharge_i2b2(r: _R) -> None:
    """i2b2/n2c2-style discharge summary, ALL-CAPS headers, dense PHI."""
    adm = r.ago(4, 15)
    att, res, pcp, cons = r.staff(), r.staff(), r.staff(), r.staff()
    old = r.make_old() if r.rng.random() < 0.3 else ""
    r.t("DISCHARGE SUMMARY\n\nPATIENT NAME: ").n(r.name(r.pt, "LASTFIRST")).t("\nUNIT NUMBER: ").p("ID", r.mrn)
    r.t("\nADMISSION DATE: ").d(adm, "num").t("\nDISCHARGE DATE: ").d(r.day, "num")
    r.t("\nDATE OF BIRTH: ").dob_().t("\nATTENDING: ").n(r.name(att, "LASTFIRST")).t(", M.D.")
    r.t("\n\nPRINCIPAL DIAGNOSIS:\n").c(r.rng.choice(["Acute on chronic systolic heart failure",
        "Community-acquired pneumonia, right lower lobe", "NSTEMI", "Sepsis secondary to pyelonephritis"]))
    r.t("\n\nHISTORY OF PRESENT ILLNESS:\n").n(r.name(r.pt, "mi")).t(" is a ")
    if old:
        r.p("AGE", old).t("-year-old")
    else:
        r.c(f"{r.age}-year-old")
    r.t(f" {'woman' if r.pt.sex == 'F' else 'man'} with a history of ")
    r.c("CHF (EF 30%)").t(", ").c("CKD stage 3b").t(", and ").c("type 2 DM on insulin glargine 22 units qHS")
    r.t(f" who presented to the {r.rng.choice(['Brigham', 'Mass General', 'Faulkner', 'Mercy'])} ED on ").d(adm, "long")
    r.t(f" with {r.rng.randint(3, 6)} days of dyspnea. {r.she.capitalize()} was last seen by {r.her} PCP, Dr. ")
    r.n(r.name(pcp, "full")).t(", on ").d(r.ago(30, 90), "num2").t(". In the ED: ").c("T 37.9").t(", ").c("HR 108")
    r.t(", ").c("BP 96/58").t(", ").c("RR 24").t(", ").c("SpO2 88% RA").t(". Labs notable for ").c("BNP 2,140")
    r.t(", ").c("Cr 2.1 (baseline 1.6)").t(", ").c("K 5.4").t(", ").c("troponin 0.09").t(".\n\n")
    r.t("HOSPITAL COURSE:\n1. CHF: diuresed with ").c("furosemide 80 mg IV BID").t(", net ").c("-6.2 L").t(
        ". Cardiology (Dr. ").n(r.name(cons, "last")).t(") recommended ").c("metoprolol succinate 25 mg daily")
    r.t(". Echo on ").d(r.later(-12, -2) if False else adm + timedelta(days=1), "md").t(" showed ").c("LVEF 25-30%")
    r.t(".\n2. AKI: ").c("Cr peaked at 2.6").t(" on hospital day 3, improved to ").c("1.9").t(" at discharge.\n")
    r.t("3. Dispo: discussed with daughter ").n(r.name(r.person(r.region, "F"), "full"))
    r.t(" (HCP), who can be reached at ").p("PHONE", r.phone()).t(".\n\nDISCHARGE MEDICATIONS:\n")
    r.c("1. Furosemide 40 mg PO daily\n2. Metoprolol succinate 25 mg PO daily\n3. Insulin glargine 18 units SC qHS\n")
    r.t("\nFOLLOW UP:\nDr. ").n(r.name(pcp, "last")).t(" on ").d(r.later(5, 12), "long").t(" at ").c("10:30 AM")
    r.t("; heart failure clinic, ").n(r.name(cons, "init")).t(", ").p("PHONE", r.phone(kind="work")).t(".\n\n")
    r.n(r.name(res, "mi")).t(", M.D. for ").n(r.name(att, "mi")).t(", M.D.\n\nDictated By: ").n(r.name(res, "LASTFIRST"))
    r.t("\nDD: ").d(r.day, "num").t(" ").c(r.hhmm()).t("\nDT: ").d(r.later(1, 2), "num").t("\nDV: ").d(r.later(1, 2), "num")
    r.t("\nJob #: ").p("ID", r.dg(6)).t("\n[report_end]\n")


def _t_radiology_ct(r: _R) -> None:
    ref, rad, tech = r.staff(), r.staff(), r.staff()
    r.t(r.rng.choice(["CT CHEST WITH CONTRAST", "CT ABDOMEN/PELVIS W/O CONTRAST", "CTA HEAD AND NECK"]))
    r.t("\nPatient: ").n(r.name(r.pt, r.rng.choice(["LASTFIRST", "lastfirst"]))).t("   MRN: ").p("ID", r.mrn)
    r.t("   DOB: ").dob_().t("\nAccession #: ").p("ID", f"CT{r.day.year % 100}-{r.dg(7)}")
    r.t("\nExam date: ").p("DATE", r.date(r.day, "isodt")).t("\nReferring physician: ").n(r.name(ref, "lastfirst"))
    r.t(", MD  (").p("PHONE", r.phone(kind="work")).t(")\n\nCLINICAL HISTORY: ").c(f"{r.age}").t(
        " y/o with weight loss and cough; smoker, 40 pack-years.\n\nCOMPARISON: CT ").d(r.ago(200, 700), "num").t(".\n\n")
    r.t("TECHNIQUE: Axial images after ").c("90 mL Omnipaque 350").t(" IV. DLP ").c("412 mGy-cm").t(".\n\nFINDINGS:\n")
    r.t("Spiculated ").c("2.3 x 1.8 cm").t(" mass in the right upper lobe (series 4, image 61), previously ")
    r.c("1.4 cm").t(". Subcarinal node ").c("1.2 cm").t(" short axis. No pleural effusion. ").c("Bosniak I").t(
        " left renal cyst.\n\nIMPRESSION:\n1. Enlarging ").c("RUL mass").t(", suspicious for primary lung malignancy. ")
    r.c("Lung-RADS 4B").t(".\n2. Findings communicated to Dr. ").n(r.name(ref, "last")).t(" by telephone at ").c(r.hhmm())
    r.t(" on ").d(r.day, r.rng.choice(["md", "num", "ord"])).t(" with read-back.\n\nDictated by: ").n(r.name(rad, "mi"))
    r.t(", MD\nTranscribed by: ").n(r.name(tech, "initials").lower()).t("  D: ").d(r.day, "num2").t(" T: ").d(r.later(0, 1), "num2")
    r.t("\nElectronically signed: ").n(r.name(rad, "full")).t(", MD ").d(r.later(0, 1), "num").t(" ").c(r.hhmm()).t("\n")


def _t_radiology_us(r: _R) -> None:
    ref, son, rad = r.staff(), r.staff(), r.staff()
    r.t("ULTRASOUND RENAL COMPLETE\n").n(r.name(r.pt, "LASTFIRST")).t(" | ").p("ID", r.mrn).t(" | ACC ").p("ID", f"{r.day.year % 100}US{r.dg(6)}")
    r.t("\nOrdered by: ").n(r.name(ref, "init")).t(", NP   Sonographer: ").n(r.name(son, "initials")).t("\nDate of service: ")
    r.d(r.day, "dmon").t("\n\nIndication: ").c("AKI, Cr 2.4").t(". Age ").c(f"{r.age}").t(".\n\nRight kidney ")
    r.c("10.8 cm").t(", left kidney ").c("11.2 cm").t(". Mild ").c("right hydronephrosis").t(". Bladder volume ")
    r.c("310 mL").t(" pre-void, ").c("45 mL").t(" post-void.\n\nIMPRESSION: Mild right hydronephrosis. Recommend follow-up.\n")
    r.t("Discussed with ").n(r.name(ref, "full")).t(" at pager ").p("PHONE", f"{r.rng.randint(2, 9)}{r.dg(4)}").t(".\n")
    r.t("/").n(r.name(rad, "initials")).t(" ").d(r.day, "md").t("\n")


def _t_mri(r: _R) -> None:
    ref, rad = r.staff(), r.staff()
    r.t("MRI BRAIN WITHOUT AND WITH CONTRAST\n\nName: ").n(r.name(r.pt, "full")).t("\nHospital no.: ").p("ID", r.mrn)
    r.t("\nStudy date: ").d(r.day).t("\nAccession: ").p("ID", f"MR{r.dg(8)}").t("\nReferrer: Dr ").n(r.name(ref, "full"))
    r.t(", Neurology\n\nHistory: new left-sided weakness, ").c("NIHSS 6").t(". ").c("On apixaban 5 mg BID").t(".\n\n")
    r.t("Findings: Restricted diffusion in the right corona radiata (").c("1.6 cm").t("), acute infarct. ").c("FLAIR")
    r.t(" hyperintensities, ").c("Fazekas grade 2").t(". No haemorrhage on ").c("SWI").t(". Enhancement: none.\n")
    r.t("Scanner: 3T, PACS node ").p("IP", r.ip()).t(".\n\nReported by: Dr ").n(r.name(rad, "init")).t(", Consultant Radiologist, ")
    r.d(r.later(0, 1), r.rng.choice(["dots", "num", "long"])).t("\n")


def _t_pathology(r: _R) -> None:
    surg, path, res = r.staff(), r.staff(), r.staff()
    r.t("SURGICAL PATHOLOGY REPORT\n\nAccession No.: ").p("ID", f"S{r.day.year % 100}-{r.dg(5)}").t("\nPatient: ")
    r.n(r.name(r.pt, "lastfirst")).t("   MRN ").p("ID", r.mrn).t("   DOB ").dob_().t("\nCollected: ").d(r.day, "num")
    r.t("  Received: ").d(r.later(0, 1), "num").t("\nSubmitting physician: ").n(r.name(surg, "lastfirst")).t(", MD\n\n")
    r.t("CLINICAL HISTORY: ").c("Sigmoid mass, CEA 14.2").t(".\n\nGROSS DESCRIPTION:\nReceived fresh labeled with the patient's name, \"")
    r.n(r.name(r.pt, "full")).t("\", and medical record number, and \"sigmoid colon\", is a ").c("24.5 cm").t(
        " segment of colon. A ").c("4.1 x 3.6 cm").t(" ulcerated mass is ").c("6.0 cm").t(
        " from the distal margin. Cassettes ").c("A1-A14").t(". Dictated by ").n(r.name(res, "init")).t(", PA.\n\n")
    r.t("MICROSCOPIC / DIAGNOSIS:\nSigmoid colon, resection: ").c("Invasive adenocarcinoma, moderately differentiated")
    r.t(". ").c("pT3 pN1a (1/19)").t(". Margins negative. ").c("MMR proteins intact (MLH1, PMS2, MSH2, MSH6)").t(".\n\n")
    r.t("I have personally reviewed the slides.\n").n(r.name(path, "mi")).t(", MD, Pathologist   ").d(r.later(2, 5), "long")
    r.t("\nCC: ").n(r.name(surg, "init")).t("; tumour board ").d(r.later(6, 12), r.rng.choice(["ord", "theof", "md"])).t("\n")


def _t_cytology(r: _R) -> None:
    cyt, path = r.staff(), r.staff()
    r.t("NON-GYN CYTOLOGY  ").p("ID", f"NG{r.day.year % 100}-{r.dg(4)}").t("\n").n(r.name(r.pt, "LASTFIRST")).t("  (")
    r.p("ID", r.mrn).t(")  Spec: pleural fluid, ").c("850 mL").t(", collected ").d(r.day, "mil").t("\n")
    r.t("Cellblock: ").c("TTF-1 positive, Napsin A positive, calretinin negative").t(".\nDx: POSITIVE for malignant cells, ")
    r.t("consistent with metastatic ").c("lung adenocarcinoma").t(".\nScreened by ").n(r.name(cyt, "mi")).t(", CT(ASCP); ")
    r.t("verified ").n(r.name(path, "full")).t(", MD ").d(r.later(1, 3), "mil").t(". Results phoned to ").n(r.name(r.staff(), "full"))
    r.t(", RN, ").c(r.hhmm()).t(".\n")


def _t_nursing_flowsheet(r: _R) -> None:
    n1, n2, n3 = r.staff(), r.staff(), r.staff()
    son = r.person(r.region, "M")
    r.t("FLOWSHEET COMMENTS - ").d(r.day, "md").t("\n")
    if r.rng.random() < 0.35:
        r.t("(").p("AGE", str(r.rng.randint(90, 101))).t(r.rng.choice(["yo ", " yo ", "y/o "])).t(f"{r.pt.sex}, high falls risk)\n")
    r.c(r.hhmm()).t("  Pt resting, ").c("HR 88").t(", ").c("BP 118/70").t(", ").c("SpO2 95% 2L NC").t(". ")
    r.t("Pain ").c("3/10").t(". -- ").n(r.name(n1, "init")).t(", RN\n")
    r.c(r.hhmm()).t("  Son ").n(r.name(son, "first")).t(" called (").p("PHONE", r.phone()).t("), updated per pt request. ")
    r.t("-- ").n(r.name(n1, "init")).t(", RN\n")
    r.c(r.hhmm()).t("  Given ").c("oxycodone 5 mg PO").t(" for ").c("pain 7/10").t("; reassess ").c("4/10").t(
        " at 1 hr. Glucose ").c("212").t(", ").c("insulin lispro 4 units").t(" per scale. /").n(r.name(n2, "initials")).t("\n")
    r.c(r.hhmm()).t("  Bed alarm on, ").c("Morse 55").t(". Pt asking for \"").n(r.name(n3, "first")).t(
        "\" (night RN last shift). Rounded q1h. -- ").n(f"{n2.first} {n2.last[0]}.").t(" RN\n")
    r.c(r.hhmm()).t("  Foley draining ").c("350 mL").t(" clear yellow. Skin intact, ").c("Braden 16").t(
        f". {'Husband' if r.pt.sex == 'F' else 'Wife'} ").n(r.name(r.person(r.region, "M" if r.pt.sex == "F" else "F"), "first")).t(" at bedside overnight. -- ").n(r.name(n3, "mi")).t(", RN\n")


def _t_operative(r: _R) -> None:
    surg, asst, anes, rep = r.staff(), r.staff(), r.staff(), r.staff()
    r.t("OPERATIVE REPORT\n\nDATE OF OPERATION: ").d(r.day, "long").t("\nPATIENT: ").n(r.name(r.pt, "LASTFIRST"))
    r.t("  MRN: ").p("ID", r.mrn).t("\nSURGEON: ").n(r.name(surg, "mi")).t(", MD\nASSISTANT: ").n(r.name(asst, "full"))
    r.t(", PA-C\nANESTHESIA: General endotracheal, ").n(r.name(anes, "full")).t(", MD\n\nPREOPERATIVE DIAGNOSIS: ")
    r.c("Symptomatic bradycardia, Mobitz II").t("\nPROCEDURE: Dual-chamber permanent pacemaker implantation\n\n")
    r.t("IMPLANTS: Generator ").c("Medtronic Azure XT DR").t(" S/N ").p("ID", f"RNB{r.dg(6)}S").t("; RA lead S/N ")
    r.p("ID", f"PJN{r.dg(7)}").t("; RV lead S/N ").p("ID", f"PJN{r.dg(7)}").t(".\n\nDESCRIPTION: After ")
    r.c("cefazolin 2 g IV").t(", left infraclavicular incision. R-wave ").c("11.2 mV").t(", threshold ").c("0.6 V @ 0.4 ms")
    r.t(", impedance ").c("620 ohms").t(". EBL ").c("15 mL").t(". ").c("Fluoroscopy 4.2 min").t(".\n\n")
    r.t("Device rep ").n(r.name(rep, "full")).t(" present; remote monitor to be mailed to ").addr().t(".\n")
    r.t("Wound check with ").n(r.name(asst, "last")).t(" on ").d(r.later(7, 10), r.rng.choice(["ord", "num", "theof"])).t(".\n")


def _t_au_ed(r: _R) -> None:
    gp, reg = r.staff(), r.staff()
    r.t("EMERGENCY DEPARTMENT DISCHARGE LETTER\n").t(r.rng.choice(["Royal Prince Alfred Hospital", "St Vincent's Hospital",
        "Princess Alexandra Hospital", "Monash Medical Centre"])).t("\n\nTo: Dr ").n(r.name(gp, "full")).t(", ")
    r.t(r.rng.choice(["Harbourside Medical Practice", "Bluegum Family Clinic"])).t(", fax ").p("PHONE", r.phone("AU")).t("\n\nRe: ")
    r.n(r.name(r.pt, "full")).t(", DOB ").dob_().t("\nURN ").p("ID", r.dg(7)).t("   Medicare ").p("ID", f"{r.dg(4)} {r.dg(5)} {r.dg(1)}")
    r.t(" IRN ").c(str(r.rng.randint(1, 5))).t("   IHI ").p("ID", f"8003 60{r.dg(2)} {r.dg(4)} {r.dg(4)}").t("\nAddress: ").addr(sep=" ")
    r.t("\nPh: ").p("PHONE", r.phone("AU")).t("\n\nDear Dr ").n(r.name(gp, "last")).t(",\n\nThank you for seeing ")
    r.n(r.name(r.pt, "first")).t(", who attended on ").d(r.day, r.rng.choice(["long", "theof", "dmon"])).t(" after a fall at ")
    r.t(f"{r.her} home. X-ray showed an ").c("undisplaced distal radius fracture").t("; ").c("below-elbow backslab").t(
        " applied. Analgesia: ").c("paracetamol 1 g QID").t(" and ").c("ibuprofen 400 mg TDS").t(" for ").c("5 days").t(
        ".\nFracture clinic: ").d(r.later(7, 10), "ord").t(" at ").c(r.hhmm()).t(".\n\nKind regards,\n\nDr ")
    r.n(r.name(reg, "init")).t(", ED Registrar (").p("EMAIL", f"{_fold(reg.first[0] + reg.last).lower().replace(' ', '')}@health.nsw.gov.au").t(")\n")


def _t_nz_referral(r: _R) -> None:
    gp, spec, whanau = r.staff(), r.staff(), r.person("NZ")
    r.t("REFERRAL - General Medicine\n\nPatient: ").n(r.name(r.pt, "full")).t("   NHI: ")
    r.p("ID", r.rng.choice([f"{''.join(r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.dg(4)}",
                            (f"{''.join(r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.dg(2)}"
                            f"{''.join(r.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))}")]))
    r.t("\nDOB: ").dob_().t("   Ethnicity: ").t(r.rng.choice(["NZ Maori", "Samoan", "NZ European"]))
    r.t("\nAddress: ").addr().t("\nCell: ").p("PHONE", r.phone("NZ")).t("\nNext of kin: ").n(r.name(whanau, "full"))
    r.t(" (whanau), ").p("PHONE", r.phone("NZ")).t("\n\nKia ora ").n(r.name(spec, "first")).t(",\n\n")
    r.t("I would be grateful if you could see this ").c(f"{r.age} year old").t(" with ").c("HbA1c 94 mmol/mol").t(
        ", ").c("eGFR 38").t(", and recurrent cellulitis. Current meds: ").c("metformin 1 g BD").t(", ").c("cilazapril 5 mg mane")
    r.t(", ").c("vildagliptin 50 mg BD").t(". ").c("BP 152/94").t(". Seen ").d(r.ago(3, 20), "ord").t(" and ").d(r.ago(25, 60), "md")
    r.t(".\n\nNga mihi,\n").n(r.name(gp, "full")).t(", GP\n").t(r.rng.choice(["Te Awa Health Centre", "Kauri Medical"])).t(
        "  ").p("PHONE", r.phone("NZ")).t("\n")


def _t_ontario(r: _R) -> None:
    fd, spec = r.staff(), r.staff()
    r.t("CONSULTATION NOTE - Internal Medicine\n\nPatient: ").n(r.name(r.pt, "lastfirst")).t("\nOHIP: ")
    r.p("ID", f"{r.dg(4)}-{r.dg(3)}-{r.dg(3)}-{''.join(r.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))}")
    r.t("   Chart #: ").p("ID", r.mrn).t("\nDOB: ").dob_().t("\nAddress: ")
    r.addr("CA").t("\nFamily physician: Dr. ").n(r.name(fd, "full")).t(", tel ").p("PHONE", r.phone("CA", "work")).t("\n\n")
    r.t("Seen ").d(r.day, r.rng.choice(["slash_ymd", "iso", "long"])).t(" at the request of Dr. ").n(r.name(fd, "last"))
    r.t(" for ").c("hyponatremia, Na 121").t(". Taking ").c("hydrochlorothiazide 25 mg daily").t(" and ").c("sertraline 100 mg")
    r.t(". ").c("Serum osm 254").t(", ").c("urine Na 48").t(". Plan: hold HCTZ, ").c("fluid restriction 1.2 L/day").t(
        ", repeat lytes ").d(r.later(2, 4), "md").t(".\nSIN on file (for CPP disability form): ").p("SSN", f"{r.dg(3)} {r.dg(3)} {r.dg(3)}")
    r.t("\n\n").n(r.name(spec, "full")).t(", MD FRCPC\n")


def _t_quebec(r: _R) -> None:
    md, inf = r.staff(), r.staff()
    fam = r.person("CA")
    r.t("NOTE D'EVOLUTION / PROGRESS NOTE\nCHUM - Unite de medecine\n\n").n(r.name(r.pt, "full")).t("  RAMQ: ")
    r.p("ID", f"{_fold(r.pt.last)[:3].upper()}{_fold(r.pt.first)[0].upper()} {r.dg(4)} {r.dg(4)}").t("  Dossier: ").p("ID", r.mrn)
    r.t("\nNe(e) le ").dob_().t("\n\n").d(r.day, "iso").t(" ").c(r.hhmm())
    r.t(": Pt. bilingue, prefers French. ").c("T 38.4").t(", ").c("FC 104").t(", ").c("TA 102/64").t(". ").c("Lactate 3.1")
    r.t(". Blood cultures x2. Started ").c("piperacillin-tazobactam 4.5 g IV q6h").t(". Spoke with ").n(r.name(fam, "full"))
    r.t(", conjoint(e), at ").p("PHONE", r.phone("CA")).t(". Home: ").addr("CA").t(".\n")
    r.t("-- ").n(r.name(md, "init")).t(", MD resident; infirmiere ").n(r.name(inf, "first")).t(" aware.\n")


def _t_india_opd(r: _R) -> None:
    doc, ref = r.staff(), r.staff()
    fath = r.person("IN", "M")
    r.t(r.rng.choice(["Apollo", "Manipal", "KEM", "Ruby Hall"])).t(" Hospital - OPD Card\n\nUHID: ")
    r.p("ID", f"{r.rng.choice(['BLR', 'MUM', 'CHN', 'HYD'])}.{r.dg(8)}").t("   OP No: ").p("ID", f"OP/{r.day.year}/{r.dg(6)}")
    r.t("\nName: ").n(r.name(r.pt, "full")).t("   ").t(r.rng.choice(["S/o"] if r.pt.sex == "M" else ["D/o", "W/o"])).t(" ").n(r.name(fath, "full"))
    r.t("\nAge/Sex: ").c(f"{r.age}/{r.pt.sex}").t("   Mobile: ").p("PHONE", r.phone("IN")).t("\nAddress: ").addr(sep=", ")
    r.t("\nAadhaar: ").p("ID", f"{r.dg(4)} {r.dg(4)} {r.dg(4)}").t("\nDate: ").d(r.day, r.rng.choice(["num", "dots", "dmon"]))
    r.t("\n\nC/o fever x ").c("5 days").t(", myalgia. ").c("Platelets 62,000").t(", ").c("NS1 antigen positive").t(". ")
    r.c("BP 100/70").t(". Adv: ").c("Tab. Paracetamol 650 mg SOS").t(", ").c("ORS").t(", CBC daily.\nRef by Dr. ")
    r.n(r.name(ref, "full")).t(". Review on ").d(r.later(2, 3), r.rng.choice(["num", "dots"])).t(" or earlier if bleeding.\n")
    r.t("Dr. ").n(r.name(doc, "init")).t(", MD (Gen Med), Reg. No. ").p("ID", f"KMC {r.dg(5)}").t("\n")


def _t_nigeria(r: _R) -> None:
    cons, reg, nok = r.staff(), r.staff(), r.person("NG")
    r.t(r.rng.choice(["LAGOS UNIVERSITY TEACHING HOSPITAL", "UNIVERSITY COLLEGE HOSPITAL, IBADAN", "NATIONAL HOSPITAL ABUJA"]))
    r.t("\nMEDICAL WARD - ADMISSION NOTE\n\nName: ").n(r.name(r.pt, "full")).t("\nHosp. No: ")
    r.p("ID", f"{r.rng.choice(['LUTH', 'UCH', 'NHA'])}/{r.day.year % 100}/{r.dg(6)}").t("   NHIA No: ").p("ID", r.dg(8))
    r.t("\nAddress: ").addr().t("\nPhone: ").p("PHONE", r.phone("NG")).t("\nNOK: ").n(r.name(nok, "full")).t(" (")
    r.t(r.rng.choice({"M": ["brother", "son"], "F": ["sister", "daughter"]}[nok.sex])).t("), ").p("PHONE", r.phone("NG")).t("\nDate: ")
    r.d(r.day, r.rng.choice(["num", "ord", "theof", "dmon"])).t("\n\n").c(f"{r.age}").t(" yr old trader, P/C fever and ")
    r.t("jaundice. ").c("mRDT positive").t(", ").c("PCV 21%").t(", ").c("total bilirubin 4.8 mg/dL").t(". Impression: ")
    r.c("severe P. falciparum malaria").t(". Commenced ").c("IV artesunate 2.4 mg/kg at 0, 12, 24 h").t(
        ". Transfuse ").c("1 unit whole blood").t(".\nSeen with Dr. ").n(r.name(cons, "last")).t(" (consultant).\n")
    r.t("Reg: ").n(r.name(reg, "init")).t("\n")


def _t_philippines(r: _R) -> None:
    res, nurse, watcher = r.staff(), r.person("PH"), r.person("PH")
    rel = {"M": ["son", "husband", "nephew"], "F": ["daughter", "niece", "wife"]}[watcher.sex]
    r.t("WARD PROGRESS NOTES\n").t(r.rng.choice(["Philippine General Hospital", "Vicente Sotto Memorial Medical Center",
        "Southern Philippines Medical Center"])).t("\n\nPatient: ").n(r.name(r.pt, "LASTFIRST")).t("  Hosp # ")
    r.p("ID", f"{r.day.year}-{r.dg(6)}").t("  PhilHealth PIN: ").p("ID", f"{r.dg(2)}-{r.dg(9)}-{r.dg(1)}")
    r.t("\nAddress: ").addr().t("\nContact: ").p("PHONE", r.phone("PH")).t("\nWatcher: ").n(r.name(watcher, "full"))
    r.t(" (").t(r.rng.choice(rel)).t(")\n\n").d(r.day, r.rng.choice(["num", "long", "mon"]))
    r.t(" / ").c(r.hhmm()).t("\nS: still with dyspnea\nO: ").c("BP 140/90").t(", ").c("HR 96").t(", ").c("O2 sat 93% at 3 lpm")
    r.t("\nA: ").c("Pulmonary TB, on HRZE").t("; ").c("DM2").t("\nP: continue ").c("isoniazid 300 mg, rifampicin 600 mg").t(
        "; sputum GeneXpert; referred to ").t("TB-DOTS").t("\n-- ").n(r.name(res, "init")).t(", MD / ").n(r.name(nurse, "first"))
    r.t(" ").n(r.name(nurse, "last")).t(", RN\n")


def _t_family_meeting(r: _R) -> None:
    att, sw = r.staff(), r.staff()
    kids = [r.person(r.region, "F"), r.person(r.region), r.person(r.region)]
    r.t("FAMILY MEETING NOTE - ").d(r.day, r.rng.choice(["num", "long", "ord"])).t("\n\nPresent: family: ")
    r.n(kids[0].first).t(", ").n(kids[1].first).t(" and ").n(kids[2].first).t(" at bedside; ").n(r.name(r.pt, "first"))
    r.t("'s sister ").n(r.name(r.person(r.region, "F"), "full")).t(" by phone (").p("PHONE", r.phone()).t("); Dr. ")
    r.n(r.name(att, "last")).t(" (ICU); ").n(r.name(sw, "full")).t(", LCSW.\n\n").t(f"{r.mx} ").n(r.pt.last).t("'s daughter ")
    r.n(kids[0].first).t(" is the HCP. Discussed ").c("GCS 6").t(", ").c("on norepinephrine 0.2 mcg/kg/min").t(
        " and vasopressin, ").c("lactate 6.8").t(", ").c("CRRT").t(". Family agree with DNR/DNI, comfort-focused care.\n")
    r.n(kids[1].first).t(" asked about organ donation; ").n(kids[2].first).t(" will contact Father ").n(r.name(r.staff(), "last"))
    r.t(". Next update ").d(r.later(1, 2), "md").t(". Time spent ").c("45 minutes").t(".\n")


def _t_geriatric(r: _R) -> None:
    doc, nurse = r.staff(), r.staff()
    a = r.make_old()
    num = a if a.isdigit() else str(r.age)
    r.t("GERIATRIC MEDICINE CONSULT\n").n(r.name(r.pt, "full")).t(", MRN ").p("ID", r.mrn).t(", DOB ").dob_()
    r.t("\n\nReason: falls, delirium.\n")
    kind = "woman" if r.pt.sex == "F" else "man"
    form = r.rng.randrange(5)
    if form == 0:
        r.t("HPI: ").p("AGE", a).t(f"-year-old {kind} ")
    elif form == 1:
        r.t("HPI: ").p("AGE", num).t(f"yo {kind} ")
    elif form == 2:
        r.t("Age: ").p("AGE", num).t(f". HPI: {kind} ")
    elif form == 3:
        r.t("HPI: ").p("AGE", num).t(f" y.o. {r.pt.sex} ")
    else:
        r.t(f"HPI: {r.mx} ").n(r.pt.last).t(f" is a {kind} in {r.her} ")
        r.p("AGE", r.rng.choice(["90s", "nineties", "mid-90s", "early 90s", "late nineties"])).t(" ")
    r.t("from ").t(r.rng.choice(["Sunrise Assisted Living", "Oak Lodge", "home"]))
    r.t(" with ").c("CAM positive").t(" delirium; ").c("MoCA 14/30").t(" on ").d(r.ago(60, 300), r.rng.choice(["num", "mon"])).t(". ")
    r.t(f"{r.her.capitalize()} {'husband' if r.pt.sex == 'F' else 'wife'} died at ").p("AGE", str(r.rng.randint(90, 99)))
    r.t(r.rng.choice(["; lives with son ", f"; lives with {r.her} son ", "; lives with nephew "]))
    r.n(r.name(r.person(r.region, "M"), "full")).t(", who is ").c(f"{r.rng.randint(60, 75)}").t(". Meds: ").c("donepezil 5 mg")
    r.t(", ").c("zolpidem 10 mg qhs (stop)").t(", ").c("oxybutynin 5 mg (stop - anticholinergic)").t(". ")
    r.c("Orthostatic: 138/72 -> 112/60").t(". ").c("Na 131").t(", ").c("TSH 2.1").t(", ").c("B12 180").t(".\n")
    r.t("Plan: deprescribe per Beers; PT; sleep hygiene. Hearing aids from ").n(r.name(r.person(r.region), "full"))
    r.t(" (daughter-in-law).\n").n(r.name(doc, "mi")).t(", MD, Geriatrics; d/w ").n(r.name(nurse, "first")).t(" RN ").c(r.hhmm()).t("\n")


def _t_portal(r: _R) -> None:
    doc, ma = r.staff(), r.staff()
    r.t("MyChart message  From: ").n(r.name(r.pt, "full")).t(" <").p("EMAIL", r.email(r.pt, plus=True)).t(">  Sent: ")
    r.p("DATE", r.date(r.day, "isodt")).t("\nSubject: refill + question\n\nhi dr ").n(r.name(doc, "last").lower()).t(
        ", can you refill my ").c("lisinopril 20mg").t("? bp this am was ").c("148/92").t(". also my ").c("A1c")
    r.t(" from ").d(r.ago(10, 40), r.rng.choice(["md", "ord", "mon"])).t(" shows ").c("7.9").t(" in the app, link: ")
    r.p("URL", r.rng.choice([f"mychart.{r.rng.choice(['partners', 'ochsner', 'ucsf', 'baystate'])}.org/MyChart/Results/{r.dg(6)}",
                             f"portal.healow.com/#/results?pid={r.dg(8)}",
                             f"www.followmyhealth.com/doc/{r.dg(5)}?u={_fold(r.pt.first).lower()}"]))
    r.t(" . my daughter ").n(r.name(r.person(r.region, "F"), "first").lower()).t(" can pick it up. text me at ").p("PHONE", r.phone())
    r.t("\nthx\n").n(r.name(r.pt, "first").lower()).t("\n\nReply (").n(r.name(ma, "full")).t(", CMA, ").d(r.later(0, 1), "num2")
    r.t("): Refill sent. Please book BP check; self-schedule at ").p("URL", f"bit.ly/{''.join(r.rng.choice('abcdefXYZ0123456789') for _ in range(7))}")
    r.t(".\n")


def _t_phone_log(r: _R) -> None:
    rn, doc, caller = r.staff(), r.staff(), r.person(r.region)
    r.t("TELEPHONE ENCOUNTER  ").d(r.day).t(" ").c(r.hhmm()).t("\nCaller: ").n(r.name(caller, "full")).t(" (")
    r.t(r.rng.choice(["spouse", "son" if caller.sex == "M" else "daughter", "caregiver", "neighbor"])).t(") re: ").n(r.name(r.pt, "full")).t(", DOB ").dob_()
    r.t("\nCallback: ").p("PHONE", r.phone(kind="work")).t("; alt ").p("PHONE", r.phone()).t("\n\nReports ").c("weight up 3 kg")
    r.t(" in ").c("4 days").t(", ankles swollen. On ").c("torsemide 20 mg daily").t(". Per Dr. ").n(r.name(doc, "last"))
    r.t(": increase to ").c("torsemide 40 mg x 3 days").t(", BMP ").d(r.later(2, 3), r.rng.choice(["md", "ord", "dmon"]))
    r.t(". Fax lab order to ").p("PHONE", r.phone(kind="work")).t(". Caller verbalized understanding.\n")
    r.t("-- ").n(r.name(rn, "init")).t(", RN\n")


def _t_critical_lab(r: _R) -> None:
    tech, rn, doc = r.staff(), r.staff(), r.staff()
    r.t("CRITICAL RESULT NOTIFICATION\nPatient ").n(r.name(r.pt, "LASTFIRST")).t(" / ").p("ID", r.mrn).t(" / Rm ")
    r.c(f"{r.rng.randint(2, 9)}{r.rng.randint(10, 40)}B").t("\nSpecimen ").p("ID", f"{r.day.strftime('%y%j')}{r.dg(5)}").t(
        " collected ").p("DATE", r.date(r.day, "isodt")).t("\nResult: ").c(r.rng.choice(["Potassium 6.8 mmol/L (H)",
        "Glucose 38 mg/dL (L)", "Hemoglobin 5.9 g/dL (L)", "Lactate 5.2 mmol/L (H)"])).t("\nCalled by ").n(r.name(tech, "full"))
    r.t(", MLS, to ").n(r.name(rn, "full")).t(", RN at ").c(r.hhmm()).t("; read back verified. Provider ").n(r.name(doc, "init"))
    r.t(" paged ").p("PHONE", f"{r.rng.randint(1, 9)}-{r.dg(4)}").t(" and acknowledged.\n")


def _t_echo(r: _R) -> None:
    son, cardio, ref = r.staff(), r.staff(), r.staff()
    old = r.make_old() if r.rng.random() < 0.3 else ""
    r.t("TRANSTHORACIC ECHOCARDIOGRAM\nName: ").n(r.name(r.pt, "full")).t("  ID: ").p("ID", r.mrn).t("  DOB: ").dob_()
    r.t("\nStudy: ").d(r.day, "dmon").t("  Acc: ").p("ID", f"E{r.dg(9)}").t("  Sonographer: ").n(r.name(son, "initials"))
    if old:
        r.t("\nAge: ").p("AGE", str(r.age)).t(r.rng.choice([" yrs", "", " years"]))
    r.t("\nReferring: ").n(r.name(ref, "lastfirst")).t("  Height ").c("165 cm").t(" Weight ").c("72 kg").t(" BSA ").c("1.80 m2")
    r.t("\n\nLV: normal size, ").c("LVEF 55-60%").t(" (biplane). ").c("Grade I diastolic dysfunction").t(", ").c("E/e' 14")
    r.t(".\nAV: ").c("severe aortic stenosis, peak velocity 4.3 m/s, mean gradient 46 mmHg, AVA 0.8 cm2").t(
        ".\nRVSP ").c("38 mmHg").t(". Compared with study of ").d(r.ago(300, 900), "num").t(".\n\nRead by ").n(r.name(cardio, "mi"))
    r.t(", MD, FASE on ").d(r.day, "num").t("\n")


def _t_transfusion(r: _R) -> None:
    rn1, rn2, doc = r.staff(), r.staff(), r.staff()
    r.t("TRANSFUSION ADMINISTRATION NOTE\n").n(r.name(r.pt, "full")).t("  MRN ").p("ID", r.mrn).t("  DOB ").dob_()
    r.t("\nBlood band # ").p("ID", f"BB{r.dg(6)}").t("\nProduct: ").c("RBC, leukoreduced, O NEG").t("  Unit # ")
    r.p("ID", f"W{r.dg(4)} {r.day.year % 100} {r.dg(6)}").t("  exp ").d(r.later(10, 30), "iso").t("\nPre: ").c("Hgb 6.7")
    r.t(", ").c("T 36.8").t(", ").c("HR 102").t(", ").c("BP 104/62").t(". Consent signed ").d(r.day, r.rng.choice(["num", "md"])).t(
        ". Dual verification at bedside by ").n(r.name(rn1, "full")).t(", RN and ").n(r.name(rn2, "full")).t(", RN. Started ")
    r.c(r.hhmm()).t(" at ").c("120 mL/hr").t(". 15-min vitals stable. No reaction. Ordered by ").n(r.name(doc, "init")).t(".\n")


def _t_rapid_response(r: _R) -> None:
    rrt, rn, res, rt = r.staff(), r.staff(), r.staff(), r.staff()
    r.t("RAPID RESPONSE EVENT NOTE\nDate/time called: ").d(r.day, r.rng.choice(["num", "iso"])).t(" ").c(r.hhmm())
    r.t("\nPatient: ").n(r.name(r.pt, "full")).t(", ")
    if r.rng.random() < 0.25:
        r.make_old()
        r.p("AGE", str(r.age))
    else:
        r.c(f"{r.age}")
    r.t(f"{r.pt.sex}, bed ").c(f"{r.rng.randint(4, 9)}{r.rng.randint(10, 30)}")
    r.t("\nTeam: ").n(r.name(rrt, "full")).t(" (RRT RN), ").n(r.name(res, "full")).t(" (MD), RT ").n(r.name(rt, "first"))
    r.t("\n\nCalled by primary RN ").n(r.name(rn, "first")).t(" for ").c("RR 32").t(", ").c("SpO2 84% on 4L").t(", ").c("HR 128")
    r.t(". ").c("ABG 7.29/58/61").t(". ").c("BiPAP 12/5, FiO2 60%").t(" started; ").c("furosemide 40 mg IV").t(
        ". Improved to ").c("SpO2 94%").t(". Transferred to ").c("MICU bed 12").t(". Family (").n(r.name(r.person(r.region), "full"))
    r.t(") notified at ").p("PHONE", r.phone()).t(".\n-- ").n(r.name(rrt, "init")).t(", RN\n")


def _t_dialysis(r: _R) -> None:
    rn, neph = r.staff(), r.staff()
    r.t("HEMODIALYSIS RUN SHEET  ").d(r.day, r.rng.choice(["num", "dmon", "mil"])).t("\n").n(r.name(r.pt, "LASTFIRST"))
    r.t("  MRN ").p("ID", r.mrn).t("  Chair ").c(str(r.rng.randint(1, 24))).t("\nMachine: ").c("Fresenius 5008S").t(" SN ")
    r.p("ID", f"{r.dg(1)}{''.join(r.rng.choice('ABCDEFGH') for _ in range(2))}{r.dg(5)}").t("\nAccess: ").c("L AVF, thrill +")
    r.t("\nPre wt ").c("78.4 kg").t(", EDW ").c("75.5 kg").t(", UF goal ").c("2.9 L").t(". ").c("Qb 400, Qd 500").t(", ")
    r.c("K 2 / Ca 2.5 bath").t(". ").c("Heparin 1000 u bolus").t(". ").c("BP 168/88").t(" -> ").c("132/70").t(
        ". Comments: cramping at ").c("3 h").t(", ").c("NS 200 mL").t(f" given. Pt says {'husband' if r.pt.sex == 'F' else 'wife'} ").n(r.name(r.person(r.region, "M" if r.pt.sex == "F" else "F"), "first"))
    r.t(" will drive today, car plate ").p("ID", f"{''.join(r.rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))}{r.dg(4)}")
    r.t(" in lot B.\nRN: ").n(r.name(rn, "full")).t("   Nephrologist rounding: Dr ").n(r.name(neph, "last")).t("\n")


def _t_sleep(r: _R) -> None:
    tech, md, ref = r.staff(), r.staff(), r.staff()
    r.t("POLYSOMNOGRAPHY REPORT\nPatient: ").n(r.name(r.pt, "mi")).t("   DOB: ").dob_()
    r.t("   Study #: ").p("ID", f"PSG-{r.dg(5)}").t("\nStudy date: ").d(r.day, r.rng.choice(["slash_ymd", "num", "long"]))
    r.t(" (night of ").t(r.rng.choice(["Monday", "Tuesday", "Thursday"])).t(")  Referred by: ").n(r.name(ref, "full")).t(", DO")
    r.t("\n\n").c("BMI 36.4").t(", ").c("neck 44 cm").t(", ").c("ESS 15").t(". TST ").c("362 min").t(", SE ").c("78%").t(", ")
    r.c("AHI 38.2/h").t(", ").c("nadir SpO2 79%").t(", ").c("T90 22%").t(". Scored by ").n(r.name(tech, "full")).t(", RPSGT.\n")
    r.t("Impression: ").c("severe obstructive sleep apnea").t(". Recommend ").c("APAP 6-16 cmH2O").t(". Interpreting physician: ")
    r.n(r.name(md, "full")).t(", MD, D.ABSM ").d(r.later(2, 6)).t("\n")


def _t_dme(r: _R) -> None:
    doc = r.staff()
    r.t("DME ORDER - HOME OXYGEN\nBeneficiary: ").n(r.name(r.pt, "full")).t("   DOB ").dob_()
    if r.region == "US":
        r.t("   MBI ").p("ID", f"{r.rng.randint(1, 9)}{''.join(r.rng.choice('ACDEFGHJKMNPQRTUVWXY') for _ in range(2))}{r.dg(1)}-"
                             f"{r.rng.choice('ACDEFGHJK')}{r.dg(2)}-{r.rng.choice('ACDEFGHJK')}{r.dg(2)}")
        r.t("   SSN ").p("SSN", f"{r.dg(3)}-{r.dg(2)}-{r.dg(4)}")
    r.t("\nDeliver to: ").addr().t("\nPrimary phone: ").p("PHONE", r.phone()).t("  Email: ").p("EMAIL", r.email(r.pt))
    r.t("\n\nQualifying test ").d(r.ago(1, 20), "num").t(": ").c("SpO2 86% RA at rest").t(", ").c("PaO2 52 mmHg").t(". Rx: ")
    r.c("O2 2 L/min via NC continuous, with exertion 4 L/min").t(". Concentrator plus portable; ").c("length of need 99 months")
    r.t(".\nOrdering: ").n(r.name(doc, "mi")).t(", MD  NPI ").p("ID", f"1{r.dg(9)}").t("  Date ").d(r.day, "num").t("\n")


def _t_transfer(r: _R) -> None:
    send, recv, medic = r.staff(), r.staff(), r.staff()
    r.t("INTERFACILITY TRANSFER NOTE\nFrom: ").t(r.rng.choice(["Valley Regional", "St. Mary's Rural Health", "Bay Community"]))
    r.t(" (MRN ").p("ID", r.idnum()).t(") to Tertiary Centre (MRN ").p("ID", r.mrn).t(")\nPatient: ").n(r.name(r.pt, "lastfirst"))
    r.t(", DOB ").dob_().t("\nAccepting: Dr. ").n(r.name(recv, "full")).t(" (").p("PHONE", r.phone(kind="work")).t(")  ")
    r.t("Sending: Dr. ").n(r.name(send, "full")).t("\nTransfer date: ").d(r.day, r.rng.choice(["long", "num", "theof"]))
    r.t(", departed ").c(r.hhmm()).t(" by ALS unit ").c(f"Medic {r.rng.randint(1, 40)}").t(", crew lead ").n(r.name(medic, "init"))
    r.t("\n\nReason: ").c("STEMI, door-to-needle 28 min, tenecteplase 40 mg").t("; ongoing ").c("ST elevation").t(". ")
    r.c("Heparin 4000 u bolus then 800 u/h").t(". ").c("HR 64").t(", ").c("BP 124/80").t(". Images pushed via ")
    r.p("URL", f"https://imageshare.{r.rng.choice(['lifeimage', 'powershare', 'ambra'])}.com/share/{r.dg(10)}").t(" from ")
    r.p("IP", r.ip()).t(".\n")


def _t_it_telemetry(r: _R) -> None:
    tech, rn = r.staff(), r.staff()
    r.t("TELEMETRY / CLINICAL ENGINEERING NOTE  ").d(r.day, r.rng.choice(["num", "iso", "dmon"])).t("\n")
    r.t("Patient ").n(r.name(r.pt, "full")).t(" (").p("ID", r.mrn).t("), tele box ").p("ID", f"TX{r.dg(5)}").t(
        " dropped off central station at ").c(r.hhmm()).t(" x ").c("12 min").t(". Monitor IP ").p("IP", r.ip())
    r.t(", gateway ").p("IP", r.ip()).t(". Replaced battery; rhythm ").c("AF with RVR 130s").t(" documented on strip. Insulin pump S/N ")
    r.p("ID", f"NG{r.dg(7)}H").t(" checked, basal ").c("0.8 u/h").t(". Ticket ").p("ID", f"INC{r.dg(7)}").t(" opened by ")
    r.n(r.name(tech, "full")).t(" (").p("EMAIL", f"{_fold(tech.first).lower()}.{_fold(tech.last).lower().replace(' ', '')}@biomed.example-health.org")
    r.t("); RN ").n(r.name(rn, "first")).t(" notified.\n")


def _t_contact_trace(r: _R) -> None:
    ip = r.staff()
    contacts = [r.staff() for _ in range(3)]
    r.t("INFECTION PREVENTION - CONTACT TRACING\nIndex: ").n(r.name(r.pt, "full")).t(", ").p("ID", r.mrn).t(", ")
    r.c(r.rng.choice(["C. difficile toxin PCR positive", "MRSA nares positive", "COVID-19 PCR positive, Ct 22",
                      "CPE (KPC) rectal screen positive"])).t(" on ").d(r.day, r.rng.choice(["num", "dmon", "ord"])).t(
        ".\nShared room ").c(f"{r.rng.randint(3, 8)}{r.rng.randint(10, 40)}").t(" with ").n(r.name(r.person(r.region), "full"))
    r.t(" from ").d(r.ago(4, 8), "md").t(" to ").d(r.ago(1, 3), "md").t(".\nStaff exposures (no PPE): ")
    for i, s in enumerate(contacts):
        r.n(r.name(s, r.rng.choice(["full", "init", "lastfirst"])))
        r.t(", " if i < 2 else ".\n")
    r.t("Visitor log: ").n(r.name(r.person(r.region), "full")).t(", ").p("PHONE", r.phone()).t(" visited daily.\nContact precautions; ")
    r.c("terminal clean with bleach 1:10").t(". -- ").n(r.name(ip, "init")).t(", RN, CIC\n")


def _t_hospice_social(r: _R) -> None:
    sw, chap = r.staff(), r.staff()
    grand = r.person(r.region, "F")
    spouse = "husband" if r.pt.sex == "F" else "wife"
    r.t("SOCIAL WORK / SPIRITUAL CARE NOTE\n").d(r.day, r.rng.choice(["long", "num", "theof"])).t("\n\n")
    r.t("Met with pt and granddaughter ").n(r.name(grand, "first")).t(" ").n(grand.last).t(". Pt lives alone at ").addr()
    r.t(f". Pt's late {spouse} ").n(r.name(r.person(r.region, "M" if r.pt.sex == "F" else "F"), "first")).t(" died ")
    r.d(r.ago(400, 3000), r.rng.choice(["long", "num"])).t(". Chaplain ").n(r.name(chap, "full"))
    r.t(" offered prayer; pt asked for Pastor ").n(r.name(r.staff(), "last"))
    r.t(" of ").t(r.rng.choice(["Grace Community Church", "St Joseph's Parish", "Hope Baptist Church"])).t(". ")
    r.t("Granddaughter email ").p("EMAIL", r.email(grand, plus=r.rng.random() < 0.5)).t(". ").c("PPS 40%").t(", ")
    r.c("morphine 2.5 mg SL q2h prn").t(". Daughter-in-law ").n(r.name(r.person(r.region, "F"), "full")).t(
        " is POA.\n").n(r.name(sw, "mi")).t(", MSW\n")


_TEMPLATES: list[tuple[_Template, list[str]]] = [
    (_t_discharge_i2b2, ["US", "US", "US", "CA"]),
    (_t_radiology_ct, REGIONS),
    (_t_radiology_us, ["US", "CA", "AU", "NZ"]),
    (_t_mri, ["AU", "NZ", "IN", "NG", "CA"]),
    (_t_pathology, REGIONS),
    (_t_cytology, ["US", "CA", "AU", "IN"]),
    (_t_nursing_flowsheet, REGIONS),
    (_t_operative, ["US", "CA", "AU", "IN", "PH"]),
    (_t_au_ed, ["AU"]),
    (_t_nz_referral, ["NZ"]),
    (_t_ontario, ["CA"]),
    (_t_quebec, ["CA"]),
    (_t_india_opd, ["IN"]),
    (_t_nigeria, ["NG"]),
    (_t_philippines, ["PH"]),
    (_t_family_meeting, ["US", "AU", "NZ", "CA", "PH"]),
    (_t_geriatric, ["US", "AU", "NZ", "CA", "IN"]),
    (_t_portal, ["US", "CA"]),
    (_t_phone_log, ["US", "CA", "AU", "NZ"]),
    (_t_critical_lab, REGIONS),
    (_t_echo, ["US", "CA", "AU", "IN", "NG"]),
    (_t_transfusion, ["US", "AU", "NZ", "CA", "PH"]),
    (_t_rapid_response, ["US", "CA", "AU"]),
    (_t_dialysis, ["US", "AU", "NZ", "PH"]),
    (_t_sleep, ["US", "CA"]),
    (_t_dme, ["US", "US", "CA"]),
    (_t_transfer, ["US", "CA", "AU"]),
    (_t_it_telemetry, ["US", "AU", "CA"]),
    (_t_contact_trace, REGIONS),
    (_t_hospice_social, ["US", "AU", "NZ", "CA"]),
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through the templates (deterministic: fixed seed)."""
    rng = random.Random(_SEED)
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(_SEED + i)
    order = list(range(len(_TEMPLATES)))
    notes: list[Note] = []
    for i in range(n):
        if i % len(order) == 0:
            rng.shuffle(order)
        fn, regions = _TEMPLATES[order[i % len(order)]]
        r = _R(rng, fakers, rng.choice(regions))
        fn(r)
        notes.append(r.b.build(r.patient()))
    return notes
