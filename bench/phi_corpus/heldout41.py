"""HELD-OUT v41 PHI corpus: written independently, before any round-41 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout38 / heldout39 / heldout40 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v40 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; unlike v39 / v40 (community care,
letters, forms) it is modelled mostly on the note kinds of a large US academic medical centre's
inpatient EHR (the kinds found in MIMIC-style and n2c2-style de-identification corpora, written
fresh here), with a smaller set of hospital notes from other English-speaking countries.
Templates, cycled in order (see ``TEMPLATES``): cardiac-surgery CABG discharge summaries
("Name: LAST, First / Unit No", admission / discharge / procedure dates, Brief Hospital Course
by problem with "Ms. Last was ...", spouse at home address, outpatient cardiologist's phone,
PCP fax, incision-care URL, completer initials), admission H&Ps for alcoholic pancreatitis
(CSN, resident's numeric pager, prior admissions as "06/2022", family history with a mother
"alive at" >= 90 sometimes and her nursing-home town, brother, partner with phone, employer,
lower-case resident initials), MICU progress notes by system (HD / ICU day, culture dates, HCP
son or daughter with phone, PGY-2, fellow and attending surnames), cardiac-cath reports
(account and case numbers, referring fax, attending and fellow, relative in the waiting room),
transthoracic echo reports (study number, sonographer initials, echo-machine IP, comparison
with an outside study, "MD, FASE"), ECG interpretations (ISO acquisition date-time with
seconds, cart serial and IP, "Mar 1, 1931" DOB, "NOV 30 2023" comparison, "Confirmed by LAST,
FIRST (12345)"), MRI-brain stroke reports (accession, "16-Jul-2024", workstation IP, outside
comparison, stroke fellow's pager, PACS viewer URL), portable chest X-rays (clip number,
"7/4/25" comparisons, modality IP, "First L., RN", radiologist in capitals), hip
hemiarthroplasty operative reports (patients often >= 90, home town, HCP niece / grandson /
child, implant serial, PA-C and surgeon initials), anaesthesia-to-PACU handoffs ("67F", relative
in the surgical waiting room with cell, CRNA "x12345" extension), utilisation-review / case-
management notes (payer member ID, subscriber "SSN (last 4)", 1-800 UM fax, payer nurse with
"ext", auth number, reviewer e-mail, address with ZIP, payer-portal URL), physical-therapy
daily notes (spouse's first name in the patient's quoted words, Tinetti), modified barium
swallow studies (IDDSI, PAS, video URL, lower-case SLP initials), WOC-nurse ostomy-teaching
visits (supplier 1-877 line and order reference, ship-to address, enrolment URL, "x" extension),
respiratory-therapy ventilator checks (ventilator serial and network IP, ABG), nutrition
consults (ASPEN malnutrition, weight history by date, patients sometimes >= 90), psychiatry
capacity consults (sister in the patient's quoted words and as collateral, prior admissions as
"February 2022" and "07/10/2024", outpatient psychiatrist's fax, "May 30th", "June 5th, 2025"),
code-blue notes (roommate's surname, relative called), MICU-to-floor transfer notes (accepting
resident's "p12345" pager, employer), outside-records reviews (outside MRN, HIM phone and
e-mail, full SSN, outside dates in "6/10/22" form, outside face-sheet address, emergency
contact), attending attestations with addendum ("Dr. K"-style initial-only reference, medical
student, child at the bedside), ED triage notes (FIN, full SSN at registration, companion,
workplace), social-work assessments (shelter and prior addresses in two towns, "SSN ending",
Medicaid ID, probation officer, sister's town, social worker's e-mail), stroke-code notes (ISO
LKW date-time, TNK dosing, neuro-IR surname, pager), delivery notes (infant's name and MRN,
father of baby, EDD), paediatric bronchiolitis H&Ps (mother, father's first name, sibling,
interpreter number, PCP fax, mother's e-mail, handout URL), ID / OPAT plans (PICC, stop date,
OPAT fax, home-infusion intake line, OPAT mailbox e-mail, delivery address), geriatrics
delirium consults (patients and spouses >= 90, daughter HCP), death notes (patients often
>= 90, OCME and organ-procurement references, residence and full SSN for the certificate),
anticoagulation-clinic telephone encounters (INR log by date, "last 4 SSN", MyChart message
URL), bone-marrow biopsy procedure notes (specimen numbers), and core-lab critical-value
notifications (accession, analyser IP, lower-case MLS initials, lab extension) (US);
orthogeriatric hip-fracture reviews (hospital and NHS numbers, NHFS, AMTS, 4AT, son's 07xxx
mobile, FY1 bleep, patients often >= 90) and lung-cancer MDT outcomes (2WW pathway dates, CNS
key worker's phone and nhs.net e-mail, "07-Dec-1938", lower-case data-entry initials)
(England); hospitalist admissions (PHN, "2-8387 No. 3 Rd" unit addresses, V5-V6 postal codes,
604 / 250 phones, FP fax, ISO dates) (British Columbia) and air-ambulance critical-care
transport records (HSN, "Box 370" rural addresses, S0L postal codes, 306 phones, "2024-Jul-07")
(Saskatchewan) (Canada); general-medicine discharge summaries (URN, Medicare with IRN,
"2/46 Kingston Rd" addresses, Brisbane suburbs, 04xx and (07) phones) (Queensland) and CT
pulmonary angiogram reports (UMRN, accession, reporting IP, InteleViewer URL, "11 Mar 2024")
(Western Australia) (Australia); fracture-clinic letters to the GP (NHI, Maori names, Waikato
suburbs and postcodes, 02x mobiles, "20.6.25" dates, hand-therapy e-mail, "ey/rj" typist
initials) (New Zealand); ED discharge letters to the GP (Dublin districts and Eircodes, 08x
mobiles, "26th February 2025", spouse's first name, MCRN number) (Ireland); dengue discharge
summaries (NRIC with a valid check letter, "Blk 323 Ang Mo Kio Ave 3 #08-1448 S(560323)",
"RAVI S/O RAMAN" / "... BINTE ..." names, +65 phones, HealthHub URL) (Singapore); and thyroid
ultrasound reports (HKID with a valid check digit, "Flat C, 34/F, Block 5, Wah Fu Estate, Pok
Fu Lam" addresses, "CHAN, Peter Tai Man" and "KWAN Ka Ho" names, 8-digit phones, PACS IP)
(Hong Kong). Most notes end with a signature line.

Names: Faker en_US / en_GB / en_CA / en_AU / en_NZ / en_IE plus curated Hispanic (accents,
two-part "Vazquez Ortiz", "De la Cruz"), Vietnamese, Chinese, Korean (hyphenated given names),
Indian, Nigerian (hyphenated "Oyelaran-Smith"), Haitian ("Jean-Baptiste", "St. Fleur"),
Arabic ("Al-Sayed", "Abu-Saleh") and Eastern European names (staff are drawn from all of
them), Maori, Singaporean Chinese / Malay / Indian and Hong Kong Cantonese names, in many forms
("First Last", "LAST, First", "LAST, FIRST", "First L.", "SURNAME Given", "LAST, English Given",
"GIVEN S/O FATHER", surname alone after a title, first name alone, nicknames in quotes
("Bud", "Dottie"), in quoted speech, a lower-case first name ("brenda, RN"), staff
initials in upper and lower case, a single-letter "Dr. K" initial, relatives', companions',
probation officers', reviewers', roommates' and infants' names); first names are distinct
within a note.

Conventions (same as heldout40): titles and credentials ("Dr", "Dr.", "DR.", "Mr", "Mr.",
"Mrs", "Ms", "Ms.", ", MD", ", RN", ", PA-C", ", NP", ", CRNA", ", PT, DPT", ", MS, CCC-SLP",
", BSN, RN, CWOCN", ", RRT", ", MS, RD, LDN", ", LICSW", ", PharmD, CACP", ", RN, CCM",
", MD, FASE", ", MD, FRCPC", ", CCP", " FY1", ", FRANZCR", ", FHKCR", ", MO", "(MLS)") are
outside NAME spans; "LAST, First" (and "LAST, FIRST", "SURNAME Given", "LAST, English Given
Names") is one NAME span, as is "RAVI S/O RAMAN" / "NURUL HUDA BINTE ISMAIL" ("S/O", "D/O",
"BIN", "BINTE" inside); a possessive "'s" is outside; staff initials are NAME. A street line
(with its apartment / unit / "#" / flat / floor / block part, a "Blk ... #08-1448" HDB line, or
a rural "Box 370") and a city / town / suburb / district / estate ("Toowong", "Crumlin",
"Wah Fu Estate", "Pok Fu Lam", "Dublin", "Hamilton") are ADDRESS; a state / province /
region / country ("GA", "BC", "SK", "QLD", "Waikato", "England", "South Africa") is not PHI;
ZIP codes, UK postcodes, Canadian postal codes, Australian / NZ postcodes, Eircodes and
Singapore postal codes (the digits inside "S(...)") are ZIP. DATE: anything more specific than
a year, in 25 formats ("03/14/2024", "3/14/2024", "3/14/24", "3/14", "03-14-2024",
"2024-03-14", "March 14, 2024", "Mar 14, 2024", "Nov. 4", "Jan. 30, 2024", "14 Mar 2024",
"14 March 2024", "14/03/2024", "14/3/2024", "14-Mar-2024", "2024-Jul-07", "March 14th",
"March 14th, 2024", "14th March 2024", "March 2022", "06/2022", "14 Mar", "Mar 14",
"MAR 14 2024", "14.3.24") plus ISO date-times ("2025-08-05T18:40", "2024-08-18T11:14:52");
weekdays ("Monday") stay outside; a date followed by a separate time ("07:40", "2310",
"5:42 AM", "4:29:00 PM") labels only the date; an ISO date-time is one span. Follow-up
shorthand ("1/52", "2/52", "6/52") is a duration (clinical), as are scores ("Tinetti 18/28",
"MoCA 19/30", "AMTS 8/10", pain "4/10", Apgars "8/9"), day counts ("day 8/14") and ratios.
PHONE includes fax, pagers (number only: "pager #2231", "p12345", "pager 11858"), bleeps,
extensions ("ext 2642", "x60170", "ext 67130", "Lab ext 41998") and 1-800 lines; labels like
"cell", "Mob", "HP", "Tel", "Ph", "fax", "pager", "bleep", "ext", "x" are outside. SSN: full
numbers and the digits of a "last 4" SSN. ID: MRN / Unit No / MR# / CSN / FIN / account /
hospital / URN / UMRN / Hosp No / NHS / PHN / HSN / Medicare / NHI / NRIC / HKID numbers, payer
member IDs and authorisation numbers, Medicaid IDs, study / clip / accession / exam / case /
trip / specimen / report numbers, OCME and organ-donor referral numbers, supplier order
references, interpreter numbers, the ECG confirmer's number, an MCRN number, and cart,
ventilator and implant serials. AGE: ages >= 90 only, number part only, also relatives' ages.
Ages < 90, vitals, labs, doses, drug and brand names (Levophed, Omnipaque, Gadavist, Xience
Skypoint, Ensure Plus, Boost Plus, Jardiance, Lasix, Lokelma, Ryzodeg, Calcichew D3 Forte,
Bactrim DS, Narcan), device names (Hamilton C6, MAC 5500 HD, Hollister New Image, Exeter V40,
Coaguchek, Atellica CH), scores, times of day, durations, years alone, ward / unit / bed / room
names ("7 Feldberg, rm 704", "4 Reisman 412", "MICU 6 bed 7", "9 West rm 935-A", "Ward 5",
"Ward 9D Bed 10", "Pod B rm 5", "Yawkey 9"), eponyms and capitalised clinical words ("Simpson",
"Garden IV", "Mallampati", "Hartmann's", "Forrest IIb", "Cullen", "Grey Turner", "Fazekas",
"Chiari", "Kerley B", "Appelbaum", "Wells", "Beers", "InterQual", "San Francisco Syncope Rule",
"Manchester", "Joslin", "Mass") and facility / practice / employer / pharmacy / insurer /
shelter / supplier / funeral-home names (including those that contain a town, such as
"Rosetown Union Hospital") are unlabelled; clinical values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

Part = str | tuple[str, str]


def N(s: str) -> tuple[str, str]:
    return ("NAME", s)


def PH(s: str) -> tuple[str, str]:
    return ("PHONE", s)


def EM(s: str) -> tuple[str, str]:
    return ("EMAIL", s)


def SS(s: str) -> tuple[str, str]:
    return ("SSN", s)


def ID(s: str) -> tuple[str, str]:
    return ("ID", s)


def AD(s: str) -> tuple[str, str]:
    return ("ADDRESS", s)


def ZP(s: str) -> tuple[str, str]:
    return ("ZIP", s)


def UR(s: str) -> tuple[str, str]:
    return ("URL", s)


def IPA(s: str) -> tuple[str, str]:
    return ("IP", s)


def C(s: str) -> tuple[str, str]:
    return ("C", s)


_CLIN = re.compile(r"\[\[(.+?)\]\]", re.DOTALL)  # [[...]] inside plain text marks a clinical value

_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
_AP = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
       "Dec."]
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _slug(s: str) -> str:
    """Lower-case ASCII letters / digits / hyphens only, as in an e-mail address."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", s.lower())


def _hm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: date, s: str) -> str:
    """One date in one of the corpus's formats."""
    m, dd, y, mon = d.month, d.day, d.year, _MON[d.month - 1]
    return {
        "us": f"{m:02d}/{dd:02d}/{y}", "us1": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
        "md": f"{m}/{dd}", "usd": f"{m:02d}-{dd:02d}-{y}", "iso": d.isoformat(),
        "long": f"{mon} {dd}, {y}", "abbr": f"{mon[:3]} {dd}, {y}", "ap": f"{_AP[m - 1]} {dd}",
        "dmy": f"{dd} {mon[:3]} {y}", "dmyl": f"{dd} {mon} {y}", "uk": f"{dd:02d}/{m:02d}/{y}",
        "uk1": f"{dd}/{m}/{y}", "dmon": f"{dd:02d}-{mon[:3]}-{y}", "ord": f"{mon} {_ord(dd)}",
        "ordy": f"{mon} {_ord(dd)}, {y}", "dord": f"{_ord(dd)} {mon} {y}", "my": f"{mon} {y}",
        "mmy": f"{m:02d}/{y}", "dm": f"{dd} {mon[:3]}", "dot": f"{dd}.{m}.{y % 100:02d}",
        "monup": f"{mon[:3].upper()} {dd} {y}", "mabbr": f"{mon[:3]} {dd}",
    }[s]


def _put(b: NoteBuilder, parts: tuple[Part, ...]) -> None:
    """Plain strings (runs of them joined, so a [[...]] may span several) and typed spans."""
    buf: list[str] = []

    def flush() -> None:
        for k, piece in enumerate(_CLIN.split("".join(buf))):
            if piece:
                (b.c if k % 2 else b.t)(piece)
        buf.clear()

    for x in parts:
        if isinstance(x, str):
            buf.append(x)
            continue
        flush()
        if x[0] == "C":
            b.c(x[1])
        else:
            b.p(x[0], x[1])
    flush()


# ---------------------------------------------------------------- names
_POOLS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "hisp": (["José", "Luis", "Carlos", "Jorge", "Miguel", "Rafael", "Héctor", "Juan Carlos"],
             ["María", "Guadalupe", "Rosa", "Ana Lucía", "Carmen", "Yesenia", "Marisol"],
             ["Hernández", "García Morales", "Rodriguez", "López", "Martinez", "De la Cruz",
              "Ramírez", "Santiago", "Vázquez Ortiz", "Delgado", "Quiñones"]),
    "viet": (["Minh", "Tuan", "Quoc Bao", "Duc", "Hung", "Long", "Khanh"],
             ["Thi Lan", "Huong", "Ngoc Anh", "Mai", "Thuy", "Phuong", "Hanh"],
             ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Truong"]),
    "chin": (["Wei", "Jian", "Xiaoming", "Zhiwei", "Hao", "Jun", "Guo"],
             ["Mei-Ling", "Li Na", "Xiu Ying", "Yan", "Hui", "Qing", "Fang"],
             ["Chen", "Wang", "Liu", "Zhang", "Huang", "Lin", "Zhou", "Wu", "Xu"]),
    "kor": (["Min-jun", "Ji-hoon", "Sung-ho", "Dong-hyun", "Jae-won", "Young-soo"],
            ["Seo-yeon", "Eun-ji", "Young-hee", "Hye-jin", "Soo-ah", "Mi-kyung"],
            ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Han", "Shin"]),
    "ind": (["Rajesh", "Anand", "Venkat", "Arjun", "Sanjay", "Harpreet", "Mohan"],
            ["Priya", "Sunita", "Lakshmi", "Anjali", "Deepa", "Kavita", "Meenakshi"],
            ["Patel", "Shah", "Reddy", "Iyer", "Nair", "Gupta", "Chatterjee", "Venkataraman",
             "Sandhu"]),
    "nig": (["Chinedu", "Emeka", "Oluwaseun", "Babatunde", "Ifeanyi", "Tunde"],
            ["Ngozi", "Adaeze", "Funmilayo", "Chiamaka", "Yetunde", "Bisi"],
            ["Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Adebayo", "Nwosu", "Ogunleye",
             "Oyelaran-Smith"]),
    "hait": (["Jean-Claude", "Wilner", "Fritznel", "Jean-Robert", "Frantz", "Yves"],
             ["Marie-Ange", "Roselaure", "Guerda", "Nadège", "Mirlande", "Fabienne"],
             ["Jean-Baptiste", "Pierre", "Joseph", "Louis-Jeune", "Desir", "Toussaint",
              "Celestin", "St. Fleur", "Dorvil"]),
    "arab": (["Omar", "Khalid", "Youssef", "Tariq", "Ahmad", "Samir"],
             ["Fatima", "Layla", "Mariam", "Rania", "Huda", "Noor"],
             ["Haddad", "Al-Sayed", "Abdullah", "Khoury", "Mansour", "El-Amin", "Hassan",
              "Nasser", "Abu-Saleh"]),
    "eeur": (["Andrzej", "Dmitri", "Bogdan", "Vasyl", "Tomasz", "Miroslav"],
             ["Olena", "Katarzyna", "Irina", "Halyna", "Agnieszka", "Ludmila"],
             ["Kowalski", "Nowak", "Petrov", "Shevchenko", "Horvath", "Popescu", "Kuznetsov",
              "Wiśniewski", "Zielinski", "Bondarenko"]),
}
_NICK = {"M": ["Bud", "Sonny", "Skip", "Chip", "Red", "Butch", "Junior"],
         "F": ["Peggy", "Dolly", "Bea", "Sissy", "Midge", "Dottie", "Birdie"]}


@dataclass
class Person:
    given: str
    family: str
    sex: str
    origin: str = "us"

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def lf(self) -> str:  # "LAST, First"
        return f"{self.family.upper()}, {self.given}"

    @property
    def ini(self) -> str:
        return (self.given[0] + self.family[0]).upper()

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "M" else "her"

    @property
    def mr(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def man(self) -> str:
        return "man" if self.sex == "M" else "woman"


_KIN = {"child": ("son", "daughter"), "spouse": ("husband", "wife"),
        "sibling": ("brother", "sister"), "grandchild": ("grandson", "granddaughter"),
        "nibling": ("nephew", "niece"), "partner": ("partner", "partner"),
        "friend": ("friend", "friend")}
_LANG = {"hisp": "Spanish", "viet": "Vietnamese", "chin": "Mandarin", "kor": "Korean",
         "hait": "Haitian Creole", "arab": "Arabic", "eeur": "Ukrainian"}
_FAKERS: dict[str, Faker] = {}
_PLACES_US = [
    ("Dorchester", "MA", "02124", "617"), ("Quincy", "MA", "02169", "617"),
    ("Brockton", "MA", "02301", "508"), ("Lowell", "MA", "01852", "978"),
    ("Malden", "MA", "02148", "781"), ("Chelsea", "MA", "02150", "617"),
    ("Pawtucket", "RI", "02860", "401"), ("Cicero", "IL", "60804", "708"),
    ("Evanston", "IL", "60201", "847"), ("Joliet", "IL", "60435", "815"),
    ("Pasadena", "TX", "77506", "713"), ("Sugar Land", "TX", "77479", "281"),
    ("Camden", "NJ", "08104", "856"), ("Upper Darby", "PA", "19082", "610"),
    ("Norristown", "PA", "19401", "610"), ("Renton", "WA", "98055", "425"),
    ("Tacoma", "WA", "98405", "253"), ("Hialeah", "FL", "33012", "305"),
    ("Yonkers", "NY", "10701", "914"), ("Flushing", "NY", "11355", "718"),
    ("Hempstead", "NY", "11550", "516"), ("Decatur", "GA", "30030", "404"),
    ("Marietta", "GA", "30060", "770"), ("Garden Grove", "CA", "92840", "714"),
    ("Daly City", "CA", "94014", "650"), ("San Jose", "CA", "95122", "408"),
    ("Lorain", "OH", "44052", "440"), ("Dearborn", "MI", "48126", "313"),
]
_STREETS_US = ["Washington St", "Elm Street", "Maple Ave", "Dudley St", "Blue Hill Ave",
               "Harrison Avenue", "Oak Park Dr", "Cedar Lane", "N. Kedzie Ave", "Bellaire Blvd",
               "Lincoln Highway", "Magnolia Court", "Pine Ridge Rd", "Columbus Ave",
               "W. 47th Street", "Spruce St", "Old Colony Ave", "Riverside Drive"]


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


class Ctx:
    """Per-note state: seeded RNG, seeded Fakers, the builder and the note's date."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(4_100_041 + 7919 * i)
        self.b = NoteBuilder()
        self._seeded: set[str] = set()
        self._given: set[str] = set()
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 600))

    def __call__(self, *parts: Part) -> Ctx:
        _put(self.b, parts)
        return self

    def fk(self, loc: str = "en_US") -> Faker:
        f = _faker(loc)
        if loc not in self._seeded:
            f.seed_instance(zlib.crc32(loc.encode()) + 1009 * self.i)
            self._seeded.add(loc)
        return f

    # -- people
    def person(self, origin: str | None = None, sex: str | None = None,
               family: str | None = None, loc: str = "en_US") -> Person:
        r = self.r
        sex = sex or r.choice("MF")
        if origin is None:
            origin = "us" if r.random() < 0.35 else r.choice(sorted(_POOLS))
        for _ in range(8):  # distinct first names within one note
            if origin in _POOLS:
                m, f, fam = _POOLS[origin]
                given = r.choice(m if sex == "M" else f)
                fam_name = family or r.choice(fam)
            else:
                fk = self.fk(loc)
                given = fk.first_name_male() if sex == "M" else fk.first_name_female()
                fam_name = family or fk.last_name()
            if given not in self._given:
                break
        self._given.add(given)
        return Person(given, fam_name, sex, origin)

    def kinp(self, pt: Person, kind: str, loc: str = "en_US") -> tuple[str, Person]:
        """A relative / contact of ``pt``: the word for the relation and the person."""
        r = self.r
        sex = ("F" if pt.sex == "M" else "M") if kind == "spouse" else r.choice("MF")
        same = kind in ("spouse", "child", "sibling", "grandchild") and r.random() < 0.7
        origin = pt.origin if pt.origin in _POOLS else "x"
        p = self.person(origin, sex, family=pt.family if same else None, loc=loc)
        return _KIN[kind][sex == "F"], p

    def kin(self, pt: Person, kind: str, form: str = "full", sep: str = " ",
            loc: str = "en_US") -> tuple[Part, ...]:
        w, p = self.kinp(pt, kind, loc)
        return (w, sep, N(p.given if form == "given" else p.full))

    def pat(self, p: Person, mrn: str, dob: date, phone: str | None = None,
            addr: tuple[str, str, str, str] | None = None, us: bool = True,
            extra: list[tuple[str, str]] | None = None) -> dict[str, Any]:
        """The note's FHIR Patient; a US patient gets a phone and an address on file even
        where the note does not show them (as in a real feed)."""
        if us and addr is None:
            pl = self.us_place()
            addr = (self.us_street(), pl[0], pl[1], pl[2])
        if us and phone is None:
            phone = self.uph()
        return _patient(p, mrn, dob, phone, addr, extra)

    def staff(self, loc: str = "en_US") -> Person:
        if self.r.random() < 0.35:
            return self.person(self.r.choice(sorted(_POOLS)))
        return self.person("x", loc=loc)

    # -- numbers
    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def ssn(self) -> str:
        r = self.r
        return f"{r.randint(101, 665):03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999)}"

    def ip(self) -> str:
        r = self.r
        return r.choice([f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                         f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}"])

    def uph(self, ac: str | None = None, style: int | None = None) -> str:
        r = self.r
        ac = ac or r.choice(["617", "312", "713", "215", "206", "305", "404", "718"])
        a, b = r.randint(200, 989), r.randint(0, 9999)
        style = r.randint(0, 3) if style is None else style
        return [f"({ac}) {a}-{b:04d}", f"{ac}-{a}-{b:04d}", f"{ac}.{a}.{b:04d}",
                f"{ac}-{a}-{b:04d}"][style]

    def us_place(self) -> tuple[str, str, str, str]:
        return self.r.choice(_PLACES_US)

    def us_street(self, apt: bool | None = None) -> str:
        r = self.r
        s = f"{r.randint(3, 4980)} {r.choice(_STREETS_US)}"
        if apt or (apt is None and r.random() < 0.4):
            s += r.choice([f", Apt {r.randint(1, 6)}{r.choice('ABCD')}", f" #{r.randint(2, 40)}",
                           f", Unit {r.randint(101, 412)}"])
        return s

    # -- dates and ages
    def D(self, d: date, style: str) -> tuple[str, str]:
        return ("DATE", fd(d, style))

    def ago(self, lo: int, hi: int, ref: date | None = None) -> date:
        return (ref or self.today) - timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo * 366 + 10, hi * 365 + 300))

    def age(self, dob: date, on: date | None = None) -> int:
        on = on or self.today
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def A(age: int) -> Part:
    """An age: PHI (number only) when >= 90."""
    return ("AGE", str(age)) if age >= 90 else str(age)


def _patient(p: Person, mrn: str, dob: date, phone: str | None = None,
             addr: tuple[str, str, str, str] | None = None,
             extra: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    ids = [{"type": {"coding": [{"code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.4.41",
            "value": mrn}]
    ids += [{"system": s, "value": v} for s, v in extra or []]
    res: dict[str, Any] = {
        "resourceType": "Patient", "identifier": ids,
        "name": [{"family": p.family, "given": p.given.split()}],
        "gender": "male" if p.sex == "M" else "female", "birthDate": dob.isoformat(),
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if addr:
        res["address"] = [{"line": [addr[0]], "city": addr[1], "state": addr[2],
                           "postalCode": addr[3]}]
    return res



# ================================================================ US academic-hospital notes
def _dc_cabg(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, dob = x.digits(7), x.dob(52, 84)
    dis = x.today
    adm = dis - timedelta(days=r.randint(7, 11))
    orday = adm + timedelta(days=r.randint(2, 3))
    att, cards, pcp, pa = x.staff(), x.staff(), x.staff(), x.staff()
    sp = x.person(pt.origin, "F" if pt.sex == "M" else "M", family=pt.family)
    nv = r.randint(2, 4)
    grafts = ", ".join(["LIMA-LAD", "SVG-OM1", "SVG-PDA", "SVG-D1"][:nv])
    street = x.us_street()
    sph = x.uph(pl[3])
    he, his = pt.he, pt.his
    x("Name:  ", N(pt.lf), "                  Unit No:   ", ID(mrn), "\n\n",
      "Admission Date:  ", x.D(adm, "us"), "              Discharge Date:   ", x.D(dis, "us"),
      "\n\n",
      "Date of Birth:  ", x.D(dob, "us"), "             Sex:   ", pt.sex, "\n\n",
      "Service: CARDIOTHORACIC\n\nAllergies:\nPatient recorded as having No Known Allergies to",
      " Drugs\n\nAttending: ", N(att.full),
      ", MD\n\nChief Complaint:\nexertional chest pressure\n\n",
      "Major Surgical or Invasive Procedure:\n", x.D(adm + timedelta(days=1), "md"),
      " Cardiac catheterization\n", x.D(orday, "md"), f" Coronary artery bypass grafting x{nv} (",
      grafts, ")\n\nHistory of Present Illness:\n", A(x.age(dob, adm)),
      f"-year-old {pt.man} with HTN, HLD and type 2 DM (HbA1c [[{r.randint(70, 95) / 10}%]]) who",
      f" presented to the ED with two weeks of substernal pressure walking up the hill at {his}",
      " job at the post office. Troponin-T peaked at [[0.", str(r.randint(12, 88)),
      " ng/mL]]. Outpatient cardiologist Dr. ", N(cards.family), " (", PH(x.uph(pl[3])),
      ") had seen ", pt.him, " on ",
      x.D(x.ago(60, 200, adm), "ap"), " with a negative stress test in ",
      x.D(x.ago(400, 700, adm), "my"), ".\n\nSocial History:\nLives with ", pt.his,
      " spouse ", N(sp.given), " at ", AD(street), ", ", AD(pl[0]), ", ", pl[1], " ", ZP(pl[2]),
      "; cell ", PH(sph), ". Quit smoking in 2009 ([[30 pack-years]]).\n\n",
      "Brief Hospital Course:\n", pt.mr, " ", N(pt.family), " was admitted on ",
      x.D(adm, "long"),
      f" and cardiac catheterization showed [[three-vessel disease]]. {he.title()}",
      " was taken to the operating room on ", x.D(orday, "long"), " by Dr. ", N(att.family),
      " for CABG; please see the operative report for details. Cross-clamp time",
      f" [[{r.randint(55, 95)} minutes]], bypass time [[{r.randint(80, 130)} minutes]].\n",
      "# CV: extubated on POD 0, weaned off [[Levophed]] by POD 1. Chest tubes removed on ",
      x.D(orday + timedelta(days=2), "md"), ". Started on [[metoprolol tartrate 12.5 mg PO BID]]",
      ", titrated to [[25 mg BID]]. Brief paroxysm of AF on POD 3 (HR [[", str(r.randint(118, 150)),
      "]]) converted with [[amiodarone 150 mg IV]] bolus; remained in sinus thereafter.\n",
      "# Renal: Cr peaked at [[", str(r.randint(14, 21) / 10), "]] on POD 2 (baseline [[0.9]]),",
      f" [[{r.randint(13, 16) / 10}]] at discharge. Diuresed with [[furosemide 20 mg IV BID]].\n",
      "# Endo: insulin drip per protocol, transitioned to [[glargine 18 units qHS]]; the",
      " [[Joslin]] team saw the patient on ", x.D(dis - timedelta(days=1), "ap"), ".\n",
      "# Dispo: cleared by PT for home with VNA. ", pt.mr, " ", N(pt.family), " was discharged",
      " home with services in good condition.\n\nDischarge Medications:\n",
      "1. [[Aspirin 81 mg PO DAILY]]\n2. [[Atorvastatin 80 mg PO QPM]]\n",
      "3. [[Metoprolol tartrate 25 mg PO BID]]\n4. [[Furosemide 20 mg PO DAILY x 7 days]]\n",
      "5. [[Potassium chloride 20 mEq PO DAILY x 7 days]]\n6. [[Oxycodone 5 mg PO Q4H PRN]]\n\n",
      "Discharge Instructions:\nNo driving for one month and while taking narcotics. Watch your",
      " incisions: ", UR(f"https://www.{r.choice(['bidmc', 'mgh', 'nmh', 'pennmedicine'])}.org/"
                          f"patients/cardiac-surgery/incision-care"),
                          "\n\nFollowup Instructions:\n",
      "Surgeon: Dr. ", N(att.full), " ", PH(x.uph(pl[3])), " on ",
      x.D(dis + timedelta(days=r.randint(20, 30)), "us1"), " at 1:15 pm\n",
      "Cardiologist: Dr. ", N(cards.full), " on ", x.D(dis + timedelta(days=r.randint(10, 18)),
                                                      "us1"), "\n",
      "PCP: Dr. ", N(pcp.full), ", fax ", PH(x.uph(pl[3])), " - please check BMP in 1 week\n\n",
      "Completed by: ", N(pa.ini), " ", x.D(dis, "us1"))
    return x.b.build(x.pat(pt, mrn, dob, sph, (street, pl[0], pl[1], pl[2])))


def _hp_pancreatitis(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, csn, dob = x.digits(8), x.digits(10), x.dob(28, 66)
    adm = x.today
    res, att = x.staff(), x.staff()
    mom_age = r.choice([78, 84, 91, 93, 96])
    bro = x.person(pt.origin, "M", family=pt.family)
    gf = x.person(None, "F" if pt.sex == "M" else "M")
    employer = r.choice(["Amazon warehouse", "Home Depot", "a roofing company",
                         "Stop & Shop", "the VA", "UPS"])
    home = x.us_street()
    x("ADMISSION HISTORY AND PHYSICAL\n", N(pt.full), "   MRN ", ID(mrn), "   CSN ", ID(csn),
      "   DOB ", x.D(dob, "us"), "\nDate of admission: ", x.D(adm, "us"), "  Team: Medicine",
      " Purple\nResident: ", N(res.full), ", MD (pager #", PH(x.digits(4)), ")\n\n",
      "CC: epigastric pain radiating to the back x 2 days\n\nHPI: ", A(x.age(dob, adm)),
      f" yo {pt.man} with EtOH use disorder (last drink 1 day PTA), prior admission for alcoholic",
      " pancreatitis at ", r.choice(["St. Elizabeth's", "Mercy Hospital", "Good Samaritan"]),
      " in ", x.D(x.ago(400, 900), "my"), ", presents with 10/10 epigastric pain and",
      " nausea. Lipase [[", str(r.randint(900, 4200)), " U/L]], WBC [[", str(r.randint(11, 19)),
      ".", str(r.randint(0, 9)), "]], Ca [[", str(r.randint(78, 88) / 10), "]], TG [[",
      str(r.randint(110, 380)), "]]. CT A/P on ", x.D(adm, "md"),
      " with peripancreatic stranding, no necrosis. CIWA [[", str(r.randint(4, 14)),
      "]] on arrival.\n\nPMH: EtOH pancreatitis x2 (", x.D(x.ago(400, 900), "mmy"), ", ",
      x.D(x.ago(90, 300), "mmy"), "), HTN, GERD, seizure with withdrawal in 2019\n",
      "PSH: lap chole ", x.D(x.ago(1500, 3000), "us2"), "\n\nFamily History:\n",
      "Mother - DM2, alive at ", A(mom_age), ", in a nursing home in ",
      AD(r.choice(["Revere", "Bayonne", "Waukegan", "Galveston", "Chester"])), "\n",
      "Father - died of MI at 61\nBrother ", N(bro.given), " - alcohol use disorder, in recovery\n",
      "\nSocial History:\nWorks as a forklift operator at ", employer, ". Lives at ", AD(home),
      ", ", AD(pl[0]), " with ", pt.his, " partner ", N(gf.full), " (", PH(x.uph(pl[3])),
      "). Drinks [[1 pint of vodka daily]], started at age 19. Denies IVDU. Smokes",
      " [[1/2 ppd]].\n\nMeds: [[omeprazole 20 mg daily]], [[amlodipine 5 mg daily]],",
      " [[thiamine 100 mg]] (not taking)\nAllergies: penicillin (hives)\n\n",
      "Exam: T [[37.9]] HR [[", str(r.randint(100, 124)), "]] BP [[", str(r.randint(140, 170)),
      "/", str(r.randint(84, 100)), "]] RR [[20]] SpO2 [[97% RA]]\nGen: diaphoretic, tremulous\n",
      "Abd: TTP epigastrium with voluntary guarding, no Cullen or Grey Turner sign\n\n",
      "A/P: ", A(x.age(dob, adm)), f" yo {pt.man} with acute alcoholic pancreatitis (BISAP [[1]])",
      " and early withdrawal.\n- LR [[250 mL/h]], advance diet as tolerated\n",
      "- phenobarbital load [[10 mg/kg IBW]] per ICU protocol, CIWA q2h\n",
      "- thiamine [[500 mg IV TID x 3 days]], folate, MVI\n- SW consult re: rehab; ",
      pt.his, " partner requests updates\n\nSeen and discussed with Dr. ", N(att.family),
      ".\n", N(res.ini.lower()), " ", x.D(adm, "us1"), " 2310")
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2])))


def _micu_progress(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(45, 88)
    day = r.randint(3, 9)
    adm = x.today - timedelta(days=day)
    fel, res, att = x.staff(), x.staff(), x.staff()
    hcp = x.person(pt.origin, r.choice("MF"), family=pt.family if r.random() < 0.7 else None)
    rel = "son" if hcp.sex == "M" else "daughter"
    bed = f"MICU {r.choice(['East', 'West', '6'])} bed {r.randint(1, 16)}"
    sbp, dbp = r.randint(92, 118), r.randint(48, 66)
    x("MICU Progress Note - ", x.D(x.today, "us"), " 07:40\n", N(pt.lf), "  ", ID(mrn), "  ",
      bed, "\nHD#", str(day + 1), " | ICU day ", str(day), "\n\n24 Hour Events:\n",
      "- Self-extubated at 02:10, placed on HFNC [[40L/60%]]\n",
      "- Received [[1 unit PRBC]] for Hgb [[6.8]]\n- Family meeting with ", rel, " ",
      N(hcp.full), " - remains full code\n\n",
      "Vitals: Tmax [[38.4]] HR [[", str(r.randint(88, 118)), "]] BP [[", str(sbp), "/", str(dbp),
      "]] MAP [[", str((sbp + 2 * dbp) // 3), "]] RR [[24]] SpO2",
      " [[94%]]\nI/O: [[2.4L in / 1.1L out]]; net [[+1.3L]] (LOS [[+6.2L]])\n\n",
      "Labs: Na [[134]] K [[", str(r.randint(34, 56) / 10), "]] HCO3 [[19]] BUN [[48]] Cr [[",
      str(r.randint(14, 32) / 10), "]] Lactate [[", str(r.randint(12, 38) / 10),
      "]] WBC [[16.1]] Plt [[88]]\nMicro: BCx ", x.D(adm, "md"), " [[GNR 2/2]] -> ",
      "[[E. coli]] (pan-S except ampicillin); UCx ", x.D(adm, "md"), " same\n\n",
      "Assessment and Plan by system:\n", A(x.age(dob)),
      f" yo {pt.man} admitted ", x.D(adm, "md"), " with septic shock from obstructive",
      " pyelonephritis s/p IR perc nephrostomy ", x.D(adm + timedelta(days=1), "md"), ".\n",
      "NEURO: delirium, CAM-ICU [[positive]]. RASS [[-1]]. Hold [[quetiapine]] given QTc",
      " [[512]].\n",
      "CV: off [[norepinephrine]] since yesterday 1600. MAP goal [[>65]].\n",
      "PULM: HFNC, wean FiO2 to [[40%]] as tolerated; CXR with bibasilar atelectasis.\n",
      "GI/FEN: NPO except meds pending SLP eval; [[famotidine 20 mg IV q12h]].\n",
      "RENAL: AKI on CKD 3a, improving; renally dose abx. Nephrostomy output [[650 mL]].\n",
      "ID: [[ceftriaxone 2 g IV q24h]] [[day ", str(day), "/14]] (start ", x.D(adm, "ap"), ").\n",
      "HEME: thrombocytopenia likely consumptive; HIT ab sent ", x.D(x.today, "md"), ".\n",
      "ENDO: ISS, BG [[140-210]].\nPPx: heparin SC held for plt; SCDs\n",
      "LINES: R IJ CVC (", x.D(adm, "md"), "), art line (", x.D(adm, "md"), ")\n",
      "CODE: FULL (confirmed with HCP ", rel, " ", N(hcp.given), ", ", PH(x.uph()), ")\n",
      "DISPO: MICU\n\n", N(res.full), ", MD (PGY-2)\nSeen and examined with fellow Dr. ",
      N(fel.family), " and attending Dr. ", N(att.family), " on rounds.")
    return x.b.build(x.pat(pt, mrn, dob))


def _cath_report(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, acct, dob = x.digits(8), "A" + x.digits(9), x.dob(48, 86)
    op, fel, ref = x.staff(), x.staff(), x.staff()
    prev = x.ago(300, 1500)
    age = x.age(dob)
    x("CARDIAC CATHETERIZATION LABORATORY REPORT\n\nPatient: ", N(pt.lf), "\nMRN: ", ID(mrn),
      "      Account #: ", ID(acct), "\nDOB: ", x.D(dob, "usd"), "  Age: ", A(age), "\n",
      "Procedure date: ", x.D(x.today, "long"), "\nCase #: ", ID(f"CL{x.today.year % 100}-"
                                                               f"{x.digits(5)}"),
      "\nReferring physician: ", N(ref.full), ", MD  Fax: ", PH(x.uph()), "\n",
      "Operators: ", N(op.full), ", MD (attending); ", N(fel.full), ", MD (fellow)\n\n",
      "INDICATIONS: NSTEMI, hs-troponin [[", str(r.randint(200, 4000)), " ng/L]], new inferior",
      " TWI. Prior PCI to mid LAD at an outside hospital on ", x.D(prev, "long"), ".\n\n",
      "PROCEDURES: Left heart catheterization, selective coronary angiography, LV-gram, PCI",
      " of the RCA.\nAccess: right radial, [[6 Fr]] Glidesheath Slender; TR Band at 1122.\n",
      "Sedation: [[midazolam 2 mg IV]], [[fentanyl 50 mcg IV]]\nContrast: [[Omnipaque 350",
      f" {r.randint(90, 220)} mL]]   Fluoro time: [[{r.randint(8, 25)}.{r.randint(0, 9)} min]]\n",
      "Hemodynamics: Ao [[", str(r.randint(110, 150)), "/", str(r.randint(60, 82)),
      "]] LVEDP [[", str(r.randint(14, 28)), "]] mmHg\n\nCORONARY ANATOMY: right dominant\n",
      "LM: no significant disease\nLAD: patent mid stent with [[20%]] ISR\n",
      "LCx: [[40%]] proximal OM1\nRCA: [[95%]] mid, TIMI [[2]] flow\n\n",
      "INTERVENTION: [[heparin 70 U/kg]]; 6 Fr JR4 guide, Runthrough wire. Predilated with",
      " [[2.5 x 15 mm]] balloon; deployed [[Xience Skypoint 3.5 x 28 mm]] DES at [[14 atm]],",
      " postdilated [[3.75 NC]]. [[0%]] residual, TIMI [[3]].\n\nCONCLUSIONS:\n",
      "1. Culprit mid RCA, successful PCI/DES x1\n2. LVEDP elevated; EF [[45%]] by LV-gram\n\n",
      "RECOMMENDATIONS: [[ticagrelor 90 mg BID]] x [[12 months]] with [[aspirin 81 mg]];",
      " high-intensity statin. Results discussed with ", pt.his, " ",
      *x.kin(pt, r.choice(["spouse", "child"]), "given"), " in the waiting room.\n\n",
      "Electronically signed: ", N(op.full), ", MD ", x.D(x.today, "us"), " 14:52")
    return x.b.build(x.pat(pt, mrn, dob))


def _echo_report(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(60, 99)
    reader = x.staff()
    snr = x.staff()
    prior = x.ago(200, 900)
    ef = r.choice([25, 30, 35, 50, 55, 60])
    ht, wt = r.randint(152, 185), r.randint(52, 104)
    bsa = round((ht * wt / 3600) ** 0.5, 2)
    x("TRANSTHORACIC ECHOCARDIOGRAM\nName: ", N(pt.lf), "   MRN: ", ID(mrn), "\nDOB: ",
      x.D(dob, "us"), " (", A(x.age(dob)), " y)   Sex: ", pt.sex, "   Ht [[", str(ht),
      " cm]]  Wt [[", str(wt), " kg]]  BSA [[", str(bsa), " m2]]\nStudy date: ",
      x.D(x.today, "us"), "   Location: 7 Feldberg, rm ", str(r.randint(701, 760)),
      "\nStudy #: ", ID(f"TTE{x.today.year}{x.digits(6)}"), "   Sonographer: ", N(snr.ini),
      "   Image quality: [[technically difficult]]\nIndication: dyspnea, new LBBB\n",
      "Acquired on: ", r.choice(["Philips EPIQ CVx", "GE Vivid E95"]), " (", IPA(x.ip()), ")\n\n",
      "FINDINGS\nLV: [[mildly dilated]], LVIDd [[", str(r.randint(52, 64) / 10), " cm]]. LVEF",
      " [[", str(ef), "%]] by biplane Simpson. GLS [[-", str(r.randint(9, 19)), "%]].",
      " Septal dyssynergy consistent with LBBB.\nRV: normal size; TAPSE [[", str(r.randint(14, 24)),
      " mm]]\nLA: LAVI [[", str(r.randint(30, 52)),
      " mL/m2]]\nAortic valve: trileaflet, [[moderate]]",
      " calcific AS: Vmax [[", str(r.randint(30, 39) / 10), " m/s]], mean gradient [[",
      str(r.randint(20, 38)), " mmHg]], AVA [[", str(r.randint(9, 14) / 10), " cm2]] (VTI)\n",
      "Mitral: [[mild]] MR\nTR velocity [[", str(r.randint(26, 34) / 10), " m/s]]; RVSP [[",
      str(r.randint(32, 52)), " mmHg]] with RAP [[8]]\nPericardium: no effusion\n\n",
      "COMPARISON: Compared with the prior study of ", x.D(prior, "long"),
      " (outside, read by Dr. ", N(x.staff().family), "), the LVEF ",
      f"has fallen from [[{ef + 20}%]]" if ef < 40 else "is unchanged",
      " and AS has progressed.\n\nIMPRESSION: LVEF [[", str(ef),
      "%]]; moderate AS (low-flow possible: consider dobutamine stress echo).\n\n",
      "Reading physician: ", N(reader.full), ", MD, FASE  ", x.D(x.today, "us1"), " 16:08")
    return x.b.build(x.pat(pt, mrn, dob))


def _ecg_read(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(50, 99)
    rd = x.staff()
    hr = r.choice([48, 62, 88, 112, 136])
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    prior = x.ago(30, 700)
    x(N(pt.lf), "\nID: ", ID(mrn), "\nAcquired: ", ("DATE", f"{fd(x.today, 'iso')}T{t}"),
      "   Cart: MAC 5500 HD #", ID(x.digits(8)), " @ ", IPA(x.ip()), "\nDOB: ", x.D(dob, "abbr"),
      "  (", A(x.age(dob)), " yr)  ", "Male" if pt.sex == "M" else "Female",
      "   Room: ", r.choice(["ED 14", "4 Reisman 412", "CCU 3", "11 North 1108"]), "\n",
      "Vent rate [[", str(hr), " BPM]]  PR [[", str(r.randint(140, 230)), " ms]]  QRS dur [[",
      str(r.randint(82, 156)), " ms]]  QT/QTc [[", str(r.randint(340, 440)), "/",
      str(r.randint(420, 510)), " ms]]  P-R-T axes [[", str(r.randint(20, 70)), " -",
      str(r.randint(5, 45)), " ", str(r.randint(30, 90)), "]]\n\n",
      {48: "Sinus bradycardia with 1st degree AV block", 62: "Sinus rhythm",
       88: "Sinus rhythm with PACs", 112: "Sinus tachycardia",
       136: "Atrial fibrillation with rapid ventricular response"}[hr],
       "\nLeft anterior fascicular block\n",
      "Nonspecific ST and T wave abnormality\nAbnormal ECG\n\nWhen compared with ECG of ",
      x.D(prior, "monup"), " ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
      ",\nQT has lengthened; T wave inversion now evident in lateral leads\n\n",
      "Confirmed by ", N(rd.lf.upper()), " (", ID(x.digits(5)), ") on ", x.D(x.today, "us1"),
      f" {r.randint(1, 11)}:{r.randint(10, 59)}:00 ", r.choice(["AM", "PM"]))
    return x.b.build(x.pat(pt, mrn, dob))


def _mri_brain(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, acc, dob = x.digits(8), "MR" + x.digits(8), x.dob(30, 92)
    rad, res, ordp = x.staff(), x.staff(), x.staff()
    ct, prior = x.ago(1, 2), x.ago(400, 1200)
    host = r.choice(["pacs.partners.org", "ivw.northwestern.edu", "synapse.uwmedicine.org"])
    x("EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST\nPATIENT: ", N(pt.lf), "   MRN: ", ID(mrn),
      "   DOB: ", x.D(dob, "us2"), "\nACCESSION: ", ID(acc), "   EXAM DATE: ",
      x.D(x.today, "dmon"), " 03:14\nORDERING: ", N(ordp.full), ", MD   Workstation ",
      IPA(x.ip()), "\n\nCLINICAL HISTORY: ", A(x.age(dob)), f" year old {pt.man} with new",
      " right arm weakness and word-finding difficulty; LKW 2210.\n\n",
      "TECHNIQUE: Multiplanar multisequence MRI of the brain before and after [[7 mL Gadavist]]",
      " IV.\n\nCOMPARISON: CT head and CTA of ", x.D(ct, "ap"), "; MRI of ",
      x.D(prior, "abbr"), " performed at ", r.choice(["Lahey", "Kaiser Santa Clara",
                                                        "Advocate Lutheran"]),
      " (images imported from CD).\n\nFINDINGS:\nThere is restricted diffusion in the left",
      " [[MCA]] territory involving the posterior insula and precentral gyrus, measuring [[",
      str(r.randint(18, 42)), " x ", str(r.randint(10, 25)), " mm]], with corresponding FLAIR",
      " hyperintensity. No hemorrhagic transformation on SWI. Scattered periventricular",
      " white matter T2 hyperintensities (Fazekas [[2]]), unchanged from ", x.D(prior, "md"),
      ". Flow voids preserved. No abnormal enhancement. Chiari malformation absent.\n\n",
      "IMPRESSION:\n1. Acute left MCA infarct, [[", str(r.randint(4, 19)), " mL]].\n",
      "2. Chronic small vessel ischemic change, stable.\n\nResults discussed with ",
      N(res.full), ", MD (stroke fellow, pager ", PH(x.digits(5)), ") by Dr. ", N(rad.family),
      " at 04:02 on ", x.D(x.today, "us"), ".\nImages: ",
      UR(f"https://{host}/viewer/study?acc={acc}"), "\n\nAttending radiologist: ",
      N(rad.full), ", MD")
    return x.b.build(x.pat(pt, mrn, dob))


def _cxr_portable(x: Ctx) -> Note:
    pt = x.person()
    mrn, acc, dob = x.digits(7), x.digits(9), x.dob(25, 96)
    rad, rn = x.staff(), x.staff()
    c1, c2 = x.ago(1, 3), x.ago(30, 400)
    x("CHEST (PORTABLE AP)  Clip # ", ID(acc), "\n", N(pt.lf), "  MR# ", ID(mrn), "  ",
      x.D(x.today, "us2"), " 5:42 AM\nReason: ", A(x.age(dob)),
      f" y/o {pt.man} s/p L IJ CVC placement, eval line position and PTX\n",
      "Admitting Dx: PNEUMONIA; HYPOXIA\nModality host: ", IPA(x.ip()), "\n\n",
      "FINDINGS: Comparison is made to ", x.D(c1, "us2"), " and ", x.D(c2, "us2"),
      ". New left internal jugular central venous catheter terminates in the [[mid SVC]]. No",
      " pneumothorax. ET tube [[4.1 cm]] above the carina. Enteric tube courses below the",
      " diaphragm, tip not visualized. Persistent [[right lower lobe]] consolidation with small",
      " right effusion, slightly improved. Heart size top normal. Kerley B lines.\n\n",
      "IMPRESSION: Left IJ CVC in mid SVC, no PTX. Improving RLL pneumonia.\n",
      "Findings communicated to ", N(f"{rn.given} {rn.family[0]}."), ", RN at 06:05 by ",
      N(rad.ini), ".\n\nDR. ", N(rad.full.upper()))
    return x.b.build(x.pat(pt, mrn, dob))


def _op_hemiarthroplasty(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(84, 101)
    surg, asst, anes = x.staff(), x.staff(), x.staff()
    fall = x.ago(1, 2)
    side = r.choice(["left", "right"])
    x("OPERATIVE REPORT\n\nPATIENT: ", N(pt.full), "\nMRN: ", ID(mrn), "\nDATE OF OPERATION: ",
      x.D(x.today, "long"), "\nSURGEON: ", N(surg.full), ", MD\nASSISTANT: ", N(asst.full),
      ", PA-C\nANESTHESIA: spinal with MAC; ", N(anes.full), ", MD\n\n",
      f"PREOPERATIVE DIAGNOSIS: Displaced {side} femoral neck fracture (Garden [[IV]])\n",
      f"POSTOPERATIVE DIAGNOSIS: Same\nPROCEDURE: {side.title()} hip cemented bipolar",
      " hemiarthroplasty\n\nINDICATIONS: The patient is a ", A(x.age(dob)),
      f"-year-old {pt.man} who lives independently in ", AD(x.us_place()[0]),
      " and fell at home on ", x.D(fall, "ord"), ". Risks including dislocation, infection,",
      " periprosthetic fracture, DVT and bone cement implantation syndrome were discussed with",
      " the patient and ", pt.his, " ", *x.kin(pt, r.choice(["nibling", "grandchild", "child"])),
      ", who is the health care proxy, and consent was signed.\n\n",
      "DESCRIPTION: Posterior approach in lateral decubitus. Femoral neck osteotomy; head",
      f" measured [[{r.randint(42, 52)} mm]]. Canal prepared, [[gentamicin-loaded cement]]",
      " pressurized. Implants: Exeter V40 stem [[size 1, 44 offset]], UHR bipolar head",
      f" [[{r.randint(42, 52)} mm]], head serial ", ID(f"{r.choice('KJM')}{x.digits(7)}"),
      ". Stable to [[90 degrees]] flexion with [[45 degrees]] IR. Capsule and short external",
      " rotators repaired through drill holes. Skin staples.\n\nEBL: [[", str(r.randint(150, 400)),
      " mL]]   IVF: [[1200 mL LR]]   UOP: [[150 mL]]\nTXA [[1 g IV]] x2. Cefazolin [[2 g IV]].\n",
      "COMPLICATIONS: transient hypotension to [[78/40]] at cementation, responded to",
      " [[phenylephrine 200 mcg]].\n\nDISPOSITION: PACU then 11 Ortho. WBAT, posterior hip",
      " precautions. [[Enoxaparin 40 mg SC daily]] x [[28 days]]. Geriatrics co-management",
      " (Dr. ", N(x.staff().family), ").\n\nDr. ", N(surg.family),
      " was present and scrubbed for the entire procedure.\n", N(asst.ini), " / ", N(surg.ini),
      " dictated ", x.D(x.today, "us1"))
    return x.b.build(x.pat(pt, mrn, dob))


def _pacu_handoff(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(20, 80)
    crna, rn, surg = x.staff(), x.staff(), x.staff()
    x("Anesthesia Handoff to PACU  ", x.D(x.today, "us2"), "  ",
      f"{r.randint(10, 17)}:{r.randint(10, 59)}",
      "\nPt: ", N(pt.lf), "  ", ID(mrn), "  ", A(x.age(dob)), pt.sex, "  ",
      f"[[{r.randint(55, 120)} kg]]  ASA [[{r.randint(2, 3)}]]\nProcedure: lap",
      " cholecystectomy (Dr. ", N(surg.family), ")\nAnesthetic: GA/ETT, [[propofol 200 mg]],",
      " [[rocuronium 50 mg]], reversed with [[sugammadex 200 mg]]. Difficult airway: no",
      " (Mallampati [[II]], grade [[1]] view w/ Mac 3)\nAnalgesia: [[fentanyl 150 mcg]],",
      " [[hydromorphone 0.4 mg]], [[ketorolac 15 mg]], port sites infiltrated [[bupivacaine",
      " 0.25% 20 mL]]\nPONV ppx: [[dexamethasone 4 mg]], [[ondansetron 4 mg]]\nFluids:",
      " [[LR 1100 mL]]  EBL [[minimal]]  UOP [[not measured]]\nLast VS: BP [[",
      str(r.randint(100, 140)), "/", str(r.randint(60, 86)), "]] HR [[", str(r.randint(60, 96)),
      "]] SpO2 [[98% on 6L FM]]\nIssues: OSA (uses CPAP at home - machine brought by family),",
      " T2DM: POC glucose [[", str(r.randint(120, 240)), "]] in OR\nAllergies: sulfa\n",
      "Family: ", *x.kin(pt, r.choice(["spouse", "sibling", "friend"])),
      " in surgical waiting, cell ", PH(x.uph()), " - please call when in Phase II\n\n",
      "Report given to ", N(rn.given.lower()), ", RN; pt stable. ", N(crna.full), ", CRNA (x",
      PH(x.digits(5)),
      ")")
    return x.b.build(x.pat(pt, mrn, dob))


def _ur_review(x: Ctx) -> Note:
    r = x.r
    home = x.us_street()
    pt, pl = x.person(), x.us_place()
    mrn, dob, ssn = x.digits(8), x.dob(40, 88), x.ssn()
    cm = x.staff()
    adm = x.ago(1, 3)
    payer, dom = r.choice([("Aetna Medicare Advantage", "aetna.com"), ("BCBS", "bcbsil.com"),
                           ("Humana Gold Plus", "humana.com"), ("Tufts Health Plan", "tufts.org"),
                           ("UnitedHealthcare Community Plan", "uhc.com")])
    mem = r.choice(["W", "XEJ", "H", "ZGP"]) + x.digits(9)
    rev = x.person()
    x("UTILIZATION REVIEW / CASE MANAGEMENT\nPatient: ", N(pt.lf), "   MRN ", ID(mrn),
      "   DOB ", x.D(dob, "us"), "\nInsurance: ", payer, "  Member ID ", ID(mem),
      "  Subscriber SSN (last 4): ", SS(ssn[-4:]), "\nAdmit date: ", x.D(adm, "us"),
      "   Status: Observation -> Inpatient request\nAttending: Dr. ", N(x.staff().family), "\n\n",
      "Clinicals faxed to payer UM dept at ", PH(f"1-{r.choice(['800', '866', '888'])}-"
                                                 f"{r.randint(200, 989)}-{r.randint(1000, 9999)}"),
      " on ", x.D(x.today, "md"), ". Criteria reviewed (InterQual Acute Adult, subset CHF):",
      " IV diuretic [[furosemide 80 mg IV BID]], BNP [[", str(r.randint(900, 3500)),
      "]], O2 requirement [[3L NC]], Cr rise [[1.2 -> 1.8]]. Meets inpatient criteria day ",
      str((x.today - adm).days + 1), ".\n\nSpoke with payer reviewer ", N(rev.full), ", RN (",
      PH(x.uph()), " ext ", PH(x.digits(4)), "), who approved inpatient status from ",
      x.D(adm, "us1"), "; auth # ", ID(x.digits(10)), ", next review ",
      x.D(x.today + timedelta(days=2), "us1"), ". Reviewer email ",
      EM(f"{_slug(rev.given)[0]}{_slug(rev.family)}@{dom}"), "\n\n",
      "Discharge planning: lives alone at ", AD(home), ", ", AD(pl[0]), " ", pl[1], " ",
      ZP(pl[2]), ", 2nd floor walk-up. Has VNA history (Partners HealthCare at Home). Anticipate",
      " home with services vs. STR; PT/OT evals pending. Payer portal: ",
      UR(f"https://provider.{dom}/auth/{x.digits(7)}"), "\n\n", N(cm.full), ", RN, CCM | Case",
      " Manager 5 East | ", PH(x.uph()))
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2]),
                           extra=[("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _pt_daily(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(55, 97)
    pt_ = x.staff()
    wife = x.person(pt.origin, "F" if pt.sex == "M" else "M", family=pt.family)
    nick = r.choice(_NICK[pt.sex])
    x("PHYSICAL THERAPY DAILY TREATMENT NOTE\n", N(pt.full), " (", ID(mrn), ")  ",
      x.D(x.today, "us"), "  Room ", str(r.randint(400, 899)), "-", r.choice("AB"),
      "\nVisit ", str(r.randint(2, 6)), " of this admission. Time in 0930 / out",
      " 1002 ([[32 min]]; gait training [[17]], ther ex [[15]])\n\n",
      "S: Pt (goes by \"", N(nick), "\") reports [[4/10]] R knee pain, \"I want to get home to ",
      N(wife.given),
      "\". Pre-medicated with [[oxycodone 5 mg]] at 0845 per RN.\n",
      "O: BP [[", str(r.randint(118, 150)), "/", str(r.randint(64, 88)), "]] supine -> [[",
      str(r.randint(98, 120)), "/", str(r.randint(56, 74)), "]] standing, asymptomatic. SpO2",
      " [[95% RA]].\nBed mobility: [[min A]] x1 with HOB flat, rail use.\nSit<>stand: [[CGA]]",
      " from standard chair with RW.\nGait: [[", str(r.randint(60, 180)), " ft]] x2 with RW",
      " and CGA, decreased step length L, 1 standing rest. 6MWT deferred.\nStairs: [[4]] steps",
      " w/ L rail, step-to pattern, min A.\nTinetti [[", str(r.randint(12, 22)), "/28]]",
      " (prev [[", str(r.randint(8, 14)), "/28]] on ", x.D(x.today - timedelta(days=2), "md"),
      ")\n\nA: Progressing; high fall risk. Home has [[3]] STE with R rail; spouse can provide",
      " supervision only.\nP: continue [[5x/week]]. D/c recommendation: home with HHPT + RW, 24h",
      " supervision for [[1 week]]; if not achievable, STR. Discussed with CM and ",
      "wife" if wife.sex == "F" else "husband", " by phone (",
      PH(x.uph()), ").\n\n", N(pt_.full), ", PT, DPT  ", x.D(x.today, "md"))
    return x.b.build(x.pat(pt, mrn, dob))


def _slp_mbss(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, acc, dob = x.digits(7), x.digits(8), x.dob(60, 100)
    slp, rad = x.staff(), x.staff()
    dtr = x.person(pt.origin, "F")
    x("MODIFIED BARIUM SWALLOW STUDY\nPatient: ", N(pt.lf), "  MRN ", ID(mrn), "  Acc ",
      ID(acc), "\nDate: ", x.D(x.today, "iso"), "  Age: ", A(x.age(dob)), "\n",
      "Radiologist: Dr. ", N(rad.family), "   SLP: ", N(slp.full), ", MS, CCC-SLP\n\n",
      "History: admitted with aspiration PNA; prior CVA ", x.D(x.ago(300, 900), "mmy"),
      " with residual dysarthria. Bedside swallow ", x.D(x.today - timedelta(days=1), "md"),
      " with wet vocal quality after thin liquids.\n\nConsistencies trialed: thin, mildly thick,",
      " puree, mechanical soft, [[13 mm barium tablet]]\nPosition: upright, lateral and AP views\n",
      "Findings:\n- Oral: reduced lingual control, premature spillage with thin\n",
      "- Pharyngeal: delayed initiation to the pyriform sinuses; reduced BOT retraction;",
      " moderate vallecular residue\n- Thin liquid by cup: silent aspiration, PAS [[8]]\n",
      "- Thin by teaspoon with chin tuck: PAS [[3]]\n- Mildly thick (IDDSI [[2]]): PAS [[1]]\n",
      "- Tablet lodged in vallecula, cleared with puree\n\nImpression: moderate oropharyngeal",
      " dysphagia.\nRecommendations: IDDSI [[level 5]] minced & moist, IDDSI [[level 2]] liquids",
      " by cup, meds crushed in puree, full supervision, oral care TID. Re-eval in [[1 week]].",
      " Results reviewed with the patient and daughter ", N(dtr.given), "; she was shown the",
      " compensatory strategy video at ", UR("https://www.youtube.com/watch?v=" + "".join(
          r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_-")
          for _ in range(11))), ".\n\n", N(slp.ini.lower()))
    return x.b.build(x.pat(pt, mrn, dob))


def _ostomy_teaching(x: Ctx) -> Note:
    r = x.r
    home = x.us_street()
    pt, pl = x.person(), x.us_place()
    mrn, dob = x.digits(8), x.dob(35, 85)
    wocn = x.staff()
    op = x.ago(4, 7)
    sup = r.choice(["Edgepark", "Byram Healthcare", "180 Medical"])
    ref = x.digits(8)
    x("WOUND OSTOMY CONTINENCE NURSING - Ostomy teaching visit #", str(r.randint(2, 4)), "\n",
      "Pt: ", N(pt.full), "   MRN: ", ID(mrn), "   ", x.D(x.today, "abbr"), "\n\n",
      "s/p open sigmoid colectomy with end colostomy (Hartmann's procedure) on ",
      x.D(op, "abbr"), " for perforated diverticulitis, Dr. ", N(x.staff().family), ".\n\n",
      "Stoma: LLQ, budded [[2 cm]], round, measures [[35 mm]]; red, moist; mucocutaneous",
      " junction intact except [[0.5 cm]] separation at 3 o'clock, filled with [[stoma",
      " powder]]. Peristomal skin intact. Output [[soft brown stool]], flatus.\nAppliance:",
      " Hollister New Image [[2-piece, 57 mm flange]], cut-to-fit [[35 mm]], with Adapt",
      " barrier ring. Wear time goal [[4-5 days]].\n\nTeaching: ", pt.his, " ",
      *x.kin(pt, r.choice(["partner", "sibling", "child"]), "given"), " performed the",
      " pouch change with verbal cues; patient emptied pouch independently x2. Reviewed",
      " dietary guidance, hydration, signs of obstruction and when to call.\n\nSupplies:",
      " order sent to ", sup, " (", PH(f"1-877-{r.randint(200, 989)}-{r.randint(1000, 9999)}"),
      "), ref ", ID(ref), ", ship to ", AD(home), ", ", AD(pl[0]), ", ", pl[1], " ",
      ZP(pl[2]), ". Hollister Secure Start enrollment: ",
      UR(f"https://www.hollister.com/en/securestart?ref={ref}"),
      ". UOAA support group info given.\nOutpatient WOC clinic follow-up ",
      x.D(x.today + timedelta(days=r.randint(10, 20)), "us1"), ".\n\n", N(wocn.full),
      ", BSN, RN, CWOCN  x", PH(x.digits(5)))
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2])))


def _rt_vent(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(30, 90)
    rt1 = x.staff()
    intub = x.ago(2, 6)
    x("Respiratory Therapy - Ventilator Assessment\n", N(pt.lf), "  MRN ", ID(mrn),
      "  SICU bed ", str(r.randint(1, 20)), "\n", x.D(x.today, "us"), "  0400\n\n",
      "Vent: Hamilton C6 s/n ", ID(x.digits(5)), ", network ", IPA(x.ip()), "\n",
      "Intubated ", x.D(intub, "us1"), " (OSH), [[7.5 ETT]] [[23 cm]] at the lip\n",
      "Mode: VC/AC  Vt [[", str(r.randint(380, 500)), " mL]] (6 mL/kg PBW)  RR [[",
      str(r.randint(18, 28)), "]]  PEEP [[", str(r.randint(8, 14)), "]]  FiO2 [[",
      str(r.choice([40, 50, 60])), "%]]\nPpeak [[", str(r.randint(26, 36)), "]]  Pplat [[",
      str(r.randint(20, 29)), "]]  driving pressure [[", str(r.randint(11, 16)), "]]  Cstat [[",
      str(r.randint(25, 45)), "]]\nABG 0330: [[7.", str(r.randint(28, 42)), "/",
      str(r.randint(38, 58)), "/", str(r.randint(62, 98)), "/", str(r.randint(18, 25)),
      "]] lactate [[1.9]]  P/F [[", str(r.randint(130, 240)), "]]\nBS: coarse bilat, diminished",
      " RLL. Suctioned mod thick tan secretions; sputum cx sent.\nSBT: not met (FiO2/PEEP).",
      " RSBI deferred.\nCuff pressure [[26 cmH2O]]. HOB [[30]]. CHG oral care done.\n",
      "Plan: ARDSnet lower PEEP table; discussed prone positioning with Dr. ",
      N(x.staff().family), " (ext ", PH(x.digits(5)), ").\n", N(rt1.full), ", RRT")
    return x.b.build(x.pat(pt, mrn, dob))


def _nutrition(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(40, 96)
    rd = x.staff()
    w0, w1 = r.randint(68, 92), 0
    w1 = w0 - r.randint(6, 12)
    d0 = x.ago(150, 200)
    x("NUTRITION CONSULT - Initial Assessment\n", N(pt.full), "  MRN: ", ID(mrn), "  DOB: ",
      x.D(dob, "us2"), "  (", A(x.age(dob)), "y)\nDate: ", x.D(x.today, "us2"),
      "  Reason: RN screen positive (MST [[3]]), poor PO\n\nDx: metastatic pancreatic",
      " adenocarcinoma on gemcitabine/nab-paclitaxel (C", str(r.randint(3, 8)), "D1 ",
      x.D(x.ago(10, 20), "md"),
      "), admitted with SBO\n\nAnthropometrics: Ht [[", str(r.randint(155, 183)), " cm]]  Wt [[",
      str(w1), " kg]]  BMI [[", str(r.randint(18, 24)), "]]\nUBW [[", str(w0), " kg]] per clinic",
      " weight ", x.D(d0, "abbr"), " -> [[", str(round((w0 - w1) / w0 * 100, 1)),
      "% loss]] in [[6 months]]\n\nDiet hx: per ", pt.his, " ",
      *x.kin(pt, r.choice(["sibling", "child", "spouse"]), "given"),
      ", eating [[<50%]] of meals for [[>1 month]]; drinks Ensure Plus [[1 bottle]]",
      " daily.\nNFPE: moderate temporal wasting, severe loss interosseous, mild edema BLE.",
      " Grip strength [[reduced]].\nLabs: Alb [[2.6]] (not used for dx), Mg [[1.6]], Phos [[2.1]],",
      " K [[3.2]]\n\nMalnutrition (ASPEN/AND): severe, chronic disease-related, based on",
      " weight loss and muscle wasting.\nEstimated needs: [[1800-2100 kcal]] ([[25-30 kcal/kg]]),",
      " protein [[90-110 g]] ([[1.3-1.5 g/kg]]), fluid [[1.8 L]]\n\nRecs:\n1. If NPO >5-7",
      " days, consider PPN/TPN - high refeeding risk: replete K, Mg, Phos before starting;",
      " [[thiamine 100 mg daily x 5 days]]\n2. Once diet advanced: Boost Plus [[TID]], Magic",
      " Cup BID\n3. Weekly weights; RD will follow [[2x/week]]\n\n", N(rd.full),
      ", MS, RD, LDN | Vocera or pager ", PH(x.digits(4)))
    return x.b.build(x.pat(pt, mrn, dob))


def _psych_capacity(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, dob = x.digits(7), x.dob(22, 75)
    cl, ref = x.staff(), x.staff()
    sis = x.person(pt.origin, "F", family=pt.family if r.random() < 0.6 else None)
    opsy = x.staff()
    h1, h2 = x.ago(500, 1400), x.ago(60, 400)
    x("PSYCHIATRY C/L CONSULT\nPatient: ", N(pt.lf), " | MRN ", ID(mrn), " | ",
      A(x.age(dob)), " ", pt.sex, "\nDate of consult: ", x.D(x.today, "long"), "\n",
      "Requesting: Dr. ", N(ref.full), " (Medicine, pager ", PH(x.digits(5)), ")\n",
      "Question: capacity to refuse dialysis / leave AMA\n\nHPI: Pt with schizoaffective",
      " disorder, bipolar type, ESRD on HD (MWF at DaVita ", AD(pl[0]), ") admitted ",
      x.D(x.ago(2, 4), "ap"), " with K [[6.9]] after missing [[2]] sessions. Stated \"I'm",
      " done with the machine, ", N(sis.given), " can't make me.\"\n\nPsych hx: [[2]] prior",
      " admissions (Bournewood ", x.D(h1, "my"), "; McLean ", x.D(h2, "us"), ", after an",
      " overdose of [[lithium]]). Outpatient psychiatrist Dr. ", N(opsy.family), " at the",
      " community mental health center, fax ", PH(x.uph(pl[3])), ". LAI: [[paliperidone",
      " palmitate 156 mg IM monthly]], last dose ", x.D(x.ago(20, 45), "ordy"), ".\n",
      "Collateral: sister ", N(sis.full), " (", PH(x.uph(pl[3])), ") - reports pt stopped",
      " answering phone ~", x.D(x.ago(10, 20), "ord"), "; no weapons at home.\n\n",
      "MSE: disheveled, guarded, speech normal rate; mood \"fine\"; affect restricted;",
      " thought process tangential; + paranoid delusions re: dialysis staff; denies SI/HI;",
      " insight and judgment poor. MoCA [[", str(r.randint(18, 24)), "/30]].\n\n",
      "Capacity (Appelbaum criteria): unable to appreciate consequences of refusing HD;",
      " LACKS capacity for this decision at this time.\n\nRecs:\n- Sister is next of kin;",
      " pursue emergency guardianship via hospital counsel\n- [[olanzapine 5 mg PO qHS]],",
      " [[2.5 mg IM q6h PRN]] agitation\n- 1:1 sitter; ECG for QTc\n- Will follow daily\n\n",
      N(cl.full), ", MD | Psychiatry C/L | ", x.D(x.today, "us1"))
    return x.b.build(x.pat(pt, mrn, dob))


def _code_blue(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(50, 94)
    lead, rec = x.staff(), x.staff()
    nok = x.person(pt.origin, r.choice("MF"), family=pt.family)
    roommate = x.person()
    t0 = r.randint(1, 4)
    x("CODE BLUE EVENT NOTE\nPatient: ", N(pt.lf), "  MRN: ", ID(mrn), "  Loc: 9 West",
      " rm ", str(r.randint(901, 940)), "-A\nDate: ", x.D(x.today, "us"), "  Code called:",
      f" 0{t0}:1{r.randint(0, 9)}\n\nEvent: Found unresponsive and pulseless by RN on hourly",
      " rounds; roommate Mr. ", N(roommate.family), " had pressed the call bell. CPR started",
      " immediately.\nInitial rhythm: [[PEA]], rate [[30s]]\n\nTimeline:\n",
      "0:00 CPR, BVM; pads on\n0:02 [[epinephrine 1 mg IV]]\n0:04 rhythm check - [[VF]],",
      " shock [[200 J]] biphasic\n0:06 [[epinephrine 1 mg]]; I-gel placed\n0:08 VF, shock",
      " [[200 J]]; [[amiodarone 300 mg IV]]\n0:10 [[ROSC]]; BP [[88/50]], HR [[112]]\n\n",
      "Post-ROSC: ETT by anesthesia, ETCO2 [[32]]. ABG [[7.08/62/74]], K [[6.4]] -> [[calcium",
      " gluconate 3 g]], [[insulin 10 U + D50]]. Stat ECG without STE. Transferred to CCU.\n\n",
      "Total CPR time [[10 minutes]]. Family notified: ", pt.his, " ",
      "son" if nok.sex == "M" else "daughter", " ", N(nok.full), " at ", PH(x.uph()),
      " at 0", str(t0 + 1), "05; en route.\nDr. ", N(x.staff().family), " (attending of",
      " record) paged.\n\nCode leader: ", N(lead.full), ", MD (Medicine Senior)\nRecorder: ",
      N(rec.full), ", RN")
    return x.b.build(x.pat(pt, mrn, dob))


def _transfer_note(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(7), x.dob(35, 92)
    icu, rec, att = x.staff(), x.staff(), x.staff()
    adm = x.ago(4, 9)
    x("MICU -> FLOOR TRANSFER NOTE\n", N(pt.full), " / ", ID(mrn), " / ", x.D(dob, "us1"), "\n",
      "Transfer date: ", x.D(x.today, "us1"), "   To: Medicine, Firm ", r.choice("ABCD"),
      ", bed 12", r.choice("ABCD"), "\nAccepting: ", N(rec.full), ", MD  (p", PH(x.digits(5)),
      ")\n\n",
      "Brief ICU course: ", A(x.age(dob)), f"yo {pt.man} with DKA (pH [[6.98]], AG [[31]]),",
      " admitted ", x.D(adm, "us1"), ". Insulin gtt closed ", x.D(adm + timedelta(days=1), "us1"),
      " after AG closed x2; transitioned to [[glargine 22 U]] + [[lispro 6 U TID AC]].",
      " Precipitant: missed insulin (lost job at ", r.choice(["Walgreens", "Target",
      "a call center"]), "; coverage",
      " lapsed). Also treated for C. diff - [[PO vancomycin 125 mg QID]] [[day 3/10]].\n\n",
      "Active issues on transfer:\n1. T1DM - endocrine (Dr. ", N(x.staff().family), ") to",
      " see; teaching with diabetes educator\n2. C. diff - contact plus\n3. Hypokalemia: K [[3.3]]",
      " this AM, repleting\n\nLines: PIV x2. R IJ removed ", x.D(x.today, "md"), ".\n",
      "Code: Full. Contact: ", *x.kin(pt, r.choice(["spouse", "spouse", "partner"])),
      " ", PH(x.uph()), ".\n\n-- ", N(icu.full), ", MD (MICU resident) for Dr. ",
      N(att.family))
    return x.b.build(x.pat(pt, mrn, dob))


def _osh_records(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, omrn, dob, ssn = x.digits(7), x.digits(9), x.dob(40, 90), x.ssn()
    ohosp = r.choice(["Southcoast Hospital", "Sturdy Memorial", "Ingalls Memorial",
                      "Memorial Hermann Southeast", "MultiCare Tacoma General"])
    d1, d2, d3 = x.ago(700, 1100), x.ago(200, 500), x.ago(20, 60)
    gi, onc = x.staff(), x.staff()
    me = x.staff()
    x("OUTSIDE RECORDS REVIEW\nRe: ", N(pt.full), "  (our MRN ", ID(mrn), ")\n",
      "Records received by fax ", x.D(x.today, "us"), " from ", ohosp, " HIM (", PH(x.uph(pl[3])),
      "), [[184]] pages, sent by ", EM(f"roi.{_slug(ohosp.split()[0])}@{_slug(ohosp.split()[0])}"
                                        f"health.org"),
      ". Their MRN ", ID(omrn), ". Patient identifiers verified: name, DOB ",
      x.D(dob, "us"), ", SSN ", SS(ssn), ".\n\nSummary:\n", "- ", x.D(d1, "us2"),
      ": admitted for upper GI bleed; EGD (Dr. ", N(gi.full), ") with [[Forrest IIb]] gastric",
      " ulcer, H. pylori [[positive]], treated with PPI-based quadruple therapy.\n- ",
      x.D(d2, "us2"), ": CT C/A/P - [[2.3 cm]] RUL spiculated nodule; PET ",
      x.D(d2 + timedelta(days=9), "us2"),
      " SUVmax [[7.8]], hilar node [[4.1]].\n- ", x.D(d2 + timedelta(days=30), "us2"),
      ": EBUS-TBNA, station 11R - adenocarcinoma, [[TTF-1 +]], PD-L1 TPS [[60%]], EGFR/ALK",
      " negative (Foundation report ID ", ID("ORD-" + x.digits(7) + "-01"), ").\n- ",
      x.D(d3, "us2"), ": oncology visit with Dr. ", N(onc.full), "; started",
      " [[pembrolizumab 200 mg q3 weeks]], C1 ", x.D(d3 + timedelta(days=5), "md"), ".\n",
      "- Last outside labs ", x.D(d3, "md"), ": TSH [[0.12]], free T4 [[2.4]], AST [[88]],",
      " ALT [[104]].\n\nAddress on outside face sheet: ", AD(x.us_street()), ", ", AD(pl[0]), ", ",
      pl[1], " ", ZP(pl[2]), " (differs from ours - updated by registration).\nEmergency",
      " contact on file: ", N(x.person(pt.origin).full), " (", r.choice(["cousin", "fiancé(e)",
                                                                     "neighbor", "friend"]),
      ") ", PH(x.uph(pl[3])), ".\n\nImaging CDs loaded to PACS. Relevant for current",
      " presentation: possible immune-mediated hepatitis/thyroiditis.\n", N(me.full), ", NP",
      " - ", x.D(x.today, "us1"))
    return x.b.build(x.pat(pt, mrn, dob, extra=[("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _attestation(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(30, 99)
    att, res, stud = x.staff(), x.staff(), x.staff()
    x("ATTENDING ATTESTATION\nPatient: ", N(pt.full), "  MRN ", ID(mrn), "\nDate of service: ",
      x.D(x.today, "us"), "\n\nI saw and examined ", pt.mr, " ", N(pt.family), " with the",
      " resident, Dr. ", N(res.family), ", and medical student ", N(stud.full), " on ",
      "morning" if r.random() < 0.5 else "afternoon", " rounds. I",
      " have reviewed the resident's note of ", x.D(x.today, "md"), " and agree with the findings",
      " and plan as documented, with the following additions:\n\n",
      "Today ", pt.he, " is more alert, oriented x3. Afebrile. BP [[", str(r.randint(110, 150)),
      "/", str(r.randint(60, 90)), "]], HR [[", str(r.randint(60, 100)), "]]. Lungs with",
      " crackles at the bases. 2+ pitting edema to the knees. Na [[", str(r.randint(122, 129)),
      "]] (from [[", str(r.randint(116, 121)), "]] yesterday) - correction [[<8 mEq/L]] in",
      " 24 h, on target. Continue [[fluid restriction 1.2 L]]; hold [[HCTZ]]; urine osm [[",
      str(r.randint(380, 600)), "]].\n\nThe patient's ", *x.kin(pt, "child", sep=", "),
      ", was updated at bedside.\n",
      "I spent [[45 minutes]] on the date of service, >50% on coordination.\n\n",
      N(att.full), ", MD\nAttending, Hospital Medicine\n", x.D(x.today, "us1"), " 16:40\n\n",
      "ADDENDUM ", x.D(x.today + timedelta(days=1), "us1"), " 07:15: overnight Na [[",
      str(r.randint(126, 131)), "]]; pt seen with Dr. ", N(res.family[0]),
      " on early walk rounds - plan unchanged. -", N(att.ini))
    return x.b.build(x.pat(pt, mrn, dob))


def _ed_triage(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, dob, ssn = x.digits(8), x.dob(18, 99), x.ssn()
    rn = x.staff()
    comp = x.person(None, r.choice("MF"))
    arr = f"{r.randint(10, 23)}{r.randint(10, 59)}"
    street = x.us_street()
    ph = x.uph(pl[3])
    x("ED TRIAGE  ", x.D(x.today, "us"), " ", arr, "\nName: ", N(pt.lf), "   ", ID(mrn),
      "   FIN ", ID(x.digits(10)), "\nDOB ", x.D(dob, "us"), "  Age ", A(x.age(dob)), "\n",
      "Arrival: ", r.choice(["walk-in", "EMS (Medic 12)", "private vehicle", "police"]),
      "   Accompanied by: ", N(comp.full), " (", r.choice(["friend", "roommate", "neighbor",
                                                         "coworker"]), ")\n",
      "Registration: address ", AD(street), ", ", AD(pl[0]), " ", ZP(pl[2]), "; home ", PH(ph),
      "; SSN ", SS(ssn), "; uninsured - financial counselor referral\n\n",
      "CC: \"my chest feels tight and I can't catch my breath\"\nOnset 3 hours ago at work",
      " (", r.choice(["Costco", "Dunkin'", "a construction site", "Logan Airport"]), ").\n",
      "Triage VS: T [[36.8]] HR [[", str(r.randint(96, 134)), "]] BP [[", str(r.randint(150, 200)),
      "/", str(r.randint(88, 118)), "]] RR [[", str(r.randint(20, 30)), "]] SpO2 [[",
      str(r.randint(88, 95)), "% RA]]  Pain [[8/10]]  Wt [[", str(r.randint(60, 130)), " kg]]\n",
      "ESI [[2]]. Sepsis screen neg. Stroke screen neg. Columbia suicide screen: no risk.\n",
      "ECG at [[", str(r.randint(4, 9)), " min]], shown to Dr. ", N(x.staff().family),
      ". Meds: [[albuterol]] PRN, [[lisinopril 10 mg]]. NKDA. LMP n/a.\n",
      "To: Pod B rm ", str(r.randint(1, 30)), "\nTriage RN: ", N(rn.full), ", RN")
    return x.b.build(x.pat(pt, mrn, dob, ph, (street, pl[0], pl[1], pl[2]),
                              [("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _sw_note(x: Ctx) -> Note:
    r = x.r
    home = x.us_street(False)
    pt, pl = x.person(), x.us_place()
    mrn, dob, ssn = x.digits(7), x.dob(24, 70), x.ssn()
    sw = x.staff()
    po = x.person()
    sis = x.person(pt.origin, "F")
    shelter = r.choice(["the Salvation Army family shelter", "St. Vincent de Paul shelter",
                        "Hope House", "the YMCA men's residence", "Interfaith Shelter"])
    x("SOCIAL WORK ASSESSMENT\n", N(pt.full), "  MRN ", ID(mrn), "  ", ("DATE",
      f"{fd(x.today, 'ap')}, {x.today.year}"),
      "\n\nReferral: housing instability, SUD, d/c planning\n",
      "Met with pt at bedside (4 Phillips). Pt alert, engaged. ", A(x.age(dob)),
      f" yo {pt.man}, currently staying at ", shelter, " (", AD(home), ", ",
      AD(pl[0]), ") since ", x.D(x.ago(60, 200), "my"), "; prior address ", AD(x.us_street(True)),
      ", ", AD(x.us_place()[0]), " until eviction on ", x.D(x.ago(200, 400), "usd"), ".\n",
      "Income: applied for SSDI ", x.D(x.ago(100, 200), "us"), " (SSA claim tied to SSN ending ",
      SS(ssn[-4:]), "); currently no income. SNAP active. MassHealth/Medicaid ID ",
      ID(x.digits(12)), ".\nLegal: on probation; PO ", N(po.full), " (", PH(x.uph(pl[3])),
      ") - pt signed ROI ", x.D(x.today, "md"), ". Next court date ",
      x.D(x.today + timedelta(days=r.randint(20, 60)), "long"),
      ".\nSubstance use: fentanyl IV daily x [[2 years]], on [[buprenorphine-naloxone",
      " 8-2 mg BID]] started by addiction consult; wants bridge clinic.\nSupports: sister ",
      N(sis.given), " in ", AD(r.choice(["Lynn", "Aurora", "Pasadena", "Kent", "Chester"])),
      " (", PH(x.uph()), "), willing to hold meds.\n\nPlan: referral to bridge clinic; CHA",
      " coordinated entry; Narcan kit given; shelter bed confirmed for ",
      x.D(x.today + timedelta(days=1), "md"),
      ". Pt has my contact: ", EM(f"{_slug(sw.given)[0]}{_slug(sw.family)}"
                                  "@" + r.choice(["bmc.org", "uchicago.edu",
                                                  "pennmedicine.upenn.edu"])),
      ".\n\n", N(sw.full), ", LICSW  | ", PH(x.uph()))
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2]),
                           extra=[("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _stroke_code(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(45, 98)
    neu, att = x.staff(), x.staff()
    hh, mm = r.randint(8, 20), r.randint(10, 59)
    code, dtn = hh * 60 + mm + r.randint(35, 95), r.randint(24, 48)
    wt = r.randint(58, 110)
    x("STROKE CODE NOTE - Neurology\n", N(pt.lf), "  MRN ", ID(mrn), "  DOB ", x.D(dob, "us"), "\n",
      "LKW: ", ("DATE", f"{fd(x.today, 'iso')}T{hh:02d}:{mm:02d}"), " (per ", pt.his, " ",
      *x.kin(pt, r.choice(["spouse", "child"]), "given"), ", who found ",
      pt.him, " slumped at the kitchen table)\nCode called:",
      f" {_hm(code)}  Seen: {_hm(code + 5)}\n\n",
      "HPI: ", A(x.age(dob)), f" yo {pt.man} with AF off [[apixaban]] x [[2 weeks]] (dental",
      " work), HTN, presenting with L face/arm weakness and dysarthria.\n",
      "NIHSS [[", str(r.randint(6, 18)), "]]: LOC 0, gaze [[1]], visual [[2]], facial [[2]],",
      " L arm [[3]], L leg [[2]], dysarthria [[1]], extinction [[1]].\nBP [[",
      str(r.randint(160, 200)), "/", str(r.randint(80, 110)), "]], POC glucose [[",
      str(r.randint(90, 180)), "]], Wt [[", str(wt), " kg]] (stated)\n",
      "CT head: no hemorrhage, ASPECTS [[", str(r.randint(7, 10)), "]]. CTA: R M1 occlusion.",
      " CTP core [[", str(r.randint(4, 30)), " mL]], mismatch ratio [[", str(r.randint(3, 9)),
      "]].\n\nTNK [[", str(min(25, round(wt * 0.25))), " mg]] IV bolus at ",
      _hm(code + dtn), " (DTN [[", str(dtn),
      " min]]) after discussion of risks/benefits with patient and family.\n",
      "Neuro-IR (Dr. ", N(att.family), ") activated for thrombectomy; groin puncture",
      " anticipated within 30 min.\n\n", N(neu.full), ", MD, Neurology PGY-3, pager ",
      PH(x.digits(5)))
    return x.b.build(x.pat(pt, mrn, dob))


def _delivery(x: Ctx) -> Note:
    r = x.r
    pt = x.person(sex="F")
    mrn, dob = x.digits(8), x.dob(19, 41)
    ob, res, peds = x.staff(), x.staff(), x.staff()
    fob = x.person(pt.origin, "M")
    baby = x.person(pt.origin, r.choice("MF"), family=r.choice([pt.family, fob.family]))
    bmrn = x.digits(8)
    g = r.randint(1, 4)
    x("DELIVERY NOTE\n", N(pt.full), "  MRN ", ID(mrn), "  ", A(x.age(dob)), f" yo G{g}P{g - 1}",
      "\nEDD ", x.D(x.today + timedelta(days=r.randint(-6, 10)), "us"), " by 8 wk US\n",
      "Delivery date/time: ", x.D(x.today, "us"), " ",
      f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
      "\nGA at delivery: [[39w", str(r.randint(0, 6)), "d]]\n\nSVD of a live ",
      "male" if baby.sex == "M" else "female", " infant over intact perineum. Nuchal cord x1,",
      " reduced. Apgars [[", str(r.randint(7, 9)), "/9]]. Wt [[", str(r.randint(2900, 4100)),
      " g]]. Delayed cord clamping [[60 s]]. Cord gases: [[7.26/48]] arterial.\n",
      "Placenta delivered spontaneously, 3 vessel cord, intact. [[Oxytocin 30 U/500 mL]] infusion.",
      " 2nd degree laceration repaired with [[3-0 Vicryl]].\nQBL [[", str(r.randint(250, 900)),
      " mL]]. GBS [[negative]]. Rh [[positive]]. Rubella immune.\n\n",
      "Infant: ", N(baby.full), ", MRN ", ID(bmrn), ", to mother's chest; peds (Dr. ",
      N(peds.family), ") aware. Pediatrician after d/c: ", r.choice(["Kids First Pediatrics",
                                                                     "Dr. " + x.staff().family]),
      ".\nFOB ", N(fob.full), " present and cut the cord.\nPlan: routine PP care,",
      " breastfeeding, Tdap given ", x.D(x.ago(50, 80), "us1"), ".\n\nAttending: ", N(ob.full),
      ", MD present for delivery\nResident: ", N(res.full), ", MD")
    return x.b.build(x.pat(pt, mrn, dob))


def _peds_bronch(x: Ctx) -> Note:
    r = x.r
    pt, pl = x.person(), x.us_place()
    mrn, dob = x.digits(8), x.today - timedelta(days=r.randint(40, 500))
    mom = x.person(pt.origin, "F", family=pt.family if r.random() < 0.7 else None)
    dad = x.person(pt.origin, "M", family=pt.family)
    ped, hosp = x.staff(), x.staff()
    street, mph = x.us_street(), x.uph(pl[3])
    months = (x.today - dob).days // 30
    x("PEDIATRIC ADMISSION H&P\nPatient: ", N(pt.full), "   MRN: ", ID(mrn), "   DOB: ",
      x.D(dob, "us"), " (", str(months), " mo)\nAdmit: ", x.D(x.today, "us"), "  Unit: 6",
      " South (Pediatric Hospital Medicine)\nHistorian: mother, ", N(mom.full), "; ",
      *((_LANG[pt.origin], " interpreter #", ID(x.digits(6)), " used") if pt.origin in _LANG
        else ("English-speaking",)), "\n\nCC: cough, fast breathing x 3 days\n",
      "HPI: Former [[35-weeker]], daycare at ", r.choice(["Bright Horizons", "KinderCare",
                                                            "Little Sprouts"]),
      ", with rhinorrhea since ", x.D(x.ago(4, 6), "ord"), ", decreased PO ([[3]] wet diapers in",
      " 24h). Older sibling ", N(x.person(pt.origin, family=pt.family).given), " also sick.\n",
      "ED: RSV [[positive]]; HFNC [[8 L 40%]].\n\nBirth hx: SVD, NICU x [[5 days]] for TTN.\n",
      "Immunizations: UTD per MIIS, last ", x.D(x.ago(30, 90), "us2"), ". Nirsevimab: not given.\n",
      "PCP: Dr. ", N(ped.full), ", ", r.choice(["Dorchester House", "Erie Family Health",
                                               "Legacy Community Health"]), ", fax ",
                                               PH(x.uph(pl[3])),
      "\nSocial: lives with mom, dad (", N(dad.given), ", works nights) and sibling at ",
      AD(street), ", ", AD(pl[0]), " ", ZP(pl[2]), ". No smokers. Mom cell ", PH(mph), ", e-mail ",
      EM(f"{_slug(mom.given)}{_slug(mom.family)}{r.randint(1, 99)}@"
         + r.choice(["gmail.com", "yahoo.com", "icloud.com"])),
      " (MyChart proxy).\n\n",
      "Exam: T [[38.3]] HR [[", str(r.randint(140, 180)), "]] RR [[", str(r.randint(50, 72)),
      "]] SpO2 [[92%]] on HFNC. Subcostal retractions, diffuse crackles and wheeze.\n\n",
      "A/P: bronchiolitis, moderate. HFNC wean per pathway, nasal suction PRN, no albuterol",
      " (AAP guideline). Maintenance IVF [[D5 NS + 20 KCl]] at [[", str(r.randint(25, 45)),
      " mL/h]] while on HFNC. Mom given the RSV handout ", UR("https://www.healthychildren.org/"
                                                          "English/health-issues/conditions/"
                                                          "chest-lungs/Pages/Bronchiolitis.aspx"),
      ".\n\n", N(hosp.full), ", MD (PHM attending)")
    return x.b.build(x.pat(pt, mrn, dob, mph, (street, pl[0], pl[1], pl[2])))


def _opat_id(x: Ctx) -> Note:
    r = x.r
    home = x.us_street()
    pt, pl = x.person(), x.us_place()
    mrn, dob = x.digits(7), x.dob(30, 85)
    idd, coord = x.staff(), x.staff()
    bcx = x.ago(8, 14)
    inf = r.choice(["Option Care Health", "Coram CVS", "BioScrip"])
    end = bcx + timedelta(days=42)
    x("INFECTIOUS DISEASES FOLLOW-UP / OPAT PLAN\n", N(pt.full), "  MRN ", ID(mrn), "  DOB ",
      x.D(dob, "long"), "\nDate: ", x.D(x.today, "long"), "\n\nMSSA bacteremia with L4-5",
      " vertebral osteomyelitis/discitis. BCx ", x.D(bcx, "md"), " [[4/4 MSSA]], first negative",
      " ", x.D(bcx + timedelta(days=3), "md"), ". TEE ", x.D(bcx + timedelta(days=4), "md"),
      ": no vegetation. MRI L-spine w/ epidural phlegmon, NSGY (Dr. ", N(x.staff().family),
      ") - nonoperative.\n\nRecommendations:\n1. [[Cefazolin 2 g IV q8h]] via PICC (placed ",
      x.D(x.today - timedelta(days=1), "md"), ", R basilic, [[42 cm]], tip CAJ)\n",
      "2. Duration: [[6 weeks]] from first negative culture - anticipated stop date ",
      x.D(end, "long"), "\n3. Weekly labs: CBC w/diff, BMP, ESR, CRP - fax to ID OPAT at ",
      PH(x.uph(pl[3])), "\n4. Home infusion: ", inf, " (intake ", PH(x.uph()), "); VNA for",
      " PICC care\n5. ID clinic with Dr. ", N(idd.family), " on ", x.D(end - timedelta(days=10),
      "us"),
      "\n\nBaseline: ESR [[", str(r.randint(60, 110)), "]] CRP [[", str(r.randint(80, 220)),
      " mg/L]] Cr [[0.", str(r.randint(7, 9)), "]]\nPatient instructed not to use the line for",
      " anything else. Questions: OPAT nurse ", N(coord.full), ", RN, ",
      EM(f"opat.{r.choice(['idclinic', 'infusion'])}@"
         + r.choice(["partners.org", "uw.edu", "houstonmethodist.org"])),
      ", or ", PH(x.uph()), ".\nDelivery address: ", AD(home), ", ", AD(pl[0]), ", ",
      pl[1], " ", ZP(pl[2]), "\n\n", N(idd.full), ", MD, Infectious Diseases")
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2])))


def _geri_delirium(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(90, 103)
    ger = x.staff()
    dtr = x.person(pt.origin, "F", family=pt.family if r.random() < 0.4 else None)
    spouse_age = r.randint(86, 97)
    x("GERIATRICS CONSULT\n", N(pt.lf), "  MRN ", ID(mrn), "\nDOB ", x.D(dob, "us"), "  Age ",
      A(x.age(dob)), "\nDate ", x.D(x.today, "us"), "\nReferring: Ortho (Dr. ", N(x.staff().family),
      ")\nReason: post-op delirium, polypharmacy\n\nHPI: ", A(x.age(dob)), f" yo {pt.man}",
      *((" (prefers \"", N(r.choice(_NICK[pt.sex])), "\")") if r.random() < 0.6 else ()),
      " POD2 s/p ORIF L distal femur. Daughter ", N(dtr.full), " (HCP; ", PH(x.uph()), ") reports",
      " baseline: independent ADLs, needs help with IADLs, manages own pills with a",
      " pillbox, walks with cane; lives with ", pt.his, " ", A(spouse_age),
      "-year-old spouse in a senior apartment. Since surgery: fluctuating attention,",
      " pulling at lines overnight, sundowning.\n\n4AT [[8]]; CAM [[positive]] (hypoactive",
      " features AM, hyperactive PM). Last BM ", x.D(x.today - timedelta(days=4), "md"),
      ". PVR [[520 mL]].\nMeds of concern: [[diphenhydramine 25 mg qHS]] PRN (got x2),",
      " [[oxybutynin 5 mg BID]], [[hydromorphone 0.5 mg IV]] PRN, [[zolpidem]] at home.\n\n",
      "Recs:\n- d/c diphenhydramine, oxybutynin, zolpidem (Beers)\n- scheduled [[acetaminophen",
      " 1 g q8h]]; [[oxycodone 2.5 mg]] PRN instead of IV\n- straight cath / foley for",
      " retention; senna + [[PEG 17 g]] daily\n- sleep hygiene, glasses/hearing aids on,",
      " family presence (daughter can stay nights)\n- avoid restraints; [[haloperidol 0.25 mg]]",
      " only if danger to self\n- Goals of care: MOLST on file from ", x.D(x.ago(300, 800), "us"),
      " - DNR/DNI, ok for hospital transfer\n\n", N(ger.full), ", MD, Geriatric Medicine")
    return x.b.build(x.pat(pt, mrn, dob))


def _death_note(x: Ctx) -> Note:
    r = x.r
    home = x.us_street()
    pt, pl = x.person(), x.us_place()
    mrn, dob, ssn = x.digits(8), x.dob(70, 104), x.ssn()
    res, att = x.staff(), x.staff()
    nok = x.person(pt.origin, r.choice("MF"), family=pt.family)
    rel = "son" if nok.sex == "M" else "daughter"
    t = f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    x("DEATH NOTE\nPatient: ", N(pt.full), "  MRN ", ID(mrn), "  DOB ", x.D(dob, "us"), "  (",
      A(x.age(dob)), ")\n\nCalled by RN to evaluate patient, who was comfort-measures-only",
      " since ", x.D(x.ago(1, 3), "us1"), ". On exam at ", t, " on ", x.D(x.today, "us"),
      ": no response to verbal or tactile stimuli, pupils fixed and dilated, no corneal",
      " reflex, no heart sounds or breath sounds auscultated for [[1 minute]], no palpable",
      " carotid pulse. Time of death: ", t, ".\n\nCause: metastatic colon cancer; hospice-",
      "eligible, DNR/DNI/CMO per MOLST ", x.D(x.ago(30, 200), "us1"), ".\n",
      "Family: ", rel, " ", N(nok.full), " (", PH(x.uph(pl[3])), ") was at bedside and",
      " notified; declined autopsy. Funeral home: ", r.choice(["Dello Russo", "Gonzalez-Ortiz",
                                                            "Nguyen Family Funeral Services"]),
      ". Attending Dr. ", N(att.family), " notified.\nMedical examiner: not a ME case (",
      "OCME ref ", ID(f"{x.today.year % 100}-{x.digits(5)}"), ", declined jurisdiction).\n",
      "New England Donor Services called, referral # ", ID(x.digits(7)), " - not a candidate.\n",
      "Death certificate demographics: residence ", AD(home), ", ", AD(pl[0]), ", ",
      pl[1], " ", ZP(pl[2]), "; SSN ", SS(ssn), "; usual occupation: ",
      r.choice(["machinist", "school teacher", "bus driver", "nurse's aide"]), ".\n\n",
      N(res.full), ", MD (PGY-1), pager ", PH(x.digits(5)))
    return x.b.build(x.pat(pt, mrn, dob, None, (home, pl[0], pl[1], pl[2]),
                           extra=[("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _anticoag(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob, ssn = x.digits(7), x.dob(55, 96), x.ssn()
    pharm = x.staff()
    hist = sorted(x.ago(7, 70) for _ in range(4))
    x("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\n", N(pt.lf), "  MRN ", ID(mrn), "  ",
      x.D(x.today, "us"), "\nIndication: mechanical AVR (On-X) + AF; goal INR [[2.0-3.0]]\n",
      "Called pt at ", PH(x.uph()), "; spoke with ", *x.kin(pt, r.choice(["spouse", "child"]),
      "given"),
      " (on HIPAA form); identity verified with DOB ", x.D(dob, "us1"), " and last 4 SSN ",
      SS(ssn[-4:]), ".\n\nINR today [[", str(r.randint(14, 46) / 10), "]] (POC, Coaguchek at",
      " ", r.choice(["CVS", "the lab"]), ")\n\nRecent:\n")
    for d in hist:
        x(x.D(d, "md"), "  INR [[", str(r.randint(15, 38) / 10), "]]  weekly [[",
          str(r.choice([35, 37.5, 40, 42.5])), " mg]]\n")
    x("\nInterim: started [[Bactrim DS]] by urgent care on ", x.D(x.ago(3, 6), "abbr"),
      " for cellulitis. No bleeding, no missed doses.\nPlan: hold [[warfarin]] tonight, then",
      " [[5 mg]] daily except [[7.5 mg]] Mon/Fri (weekly [[40 mg]]); recheck ",
      x.D(x.today + timedelta(days=4), "ap"), ". Dose calendar sent via MyChart ",
      UR(f"https://mychart.{r.choice(['partners', 'nm', 'ucsfhealth', 'uwmedicine'])}.org/"
         f"mychart/app/messages/{x.digits(8)}"), ".\n", N(pharm.full), ", PharmD, CACP")
    return x.b.build(x.pat(pt, mrn, dob, extra=[("http://hl7.org/fhir/sid/us-ssn", ssn)]))


def _bm_biopsy(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(35, 91)
    md, nurse = x.staff(), x.staff()
    hp = f"BM{x.today.year % 100}-{x.digits(5)}"
    x("BONE MARROW ASPIRATE AND BIOPSY - PROCEDURE NOTE\nPatient: ", N(pt.lf), "   MRN ",
      ID(mrn), "   DOB ", x.D(dob, "abbr"), "\nDate: ", x.D(x.today, "abbr"), "   Location:",
      " Yawkey 9 procedure room\nPerformed by: ", N(md.full), ", PA-C, under supervision of",
      " Dr. ", N(x.staff().family), "\nIndication: pancytopenia, r/o MDS/AML; prior marrow ",
      x.D(x.ago(400, 800), "us1"), " normocellular.\n\nTime-out performed. Consent on chart",
      " (signed ", x.D(x.today, "md"), ").\nPre: Hgb [[", str(r.randint(68, 92) / 10),
      "]], Plt [[", str(r.randint(18, 60)), "]], INR [[1.1]]. ", "Transfused [[1 unit",
      " platelets]] pre-procedure.\nSedation: [[lorazepam 1 mg PO]]; local [[lidocaine 1% 10",
      " mL]]\nSite: right posterior iliac crest, prone\nAspirate: [[10 mL]] dry-ish, slides x6;",
      " flow cytometry, cytogenetics, FISH MDS panel, NGS myeloid panel\nCore: [[1.8 cm]],",
      " touch preps made\nSpecimens labeled ", ID(hp), "-A through -D and hand-carried to",
      " hematopathology by ", N(nurse.given), ", RN.\nEBL [[<5 mL]]. No complications.",
      " Pressure dressing applied.\n\nPatient to remain supine [[30 min]]. Results in",
      " [[7-10 days]]; will review at ", r.choice(["Heme", "Leukemia"]), " clinic on ",
      x.D(x.today + timedelta(days=r.randint(8, 14)), "long"), ".\n", N(md.full), ", PA-C")
    return x.b.build(x.pat(pt, mrn, dob))


def _critical_lab(x: Ctx) -> Note:
    r = x.r
    pt = x.person()
    mrn, dob = x.digits(8), x.dob(20, 99)
    tech, rn = x.staff(), x.staff()
    acc = f"{x.today.year % 100}{x.today.timetuple().tm_yday:03d}{x.digits(4)}"
    test, val = r.choice([("Potassium", "6.9 mmol/L"), ("Glucose", "38 mg/dL"),
                          ("Hemoglobin", "5.9 g/dL"), ("Lactate", "6.2 mmol/L"),
                          ("Troponin T hs", "812 ng/L"), ("Sodium", "114 mmol/L")])
    x("CRITICAL VALUE NOTIFICATION (Core Lab)\nPatient: ", N(pt.lf), "  MRN: ", ID(mrn),
      "  DOB: ", x.D(dob, "us"), "\nAccession: ", ID(acc), "  Collected: ", x.D(x.today, "us"),
      " 04:18  Received: 04:31\nTest: ", test, "  Result: [[", val, "]]  (CRITICAL)\n",
      "Comment: specimen not hemolyzed; repeat confirmed on ", r.choice(["cobas 8000",
                                                                     "Atellica CH"]),
      " (", IPA(x.ip()), ").\n\nCalled to: ", N(rn.full), ", RN (", r.choice(["5 Blake", "ED",
                                                                            "Ellison 12"]),
      ") at 04:39, read-back verified.\nOrdering provider: Dr. ", N(x.staff().full), ".\n",
      "Called by: ", N(tech.ini.lower()), " (MLS) | Lab ext ", PH(x.digits(5)))
    return x.b.build(x.pat(pt, mrn, dob))


# ================================================================ UK, Canada, AU, NZ, IE, SG, HK
def _nhs_number(x: Ctx) -> str:
    while True:
        d = [x.r.randint(0, 9) for _ in range(9)]
        d[0] = x.r.randint(4, 7)
        chk = 11 - sum(v * (10 - k) for k, v in enumerate(d)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


_UK_PLACES = [("Kettering", "NN16 8PT"), ("Clitheroe", "BB7 1AA"), ("Wellingborough", "NN8 4RW"),
              ("Burnley", "BB11 3DF"), ("Loughborough", "LE11 2QX"), ("Stockport", "SK4 3JB"),
              ("Huddersfield", "HD1 5NL"), ("Taunton", "TA1 4DY")]
_UK_STREETS = ["Moor Lane", "Victoria Road", "Oakfield Close", "Church Street", "Birch Avenue",
               "Station Road", "Meadow View", "Tennyson Way"]


def _uk_orthogeri(x: Ctx) -> Note:
    r = x.r
    pt = x.person(r.choice(["gb", "gb", "eeur", "ind", "nig"]), loc="en_GB")
    twn, pc = r.choice(_UK_PLACES)
    hno, nhs, dob = "K" + x.digits(7), _nhs_number(x), x.dob(84, 102)
    og, fy, gp = x.staff("en_GB"), x.staff("en_GB"), x.staff("en_GB")
    son = x.person(pt.origin, "M", family=pt.family, loc="en_GB")
    op = x.ago(1, 3)
    street = f"{r.randint(1, 140)} {r.choice(_UK_STREETS)}"
    tt = "Mr" if pt.sex == "M" else "Mrs"
    x("ORTHOGERIATRIC REVIEW - Ward 5 (Trauma & Orthopaedics)\n", N(pt.lf), "   Hosp No ",
      ID(hno), "   NHS No ", ID(nhs), "\nDOB ", x.D(dob, "uk"), " (", A(x.age(dob)), "y)   ",
      _WD[x.today.weekday()], " ", x.D(x.today, "uk1"), "\n\n", A(x.age(dob)),
      f"-year-old {pt.man} admitted via ED after a fall at home (", AD(street), ", ", AD(twn),
      " ", ZP(pc), "), long lie ~[[6 hours]]. R intracapsular NOF #; cemented hemiarthroplasty",
      " ", x.D(op, "dm"), " (Mr ", N(x.staff("en_GB").family), ").\n\n",
      "NHFS [[", str(r.randint(4, 8)), "]]. Pre-morbid: lives alone, once-daily carers, Zimmer",
      " frame indoors. AMTS [[", str(r.randint(4, 9)), "/10]]; 4AT today [[", str(r.randint(0, 6)),
      "]].\nObs: BP [[", str(r.randint(100, 140)), "/", str(r.randint(50, 80)), "]] HR [[",
      str(r.randint(60, 98)), "]] SpO2 [[95% RA]] NEWS2 [[1]]\nBloods: Hb [[", str(r.randint(78,
      104)),
      "]] (pre-op [[118]]), eGFR [[", str(r.randint(28, 60)), "]], Na [[133]], adj Ca [[2.21]],",
      " vit D [[18]]\n\nImpression: post-op anaemia, CKD 3b, likely osteoporotic fragility",
      " fracture.\nPlan:\n- 1 unit RBC if Hb < [[80]] or symptomatic\n- Loading [[colecalciferol",
      " 40,000 units weekly x 7]] then Calcichew D3 Forte [[BD]]\n- [[Zoledronic acid 5 mg]] IV",
      " before discharge once eGFR > [[35]]\n- Falls bundle, lying/standing BP, Mobilise with",
      " PT; FRAX noted\n- Spoke to son ", N(son.given), " on ", PH(f"07{r.randint(700, 999)} "
                                                             f"{x.digits(6)}"),
      " - agrees with plan; TEP discussed, ", tt, " ", N(pt.family), " for ceiling of care ward",
      " based.\n- GP (Dr ", N(gp.family), ") letter on discharge. Fracture clinic review",
      " [[6/52]].\n\n", N(fy.full), " FY1 (bleep ", PH(x.digits(4)), ") for Dr ", N(og.full),
      ", Consultant Orthogeriatrician")
    tel = f"01{x.digits(3)} {x.digits(6)}"
    return x.b.build(x.pat(pt, hno, dob, tel, (street, twn, "England", pc), us=False,
                           extra=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))]))


def _uk_mdt(x: Ctx) -> Note:
    r = x.r
    home = f"{r.randint(1, 90)} {r.choice(_UK_STREETS)}"
    pt = x.person(r.choice(["gb", "gb", "ind", "nig", "chin"]), loc="en_GB")
    twn, pc = r.choice(_UK_PLACES)
    hno, nhs, dob = "RX" + x.digits(7), _nhs_number(x), x.dob(48, 88)
    cns, onc, surg, gp = x.staff("en_GB"), x.staff("en_GB"), x.staff("en_GB"), x.staff("en_GB")
    ref = x.ago(20, 40)
    ph = f"01{r.randint(200, 999)} {x.digits(6)}"
    mail = f"{_slug(cns.given)}.{_slug(cns.family)}@nhs.net"
    x("LUNG CANCER MDT OUTCOME\nMeeting date: ", x.D(x.today, "dmyl"), "\nPatient: ", N(pt.lf),
      "  DOB: ", x.D(dob, "dmon"), "  Hosp no: ", ID(hno), "  NHS no: ", ID(nhs), "\n",
      "Address: ", AD(home), ", ", AD(twn), ", ",
      ZP(pc), "\nReferral: 2WW from GP (Dr ", N(gp.full), "), received ", x.D(ref, "uk"),
      "; day [[", str((x.today - ref).days), "]] of the 62-day pathway\n\n",
      "Summary: ", A(x.age(dob)), "-year-old ex-smoker ([[40 pack-years]]), PS [[1]]. CT",
      " ", x.D(ref + timedelta(days=6), "uk1"), ": [[38 mm]] LUL mass; PET-CT ",
      x.D(ref + timedelta(days=15), "uk1"), " avid primary, ipsilateral hilar node. EBUS ",
      x.D(ref + timedelta(days=21), "uk1"), ": squamous cell carcinoma, PD-L1 [[10%]].",
      " FEV1 [[1.9 L]] ([[72%]]), TLCO [[58%]].\nStaging: [[cT2b N1 M0 - stage IIB]] (TNM 8)\n\n",
      "Outcome: suitable for radical treatment - surgical opinion (Mr ", N(surg.family),
      ", thoracic surgeon) for VATS lobectomy; if declines, SABR vs chemoradiotherapy with Dr ",
      N(onc.family), ". Add to cardiothoracic MDT ", x.D(x.today + timedelta(days=7), "dm"), ".\n",
      "Patient informed by: ", N(cns.full), " (Lung CNS, key worker) ", PH(ph), " / ",
      EM(mail), "\nDiscussed at MDT, chair Dr ", N(x.staff("en_GB").family), "; data entry ",
      N(x.staff("en_GB").ini.lower()))
    tel = f"07{x.digits(3)} {x.digits(6)}"
    return x.b.build(x.pat(pt, hno, dob, tel, (home, twn, "England", pc), us=False,
                           extra=[("https://fhir.nhs.uk/Id/nhs-number", nhs)]))


def _bc_admission(x: Ctx) -> Note:
    r = x.r
    pt = x.person(r.choice(["ind", "chin", "kor", "viet", "x"]), loc="en_CA")
    town, pc, ac = r.choice([("Burnaby", "V5H 2E4", "604"), ("Surrey", "V3W 1K9", "604"),
                             ("Richmond", "V6Y 2B1", "604"), ("Coquitlam", "V3K 3T7", "604"),
                             ("Abbotsford", "V2S 4N2", "604"), ("Kelowna", "V1Y 6H2", "250")])
    phn = f"9{x.digits(3)} {x.digits(3)} {x.digits(3)}"
    mrn, dob = x.digits(8), x.dob(45, 95)
    hosp, fp = x.staff("en_CA"), x.staff("en_CA")
    dtr = x.person(pt.origin, "F", loc="en_CA")
    road = r.choice(["Kingsway", "72 Ave", "No. 3 Rd", "Edmonds St", "Lougheed Hwy"])
    street = f"{r.randint(1, 40)}-{r.randint(5000, 15999)} {road}"
    x("HOSPITALIST ADMISSION NOTE - Royal Columbian Hospital\n", N(pt.full), "  PHN ", ID(phn),
      "  MRN ", ID(mrn), "\nDOB ", x.D(dob, "iso"), "  Admitted ", x.D(x.today, "iso"), "\n",
      "FP: Dr. ", N(fp.full), " (fax ", PH(f"{ac}-{r.randint(200, 989)}-{x.digits(4)}"), ")\n\n",
      "ID: ", A(x.age(dob)), f" y/o {pt.man} from ", AD(town), " with CKD 4, T2DM, CAD,",
      " admitted with volume overload and hyperkalemia.\nHPI: 1 week of orthopnea, [[+6 kg]]",
      " since FP visit ", x.D(x.ago(20, 40), "mabbr"), ". K [[6.3]], Cr [[", str(r.randint(280,
      420)),
      " umol/L]] (baseline [[230]] in ", x.D(x.ago(100, 200), "my"), "), eGFR [[12]]. BNP [[",
      str(r.randint(900, 3000)), "]]. Trop flat.\nMeds: [[Jardiance 10 mg]] daily, [[ramipril",
      " 10 mg]], [[Lasix 40 mg]] BID, [[Lokelma 10 g]] daily (stopped ", x.D(x.ago(5, 12), "mabbr"),
      "), insulin.\nSH: lives with daughter ", N(dtr.given), " at ", AD(street), ", ", AD(town),
      ", BC ", ZP(pc), "; daughter's cell ", PH(f"{ac}-{r.randint(200, 989)}-{x.digits(4)}"),
      ". Punjabi/Cantonese interpreter not needed. Retired from ", r.choice(["BC Hydro",
                                                                               "Canada Post",
                                                                               "TransLink"]),
      ".\n\nA/P:\n1. Hyperkalemia: [[insulin 10 U + D50]], Lokelma 10 g TID x [[48 h]], ECG",
      " peaked T\n2. CHF/volume: [[furosemide 80 mg IV BID]], strict I/O, daily wts\n3. CKD4:",
      " nephrology (Dr. ", N(x.staff("en_CA").family), ") re: dialysis planning; KCC at",
      " Burnaby Hospital\n4. GOC: full code per patient; MOST [[M2]] documented\n\n",
      N(hosp.full), ", MD, FRCPC")
    tel = f"{ac}-{x.digits(3)}-{x.digits(4)}"
    return x.b.build(x.pat(pt, mrn, dob, tel, (street, town, "BC", pc), us=False,
                           extra=[(("https://health.gov.bc.ca/fhir/NamingSystem/"
                                    "ca-bc-patient-healthcare-id"), phn.replace(" ", ""))]))


def _sask_transport(x: Ctx) -> Note:
    r = x.r
    pt = x.person(r.choice(["x", "x", "eeur", "nig"]), loc="en_CA")
    town, pc = r.choice([("Eston", "S0L 1A0"), ("Kindersley", "S0L 1S0"), ("Humboldt", "S0K 2A0"),
                         ("Meadow Lake", "S9X 1V8"), ("Rosetown", "S0L 2V0")])
    hsn, mrn, dob = x.digits(9), x.digits(7), x.dob(30, 92)
    rn, medic, medcon = x.staff("en_CA"), x.staff("en_CA"), x.staff("en_CA")
    wife = x.person(pt.origin, family=pt.family, loc="en_CA")
    box = r.randint(10, 999)
    x("CRITICAL CARE TRANSPORT RECORD - Saskatchewan Air Ambulance\nTrip #", ID(x.digits(6)),
      "  Date ", ("DATE", f"{x.today.year}-{_MON[x.today.month - 1][:3]}-{x.today.day:02d}"),
      "\nPatient: ", N(pt.lf), "  HSN ", ID(hsn), "  DOB ", x.D(dob, "iso"),
      "  RUH MRN ", ID(mrn), "\n",
      "Sending: ", town, " Union Hospital (Dr. ", N(x.staff("en_CA").family), ", ",
      PH(f"306-{r.randint(200, 989)}-{x.digits(4)}"), ")  Receiving: RUH Saskatoon, ICU\n",
      "Home: ", AD(f"Box {box}"), ", ", AD(town), ", SK ", ZP(pc), "\n\n",
      "Dx: STEMI (inferior), received [[TNK 45 mg]] at sending site 1410; reperfusion criteria",
      " [[not met]] - for rescue PCI.\nOn arrival: HR [[", str(r.randint(40, 56)), "]] junctional,",
      " BP [[", str(r.randint(78, 96)), "/", str(r.randint(40, 60)), "]], GCS [[15]], SpO2 [[96%",
      " 4L]]\nInterventions: [[atropine 0.5 mg]] x1 -> HR [[64]]; norepi [[0.05 mcg/kg/min]];",
      " pads on\nMeds given prior: [[ASA 160 mg]], [[clopidogrel 300 mg]],",
      " [[enoxaparin 30 mg IV]]\n",
      "Wheels up 1512, landed 1558 (PC-12). Report to ICU RN at 1621.\nFamily: ", N(wife.full),
      " driving by road, ", PH(f"306-{r.randint(200, 989)}-{x.digits(4)}"), ".\n\n",
      "Med control: Dr. ", N(medcon.family), "\nCrew: ", N(rn.full), ", RN; ", N(medic.full),
      ", CCP")
    tel = f"306-{x.digits(3)}-{x.digits(4)}"
    return x.b.build(x.pat(pt, mrn, dob, tel, (f"Box {box}", town, "SK", pc), us=False,
                           extra=[("https://health.gov.sk.ca/hsn", hsn)]))


def _au_medicare(x: Ctx) -> str:
    d = [x.r.randint(2, 6)] + [x.r.randint(0, 9) for _ in range(7)]
    chk = sum(v * w for v, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(chk) + str(x.r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _qld_discharge(x: Ctx) -> Note:
    r = x.r
    pt = x.person(r.choice(["x", "x", "viet", "chin", "ind"]), loc="en_AU")
    sub, pc = r.choice([("Logan Central", "4114"), ("Inala", "4077"), ("Woolloongabba", "4102"),
                        ("Redcliffe", "4020"), ("Springwood", "4127"), ("Toowong", "4066")])
    urn, mc, dob = x.digits(7), _au_medicare(x), x.dob(40, 96)
    reg, cons, gp = x.staff("en_AU"), x.staff("en_AU"), x.staff("en_AU")
    adm = x.ago(3, 8)
    road = r.choice(["Wembley Rd", "Kingston Rd", "Logan Rd", "Anzac Ave", "Coronation Dr"])
    street = f"{r.randint(1, 30)}/{r.randint(2, 200)} {road}"
    mob = f"04{r.randint(10, 99)} {x.digits(3)} {x.digits(3)}"
    x("DISCHARGE SUMMARY - Princess Alexandra Hospital, General Medicine\n",
      "Patient: ", N(pt.lf), "  URN: ", ID(urn), "  Medicare: ", ID(mc), "\nDOB: ",
      x.D(dob, "uk"), "  Address: ", AD(street), ", ", AD(sub), " QLD ", ZP(pc), "\nPh: ",
      PH(mob), "\nAdmitted: ", x.D(adm, "uk"), "  Discharged: ", x.D(x.today, "uk"), "\n",
      "GP: Dr ", N(gp.full), ", ", r.choice(["Logan Medical Centre", "Inala Family Practice",
                                             "Redcliffe Bay Clinic"]), "  Fax ",
      PH("(07) " + x.digits(4) + " " + x.digits(4)),
      "\n\nPrincipal diagnosis: Cellulitis R lower limb\nComorbidities: T2DM (HbA1c [[9.4%]]),",
      " obesity, venous insufficiency\n\nClinical summary: ", pt.mr.rstrip("."), " ", N(pt.family),
      " presented on ", x.D(adm, "dmyl"), " with [[3 days]] of R leg erythema and fever [[38.9]].",
      " CRP [[", str(r.randint(90, 260)), "]], WCC [[", str(r.randint(12, 19)), "]]. Treated with",
      " [[IV cefazolin 2 g TDS]], changed to [[cefalexin 500 mg QID]] on ",
      x.D(x.today - timedelta(days=1), "dm"), " to complete [[7 days]] total. Seen by Hospital in",
      " the Home but preferred discharge. Endocrinology input: [[Ryzodeg 70/30]] started.\n\n",
      "Medication changes: NEW cefalexin (until ", x.D(adm + timedelta(days=7), "uk1"),
      "), Ryzodeg [[20 units]] with breakfast; CEASED gliclazide MR\n\nFollow-up:\n",
      "- GP in [[1/52]]: wound check, BSL diary\n- Diabetes educator phone call (",
      PH("(07) 3176 " + x.digits(4)), ")\n- Medical OPD [[6/52]]\n\n", N(reg.full),
      " (Registrar) for Dr ", N(cons.family), "\nCopy to GP via Medical Objects")
    return x.b.build(x.pat(pt, urn, dob, mob, (street, sub, "QLD", pc), us=False,
                              extra=[("http://ns.electronichealth.net.au/id/medicare-number",
                                mc.replace(" ", ""))]))


def _wa_ctpa(x: Ctx) -> Note:
    r = x.r
    pt = x.person(r.choice(["x", "x", "chin", "ind", "hisp"]), loc="en_AU")
    umrn, acc, dob = "A" + x.digits(7), "FSH" + x.digits(8), x.dob(25, 97)
    rad, reg = x.staff("en_AU"), x.staff("en_AU")
    prior = x.ago(10, 400)
    sub, pc = r.choice([("Cockburn Central", "6164"), ("Rockingham", "6168"), ("Joondalup", "6027"),
                        ("Armadale", "6112"), ("Mandurah", "6210")])
    x("CT PULMONARY ANGIOGRAM\nName: ", N(pt.lf), "  UMRN: ", ID(umrn), "  DOB: ",
      x.D(dob, "dmy"), "  Age: ", A(x.age(dob)), "\nSuburb: ", AD(sub), " ", ZP(pc),
      "\nAccession: ", ID(acc), "  Performed: ", x.D(x.today, "dmy"), " 22:47\nReferrer: Dr ",
      N(reg.full), " (ED)  Reported from ", IPA(x.ip()), "\n\nClinical: SOB, pleuritic pain,",
      " D-dimer [[2.1]], Wells [[4.5]], HR [[112]]. Recent long-haul flight from South Africa.\n",
      "Technique: [[60 mL Omnipaque 350]] bolus-tracked. Good opacification (PA [[380 HU]]).\n",
      "Comparison: CXR ", x.D(x.today, "uk"), "; CT chest ", x.D(prior, "uk"), ".\n\n",
      "Findings: Filling defects within the right lower lobe segmental and subsegmental",
      " arteries and the left upper lobe anterior segmental artery. RV/LV ratio [[",
      str(r.randint(8, 13) / 10), "]]. No septal bowing. Wedge-shaped peripheral opacity RLL,",
      " likely infarct. Small R effusion. Incidental [[6 mm]] LUL ground-glass nodule - stable",
      " since ", x.D(prior, "dm"), ".\n\nConclusion: Bilateral PE with [[borderline RV strain]].",
      " Phoned to Dr ", N(reg.family), " 23:05.\nViewer: ",
      UR(f"https://inteleviewer.health.wa.gov.au/Portal/app#/viewer?acc={acc}"), "\n\n",
      "Dr ", N(rad.full), ", FRANZCR")
    road = r.choice(["Beeliar Dr", "Safety Bay Rd", "Grand Blvd", "Albany Hwy"])
    return x.b.build(x.pat(pt, umrn, dob, f"04{x.digits(2)} {x.digits(3)} {x.digits(3)}",
                           (f"{r.randint(2, 90)} {road}", sub, "WA", pc),
                           us=False))


def _nhi(x: Ctx) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        lt = [x.r.choice(al) for _ in range(3)]
        dg = [x.r.randint(0, 9) for _ in range(3)]
        s = sum((al.index(c) + 1) * w for c, w in zip(lt, [7, 6, 5], strict=True))
        s += sum(d * w for d, w in zip(dg, [4, 3, 2], strict=True))
        chk = 11 - s % 11
        if s % 11 and chk != 10:
            return "".join(lt) + "".join(map(str, dg)) + str(chk % 10)


def _nz_fracture(x: Ctx) -> Note:
    r = x.r
    maori = r.random() < 0.45
    if maori:
        sex = r.choice("MF")
        given = r.choice(["Wiremu", "Tama", "Hemi", "Rawiri"] if sex == "M"
                         else ["Aroha", "Mere", "Anahera", "Hine"])
        pt = Person(given, r.choice(["Ngata", "Parata", "Te Huia", "Tipene", "Kereama", "Whaanga"]),
                    sex, "maori")
    else:
        pt = x.person("x", loc="en_NZ")
    sub, pc = r.choice([("Hamilton East", "3216"), ("Frankton", "3204"), ("Huntly", "3700"),
                        ("Te Awamutu", "3800"), ("Ngaruawahia", "3720"), ("Cambridge", "3434")])
    nhi, dob = _nhi(x), x.dob(16, 85)
    gp, reg, cons = x.staff("en_NZ"), x.staff("en_NZ"), x.staff("en_NZ")
    inj = x.ago(10, 20)
    road = r.choice(["Grey Street", "Clarkin Road", "Galloway St", "Bond Street", "Ohaupo Road"])
    street = f"{r.randint(1, 220)} {road}"
    mob = f"02{r.choice('1279')} {x.digits(3)} {x.digits(4)}"
    x("Waikato Hospital - Orthopaedic Fracture Clinic\n", x.D(x.today, "dot"), "\n\nDr ",
      N(gp.full), "\n", r.choice(["Hamilton East Medical", "Anglesea Clinic", "Huntly Medical"]),
      "\n\nDear Dr ", N(gp.family), "\n\nRe: ", N(pt.full), "  NHI ", ID(nhi), "  DOB ",
      x.D(dob, "uk"), "\n", AD(street), ", ", AD(sub), ", ", AD("Hamilton") if sub in
      ("Hamilton East", "Frankton") else "Waikato", " ", ZP(pc), "   Mobile ", PH(mob), "\n\n",
      "Diagnosis: Left distal radius fracture, dorsally angulated, ", x.D(inj, "dm"), "\n",
      "Management: closed reduction + backslab in ED ", x.D(inj, "dot"), "; ORIF with volar",
      " locking plate ", x.D(inj + timedelta(days=5), "dot"), " (Mr ", N(cons.family), ")\n\n",
      "I reviewed ", N(pt.given), " today, ", str((x.today - inj).days // 7), " weeks post-injury,",
      " with ", pt.his, " ", r.choice(["partner", "cousin", "flatmate"]), " ",
      N(x.person("x", loc="en_NZ").given), ". Wound healed, sutures out. Fingers: full",
      " composite fist. Median nerve intact. X-rays show maintained alignment, volar tilt",
      " [[8 degrees]], radial height [[11 mm]]. Pain [[2/10]] on [[paracetamol 1 g QID]] PRN.\n\n",
      "Plan: removable splint [[2/52]], hand therapy referral (", PH("07 839 " + x.digits(4)),
      ", ", EM("handtherapy.waikato@tewhatuora.govt.nz"), "), no heavy lifting at work (",
      r.choice(["Fonterra", "a dairy farm", "Gallagher Group"]),
      ") for [[6 weeks]]. Review [[6/52]] with X-ray.\n\nNgā mihi,\n\n", N(reg.full),
      ", Orthopaedic Registrar, for ", N(cons.full), ", Consultant\n",
      N(reg.ini.lower()), "/", N(x.staff("en_NZ").ini.lower()))
    return x.b.build(x.pat(pt, nhi, dob, mob, (street, sub, "Waikato", pc), us=False))


def _ie_ed_letter(x: Ctx) -> Note:
    r = x.r
    pt = x.person("x", loc="en_IE")
    area, key = r.choice([("Phibsborough", "D07"), ("Crumlin", "D12"), ("Finglas", "D11"),
                          ("Rathmines", "D06"), ("Tallaght", "D24"), ("Cabra", "D07")])
    eir = key + " " + "".join(r.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    mrn, dob = x.digits(7), x.dob(18, 92)
    edr, gp = x.staff("en_IE"), x.staff("en_IE")
    sp = x.person("x", "F" if pt.sex == "M" else "M", loc="en_IE")
    road = r.choice(["Dowth Avenue", "Leix Road", "Clonard Road", "Mount Drummond Ave",
                     "Old Bawn Way"])
    street = f"{r.randint(1, 120)} {road}"
    mob = f"08{r.choice('3567')} {x.digits(3)} {x.digits(4)}"
    x("Emergency Department - Discharge Letter\nMater Misericordiae University Hospital\n",
      "Date of attendance: ", x.D(x.today, "uk"), "   MRN: ", ID(mrn), "\n\nTo: Dr ", N(gp.full),
      ", GP\n\nRe: ", N(pt.full), ", DOB ", x.D(dob, "uk"), "\n", AD(street), ", ", AD(area),
      ", ", AD("Dublin"), " ", ZP(eir), "   Mob: ", PH(mob), "\n\n", N(pt.given), " attended on ",
      x.D(x.today, "dord"), " with ", pt.his, " ", "wife" if sp.sex == "F" else "husband", " ",
      N(sp.given), " following a syncopal episode at Mass. Triage category [[3]] (Manchester).\n",
      "Obs: BP [[", str(r.randint(90, 130)), "/", str(r.randint(50, 80)), "]] lying, [[",
      str(r.randint(80, 110)), "/", str(r.randint(45, 70)), "]] standing; HR [[", str(r.randint(50,
      90)),
      "]]; BM [[6.1]]. ECG: SR, PR [[220 ms]], no pre-excitation. Bloods incl. troponin",
      " unremarkable; Hb [[131]].\nImpression: likely reflex (vasovagal) syncope; San",
      " Francisco Syncope Rule negative.\n\nPlan: 72-hour Holter (booked for ",
      x.D(x.today + timedelta(days=r.randint(5, 20)), "dm"), ", Cardiac Investigations ",
      PH("(01) 803 " + x.digits(4)), "). Not to drive for [[4 weeks]] per RSA guidance. GP",
      " review [[1/52]]; stop [[tamsulosin 400 mcg]] for now.\n\nYours sincerely,\n",
      N(edr.full), ", SHO in Emergency Medicine\nMCRN ", ID(x.digits(6)))
    return x.b.build(x.pat(pt, mrn, dob, mob, (street, area, "Dublin", eir), us=False))


def _nric(x: Ctx, dob: date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    d = [dob.year % 100 // 10, dob.year % 10] + [x.r.randint(0, 9) for _ in range(5)]
    s = sum(v * w for v, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def _sg_discharge(x: Ctx) -> Note:
    r = x.r
    kind = r.choice(["chin", "malay", "ind"])
    sex = r.choice("MF")
    if kind == "chin":
        fam = r.choice(["TAN", "LIM", "NG", "GOH", "ONG", "TEO"])
        given = r.choice(["Wei Ming", "Ah Kow", "Boon Huat"] if sex == "M" else
                         ["Hui Min", "Siew Lan", "Mei Ling"])
        full = f"{fam} {given.upper()}"
    elif kind == "malay":
        fam = r.choice(["Ismail", "Osman", "Rahman", "Hassan"])
        given = r.choice(["Muhammad Faizal", "Ahmad Syukri"] if sex == "M" else
                         ["Nurul Huda", "Siti Aminah"])
        full = f"{given.upper()} {'BIN' if sex == 'M' else 'BINTE'} {fam.upper()}"
    else:
        fam = r.choice(["Krishnan", "Raman", "Subramaniam"])
        given = r.choice(["Ravi", "Suresh"] if sex == "M" else ["Kamala", "Devi"])
        full = f"{given.upper()} {'S/O' if sex == 'M' else 'D/O'} {fam.upper()}"
    pt = Person(given, fam.title(), sex, "sg")
    dob = x.dob(45, 95)
    nric = _nric(x, dob)
    blk = r.randint(100, 699)
    area, pc2 = r.choice([("Ang Mo Kio Ave 3", "56"), ("Bedok North Ave 2", "46"),
                          ("Jurong West St 42", "64"), ("Toa Payoh Lor 1", "31"),
                          ("Woodlands Dr 14", "73")])
    pc = f"{pc2}{blk:04d}"
    line = f"Blk {blk} {area} #{r.randint(2, 15):02d}-{r.randint(100, 1999)}"
    if kind == "chin":
        nok = f"{fam} {r.choice(['JUN JIE', 'XIN YI', 'KAI WEN', 'HUI LING'])}"
    elif kind == "malay":
        kin = r.choice(["NUR AISYAH", "MUHAMMAD HAZIQ"])
        nok = f"{kin} {'BIN' if kin[0] == 'M' else 'BINTE'} {given.upper()}"
    else:
        nok = f"{r.choice(['PRIYA D/O', 'ARUN S/O'])} {given.upper()}"
    mo, cons = x.staff(), x.staff()
    adm = x.ago(3, 9)
    mob = f"+65 {r.choice('89')}{x.digits(3)} {x.digits(4)}"
    x("INPATIENT DISCHARGE SUMMARY - Tan Tock Seng Hospital\nName: ", N(full), "   NRIC: ",
      ID(nric), "\nDOB: ", x.D(dob, "dmy"), "   Age: ", A(x.age(dob)), "\nAddress: ", AD(line),
      " S(", ZP(pc), ")   HP: ", PH(mob), "\nAdmission: ", x.D(adm, "dmy"), "   Discharge: ",
      x.D(x.today, "dmy"), "   Ward 9D Bed ", str(r.randint(1, 40)), "\n\nDiagnoses: 1. Dengue",
      " fever with warning signs 2. Hypertension\n\nCourse: Admitted with [[4 days]] of fever,",
      " myalgia and abdominal pain. NS1 [[positive]]. Plt nadir [[", str(r.randint(12, 40)),
      " x10^9/L]] on ", x.D(adm + timedelta(days=2), "dm"), ", HCT rise [[20%]]; managed with",
      " IV crystalloids per protocol. No bleeding. Plt [[", str(r.randint(80, 140)),
      "]] on discharge.\nMeds on discharge: [[amlodipine 5 mg OM]], [[paracetamol 1 g QDS PRN]];",
      " avoid NSAIDs.\n\nFollow-up: TCU polyclinic [[1/52]] for FBC; SOC appointment at",
      " Infectious Diseases ", x.D(x.today + timedelta(days=14), "uk"), ".\nNOK: ",
      N(nok), " (child) ",
      PH(f"+65 9{x.digits(3)} {x.digits(4)}"), "\nView results on HealthHub: ",
      UR("https://www.healthhub.sg/apps/my-health/appointments"), "\n\n", N(mo.full),
      ", MO, for Dr ", N(cons.full), ", Senior Consultant, Infectious Diseases")
    res = x.pat(pt, nric, dob, mob, (line, "", "Singapore", pc), us=False)
    return x.b.build(res)


def _hkid(x: Ctx) -> str:
    ch = x.r.choice("ACDEGHKMPRVYZ")
    d = [x.r.randint(0, 9) for _ in range(6)]
    s = 9 * 36 + 8 * (ord(ch) - 55) + sum(v * (7 - k) for k, v in enumerate(d))
    c = (11 - s % 11) % 11
    return f"{ch}{''.join(map(str, d))}({'A' if c == 10 else c})"


def _hk_ultrasound(x: Ctx) -> Note:
    r = x.r
    sex = r.choice("MF")
    fam = r.choice(["CHAN", "WONG", "CHEUNG", "LAU", "LEUNG", "HO", "YIP"])
    given = r.choice(["Tai Man", "Kwok Wing", "Chi Keung"] if sex == "M" else
                     ["Siu Ling", "Mei Kuen", "Wai Yee"])
    eng = r.choice(["Peter", "David", "Kenneth"] if sex == "M" else ["Mary", "Winnie", "Carol"])
    pt = Person(f"{eng} {given}", fam.title(), sex, "hk")
    hkid, dob, hn = _hkid(x), x.dob(40, 98), "HN" + x.digits(8)
    tel = f"{r.choice('569')}{x.digits(3)} {x.digits(4)}"
    rad = x.staff()
    rad2 = Person(r.choice(["Ka Ho", "Wing Yan", "Hoi Ching"]), r.choice(["TSANG", "KWAN", "MAK"]),
                  "M")
    prior = x.ago(300, 900)
    line = f"Flat {r.choice('ABCDEFGH')}, {r.randint(3, 38)}/F, Block {r.randint(1, 12)}"
    est = r.choice([("Tai Koo Shing", "Quarry Bay"), ("Lok Fu Estate", "Kowloon City"),
                    ("Shek Wai Kok Estate", "Tsuen Wan"), ("Wah Fu Estate", "Pok Fu Lam")])
    x("ULTRASOUND THYROID - Queen Mary Hospital, Department of Radiology\nPatient: ",
      N(f"{fam}, {eng} {given}"), "   HKID: ", ID(hkid), "   Sex/Age: ", sex, "/", A(x.age(dob)),
      "\nAddress: ", AD(line), ", ", AD(est[0]), ", ", AD(est[1]), "   Tel: ",
      PH(tel), "\nHospital No.: ", ID(hn),
      "   Exam No.: ", ID("QMH" + x.digits(9)), "\nExam date: ", x.D(x.today, "uk"), "   Referred",
      " by: Dr ", N(rad.full), " (ENT SOPC)\n\nHistory: incidental thyroid nodule on CT neck ",
      x.D(prior, "uk"), ".\n\nFindings:\nRight lobe [[4.8 x 1.9 x 1.6 cm]]. Solid hypoechoic",
      " nodule in the lower pole [[1.7 x 1.2 x 1.4 cm]], taller-than-wide, microlobulated",
      " margin, punctate echogenic foci. ACR TI-RADS [[TR5]] ([[9 points]]).\nLeft lobe",
      " [[4.2 x 1.6 x 1.5 cm]], spongiform nodule [[0.8 cm]] ([[TR1]]).\nNo suspicious cervical",
      " lymph node.\n\nImpression: Right TR5 nodule [[1.7 cm]] - FNAC recommended. Compared",
      " with ", x.D(prior, "iso"), ", enlarged from [[1.2 cm]].\n\nReported by: Dr ",
      N(f"{rad2.family} {rad2.given}"), ", FHKCR  ", x.D(x.today, "iso"), "\nPACS node ",
      IPA(x.ip()))
    return x.b.build(x.pat(pt, hn, dob, tel, (f"{line}, {est[0]}", est[1], "Hong Kong", ""),
                           us=False,
                            extra=[("urn:hk:hkid", hkid)]))


TEMPLATES = [
    _dc_cabg, _hp_pancreatitis, _micu_progress, _cath_report, _echo_report, _ecg_read,
    _mri_brain, _cxr_portable, _op_hemiarthroplasty, _pacu_handoff, _ur_review, _pt_daily,
    _slp_mbss, _ostomy_teaching, _rt_vent, _nutrition, _psych_capacity, _code_blue,
    _transfer_note, _osh_records, _attestation, _ed_triage, _sw_note, _stroke_code, _delivery,
    _peds_bronch, _opat_id, _geri_delirium, _death_note, _anticoag, _bm_biopsy, _critical_lab,
    _uk_orthogeri, _uk_mdt, _bc_admission, _sask_transport, _qld_discharge, _wa_ctpa,
    _nz_fracture, _ie_ed_letter, _sg_discharge, _hk_ultrasound,
]


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; note ``i`` depends only on ``i``."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
