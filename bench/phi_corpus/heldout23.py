"""HELD-OUT v23 PHI corpus: written before any round-23 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v22 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. 36 templates, cycled in order (see ``TEMPLATES``):
ED syncope notes (HPI / ROS / exam / MDM), hospitalist COPD-exacerbation H&Ps, hyponatraemia
progress notes with "on 3/4 (yesterday)" sodium trends, atrial-fibrillation discharge summaries
with appointment lists, lower-case night-shift nursing notes, telemetry SBAR handoffs, post-op
wound telephone encounters ("cell", "h:", "w:", extensions), blood-pressure portal messages,
wound-vac home-health referrals (full or masked SSN), chest X-ray reports with comparisons,
lumbar-puncture procedure notes, case-management notes, L&D triage notes, 9-month well-child
visits, hyperkalaemia nephrology consults (US); GP referrals to gastroenterology ("review
6/12"), A&E falls in the over-90s ("from" a town), lower-case ward rounds ("Cath lab"), TTO
discharge letters ("TTO 7/7"), diabetes-nurse telephone reviews, community-mental-health
visits (UK); emergency-psychiatry consults (OHIP), home-care referrals (Canada);
hospital-in-the-home visits (Medicare / URN), orthogeriatric ward notes (Australia); after-hours
clinic notes (NHI) (New Zealand); pre-operative assessment clinics (Eircode) (Ireland);
obstetric-unit admissions (13-digit ID) (South Africa); heart-failure nurse calls (NRIC, HDB
block) (Singapore); dengue discharge summaries (UHID / Aadhaar, PIN code) (India); and
lab-result comments (email), prostate-biopsy pathology (accession numbers), head-and-neck MDT
lists (several patients), incident reports (workstation IP), advance-care-planning notes
(document URL) and transfusion consent records (unit numbers) for mixed countries. Most notes
end with a signature / cc / cosign line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ, en_IE,
en_IN and zu_ZA plus curated Singapore Chinese / Malay / Tamil names, in many forms ("First
Last", "First M. Last", "LAST, First", "Last, First M", "F. Last", surname alone after a title,
first name alone, lower-case typed names, nicknames in quotes, hyphenated surnames, initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country is not
PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP. DATE: anything more specific than a
year, in 15+ formats; "on 3/4 (yesterday)" labels only "3/4"; weekdays stay outside; a date
followed by a separate time labels only the date; an ISO date-time is one span. UK follow-up
shorthand ("review 6/12", "TTO 7/7", "3/52") is a duration, not a date (recorded as a clinical
value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside the span);
labels such as "cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits of a
masked / "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / CSN / account / encounter numbers,
NHS / OHIP / Medicare / NHI / SA ID / NRIC / UHID / Aadhaar / MBI numbers, accession / specimen /
blood-unit numbers, incident numbers, device serials, licence plates. AGE: ages >= 90 only,
number part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations,
years alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit names
("Cath lab", "Ward 12", "AMU", "4 West", "Endoscopy") and facility / employer / insurer /
pharmacy names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are
absolute (seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its
misses and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 23_2300
_LOCALE = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ",
           "IE": "en_IE", "ZA": "zu_ZA", "SG": "", "IN": "en_IN"}
_SG_FIRST = {"F": ["Wei Ling", "Siti Nurhaliza", "Kavitha", "Mei Xin", "Hui Min", "Nur Aisyah",
                   "Li Ting"],
             "M": ["Jun Hao", "Muhammad Faizal", "Ramesh", "Arjun", "Boon Keng", "Kelvin"]}
_SG_LAST = ["Tan", "Lim", "Ng", "Goh", "Binte Rahman", "Bin Ismail", "Pillai", "Subramaniam",
            "Ong", "Chua", "Teo", "Krishnan"]
_TOWNS = {
    "US": ["Dayton", "Cedar Rapids", "Fort Wayne", "Bakersfield", "Lancaster", "Chattanooga",
           "Eugene", "Rockford", "Shreveport", "Green Bay"],
    "UK": ["Kettering", "Wigan", "Bognor Regis", "Stockport", "Llanelli", "Carlisle",
           "Grantham", "Bury St Edmunds", "Hexham", "Mansfield"],
    "CA": ["Sudbury", "Moncton", "Kamloops", "Red Deer", "Guelph", "Trois-Rivieres"],
    "AU": ["Frankston", "Toowoomba", "Bankstown", "Joondalup", "Elizabeth", "Shepparton"],
    "NZ": ["Papakura", "Porirua", "Hastings", "Whanganui", "Rotorua", "Timaru"],
    "IE": ["Tullamore", "Navan", "Ennis", "Carlow", "Mullingar", "Clonmel"],
    "ZA": ["Soweto", "Mitchells Plain", "Umlazi", "Polokwane", "Mthatha", "Benoni"],
    "SG": ["Ang Mo Kio", "Jurong West", "Tampines", "Bedok", "Woodlands", "Toa Payoh"],
    "IN": ["Thane", "Nashik", "Coimbatore", "Mysuru", "Vijayawada", "Indore"],
}
_STREETS = ["Maple", "Station", "Church", "Mill", "Kingsway", "Victoria", "Oak", "Ridge",
            "Harbour", "Park", "Willow", "Nelson"]
_STREETS_CC = {"IN": ["Gandhi", "Nehru", "MG", "Tilak"], "AU": ["Jacaranda", "Wattle"],
               "NZ": ["Kowhai", "Rimu"], "ZA": ["Jan Smuts", "Vilakazi"], "US": ["Elm", "Lincoln"],
               "UK": ["Chapel", "Queens"], "CA": ["Bloor", "Laurier"], "IE": ["Bridge", "Abbey"],
               "SG": []}
_REGION = {"Dayton": "OH", "Cedar Rapids": "IA", "Fort Wayne": "IN", "Bakersfield": "CA",
           "Lancaster": "PA", "Chattanooga": "TN", "Eugene": "OR", "Rockford": "IL",
           "Shreveport": "LA", "Green Bay": "WI", "Sudbury": "ON", "Moncton": "NB",
           "Kamloops": "BC", "Red Deer": "AB", "Guelph": "ON", "Trois-Rivieres": "QC",
           "Frankston": "VIC", "Toowoomba": "QLD", "Bankstown": "NSW", "Joondalup": "WA",
           "Elizabeth": "SA", "Shepparton": "VIC"}
_SUFFIX = {"US": ["St", "Ave", "Dr", "Blvd", "Ln"], "UK": ["Road", "Lane", "Close", "Street"],
           "CA": ["Street", "Crescent", "Ave"], "AU": ["Street", "Parade", "Court"],
           "NZ": ["Road", "Street", "Terrace"], "IE": ["Road", "Park", "Avenue"],
           "ZA": ["Street", "Road", "Avenue"], "SG": ["Avenue 3", "Street 21"],
           "IN": ["Road", "Nagar", "Marg"]}


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class _Ctx:
    """One note's builder plus seeded PHI generators for one country."""

    def __init__(self, rng: random.Random, fakes: dict[str, Faker], cc: str, old: bool) -> None:
        self.r, self.cc, self.b = rng, cc, NoteBuilder()
        self.fk = fakes.get(_LOCALE[cc])
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        self.age = rng.randint(90, 103) if old else rng.randint(19, 88)
        self.dob = self.today - timedelta(days=365 * self.age + rng.randrange(300))
        self.sex = rng.choice("FM")
        self.pt = self.person(self.sex)
        self.mrn = str(rng.randint(1_000_000, 99_999_999))
        self.town = self.pick_town()
        self.street = self.mk_street()
        self.zip = self.mk_zip()
        self.phone = self.mk_phone()

    # -- primitives -----------------------------------------------------------------------------
    def t(self, s: str) -> _Ctx:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> _Ctx:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> _Ctx:
        self.b.c(s)
        return self

    def person(self, sex: str | None = None) -> tuple[str, str, str]:
        sex = sex or self.r.choice("FM")
        if self.fk is None:
            first, last = self.r.choice(_SG_FIRST[sex]), self.r.choice(_SG_LAST)
        else:
            first = self.fk.first_name_female() if sex == "F" else self.fk.first_name_male()
            last = self.fk.last_name()
            if self.r.random() < 0.08:
                last = f"{last}-{self.fk.last_name()}"
        return _ascii(first), self.r.choice("ABCDEJKLMRST"), _ascii(last)

    def name(self, who: tuple[str, str, str], form: str = "") -> _Ctx:
        f, m, la = who
        form = form or self.r.choice(["fl", "fl", "fml", "LF", "lfm", "il", "fl", "l"])
        s = {"fl": f"{f} {la}", "fml": f"{f} {m}. {la}", "LF": f"{la.upper()}, {f}",
             "lfm": f"{la}, {f} {m}", "il": f"{f[0]}. {la}", "l": la, "f": f,
             "lc": f"{f} {la}".lower(), "lcf": f.lower(), "ini": f"{f[0]}{la[0]}"}[form]
        return self.p("NAME", s)

    def date(self, d: date, style: str = "") -> _Ctx:
        us = self.cc == "US"
        styles = ["num", "num", "iso", "long", "abbr", "dmy_dash", "compact", "ord", "short2",
                  "dot", "mon_year", "day_month"]
        style = style or self.r.choice(styles)
        mon, ab = d.strftime("%B"), d.strftime("%b")
        suf = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        s = {
            "num": f"{d.month}/{d.day}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}",
            "short2": f"{d.month}/{d.day}/{d.year % 100:02d}" if us else f"{d.day}/{d.month}/{d.year % 100:02d}",
            "iso": d.isoformat(),
            "long": f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}",
            "abbr": f"{ab} {d.day}, {d.year}" if us else f"{d.day} {ab} {d.year}",
            "dmy_dash": f"{d.day:02d}-{ab}-{d.year}",
            "compact": f"{d.day:02d}{ab.upper()}{d.year}",
            "ord": f"{d.day}{suf} {mon} {d.year}" if not us else f"{mon} {d.day}{suf}, {d.year}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "mon_year": f"{mon} {d.year}",
            "day_month": f"{ab} {d.day}" if us else f"{d.day} {ab}",
            "md": f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}",
            "isodt": f"{d.isoformat()}T{self.r.randint(0, 23):02d}:{self.r.choice(['05', '17', '42'])}",
        }[style]
        return self.p("DATE", s)

    def ago(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def ahead(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def pick_town(self) -> str:
        return self.r.choice(_TOWNS[self.cc])

    def mk_street(self) -> str:
        r, cc = self.r, self.cc
        base = f"{r.randint(2, 980)} {r.choice(_STREETS + _STREETS_CC[cc])} {r.choice(_SUFFIX[cc])}"
        if cc == "SG":
            return f"Blk {r.randint(100, 899)} {self.town} {r.choice(_SUFFIX[cc])} #{r.randint(2, 15):02d}-{r.randint(10, 420)}"
        if r.random() < 0.35:
            unit = {"US": f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", "UK": f"Flat {r.randint(1, 30)}"}.get(cc, f"Unit {r.randint(1, 20)}")
            return f"{unit}, {base}" if cc != "US" else f"{base}, {unit}"
        return base

    def mk_zip(self) -> str:
        r, cc = self.r, self.cc
        L = "ABCDEFGHJKLMNPRSTWY"
        return {
            "US": f"{r.randint(10000, 99950)}",
            "UK": f"{r.choice(['LS', 'NN', 'M', 'CA', 'SK', 'NG'])}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}",
            "CA": f"{r.choice('KLMNP')}{r.randint(1, 9)}{r.choice(L)} {r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}",
            "AU": f"{r.randint(2000, 4899)}", "NZ": f"{r.randint(1010, 9016)}",
            "IE": f"{r.choice(['R35', 'C15', 'V95', 'R93', 'N91'])} {r.choice(L)}{r.randint(10, 99)}{r.choice(L)}",
            "ZA": f"{r.randint(1000, 8000):04d}", "SG": f"{r.randint(310000, 739999)}",
            "IN": f"{r.randint(400001, 641999)}",
        }[cc]

    def mk_phone(self) -> str:
        r, cc = self.r, self.cc
        n = lambda k: "".join(str(r.randint(0, 9)) for _ in range(k))
        return r.choice({
            "US": [f"({r.randint(201, 989)}) {n(3)}-{n(4)}", f"{r.randint(201, 989)}-{n(3)}-{n(4)}",
                   f"{r.randint(201, 989)}.{n(3)}.{n(4)}"],
            "UK": [f"07{n(3)} {n(6)}", f"01{n(3)} {n(6)}", f"+44 7{n(3)} {n(3)} {n(3)}"],
            "CA": [f"({r.randint(204, 905)}) {n(3)}-{n(4)}", f"{r.randint(204, 905)}-{n(3)}-{n(4)}"],
            "AU": [f"04{n(2)} {n(3)} {n(3)}", f"(0{r.randint(2, 8)}) {n(4)} {n(4)}"],
            "NZ": [f"021 {n(3)} {n(4)}", f"(09) {n(3)} {n(4)}"],
            "IE": [f"08{r.randint(3, 9)} {n(3)} {n(4)}", f"(0{r.randint(41, 99)}) {n(5)}"],
            "ZA": [f"08{r.randint(2, 4)} {n(3)} {n(4)}", f"+27 {r.randint(11, 82)} {n(3)} {n(4)}"],
            "SG": [f"9{n(3)} {n(4)}", f"+65 6{n(3)} {n(4)}"],
            "IN": [f"+91 9{n(4)} {n(5)}", f"98{n(3)}-{n(5)}"],
        }[cc])

    def staff(self) -> tuple[str, str, str]:
        return self.person()

    def spouse(self) -> tuple[str, tuple[str, str, str]]:
        """("husband" / "wife", a person of the matching sex) for the patient."""
        return ("husband", self.person("M")) if self.sex == "F" else ("wife", self.person("F"))

    @property
    def region(self) -> str:
        return _REGION.get(self.town, "")

    def set_age(self, age: int) -> None:
        self.age = age
        self.dob = self.today - timedelta(days=365 * age + self.r.randrange(300))

    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    def sig(self, cred: str = ", MD") -> _Ctx:
        r = self.r
        kind = r.random()
        if kind < 0.4:
            return self.t("\nElectronically signed by ").name(self.staff(), "fl").t(f"{cred} on ").date(self.today, "num").t(f" {r.randint(7, 22):02d}:{r.randint(0, 59):02d}\n")
        if kind < 0.7:
            return self.t("\n-- ").name(self.staff(), r.choice(["fml", "il"])).t(f"{cred}\ncc: Dr ").name(self.staff(), "l").t("\n")
        if kind < 0.85:
            return self.t("\nDictated by ").name(self.staff(), "fl").t(", transcribed by ").name(self.staff(), "ini").t("\n")
        return self.t("\n")


# ---- US templates ---------------------------------------------------------------------------


def _ed_syncope(x: _Ctx) -> None:
    r = x.r
    x.t("EMERGENCY DEPARTMENT NOTE\nPatient: ").name(x.pt, "LF").t("   MRN: ").p("ID", x.mrn).t("   DOB: ").date(x.dob, "num")
    x.t("\nArrival: ").date(x.today, "num").t(" 02:14 via EMS\n\nHPI: ").name(x.pt, "f").t(" is a ")
    x.p("AGE", str(x.age)) if x.age >= 90 else x.c(str(x.age))
    x.t("-year-old who had a witnessed syncopal episode at church in ").p("ADDRESS", x.town).t(" lasting about ").c("30 seconds").t(". Daughter ")
    x.name(x.person("F"), "fl").t(" (").c(str(x.r.randint(35, 66))).t(") reports no seizure activity. Prior similar episode on ").date(x.ago(20, 90), "md").t(".\nROS: negative except lightheadedness.\n")
    x.t("Exam: BP ").c(f"{r.randint(88, 110)}/{r.randint(50, 68)}").t(" supine, HR ").c(str(r.randint(44, 58))).t(", SpO2 ").c("97%").t(" RA. Orthostatics positive.\n")
    x.t("ECG: sinus brady, PR ").c(f"{r.randint(210, 260)} ms").t(". Troponin ").c("<0.01 ng/mL").t(", K ").c("4.1").t(".\n")
    x.t("MDM: San Francisco syncope rule positive; hold ").c("metoprolol 50 mg").t(", admit to tele (4 West). Discussed with Dr ").name(x.staff(), "l").t(" (cards).\n")
    x.sig(", MD")


def _copd_hp(x: _Ctx) -> None:
    r = x.r
    x.set_age(r.randint(55, 84))
    x.t("HOSPITALIST ADMISSION H&P   ").date(x.today, "long").t("\n").name(x.pt, "fml").t(", FIN ").p("ID", f"{r.randint(10**9, 10**10 - 1)}").t("\n")
    x.t("CC: worsening dyspnea x ").c("4 days").t("\nHPI: ").c(str(x.age)).t(" y/o former smoker (").c("45 pack-years").t(") with COPD (FEV1 ").c("38%").t(" on PFTs ").date(x.ago(200, 600), "mon_year").t(") presents with increased sputum. Lives with " + x.spouse()[0] + " ").name(x.spouse()[1], "f").t(" at ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(" ").p("ZIP", x.zip).t(".\n")
    x.t("Home meds: ").c("tiotropium 18 mcg daily").t(", ").c("albuterol 2 puffs q4h PRN").t(".\nVitals: RR ").c(str(r.randint(24, 32))).t(", SpO2 ").c("86%").t(" on RA, T ").c("37.9 C").t(".\nABG: pH ").c("7.31").t(", pCO2 ").c("58").t(".\n")
    x.t("Plan: BiPAP, ").c("prednisone 40 mg x 5 days").t(", ").c("azithromycin 500 mg").t(". PCP Dr. ").name(x.staff(), "il").t(" notified by fax ").p("PHONE", x.mk_phone()).t(".\n")
    x.sig(", DO")


def _hypona_progress(x: _Ctx) -> None:
    y = x.today - timedelta(days=1)
    x.t("Progress Note - Hospital Day ").c("3").t("\n").name(x.pt, "lfm").t(" (MRN ").p("ID", x.mrn).t(")\nS: confusion improving, per nurse ").name(x.person(), "f").t(".\n")
    x.t("O: Na ").c("121").t(" on ").date(y, "md").t(" (yesterday) -> ").c("126").t(" today; serum osm ").c("254").t(", urine Na ").c("48").t(".\n")
    x.t("A/P: SIADH likely (").c("sertraline 100 mg").t(" held since ").date(x.ago(2, 3), "day_month").t("). Fluid restrict ").c("1.2 L/day").t(". Goal correction <").c("8 mEq/24h").t(". Discussed with son ").name(x.person("M"), "fl").t(" at ").p("PHONE", x.phone).t(".\n")
    x.sig(", MD")


def _af_dc(x: _Ctx) -> None:
    r = x.r
    x.t("DISCHARGE SUMMARY\nName: ").name(x.pt, "fl").t("  Acct#: ").p("ID", f"A{r.randint(10**7, 10**8 - 1)}").t("\nAdmitted: ").date(x.ago(3, 6), "num").t("  Discharged: ").date(x.today, "num").t("\n")
    x.t("Dx: Atrial fibrillation with RVR, CHA2DS2-VASc ").c("4").t(".\nCourse: rate controlled with ").c("diltiazem 120 mg ER daily").t("; TTE EF ").c("55%").t(". Started ").c("apixaban 5 mg BID").t(".\n")
    x.t("Follow-up:\n 1. Cardiology - Dr ").name(x.staff(), "fml").t(", ").date(x.ahead(7, 20), "abbr").t(" at 10:30, Cath lab building, 2nd floor\n 2. PCP - ").name(x.staff(), "LF").t(", ").date(x.ahead(3, 10), "long").t("\n 3. INR not needed.\n")
    x.t("Discharged home to ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(f", {x.region} ").p("ZIP", x.zip).t(".\n")
    x.sig(", MD")


def _night_nursing(x: _Ctx) -> None:
    r = x.r
    x.t("0300 pt ").name(x.pt, "lc").t(" resting, c/o pain ").c("6/10").t(", gave ").c("oxycodone 5 mg").t(" po. ")
    x.t(x.spouse()[0] + " ").name(x.spouse()[1], "lcf").t(" called ~0330, updated. bp ").c(f"{r.randint(100, 150)}/{r.randint(60, 90)}").t(" hr ").c(str(r.randint(60, 100))).t(". ")
    x.t("iv site r fa clean. bed alarm on. will pass to ").name(x.staff(), "lcf").t(" at 0700. -").name(x.staff(), "ini").t(" rn\n")


def _sbar_tele(x: _Ctx) -> None:
    x.t("SBAR HANDOFF  ").date(x.today, "iso").t(" 19:00\nS: ").name(x.pt, "fl").t(", ")
    x.p("AGE", str(x.age)) if x.age >= 90 else x.c(str(x.age))
    x.t("yo, rm ").c("412").t(", runs of NSVT x3 on tele.\nB: NSTEMI, cath ").date(x.ago(1, 2), "md").t(" - ").c("DES to LAD").t(".\nA: K ").c("3.3").t(", Mg ").c("1.6").t("; replaced.\nR: recheck lytes ").c("0400").t("; page Dr ").name(x.staff(), "l").t(" at ").p("PHONE", str(x.r.randint(4000, 4999))).t(" if >").c("10 beats").t(".\nGiven by ").name(x.staff(), "f").t(" RN to ").name(x.staff(), "f").t(" RN\n")


def _wound_phone(x: _Ctx) -> None:
    r = x.r
    x.t("TELEPHONE ENCOUNTER  ").date(x.today, "short2").t("\nCaller: ").name(x.pt, "LF").t(" (DOB ").date(x.dob, "num").t(")  cell ").p("PHONE", x.phone).t("  w: ").p("PHONE", f"{x.mk_phone()} ext {r.randint(100, 9999)}").t("\n")
    x.t("Identity verified with DOB and last 4 of SSN (").p("SSN", str(r.randint(1000, 9999))).t(").\n")
    x.t("Reason: redness at lap chole incision, post-op day ").c("6").t(" (surgery ").date(x.ago(6, 6), "abbr").t("). Temp ").c("100.2 F").t(".\n")
    x.t("Advice: start ").c("cephalexin 500 mg QID x 7 days").t(" per Dr ").name(x.staff(), "l").t("; wound check Thursday. Callback h: ").p("PHONE", x.mk_phone()).t("\n-").name(x.staff(), "fl").t(", LPN\n")


def _bp_portal(x: _Ctx) -> None:
    x.t("MyChart message from ").name(x.pt, "fl").t(" - sent ").date(x.ago(0, 1), "isodt").t("\n\"Hi Dr. ").name(x.staff(), "l").t(", my readings this week: ").c("152/94").t(", ").c("148/90").t(", ").c("160/98").t(". Still on ").c("lisinopril 20 mg").t(". My sister ").name(x.person("F"), "f").t(" says I should go up?\"\n")
    x.t("Reply (").date(x.today, "num").t("): increase to ").c("lisinopril 40 mg daily").t(", recheck BMP in ").c("1 week").t(". Email ").p("EMAIL", f"{x.pt[0].lower()}.{x.pt[2].lower()}@gmail.com").t(" confirmed for results.\n")
    x.sig(", NP")


def _hh_referral(x: _Ctx) -> None:
    r = x.r
    ssn = f"{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}"
    x.t("HOME HEALTH REFERRAL\nPatient: ").name(x.pt, "lfm").t("\nSSN: ")
    if r.random() < 0.5:
        x.p("SSN", ssn)
    else:
        x.t("XXX-XX-").p("SSN", ssn[-4:])
    x.t("   Medicare MBI: ").p("ID", f"{r.randint(1, 9)}EG{r.randint(1, 9)}-TE{r.randint(1, 9)}-MK{r.randint(10, 99)}").t("\nAddress: ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(f", {x.region} ").p("ZIP", x.zip).t("\n")
    x.t("Services: SN for wound vac (serial ").p("ID", f"VAC{r.randint(100000, 999999)}").t(") changes ").c("3x/week").t(", PT eval. Sacral ulcer stage ").c("3").t(", ").c("4 x 3 cm").t(".\nStart of care: ").date(x.ahead(1, 3), "long").t(". Caregiver: grandson ").name(x.person("M"), "fl").t(" ").p("PHONE", x.mk_phone()).t("\n")
    x.sig(", RN CM")


def _cxr(x: _Ctx) -> None:
    r = x.r
    x.t("CHEST X-RAY PA/LAT\nPatient: ").name(x.pt, "LF").t("  Acc: ").p("ID", f"CR{r.randint(10**6, 10**7 - 1)}").t("  Exam date: ").date(x.today, "num").t("\n")
    x.t("Comparison: ").date(x.ago(30, 400), "num").t(" and CT chest ").date(x.ago(400, 700), "abbr").t(".\nFindings: new right lower lobe consolidation; small effusion. Heart size normal (CTR ").c("0.48").t("). ")
    x.t("PICC tip at cavoatrial junction.\nImpression: RLL pneumonia.\nCritical result called to ").name(x.staff(), "fml").t(", PA at ").c("14:10").t(".\nRead by: ").name(x.staff(), "fl").t(", MD\n")


def _lp(x: _Ctx) -> None:
    x.t("PROCEDURE NOTE: Lumbar puncture\nDate: ").date(x.today, "dmy_dash").t("   Pt: ").name(x.pt, "fl").t("  MRN ").p("ID", x.mrn).t("\nConsent from patient's " + x.spouse()[0] + " ").name(x.spouse()[1], "fml").t(" (HCPOA).\n")
    x.t("L3-L4, ").c("20G").t(" spinal needle, ").c("1% lidocaine 5 mL").t(". Opening pressure ").c("24 cm H2O").t(". ").c("12 mL").t(" clear CSF, tubes 1-4 sent.\nNo complications. EBL ").c("<1 mL").t(".\nAttending present: Dr ").name(x.staff(), "fl").t(". Resident: ").name(x.staff(), "il").t("\n")


def _case_mgmt(x: _Ctx) -> None:
    r = x.r
    x.t("CASE MANAGEMENT NOTE ").date(x.today, "num").t("\nMet with ").name(x.pt, "f").t(" and niece ").name(x.person("F"), "fl").t(" at bedside. ")
    x.t("Pt lives alone at ").p("ADDRESS", x.street).t(" in ").p("ADDRESS", x.town).t("; ")
    if x.age >= 90:
        x.t("at ").p("AGE", str(x.age)).t(f" {x.he()} ")
    else:
        x.t(f"{x.he()} ")
    x.t("still drives (plate ").p("ID", f"{r.choice('ABCDFG')}{r.choice('KLMN')}{r.choice('PRSTW')}-{r.randint(1000, 9999)}").t("). Insurance: Humana, member ID ").p("ID", f"H{r.randint(10**8, 10**9 - 1)}").t(".\n")
    x.t("Plan: SNF vs home with services; PT recommends ").c("24 h supervision").t(". Bed offer from Oak Manor; niece to call back at ").p("PHONE", x.mk_phone()).t(".\n-").name(x.staff(), "fl").t(", MSW\n")


def _ld_triage(x: _Ctx) -> None:
    r = x.r
    x.sex, x.pt = "F", x.person("F")
    x.set_age(r.randint(19, 41))
    x.t("L&D TRIAGE  ").date(x.today, "abbr").t(" 23:40\n").name(x.pt, "fl").t(", G").c("2").t("P").c("1").t(" at ").c("37+2").t(" wks (EDD ").date(x.ahead(15, 20), "num").t(", LMP ").date(x.ago(260, 262), "num").t(")\n")
    x.t("CTX q").c("4 min").t(", SVE ").c("4/70/-1").t(". FHT ").c(f"{r.randint(130, 150)}").t(" bpm, cat I. GBS neg. BP ").c("128/78").t(".\nPartner ").name(x.person("M"), "fl").t(" present. Admit to L&D, CNM ").name(x.person("F"), "fl").t(" notified.\n")


def _wcc9(x: _Ctx) -> None:
    r = x.r
    kid = x.pt = (x.person(x.sex)[0], x.r.choice("ABJ"), x.pt[2])
    x.dob = x.today - timedelta(days=275)
    x.t("9-MONTH WELL CHILD VISIT  ").date(x.today, "num").t("\n").name(kid, "fl").t("  DOB ").date(x.dob, "num").t("  MRN ").p("ID", x.mrn).t("\n")
    x.t("Accompanied by mother ").name((x.person("F")[0], "", kid[2]), "fl").t(". Wt ").c("8.9 kg").t(" (").c("55th %ile").t("), length ").c("71 cm").t(", HC ").c("44.5 cm").t(".\n")
    x.t("Development: pulls to stand, pincer grasp. Vaccines: ").c("Hep B #3").t(", ").c("flu #1").t(". Lead/Hgb at ").c("12 months").t(".\nNext visit ").date(x.ahead(85, 95), "abbr").t(". ")
    x.t("Seen by ").name(x.staff(), "fl").t(", MD" if r.random() < 0.5 else ", PNP").t("\n")


def _renal_consult(x: _Ctx) -> None:
    x.t("NEPHROLOGY CONSULT\nRequesting: Dr ").name(x.staff(), "fl").t("   Pt: ").name(x.pt, "LF").t("  MRN ").p("ID", x.mrn).t("\nReason: K ").c("6.8").t(" on ").date(x.today, "md").t(".\n")
    x.t("CKD 4 (baseline Cr ").c("2.9").t(", ").date(x.ago(60, 200), "mon_year").t("). On ").c("spironolactone 25 mg").t(" and ").c("losartan 100 mg").t(". ECG peaked T.\n")
    x.t("Rec: ").c("calcium gluconate 1 g IV").t(", ").c("insulin 10 units + D50").t(", ").c("patiromer 8.4 g").t("; stop both agents. AVF planning with vascular. Nephrologist: ").name(x.staff(), "fml").t(", MD, pager ").p("PHONE", str(x.r.randint(1000, 9999))).t("\n")


# ---- UK / other-country templates -----------------------------------------------------------


def _gp_gastro(x: _Ctx) -> None:
    x.t("The Elms Surgery\n").date(x.today, "ord").t("\nDear Dr ").name(x.staff(), "l").t(",\nRe: ").name(x.pt, "fl").t(", DOB ").date(x.dob, "num").t(", NHS No ").p("ID", f"{x.r.randint(400, 499)} {x.r.randint(100, 999)} {x.r.randint(1000, 9999)}").t("\n")
    x.p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(" ").p("ZIP", x.zip).t("\n")
    x.t("Thank you for seeing this ").c(str(min(x.age, 79))).t("-year-old with iron-deficiency anaemia (Hb ").c("94 g/L").t(", ferritin ").c("8").t(") and altered bowel habit for ").c("3 months").t(". FIT ").c("142").t(". ")
    x.t("I have started ").c("ferrous fumarate 210 mg BD").t(". I will review ").c("6/12").t(" or sooner. Mob ").p("PHONE", x.phone).t(".\nYours sincerely,\nDr ").name(x.staff(), "fl").t("\n")


def _ae_fall90(x: _Ctx) -> None:
    x.t("A&E  ").date(x.today, "dot").t("  Triage cat 3\n").name(x.pt, "LF").t("  Hosp no ").p("ID", f"RX{x.r.randint(100000, 999999)}").t("\n")
    x.p("AGE", str(x.age)) if x.age >= 90 else x.c(str(x.age))
    x.t("yo from ").p("ADDRESS", x.town).t(", found on floor by carer ").name(x.person("F"), "f").t(" at ").c("07:15").t(", long lie ~").c("6 h").t(". Lives alone, warden-controlled.\n")
    x.t("O/E GCS ").c("15").t(", CK ").c("2100").t(", R hip shortened/ext rot. Xray: #NOF.\nPlan: ").c("fascia iliaca block").t(", ortho referral, ").c("paracetamol 1 g QDS").t(". NOK son ").name(x.person("M"), "fml").t(" ").p("PHONE", x.mk_phone()).t("\n").name(x.staff(), "il").t(", ST3\n")


def _lc_ward_round(x: _Ctx) -> None:
    x.t("wr cons ").name(x.staff(), "lcf").t(" / reg ").name(x.staff(), "lc").t("\n").name(x.pt, "lc").t(" bed ").c("14").t(" - day ").c("2").t(" post angio in cath lab, nil new\n")
    x.t("obs stable, news ").c("1").t(". trop ").c("34").t("->").c("29").t(". echo booked\nplan: ").c("ticagrelor 90 mg bd").t(", dc tomorrow if ok, TTO ").c("7/7").t(" of ").c("bisoprolol 2.5mg").t(", review ").c("6/12").t(" in cardiology opd. ")
    x.t("daughter ").name(x.person("F"), "lcf").t(" aware. -").name(x.staff(), "ini").t("\n")


def _tto_letter(x: _Ctx) -> None:
    x.t("IMMEDIATE DISCHARGE LETTER\nPatient: ").name(x.pt, "lfm").t("  MRN ").p("ID", x.mrn).t("  Ward 12\nAdm ").date(x.ago(4, 9), "dmy_dash").t("  Dis ").date(x.today, "dmy_dash").t("\n")
    x.t("Dx: community-acquired pneumonia, CURB-65 ").c("2").t(".\nTTO: ").c("amoxicillin 500 mg TDS").t(" ").c("7/7").t(", ").c("prednisolone 30 mg OD").t(" ").c("5/7").t(".\nGP actions: repeat CXR at ").c("6/52").t("; bloods ").c("1/52").t(".\nGP: Dr ").name(x.staff(), "il").t(", ").p("ADDRESS", x.pick_town()).t(" Medical Centre\n")
    x.sig(", FY1")


def _dsn_phone(x: _Ctx) -> None:
    x.t("Diabetes specialist nurse telephone review ").date(x.today, "long").t("\nSpoke to ").name(x.pt, "fl").t(" on ").p("PHONE", x.phone).t(" (mob). HbA1c ").c("78 mmol/mol").t(" on ").date(x.ago(10, 30), "day_month").t(".\n")
    x.t("CBGs ").c("9-14").t(". Increase ").c("Lantus 18 units").t(" to ").c("20 units").t(". Hypo awareness ok. Next call ").c("2/52").t(". Copy to GP Dr ").name(x.staff(), "l").t(".\n").name(x.staff(), "fl").t(", DSN\n")


def _cmht(x: _Ctx) -> None:
    x.t("CMHT home visit ").date(x.today, "num").t("\nSeen ").name(x.pt, "fl").t(" at home, ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(". Mood ").c("4/10").t(", sleep ").c("5 h").t(". PHQ-9 ").c("17").t(". No active SI. ")
    x.t("Taking ").c("mirtazapine 30 mg nocte").t(". Partner ").name(x.person(), "f").t(" supportive.\nPlan: CPN ").name(x.staff(), "fl").t(" to visit ").c("weekly").t("; medical review with Dr ").name(x.staff(), "l").t(" on ").date(x.ahead(7, 21), "ord").t(".\n")


def _ca_psych(x: _Ctx) -> None:
    r = x.r
    x.t("EMERGENCY PSYCHIATRY CONSULT\n").name(x.pt, "LF").t("   OHIP ").p("ID", f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.choice(['AB', 'KL', 'XM'])}").t("   DOB ").date(x.dob, "iso").t("\n")
    x.t("Brought by police under Form 1 (").date(x.today, "long").t(") from ").p("ADDRESS", x.town).t(". Roommate ").name(x.person(), "fl").t(" reported erratic behaviour x ").c("5 days").t(".\n")
    x.t("MSE: pressured speech, grandiose. YMRS ").c("28").t(". Lithium level ").c("0.3").t(".\nPlan: admit, ").c("olanzapine 10 mg qhs").t(". Psychiatrist ").name(x.staff(), "fl").t(", MD FRCPC\n")


def _ca_homecare(x: _Ctx) -> None:
    x.t("Home & Community Care referral  ").date(x.today, "dot").t("\nClient: ").name(x.pt, "fml").t("\nAddress: ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(f", {x.region} ").p("ZIP", x.zip).t("\nPhone h: ").p("PHONE", x.phone).t("\n")
    x.t("Needs: PSW ").c("2 h/day").t(" for bathing, nursing for ").c("enoxaparin 40 mg SC daily").t(" x ").c("28 days").t(". MoCA ").c("24/30").t(".\nSubstitute decision-maker: ").name(x.person(), "fl").t(" ").p("PHONE", x.mk_phone()).t("\n")
    x.sig(", RN")


def _au_hith(x: _Ctx) -> None:
    r = x.r
    x.t("Hospital in the Home visit - ").date(x.today, "num").t("\nURN ").p("ID", x.mrn[:6]).t("  Medicare ").p("ID", f"{r.randint(2000, 6999)} {r.randint(10000, 99999)} {r.randint(1, 9)}").t("\n").name(x.pt, "fl").t(", ")
    x.p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(f" {x.region} ").p("ZIP", x.zip).t("\n")
    x.t("Day ").c("4").t(" of ").c("cefazolin 2 g IV via elastomeric pump").t(" for cellulitis. Erythema receding (marked ").date(x.ago(3, 4), "md").t("). Temp ").c("36.8").t(". CRP ").c("62").t(" -> ").c("31").t(".\nVisited by ").name(x.staff(), "fl").t(", CNS\n")


def _au_orthogeri(x: _Ctx) -> None:
    x.t("ORTHOGERIATRIC WARD NOTE ").date(x.today, "iso").t("\n").name(x.pt, "LF").t(" UR ").p("ID", x.mrn).t(", ")
    x.p("AGE", str(x.age)) if x.age >= 90 else x.c(str(x.age))
    x.t(f"{x.sex}, D").c("2").t(" post hemiarthroplasty.\n4AT ").c("5").t(" - delirium. Na ").c("131").t(", Hb ").c("86").t(". Transfuse ").c("1 unit").t(". Stop ").c("oxybutynin").t(".\nNOK: ").name(x.person(), "fl").t(" (daughter-in-law) ").p("PHONE", x.mk_phone()).t(". Lives in ").p("ADDRESS", x.town).t(" with " + x.spouse()[0] + " ").name(x.spouse()[1], "f").t(".\n")
    x.sig(", AT")


def _nz_ah(x: _Ctx) -> None:
    r = x.r
    x.t("After-hours clinic ").date(x.today, "short2").t(" 20:05\n").name(x.pt, "fl").t(" NHI ").p("ID", f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{r.randint(1000, 9999)}").t(", lives in ").p("ADDRESS", x.town).t("\n")
    x.t("Sore throat ").c("3 days").t(", Centor ").c("3").t(", T ").c("38.4").t(". Rapid strep pos. Rx ").c("phenoxymethylpenicillin 500 mg BD x 10 days").t(". Whanau: mum ").name(x.person("F"), "f").t(" present.\nGP ").name(x.staff(), "il").t(" notified; contact ").p("PHONE", x.phone).t("\n")


def _ie_preop(x: _Ctx) -> None:
    x.t("PRE-OPERATIVE ASSESSMENT CLINIC  ").date(x.today, "ord").t("\n").name(x.pt, "fl").t(", MRN ").p("ID", x.mrn).t("\n").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(", ").p("ZIP", x.zip).t("\n")
    x.t("For lap cholecystectomy ").date(x.ahead(10, 40), "abbr").t(". ASA ").c("2").t(", BMI ").c("33").t(", STOP-BANG ").c("4").t(". Hb ").c("132").t(", eGFR ").c(">90").t(".\nHold ").c("metformin 1 g").t(" on morning of surgery. Anaesthetist ").name(x.staff(), "fml").t(". " + x.spouse()[0].title() + " ").name(x.spouse()[1], "f").t(" will collect.\n")
    x.sig(", ANP")


def _za_obs(x: _Ctx) -> None:
    r = x.r
    x.sex, x.pt = "F", x.person("F")
    x.set_age(r.randint(18, 42))
    mom = x.pt
    x.t("MATERNITY ADMISSION  ").date(x.today, "num").t("\n").name(mom, "LF").t("  ID no ").p("ID", f"{x.dob.strftime('%y%m%d')}{r.randint(1000, 4999)}08{r.randint(1, 9)}").t("\nFrom ").p("ADDRESS", x.town).t(". G").c("3").t("P").c("2").t(", ").c("39/40").t(" by sonar. HIV pos on ").c("TLD").t(", VL ").c("<50").t(".\n")
    x.t("BP ").c("148/96").t(", protein ").c("2+").t(". Start ").c("methyldopa 500 mg tds").t(". CTG reactive.\nMidwife ").name(x.staff(), "fl").t("; Dr ").name(x.staff(), "l").t(" informed ").c("22:30").t(". Cell ").p("PHONE", x.phone).t("\n")


def _sg_hf(x: _Ctx) -> None:
    r = x.r
    x.t("HF Nurse Telephone Follow-up ").date(x.today, "dmy_dash").t("\n").name(x.pt, "fl").t(" NRIC ").p("ID", f"{r.choice('ST')}{r.randint(1000000, 9999999)}{r.choice('ABCDJZ')}").t("\n").p("ADDRESS", x.street).t(", Singapore ").p("ZIP", x.zip).t("\n")
    x.t("Weight ").c("61.2 kg").t(" (dry ").c("59 kg").t("). Mild ankle swelling. ")
    x.t("Increase ").c("furosemide 40 mg om").t(" x ").c("3 days").t(". Son ").name(x.person("M"), "f").t(" reached on ").p("PHONE", x.phone).t(".\n-").name(x.staff(), "fl").t(", APN\n")


def _in_dengue(x: _Ctx) -> None:
    r = x.r
    x.t("DISCHARGE SUMMARY - Medicine Unit II\nName: ").name(x.pt, "fl").t("  UHID: ").p("ID", f"UH{r.randint(10**7, 10**8 - 1)}").t("  Aadhaar: ").p("ID", f"{r.randint(2000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}").t("\n")
    x.t("Address: ").p("ADDRESS", x.street).t(", ").p("ADDRESS", x.town).t(" - ").p("ZIP", x.zip).t("\nDOA: ").date(x.ago(5, 7), "dot").t("  DOD: ").date(x.today, "dot").t("\n")
    x.t("Dengue NS1 positive. Platelets nadir ").c("18,000").t(" on day ").c("5").t(", now ").c("96,000").t(". Hct ").c("41%").t(". No bleeding.\nAdvice: ").c("paracetamol 650 mg SOS").t(", avoid NSAIDs. Review OPD after ").c("1 week").t(". Attendant: ").name(x.spouse()[1], "fl").t(f" ({x.spouse()[0]}) ").p("PHONE", x.phone).t("\n")
    x.sig(", MD (Med)")


# ---- mixed-country templates ----------------------------------------------------------------


def _lab_comment(x: _Ctx) -> None:
    x.t("LAB RESULT COMMENT  ").date(x.today, "num").t("\n").name(x.pt, "LF").t(" MRN ").p("ID", x.mrn).t(". Potassium ").c("2.7 mmol/L").t(" phoned to ").name(x.staff(), "fl").t(" at ").c("11:52").t(", read back OK. ")
    x.t("Haemolysis index ").c("12").t(". Query to ").p("EMAIL", f"{x.staff()[2].lower()}.lab@{x.r.choice(['nhs.net', 'health.nz', 'hse.ie'])}").t(".\nBMS: ").name(x.staff(), "ini").t("\n")


def _prostate_path(x: _Ctx) -> None:
    r = x.r
    x.sex, x.pt = "M", (x.person("M")[0], x.pt[1], x.pt[2])
    x.t("SURGICAL PATHOLOGY  Accession ").p("ID", f"S{x.today.year % 100}-{r.randint(10000, 99999)}").t("\nPatient: ").name(x.pt, "lfm").t("  Collected: ").date(x.ago(2, 6), "abbr").t("\n")
    x.t("Specimen: TRUS prostate biopsies x ").c("12").t(". PSA ").c("9.4 ng/mL").t(".\nDx: adenocarcinoma, Gleason ").c("3+4=7").t(" (Grade Group ").c("2").t(") in ").c("4/12").t(" cores, max ").c("40%").t(".\nPathologist: ").name(x.staff(), "fml").t(", FRCPath\n")


def _hn_mdt(x: _Ctx) -> None:
    x.t("HEAD & NECK MDT  ").date(x.today, "long").t("\nChair: ").name(x.staff(), "fl").t("\n")
    for i in range(x.r.randint(2, 4)):
        who = x.pt if i == 0 else x.person()
        x.t(f"{i + 1}. ").name(who, "LF").t(" ").p("ID", x.mrn if i == 0 else str(x.r.randint(10**6, 10**7 - 1))).t(" - ").c(x.r.choice(["T2N1 oral tongue SCC", "T3N0 larynx", "p16+ tonsil T1N1"])).t("; plan: ").c(x.r.choice(["surgery + neck dissection", "chemoradiotherapy 70 Gy", "TORS"])).t("\n")
    x.t("Action: CNS ").name(x.staff(), "f").t(" to inform patients.\n")


def _incident(x: _Ctx) -> None:
    r = x.r
    x.t("INCIDENT REPORT #").p("ID", f"IR{x.today.year}-{r.randint(1000, 9999)}").t("\nDate/time: ").date(x.today, "isodt").t("\nLocation: Endoscopy recovery\n")
    x.t("Patient ").name(x.pt, "fl").t(" received ").c("midazolam 5 mg").t(" instead of ").c("2 mg").t("; SpO2 fell to ").c("84%").t(", reversed with ").c("flumazenil 200 mcg").t(". ")
    x.t("Order entered from workstation ").p("IP", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}").t(".\nReported by ").name(x.staff(), "fl").t("; manager ").name(x.staff(), "fml").t(" informed.\n")


def _acp(x: _Ctx) -> None:
    x.t("ADVANCE CARE PLANNING  ").date(x.today, "ord").t("\n").name(x.pt, "fl").t(", ")
    if x.age >= 90:
        words = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five"]
        aw = words[x.age - 90] if x.age < 96 and x.r.random() < 0.5 else str(x.age)
        x.t("aged ").p("AGE", aw).t(" years,")
    else:
        x.t("aged ").c(str(x.age)).t(",")
    x.t(" with metastatic NSCLC. Present: son ").name(x.person("M"), "fl").t(", daughter ").name(x.person("F"), "f").t(".\nWishes: no CPR, no ICU; preferred place of death home in ").p("ADDRESS", x.town).t(". ECOG ").c("3").t(".\n")
    x.t("Document uploaded: ").p("URL", f"https://acp.{x.r.choice(['healthnet', 'carepath'])}.org/doc/{x.r.randint(10**5, 10**6 - 1)}").t("\n")
    x.sig(", MD")


def _transfusion_consent(x: _Ctx) -> None:
    r = x.r
    x.t("BLOOD TRANSFUSION CONSENT / RECORD\nPatient: ").name(x.pt, "LF").t("  DOB ").date(x.dob, "dmy_dash").t("  MRN ").p("ID", x.mrn).t("\n")
    x.t("Indication: Hb ").c("68 g/L").t(", symptomatic. Risks discussed incl. TACO. Consent given by patient; witnessed by ").name(x.staff(), "fl").t(".\n")
    x.t("Unit ").p("ID", f"G{r.randint(1000, 9999)} {x.today.year % 100} {r.randint(100000, 999999)}").t(" O neg, ").c("280 mL").t(" over ").c("2 h").t(". Pre temp ").c("36.7").t(", post ").c("36.9").t(". Checked by ").name(x.staff(), "ini").t(" and ").name(x.staff(), "ini").t("\n")


TEMPLATES: list[tuple[str, str, Callable[[_Ctx], None], float]] = [
    ("US", "ed_syncope", _ed_syncope, 0.3), ("US", "copd_hp", _copd_hp, 0.0),
    ("US", "hypona_progress", _hypona_progress, 0.1), ("US", "af_discharge", _af_dc, 0.1),
    ("US", "night_nursing", _night_nursing, 0.1), ("US", "sbar_tele", _sbar_tele, 0.3),
    ("US", "wound_phone", _wound_phone, 0.0), ("US", "bp_portal", _bp_portal, 0.0),
    ("US", "hh_referral", _hh_referral, 0.3), ("US", "cxr", _cxr, 0.1), ("US", "lp", _lp, 0.0),
    ("US", "case_mgmt", _case_mgmt, 0.4), ("US", "ld_triage", _ld_triage, 0.0),
    ("US", "wcc9", _wcc9, 0.0), ("US", "renal_consult", _renal_consult, 0.1),
    ("UK", "gp_gastro", _gp_gastro, 0.0), ("UK", "ae_fall", _ae_fall90, 0.7),
    ("UK", "lc_ward_round", _lc_ward_round, 0.1), ("UK", "tto_letter", _tto_letter, 0.1),
    ("UK", "dsn_phone", _dsn_phone, 0.0), ("UK", "cmht", _cmht, 0.0),
    ("CA", "psych_consult", _ca_psych, 0.0), ("CA", "homecare", _ca_homecare, 0.2),
    ("AU", "hith", _au_hith, 0.1), ("AU", "orthogeri", _au_orthogeri, 0.5),
    ("NZ", "after_hours", _nz_ah, 0.0), ("IE", "preop", _ie_preop, 0.0),
    ("ZA", "maternity", _za_obs, 0.0), ("SG", "hf_call", _sg_hf, 0.2),
    ("IN", "dengue_dc", _in_dengue, 0.0), ("UK", "lab_comment", _lab_comment, 0.1),
    ("US", "prostate_path", _prostate_path, 0.1), ("UK", "hn_mdt", _hn_mdt, 0.1),
    ("AU", "incident", _incident, 0.1), ("IE", "acp", _acp, 0.4),
    ("NZ", "transfusion", _transfusion_consent, 0.2),
]


def _patient(x: _Ctx) -> dict[str, Any]:
    f, m, la = x.pt
    return {
        "resourceType": "Patient", "id": f"v23-{x.mrn}", "gender": "female" if x.sex == "F" else "male",
        "name": [{"family": la, "given": [f, m]}], "birthDate": x.dob.isoformat(),
        "identifier": [{"type": {"text": "MRN"}, "value": x.mrn}],
        "telecom": [{"system": "phone", "value": x.phone}],
        "address": [{"line": [x.street], "city": x.town, "postalCode": x.zip}],
    }


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic for a given ``n``."""
    fakes: dict[str, Faker] = {}
    for loc in set(_LOCALE.values()) - {""}:
        fakes[loc] = Faker(loc)
    notes: list[Note] = []
    for i in range(n):
        cc, _kind, fn, old_share = TEMPLATES[i % len(TEMPLATES)]
        rng = random.Random(_SEED + i)
        for loc, fk in fakes.items():
            fk.seed_instance(_SEED * 7 + i * 31 + len(loc))
        x = _Ctx(rng, fakes, cc, rng.random() < old_share)
        fn(x)
        notes.append(x.b.build(_patient(x)))
    return notes
