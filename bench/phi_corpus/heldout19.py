"""HELD-OUT v19 PHI corpus: written before any round-19 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v18 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. 43 templates, cycled in order (see ``TEMPLATES``):
ED syncope notes with ROS / exam / MDM, hospitalist COPD H&Ps with health-care proxy,
hospital-day SOAP notes with dated lab trends, discharge summaries with an appointment table,
lower-case typed night-shift nursing notes, hepatology consults with paracentesis, nurse
telephone encounters about medications, patient-portal messages with replies, SNF transfer
packets (SSN, MBI, POA), chest X-ray reports with comparisons and phoned findings, L&D
admission notes, 12-month well-child visits, polysomnography reports, case-management DME /
home-health notes (US); two-week-wait GP referrals, A&E clerkings (PC / HPC / SH "lives in"),
consultant ward rounds ("TTO 7/7"), lower-case SBAR handovers, immediate discharge letters
("clinic 3/12"), community psychiatric nurse visits, pre-op assessment clinics, care-home falls
reviews (UK); family-medicine consult letters (OHIP), home-care referrals, ED discharge sheets
(Canada); discharge summaries (Medicare / URN), aged-care assessments, Hospital-in-the-Home
notes (Australia); orthopaedic eReferrals (NHI), district-nursing notes (New Zealand); OPD
letters with Eircodes, Manchester-triage notes (Ireland); medical admissions (13-digit ID),
obstetric-unit notes (South Africa); polyclinic referrals (NRIC, HDB), dialysis-centre notes
(Singapore); discharge summaries (UHID / Aadhaar, PIN codes), diabetes OPD notes (India);
and pacemaker device-clinic notes (serials), lung-cancer MDT outcome lists (several patients),
histopathology reports (lab numbers), advance-care-planning notes (nicknames in quotes, SSN
"last 4", document URL) and transfusion records (blood-unit numbers).
Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ, en_IE, en_IN and zu_ZA, plus curated
Afrikaans, Singapore Chinese / Malay / Tamil names, in many forms ("First Last", "First M.
Last", "LAST, First", "Last, First M", "F. Last", surname alone after a title, first name alone,
lower-case, nicknames in quotes, hyphenated surnames, staff initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country is not
PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP. DATE: anything more specific than a
year, in 15+ formats; "on 3/4 (yesterday)" labels only "3/4"; weekdays and "the" stay outside;
a date followed by a separate time labels only the date. UK follow-up shorthand ("review 6/12",
"TTO 7/7", "3/52") is a duration, not a date (recorded as a clinical value). PHONE includes
fax, pagers / bleeps (number only) and extensions (inside the span); labels such as "cell",
"mob", "h:", "w:" are outside. SSN: full numbers and the digits of a masked / "last 4" SSN. ID:
MRN / UR / URN / hospital / FIN / account / encounter numbers, NHS / OHIP / Medicare / NHI /
PPSN / SA ID / NRIC / UHID / Aadhaar / MBI numbers, accession numbers, device serials, licence
plates. AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug names,
scores, times of day, durations, years alone, weekdays alone, relative dates, bed / bay / room
numbers, ward and unit names ("Cath lab", "Ward 12", "AMU", "4 West") and facility / employer /
insurer / pharmacy names are unlabelled (clinical values are recorded in ``Note.clinical``).
Dates are absolute (seeded), so ``generate(n)`` is deterministic. Run it only for final
figures: its misses and lost clinical values are not to be inspected while the scrubber is
being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 19_190_319
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
LOCALE = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ",
          "IE": "en_IE", "ZA": "zu_ZA", "SG": "en_US", "IN": "en_IN"}
TOWNS = {
    "US": ["Dayton", "Fresno", "Lowell", "Tacoma", "Scranton", "Joliet", "Yonkers", "Gary",
           "Macon", "Erie", "Pueblo", "Akron", "Billings", "Kenosha"],
    "UK": ["Rotherham", "Wigan", "Stockport", "Swindon", "Luton", "Dudley", "Gateshead",
           "Barnsley", "Wrexham", "Kettering", "Grimsby", "Falkirk", "Bolton", "Crewe"],
    "CA": ["Mississauga", "Brampton", "Kamloops", "Moncton", "Sudbury", "Oshawa", "Guelph"],
    "AU": ["Parramatta", "Frankston", "Toowoomba", "Dandenong", "Penrith", "Bendigo"],
    "NZ": ["Porirua", "Papakura", "Whanganui", "Hamilton", "Masterton", "Rotorua"],
    "IE": ["Tallaght", "Navan", "Mullingar", "Ennis", "Clondalkin", "Tullamore"],
    "ZA": ["Soweto", "Khayelitsha", "Pietermaritzburg", "Mthatha", "Umlazi", "Mitchells Plain"],
    "SG": ["Tampines", "Jurong West", "Ang Mo Kio", "Woodlands", "Bedok", "Sengkang"],
    "IN": ["Kothrud", "Coimbatore", "Lucknow", "Nagpur", "Thane", "Indore"],
}
STREETS = {
    "US": ["Maple Ave", "Elm St", "Oak Ridge Dr", "Harrison Blvd", "W 3rd St", "Cedar Ln"],
    "UK": ["Church Lane", "Station Road", "Victoria Street", "Mill Close", "Park Avenue"],
    "CA": ["Harbour St", "Dundas St W", "Queen St E", "Lakeshore Rd", "Elgin Ave"],
    "AU": ["Smith St", "Bridge Rd", "Pacific Hwy", "Gould Ave", "Hume St"],
    "NZ": ["Kamo Rd", "Great South Rd", "Tui Street", "Rata St", "Ohiro Rd"],
    "IE": ["Main Street", "Old Bawn Road", "Bóthar na Trá", "Fairgreen Rd", "Abbey St"],
    "ZA": ["Vilakazi St", "Jan Smuts Ave", "Beach Rd", "Church St", "Umgeni Rd"],
    "SG": ["Tampines St 42", "Jurong West St 61", "Ang Mo Kio Ave 3", "Bedok North Rd"],
    "IN": ["Karve Road", "MG Road", "Link Road", "Ring Road", "Station Road"],
}
ZA_NAMES = (["Pieter", "Annelie", "Johan", "Marike", "Thandeka", "Sipho", "Lerato", "Zanele"],
            ["van der Merwe", "Botha", "Pretorius", "Nkosi", "Dlamini", "Mokoena", "Khumalo"])
IE_COUNTY = {"Tallaght": "Dublin 24", "Navan": "Co. Meath", "Mullingar": "Co. Westmeath",
             "Ennis": "Co. Clare", "Clondalkin": "Dublin 22", "Tullamore": "Co. Offaly"}
ZA_GIVEN = [("Pieter", "M"), ("Annelie", "F"), ("Johan", "M"), ("Marike", "F"), ("Thandeka", "F"),
            ("Sipho", "M"), ("Lerato", "F"), ("Zanele", "F"), ("Bongani", "M")]
SG_CHINESE = [("Tan", "Wei Ling", "F"), ("Lim", "Boon Huat", "M"), ("Ng", "Mei Xin", "F"),
              ("Goh", "Kok Wah", "M"), ("Teo", "Hui Min", "F"), ("Chua", "Jun Jie", "M")]
SG_NAMES = [(su, g) for su, g, _ in SG_CHINESE]
NICK = {"William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Liz",
        "James": "Jim", "Patricia": "Pat", "Richard": "Dick", "Katherine": "Kate"}
Tpl = Callable[[NoteBuilder, "Ctx"], None]


@dataclass
class Ctx:
    r: random.Random
    fk: Faker
    cc: str
    sex: str
    first: str
    middle: str
    last: str
    dob: date
    today: date
    age: int
    mrn: str
    phone: str
    street: str
    town: str
    zipc: str

    @property
    def us(self) -> bool:
        return self.cc == "US"

    def staff(self) -> tuple[str, str]:
        if self.cc == "ZA" and self.r.random() < 0.5:
            return self.r.choice(ZA_NAMES[0]), self.r.choice(ZA_NAMES[1])
        if self.cc == "SG" and self.r.random() < 0.5:
            sur, giv = self.r.choice(SG_NAMES)
            return giv, sur
        return self.fk.first_name(), self.fk.last_name()

    def rel(self, sex: str = "") -> str:
        if self.cc == "SG" and self.r.random() < 0.6:
            return self.r.choice(SG_NAMES)[1]
        sex = sex or self.r.choice("MF")
        return self.fk.first_name_male() if sex == "M" else self.fk.first_name_female()

    def set_age(self, age: int) -> None:
        self.age = age
        self.dob = self.today - timedelta(days=age * 365 + self.r.randint(5, 360))

    def name(self, b: NoteBuilder, form: str | None = None) -> None:
        f, m, la = self.first, self.middle, self.last
        form = form or self.r.choice(["fl", "fml", "LF", "Lfm", "fl", "Fl", "low", "f"])
        text = {"fl": f"{f} {la}", "fml": f"{f} {m[0]}. {la}", "LF": f"{la.upper()}, {f}",
                "Lfm": f"{la}, {f} {m[0]}", "Fl": f"{f[0]}. {la}", "low": f"{f.lower()} {la.lower()}",
                "f": f, "l": la, "up": f"{f.upper()} {la.upper()}"}[form]
        b.p("NAME", text)

    def sname(self, b: NoteBuilder, title: str = "Dr ", form: str | None = None) -> None:
        f, la = self.staff()
        form = form or self.r.choice(["fl", "l", "Fl", "fl"])
        b.t(title)
        b.p("NAME", {"fl": f"{f} {la}", "l": la, "Fl": f"{f[0]}. {la}",
                     "low": f"{f.lower()}"}[form])

    def initials(self, b: NoteBuilder) -> None:
        f, la = self.staff()
        b.p("NAME", self.r.choice([f"{f[0]}{la[0]}", f"{f[0]}.{la[0]}."]))

    def day(self, back: int = 0, fwd: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(-back, fwd))

    def ds(self, d: date, style: str | None = None) -> str:
        mo, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
        if self.us:
            styles = {"a": f"{d.month}/{d.day}/{d.year}", "b": f"{d.month:02d}/{d.day:02d}/{d.year}",
                      "c": f"{d.month}/{d.day}/{d.year % 100:02d}", "d": f"{mo} {d.day}, {d.year}",
                      "e": f"{mon} {d.day}, {d.year}", "f": d.isoformat(),
                      "g": f"{d.day:02d}-{mon}-{d.year}", "h": f"{d.day:02d}{mon.upper()}{d.year}",
                      "s": f"{d.month}/{d.day}", "w": f"{mo} {d.day}"}
        else:
            styles = {"a": f"{d.day}/{d.month}/{d.year}", "b": f"{d.day:02d}/{d.month:02d}/{d.year}",
                      "c": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", "d": f"{d.day} {mo} {d.year}",
                      "e": f"{d.day} {mon} {d.year}", "f": d.isoformat(),
                      "g": f"{d.day:02d}-{mon}-{d.year}", "h": f"{d.day}.{d.month}.{d.year % 100:02d}",
                      "s": f"{d.day}/{d.month}", "w": f"{d.day} {mo}"}
        return styles[style or self.r.choice("abcdefgh")]

    def d(self, b: NoteBuilder, d: date, style: str | None = None) -> None:
        b.p("DATE", self.ds(d, style))

    def dob_(self, b: NoteBuilder) -> None:
        self.d(b, self.dob, self.r.choice("abbdefg"))

    def agep(self, b: NoteBuilder, suffix: str = "") -> None:
        if self.age >= 90:
            b.p("AGE", str(self.age))
        else:
            b.c(str(self.age))
        b.t(suffix)

    def ph(self, b: NoteBuilder, ext: bool = False) -> None:
        r = self.r
        n = [r.randint(2, 9)] + [r.randint(0, 9) for _ in range(9)]
        s = "".join(map(str, n))
        fmt = {
            "US": [f"({s[:3]}) {s[3:6]}-{s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}"],
            "UK": [f"01{s[:3]} {s[3:9]}", f"07{s[:3]} {s[3:9]}", f"020 {s[:4]} {s[4:8]}"],
            "CA": [f"{s[:3]}-{s[3:6]}-{s[6:]}", f"({s[:3]}) {s[3:6]}-{s[6:]}"],
            "AU": [f"(02) {s[:4]} {s[4:8]}", f"04{s[:2]} {s[2:5]} {s[5:8]}", f"+61 4{s[:2]} {s[2:5]} {s[5:8]}"],
            "NZ": [f"021 {s[:3]} {s[3:7]}", f"(07) {s[:3]} {s[3:7]}", f"027-{s[:3]}-{s[3:7]}"],
            "IE": [f"087 {s[:3]} {s[3:7]}", f"(01) {s[:3]} {s[3:7]}", f"+353 86 {s[:3]} {s[3:7]}"],
            "ZA": [f"082 {s[:3]} {s[3:7]}", f"(011) {s[:3]} {s[3:7]}", f"+27 72 {s[:3]} {s[3:7]}"],
            "SG": [f"9{s[:3]} {s[3:7]}", f"+65 6{s[:3]} {s[3:7]}", f"8{s[:3]}-{s[3:7]}"],
            "IN": [f"+91 98{s[:3]} {s[3:8]}", f"0{s[:2]}-{s[2:10]}", f"9{s[:4]}{s[4:9]}"],
        }[self.cc]
        text = r.choice(fmt)
        if ext:
            text += r.choice([" ext. ", " x", " ext "]) + str(r.randint(200, 7999))
        b.p("PHONE", text)

    def addr(self, b: NoteBuilder, sep: str = ", ", state: str = "") -> None:
        b.p("ADDRESS", self.street).t(sep).p("ADDRESS", self.town)
        b.t(state + " ").p("ZIP", self.zipc)

    def id_(self, kind: str) -> str:
        r = self.r

        def dg(k: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(k))
        return {
            "nhs": f"{dg(3)} {dg(3)} {dg(4)}", "ohip": f"{dg(4)}-{dg(3)}-{dg(3)}-{r.choice(['AB', 'KT', 'XM'])}",
            "medi": f"{dg(4)} {dg(5)} {dg(1)}", "nhi": "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + dg(4),
            "za": self.dob.strftime("%y%m%d") + dg(7), "nric": r.choice("STF") + dg(7) + r.choice("ABCDEGHIJZ"),
            "aadhaar": f"{dg(4)} {dg(4)} {dg(4)}", "mbi": f"{dg(1)}EG{dg(1)}-TE{dg(1)}-MK{dg(2)}",
            "acc": f"{r.choice(['CR', 'RAD', 'XR'])}{dg(7)}", "fin": dg(9), "ppsn": f"{dg(7)}{r.choice('ABKTW')}",
            "ssn": f"{dg(3)}-{dg(2)}-{dg(4)}", "plate": f"{r.choice(['7KQ', 'BX21', 'LK68'])}{dg(3)}",
        }[kind]


def _ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _zip(r: random.Random, cc: str) -> str:
    L = "ABCDEFGHJKLMNPRSTUWY"
    return {
        "US": f"{r.randint(10000, 99950)}", "UK": f"{r.choice(['S60', 'WN1', 'SK4', 'LU2', 'NE8', 'BL3'])} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}",
        "CA": f"L{r.randint(1, 9)}B {r.randint(1, 9)}C{r.randint(1, 9)}", "AU": f"{r.randint(2000, 4800)}",
        "NZ": f"{r.randint(1000, 9800):04d}", "IE": f"{r.choice(['D24', 'C15', 'N91', 'V95', 'R35'])} {r.choice(L)}{r.randint(10, 99)}{r.choice(L)}",
        "ZA": f"{r.randint(1000, 9999)}", "SG": f"{r.randint(510000, 829999)}", "IN": f"{r.randint(110001, 560099)}",
    }[cc]


def _street(r: random.Random, cc: str) -> str:
    s = r.choice(STREETS[cc])
    n = r.randint(2, 480)
    if cc == "US":
        return f"{n} {s}" + r.choice(["", f", Apt {r.randint(1, 30)}{r.choice('ABC')}", f" #{r.randint(100, 999)}"])
    if cc == "UK":
        return r.choice([f"{n} {s}", f"Flat {r.randint(1, 12)}, {n} {s}", f"{r.randint(1, 40)} {s}"])
    if cc == "CA":
        return r.choice([f"{n} {s}", f"{r.randint(101, 1908)}-{n} {s}"])
    if cc == "AU":
        return r.choice([f"{n} {s}", f"{r.randint(1, 9)}/{n} {s}", f"Unit {r.randint(1, 12)}, {n} {s}"])
    if cc == "SG":
        return f"Blk {r.randint(100, 899)} {s} #{r.randint(2, 16):02d}-{r.randint(10, 399)}"
    if cc == "IN":
        return f"Flat {r.randint(101, 904)}, Sai Krupa Apts, {n} {s}"
    return f"{n} {s}"


# ----------------------------------------------------------------------------- US templates


def us_ed_syncope(b: NoteBuilder, c: Ctx) -> None:
    b.t("ED Provider Note\nPatient: ").p("NAME", f"{c.last}, {c.first}").t("   MRN: ").p("ID", c.mrn)
    b.t("   DOB: ")
    c.d(b, c.dob, "b")
    b.t("\nCC: syncope\nHPI: ").agep(b, " yo ")
    b.t(c.sex + " from ").p("ADDRESS", c.town).t(" w/ hx HTN, HLD on ")
    b.c("amlodipine 10 mg").t(" daily, brought in by EMS after witnessed syncopal episode at church ~")
    b.c("1 hour").t(" PTA. Wife ").p("NAME", c.rel("F")).t(" reports LOC < ").c("30 seconds").t(
        ", no seizure activity. Similar episode on ")
    c.d(b, c.day(20, 0), "s")
    b.t(". Seen by PCP Dr. ")
    c.sname(b, "", "fl")
    b.t(" last month.\nROS: 10-point ROS negative except as in HPI.\nExam: BP ").c("98/56").t(" HR ").c("52")
    b.t(" SpO2 ").c("97%").t(" RA. Orthostatics positive (drop of ").c("24 mmHg").t(").\nMDM: ECG sinus brady ")
    b.c("48").t(", QTc ").c("462 ms").t(". Trop ").c("<0.01").t(". San Francisco Syncope Rule negative. ")
    b.t("d/w cardiology fellow Dr. ")
    c.sname(b, "", "l")
    b.t(" (pager ").p("PHONE", str(c.r.randint(2000, 9999))).t(").\nDispo: Obs to 4 West, tele. ")
    b.t("Daughter ").p("NAME", f"{c.rel('F')} {c.last}").t(" updated at ").ph(b)
    b.t(".\n-- ")
    c.sname(b, "", "fl")
    b.t(", MD  ")
    c.d(b, c.today, "b")
    b.t(" 23:41\n")


def us_hp_copd(b: NoteBuilder, c: Ctx) -> None:
    b.t("HOSPITAL MEDICINE ADMISSION H&P\nAdmit date: ")
    c.d(b, c.today, "a")
    b.t("  FIN ").p("ID", c.id_("fin")).t("\n\n")
    c.name(b, "fml")
    b.t(" is a ").agep(b, "-year-old ")
    b.t("former smoker (").c("45 pack-years").t(") with COPD on ").c("home O2 2 L").t(
        " who presents with 4 days of increased sputum. Lives in ").p("ADDRESS", c.town)
    b.t(" with her son ").p("NAME", c.rel("M")).t(". Last admission ")
    c.d(b, c.day(200, 0), "d")
    b.t(" for the same.\nHome meds: ").c("tiotropium 18 mcg").t(" inh daily, ").c("Symbicort 160/4.5").t(
        " 2 puffs BID, ").c("prednisone 10 mg").t(".\nVitals: T ").c("37.9").t(" RR ").c("26").t(" SpO2 ")
    b.c("86%").t(" on 2L. ABG ").c("7.31/62/58").t(".\nA/P: AECOPD. ").c("Methylprednisolone 40 mg IV q12h").t(
        ", ").c("azithromycin 500 mg").t(", BiPAP ").c("12/5").t(" overnight.\nCode status: DNR/DNI confirmed with HCP ")
    b.p("NAME", f"{c.rel()} {c.r.choice([c.last, c.fk.last_name()])}").t(" (cell ").ph(b).t(").\n")
    c.sname(b, "", "fl")
    b.t(", DO, Hospitalist\n")


def us_progress(b: NoteBuilder, c: Ctx) -> None:
    y = c.today - timedelta(days=1)
    b.t("Progress Note - Hospital Day 3\n").p("NAME", f"{c.last}, {c.first} {c.middle[0]}").t(" | Rm 612-B | MRN ")
    b.p("ID", c.mrn).t("\nS: Events overnight: brief run of NSVT, asymptomatic. Pt asks if her husband ")
    b.p("NAME", c.rel("M")).t(" can bring her CPAP.\nO: BP ").c("132/78").t(" HR ").c("88").t(" I/O ").c("1.2/2.4 L")
    b.t("\nLabs: Cr ").c("1.9").t(" on ")
    c.d(b, y, "s")
    b.t(" (yesterday) -> ").c("1.6").t(" today; K ").c("3.4").t(", Mg ").c("1.7").t(". BNP ").c("1840").t(" on admission (")
    c.d(b, c.today - timedelta(days=3), "s")
    b.t(").\nA/P: ADHF, improving. Continue ").c("furosemide 40 mg IV BID").t(", replete K. Cards (Dr ")
    c.sname(b, "", "l")
    b.t(") following. Anticipate d/c ")
    c.d(b, c.today + timedelta(days=2), c.r.choice("sw"))
    b.t(" if Cr stable.\n")
    c.initials(b)
    b.t("\n")


def us_dc_summary(b: NoteBuilder, c: Ctx) -> None:
    b.t("DISCHARGE SUMMARY\nName: ")
    c.name(b, "LF")
    b.t("  DOB ")
    c.dob_(b)
    b.t("  Acct# ").p("ID", c.id_("fin")).t("\nAdmitted ")
    c.d(b, c.today - timedelta(days=5), "b")
    b.t("  Discharged ")
    c.d(b, c.today, "b")
    b.t("\nDx: community-acquired pneumonia, sepsis resolved.\nDischarge meds: ").c("amoxicillin-clavulanate 875 mg")
    b.t(" BID x ").c("5 days").t("; ").c("metoprolol succinate 25 mg").t(" daily.\nFOLLOW-UP APPOINTMENTS:\n")
    b.t("  PCP - Dr. ")
    c.sname(b, "", "fl")
    b.t(", Riverside Family Medicine, ")
    fu = c.day(0, 14) + timedelta(days=3)
    b.t(fu.strftime("%a") + " ")
    c.d(b, fu, "s")
    b.t(" @ 10:40, ph ").ph(b, ext=True).t("\n  Pulm clinic - ")
    c.d(b, c.today + timedelta(days=30), c.r.choice("de"))
    b.t(" at 1:15 PM (repeat CXR 6 weeks)\nDischarged home to ").p("ADDRESS", c.street).t(", ").p("ADDRESS", c.town)
    b.t(", OH ").p("ZIP", c.zipc).t(" with daughter ").p("NAME", c.rel("F")).t(".\n")


def us_nursing_quick(b: NoteBuilder, c: Ctx) -> None:
    b.t("1900-0700 RN note: pt ")
    c.name(b, "low")
    b.t(" a&ox4, resting most of shift. c/o pain ").c("6/10").t(" ~0200, ").c("oxycodone 5 mg").t(
        " po given w/ relief to ").c("2/10").t(". vs stable, bp ").c("118/70").t(" hr ").c("76").t(
        ". dtr ").p("NAME", c.rel("F").lower()).t(" at bedside until 2130, son ").p("NAME", c.rel("M").lower())
    b.t(" called from ").p("ADDRESS", c.town).t(" wanting update, gave him unit # ").ph(b).t(
        ". foley out ").c("0500").t(", due to void by ").c("1100").t(". fall risk, bed alarm on. -")
    b.p("NAME", c.staff()[0].lower()).t(" rn\n")


def us_hepatology(b: NoteBuilder, c: Ctx) -> None:
    b.t("Hepatology Consult\nRequesting: Dr. ")
    c.sname(b, "", "Fl")
    b.t("   Reason: ascites, rising bili\nPt: ")
    c.name(b, "fl")
    b.t(", ").agep(b, "M")
    b.t(", EtOH cirrhosis, sober since ")
    c.d(b, c.day(700, 0), "d")
    b.t(". MELD-Na ").c("24").t(", Child-Pugh ").c("C10").t(". T bili ").c("4.8").t(", INR ").c("1.9").t(
        ", Na ").c("129").t(".\nProcedure: diagnostic/therapeutic paracentesis, RLQ, ").c("5.2 L").t(
        " removed, albumin ").c("25 g").t(" given. PMN ").c("110").t(".\nRecs: ").c("spironolactone 100 mg")
    b.t(" / ").c("furosemide 40 mg").t("; transplant eval referral. Sister ").p("NAME", f"{c.rel('F')} {c.fk.last_name()}")
    b.t(" is his support person (").ph(b).t(").\nSeen with attending ")
    c.sname(b, "Dr. ", "fl")
    b.t(".\n")


def us_phone(b: NoteBuilder, c: Ctx) -> None:
    b.t("Telephone Encounter  ")
    c.d(b, c.today, "b")
    b.t(" 14:05\nCaller: ").p("NAME", c.rel("F")).t(" (wife) re: pt ")
    c.name(b, "Lfm")
    b.t(", DOB ")
    c.dob_(b)
    b.t("\nQuestion: can he take ").c("ibuprofen 400 mg").t(" with his ").c("apixaban 5 mg").t(
        " BID? Advised no; use ").c("acetaminophen 650 mg").t(" q6h PRN, max ").c("3 g/day").t(
        ".\nPharmacy: Walgreens on ").p("ADDRESS", c.street).t(". Callback h: ").ph(b).t(" w: ").ph(b, ext=True)
    b.t("\nRoute to Dr. ")
    c.sname(b, "", "l")
    b.t(" for review.  --")
    c.sname(b, "", "fl")
    b.t(", LPN\n")


def us_portal(b: NoteBuilder, c: Ctx) -> None:
    b.t("MyChart message from ")
    c.name(b, "fl")
    b.t(" sent ")
    c.d(b, c.today, "e")
    b.t(" 9:12 PM\nhi dr ").p("NAME", c.staff()[1].lower()).t(" its ").p("NAME", c.first.lower()).t(
        " again. my sugars have been running ").c("250-300").t(" since you upped the ").c("glipizide to 10 mg")
    b.t(". should i still take the ").c("metformin 1000").t(" twice a day? my new email is ")
    b.p("EMAIL", f"{c.first.lower()}.{c.last.lower()}{c.r.randint(1, 99)}@gmail.com").t(
        " and my husband ").p("NAME", c.rel("M")).t("'s cell is ").ph(b).t("\n---\nReply (")
    c.d(b, c.today + timedelta(days=1), "b")
    b.t("): Hi ").p("NAME", c.first).t(", please continue metformin and check fasting ").c("BG").t(
        " daily. We booked you for ").c("HbA1c").t(" on ")
    c.d(b, c.today + timedelta(days=6), "w")
    b.t(". - ")
    c.sname(b, "", "fl")
    b.t(", RN, CDCES\n")


def us_snf(b: NoteBuilder, c: Ctx) -> None:
    b.t("SNF TRANSFER / REFERRAL PACKET\nResident: ")
    c.name(b, "up")
    b.t("\nDOB: ")
    c.dob_(b)
    b.t("   Age: ").agep(b)
    b.t("\nSSN: ").p("SSN", c.id_("ssn")).t("   Medicare MBI: ").p("ID", c.id_("mbi")).t("\nHome: ")
    c.addr(b, ", ", ", PA")
    b.t("\nPOA: ").p("NAME", f"{c.rel('F')} {c.fk.last_name()}").t(" (niece) ").ph(b).t(
        "\nDx: R hip fx s/p ORIF ").c("POD 4").t(", dementia (MoCA ").c("14/30").t(
        ").\nWBAT. ").c("Enoxaparin 40 mg SC daily").t(" x ").c("28 days").t(". Braden ").c("15").t(
        ".\nAccepting facility: Maple Grove Rehab; accepting MD Dr. ")
    c.sname(b, "", "fl")
    b.t("; report called to ").p("NAME", c.staff()[0]).t(", RN.\n")


def us_cxr(b: NoteBuilder, c: Ctx) -> None:
    b.t("EXAM: XR CHEST PA AND LATERAL\nACCESSION: ").p("ID", c.id_("acc")).t("   PATIENT: ")
    b.p("NAME", f"{c.last.upper()}, {c.first.upper()}").t("\nORDERING: ")
    c.sname(b, "", "fl")
    b.t(", MD\nCOMPARISON: ")
    c.d(b, c.day(400, 0), "b")
    b.t(" and CT chest ")
    c.d(b, c.day(900, 0), "e")
    b.t(".\nFINDINGS: New RLL consolidation. Small R effusion. Heart size normal (CTR ").c("0.48").t(
        "). ET tube ").c("4.5 cm").t(" above carina.\nIMPRESSION: RLL pneumonia.\nFindings discussed with Dr. ")
    c.sname(b, "", "l")
    b.t(" by phone at 14:20 on ")
    c.d(b, c.today, "b")
    b.t(".\nDictated by: ")
    c.sname(b, "", "fl")
    b.t(", MD\n")


def us_ld(b: NoteBuilder, c: Ctx) -> None:
    c.set_age(c.r.randint(19, 41))
    b.t("L&D Admission Note\n")
    c.name(b, "fl")
    b.t(" ").agep(b, " yo G2P1001 at ").c("39w2d").t(" by LMP ")
    c.d(b, c.day(290, 0) - timedelta(days=270), "a")
    b.t(", EDD ")
    c.d(b, c.today + timedelta(days=5), "a")
    b.t(". Presents in active labor; SVE ").c("6/90/-1").t(". GBS neg, Rh pos. FHR ").c("140s").t(
        " moderate variability, Cat I.\nPlan: epidural per request, ").c("oxytocin 2 mU/min").t(
        " if stalls. Partner ").p("NAME", f"{c.rel()} {c.fk.last_name()}").t(" at bedside (").ph(b).t(
        ").\nPrenatal care with Dr. ")
    c.sname(b, "", "fl")
    b.t(" at Westside Women's Health.\n")


def us_wcc(b: NoteBuilder, c: Ctx) -> None:
    c.dob = c.today - timedelta(days=c.r.randint(362, 375))
    b.t("12 MONTH WELL CHILD VISIT\n").p("NAME", c.first).t(" ").p("NAME", c.last).t(" (DOB ")
    c.d(b, c.dob, "b")
    b.t(") here with mom ").p("NAME", c.rel("F")).t(" and grandma ").p("NAME", f"{c.rel('F')} {c.fk.last_name()}").t(
        ".\nWt ").c("9.6 kg").t(" (").c("45th %ile").t("), length ").c("75 cm").t(", HC ").c("46 cm").t(
        ". Pulling to stand, 2 words. Lead level ").c("<3.3").t(".\nVaccines: MMR, varicella, Hep A, PCV20 #4.\n")
    b.t("Next WCC 15 mo. Lives at ")
    c.addr(b, ", ", ", TX")
    b.t(".\n")
    c.sname(b, "", "fl")
    b.t(", MD, FAAP\n")


def us_psg(b: NoteBuilder, c: Ctx) -> None:
    b.t("POLYSOMNOGRAPHY REPORT\nPatient: ")
    c.name(b, "fml")
    b.t("   MRN ").p("ID", c.mrn).t("   Study date: ")
    c.d(b, c.today, "h")
    b.t("\nReferring: ")
    c.sname(b, "Dr ", "Fl")
    b.t("\nTST ").c("382 min").t(", sleep efficiency ").c("81%").t(". AHI ").c("34.2/h").t(
        " (supine ").c("51/h").t("), nadir SpO2 ").c("79%").t(". PLMI ").c("8").t(
        ".\nImpression: severe OSA. Recommend CPAP titration; ").c("Epworth 15").t(".\nInterpreted by ")
    c.sname(b, "", "fl")
    b.t(", MD, D.ABSM  ")
    c.d(b, c.today + timedelta(days=2), "g")
    b.t("\n")


def us_case_mgmt(b: NoteBuilder, c: Ctx) -> None:
    b.t("Case Management Note  ")
    c.d(b, c.today, "c")
    b.t("\nMet with pt ").p("NAME", c.last).t(" and son ").p("NAME", f"{c.rel('M')} {c.last}").t(
        " re: d/c plan. Pt ").agep(b, " y/o")
    b.t(", lives alone in 2nd-floor walk-up at ").p("ADDRESS", c.street).t(
        ". PT recs home w/ HH PT/OT, rolling walker, 3-in-1 commode. Insurance: Humana Gold, auth # ")
    b.p("ID", f"A{c.r.randint(10_000_000, 99_999_999)}").t(". HH referral sent to Amedisys (intake ").ph(b).t(
        "); SOC ")
    c.d(b, c.today + timedelta(days=2), "s")
    b.t(". DME via Apria. Son can be reached at ").ph(b).t(" or ")
    b.p("EMAIL", f"{c.rel().lower()}{c.r.randint(10, 99)}@yahoo.com").t(".\n")
    c.sname(b, "", "fl")
    b.t(", RN CM x").p("PHONE", str(c.r.randint(4000, 7999))).t("\n")


# ----------------------------------------------------------------------------- UK templates


def uk_2ww(b: NoteBuilder, c: Ctx) -> None:
    b.t("Suspected cancer (2WW) referral - lower GI\nPatient: ")
    c.name(b, "fl")
    b.t("   NHS No: ").p("ID", c.id_("nhs")).t("   DoB: ")
    c.dob_(b)
    b.t("\nAddress: ")
    c.addr(b)
    b.t("\nTel: ").ph(b).t("\nDear Colleague, I would be grateful if you could see this ").agep(b, " year old ")
    b.t("gentleman with ").c("6 weeks").t(" of change in bowel habit and ").c("4 kg").t(
        " weight loss. Hb ").c("98 g/L").t(", ferritin ").c("9").t(", FIT ").c("148 ug/g").t(
        ". He is on ").c("ramipril 5 mg").t(" od. Seen by my colleague Dr ")
    c.sname(b, "", "l")
    b.t(" on ")
    c.d(b, c.today - timedelta(days=10), "d")
    b.t(". I will review ").c("6/12").t(" regardless.\nYours sincerely,\nDr ")
    c.sname(b, "", "fl")
    b.t(" MRCGP, Bridgewater Surgery\n")


def uk_ae_clerk(b: NoteBuilder, c: Ctx) -> None:
    b.t("A&E clerking  ")
    c.d(b, c.today, "b")
    b.t("  Hosp no ").p("ID", c.mrn).t("\nPC: SOB\nHPC: ").agep(b, "F, ")
    b.c(c.r.choice(["3/7", "5/7"])).t(" hx of worsening SOB, orthopnoea ").c("3 pillows").t(". Seen in Cath lab ")
    c.d(b, c.day(300, 0), "e")
    b.t(" - PCI to LAD.\nDH: ").c("bisoprolol 2.5 mg").t(" od, ").c("atorvastatin 80 mg").t(" on.\nSH: lives in ")
    b.p("ADDRESS", c.town).t(" with husband ").p("NAME", c.rel("M")).t(", indep ADLs, ex-smoker.\nO/E: HR ").c("104").t(
        " irreg, BP ").c("146/92").t(", bibasal creps. NEWS2 ").c("6").t(".\nImp: decompensated HF ?new AF\nPlan: ")
    b.c("furosemide 80 mg IV").t(", echo, refer to CCU reg. D/w Dr ")
    c.sname(b, "", "l")
    b.t(" (bleep ").p("PHONE", str(c.r.randint(1000, 9999))).t(").\n")
    c.sname(b, "", "fl")
    b.t(", FY2\n")


def uk_ward_round(b: NoteBuilder, c: Ctx) -> None:
    b.t("WR Ward 12 - Dr ")
    c.sname(b, "", "l")
    b.t(" (Cons)\n")
    c.name(b, "LF")
    b.t(" Bed 14  ")
    c.d(b, c.today, "e")
    b.t("\nDay 6 of IV abx for cellulitis L leg. CRP ").c("212").t(" -> ").c("48").t(". Afebrile ").c("48h").t(
        ".\nPlan:\n- switch to ").c("flucloxacillin 1 g qds PO").t(", TTO ").c("7/7").t(
        "\n- OT/PT for stairs\n- EDD ")
    c.d(b, c.today + timedelta(days=2), "w")
    b.t("\n- GP to review wound ").c("2/52").t("\nDaughter ").p("NAME", c.rel("F")).t(" (mob ").ph(b).t(") updated.\n")
    c.initials(b)
    b.t(" FY1\n")


def uk_sbar(b: NoteBuilder, c: Ctx) -> None:
    b.t("sbar handover 19:30\ns: ")
    c.name(b, "low")
    b.t(", bay 3 bed 2, ").agep(b)
    b.t("yo, news ").c("5").t(" (rr ").c("24").t(", spo2 ").c("93%").t(" on 2l)\nb: admitted ")
    c.d(b, c.today - timedelta(days=2), "s")
    b.t(" w/ urosepsis, from ").p("ADDRESS", c.town).t(", ").c("gentamicin").t(" level due 2200\na: more confused, ")
    b.c("4AT 5").t("\nr: medical reg ").p("NAME", c.staff()[0].lower()).t(" aware, review before 2100. son ")
    b.p("NAME", c.rel("M").lower()).t(" ringing back on ").ph(b).t("\n")


def uk_idl(b: NoteBuilder, c: Ctx) -> None:
    b.t("IMMEDIATE DISCHARGE LETTER\nTo: Dr ")
    c.sname(b, "", "fl")
    b.t(", Oakfield Medical Practice\nRe: ")
    c.name(b, "fml")
    b.t(", ")
    c.dob_(b)
    b.t(", NHS ").p("ID", c.id_("nhs")).t(", ")
    c.addr(b)
    b.t("\nAdmitted ")
    c.d(b, c.today - timedelta(days=4), "d")
    b.t(" via AMU; discharged ")
    c.d(b, c.today, "d")
    b.t(".\nDiagnosis: NSTEMI. Angiogram: ").c("80%").t(" RCA stenosis, DES x1.\nMeds changed: START ")
    b.c("ticagrelor 90 mg bd").t(" (").c("12 months").t("), ").c("ramipril 2.5 mg").t(
        " od. STOP diclofenac.\nFollow-up: cardiology clinic ").c("3/12").t("; cardiac rehab will phone. Please check U&E in ")
    b.c("1/52").t(".\n")
    c.sname(b, "Dr ", "fl")
    b.t(", SpR Cardiology\n")


def uk_cpn(b: NoteBuilder, c: Ctx) -> None:
    b.t("CMHT - CPN home visit\n")
    c.name(b, "f")
    b.t(" seen at home (").p("ADDRESS", c.street).t(") with partner ").p("NAME", c.rel()).t(
        ". Mood 4/10, sleep ~").c("5 hours").t(". PHQ-9 ").c("17").t(", GAD-7 ").c("12").t(
        ". Taking ").c("sertraline 100 mg").t(" mane and ").c("mirtazapine 15 mg").t(
        " nocte. No current thoughts of self-harm; safety plan reviewed.\nPlan: CPN review ").c("2/52").t(", psychiatry OPA with Dr ")
    c.sname(b, "", "l")
    b.t(" on ")
    c.d(b, c.today + timedelta(days=21), "d")
    b.t(". Crisis team number given.\n")
    c.sname(b, "", "fl")
    b.t(", RMN\n")


def uk_preop(b: NoteBuilder, c: Ctx) -> None:
    b.t("Pre-operative Assessment Clinic\n")
    c.name(b, "LF")
    b.t("   Hosp No ").p("ID", c.mrn).t("   Listed for: TKR (R) on ")
    c.d(b, c.today + timedelta(days=17), "g")
    b.t("\nASA ").c("2").t(", BMI ").c("33.4").t(", BP ").c("148/84").t(", Hb ").c("131").t(
        ", HbA1c ").c("52 mmol/mol").t(". Mallampati ").c("2").t(". STOP-Bang ").c("4").t(
        ".\nMeds: ").c("apixaban 5 mg bd").t(" - hold ").c("48 h").t(" pre-op; ").c("metformin 500 mg").t(
        " omit morning of surgery.\nNOK: ").p("NAME", f"{c.rel('F')} {c.last}").t(" (wife) ").ph(b).t(
        "\nNurse: ")
    c.sname(b, "", "fl")
    b.t(", RN\n")


def uk_carehome_falls(b: NoteBuilder, c: Ctx) -> None:
    c.set_age(c.r.choice([c.age, 91, 94, 97, 102]))
    b.t("Falls review - Elmwood Care Home\n")
    c.name(b, "fl")
    b.t(", aged ").agep(b)
    b.t(", DoB ")
    c.d(b, c.dob, "e")
    b.t(". Third fall since ")
    c.d(b, c.day(90, 0), "w")
    b.t(", found on floor 03:10 by carer ").p("NAME", c.staff()[0]).t(
        ". No head injury. Lying/standing BP ").c("138/76").t(" / ").c("112/64").t(". Meds: ").c("amlodipine 5 mg")
    b.t(", ").c("zopiclone 3.75 mg").t(" (advise stop). Clinical Frailty Scale ").c("7").t(
        ".\nPlan: medication review, hip protectors, sensor mat. Daughter ").p("NAME", f"{c.rel('F')} {c.fk.last_name()}")
    b.t(" aware (h: ").ph(b).t(").\n")
    c.sname(b, "Dr ", "fl")
    b.t(", GPwSI Older People\n")


# ----------------------------------------------------------------------------- other systems


def ca_consult(b: NoteBuilder, c: Ctx) -> None:
    b.t("Dear Dr. ")
    c.sname(b, "", "l")
    b.t(",\nRe: ")
    c.name(b, "fl")
    b.t("  DOB ")
    c.d(b, c.dob, "f")
    b.t("  OHIP ").p("ID", c.id_("ohip")).t("\n")
    c.addr(b, ", ", " ON")
    b.t("\nThank you for referring this ").agep(b, "-year-old ")
    b.t("woman from ").p("ADDRESS", c.town).t(" with eGFR ").c("38").t(" and ACR ").c("42 mg/mmol").t(
        ". I started ").c("dapagliflozin 10 mg").t(" daily. Repeat bloodwork in ").c("2 weeks").t(
        "; I will see her again ")
    c.d(b, c.today + timedelta(days=90), "d")
    b.t(".\nSincerely,\n")
    c.sname(b, "Dr. ", "fl")
    b.t(", FRCPC, Nephrology\nFax ").ph(b).t("\n")


def ca_homecare(b: NoteBuilder, c: Ctx) -> None:
    b.t("Home and Community Care referral\nClient: ")
    c.name(b, "Lfm")
    b.t("  HCN ").p("ID", c.id_("ohip")).t("\nAddress: ")
    c.addr(b, ", ", " ON")
    b.t("  Buzzer ").c("1204").t("\nServices: wound care (VAC ").c("125 mmHg").t(") 3x/wk, PSW ").c("1 h").t(
        " daily. Start ")
    c.d(b, c.today + timedelta(days=1), "b")
    b.t(".\nPrimary contact: ").p("NAME", c.rel("M")).t(" ").p("NAME", c.last).t(" (son) ").ph(b).t("\nReferred by ")
    c.sname(b, "", "fl")
    b.t(", RN, discharge planner\n")


def ca_ed(b: NoteBuilder, c: Ctx) -> None:
    b.t("ED DISCHARGE\n").p("NAME", f"{c.last}, {c.first}").t("  Encounter ").p("ID", c.id_("fin")).t("\nSeen ")
    c.d(b, c.today, "f")
    b.t(" for L wrist injury after fall on ice. XR: non-displaced distal radius fx. Backslab applied.\nTake ")
    fx = c.today + timedelta(days=4)
    b.c("ibuprofen 400 mg").t(" q8h with food. Fracture clinic " + fx.strftime("%A") + " ")
    c.d(b, fx, "w")
    b.t(" 09:00. Return if numbness.\nMD: ")
    c.sname(b, "Dr. ", "Fl")
    b.t("\n")


def au_dc(b: NoteBuilder, c: Ctx) -> None:
    b.t("DISCHARGE SUMMARY\nURN: ").p("ID", c.mrn).t("   Medicare: ").p("ID", c.id_("medi")).t("\n")
    c.name(b, "LF")
    b.t(" (pref. ").p("NAME", NICK.get(c.first, c.middle)).t(")  DOB ")
    c.d(b, c.dob, "b")
    b.t("\n")
    c.addr(b, ", ", " NSW")
    b.t("\nAdmission ")
    c.d(b, c.today - timedelta(days=3), "b")
    b.t(" to ")
    c.d(b, c.today, "b")
    b.t("  Unit: General Medicine\nDx: pyelonephritis, E. coli. ").c("Ceftriaxone 1 g").t(" IV -> ").c("cefalexin 500 mg")
    b.t(" qid to complete ").c("10 days").t(".\nGP: Dr ")
    c.sname(b, "", "fl")
    b.t(", Fax ").ph(b).t("\n")


def au_acat(b: NoteBuilder, c: Ctx) -> None:
    c.set_age(c.r.choice([91, 93, 96, c.age]))
    b.t("Aged Care Assessment\n")
    c.name(b, "fml")
    b.t(" is a ").agep(b, " year old ")
    b.t("widow living alone in ").p("ADDRESS", c.town).t(". Husband ").p("NAME", c.rel("M")).t(" died ")
    c.d(b, c.day(600, 0), "e")
    b.t(". MMSE ").c("22/30").t(", Barthel ").c("70").t(". Her nephew ").p("NAME", f"{c.rel('M')} {c.fk.last_name()}")
    b.t(", aged ").c(str(c.r.randint(40, 70))).t(", visits weekly.\nRecommend Home Care Package level ").c("3").t(
        ".\nAssessor: ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t("\n")


def au_hith(b: NoteBuilder, c: Ctx) -> None:
    b.t("HITH visit  ")
    c.d(b, c.today, "a")
    b.t(" 0830\nPt ")
    c.name(b, "fl")
    b.t(" at ").p("ADDRESS", c.street).t(", ").p("ADDRESS", c.town).t(
        ". OPAT day 9 ").c("cefazolin 2 g").t(" via elastomeric pump. PICC site clean. T ").c("36.6").t(
        ". Next bloods ")
    c.d(b, c.today + timedelta(days=3), "s")
    b.t(". Wife ").p("NAME", c.rel("F")).t(" mob ").ph(b).t("\n")
    c.initials(b)
    b.t(" CNS\n")


def nz_ereferral(b: NoteBuilder, c: Ctx) -> None:
    b.t("eReferral - Orthopaedics\nNHI: ").p("ID", c.id_("nhi")).t("\n")
    c.name(b, "fl")
    b.t(", ")
    c.d(b, c.dob, "b")
    b.t(", ")
    c.addr(b)
    b.t("\nKia ora, ").agep(b, "yo ")
    b.t("forestry worker with R knee OA, Oxford score ").c("19").t(", failed ").c("6 months").t(
        " physio. ").c("Celecoxib 200 mg").t(" od. Whanau support: partner ").p("NAME", c.rel()).t(".\nNga mihi, ")
    c.sname(b, "Dr ", "fl")
    b.t(", GP\n")


def nz_district_nurse(b: NoteBuilder, c: Ctx) -> None:
    b.t("DN visit ")
    c.d(b, c.today, "c")
    b.t(": ")
    c.name(b, "low")
    b.t(", venous leg ulcer L gaiter ").c("4.2 x 3.1 cm").t(" (was ").c("5 x 3.8").t(" on ")
    c.d(b, c.today - timedelta(days=14), "s")
    b.t("). ABPI ").c("0.92").t(". 4-layer compression reapplied. Next visit Thurs. Ph ").ph(b).t(" -")
    b.p("NAME", c.staff()[0].lower()).t("\n")


def ie_opd(b: NoteBuilder, c: Ctx) -> None:
    b.t("Outpatient letter\nRe: ")
    c.name(b, "fl")
    b.t(", ")
    c.addr(b, ", ", ", " + IE_COUNTY[c.town])
    b.t("  MRN ").p("ID", c.mrn).t("  PPSN ").p("ID", c.id_("ppsn")).t("\nDear Dr ")
    c.sname(b, "", "l")
    b.t(", I reviewed ").p("NAME", c.first).t(" in the Rheumatology clinic on the ")
    b.p("DATE", f"{_ordinal(c.today.day)} of {MONTHS[c.today.month - 1]}").t(". DAS28 ").c("3.1").t(" on ")
    b.c("methotrexate 20 mg").t(" weekly. ESR ").c("28").t(". Review ").c("4/12").t(".\nIs mise le meas,\n")
    c.sname(b, "Dr ", "fl")
    b.t(", SpR\n")


def ie_triage(b: NoteBuilder, c: Ctx) -> None:
    b.t("ED triage (MTS) ")
    c.d(b, c.today, "b")
    b.t(" 02:14\n")
    c.name(b, "up")
    b.t(", DOB ")
    c.dob_(b)
    b.t(", from ").p("ADDRESS", c.town).t(". Cat ").c("3").t(" (yellow). Abdo pain ").c("8/10").t(", HR ").c("112")
    b.t(". Brought by friend ").p("NAME", c.rel()).t(". GP Dr ")
    c.sname(b, "", "l")
    b.t(". Triage nurse ").p("NAME", c.staff()[0]).t("\n")


def za_admit(b: NoteBuilder, c: Ctx) -> None:
    b.t("Medical ward admission - Ward C4\n")
    c.name(b, "fl")
    b.t("  ID no ").p("ID", c.id_("za")).t("  Hosp ").p("ID", c.mrn).t("\nFrom ").p("ADDRESS", c.town).t(
        ". ").agep(b, "M")
    b.t(", RVD on TLD since ")
    c.d(b, c.day(900, 0), "c")
    b.t(", VL ").c("<50").t(", CD4 ").c("312").t(". Presents with ").c("3/52").t(" cough, GXP pending. Hb ").c("9.1")
    b.t(".\nNOK: sister ").p("NAME", f"{c.rel('F')} {c.last}").t(" ").ph(b).t("\nClerked by Dr ")
    c.sname(b, "", "fl")
    b.t(" (intern)\n")


def za_obs(b: NoteBuilder, c: Ctx) -> None:
    b.t("Obstetric unit note ")
    c.d(b, c.today, "b")
    b.t("\n")
    c.set_age(c.r.randint(17, 38))
    c.name(b, "fl")
    b.t(" ").agep(b, "y G1P0 at ").c("36 weeks").t(", BP ").c("158/104").t(", proteinuria ").c("2+").t(
        ". ").c("Nifedipine 10 mg").t(" stat, MgSO4 Zuspan protocol. Lives at ").p("ADDRESS", c.street).t(", ")
    b.p("ADDRESS", c.town).t(". Midwife: Sr ").p("NAME", c.staff()[1]).t("\n")


def sg_polyclinic(b: NoteBuilder, c: Ctx) -> None:
    b.t("Polyclinic referral memo\nName: ")
    c.name(b, "fl")
    b.t("  NRIC: ").p("ID", c.id_("nric")).t("\nAddress: ").p("ADDRESS", c.street).t(", Singapore ").p("ZIP", c.zipc)
    b.t("\nHP: ").ph(b).t("\nDear Dr, kindly review this ").agep(b, "-year-old ")
    b.t("with HbA1c ").c("9.4%").t(" on ").c("metformin 850 mg BD").t(" and ").c("sitagliptin 100 mg").t(
        ". LDL ").c("3.6").t(". Thank you.\n")
    c.sname(b, "Dr ", "fl")
    b.t(", Family Physician\n")


def sg_dialysis(b: NoteBuilder, c: Ctx) -> None:
    b.t("HD run sheet ")
    c.d(b, c.today, "b")
    b.t("\nPt: ")
    c.name(b, "fl")
    b.t(" (").p("ID", c.id_("nric")).t(") Station ").c("7").t("\nPre wt ").c("64.8 kg").t(", post ").c("62.1 kg")
    b.t(", UF ").c("2.7 L").t(", Qb ").c("300").t(", Kt/V ").c("1.4").t(". Heparin ").c("2000 U").t(
        " bolus. Caregiver ").p("NAME", c.rel()).t(" to fetch at 1500. RN ").p("NAME", c.staff()[1]).t("\n")


def in_dc(b: NoteBuilder, c: Ctx) -> None:
    b.t("DISCHARGE SUMMARY\nUHID: ").p("ID", c.mrn).t("   Aadhaar: ").p("ID", c.id_("aadhaar")).t("\nName: ")
    c.name(b, "up")
    b.t("  Age/Sex: ").agep(b, "/M")
    b.t("\nAddress: ").p("ADDRESS", c.street).t(", ").p("ADDRESS", c.town).t(" - ").p("ZIP", c.zipc).t(
        "\nDOA: ")
    c.d(b, c.today - timedelta(days=6), "b")
    b.t("  DOD: ")
    c.d(b, c.today, "b")
    b.t("\nDx: Dengue fever with warning signs. Platelets ").c("18,000").t(" -> ").c("96,000").t(
        ".\nAdv: ").c("Paracetamol 650 mg").t(" SOS. Review in OPD after ").c("1 week").t(
        ".\nConsultant: Dr. ")
    c.sname(b, "", "fl")
    b.t(" (MD Medicine)  Attendant: ").p("NAME", c.rel()).t(" ").ph(b).t("\n")


def in_opd(b: NoteBuilder, c: Ctx) -> None:
    b.t("Diabetes OPD  ")
    c.d(b, c.today, "h")
    b.t("\nMr. ").p("NAME", c.last).t(", ").agep(b, "y")
    b.t(", from ").p("ADDRESS", c.town).t(". FBS ").c("168").t(", PPBS ").c("244").t(", HbA1c ").c("8.6").t(
        ". On ").c("glimepiride 2 mg").t(" + ").c("metformin 1 g").t(". Add ").c("vildagliptin 50 mg BD").t(
        ". Wife ").p("NAME", c.rel("F")).t(" counselled on diet. Next visit after 3 months with FBS/PPBS.\n")
    c.sname(b, "Dr. ", "Fl")
    b.t("\n")


# ----------------------------------------------------------------------------- specialty notes


def us_device_clinic(b: NoteBuilder, c: Ctx) -> None:
    b.t("Device Clinic - remote transmission reviewed ")
    c.d(b, c.today, "f")
    b.t("\nPt: ")
    c.name(b, "Lfm")
    b.t("  MRN ").p("ID", c.mrn).t("\nDevice: dual-chamber PPM, SN ").p("ID", f"PJN{c.r.randint(100000, 999999)}")
    b.t(", implanted ")
    c.d(b, c.day(1500, 0), "b")
    b.t(" by Dr ")
    c.sname(b, "", "l")
    b.t(".\nBattery ").c("8.5 years").t(". RA ").c("0.75 V @ 0.4 ms").t(", RV ").c("1.0 V").t(
        ", RV impedance ").c("520 ohms").t(". AP ").c("34%").t(", VP ").c("2%").t(". AHRE x2, longest ").c("3 min")
    b.t(" on ")
    c.d(b, c.today - timedelta(days=9), "s")
    b.t(".\nNext remote ")
    c.d(b, c.today + timedelta(days=91), "e")
    b.t(". Spoke with pt's wife ").p("NAME", c.rel("F")).t(" at ").ph(b).t(".\n")
    c.sname(b, "", "fl")
    b.t(", CCDS\n")


def uk_lung_mdt(b: NoteBuilder, c: Ctx) -> None:
    b.t("Lung Cancer MDT outcomes - ")
    c.d(b, c.today, "d")
    b.t("\nChair: Dr ")
    c.sname(b, "", "l")
    b.t("  Present: ")
    c.initials(b)
    b.t(", ")
    c.initials(b)
    b.t(", ")
    c.sname(b, "", "Fl")
    b.t(" (CNS)\n1. ")
    c.name(b, "LF")
    b.t(" ").p("ID", c.id_("nhs")).t(" - ").agep(b, c.sex)
    b.t(", RUL mass ").c("34 mm").t(", PET SUVmax ").c("11.2").t(", EBUS ").c("4R").t(" neg. T2aN0. PS ").c("1")
    b.t(". Outcome: refer for lobectomy.\n2. ")
    f, la = c.fk.first_name_female(), c.fk.last_name()
    b.p("NAME", f"{la.upper()}, {f}").t(" ").p("ID", c.id_("nhs")).t(" - ").c(str(c.r.randint(55, 88)))
    b.t("F, adenocarcinoma, EGFR ").c("exon 19").t(" del. Outcome: ").c("osimertinib 80 mg").t(
        ".\n3. ")
    f2, la2 = c.staff()
    b.p("NAME", f"{f2[0]}. {la2}").t(" - discussed ")
    c.d(b, c.today - timedelta(days=14), "w")
    b.t("; awaiting CT-guided biopsy. Re-discuss ").c("2/52").t(".\n")


def au_histo(b: NoteBuilder, c: Ctx) -> None:
    b.t("HISTOPATHOLOGY REPORT  Lab No: ").p("ID", f"{c.today.year % 100}-S{c.r.randint(10000, 99999)}")
    b.t("\nPatient: ")
    c.name(b, "LF")
    b.t("  DOB ")
    c.d(b, c.dob, "b")
    b.t("  UR ").p("ID", c.mrn).t("\nCollected ")
    c.d(b, c.today - timedelta(days=3), "g")
    b.t("  Received ")
    c.d(b, c.today - timedelta(days=2), "g")
    b.t("\nClinical: lesion L cheek, ?BCC. Referring: Dr ")
    c.sname(b, "", "fl")
    b.t(", Skin Cancer Clinic\nMacro: ellipse ").c("14 x 6 x 4 mm").t(".\nMicro: nodular BCC, margins clear (")
    b.c("2.1 mm").t(" peripheral, ").c("1.5 mm").t(" deep).\nReported by ")
    c.sname(b, "Dr ", "fl")
    b.t(", FRCPA\n")


def us_acp(b: NoteBuilder, c: Ctx) -> None:
    nick = NICK.get(c.first)
    b.t("Advance Care Planning Note  ")
    c.d(b, c.today, "d")
    b.t("\n")
    b.p("NAME", c.first)
    if nick:
        b.t(' "').p("NAME", nick).t('"')
    b.t(" ").p("NAME", c.last).t(", ").agep(b, " y.o., ")
    b.t("identity verified by DOB ")
    c.dob_(b)
    b.t(" and last 4 of SSN (").p("SSN", str(c.r.randint(1000, 9999))).t(
        "). Metastatic pancreatic ca, ECOG ").c("3").t(", albumin ").c("2.6").t(
        ".\nParticipants: pt, wife ").p("NAME", f"{c.rel('F')} {c.last}").t(", son ").p("NAME", c.rel("M")).t(
        " (by phone from ").p("ADDRESS", c.r.choice(TOWNS["US"])).t(").\nPt chose DNR/DNI, comfort-focused care; POLST completed. "
        "HCPOA names wife; alternate son. Time spent ").c("45 minutes").t(" (99497).\nHospice info line ")
    b.t("given. Documents uploaded to ").p("URL", f"https://portal.mercyhealth.org/acp/{c.r.randint(100000, 999999)}")
    b.t("\n")
    c.sname(b, "", "fl")
    b.t(", MD, Palliative Medicine\n")


def ca_transfusion(b: NoteBuilder, c: Ctx) -> None:
    b.t("Transfusion record  ")
    c.d(b, c.today, "f")
    b.t("\n")
    c.name(b, "LF")
    b.t("  MRN ").p("ID", c.mrn).t("  Health card ").p("ID", c.id_("ohip")).t("\nProduct: RBC, unit ")
    b.p("ID", f"C{c.r.randint(1000, 9999)} {c.today.year % 100} {c.r.randint(100000, 999999)}").t(
        ", group O pos. Indication Hb ").c("68 g/L").t(".\nPre: T ").c("36.8").t(" HR ").c("92").t(" BP ").c("112/64")
    b.t("; 15 min: T ").c("36.9").t(". Completed over ").c("2 h").t(" at 14:35, no reaction.\nDouble-checked by ")
    c.sname(b, "", "fl")
    b.t(", RN and ")
    c.sname(b, "", "fl")
    b.t(", RN\n")


SEX = {
    "us_ed_syncope": "M", "us_device_clinic": "M", "us_acp": "M", "us_hp_copd": "F", "us_progress": "F", "us_nursing_quick": "M",
    "us_hepatology": "M", "us_phone": "M", "us_portal": "F", "us_ld": "F", "uk_2ww": "M",
    "uk_ae_clerk": "F", "uk_preop": "M", "ca_consult": "F", "au_acat": "F", "au_hith": "M",
    "za_admit": "M", "za_obs": "F", "in_dc": "M", "in_opd": "M",
}
TEMPLATES: list[tuple[str, Tpl]] = [
    ("US", us_ed_syncope), ("UK", uk_2ww), ("CA", ca_consult), ("US", us_hp_copd),
    ("UK", uk_ae_clerk), ("AU", au_dc), ("US", us_progress), ("UK", uk_ward_round),
    ("NZ", nz_ereferral), ("US", us_dc_summary), ("IE", ie_opd), ("US", us_nursing_quick),
    ("UK", uk_sbar), ("ZA", za_admit), ("US", us_hepatology), ("SG", sg_polyclinic),
    ("US", us_phone), ("UK", uk_idl), ("IN", in_dc), ("US", us_portal), ("CA", ca_homecare),
    ("UK", uk_cpn), ("AU", au_acat), ("US", us_snf), ("IE", ie_triage), ("UK", uk_preop),
    ("US", us_cxr), ("NZ", nz_district_nurse), ("ZA", za_obs), ("US", us_ld), ("SG", sg_dialysis),
    ("UK", uk_carehome_falls), ("US", us_wcc), ("IN", in_opd), ("CA", ca_ed), ("AU", au_hith),
    ("US", us_psg), ("US", us_case_mgmt), ("US", us_device_clinic), ("UK", uk_lung_mdt),
    ("AU", au_histo), ("US", us_acp), ("CA", ca_transfusion),
]


class _B(NoteBuilder):
    """NoteBuilder whose ``agep`` / ``ph`` chain (they delegate to the note's context)."""

    ctx: Ctx

    def agep(self, _b: NoteBuilder, suffix: str = "") -> _B:
        self.ctx.agep(self, suffix)
        return self

    def ph(self, _b: NoteBuilder, ext: bool = False) -> _B:
        self.ctx.ph(self, ext)
        return self


def _ctx(r: random.Random, fk: Faker, cc: str, sex: str) -> Ctx:
    sex = sex or r.choice("MF")
    first = fk.first_name_male() if sex == "M" else fk.first_name_female()
    last, middle = fk.last_name(), fk.first_name()
    if cc == "ZA" and r.random() < 0.4:
        first = r.choice([g for g, x in ZA_GIVEN if x == sex])
        last = r.choice(ZA_NAMES[1])
    elif cc == "SG":
        k = r.random()
        if k < 0.4:
            last, first = r.choice([(su, g) for su, g, x in SG_CHINESE if x == sex])
        elif k < 0.7:
            first, last = ("Muhammad Faizal", "bin Ismail") if sex == "M" else r.choice(
                [("Nurul Aisyah", "binte Rahman"), ("Siti Hajar", "binte Osman")])
        else:
            first, last = ("Rajesh", "s/o Krishnan") if sex == "M" else ("Kavitha", "d/o Subramaniam")
    if r.random() < 0.1:
        last = f"{last}-{fk.last_name()}"
    today = date(2024, 1, 8) + timedelta(days=r.randint(0, 700))
    age = r.choice([r.randint(19, 89)] * 5 + [r.randint(90, 104)])
    dob = today - timedelta(days=age * 365 + r.randint(5, 360))
    return Ctx(r=r, fk=fk, cc=cc, sex=sex, first=first, middle=middle, last=last, dob=dob, today=today,
               age=age, mrn=str(r.randint(1_000_000, 99_999_999)), phone="",
               street=_street(r, cc), town=r.choice(TOWNS[cc]), zipc=_zip(r, cc))


def _patient(c: Ctx, i: int) -> dict[str, Any]:
    return {
        "resourceType": "Patient", "id": f"v19-{i}",
        "identifier": [{"value": c.mrn}],
        "name": [{"family": c.last, "given": [c.first, c.middle]}],
        "birthDate": c.dob.isoformat(),
        "address": [{"line": [c.street], "city": c.town, "postalCode": c.zipc}],
    }


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic for a given ``n``."""
    fakers = {cc: Faker(loc) for cc, loc in LOCALE.items()}
    notes: list[Note] = []
    for i in range(n):
        cc, tpl = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(SEED + i)
        fk = fakers[cc]
        fk.seed_instance(SEED + i)
        c = _ctx(r, fk, cc, SEX.get(tpl.__name__, ""))
        b = _B()
        b.ctx = c
        tpl(b, c)
        notes.append(b.build(_patient(c, i)))
    return notes
