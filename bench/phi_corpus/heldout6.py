"""HELD-OUT v6 PHI corpus: written before the sixth deid round (unseen names), never tuned on.

Name sources used nowhere else (not in dev, v1-v5 or the shipped name lists, see
``build_name_lists.py``): Faker ar_AA, fa_IR and he_IL (Arabic, Persian and Hebrew script,
romanised with a letter table and a vowel put between consonants, "محمد" -> "Mahamad"),
Faker ha_NG and ig_NG (Hausa and Igbo; excluded from the lists since round 2 with the other
Nigerian locales, used by no corpus: v2 used yo_NG) and invented names from a syllable
inventory shared with no other corpus. Templates are new: ED triage, theatre list,
physiotherapy note, pharmacy medicines reconciliation, safeguarding note, discharge letter
to the GP, patient-portal message. Dates in many written forms (ISO, "3rd of March",
"03/04/25", "Tues 4th", "last Friday 12/3", ISO date-time). Clinical values sit next to
capitalised words: scores, doses, ward devices, dressings and equipment brands (Aquacel,
Allevyn, Sara Stedy ...), eponyms. Run it only for final figures: its per-span misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["ar_AA", "fa_IR", "he_IL", "ha_NG", "ig_NG"]

# --- Arabic / Persian / Hebrew script -> ASCII (consonant skeleton + inserted vowels) ---------
_AR = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h",
    "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ک": "k", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "W", "ي": "Y", "ی": "Y", "ى": "a", "ء": "",
    "ؤ": "u", "ئ": "i", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g",
}  # fmt: skip
_HE = {
    "א": "a", "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ו": "W", "ז": "z", "ח": "ch", "ט": "t",
    "י": "Y", "כ": "ch", "ך": "ch", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip
_VOW = set("aeiou")

# syllables for invented names: an inventory used by no other corpus
_ONSET = ["b", "q", "tl", "w", "dz", "f", "l", "pr", "y", "gw", "s", "br", "kw", "t"]
_NUC = ["a", "o", "ia", "ou", "e", "ai", "io", "u", "ee"]
_CODA = ["", "", "l", "x", "d", "ng", "rt", "sk", "p"]

RX = ["Apixaban 5 mg BD", "Atorvastatin 80 mg ON", "Clopidogrel 75 mg OD", "Furosemide 40 mg IV BD",
      "Amlodipine 10 mg OD", "Paracetamol 1 g QDS", "Morphine sulfate 10 mg PRN", "Enoxaparin 40 mg SC",
      "Omeprazole 20 mg OD", "Levothyroxine 100 mcg OD", "Metformin 1 g BD", "Gabapentin 300 mg TDS",
      "Salbutamol 2.5 mg NEB", "Piperacillin-tazobactam 4.5 g TDS", "Adcal-D3 1 tab BD",
      "Senna 15 mg ON", "Laxido 1 sachet BD", "Warfarin 3 mg (INR 2-3)", "Insulin glargine 18 units",
      "Tamsulosin 400 mcg OD", "Sertraline 50 mg OD", "Alendronic acid 70 mg weekly",
      "Co-codamol 30/500 2 tabs QDS", "Nitrofurantoin 100 mg BD", "Haloperidol 0.5 mg PRN"]  # fmt: skip
SCORES = ["NEWS2 6", "Waterlow 18", "Morse 45", "MUST 2", "CFS 6", "4AT 5", "Abbey 8", "MMSE 22/30",
          "Rockwood 7", "Wells 4.5", "CURB-65 3", "qSOFA 2", "Barthel 45", "Tinetti 14", "Berg 38",
          "MRC 3/5", "ROM 0-90", "Oxford 4/5", "ATS 2", "Manchester Triage orange", "FAST positive",
          "ABCD2 5", "Borg 4", "PEFR 220", "FEV1 1.2 L"]  # fmt: skip
OBS = ["HR 124", "BP 92/58", "RR 28", "SpO2 89% on 2L", "Temp 39.2", "GCS 13/15", "BM 22.1",
       "Pain 8/10", "CRT 4s", "ketones 3.2", "Lactate 3.6", "Hb 78", "K+ 6.1", "Na 124",
       "Cr 212", "CRP 240", "WCC 18.9", "INR 4.2", "Trop 112", "eGFR 27"]  # fmt: skip
KIT = ["Aquacel Ag", "Allevyn Life", "Kaltostat", "Cavilon cream", "Zimmer frame", "Sara Stedy",
       "Oxford hoist", "Repose mattress", "Nimbus mattress", "Venflon 18G", "Medline pads",
       "Rotunda", "Kendall SCD sleeves", "Baxter pump", "Perfusor", "Opsite dressing",
       "Inadine", "Steri-Strips", "Mefix tape", "Jelonet", "Duoderm", "Conveen sheath",
       "Hudson mask", "Nebuliser", "Quattro bed"]  # fmt: skip
EPONYMS = ["Colles fracture", "Weber B ankle", "Garden IV NOF", "Baker's cyst", "Dupuytren's contracture",
           "Thomas splint", "Trendelenburg gait", "Lachman test", "McMurray's test", "Bell's palsy",
           "Crohn's disease", "Alzheimer's dementia", "Korsakoff syndrome", "Charcot foot",
           "Paget's disease", "Sjogren's", "Schatzker II", "Salter-Harris II", "Smith's fracture"]  # fmt: skip
PROCS = ["Lap chole", "TKR (R)", "THR (L)", "DHS", "ORIF wrist", "EUA + rigid sigmoidoscopy", "TURP",
         "Hartmann's procedure", "Appendicectomy", "Whipple's", "Carpal tunnel release", "ERCP",
         "Hemiarthroplasty", "Cystoscopy", "Ex-lap"]  # fmt: skip
RELATION = ["wife", "husband", "daughter", "son", "niece", "neighbour", "carer", "partner", "brother"]
STAFF = ["Dr", "Mr", "Ms", "Sister", "Nurse", "Physio", "Pharmacist", "SHO", "Reg", "Consultant"]


def _romanise(s: str, table: dict[str, str], fill: str) -> str:
    out: list[str] = []
    for c in s:
        piece = table.get(c)
        if piece is None:
            continue
        if not piece:
            continue
        prev = out[-1][-1] if out else ""
        if piece in ("W", "Y"):  # waw / yod: a vowel between consonants, a glide elsewhere
            piece = ("w" if piece == "W" else "y") if (not out or prev in _VOW) else ("u" if piece == "W" else "i")
        elif prev and prev not in _VOW and piece[0] not in _VOW:
            out.append(fill)
        out.append(piece)
    word = "".join(out)
    if word.startswith("al") and len(word) > 5 and table is _AR:
        word = "al-" + word[2:].capitalize()
        return word[0].upper() + word[1:]
    return word.capitalize()


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
            if loc in ("ar_AA", "fa_IR"):
                n = _romanise(raw, _AR, "a")
            elif loc == "he_IL":
                n = _romanise(raw, _HE, "e")
            else:
                n = raw.replace("’", "'")
            if len(n) >= 2 and n.replace("'", "").replace("-", "").isalpha() and n.isascii():
                return n
        return _invented(r)

    def first(self, r: random.Random) -> str:
        return self._pick(r, True)

    def last(self, r: random.Random) -> str:
        return self._pick(r, False)

    def full(self, r: random.Random) -> str:
        return f"{self.first(r)} {self.last(r)}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_DAY4 = {"Tue": "Tues", "Thu": "Thurs", "Wed": "Weds"}


def _date(r: random.Random, us: Faker) -> str:
    d = us.date_between("-2y", "today")
    day = _ordinal(d.day)
    return r.choice([
        d.isoformat(), f"{day} of {d:%B}", d.strftime("%d/%m/%y"), f"{_DAY4.get(f'{d:%a}', f'{d:%a}')} {day}",
        f"{d:%A} {day}", f"{day} {d:%B %Y}", f"{d.day}/{d.month}", d.strftime("%b-%d-%Y"),
        d.strftime("%Y-%m-%dT%H:%M"), f"{d:%d.%m.%y}", f"{d:%B} {day}", f"{d:%d %b %y}",
    ])  # fmt: skip


def _rel_date(b: NoteBuilder, r: random.Random, us: Faker) -> NoteBuilder:
    """A relative date: its lead word ("last", "since") is not PHI, the day and date are."""
    d = us.date_between("-1y", "today")
    lead, date = r.choice([("last ", f"{d:%A} {d.day}/{d.month}"), ("", f"{d:%a} {d.day}/{d.month}"),
                           ("since ", f"{d:%d/%m}")])  # fmt: skip
    return b.t(lead).p("DATE", date)


def _phone(r: random.Random) -> str:
    return r.choice([
        f"07{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
        f"+234 80{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
        f"+972-5{r.randint(0, 9)}-{r.randint(100, 999)}-{r.randint(1000, 9999)}",
        f"{r.randint(201, 989)}.{r.randint(200, 999)}.{r.randint(1000, 9999)}",
        f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
    ])  # fmt: skip


def _time(r: random.Random) -> str:
    return r.choice([f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(0, 23):02d}{r.choice(['00', '20', '40'])}h"])


def _patient(p: _People, us: Faker, r: random.Random) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:mrn", "value": f"RX{r.randint(100000, 999999)}"}],
        "name": [{"given": [p.first(r)], "family": p.last(r)}],
        "telecom": [{"system": "phone", "value": _phone(r)}],
        "address": [{"line": [us.street_address()], "city": us.city(), "postalCode": us.zipcode()}],
        "birthDate": us.date_of_birth(minimum_age=18, maximum_age=99).isoformat(),
    }  # fmt: skip


def _given(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["given"][0])


def _family(pt: dict[str, Any]) -> str:
    return str(pt["name"][0]["family"])


def _triage(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("ED TRIAGE ").p("DATE", _date(r, us)).t(" ").c(_time(r)).t("  ").c(r.choice(SCORES[19:21]))
    b.t("\nPt: ").p("NAME", f"{_family(pt).upper()} {_given(pt)}").t("  MRN ").p("ID", pt["identifier"][0]["value"])
    b.t("  Age ").p("AGE", str(r.randint(90, 104))).t("\nBIBA, crew ").p("NAME", p.first(r)).t(" & ")
    b.p("NAME", p.first(r)).t(". PC: fall at home, ").c(r.choice(EPONYMS)).t("? ").c(r.choice(OBS)).t(", ")
    b.c(r.choice(OBS)).t(", ").c(r.choice(SCORES)).t(".\nTriaged by ").p("NAME", p.full(r)).t(" -> Majors cubicle ")
    b.c(str(r.randint(1, 24))).t(". ").p("NAME", _given(pt)).t(" anxious; ").t(r.choice(RELATION)).t(" ")
    b.p("NAME", p.first(r)).t(" on way, mob ").p("PHONE", _phone(r)).t(".\n").c(r.choice(RX)).t(" given. ")
    b.p("NAME", p.last(r)).t(" (ED reg) aware.")
    return b


def _theatre(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("THEATRE 4 LIST - ").p("DATE", _date(r, us)).t("\nSurgeon: ").t(r.choice(["Mr", "Ms", "Prof"]))
    b.t(" ").p("NAME", p.last(r)).t("   Anaesthetist: Dr ").p("NAME", p.full(r)).t("\n1. ")
    b.p("NAME", f"{_given(pt)} {_family(pt)}").t(" (").p("ID", pt["identifier"][0]["value"]).t(") ")
    b.c(r.choice(PROCS)).t(" - ").c(r.choice(OBS)).t(", ").c(r.choice(RX)).t(" held\n2. ")
    b.p("NAME", f"{p.last(r).upper()}, {p.first(r)}").t(" ").c(r.choice(PROCS)).t(" - ").c(r.choice(EPONYMS))
    b.t("\n3. ").p("NAME", p.full(r)).t(" ").c(r.choice(PROCS)).t(", ").c(r.choice(KIT)).t(" needed\nODP ")
    b.p("NAME", p.first(r)).t(", scrub ").p("NAME", p.first(r)).t(". WHO checklist done ").c(_time(r)).t(".")
    return b


def _physio(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = _rel_date(NoteBuilder().t("Physiotherapy "), r, us).t("\n").p("NAME", _given(pt))
    b.t(" seen on ward for mobility. ").c(r.choice(SCORES[12:17])).t(", ").c(r.choice(SCORES[12:17])).t(". Mobilised ")
    b.c(f"{r.randint(5, 40)} m").t(" with ").c(r.choice(KIT[4:7])).t(" + 1. ").c(r.choice(EPONYMS[4:9]))
    b.t(" noted. Knee ").c(r.choice(["ROM 0-90", "ROM 10-70", "Oxford 4/5"])).t(". ").p("NAME", _given(pt))
    b.t(" keen to go home to ").p("ADDRESS", us.street_address()).t(", lives with ").t(r.choice(RELATION)).t(" ")
    b.p("NAME", p.first(r)).t(". Plan: ").c(r.choice(KIT[4:8])).t(", review ").p("DATE", _date(r, us))
    b.t(". ").p("NAME", p.first(r)).t(" ").p("NAME", p.last(r)).t(", Band 6 physio, bleep ").p("PHONE", str(r.randint(1000, 9999)))
    return b


def _reconciliation(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Medicines reconciliation - ").p("NAME", f"{_given(pt)} {_family(pt)}").t(", DOB ")
    b.p("DATE", pt["birthDate"]).t("\nSources: GP record (").p("NAME", f"Dr {p.last(r)}")
    b.t(" surgery), patient's own drugs, ").t(r.choice(RELATION)).t(" ").p("NAME", p.first(r)).t(".\n")
    for _ in range(3):
        b.t("- ").c(r.choice(RX)).t(r.choice([" - continued\n", " - stopped (", " - dose changed\n"]))
        if b.parts[-1].endswith("("):
            b.c(r.choice(OBS)).t(")\n")
    b.t("Blister pack from ").p("NAME", p.last(r)).t(" Pharmacy, ").p("ADDRESS", us.city()).t(" ")
    b.p("ZIP", us.zipcode()).t(", tel ").p("PHONE", _phone(r)).t(". Last filled ").p("DATE", _date(r, us))
    b.t(".\nCompleted by pharmacist ").p("NAME", p.full(r)).t(", checked by tech ").p("NAME", p.first(r)).t(".")
    return b


def _safeguarding(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("SAFEGUARDING CONCERN raised ").p("DATE", _date(r, us)).t("\nAdult at risk: ")
    b.p("NAME", f"{_given(pt)} {_family(pt)}").t(", aged ").p("AGE", str(r.randint(90, 100))).t(", of ")
    b.p("ADDRESS", us.street_address()).t(", ").p("ADDRESS", us.city()).t(".\nOn arrival ").c(r.choice(SCORES[0:4]))
    b.t(", ").c(r.choice(OBS)).t(", grade 3 sacral sore dressed with ").c(r.choice(KIT[0:4])).t(". Says carer ")
    b.p("NAME", p.first(r)).t(" \"shouts\". Son-in-law ").p("NAME", p.full(r)).t(" holds LPA.\nDiscussed with ")
    b.p("NAME", p.full(r)).t(" (adult safeguarding lead) ")
    _rel_date(b, r, us).t("; ref ")
    b.p("ID", f"SG-{r.randint(10000, 99999)}").t(". NI no ").p("SSN", us.ssn()).t(". Police log ")
    b.p("ID", f"CAD{r.randint(1000, 9999)}").t(" via PC ").p("NAME", p.last(r)).t(".")
    return b


def _gp_letter(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    b = NoteBuilder().t("Dear Dr ").p("NAME", p.last(r)).t(",\n\nRe: ").p("NAME", f"{_given(pt)} {_family(pt)}")
    b.t(", ").p("ADDRESS", pt["address"][0]["line"][0]).t(", ").p("ZIP", pt["address"][0]["postalCode"])
    b.t("\n\nThank you for referring ").p("NAME", _given(pt)).t(", who was admitted on ").p("DATE", _date(r, us))
    b.t(" with ").c(r.choice(EPONYMS)).t(" and discharged on ").p("DATE", _date(r, us)).t(". ")
    b.c(r.choice(OBS)).t(" on admission; ").c(r.choice(OBS)).t(" at discharge. New: ").c(r.choice(RX)).t(", ")
    b.c(r.choice(RX)).t(". Please recheck ").c(r.choice(["U&E", "LFTs", "TFTs", "INR", "FBC"])).t(" in ")
    b.c(r.choice(["1 week", "2 weeks", "6 weeks"])).t(". District nurses (").p("PHONE", _phone(r))
    b.t(") will dress with ").c(r.choice(KIT[0:4] + KIT[15:20])).t(".\n\nYours sincerely,\n")
    b.p("NAME", p.full(r)).t("\nST3 to ").t(r.choice(["Dr", "Prof"])).t(" ").p("NAME", p.last(r)).t("\n")
    b.p("EMAIL", f"{p.first(r).lower().replace(chr(39), '')}.{p.last(r).lower().replace(chr(39), '')}@nhs.net")
    return b


def _portal(p: _People, us: Faker, r: random.Random, pt: dict[str, Any]) -> NoteBuilder:
    g = _given(pt)
    b = NoteBuilder().t("Portal message ").p("DATE", _date(r, us)).t(" from ").p("NAME", g.lower())
    b.t(" ").p("NAME", _family(pt).lower()).t(" (").p("EMAIL", f"{g.lower()}{r.randint(10, 99)}@{us.free_email_domain()}")
    b.t(", IP ").p("IP", us.ipv4()).t(")\n\"hi its ").p("NAME", g).t(" again, my ").c(r.choice(OBS[6:9]))
    b.t(" this morning and the ").c(r.choice(RX)).t(" makes me sick. my ").t(r.choice(RELATION)).t(" ")
    b.p("NAME", p.first(r).lower()).t(" says ring back on ").p("PHONE", _phone(r)).t(" before ")
    _rel_date(b, r, us).t(". thanks\"\nReply by ").p("NAME", p.first(r)).t(" (practice nurse): booked ")
    b.c(r.choice(["bloods", "ECG", "BP check", "INR clinic"])).t(" ").p("DATE", _date(r, us)).t(" at ").c(_time(r))
    b.t(". Link: ").p("URL", f"https://{us.domain_name()}/appt/{r.randint(10000, 99999)}")
    return b


TEMPLATES: list[Callable[[_People, Faker, random.Random, dict[str, Any]], NoteBuilder]] = [
    _triage, _theatre, _physio, _reconciliation, _safeguarding, _gp_letter, _portal,
]  # fmt: skip


def generate(n: int, seed: int = 6161) -> list[Note]:
    people = _People(seed)
    us = Faker("en_US")
    us.seed_instance(seed)
    r = random.Random(seed)
    notes = []
    for i in range(n):
        pt = _patient(people, us, r)
        notes.append(TEMPLATES[i % len(TEMPLATES)](people, us, r, pt).build(pt))
    return notes
