"""HELD-OUT v5 PHI corpus: written before the fifth deid round (unseen names), never tuned on.

Name sources used nowhere else (not in dev, held-out v1-v4 or the shipped name lists, see
``build_name_lists.py``): Faker ne_NP, hi_IN and mr_IN (Devanagari, transliterated with a
simple table and final-schwa deletion) and ko_KR (Hangul, romanised algorithmically; common
surnames in their usual spelling: Kim, Lee, Park ...), plus invented names from a syllable
inventory shared with no other corpus. Templates are new and dense in clinical values next to
capitalised words and names: medication administration record ("Metoprolol 25 mg PO given by
RN X at 08:00"), lab result lines ("K+ 5.9 (H) Cr 180 eGFR 38"), a vitals table with staff
initials, an admission clerking with allergy list, PMH eponyms and NOK, a bed-state board
(Bay / Bed / equipment words, Optiflow, PICC), an escalation / DNACPR note and an IT incident
note (URL, IP, e-mail, SSN). Eponyms of diseases, scales and devices (Glasgow, Parkinson's,
Cushing's, Foley catheter ...) are clinical text that must survive. Run it only for final
figures: its per-span misses and lost clinical values are not to be inspected while the
scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["ne_NP", "hi_IN", "mr_IN", "ko_KR"]

# --- Devanagari -> ASCII -------------------------------------------------------------------
_DEV_CONS = dict(zip(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
    ["k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n", "t",
     "th", "d", "dh", "n", "p", "ph", "b", "bh", "m", "y", "r", "l", "v", "sh", "sh", "s", "h",
     "l"],
    strict=True,
))  # fmt: skip
_DEV_VOWEL = dict(zip("अआइईउऊऋएऐओऔऑ", ["a", "aa", "i", "ee", "u", "oo", "ri", "e", "ai", "o", "au", "o"], strict=True))
_DEV_MATRA = dict(zip("ािीुूृेैोौॉ", ["a", "i", "i", "u", "u", "ri", "e", "ai", "o", "au", "o"], strict=True))
_DEV_SIGN = {"ं": "n", "ँ": "n", "ः": "h"}
_VIRAMA = "्"

# --- Hangul -> ASCII (Revised Romanisation, simplified) ------------------------------------
_KO_INIT = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k",
            "t", "p", "h"]  # fmt: skip
_KO_MED = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i"]  # fmt: skip
_KO_FIN = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]  # fmt: skip
_KO_SURNAME = {
    "김": "Kim", "이": "Lee", "박": "Park", "최": "Choi", "정": "Jung", "강": "Kang", "조": "Cho",
    "윤": "Yoon", "장": "Jang", "임": "Lim", "한": "Han", "오": "Oh", "서": "Seo", "신": "Shin",
    "권": "Kwon", "황": "Hwang", "안": "Ahn", "송": "Song", "류": "Ryu", "전": "Jeon", "홍": "Hong",
    "고": "Ko", "문": "Moon", "양": "Yang", "손": "Son", "배": "Bae", "백": "Baek", "허": "Heo",
    "유": "Yoo", "남": "Nam", "심": "Shim", "노": "Noh", "곽": "Kwak", "성": "Sung", "차": "Cha",
    "주": "Joo", "우": "Woo", "구": "Koo", "민": "Min", "진": "Jin", "지": "Ji", "엄": "Um",
    "채": "Chae", "원": "Won", "천": "Cheon", "방": "Bang", "공": "Kong", "현": "Hyun",
}  # fmt: skip

# syllables for invented names: no inventory shared with dev.py, heldout3.py or heldout4.py
_ONSET = ["zh", "v", "kh", "n", "r", "h", "ts", "m", "g", "j", "x", "sv", "dv", "ny"]
_NUC = ["a", "i", "u", "e", "o", "aa", "uu", "ei", "ae"]
_CODA = ["", "", "n", "r", "s", "v", "m", "th", "nk"]

RX = ["Metoprolol 25 mg PO", "Bisoprolol 2.5 mg OD", "Co-amoxiclav 625 mg TDS", "Oramorph 5 mg PRN",
      "Dalteparin 5000 units SC", "Levetiracetam 500 mg BD", "Madopar 62.5 mg", "Ondansetron 4 mg IV",
      "Gentamicin 5 mg/kg IV", "Lansoprazole 30 mg OD", "Sando-K 2 tabs BD", "Tramadol 50 mg QDS",
      "Edoxaban 60 mg OD", "Dexamethasone 6 mg OD", "Meropenem 1 g TDS", "Vancomycin 1 g BD",
      "Fluoxetine 20 mg OM", "Digoxin 62.5 mcg OD", "Sodium valproate 500 mg BD",
      "Methotrexate 15 mg weekly", "Insulin aspart 6 units", "Ramipril 2.5 mg OD",
      "Prednisolone 40 mg OM", "Rivaroxaban 20 mg OD", "Cefalexin 500 mg TDS", "Quetiapine 25 mg ON"]  # fmt: skip
LABS = ["K+ 5.9 (H)", "Cr 180", "eGFR 38", "Hb 92 (L)", "WCC 14.2", "Plt 88", "INR 2.9",
        "Mg 0.61 (L)", "Phos 0.5", "Trop 45", "BNP 890", "ALT 120", "Bili 34", "Urea 12.4",
        "pH 7.29", "pCO2 6.8", "HCO3 19", "BE -5", "Lactate 4.1", "Glucose 17.2", "HbA1c 64",
        "TSH 0.02", "Ferritin 12", "D-dimer 1.8", "Amylase 950", "Na+ 129", "CK 2400"]  # fmt: skip
VITALS = ["HR 112", "BP 88/50", "RR 26", "SpO2 91% RA", "Temp 38.9", "MEWS 5", "GCS 14/15",
          "AVPU A", "CBG 3.1", "Pain 7/10", "UO 20 ml/hr", "NEWS2 7", "GCS E3V4M6"]  # fmt: skip
BEDS = ["Bay 4 Bed 2", "Bay 1 Bed 6", "Side Room 3", "Bay 2 Bed 5", "Ward 21 Bed 8", "Cubicle 7"]
KIT = ["Optiflow 40 L/min FiO2 0.35", "PICC", "NG tube", "Foley catheter", "Venturi 28%",
       "AIRVO 2 at 50 L/min", "Hickman line", "Bair Hugger", "Flowtron boots", "Alaris pump",
       "CPAP 8 cmH2O", "Ryles tube"]  # fmt: skip
ABBR = ["NBM", "DNACPR", "TDS", "PRN", "TTO", "IVAB", "ReSPECT form", "TEDs", "VTE assessment",
        "AKI stage 2", "CTPA", "FBC U&E", "LP", "OGD", "ABG"]  # fmt: skip
EPONYMS = ["Glasgow Coma Scale", "Parkinson's disease", "Cushing's syndrome", "Foley catheter",
           "Addison's disease", "Guillain-Barre syndrome", "Hodgkin lymphoma", "Wernicke's encephalopathy",
           "Graves' disease", "Barthel 60", "Braden 14", "Epley manoeuvre", "Seldinger technique",
           "Kussmaul breathing", "Cheyne-Stokes breathing", "Murphy's sign", "Romberg's test",
           "Babinski positive", "Meniere's disease", "Raynaud's"]  # fmt: skip
ALLERGENS = ["Penicillin (rash)", "Codeine (vomiting)", "Latex", "Trimethoprim (angioedema)",
             "Elastoplast", "Chlorhexidine", "NKDA", "Morphine (itch)", "Clarithromycin"]  # fmt: skip
ROLES = ["RN", "SN", "HCA", "Staff Nurse", "CSW", "ANP", "Dr", "FY1", "SpR", "Sister"]


def _deva(s: str) -> str:
    out: list[str] = []
    pending = False  # inherent "a" of the last consonant not yet written
    for c in s:
        if c in _DEV_CONS:
            if pending:
                out.append("a")
            out.append(_DEV_CONS[c])
            pending = True
        elif c in _DEV_MATRA:
            out.append(_DEV_MATRA[c])
            pending = False
        elif c == _VIRAMA:
            pending = False
        elif c in _DEV_VOWEL:
            if pending:
                out.append("a")
            out.append(_DEV_VOWEL[c])
            pending = False
        elif c in _DEV_SIGN:
            if pending:
                out.append("a")
            out.append(_DEV_SIGN[c])
            pending = False
    word = "".join(out)  # final inherent "a" dropped (schwa deletion)
    return word.capitalize()


def _hangul(s: str, surname: bool) -> str:
    if surname and s in _KO_SURNAME:
        return _KO_SURNAME[s]
    out = []
    for c in s:
        o = ord(c) - 0xAC00
        if 0 <= o < 11172:
            out.append(_KO_INIT[o // 588] + _KO_MED[(o % 588) // 28] + _KO_FIN[o % 28])
    return "".join(out).capitalize()


def _invented(r: random.Random) -> str:
    n = r.choice([2, 2, 3])
    return ("".join(r.choice(_ONSET) + r.choice(_NUC) for _ in range(n)) + r.choice(_CODA)).capitalize()


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
        for _ in range(5):
            raw = fk.first_name() if first else fk.last_name()
            n = _hangul(raw, not first) if loc == "ko_KR" else _deva(raw)
            if len(n) >= 2 and n.isalpha():
                return n
        return _invented(r)

    def first(self, r: random.Random) -> str:
        return self._pick(r, True)

    def last(self, r: random.Random) -> str:
        return self._pick(r, False)

    def full(self, r: random.Random) -> str:
        return f"{self.first(r)} {self.last(r)}"


def _date(r: random.Random, us: Faker) -> str:
    d = us.date_between("-3y", "today")
    return r.choice([
        d.strftime("%d/%m/%y"), d.strftime("%-d.%-m.%Y"), d.strftime("%a %d %b %Y"),
        d.strftime("%Y/%m/%d"), d.strftime("%B %-d %Y"), d.strftime("%d %B %Y"),
        d.strftime("%d-%m-%Y"),
    ])  # fmt: skip


def _phone(r: random.Random) -> str:
    return r.choice([
        f"07{r.randint(100, 999)}{r.randint(100000, 999999)}",
        f"({r.randint(201, 989)}) {r.randint(200, 999)}-{r.randint(1000, 9999)}",
        f"+977 98{r.randint(10000000, 99999999)}",
        f"+82 10-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        f"0{r.randint(1200, 1999)} {r.randint(100000, 999999)}",
    ])  # fmt: skip


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}"


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": f"{r.choice('KMTW')}{r.randint(1000000, 9999999)}"}],
        "name": [{"given": [p.first(r)], "family": p.last(r)}],
        "telecom": [{"system": "phone", "value": _phone(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.zipcode()}],
        "birthDate": us.date_of_birth(minimum_age=30, maximum_age=99).isoformat(),
    }  # fmt: skip


def _mar(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("MEDICATION ADMINISTRATION RECORD\n").p("NAME", f"{n['given'][0]} {n['family']}")
    b.t("  Hosp no ").p("ID", pt["identifier"][0]["value"]).t("  ").c(r.choice(BEDS)).t("  ").p("DATE", _date(r, us))
    b.t("\n").c(_time(r)).t(" ").c(r.choice(RX)).t(" given by ").t(r.choice(ROLES[:3])).t(" ").p("NAME", p.last(r))
    b.t("\n").c(_time(r)).t(" ").c(r.choice(RX)).t(" given by ").p("NAME", p.first(r)).t(", checked by ")
    b.p("NAME", p.full(r)).t("\n").c(_time(r)).t(" ").c(r.choice(RX)).t(" withheld - ").c(r.choice(ABBR))
    b.t(", ").c(r.choice(VITALS)).t("; ").p("NAME", p.first(r)).t(" informed\n").c(_time(r)).t(" ")
    b.c(r.choice(RX)).t(" refused. ").p("NAME", n["given"][0]).t(" says it makes her dizzy.\nAllergies: ")
    b.c(r.choice(ALLERGENS)).t(", ").c(r.choice(ALLERGENS)).t(". Pharmacist ").p("NAME", p.full(r)).t(" to review.")
    return b


def _labs(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Results for ").p("NAME", f"{n['family'].upper()}, {n['given'][0].upper()}")
    b.t(" (").p("ID", pt["identifier"][0]["value"]).t(") collected ").p("DATE", _date(r, us)).t(" ").c(_time(r))
    b.t("\n").c(r.choice(LABS)).t("  ").c(r.choice(LABS)).t("  ").c(r.choice(LABS)).t("\n")
    b.c(r.choice(LABS)).t("  ").c(r.choice(LABS)).t("\nCritical ").c(r.choice(LABS)).t(" phoned to ")
    b.t("Dr ").p("NAME", p.last(r)).t(" on ext ").p("PHONE", str(r.randint(2000, 6999))).t(" by ")
    b.p("NAME", p.first(r)).t(" (Biochemistry). Repeat ").c(r.choice(ABBR)).t(" and start ")
    b.c(r.choice(RX)).t(". Report: ").p("URL", f"http://ice.{us.domain_name()}/r/{r.randint(100000, 999999)}")
    return b


def _vitals(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Obs chart - ").p("NAME", f"{n['given'][0]} {n['family']}").t(", ").c(r.choice(BEDS))
    b.t("\nTime | HR | BP | RR | SpO2 | Temp | Sign\n")
    for _ in range(3):
        b.c(_time(r)).t(" | ").c(str(r.randint(55, 135))).t(" | ").c(f"{r.randint(80, 170)}/{r.randint(40, 95)}")
        b.t(" | ").c(str(r.randint(12, 32))).t(" | ").c(f"{r.randint(86, 100)}%").t(" | ")
        b.c(f"{r.randint(355, 395) / 10:.1f}").t(" | ").p("NAME", p.first(r)).t("\n")
    b.c(r.choice(VITALS)).t(", ").c(r.choice(VITALS)).t(", on ").c(r.choice(KIT)).t(". Escalated to ")
    b.p("NAME", p.full(r)).t(" (CCOT) who reviewed at ").c(_time(r)).t("; plan ").c(r.choice(ABBR))
    b.t(". ").c(r.choice(EPONYMS)).t(" noted. ").p("NAME", p.first(r)).t(" (HCA) doing 1-hourly obs.")
    return b


def _clerking(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    a = pt["address"][0]
    b = NoteBuilder().t("Admission clerking ").p("DATE", _date(r, us)).t("\n").p("NAME", n["given"][0])
    b.t(" ").p("NAME", n["family"]).t(", ").p("AGE", str(r.randint(90, 103))).t(" y/o, of ")
    b.p("ADDRESS", a["line"][0]).t(", ").p("ADDRESS", a["city"]).t(" ").p("ZIP", a["postalCode"]).t(".\nPMH: ")
    b.c(r.choice(EPONYMS)).t(", ").c(r.choice(EPONYMS)).t(", ").c(r.choice(ABBR)).t(".\nDHx: ")
    b.c(r.choice(RX)).t(", ").c(r.choice(RX)).t(".\nAllergies: ").c(r.choice(ALLERGENS)).t(".\nNOK: ")
    b.p("NAME", p.full(r)).t(" (husband) ").p("PHONE", _phone(r)).t(", ").p(
        "EMAIL", f"{p.first(r).lower()}{r.randint(1, 99)}@{us.free_email_domain()}")
    b.t("\nO/E: ").c(r.choice(VITALS)).t(", ").c(r.choice(VITALS)).t(". Clerked by FY1 ")
    b.p("NAME", p.last(r)).t(", seen by ").p("NAME", p.full(r)).t(" on PTWR.")
    return b


def _board(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("BED STATE ").p("DATE", _date(r, us)).t(" ").c(_time(r)).t("\n")
    b.c(r.choice(BEDS)).t(": ").p("NAME", n["family"]).t(" ").p("NAME", n["given"][0]).t(" - ").c(r.choice(KIT))
    b.t(", ").c(r.choice(VITALS)).t(", ").c(r.choice(ABBR)).t(", nurse ").p("NAME", p.first(r)).t("\n")
    b.c(r.choice(BEDS)).t(": ").p("NAME", p.full(r)).t(" - ").c(r.choice(KIT)).t(", ").c(r.choice(EPONYMS))
    b.t(", ").c(r.choice(RX)).t("\n").c(r.choice(BEDS)).t(": ").p("NAME", p.last(r)).t(" (")
    b.p("AGE", str(r.randint(90, 101))).t("M) - ").c(r.choice(ABBR)).t(", ").c(r.choice(LABS))
    b.t(", son ").p("NAME", p.first(r)).t(" visiting\nCoordinator: ").p("NAME", p.full(r)).t(" bleep ")
    b.p("PHONE", str(r.randint(1000, 1999)))
    return b


def _escalation(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("Escalation note ").c(_time(r)).t(". Called to see ").p("NAME", n["given"][0])
    b.t(" ").p("NAME", n["family"]).t(", ").c(r.choice(VITALS)).t(", ").c(r.choice(VITALS)).t(", ")
    b.c(r.choice(LABS)).t(". ").c(r.choice(RX)).t(" given stat. ").c(r.choice(EPONYMS)).t(" assessed.\n")
    b.c("DNACPR").t(" in place, signed by ").p("NAME", p.full(r)).t(" on ").p("DATE", _date(r, us))
    b.t("; discussed with daughter ").p("NAME", p.first(r)).t(" on ").p("PHONE", _phone(r)).t(".\n")
    b.p("NAME", p.first(r)).t(" ").p("NAME", p.last(r)).t(" (outreach) agrees: ").c(r.choice(KIT))
    b.t(", ").c(r.choice(ABBR)).t(", for ward-based care. ").p("NAME", p.last(r)).t(" to hand over to nights.")
    return b


def _incident(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    n = pt["name"][0]
    b = NoteBuilder().t("IT incident: the ").c("Alaris pump").t(" log for ").p("NAME", f"{n['given'][0]} {n['family']}")
    b.t(" (SSN ").p("SSN", us.ssn()).t(") was uploaded from ").p("IP", us.ipv4())
    b.t(" to ").p("URL", f"https://{us.domain_name()}/pumps/{r.randint(100, 999)}").t(". Infusion: ")
    b.c(r.choice(RX)).t(" at ").c(f"{r.randint(2, 40)} ml/hr").t(". Reported by ").p("NAME", p.full(r))
    b.t(" (").p("EMAIL", f"{p.last(r).lower()}.{p.first(r)[0].lower()}@{us.free_email_domain()}").t("), ")
    b.t("ref ").p("ID", f"INC{r.randint(1000000, 9999999)}").t(". Patient lives at ").p("ADDRESS", us.street_address())
    b.t(", ").p("ADDRESS", us.city()).t(", ").p("ADDRESS", us.state_abbr()).t(" ").p("ZIP", us.zipcode()).t(".")
    return b


TEMPLATES: list[Callable[[_People, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _mar, _labs, _vitals, _clerking, _board, _escalation, _incident,
]  # fmt: skip


def generate(n: int, seed: int = 5151) -> list[Note]:
    people = _People(seed)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](people, us, r, pt).build(pt))
    return notes
