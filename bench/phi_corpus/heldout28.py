"""HELD-OUT v28 PHI corpus: written independently, before any round-28 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the docstrings of heldout25 / heldout26 / heldout27 were read,
to follow their labelling conventions and to avoid their templates). Like v14-v27 it aims at
the MAINSTREAM of English-language hospital text with ordinary PHI density, with templates and
phrasing not used by v25 - v27, over the US, England, Wales, Scotland, Canada (Ontario,
Manitoba), Australia, New Zealand, Ireland, India and South Africa. Templates, cycled in order
(see ``TEMPLATES``): ED syncope notes (orthostatics, San Francisco syncope rule),
hyponatraemia hospitalist progress notes, AF-with-RVR cardiology consults (CHA2DS2-VASc),
upper-GI-bleed ICU transfer notes (Glasgow-Blatchford), acute-pancreatitis discharge summaries,
delirium night-shift nursing narratives (CAM-ICU, sitter), post-op wound telephone encounters,
insulin-pump portal messages (CGM serial, portal URL, IP), portable chest X-ray reports,
RUQ ultrasound reports, bone-marrow biopsy pathology reports, rejected-specimen lab comments,
health-care-proxy social-work notes (full SSN on a Medicaid form), post-stroke occupational-
therapy evaluations, vancomycin AUC pharmacy dosing notes, hospice admission notes of patients
in their nineties, utilisation-review notes (InterQual, authorisation numbers), obstetric
triage notes (reduced fetal movements), PACU discharge notes, ENT epistaxis consults and
interpreter-assisted discharge instructions (US); frailty SDEC notes, discharge letters to the
GP ("Dear Dr"), heart-failure nurse telephone clinics (patients >= 90), orthogeriatric hip
fracture reviews, bronchiolitis paediatric ward reviews and AMHP Mental Health Act
assessments (England); memory-service letters with Welsh addresses (Wales); NHS 24 call
records (CHI) (Scotland); CTAS ED notes (Manitoba PHIN) and home-dialysis clinic notes (OHIP)
(Canada); ACAT aged-care assessments (Medicare, residents >= 90) and snakebite ED discharge
letters (Australia); district-nurse leg-ulcer visits (NHI) (New Zealand); asthma outpatient
letters (Eircode, IHI, medical card) (Ireland); TB clinic notes (SA ID, folder number) (South
Africa); dengue ward discharge summaries (UHID, PIN code) (India); and patient-safety
incident reviews (Datix number, workstation IP) and research-pharmacy dispensing logs (subject
ID, portal URL) for mixed countries.
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ, en_IE and
en_IN plus curated Welsh, Afrikaans / Xhosa, Maori and Filipino names, in many forms
("First Last", "First M. Last", "LAST, First", "Last, First M.", "F. Last", surname alone
after a title, first name alone, lower-case typed names, nicknames in quotes, hyphenated
surnames, staff initials, possessives, relatives' names).

Conventions (same as heldout25): titles and credentials ("Dr", "Mrs", "Mr", ", RN", ", MD",
", PharmD", ", OTR/L", ", AMHP") are outside NAME spans; "LAST, First" is one NAME span; a
nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff
initials are NAME. A street line (with its apartment / flat / unit part) and a city / town /
suburb are ADDRESS; a state / province / county / country is not PHI; ZIP codes, postcodes,
Eircodes and PIN codes are ZIP. DATE: anything more specific than a year, in 20+ formats
("03/14/2024", "3/14/2024", "3/14/24", "14/03/2024", "14/3/24", "2024-03-14", "2024/03/14",
"14 Mar 2024", "14 March 2024", "March 14, 2024", "Mar 14, 2024", "March 14th, 2024",
"14th March 2024", "14.03.2024", "14-Mar-2024", "14-Mar-24", "14MAR2024", "20240314", "3/14",
"14/3", "Mar 14", "14 Mar", "March 14th", "14th of March", "March 2024", "14-03-2024", ISO
date-times); weekdays and "the" stay outside; a date followed by a separate time labels only
the date; an ISO date-time is one span. UK follow-up shorthand ("review 6/12", "TTO 7/7",
"2/52") is a duration, not a date (recorded as a clinical value). PHONE includes fax, pagers /
bleeps (number only) and extensions (inside the span when attached; a lone "ext 4471" labels
the digits); labels like "cell", "mob", "tel" are outside. SSN: full numbers and the digits of
a masked / "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / account / encounter numbers,
NHS / CHI / OHIP / PHIN / Medicare / NHI / IHI / PPSN / medical-card / SA ID / UHID numbers,
accession / specimen numbers, authorisation and incident numbers, subject IDs, device serials,
licence plates. AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug
and brand names, scores, times of day, durations, years alone, weekdays alone, relative dates,
bed / bay / room numbers, ward and unit names and facility / employer / insurer / pharmacy
names are unlabelled; clinical values and eponyms are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025). Run it only for final figures: its misses and lost clinical values are not to
be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_LOC = {
    "US": "en_US", "UK": "en_GB", "WA": "en_GB", "SC": "en_GB", "CA": "en_CA", "AU": "en_AU",
    "NZ": "en_NZ", "IE": "en_IE", "IN": "en_IN", "ZA": "en_GB",
}
_FAKERS: dict[str, Faker] = {}

_TOWNS = {
    "US": [("Dayton", "OH"), ("Fresno", "CA"), ("Worcester", "MA"), ("Tacoma", "WA"),
           ("Knoxville", "TN"), ("Lubbock", "TX"), ("Scranton", "PA"), ("Eugene", "OR"),
           ("Toledo", "OH"), ("Gainesville", "FL"), ("Peoria", "IL"), ("Chesapeake", "VA")],
    "UK": [("Wolverhampton", ""), ("Stockport", ""), ("Ipswich", ""), ("Gateshead", ""),
           ("Luton", ""), ("Bolton", ""), ("Exeter", ""), ("Derby", ""), ("Harrogate", "")],
    "WA": [("Llanelli", ""), ("Aberystwyth", ""), ("Bridgend", ""), ("Caerphilly", ""),
           ("Wrexham", ""), ("Pontypridd", "")],
    "SC": [("Paisley", ""), ("Kirkcaldy", ""), ("Dundee", ""), ("Inverness", ""),
           ("Motherwell", ""), ("Falkirk", "")],
    "CA": [("Brandon", "MB"), ("Winnipeg", "MB"), ("Steinbach", "MB"), ("Sudbury", "ON"),
           ("Kingston", "ON"), ("Oshawa", "ON"), ("Barrie", "ON")],
    "AU": [("Toowoomba", "QLD"), ("Bendigo", "VIC"), ("Parramatta", "NSW"), ("Cairns", "QLD"),
           ("Wagga Wagga", "NSW"), ("Ballarat", "VIC"), ("Mandurah", "WA")],
    "NZ": [("Palmerston North", ""), ("Whanganui", ""), ("Tauranga", ""), ("Invercargill", ""),
           ("Napier", ""), ("Porirua", "")],
    "IE": [("Tralee", "Co. Kerry"), ("Mullingar", "Co. Westmeath"), ("Navan", "Co. Meath"),
           ("Ennis", "Co. Clare"), ("Drogheda", "Co. Louth"), ("Castlebar", "Co. Mayo")],
    "IN": [("Mysuru", "Karnataka"), ("Kochi", "Kerala"), ("Nashik", "Maharashtra"),
           ("Coimbatore", "Tamil Nadu"), ("Indore", "Madhya Pradesh")],
    "ZA": [("Soweto", "Gauteng"), ("Mthatha", "Eastern Cape"), ("Paarl", "Western Cape"),
           ("Pietermaritzburg", "KwaZulu-Natal"), ("Polokwane", "Limpopo")],
}
_CURATED = {
    "WA": (["Rhodri", "Gwenllian", "Iestyn", "Ffion", "Dafydd", "Carys", "Emrys", "Nia"],
           ["Pritchard", "ap Rhys", "Llewellyn", "Vaughan", "Gruffydd", "Bevan", "Prosser"]),
    "ZA": (["Thandeka", "Sipho", "Anri", "Lwazi", "Nomvula", "Pieter", "Zanele", "Bongani"],
           ["Mahlangu", "van der Merwe", "Dlamini", "Botha", "Ngcobo", "Mokoena", "Jacobs"]),
    "NZ": (["Aroha", "Wiremu", "Mere", "Tamati", "Hemi", "Ngaio"],
           ["Te Whata", "Parata", "Ngata", "Tipene", "Rangi", "Walker"]),
    "PH": (["Maricel", "Jomar", "Rowena", "Danilo", "Liezl"],
           ["dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Santos"]),
}
_NICKS = ["Bud", "Peggy", "Sonny", "Dot", "Mick", "Bunny", "Chip", "Lou", "Betsy", "Kit", "Bert"]
_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def ds(d: date, style: str) -> str:
    m, mn = d.month, _MON[d.month - 1]
    forms = {
        "us": f"{m:02d}/{d.day:02d}/{d.year}", "us1": f"{m}/{d.day}/{d.year}",
        "us2": f"{m}/{d.day}/{d.year % 100:02d}", "uk": f"{d.day:02d}/{m:02d}/{d.year}",
        "uk1": f"{d.day}/{m}/{d.year % 100:02d}", "iso": d.isoformat(),
        "isosl": f"{d.year}/{m:02d}/{d.day:02d}", "dms": f"{d.day} {mn[:3]} {d.year}",
        "dml": f"{d.day} {mn} {d.year}", "mdl": f"{mn} {d.day}, {d.year}",
        "mds": f"{mn[:3]} {d.day}, {d.year}", "mdo": f"{mn} {_ord(d.day)}, {d.year}",
        "odm": f"{_ord(d.day)} {mn} {d.year}", "dot": f"{d.day:02d}.{m:02d}.{d.year}",
        "dash": f"{d.day:02d}-{mn[:3]}-{d.year}", "dash2": f"{d.day:02d}-{mn[:3]}-{d.year % 100:02d}",
        "cmp": f"{d.day:02d}{mn[:3].upper()}{d.year}", "num": f"{d.year}{m:02d}{d.day:02d}",
        "md": f"{m}/{d.day}", "dm": f"{d.day}/{m}", "mon_d": f"{mn[:3]} {d.day}",
        "d_mon": f"{d.day} {mn[:3]}", "mdo2": f"{mn} {_ord(d.day)}", "of": f"{_ord(d.day)} of {mn}",
        "my": f"{mn} {d.year}", "dmd": f"{d.day:02d}-{m:02d}-{d.year}",
    }
    return forms[style]


US_FULL = ["us", "us1", "us2", "iso", "mdl", "mds", "mdo", "dash", "cmp", "isosl"]
US_SHORT = ["md", "mon_d", "mdo2"]
UK_FULL = ["uk", "uk1", "dms", "dml", "odm", "dot", "dash", "dash2", "dmd", "iso"]
UK_SHORT = ["dm", "d_mon", "of"]


class Ctx:
    """One note under construction plus its patient."""

    def __init__(self, i: int, country: str, old: bool = False, age: tuple[int, int] = (19, 88)):
        self.i = i
        self.co = country
        self.r = random.Random(28_000_003 + i * 7_919)
        self.f = _faker(_LOC[country])
        self.f.seed_instance(2_800 + i)
        self.b = NoteBuilder()
        self.day = date(2023, 1, 9) + timedelta(days=self.r.randrange(880))
        self.age = self.r.randint(90, 102) if old else self.r.randint(*age)
        self.dob = self.day - timedelta(days=365 * self.age + self.r.randrange(1, 360))
        self.sex = self.r.choice("MF")
        self.first, self.last = self.person(self.sex)
        if self.r.random() < 0.1:
            self.last = f"{self.last}-{self.f.last_name()}"
        self.mid = self.r.choice("ABCDEGHJKLMNPRSTW")
        self.nick = self.r.choice(_NICKS)
        self.he, self.his = ("he", "his") if self.sex == "M" else ("she", "her")
        self.mrn = self.mk_mrn()
        self.phone = self.tel()
        self.town, self.state = self.r.choice(_TOWNS[country])
        self.street = self.f.street_address().replace("\n", ", ")
        self.zip = self.postcode()
        self.email = self.mk_email(self.first, self.last)

    # -- people -------------------------------------------------------------------------
    def person(self, sex: str | None = None) -> tuple[str, str]:
        cur = _CURATED.get(self.co)
        if cur and sex is None and self.r.random() < 0.5:
            return self.r.choice(cur[0]), self.r.choice(cur[1])
        if self.co == "US" and self.r.random() < 0.08:
            cur = _CURATED["PH"]
            return self.r.choice(cur[0]), self.r.choice(cur[1])
        sex = sex or self.r.choice("MF")
        first = self.f.first_name_male() if sex == "M" else self.f.first_name_female()
        return first, self.f.last_name()

    def nm(self, first: str, last: str, form: str | None = None) -> Ctx:
        form = form or self.r.choice(["fl", "fl", "fml", "LF", "lf", "Fl", "low"])
        text = {
            "fl": f"{first} {last}", "fml": f"{first} {self.r.choice('ABCDEJKLMRST')}. {last}",
            "LF": f"{last.upper()}, {first}", "lf": f"{last}, {first}",
            "lfm": f"{last}, {first} {self.r.choice('ABCDEJKLMRST')}.", "Fl": f"{first[0]}. {last}",
            "l": last, "f": first, "low": f"{first.lower()} {last.lower()}",
            "init": f"{first[0]}{last[0]}", "FL": f"{first[0]}{last[0]}".lower(),
        }[form]
        return self.p("NAME", text)

    def staff(self, form: str | None = None, sex: str | None = None) -> Ctx:
        return self.nm(*self.person(sex), form)

    def pt(self, form: str | None = None) -> Ctx:
        if form == "fml":
            return self.p("NAME", f"{self.first} {self.mid}. {self.last}")
        if form == "lfm":
            return self.p("NAME", f"{self.last}, {self.first} {self.mid}")
        return self.nm(self.first, self.last, form)

    def sig(self, cred: str, title: str = "") -> Ctx:
        self.t(f"\n{title}")
        self.staff(self.r.choice(["fl", "fml", "Fl", "fl"]))
        return self.t(f", {cred}" if cred else "")

    # -- builder shortcuts --------------------------------------------------------------
    def t(self, s: str) -> Ctx:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> Ctx:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> Ctx:
        self.b.c(s)
        return self

    def d(self, d: date | None = None, styles: list[str] | None = None) -> Ctx:
        d = d or self.day
        if styles is None:
            styles = US_FULL if self.co == "US" else UK_FULL
        return self.p("DATE", ds(d, self.r.choice(styles)))

    def ds(self, d: date | None = None) -> Ctx:
        return self.d(d, US_SHORT if self.co == "US" else UK_SHORT)

    def ago(self, n: int) -> date:
        return self.day - timedelta(days=n)

    def age_t(self) -> Ctx:
        return self.p("AGE", str(self.age)) if self.age >= 90 else self.t(str(self.age))

    # -- identifiers --------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def mk_mrn(self) -> str:
        co = self.co
        if co == "US":
            return self.r.choice([self.digits(8), "E" + self.digits(7), self.digits(7)])
        if co in ("UK", "WA"):
            return self.r.choice(["RX" + self.digits(6), self.digits(7), "H" + self.digits(6)])
        if co == "AU":
            return self.digits(7)
        if co == "NZ":
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + self.digits(4)
        if co == "IN":
            return "UH" + self.digits(9)
        if co == "ZA":
            return "F" + self.digits(7)
        return self.digits(7)

    def tel(self) -> str:
        r, g = self.r, self.digits
        co = self.co
        if co == "US":
            a, b, c = str(r.randint(201, 989)), "555", g(4)
            return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}"])
        if co in ("UK", "WA", "SC"):
            return r.choice([f"07{g(3)} {g(6)}", f"01{g(3)} {g(6)}", f"+44 7{g(3)} {g(6)}",
                             f"0{r.choice(['161', '121', '113', '117'])} {g(3)} {g(4)}"])
        if co == "CA":
            a = r.choice(["204", "431", "416", "613", "705"])
            return r.choice([f"({a}) 555-{g(4)}", f"{a}-555-{g(4)}", f"{a} 555 {g(4)}"])
        if co == "AU":
            return r.choice([f"04{g(2)} {g(3)} {g(3)}", f"(0{r.choice('2378')}) {g(4)} {g(4)}",
                             f"+61 4{g(2)} {g(3)} {g(3)}"])
        if co == "NZ":
            return r.choice([f"021 {g(3)} {g(4)}", f"(06) {g(3)} {g(4)}", f"+64 27 {g(3)} {g(4)}"])
        if co == "IE":
            return r.choice([f"08{r.choice('5679')} {g(3)} {g(4)}", f"(066) {g(3)} {g(4)}",
                             f"+353 8{r.choice('5679')} {g(3)} {g(4)}"])
        if co == "IN":
            return r.choice([f"+91 9{g(4)} {g(5)}", f"09{g(3)}-{g(6)}", f"0821-{g(7)}"])
        return r.choice([f"0{r.choice('78')}2 {g(3)} {g(4)}", f"+27 8{g(1)} {g(3)} {g(4)}"])

    def postcode(self) -> str:
        r, g = self.r, self.digits
        co = self.co
        if co == "US":
            return self.f.postcode()[:5] if r.random() < 0.8 else f"{self.f.postcode()[:5]}-{g(4)}"
        if co in ("UK", "WA", "SC"):
            return self.f.postcode()
        if co == "CA":
            pc = self.f.postcode().replace(" ", "")
            return f"{pc[:3]} {pc[3:]}"
        if co == "IE":
            return f"{r.choice(['V92', 'N91', 'C15', 'V95', 'A92', 'F23'])} {r.choice('ACDEFHKNPRTVWXY')}{g(1)}" \
                   f"{r.choice('ACDEFHKNPRTVWXY')}{g(1)}"
        if co == "IN":
            return str(r.randint(110001, 695999))
        return g(4)

    def mk_email(self, first: str, last: str) -> str:
        f, l_ = first.lower().replace(" ", ""), last.lower().replace(" ", "").replace("-", "")
        dom = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
               "UK": ["btinternet.com", "gmail.com", "hotmail.co.uk"],
               "AU": ["bigpond.com", "gmail.com"], "NZ": ["xtra.co.nz", "gmail.com"],
               "IE": ["eircom.net", "gmail.com"], "CA": ["shaw.ca", "gmail.com"],
               "IN": ["rediffmail.com", "gmail.com"]}.get(self.co, ["gmail.com"])
        user = self.r.choice([f"{f}.{l_}", f"{f[0]}{l_}{self.r.randint(1, 99)}", f"{l_}{f[:3]}",
                              f"{f}_{l_[:4]}{self.r.randint(50, 99)}"])
        return f"{user}@{self.r.choice(dom)}"

    def ssn(self) -> str:
        return f"{self.r.randint(101, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"

    def ip(self) -> str:
        r = self.r
        return r.choice([f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"{r.randint(23, 98)}.{r.randint(10, 250)}.{r.randint(0, 254)}.{r.randint(2, 254)}"])

    def addr(self, with_zip: bool = True, sep: str = ", ") -> Ctx:
        self.p("ADDRESS", self.street).t(sep).p("ADDRESS", self.town)
        if self.state:
            self.t(f", {self.state}")
        if with_zip:
            self.t(" ").p("ZIP", self.zip)
        return self

    def done(self) -> Note:
        given = [self.first, self.mid]
        patient: dict[str, Any] = {
            "resourceType": "Patient",
            "id": f"pt-v28-{self.i}",
            "identifier": [{"type": {"text": "MRN"}, "value": self.mrn}],
            "name": [{"family": self.last, "given": given}],
            "telecom": [{"system": "phone", "value": self.phone},
                        {"system": "email", "value": self.email}],
            "address": [{"line": [self.street], "city": self.town, "state": self.state,
                         "postalCode": self.zip}],
            "birthDate": self.dob.isoformat(),
            "gender": "male" if self.sex == "M" else "female",
        }
        return self.b.build(patient)


# ----------------------------------------------------------------------------------------
# US templates
# ----------------------------------------------------------------------------------------


def ed_syncope(i: int) -> Note:
    x = Ctx(i, "US", age=(55, 88))
    x.t("EMERGENCY DEPARTMENT PROVIDER NOTE\nPatient: ").pt("LF").t("   MRN: ").p("ID", x.mrn)
    x.t("   DOB: ").d(x.dob, ["us", "us1"]).t("\nDate of service: ").d(x.day, ["us", "mdl"])
    x.t(f"  Arrival 0{x.r.randint(1, 9)}:{x.r.randint(10, 59)} by EMS\n\n")
    x.t(f"CC: passed out at church\nHPI: {x.age} y/o {'M' if x.sex == 'M' else 'F'} with PMH of ")
    x.c("HTN").t(", ").c("T2DM").t(f" who had a witnessed syncopal episode while standing for a hymn. "
                                   f"{x.he.capitalize()} was out for ~")
    x.c("20 seconds").t(" per ").pt("f").t(f"'s {x.r.choice(['wife', 'son', 'daughter', 'husband'])}, ")
    x.staff("fl").t(", who is at bedside. No tongue biting, no incontinence. Started ")
    x.c("tamsulosin 0.4 mg").t(" nightly two weeks ago (Dr ").staff("l").t(", urology).\n")
    x.t("Orthostatics: lying ").c("BP 138/82 HR 76").t(", standing ").c("BP 104/66 HR 98").t(".\n")
    x.t("ECG: sinus, ").c("PR 188 ms").t(", ").c("QTc 452").t(", no ").c("Brugada").t(" pattern.\n")
    x.t("Labs: ").c("Hgb 12.9").t(", ").c("glucose 141").t(", ").c("troponin <6 ng/L").t(", ")
    x.c("BNP 88").t(".\n")
    x.t("MDM: ").c("San Francisco syncope rule").t(" negative. Likely orthostatic from alpha blocker. Hold ")
    x.c("tamsulosin").t(", PCP follow-up with Dr ").staff("l").t(" on ").ds(x.day + timedelta(days=5))
    x.t(". Call back number confirmed: ").p("PHONE", x.phone).t(".\n")
    return x.sig("MD", "Electronically signed: ").t(" ").d(x.day, ["us"]).t(" 1412\n").done()


def hyponatremia_progress(i: int) -> Note:
    x = Ctx(i, "US", age=(60, 99))
    x.t("Hospital Medicine Progress Note - HD#3\n").pt("fml").t(" | ").p("ID", x.mrn).t(" | 6 West, rm ")
    x.t(f"{x.r.randint(601, 640)}\n").d(x.day, ["mdl", "us1"]).t("\n\nS: Less confused this morning, "
                                                                  "ate half of breakfast. Daughter ")
    x.staff("f", "F").t(" visited last night.\n")
    x.t("O: ").c("T 36.8").t(" ").c("BP 126/70").t(" ").c("HR 82").t(" ").c("RR 16").t(" ")
    x.c("SpO2 96% RA").t("\nNa trend: ").c("118").t(" (").ds(x.ago(2)).t(") -> ").c("121").t(" (")
    x.ds(x.ago(1)).t(") -> ").c("124 mmol/L").t(" today. Urine osm ").c("410").t(", urine Na ")
    x.c("52").t(". ").c("TSH 2.1").t(", AM ").c("cortisol 14").t(".\n")
    x.t("A/P: ").age_t().t(" yo with SIADH likely from ").c("sertraline 50 mg").t(". Held since ")
    x.ds(x.ago(2)).t(". Continue ").c("fluid restriction 1.2 L/day").t(", ")
    x.c("sodium chloride tabs 1 g TID").t(". Goal correction ").c("<8 mmol/L/24h").t(". Check ")
    x.c("BMP q8h").t(". Psych (Dr ").staff("l").t(") to advise on alternative to SSRI; consider ")
    x.c("mirtazapine").t(".\nDispo: home with daughter when Na > ").c("128").t(".\n")
    return x.sig("MD", "").t(", pager ").p("PHONE", x.digits(4)).t("\n").done()


def afib_consult(i: int) -> Note:
    x = Ctx(i, "US", age=(58, 92))
    x.t("CARDIOLOGY CONSULTATION\nRequesting: Dr ").staff("fl").t(" (Hospitalist)\nPatient: ").pt()
    x.t(", ").age_t().t(f"{x.sex}, MRN ").p("ID", x.mrn).t(", FIN ").p("ID", x.digits(10)).t("\n")
    x.t("Date: ").d().t("\n\nReason: new atrial fibrillation with RVR, rates ").c("140-160")
    x.t(".\nHistory: noted palpitations since ").ds(x.ago(3)).t(". Drinks ")
    x.c("4-5 beers").t(" at weekends. Sleeps poorly, snores; no known OSA.\n")
    x.t("Exam: irregularly irregular, ").c("HR 148").t(", ").c("BP 112/74").t(", JVP not raised.\n")
    x.t("Data: ").c("TSH 0.9").t(", ").c("Mg 1.7").t(", ").c("K 3.6").t(". TTE ").ds(x.ago(1))
    x.t(": ").c("LVEF 50-55%").t(", LA moderately dilated.\nCHA2DS2-VASc ").c(str(x.r.randint(2, 5)))
    x.t(", HAS-BLED ").c("1").t(".\n\nRecommendations:\n1. ").c("Diltiazem 10 mg IV")
    x.t(" then ").c("diltiazem 30 mg PO q6h").t(", titrate to ").c("HR <110").t(".\n2. Start ")
    x.c("apixaban 5 mg BID").t(".\n3. Replete ").c("Mg").t(" and ").c("K").t(".\n4. Outpatient sleep "
                                                                          "study; Holter ")
    x.c("14 days").t(".\n5. EP clinic with Dr ").staff("Fl").t(" in ").c("4-6 weeks").t(".\n")
    x.t("Thank you for this consult. Discussed with ").staff("init").t(" (fellow).\n")
    return x.sig("MD, FACC").done()


def gi_bleed_transfer(i: int) -> Note:
    x = Ctx(i, "US", age=(45, 85))
    x.t("MICU TRANSFER ACCEPT NOTE\n").pt("LF").t("  MRN ").p("ID", x.mrn).t("  Enc# ")
    x.p("ID", "E" + x.digits(9)).t("\nTransferred from 4 North on ").d(x.day, ["us", "iso"])
    x.t(f" at {x.r.randint(10, 23)}:{x.r.randint(10, 59)}\n\n")
    x.t(f"{x.age}-year-old with alcohol-related cirrhosis (").c("MELD 21").t(") admitted for "
                                                                            "melena, now with ")
    x.c("3 episodes of hematemesis").t(". ").c("HR 124").t(", ").c("MAP 58").t(". ").c("Hgb 6.8")
    x.t(" from ").c("9.1").t(". ").c("INR 1.9").t(", ").c("plt 71").t(".\nGlasgow-Blatchford ")
    x.c("15").t(". Two large-bore IVs. ").c("2 units PRBC").t(" hanging.\n")
    x.t("Plan: ").c("octreotide 50 mcg bolus then 50 mcg/h").t(", ").c("pantoprazole 80 mg IV")
    x.t(", ").c("ceftriaxone 1 g daily").t(" for SBP prophylaxis. GI (Dr ").staff("l")
    x.t(") aware, EGD within ").c("12 h").t(". Consider TIPS if ").c("Child-Pugh C").t(".\n")
    x.t("Contact: wife ").staff("fl", "F").t(" ").p("PHONE", x.tel()).t(". Code status FULL.\n")
    return x.sig("MD", "ICU attending: ").done()


def pancreatitis_dc(i: int) -> Note:
    x = Ctx(i, "US", age=(25, 80))
    adm = x.ago(x.r.randint(4, 8))
    x.t("DISCHARGE SUMMARY\nName: ").pt("lfm").t("\nMRN: ").p("ID", x.mrn).t("  Acct: ")
    x.p("ID", x.digits(9)).t("\nAdmitted: ").d(adm, ["us"]).t("   Discharged: ").d(x.day, ["us"])
    x.t("\nAttending: ").staff("fml").t(", MD\nPCP: ").staff("fl").t(", DO - fax ").p("PHONE", x.tel())
    x.t("\n\nDiagnosis: acute gallstone pancreatitis, mild (BISAP ").c("1").t(")\n")
    x.t("Course: presented with epigastric pain radiating to back; ").c("lipase 4,210 U/L").t(", ")
    x.c("ALT 312").t(". CT ").ds(adm).t(" without necrosis. Managed with ").c("lactated Ringer's")
    x.t(" and ").c("hydromorphone 0.5 mg IV PRN").t(". ERCP not needed; bilirubin normalised to ")
    x.c("0.9").t(". Lap chole by Dr ").staff("l").t(" on ").ds(x.ago(1)).t(", uncomplicated.\n")
    x.t("Discharge meds: ").c("acetaminophen 1 g q8h PRN").t(", ").c("ondansetron 4 mg ODT PRN")
    x.t(", ").c("docusate 100 mg BID").t(".\nFollow-up: surgery clinic ").d(x.day + timedelta(days=14),
                                                                         ["mds", "mdl"])
    x.t(" at 10:15 AM, 2nd floor Pavilion B.\nPatient address on file: ").addr().t("\n")
    return x.sig("MD", "Dictated by ").t(" / transcribed ").staff("FL").t("\n").done()


def delirium_night(i: int) -> Note:
    x = Ctx(i, "US", old=x_old(i))
    x.t("nursing note 0330 - ").pt("low").t(f" bed {x.r.randint(1, 30)}b\n")
    x.t("pt increasingly restless since 0100, pulling at IV and trying to climb OOB. CAM-ICU ")
    x.c("positive").t(". reoriented x3 with minimal effect. states ").t(f"{x.he} needs to 'feed the dog "
                                                                       f"before ")
    x.staff("f").t(" gets home'. vitals ").c("BP 158/90").t(" ").c("HR 96").t(" ").c("T 37.1").t(" ")
    x.c("SpO2 95% 2L NC").t(". bladder scan ").c("620 mL").t(" -> straight cath per protocol.\n")
    x.t("paged on-call ").staff("FL").t(" (bleep ").p("PHONE", x.digits(5)).t("), order for ")
    x.c("haloperidol 0.5 mg IV").t(" x1 given 0345. sitter requested from staffing (")
    x.staff("fl").t("), arrived 0420.\nson ").staff("low", "M").t(" called at 0500 asking for update, "
                                                         "cell ")
    x.p("PHONE", x.tel()).t(", verified pt password. age ").age_t().t(", fall risk high, bed alarm on.\n")
    return x.t("-- ").staff("init").t(" RN ").d(x.day, ["md", "us1"]).t("\n").done()


def x_old(i: int) -> bool:
    return i % 3 == 0


def wound_phone(i: int) -> Note:
    x = Ctx(i, "US", age=(30, 80))
    x.t("TELEPHONE ENCOUNTER\nCaller: ").pt("fl").t(" (self)   Callback: ").p("PHONE", x.phone)
    x.t("\nDOB verified: ").d(x.dob, ["us", "us2"]).t("\nDate/time: ").d().t(" 09:42   ID check: name, DOB, last 4 SSN ").p("SSN", x.ssn()[-4:]).t("\n\n")
    x.t("Pt is POD ").c("6").t(" from right inguinal hernia repair (Dr ").staff("l")
    x.t("). Reports redness around incision about the size of a quarter, some clear drainage, "
        "temp ").c("100.2 F").t(" last night. Taking ").c("ibuprofen 600 mg q6h").t(".\n")
    x.t("Asked pt to send photo through the portal; received, redness ~").c("3 cm").t(".\n")
    x.t("Discussed w/ PA ").staff("fl").t(": start ").c("cephalexin 500 mg QID x 7 days")
    x.t(", sent to CVS pharmacy on file. Wound check ")
    x.ds(x.day + timedelta(days=2)).t(" at 1:30. ER precautions reviewed. Work note faxed to "
                                      "employer at ")
    x.p("PHONE", x.tel()).t(".\n")
    return x.sig("RN").done()


def pump_portal(i: int) -> Note:
    x = Ctx(i, "US", age=(19, 60))
    x.t("MyHealth Message | From: ").pt("fl").t(" <").p("EMAIL", x.email).t(">\nSent: ")
    x.d(x.day, ["mds", "us"]).t(" 10:04 PM  (IP ").p("IP", x.ip()).t(")\nTo: Endocrinology pool\n")
    x.t("Subject: pump site issues\n\nhi, my Omnipod keeps occluding after a day. Dexcom G7 (serial ")
    x.p("ID", "S" + x.digits(2) + "K" + x.digits(6)).t(") shows highs around ").c("280")
    x.t(" every afternoon. basal is ").c("0.9 u/hr").t(" and ").c("I:C 1:10").t(". can Dr ")
    x.staff("l").t(" look at my clarity report? it's shared under ").p("EMAIL", x.email).t(". thanks, ")
    x.pt("f").t("\n\nReply (").d(x.day + timedelta(days=1), ["mds", "us"]).t("):\nHi ").pt("f")
    x.t(", I reviewed the last ").c("14 days").t(": time in range ").c("58%").t(", GMI ").c("7.6%")
    x.t(". Please increase basal 12:00-18:00 to ").c("1.1 u/hr").t(" and rotate sites. Book a pump "
                                                                   "visit at ")
    x.p("URL", f"https://mychart.{x.r.choice(['riverbend', 'stlukes', 'mercyhealth'])}.org/schedule?"
        f"dept=ENDO&pt={x.digits(6)}").t("\n")
    return x.t("- ").staff("fl").t(", CDCES\n").done()


def cxr_report(i: int) -> Note:
    x = Ctx(i, "US", old=x_old(i))
    x.t("EXAM: XR CHEST PORTABLE 1V\nPATIENT: ").pt("LF").t("  AGE/SEX: ").age_t().t(f"/{x.sex}\n")
    x.t("MRN: ").p("ID", x.mrn).t("  ACC: ").p("ID", "CR" + x.digits(8)).t("\nDATE: ")
    x.d(x.day, ["us", "cmp"]).t(f" {x.r.randint(10, 23)}:{x.r.randint(10, 59)}\n")
    x.t("ORDERING: ").staff("lf").t(", MD\nCLINICAL: SOB, new ").c("O2 4L").t("\nCOMPARISON: ")
    x.d(x.ago(x.r.randint(2, 30)), ["us", "us1"]).t("\n\nFINDINGS: Endotracheal tube tip ")
    x.c("4.2 cm").t(" above carina. Right IJ catheter tip in low SVC. Interval increase in bilateral "
                    "perihilar opacities and small bilateral effusions. Cardiomediastinal silhouette "
                    "enlarged. No pneumothorax.\nIMPRESSION: pulmonary edema, worse.\n")
    x.t("Findings communicated to RN ").staff("fl").t(" at ext ").p("PHONE", x.digits(4))
    x.t(" by phone.\nRead station: ").p("IP", x.ip()).t("\n")
    return x.sig("MD", "Reading radiologist: ").done()


def ruq_us(i: int) -> Note:
    x = Ctx(i, "US", age=(22, 75))
    x.t("ULTRASOUND ABDOMEN LIMITED (RUQ)\n").pt("fml").t("   MRN# ").p("ID", x.mrn).t("   DOB ")
    x.d(x.dob, ["us1", "us"]).t("\nExam date: ").d(x.day, ["mdl", "us"]).t("  Accession ")
    x.p("ID", x.digits(3) + "-" + x.digits(5)).t("\nHistory: RUQ pain, ").c("ALP 210").t(", ")
    x.c("T bili 2.4").t("\nFindings:\nLiver: ").c("15.8 cm").t(", increased echogenicity.\n")
    x.t("Gallbladder: multiple shadowing stones, largest ").c("1.4 cm").t("; wall ").c("4 mm")
    x.t("; positive sonographic ").c("Murphy sign").t(".\nCBD: ").c("7 mm").t(".\nPancreas obscured by bowel gas.\n")
    x.t("Right kidney ").c("10.9 cm").t(" no hydronephrosis.\nIMPRESSION: acute calculous cholecystitis; "
                                        "mildly dilated CBD - consider MRCP.\n")
    x.t("Preliminary read by resident ").staff("fl").t(" discussed with Dr ").staff("l").t(" (surgery) "
                                                                                         "on ")
    x.d(x.day, ["us1"]).t(".\n")
    return x.sig("MD", "Attending: ").done()


def marrow_path(i: int) -> Note:
    x = Ctx(i, "US", age=(40, 91))
    x.t("SURGICAL PATHOLOGY REPORT\nCase: ").p("ID", f"BM{x.day.year % 100}-{x.digits(5)}")
    x.t("\nPatient: ").pt("LF").t("   MRN: ").p("ID", x.mrn).t("\nCollected: ").d(x.day, ["us"])
    x.t("   Received: ").d(x.day + timedelta(days=1), ["us"]).t("\nSubmitting: ").staff("fl")
    x.t(", MD (Heme/Onc)\n\nSPECIMEN: bone marrow aspirate and core biopsy, left posterior iliac "
        "crest.\nCBC: ").c("WBC 2.1").t(", ").c("Hgb 8.4").t(", ").c("plt 63").t(", ").c("MCV 104")
    x.t(".\nDIAGNOSIS: hypercellular marrow (").c("70%").t(") with ").c("12% blasts")
    x.t(" and multilineage dysplasia, consistent with MDS with excess blasts (MDS-IB2). Reticulin ")
    x.c("MF-1").t(". Ring sideroblasts ").c("<5%").t(".\nCytogenetics and NGS (TP53, ASXL1) pending "
                                                    "under ")
    x.p("ID", "CG" + x.digits(6)).t(".\nIPSS-R to be calculated by clinical team.\n")
    return x.sig("MD", "Pathologist: ").t("  ").d(x.day + timedelta(days=3), ["us"]).t("\n").done()


def rejected_specimen(i: int) -> Note:
    x = Ctx(i, "US", age=(20, 95))
    x.t("LAB COMMENT - SPECIMEN REJECTED\nAccession: ").p("ID", x.digits(2) + "-" + x.digits(3) + "-"
                                                          + x.digits(4))
    x.t("  Patient: ").pt("LF").t("  MRN ").p("ID", x.mrn).t("\nCollected ").d(x.day, ["us1", "iso"])
    x.t(" 0612 by ").staff("init").t("\nTest: ").c("potassium").t(", ").c("magnesium").t(", ")
    x.c("phosphorus").t("\nReason: tube label name did not match requisition (label read \"")
    x.staff("LF").t("\"). Sample discarded per policy LAB-114.\nCalled 5 South, spoke to ")
    x.staff("fl").t(", RN at ").d(x.day, ["md"]).t(" 0705; redraw requested STAT. Occurrence ")
    x.p("ID", "OR-" + x.digits(6)).t(" filed from LIS terminal ").p("IP", x.ip()).t(".\n")
    return x.t("Tech: ").staff("FL").t("  Ph ").p("PHONE", x.tel()).t("\n").done()


def proxy_sw(i: int) -> Note:
    x = Ctx(i, "US", old=x_old(i))
    x.t("SOCIAL WORK NOTE - ").d().t("\nPt: ").pt().t(" (").age_t().t(" y/o)  MRN ").p("ID", x.mrn)
    x.t("\n\nMet with pt and niece ").staff("fl", "F").t(" re health care proxy and Medicaid "
                                                  "application. Pt lives alone at ")
    x.addr().t(", second-floor walk-up. Niece lives in ").p("ADDRESS", x.r.choice(_TOWNS["US"])[0])
    x.t(" and can visit weekly. Pt able to state wishes clearly; ").c("MoCA 24/30").t(" per OT.\n")
    x.t("HCP form completed naming niece as agent, alternate ").staff("fml").t(" (friend).\n")
    x.t("Medicaid (community) application: SSN ").p("SSN", x.ssn()).t(", Medicare MBI ")
    x.p("ID", f"{x.r.randint(1, 9)}EG{x.r.randint(1, 9)}-TE{x.r.randint(1, 9)}-MK{x.digits(2)}")
    x.t(". Faxed to county DSS ").p("PHONE", x.tel()).t(". Meals on Wheels referral placed.\n")
    return x.sig("LCSW").t(" x").p("PHONE", x.digits(4)).t("\n").done()


def ot_stroke(i: int) -> Note:
    x = Ctx(i, "US", age=(50, 89))
    x.t("OCCUPATIONAL THERAPY EVALUATION\n").pt("fl").t(" | DOB ").d(x.dob, ["us"]).t(" | MRN ")
    x.p("ID", x.mrn).t("\nDOS: ").d(x.day, ["us", "mds"]).t("  Referring: Dr ").staff("l")
    x.t(" | SSN ").p("SSN", x.ssn()).t("\nDx: L MCA ischemic stroke ").ds(x.ago(3)).t(", s/p thrombectomy\n\n")
    x.t("Prior level: independent, retired machinist, lives with spouse ").staff("f")
    x.t(" in a ranch house, ").c("2 steps").t(" to enter.\nCurrent: R UE ").c("3-/5")
    x.t(" proximal, ").c("2/5").t(" grip; mild expressive aphasia. Grooming ").c("min A")
    x.t(", UB dressing ").c("mod A").t(", toileting ").c("mod A").t(". ").c("Box and Block 14")
    x.t(" R vs ").c("48").t(" L.\nGoals (").c("2 weeks").t("): UB dressing ").c("supervision")
    x.t(".\nRecommend acute inpatient rehab; pt and spouse agree. ").c("5x/week").t(" OT.\n")
    return x.sig("OTR/L").done()


def vanc_pharm(i: int) -> Note:
    x = Ctx(i, "US", age=(30, 92))
    wt = x.r.randint(58, 118)
    x.t("PHARMACY PHARMACOKINETIC NOTE - VANCOMYCIN\nPatient: ").pt("lf").t("   MRN ").p("ID", x.mrn)
    x.t("\n").d().t("\nIndication: MRSA bacteremia (BCx ").ds(x.ago(2)).t(")\n")
    x.t("Wt ").c(f"{wt} kg").t(", ").age_t().t(" y, SCr ").c("1.3").t(" (baseline ").c("0.9")
    x.t("), CrCl ~").c("52 mL/min").t(".\nLevels: peak ").c("31.2").t(" at 1530, trough ").c("14.8")
    x.t(" at 2345 on ").ds(x.ago(1)).t(". Calculated ").c("AUC24 612").t(" - above goal ")
    x.c("400-600").t(".\nPlan: change to ").c("vancomycin 1,250 mg IV q12h").t(" (predicted ")
    x.c("AUC 512").t("). Repeat levels after 4th dose. Monitor SCr daily. Discussed with Dr ")
    x.staff("l").t(" (ID).\n")
    return x.sig("PharmD", "").t(" | vocera ").p("PHONE", x.tel()).t("\n").done()


def hospice_adm(i: int) -> Note:
    x = Ctx(i, "US", old=True)
    x.t("HOSPICE ADMISSION NOTE\n").pt("fl").t(" \"").p("NAME", x.nick).t("\"   DOB ")
    x.d(x.dob, ["us", "mdl"]).t(" (").age_t().t(" yrs)\nMRN ").p("ID", x.mrn).t("   Medicare ")
    x.p("ID", f"{x.r.randint(1, 9)}QX{x.r.randint(1, 9)}-RA{x.r.randint(1, 9)}-PJ{x.digits(2)}")
    x.t("   SS# ").p("SSN", x.ssn()).t("\nAddress: ").addr().t("\nAdmit date: ").d().t("\n\nTerminal dx: end-stage heart failure "
                                                         "(NYHA IV, ")
    x.c("EF 15%").t("). PPS ").c("30%").t(", FAST n/a. ").c("Furosemide 40 mg PO BID").t(", ")
    x.c("morphine concentrate 5 mg SL q2h PRN").t(" dyspnea.\nFamily: daughter ").staff("fl")
    x.t(" (primary caregiver, cell ").p("PHONE", x.tel()).t("), son ").staff("fl", "M")
    x.t(" in ").p("ADDRESS", x.r.choice(["Phoenix", "Tucson", "Boise"])).t(". DNR/POLST signed ").d(x.ago(20), US_FULL).t(".\nChaplain ").staff("fl")
    x.t(" to visit; pt is Lutheran. Comfort kit delivered.\n")
    return x.sig("RN, CHPN", "Admitting nurse: ").done()


def ur_note(i: int) -> Note:
    x = Ctx(i, "US", age=(40, 89))
    x.t("UTILIZATION REVIEW\nMember: ").pt("LF").t("  DOB ").d(x.dob, ["us"]).t("\nPayer: "
                                                                            "Aetna Medicare Advantage"
                                                                            "  Member ID ")
    x.p("ID", "W" + x.digits(9)).t("  SSN: XXX-XX-").p("SSN", x.ssn()[-4:]).t("\nAdmit: ").d(x.ago(2), ["us"]).t("  Auth #: ")
    x.p("ID", x.digits(4) + "-" + x.digits(6)).t("\nReview date: ").d().t("\n\n")
    x.t("InterQual Acute Adult, COPD subset: day 2 criteria met (").c("SpO2 88% on 3L").t(", ")
    x.c("nebs q4h").t(", ").c("methylprednisolone 40 mg IV q12h").t(").\nClinicals faxed to ")
    x.p("PHONE", x.tel()).t(", ref ").p("ID", "REF" + x.digits(7)).t(". Next review ")
    x.ds(x.day + timedelta(days=2)).t(". Physician advisor Dr ").staff("fl").t(" available for peer "
                                                                             "to peer at ")
    x.p("PHONE", x.tel() + " x" + x.digits(3)).t(".\n")
    return x.sig("RN, CCM", "UR nurse: ").done()


def ob_triage(i: int) -> Note:
    x = Ctx(i, "US", age=(19, 41))
    x.sex, x.he, x.his = "F", "she", "her"
    x.t("L&D TRIAGE NOTE\n").pt("fl").t("  ").age_t().t(" y.o. G2P1001 @ ").c("34w2d")
    x.t("  MRN ").p("ID", x.mrn).t("  SSN ***-**-").p("SSN", x.ssn()[-4:]).t("\nEDD ").d(x.day + timedelta(days=40), ["us"]).t(" by ")
    x.c("8 wk US").t("\nSeen ").d(x.day, ["us1", "mds"]).t(" 1630\n\nCC: decreased fetal movement "
                                                          "since this morning.\n")
    x.t("Prenatal care with ").staff("fl").t(", CNM. GBS ").c("negative").t(". Blood type ")
    x.c("O pos").t(". ").c("BP 118/72").t(", ").c("HR 88").t(".\nNST: baseline ").c("135")
    x.t(", moderate variability, ").c("+accels").t(", no decels - reactive. Toco: irregular "
                                                 "mild contractions. BPP ")
    x.c("8/8").t(".\nFeels baby moving well now. Kick counts reviewed. D/c home, keep appt ")
    x.ds(x.day + timedelta(days=4)).t(". Partner ").staff("f").t(" driving.\n")
    return x.sig("MD", "Seen with ").done()


def pacu(i: int) -> Note:
    x = Ctx(i, "US", age=(18, 90))
    x.t("PACU DISCHARGE ASSESSMENT\n").pt("LF").t("   ").p("ID", x.mrn).t("\n").d(x.day, ["us"])
    x.t("\nProcedure: laparoscopic appendectomy (Dr ").staff("l").t(") under GA; anesthesia ")
    x.staff("fl").t(", CRNA\nAldrete ").c("10").t(" at 1148. Pain ").c("3/10").t(" after ")
    x.c("fentanyl 25 mcg IV x2").t(". PONV treated with ").c("ondansetron 4 mg").t(". ")
    x.c("BP 122/76").t(", ").c("HR 71").t(", ").c("SpO2 98% RA").t(". Voided.\nReport given to ")
    x.staff("fl").t(", RN on 7 East. Sister ").staff("fl", "F").t(" updated by phone ")
    x.p("PHONE", x.tel()).t(".\n")
    return x.t("PACU RN: ").staff("init").t("\n").done()


def ent_epistaxis(i: int) -> Note:
    x = Ctx(i, "US", old=x_old(i))
    x.t("ENT CONSULT\nPt: ").pt("fml").t("   ").age_t().t(f" {x.sex}   MRN ").p("ID", x.mrn)
    x.t("\nRequested by ED (Dr ").staff("l").t(") ").d().t("\n\nRecurrent left anterior epistaxis "
                                                          "x")
    x.c("3 days").t(" on ").c("warfarin").t(" for mechanical mitral valve; ").c("INR 3.8").t(". ")
    x.c("Hgb 11.2").t(". Failed Rhino Rocket placed in ED.\nExam: bleeding point on ").c("Little's area").t(", ").c("Kiesselbach plexus").t(".\nProcedure: silver nitrate cautery, then ")
    x.c("Merocel 8 cm").t(" pack; hemostasis achieved.\nPlan: hold ").c("warfarin")
    x.t(" tonight, no bridging per cardiology (").staff("Fl").t("). Pack out in ").c("48 h")
    x.t(" in ENT clinic ").ds(x.day + timedelta(days=2)).t(". ").c("Mupirocin").t(" to nares BID.\n")
    return x.sig("MD", "").t(" (ENT resident)\n").done()


def interpreter_avs(i: int) -> Note:
    x = Ctx(i, "US", age=(35, 88))
    lang = x.r.choice(["Spanish", "Vietnamese", "Haitian Creole", "Somali", "Tagalog"])
    x.t("DISCHARGE INSTRUCTIONS (After Visit Summary)\n").pt("fl").t("  DOB ").d(x.dob, ["us"])
    x.t(f"\nPreferred language: {lang}. Reviewed with interpreter ").staff("fl").t(" (ID ")
    x.p("ID", x.digits(6)).t(") via video on ").d(x.day, ["mdl"]).t(".\n\nYou were treated for: "
                                                                    "pneumonia.\nTake ")
    x.c("amoxicillin-clavulanate 875 mg twice a day").t(" for ").c("5 more days").t(".\n")
    x.t("Your next appointments:\n- ").d(x.day + timedelta(days=7), ["mds", "us"])
    x.t(" 9:00 AM Dr ").staff("fl").t(", Family Medicine, ").p("PHONE", x.tel()).t("\n- ")
    x.d(x.day + timedelta(days=42), ["mds", "us"]).t(" chest X-ray\nReturn if ").c("fever over 101 F")
    x.t(" or trouble breathing.\nWe will mail a copy to ").addr().t(".\nView results: ")
    x.p("URL", "https://" + x.r.choice(["portal.valleyhealth.org", "mychart.bayshore.org"]) + "/avs")
    x.t("\n")
    return x.done()


# ----------------------------------------------------------------------------------------
# England / Wales / Scotland
# ----------------------------------------------------------------------------------------


def nhs(x: Ctx) -> str:
    return f"{x.digits(3)} {x.digits(3)} {x.digits(4)}"


def sdec_frailty(i: int) -> Note:
    x = Ctx(i, "UK", old=x_old(i) or i % 2 == 0)
    x.t("Frailty SDEC Assessment\nName: ").pt("fl").t("   NHS No: ").p("ID", nhs(x)).t("   Hosp No: ")
    x.p("ID", x.mrn).t("\nDOB: ").d(x.dob, ["uk"]).t(" (").age_t().t(")   Seen: ").d(x.day, ["uk", "dml"])
    x.t("\nGP: Dr ").staff("Fl").t(", Riverside Medical Practice\n\n")
    x.t("Brought in by daughter ").staff("fl", "F").t(" after 2 falls this week. Rockwood CFS ").c("6")
    x.t(". Lives alone, twice-daily package of care.\nObs: ").c("NEWS2 1").t(", ").c("BP 148/70")
    x.t(" lying, ").c("122/64").t(" standing. Bloods: ").c("Na 131").t(", ").c("eGFR 38").t(", ")
    x.c("CRP 9").t(". Urine dip not sent (no symptoms).\nMeds: ").c("amlodipine 10 mg OD")
    x.t(", ").c("bendroflumethiazide 2.5 mg OD").t(" - stopped. ").c("Adcal-D3").t(" started.\n")
    x.t("Plan: home today with reablement; Falls clinic review ").c("6/52").t(". Community matron ")
    x.staff("fl").t(" informed on ").p("PHONE", x.tel()).t(".\n")
    return x.sig("ANP", "").done()


def gp_letter(i: int) -> Note:
    x = Ctx(i, "UK", age=(40, 89))
    x.t("Department of Respiratory Medicine\nDate typed: ").d(x.day + timedelta(days=3), ["dml"])
    gp = x.person()
    x.t("\n\nDr ").nm(*gp, "fml").t("\n").p("ADDRESS", x.f.street_address().replace("\n", ", ")).t("\n").p("ADDRESS", x.town)
    x.t("\n").p("ZIP", x.f.postcode()).t("\n\nDear Dr ").nm(*gp, "l").t(",\n\nRe: ").pt("fl").t(", DOB ")
    x.d(x.dob, ["uk"]).t(", NHS ").p("ID", nhs(x)).t("\n").addr(sep="\n").t("\n\n")
    x.t("I saw ").pt("f").t(" in clinic on ").d(x.day, ["odm", "dml"]).t(". Spirometry: ")
    x.c("FEV1 1.42 L (54%)").t(", ").c("FEV1/FVC 0.58").t(". ").c("CAT score 22").t(", ")
    x.c("mMRC 3").t(". Two exacerbations requiring ").c("prednisolone 30 mg").t(" since ")
    x.p("DATE", f"{_MON[x.ago(150).month - 1]} {x.ago(150).year}").t(".\n")
    x.t("I have switched ").pt("f").t(" to ").c("Trimbow 87/5/9 two puffs BD").t(" and referred for "
                                                                              "pulmonary rehab. Please "
                                                                              "continue ")
    x.c("carbocisteine 375 mg TDS").t(". Review ").c("4/12").t(".\n\nYours sincerely\n\n")
    x.staff("fl").t("\nConsultant Respiratory Physician\ncc: patient; ").staff("Fl")
    return x.t(", specialist nurse\n").staff("init").t("/").staff("FL").t("\n").done()


def hf_phone(i: int) -> Note:
    x = Ctx(i, "UK", old=True)
    x.t("Heart Failure Nurse Telephone Clinic - ").d().t("\n").pt("LF").t("  (").age_t()
    x.t(" yrs)  RX: ").p("ID", x.mrn).t("\nContact: ").p("PHONE", x.phone).t(" (home)\n\n")
    x.t("Spoke to ").pt("f").t(" and wife ").staff("f", "F").t(". Weight ").c("71.4 kg").t(" (dry weight ")
    x.c("69 kg").t("), ankles a bit puffy. No orthopnoea. Home ").c("BP 108/62").t(", ").c("HR 64")
    x.t(".\nBloods from GP ").ds(x.ago(4)).t(": ").c("K 5.2").t(", ").c("creatinine 148").t(", ")
    x.c("NT-proBNP 3100").t(".\nPlan: ").c("furosemide 40 mg").t(" increased to ").c("80 mg OM")
    x.t(" for ").c("3/7").t(", then back to 40. Hold ").c("spironolactone").t(". U&E in ")
    x.c("1/52").t(" at surgery. Next call ").ds(x.day + timedelta(days=7)).t(".\n")
    return x.sig("HF CNS").done()


def nof_ortho(i: int) -> Note:
    x = Ctx(i, "UK", old=i % 2 == 0, age=(70, 89))
    x.t("Orthogeriatric Review - Ward 31\n").pt("LF").t("   ").p("ID", x.mrn).t("   D.O.B. ")
    x.d(x.dob, ["dot", "uk"]).t("\n").d().t(" - day 2 post DHS R NOF\n\n").age_t()
    x.t(" year old from ").p("ADDRESS", x.town).t(" (lives with son ").staff("fl", "M")
    x.t("). 4AT ").c("5").t(" - delirium. ").c("AMTS 6/10").t(".\nHb ").c("89 g/L").t(" (pre-op ")
    x.c("121").t("), ").c("adj Ca 2.18").t(", ").c("vit D 22").t(". Pain controlled on ")
    x.c("paracetamol 1 g QDS").t(" and ").c("oxycodone 2.5 mg PRN").t(".\nPlan: ")
    x.c("1 unit RBC").t("; start ").c("Fultium-D3 3,200 units OD").t(" for ").c("10/7")
    x.t(" then zoledronate per FLS; ").c("Parkinson's").t(" meds (").c("Madopar 125 mg QDS").t(") on time.\n")
    x.t("Discussed with son on ").p("PHONE", x.tel()).t(".\n")
    return x.sig("ST5", "").t(" bleep ").p("PHONE", x.digits(4)).t("\n").done()


def bronchiolitis(i: int) -> Note:
    x = Ctx(i, "UK", age=(0, 0))
    months = x.r.randint(2, 11)
    x.dob = x.day - timedelta(days=30 * months)
    x.t("Paeds ward round - Rainbow Ward bay 2\n").pt("fl").t(", ").c(f"{months}/12").t(" old")
    x.t(", Hosp No ").p("ID", x.mrn).t(", DOB ").d(x.dob, ["uk1", "uk"]).t("\n").d(x.day, ["dms"])
    x.t("\nMum (").staff("f", "F").t(") resident. Day 3 bronchiolitis, RSV ").c("positive")
    x.t(".\nFeeds ").c("60% of usual").t(" - NG feeds ").c("90 ml 3 hourly").t(". ").c("RR 54")
    x.t(", mild subcostal recession, ").c("SpO2 94% in air").t(". ").c("Wt 6.8 kg").t(".\n")
    x.t("Plan: wean HFNC off, continue NG, home when feeding ").c(">75%").t(". Safety-netting given.\n")
    x.t("HV: ").staff("fl").t(" ").p("PHONE", x.tel()).t(".  ").staff("init").t(" (SpR)\n")
    return x.done()


def amhp(i: int) -> Note:
    x = Ctx(i, "UK", age=(18, 70))
    x.t("AMHP Report - Mental Health Act 1983 (s.2)\nPerson assessed: ").pt("fml").t("\nAddress: ")
    x.addr().t("\nRiO: ").p("ID", x.digits(7)).t("   NHS: ").p("ID", nhs(x)).t("\nDate of assessment: ")
    x.d(x.day, ["dml", "odm"]).t("\n\nAssessed at home with Dr ").staff("l").t(" (s.12) and Dr ")
    x.staff("l").t(" (GP). Nearest relative: mother ").staff("fl", "F").t(", consulted by phone ")
    x.p("PHONE", x.tel()).t(" - did not object.\n").pt("f").t(" had stopped ").c("olanzapine 10 mg")
    x.t(" about ").c("3 weeks").t(" ago, not sleeping, believes neighbours are broadcasting "
                                 "thoughts. No alcohol; cannabis daily.\nInformal admission declined. "
                                 "Application made; bed found at The Linden Centre. Police "
                                 "(PC ")
    x.p("ID", x.digits(4)).t(") assisted conveyance, vehicle ").p("ID", x.r.choice(["YK", "BD", "LN"])
                                                              + f"{x.r.randint(10, 74)} "
                                                              + x.r.choice(["ZXT", "KRB", "WMO"]))
    x.t(".\n")
    return x.sig("AMHP").done()


def welsh_memory(i: int) -> Note:
    x = Ctx(i, "WA", old=i % 2 == 1, age=(65, 89))
    x.t("Gwasanaeth Cof / Memory Assessment Service\n").d(x.day, ["dml"]).t("\n\nPRIVATE & "
                                                                           "CONFIDENTIAL\n")
    x.pt("fl").t("\n").addr(sep="\n").t("\n\nDear ").t("Mr " if x.sex == "M" else x.r.choice(["Mrs ", "Ms "])).pt("l")
    x.t(",\n\nThank you for coming with your daughter ").staff("f", "F").t(" on ").d(x.ago(10), ["of"])
    x.t(". Your ").c("ACE-III").t(" was ").c("71/100").t(" and your MRI showed small vessel "
                                                         "change. We think you have mixed ").c("Alzheimer's").t(" and vascular dementia. We "
                                                         "have started ")
    x.c("donepezil 5 mg at night").t(", increasing to ").c("10 mg").t(" after ").c("4 weeks")
    x.t(".\nYour Memory Link Worker is ").staff("fl").t(" (").p("PHONE", x.tel()).t(", ")
    x.p("EMAIL", f"{x.r.choice(['memory.link', 'cof'])}@wales.nhs.uk").t(").\n\nYours sincerely,\n")
    x.staff("fl").t("\nCc: Dr ").staff("fl").t(", Meddygfa Teifi Surgery\n")
    return x.t("NHS: ").p("ID", nhs(x)).t("   Age: ").age_t().t("\n").done()


def nhs24(i: int) -> Note:
    x = Ctx(i, "SC", age=(19, 95))
    chi = ds(x.dob, "uk").replace("/", "")[:4] + f"{x.dob.year % 100:02d}" + x.digits(4)
    x.t("NHS 24 111 Call Record\nCaller: ").pt("fl").t(" (patient)  CHI ").p("ID", chi).t("\n")
    x.t("Call back ").p("PHONE", x.phone).t("   Location: ").addr().t("\nCall start ")
    x.p("DATE", x.day.isoformat() + f"T{x.r.randint(18, 23)}:{x.r.randint(10, 59)}").t("\n\n")
    x.t("Symptoms: dysuria and frequency ").c("2 days").t(", no loin pain, ").c("temp 37.9").t(".\n")
    x.t("Pathway: urinary symptoms - outcome: see GP out of hours within ").c("4 hours").t(".\n")
    x.t("Appointment booked at the Victoria Hospital PCEC. Call handler ")
    x.staff("fl").t(", clinical supervisor ").staff("Fl").t(". Ref ").p("ID", "N24-" + x.digits(8))
    return x.t(".\n").done()


# ----------------------------------------------------------------------------------------
# Canada / Australia / NZ / Ireland / SA / India
# ----------------------------------------------------------------------------------------


def ctas_mb(i: int) -> Note:
    x = Ctx(i, "CA", age=(18, 90))
    x.town, x.state = x.r.choice(_TOWNS["CA"][:3])
    x.t("EMERGENCY - Prairie Mountain Regional Health Centre\nPatient: ").pt("LF")
    x.t("  PHIN: ").p("ID", x.digits(9)).t("  Chart: ").p("ID", x.mrn).t("\nDOB: ")
    x.d(x.dob, ["iso", "dms"]).t("   Seen: ").d(x.day, ["iso", "dms"]).t(" 02:14\n")
    x.t("CTAS ").c("3").t(". Triage RN ").staff("init").t(".\n\nLaceration L forearm ").c("5 cm")
    x.t(" from a broken storm window, no tendon involvement, ").c("cap refill <2 s").t(".\n")
    x.t("Tetanus last ").d(x.ago(4000), ["my"]).t(" -> Tdap given. Irrigated, ").c("lidocaine 1% 4 mL")
    x.t(", ").c("6 x 4-0 nylon").t(". Sutures out ").c("10 days").t(" at nursing station.\n")
    x.t("Home: ").addr().t(". Phone ").p("PHONE", x.phone).t(".\n")
    return x.sig("MD, CCFP(EM)", "").done()


def home_dialysis(i: int) -> Note:
    x = Ctx(i, "CA", age=(30, 85))
    x.town, x.state = x.r.choice(_TOWNS["CA"][3:])
    ohip = f"{x.digits(4)}-{x.digits(3)}-{x.digits(3)}-{x.r.choice(['AB', 'KX', 'PT', 'MR'])}"
    x.t("Home Dialysis Clinic Note\n").pt("fl").t("   OHIP ").p("ID", ohip).t("   DOB ")
    x.d(x.dob, ["dms", "iso"]).t("\nClinic date: ").d(x.day, ["mdl", "iso"]).t("\n\n")
    x.t("On nightly CCPD ").c("4 exchanges x 2.2 L").t(" with ").c("Extraneal").t(" last fill. ")
    x.c("Kt/V 1.9").t(". Peritonitis ").ds(x.ago(60)).t(" treated with ").c("cefazolin IP")
    x.t(".\n").c("Hb 104").t(", ").c("PO4 1.9").t(", ").c("PTH 61").t(". ").c("BP 146/88").t(".\n")
    x.t("Plan: ").c("darbepoetin 40 mcg weekly").t(", ").c("sevelamer 800 mg TID with meals").t(".\n")
    x.t("Supplies to ").addr().t(". Baxter account ").p("ID", x.digits(8)).t(". Wife ").staff("fl", "F")
    x.t(" does set-up; reach her on ").p("PHONE", x.tel()).t(".\nNext visit by OTN video: ").p("URL", f"https://join.otn.ca/m/{x.digits(9)}").t("\n")
    return x.sig("RN", "Home dialysis nurse: ").t("; Nephrologist Dr ").staff("l").t("\n").done()


def acat(i: int) -> Note:
    x = Ctx(i, "AU", old=True)
    son = x.person("M")
    medi = f"{x.r.randint(2, 6)}{x.digits(3)} {x.digits(5)} {x.r.randint(1, 9)}"
    x.t("Aged Care Assessment (ACAT)\nClient: ").pt("LF").t("   Age ").age_t().t("   DOB ")
    x.d(x.dob, ["uk", "dms"]).t("\nMedicare: ").p("ID", medi).t("   UR ").p("ID", x.mrn)
    x.t("\nHome: ").addr().t("\nAssessment date: ").d(x.day, ["uk", "odm"]).t("\n\n")
    x.t("Client lives with husband ").staff("fl", "M").t(" (").p("AGE", str(x.r.randint(90, 99)))
    x.t(") in a single-storey unit. Mobilises with 4WW. ").c("Barthel 55/100").t(". ")
    x.c("MMSE 20/30").t(". Two falls since ").d(x.ago(60), UK_SHORT).t(".\n")
    x.t("Approved: permanent residential care and respite. Preferred facility: Banksia Gardens, "
        "contact ").staff("fl").t(" ").p("PHONE", x.tel()).t(".\nNominee: son ").nm(*son, "fl").t(", ")
    x.p("EMAIL", x.mk_email(*son)).t("\n")
    return x.sig("RN", "Assessor: ").done()


def snakebite(i: int) -> Note:
    x = Ctx(i, "AU", age=(18, 80))
    x.t("ED Discharge Letter - Darling Downs Base Hospital\n").pt("fl").t("  URN ")
    x.p("ID", x.mrn).t("  DOB ").d(x.dob, ["uk"]).t("\nPresented ").d(x.day, ["dms", "uk"])
    x.t(" 16:40, discharged ").d(x.day + timedelta(days=1), ["dms", "uk"]).t(" 11:00\n\n")
    x.t("Suspected brown snake bite to R ankle while gardening. Pressure immobilisation bandage "
        "applied by QAS. Serial bloods at ").c("0, 6 and 12 h").t(": ").c("INR 1.0").t(", ")
    x.c("APTT 29").t(", ").c("fibrinogen 3.1").t(", ").c("CK 88").t(", ").c("d-dimer <0.2").t(". No "
                                                                                            "envenomation"
                                                                                            "; no antivenom "
                                                                                            "given.\n")
    x.t("Dear Dr ").staff("l").t(", no GP action needed. Tetanus ").c("ADT booster").t(" given.\n")
    x.t("Patient contact ").p("PHONE", x.phone).t(". Next of kin: ").staff("fl").t(".\n")
    return x.sig("Emergency Registrar", "").done()


def nz_dn(i: int) -> Note:
    x = Ctx(i, "NZ", age=(55, 96))
    x.t("District Nursing Visit - ").d(x.day, ["dms", "uk"]).t("\n").pt("fl").t(" (NHI ")
    x.p("ID", x.mrn).t(")  ").addr().t("\n\n")
    x.t("Venous leg ulcer L gaiter, ").c("4.2 x 3.1 cm").t(", slough ").c("30%").t(", moderate "
                                                                                  "exudate. ABPI ")
    x.c("0.92").t(". Cleansed, ").c("Aquacel Ag").t(" + ").c("2-layer compression").t(". Pain ")
    x.c("2/10").t(".\nGrandson ").staff("f", "M").t(" helps with shopping. GP Dr ").staff("l")
    x.t(" to review ").c("flucloxacillin 500 mg QID").t(" if cellulitis spreads.\nNext visit ")
    x.d(x.day + timedelta(days=3), UK_SHORT).t(". Home phone ").p("PHONE", x.phone).t(".\n")
    return x.t("- ").staff("fl").t(" RN, ").staff("FL").t("\n").done()


def ie_asthma(i: int) -> Note:
    x = Ctx(i, "IE", age=(16, 80))
    x.t("Respiratory Outpatients\nUniversity Hospital Kerry\n\n")
    x.t(f"{x.r.choice(['Re', 'RE'])}: ").pt("fl").t("  DOB ").d(x.dob, ["uk", "dot"]).t("  MRN ")
    x.p("ID", x.mrn).t("\nIHI ").p("ID", x.digits(16)).t("  Medical card ").p("ID", x.digits(8) + "A")
    x.t("\n").addr(sep=", ").t("\n\nDear Dr ").staff("l").t(",\n\nReviewed ").pt("f")
    x.t(" on ").d(x.day, ["odm", "dml"]).t(". Asthma poorly controlled, ").c("ACT 13").t(". ")
    x.c("FeNO 68 ppb").t(", ").c("eos 0.6").t(". On ").c("Symbicort 200/6 2 puffs BD")
    x.t(". I have added ").c("montelukast 10 mg nocte").t(" and referred for biologic assessment "
                                                         "(").c("mepolizumab").t(").\n")
    x.t("Patient's mobile ").p("PHONE", x.phone).t(", e-mail ").p("EMAIL", x.email).t(".\n")
    return x.sig("", "Is mise le meas,\nDr ").t("\nConsultant Respiratory Physician\n").done()


def za_tb(i: int) -> Note:
    x = Ctx(i, "ZA", age=(18, 70))
    said = ds(x.dob, "num")[2:] + x.digits(7)
    x.t("TB Clinic - Jabavu CHC\nName: ").pt("LF").t("   Folder: ").p("ID", x.mrn)
    x.t("\nID no: ").p("ID", said).t("   Cell: ").p("PHONE", x.phone).t("\nVisit: ")
    x.d(x.day, ["uk", "iso"]).t("\n\nMonth 2 of intensive phase, ").c("RHZE 4 tabs daily").t(". ")
    x.c("Wt 54 kg").t(" (start ").c("49 kg").t("). Sputum GeneXpert ").ds(x.ago(56)).t(": MTB ")
    x.c("detected, RIF resistance not detected").t(". Smear today sent, lab no ")
    x.p("ID", x.r.choice(["NH", "PT"]) + x.digits(8)).t(".\nHIV ").c("positive").t(", ")
    x.c("CD4 212").t(", on ").c("TLD").t(". Treatment supporter ").staff("fl").t(".\n")
    x.t("Address: ").addr().t("\n")
    return x.sig("Prof Nurse", "").done()


def in_dengue(i: int) -> Note:
    x = Ctx(i, "IN", age=(16, 70))
    x.t("DISCHARGE SUMMARY\nName: ").pt("fl").t("  UHID: ").p("ID", x.mrn).t("  IP No: ")
    x.p("ID", f"IP/{x.day.year % 100}/{x.digits(5)}").t("\nDOA: ").d(x.ago(5), ["uk", "dash"])
    x.t("  DOD: ").d(x.day, ["uk", "dash"]).t("\nAddress: ").addr().t("\nConsultant: Dr ")
    x.staff("fl").t(" (General Medicine)\n\nDiagnosis: dengue fever with warning signs (NS1 ")
    x.c("positive").t(").\nCourse: ").c("platelets 18,000").t(" nadir on day 4, ").c("Hct 46%")
    x.t("; managed with ").c("IV fluids").t(" and ").c("paracetamol 650 mg SOS").t("; no transfusion. "
                                                                                   "Platelets ")
    x.c("96,000").t(" at discharge.\nAdvice: review in OPD after ").c("1 week").t(" with CBC. "
                                                                                   "Contact ")
    x.p("PHONE", x.phone).t(". Attendant: ").staff("fl", "M").t(" (brother).\n")
    return x.sig("MBBS", "").done()


def incident(i: int) -> Note:
    co = ["US", "UK", "AU", "IE"][i % 4]
    x = Ctx(i, co, age=(20, 95))
    x.t("PATIENT SAFETY INCIDENT REVIEW\nReference: ").p("ID", x.r.choice(["DATIX-", "W", "RL-"])
                                                          + x.digits(6))
    x.t("\nDate of incident: ").d(x.ago(3)).t("   Reported: ").d(x.ago(2)).t("\nPatient: ")
    x.pt("LF").t(" (").p("ID", x.mrn).t("), age ").age_t().t("\n\nSummary: ")
    x.c("enoxaparin 80 mg").t(" given at 2200 although dose had been changed to ")
    x.c("40 mg").t(" on ").ds(x.ago(3)).t(" (").c("CrCl 24 mL/min").t("). No harm: anti-Xa ")
    x.c("0.9").t(". eMAR opened on workstation ").p("IP", x.ip()).t(" by ").staff("fl")
    x.t("; verification by ").staff("init").t(" overridden.\nFamily (").staff("fl")
    x.t(") informed under duty of candour on ").d(x.ago(1)).t(".\nReviewer: ").staff("fl")
    return x.t(", Medication Safety Officer\n").done()


def research_pharm(i: int) -> Note:
    co = ["US", "UK", "CA", "AU"][i % 4]
    x = Ctx(i, co, age=(40, 85))
    x.t("Investigational Drug Service - Dispensing Log\nStudy: HEART-FIT (NCT05513420)\nSubject: ")
    x.p("ID", f"{x.r.randint(101, 140)}-{x.digits(4)}").t("   Patient: ").pt("fl").t("   MRN ")
    x.p("ID", x.mrn).t("\nDispensed ").p("DATE", x.day.isoformat() + f"T{x.r.randint(8, 17)}:"
                                         f"{x.r.randint(10, 59)}").t(" kit ")
    x.p("ID", "K" + x.digits(6)).t(": ").c("IP 10 mg tablets x 35").t(", take ").c("one daily")
    x.t(".\nReturned ").c("4 tablets").t(" from visit ").d(x.ago(28)).t(" - adherence ").c("87%")
    x.t(".\nIWRS confirmation sent to ").p("EMAIL", f"ids.pharmacy@{x.r.choice(['uhs', 'mercy'])}.org")
    x.t("; eCRF: ").p("URL", f"https://edc.heartfit-trial.org/subject/{x.digits(5)}").t("\n")
    return x.t("Pharmacist ").staff("fl").t(" / checked ").staff("init").t("\n").done()


TEMPLATES: list[Callable[[int], Note]] = [
    ed_syncope, hyponatremia_progress, afib_consult, gi_bleed_transfer, pancreatitis_dc,
    delirium_night, wound_phone, pump_portal, cxr_report, ruq_us, marrow_path, rejected_specimen,
    proxy_sw, ot_stroke, vanc_pharm, hospice_adm, ur_note, ob_triage, pacu, ent_epistaxis,
    interpreter_avs, sdec_frailty, gp_letter, hf_phone, nof_ortho, bronchiolitis, amhp,
    welsh_memory, nhs24, ctas_mb, home_dialysis, acat, snakebite, nz_dn, ie_asthma, za_tb,
    in_dengue, incident, research_pharm,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic labelled notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](i) for i in range(n)]
