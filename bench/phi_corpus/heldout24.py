"""HELD-OUT v24 PHI corpus: written before any round-24 deid change, never tuned on.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read). Like v14-v22 it
aims at the MAINSTREAM of English-language hospital text with ordinary PHI density, with other
templates and phrasing, over nine health systems: US, UK, Canada, Australia, New Zealand,
Ireland, South Africa, Singapore and India. Templates, cycled in order (see ``TEMPLATES``):
ED syncope notes (HPI / ROS / exam / MDM), hospitalist COPD-exacerbation H&Ps, hyperkalaemia
progress notes with "on 3/4 (yesterday)" potassium trends, sepsis discharge summaries with an
appointment list, lower-case typed night nursing notes, result-callback telephone encounters
("cell", "h:", "w:", extensions), blood-pressure portal messages with replies, home-health
referrals (full or masked SSN, MBI), CT pulmonary angiogram reports with comparisons,
lumbar-puncture procedure notes, L&D triage notes, 6-month well-child visits, SNF discharge-
planning notes, osteomyelitis ID consults, consult-liaison psychiatry notes (US); GP letters to
gastroenterology ("review 6/12"), A&E fall notes ("from" / "lives in" a town), lower-case
ward-round entries ("Cath lab", "TTO 7/7"), discharge letters to the GP ("clinic 3/12"),
community-matron visits, Mental Capacity Act assessments (UK); nephrology consult letters
(OHIP), home-care referrals (Canada); residential-aged-care falls reviews, discharge summaries
(Medicare / URN) (Australia); orthopaedic referrals (NHI) (New Zealand); outpatient letters
(Eircode, "Co. Clare") (Ireland); medical admissions (13-digit ID) (South Africa); polyclinic
referrals (NRIC, HDB block) (Singapore); discharge summaries (UHID / Aadhaar, PIN code)
(India); and upper-GI MDT outcome lists (several patients), advance-care-planning notes
(nicknames, document URL), critical-lab call logs (email), radiology addenda (accession
numbers), incident reports (workstation IP), transfusion records (unit numbers), skin
pathology (specimen numbers) and pacemaker-clinic checks (device serials) for mixed countries.
Most notes end with a signature / cc / cosign line. Names: Faker en_US, en_GB, en_CA, en_AU,
en_NZ, en_IE, en_IN and zu_ZA plus curated Singapore Chinese / Malay / Tamil, Afrikaans and
Maori names, in many forms ("First Last", "First M. Last", "LAST, First", "Last, First M",
"F. Last", surname alone after a title, first name alone, lower-case typed names, nicknames in
quotes, hyphenated surnames, staff initials).

Conventions (same as heldout12 / heldout13): titles and credentials ("Dr", "Mrs", "Sr", ", RN",
", MD", ", RM", ", SpR") are outside NAME spans; "LAST, First" is one NAME span; a nickname in
quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are
NAME. A street line (with its apartment / flat / unit / HDB block part) and a city / town /
suburb (also after "from", "in", "lives in") are ADDRESS; a state / province / country is not
PHI; ZIP codes, postcodes, Eircodes and PIN codes are ZIP. DATE: anything more specific than a
year, in 15+ formats; "on 3/4 (yesterday)" labels only "3/4"; weekdays and "the" stay outside;
a date followed by a separate time labels only the date; an ISO date-time is one span. UK
follow-up shorthand ("review 6/12", "TTO 7/7", "3/52") is a duration, not a date (recorded as
a clinical value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside the
span); labels such as "cell", "mob", "h:", "w:" are outside. SSN: full numbers and the digits
of a masked / "last 4" SSN. ID: MRN / UR / URN / hospital / FIN / CSN / account / encounter
numbers, NHS / OHIP / Medicare / NHI / SA ID / NRIC / UHID / Aadhaar / MBI numbers, accession /
specimen / unit numbers, incident numbers, device serials, licence plates. AGE: ages >= 90
only, number part only. Ages < 90, vitals, labs, doses, drug names, scores, times of day,
durations, years alone, weekdays alone, relative dates, bed / bay / room numbers, ward and unit
names ("Cath lab", "Ward 12", "AMU", "4 West") and facility / employer / insurer / pharmacy
names are unlabelled (clinical values are recorded in ``Note.clinical``). Dates are absolute
(seeded), so ``generate(n)`` is deterministic. Run it only for final figures: its misses and
lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 24_2401
_TOKEN = re.compile(r"(\{\w+\}|\[\[.*?\]\])", re.DOTALL)
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_LOCALES = {"US": "en_US", "UK": "en_GB", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ",
            "IE": "en_IE", "ZA": "zu_ZA", "SG": "en_US", "IN": "en_IN"}  # fmt: skip
_CURATED: dict[str, tuple[list[str], list[str]]] = {
    "SG": (["Wei Ling", "Jun Jie", "Siti", "Nurul", "Priya", "Muthu", "Hui Min", "Kumar", "Farah"],
           ["Tan", "Lim", "Ng", "bin Abdullah", "Rahman", "Subramaniam", "Goh", "Chua", "Pillai"]),
    "ZA": (["Pieter", "Annelie", "Thabo", "Nomvula", "Johan", "Lerato", "Riaan", "Zanele"],
           ["van der Merwe", "Botha", "Nkosi", "Dlamini", "Pretorius", "Mokoena", "du Plessis"]),
    "NZ": (["Aroha", "Wiremu", "Mere", "Tane", "Hemi", "Ngaire", "Rawiri"],
           ["Ngata", "Parata", "Te Whare", "Tuhoe-Smith", "Walker", "Horomona", "Rangi"]),
}  # fmt: skip
_PLACES: dict[str, list[tuple[str, str, str]]] = {  # town, region, zip/postcode
    "US": [("Dayton", "OH", "45409"), ("Spokane", "WA", "99203"), ("Worcester", "MA", "01604"),
           ("Lakewood", "CO", "80226"), ("Fresno", "CA", "93726"), ("Toledo", "OH", "43612"),
           ("Gainesville", "FL", "32607"), ("Ann Arbor", "MI", "48104"), ("Round Rock", "TX", "78664")],
    "UK": [("Stockport", "Greater Manchester", "SK4 2JL"), ("Wakefield", "West Yorkshire", "WF1 3QP"),
           ("Harrogate", "North Yorkshire", "HG2 7AB"), ("Swindon", "Wiltshire", "SN2 1EH"),
           ("Crewe", "Cheshire", "CW1 4RT"), ("Bury St Edmunds", "Suffolk", "IP33 2NU"),
           ("Kettering", "Northamptonshire", "NN15 6DE")],
    "CA": [("Kitchener", "ON", "N2H 5K8"), ("Sudbury", "ON", "P3E 2T4"), ("Moncton", "NB", "E1C 4B9"),
           ("Kamloops", "BC", "V2C 1R3"), ("Red Deer", "AB", "T4N 6H2")],
    "AU": [("Frankston", "VIC", "3199"), ("Parramatta", "NSW", "2150"), ("Toowoomba", "QLD", "4350"),
           ("Ballarat", "VIC", "3350"), ("Joondalup", "WA", "6027"), ("Elizabeth Vale", "SA", "5112")],
    "NZ": [("Hamilton", "Waikato", "3204"), ("Whangarei", "Northland", "0110"),
           ("Palmerston North", "Manawatu", "4410"), ("Timaru", "Canterbury", "7910")],
    "IE": [("Ennis", "Co. Clare", "V95 T2X4"), ("Athlone", "Co. Westmeath", "N37 E5W0"),
           ("Tralee", "Co. Kerry", "V92 XK73"), ("Mullingar", "Co. Westmeath", "N91 H6P2")],
    "ZA": [("Soweto", "Gauteng", "1804"), ("Pietermaritzburg", "KwaZulu-Natal", "3201"),
           ("Bloemfontein", "Free State", "9301"), ("Bellville", "Western Cape", "7530")],
    "SG": [("Tampines", "Singapore", "520512"), ("Jurong West", "Singapore", "640718"),
           ("Bedok North", "Singapore", "460215"), ("Woodlands", "Singapore", "730834")],
    "IN": [("Pune", "Maharashtra", "411038"), ("Nagpur", "Maharashtra", "440010"),
           ("Kochi", "Kerala", "682024"), ("Coimbatore", "Tamil Nadu", "641004")],
}  # fmt: skip
_STREETS = [
    "Maple",
    "Cedar Ridge",
    "Orchard",
    "Hawthorn",
    "Beech",
    "Station",
    "Church",
    "Mill",
    "Victoria",
    "Kingfisher",
    "Willow",
    "Lakeview",
    "Rosewood",
    "Albert",
    "Harbour",
]
_ST_US = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct"]
_ST_UK = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Drive"]
_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
          95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight",
          99: "ninety-nine", 100: "one hundred", 101: "one hundred and one"}  # fmt: skip

_fakers: dict[str, Any] = {}


def _plain(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _faker(loc: str) -> Any:
    if loc not in _fakers:
        from faker import Faker

        _fakers[loc] = Faker(loc)
    return _fakers[loc]


class Ctx:
    """One note in progress: the builder, its rng, country and seeded people / dates."""

    def __init__(self, rng: random.Random, country: str, old: float = 0.2) -> None:
        self.b = NoteBuilder()
        self.r = rng
        self.cc = country
        self.today = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        self.pat = self.person()
        self.town, self.region, self.zip = rng.choice(_PLACES[country])
        self.pat_age, self.pat_old = self.age(old)
        self.dob = self.today - timedelta(
            days=self.pat_age * 365 + self.pat_age // 4 + rng.randrange(1, 364)
        )

    # -- people --------------------------------------------------------------------------
    def person(self, sex: str | None = None) -> dict[str, str]:
        r = self.r
        sex = sex or r.choice("MF")
        if self.cc in _CURATED and r.random() < 0.6:
            firsts, lasts = _CURATED[self.cc]
            first, last = r.choice(firsts), r.choice(lasts)
        else:
            fk = _faker(_LOCALES[self.cc])
            fk.seed_instance(r.randrange(10**9))
            first = fk.first_name_male() if sex == "M" else fk.first_name_female()
            last = fk.last_name()
            if r.random() < 0.08:
                last = f"{last}-{fk.last_name()}"
        mid = r.choice("ABCDEGJKLMRST")
        return {"first": _plain(first), "last": _plain(last), "mid": mid, "sex": sex}

    def nm(self, p: dict[str, str], form: str | None = None) -> str:
        form = form or self.r.choice(["fl", "fl", "fml", "LF", "Lfm", "il", "fl"])
        f, last, m = p["first"], p["last"], p["mid"]
        return {
            "fl": f"{f} {last}", "fml": f"{f} {m}. {last}", "LF": f"{last.upper()}, {f}",
            "Lfm": f"{last}, {f} {m}", "il": f"{f[0]}. {last}", "l": last, "f": f,
            "low": f"{f} {last}".lower(), "lowl": last.lower(), "ini": f"{f[0]}{last[0]}",
            "inid": f"{f[0]}.{last[0]}.",
        }[form]  # fmt: skip

    # -- dates ---------------------------------------------------------------------------
    def ds(self, d: date, style: str | None = None) -> str:
        us = self.cc == "US"
        styles = ["num", "num", "iso", "long", "abbr", "dmy_dash", "compact", "num2", "ordinal"]
        s = style or self.r.choice(styles)
        mo, mon = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3]
        if s == "num":
            return f"{d.month}/{d.day}/{d.year}" if us else f"{d.day:02d}/{d.month:02d}/{d.year}"
        if s == "num2":
            return (
                f"{d.month}/{d.day}/{d.year % 100:02d}"
                if us
                else f"{d.day}.{d.month}.{d.year % 100:02d}"
            )
        if s == "iso":
            return d.isoformat()
        if s == "long":
            return f"{mo} {d.day}, {d.year}" if us else f"{d.day} {mo} {d.year}"
        if s == "abbr":
            return f"{mon} {d.day} {d.year}" if us else f"{d.day} {mon} {d.year}"
        if s == "dmy_dash":
            return f"{d.day:02d}-{mon}-{d.year}"
        if s == "compact":
            return f"{d.day:02d}{mon.upper()}{d.year}"
        if s == "ordinal":
            suf = (
                "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            )
            return f"{mo} {d.day}{suf}, {d.year}" if us else f"{d.day}{suf} {mo} {d.year}"
        if s == "short":  # day + month alone
            return f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"
        if s == "dm":
            return f"{mon} {d.day}" if us else f"{d.day} {mon}"
        if s == "my":
            return f"{mo} {d.year}"
        if s == "isot":
            return f"{d.isoformat()}T{self.r.randrange(24):02d}:{self.r.randrange(60):02d}"
        raise ValueError(s)

    def ago(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def ahead(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    # -- numbers -------------------------------------------------------------------------
    def dig(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def phone(self, ext: bool = False) -> str:
        r, d = self.r, self.dig
        cc = self.cc
        if cc in ("US", "CA"):
            a = str(r.randint(201, 989))
            s = r.choice(
                [
                    f"({a}) {d(3)}-{d(4)}",
                    f"{a}-{d(3)}-{d(4)}",
                    f"{a}.{d(3)}.{d(4)}",
                    f"+1 {a} {d(3)} {d(4)}",
                ]
            )
        elif cc == "UK":
            s = r.choice(
                [f"07{d(3)} {d(6)}", f"0161 {d(3)} {d(4)}", f"01423 {d(6)}", f"+44 7{d(3)} {d(6)}"]
            )
        elif cc == "AU":
            s = r.choice(
                [f"04{d(2)} {d(3)} {d(3)}", f"(03) {d(4)} {d(4)}", f"+61 4{d(2)} {d(3)} {d(3)}"]
            )
        elif cc == "NZ":
            s = r.choice([f"021 {d(3)} {d(4)}", f"(07) {d(3)} {d(4)}", f"+64 27 {d(3)} {d(4)}"])
        elif cc == "IE":
            s = r.choice([f"087 {d(3)} {d(4)}", f"(065) {d(3)} {d(4)}", f"+353 86 {d(3)} {d(4)}"])
        elif cc == "ZA":
            s = r.choice([f"082 {d(3)} {d(4)}", f"011 {d(3)} {d(4)}", f"+27 72 {d(3)} {d(4)}"])
        elif cc == "SG":
            s = r.choice([f"9{d(3)} {d(4)}", f"6{d(3)} {d(4)}", f"+65 8{d(3)} {d(4)}"])
        else:
            s = r.choice([f"98{d(3)} {d(5)}", f"+91 9{d(4)} {d(5)}", f"020-{d(8)}"])
        if ext:
            s += r.choice([f" ext {d(4)}", f" x{d(3)}", f" ext. {d(4)}"])
        return s

    def street(self) -> str:
        r = self.r
        name = r.choice(_STREETS)
        if self.cc in ("US", "CA"):
            s = f"{r.randint(12, 9800)} {name} {r.choice(_ST_US)}"
            if r.random() < 0.4:
                s += r.choice(
                    [
                        f" Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                        f", Unit {r.randint(1, 300)}",
                        f" #{r.randint(100, 999)}",
                    ]
                )
            return s
        if self.cc == "SG":
            return f"Blk {r.randint(100, 899)} {self.town} St {r.randint(11, 92)} #{r.randint(2, 15):02d}-{r.randint(10, 450)}"
        if self.cc == "IN":
            return f"Flat {r.randint(1, 20)}0{r.randint(1, 9)}, {name} Apartments, {r.choice(['MG Road', 'Link Road', 'Station Road'])}"
        s = f"{r.randint(1, 240)} {name} {r.choice(_ST_UK)}"
        if r.random() < 0.35:
            s = (
                r.choice(
                    [
                        f"Flat {r.randint(1, 30)}, ",
                        f"Unit {r.randint(1, 12)}/",
                        f"Apt {r.randint(1, 9)}, ",
                    ]
                )
                + s
            )
        return s

    def age(self, old: float = 0.3) -> tuple[int, bool]:
        if self.r.random() < old:
            return self.r.randint(90, 101), True
        return self.r.randint(19, 89), False

    def mrn(self) -> str:
        return self.r.choice(
            [self.dig(8), f"{self.dig(3)}-{self.dig(4)}", f"MR{self.dig(7)}", self.dig(10)]
        )

    # -- writing -------------------------------------------------------------------------
    def w(self, tpl: str, **vals: tuple[str, str] | str) -> Ctx:
        """Append ``tpl``: ``{key}`` is a PHI value (kind, text) or plain text, ``[[x]]`` clinical."""
        for part in _TOKEN.split(tpl):
            if not part:
                continue
            if part.startswith("[["):
                self.b.c(part[2:-2])
            elif part.startswith("{"):
                v = vals[part[1:-1]]
                if isinstance(v, tuple):
                    if v[0] == "C":
                        self.b.c(v[1])
                    else:
                        self.b.p(v[0], v[1])
                else:
                    self.b.t(v)
            else:
                self.b.t(part)
        return self

    def N(self, p: dict[str, str] | None = None, form: str | None = None) -> tuple[str, str]:
        return ("NAME", self.nm(p or self.pat, form))

    def D(self, d: date, style: str | None = None) -> tuple[str, str]:
        return ("DATE", self.ds(d, style))

    def age_txt(self) -> tuple[str, str]:
        """The patient's age as written: a clinical value below 90, an AGE span from 90."""
        a, is_old = self.pat_age, self.pat_old
        if not is_old:
            return ("C", str(a))
        if self.r.random() < 0.25 and a in _WORDS:
            return ("AGE", _WORDS[a])
        return ("AGE", str(a))

    def patient(self) -> dict[str, Any]:
        p = self.pat
        return {
            "resourceType": "Patient", "id": f"v24-{self.dig(8)}",
            "name": [{"family": p["last"], "given": [p["first"], p["mid"]]}],
            "gender": "male" if p["sex"] == "M" else "female", "birthDate": self.dob.isoformat(),
            "address": [{"city": self.town, "state": self.region, "postalCode": self.zip}],
        }  # fmt: skip


def _pr(c: Ctx) -> tuple[str, str]:
    return ("he", "his") if c.pat["sex"] == "M" else ("she", "her")


def _sign(c: Ctx, cred: str = ", MD") -> None:
    s = c.person()
    form = c.r.choice(["fl", "fml", "il", "LF"])
    c.w(
        c.r.choice(
            [
                "\nElectronically signed by {s}{cr} on {d} {tm}\n",
                "\n-- {s}{cr}, {d}\n",
                "\nDictated by {s}{cr}; transcribed {d}\n",
            ]
        ),
        s=c.N(s, form),
        cr=cred,
        d=c.D(c.today, c.r.choice(["num", "iso", "abbr"])),
        tm=("C", f"{c.r.randint(6, 23):02d}:{c.r.randrange(60):02d}"),
    )


# ---------------------------------------------------------------- US
def t_ed_syncope(c: Ctx) -> None:
    his = _pr(c)[1]
    c.w(
        "ED PHYSICIAN NOTE\nPatient: {n}   MRN: {m}   DOB: {dob}   Arrival: {ar}\n"
        "HPI: {a}-year-old presents after witnessed syncope at {his} daughter's home in {town} this morning. "
        "Daughter {dd} (cell {ph}) reports ~[[30 seconds]] LOC, no seizure activity. Took [[metoprolol 50 mg]] at 07:30.\n"
        "ROS: negative except lightheadedness. Exam: BP [[98/60]], HR [[52]], SpO2 [[97%]] RA. "
        "Orthostatics positive.\nMDM: ECG sinus brady, QTc [[452]]; troponin [[<0.01]]; "
        "San Francisco syncope rule positive. Admit to 4 West telemetry. Discussed with PCP Dr. {pcp}.\n",
        n=c.N(form="LF"),
        m=("ID", c.mrn()),
        dob=c.D(c.dob, "num"),
        ar=c.D(c.today, "isot"),
        a=c.age_txt(),
        his=his,
        town=("ADDRESS", c.town),
        dd=c.N(c.person("F"), "fl"),
        ph=("PHONE", c.phone()),
        pcp=c.N(c.person(), "l"),
    )
    _sign(c)


def t_hosp_copd(c: Ctx) -> None:
    c.w(
        "HOSPITAL MEDICINE ADMISSION H&P\n{n} | FIN {fin} | Admit {ad}\nCC: worsening dyspnea x [[4 days]].\n"
        "HPI: {f} is a {a} y/o former smoker ([[40 pack-years]]) with COPD (FEV1 [[38%]] in {y}) who lives "
        "alone at {st}, {town}, {reg} {zip}. Started [[prednisone 40 mg]] by urgent care on {d1}.\n"
        "Exam: RR [[26]], SpO2 [[86%]] on RA, diffuse wheeze. ABG pH [[7.31]] / pCO2 [[58]].\n"
        "Plan: BiPAP, [[methylprednisolone 40 mg IV q12h]], [[azithromycin 500 mg]], duonebs q4h. "
        "Code status full per HCPOA {hc} ({rel}), {ph}.\n",
        n=c.N(form="Lfm"),
        fin=("ID", c.dig(9)),
        ad=c.D(c.today, "num"),
        f=c.N(form="f"),
        a=c.age_txt(),
        y=str(c.today.year - 2),
        st=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        reg=c.region,
        zip=("ZIP", c.zip),
        d1=c.D(c.ago(2, 5), "abbr"),
        hc=c.N(c.person(), "fml"),
        rel=c.r.choice(["son", "niece", "brother"]),
        ph=("PHONE", c.phone()),
    )
    _sign(c, ", DO")


def t_prog_hyperk(c: Ctx) -> None:
    y = c.ago(1, 1)
    c.w(
        "Progress Note - Hospital Day [[3]]\nPt: {n} ({m})\nS: No complaints overnight. Per RN {rn}, ate [[50%]] of tray.\n"
        "O: T [[36.8]] BP [[142/88]] HR [[74]]. K [[6.1]] on {y1} (yesterday) -> [[5.4]] today after "
        "[[Lokelma 10 g]]; Cr [[2.3]] (baseline [[1.6]] on {bd}).\nA/P: Hyperkalemia on CKD3b - hold [[lisinopril 20 mg]], "
        "repeat BMP at 16:00. Renal following (Dr. {neph}).\n",
        n=c.N(form="fl"),
        m=("ID", c.mrn()),
        rn=c.N(c.person(), "f"),
        y1=c.D(y, "short"),
        bd=c.D(c.ago(60, 200), "num"),
        neph=c.N(c.person(), "l"),
    )
    _sign(c)


def t_dc_sepsis(c: Ctx) -> None:
    c.w(
        "DISCHARGE SUMMARY\nName: {n}  Acct#: {acct}  MRN {m}\nAdmitted: {a1}   Discharged: {a2}\n"
        "Diagnosis: sepsis secondary to left lower lobe pneumonia. Blood cx [[no growth x2]]. "
        "Treated with [[ceftriaxone 2 g daily]] then [[amoxicillin-clavulanate 875 mg BID]] to complete [[7 days]].\n"
        "Follow-up:\n  - PCP {pcp}, {d1} at 10:15, Lakeside Family Medicine, {ph}\n"
        "  - Chest X-ray repeat in [[6 weeks]] (around {d2})\n  - Pulmonology Dr. {pul} - office will call\n",
        n=c.N(form="fml"),
        acct=("ID", c.dig(10)),
        m=("ID", c.mrn()),
        a1=c.D(c.ago(6, 9), "long"),
        a2=c.D(c.today, "long"),
        pcp=c.N(c.person(), "fl"),
        d1=c.D(c.ahead(5, 12), "ordinal"),
        ph=("PHONE", c.phone(ext=True)),
        d2=c.D(c.ahead(40, 45), "dm"),
        pul=c.N(c.person(), "il"),
    )
    _sign(c)


def t_nurse_quick(c: Ctx) -> None:
    c.w(
        "2300-0700 nsg: {n} resting, a&ox3. c/o pain [[6/10]] r hip, [[oxycodone 5 mg]] po given 01:10 w/ relief to [[3/10]]. "
        "bp [[118/70]] hr [[88]] spo2 [[95%]] 2l nc. voided [[350 ml]]. wife {w} called at 0200 asking for update, "
        "pls call her back on {ph} in am. fall risk - bed alarm on. -{ini} rn\n",
        n=c.N(form="low"),
        w=c.N(c.person("F"), "low"),
        ph=("PHONE", c.phone()),
        ini=c.N(c.person(), "ini"),
    )


def t_tel_result(c: Ctx) -> None:
    c.w(
        "TELEPHONE ENCOUNTER  {dt}\nCaller: patient {n} (DOB {dob})  cell: {p1}  h: {p2}  w: {p3}\n"
        "Reason: lab results. A1c [[8.9%]] (was [[7.6%]] on {d0}). LDL [[142]].\n"
        "Advised increase [[metformin to 1000 mg BID]], start [[atorvastatin 40 mg]]. Pt verbalized understanding. "
        "Sent to CVS on {st}. Routed to {doc}.\n",
        dt=c.D(c.today, "num"),
        n=c.N(form="LF"),
        dob=c.D(c.dob, "num2"),
        p1=("PHONE", c.phone()),
        p2=("PHONE", c.phone()),
        p3=("PHONE", c.phone(ext=True)),
        d0=c.D(c.ago(90, 200), "my"),
        st=("ADDRESS", c.street()),
        doc=c.N(c.person(), "fl"),
    )
    _sign(c, ", RN")


def t_portal_bp(c: Ctx) -> None:
    c.w(
        'MyChart message from {n} - {d}\n"Hi Dr {doc}, my home readings this week were [[152/94]], [[148/90]] and [[161/97]]. '
        "I've been taking the [[amlodipine 5 mg]] every morning. My husband {h} says I should ask about going up. "
        'Also can you send the refill to the Walgreens in {town}? Thanks, {f}"\n'
        "Reply ({d2}): Increase [[amlodipine to 10 mg daily]]; recheck in [[2 weeks]]. - {ini}\n",
        n=c.N(form="fl"),
        d=c.D(c.today, "isot"),
        doc=c.N(c.person(), "l"),
        h=c.N(c.person("M"), "f"),
        town=("ADDRESS", c.town),
        f=c.N(form="f"),
        d2=c.D(c.ahead(1, 1), "abbr"),
        ini=c.N(c.person(), "inid"),
    )


def t_hh_referral(c: Ctx) -> None:
    c.w(
        "HOME HEALTH REFERRAL\nPatient: {n}   DOB: {dob}   Age: {a}\nSSN: ",
        n=c.N(form="fl"),
        dob=c.D(c.dob, "num"),
        a=c.age_txt(),
    )
    if c.r.random() < 0.5:
        c.b.p("SSN", f"{c.dig(3)}-{c.dig(2)}-{c.dig(4)}")
    else:
        c.b.t(c.r.choice(["XXX-XX-", "***-**-", "last 4 "]))
        c.b.p("SSN", c.dig(4))
    c.w(
        "   Medicare MBI: {mbi}\n"
        "Address: {st}, {town}, {reg} {zip}   Phone: {ph}\nEmergency contact: {ec} (daughter) {ph2}\n"
        "Services: SN for wound care (sacral stage [[3]], [[4 x 3 cm]]), PT/OT. SOC requested {soc}.\n"
        "Meds: [[apixaban 2.5 mg BID]], [[furosemide 20 mg daily]], [[sertraline 50 mg]].\n",
        mbi=("ID", f"{c.r.randint(1, 9)}EG{c.r.randint(1, 9)}-TE{c.r.randint(1, 9)}-MK{c.dig(2)}"),
        st=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        reg=c.region,
        zip=("ZIP", c.zip),
        ph=("PHONE", c.phone()),
        ec=c.N(c.person("F"), "fml"),
        ph2=("PHONE", c.phone()),
        soc=c.D(c.ahead(1, 3), "num"),
    )
    _sign(c, ", RN, CM")


def t_ctpa(c: Ctx) -> None:
    c.w(
        "CT ANGIOGRAM CHEST (PE PROTOCOL)\nAccession: {acc}  Patient: {n}  MRN: {m}\nExam date: {d}\n"
        "Comparison: CT chest {cmp}.\nFindings: Filling defects in the right lower lobe segmental arteries. "
        "RV/LV ratio [[0.9]]. No infarct. Stable [[4 mm]] RUL nodule.\nImpression: Acute segmental PE. "
        "Findings discussed with {doc} at 14:32 by {rad}.\n",
        acc=("ID", f"CT{c.dig(8)}"),
        n=c.N(form="LF"),
        m=("ID", c.mrn()),
        d=c.D(c.today, "num"),
        cmp=c.D(c.ago(200, 500), "long"),
        doc=c.N(c.person(), "fl"),
        rad=c.N(c.person(), "il"),
    )


def t_lp(c: Ctx) -> None:
    c.w(
        "PROCEDURE NOTE: Lumbar puncture\nDate: {d}  Patient: {n}  Bed 12B\nConsent obtained from patient's wife {w} by phone ({ph}), witnessed by {rn}, RN.\n"
        "L3-L4, [[20G]] spinal needle, opening pressure [[24 cm H2O]], [[4 tubes]] clear CSF. EBL minimal. "
        "Tolerated well. Tube 1 cell count, tube 3 gram stain/culture.\n",
        d=c.D(c.today, "abbr"),
        n=c.N(form="fml"),
        w=c.N(c.person("F"), "fl"),
        ph=("PHONE", c.phone()),
        rn=c.N(c.person(), "fl"),
    )
    _sign(c)


def t_ld_triage(c: Ctx) -> None:
    c.pat = c.pat if c.pat["sex"] == "F" else c.person("F")
    c.dob = c.today - timedelta(days=c.r.randint(19 * 365, 41 * 365))
    c.w(
        "L&D TRIAGE\n{n}  G2P1  EDD {edd}  LMP {lmp}  GA [[37+2]]\nPresents with regular contractions since 03:00. "
        "SVE [[3/70/-1]]. FHR [[140s]], moderate variability. GBS neg ({g}). Partner {p} at bedside. "
        "Plan: admit, [[epidural]] on request. Attending {att} aware.\n",
        n=c.N(form="fl"),
        edd=c.D(c.ahead(3, 20), "num"),
        lmp=c.D(c.ago(255, 265), "num"),
        g=c.D(c.ago(14, 28), "short"),
        p=c.N(c.person(), "fl"),
        att=c.N(c.person(), "il"),
    )
    _sign(c, ", CNM")


def t_wcc6(c: Ctx) -> None:
    kid = c.person()
    kid["last"] = c.pat["last"]
    c.pat, c.dob = kid, c.today - timedelta(days=183)
    c.w(
        "6 MONTH WELL CHILD\n{k}  DOB {dob}  Mom: {mom}\nWt [[7.6 kg]] ([[45th %ile]]), length [[66 cm]]. "
        "Rolling, babbling. Breastfed + starting purees. Vaccines given: DTaP-IPV-Hib-HepB #[[3]], PCV20 #[[3]], RV #[[3]]. "
        "Next visit 9 months (~{nx}). Mom cell {ph}.\n",
        k=c.N(kid, "fl"),
        dob=c.D(c.today - timedelta(days=183), "num"),
        mom=c.N(c.person("F"), "f"),
        nx=c.D(c.ahead(85, 95), "my"),
        ph=("PHONE", c.phone()),
    )
    _sign(c)


def t_cm_snf(c: Ctx) -> None:
    c.w(
        "CASE MANAGEMENT NOTE\nMet with pt {n} and son {s} re: discharge. Pt {a} y/o, PT recommends SNF (AM-PAC [[14]]). "
        "Referrals sent {d}: Brookdale, Rosewood Care. Rosewood offered bed for {d2}. Insurance auth #{au} pending. "
        "Son prefers facility near his home in {town}. Son: {ph}.\n",
        n=c.N(form="l"),
        s=c.N(c.person("M"), "fl"),
        a=c.age_txt(),
        d=c.D(c.today, "num"),
        d2=c.D(c.ahead(1, 3), "short"),
        au=("ID", c.dig(9)),
        town=("ADDRESS", c.town),
        ph=("PHONE", c.phone()),
    )
    _sign(c, ", RN CM")


def t_id_osteo(c: Ctx) -> None:
    c.w(
        "INFECTIOUS DISEASES CONSULT\nRequested by Dr. {req} for left foot osteomyelitis.\n{n} ({m}) is a {a} yo with DM2 "
        "(A1c [[10.2]]). MRI {mri}: osteomyelitis of the 2nd metatarsal head. Bone bx {bx} grew MSSA.\n"
        "Rec: [[cefazolin 2 g IV q8h]] x [[6 weeks]] via PICC (placed {pc}), weekly CBC/BMP/ESR/CRP faxed to "
        "ID clinic {fx}. OPAT RN {opat} to coordinate.\n",
        req=c.N(c.person(), "l"),
        n=c.N(form="fl"),
        m=("ID", c.mrn()),
        a=c.age_txt(),
        mri=c.D(c.ago(3, 6), "num"),
        bx=c.D(c.ago(1, 2), "num"),
        pc=c.D(c.today, "dm"),
        fx=("PHONE", c.phone()),
        opat=c.N(c.person(), "fl"),
    )
    _sign(c)


def t_cl_psych(c: Ctx) -> None:
    he = _pr(c)[0]
    c.w(
        "C-L PSYCHIATRY CONSULT\nPt: {n}, CSN {csn}\nReason: passive SI after new cancer diagnosis.\nPt states {he} "
        '"can\'t go through chemo again". PHQ-9 [[19]], C-SSRS low-moderate. No plan or intent. Lives with partner {p} '
        "in {town}. Outpt therapist {th}.\nRec: [[mirtazapine 15 mg qhs]], 1:1 sitter not required, f/u in [[48 h]].\n",
        n=c.N(form="fml"),
        csn=("ID", c.dig(10)),
        he=he,
        p=c.N(c.person(), "f"),
        town=("ADDRESS", c.town),
        th=c.N(c.person(), "fl"),
    )
    _sign(c, ", MD (Psychiatry)")


# ---------------------------------------------------------------- UK
def _nhs(c: Ctx) -> str:
    return f"{c.dig(3)} {c.dig(3)} {c.dig(4)}"


def t_gp_gastro(c: Ctx) -> None:
    c.w(
        "{prac} Medical Practice, {st}, {town} {pc}\nTel {tel}  Fax {fax}\n{d}\n\nDear Dr {cons},\n"
        "Re: {t} {n}, DOB {dob}, NHS No {nhs}\n{addr}, {town2}\n\nThank you for seeing this {a} year old with "
        "[[3 months]] of altered bowel habit and IDA (Hb [[98]], ferritin [[9]]). FIT [[142]] on {fit}. "
        "On [[ferrous fumarate 322 mg]] BD. I will [[review 6/12]] unless you advise otherwise.\nYours sincerely,\nDr {gp}\n",
        prac=c.r.choice(["Heaton Moor", "Eastfield", "Oakwood"]),
        st=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        pc=("ZIP", c.zip),
        tel=("PHONE", c.phone()),
        fax=("PHONE", c.phone()),
        d=c.D(c.today, "long"),
        cons=c.N(c.person(), "l"),
        t="Mr" if c.pat["sex"] == "M" else "Mrs",
        n=c.N(form="fl"),
        dob=c.D(c.dob, "num"),
        nhs=("ID", _nhs(c)),
        addr=("ADDRESS", c.street()),
        town2=("ADDRESS", c.town),
        a=c.age_txt(),
        fit=c.D(c.ago(10, 30), "dm"),
        gp=c.N(c.person(), "fl"),
    )


def t_ae_fall(c: Ctx) -> None:
    c.w(
        "A&E CLERKING  {d}  Hosp no {h}\n{n} {a}{sx} from {town}, BIBA after mechanical fall at home.\n"
        "PC: L hip pain, unable to weight bear. HPC: tripped on rug 22:00, long lie ~[[4 h]]. No head injury.\n"
        "PMH: AF on [[edoxaban 30 mg]], OA. SH: lives in {town2} with husband {h2}, POC BD. Daughter {dau} ({mob} mob).\n"
        "O/E shortened externally rotated L leg. CK [[890]]. XR: NOF #. Plan: analgesia, ortho referral, Ward 12.\n",
        d=c.D(c.today, "dmy_dash"),
        h=("ID", f"RM{c.dig(6)}"),
        n=c.N(form="LF"),
        a=c.age_txt(),
        sx=c.pat["sex"],
        town=("ADDRESS", c.town),
        town2=("ADDRESS", c.town),
        h2=c.N(c.person("M"), "f"),
        dau=c.N(c.person("F"), "fl"),
        mob=("PHONE", c.phone()),
    )
    _sign(c, ", ST3")


def t_ward_round(c: Ctx) -> None:
    c.w(
        "wr cons {cons} / fy1 {fy}\n{n} bay 4 bed 2. day [[5]] post nstemi. angio in cath lab {d}: pci to lad x1. "
        "feels well. obs stable news [[1]]. hb [[121]] k [[4.2]]. plan: [[ticagrelor 90 mg bd]] + [[aspirin 75 mg]] [[12/12]], "
        "echo today, card rehab referral, ",
        cons=c.N(c.person(), "lowl"),
        fy=c.N(c.person(), "lowl"),
        n=c.N(form="low"),
        d=c.D(c.ago(2, 3), "short"),
    )
    c.b.c("TTO 7/7")
    c.w(" meds, clinic [[6/52]]. wife {w} updated.\n", w=c.N(c.person("F"), "low"))


def t_dc_letter_uk(c: Ctx) -> None:
    c.w(
        "DISCHARGE LETTER TO GP\nPatient: {n}  NHS: {nhs}  DOB: {dob}\nWard: AMU -> Elderly Care Ward 7\n"
        "Admitted {a1}, discharged {a2}.\nDiagnosis: urosepsis, delirium (resolved). 4AT [[0]] on discharge.\n"
        "Medication changes: STOPPED [[oxybutynin 5 mg]]; STARTED [[nitrofurantoin 50 mg]] prophylaxis.\n"
        "GP actions: U&E in [[1 week]]; ",
        n=c.N(form="Lfm"),
        nhs=("ID", _nhs(c)),
        dob=c.D(c.dob, "ordinal"),
        a1=c.D(c.ago(5, 10), "dmy_dash"),
        a2=c.D(c.today, "dmy_dash"),
    )
    c.b.c("clinic 3/12")
    c.w(
        " with Dr {cons}. Next of kin: {nok} (son), {addr}, {town} {pc}.\nCC: {gp}, The Surgery\n",
        cons=c.N(c.person(), "l"),
        nok=c.N(c.person("M"), "fml"),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        pc=("ZIP", c.zip),
        gp=c.N(c.person(), "il"),
    )


def t_matron(c: Ctx) -> None:
    c.w(
        "COMMUNITY MATRON VISIT {d}\n{n}, {a}, {addr}, {town}.\nHF + COPD. Wt [[78.4 kg]] (+[[2 kg]] since {d0}). "
        "Ankle oedema ++. Sats [[91%]]. Increased [[furosemide to 80 mg]] OD per HF nurse {hf}. "
        "Carer from Bluebird Care present. Key safe code held. Next visit Thursday. Tel {ph}.\n",
        d=c.D(c.today, "num"),
        n=c.N(form="fl"),
        a=c.age_txt(),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        d0=c.D(c.ago(6, 9), "dm"),
        hf=c.N(c.person(), "f"),
        ph=("PHONE", c.phone()),
    )
    _sign(c, ", Community Matron")


def t_mca(c: Ctx) -> None:
    c.w(
        "MENTAL CAPACITY ASSESSMENT (MCA 2005)\nPerson: {n}  Hosp No: {h}  Date: {d}\nDecision: discharge destination "
        "(return home vs 24h care).\nStage 1: impairment - Alzheimer's dementia (MoCA [[11/30]]). Stage 2: unable to "
        "retain or weigh information. Lacks capacity for this decision.\nConsulted: LPA for H&W {lpa} (niece), IMCA not required. "
        "Best interests meeting booked {bi}.\nAssessor: {as_}, Consultant Geriatrician\n",
        n=c.N(form="fml"),
        h=("ID", c.dig(7)),
        d=c.D(c.today, "long"),
        lpa=c.N(c.person("F"), "fl"),
        bi=c.D(c.ahead(3, 8), "ordinal"),
        as_=c.N(c.person(), "fl"),
    )


# ---------------------------------------------------------------- Canada
def t_neph_ca(c: Ctx) -> None:
    c.w(
        "NEPHROLOGY CONSULTATION\n{d}\nDr. {gp}\nFax: {fx}\nRe: {n}  DOB {dob}  OHIP {oh}\n"
        "Thank you for referring this {a}-year-old {mw} from {town}. eGFR [[24]] (from [[35]] in {y}), UACR [[88 mg/mmol]]. "
        "K [[5.3]]. Start [[dapagliflozin 10 mg]]; continue [[ramipril 5 mg]]. Renal ultrasound {us}. "
        "Return in [[3 months]]. Pt phone {ph}.\nSincerely, {neph}, MD FRCPC\n",
        d=c.D(c.today, "long"),
        gp=c.N(c.person(), "fl"),
        fx=("PHONE", c.phone()),
        n=c.N(form="LF"),
        dob=c.D(c.dob, "iso"),
        oh=("ID", f"{c.dig(4)}-{c.dig(3)}-{c.dig(3)}-{c.r.choice(['AB', 'KT', 'MX'])}"),
        a=c.age_txt(),
        mw="man" if c.pat["sex"] == "M" else "woman",
        town=("ADDRESS", c.town),
        y=str(c.today.year - 1),
        us=c.D(c.ahead(10, 30), "abbr"),
        ph=("PHONE", c.phone()),
        neph=c.N(c.person(), "fml"),
    )


def t_homecare_ca(c: Ctx) -> None:
    c.w(
        "HOME AND COMMUNITY CARE REFERRAL\nClient: {n}  Health card: {hc}  DOB: {dob}\nAddress: {st}, {town}, {reg} {zip}\n"
        "Phone: {ph}  Alt contact: {alt} {ph2}\nServices: PSW [[2x/day]], nursing for [[enoxaparin 40 mg SC]] daily x "
        "[[28 days]] post TKA ({op}). Start date {sd}. Referring: {ref}, Discharge Planner, 6 North.\n",
        n=c.N(form="fl"),
        hc=("ID", f"{c.dig(4)} {c.dig(3)} {c.dig(3)}"),
        dob=c.D(c.dob, "num"),
        st=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        reg=c.region,
        zip=("ZIP", c.zip),
        ph=("PHONE", c.phone()),
        alt=c.N(c.person(), "fl"),
        ph2=("PHONE", c.phone()),
        op=c.D(c.ago(2, 4), "dm"),
        sd=c.D(c.ahead(0, 2), "iso"),
        ref=c.N(c.person(), "fl"),
    )


# ---------------------------------------------------------------- Australia / NZ / IE / ZA / SG / IN
def t_racf_fall(c: Ctx) -> None:
    c.w(
        "POST-FALL REVIEW - {fac} Aged Care, {town}\nResident: {n}  URN {urn}  Age {a}\nUnwitnessed fall {d} ~05:40 "
        "found by PCA {pca}. Neuro obs [[15/15]] x [[4 h]]. Skin tear L forearm [[3 cm]]. On [[warfarin]] (INR [[2.6]]). "
        "Lying/standing BP [[134/78]] / [[112/70]]. Medicare {mc}. NOK {nok} notified on {ph}.\n",
        fac=c.r.choice(["Banksia Grove", "Wattle Hill", "St Jude's"]),
        town=("ADDRESS", c.town),
        n=c.N(form="fl"),
        urn=("ID", c.dig(7)),
        a=c.age_txt(),
        d=c.D(c.ago(0, 1), "num"),
        pca=c.N(c.person(), "f"),
        mc=("ID", f"{c.dig(4)} {c.dig(5)} {c.dig(1)}"),
        nok=c.N(c.person(), "fl"),
        ph=("PHONE", c.phone()),
    )
    _sign(c, ", RN")


def t_dc_au(c: Ctx) -> None:
    c.w(
        "DISCHARGE SUMMARY - {hosp}\n{n}  UR: {ur}  Medicare: {mc}\n{addr}, {town} {reg} {pc}\n"
        "Admission: {a1}  Discharge: {a2}  Unit: General Medicine\nPresenting problem: CAP (CURB-65 [[2]]). "
        "[[Benzylpenicillin 1.2 g IV]] -> [[amoxicillin 1 g tds]]. \nGP: Dr {gp}, {clinic} Medical Centre, ph {gph}\n"
        "Follow-up: GP [[1 week]]; CXR [[6 weeks]].\n",
        hosp=c.r.choice(["Frankston Hospital", "Westmead Hospital", "Toowoomba Hospital"]),
        n=c.N(form="LF"),
        ur=("ID", c.dig(7)),
        mc=("ID", f"{c.dig(4)} {c.dig(5)} {c.dig(1)}/{c.dig(1)}"),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        reg=c.region,
        pc=("ZIP", c.zip),
        a1=c.D(c.ago(4, 8), "num"),
        a2=c.D(c.today, "num"),
        gp=c.N(c.person(), "fl"),
        clinic=c.r.choice(["Bayside", "Northgate"]),
        gph=("PHONE", c.phone()),
    )
    _sign(c, ", HMO")


def t_ortho_nz(c: Ctx) -> None:
    c.w(
        "eReferral - Orthopaedics\nPatient: {n}   NHI: {nhi}   DOB {dob}\nAddress: {addr}, {town} {pc}   Mobile {mob}\n"
        "Kia ora, referring {f} with R knee OA, Oxford knee score [[17/48]], failed [[paracetamol 1 g qid]] and "
        "physio x [[12 weeks]]. BMI [[33]]. Whanau support from son {son}. Please assess for TKJR.\nNgā mihi, Dr {gp}\n",
        n=c.N(form="fl"),
        nhi=("ID", f"{''.join(c.r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}{c.dig(4)}"),
        dob=c.D(c.dob, "num"),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        pc=("ZIP", c.zip),
        mob=("PHONE", c.phone()),
        f=c.N(form="f"),
        son=c.N(c.person("M"), "fl"),
        gp=c.N(c.person(), "l"),
    )


def t_opd_ie(c: Ctx) -> None:
    c.w(
        "Outpatients Department, University Hospital\n{d}\nDr {gp}\n{gaddr}\n{gtown}, {gco}\n\nRe: {n}, {addr}, "
        "{town}, {co}, {eir}. MRN {m}\n\nI reviewed {f} in the respiratory clinic today. FEV1 [[1.42 L]] ([[52%]]). "
        "Continue [[Trimbow 2 puffs bd]]. Pulmonary rehab referral. I will see again in [[4 months]].\n"
        "Yours sincerely,\n{cons}, Consultant Respiratory Physician\n",
        d=c.D(c.today, "ordinal"),
        gp=c.N(c.person(), "fl"),
        gaddr=("ADDRESS", c.street()),
        gtown=("ADDRESS", c.town),
        gco=c.region,
        n=c.N(form="fl"),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        co=c.region,
        eir=("ZIP", c.zip),
        m=("ID", c.dig(7)),
        f=c.N(form="f"),
        cons=c.N(c.person(), "fl"),
    )


def t_adm_za(c: Ctx) -> None:
    c.w(
        "MEDICAL ADMISSION - Ward C4\nName: {n}  Folder no: {fo}  ID: {sid}\nAddress: {addr}, {town} {pc}\n"
        "HPI: {a}-year-old from {town2}, [[2/52]] cough, night sweats, wt loss [[6 kg]]. HIV+ on TLD since {y}, "
        "VL [[<50]] ({vl}). GeneXpert MTB detected, RIF resistance not detected. Start [[RHZE 4 tabs]] daily. "
        "Sister {sis} contactable on {ph}.\n",
        n=c.N(form="LF"),
        fo=("ID", c.dig(8)),
        sid=("ID", c.dig(13)),
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        pc=("ZIP", c.zip),
        a=c.age_txt(),
        town2=("ADDRESS", c.town),
        y=str(c.today.year - 4),
        vl=c.D(c.ago(60, 200), "my"),
        sis=c.N(c.person("F"), "fl"),
        ph=("PHONE", c.phone()),
    )
    _sign(c, ", MO")


def t_poly_sg(c: Ctx) -> None:
    c.w(
        "POLYCLINIC REFERRAL MEMO\nTo: SGH Cardiology SOC\nPatient: {n}  NRIC: {nric}  Age: {a}\nAddress: {addr} "
        "Singapore {pc}\nHP: {ph}\nDear colleague, kindly see this patient with exertional chest tightness [[3/12]], "
        "ETT positive on {d}. On [[aspirin 100 mg]], [[atorvastatin 40 mg]]. LDL [[3.4 mmol/L]]. "
        "Daughter-in-law {dil} accompanies. Thank you.\nDr {doc}\n",
        n=c.N(form="fl"),
        nric=("ID", f"{c.r.choice('STFG')}{c.dig(7)}{c.r.choice('ABCDHJZ')}"),
        a=c.age_txt(),
        addr=("ADDRESS", c.street()),
        pc=("ZIP", c.zip),
        ph=("PHONE", c.phone()),
        d=c.D(c.ago(3, 14), "num"),
        dil=c.N(c.person("F"), "fl"),
        doc=c.N(c.person(), "fl"),
    )


def t_dc_in(c: Ctx) -> None:
    c.w(
        "DISCHARGE SUMMARY\nUHID: {uhid}  IP No: {ip}  Aadhaar: {aad}\nName: {n}  Age/Sex: {a}/{s}\nAddress: {addr}, {town}, "
        "{reg} - {pin}\nDOA: {d1}  DOD: {d2}\nDiagnosis: Dengue fever with warning signs. Platelets nadir [[18,000]] on {d3}. "
        "IV fluids, [[paracetamol 650 mg]] SOS. Review in OPD after [[5 days]] with CBC. Attendant: {att} ({rel}), mob {mob}.\n",
        uhid=("ID", f"UH{c.dig(9)}"),
        ip=("ID", f"IP/{c.today.year}/{c.dig(5)}"),
        aad=("ID", f"{c.dig(4)} {c.dig(4)} {c.dig(4)}"),
        n=c.N(form="fl"),
        a=c.age_txt(),
        s=c.pat["sex"],
        addr=("ADDRESS", c.street()),
        town=("ADDRESS", c.town),
        reg=c.region,
        pin=("ZIP", c.zip),
        d1=c.D(c.ago(5, 7), "num"),
        d2=c.D(c.today, "num"),
        d3=c.D(c.ago(3, 4), "dm"),
        att=c.N(c.person("F" if c.pat["sex"] == "M" else "M"), "fl"),
        rel="wife" if c.pat["sex"] == "M" else "husband",
        mob=("PHONE", c.phone()),
    )
    _sign(c, ", MD (Medicine)")


# ---------------------------------------------------------------- mixed countries
def t_mdt_ugi(c: Ctx) -> None:
    c.w(
        "UPPER GI MDT OUTCOMES - {d}\nChair: {ch}   Coordinator: {co} ({ph})\n",
        d=c.D(c.today, "long"),
        ch=c.N(c.person(), "fl"),
        co=c.N(c.person(), "fl"),
        ph=("PHONE", c.phone(ext=True)),
    )
    for i in range(c.r.randint(2, 4)):
        p = c.pat if i == 0 else c.person()
        c.w(
            "{i}. {n}  {idl} {m}  DOB {dob}\n   OG junction adenoCA, [[cT3 N1 M0]]. Outcome: neoadjuvant [[FLOT x4]] "
            "then surgery. CNS {cns} to inform pt.\n",
            i=str(i + 1),
            n=c.N(p, "LF"),
            idl=c.r.choice(["MRN", "Hosp no", "UR"]),
            m=("ID", c.mrn()),
            dob=c.D(c.dob - timedelta(days=c.r.randrange(4000)), "num"),
            cns=c.N(c.person(), "f"),
        )


def t_acp(c: Ctx) -> None:
    nick = c.r.choice(["Bud", "Peggy", "Sonny", "Bunny", "Chip", "Dot"])
    c.w(
        'ADVANCE CARE PLANNING CONVERSATION {d}\nPresent: patient {n} (goes by "{nk}"), {rel} {sp}, '
        "daughter {da} by video, Dr {doc}.\nPt {a} y/o with metastatic pancreatic CA, ECOG [[3]]. Wishes: no CPR, no ICU, "
        "focus on comfort at home. POLST completed and scanned: {url}\nHospice referral to Compassus ({ph}). "
        "SSN last 4 on POLST: ",
        d=c.D(c.today, "num"),
        n=c.N(form="fml"),
        nk=("NAME", nick),
        rel="wife" if c.pat["sex"] == "M" else "husband",
        sp=c.N(c.person("F" if c.pat["sex"] == "M" else "M"), "fl"),
        da=c.N(c.person("F"), "f"),
        doc=c.N(c.person(), "l"),
        a=c.age_txt(),
        url=(
            "URL",
            f"https://ehr.{c.r.choice(['mercyhealth', 'stlukes', 'northside'])}.org/docs/acp/{c.dig(8)}",
        ),
        ph=("PHONE", c.phone()),
    )
    c.b.p("SSN", c.dig(4))
    c.w("\nTime spent [[45 min]].\n")


def t_crit_lab(c: Ctx) -> None:
    c.w(
        "CRITICAL RESULT CALL LOG\n{dt}  Lab: Chemistry  Specimen {sp}\nPatient: {n}  MRN {m}  Loc: ICU bed 6\n"
        "Result: Na [[118 mmol/L]] (prev [[126]] on {prev}). Called to {rn}, RN at 03:12, read-back confirmed. "
        "Notified Dr {doc} via {em}.\nCalled by: {lab}, MLS\n",
        dt=c.D(c.today, "isot"),
        sp=("ID", f"{c.r.choice(['C', 'S'])}{c.dig(2)}-{c.dig(6)}"),
        n=c.N(form="LF"),
        m=("ID", c.mrn()),
        prev=c.D(c.ago(1, 1), "short"),
        rn=c.N(c.person(), "fl"),
        doc=c.N(c.person(), "l"),
        em=(
            "EMAIL",
            f"{c.person()['first'].lower()}.{c.person()['last'].lower().replace(' ', '')}@{c.r.choice(['nhs.net', 'health.nsw.gov.au', 'mercy.org'])}",
        ),
        lab=c.N(c.person(), "fl"),
    )


def t_rad_addendum(c: Ctx) -> None:
    c.w(
        "ADDENDUM to MRI lumbar spine, acc {acc}\nPatient {n}, DOB {dob}. Original report {orig} by Dr {r1}.\n"
        "On re-review, there is also a [[1.8 cm]] T2 hyperintense lesion in the right kidney, likely Bosniak [[II]] cyst. "
        "Recommend renal ultrasound. Discussed with referrer {ref} on {d} at 11:05.\nAddendum: {r2}, FRCR\n",
        acc=("ID", c.dig(10)),
        n=c.N(form="fl"),
        dob=c.D(c.dob, "abbr"),
        orig=c.D(c.ago(1, 4), "num"),
        r1=c.N(c.person(), "l"),
        ref=c.N(c.person(), "fl"),
        d=c.D(c.today, "num"),
        r2=c.N(c.person(), "fml"),
    )


def t_incident(c: Ctx) -> None:
    c.w(
        "INCIDENT REPORT #{inc}\nReported {dt} by {rep} (Charge Nurse, Ward 9)\nType: medication error - near miss.\n"
        "{n} ({m}) was nearly given [[enoxaparin 80 mg]] prescribed for another patient in the same bay (bed 3). "
        "Identified at bedside scan. No harm. Wristband reprinted at workstation {ip}. Manager {mgr} informed.\n",
        inc=("ID", f"IR-{c.today.year}-{c.dig(5)}"),
        dt=c.D(c.today, "isot"),
        rep=c.N(c.person(), "fl"),
        n=c.N(form="fl"),
        m=("ID", c.mrn()),
        ip=("IP", f"10.{c.r.randint(0, 255)}.{c.r.randint(0, 255)}.{c.r.randint(1, 254)}"),
        mgr=c.N(c.person(), "il"),
    )


def t_transfusion(c: Ctx) -> None:
    c.w(
        "BLOOD TRANSFUSION RECORD\n{n}  DOB {dob}  ID {m}\nIndication: Hb [[68 g/L]], symptomatic. Consent {d}.\n"
        "Unit {u1}  O NEG  started 14:20, completed 16:05. Pre obs T [[36.9]] BP [[108/64]]; 15 min obs stable.\n"
        "Checked by {c1} and {c2}. Post Hb [[84]] on {d2}.\n",
        n=c.N(form="LF"),
        dob=c.D(c.dob, "num"),
        m=("ID", c.mrn()),
        d=c.D(c.today, "dm"),
        u1=("ID", f"G{c.dig(4)} {c.dig(2)} {c.dig(6)}"),
        c1=c.N(c.person(), "fl"),
        c2=c.N(c.person(), "ini"),
        d2=c.D(c.ahead(1, 1), "short"),
    )


def t_skin_path(c: Ctx) -> None:
    c.w(
        "HISTOPATHOLOGY REPORT\nLab no: {lab}   Received: {rec}\nPatient: {n}   Hosp no: {m}   Clinician: Dr {cl}\n"
        "Specimen: ellipse L cheek [[14 x 7 x 4 mm]].\nMicro: nodular BCC, clear margins (closest [[1.2 mm]] peripheral). "
        "No PNI.\nReported by {pa}, {rep}\n",
        lab=("ID", f"H{c.today.year % 100}-{c.dig(5)}"),
        rec=c.D(c.ago(3, 8), "dmy_dash"),
        n=c.N(form="fl"),
        m=("ID", c.mrn()),
        cl=c.N(c.person(), "l"),
        pa=c.N(c.person(), "fl"),
        rep=c.D(c.today, "dmy_dash"),
    )


def t_pacer(c: Ctx) -> None:
    c.w(
        "DEVICE CLINIC - PACEMAKER CHECK {d}\n{n}, {age}yo. Device: Medtronic Azure XT DR, serial {sn}; "
        "implanted {imp} by Dr {imp_dr}.\nBattery [[9.5 years]]. RA threshold [[0.75 V @ 0.4 ms]], RV [[1.0 V]]. "
        "AP [[12%]], VP [[<1%]]. AHRE [[3]] episodes, longest [[6 min]]. Remote monitoring via CareLink. Next check "
        "[[6 months]]. Contact {ph}.\n",
        d=c.D(c.today, "num"),
        n=c.N(form="fl"),
        age=("C", str(c.r.randint(55, 88))),
        sn=("ID", f"RNB{c.dig(6)}S"),
        imp=c.D(c.ago(400, 1500), "my"),
        imp_dr=c.N(c.person(), "l"),
        ph=("PHONE", c.phone()),
    )


TEMPLATES: list[tuple[str, Callable[[Ctx], None]]] = [
    ("US", t_ed_syncope), ("US", t_hosp_copd), ("US", t_prog_hyperk), ("US", t_dc_sepsis),
    ("US", t_nurse_quick), ("US", t_tel_result), ("US", t_portal_bp), ("US", t_hh_referral),
    ("US", t_ctpa), ("US", t_lp), ("US", t_ld_triage), ("US", t_wcc6), ("US", t_cm_snf),
    ("US", t_id_osteo), ("US", t_cl_psych),
    ("UK", t_gp_gastro), ("UK", t_ae_fall), ("UK", t_ward_round), ("UK", t_dc_letter_uk),
    ("UK", t_matron), ("UK", t_mca),
    ("CA", t_neph_ca), ("CA", t_homecare_ca), ("AU", t_racf_fall), ("AU", t_dc_au),
    ("NZ", t_ortho_nz), ("IE", t_opd_ie), ("ZA", t_adm_za), ("SG", t_poly_sg), ("IN", t_dc_in),
    ("UK", t_mdt_ugi), ("US", t_acp), ("AU", t_crit_lab), ("UK", t_rad_addendum), ("CA", t_incident),
    ("SG", t_transfusion), ("IE", t_skin_path), ("NZ", t_pacer),
]  # fmt: skip

# share of patients aged >= 90 per template (the rest are 19-89)
_OLD: dict[str, float] = {
    "t_ed_syncope": 0.2,
    "t_hosp_copd": 0.15,
    "t_hh_referral": 0.45,
    "t_cm_snf": 0.4,
    "t_id_osteo": 0.05,
    "t_gp_gastro": 0.1,
    "t_ae_fall": 0.35,
    "t_matron": 0.4,
    "t_neph_ca": 0.1,
    "t_racf_fall": 0.6,
    "t_adm_za": 0.0,
    "t_poly_sg": 0.2,
    "t_dc_in": 0.05,
    "t_acp": 0.3,
}


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, cycling ``TEMPLATES`` in order; deterministic for a given ``n``."""
    notes: list[Note] = []
    for i in range(n):
        country, tpl = TEMPLATES[i % len(TEMPLATES)]
        c = Ctx(random.Random(SEED * 1000 + i), country, _OLD.get(tpl.__name__, 0.2))
        tpl(c)
        notes.append(c.b.build(c.patient()))
    return notes
