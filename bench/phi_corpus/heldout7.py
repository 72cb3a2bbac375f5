"""HELD-OUT v7 PHI corpus: written before the seventh deid round, never tuned on.

Every Faker locale with person names is either in the shipped name lists or reserved by
v1-v6 (see ``build_name_lists.py``), so v7's names are INVENTED from two syllable
inventories used by no other corpus: an open-syllable (CV) inventory ("Tavelu Hinamoa") and
a closed-syllable compound inventory ("Brennwald Osgarth"), plus hyphenated double-barrelled
surnames and initials made from them. No Faker locale is used for names; ``LOCALES`` is
empty (nothing to exclude from the name lists). Faker en_US supplies only street/city/
domain strings (already seen by the lists' en_US source, they are ADDRESS, not NAME).

Templates are new: dietetic review, US-style outpatient clinic letter, maternity booking,
ICU nursing handover, crisis-team note, referral e-mail thread, district-nurse home visit,
lab phone-result log. Formats differ from v6 on purpose: dates "12-Aug-2026", "2026/08/12",
"12.08.2026", "Aug 12th, 2026", "Monday, August 12", "08-12-26", "3 Sept", "the 12th",
"12/08/2026 14:30"; phones with extensions, "(555) 123-4567 ext. 204", "+44 (0)20 7946 0958",
"+61 4 1234 5678", "+33 6 12 34 56 78", "+91 98765 43210", "+1-555-123-4567"; ids
"NHS 485 777 3456", "AB-778812", "H0012345", "Acc# 24-118823", "WW/2025/0442", "7781-B";
ZIP+4, UK postcodes, "Dayton, OH 45402"; e-mails with plus tags, sub-domains and capitals;
addresses with flats/units/PO boxes. Clinical values next to them use notations that look
like dates, phones and ids: "review 6/52", "2/7 hx", "3/12 FU", "0800", "14:30", "GCS 14/15",
"BP 142/88", "INR 2.0-3.0", "1:1 obs", "FiO2 0.35", "PEEP 8", "QTc 478 ms", "G2P1",
"20G cannula", "4/5 power". Run only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES: list[str] = []  # names are invented (see module docstring)

_CV_ON = ["h", "k", "l", "m", "n", "p", "t", "v", "f", "r", "ng", "w", "s"]
_CV_NUC = ["a", "e", "i", "o", "u", "au", "ei", "oa"]
_CC_A = ["Brenn", "Osg", "Thal", "Veld", "Corm", "Dusk", "Halv", "Merr", "Strom", "Ulf", "Garr",
         "Wyth", "Kell", "Rav", "Ebb", "Fenn", "Iss", "Jorv"]  # fmt: skip
_CC_B = ["wald", "arth", "ric", "mund", "ley", "ster", "gard", "holt", "wyn", "brand", "mere",
         "tock", "ven", "oth", "rill", "dane"]  # fmt: skip

RX = ["Bisoprolol 2.5 mg OD", "Ramipril 5 mg OD", "Edoxaban 60 mg OD", "Dapagliflozin 10 mg OD",
      "Prednisolone 30 mg OD", "Co-amoxiclav 625 mg TDS", "Oxycodone 5 mg PRN", "Ondansetron 4 mg IV",
      "Thiamine 100 mg TDS", "Ferrous fumarate 210 mg BD", "Labetalol 200 mg BD", "Nifedipine MR 20 mg BD",
      "Folic acid 5 mg OD", "Sando-K 2 tabs BD", "Dalteparin 5000 units SC", "Lorazepam 1 mg PRN",
      "Olanzapine 5 mg ON", "Mirtazapine 15 mg ON", "Fortisip 1 bottle BD", "Creon 25000 with meals"]  # fmt: skip
OBS = ["BP 142/88", "HR 58", "RR 22", "SpO2 94% RA", "T 37.9", "GCS 14/15", "CBG 3.4",
       "Pain 6/10", "K 3.1", "Mg 0.58", "PO4 0.42", "Alb 24", "BMI 16.8", "Wt 48.2 kg",
       "Hb 102 g/L", "Plt 88", "INR 2.0-3.0", "QTc 478 ms", "pH 7.29", "pCO2 7.1",
       "FiO2 0.35", "PEEP 8", "MAP 64", "Lactate 2.4", "UO 25 ml/h"]  # fmt: skip
NOTATION = ["review 6/52", "2/7 hx", "3/12 FU", "1:1 obs", "4/5 power", "G2P1", "20G cannula",
            "size 7.5 ETT", "1/52 ago", "CTG x2", "NBM from 0200", "MUST 3", "RASS -2",
            "CAM-ICU neg", "PHQ-9 19", "GAD-7 15", "AUDIT 24", "Bristol 6", "Edinburgh 14/30"]  # fmt: skip


def _cv_name(r: random.Random) -> str:
    return "".join(r.choice(_CV_ON) + r.choice(_CV_NUC) for _ in range(r.choice([2, 3, 3, 4]))).capitalize()


def _cc_name(r: random.Random) -> str:
    return r.choice(_CC_A) + r.choice(_CC_B)


class _People:
    def first(self, r: random.Random) -> str:
        return _cv_name(r) if r.random() < 0.6 else _cc_name(r)

    def last(self, r: random.Random) -> str:
        x = r.random()
        if x < 0.1:
            return f"{_cc_name(r)}-{_cv_name(r)}"
        return _cv_name(r) if x < 0.5 else _cc_name(r)

    def full(self, r: random.Random) -> str:
        if r.random() < 0.15:
            return f"{self.first(r)[0]}. {self.last(r)}"
        return f"{self.first(r)} {self.last(r)}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _date(r: random.Random, us: Faker) -> str:
    d = us.date_between("-2y", "+60d")
    mon4 = {"Sep": "Sept"}.get(f"{d:%b}", f"{d:%b}")
    return r.choice([
        d.strftime("%d-%b-%Y"), d.strftime("%Y/%m/%d"), d.strftime("%d.%m.%Y"),
        f"{d:%b} {_ordinal(d.day)}, {d:%Y}", f"{d:%A}, {d:%B} {d.day}", d.strftime("%m-%d-%y"),
        f"{d.day} {mon4}", f"{d:%d/%m/%Y %H:%M}".replace("00:00", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
        f"{d.day} {d:%B}, {d:%Y}", f"{d:%a} {d.day} {d:%b}", f"{d.month}/{d.day}/{d:%Y}",
        f"{d:%d%b%y}".upper(),
    ])  # fmt: skip


def _the_nth(b: NoteBuilder, r: random.Random) -> NoteBuilder:
    """'on the 12th': 'the' is not PHI, '12th' is."""
    return b.t("the ").p("DATE", _ordinal(r.randint(1, 28)))


def _phone(r: random.Random) -> str:
    a, m, n = r.randint(201, 989), r.randint(200, 999), r.randint(1000, 9999)
    return r.choice([
        f"({a}) {m}-{n} ext. {r.randint(10, 999)}", f"{a}-{m}-{n} x{r.randint(10, 99)}",
        f"+44 (0)20 {r.randint(7000, 8999)} {n}", f"+61 4{r.randint(10, 99)} {m} {r.randint(100, 999)}",
        f"+33 6 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        f"+91 9{r.randint(1000, 9999)} {r.randint(10000, 99999)}", f"+1-{a}-{m}-{n}",
        f"0161 {r.randint(200, 999)} {n}", f"{a} {m} {n}",
    ])  # fmt: skip


def _id(r: random.Random) -> tuple[str, str]:
    """(lead text that is not PHI, id)."""
    return r.choice([
        ("NHS ", f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}"),
        ("MRN: ", f"{r.choice('ABCDHKM')}{r.choice('ABKLNR')}-{r.randint(100000, 999999)}"),
        ("hosp no ", f"H{r.randint(0, 9999999):07d}"), ("Acc# ", f"{r.randint(20, 26)}-{r.randint(100000, 999999)}"),
        ("ref ", f"WW/{r.randint(2023, 2026)}/{r.randint(1, 9999):04d}"), ("case ", f"{r.randint(1000, 9999)}-{r.choice('ABCD')}"),
        ("PAS ", f"{r.randint(0, 999999):07d}"), ("lab no. ", f"K{r.randint(1000000, 9999999)}Z"),
    ])  # fmt: skip


def _time(r: random.Random) -> str:
    return r.choice([f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}", f"{r.randint(0, 23):02d}00",
                     f"{r.randint(6, 21):02d}30hrs"])  # fmt: skip


def _zip(r: random.Random, us: Faker) -> str:
    return r.choice([us.zipcode_plus4(), us.zipcode(), (f"{r.choice(['LS', 'M', 'B', 'NE', 'CF'])}{r.randint(1, 19)} "
                     f"{r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUWXYZ')}")])  # fmt: skip


def _email(p: _People, r: random.Random, us: Faker) -> str:
    f, last = p.first(r), p.last(r).replace("-", "")
    return r.choice([
        f"{f.lower()}.{last.lower()}+clinic@mail.{us.domain_name()}", f"{f[0]}{last}@students.uni.ac.uk",
        f"{last.upper()}.{f.upper()}@{us.domain_word()}.org.uk", f"{f.lower()}_{r.randint(1, 99)}@{us.free_email_domain()}",
    ])  # fmt: skip


def _address(r: random.Random, us: Faker) -> str:
    return r.choice([f"Flat {r.randint(1, 40)}, {us.building_number()} {us.street_name()}",
                     f"Apt {r.randint(1, 12)}{r.choice('ABC')}, {us.street_address()}", f"PO Box {r.randint(100, 9999)}",
                     f"Unit {r.randint(1, 9)}/{us.building_number()} {us.street_name()}", us.street_address()])  # fmt: skip


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": f"H{r.randint(0, 9999999):07d}"}],
        "name": [{"given": [p.first(r)], "family": p.last(r)}],
        "telecom": [{"system": "phone", "value": _phone(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.zipcode()}],
        "birthDate": us.date_of_birth(minimum_age=18, maximum_age=99).isoformat(),
    }  # fmt: skip


def _g(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["given"][0])


def _f(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["family"])


def _dietetic(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    lead, ident = _id(r)
    b = NoteBuilder().t("Dietetic review ").p("DATE", _date(r, us)).t(" ").c(_time(r)).t("\n").p("NAME", f"{_g(pt)} {_f(pt)}")
    b.t(" (").t(lead).p("ID", ident).t("), ").c(r.choice(OBS[10:14])).t(", ").c(r.choice(NOTATION[11:12])).t(". Refeeding risk: ")
    b.c(r.choice(OBS[8:10])).t(", ").c(r.choice(OBS[8:12])).t(". Started ").c(r.choice(RX[18:20])).t(" and ")
    b.c(RX[8]).t(". ").p("NAME", _g(pt)).t(" prefers meals brought in by ").t(r.choice(["sister", "son", "partner"])).t(" ")
    b.p("NAME", p.first(r)).t(". Weigh ").t(r.choice(["Mon/Thu", "twice weekly"])).t(", ").c(r.choice(NOTATION[:3]))
    b.t(".\n").p("NAME", p.full(r)).t(", RD, ext ").p("PHONE", str(r.randint(2000, 6999)))
    return b


def _clinic_letter(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("CARDIOLOGY CLINIC  ").p("DATE", _date(r, us)).t("\nPatient: ").p("NAME", f"{_f(pt)}, {_g(pt)}")
    b.t("  DOB: ").p("DATE", pt["birthDate"]).t("  Acct ").p("ID", f"{r.randint(20, 26)}-{r.randint(100000, 999999)}")
    b.t("\n").p("ADDRESS", pt["address"][0]["line"][0]).t(", ").p("ADDRESS", pt["address"][0]["city"]).t(", ")
    b.t(us.state_abbr()).t(" ").p("ZIP", _zip(r, us)).t("\nSeen with her ").t(r.choice(["husband", "daughter"])).t(" ")
    b.p("NAME", p.full(r)).t(". ").c(r.choice(OBS[:4])).t(", ").c(OBS[17]).t(". Echo ").c("EF 35%").t(". Plan: ")
    b.c(r.choice(RX[:4])).t(", ").c(r.choice(NOTATION[:3])).t(".\nCall ").p("PHONE", _phone(r)).t(" with questions.\n")
    b.p("NAME", p.full(r)).t(", MD  cc: Dr ").p("NAME", p.last(r))
    return b


def _maternity(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Booking appt - ").p("NAME", _g(pt)).t(" ").p("NAME", _f(pt)).t(", ").p("AGE", str(r.randint(90, 99)))
    b.t("yo? (clerical: check) ").c(NOTATION[5]).t(", LMP ").p("DATE", _date(r, us)).t(", EDD ").p("DATE", _date(r, us))
    b.t(". ").c(r.choice(OBS[:2])).t(", ").c(OBS[14]).t(". ").c(RX[12]).t(". Midwife ").p("NAME", p.first(r))
    b.t(" (").p("PHONE", _phone(r)).t("). Scan booked for ").c(_time(r)).t(" on ")
    _the_nth(b, r).t(". Partner ").p("NAME", p.first(r)).t(" lives at ").p("ADDRESS", _address(r, us)).t(", ")
    b.p("ZIP", _zip(r, us)).t(". Email ").p("EMAIL", _email(p, r, us)).t(".")
    return b


def _icu(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    lead, ident = _id(r)
    b = NoteBuilder().t("ICU handover ").c(_time(r)).t(" ").p("DATE", _date(r, us)).t("\nBed 6: ").p("NAME", f"{_f(pt).upper()}, {_g(pt)}")
    b.t(" ").t(lead).p("ID", ident).t("\nA: ").c(NOTATION[7]).t(", ").c(r.choice(OBS[20:22])).t(", ").c(r.choice(OBS[20:22]))
    b.t("\nB: ").c(r.choice(OBS[18:20])).t(", ").c(OBS[23]).t("\nC: ").c(OBS[22]).t(" on norad, ").c(OBS[24]).t("\nD: ")
    b.c(NOTATION[12]).t(", ").c(NOTATION[13]).t(". ").c(NOTATION[3]).t(".\nFamily: ").t(r.choice(["wife", "brother"])).t(" ")
    b.p("NAME", p.full(r)).t(" phoned ").c(_time(r)).t(", next of kin no. ").p("PHONE", _phone(r))
    b.t(".\nHanded over by ").p("NAME", p.first(r)).t(" to ").p("NAME", p.first(r)).t(" ").p("NAME", p.last(r)).t(".")
    return b


def _crisis(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Crisis team contact ").p("DATE", _date(r, us)).t("\n").p("NAME", _g(pt))
    b.t(" called at ").c(_time(r)).t(" from ").p("PHONE", _phone(r)).t(". ").c(NOTATION[14]).t(", ").c(NOTATION[15])
    b.t(", ").c(NOTATION[16]).t(". On ").c(r.choice(RX[15:18])).t(". Staying with friend ").p("NAME", p.full(r))
    b.t(" at ").p("ADDRESS", _address(r, us)).t(", ").p("ADDRESS", us.city()).t(" ").p("ZIP", _zip(r, us))
    b.t(". Safety plan agreed; CPN ").p("NAME", p.full(r)).t(" to visit ").p("DATE", _date(r, us)).t(", ")
    lead, ident = _id(r)
    b.t(lead).p("ID", ident).t(".")
    return b


def _email_thread(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    sender = _email(p, r, us)
    b = NoteBuilder().t("From: ").p("EMAIL", sender).t("\nSent: ").p("DATE", _date(r, us)).t("\nSubject: referral ")
    b.p("NAME", f"{_g(pt)[0]}. {_f(pt)}").t("\n\nHi ").p("NAME", p.first(r)).t(",\nCould you see ").p("NAME", _g(pt))
    b.t(" (").p("ID", f"{r.randint(400, 499)} {r.randint(100, 999)} {r.randint(1000, 9999)}").t(")? ")
    b.c(r.choice(OBS[:8])).t(", ").c(r.choice(OBS[14:18])).t(", ").c(NOTATION[4]).t(" L arm. Started ").c(r.choice(RX))
    b.t(". Reply to ").p("EMAIL", _email(p, r, us)).t(" or bleep via ").p("PHONE", _phone(r)).t(".\nThanks, ")
    b.p("NAME", p.first(r))
    return b


def _home_visit(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("DN visit ").p("DATE", _date(r, us)).t(" to ").p("ADDRESS", _address(r, us)).t(", ")
    b.p("ADDRESS", us.city()).t(" ").p("ZIP", _zip(r, us)).t("\nSeen ").p("NAME", f"Mrs {_f(pt)}").t(" with carer ")
    b.p("NAME", p.first(r)).t(". Leg ulcer ").c("4.5 x 3 cm").t(", ").c("ABPI 0.9").t(". ").c(r.choice(OBS[:6]))
    b.t(". Key safe code given by ").p("NAME", p.first(r)).t(". Next visit ")
    _the_nth(b, r).t(" ").c(_time(r)).t("; GP ").p("NAME", f"Dr {p.last(r)}").t(" ").p("PHONE", _phone(r)).t(".")
    return b


def _lab_log(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Phoned result log\n").p("DATE", _date(r, us)).t(" ").c(_time(r)).t(" ")
    b.p("ID", f"K{r.randint(1000000, 9999999)}Z").t(" ").p("NAME", f"{_f(pt).upper()} {_g(pt).upper()}").t(": ")
    b.c(r.choice(OBS[8:10])).t(", ").c(r.choice(OBS[14:17])).t(" - phoned to ").p("NAME", p.full(r)).t(" on ")
    b.p("PHONE", _phone(r)).t(", read back OK.\n").p("DATE", _date(r, us)).t(" ").c(_time(r)).t(" ")
    b.p("ID", f"WW/{r.randint(2023, 2026)}/{r.randint(1, 9999):04d}").t(" ").p("NAME", p.full(r)).t(": ")
    b.c(r.choice(OBS[16:20])).t(" - left message, ").c(NOTATION[8]).t(" same. BMS ").p("NAME", p.first(r)).t(".")
    return b


TEMPLATES: list[Callable[[_People, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _dietetic, _clinic_letter, _maternity, _icu, _crisis, _email_thread, _home_visit, _lab_log,
]  # fmt: skip


def generate(n: int, seed: int = 7171) -> list[Note]:
    people = _People()
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](people, us, r, pt).build(pt))
    return notes
