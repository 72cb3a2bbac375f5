"""HELD-OUT v12 PHI corpus: written before any round-12 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read) to look like real
third-party clinical text of kinds earlier held-out corpora did not use: US ED triage notes
(ESI), UK ambulance ATMIST pre-alerts and handovers, ICU progress notes in APSO form with dense
ventilator / ABG / drip numbers, pharmacist medication-history notes (fill dates, Rx numbers,
prescriber lines), social-work psychosocial assessments (landlords, shelters, employers, many
relatives and phone numbers), patient-written portal messages with typos, lower-case names and
nicknames, clinician secure-chat logs ("[09:14] Priya R: ..."), UK outpatient consult letters
with letterheads and cc lists ("Dr A. Patel, FY2"), microbiology comments with accession and
specimen numbers and "phoned to RN Smith at 14:32 on 3/4" call-backs, Datix-style incident
reports, interpreter-mediated consent records, a German tourist admission (EHIC, Krankenkasse,
German addresses), a South African trauma-unit note (13-digit ID, SAPS case number), a
Singapore discharge memo (NRIC, HDB block / unit addresses), an Irish ED letter (Eircode, PPSN,
county), genetic-counselling pedigrees (relatives' names and ages, some >= 90), ICD remote
interrogation reports (device serials), forwarded e-mail threads with From / Sent / To headers,
discharge instructions with follow-up slots ("Tues 4/2 @ 0930", "ext. 4432", schemeless portal
links), patient-transport bookings, adult-safeguarding referrals (collar numbers, crime
references, vehicle registrations), ward handover lists with several patients, chaplaincy notes,
reference-lab requisitions, immunisation catch-up records, a student-health note for an
Argentinian exchange student (passport number), audiology fittings (hearing-aid serials),
guardianship court notes and SMS-reminder logs. Names: Faker en_US, en_GB, en_IE, ga_IE, de_DE,
de_AT, de_CH, es_ES, es_AR, zu_ZA and romanised zh_CN, plus curated Afrikaans, Xhosa, Malay,
Singapore-Tamil and Irish names, and names that are also English words or months (Rose, Hope,
Grant, Bishop, Young, Day, Frost, Ward, May, June, April, Will, Bill, Dean).

Conventions (same as the earlier corpora): titles and credentials ("Dr", "Herr", "Frau", ", RN",
", FY2") are outside NAME spans; "LAST, First" is one NAME span; a possessive "'s" is outside;
staff initials in signatures are NAME. A street line, HDB block / unit, city, town, suburb or
county ("Co. Cork") is ADDRESS; a state / province / country (including "Singapore" written as
the country before a postcode) is not PHI; postcodes and Eircodes are ZIP. DATE: anything more
specific than a year. A month with a year ("Feb-2025", "February 2025") IS a DATE (it is more
specific than a year alone); a weekday written before a date ("Tues 4/2", "Tuesday, 4 February
2025") stays outside the DATE span (weekdays alone are not PHI); "the" of "the 3rd of February"
is outside; an ISO date-time written as one token ("2025-02-04T09:00") is one DATE span; a date
followed by a separate time ("02/04/2025 @ 0900", "3/4 at 14:32") labels only the date. PHONE
includes fax, pagers / bleeps (the number only: "2231" of "bleep 2231") and extensions (inside
the span; a bare "ext. 4432" is one PHONE span). ID: MRN, NHS, PPSN, IHI, NRIC, SA ID, DNI,
passport, EHIC, Rx, accession, specimen, requisition, incident, crime-reference, collar and
booking numbers, device serials and vehicle registrations. AGE: ages >= 90 in any form, only the
number part ("93" of "93yo", "ninety-one" of "aged ninety-one", "90" of ">90", "90s" of "in
her 90s" -- decade phrases of the nineties ARE AGE); ages < 90 are unlabelled. Vitals, labs,
doses, scores, times of day, durations, years alone, weekdays alone, relative dates, bed / room
numbers, drug lots, device models and facility / employer / insurer / pharmacy / church names
are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["generate"]

SEED = 12_2025
_LOCALES = ("en_US", "en_GB", "en_IE", "ga_IE", "de_DE", "de_AT", "de_CH", "es_ES", "es_AR",
            "zu_ZA", "zh_CN")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_WD = ("Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun")
_WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WORD_FIRST_F = ("Rose", "Hope", "Grace", "Faith", "May", "June", "April", "Joy", "Summer", "Ivy",
                 "Dawn", "Pat", "Sunny", "Holly", "Robin")
_WORD_FIRST_M = ("Will", "Bill", "Dean", "Hunter", "Chase", "Ed", "Al", "Pat", "Sunny", "Grant",
                 "Mark", "Rich", "Guy", "Jack", "Robin")
_WORD_FIRST = _WORD_FIRST_F + _WORD_FIRST_M
_WORD_LAST = ("Grant", "Bishop", "Young", "Day", "Frost", "Ward", "Page", "Hope", "Rose", "Cook",
              "Baker", "Mason", "Hill", "Little", "Gray", "White", "Rich", "Moody", "Sharp",
              "Nurse", "Best", "Long", "Bell", "Swift")
_AFRIKAANS = (("Pieter", "van der Merwe"), ("Johannes", "Botha"), ("Annelie", "du Plessis"),
              ("Marius", "Venter"), ("Elmarie", "Coetzee"), ("Hendrik", "Pretorius"),
              ("Riaan", "van Wyk"), ("Liezl", "Steyn"))
_XHOSA = (("Sipho", "Mthembu"), ("Nomvula", "Dlamini"), ("Thandiwe", "Nkosi"),
          ("Lwazi", "Mahlangu"), ("Ayanda", "Ntuli"), ("Zanele", "Mbeki"), ("Lindiwe", "Sisulu"))
_SG = (("Muhammad Faizal", "bin Ismail"), ("Siti Nurhaliza", "binte Rahman"),
       ("Rajesh", "s/o Kumar"), ("Kavitha", "d/o Subramaniam"), ("Nur Aisyah", "binte Osman"),
       ("Tan", "Wei Ling"), ("Lim", "Boon Keng"), ("Goh", "Siew Hoon"), ("Ong", "Kah Wai"))
_SG_MALE = ("bin Ismail", "s/o Kumar", "Boon Keng", "Kah Wai")
_IRISH = (("Siobhán", "Ní Bhriain"), ("Pádraig", "Ó Súilleabháin"), ("Aoife", "Mac Carthaigh"),
          ("Cian", "O'Driscoll"), ("Niamh", "Ní Dhomhnaill"), ("Oisín", "Mac Giolla Phádraig"))
_UK_AREAS = (("LS6", "Headingley", "Leeds"), ("M14", "Fallowfield", "Manchester"),
             ("B15", "Edgbaston", "Birmingham"), ("NE4", "Fenham", "Newcastle upon Tyne"),
             ("BS8", "Clifton", "Bristol"), ("CF14", "Heath", "Cardiff"),
             ("L15", "Wavertree", "Liverpool"), ("S10", "Crookes", "Sheffield"),
             ("NG7", "Lenton", "Nottingham"), ("OX3", "Headington", "Oxford"),
             ("E9", "Hackney", "London"), ("SW1A", "Westminster", "London"))
_UK_STREETS = ("Willow Crescent", "Ashgrove Road", "Chapel Lane", "St Michael's Road",
               "Victoria Terrace", "Kingsway", "Beech Grove", "Mill Lane", "Station Road",
               "Cardigan Road", "Wellington Street", "The Drive", "Hazel Close", "Oak Avenue")
_SA_AREAS = (("Claremont", "Cape Town", "7708"), ("Khayelitsha", "Cape Town", "7784"),
             ("Mitchells Plain", "Cape Town", "7785"), ("Bellville", "Cape Town", "7530"),
             ("Soweto", "Johannesburg", "1804"), ("Umlazi", "Durban", "4031"))
_SA_STREETS = ("Protea Road", "Main Road", "Jakaranda Street", "Lwandle Crescent", "Voortrekker Road",
               "NY 112", "Kloof Street", "Sisulu Avenue")
_SG_HDB = (("Ang Mo Kio Ave 10", "56"), ("Tampines St 11", "52"), ("Jurong West St 41", "64"),
           ("Bedok North Rd", "46"), ("Toa Payoh Lor 1", "31"), ("Woodlands Dr 14", "73"),
           ("Yishun Ring Rd", "76"))
_IE_AREAS = (("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Co. Cork", "T12"),
             ("Salthill", "Co. Galway", "H91"), ("Castlebar", "Co. Mayo", "F23"),
             ("Drumcondra", "Dublin 9", "D09"), ("Rathmines", "Dublin 6", "D06"),
             ("Ennis", "Co. Clare", "V95"))
_IE_STREETS = ("Ashgrove Park", "Church View", "Main Street", "Castle Rd", "Orchard Lawn",
               "The Crescent", "Seaview Terrace")
_US_PLACES = (("Dorchester", "MA", "02124"), ("Cambridge", "MA", "02139"), ("Quincy", "MA", "02169"),
              ("Worcester", "MA", "01604"), ("Lowell", "MA", "01852"), ("Brockton", "MA", "02301"))


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _passport(s: str) -> str:
    """A surname as a machine-readable passport line writes it (umlauts expanded, upper case)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return _ascii(s).upper()


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fmt_date(d: date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    return {
        "us": f"{m}/{dd}/{y}", "us0": f"{m:02d}/{dd:02d}/{y}", "uk": f"{dd:02d}/{m:02d}/{y}",
        "iso": d.isoformat(), "dmony": f"{dd:02d}-{_MON[m - 1]}-{y}",
        "d_mon_y": f"{dd} {_MON[m - 1]} {y}", "d_month_y": f"{dd} {_MONTH[m - 1]} {y}",
        "ord_apos": f"{_ord(dd)} {_MON[m - 1]} '{y % 100:02d}", "month_d_y": f"{_MONTH[m - 1]} {dd}, {y}",
        "mon_ord": f"{_MON[m - 1]} {_ord(dd)}", "ord_of": f"{_ord(dd)} of {_MONTH[m - 1]}",
        "dots": f"{dd}.{m}.{y % 100:02d}", "ymd_slash": f"{y}/{m:02d}/{dd:02d}", "md": f"{m}/{dd}",
        "dm": f"{dd}/{m}", "mon_y": f"{_MON[m - 1]}-{y}", "month_y": f"{_MONTH[m - 1]} {y}",
        "compact": f"{dd:02d}{_MON[m - 1].upper()}{y % 100:02d}", "de": f"{dd:02d}.{m:02d}.{y}",
        "d_mon": f"{dd} {_MON[m - 1]}", "uk2": f"{dd:02d}/{m:02d}/{y % 100:02d}",
    }[style]


class _Ctx:
    """Per-generate state: one seeded rng, seeded Fakers, the current note's patient."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fk: dict[str, Faker] = {}
        for i, loc in enumerate(_LOCALES):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fk[loc] = f
        self.anchor = date(2025, 2, 4)
        self.patient: dict[str, Any] = {}

    # ---- randomness helpers
    def pick(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def letters(self, n: int) -> str:
        return "".join(self.rng.choice(string.ascii_uppercase) for _ in range(n))

    def day(self, lo: int = -5, hi: int = 5) -> date:
        return self.anchor + timedelta(days=self.rng.randint(lo, hi))

    def dob(self, age: int) -> date:
        return self.anchor - timedelta(days=365 * age + self.rng.randint(20, 340))

    def hhmm(self, colon: bool = True) -> str:
        h, m = self.rng.randint(0, 23), self.rng.choice((0, 5, 12, 15, 20, 30, 32, 41, 45, 50))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    # ---- names
    def name(self, loc: str, g: str = "", fold: bool = False) -> tuple[str, str]:
        """(first, last) from a Faker locale; g is "f", "m" or "" (either)."""
        f = self.fk[loc]
        g = g or self.pick("fm")
        if loc == "zh_CN":
            first, last = f.first_romanized_name(), f.last_romanized_name()
        else:
            first = f.first_name_female() if g == "f" else f.first_name_male()
            last = f.last_name()
        if loc != "zh_CN" and self.rng.random() < 0.12:
            first = self.pick(_WORD_FIRST_F if g == "f" else _WORD_FIRST_M)
        if self.rng.random() < 0.1:
            last = self.pick(_WORD_LAST)
        return (_ascii(first), _ascii(last)) if fold else (first, last)

    # ---- ids and phones
    def nhs(self) -> str:
        while True:
            ds = [self.rng.randint(0, 9) for _ in range(9)]
            chk = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            if chk == 10:
                continue
            s = "".join(map(str, ds)) + str(0 if chk == 11 else chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"

    def sa_id(self, dob: date, female: bool) -> str:
        body = f"{dob:%y%m%d}{self.rng.randint(0, 4999) + (0 if female else 5000):04d}08"
        tot = 0
        for i, ch in enumerate(reversed(body)):
            d = int(ch) * (2 if i % 2 == 0 else 1)
            tot += d - 9 if d > 9 else d
        return body + str((10 - tot % 10) % 10)

    def nric(self) -> str:
        pre = self.pick("ST")
        ds = [self.rng.randint(0, 9) for _ in range(7)]
        tot = sum(d * w for d, w in zip(ds, (2, 7, 6, 5, 4, 3, 2))) + (4 if pre == "T" else 0)
        return pre + "".join(map(str, ds)) + "JZIHGFEDCBA"[tot % 11]

    def dni(self) -> str:
        n = self.rng.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"

    def ppsn(self) -> str:
        ds = [self.rng.randint(0, 9) for _ in range(7)]
        return "".join(map(str, ds)) + "WABCDEFGHIJKLMNOPQRSTUV"[sum(d * (8 - i) for i, d in enumerate(ds)) % 23]

    def us_phone(self, style: int | None = None) -> str:
        a, b, c = self.pick(("617", "857", "781", "508", "978")), self.rng.randint(200, 989), self.digits(4)
        style = self.rng.randint(0, 3) if style is None else style
        return (f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}")[style]

    def uk_mobile(self) -> str:
        n = f"07{self.rng.randint(100, 999)} {self.digits(6)}"
        return n if self.rng.random() < 0.7 else "+44 " + n[1:5] + " " + n[6:]

    def uk_landline(self) -> str:
        return self.pick(("0113 ", "0161 ", "0121 ", "0117 ", "020 7")) + self.digits(3) + " " + self.digits(4)

    def uk_addr(self) -> tuple[str, str, str]:
        out, area, town = self.pick(_UK_AREAS)
        street = f"{self.rng.randint(1, 180)} {self.pick(_UK_STREETS)}"
        pc = f"{out} {self.rng.randint(1, 9)}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}{self.pick('ABDEFGHJLNPQRSTUWXYZ')}"
        return street, (area if self.rng.random() < 0.4 else town), pc

    def set_patient(self, first: str, last: str, dob: date, mrn: str, gender: str = "unknown",
                    system: str = "urn:oid:2.16.840.1.113883.19.5", phone: str | None = None,
                    line: str | None = None, city: str | None = None, postal: str | None = None) -> None:
        p: dict[str, Any] = {
            "resourceType": "Patient", "id": f"pt-{self.digits(8)}",
            "identifier": [{"system": system, "value": mrn}],
            "name": [{"family": last, "given": first.split()}],
            "gender": gender, "birthDate": dob.isoformat(),
        }
        if phone:
            p["telecom"] = [{"system": "phone", "value": phone}]
        if line or city or postal:
            a: dict[str, Any] = {}
            if line:
                a["line"] = [line]
            if city:
                a["city"] = city
            if postal:
                a["postalCode"] = postal
            p["address"] = [a]
        self.patient = p

    def note(self, tpl: str, **v: str) -> Note:
        """Emit a template: ``{key}`` plain, ``{key:NAME}`` a PHI span, ``{key:C}`` a clinical value."""
        b = NoteBuilder()
        for lit, key, kind, _ in string.Formatter().parse(tpl):
            if lit:
                b.t(lit)
            if key is None:
                continue
            val = v[key]
            if not val:
                continue
            if kind == "C":
                b.c(val)
            elif kind:
                b.p(kind, val)
            else:
                b.t(val)
        return b.build(self.patient)


# ------------------------------------------------------------------ templates


def _ed_triage(c: _Ctx) -> Note:
    old = c.rng.random() < 0.6
    age = c.pick((90, 91, 93, 96, 99)) if old else c.rng.randint(58, 88)
    fn, ln = c.name("en_US", "f")
    dob = c.dob(age)
    mrn = c.digits(8)
    d = c.day()
    dtr = c.name("en_US", "f")
    rn, pcp = c.name("en_US"), c.name("en_US")
    city, st, zp = c.pick(_US_PLACES)
    c.set_patient(fn, ln, dob, mrn, "female", city=city, postal=zp)
    return c.note(
        "ED TRIAGE  {d:DATE} {t}\n"
        "Pt: {ln:NAME}, {fn:NAME}   MRN {mrn:ID}   DOB {dob:DATE}\n"
        "Arrival: EMS from home ({city:ADDRESS}, {st} {zp:ZIP}); accompanied by daughter "
        "{dtr:NAME}, cell {ph:PHONE}\n"
        "CC: fall at home, L hip pain, unable to bear weight\n"
        "HPI: {age:" + ("AGE" if old else "C") + "} y.o. F found on floor by daughter this AM, down ~{down:C}. "
        "Denies LOC. On {ac:C}.\n"
        "Vitals: T {tmp:C}  HR {hr:C}  BP {bp:C}  RR {rr:C}  SpO2 {sp:C} RA  Pain {pain:C}\n"
        "GCS {gcs:C}  FSBG {bg:C}\n"
        "ESI level {esi:C}. To Pod B rm 14. Hip XR ordered per protocol; ortho ({ortho:NAME}) paged {t2}.\n"
        "PCP: Dr. {pcp:NAME}\n"
        "Triage RN: {rn:NAME}, RN",
        d=fmt_date(d, "us0"), t=c.hhmm(False), ln=ln.upper(), fn=fn, mrn=mrn, dob=fmt_date(dob, "us"),
        city=city, st=st, zp=zp, dtr=f"{dtr[0]} {ln if c.rng.random() < 0.5 else dtr[1]}",
        ph=c.us_phone(), age=str(age), down="2 h",
        ac=c.pick(("apixaban 5 mg BID", "warfarin 3 mg daily", "clopidogrel 75 mg daily")),
        tmp="36.4", hr=str(c.rng.randint(88, 118)), bp=f"{c.rng.randint(100, 168)}/{c.rng.randint(58, 92)}",
        rr="20", sp=f"{c.rng.randint(91, 98)}%", pain="8/10", gcs="15", bg="142 mg/dL", esi="2",
        ortho=c.pick(_WORD_LAST), t2=c.hhmm(), pcp=f"{pcp[0]} {pcp[1]}", rn=f"{rn[0][0]}. {rn[1]}",
    )


def _atmist(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", "m")
    age = c.pick((90, 91, 94, 97, 82))
    dob = c.dob(age)
    nhs = c.nhs()
    street, town, pc = c.uk_addr()
    d = c.day()
    para, tech = c.name("en_GB"), c.name("en_GB")
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), "male", system="https://fhir.nhs.uk/Id/nhs-number",
                  line=street, city=town, postal=pc)
    age_lbl = "AGE" if age >= 90 else "C"
    return c.note(
        "YAS PRE-ALERT / HANDOVER   CAD {cad:ID}   {d:DATE} {t}\n"
        "A - {age:" + age_lbl + "}M   ({fn:NAME} {ln:NAME}, DOB {dob:DATE}, NHS {nhs:ID})\n"
        "T - fall approx {tf}, long lie ~{lie:C}\n"
        "M - found by carer at {street:ADDRESS}, {town:ADDRESS} {pc:ZIP}; slipped from chair\n"
        "I - shortened + ext rotated R leg, ?#NOF. Skin tear R forearm dressed\n"
        "S - RR {rr:C}  SpO2 {sp:C}  HR {hr:C} irreg  BP {bp:C}  GCS {gcs:C}  BM {bm:C}  T {tmp:C}  NEWS2 {news:C}\n"
        "T - {morph:C} IV, {para:C} IV, FIB 0.25% 30 ml given by crew\n"
        "NOK: son {son:NAME} {sph:PHONE} (aware, meeting at ED)\n"
        "GP: Dr {gp:NAME}, {surg} Surgery {gph:PHONE}\n"
        "Crew: {p1:NAME} (Paramedic, collar {col:ID}) / {p2:NAME} (ECA)\n"
        "Handed to {rnn:NAME}, Band 6, Resus 3 at {th}.",
        cad=c.digits(7),
        d=fmt_date(d, "uk"), t=c.hhmm(), age=str(age), fn=fn, ln=ln.upper(), dob=fmt_date(dob, "uk"), nhs=nhs,
        tf=c.hhmm(False), lie="6 h", street=street, town=town, pc=pc, rr="22", sp="94%", hr="112",
        bp="104/62", gcs="14", bm="6.8", tmp="35.6", news="6", morph="morphine 5 mg", para="paracetamol 1 g",
        son=f"{c.name('en_GB', 'm')[0]} {ln}", sph=c.uk_mobile(), gp=c.name("en_GB")[1],
        surg=c.pick(("Hyde Park", "Moorfield", "Church Lane", "Oakwood")), gph=c.uk_landline(),
        p1=f"{para[0]} {para[1]}", col=c.digits(4), p2=f"{tech[0][0]}. {tech[1]}",
        rnn=c.name("en_GB")[0], th=c.hhmm(False),
    )


def _icu_apso(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "m")
    dob = c.dob(c.rng.randint(45, 80))
    mrn = f"{c.letters(2)}-{c.digits(8)}"
    d = c.day()
    att, fel, neph = c.name("en_US"), c.name("zh_CN"), c.pick(_WORD_LAST)
    wife = c.pick(("Rose", "Hope", "June", "April", c.name("en_US", "f")[0]))
    c.set_patient(fn, ln, dob, mrn, "male")
    return c.note(
        "MICU PROGRESS NOTE (APSO)   {ts:DATE}   HD#{hd:C}\n"
        "{ln:NAME}, {fn:NAME}  MRN: {mrn:ID}\n\n"
        "A/P:\n"
        "1. Septic shock 2/2 LLL PNA - improving. Levophed {ne:C}, weaning; MAP goal >65. "
        "Cont pip-tazo {pt:C} (D{abx:C}); vanc d/c'd {vd:DATE} after MRSA nares neg.\n"
        "2. AHRF - AC {vent:C}; P/F {pf:C}. SBT in AM if FiO2 <= 0.4.\n"
        "3. AKI on CKD3 - Cr {cr:C} (from {cr0:C}); UOP {uop:C}/24h. D/w Dr {neph:NAME} (renal): no CRRT for now.\n"
        "4. Sedation: propofol {prop:C}, fentanyl {fent:C}; RASS goal {rass:C}.\n"
        "S: No acute events overnight. Wife {wife:NAME} updated by phone at {t} ({wph:PHONE}).\n"
        "O: T {tmax:C}  HR {hr:C}  BP {bp:C}  CVP {cvp:C}  I/O {io:C}\n"
        "ABG {abg:C}  lactate {lac:C}  WBC {wbc:C}  Hgb {hgb:C}  Plt {plt:C}  K {k:C}\n"
        "Lines: R IJ CVC (placed {cvc:DATE}), L radial A-line, ETT 7.5 @ 23 cm.\n\n"
        "{fel:NAME}, MD (fellow) / Attending: {att:NAME}, MD - I saw and examined the patient.",
        ts=f"{d.isoformat()}T{c.hhmm()}", hd=str(c.rng.randint(3, 9)), ln=ln, fn=fn, mrn=mrn,
        ne="0.06 mcg/kg/min", pt="4.5 g q8h", abx="5", vd=fmt_date(d - timedelta(days=2), "md"),
        vent="TV 420 / RR 18 / PEEP 10 / FiO2 0.45", pf="188", cr="2.4", cr0="1.6", uop="640 mL",
        neph=neph, prop="30 mcg/kg/min", fent="75 mcg/h", rass="-1 to 0", wife=wife, t=c.hhmm(),
        wph=c.us_phone(), tmax="38.1", hr="94", bp="108/61", cvp="11", io="+1.2 L",
        abg="7.33/44/86/23", lac="1.9", wbc="14.2", hgb="8.1", plt="112", k="4.9",
        cvc=fmt_date(d - timedelta(days=4), "md"), fel=f"{fel[0]} {fel[1]}", att=f"{att[0]} {att[1]}",
    )


def _med_history(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "f")
    dob = c.dob(c.rng.randint(55, 88))
    mrn = c.digits(9)
    d = c.day()
    pr1, pr2 = c.name("en_US"), c.name("en_US")
    cg = c.pick(_WORD_FIRST_F)
    city, _st, zp = c.pick(_US_PLACES)
    c.set_patient(fn, ln, dob, mrn, "female", city=city, postal=zp)
    return c.note(
        "PHARMACY - ADMISSION MEDICATION HISTORY\n"
        "Patient: {fn:NAME} {ln:NAME}  (MRN {mrn:ID}, DOB {dob:DATE})   Completed {d:DATE}\n"
        "Sources: pt interview, daughter {cg:NAME} (caregiver, {cph:PHONE}), Surescripts fill history, "
        "CVS #{store} {city:ADDRESS} ({sph:PHONE}, fax {sfx:PHONE}).\n\n"
        "1. {m1:C} PO daily - last fill {f1:DATE} (Rx# {rx1:ID}), 90 DS. Prescriber: {p1:NAME}, MD\n"
        "2. {m2:C} PO BID - last fill {f2:DATE} (Rx# {rx2:ID}); pt reports taking once daily\n"
        "3. {m3:C} SC qHS - pt self-titrates, last A1c {a1c:C} on {f3:DATE}. Prescriber: {p2:NAME}, NP\n"
        "4. {m4:C} PRN - not filled since {f4:DATE}; pt states stopped\n"
        "Allergies: sulfa (rash), codeine (N/V).\n"
        "Discrepancy: metformin frequency; d/w Dr. {p1l:NAME} at {t}, will resume BID on discharge.\n"
        "-- {ph:NAME}, PharmD  pager {pg:PHONE}",
        fn=fn, ln=ln, mrn=mrn, dob=fmt_date(dob, "us0"), d=fmt_date(d, "us"), cg=cg, cph=c.us_phone(),
        store=c.digits(5), city=city, sph=c.us_phone(0), sfx=c.us_phone(1),
        m1="lisinopril 20 mg", f1=fmt_date(d - timedelta(days=34), "md"), rx1=c.digits(7),
        p1=f"{pr1[0]} {pr1[1]}", m2="metformin 1000 mg", f2=fmt_date(d - timedelta(days=12), "us0"),
        rx2=f"{c.digits(7)}-{c.digits(2)}", m3="insulin glargine 22 units", a1c="8.4%",
        f3=fmt_date(d - timedelta(days=70), "mon_ord"), p2=f"{pr2[0]} {pr2[1]}", m4="albuterol HFA 2 puffs",
        f4=fmt_date(d - timedelta(days=300), "month_y"), p1l=pr1[1], t=c.hhmm(),
        ph=f"{c.name('en_US')[0][0]}. {c.name('en_US')[1]}", pg=c.digits(4),
    )


def _social_work(c: _Ctx) -> Note:
    fn, ln = c.name("es_ES", "f", fold=c.rng.random() < 0.5)
    dob = c.dob(c.rng.randint(34, 70))
    mrn = c.digits(8)
    d = c.day()
    city, _st, zp = c.pick(_US_PLACES)
    street = f"{c.rng.randint(10, 990)} {c.pick(('Dudley St', 'Bowdoin St', 'Hancock St', 'Columbia Rd'))}, Apt {c.rng.randint(1, 9)}{c.pick('ABCD')}"
    kid1, kid2 = c.name("es_ES", "m", fold=True)[0], c.name("es_ES", "f", fold=True)[0]
    sis = c.name("es_ES", "f")
    land, cm = c.name("en_US"), c.name("en_US")
    c.set_patient(fn, ln, dob, mrn, "female", line=street, city=city, postal=zp)
    return c.note(
        "SOCIAL WORK PSYCHOSOCIAL ASSESSMENT   {d:DATE}\n"
        "Pt {fn:NAME} {ln:NAME} (MRN {mrn:ID}) seen at bedside with interpreter (Spanish, vendor ID {iid:ID}).\n"
        "Housing: rents 2nd-floor unit at {street:ADDRESS}, {city:ADDRESS} {zp:ZIP} for {yrs:C}. Landlord "
        "{land:NAME} ({lph:PHONE}) served 14-day notice on {nq:DATE}; housing court date {hc:DATE}. "
        "Referred to Greater Boston Legal Services. If evicted pt would go to Rosie's Place shelter.\n"
        "Household: sons {k1:NAME} ({a1:C}) and {k2:NAME} ({a2:C}); {k2:NAME}'s father not involved. "
        "Sister {sis:NAME} in Sevilla, Spain ({sph:PHONE}) is emergency contact.\n"
        "Employment: home health aide with BAYADA, {hrs:C}/wk; no sick pay. Insurance MassHealth Standard "
        "(ID {mh:ID}).\n"
        "Food insecurity screen positive (2/2). SNAP application started; pt email {em:EMAIL}.\n"
        "Plan: CM {cm:NAME} ({cmph:PHONE}) to follow; SW will call Thurs.\n"
        "{sw:NAME}, LICSW  x{ext:PHONE}",
        d=fmt_date(d, "month_d_y"), fn=fn, ln=ln, mrn=mrn, iid=c.digits(6), street=street, city=city, zp=zp,
        yrs="6 yrs", land=f"{land[0]} {land[1]}", lph=c.us_phone(), nq=fmt_date(d - timedelta(days=9), "md"),
        hc=fmt_date(d + timedelta(days=16), "us0"), k1=kid1, a1=f"{c.rng.randint(8, 17)}", k2=kid2,
        a2=f"{c.rng.randint(3, 7)}", sis=f"{sis[0]} {sis[1]}", sph=f"+34 6{c.digits(2)} {c.digits(3)} {c.digits(3)}",
        hrs="32 h", mh=c.digits(12), em=f"{_ascii(fn).lower()}.{_ascii(ln).split()[0].lower()}{c.digits(2)}@gmail.com",
        cm=f"{cm[0]} {cm[1]}", cmph=c.us_phone(), sw=f"{c.name('en_US')[0]} {c.name('en_US')[1]}", ext=c.digits(5),
    )


def _portal_typos(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "f")
    dob = c.dob(c.rng.randint(40, 60))
    mrn = c.digits(8)
    d = c.day()
    mom = c.name("en_US", "f")[0]
    dr = c.name("en_US")
    nick = c.pick(("Bev", "Liz", "Patty", "Deb", "Kath", "Sue", "Trish"))
    age = c.pick((90, 92, 95, 101))
    tag = c.pick(("mychart", "health", "drs", "mom"))
    c.set_patient(fn, ln, dob, mrn, "female")
    return c.note(
        "Patient Message  |  From: {fn:NAME} {ln:NAME}  |  Sent {d:DATE} {t}\n"
        "Subject: re: moms meds\n\n"
        "hi dr {drl:NAME} its {nick:NAME} ({lfn:NAME}) again, moms daughter. mom ({moml:NAME}) {agew} {age:AGE} "
        "and shes been real confused since the new pill, the {drug:C}?? she fell tues nite but no bruises. "
        "her bp was {bp:C} this am on the home machine. can we move her appt from {appt:DATE} to sooner, "
        "like {alt:DATE}. my cell changed its {cell:PHONE} now. also pls send the forms to "
        "{em:EMAIL} not my old yahoo. \n"
        "thx so much, {nick2:NAME}\n\n"
        "--- Reply from {rn:NAME}, RN ({d2:DATE}): Hi {nick3:NAME}, Dr. {drl2:NAME} reviewed. Hold {drug2:C} "
        "and check BP twice daily. We moved the visit to {newd:DATE} at 10:40. Forms: {url:URL}",
        fn=fn, ln=ln, d=fmt_date(d, "us"), t=c.pick(("11:52 PM", "6:07 AM", "2:15 PM")), drl=dr[1].lower(),
        nick=nick.lower(), lfn=fn.lower(), moml=mom.lower(), agew=c.pick(("is", "just turned", "is almost")), age=str(age),
        drug="donepezil 5 mg", bp="98/54", appt=fmt_date(d + timedelta(days=20), "md"),
        alt=fmt_date(d + timedelta(days=3), "mon_ord").lower(), cell=c.us_phone(2),
        em=f"{_ascii(fn).lower()}.{_ascii(ln).lower()}+{tag}@gmail.com", nick2=nick,
        rn=f"{c.name('en_US')[0]} {c.name('en_US')[1][0]}.", d2=fmt_date(d + timedelta(days=1), "us"),
        nick3=nick, drl2=dr[1], drug2="donepezil", newd=fmt_date(d + timedelta(days=6), "us0"),
        url=f"mychart.{c.pick(('bmc', 'bidmc', 'tuftsmedicine', 'cha'))}.org/forms?id={c.letters(3)}{c.digits(5)}",
    )


def _chat_log(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", "m")
    dob = c.dob(c.rng.randint(50, 85))
    nhs = c.nhs()
    d = c.day()
    a, b, reg = c.name("en_GB"), c.name("zh_CN"), c.name("en_GB", "f")
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), "male", system="https://fhir.nhs.uk/Id/nhs-number")
    h0 = c.rng.randint(0, 17)
    ts = [f"{h0 + i // 2:02d}:{(i * 13 + c.rng.randint(0, 6)) % 60:02d}" for i in range(5)]
    return c.note(
        "Secure chat export - Ward 23 (AMU)  {d:DATE}\n"
        "[{t1}] {a1:NAME}: bed 12 {pl:NAME} ({nhs:ID}) K+ {k:C} on the {tm} gas, ECG peaked T's. who's holding bleep?\n"
        "[{t2}] {b1:NAME}: me - bleep {bl:PHONE}. give {ca:C} + {ins:C}, repeat K in {rep:C}\n"
        "[{t3}] {a1s:NAME}: done. also his wife {wife:NAME} rang asking for update, number on ICE is {wph:PHONE}\n"
        "[{t4}] {reg:NAME} (SpR): I'll call her after board round. Was {pl2:NAME} on spiro? stop it, "
        "and the ramipril {ram:C}. Renal reg {rr:NAME} happy, ext {ext:PHONE} if K > 6.5\n"
        "[{t5}] {b1s:NAME}: repeat K {k2:C}. documenting now.",
        d=fmt_date(d, "d_mon_y"), t1=ts[0], a1=f"{a[0]} {a[1][0]}", pl=ln, nhs=nhs, k="6.9",
        tm=c.hhmm(False), b1=f"{b[0]} {b[1]}", bl=c.digits(4), ca="10 ml 10% calcium gluconate",
        ins="10 units Actrapid in 50 ml 50% dextrose", rep="1 h", t2=ts[1], t3=ts[2], a1s=a[0],
        wife=f"{c.name('en_GB', 'f')[0]}", wph=c.uk_mobile(), t4=ts[3], reg=f"{reg[0]} {reg[1]}",
        pl2=ln, ram="5 mg", rr=c.pick(_WORD_FIRST), ext=c.digits(5), t5=ts[4], b1s=b[0], k2="5.8",
    )


def _uk_letter(c: _Ctx) -> Note:
    g = c.pick("fm")
    fn, ln = c.name("en_GB", g)
    dob = c.dob(c.rng.randint(60, 95))
    nhs = c.nhs()
    street, town, pc = c.uk_addr()
    d = c.day(5, 12)
    clinic = c.pick(("Chen", "Okafor", "Patel", "Nowak", "Hughes"))
    gp = c.name("en_GB")
    fy = c.name("en_GB")
    dau = c.name("en_GB", "f")[0]
    mrn = f"RR{c.digits(7)}"
    title = "Mrs" if g == "f" else "Mr"
    c.set_patient(fn, ln, dob, mrn, "female" if g == "f" else "male", line=street, city=town, postal=pc)
    return c.note(
        "ST JAMES'S UNIVERSITY HOSPITAL - Department of Elderly Medicine\n"
        "Beckett Street, Leeds LS9 7TF  |  Tel {dep:PHONE}  |  Fax {fax:PHONE}\n\n"
        "Date dictated: {dd:DATE}    Date typed: {dt:DATE}    Clinic: {cd:DATE}\n\n"
        "Dr {gp:NAME}\n{surg} Medical Practice\n\n"
        "Dear Dr {gpl:NAME},\n\n"
        "Re: {title} {fn:NAME} {ln:NAME}, DOB {dob:DATE}, NHS No. {nhs:ID}, Hosp No. {mrn:ID}\n"
        "{street:ADDRESS}, {town:ADDRESS}, {pc:ZIP}\n\n"
        "Diagnoses: 1. Orthostatic hypotension 2. Parkinson's disease (dx {pdx}) 3. CKD G3b, eGFR {egfr:C}\n\n"
        "I saw {title} {ln2:NAME} with {pos}daughter {dau:NAME} today. {title} {ln3:NAME}'s lying BP was {bp1:C} "
        "and standing {bp2:C} at 3 minutes. I have reduced co-careldopa to {cc:C} and started midodrine "
        "{mid:C}. Please check U&E in {wk:C}. I will see {pr} again on {fu:DATE}.\n\n"
        "Yours sincerely,\n\nDr {cons:NAME} MRCP, Consultant Geriatrician\n"
        "Dictated by: {cons2:NAME}  Typed by: {typ:NAME}\n"
        "cc: {title} {ln4:NAME} (patient); Dr {fyn:NAME}, FY2; Community Matron {cm:NAME}",
        dep=c.uk_landline(), fax=c.uk_landline(), dd=fmt_date(d, "ord_apos"),
        dt=fmt_date(d + timedelta(days=3), "uk"), cd=fmt_date(d, "d_mon_y"), gp=f"{gp[0][0]} {gp[1]}",
        surg=c.pick(("Ireland Wood", "Meanwood", "Laurel Bank", "Shaftesbury")), gpl=gp[1], title=title,
        fn=fn, ln=ln.upper(), dob=fmt_date(dob, "uk"), nhs=nhs, mrn=mrn, street=street, town=town, pc=pc,
        pdx=str(c.rng.randint(2012, 2022)), egfr="38", ln2=ln, pos="her " if g == "f" else "his ",
        dau=dau, ln3=ln, bp1="142/78", bp2="104/60", cc="62.5/250 mg TDS", mid="2.5 mg TDS", wk="2 weeks",
        pr="her" if g == "f" else "him", fu=fmt_date(d + timedelta(days=70), "d_month_y"),
        cons=f"{c.pick('ARSJ')} {clinic}",
        cons2=f"{c.pick('ARSJ')}{clinic[0]}".upper(), typ=c.letters(2).lower(), ln4=ln,
        fyn=f"{fy[0][0]}. {fy[1]}", cm=f"{c.name('en_GB', 'f')[0]} {c.pick(_WORD_LAST)}",
    )


def _micro(c: _Ctx) -> Note:
    fn, ln = c.name("en_US")
    dob = c.dob(c.rng.randint(20, 88))
    mrn = c.digits(8)
    d = c.day(-3, 3)
    rn, tech, md = c.name("en_US"), c.name("en_US"), c.name("en_US")
    c.set_patient(fn, ln, dob, mrn)
    return c.note(
        "MICROBIOLOGY - FINAL REPORT\n"
        "Acc# {acc:ID}   Specimen {spec:ID}   Source: blood, peripheral (set 1 of 2)\n"
        "Patient: {ln:NAME}, {fn:NAME}   MRN {mrn:ID}   DOB {dob:DATE}   Loc: 7N-712\n"
        "Collected: {col:DATE}   Received: {rec:DATE} {rt}\n"
        "Ordering: {md:NAME}, MD (NPI {npi:ID})\n\n"
        "Gram stain: Gram-positive cocci in clusters, aerobic bottle, TTP {ttp:C}.\n"
        "CRITICAL VALUE phoned to RN {rn:NAME} at {ct} on {cd:DATE}, read back and verified. "
        "Called by {tech:NAME} (MLS).\n"
        "Culture: Staphylococcus aureus (MRSA). Oxacillin MIC {ox:C} R; vancomycin MIC {va:C} S; "
        "daptomycin MIC {dap:C} S; TMP-SMX {tmp:C} S.\n"
        "Refer to previous accession {prev:ID} ({pd:DATE}) for repeat isolate.\n"
        "Verified {ver:DATE} by {ver_by:NAME}",
        acc=f"MIC-{d.year % 100}-{c.digits(6)}", spec=f"S{d.year % 100}-{c.digits(4)}", ln=ln.upper(), fn=fn,
        mrn=mrn, dob=fmt_date(dob, "us0"), col=f"{d.isoformat()}T{c.hhmm()}",
        rec=fmt_date(d, "us0"), rt=c.hhmm(), md=f"{md[0]} {md[1]}", npi="1" + c.digits(9), ttp="14.2 h",
        rn=c.pick((c.name("en_US")[1], rn[1], f"{rn[0][0]}. {rn[1]}")), ct=c.hhmm(),
        cd=fmt_date(d + timedelta(days=1), "md"), tech=f"{tech[0]} {tech[1]}", ox=">2", va="1", dap="0.5",
        tmp="<=0.5/9.5", prev=f"BC{d.year % 100}-{c.digits(5)}", pd=fmt_date(d - timedelta(days=40), "mon_ord"),
        ver=fmt_date(d + timedelta(days=3), "us"), ver_by=c.letters(2),
    )


def _incident(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", "f")
    age = c.pick((90, 92, 95, 87))
    dob = c.dob(age)
    nhs = c.nhs()
    d = c.day(-10, -1)
    hca, rn, wit = c.name("en_GB"), c.name("en_GB"), c.name("en_GB")
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), "female", system="https://fhir.nhs.uk/Id/nhs-number")
    return c.note(
        "INCIDENT REPORT (Datix) Ref {ref:ID}\n"
        "Date of incident: {d:DATE}   Time: {t}   Location: Ward 9, bay 2, bed 4\n"
        "Affected person: {fn:NAME} {ln:NAME}, {age:" + ("AGE" if age >= 90 else "C") + "} years of age, "
        "NHS {nhs:ID}\n"
        "Type: Slip/trip/fall - unwitnessed. Harm: low.\n"
        "Description: Pt found sitting on floor beside bed by HCA {hca:NAME} at {t}. Bed rails down as per "
        "assessment, call bell in reach. Pt states she 'wanted the loo'. Obs: BP {bp:C}, HR {hr:C}, "
        "GCS {gcs:C}, BM {bm:C}. No head strike; on {drug:C} so CT head requested per policy. "
        "Reviewed by Dr {dr:NAME} (FY1, bleep {bl:PHONE}).\n"
        "Witness statement: {wit:NAME} (bank RN) - heard call from bay.\n"
        "NOK {nok:NAME} informed by phone {noph:PHONE} at {t2}.\n"
        "Reported by: {rn:NAME}, Band 5 RN  on {rep:DATE}\n"
        "Handler: {han:NAME}, Ward Manager",
        ref=f"W{c.digits(6)}", d=fmt_date(d, "uk"), t=c.hhmm(), fn=fn, ln=ln, age=str(age), nhs=nhs,
        hca=f"{hca[0]} {hca[1]}", bp="118/66", hr="88", gcs="15", bm="7.2", drug="edoxaban 30 mg",
        dr=f"{c.name('en_GB')[0][0]}. {c.pick(_WORD_LAST)}", bl=c.digits(4), wit=f"{wit[0]} {wit[1]}",
        nok=f"{c.name('en_GB', 'm')[0]} {ln}", noph=c.uk_mobile(), t2=c.hhmm(),
        rn=f"{rn[0]} {rn[1]}", rep=fmt_date(d, "dmony"), han=f"{c.name('en_GB')[0]} {c.name('en_GB')[1]}",
    )


def _consent(c: _Ctx) -> Note:
    fn, ln = c.name("es_ES", "m")
    ln2 = c.fk["es_ES"].last_name()
    dob = c.dob(c.rng.randint(40, 80))
    mrn = c.digits(8)
    d = c.day()
    interp, wit, surg = c.name("es_ES", "f"), c.name("en_US"), c.name("en_US")
    c.set_patient(fn, f"{ln} {ln2}", dob, mrn, "male")
    return c.note(
        "INFORMED CONSENT - PROCEDURE\n"
        "Patient: {full:NAME}   MRN: {mrn:ID}   DOB: {dob:DATE}\n"
        "Procedure: Laparoscopic cholecystectomy, possible open.\n"
        "Risks discussed incl. bleeding, infection, bile leak (~{bile:C}), conversion to open.\n"
        "Language: Spanish. Interpreter: {interp:NAME}, CHI, interpreter ID {iid:ID} (in person). "
        "Patient's son {son:NAME} also present ({sph:PHONE}).\n"
        "Patient verbalised understanding via teach-back; questions answered. Signed {sd:DATE} at {t}.\n"
        "Physician: {surg:NAME}, MD   Witness: {wit:NAME}, RN\n"
        "Patient signature: {sig:NAME}   DNI (Spain) {dni:ID}",
        full=f"{fn} {ln} {ln2}", mrn=mrn, dob=fmt_date(dob, "us0"), bile="1%",
        interp=f"{interp[0]} {interp[1]}", iid=c.digits(5), son=f"{c.name('es_ES', 'm')[0]} {ln}",
        sph=c.us_phone(), sd=fmt_date(d, "us"), t=c.hhmm(), surg=f"{surg[0]} {surg[1]}", wit=f"{wit[0]} {wit[1]}",
        sig=f"{fn[0]}. {ln}", dni=c.dni(),
    )


def _german_tourist(c: _Ctx) -> Note:
    loc = c.pick(("de_DE", "de_AT", "de_CH"))
    fn, ln = c.name(loc, "m")
    dob = c.dob(c.rng.randint(60, 84))
    d = c.day()
    f = c.fk[loc]
    street, city = f"{f.street_name()} {c.rng.randint(1, 80)}", f.city()
    plz = f"{c.rng.randint(10000, 99999)}" if loc == "de_DE" else f"{c.rng.randint(1000, 9999)}"
    wife = c.name(loc, "f")[0]
    mrn = f"RR{c.digits(7)}"
    cc = {"de_DE": "+49", "de_AT": "+43", "de_CH": "+41"}[loc]
    kasse = {"de_DE": "AOK Bayern", "de_AT": "ÖGK", "de_CH": "CSS Versicherung"}[loc]
    c.set_patient(fn, ln, dob, mrn, "male", line=street, city=city, postal=plz)
    return c.note(
        "ACUTE MEDICAL UNIT - OVERSEAS VISITOR ADMISSION   {d:DATE}\n"
        "Name: Herr {fn:NAME} {ln:NAME} ({lnf:NAME} on passport)   Hosp No {mrn:ID}   DOB {dob:DATE}\n"
        "Home address: {street:ADDRESS}, {plz:ZIP} {city:ADDRESS}, {country}\n"
        "EHIC card no. {ehic:ID} (insurer: {kasse}), valid to {ehv:DATE}. Overseas Visitors Office informed.\n"
        "Staying at Premier Inn, York, until {leave:DATE}.\n"
        "PC: 2/7 SOB, bilateral ankle oedema. Hx: HFrEF (EF {ef:C} in {yr}), AF on {drug:C}, T2DM.\n"
        "Obs: HR {hr:C} AF, BP {bp:C}, SpO2 {sp:C} on 2L, RR {rr:C}, weight {wt:C}. NT-proBNP {bnp:C}.\n"
        "Plan: IV furosemide {furo:C} BD, daily weights, fluid restrict {fr:C}.\n"
        "Collateral from wife Frau {wife:NAME} {ln2:NAME} ({wph:PHONE}); home cardiologist Dr. med. {card:NAME}, "
        "{ccity:ADDRESS}, fax {cfx:PHONE}, email {cem:EMAIL}.\n"
        "-- {doc:NAME}, CT1 (bleep {bl:PHONE})",
        d=fmt_date(d, "d_mon_y"), fn=fn, ln=ln, lnf=_passport(ln),
        mrn=mrn, dob=fmt_date(dob, "de"), street=street, plz=plz, city=city,
        country={"de_DE": "Germany", "de_AT": "Austria", "de_CH": "Switzerland"}[loc], ehic=f"80276{c.digits(15)}",
        ehv=fmt_date(d + timedelta(days=600), "uk"), leave=fmt_date(d + timedelta(days=6), "dm"), ef="30%",
        yr=str(d.year - 1), drug="apixaban 5 mg BD", hr="124", bp="132/84", sp="93%", rr="24", wt="91.4 kg",
        bnp="6840 ng/L", furo="80 mg", fr="1.5 L", wife=wife, ln2=ln, kasse=kasse, wph=f"{cc} 1{c.digits(2)} {c.digits(7)}",
        card=c.name(loc)[1], ccity=f.city(), cfx=f"{cc} {c.rng.randint(30, 89)} {c.digits(6)}",
        cem=f"praxis.{_ascii(c.name(loc)[1]).lower()}@t-online.de", doc=f"{c.name('en_GB')[0]} {c.name('en_GB')[1]}",
        bl=c.digits(4),
    )


def _sa_trauma(c: _Ctx) -> Note:
    female = c.rng.random() < 0.3
    fn, ln = c.pick(_XHOSA + _AFRIKAANS) if c.rng.random() < 0.6 else c.name("zu_ZA", "f" if female else "m")
    age = c.rng.randint(18, 45)
    dob = c.dob(age)
    said = c.sa_id(dob, female)
    d = c.day()
    sub, city, pc = c.pick(_SA_AREAS)
    street = f"{c.rng.randint(1, 250)} {c.pick(_SA_STREETS)}"
    folder = f"{c.letters(1)}{c.digits(7)}"
    mo, reg = c.pick(_AFRIKAANS), c.pick(_XHOSA)
    c.set_patient(fn, ln, dob, folder, "female" if female else "male", line=street, city=city, postal=pc)
    return c.note(
        "TRAUMA UNIT - ADMISSION   {d:DATE} {t}\n"
        "Folder no: {folder:ID}   Name: {ln:NAME}, {fn:NAME}   SA ID: {said:ID}   Age {age:C}\n"
        "Address: {street:ADDRESS}, {sub:ADDRESS}, {city:ADDRESS}, {pc:ZIP}   Cell {cell:PHONE}\n"
        "MOI: stabbed x2 L chest at approx {ti}; brought by Metro EMS. SAPS case no. {cas:ID} "
        "({stn} police station), Const. {const:NAME} present.\n"
        "Primary survey: A patent. B RR {rr:C}, SpO2 {sp:C}, decreased AE L. C HR {hr:C}, BP {bp:C}. D GCS {gcs:C}. "
        "eFAST: L haemothorax.\n"
        "ICD 28Fr inserted L 5th ICS MAL by Dr {mo:NAME}: {drain:C} drained. Hb {hb:C}, lactate {lac:C}.\n"
        "Tetanus toxoid given. RVD offered: consented, result non-reactive.\n"
        "NOK: mother {mom:NAME} {mph:PHONE}\n"
        "Reg on call: Dr {reg:NAME} ({rph:PHONE})",
        d=fmt_date(d, "ymd_slash"), t=c.hhmm(), folder=folder, ln=ln.upper(), fn=fn, said=said, age=str(age),
        street=street, sub=sub, city=city, pc=pc, cell=f"0{c.pick('678')}{c.rng.randint(1, 4)} {c.digits(3)} {c.digits(4)}",
        ti=c.hhmm(False), cas=f"{c.rng.randint(100, 999)}/{d.month:02d}/{d.year}",
        stn=c.pick(("Claremont", "Lingelethu West", "Mitchells Plain", "Bellville")),
        const=c.pick(_XHOSA + _AFRIKAANS)[1], rr="28", sp="91%", hr="122", bp="96/58", gcs="15/15",
        mo=f"{mo[0][0]}. {mo[1]}", drain="650 ml", hb="9.8 g/dL", lac="3.4",
        mom=f"{c.pick(_XHOSA)[0]} {ln}", mph=f"+27 {c.pick(('82', '73', '61'))} {c.digits(3)} {c.digits(4)}",
        reg=f"{reg[0]} {reg[1]}", rph=f"021 {c.digits(3)} {c.digits(4)}",
    )


def _sg_memo(c: _Ctx) -> Note:
    fn, ln = c.pick([x for x in _SG if x[1] not in _SG_MALE])
    chinese = ln in ("Wei Ling", "Boon Keng", "Siew Hoon", "Kah Wai")
    full = f"{fn} {ln}"
    age = c.pick((90, 91, 93, 97, 84))
    dob = c.dob(age)
    nric = c.nric()
    d = c.day()
    road, pre = c.pick(_SG_HDB)
    blk = c.rng.randint(100, 899)
    unit = f"#{c.rng.randint(2, 15):02d}-{c.rng.randint(10, 1800)}"
    postal = f"{pre}{blk:04d}"
    doc = c.name("zh_CN")
    cg = c.pick(_SG)
    fam, giv = (fn, ln) if chinese else (ln, fn)
    c.set_patient(giv, fam, dob, nric, "female", system="urn:sg:nric", line=f"Blk {blk} {road} {unit}",
                  postal=postal)
    words = {90: "ninety", 91: "ninety-one", 93: "ninety-three", 97: "ninety-seven", 84: "eighty-four"}
    return c.note(
        "DISCHARGE MEMO - General Medicine\n"
        "Name: {full:NAME}   NRIC: {nric:ID}   DOB: {dob:DATE}\n"
        "Address: Blk {blk:ADDRESS}, Singapore {postal:ZIP}   Tel: {tel:PHONE} / HP {hp:PHONE}\n"
        "Admitted: {adm:DATE}   Discharged: {dis:DATE}\n"
        "{desc} lady aged {agew:" + ("AGE" if age >= 90 else "C") + "}, ADL-assisted, lives with maid and "
        "{rel} {cg:NAME}. Admitted for urosepsis (E. coli, ESBL).\n"
        "Treated with IV ertapenem {erta:C} x {days:C}; Cr {cr:C} -> {cr2:C} umol/L. Delirium resolved.\n"
        "Discharge meds: {m1:C}, {m2:C}.\n"
        "Follow-up: GRM clinic {fu:DATE} 9am with Dr {doc:NAME}; polyclinic (Ang Mo Kio) for BP.\n"
        "MSW referral: Medifund application; caregiver training done with maid {maid:NAME}.\n"
        "Signed: {mo:NAME}, MO (MCR {mcr:ID})",
        full=full if not chinese else f"{fn.upper()} {ln}", nric=nric, dob=fmt_date(dob, "uk"),
        blk=f"{blk} {road} {unit}", postal=postal, tel=f"6{c.digits(3)} {c.digits(4)}",
        hp=f"+65 9{c.digits(3)} {c.digits(4)}", adm=fmt_date(d - timedelta(days=8), "d_mon_y"),
        dis=fmt_date(d, "d_mon_y"), desc="Chinese" if chinese else c.pick(("Malay", "Indian")),
        agew=words[age] if c.rng.random() < 0.5 else str(age), rel=c.pick(("son", "grandson") if cg[1] in _SG_MALE else ("daughter", "granddaughter")),
        cg=f"{cg[0]} {cg[1]}", erta="1 g OM", days="7 days", cr="168", cr2="102", m1="amlodipine 5 mg OM",
        m2="paracetamol 1 g TDS PRN", fu=fmt_date(d + timedelta(days=28), "dmony"), doc=f"{doc[1]} {doc[0]}",
        maid=c.pick(("Marites", "Siti", "Ni Made", "Rosalind", "Jocelyn")),
        mo=f"{c.name('zh_CN')[1]} {c.name('zh_CN')[0]}", mcr=f"M{c.digits(5)}{c.letters(1)}",
    )


def _irish_ed(c: _Ctx) -> Note:
    if c.rng.random() < 0.5:
        fn, ln = c.pick(_IRISH)
    else:
        fn, ln = c.name(c.pick(("en_IE", "ga_IE")))
    dob = c.dob(c.rng.randint(30, 96))
    age = (c.anchor - dob).days // 365
    d = c.day()
    town, county, rk = c.pick(_IE_AREAS)
    street = f"{c.rng.randint(1, 60)} {c.pick(_IE_STREETS)}"
    eir = f"{rk} {''.join(c.pick('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
    mrn = c.digits(7)
    gp = c.name("en_IE")
    c.set_patient(fn, ln, dob, mrn, line=street, city=town, postal=eir)
    return c.note(
        "EMERGENCY DEPARTMENT - DISCHARGE LETTER TO GP\n"
        "Patient: {fn:NAME} {ln:NAME}   MRN {mrn:ID}   DOB {dob:DATE}   Age {age:" + ("AGE" if age >= 90 else "C") + "}\n"
        "Address: {street:ADDRESS}, {town:ADDRESS}, {county:ADDRESS}, {eir:ZIP}\n"
        "PPSN {ppsn:ID}   Medical card no. {mc:ID}   Mob {mob:PHONE}\n"
        "Attended: {att:DATE} at {t}   Triage cat 3 (MTS)\n"
        "Dx: Cellulitis R lower leg. WCC {wcc:C}, CRP {crp:C}. No collection on US.\n"
        "Tx: flucloxacillin {fl:C} QDS x {dur:C}. Review with GP in 48 h; mark margins.\n"
        "To GP: Dr {gp:NAME}, {gpt} Medical Centre, {gpph:PHONE}\n"
        "Seen by: {reg:NAME}, SHO   Senior: Dr {cons:NAME} (Consultant in EM)",
        fn=fn, ln=ln, mrn=mrn, dob=fmt_date(dob, "uk"), age=str(age), street=street, town=town,
        county=county, eir=eir, ppsn=c.ppsn(), mc=f"{c.digits(6)}{c.letters(1)}",
        mob=c.pick((f"087 {c.digits(3)} {c.digits(4)}", f"+353 86 {c.digits(3)} {c.digits(4)}")),
        att=fmt_date(d, c.pick(("uk", "dmony", "ord_apos"))), t=c.hhmm(), wcc="13.1", crp="84",
        fl="1 g", dur="7 days", gp=f"{gp[0]} {gp[1]}", gpt=town, gpph=f"(0{c.rng.randint(21, 99)}) {c.digits(3)} {c.digits(4)}",
        reg=f"{c.name('en_IE')[0]} {c.name('ga_IE')[1]}", cons=c.name("en_IE")[1],
    )


def _pedigree(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "f")
    dob = c.dob(c.rng.randint(28, 45))
    mrn = c.digits(8)
    d = c.day()
    mom, dad, sis = c.name("en_US", "f")[0], c.name("en_US", "m")[0], c.name("en_US", "f")[0]
    gm, aunt = c.name("en_US", "f"), c.name("en_US", "f")[0]
    gm_age, ga_age = c.pick((91, 94, 96, 102)), c.pick(("90s", "nineties", "early 90s"))
    gc = c.name("en_US", "f")
    c.set_patient(fn, ln, dob, mrn, "female")
    return c.note(
        "CANCER GENETICS - PEDIGREE / COUNSELLING NOTE   {d:DATE}\n"
        "Proband: {fn:NAME} {ln:NAME} (MRN {mrn:ID}), {age:C} y/o, referred for BRCA testing.\n"
        "Family history (3 generations):\n"
        "- Mother {mom:NAME}, {ma:C}: breast ca dx at {mdx:C}, ER+; tested negative at Myriad ({mt:DATE}).\n"
        "- Father {dad:NAME}, {fa:C}: prostate ca, Gleason 7.\n"
        "- Sister {sis:NAME}, {sa:C}: healthy; declined testing.\n"
        "- Maternal grandmother {gm:NAME} (nee {gmm:NAME}): ovarian ca dx at {gdx:C}, died aged {gma:AGE}.\n"
        "- Maternal great-aunt {aunt:NAME}: living, in her {gaa:AGE}, colon polyps only.\n"
        "- Ashkenazi Jewish ancestry on maternal side.\n"
        "Risk (CanRisk): lifetime breast {risk:C}. Panel ({genes:C}) sent {sent:DATE}; kit {kit:ID}.\n"
        "Results disclosure appt {res:DATE}. Pt to share letter with {sis2:NAME}.\n"
        "{gc:NAME}, MS, CGC",
        d=fmt_date(d, "month_d_y"), fn=fn, ln=ln, mrn=mrn, age=str((c.anchor - dob).days // 365),
        mom=mom, ma=str(c.rng.randint(58, 72)), mdx="49", mt=fmt_date(d - timedelta(days=900), "month_y"),
        dad=dad, fa=str(c.rng.randint(60, 75)), sis=sis, sa=str(c.rng.randint(25, 40)),
        gm=f"{gm[0]} {ln}", gmm=gm[1], gdx="61", gma=str(gm_age), aunt=aunt, gaa=ga_age, risk="28%",
        genes="47 genes", sent=fmt_date(d, "md"), kit=f"K{c.digits(8)}", res=fmt_date(d + timedelta(days=21), "us0"),
        sis2=sis, gc=f"{gc[0]} {gc[1]}",
    )


def _icd_remote(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "m")
    dob = c.dob(c.rng.randint(55, 85))
    mrn = c.digits(8)
    d = c.day()
    ep = c.name("en_US")
    c.set_patient(fn, ln, dob, mrn, "male")
    e1 = d - timedelta(days=c.rng.randint(2, 20))
    return c.note(
        "DEVICE CLINIC - REMOTE TRANSMISSION REVIEW\n"
        "Patient: {ln:NAME}, {fn:NAME}   MRN {mrn:ID}   DOB {dob:DATE}\n"
        "Device: Medtronic Cobalt XT DR ICD (model DDPA2D1), SN {sn:ID}; RA lead 5076 SN {sn2:ID}; "
        "RV lead 6935M SN {sn3:ID}. Implanted {imp:DATE} by Dr {ep:NAME}.\n"
        "CareLink patient ID {cl:ID}. Transmission received {tx:DATE}.\n"
        "Battery {batt:C} (RRT not reached). RA sensing {ras:C}, RV sensing {rvs:C}, RV threshold {rvt:C}, "
        "RV impedance {rvi:C}. AP {ap:C}, VP {vp:C}.\n"
        "Events: 1 VT episode {ev:DATE}, cycle length {cyl:C}, terminated by ATP x1. AT/AF burden {af:C}.\n"
        "No shocks. Pt called at {t} on {ph:PHONE}, denies syncope. Plan: no change; next remote {nxt:DATE}.\n"
        "Reviewed: {rev:NAME}, CCDS",
        ln=ln.upper(), fn=fn, mrn=mrn, dob=fmt_date(dob, "us"), sn=f"PJN{c.digits(6)}{c.letters(1)}",
        sn2=f"PJN{c.digits(7)}", sn3=f"TDF{c.digits(6)}V", imp=fmt_date(d - timedelta(days=700), "us0"),
        ep=ep[1], cl=c.digits(9), tx=f"{d.isoformat()}T{c.hhmm()}", batt="8.9 yrs", ras="3.2 mV", rvs="11.4 mV",
        rvt="0.75 V @ 0.4 ms", rvi="456 ohm", ap="12%", vp="<1%",
        ev=f"{e1.isoformat()}T{c.hhmm()}" if c.rng.random() < 0.5 else fmt_date(e1, "mon_ord"), cyl="320 ms",
        af="0.3%", t=c.hhmm(), ph=c.us_phone(), nxt=fmt_date(d + timedelta(days=91), "month_d_y"),
        rev=f"{c.name('en_US')[0]} {c.name('en_US')[1]}",
    )


def _email_thread(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", c.pick("fm"))
    dob = c.dob(c.rng.randint(40, 92))
    nhs = c.nhs()
    d = c.day()
    a, b, cc = c.name("en_GB"), c.name("en_GB"), c.name("en_GB")
    dom = c.pick(("nhs.net", "leedsth.nhs.uk", "mft.nhs.net"))
    sent = d
    wd = _WEEKDAY[sent.weekday()]
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), system="https://fhir.nhs.uk/Id/nhs-number")
    return c.note(
        "From: {a:NAME} <{ae:EMAIL}>\n"
        "Sent: {wd}, {sent:DATE} {st}\n"
        "To: {b:NAME} <{be:EMAIL}>\n"
        "Cc: {cc:NAME} <{ce:EMAIL}>\n"
        "Subject: FW: urgent - {ln:NAME} {nhs:ID} TTO query\n\n"
        "Hi {bf:NAME},\n"
        "Forwarding below. {fn:NAME} {ln2:NAME} (DOB {dob:DATE}) was discharged yesterday on {drug:C} but the "
        "TTO says {drug2:C}. Can you ring the patient on {ph:PHONE} today please? Community pharmacy "
        "(Boots, Kirkstall) is on {pharm:PHONE}.\n"
        "Thanks, {af:NAME}\n"
        "Pharmacist, Medicines Optimisation | ext. {ext:PHONE} | Mon-Thu\n\n"
        "-----Original Message-----\n"
        "From: {fn2:NAME} {ln3:NAME} <{pe:EMAIL}>\n"
        "Sent: {owd}, {osent:DATE} {ot}\n"
        "Subject: my tablets\n\n"
        "Dear sir/madam my new tablets look different to the ones from {gp:NAME}'s surgery, is this right? "
        "{fn3:NAME}",
        a=f"{a[1].upper()}, {a[0]}", ae=f"{a[0].lower()}.{a[1].lower()}@{dom}", wd=wd,
        sent=fmt_date(sent, "d_month_y"), st=c.hhmm(), b=f"{b[1].upper()}, {b[0]}",
        be=f"{b[0].lower()}.{b[1].lower()}{c.rng.randint(1, 9)}@{dom}", cc=f"{cc[1].upper()}, {cc[0]}",
        ce=f"{cc[0].lower()}.{cc[1].lower()}@{dom}", ln=ln.upper(), nhs=nhs, bf=b[0], fn=fn, ln2=ln,
        dob=fmt_date(dob, "uk"), drug="bisoprolol 2.5 mg OD", drug2="bisoprolol 25 mg", ph=c.uk_mobile(),
        pharm=c.uk_landline(), af=a[0], ext=c.digits(5), fn2=fn, ln3=ln,
        pe=f"{_ascii(fn).lower()[0]}{_ascii(ln).lower()}{c.rng.randint(40, 99)}@btinternet.com",
        owd=_WEEKDAY[(sent - timedelta(days=1)).weekday()], osent=fmt_date(sent - timedelta(days=1), "d_month_y"),
        ot=c.hhmm(), gp=c.name("en_GB")[1], fn3=fn,
    )


def _dc_instructions(c: _Ctx) -> Note:
    fn, ln = c.name("en_US")
    dob = c.dob(c.rng.randint(50, 86))
    mrn = c.digits(8)
    d = c.day()
    card, acw = c.name("en_US"), c.name("en_US", "f")
    f1 = d + timedelta(days=c.rng.randint(3, 8))
    c.set_patient(fn, ln, dob, mrn)
    return c.note(
        "YOUR DISCHARGE INSTRUCTIONS\n"
        "{fn:NAME} {ln:NAME}   MRN {mrn:ID}   Discharge date: {dd:DATE}\n\n"
        "You were treated for: atrial fibrillation with fast heart rate.\n"
        "NEW medicine: warfarin (Coumadin). Take {w1:C} on Mon/Wed/Fri and {w2:C} all other days, at 5 PM.\n"
        "Your INR goal is {goal:C}. Today's INR was {inr:C}.\n"
        "INR check: {wd} {f1:DATE} @ {t1} at the Anticoagulation Clinic - call {acw:NAME}, RN at "
        "{acph:PHONE} or ext. {ext:PHONE} with questions.\n"
        "Cardiology follow-up: Dr. {card:NAME} on {f2:DATE} at 10:40 AM.\n"
        "Call 911 for chest pain, fainting, black stools or heart rate over {hr:C}.\n"
        "See your results and message your team at {url:URL} (activation code {code:ID}).\n"
        "I have received and understand these instructions: ______ (patient)   Nurse: {rn:NAME}, RN",
        fn=fn, ln=ln, mrn=mrn, dd=fmt_date(d, "us0"), w1="5 mg", w2="2.5 mg", goal="2.0-3.0", inr="1.6",
        wd=_WD[f1.weekday()], f1=fmt_date(f1, "md"), t1=c.pick(("0930", "0900", "1330")),
        acw=f"{acw[0]} {acw[1]}", acph=c.us_phone(0), ext=c.digits(4), card=f"{card[0]} {card[1]}",
        f2=fmt_date(d + timedelta(days=c.rng.randint(14, 30)), "mon_ord"), hr="120",
        url=c.pick(("mychart.partners.org", "www.mycarelink.org/activate", "portal.bmc.org/signup")),
        code=f"{c.letters(5)}-{c.letters(5)}-{c.letters(5)}", rn=f"{c.name('en_US')[0]} {c.name('en_US')[1]}",
    )


def _transport(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", c.pick("fm"))
    age = c.pick((90, 92, 98, 76, 83))
    dob = c.dob(age)
    nhs = c.nhs()
    street, town, pc = c.uk_addr()
    d = c.day(2, 12)
    esc = c.name("en_GB", "f")
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), system="https://fhir.nhs.uk/Id/nhs-number",
                  line=street, city=town, postal=pc)
    return c.note(
        "NON-EMERGENCY PATIENT TRANSPORT - BOOKING   Ref {ref:ID}\n"
        "Patient: {ln:NAME}, {fn:NAME}   NHS {nhs:ID}   Age {age:" + ("AGE" if age >= 90 else "C") + "}\n"
        "Pick-up: {street:ADDRESS}, {town:ADDRESS} {pc:ZIP} - ground floor flat, side door\n"
        "Appointment: {appt:DATE} @ {t} - Renal Day Unit, Seacroft Hospital\n"
        "Mobility: C2 (wheelchair, 1 crew), O2 {o2:C} via NC. Weight {wt:C}.\n"
        "Escort: {esc:NAME} (niece), contact {eph:PHONE}\n"
        "Return: on-day booking, ring control {ctrl:PHONE} option 2.\n"
        "Booked by: {bb:NAME}, ward clerk, {bd:DATE}",
        ref=f"PTS-{c.digits(7)}", ln=ln.upper(), fn=fn, nhs=nhs, age=str(age), street=street, town=town,
        pc=pc, appt=fmt_date(d, "uk") if c.rng.random() < 0.5 else f"{d.isoformat()}", t=c.pick(("0900", "0815", "1300")),
        o2="2 L/min", wt="58 kg", esc=f"{esc[0]} {esc[1]}", eph=c.uk_mobile(), ctrl=f"0345 {c.digits(3)} {c.digits(4)}",
        bb=c.name("en_GB")[0], bd=fmt_date(c.day(-3, 0), "dots"),
    )


def _safeguarding(c: _Ctx) -> Note:
    fn, ln = c.name("en_GB", "f")
    dob = c.dob(c.rng.randint(70, 89))
    nhs = c.nhs()
    street, town, pc = c.uk_addr()
    d = c.day(-3, 0)
    son, pc_off, sw = c.name("en_GB", "m")[0], c.name("en_GB"), c.name("en_GB")
    plate = f"{c.letters(2)}{c.rng.randint(51, 74)} {c.letters(3)}"
    c.set_patient(fn, ln, dob, nhs.replace(" ", ""), "female", system="https://fhir.nhs.uk/Id/nhs-number",
                  line=street, city=town, postal=pc)
    return c.note(
        "ADULT SAFEGUARDING CONCERN - Section 42 referral   {d:DATE}\n"
        "Adult at risk: {fn:NAME} {ln:NAME}, DOB {dob:DATE}, NHS {nhs:ID}\n"
        "Address: {street:ADDRESS}, {town:ADDRESS}, {pc:ZIP}\n"
        "Concern: financial and physical abuse by son {son:NAME} {ln2:NAME} (lives at same address). "
        "Bruising to both upper arms (photographed, body map completed); pt states {son2:NAME} 'takes my pension'. "
        "Capacity for this decision: has capacity; consents to referral.\n"
        "Police informed: PC {pco:NAME} collar no. {col:ID}, crime ref {cr:ID}. Son's vehicle reg {plate:ID} "
        "seen outside ward on {seen:DATE} at {t}.\n"
        "Plan: no visits from son pending strategy meeting on {sm:DATE}; ward staff aware. "
        "Social worker {sw:NAME} ({swph:PHONE}, {swe:EMAIL}).\n"
        "Referrer: {ref:NAME}, Safeguarding Lead Nurse, ext {ext:PHONE}",
        d=fmt_date(d, "uk"), fn=fn, ln=ln, dob=fmt_date(dob, "uk"), nhs=nhs, street=street, town=town,
        pc=pc, son=son, ln2=ln, son2=son, pco=f"{pc_off[0][0]} {pc_off[1]}", col=c.digits(4),
        cr=f"13/{c.digits(6)}/{d.year % 100}", plate=plate, seen=fmt_date(d, "d_mon"), t=c.hhmm(),
        sm=fmt_date(d + timedelta(days=4), "ord_of"), sw=f"{sw[0]} {sw[1]}", swph=c.uk_landline(),
        swe=f"{sw[0].lower()}.{sw[1].lower()}@leeds.gov.uk", ref=f"{c.name('en_GB')[0]} {c.name('en_GB')[1]}",
        ext=c.digits(5),
    )


def _ward_list(c: _Ctx) -> Note:
    d = c.day()
    rows = []
    vals: dict[str, str] = {"d": fmt_date(d, "d_mon"), "sh": c.pick(("Night", "Late", "Early"))}
    first = None
    for i in range(4):
        g = c.pick("FM")
        fn, ln = c.name(c.pick(("en_GB", "en_GB", "en_IE", "zh_CN", "de_DE")), g.lower(), fold=True)
        age = c.pick((90, 91, 93, 95, 99, 67, 74, 81, 88))
        dob = c.dob(age)
        nhs = c.nhs()
        if first is None:
            first = (fn, ln, dob, nhs)
        issue = c.pick((
            ("Na {v:C}, fluid restrict 1 L", "Na 126"), ("K {v:C}, on Sando-K", "K 3.1"),
            ("NEWS {v:C}, sepsis 6 done", "NEWS 5"), ("INR {v:C}, warfarin held", "INR 4.8"),
            ("Hb {v:C}, 1 unit running", "Hb 71"), ("CBG {v:C}, hypo protocol", "CBG 3.2"),
        ))
        k = f"r{i}"
        lbl = "AGE" if age >= 90 else "C"
        rows.append(
            f"Bed {c.rng.randint(1, 28)} | {{{k}n:NAME}}, {{{k}f:NAME}} | {{{k}a:{lbl}}}{g} | NHS {{{k}nhs:ID}} | "
            + issue[0].replace("{v:C}", f"{{{k}v:C}}") + f" | NOK {{{k}k:NAME}} {{{k}kp:PHONE}}"
        )
        vals.update({f"{k}n": ln.upper(), f"{k}f": fn, f"{k}a": str(age), f"{k}nhs": nhs,
                     f"{k}v": issue[1].split()[1], f"{k}k": c.name("en_GB")[0], f"{k}kp": c.uk_mobile()})
    assert first is not None
    c.set_patient(first[0], first[1], first[2], first[3].replace(" ", ""),
                  system="https://fhir.nhs.uk/Id/nhs-number")
    vals["nic"] = f"{c.name('en_GB')[0]} {c.name('en_GB')[1][0]}"
    vals["bl"] = c.digits(4)
    tpl = ("WARD 14 HANDOVER - {sh} shift {d:DATE}\n" + "\n".join(rows)
           + "\nNIC: {nic:NAME}  |  Site bleep {bl:PHONE}")
    return c.note(tpl, **vals)


def _chaplaincy(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", "f")
    age = c.pick((99, 95, 91))
    dob = c.dob(age)
    mrn = c.digits(8)
    d = c.day()
    bday = date(d.year, dob.month, dob.day) if (dob.month, dob.day) != (2, 29) else date(d.year, 3, 1)
    pastor = c.name("en_US", "m")
    kids = [c.pick(_WORD_FIRST_F), c.name("en_US", "m")[0], c.pick(("Faith", "Hope", "Joy"))]
    c.set_patient(fn, ln, dob, mrn, "female")
    return c.note(
        "SPIRITUAL CARE NOTE   {d:DATE}\n"
        "Visited {fn:NAME} {ln:NAME} (rm 4112) at family's request. Pt is {agew:AGE} and will turn {next:AGE} "
        "on the {bd:DATE}. Baptist; member of Ebenezer Baptist Church for 60+ years; her pastor, Rev. "
        "{pastor:NAME}, visits Sundays ({pph:PHONE}).\n"
        "Present: daughters {k1:NAME} and {k3:NAME}, son {k2:NAME}, and great-granddaughter {gg:NAME}.\n"
        "Pt alert, SpO2 {sp:C} on 4 L, comfort-focused (POLST: DNR/DNI). Prayed Psalm 23 with family. "
        "{k1b:NAME}'s concern: whether mother is in pain - relayed to RN {rn:NAME}; morphine {mor:C} PRN available.\n"
        "Plan: follow daily; on-call chaplain pager {pg:PHONE}.\n"
        "Chaplain {ch:NAME}, MDiv, BCC",
        d=fmt_date(d, "us"), fn=fn, ln=ln, agew=c.pick((f"{age}", {99: "ninety-nine", 95: "ninety-five", 91: "ninety-one"}[age])),
        next=str(age + 1), bd=fmt_date(bday if bday > d else d + timedelta(days=9), "ord_of"),
        pastor=f"{pastor[0]} {pastor[1]}", pph=c.us_phone(), k1=kids[0], k3=kids[2], k2=kids[1],
        gg=c.name("en_US", "f")[0], sp="89%", k1b=kids[0], rn=c.pick(_WORD_LAST), mor="2 mg IV q2h",
        pg=c.digits(5), ch=f"{c.name('en_US')[0]} {c.name('en_US')[1]}",
    )


def _requisition(c: _Ctx) -> Note:
    fn, ln = c.name("en_US")
    dob = c.dob(c.rng.randint(1, 80))
    mrn = c.digits(8)
    d = c.day()
    city, st, zp = c.pick(_US_PLACES)
    md = c.name("en_US")
    c.set_patient(fn, ln, dob, mrn, city=city, postal=zp)
    return c.note(
        "REFERENCE LAB REQUISITION (send-out)   Req# {req:ID}   Barcode {bc:ID}\n"
        "Patient: {ln:NAME}, {fn:NAME} {mi}  Sex: {sex}  DOB: {dob:DATE}  MRN: {mrn:ID}\n"
        "Address: {addr:ADDRESS}, {city:ADDRESS}, {st} {zp:ZIP}  Phone: {ph:PHONE}\n"
        "Insurance: BCBS MA, member ID {mem:ID}, group {grp}\n"
        "Ordering provider: {md:NAME}, MD  NPI {npi:ID}  Fax results to {fx:PHONE}\n"
        "Collected: {col:DATE}  by {coll:NAME}\n"
        "Tests: 2010 Celiac panel (tTG-IgA, total IgA); 3102 Vitamin D 1,25-(OH)2\n"
        "ICD-10: K90.0, E55.9. Specimen: serum {vol:C}, frozen. Ship Mon-Thu only.",
        req=f"{c.letters(2)}{c.digits(8)}", bc=c.digits(12), ln=ln.upper(), fn=fn.upper(), mi=c.letters(1),
        sex=c.pick("MF"), dob=fmt_date(dob, "us0"), mrn=mrn,
        addr=f"{c.rng.randint(2, 900)} {c.fk['en_US'].street_name()}", city=city, st=st, zp=f"{zp}-{c.digits(4)}",
        ph=c.us_phone(), mem=f"XKA{c.digits(9)}", grp=c.digits(6), md=f"{md[1]}, {md[0]}", npi="1" + c.digits(9),
        fx=c.us_phone(1), col=f"{d.isoformat()}T{c.hhmm()}", coll=c.letters(2), vol="2 mL",
    )


def _immunisation(c: _Ctx) -> Note:
    fn, ln = c.name("en_US", c.pick("fm"))
    dob = c.dob(c.rng.randint(66, 89))
    mrn = c.digits(8)
    d = c.day()
    rn = c.name("en_US", "f")
    c.set_patient(fn, ln, dob, mrn)
    return c.note(
        "IMMUNIZATION CATCH-UP - {fn:NAME} {ln:NAME}  DOB {dob:DATE}  MRN {mrn:ID}\n"
        "Per MIIS registry (queried {q:DATE}) and pt's paper card:\n"
        "- Tdap: {tdap:DATE} (card says '{tcard}'), lot unknown\n"
        "- PCV20: given {pcv:DATE}, lot {lot1}, LD\n"
        "- Shingrix #1 {sh1:DATE}; #2 due - given today {sh2:DATE}, {dose:C} IM R deltoid, lot {lot2}, exp {exp:DATE}\n"
        "- RSV (Arexvy): declined, VIS given\n"
        "- COVID-19 2024-25: {cov:DATE} at CVS\n"
        "Observed {obs:C}, no reaction. VIS dates reviewed. Next: flu vaccine in the fall.\n"
        "Administered by {rn:NAME}, RN",
        fn=fn, ln=ln, dob=fmt_date(dob, "us0"), mrn=mrn, q=fmt_date(d, "md"),
        tdap=fmt_date(d - timedelta(days=2200), "mon_y"), tcard=str((d - timedelta(days=2200)).year),
        pcv=fmt_date(d - timedelta(days=400), "month_y"), lot1=f"{c.letters(2)}{c.digits(4)}",
        sh1=fmt_date(d - timedelta(days=90), "mon_ord"), sh2=fmt_date(d, "us"), dose="0.5 mL",
        lot2=f"{c.letters(1)}{c.digits(3)}{c.letters(2)}", exp=fmt_date(d + timedelta(days=500), "mon_y"),
        cov=fmt_date(d - timedelta(days=120), "ymd_slash"), obs="15 min", rn=f"{rn[0]} {rn[1]}",
    )


def _exchange_student(c: _Ctx) -> Note:
    fn, ln = c.name("es_AR", c.pick("fm"))
    dob = c.dob(c.rng.randint(19, 24))
    d = c.day()
    sid = c.digits(9)
    host = c.name("en_US")
    mom = c.name("es_AR", "f")[0]
    c.set_patient(fn, ln, dob, sid, system="urn:example:student-id")
    return c.note(
        "STUDENT HEALTH - URGENT CARE VISIT   {d:DATE}\n"
        "{fn:NAME} {ln:NAME}, student ID {sid:ID}, DOB {dob:DATE}. International exchange student from "
        "{city:ADDRESS}, Argentina (passport {pp:ID}); home address {addr:ADDRESS}, {cp:ZIP}.\n"
        "Lives with host family ({host:NAME}, {hph:PHONE}). Email {em:EMAIL}.\n"
        "S: 3 days sore throat, fever to {tmax:C}, no cough.\n"
        "O: T {t:C}, HR {hr:C}, tender anterior nodes, tonsillar exudate. Centor {cen:C}. Rapid strep positive.\n"
        "A/P: GAS pharyngitis. Amoxicillin {amox:C} x {dur:C}. Work/school note {a:DATE} to {b:DATE}.\n"
        "Mother ({mom:NAME}) called from Argentina on WhatsApp {mph:PHONE}; pt consented to update.\n"
        "-- {np:NAME}, FNP-C",
        d=fmt_date(d, "mon_ord"), fn=fn, ln=ln, sid=sid, dob=fmt_date(dob, "us0"),
        city=c.pick(("Rosario", "Cordoba", "Mendoza", "La Plata", "Mar del Plata")),
        pp=f"AAE{c.digits(6)}", addr=f"{c.pick(('Av. Pellegrini', 'Bv. Orono', 'Calle San Martin', 'Av. Colon'))} {c.rng.randint(100, 3999)}, {c.rng.randint(1, 12)}o {c.pick('ABCD')}",
        cp=f"{c.letters(1)}{c.digits(4)}{c.letters(3)}", host=f"{host[0]} {host[1]}",
        hph=c.us_phone(), em=f"{_ascii(fn).split()[0].lower()}.{_ascii(ln).split()[0].lower()}@{c.pick(('bu.edu', 'student.umass.edu', 'gmail.com'))}",
        tmax="38.9", t="38.2", hr="104", cen="4", amox="500 mg BID", dur="10 days", a=fmt_date(d, "md"),
        b=fmt_date(d + timedelta(days=2), "md"), mom=mom, mph=f"+54 9 341 {c.digits(3)}-{c.digits(4)}",
        np=f"{c.name('en_US')[0]} {c.name('en_US')[1]}",
    )


def _sms_log(c: _Ctx) -> Note:
    fn, ln = c.name("en_US")
    dob = c.dob(c.rng.randint(30, 80))
    mrn = c.digits(8)
    d = c.day()
    ph = c.us_phone(3)
    dr = c.name("en_US")
    c.set_patient(fn, ln, dob, mrn, phone=ph)
    return c.note(
        "OUTBOUND SMS LOG - Patient {mrn:ID} ({ln:NAME}, {fn:NAME})\n"
        "{s1:DATE}  to {ph:PHONE}  DELIVERED  'Hi {fn2:NAME}, reminder: appt w/ Dr {dr:NAME} {ap:DATE} 2:40pm. "
        "Reply C to confirm. {u1:URL}'\n"
        "{s2:DATE}  from {ph2:PHONE}  'C. can my husband {hb:NAME} drive me? hes on the file'\n"
        "{s3:DATE}  to {ph3:PHONE}  DELIVERED  'Thanks! Pre-visit forms: {u2:URL} Questions? {clin:PHONE}'\n"
        "{s4:DATE}  to {ph4:PHONE}  FAILED (carrier 30007)\n"
        "Preferred contact updated {s5:DATE} by {clerk:NAME} (front desk)",
        mrn=mrn, ln=ln.upper(), fn=fn, s1=f"{(d - timedelta(days=2)).isoformat()}T{c.hhmm()}", ph=ph,
        fn2=fn, dr=dr[1], ap=fmt_date(d, "md"), u1=f"bmc.to/{c.letters(2).lower()}{c.digits(4)}",
        s2=f"{(d - timedelta(days=2)).isoformat()}T{c.hhmm()}", ph2=ph, hb=c.name("en_US", "m")[0].lower(),
        s3=f"{(d - timedelta(days=1)).isoformat()}T{c.hhmm()}", ph3=ph,
        u2=f"https://forms.bmc.org/p/{c.letters(6)}", clin=c.us_phone(0),
        s4=f"{d.isoformat()}T{c.hhmm()}", ph4=c.us_phone(3), s5=fmt_date(d, "us0"), clerk=c.pick(_WORD_FIRST),
    )


_TEMPLATES: tuple[Callable[[_Ctx], Note], ...] = (
    _ed_triage, _atmist, _icu_apso, _med_history, _social_work, _portal_typos, _chat_log, _uk_letter,
    _micro, _incident, _consent, _german_tourist, _sa_trauma, _sg_memo, _irish_ed,
    _pedigree, _icd_remote, _email_thread, _dc_instructions, _transport,
    _safeguarding, _ward_list, _chaplaincy, _requisition,
    _immunisation, _exchange_student, _sms_log,
)


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling through the templates; deterministic (seeded)."""
    c = _Ctx(SEED)
    return [_TEMPLATES[i % len(_TEMPLATES)](c) for i in range(n)]
