"""HELD-OUT v25 PHI corpus: written before any round-25 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v24 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. Templates, cycled in order (see ``TEMPLATES``):
ED renal-colic notes (HPI / ROS / exam / MDM), hospitalist alcohol-withdrawal H&Ps (CIWA),
warfarin / INR progress notes with "on 3/4 (yesterday)" trends, pulmonary-embolism discharge
summaries with follow-up appointments, lower-case evening post-op nursing notes, step-down
SBAR handoffs, transitional-care post-discharge calls ("cell", "h:", "w:", extensions),
statin side-effect portal messages with replies, post-knee-replacement home-health referrals
(full or masked SSN, MBI), venous duplex reports with comparison and addendum, knee
arthrocentesis procedure notes, case-management transport notes, induction-of-labour notes,
12-month well-child visits, dermatology clinic notes (pathology accession), ophthalmology
(intravitreal injection) notes, urology PSA clinic notes, haemodialysis run sheets,
intra-operative anaesthesia records, NICU progress notes, needlestick occupational-health notes
(US); GP letters to urology ("review 6/12"), A&E cellulitis notes ("from" / "lives in" a
town), lower-case ward rounds ("Cath lab", "TTO 7/7"), pre-operative assessment clinic notes,
lung-cancer MDT summaries (several patients), sexual-health clinic notes, referral-triage
outcomes (UK); cardiology consult letters (OHIP) (Canada); inpatient rehab team notes (URN,
Medicare) (Australia); chaplaincy / pastoral-care notes (NHI) (New Zealand); comprehensive
geriatric assessments of patients in their nineties (Eircode, "Co. Kerry") (Ireland);
paediatric ward admissions (13-digit ID of the mother) (South Africa); dialysis-centre
referrals (NRIC, HDB block) (Singapore); oncology clinic letters (UHID, PIN code) (India);
and procedural consent forms, lab-result comments with call-backs (accession numbers, e-mail),
and medication incident reports (workstation IP, portal URL) for mixed countries.
Most notes end with a signature / cosign line. Names: Faker en_US, en_GB, en_CA, en_AU,
en_NZ, en_IE, en_IN and zu_ZA plus curated Singapore Chinese / Malay / Tamil, Afrikaans and
Maori names, in many forms ("First Last", "First M. Last", "LAST, First", "Last, First M",
"F. Last", surname alone after a title, first name alone, lower-case typed names, nicknames in
quotes, hyphenated surnames, staff initials).

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
numbers, NHS / OHIP / Medicare / NHI / SA ID / NRIC / UHID / MBI numbers, accession / specimen
numbers, incident numbers, device serials, licence plates. AGE: ages >= 90 only, number part
only. Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations, years alone,
weekdays alone, relative dates, bed / bay / room / chair numbers, ward and unit names ("Cath
lab", "Ward 12", "AMU", "4 West", "Renal unit") and facility / employer / insurer / pharmacy
names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
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

SEED = 25_2025
LOCALES = ("en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE", "en_IN", "zu_ZA")
CURATED = {
    "sg": [("Tan", "Wei Ling"), ("Lim", "Jun Hao"), ("Ong", "Mei Xin"), ("Siti", "Nurhaliza"),
           ("Rahman", "Nur Aisyah"), ("Muthu", "Kavitha"), ("Ravichandran", "Arun")],
    "za": [("van der Merwe", "Pieter"), ("Botha", "Annelie"), ("Pretorius", "Jannie"),
           ("Dlamini", "Thandeka"), ("Nkosi", "Sipho")],
    "nz": [("Ngata", "Aroha"), ("Te Rangi", "Wiremu"), ("Parata", "Mere"), ("Tipene", "Hemi")],
}
TOWNS = {
    "us": ["Dayton", "Fresno", "Springfield", "Lakewood", "Macon", "Toledo", "Salem", "Akron"],
    "uk": ["Wigan", "Chorley", "Barnsley", "Kettering", "Redditch", "Stockport", "Bury",
           "Huddersfield", "Leigh", "Skelmersdale"],
    "ca": ["Oshawa", "Barrie", "Kingston", "Guelph"],
    "au": ["Frankston", "Ballarat", "Dandenong", "Geelong"],
    "nz": ["Porirua", "Hamilton", "Tauranga", "Lower Hutt"],
    "ie": ["Tralee", "Killarney", "Listowel", "Kenmare"],
    "za": ["Soweto", "Benoni", "Khayelitsha", "Boksburg"],
    "sg": ["Tampines", "Jurong West", "Woodlands", "Bedok"],
    "in": ["Chennai", "Pune", "Coimbatore", "Nagpur"],
}
STREETS = {
    "us": ["Maple Ave", "W 5th St", "Oak Ridge Dr", "Lincoln Blvd", "Elm Court", "Route 9"],
    "uk": ["Church Lane", "Station Road", "Mill Close", "Park Avenue", "Victoria Street"],
    "au": ["Nepean Hwy", "Sturt St", "Foster St"],
    "ca": ["King St W", "Dundas St", "Simcoe St N"],
    "in": ["Anna Salai", "MG Road", "Nehru Nagar 2nd Cross"],
}
US_STATES = ["OH", "CA", "MO", "CO", "GA", "OR"]


@dataclass
class Person:
    first: str
    last: str
    mid: str


class Gen:
    """Seeded source of names, dates, phones and identifiers."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fk: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fk[loc] = f
        self.today = date(2025, 1, 1)

    def ch(self, xs: list[Any] | tuple[Any, ...]) -> Any:
        return self.r.choice(xs)

    def person(self, loc: str = "en_US") -> Person:
        if loc in CURATED:
            last, first = self.ch(CURATED[loc])
        else:
            f = self.fk[loc]
            first, last = f.first_name(), f.last_name()
        return Person(first, last, self.ch("ABCDEFGHJKLMNPRSTW"))

    def d(self, lo: int = -400, hi: int = 90) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, age: int) -> date:
        return date(2025 - age, self.r.randint(1, 12), self.r.randint(1, 28))

    def fmt(self, x: date, style: str | None = None) -> str:
        s = style or self.ch(["us", "us2", "uk", "iso", "long", "ukl", "dmy", "mil", "abbr",
                              "ord", "dot", "usy"])
        m, dd, y = x.month, x.day, x.year
        mon, mn = x.strftime("%B"), x.strftime("%b")
        suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
        return {
            "us": f"{m:02d}/{dd:02d}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "usy": f"{m}/{dd}/{y}", "uk": f"{dd:02d}/{m:02d}/{y}", "iso": x.isoformat(),
            "long": f"{mon} {dd}, {y}", "ukl": f"{dd} {mon} {y}", "dmy": f"{dd}-{mn}-{y}",
            "mil": f"{dd:02d}{mn.upper()}{y}", "abbr": f"{mn} {dd} {y}",
            "ord": f"{dd}{suf} {mon} {y}", "dot": f"{dd:02d}.{m:02d}.{y}",
            "md": f"{m}/{dd}", "dm": f"{dd}/{m}", "dmon": f"{dd} {mn}", "mond": f"{mn} {dd}",
            "my": f"{mon} {y}",
        }[s]

    def us_phone(self) -> str:
        a, b, c = self.r.randint(201, 989), self.r.randint(200, 989), self.r.randint(0, 9999)
        return self.ch([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}",
                        f"{a} {b} {c:04d}", f"+1 {a}-{b}-{c:04d}"])

    def uk_phone(self) -> str:
        n = self.r.randint(100000, 999999)
        return self.ch([f"07{self.r.randint(100, 999)} {n}", f"01942 {n}",
                        f"0161 {n // 1000} {n % 1000:03d}{self.r.randint(0, 9)}",
                        f"+44 7{self.r.randint(100, 999)} {n}"])

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def mrn(self) -> str:
        return self.ch([self.digits(8), "M" + self.digits(7), self.digits(3) + "-" + self.digits(4)])

    def nhs(self) -> str:
        return f"{self.digits(3)} {self.digits(3)} {self.digits(4)}"

    def ssn(self) -> str:
        return f"{self.r.randint(100, 665)}-{self.digits(2)}-{self.digits(4)}"

    def age(self, old: bool = False) -> int:
        return self.r.randint(90, 103) if old else self.r.randint(19, 88)


def nm(b: NoteBuilder, g: Gen, p: Person, form: str | None = None) -> NoteBuilder:
    """Write a person's name in one of many forms, labelling only the name tokens."""
    f = form or g.ch(["full", "full", "mid", "lf", "init", "lfm"])
    if f == "full":
        return b.p("NAME", f"{p.first} {p.last}")
    if f == "mid":
        return b.p("NAME", f"{p.first} {p.mid}. {p.last}")
    if f == "lf":
        return b.p("NAME", f"{p.last.upper()}, {p.first}")
    if f == "lfm":
        return b.p("NAME", f"{p.last}, {p.first} {p.mid}")
    if f == "init":
        return b.p("NAME", f"{p.first[0]}. {p.last}")
    if f == "lower":
        return b.p("NAME", f"{p.first.lower()} {p.last.lower()}")
    if f == "first":
        return b.p("NAME", p.first)
    if f == "last":
        return b.p("NAME", p.last)
    if f == "ini":
        return b.p("NAME", f"{p.first[0]}{p.last[0]}")
    raise ValueError(f)


def patient(p: Person, mrn: str, dob: date, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": [{"type": {"text": "MRN"}, "value": mrn}],
        "name": [{"family": p.last, "given": [p.first, p.mid]}],
        "birthDate": dob.isoformat(),
        "gender": "unknown",
    }
    res.update(extra or {})
    return res


def vit(b: NoteBuilder, g: Gen) -> NoteBuilder:
    r = g.r
    b.t("BP ").c(f"{r.randint(98, 168)}/{r.randint(56, 98)}").t(", HR ").c(str(r.randint(58, 118)))
    b.t(", RR ").c(str(r.randint(12, 26))).t(", T ").c(f"{r.uniform(36.2, 38.9):.1f}")
    return b.t(", SpO2 ").c(f"{r.randint(89, 100)}%").t(" on ").c(g.ch(["RA", "2L NC", "4L NC"]))


def us_addr(b: NoteBuilder, g: Gen, town: bool = True) -> NoteBuilder:
    st = f"{g.r.randint(12, 9800)} {g.ch(STREETS['us'])}"
    if g.r.random() < 0.4:
        st += g.ch([f" Apt {g.r.randint(1, 40)}{g.ch('ABC')}", f", Unit {g.r.randint(100, 520)}"])
    b.p("ADDRESS", st)
    if town:
        b.t(", ").p("ADDRESS", g.ch(TOWNS["us"])).t(f", {g.ch(US_STATES)} ").p("ZIP", g.digits(5))
    return b


def uk_pc(g: Gen) -> str:
    return f"{g.ch(['WN', 'PR', 'S', 'NN', 'M', 'HD', 'BL'])}{g.r.randint(1, 20)} " \
           f"{g.r.randint(1, 9)}{g.ch('ABDEFGHJLNPQRSTUWXY')}{g.ch('ABDEFGHJLNPQRSTUWXY')}"


Template = Callable[[NoteBuilder, Gen], dict[str, Any]]


def t_ed_colic(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, doc, age, mrn = g.person(), g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("ED PHYSICIAN NOTE\nPt: ")
    nm(b, g, p, "lf").t("  MRN ").p("ID", mrn).t("  DOS: ").p("DATE", g.fmt(d)).t("\n\nHPI: ")
    b.c(str(age)).t(f" y/o {g.ch(['M', 'F'])} w/ sudden R flank pain radiating to groin x ").c("6 hours")
    b.t(", +N/V, gross hematuria. Prior stone ").c("2019").t(". Lives in ").p("ADDRESS", g.ch(TOWNS["us"]))
    b.t(" with wife ").p("NAME", g.person().first).t(".\nROS: neg fever, neg dysuria. 10-pt ROS otherwise neg.\n")
    b.t("Exam: ")
    vit(b, g).t(". CVA tenderness R.\nMDM: UA ").c("3+ blood").t(", Cr ").c(f"{g.r.uniform(0.8, 1.6):.1f}")
    b.t("; CT stone protocol: ").c("5 mm").t(" R UVJ stone, mild hydro. Ketorolac ").c("15 mg IV")
    b.t(", tamsulosin ").c("0.4 mg daily").t(". Urology (Dr ")
    nm(b, g, g.person(), "last").t(") f/u ").p("DATE", g.fmt(d + timedelta(days=7), "md")).t(" @ 0900.\n— ")
    nm(b, g, doc, "full").t(", MD  pager ").p("PHONE", str(g.r.randint(2000, 7999))).t("\n")
    return patient(p, mrn, g.dob(age))


def t_hp_withdrawal(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn, fin = g.person(), g.age(), g.mrn(), g.digits(10)
    b.t("HOSPITALIST H&P\nName: ").p("NAME", f"{p.first} {p.mid} {p.last}").t("   DOB: ")
    dob = g.dob(age)
    b.p("DATE", g.fmt(dob, "us")).t("   MRN ").p("ID", mrn).t("   FIN ").p("ID", fin).t("\nAdmit: ").p("DATE", g.fmt(g.d(), "iso"))
    b.t("\nCC: shakes, last drink ").c("36 hours").t(" ago.\nHPI: ").c(str(age))
    b.t("yo drinks ~").c("1 pint vodka/day").t(", hx withdrawal seizure. CIWA on arrival ").c(str(g.r.randint(14, 28)))
    b.t(". Brought in by sister ").p("NAME", g.person().first).t(" (cell ").p("PHONE", g.us_phone())
    b.t(").\nPMH: HTN, GERD. Meds: lisinopril ").c("10 mg").t(", omeprazole ").c("20 mg").t(".\nSocial: works at Kroger; lives ")
    b.t("at ")
    us_addr(b, g).t(".\nExam: ")
    vit(b, g).t(". Tremor, diaphoretic.\nLabs: Na ").c(str(g.r.randint(128, 141))).t(", K ").c(f"{g.r.uniform(3.0, 4.6):.1f}")
    b.t(", Mg ").c(f"{g.r.uniform(1.3, 2.1):.1f}").t(", AST/ALT ").c(f"{g.r.randint(60, 190)}/{g.r.randint(40, 120)}")
    b.t("\nPlan: CIWA-guided lorazepam ").c("2 mg").t(", thiamine ").c("500 mg IV TID").t(", folate ").c("1 mg").t(".\n")
    nm(b, g, g.person(), "mid").t(", DO (hospitalist) — ").p("PHONE", f"ext. {g.digits(4)}").t("\n")
    return patient(p, mrn, dob)


def t_inr_progress(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("PROGRESS NOTE  HD#").c("4").t("  ").p("DATE", g.fmt(d, "usy")).t("\n").p("NAME", p.last).t(", ")
    b.c(str(age)).t("F, ").t("MRN: ").p("ID", mrn).t("\nS: no bleeding. Tolerating diet.\nO: ")
    vit(b, g).t("\nINR trend: ").c("3.9").t(" on ").p("DATE", g.fmt(d - timedelta(days=2), "md")).t(", ")
    b.c("4.6").t(" on ").p("DATE", g.fmt(d - timedelta(days=1), "md")).t(" (yesterday), ").c("3.1").t(" today. Hgb ")
    b.c("9.8").t(".\nA/P: supratherapeutic INR on warfarin ").c("5 mg").t(" -> hold x ").c("1 dose")
    b.t(", resume ").c("2.5 mg").t(" daily. Anticoag clinic (").p("NAME", g.person().first).t(", PharmD) notified.\n")
    b.t("Dispo: likely home ").p("DATE", g.fmt(d + timedelta(days=1), "mond")).t(". — ")
    nm(b, g, g.person(), "init").t(", MD\n")
    return patient(p, mrn, g.dob(age))


def t_dc_pe(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.3), g.mrn()
    d = g.d()
    b.t("DISCHARGE SUMMARY\nPatient: ")
    nm(b, g, p, "lfm").t("\nMRN: ").p("ID", mrn).t("   Acct#: ").p("ID", g.digits(9)).t("\nAdmitted: ")
    b.p("DATE", g.fmt(d - timedelta(days=5), "long")).t("  Discharged: ").p("DATE", g.fmt(d, "long"))
    b.t("\nDx: bilateral segmental PE. ")
    if age >= 90:
        b.t("Pt is a ").p("AGE", str(age)).t("-year-old")
    else:
        b.c(f"{age}-year-old")
    b.t(" with sudden dyspnea; CTPA positive, RV/LV ").c("1.1").t(", troponin ").c("0.04")
    b.t(".\nTreated with heparin gtt then apixaban ").c("10 mg BID x 7 days").t(" then ").c("5 mg BID").t(".\n")
    b.t("Follow-up:\n  PCP Dr ").p("NAME", g.person().last).t(" - ").p("DATE", g.fmt(d + timedelta(days=6), "us2"))
    b.t(" 10:30am\n  Pulm clinic - Thursday ").p("DATE", g.fmt(d + timedelta(days=20), "mond")).t(", call ")
    b.p("PHONE", g.us_phone()).t("\n  Echo in ").c("3 months").t("\nDictated by ")
    nm(b, g, g.person(), "full").t(", MD on ").p("DATE", g.fmt(d, "iso") + "T16:42").t("\n")
    return patient(p, mrn, g.dob(age))


def t_nurse_lower(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    rn = g.person()
    b.t("1900 pt ").p("NAME", f"{p.first.lower()} {p.last.lower()}").t(" back from pacu, pod ").c("0")
    b.t(" lap chole. a&ox3. pain ").c("6/10").t(" -> oxycodone ").c("5mg").t(" po at ").c("1915").t(", reassess ")
    b.c("3/10").t(". vs ")
    vit(b, g).t(". voided ").c("350ml").t(". husband ").p("NAME", g.person().first.lower())
    b.t(" at bedside, going home to ").p("ADDRESS", g.ch(TOWNS["us"]).lower()).t(" tonight ~").c("2200").t(".\n")
    b.t("2130 ambulated in hall x").c("2").t(", tol well. ivf ").c("LR @ 75ml/hr").t(" saline locked.\n")
    b.t("-").p("NAME", rn.first.lower()).t(" ").p("NAME", rn.last[0].lower()).t(" rn\n")
    return patient(p, mrn, g.dob(age))


def t_sbar(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.3), g.mrn()
    b.t("SBAR HANDOFF – 4 West step-down, bed ").c("12B").t("\nS: ")
    nm(b, g, p, g.ch(["full", "lf"])).t(", ")
    if age >= 90:
        b.p("AGE", str(age)).t("yo")
    else:
        b.c(f"{age}yo")
    b.t(", MRN ").p("ID", mrn).t(", new AF RVR ").c("140s").t(".\nB: admitted from Cath lab ")
    b.p("DATE", g.fmt(g.d(), "md")).t(", DM2, CKD3. Code: Full. HCP son ")
    nm(b, g, g.person(), "full").t(" ").p("PHONE", g.us_phone()).t(".\nA: diltiazem gtt ").c("10 mg/hr")
    b.t(", HR ").c("96-110").t(", K ").c("3.4").t(" replaced ").c("40 mEq PO").t(".\nR: recheck K at ").c("0400")
    b.t(", titrate dilt. Given to ").p("NAME", g.person().first).t(" RN by ").p("NAME", g.person().first).t(" RN.\n")
    return patient(p, mrn, g.dob(age))


def t_tcm_call(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("TELEPHONE ENCOUNTER — transitional care call\n").p("DATE", g.fmt(d, "us")).t(" 14:05  Pt: ")
    nm(b, g, p, "lf").t("  (").p("ID", mrn).t(")\nCalled cell ").p("PHONE", g.us_phone()).t(" - no answer; ")
    b.t("reached at h: ").p("PHONE", g.us_phone()).t(". d/c'd ").p("DATE", g.fmt(d - timedelta(days=2), "md"))
    b.t(" (Sat). Taking furosemide ").c("40 mg daily").t(", weight ").c("182 lb").t(" (d/c wt ").c("185 lb")
    b.t("). No SOB. Daughter ").p("NAME", g.person().first).t(" (w: ").p("PHONE", g.us_phone() + f" x{g.digits(3)}")
    b.t(") manages pills. Appt with Dr ").p("NAME", g.person().last).t(" on ").p("DATE", g.fmt(d + timedelta(days=5), "abbr"))
    b.t(".\n")
    nm(b, g, g.person(), "init").t(", RN care coordinator\n")
    return patient(p, mrn, g.dob(age))


def t_portal(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("MyChart message from ").p("NAME", f"{p.first} {p.last}").t(" — sent ").p("DATE", g.fmt(d, "usy"))
    b.t(" 9:41 PM\nSubject: muscle aches\nhi dr ").p("NAME", g.person().last.lower())
    b.t(", since starting the atorvastatin ").c("40mg").t(" on ").p("DATE", g.fmt(d - timedelta(days=24), "mond"))
    b.t(" my legs ache esp. at night. should i stop it? my CK last year was ").c("180")
    b.t(". you can call me at ").p("PHONE", g.us_phone()).t(" after 5. thanks, ").p("NAME", p.first.lower()).t("\n\n")
    b.t("Reply (").p("DATE", g.fmt(d + timedelta(days=1), "md")).t("): Hi ").p("NAME", p.first)
    b.t(", please hold it for ").c("2 weeks").t(" and get a CK; we'll try rosuvastatin ").c("5 mg").t(". — ")
    nm(b, g, g.person(), "full").t(", NP\n")
    return patient(p, mrn, g.dob(age))


def t_homehealth(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.25), g.mrn()
    b.t("HOME HEALTH REFERRAL (PT/OT/SN)\nPatient: ")
    nm(b, g, p, "lfm").t("   DOB ")
    dob = g.dob(age)
    b.p("DATE", g.fmt(dob, "us")).t("   Age: ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t("\nSSN: ")
    if g.r.random() < 0.5:
        b.p("SSN", g.ssn())
    else:
        b.t("xxx-xx-").p("SSN", g.digits(4))
    b.t("   Medicare MBI: ").p("ID", f"{g.r.randint(1, 9)}EG{g.r.randint(1, 9)}-TE{g.r.randint(1, 9)}-MK{g.digits(2)}")
    b.t("\nAddress: ")
    us_addr(b, g).t("\nDx: s/p L TKA ").p("DATE", g.fmt(g.d(), "dmy")).t("; ROM ").c("5-85 deg")
    b.t(", WBAT with walker. Enoxaparin ").c("40 mg SC daily x 14 days").t(".\nCaregiver: ")
    nm(b, g, g.person(), "full").t(" (spouse) ").p("PHONE", g.us_phone()).t("\nOrdering: Dr ")
    nm(b, g, g.person(), "mid").t(", NPI ").p("ID", g.digits(10)).t("\n")
    return patient(p, mrn, dob)


def t_duplex(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("VENOUS DUPLEX, LEFT LOWER EXTREMITY\nPatient: ").p("NAME", f"{p.last.upper()}, {p.first.upper()}")
    b.t("  MRN: ").p("ID", mrn).t("  Acc#: ").p("ID", "US" + g.digits(8)).t("\nExam date: ").p("DATE", g.fmt(d, "us"))
    b.t("\nComparison: ").p("DATE", g.fmt(d - timedelta(days=g.r.randint(40, 300)), "us")).t(".\n")
    b.t("Findings: occlusive thrombus in L popliteal and posterior tibial veins, non-compressible. CFV ")
    b.c("patent").t(". Previously seen thrombus in the peroneal vein has resolved.\nImpression: acute DVT L popliteal.\n")
    b.t("Electronically signed: ").p("NAME", f"{g.person().first} {g.person().last}").t(", MD ")
    b.p("DATE", g.fmt(d, "us")).t(" 11:02\nADDENDUM ").p("DATE", g.fmt(d, "md")).t(": result called to ")
    nm(b, g, g.person(), "init").t(", PA at ").c("11:20").t(", read back.\n")
    return patient(p, mrn, g.dob(age))


def t_arthro(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    b.t("PROCEDURE NOTE: R knee arthrocentesis\nDate: ").p("DATE", g.fmt(g.d(), "long")).t("   Pt: ")
    nm(b, g, p).t(" (MRN ").p("ID", mrn).t(")\nConsent obtained from patient. Time-out performed at ").c("13:40")
    b.t(". Lidocaine 1% ").c("3 mL").t(", 18G needle lateral approach, ").c("45 mL")
    b.t(" cloudy yellow fluid. Sent for cell count, crystals, culture (specimen ").p("ID", g.ch("ABCF") + g.digits(7))
    b.t("). Triamcinolone ").c("40 mg").t(" injected. EBL ").c("<1 mL").t(". No complications.\nPerformed by ")
    nm(b, g, g.person(), "full").t(", MD; assisted by ").p("NAME", g.person().first).t(" (MA).\n")
    return patient(p, mrn, g.dob(age))


def t_casemgmt(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.3), g.mrn()
    d = g.d()
    b.t("CASE MANAGEMENT NOTE ").p("DATE", g.fmt(d, "us2")).t("\nMet with pt ")
    nm(b, g, p, "full").t(" (").p("ID", mrn).t("), ")
    (b.p("AGE", str(age)).t(" y.o.") if age >= 90 else b.c(f"{age} y.o.")).t(", and niece ")
    nm(b, g, g.person(), "full").t(". Pt lives alone at ")
    us_addr(b, g, town=False).t(" in ").p("ADDRESS", g.ch(TOWNS["us"])).t(", 2nd floor, no elevator. Humana member ID ")
    b.p("ID", "H" + g.digits(8)).t(". Needs transport to dialysis MWF ").c("06:00").t(". Medicaid cab arranged via ")
    b.t("ModivCare, ride ref ").p("ID", g.digits(9)).t(". Start ").p("DATE", g.fmt(d + timedelta(days=2), "mond"))
    b.t(". Niece ok to pick up DME. Contact ").p("EMAIL", f"{g.person().first.lower()}.{g.digits(2)}@gmail.com").t("\n")
    nm(b, g, g.person(), "full").t(", LCSW, CM  ").p("PHONE", "x" + g.digits(5)).t("\n")
    return patient(p, mrn, g.dob(age))


def t_iol(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.r.randint(19, 41), g.mrn()
    d = g.d()
    b.t("L&D — INDUCTION OF LABOR\n").p("NAME", f"{p.first} {p.last}").t(", G2P1, ").c("39+3")
    b.t(" wks, EDD ").p("DATE", g.fmt(d + timedelta(days=4), "us")).t(", LMP ").p("DATE", g.fmt(d - timedelta(days=270), "md"))
    b.t("\nIndication: gHTN, BP ").c("148/96").t(". Cervix ").c("1/50/-3").t(", Bishop ").c("4")
    b.t(". Cytotec ").c("25 mcg PV").t(" at ").c("0800").t(", FHR ").c("135").t(", moderate variability, Cat I.\n")
    b.t("GBS neg. Partner ").p("NAME", g.person().first).t(" present. Plan: pitocin per protocol if needed.\n")
    nm(b, g, g.person(), "full").t(", CNM / ").p("NAME", g.person().last).t(" MD attending\n")
    return patient(p, mrn, g.dob(age))


def t_wcc12(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, mrn = g.person(), g.mrn()
    dob = date(2024, g.r.randint(1, 12), g.r.randint(1, 28))
    b.t("WELL CHILD 12 MONTH\n").p("NAME", f"{p.first} {p.last}").t("  DOB ").p("DATE", g.fmt(dob, "usy"))
    b.t("\nAccompanied by mom ").p("NAME", g.person().first).t(" and grandma (").c("62").t(").\nWt ").c("9.6 kg")
    b.t(" (").c("48th %ile").t("), Len ").c("75 cm").t(", HC ").c("46 cm").t(". Walks with support, 3 words.\n")
    b.t("Vaccines: MMR, Varicella, Hep A, PCV15 #4. Lead ").c("<3.3").t(", Hgb ").c("11.4")
    b.t(".\nNext WCC 15 mo. Daycare: Little Sprouts, ").p("ADDRESS", g.ch(TOWNS["us"])).t(".\n")
    nm(b, g, g.person(), "mid").t(", MD\n")
    return patient(p, mrn, dob)


def t_derm(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("DERMATOLOGY CLINIC\n").p("NAME", p.last).t(", ").p("NAME", p.first).t("  ").c(str(age)).t("M  MRN# ").p("ID", mrn)
    b.t("\nVisit ").p("DATE", g.fmt(d, "abbr")).t(". Changing pigmented lesion L upper back ").c("8 x 6 mm")
    b.t(", asymmetric. Shave biopsy, path accession ").p("ID", f"S{d.year % 100}-{g.digits(5)}")
    b.t(". Also AKs on scalp x").c("6").t(" treated LN2. Tretinoin ").c("0.025%").t(" qhs.\nRTC ").c("3 months")
    b.t(" or sooner with path. — ").p("NAME", f"{g.person().first[0]}{g.person().last[0]}").t(" / Dr ")
    b.p("NAME", g.person().last).t("\n")
    return patient(p, mrn, g.dob(age))


def t_ophth(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.35), g.mrn()
    b.t("RETINA CLINIC — intravitreal injection\nPt: ")
    nm(b, g, p, "lf").t(", ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(" yo, MRN ").p("ID", mrn).t("  ").p("DATE", g.fmt(g.d(), "us"))
    b.t("\nwet AMD OD. VA cc OD ").c("20/80").t(", OS ").c("20/30").t(". IOP ").c("16/15").t(". OCT CST ").c("342 um")
    b.t(". Aflibercept ").c("2 mg/0.05 mL").t(" OD, lot ").c("4019A2").t(". Post IOP ").c("22")
    b.t(".\nf/u ").c("4 weeks").t(". Driver today: son ").p("NAME", g.person().first).t(".\n")
    nm(b, g, g.person(), "init").t(", MD\n")
    return patient(p, mrn, g.dob(age))


def t_uro_psa(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("UROLOGY FOLLOW-UP  ").p("DATE", g.fmt(d, "iso")).t("\n").p("NAME", f"{p.first} {p.mid}. {p.last}").t(" (")
    b.p("ID", mrn).t(")\nPSA ").c("6.8").t(" on ").p("DATE", g.fmt(d - timedelta(days=30), "md")).t(" vs ").c("4.2")
    b.t(" in ").c("2023").t(". DRE: ").c("40 g").t(" smooth. IPSS ").c("14").t(". On tamsulosin ").c("0.4 mg").t(".\n")
    b.t("Plan: MRI prostate, then fusion biopsy. Referred by Dr ").p("NAME", g.person().last).t(", fax ")
    b.p("PHONE", g.us_phone()).t(".\n")
    nm(b, g, g.person(), "full").t(", PA-C\n")
    return patient(p, mrn, g.dob(age))


def t_hd_run(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    b.t("HEMODIALYSIS RUN SHEET — Renal unit, chair ").c("7").t("\n").p("NAME", f"{p.last}, {p.first}")
    b.t("  ").p("DATE", g.fmt(g.d(), "us2")).t("  MRN ").p("ID", mrn).t("\nAccess: L AVF, thrill +. Pre wt ")
    b.c("78.4 kg").t(", EDW ").c("75.5 kg").t(", UF goal ").c("2.9 L").t(". Qb ").c("400").t(", Qd ").c("500")
    b.t(", 2K/2.5Ca bath, heparin ").c("2000 u").t(" bolus.\nPre BP ").c("162/88").t(", post ").c("128/70")
    b.t(". Ran ").c("3h45m").t(". Machine SN ").p("ID", "FMC" + g.digits(7)).t(".\nRN ").p("NAME", g.person().first.lower())
    b.t(" / PCT ").p("NAME", g.person().first).t("\n")
    return patient(p, mrn, g.dob(age))


def t_anaes(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(g.r.random() < 0.2), g.mrn()
    b.t("INTRAOP ANESTHESIA RECORD  ").p("DATE", g.fmt(g.d(), "mil")).t("\nPt ")
    nm(b, g, p, "lf").t("  ").p("ID", mrn).t("  ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t("y  ASA ").c("3").t("\nProc: ORIF L hip. GA, ETT ")
    b.c("7.0").t(" grade ").c("1").t(". Induction ").c("07:52").t(": propofol ").c("120 mg").t(", fentanyl ").c("100 mcg")
    b.t(", roc ").c("50 mg").t(". Cefazolin ").c("2 g").t(" at ").c("07:40").t(". EBL ").c("300 mL").t(", UOP ").c("250 mL")
    b.t(".\nAnesthesiologist ").p("NAME", g.person().last).t(" / CRNA ")
    nm(b, g, g.person(), "full").t("\n")
    return patient(p, mrn, g.dob(age))


def t_nicu(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, mrn = g.person(), g.mrn()
    dob = g.d(-40, -3)
    b.t("NICU PROGRESS NOTE  DOL ").c("12").t("\nBaby Boy ").p("NAME", p.last).t(" (mother ")
    nm(b, g, g.person(), "full").t(")  MRN ").p("ID", mrn).t("  born ").p("DATE", g.fmt(dob, "md"))
    b.t(" at ").c("29+2").t(" wks, BW ").c("1180 g").t("\nResp: CPAP ").c("5").t(", FiO2 ").c("23%")
    b.t(". Caffeine ").c("5 mg/kg").t(". FEN: EBM ").c("150 mL/kg/d").t(", wt ").c("1240 g").t(". Bili ").c("7.2")
    b.t(". HUS ").p("DATE", g.fmt(dob + timedelta(days=7), "mond")).t(" normal.\nUpdated dad ")
    b.p("NAME", g.person().first).t(" by phone ").p("PHONE", g.us_phone()).t(".  ").p("NAME", g.person().last)
    b.t(", NNP\n")
    return patient(p, mrn, dob)


def t_needlestick(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("EMPLOYEE HEALTH — BBF exposure\nEmployee: ")
    nm(b, g, p, "full").t(", RN, 5 South. Emp ID ").p("ID", g.digits(6)).t("\nInjury ").p("DATE", g.fmt(d, "us"))
    b.t(" ~").c("03:15").t(", hollow-bore needlestick L index finger. Source pt MRN ").p("ID", g.mrn())
    b.t(", HIV Ag/Ab neg, HCV Ab neg, HBsAg neg. Employee anti-HBs ").c(">100").t(".\nNo PEP. Repeat labs ")
    b.c("6 weeks").t(". Supervisor ").p("NAME", g.person().first).t(" notified. Occurrence # ").p("ID", "OR-" + g.digits(6))
    b.t("\n")
    nm(b, g, g.person(), "full").t(", NP Occupational Health\n")
    return patient(p, mrn, g.dob(age))


def t_gp_uro(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(g.r.random() < 0.2), g.nhs()
    d = g.d()
    town = g.ch(TOWNS["uk"])
    b.t("The Beeches Surgery\n").p("DATE", g.fmt(d, "ukl")).t("\n\nDear Urology colleague,\nRe: ")
    b.p("NAME", f"{p.first} {p.last}").t(", DOB ").p("DATE", g.fmt(g.dob(age), "uk")).t(", NHS No ").p("ID", mrn)
    b.t("\n").p("ADDRESS", f"{g.r.randint(1, 140)} {g.ch(STREETS['uk'])}").t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(g))
    b.t("\nThank you for seeing this ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(" year old man with visible haematuria x").c("2")
    b.t(". eGFR ").c("61").t(", Hb ").c("128 g/L").t(". On apixaban ").c("5mg bd").t(". I will review 6/12 ")
    b.t("unless you advise otherwise (").c("review 6/12").t("). Tel ").p("PHONE", g.uk_phone()).t(".\nYours sincerely\nDr ")
    nm(b, g, g.person("en_GB"), "init").t("\n")
    return patient(p, g.mrn(), g.dob(age))


def t_ae_cell(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(g.r.random() < 0.3), g.mrn()
    b.t("A&E  ").p("DATE", g.fmt(g.d(), "uk")).t(" 02:14\n")
    nm(b, g, p, "lf").t(" Hosp no ").p("ID", "RA" + g.digits(6)).t("\n")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t("F from ").p("ADDRESS", g.ch(TOWNS["uk"]))
    b.t(", lives in ").p("ADDRESS", g.ch(TOWNS["uk"])).t(" with daughter ").p("NAME", g.person("en_GB").first)
    b.t(". Red hot L shin ").c("3/7").t(", spreading. NEWS2 ").c("3").t(". ")
    vit(b, g).t(". CRP ").c("142").t(", WCC ").c("14.2").t(".\nImp: cellulitis Eron ").c("II").t(". Flucloxacillin ")
    b.c("2g IV qds").t(". Refer AMU. D/w Dr ").p("NAME", g.person("en_GB").last).t(" (reg, bleep ").p("PHONE", g.digits(4))
    b.t(").\n").p("NAME", f"{g.person('en_GB').first[0]}{g.person('en_GB').last[0]}").t(" FY2\n")
    return patient(p, mrn, g.dob(age))


def t_ward_round(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(), g.mrn()
    b.t("wr ").p("DATE", g.fmt(g.d(), "dm")).t(" — cons ").p("NAME", g.person("en_GB").last.lower()).t("\n")
    b.p("NAME", p.last.lower()).t(", bay ").c("3").t(" bed ").c("4").t(", ").c(str(age)).t("m. day ").c("2")
    b.t(" post PCI in Cath lab. chest pain free. obs stable, trop ").c("2840").t(" -> ").c("1910")
    b.t(".\nplan: DAPT aspirin ").c("75mg").t(" + ticagrelor ").c("90mg bd").t(" ").c("12/12").t(", bisoprolol ").c("2.5mg")
    b.t(". echo today. ").c("TTO 7/7").t(". cardiac rehab. ")
    b.t("GP: Dr ").p("NAME", g.person("en_GB").last).t(", ").p("ADDRESS", g.ch(TOWNS["uk"])).t(".\n")
    b.p("NAME", g.person("en_GB").first.lower()).t(" (f1)\n")
    return patient(p, mrn, g.dob(age))


def t_preop(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(), g.mrn()
    d = g.d()
    b.t("PRE-OPERATIVE ASSESSMENT CLINIC\nName: ").p("NAME", f"{p.first} {p.last}").t("   MRN ").p("ID", mrn)
    b.t("   NHS ").p("ID", g.nhs()).t("\nSurgery: lap cholecystectomy, listed for ").p("DATE", g.fmt(d, "ord"))
    b.t("\nBMI ").c("34").t(", BP ").c("146/90").t(", STOP-BANG ").c("5").t(", Hb ").c("131").t(", HbA1c ").c("58")
    b.t(".\nStop clopidogrel ").c("7 days").t(" pre-op. Metformin omit morning of surgery. MRSA screen sent.\n")
    b.t("Mob ").p("PHONE", g.uk_phone()).t(". Husband ").p("NAME", g.person("en_GB").first).t(" to collect.\n")
    b.p("NAME", g.person("en_GB").first).t(" ").p("NAME", g.person("en_GB").last).t(", POA nurse\n")
    return patient(p, mrn, g.dob(age))


def t_mdt(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    d = g.d()
    b.t("LUNG CANCER MDT — ").p("DATE", g.fmt(d, "dmy")).t("\nChair: Dr ").p("NAME", g.person("en_GB").last).t("\n")
    first = None
    for i in range(3):
        p, age, mrn = g.person("en_GB"), g.age(i == 2 and g.r.random() < 0.5), g.mrn()
        first = first or (p, mrn, age)
        b.t(f"{i + 1}. ")
        nm(b, g, p, "lf").t(" (").p("ID", mrn).t("), ")
        (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(". ").c(g.ch(["T2aN1M0", "T3N2M0", "T1bN0M0"]))
        b.t(" adenocarcinoma, PD-L1 ").c(f"{g.r.randint(0, 90)}%").t(", PS ").c(str(g.r.randint(0, 3)))
        b.t(". Outcome: ").t(g.ch(["SABR", "lobectomy", "chemo-IO", "BSC"])).t(". CNS ")
        b.p("NAME", g.person("en_GB").first).t(" to contact.\n")
    p, mrn, age = first  # type: ignore[misc]
    return patient(p, mrn, g.dob(age))


def t_sexual(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.r.randint(18, 45), "GU" + g.digits(6)
    b.t("SEXUAL HEALTH CLINIC  clinic no ").p("ID", mrn).t("  ").p("DATE", g.fmt(g.d(), "dot")).t("\n")
    b.t("Uses first name only: ").p("NAME", p.first).t(". ").c(str(age)).t("M, MSM. ").c("2")
    b.t(" partners last ").c("3/12").t(". Dysuria ").c("4/7").t(". NAAT GC/CT sent, HIV/syph bloods. ")
    b.t("Ceftriaxone ").c("1g IM").t(". PrEP discussed; eGFR ").c("96").t(".\nResults by SMS to ").p("PHONE", g.uk_phone())
    b.t(". PN: ").c("1").t(" contact.\n").p("NAME", f"{g.person('en_GB').first[0]}.{g.person('en_GB').last[0]}.")
    b.t(" HA\n")
    return patient(p, mrn, g.dob(age))


def t_triage(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(), g.mrn()
    b.t("REFERRAL TRIAGE — Rheumatology\nRef rec'd ").p("DATE", g.fmt(g.d(), "dmon")).t(" from Dr ")
    nm(b, g, g.person("en_GB"), "init").t(", ").p("ADDRESS", g.ch(TOWNS["uk"])).t(" Medical Practice.\nPt: ")
    nm(b, g, p, "lfm").t(", ").c(str(age)).t(", NHS ").p("ID", g.nhs()).t("\nSynovitis hands ").c("6/52")
    b.t(", CRP ").c("38").t(", RF +, anti-CCP ").c(">340").t(".\nOutcome: URGENT — EIA clinic within ").c("3 weeks")
    b.t(". Booked ").p("DATE", g.fmt(g.d(10, 30), "ukl")).t(" 14:00. Letter to ").p("ADDRESS", f"Flat {g.r.randint(1, 24)}, {g.r.randint(1, 90)} {g.ch(STREETS['uk'])}")
    b.t(", ").p("ZIP", uk_pc(g)).t(".\nTriaged by ").p("NAME", g.person("en_GB").last).t(" (cons)\n")
    return patient(p, mrn, g.dob(age))


def t_ca_cardio(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_CA"), g.age(), g.mrn()
    b.t("CARDIOLOGY CONSULTATION\n").p("DATE", g.fmt(g.d(), "long")).t("\nRE: ").p("NAME", f"{p.first} {p.last}")
    b.t("  OHIP ").p("ID", f"{g.digits(4)}-{g.digits(3)}-{g.digits(3)}-{g.ch(['AB', 'KX', 'MN'])}")
    b.t("\n").p("ADDRESS", f"{g.r.randint(10, 999)} {g.ch(STREETS['ca'])}").t(", ").p("ADDRESS", g.ch(TOWNS["ca"]))
    b.t(", ON ").p("ZIP", f"L{g.r.randint(1, 9)}{g.ch('ABCGH')} {g.r.randint(1, 9)}{g.ch('KLMN')}{g.r.randint(1, 9)}")
    b.t("\nDear Dr ").p("NAME", g.person("en_CA").last).t(",\nThank you for referring this ").c(f"{age}-year-old")
    b.t(" with exertional angina. Stress echo: ").c("8 METs").t(", inferior WMA. LDL ").c("3.4 mmol/L")
    b.t(". Start rosuvastatin ").c("20 mg").t(", ASA ").c("81 mg").t(". Cath booked.\nTel ").p("PHONE", g.us_phone())
    b.t("  Fax ").p("PHONE", g.us_phone()).t("\n")
    nm(b, g, g.person("en_CA"), "full").t(", MD FRCPC\n")
    return patient(p, mrn, g.dob(age))


def t_au_rehab(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_AU"), g.age(g.r.random() < 0.3), g.digits(7)
    b.t("REHAB TEAM MEETING  ").p("DATE", g.fmt(g.d(), "uk")).t("\nURN ").p("ID", mrn).t("  Medicare ")
    b.p("ID", f"{g.digits(4)} {g.digits(5)} {g.r.randint(1, 9)}").t("\n")
    nm(b, g, p, g.ch(["full", "lf"])).t(" ('").p("NAME", p.first[:3]).t("'), ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(", R MCA stroke. FIM ").c("68").t(" -> ").c("84")
    b.t(". PT: walks ").c("40 m").t(" 4WF. OT: home visit to ").p("ADDRESS", f"{g.r.randint(2, 80)} {g.ch(STREETS['au'])}")
    b.t(", ").p("ADDRESS", g.ch(TOWNS["au"])).t(" VIC ").p("ZIP", str(g.r.randint(3000, 3999))).t(". EDD ")
    b.p("DATE", g.fmt(g.d(5, 20), "dmon")).t(". Son ").p("NAME", g.person("en_AU").first).t(" ").p("PHONE", f"04{g.digits(2)} {g.digits(3)} {g.digits(3)}")
    b.t("\n").p("NAME", g.person("en_AU").last).t(" (SW), ").p("NAME", g.person("en_AU").last).t(" (PT)\n")
    return patient(p, mrn, g.dob(age))


def t_nz_chaplain(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("nz"), g.age(g.r.random() < 0.3), f"{g.ch(['ZAB', 'ZKT', 'PRM'])}{g.digits(4)}"
    b.t("PASTORAL CARE / CHAPLAINCY\n").p("DATE", g.fmt(g.d(), "ukl")).t(" — Ward 12\nVisited ")
    nm(b, g, p, "full").t(" (NHI ").p("ID", mrn).t("), ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(", whānau from ").p("ADDRESS", g.ch(TOWNS["nz"]))
    b.t(" present incl. moko ").p("NAME", g.person("en_NZ").first).t(". Karakia offered. Palliative, syringe driver ")
    b.t("morphine ").c("10 mg/24h").t(". Kaumātua ").p("NAME", g.person("nz").first).t(" to visit Sunday.\n")
    b.p("NAME", g.person("en_NZ").first).t(", chaplain  ").p("PHONE", f"027 {g.digits(3)} {g.digits(4)}").t("\n")
    return patient(p, mrn, g.dob(age))


def t_ie_cga(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_IE"), g.age(True), g.mrn()
    b.t("COMPREHENSIVE GERIATRIC ASSESSMENT\n").p("NAME", f"{p.first} {p.last}").t(", ")
    b.p("ADDRESS", f"{g.ch(['Lissadell', 'Ardfert Road', 'Cahersiveen Road'])}").t(", ").p("ADDRESS", g.ch(TOWNS["ie"]))
    b.t(", Co. Kerry ").p("ZIP", f"V{g.r.randint(23, 93)} {g.ch('KXPW')}{g.digits(1)}{g.ch('RTY')}{g.digits(1)}")
    b.t("\nMRN ").p("ID", mrn).t("  Seen ").p("DATE", g.fmt(g.d(), "ord")).t("\nAged ")
    b.p("AGE", g.ch([str(age), "ninety-" + g.ch(["one", "two", "four", "six"])])).t(". MMSE ").c("22/30")
    b.t(", CFS ").c("6").t(", Barthel ").c("65").t(". Falls x").c("3").t(" in ").c("6 months")
    b.t(". Stop amlodipine ").c("10mg").t(" (postural drop ").c("28 mmHg").t("). Her sister (").c("87")
    b.t(") lives nearby. Contact niece ").p("NAME", g.person("en_IE").first).t(" ").p("PHONE", f"087 {g.digits(3)} {g.digits(4)}")
    b.t("\nDr ").p("NAME", g.person("en_IE").last).t(", SpR Geriatrics\n")
    return patient(p, mrn, g.dob(age))


def t_za_paeds(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, mrn = g.person("zu_ZA"), g.mrn()
    b.t("PAEDIATRIC WARD ADMISSION  ").p("DATE", g.fmt(g.d(), "iso")).t("\nChild: ").p("NAME", f"{p.first} {p.last}")
    b.t(", ").c("14 months").t(". Mother ").p("NAME", g.person("za").first).t(", ID ").p("ID", g.digits(13))
    b.t(", from ").p("ADDRESS", g.ch(TOWNS["za"])).t(".\nDiarrhoea ").c("3 days").t(", sunken eyes. Wt ").c("8.1 kg")
    b.t(", Na ").c("131").t(". Some dehydration: ORS ").c("75 ml/kg").t(" over ").c("4 h").t(", zinc ").c("20 mg")
    b.t(". HIV PCR neg ").p("DATE", g.fmt(g.d(-300, -200), "dot")).t(".\nCell ").p("PHONE", f"07{g.digits(1)} {g.digits(3)} {g.digits(4)}")
    b.t("\nDr ").p("NAME", g.person("za").last).t(" (MO)\n")
    return patient(p, mrn, g.dob(1))


def t_sg_dialysis(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("sg"), g.age(), f"S{g.digits(7)}{g.ch('ABCDJZ')}"
    b.t("REFERRAL TO DIALYSIS CENTRE\nName: ").p("NAME", f"{p.last} {p.first}").t("  NRIC ").p("ID", mrn)
    b.t("\nAddress: ").p("ADDRESS", f"Blk {g.r.randint(100, 899)} {g.ch(TOWNS['sg'])} St {g.r.randint(11, 91)} #{g.r.randint(2, 15):02d}-{g.r.randint(1, 400)}")
    b.t(", Singapore ").p("ZIP", g.digits(6)).t("\n").c(str(age)).t("M, ESRF 2' DKD, eGFR ").c("8").t(". HD ")
    b.c("3x/week").t(" from ").p("DATE", g.fmt(g.d(3, 20), "ukl")).t(". HBsAg neg. EPO ").c("4000 u").t(".\nNOK: daughter ")
    b.p("NAME", g.person("sg").first).t(" HP ").p("PHONE", f"+65 9{g.digits(3)} {g.digits(4)}").t("\nDr ").p("NAME", g.person("sg").last)
    b.t("\n")
    return patient(p, mrn, g.dob(age))


def t_in_onc(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_IN"), g.age(), "UHID" + g.digits(8)
    b.t("MEDICAL ONCOLOGY OPD  ").p("DATE", g.fmt(g.d(), "dmy")).t("\nMr. ").p("NAME", f"{p.first} {p.last}").t(", ")
    b.c(f"{age}/M").t(", ").p("ID", mrn).t("\n").p("ADDRESS", f"{g.r.randint(2, 90)}, {g.ch(STREETS['in'])}").t(", ")
    b.p("ADDRESS", g.ch(TOWNS["in"])).t(" - ").p("ZIP", str(g.r.randint(400001, 641999))).t("\nCa stomach, cycle ").c("4")
    b.t(" FLOT. Docetaxel ").c("50 mg/m2").t(", oxaliplatin ").c("85 mg/m2").t(". ANC ").c("1.9").t(", plt ").c("1.4 L")
    b.t(". Next cycle ").p("DATE", g.fmt(g.d(14, 20), "uk")).t(". Ph ").p("PHONE", f"+91 9{g.digits(4)} {g.digits(5)}")
    b.t("\nDr. ").p("NAME", g.person("en_IN").first).t(" ").p("NAME", g.person("en_IN").last).t(", DM\n")
    return patient(p, mrn, g.dob(age))


def t_consent(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    b.t("CONSENT FOR PROCEDURE\nI, ").p("NAME", f"{p.first} {p.last}").t(", consent to colonoscopy +/- polypectomy ")
    b.t("by Dr ").p("NAME", g.person().last).t(". Risks (perforation ").c("1 in 1000").t(", bleeding) explained.\n")
    b.t("Patient signature ____  Date ").p("DATE", g.fmt(g.d(), "us")).t("\nWitness: ").p("NAME", g.person().first.upper())
    b.t(" ").p("NAME", g.person().last.upper()).t("  Interpreter ID ").p("ID", g.digits(6)).t("\n")
    return patient(p, mrn, g.dob(age))


def t_lab_comment(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person(), g.age(), g.mrn()
    d = g.d()
    b.t("LAB COMMENT — Potassium ").c("6.9 mmol/L").t(" (H). Specimen ").p("ID", g.digits(2) + "-" + g.digits(6))
    b.t(" for ").p("NAME", f"{p.last}, {p.first}").t(" MRN ").p("ID", mrn).t(", collected ").p("DATE", f"{g.fmt(d, 'iso')}T05:12")
    b.t(". Not haemolysed. Critical called to ").p("NAME", g.person().first).t(" RN on 7N at ").c("06:01")
    b.t(", read back. Queries: ").p("EMAIL", f"corelab.{g.ch(['night', 'qc'])}@{g.ch(['mercyhealth.org', 'sjh.ie'])}").t("\n")
    b.p("NAME", g.person().first[0] + g.person().last[0]).t(" (MLS)\n")
    return patient(p, mrn, g.dob(age))


def t_incident(b: NoteBuilder, g: Gen) -> dict[str, Any]:
    p, age, mrn = g.person("en_GB"), g.age(), g.mrn()
    d = g.d()
    b.t("MEDICATION INCIDENT REPORT  Ref ").p("ID", f"W{g.digits(6)}").t("\nDate of incident: ").p("DATE", g.fmt(d, "uk"))
    b.t("\nPatient ").p("NAME", f"{p.first} {p.last}").t(" (").p("ID", mrn).t(") received enoxaparin ").c("80 mg")
    b.t(" instead of ").c("40 mg").t(" at ").c("18:00").t("; eGFR ").c("29").t(". Anti-Xa ").c("1.3")
    b.t(". No harm. Prescribed on workstation ").p("IP", f"10.{g.r.randint(1, 250)}.{g.r.randint(1, 250)}.{g.r.randint(2, 250)}")
    b.t(". Reported by ").p("NAME", g.person("en_GB").first).t(" ").p("NAME", g.person("en_GB").last)
    b.t(". See ").p("URL", f"https://datix.{g.ch(['nhs.net', 'trust.local'])}/inc/{g.digits(6)}").t("\n")
    return patient(p, mrn, g.dob(age))


TEMPLATES: list[Template] = [
    t_ed_colic, t_hp_withdrawal, t_inr_progress, t_dc_pe, t_nurse_lower, t_sbar, t_tcm_call,
    t_portal, t_homehealth, t_duplex, t_arthro, t_casemgmt, t_iol, t_wcc12, t_derm, t_ophth,
    t_uro_psa, t_hd_run, t_anaes, t_nicu, t_needlestick, t_gp_uro, t_ae_cell, t_ward_round,
    t_preop, t_mdt, t_sexual, t_triage, t_ca_cardio, t_au_rehab, t_nz_chaplain, t_ie_cga,
    t_za_paeds, t_sg_dialysis, t_in_onc, t_consent, t_lab_comment, t_incident,
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic for a given ``n``."""
    g = Gen(SEED)
    notes: list[Note] = []
    for i in range(n):
        b = NoteBuilder()
        pat = TEMPLATES[i % len(TEMPLATES)](b, g)
        notes.append(b.build(pat))
    return notes
