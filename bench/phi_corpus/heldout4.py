"""HELD-OUT v4 PHI corpus: written before the fourth deid round (unseen names), never tuned on.

Name sources used nowhere else (not in dev, held-out v1/v2/v3 or the shipped name lists,
see ``build_name_lists.py``): Faker ja_JP and zh_CN / zh_TW (their romanised name lists),
el_GR (Greek), ka_GE (Georgian) and hy_AM (Armenian), transliterated to ASCII with simple
tables, plus invented names from a syllable inventory shared with no other corpus.
New templates: SBAR phone handover, discharge summary with a "SURNAME, Given" header,
pager / bleep messages with lower-case names, family-call note (names opening sentences,
possessives, "with X"), night handover bed list (several patients, visitor lists "A, B and
C"), remote-access audit note (URL, IP, e-mail, SSN). Clinical values (drugs, scores,
wards, eponyms) are labelled as values that must survive. Run it only for final figures:
its per-span misses are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["ja_JP", "zh_CN", "zh_TW", "el_GR", "ka_GE", "hy_AM"]
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s",
     "s", "t", "y", "f", "ch", "ps", "o"],
    strict=True,
))  # fmt: skip
_GEORGIAN = dict(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s",
     "t", "u", "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"],
    strict=True,
))  # fmt: skip
_ARMENIAN = dict(zip(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    ["a", "b", "g", "d", "e", "z", "e", "y", "t", "zh", "i", "l", "kh", "ts", "k", "h", "dz",
     "gh", "ch", "m", "y", "n", "sh", "o", "ch", "p", "j", "r", "s", "v", "t", "r", "ts", "v",
     "p", "k", "o", "f"],
    strict=True,
))  # fmt: skip
_TABLE = _GREEK | _GEORGIAN | _ARMENIAN | {"և": "ev"}
# syllables for invented names: no list shared with dev.py or heldout3.py
_ONSET = ["f", "l", "qu", "w", "y", "ch", "sk", "br", "c", "d", "fr", "gl", "bl", "st"]
_NUC = ["a", "e", "i", "o", "u", "ia", "eo", "ay", "oa"]
_CODA = ["", "", "t", "d", "ng", "ff", "ll", "sh", "rn"]

WARDS = ["Ward 7B", "Ward 14", "ICU", "HDU", "AMU", "CCU", "Ward 2 South", "Ward 9A", "SDEC"]
RX = ["enoxaparin 40 mg SC", "amoxicillin 500 mg tds", "furosemide 40 mg IV", "Sinemet 125 mg",
      "apixaban 5 mg BD", "paracetamol 1 g QDS", "Tazocin 4.5 g IV", "insulin glargine 20 units",
      "amlodipine 10 mg OD", "Zopiclone 3.75 mg ON", "haloperidol 0.5 mg PRN", "Senna 15 mg ON"]  # fmt: skip
VALUES = ["NEWS2 6", "lactate 3.2", "BP 92/55", "HR 118", "SpO2 89% on 4L", "GCS 13", "CRP 196",
          "eGFR 28", "Na 128", "temp 38.6", "Rockall 4", "Waterlow 16", "CURB-65 3", "AVPU P"]  # fmt: skip
EPONYMS = ["Foley catheter", "Parkinson's disease", "Alzheimer's dementia", "Hartmann's pouch",
           "Crohn's flare", "Bell's palsy"]  # fmt: skip


def _ascii(s: str) -> str:
    out = []
    for c in s:
        lo = unicodedata.normalize("NFD", c.lower())[0]
        if lo in _TABLE:
            t = _TABLE[lo]
            out.append(t.capitalize() if c != c.lower() else t)
        else:
            out.append(c)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return "".join(c for c in s if (c.isascii() and c.isalpha()) or c in "'- ").strip()


def _invented(r: random.Random) -> str:
    n = r.choice([2, 2, 3])
    body = "".join(r.choice(_ONSET) + r.choice(_NUC) for _ in range(n))
    return (body + r.choice(_CODA)).capitalize()


class _People:
    def __init__(self, seed: int) -> None:
        self.fakes = {loc: Faker(loc) for loc in LOCALES}
        for i, fk in enumerate(self.fakes.values()):
            fk.seed_instance(seed + i)

    def _pick(self, r: random.Random, first: bool) -> str:
        if r.random() < 0.2:
            return _invented(r)
        loc = r.choice(LOCALES)
        fk = self.fakes[loc]
        if loc in ("ja_JP", "zh_CN", "zh_TW"):
            n = fk.first_romanized_name() if first else fk.last_romanized_name()
        else:
            n = fk.first_name() if first else fk.last_name()
        n = _ascii(n).replace(" ", "")
        return n.capitalize() if n.isupper() or n.islower() else n

    def first(self, r: random.Random) -> str:
        return self._pick(r, True)

    def last(self, r: random.Random) -> str:
        return self._pick(r, False)

    def full(self, r: random.Random) -> str:
        return f"{self.first(r)} {self.last(r)}"


def _date(r: random.Random, us: Faker) -> str:
    d = us.date_between("-2y", "today")
    return r.choice([
        d.strftime("%d-%b-%Y"), d.strftime("%-d/%-m/%Y"), d.strftime("%A %-d %B"),
        d.strftime("%Y-%m-%d"), d.strftime("%b %-d, %Y"), d.strftime("%d.%m.%Y"),
        d.strftime("%-d %b %y"),
    ])  # fmt: skip


def _phone(r: random.Random) -> str:
    return r.choice([
        f"07{r.randint(300, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        f"{r.randint(201, 989)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        f"+30 {r.randint(21, 28)}{r.randint(0, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        f"+81 {r.randint(3, 9)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"(0{r.randint(113, 191)}) {r.randint(200, 999)} {r.randint(1000, 9999)}",
    ])  # fmt: skip


def _age(r: random.Random) -> str:
    return str(r.randint(90, 104))


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": f"RX{r.randint(100000, 999999)}"}],
        "name": [{"given": [p.first(r)], "family": p.last(r)}],
        "telecom": [{"system": "phone", "value": _phone(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.zipcode()}],
        "birthDate": us.date_of_birth(minimum_age=40, maximum_age=99).isoformat(),
    }  # fmt: skip


def _sbar(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("SBAR phone handover, ").p("DATE", _date(r, us)).t(".\nS: ")
    b.p("NAME", f"{n['given'][0]} {n['family']}").t(", ").c(r.choice(WARDS)).t(", ")
    b.c(r.choice(VALUES)).t(".\nB: ").p("AGE", _age(r)).t("-year-old, admitted with sepsis. ")
    b.t("Lives with ").p("NAME", p.first(r)).t(", her granddaughter.\nA: ").c(r.choice(VALUES))
    b.t(", ").c(r.choice(VALUES)).t(". ").p("NAME", n["given"][0]).t(" looks grey.\nR: ")
    b.p("NAME", p.full(r)).t(" to review within 30 min; ").c(r.choice(RX)).t(" given. Handed over ")
    b.t("by ").p("NAME", p.first(r)).t(" to ").p("NAME", p.first(r)).t(".")
    return b


def _discharge(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    a = pt["address"][0]
    b = NoteBuilder().t("DISCHARGE SUMMARY\nPatient: ").p("NAME", f"{n['family'].upper()}, {n['given'][0]}")
    b.t("   MRN: ").p("ID", pt["identifier"][0]["value"]).t("   DOB: ").p("DATE", us.date_of_birth().strftime("%d/%m/%Y"))
    b.t("\nAddress: ").p("ADDRESS", a["line"][0]).t(", ").p("ADDRESS", a["city"]).t(", ")
    b.p("ADDRESS", us.state_abbr()).t(" ").p("ZIP", a["postalCode"]).t("\nAdmitted ").p("DATE", _date(r, us))
    b.t(" under ").p("NAME", p.last(r)).t("'s team with ").c(r.choice(EPONYMS)).t(". ")
    b.t("Discharged on ").c(r.choice(RX)).t(" and ").c(r.choice(RX)).t(". ")
    b.t("Follow-up with ").p("NAME", p.full(r)).t(" in clinic. GP: ").p("NAME", p.full(r))
    b.t(", ").p("EMAIL", f"{p.last(r).lower().replace(chr(39), '')}.gp@{us.free_email_domain()}").t(".")
    return b


def _pager(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    s1, s2 = p.first(r).lower(), p.first(r).lower()
    b = NoteBuilder().t("Pager log\n").c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" ")
    b.p("NAME", s1).t(": pls r/v ").p("NAME", n["given"][0].lower()).t(" ").p("NAME", n["family"].lower())
    b.t(" side room 2, ").c(r.choice(VALUES)).t(", call ").p("PHONE", _phone(r)).t("\n")
    b.c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" ").p("NAME", s2).t(": coming, ask ")
    b.p("NAME", p.first(r).lower()).t(" to get a gas. ").c(r.choice(RX)).t(" ok\n")
    b.c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(" ").p("NAME", s1)
    b.t(": thanks, ").p("NAME", p.first(r).lower()).t(" has the bloods")
    return b


def _family(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    d = p.first(r)
    b = NoteBuilder().t("Family call note. Spoke on the phone with ").p("NAME", d).t(" ")
    b.p("NAME", p.last(r)).t(" (daughter, ").p("PHONE", _phone(r)).t("). ").p("NAME", d)
    b.t(" is worried that ").p("NAME", n["given"][0]).t(" is not eating. ").p("NAME", d)
    b.t("'s brother ").p("NAME", p.first(r)).t(" will visit ").p("DATE", _date(r, us)).t(". ")
    b.t("Explained ").c(r.choice(VALUES)).t(" and that ").c(r.choice(RX)).t(" has started. ")
    b.p("NAME", p.last(r)).t(" from the palliative team joined the call with ").p("NAME", p.full(r))
    b.t(". Agreed to update her son ").p("NAME", p.first(r).lower()).t(" by text.")
    return b


def _night(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Night handover ").c(r.choice(WARDS)).t("\nBed 1 - ")
    b.p("NAME", n["family"].upper()).t(" ").p("NAME", n["given"][0]).t(" (").p("AGE", _age(r))
    b.t("F) - ").c(r.choice(VALUES)).t(", on ").c(r.choice(RX)).t(". Visitors: ").p("NAME", p.first(r))
    b.t(", ").p("NAME", p.first(r)).t(" and ").p("NAME", p.full(r)).t(".\nBed 2 - ")
    b.p("NAME", f"{p.last(r).upper()}, {p.first(r)}").t(" - ").c(r.choice(VALUES)).t(". ")
    b.p("NAME", p.first(r)).t(" and ").p("NAME", p.first(r)).t(" staying overnight.\nBed 3 - ")
    b.p("NAME", p.full(r)).t(" - ").c(r.choice(EPONYMS)).t(", ").c(r.choice(VALUES)).t(".")
    return b


def _audit(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Records access audit. Nurse ").p("NAME", p.full(r)).t(" opened the chart of ")
    b.p("NAME", f"{n['given'][0]} {n['family']}").t(" (SSN ").p("SSN", us.ssn()).t(") from ")
    b.p("IP", us.ipv4_private()).t(" via ").p("URL", f"https://{us.domain_name()}/chart/{r.randint(1000, 9999)}")
    b.t(" at ").c(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}").t(". ").p("NAME", p.first(r))
    b.t(" confirmed it was for ").c(r.choice(RX)).t(" review. Queries to ")
    b.p("EMAIL", f"{p.first(r).lower()}.{p.last(r).lower()}@{us.free_email_domain()}".replace("'", ""))
    b.t(", insurance id ").p("ID", f"{r.randint(100, 999)}-{r.randint(100000, 999999)}").t(".")
    return b


TEMPLATES: list[Callable[[_People, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _sbar, _discharge, _pager, _family, _night, _audit,
]  # fmt: skip


def generate(n: int, seed: int = 4242) -> list[Note]:
    people = _People(seed)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](people, us, r, pt).build(pt))
    return notes
