"""HELD-OUT v8 PHI corpus: written before the eighth deid round, never tuned on.

Written independently of the scrubber rules (``processors/deid`` not read), to look like real
third-party clinical text rather than to probe tricks: i2b2/n2c2-2014-style discharge
summaries, MIMIC-style nursing and physician notes, radiology and pathology reports, ED
triage, pharmacy intervention, UK outpatient letter with letterhead, patient-portal message,
social work note, operative note and telephone encounter. Names are common real names (Faker
en_US, en_GB, en_IE, es_MX, en_IN, de_DE, pl_PL, folded to ASCII) mixed with names that are
English words, apostrophe / Mc / hyphenated surnames, "Last, First M." and "J. Last" forms,
lower-case names in messages and nicknames. Conventions follow the other corpora: titles and
credentials ("Dr.", "Mrs", ", MD") are outside NAME spans; a city is ADDRESS, a state
abbreviation is not PHI; ages under 90, times of day and bed / room numbers are clinical
values; a year on its own ("CABG in 2019") and hospital names are left unlabelled (no bench
type). Dates are absolute (seeded), so ``generate(n)`` is deterministic. Run it only for final
figures: its misses and lost clinical values are not to be inspected while the scrubber is
being changed.
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

LOCALES = ["en_US", "en_GB", "en_IE", "es_MX", "en_IN", "de_DE", "pl_PL"]
_WEIGHTS = [50, 15, 5, 12, 7, 5, 6]
_WORD_FIRST = {"F": ["Rose", "Hope", "Faith", "Grace", "Joy", "June", "Dawn", "Amber", "Ruby", "Pat", "Sandy",
                     "Carol", "Destiny", "Summer", "Crystal", "Ivy"],
               "M": ["Will", "Bill", "Mark", "Frank", "Gene", "Guy", "Rich", "Sunny", "Major", "Buck", "Chase",
                     "Hunter", "Pat"]}  # fmt: skip
_WORD_LAST = ["Baker", "Cook", "Brown", "White", "Young", "Long", "Hill", "Wood", "Stone", "Fox", "Little",
              "Sharp", "Hunter", "Mason", "Black", "Green", "King", "Bishop", "Marsh", "Rice", "Bell",
              "Church", "Day", "Page", "Price", "Lane", "Payne", "Hart", "Cross", "Short", "Strong",
              "Waters", "Fields", "Walker", "Gross", "Moody", "Hale", "Nurse", "Sugar", "Swallow"]  # fmt: skip
_APOS = ["O'Brien", "O'Connor", "O'Neill", "D'Souza", "O'Malley", "D'Angelo", "McAllister", "MacLeod",
         "McKenzie", "O'Reilly", "DeLuca", "LaFleur", "St. Pierre", "Van der Berg"]  # fmt: skip
_NICK = {"Robert": "Bob", "William": "Bill", "Elizabeth": "Liz", "Margaret": "Peggy", "James": "Jim",
         "Richard": "Dick", "Katherine": "Kate", "Michael": "Mike", "Jennifer": "Jen", "Thomas": "Tom"}  # fmt: skip
HOSPITALS = ["Riverside General Hospital", "St. Catherine's Medical Center", "Mercy Hospital",
             "Lakeview Regional Medical Center", "Northgate Infirmary", "Good Samaritan Hospital"]  # fmt: skip
VITALS = ["BP 132/84", "BP 98/56", "HR 112", "HR 64 SR", "RR 24", "RR 16", "T 38.6 C", "T 99.1 F",
          "SpO2 91% on 2L NC", "O2 sat 97% RA", "Pain 7/10", "GCS 14", "GCS E3V4M6", "NEWS2 5",
          "Wt 82.4 kg", "BMI 31.2", "MAP 61", "CVP 12", "FSBG 243", "UOP 30 mL/hr"]  # fmt: skip
LABS = ["WBC 14.2", "Hgb 9.8 g/dL", "Plt 112", "Na 131", "K 5.6", "Cr 1.84 mg/dL", "BUN 42", "eGFR 38",
        "Trop I 0.41 ng/mL", "BNP 1240", "INR 2.7", "A1c 8.4%", "Lactate 3.1 mmol/L", "Lipase 412 U/L",
        "TSH 0.02", "Mg 1.6", "CRP 148 mg/L", "Hb 84 g/L", "ALT 212 IU/L", "pH 7.31"]  # fmt: skip
MEDS = ["metoprolol tartrate 25 mg PO BID", "lisinopril 20 mg daily", "apixaban 5 mg BID",
        "furosemide 40 mg IV q12h", "atorvastatin 80 mg qHS", "insulin glargine 22 units qHS",
        "vancomycin 1250 mg IV q12h", "piperacillin-tazobactam 3.375 g IV q8h", "oxycodone 5 mg q4h PRN",
        "acetaminophen 650 mg q6h PRN", "pantoprazole 40 mg daily", "heparin 5000 units SC q8h",
        "levetiracetam 500 mg BID", "prednisone 40 mg x5 days", "ceftriaxone 1 g IV q24h",
        "amiodarone 200 mg daily", "warfarin 2.5 mg M/W/F", "senna 8.6 mg 2 tabs qHS"]  # fmt: skip
NOTATION = ["3+ pitting edema", "5/5 strength", "A&Ox3", "2/6 SEM", "1:1 sitter", "CURB-65 2",
            "ESI 2", "POD #2", "20/40 OS", "L4-L5", "C5-C6", "EF 35-40%", "G3P2", "NPO after MN",
            "q2h turns", "MMSE 24/30", "PHQ-9 17", "Braden 13", "ASA III", "EBL 150 mL", "2/7 hx",
            "ICD-10 I50.23", "BI-RADS 4", "1.4 x 0.9 cm", "x2 PIV 18G", "Morse 55", "FiO2 40%", "PEEP 5"]  # fmt: skip


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class _People:
    def __init__(self, seed: int) -> None:
        self.fakes = [Faker(loc) for loc in LOCALES]
        for i, fk in enumerate(self.fakes):
            fk.seed_instance(seed + i)

    def first(self, r: random.Random, sex: str = "") -> str:
        sex = sex or r.choice("FM")
        if r.random() < 0.12:
            return r.choice(_WORD_FIRST[sex])
        fk = r.choices(self.fakes, _WEIGHTS)[0]
        return _fold(fk.first_name_female() if sex == "F" else fk.first_name_male()).split()[0]

    def last(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.12:
            return r.choice(_WORD_LAST)
        if x < 0.2:
            return r.choice(_APOS)
        last = _fold(r.choices(self.fakes, _WEIGHTS)[0].last_name())
        if x < 0.27:
            last = f"{last}-{_fold(r.choice(self.fakes).last_name()).split()[0]}"
        return last

    def full(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.15:
            return f"{self.first(r)[0]}. {self.last(r)}"
        if x < 0.3:
            return f"{self.first(r)} {r.choice('ABCDEJKLMRSTW')}. {self.last(r)}"
        return f"{self.first(r)} {self.last(r)}"

    def doctor(self, b: NoteBuilder, r: random.Random) -> NoteBuilder:
        """A clinician: title / credential outside the span."""
        x = r.random()
        if x < 0.4:
            return b.t(r.choice(["Dr. ", "Dr "])).p("NAME", self.last(r))
        if x < 0.7:
            return b.p("NAME", self.full(r)).t(r.choice([", MD", " MD", ", DO", ", NP", ", PA-C"]))
        if x < 0.85:
            return b.p("NAME", f"{self.last(r)}, {self.first(r)} {r.choice('ABCDJKMRS')}.").t(" MD")
        return b.t("Dr. ").p("NAME", self.full(r))


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _day(r: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=r.randint(0, 1400))


def _date(r: random.Random, d: date | None = None, uk: bool = False) -> str:
    d = d or _day(r)
    us = [f"{d.month}/{d.day}", f"{d:%m/%d/%Y}", f"{d.month}/{d.day}/{d:%y}", f"{d:%Y-%m-%d}",
          f"{d:%B} {d.day}", f"{d:%B} {d.day}, {d:%Y}", f"{d:%b} {d.day}", f"{d:%B} {_ordinal(d.day)}",
          f"{d:%d-%b-%Y}".upper(), f"{d:%a} {d.month}/{d.day}", f"{d:%m/%d/%y}", f"{d:%b}. {d.day}, {d:%Y}"]  # fmt: skip
    gb = [f"{d:%d/%m/%Y}", f"{d.day} {d:%b %Y}", f"{d.day} {d:%B %Y}", f"{_ordinal(d.day)} {d:%B}",
          f"{d:%d.%m.%y}", f"{d.day}/{d.month}", f"{d:%Y-%m-%d}", f"{d:%d-%b-%y}"]  # fmt: skip
    return r.choice(gb if uk else us)


def _time(r: random.Random) -> str:
    h, m = r.randint(0, 23), r.choice([0, 5, 15, 20, 30, 42, 45, 50])
    return r.choice([f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
                     f"{h:02d}:{m:02d}:{r.randint(0, 59):02d}"])  # fmt: skip


def _phone(r: random.Random, uk: bool = False) -> str:
    a, m, n = r.randint(201, 989), r.randint(200, 999), r.randint(1000, 9999)
    if uk:
        return r.choice([f"0{r.randint(113, 191)} {r.randint(200, 999)} {n}", f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
                         f"+44 7{r.randint(700, 999)} {r.randint(100000, 999999)}", f"020 {r.randint(7000, 8999)} {n}",
                         f"(01{r.randint(200, 999)}) {r.randint(100000, 999999)}"])  # fmt: skip
    return r.choice([f"({a}) {m}-{n}", f"{a}-{m}-{n}", f"{a}.{m}.{n}", f"{a} {m} {n}", f"1-{a}-{m}-{n}",
                     f"({a}){m}-{n}", f"{a}-{m}-{n} ext {r.randint(100, 9999)}", f"{a}{m}{n}"])  # fmt: skip


def _mrn(r: random.Random) -> str:
    return r.choice([str(r.randint(1000000, 9999999)), f"{r.randint(0, 99999999):08d}", f"E{r.randint(1000000, 9999999)}",
                     f"{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(0, 9)}"])  # fmt: skip


def _zip(r: random.Random, us: Faker, gb: Faker, uk: bool = False) -> str:
    if uk:
        return gb.postcode()
    return us.zipcode_plus4() if r.random() < 0.25 else us.zipcode()


def _email(r: random.Random, first: str, last: str, us: Faker) -> str:
    f, la = first.lower(), last.lower().replace("'", "").replace(" ", "").replace(".", "")
    return r.choice([f"{f}.{la}@{us.free_email_domain()}", f"{f[0]}{la}{r.randint(1, 99)}@{us.free_email_domain()}",
                     f"{f}{la[0]}{r.randint(60, 99)}@{us.free_email_domain()}", f"{la}.{f}@{us.domain_name()}",
                     f"{f[0]}.{la}@nhs.net", f"{f.capitalize()}.{last.replace(' ', '')}@{us.domain_word()}health.org"])  # fmt: skip


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    sex = r.choice("FM")
    first, last = p.first(r, sex), p.last(r)
    age = r.choice([r.randint(19, 88), r.randint(19, 88), r.randint(90, 103)])
    dob = _day(r) - timedelta(days=365 * age + r.randint(0, 364))
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": _mrn(r)}],
        "name": [{"given": [first], "family": last}],
        "telecom": [{"system": "phone", "value": _phone(r)}, {"system": "email", "value": _email(r, first, last, us)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "state": us.state_abbr(), "postalCode": us.zipcode()}],
        "gender": {"F": "female", "M": "male"}[sex], "birthDate": dob.isoformat(), "_age": age,
    }  # fmt: skip


def _g(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["given"][0])


def _f(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["family"])


def _sx(pt: dict[str, Any], female: str, male: str) -> str:
    """A word chosen by the patient's sex; ``_sx(pt, "M", "F")`` gives the spouse's sex."""
    return female if pt["gender"] == "female" else male


def _age(b: NoteBuilder, pt: dict[str, Any], r: random.Random, style: str = "") -> NoteBuilder:
    age = int(pt["_age"])
    style = style or r.choice(["{} yo ", "{}-year-old ", "{} y/o ", "{}yo ", "{} year old "])
    lead, tail = style.split("{}")
    b.t(lead)
    return (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(tail)


def _addr(b: NoteBuilder, pt: dict[str, Any], us: Faker, gb: Faker, r: random.Random, uk: bool = False) -> NoteBuilder:
    if uk:
        b.p("ADDRESS", gb.street_address()).t(", ").p("ADDRESS", gb.city()).t(r.choice([", ", "\n"]))
        return b.p("ZIP", gb.postcode())
    a = pt["address"][0]
    line = a["line"][0] if r.random() < 0.6 else us.street_address()
    b.p("ADDRESS", line)
    if r.random() < 0.3:
        b.t(r.choice([", ", " "])).p("ADDRESS", r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Unit {r.randint(1, 300)}", f"#{r.randint(2, 900)}"]))
    return b.t(", ").p("ADDRESS", a["city"]).t(f", {a['state']} ").p("ZIP", _zip(r, us, gb))


Template = Callable[[_People, Faker, Faker, random.Random, dict[str, Any]], NoteBuilder]


def _discharge(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    adm = _day(r)
    b = NoteBuilder().t(f"{r.choice(HOSPITALS).upper()}\nDISCHARGE SUMMARY\n\nPatient: ").p("NAME", f"{_f(pt).upper()}, {_g(pt).upper()}")
    b.t("    MR #: ").p("ID", pt["identifier"][0]["value"]).t("    Acct: ").p("ID", str(r.randint(10**9, 10**10 - 1)))
    b.t("\nAdmission Date: ").p("DATE", f"{adm:%m/%d/%Y}").t("    Discharge Date: ").p("DATE", f"{adm + timedelta(days=r.randint(2, 9)):%m/%d/%Y}")
    b.t("\nAttending: ")
    p.doctor(b, r).t("\n\nHISTORY OF PRESENT ILLNESS:\n").t(_sx(pt, r.choice(["Ms. ", "Mrs. "]), "Mr. ")).p("NAME", _f(pt))
    b.t(" is a ")
    _age(b, pt, r).t("with a history of CHF (").c(r.choice(NOTATION[11:12])).t("), CKD stage 3 and CABG in 2019 who presented on ")
    b.p("DATE", _date(r, adm)).t(" with 3 days of dyspnea. In the ED: ").c(r.choice(VITALS[:4])).t(", ").c(r.choice(VITALS[8:10]))
    b.t(". ").c(r.choice(LABS[8:10])).t(", ").c(r.choice(LABS[5:7])).t(".\n\nHOSPITAL COURSE:\nDiuresed with ").c(MEDS[3])
    b.t(", net negative 4.2 L. ").c(r.choice(NOTATION[:2])).t(". Seen by cardiology (").t("Dr. ").p("NAME", p.last(r))
    b.t(") on ").p("DATE", _date(r, adm + timedelta(days=1))).t("; ").c(r.choice(LABS[:6])).t(" on discharge.\n\nDISCHARGE MEDICATIONS:\n1. ")
    b.c(r.choice(MEDS[:3])).t("\n2. ").c(MEDS[4]).t("\n3. ").c(r.choice(MEDS[16:18])).t("\n\nFOLLOW UP: ")
    p.doctor(b, r).t(" in cardiology clinic on ").p("DATE", _date(r, adm + timedelta(days=14))).t(" at ").c(_time(r))
    b.t(", ").p("PHONE", _phone(r)).t(". Daughter ").p("NAME", f"{p.first(r, 'F')} {p.last(r)}").t(" (HCP) aware.\n\n")
    b.t("Dictated By: ").p("NAME", p.full(r)).t("\nD: ").p("DATE", f"{adm + timedelta(days=5):%m/%d/%Y}").t(" ").t(_time(r))
    b.t("\nT: ").p("DATE", f"{adm + timedelta(days=6):%m/%d/%Y}").t("\nJOB #: ").p("ID", str(r.randint(100000, 999999)))
    b.t("\ncc: ").p("NAME", p.full(r)).t(", MD")
    return b


def _radiology(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    b = NoteBuilder().t("EXAM: CT CHEST ABDOMEN PELVIS W IV CONTRAST\nACCESSION: ")
    b.p("ID", r.choice([str(r.randint(10**7, 10**8 - 1)), f"RAD{d:%y}-{r.randint(0, 999999):06d}", f"CT{r.randint(10**6, 10**7 - 1)}"]))
    b.t("   MRN: ").p("ID", pt["identifier"][0]["value"]).t("\nPATIENT: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("   DOB: ").p("DATE", f"{date.fromisoformat(pt['birthDate']):%m/%d/%Y}")
    b.t("\nDATE OF EXAM: ").p("DATE", _date(r, d)).t(" ").t(_time(r)).t("\nORDERING: ")
    p.doctor(b, r).t("\n\nCLINICAL HISTORY: ")
    _age(b, pt, r).t("with weight loss, r/o malignancy.\nCOMPARISON: CT ").p("DATE", _date(r, d - timedelta(days=r.randint(60, 700))))
    b.t(".\nTECHNIQUE: ").c("100 mL Omnipaque 350").t(", ").c("DLP 812 mGy-cm").t(".\nFINDINGS: ").c("Spiculated 2.3 x 1.8 cm")
    b.t(" RUL nodule (series 3, image 41). ").c(r.choice(NOTATION[9:11])).t(" disc bulge. Liver lesion segment VII ")
    b.c(r.choice(NOTATION[23:24])).t(", ").c("12 HU").t(".\nIMPRESSION:\n1. Suspicious RUL mass, ").c("Lung-RADS 4B").t(".\n")
    b.t("Findings discussed with ").p("NAME", p.full(r)).t(" by phone at ").c(_time(r)).t(" on ").p("DATE", _date(r, d)).t(".\n\n")
    b.t("Electronically signed by: ").p("NAME", f"{p.last(r)}, {p.first(r)}").t(", MD on ").p("DATE", f"{d:%m/%d/%Y}").t(" ").t(_time(r))
    return b


def _triage(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("ED TRIAGE  ").p("DATE", _date(r)).t(" ").c(_time(r)).t("\nArrival: EMS (Medic ").c(str(r.randint(2, 40)))
    b.t(")   Acuity: ").c(r.choice(["ESI 2", "ESI 3", "ESI 1"])).t("\n").p("NAME", f"{_g(pt)} {_f(pt)}").t(", ")
    _age(b, pt, r, r.choice(["{} y/o ", "age {}, ", "{}yo "])).t(_sx(pt, "F", "M")).t(", MRN ").p("ID", pt["identifier"][0]["value"])
    b.t("\nCC: fall at home, found on floor by neighbor ").p("NAME", p.first(r)).t(".\nVS: ").c(r.choice(VITALS[:2])).t(" ")
    b.c(r.choice(VITALS[2:4])).t(" ").c(r.choice(VITALS[4:6])).t(" ").c(r.choice(VITALS[6:8])).t(" ").c(r.choice(VITALS[8:10]))
    b.t("  ").c(r.choice(VITALS[10:13])).t("\nOn ").c(MEDS[16]).t(", last INR ").c("3.4").t(". Allergies: PCN (hives).\n")
    b.t("Lives at ").p("ADDRESS", pt["address"][0]["line"][0]).t(". Contact: son ").p("NAME", p.first(r, "M")).t(" cell ").p("PHONE", _phone(r))
    b.t(". PCP ").p("NAME", p.full(r)).t(" at ").t(r.choice(HOSPITALS)).t(".\nTriage RN: ").p("NAME", p.first(r)).t(" ").p("NAME", p.last(r)[0] + ".")
    return b


def _nursing(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Nursing Progress Note 0700-1900\n").p("NAME", _g(pt)).t(" is a ")
    _age(b, pt, r).t("admitted ").p("DATE", _date(r)).t(" with urosepsis, ").c(r.choice(NOTATION[4:5])).t(" for agitation.\n")
    b.t("Neuro: ").c(r.choice(["A&Ox1", "A&Ox3", "RASS -1"])).t(", ").c(r.choice(VITALS[11:13])).t(", PERRLA.\nCV: ")
    b.c(r.choice(VITALS[:4])).t(", ").c(r.choice(VITALS[16:17])).t(", ").c(r.choice(NOTATION[:1])).t(" BLE.\nResp: ")
    b.c(r.choice(VITALS[8:10])).t(", ").c(r.choice(NOTATION[26:28])).t(".\nGI/GU: foley draining ").c(VITALS[19]).t(".\nID: ")
    b.c(r.choice(VITALS[6:8])).t(", ").c(r.choice(MEDS[6:8])).t(", ").c(LABS[0]).t(".\nSkin: ").c(r.choice(NOTATION[17:18] + NOTATION[25:26]))
    b.t(", ").c(NOTATION[14]).t(f".\nSocial: {_sx(pt, 'husband', 'wife')} ").p("NAME", p.first(r, _sx(pt, "M", "F"))).t(" in to visit, updated; can be reached at ")
    b.p("PHONE", _phone(r)).t(". Pt asking for Fr. ").p("NAME", p.last(r)).t(".\nPlan: ")
    b.c("recheck K").t(" at ").c(_time(r)).t(", ").c(r.choice(MEDS[13:15])).t(". ").p("NAME", p.first(r)).t(" ").p("NAME", p.last(r)).t(", RN")
    return b


def _pharmacy(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    b = NoteBuilder().t("PHARMACY INTERVENTION NOTE - Vancomycin dosing\nPatient: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t("  MRN ").p("ID", pt["identifier"][0]["value"]).t("  Rm ").c(f"{r.randint(2, 9)}{r.randint(10, 40)}{r.choice(['', 'A', 'B'])}")
    b.t("\n").c(VITALS[14]).t(", ").c("CrCl 45 mL/min").t(", ").c(r.choice(LABS[5:8])).t(". Trough ").c("18.2 mcg/mL")
    b.t(" drawn ").p("DATE", _date(r, d)).t(" @ ").c(_time(r)).t(" (").c("AUC 612").t(").\nRecommendation: change to ")
    b.c("vancomycin 1000 mg IV q12h").t(", next level before 4th dose. Interaction: ").c(r.choice(MEDS[15:17])).t(" + ")
    b.c("fluconazole 200 mg").t(" - ").c("QTc 486").t(", recommend ECG.\nDiscussed with ")
    p.doctor(b, r).t(" (pager ").p("PHONE", _phone(r)).t("), accepted.\nOutpatient Rx #").p("ID", str(r.randint(1000000, 9999999)))
    b.t(" at CVS, ").p("ADDRESS", us.street_address()).t("; ins member ID ").p("ID", f"{r.choice(['XJH', 'W', 'ZGP', 'MCD'])}{r.randint(10**8, 10**9 - 1)}")
    b.t(".\n").p("NAME", p.full(r)).t(", PharmD ").p("DATE", f"{d:%m/%d/%y}").t(" ").c(_time(r))
    return b


def _gp_letter(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    dob = date.fromisoformat(pt["birthDate"])
    b = NoteBuilder().t(f"{r.choice(HOSPITALS)}\nDepartment of Rheumatology\nTel: ").p("PHONE", _phone(r, True)).t("  Fax: ").p("PHONE", f"0{r.randint(113, 191)} {r.randint(200, 999)} {r.randint(1000, 9999)}")
    b.t("\nSecretary: ").p("EMAIL", _email(r, p.first(r), p.last(r), us)).t("\n\nDate dictated: ").p("DATE", _date(r, d, True))
    b.t("\nClinic date: ").p("DATE", _date(r, d - timedelta(days=r.randint(1, 20)), True)).t("\n\nDr ").p("NAME", p.full(r)).t("\n")
    b.p("ADDRESS", gb.street_address().split("\n")[0]).t("\n").p("ADDRESS", gb.city()).t("\n").p("ZIP", gb.postcode()).t("\n\nDear Dr ")
    b.p("NAME", p.last(r)).t(",\n\nRe: ").t(_sx(pt, r.choice(["Mrs ", "Ms ", ""]), r.choice(["Mr ", ""]))).p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t(", DOB ").p("DATE", f"{dob:%d/%m/%Y}").t(", NHS No ").p("ID", f"{r.randint(400, 799)} {r.randint(100, 999)} {r.randint(1000, 9999)}")
    b.t("\n").p("ADDRESS", gb.street_address().split("\n")[0]).t(", ").p("ADDRESS", gb.city()).t(" ").p("ZIP", gb.postcode())
    b.t("\n\nDiagnosis: polymyalgia rheumatica. I reviewed this ")
    _age(b, pt, r, "{}-year-old ").t(_sx(pt, "lady today with her niece ", "gentleman today with his niece ")).p("NAME", p.first(r, "F")).t(". ").c("CRP 48 mg/L").t(", ")
    b.c("ESR 62").t(", ").c(r.choice(LABS[17:18] + LABS[5:6])).t(_sx(pt, ". She is on ", ". He is on ")).c("prednisolone 15 mg OD").t(", to reduce by ")
    b.c("2.5 mg every 4 weeks").t(" with ").c("Adcal-D3 1 tab BD").t(". Review in ").c("3/12").t(". Blood test on the ")
    b.p("DATE", _ordinal(r.randint(1, 28))).t(" please.\n\nYours sincerely,\n\n").p("NAME", p.full(r)).t("\nConsultant Rheumatologist\n")
    b.t("GMC ").p("ID", str(r.randint(1000000, 9999999))).t("\ncc: ").p("NAME", f"{_g(pt)} {_f(pt)}")
    return b


def _portal(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    g, fam = _g(pt), _f(pt)
    spouse = p.first(r, _sx(pt, "M", "F"))
    b = NoteBuilder().t("From: ").p("NAME", f"{g} {fam}").t(" <").p("EMAIL", pt["telecom"][1]["value"]).t(">\nTo: ")
    b.t("Internal Medicine Clinic Pool\nSent: ").p("DATE", f"{d:%a} {d.month}/{d.day}/{d:%Y}").t(" ").t(_time(r)).t("\nSubject: ")
    b.t("question about my bp meds\n\nhi dr ").p("NAME", p.last(r).lower()).t(", my bp has been running ").c("150s/90s")
    b.t(" at home, this morning ").c("162/94").t(" and pulse ").c("58").t(". i've been taking the ").c("amlodipine 10mg")
    b.t(" since ").p("DATE", _date(r, d - timedelta(days=r.randint(5, 40)))).t(f". my {_sx(pt, 'husband', 'wife')} ").p("NAME", spouse.lower())
    b.t(" says my ankles look swollen. should i still go to the lab on ").p("DATE", _date(r, d + timedelta(days=r.randint(1, 9))))
    b.t("? you can call me at ").p("PHONE", _phone(r)).t(" or ").p("NAME", spouse).t("'s cell ").p("PHONE", _phone(r))
    b.t(".\nthanks, ").p("NAME", _NICK.get(g, g).lower() if r.random() < 0.5 else g).t("\n\n---- Reply ----\nHi ").p("NAME", g)
    b.t(", please hold the amlodipine and take ").c("chlorthalidone 12.5 mg daily").t(" instead. Keep the lab appt; ")
    b.c("BMP in 1 week").t(".\n").p("NAME", p.full(r)).t(", RN for ")
    return p.doctor(b, r)


def _social_work(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Social Work Assessment ").p("DATE", _date(r)).t("\nSW met with pt and daughter ").p("NAME", f"{p.first(r, 'F')} {p.last(r)}")
    b.t(" at bedside (").c(f"Rm {r.randint(300, 899)}-{r.choice('12')}").t("). Pt is a ")
    _age(b, pt, r).t(_sx(pt, "widow", "widower")).t(" who lives alone at ")
    _addr(b, pt, us, gb, r).t(" in a second-floor walk-up. ").c("MoCA 19/30").t(", ").c(r.choice(NOTATION[15:17])).t(". Needs ")
    b.c("2-person assist").t(". Insurance: Medicaid ID ").p("ID", f"{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randint(10000, 99999)}{r.choice('ABCDEFGH')}")
    b.t("; Medicare MBI ").p("ID", f"{r.randint(1, 9)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(0, 9)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{r.randint(10, 99)}")
    b.t(". SSN on file ").p("SSN", us.ssn()).t(". APS report filed, case # ").p("ID", f"{r.randint(20, 26)}-{r.randint(10000, 99999)}")
    b.t(", worker ").p("NAME", p.full(r)).t(" ").p("PHONE", _phone(r)).t(". Son ").p("NAME", p.first(r, "M")).t(" (estranged) in ")
    b.p("ADDRESS", us.city()).t(", does not want contact. Family set up ").p("URL", f"https://www.gofundme.com/f/help-{_f(pt).lower().replace(chr(39), '').replace(' ', '')}-family")
    b.t(". Plan: SNF referral, ").c("PASRR level I").t(" done.\n").p("NAME", p.full(r)).t(", LICSW")
    return b


def _operative(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("OPERATIVE REPORT\nPATIENT NAME: ").p("NAME", f"{_g(pt)} {_f(pt)}").t("\nMEDICAL RECORD NO: ").p("ID", pt["identifier"][0]["value"])
    b.t("\nDATE OF OPERATION: ").p("DATE", _date(r)).t("\nSURGEON: ")
    p.doctor(b, r).t("\nASSISTANT: ").p("NAME", p.full(r)).t(", PA-C\nANESTHESIA: General endotracheal (").p("NAME", p.full(r)).t(", CRNA)\n")
    b.t("PROCEDURE: Left total hip arthroplasty.\nFINDINGS: severe OA. ").c(r.choice(["Crowe I", "Kellgren-Lawrence grade 4", "Dorr B"])).t(", ").c("ASA III").t(".\n")
    b.t("IMPLANTS: Stryker Accolade II stem ").c("size 4").t(", S/N ").p("ID", f"{r.choice(['PJN', 'MJK', 'ST'])}{r.randint(100000, 999999)}{r.choice('HKX')}")
    b.t("; Trident cup ").c("54 mm").t(f", lot {r.randint(10, 99)}A{r.randint(1000, 9999)}").t(".\nEBL: ").c("350 mL").t(". ")
    b.c("Cefazolin 2 g IV").t(" within 60 min of incision at ").c(_time(r)).t(". ").c("TXA 1 g").t(". Drains: none. ")
    b.c("Sponge and needle counts correct x2").t(".\nThe patient tolerated the procedure well. ").t("Dr. ").p("NAME", p.last(r))
    b.t(" was present for the entire procedure. Family (").t(_sx(pt, "husband ", "wife ")).p("NAME", p.first(r, _sx(pt, "M", "F"))).t(") updated in waiting room at ").c(_time(r)).t(".")
    return b


def _phone_encounter(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    b = NoteBuilder().t("Telephone Encounter\nPatient: ").p("NAME", f"{_f(pt)}, {_g(pt)}").t("  DOB ").p("DATE", f"{date.fromisoformat(pt['birthDate']):%m/%d/%Y}")
    b.t("\nDate: ").p("DATE", f"{d:%m/%d/%Y}").t(" ").t(_time(r)).t("\nCaller: ").p("NAME", f"{p.first(r, 'F')} {p.last(r)}").t(" (daughter)  Callback #: ").p("PHONE", _phone(r))
    b.t(_sx(pt, "\nReason: Mom", "\nReason: Dad")).t(" was seen at urgent care on ").p("DATE", _date(r, d - timedelta(days=2))).t(", dx UTI, started ").c("nitrofurantoin 100 mg BID")
    b.t(". Now more confused, ").c("T 100.4").t(", ").c("BS 312").t(".\nRN advice: go to ED. Per ").t("Dr. ").p("NAME", p.last(r))
    b.t(", hold ").c("metformin 1000 mg").t(" until seen. Pharmacy: Walgreens ").p("PHONE", _phone(r)).t(" (fax ").p("PHONE", _phone(r))
    b.t(").\nCaller verbalized understanding. Routed to ").p("NAME", p.full(r)).t(", RN; ").p("NAME", p.first(r)).t(" ").p("NAME", p.last(r))
    b.t(", MA ").p("DATE", f"{d.month}/{d.day}").t(" ").c(_time(r))
    return b


def _progress(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("MICU Resident Progress Note  HD#").c(str(r.randint(2, 12))).t("\nS: ").p("NAME", _g(pt)).t(" ")
    b.t(f"reports less SOB overnight. Per {_sx(pt, 'husband', 'wife')} ").p("NAME", p.first(r, _sx(pt, "M", "F"))).t(", slept well.\nO: ").c(r.choice(VITALS[:2])).t(", ")
    b.c(r.choice(VITALS[2:4])).t(", ").c(r.choice(VITALS[8:10])).t(", ").c(r.choice(NOTATION[26:28])).t("\nLabs ").p("DATE", _date(r))
    b.t(": ").c(r.choice(LABS[:5])).t(", ").c(r.choice(LABS[5:10])).t(", ").c(r.choice(LABS[10:15])).t("\nA/P: ")
    _age(b, pt, r).t("with ARDS from CAP, ").c(r.choice(NOTATION[5:6])).t(".\n- cont ").c(r.choice(MEDS[13:15])).t("\n- ")
    b.c("goal SpO2 88-92%").t(", ").c("I:E 1:2").t("\n- f/u sputum cx from ").p("DATE", _date(r)).t("\n- Code: full (confirmed with HCP ")
    b.p("NAME", p.full(r)).t(", ").p("PHONE", _phone(r)).t(")\nDiscussed with attending ").p("NAME", p.full(r)).t(". ")
    b.p("NAME", p.first(r)[0] + p.last(r)[0]).t(" MS4 / ").p("NAME", p.last(r)).t(" PGY-2 pgr ").p("PHONE", str(r.randint(10000, 99999)))
    return b


def _pathology(p: _People, us: Faker, gb: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    d = _day(r)
    b = NoteBuilder().t("SURGICAL PATHOLOGY REPORT\nAccession #: ").p("ID", f"S{d:%y}-{r.randint(1, 29999):05d}").t("\nPatient: ")
    b.p("NAME", f"{_f(pt).upper()}, {_g(pt).upper()}").t("   Age/Sex: ")
    (b.p("AGE", str(pt["_age"])) if pt["_age"] >= 90 else b.c(str(pt["_age"]))).t(_sx(pt, "/F   MRN: ", "/M   MRN: ")).p("ID", pt["identifier"][0]["value"])
    b.t("\nCollected: ").p("DATE", f"{d:%m/%d/%Y}").t("   Received: ").p("DATE", f"{d + timedelta(days=1):%m/%d/%Y}")
    b.t("\nSubmitting physician: ")
    p.doctor(b, r).t("\n\nFINAL DIAGNOSIS:\nA. Breast, left, 2:00, core biopsy: invasive ductal carcinoma, ").c("Nottingham grade 2")
    b.t(" (").c("3+2+2=7/9").t("). ").c("ER 95%").t(", ").c("PR 40%").t(", ").c("HER2 1+").t(", ").c("Ki-67 20%").t(".\n")
    b.t("Tumor ").c("1.4 cm").t(" in greatest dimension; ").c("pT1c pN0(sn)").t(".\nResult called to ").p("NAME", p.full(r))
    b.t(" on ").p("DATE", _date(r, d + timedelta(days=3))).t(".\n\nI attest that I personally reviewed the slides. ")
    b.p("NAME", p.full(r)).t(", M.D.\nPathologists Associated, ").p("ADDRESS", us.street_address()).t(", ").p("ADDRESS", us.city())
    return b


TEMPLATES: list[Template] = [
    _discharge, _radiology, _triage, _nursing, _pharmacy, _gp_letter, _portal, _social_work,
    _operative, _phone_encounter, _progress, _pathology,
]  # fmt: skip


def generate(n: int, seed: int = 8181) -> list[Note]:
    people = _People(seed)
    us, gb = Faker("en_US"), Faker("en_GB")
    us.seed_instance(seed)
    gb.seed_instance(seed + 100)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        b = TEMPLATES[i % len(TEMPLATES)](people, us, gb, r, pt)
        notes.append(b.build({k: v for k, v in pt.items() if k != "_age"}))
    return notes
