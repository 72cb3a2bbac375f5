"""HELD-OUT v10 PHI corpus: written before any round-10 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid`` and ``docs/deid.md`` not
read) to look like real clinical text of kinds no earlier held-out corpus used: a US
hospitalist admission H&P (EHR banner, FIN / CSN, smart-phrase residue), a primary-care SOAP
note with templated smart-phrases and a preferred-pharmacy block, a psychiatry intake with
social history (employers, schools, pets: not PHI), a labour and delivery note, a NICU
admission note (parents, birth date and time), an oncology treatment summary (cycle dates,
subject ids), a hospice recertification note, a utilisation-review / case-management note
with an insurer call log, a pharmacy call-centre log, an ambulance (EMS) run sheet, a
home-health wound-care visit, an occupational-health note (workers' compensation), a
telehealth transcript, a patient-portal message thread, a UK A&E card with GP letter, a
Scottish GP referral (CHI number), a South African clinic note, a Singapore polyclinic note
and a Spanish-language interpreted visit. Names come from Faker locales en_US, en_GB, ga_IE,
es_ES, es_CO, es_MX, zu_ZA, yo_NG, ig_NG, sw, tw_GH, en_PK, id_ID, pl_PL, tr_TR, de_DE,
pt_PT and romanised zh_CN (folded to ASCII), mixed with word names, particle / apostrophe /
hyphenated surnames, nicknames, lower-case names and initials.

Conventions follow the earlier corpora: titles and credentials are outside NAME spans; a
city, town or suburb is ADDRESS, a state / province / country is not PHI; postcodes are ZIP;
ages under 90, times of day, durations and bed numbers are clinical values or plain text;
ages >= 90 (digits or words) are AGE; a year alone, weekdays alone, relative dates and
facility / employer / insurer / pharmacy names are unlabelled; pagers are PHONE; an ISO
date-time written as one token is one DATE span. Dates are absolute (seeded), so
``generate(n)`` is deterministic. Run only for final figures: misses and lost clinical values
are not to be inspected while the scrubber is being changed.
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

LOCALES = ["en_US", "en_GB", "ga_IE", "es_ES", "es_CO", "es_MX", "zu_ZA", "yo_NG", "ig_NG", "sw",
           "tw_GH", "en_PK", "id_ID", "pl_PL", "tr_TR", "de_DE", "pt_PT", "zh_CN"]  # fmt: skip
_WEIGHTS = [40, 8, 2, 4, 3, 5, 4, 3, 2, 2, 2, 3, 2, 3, 2, 3, 2, 5]
_WORD_FIRST = {"F": ["Summer", "Faith", "Hope", "Joy", "Ruby", "Pearl", "Crystal", "Dawn", "Amber", "Heather",
                     "Olive", "Hazel", "Ivy", "Violet", "Winter", "Destiny", "Precious", "Virginia", "Carolina"],
               "M": ["Hunter", "Chase", "Mason", "Bishop", "King", "Major", "Cash", "Stone", "River", "Sterling",
                     "Clay", "Glen", "Dale", "Wade", "Hardy", "Denver", "Houston", "Tyrone", "Boston"]}  # fmt: skip
_WORD_LAST = ["Black", "White", "Brown", "Green", "Young", "Long", "Short", "Little", "Strong", "Hill", "Wood",
              "Stone", "Price", "Cross", "Hope", "Chance", "Day", "Knight", "Bishop", "King", "Major", "Baker",
              "Cook", "Hunter", "Fisher", "Mercy", "Faith", "Glass", "Lane", "Marsh", "Pike", "Welsh", "Wales",
              "Devon", "Dover", "Orange", "Virginia", "Carolina", "Mobile", "Sharp", "Keen", "Best"]  # fmt: skip
_PARTICLE = ["van Wyk", "du Plessis", "Janse van Rensburg", "de Beer", "O'Neill", "O'Hara", "M'Bala", "Mc Ardle",
             "de los Santos", "del Valle", "von Trapp", "van den Berg", "Di Stefano", "La Fontaine", "St. Clair",
             "Ben-Ami", "Abu-Bakr", "bin Hassan", "binte Osman", "Al Mansoori", "ap Rhys", "Mac an tSaoi",
             "Nic Giolla", "dela Paz", "De'Ath", "D'Souza", "Smith-Jones", "Bowes-Lyon"]  # fmt: skip
_NICK = [("Katherine", "Kit"), ("Alexander", "Sandy"), ("Henry", "Hank"), ("Mary", "Polly"), ("John", "Jack"),
         ("Richard", "Dick"), ("Harold", "Hal"), ("Eleanor", "Nell"), ("Catherine", "Cat"), ("Lawrence", "Larry"),
         ("Sarah", "Sally"), ("Virginia", "Ginny"), ("Anthony", "Tony"), ("Gwendolyn", "Gwen")]  # fmt: skip
_PETS = ["Biscuit", "Luna", "Max", "Pepper", "Rocky", "Daisy", "Bella", "Oreo", "Mittens", "Duke", "Peanut"]
_EMPLOYERS = ["Amazon warehouse", "Walmart", "Home Depot", "a Chick-fil-A", "the school district", "Tesco",
              "FedEx", "the county jail", "UPS", "a call centre", "Boeing", "Target"]  # fmt: skip
_US_CITIES = ["Akron", "Gary", "Flint", "Modesto", "Boise", "Provo", "Waco", "Pueblo", "Macon", "Joliet", "Erie",
              "Kenosha", "Peoria", "Yakima", "Odessa", "Abilene", "Canton", "Lansing", "Normal", "Eugene", "Bend",
              "Sandy", "Orange", "Paradise", "Temple", "Victoria", "Hazard", "Mercy"]  # fmt: skip
_UK_TOWNS = [("Leeds", "LS9 7TF"), ("Sheffield", "S10 2JF"), ("Croydon", "CR7 7YE"), ("Stockport", "SK2 7JE"),
             ("Luton", "LU4 0DZ"), ("Wigan", "WN1 2NN"), ("Reading", "RG1 5AN"), ("Bath", "BA1 3NG"),
             ("Hull", "HU3 2JZ"), ("Swindon", "SN3 6BB")]  # fmt: skip
_SCOT_TOWNS = [("Dundee", "DD1 9SY"), ("Aberdeen", "AB25 2ZN"), ("Paisley", "PA2 9PN"), ("Kirkcaldy", "KY2 5AH"),
               ("Inverness", "IV2 3UJ"), ("Livingston", "EH54 6PP"), ("Perth", "PH1 1NX")]  # fmt: skip
_ZA_PLACES = [("Soweto", "Johannesburg", "1804"), ("Khayelitsha", "Cape Town", "7784"), ("Umlazi", "Durban", "4031"),
              ("Mamelodi", "Pretoria", "0122"), ("Mitchells Plain", "Cape Town", "7785"), ("Tembisa", "Ekurhuleni", "1632"),
              ("Sea Point", "Cape Town", "8005"), ("Hillbrow", "Johannesburg", "2001")]  # fmt: skip
_SG_STREETS = ["Ang Mo Kio Ave 3", "Tampines St 81", "Jurong West St 52", "Bedok North Rd", "Toa Payoh Lor 1",
               "Woodlands Dr 14", "Yishun Ring Rd", "Bukit Batok West Ave 6", "Hougang Ave 8"]  # fmt: skip
_MX_CITIES = [("Guadalajara", "Jal.", "44160"), ("Puebla", "Pue.", "72000"), ("Monterrey", "N.L.", "64000"),
              ("Oaxaca de Juárez", "Oax.", "68000"), ("León", "Gto.", "37000")]  # fmt: skip
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ASCII = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "đ": "d", "Đ": "D"})


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII))
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def _ninety(n: int) -> str:
    """Ages 90-109 in words."""
    if n >= 100:
        return "one hundred" + (f" and {_ONES[n - 100]}" if 100 < n < 110 else "")
    return "ninety" + (f"-{_ONES[n - 90]}" if n > 90 else "")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class _Ctx:
    """Seeded sources of names, dates, phones and ids."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            self.fk[loc] = Faker(loc)
            self.fk[loc].seed_instance(seed * 7 + 31 * i)

    def _loc(self, loc: str | None) -> str:
        return loc if loc and self.r.random() < 0.75 else self.r.choices(LOCALES, _WEIGHTS)[0]

    def first(self, sex: str = "", loc: str | None = None) -> str:
        r = self.r
        sex = sex or r.choice("FM")
        if r.random() < 0.09:
            return r.choice(_WORD_FIRST[sex])
        lc = self._loc(loc)
        fk = self.fk[lc]
        if lc == "zh_CN":
            return str(fk.first_romanized_name())
        name = _fold(fk.first_name_female() if sex == "F" else fk.first_name_male()).split()
        return name[0] if name else "Ann"

    def last(self, loc: str | None = None) -> str:
        r = self.r
        x = r.random()
        if x < 0.08:
            return r.choice(_WORD_LAST)
        if x < 0.16:
            return r.choice(_PARTICLE)
        lc = self._loc(loc)
        fk = self.fk[lc]
        last = str(fk.last_romanized_name()) if lc == "zh_CN" else _fold(fk.last_name())
        last = last.split()[0] if lc not in ("ga_IE",) and last.split() else (last or "Lee")
        if x < 0.21:
            last = f"{last}-{_fold(self.fk['en_US'].last_name())}"
        elif lc in ("es_MX", "es_CO", "es_ES") and x < 0.5:
            last = f"{last} {_fold(fk.last_name()).split()[0]}"  # two surnames
        return last

    def full(self, loc: str | None = None, sex: str = "") -> str:
        r = self.r
        x = r.random()
        if x < 0.08:
            given, nick = r.choice(_NICK)
            return f'{given} "{nick}" {self.last(loc)}'
        if x < 0.18:
            return f"{self.first(sex, loc)} {r.choice('BCDFGJKLMNRSTV')}. {self.last(loc)}"
        if x < 0.24:
            return f"{self.first(sex, loc)[0]}.{r.choice('ABCEJLMR')}. {self.last(loc)}"
        return f"{self.first(sex, loc)} {self.last(loc)}"

    def doc(self, b: NoteBuilder, creds: list[str], loc: str | None = None) -> NoteBuilder:
        """A clinician; titles and credentials stay outside the span."""
        r = self.r
        x = r.random()
        cred = r.choice(creds)
        if x < 0.25:
            return b.p("NAME", self.full(loc)).t(f", {cred}")
        if x < 0.4:
            return b.p("NAME", f"{self.last(loc).upper()}, {self.first(loc=loc).upper()}").t(f" {cred}")
        if x < 0.55:
            return b.t(r.choice(["Dr. ", "Dr ", "dr "])).p("NAME", self.last(loc))
        if x < 0.7:
            return b.p("NAME", f"{self.last(loc)}, {self.first(loc=loc)} {r.choice('ABCDEJKLMR')}").t(f", {cred}")
        if x < 0.85:
            return b.p("NAME", f"{self.first(loc=loc)} {self.last(loc)}").t(f" {cred}")
        return b.t("Dr. ").p("NAME", self.full(loc))

    # -- dates -------------------------------------------------------------------------
    def day(self, lo: int = 0, hi: int = 1400) -> date:
        return date(2022, 9, 1) + timedelta(days=self.r.randint(lo, hi))

    def date(self, d: date, fam: str = "us") -> str:
        forms = {
            "us": [f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d:%y}", f"{d:%b %d, %Y}", f"{d:%B} {d.day}, {d:%Y}",
                   f"{d:%d-%b-%Y}", f"{d:%d%b%y}".upper(), f"{d:%Y%m%d}", f"{d:%a %m/%d/%Y}", f"{d:%m.%d.%Y}",
                   f"{d:%B} {_ord(d.day)}", f"{d:%b} {d.day}", f"{d.month}/{d.day}", f"{d:%A} {d.month}/{d.day}",
                   f"{d:%m/%d}", f"{d:%b}-{d.day}", f"{d:%Y/%m/%d}", f"{d:%m-%d-%y}", f"{d:%b. %d}"],
            "uk": [f"{d:%d/%m/%Y}", f"{d.day}/{d.month}/{d:%Y}", f"{d:%d/%m/%y}", f"{d.day} {d:%b %Y}",
                   f"{_ord(d.day)} {d:%B %Y}", f"{d:%d.%m.%y}", f"{d:%A} {_ord(d.day)} {d:%B}", f"{d.day}/{d.month}",
                   f"{d:%d-%b-%y}", f"{d.day} {d:%B}", f"{d:%a} {d.day}/{d.month}", f"{d:%d %b}".upper()],
            "es": [f"{d.day}/{d.month:02d}/{d:%Y}", f"{d.day} de " + ["enero", "febrero", "marzo", "abril", "mayo",
                   "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][d.month - 1] + f" de {d:%Y}",
                   f"{d:%d-%m-%Y}"],
        }[fam]  # fmt: skip
        return self.r.choice(forms)

    def time(self, zone: bool = False) -> str:
        r = self.r
        h, m = r.randint(0, 23), r.randint(0, 59)
        s = r.choice([f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
                      f"{(h % 12) or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}", f"{h:02d}{m:02d}h", f"{h}.{m:02d}"])  # fmt: skip
        return f"{s} {r.choice(['CST', 'ET', 'PT', 'MDT', 'EST', 'GMT', 'BST'])}" if zone and r.random() < 0.5 else s

    # -- phones / ids / web ----------------------------------------------------------------
    def phone(self, cc: str = "us") -> str:
        r = self.r
        a, m, n = r.randint(205, 985), r.randint(210, 989), r.randint(0, 9999)
        forms = {
            "us": [f"({a}) {m}-{n:04d}", f"{a}-{m}-{n:04d}", f"{a}.{m}.{n:04d}", f"{a} {m} {n:04d}", f"1-{a}-{m}-{n:04d}",
                   f"({a}){m}-{n:04d}", f"+1 ({a}) {m}-{n:04d}", f"{a}{m}{n:04d}", f"{a}-{m}-{n:04d} ext {r.randint(2, 999)}"],
            "tf": [f"1-800-{m}-{n:04d}", f"(888) {m}-{n:04d}", f"1-866-{m}-{n:04d}", f"877.{m}.{n:04d}"],
            "uk": [f"07{r.randint(400, 999)} {r.randint(100000, 999999)}", f"020 7{r.randint(100, 999)} {n:04d}",
                   f"0113 {r.randint(200, 399)} {n:04d}", f"+44 7{r.randint(400, 999)} {r.randint(100000, 999999)}",
                   f"01{r.randint(200, 999)} {r.randint(200000, 899999)}", f"(0114) {r.randint(200, 299)} {n:04d}"],
            "scot": [f"01382 {r.randint(100000, 699999)}", f"0131 {r.randint(200, 699)} {n:04d}", f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
                     f"01224 {r.randint(500000, 699999)}"],
            "za": [f"082 {r.randint(100, 999)} {n:04d}", f"+27 83 {r.randint(100, 999)} {n:04d}", f"(011) {r.randint(200, 999)}-{n:04d}",
                   f"021 {r.randint(400, 999)} {n:04d}", f"+27 (0)72 {r.randint(100, 999)} {n:04d}", f"071{r.randint(1000000, 9999999)}"],
            "sg": [f"+65 9{r.randint(100, 999)} {n:04d}", f"8{r.randint(100, 999)} {n:04d}", f"6{r.randint(100, 999)}-{n:04d}",
                   f"(+65) 6{r.randint(1000000, 9999999)}", f"9{r.randint(1000000, 9999999)}"],
            "mx": [f"+52 33 {r.randint(1000, 9999)} {n:04d}", f"(55) {r.randint(1000, 9999)}-{n:04d}", f"+52 1 222 {r.randint(100, 999)} {n:04d}"],
        }[cc]  # fmt: skip
        return r.choice(forms)

    def pager(self) -> str:
        r = self.r
        return r.choice([f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"p{r.randint(10000, 99999)}", f"#{r.randint(1000, 9999)}"])

    def mrn(self) -> str:
        r = self.r
        return r.choice([f"E{r.randint(10**6, 10**7 - 1)}", f"{r.randint(10**7, 10**8 - 1)}", f"000{r.randint(10**6, 10**7 - 1)}",
                         f"M-{r.randint(100000, 999999)}", f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(0, 9)}",
                         f"RX{r.randint(10**5, 10**6 - 1)}"])  # fmt: skip

    def email(self, first: str, last: str, dom: str = "") -> str:
        r = self.r
        f = "".join(c for c in first.lower() if c.isalpha()) or "pt"
        la = "".join(c for c in last.lower() if c.isalpha()) or "x"
        dom = dom or r.choice(["gmail.com", "yahoo.com", "aol.com", "me.com", "protonmail.com", "btinternet.com",
                               "live.co.uk", "mweb.co.za", "singnet.com.sg", "hotmail.es", "att.net", "msn.com"])  # fmt: skip
        return r.choice([f"{f}{la}@{dom}", f"{f}_{la}{r.randint(60, 99)}@{dom}", f"{la}.{f[0]}@{dom}",
                         f"{f[0]}.{la}{r.randint(1, 9)}@{dom}", f"{f}-{la}@{dom}"])  # fmt: skip

    def url(self) -> str:
        r, w = self.r, self.fk["en_US"].domain_word()
        return r.choice([f"https://{w}.zoom.us/j/{r.randint(10**9, 10**10 - 1)}?pwd={r.randint(10**5, 10**6 - 1)}",
                         f"https://portal.{w}health.com/visit/{r.randint(10**5, 10**6 - 1)}",
                         f"http://www.facebook.com/{w}{r.randint(1, 99)}", f"{w}-family.gofundme.com",
                         f"https://doxy.me/dr{w}", f"www.caringbridge.org/visit/{w}{r.randint(1, 9)}"])  # fmt: skip


def _age(b: NoteBuilder, age: int, style: str, ctx: _Ctx) -> NoteBuilder:
    lead, tail = style.split("{}")
    b.t(lead)
    if age >= 90:
        return b.p("AGE", _ninety(age) if "year" in tail and ctx.r.random() < 0.4 else str(age)).t(tail)
    return b.c(str(age)).t(tail)


def _patient(ctx: _Ctx, loc: str | None) -> dict[str, Any]:
    r = ctx.r
    sex = r.choice("FM")
    first, last = ctx.first(sex, loc), ctx.last(loc)
    age = r.choice([r.randint(19, 89), r.randint(19, 89), r.randint(90, 103)])
    dob = date(2025, 3, 1) - timedelta(days=365 * age + r.randint(0, 364))
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


def _mrn(pt: dict[str, Any]) -> str:
    return str(pt["identifier"][0]["value"])


def _addr(b: NoteBuilder, ctx: _Ctx, pt: dict[str, Any] | None = None, sep: str = ", ") -> NoteBuilder:
    r, us = ctx.r, ctx.fk["en_US"]
    a = pt["address"][0] if pt else {"line": [us.street_address()], "city": r.choice(_US_CITIES),
                                      "state": us.state_abbr(), "postalCode": us.zipcode()}  # fmt: skip
    b.p("ADDRESS", a["line"][0])
    if r.random() < 0.25:
        b.t(r.choice([" ", ", "])).p("ADDRESS", r.choice([f"Apt. {r.randint(1, 40)}", f"#{r.randint(101, 999)}", f"Lot {r.randint(1, 80)}", f"Bldg {r.choice('ABCD')}"]))
    b.t(sep).p("ADDRESS", a["city"] if r.random() < 0.8 else a["city"].upper()).t(r.choice([", ", " "])).t(a["state"]).t(r.choice(["  ", " "]))
    return b.p("ZIP", a["postalCode"] if r.random() < 0.7 else us.zipcode_plus4())


Template = Callable[[_Ctx, dict[str, Any]], NoteBuilder]


def _hp(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().p("NAME", f"{_f(pt).upper()}, {_g(pt).upper()}").t("  ").p("DATE", f"{_dob(pt):%m/%d/%Y}").t(" (")
    _age(b, pt["_age"], "{} y.o.", ctx).t(f" {_sx(pt, 'F', 'M')})  MRN: ").p("ID", _mrn(pt)).t("  FIN: ").p("ID", str(r.randint(10**9, 10**10 - 1)))
    b.t("\nAdm: ").p("DATE", f"{d:%m/%d/%y}").t("  Unit: 5 TOWER  Bed: ").c(f"5T-{r.randint(1, 40):02d}").t("  Code: DNR/DNI  Allergies: Sulfa (rash), ")
    b.c("Keflex").t(" (GI upset)\n\nHOSPITALIST ADMISSION HISTORY AND PHYSICAL\n\nDate of service: ").p("DATE", ctx.date(d)).t(" ").t(ctx.time(True))
    b.t("\nAttending: ")
    ctx.doc(b, ["MD", "DO"]).t("\nPCP: ")
    ctx.doc(b, ["MD", "NP", "FNP-C"]).t(" (").p("PHONE", ctx.phone()).t(")\nSource: patient, ").t(r.choice(["granddaughter ", "son ", "niece "]))
    b.p("NAME", ctx.first()).t(", EMR, Care Everywhere\n\nCHIEF COMPLAINT: \"I can't catch my breath\"\n\nHPI: ")
    b.p("NAME", f"{_g(pt)} {_f(pt)}").t(" is a ")
    _age(b, pt["_age"], r.choice(["{} year old ", "{} yo ", "{}-yr-old ", "{} YO "]), ctx).t(_sx(pt, "female", "male"))
    b.t(" with HFrEF (").c("EF 25-30%").t(" on TTE ").p("DATE", ctx.date(d - timedelta(days=r.randint(100, 500)))).t("), ").c("CKD 3b").t(", AF on ")
    b.c("Eliquis 2.5 mg BID").t(" who presents with ").c("3 days").t(" of worsening DOE and ").c("10 lb").t(" weight gain. Ran out of ").c("torsemide 40 mg")
    b.t(" last Tuesday. In ED: ").c("BP 164/98").t(", ").c("HR 118").t(" irregular, ").c("SpO2 86% on RA").t(" -> ").c("94% on 4L NC").t(". ").c("BNP 2,340")
    b.t(", ").c("trop 0.04 -> 0.05").t(". Given ").c("furosemide 80 mg IV x1").t(" with ").c("1.2 L UOP").t(".\n\nROS: 10-point ROS negative except as in HPI.\n\n")
    b.t("SOCIAL HX: Lives alone at ")
    _addr(b, ctx, pt).t("; ")
    b.t(r.choice(["daughter ", "son-in-law ", "friend "])).p("NAME", ctx.full()).t(" checks in daily. ").c("1/2 ppd").t(" x ").c("30 yrs").t(", quit 2015.\n")
    b.t("FAMILY HX: mother CHF, died at ")
    ma = r.choice([r.randint(70, 89), r.randint(90, 99)])
    (b.p("AGE", str(ma)) if ma >= 90 else b.c(str(ma))).t(".\n\nPHYSICAL EXAM\nVitals: ").c(f"T 36.{r.randint(4, 9)} C").t(" | ")
    b.c(f"BP {r.randint(120, 170)}/{r.randint(60, 99)}").t(" | ").c(f"HR {r.randint(70, 125)}").t(" | ").c("RR 24").t(" | ").c("SpO2 95% 3L").t(" | ").c("Wt 92.3 kg (203 lb)")
    b.t("\nNeck: ").c("JVP 12 cm").t(". Lungs: crackles ").c("1/2").t(" up bilat. Ext: ").c("2+ pitting edema").t(" to knees.\n\n")
    b.t("DATA: ").c("Na 131").t(" / ").c("K 5.3").t(" / ").c("Cl 97").t(" / ").c("CO2 21").t(" / ").c("BUN 48").t(" / ").c("Cr 2.1").t(" (baseline ").c("1.6").t(") / ")
    b.c("Glu 142").t("\nCXR ").p("DATE", f"{d.month}/{d.day}").t(": pulm vascular congestion, small bilat effusions.\nECG: AF ").c("RVR 122").t(", ").c("QTc 478").t("\n\n")
    b.t("ASSESSMENT/PLAN\n#Acute on chronic HFrEF - ").c("furosemide 80 mg IV BID").t(", goal net ").c("-1 to -2 L/day").t(", strict I/O, daily wts\n")
    b.t("#AF w RVR - ").c("metoprolol tartrate 25 mg PO q6h").t(", cont apixaban\n#CKD - trend Cr; hold ").c("Entresto 24/26 mg").t("\n\n")
    b.t("Discussed with pt and HCP ").p("NAME", ctx.full()).t(" by phone ").p("PHONE", ctx.phone()).t(". Expected LOS ").c("3-4 days").t(".\n\n")
    b.t("Electronically signed: ").p("NAME", ctx.full()).t(", MD  ").p("DATE", f"{d:%m/%d/%Y}").t(f" {r.randint(10, 23)}:{r.randint(0, 59):02d}")
    b.t("\ncc: ")
    return ctx.doc(b, ["MD"]).t("; ").p("NAME", ctx.full()).t(", Cardiology")


def _soap_pcp(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("Visit Date: ").p("DATE", ctx.date(d)).t("\nPatient: ").p("NAME", f"{_f(pt)}, {_g(pt)} {r.choice('ABCDEJLMR')}")
    b.t("  DOB: ").p("DATE", ctx.date(_dob(pt))).t("  Sex: ").t(_sx(pt, "Female", "Male")).t("  Acct #: ").p("ID", f"{r.randint(100000, 999999)}")
    b.t("\nPreferred Pharmacy: WALGREENS DRUG STORE #").c(str(r.randint(1000, 19999))).t(" - ")
    us = ctx.fk["en_US"]
    b.p("ADDRESS", us.street_address().upper()).t(", ").p("ADDRESS", r.choice(_US_CITIES).upper()).t(f", {us.state_abbr()} ").p("ZIP", us.zipcode())
    b.t(" - ").p("PHONE", ctx.phone()).t(" - F ").p("PHONE", ctx.phone()).t("\n\nSUBJECTIVE:\n")
    b.p("NAME", _g(pt)).t(" is a ")
    _age(b, pt["_age"], "{} y.o. ", ctx).t(_sx(pt, "female", "male")).t(" here for 3 mo f/u of T2DM, HLD. Pt reports good adherence to ")
    b.c("Ozempic 0.5 mg weekly").t(". Some nausea first ").c("2 weeks").t(". Checks sugars ").c("1-2x/day").t(", fasting ").c("110-130s").t(".\n")
    b.t("***Patient-reported outcomes*** PHQ-2: ").c("0").t("  Fall risk: neg\n\nCurrent Outpatient Medications on File Prior to Visit\n")
    b.t("Medication\tSig\tDispense\tRefill\n").c("atorvastatin (LIPITOR) 40 MG tablet").t("\tTake 1 tablet (40 mg total) by mouth daily.\t").c("90 tablet").t("\t").c("3")
    b.t("\n").c("metFORMIN (GLUCOPHAGE-XR) 500 MG 24 hr tablet").t("\tTake 2 tablets by mouth daily with supper\t").c("180 tablet").t("\t").c("1")
    b.t("\n").c("semaglutide (OZEMPIC) 0.25 or 0.5 MG/DOSE pen injector").t("\tInject 0.5 mg under the skin every 7 (seven) days.\t").c("3 mL").t("\t").c("2")
    b.t("\n\nOBJECTIVE:\n").c(f"BP {r.randint(110, 150)}/{r.randint(60, 95)} (BP Location: Left arm, Patient Position: Sitting)").t(" | ")
    b.c(f"Pulse {r.randint(55, 99)}").t(" | ").c("Temp 98.1 F (36.7 C) (Temporal)").t(" | ").c("Ht 5' 6\" (1.676 m)").t(" | ").c("Wt 187 lb 3.2 oz (84.9 kg)")
    b.t(" | ").c("SpO2 98%").t(" | ").c("BMI 30.22 kg/m2").t("\nLab Results (last 90 days)\nHEMOGLOBIN A1C\tDate\tValue\tRef Range\n\t")
    b.p("DATE", f"{(d - timedelta(days=r.randint(2, 20))):%m/%d/%Y}").t("\t").c("7.1 (H)").t("\t").c("4.0 - 5.6 %").t("\n\t")
    b.p("DATE", f"{(d - timedelta(days=r.randint(100, 150))):%m/%d/%Y}").t("\t").c("8.4 (H)").t("\t").c("4.0 - 5.6 %").t("\n\n")
    b.t("ASSESSMENT & PLAN:\n1. Type 2 diabetes mellitus without complication, without long-term current use of insulin (HCC)\n  - increase ")
    b.c("semaglutide to 1 mg weekly").t("\n  - UACR, foot exam done: ").c("10/10").t(" monofilament\n2. Hyperlipidemia - ").c("LDL 71").t(", cont statin\n\n")
    b.t("Return in about 3 months (around ").p("DATE", f"{(d + timedelta(days=91)):%m/%d/%Y}").t(").\n\n")
    b.t("I spent ").c("32 minutes").t(" on the day of the encounter. This note was created with Dragon dictation; errors may occur.\n\n")
    return ctx.doc(b, ["MD", "PA-C", "DO", "APRN"]).t("\n").p("DATE", f"{d:%m/%d/%Y}").t(f" {r.randint(1, 11)}:{r.randint(0, 59):02d} PM")


def _psych_intake(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    age = min(pt["_age"], 60) if pt["_age"] < 90 else pt["_age"]
    b = NoteBuilder().t("BEHAVIORAL HEALTH INTAKE ASSESSMENT\nClient: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    if r.random() < 0.5:
        b.t(' (prefers "').p("NAME", ctx.first()).t('")')
    b.t("   Client ID: ").p("ID", f"BH-{r.randint(10000, 99999)}").t("   Date: ").p("DATE", ctx.date(d)).t("\nClinician: ")
    ctx.doc(b, ["LCSW", "LPC", "PhD", "PMHNP-BC"]).t("\n\nReferral: self, after ED visit ").p("DATE", ctx.date(d - timedelta(days=r.randint(3, 20)))).t(".\n\n")
    b.t("Presenting problem: ")
    _age(b, age, "{} yo ", ctx).t(_sx(pt, "woman", "man")).t(" reporting low mood, poor sleep (").c("4-5 hrs/night").t(") and passive SI since breakup with ")
    b.t(r.choice(["partner ", "girlfriend ", "boyfriend ", "ex-wife "])).p("NAME", ctx.first()).t(" in the spring. Denies plan/intent. ")
    b.c("PHQ-9 = 19").t(", ").c("GAD-7 = 14").t(", ").c("C-SSRS: screen positive (1, 2 yes; 3-6 no)").t(", ").c("AUDIT-C 6").t(".\n\n")
    b.t("Psychiatric hx: one prior hospitalization at Pine Rest in 2019. Trials: ").c("sertraline (Zoloft) 50-150 mg").t(" x ").c("8 months")
    b.t(" - partial response; ").c("bupropion XL 150 mg").t(" - jittery. Currently no meds.\n\nSocial history: Grew up in ").p("ADDRESS", r.choice(_US_CITIES))
    b.t(", raised by grandmother ").p("NAME", ctx.first("F")).t(" (").c("78").t(" now). Graduated from Central High; did ").c("2 years").t(" at community college. Works ")
    b.c("40 hrs/wk").t(" at ").t(r.choice(_EMPLOYERS)).t(", supervisor ").p("NAME", ctx.full()).t(" is \"understanding\". Lives with roommate ").p("NAME", ctx.first().lower() if r.random() < 0.4 else ctx.first())
    b.t(" and a dog named ").t(r.choice(_PETS)).t(". Has a ").c("6-year-old").t(" son, ").p("NAME", ctx.first("M")).t(", custody shared with ").p("NAME", ctx.full()).t(".\n")
    b.t("Substance use: EtOH ").c("4-6 drinks").t(" on weekends; cannabis vape ").c("daily").t("; denies other. Legal: DUI 2021, probation officer ")
    b.p("NAME", ctx.full()).t(" (").p("PHONE", ctx.phone()).t(").\nTrauma hx: reports childhood physical abuse by stepfather.\n\nMSE: casually dressed, good eye contact, ")
    b.t("speech normal rate, mood \"numb\", affect constricted, TP linear, no AH/VH, insight fair.\n\nDx: F33.1 MDD, recurrent, moderate; F10.10 AUD, mild\n")
    b.t("Plan: weekly CBT, psychiatry eval for ").c("fluoxetine 20 mg").t(", safety plan completed, 988 reviewed. Emergency contact: ")
    b.p("NAME", ctx.full()).t(" (").t(r.choice(["sister", "aunt", "best friend"])).t(") ").p("PHONE", ctx.phone()).t(".\nNext appt: ")
    return b.p("DATE", ctx.date(d + timedelta(days=7))).t(" at ").t(ctx.time())


def _labour(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    age = pt["_age"] % 22 + 18
    pt["gender"] = "female"
    lmp = d - timedelta(days=273)
    b = NoteBuilder().t("L&D ADMISSION / DELIVERY NOTE\n").p("NAME", f"{_f(pt)}, {_g(pt)}").t("  MRN ").p("ID", _mrn(pt)).t("  ")
    b.c(f"{age}").t(" yo ").c("G3P2002").t(" at ").c("39w2d").t(" by LMP ").p("DATE", ctx.date(lmp)).t(" c/w ").c("8 wk").t(" US, EDD ")
    b.p("DATE", ctx.date(d + timedelta(days=5))).t("\nPresented ").p("DATE", ctx.date(d)).t(" @ ").t(ctx.time()).t(" with ctx q").c("3-4 min").t(", SROM at ")
    b.t(ctx.time()).t(", clear fluid.\nPNL: ").c("O+").t(" / ").c("Ab neg").t(" / ").c("RI").t(" / ").c("HBsAg neg").t(" / ").c("HIV neg").t(" / ").c("GBS neg")
    b.t(" / ").c("1hr GTT 118").t("\nSVE on adm: ").c("4/80/-1").t(", vertex. EFW ").c("3400 g").t(". FHT ").c("cat I, 135 bpm, mod var, + accels").t(".\n")
    b.t("Labor course: ").c("Pitocin 2 mU/min, incr by 2 q30min").t(" to max ").c("12 mU/min").t(". Epidural ").c("@ 5 cm").t(". Complete ")
    b.t(ctx.time()).t(", pushed ").c("42 min").t(".\n\nDELIVERY: NSVD of viable ").t(r.choice(["male", "female"])).t(" infant on ").p("DATE", ctx.date(d + timedelta(days=1)))
    b.t(" at ").t(ctx.time()).t(". Apgars ").c("8/9").t(". Wt ").c("3,420 g (7 lb 9 oz)").t(". ").c("Nuchal cord x1").t(", reduced. Placenta delivered spont, ")
    b.c("3 vessel cord").t(". ").c("2nd degree laceration").t(" repaired with ").c("3-0 Vicryl").t(". QBL ").c("350 mL").t(". ").c("TXA 1 g").t(" not needed.\n")
    b.t("Present: FOB ").p("NAME", ctx.full(sex="M")).t(", doula ").p("NAME", ctx.first("F")).t(", RN ").p("NAME", ctx.first("F")).t(" ").p("NAME", ctx.last()[0] + ".")
    b.t("\nPeds: ").t("Dr. ").p("NAME", ctx.last()).t(" notified. Baby to be named ").p("NAME", ctx.first()).t(". Breastfeeding; Rh- no, rubella immune.\n")
    b.t("Postpartum: ").c("ibuprofen 600 mg q6h").t(" + ").c("acetaminophen 1 g q8h").t(", ").c("Tdap").t(" given ").p("DATE", ctx.date(d - timedelta(days=60))).t(".\n\n")
    b.t("Attending: ")
    ctx.doc(b, ["MD", "CNM", "DO"]).t("  Resident: ").p("NAME", ctx.full()).t(", MD PGY-2  pager ").p("PHONE", ctx.pager())
    return b


def _nicu(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    mom_f, mom_l = ctx.first("F"), _f(pt)
    sex = r.choice(["Boy", "Girl"])
    pt["name"] = [{"given": [f"Baby{sex}"], "family": mom_l}]
    pt["birthDate"] = d.isoformat()
    b = NoteBuilder().t("NICU ADMISSION NOTE\nName: ").t(r.choice([f"Baby {sex} ", f"{sex[0]}B ", f"Baby{sex} "])).p("NAME", mom_l)
    if r.random() < 0.4:
        b.t(" (Twin A)")
    b.t("   MRN ").p("ID", _mrn(pt)).t("\nDOB/TOB: ").p("DATE", ctx.date(d)).t(" / ").t(ctx.time()).t("   GA: ").c(f"{r.randint(27, 35)} 4/7 wks")
    b.t("   BW: ").c(f"{r.randint(900, 2400)} g").t("\nMother: ").p("NAME", f"{mom_f} {mom_l}").t(", ").c(f"{r.randint(18, 41)} yo").t(" ").c("G2P0111")
    b.t(", MRN ").p("ID", ctx.mrn()).t(". Blood type ").c("A neg").t(", RhoGAM given. GBS unk. ROM ").c("18 hrs").t(" PTD. Maternal ").c("Tmax 38.3")
    b.t(". ").c("Betamethasone x2").t(" complete (last ").p("DATE", ctx.date(d - timedelta(days=1))).t(" ").t(ctx.time()).t("), Mg for neuroprotection.\n")
    b.t("Father: ").p("NAME", ctx.full(sex="M")).t(", cell ").p("PHONE", ctx.phone()).t(". Parents ").t(r.choice(["married", "not married", "separated"])).t(".\n\n")
    b.t("Delivery: C/S for NRFHT. Infant apneic, PPV x ").c("30 sec").t(", then CPAP ").c("+6").t(", ").c("FiO2 30%").t(". Apgars ").c("3, 7, 8").t(" at ").c("1, 5, 10 min").t(".\n")
    b.t("Exam: ").c("Wt 1.62 kg (25%ile)").t(", ").c("L 41 cm").t(", ").c("HC 29.5 cm").t(". AF soft. ").c("T 36.4").t(" ").c("HR 152").t(" ").c("RR 64").t(" ").c("BP 48/27 (35)").t(".\n")
    b.t("Labs: ").c("CBC: WBC 9.8, Hct 52, Plt 210").t("; ").c("BCx").t(" pending; ").c("glucose 38 -> 62").t(" after ").c("D10W 2 mL/kg bolus").t(".\n")
    b.t("Plan: ").c("amp 100 mg/kg q8h").t(" + ").c("gent 5 mg/kg q36h").t(" x ").c("48 hr").t(" r/o; TFI ").c("80 mL/kg/day").t("; ").c("Curosurf 200 mg/kg")
    b.t(" if ").c("FiO2 > 40%").t("; caffeine citrate ").c("20 mg/kg load").t(". HUS DOL ").c("7").t(". CCHD and hearing screen before d/c. Newborn screen #")
    b.p("ID", f"{r.randint(10**7, 10**8 - 1)}").t(" at ").c("24 hr").t(".\nPediatrician after d/c: ")
    ctx.doc(b, ["MD", "DO", "CPNP"]).t(", ").p("PHONE", ctx.phone()).t("\nSocial: parents updated at bedside by ").p("NAME", ctx.full()).t(", NNP. Grandmother ")
    b.p("NAME", f"{ctx.first('F')} {ctx.last()}").t(" may visit per mom. Home: ")
    _addr(b, ctx, pt)
    return b.t("\n\n").p("NAME", ctx.full()).t(", MD, Neonatology  ").p("DATE", f"{d:%m/%d/%Y}").t(f" {r.randint(0, 23):02d}{r.randint(0, 59):02d}")


def _onc_summary(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    c1 = d - timedelta(days=r.randint(150, 250))
    b = NoteBuilder().t("TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN\n\nPatient name: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("\nDate of birth: ")
    b.p("DATE", ctx.date(_dob(pt))).t("    Age at diagnosis: ")
    _age(b, pt["_age"], "{}", ctx).t("\nOncologist: ")
    ctx.doc(b, ["MD"]).t("   Nurse navigator: ").p("NAME", ctx.full()).t(", RN ").p("PHONE", ctx.phone()).t("\nSupport contact: ").p("NAME", ctx.full())
    b.t(" (").t(r.choice(["spouse", "partner", "son", "daughter"])).t("), ").p("EMAIL", ctx.email(ctx.first(), ctx.last())).t("\n\nDIAGNOSIS\n")
    b.t("Adenocarcinoma of sigmoid colon, ").c("pT3 pN1a (1/18) M0").t(", ").c("stage IIIB").t(", ").c("MSS").t(", ").c("KRAS G12D").t(". Diagnosed ")
    b.p("DATE", ctx.date(c1 - timedelta(days=40))).t(". Sigmoid colectomy ").p("DATE", ctx.date(c1 - timedelta(days=28))).t(" (").t("Dr. ").p("NAME", ctx.last()).t(").\n\n")
    b.t("CLINICAL TRIAL: enrolled on protocol NRG-GI008 (CIRCULATE-US); subject ID ").p("ID", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}")
    b.t(", site ").c("#045").t(". Consent signed ").p("DATE", ctx.date(c1 - timedelta(days=7))).t(".\n\nCHEMOTHERAPY\nRegimen\tStart\tEnd\tCycles\n")
    b.c("mFOLFOX6").t("\t").p("DATE", f"{c1:%m/%d/%Y}").t("\t").p("DATE", f"{(c1 + timedelta(days=154)):%m/%d/%Y}").t("\t").c("12 of 12").t("\n")
    b.t("  ").c("oxaliplatin 85 mg/m2").t(", ").c("leucovorin 400 mg/m2").t(", ").c("5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h").t(" q2 weeks\n")
    b.t("Cycle 7 (C7D1 ").p("DATE", f"{(c1 + timedelta(days=84)).month}/{(c1 + timedelta(days=84)).day}").t(") oxaliplatin dose-reduced ").c("20%").t(" for ")
    b.c("grade 2 neuropathy").t("; C9 delayed ").c("1 week").t(" for ").c("ANC 900").t(".\nPort placed ").p("DATE", ctx.date(c1 - timedelta(days=5)))
    b.t(", device serial ").p("ID", f"SN{r.randint(10**6, 10**7 - 1)}").t(". Growth factor: ").c("pegfilgrastim (Neulasta Onpro) 6 mg").t(" C9-C12.\n\n")
    b.t("TOXICITIES ONGOING: neuropathy ").c("grade 1").t(", fatigue. ").c("ECOG 1").t(". ").c("CEA 2.1").t(" (from ").c("8.7").t(").\n\n")
    b.t("FOLLOW-UP: CEA ").c("q3-6 months").t(" x ").c("2 years").t("; CT CAP ").c("q6-12 months").t("; colonoscopy ").p("DATE", f"{(c1 + timedelta(days=330)):%b %Y}")
    b.t(". Genetic counselling with ").p("NAME", ctx.full()).t(", MS, CGC.\nA copy was sent to PCP ").t("Dr. ").p("NAME", ctx.full()).t(" by fax ")
    return b.p("PHONE", ctx.phone()).t(" on ").p("DATE", ctx.date(d)).t(".")


def _hospice(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("HOSPICE FACE-TO-FACE ENCOUNTER / RECERTIFICATION\nBenefit period 3, ").p("DATE", ctx.date(d - timedelta(days=40)))
    b.t(" - ").p("DATE", ctx.date(d + timedelta(days=19))).t("\nPatient: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("    MBI: ")
    mbi = f"{r.randint(1, 9)}{r.choice('EGHJK')}{r.choice('ACDEFG')}{r.randint(0, 9)}-{r.choice('TUVW')}{r.choice('EFGH')}{r.randint(0, 9)}-{r.choice('MNPQ')}{r.choice('KMRT')}{r.randint(10, 99)}"
    b.p("ID", mbi).t("\nLocation: home, ")
    _addr(b, ctx, pt).t("\nVisit: ").p("DATE", ctx.date(d)).t(" ").t(ctx.time(True)).t(" by ").p("NAME", ctx.full()).t(", NP\n\nTerminal dx: Alzheimer's dementia. ")
    _age(b, pt["_age"], r.choice(["{} yo ", "{}-year-old ", "Pt is {} years old, "]), ctx).t(r.choice(["widow", "widower", "retired farmer"]))
    b.t(". ").c("FAST 7c").t(" (was ").c("7a").t("), ").c("PPS 30%").t(" (was ").c("40%").t("). Wt ").c("48.1 kg").t(", down ").c("6.2%").t(" in ").c("60 days").t(". ")
    b.c("MAC 19.5 cm").t(". Bedbound, eats ").c("<25%").t(" of meals, speaks ").c("1-2 words").t(". Stage 3 sacral PI ").c("2 x 1.5 cm").t(".\n")
    b.t("Symptoms: dyspnea ").c("3/10").t(", pain (PAINAD ").c("4").t(") w/ turns.\nMeds: ").c("morphine concentrate 20 mg/mL, 5 mg (0.25 mL) SL q2h PRN")
    b.t(", ").c("lorazepam 0.5 mg SL q4h PRN").t(", ").c("Haldol 0.5 mg PO q6h PRN agitation").t(", ").c("glycopyrrolate 1 mg PO TID PRN").t(", ")
    b.c("senna-S 2 tabs qhs").t("\nCaregivers: ").t(r.choice(["daughter ", "son ", "stepdaughter "])).p("NAME", ctx.full()).t(" (HCPOA, ").p("PHONE", ctx.phone())
    b.t(") and private aide ").p("NAME", ctx.first().lower() if r.random() < 0.3 else ctx.first()).t(" ").c("8 hrs/day").t(". Husband/wife died ").c("2 yrs").t(" ago; pt's sister, ")
    sa = r.randint(90, 101)
    b.p("AGE", str(sa) if r.random() < 0.6 else _ninety(sa)).t(", lives in ").p("ADDRESS", r.choice(_US_CITIES)).t(" and calls weekly.\n")
    b.t("Chaplain ").p("NAME", ctx.full()).t(" visited ").p("DATE", ctx.date(d - timedelta(days=3))).t("; SW ").p("NAME", ctx.first()).t(" arranging respite. POLST: DNR, comfort measures.\n")
    b.t("Funeral home: ").p("NAME", ctx.last()).t(" Funeral Chapel, ").p("PHONE", ctx.phone()).t(". Family page: ").p("URL", ctx.url()).t("\n\n")
    b.t("I attest that I had a face-to-face encounter with this patient on ").p("DATE", ctx.date(d)).t(" and the findings support a life expectancy of ")
    b.c("6 months").t(" or less.\n").p("NAME", ctx.full()).t(", MD, Hospice Medical Director  NPI ").p("ID", f"1{r.randint(10**8, 10**9 - 1)}")
    return b


def _ur_case_mgmt(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("CASE MANAGEMENT / UTILIZATION REVIEW\nPt: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("  DOB ").p("DATE", ctx.date(_dob(pt)))
    b.t("  Adm ").p("DATE", ctx.date(d - timedelta(days=4))).t("  LOS ").c("4").t("  GMLOS ").c("3.8").t("\nPayer: Humana Gold Plus HMO   Member ID: ")
    b.p("ID", f"H{r.randint(10**7, 10**8 - 1)}").t("   Group #: ").p("ID", f"{r.randint(10**5, 10**6 - 1)}").t("   Policy holder: ").p("NAME", ctx.full()).t("  SSN ").p("SSN", ctx.fk["en_US"].ssn())
    b.t("\nInterQual: Acute Adult, Heart Failure, Day 3 - criteria met (").c("IV diuretic q12h").t(", ").c("O2 >= 2 L").t(").\n\nCALL LOG\n")
    for _ in range(r.randint(2, 3)):
        b.p("DATE", ctx.date(d - timedelta(days=r.randint(0, 3)))).t(" ").t(ctx.time(True)).t(" - called ").t(r.choice(["Humana UM", "payer", "SNF liaison"]))
        b.t(" at ").p("PHONE", ctx.phone(r.choice(["tf", "us"]))).t(", spoke w/ ").p("NAME", ctx.first()).t(r.choice([" (rep)", "", " RN reviewer"])).t(", ref # ")
        b.p("ID", f"{r.choice(['', 'REF', 'C'])}{r.randint(10**8, 10**9 - 1)}").t(". ").t(r.choice(["Clinicals faxed to ", "Auth pending, fax ", "Peer-to-peer offered; fax "]))
        b.p("PHONE", ctx.phone()).t(".\n")
    b.t("Auth # ").p("ID", f"A{r.randint(10**9, 10**10 - 1)}").t(" approved ").c("3 days").t(", next review ").p("DATE", ctx.date(d + timedelta(days=1))).t(".\n\n")
    b.t("DISCHARGE PLANNING: Pt lives with ").t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" (").c("84").t(", limited mobility). PT recs SNF; ")
    b.c("AM-PAC 14").t(". Choice list given; family prefers Cedar Ridge Rehab (").p("PHONE", ctx.phone()).t(") then Brookdale ").p("ADDRESS", r.choice(_US_CITIES))
    b.t(". Referral sent in CarePort ").p("DATE", f"{d.month}/{d.day}").t(" ").t(ctx.time()).t(". IMM given/signed ").p("DATE", f"{d.month}/{d.day}").t(". MOON n/a.\n")
    b.t("DME: has walker; needs ").c("O2 2 L continuous").t(" - Apria order # ").p("ID", f"{r.randint(10**6, 10**7 - 1)}").t(".\n\n").p("NAME", ctx.full())
    return b.t(r.choice([", RN, CCM", ", LMSW", " RN CM"])).t("  x").c(str(r.randint(4000, 4999))).t("  ").p("EMAIL", ctx.email(ctx.first(), ctx.last(), "ahn.org"))


def _pharmacy_call(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("MAIL-ORDER PHARMACY - INBOUND CALL RECORD\nTicket: ").p("ID", f"INC{r.randint(10**7, 10**8 - 1)}").t("   Opened: ")
    b.p("DATE", f"{d:%Y-%m-%d}").t(f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['CT', 'ET', 'UTC'])}")
    b.t("   Agent: ").p("NAME", ctx.first()).t(" ").p("NAME", ctx.last()[0]).t(" (ID ").p("ID", f"{r.randint(10000, 99999)}").t(")\nCaller: ")
    who = r.choice(["member", "spouse", "caregiver"])
    if who == "member":
        b.p("NAME", f"{_g(pt)} {_f(pt)}").t(" (member)")
    else:
        b.p("NAME", ctx.full()).t(f" ({who}, on HIPAA auth file)")
    b.t("  Callback: ").p("PHONE", ctx.phone()).t("\nMember: ").p("NAME", f"{_f(pt).upper()}, {_g(pt).upper()}").t("  DOB ").p("DATE", f"{_dob(pt):%m/%d/%Y}")
    b.t("  Member ID ").p("ID", f"{r.choice(['W', 'ZGP', 'XJ'])}{r.randint(10**8, 10**9 - 1)}").t("  RxBIN ").c("610014").t("  PCN ").c("MEDDPRIME").t("\nVerified: name, DOB, address on file (")
    _addr(b, ctx, pt).t(")\n\nReason: refill too soon / cost.\nRx # ").p("ID", f"{r.randint(10**6, 10**7 - 1)}-{r.randint(10, 99)}").t(" ")
    b.c("ELIQUIS 5 MG TABLET").t(" ").c("#180/90DS").t(" (NDC ").c("00003-0894-21").t("), last fill ").p("DATE", ctx.date(d - timedelta(days=r.randint(40, 80))))
    b.t(" - ").c("refill due in 12 days").t(". Copay ").c("$47.00").t(" (tier 3).\nRx # ").p("ID", f"{r.randint(10**6, 10**7 - 1)}").t(" ").c("JARDIANCE 10 MG TAB")
    b.t(" PA required - faxed prescriber ").t("Dr. ").p("NAME", ctx.last()).t(" (NPI ").p("ID", f"1{r.randint(10**8, 10**9 - 1)}").t(", DEA ")
    b.p("ID", f"{r.choice('ABFM')}{r.choice('ABCDEFGHJKLMRSTW')}{r.randint(10**6, 10**7 - 1)}").t(") at ").p("PHONE", ctx.phone()).t(".\n")
    b.t("Also asked about ").c("Tylenol 8HR 650 mg").t(" with ").c("warfarin").t(" - RPh ").p("NAME", ctx.full()).t(", PharmD consulted: max ").c("3 g/day").t(", OK.\n")
    b.t("Shipping to ").t(r.choice(["home address", "alternate address"])).t(" by ").p("DATE", ctx.date(d + timedelta(days=3))).t("; tracking emailed to ")
    b.p("EMAIL", pt["telecom"][1]["value"]).t(".\nCall duration ").c("00:14:32").t(". Disposition: resolved. Survey: ").c("9/10").t(".")
    return b


def _ems(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    us = ctx.fk["en_US"]
    t0h, t0m = r.randint(0, 21), r.randint(0, 40)

    def tt(k: int) -> str:
        m = t0m + k
        return f"{t0h + m // 60:02d}:{m % 60:02d}"

    b = NoteBuilder().t("PATIENT CARE REPORT (ePCR)\nIncident #: ").p("ID", f"{d:%y}-{r.randint(100000, 999999)}").t("  Unit: Medic ").c(str(r.randint(1, 40)))
    b.t("  Date: ").p("DATE", ctx.date(d)).t("\nTIMES  PSAP ").c(tt(0)).t("  Disp ").c(tt(1)).t("  Enrt ").c(tt(2)).t("  OnScn ").c(tt(9)).t("  PtCnt ").c(tt(11))
    b.t("  Dept ").c(tt(27)).t("  AtDst ").c(tt(41)).t("\nScene: ").p("ADDRESS", us.street_address()).t(" (x-st ").p("ADDRESS", us.street_name())
    b.t("), ").p("ADDRESS", r.choice(_US_CITIES)).t(" ").p("ZIP", us.zipcode()).t("  Loc type: private residence\n")
    b.t("Pt: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("  DOB ").p("DATE", f"{_dob(pt):%m/%d/%Y}").t("  Age ")
    _age(b, pt["_age"], "{} Y", ctx).t("  Wt est ").c("80 kg").t("\nCC: chest pain\nNARRATIVE: M12 dispatched P1 for ").c(f"{pt['_age'] if pt['_age'] < 90 else 'elderly'}")
    b.t(" yo w/ CP. Found pt sitting in recliner, ").c("A&Ox4").t(", diaphoretic, c/o substernal pressure ").c("8/10").t(" x ").c("45 min").t(". Wife ")
    b.p("NAME", ctx.first("F")).t(" on scene states pt took ").c("1 NTG").t(" from old Rx. ").c("12-lead").t(": ").c("STEMI II, III, aVF").t(", transmitted to ")
    b.t("Mercy STEMI line ").p("PHONE", ctx.phone()).t(" @ ").c(tt(14)).t(". ").c("ASA 324 mg PO").t(", ").c("NTG 0.4 mg SL x2").t(", ").c("18g L AC").t(", ")
    b.c("fentanyl 50 mcg IVP").t(". Moved to cot via stair chair.\nVITALS\nTime  BP      HR  RR  SpO2  GCS  Pain\n")
    for k, bp in ((12, "92/58"), (18, "104/66"), (30, "110/70")):
        b.c(tt(k)).t(" ").c(bp).t("  ").c(str(r.randint(50, 70))).t("  ").c(str(r.randint(16, 22))).t("  ").c(f"{r.randint(93, 99)}%").t("   ").c("15").t("   ").c(str(r.randint(3, 8))).t("\n")
    b.t("Transfer of care to ").p("NAME", ctx.full()).t(", RN at ").c(tt(42)).t(". Cath lab activated by ").t("Dr. ").p("NAME", ctx.last()).t(".\n")
    b.t("Crew: ").p("NAME", ctx.full()).t(" Paramedic #").p("ID", f"P{r.randint(10000, 99999)}").t("; ").p("NAME", ctx.full()).t(" EMT-B #").p("ID", f"{r.randint(100000, 999999)}")
    b.t("\nPt signature obtained; billing info: ").t(r.choice(["Medicare ", "Medicaid "])).p("ID", f"{r.randint(1, 9)}{r.choice('ACEG')}{r.choice('KMNP')}{r.randint(1, 9)}{r.choice('TUVW')}{r.choice('DEFH')}{r.randint(1, 9)}{r.choice('MNQR')}{r.choice('KRTY')}{r.randint(10, 99)}")
    return b


def _home_wound(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    b = NoteBuilder().t("HOME HEALTH SKILLED NURSING VISIT\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("    Episode: ").p("DATE", ctx.date(d - timedelta(days=20)))
    b.t(" to ").p("DATE", ctx.date(d + timedelta(days=40))).t("\nVisit date: ").p("DATE", ctx.date(d)).t("   Time in: ").t(ctx.time()).t("  Time out: ").t(ctx.time())
    b.t("   Visit ").c(f"{r.randint(3, 9)} of 12").t("\nAddress: ")
    _addr(b, ctx, pt, r.choice([", ", "\n         "])).t("\nDirections: blue trailer behind ").p("ADDRESS", f"{r.randint(100, 9999)} {ctx.fk['en_US'].street_name()}")
    b.t(", beware of dog.\n\nVS: ").c("T 97.9").t(" ").c("P 88").t(" ").c("R 18").t(" ").c("BP 138/76").t(" ").c("O2 95% RA").t(". ").c("FSBS 214").t(". Pain ").c("5/10")
    b.t(" at wound.\nWOUND #1: R lateral malleolus, venous ulcer. ").c("L 3.2 x W 2.1 x D 0.4 cm").t(", no tunneling, ").c("80% granulation / 20% slough")
    b.t(", ").c("moderate serous exudate").t(", periwound macerated. (Prev ").p("DATE", ctx.date(d - timedelta(days=7))).t(": ").c("3.6 x 2.4 x 0.5 cm").t(".)\n")
    b.t("Tx: cleansed NS, ").c("Aquacel Ag").t(", ABD, ").c("2-layer compression").t(". Change ").c("3x/wk").t(" and PRN.\nBraden ").c("15").t(", ")
    b.c("MAHC-10 score 6").t(". Meds reconciled: ").c("Keflex 500 mg QID x 10 days").t(" started ").p("DATE", ctx.date(d - timedelta(days=2))).t(" by wound clinic.\n")
    b.t("Caregiver ").p("NAME", ctx.full()).t(" taught dressing change, return demo ").c("good").t(". Pt's granddaughter ").p("NAME", ctx.first("F").lower() if r.random() < 0.4 else ctx.first("F"))
    b.t(" visits weekends.\nCalled ").t("Dr. ").p("NAME", ctx.last()).t("'s office ").p("PHONE", ctx.phone()).t(", spoke w/ MA ").p("NAME", ctx.first()).t(", re: glucose.\n")
    b.t("Next SN visit ").p("DATE", ctx.date(d + timedelta(days=2))).t(". Mileage ").c("23 mi").t(".\n").p("NAME", ctx.full()).t(", RN, CWOCN   ").p("DATE", f"{d:%m/%d/%y}")
    return b


def _occ_health(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    age = pt["_age"] % 45 + 19
    doi = d - timedelta(days=r.randint(1, 20))
    b = NoteBuilder().t("OCCUPATIONAL HEALTH - WORK STATUS REPORT\nEmployee: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("   Emp #: ").p("ID", f"{r.randint(100000, 999999)}")
    b.t("   SSN ").p("SSN", ctx.fk["en_US"].ssn() if r.random() < 0.6 else ctx.fk["en_US"].ssn().replace("-", " "))
    b.t("   Age ").c(str(age)).t("\nEmployer: ").t(r.choice(_EMPLOYERS)).t(", distribution centre   Job: order picker\nDOI: ").p("DATE", ctx.date(doi))
    b.t("   Claim #: ").p("ID", f"WC-{doi:%y}-{r.randint(10**5, 10**6 - 1)}").t("   Carrier: Sedgwick\nAdjuster: ").p("NAME", ctx.full()).t("  ")
    b.p("PHONE", ctx.phone()).t("  ").p("EMAIL", ctx.email(ctx.first(), ctx.last(), "sedgwick.com")).t("\n\nMechanism: lifting ").c("50 lb").t(" tote at ")
    b.t(ctx.time()).t(", felt pop in low back. Reported to supervisor ").p("NAME", ctx.first()).t(" same shift.\nExam: ").c("lumbar flexion 40 deg").t(", ")
    b.c("SLR neg bilat").t(", ").c("5/5").t(" strength, ").c("DTR 2+").t(". ").c("Oswestry 38%").t(".\nDx: lumbar strain S39.012A\nTx: ").c("naproxen 500 mg BID")
    b.t(" x ").c("10 days").t(", ").c("cyclobenzaprine 5 mg qhs").t(", PT ").c("2x/wk x 3 wks").t(".\nWORK STATUS: modified duty ").p("DATE", ctx.date(d)).t(" through ")
    b.p("DATE", ctx.date(d + timedelta(days=14))).t(": no lifting > ").c("15 lb").t(", no bending > ").c("20x/hr").t(", sit/stand as needed, ").c("8 hr shifts").t(" max.\n")
    b.t("Also: annual respirator fit test passed (").c("3M 1860 size M").t(", fit factor ").c("200+").t("). Audiogram: ").c("STS L ear 4 kHz 15 dB").t(". ")
    b.c("QFT negative").t(".\nRecheck ").p("DATE", ctx.date(d + timedelta(days=10))).t(". ")
    return ctx.doc(b, ["MD, MPH", "DO", "PA-C"]).t("  Lic. ").p("ID", f"{r.choice(['MD', 'PA', 'DO'])}{r.randint(10000, 99999)}")


def _telehealth(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    dr_f, dr_l = ctx.first(), ctx.last()
    b = NoteBuilder().t("TELEHEALTH VISIT - VIDEO\nDate: ").p("DATE", ctx.date(d)).t("  Start ").t(ctx.time(True)).t("  Platform link: ").p("URL", ctx.url())
    b.t("\nPatient location (verified): ")
    _addr(b, ctx, pt).t("  Provider location: clinic\nPatient IP logged: ").p("IP", ctx.fk["en_US"].ipv4_public() if r.random() < 0.7 else ctx.fk["en_US"].ipv6())
    b.t("\nConsent: verbal consent obtained. Backup number if disconnected: ").p("PHONE", ctx.phone()).t("\n\nTRANSCRIPT EXCERPT (auto-generated)\n")
    b.t("[00:00:04] Dr. ").p("NAME", dr_l).t(": Hi, can you hear me okay? Is this ").p("NAME", _g(pt)).t("?\n[00:00:09] Patient: Yes, hi doctor. My ")
    b.t(_sx(pt, "husband ", "wife ")).p("NAME", ctx.first(_sx(pt, "M", "F"))).t(" is here too.\n[00:01:12] Patient: The rash started like ").c("two weeks")
    b.t(" ago, after I started the ").c("Bactrim").t(". I took it ").c("twice a day").t(".\n[00:02:30] Dr. ").p("NAME", dr_l).t(": Any fever? Mouth sores?\n")
    b.t("[00:02:41] Patient: No. I was at my sister ").p("NAME", ctx.first("F")).t("'s place in ").p("ADDRESS", r.choice(_US_CITIES)).t(" for the weekend.\n")
    b.t("[00:05:55] Dr. ").p("NAME", dr_l).t(": OK, stop the Bactrim, take ").c("cetirizine 10 mg").t(" once daily, and ").c("hydrocortisone 2.5% cream BID").t(".\n\n")
    b.t("ASSESSMENT: morbilliform drug eruption, no mucosal involvement (photos uploaded, ").c("3 images").t("). Allergy list updated: ").c("sulfamethoxazole-trimethoprim")
    b.t(".\nFollow-up: ").p("DATE", ctx.date(d + timedelta(days=r.randint(5, 14)))).t(" or sooner via MyChart. Total time ").c("18 min").t(" (").c("99213-95").t(").\n")
    return b.p("NAME", f"{dr_f} {dr_l}").t(", MD   ").p("EMAIL", ctx.email(dr_f, dr_l, "hfhs.org"))


def _portal(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    nurse_f, nurse_l = ctx.first("F"), ctx.last()
    b = NoteBuilder().t("Patient Message Thread - Subject: RE: RE: med question\n\n-----\nFrom: ").p("NAME", f"{_g(pt)} {_f(pt)}").t(" <")
    b.p("EMAIL", pt["telecom"][1]["value"]).t(">\nSent: ").p("DATE", f"{d:%A}, {d:%B} {d.day}, {d:%Y}").t(" ").t(ctx.time())
    b.t("\nTo: P-Internal Medicine Pool\n\nhi ").p("NAME", nurse_f.lower() if r.random() < 0.3 else nurse_f).t(", thanks for calling back. i picked up the ")
    b.c("lisinopril 10mg").t(" but my bp is still like ").c("150/95").t(" in the mornings. also my knee is swelling again since ")
    b.t(r.choice(["last Tuesday", "the weekend", "yesterday"])).t(". should i take ").c("2 aleve").t("? my daughter ").p("NAME", ctx.first("F")).t(" says no lol.\n")
    b.t("call me at ").p("PHONE", ctx.phone()).t(" after 3. - ").p("NAME", _g(pt).lower() if r.random() < 0.4 else _g(pt)).t("\n\n-----\nFrom: ")
    b.p("NAME", f"{nurse_f} {nurse_l}").t(", RN\nSent: ").p("DATE", ctx.date(d - timedelta(days=1))).t(" ").t(ctx.time(True)).t("\n\nHi ")
    b.p("NAME", _g(pt)).t(",\nPer ").t("Dr. ").p("NAME", ctx.last()).t(", please avoid Aleve (naproxen) with your kidney function. You can take ").c("Tylenol 500 mg, 2 tabs q6h")
    b.t(" (max ").c("3,000 mg/day").t("). Please keep a BP log ").c("2x daily").t(" x ").c("1 week").t(" and upload it. Appointment on ")
    b.p("DATE", ctx.date(d + timedelta(days=r.randint(3, 15)))).t(" with ").p("NAME", ctx.full()).t(", NP.\n\n").p("NAME", f"{nurse_f} {nurse_l[0]}.").t(", RN\n")
    b.t("Internal Medicine | ph ").p("PHONE", ctx.phone()).t(" | fax ").p("PHONE", ctx.phone()).t("\n\n-----\nFrom: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t("\nSent: ").p("DATE", f"{(d - timedelta(days=2)):%m/%d/%Y}").t(" ").t(ctx.time()).t("\n\nis it ok to take ").c("ibuprofen").t(" w my bp med? "
    ).t("my old dr at the VA (dr ").p("NAME", ctx.last().lower()).t(") said it was fine. - sent from my iPhone")
    return b


def _uk_ae(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    town, pc = r.choice(_UK_TOWNS)
    gb = ctx.fk["en_GB"]
    line = gb.street_address().replace("\n", ", ")
    pt["address"] = [{"line": [line], "city": town, "postalCode": pc}]
    nhs = f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    b = NoteBuilder().t("EMERGENCY DEPARTMENT RECORD\nNHS No: ").p("ID", nhs if r.random() < 0.7 else nhs.replace(" ", "")).t("   Hosp No: ")
    b.p("ID", f"{r.choice('RKMJ')}{r.randint(100000, 999999)}").t("   Attendance: ").p("ID", f"ED{d:%y}/{r.randint(10000, 99999)}").t("\nSurname: ")
    b.p("NAME", _f(pt).upper()).t("  Forename(s): ").p("NAME", _g(pt)).t("  DOB: ").p("DATE", ctx.date(_dob(pt), "uk")).t("  Age: ")
    _age(b, pt["_age"], r.choice(["{}y", "{} yrs", "{}"]), ctx).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t("\nTel: ").p("PHONE", ctx.phone("uk")).t("  NOK: ").p("NAME", ctx.full("en_GB")).t(" (").t(r.choice(["wife", "partner", "son", "carer"])).t(") ").p("PHONE", ctx.phone("uk"))
    b.t("\nGP: ").t("Dr ").p("NAME", ctx.full("en_GB")).t(", The Limes Surgery\nArrived: ").p("DATE", ctx.date(d, "uk")).t(" ").t(ctx.time()).t(" by ambulance   Triage: ")
    b.c("ORANGE (MTS 2)").t("  ").c("NEWS2 5").t("\nPC: fall at home, ?#NOF. Found by carer ").p("NAME", ctx.first(loc="en_GB")).t(" at ").c("07:30").t(", long lie ~").c("6h").t(".\n")
    b.t("Obs: ").c("RR 20").t(" ").c("SpO2 94% air").t(" ").c("BP 108/62").t(" ").c("HR 96 irreg").t(" ").c("T 35.8").t(" ").c("GCS 14 (E4 V4 M6)").t(" ").c("CBG 7.2").t(". ").c("4AT 5")
    b.t(".\nO/E: L leg shortened + ext rotated. X-ray: L intracapsular #NOF (Garden IV).\nRx: ").c("fascia iliaca block 30 mL 0.25% levobupivacaine")
    b.t(", ").c("paracetamol 1 g IV").t(", ").c("Oramorph 2.5 mg PRN").t(". ").c("CK 1,240").t(", ").c("eGFR 41").t(". Referred ortho SHO ").t("Dr ").p("NAME", ctx.last("en_GB"))
    b.t(" (bleep ").p("PHONE", f"{r.randint(1000, 9999)}").t(") at ").t(ctx.time()).t(".\nSeen by: ").p("NAME", ctx.full("en_GB")).t(" ST4   GMC ").p("ID", str(r.randint(6000000, 7999999)))
    b.t("\n\n--- GP LETTER ---\nDear Dr ").p("NAME", ctx.last("en_GB")).t(",\nRe: ").p("NAME", f"{_g(pt)} {_f(pt)}").t(", DOB ").p("DATE", ctx.date(_dob(pt), "uk"))
    b.t(", NHS ").p("ID", nhs).t("\nYour patient attended on ").p("DATE", ctx.date(d, "uk")).t(" and was admitted under orthopaedics for hemiarthroplasty. Please review ")
    b.c("alendronic acid 70 mg weekly").t(" and stop ").c("Adcal-D3").t(" until calcium known.\nYours sincerely,\n\n").p("NAME", ctx.full("en_GB")).t(" MBChB MRCEM\n")
    b.t("Dictated but not verified ").p("DATE", ctx.date(d + timedelta(days=1), "uk")).t("  cc: Patient; ").p("NAME", ctx.full("en_GB")).t(", Fracture Liaison Nurse")
    return b


def _scot_gp(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    town, pc = r.choice(_SCOT_TOWNS)
    dob = _dob(pt)
    chi = f"{dob:%d%m%y}{r.randint(1000, 9999)}"
    b = NoteBuilder().t("NHS Tayside / SCI Gateway Referral\nPriority: Urgent suspicion of cancer   Sent: ").p("DATE", ctx.date(d, "uk")).t(" ").t(ctx.time())
    b.t("\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("   CHI: ").p("ID", chi if r.random() < 0.6 else f"{chi[:6]} {chi[6:]}").t("   DOB ").p("DATE", f"{dob:%d.%m.%Y}")
    b.t("\n").p("ADDRESS", f"{r.randint(1, 200)} {r.choice(['Pitkerro Rd', 'Clepington Rd', 'Union Grove', 'Craigie Ave', 'Hilltown'])}").t(", ")
    b.p("ADDRESS", f"Flat {r.randint(1, 4)}/{r.randint(1, 3)}").t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("   Mob ").p("PHONE", ctx.phone("scot"))
    b.t("\nReferrer: ").t("Dr ").p("NAME", ctx.full("en_GB")).t(", Lochee Health Centre, practice code ").c("20345").t("\n\nDear Colleague,\n")
    b.t("I would be grateful if you could see this ")
    _age(b, pt["_age"], r.choice(["{} year old ", "{}yo ", "{}-year-old "]), ctx).t(_sx(pt, "lady", "gentleman")).t(" with ").c("6/52").t(" of painless jaundice and ")
    b.c("4 kg").t(" weight loss. ").c("Bili 86").t(", ").c("ALP 412").t(", ").c("ALT 160").t(", ").c("CA19-9 310").t(". ").c("HbA1c 58 mmol/mol").t(" (new). US ")
    b.p("DATE", ctx.date(d - timedelta(days=3), "uk")).t(": dilated CBD ").c("11 mm").t(".\nPMH: COPD, T2DM. Meds: ").c("Trimbow 2 puffs bd").t(", ").c("metformin 500mg bd")
    b.t(". Lives with daughter ").p("NAME", ctx.first("F", "en_GB")).t(" who will accompany; ").c("WHO PS 1").t(".\n")
    b.t("Previously seen by Mr ").p("NAME", ctx.last("en_GB")).t(", consultant surgeon, Ninewells, on ").p("DATE", ctx.date(d - timedelta(days=400), "uk")).t(".\n\nYours faithfully\n")
    return b.t("Dr ").p("NAME", ctx.full("en_GB")).t(", GP Partner  (GMC ").p("ID", str(r.randint(6000000, 7999999))).t(")")


def _za_clinic(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    sub, city, pc = r.choice(_ZA_PLACES)
    dob = _dob(pt)
    said = f"{dob:%y%m%d}{r.randint(0, 9999):04d}{r.randint(0, 1)}8{r.randint(0, 9)}"
    b = NoteBuilder().t("COMMUNITY HEALTH CENTRE - ART CLINIC\nFolder no: ").p("ID", f"{r.randint(10000, 99999)}/{d:%y}").t("   Date: ").p("DATE", ctx.date(d, "uk"))
    b.t("\nName: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("   ID no: ").p("ID", said).t("\nMedical aid: Discovery KeyCare, member no. ").p("ID", str(r.randint(10**8, 10**9 - 1)))
    b.t(", dependant code ").c("01").t("\nAddress: ").p("ADDRESS", f"{r.randint(1, 9999)} {r.choice(['Vilakazi St', 'Ngqika Crescent', 'Mahlangu Rd', 'Beach Rd', 'Main Rd'])}")
    b.t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t("\nCell: ").p("PHONE", ctx.phone("za")).t("   Treatment supporter: ").p("NAME", ctx.full("zu_ZA"))
    b.t(" ").p("PHONE", ctx.phone("za")).t("\n\nS: ")
    _age(b, pt["_age"], "{}y ", ctx).t(_sx(pt, "F", "M")).t(", on ").c("TLD (tenofovir/lamivudine/dolutegravir 300/300/50 mg) 1 tab nocte").t(" since ")
    b.p("DATE", f"{(d - timedelta(days=r.randint(300, 900))):%b %Y}").t(". Missed ").c("2 doses").t(" this month. Cough ").c("3/52").t(", night sweats.\n")
    b.t("O: ").c("Wt 58 kg").t(" (prev ").c("61 kg").t("). ").c("BP 126/80").t(". ").c("T 37.6").t(". TB screen positive.\nResults: ").c("VL 1,250 copies/mL")
    b.t(" (").p("DATE", ctx.date(d - timedelta(days=30), "uk")).t("), ").c("CD4 212").t(", ").c("CrCl 74").t(". GeneXpert sent, lab no ").p("ID", f"{r.choice('ABJK')}{r.choice('ABCX')}{r.randint(10**6, 10**7 - 1)}")
    b.t(".\nA/P: presumptive TB; enhanced adherence counselling session 1 with ").p("NAME", ctx.first(loc="zu_ZA")).t(" (lay counsellor). Repeat VL in ").c("3 months").t(". ")
    b.c("CTX 960 mg daily").t(". Review ").p("DATE", ctx.date(d + timedelta(days=7), "uk")).t(".\nSr ").p("NAME", ctx.full("zu_ZA")).t(", PNIP   SANC ").p("ID", f"{r.randint(10**7, 10**8 - 1)}")
    return b


def _sg_poly(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    kind = r.choice(["zh", "ms", "ta"])
    if kind == "zh":
        name = f"{ctx.fk['zh_CN'].last_romanized_name()} {ctx.fk['zh_CN'].first_romanized_name()}"
    elif kind == "ms":
        name = f"{ctx.first(loc='id_ID')} {_sx(pt, 'binte', 'bin')} {ctx.first('M', 'id_ID')}"
    else:
        name = f"{ctx.first(loc='en_PK')} {_sx(pt, 'd/o', 's/o')} {ctx.first('M', 'en_PK')}"
    pt["name"] = [{"given": [name.split()[0]], "family": name.split()[-1]}]
    nric = f"{r.choice('STFG')}{r.randint(10**6, 10**7 - 1)}{r.choice('ABCDEFGHIJZ')}"
    b = NoteBuilder().t("POLYCLINIC CONSULTATION\nName: ").p("NAME", name.upper() if r.random() < 0.5 else name).t("   NRIC: ").p("ID", nric).t("   Visit: ")
    b.p("DATE", ctx.date(d, "uk")).t("\nAddress: ").p("ADDRESS", f"Blk {r.randint(100, 999)}{r.choice(['', 'A', 'B'])} {r.choice(_SG_STREETS)}").t(" ")
    b.p("ADDRESS", f"#{r.randint(2, 16):02d}-{r.randint(10, 1999)}").t(", Singapore ").p("ZIP", f"{r.randint(100000, 829999)}").t("\nHP: ").p("PHONE", ctx.phone("sg"))
    b.t("   NOK: ").p("NAME", f"{ctx.fk['zh_CN'].last_romanized_name()} {ctx.fk['zh_CN'].first_romanized_name()}").t(" (son) ").p("PHONE", ctx.phone("sg"))
    b.t("\nCHAS: Blue   Language: ").t(r.choice(["Mandarin", "Hokkien", "Malay", "Tamil"])).t(", translated by daughter-in-law ").p("NAME", ctx.first("F")).t("\n\nHx: ")
    _age(b, pt["_age"], "{} yo ", ctx).t("for CDM review. HbA1c ").c("8.2%").t(" (").p("DATE", ctx.date(d - timedelta(days=90), "uk")).t("), ").c("LDL-C 2.9 mmol/L")
    b.t(", ").c("uACR 45 mg/mmol").t(". BP home ").c("140s/80s").t(". Meds: ").c("Metformin 850mg BD").t(", ").c("Gliclazide 80mg OM").t(", ").c("Losartan 50mg OM").t(".\n")
    b.t("Plan: add ").c("Empagliflozin 10mg OM").t(", DRP done (").c("mild NPDR").t("), DFS ").c("low risk").t(". TCU ").c("3/12").t(" with ").t("Dr ").p("NAME", ctx.full("zh_CN"))
    b.t(". MCR ").p("ID", f"M{r.randint(10000, 99999)}{r.choice('ABCDHJ')}").t(".\nFor HealthHub appt changes: ").p("URL", f"https://www.healthhub.sg/appt/{r.randint(10**7, 10**8 - 1)}")
    return b


def _es_interp(ctx: _Ctx, pt: dict[str, Any]) -> NoteBuilder:
    r = ctx.r
    d = ctx.day()
    city, st, cp = r.choice(_MX_CITIES)
    b = NoteBuilder().t("Outpatient Clinic Note - interpreted visit\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("  MRN: ").p("ID", _mrn(pt))
    b.t("  Preferred language: Spanish\nDOS: ").p("DATE", ctx.date(d)).t("\nInterpreter: ").t(r.choice(["in-person, ", "video (VRI), ", "telephonic, "]))
    b.p("NAME", ctx.full("es_MX")).t(", CHI(TM), interpreter ID # ").p("ID", str(r.randint(10000, 999999))).t(". Family member ")
    b.p("NAME", ctx.first(loc="es_MX")).t(" offered to interpret; declined per policy.\n\nCC: \"me duele el estómago desde hace ").c("tres semanas").t("\"\nHPI: ")
    _age(b, pt["_age"], r.choice(["{} yo ", "{} años, "]), ctx).t(_sx(pt, "Mujer", "Hombre")).t(" from ").p("ADDRESS", city).t(", ").t(st).t(" (moved here ")
    b.t("2019). Epigastric pain ").c("7/10").t(" after meals, ").c("2-3 episodes").t(" of melena. Takes ").c("Aspirina 500 mg").t(" and a remedy from Mexico (\"")
    b.c("Dolo-Neurobión").t("\") ").c("2 veces al día").t(". Husband/wife ").p("NAME", ctx.full("es_MX")).t(" present.\nVitals: ").c("TA 118/72").t(", ").c("FC 92")
    b.t(", ").c("Hb 9.8 g/dL").t(" (").c("MCV 74").t(").\nPlan: ").c("omeprazol/omeprazole 40 mg BID").t(", stop NSAIDs, H. pylori stool Ag, EGD referral. Teach-back done in Spanish.\n")
    b.t("Mother (").p("NAME", ctx.first("F", "es_MX")).t(", ")
    ma = r.randint(90, 99)
    b.p("AGE", f"{ma} años" if r.random() < 0.5 else str(ma)).t(") lives in ").p("ADDRESS", f"Calle {ctx.fk['es_MX'].last_name()} {r.randint(1, 999)}").t(", Col. ")
    b.p("ADDRESS", ctx.fk["es_MX"].last_name()).t(", C.P. ").p("ZIP", cp).t(", ").p("ADDRESS", city).t("; patient calls her at ").p("PHONE", ctx.phone("mx")).t(".\n")
    b.t("Carta de consentimiento firmada el ").p("DATE", ctx.date(d, "es")).t(".\n")
    return ctx.doc(b, ["MD", "NP"], "es_MX").t("  Seen with interpreter; ").c("25 min").t(" face-to-face.")


TEMPLATES: list[tuple[Template, str | None]] = [
    (_hp, None), (_soap_pcp, None), (_psych_intake, None), (_labour, None), (_nicu, None), (_onc_summary, None),
    (_hospice, None), (_ur_case_mgmt, None), (_pharmacy_call, None), (_ems, None), (_home_wound, None),
    (_occ_health, None), (_telehealth, None), (_portal, None), (_uk_ae, "en_GB"), (_scot_gp, "en_GB"),
    (_za_clinic, "zu_ZA"), (_sg_poly, "zh_CN"), (_es_interp, "es_MX"),
]  # template, locale its patient's name mostly comes from (None: the overall mix)


def generate(n: int, seed: int = 101010) -> list[Note]:
    ctx = _Ctx(seed)
    notes = []
    for i in range(n):
        fn, loc = TEMPLATES[i % len(TEMPLATES)]
        pt = _patient(ctx, loc)
        b = fn(ctx, pt)
        notes.append(b.build({k: v for k, v in pt.items() if k != "_age"}))
    return notes
