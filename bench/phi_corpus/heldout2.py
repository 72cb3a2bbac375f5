"""HELD-OUT v2 PHI corpus: written before the recall fixes of the second deid round, never tuned on.

New templates (SBAR ward handover, ambulance ATMIST pre-alert, family meeting / social work,
pharmacy medicines reconciliation, physio review, patient-portal message), people from
Faker locales RESERVED for this corpus (fr_FR, es_ES, it_IT, pt_BR, pl_PL, en_NZ, yo_NG;
accents transliterated to ASCII) -- the scrubber's shipped name lists must never be built
from these locales -- plus nicknames, hyphenated and apostrophe surnames, UK/AU/FR phone
formats, dotted and ordinal dates, NHS-style spaced numbers, scheme-less URLs.
Clinical eponyms and ward words (Foley, Waterlow, Hartmann's, Bristol, Glasgow...) are
labelled as clinical values that must survive.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["fr_FR", "es_ES", "it_IT", "pt_BR", "pl_PL", "en_NZ", "yo_NG"]
NICKNAMES = ["Bev", "Gaz", "Tash", "Jonno", "Shaz", "Kez", "Mags", "Baz", "Lou", "Fliss", "Dot",
             "Reenie", "Sandy", "Mo", "Chaz", "Bobbi", "Nell", "Tilly", "Rocco", "Nico"]  # fmt: skip
RX = ["co-amoxiclav 1.2 g IV tds", "tazocin 4.5 g IV q8h", "Oramorph 5 mg PRN", "atorvastatin 40 mg ON",
      "clopidogrel 75 mg OD", "levetiracetam 500 mg BD", "dalteparin 5000 units SC", "Sando-K 2 tabs BD",
      "Lantus 18 units", "Movicol 1 sachet BD", "salbutamol 2.5 mg neb QDS", "prednisolone 30 mg OD"]  # fmt: skip
EPONYMS = ["Foley catheter in situ", "Waterlow 18", "Braden 14", "Bristol stool type 6",
           "post Hartmann's procedure", "known Parkinson's", "Glasgow-Blatchford 7", "Wells score 4",
           "Addisonian crisis excluded", "Murphy's sign negative", "Cheyne-Stokes breathing noted"]  # fmt: skip


def _ascii(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        .replace("ł", "l")
        .replace("Ł", "L")
    )


def _first(f: Faker, r: random.Random) -> str:
    if r.random() < 0.15:
        return r.choice(NICKNAMES)
    n = _ascii(f.first_name())
    return n if r.random() > 0.1 else f"{n}-{_ascii(f.first_name())}"


def _last(f: Faker, r: random.Random) -> str:
    x = r.random()
    base = _ascii(f.last_name())
    if x < 0.15:
        return f"{base}-{_ascii(f.last_name())}"
    if x < 0.25:
        return r.choice(["O'", "D'", "Mac", "Mc"]) + base.capitalize()
    return base


def _d(r: random.Random, day: date) -> str:
    m = day.strftime("%B")
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    return r.choice([
        f"{day.day}{sfx} of {m} {day.year}", day.strftime("%Y.%m.%d"), day.strftime("%d.%m.%y"),
        day.strftime("%b %-d '%y"), f"{day.strftime('%A')} {day.day} {m}", day.strftime("%-d/%-m/%y"),
        f"{m[:3].upper()} {day.day} {day.year}", day.strftime("%-d %b"),
    ])  # fmt: skip


def _ph(r: random.Random) -> str:
    return r.choice([
        f"07{r.randint(700, 999)} {r.randint(100000, 999999)}",
        f"+44 {r.choice(['20', '161', '121', '113'])} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        f"(0{r.randint(2, 8)}) {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
        f"+33 {r.randint(1, 9)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
        f"{r.randint(201, 989)}/{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        f"{r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)} x{r.randint(100, 9999)}",
    ])  # fmt: skip


def _nhs(r: random.Random) -> str:
    return f"{r.randint(400, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}"


def _patient(f: Faker, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": _nhs(r).replace(" ", "")}],
        "name": [{"given": [_first(f, r)], "family": _last(f, r)}],
        "telecom": [{"system": "phone", "value": _ph(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.postcode()}],
        "birthDate": us.date_of_birth(minimum_age=40, maximum_age=104).isoformat(),
    }  # fmt: skip


def _sbar(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    nhs = pt["identifier"][0]["value"]
    b = (
        NoteBuilder()
        .t("SBAR handover, ")
        .c(f"bay {r.randint(1, 6)} bed {r.randint(1, 8)}")
        .t("\nS: ")
    )
    b.p("NAME", f"{n['family'].upper()} {n['given'][0]}").t(", NHS no. ").p(
        "ID", f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    )
    b.t(", born ").p("DATE", _d(r, us.date_of_birth())).t(". ").c(f"NEWS2 {r.randint(0, 12)}").t(
        ", "
    )
    b.c(f"SpO2 {r.randint(84, 99)}% on {r.choice(['RA', '2L', '28% venturi'])}").t(", ").c(
        f"BM {r.uniform(3, 22):.1f}"
    )
    b.t(".\nB: ").c(r.choice(EPONYMS)).t(". A: ").c(f"CRP {r.randint(5, 320)}").t(", ").c(
        f"WCC {r.uniform(2, 25):.1f}"
    )
    b.t(", ").c(f"eGFR {r.randint(8, 90)}").t(". R: ").c(r.choice(RX)).t(", review by ").p(
        "NAME", _last(f, r)
    )
    b.t(" (reg) in the morning. Handed over by ").p("NAME", f"{_first(f, r)} {_last(f, r)}").t(
        " to "
    )
    b.p("NAME", _first(f, r)).t(".")
    return b  # fmt: skip


def _atmist(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    age = r.randint(90, 104) if r.random() < 0.5 else r.randint(40, 89)
    b = NoteBuilder().t("Ambulance pre-alert (ATMIST). A: ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(r.choice(["yo", " y.o.", " yrs"])).t(
        " "
    )
    b.t(r.choice(["male", "female"])).t(", ").p("NAME", f"{n['given'][0]} {n['family']}").t(". T: ")
    b.c(f"{r.randint(0, 23):02d}{r.choice(['05', '20', '40'])}").t(" on ").p(
        "DATE", _d(r, us.date_between("-1y", "today"))
    )
    b.t(". M: found on floor at ").p("ADDRESS", pt["address"][0]["line"][0]).t(", ").p(
        "ADDRESS", pt["address"][0]["city"]
    )
    b.t(". I: ").c(f"GCS {r.randint(3, 15)}").t(", ").c(f"HR {r.randint(40, 150)}").t(", ")
    b.c(f"RR {r.randint(8, 35)}").t(". S: ").c(f"BP {r.randint(70, 200)}/{r.randint(40, 110)}").t(
        ". T: "
    )
    b.c(r.choice(RX)).t(" given. Crew ").p("NAME", _first(f, r)).t(" and ").p("NAME", _first(f, r))
    b.t(", callsign tel ").p("PHONE", _ph(r)).t(".")
    return b  # fmt: skip


def _family(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    rel = r.choice(["daughter", "son", "niece", "grandson", "partner", "neighbour", "son-in-law"])
    b = (
        NoteBuilder()
        .t("Family meeting ")
        .p("DATE", _d(r, us.date_between("-1y", "today")))
        .t(" re ")
    )
    b.p("NAME", n["given"][0]).t(". Present: ").t(rel).t(" ").p(
        "NAME", f"{_first(f, r)} {_last(f, r)}"
    )
    b.t(" (mob ").p("PHONE", pt["telecom"][0]["value"]).t("), SW ").p("NAME", _last(f, r)).t(
        ", and "
    )
    b.p("NAME", f"{_first(f, r)} {_last(f, r)}").t(" (ward sister). Discussed ").c(
        r.choice(EPONYMS)
    ).t(", ")
    b.c(r.choice(["DNACPR in place", "ReSPECT form completed", "ceiling of care ward-based"])).t(
        ". "
    )
    b.p("NAME", _first(f, r)).t(" prefers that updates go to ").p(
        "EMAIL", f"{_ascii(f.user_name())}@{us.free_email_domain()}"
    )
    b.t(". Next of kin address ").p("ADDRESS", us.street_address()).t(" ").p(
        "ZIP", us.postcode()
    ).t(".")
    return b  # fmt: skip


def _medrec(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Med rec completed by pharmacist ")
        .p("NAME", f"{_first(f, r)} {_last(f, r)}")
    )
    b.t(" for ").p("NAME", f"{n['family']}, {n['given'][0]}").t(" (hosp no ").p(
        "ID", f"RX{r.randint(100000, 999999)}"
    )
    b.t("). Sources: GP record printed ").p("DATE", _d(r, us.date_between("-1y", "today"))).t(
        ", patient's own "
    )
    b.t("drugs, community pharmacy ").p("PHONE", _ph(r)).t(". Changes: stop ").c(r.choice(RX)).t(
        "; start "
    )
    b.c(r.choice(RX)).t("; ").c(f"K+ {r.uniform(2.8, 6.5):.1f}").t(", ").c(
        f"Mg {r.uniform(0.4, 1.2):.2f}"
    ).t(". ")
    b.t("Allergy: ").c(r.choice(["penicillin (rash)", "NKDA", "codeine (N/V)"])).t(". Ref ")
    b.p("ID", f"{r.choice(['PH', 'MR'])}/{r.randint(1000, 9999)}/{r.randint(10, 99)}").t(".")
    return b  # fmt: skip


def _physio(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Physio: ")
        .p("NAME", f"{n['given'][0]} {n['family']}")
        .t(" mobilised with ")
    )
    b.c(r.choice(["zimmer frame", "2 x assist", "rollator"])).t(" ").c(f"{r.randint(5, 40)} m").t(
        ". "
    )
    b.c(f"SpO2 {r.randint(86, 99)}%").t(" post exertion, ").c(f"Borg {r.randint(1, 9)}").t(
        ". Wife "
    )
    b.p("NAME", _first(f, r)).t(" asked about stairs at home (").p(
        "ADDRESS", us.street_address()
    ).t("). ")
    b.t("Discussed with ").p("NAME", _first(f, r)).t(" from OT, who will ring on ").p(
        "PHONE", _ph(r)
    )
    b.t(". Seen ").p("DATE", _d(r, us.date_between("-1y", "today"))).t(" -- ").p(
        "NAME", _last(f, r).upper()
    ).t(", PT.")
    return b  # fmt: skip


def _portal(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Portal message from ")
        .p(
            "EMAIL",
            f"{_ascii(n['given'][0]).lower()}.{_ascii(n['family']).lower().replace(chr(39), '')}@{us.free_email_domain()}",
        )
    )
    b.t(" (login ").p("IP", us.ipv4_public()).t(") received ").p(
        "DATE", _d(r, us.date_between("-1y", "today"))
    )
    b.t(": 'This is ").p("NAME", n["given"][0]).t(", my sugars were ").c(
        f"BM {r.uniform(3, 25):.1f}"
    ).t(" and I took ")
    b.c(r.choice(RX)).t(". My carer ").p("NAME", _first(f, r)).t(" says to check ").p(
        "URL", f"www.{us.domain_name()}/help"
    )
    b.t(".' Reply sent by ").p("NAME", f"{_first(f, r)[0]}. {_last(f, r)}").t(
        ", practice nurse. Age "
    )
    age = r.randint(90, 104) if r.random() < 0.5 else r.randint(40, 89)
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(".")
    return b  # fmt: skip


TEMPLATES: list[Callable[[Faker, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _sbar, _atmist, _family, _medrec, _physio, _portal,
]  # fmt: skip


def generate(n: int, seed: int = 20261130) -> list[Note]:
    fakes = [Faker(loc) for loc in LOCALES]
    for i, fk in enumerate(fakes):
        fk.seed_instance(seed + i)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        f = r.choice(fakes)
        pt = _patient(f, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](r.choice(fakes), us, r, pt).build(pt))
    return notes
