"""HELD-OUT v9 PHI corpus: written before any round-9 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid`` and ``docs/deid.md`` not
read) to look like real third-party clinical text of kinds no earlier corpus used:
i2b2/n2c2-2014-style longitudinal outpatient records ("Record date:", problem list, family
history with relatives' names and ages), MIMIC-style ICU physician notes with flowsheet
tables, MIMIC-style nursing problem notes (Assessment / Action / Response / Plan), an ID
consult, an Australian ISBAR transfer summary, a medication reconciliation table, a Canadian
ED provider note with scribe attestation, an Irish anaesthesia pre-op assessment, a New
Zealand physiotherapy / OT note, discharge instructions written to the patient, a referral
fax with cover sheet, a prior-authorisation appeal letter, a death pronouncement and
certificate narrative, a research-coordinator visit note, a dental chart note and an Indian
eye-clinic OPD note. Names come from Faker en_US, en_GB, en_AU, en_CA, en_IE, en_NZ, en_IN,
es_MX, fr_CA, it_IT, pt_BR, nl_NL, vi_VN and romanised zh_CN / ja_JP (folded to ASCII), mixed
with names that are ordinary words or places, particle / apostrophe / hyphenated surnames,
quoted nicknames, lower-case names and initials. Dates, times (with time zones), phones
(US, AU, IE, NZ, IN, UK styles, pagers, extensions) and ids (MRN, CSN/FIN, claim, NPI, DEA,
licence, Medicare AU, IHI, OHIP, NHI, PPSN, Aadhaar, UHID, subject ids) come in many forms.

Conventions follow the earlier corpora: titles and credentials ("Dr", "Sr.", ", MD") are
outside NAME spans; a city or suburb is ADDRESS, a state / province abbreviation and a
country are not PHI; postcodes of every country are ZIP; ages under 90, times of day and bed /
room numbers are clinical values or plain text; ages >= 90 (digits or words, relatives' too)
are AGE; a year on its own, hospital, pharmacy and insurer names are unlabelled; an ISO
date-time written as one token is one DATE span, a date followed by a separate time labels
only the date. Dates are absolute (seeded), so ``generate(n)`` is deterministic. Run it only
for final figures: its misses and lost clinical values are not to be inspected while the
scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_NZ", "en_IN", "es_MX", "fr_CA",
           "it_IT", "pt_BR", "nl_NL", "vi_VN", "zh_CN", "ja_JP"]  # fmt: skip
_WEIGHTS = [38, 6, 6, 5, 5, 3, 7, 6, 3, 3, 3, 2, 4, 6, 3]
_ROMANISED = {"zh_CN", "ja_JP"}
_WORD_FIRST = {"F": ["Georgia", "Florence", "April", "May", "Autumn", "Penny", "Holly", "Ginger", "Misty",
                     "Robin", "Iris", "Lily", "Sydney", "Paris", "Madison", "Brooklyn", "Charity", "Melody"],
               "M": ["Austin", "Jordan", "Rocky", "Dusty", "Cliff", "Lance", "Drew", "Art", "Bud", "Sonny",
                     "Lincoln", "Dallas", "Royal", "Forrest", "Rusty", "Victor", "Norman", "Miles"]}  # fmt: skip
_WORD_LAST = ["Ward", "Street", "Frost", "Snow", "Winter", "Berry", "Holland", "England", "London", "Lamb",
              "Bird", "Swan", "Person", "Child", "Love", "Moss", "Reed", "Bush", "Field", "Banks", "Mills",
              "Ball", "Pool", "Rose", "Hand", "Head", "Cox", "Chambers", "Doctor", "Sweet", "Small",
              "Gold", "Wise", "Sterling", "Paris", "Jordan", "Chester", "Kent", "Lincoln", "Burns"]  # fmt: skip
_PARTICLE = ["van der Merwe", "de la Cruz", "O'Sullivan", "D'Arcy", "Ní Bhriain", "Mac Giolla", "dos Santos",
             "da Silva", "Le Roux", "St. John", "bin Yusof", "Al-Rashid", "ten Brink", "de Vries", "McNamara",
             "FitzGerald", "O'Donoghue", "Van Houten", "del Rosario", "Ó Floinn", "DiMarco", "MacDougall"]  # fmt: skip
_NICK = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Betty", "Margaret": "Maggie", "James": "Jimmy",
         "Patricia": "Trish", "Charles": "Chuck", "Dorothy": "Dot", "Joseph": "Joe", "Theodore": "Teddy",
         "Susan": "Sue", "Edward": "Ted", "Francis": "Frank", "Rebecca": "Becky"}  # fmt: skip
_US_CITIES = ["Worcester", "Springfield", "Lowell", "Quincy", "Dayton", "Toledo", "Fresno", "Tulsa", "Mesa",
              "Aurora", "Salem", "Columbia", "Lafayette", "Florence", "Marion", "Jackson", "Charlotte",
              "Madison", "Warren", "Franklin", "Troy", "Athens", "Bristol", "Hope", "Independence"]  # fmt: skip
_AU_SUBURBS = [("Parramatta", "NSW", "2150"), ("Footscray", "VIC", "3011"), ("Toowoomba", "QLD", "4350"),
               ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027"), ("Launceston", "TAS", "7250"),
               ("Wagga Wagga", "NSW", "2650"), ("Ballarat", "VIC", "3350"), ("Mount Druitt", "NSW", "2770"),
               ("Victoria Park", "WA", "6100"), ("Palmerston", "NT", "0830"), ("Kingston", "ACT", "2604")]  # fmt: skip
_CA_CITIES = [("Mississauga", "ON", "L5B 3C2"), ("Hamilton", "ON", "L8N 3Z5"), ("Regina", "SK", "S4P 0W5"),
              ("Surrey", "BC", "V3T 4M3"), ("Halifax", "NS", "B3H 1V7"), ("Brampton", "ON", "L6T 4X3"),
              ("Laval", "QC", "H7N 5H9"), ("Red Deer", "AB", "T4N 1B3"), ("Victoria", "BC", "V8W 1P6")]  # fmt: skip
_IE_TOWNS = [("Rathmines, Dublin 6", "D06 F2X9"), ("Mullingar, Co. Westmeath", "N91 K2T7"),
             ("Ballincollig, Co. Cork", "P31 W7Y2"), ("Tuam, Co. Galway", "H54 XY21"),
             ("Navan, Co. Meath", "C15 DP94"), ("Ennis, Co. Clare", "V95 H6R3"), ("Tallaght, Dublin 24", "D24 NR04")]  # fmt: skip
_NZ_TOWNS = [("Papatoetoe", "Auckland", "2025"), ("Riccarton", "Christchurch", "8041"),
             ("Hamilton East", "Hamilton", "3216"), ("Petone", "Lower Hutt", "5012"), ("Tauranga", "", "3110")]  # fmt: skip
_IN_CITIES = [("Chennai", "600040"), ("Bengaluru", "560038"), ("Coimbatore", "641002"), ("Madurai", "625020"),
              ("Hyderabad", "500034"), ("Pune", "411004"), ("Kochi", "682016"), ("Mysuru", "570009")]  # fmt: skip
HOSPITALS = ["St. Vincent's University Hospital", "Westmead Hospital", "Brigham Family Practice Associates",
             "Lakeside Community Health Centre", "Mater Misericordiae", "Valley Medical Group"]  # fmt: skip
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def _fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _words(n: int) -> str:
    if n >= 100:
        return "one hundred" + (f" and {_words(n - 100)}" if n > 100 else "")
    t, o = divmod(n, 10)
    if t < 2:
        return _ONES[o]
    return _TENS[t] + (f"-{_ONES[o]}" if o else "")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class _Ctx:
    """Seeded name / date / phone / id sources shared by the templates."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            self.fk[loc] = Faker(loc)
            self.fk[loc].seed_instance(seed + 17 * i)

    # -- names ----------------------------------------------------------------------------
    def _loc(self, loc: str | None) -> str:
        if loc and self.r.random() < 0.7:
            return loc
        return self.r.choices(LOCALES, _WEIGHTS)[0]

    def first(self, sex: str = "", loc: str | None = None) -> str:
        r = self.r
        sex = sex or r.choice("FM")
        if r.random() < 0.1:
            return r.choice(_WORD_FIRST[sex])
        lc = self._loc(loc)
        fk = self.fk[lc]
        if lc in _ROMANISED:
            return str(fk.first_romanized_name())
        name = fk.first_name_female() if sex == "F" else fk.first_name_male()
        return _fold(name).split()[0]

    def last(self, loc: str | None = None) -> str:
        r = self.r
        x = r.random()
        if x < 0.1:
            return r.choice(_WORD_LAST)
        if x < 0.18:
            return _fold(r.choice(_PARTICLE))
        lc = self._loc(loc)
        fk = self.fk[lc]
        last = str(fk.last_romanized_name()) if lc in _ROMANISED else _fold(fk.last_name()).split()[0]
        if x < 0.24:
            last = f"{last}-{_fold(self.fk['en_GB'].last_name())}"
        return last

    def full(self, loc: str | None = None, sex: str = "") -> str:
        x = self.r.random()
        if x < 0.12:
            return f"{self.first(sex, loc)[0]}. {self.last(loc)}"
        if x < 0.22:
            return f"{self.first(sex, loc)} {self.r.choice('ABCDEGHJKLMPRSTW')} {self.last(loc)}"
        return f"{self.first(sex, loc)} {self.last(loc)}"

    def clin(self, b: NoteBuilder, creds: list[str], loc: str | None = None) -> NoteBuilder:
        """A clinician in one of the common layouts; titles and credentials outside the span."""
        r = self.r
        cred = r.choice(creds)
        x = r.random()
        if x < 0.3:
            return b.p("NAME", self.full(loc)).t(f", {cred}")
        if x < 0.45:
            return b.p("NAME", f"{self.last(loc)}, {self.first(loc=loc)}").t(f" {cred}")
        if x < 0.6:
            return b.t(r.choice(["Dr. ", "Dr ", "DR. "])).p("NAME", self.last(loc))
        if x < 0.72:
            return b.t("Dr ").p("NAME", self.full(loc))
        if x < 0.84:
            return b.p("NAME", f"{self.first(loc=loc)[0]}{self.r.choice(['', '.'])} {self.last(loc)}").t(f" {cred}")
        return b.p("NAME", f"{self.first(loc=loc)} {self.last(loc)}".upper()).t(f", {cred}")

    # -- dates and times ---------------------------------------------------------------
    def day(self, lo: int = 0, hi: int = 1500) -> date:
        return date(2022, 7, 1) + timedelta(days=self.r.randint(lo, hi))

    def date(self, d: date, fam: str = "us") -> str:
        r = self.r
        forms = {
            "us": [f"{d.month}/{d.day}/{d:%Y}", f"{d:%m/%d/%y}", f"{d:%B} {d.day}, {d:%Y}", f"{d:%b} {d.day}, {d:%Y}",
                   f"{d.day}-{d:%b-%Y}", f"{d:%d%b%Y}".upper(), f"{d:%Y-%m-%d}", f"{d:%A}, {d:%B} {d.day}, {d:%Y}",
                   f"{d:%m-%d-%Y}", f"{d:%B} {_ord(d.day)}, {d:%Y}", f"{d:%b}. {_ord(d.day)}", f"{d.month}/{d.day}",
                   f"{d:%b} {d.day} '{d:%y}", f"{d:%a} {d:%b} {d.day}"],
            "intl": [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d:%y}", f"{d.day} {d:%B %Y}", f"{_ord(d.day)} {d:%B %Y}",
                     f"{d:%d.%m.%Y}", f"{d.day}-{d:%b-%y}", f"{d:%d %b %Y}", f"{d:%a} {d.day} {d:%b}", f"{d.day} {d:%b}",
                     f"{_ord(d.day)} of {d:%B}", f"{d:%d-%m-%Y}", f"{d:%Y-%m-%d}"],
            "mimic": [f"{d.year}-{d.month}-{d.day}"],
            "iso": [f"{d:%Y-%m-%d}"],
        }[fam]  # fmt: skip
        return r.choice(forms)

    def time(self, zone: str = "") -> str:
        r = self.r
        h, m = r.randint(0, 23), r.randint(0, 59)
        s = r.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
                      f"{(h % 12) or 12}:{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}{m:02d} hrs", f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"])  # fmt: skip
        return f"{s} {zone}" if zone and r.random() < 0.6 else s

    def stamp(self, b: NoteBuilder, d: date, fam: str = "us", zone: str = "") -> NoteBuilder:
        """A date with a time: ISO date-time as one DATE token, otherwise date then plain time."""
        r = self.r
        if r.random() < 0.2:
            off = r.choice(["Z", "-05:00", "-04:00", "+10:00", "+00:00", "+05:30", ""])
            return b.p("DATE", f"{d:%Y-%m-%d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}{off}")
        return b.p("DATE", self.date(d, fam)).t(r.choice([" ", " @ ", " at ", ", "])).t(self.time(zone))

    # -- phones and ids -------------------------------------------------------------------
    def phone(self, cc: str = "us") -> str:
        r = self.r
        a, m, n = r.randint(201, 989), r.randint(202, 998), r.randint(1000, 9999)
        sub = f"{r.randint(100, 999)} {r.randint(100, 999)}"
        forms = {
            "us": [f"({a}) {m}-{n}", f"{a}-{m}-{n}", f"{a}.{m}.{n}", f"+1 {a} {m} {n}", f"1 ({a}) {m}-{n}",
                   f"{a}/{m}-{n}", f"{a}-{m}-{n} x{r.randint(100, 9999)}", f"({a}) {m}-{n}, ext. {r.randint(10, 999)}",
                   f"+1-{a}-{m}-{n}"],
            "au": [f"04{r.randint(10, 99)} {sub}", f"(0{r.choice('2378')}) {r.randint(8000, 9999)} {n}",
                   f"0{r.choice('2378')} {r.randint(8000, 9999)} {n}", f"+61 4{r.randint(10, 99)} {sub}",
                   f"+61 (0){r.choice('2378')} {r.randint(8000, 9999)} {n}", f"1300 {sub}"],
            "ie": [f"08{r.choice('35679')} {r.randint(100, 999)} {n}", f"(01) {r.randint(200, 899)} {n}",
                   f"+353 8{r.choice('35679')} {r.randint(100, 999)} {n}", f"+353 (0){r.choice(['1', '21', '91', '44'])} {r.randint(200, 899)} {n}",
                   f"0{r.choice(['21', '91', '44', '46'])}-{r.randint(100, 999)}{n}"],
            "nz": [f"021 {r.randint(100, 999)} {n}", f"(09) {r.randint(200, 999)} {n}", f"+64 21 {r.randint(100, 999)} {n}",
                   f"+64 (0)3 {r.randint(200, 999)} {n}", f"027-{r.randint(100, 999)}-{n}"],
            "in": [f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}", f"+91-9{r.randint(100000000, 999999999)}",
                   f"09{r.randint(1000, 9999)} {r.randint(10000, 99999)}", f"044-{r.randint(2000, 2999)} {n}",
                   f"(080) {r.randint(20000000, 29999999)}", f"9{r.randint(100000000, 999999999)}"],
            "uk": [f"01{r.randint(200, 999)} {r.randint(100000, 999999)}", f"+44 (0)1{r.randint(200, 999)} {r.randint(100000, 999999)}",
                   f"07{r.randint(700, 999)} {r.randint(100000, 999999)}"],
        }[cc]  # fmt: skip
        return r.choice(forms)

    def pager(self) -> str:
        r = self.r
        return r.choice([f"{r.randint(2, 9)}-{r.randint(1000, 9999)}", f"#{r.randint(10000, 99999)}",
                         f"x{r.randint(2, 7)}-{r.randint(1000, 9999)}", str(r.randint(1000, 9999))])  # fmt: skip

    def mrn(self) -> str:
        r = self.r
        return r.choice([str(r.randint(10**6, 10**7 - 1)), f"{r.randint(0, 10**9 - 1):09d}", f"MR{r.randint(10**5, 10**6 - 1)}",
                         f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}", f"Z{r.randint(10**6, 10**7 - 1)}"])  # fmt: skip

    def npi(self) -> str:
        return f"1{self.r.randint(10**8, 10**9 - 1)}"

    def dea(self, last: str) -> str:
        d = [self.r.randint(0, 9) for _ in range(6)]
        chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{self.r.choice('ABFM')}{last[0].upper() if last[0].isalpha() else 'X'}{''.join(map(str, d))}{chk}"

    def email(self, first: str, last: str, dom: str = "") -> str:
        r = self.r
        f, la = first.lower(), "".join(c for c in last.lower() if c.isalpha())
        dom = dom or r.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "bigpond.com",
                               "eircom.net", "rediffmail.com", "shaw.ca", "xtra.co.nz", "comcast.net"])  # fmt: skip
        return r.choice([f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la}{r.randint(1, 99)}@{dom}",
                         f"{la}_{f}@{dom}", f"{f}.{la[:1]}{r.randint(50, 99)}@{dom}"])  # fmt: skip


def _age(b: NoteBuilder, age: int, style: str, ctx: _Ctx) -> NoteBuilder:
    """``style`` has one ``{}`` for the number; sometimes the number is written in words."""
    lead, tail = style.split("{}")
    text = _words(age) if "-year-old" in tail and ctx.r.random() < 0.35 else str(age)
    b.t(lead)
    return (b.p("AGE", text) if age >= 90 else b.c(text)).t(tail)


def _patient(ctx: _Ctx, loc: str | None = None) -> dict[str, Any]:
    r = ctx.r
    sex = r.choice("FM")
    first, last = ctx.first(sex, loc), ctx.last(loc)
    age = r.choice([r.randint(21, 89), r.randint(21, 89), r.randint(90, 104)])
    dob = date(2024, 6, 1) - timedelta(days=365 * age + r.randint(0, 364))
    us = ctx.fk["en_US"]
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": ctx.mrn()}],
        "name": [{"given": [first], "family": last}],
        "telecom": [{"system": "phone", "value": ctx.phone()}, {"system": "email", "value": ctx.email(first, last)}],
        "address": [{"line": [us.street_address()], "city": r.choice(_US_CITIES), "state": us.state_abbr(), "postalCode": us.zipcode()}],
        "gender": {"F": "female", "M": "male"}[sex], "birthDate": dob.isoformat(), "_age": age,
    }  # fmt: skip


def _g(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["given"][0])


def _f(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["family"])


def _sx(pt: dict[str, Any], female: str, male: str) -> str:
    return female if pt["gender"] == "female" else male


def _dob(pt: dict[str, Any]) -> date:
    return date.fromisoformat(pt["birthDate"])


Template = Callable[[_Ctx, dict[str, Any]], NoteBuilder]


def _us_addr(b: NoteBuilder, ctx: _Ctx, pt: dict[str, Any] | None = None, sep: str = ", ") -> NoteBuilder:
    """Street[, unit] / City, ST ZIP; ``sep`` may be a line break (address blocks)."""
    r, us = ctx.r, ctx.fk["en_US"]
    a = pt["address"][0] if pt else {"line": [us.street_address()], "city": r.choice(_US_CITIES),
                                      "state": us.state_abbr(), "postalCode": us.zipcode()}  # fmt: skip
    b.p("ADDRESS", a["line"][0])
    if r.random() < 0.3 and not any(w in a["line"][0] for w in ("Apt", "Suite", "Unit")):
        b.t(sep if sep == "\n" else " ").p("ADDRESS", r.choice([f"Apt {r.randint(1, 30)}{r.choice('ABC')}", f"Suite {r.randint(100, 450)}", f"Unit {r.randint(2, 99)}"]))
    zipc = a["postalCode"] if r.random() < 0.75 else us.zipcode_plus4()
    return b.t(sep).p("ADDRESS", a["city"]).t(f", {a['state']} ").p("ZIP", zipc)


def _i2b2_record(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("Record date: ").p("DATE", f"{d:%Y-%m-%d}").t(f"\n\n{r.choice(HOSPITALS)}\nInternal Medicine Associates\n\n")
    b.t("PATIENT: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("\nMRN: ").p("ID", pt["identifier"][0]["value"]).t("\nDOB: ").p("DATE", f"{_dob(pt):%m/%d/%Y}")
    b.t("\n\nCC: f/u DM2, HTN, CKD\n\nHPI: ").t(_sx(pt, "Mrs. ", "Mr. ")).p("NAME", _f(pt)).t(" is a ")
    _age(b, pt["_age"], r.choice(["{} yo ", "{}-year-old ", "{} y.o. "]), ctx).t(_sx(pt, "woman", "man"))
    b.t(" who returns for follow-up. Last seen here ").p("DATE", f"{(d - timedelta(days=r.randint(80, 200))):%m/%Y}").t(". In the interim saw ")
    ctx.clin(b, ["MD"]).t(" (cardiology) on ").p("DATE", ctx.date(d - timedelta(days=r.randint(10, 60)))).t(", who increased ")
    b.c("carvedilol to 12.5 mg bid").t(". Home BP log ").c("130s-150s/70s").t(". Denies CP, SOB, orthopnea. Occasional ")
    b.c("2-pillow").t(" sleeping. Glucometer fasting ").c("140-180").t(".\n\nProblems:\n  Diabetes mellitus type 2 (")
    b.c("HbA1c 7.9%").t(" on ").p("DATE", ctx.date(d - timedelta(days=r.randint(20, 90)), "us")).t(")\n  Hypertension\n  CKD stage 3a (")
    b.c("Cr 1.42").t(")\n  s/p R TKR 2015\n  BPH\n\nMedications:\n  ").c("Metformin 500 mg po bid").t("\n  ").c("Lisinopril 40 mg po qd")
    b.t("\n  ").c("Carvedilol 12.5 mg po bid").t("\n  ").c("Tamsulosin 0.4 mg po qhs").t("\n  ").c("ASA 81 mg po qd").t("\n\nFamily History:\n  Mother - ")
    b.p("NAME", ctx.first("F")).t(", died age ")
    ma = r.choice([r.randint(62, 88), r.randint(90, 101)])
    (b.p("AGE", str(ma)) if ma >= 90 else b.c(str(ma))).t(" of CVA.\n  Father (").p("NAME", ctx.first("M")).t(") d. ").c(str(r.randint(50, 79))).t(", MI.\n  ")
    sib = r.choice(["Sister ", "Brother "])
    b.t(sib).p("NAME", f"{ctx.first('F' if sib == 'Sister ' else 'M')} {ctx.last()}").t(", ")
    sa = r.choice([r.randint(60, 88), r.randint(90, 97)])
    (b.p("AGE", str(sa)) if sa >= 90 else b.c(str(sa))).t(", breast ca.\n  No FH of colon ca.\n\nSocial History:\n  Lives with ")
    b.t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" in ").p("ADDRESS", pt["address"][0]["city"])
    b.t(". Retired machinist. Former smoker, ").c("40 pk-yr").t(", quit 1998. ").c("2-3 beers/wk").t(". Daughter ")
    b.p("NAME", ctx.first("F")).t(" (").p("PHONE", ctx.phone()).t(") helps with meds.\n\nExam: ").c(f"BP {r.randint(128, 168)}/{r.randint(62, 92)}")
    b.t("  ").c(f"P {r.randint(58, 96)}").t("  ").c(f"Wt {r.randint(140, 230)} lb").t("  ").c("BMI 29.4").t("\n  Lungs clear. ").c("1+ edema").t(" bilat.\n\nLabs (")
    b.p("DATE", ctx.date(d - timedelta(days=3), "us")).t("): ").c("Na 138").t(", ").c("K 5.1").t(", ").c("BUN 31").t(", ").c("Cr 1.42").t(", ")
    b.c("UACR 212 mg/g").t(", ").c("LDL 88").t("\n\nA/P:\n1. DM2 - add ").c("empagliflozin 10 mg qd").t(", recheck BMP in ").c("2 wks").t(".\n2. HTN - at goal per home log.\n")
    b.t("3. CKD - refer nephrology (").t("Dr. ").p("NAME", ctx.last()).t(").\nRTC ").c("3 months").t(".\n\n______________________________\n")
    b.p("NAME", ctx.full()).t(", M.D.\n\ncc: ").t("Dr. ").p("NAME", ctx.full()).t("\n\n")
    d2 = d + timedelta(days=r.randint(5, 30))
    b.t("****************************************************************\n\nRecord date: ").p("DATE", f"{d2:%Y-%m-%d}")
    b.t("\n\nTelephone f/u: spoke with pt and daughter ").p("NAME", ctx.first("F")).t(". BMP ").p("DATE", ctx.date(d2 - timedelta(days=1), "us"))
    b.t(": ").c("K 5.4").t(", ").c("Cr 1.51").t(". Will hold lisinopril x ").c("3 days").t(" and repeat. -- ").p("NAME", f"{ctx.first()[0]}{ctx.last()[0]}".upper())
    return b


def _icu_physician(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()

    def dm(x: date) -> str:
        return ctx.date(x, "mimic")

    b = NoteBuilder().t("TITLE: MICU Attending Progress Note\nChief Complaint: septic shock\n24 Hour Events:\n ARTERIAL LINE - START ")
    b.p("DATE", dm(d - timedelta(days=1))).t(f" {r.randint(1, 12)}:{r.randint(0, 59):02d} PM\n BLOOD CULTURED - At ").p("DATE", dm(d))
    b.t(f" {r.randint(1, 5):02d}:{r.randint(0, 59):02d} AM\n - weaned levophed to ").c("0.04").t("\n - family meeting with ")
    b.t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" and son ").p("NAME", ctx.first("M")).t("\nAllergies:\nPenicillins\nHives;\n")
    b.t("Last dose of Antibiotics:\nVancomycin - ").p("DATE", dm(d - timedelta(days=1))).t(" 08:00 PM\nPiperacillin/Tazobactam (Zosyn) - ").p("DATE", dm(d))
    b.t(" 04:00 AM\nInfusions:\n").c("Norepinephrine - 0.06 mcg/Kg/min").t("\n").c("Fentanyl (Concentrate) - 50 mcg/hour").t("\nOther ICU medications:\n")
    b.t("Pantoprazole (Protonix) - ").p("DATE", dm(d - timedelta(days=1))).t(" 08:00 AM\nFlowsheet Data as of  ").p("DATE", dm(d)).t(f" 06:{r.randint(10, 59)} AM\n")
    b.t("Vital signs\nHemodynamic monitoring\nFluid balance\n                                                                  24 hours\n")
    b.t("                                                               Since 12 AM\n   Tmax: ").c("38.6").t(" C (").c("101.5").t("\n   Tcurrent: ")
    b.c("37.4").t(" C (").c("99.3").t("\n   HR: ").c("104 (92 - 121) bpm").t("\n   BP: ").c("96/52(64) {84/41(55) - 118/66(80)} mmHg").t("\n   RR: ")
    b.c("24 (16 - 32) insp/min").t("\n   SpO2: ").c("94%").t("\n   Heart rhythm: ST (Sinus Tachycardia)\n   Wgt (current): ").c("78.2 kg").t(" (admission): ")
    b.c("74 kg").t("\n   CVP: ").c("11 (8 - 14)mmHg").t("\n   Total In:                 ").c("4,212 mL").t("\n   Total out:                ").c("1,140 mL")
    b.t("\nRespiratory support\n   O2 Delivery Device: Endotracheal tube\n   Ventilator mode: CMV/ASSIST/AutoFlow\n   Vt (Set): ").c("450 (450 - 450) mL")
    b.t("\n   PEEP: ").c("10 cmH2O").t("\n   FiO2: ").c("50%").t("\n   ABG: ").c("7.29/31/78/16/-9").t("\n   PaO2 / FiO2: ").c("156")
    b.t("\nPhysical Examination\n   General Appearance: intubated, sedated\n   Cardiovascular: (S1: Normal), (S2: Normal)\n   Extremities: ")
    b.c("2+ edema").t("\nLabs / Radiology\n   ").c("WBC 18.2").t("   ").c("Hct 29.4").t("   ").c("Plt 102").t("   ").c("Cr 2.1").t("   ").c("TCO2 17")
    b.t("\n   ").c("Lactic Acid:3.8 mmol/L").t(", ").c("Ca++:7.6 mg/dL").t(", ").c("Mg++:1.7 mg/dL").t(", ").c("PO4:5.2 mg/dL").t("\n   Micro: BCx ")
    b.p("DATE", f"{d.month}/{d.day}").t(" GNR in ").c("2/4 bottles").t("\nAssessment and Plan\n ")
    _age(b, pt["_age"], r.choice(["{} y/o ", "{} yo ", "{}-year-old "]), ctx).t(_sx(pt, "F", "M")).t(" with urosepsis, ")
    b.c("SOFA 11").t(".\n - cont ").c("pip/tazo 4.5 g IV q6h").t(" (day ").c("3").t(")\n - MAP goal ").c("> 65").t(", wean NE as tol\n - ")
    b.c("LTVV 6 cc/kg IBW").t(", ").c("RASS 0 to -1").t("\nICU Care\nNutrition: TF ").c("Vital 1.5 @ 20 mL/hr").t("\nGlycemic Control: Regular insulin sliding scale\n")
    b.t("Lines:\nArterial Line - ").p("DATE", dm(d - timedelta(days=1))).t(" 11:42 PM\n").c("20 Gauge").t(" - ").p("DATE", dm(d - timedelta(days=2)))
    b.t(" 06:30 PM\nProphylaxis:\nDVT: ").c("SQ UF Heparin").t("\nCommunication: Comments: ").p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" (HCP) ")
    b.p("PHONE", ctx.phone()).t("\nCode status: Full code\nDisposition: ICU\nTotal time spent: ").c("45 minutes").t("\nPatient is critically ill\n")
    b.t("------ Protected Section ------\nAttending: I saw and examined the patient with Dr. ").p("NAME", ctx.last()).t(" and agree with the plan.\n")
    b.t("Electronically signed by ").p("NAME", ctx.full()).t(", MD on ").p("DATE", dm(d)).t(f" {r.randint(10, 16)}:{r.randint(0, 59):02d} ------")
    return b


def _nursing_problem(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("Nursing Progress Note  ").p("DATE", ctx.date(d, r.choice(["us", "mimic"]))).t(" 1900-0700\n\nAltered mental status (not Delirium)\nAssessment:\n")
    b.t("   Pt ").c("A+Ox1").t(", MAE, ").c("CAM-ICU +").t(". Pulling at lines, calling out for ").p("NAME", ctx.first().lower() if r.random() < 0.5 else ctx.first())
    b.t(". ").c("RASS +2").t(".\nAction:\n   ").c("Haldol 2 mg IV x1").t(" at ").c(f"{r.randint(0, 4):02d}{r.choice(['00', '15', '30', '45'])}").t(", ")
    b.c("1:1 sitter").t(" requested, mitts on. Reoriented freq.\nResponse:\n   Calmer, sleeping in ").c("2-3 hr").t(" stretches.\nPlan:\n   ")
    b.t("Cont to monitor, f/u AM ").c("Na").t(", ? psych c/s.\n\nHypotension (not Shock)\nAssessment:\n   ").c("SBP 80s-90s").t(", ")
    b.c("MAP 58-62").t(", ").c("HR 90s ST").t(", ").c("UO 15-20cc/hr").t(" x ").c("3 hrs").t(".\nAction:\n   ").c("500cc NS bolus x2")
    b.t(" with transient effect. H.O. (Dr ").p("NAME", ctx.last()).t(") aware. ").c("Albumin 25% 12.5 g").t(" given.\nResponse:\n   ")
    b.c("MAP 65-70").t(", UO improved to ").c("40cc/hr").t(".\nPlan:\n   Cont fluids per team, ").c("K 3.3").t(" - ").c("KCl 40 mEq PO").t(" ordered.\n\n")
    b.t("Social:\n   ").t(r.choice(["dtr ", "Dtr ", "daughter "])).p("NAME", ctx.first("F").lower()).t(" called x2 overnight, updated by RN. Son (")
    b.p("NAME", ctx.first("M")).t(") will visit in AM, cell ").p("PHONE", ctx.phone()).t(". Neighbor ").p("NAME", ctx.full()).t(" brought pt's hearing aids.\n")
    b.t("   Pt is ").c("FULL CODE").t(". HCP paperwork on chart (").p("NAME", f"{ctx.first()} {_f(pt)}").t(").\n\n")
    b.p("NAME", ctx.full()).t(r.choice([", RN", " RN, BSN", ", R.N."]))
    return b


def _consult(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("INFECTIOUS DISEASE CONSULTATION\n\nDate of Service: ").p("DATE", ctx.date(d)).t("   Time: ").t(ctx.time("EST"))
    b.t("\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("    MRN: ").p("ID", pt["identifier"][0]["value"]).t("    CSN: ").p("ID", str(r.randint(10**9, 10**10 - 1)))
    b.t("    Room: ").c(f"{r.randint(4, 9)} West {r.randint(400, 999)}-{r.choice('AB')}").t("\nRequesting Physician: ")
    ctx.clin(b, ["MD", "DO"]).t(" (Hospitalist)\nReason for Consult: MRSA bacteremia\n\nHPI: ")
    _age(b, pt["_age"], r.choice(["{}-year-old ", "{} y/o ", "{}yo "]), ctx).t(_sx(pt, "female", "male"))
    b.t(" nursing home resident. History obtained from pt and via phone interpreter (Spanish, ID# ").p("ID", str(r.randint(10000, 999999)))
    b.t("); grandson ").p("NAME", ctx.first("M")).t(" at bedside. Admitted ").p("DATE", ctx.date(d - timedelta(days=2))).t(" with fever ")
    b.c("39.2").t(", rigors. ").c("BCx 2/2 MRSA").t(" (collected ").p("DATE", f"{(d - timedelta(days=2)).month}/{(d - timedelta(days=2)).day}").t(" @ ")
    b.t(ctx.time()).t("), ").c("vanc MIC 1").t(". Has a R chest port placed ").p("DATE", f"{ctx.day(0, 900):%b %Y}").t(".\n\nAntibiotics:\n  ")
    b.c("vancomycin 1.25 g IV q12h").t(" (").p("DATE", f"{(d - timedelta(days=2)).month}/{(d - timedelta(days=2)).day}").t("- )\n  ")
    b.c("cefepime 2 g IV q8h").t(" (").p("DATE", f"{(d - timedelta(days=2)).month}/{(d - timedelta(days=2)).day}").t("-").p("DATE", f"{(d - timedelta(days=1)).month}/{(d - timedelta(days=1)).day}")
    b.t(")\n\nExam: ").c("T 37.8").t(" ").c("HR 96").t(" ").c("BP 118/64").t(". ").c("III/VI holosystolic murmur").t(" at apex. Port site w/o erythema.\n\n")
    b.t("Recommendations:\n1. TTE; if neg, TEE given ").c("S. aureus").t(" + intravascular device\n2. Repeat BCx ").c("q24-48h").t(" until neg ")
    b.c("x2").t("\n3. Vanc AUC goal ").c("400-600").t("; pharmacy to dose\n4. Remove port\n5. ID will follow. Please page with questions: pgr ")
    b.p("PHONE", ctx.pager()).t("\n\nThank you for this interesting consult. Pt seen and discussed with ").t("Dr. ").p("NAME", ctx.full()).t(", ID attending.\n\n")
    fn, ln = ctx.first(), ctx.last()
    b.p("NAME", f"{fn} {ln}").t(", MD | Infectious Diseases Fellow | ").p("EMAIL", ctx.email(fn, ln, r.choice(["partners.org", "bmc.org", "umassmed.edu"])))
    return b


def _isbar_au(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, au = ctx.r, ctx.fk["en_AU"]
    d = ctx.day()
    sub, st, pc = r.choice(_AU_SUBURBS)
    street = au.street_address()
    pt["address"] = [{"line": [street], "city": sub, "state": st, "postalCode": pc}]
    pt["telecom"][0]["value"] = ctx.phone("au")
    b = NoteBuilder().t("INTER-HOSPITAL TRANSFER - ISBAR CLINICAL HANDOVER\nFrom: Base Hospital ED    To: ICU, tertiary referral centre\nDate/Time: ")
    ctx.stamp(b, d, "intl", r.choice(["AEDT", "AEST", "ACST", "AWST"])).t("\nHandover given by: RN ").p("NAME", ctx.full("en_AU")).t(" (ph ")
    b.p("PHONE", ctx.phone("au")).t(") to CNC ").p("NAME", ctx.full("en_AU")).t("\n\nI - IDENTIFY\n  ").p("NAME", f"{_f(pt).upper()}, {_g(pt)}")
    nick = _NICK.get(_g(pt))
    if nick:
        b.t(' (prefers "').p("NAME", nick).t('")')
    b.t("   DOB ").p("DATE", f"{_dob(pt):%d/%m/%Y}").t(" (")
    _age(b, pt["_age"], r.choice(["{} yrs", "{}y", "{} years"]), ctx).t(")\n  URN ").p("ID", f"{r.randint(0, 99999999):08d}").t("   Medicare ")
    b.p("ID", f"{r.randint(2000, 6999)} {r.randint(10000, 99999)} {r.randint(1, 9)}").t(" / IRN ").c(str(r.randint(1, 5))).t("   IHI ")
    b.p("ID", f"8003 60{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}").t("\n  Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub)
    b.t(f" {st} ").p("ZIP", pc).t("\n  NOK: ").t(r.choice(["son ", "daughter ", "partner "])).p("NAME", ctx.full("en_AU")).t(" ").p("PHONE", pt["telecom"][0]["value"])
    b.t("\n\nS - SITUATION\n  Sepsis ?source chest, hypotensive despite ").c("2 L Hartmann's").t(", requires ICU for vasopressors.\n\n")
    b.t("B - BACKGROUND\n  COPD (home O2 ").c("2 L/min").t("), AF on ").c("apixaban 2.5 mg BD").t(", T2DM, CKD. Lives in ").p("ADDRESS", sub)
    b.t(" with carer. GP Dr ").p("NAME", ctx.full("en_AU")).t(" (Medical Centre, ").p("ADDRESS", r.choice(_AU_SUBURBS)[0]).t("), ph ").p("PHONE", ctx.phone("au"))
    b.t(".\n\nA - ASSESSMENT (obs at ").c(f"{r.randint(10, 23):02d}{r.randint(0, 59):02d}").t(")\n  ").c("BP 86/48").t("  ").c("HR 128 AF").t("  ")
    b.c("RR 30").t("  ").c("SpO2 89% on 6 L HM").t("  ").c("T 38.9").t("  ").c("GCS 14 (E4 V4 M6)").t("  ").c("BGL 14.2").t("\n  VBG ")
    b.c("pH 7.27").t(", ").c("pCO2 58").t(", ").c("lactate 4.4").t("; ").c("WCC 21.3").t(", ").c("CRP 310").t(", ").c("Cr 182 umol/L").t("\n  ")
    b.c("Tazocin 4.5 g IV").t(" given ").c(f"{r.randint(10, 23):02d}:{r.randint(0, 59):02d}").t(", ").c("metaraminol 0.5 mg boluses x3").t(".\n\n")
    b.t("R - RECOMMENDATION / REQUEST\n  Accepting ICU registrar Dr ").p("NAME", ctx.last("en_AU")).t(" (pager ").p("PHONE", ctx.pager())
    b.t("). Retrieval mission # ").p("ID", f"{d:%y}{r.randint(10000, 99999)}").t(", ETA ").c("45 min").t(". Goals of care: for ")
    b.c("NIV").t(", not for intubation/CPR per ").p("NAME", _g(pt)).t(" and family, form signed ").p("DATE", ctx.date(d - timedelta(days=r.randint(30, 400)), "intl"))
    b.t(".\n  Family aware; ").p("NAME", ctx.first(loc="en_AU")).t(" travelling from ").p("ADDRESS", r.choice(_AU_SUBURBS)[0]).t(".")
    return b


def _medrec(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("MEDICATION RECONCILIATION - ADMISSION\n\nPt: ").p("NAME", f"{_f(pt).upper()}, {_g(pt)}").t("   DOB: ")
    b.p("DATE", f"{_dob(pt):%m/%d/%Y}").t("   Enc #: ").p("ID", str(r.randint(10**7, 10**8 - 1))).t("   Wt: ").c("71.3 kg").t("   CrCl: ").c("38 mL/min")
    b.t("\nAllergies: sulfa (rash), codeine (N/V)\nSource(s): patient, ").t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F")))
    b.t(", pharmacy fill history, PCP list dated ").p("DATE", ctx.date(d - timedelta(days=r.randint(20, 200)))).t("\nPreferred pharmacy: CVS/pharmacy #")
    b.c(f"{r.randint(1000, 9999):05d}").t(", ")
    _us_addr(b, ctx).t("  Ph ").p("PHONE", ctx.phone()).t("  Fax ").p("PHONE", ctx.phone()).t("\n\n")
    b.t("#  Medication                       Sig                      Last dose        Prescriber            Action\n")
    rows = [("metoprolol succinate ER 50 mg", "1 tab PO daily"), ("apixaban 5 mg", "1 tab PO BID"),
            ("gabapentin 300 mg", "1 cap PO TID"), ("insulin glargine 100 units/mL", "18 units SC qHS"),
            ("sertraline 50 mg", "1.5 tab PO daily"), ("albuterol HFA 90 mcg", "2 puffs q4-6h PRN"),
            ("vitamin D3 1,000 units", "1 tab PO daily")]  # fmt: skip
    for i, (med, sig) in enumerate(r.sample(rows, 5), 1):
        b.t(f"{i}  ").c(med).t(" " * (33 - len(med))).c(sig).t(" " * (25 - len(sig)))
        ld = d - timedelta(days=r.randint(0, 2))
        last = f"{ld.month}/{ld.day}/{ld:%y} {r.choice(['AM', 'PM', '0800', '2100'])}"
        b.p("DATE", last.split()[0]).t(" " + last.split()[1] + " " * (16 - len(last)))
        pr = ctx.last()
        b.t("Dr. ").p("NAME", pr).t(" " * max(1, 18 - len(pr))).t(r.choice(["Continue", "Hold", "Modify", "Continue"]) + "\n")
    b.t("\nDiscrepancies: pt reports taking ").c("gabapentin 600 mg TID").t(" (fill hx ").c("300 mg, #90/30 days").t("); clarified with Dr. ")
    b.p("NAME", ctx.last()).t("'s office (").p("PHONE", ctx.phone()).t("). Apixaban dose reduced to ").c("2.5 mg BID").t(" (age ")
    _age(b, pt["_age"], "{}", ctx).t(", ").c("Cr 1.6").t(").\n\nReconciled by: ").p("NAME", ctx.full()).t(", PharmD  ").p("DATE", f"{d:%m/%d/%Y}").t(f" {r.randint(8, 20)}:{r.randint(0, 59):02d}")
    b.t("\nVerified: ").p("NAME", ctx.full()).t(", RN\nPrescriber: ")
    pl = ctx.last()
    b.p("NAME", f"{ctx.first()} {pl}").t(", MD   NPI ").p("ID", ctx.npi()).t("   DEA ").p("ID", ctx.dea(pl))
    return b


def _ed_provider_ca(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, ca = ctx.r, ctx.fk["en_CA"]
    d = ctx.day()
    city, prov, pc = r.choice(_CA_CITIES)
    street = ca.street_address()
    pt["address"] = [{"line": [street], "city": city, "state": prov, "postalCode": pc}]
    b = NoteBuilder().t("EMERGENCY DEPARTMENT PHYSICIAN RECORD\n\nName: ").p("NAME", f"{_f(pt).upper()}, {_g(pt).upper()}").t("   HCN: ")
    b.p("ID", f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.choice(['AB', 'KT', 'XM', 'ZR'])}").t("   Chart: ")
    b.p("ID", ctx.mrn()).t("   Visit: ").p("ID", f"V{r.randint(10**8, 10**9 - 1)}").t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", city)
    b.t(f" {prov} ").p("ZIP", pc).t("   Phone: ").p("PHONE", ctx.phone()).t("\nTriage: ")
    ctx.stamp(b, d, "iso").t("   CTAS ").c(str(r.randint(1, 3))).t("   Time seen: ").c(f"{r.randint(0, 5):02d}:{r.randint(10, 59)}").t("\n\nHPI: ")
    _age(b, pt["_age"], r.choice(["{} yo ", "{} year old ", "{}-year-old "]), ctx).t(_sx(pt, "female", "male")).t(" BIBA from home (lives with partner ")
    b.p("NAME", ctx.first(loc="en_CA")).t(") with ").c("2 h").t(" of central chest pressure radiating to L arm, diaphoresis. Took ")
    b.c("ASA 325 mg").t(" and ").c("NTG 0.4 mg SL x2").t(" per EMS with partial relief. Similar episode ").p("DATE", ctx.date(d - timedelta(days=r.randint(20, 300))))
    b.t(".\nPMHx: HTN, dyslipidemia, T2DM, prior PCI to LAD (2016).\nMeds: see MAR. Allergies: NKDA.\n\nExam: ").c("BP 164/92").t(" ")
    b.c("HR 88").t(" ").c("RR 20").t(" ").c("SpO2 96% RA").t(" ").c("T 36.8").t(". Diaphoretic. No JVD. Clear chest.\n\nInvestigations: ECG ")
    b.c("sinus 88").t(", ").c("QTc 452").t(", ").c("1 mm STD V4-V6").t(". ").c("hs-TnI 45 -> 61 ng/L").t(" (0/2 h). ").c("Hb 131").t(", ")
    b.c("Cr 98").t(", ").c("K 4.2").t(". CXR clear.\n\nMDM / ED course: NSTEMI. ").c("Heparin 4000 U IV bolus").t(" then ")
    b.c("900 U/h").t(", ").c("ticagrelor 180 mg").t(". HEART score ").c("7").t(". Discussed with cardiology (Dr ").p("NAME", ctx.last("en_CA"))
    b.t("), for cath in AM.\nDispo: admitted CCU. Daughter ").p("NAME", ctx.full("en_CA")).t(" (").p("PHONE", ctx.phone()).t(") updated by phone.\n\n")
    sc, doc = ctx.full("en_CA"), ctx.last("en_CA")
    b.t("Scribe attestation: I, ").p("NAME", sc).t(", am scribing for and in the presence of Dr. ").p("NAME", doc).t(".\n")
    b.t("Physician attestation: I, Dr. ").p("NAME", doc).t(", personally performed the services described in this documentation.\n")
    b.t("Electronically signed: ").p("NAME", f"{ctx.first(loc='en_CA')} {doc}").t(", MD CCFP(EM)  CPSO #").p("ID", str(r.randint(50000, 129999))).t("  ")
    ctx.stamp(b, d, "iso", r.choice(["EST", "EDT", "CST"]))
    return b


def _preop_ie(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, ie = ctx.r, ctx.fk["en_IE"]
    d = ctx.day()
    town, ec = r.choice(_IE_TOWNS)
    street = ie.street_address()
    pt["address"] = [{"line": [street], "city": town.split(",")[0], "postalCode": ec}]
    b = NoteBuilder().t("PRE-ASSESSMENT CLINIC - ANAESTHESIA\n\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt).upper()}").t("    MRN ").p("ID", str(r.randint(100000, 999999)))
    b.t("    DOB ").p("DATE", f"{_dob(pt):%d/%m/%Y}").t("    Age: ")
    _age(b, pt["_age"], r.choice(["{} yrs", "{}", "{} years"]), ctx).t("\nAddress: ").p("ADDRESS", street).t(",\n         ").p("ADDRESS", town)
    b.t(",\n         ").p("ZIP", ec).t("\nMob: ").p("PHONE", ctx.phone("ie")).t("    PPSN: ").p("ID", f"{r.randint(1000000, 9999999)}{r.choice('ABCDEFHKTW')}{r.choice(['', 'A', 'W'])}")
    b.t("\nGP: Dr ").p("NAME", ctx.full("en_IE")).t(", Main Street Medical Centre, ").p("ADDRESS", r.choice(_IE_TOWNS)[0].split(",")[0]).t(". Tel ").p("PHONE", ctx.phone("ie"))
    b.t("\n\nPlanned procedure: elective R TKR under Mr ").p("NAME", ctx.last("en_IE")).t(" (Consultant Orthopaedic Surgeon), listed for ")
    b.p("DATE", ctx.date(d + timedelta(days=r.randint(7, 40)), "intl")).t(".\nDate of assessment: ").p("DATE", ctx.date(d, "intl")).t("\n\n")
    b.t("Hx: HTN, T2DM (").c("HbA1c 58 mmol/mol").t("), OSA on CPAP (").c("AHI 34").t("), previous GA 2011 uneventful.\nMeds: ")
    b.c("ramipril 5 mg od").t(", ").c("metformin 1 g bd").t(", ").c("atorvastatin 40 mg nocte").t(".\nAllergies: nil known.\n\n")
    b.t("Airway: ").c("Mallampati II").t(", ").c("TMD > 6 cm").t(", mouth opening ").c("3 FB").t(", full neck ROM, own teeth.\n")
    b.t("Ax: ").c("ASA 3").t(", ").c("STOP-BANG 5/8").t(", ").c("RCRI 1").t(", ").c("CFS 4").t(", ").c("METs < 4").t(".\n")
    b.t("Obs: ").c("BP 156/84").t(", ").c("HR 68").t(", ").c("SpO2 95%").t(", ").c("BMI 36.1").t("\nBloods: ").c("Hb 118 g/L").t(", ").c("Plt 210")
    b.t(", ").c("Na 139").t(", ").c("K 4.6").t(", ").c("Ur 8.2").t(", ").c("Creat 104 umol/L").t(", ").c("eGFR 52").t("\nECG: ").c("SR 68 bpm")
    b.t(", ").c("PR 210 ms").t(" (1st degree HB).\n\nPlan: omit ramipril morning of surgery; metformin omit on day; fasting from ").c("02:00")
    b.t(" (clear fluids until ").c("06:00").t("); bring CPAP; VTE ").c("tinzaparin 4,500 IU").t(" od. Spinal + adductor canal block discussed.\n\n")
    b.t("Seen by: Dr ").p("NAME", ctx.full("en_IE")).t(" (SpR Anaesthesia, bleep ").p("PHONE", str(r.randint(100, 999))).t(") / Sr. ")
    b.p("NAME", ctx.full("en_IE")).t(" CNM2\nNext of kin: ").t(r.choice(["daughter ", "son ", "niece "])).p("NAME", ctx.full("en_IE"))
    b.t(", ").p("PHONE", ctx.phone("ie"))
    return b


def _physio_nz(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, nz = ctx.r, ctx.fk["en_NZ"]
    d = ctx.day()
    sub, city, pc = r.choice(_NZ_TOWNS)
    street = nz.street_address()
    b = NoteBuilder().t("PHYSIOTHERAPY / OCCUPATIONAL THERAPY - INPATIENT\nWard ").c(f"{r.randint(2, 9)}{r.choice('ABC')} bed {r.randint(1, 28)}")
    b.t("\nNHI: ").p("ID", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randint(1000, 9999)}").t("   Pt: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t("   DOB: ").p("DATE", f"{_dob(pt):%d.%m.%Y}").t("\nDate: ")
    ctx.stamp(b, d, "intl", "NZDT").t("\n\nS: ").p("NAME", _g(pt)).t(" reports ").c("4/10").t(" pain R hip on mobilising, slept ok. ")
    b.t("Keen to go home to ").p("ADDRESS", sub).t(" - says \"").p("NAME", ctx.first("F", "en_NZ")).t(" next door will keep an eye on me\".\n")
    b.t("O: Day ").c("3").t(" post R hemiarthroplasty, ").c("WBAT").t(".\n   Bed mobility: ").c("S/B").t(". Sit<>stand: ").c("min A x1").t(" with ")
    b.c("4WW").t(". Mobilised ").c("20 m x2").t(", ").c("SpO2 93-95% RA").t(", ").c("HR 92-104").t(".\n   ").c("TUG 28 s").t(", ")
    b.c("Berg 31/56").t(", ").c("hip flex 0-80 deg").t(", ").c("MRC 4-/5").t(" hip abd.\n   OT: kitchen ax - required ").c("1 prompt").t(" for sequencing, ")
    b.c("MoCA 22/30").t(". Perching stool + ").c("3-in-1 commode").t(" recommended.\n")
    b.t("Home: lives alone, ").c("2 steps").t(" + rail at front door, ").p("ADDRESS", street).t(", ").p("ADDRESS", sub)
    if city:
        b.t(", ").p("ADDRESS", city)
    b.t(" ").p("ZIP", pc).t(". Daughter ").p("NAME", ctx.full("en_NZ")).t(" visits daily, ph ").p("PHONE", ctx.phone("nz")).t(".\n")
    b.t("A: Progressing, below baseline (previously indep with stick). High falls risk.\nP: ").c("BD").t(" physio, stairs practice ")
    b.p("DATE", ctx.date(d + timedelta(days=1), "intl")).t("; refer Community Rehab (").p("NAME", ctx.full("en_NZ")).t(", CNS) and ACC? N/A.\n\n")
    b.p("NAME", ctx.full("en_NZ")).t(", Physiotherapist (APC ").p("ID", str(r.randint(10000, 99999))).t(")  /  ").p("NAME", ctx.full("en_NZ")).t(", OT")
    return b


def _instructions(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    adm = d - timedelta(days=r.randint(2, 6))
    fu = d + timedelta(days=r.randint(5, 14))
    b = NoteBuilder().t("Discharge Instructions\nVisit number: ").p("ID", str(r.randint(10**9, 10**10 - 1))).t("\n\nDear ").p("NAME", _g(pt)).t(",\n\n")
    b.t("Thank you for letting us care for you from ").p("DATE", f"{adm:%B} {adm.day}").t(" to ").p("DATE", f"{d:%B} {d.day}, {d:%Y}")
    b.t(". You were in the hospital because your heart was not pumping as well as it should (heart failure). We removed extra fluid with ")
    b.t("a water pill and you lost about ").c("9 pounds").t(".\n\nYOUR MEDICINES\n  START: ").c("furosemide (Lasix) 40 mg").t(" - take ")
    b.c("1 tablet every morning").t("\n  CHANGE: ").c("metoprolol succinate 50 mg").t(" - now ").c("1 tablet daily").t(" (was ").c("25 mg").t(")\n")
    b.t("  STOP: ").c("ibuprofen (Advil, Motrin)").t("\n\nYOUR APPOINTMENTS\n  * Heart clinic with ")
    ctx.clin(b, ["MD", "NP", "PA-C"]).t(" on ").p("DATE", f"{fu:%A}, {fu:%B} {fu.day}").t(" at ").t(ctx.time()).t(". Please arrive ")
    b.c("15 minutes").t(" early.\n    ")
    _us_addr(b, ctx, None, r.choice([", ", "\n    "])).t("\n  * Blood test (kidney function and potassium) on ")
    b.p("DATE", ctx.date(fu - timedelta(days=2), "us")).t(" - no appointment needed.\n\nWEIGH YOURSELF every morning. Call us if you gain more than ")
    b.c("3 pounds in 1 day").t(" or ").c("5 pounds in 1 week").t(", or if you have trouble breathing lying flat. Call 911 for chest pain.\n\n")
    b.t("Questions? Call the nurse line at ").p("PHONE", ctx.phone()).t(" (24/7) or send a message on the patient portal: ")
    b.p("URL", r.choice([f"https://mychart.{ctx.fk['en_US'].domain_word()}health.org", f"https://{ctx.fk['en_US'].domain_word()}.followmyhealth.com/",
                         f"www.{ctx.fk['en_US'].domain_word()}.org/patients"])).t("\n")  # fmt: skip
    if r.random() < 0.5:
        b.t("Your ").t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" was with you when we went over these instructions.\n")
    b.t("\nSincerely,\nYour care team: ").p("NAME", ctx.full()).t(", MD; ").p("NAME", ctx.full()).t(", RN\n")
    b.t("Printed ").p("DATE", f"{d:%m/%d/%Y}").t(f" {r.randint(9, 16)}:{r.randint(0, 59):02d} for ").p("NAME", f"{_g(pt)} {_f(pt)}".upper()).t(" (MRN ")
    b.p("ID", pt["identifier"][0]["value"]).t(")")
    return b


def _fax_referral(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    fax_from = ctx.phone()
    b = NoteBuilder().p("DATE", r.choice([f"{d:%m/%d/%Y}", f"{d:%b-%d-%Y}".upper(), f"{d:%d%b%y}".upper()])).t(f" {r.randint(8, 17)}:{r.randint(0, 59):02d}")
    b.t(r.choice([" ", " (EST) ", " FAX "])).p("PHONE", fax_from).t(f"      FAMILY MEDICINE       P.00{1}/00{r.randint(3, 6)}\n\n")
    b.t("FACSIMILE TRANSMITTAL\n\nTo:     ").t("Dr. ").p("NAME", ctx.full()).t(", Cardiology\nFax:    ").p("PHONE", ctx.phone()).t("\nPhone:  ").p("PHONE", ctx.phone())
    b.t("\nFrom:   ").p("NAME", ctx.full()).t(", MA for ")
    ctx.clin(b, ["MD", "DO"]).t("\nFax:    ").p("PHONE", fax_from).t("\nDate:   ").p("DATE", ctx.date(d)).t("\nPages:  ").c(f"{r.randint(3, 6)} (including cover)")
    b.t("\nRe:     Referral - ").p("NAME", f"{_g(pt)} {_f(pt)}").t(", DOB ").p("DATE", f"{_dob(pt).month}/{_dob(pt).day}/{_dob(pt):%Y}")
    b.t("\n\n[X] Urgent   [ ] For review   [ ] Please reply\n\nCONFIDENTIALITY NOTICE: This facsimile contains protected health information. ")
    b.t("If you have received it in error, notify the sender and destroy all copies.\n\n-------------------------- page 2 --------------------------\n")
    b.t("REFERRAL FOR SPECIALTY CONSULTATION\n\nPatient:   ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("\n           ")
    _us_addr(b, ctx, pt, "\n           ").t("\nHome:      ").p("PHONE", pt["telecom"][0]["value"]).t("   Cell: ").p("PHONE", ctx.phone())
    b.t("\nInsurance: BCBS PPO  Member ID ").p("ID", f"{r.choice(['XYZ', 'ZGW', 'JQH'])}{r.randint(10**8, 10**9 - 1)}").t("  Group ").p("ID", f"{r.randint(10**5, 10**6 - 1)}")
    b.t("\n\nReason for referral: new HFrEF, ").c("echo EF 30-35%").t(" (").p("DATE", ctx.date(d - timedelta(days=r.randint(5, 30)))).t("), ")
    b.c("NYHA II-III").t(". ").c("BNP 880").t(", ").c("Cr 1.1").t(". On ").c("losartan 25 mg daily").t(", ").c("carvedilol 6.25 mg BID").t(".\n")
    b.t("Please see within ").c("2-4 weeks").t(". Pt prefers AM appointments; ").t(r.choice(["son ", "daughter "])).p("NAME", ctx.first())
    b.t(" drives.\n\nReferring provider: ")
    ctx.clin(b, ["MD", "DO", "FNP-C"]).t("   NPI ").p("ID", ctx.npi()).t("\ncc: chart")
    return b


def _prior_auth(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, us = ctx.r, ctx.fk["en_US"]
    d = ctx.day()
    den = d - timedelta(days=r.randint(5, 25))
    b = NoteBuilder().t("ORTHOPAEDIC & SPINE ASSOCIATES\n")
    _us_addr(b, ctx, None, r.choice([" | ", "\n"])).t("\nTel ").p("PHONE", ctx.phone()).t(" | Fax ").p("PHONE", ctx.phone()).t("\n\n")
    b.p("DATE", r.choice([f"{d:%B} {d.day}, {d:%Y}", f"{d:%m/%d/%Y}"])).t("\n\nVIA FAX: ").p("PHONE", f"1-{r.choice(['800', '866', '888'])}-{r.randint(200, 999)}-{r.randint(1000, 9999)}")
    b.t("\nUtilization Management - Appeals\nPO Box ").p("ADDRESS", str(r.randint(1000, 99999))).t("\n").p("ADDRESS", r.choice(_US_CITIES)).t(f", {us.state_abbr()} ").p("ZIP", us.zipcode())
    b.t("\n\nRE: Request for reconsideration - MRI lumbar spine without contrast (").c("CPT 72148").t(")\nMember: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t("\nMember ID: ").p("ID", f"W{r.randint(10**8, 10**9 - 1)}").t("    Group #: ").p("ID", f"{r.randint(10**6, 10**7 - 1)}-{r.randint(10, 99)}0-{r.randint(0, 99999):05d}")
    b.t("\nDOB: ").p("DATE", f"{_dob(pt):%m/%d/%Y}").t("    Claim #: ").p("ID", f"{d:%y}{r.randint(100, 365)}E{r.randint(0, 999999):06d}")
    b.t("\nReference #: ").p("ID", f"PA-{d:%Y}-{r.randint(0, 9999999):07d}").t("    Date of denial: ").p("DATE", f"{den:%m/%d/%Y}")
    b.t("\n\nDear Medical Director,\n\nI am writing on behalf of my patient, ").t(_sx(pt, "Ms. ", "Mr. ")).p("NAME", _f(pt)).t(", a ")
    _age(b, pt["_age"], "{}-year-old ", ctx).t(_sx(pt, "woman", "man")).t(" with lumbar radiculopathy (").c("ICD-10 M54.16").t(") and spinal stenosis (")
    b.c("M48.062").t("). Symptoms began ").p("DATE", f"{d - timedelta(days=r.randint(100, 200)):%B %Y}").t(". ").t(_sx(pt, "She", "He"))
    b.t(" completed ").c("6 weeks").t(" of physical therapy (").c("12 visits").t(", ").p("DATE", f"{(den - timedelta(days=70)).month}/{(den - timedelta(days=70)).day}")
    b.t(" - ").p("DATE", f"{(den - timedelta(days=28)).month}/{(den - timedelta(days=28)).day}").t("), ").c("meloxicam 15 mg daily").t(" and a ")
    b.c("methylprednisolone 4 mg dose pack").t(" without improvement. Exam shows ").c("4/5 EHL").t(" weakness, ").c("SLR + at 40 deg").t(", ")
    b.c("ODI 62%").t(". The denial letter states conservative care was not documented; records are enclosed.\n\n")
    b.t("Please contact my office at the number above, or my nurse ").p("NAME", ctx.full()).t(" at ").p("EMAIL", ctx.email(ctx.first(), ctx.last(), "osa-spine.com"))
    b.t(", with any questions.\n\nSincerely,\n\n")
    b.p("NAME", ctx.full()).t(", MD\nNPI: ").p("ID", ctx.npi()).t("   Tax ID: ").p("ID", f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}")
    b.t("\nEnclosures: PT notes, office notes ").p("DATE", ctx.date(den - timedelta(days=90), "us")).t(" and ").p("DATE", ctx.date(den - timedelta(days=10), "us"))
    b.t("\ncc: ").p("NAME", f"{_g(pt)} {_f(pt)}").t(" (patient)")
    return b


def _death(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, us = ctx.r, ctx.fk["en_US"]
    d = ctx.day()
    tod = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    b = NoteBuilder().t("DEATH NOTE / PRONOUNCEMENT\n\nCalled by RN ").p("NAME", ctx.full()).t(" at ").c(f"{tod[:2]}:{r.randint(0, 59):02d}")
    b.t(" to evaluate pt. ").p("NAME", f"{_g(pt)} {_f(pt)}").t(" is a ")
    _age(b, pt["_age"], r.choice(["{}-year-old ", "{} yo ", "{} y/o "]), ctx).t(_sx(pt, "woman", "man"))
    b.t(" with metastatic pancreatic ca, on comfort measures since ").p("DATE", ctx.date(d - timedelta(days=r.randint(1, 4)))).t(".\n\n")
    b.t("Exam: no spontaneous respirations, no heart sounds auscultated for ").c("1 min").t(", no carotid pulse, pupils fixed and dilated, ")
    b.t("no response to noxious stimuli.\n\nTime of death: ").c(tod).t(" on ").p("DATE", r.choice([f"{d:%d-%b-%Y}", f"{d:%m/%d/%Y}", f"{d:%B} {d.day}, {d:%Y}"]))
    b.t(".\n\nFamily: pt's son ").p("NAME", ctx.first("M")).t(" and granddaughter ").p("NAME", ctx.full(None, "F")).t(" present at bedside; ")
    sib = r.choice(["sister ", "brother "])
    b.t(sib).p("NAME", ctx.full(None, "F" if sib == "sister " else "M")).t(" notified by phone (").p("PHONE", ctx.phone()).t(").\nAttending ").t("Dr. ")
    b.p("NAME", ctx.last()).t(" notified. Medical examiner notified, case not accepted, ME case # ").p("ID", f"ME{d:%y}-{r.randint(0, 9999):04d}")
    b.t(", investigator ").p("NAME", ctx.full()).t(".\nAutopsy: declined by NOK. OPO notified, referral # ").p("ID", f"{d:%y%m%d}-{r.randint(0, 999):03d}")
    b.t(", not a candidate.\nFuneral home: ").p("NAME", ctx.last()).t(" & Sons, ").p("ADDRESS", us.street_address()).t(", ").p("ADDRESS", r.choice(_US_CITIES))
    b.t(", ph ").p("PHONE", ctx.phone()).t("\n\nDEATH CERTIFICATE WORKSHEET\nDecedent: ").p("NAME", f"{_g(pt)} {ctx.first()[0]}. {_f(pt)}").t("   SSN: ")
    b.p("SSN", us.ssn()).t("\nAge: ")
    age = int(pt["_age"])
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(" years   DOB: ").p("DATE", f"{_dob(pt):%m/%d/%Y}").t("\nUsual residence: ")
    _us_addr(b, ctx, pt).t("\nFather: ").p("NAME", f"{ctx.first('M')} {_f(pt)}").t("   Mother (maiden): ").p("NAME", f"{ctx.first('F')} {ctx.last()}")
    b.t("\nInformant: ").p("NAME", ctx.full(None, "M")).t(" (son)\nPart I  a) Metastatic pancreatic adenocarcinoma   interval: ").c("8 months")
    b.t("\n        b) ").t("Cachexia   interval: ").c("3 months").t("\nPart II  ").c("COPD").t(", ").c("CKD stage 4").t("\nManner: Natural   Tobacco contributed: Probably\n")
    b.t("Certifier: ").p("NAME", ctx.full()).t(", MD   License # ").p("ID", f"{r.choice(['MD', 'A', 'G'])}{r.randint(10000, 999999)}").t("   pgr ").p("PHONE", ctx.pager())
    return b


def _research(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, us = ctx.r, ctx.fk["en_US"]
    d = ctx.day()
    b = NoteBuilder().t("Research Coordinator Note - Visit 3 (Day ").c("28 +/- 3").t(")\nStudy: PROTECT-HF (NCT0").t(f"{r.randint(4000000, 5999999)}")
    b.t(")   Protocol v4.0\nSubject ID: ").p("ID", f"{r.randint(1, 60):03d}-{r.randint(1, 999):04d}").t("   Initials: ")
    b.p("NAME", "-".join([_g(pt)[0], ctx.first()[0], _f(pt)[0]]).upper()).t("   Screening #: ").p("ID", f"S-{r.randint(100, 999)}")
    b.t("\nVisit date/time: ")
    ctx.stamp(b, d, "us", "ET").t("\n\nConsent: ICF v3.0 signed by subject ").p("DATE", ctx.date(d - timedelta(days=r.randint(30, 60))))
    b.t("; re-consented to v4.0 today (added ").c("24-h Holter").t("). LAR/daughter ").p("NAME", ctx.full()).t(" present. eConsent via REDCap, ")
    b.t("audit log shows signature from ").p("IP", us.ipv4_public()).t(".\n\nVitals: ").c("BP 118/70").t(", ").c("HR 64").t(", ").c("Wt 81.6 kg")
    b.t(" (").c("-1.8 kg").t(" vs baseline)\nLabs: ").c("NT-proBNP 2140 pg/mL").t(", ").c("K 5.8 mmol/L").t(", ").c("eGFR 41").t("\n")
    b.t("PROs: ").c("KCCQ-12 48").t(", ").c("6MWD 210 m").t(", ").c("EQ-5D VAS 55").t("\n\nAEs: ").c("Grade 2").t(" hyperkalemia, onset ")
    b.p("DATE", ctx.date(d - timedelta(days=r.randint(2, 9)))).t(", ").c("CTCAE v5.0").t(", possibly related; study drug held ").c("x3 days")
    b.t(", resolved. No SAEs.\nIP: kit dispensed, returned pill count ").c("54/56").t(" (").c("96%").t(" compliance).\n")
    b.t("Subject is ")
    _age(b, pt["_age"], r.choice(["{} years old", "aged {}", "{} yo"]), ctx).t("; eligibility re-confirmed by PI.\n\nNext visit: Visit 4 (Day ").c("90").t(") window ")
    w = d + timedelta(days=r.randint(55, 62))
    b.p("DATE", f"{w.month}/{w.day}").t("-").p("DATE", f"{(w + timedelta(days=14)).month}/{(w + timedelta(days=14)).day}/{w:%Y}")
    b.t(". Reminder call to ").p("PHONE", pt["telecom"][0]["value"]).t(".\n\n")
    cf, cl = ctx.first(), ctx.last()
    b.p("NAME", f"{cf} {cl}").t(", CCRP | ").p("EMAIL", ctx.email(cf, cl, r.choice(["mgh.harvard.edu", "research.uhn.ca", "duke.edu"])))
    b.t(" | ext. ").p("PHONE", f"{r.randint(4, 7)}-{r.randint(1000, 9999)}").t("\nPI: ").p("NAME", ctx.full()).t(", MD, MPH")
    return b


def _dental(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("DENTAL PROGRESS NOTE\nPt: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("   Chart #: ").p("ID", str(r.randint(1000, 99999)))
    b.t("   DOB: ").p("DATE", f"{_dob(pt):%m/%d/%Y}").t("   Age: ")
    _age(b, pt["_age"], r.choice(["{}y", "{} yrs", "{}"]), ctx).t("\nDate: ").p("DATE", f"{d:%m/%d/%Y}").t("   Provider: Dr. ").p("NAME", ctx.full()).t(" DDS   Hygienist: ")
    b.p("NAME", ctx.full()).t(", RDH   Asst: ").p("NAME", ctx.first()).t("\n\nMed hx reviewed/updated: on ").c("apixaban 5 mg bid").t(", last dose ")
    b.c("8 am").t(" today; ").c("alendronate 70 mg weekly").t(" x ").c("6 yrs").t(". ").c("BP 152/88").t(" R arm, ").c("pulse 76").t(". ").c("ASA II").t(".\n")
    b.t("CC: \"my bottom left back tooth hurts\" x ").c("3 weeks").t(".\n\nExam: ").c("#19 MOD").t(" recurrent decay, ").c("perc +").t(", cold lingering ")
    b.c(">10 s").t("; ").c("#30 PFM crown").t(" intact. PA ").c("#19").t(": periapical radiolucency ").c("3x4 mm").t(".\nPerio: generalized ")
    b.c("4-5 mm").t(" pockets, ").c("BOP 30%").t(", ").c("#3 mobility 1").t(".\n   Probing #18-#20 (F): ").c("5 4 6 | 4 3 4 | 3 2 3").t("\n\n")
    b.t("Tx: consent signed. ").c("2% lidocaine w/ 1:100,000 epi").t(", ").c("1.8 mL x 2 carps").t(" IANB L. Simple ext ").c("#19").t(", ")
    b.c("2 sutures 4-0 chromic gut").t(". Hemostasis achieved with gauze pressure x ").c("30 min").t(".\nPost-op instructions given verbally and in writing to pt and caregiver ")
    b.p("NAME", ctx.first().lower() if r.random() < 0.3 else ctx.first()).t(".\nRx: ").c("amoxicillin 500 mg TID x 7 days (#21)").t(".\n")
    b.t("NV: post-op check ").p("DATE", f"{(d + timedelta(days=7)).month}/{(d + timedelta(days=7)).day}").t(" @ ").t(ctx.time())
    b.t(".\nIns: Delta Dental PPO, subscriber ").p("NAME", ctx.full()).t(" (spouse), ID ").p("ID", str(r.randint(10**8, 10**9 - 1)))
    b.t("\nEmergency contact: ").p("NAME", ctx.full()).t(" ").p("PHONE", ctx.phone())
    return b


def _eye_in(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r, inn = ctx.r, ctx.fk["en_IN"]
    d = ctx.day()
    city, pin = r.choice(_IN_CITIES)
    house = f"{r.choice(['Flat', 'No.', 'Door No.'])} {r.randint(1, 40)}{r.choice(['', 'B', '/2'])}, {inn.last_name()} {r.choice(['Apartments', 'Nagar', 'Residency'])}"
    area = f"{_ord(r.randint(1, 9))} Cross, {r.choice(['Indiranagar', 'Anna Nagar', 'Jayanagar', 'Banjara Hills', 'Kothrud'])}"
    pt["address"] = [{"line": [house], "city": city, "postalCode": pin}]
    pt["telecom"][0]["value"] = ctx.phone("in")
    b = NoteBuilder().t("EYE HOSPITAL - OPD CASE SHEET\nUHID: ").p("ID", f"UH/{d:%Y}/{r.randint(0, 999999):06d}").t("   OP No: ")
    b.p("ID", f"{d:%y}-{r.randint(0, 9999999):07d}").t("   Date: ").p("DATE", f"{d:%d-%m-%Y}").t("   Time: ").t(ctx.time("IST"))
    b.t("\nName: ").t(_sx(pt, "Mrs. ", "Mr. ")).p("NAME", f"{_g(pt)} {_f(pt)}").t("   Age/Sex: ")
    age = int(pt["_age"])
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(_sx(pt, "/F   W/o ", "/M   S/o ")).p("NAME", f"{ctx.first('M', 'en_IN')} {_f(pt)}")
    b.t("\nAddress: ").p("ADDRESS", house).t(",\n         ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin)
    b.t("\nMobile: ").p("PHONE", pt["telecom"][0]["value"]).t("   Aadhaar: ").p("ID", f"{r.randint(2000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}")
    b.t("\nReferred by: Dr. ").p("NAME", ctx.full("en_IN")).t(", MBBS (screening camp, ").p("ADDRESS", r.choice(_IN_CITIES)[0]).t(")\n\n")
    b.t("C/o: diminution of vision RE x ").c("6 months").t(", glare at night.\nH/o: DM x ").c("12 yrs").t(" on ").c("Tab. Glimepiride 2 mg OD").t(", HTN on ")
    b.c("Tab. Amlodipine 5 mg OD").t(".\n\nVA:    RE ").c("6/60").t(" PH ").c("6/36").t("   LE ").c("6/12").t(" PH ").c("6/9").t("   Near: ").c("N18 / N8")
    b.t("\nIOP (NCT): RE ").c("18 mmHg").t("  LE ").c("16 mmHg").t("\nSLE: RE ").c("NS3").t(" cataract, LE ").c("NS2").t(". AC quiet, pupil RRR.\n")
    b.t("Fundus: ").c("CDR 0.4").t(" OU, mild NPDR OU, no CSME.\nBP ").c("150/90").t(" mmHg, RBS ").c("186 mg/dl").t("\n\nDx: RE senile immature cataract, mild NPDR OU.\n")
    b.t("Plan: RE SICS with PCIOL under PB. Biometry: ").c("AL 23.12 mm").t(", ").c("K1 43.75 D").t(", ").c("K2 44.50 D").t(", IOL ").c("+21.5 D").t(".\n")
    b.t("Physician fitness from Dr. ").p("NAME", ctx.last("en_IN")).t(" awaited. Attender: ").t(r.choice(["son ", "daughter-in-law ", "grandson "]))
    b.p("NAME", ctx.first(loc="en_IN")).t(", ph ").p("PHONE", ctx.phone("in")).t(".\nCounselled by ").p("NAME", ctx.first(loc="en_IN")).t(" (counsellor).\n\n")
    b.t("Dr. ").p("NAME", ctx.full("en_IN")).t(", MS (Ophth)   Reg. No. ").p("ID", str(r.randint(10000, 99999))).t("\nReview: after ").c("1 week")
    b.t(" / on ").p("DATE", ctx.date(d + timedelta(days=7), "intl"))
    return b


TEMPLATES: list[tuple[Template, str | None]] = [
    (_i2b2_record, None), (_icu_physician, None), (_nursing_problem, None), (_consult, "es_MX"),
    (_isbar_au, "en_AU"), (_medrec, None), (_ed_provider_ca, "en_CA"), (_preop_ie, "en_IE"),
    (_physio_nz, "en_NZ"), (_instructions, "es_MX"), (_fax_referral, None), (_prior_auth, None),
    (_death, None), (_research, None), (_dental, None), (_eye_in, "en_IN"),
]  # template, locale its patient's name mostly comes from (None: the overall mix)


def generate(n: int, seed: int = 9191) -> list[Note]:
    ctx = _Ctx(seed)
    notes = []
    for i in range(n):
        fn, loc = TEMPLATES[i % len(TEMPLATES)]
        pt = _patient(ctx, loc)
        b = fn(ctx, pt)
        notes.append(b.build({k: v for k, v in pt.items() if k != "_age"}))
    return notes
