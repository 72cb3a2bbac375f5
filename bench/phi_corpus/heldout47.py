"""HELD-OUT v47 PHI corpus: written independently, before any round-47 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API,
``bench/scrubber.py`` and the module docstrings of heldout44 / heldout45 / heldout46 were read, to
follow their labelling conventions and to avoid their templates; the scrubber was never run on this
corpus while it was written). Like v14-v46 it aims at the MAINSTREAM of English-language clinical
text with ordinary PHI density; it is modelled on UNITED STATES care OUTSIDE THE BIG ACADEMIC
CENTRES: rural and critical-access hospitals, Southern and Midwestern community hospitals, VA
medical centres and CBOCs (CPRS notes), Indian Health Service and tribal programmes, Puerto Rico and
the Mexican border, FQHCs, nursing homes, dialysis units, jails and prisons, school-based clinics,
county health departments and rural EMS / air-medical services. Note kinds and phrasing differ from
v44 - v46. Templates, cycled in order (see ``TEMPLATES``): CPRS PACT primary-care notes ("LOCAL
TITLE:", "DATE OF NOTE: APR 07, 2024@10:42", "AUTHOR: LAST,FIRST", "Patient: LAST,FIRST (S1234)",
"Last 4:", "/es/" signatures, receipt acknowledged by the RN care manager, ages >= 90 sometimes);
IHS diabetes-clinic visits (HRN, census number, Navajo chapter, "HC 61 Box ..." / "NHA Housing #"
mailing address, granddaughter's phone, Diné interpreter initials, hantavirus left clinical);
critical-access ED EMTALA transfer certificates ("<County> County Memorial" unlabelled, Jr. / Sr. /
III suffixes, telestroke tenecteplase, transfer-centre phone and reference number, wife's cell); MDS
3.0 quarterly assessments (A0500 name items, A0600A SSN with or without dashes, MBI, Medicaid,
A0900 birth date, A2300 ARD, residents mostly >= 90, BIMS / PHQ / GG codes, POA son); FQHC promotora
diabetes group visits (Spanish double surnames, colonia addresses, Spanish phrases, comadre, 340B
NPH insulin, WhatsApp); county-jail sick call / withdrawal monitoring (booking and SO numbers, COWS,
buprenorphine MOUD, deputy and badge number, mother's phone, Medicaid ID); patient-portal threads
(sending IP, lower-case self-signature, hemolysed potassium, education URL, RN reply with initials);
CPRS suicide-prevention safety plans (VA "S1234"-style identifier, C-SSRS / PHQ-9 / PCL-5, brother's
and battle buddy's phones, nickname in quotes, lethal-means storage address, MHTC ext); tribal CHR
home visits (Lakota names, tribal enrollment and IHS chart numbers, "BIA Route" / "Cluster Housing
#" addresses, grandson, medicine man, ages >= 90 often); air-medical patient care records (mission
number, aircraft N-number, LZ at a county-road intersection, plate, DL number, crew "F. Last");
monthly nephrologist HD notes (unit street and town, chair, 2008T serial, Kt/V / URR / EDW,
Mircera / Venofer / Velphoro, transplant coordinator, nephrologist's e-mail); Valley fever ID
consults (CF titres kept clinical, urgent care in another border town, fluconazole, pager);
school-based health centre visits (student ID, CHIP, kinship guardian, ACT, school-district e-mail);
reference-lab send-out reports (client number, accession, specimen, ISO collection date-time,
"yyyymmdd" receipt, Lyme / Rocky Mountain spotted fever / alpha-gal, result URL and host IP); VA
Video Connect cardiology visits (VVC URL, patient and workstation IPs, veteran's location with
ZIP+4, home-telehealth RN initials); rural EMS run reports (NEMSIS incident number, "RR 2 Box 145"
/ "County Road" / "FM" / "Hwy 61 N" scene addresses, lower-case typed names, ages >= 90 often,
MBI, paramedic licence); INTERACT SBAR change-in-condition notes (nicknames in quotes, ages >= 90,
POA daughter, "f.last LPN"); Puerto Rico dengue discharge summaries ("Urb. ..., Calle 12 B-7" and
"Bo. ..., Carr. 123 Km 4.5" lines, 787 / 939 phones, Plan Vital, hija); prison hepatitis-C chronic
care (DOC number, unit names unlabelled, projected release date, parole address, aunt);
teleradiology CT reports ("LAST^First" DICOM names, critical result called to a phone, ISO sign
date-time, workstation IP, PACS URL, licence number); VA C&P audiology DBQs (C-file number, full
SSN, "dMONyy" DD-214 date, "yyyymmdd" STR date, Maryland CNC left clinical, examiner licence,
contract-clinic address); swing-bed progress notes (qualifying-stay dates "m/d", Section GG,
daughter-in-law); dialysis social-work reassessments (MBI, state Medicaid, "xxx-xx-1234" SSN,
NEMT trip number, HCPOA sister, KDQOL-36); border ED notes (Mexican addresses with C.P. codes, +52
phones, CURP, interpreter ID, US cousin's address); FQHC behavioural-health warm handoffs (AUDIT-C
/ DAST-10 / PHQ-9 / GAD-7, wife at her mother's in another town); dermatopathology reports (case
number, gross initials in upper / lower case, Breslow / Clark, CLIA number, lab address); VA
community-care coordination notes (ICN, SEOC, referral number, community provider NPI, scheduler
"x" extension); OASIS-E start-of-care visits (MBI, M0 items, driving directions, nephew caregiver,
F2F date, "1w1, 2w4" orders); rural OB maternal transfers (EDD, pregnancy Medicaid, MFM access
line, FOB); migrant-farmworker outreach (nickname, matrícula consular, labour-camp unit address,
crew leader, +52 phone); county TB DOT notes (case and RVCT numbers, state-lab number, DOT log
dates, household contacts, vDOT IP); black-lung DOL evaluations (claim number, SSN last 4, ILO
B-reader, CWP / PMF, lay representative); Hmong palliative family meetings (clan elder, interpreter
ID, txiv neeb / hu plig, ages >= 90 sometimes); Somali pre-Ramadan diabetes visits (interpreter
number, iftar / suhoor dosing, handout URL); 340B pharmacist admission medication reconciliations
(pharmacy street and town, Rx numbers with fill dates, Goody's / Aleve / Eliquis, PCP fax, ext);
Gulf Coast Vibrio vulnificus admissions (Vietnamese names with an English-named son, son's e-mail).

Names: Faker en_US (fixed seeds, some hyphenated) and curated Spanish / Puerto Rican (double
surnames such as "Ramírez Ortiz", accented), Navajo and Lakota ("Yazzie", "Two Bulls", "Her Many
Horses"), Vietnamese, Hmong, Somali and word-like names (Hope, Faith, Bell, Parker, Young, Strong),
in the forms "First Last", "LAST, FIRST", "LAST,FIRST" (CPRS), "Last, First M.", "LAST^First",
"F. Last", "f.last", lower-case typed names, staff initials in upper and lower case, nicknames in
quotes, relatives' first names alone; a note avoids reusing a first or last name for unrelated
people. Places: rural towns in KY, MS, AR, AL, KS, OK, NE, IA, MN, MO, NM, TX, GA, WV, NC, SC, LA,
TN (including Hope, Liberal, Alliance, Harmony, Paris, Cairo), Navajo and Lakota communities and
chapters, border towns, Puerto Rican municipios, Mexican cities, Gulf towns and Upper-Midwest
cities; rural street lines ("RR 2 Box 145", "HC 64 Box 2200", "1840 CR 45", "12550 FM 1960",
"4471 Hwy 61 N", "PO Box 88", "..., Lot 14").

Conventions (same as heldout46): titles and credentials ("Dr", "Dr.", "Ms.", ", RN", ", MD", ",
PA-C", ", LCSW", " LPN", ", PharmD, BCPS", ", MD, FCAP", "(APRN)") are outside NAME spans; "LAST,
First" (also "LAST,FIRST", "LAST^First", "Last, First M.") is one NAME span; generational suffixes
("Jr.", "Sr.", "II", "III") are inside the NAME span; a nickname in quotes is its own NAME span
(quotes outside); a possessive "'s" is outside; staff initials are NAME (also "ab/cd" typist
pairs, each side its own span); MDS name items are separate NAME spans. A street line (with its
apartment / unit / lot / box part, "RR" / "HC" / "PO Box" lines, "Urb." / "Bo." lines, a county-road
intersection used as a scene address), a Navajo chapter and a city / town / municipio are ADDRESS;
a state / county / country ("Tamps.", "Coah.", "PR") is not PHI, nor are county names inside
facility or agency names ("Leflore County Health Department"); ZIP codes, ZIP+4 and Mexican C.P.
codes are ZIP. DATE: anything more specific than a year, in about 20 formats ("4/7/24",
"04/07/2024", "04-07-2024", "April 7th", "April 7, 2024", "7APR24", "Apr 7 2024", "2024-04-07",
"4/7", "20240407", "April 7th, 2024", "7-Apr-2024", "Apr. 7, 2024", "APR 07, 2024", "4.7.24",
"Apr 7", "4/7/2024", "07APR2024", "04/2024", "April 2024") plus ISO date-times as one span; a
CPRS "APR 07, 2024@10:42" labels only the date; a date followed by a separate time labels only the
date. Durations and follow-up ("6 months", "3 months", "2 weeks", "1w1, 2w4", "q3 months"), scores
(PHQ-9, PCL-5, C-SSRS, AUDIT-C, DAST-10, GAD-7, COWS, NIHSS, GCS, HEART, BIMS, GG codes, Braden,
MAHC-10, KDQOL, ACT, LRINEC, HAS-BLED, mMRC, ILO profusion, IDF-DAR), titres ("1:64"), doses,
vitals and labs with units are clinical (``Note.clinical``). PHONE includes fax, pagers (number
only) and extensions (the digits after "ext" / "x"); labels like "cell" are outside; the public
crisis line "988" is not labelled. SSN: full numbers (with or without dashes) and the digits of a
"Last 4" / "xxx-xx-1234" SSN. ID: MRN / HRN / chart / account / FIN / booking / SO / DOC numbers,
the VA "S1234" identifier (one ID span), ICN, VA claim / C-file and DOL claim numbers, census and
tribal enrollment numbers, Medicare MBI, Medicaid / CHIP, referral / authorisation / exam-request /
case / RVCT / mission / incident / NEMT trip / Rx numbers, accession / specimen / state-lab numbers,
client numbers, interpreter and badge numbers, NPI, CLIA, professional licences, matrícula
consular and CURP, driver's licences, aircraft N-numbers, plates and device serials. AGE: ages >=
90 only, number part only; ages < 90 are unlabelled. Facility, employer, insurer, pharmacy, unit
and ward names, bed / room / chair numbers, times of day and years alone are unlabelled; eponyms,
brands and capitalised clinical or place words that are not the patient's PHI (Valley fever,
Lyme, Rocky Mountain spotted fever, Vibrio vulnificus, Lewy body, Alzheimer's, Parkinson's,
Maryland CNC, Breslow, Clark, Eliquis, Semglee, Goody's, Aleve, Coumadin, Tylenol PM, Mircera,
Venofer, Velphoro, Synvisc, Agent Orange, Hurricane María, Reynosa as a pharmacy location) are
unlabelled text.

Run it only for final figures.
"""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_MON = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip

# ---------------------------------------------------------------- name pools
_SP_FIRST_F = ["María", "Guadalupe", "Yesenia", "Rosa", "Marisol", "Alejandra", "Lupita", "Carmen",
               "Xiomara", "Nereida", "Yolanda", "Esperanza", "Dulce", "Maricela", "Leticia"]
_SP_FIRST_M = ["José", "Juan Carlos", "Héctor", "Jesús", "Rigoberto", "Efraín", "Luis Ángel",
               "Ramón", "Wilfredo", "Osvaldo", "Eliseo", "Gerardo", "Armando", "Noel", "Feliciano"]
_SP_LAST = ["Ramírez", "Ortiz", "Hernández", "Rivera", "Santiago", "Colón", "Morales", "Vázquez",
            "Quiñones", "Cruz", "Garza", "Treviño", "Salinas", "Cantú", "Villarreal", "Figueroa",
            "Maldonado", "Ocasio", "Rosado", "Báez", "Zamora", "Ibarra", "Gallegos", "De la Rosa"]
_NA_FIRST_F = ["Loretta", "Darlene", "Shandiin", "Winona", "Tasheena", "Marlena", "Kateri",
               "Bernadine", "Renita", "Nizhoni"]
_NA_FIRST_M = ["Delbert", "Lorenzo", "Harrison", "Wendell", "Cody", "Rayburn", "Tyrell", "Leroy",
               "Virgil", "Ahiga"]
_NA_LAST = ["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Tsinajinnie", "Manuelito",
            "Two Bulls", "Yellow Hawk", "Brings Plenty", "Iron Shell", "Little Thunder",
            "Swift Bird", "Runs Through", "Kills Crow", "High Elk", "Tahe", "Chee", "Lente",
            "Whitehorse", "Good Shield", "Her Many Horses", "Bear Heels"]
_VI_FIRST = ["Thi Lan", "Van Minh", "Quoc Bao", "Thi Hoa", "Duc Anh", "Thanh Hai", "Ngoc Anh",
             "Van Tuan", "Thi Mai", "Hoang Long"]
_VI_LAST = ["Nguyen", "Tran", "Le", "Pham", "Huynh", "Vo", "Dang", "Bui", "Do", "Truong"]
_HM_FIRST = ["Pa Nhia", "Mai Yer", "Tou", "Chue", "Nou", "Kao", "Xue", "Houa", "Blia", "Youa",
             "Neng", "Tong Pao"]
_HM_LAST = ["Vang", "Xiong", "Yang", "Thao", "Her", "Moua", "Lor", "Vue", "Chang", "Khang"]
_SO_FIRST = ["Hodan", "Fadumo", "Abdirahman", "Ayaan", "Mahad", "Sahra", "Hamdi", "Abdikadir",
             "Ubah", "Farhiya", "Liban", "Khadra"]
_SO_LAST = ["Mohamed", "Abdi", "Hassan", "Farah", "Warsame", "Jama", "Omar", "Yusuf", "Ali",
            "Guled", "Nur", "Dahir"]
_NICK = {"William": "Billy", "Robert": "Bobby", "James": "Jimmy", "Charles": "Chuck",
         "Richard": "Dickie", "Margaret": "Peggy", "Elizabeth": "Betty", "Dorothy": "Dot",
         "Patricia": "Patsy", "Virginia": "Ginny", "Clarence": "Buddy", "Lawrence": "Larry"}
_WORD_FIRST = ["Hope", "Faith", "Grace", "Joy", "Autumn", "Dakota", "Sunny", "Star", "Amber",
               "Dusty", "Rusty", "Cotton", "Sonny", "Precious", "Major"]
_WORD_LAST = ["Bell", "Parker", "Hope", "Young", "Strong", "Wise", "Moody", "Rich", "Battle",
              "Gentry", "Sharp", "Hardy", "Bland", "Cotton", "Fields"]

# ---------------------------------------------------------------- places
# town, state, ZIP, county (county and state are not PHI), area code
_TOWNS = [
    ("Hazard", "KY", "41701", "Perry", "606"), ("Harlan", "KY", "40831", "Harlan", "606"),
    ("Pikeville", "KY", "41501", "Pike", "606"), ("Clarksdale", "MS", "38614", "Coahoma", "662"),
    ("Greenwood", "MS", "38930", "Leflore", "662"), ("Helena", "AR", "72342", "Phillips", "870"),
    ("Hope", "AR", "71801", "Hempstead", "870"), ("Eufaula", "AL", "36027", "Barbour", "334"),
    ("Liberal", "KS", "67901", "Seward", "620"), ("Guymon", "OK", "73942", "Texas", "580"),
    ("Tahlequah", "OK", "74464", "Cherokee", "918"), ("Alliance", "NE", "69301", "Box Butte", "308"),
    ("Storm Lake", "IA", "50588", "Buena Vista", "712"), ("Ottumwa", "IA", "52501", "Wapello", "641"),
    ("Worthington", "MN", "56187", "Nobles", "507"), ("Harmony", "MN", "55939", "Fillmore", "507"),
    ("Sikeston", "MO", "63801", "Scott", "573"), ("Marshall", "MO", "65340", "Saline", "660"),
    ("Batesville", "AR", "72501", "Independence", "870"), ("Hobbs", "NM", "88240", "Lea", "575"),
    ("Alpine", "TX", "79830", "Brewster", "432"), ("Crockett", "TX", "75835", "Houston", "936"),
    ("Waycross", "GA", "31501", "Ware", "912"), ("Cairo", "GA", "39828", "Grady", "229"),
    ("Welch", "WV", "24801", "McDowell", "304"), ("Logan", "WV", "25601", "Logan", "304"),
    ("Lumberton", "NC", "28358", "Robeson", "910"), ("Dillon", "SC", "29536", "Dillon", "843"),
    ("Natchitoches", "LA", "71457", "Natchitoches", "318"), ("Paris", "TN", "38242", "Henry", "731"),
]  # fmt: skip
_BORDER = [
    ("Weslaco", "TX", "78596", "Hidalgo", "956"), ("Alamo", "TX", "78516", "Hidalgo", "956"),
    ("Eagle Pass", "TX", "78852", "Maverick", "830"), ("Laredo", "TX", "78046", "Webb", "956"),
    ("Nogales", "AZ", "85621", "Santa Cruz", "520"), ("Somerton", "AZ", "85350", "Yuma", "928"),
    ("Calexico", "CA", "92231", "Imperial", "760"), ("Anthony", "NM", "88021", "Doña Ana", "575"),
]  # fmt: skip
_NAVAJO = [
    ("Chinle", "AZ", "86503", "Apache", "928"), ("Kayenta", "AZ", "86033", "Navajo", "928"),
    ("Shiprock", "NM", "87420", "San Juan", "505"), ("Crownpoint", "NM", "87313", "McKinley", "505"),
    ("Tuba City", "AZ", "86045", "Coconino", "928"),
]  # fmt: skip
_LAKOTA = [
    ("Pine Ridge", "SD", "57770", "Oglala Lakota", "605"), ("Kyle", "SD", "57752", "Oglala Lakota", "605"),
    ("Eagle Butte", "SD", "57625", "Dewey", "605"), ("Mission", "SD", "57555", "Todd", "605"),
    ("Fort Yates", "ND", "58538", "Sioux", "701"),
]  # fmt: skip
_PR = [
    ("Utuado", "00641"), ("Cayey", "00736"), ("Yauco", "00698"), ("Humacao", "00791"),
    ("Mayagüez", "00680"), ("Arecibo", "00612"), ("Bayamón", "00956"), ("Aguadilla", "00603"),
]  # fmt: skip
_NORTH = [
    ("Wausau", "WI", "54401", "Marathon", "715"), ("Sheboygan", "WI", "53081", "Sheboygan", "920"),
    ("St. Cloud", "MN", "56301", "Stearns", "320"), ("Willmar", "MN", "56201", "Kandiyohi", "320"),
    ("Faribault", "MN", "55021", "Rice", "507"), ("Eau Claire", "WI", "54701", "Eau Claire", "715"),
]  # fmt: skip
_GULF = [
    ("Bayou La Batre", "AL", "36509", "Mobile", "251"), ("Biloxi", "MS", "39530", "Harrison", "228"),
    ("Houma", "LA", "70360", "Terrebonne", "985"), ("Port Arthur", "TX", "77640", "Jefferson", "409"),
]  # fmt: skip
_STREETS = ["Main St", "Church St", "Pecan St", "Mulberry Ln", "Old Mill Rd", "Depot St",
            "Magnolia Dr", "Cedar Ln", "Cotton Gin Rd", "Railroad Ave", "Sycamore St",
            "Dogwood Trl", "Hickory Ridge Rd", "Cemetery Rd", "Lakeview Dr"]


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _d(d: date, style: str) -> str:
    m, dd, y = d.month, d.day, d.year
    mon = _MON[m - 1]
    ab = mon[:3]
    return {
        "m/d/yy": f"{m}/{dd}/{y % 100:02d}",
        "mm/dd/yyyy": f"{m:02d}/{dd:02d}/{y}",
        "mm-dd-yyyy": f"{m:02d}-{dd:02d}-{y}",
        "Month dth": f"{mon} {_ord(dd)}",
        "Month d, yyyy": f"{mon} {dd}, {y}",
        "dMONyy": f"{dd}{ab.upper()}{y % 100:02d}",
        "Mon d yyyy": f"{ab} {dd} {y}",
        "iso": d.isoformat(),
        "m/d": f"{m}/{dd}",
        "yyyymmdd": f"{y}{m:02d}{dd:02d}",
        "Month dth, yyyy": f"{mon} {_ord(dd)}, {y}",
        "d-Mon-yyyy": f"{dd}-{ab}-{y}",
        "Mon. d, yyyy": f"{ab}{'' if m == 5 else '.'} {dd}, {y}",
        "MON dd, yyyy": f"{ab.upper()} {dd:02d}, {y}",
        "m.d.yy": f"{m}.{dd}.{y % 100:02d}",
        "dth": _ord(dd),
        "Mon d": f"{ab} {dd}",
        "m/d/yyyy": f"{m}/{dd}/{y}",
        "ddMONyyyy": f"{dd:02d}{ab.upper()}{y}",
        "d Month yyyy": f"{dd} {mon} {y}",
        "mm/yyyy": f"{m:02d}/{y}",
        "Month yyyy": f"{mon} {y}",
    }[style]


_US_STYLES = ["m/d/yy", "mm/dd/yyyy", "mm-dd-yyyy", "Month d, yyyy", "dMONyy", "Mon d yyyy",
              "Month dth, yyyy", "d-Mon-yyyy", "Mon. d, yyyy", "m.d.yy", "m/d/yyyy", "iso"]
_SHORT_STYLES = ["m/d", "Month dth", "Mon d"]
_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class _Ctx:
    """Per-note random state, Faker instance and helpers."""

    def __init__(self, r: random.Random, fk: Faker) -> None:
        self.r = r
        self.fk = fk
        self.used: set[str] = set()
        self.visit = date(2023, 1, 10) + timedelta(days=r.randint(0, 900))

    # -- choices
    def ch(self, seq: list[Any]) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return str(self.r.randint(1, 9)) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 1))

    def day(self, lo: int, hi: int) -> date:
        return self.visit + timedelta(days=self.r.randint(lo, hi))

    def ds(self, d: date) -> str:
        return _d(d, self.ch(_US_STYLES))

    # -- names
    def _fresh(self, make: Any) -> tuple[str, str]:
        for _ in range(30):
            first, last = make()
            if first not in self.used and last not in self.used:
                break
        self.used.update({first, last})
        return first, last

    def name(self, origin: str = "anglo", sex: str | None = None) -> tuple[str, str]:
        sex = sex or self.ch("FM")
        r = self.r
        fk = self.fk

        def make() -> tuple[str, str]:
            if origin == "spanish":
                first = r.choice(_SP_FIRST_F if sex == "F" else _SP_FIRST_M)
                last = r.choice(_SP_LAST)
                if self.chance(0.5):
                    last2 = r.choice(_SP_LAST)
                    if last2 != last:
                        last = f"{last} {last2}"
                return first, last
            if origin == "native":
                return r.choice(_NA_FIRST_F if sex == "F" else _NA_FIRST_M), r.choice(_NA_LAST)
            if origin == "viet":
                return r.choice(_VI_FIRST), r.choice(_VI_LAST)
            if origin == "hmong":
                return r.choice(_HM_FIRST), r.choice(_HM_LAST)
            if origin == "somali":
                return r.choice(_SO_FIRST), r.choice(_SO_LAST)
            if origin == "word":
                return r.choice(_WORD_FIRST), r.choice(_WORD_LAST)
            first = fk.first_name_female() if sex == "F" else fk.first_name_male()
            last = fk.last_name()
            if self.chance(0.08):
                last = f"{last}-{fk.last_name()}"
            return first, last

        return self._fresh(make)

    def staff(self) -> tuple[str, str]:
        return self.name(self.ch(["anglo", "anglo", "anglo", "spanish", "viet", "word"]))

    # -- contact details
    def phone(self, area: str, style: int | None = None) -> str:
        ex = str(self.r.randint(201, 989))
        ln = f"{self.r.randint(0, 9999):04d}"
        style = self.r.randint(0, 4) if style is None else style
        return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}",
                f"{area}{ex}{ln}", f"1-{area}-{ex}-{ln}"][style]

    def email(self, first: str, last: str) -> str:
        first = _ascii(first).lower().replace(" ", "")
        last = _ascii(last).lower().replace(" ", "").replace("-", "")
        user = self.ch([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{self.r.randint(1, 99)}",
                        f"{last}{first[0]}", f"{first}_{last[:4]}"])
        dom = self.ch(["gmail.com", "yahoo.com", "hotmail.com", "att.net", "windstream.net",
                       "bellsouth.net", "outlook.com", "icloud.com", "centurylink.net"])
        return f"{user}@{dom}"

    def ip(self, private: bool | None = None) -> str:
        r = self.r
        if private if private is not None else self.chance(0.5):
            return self.ch([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                            f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        return f"{r.choice([66, 71, 98, 166, 174, 208, 24])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ssn(self) -> str:
        return f"{self.r.randint(100, 665)}-{self.r.randint(10, 99)}-{self.r.randint(1000, 9999)}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        r = self.r
        s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al)
             + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9))
             + str(r.randint(0, 9)))
        return s if self.chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def street(self) -> str:
        r = self.r
        return self.ch([
            f"RR {r.randint(1, 6)} Box {r.randint(10, 480)}",
            f"HC {r.randint(60, 89)} Box {r.randint(100, 3900)}",
            f"{r.randint(100, 9900)} County Road {r.randint(12, 890)}",
            f"{r.randint(100, 9900)} CR {r.randint(5, 450)}",
            f"{r.randint(1000, 19999)} FM {r.randint(400, 3200)}",
            f"{r.randint(1000, 9999)} Hwy {r.randint(11, 99)} {r.choice('NSEW')}",
            f"PO Box {r.randint(2, 990)}",
            f"{r.randint(100, 2999)} {r.choice(_STREETS)}",
            f"{r.randint(100, 2999)} {r.choice(_STREETS)}, Lot {r.randint(1, 40)}",
            f"{r.randint(10, 899)} {r.choice(['N', 'S', 'E', 'W'])} {r.choice(_STREETS)}",
        ])

    def zip4(self, z: str) -> str:
        return f"{z}-{self.r.randint(1000, 9999)}" if self.chance(0.35) else z

    # -- patient
    def patient(self, first: str, last: str, age: int, street: str, town: str, state: str,
                zipc: str, phone: str, mrn: str, middle: str | None = None) -> dict[str, Any]:
        start = date(self.visit.year, 1, 1)
        span = max((self.visit - start).days - 1, 1)
        dob = date(self.visit.year - age, 1, 1) + timedelta(days=self.r.randint(0, span - 1))
        self.dob = dob
        given = [first] + ([middle] if middle else [])
        return {
            "resourceType": "Patient",
            "id": f"pt-{mrn}",
            "identifier": [{"type": {"text": "MRN"}, "system": "urn:wardwatch:mrn", "value": mrn}],
            "name": [{"family": last, "given": given}],
            "telecom": [{"system": "phone", "value": phone, "use": "home"}],
            "address": [{"line": [street], "city": town, "state": state, "postalCode": zipc}],
            "birthDate": dob.isoformat(),
        }


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñüÁÉÍÓÚÑ'", "aeiounuAEIOUN ")
    return s.translate(table).replace(" ", "")


def _age(b: NoteBuilder, age: int) -> NoteBuilder:
    return b.p("AGE", str(age)) if age >= 90 else b.t(str(age))


def _upper_comma(first: str, last: str, sep: str = ", ") -> str:
    return f"{last.upper()}{sep}{first.upper()}"


# =============================================================== templates


def _cprs_header(c: _Ctx, b: NoteBuilder, local: str, standard: str, author: tuple[str, str]) -> None:
    v = c.visit
    b.t(f"LOCAL TITLE: {local}\nSTANDARD TITLE: {standard}\nDATE OF NOTE: ")
    b.p("DATE", _d(v, "MON dd, yyyy")).t(f"@{c.r.randint(8, 16):02d}:{c.r.randint(0, 59):02d}")
    b.t("     ENTRY DATE: ").p("DATE", _d(v, "MON dd, yyyy")).t(f"@{c.r.randint(16, 17)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}\n")
    b.t("      AUTHOR: ").p("NAME", f"{author[1].upper()},{author[0].upper()}").t("    EXP COSIGNER: \n")
    b.t("     URGENCY:                        STATUS: COMPLETED\n\n")


def va_pact_primary_care(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "anglo", "spanish", "word"]), "M")
    age = c.ch([68, 74, 77, 79, 91, 93, 58])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    ssn4 = f"{c.r.randint(1000, 9999)}"
    au = c.staff()
    rn = c.staff()
    b = NoteBuilder()
    _cprs_header(c, b, "PACT PRIMARY CARE FOLLOW UP", "PRIMARY CARE NOTE", au)
    b.t("Patient: ").p("NAME", f"{last.upper()},{first.upper()}").t(" (").p("ID", f"{last[0].upper()}{ssn4}")
    b.t(")   Last 4: ").p("SSN", ssn4).t("   Age: ")
    _age(b, age).t(f"\nClinic: {c.ch(['Delta Valley CBOC', 'Ozark Hills CBOC', 'Cumberland Gap CBOC', 'Big Bend CBOC'])}, PACT Team Blue\n\n")
    b.t(f"S: {age if age < 90 else 'Elderly'} y/o Vietnam-era Army veteran (Agent Orange presumptive, SC 70%) seen for 6 month f/u of DM2, HTN, BPH. ")
    b.t("Last seen ").p("DATE", _d(c.day(-190, -170), c.ch(["m/d/yy", "Month d, yyyy"]))).t(". Wife ")
    wf, _wl = c.name("anglo", "F")
    b.p("NAME", wf).t(" checks his sugars, fasting ").c("130s-160s").t(". Denies CP, SOB. Nocturia x").c("3").t(".\n")
    b.t("O: ").c(f"BP {c.r.randint(128, 162)}/{c.r.randint(70, 94)}").t("  ").c(f"P {c.r.randint(58, 96)}").t("  ")
    b.c(f"T 97.{c.r.randint(2, 9)} F").t("  ").c(f"Wt {c.r.randint(168, 262)} lb").t("  ").c(f"BMI {c.r.randint(24, 38)}.{c.r.randint(0, 9)}").t("  Pain ").c("2/10").t("\n")
    b.t("Labs ").p("DATE", _d(c.day(-10, -3), "m/d/yy")).t(": ").c(f"HbA1c {c.r.randint(68, 96) / 10:.1f}%").t(", ")
    b.c(f"Cr {c.r.randint(9, 19) / 10:.1f} mg/dL").t(", ").c(f"eGFR {c.r.randint(38, 88)}").t(", ").c(f"LDL {c.r.randint(62, 140)}").t(", ")
    b.c(f"PSA {c.r.randint(6, 48) / 10:.1f}").t(", UACR ").c(f"{c.r.randint(12, 260)} mg/g").t(".\n")
    b.t("Screens: PHQ-2 ").c("0").t(", AUDIT-C ").c(f"{c.r.randint(0, 4)}").t(", fall risk neg, MST neg.\n")
    b.t("A/P:\n1. DM2 - continue ").c("metformin 1000 mg BID").t(", add ").c("empagliflozin 10 mg daily").t(" (non-formulary request approved).\n")
    b.t("2. HTN - ").c("lisinopril 20 mg daily").t(", ").c("amlodipine 5 mg daily").t(".\n3. BPH - ").c("tamsulosin 0.4 mg qhs").t(".\n")
    b.t("4. Diabetic foot exam done; podiatry consult placed. Eye consult (TCT) due.\n")
    b.t("RTC ").c("6 months").t(" with fasting labs 1 week prior. Vet has My HealtheVet account; secure messaging encouraged. ")
    b.t("Home phone confirmed ").p("PHONE", ph).t(".\n\n/es/ ").p("NAME", f"{au[0].upper()} {au[1].upper()}")
    b.t(f"\n{c.ch(['NURSE PRACTITIONER', 'PHYSICIAN ASSISTANT', 'STAFF PHYSICIAN'])}\nSigned: ").p("DATE", _d(c.visit, "mm/dd/yyyy"))
    b.t(" 16:12\n\nReceipt Acknowledged By:\n").p("DATE", _d(c.visit, "mm/dd/yyyy")).t(" 16:40     /es/ ")
    b.p("NAME", f"{rn[0].upper()} {rn[1].upper()}").t("\n                             RN CARE MANAGER\n")
    return b.build(pt)


def va_mh_safety_plan(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "native", "spanish"]), c.ch("MMF"))
    age = c.r.randint(26, 58)
    town, st, z, _county, ac = c.ch(_TOWNS + _LAKOTA)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(7))
    ssn4 = f"{c.r.randint(1000, 9999)}"
    au = c.staff()
    b = NoteBuilder()
    _cprs_header(c, b, "MH SUICIDE PREVENTION SAFETY PLAN", "MENTAL HEALTH SAFETY PLAN NOTE", au)
    b.t("PT: ").p("NAME", f"{last.upper()},{first.upper()}").t("  ").p("ID", f"{last[0].upper()}{ssn4}").t("\n\n")
    b.t(f"Veteran, {age} y/o OEF/OIF Marine Corps, referred by PCMHI after PHQ-9 ").c(f"{c.r.randint(15, 22)}").t(" with item 9 ")
    b.c("positive (1)").t(". C-SSRS screener: passive ideation, no plan, no intent, no prior attempt. PCL-5 ").c(f"{c.r.randint(38, 61)}").t(".\n")
    b.t("Comprehensive Suicide Risk Evaluation completed: acute risk LOW, chronic risk INTERMEDIATE.\n\n")
    b.t("STEP 1 Warning signs: not sleeping, isolating in the shop, anniversary of a squad member's death (Nov).\n")
    b.t("STEP 2 Internal coping: fishing at the lake, working on truck, box breathing.\n")
    kid, _ = c.name("anglo", "F")
    bro_f, bro_l = c.name("anglo", "M")
    b.t("STEP 3 People/places for distraction: daughter ").p("NAME", kid).t(" (soccer games), VFW post on ")
    b.p("ADDRESS", f"{c.r.randint(100, 999)} {c.ch(_STREETS)}").t(".\n")
    b.t("STEP 4 People to ask for help: brother ").p("NAME", f"{bro_f} {bro_l}").t(" ").p("PHONE", c.phone(ac)).t("; battle buddy ")
    bud = c.name("anglo", "M")
    b.t("\"").p("NAME", c.ch(["Doc", "Tex", "Bubba", "Smitty"]) if c.chance(0.3) else bud[0]).t("\" ").p("NAME", bud[1]).t(" cell ")
    b.p("PHONE", c.phone(c.ch(["210", "757", "910", "760"]))).t(".\n")
    b.t("STEP 5 Professionals: MHTC ").p("NAME", f"{au[0]} {au[1]}").t(" ").p("PHONE", c.phone(ac, 0)).t(" ext ")
    b.p("PHONE", c.digits(4)).t("; Veterans Crisis Line (dial 988, press 1).\n")
    b.t("STEP 6 Making environment safe: Veteran agreed to store 2 rifles and handgun with brother at ")
    bstreet = c.street()
    btown = c.ch(_TOWNS)
    b.p("ADDRESS", bstreet).t(", ").p("ADDRESS", btown[0]).t(f", {btown[1]} ").p("ZIP", btown[2]).t("; gun locks x")
    b.c("2").t(" issued. Lethal means counselling documented.\n\nMeds: ").c("sertraline 100 mg daily").t(", ").c("prazosin 2 mg qhs")
    b.t(" (titrate to ").c("5 mg").t("), ").c("hydroxyzine 25 mg PRN").t(".\nCopy of plan given. Follow-up in ").c("1 week").t(" (")
    b.p("DATE", _d(c.visit + timedelta(days=7), c.ch(["m/d", "Month dth"]))).t("), caring letters enrolled.\n\n/es/ ")
    b.p("NAME", f"{au[0].upper()} {au[1].upper()}").t(", LCSW\nMENTAL HEALTH TREATMENT COORDINATOR\n")
    return b.build(pt)


def va_video_connect(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "native"]), c.ch("MF"))
    age = c.ch([66, 71, 80, 90, 92, 95])
    town, st, z, _county, ac = c.ch(_TOWNS + _NAVAJO)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(7))
    au = c.staff()
    tech = c.staff()
    vd = c.visit
    b = NoteBuilder()
    _cprs_header(c, b, "TELEHEALTH VVC CARDIOLOGY", "CARDIOLOGY TELEHEALTH NOTE", au)
    b.t("Patient: ").p("NAME", f"{first} {last}").t("  DOB: ").p("DATE", _d(c.dob, "mm/dd/yyyy")).t("  Age ")
    _age(b, age).t("\nModality: VA Video Connect (VVC) to home. Session log:\n")
    b.t("  Link: ").p("URL", f"https://care2.va.gov/vvc-app/?join=1&media=1&conference=VVC{c.digits(7)}@care2.va.gov&pin={c.digits(6)}").t("\n")
    b.t("  Connected ").p("DATE", _d(vd, "iso")).t(f" {c.r.randint(9, 15)}:{c.r.randint(10, 59)} CT from ").p("IP", c.ip(False))
    b.t(" (provider workstation ").p("IP", c.ip(True)).t("), audio/video adequate after one drop.\n")
    b.t("  Veteran location verified: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", c.zip4(z))
    b.t("; callback if disconnected ").p("PHONE", ph).t(".\n  Emergency contact present: ")
    sp, _ = c.name("anglo", "F" if pt["name"][0]["given"][0] in _SP_FIRST_M else c.ch("MF"))
    b.p("NAME", sp).t(" (spouse).\n\n")
    b.t("HFrEF (LVEF ").c("30%").t(" on TTE ").p("DATE", _d(c.day(-120, -60), c.ch(["m/d/yy", "Mon d yyyy"]))).t(").\n")
    b.t("Home telehealth cuff: ").c(f"BP {c.r.randint(98, 128)}/{c.r.randint(58, 76)}").t(", ").c(f"HR {c.r.randint(58, 82)}").t(", scale ")
    b.c(f"{c.r.randint(150, 210)} lb").t(" (up ").c("3 lb").t(" in ").c("4 days").t("). Home Telehealth RN ").p("NAME", f"{tech[0][0]}{tech[1][0]}")
    b.t(" flagged weight gain ").p("DATE", _d(vd - timedelta(days=2), c.ch(["m/d", "Mon d"]))).t(".\n")
    b.t("Meds: ").c("sacubitril/valsartan 49/51 mg BID").t(", ").c("carvedilol 12.5 mg BID").t(", ").c("spironolactone 25 mg daily")
    b.t(", ").c("dapagliflozin 10 mg daily").t(", ").c("furosemide 40 mg daily").t(".\nPlan: ").c("furosemide 40 mg BID x 3 days")
    b.t(", BMP at CBOC lab ").p("DATE", _d(vd + timedelta(days=4), c.ch(["m/d/yy", "Month dth"]))).t(". NYHA II-III.\n\n/es/ ")
    b.p("NAME", f"{au[0].upper()} {au[1][0].upper()} {au[1].upper()}" if c.chance(0.2) else f"{au[0].upper()} {au[1].upper()}")
    b.t(", MD\nCARDIOLOGY\n")
    return b.build(pt)


def va_cp_exam(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "anglo"]), "M")
    age = c.r.randint(48, 84)
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(7))
    ex = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("Hearing Loss and Tinnitus Disability Benefits Questionnaire (DBQ)\nContract examiner report - VES\n\n")
    b.t("Name of patient/Veteran: ").p("NAME", f"{first} {c.ch('ABCDEFGJKLMRSTW')}. {last}").t("\n")
    b.t("VA claim number (C-file): ").p("ID", c.digits(8)).t("     SSN: ").p("SSN", c.ssn()).t("\n")
    b.t("Date of exam: ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "Month d, yyyy"]))).t("   Exam request ID ").p("ID", f"{c.digits(4)}-{c.digits(6)}").t("\n")
    b.t("Evidence review: VBMS e-folder reviewed, DD-214 (").p("DATE", _d(date(c.r.randint(1971, 1995), c.r.randint(1, 12), c.r.randint(1, 28)), "dMONyy"))
    b.t("), STRs including enlistment audiogram ").p("DATE", _d(date(c.r.randint(1966, 1990), c.r.randint(1, 12), c.r.randint(1, 28)), "yyyymmdd")).t(".\n\n")
    b.t("MOS 13B cannon crewmember; noise exposure conceded per Duty MOS Noise Exposure Listing. Post-service: ")
    b.t(f"{c.ch(['farming', 'coal mining', 'poultry processing', 'oilfield work'])} with hearing protection.\n\n")
    b.t("Puretone thresholds (dB): RIGHT ").c("25 30 45 60 65").t("  LEFT ").c("20 35 50 65 70").t(" (500-4000 Hz)\n")
    b.t("Maryland CNC word recognition: right ").c("88%").t(", left ").c("84%").t(". Tympanometry type A bilat.\n")
    b.t("Tinnitus: recurrent, bilateral, onset in service (artillery live-fire).\n\n")
    b.t("Opinion: at least as likely as not (50% or greater probability) incurred in or caused by military noise exposure.\n\n")
    b.t("Examiner: ").p("NAME", f"{ex[0]} {ex[1]}").t(", Au.D., CCC-A   License ").p("ID", f"{st}-AUD-{c.digits(4)}")
    b.t("\nVES clinic: ").p("ADDRESS", f"{c.r.randint(100, 4999)} {c.ch(_STREETS)}, Suite {c.r.randint(100, 400)}")
    et = c.ch(_TOWNS)
    b.t(", ").p("ADDRESS", et[0]).t(f", {et[1]} ").p("ZIP", et[2]).t("  Ph ").p("PHONE", c.phone(et[4], 0)).t("  Fax ").p("PHONE", c.phone(et[4], 0))
    b.t("\nVeteran contact on file: ").p("PHONE", ph).t(", ").p("EMAIL", c.email(first, last)).t("\n")
    return b.build(pt)


def va_community_care_consult(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "spanish"]), c.ch("MF"))
    age = c.ch([63, 72, 77, 90, 94])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    cc = c.staff()
    doc = c.staff()
    b = NoteBuilder()
    _cprs_header(c, b, "COMMUNITY CARE-COORDINATION NOTE", "NON-VA CARE COORDINATION NOTE", cc)
    b.t("Veteran: ").p("NAME", f"{last.upper()}, {first.upper()}").t("   ICN: ").p("ID", f"10{c.digits(8)}V{c.digits(6)}")
    b.t("   Age ")
    _age(b, age).t("\nConsult: Orthopedic Surgery (knee) - MISSION Act eligibility: drive time > ").c("60 min").t(" (").c("112 miles").t(" to VAMC).\n")
    b.t("SEOC: ORTHOPEDICS - KNEE 1.6.3   Referral/authorization #: ").p("ID", f"VA{c.digits(10)}").t("\n")
    b.t("Community provider: ").p("NAME", f"{doc[0]} {doc[1]}").t(", MD (NPI ").p("ID", c.digits(10)).t("), Delta Bone & Joint, ")
    pt2 = c.ch(_TOWNS)
    b.p("ADDRESS", f"{c.r.randint(100, 999)} {c.ch(_STREETS)}").t(", ").p("ADDRESS", pt2[0]).t(f", {pt2[1]} ").p("ZIP", c.zip4(pt2[2]))
    b.t("\n  Scheduler ").p("PHONE", c.phone(pt2[4], 0)).t(" x").p("PHONE", str(c.r.randint(200, 499))).t("  Fax ").p("PHONE", c.phone(pt2[4], 1)).t("\n")
    b.t("Appointment: ").p("DATE", _d(c.day(14, 40), c.ch(["Month d, yyyy", "mm/dd/yyyy", "Mon. d, yyyy"]))).t(" 0930. Veteran notified by phone ")
    b.p("PHONE", ph).t(" and letter mailed to ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", z).t(".\n")
    b.t("Records sent via HSRM: imaging (X-ray knee ").p("DATE", _d(c.day(-30, -5), "m/d/yy")).t(" KL grade ").c("3").t("), ")
    b.t("PT notes, med list (").c("meloxicam 15 mg daily").t(", ").c("acetaminophen 650 mg TID").t("). Failed ").c("6 weeks").t(" PT, Synvisc.\n")
    b.t("Beneficiary travel: mileage reimbursement eligible. Wants spouse ")
    sp = c.name("anglo")
    b.p("NAME", f"{sp[0]} {last}").t(" to be contacted as well.\n\n/es/ ").p("NAME", f"{cc[0].upper()} {cc[1].upper()}").t("\nMSA, OFFICE OF COMMUNITY CARE\n")
    return b.build(pt)


def ihs_diabetes_visit(c: _Ctx) -> Note:
    first, last = c.name("native", c.ch("MF"))
    middle = c.ch(["Rose", "Lee", "Ann", "Ray", "Jean", None])
    age = c.ch([44, 52, 61, 67, 90, 92])
    town, st, z, _county, ac = c.ch(_NAVAJO)
    street = c.ch([f"HC {c.r.randint(58, 63)} Box {c.r.randint(100, 3999)}", f"PO Box {c.r.randint(20, 2400)}",
                   f"NHA Housing #{c.r.randint(10, 700)}"])
    ph = c.phone(ac)
    chart = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, chart, middle)
    prov = c.staff()
    b = NoteBuilder()
    b.t(f"{c.ch(['Chinle Comprehensive Health Care Facility', 'Kayenta Health Center', 'Northern Navajo Medical Center'])} - Outpatient Diabetes Clinic\n")
    b.t("Name: ").p("NAME", f"{first} {middle + ' ' if middle else ''}{last}").t("   HRN ").p("ID", chart)
    b.t("   Census #: ").p("ID", c.digits(6)).t("\nDOB: ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"]))).t("  (")
    _age(b, age).t(" y)  Chapter: ").p("ADDRESS", c.ch(["Many Farms", "Rough Rock", "Tsaile", "Round Rock", "Nazlini", "Chilchinbeto"]))
    b.t("\nMailing: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", z).t("  No home phone; messages via granddaughter ")
    gd, _ = c.name("native", "F")
    b.p("NAME", gd).t(" ").p("PHONE", c.phone(ac)).t("\nInterpreter: Diné, staff interpreter ").p("NAME", f"{c.name('native')[0][0]}.{c.name('native')[1][0]}.").t("\n\n")
    b.t("CC: sugar follow-up. Hauls water, wood stove, lives 18 mi on dirt road. Sheep camp in summer. ")
    b.t("Eats mutton stew, fry bread, Bluebird flour. Attends traditional ceremony; uses herbs, wants to continue both ways.\n")
    b.t("Vitals: ").c(f"BP {c.r.randint(118, 156)}/{c.r.randint(68, 92)}").t(" ").c(f"HR {c.r.randint(64, 92)}").t(" ").c(f"Wt {c.r.randint(64, 104)} kg")
    b.t(" ").c(f"BMI {c.r.randint(27, 39)}").t("\nPOC ").c(f"A1c {c.r.randint(72, 118) / 10:.1f}%").t(" (prev ").c(f"{c.r.randint(72, 118) / 10:.1f}%").t(" on ")
    b.p("DATE", _d(c.day(-100, -80), c.ch(["dMONyy", "m/d/yy"]))).t("); ").c(f"UACR {c.r.randint(20, 400)} mg/g").t(", ")
    b.c(f"eGFR {c.r.randint(40, 95)} mL/min/1.73m2").t(". Monofilament ").c("8/10").t(" bilat.\n")
    b.t("Meds: ").c("metformin ER 1000 mg BID").t(", ").c("glipizide 5 mg daily").t(", ").c("semaglutide 0.5 mg weekly").t(", ")
    b.c("lisinopril 10 mg").t(". Hantavirus season counselling (mouse droppings in hogan).\n")
    b.t("Plan: increase ").c("semaglutide to 1 mg weekly").t("; CHR home visit for glucometer teaching; retinal camera today; ")
    b.t("Special Diabetes Program for Indians (SDPI) walking group. RTC ").c("3 months").t(" - ").p("DATE", _d(c.day(88, 95), c.ch(["Month dth", "m/d/yy"]))).t(".\n")
    b.p("NAME", f"{prov[0]} {prov[1]}").t(", ").t(c.ch(["FNP-C", "MD", "PA-C"])).t("  ")
    b.p("NAME", f"{prov[0][0]}{prov[1][0]}".lower()).t("/").p("NAME", f"{c.staff()[0][0]}{c.staff()[1][0]}".lower()).t("\n")
    return b.build(pt)


def tribal_chr_home_visit(c: _Ctx) -> Note:
    first, last = c.name("native", c.ch("MF"))
    age = c.ch([58, 73, 81, 90, 93, 96])
    town, st, z, _county, ac = c.ch(_LAKOTA)
    street = c.ch([f"HC {c.r.randint(49, 64)} Box {c.r.randint(10, 999)}", f"{c.r.randint(10, 899)} BIA Route {c.r.randint(2, 33)}",
                   f"Cluster Housing #{c.r.randint(1, 120)}", f"PO Box {c.r.randint(10, 999)}"])
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(6))
    chr_ = c.name("native")
    b = NoteBuilder()
    b.t("Community Health Representative (CHR) Program - Home Visit Encounter\n")
    b.t("Client: ").p("NAME", f"{last}, {first}").t("   Tribal enrollment #: ").p("ID", f"{c.r.randint(100, 999)}-{c.r.randint(10000, 99999)}")
    b.t("   IHS chart ").p("ID", c.digits(6)).t("\nVisit date: ").p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "m/d/yy", "Month d, yyyy"])))
    b.t("   Location: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st}\nAge: ")
    _age(b, age).t("   Lives with: grandson ")
    gs = c.name("native", "M")
    b.p("NAME", f"{gs[0]} {gs[1]}").t(", his wife and 3 children\n\n")
    b.t("Reason: post-discharge check after CHF admission (").p("DATE", _d(c.day(-9, -4), c.ch(["m/d", "Mon d"]))).t(").\n")
    b.t("BP ").c(f"{c.r.randint(110, 170)}/{c.r.randint(60, 98)}").t("  pulse ").c(f"{c.r.randint(58, 110)}").t("  ").c(f"SpO2 {c.r.randint(88, 97)}% RA")
    b.t("  glucose ").c(f"{c.r.randint(90, 310)} mg/dL").t("  wt ").c(f"{c.r.randint(120, 230)} lb").t("\nPill box filled for ").c("2 weeks").t(": ")
    b.c("furosemide 20 mg daily").t(", ").c("metoprolol succinate 50 mg").t(", ").c("insulin glargine 22 units qhs").t(".\n")
    b.t("No running water since pipe froze; propane low - referred to LIHEAP and Tribal Housing. Wood delivered by ")
    b.t(c.ch(["Oglala Sioux Tribe", "tribal Elderly Program", "Cheyenne River Sioux Tribe"]) + ".\n")
    b.t("Elder states she has had \"the sugar\" since boarding school days; wants to see medicine man ")
    mm = c.name("native", "M")
    b.p("NAME", f"{mm[0]} {mm[1]}").t(" before any more hospital. Ride to Pine Ridge IHS arranged for ")
    b.p("DATE", _d(c.day(3, 10), c.ch(["Month dth", "m/d"]))).t(" with van driver.\nCHR: ").p("NAME", f"{chr_[0]} {chr_[1]}")
    b.t("  cell ").p("PHONE", c.phone(ac)).t("\n")
    return b.build(pt)


def cah_ed_transfer(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "anglo", "word"]), c.ch("MF"))
    suffix = c.ch(["", "", " Jr.", " Sr.", " III"]) if pt_is_m(first) else ""
    age = c.ch([64, 71, 78, 85, 91])
    town, st, z, county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    edmd = c.staff()
    acc = c.staff()
    b = NoteBuilder()
    b.t(f"{county} County Memorial Hospital (Critical Access) - Emergency Department\nPHYSICIAN CERTIFICATION FOR TRANSFER (EMTALA)\n\n")
    b.t("Patient: ").p("NAME", f"{first} {last}{suffix}").t("   MR# ").p("ID", mrn).t("   Acct ").p("ID", f"E{c.digits(8)}").t("\n")
    b.t("Age/Sex: ")
    _age(b, age).t(f"/{c.ch('MF')}   Arrival: ").p("DATE", _d(c.visit, "m/d/yy")).t(" 02:47 by private vehicle\n\n")
    b.t("Last known well 23:30. Found by spouse on bathroom floor, R-sided weakness, aphasia.\n")
    b.t("Vitals ").c(f"BP {c.r.randint(168, 212)}/{c.r.randint(90, 118)}").t(" ").c(f"HR {c.r.randint(70, 110)}").t(" irregular ").c(f"SpO2 {c.r.randint(93, 99)}%")
    b.t(" ").c(f"glucose {c.r.randint(110, 190)}").t(". NIHSS ").c(f"{c.r.randint(9, 21)}").t(". CT head non-con: no bleed, ASPECTS ").c("9").t(". CTA not available.\n")
    b.t("Telestroke consult via REACH cart (neurologist Dr. ").p("NAME", c.staff()[1]).t("): ")
    b.c("tenecteplase 0.25 mg/kg IV").t(" = ").c(f"{c.r.randint(18, 25)} mg").t(" given 03:58 (door-to-needle ").c("71 min").t(").\n")
    b.t("Reason for transfer: needs thrombectomy / neuro ICU - not available here (no neurosurgery, no CT angiography after hours).\n")
    b.t("Accepting: ").p("NAME", f"{acc[0]} {acc[1]}").t(", MD, Neuro-IR, accepted at 04:05 via Transfer Center ")
    b.p("PHONE", c.phone(c.ch(["901", "501", "601", "615"]), c.ch([0, 4]))).t("; bed Neuro ICU 14. Ref #").p("ID", c.digits(7)).t("\n")
    b.t("Mode: rotor-wing; ground if weather. Risks/benefits explained to wife ").p("NAME", c.name("anglo", "F")[0])
    b.t(", who consents; she will drive (").c("2.5 hrs").t("). Wife cell ").p("PHONE", c.phone(ac)).t(".\n")
    b.t("Copies sent: ED record, CT disc, MAR, transfer consent. ")
    b.p("NAME", f"{edmd[0]} {edmd[1]}").t(", DO  ").p("DATE", _d(c.visit, "mm/dd/yyyy")).t(" 04:12\n")
    return b.build(pt)


def pt_is_m(first: str) -> bool:
    return first not in _SP_FIRST_F + _NA_FIRST_F + _WORD_FIRST[:6]


def air_medical_pcr(c: _Ctx) -> Note:
    sex = c.ch("MMF")
    first, last = c.name(c.ch(["anglo", "spanish", "native"]), sex)
    age = c.r.randint(19, 70)
    town, st, z, county, ac = c.ch(_TOWNS + _BORDER)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(8))
    crew = [c.staff(), c.staff()]
    vd = c.visit
    b = NoteBuilder()
    b.t(f"{c.ch(['AirMed', 'LifeFlight', 'Med-Trans', 'Guardian Flight'])} {c.r.randint(1, 9)} - Patient Care Record\n")
    b.t("Mission #: ").p("ID", f"{vd.year % 100}-{c.digits(5)}").t("  Aircraft: ").p("ID", f"N{c.r.randint(100, 999)}{c.ch(['LF', 'AM', 'MT', 'HX'])}")
    b.t(" (EC-135)  Date: ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "ddMONyyyy", "iso"]))).t("\nType: scene call, LZ at ")
    b.p("ADDRESS", c.ch([f"CR {c.r.randint(5, 450)}", f"FM {c.r.randint(400, 3200)}", f"Hwy {c.r.randint(11, 99)}"]) + f" & {c.ch(['CR', 'County Road'])} {c.r.randint(5, 450)}")
    b.t(f" ({county} Co. VFD secured)\n\nPt: ").p("NAME", f"{last}, {first}").t(f", {age}{sex}, ~").c(f"{c.r.randint(60, 110)} kg").t("\n")
    b.t("Rollover MVC, unrestrained, ejected, ").c("45 min").t(f" extrication per ground. Ground unit Medic {c.r.randint(1, 12)} reported GCS ")
    b.c(f"{c.r.randint(6, 11)}").t(".\n")
    b.t("Assessment: ").c(f"GCS {c.r.randint(6, 10)} (E2V2M5)").t(", L pupil ").c("5 mm").t(" sluggish, flail R chest, ").c(f"BP {c.r.randint(82, 104)}/{c.r.randint(40, 66)}")
    b.t(", ").c(f"HR {c.r.randint(112, 140)}").t(", ").c(f"SpO2 {c.r.randint(84, 92)}% NRB").t(", ").c(f"EtCO2 {c.r.randint(28, 44)}").t(".\n")
    b.t("Interventions: RSI with ").c("ketamine 2 mg/kg").t(" / ").c("rocuronium 1.2 mg/kg").t(", ETT ").c("7.5").t(" at ").c("23 cm").t(", R needle decompression, ")
    b.c("2 units LTOWB").t(", ").c("TXA 1 g").t(". Vehicle plate (for LE report): ").p("ID", f"{st} {c.ch(['BX', 'KT', 'MN', 'RQ'])}{c.r.randint(1000, 9999)}").t("\n")
    b.t("Destination: Level I trauma, report to Dr ").p("NAME", c.staff()[1]).t(" via ").p("PHONE", c.phone(c.ch(["806", "405", "501"]), 1))
    b.t(". Lift 14:02, land 14:39.\nID found in wallet: DL# ").p("ID", f"{c.digits(8)}").t(", address ").p("ADDRESS", street).t(", ")
    b.p("ADDRESS", town).t(".\nCrew: ").p("NAME", f"{crew[0][0]} {crew[0][1]}").t(", RN, CFRN; ").p("NAME", f"{crew[1][0][0]}. {crew[1][1]}")
    b.t(", FP-C\n")
    return b.build(pt)


def rural_ems_run_report(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "anglo"]), c.ch("MF"))
    age = c.ch([62, 77, 84, 90, 91, 94, 97])
    town, st, z, county, ac = c.ch(_TOWNS)
    street = c.street()
    if street.startswith("PO Box"):
        street = f"{c.r.randint(100, 9900)} County Road {c.r.randint(12, 890)}"
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(7))
    m1, m2 = c.staff(), c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t(f"{county} County EMS - Run Report (NEMSIS 3.5)\nIncident #: ").p("ID", f"{vd.year}-{c.digits(5)}")
    b.t("   Unit: Medic 2 (ALS)   PSAP: 911\nIncident date: ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "m/d/yyyy"])))
    b.t("   Dispatched 06:14  En route 06:16  On scene 06:41  Dest 07:32\nScene: ").p("ADDRESS", street).t(", ")
    b.p("ADDRESS", town).t(f", {st} ").p("ZIP", z).t("  (residence; gravel drive, dogs)\n\n")
    b.t("Pt: ").p("NAME", f"{first.lower()} {last.lower()}" if c.chance(0.25) else f"{first} {last}").t("  Age ")
    _age(b, age).t("  DOB ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yy"]))).t("\n")
    b.t("CC: fall with hip pain. Pt found on kitchen floor by son ")
    son = c.name("anglo", "M")
    b.p("NAME", son[0]).t(" who checks on pt every morning. Down est ").c("8 hrs").t(". Shortened, externally rotated L leg.\n")
    b.t("Vitals: 06:45 ").c(f"BP {c.r.randint(100, 150)}/{c.r.randint(58, 90)}").t(" ").c(f"P {c.r.randint(80, 120)}").t(" ").c(f"RR {c.r.randint(16, 24)}")
    b.t(" ").c(f"SpO2 {c.r.randint(90, 97)}%").t(" ").c(f"BGL {c.r.randint(70, 160)}").t(" ").c("GCS 15").t(" pain ").c("8/10").t("\n")
    b.t("Tx: traction splint contraindicated, vacuum mattress, ").c("fentanyl 50 mcg IN").t(" x2, ").c("ondansetron 4 mg IV").t(", ")
    b.c("NS 500 mL").t(". CK concern for rhabdo relayed.\n")
    b.t("Meds at scene: ").c("warfarin 5 mg").t(" (Coumadin), ").c("digoxin 0.125 mg").t(", ").c("donepezil 10 mg").t(". DNR: none found; son states full code.\n")
    b.t(f"Transported to {c.ch(['Baptist Memorial', 'Regional Medical Center', 'St. Bernards', 'Appalachian Regional'])} ED (nearest CAH on diversion). ")
    b.t("Son's number ").p("PHONE", c.phone(ac)).t(". Billing: Medicare ").p("ID", c.mbi()).t(".\n")
    b.t("Crew: ").p("NAME", f"{m1[1]}, {m1[0]}").t(" (Paramedic, lic ").p("ID", f"P{c.digits(6)}").t("), ").p("NAME", f"{m2[1]}, {m2[0]}").t(" (AEMT)\n")
    return b.build(pt)


def swing_bed_progress(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word"]), c.ch("MF"))
    age = c.ch([79, 86, 90, 92, 95])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    doc = c.staff()
    b = NoteBuilder()
    b.t("SWING BED PROGRESS NOTE - day ").c(f"{c.r.randint(4, 16)}").t(" of skilled stay\n")
    b.t(f"{c.ch(['Hillcrest', 'Prairie View', 'Ozark', 'Pinewood'])} Community Hospital, 12-bed CAH\n")
    b.t("Pt: ").p("NAME", f"{first[0]}. {last}" if c.chance(0.3) else f"{first} {last}").t("  MR ").p("ID", mrn).t("  Age ")
    _age(b, age).t("\nQualifying acute stay: ").p("DATE", _d(c.day(-18, -12), "m/d")).t(" - ").p("DATE", _d(c.day(-11, -8), "m/d/yy"))
    b.t(" (CAP with sepsis)\n\n")
    b.t("S: Slept well. Ate ").c("75%").t(" breakfast. Daughter-in-law ").p("NAME", c.name("anglo", "F")[0]).t(" visited.\n")
    b.t("O: ").c(f"T 98.{c.r.randint(0, 6)}").t(" ").c(f"BP {c.r.randint(110, 150)}/{c.r.randint(60, 84)}").t(" ").c(f"HR {c.r.randint(64, 94)}").t(" ")
    b.c(f"SpO2 {c.r.randint(90, 96)}% on 2L").t(". Crackles R base improving.\n")
    b.t("Labs today: ").c(f"WBC {c.r.randint(60, 120) / 10:.1f}").t(", ").c(f"Hgb {c.r.randint(95, 128) / 10:.1f}").t(", ").c(f"Na {c.r.randint(131, 142)}").t(", ")
    b.c(f"K {c.r.randint(34, 51) / 10:.1f}").t(", ").c(f"BUN {c.r.randint(14, 38)}").t(", ").c(f"Cr {c.r.randint(8, 16) / 10:.1f}").t(", ").c(f"albumin {c.r.randint(26, 36) / 10:.1f} g/dL").t("\n")
    b.t("Therapy: PT - gait ").c("120 ft").t(" with RW CGA; OT - LB dressing min A. Section GG mobility ").c(f"{c.r.randint(28, 50)}").t(".\n")
    b.t("A/P: completed ").c("cefdinir 300 mg BID x 5 days").t("; wean O2 to RA; ").c("Ensure BID").t("; ")
    b.c("enoxaparin 40 mg SQ daily").t(". Target discharge home with home health ").p("DATE", _d(c.day(4, 9), c.ch(["Month dth", "m/d"])))
    b.t(" if stairs x").c("3").t(" independent. Medicare day ").c(f"{c.r.randint(5, 16)}/100").t(".\n")
    b.p("NAME", f"{doc[0][0]}{doc[1][0]}").t(" / ").p("NAME", f"{doc[0]} {doc[1]}").t(", MD (hospitalist, also covers the ER)\n")
    return b.build(pt)


def mds_quarterly(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "anglo", "spanish"]), c.ch("FFM"))
    middle = c.ch(["Mae", "Louise", "Earl", "Faye", "Wayne", None])
    age = c.ch([88, 90, 91, 93, 96, 99, 101])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(5)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn, middle)
    mdsc = c.staff()
    b = NoteBuilder()
    b.t(f"{c.ch(['Green Acres', 'Magnolia Manor', 'Golden Living', 'Heritage House'])} Nursing & Rehab - MDS 3.0 Quarterly (A0310A=02)\n")
    b.t("A0500A First: ").p("NAME", first.upper()).t("  A0500B MI: ")
    if middle:
        b.p("NAME", middle[0])
    else:
        b.t("-")
    b.t("  A0500C Last: ").p("NAME", last.upper()).t("\nA0600A SSN: ").p("SSN", c.ssn().replace("-", "") if c.chance(0.5) else c.ssn())
    b.t("  A0600B Medicare: ").p("ID", c.mbi()).t("  A0700 Medicaid: ").p("ID", c.digits(9)).t("\n")
    b.t("A0900 Birth date: ").p("DATE", _d(c.dob, "mm/dd/yyyy")).t("  A1300A Facility resident #: ").p("ID", mrn)
    b.t("\nA2300 ARD: ").p("DATE", _d(c.visit, "mm/dd/yyyy")).t("   Age at ARD: ")
    _age(b, age).t("\n\nC0500 BIMS summary score ").c(f"{c.r.randint(3, 13)}").t(" (cognition; interview completed).\n")
    b.t("D0160 PHQ-2 to 9 total ").c(f"{c.r.randint(2, 11)}").t(". E: no behaviours. \n")
    b.t("GG0130/GG0170: eating ").c("05").t(", toileting hygiene ").c("02").t(", sit to stand ").c("03").t(", walk 50 ft ").c("88").t(".\n")
    b.t("H0300 urinary continence ").c("2").t(" (frequently incontinent). J1800 falls since prior: yes, J1900 no injury (fall ").p("DATE", _d(c.day(-40, -5), c.ch(["m/d/yy", "Mon d"]))).t(").\n")
    b.t("K0200 weight ").c(f"{c.r.randint(98, 170)} lb").t("; K0300 loss ").c("5% in 30 days").t(" - yes, not prescribed. ")
    b.t("M0300B stage 2 PU x").c("1").t(" sacrum. N0415: antipsychotic no, anticoagulant yes (").c("apixaban 2.5 mg BID").t("), antidepressant yes (").c("mirtazapine 7.5 mg").t(").\n")
    b.t("Dx: Alzheimer's disease, Parkinson's disease, AF, CKD 3b. Hospice: no. Resident's son ")
    son = c.name("anglo", "M")
    b.p("NAME", f"{son[0]} {last}").t(" (POA) participated by phone ").p("PHONE", c.phone(c.ch([ac, "214", "615", "832"]))).t(".\n")
    b.t("Z0400 signatures: ").p("NAME", f"{mdsc[0]} {mdsc[1]}").t(", RN, RAC-CT (sections A-J, M, N) ").p("DATE", _d(c.day(1, 6), "mm/dd/yyyy"))
    b.t("; ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", RD (K) ; ").p("NAME", f"{c.staff()[1]}").t(" SW (D)\n")
    return b.build(pt)


def nh_change_in_condition(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "viet"]), c.ch("FM"))
    nick = None
    age = c.ch([90, 92, 94, 97, 86, 99])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(6))
    nurse = c.staff()
    b = NoteBuilder()
    b.t("INTERACT SBAR Change in Condition - Nurse to Provider\nResident: ").p("NAME", f"{last}, {first}")
    if first in _NICK or c.chance(0.3):
        nick = _NICK.get(first, c.ch(["Sissy", "Granny", "Sugar", "Boots", "Tootie"]))
        b.t(" \"").p("NAME", nick).t("\"")
    b.t(f"   Rm {c.r.randint(101, 140)}B   Age ")
    _age(b, age).t("\nDate: ").p("DATE", _d(c.visit, c.ch(["m/d/yyyy", "mm-dd-yyyy"]))).t("  Time 2215\n\n")
    b.t("S: Resident more confused, picking at air, refused supper; new incontinence. Fever ").c("100.9 F").t(".\n")
    b.t("B: Dementia (Lewy body), DM2, hx recurrent UTI (ESBL E. coli ").p("DATE", _d(c.day(-120, -40), c.ch(["Mon d yyyy", "m/d/yy"]))).t("). Code status: DNR/POLST on chart.\n")
    b.t("A: ").c(f"BP {c.r.randint(96, 118)}/{c.r.randint(50, 70)}").t(", ").c(f"P {c.r.randint(96, 118)}").t(", ").c(f"R {c.r.randint(20, 26)}")
    b.t(", ").c(f"O2 sat {c.r.randint(89, 94)}% RA").t(", FSBS ").c(f"{c.r.randint(220, 380)}").t(". Lungs diminished bases. Urine dark, foul.\n")
    b.t("R: Called on-call ").p("NAME", f"{c.staff()[0][0]}. {c.staff()[1]}").t(", NP at ").p("PHONE", c.phone(ac)).t(" 2230 - orders: UA C&S via straight cath, ")
    b.c("CBC, BMP").t(" in AM, ").c("push fluids 240 mL q2h").t(", ").c("acetaminophen 650 mg q6h PRN").t(", do not send out unless SBP < ").c("90").t(".\n")
    b.t("POA daughter ").p("NAME", f"{c.name('anglo', 'F')[0]} {c.name('anglo')[1]}").t(" notified 2241 at ").p("PHONE", c.phone(c.ch([ac, "479", "918"])))
    b.t("; agrees with treat-in-place; hospice eval requested. Stop and Watch card from CNA ").p("NAME", c.staff()[0]).t(".\n")
    b.p("NAME", f"{nurse[0][0]}.{nurse[1]}".lower()).t(" LPN, charge nurse 400 hall\n")
    return b.build(pt)


def dialysis_monthly_progress(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "native", "anglo"]), c.ch("MF"))
    age = c.ch([47, 58, 66, 73, 81, 90])
    town, st, z, _county, ac = c.ch(_TOWNS + _BORDER)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    neph = c.staff()
    b = NoteBuilder()
    unit_t = c.ch(_TOWNS)
    b.t("Outpatient Hemodialysis - Monthly Nephrologist Progress Note (CMS 494.80)\n")
    b.t("Unit: ").t(c.ch(["Delta Kidney Center", "Fresenius Kidney Care", "DaVita", "Prairie Dialysis"])).t(", ")
    b.p("ADDRESS", f"{c.r.randint(100, 2999)} {c.ch(_STREETS)}").t(", ").p("ADDRESS", unit_t[0]).t(f", {unit_t[1]}\n")
    b.t("Patient: ").p("NAME", f"{last.upper()}, {first}").t("   MRN ").p("ID", mrn).t("   Chair ").c(f"{c.r.randint(1, 18)}").t(" MWF 2nd shift\n")
    b.t("Rounding date: ").p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "d-Mon-yyyy", "m/d/yy"]))).t("   Start of dialysis: ").p("DATE", _d(c.day(-1400, -200), c.ch(["mm/yyyy", "Month yyyy"])))
    b.t("\nAccess: L brachiocephalic AVF, thrill/bruit +, cannulation with buttonhole. Machine 2008T SN ").p("ID", f"{c.digits(1)}{c.ch(['KL', 'VT', 'PQ'])}{c.digits(5)}").t("\n\n")
    b.t("Monthly labs (").p("DATE", _d(c.day(-6, -2), "m/d")).t("): ").c(f"spKt/V {c.r.randint(120, 175) / 100:.2f}").t(", ").c(f"URR {c.r.randint(66, 78)}%").t(", ")
    b.c(f"Hgb {c.r.randint(88, 121) / 10:.1f}").t(", ").c(f"TSAT {c.r.randint(14, 40)}%").t(", ").c(f"ferritin {c.r.randint(180, 1100)}").t(", ")
    b.c(f"albumin {c.r.randint(30, 42) / 10:.1f}").t(", ").c(f"phos {c.r.randint(38, 82) / 10:.1f}").t(", ").c(f"Ca {c.r.randint(82, 98) / 10:.1f}").t(", ")
    b.c(f"iPTH {c.r.randint(150, 900)}").t(", ").c(f"K {c.r.randint(38, 62) / 10:.1f}").t("\nEDW ").c(f"{c.r.randint(58, 110)}.{c.r.randint(0, 9)} kg").t(", avg IDWG ")
    b.c(f"{c.r.randint(15, 45) / 10:.1f} kg").t(", pre-BP ").c(f"{c.r.randint(130, 180)}/{c.r.randint(70, 98)}").t(". Missed ").c("2").t(" treatments (ride fell through).\n")
    b.t("Meds on HD: ").c("Mircera 75 mcg q2wk").t(", ").c("Venofer 100 mg x 10").t(", ").c("calcitriol 0.5 mcg TIW").t(", ").c("Velphoro 500 mg TID with meals")
    b.t(", ").c("cinacalcet 30 mg daily").t(".\nTransplant: referred to ").t(c.ch(["UAMS", "UMMC", "UK HealthCare", "UNMC"])).t(" ")
    b.p("DATE", _d(c.day(-90, -30), c.ch(["Month d, yyyy", "m/d/yy"]))).t("; coordinator ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(" ")
    b.p("PHONE", c.phone(c.ch(["501", "601", "859", "402"]), 0)).t(".\n")
    b.t("Plan: lower EDW by ").c("0.5 kg").t(", binder education with RD ").p("NAME", f"{c.staff()[0]}").t(", Medicaid NEMT standing order.\n")
    b.p("NAME", f"{neph[0]} {neph[1]}").t(", MD, Nephrology  ").p("EMAIL", f"{_ascii(neph[0][0]).lower()}{_ascii(neph[1]).lower()}@{c.ch(['deltakidney.com', 'prairienephrology.org'])}").t("\n")
    return b.build(pt)


def dialysis_social_work(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "word"]), c.ch("MF"))
    age = c.r.randint(38, 78)
    town, st, z, _county, ac = c.ch(_TOWNS + _BORDER)
    street = c.street()
    ph = c.phone(ac)
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(8))
    sw = c.staff()
    b = NoteBuilder()
    b.t("Dialysis Social Work - Annual Psychosocial Reassessment\nPatient: ").p("NAME", f"{first} {last}").t("   DOB ")
    b.p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yy"]))).t("   Date ").p("DATE", _d(c.visit, c.ch(["Month d, yyyy", "mm/dd/yyyy"]))).t("\n")
    b.t("Insurance: Medicare A/B ").p("ID", c.mbi()).t(", ").t(f"{st} Medicaid ").p("ID", c.digits(c.ch([9, 10, 11]))).t(" (QMB). SSDI since ")
    b.p("DATE", _d(c.day(-2000, -400), "mm/yyyy")).t(". SSN on 2728: xxx-xx-").p("SSN", f"{c.r.randint(1000, 9999)}").t("\n")
    b.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", c.zip4(z)).t("  Cell ").p("PHONE", ph).t("\n\n")
    b.t("KDQOL-36: physical composite ").c(f"{c.r.randint(28, 45)}").t(", mental composite ").c(f"{c.r.randint(30, 55)}").t(", burden of kidney disease ").c(f"{c.r.randint(12, 60)}").t(".\n")
    b.t("PHQ-9 ").c(f"{c.r.randint(3, 16)}").t(". Lives in a mobile home with partner ")
    pa = c.name("anglo")
    b.p("NAME", pa[0]).t("; partner works night shift at the ").t(c.ch(["Tyson plant", "sawmill", "casino", "Dollar General DC"])).t(".\n")
    b.t("Transportation: NEMT broker trip #").p("ID", c.digits(9)).t(" standing MWF; two missed pickups reported to broker on ")
    b.p("DATE", _d(c.day(-20, -3), c.ch(["m/d", "Month dth"]))).t(". Grievance filed.\n")
    b.t("Advance directive: wants full code; HCPOA names sister ").p("NAME", f"{c.name('anglo', 'F')[0]} {c.name('anglo')[1]}")
    b.t(" ").p("PHONE", c.phone(c.ch([ac, "903", "337"]))).t(". LIHEAP application for electric bill; AKF grant for premiums.\n")
    b.p("NAME", f"{sw[0]} {sw[1]}").t(", LMSW  ").p("NAME", f"{sw[0][0]}{sw[1][0]}").t("/cs\n")
    return b.build(pt)


def jail_sick_call(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "native", "anglo"]), c.ch("MMF"))
    age = c.r.randint(19, 55)
    town, st, z, county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    booking = f"{c.visit.year % 100}-{c.digits(6)}"
    pt = c.patient(first, last, age, street, town, st, z, ph, booking)
    nurse = c.staff()
    b = NoteBuilder()
    b.t(f"{county} County Detention Center - Medical Unit\nSICK CALL / WITHDRAWAL MONITORING\n")
    b.t("Inmate: ").p("NAME", f"{last.upper()}, {first.upper()}").t("   Booking #: ").p("ID", booking).t("   SO#: ").p("ID", c.digits(6))
    b.t(f"\nHousing: D-pod cell {c.r.randint(1, 24)}   DOB: ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yy", "mm-dd-yyyy"])))
    b.t("   Booked: ").p("DATE", _d(c.day(-3, -1), c.ch(["m/d/yy", "mm/dd/yyyy"]))).t(" 0340\n\n")
    b.t("Reports fentanyl use up to ").c("1 g/day").t(" smoked, last use ").c("36 hrs").t(" prior to booking. Also meth.\n")
    b.t("COWS ").c(f"{c.r.randint(9, 24)}").t(" (moderate): ").c(f"HR {c.r.randint(96, 124)}").t(", ").c(f"BP {c.r.randint(138, 168)}/{c.r.randint(88, 104)}")
    b.t(", diaphoretic, yawning, rhinorrhea, piloerection.\n")
    b.t("Per MOUD protocol: ").c("buprenorphine 8 mg SL").t(" now, repeat ").c("4 mg").t(" in ").c("1 hr").t(" if COWS > ").c("8").t("; ")
    b.c("clonidine 0.1 mg").t(" PRN. Dosing observed by Deputy ").p("NAME", c.staff()[1]).t(" (badge ").p("ID", c.digits(4)).t("). Mouth check completed.\n")
    b.t("Pregnancy test neg. Hep C Ab reactive at prior booking ").p("DATE", _d(c.day(-700, -200), c.ch(["Mon d yyyy", "mm/yyyy", "m/d/yy"]))).t(".\n")
    b.t("Release planning: ROI signed for OTP ").t(c.ch(["Recovery Road", "BrightView", "Pathways"])).t("; mother ")
    mo = c.name(c.ch(["anglo", "spanish"]), "F")
    b.p("NAME", f"{mo[0]} {mo[1]}").t(" ").p("PHONE", c.phone(ac)).t(" to bring Medicaid card (ID ").p("ID", c.digits(10)).t(").\n")
    b.p("NAME", f"{nurse[0]} {nurse[1]}").t(", LPN   reviewed by ").p("NAME", f"{c.staff()[0][0]}{c.staff()[1][0]}").t(" (APRN)\n")
    return b.build(pt)


def prison_chronic_care(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "word"]), "M")
    age = c.r.randint(31, 72)
    town, st, z, _county, ac = c.ch(_TOWNS + _BORDER)
    street = c.street()
    ph = c.phone(ac)
    doc = c.digits(c.ch([6, 7, 8]))
    pt = c.patient(first, last, age, street, town, st, z, ph, doc)
    prov = c.staff()
    b = NoteBuilder()
    b.t("DEPARTMENT OF CORRECTIONS - HEALTH SERVICES\nChronic Care Clinic: Hepatitis C\n")
    b.t("Offender: ").p("NAME", f"{last}, {first} {c.ch('ABCDJLMRW')}.").t("   DOC #: ").p("ID", doc).t("   Unit: ").t(c.ch(["Cummins Unit", "Parchman", "Eastham Unit", "Lee Adjustment Center"]))
    b.t("\nEncounter: ").p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "Month d, yyyy", "dMONyy"]))).t("   Custody: medium   Projected release: ")
    b.p("DATE", _d(c.day(100, 900), c.ch(["mm/dd/yyyy", "m/d/yy"]))).t("\n\n")
    b.t("HCV genotype 1a, ").c(f"viral load {c.r.randint(100, 9000)},000 IU/mL").t(", ").c(f"APRI {c.r.randint(3, 19) / 10:.1f}").t(", ").c(f"FIB-4 {c.r.randint(8, 40) / 10:.1f}")
    b.t(", FibroScan ").c(f"{c.r.randint(50, 160) / 10:.1f} kPa").t(" (F2). HIV neg, HBsAg neg, HBsAb neg.\n")
    b.t("Started ").c("glecaprevir/pibrentasvir 100/40 mg x3 tabs daily").t(" on ").p("DATE", _d(c.day(-30, -20), "m/d/yy")).t(", DOT at pill line; ")
    b.c(f"{c.r.randint(22, 30)}/28").t(" doses taken. Tattoo acquired in custody - counselled.\n")
    b.t("Vitals ").c(f"BP {c.r.randint(118, 148)}/{c.r.randint(70, 92)}").t(" ").c(f"P {c.r.randint(60, 88)}").t(" ").c(f"Wt {c.r.randint(150, 240)} lb").t(". ")
    b.c(f"ALT {c.r.randint(20, 90)}").t(", ").c(f"AST {c.r.randint(20, 80)}").t(", ").c(f"plt {c.r.randint(140, 260)}").t(".\n")
    b.t("Plan: SVR12 labs ").p("DATE", _d(c.day(110, 130), c.ch(["Month yyyy", "mm/dd/yyyy"]))).t("; Hep B series #1 today. ")
    b.t("Re-entry: parole plan address ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", z)
    b.t(" (with aunt ").p("NAME", c.name(c.ch(['anglo', 'spanish']), "F")[0]).t("). Pre-release Medicaid application submitted.\n")
    b.t("Provider: ").p("NAME", f"{prov[0]} {prov[1]}").t(", PA-C  Contract vendor: ").t(c.ch(["Wellpath", "Centurion", "YesCare"])).t("\n")
    return b.build(pt)


def school_based_clinic(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "native", "somali"]), c.ch("MF"))
    age = c.r.randint(8, 17)
    town, st, z, _county, ac = c.ch(_TOWNS + _BORDER)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    np_ = c.staff()
    b = NoteBuilder()
    b.t(f"School-Based Health Center @ {c.ch(['Lincoln Elementary', 'Central High School', 'Riverside Middle School', 'Washington Jr High'])}\n")
    b.t("Student: ").p("NAME", f"{first} {last}").t("   Grade ").c(f"{max(age - 5, 1)}").t("   Student ID ").p("ID", c.digits(6)).t("   Chart ").p("ID", mrn).t("\n")
    b.t("DOB ").p("DATE", _d(c.dob, c.ch(["m/d/yyyy", "mm/dd/yyyy"]))).t("  Medicaid/CHIP ").p("ID", c.digits(c.ch([9, 11]))).t("  Consent on file signed by ")
    g = c.name(c.ch(["anglo", "spanish"]), "F")
    rel = c.ch(["grandmother", "mother", "aunt (kinship guardian)"])
    b.t(f"{rel} ").p("NAME", f"{g[0]} {g[1]}").t(" ").p("DATE", _d(c.day(-200, -20), c.ch(["m/d/yy", "Mon d yyyy"]))).t("\n\n")
    b.t("Sent by school nurse Ms. ").p("NAME", c.staff()[1]).t(" after PE: wheeze, cough. Used friend's inhaler (counselled).\n")
    b.t("Exam: ").c(f"RR {c.r.randint(20, 30)}").t(", ").c(f"SpO2 {c.r.randint(92, 97)}%").t(", ").c(f"HR {c.r.randint(90, 120)}").t(", peak flow ")
    b.c(f"{c.r.randint(180, 330)} L/min").t(" (").c(f"{c.r.randint(58, 79)}%").t(" personal best). ACT ").c(f"{c.r.randint(11, 19)}").t(".\n")
    b.t("Tx: ").c("albuterol HFA 4 puffs via spacer").t(" x2, peak flow after ").c(f"{c.r.randint(260, 380)} L/min").t(". Back to class.\n")
    b.t("Plan: start ").c("fluticasone 44 mcg 2 puffs BID").t("; asthma action plan copy to nurse's office and home; inhaler + spacer to keep at school (self-carry form).\n")
    b.t("Called guardian at ").p("PHONE", ph).t("; also texted via Remind app. Follow up in SBHC ").c("2 weeks").t(" - ").p("DATE", _d(c.day(13, 16), c.ch(["Month dth", "m/d"]))).t(".\n")
    b.p("NAME", f"{np_[0]} {np_[1]}").t(", CPNP   ").p("EMAIL", f"{_ascii(np_[0]).lower()}.{_ascii(np_[1]).lower().replace('-', '')}@{c.ch(['k12.ms.us', 'sbhc-ar.org', 'isd.tx.us'])}").t("\n")
    return b.build(pt)


def fqhc_promotora_diabetes(c: _Ctx) -> Note:
    first, last = c.name("spanish", c.ch("FM"))
    age = c.r.randint(41, 76)
    town, st, z, _county, ac = c.ch(_BORDER)
    street = c.ch([f"{c.r.randint(100, 9999)} {c.ch(['Calle Esperanza', 'Mile 5 Rd', 'Nebraska Ave', 'Calle Los Ebanos'])}",
                   f"{c.r.randint(100, 999)} Colonia {c.ch(['Las Milpas', 'La Paloma', 'San Carlos', 'El Cenizo'])} Rd", c.street()])
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    prom = c.name("spanish", "F")
    prov = c.staff()
    b = NoteBuilder()
    b.t("Community Health Center - Diabetes Group Visit / Promotora follow-up (sliding fee scale C)\n")
    b.t("Pt: ").p("NAME", f"{first} {last}").t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"])))
    b.t("  Preferred language: Spanish\nVisit: ").p("DATE", _d(c.visit, c.ch(["m/d/yy", "Month d, yyyy"]))).t("  Home: ").p("ADDRESS", street)
    b.t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", z).t("\n\n")
    b.t("Pt states \"el azúcar anda alta\" since son's wedding; eating tortillas de harina, pan dulce. Walks at the plaza with comadre ")
    b.p("NAME", c.name("spanish", "F")[0]).t(".\n")
    b.t("Glucometer download: avg ").c(f"{c.r.randint(150, 260)} mg/dL").t(", ").c(f"{c.r.randint(30, 70)}%").t(" > 180. POC ").c(f"A1c {c.r.randint(80, 124) / 10:.1f}%").t(".\n")
    b.t("Vitals: ").c(f"BP {c.r.randint(124, 158)}/{c.r.randint(72, 96)}").t(", ").c(f"Wt {c.r.randint(140, 260)} lb").t(", ").c(f"waist {c.r.randint(36, 48)} in").t(".\n")
    b.t("Meds: ").c("metformin 1000 mg BID").t(", ").c("insulin NPH 20 units qAM / 10 units qPM").t(" (cheaper than glargine via 340B), ")
    b.c("atorvastatin 40 mg").t(". Was buying ").c("glibenclamide").t(" in Reynosa pharmacy - advised to stop.\n")
    b.t("Screens: PHQ-2 ").c("2").t("; food insecurity (Hunger Vital Sign) positive - food bank voucher.\n")
    b.t("Plan: NPH to ").c("24/10 units").t("; diabetes class \"Mi Salud\" Thursdays; promotora ").p("NAME", f"{prom[0]} {prom[1]}")
    b.t(" to do home visit ").p("DATE", _d(c.day(5, 12), c.ch(["Month dth", "m/d", "Mon d"]))).t(" - will WhatsApp pt at ").p("PHONE", ph).t(".\n")
    b.t("Spanish interpreter not needed (bilingual provider). ").p("NAME", f"{prov[0]} {prov[1]}").t(", FNP-BC\n")
    return b.build(pt)


def valley_fever_consult(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["spanish", "anglo", "native"]), c.ch("MF"))
    age = c.r.randint(24, 79)
    town, st, z, _county, ac = c.ch(_BORDER[4:] + _NAVAJO[:2])
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    idmd = c.staff()
    b = NoteBuilder()
    b.t("INFECTIOUS DISEASE CONSULTATION\nRequesting: ").p("NAME", f"{c.staff()[1]}, {c.staff()[0]}").t(" DO (hospitalist)\n")
    b.t("Patient: ").p("NAME", f"{last}, {first}").t("  MRN: ").p("ID", mrn).t("  Admit: ").p("DATE", _d(c.day(-3, -1), c.ch(["mm/dd/yyyy", "Mon d yyyy"])))
    b.t("\nReason: suspected disseminated coccidioidomycosis (Valley fever)\n\n")
    b.t(f"HPI: {age} y/o {c.ch(['agricultural worker (lettuce harvest)', 'solar-farm construction worker', 'border patrol agent', 'dirt-bike racer'])} with ")
    b.c("6 weeks").t(" of cough, night sweats, ").c("12 lb").t(" weight loss, then erythema nodosum and R ankle swelling. Seen at urgent care in ")
    uc = c.ch(_BORDER)
    b.p("ADDRESS", uc[0]).t(" on ").p("DATE", _d(c.day(-30, -20), c.ch(["m/d", "Month dth"]))).t(", given ").c("azithromycin Z-pak").t(" for CAP.\n")
    b.t("Not Filipino or Black ancestry; not pregnant; no TNF inhibitors. Dust storm (haboob) exposure.\n")
    b.t("Data: CXR RUL thin-walled cavity ").c("3.2 cm").t(" + hilar LAD. Cocci EIA IgM/IgG positive, immunodiffusion positive, ")
    b.c("complement fixation titer 1:64").t(". ").c(f"ESR {c.r.randint(40, 110)}").t(", ").c(f"eos {c.r.randint(8, 19)}%").t(". Ankle X-ray lytic lesion distal tibia.\n")
    b.t("Assessment: disseminated cocci (bone) - CF >= ").c("1:16").t(" supports dissemination.\n")
    b.t("Plan: ").c("fluconazole 800 mg PO daily").t(" (").c("12 mg/kg").t("), MRI ankle, ortho for debridement, HIV screen; ")
    b.t("report to county health department. Repeat CF titer ").c("q3 months").t(". Treat at least ").c("1 year").t(".\n")
    b.t("Follow-up ID clinic ").p("DATE", _d(c.day(14, 21), c.ch(["mm/dd/yyyy", "Month d, yyyy"]))).t("; patient phone ").p("PHONE", ph).t(".\n")
    b.p("NAME", f"{idmd[0]} {idmd[1]}").t(", MD  pager ").p("PHONE", str(c.r.randint(1000, 9999))).t("\n")
    return b.build(pt)


def pr_discharge_summary(c: _Ctx) -> Note:
    sex = c.ch("MF")
    first, last = c.name("spanish", sex)
    if " " not in last:
        last = f"{last} {c.ch([x for x in _SP_LAST if x != last])}"
    age = c.ch([45, 63, 77, 82, 90, 93])
    town, z = c.ch(_PR)
    urb = c.ch(["Urb. Villa del Carmen", "Urb. Jardines de Cayey", "Bo. Caonillas", "Urb. Santa Teresita", "Bo. Pueblo Nuevo"])
    street = f"{urb}, Calle {c.r.randint(1, 20)} {c.ch('ABCDEFGH')}-{c.r.randint(1, 40)}" if urb.startswith("Urb") else f"{urb}, Carr. {c.r.randint(100, 699)} Km {c.r.randint(1, 30)}.{c.r.randint(0, 9)}"
    ph = c.phone(c.ch(["787", "939"]))
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, "PR", z, ph, mrn)
    att = c.name("spanish")
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY\nHospital ").t(c.ch(["Menonita", "Pavía", "HIMA San Pablo", "Dr. Susoni"])).t(f" - {c.ch(['Medicine', 'Internal Medicine'])} service\n")
    b.t("Name: ").p("NAME", f"{last.upper()}, {first.upper()}").t("    Record #: ").p("ID", mrn).t("   Plan Vital (Medicaid) ").p("ID", c.digits(9)).t("\n")
    b.t("Admitted: ").p("DATE", _d(c.day(-7, -4), "mm/dd/yyyy")).t("  Discharged: ").p("DATE", _d(c.visit, "mm/dd/yyyy")).t("  Age: ")
    _age(b, age).t("\n\nDx: Dengue with warning signs (DENV-2, NS1 positive) ; leptospirosis ruled out (MAT neg).\n")
    b.t("Course: presented with fever ").c("39.4 C").t(", retro-orbital pain, abdominal pain, petechiae. ")
    b.c(f"Plt nadir {c.r.randint(9, 40)} K").t(" on day ").c("5").t(", ").c(f"Hct peak {c.r.randint(44, 52)}%").t(". Managed with ").c("LR 5-7 mL/kg/h").t(" tapered; ")
    b.t("no transfusion. Avoided NSAIDs. Afebrile ").c("48 h").t(" at discharge; ").c("plt 112 K").t(", ").c("AST 210").t(", ").c("ALT 164").t(".\n")
    b.t("Discharge meds: ").c("acetaminophen 500 mg q6h PRN").t("; continue ").c("losartan 50 mg daily").t(", ").c("metformin 500 mg BID").t(".\n")
    dau = c.name("spanish", "F")
    b.t("Lives with hija ").p("NAME", f"{dau[0]} {last.split()[0]}").t(" in ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", PR ").p("ZIP", c.zip4(z))
    b.t("; tel. ").p("PHONE", ph).t(". After Hurricane María home has generator; water cistern - mosquito control counselling, eliminate criaderos.\n")
    b.t("Follow-up: CDT/PCP Dr. ").p("NAME", c.name("spanish")[1]).t(" in ").c("1 week").t(" with CBC (").p("DATE", _d(c.day(6, 8), c.ch(["m/d", "d-Mon-yyyy"]))).t("). ")
    b.t("Case reported to Departamento de Salud.\nAttending: ").p("NAME", f"{att[0]} {att[1]}").t(", MD   Dictated ").p("DATE", _d(c.visit, "m/d/yy")).t("\n")
    return b.build(pt)


def border_ed_note(c: _Ctx) -> Note:
    first, last = c.name("spanish", c.ch("MF"))
    if " " not in last:
        last = f"{last} {c.ch([x for x in _SP_LAST if x != last])}"
    age = c.r.randint(20, 68)
    col = c.ch(["Col. Las Fuentes", "Col. Del Prado", "Fracc. Los Arcos", "Col. Longoria"])
    city, cp, mxst = c.ch([("Reynosa", "88630", "Tamps."), ("Matamoros", "87390", "Tamps."), ("Nuevo Laredo", "88000", "Tamps."),
                            ("Piedras Negras", "26020", "Coah."), ("Nogales", "84065", "Son.")])
    street = f"Calle {c.ch(['Hidalgo', 'Juárez', 'Morelos', 'Allende'])} {c.r.randint(100, 2400)}, {col}"
    ph = f"+52 {c.r.randint(800, 899)} {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}"
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, city, mxst, cp, ph, mrn)
    edmd = c.staff()
    b = NoteBuilder()
    b.t("Emergency Department Provider Note\n").p("NAME", f"{first} {last}").t("  MRN ").p("ID", mrn).t("  FIN ").p("ID", c.digits(10)).t("\n")
    b.t("DOS: ").p("DATE", _d(c.visit, c.ch(["m/d/yyyy", "mm/dd/yyyy"]))).t("  Interpreter: Spanish, in-person ").p("NAME", f"{c.name('spanish')[0]}").t(" (ID ")
    b.p("ID", c.digits(5)).t(")\n\nCC: \"me duele el pecho\" x ").c("2 days").t(". Crossed at the ").t(c.ch(["Hidalgo", "Pharr", "Gateway"])).t(" international bridge; BCC/laser visa holder.\n")
    b.t(f"HPI: {age} y/o with exertional chest pressure, diaphoresis. Takes ").c("amlodipine 10 mg").t(" bought OTC in Mexico. Brother had MI at ").c("45").t(".\n")
    b.t("ECG: ").c("ST depression V4-V6").t(". ").c(f"hs-TnT {c.r.randint(20, 180)} ng/L").t(" -> ").c(f"{c.r.randint(40, 400)} ng/L").t(" at ").c("2 h").t(". ")
    b.c(f"BP {c.r.randint(150, 190)}/{c.r.randint(90, 110)}").t(", ").c(f"HR {c.r.randint(80, 110)}").t(". HEART score ").c(f"{c.r.randint(5, 8)}").t(".\n")
    b.t("Tx: ").c("aspirin 324 mg").t(", ").c("heparin drip 60 U/kg bolus").t(", ").c("nitroglycerin 0.4 mg SL x2").t(". Cards consulted (Dr. ").p("NAME", c.staff()[1]).t(").\n")
    b.t("Uninsured; financial counsellor to screen for emergency Medicaid / charity care. CURP ").p("ID", f"{_ascii(last)[:2].upper()}{_ascii(first)[0].upper()}{c.ch('XMAB')}{c.dob.year % 100:02d}{c.dob.month:02d}{c.dob.day:02d}{'HM'[c.r.randint(0, 1)]}TS{c.ch(['RL', 'NR', 'MT'])}{c.ch('ABC')}0{c.r.randint(1, 9)}")
    b.t(". Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(f", {mxst}, C.P. ").p("ZIP", cp).t("; cel ").p("PHONE", ph).t(".\n")
    b.t("US contact: cousin ").p("NAME", f"{c.name('spanish')[0]} {c.name('spanish')[1]}").t(", ").p("ADDRESS", c.street()).t(", ")
    bt = c.ch(_BORDER[:4])
    b.p("ADDRESS", bt[0]).t(", TX ").p("ZIP", bt[2]).t(", ").p("PHONE", c.phone(bt[4])).t(".\nDispo: admit CCU, NSTEMI. ").p("NAME", f"{edmd[0]} {edmd[1]}").t(", MD\n")
    return b.build(pt)


def fqhc_bh_warm_handoff(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "native", "spanish", "word"]), c.ch("MF"))
    age = c.r.randint(19, 64)
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    bhc = c.staff()
    pcp = c.staff()
    b = NoteBuilder()
    b.t("Integrated Behavioral Health - Warm Handoff (same-day, 30 min)\n").p("NAME", f"{last.upper()}, {first}").t("  #").p("ID", mrn).t("  ")
    b.p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "m/d/yy", "Mon d yyyy"]))).t("\nReferred by: ").p("NAME", f"{pcp[0][0]}. {pcp[1]}").t(", PA-C during DM visit\n\n")
    b.t("SBIRT: AUDIT-C ").c(f"{c.r.randint(5, 11)}").t(" (positive), DAST-10 ").c(f"{c.r.randint(0, 4)}").t(", PHQ-9 ").c(f"{c.r.randint(10, 21)}").t(", GAD-7 ")
    b.c(f"{c.r.randint(8, 19)}").t(". ACEs ").c(f"{c.r.randint(2, 8)}").t(".\n")
    b.t("Drinks ").c("12-18 beers/day").t(" on weekends since laid off from the ").t(c.ch(["poultry plant", "paper mill", "Walmart DC", "coal prep plant"]))
    b.t(" ").p("DATE", _d(c.day(-200, -60), c.ch(["Month dth", "Month yyyy", "m/d/yy"]))).t(". Wife ").p("NAME", c.name("anglo", "F")[0])
    b.t(" left with the kids to her mother's in ").p("ADDRESS", c.ch(_TOWNS)[0]).t(". Passive SI, denies plan; firearms - deer rifle, agreed to give to cousin.\n")
    b.t("Brief intervention: motivational interviewing, readiness ruler ").c("6/10").t(". Pt agreed to trial of ").c("naltrexone 50 mg daily").t(" (LFTs ok: ")
    b.c("AST 54").t(", ").c("ALT 61").t(") - PA to prescribe.\n")
    b.t("Safety plan completed. Crisis: 988. Referred to ").t(c.ch(["Pathways", "Mountain Comprehensive Care", "Region 1 Mental Health"])).t(" IOP; ")
    b.t("AA meeting at First Baptist, Tues 7 pm.\nFollow-up BHC ").c("1 week").t("; call ").p("PHONE", ph).t(" (ok to leave msg).\n")
    b.p("NAME", f"{bhc[0]} {bhc[1]}").t(", LPC, Behavioral Health Consultant\n")
    return b.build(pt)


def rhc_telephone_encounter(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "viet", "hmong"]), c.ch("MF"))
    age = c.ch([88, 90, 91, 93, 72, 96])
    town, st, z, _county, ac = c.ch(_TOWNS + _NORTH)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    ma = c.staff()
    prov = c.staff()
    caller = c.name("anglo", "F")
    b = NoteBuilder()
    b.t("TELEPHONE ENCOUNTER - Rural Health Clinic\nPatient: ").p("NAME", f"{first} {last}").t(" (")
    _age(b, age).t(" yo)  DOB ").p("DATE", _d(c.dob, c.ch(["m/d/yyyy", "mm-dd-yyyy"]))).t("  Acct ").p("ID", c.digits(6)).t("\n")
    b.t("Call received ").p("DATE", _d(c.visit, c.ch(["m/d/yy", "mm/dd/yyyy"]))).t(" 8:52 AM from granddaughter ").p("NAME", caller[0])
    b.t(" (on HIPAA release) at work ").p("PHONE", c.phone(ac, 0)).t(" ext ").p("PHONE", str(c.r.randint(100, 9999))).t("\n\n")
    b.t("Reason: grandma's legs more swollen, can't get shoes on, \"short winded\" on the porch steps. Weight up ")
    b.c("6 lb").t(" since ").p("DATE", _d(c.day(-8, -5), c.ch(["m/d", "Mon d", "Month dth"]))).t(". ")
    b.t("Taking ").c("furosemide 20 mg").t(" daily, ").c("metoprolol tartrate 25 mg BID").t(". Denies CP.\n")
    b.t("Per protocol (Schmitt-Thompson adult edema): see today. Appt made ").c("1:40 PM").t(" with ").p("NAME", f"{prov[0][0]}{prov[1][0]}")
    b.t(". Told to go to ER at ").t(c.ch(["Jefferson Regional", "North Sunflower", "Baptist Health"])).t(" if worse.\n")
    b.t("Rx refill request: ").c("potassium chloride 10 mEq").t(" to ").t(c.ch(["Fred's", "Harps Pharmacy", "Reed's Drug Store", "Walgreens"])).t(" on ")
    b.p("ADDRESS", f"{c.r.randint(100, 999)} {c.ch(_STREETS)}").t(", fax ").p("PHONE", c.phone(ac, 1)).t(".\n")
    b.t("Home phone ").p("PHONE", ph).t(" disconnected - updated cell. ").p("NAME", f"{ma[0]} {ma[1]}").t(", CMA ").p("DATE", _d(c.visit, "m/d/yy")).t("\n")
    b.t("Reviewed: ").p("NAME", f"{prov[0]} {prov[1]}").t(", APRN\n")
    return b.build(pt)


def portal_message_thread(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "somali", "spanish"]), c.ch("MF"))
    age = c.r.randint(28, 80)
    town, st, z, _county, ac = c.ch(_TOWNS + _NORTH)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    rn = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("Patient Portal Message (FollowMyHealth)\nFrom: ").p("NAME", f"{first} {last}").t(" <").p("EMAIL", c.email(first, last)).t(">  MRN ").p("ID", mrn).t("\n")
    b.t("Sent: ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "Month d, yyyy"]))).t(" 11:48 PM  from IP ").p("IP", c.ip(False)).t("\nSubject: lab results??\n\n")
    b.t("hi, I seen my results come thru on the app, my potassium says ").c("5.9").t(" and its red. should i be worried?? i take ")
    b.c("lisinopril 40").t(" and ").c("spironolactone 25").t(". also my sister ").p("NAME", c.name("anglo", "F")[0])
    b.t(" said dont eat bananas. can someone call me at ").p("PHONE", c.phone(ac, c.ch([1, 3]))).t(" after 3 I work at the school.\nthanks ")
    b.p("NAME", first.lower() if c.chance(0.5) else f"{first[0].lower()}{last.lower()}").t("\n\n---- Reply ")
    b.p("DATE", _d(vd + timedelta(days=1), c.ch(["m/d/yy", "mm/dd/yyyy"]))).t(" 8:15 AM ----\n")
    b.t("Good morning, Dr. ").p("NAME", c.staff()[1]).t(" reviewed: ").c("K 5.9 mmol/L").t(" (sample was hemolyzed), ").c("Cr 1.4").t(", ")
    b.c("eGFR 52").t(". Please hold spironolactone and come for a repeat BMP tomorrow, lab opens 7 AM. ")
    b.t("Low-potassium diet sheet: ").p("URL", c.ch(["https://www.kidney.org/atoz/content/potassium", "https://medlineplus.gov/ency/patientinstructions/000321.htm",
                                                   f"https://portal.{c.ch(['deltahealth', 'ozarkclinic', 'prairiemed'])}.org/education/{c.digits(5)}"]))
    b.t("\n").p("NAME", f"{rn[0]} {rn[1][0]}.").t(", RN / ").p("NAME", f"{c.staff()[0][0]}{c.staff()[1][0]}").t("\n")
    return b.build(pt)


def reference_lab_sendout(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "viet", "spanish", "hmong"]), c.ch("MF"))
    age = c.ch([34, 51, 67, 90, 95])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    vd = c.visit
    md = c.staff()
    b = NoteBuilder()
    b.t("REFERENCE LABORATORY REPORT - Mid-South Reference Labs\nClient: ").t(c.ch(["Delta Regional Hospital", "Ozark Health", "Great Plains CAH"]))
    b.t("  Client # ").p("ID", c.digits(5)).t("\nPatient: ").p("NAME", f"{last.upper()}, {first.upper()}").t("  Sex ").t(c.ch("MF")).t("  Age ")
    _age(b, age).t("Y  DOB ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "yyyymmdd"]))).t("\n")
    b.t("Client MRN ").p("ID", mrn).t("  Accession ").p("ID", f"{c.ch(['M', 'R', 'X'])}{vd.year % 100}{c.digits(7)}").t("  Specimen ").p("ID", f"SP-{c.digits(8)}").t("\n")
    b.t("Collected: ").p("DATE", f"{vd.isoformat()}T{c.r.randint(6, 11):02d}:{c.r.randint(0, 59):02d}").t("  Received: ").p("DATE", _d(vd + timedelta(days=1), "yyyymmdd"))
    b.t(" 0912  Reported: ").p("DATE", _d(vd + timedelta(days=c.r.randint(3, 6)), "mm/dd/yyyy")).t(" 16:40\nOrdering: ").p("NAME", f"{md[1]}, {md[0]}")
    b.t(" (NPI ").p("ID", c.digits(10)).t(")\n\n")
    b.t("Lyme disease antibodies, modified two-tier (MTTT):\n  C6/VlsE EIA ........ ").c("POSITIVE 3.42 index").t("\n")
    b.t("  Whole-cell EIA ..... ").c("POSITIVE").t("\nRocky Mountain spotted fever IgG IFA ... ").c("1:128 (H)").t("  (ref < ").c("1:64").t(")\n")
    b.t("Ehrlichia chaffeensis IgG ... ").c("< 1:64").t("\nAlpha-gal IgE ... ").c("8.7 kU/L (H)").t("\n\n")
    b.t("Comment: Paired convalescent serum in ").c("2-4 weeks").t(" recommended for RMSF. Results phoned to ").p("NAME", f"{c.staff()[0][0]}. {c.staff()[1]}")
    b.t(" RN at ").p("PHONE", c.phone(ac, 0)).t(" by ").p("NAME", c.ch([f"{c.staff()[0][0]}{c.staff()[1][0]}".lower(), f"{c.staff()[0][0]}{c.staff()[1][0]}"]))
    b.t(" ").p("DATE", _d(vd + timedelta(days=4), c.ch(["m/d/yy", "mm/dd/yyyy"]))).t(" 15:02. Medical director: ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", MD, PhD\n")
    b.t("Result viewer: ").p("URL", f"https://results.msrl.com/r/{c.digits(9)}").t("  host ").p("IP", c.ip(True)).t("\n")
    return b.build(pt)


def telerad_ct_report(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "native"]), c.ch("MF"))
    age = c.ch([70, 83, 90, 92, 94, 98])
    town, st, z, _county, ac = c.ch(_TOWNS + _LAKOTA)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    rad = c.staff()
    ed = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("TELERADIOLOGY FINAL REPORT (overnight coverage)\nSite: ").t(c.ch(["Sage Memorial", "Jackson County Hospital", "Kiowa County Memorial", "Pioneers Medical Center"]))
    b.t("   Accession ").p("ID", f"{c.ch(['TR', 'CT', 'NR'])}{c.digits(8)}").t("\nPatient: ").p("NAME", f"{last}^{first}" if c.chance(0.3) else f"{last}, {first}")
    b.t("  MRN ").p("ID", mrn).t("  Age/Sex ")
    _age(b, age).t(f"{c.ch('MF')}\nExam: CT HEAD WITHOUT CONTRAST  Date: ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "m/d/yyyy", "iso"]))).t(" 02:14 CST\n")
    b.t("Clinical: fall from standing, on ").c("apixaban").t(", GCS ").c("14").t(".\nComparison: CT head ").p("DATE", _d(c.day(-700, -100), c.ch(["mm/dd/yyyy", "Mon d yyyy", "d-Mon-yyyy"]))).t(".\n\n")
    b.t("FINDINGS: Acute right convexity subdural hematoma, max thickness ").c("11 mm").t(", midline shift ").c("4 mm").t(". No intraventricular extension. ")
    b.t("Chronic small-vessel ischemic change. Old left cerebellar lacune. Calvarium intact; R parietal scalp hematoma.\n\n")
    b.t("IMPRESSION: 1. Acute R SDH ").c("11 mm").t(" with ").c("4 mm").t(" leftward shift. 2. No fracture.\n\n")
    b.t("CRITICAL RESULT communicated by phone to ").p("NAME", f"{ed[0]} {ed[1]}").t(", ").t(c.ch(["MD", "DO", "PA-C"])).t(" at ")
    b.p("PHONE", c.phone(ac, c.ch([0, 1]))).t(" on ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "m/d/yy"]))).t(" at 02:31 CST, read back confirmed. Recommend transfer for neurosurgery; reversal with ")
    b.c("andexanet alfa").t(" or ").c("4F-PCC 50 U/kg").t(" per protocol.\n\nElectronically signed: ").p("NAME", f"{rad[0]} {rad[1]}").t(", MD, licensed in ").t(st)
    b.t(" (lic ").p("ID", f"{c.ch(['MD', 'R', ''])}{c.digits(5)}").t(")  ").p("DATE", f"{vd.isoformat()}T02:29:{c.r.randint(10, 59)}").t("\nReading workstation ").p("IP", c.ip(False)).t("  PACS link ")
    b.p("URL", f"https://pacs.{c.ch(['vrad', 'telerad-one', 'nightrad'])}.net/viewer?acc={c.digits(8)}").t("\n")
    return b.build(pt)


def derm_pathology_report(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "anglo", "word"]), c.ch("MF"))
    age = c.ch([62, 71, 79, 90, 93])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    path = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("SURGICAL PATHOLOGY REPORT\nCase: ").p("ID", f"S{vd.year % 100}-{c.r.randint(100, 9999)}").t("   Patient: ").p("NAME", f"{last.upper()}, {first.upper()} {c.ch('ABDEJKLMRT')}")
    b.t("\nDOB: ").p("DATE", _d(c.dob, "mm/dd/yyyy")).t(" (Age: ")
    _age(b, age).t(")   MRN: ").p("ID", mrn).t("\nSubmitting: ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", PA-C, Rural Dermatology Outreach (FQHC) - clinic at ")
    ct = c.ch(_TOWNS)
    b.p("ADDRESS", ct[0]).t("\nCollected: ").p("DATE", _d(vd, c.ch(["m/d/yyyy", "mm/dd/yyyy"]))).t("   Received: ").p("DATE", _d(vd + timedelta(days=2), c.ch(["m/d/yyyy", "dMONyy"])))
    b.t("\n\nClinical: farmer, ").c("40+ years").t(" sun exposure; enlarging pigmented lesion L upper back, ").c("9 mm").t(". r/o melanoma.\n")
    b.t("GROSS: Received in formalin labelled with the patient's name and 'L upper back', an ellipse of skin ").c("1.4 x 0.7 x 0.4 cm").t(". Inked, serially sectioned, A1-A4. ")
    b.p("NAME", f"{c.staff()[0][0]}{c.staff()[1][0]}").t("/").p("NAME", f"{c.staff()[0][0]}{c.staff()[1][0]}".lower()).t("\n")
    b.t("MICROSCOPIC/DIAGNOSIS: Malignant melanoma, superficial spreading type, ").c("Breslow thickness 0.6 mm").t(", Clark level III, ")
    b.c("mitoses 1/mm2").t(", no ulceration, ").c("pT1a").t(". Peripheral margins involved by melanoma in situ; deep margin clear by ").c("1.2 mm").t(".\n")
    b.t("Comment: re-excision with ").c("1 cm").t(" margins recommended. Seen in consultation by Dr. ").p("NAME", c.staff()[1])
    b.t(" who agrees.\n\n").p("NAME", f"{path[0]} {path[1]}").t(", MD, FCAP  Electronically signed ").p("DATE", _d(vd + timedelta(days=4), "mm/dd/yyyy")).t(" 10:22\n")
    b.t(c.ch(["Pathology Associates of the Delta", "Ozark Pathology Group", "High Plains Pathology"])).t(", ").p("ADDRESS", f"{c.r.randint(100, 3999)} {c.ch(_STREETS)}")
    pt2 = c.ch(_TOWNS)
    b.t(", ").p("ADDRESS", pt2[0]).t(f", {pt2[1]} ").p("ZIP", c.zip4(pt2[2])).t("  CLIA ").p("ID", f"{c.r.randint(10, 52)}D{c.digits(7)}").t("\n")
    return b.build(pt)


def home_health_oasis_soc(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "spanish"]), c.ch("FM"))
    age = c.ch([77, 84, 90, 91, 93, 97])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    if street.startswith("PO Box"):
        street = f"{c.r.randint(100, 9999)} Hwy {c.r.randint(11, 99)} {c.ch('NSEW')}"
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    rn = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("OASIS-E Start of Care - Skilled Nursing Visit\n").t(c.ch(["Tri-County Home Health", "Hospice & Home Care of the Ozarks", "Delta Home Health"]))
    b.t("   Agency MR# ").p("ID", mrn).t("\nM0040 Patient: ").p("NAME", f"{first} {last}").t("   M0066 DOB: ").p("DATE", _d(c.dob, "mm/dd/yyyy")).t("  (age ")
    _age(b, age).t(")\nM0063 Medicare: ").p("ID", c.mbi()).t("   M0030 SOC date: ").p("DATE", _d(vd, "mm/dd/yyyy")).t("   M0104 referral: ")
    b.p("DATE", _d(vd - timedelta(days=2), "mm/dd/yyyy")).t("\nService address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", c.zip4(z))
    b.t("  Directions: past the Dollar General, 2nd gravel road on left, white farmhouse, beware of geese.\n\n")
    b.t("Homebound: leaves home only for HD/MD visits with taxing effort, requires walker + assist of 1.\n")
    b.t("Vitals: ").c(f"BP {c.r.randint(110, 160)}/{c.r.randint(60, 90)}").t(" ").c(f"AP {c.r.randint(60, 100)}").t(" irregular ").c(f"SpO2 {c.r.randint(90, 97)}%").t(" ")
    b.c(f"T {c.r.randint(970, 990) / 10:.1f}").t(" Pain ").c("4/10").t(" R knee.\n")
    b.t("M1033 hospitalization risk: history of falls, ").c("5+ meds").t(". M1800s: grooming ").c("1").t(", bathing ").c("4").t(", ambulation ").c("3").t(". ")
    b.t("Timed Up and Go ").c("21 sec").t(". M1311 no pressure ulcer. Braden ").c("17").t(". MAHC-10 ").c("6").t(".\n")
    b.t("Med reconciliation: ").c("warfarin 2.5 mg").t(" M/W/F, ").c("5 mg").t(" other days (INR ").c("2.7").t(" on ").p("DATE", _d(vd - timedelta(days=3), c.ch(["m/d", "Mon d"]))).t("), ")
    b.c("levothyroxine 75 mcg").t(", ").c("gabapentin 300 mg TID").t(", ").c("oxycodone 5 mg q6h PRN").t(" - duplicate ").c("Tylenol PM").t(" found, removed.\n")
    b.t("Caregiver: nephew ").p("NAME", f"{c.name('anglo', 'M')[0]} {last}").t(" lives ").c("1 mile").t(" away, ").p("PHONE", c.phone(ac)).t(". Physician: Dr. ")
    b.p("NAME", c.staff()[1]).t(" (F2F encounter ").p("DATE", _d(vd - timedelta(days=c.r.randint(3, 20)), c.ch(["m/d/yy", "mm/dd/yyyy"]))).t(").\n")
    b.t("Orders: SN ").c("1w1, 2w4").t(", PT eval, HHA ").c("2w4").t(". Emergency plan: Level 2 (needs assistance to evacuate).\n")
    b.p("NAME", f"{rn[0]} {rn[1]}").t(", RN  time in 10:05 / out 11:40\n")
    return b.build(pt)


def rural_ob_transfer(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "spanish", "native", "anglo"]), "F")
    age = c.r.randint(17, 39)
    town, st, z, _county, ac = c.ch(_TOWNS + _NAVAJO)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    doc = c.staff()
    vd = c.visit
    ga = c.r.randint(30, 36)
    edd = vd + timedelta(days=(40 - ga) * 7 - c.r.randint(0, 6))
    b = NoteBuilder()
    b.t("OB TRIAGE / MATERNAL TRANSFER NOTE - (no L&D unit on site)\n").p("NAME", f"{first} {last}").t(", ").t(str(age)).t(" y/o ")
    b.c(f"G{c.r.randint(2, 5)}P{c.r.randint(1, 3)}").t(" at ").c(f"{ga}+{c.r.randint(0, 6)} weeks").t(" by ").c("8-wk US").t(", EDD ").p("DATE", _d(edd, c.ch(["m/d/yy", "mm/dd/yyyy", "Month d, yyyy"])))
    b.t("\nMRN ").p("ID", mrn).t("   Medicaid (pregnancy) ").p("ID", c.digits(c.ch([9, 10]))).t("   Prenatal care: ").c("3").t(" visits at health dept, last ")
    b.p("DATE", _d(c.day(-50, -20), c.ch(["m/d", "Month dth"]))).t("\n\n")
    b.t("Presented with headache, scotomata. ").c(f"BP {c.r.randint(160, 184)}/{c.r.randint(108, 118)}").t(" and ").c(f"{c.r.randint(158, 176)}/{c.r.randint(104, 114)}")
    b.t(" ").c("15 min").t(" apart. ").c("Protein/Cr 1.8").t(", ").c(f"plt {c.r.randint(88, 140)}K").t(", ").c(f"AST {c.r.randint(60, 190)}").t(". FHT ").c(f"{c.r.randint(130, 150)}").t(", moderate variability.\n")
    b.t("Dx: preeclampsia with severe features.\nGiven: ").c("magnesium sulfate 4 g IV load then 2 g/h").t(", ").c("labetalol 20 mg IV").t(" -> ").c("40 mg").t(", ")
    b.c("betamethasone 12 mg IM").t(" #1 at 15:20.\nTransfer: accepted by MFM ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", MD via perinatal access line ")
    b.p("PHONE", c.phone(c.ch(["501", "601", "405", "505"]), c.ch([1, 4]))).t("; fixed-wing from county airport, ETA ").c("90 min").t(".\n")
    fob = c.name(c.ch(["anglo", "spanish", "native"]), "M")
    b.t("FOB ").p("NAME", f"{fob[0]} {fob[1]}").t(" will drive; her mom ").p("NAME", c.name("anglo", "F")[0]).t(" keeping the ").c("2").t(" kids. Address for records: ")
    b.p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").t(st).t(". Cell ").p("PHONE", ph).t(".\n").p("NAME", f"{doc[0]} {doc[1]}").t(", MD (family medicine)\n")
    return b.build(pt)


def farmworker_outreach(c: _Ctx) -> Note:
    first, last = c.name("spanish", "M")
    age = c.r.randint(19, 58)
    town, st, z, _county, ac = c.ch(_BORDER + [("Immokalee", "FL", "34142", "Collier", "239"), ("Tifton", "GA", "31794", "Tift", "229")])
    camp = f"{c.r.randint(100, 9999)} {c.ch(['Farm Labor Camp Rd', 'County Road', 'Packing House Rd'])}{' ' + str(c.r.randint(5, 400)) if c.chance(0.4) else ''}, Unit {c.r.randint(1, 30)}"
    ph = c.phone(ac)
    mrn = c.digits(6)
    pt = c.patient(first, last, age, camp, town, st, z, ph, mrn)
    wkr = c.name("spanish")
    b = NoteBuilder()
    b.t("Migrant & Seasonal Farmworker Outreach - Mobile Unit Encounter\nPt: ").p("NAME", f"{first} {last}").t(" (goes by \"").p("NAME", c.ch(["Chuy", "Güero", "Beto", "Chente", "Pepe"]))
    b.t("\")  MRN ").p("ID", mrn).t("  Visit ").p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "m/d/yy", "Mon d yyyy"]))).t("\n")
    b.t("Origin: ").t(c.ch(["Guanajuato, Mexico", "Huehuetenango, Guatemala (K'iche' speaker)", "Oaxaca, Mexico (Mixteco)"])).t("  H-2A worker; ID: matrícula consular ")
    b.p("ID", c.digits(8)).t("\nHousing: ").p("ADDRESS", camp).t(", ").p("ADDRESS", town).t(f", {st}\n\n")
    b.t("Seen at 7 pm after shift picking ").t(c.ch(["watermelon", "onions", "tomatoes", "blueberries", "sweet potatoes"])).t(". Heat index ").c("108 F").t(". ")
    b.t("Cramps, headache, dark urine, vomited x").c("2").t(". No shade breaks per crew.\n")
    b.c(f"T {c.r.randint(1000, 1024) / 10:.1f} F").t(" ").c(f"HR {c.r.randint(100, 130)}").t(" ").c(f"BP {c.r.randint(96, 118)}/{c.r.randint(56, 74)}").t(" orthostatic +. ")
    b.c(f"POC glucose {c.r.randint(90, 140)}").t(", urine SG ").c("1.030").t(", dip blood ").c("2+").t(".\n")
    b.t("Tx: ").c("NS 2 L IV").t(", ice packs, ").c("ondansetron 4 mg ODT").t(". Concern for rhabdo - sent to ED (").c("CK").t(" pending). Also rash on forearms after ")
    b.t("spraying - possible pesticide (organophosphate?) - pupils normal, no SLUDGE signs. Poison Center consulted.\n")
    b.t("Crew leader ").p("NAME", f"{wkr[0]} {wkr[1]}").t(" (").p("PHONE", c.phone(ac)).t(") informed; OSHA heat illness info given. ")
    b.t("Wife in Mexico: ").p("PHONE", f"+52 {c.r.randint(220, 999)} {c.r.randint(100, 999)} {c.r.randint(1000, 9999)}").t(". Outreach worker ")
    b.p("NAME", c.name("spanish", "F")[0]).t(" will check on him ").p("DATE", _d(c.day(1, 2), c.ch(["m/d", "Month dth"]))).t(".\n")
    return b.build(pt)


def health_dept_tb_dot(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["somali", "viet", "hmong", "spanish", "anglo"]), c.ch("MF"))
    age = c.r.randint(22, 77)
    town, st, z, county, ac = c.ch(_TOWNS + _NORTH)
    street = c.street()
    ph = c.phone(ac)
    case = f"TB{c.visit.year}-{c.r.randint(1, 99):03d}"
    pt = c.patient(first, last, age, street, town, st, z, ph, c.digits(7))
    nurse = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t(f"{county} County Health Department - TB Program\nCase: ").p("ID", case).t("   RVCT state case # ").p("ID", f"{vd.year}{st}{c.digits(5)}")
    b.t("\nClient: ").p("NAME", f"{first} {last}").t("  DOB ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"]))).t("  Address: ").p("ADDRESS", street)
    b.t(", ").p("ADDRESS", town).t("\n\nPulmonary TB, sputum AFB smear ").c("2+").t(", NAAT positive, culture pan-susceptible (state lab ").p("ID", f"L{c.digits(8)}").t(").\n")
    b.t("Regimen: RIPE - ").c("rifampin 600 mg").t(", ").c("isoniazid 300 mg").t(", ").c("pyrazinamide 1500 mg").t(", ").c("ethambutol 1200 mg").t(", ")
    b.c("pyridoxine 25 mg").t(" daily by DOT; started ").p("DATE", _d(c.day(-40, -20), c.ch(["m/d/yy", "Month d, yyyy"]))).t(". Doses given: ").c(f"{c.r.randint(18, 30)}/{c.r.randint(30, 40)}").t(".\n")
    b.t("DOT log this week: ")
    for i in range(3):
        b.p("DATE", _d(vd - timedelta(days=4 - 2 * i), c.ch(["m/d", "m/d", "Mon d"]))).t(" ").t(c.ch(["in person", "vDOT (video)", "in person"])).t("; " if i < 2 else "\n")
    b.t("Side effects: mild nausea; orange urine explained. Visual acuity ").c("20/20").t(" OU, Ishihara ").c("14/14").t(". ").c(f"ALT {c.r.randint(18, 70)}").t(". ")
    b.c(f"Wt {c.r.randint(48, 80)} kg").t(" (up ").c("2 kg").t(").\nContacts (household): ")
    for i in range(c.r.randint(2, 3)):
        cf, cl = c.name(c.ch(["somali", "spanish", "anglo", "viet"]), c.ch("MF"))
        b.p("NAME", f"{cf} {cl}").t(" - IGRA ").c(c.ch(["negative", "positive", "pending"])).t("; ")
    b.t("window prophylaxis for the ").c("4").t("-yo.\nvDOT app session from ").p("IP", c.ip(False)).t("; backup phone ").p("PHONE", ph).t(". Return to work letter after ")
    b.c("3").t(" negative smears.\n").p("NAME", f"{nurse[0]} {nurse[1]}").t(", RN, PHN\n")
    return b.build(pt)


def black_lung_exam(c: _Ctx) -> Note:
    first, last = c.name("anglo", "M")
    suffix = c.ch(["", " Jr.", " Sr.", " II", ""])
    age = c.r.randint(52, 84)
    town, st, z, _county, ac = c.ch(_TOWNS[:3] + _TOWNS[24:26])
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    doc = c.staff()
    b = NoteBuilder()
    b.t("Black Lung Clinic - DOL Complete Pulmonary Evaluation (Form CM-988)\nMiner: ").p("NAME", f"{first} {c.ch('ABCDEGHJLMRW')}. {last}{suffix}")
    b.t("   DOL claim #: ").p("ID", f"{c.digits(3)}-{c.digits(2)}-{c.digits(4)}" if c.chance(0.5) else c.digits(9)).t("   SSN xxx-xx-").p("SSN", str(c.r.randint(1000, 9999)))
    b.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", c.zip4(z)).t("   Phone ").p("PHONE", ph)
    b.t("\nExam date: ").p("DATE", _d(c.visit, c.ch(["Month d, yyyy", "mm/dd/yyyy", "m/d/yyyy"]))).t("\n\n")
    b.t("Coal mine employment: ").c(f"{c.r.randint(14, 38)} years").t(" underground (roof bolter, continuous miner operator) - last worked ")
    b.p("DATE", _d(c.day(-4000, -800), "mm/yyyy")).t(" at ").t(c.ch(["Leeco", "Elk Horn Coal", "Massey", "Consol"])).t(". Smoking ").c("20 pack-years").t(", quit ").c("2009").t(".\n")
    b.t("Sx: dyspnea mMRC ").c("3").t(", productive cough, ").c("2 pillows").t(".\n")
    b.t("Chest X-ray ILO classification (B reader ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", MD): profusion ").c("2/1").t(", q/r, all zones, large opacity category ")
    b.c("A").t(" - complicated CWP (progressive massive fibrosis).\n")
    b.t("PFT: ").c(f"FEV1 {c.r.randint(1, 2)}.{c.r.randint(10, 99)} L ({c.r.randint(38, 62)}% pred)").t(", ").c(f"FVC {c.r.randint(2, 3)}.{c.r.randint(10, 99)} L").t(", ")
    b.c(f"FEV1/FVC {c.r.randint(48, 68)}%").t(", ").c(f"DLCO {c.r.randint(40, 65)}%").t(". ABG rest: ").c("pH 7.42 / PaCO2 38 / PaO2 61").t("; exercise ").c("PaO2 54").t(".\n")
    b.t("Opinion: totally disabled from a pulmonary standpoint; CWP is a substantially contributing cause. Meds: ")
    b.c("tiotropium 2.5 mcg 2 puffs daily").t(", ").c("budesonide/formoterol 160/4.5 2 puffs BID").t(", home O2 ").c("2 L").t(" with exertion.\n")
    b.t("Lay rep: ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", Stone Mountain Health Services. Wife ").p("NAME", c.name("anglo", "F")[0]).t(" accompanied.\n")
    b.p("NAME", f"{doc[0]} {doc[1]}").t(", MD, FCCP  (NPI ").p("ID", c.digits(10)).t(")\n")
    return b.build(pt)


def hmong_family_meeting(c: _Ctx) -> Note:
    first, last = c.name("hmong", c.ch("MF"))
    age = c.ch([84, 90, 92, 95, 78])
    town, st, z, _county, ac = c.ch(_NORTH)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    hosp = c.staff()
    sw = c.staff()
    b = NoteBuilder()
    b.t("PALLIATIVE CARE - FAMILY MEETING NOTE\nPatient: ").p("NAME", f"{first} {last}").t("  MRN ").p("ID", mrn).t("  Age ")
    _age(b, age).t("  Date: ").p("DATE", _d(c.visit, c.ch(["m/d/yyyy", "mm/dd/yyyy", "Month d, yyyy"]))).t("\n")
    b.t("Present: eldest son ")
    son = c.ch(_HM_FIRST)
    b.p("NAME", f"{son} {last}").t(" (decision-maker per family), daughter ").p("NAME", c.ch(_HM_FIRST)).t(", clan elder ")
    cl = c.ch([x for x in _HM_LAST if x != last])
    b.p("NAME", f"{c.ch(_HM_FIRST)} {cl}").t(", Hmong interpreter ").p("NAME", f"{c.ch(_HM_FIRST)} {c.ch(_HM_LAST)}").t(" (ID ").p("ID", c.digits(4)).t("), ")
    b.p("NAME", f"{sw[0]} {sw[1]}").t(" (SW), ").p("NAME", f"{hosp[0]} {hosp[1]}").t(" (hospitalist)\n\n")
    b.t("Medical update: metastatic gastric cancer, malignant ascites, ").c(f"albumin {c.r.randint(18, 26) / 10:.1f}").t(", ").c(f"Na {c.r.randint(124, 132)}").t(", ")
    b.c(f"bilirubin {c.r.randint(30, 80) / 10:.1f}").t(". PPS ").c("30%").t(". Not a candidate for chemotherapy.\n")
    b.t("Family wishes: son explained that bad news should not be spoken directly to the elder; family would like a txiv neeb (shaman) to perform a ")
    b.t("hu plig (soul-calling) ceremony in room and to tie strings (khi tes) on wrists - nursing to leave strings in place. Chaplaincy supports.\n")
    b.t("Outcome: DNR/DNI; comfort-focused; continue ").c("paracentesis PRN").t("; ").c("morphine 2.5 mg SL q2h PRN").t("; ")
    b.t("goal to go home to ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" with hospice; family will call ").p("PHONE", c.phone(ac)).t(" (son's cell).\n")
    b.t("Total time ").c("75 min").t(", > ").c("50%").t(" counselling.\n").p("NAME", f"{hosp[0]} {hosp[1]}").t(", MD\n")
    return b.build(pt)


def somali_ramadan_visit(c: _Ctx) -> Note:
    first, last = c.name("somali", c.ch("MF"))
    age = c.r.randint(34, 82)
    town, st, z, _county, ac = c.ch(_NORTH + [("Minneapolis", "MN", "55454", "Hennepin", "612")])
    street = c.ch([f"{c.r.randint(100, 2999)} Riverside Ave, Apt {c.r.randint(101, 1820)}", f"{c.r.randint(100, 2999)} {c.ch(_STREETS)} #{c.r.randint(1, 40)}"])
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    prov = c.staff()
    b = NoteBuilder()
    b.t("Community Clinic - Pre-Ramadan Diabetes Visit\n").p("NAME", f"{first} {last}" if c.chance(0.6) else f"{first} {c.ch(_SO_FIRST)} {last}")
    b.t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", _d(c.dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"])))
    b.t("  Visit ").p("DATE", _d(c.visit, c.ch(["mm/dd/yyyy", "Mon. d, yyyy"]))).t("\nInterpreter: Somali, phone interpreter #").p("ID", c.digits(6)).t("\n\n")
    b.t("Plans to fast the full month; last year had ").c("2").t(" hypoglycemia episodes at work (airport cleaning). Breaks fast at iftar with dates and sambusa.\n")
    b.t("Vitals ").c(f"BP {c.r.randint(122, 150)}/{c.r.randint(70, 92)}").t(", ").c(f"BMI {c.r.randint(24, 36)}").t(". ").c(f"A1c {c.r.randint(72, 104) / 10:.1f}%").t(", ")
    b.c(f"eGFR {c.r.randint(55, 100)}").t(". Vitamin D ").c(f"{c.r.randint(8, 22)} ng/mL").t(" (low). Latent TB treated ").p("DATE", _d(c.day(-2200, -900), "Month yyyy")).t(" with ")
    b.c("3HP").t(".\nIDF-DAR risk score ").c(f"{c.r.randint(4, 7)}").t(" (moderate).\n")
    b.t("Plan: switch ").c("glipizide 10 mg BID").t(" to ").c("glipizide 5 mg at iftar").t(" only; continue ").c("metformin 1000 mg").t(" at iftar + ").c("500 mg").t(" at suhoor; ")
    b.c("vitamin D3 50,000 IU weekly x 8").t(". Check glucose if shaky - breaking the fast is allowed when sick. ")
    b.t("Husband/relative ").p("NAME", c.ch(_SO_FIRST)).t(" to call ").p("PHONE", ph).t(" if low. Handout (Somali): ")
    b.p("URL", c.ch(["https://ethnomed.org/resource/ramadan-and-diabetes", f"https://www.{c.ch(['cedarriverclinic', 'westbankhealth'])}.org/so/ramadan"])).t("\n")
    b.p("NAME", f"{prov[0]} {prov[1]}").t(", MD  cc: pharmacist ").p("NAME", f"{c.name('somali')[0]} {c.name('somali')[1]}").t(", PharmD\n")
    return b.build(pt)


def pharmacist_med_rec_340b(c: _Ctx) -> Note:
    first, last = c.name(c.ch(["anglo", "word", "spanish", "native"]), c.ch("FM"))
    age = c.ch([69, 76, 82, 90, 91, 94])
    town, st, z, _county, ac = c.ch(_TOWNS)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(7)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    rph = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("PHARMACY - ADMISSION MEDICATION RECONCILIATION (clinical pharmacist)\nPatient: ").p("NAME", f"{last}, {first}").t("  MRN ").p("ID", mrn).t("  Age ")
    _age(b, age).t("\nSources: patient brown-bag, Surescripts fill history, ").t(c.ch(["Harps", "Fred's", "Brookshire's", "Hy-Vee"])).t(" pharmacy (")
    b.p("ADDRESS", f"{c.r.randint(100, 2999)} {c.ch(_STREETS)}").t(", ").p("ADDRESS", c.ch(_TOWNS)[0]).t("; ").p("PHONE", c.phone(ac, 0)).t(") and ")
    b.t("340B contract pharmacy mail order (Rx#s below).\n\n")
    rows = [("apixaban 5 mg", "1 tab BID", "Eliquis via BMS patient assistance"),
            ("metoprolol succinate 50 mg", "1 daily", "last fill"),
            ("insulin glargine-yfgn", "28 units qhs", "Semglee pen, last fill"),
            ("atorvastatin 40 mg", "1 qhs", "last fill"),
            ("sertraline 50 mg", "1 daily", "NOT TAKING since"),
            ("furosemide 40 mg", "1 qAM", "taking extra on swollen days; last fill")]
    for drug, sig, note in rows:
        b.t("- ").c(drug).t(" ").c(sig).t(f" - {note} ").p("DATE", _d(vd - timedelta(days=c.r.randint(5, 80)), c.ch(["m/d/yy", "mm/dd/yyyy", "m/d"])))
        b.t(", Rx# ").p("ID", c.digits(7)).t("\n")
    b.t("OTC: ").c("naproxen 220 mg").t(" 2-3x/day for back (Aleve) - interaction with apixaban; goody's powders; ").c("diphenhydramine 50 mg").t(" qhs.\n")
    b.t("Assessment: high bleed risk (HAS-BLED ").c("3").t("); Beers list diphenhydramine; ").c(f"CrCl {c.r.randint(28, 60)} mL/min").t(" - apixaban dose ok.\n")
    b.t("Recs to Dr. ").p("NAME", c.staff()[1]).t(": stop NSAIDs and Goody's, switch to ").c("acetaminophen 1 g TID").t("; melatonin in place of diphenhydramine; ")
    b.t("sertraline - clarify with PCP ").p("NAME", f"{c.staff()[0]} {c.staff()[1]}").t(", APRN (fax ").p("PHONE", c.phone(ac, c.ch([0, 2]))).t(").\n")
    b.t("Spoke with daughter ").p("NAME", c.name("anglo", "F")[0]).t(" who fills the pill box: ").p("PHONE", c.phone(c.ch([ac, "870", "903"]))).t(".\n")
    b.p("NAME", f"{rph[0]} {rph[1]}").t(", PharmD, BCPS  ext ").p("PHONE", str(c.r.randint(2000, 7999))).t("\n")
    return b.build(pt)


def gulf_vibrio_admission(c: _Ctx) -> Note:
    first, last = c.name("viet", "M")
    age = c.r.randint(44, 78)
    town, st, z, _county, ac = c.ch(_GULF)
    street = c.street()
    ph = c.phone(ac)
    mrn = c.digits(8)
    pt = c.patient(first, last, age, street, town, st, z, ph, mrn)
    hosp = c.staff()
    vd = c.visit
    b = NoteBuilder()
    b.t("HISTORY AND PHYSICAL - Hospital Medicine\n").p("NAME", f"{last.upper()}, {first.upper()}").t("  MRN ").p("ID", mrn).t("  Admit ").p("DATE", _d(vd, c.ch(["mm/dd/yyyy", "m/d/yy"])))
    b.t("\nInterpreter: Vietnamese via video (").p("NAME", c.ch(_VI_FIRST).split()[-1]).t(", #").p("ID", c.digits(6)).t("); son ")
    son = c.ch(["Kevin", "Danny", "Tony", "Peter", "Vincent"])
    b.p("NAME", f"{son} {last}").t(" at bedside.\n\n")
    b.t(f"CC: leg swelling and blisters. {age} y/o shrimp-boat owner with cirrhosis (HCV, ").c("Child-Pugh B").t(") cut L shin on a crab trap ")
    b.t("while shrimping in the bay ").p("DATE", _d(vd - timedelta(days=2), c.ch(["m/d", "Month dth", "Mon d"]))).t(". Ate raw oysters at a cookout.\n")
    b.t("Exam: ").c(f"T {c.r.randint(1010, 1040) / 10:.1f} F").t(", ").c(f"BP {c.r.randint(78, 96)}/{c.r.randint(40, 58)}").t(", ").c(f"HR {c.r.randint(110, 136)}").t(", ")
    b.t("hemorrhagic bullae L leg extending to knee, pain out of proportion.\nLabs: ").c(f"WBC {c.r.randint(20, 190) / 10:.1f}").t(", ").c(f"lactate {c.r.randint(30, 90) / 10:.1f}")
    b.t(", ").c(f"Cr {c.r.randint(14, 30) / 10:.1f}").t(", ").c(f"plt {c.r.randint(40, 110)}").t(", ").c(f"INR {c.r.randint(14, 22) / 10:.1f}").t(", LRINEC ").c(f"{c.r.randint(6, 10)}").t(".\n")
    b.t("Assessment: Vibrio vulnificus necrotizing soft-tissue infection, septic shock.\nPlan: ").c("doxycycline 100 mg IV q12h").t(" + ")
    b.c("ceftriaxone 2 g IV daily").t(" (or ").c("cefotaxime").t("), ").c("norepinephrine").t(" via central line, emergent surgery (Dr. ").p("NAME", c.staff()[1])
    b.t(") for fasciotomy/debridement, ICU. Report to state health department.\n")
    b.t("Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {st} ").p("ZIP", z).t(". Son's cell ").p("PHONE", c.phone(ac)).t(", e-mail ")
    b.p("EMAIL", c.email(son, last)).t(".\n").p("NAME", f"{hosp[0]} {hosp[1]}").t(", MD\n")
    return b.build(pt)


# =============================================================== generate

TEMPLATES = [
    va_pact_primary_care, ihs_diabetes_visit, cah_ed_transfer, mds_quarterly, fqhc_promotora_diabetes,
    jail_sick_call, portal_message_thread, va_mh_safety_plan, tribal_chr_home_visit, air_medical_pcr,
    dialysis_monthly_progress, valley_fever_consult, school_based_clinic, reference_lab_sendout,
    va_video_connect, rural_ems_run_report, nh_change_in_condition, pr_discharge_summary,
    prison_chronic_care, telerad_ct_report, va_cp_exam, swing_bed_progress, dialysis_social_work,
    border_ed_note, fqhc_bh_warm_handoff, derm_pathology_report, va_community_care_consult,
    home_health_oasis_soc, rural_ob_transfer, farmworker_outreach, rhc_telephone_encounter,
    health_dept_tb_dot, black_lung_exam, hmong_family_meeting, somali_ramadan_visit,
    pharmacist_med_rec_340b, gulf_vibrio_admission,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    fk = Faker("en_US")
    notes: list[Note] = []
    for i in range(n):
        fk.seed_instance(47_000 + i)
        ctx = _Ctx(random.Random(4_700_000 + 7919 * i), fk)
        notes.append(TEMPLATES[i % len(TEMPLATES)](ctx))
    return notes
