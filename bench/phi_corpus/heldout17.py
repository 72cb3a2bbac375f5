"""HELD-OUT v17 PHI corpus: written before any round-17 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v16 it
aims at the MAINSTREAM of hospital text with ordinary PHI density, but with other templates
and other phrasing, and six English-speaking health systems: US, UK, Canada, Australia, New
Zealand and Ireland. 34 templates, cycled in order (see ``TEMPLATES``): ED triage quick notes
(lower-case typed names), cath-lab pre / post procedure notes, night-float cross-cover event
notes, orthopaedic post-op day notes, chemotherapy infusion nursing notes, rapid-response
records, utilisation-review / insurance-authorisation notes, antimicrobial-stewardship
pharmacy notes, respiratory-therapy notes, portal refill requests with replies, hospice
admission visits, ED psychiatric crisis evaluations, MRI reports with comparisons (US); GP
results letters ("review 6/12"), acute-medical-unit clerkings, ward physiotherapy notes,
heart-failure specialist-nurse home visits, care-of-the-elderly ward rounds, NHS 111 /
out-of-hours call records, memory-clinic letters (UK); home-care referrals, GIM consult
requests, walk-in clinic notes (Canada); Hospital-in-the-Home reviews, paramedic ISBAR
handovers, residential-aged-care GP visits, cytology reports (Australia); GP eReferrals with
NHI numbers, well-child (Plunket / B4 School) checks, LMC midwife notes (New Zealand); ED
discharge letters to the GP, nursing-home transfer documents, haematology clinic letters
(Ireland); and specimen-rejection lab comments. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ
and en_IE plus curated Maori, Pacific, South Asian, Chinese, Filipino, Nigerian and Irish
names, in many forms ("First Last", "First M. Last", "LAST, First", "Last, First M", "F. Last",
surname alone after a title, first name alone, lower-case, ALL CAPS, nicknames in quotes,
hyphenated surnames, staff initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", FY1") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit part) and a city / town / suburb (also
after "from", "in", "lives in") are ADDRESS; a state / province / county / country is not PHI;
ZIP codes, postcodes, Canadian / Australian / NZ postcodes and Eircodes are ZIP. DATE: anything
more specific than a year, in 15+ formats (US and day-first numeric, two-digit years, day +
month alone, ISO, ISO date-time as one token, written-out, abbreviated, ordinal, "04-Mar-2025",
"04MAR2025", dotted, month + year); "on 3/4 (yesterday)" labels only "3/4"; weekdays stay
outside; a date followed by a separate time labels only the date. UK follow-up shorthand
("review 6/12", "TTO 5/7", "3/52") is a duration, not a date, and unlabelled. PHONE includes
fax, pagers / bleeps (number only) and extensions (inside the span); labels such as "cell",
"mob", "h:", "w:" are outside. SSN: full numbers and the digits of a masked or "last 4" SSN.
ID: MRN / UR / URN / hospital / FIN / CSN / account numbers, NHS / CHI / OHIP / Medicare / NHI /
IHI / PPSN / MBI / member numbers, authorisation and incident numbers, accession / specimen
numbers, ambulance case numbers, device serials, licence plates. AGE: ages >= 90 only, number
part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day, durations, years
alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit names ("Cath
lab", "Ward 7B", "AMU", "CCU", "Ward 22") and facility / employer / insurer / pharmacy names are
unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute (seeded), so
``generate(n)`` is deterministic. Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 17_2025
_BASE = date(2025, 1, 6)

_LOCALE = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ", "IE": "en_IE"}
_FAKERS: dict[str, Faker] = {}

_CURATED = {
    "US": [("Maria", "Delgado-Ruiz"), ("DeShawn", "Whitaker"), ("Nguyen", "Thi Lan"),
           ("Rosalind", "Okafor"), ("Tuan", "Pham"), ("Imelda", "Santos"), ("Priya", "Raman")],
    "UK": [("Mohammed", "Iqbal"), ("Siobhan", "McAllister"), ("Gurpreet", "Sandhu"),
           ("Chidi", "Eze"), ("Rhiannon", "Pryce-Jones"), ("Wei", "Zhang"), ("Agnieszka", "Nowak")],
    "CA": [("Jean-Luc", "Tremblay"), ("Harpreet", "Gill"), ("Mei", "Wong"), ("Josie", "Sinclair"),
           ("Andre", "Beausoleil"), ("Fatima", "Haddad")],
    "AU": [("Thanh", "Tran"), ("Georgia", "Papadopoulos"), ("Jarrah", "Walker"),
           ("Rashid", "Khan"), ("Mele", "Tupou"), ("Bridget", "O'Shea")],
    "NZ": [("Aroha", "Te Whata"), ("Wiremu", "Ngata"), ("Sione", "Fifita"), ("Mereana", "Tipene"),
           ("Losa", "Faleolo"), ("Hemi", "Parata"), ("Anjali", "Prasad")],
    "IE": [("Aoife", "Ni Bhriain"), ("Padraig", "O'Sullivan"), ("Niamh", "Fitzgerald"),
           ("Ciaran", "MacNamara"), ("Oluwaseun", "Adeyemi"), ("Grainne", "Kavanagh")],
}
_NICK = {"William": "Bill", "Robert": "Bob", "Margaret": "Peggy", "Elizabeth": "Betty",
         "James": "Jim", "Patricia": "Pat", "Richard": "Dick", "Catherine": "Kate"}

_STREETS = {
    "US": ["Maple Ave", "Lincoln St", "Old Orchard Rd", "Briarwood Ln", "W 38th St",
           "Pleasant Valley Dr", "Juniper Ct", "N Washington Blvd"],
    "UK": ["Stanley Road", "Victoria Terrace", "Beech Grove", "Chapel Lane", "Cromwell Close",
           "Albert Street", "Moorside Crescent"],
    "CA": ["Dundas St W", "Rue Saint-Denis", "Birchmount Rd", "Lakeshore Blvd E", "Wellington Cres"],
    "AU": ["Parramatta Rd", "Smith St", "Banksia Ave", "Wattle Grove", "Beach Rd", "Hume Hwy"],
    "NZ": ["Dominion Rd", "Great South Rd", "Kowhai St", "Tui Crescent", "Riccarton Rd"],
    "IE": ["Main Street", "Church Road", "Ballymun Road", "St Patrick's Terrace", "Mill Lane"],
}
_TOWNS = {
    "US": [("Worcester", "MA"), ("Dayton", "OH"), ("Round Rock", "TX"), ("Kenosha", "WI"),
           ("Bakersfield", "CA"), ("Toms River", "NJ"), ("Gastonia", "NC"), ("Spokane", "WA")],
    "UK": [("Rotherham", ""), ("Kettering", ""), ("Bootle", ""), ("Llanelli", ""),
           ("Paisley", ""), ("Stockport", ""), ("Gateshead", "")],
    "CA": [("Mississauga", "ON"), ("Laval", "QC"), ("Red Deer", "AB"), ("Surrey", "BC"),
           ("Moncton", "NB")],
    "AU": [("Campbelltown", "NSW"), ("Frankston", "VIC"), ("Ipswich", "QLD"),
           ("Elizabeth", "SA"), ("Joondalup", "WA")],
    "NZ": [("Manurewa", ""), ("Porirua", ""), ("Hamilton", ""), ("Papakura", ""),
           ("Rotorua", ""), ("Invercargill", "")],
    "IE": [("Tallaght", ""), ("Ennis", ""), ("Mullingar", ""), ("Dundalk", ""),
           ("Ballincollig", ""), ("Navan", "")],
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_NINETY = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five",
           "ninety-six", "ninety-seven"]


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


@dataclass
class Person:
    first: str
    last: str
    mi: str
    sex: str


@dataclass
class Ctx:
    rng: random.Random
    country: str
    pt: Person
    dob: date
    today: date
    age: int
    town: str
    region: str
    extra: dict[str, Any] = field(default_factory=dict)

    # ---- people -------------------------------------------------------------------------
    def person(self) -> Person:
        r = self.rng
        if r.random() < 0.3:
            first, last = r.choice(_CURATED[self.country])
        else:
            f = _faker(_LOCALE[self.country])
            f.seed_instance(r.randrange(1 << 30))
            first, last = f.first_name(), f.last_name()
        return Person(first, last, r.choice("ABCDEFGHJKLMNPRSTW"), r.choice("FM"))

    def name(self, b: NoteBuilder, p: Person, form: str = "") -> NoteBuilder:
        r = self.rng
        form = form or r.choice(["full", "full", "mi", "lastfirst", "init", "last", "first"])
        if form == "full":
            return b.p("NAME", f"{p.first} {p.last}")
        if form == "mi":
            return b.p("NAME", f"{p.first} {p.mi}. {p.last}")
        if form == "lastfirst":
            return b.p("NAME", f"{p.last.upper()}, {p.first}" if r.random() < 0.5
                       else f"{p.last}, {p.first} {p.mi}")
        if form == "init":
            return b.p("NAME", f"{p.first[0]}. {p.last}")
        if form == "last":
            return b.p("NAME", p.last)
        if form == "first":
            return b.p("NAME", p.first)
        if form == "lower":
            return b.p("NAME", f"{p.first.lower()} {p.last.lower()}" if r.random() < 0.6
                       else p.last.lower())
        if form == "caps":
            return b.p("NAME", f"{p.last.upper()} {p.first.upper()}")
        if form == "initials":
            return b.p("NAME", f"{p.first[0]}{p.last[0]}" if r.random() < 0.5
                       else f"{p.first[0]}.{p.last[0]}.")
        if form == "nick":
            nick = _NICK.get(p.first, p.first[:3] + "ie")
            b.p("NAME", p.first).t(' "').p("NAME", nick).t('" ')
            return b.p("NAME", p.last)
        raise ValueError(form)

    def staff(self, b: NoteBuilder, title: str = "Dr", form: str = "") -> NoteBuilder:
        p = self.person()
        if title:
            b.t(title + " ")
        return self.name(b, p, form or self.rng.choice(["full", "last", "init", "mi"]))

    # ---- dates --------------------------------------------------------------------------
    def d(self, b: NoteBuilder, d: date, fmt: str = "") -> NoteBuilder:
        us = self.country == "US"
        fmts = (["us", "us", "us2", "iso", "long_us", "abbr_us", "dmy_mon", "md"] if us else
                ["uk", "uk", "uk2", "long", "ord", "abbr", "dmy_mon", "dm", "dot", "iso"])
        fmt = fmt or self.rng.choice(fmts)
        m = _MONTHS[d.month - 1]
        out = {
            "us": f"{d.month}/{d.day}/{d.year}", "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
            "us2": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(),
            "long_us": f"{m} {d.day}, {d.year}", "abbr_us": f"{m[:3]} {d.day}, {d.year}",
            "dmy_mon": f"{d.day:02d}-{m[:3]}-{d.year}", "md": f"{d.month}/{d.day}",
            "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "uk2": f"{d.day}/{d.month}/{d.year % 100:02d}",
            "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{_ord(d.day)} {m}",
            "abbr": f"{d.day} {m[:3]} {d.year}", "dm": f"{d.day}/{d.month}",
            "dot": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
            "cmp": f"{d.day:02d}{m[:3].upper()}{d.year}", "my": f"{m} {d.year}",
            "short_my": f"{m[:3]} {d.year}",
        }[fmt]
        return b.p("DATE", out)

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def ahead(self, days: int) -> date:
        return self.today + timedelta(days=days)

    # ---- contact / place ----------------------------------------------------------------
    def phone(self, b: NoteBuilder, mobile: bool | None = None) -> NoteBuilder:
        r, c = self.rng, self.country
        mob = r.random() < 0.5 if mobile is None else mobile
        n = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        if c in ("US", "CA"):
            a = r.choice(["617", "937", "512", "262", "416", "905", "514", "780"])
            s = r.choice([f"({a}) 555-{n(4)}", f"{a}-555-{n(4)}", f"{a}.555.{n(4)}",
                          f"+1 {a} 555 {n(4)}", f"{a}-555-{n(4)} x{n(3)}", f"{a} 555 {n(4)}"])
        elif c == "UK":
            s = (r.choice([f"07700 900{n(3)}", f"+44 7700 900{n(3)}", f"07700900{n(3)}"]) if mob
                 else r.choice([f"01632 960{n(3)}", f"0113 496 0{n(3)}", f"(0161) 496 0{n(3)}"]))
        elif c == "AU":
            s = (r.choice([f"0412 {n(3)} {n(3)}", f"0491 570 {n(3)}", f"+61 412 {n(3)} {n(3)}"])
                 if mob else r.choice([f"(02) 9{n(3)} {n(4)}", f"03 9{n(3)} {n(4)}"]))
        elif c == "NZ":
            s = (r.choice([f"021 {n(3)} {n(4)}", f"027-{n(3)}-{n(4)}", f"+64 21 {n(3)} {n(3)}"])
                 if mob else r.choice([f"09 {n(3)} {n(4)}", f"(04) {n(3)} {n(4)}"]))
        else:
            s = (r.choice([f"087 {n(3)} {n(4)}", f"086-{n(7)}", f"+353 85 {n(3)} {n(4)}"])
                 if mob else r.choice([f"(01) {n(3)} {n(4)}", f"065 68{n(5)}", f"021-4{n(6)}"]))
        return b.p("PHONE", s)

    def street(self, b: NoteBuilder) -> NoteBuilder:
        r, c = self.rng, self.country
        st = r.choice(_STREETS[c])
        num = r.randrange(2, 480)
        s = {
            "US": r.choice([f"{num} {st}", f"{num} {st}, Apt {r.randrange(1, 40)}{r.choice('ABC')}",
                            f"{num} {st} #{r.randrange(100, 999)}"]),
            "UK": r.choice([f"{num} {st}", f"Flat {r.randrange(1, 30)}, {num} {st}"]),
            "CA": r.choice([f"{num} {st}", f"{r.randrange(101, 2400)}-{num} {st}"]),
            "AU": r.choice([f"{num} {st}", f"{r.randrange(1, 20)}/{num} {st}"]),
            "NZ": r.choice([f"{num} {st}", f"{r.randrange(1, 9)}/{num} {st}",
                            f"{num}{r.choice('AB')} {st}"]),
            "IE": r.choice([f"{num} {st}", f"Apt {r.randrange(1, 60)}, {st}"]),
        }[c]
        return b.p("ADDRESS", s)

    def zipc(self, b: NoteBuilder) -> NoteBuilder:
        r, c = self.rng, self.country
        L = "ABDEFGHJLNPRSTUWXY"
        s = {
            "US": f"{r.randrange(10000, 99999)}" + (f"-{r.randrange(1000, 9999)}" if r.random() < .2 else ""),
            "UK": f"{r.choice(['S', 'NN', 'L', 'SA', 'PA', 'SK', 'NE'])}{r.randrange(1, 30)} "
                  f"{r.randrange(1, 9)}{r.choice(L)}{r.choice(L)}",
            "CA": f"{r.choice('KLMNT')}{r.randrange(10)}{r.choice(L)} {r.randrange(10)}{r.choice(L)}"
                  f"{r.randrange(10)}",
            "AU": f"{r.choice([2, 3, 4, 5, 6])}{r.randrange(100, 999)}",
            "NZ": f"{r.choice([0, 2, 3, 5, 9])}{r.randrange(100, 999)}",
            "IE": f"{r.choice(['D24', 'V95', 'N91', 'A91', 'P31', 'C15'])} "
                  f"{r.choice(L)}{r.randrange(100, 999)}",
        }[c]
        return b.p("ZIP", s)

    def full_addr(self, b: NoteBuilder) -> NoteBuilder:
        self.street(b).t(", ").p("ADDRESS", self.town)
        if self.region:
            b.t(f", {self.region}")
        return self.zipc(b.t(" "))

    def mrn(self, b: NoteBuilder) -> NoteBuilder:
        r, c = self.rng, self.country
        s = {
            "US": r.choice([f"{r.randrange(10**7, 10**8)}", f"E{r.randrange(10**6, 10**7)}",
                            f"00{r.randrange(10**6, 10**7)}"]),
            "UK": r.choice([f"RX{r.randrange(10**6, 10**7)}", f"K{r.randrange(10**6, 10**7)}",
                            f"{r.randrange(10**5, 10**6)}H"]),
            "CA": f"{r.randrange(10**6, 10**7)}",
            "AU": f"{r.randrange(10**5, 10**7)}",
            "NZ": f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                  f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(1000, 9999)}",
            "IE": f"{r.randrange(10**5, 10**7)}",
        }[c]
        return b.p("ID", s)

    def natid(self, b: NoteBuilder) -> NoteBuilder:
        r, c = self.rng, self.country
        dg = lambda k: "".join(str(r.randrange(10)) for _ in range(k))
        s = {
            "US": f"1EG4-TE5-MK{r.randrange(10, 99)}", "UK": f"{dg(3)} {dg(3)} {dg(4)}",
            "CA": f"{dg(4)}-{dg(3)}-{dg(3)}-{r.choice(['AB', 'KT', 'XR'])}",
            "AU": f"{dg(4)} {dg(5)} {dg(1)}", "NZ": f"{r.choice('ZQJ')}{r.choice('AKX')}C{dg(4)}",
            "IE": f"{dg(7)}{r.choice('TWKP')}{r.choice(['', 'A', 'H'])}",
        }[c]
        return b.p("ID", s)

    def age_phrase(self, b: NoteBuilder) -> NoteBuilder:
        a = self.age
        if a >= 90 and self.rng.random() < 0.3:
            return b.p("AGE", _NINETY[min(a - 90, 7)]).t("-year-old")
        f = self.rng.choice(["{}-year-old", "{}yo", "{} y/o", "{}F" if self.pt.sex == "F" else "{}M",
                             "{} yr old"])
        pre, post = f.split("{}")
        b.t(pre)
        if a >= 90:
            b.p("AGE", str(a))
        else:
            b.c(str(a))
        return b.t(post)


def _ord(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _hhmm(r: random.Random) -> str:
    return f"{r.randrange(0, 24):02d}:{r.choice(['05', '15', '20', '40', '52'])}"


def _c(b: NoteBuilder, label: str, value: str, tail: str = "") -> NoteBuilder:
    return b.t(label).c(value).t(tail)


# ============================== US templates ==============================================
def t_ed_triage(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("triage note " + _hhmm(r) + " - pt ")
    x.name(b, x.pt, "lower")
    b.t(", ")
    x.age_phrase(b)
    b.t(" from ").p("ADDRESS", x.town).t(" brought in by wife ")
    x.name(b, Person(r.choice(["linda", "carol", "sue"]), x.pt.last.lower(), "", "F"), "first")
    b.t(". c/o cp x ").c("2 hrs").t(", radiating L arm. ")
    _c(b, "bp ", f"{r.randrange(130, 190)}/{r.randrange(70, 105)}", " ")
    _c(b, "hr ", str(r.randrange(60, 120)), " ")
    _c(b, "spo2 ", f"{r.randrange(91, 99)}%", " RA. ")
    b.t("ekg done, shown to dr ")
    x.name(b, x.person(), "lower")
    b.t(". asa ").c("324 mg").t(" chewed. esi ").c("2").t(". dob ")
    x.d(b, x.dob, "us")
    b.t(", mrn ")
    x.mrn(b)
    b.t(". to bed 14. -")
    x.name(b, x.person(), "initials")
    b.t(" rn\n")


def t_cath_lab(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("CARDIAC CATHETERIZATION REPORT\nPatient: ")
    x.name(b, x.pt, "lastfirst")
    b.t("   MRN: ")
    x.mrn(b)
    b.t("   Acct#: ").p("ID", str(r.randrange(10**9, 10**10)))
    b.t("\nDate of procedure: ")
    x.d(b, x.today)
    b.t("   Location: Cath lab 2\nOperator: ")
    x.staff(b, "", "full")
    b.t(", MD   Fellow: ")
    x.staff(b, "", "full")
    b.t(", MD\nIndication: NSTEMI, troponin ").c(f"{r.randrange(80, 4000)} ng/L")
    b.t(" peaking on ")
    x.d(b, x.ago(1), "md")
    b.t(" (yesterday).\nAccess: R radial, ").c("6 Fr").t(". Heparin ").c("5000 units")
    b.t(" IV. Contrast: ").c(f"{r.randrange(60, 180)} mL").t(" Omnipaque.\nFindings: LAD ").c("90%")
    b.t(" proximal stenosis; RCA ").c("40%").t(". LVEDP ").c(f"{r.randrange(8, 28)} mmHg").t(".\n")
    b.t("Intervention: DES ").c("3.0 x 18 mm").t(" to proximal LAD, TIMI ").c("3").t(" flow.\n")
    b.t("Plan: ticagrelor ").c("90 mg").t(" BID x ").c("12 months").t(", atorvastatin ").c("80 mg")
    b.t(". Return to CCU. Family (son ")
    x.name(b, Person(x.person().first, x.pt.last, "", "M"), "full")
    b.t(", cell ")
    x.phone(b)
    b.t(") updated.\n")


def t_cross_cover(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Night float event note ")
    x.d(b, x.today, "us0")
    b.t(" ").t(_hhmm(r)).t("\nCalled by RN ")
    x.name(b, x.person(), r.choice(["first", "full"]))
    b.t(" re: ")
    x.name(b, x.pt, "init")
    b.t(" (rm 512) with new-onset confusion. ")
    x.age_phrase(b)
    b.t(" admitted ")
    x.d(b, x.ago(3))
    b.t(" w/ CAP. Vitals: ").c(f"T {r.randrange(37, 40)}.{r.randrange(10)} C").t(", HR ")
    b.c(str(r.randrange(88, 130))).t(", BP ").c(f"{r.randrange(90, 140)}/{r.randrange(50, 85)}")
    b.t(". POC glucose ").c(f"{r.randrange(60, 300)} mg/dL").t(". CAM-ICU ").c("positive")
    b.t(".\nPlan: BMP, lactate, UA; haloperidol ").c("0.5 mg").t(" IV PRN; d/w primary team (")
    x.staff(b, "Dr.", "last")
    b.t(") in AM. Daughter ")
    x.name(b, x.person(), "full")
    b.t(" called at ")
    x.phone(b)
    b.t(", left VM.\n")


def t_ortho_pod(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Ortho Progress Note - POD#").c("2").t("\n")
    x.name(b, x.pt, "full")
    b.t(" | DOB ")
    x.d(b, x.dob, "us0")
    b.t(" | CSN ").p("ID", str(r.randrange(10**9, 10**10)))
    b.t("\nS: Pain ").c(f"{r.randrange(2, 8)}/10").t(", ambulated ").c("40 ft").t(" with PT. ")
    b.t("Tolerating diet.\nO: Hgb ").c(f"{r.randrange(8, 12)}.{r.randrange(10)}").t(" (from ")
    b.c(f"{r.randrange(12, 15)}.{r.randrange(10)}").t(" preop ")
    x.d(b, x.ago(3), "md")
    b.t("). Incision c/d/i. NVI distally.\nA/P: s/p R TKA ")
    x.d(b, x.ago(2))
    b.t(" (")
    x.staff(b, "Dr.", "last")
    b.t("). Enoxaparin ").c("40 mg").t(" SC daily x ").c("14 days").t(". Oxycodone ").c("5 mg")
    b.t(" q4h PRN. Dispo: home with HHA to ")
    x.full_addr(b)
    b.t(" when cleared by PT.\n")


def t_chemo(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Infusion Center Nursing Note\n")
    x.name(b, x.pt, "lastfirst")
    b.t(" / MRN ")
    x.mrn(b)
    b.t("\nC").c(str(r.randrange(2, 7))).t("D1 FOLFOX, ")
    x.d(b, x.today, "long_us")
    b.t(". Ht ").c(f"{r.randrange(150, 190)} cm").t(", wt ").c(f"{r.randrange(50, 110)} kg")
    b.t(", BSA ").c(f"{r.randrange(15, 23) / 10:.2f} m2").t(". ANC ").c(f"{r.randrange(15, 60) / 10}")
    b.t(", plt ").c(str(r.randrange(100, 350))).t(". Oxaliplatin ").c("85 mg/m2").t(" over ")
    b.c("2 h").t(", leucovorin ").c("400 mg/m2").t(", 5-FU pump ").c("2400 mg/m2").t(" over ")
    b.c("46 h").t(". Pump disconnect ")
    x.d(b, x.ahead(2), "md")
    b.t(" at ").t(_hhmm(r)).t(". Pt verbalized neuropathy precautions. Husband ")
    x.name(b, x.person(), "first")
    b.t(" at bedside. Next cycle ")
    x.d(b, x.ahead(14), "abbr_us")
    b.t(". ")
    x.name(b, x.person(), "full")
    b.t(", RN, OCN\n")


def t_rrt(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("RAPID RESPONSE RECORD   Event date/time: ").p("DATE", x.today.isoformat() + "T" + _hhmm(r))
    b.t("\nPt: ")
    x.name(b, x.pt, "caps")
    b.t("  MRN# ")
    x.mrn(b)
    b.t("  Unit: 6 West, bed 22\nTrigger: SBP ").c(str(r.randrange(70, 88))).t(", RR ")
    b.c(str(r.randrange(26, 36))).t(", SpO2 ").c(f"{r.randrange(80, 89)}%").t(" on ").c("4 L NC")
    b.t(".\nTeam: ")
    x.staff(b, "Dr", "full")
    b.t(" (ICU), RT ")
    x.name(b, x.person(), "full")
    b.t(", RN ")
    x.name(b, x.person(), "first")
    b.t(".\nInterventions: NS ").c("1 L").t(" bolus, ABG ").c("7.29/52/61").t(", lactate ")
    b.c(f"{r.randrange(2, 6)}.{r.randrange(10)} mmol/L").t(", BiPAP ").c("12/5").t(".\n")
    b.t("Outcome: transferred to MICU at ").t(_hhmm(r)).t(". Attending ")
    x.staff(b, "Dr.", "last")
    b.t(" notified; pager ").p("PHONE", str(r.randrange(1000, 9999))).t(".\n")


def t_ur_auth(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Utilization Review / Case Management\nCalled ").t(r.choice(["Aetna", "Humana", "UHC"]))
    b.t(" at ")
    x.phone(b, False)
    b.t(" re: inpatient auth for ")
    x.name(b, x.pt, "full")
    b.t(" (DOB ")
    x.d(b, x.dob)
    b.t(", member ID ").p("ID", f"W{r.randrange(10**8, 10**9)}").t(", SSN last 4 ")
    b.p("SSN", str(r.randrange(1000, 9999))).t("). Spoke with ")
    x.name(b, x.person(), "first")
    b.t(". Auth #").p("ID", f"A{r.randrange(10**7, 10**8)}").t(" approved ").c("3 days")
    b.t(" from ")
    x.d(b, x.ago(1), "us0")
    b.t("; next review ")
    x.d(b, x.ahead(2), "md")
    b.t(". InterQual criteria met (O2 ").c("3 L").t(", IV abx). Pt lives in ")
    b.p("ADDRESS", x.town).t(", ").t(x.region).t(" with spouse; PCP ")
    x.staff(b, "Dr.", "full")
    b.t(". SSN on facesheet ").p("SSN", f"{r.randrange(100, 899)}-{r.randrange(10, 99)}-"
                                        f"{r.randrange(1000, 9999)}").t(" verified.\n")


def t_stewardship(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Pharmacy - Antimicrobial Stewardship\n")
    x.name(b, x.pt, "mi")
    b.t(", ")
    x.age_phrase(b)
    b.t(", wt ").c(f"{r.randrange(55, 120)} kg").t(", SCr ").c(f"{r.randrange(7, 25) / 10}")
    b.t(" (baseline ").c("0.9").t(" on ")
    x.d(b, x.ago(40), "us2")
    b.t(").\nVancomycin ").c("1250 mg").t(" IV q12h started ")
    x.d(b, x.ago(2), "md")
    b.t("; trough ").c(f"{r.randrange(8, 25)}.{r.randrange(10)} mcg/mL").t(" drawn ").t(_hhmm(r))
    b.t(". AUC est ").c(f"{r.randrange(350, 650)}").t(". Blood cx (accession ")
    b.p("ID", f"MB{r.randrange(10**5, 10**6)}-{x.today.year % 100}").t(") MSSA.\n")
    b.t("Recommend: d/c vancomycin, start cefazolin ").c("2 g").t(" IV q8h. Discussed with ")
    x.staff(b, "Dr.", "last")
    b.t(". - ")
    x.name(b, x.person(), "full")
    b.t(", PharmD, ext ").p("PHONE", str(r.randrange(40000, 49999))).t("\n")


def t_resp(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("RT note ").t(_hhmm(r)).t(": ")
    x.name(b, x.pt, "lower")
    b.t(" on PRVC ").c(f"{r.randrange(380, 500)}/{r.randrange(14, 22)}").t(", PEEP ")
    b.c(str(r.randrange(5, 12))).t(", FiO2 ").c(f"{r.randrange(30, 60)}%").t(". ABG ")
    b.c(f"7.{r.randrange(28, 45)}/{r.randrange(35, 55)}/{r.randrange(60, 110)}").t(". SBT ")
    b.c("30 min").t(" passed, RSBI ").c(str(r.randrange(40, 110))).t(". Extubated to ").c("4 L NC")
    b.t(". Albuterol ").c("2.5 mg").t(" neb q4h. Intubated since ")
    x.d(b, x.ago(4), "md")
    b.t(". - ")
    x.name(b, x.person(), "initials")
    b.t(", RRT\n")


def t_portal(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("MyChart message received ")
    x.d(b, x.today, "us0")
    b.t(" ").t(_hhmm(r)).t("\nFrom: ")
    x.name(b, x.pt, "full")
    b.t("\nHi ")
    x.staff(b, "Dr.", "last")
    b.t(", can I get a refill of my lisinopril ").c("20 mg").t(" and metformin ").c("1000 mg")
    b.t("? I moved to ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t(" ")
    x.zipc(b)
    b.t(" so please send to the CVS there. My new cell is ")
    x.phone(b, True)
    b.t(" or email ").p("EMAIL", f"{x.pt.first.lower()}.{x.pt.last.lower().replace(' ', '')}"
                                 f"{r.randrange(10, 99)}@gmail.com")
    b.t(". Thanks, ")
    x.name(b, x.pt, "first")
    b.t("\n---\nReply: Refills sent, 90-day supply. A1c due - last ").c("7.4%").t(" on ")
    x.d(b, x.ago(120), "md")
    b.t(". Please schedule labs. ")
    x.name(b, x.person(), "initials")
    b.t(", MA\n")


def t_hospice(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Hospice Admission Visit - ")
    x.d(b, x.today, "long_us")
    b.t("\nPatient ")
    x.name(b, x.pt, "nick")
    b.t(" is a ")
    x.age_phrase(b)
    b.t(" with end-stage HFrEF (EF ").c(f"{r.randrange(10, 25)}%").t("), PPS ").c("30%")
    b.t(", FAST ").c("7c").t(". Lives at ")
    x.full_addr(b)
    b.t(" with daughter ")
    x.name(b, x.person(), "full")
    b.t(" (POA, h: ")
    x.phone(b, False)
    b.t("). Born ")
    x.d(b, x.dob, "long_us")
    b.t("; Medicare MBI ")
    x.natid(b)
    b.t(".\nMeds: morphine ").c("5 mg").t(" PO q2h PRN dyspnea, furosemide ").c("40 mg")
    b.t(" daily, lorazepam ").c("0.5 mg").t(" SL PRN. DNR/POLST on file, signed ")
    x.d(b, x.ago(10))
    b.t(". Chaplain ")
    x.name(b, x.person(), "full")
    b.t(" to visit Thursday.\n")


def t_psych_crisis(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("ED Behavioral Health Crisis Evaluation\nName: ")
    x.name(b, x.pt, "lastfirst")
    b.t("  FIN: ").p("ID", str(r.randrange(10**8, 10**9))).t("  Date: ")
    x.d(b, x.today, "dmy_mon")
    b.t("\nID: ").c(str(r.randrange(19, 60))).t("yo ").t("presenting after intentional ingestion of ")
    b.c(f"{r.randrange(10, 40)} x 500 mg").t(" acetaminophen ~").c("6 h").t(" PTA. APAP level ")
    b.c(f"{r.randrange(40, 200)} mcg/mL").t(". C-SSRS ").c("high risk").t(". PHQ-9 ")
    b.c(str(r.randrange(15, 27))).t(".\nCollateral: mother ")
    x.name(b, x.person(), "full")
    b.t(" (")
    x.phone(b)
    b.t("), states pt stopped sertraline ").c("100 mg").t(" around ")
    x.d(b, x.ago(25), "md")
    b.t(". Outpt therapist ")
    x.name(b, x.person(), "full")
    b.t(", LCSW.\nPlan: NAC per protocol, sitter, legal hold, psych admit when medically cleared.\n")


def t_mri(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("MRI BRAIN WITH AND WITHOUT CONTRAST\nAccession: ").p("ID", f"RAD{r.randrange(10**7, 10**8)}")
    b.t("  Exam date: ")
    x.d(b, x.today, "us0")
    b.t("\nClinical: ").c(str(r.randrange(30, 85))).t(" y/o with headaches.\nComparison: CT head ")
    x.d(b, x.ago(200), "us")
    b.t(" and MRI ")
    x.d(b, x.ago(400), "short_my")
    b.t(".\nFindings: ").c("1.4 x 1.1 cm").t(" extra-axial enhancing lesion, previously ")
    b.c("1.2 x 1.0 cm").t(". No midline shift.\nImpression: slowly enlarging meningioma.\n")
    b.t("Discussed with ")
    x.staff(b, "Dr.", "full")
    b.t(" at ").t(_hhmm(r)).t(". Dictated by ")
    x.staff(b, "", "mi")
    b.t(", MD; signed ").p("DATE", f"{x.today.month:02d}/{x.today.day:02d}/{x.today.year}")
    b.t(" ").t(_hhmm(r)).t("\n")


# ============================== UK templates ==============================================
def t_gp_results(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t(r.choice(["Riverside", "Abbey View", "Castle"]) + " Medical Practice\nDate: ")
    x.d(b, x.today, "long")
    b.t("\nDear ")
    b.t("Mr " if x.pt.sex == "M" else "Mrs ")
    x.name(b, x.pt, "last")
    b.t(",\nRe: your blood tests taken on ")
    x.d(b, x.ago(9), "ord")
    b.t("\nNHS No: ")
    x.natid(b)
    b.t("   Address: ")
    x.full_addr(b)
    b.t("\nYour HbA1c was ").c(f"{r.randrange(42, 70)} mmol/mol").t(" and eGFR ")
    b.c(str(r.randrange(45, 90))).t(". Cholesterol ").c(f"{r.randrange(4, 7)}.{r.randrange(10)}")
    b.t(". Please increase atorvastatin to ").c("40 mg").t(" at night. Repeat bloods in ")
    b.c("3/12").t(" and review 6/12 with the practice nurse. Ring ")
    x.phone(b, False)
    b.t(" to book.\nYours sincerely,\n")
    x.staff(b, "Dr", "full")
    b.t("\nGP Partner\n")


def t_amu(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("AMU clerking ")
    x.d(b, x.today, "uk")
    b.t(" ").t(_hhmm(r)).t("  Hosp no ")
    x.mrn(b)
    b.t("\n")
    x.name(b, x.pt, "caps")
    b.t(", ")
    x.age_phrase(b)
    b.t(", from ").p("ADDRESS", x.town).t(" (lives alone, warden controlled flat)\n")
    b.t("PC: SOB ").c("3/7").t(".\nHPC: worsening breathlessness since Sun, ankle swelling. ")
    b.t("Seen by GP ")
    x.staff(b, "Dr", "last")
    b.t(" on ")
    x.d(b, x.ago(2), "dm")
    b.t(" - furosemide ↑ to ").c("80 mg").t(".\nPMH: AF, T2DM, CKD3b. DH: apixaban ").c("2.5 mg")
    b.t(" BD, bisoprolol ").c("2.5 mg").t(" OD.\nO/E: HR ").c(str(r.randrange(90, 140)))
    b.t(" irreg, BP ").c(f"{r.randrange(100, 160)}/{r.randrange(60, 95)}").t(", sats ")
    b.c(f"{r.randrange(88, 96)}%").t(" RA, NEWS2 ").c(str(r.randrange(3, 8))).t(". BNP ")
    b.c(str(r.randrange(800, 6000))).t(".\nImp: decompensated HF.\nPlan: IV furosemide ").c("80 mg")
    b.t(" BD, daily wts, fluid restrict ").c("1.5 L").t(", echo. NOK son ")
    x.name(b, x.person(), "full")
    b.t(" mob ")
    x.phone(b, True)
    b.t(".\n")
    x.name(b, x.person(), "full")
    b.t(", FY1, bleep ").p("PHONE", str(r.randrange(1000, 9999))).t("\n")


def t_physio(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Physiotherapy - Ward 7B  ")
    x.d(b, x.today, "uk2")
    b.t("\n")
    x.name(b, x.pt, r.choice(["full", "init"]))
    b.t(" seen for mobility. Lives in ").p("ADDRESS", x.town).t(", 2-storey house, ")
    b.c("14 steps").t(" with rail. Independent with stick PTA.\nToday: sit-to-stand ")
    b.c("x3").t(" with min assist, mobilised ").c("15 m").t(" with ZF and 1. Tinetti ")
    b.c(str(r.randrange(10, 24))).t("/28. SpO2 ").c(f"{r.randrange(92, 99)}%").t(".\n")
    b.t("Plan: review 3/7, OT referral for home visit; daughter ")
    x.name(b, x.person(), "first")
    b.t(" to bring shoes. - ")
    x.name(b, x.person(), "init")
    b.t(", Band 6 PT\n")


def t_hf_nurse(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Heart Failure Specialist Nurse - home visit\n")
    x.name(b, x.pt, "lastfirst")
    b.t("  DOB ")
    x.d(b, x.dob, "uk")
    b.t("  NHS ")
    x.natid(b)
    b.t("\nVisited at ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t(" on ")
    x.d(b, x.today, "ord")
    b.t(". Wt ").c(f"{r.randrange(60, 100)}.{r.randrange(10)} kg").t(" (dry wt ")
    b.c(f"{r.randrange(60, 100)} kg").t("), BP ").c(f"{r.randrange(95, 140)}/{r.randrange(55, 85)}")
    b.t(", K+ ").c(f"{r.randrange(38, 56) / 10}").t(". NYHA ").c("II").t(".\nUptitrated sacubitril/")
    b.t("valsartan to ").c("49/51 mg").t(" BD. Dapagliflozin ").c("10 mg").t(" OD continues. ")
    b.t("Bloods 2/52. Next visit ")
    x.d(b, x.ahead(14), "dm")
    b.t(". Contact HF team ")
    x.phone(b, False)
    b.t(".\n")
    x.name(b, x.person(), "full")
    b.t(", HFSN\n")


def t_coe_round(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("WR (")
    x.staff(b, "Dr", "last")
    b.t(", CoE consultant) ")
    x.d(b, x.today, "dot")
    b.t("\n")
    x.age_phrase(b)
    b.t(" lady, " if x.pt.sex == "F" else " gentleman, ").t("day ").c("6").t(" post #NOF (DHS ")
    x.d(b, x.ago(6), "dm")
    b.t("). AMTS ").c(f"{r.randrange(4, 10)}/10").t(", 4AT ").c(str(r.randrange(0, 8)))
    b.t(". Hb ").c(f"{r.randrange(80, 120)}").t(", Na ").c(str(r.randrange(128, 145)))
    b.t(". Eating ").c("50%").t(" of meals.\nCFS ").c("6").t(". Husband (")
    b.p("AGE", str(r.randrange(90, 97))).t(") also frail - lives at ")
    x.street(b)
    b.t(".\nPlan: PT/OT, vit D, alendronate ").c("70 mg").t(" weekly, TTO 5/7 once D2A ")
    b.t("bed; CT if ↓GCS. Discussed with granddaughter ")
    x.name(b, x.person(), "full")
    b.t(" ")
    x.phone(b, True)
    b.t(".\n")


def t_111(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("OOH/111 call record  Case ").p("ID", f"{r.randrange(10**7, 10**8)}").t("  Received ")
    b.p("DATE", x.today.isoformat() + "T" + _hhmm(r) + ":00Z")
    b.t("\nCaller: ")
    x.name(b, x.person(), "full")
    b.t(" (wife) on ")
    x.phone(b)
    b.t(", re patient ")
    x.name(b, x.pt, "full")
    b.t(", DOB ")
    x.d(b, x.dob, "uk")
    b.t(", at ")
    x.full_addr(b)
    b.t(".\nSx: vomiting x ").c("24 hrs").t(", unable to keep down metformin. CBG ").c("14.2")
    b.t(". Ketones ").c("0.4").t(".\nOutcome: speak to OOH GP within ").c("2 hrs").t("; worsening ")
    b.t("care advice given. Registered GP ")
    x.staff(b, "Dr", "init")
    b.t(". Call handler: ")
    x.name(b, x.person(), "initials")
    b.t("\n")


def t_memory(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Memory Assessment Service\nClinic date: ")
    x.d(b, x.today, "long")
    b.t("   Hospital number ")
    x.mrn(b)
    b.t("\nDear ")
    x.staff(b, "Dr", "last")
    b.t(",\nI saw ")
    b.t("Mr " if x.pt.sex == "M" else "Mrs ")
    x.name(b, x.pt, "last")
    b.t(" (")
    x.age_phrase(b)
    b.t(") with his/her ").t("niece ")
    x.name(b, x.person(), "full")
    b.t(". ACE-III ").c(f"{r.randrange(55, 88)}/100").t(" (A ").c("9/18").t(", M ")
    b.c("12/26").t("); MoCA previously ").c(f"{r.randrange(16, 26)}/30").t(" in ")
    x.d(b, x.ago(365), "my")
    b.t(". CT head ")
    x.d(b, x.ago(30), "abbr")
    b.t(": small vessel disease.\nImpression: mixed dementia. Started donepezil ").c("5 mg")
    b.t(" ON, increase to ").c("10 mg").t(" after 4/52. Review 6/12 in clinic.\n")
    x.staff(b, "Dr", "full")
    b.t(", Consultant Old Age Psychiatrist\ncc: ")
    x.name(b, x.pt, "init")
    b.t(", ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t("\n")


# ============================== Canada ====================================================
def t_homecare(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Home and Community Care referral  ")
    x.d(b, x.today, "iso")
    b.t("\nClient: ")
    x.name(b, x.pt, "lastfirst")
    b.t("  OHIP ")
    x.natid(b)
    b.t("  DOB ")
    x.d(b, x.dob, "iso")
    b.t("\nAddress: ")
    x.full_addr(b)
    b.t("  Tel ")
    x.phone(b, False)
    b.t("\nServices: nursing for PICC care (cefazolin ").c("2 g").t(" IV q8h to ")
    x.d(b, x.ahead(21), "abbr_us")
    b.t("), PSW ").c("2 h/day").t(". Braden ").c(str(r.randrange(12, 20))).t(". Wound ")
    b.c("3 x 2 cm").t(" sacral.\nSubstitute decision-maker: ")
    x.name(b, x.person(), "full")
    b.t(", ")
    x.phone(b, True)
    b.t(". Referring MRP ")
    x.staff(b, "Dr.", "full")
    b.t(" (CPSO ").p("ID", str(r.randrange(10**5, 10**6))).t(").\n")


def t_gim_consult(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("ED consult request to GIM - ")
    x.d(b, x.today, "abbr_us")
    b.t(" ").t(_hhmm(r)).t("\n")
    x.age_phrase(b)
    b.t(" from ").p("ADDRESS", x.town).t(", ").t(x.region).t(", ")
    x.name(b, x.pt, r.choice(["full", "mi"]))
    b.t(", chart ")
    x.mrn(b)
    b.t(". Na ").c(str(r.randrange(118, 128))).t(" (was ").c("136").t(" on ")
    x.d(b, x.ago(60), "iso")
    b.t("), serum osm ").c(str(r.randrange(240, 270))).t(", urine Na ").c(str(r.randrange(20, 70)))
    b.t(". On hydrochlorothiazide ").c("25 mg").t(". GCS ").c("15").t(".\nQ: SIADH vs thiazide; ")
    b.t("please admit. Paged ")
    x.staff(b, "Dr.", "last")
    b.t(" at ").p("PHONE", f"{r.randrange(1000, 9999)}").t(". - ")
    x.staff(b, "Dr.", "init")
    b.t(", EM\n")


def t_walkin(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Walk-in clinic visit ")
    x.d(b, x.today, "uk")
    b.t("\n")
    x.name(b, x.pt, "full")
    b.t(", ").c(str(r.randrange(18, 70))).t(" y, RAMQ/OHIP ")
    x.natid(b)
    b.t(". Sore throat ").c("4 days").t(", Centor ").c(str(r.randrange(1, 5))).t(", T ")
    b.c(f"38.{r.randrange(10)}").t(". Rapid strep ").c("positive").t(".\nRx amoxicillin ")
    b.c("500 mg").t(" TID x ").c("10 days").t(". Note for employer (off until ")
    x.d(b, x.ahead(2), "long_us")
    b.t("). Works at Loblaws. F/u with family doc ")
    x.staff(b, "Dr.", "last")
    b.t(" PRN.\n")


# ============================== Australia =================================================
def t_hith(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Hospital in the Home review  ")
    x.d(b, x.today, "uk")
    b.t("\nUR ")
    x.mrn(b)
    b.t("  ")
    x.name(b, x.pt, "caps")
    b.t("  Medicare ")
    x.natid(b)
    b.t("\nSeen at home, ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t(" ").t(x.region).t(" ")
    x.zipc(b)
    b.t(". Day ").c("5").t(" of IV ceftriaxone ").c("2 g").t(" daily via PICC for cellulitis L leg. ")
    b.t("Erythema receding (marked ")
    x.d(b, x.ago(5), "dm")
    b.t("). T ").c("36.8").t(", CRP ").c(str(r.randrange(10, 90))).t(" (from ").c("212").t(").\n")
    b.t("Plan: switch to oral cefalexin ").c("500 mg").t(" QID, discharge from HITH ")
    x.d(b, x.ahead(1), "dm")
    b.t(". Wife ")
    x.name(b, x.person(), "first")
    b.t(" mob ")
    x.phone(b, True)
    b.t(". ")
    x.name(b, x.person(), "init")
    b.t(", CNS\n")


def t_isbar(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Ambulance handover (ISBAR)  Case no ").p("ID", f"{r.randrange(10**7, 10**8)}").t("\n")
    b.t("I: ")
    x.name(b, x.pt, r.choice(["full", "lower"]))
    b.t(", ")
    x.age_phrase(b)
    b.t(", DOB ")
    x.d(b, x.dob, "uk")
    b.t("\nS: fall at home ").t(_hhmm(r)).t(", long lie ~").c("6 h").t(", found by neighbour ")
    x.name(b, x.person(), "first")
    b.t(".\nB: lives alone at ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t("; warfarin, INR ").c(f"{r.randrange(15, 40) / 10}")
    b.t(".\nA: GCS ").c("14").t(", HR ").c(str(r.randrange(60, 110))).t(", BP ")
    b.c(f"{r.randrange(100, 170)}/{r.randrange(60, 95)}").t(", BGL ").c(f"{r.randrange(4, 12)}.{r.randrange(10)}")
    b.t(", pain ").c("7/10").t(" L hip, shortened/rotated. Methoxyflurane ").c("3 mL").t(".\n")
    b.t("R: resus bay 3, CT head. Paramedic ")
    x.name(b, x.person(), "full")
    b.t(" #").p("ID", f"P{r.randrange(10**4, 10**5)}").t("\n")


def t_racf_gp(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("RACF GP visit - ")
    x.d(b, x.today, "abbr")
    b.t("\nResident: ")
    x.name(b, x.pt, "lastfirst")
    b.t(", room ").c(str(r.randrange(1, 60))).t(", ")
    x.age_phrase(b)
    b.t(". DVA gold card ").p("ID", f"N{r.choice('XVQ')}{r.randrange(10**5, 10**6)}")
    b.t("\nRN ")
    x.name(b, x.person(), "first")
    b.t(" reports ↓ intake and new cough. T ").c("37.9").t(", RR ").c("24").t(", SpO2 ")
    b.c("92%").t(". Crackles R base.\nImp: aspiration pneumonia. Amoxicillin-clavulanate ")
    b.c("875/125 mg").t(" BD x ").c("5 days").t(". SLP review. Not for hospital transfer per ACD ")
    b.t("dated ")
    x.d(b, x.ago(300), "uk")
    b.t(". Son ")
    x.name(b, Person(x.person().first, x.pt.last, "", "M"), "full")
    b.t(" (also ")
    b.c(str(r.randrange(60, 75))).t(") informed by phone.\n")


def t_cytology(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("CYTOLOGY REPORT   Lab no: ").p("ID", f"{x.today.year % 100}C{r.randrange(10**5, 10**6)}")
    b.t("\nPatient: ")
    x.name(b, x.pt, "caps")
    b.t("   DOB: ")
    x.d(b, x.dob, "uk")
    b.t("   Collected: ")
    x.d(b, x.ago(3), "uk")
    b.t("\nRequesting: ")
    x.staff(b, "Dr", "init")
    b.t(", ")
    b.p("ADDRESS", x.town).t(" Family Practice\nSpecimen: FNA thyroid, R lobe nodule ").c("2.3 cm")
    b.t(".\nDiagnosis: Bethesda ").c("II").t(" - benign follicular nodule.\nReported by ")
    x.staff(b, "Dr", "full")
    b.t(" ")
    x.d(b, x.today, "dot")
    b.t("\n")


# ============================== New Zealand ===============================================
def t_nz_ereferral(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("eReferral to General Surgery  ")
    x.d(b, x.today, "uk")
    b.t("\nNHI: ")
    x.natid(b)
    b.t("  Name: ")
    x.name(b, x.pt, "full")
    b.t("  DOB: ")
    x.d(b, x.dob, "uk")
    b.t("\nAddress: ")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t(" ")
    x.zipc(b)
    b.t("  Ph: ")
    x.phone(b, True)
    b.t("\nKia ora, thank you for seeing this ").c(str(r.randrange(30, 70))).t("yo with RUQ pain ")
    b.t("post fatty meals. USS ")
    x.d(b, x.ago(12), "dm")
    b.t(": gallstones, CBD ").c("5 mm").t(". LFTs: ALP ").c(str(r.randrange(80, 200)))
    b.t(", bili ").c(str(r.randrange(5, 30))).t(". BMI ").c(str(r.randrange(24, 40)))
    b.t(". Whanau support from sister ")
    x.name(b, x.person(), "first")
    b.t(". Nga mihi, ")
    x.staff(b, "Dr", "full")
    b.t(", Manurewa Medical Centre\n" if r.random() < 0.3 else "\n")


def t_b4school(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("B4 School Check  ")
    x.d(b, x.today, "long")
    b.t("\nChild: ")
    x.name(b, x.person(), "full")
    b.t(", DOB ")
    x.d(b, x.today - timedelta(days=4 * 365 + r.randrange(30, 300)), "uk")
    b.t(", NHI ")
    x.natid(b)
    b.t("\nParent: ")
    x.name(b, x.pt, "full")
    b.t(", lives in ").p("ADDRESS", x.town).t(". Ht ").c(f"{r.randrange(98, 115)} cm").t(", wt ")
    b.c(f"{r.randrange(14, 24)} kg").t(" (").c("50th centile").t("). Vision ").c("6/9").t(" both eyes, ")
    b.t("hearing pass. SDQ ").c(str(r.randrange(3, 18))).t(". Immunisations up to date. ")
    b.t("Nurse: ")
    x.name(b, x.person(), "full")
    b.t("\n")


def t_lmc(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("LMC midwife note  ")
    x.d(b, x.today, "uk")
    b.t(" ").t(_hhmm(r)).t("\n")
    x.name(b, x.pt, "first")
    b.t(" (G").c("2").t("P").c("1").t(") ").c("39+2").t(" weeks, EDD ")
    x.d(b, x.ahead(5), "ord")
    b.t(". FH ").c("37 cm").t(", FHR ").c(f"{r.randrange(120, 160)} bpm").t(", BP ")
    b.c(f"{r.randrange(100, 135)}/{r.randrange(60, 88)}").t(", urine NAD. GBS ").c("negative")
    b.t(".\nPlan: birth at Birthcare, partner ")
    x.name(b, x.person(), "full")
    b.t(" ")
    x.phone(b, True)
    b.t(". Backup midwife ")
    x.name(b, x.person(), "full")
    b.t(", RM.\n")


# ============================== Ireland ===================================================
def t_ie_ed_letter(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Emergency Department - discharge letter to GP\nRe: ")
    x.name(b, x.pt, "full")
    b.t(", DOB ")
    x.d(b, x.dob, "uk")
    b.t(", MRN ")
    x.mrn(b)
    b.t("\n")
    x.street(b)
    b.t(", ").p("ADDRESS", x.town).t(", Co. ").t(r.choice(["Meath", "Clare", "Louth"])).t(", ")
    x.zipc(b)
    b.t("\nAttended ")
    x.d(b, x.ago(1), "ord")
    b.t(" with a laceration R hand ").c("4 cm").t(", ").c("6").t(" sutures. Tetanus given. ")
    b.t("ROS ").t(r.choice(["in", "at"])).t(" practice nurse ").c("10 days").t(". ")
    b.t("Triage cat ").c("3").t(". Seen by ")
    x.staff(b, "Dr", "full")
    b.t(", SHO.\nPPSN ")
    x.natid(b)
    b.t(" (medical card).\n")


def t_ie_ntd(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("National Transfer Document (nursing home -> ED)\nResident: ")
    x.name(b, x.pt, "lastfirst")
    b.t("  Age ")
    b.p("AGE", str(x.age)) if x.age >= 90 else b.c(str(x.age))
    b.t("  Date ")
    x.d(b, x.today, "uk")
    b.t("\nFrom: ").t(r.choice(["St Joseph's", "Ashford House", "Oakwood"])).t(" Nursing Home, ")
    b.p("ADDRESS", x.town).t(". Contact ")
    x.phone(b, False)
    b.t("\nNOK: ")
    x.name(b, x.person(), "full")
    b.t(" (nephew) ")
    x.phone(b, True)
    b.t("\nReason: ↓GCS ").c("12").t(", BM ").c(f"{r.randrange(2, 4)}.{r.randrange(10)}")
    b.t(". On gliclazide ").c("80 mg").t(" BD. Baseline: Barthel ").c(str(r.randrange(20, 80)))
    b.t(", mobile with frame. DNAR signed ")
    x.d(b, x.ago(90), "abbr")
    b.t(". Nurse: ")
    x.name(b, x.person(), "full")
    b.t(", RGN\n")


def t_ie_haem(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("Haematology OPD  ")
    x.d(b, x.today, "long")
    b.t("\nDear ")
    x.staff(b, "Dr", "last")
    b.t(",\nI reviewed ")
    x.name(b, x.pt, "full")
    b.t(" in clinic today. Hb ").c(f"{r.randrange(90, 130)} g/L").t(", MCV ").c(str(r.randrange(70, 110)))
    b.t(", ferritin ").c(str(r.randrange(5, 40))).t(". Paraprotein ").c("4 g/L").t(" IgG kappa, stable ")
    b.t("since ")
    x.d(b, x.ago(180), "my")
    b.t(". MGUS - low risk. Ferrous fumarate ").c("210 mg").t(" OD. Repeat SPEP 6/12; ")
    b.t("I will see ")
    b.t("him" if x.pt.sex == "M" else "her").t(" again in ").c("12 months").t(".\nKind regards, ")
    x.staff(b, "Dr", "full")
    b.t("\n")


# ============================== lab ======================================================
def t_rejection(b: NoteBuilder, x: Ctx) -> None:
    r = x.rng
    b.t("LAB COMMENT: specimen ").p("ID", f"{r.randrange(10**9, 10**10)}").t(" for ")
    x.name(b, x.pt, "lastfirst")
    b.t(" (MRN ")
    x.mrn(b)
    b.t(") rejected - haemolysed, K+ ").c(f"{r.randrange(60, 80) / 10}").t(" unreliable. Collected ")
    b.p("DATE", f"{x.today.strftime('%Y%m%d')}").t(" ").t(_hhmm(r)).t(". Ward informed (")
    x.name(b, x.person(), "first")
    b.t(") ").t(_hhmm(r)).t("; recollect requested. ")
    x.name(b, x.person(), "initials")
    b.t(" BMS\n")


TEMPLATES: list[tuple[str, str, Callable[[NoteBuilder, Ctx], None]]] = [
    ("US", "ed_triage", t_ed_triage), ("UK", "gp_results", t_gp_results),
    ("CA", "homecare", t_homecare), ("AU", "hith", t_hith), ("NZ", "ereferral", t_nz_ereferral),
    ("IE", "ed_letter", t_ie_ed_letter), ("US", "cath_lab", t_cath_lab), ("UK", "amu", t_amu),
    ("US", "cross_cover", t_cross_cover), ("AU", "isbar", t_isbar), ("UK", "physio", t_physio),
    ("NZ", "b4school", t_b4school), ("US", "ortho_pod", t_ortho_pod), ("IE", "ntd", t_ie_ntd),
    ("UK", "hf_nurse", t_hf_nurse), ("US", "chemo", t_chemo), ("CA", "gim_consult", t_gim_consult),
    ("AU", "racf_gp", t_racf_gp), ("US", "rrt", t_rrt), ("UK", "coe_round", t_coe_round),
    ("NZ", "lmc", t_lmc), ("US", "ur_auth", t_ur_auth), ("UK", "ooh_111", t_111),
    ("CA", "walkin", t_walkin), ("US", "stewardship", t_stewardship), ("AU", "cytology", t_cytology),
    ("IE", "haem", t_ie_haem), ("US", "resp", t_resp), ("UK", "memory", t_memory),
    ("US", "portal", t_portal), ("US", "hospice", t_hospice), ("US", "psych_crisis", t_psych_crisis),
    ("US", "mri", t_mri), ("UK", "rejection", t_rejection),
]

_OLD = {"hospice", "coe_round", "ntd", "racf_gp", "memory"}


def _patient(x: Ctx, mrn: str) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": f"v17-{mrn}",
        "identifier": [{"type": {"text": "MRN"}, "value": mrn}],
        "name": [{"family": x.pt.last, "given": [x.pt.first, x.pt.mi]}],
        "gender": "female" if x.pt.sex == "F" else "male",
        "birthDate": x.dob.isoformat(),
        "address": [{"city": x.town, "state": x.region or None}],
    }


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic (seeded)."""
    notes: list[Note] = []
    for i in range(n):
        country, kind, fn = TEMPLATES[i % len(TEMPLATES)]
        r = random.Random(_SEED * 1000 + i)
        old = kind in _OLD and r.random() < 0.7
        age = r.randrange(90, 103) if old else r.randrange(19, 89)
        today = _BASE + timedelta(days=r.randrange(0, 420))
        dob = today - timedelta(days=age * 365 + r.randrange(0, 360))
        town, region = r.choice(_TOWNS[country])
        x = Ctx(r, country, Person("", "", "", "F"), dob, today, age, town, region)
        x.pt = x.person()
        b = NoteBuilder()
        fn(b, x)
        mrn = next((b.parts and "".join(b.parts)[s:e] for s, e, k in b.phi if k == "ID"), f"N{i}")
        notes.append(b.build(_patient(x, mrn)))
    return notes


