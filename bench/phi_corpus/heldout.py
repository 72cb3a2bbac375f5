"""The HELD-OUT PHI corpus: written separately from ``dev.py`` and never tuned against.

Different templates (ED triage, discharge summary, ICU flow sheet, phone message), people
from other English-speaking Faker locales (en_GB, en_IE, en_AU, en_IN, en_CA: many names
are absent from the scrubber's en_US lists), different date / phone / id phrasings.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["generate"]

LOCALES = ["en_GB", "en_IE", "en_AU", "en_IN", "en_CA"]
MEDS = ["bisoprolol 2.5 mg", "ramipril 5 mg", "spironolactone 25 mg", "gentamicin 80 mg IV", "oxycodone 5 mg",
        "heparin 5000 units SC", "glipizide 5 mg", "digoxin 125 mcg", "vancomycin 1 g IV", "ibuprofen 400 mg"]  # fmt: skip


def _when(r: random.Random, fake: Faker) -> str:
    d = fake.date_between("-2y", "today")
    return d.strftime(
        r.choice(["%d/%m/%Y", "%-d %B %Y", "%b. %-d, %Y", "%m-%d-%Y", "%-d-%b-%y", "%Y/%m/%d"])
    )


def _tel(r: random.Random) -> str:
    return r.choice([
        f"{r.randint(201, 989)} {r.randint(200, 999)} {r.randint(1000, 9999)}",
        f"1-{r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        f"({r.randint(201, 989)}){r.randint(200, 999)}-{r.randint(1000, 9999)} ext. {r.randint(10, 999)}",
    ])  # fmt: skip


def _person(fake: Faker) -> tuple[str, str]:
    return fake.first_name(), fake.last_name()


def _patient(fakes: list[Faker], us: Faker, r: random.Random) -> dict[str, Any]:
    fake = r.choice(fakes)
    first, last = _person(fake)
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:hosp", "value": f"H{r.randint(100000, 999999)}"}],
        "name": [{"given": [first], "family": last}],
        "telecom": [{"system": "phone", "value": _tel(r)}],
        "address": [
            {"line": [us.street_address()], "city": us.city(), "postalCode": us.postcode()}
        ],
        "birthDate": us.date_of_birth(minimum_age=30, maximum_age=99).isoformat(),
    }


def _triage(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("ED TRIAGE ")
        .p("DATE", _when(r, us))
        .t(" ")
        .c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    )
    b.t("\nPatient name: ").p("NAME", f"{n['family'].upper()}, {n['given'][0]}").t("\nHosp no: ").p(
        "ID", pt["identifier"][0]["value"]
    )
    b.t("\nBrought in by wife ").p("NAME", f.first_name()).t(", who can be reached on ").p(
        "PHONE", pt["telecom"][0]["value"]
    )
    b.t(".\nPresenting: fall at home, ").c(f"RR {r.randint(8, 28)}").t(" ").c(
        f"sats {r.randint(86, 99)}%"
    ).t(" ")
    b.c(f"pulse {r.randint(40, 130)}").t(" ").c(f"BP {r.randint(85, 180)}/{r.randint(45, 95)}").t(
        " "
    )
    b.c(f"temp {r.uniform(35, 40):.1f}").t(". Takes ").c(r.choice(MEDS)).t(" ").c(
        r.choice(["od", "bd", "tds", "q8h"])
    )
    b.t(". Triaged by ").p("NAME", f"{f.first_name()} {f.last_name()}").t(".")
    return b


def _discharge(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    a = pt["address"][0]
    b = NoteBuilder().t("DISCHARGE SUMMARY\n").p("NAME", f"{n['given'][0]} {n['family']}").t(" (")
    age = r.randint(90, 102) if r.random() < 0.4 else r.randint(40, 89)
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(r.choice([" years", "M", "F"])).t(
        ") was admitted "
    )
    b.p("DATE", _when(r, us)).t(" and discharged ").p("DATE", _when(r, us)).t(". Home address: ").p(
        "ADDRESS", a["line"][0]
    )
    b.t(", ").p("ADDRESS", a["city"]).t(" ").p("ZIP", a["postalCode"]).t(". Discharge meds: ").c(
        r.choice(MEDS)
    ).t(", ")
    b.c(r.choice(MEDS)).t(". Last ").c(f"creatinine {r.randint(60, 300)} umol/L").t(", ").c(
        f"potassium {r.uniform(3, 6.4):.1f}"
    )
    b.t(". GP: Dr ").p("NAME", f"{f.first_name()} {f.last_name()}").t(", fax ").p("PHONE", _tel(r))
    b.t(". Follow-up booked via ").p(
        "URL", f"https://{us.domain_name()}/clinic/{r.randint(100, 999)}"
    ).t(".")
    return b


def _icu(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("ICU flow ")
        .c(f"{r.randint(0, 23):02d}:00")
        .t(" - ")
        .p("NAME", n["given"][0])
        .t(" remains intubated. ")
    )
    b.c(f"MAP {r.randint(55, 90)}").t(", ").c(
        f"noradrenaline {r.uniform(0.02, 0.4):.2f} mcg/kg/min"
    ).t(", ")
    b.c(f"lactate {r.uniform(0.8, 8):.1f} mmol/L").t(", ").c(
        f"FiO2 {r.choice([30, 40, 60, 100])}%"
    ).t(", ")
    b.c(f"PEEP {r.randint(5, 14)}").t(". Monitor ").p("IP", us.ipv4_private()).t(
        " alarmed twice. Son "
    )
    b.p("NAME", f"{f.first_name()} {n['family']}").t(" visited; his email ").p(
        "EMAIL", us.free_email()
    ).t(". Acct ")
    b.p("ID", str(r.randint(10**9, 10**10))).t(". Reviewed with consultant ").p(
        "NAME", f.last_name()
    ).t(".")
    return b


def _message(f: Faker, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Telephone message ")
        .p("DATE", _when(r, us))
        .t(": ")
        .p("NAME", f"{f.first_name()} {f.last_name()}")
    )
    b.t(" rang re ").p("NAME", f"{n['given'][0]} {n['family']}").t(" (SSN ").p("SSN", us.ssn()).t(
        "). "
    )
    b.t("Asked whether ").c(r.choice(MEDS)).t(" should continue with ").c(
        f"INR {r.uniform(1.5, 5):.1f}"
    ).t(". ")
    b.t("Call back ").p("PHONE", _tel(r)).t(" after ").c(
        f"{r.randint(13, 18)}:{r.choice(['00', '30'])}"
    ).t(".")
    return b


TEMPLATES: list[Callable[[Faker, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _triage,
    _discharge,
    _icu,
    _message,
]


def generate(n: int, seed: int = 1234) -> list[Note]:
    fakes = [Faker(loc) for loc in LOCALES]
    for i, fk in enumerate(fakes):
        fk.seed_instance(seed + i)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(fakes, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](r.choice(fakes), us, r, pt).build(pt))
    return notes
