"""HELD-OUT v20 PHI corpus: written before any round-20 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v19 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. 36 templates, cycled in order (see ``TEMPLATES``):
ED abdominal-pain notes (HPI / ROS / exam / MDM), hospitalist cellulitis H&Ps, hospital-day
progress notes with "on 3/4 (yesterday)" lab trends, heart-failure discharge summaries with a
follow-up list, lower-case quick nursing notes, after-hours telephone encounters ("cell",
"h:", "w:"), patient-portal messages with replies, home-health referrals (full or masked SSN),
renal-ultrasound reports with comparison and addendum, cystoscopy procedure notes,
anesthesia pre-op evaluations, L&D progress notes, 2-year well-child visits, discharge
medication lists (US); GP referral letters ("review 6/12"), A&E notes ("from" a town),
lower-case ward-round entries, postnatal community-midwife visits, adult-safeguarding
concerns, falls assessments (UK); nephrology consults (OHIP), stroke-rehab progress notes
(Canada); ICU nursing narratives, skin-check letters (Australia); ENT clinic letters (NHI),
psychiatry progress notes (New Zealand); oncology clinic letters (Eircode), CPE
infection-control notes (Ireland); TB / HIV clinic notes, mine occupational-health reviews
(South Africa); comprehensive geriatric assessments (NRIC, HDB block), transfusion-reaction
notes (Singapore); cardiology discharge summaries (UHID / Aadhaar, PIN codes), surgical
pathology reports (India); and breast MDT outcome lists (several patients) and
advance-care-planning conversations (document URL) for mixed countries.
Names: Faker en_US, en_GB, en_NZ, en_IE, en_IN and zu_ZA plus curated Afrikaans, Maori,
Singapore Chinese / Malay / Tamil, Filipino and Canadian French names, in many forms ("First
Last", "First M. Last", "LAST, First", "Last, First M", "F. Last", surname alone after a title,
first name alone, lower-case typed names, nicknames in quotes, hyphenated surnames, staff
initials).

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
numbers, NHS / OHIP / Medicare / NHI / PPSN / SA ID / NRIC / UHID / Aadhaar / MBI numbers,
accession / specimen / blood-unit numbers, device serials, licence plates. AGE: ages >= 90
only, number part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day,
durations, years alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit
names ("Cath lab", "Ward 12", "AMU", "4 West", "Endoscopy") and facility / employer / insurer /
pharmacy names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are
absolute (seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its
misses and lost clinical values are not to be inspected while the scrubber is being changed.
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

__all__ = ["generate"]

_SEED = 20_2020
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three",
              94: "ninety-four", 95: "ninety-five", 96: "ninety-six", 97: "ninety-seven",
              98: "ninety-eight", 99: "ninety-nine"}  # fmt: skip

_LOCALE = {"US": "en_US", "UK": "en_GB", "CA": "en_US", "AU": "en_GB", "NZ": "en_NZ",
           "IE": "en_IE", "ZA": "zu_ZA", "SG": "en_US", "IN": "en_IN"}  # fmt: skip

_CURATED: dict[str, tuple[list[str], list[str]]] = {
    "ZA": (["Pieter", "Annelie", "Johan", "Marietjie", "Thabo", "Lerato", "Sipho", "Nomvula",
            "Riaan", "Zanele", "Faiez", "Ayesha"],
           ["van Wyk", "Botha", "du Plessis", "Nkosi", "Mokoena", "Dlamini", "Pretorius",
            "Khumalo", "Jacobs", "Hendricks", "Mahlangu", "Naidoo"]),
    "NZ": (["Aroha", "Wiremu", "Mere", "Tama", "Hemi", "Ngaio", "Sione", "Losa", "Rawiri"],
           ["Ngata", "Te Whare", "Parata", "Tuhiwai", "Fonoti", "Tupou", "Walker", "Herewini"]),
    "CA": (["Genevieve", "Luc", "Marie-Claude", "Étienne", "Harpreet", "Wei", "Siobhan",
            "Connor", "Amandeep"],
           ["Tremblay", "Gagnon", "Bouchard", "Leblanc", "Dhaliwal", "MacLeod", "Chen",
            "Ouellette", "Sandhu"]),
    "AU": (["Kylie", "Bronwyn", "Darren", "Shane", "Mei", "Tuan", "Georgia", "Hamish", "Nikos"],
           ["Nguyen", "Papadopoulos", "Kelly", "Fitzgerald", "Tran", "Campbell", "Russo",
            "O'Brien", "Wilkinson"]),
    "SG": (["Wei Ling", "Boon Huat", "Siti Nurhaliza", "Muhammad Faizal", "Kavitha",
            "Rajendran", "Mei Xin", "Jun Jie"],
           ["Tan", "Lim", "Ng", "Goh", "Chua", "Teo", "Wong", "Ong"]),
}
_TAGALOG = (["Maricel", "Rodel", "Jocelyn", "Arnel", "Marites"], ["Dela Cruz", "Reyes",
            "Santos", "Bautista", "Villanueva"])  # fmt: skip
_NICK = {"Robert": "Bob", "William": "Bill", "Elizabeth": "Betty", "Margaret": "Peggy",
         "James": "Jim", "Richard": "Dick", "Patricia": "Trish", "Katherine": "Kate",
         "Thomas": "Tom", "Joseph": "Joe", "Edward": "Ted", "Dorothy": "Dot"}  # fmt: skip

# streets, towns, postcodes, state (not PHI) per country
_PLACES: dict[str, list[tuple[str, str, str, str]]] = {
    "US": [("1184 Laurel Ridge Dr", "Fort Wayne", "IN", "46815"),
           ("77 Chestnut St Apt 3B", "Worcester", "MA", "01609"),
           ("2209 W Pershing Rd", "Springfield", "MO", "65807"),
           ("418 Magnolia Ave, Unit 12", "Gainesville", "FL", "32601"),
           ("9031 Cedar Hollow Ln", "Round Rock", "TX", "78664"),
           ("56 N Orchard St", "Bangor", "ME", "04401"),
           ("3120 Elmhurst Blvd Apt 207", "Sacramento", "CA", "95821")],
    "UK": [("14 Beechwood Close", "Stockport", "", "SK4 3HD"),
           ("Flat 6, 29 Argyle Street", "Kettering", "", "NN16 8LT"),
           ("3 Mill Lane", "Ashby-de-la-Zouch", "", "LE65 2BQ"),
           ("52 Heol y Parc", "Pontypridd", "", "CF37 4RH"),
           ("Flat 2/1, 118 Dumbarton Road", "Clydebank", "", "G81 1UE"),
           ("7 Orchard Rise", "Bury St Edmunds", "", "IP33 2LA")],
    "CA": [("1204-55 Harbour Sq", "Toronto", "ON", "M5J 2L1"),
           ("88 Rue Saint-Denis", "Gatineau", "QC", "J8Y 3C5"),
           ("412 Wellington Cres", "Brandon", "MB", "R7A 2B9"),
           ("19 Spruce Grove Rd", "Sudbury", "ON", "P3A 4K8")],
    "AU": [("4/17 Wattle St", "Dandenong", "VIC", "3175"),
           ("22 Banksia Pde", "Toowoomba", "QLD", "4350"),
           ("9 Jacaranda Ave", "Penrith", "NSW", "2750"),
           ("Unit 3, 61 Grote St", "Mount Gambier", "SA", "5290")],
    "NZ": [("16 Kowhai Street", "Whanganui", "", "4500"),
           ("2/45 Tui Crescent", "Papakura", "", "2110"),
           ("8 Rimu Road", "Gisborne", "", "4010")],
    "IE": [("12 Ard na Gréine", "Ennis", "Co. Clare", "V95 T2X4"),
           ("Apt 4, Riverview Court", "Drogheda", "Co. Louth", "A92 K7F3"),
           ("31 Castle Park", "Tralee", "Co. Kerry", "V92 R6D8")],
    "ZA": [("14 Protea Street", "Bellville", "Western Cape", "7530"),
           ("2291 Vilakazi Street", "Soweto", "Gauteng", "1804"),
           ("7 Jacaranda Close", "Pietermaritzburg", "KwaZulu-Natal", "3201")],
    "SG": [("Blk 412 Ang Mo Kio Ave 10, #08-1143", "Ang Mo Kio", "", "560412"),
           ("Blk 23 Jurong East St 21, #05-77", "Jurong East", "", "600023"),
           ("Blk 610 Bedok Reservoir Rd, #11-309", "Bedok", "", "470610")],
    "IN": [("Flat 302, Sai Residency, 14th Cross", "Jayanagar, Bengaluru", "Karnataka",
            "560041"),
           ("H.No. 8-2-293/A, Road No. 12", "Banjara Hills, Hyderabad", "Telangana", "500034"),
           ("B-44, Sector 19", "Noida", "Uttar Pradesh", "201301")],
}


@dataclass
class Person:
    first: str
    last: str
    middle: str = ""
    nick: str = ""


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class W:
    """Note writer: a NoteBuilder plus seeded PHI / clinical generators for one country."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker], country: str) -> None:
        self.b = NoteBuilder()
        self.r = rng
        self.fk = fakers
        self.cc = country
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        self.place = rng.choice(_PLACES[country])

    # --- plain / clinical / phi ---------------------------------------------------------
    def t(self, s: str) -> W:
        self.b.t(s)
        return self

    def c(self, s: str) -> W:
        self.b.c(s)
        return self

    def p(self, kind: str, s: str) -> W:
        self.b.p(kind, s)
        return self

    # --- people -------------------------------------------------------------------------
    def person(self, cc: str | None = None) -> Person:
        cc = cc or self.cc
        r = self.r
        if cc in _CURATED and r.random() < 0.55:
            firsts, lasts = _CURATED[cc]
            first, last = r.choice(firsts), r.choice(lasts)
        elif cc in ("US", "CA", "AU") and r.random() < 0.1:
            first, last = r.choice(_TAGALOG[0]), r.choice(_TAGALOG[1])
        else:
            f = self.fk[_LOCALE[cc]]
            first, last = f.first_name(), f.last_name()
            if r.random() < 0.08:
                last = f"{last}-{f.last_name()}"
        first, last = _ascii(first), _ascii(last)
        middle = r.choice("ABCDEFGHJKLMNPRSTW") if r.random() < 0.4 else ""
        return Person(first, last, middle, _NICK.get(first, ""))

    def name(self, who: Person, form: str | None = None) -> W:
        form = form or self.r.choice(["fl", "fl", "fml", "Lf", "lf", "il", "fl"])
        text = {
            "fl": f"{who.first} {who.last}",
            "fml": f"{who.first} {who.middle + '. ' if who.middle else ''}{who.last}",
            "Lf": f"{who.last.upper()}, {who.first}",
            "lf": f"{who.last}, {who.first}{' ' + who.middle if who.middle else ''}",
            "il": f"{who.first[0]}. {who.last}",
            "l": who.last,
            "f": who.first,
            "lc": f"{who.first} {who.last}".lower(),
            "lcf": who.first.lower(),
            "lcl": who.last.lower(),
            "ini": f"{who.first[0]}{who.last[0]}",
            "inid": f"{who.first[0]}.{who.last[0]}.",
        }[form]
        return self.p("NAME", text)

    def nick(self, who: Person) -> W:
        """First "Nick" Last: the nickname is its own span (quotes outside)."""
        if not who.nick:
            return self.name(who, "fl")
        self.p("NAME", who.first).t(' "').p("NAME", who.nick).t('" ')
        return self.p("NAME", who.last)

    # --- dates --------------------------------------------------------------------------
    def day(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def fmt(self, d: date, style: str | None = None) -> str:
        us = self.cc == "US"
        styles = ["num", "num", "num2", "iso", "long", "abbr", "dmy", "ordinal", "dmon",
                  "dmonc", "dot"]  # fmt: skip
        style = style or self.r.choice(styles)
        m = _MONTHS[d.month - 1]
        suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        if style == "num":
            return f"{d.month}/{d.day}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
        if style == "num2":
            return (f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}" if us
                    else f"{d.day}/{d.month}/{d.year % 100:02d}")
        if style == "short":  # day + month only
            return f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"
        return {
            "iso": d.isoformat(),
            "long": f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}",
            "abbr": f"{m[:3]} {d.day}, {d.year}" if us else f"{d.day} {m[:3]} {d.year}",
            "dmy": f"{d.day:02d}-{m[:3]}-{d.year}",
            "ordinal": f"{d.day}{suf} {m} {d.year}" if not us else f"{m} {d.day}{suf}",
            "dmon": f"{d.day:02d}{m[:3].upper()}{d.year}",
            "dmonc": f"{d.day} {m[:3]}" if not us else f"{m[:3]} {d.day}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "my": f"{m} {d.year}",
            "myab": f"{m[:3]} {d.year}",
        }[style]

    def date(self, d: date | None = None, style: str | None = None) -> W:
        return self.p("DATE", self.fmt(d or self.day(), style))

    def dob(self, age: int, style: str | None = None) -> W:
        d = self.today - timedelta(days=age * 365 + self.r.randrange(1, 360))
        return self.date(d, style)

    def age(self, age: int, words: bool = False) -> W:
        if age >= 90:
            return self.p("AGE", _NUM_WORDS.get(age, str(age)) if words else str(age))
        return self.c(str(age))

    def patient_age(self, old_share: float = 0.15) -> int:
        return self.r.randint(90, 101) if self.r.random() < old_share else self.r.randint(19, 88)

    # --- contact, place, ids ------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def phone(self, cc: str | None = None) -> W:
        r, d = self.r, self.digits
        cc = cc or self.cc
        if cc in ("US", "CA"):
            a, b, c = str(r.randint(201, 989)), d(3), d(4)
            s = r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}",
                          f"+1 {a}-{b}-{c}", f"{a}-{b}-{c} x{d(3)}", f"1-{a}-{b}-{c}"])
        elif cc == "UK":
            s = r.choice([f"07{d(3)} {d(6)}", f"01{d(3)} {d(6)}", (f"0{r.randint(113, 191)} {d(3)} {d(4)}"), f"+44 7{d(3)} {d(3)} {d(3)}", f"07{d(9)}"])
        elif cc == "AU":
            s = r.choice([f"04{d(2)} {d(3)} {d(3)}", f"(0{r.randint(2, 8)}) {d(4)} {d(4)}",
                          f"+61 4{d(2)} {d(3)} {d(3)}"])
        elif cc == "NZ":
            s = r.choice([f"021 {d(3)} {d(4)}", f"(06) {d(3)} {d(4)}", f"027-{d(3)}-{d(4)}"])
        elif cc == "IE":
            s = r.choice([f"087 {d(3)} {d(4)}", f"(065) {d(3)} {d(4)}", f"+353 86 {d(7)}"])
        elif cc == "ZA":
            s = r.choice([f"082 {d(3)} {d(4)}", f"(021) {d(3)} {d(4)}", f"+27 72 {d(3)} {d(4)}"])
        elif cc == "SG":
            s = r.choice([f"9{d(3)} {d(4)}", f"+65 8{d(3)} {d(4)}", f"6{d(3)}-{d(4)}"])
        else:
            s = r.choice([f"+91 98{d(3)} {d(5)}", f"98{d(8)}", f"080-{d(8)}"])
        return self.p("PHONE", s)

    def street(self) -> W:
        return self.p("ADDRESS", self.place[0])

    def town(self) -> W:
        return self.p("ADDRESS", self.place[1])

    def full_address(self, sep: str = ", ") -> W:
        state, zc = self.place[2], self.place[3]
        self.street().t(sep).town()
        if state:
            self.t(f", {state}")
        return self.t(" ").p("ZIP", zc)

    def mrn(self) -> W:
        r, d = self.r, self.digits
        s = {
            "US": r.choice([d(8), f"{d(3)}-{d(2)}-{d(3)}", f"E{d(7)}", d(10)]),
            "UK": r.choice([f"RX{d(7)}", f"K{d(6)}", f"{d(3)} {d(3)} {d(4)}"]),
            "CA": r.choice([d(7), f"H{d(8)}"]),
            "AU": r.choice([d(7), f"UR{d(6)}"]),
            "NZ": f"{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{d(4)}",
            "IE": r.choice([d(7), f"H{d(6)}"]),
            "ZA": r.choice([d(9), f"GSH{d(7)}"]),
            "SG": f"{r.choice('ST')}{d(7)}{r.choice('ABCDEFGHIZJ')}",
            "IN": f"UHID{d(9)}",
        }[self.cc]
        return self.p("ID", s)

    def idn(self, s: str) -> W:
        return self.p("ID", s)

    # --- clinical -----------------------------------------------------------------------
    def vitals(self) -> W:
        r = self.r
        self.t("BP ").c(f"{r.randint(96, 182)}/{r.randint(52, 104)}").t(", HR ")
        self.c(str(r.randint(52, 128))).t(", RR ").c(str(r.randint(12, 28))).t(", T ")
        self.c(f"{r.uniform(36.1, 39.2):.1f}").t(", SpO2 ").c(f"{r.randint(88, 100)}%")
        return self

    def time(self) -> W:
        return self.c(f"{self.r.randint(0, 23):02d}:{self.r.choice(['05', '20', '35', '50'])}")

    def signoff(self, cred: str = ", MD") -> W:
        doc = self.person()
        self.t("\n\nElectronically signed: ").name(doc, self.r.choice(["fl", "fml", "Lf"]))
        return self.t(f"{cred} ").date(self.today, "num").t(" ").time()

    def patient(self, who: Person, age: int) -> dict[str, Any]:
        st, town, state, zc = self.place
        birth = self.today - timedelta(days=age * 365 + 100)
        return {
            "resourceType": "Patient",
            "id": f"v20-{self.digits(8)}",
            "name": [{"family": who.last, "given": [x for x in (who.first, who.middle) if x]}],
            "birthDate": birth.isoformat(),
            "gender": self.r.choice(["male", "female"]),
            "address": [{"line": [st], "city": town, "state": state, "postalCode": zc}],
        }


Template = Callable[[W], dict[str, Any]]


# ----------------------------------------------------------------------------- US templates
def us_ed_abdo(w: W) -> dict[str, Any]:
    pt, wife = w.person(), w.person()
    wife.last = pt.last
    age = w.patient_age(0.08)
    w.t("EMERGENCY DEPARTMENT PHYSICIAN NOTE\nPatient: ").name(pt, "Lf").t("   MRN: ").mrn()
    w.t("   DOS: ").date(w.today, "num").t("\nCC: RLQ pain x ").c("2 days").t("\n\nHPI: ")
    w.age(age).t(" y/o with pain starting periumbilically on ").date(w.day(-2, -2), "short")
    w.t(" (2 days ago), migrating to RLQ. Nausea, 1 episode emesis. Last BM ")
    w.date(w.day(-1, -1), "short").t(". Accompanied by wife ").name(wife, "f")
    w.t(" who drove him in from ").town().t(".\nROS: neg for dysuria, hematuria, chest pain.")
    w.t("\nExam: ").vitals().t(". McBurney point tenderness, + Rovsing. Alvarado ").c("8")
    w.t(".\nLabs: WBC ").c("14.2").t(", lipase ").c("31").t(", lactate ").c("1.4")
    w.t(", bHCG neg.\nCT A/P (acc# ").idn(f"CT{w.digits(8)}").t("): dilated appendix ")
    w.c("11 mm").t(" with fat stranding.\nMDM: acute appendicitis. Given morphine ").c("4 mg IV")
    w.t(", ondansetron ").c("4 mg IV").t(", piperacillin-tazobactam ").c("4.5 g IV").t(".\n")
    w.t("Discussed with Dr. ").name(w.person(), "l").t(" (gen surg), pager ").phone()
    w.t(". Admit to surgery, NPO.\nPCP: ").name(w.person(), "fml").t(", MD")
    w.signoff()
    return w.patient(pt, age)


def us_hp_cellulitis(w: W) -> dict[str, Any]:
    pt, dtr = w.person(), w.person()
    age = w.patient_age(0.12)
    w.t("HOSPITALIST ADMISSION H&P\n").name(pt, "fml").t(" | DOB ").dob(age, "num")
    w.t(" | FIN ").idn(w.digits(10)).t(" | Admit ").date(w.today, "iso").t("\n\nHPI: Pt is a ")
    w.age(age).t("-year-old with T2DM (A1c ").c("8.9%").t(" on ").date(w.day(-90, -60), "num")
    w.t("), PVD, presenting with L leg erythema x ").c("4 days").t(". Seen at urgent care ")
    w.date(w.day(-3, -3), "short").t(", started cephalexin ").c("500 mg QID").t(", no better.")
    w.t("\nSH: lives alone at ").street().t(", ").town().t("; daughter ").name(dtr, "fl")
    w.t(" (").phone().t(") checks in daily. Former smoker, ").c("30 pack-years").t(", quit ")
    w.c("2011").t(".\nExam: ").vitals().t(". Erythema ").c("18 x 12 cm").t(", warm, no fluctuance.")
    w.t("\nLabs: WBC ").c("12.8").t(", Cr ").c("1.3").t(", glucose ").c("246").t(", CRP ")
    w.c("88").t(".\nA/P: non-purulent cellulitis. Cefazolin ").c("2 g IV q8h").t(", insulin ")
    w.t("glargine ").c("18 units").t(" qHS + SSI, enoxaparin ").c("40 mg SC daily")
    w.t(". Mark borders. Admit to 4 West.\nCode: Full. HCP: daughter ").name(dtr, "f").t(".")
    w.signoff(", DO")
    return w.patient(pt, age)


def us_progress(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.1)
    y, t2 = w.day(-1, -1), w.day(-3, -3)
    w.t("Progress Note - Hospital Day #").c("4").t("\n").name(pt, "lf").t("  (").mrn().t(")  ")
    w.date(w.today, "num").t("\n\nS: ").age(age).t("yo, feels better, ate ").c("50%")
    w.t(" of breakfast. No overnight events per RN ").name(w.person(), "f").t(".\nO: ").vitals()
    w.t("\nNa ").c("131").t(" today, ").c("128").t(" on ").date(y, "short").t(" (yesterday), ")
    w.c("124").t(" on admission ").date(t2, "short").t(". K ").c("4.1").t(", Cr ").c("0.9")
    w.t(".\nA/P:\n1. Hyponatremia, SIADH - fluid restrict ").c("1.2 L").t(", recheck BMP in AM.")
    w.t("\n2. Pneumonia - ceftriaxone ").c("1 g daily").t(" day ").c("4/5").t(".\n3. Dispo: ")
    w.t("PT rec home w/ services; son ").name(w.person(), "fl").t(" updated by phone at ")
    w.time().t(".")
    w.signoff()
    return w.patient(pt, age)


def us_dc_summary(w: W) -> dict[str, Any]:
    pt, cardio, pcp = w.person(), w.person(), w.person()
    age = w.patient_age(0.2)
    adm, dc = w.day(-8, -5), w.today
    w.t("DISCHARGE SUMMARY\nName: ").name(pt, "Lf").t("\nMRN: ").mrn().t("   Acct: ")
    w.idn(w.digits(9)).t("\nAdmitted: ").date(adm, "dmy").t("   Discharged: ").date(dc, "dmy")
    w.t("\nAttending: ").name(w.person(), "fml").t(", MD\n\nDx: acute on chronic HFrEF (EF ")
    w.c("25%").t(").\nCourse: ").age(age).t("-year-old diuresed with furosemide ").c("40 mg IV BID")
    w.t(", net ").c("-6.2 L").t(". Weight ").c("84.1 kg").t(" -> ").c("78.3 kg").t(". NT-proBNP ")
    w.c("9,820").t(" -> ").c("3,110").t(".\nDischarge meds: furosemide ").c("40 mg PO daily")
    w.t(", metoprolol succinate ").c("50 mg daily").t(", sacubitril-valsartan ").c("24/26 mg BID")
    w.t(", spironolactone ").c("12.5 mg daily").t(".\n\nFollow-up:\n- Cardiology, Dr. ")
    w.name(cardio, "fl").t(", ").date(w.day(7, 14), "long").t(" at ").c("10:30").t(", ")
    w.phone().t("\n- PCP ").name(pcp, "il").t(" within 7 days (office ").phone().t(")\n- BMP on ")
    w.date(w.day(3, 5), "short").t(" at Quest\nHome health: ").t("Amedisys, to call patient at ")
    w.street().t(", ").town().t(", ").t(w.place[2]).t(" ").p("ZIP", w.place[3]).t(".")
    w.signoff()
    return w.patient(pt, age)


def us_nursing_quick(w: W) -> dict[str, Any]:
    pt, hus, rn = w.person(), w.person(), w.person()
    age = w.patient_age(0.15)
    w.t("nsg note ").time().t("\npt ").name(pt, "lc").t(" rm ").c("412").t(" a&ox").c("3")
    w.t(", pain ").c("3/10").t(" after oxy ").c("5mg").t(". bp ").c("138/76").t(" hr ").c("88")
    w.t(". ").age(age).t("yo, husband ").name(hus, "lcf").t(" at bedside, says they live in ")
    w.p("ADDRESS", w.place[1].lower()).t(" and he'll take her home tmrw. call him ")
    w.phone().t(". foley out ").time().t(", voided ").c("350 ml").t(". ambulating w/ walker x")
    w.c("2").t(" in hall. cath lab called re: am case - npo after mn.\n- ")
    w.name(rn, "lcf").t(" rn")
    return w.patient(pt, age)


def us_phone(w: W) -> dict[str, Any]:
    pt, caller = w.person(), w.person()
    age = w.patient_age(0.15)
    w.t("TELEPHONE ENCOUNTER  ").date(w.today, "num").t(" ").time().t("\nPatient: ")
    w.name(pt, "fl").t("  DOB: ").dob(age, "num2").t("  MRN ").mrn().t("  last 4 SSN ").p("SSN", w.digits(4)).t("\nCaller: ")
    w.name(caller, "fl").t(" (niece). Call back cell ").phone().t(", h: ").phone().t(", w: ")
    w.phone().t("\nReason: pt (").age(age).t(" yo) dizzy since starting amlodipine ").c("10 mg")
    w.t(" on ").date(w.day(-6, -4), "long").t(". Home BP ").c("102/58").t(".\nPer Dr. ")
    w.name(w.person(), "l").t(": reduce to ").c("5 mg").t(", recheck BP in ").c("1 week")
    w.t(". Niece verbalized understanding. Appt ").date(w.day(6, 10), "short").t(" at ")
    w.c("2:15 pm").t(".\n").name(w.person(), "fl").t(", LPN")
    return w.patient(pt, age)


def us_portal(w: W) -> dict[str, Any]:
    pt, np_ = w.person(), w.person()
    age = w.patient_age(0.05)
    user = f"{pt.first[0].lower()}{pt.last.lower().replace(' ', '').replace(chr(39), '')}"
    w.t("MyChart message from ").name(pt, "fl").t(" <").p("EMAIL", f"{user}{w.digits(2)}@gmail.com")
    w.t(">  sent ").date(w.today, "abbr").t(" ").time().t("\nHi, this is ")
    w.name(pt, "f").t(". My A1c last month was ").c("7.4").t(" and I'm on metformin ")
    w.c("1000 mg twice a day").t(". Can I stop the glipizide ").c("5 mg")
    w.t("? Also my new address is ").street().t(", ").town().t(" ").p("ZIP", w.place[3])
    w.t(". Thanks, ").name(pt, "f").t("\n\nReply (").date(w.today, "short").t("): Hi ")
    w.name(pt, "f").t(", please keep the glipizide until we see you on ")
    w.date(w.day(10, 20), "long").t(". Sugars under ").c("70").t(", call ").phone()
    w.t(". - ").name(np_, "fl").t(", FNP-C")
    return w.patient(pt, age)


def us_home_health(w: W) -> dict[str, Any]:
    pt, cg = w.person(), w.person()
    age = w.patient_age(0.3)
    w.t("HOME HEALTH REFERRAL\nPatient: ").name(pt, "lf").t("\nDOB: ").dob(age, "long")
    w.t("   Age: ").age(age)
    if w.r.random() < 0.5:
        w.t("\nSSN: XXX-XX-").p("SSN", w.digits(4)).t("   Medicare MBI: ")
    else:
        w.t("\nSS# ").p("SSN", f"{w.r.randint(100, 665)}-{w.digits(2)}-{w.digits(4)}")
        w.t("   Medicare MBI: ")
    w.idn(f"{w.r.randint(1, 9)}EG{w.digits(1)}-TE{w.digits(1)}-MK{w.digits(2)}")
    w.t("\nAddress: ").full_address().t("\nPhone: ").phone().t("\nPrimary caregiver: ")
    w.nick(cg).t(" (son-in-law), ").phone().t("\nServices: SN ").c("2w4").t(", PT ").c("2w3")
    w.t(". Wound: sacral stage ").c("3").t(", ").c("4 x 3 x 0.5 cm").t(". Warfarin ")
    w.c("3 mg").t(", INR goal ").c("2-3").t(". SOC ").date(w.day(1, 3), "num").t(".\nOrdering: ")
    w.name(w.person(), "fml").t(", MD  NPI ").idn(w.digits(10))
    return w.patient(pt, age)


def us_radiology(w: W) -> dict[str, Any]:
    pt, rad = w.person(), w.person()
    age = w.patient_age(0.1)
    prior = w.day(-400, -100)
    w.t("EXAM: US RETROPERITONEUM COMPLETE\nPatient: ").name(pt, "Lf").t("  MRN: ").mrn()
    w.t("  Acc: ").idn(f"{w.digits(8)}").t("\nDate: ").date(w.today, "iso").t("\nHISTORY: ")
    w.age(age).t("-year-old, AKI, Cr ").c("2.4").t(".\nCOMPARISON: ").date(prior, "num")
    w.t(".\nFINDINGS: Right kidney ").c("10.8 cm").t(", left ").c("11.2 cm").t(". No hydro.")
    w.t(" Simple cyst L upper pole ").c("1.9 cm").t(" (was ").c("1.7 cm").t(").\nIMPRESSION: ")
    w.t("No obstruction.\nDictated: ").name(rad, "fml").t(", MD\n\nADDENDUM ")
    w.p("DATE", f"{w.today.isoformat()}T{w.r.randint(10, 23)}:{w.r.randint(10, 59)}")
    w.t(": discussed with ").name(w.person(), "il").t(", NP at ").time().t(". -")
    w.name(rad, "ini")
    return w.patient(pt, age)


def us_cysto(w: W) -> dict[str, Any]:
    pt, uro = w.person(), w.person()
    age = w.patient_age(0.1)
    w.t("PROCEDURE NOTE: Flexible cystoscopy\n").name(pt, "fl").t(", MRN ").mrn()
    w.t(", ").date(w.today, "abbr").t("\nSurgeon: ").name(uro, "fl").t(", MD   Nurse: ")
    w.name(w.person(), "fl").t(", RN\nIndication: ").age(age).t(" y/o M, gross hematuria ")
    w.t("noted ").date(w.day(-30, -20), "dmonc").t(". UA RBC ").c(">50").t(".\nProcedure: ")
    w.t("lidocaine jelly ").c("2%").t(". ").c("1.5 cm").t(" papillary lesion R lateral wall.")
    w.t(" Prostate: moderate trilobar.\nPlan: TURBT; tamsulosin ").c("0.4 mg daily")
    w.t(". CT urogram ordered.\nPatient's wife ").name(w.person(), "fl").t(" present, ")
    w.t("consented. Scope serial ").idn(f"SN{w.digits(7)}").t(".")
    return w.patient(pt, age)


def us_anesthesia(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.12)
    w.t("ANESTHESIA PRE-OP EVALUATION\n").name(pt, "Lf").t("  DOB ").dob(age, "num")
    w.t("  CSN ").idn(w.digits(9)).t("\nProcedure: R TKA, ").date(w.day(1, 2), "dmy")
    w.t("\nSurgeon: Dr. ").name(w.person(), "l").t("\nHx: ").age(age)
    w.t("yo, HTN, OSA on CPAP, prior PONV. METs ").c(">4").t(". ASA ").c("3")
    w.t(". Mallampati ").c("2").t(".\n").vitals().t(", BMI ").c("34.6").t("\nLabs: Hgb ")
    w.c("12.9").t(", plt ").c("211").t(", K ").c("4.3").t(", ECG NSR ").c("72")
    w.t(".\nPlan: spinal + adductor canal block; dexamethasone ").c("4 mg")
    w.t(", ondansetron ").c("4 mg").t(". Hold lisinopril AM of surgery.\n").name(w.person(), "fl")
    w.t(", CRNA / ").name(w.person(), "fl").t(", MD")
    return w.patient(pt, age)


def us_ld(w: W) -> dict[str, Any]:
    pt, fob = w.person(), w.person()
    age = w.r.randint(19, 41)
    w.t("L&D PROGRESS NOTE ").date(w.today, "num").t(" ").time().t("\n").name(pt, "fl")
    w.t(", ").age(age).t(" y/o G").c("2").t("P").c("1").t(" at ").c("39w2d").t(", EDD ")
    w.date(w.day(5, 5), "num").t(", MRN ").mrn().t("\nSVE ").c("6/90/-1").t(", AROM at ")
    w.time().t(", clear fluid. Pitocin ").c("8 mU/min").t(". FHT ").c("140s")
    w.t(", mod var, + accels, Cat ").c("I").t(". Epidural placed by Dr. ").name(w.person(), "l")
    w.t(".\nGBS neg (").date(w.day(-25, -20), "short").t("). FOB ").name(fob, "fl")
    w.t(" at bedside.\n- ").name(w.person(), "fml").t(", CNM")
    return w.patient(pt, age)


def us_wcc(w: W) -> dict[str, Any]:
    kid, mom = w.person(), w.person()
    mom.last = kid.last
    w.t("WELL CHILD CHECK - 24 MONTHS\nChild: ").name(kid, "fl").t("   DOB: ")
    w.date(w.today - timedelta(days=731), "num").t("   MRN: ").mrn().t("\nAccompanied by ")
    w.t("mother ").name(mom, "fl").t(" (").phone().t(").\nWt ").c("12.4 kg").t(" (")
    w.c("48th %ile").t("), Ht ").c("87 cm").t(", HC ").c("48.5 cm").t(".\nDev: ").c("50+")
    w.t(" words, 2-word phrases. M-CHAT-R ").c("1").t(" (low risk). Lead ").c("<3.3")
    w.t(". Hgb ").c("11.8").t(".\nImms: HepA #").c("2").t(", flu.\nDaycare: Little Sprouts,")
    w.t(" ").town().t(". RTC 30 mo.\n").name(w.person(), "fl").t(", MD, FAAP")
    return w.patient(kid, 2)


def us_dc_meds(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.2)
    w.t("DISCHARGE MEDICATION LIST\n").name(pt, "Lf").t("  MRN ").mrn().t("  Age ").age(age)
    w.t("\nPharmacy: CVS #").c("2214").t(", ").phone().t("\n\nNEW: apixaban ").c("5 mg BID")
    w.t(" - first dose given ").date(w.today, "short").t(" ").time().t("\nCHANGED: metoprolol ")
    w.t("tartrate ").c("25 mg BID").t(" -> ").c("50 mg BID").t("\nSTOPPED: aspirin ").c("81 mg")
    w.t("\nCONTINUE: atorvastatin ").c("40 mg qHS").t(", levothyroxine ").c("75 mcg")
    w.t("\nReconciled with patient and daughter ").name(w.person(), "f").t(" by ")
    w.name(w.person(), "fl").t(", PharmD on ").date(w.today, "long").t(".")
    return w.patient(pt, age)


# ------------------------------------------------------------------- UK / Commonwealth templates
def uk_gp_letter(w: W) -> dict[str, Any]:
    pt, gp = w.person(), w.person()
    age = w.patient_age(0.15)
    w.t("The Beeches Medical Practice\nDate: ").date(w.today, "long").t("\n\nDear Dr ")
    w.name(w.person(), "l").t(",\nRe: ").name(pt, "fl").t(", DOB ").dob(age, "num")
    w.t(", NHS No ").idn(f"{w.digits(3)} {w.digits(3)} {w.digits(4)}").t("\n").full_address()
    w.t("\n\nThank you for seeing this ").age(age).t(" year old with worsening exertional ")
    w.t("breathlessness. BNP ").c("412").t(" on ").date(w.day(-14, -7), "num")
    w.t(". Ramipril ").c("5mg od").t(", bisoprolol ").c("2.5mg od").t(". I will ").c("review 6/12")
    w.t(" or sooner if needed. Tel ").phone().t(".\n\nYours sincerely\n\nDr ")
    w.name(gp, "fl").t("\ncc: patient")
    return w.patient(pt, age)


def uk_ae(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.15)
    w.t("A&E CLERKING  ").date(w.today, "dot").t(" ").time().t("\n").name(pt, "Lf").t("  Hosp no ")
    w.mrn().t("\nPC: fall, ?#NOF\nHPC: ").age(age).t("F from ").town().t(", tripped on rug ")
    w.t("this am, long lie ~").c("2 hrs").t(". Found by neighbour ").name(w.person(), "f")
    w.t(".\nPMH: AF (apixaban ").c("2.5mg bd").t("), OA.\nO/E: R leg shortened + ext rotated.")
    w.t(" NEWS2 ").c("3").t(". 4AT ").c("0").t(". CK ").c("1,240").t(".\nImp: R NOF #\nPlan: ")
    w.t("fascia iliaca block, X-match, ortho ref (bleep ").p("PHONE", w.digits(4))
    w.t("). ").c("TTO 5/7").t(" co-codamol later.\n").name(w.person(), "fl").t(", FY2")
    return w.patient(pt, age)


def uk_ward_round(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.25)
    w.t("wr ").date(w.today, "short").t(" dr ").name(w.person(), "lcl").t(" (cons)\n")
    w.name(pt, "lc").t(" bay ").c("3").t(" bed ").c("4").t(", ").age(age).t("y, d").c("5")
    w.t(" of tazocin for ?asp pneumonia. crp ").c("212").t("->").c("96").t(". salt: iddsi ")
    w.c("level 4").t(".\nplan: switch to co-amox po, ").c("tto 7/7").t(", ot/pt, d/w son ")
    w.name(w.person(), "lcf").t(" re: discharge to ").town().t(", ").c("review 6/52").t(" in clinic.\n")
    w.name(w.person(), "ini").t(" fy1")
    return w.patient(pt, age)


def uk_postnatal(w: W) -> dict[str, Any]:
    pt, baby, ptr = w.person(), w.person(), w.person()
    baby.last = pt.last
    age = w.r.randint(18, 42)
    born = w.day(-5, -3)
    w.t("Community Midwife Postnatal Visit - Day ").c("5").t("\nMother: ").name(pt, "fl")
    w.t(" (").age(age).t(")  NHS ").idn(f"{w.digits(3)} {w.digits(3)} {w.digits(4)}")
    w.t("\nBaby: ").name(baby, "fl").t(", born ").date(born, "ordinal").t(" at ").time()
    w.t(", ").c("3.41 kg").t("\nVisit at ").street().t(", ").town().t(" ").p("ZIP", w.place[3])
    w.t("\nBaby wt today ").c("3.22 kg").t(" (").c("-5.6%").t("). Bilirubin ").c("198")
    w.t(". NBBS taken. Mum: fundus ").c("2 cm").t(" below umbilicus, BP ").c("124/78")
    w.t(", EPDS ").c("6").t(". Partner ").name(ptr, "f").t(" supportive.\nNext: day 10 ")
    w.date(w.day(5, 5), "dmonc").t(". ").name(w.person(), "fl").t(", RM")
    return w.patient(pt, age)


def uk_safeguarding(w: W) -> dict[str, Any]:
    pt, sus = w.person(), w.person()
    age = w.patient_age(0.35)
    w.t("ADULT SAFEGUARDING CONCERN\nAdult at risk: ").name(pt, "fml").t(", ").age(age)
    w.t(" years, DOB ").dob(age, "dmy").t("\nAddress: ").full_address().t("\nConcern raised by ")
    w.name(w.person(), "fl").t(" (Staff Nurse, Ward 12) on ").date(w.today, "abbr")
    w.t(".\nDetails: bruising ").c("6 x 4 cm").t(" L upper arm. Adult reports grandson ")
    w.name(sus, "f").t(" (mob ").phone().t(") 'takes my pension'. MMSE ").c("24/30")
    w.t(".\nActions: Datix ").idn(f"W{w.digits(6)}").t("; LA safeguarding team informed, ")
    w.t("ref ").idn(f"SG-{w.digits(5)}").t(".")
    return w.patient(pt, age)


def uk_falls(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.4)
    w.t("MULTIFACTORIAL FALLS ASSESSMENT\n").name(pt, "Lf").t("  ").mrn().t("  Age ")
    w.age(age).t("\nFalls: ").c("3").t(" in ").c("6 months").t(", last ").date(w.day(-9, -2), "dmonc")
    w.t(".\nLying BP ").c("142/80").t(", standing ").c("118/70").t(" at ").c("3 min").t(". TUG ")
    w.c("19 s").t(". Vision: cataract L. Meds: amitriptyline ").c("25mg")
    w.t(" (stop), furosemide ").c("40mg").t(".\nLives in ").town().t(" with wife ")
    w.name(w.person(), "f").t(". Pendant alarm. ").c("Review 3/12").t(".\n").name(w.person(), "fl")
    w.t(", Physiotherapist")
    return w.patient(pt, age)


def ca_nephro(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.1)
    w.t("NEPHROLOGY CONSULTATION\nPatient: ").name(pt, "lf").t("\nOHIP: ")
    w.idn(f"{w.digits(4)}-{w.digits(3)}-{w.digits(3)}-{w.r.choice(['AB', 'KT', 'XZ'])}")
    w.t("   MRN ").mrn().t("\nDate: ").date(w.today, "iso").t("\nReferred by Dr. ")
    w.name(w.person(), "il").t(" for AKI.\n").age(age).t(" y/o, Cr ").c("312 umol/L")
    w.t(" (baseline ").c("98").t(" on ").date(w.day(-200, -100), "iso").t("). K ").c("5.9")
    w.t(", HCO3 ").c("16").t(". Urine output ").c("0.3 mL/kg/h").t(".\nRec: hold ramipril, ")
    w.t("calcium gluconate ").c("1 g").t(", insulin ").c("10 units").t(" + D50. No HD now.")
    w.t("\n").name(w.person(), "fl").t(", MD FRCPC, pager ").phone()
    return w.patient(pt, age)


def ca_rehab(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.1)
    w.t("Stroke Rehab Progress Note  ").date(w.today, "abbr").t("\n").name(pt, "fl")
    w.t(" (").age(age).t(", L MCA stroke ").date(w.day(-30, -20), "num").t(")\nFIM ")
    w.c("68").t(" -> ").c("84").t(". Berg ").c("38/56").t(". 10MWT ").c("0.62 m/s")
    w.t(". Aphasia improving (SLP ").name(w.person(), "f").t(").\nPlan: home to ")
    w.town().t(", ").t(w.place[2]).t(" with husband ").name(w.person(), "f").t(" on ")
    w.date(w.day(7, 10), "long").t(". Outpatient OT at Parkwood.\n").name(w.person(), "inid")
    w.t(" PT")
    return w.patient(pt, age)


def au_icu(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.05)
    w.t("ICU NURSING NOTE 0700-1930  ").date(w.today, "num").t("\n").name(pt, "Lf").t("  UR ")
    w.mrn().t("\n").age(age).t("M, day ").c("3").t(" post emergency laparotomy.\nNeuro: RASS ")
    w.c("-1").t(", propofol ").c("80 mg/h").t(". CV: noradrenaline ").c("0.08 mcg/kg/min")
    w.t(", MAP ").c(">65").t(". Resp: SIMV, FiO2 ").c("0.35").t(", PEEP ").c("8")
    w.t(". Lactate ").c("1.9").t(".\nFamily: wife ").name(w.person(), "f").t(" (")
    w.phone().t(") visited, from ").town().t(".\nIntensivist: Dr ").name(w.person(), "l")
    w.t("\n").name(w.person(), "fl").t(" RN")
    return w.patient(pt, age)


def au_skin(w: W) -> dict[str, Any]:
    pt = w.person()
    age = w.patient_age(0.1)
    w.t("Skin Cancer Clinic\n").date(w.today, "long").t("\n\nDear Dr ").name(w.person(), "l")
    w.t(",\nRe: ").name(pt, "fl").t(", ").street().t(", ").town().t(" ").t(w.place[2])
    w.t(" ").p("ZIP", w.place[3]).t("\nMedicare ").idn(f"{w.digits(4)} {w.digits(5)} {w.digits(1)}")
    w.t("\n\nThanks for referring this ").age(age).t("-year-old. Dermoscopy: ").c("8 mm")
    w.t(" lesion L shoulder, atypical network. Excised ").date(w.today, "short")
    w.t(", margins ").c("2 mm").t(". Histo pending (lab no ").idn(f"{w.digits(2)}-{w.digits(6)}")
    w.t(").\nKind regards,\n").name(w.person(), "fl")
    return w.patient(pt, age)


def nz_ent(w: W) -> dict[str, Any]:
    pt = w.person("NZ")
    age = w.patient_age(0.1)
    nhi = f"{''.join(w.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{w.digits(4)}"
    w.t("ENT Outpatient Clinic\n").date(w.today, "dmy").t("\n\nRe: ").name(pt, "fl").t("  NHI ")
    w.idn(nhi).t("\n").full_address().t("\n\nKia ora Dr ").name(w.person(), "l")
    w.t(",\n").name(pt, "f").t(" (").age(age).t(") has a ").c("40 dB").t(" R sensorineural ")
    w.t("loss since ").date(w.day(-60, -40), "my").t(". MRI IAMs clear. Prednisone ")
    w.c("60 mg").t(" for ").c("7 days").t(". ").c("Review 3/12").t(" with audiogram. Whanau: sister ")
    w.name(w.person("NZ"), "fl").t(", ").phone().t(".\nNga mihi,\n").name(w.person(), "fl")
    return w.patient(pt, age)


def nz_psych(w: W) -> dict[str, Any]:
    pt = w.person("NZ")
    age = w.r.randint(19, 70)
    w.t("Psychiatry Progress Note  ").date(w.today, "num").t("\n").name(pt, "lf").t("  NHI ")
    w.idn(f"{''.join(w.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{w.digits(4)}")
    w.t("\n").age(age).t(" y/o, admitted ").date(w.day(-10, -5), "dmonc").t(" under s.")
    w.c("11").t(". Mood 'better', sleep ").c("6 h").t(". PHQ-9 ").c("14").t(". Olanzapine ")
    w.c("10 mg nocte").t(", lithium ").c("400 mg bd").t(" (level ").c("0.7").t(").\n")
    w.t("Lives in ").town().t(" with partner ").name(w.person("NZ"), "f").t(". Key worker ")
    w.name(w.person(), "fl").t(". Leave ").c("2 h").t(" escorted.\n").name(w.person(), "ini")
    w.t(" reg")
    return w.patient(pt, age)


def ie_oncology(w: W) -> dict[str, Any]:
    pt = w.person("IE")
    age = w.patient_age(0.1)
    w.t("Oncology Day Ward\n").date(w.today, "ordinal").t("\n\nDear Dr ").name(w.person("IE"), "l")
    w.t(",\nRe: ").name(pt, "fml").t(", ").dob(age, "num").t(", MRN ").mrn().t("\n")
    w.street().t(", ").town().t(", ").t(w.place[2]).t(" ").p("ZIP", w.place[3])
    w.t("\n\n").name(pt, "f").t(" attended for cycle ").c("3").t(" FOLFOX. Neut ").c("1.6")
    w.t(", plt ").c("142").t(". CEA ").c("4.1").t(" (").c("11.8").t(" in ")
    w.date(w.day(-60, -40), "myab").t("). Oxaliplatin ").c("85 mg/m2").t(". Next ")
    w.date(w.day(14, 14), "dmonc").t(".\nPPSN ").idn(f"{w.digits(7)}{w.r.choice('ABTW')}")
    w.t("\nIs mise le meas,\n").name(w.person("IE"), "fl").t(", SpR")
    return w.patient(pt, age)


def ie_ipc(w: W) -> dict[str, Any]:
    pt = w.person("IE")
    age = w.patient_age(0.2)
    w.t("INFECTION PREVENTION & CONTROL\n").date(w.today, "dot").t("\nPatient: ")
    w.name(pt, "Lf").t(", MRN ").mrn().t(", St Brigid's ward, bed ").c("9").t("\nCPE ")
    w.t("rectal screen positive (specimen ").idn(f"M{w.digits(8)}").t(", collected ")
    w.date(w.day(-2, -2), "num").t("). ").age(age).t("F. Contact precautions, single room.")
    w.t(" Transferred from ").town().t(" Community Hospital ").date(w.day(-5, -3), "dmonc")
    w.t(".\nInformed: CNM ").name(w.person("IE"), "fl").t("; daughter ")
    w.name(w.person("IE"), "f").t(" by phone ").phone().t(".\n").name(w.person("IE"), "fl")
    w.t(", IPC CNS")
    return w.patient(pt, age)


def za_tb(w: W) -> dict[str, Any]:
    pt = w.person("ZA")
    age = w.r.randint(19, 66)
    w.t("TB/HIV CLINIC NOTE  ").date(w.today, "iso").t("\n").name(pt, "fl").t("  ID ")
    w.idn(f"{w.digits(6)}{w.digits(4)}08{w.digits(1)}").t("  Folder ").mrn()
    w.t("\nAddress: ").street().t(", ").town().t(" ").p("ZIP", w.place[3]).t("\n")
    w.age(age).t(" y/o, month ").c("2").t(" of RHZE (").c("4 tabs").t(" daily). Sputum ")
    w.t("smear neg ").date(w.day(-7, -5), "num").t(". CD4 ").c("214").t(", VL ").c("<50")
    w.t(" on TLD. Weight ").c("58 kg").t(" (+").c("3 kg").t(").\nTreatment supporter: ")
    w.name(w.person("ZA"), "fl").t(" (").phone().t(").\nSr ").name(w.person("ZA"), "l")
    return w.patient(pt, age)


def za_occ(w: W) -> dict[str, Any]:
    pt = w.person("ZA")
    age = w.r.randint(22, 60)
    w.t("OCCUPATIONAL HEALTH REVIEW - certificate of fitness\nEmployee: ").name(pt, "Lf")
    w.t("  Co. no ").idn(f"E{w.digits(6)}").t("\nDOB ").dob(age, "dot").t("  (").age(age)
    w.t(")\nFEV1 ").c("3.1 L").t(" (").c("86%").t("), FVC ").c("3.8 L").t(". Audiogram PLH ")
    w.c("4.2%").t(". CXR ILO ").c("0/0").t(".\nFit for underground work, review ")
    w.date(w.day(360, 365), "num").t(". OMP: Dr ").name(w.person("ZA"), "fl").t(", ")
    w.phone()
    return w.patient(pt, age)


def sg_cga(w: W) -> dict[str, Any]:
    pt = w.person("SG")
    age = w.patient_age(0.45)
    w.t("COMPREHENSIVE GERIATRIC ASSESSMENT\nName: ").name(pt, "fl").t("  NRIC: ")
    w.mrn().t("\nAge: ").age(age, words=w.r.random() < 0.3).t("   Date: ").date(w.today, "dmy")
    w.t("\nAddress: ").street().t(", Singapore ").p("ZIP", w.place[3]).t("\nCaregiver: ")
    w.t("daughter ").name(w.person("SG"), "fl").t(" (HP ").phone().t("), FDW ")
    w.name(w.person("SG"), "f").t("\nADL: Barthel ").c("55/100").t(". AMT ").c("6/10")
    w.t(". CFS ").c("6").t(". MNA-SF ").c("9").t(". Polypharmacy: ").c("11")
    w.t(" meds. Plan: DR in ").c("3 months").t(", day rehab at AMK.\nDr ").name(w.person("SG"), "l")
    return w.patient(pt, age)


def sg_transfusion(w: W) -> dict[str, Any]:
    pt = w.person("SG")
    age = w.patient_age(0.1)
    w.t("TRANSFUSION REACTION REPORT\nPatient: ").name(pt, "Lf").t(" (").mrn().t(")  ")
    w.age(age).t("F\nUnit ").idn(f"G{w.digits(3)} {w.digits(2)} {w.digits(6)}")
    w.t(" PRBC, started ").p("DATE", f"{w.today.isoformat()}T{w.r.randint(10, 20)}:{w.r.randint(10, 59)}")
    w.t(".\nAt ").c("20 min").t(": T ").c("38.6").t(", rigors, BP ").c("92/50")
    w.t(". Stopped. Hydrocortisone ").c("100 mg IV").t(". DAT neg. Bag returned to blood bank.")
    w.t("\nReported by SN ").name(w.person("SG"), "fl").t(", witnessed by ")
    w.name(w.person("SG"), "fl").t(" on ").date(w.today, "num")
    return w.patient(pt, age)


def in_cardio(w: W) -> dict[str, Any]:
    pt = w.person("IN")
    age = w.patient_age(0.05)
    w.t("DISCHARGE SUMMARY - CARDIOLOGY\nName: ").name(pt, "fl").t("  UHID: ").mrn()
    w.t("\nAadhaar: ").idn(f"{w.digits(4)} {w.digits(4)} {w.digits(4)}").t("\nAddress: ")
    w.full_address().t("\nDOA: ").date(w.day(-6, -4), "dot").t("  DOD: ").date(w.today, "dot")
    w.t("\nDx: Anterior wall STEMI, PTCA to LAD (DES ").c("3.0 x 28 mm").t(") in Cath lab.")
    w.t(" EF ").c("40%").t(". Trop I ").c("18.6").t(".\nRx: aspirin ").c("75 mg")
    w.t(", ticagrelor ").c("90 mg BD").t(", rosuvastatin ").c("20 mg").t(".\nReview on ")
    w.date(w.day(7, 7), "dmonc").t(". Attendant: son ").name(w.person("IN"), "fl").t(" ")
    w.phone().t("\nDr. ").name(w.person("IN"), "fl").t(", DM (Cardiology)")
    return w.patient(pt, age)


def in_path(w: W) -> dict[str, Any]:
    pt = w.person("IN")
    age = w.patient_age(0.05)
    w.t("SURGICAL PATHOLOGY REPORT\nPatient: ").name(pt, "Lf").t("  Lab no: ")
    w.idn(f"HP/{w.digits(4)}/{w.today.year % 100}").t("\nAge/Sex: ").age(age).t("/F  Received: ")
    w.date(w.today, "dmy").t("\nSpecimen: L MRM. Tumour ").c("3.2 cm").t(", IDC grade ")
    w.c("2").t(". LN ").c("2/14").t(". ER ").c("8/8").t(", HER2 ").c("1+").t(", Ki-67 ")
    w.c("20%").t(".\nReferring: Dr. ").name(w.person("IN"), "l").t("\nReported by: ")
    w.name(w.person("IN"), "fml").t(", MD (Path)")
    return w.patient(pt, age)


def mdt_breast(w: W) -> dict[str, Any]:
    w.t("BREAST MDT OUTCOMES  ").date(w.today, "long").t("\nChair: ").name(w.person(), "fl")
    first: Person | None = None
    for _ in range(w.r.randint(3, 4)):
        pt = w.person()
        first = first or pt
        age = w.patient_age(0.15)
        w.t("\n- ").name(pt, "Lf").t(", ").age(age).t(", ").mrn().t(": ").c(f"{w.r.randint(9, 40)} mm")
        w.t(" IDC, ER+. Outcome: WLE + SNB; surgeon ").name(w.person(), "l").t(", ")
        w.date(w.day(10, 30), "dmonc").t(".")
    w.t("\nMinutes: ").name(w.person(), "ini")
    assert first is not None
    return w.patient(first, 60)


def acp(w: W) -> dict[str, Any]:
    pt, proxy = w.person(), w.person()
    age = w.patient_age(0.45)
    w.t("ADVANCE CARE PLANNING CONVERSATION  ").date(w.today, "num").t("\nPatient: ")
    w.nick(pt).t(", ").age(age, words=w.r.random() < 0.4).t(" years old\nPresent: ")
    w.t("daughter ").name(proxy, "fml").t(" (substitute decision-maker, ").phone()
    w.t(")\nDiscussed CPR: patient declined. Goals: comfort, stay at home in ").town()
    w.t(". PPS ").c("40%").t(". Morphine ").c("2.5 mg").t(" PRN.\nForm uploaded: ")
    w.p("URL", f"https://acp.health-records.example/doc/{w.digits(8)}").t("\nTime spent ")
    w.c("35 minutes").t(". ").name(w.person(), "fl").t(", NP")
    return w.patient(pt, age)


TEMPLATES: list[Template] = [
    us_ed_abdo, uk_gp_letter, au_icu, us_hp_cellulitis, uk_ae, nz_ent, us_progress, ca_nephro,
    za_tb, us_dc_summary, uk_ward_round, sg_cga, us_nursing_quick, ie_oncology, in_cardio,
    us_phone, uk_postnatal, au_skin, us_portal, uk_safeguarding, nz_psych, us_home_health,
    uk_falls, ca_rehab, us_radiology, ie_ipc, za_occ, us_cysto, sg_transfusion, in_path,
    us_anesthesia, mdt_breast, us_ld, acp, us_wcc, us_dc_meds,
]  # fmt: skip
_COUNTRY = {f: f.__name__[:2].upper() for f in TEMPLATES}
_COUNTRY.update({mdt_breast: "UK", acp: "CA"})


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic for a given ``n``."""
    fakers: dict[str, Faker] = {}
    for i, loc in enumerate(sorted(set(_LOCALE.values()))):
        f = Faker(loc)
        f.seed_instance(_SEED + i)
        fakers[loc] = f
    rng = random.Random(_SEED)
    notes: list[Note] = []
    for i in range(n):
        tpl = TEMPLATES[i % len(TEMPLATES)]
        w = W(rng, fakers, _COUNTRY[tpl])
        patient = tpl(w)
        notes.append(w.b.build(patient))
    return notes
