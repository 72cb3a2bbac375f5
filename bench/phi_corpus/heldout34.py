"""HELD-OUT v34 PHI corpus: written independently, before any round-34 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout31 / heldout32 / heldout33 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v33 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density, with note kinds, countries and
phrasing not used by v31 - v33. Templates, cycled in order (see ``TEMPLATES``): WOC-nurse
pressure-injury consults ("LAST, First", Braden, Aquacel Ag, Allevyn, daughter's phone),
labor-and-delivery triage notes (ISO arrival date-time, Bishop, GBS, EDD, partner, CNM),
outpatient haemodialysis treatment records (clinic ID, dialysis-machine serial and network IP,
Kt/V, transport dispatcher, "20240523" dates), inpatient-psychiatry admissions on a 72-hour hold
(nickname in quotes, full SSN on the face sheet, PHQ-9, C-SSRS, mother, case-worker e-mail),
hospice certifications of terminal illness (MBI, "last 4" SSN, FAST, PPS, granddaughter, office
phone / fax, patients >= 90), NICU admissions ("Baby Girl Surname", maternal name / MRN / DOB,
father of baby, Apgars, Curosurf), trauma tertiary surveys (account number, licence plate,
auto-insurer claim number, ISS), phase II cardiac-rehabilitation intakes (patient e-mail, video
URL, METs, Duke index), EBUS-TBNA bronchoscopy reports ("06APR1964" dates, scope serial,
processor IP, specimen numbers), transfusion-reaction investigations (ISBT unit numbers, DAT,
LIS IP, "LAST, FIRST"), employee-health needlestick exposures (employee ID, SSN last four,
source patient's name and MRN), case-management SNF discharge planning (HCPOA son, SNF address,
fax, full SSN with spaces, Medicaid ID, CM e-mail and extension), POLST / advance-care-planning
notes (health-care agent nephew, scanned-form URL, patients >= 90), CT pulmonary angiogram
reports (accession, PACS URL and node IP, critical result called to "Dr. Last"),
continuous video-EEG reports (amplifier serial, acquisition-server IP, review URL, lower-case
tech initials), patient-relations grievance intakes (grievance number, son's phone and e-mail,
"SSN last 4", survey URL), RN SBAR shift handoffs (lower-case "last, first" names, "5/22" dates,
patients sometimes >= 90), urgent-care dog-bite visits (dog owner's name and address, rabies tag,
animal-control case number) and retina-clinic intravitreal injections ("Two Bulls, Raymond B",
OCT export IP, Eylea, patients sometimes >= 90) (US); acute-medical-unit clerking and post-take
ward rounds (NHS and hospital numbers, NEWS2, CURB-65, "TTO 5/7"), frailty SDEC assessments
(CFS, 4AT, daughter-in-law, patients >= 90), on-call respiratory physiotherapy notes (ABG,
ACBT, bleeps), verification-of-expected-death notes (Medical Examiner office phone, son,
patients >= 90), Hospital-at-Night handover lists (several patients' "SURNAME, First" names and
numbers, bleeps, "ext"), OMFS mandible-fracture ward rounds ("FIRST LAST" in capitals,
"12 Nov '24" dates) and paediatric-diabetes clinic letters to the GP (HbA1c mmol/mol, Omnipod,
nhs.net DSN e-mail, typist initials) (England); midwife booking appointments (Welsh names,
LMP / EDD, patient e-mail, maternity-app URL) (Wales); chemotherapy day-unit SACT toxicity
reviews (CHI derived from the DOB, FOLFOX, CTCAE) (Scotland); acute-medical-assessment-unit
DVT notes (PPSN, GMS card number, Eircode, Healthmail GP e-mail) (Ireland); home-and-community
care referrals (OHIP number with version code, "1945/04/23" dates, "Unit 2206, ..." addresses,
referral-portal URL) (Ontario) and ED anaphylaxis records (NB Medicare number, 506 phones,
Mi'kmaq and Acadian names) (New Brunswick) (Canada); rapid-access chest-pain clinic notes (UR,
Medicare with IRN, DVA file number, "11/77 ..." unit addresses, "(08)" phones) (South
Australia) and ICU-liaison nurse reviews (ISO date-time with "+11:00" offset, MET criteria)
(Victoria) (Australia); LMC-midwife transfers of care (NHI, Maori names, whanau) (New Zealand);
DKA medical-ward admissions (13-digit ID number, folder number, Soweto / Gugulethu / Umlazi
addresses, 4-digit postal codes, "2023.03.27" dates) (South Africa); paediatric severe-pneumonia
admissions (IP number, mother's ID and SHA numbers, "P.O. Box 9190-00100") (Kenya); typhoid
perforation post-op ward rounds (hospital number "LUTH/24/01234", NIN, NHIA number, 6-digit
postcodes, "SURNAME Given") (Nigeria); community-acquired-pneumonia admissions (PhilHealth
number, "Blk 7 Lot 22" and barangay addresses, 4-digit ZIP, nickname in quotes, hyphenated
married name) (Philippines); hypertensive-emergency admissions (docket number, TRN, NHF card,
"Kingston 6" / "May Pen" addresses, 876 phones, "3/Nov/2024" dates) (Jamaica); and geriatric
day-hospital assessments (HKID "E806109(8)", HN number, "Flat 10, 30/F, Block D, ... Estate"
addresses, "CHAN Tai Man" names with English names, patients >= 90) (Hong Kong).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IE
(sex-matched where a relationship implies it) plus curated US (Hispanic, Vietnamese, Korean,
Arab, Russian, Dine / Lakota, Ethiopian, Somali, Polish), British (Yoruba, Gujarati, Bengali,
Polish, Ghanaian, Punjabi), Welsh, Scottish, Irish (with fadas and "O" particles), Australian
(Greek, Italian, Vietnamese, Lebanese, Serbian), Maori / Pasifika, Ontarian, New Brunswick,
South African (Zulu, Xhosa, Sotho, Afrikaans, Indian, Cape Malay), Kenyan, Nigerian, Filipino,
Jamaican and Hong Kong names, in many forms ("First Last", "LAST, First", "LAST, FIRST",
"Last, First", "Last, First M", "FIRST LAST", "SURNAME Given", "SURNAME Given, English",
"F. Last", "F Last", "First L.", surname alone after a title, first name alone, lower-case typed
names, nicknames in quotes, hyphenated and multi-word surnames, staff initials in upper and
lower case, "SURNAME G.M." staff names, relatives', dog owners', source patients' and other
patients' names).

Conventions (same as heldout33): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Prof.",
", RN", ", MD", ", DO", ", BSN, RN, CWOCN", ", CNM", ", NNP-BC", ", MS, ACSM-CEP", ", APRN",
", RN, CCM", ", PA-C", ", SpR", ", SHO", ", MO") are outside NAME spans; "LAST, First" is one
NAME span; a nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is
outside; staff initials are NAME; in "Baby Girl Surname" only the surname is NAME. A street line
(with its flat / unit / apartment / house / block / lot / stand / "Purok" part, and a "P.O. Box"
number) and a city / town / suburb / barangay / estate / district / postal district ("Kingston
6") are ADDRESS; a state / province / parish / region / country is not PHI; ZIP codes,
postcodes, Eircodes, Canadian postal codes and Kenyan / Nigerian / Philippine / South African /
Australian / NZ postal codes are ZIP. DATE: anything more specific than a year, in 29 formats
("05/28/1965", "1/28/2023", "5/23/25", "04-28-1995", "21/03/1966", "6/9/1936", "7/5/25",
"2024-07-09", "1945/04/23", "2023.03.27", "09.05.2024", "20240523", "January 16, 2025",
"11 July 2023", "Jan 28, 2023", "26 Sep 2023", "09-Jul-2024", "06APR1964", "3/Nov/2024",
"12 Nov '24", "19th January 2023", "Mar 7th, 2025", "17th of September", "1/26", "12/11",
"January 20", "12 May", "19 Jun", "August 2024", "Sep 2022", ISO date-times
"2025-01-18T10:24:00" and "2024-10-29T16:05+11:00"); weekdays and "the" stay outside; a date
followed by a separate time labels only the date; an ISO date-time is one span. UK /
Commonwealth follow-up shorthand ("TTO 5/7", "x 3/7", "6/52", "1/52", "review 3/12", "2/52") is a
duration (clinical), as are "Braden 12/23", "PHQ-9 24/27", "MBI 68/100", "Berg 38/56" and
"MoCA 18/30"; "session 10/12" is unlabelled. PHONE includes fax, pagers / bleeps (number only)
and extensions; labels like "cell", "mob", "ph", "Tel", "fax", "bleep", "ext" are outside. SSN:
full numbers (with dashes or spaces) and the digits of a "last 4" SSN. ID: MRN / UR / chart /
clinic / docket / folder / hospital / Hosp # / IP / HN numbers, account numbers, NHS / CHI /
PPSN / GMS / OHIP / NB Medicare / Medicare / DVA / NHI / SA ID / Kenyan ID / SHA / NIN / NHIA /
PhilHealth / TRN / NHF / HKID numbers, MBI, Medicaid IDs, employee IDs, grievance numbers,
accession / specimen numbers, ISBT blood-unit numbers, dialysis-machine / scope / EEG-amplifier
serials, licence plates, insurer claim numbers, rabies-tag and animal-control case numbers.
AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug and brand names
(Aquacel Ag, Allevyn, Vashe, Juven, Curosurf, Epogen, Venofer, Omnipaque, Entresto, EpiPen,
Eylea, Madopar, Actraphane, Actrapid, Co-Diovan, Omnipod, Dexcom, Lucozade, Glucogel, Propess,
Adcal-D3, Difflam, Corsodyl), drug lot numbers, scores, times of day, durations, years alone,
Medicare IRNs, ward / unit / bed / chair / room names ("Ward 31 (HDU) bed 4", "5 North",
"7 Tower", "Elder Care 2"), eponyms ("Braden", "Bishop", "Wells", "Kussmaul", "Dukes",
"Parkinson's", "Alzheimer's", "Berg", "Zimmer", "Foley") and facility / employer / insurer /
pharmacy / funeral-director / agency names are unlabelled; clinical values are recorded in
``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import datetime as _dt
import random
import unicodedata
from collections.abc import Callable
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 3_400_034
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


# --------------------------------------------------------------------------- labelled items


def N(x: str) -> tuple[str, str]:
    return ("NAME", x)


def D(x: str) -> tuple[str, str]:
    return ("DATE", x)


def PH(x: str) -> tuple[str, str]:
    return ("PHONE", x)


def EM(x: str) -> tuple[str, str]:
    return ("EMAIL", x)


def SS(x: str) -> tuple[str, str]:
    return ("SSN", x)


def ID(x: str) -> tuple[str, str]:
    return ("ID", x)


def AD(x: str) -> tuple[str, str]:
    return ("ADDRESS", x)


def ZP(x: str) -> tuple[str, str]:
    return ("ZIP", x)


def UR(x: str) -> tuple[str, str]:
    return ("URL", x)


def IPA(x: str) -> tuple[str, str]:
    return ("IP", x)


def AG(x: str) -> tuple[str, str]:
    return ("AGE", x)


def C(x: str) -> tuple[str, str]:
    return ("CLIN", x)


Item = str | tuple[str, str]


def _emit(patient: dict[str, Any], *items: Item) -> Note:
    b = NoteBuilder()
    for it in items:
        if isinstance(it, str):
            b.t(it)
        elif it[0] == "CLIN":
            b.c(it[1])
        else:
            b.p(it[0], it[1])
    return b.build(patient)


# --------------------------------------------------------------------------- dates

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _ord(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: _dt.date, style: str) -> str:
    m, day, y = d.month, d.day, d.year
    mon = _MONTHS[m - 1]
    ab = mon[:3]
    formats = {
        "us": f"{m:02d}/{day:02d}/{y}",
        "us_n": f"{m}/{day}/{y}",
        "us_s": f"{m}/{day}/{y % 100:02d}",
        "us_dash": f"{m:02d}-{day:02d}-{y}",
        "uk": f"{day:02d}/{m:02d}/{y}",
        "uk_n": f"{day}/{m}/{y}",
        "uk_s": f"{day}/{m}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{day:02d}",
        "ymd_slash": f"{y}/{m:02d}/{day:02d}",
        "ydot": f"{y}.{m:02d}.{day:02d}",
        "dot": f"{day:02d}.{m:02d}.{y}",
        "compact": f"{y}{m:02d}{day:02d}",
        "long_us": f"{mon} {day}, {y}",
        "long_uk": f"{day} {mon} {y}",
        "abbr_us": f"{ab} {day}, {y}",
        "abbr_uk": f"{day} {ab} {y}",
        "dmon": f"{day:02d}-{ab}-{y}",
        "DMONY": f"{day:02d}{ab.upper()}{y}",
        "d_mon_y": f"{day}/{ab}/{y}",
        "apos": f"{day} {ab} '{y % 100:02d}",
        "ord_uk": f"{_ord(day)} {mon} {y}",
        "ord_us": f"{ab} {_ord(day)}, {y}",
        "ord_of": f"{_ord(day)} of {mon}",
        "md": f"{m}/{day}",
        "dm": f"{day}/{m}",
        "month_day": f"{mon} {day}",
        "day_month": f"{day} {mon}",
        "day_ab": f"{day} {ab}",
        "mon_year": f"{mon} {y}",
        "ab_year": f"{ab} {y}",
    }
    return formats[style]


def _wd(d: _dt.date) -> str:
    return d.strftime("%A")


# --------------------------------------------------------------------------- per-note context


class Ctx:
    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(_SEED + 7919 * i)
        self.visit = _dt.date(2023, 1, 2) + _dt.timedelta(days=self.r.randrange(0, 900))

    def fk(self, locale: str) -> Faker:
        f = _faker(locale)
        f.seed_instance(self.r.randrange(1 << 30))
        return f

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def nz(self, n: int) -> str:
        return str(self.r.randrange(1, 10)) + self.num(n - 1)

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTVWXY") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def days(self, k: int) -> _dt.date:
        return self.visit + _dt.timedelta(days=k)

    def dob(self, lo: int = 19, hi: int = 88) -> _dt.date:
        age = self.r.randint(lo, hi)
        d = _dt.date(self.visit.year - age, self.r.randint(1, 12), self.r.randint(1, 28))
        return d

    def time(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.choice(range(0, 60, 1)):02d}"

    def hhmm(self) -> str:
        return f"{self.r.randint(0, 23):02d}{self.r.randint(0, 59):02d}"


def age_at(dob: _dt.date, on: _dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def patient(given: list[str], family: str, mrn: str, dob: _dt.date, *, phone: str = "",
            line: str = "", city: str = "", state: str = "", postal: str = "",
            country: str = "", gender: str = "unknown", system: str = "urn:wardwatch:mrn",
            extra_ids: list[tuple[str, str]] | None = None, email: str = "") -> dict[str, Any]:
    ids = [{"system": system, "type": {"text": "MRN"}, "value": mrn}]
    for sys_, val in extra_ids or []:
        ids.append({"system": sys_, "value": val})
    telecom = []
    if phone:
        telecom.append({"system": "phone", "value": phone})
    if email:
        telecom.append({"system": "email", "value": email})
    addr: dict[str, Any] = {"line": [line] if line else [], "city": city, "state": state,
                            "postalCode": postal}
    if country:
        addr["country"] = country
    return {
        "resourceType": "Patient",
        "identifier": ids,
        "name": [{"family": family, "given": given}],
        "gender": gender,
        "telecom": telecom,
        "address": [addr],
        "birthDate": dob.isoformat(),
    }


# --------------------------------------------------------------------------- phones


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def us_phone(c: Ctx, style: str | None = None) -> str:
    a, b, d = str(c.r.randint(201, 989)), str(c.r.randint(201, 989)), c.num(4)
    style = style or c.pick(["paren", "dash", "dot", "plus", "plain"])
    return {"paren": f"({a}) {b}-{d}", "dash": f"{a}-{b}-{d}", "dot": f"{a}.{b}.{d}",
            "plus": f"+1 {a} {b} {d}", "plain": f"{a}{b}{d}"}[style]


def uk_mobile(c: Ctx) -> str:
    n = c.num(6)
    return c.pick([f"07{c.num(3)} {n}", f"+44 7{c.num(3)} {n}", f"07{c.num(3)}{n}"])


def uk_land(c: Ctx) -> str:
    code = c.pick(["0113", "0114", "0116", "0117", "0121", "0151", "0161", "0191", "01632",
                   "01904", "020"])
    if code == "020":
        return f"020 {c.nz(4)} {c.num(4)}"
    if len(code) == 5:
        return f"{code} {c.nz(6)}"
    return f"{code} {c.nz(3)} {c.num(4)}"


# --------------------------------------------------------------------------- names

_US_EXTRA = [
    ("Maricela", "Ochoa"), ("Jesús", "Villanueva"), ("Xiomara", "Quiñones"), ("Thanh", "Tran"),
    ("Phuong", "Le"), ("Ji-woo", "Park"), ("Seung-hoon", "Kim"), ("Mahmoud", "Haddad"),
    ("Rania", "Al-Sayed"), ("Svetlana", "Morozova"), ("Darnell", "Yazzie"), ("Loretta", "Begay"),
    ("DeShawn", "Washington"), ("Latoya", "Jefferson"), ("Krzysztof", "Nowak"),
    ("Tigist", "Bekele"), ("Abdirahman", "Warsame"), ("Consuelo", "Marroquín"),
    ("Rosalind", "O'Hara"), ("Giovanni", "DiMarco"), ("Keisha", "Dupree"), ("Yusuf", "Rahimi"),
    ("Esperanza", "Gutierrez-Ruiz"), ("Anh", "Pham"), ("Mei", "Chen"), ("Raymond", "Two Bulls"),
]
_UK_EXTRA = [
    ("Oluwaseun", "Adeyemi"), ("Priya", "Chauhan"), ("Mohammed", "Rahman"),
    ("Agnieszka", "Kowalczyk"), ("Siobhan", "McAllister"), ("Tariq", "Mahmood"),
    ("Chidinma", "Okafor"), ("Rhys", "Pritchard"), ("Kwame", "Mensah"), ("Hollie", "Bright-Watts"),
    ("Gurpreet", "Sandhu"), ("Danuta", "Wiśniewska"), ("Nasreen", "Begum"), ("Alfie", "Doherty"),
    ("Marcus", "St. Clair"), ("Winifred", "Ashworth"), ("Yetunde", "Oyelaran"), ("Hamza", "Qureshi"),
]
_SCOT = [("Eilidh", "MacLeod"), ("Hamish", "Fraser"), ("Morag", "Buchanan"), ("Callum", "McIntyre"),
         ("Ishbel", "Stewart"), ("Fraser", "Gillespie"), ("Kirsty", "Robertson"),
         ("Iain", "Mackenzie"), ("Catriona", "Dunbar"), ("Ruaridh", "Campbell")]
_IE = [("Pádraig", "Ó Súilleabháin"), ("Niamh", "Brennan"), ("Cormac", "Doherty"),
       ("Gráinne", "Walsh"), ("Seán", "Mac Giolla"), ("Orla", "Fitzgerald"),
       ("Declan", "Ó Ceallaigh"), ("Bríd", "Moriarty"), ("Tadhg", "Kavanagh"),
       ("Saoirse", "McGettigan"), ("Ciarán", "Lynch"), ("Róisín", "Hegarty")]
_AU = [("Konstantinos", "Papadopoulos"), ("Giuseppina", "Romano"), ("Minh", "Nguyen"),
       ("Chloe", "Tran"), ("Georges", "Khoury"), ("Bronwyn", "Fitzpatrick"),
       ("Lachlan", "McGregor"), ("Tahlia", "Nguyen-Smith"), ("Darcy", "Wilkinson"),
       ("Harpreet", "Gill"), ("Ngaire", "Coulthard"), ("Slavica", "Jovanović")]
_NZ = [("Aroha", "Ngata"), ("Wiremu", "Tipene"), ("Mere", "Te Rangi"), ("Hemi", "Walker"),
       ("Kahurangi", "Parata"), ("Tāne", "Horomona"), ("Ngaio", "Whaanga"), ("Manaia", "Tuhiwai"),
       ("Sione", "Taufa"), ("Losa", "Fa'asalele"), ("Georgia", "McKinnon"), ("Liam", "Baxter")]
_CA_NB = [("Aline", "LeBlanc"), ("Réjean", "Cormier"), ("Marilyn", "Augustine"),
          ("Roger", "Paul"), ("Deborah", "Francis"), ("Tyler", "MacKinnon"),
          ("Shelley", "Goguen"), ("Blair", "Sweeney"), ("Natalie", "Bourque"),
          ("Kevin", "Sock"), ("Pamela", "Thibodeau"), ("Gerald", "Steeves")]
_CA_ON = [("Harjit", "Dhaliwal"), ("Wei", "Zhang"), ("Ferdinand", "Bautista"),
          ("Olena", "Kovalenko"), ("Marco", "Ferraro"), ("Nadia", "Haddad"),
          ("Jennifer", "Wong"), ("Darius", "Rahmani"), ("Beverley", "Thompson"),
          ("Abdullahi", "Farah"), ("Joanne", "Ste-Marie"), ("Kwabena", "Asante")]
_ZA = [("Sipho", "Dlamini"), ("Nomvula", "Mkhize"), ("Lwazi", "Mthembu"),
       ("Nosipho", "Mahlangu"), ("Palesa", "Mokoena"), ("Tebogo", "Molefe"),
       ("Johannes", "van der Merwe"), ("Annelie", "Botha"), ("Pieter", "du Plessis"),
       ("Kamlesh", "Naidoo"), ("Shireen", "Pillay"), ("Faldiela", "Adams"),
       ("Gadija", "Isaacs"), ("Thandeka", "Zungu"), ("Mpho", "Sithole"), ("Lerato", "Khumalo")]
_KE = [("Wanjiru", "Kamau"), ("Otieno", "Ochieng"), ("Achieng", "Odhiambo"),
       ("Kiprop", "Kipchumba"), ("Chebet", "Rotich"), ("Mwangi", "Njoroge"),
       ("Akinyi", "Omondi"), ("Mutua", "Musyoka"), ("Nekesa", "Wafula"), ("Fatuma", "Hassan"),
       ("Wambui", "Gitau"), ("Kipkemoi", "Langat")]
_NG = [("Oluwaseun", "Adebayo"), ("Chukwuemeka", "Okonkwo"), ("Ngozi", "Eze"),
       ("Aisha", "Bello"), ("Ibrahim", "Musa"), ("Funmilayo", "Ogunleye"),
       ("Emeka", "Nwachukwu"), ("Halima", "Abubakar"), ("Tobiloba", "Adeyemi"),
       ("Chiamaka", "Obi"), ("Babatunde", "Fashola"), ("Zainab", "Yusuf")]
_PH = [("Maria Cristina", "Dela Cruz"), ("Jose", "Reyes"), ("Rowena", "Santos"),
       ("Mark Anthony", "Bautista"), ("Lourdes", "Villanueva"), ("Rodel", "Mendoza"),
       ("Jocelyn", "Garcia"), ("Nestor", "Aquino"), ("Marites", "Pascual"),
       ("Ronaldo", "Macaraeg"), ("Imelda", "Cabrera"), ("Efren", "De Leon")]
_PH_NICK = ["Jun-Jun", "Bong", "Neneng", "Inday", "Boyet", "Tess", "Dodong", "Ging"]
_JM = [("Delroy", "Campbell"), ("Marcia", "Brown"), ("Winston", "Thompson"),
       ("Paulette", "Williams"), ("Dwayne", "Reid"), ("Shanique", "Grant"),
       ("Errol", "McKenzie"), ("Novlette", "Francis"), ("Clive", "Ebanks"),
       ("Sashagay", "Henry"), ("Lascelles", "Morgan"), ("Icilda", "Bailey")]
_HK = [("Tai Man", "CHAN"), ("Siu Ming", "WONG"), ("Mei Ling", "LEUNG"),
       ("Kwok Wah", "CHEUNG"), ("Wai Kuen", "LAU"), ("Yuk Lan", "HO"), ("Chi Keung", "NG"),
       ("Sau Ying", "YEUNG"), ("Kam Fai", "TSANG"), ("Lai Fong", "MAK")]
_HK_EN = ["Peter", "Mary", "Alice", "Vincent", "Winnie", "Kenneth", "Stella", "Edmond"]


_FEMALE = {
    "Maricela", "Xiomara", "Phuong", "Ji-woo", "Rania", "Svetlana", "Loretta", "Latoya", "Tigist",
    "Consuelo", "Rosalind", "Keisha", "Esperanza", "Anh", "Mei", "Priya", "Agnieszka", "Siobhan",
    "Chidinma", "Hollie", "Gurpreet", "Danuta", "Nasreen", "Winifred", "Yetunde", "Eilidh", "Morag",
    "Ishbel", "Kirsty", "Catriona", "Niamh", "Gráinne", "Orla", "Bríd", "Saoirse", "Róisín",
    "Giuseppina", "Chloe", "Bronwyn", "Tahlia", "Ngaire", "Slavica", "Aroha", "Mere", "Kahurangi",
    "Ngaio", "Losa", "Georgia", "Aline", "Marilyn", "Deborah", "Shelley", "Natalie", "Pamela", "Olena",
    "Nadia", "Jennifer", "Beverley", "Joanne", "Nomvula", "Nosipho", "Palesa", "Annelie", "Shireen",
    "Faldiela", "Gadija", "Thandeka", "Lerato", "Wanjiru", "Achieng", "Chebet", "Akinyi", "Nekesa",
    "Fatuma", "Wambui", "Ngozi", "Aisha", "Funmilayo", "Halima", "Chiamaka", "Zainab", "Maria Cristina",
    "Rowena", "Lourdes", "Jocelyn", "Marites", "Imelda", "Marcia", "Paulette", "Shanique", "Novlette",
    "Sashagay", "Icilda", "Mei Ling", "Yuk Lan", "Sau Ying", "Lai Fong", "Mary", "Alice", "Winnie",
    "Stella", "Ffion", "Carys", "Seren", "Megan", "Nia", "Elin", "Lowri", "Bethan",
}


def pick_sex(c: Ctx, pool: list[tuple[str, str]], sex: str | None = None) -> tuple[str, str]:
    if sex:
        pool = [p for p in pool if (p[0] in _FEMALE) == (sex == "F")]
    return c.pick(pool)


def _fk_name(c: Ctx, locale: str, sex: str | None) -> tuple[str, str]:
    f = c.fk(locale)
    first = {"F": f.first_name_female, "M": f.first_name_male}.get(sex or "", f.first_name)()
    return first, f.last_name()


def us_name(c: Ctx, sex: str | None = None) -> tuple[str, str]:
    if c.chance(0.35):
        return pick_sex(c, _US_EXTRA, sex)
    return _fk_name(c, "en_US", sex)


def uk_name(c: Ctx, sex: str | None = None) -> tuple[str, str]:
    if c.chance(0.35):
        return pick_sex(c, _UK_EXTRA, sex)
    return _fk_name(c, "en_GB", sex)


def loc_name(c: Ctx, locale: str, sex: str | None = None) -> tuple[str, str]:
    return _fk_name(c, locale, sex)


def initials(g: str, f: str, lower: bool = False) -> str:
    s = g[0] + f.replace("Ó ", "O").replace("Mac ", "M")[0]
    return s.lower() if lower else s


def rfl(g: str, f: str) -> str:
    return f"{f.upper()}, {g}"


# --------------------------------------------------------------------------- places

_US_CITIES = [("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"),
              ("Greenville", "SC", "296"), ("Albuquerque", "NM", "871"), ("Lansing", "MI", "489"),
              ("Fresno", "CA", "937"), ("Knoxville", "TN", "379"), ("Wichita", "KS", "672"),
              ("Worcester", "MA", "016"), ("Boise", "ID", "837"), ("Shreveport", "LA", "711"),
              ("Cedar Rapids", "IA", "524"), ("Allentown", "PA", "181"), ("Duluth", "MN", "558"),
              ("Gainesville", "FL", "326"), ("El Paso", "TX", "799"), ("Rochester", "NY", "146")]


def us_addr(c: Ctx) -> tuple[str, str, str, str]:
    city, st, z = c.pick(_US_CITIES)
    f = c.fk("en_US")
    line = f"{c.r.randint(12, 9899)} {f.street_name()}"
    if c.chance(0.3):
        line += c.pick([f" Apt {c.r.randint(1, 40)}{c.pick('ABCD')}", f" Unit {c.r.randint(2, 310)}",
                        f", Apt. {c.r.randint(101, 820)}"])
    return line, city, st, z + c.num(2)


_UK_TOWNS = [("Rotherham", "S60 2"), ("Wakefield", "WF1 4"), ("Stockport", "SK4 3"),
             ("Darlington", "DL3 6"), ("Ipswich", "IP4 5"), ("Gloucester", "GL1 3"),
             ("Lancaster", "LA1 4"), ("Walsall", "WS2 8"), ("Colchester", "CO2 7"),
             ("Huddersfield", "HD1 5"), ("Worthing", "BN11 2"), ("Swindon", "SN2 1"),
             ("Peterborough", "PE1 3"), ("Barnsley", "S70 1"), ("Bolton", "BL1 6")]


def uk_addr(c: Ctx) -> tuple[str, str, str]:
    town, pc = c.pick(_UK_TOWNS)
    f = c.fk("en_GB")
    line = f"{c.r.randint(1, 220)} {f.street_name()}"
    if c.chance(0.3):
        line = c.pick([f"Flat {c.r.randint(1, 24)}, ", f"{c.r.randint(1, 9)} {f.last_name()} Court, "]) + line
    return line, town, pc + c.letters(2, "ABDEFGHJLNPQRSTUWXYZ")


_SCOT_TOWNS = [("Paisley", "PA1 2"), ("Kirkcaldy", "KY1 3"), ("Livingston", "EH54 6"),
               ("Dundee", "DD3 8"), ("Inverness", "IV2 4"), ("Ayr", "KA7 2"), ("Perth", "PH1 5"),
               ("Falkirk", "FK2 7"), ("East Kilbride", "G74 1")]


# =========================================================================== US templates


def t_woc_consult(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(58, 88)
    mrn = c.nz(8)
    line, city, st, z = us_addr(c)
    dg, _ = us_name(c, "F")
    dphone = us_phone(c)
    rn_g, rn_f = us_name(c)
    _hosp_g, hosp_f = us_name(c)
    pt = patient([g], f, mrn, dob, line=line, city=city, state=st, postal=z)
    braden = c.r.randint(10, 15)
    return _emit(
        pt,
        "WOUND, OSTOMY & CONTINENCE NURSING CONSULT\nPatient: ", N(rfl(g, f)), "   MRN: ", ID(mrn),
        "   DOB: ", D(fd(dob, "us")), "\nConsult requested by Dr. ", N(hosp_f), " (hospitalist) on ",
        D(fd(c.visit, "abbr_us")), " for sacral wound noted on admission.\n\n",
        "Braden score ", C(f"{braden}/23"), " (high risk). Albumin ", C(f"{c.r.choice([2.4, 2.7, 2.9])} g/dL"),
        ", prealbumin ", C(f"{c.r.randint(8, 14)} mg/dL"), ". Incontinent of urine; Foley removed ",
        D(fd(c.days(-2), "md")), ".\nSacrum: Stage 3 pressure injury ", C("4.2 x 3.1 x 0.6 cm"),
        ", 70% red granulation, 30% yellow slough, moderate serous drainage, no tunneling. "
        "Periwound macerated. Right heel: deep tissue injury ", C("2.0 x 2.5 cm"), ", intact purple skin.\n"
        "Plan: cleanse with Vashe, fill with Aquacel Ag, cover with Allevyn Life foam, change every ",
        C("72 hours"), " and PRN. Offload heels with Prevalon boots. Low-air-loss mattress ordered. "
        "Turn q2h. Dietitian consult for protein supplementation (Juven ", C("1 packet BID"), ").\n"
        "Discussed with daughter ", N(dg), " at bedside; she can be reached on ", PH(dphone),
        ". Family photo consent on file.\n\n", N(f"{rn_g} {rn_f}"), ", BSN, RN, CWOCN   ",
        D(fd(c.visit, "us_n")), " ", c.time(), "\n",
    )


def t_ld_triage(c: Ctx) -> Note:
    g, f = us_name(c, "F")
    dob = c.dob(19, 39)
    mrn = "E" + c.nz(7)
    partner = us_name(c)
    ob = us_name(c)
    cnm = us_name(c)
    edd = c.days(c.r.randint(-3, 20))
    ga = c.r.randint(36, 40)
    ts = f"{fd(c.visit, 'iso')}T{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}:00"
    phone = us_phone(c, "dash")
    line, city, st, z = us_addr(c)
    pt = patient([g], f, mrn, dob, phone=phone, line=line, city=city, state=st, postal=z,
                 gender="female")
    return _emit(
        pt,
        "OB TRIAGE NOTE  (Labor & Delivery, 4th floor)\nArrival: ", D(ts), "\nName: ", N(f"{g} {f}"),
        "  MRN ", ID(mrn), "  DOB ", D(fd(dob, "us_dash")), "\n", f"G{c.r.randint(1, 4)}P{c.r.randint(0, 2)} at ",
        C(f"{ga}w{c.r.randint(0, 6)}d"), " by 8-week US, EDD ", D(fd(edd, "long_us")),
        ". Presents with regular contractions q", C("4-5 min"), " since ", c.time(),
        ", intact membranes, +FM, no VB.\nPrenatal care with Dr. ", N(ob[1]),
        " at Riverside Women's Health. GBS ", C("positive"), " (collected ", D(fd(c.days(-24), "md")),
        "). Rubella immune, HIV/HBsAg negative.\nVS: BP ", C("128/76"), ", HR ", C("92"), ", T ",
        C("98.4 F"), ". SVE ", C("4/80/-1"), ", Bishop score ", C(f"{c.r.randint(7, 10)}"),
        ". NST reactive, FHR baseline ", C("135 bpm"), ", moderate variability, no decels. TOCO q",
        C("4 min"), ".\nPlan: admit to L&D in active labor, PCN G ", C("5 million units IV"),
        " load then ", C("2.5 million units q4h"), ". Epidural on request. Partner ",
        N(f"{partner[0]} {partner[1]}"), " at bedside (cell ", PH(phone), ").\n\n",
        N(f"{cnm[0]} {cnm[1]}"), ", CNM\n",
    )


def t_hemodialysis_run(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(40, 86)
    mrn = c.nz(7)
    serial = f"{c.pick(['FMC5008', '2008T', 'NX'])}-{c.letters(2)}{c.nz(6)}"
    ipa = f"10.{c.r.randint(20, 60)}.{c.r.randint(1, 254)}.{c.r.randint(2, 254)}"
    trans = us_phone(c)
    line, city, st, z = us_addr(c)
    tech = us_name(c)
    rn = us_name(c)
    pt = patient([g], f, mrn, dob, line=line, city=city, state=st, postal=z)
    return _emit(
        pt,
        "OUTPATIENT HEMODIALYSIS TREATMENT RECORD - Chair 7, MWF 2nd shift\n", N(f"{f}, {g}"),
        " | Clinic ID ", ID(mrn), " | DOB ", D(fd(dob, "us")), " | Tx date ", D(fd(c.visit, c.pick(["us_s", "compact"]))),
        "\nMachine ", ID(serial), " (network ", IPA(ipa), "), dialyzer Optiflux F180NRe, bath ",
        C("2K/2.5Ca"), ".\nAccess: L brachiocephalic AVF, good thrill/bruit; 15G needles x2.\n"
        "Pre wt ", C("84.6 kg"), ", EDW ", C("81.5 kg"), ", UF goal ", C("3.1 L"), ". Pre BP ", C("162/90"),
        ", post BP ", C("134/78"), ". Qb ", C("400 mL/min"), ", Qd ", C("600 mL/min"), ", time ",
        C("3 h 45 min"), ".\nHeparin ", C("2000 units"), " bolus. Epogen ", C("6000 units IV"),
        ", Venofer ", C("100 mg IV"), ". Last Kt/V ", C("1.42"), ", URR ", C("74%"), ", K ",
        C("5.6 mmol/L"), ", phos ", C("6.1 mg/dL"), ".\nIntradialytic cramping at hr 3, UF paused ",
        C("10 min"), ", NS ", C("200 mL"), " given.\nTransport: Medi-Ride van, dispatcher ", PH(trans),
        ", pickup from ", AD(line), ", ", AD(city), ".\nTech: ", N(initials(*tech)), "   Charge RN: ",
        N(f"{rn[0]} {rn[1]}"), ", RN\n",
    )


def t_psych_admission(c: Ctx) -> Note:
    g, f = us_name(c)
    nick = c.pick(["Bobby", "Jax", "Tina", "Dee", "Manny", "Lulu", "Kiki", "Rocco"])
    dob = c.dob(19, 55)
    mrn = c.nz(8)
    mom = us_name(c, "F")
    mphone = us_phone(c)
    cw = us_name(c)
    cw_email = f"{_ascii(cw[0])[:1]}{_ascii(cw[1])}@{c.pick(['countybh.org', 'dhs.state.us', 'mhcenter.org'])}"
    ssn = f"{c.nz(3)}-{c.num(2)}-{c.num(4)}"
    md = us_name(c)
    line, city, st, z = us_addr(c)
    pt = patient([g], f, mrn, dob, line=line, city=city, state=st, postal=z,
                 extra_ids=[("http://hl7.org/fhir/sid/us-ssn", ssn.replace("-", ""))])
    return _emit(
        pt,
        "PSYCHIATRY ADMISSION H&P - Inpatient Behavioral Health Unit (4 West)\n",
        "Patient: ", N(f"{g} {f}"), " (goes by \"", N(nick), "\")   MRN: ", ID(mrn), "   SSN on face sheet: ",
        SS(ssn), "\nDate of admission: ", D(fd(c.visit, "long_us")), "\nLegal: 72-hour involuntary hold initiated ",
        D(fd(c.days(-1), "us")), " at ", c.time(), " by ED; converts/expires ", D(fd(c.days(2), "md")), ".\n\n",
        "HPI: brought in by police after texting mother ", N(f"{mom[0]} {f}"),
        " a goodbye message. Reports 3 weeks of insomnia, anhedonia, passive then active SI with plan "
        "to overdose on stockpiled sertraline. PHQ-9 ", C("24/27"), ", C-SSRS high risk. Denies HI/AVH. "
        "UDS ", C("positive for THC"), ", BAL ", C("<10 mg/dL"), ".\nMSE: disheveled, psychomotor "
        "retardation, mood 'empty', affect constricted, TP linear, insight poor.\nPlan: 15-min checks, "
        "sertraline held; start mirtazapine ", C("15 mg qHS"), ", hydroxyzine ", C("25 mg q6h PRN"),
        ". Lithium level not indicated. Family meeting with mother (", PH(mphone), ") and county case "
        "worker ", N(f"{cw[0]} {cw[1]}"), " (", EM(cw_email), ").\n\nAttending: ", N(f"{md[0]} {md[1]}"),
        ", MD\n",
    )


def t_hospice_cti(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(90, 101)
    age = age_at(dob, c.visit)
    mrn = c.nz(7)
    mbi = f"{c.nz(1)}{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.num(1)}-{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.num(1)}-{c.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}{c.num(2)}"
    ssn4 = c.num(4)
    cg = us_name(c, "F")
    cg_phone = us_phone(c)
    hph, hfax = us_phone(c, "paren"), us_phone(c, "paren")
    line, city, st, z = us_addr(c)
    md = us_name(c)
    pt = patient([g], f, mrn, dob, line=line, city=city, state=st, postal=z)
    return _emit(
        pt,
        "HOSPICE CERTIFICATION OF TERMINAL ILLNESS (initial 90-day benefit period)\n",
        "Patient: ", N(f"{g} {f}"), ", ", AG(str(age)), " y/o, DOB ", D(fd(dob, "abbr_us")), "\n",
        "MBI: ", ID(mbi), "   SSN (last 4): ", SS(ssn4), "   Chart #: ", ID(mrn), "\n",
        "Election of benefit signed ", D(fd(c.visit, "us")), "; benefit period ", D(fd(c.visit, "us")),
        " to ", D(fd(c.days(89), "us")), ".\nResidence: ", AD(line), ", ", AD(city), ", ", st, " ", ZP(z), "\n\n",
        "Terminal diagnosis: Alzheimer's dementia, FAST ", C("7c"), ". PPS ", C("30%"),
        ", bed-bound, dependent for all ADLs, intake limited to a few bites; weight ", C("41.2 kg"),
        " down from ", C("47.0 kg"), " over ", C("3 months"), " (MAC ", C("19 cm"), "). Two aspiration "
        "pneumonias since ", D(fd(c.days(-130), "mon_year")), ".\nComfort meds: morphine concentrate ",
        C("5 mg SL q2h PRN"), ", lorazepam ", C("0.5 mg SL q4h PRN"), ", glycopyrrolate ",
        C("0.2 mg SC q4h PRN"), ".\nPrimary caregiver: granddaughter ", N(f"{cg[0]} {cg[1]}"),
        ", cell ", PH(cg_phone), ". DNR/POLST on fridge.\nHospice office ", PH(hph), ", fax ", PH(hfax), ".\n"
        "I certify that the patient's prognosis is 6 months or less if the illness runs its normal course.\n",
        N(f"{md[0]} {md[1]}"), ", DO, Hospice Medical Director   ", D(fd(c.visit, "us_n")), "\n",
    )


def t_nicu_admission(c: Ctx) -> Note:
    mg, mf = us_name(c, "F")
    mdob = c.dob(18, 41)
    baby_mrn = c.nz(8)
    mom_mrn = c.nz(8)
    sex = c.pick(["Boy", "Girl"])
    born = c.visit
    bts = f"{fd(born, 'iso')} {c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}"
    ped = us_name(c)
    np_ = us_name(c)
    fa = us_name(c, "M")
    line, city, st, z = us_addr(c)
    pt = patient([f"Baby {sex}"], mf, baby_mrn, born, line=line, city=city, state=st, postal=z)
    return _emit(
        pt,
        "NICU ADMISSION NOTE\nBaby " + sex + " ", N(mf), "  MRN ", ID(baby_mrn), "\nBorn ",
        D(bts.split(" ")[0]), " " + bts.split(" ")[1] + " by repeat C-section to ", N(f"{mg} {mf}"), " (maternal MRN ",
        ID(mom_mrn), ", DOB ", D(fd(mdob, "us")), "), ", f"G{c.r.randint(2, 5)}P{c.r.randint(1, 4)}",
        ". Father of baby ", N(f"{fa[0]} {fa[1]}"), " present.\n",
        "GA ", C("33+4 weeks"), ", BW ", C("1985 g"), ". Apgars ", C("6"), " and ", C("8"),
        " at 1 and 5 min. Maternal labs: blood type O+, GBS unknown, ROM ", C("19 hours"),
        ", betamethasone x2 complete.\nAdmitted for prematurity and respiratory distress: grunting, "
        "retractions, FiO2 ", C("35%"), " on CPAP ", C("6 cmH2O"), ". CXR: RDS pattern. Curosurf ",
        C("200 mg/kg"), " via LISA at ", c.time(), ". Initial glucose ", C("38 mg/dL"), ", D10W bolus ",
        C("2 mL/kg"), ", then D10 at ", C("80 mL/kg/day"), ". Blood culture sent; ampicillin and "
        "gentamicin started. Cord gas pH ", C("7.26"), ".\nParents updated; home ", AD(line), ", ",
        AD(city), ".\n\n", N(f"{np_[0]} {np_[1]}"), ", NNP-BC / attending Dr. ",
        N(ped[1]), "\n",
    )


def t_trauma_tertiary(c: Ctx) -> Note:
    g, f = us_name(c, "M")
    dob = c.dob(18, 70)
    mrn = c.nz(8)
    acct = f"{c.nz(10)}"
    plate = c.pick([f"{c.nz(1)}{c.letters(3)}{c.num(3)}", f"{c.letters(3)}-{c.num(4)}", f"{c.letters(2)} {c.num(5)}"])
    claim = f"{c.nz(2)}-{c.num(7)}-{c.num(2)}"
    res = us_name(c)
    att = us_name(c)
    wife = us_name(c, "F")[0]
    line, city, st, z = us_addr(c)
    pt = patient([g], f, mrn, dob, line=line, city=city, state=st, postal=z)
    return _emit(
        pt,
        "TRAUMA TERTIARY SURVEY (HD#2)\n", N(rfl(g, f)), "  MRN ", ID(mrn), "  Acct ", ID(acct), "\n",
        "Mechanism: restrained driver, T-bone MVC on ", D(fd(c.days(-1), "dmon")),
        ", prolonged extrication. Vehicle plate ", ID(plate), " noted on the police report; auto insurer claim ",
        ID(claim), ".\nInjuries identified: L ribs 5-8 fx, small L PTX (pigtail placed), grade II splenic "
        "laceration, R distal radius fx. ISS ", C("22"), ".\nNew findings on tertiary: R 5th metacarpal tenderness "
        "-> XR neg; abrasions L flank.\nVitals: HR ", C("98"), ", BP ", C("118/70"), ", SpO2 ", C("95% on 2 L NC"),
        ". Hgb ", C("10.9 g/dL"), " (from ", C("12.8 g/dL"), "), lactate ", C("1.4 mmol/L"), ". FAST negative on repeat.\n"
        "Pain: incentive spirometer ", C("750 mL"), "; acetaminophen ", C("1 g q6h"), ", ketorolac held, oxycodone ",
        C("5 mg q4h PRN"), ", lidocaine patch. Enoxaparin ", C("30 mg SC q12h"), " to start ",
        D(fd(c.days(1), "md")), " if Hgb stable.\nWife ", N(wife), " updated by phone.\n",
        N(f"{res[0]} {res[1]}"), ", MD (PGY-3) for ", "Dr. ", N(att[1]), "\n",
    )


def t_cardiac_rehab(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(45, 84)
    mrn = c.nz(8)
    email = f"{_ascii(g)[:1]}{_ascii(f)}{c.num(2)}@{c.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'comcast.net'])}"
    url = f"https://{c.pick(['mychart', 'portal', 'myhealth'])}.{c.pick(['stlukes', 'mercyhealth', 'baycare', 'prisma'])}.org/rehab/{c.letters(2).lower()}{c.num(5)}"
    ep = us_name(c)
    line, city, st, z = us_addr(c)
    phone = us_phone(c)
    pt = patient([g], f, mrn, dob, phone=phone, line=line, city=city, state=st, postal=z, email=email)
    return _emit(
        pt,
        "CARDIAC REHABILITATION - PHASE II INTAKE\nParticipant: ", N(f"{g} {f}"), "   MRN ", ID(mrn),
        "   Referral date ", D(fd(c.days(-12), "ord_us")), "\nQualifying event: NSTEMI s/p DES to mid LAD on ",
        D(fd(c.days(-30), "long_us")), ". EF ", C("45%"), ".\nWorks as a school bus driver; goal to return to work.\n"
        "6MWT: ", C("402 m"), ", peak HR ", C("112 bpm"), ", RPE ", C("13"), ". Estimated ", C("4.8 METs"),
        ". Duke Activity Status Index ", C("28.7"), ". PHQ-9 ", C("6"), ".\nResting BP ", C("126/74"), ", HR ",
        C("64"), ". LDL ", C("58 mg/dL"), " on atorvastatin ", C("80 mg"), "; metoprolol succinate ",
        C("50 mg daily"), ", aspirin ", C("81 mg"), ", ticagrelor ", C("90 mg BID"), ".\nITP: 36 sessions, 3x/week, "
        "start at ", C("2-3 METs"), " with telemetry.\nHome exercise handout and logins sent to ", EM(email),
        "; video library: ", UR(url), "\nPhone ", PH(phone), "\n", N(f"{ep[0]} {ep[1]}"), ", MS, ACSM-CEP\n",
    )


def t_ebus(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(50, 85)
    mrn = c.nz(8)
    spec = f"{c.pick(['S', 'C', 'NG'])}{c.visit.year % 100}-{c.nz(5)}"
    scope = c.nz(7)
    ipa = f"172.{c.r.randint(16, 31)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"
    ip_md = us_name(c)
    fel = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "PROCEDURE: EBUS-TBNA with ROSE, flexible bronchoscopy\nPatient: ", N(f"{f}, {g}"), "  MRN ", ID(mrn),
        "  DOB ", D(fd(dob, "DMONY")), "  Date: ", D(fd(c.visit, "DMONY")), "\nIndication: PET-avid RUL mass ",
        C("3.4 cm"), " (SUV ", C("11.2"), ") and mediastinal adenopathy.\nScope ", ID(scope),
        ", EU-ME2 processor (", IPA(ipa), ").\nSedation: general anesthesia via LMA; lidocaine ",
        C("2% 10 mL"), " topical.\nFindings: station 4R ", C("14 mm"), ", station 7 ", C("18 mm"), ", 11R ", C("9 mm"),
        ". 22G needle, 4 passes per station. ROSE: 4R and 7 positive for malignant cells (NSCLC favor "
        "adenocarcinoma); 11R lymphocytes only.\nSpecimens: ", ID(spec), " A-C to cytology; cell block "
        "for PD-L1, EGFR/ALK/ROS1 NGS.\nEBL ", C("<5 mL"), ". No PTX on post-procedure CXR. Discharged same day.\n",
        "Attending: ", N(f"{ip_md[0]} {ip_md[1]}"), ", MD. Fellow: ", N(f"{fel[0][0]}. {fel[1]}"), ", MD\n",
    )


def t_transfusion_reaction(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(30, 88)
    mrn = c.nz(8)
    unit = f"W{c.nz(4)} {c.visit.year % 100} {c.num(6)}"
    unit2 = f"W{c.nz(4)} {c.visit.year % 100} {c.num(6)}"
    ipa = f"10.{c.r.randint(100, 200)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"
    tech = us_name(c)
    mdr = us_name(c)
    rn = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "BLOOD BANK - SUSPECTED TRANSFUSION REACTION INVESTIGATION\nRecipient: ", N(rfl(g, f).upper()),
        "   MRN ", ID(mrn), "   ABO/Rh: A POS\nReported ", D(fd(c.visit, "iso")), " ", c.time(),
        " by ", N(f"{rn[0]} {rn[1]}"), ", RN (6 South). Product: RBC unit ", ID(unit), " (O POS, leukoreduced), "
        "started ", c.time(), ", stopped after ", C("~110 mL"), ".\nSigns: T ", C("38.9 C"), " from ", C("37.0 C"),
        ", rigors, BP ", C("96/58"), " from ", C("132/80"), ", no urticaria, no dyspnea.\nClerical check: "
        "correct patient/unit. Post-transfusion sample: DAT ", C("negative"), ", no visible hemolysis, repeat "
        "ABO/Rh concordant. Bilirubin ", C("0.8 mg/dL"), ", LDH ", C("212 U/L"), ", haptoglobin ", C("148 mg/dL"), ".\n"
        "Unit bag and second unit ", ID(unit2), " quarantined; gram stain of bag ", C("no organisms"),
        "; cultures sent.\nInterpretation: febrile non-hemolytic transfusion reaction; septic reaction "
        "not excluded pending culture. Premedicate with acetaminophen ", C("650 mg"), " for future units.\n"
        "Results filed to LIS (interface ", IPA(ipa), ").\nTech: ", N(initials(*tech)), " / Medical Director: ",
        N(f"{mdr[0]} {mdr[1]}"), ", MD\n",
    )


def t_needlestick(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(23, 60)
    emp = f"{c.nz(6)}"
    mrn = c.nz(8)
    src = us_name(c)
    src_mrn = c.nz(8)
    ssn4 = c.num(4)
    phone = us_phone(c)
    ohn = us_name(c)
    pt = patient([g], f, mrn, dob, phone=phone, extra_ids=[("urn:employee", emp)])
    return _emit(
        pt,
        "EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE\nEmployee: ", N(f"{g} {f}"), ", RN, 5 North   Employee ID ",
        ID(emp), "   SSN last four ", SS(ssn4), "\nExposure ", D(fd(c.visit, "us")), " at ", c.time(),
        ": percutaneous injury, left index finger, hollow-bore 25G needle after SC heparin; gloved. Wound "
        "washed ", C("5 min"), " with soap and water.\nSource patient: ", N(f"{src[1]}, {src[0]}"), ", MRN ",
        ID(src_mrn), " (consented). Source rapid HIV ", C("non-reactive"), ", HCV Ab ", C("reactive"), ", HBsAg ",
        C("negative"), ".\nEmployee baseline: anti-HBs ", C("112 mIU/mL"), " (immune), HIV Ag/Ab and HCV Ab drawn. "
        "PEP not indicated for HIV given non-reactive source; HCV RNA at ", C("3-6 weeks"), " and HCV Ab at ",
        C("6 months"), " (", D(fd(c.days(182), "abbr_us")), ").\nReachable at ", PH(phone), ". Follow-up ",
        D(fd(c.days(28), "us_n")), ".\n", N(f"{ohn[0]} {ohn[1]}"), ", APRN, Occupational Health\n",
    )


def t_case_mgmt(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(66, 89)
    mrn = c.nz(8)
    ssn = c.pick([f"{c.nz(3)}-{c.num(2)}-{c.num(4)}", f"{c.nz(3)} {c.num(2)} {c.num(4)}"])
    mcaid = f"{c.letters(2)}{c.num(5)}{c.letters(1)}"
    son = us_name(c, "M")
    son_ph = us_phone(c)
    snf_line, snf_city, st, snf_z = us_addr(c)
    fax = us_phone(c, "dash")
    cm = us_name(c)
    em = f"{_ascii(cm[0])}.{_ascii(cm[1])}@{c.pick(['ahn.org', 'unitypoint.org', 'ochsner.org', 'baptisthealth.net'])}"
    pt = patient([g], f, mrn, dob, state=st, extra_ids=[("http://hl7.org/fhir/sid/us-ssn", ssn)])
    return _emit(
        pt,
        "CASE MANAGEMENT - DISCHARGE PLANNING NOTE  ", D(fd(c.visit, "us")), "\nPt ", N(f"{g} {f}"), " (MRN ",
        ID(mrn), ") admitted ", D(fd(c.days(-4), "md")), " with L hip hemiarthroplasty. PT: min-mod assist, ambulates ",
        C("40 ft"), " with RW. AM-PAC 6-clicks ", C("14"), ". Qualifies for SNF (3-midnight stay met).\n",
        "Son ", N(f"{son[0]} {son[1]}"), " (HCPOA, ", PH(son_ph), ") chose Maple Grove Health & Rehab, ", AD(snf_line),
        ", ", AD(snf_city), ", ", st, " ", ZP(snf_z), ".\nReferral packet faxed to admissions ", PH(fax),
        " incl. face sheet (SSN ", SS(ssn), ", Medicaid ID ", ID(mcaid), " pending), H&P, PT notes, MAR, "
        "COVID swab ", C("negative"), ". Bed offered for ", D(fd(c.days(1), "month_day")), ".\nNeeds: "
        "apixaban ", C("2.5 mg BID"), " x ", C("30 days"), ", weight-bearing as tolerated, staples out on ",
        D(fd(c.days(10), "md")), ".\nQuestions: ", N(f"{cm[0]} {cm[1]}"), ", RN, CCM  ", EM(em), " ext ",
        PH(c.nz(4)), "\n",
    )


def t_polst(c: Ctx) -> Note:
    g, f = us_name(c, "F")
    dob = c.dob(90, 99)
    age = age_at(dob, c.visit)
    mrn = c.nz(8)
    agent = us_name(c, "M")
    agent_ph = us_phone(c)
    alt = us_name(c)
    url = f"https://{c.pick(['docs', 'acp', 'forms'])}.{c.pick(['sutterhealth', 'providence', 'bswhealth', 'atriumhealth'])}.org/polst/{c.num(4)}-{c.letters(4).lower()}{c.num(3)}"
    md = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "ADVANCE CARE PLANNING NOTE / POLST\n", N(f"{g} {f}"), " is a ", AG(str(age)), "-year-old with "
        "HFpEF (EF ", C("60%"), "), CKD 4 (eGFR ", C("21 mL/min/1.73m2"), ") and frailty (CFS ", C("7"), "). "
        "MRN ", ID(mrn), ".\nPresent: patient (has capacity for this decision), health care agent and nephew ",
        N(f"{agent[0]} {agent[1]}"), " (", PH(agent_ph), "), alternate agent ", N(f"{alt[0]} {alt[1]}"), " by phone.\n"
        "Patient states 'I've had a good long life' and does not want CPR, intubation or dialysis. Values "
        "being at home with her cat. Prior AD dated ", D(fd(_dt.date(c.visit.year - 6, c.r.randint(1, 12), c.r.randint(1, 28)), "us_n")),
        ".\nPOLST completed: Section A DNR; Section B Selective treatment (IV fluids/antibiotics OK, no ICU); "
        "Section C no long-term artificial nutrition.\nTime spent in ACP: ", C("38 minutes"), " (99497).\n"
        "Signed form scanned to ", UR(url), "; registry submission ", D(fd(c.visit, "ord_us")), ".\n",
        N(f"{md[0]} {md[1]}"), ", MD, Geriatrics\n",
    )


def t_ctpa(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(25, 85)
    mrn = c.nz(8)
    acc = f"{c.pick(['CT', 'RAD', 'ACC'])}{c.nz(8)}"
    ipa = f"10.{c.r.randint(1, 99)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"
    url = f"http://pacs{c.r.randint(1, 4)}.{c.pick(['rad', 'img'])}.local/viewer?study={c.num(3)}.{c.num(5)}.{c.num(4)}"
    rad = us_name(c)
    ed = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "EXAM: CT ANGIOGRAM CHEST (PE PROTOCOL)\nPatient: ", N(rfl(g, f)), "  MRN: ", ID(mrn), "  Accession: ", ID(acc),
        "\nDate of service: ", D(fd(c.visit, "us")), " ", c.time(), "\nHistory: pleuritic CP, HR ", C("118"),
        ", D-dimer ", C("2.4 mcg/mL FEU"), ". Wells ", C("6"), ".\nTechnique: ", C("75 mL Omnipaque 350"), " IV. "
        "DLP ", C("312 mGy-cm"), ".\nFindings: Filling defects in the right main pulmonary artery extending into "
        "RML and RLL segmental branches. RV/LV ratio ", C("1.2"), ", straightening of the septum. Small R "
        "pleural effusion. Wedge-shaped RLL opacity suggesting infarct. No aortic dissection.\n"
        "IMPRESSION: Acute right-sided PE with CT evidence of right heart strain.\nCritical result called to ",
        "Dr. ", N(ed[1]), " (ED) at ", c.time(), " on ", D(fd(c.visit, "md")),
        ", read back.\nImages: ", UR(url), " (node ", IPA(ipa), ")\nDictated by ", N(f"{rad[0]} {rad[1]}"), ", MD\n",
    )


def t_veeg(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(19, 80)
    mrn = c.nz(8)
    amp = f"{c.pick(['NK', 'XLT', 'NAT'])}{c.nz(6)}"
    ipa = f"192.168.{c.r.randint(0, 40)}.{c.r.randint(2, 254)}"
    url = f"https://eeg-review.{c.pick(['umc', 'hfhs', 'uchealth'])}.edu/study/{c.num(6)}"
    s1, s2 = c.days(-2), c.days(-1)
    rdr = us_name(c)
    tech = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "CONTINUOUS VIDEO-EEG MONITORING REPORT\nName: ", N(f"{g} {f}"), "   MRN ", ID(mrn), "   DOB ",
        D(fd(dob, "us_s")), "\nRecording: ", D(fd(s1, "iso")), " 14:05 to ", D(fd(s2, "iso")),
        " 14:00 (", C("23 h 55 min"), "). Amplifier ", ID(amp), ", acquisition server ", IPA(ipa), ".\n",
        "Clinical: ICU day 3, post-cardiac arrest, GCS ", C("6T"), ", on propofol ", C("30 mcg/kg/min"),
        " and levetiracetam ", C("1500 mg BID"), ".\nBackground: continuous, ", C("4-5 Hz"),
        " theta-delta slowing, reactive to noxious stimulation. Frequent ", C("1-1.5 Hz"),
        " lateralized periodic discharges, right hemisphere (LPDs), without evolution. No electrographic "
        "seizures. No clinical events pushed.\nImpression: abnormal cEEG due to diffuse encephalopathy and "
        "right LPDs (ictal-interictal continuum); recommend adding lacosamide ", C("200 mg IV"), " load.\n"
        "Review link: ", UR(url), "\nTech ", N(initials(*tech, lower=True)), "; read by ", N(f"{rdr[0]} {rdr[1]}"), ", MD\n",
    )


def t_grievance(c: Ctx) -> Note:
    g, f = us_name(c, "M")
    dob = c.dob(60, 89)
    mrn = c.nz(8)
    son = us_name(c, "M")
    son_full = f"{son[0]} {f}" if c.chance(0.6) else f"{son[0]} {son[1]}"
    son_em = f"{_ascii(son[0])}{c.num(3)}@{c.pick(['gmail.com', 'icloud.com', 'hotmail.com', 'aol.com'])}"
    son_ph = us_phone(c)
    ssn4 = c.num(4)
    gno = f"GRV-{c.visit.year}-{c.nz(5)}"
    url = f"https://survey.{c.pick(['pressganey', 'qualtrics'])}.com/s/{c.letters(6).lower()}{c.num(3)}"
    pr = us_name(c)
    rn = us_name(c)
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "PATIENT RELATIONS - GRIEVANCE INTAKE  #", ID(gno), "\nReceived: ", D(fd(c.visit, "long_us")), " via phone\n",
        "Complainant: ", N(son_full), " (son) - ", PH(son_ph), ", ", EM(son_em), "\nPatient: ", N(f"{g} {f}"),
        ", MRN ", ID(mrn), " (identity verified with DOB ", D(fd(dob, "us")), " and SSN last 4 ", SS(ssn4), ")\n",
        "Concern: father's hearing aids and upper denture lost during transfer from ICU to 7 Tower on ",
        D(fd(c.days(-6), "abbr_us")), "; also states call light not answered for ", C("45 minutes"),
        " overnight. Nurse ", N(rn[0]), " was 'kind but overwhelmed'.\nActions: unit manager notified; "
        "search of ICU room and laundry requested; property claim form sent. Written response due within ",
        C("7 days"), " (by ", D(fd(c.days(7), "us_n")), ").\nSurvey link sent: ", UR(url), "\n",
        N(f"{pr[0]} {pr[1]}"), ", Patient Advocate\n",
    )


def t_sbar(c: Ctx) -> Note:
    g, f = us_name(c, "M")
    dob = c.dob(70, 99)
    age = age_at(dob, c.visit)
    mrn = c.nz(8)
    wife = us_name(c, "F")[0]
    wph = us_phone(c)
    me = us_name(c)
    nxt = us_name(c)
    bed = f"{c.r.randint(3, 9)}{c.pick(['E', 'W', 'N'])}-{c.r.randint(1, 32)}"
    age_items: list[Item] = [AG(str(age)) if age >= 90 else str(age)]
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "RN SHIFT HANDOFF (SBAR) ", D(fd(c.visit, "us_s")), " 1900\nBed ", bed, " - ", N(f"{f.lower()}, {g.lower()}"), " / MRN ", ID(mrn), "\nS: ", *age_items, "M admitted ", D(fd(c.days(-2), "md")),
        " with CAP, full code.\nB: COPD on ", C("2 L"), " home O2, AFib on apixaban ", C("5 mg BID"),
        ", hx falls.\nA: T ", C("37.8"), ", HR ", C("104"), " irreg, BP ", C("108/62"), ", RR ", C("22"), ", SpO2 ",
        C("91% 3 L"), ". Ceftriaxone ", C("1 g"), " + azithro ", C("500 mg"), " given 1400. Na ", C("131 mmol/L"),
        ", WBC ", C("14.2"), ". Bed alarm on, yellow socks. CAM ", C("negative"), " today. Voiding, last BM ",
        D(fd(c.days(-1), "md")), ".\nR: repeat lactate due 2100; if SpO2 <88% call RRT. Wife ", N(wife), " (", PH(wph),
        ") wants a call if any change.\n-- ", N(initials(*me)), " to ", N(f"{nxt[0]} {nxt[1][0]}."), "\n",
    )


def t_dog_bite(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(12, 16)
    mrn = c.nz(8)
    mom = us_name(c, "F")[0]
    mph = us_phone(c)
    owner = us_name(c)
    oline, ocity, st, oz = us_addr(c)
    ac = f"AC{c.visit.year % 100}-{c.nz(6)}"
    tag = f"{c.visit.year}-{c.nz(5)}"
    pa = us_name(c)
    pt = patient([g], f, mrn, dob, state=st)
    return _emit(
        pt,
        "URGENT CARE VISIT - ANIMAL BITE\n", N(f"{g} {f}"), "  MRN ", ID(mrn), "  DOB ", D(fd(dob, "us")),
        "  DOS ", D(fd(c.visit, "us")), "\nAccompanied by mother ", N(mom), ". Bitten on R forearm by neighbor's "
        "dog (pit mix) about ", C("2 hours"), " ago.\nDog owner: ", N(f"{owner[0]} {owner[1]}"), ", ", AD(oline), ", ",
        AD(ocity), " ", ZP(oz), ". Dog's rabies tag ", ID(tag), ", vaccination reportedly current.\n"
        "Exam: two puncture wounds ", C("0.5 cm"), " and a ", C("2 cm"), " laceration, no tendon involvement, "
        "FROM, cap refill ", C("<2 s"), ". Wt ", C("38 kg"), ".\nTx: irrigated with ", C("500 mL NS"),
        "; laceration left open. Augmentin ", C("875/125 mg BID"), " x ", C("5 days"), ". Tdap ", C("0.5 mL IM"),
        " (last ", D(fd(dob + _dt.timedelta(days=4100), "mon_year")), "). No RIG/vaccine: dog to be observed ",
        C("10 days"), ".\nReported to County Animal Control, case ", ID(ac), ". Mom's cell ", PH(mph), ".\n",
        N(f"{pa[0]} {pa[1]}"), ", PA-C\n",
    )


def t_retina(c: Ctx) -> Note:
    g, f = us_name(c)
    dob = c.dob(74, 97)
    age = age_at(dob, c.visit)
    mrn = c.nz(7)
    ipa = f"10.{c.r.randint(60, 90)}.{c.r.randint(0, 255)}.{c.r.randint(2, 254)}"
    lot = f"{c.letters(1)}{c.nz(6)}"
    driver = us_name(c, "M")
    md = us_name(c)
    tech = us_name(c)
    age_items: list[Item] = [AG(str(age)) if age >= 90 else str(age)]
    pt = patient([g], f, mrn, dob)
    return _emit(
        pt,
        "RETINA CLINIC - INTRAVITREAL INJECTION\n", N(f"{f}, {g} {c.letters(1)}"), "   Pt #", ID(mrn), "   ",
        D(fd(c.visit, "abbr_us")), "\n", *age_items, " yo with neovascular AMD OS, injection #", str(c.r.randint(4, 30)),
        ", interval ", C("8 weeks"), ".\nVA cc: OD ", C("20/40"), ", OS ", C("20/80"), " (prior ", C("20/60"), "). IOP ",
        C("15"), "/", C("17 mmHg"), ".\nOCT OS (Spectralis, exported from ", IPA(ipa), "): CST ", C("388 um"),
        " from ", C("301 um"), ", new SRF.\nProcedure: time-out, povidone-iodine ", C("5%"), ", lid speculum, Eylea ",
        C("2 mg/0.05 mL"), " (lot ", lot, ") ", C("3.5 mm"), " post limbus superotemporal. CF vision after; "
        "IOP ", C("22 mmHg"), " at ", C("10 min"), ".\nPlan: shorten interval to ", C("6 weeks"), ", return ",
        D(fd(c.days(42), "md")), ". Driven by ", N(driver[0]), " (son-in-law).\nTech ", N(initials(*tech)),
        ". ", N(f"{md[0][0]}. {md[1]}"), ", MD\n",
    )


# =========================================================================== UK / Ireland


def nhs_no(c: Ctx) -> str:
    return f"{c.nz(3)} {c.num(3)} {c.num(4)}"


def t_ptwr_clerking(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(45, 88)
    hosp = f"{c.pick(['K', 'M', 'RW', 'J'])}{c.nz(7)}"
    nhs = nhs_no(c)
    nok = uk_name(c, "F")
    nok_ph = uk_mobile(c)
    fy1 = uk_name(c)
    cons = uk_name(c)
    line, town, pc = uk_addr(c)
    pt = patient([g], f, hosp, dob, line=line, city=town, postal=pc,
                 extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "ACUTE MEDICAL UNIT - CLERKING & POST-TAKE WARD ROUND\n", N(f"{f.upper()} {g}"), "  Hosp no. ", ID(hosp),
        "  NHS ", ID(nhs), "  DOB ", D(fd(dob, "uk")), "\n", AD(line), ", ", AD(town),
        " ", ZP(pc), "\nPC: SOB and productive cough ", C("4/7"), ". PMH: COPD (FEV1 ", C("48%"), "), T2DM, ex-smoker ",
        C("40 pack-years"), ".\nObs: RR ", C("26"), ", SpO2 ", C("86% RA"), ", BP ", C("104/62"), ", HR ", C("112"),
        ", T ", C("38.2"), ", new confusion. NEWS2 ", C("9"), ". CURB-65 ", C("3"), ".\nBloods: WCC ", C("17.8"),
        ", CRP ", C("212"), ", urea ", C("9.4 mmol/L"), ", Na ", C("129"), ". ABG on ", C("28% venturi"), ": pH ",
        C("7.33"), ", pCO2 ", C("6.9 kPa"), ", pO2 ", C("8.1 kPa"), ". CXR: RLL consolidation.\nPTWR (", D(fd(c.days(1), "ord_uk")),
        ", Dr ", N(cons[1]), "): severe CAP + T2RF. Co-amoxiclav ", C("1.2 g IV TDS"), " + clarithromycin ",
        C("500 mg BD"), ", target sats ", C("88-92%"), ", NIV if pH <7.30. Enoxaparin ", C("40 mg OD"),
        ". DNACPR discussed - for full escalation. Review 48h, IV to oral switch; likely TTO ", C("5/7"),
        ".\nNOK: daughter ", N(f"{nok[0]} {nok[1]}"), " ", PH(nok_ph), "\n", N(f"{fy1[0]} {fy1[1]}"),
        " FY1, bleep ", PH(c.nz(4)), "\n",
    )


def t_frailty_sdec(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(90, 100)
    age = age_at(dob, c.visit)
    hosp = c.nz(7)
    nhs = nhs_no(c)
    carer = uk_name(c, "F")
    line, town, pc = uk_addr(c)
    land = uk_land(c)
    gp = uk_name(c)
    acp = uk_name(c)
    pt = patient([g], f, hosp, dob, phone=land, line=line, city=town, postal=pc,
                 extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "FRAILTY SDEC ASSESSMENT (Same Day Emergency Care)  ", D(fd(c.visit, "dot")), "\n", N(f"{g} {f}"),
        ", ", AG(str(age)), " yrs   NHS no ", ID(nhs), "   RTH ", ID(hosp), "\nLives alone at ", AD(line), ", ", AD(town), " ",
        ZP(pc), " (tel ", PH(land), "); carers QDS via Helping Hands. Daughter-in-law ", N(f"{carer[0]} {carer[1]}"),
        " visits daily.\nReferred by GP (Dr ", N(gp[1]), ") after 3 falls in ", C("2 weeks"), ", no head injury, "
        "no LOC.\nCFS ", C("6"), ". 4AT ", C("0"), ". Lying BP ", C("148/82"), ", standing ", C("118/70"), " at ",
        C("3 min"), " - postural drop. ECG: AF, rate ", C("78"), ". Hb ", C("118 g/L"), ", Na ", C("133"), ", eGFR ",
        C("38"), ".\nMeds: amlodipine ", C("10 mg"), " (STOP), doxazosin ", C("4 mg"), " (STOP), bisoprolol ",
        C("2.5 mg"), ", edoxaban ", C("30 mg OD"), ", Adcal-D3 ", C("1 tab BD"), ".\nTUG ", C("24 s"),
        " with Zimmer frame. OT: perching stool, pendant alarm. Home today with reablement; frailty "
        "virtual ward review on ", D(fd(c.days(3), "day_month")), ".\n", N(f"{acp[0]} {acp[1]}"),
        ", ACP (Frailty)\n",
    )


def t_resp_physio(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(30, 85)
    hosp = f"{c.letters(1)}{c.nz(6)}"
    physio = uk_name(c)
    reg = uk_name(c)
    pt = patient([g], f, hosp, dob)
    return _emit(
        pt,
        "PHYSIOTHERAPY - ON-CALL RESPIRATORY  ", D(fd(c.visit, "uk_s")), " 02:40\nPt: ", N(f"{g} {f}"), " (", ID(hosp),
        ")  Ward 31 (HDU) bed 4\nCalled by ", N(f"{reg[0]} {reg[1]}"), " (med reg, bleep ", PH(c.nz(4)),
        ") re: retained secretions, day 2 post laparotomy.\nS: unable to clear thick sputum, pain ",
        C("7/10"), " on coughing.\nO: RR ", C("30"), ", SpO2 ", C("89% on 40% humidified O2"), ", HR ", C("118"),
        ". ABG: pH ", C("7.36"), ", pCO2 ", C("5.8 kPa"), ", pO2 ", C("7.9 kPa"), ", HCO3 ", C("24"),
        ". Auscultation: reduced BS L base, coarse crackles bilaterally. CXR ", D(fd(c.visit, "day_ab")),
        ": LLL collapse.\nA: sputum retention with LLL collapse.\nRx: positioning R side-lying, ACBT, "
        "manual techniques, cough with wound support; yankauer suction x1 - moderate purulent. "
        "Cough Assist not required. Post: SpO2 ", C("95%"), ", RR ", C("22"), ".\nPlan: ward physio review AM, "
        "saline nebs ", C("5 mL QDS"), ", PCA review by APS.\n", N(f"{physio[0]} {physio[1]}"),
        ", Band 6 Physiotherapist, bleep ", PH(c.nz(4)), "\n",
    )


def t_verification_of_death(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(90, 103)
    age = age_at(dob, c.visit)
    hosp = c.nz(8)
    nhs = nhs_no(c)
    nok = uk_name(c, "M")
    nok_ph = uk_mobile(c)
    cor = uk_land(c)
    nurse = uk_name(c)
    pt = patient([g], f, hosp, dob, extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "VERIFICATION OF EXPECTED DEATH\nName: ", N(f"{f}, {g}"), "   DOB: ", D(fd(dob, "long_uk")),
        " (", AG(str(age)), ")\nNHS no: ", ID(nhs), "   Unit no: ", ID(hosp), "\nWard: Elder Care 2, side room 6\n"
        "Date of death: ", D(fd(c.visit, "uk")), "   Time: ", c.time(), "\nOn end-of-life care plan; syringe driver "
        "(midazolam ", C("10 mg"), " + morphine ", C("10 mg"), " / ", C("24 h"), ").\nNo central pulse for ",
        C("1 minute"), ", no heart sounds for ", C("1 minute"), ", no respiratory effort for ", C("1 minute"),
        ", pupils fixed and dilated, no response to supraorbital pressure.\nNo implantable device (no ICD / "
        "pacemaker). Not for referral to coroner - MCCD to be completed by ward team; Medical Examiner "
        "office informed (", PH(cor), ").\nNOK: son ", N(f"{nok[0]} {f}"), " present and informed, mob ",
        PH(nok_ph), ". Funeral director: Co-op Funeralcare.\nVerified by ", N(f"{nurse[0]} {nurse[1]}"),
        ", RN (trained in VoED)\n",
    )


def t_antenatal_booking(c: Ctx) -> Note:
    welsh = [("Ffion", "Pritchard"), ("Carys", "Llewellyn"), ("Seren", "Bowen"), ("Megan", "ap Rhys"),
             ("Nia", "Griffiths"), ("Elin", "Prosser"), ("Lowri", "Vaughan"), ("Bethan", "Rees-Jones")]
    g, f = c.pick(welsh) if c.chance(0.6) else uk_name(c, "F")
    dob = c.dob(20, 40)
    hosp = f"{c.letters(1)}{c.nz(6)}{c.letters(1)}"
    nhs = nhs_no(c)
    email = f"{_ascii(g)}.{_ascii(f)}{c.num(2)}@{c.pick(['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'])}"
    partner = uk_name(c)
    towns = [("Llanelli", "SA15 1"), ("Bridgend", "CF31 3"), ("Wrexham", "LL11 2"), ("Aberystwyth", "SY23 2"),
             ("Pontypridd", "CF37 4"), ("Newport", "NP20 5"), ("Carmarthen", "SA31 3")]
    town, pc0 = c.pick(towns)
    f2 = c.fk("en_GB")
    line = f"{c.r.randint(1, 120)} {f2.street_name()}"
    pc = pc0 + c.letters(2, "ABDEFGHJLNPQRSTUWXYZ")
    mob = uk_mobile(c)
    lmp = c.days(-c.r.randint(60, 80))
    edd = lmp + _dt.timedelta(days=280)
    mw = uk_name(c)
    url = f"https://www.{c.pick(['badgernotes', 'mymaternity', 'bumpapp'])}.co.uk/join/{c.letters(5)}{c.num(4)}"
    pt = patient([g], f, hosp, dob, phone=mob, line=line, city=town, postal=pc, email=email,
                 extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "MIDWIFE BOOKING APPOINTMENT\n", N(f"{g} {f}"), "  Hosp no ", ID(hosp), "  NHS ", ID(nhs), "\nAddress: ", AD(line),
        ", ", AD(town), ", ", ZP(pc), "   Mobile ", PH(mob), "   E-mail ", EM(email), "\nDate: ", _wd(c.visit), " ",
        D(fd(c.visit, "long_uk")), "\nG", str(c.r.randint(1, 3)), "P", str(c.r.randint(0, 2)), ". LMP ", D(fd(lmp, "uk")),
        ", EDD by dates ", D(fd(edd, "uk")), " (to confirm at dating scan). Booking BMI ", C("31.4"), ", BP ",
        C("118/72"), ", urinalysis NAD.\nBloods: FBC, group & antibodies, haemoglobinopathy, HIV/HepB/syphilis, "
        "rubella. Combined screening offered - accepted. Aspirin ", C("150 mg nocte"), " from ", C("12 weeks"),
        " (BMI + primip), folic acid ", C("5 mg"), ". GTT at ", C("24-28 weeks"), ".\nPartner ", N(f"{partner[0]} {partner[1]}"),
        " attended; no safeguarding concerns on routine enquiry (asked alone).\nApp invitation sent: ", UR(url),
        "\n", N(f"{mw[0]} {mw[1]}"), ", Community Midwife\n",
    )


def t_omfs(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(18, 45)
    hosp = c.nz(7)
    nhs = nhs_no(c)
    sho = uk_name(c)
    cons = uk_name(c)
    mate = uk_name(c)[0]
    pt = patient([g], f, hosp, dob, extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "OMFS WARD ROUND - Ward 12 (Head & Neck)\n", N(f"{g.upper()} {f.upper()}"), " / ", ID(hosp), " / NHS ", ID(nhs),
        "\nDay 1 post ORIF L angle + R parasymphysis mandible fractures (assault ", D(fd(c.days(-2), c.pick(["dm", "apos"]))), ").\n"
        "Wearing elastics; occlusion reproducible. Swelling ++, trismus ", C("22 mm"), ". Lower lip paraesthesia "
        "L (IAN) - documented pre-op. Pain ", C("4/10"), ". Tolerating sloppy diet.\nObs stable, T ", C("37.1"),
        ". Co-amoxiclav ", C("625 mg TDS"), " x ", C("5/7"), ", Difflam and Corsodyl mouthwash, dexamethasone ",
        C("8 mg"), " x3 doses.\nOPG: satisfactory plate position.\nPlan: home today, soft diet ", C("6/52"),
        ", review in OMFS clinic ", C("1/52"), ". Police aware (friend ", N(mate), " gave statement); not to smoke.\n",
        N(f"{sho[0]} {sho[1]}"), " (DCT2) for Mr ", N(cons[1]), "\n",
    )


def t_sact_day_unit(c: Ctx) -> Note:
    g, f = c.pick(_SCOT) if c.chance(0.6) else uk_name(c)
    dob = c.dob(40, 85)
    chi = dob.strftime("%d%m%y") + c.num(4)
    town, pc0 = c.pick(_SCOT_TOWNS)
    pc = pc0 + c.letters(2, "ABDEFGHJLNPQRSTUWXYZ")
    f2 = c.fk("en_GB")
    line = f"{c.r.randint(1, 90)} {f2.street_name()}"
    ph = uk_mobile(c)
    nurse = c.pick(_SCOT)
    onc = uk_name(c)
    pt = patient([g], f, chi, dob, phone=ph, line=line, city=town, postal=pc,
                 system="https://fhir.nhs.uk/Id/chi-number")
    return _emit(
        pt,
        "CHEMOTHERAPY DAY UNIT - PRE-SACT TOXICITY REVIEW\n", N(f"{f}, {g}"), "   CHI ", ID(chi), "\n", AD(line), ", ",
        AD(town), ", ", ZP(pc), "   mob ", PH(ph), "\nRegimen: FOLFOX cycle ", str(c.r.randint(3, 10)),
        " (adjuvant, Dukes C colon ca). Due ", D(fd(c.visit, "abbr_uk")), ".\nToxicities (CTCAE v5): "
        "peripheral neuropathy G", C("1"), ", diarrhoea G", C("0"), ", mucositis G", C("1"), ", fatigue G", C("2"),
        ". PS ", C("1"), ". Wt ", C("71.3 kg"), ".\nBloods: neut ", C("1.6 x10^9/L"), ", plt ", C("142 x10^9/L"),
        ", bili ", C("11 umol/L"), ", creat ", C("74 umol/L"), ".\nOK to proceed at ", C("100%"), " dose: oxaliplatin ",
        C("85 mg/m2"), ", 5-FU ", C("2400 mg/m2"), " over ", C("46 h"), " via PICC (Baxter infusor). Ondansetron ",
        C("8 mg BD"), " x ", C("3/7"), ".\nAcute oncology helpline given. Next cycle ", D(fd(c.days(14), "dot")),
        ".\n", N(initials(*nurse)), " (", N(f"{nurse[0]} {nurse[1]}"), ", CNS) / Dr ", N(f"{onc[0][0]} {onc[1]}"), "\n",
    )


def t_hospital_at_night(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = c.dob(50, 89)
    hosp = c.nz(7)
    o1 = uk_name(c)
    o1h = c.nz(7)
    o2 = uk_name(c, "F")
    fy = uk_name(c)
    sr = uk_name(c)
    pt = patient([g], f, hosp, dob)
    return _emit(
        pt,
        "HOSPITAL AT NIGHT HANDOVER - ", D(fd(c.visit, "uk")), " 21:30 (HaN coordinator bleep ", PH(c.nz(4)), ")\n",
        "1) Ward 8: ", N(rfl(g, f)), " ", ID(hosp), " - K+ ", C("6.4 mmol/L"), " on VBG, ECG peaked T. Calcium "
        "gluconate ", C("10% 30 mL"), " given, insulin-dextrose (Actrapid ", C("10 units"), " in ", C("25 g glucose"),
        "). Repeat K+ at 2300 - FY1 ", N(initials(*fy)), " to chase.\n2) Ward 14: ", N(rfl(*o1)), " ",
        ID(o1h), " - NEWS2 ", C("6"), ", sepsis six done 2045, gent ", C("5 mg/kg"), ". Needs review 2200.\n"
        "3) Ward 9: Mrs ", N(o2[1]), " - warfarin not given, INR ", C("4.8"), ". Hold, recheck AM.\nMed reg ",
        N(f"{sr[0]} {sr[1]}"), " bleep ", PH(c.nz(4)), "; surgical SHO ", "ext ",
        PH(c.nz(4)), "\n",
    )


def eircode(c: Ctx) -> str:
    key = c.pick(["D04", "D15", "D24", "T12", "T23", "H91", "V94", "A96", "F91", "X91", "R95", "W23"])
    return f"{key} {c.letters(4, 'ACDEFHKNPRTVWXY0123456789')}"


def t_amau_ireland(c: Ctx) -> Note:
    g, f = c.pick(_IE) if c.chance(0.5) else loc_name(c, "en_IE")
    dob = c.dob(35, 88)
    mrn = c.nz(7)
    pps = f"{c.nz(7)}{c.letters(1, 'ABCDEFGHJKLMNPQRSTVWX')}{c.pick(['', 'A', 'W'])}"
    gms = f"{c.nz(5)}{c.letters(1)}"
    towns = ["Tallaght", "Ballincollig", "Salthill", "Tramore", "Navan", "Drogheda", "Mullingar",
             "Ennis", "Letterkenny", "Portlaoise", "Athlone", "Castlebar"]
    town = c.pick(towns)
    f2 = c.fk("en_IE")
    line = f"{c.r.randint(1, 140)} {f2.street_name()}"
    ec = eircode(c)
    mob = c.pick([f"08{c.pick('35679')} {c.num(3)} {c.num(4)}", f"+353 8{c.pick('35679')} {c.num(3)} {c.num(4)}"])
    gp = c.pick(_IE)
    gp_em = f"{_ascii(gp[0])[:1]}{_ascii(gp[1])}@{c.pick(['healthmail.ie', 'gp.healthmail.ie'])}"
    reg = loc_name(c, "en_IE")
    pt = patient([g], f, mrn, dob, phone=mob, line=line, city=town, postal=ec, country="IE",
                 extra_ids=[("http://www.welfare.ie/pps", pps)])
    return _emit(
        pt,
        "ACUTE MEDICAL ASSESSMENT UNIT (AMAU)\nName: ", N(f"{g} {f}"), "   MRN: ", ID(mrn), "   DOB: ", D(fd(dob, "uk")),
        "\nPPSN: ", ID(pps), "   GMS card: ", ID(gms), "\nAddress: ", AD(line), ", ", AD(town), ", ", ZP(ec), "   Mob: ",
        PH(mob), "\nSeen ", D(fd(c.visit, "abbr_uk")), ". Referred by GP Dr ", N(gp[1]), " with ", C("3 days"),
        " of R calf swelling, no SOB.\nWells DVT score ", C("2"), ". D-dimer ", C("1.9 mg/L"), ". Duplex: occlusive "
        "thrombus R popliteal vein. eGFR ", C(">90"), ", plt ", C("231"), ".\nPlan: rivaroxaban ", C("15 mg BD"),
        " x ", C("21 days"), " then ", C("20 mg OD"), ", total ", C("3 months"), " (provoked - long-haul flight ",
        D(fd(c.days(-9), "ord_of")), "). Thrombosis clinic ", C("6/52"), ". Compression not routinely advised.\n"
        "Discharge letter to GP via Healthmail: ", EM(gp_em), "\n", N(f"{reg[0]} {reg[1]}"), ", SpR, AMAU\n",
    )


def ca_postal(c: Ctx, first: str) -> str:
    return f"{first}{c.nz(1)}{c.letters(1)} {c.num(1)}{c.letters(1)}{c.num(1)}"


def t_ontario_home_care(c: Ctx) -> Note:
    g, f = c.pick(_CA_ON) if c.chance(0.6) else loc_name(c, "en_CA")
    dob = c.dob(60, 89)
    mrn = c.nz(8)
    ohip = f"{c.nz(4)}-{c.num(3)}-{c.num(3)}-{c.letters(2)}"
    cities = [("Mississauga", "L5"), ("Brampton", "L6"), ("Scarborough", "M1"), ("Hamilton", "L8"),
              ("London", "N6"), ("Kingston", "K7"), ("Sudbury", "P3"), ("Oshawa", "L1")]
    city, p = c.pick(cities)
    f2 = c.fk("en_CA")
    line = f"{c.r.randint(1, 2999)} {f2.street_name()}"
    if c.chance(0.5):
        line = f"Unit {c.r.randint(101, 2405)}, " + line
    pc = f"{p}{c.letters(1)} {c.num(1)}{c.letters(1)}{c.num(1)}"
    ph = f"({c.pick(['905', '416', '647', '519', '613', '705'])}) {c.nz(3)}-{c.num(4)}"
    wife = loc_name(c, "en_CA")
    coord = loc_name(c, "en_CA")
    em = f"{_ascii(coord[0])}.{_ascii(coord[1])}@{c.pick(['ontariohealthathome.ca', 'hccss.on.ca'])}"
    url = f"https://{c.pick(['hpgreferral', 'ereferral'])}.ontariohealth.ca/r/{c.num(7)}"
    pt = patient([g], f, mrn, dob, phone=ph, line=line, city=city, state="ON", postal=pc,
                 extra_ids=[("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", ohip)])
    return _emit(
        pt,
        "HOME AND COMMUNITY CARE REFERRAL (hospital discharge)\nClient: ", N(rfl(g, f)), "   DOB (YYYY/MM/DD): ",
        D(fd(dob, "ymd_slash")), "\nOHIP: ", ID(ohip), "   Hospital MRN: ", ID(mrn), "\nHome: ", AD(line), ", ", AD(city),
        ", ON ", ZP(pc), "   Tel ", PH(ph), "\nPrimary contact: spouse ", N(f"{wife[0]} {f}"), " (same address).\n"
        "Dx: CHF exacerbation, discharged ", D(fd(c.visit, "ymd_slash")), ". Weight at discharge ", C("78.1 kg"),
        ", furosemide ", C("40 mg PO BID"), ", Entresto ", C("49/51 mg BID"), ", spironolactone ", C("12.5 mg daily"),
        ". K ", C("4.6"), ", Cr ", C("124 umol/L"), ", BNP ", C("1450 pg/mL"), ".\nServices requested: nursing "
        "visits x ", C("3/week"), " (daily weights, med teaching, lytes on ", D(fd(c.days(5), "abbr_us")),
        "), PSW ", C("1 h"), " AM x ", C("7 days"), ", OT home safety. interRAI CHA to follow.\nCare coordinator: ",
        N(f"{coord[0]} {coord[1]}"), " - ", EM(em), ". Submitted through ", UR(url), "\n",
    )


def t_nb_anaphylaxis(c: Ctx) -> Note:
    g, f = c.pick(_CA_NB)
    dob = c.dob(8, 60)
    mrn = c.nz(7)
    med = f"{c.nz(3)} {c.num(3)} {c.num(3)}"
    cities = [("Moncton", "E1C"), ("Dieppe", "E1A"), ("Fredericton", "E3B"), ("Saint John", "E2L"),
              ("Miramichi", "E1N"), ("Riverview", "E1B"), ("Elsipogtog First Nation", "E4W")]
    city, p = c.pick(cities)
    f2 = c.fk("en_CA")
    line = f"{c.r.randint(1, 899)} {f2.street_name()}"
    pc = f"{p} {c.num(1)}{c.letters(1)}{c.num(1)}"
    ph = f"506-{c.nz(3)}-{c.num(4)}"
    fr = c.pick(_CA_NB)
    md = c.pick(_CA_NB)
    arr = c.visit
    pt = patient([g], f, mrn, dob, phone=ph, line=line, city=city, state="NB", postal=pc,
                 extra_ids=[("urn:nb-medicare", med.replace(" ", ""))])
    return _emit(
        pt,
        "EMERGENCY DEPARTMENT RECORD\nPatient: ", N(f"{f}, {g}"), "   Medicare #: ", ID(med), "   Chart: ", ID(mrn),
        "\n", AD(line), ", ", AD(city), ", NB ", ZP(pc), "   ph ", PH(ph), "\nTriage ", D(fd(arr, "iso")), " ", c.time(),
        ", CTAS ", C("1"), ".\nAte a cookie with cashew at a friend's (", N(fr[0]), ") birthday; within ", C("10 min"),
        " lip swelling, hives, wheeze, vomiting x2. EpiPen ", C("0.3 mg"), " given by friend's mother at ",
        c.time(), ". EHS gave second IM epinephrine ", C("0.5 mg"), " en route.\nOn arrival: HR ", C("128"), ", BP ",
        C("92/54"), ", SpO2 ", C("93% RA"), ", diffuse wheeze. Tx: salbutamol ", C("5 mg"), " neb, NS ", C("20 mL/kg"),
        " bolus, cetirizine ", C("10 mg"), ", methylprednisolone ", C("1 mg/kg IV"), ".\nObserved ", C("6 hours"),
        ", no biphasic reaction. D/C with 2 x EpiPen ", C("0.3 mg"), ", anaphylaxis action plan, allergy referral.\n",
        "Dr ", N(f"{md[0]} {md[1]}"), "\n",
    )


# =========================================================================== Australia / NZ


def au_mob(c: Ctx) -> str:
    return c.pick([f"04{c.num(2)} {c.num(3)} {c.num(3)}", f"+61 4{c.num(2)} {c.num(3)} {c.num(3)}",
                   f"04{c.num(8)}"])


def t_sa_chest_pain(c: Ctx) -> Note:
    g, f = c.pick(_AU) if c.chance(0.5) else loc_name(c, "en_AU")
    dob = c.dob(45, 88)
    ur = c.nz(7)
    medi = f"{c.nz(4)} {c.num(5)} {c.nz(1)}"
    irn = str(c.r.randint(1, 5))
    dva = f"S{c.pick(['X', 'X', 'N'])}{c.nz(6)}"
    subs = [("Elizabeth", "5112"), ("Salisbury", "5108"), ("Marion", "5043"), ("Glenelg North", "5045"),
            ("Modbury", "5092"), ("Port Adelaide", "5015"), ("Mount Barker", "5251"), ("Whyalla", "5600")]
    sub, pcode = c.pick(subs)
    f2 = c.fk("en_AU")
    line = f"{c.r.randint(1, 200)} {f2.street_name()}"
    if c.chance(0.4):
        line = f"{c.r.randint(1, 12)}/" + line
    land = f"(08) 8{c.num(3)} {c.num(4)}"
    gp = loc_name(c, "en_AU")
    cardio = loc_name(c, "en_AU")
    pt = patient([g], f, ur, dob, phone=land, line=line, city=sub, state="SA", postal=pcode,
                 extra_ids=[("http://ns.electronichealth.net.au/id/medicare-number", medi.replace(" ", "") + irn)])
    return _emit(
        pt,
        "RAPID ACCESS CHEST PAIN CLINIC\n", N(f"{f.upper()}, {g}"), "   UR ", ID(ur), "   DOB ", D(fd(dob, "uk_n")), "\n"
        "Medicare ", ID(medi), " IRN ", irn, "   DVA Gold card ", ID(dva), "\n", AD(line), ", ", AD(sub), " SA ", ZP(pcode),
        "   Ph ", PH(land), "\nReferred by Dr ", N(f"{gp[0][0]} {gp[1]}"), " (GP). Clinic date ", D(fd(c.visit, "uk")), ".\n"
        "Exertional central tightness x ", C("6 weeks"), ", relieved by rest within ", C("5 min"), ". Ex-smoker, "
        "T2DM (HbA1c ", C("7.4%"), "), LDL ", C("3.6 mmol/L"), ".\nECG: SR ", C("72"), ", no ischaemic change. "
        "hs-TnT ", C("9 ng/L"), " and ", C("10 ng/L"), " at ", C("0/2 h"), ". HEART score ", C("4"), ".\nPlan: CTCA "
        "(metoprolol ", C("50 mg"), " pre-scan if HR >65), aspirin ", C("100 mg"), ", rosuvastatin ", C("20 mg"),
        ", GTN spray ", C("400 mcg"), " PRN. Review in clinic ", D(fd(c.days(21), "day_ab")), ".\n",
        N(f"{cardio[0]} {cardio[1]}"), ", Cardiology Advanced Trainee\n",
    )


def t_vic_icu_liaison(c: Ctx) -> Note:
    g, f = c.pick(_AU) if c.chance(0.5) else loc_name(c, "en_AU")
    dob = c.dob(40, 89)
    ur = c.nz(7)
    ts = f"{fd(c.days(-1), 'iso')}T{c.r.randint(0, 23):02d}:{c.r.randint(0, 59):02d}+{c.pick(['10', '11'])}:00"
    partner = loc_name(c, "en_AU")
    pmob = au_mob(c)
    subs = [("Frankston", "3199"), ("Sunshine", "3020"), ("Box Hill", "3128"), ("Werribee", "3030"),
            ("Bendigo", "3550"), ("Dandenong", "3175"), ("Geelong West", "3218")]
    sub, pc = c.pick(subs)
    f2 = c.fk("en_AU")
    line = f"{c.r.randint(1, 99)} {f2.street_name()}"
    ln = loc_name(c, "en_AU")
    pt = patient([g], f, ur, dob, line=line, city=sub, state="VIC", postal=pc)
    return _emit(
        pt,
        "ICU LIAISON NURSE REVIEW - post ICU discharge day 1\n", N(f"{g} {f}"), " (UR ", ID(ur), "), Ward 5 South bed 12\n"
        "Stepped down from ICU at ", D(ts), " after ", C("3 days"), " for urosepsis with noradrenaline (max ",
        C("0.12 mcg/kg/min"), ").\nObs: HR ", C("94"), ", BP ", C("112/64"), ", RR ", C("20"), ", SpO2 ", C("96% RA"),
        ", T ", C("37.4"), ". UO ", C("0.6 mL/kg/h"), ". Lactate ", C("1.1"), ". Cr ", C("138 umol/L"), " (from ",
        C("212"), "). Pip-tazo ", C("4.5 g q6h"), " -> narrow to ceftriaxone per sensitivities.\nNo MET criteria met; "
        "between-the-flags chart. CVC removed, tip to lab. Mobilised with physio ", C("20 m"), ".\nPartner ",
        N(partner[0]), " (", PH(pmob), ") from ", AD(sub), " asked to be called before any transfer.\nPlan: liaison "
        "review again tomorrow. ", N(initials(*ln)), " / ", N(f"{ln[0]} {ln[1]}"), ", ICU Liaison CNS\n",
    )


def t_nz_lmc_transfer(c: Ctx) -> Note:
    g, f = pick_sex(c, _NZ, "F")
    dob = c.dob(19, 40)
    nhi = f"{c.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.num(4)}"
    places = [("Frankton", "Hamilton", "3204"), ("Fordlands", "Rotorua", "3015"), ("Flaxmere", "Hastings", "4120"),
              ("Ōtara", "Auckland", "2023"), ("Cannons Creek", "Porirua", "5024"), ("Kaiti", "Gisborne", "4010")]
    sub, city, pc = c.pick(places)
    f2 = c.fk("en_NZ")
    line = f"{c.r.randint(1, 99)} {f2.street_name()}"
    if c.chance(0.4):
        line = f"{c.r.randint(1, 6)}/{c.r.randint(1, 99)} {f2.street_name()}"
    mob = c.pick([f"021 {c.num(3)} {c.num(4)}", f"022 {c.num(3)} {c.num(4)}", f"027 {c.num(3)} {c.num(4)}"])
    lmc = pick_sex(c, _NZ, "F")
    lmc_mob = f"027 {c.num(3)} {c.num(4)}"
    partner = pick_sex(c, _NZ, "M")
    reg = loc_name(c, "en_NZ")
    pt = patient([g], f, nhi, dob, phone=mob, line=line, city=city, postal=pc,
                 system="https://standards.digital.health.nz/ns/nhi-id")
    return _emit(
        pt,
        "TRANSFER OF CLINICAL RESPONSIBILITY - LMC to secondary care\nWahine: ", N(f"{g} {f}"), "   NHI ", ID(nhi),
        "   DOB ", D(fd(dob, "uk_n")), "\n", AD(line), ", ", AD(sub), ", ", AD(city), " ", ZP(pc), "   mob ", PH(mob), "\n"
        "LMC midwife: ", N(f"{lmc[0]} {lmc[1]}"), " (", PH(lmc_mob), "). Transfer ", D(fd(c.visit, "uk_n")), " ", c.time(), ".\n"
        "G2P1 at ", C("38+2"), ". Reason: BP ", C("152/98"), " and ", C("148/100"), " ", C("4 h"), " apart, urine PCR ",
        C("48 mg/mmol"), ", headache. Plt ", C("162"), ", ALT ", C("31"), ", urate ", C("0.39 mmol/L"), ".\nCTG normal. "
        "Labetalol ", C("200 mg PO"), " stat. Plan IOL with Propess ", C("10 mg"), " tonight.\nWhānau present: partner ",
        N(partner[0]), " and kuia; karakia requested before procedures. LMC to resume care postnatally.\n",
        N(f"{reg[0]} {reg[1]}"), ", O&G registrar\n",
    )


def t_paed_diabetes_letter(c: Ctx) -> Note:
    g, f = uk_name(c)
    dob = _dt.date(c.visit.year - c.r.randint(7, 15), c.r.randint(1, 12), c.r.randint(1, 28))
    hosp = c.nz(7)
    nhs = nhs_no(c)
    mum = uk_name(c, "F")[0]
    line, town, pc = uk_addr(c)
    gp = uk_name(c)
    dsn = uk_name(c)
    dsn_em = f"{_ascii(dsn[0])}.{_ascii(dsn[1])}{c.r.randint(1, 9)}@nhs.net"
    cons = uk_name(c)
    typ = uk_name(c)
    pt = patient([g], f, hosp, dob, line=line, city=town, postal=pc,
                 extra_ids=[("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])
    return _emit(
        pt,
        "Paediatric Diabetes Service\nClinic date: ", D(fd(c.visit, "ord_uk")), "   Dictated: ", D(fd(c.days(1), "uk")), "\n"
        "Dr ", N(f"{gp[0][0]}. {gp[1]}"), ", The Surgery\n\nDear Dr ", N(gp[1]), ",\nRe: ", N(f"{g} {f}"), ", DOB ", D(fd(dob, "uk")),
        ", NHS ", ID(nhs), ", Hosp ", ID(hosp), "\n", AD(line), ", ", AD(town), " ", ZP(pc), "\n\n", N(g),
        " attended with mum ", N(mum), ". Type 1 diabetes since ", str(dob.year + 4), ". On Omnipod 5 with Dexcom "
        "G6. HbA1c ", C("58 mmol/mol"), " (previously ", C("64 mmol/mol"), "). Time in range ", C("61%"), ", below range ",
        C("3%"), ". TDD ", C("0.9 units/kg/day"), ". ICR ", C("1:10"), " breakfast, ", C("1:12"), " other meals, ISF ",
        C("2.5"), ".\nHeight ", C("142.3 cm"), " (", C("50th centile"), "), weight ", C("38.4 kg"), ". Injection sites "
        "fine. Coeliac and TFTs normal.\nHypo at school PE twice - Lucozade and Glucogel in PE bag; school care "
        "plan updated. Review ", C("3/12"), " in clinic, DSN phone follow-up ", C("2/52"), ".\nDSN: ",
        N(f"{dsn[0]} {dsn[1]}"), ", ", EM(dsn_em), "\n\nYours sincerely\nDr ", N(f"{cons[0]} {cons[1]}"),
        ", Consultant Paediatrician\n", N(initials(*cons)), "/", N(initials(*typ, lower=True)), "\n",
    )


# =========================================================================== other countries


def t_za_dka(c: Ctx) -> Note:
    g, f = c.pick(_ZA)
    dob = c.dob(18, 60)
    sa_id = dob.strftime("%y%m%d") + c.num(4) + "08" + c.num(1)
    folder = f"{c.nz(8)}"
    places = [(f"{c.r.randint(1, 9000)} Vilakazi Street", "Orlando West", "Soweto", "1804"),
              (f"{c.r.randint(1, 90)} Jacaranda Avenue", "Sunnyside", "Pretoria", "0002"),
              (f"{c.r.randint(1, 4000)} NY {c.r.randint(1, 150)}", "Gugulethu", "Cape Town", "7750"),
              (f"Unit {c.r.randint(1, 40)}, Protea Court, {c.r.randint(1, 90)} Main Road", "Mitchells Plain", "Cape Town", "7785"),
              (f"{c.r.randint(1, 500)} Sandile Thusi Road", "Umlazi", "Durban", "4031"),
              (f"Stand {c.r.randint(100, 9999)}", "Mamelodi East", "Pretoria", "0122")]
    line, sub, city, pc = c.pick(places)
    mob = c.pick([f"0{c.pick(['72', '82', '83', '71', '61'])} {c.num(3)} {c.num(4)}", f"+27 {c.pick(['72', '82', '83'])} {c.num(3)} {c.num(4)}"])
    sis = pick_sex(c, _ZA, "F")
    sis_ph = f"0{c.pick(['72', '82', '84'])} {c.num(3)} {c.num(4)}"
    dr = c.pick(_ZA)
    intern = c.pick(_ZA)
    pt = patient([g], f, folder, dob, phone=mob, line=line, city=city, postal=pc, country="ZA",
                 extra_ids=[("urn:za:id", sa_id)])
    return _emit(
        pt,
        "MEDICAL WARD ADMISSION - Ward 21\nPatient: ", N(f"{g} {f}"), "   Folder no: ", ID(folder), "   ID no: ", ID(sa_id),
        "\nAddress: ", AD(line), ", ", AD(sub), ", ", AD(city), ", ", ZP(pc), "   Cell ", PH(mob), "\nDate: ",
        D(fd(c.visit, "ydot")), "\nKnown T1DM on Actraphane ", C("30 units mane, 16 units nocte"), "; ran out of insulin ",
        C("3 days"), " ago (clinic queue). Vomiting, abdominal pain, Kussmaul breathing.\nGCS ", C("14/15"), ", HR ",
        C("124"), ", BP ", C("98/60"), ", dehydrated ++. HGT ", C("HI"), ", lab glucose ", C("38.6 mmol/L"), ", ketones ",
        C("5.8 mmol/L"), ". VBG pH ", C("7.04"), ", HCO3 ", C("5"), ", K ", C("5.9"), ", Na ", C("129"), ". HIV ",
        C("negative"), " (", D(fd(c.days(-200), "ab_year")), ").\nMx: DKA protocol - NaCl ", C("0.9% 1 L stat"),
        ", Actrapid infusion ", C("0.1 units/kg/h"), ", K+ replacement once K <5.5, hourly HGT. Transfer to "
        "high-care if pH not improving in ", C("4 h"), ".\nSister ", N(sis[0]), " (", PH(sis_ph), ") to bring clinic card.\n"
        "Dr ", N(f"{intern[0][0]}. {intern[1]}"), " (intern) / Dr ", N(dr[1]), "\n",
    )


def t_ke_pneumonia(c: Ctx) -> Note:
    mg, f = pick_sex(c, _KE, "F")
    cg = c.pick(["Baraka", "Imani", "Neema", "Brian", "Faith", "Kevin", "Zawadi", "Tumaini"])
    dob = c.visit - _dt.timedelta(days=c.r.randint(70, 700))
    ip = f"IP/{c.visit.year}/{c.nz(5)}"
    mom_id = c.nz(8)
    sha = f"CR{c.nz(10)}-{c.num(1)}"
    places = [("Kahawa West", "Nairobi"), ("Umoja II", "Nairobi"), ("Kibera, Olympic", "Nairobi"),
              ("Nyalenda", "Kisumu"), ("Kisauni", "Mombasa"), ("Langas", "Eldoret")]
    est, city = c.pick(places)
    box = f"P.O. Box {c.r.randint(10, 9999)}-{c.pick(['00100', '40100', '80100', '30100'])}"
    line = f"House No. {c.r.randint(1, 300)}, {est}"
    mob = c.pick([f"07{c.num(2)} {c.num(6)}", f"+254 7{c.num(2)} {c.num(3)} {c.num(3)}"])
    mo = c.pick(_KE)
    pt = patient([cg], f, ip, dob, phone=mob, line=line, city=city, country="KE")
    return _emit(
        pt,
        "PAEDIATRIC WARD ADMISSION (Ward 3B)\nName: ", N(f"{cg} {f}"), "   IP No: ", ID(ip), "   DOB: ", D(fd(dob, "uk")), "\n"
        "Mother: ", N(f"{mg} {f}"), ", ID No. ", ID(mom_id), ", SHA No. ", ID(sha), ", tel ", PH(mob), "\nResidence: ",
        AD(line), ", ", AD(city), "; postal ", AD(box.rsplit("-", 1)[0]), "-", ZP(box.rsplit("-", 1)[1]), "\n"
        "Date of admission: ", D(fd(c.visit, "uk_n")), "\nC/O cough and fast breathing ", C("4 days"), ", unable to "
        "breastfeed since yesterday.\nO/E: wt ", C("7.9 kg"), ", T ", C("38.9 C"), ", RR ", C("64"), ", lower chest wall "
        "indrawing, SpO2 ", C("87% RA"), ". MUAC ", C("12.8 cm"), ". No stiff neck. mRDT ", C("negative"), ".\n"
        "Dx: severe pneumonia (ETAT+).\nRx: O2 via nasal prongs ", C("1 L/min"), ", benzylpenicillin ",
        C("50,000 IU/kg IV 6-hourly"), " + gentamicin ", C("7.5 mg/kg OD"), ", paracetamol ", C("15 mg/kg"),
        ". Maintenance feeds via NGT.\nDr ", N(f"{mo[0]} {mo[1]}"), ", MO\n",
    )


def t_ng_typhoid(c: Ctx) -> Note:
    g, f = c.pick(_NG)
    dob = c.dob(12, 50)
    hno = f"{c.pick(['LUTH', 'UCH', 'UNTH', 'ABUTH', 'LASUTH'])}/{c.visit.year % 100}/{c.nz(5)}"
    nin = c.nz(11)
    nhia = f"{c.letters(3)}/{c.nz(6)}/{c.letters(1)}"
    places = [(f"{c.r.randint(1, 80)} Adeola Odeku Street", "Victoria Island, Lagos", "101241"),
              (f"{c.r.randint(1, 40)} Ogunlana Drive", "Surulere, Lagos", "101283"),
              (f"Plot {c.r.randint(100, 999)}, 3rd Avenue, Gwarinpa Estate", "Abuja", "900108"),
              (f"{c.r.randint(1, 60)} Ogui Road", "Enugu", "400102"),
              (f"No {c.r.randint(1, 50)} Ring Road", "Ibadan", "200273")]
    line, city, pc = c.pick(places)
    mob = c.pick([f"080{c.pick('3568')} {c.num(3)} {c.num(4)}", f"+234 80{c.pick('3568')} {c.num(3)} {c.num(4)}",
                  f"0703{c.num(7)}"])
    bro = pick_sex(c, _NG, "M")
    sr = c.pick(_NG)
    cons = c.pick(_NG)
    pt = patient([g], f, hno, dob, phone=mob, line=line, city=city, postal=pc, country="NG",
                 extra_ids=[("urn:ng:nin", nin)])
    return _emit(
        pt,
        "GENERAL SURGERY - POST-OP DAY 2 WARD ROUND\nName: ", N(f"{f.upper()} {g}"), "   Hosp No: ", ID(hno),
        "   NIN: ", ID(nin), "   NHIA: ", ID(nhia), "\nAddress: ", AD(line), ", ", AD(city), " ", ZP(pc), "   Phone: ", PH(mob),
        "\nDate: ", D(fd(c.visit, "uk")), "\nS/p exploratory laparotomy on ", D(fd(c.days(-2), "ord_uk")),
        " for typhoid ileal perforation (single perforation ", C("1 cm"), ", ", C("30 cm"), " from ICJ) - "
        "debridement and two-layer closure, peritoneal lavage with ", C("6 L"), " warm saline.\nToday: afebrile (T ",
        C("37.2"), "), PR ", C("96"), ", BP ", C("118/72"), ". Abdomen soft, wound clean. NGT ", C("350 mL"),
        " bilious. Urine ", C("1.1 L/24 h"), ". PCV ", C("31%"), ", E/U/Cr normal.\nPlan: IV ceftriaxone ",
        C("2 g daily"), " + metronidazole ", C("500 mg 8-hourly"), ", continue NBM, IVF ", C("3 L/24 h"),
        ". Brother ", N(f"{bro[0]} {f}"), " informed of progress.\nDr ", N(f"{sr[0]} {sr[1]}"), " (SR) for Prof. ", N(cons[1]), "\n",
    )


def t_ph_cap(c: Ctx) -> Note:
    g, f = c.pick(_PH)
    nick = c.pick(_PH_NICK)
    dob = c.dob(55, 88)
    hosp = f"{c.nz(2)}-{c.num(6)}"
    phic = f"{c.nz(2)}-{c.num(9)}-{c.num(1)}"
    places = [("Brgy. San Isidro", "Parañaque City", "1700", f"Blk {c.r.randint(1, 40)} Lot {c.r.randint(1, 60)}, Camella Homes"),
              ("Brgy. Commonwealth", "Quezon City", "1121", f"{c.r.randint(1, 300)} Ilang-Ilang St."),
              ("Brgy. Lahug", "Cebu City", "6000", f"{c.r.randint(1, 99)} Gorordo Ave."),
              ("Brgy. Talomo", "Davao City", "8000", f"Purok {c.r.randint(1, 9)}"),
              ("Brgy. Malanday", "Marikina City", "1805", f"{c.r.randint(1, 99)}-B J.P. Rizal St.")]
    brgy, city, zc, line = c.pick(places)
    mob = c.pick([f"09{c.num(2)} {c.num(3)} {c.num(4)}", f"+63 9{c.num(2)} {c.num(3)} {c.num(4)}", f"09{c.num(2)}-{c.num(3)}-{c.num(4)}"])
    dau = pick_sex(c, _PH, "F")
    res = c.pick(_PH)
    pt = patient([g], f, hosp, dob, phone=mob, line=line, city=city, postal=zc, country="PH",
                 extra_ids=[("urn:ph:philhealth", phic)])
    return _emit(
        pt,
        "ADMITTING NOTES - Medicine Ward 2\n", N(f"{f.upper()}, {g.upper()}"), " (\"", N(nick), "\")  Hosp # ", ID(hosp),
        "  PhilHealth ", ID(phic), "\nAddress: ", AD(line), ", ", AD(brgy), ", ", AD(city), " ", ZP(zc), "\n"
        "Date/time admitted: ", D(fd(c.visit, "long_us")), ", ", c.time(), "\nCC: fever and productive cough x ",
        C("5 days"), ", DOB x ", C("1 day"), ". Known HPN on losartan ", C("50 mg OD"), ".\nPE: BP ", C("100/60"), ", HR ",
        C("110"), ", RR ", C("28"), ", T ", C("38.6"), ", O2 sat ", C("90%"), " at room air. Crackles R base.\nCBC: WBC ",
        C("16.2 x10^9/L"), ", neutrophils ", C("0.86"), ". CXR: RLL pneumonia. Crea ", C("110 umol/L"), ".\nImpression: "
        "CAP-moderate risk.\nPlan: ampicillin-sulbactam ", C("1.5 g IV q6h"), " + azithromycin ", C("500 mg OD"),
        ", O2 via NC ", C("2-3 LPM"), ", sputum GS/CS. Daughter ", N(f"{dau[0]} {f}-{dau[1]}"), " (", PH(mob), ") as "
        "watcher.\n", N(f"{res[0]} {res[1]}"), ", MD (ROD)\n",
    )


def t_jm_htn(c: Ctx) -> Note:
    g, f = c.pick(_JM)
    dob = c.dob(40, 85)
    docket = f"{c.pick(['KPH', 'UHWI', 'SJB', 'CRH'])} {c.visit.year % 100}-{c.nz(5)}"
    trn = f"{c.nz(3)}-{c.num(3)}-{c.num(3)}"
    nhf = f"{c.nz(8)}"
    places = [(f"{c.r.randint(1, 99)} Hope Road", "Kingston 6", "St. Andrew"),
              (f"{c.r.randint(1, 60)} Red Hills Road", "Kingston 19", "St. Andrew"),
              (f"Lot {c.r.randint(10, 999)}, Greater Portmore", "Portmore", "St. Catherine"),
              (f"{c.r.randint(1, 40)} Barnett Street", "Montego Bay", "St. James"),
              (f"{c.r.randint(1, 30)} Main Street", "May Pen", "Clarendon")]
    line, town, parish = c.pick(places)
    mob = c.pick([f"(876) {c.nz(3)}-{c.num(4)}", f"876-{c.nz(3)}-{c.num(4)}", f"1-876-{c.nz(3)}-{c.num(4)}"])
    son = pick_sex(c, _JM, "M")
    doc = c.pick(_JM)
    pt = patient([g], f, docket, dob, phone=mob, line=line, city=town, state=parish, country="JM",
                 extra_ids=[("urn:jm:trn", trn)])
    return _emit(
        pt,
        "MEDICAL WARD (Ward 4) - ADMISSION NOTE\nName: ", N(f"{g} {f}"), "   Docket: ", ID(docket), "   TRN: ", ID(trn),
        "   NHF card: ", ID(nhf), "\nAddress: ", AD(line), ", ", AD(town), ", ", parish, "   Tel: ", PH(mob), "\n"
        "Admitted ", D(fd(c.visit, c.pick(["uk", "d_mon_y"]))), " via A&E. Severe headache and blurred vision x ", C("1 day"),
        "; ran out of amlodipine and Co-Diovan ", C("2 weeks"), " ago.\nBP ", C("228/134"), " (repeat ", C("220/128"),
        "), HR ", C("88"), ". Fundi: flame haemorrhages, no papilloedema. No focal deficit. Cr ", C("168 umol/L"),
        ", K ", C("3.4"), ", urine protein ", C("2+"), ". ECG LVH. Troponin ", C("negative"), ".\nDx: hypertensive "
        "emergency with retinopathy and AKI.\nMx: labetalol infusion ", C("1-2 mg/min"), " aiming ", C("25%"),
        " reduction in first ", C("1 h"), ", then oral amlodipine ", C("10 mg"), ", hydrochlorothiazide ",
        C("25 mg"), ". Son ", N(f"{son[0]} {son[1]}"), " to collect meds from the Drug Serv pharmacy.\nDr ",
        N(f"{doc[0][0]}. {doc[1]}"), ", SHO\n",
    )


def t_hk_gdh(c: Ctx) -> Note:
    given, fam = pick_sex(c, _HK, "F")
    en = pick_sex(c, [(x, "") for x in _HK_EN], "F")[0] if c.chance(0.4) else ""
    dob = c.dob(90, 99)
    age = age_at(dob, c.visit)
    hkid = f"{c.letters(1, 'ACDEGHKMPRVYZ')}{c.nz(6)}({c.num(1)})"
    hn = f"HN{c.nz(8)}{c.pick('ABCDEFGHKMPRTWXYZ')}"
    estates = [("Lok Fu Estate", "Wong Tai Sin", "Kowloon"), ("Shek Kip Mei Estate", "Sham Shui Po", "Kowloon"),
               ("Tai Wo Hau Estate", "Kwai Chung", "New Territories"), ("Choi Hung Estate", "Ngau Chi Wan", "Kowloon"),
               ("Lek Yuen Estate", "Sha Tin", "New Territories"), ("Wah Fu Estate", "Pok Fu Lam", "Hong Kong Island")]
    est, dist, region = c.pick(estates)
    line = f"Flat {c.r.randint(1, 30)}, {c.r.randint(2, 32)}/F, Block {c.pick('ABCDEFG')}, {est}"
    ph = c.pick([f"{c.pick('2356')}{c.num(3)} {c.num(4)}", f"+852 {c.pick('69')}{c.num(3)} {c.num(4)}"])
    dau_g, _ = pick_sex(c, _HK, "F")
    dau_en = pick_sex(c, [(x, "") for x in _HK_EN], "F")[0]
    dau_ph = f"{c.pick('69')}{c.num(3)} {c.num(4)}"
    ot = c.pick(_HK)
    gdh_md = c.pick(_HK)
    name_items: list[Item] = [N(f"{fam} {given}")]
    if en:
        name_items = [N(f"{fam} {given}"), ", ", N(en)]
    pt = patient([given] + ([en] if en else []), fam, hn, dob, phone=ph, line=line, city=dist, country="HK",
                 extra_ids=[("urn:hk:hkid", hkid)])
    return _emit(
        pt,
        "GERIATRIC DAY HOSPITAL - MULTIDISCIPLINARY ASSESSMENT\nName: ", *name_items, "   Sex/Age: F/", AG(str(age)),
        "\nHKID: ", ID(hkid), "   ", ID(hn), "\nAddress: ", AD(line), ", ", AD(dist), ", " + region + "   Tel: ", PH(ph), "\n"
        "Attendance ", D(fd(c.visit, "uk")), " (session ", str(c.r.randint(2, 12)), "/12).\nProblems: OA knees, "
        "recurrent falls, Parkinson's disease on Madopar ", C("62.5 mg TDS"), ", CKD 3b.\nMBI ", C("68/100"), ", "
        "Elderly Mobility Scale ", C("13/20"), ", Berg ", C("38/56"), ", MoCA (HK) ", C("18/30"), ".\nBP sitting ",
        C("132/70"), ", standing ", C("118/64"), ". Hb ", C("10.8 g/dL"), ", eGFR ", C("34"), ".\nPT: quadripod indoors, "
        "balance training. OT (", N(f"{ot[1]} {ot[0]}"), "): bath board, grab bars; CSSA home-modification application.\n"
        "Lives with daughter ", N(f"{dau_en} {fam}"), " (", N(dau_g), ") - mobile ", PH(dau_ph), ".\nDr ", N(f"{gdh_md[1]} {gdh_md[0][0]}.{gdh_md[0].split()[1][0]}."), "\n",
    )


TEMPLATES: list[Callable[[Ctx], Note]] = [
    t_woc_consult, t_ptwr_clerking, t_ld_triage, t_za_dka, t_hemodialysis_run, t_frailty_sdec,
    t_psych_admission, t_amau_ireland, t_hospice_cti, t_resp_physio, t_nicu_admission, t_ke_pneumonia,
    t_trauma_tertiary, t_verification_of_death, t_cardiac_rehab, t_ontario_home_care, t_ebus,
    t_antenatal_booking, t_transfusion_reaction, t_ng_typhoid, t_needlestick, t_omfs, t_case_mgmt,
    t_sa_chest_pain, t_polst, t_sact_day_unit, t_ctpa, t_ph_cap, t_veeg, t_hospital_at_night,
    t_grievance, t_nb_anaphylaxis, t_sbar, t_vic_icu_liaison, t_dog_bite, t_jm_htn, t_retina,
    t_nz_lmc_transfer, t_paed_diabetes_letter, t_hk_gdh,
]


def generate(n: int) -> list[Note]:
    """Return ``n`` deterministic held-out v34 notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
