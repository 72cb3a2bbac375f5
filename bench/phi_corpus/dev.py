"""The development PHI corpus: Faker en_US people and clinical note templates.

Nursing notes, handovers and progress notes with vitals, labs, drugs and doses; each PHI
span labelled by type. The scrubber was tuned against this corpus; ``heldout.py`` is the
separately written one to report on.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["generate", "generate_r11", "generate_r12", "make_patient"]

DRUGS = [("metoprolol", "25 mg"), ("lisinopril", "10 mg"), ("warfarin", "5 mg"), ("furosemide", "40 mg IV"),
         ("morphine", "2 mg IV"), ("enoxaparin", "40 mg SC"), ("metformin", "500 mg"), ("apixaban", "5 mg"),
         ("amoxicillin", "500 mg"), ("insulin glargine", "20 units"), ("paracetamol", "1 g")]  # fmt: skip
FREQ = ["BID", "TDS", "q4h", "q6h", "daily", "PRN", "nocte"]


def _date(r: random.Random, fake: Faker) -> str:
    d = fake.date_between("-3y", "today")
    fmt = r.choice(
        ["%m/%d/%Y", "%-m/%-d/%Y", "%d %b %Y", "%B %d, %Y", "%Y-%m-%d", "%d-%b-%Y", "%b %d"]
    )
    s = d.strftime(fmt)
    if fmt == "%B %d, %Y" and r.random() < 0.3:
        s = d.strftime("%B ") + f"{d.day}th"
    return s


def _phone(fake: Faker, r: random.Random) -> str:
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
    return r.choice(
        [f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}"]
    )


def make_patient(fake: Faker, r: random.Random) -> dict[str, Any]:
    first, last = fake.first_name(), fake.last_name()
    return {
        "resourceType": "Patient",
        "id": fake.uuid4(),
        "identifier": [{"system": "urn:mrn", "value": str(r.randint(1000000, 99999999))}],
        "name": [{"given": [first], "family": last}],
        "telecom": [{"system": "phone", "value": _phone(fake, r)}, {"system": "email", "value": fake.email()}],
        "address": [{"line": [fake.street_address()], "city": fake.city(), "state": fake.state_abbr(),
                     "postalCode": fake.zipcode()}],
        "birthDate": fake.date_of_birth(minimum_age=18, maximum_age=100).isoformat(),
    }  # fmt: skip


def _vitals(b: NoteBuilder, r: random.Random) -> None:
    b.t("Obs: ").c(f"BP {r.randint(80, 170)}/{r.randint(40, 100)}").t(", ").c(
        f"HR {r.randint(45, 140)}"
    )
    b.t(", ").c(f"RR {r.randint(10, 30)}").t(", ").c(
        f"SpO2 {r.randint(85, 100)}% on {r.choice(['RA', '2L', '4L NC'])}"
    )
    b.t(", ").c(f"T {r.uniform(35.5, 39.9):.1f}").t(", ").c(f"GCS {r.randint(9, 15)}").t(". ")


def _labs(b: NoteBuilder, r: random.Random) -> None:
    b.t("Labs: ").c(f"K {r.uniform(3.0, 6.5):.1f}").t(", ").c(f"Na {r.randint(125, 150)}").t(", ")
    b.c(f"Cr {r.uniform(0.6, 4.0):.2f} mg/dL").t(", ").c(f"INR {r.uniform(0.9, 6):.1f}").t(", ")
    b.c(f"Hb {r.uniform(7, 16):.1f}").t(", ").c(f"Plt {r.randint(20, 450)}").t(", ")
    b.c(f"lactate {r.uniform(0.5, 6):.1f}").t(". ")


def _drug(b: NoteBuilder, r: random.Random) -> None:
    name, dose = r.choice(DRUGS)
    b.c(f"{name} {dose}").t(" ").c(r.choice(FREQ))


def _age(b: NoteBuilder, r: random.Random, patient: dict[str, Any]) -> None:
    age = r.choice([r.randint(20, 88), r.randint(90, 104)])
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.c(str(age))
    b.t(r.choice([" year old ", "yo ", "-year-old ", " y/o "]))


def _nursing(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Nursing note ")
        .p("DATE", _date(r, fake))
        .t(" ")
        .c(f"at {r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}")
    )
    b.t(". Pt: ").p("NAME", f"{n['given'][0]} {n['family']}").t(", MRN ").p(
        "ID", pt["identifier"][0]["value"]
    ).t(". ")
    _age(b, r, pt)
    b.t("admitted with chest pain. ")
    _vitals(b, r)
    b.t("Given ")
    _drug(b, r)
    b.t(" as charted. Daughter ").p("NAME", fake.first_name()).t(" called on ").p(
        "PHONE", _phone(fake, r)
    )
    b.t(", updated by ").p("NAME", f"RN {fake.last_name()}"[3:]).t(". Pain ").c(
        f"{r.randint(0, 10)}/10"
    ).t(".")
    return b


def _handover(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    a = pt["address"][0]
    b = NoteBuilder().t("Handover to ").p("NAME", f"{fake.first_name()} {fake.last_name()}").t(": ")
    b.t(r.choice(["Mr ", "Mrs ", "Ms "])).p("NAME", n["family"]).t(", bed ").c(
        str(r.randint(1, 30))
    ).t(", DOB ")
    b.p("DATE", fake.date_of_birth().strftime(r.choice(["%m/%d/%Y", "%d.%m.%Y", "%Y-%m-%d"]))).t(
        ". Lives at "
    )
    b.p("ADDRESS", a["line"][0]).t(", ").p("ADDRESS", a["city"]).t(", ").t(a["state"]).t(" ").p(
        "ZIP", a["postalCode"]
    )
    b.t(". ")
    _labs(b, r)
    b.t("Plan: hold ")
    _drug(b, r)
    b.t(", recheck ").c("K").t(" in AM. NOK ").p(
        "NAME", f"{fake.first_name()} {fake.last_name()}"
    ).t(" ").p("PHONE", _phone(fake, r))
    b.t(". Email ").p("EMAIL", pt["telecom"][1]["value"]).t(".")
    return b


def _progress(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = (
        NoteBuilder()
        .t("Progress note, seen by Dr. ")
        .p("NAME", fake.last_name())
        .t(" on ")
        .p("DATE", _date(r, fake))
    )
    b.t(". ").p("NAME", n["given"][0]).t(" reports feeling better. ")
    _vitals(b, r)
    _labs(b, r)
    b.t("Continue ")
    _drug(b, r)
    b.t(". SSN ").p("SSN", fake.ssn()).t(" verified for billing; insurance ID ").p(
        "ID", fake.bothify("??######").upper()
    )
    b.t(". Portal ").p("URL", fake.url()).t(" (login from ").p("IP", fake.ipv4()).t("). ")
    b.t("Discussed with ").p("NAME", f"{fake.first_name()} {fake.last_name()}").t(", pharmacist.")
    return b


_SYL = ["ka", "ro", "vi", "zu", "mel", "tor", "an", "bri", "sha", "del", "quin", "ob", "ya", "fen", "lu"]
_LIST_FAKES: list[Faker] = []


def _synthetic(r: random.Random) -> str:
    """A made-up name (in no list): recognisers must use its position, not a list."""
    return "".join(r.choice(_SYL) for _ in range(r.randint(2, 3))).capitalize()


def _anyname(r: random.Random) -> tuple[str, str]:
    if not _LIST_FAKES:
        _LIST_FAKES.extend(Faker(loc) for loc in ("de_DE", "sv_SE", "tr_TR", "id_ID", "en_PH"))
        for i, fk in enumerate(_LIST_FAKES):
            fk.seed_instance(99 + i)
    x = r.random()
    if x < 0.4:
        return _synthetic(r), _synthetic(r)
    fk = r.choice(_LIST_FAKES)
    first, last = fk.first_name(), fk.last_name()
    if x < 0.55:
        last = f"{last}-{_synthetic(r)}"
    elif x < 0.65:
        last = r.choice(["O'", "D'", "Mc"]) + _synthetic(r)
    return first, last


def _date2(r: random.Random, fake: Faker) -> str:
    d = fake.date_between("-2y", "today")
    return r.choice([
        d.strftime("%-d-%b-%y"), d.strftime("%d.%m.%y"), d.strftime("%Y.%m.%d"),
        d.strftime("%A %-d %B"), d.strftime("%a %d/%m/%Y"), d.strftime("%b %-d '%y"),
        d.strftime("%B %-d").upper() + d.strftime(" %Y"), d.strftime("%-d of %B"),
        d.strftime("%-d/%-m/%y"), d.strftime("%d %b %y"),
    ])  # fmt: skip


def _phone2(r: random.Random) -> str:
    a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(1000, 9999)
    return r.choice([
        f"({a}){b}-{c} ext {r.randint(1, 9999)}", f"{a}-{b}-{c} x{r.randint(1, 999)}",
        f"07{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        f"+49 {r.randint(30, 89)} {r.randint(1000, 9999)} {r.randint(100, 9999)}",
        f"(0{r.randint(1, 9)}{r.randint(0, 9)}) {r.randint(100, 999)} {c}", f"{a} {b}-{c}",
        f"{a}/{b}.{c}",
    ])  # fmt: skip


def _ward(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """Ward round / board-round note: caps surnames, people named by role, other formats."""
    first, last = _anyname(r)
    b = NoteBuilder().t(r.choice(["Ward round ", "Board round ", "WR "])).p("DATE", _date2(r, fake))
    b.t(". ").p("NAME", f"{last.upper()}{r.choice([', ', ' '])}{first}").t(", hosp no. ")
    b.p("ID", f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}").t(". ")
    _vitals(b, r)
    b.c(r.choice(["Foley catheter draining", "Waterlow 16", "Bristol type 4", "Parkinson's meds on time",
                  "Wells score 2", "Murphy's sign positive"])).t(". Seen by ")
    _f2, l2 = _anyname(r)
    b.t(r.choice(["consultant ", "reg ", "SHO ", "Dr "])).p("NAME", l2).t(" and ")
    b.t(r.choice(["nurse ", "RN ", "physio ", "HCA "])).p("NAME", _anyname(r)[0]).t(". ")
    rel = r.choice(["Son", "Daughter", "Wife", "Husband", "NOK", "Carer", "Niece"])
    f3, l3 = _anyname(r)
    b.t(f"{rel} ").p("NAME", f"{f3} {l3}" if r.random() < 0.5 else f3).t(" ")
    b.t(r.choice(["called", "rang", "phoned"])).t(" on ").p("PHONE", _phone2(r)).t("; spoke with ")
    b.p("NAME", _anyname(r)[0]).t(". Plan: ")
    _drug(b, r)
    b.t(", review ").p("DATE", _date2(r, fake)).t(".")
    return b  # fmt: skip


def _community(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """Community / district-nurse visit: address with postcode, references, letters."""
    first, last = _anyname(r)
    a = pt["address"][0]
    b = NoteBuilder().t("DN visit to ").p("NAME", f"{first} {last}").t(" at ").p("ADDRESS", a["line"][0])
    b.t(" ").p("ZIP", a["postalCode"]).t(" on ").p("DATE", _date2(r, fake)).t(". Ref ")
    b.p("ID", f"{r.choice(['DN', 'CM', 'RF'])}/{r.randint(100, 9999)}/{r.randint(10, 99)}").t(". ")
    b.c(f"BP {r.randint(90, 170)}/{r.randint(50, 100)}").t(", ").c(f"BM {r.uniform(3, 20):.1f}").t(". ")
    b.t("Letter from ").p("NAME", f"{_anyname(r)[0][0]}. {_anyname(r)[1]}").t(" (GP) read. ")
    age = r.choice([r.randint(60, 88), r.randint(90, 103)])
    b.t("Age ")
    (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(". Contact ")
    b.p("NAME", _anyname(r)[0]).t(r.choice([" (daughter) ", " (son) "])).p("PHONE", _phone2(r)).t(". ")
    b.t("Handed over by ").p("NAME", f"{_anyname(r)[0]} {_anyname(r)[1]}").t(".")
    return b  # fmt: skip


_BRANDS = ["Tazocin 4.5 g IV", "Lantus 20 units", "Movicol 1 sachet", "Clexane 40 mg SC", "Keppra 500 mg",
           "Apixaban 5 mg BD", "Ceftriaxone 2 g IV", "Levetiracetam 250 mg", "Amlodipine 5 mg"]  # fmt: skip
_SCORES = ["Waterlow 14", "Braden 16", "Borg 4", "Rockall 3", "NEWS2 5", "MUST 2", "Obs stable",
           "Sats 94% RA", "Bloods sent", "Trop negative", "Abx day 3"]  # fmt: skip


def _review(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """Evening review: names opening sentences, possessives, no title or role word."""
    first, last = _anyname(r)
    b = NoteBuilder().t("Evening review. ").p("NAME", first).t(" is more settled. ")
    b.c(r.choice(_SCORES)).t(". ").p("NAME", last).t("'s ").c(f"K {r.uniform(3, 6.5):.1f}")
    b.t(" repeated. ").c(r.choice(_BRANDS)).t(" given. Son ").p("NAME", _anyname(r)[0]).t(" and ")
    f2, l2 = _anyname(r)
    b.p("NAME", f"{f2} {l2}").t(" visited. ").p("NAME", _anyname(r)[1].upper()).t(" ")
    b.p("NAME", _anyname(r)[0]).t(" (bed 2) ").c(r.choice(_SCORES)).t(". Plan agreed with ")
    b.p("NAME", f"{_anyname(r)[0]} {_anyname(r)[1]}").t(".")
    return b


def _sms(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """Nurse-in-charge messages: lower-case names, informal spelling."""
    a = _anyname(r)[0]
    b = NoteBuilder().t("msg thread\n").p("NAME", a.lower()).t(": pls review ").p("NAME", _anyname(r)[0].lower())
    b.t(" bay 3, ").c(r.choice(_SCORES)).t("\n").p("NAME", _anyname(r)[0].lower()).t(": yes, tell ")
    b.p("NAME", a.lower()).t(" i gave ").c(r.choice(["paracetamol 1 g", "oramorph 5 mg", "furosemide 40 mg"]))
    b.t("\n").p("NAME", a.lower()).t(": ta\n")
    return b


TEMPLATES: list[Callable[[Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _nursing,
    _handover,
    _progress,
    _ward,
    _community,
    _review,
    _sms,
]


def generate(n: int, seed: int = 7) -> list[Note]:
    fake = Faker("en_US")
    fake.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = make_patient(fake, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](fake, r, pt).build(pt))
    return notes


# ---------------------------------------------------------------- round 11 dev templates
# Three per class (AGE, URL, ADDRESS / ZIP, DATE, NAME), written for the round-11 classes:
# each mixes the PHI forms of its class with clinical values of the same shapes that must stay.
_ORD_WORDS = ["first", "second", "third", "twelfth", "twenty-first", "thirtieth"]
_SPELLED_90 = ["ninety", "ninety-one", "ninety-four", "ninety-seven", "one hundred"]


def _old(r: random.Random) -> str:
    return str(r.randint(90, 104))


def _young(r: random.Random) -> str:
    return str(r.randint(19, 88))


def _age_clerking(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """AGE: numeric forms of every case and spacing, ages under 90 kept."""
    b = NoteBuilder().t("Clerking. ").p("NAME", f"{fake.first_name()} {fake.last_name()}").t(", ")
    b.p("AGE", _old(r)).t(r.choice(["YO F", "yo M", " Y/O female", "-yr-old man", " yrs, male"])).t(". ")
    b.t("Age at diagnosis: ").p("AGE", _old(r)).t(". Mother died at ").p("AGE", _old(r)).t("; father ")
    b.t("died aged ").c(_young(r)).t(". Sister, ").p("AGE", _old(r)).t(", lives nearby. ")
    b.c(f"HR {r.randint(90, 120)}").t(", ").c(f"SpO2 {r.randint(90, 99)}%").t(", ")
    b.c(f"{r.randint(90, 120)} mL/h").t(". Turned ").p("AGE", _old(r)).t(" last month.")
    return b


def _age_family(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """AGE: spelled, sex-first and foreign forms; durations and scores of 90+ kept."""
    b = NoteBuilder().t("Family hx: grandmother, ").p("AGE", r.choice(_SPELLED_90)).t(", dementia. ")
    b.t("Pt ").t(r.choice(["F, ", "M, ", "F/", "M/"])).p("AGE", _old(r))
    b.t(" with AF. Mother (").p("NAME", fake.first_name()).t(", ").p("AGE", f"{_old(r)} {r.choice(['años', 'anos', 'ans'])}")
    b.t(") in care. ").c(f"Barthel {r.randint(90, 100)}").t(", ").c(f"platelets {r.randint(90, 128)}").t(", ")
    b.c(f"{r.randint(90, 120)} minutes").t(" in ED. Nonagenarian status noted.")
    return b


def _age_portal(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """AGE: ages in labels and birthdays; ages under 90 and counts kept."""
    b = NoteBuilder().t("Age - ").p("AGE", _old(r)).t(". Celebrated her ").p("AGE", f"{_old(r)}th")
    b.t(" birthday on ward. Husband ").c(_young(r)).t(" yo. Son, ").c(_young(r)).t(", visiting. ")
    b.c(f"Weight {r.randint(40, 95)} kg").t(", ").c(f"MAP {r.randint(60, 110)}").t(". Age = ").p("AGE", _old(r)).t(".")
    return b


_HOSTS = ["doxy.me", "mychart.example.org", "bit.ly", "portal.stmarys.nhs.uk", "zoom.us/j", "health.example.com.au",
          "patients.clinic.co.uk", "my.kp.org"]  # fmt: skip


def _url_tele(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """URL: schemeless links with a path; ratios and decimals with slashes kept."""
    slug = fake.user_name()
    b = NoteBuilder().t("Telehealth via ").p("URL", f"{r.choice(_HOSTS)}/{slug}").t(" with ")
    b.p("NAME", f"{fake.first_name()} {fake.last_name()}").t(". ").c(f"BP {r.randint(100, 160)}/{r.randint(60, 95)}")
    b.t(", ").c(f"PaO2/FiO2 {r.randint(150, 400)}").t(", ").c(f"pH {r.uniform(7.2, 7.5):.2f}").t(". e.g. follow up.")
    return b


def _url_portal(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """URL: bare hosts and portal links; abbreviations with dots kept."""
    b = NoteBuilder().t("Results released to ").p("URL", r.choice(["mychart.com", "patientportal.org", "myhealth.gov"]))
    b.t("; form at ").p("URL", f"{r.choice(_HOSTS)}/forms?id={r.randint(100, 999)}").t(". ")
    b.c(f"Cr {r.uniform(0.5, 3):.2f}").t(" i.e. stable, ").c(f"{r.randint(1, 4)} tabs p.o.").t(" b.d.")
    return b


def _url_leaflet(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """URL: links with ports, queries and trailing punctuation."""
    b = NoteBuilder().t("Leaflet: ").p("URL", f"{fake.domain_word()}.{r.choice(['org', 'net', 'io'])}/{fake.uri_path()}")
    b.t(". Booking: ").p("URL", f"book.{fake.domain_word()}.com:8443/slot/{r.randint(1000, 9999)}").t(", then ")
    b.c(f"INR {r.uniform(1, 4):.1f}").t(" on ").p("DATE", f"{r.randint(1, 28)}.{r.randint(1, 12)}.{r.randint(23, 26)}").t(".")
    return b


def _addr_rural(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """ADDRESS / ZIP: rural routes, PO boxes, units, compass suffixes; RR / counts kept."""
    b = NoteBuilder().t("Lives at ").p("ADDRESS", r.choice(["Rural Route ", "RR #", "R.R. "]) + f"{r.randint(1, 9)}, Box {r.randint(1, 999)}")
    b.t(", ").p("ADDRESS", fake.city()).t(", ").t(fake.state_abbr()).t(" ").p("ZIP", fake.zipcode()).t(". ")
    b.c(f"RR {r.randint(12, 30)}").t(", ").c(f"Box and Blocks {r.randint(20, 60)}").t(". Mail to ")
    b.p("ADDRESS", f"{r.choice(['GPO Box', 'Locked Bag', 'Private Bag'])} {r.randint(10, 9999)}").t(", ")
    b.p("ADDRESS", fake.city()).t(" ").p("ZIP", str(r.randint(2000, 7999))).t(". Old address ")
    b.p("ADDRESS", f"{r.randint(1, 999)} {fake.last_name()} {r.choice(['Avenue', 'Street', 'Road'])} {r.choice(['North', 'SW', 'East'])}").t(".")
    return b


def _addr_intl(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """ADDRESS / ZIP: Indian, Irish, Latin-American forms; doses with big numbers kept."""
    b = NoteBuilder().t("Address: ").p("ADDRESS", f"House No. {r.randint(1, 300)}").t(", ")
    b.p("ADDRESS", f"Sector {r.randint(1, 60)}").t(", ").p("ADDRESS", r.choice(["Noida", "Gurugram", "Pune"])).t(" - ")
    b.p("ZIP", f"{r.randint(110, 560)}{r.randint(0, 999):03d}").t(". Daughter in ").p("ADDRESS", r.choice(["Dublin", "Cork"]))
    b.t(" ").p("ZIP", f"D{r.randint(1, 24):02d} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(100, 999)}").t("; son at ")
    b.p("ADDRESS", f"Calle {fake.last_name()} {r.randint(1, 999)}").t(", C.P. ").p("ZIP", str(r.randint(10000, 99999))).t(".\n")
    b.c(f"Heparin {r.choice([5000, 25000])} units").t(", ").c(f"Creon {r.choice([10000, 25000])}").t(" with meals.")
    return b


def _addr_caps(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """ADDRESS / ZIP: a pharmacy line in capitals, a town after a residence phrase."""
    street = f"{r.randint(10, 99999)} {fake.last_name().upper()} {r.choice(['ROAD', 'STREET', 'HEIGHTS', 'CAUSEWAY', 'LANE'])}"
    b = NoteBuilder().t("Pharmacy: CORNER DRUG - ").p("ADDRESS", street).t(", ").p("ADDRESS", fake.city().upper())
    b.t(", ").t(fake.state_abbr()).t(" ").p("ZIP", fake.zipcode()).t(". ").c("2 TABS BY MOUTH DAILY").t(". Grew up in ")
    b.p("ADDRESS", fake.city()).t("; moved to ").p("ADDRESS", fake.city()).t(" in ").c("2019").t(". Lives in ")
    b.c("sheltered housing").t(".")
    return b


def _date_words(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """DATE: ordinal words, "Month the Nth", ranges; scores and ratios kept."""
    d = fake.date_between("-2y", "today")
    b = NoteBuilder().t("Admitted ").p("DATE", d.strftime("%B the ") + f"{d.day}{'th' if 4 <= d.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}")
    b.t(", discharge planned ").p("DATE", f"the {r.choice(_ORD_WORDS)} of {d.strftime('%B')}").t(". Leave ")
    b.p("DATE", f"{d.strftime('%b')} {r.randint(1, 9)}-{r.randint(10, 20)}, {d.year}").t(". ")
    b.c(f"GCS {r.randint(3, 4)}/{r.randint(3, 5)}/{r.randint(4, 6)}").t(", ").c(f"MRC {r.randint(2, 5)}/5").t(", ")
    b.c(f"I:E 1:{r.randint(2, 3)}").t(".")
    return b


def _date_informal(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """DATE: lower-case months, month-dash-day, dotted dates; blood gas kept."""
    d = fake.date_between("-2y", "today")
    b = NoteBuilder().t("seen ").p("DATE", f"{d.day} {d.strftime('%b').lower()}").t(", next appt ")
    b.p("DATE", f"{d.strftime('%b')}-{r.randint(1, 28)}").t(". Consent signed ").p("DATE", f"{r.randint(1, 12)}/{r.randint(1, 28)}").t(". ")
    b.c(f"ABG {r.uniform(7.1, 7.5):.2f}/{r.randint(30, 60)}/{r.randint(60, 110)}").t(", ").c("feb spikes x2").t(".")
    return b


def _date_foreign(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """DATE: Spanish / French / German dates in interpreted visits; doses kept."""
    b = NoteBuilder().t("Consentimiento firmado el ")
    b.p("DATE", f"{r.randint(1, 28)} de {r.choice(['enero', 'marzo', 'julio', 'octubre'])} de {r.randint(2020, 2026)}")
    b.t(". Lettre du ").p("DATE", f"{r.randint(1, 28)} {r.choice(['janvier', 'mars', 'juin'])} {r.randint(2020, 2026)}")
    b.t(". Befund vom ").p("DATE", f"{r.randint(1, 28)}. {r.choice(['Mai', 'Juni', 'Oktober'])} {r.randint(2020, 2026)}").t(". ")
    b.c(f"metformina {r.choice([500, 850])} mg").t(" 2 veces al día.")
    return b


def _name_sign(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """NAME: nicknames in quotes, signature blocks with middle initials."""
    b = NoteBuilder().t("Discussed with ").p("NAME", f"{fake.first_name()} \"{fake.first_name()}\" {fake.last_name()}")
    b.t(" (daughter). ").c(f"NEWS2 {r.randint(0, 7)}").t(".\nPatient: ").p("NAME", f"{fake.last_name()}, {fake.first_name()} {r.choice('ABCDJKLM')}")
    b.t("  DOB: ").p("DATE", fake.date_of_birth().strftime("%m/%d/%Y")).t("\nElectronically signed: ")
    b.p("NAME", f"{fake.first_name()} {fake.last_name()}").t(", MD")
    return b


def _name_particles(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """NAME: surname particles after a given name or a title."""
    part = r.choice(["dela", "de los", "ap", "binte", "van der", "da"])
    b = NoteBuilder().t("Referred by Dr. ").p("NAME", f"{fake.first_name()} {part} {fake.last_name()}").t("; ")
    b.t("copy to Dr. ").p("NAME", f"{r.choice(['binte', 'ap', 'O'])} {fake.last_name()}").t(". ")
    b.c("Foley catheter").t(" in situ, ").c(f"UO {r.randint(20, 80)} mL/h").t(".")
    return b


def _name_household(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """NAME: household and role words before a name, lower-case names after them."""
    b = NoteBuilder().t("Lives with roommate ").p("NAME", fake.first_name().lower()).t(" and private aide ")
    b.p("NAME", fake.first_name()).t(" 6 hrs/day. Caregiver ").p("NAME", f"{fake.first_name()} {fake.last_name()}")
    b.t(" taught ").c("Mepilex").t(" change. Agent: ").p("NAME", fake.first_name()).t(" (ID ").p("ID", str(r.randint(10000, 99999)))
    b.t("). ").c(f"Waterlow {r.randint(10, 25)}").t(".")
    return b


R11_TEMPLATES: list[Callable[[Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _age_clerking, _age_family, _age_portal, _url_tele, _url_portal, _url_leaflet,
    _addr_rural, _addr_intl, _addr_caps, _date_words, _date_informal, _date_foreign,
    _name_sign, _name_particles, _name_household,
]  # fmt: skip


def generate_r11(n: int, seed: int = 11) -> list[Note]:
    """The round-11 development notes (``TEMPLATES`` and ``generate`` are unchanged)."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = make_patient(fake, r)
        notes.append(R11_TEMPLATES[i % len(R11_TEMPLATES)](fake, r, pt).build(pt))
    return notes


# Round 12 development templates (``generate_r12``, corpus ``dev12`` in bench/scrubber.py): one
# per round-12 class, written from the classes (not from any corpus), each with clinical values
# of the same shapes that must stay.
_MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October",
           "November", "December"]  # fmt: skip
_MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_CREDS = ["MD", "RN", "NP", "MSW", "PA-C", "DO"]


def _nth(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _initials(r: random.Random) -> str:
    return "".join(r.choice("BDGJKLMNPRSTVWY") for _ in range(2))


def _r12_lower_names(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """NAME: lower-case names after "my name is", "signed", "cc:"; signed consent and cc: file kept."""
    b = NoteBuilder().t("Phone msg: hi, my name is ").p("NAME", f"{fake.first_name()} {fake.last_name()}".lower())
    b.t(" and I'm calling about my dad. ").c(f"Na {r.randint(128, 145)}").t(", ")
    b.c(f"K {r.randint(30, 55) / 10}").t(". Signed consent obtained.\n")
    b.t(r.choice(["Signed: ", "signed - ", "e-signed by "])).p("NAME", f"{fake.first_name()} {fake.last_name()}".lower())
    b.t(", RN\ncc: ").p("NAME", f"{fake.first_name()} {fake.last_name()}".lower()).t(", pharmacy; ")
    b.p("NAME", f"{fake.first_name()[0]}. {fake.last_name()}".lower()).t("\ncc: file")
    return b


def _r12_form_names(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """NAME: given + initial + surname, clergy, initial + surname + number, greetings, sign-offs;
    eponyms after a letter kept."""
    b = NoteBuilder().t("Hi ").p("NAME", fake.first_name()).t(",\nPlease see below. ")
    b.c(r.choice(["Factor V Leiden", "Group B Strep", "Vitamin D 45", "Hepatitis B"])).t(" noted. ")
    b.t("Seen by ").p("NAME", f"{fake.first_name()} {r.choice('ABCDEJKLMPRSW')}. {fake.last_name()}")
    b.t(f", {r.choice(_CREDS)}. Daughter ").p("NAME", f"{fake.first_name()} {r.choice('ABCDEJKLMPRSW')} {fake.last_name()}")
    b.t(" visits daily. ").t(r.choice(["Pastor ", "Rev. ", "Father ", "Imam ", "Rabbi "])).p("NAME", fake.last_name())
    b.t(" to visit. Clinic contact ").p("NAME", f"{r.choice('ABCDEJKLMPRSW')}. {fake.last_name()}").t(", ")
    b.p("PHONE", fake.numerify("###-###-####")).t(".\nInsulin per scale. /").p("NAME", _initials(r)).t("\n/")
    b.p("NAME", _initials(r)).t(" ").p("DATE", f"{r.randint(1, 12)}/{r.randint(1, 28)}").t("\nTranscribed by: ")
    b.p("NAME", _initials(r).lower()).t("  ").c(f"GCS {r.randint(9, 15)}").t(". ").c("Grade III").t(".")
    return b


def _r12_dates(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """DATE: "the 3rd of May", month + 'yy, month/yyyy; fractions and counts kept."""
    b = NoteBuilder().t("Seen on ").p("DATE", f"the {_nth(r.randint(1, 28))} of {r.choice(_MONTHS)}").t(". Last scope ")
    b.p("DATE", f"{r.choice(_MON_ABBR)} '{r.randint(10, 25)}").t("; started statin ")
    b.p("DATE", f"{r.choice(_MON_ABBR)}/{r.randint(2015, 2025)}").t(". Plan: ").c("5/7").t(" abx, review in ")
    b.c("2/52").t(". ").c(f"INR {r.randint(10, 40) / 10}").t(". Mobility ").c(f"{r.randint(1, 4)}/5").t(".")
    return b


def _r12_numbers(fake: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    """AGE bounds, AU / NZ phones, pagers, lab numbers; eGFR bounds, doses and counts kept."""
    b = NoteBuilder().t(r.choice(["Aged ", "Age: ", "age "])).p("AGE", f">{r.randint(90, 99)}").t(", lives alone. ")
    b.c(f"eGFR >{r.randint(60, 90)}").t(". Mob ").p("PHONE", fake.numerify("04## ### ###")).t(", home ")
    b.p("PHONE", fake.numerify(r.choice(["0#-### ####", "0%# ### ####"]))).t(". Paged ")
    b.p("PHONE", fake.numerify("#-####")).t(", no answer. Bleeped x2. Lab No. ")
    b.p("ID", fake.numerify("##.######")).t("; specimen ").p("ID", fake.bothify("?##-#####").upper())
    b.t(". ").c(f"Hb {r.randint(80, 140)} g/L").t(", ").c(f"{r.randint(2, 4)}.{r.randint(100, 900)} mg").t(" daily.")
    return b


R12_TEMPLATES: list[Callable[[Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _r12_lower_names,
    _r12_form_names,
    _r12_dates,
    _r12_numbers,
]


def generate_r12(n: int, seed: int = 12) -> list[Note]:
    """The round-12 development notes (``generate`` and ``generate_r11`` are unchanged)."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = make_patient(fake, r)
        notes.append(R12_TEMPLATES[i % len(R12_TEMPLATES)](fake, r, pt).build(pt))
    return notes
