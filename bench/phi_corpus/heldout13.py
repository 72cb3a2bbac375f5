"""HELD-OUT v13 PHI corpus: written before any round-13 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read) to look like real
third-party clinical text of kinds earlier held-out corpora did not use: UK antenatal booking
records (LMP / EDD / dating-scan dates, partner, named midwife), newborn (NIPE) examinations
("Baby Girl Nguyen": the "Baby Girl" / "Baby Boy" descriptor is outside the NAME span, like a
title), paediatric clinic letters (parents, siblings, teachers; school names unlabelled), Mental
Health Act section records (AMHP, approved clinician, nearest relative, tribunal dates), US
involuntary-hold (5150) paperwork (officer badge numbers), dental charts (Palmer / FDI tooth
notation is clinical), optometry records (a patient called Iris next to the iris), physiotherapy
/ OT home visits, oncology MDT outcome lists (several patients per note), transplant-coordinator
notes (UNOS donor ids, match-run numbers), independent medical examinations for workers'
compensation (claim numbers, employer street addresses, "your letter of the 3rd inst."), VA /
military records (DoD ids, service numbers, SSNs), prison health-care requests (inmate numbers),
HL7 v2 segments pasted into notes, OCR'd faxes with broken spacing and letter / digit confusions
("D O B : 0 3 / 0 4 / 1 9 5 1", "Ph0ne", "M R N#"), raw voice-dictation transcripts (dates and
phone numbers spelled out, "period", "new paragraph"), ALL-CAPS nursing-home transfer forms,
all-lower-case quick notes, a Swedish / Norwegian / Danish / Finnish ED note (personnummer,
fødselsnummer, CPR, HETU), a Polish worker's note (PESEL, Roman-numeral months "12.III.2024",
"+48 22 ..." phones), a Brazilian note (CPF, Cartão SUS, CEP), a Dutch / Belgian referral (BSN,
"1012 AB" postcodes), palliative-care notes with ages >= 90 in new wordings, travel-assistance
repatriation logs (case and policy numbers, hotel street addresses abroad; hotel names
unlabelled), neurology letters for patients whose surnames are clinical words (Bell, Payne,
Gray, Lyme: "Bell's palsy" and "Lyme disease" are unlabelled), sexual-health clinic notes
(clinic numbers, partner notification), death verification / coroner referrals and anaesthetic
pre-assessments. Names: Faker en_US, en_GB, pt_BR, pl_PL, sv_SE, no_NO, da_DK, fi_FI, nl_NL,
nl_BE and romanised ja_JP, plus curated romanised Vietnamese, Korean, Arabic, Russian, Greek and
Turkish names, particle / apostrophe / Mc / Mac surnames (van der Berg, de la Cruz, O'Neill, bin
Ahmad, al-Rashid) and names that are also clinical or ordinary words (Bell, Payne, Gray, Hart,
Cross, Hale, Lyme, Iris, Joy, Dawn).

Conventions (same as heldout12): titles and credentials ("Dr", "Mrs", ", RM", ", RN", "PC") are
outside NAME spans; "LAST, First" and HL7 "LAST^FIRST^M" are one NAME span; a possessive "'s" is
outside; staff initials in signatures are NAME; a name spelled out letter by letter in an OCR'd
fax is one NAME span. A street line, flat / unit line, city, town, suburb, bairro or hotel
street address is ADDRESS; a state / province / county-level region / country is not PHI;
postcodes, ZIP codes, CEPs and Nordic / Dutch / Polish postal codes are ZIP. DATE: anything more
specific than a year, including month + year, Roman-numeral months, EDD / LMP, spelled-out
dictated dates ("march third nineteen fifty one" is one span), broken-spaced OCR dates (one
span), HL7 TS values ("20250304" or "202503041422" are one span) and "3rd inst."; weekdays stay
outside the DATE span; a date followed by a separate time labels only the date; gestations
("38+4"), "D+3", "day 5" and durations are not dates. PHONE includes fax, bleeps, pagers,
extensions, phone numbers dictated as words, OCR-garbled numbers ("(5l3) S55-01B8") and HL7 XTN
"617^5550123" (one span). ID: MRN / hospital / NHS / BSN / INSZ / PESEL / CPF / CNS /
personnummer / fødselsnummer / CPR / HETU numbers (also an MRN read out as words), claim, case,
policy, badge, inmate, DoD, service, donor, match-run, clinic, coroner, equipment-loan and
interpreter numbers, NPI / GOC / NMC / CRM registrations, DVLA licence numbers, device serials
and key-safe codes (decision for v13: a key-safe code opens the patient's home, so it is
labelled ID even though it is short and not unique; it is never a PHONE). A Swedish personnummer
/ Danish CPR / Finnish HETU embeds the birth date but is one ID span. SSN: US social-security
numbers (also HL7 "SS" values), the "last 4" digits and the VA "M2839" last-initial-plus-last-4
form. AGE: ages >= 90 in any form, number only ("94" of "94-yr-old", "93" of "nonagenarian
(93)", "101" of "age 101"); the word "nonagenarian" alone is not labelled. Ages < 90, vitals,
labs, doses, scores, APGARs, birth weights, gestations, tooth numbers, refractions, times of
day, durations, years alone, weekdays alone, relative dates, bed / room / cell numbers, drug
lots, device models and facility / school / employer / insurer / funeral-director names are
unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute (seeded), so
``generate(n)`` is deterministic. Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["LOCALES", "generate"]

LOCALES = ["en_US", "en_GB", "pt_BR", "pl_PL", "sv_SE", "no_NO", "da_DK", "fi_FI", "nl_NL",
           "nl_BE", "ja_JP"]  # fmt: skip
_SEED = 13_2026
_FAKERS: dict[str, Faker] = {}

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
        18: "eighteenth", 19: "nineteenth", 20: "twentieth", 30: "thirtieth"}  # fmt: skip
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

# ---------------------------------------------------------------- curated name pools
_VI_FAM = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui",
           "Do", "Ngo", "Duong", "Ly"]  # fmt: skip
_VI_MID = ["Thi", "Van", "Duc", "Minh", "Ngoc", "Thanh", "Huu", "Kim"]
_VI_GIV = ["Lan", "Hoa", "Minh", "Tuan", "Linh", "Huong", "Thao", "Anh", "Dung", "Phuong",
           "Quang", "Khoa", "Trang", "Bao", "Long", "Mai"]  # fmt: skip
_KO_FAM = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"]
_KO_GIV = ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Soo-ah", "Jae-won", "Eun-ji",
           "Hyun-woo", "Ye-jin", "Sung-min", "Mi-kyung"]  # fmt: skip
_AR_GIV = ["Omar", "Khalid", "Yousef", "Fatima", "Layla", "Noor", "Hamza", "Mariam", "Tariq",
           "Aisha", "Ibrahim", "Salma", "Faisal", "Huda"]  # fmt: skip
_AR_FAM = ["al-Rashid", "Al-Mansouri", "El-Sayed", "Haddad", "Abdullah", "al-Amin", "Nasser",
           "Khoury", "Saleh", "bin Ahmad", "Al Falasi", "el-Hashem"]  # fmt: skip
_RU = [("Dmitri", "Volkov"), ("Sergei", "Petrov"), ("Natalia", "Ivanova"), ("Olga", "Smirnova"),
       ("Yekaterina", "Kuznetsova"), ("Aleksandr", "Sokolov"), ("Irina", "Morozova"),
       ("Mikhail", "Lebedev"), ("Svetlana", "Novikova"), ("Andrei", "Fyodorov"),
       ("Yulia", "Zaitseva"), ("Vladimir", "Orlov")]  # fmt: skip
_GR = [("Georgios", "Papadopoulos"), ("Eleni", "Konstantinou"), ("Dimitrios", "Nikolaidis"),
       ("Sofia", "Georgiou"), ("Konstantinos", "Papageorgiou"), ("Ioanna", "Karagianni"),
       ("Nikolaos", "Oikonomou"), ("Vasiliki", "Vlachou"), ("Spyridon", "Antoniadis"),
       ("Katerina", "Christodoulou")]  # fmt: skip
_TR = [("Mehmet", "Yılmaz"), ("Ayşe", "Kaya"), ("Emre", "Demir"), ("Zeynep", "Çelik"),
       ("Mustafa", "Şahin"), ("Elif", "Aydın"), ("Burak", "Öztürk"), ("Hatice", "Arslan")]
_PARTICLE = ["van der Berg", "de la Cruz", "O'Neill", "McAllister", "MacLeod", "van den Heuvel",
             "dos Santos", "da Silva", "De Vries", "St. Clair", "D'Souza", "ten Brink",
             "von Ahlen", "Le Roux", "Fitz-Simons", "Mac an tSaoi", "O'Sullivan-Byrne",
             "McKenzie-Hart"]  # fmt: skip
_PARTICLE_GIV = ["Anouk", "Maria", "Sean", "Fiona", "Joao", "Priya", "Hendrik", "Claire", "Ewan",
                 "Lucia", "Ciaran", "Margriet", "Ana Paula", "Mary-Kate"]  # fmt: skip
_WORD_FAM = ["Gray", "Brown", "White", "Bell", "Payne", "Hart", "Cross", "Hale", "Lyme", "Banks",
             "Moody", "Stone", "Sharp", "Blood", "Burns", "Bone", "Swallow", "Hunt"]  # fmt: skip
_WORD_GIV = ["Iris", "Joy", "Dawn", "Ivy", "Pearl", "Faith", "Sage", "Gene", "Chase", "Mercy",
             "Summer", "Patience", "Rocky", "Amber", "Sunny", "Grace"]  # fmt: skip

_POOLS: dict[str, list[tuple[str, int]]] = {
    "us": [("en_US", 60), ("vi", 6), ("ko", 5), ("ja_JP", 3), ("ar", 4), ("ru", 3), ("gr", 3),
           ("particle", 6), ("word", 6), ("pt_BR", 2), ("pl_PL", 2)],
    "uk": [("en_GB", 58), ("pl_PL", 6), ("ar", 5), ("tr", 4), ("gr", 3), ("ru", 3),
           ("particle", 9), ("word", 8), ("vi", 2), ("ko", 2)],
    "any": [("en_US", 25), ("en_GB", 20), ("vi", 7), ("ko", 6), ("ja_JP", 5), ("ar", 7),
            ("ru", 6), ("gr", 5), ("tr", 4), ("particle", 8), ("word", 7)],
}  # fmt: skip


def _fold(s: str) -> str:
    """ASCII-fold (Vietnamese / Turkish names as written in US and UK records)."""
    s = s.replace("ı", "i").replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


class _Ctx:
    """Per-note random source with name, date, phone and identifier helpers."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.visit = date(2024, 1, 2) + timedelta(days=rng.randrange(0, 900))

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def digits(self, k: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(k))

    def upper(self, k: int) -> str:
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))

    # ---- people
    def person(self, pool: str = "any", loc: str | None = None) -> tuple[str, str]:
        if loc is None:
            kinds, weights = zip(*_POOLS[pool], strict=True)
            loc = self.r.choices(kinds, weights)[0]
        r = self.r
        if loc == "vi":
            return f"{r.choice(_VI_MID)} {r.choice(_VI_GIV)}", r.choice(_VI_FAM)
        if loc == "ko":
            return r.choice(_KO_GIV), r.choice(_KO_FAM)
        if loc == "ar":
            given, fam = r.choice(_AR_GIV), r.choice(_AR_FAM)
            if fam == "bin Ahmad" and given in ("Fatima", "Layla", "Noor", "Mariam", "Aisha",
                                                "Salma", "Huda"):  # fmt: skip
                fam = "binti Ahmad"
            return given, fam
        if loc in ("ru", "gr", "tr"):
            g, f = r.choice({"ru": _RU, "gr": _GR, "tr": _TR}[loc])
            if loc == "tr":
                f = r.choice(_TR)[1]
            return (_fold(g), _fold(f)) if loc == "tr" and r.random() < 0.5 else (g, f)
        if loc == "particle":
            return r.choice(_PARTICLE_GIV), r.choice(_PARTICLE)
        if loc == "word":
            fk = _faker("en_US")
            fk.seed_instance(r.getrandbits(32))
            giv = r.choice(_WORD_GIV) if r.random() < 0.4 else fk.first_name()
            return giv, r.choice(_WORD_FAM)
        fk = _faker(loc)
        fk.seed_instance(r.getrandbits(32))
        if loc == "ja_JP":
            return fk.first_romanized_name(), fk.last_romanized_name()
        return fk.first_name(), fk.last_name()

    def staff(self, pool: str = "any") -> str:
        g, f = self.person(pool)
        return f"{g.split()[-1] if f in _VI_FAM else g.split()[0]} {f}"

    def first(self, sex: str, loc: str = "en_GB") -> str:
        fk = _faker(loc)
        fk.seed_instance(self.r.getrandbits(32))
        return str(fk.first_name_female() if sex == "F" else fk.first_name_male())

    # ---- dates
    def day(self, lo: int = -400, hi: int = 200) -> date:
        return self.visit + timedelta(days=self.r.randrange(lo, hi))

    def dob(self, lo: int = 18, hi: int = 88) -> date:
        return self.visit - timedelta(days=self.r.randrange(lo * 365 + 10, hi * 365 + 300))

    # ---- phones
    def us_phone(self) -> str:
        a, b = self.pick(["617", "312", "713", "206", "415", "512", "404", "602"]), self.digits(2)
        return self.pick([f"({a}) 555-01{b}", f"{a}-555-01{b}", f"{a}.555.01{b}",
                          f"+1 {a} 555 01{b}", f"1-{a}-555-01{b}"])  # fmt: skip

    def uk_phone(self) -> str:
        return self.pick([f"07700 900{self.digits(3)}", f"01632 960{self.digits(3)}",
                          f"020 7946 0{self.digits(3)}", f"0113 496 0{self.digits(3)}",
                          f"+44 7700 900{self.digits(3)}", f"0044 (0)20 7946 0{self.digits(3)}"])

    def nhs(self) -> str:
        d = self.digits(10)
        return self.pick([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])


# ---------------------------------------------------------------- formatting helpers
def _d(d: date, style: str) -> str:
    m = _MONTHS[d.month - 1]
    return {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{d.day} {m} {d.year}",
        "longus": f"{m} {d.day}, {d.year}",
        "mon": f"{d.day:02d}-{m[:3]}-{d.year}",
        "caps": f"{d.day:02d}{m[:3].upper()}{d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot1": f"{d.day}.{d.month}.{d.year}",
        "roman": f"{d.day}.{_ROMAN[d.month - 1]}.{d.year}",
        "dm": f"{d.day} {m[:3]}",
        "md": f"{d.month}/{d.day}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
        "my": f"{m} {d.year}",
        "ord": f"{d.day}{_sfx(d.day)} {m} {d.year}",
    }[style]


def _sfx(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _words(n: int) -> str:
    """0..99 in words ("fifty one", "ninety four")."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _UNITS[n % 10])


def _ordword(n: int) -> str:
    if n in _ORD:
        return _ORD[n]
    return f"{_TENS[n // 10]} {_ORD[n % 10]}"


def _spoken_date(d: date) -> str:
    year = f"{_words(d.year // 100)} {_words(d.year % 100)}" if d.year < 2000 else (
        f"twenty {_words(d.year % 100)}")  # fmt: skip
    if d.year % 100 < 10 and d.year < 2000:
        year = f"{_words(d.year // 100)} oh {_UNITS[d.year % 10]}"
    return f"{_MONTHS[d.month - 1].lower()} {_ordword(d.day)} {year}"


def _spaced(s: str) -> str:
    return " ".join(ch for ch in s if ch != " ")


def _ocr(s: str, r: random.Random) -> str:
    """Typical OCR confusions on digits (O for 0, l for 1, S for 5, B for 8), applied sparsely."""
    table = {"0": "O", "1": "l", "5": "S", "8": "B"}
    return "".join(table[ch] if ch in table and r.random() < 0.3 else ch for ch in s)


def _patient(pid: str, given: str, family: str, dob: date, **kw: Any) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "id": pid,
        "name": [{"family": family, "given": given.split()}],
        "birthDate": dob.isoformat(),
    }
    if kw.get("phone"):
        res["telecom"] = [{"system": "phone", "value": kw["phone"]}]
    if kw.get("line") or kw.get("city"):
        addr: dict[str, Any] = {}
        if kw.get("line"):
            addr["line"] = [kw["line"]]
        if kw.get("city"):
            addr["city"] = kw["city"]
        if kw.get("zip"):
            addr["postalCode"] = kw["zip"]
        res["address"] = [addr]
    if kw.get("ids"):
        res["identifier"] = [{"value": v} for v in kw["ids"]]
    return res


# ---------------------------------------------------------------- place pools
_UK_TOWNS = [("Kingsway", "Leeds", "LS6 2QT"), ("Harrow Road", "Wembley", "HA9 6DE"),
             ("Mill Lane", "Chorlton", "M21 9LF"), ("Station Road", "Tamworth", "B77 3PQ"),
             ("Victoria Street", "Paisley", "PA1 2JR"), ("Church Walk", "Truro", "TR1 2HD"),
             ("Bridge Street", "Newry", "BT35 8AA"), ("Oak Avenue", "Swindon", "SN2 1LE")]
_US_CITIES = [("Elm Street", "Worcester", "MA", "01604"), ("N Halsted St", "Chicago", "IL",
              "60614"), ("Bissonnet St", "Houston", "TX", "77005"), ("Rainier Ave S",
              "Seattle", "WA", "98118"), ("Mission St", "San Francisco", "CA", "94110"),
              ("Cesar Chavez St", "Austin", "TX", "78702"), ("Ponce de Leon Ave", "Decatur",
              "GA", "30030"), ("E McDowell Rd", "Phoenix", "AZ", "85008"), ("Bolsa Ave",
              "Westminster", "CA", "92683"), ("Buford Hwy", "Doraville", "GA", "30340")]  # fmt: skip
_HOSP_UK = ["St Mary's Hospital", "Royal Infirmary", "Princess Anne Hospital",
            "Queen Elizabeth University Hospital", "Northwick Park Hospital"]  # fmt: skip
_HOSP_US = ["Mercy General", "Brigham Women's", "Harborview Medical Center", "UCSF Benioff",
            "Grady Memorial", "Ben Taub Hospital"]  # fmt: skip


def _uk_addr(c: _Ctx) -> tuple[str, str, str]:
    street, town, pc = c.pick(_UK_TOWNS)
    flat = f"Flat {c.r.randint(1, 12)}, {c.r.randint(2, 90)} {street}"
    line = c.pick([f"{c.r.randint(2, 180)} {street}", flat])
    return line, town, pc


def _us_addr(c: _Ctx) -> tuple[str, str, str, str]:
    street, city, st, z = c.pick(_US_CITIES)
    apt = f"{c.r.randint(10, 9800)} {street} Apt {c.r.randint(1, 40)}{c.pick('ABCD')}"
    line = c.pick([f"{c.r.randint(10, 9800)} {street}", apt])
    return line, city, st, z


def _mrn(c: _Ctx) -> str:
    return c.pick([c.digits(8), f"MRN{c.digits(7)}", f"{c.upper(1)}{c.digits(7)}",
                   f"00{c.digits(6)}", f"{c.digits(3)}-{c.digits(3)}-{c.digits(3)}"])  # fmt: skip


# ---------------------------------------------------------------- templates
def _t_antenatal(c: _Ctx) -> Note:
    g, f = c.person("uk")
    if c.r.random() < 0.7:
        g = c.first("F")
    pg, pf = c.person("uk")
    mw = c.staff("uk")
    dob = c.dob(19, 43)
    lmp = c.visit - timedelta(days=c.r.randrange(60, 95))
    edd = lmp + timedelta(days=280)
    scan = c.visit + timedelta(days=c.r.randrange(3, 14))
    edd2 = edd + timedelta(days=c.r.randrange(-6, 7))
    nxt = c.visit + timedelta(days=c.r.randrange(25, 40))
    hosp, nhs = f"{c.upper(2)}{c.digits(6)}", c.nhs()
    line, town, pc = _uk_addr(c)
    mob, pmob = c.uk_phone(), c.uk_phone()
    para = c.r.randint(1, 3)
    b = NoteBuilder()
    b.t(f"ANTENATAL BOOKING - Community Midwifery, {c.pick(_HOSP_UK)}\nName: ").p("NAME", f"{g} {f}")
    b.t("   Hosp no: ").p("ID", hosp).t("   NHS: ").p("ID", nhs).t("\nDOB: ").p("DATE", _d(dob, "uk"))
    b.t(" (").c(f"{(c.visit - dob).days // 365}").t(" yrs)   ").c(f"G{para + 1 + c.r.randint(0, 1)} P{para}")
    b.t("   LMP: ").p("DATE", _d(lmp, c.pick(["uk", "dot"]))).t("   EDD (dates): ")
    b.p("DATE", _d(edd, c.pick(["long", "mon", "ord"]))).t("\nDating scan booked ")
    b.p("DATE", _d(scan, "dm")).t(": expect CRL ~").c("60 mm").t("; EDD to be revised by scan (last pregnancy revised to ")
    b.p("DATE", _d(edd2, "uk")).t(").\nPartner: ").p("NAME", f"{pg} {pf}").t(" (mob ").p("PHONE", pmob)
    b.t("). Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t(". Mob ").p("PHONE", mob).t(".\nObs hx: SVD at ").c("39+2").t(", ").c("3.41 kg").t(", PPH ").c("900 mL")
    b.t(". Smoker ").c("5/day").t(", CO ").c("8 ppm").t(" - referred to stop-smoking service.\nBooking: BP ")
    b.c(f"{c.r.randint(100, 134)}/{c.r.randint(60, 86)}").t(", BMI ").c(f"{c.r.randint(19, 38)}.{c.r.randint(0, 9)}")
    b.t(", Hb ").c(f"{c.r.randint(98, 135)} g/L").t(", urine NAD. Aspirin ").c("150 mg").t(" nocte from ")
    b.c("12/40").t(" (2 moderate PET risks); folic acid ").c("5 mg").t(" OD.\nNamed midwife: ").p("NAME", mw)
    b.t(", RM - bleep ").p("PHONE", c.digits(4)).t(".  Next: ").c("16/40").t(" review on ")
    b.p("DATE", _d(nxt, "uk")).t(" at 10:30, ").t(c.pick(["Thursday", "Monday", "Friday"])).t(" clinic.\n")
    b.t("Consultant: Miss ").p("NAME", c.staff("uk")).t(" (high-risk ANC). GP: Dr ").p("NAME", c.staff("uk")).t(".\n")
    return b.build(_patient(hosp, g, f, dob, phone=mob, line=line, city=town, zip=pc, ids=[hosp, nhs]))


def _t_newborn(c: _Ctx) -> Note:
    fam = c.pick(_VI_FAM + _KO_FAM + ["Garcia", "Okafor", "Johnson", "al-Rashid", "O'Neill"])
    mg = c.pick(_VI_GIV + ["Maria", "Ji-ho", "Ngozi", "Ashley"])
    fg, ff = c.first("M", "en_US"), c.person("us")[1]
    sex = c.pick(["Girl", "Boy"])
    born = datetime.combine(c.visit, datetime.min.time()) + timedelta(minutes=c.r.randrange(1440))
    mrn_b, mrn_m = _mrn(c), _mrn(c)
    ped = c.staff("us")
    blood = c.visit + timedelta(days=c.r.randint(2, 5))
    b = NoteBuilder()
    b.t("NEWBORN EXAMINATION (NIPE)\nBaby ").t(sex).t(" ").p("NAME", fam).t("   MRN ").p("ID", mrn_b)
    b.t("\nBorn: ").p("DATE", c.pick([born.strftime("%Y-%m-%dT%H:%M"), born.strftime("%Y%m%d%H%M")]))
    b.t(" by ").t(c.pick(["SVD", "LSCS (cat 2)", "ventouse"])).t("\nMother: ").p("NAME", f"{mg} {fam}")
    b.t(" (MRN ").p("ID", mrn_m).t("), ").c(f"{c.r.randint(19, 42)}").t(" yo G1P0->1, GBS ")
    b.c(c.pick(["negative", "positive - IAP x2 doses"])).t(", ROM ").c(f"{c.r.randint(1, 30)} h").t(".\n")
    b.t("GA ").c(f"{c.r.randint(36, 41)}+{c.r.randint(0, 6)}").t("; BW ").c(f"{c.r.randint(2400, 4300) / 1000:.2f} kg")
    b.t(" (").c(f"{c.pick([9, 25, 50, 75, 91])}th").t(" centile); APGARs ").c(f"{c.r.randint(6, 9)}")
    b.t(" and ").c(f"{c.r.randint(8, 10)}").t(" at 1 and 5 min. HC ").c(f"{c.r.randint(320, 365) / 10} cm")
    b.t(".\nFather: ").p("NAME", f"{fg} {ff}").t(", contact ").p("PHONE", c.us_phone())
    b.t(".\nHips: Barlow/Ortolani negative. Red reflex present bilaterally. Sats pre ").c("98%")
    b.t(" post ").c("99%").t(". Vit K ").c("1 mg IM").t(" given; hep B vaccine given ")
    b.p("DATE", _d(c.visit, c.pick(["us", "md"]))).t(".\nPlan: routine care, bilirubin at ").c("24 h")
    b.t(" (TcB ").c(f"{c.r.randint(60, 180)} umol/L").t("), newborn screen on ").p("DATE", _d(blood, "us0"))
    b.t(" (day 5). Delivering midwife ").p("NAME", c.staff("us")).t(".\nExamined by Dr ").p("NAME", ped).t(", pager ").p("PHONE", c.digits(5)).t("; discussed with Dr ")
    b.p("NAME", c.staff("us")).t(" (attending).\n")
    return b.build(_patient(mrn_b, "", fam, c.visit, ids=[mrn_b]))


def _t_paeds(c: _Ctx) -> Note:
    g, f = c.person("uk")
    mum, dad = c.first("F"), (c.first("M"), c.person("uk")[1])
    sib = c.first("M")
    teacher = c.person("uk")[1]
    gp = c.staff("uk")
    dob = c.visit - timedelta(days=c.r.randrange(4 * 365, 13 * 365))
    line, town, pc = _uk_addr(c)
    nhs = c.nhs()
    b = NoteBuilder()
    b.t(f"Paediatric Outpatients, {c.pick(_HOSP_UK)}\nDictated ").p("DATE", _d(c.visit, "long"))
    b.t("\nDr ").p("NAME", gp).t("\nThe Surgery\n\nDear Dr ").p("NAME", gp.split()[-1])
    b.t(",\nRe: ").p("NAME", f"{g} {f}").t(", DOB ").p("DATE", _d(dob, "uk")).t(", NHS ").p("ID", nhs)
    b.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    b.t("\n\nI saw ").p("NAME", g.split()[0]).t(" with mum (").p("NAME", mum).t(") and older brother ").p("NAME", sib)
    b.t(". Since ").p("DATE", _d(c.day(-200, -60), "my")).t(" there have been ").c("3").t(" wheeze episodes; ")
    b.t("salbutamol ").c("100 mcg").t(" x ").c("4 puffs").t(" via spacer helps. Weight ").c(f"{c.r.randint(15, 45)}.{c.r.randint(0, 9)} kg")
    b.t(" (").c("50th").t(" centile), PEFR ").c(f"{c.r.randint(150, 320)} L/min").t(". Clenil ").c("100 mcg BD")
    b.t(" started.\nSchool (").t(c.pick(["Oakfield Primary", "St Bede's RC Primary", "Greenhill Academy"]))
    b.t(") report that Mrs ").p("NAME", teacher).t(" has noticed night cough affecting attendance (")
    b.c("91%").t("). Dad, ").p("NAME", f"{dad[0]} {dad[1]}").t(", smokes outdoors only.\n")
    b.t("Review in ").c("3 months").t(". Asthma nurse ").p("NAME", c.staff("uk")).t(" on ext ").p("PHONE", c.digits(4))
    b.t(".\n\nYours sincerely\n").p("NAME", c.staff("uk")).t(", ST5 Paediatrics\ncc: Mr and Mrs ").p("NAME", f).t("\n")
    return b.build(_patient(nhs, g, f, dob, line=line, city=town, zip=pc, ids=[nhs]))


def _t_mha(c: _Ctx) -> Note:
    g, f = c.person("uk")
    dob = c.dob(18, 75)
    nhs = c.nhs()
    line, town, pc = _uk_addr(c)
    amhp, s12, ac = c.staff("uk"), c.staff("uk"), c.staff("uk")
    nr = c.person("uk")
    start = c.visit
    hear = start + timedelta(days=c.r.randint(7, 20))
    b = NoteBuilder()
    b.t("MENTAL HEALTH ACT 1983 - SECTION 2 RECORD\nPatient: ").p("NAME", f"{f.upper()}, {g}")
    b.t("   DOB ").p("DATE", _d(dob, c.pick(["dot", "uk"]))).t("   NHS No ").p("ID", nhs)
    b.t("\nUsual address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    b.t("\nApplication: AMHP ").p("NAME", amhp).t(" (local authority AMHP service), tel ")
    b.p("PHONE", c.uk_phone()).t("\nMedical recommendations: Dr ").p("NAME", s12)
    b.t(" (s12 approved) and Dr ").p("NAME", ac).t(" (approved clinician, RC).\n")
    b.t("Nearest relative (s26): ").p("NAME", f"{nr[0]} {nr[1]}").t(f" ({c.pick(['sister', 'father', 'civil partner', 'eldest son'])}), ")
    b.t("consulted by phone ").p("PHONE", c.uk_phone()).t(" on ").p("DATE", _d(start, "dm"))
    b.t(" at 16:40 - did not object.\nSection 2 commenced ").p("DATE", _d(start, "uk")).t(" 18:25; expires ")
    b.p("DATE", _d(start + timedelta(days=28), "uk")).t(" (28 days). s132 rights read ")
    b.p("DATE", _d(start + timedelta(days=1), "dm")).t(" - understood partially, repeat in ").c("48 h")
    b.t(".\nTribunal application received ").p("DATE", _d(start + timedelta(days=3), "uk"))
    b.t("; hearing listed ").t(c.pick(["Tuesday", "Wednesday", "Thursday"])).t(" ")
    b.p("DATE", _d(hear, "ord")).t(" at 10:00, solicitor ").p("NAME", c.staff("uk")).t(" (")
    b.t(c.pick(["Hodge Jones & Allen", "Switalskis", "Duncan Lewis"])).t(").\nMSE: PANSS-P ").c(f"{c.r.randint(18, 35)}")
    b.t(", BPRS ").c(f"{c.r.randint(40, 70)}").t("; olanzapine ").c("10 mg ON").t(", lorazepam ").c("1 mg PRN")
    b.t(" (max ").c("4 mg/24 h").t("). Obs level ").c("2").t(" (intermittent, ").c("15 min").t(").\n")
    b.t("Care coordinator: ").p("NAME", c.staff("uk")).t(" (CMHT), ward manager ").p("NAME", c.staff("uk")).t(".\n")
    return b.build(_patient(nhs, g, f, dob, line=line, city=town, zip=pc, ids=[nhs]))


def _t_hold(c: _Ctx) -> Note:
    g, f = c.person("us")
    dob = c.dob(18, 70)
    mrn = _mrn(c)
    off = c.person("us")
    line, city, st, z = _us_addr(c)
    when = datetime.combine(c.visit, datetime.min.time()) + timedelta(minutes=c.r.randrange(1440))
    b = NoteBuilder()
    b.t("APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (W&I 5150)\nName: ")
    b.p("NAME", f"{g} {f}").t("  DOB: ").p("DATE", _d(dob, "us0")).t("  MRN: ").p("ID", mrn)
    if c.r.random() < 0.25:
        b.t("\nAddress: unhoused, sleeps near ").p("ADDRESS", line.split(" Apt")[0].split(" ", 1)[1]).t(", ").p("ADDRESS", city)
    else:
        b.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    b.t(f", {st} ").p("ZIP", z).t("\nDetained: ").p("DATE", _d(when.date(), "us")).t(" at ").t(when.strftime("%H:%M"))
    b.t(" by Officer ").p("NAME", f"{off[0][0]}. {off[1]}").t(", badge #").p("ID", c.digits(4))
    b.t(f", {c.pick(['SFPD', 'LAPD Central', 'Oakland PD'])}.\nFacts: pt found in traffic stating voices ")
    b.t("commanded the pt to 'go to ").p("NAME", c.person("us")[0]).t("'s house'. Collateral from roommate ")
    b.p("NAME", c.staff("us")).t(" (").p("PHONE", c.us_phone()).t("): not sleeping since ")
    b.p("DATE", _d(c.visit - timedelta(days=c.r.randint(3, 9)), "md")).t(".\nDanger to self: yes. Grave disability: yes.\n")
    b.t("Vitals HR ").c(f"{c.r.randint(80, 130)}").t(", BP ").c(f"{c.r.randint(120, 170)}/{c.r.randint(70, 100)}")
    b.t("; UDS ").c("positive for amphetamine").t("; EtOH ").c("<10 mg/dL").t(". Haloperidol ").c("5 mg IM")
    b.t(" + lorazepam ").c("2 mg IM").t(" at 21:10.\nAdvisement given by ").p("NAME", c.staff("us"))
    b.t(", LCSW. Evaluating psychiatrist Dr ").p("NAME", c.staff("us")).t(". Patient rights advocate: ").p("PHONE", c.us_phone()).t(".\n")
    return b.build(_patient(mrn, g, f, dob, line=line, city=city, zip=z, ids=[mrn]))


def _t_dental(c: _Ctx) -> Note:
    g, f = c.person("uk")
    dob = c.dob(25, 88)
    dent, nurse = c.staff("uk"), c.person("uk")[0]
    pid = f"P{c.digits(5)}"
    recall = c.visit + timedelta(days=c.pick([180, 270, 365]))
    b = NoteBuilder()
    b.t("DENTAL TREATMENT NOTE\nPt: ").p("NAME", f"{g} {f}").t("  DOB ").p("DATE", _d(dob, "uk"))
    b.t("  Pt ID ").p("ID", pid).t("  Tel ").p("PHONE", c.uk_phone()).t("\nDate: ").p("DATE", _d(c.visit, "uk"))
    b.t("  Clinician: ").p("NAME", dent).t(" BDS  Nurse: ").p("NAME", nurse).t("\n")
    b.t("MH: warfarin - INR ").c(f"{c.r.randint(18, 32) / 10}").t(" on ").p("DATE", _d(c.visit - timedelta(days=1), "dm"))
    b.t(" (target ").c("2-3").t("); amoxicillin allergy (rash).\nC/O pain UR6 (").c("16").t(") x ").c("5 days")
    b.t(". BPE ").c("2 2 3 / 2 1 2").t(". ").c("16 MOD").t(" caries into dentine, TTP +, EPT -.\n")
    b.t("LA: ").c("2.2 mL").t(" articaine 4% with ").c("1:100,000").t(" adrenaline, buccal infiltration. ")
    b.t("Extirpation ").c("16").t(", canals MB1/MB2/DB/P, WL ").c("20.5 mm").t(", Ledermix dressing.\n")
    b.t("Rx metronidazole ").c("400 mg TDS x 3 days").t(". Also ").c("36 DO").t(" recurrent caries - plan.\n")
    b.t("Recall ").p("DATE", _d(recall, "my")).t("; next appt ").t(c.pick(["Mon", "Wed", "Fri"])).t(" ")
    b.p("DATE", _d(c.visit + timedelta(days=c.r.randint(7, 21)), "dm")).t(" 08:45 (").c("60 min").t(").\n")
    b.t("Referred by Dr ").p("NAME", c.staff("uk")).t(" (GDP). Signed ").p("NAME", "".join(x[0] for x in dent.split())).t("\n")
    return b.build(_patient(pid, g, f, dob, ids=[pid]))


def _t_optom(c: _Ctx) -> Note:
    g, f = c.pick(_WORD_GIV[:4]), c.person("uk")[1]
    dob = c.dob(40, 88)
    line, town, pc = _uk_addr(c)
    optom = c.staff("uk")
    b = NoteBuilder()
    b.t("SIGHT TEST RECORD (GOS 1)\n").p("NAME", f"{g} {f}").t(", ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nDOB ").p("DATE", _d(dob, "dot1")).t("   Last test ")
    b.p("DATE", _d(c.visit - timedelta(days=c.r.randint(380, 900)), "my")).t("   Today ").p("DATE", _d(c.visit, "uk"))
    b.t("\nSymptoms: ").p("NAME", g).t(" reports glare driving at night; DVLA licence ").p("ID", f"{''.join(ch for ch in _fold(f).upper() if ch.isalpha())[:5]:9<5}{c.digits(6)}{_fold(g)[0]}{c.upper(1)}9{c.upper(2)}")
    b.t(".\nVA R ").c("6/9").t(" L ").c("6/12").t("; Rx R ").c("-2.25/-0.50 x 180").t(" L ").c("-2.75/-0.75 x 170")
    b.t(" Add ").c("+2.50").t(".\nIOP (NCT) R ").c(f"{c.r.randint(12, 24)} mmHg").t(" L ").c(f"{c.r.randint(12, 24)} mmHg")
    b.t(" at 11:05. Anterior: iris normal, no NVI; early nuclear sclerosis ").c("NO2").t(". Fields (Esterman) ")
    b.c("full").t(". Disc C:D ").c("0.4").t("/").c("0.5").t(".\nReferred to ophthalmology (routine) - letter to GP Dr ")
    b.p("NAME", c.staff("uk")).t(". Optometrist: ").p("NAME", optom).t(" MCOptom, GOC ").p("ID", f"01-{c.digits(5)}").t("; dispensing: ").p("NAME", c.person("uk")[0]).t("\n")
    return b.build(_patient(f"gos-{c.digits(4)}", g, f, dob, line=line, city=town, zip=pc))


def _t_homevisit(c: _Ctx) -> Note:
    g, f = c.person("uk")
    dob = c.dob(70, 89)
    line, town, pc = _uk_addr(c)
    carer, dau = c.person("uk")[0], c.person("uk")
    key = c.digits(4)
    b = NoteBuilder()
    b.t("COMMUNITY THERAPY - OT/PT JOINT HOME VISIT\nClient: ").p("NAME", f"{g} {f}").t("  (")
    b.c(f"{(c.visit - dob).days // 365}").t(" y)  DOB ").p("DATE", _d(dob, "uk")).t("\nAddress: ")
    b.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t(". Access: key safe by front door, code ")
    b.p("ID", key).t(c.pick([" (press C first)", "", " - do not share"])).t(".\nVisit ").p("DATE", _d(c.visit, "uk"))
    b.t(" 14:00-15:10 with carer ").p("NAME", carer).t(" (").t(c.pick(["Bluebird Care", "Home Instead", "Caremark"]))
    b.t(") and son-in-law ").p("NAME", c.first("M")).t(".\nMobility: TUG ").c(f"{c.r.randint(12, 35)} s").t(", Berg ").c(f"{c.r.randint(25, 50)}/56").t(", 4AT ")
    b.c("0").t(". Uses Zimmer frame indoors; 2 falls since ").p("DATE", _d(c.day(-120, -20), "dm"))
    b.t(".\nKitchen: perching stool issued. Bathroom: bath board + half-step. Stair rail (L) ordered via ")
    b.t("equipment service, ref ").p("ID", f"EQ{c.digits(6)}").t(".\nDaughter ").p("NAME", f"{dau[0]} {dau[1]}")
    b.t(" (").p("PHONE", c.uk_phone()).t(") to be present at fitting on ").p("DATE", _d(c.visit + timedelta(days=c.r.randint(5, 20)), "long"))
    b.t(".\nBP sitting ").c("142/78").t(", standing ").c("118/70").t(" at 3 min - postural drop; GP Dr ").p("NAME", c.staff("uk")).t(" informed. ")
    b.t("Paracetamol ").c("1 g QDS").t(", alendronic acid ").c("70 mg weekly").t(".\n").p("NAME", c.staff("uk")).t(", OT; ")
    b.p("NAME", c.staff("uk")).t(", PT\n")
    return b.build(_patient(f"sc{c.digits(6)}", g, f, dob, line=line, city=town, zip=pc))


def _t_mdt(c: _Ctx) -> Note:
    chair = c.staff("uk")
    b = NoteBuilder()
    b.t(f"UPPER GI CANCER MDT - OUTCOMES  {c.pick(['Thursday', 'Tuesday'])} ").p("DATE", _d(c.visit, c.pick(["uk", "long"])))
    b.t("\nPresent: ").p("NAME", c.staff("uk")).t(" (surgeon), ").p("NAME", c.staff("uk")).t(" (oncology), ")
    b.p("NAME", c.staff("uk")).t(" (radiology), ").p("NAME", c.person("uk")[0]).t(" (CNS)")
    b.t("\nChair: ").p("NAME", chair).t("   Coordinator: ").p("NAME", c.staff("uk")).t(" (ext ").p("PHONE", c.digits(5))
    b.t(")\n")
    first: dict[str, Any] = {}
    for k in range(c.r.randint(3, 4)):
        g, f = c.person("uk")
        dob = c.dob(45, 94)
        age = (c.visit - dob).days // 365
        hn, nhs = f"{c.upper(1)}{c.digits(6)}", c.nhs()
        if not first:
            first = _patient(hn, g, f, dob, ids=[hn, nhs])
        b.t(f"\n{k + 1}. ").p("NAME", f"{f.upper()} {g}").t("  ").p("ID", hn).t("  NHS ").p("ID", nhs)
        b.t("  DOB ").p("DATE", _d(dob, "uk")).t(" (")
        (b.p("AGE", str(age)) if age >= 90 else b.c(str(age))).t(")\n")
        kind = k % 3
        if kind == 0:
            b.t("   OGD ").p("DATE", _d(c.day(-40, -10), "dm")).t(": GOJ adenocarcinoma; CT ").c("cT3 N1 M0")
            b.t(", PET SUVmax ").c(f"{c.r.randint(5, 19)}.{c.r.randint(0, 9)}").t(". PS ").c("1").t(".\n")
            b.t("   Outcome: neoadjuvant FLOT x ").c("4 cycles").t(" then surgery. Oncology clinic Dr ").p("NAME", c.staff("uk"))
            b.t(". CNS ").p("NAME", c.person("uk")[0]).t(" to call patient today.\n")
        elif kind == 1:
            b.t("   Pancreatic head mass ").c("32 mm").t(", CA19-9 ").c(f"{c.r.randint(40, 2400)} U/mL").t(", bilirubin ")
            b.c(f"{c.r.randint(20, 300)} umol/L").t(" - stented ").p("DATE", _d(c.day(-30, -3), "uk")).t(".\n")
            b.t("   Outcome: borderline resectable; EUS-FNA, discuss at HPB MDT ").p("DATE", _d(c.visit + timedelta(days=7), "dm"))
            b.t(". Patient's son ").p("NAME", c.first("M")).t(" is LPA.\n")
        else:
            b.t("   Gastric GIST ").c("4.1 cm").t(", mitotic count ").c("3/50 HPF").t(". ECOG ").c("2").t(". eGFR ").c("48")
            b.t(".\n   Outcome: imatinib ").c("400 mg OD").t("; repeat CT in ").c("3 months").t(" (").p("DATE", _d(c.visit + timedelta(days=90), "my"))
            b.t("). GP: Dr ").p("NAME", c.staff("uk")).t(", ").p("ADDRESS", c.pick(_UK_TOWNS)[1]).t(".\n")
    b.t("\nCirculated to: ").p("NAME", c.staff("uk")).t("; ").p("NAME", c.staff("uk")).t("; MDT office ")
    b.p("EMAIL", f"ugi.mdt{c.digits(2)}@nhs.net").t("\n")
    return b.build(first)


def _t_transplant(c: _Ctx) -> Note:
    g, f = c.person("us")
    dob = c.dob(25, 70)
    mrn = _mrn(c)
    donor = f"{c.upper(3)}{c.digits(3)}"
    match = c.digits(7)
    coord = c.staff("us")
    offer = datetime.combine(c.visit, datetime.min.time()) + timedelta(minutes=c.r.randrange(1440))
    b = NoteBuilder()
    b.t("TRANSPLANT COORDINATOR NOTE - KIDNEY OFFER\nRecipient: ").p("NAME", f"{f}, {g}").t("  MRN ").p("ID", mrn)
    b.t("  DOB ").p("DATE", _d(dob, "us")).t("\nOffer received ").p("DATE", offer.strftime("%m/%d/%Y"))
    b.t(" ").t(offer.strftime("%H%M")).t(" via DonorNet, donor ID ").p("ID", donor).t(", match run #").p("ID", match)
    b.t(", sequence ").c(f"{c.r.randint(1, 40)}").t(".\nDonor: ").c(f"{c.r.randint(18, 60)}").t(" yo, DBD, KDPI ")
    b.c(f"{c.r.randint(5, 85)}%").t(", terminal Cr ").c(f"{c.r.randint(6, 25) / 10} mg/dL").t(", HCV NAT ").c("neg")
    b.t(". Cold ischaemia at offer ").c(f"{c.r.randint(4, 20)} h").t(".\nVirtual XM negative; cPRA ").c(f"{c.r.randint(0, 98)}%")
    b.t(". Backup recipient: ").p("NAME", " ".join(c.person("us"))).t(" (MRN ").p("ID", _mrn(c)).t(") on standby.\n")
    b.t("Recipient reached at ").p("PHONE", c.us_phone()).t(" (cell); wife ").p("NAME", c.first("F", "en_US"))
    b.t(" will drive. Last dialysis ").p("DATE", _d(c.visit - timedelta(days=1), "md")).t(", K ").c("5.1")
    b.t(".\nAccepted by Dr ").p("NAME", c.staff("us")).t(" (surgeon on call). OR booked ").p("DATE", _d(c.visit + timedelta(days=1), "md"))
    b.t(" ~06:00, nephrology Dr ").p("NAME", c.staff("us")).t(" aware. Induction: thymoglobulin ").c("1.5 mg/kg").t(", methylpred ").c("500 mg").t(".\n").p("NAME", coord)
    b.t(", RN, CCTC - pager ").p("PHONE", f"{c.digits(3)}-{c.digits(4)}").t("\n")
    return b.build(_patient(mrn, g, f, dob, ids=[mrn]))


def _t_ime(c: _Ctx) -> Note:
    g, f = c.person("us")
    dob = c.dob(22, 64)
    claim = c.pick([f"WC-{c.visit.year}-{c.digits(6)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(6)}",
                    f"CLM{c.digits(9)}"])  # fmt: skip
    line, city, _st, z = _us_addr(c)
    eline, ecity, est, ez = _us_addr(c)
    eline = eline.split(" Apt")[0]
    inj = c.visit - timedelta(days=c.r.randint(90, 400))
    adj = c.person("us")
    letter = c.visit - timedelta(days=c.r.randint(2, 20))
    b = NoteBuilder()
    b.t("INDEPENDENT MEDICAL EXAMINATION\n").p("DATE", _d(c.visit, "longus")).t("\n\n").p("NAME", f"{adj[0]} {adj[1]}")
    b.t(", Claims Adjuster\nLiberty Mutual\nRE: Claimant ").p("NAME", f"{g} {f}").t("; Claim No. ").p("ID", claim)
    b.t("; DOI ").p("DATE", _d(inj, "us0")).t("\nEmployer: ").t(c.pick(["Sysco Foods", "Amazon DSP", "City Public Works"]))
    b.t(", ").p("ADDRESS", eline).t(", ").p("ADDRESS", ecity).t(f", {est} ").p("ZIP", ez)
    b.t(f"\n\nDear {c.pick(['Ms', 'Mr'])} ").p("NAME", adj[1]).t(",\nFurther to your letter of the ")
    if letter.month == c.visit.month:
        b.p("DATE", f"{letter.day}{_sfx(letter.day)} inst.")
    else:
        b.p("DATE", _d(letter, "ord"))
    b.t(", I examined ").p("NAME", f"{g[0]}. {f}").t(" (DOB ").p("DATE", _d(dob, "us")).t(") of ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", city).t(", accompanied by ").p("NAME", c.first(c.pick("MF"), "en_US")).t(". Lifting injury to lumbar spine; MRI ").p("DATE", _d(inj + timedelta(days=30), "us2"))
    b.t(": L4-5 disc protrusion ").c("4 mm").t(". ODI ").c(f"{c.r.randint(20, 60)}%").t(", SLR ").c("60 deg").t(" R.\n")
    b.t("Records reviewed: Dr ").p("NAME", c.staff("us")).t(" (PCP), Dr ").p("NAME", c.staff("us")).t(" (spine), PT notes.\n")
    b.t("Meds: gabapentin ").c("300 mg TID").t(", cyclobenzaprine ").c("10 mg qhs").t(". MMI: not reached; ")
    b.t("WPI estimate ").c("8%").t(" (AMA Guides 6th).\nWork status: modified duty, no lifting > ").c("20 lb").t(".\n\n")
    b.p("NAME", c.staff("us")).t(", MD, QME\ncc: ").p("NAME", c.staff("us")).t(", Esq. (applicant attorney)\n")
    return b.build(_patient(claim, g, f, dob, line=line, city=city, zip=z, ids=[claim]))


def _t_military(c: _Ctx) -> Note:
    g, f = c.person("us")
    dob = c.dob(48, 88)
    ssn = f"{c.r.randint(100, 665)}-{c.digits(2)}-{c.digits(4)}"
    dod = c.digits(10)
    svc = dob.year + c.r.randint(18, 22)
    line, city, st, z = _us_addr(c)
    b = NoteBuilder()
    b.t("VA PRIMARY CARE - PACT\n").p("NAME", f"{f.upper()},{g.upper()}").t("  ").p("SSN", c.pick([ssn, f"{_fold(f)[0].upper()}{ssn[-4:]}"]))
    b.t("  DOD ID ").p("ID", dod).t("\nDOB: ").p("DATE", _d(dob, "mon").upper()).t("  Svc: USMC ").c(f"{svc}-{min(svc + c.r.randint(4, 20), c.visit.year - 1)}")
    b.t(", SC ").c(f"{c.pick([30, 50, 70, 100])}%").t(" (tinnitus, PTSD, L knee)\n")
    b.t("Last four for phone verification: ").p("SSN", ssn[-4:]).t(". Address verified: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\nPCL-5 ").c(f"{c.r.randint(20, 60)}").t(", PHQ-9 ")
    b.c(f"{c.r.randint(3, 20)}").t(", AUDIT-C ").c(f"{c.r.randint(0, 8)}").t(". A1c ").c(f"{c.r.randint(55, 95) / 10}%")
    b.t(" (").p("DATE", _d(c.day(-90, -5), "mon").upper()).t("). Prazosin ").c("2 mg qhs").t(", sertraline ").c("100 mg")
    b.t(".\nBuddy statement from former squad leader ").p("NAME", c.staff("us")).t(" (service no. ").p("ID", c.digits(7))
    b.t(") supports claim. Wife ").p("NAME", c.first("F", "en_US")).t(" attends; caregiver ").p("NAME", c.staff("us")).t(" (CSP).\nVeterans Crisis Line ").t("988 press 1")
    b.t(" given. PCP Dr ").p("NAME", c.staff("us")).t(". RTC ").c("3 mo").t(".\n/es/ ").p("NAME", c.staff("us").upper()).t("\nNURSE PRACTITIONER\nSigned: ")
    b.p("DATE", _d(c.visit, "mon").upper()).t(" 14:32\n")
    return b.build(_patient(dod, g, f, dob, line=line, city=city, zip=z, ids=[ssn, dod]))


def _t_prison(c: _Ctx) -> Note:
    g, f = c.person("us")
    dob = c.dob(19, 75)
    inmate = c.pick([f"#{c.upper(1)}{c.digits(5)}", c.digits(8), f"{c.digits(5)}-{c.digits(3)}"])
    co = c.person("us")
    b = NoteBuilder()
    b.t("HEALTH SERVICES REQUEST (SICK CALL)\nInmate: ").p("NAME", f"{f}, {g}").t("   No. ").p("ID", inmate)
    b.t("   Housing: B-pod, cell ").c(f"{c.r.randint(101, 248)}").t("\nDOB ").p("DATE", _d(dob, "us0"))
    b.t("   Received ").p("DATE", _d(c.visit, "us0")).t(" 06:15 (form dated ").p("DATE", _d(c.visit - timedelta(days=1), "md"))
    b.t(")\nPt complaint (own words): \"my sugar been high, need see nurse ").p("NAME", c.person("us")[0]).t(" again\"\n")
    b.t("Nurse: CBG ").c(f"{c.r.randint(180, 420)} mg/dL").t(", BP ").c(f"{c.r.randint(120, 180)}/{c.r.randint(70, 110)}")
    b.t(", T ").c("98.4 F").t(". Metformin ").c("1000 mg BID").t(" (KOP), glargine ").c(f"{c.r.randint(10, 40)} units qhs")
    b.t(" (pill line).\nEscorted by CO ").p("NAME", co[1]).t(" (badge ").p("ID", c.digits(4)).t("). Prior facility: ")
    b.t(c.pick(["San Quentin", "Rikers - RMSC", "Cook County Jail Div 10"])).t("; records requested from ")
    b.p("NAME", c.staff("us")).t(", fax ").p("PHONE", c.us_phone()).t(".\nMother ").p("NAME", f"{c.first('F', 'en_US')} {f}")
    b.t(" called with concerns; no ROI on file.\nRefer to provider line ").p("DATE", _d(c.visit + timedelta(days=2), "md"))
    b.t(". ").p("NAME", c.staff("us")).t(", LVN\n")
    return b.build(_patient(inmate, g, f, dob, ids=[inmate]))


def _t_hl7(c: _Ctx) -> Note:
    g, f = c.person("us")
    g, f = _fold(g), _fold(f)
    mid = c.upper(1)
    dob = c.dob(18, 88)
    mrn, ssn = c.digits(8), f"{c.r.randint(100, 665)}{c.digits(6)}"
    line, city, st, z = _us_addr(c)
    kin = c.person("us")
    doc = c.person("us")
    ts = datetime.combine(c.visit, datetime.min.time()) + timedelta(minutes=c.r.randrange(1440))
    area = c.pick(["617", "508", "312", "206"])
    b = NoteBuilder()
    b.t("Interface error - A08 rejected, DOB mismatch. Pasted segments for HIM review:\n")
    b.t("MSH|^~\\&|EPIC|MGH|WW|WW|").p("DATE", ts.strftime("%Y%m%d%H%M%S")).t(f"||ADT^A08|MSG{c.digits(6)}|P|2.5.1\n")
    b.t("PID|1||").p("ID", mrn).t("^^^MGH^MR~").p("SSN", ssn).t("^^^SSA^SS||").p("NAME", f"{f.upper()}^{g.upper()}^{mid}")
    b.t("^^^^L||").p("DATE", _d(dob, "hl7")).t(f"|{c.pick('FM')}|||").p("ADDRESS", line.upper()).t("^^")
    b.p("ADDRESS", city.upper()).t(f"^{st}^").p("ZIP", z).t("^USA^H||^PRN^PH^^^").p("PHONE", f"{area}^555{c.digits(4)}")
    b.t("\nNK1|1|").p("NAME", f"{kin[1].upper()}^{kin[0].upper()}").t("|SPO||^PRN^PH^^^").p("PHONE", f"{area}^555{c.digits(4)}")
    pcp = c.person("us")
    b.t(f"\nPD1|||{c.pick(['MGH PRIMARY CARE', 'CHELSEA HEALTHCARE CTR'])}|").p("ID", c.digits(10)).t("^")
    b.p("NAME", f"{_fold(pcp[1]).upper()}^{_fold(pcp[0]).upper()}")
    b.t("\nPV1|1|I|7W^").c(f"{c.r.randint(701, 740)}").t("^A|||").p("ID", c.digits(10)).t("^").p("NAME", f"{doc[1].upper()}^{doc[0].upper()}")
    b.t("^^^^DR\nOBX|1|NM|2160-0^Creatinine^LN||").c(f"{c.r.randint(6, 40) / 10}").t("|mg/dL|0.6-1.3|H|||F|||")
    b.p("DATE", ts.strftime("%Y%m%d%H%M")).t("\nOBX|2|NM|6298-4^Potassium^LN||").c(f"{c.r.randint(30, 62) / 10}").t("|mmol/L|3.5-5.1||||F\n")
    b.t("Reg note: pt states DOB is ").p("DATE", _d(dob + timedelta(days=c.r.choice([1, 30, 365])), "us"))
    b.t(" - Cerner shows ").p("DATE", _d(dob, "us")).t(". Called pt at ").p("PHONE", c.us_phone()).t(", no answer. ")
    b.p("NAME", "".join(x[0] for x in c.staff("us").split()).lower()).t(" x").p("PHONE", c.digits(5)).t("\n")
    return b.build(_patient(mrn, f"{g} {mid}", f, dob, line=line, city=city, zip=z, ids=[mrn, ssn]))


def _t_ocrfax(c: _Ctx) -> Note:
    g, f = c.person("us", loc=c.pick(["en_US", "en_US", "word", "particle"]))
    g, f = _fold(g), _fold(f)
    dob = c.dob(30, 88)
    mrn = c.digits(8)
    r = c.r
    clinic = c.pick(["Lakeside Family Medicine", "Northside Cardiology Assoc.", "Valley Ortho PC"])
    fax, ph = c.us_phone(), c.us_phone()
    b = NoteBuilder()
    b.t(f"F A X   C O V E R   S H E E T\nFR0M: {clinic}   Fax: ").p("PHONE", _ocr(fax, r)).t("\nT0: Pre-Admission Testing")
    b.t("   Attn: ").p("NAME", _ocr(c.staff("us"), r)).t(", RN   Pages: 3\nRE: P a t i e n t : ").p("NAME", _spaced(f"{f.upper()}, {g.upper()}")).t("\n")
    b.t("D O B : ").p("DATE", _spaced(_d(dob, "us0"))).t("      M R N# ").p("ID", f"{mrn[:2]} {mrn[2:6]} {mrn[6:]}")
    b.t("\nPh0ne: ").p("PHONE", _ocr(ph, r)).t("   Surgery date: ").p("DATE", _ocr(_d(c.visit + timedelta(days=r.randint(5, 30)), "us0"), r))
    b.t("\n\nPRE-0P CLEARANCE\n").p("NAME", f"{g.title()} {f.title()}").t(" was seen in clinic on ")
    b.p("DATE", _d(c.visit, "us")).t(". EKG: NSR ").c(f"{r.randint(58, 96)}").t(" bpm, QTc ").c(f"{r.randint(400, 470)} ms")
    b.t(". Echo ").p("DATE", _d(c.day(-300, -30), "us2")).t(": EF ").c(f"{r.randint(45, 65)}%").t(". Hgb ").c(f"{r.randint(100, 150) / 10} g/dL")
    b.t(", Cr ").c(f"{r.randint(6, 14) / 10}").t(", K ").c("4.2").t(". RCRI ").c("1").t(".\nHold apixaban ").c("5 mg BID")
    b.t(" x ").c("48 h").t(" pre-op; continue metoprolol ").c("25 mg").t(".\n\n").p("NAME", _spaced(c.staff("us")))
    b.t(" ,  M D\nC0NFIDENTIALITY N0TICE: if received in error call ").p("PHONE", _ocr(fax, r)).t("\n")
    return b.build(_patient(mrn, g, f, dob, phone=ph, ids=[mrn]))


def _t_dictation(c: _Ctx) -> Note:
    g, f = c.person("us", loc=c.pick(["en_US", "en_US", "word", "vi", "ko"]))
    g, f = _fold(g), _fold(f)
    age = c.r.randint(90, 99)
    dob = c.visit - timedelta(days=age * 365 + c.r.randrange(300))
    mrn = c.digits(7)
    dau = c.first("F", "en_US")
    doc = c.staff("us")
    ph = f"{c.pick(['six one seven', 'three one two', 'two zero six'])} five five five " + " ".join(_UNITS[int(x)] for x in "01" + c.digits(2))
    b = NoteBuilder()
    b.t("[ASR draft - unedited]\nthis is doctor ").p("NAME", doc.lower()).t(" dictating a discharge summary on ")
    b.p("NAME", f"{g} {f}".lower()).t(" last name spelled ").p("NAME", "-".join(ch for ch in _fold(f).upper() if ch.isalpha()))
    b.t(" date of birth ").p("DATE", _spoken_date(dob)).t(" period medical record number ").p("ID", " ".join(_UNITS[int(x)] for x in mrn))
    b.t(" period new paragraph history of present illness colon the patient is a ").p("AGE", _words(age))
    b.t(" year old with a history of copd admitted on ").p("DATE", _spoken_date(c.visit - timedelta(days=c.r.randint(3, 8)))).t(" with ")
    b.t("community acquired pneumonia comma treated with ceftriaxone ").c("one gram").t(" daily and azithromycin ")
    b.c("five hundred milligrams").t(" period white count peaked at ").c("eighteen point four").t(" period sodium ")
    b.c("one thirty one").t(" on admission period new paragraph disposition colon home with daughter ").p("NAME", dau.lower())
    b.t(" who can be reached at ").p("PHONE", ph).t(" period follow up with doctor ").p("NAME", c.staff("us").lower())
    b.t(" in ").c("one week").t(" period copy to doctor ").p("NAME", c.staff("us").lower()).t(" period end of dictation\n")
    return b.build(_patient(mrn, g, f, dob, ids=[mrn]))


def _t_allcaps(c: _Ctx) -> Note:
    g, f = c.person("us", loc=c.pick(["en_US", "particle", "word", "gr", "ru"]))
    old = c.r.random() < 0.6
    age = c.r.randint(90, 103) if old else c.r.randint(70, 89)
    dob = c.visit - timedelta(days=age * 365 + c.r.randrange(300))
    line, city, st, z = _us_addr(c)
    psex = c.pick("MF")
    poa = (c.first(psex, "en_US"), c.person("us")[1])
    b = NoteBuilder()
    b.t("INTER-FACILITY TRANSFER FORM (SNF TO ED)\nRESIDENT: ").p("NAME", f"{g} {f}".upper()).t("   DOB: ")
    b.p("DATE", _d(dob, "us0")).t("   AGE: ")
    (b.p("AGE", str(age)) if old else b.c(str(age))).t("   ROOM ").c(f"{c.r.randint(100, 330)}B")
    b.t(f"\nFROM: {c.pick(['SUNRISE SENIOR LIVING', 'GOLDEN LIVING CENTER', 'ST JOSEPH MANOR'])}, ")
    b.p("ADDRESS", line.upper()).t(", ").p("ADDRESS", city.upper()).t(f", {st} ").p("ZIP", z)
    b.t("\nPOA / NOK: ").p("NAME", f"{poa[0]} {poa[1]}".upper()).t(" (").t("SON" if psex == "M" else c.pick(["NIECE", "DAUGHTER"]))
    b.t(") ").p("PHONE", c.us_phone()).t("\nCODE STATUS: DNR/DNI - POLST DATED ").p("DATE", _d(c.day(-700, -30), "us0"))
    b.t("\nREASON: UNWITNESSED FALL AT 0320, NEW R HIP PAIN, SHORTENED/EXTERNALLY ROTATED.\n")
    b.t("VS: BP ").c(f"{c.r.randint(100, 170)}/{c.r.randint(50, 90)}").t(" HR ").c(f"{c.r.randint(60, 110)}")
    b.t(" RR ").c("18").t(" SPO2 ").c("94% RA").t(" T ").c("97.9").t(" FSBS ").c(f"{c.r.randint(80, 250)}")
    b.t("\nMEDS: ELIQUIS ").c("2.5 MG BID").t(" (LAST DOSE 2100), DONEPEZIL ").c("10 MG HS").t(", LASIX ")
    b.c("20 MG QAM").t("\nBASELINE: A&O X1, BIMS ").c("7/15").t(", WALKER, PUREED DIET\nSENT BY: ")
    b.p("NAME", c.staff("us").upper()).t(", LPN   TIME: 0415   DATE: ").p("DATE", _d(c.visit, "us0"))
    b.t("\nREPORT CALLED TO: ").p("NAME", c.person("us")[0].upper()).t(" RN @ ED   ATTENDING: DR ").p("NAME", c.staff("us").upper()).t("\n")
    return b.build(_patient(f"snf{c.digits(5)}", g, f, dob, line=line, city=city, zip=z))


def _t_lower(c: _Ctx) -> Note:
    g, f = c.person("us")
    pg, pf = _fold(g), _fold(f)
    g, f = pg.lower(), pf.lower()
    old = c.r.random() < 0.5
    age = c.r.randint(90, 98) if old else c.r.randint(30, 89)
    dob = c.visit - timedelta(days=age * 365 + c.r.randrange(300))
    dau = (c.first("F", "en_US"), c.person("us")[1])
    line, city, _st, z = _us_addr(c)
    b = NoteBuilder()
    b.t("quick note - ").p("DATE", _d(c.visit, "md")).t("\nseen on rounds w/ daughter ").p("NAME", f"{_fold(dau[0]).lower()} {_fold(dau[1]).lower()}")
    b.t(" (ph ").p("PHONE", c.us_phone()).t("). pt ").p("NAME", f"{g} {f}").t(" is ")
    (b.p("AGE", f"{age}") if old else b.c(f"{age}")).t(c.pick(["yo", " y/o", "-yr-old"])).t(" from ")
    b.p("ADDRESS", line.lower()).t(" ").p("ADDRESS", city.lower()).t(", lives alone. dob ").p("DATE", _d(dob, "us2"))
    b.t(".\nna ").c(f"{c.r.randint(122, 134)}").t(" (was ").c(f"{c.r.randint(135, 140)}").t(" on ").p("DATE", _d(c.visit - timedelta(days=2), "md"))
    b.t("), fluid restrict ").c("1.2 l").t(", stop hctz. cam neg. pt/ot rec snf, ")
    b.p("NAME", _fold(c.first(c.pick("MF"), "en_US")).lower()).t(" (cm) aware.\ndaughter wants call from dr ")
    b.p("NAME", _fold(c.person("us")[1]).lower()).t(" before ").t(c.pick(["friday", "monday", "tomorrow"])).t(" - ")
    b.p("EMAIL", f"{_fold(dau[0]).lower()}.{_fold(dau[1]).lower().replace(' ', '').replace(chr(39), '')}{c.digits(2)}@gmail.com")
    b.t("\n- ").p("NAME", "".join(x[0] for x in c.staff("us").split()).lower()).t("\n")
    return b.build(_patient(f"u{c.digits(6)}", pg, pf, dob, line=line, city=city, zip=z))


_NORDIC = {
    "sv_SE": ("Sahlgrenska Universitetssjukhuset", "+46 70 {a} {b} {c}", "Göteborg", "{z3} {z2}"),
    "no_NO": ("Haukeland universitetssjukehus", "+47 9{b} {c} {a}", "Bergen", "{z4}"),
    "da_DK": ("Rigshospitalet", "+45 {b} {c} {d} {e}", "København N", "{z4}"),
    "fi_FI": ("HUS Meilahti", "+358 40 {a} {b}{c}", "Helsinki", "00{z3}"),
}  # fmt: skip


def _t_nordic(c: _Ctx) -> Note:
    loc = c.pick(list(_NORDIC))
    hosp, phone_fmt, city, zfmt = _NORDIC[loc]
    g, f = c.person(loc=loc)
    dob = c.dob(20, 85)
    dd = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    pid = {"sv_SE": f"{dob.year}{dob.month:02d}{dob.day:02d}-{c.digits(4)}", "no_NO": f"{dd} {c.digits(5)}",
           "da_DK": f"{dd}-{c.digits(4)}", "fi_FI": f"{dd}{'-' if dob.year < 2000 else 'A'}{c.digits(3)}{c.upper(1)}"}[loc]  # fmt: skip
    fk = _faker(loc)
    fk.seed_instance(c.r.getrandbits(32))
    street = fk.street_address()
    z = zfmt.format(z3=c.digits(3), z2=c.digits(2), z4=c.digits(4))

    def ph() -> str:
        return phone_fmt.format(a=c.digits(3), b=c.digits(2), c=c.digits(2), d=c.digits(2), e=c.digits(2))

    kin = c.person(loc=loc)
    b = NoteBuilder()
    b.t(f"Emergency Department - {hosp} (English summary for GP abroad)\nPatient: ").p("NAME", f"{g} {f}")
    b.t("   ID no.: ").p("ID", pid).t("\nBorn ").p("DATE", _d(dob, c.pick(["dot", "dot1", "iso"]))).t(", address ")
    b.p("ADDRESS", street).t(", ").p("ZIP", z).t(" ").p("ADDRESS", city).t(", mobile ").p("PHONE", ph())
    b.t("\nArrival ").p("DATE", _d(c.visit, c.pick(["dot", "iso"]))).t(" kl. 22.40 by ambulance after cycling accident. RETTS ")
    b.c("orange").t(". GCS ").c("15").t(", HR ").c(f"{c.r.randint(60, 120)}").t(", BP ").c(f"{c.r.randint(100, 160)}/{c.r.randint(60, 95)}")
    b.t(".\nCT: undisplaced distal radius fracture; no ICH. Hb ").c(f"{c.r.randint(110, 160)} g/L").t(", CRP ").c("<5")
    b.t(". Plaster backslab; oxycodone ").c("5 mg").t(" x1, paracetamol ").c("1 g").t(".\nNext of kin: ")
    b.p("NAME", f"{kin[0]} {kin[1]}").t(" ").p("PHONE", ph()).t(". Treating physician ").p("NAME", " ".join(c.person(loc=loc))).t(". Orthopaedic clinic check ")
    b.p("DATE", _d(c.visit + timedelta(days=c.r.randint(7, 12)), c.pick(["dm", "dot"]))).t(" 09:15. Copy to GP ").p("NAME", " ".join(c.person(loc=loc))).t(".\nSign: ")
    b.p("NAME", " ".join(c.person(loc=loc))).t({"sv_SE": ", leg. läkare", "no_NO": ", lege", "da_DK": ", læge", "fi_FI": ", LL"}[loc]).t("\n")
    return b.build(_patient(pid, g, f, dob, line=street, city=city, zip=z, ids=[pid]))


def _t_polish(c: _Ctx) -> Note:
    g, f = c.person(loc="pl_PL")
    dob = c.dob(20, 64)
    pesel = f"{dob.year % 100:02d}{dob.month + (20 if dob.year >= 2000 else 0):02d}{dob.day:02d}{c.digits(5)}"
    fk = _faker("pl_PL")
    fk.seed_instance(c.r.getrandbits(32))
    street, city, pc = fk.street_address(), fk.city(), fk.postcode()
    line, town, ukpc = _uk_addr(c)
    wife = (c.first("F", "pl_PL"), str(fk.last_name_female()))
    b = NoteBuilder()
    b.t("OCCUPATIONAL HEALTH / GP REGISTRATION - translated documents reviewed\n").p("NAME", f"{g} {f}")
    b.t(", DOB ").p("DATE", _d(dob, "uk")).t(", PESEL ").p("ID", pesel).t("\nUK address: ").p("ADDRESS", line)
    b.t(", ").p("ADDRESS", town).t(" ").p("ZIP", ukpc).t("; home address in Poland: ").p("ADDRESS", street).t(", ")
    b.p("ZIP", pc).t(" ").p("ADDRESS", city).t("\nWife ").p("NAME", f"{wife[0]} {wife[1]}").t(" tel. ")
    b.p("PHONE", f"+48 {c.digits(2)} {c.digits(3)} {c.digits(2)} {c.digits(2)}").t(" (Poland).\n")
    adm = c.day(-300, -60)
    b.t("Karta informacyjna (discharge card), Szpital Wojewódzki, admitted ").p("DATE", _d(adm, "roman"))
    b.t(", discharged ").p("DATE", _d(adm + timedelta(days=c.r.randint(2, 8)), "roman")).t(": NSTEMI, PCI to LAD (DES). EF ").c("45%").t(".\n")
    b.t("Current meds (from Polish names): Polocard = aspirin ").c("75 mg").t(", Brilique ").c("90 mg BD")
    b.t(" (stop after ").c("12 months").t("), atorwastatyna ").c("80 mg").t(", bisoprolol ").c("2.5 mg").t(".\n")
    b.t("Today BP ").c(f"{c.r.randint(110, 150)}/{c.r.randint(65, 90)}").t(", LDL ").c(f"{c.r.randint(14, 30) / 10} mmol/L")
    b.t(". Fit for forklift duties? - defer until cardiology review ").p("DATE", _d(c.visit + timedelta(days=30), "my"))
    b.t(". Cardiologist in Poland: dr ").p("NAME", " ".join(c.person(loc="pl_PL"))).t(".\nInterpreter: ")
    b.p("NAME", " ".join(c.person(loc="pl_PL"))).t(" (Language Line ID ").p("ID", c.digits(6)).t(")\n")
    return b.build(_patient(pesel, g, f, dob, line=line, city=town, zip=ukpc, ids=[pesel]))


_BR_PLACES = [("Rua Augusta", "Consolação", "São Paulo", "SP"), ("Av. Sete de Setembro", "Vitória",
              "Salvador", "BA"), ("Rua da Aurora", "Boa Vista", "Recife", "PE"), ("Rua Padre Chagas",
              "Moinhos de Vento", "Porto Alegre", "RS"), ("Av. Afonso Pena", "Centro", "Belo Horizonte",
              "MG")]  # fmt: skip


def _t_brazil(c: _Ctx) -> Note:
    g, f = c.person(loc="pt_BR")
    dob = c.dob(18, 88)
    cpf = f"{c.digits(3)}.{c.digits(3)}.{c.digits(3)}-{c.digits(2)}"
    cns = f"{c.digits(3)} {c.digits(4)} {c.digits(4)} {c.digits(4)}"
    street, bairro, city, uf = c.pick(_BR_PLACES)
    line = f"{street}, {c.r.randint(10, 3000)}" + c.pick(["", f" - apto {c.r.randint(11, 204)}"])
    cep = f"{c.digits(5)}-{c.digits(3)}"
    mae = c.person(loc="pt_BR")
    b = NoteBuilder()
    b.t("Travel clinic / returning traveller - documents from UPA (Brazil)\nPaciente: ").p("NAME", f"{g} {f}")
    b.t("\nData de nascimento: ").p("DATE", _d(dob, "uk")).t("   CPF: ").p("ID", cpf).t("   Cartão SUS: ").p("ID", cns)
    b.t("\nEndereço: ").p("ADDRESS", line).t(", ").p("ADDRESS", bairro).t(", ").p("ADDRESS", city).t(f" - {uf}, CEP ")
    b.p("ZIP", cep).t("\nNome da mãe: ").p("NAME", f"{c.first('F', 'pt_BR')} {mae[1]}").t("   Tel: ")
    b.p("PHONE", f"+55 {c.pick(['11', '71', '81', '51'])} 9{c.digits(4)}-{c.digits(4)}").t("\n")
    b.t("Atendimento ").p("DATE", _d(c.visit - timedelta(days=c.r.randint(5, 12)), "uk")).t(": febre ").c("39.2 C")
    b.t(", mialgia, plaquetas ").c(f"{c.r.randint(40, 140)} mil/mm3").t(", NS1 ").c("reagente").t(" - dengue.\n")
    b.t("UK review: day ").c("9").t(" of illness, afebrile, plt ").c(f"{c.r.randint(120, 250)} x10^9/L").t(", HCT ")
    b.c("0.41").t(", ALT ").c(f"{c.r.randint(40, 200)} U/L").t(". No warning signs. Paracetamol ").c("1 g QDS").t(" PRN; avoid NSAIDs.\n")
    b.t("Partner ").p("NAME", " ".join(c.person(loc="pt_BR"))).t(" ").p("EMAIL", f"{_fold(g.split()[0]).lower()}.{_fold(f.split()[-1]).lower()}@{c.pick(['gmail.com', 'uol.com.br', 'hotmail.com'])}")
    b.t(".\nMédico (UPA): Dr. ").p("NAME", " ".join(c.person(loc="pt_BR"))).t(", CRM-").t(c.pick(["SP", "BA", "PE"])).t(" ")
    b.p("ID", c.digits(6)).t(". Seen by Dr ").p("NAME", c.staff("uk")).t(".\n")
    return b.build(_patient(cpf, g, f, dob, line=line, city=city, zip=cep, ids=[cpf, cns]))


def _t_dutch(c: _Ctx) -> Note:
    loc = c.pick(["nl_NL", "nl_NL", "nl_BE"])
    g, f = c.person(loc=loc)
    if c.r.random() < 0.4:
        f = c.pick(["van der Berg", "van den Heuvel", "de Vries", "ten Brink", "van 't Hof", "Van Damme"])
    dob = c.dob(20, 88)
    fk = _faker(loc)
    fk.seed_instance(c.r.getrandbits(32))
    street, city = fk.street_address(), fk.city()
    pc = f"{c.r.randint(1000, 9999)} {c.upper(2)}" if loc == "nl_NL" else f"{c.r.randint(1000, 9999)}"
    bsn = c.digits(9)
    ha = " ".join(c.person(loc=loc))
    b = NoteBuilder()
    b.t("VERWIJSBRIEF / REFERRAL (translated)\nHuisarts: ").p("NAME", ha).t(", ").p("ADDRESS", fk.street_address())
    b.t(", ").p("ZIP", f"{c.r.randint(1000, 9999)}" + (f" {c.upper(2)}" if loc == "nl_NL" else "")).t(" ").p("ADDRESS", fk.city())
    b.t(", tel ").p("PHONE", f"+{'31' if loc == 'nl_NL' else '32'} {c.digits(2)} {c.digits(3)} {c.digits(4)}").t("\nBetreft: ")
    b.p("NAME", f"{f}, {g}" if c.r.random() < 0.5 else f"{g} {f}").t(", geb. ").p("DATE", _d(dob, "dot"))
    b.t(f"\n{'BSN' if loc == 'nl_NL' else 'INSZ'}: ").p("ID", bsn if loc == "nl_NL" else f"{dob.year % 100:02d}.{dob.month:02d}.{dob.day:02d}-{c.digits(3)}.{c.digits(2)}")
    b.t("\nAdres: ").p("ADDRESS", street).t(", ").p("ZIP", pc).t(" ").p("ADDRESS", city)
    b.t("\n\nGeachte collega, patient (on holiday in UK until ").p("DATE", _d(c.visit + timedelta(days=c.r.randint(5, 20)), "dm"))
    b.t(") has T2DM, HbA1c ").c(f"{c.r.randint(48, 90)} mmol/mol").t(", eGFR ").c(f"{c.r.randint(30, 80)}").t(". Metformine ")
    b.c("1000 mg 2dd").t(", gliclazide ").c("80 mg 1dd").t(", empagliflozine ").c("10 mg").t(". Allergie: penicilline.\n")
    b.t("Last visit ").p("DATE", _d(c.day(-80, -10), "dot")).t(": BP ").c("148/92").t(". Please contact partner ")
    b.p("NAME", " ".join(c.person(loc=loc))).t(" if admitted.\nMet collegiale groet, ").p("NAME", ha.split()[0][0] + ". " + ha.split(" ", 1)[1]).t("\n")
    return b.build(_patient(bsn, g, f, dob, line=street, city=city, zip=pc, ids=[bsn]))


def _t_palliative(c: _Ctx) -> Note:
    g, f = c.person("any")
    age = c.r.randint(90, 104)
    dob = c.visit - timedelta(days=age * 365 + c.r.randrange(300))
    line, town, pc = _uk_addr(c)
    sis_age = c.r.randint(90, 99)
    son = (c.first("M"), f)
    b = NoteBuilder()
    b.t("SPECIALIST PALLIATIVE CARE - COMMUNITY VISIT\n").p("NAME", f"{g} {f}").t(", ")
    wording = c.r.randrange(5)
    if wording == 0:
        b.t("a ").p("AGE", str(age)).t(" y/o")
    elif wording == 1:
        b.p("AGE", str(age)).t("-yr-old")
    elif wording == 2:
        b.t("nonagenarian (").p("AGE", str(age)).t(")") if age < 100 else b.t("age ").p("AGE", str(age))
    elif wording == 3:
        b.t("age ").p("AGE", str(age))
    else:
        b.t("aged ").p("AGE", _words(age) if age < 100 else "one hundred and " + _words(age - 100))
    b.t(", DOB ").p("DATE", _d(dob, c.pick(["uk", "long"]))).t(", at home: ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    b.t("\nDx: metastatic colorectal ca (liver); frailty (CFS ").c("7").t("). AKPS ").c("40%").t(", IPOS ").c(f"{c.r.randint(10, 30)}")
    b.t(".\nSymptoms: pain ").c("6/10").t(" on movement. Morphine MR ").c("10 mg BD").t(", Oramorph ").c("2.5-5 mg")
    b.t(" PRN (using ").c("3").t(" doses/day) -> increase MR to ").c("15 mg BD").t(". Anticipatory meds (midazolam, ")
    b.t("levomepromazine, glycopyrronium) prescribed ").p("DATE", _d(c.visit, "dm")).t(".\nReSPECT form signed; PPC home. ")
    b.t("Son ").p("NAME", f"{son[0]} {son[1]}").t(" (").p("PHONE", c.uk_phone()).t(") is main carer; patient's sister ")
    b.p("NAME", c.first("F")).t(", herself ").p("AGE", str(sis_age)).t(", lives in the same street.\n")
    b.t("GP describes a 'fiercely independent " + ("nonagenarian" if age < 100 else "lady") + "' until a fall in ")
    b.p("DATE", _d(c.day(-300, -60), "my")).t("; spouse died ").p("DATE", _d(c.day(-1500, -400), "my"))
    b.t("; bereavement support offered.\n")
    b.t("GP Dr ").p("NAME", c.staff("uk")).t(" updated. CNS ").p("NAME", c.staff("uk")).t(" - next visit ").t(c.pick(["Weds", "Mon", "Thurs"])).t(" or sooner via SPA ").p("PHONE", c.uk_phone()).t("\n")
    return b.build(_patient(f"pc{c.digits(6)}", g, f, dob, line=line, city=town, zip=pc))


_HOTELS = [("Hotel Riu Palace", "Calle Aguere 2", "Adeje", "38660"), ("Jumeirah Beach Hotel",
           "Jumeirah Street", "Umm Suqeim 3", ""), ("Hotel Grande Bretagne", "Vasileos Georgiou A 1",
           "Athens", "105 64"), ("Titanic Mardan Palace", "Kundu Mah. Yasar Sobutay Blv.",
           "Aksu", "07112"), ("Radisson Blu", "Tverskaya-Yamskaya 1-ya 19", "Moscow", "125047")]  # fmt: skip


def _t_assist(c: _Ctx) -> Note:
    loc = c.pick(["ar", "ru", "gr", "tr", "en_GB"])
    g, f = c.person(loc=loc)
    dob = c.dob(30, 85)
    case = c.pick([f"{c.upper(2)}-{c.digits(7)}", f"{c.visit.year % 100}{c.digits(6)}/{c.upper(2)}"])
    hotel, hline, hcity, hzip = c.pick(_HOTELS)
    cc = {"Adeje": "34", "Umm Suqeim 3": "971", "Athens": "30", "Aksu": "90", "Moscow": "7"}[hcity]
    treating = c.person(loc=c.pick(["ar", "ru", "gr", "tr"]))
    spouse = c.person(loc=loc) if loc in ("ar", "tr") else (c.first(c.pick("MF")), f)
    t0 = c.visit - timedelta(days=c.r.randint(1, 6))
    b = NoteBuilder()
    b.t("MEDICAL ASSISTANCE CASE LOG (travel insurance)\nCase ").p("ID", case).t("  Insured: ").p("NAME", f"{f.upper()} {g}")
    b.t("  DOB ").p("DATE", _d(dob, "mon")).t("  Policy ").p("ID", f"{c.upper(3)}{c.digits(8)}").t("\n")
    b.p("DATE", _d(t0, "iso")).t(" 07:12 UTC - call from spouse ").p("NAME", f"{spouse[0]} {spouse[1]}").t(" on ")
    b.p("PHONE", f"+44 7700 900{c.digits(3)}").t(", staying at ").t(hotel).t(", ").p("ADDRESS", hline).t(", ")
    if hzip:
        b.p("ZIP", hzip).t(" ")
    b.p("ADDRESS", hcity).t(".\n").p("DATE", _d(t0, "iso")).t(" 11:40 - treating physician Dr ").p("NAME", f"{treating[0]} {treating[1]}")
    b.t(" (").p("PHONE", f"+{cc} {c.digits(2)} {c.digits(3)} {c.digits(4)}").t("): STEMI, ")
    b.t("primary PCI to RCA, trop ").c(f"{c.r.randint(500, 9000)} ng/L").t(", EF ").c(f"{c.r.randint(35, 55)}%").t(".\n")
    b.p("DATE", _d(t0 + timedelta(days=2), "iso")).t(" - fit to fly per MA: stretcher not needed, seated + ")
    b.t("O2 ").c("2 L/min").t(", nurse escort ").p("NAME", c.staff("uk")).t(". Ticagrelor ").c("90 mg BD").t(", aspirin ")
    b.c("75 mg").t(", atorvastatin ").c("80 mg").t(".\nRepatriation booked for ").p("DATE", _d(c.visit + timedelta(days=1), "long"))
    b.t(". Receiving: ").p("NAME", c.staff("uk")).t(", cardiology SpR, ").p("EMAIL", f"{c.person('en_GB', loc='en_GB')[1].lower()}.cardio@nhs.net")
    b.t("\nCase handler: ").p("NAME", c.person("uk")[0]).t(" ").p("NAME", f"{c.upper(1)}.").t(" x").p("PHONE", c.digits(4)).t("\n")
    return b.build(_patient(case, g, f, dob, ids=[case]))


def _t_neuro(c: _Ctx) -> Note:
    f = c.pick(["Bell", "Payne", "Gray", "Lyme", "Hart", "Cross", "Hale", "Brown", "White"])
    g = c.person("uk")[0]
    dob = c.dob(20, 85)
    hn = f"{c.upper(1)}{c.digits(6)}"
    gp = c.staff("uk")
    b = NoteBuilder()
    b.t("Department of Neurology\nClinic date: ").p("DATE", _d(c.visit, "long")).t("\n\nDear Dr ").p("NAME", gp.split()[-1])
    b.t(",\n\nRe: ").p("NAME", f"{g} {f}").t(" (").p("DATE", _d(dob, "uk")).t("), hospital no. ").p("ID", hn).t("\n\n")
    b.t(c.pick(["Mr", "Ms", "Mrs"])).t(" ").p("NAME", f).t(" presented with acute left facial weakness on ")
    b.p("DATE", _d(c.day(-40, -5), "ord")).t(", House-Brackmann grade ").c("IV").t(". This is consistent with Bell's palsy, ")
    b.t("although given a tick bite while camping we checked for Lyme disease: ELISA ").c("negative").t(".\n")
    b.t("Prednisolone ").c("60 mg").t(" for ").c("5 days").t(" then taper; aciclovir not given. Eye care: lubricant ")
    b.t("drops ").c("QDS").t(", tape at night.\nCo-existing: Raynaud's, Graves' disease on carbimazole ").c("10 mg")
    b.t(" (FT4 ").c(f"{c.r.randint(10, 25)} pmol/L").t("). ").p("NAME", g).t(" reports ear pain ").c("4/10").t(".\nMRI brain ").p("DATE", _d(c.day(-4, 0), "mon"))
    b.t(": normal; no enhancement of CN ").c("VII").t(" beyond expected. Gray matter normal.\n")
    b.t("Follow-up ").c("6 weeks").t("; if incomplete recovery refer to Mr ").p("NAME", c.staff("uk")).t(" (facial palsy service). Seen with Dr ").p("NAME", c.staff("uk")).t(", ST4.\n\n")
    b.t("Yours sincerely,\n\nDr ").p("NAME", c.staff("uk")).t("\nConsultant Neurologist\ncc: patient, ").p("ADDRESS", _uk_addr(c)[0]).t("\n")
    return b.build(_patient(hn, g, f, dob, ids=[hn]))


def _t_sexualhealth(c: _Ctx) -> Note:
    g, f = c.person("uk")
    dob = c.dob(17, 45)
    gum = f"{c.upper(2)}{c.digits(5)}"
    b = NoteBuilder()
    b.t("SEXUAL HEALTH CLINIC - CONFIDENTIAL (no GP letter without consent)\nClinic no: ").p("ID", gum)
    b.t("   Known as: ").p("NAME", g.split()[0]).t("   (legal name ").p("NAME", f"{g} {f}").t(" - not to be used)\nDOB ")
    b.p("DATE", _d(dob, "uk")).t("   Contact: SMS only ").p("PHONE", c.uk_phone()).t(", no voicemail\nVisit ")
    b.p("DATE", _d(c.visit, "iso")).t(". Partners last ").c("3 months").t(": ").c("2").t(" (M), condoms inconsistent. Last test ")
    b.p("DATE", _d(c.day(-300, -60), "my")).t(".\nResults: CT NAAT ").c("positive").t(", GC ").c("negative").t(", HIV ag/ab ")
    b.c("non-reactive").t(", syphilis EIA ").c("negative").t(".\nRx doxycycline ").c("100 mg BD x 7 days").t(". PrEP: started ")
    b.t("TDF/FTC ").c("245/200 mg").t(" daily, eGFR ").c(f"{c.r.randint(70, 120)}").t(".\nPartner notification: ")
    b.t("partner 1 ").p("NAME", c.person("uk")[0]).t(" (contactable via patient); partner 2 \"").p("NAME", c.person("uk")[0])
    b.t("\" from app - anonymous PN via ").p("URL", c.pick(["tellmypartner.org", "www.tellmypartner.org"])).t(" sent ")
    b.p("DATE", _d(c.visit, "dm")).t(".\nHA: ").p("NAME", c.staff("uk")).t(" (bleep ").p("PHONE", c.digits(4)).t("); reviewed with Dr ")
    b.p("NAME", c.staff("uk")).t(" (GUM consultant).\n")
    return b.build(_patient(gum, g, f, dob, ids=[gum]))


def _t_death(c: _Ctx) -> Note:
    g, f = c.person("uk")
    old = c.r.random() < 0.6
    age = c.r.randint(90, 101) if old else c.r.randint(55, 89)
    dob = c.visit - timedelta(days=age * 365 + c.r.randrange(300))
    hn, nhs = f"{c.digits(7)}", c.nhs()
    line, town, pc = _uk_addr(c)
    tod = datetime.combine(c.visit, datetime.min.time()) + timedelta(minutes=c.r.randrange(1440))
    nok = c.person("uk")
    b = NoteBuilder()
    b.t("VERIFICATION OF EXPECTED DEATH\nDeceased: ").p("NAME", f"{g} {f}").t("  Hosp no ").p("ID", hn).t("  NHS ").p("ID", nhs)
    b.t("\nDOB ").p("DATE", _d(dob, "uk")).t("  Age ")
    (b.p("AGE", str(age)) if old else b.c(str(age))).t("  Ward ").c(f"{c.r.randint(1, 40)}").t(", bed ").c(f"{c.r.randint(1, 28)}")
    b.t("\nDate/time of death: ").p("DATE", _d(tod.date(), "uk")).t(" at ").t(tod.strftime("%H:%M"))
    b.t(" (last seen ").t((tod - timedelta(minutes=40)).strftime("%H:%M")).t(")\nNo pulse > ").c("1 min").t(", no heart ")
    b.t("sounds > ").c("1 min").t(", no breath sounds > ").c("3 min").t(", pupils fixed and dilated, no response to ")
    b.t("pain.\nImplants: pacemaker (").t(c.pick(["Medtronic Azure", "Abbott Assurity"])).t(", serial ").p("ID", f"{c.upper(3)}{c.digits(6)}{c.upper(1)}")
    b.t(") - funeral director (").t(c.pick(["Co-op Funeralcare", "A. W. Lymn", "Dignity"])).t(") informed, cremation form part 1.\n")
    b.t("Family: ").p("NAME", f"{nok[0]} {nok[1]}").t(" (").t(c.pick(["daughter", "nephew", "partner"])).t(") informed by phone ")
    b.p("PHONE", c.uk_phone()).t(" at ").t((tod + timedelta(minutes=25)).strftime("%H:%M")).t(". Home: ").p("ADDRESS", line).t(", ")
    b.p("ADDRESS", town).t(".\nMCCD: ").t(c.pick(["1a aspiration pneumonia, 1b Parkinson's disease", "1a frailty of old age"]))
    b.t(". Medical examiner ").p("NAME", c.staff("uk")).t(" agreed ").p("DATE", _d(tod.date() + timedelta(days=1), "dm")).t(", MCCD by Dr ").p("NAME", c.staff("uk"))
    if c.r.random() < 0.35:
        b.t("; discussed with coroner's officer ").p("NAME", c.staff("uk")).t(", ref ").p("ID", f"COR/{tod.year}/{c.digits(4)}")
        b.t(" - no PM required.")
    else:
        b.t("; not for coroner.")
    b.t(" Chaplain ").p("NAME", c.staff("uk")).t(" attended.\nVerified by ")
    b.p("NAME", c.staff("uk")).t(", RN (NMC PIN ").p("ID", f"{c.digits(2)}{c.upper(1)}{c.digits(4)}{c.upper(1)}").t(")\n")
    return b.build(_patient(hn, g, f, dob, line=line, city=town, zip=pc, ids=[hn, nhs]))


def _t_preop(c: _Ctx) -> Note:
    loc = c.pick(["ko", "ja_JP", "vi", "en_US", "ar"])
    g, f = c.person(loc=loc)
    dob = c.dob(30, 85)
    mrn = _mrn(c)
    inter = c.person(loc=loc)
    kin = c.person(loc=loc)
    surg = c.visit + timedelta(days=c.r.randint(3, 21))
    b = NoteBuilder()
    b.t("ANESTHESIA PRE-ASSESSMENT CLINIC\nPt: ").p("NAME", f"{f}, {g}").t("   MRN ").p("ID", mrn).t("   DOB ")
    b.p("DATE", _d(dob, c.pick(["us0", "iso"]) if loc != "ko" else "iso").replace("-", "." if loc == "ko" else "-"))
    b.t("\nProcedure: lap cholecystectomy ").p("DATE", _d(surg, "us")).t(" (").t(c.pick(["Mon", "Tue", "Thu"])).t("), surgeon Dr ")
    b.p("NAME", c.staff("us"))
    if loc != "en_US":
        b.t("\nInterpreter: ").p("NAME", f"{inter[0]} {inter[1]}").t(" (in person)")
    b.t(", NOK ")
    b.p("NAME", f"{kin[0]} {kin[1]}").t(" ").p("PHONE", c.us_phone()).t("\nASA ").c("2").t(", Mallampati ").c("II")
    b.t(", TMD ").c("> 6 cm").t(", mouth opening ").c("3 FB").t(", STOP-BANG ").c(f"{c.r.randint(1, 6)}").t(", METs ").c("> 4")
    b.t(".\nHt ").c(f"{c.r.randint(150, 185)} cm").t(", wt ").c(f"{c.r.randint(48, 110)} kg").t(", BMI ").c(f"{c.r.randint(19, 36)}")
    b.t(". Hb ").c(f"{c.r.randint(110, 160)} g/L").t(", plt ").c(f"{c.r.randint(150, 400)}").t(", INR ").c("1.0")
    b.t(", K ").c("4.0").t(".\nPONV: Apfel ").c(f"{c.r.randint(1, 4)}").t(" - ondansetron ").c("4 mg").t(" + dexamethasone ")
    b.c("4 mg").t(". Hold losartan ").c("50 mg").t(" morning of surgery. Metformin hold day of.\nConsent discussed; pt's ")
    b.t("previous GA (").c("2015").t(") uneventful. Seen by ").p("NAME", c.staff("us")).t(", CRNA, ")
    b.p("DATE", _d(c.visit, "us")).t("\n")
    return b.build(_patient(mrn, g, f, dob, ids=[mrn]))


_TEMPLATES: list[Callable[[_Ctx], Note]] = [
    _t_antenatal, _t_newborn, _t_paeds, _t_mha, _t_hold, _t_dental, _t_optom, _t_homevisit,
    _t_mdt, _t_transplant, _t_ime, _t_military, _t_prison, _t_hl7, _t_ocrfax, _t_dictation,
    _t_allcaps, _t_lower, _t_nordic, _t_polish, _t_brazil, _t_dutch, _t_palliative, _t_assist,
    _t_neuro, _t_sexualhealth, _t_death, _t_preop,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through the templates; deterministic for a given ``n``."""
    notes: list[Note] = []
    for i in range(n):
        rng = random.Random(_SEED * 1_000_003 + i)
        notes.append(_TEMPLATES[i % len(_TEMPLATES)](_Ctx(rng)))
    return notes
