"""HELD-OUT v3 PHI corpus: written before the third deid round (generalising names), never tuned on.

Name sources used nowhere else (not in dev, held-out v1/v2 or the shipped name lists):
Faker en_TH (romanised Thai), uz_UZ (Uzbek), ga_IE (Irish) and ru_RU / uk_UA / bg_BG
transliterated from Cyrillic, plus invented names from a syllable inventory that shares no
syllable list with dev. New templates: theatre list, MDT minutes, nurse-to-nurse text
messages (lower-case names), outreach / critical-care review (names as the first word of a
sentence and next to clinical words: "Suwijuk's lactate"), incident report, discharge
planning phone log. Clinical values (drugs, scores, wards like "Ward 7B", eponyms) are
labelled as values that must survive.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["en_TH", "uz_UZ", "ga_IE", "ru_RU", "uk_UA", "bg_BG"]
_CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ye", "i",
     "yi", "g"],
    strict=True,
))  # fmt: skip
_ONSET = ["b", "dr", "g", "h", "j", "kw", "m", "n", "p", "r", "s", "t", "v", "z", "th", "pl"]
_NUC = ["a", "e", "i", "o", "u", "ai", "ou", "ee"]
_CODA = ["", "", "n", "l", "r", "s", "k", "m", "x"]
WARDS = ["Ward 7B", "Ward 12", "ICU", "HDU", "AMU", "CCU", "SAU", "Ward 3 North", "Ward 21A"]
RX = ["gentamicin 5 mg/kg IV", "meropenem 1 g IV tds", "ondansetron 4 mg IV", "tinzaparin 4500 units SC",
      "bisoprolol 2.5 mg OD", "ramipril 5 mg OD", "digoxin 125 mcg OD", "noradrenaline 0.1 mcg/kg/min",
      "Fragmin 5000 units", "Augmentin 625 mg tds", "Oramorph 2.5 mg PRN", "Cyclizine 50 mg IV"]  # fmt: skip
VALUES = ["NEWS2 7", "lactate 4.1", "MAP 58", "Hb 71", "K+ 6.2", "GCS 12", "CRP 284", "qSOFA 2",
          "Obs stable", "Rockall 5", "Wells score 6", "Glasgow-Blatchford 9", "MEWS 4", "AVPU V"]  # fmt: skip


def _ascii(s: str) -> str:
    s = "".join(
        (_CYR[c.lower()] if c.islower() else _CYR[c.lower()].capitalize()) if c.lower() in _CYR else c
        for c in s
    )
    s = s.replace("‘", "'").replace("ʻ", "'").replace("’", "'")
    out = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return "".join(c for c in out if c.isalpha() or c in "'- ").strip()


def _invented(r: random.Random) -> str:
    n = r.randint(2, 3)
    return "".join(r.choice(_ONSET) + r.choice(_NUC) + r.choice(_CODA) for _ in range(n)).capitalize()


class _People:
    def __init__(self, seed: int) -> None:
        self.fakes = [Faker(loc) for loc in LOCALES]
        for i, fk in enumerate(self.fakes):
            fk.seed_instance(seed + i)

    def first(self, r: random.Random) -> str:
        if r.random() < 0.25:
            return _invented(r)
        return _ascii(r.choice(self.fakes).first_name()).split()[0]

    def last(self, r: random.Random) -> str:
        if r.random() < 0.25:
            return _invented(r)
        return _ascii(r.choice(self.fakes).last_name()).replace(" ", "")


def _date(r: random.Random, us: Faker) -> str:
    d = us.date_between("-1y", "today")
    return r.choice([
        d.strftime("%d/%m/%Y"), d.strftime("%-d %B %Y"), d.strftime("%a %-d %b"),
        d.strftime("%Y-%m-%d"), d.strftime("%-d.%-m.%Y"), d.strftime("%B %-d"),
    ])  # fmt: skip


def _phone(r: random.Random) -> str:
    return r.choice([
        f"07{r.randint(100, 999)}{r.randint(100000, 999999)}",
        f"0{r.randint(1100, 1999)} {r.randint(100000, 999999)}",
        f"({r.randint(201, 989)}) {r.randint(200, 999)} {r.randint(1000, 9999)}",
        f"+66 {r.randint(2, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
    ])  # fmt: skip


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": f"H{r.randint(1000000, 9999999)}"}],
        "name": [{"given": [p.first(r)], "family": p.last(r)}],
        "telecom": [{"system": "phone", "value": _phone(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.postcode()}],
        "birthDate": us.date_of_birth(minimum_age=30, maximum_age=99).isoformat(),
    }  # fmt: skip


def _theatre(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Theatre list ").p("DATE", _date(r, us)).t(", case 3: ")
    b.p("NAME", f"{n['given'][0]} {n['family']}").t(" (").p("ID", pt["identifier"][0]["value"]).t("). ")
    b.t("Surgeon: ").p("NAME", f"{p.first(r)} {p.last(r)}").t(". Anaesthetist: ").p("NAME", p.last(r))
    b.t(". Scrub: ").p("NAME", p.first(r)).t(". ").c(r.choice(RX)).t(" at induction, ")
    b.c(r.choice(VALUES)).t(" in recovery. ").p("NAME", p.last(r)).t(" to consent for ")
    b.c("Hartmann's procedure").t(" if needed. Back to ").c(r.choice(WARDS)).t(".")
    return b


def _mdt(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("MDT minutes ").p("DATE", _date(r, us)).t("\nAttendees: ")
    b.p("NAME", f"{p.first(r)} {p.last(r)}").t(" (chair), ").p("NAME", f"{p.first(r)} {p.last(r)}")
    b.t(" (OT), ").p("NAME", p.first(r)).t(" (dietitian)\nPatient: ").p("NAME", n["family"].upper())
    b.t(" ").p("NAME", n["given"][0]).t(", ").c(r.choice(WARDS)).t(". ").c(r.choice(VALUES)).t(". ")
    b.p("NAME", n["given"][0]).t(" keen to go home; ").p("NAME", p.first(r)).t(" (sister) lives at ")
    b.p("ADDRESS", us.street_address()).t(". Action: ").p("NAME", p.last(r)).t(" to refer to ")
    b.c("Parkinson's nurse").t(".")
    return b


def _texts(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    f2 = p.first(r)
    b = NoteBuilder().t("Secure chat log:\n[").c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] ")
    b.p("NAME", f2.lower()).t(": hi its ").p("NAME", f2.lower()).t(" from ").c(r.choice(WARDS))
    b.t(", can u check on ").p("NAME", n["given"][0].lower()).t(" in bed 4? ").c(r.choice(VALUES))
    b.t("\n[").c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t("] ")
    b.p("NAME", p.first(r).lower()).t(": ok will do, ").p("NAME", p.first(r).lower())
    b.t(" is on bleep ").p("PHONE", _phone(r)).t(" tonight. given ").c(r.choice(RX)).t(" thx")
    return b


def _outreach(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Critical care outreach review. ").p("NAME", n["given"][0])
    b.t(" became more drowsy overnight, ").c(r.choice(VALUES)).t(". ").p("NAME", n["family"])
    b.t("'s ").c(f"lactate {r.uniform(1, 8):.1f}").t(" and ").c(f"MAP {r.randint(45, 90)}")
    b.t(". Obs stable after fluids. ").c(r.choice(RX)).t(" started. ").p("NAME", p.first(r))
    b.t(" (outreach) and ").p("NAME", f"{p.first(r)} {p.last(r)}").t(" agreed escalation to ")
    b.c(r.choice(WARDS)).t(". Wife ").p("NAME", p.first(r)).t(" updated on ").p("PHONE", _phone(r))
    b.t(".")
    return b


def _incident(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Incident report ").p("ID", f"IR-{r.randint(10000, 99999)}").t(" filed ")
    b.p("DATE", _date(r, us)).t(". Fall from chair, ").c(r.choice(WARDS)).t(". Patient ")
    b.p("NAME", f"{n['given'][0]} {n['family']}").t(" found by ").p("NAME", p.first(r)).t(". ")
    b.p("NAME", p.last(r)).t(" witnessed. ").c(r.choice(VALUES)).t(", ").c("Waterlow 20").t(". ")
    b.t("Reviewed by ").p("NAME", f"{p.first(r)} {p.last(r)}").t(", email ")
    b.p("EMAIL", f"{_ascii(p.last(r)).lower().replace(chr(39), '')}@{us.free_email_domain()}").t(".")
    return b


def _discharge(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Discharge planning log. Rang ").p("NAME", p.first(r)).t(" ")
    b.p("NAME", p.last(r)).t(" (son) on ").p("PHONE", _phone(r)).t(" re ").p("NAME", n["family"])
    b.t(". ").p("NAME", p.first(r)).t(" will collect ").p("DATE", _date(r, us)).t(". TTO: ")
    b.c(r.choice(RX)).t(". ").c(r.choice(VALUES)).t(". Carer ").p("NAME", p.last(r))
    b.t(" to visit at ").p("ADDRESS", us.street_address()).t(" ").p("ZIP", us.postcode()).t(".")
    return b


TEMPLATES: list[Callable[[_People, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _theatre, _mdt, _texts, _outreach, _incident, _discharge,
]  # fmt: skip


def generate(n: int, seed: int = 31337) -> list[Note]:
    people = _People(seed)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](people, us, r, pt).build(pt))
    return notes
