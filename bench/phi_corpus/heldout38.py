"""HELD-OUT v38 PHI corpus: written independently, before any round-38 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout35 / heldout36 / heldout37 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v37 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density: the everyday notes of a ward feed.
Templates, cycled in order (see ``TEMPLATES``): general-medicine HFrEF admission H&Ps ("LAST,
First", PCP fax, spouse, daughter HCP, home address, numeric pager, patients sometimes >= 90),
hospitalist CAP progress notes (CSN, night RN's first name, son's phone, "6/24" dates),
night-shift nursing notes ("Last, First" with nickname in quotes, spouse's call, RN initials),
pharmacy admission medication histories ("First M. Last", pharmacy-chain phone, daughter,
"August 2019"), sepsis discharge summaries (account number, MyChart result URL, patient
e-mail, "September 5, 2024"), GI bleed consults with EGD addendum ("Last, First M", endoscopy
case number, fellow's phone plus "x1234" extension), ED MVC provider notes (ISO arrival
date-time, EMS run number, police badge, licence plate, mother), telephone encounters (DOB and
"last 4 of SSN" verification, callback number), CT reports (DICOM "LAST^FIRST", "19420811"
dates, accession, scanner IP, PACS URL, critical-result call), surgical pathology reports
(accession "S24-12345", "Sept. 4, 2024" dates, requisition, full SSN sometimes), SNF
discharge-planning case-management notes (member ID, full SSN, daughter-in-law, liaison phone
and fax, case-manager e-mail, patients often >= 90), inpatient OT stroke evaluations (husband,
home town, "ext." extension), pre-anaesthesia evaluations ("03-14-1961" DOB, semaglutide hold,
husband's phone), wound-nurse pressure-injury consults (photo URL, daughter HCP, patients often
>= 90), outpatient haemodialysis run sheets (machine serial, station IP, SSN, driver's
callback), patient-portal messages (notification e-mail, public login IP, spouse's first name
and patient's signature in the quoted message, handout URL), rapid-response notes
("4-1234" extensions, son, team with initials), PFT reports (lower-case technician initials,
report URL), palliative family-meeting notes (HCP daughter and son, MOLST date, patient's first
name in reported speech, daughter's e-mail, patients often >= 90), transfusion records
("LAST, FIRST", "14AUG2024" military dates, ISBT unit number, T&S specimen) and transfer-centre
acceptance notes (transfer reference, 1-800 line, SSN without dashes, outside MRN) (US);
acute-medical-unit clerkings (hospital and NHS numbers, bleep, daughter NOK with address,
"N. Last" GP, patients often >= 90), post-take ward rounds (consultant initials, "TTO 7/7",
"CXR 6/52", GMC number), cardiology discharge letters to the GP (practice address block,
"23rd March 2025", "24 Mar"), OT pre-discharge home visits (son's mobile and e-mail,
"23rd of August", patients often >= 90), outreach SBAR referrals ("Tue 17 Dec", bleep, ext) and
CT-head reports ("OWUSU, Kwabena", "30.09.1923", neurosurgical referral number, GMC number,
workstation IP, "aged" >= 90 often) (England); memory-clinic letters (CHI, "Mrs Last",
nhs.scot e-mail, "Review 3/12") (Scotland); ED thunderclap-headache records (OHIP
"1234-567-890-AB", "Unit 1076, ..." addresses, postal codes, "2024/11/20" triage dates) and
home-care referrals (SDM niece with e-mail, patients often >= 90) (Ontario, Canada);
Hospital-in-the-Home admissions (UR, Medicare with IRN, "12/45 ..." unit addresses, 04xx and
(03) phones) (Victoria, Australia); DKA discharge summaries (NHI, Maori / Pasifika names, 09
and 02x phones, Te Whatu Ora e-mail) (New Zealand); and day-hospital falls assessments (PPSN,
Eircodes, fadas, "(01)" / 0xx fax, patients often >= 90) (Ireland). Most notes end with a
signature line. Names: Faker en_US / en_GB / en_CA / en_AU / en_NZ / en_IE plus curated
Hispanic, Vietnamese, Yoruba, Igbo, Tamil, Chinese, Korean, Polish, Haitian, Dine, Bangladeshi,
Punjabi, Ghanaian, Welsh, Scottish, Quebecois, Ukrainian, Greek, Tongan, Maori, Samoan and Irish
names, in many forms ("First Last", "First M. Last", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "Last, First M.", "LAST^FIRST", "N. Last", surname alone after a title, first
name alone, nicknames in quotes, hyphenated and multi-word surnames, staff initials in upper and
lower case, relatives', officers' and colleagues' names).

Conventions (same as heldout37): titles and credentials ("Dr", "Dr.", "Mrs", ", RN", ", MD",
", MD, PGY-2", ", DO", ", CPhT", ", PharmD", ", PA-C", ", LPN", ", RN, CCM", ", OTR/L",
", CRNA", ", BSN, RN, CWOCN", ", RT", ", NP", ", MD, FACEP", " FY1", ", MD CCFP(EM)", "CPN",
"CNM", "OTA", "OT") are outside NAME spans; "LAST, First" (and "LAST^FIRST") is one NAME span;
a nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff
initials are NAME. A street line (with its apartment / unit / flat / "#" part) and a city /
town / suburb are ADDRESS; a state / province / county ("Co. Galway") / region / country is not
PHI; ZIP codes, UK postcodes, Canadian postal codes, Australian / NZ postcodes and Eircodes are
ZIP. DATE: anything more specific than a year, in 27 formats ("03/14/1952", "3/14/2024",
"3/14/24", "03-14-1961", "6/24", "2024-03-14", "19420811", "14/03/2024", "14/3/2024",
"14/03/24", "14.03.2024", "14-03-2024", "2024/03/14", "14 March 2024", "March 14, 2024",
"Mar 14, 2024", "Sept. 4, 2024", "14 Mar 2024", "14AUG2024", "23rd March 2025", "23rd of
August", "14 Mar", "14 March", "August 2019", "Jun 25, 2025") plus ISO date-times
("2024-08-03T20:34"); weekdays ("Wednesday,", "Tue", "Sat") and "the" stay outside; a date
followed by a separate time ("2024-04-17 07:11", "19/08/2024 02:49", "14AUG2024 1305") labels
only the date; an ISO date-time is one span. UK / Commonwealth follow-up shorthand ("2/7",
"5/7", "TTO 7/7", "6/52", "1/52", "2/52", "Review 3/12") is a duration (clinical), as are scores
("ACE-III 71/100", "MoCA 21/30", "AM-PAC 14/24", "Barthel 45/100", pain "6/10"). PHONE includes
fax, pagers / bleeps (number only) and extensions; labels like "ph", "fax", "pager", "bleep",
"ext", "ext.", "x", "Mob", "tel" are outside. SSN: full numbers (with dashes or none) and the
digits of a "last 4" SSN. ID: MRN / CSN / account / UR / chart / Hosp No / NHS / CHI / OHIP /
health-card / Medicare / NHI / PPSN numbers, member IDs, accession, case, requisition, specimen
and RIS numbers, EMS run numbers, police badge numbers, licence plates, GMC numbers, transfer /
referral references, ISBT blood-unit numbers and dialysis-machine serials. AGE: ages >= 90 only,
number part only. Ages < 90, vitals, labs, doses, drug and brand names (Lantus, Humalog, Tylenol
Arthritis, Omnipaque, Oncotype DX, Medihoney, Juven, Epogen, Fresenius 2008T, Onyx Frontier,
NovoRapid, GTN), scores, times of day, durations, years alone, Medicare IRNs, ward / unit / bed
/ room / chair names ("7 West, bed 9", "4 South room 439", "Ward 7 (Cardiology)", "bay 5 bed
1", "SICU bed 12", "CCU 4"), eponyms and capitalised clinical words ("Framingham", "Kussmaul",
"Glasgow-Blatchford", "Forrest IIa", "NEXUS", "Alvarado", "Bosniak", "Nottingham grade",
"Mallampati", "Braden", "Dolphin", "Morse", "Legionella", "Fazekas", "Alzheimer's", "Ottawa SAH
Rule", "CURB-65", "Sepsis Six") and facility / practice / pharmacy / insurer / SNF names are
unlabelled; clinical values are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2024 and 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

SEED = 38_038

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class R:
    """Per-note generation context: a seeded ``random.Random`` plus seeded Faker instances."""

    def __init__(self, seed: int, fakers: dict[str, Faker]) -> None:
        self.r = random.Random(seed)
        self.f = fakers
        for i, fk in enumerate(fakers.values()):
            fk.seed_instance(seed * 7 + i)

    def choice(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randrange(10)) for _ in range(n))

    def upper(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def day(self, start: date = date(2024, 1, 8), span: int = 600) -> date:
        return start + timedelta(days=self.r.randrange(span))

    def name(self, loc: str, curated: list[tuple[str, str]] | None = None,
             sex: str | None = None, p: float = 0.35) -> tuple[str, str]:  # fmt: skip
        if curated and self.chance(p):
            pool = [c for c in curated if sex is None or (c[0] in FEMALE) == (sex == "female")]
            return self.choice(pool)
        fk = self.f[loc]
        if sex == "female":
            return fk.first_name_female(), fk.last_name()
        if sex == "male":
            return fk.first_name_male(), fk.last_name()
        return fk.first_name(), fk.last_name()

    def first(self, loc: str) -> str:
        return self.f[loc].first_name()

    def male(self, loc: str = "en_US") -> str:
        return self.f[loc].first_name_male()

    def female(self, loc: str = "en_US") -> str:
        return self.f[loc].first_name_female()

    def initials(self) -> str:
        return self.upper(2, "ABCDEFGHJKLMNPRSTW")


# --------------------------------------------------------------------------- name pools
US_EXTRA = [("Guadalupe", "Reyes-Ortiz"), ("Thanh", "Nguyen"), ("Oluwaseun", "Adeyemi"),
            ("Priya", "Raghunathan"), ("Mei-Ling", "Chao"), ("Darnell", "Washington"),
            ("Svetlana", "Kuznetsova"), ("Mohammed", "Al-Masri"), ("Yesenia", "Carrillo"),
            ("Kwame", "Mensah"), ("Hyun-woo", "Park"), ("Tomasz", "Wojcik"),
            ("Jean-Baptiste", "Pierre-Louis"), ("Lakeisha", "Robinson"), ("Joaquin", "De la Cruz"),
            ("Ifeoma", "Okafor"), ("Rahul", "Venkataraman"), ("Bao", "Tran"),
            ("Shira", "Goldberg"), ("Ahanu", "Begay")]  # fmt: skip
UK_EXTRA = [("Nasreen", "Begum"), ("Kwabena", "Owusu"), ("Agnieszka", "Nowak"),
            ("Harjit", "Sandhu"), ("Siobhan", "O'Connell"), ("Tendai", "Moyo"),
            ("Gwilym", "Pritchard-Jones"), ("Oksana", "Kovalenko"), ("Imran", "Chaudhry"),
            ("Chidi", "Eze"), ("Bernadette", "McAllister"), ("Rhiannon", "Llewellyn")]  # fmt: skip
SCOT_EXTRA = [("Morag", "MacLeod"), ("Hamish", "Fraser"), ("Eilidh", "Mackenzie"),
              ("Fergus", "Buchanan"), ("Catriona", "McIntyre"), ("Alasdair", "Cameron"),
              ("Isla", "Robertson"), ("Murdo", "Macdonald")]  # fmt: skip
CA_NAMES = [("Marie-Claude", "Tremblay"), ("Gurpreet", "Dhaliwal"), ("Wei", "Zhang"),
            ("Jasmine", "Singh"), ("Liam", "O'Brien"), ("Olena", "Shevchenko"),
            ("Andre", "Gagnon"), ("Fatima", "Haidari"), ("Connor", "MacDonald"),
            ("Ngozi", "Obi"), ("Rosa", "Medeiros"), ("Daniel", "Kowalchuk"),
            ("Anika", "Patel"), ("Joseph", "Whitehorse"), ("Linh", "Pham"), ("Eleanor", "Fraser"),
            ("Brendan", "Chiasson"), ("Harpreet", "Grewal"), ("Samuel", "Oyelaran"),
            ("Grace", "Wong")]  # fmt: skip
AU_NAMES = [("Kylie", "Nguyen"), ("Dimitri", "Papadopoulos"), ("Bronwyn", "Hartley"),
            ("Tevita", "Fifita"), ("Giuseppe", "Russo"), ("Shane", "O'Loughlin"),
            ("Amira", "Haddad"), ("Darren", "Kennedy"), ("Mei", "Chen"), ("Lachlan", "Murray"),
            ("Rajesh", "Kumar"), ("Leanne", "Thompson"), ("Jarrah", "Anderson"),
            ("Sione", "Taufa"), ("Helen", "Vlahos"), ("Craig", "McKenzie")]  # fmt: skip
NZ_EXTRA = [("Wiremu", "Ngata"), ("Aroha", "Te Kani"), ("Sefo", "Leaupepe"),
            ("Mere", "Tipene"), ("Losa", "Faleolo"), ("Hemi", "Walker"),
            ("Ana", "Tuilagi"), ("Rawiri", "Parata"), ("Anjali", "Prasad"), ("Jun", "Li")]  # fmt: skip
IE_EXTRA = [("Seán", "Ó Briain"), ("Máire", "Ní Dhomhnaill"), ("Pádraig", "Fitzgerald"),
            ("Bríd", "O'Sullivan"), ("Declan", "Kavanagh"), ("Noreen", "Mulcahy")]  # fmt: skip
FEMALE = {"Guadalupe", "Thanh", "Priya", "Mei-Ling", "Svetlana", "Yesenia", "Lakeisha", "Ifeoma",
          "Shira", "Nasreen", "Agnieszka", "Siobhan", "Oksana", "Bernadette", "Rhiannon", "Morag",
          "Eilidh", "Catriona", "Isla", "Marie-Claude", "Jasmine", "Olena", "Fatima", "Ngozi",
          "Rosa", "Anika", "Linh", "Eleanor", "Grace", "Kylie", "Bronwyn", "Amira", "Mei",
          "Leanne", "Helen", "Aroha", "Mere", "Losa", "Ana", "Anjali", "Máire", "Bríd", "Noreen",
          "Margaret", "Elizabeth", "Katherine", "Patricia", "Dorothy", "Josephine"}  # fmt: skip
NICKNAMES = {"Robert": "Bob", "William": "Billy", "Margaret": "Peggy", "Elizabeth": "Betty",
             "James": "Jimmy", "Katherine": "Kitty", "Patricia": "Trish", "Edward": "Ted",
             "Charles": "Chuck", "Dorothy": "Dot", "Theodore": "Teddy", "Francis": "Frank",
             "Josephine": "Jo", "Richard": "Rick", "Eleanor": "Nell"}  # fmt: skip

# --------------------------------------------------------------------------- places
US_CITIES = [("Worcester", "MA", "016", "508"), ("Dayton", "OH", "454", "937"),
             ("Tacoma", "WA", "984", "253"), ("Fresno", "CA", "937", "559"),
             ("Knoxville", "TN", "379", "865"), ("Tulsa", "OK", "741", "918"),
             ("Albany", "NY", "122", "518"), ("Madison", "WI", "537", "608"),
             ("Savannah", "GA", "314", "912"), ("Boise", "ID", "837", "208"),
             ("Lubbock", "TX", "794", "806"), ("Scranton", "PA", "185", "570"),
             ("Toledo", "OH", "436", "419"), ("Reno", "NV", "895", "775"),
             ("Des Moines", "IA", "503", "515"), ("Springfield", "IL", "627", "217"),
             ("Lexington", "KY", "405", "859"), ("Providence", "RI", "029", "401")]  # fmt: skip
US_STREETS = ["Maple", "Oak", "Pleasant", "Chestnut", "Lincoln", "Washington", "Highland", "Elm",
              "Cedar", "Park", "Prospect", "Grove", "Franklin", "Hillside", "Birch", "Walnut",
              "Ridgewood", "Sycamore", "Lakeview", "Orchard"]  # fmt: skip
US_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Drive", "Dr", "Lane", "Ct", "Blvd"]
UK_TOWNS = [("Leeds", "LS", "0113"), ("Sheffield", "S", "0114"), ("Bristol", "BS", "0117"),
            ("Leicester", "LE", "0116"), ("Nottingham", "NG", "0115"), ("Norwich", "NR", "01603"),
            ("Derby", "DE", "01332"), ("Coventry", "CV", "024"), ("Stockport", "SK", "0161"),
            ("Reading", "RG", "0118"), ("Exeter", "EX", "01392"), ("Bolton", "BL", "01204"),
            ("Wolverhampton", "WV", "01902"), ("Sunderland", "SR", "0191")]  # fmt: skip
UK_STREETS = ["Victoria", "Station", "Church", "Mill", "Albert", "Queens", "Manor", "Beech",
              "Windsor", "Brook", "Thornfield", "Ashgrove", "Larkspur", "Hollins", "Chapel"]
UK_SUFFIX = ["Road", "Close", "Avenue", "Crescent", "Gardens", "Way", "Lane", "Street", "Drive"]
SCOT_TOWNS = [("Edinburgh", "EH", "0131"), ("Glasgow", "G", "0141"), ("Dundee", "DD", "01382"),
              ("Aberdeen", "AB", "01224"), ("Stirling", "FK", "01786"),
              ("Inverness", "IV", "01463")]  # fmt: skip
ON_CITIES = [("Toronto", "M", "416"), ("Ottawa", "K", "613"), ("Hamilton", "L", "905"),
             ("London", "N", "519"), ("Mississauga", "L", "905"), ("Kingston", "K", "613"),
             ("Sudbury", "P", "705"), ("Scarborough", "M", "647")]  # fmt: skip
VIC_SUBURBS = [("Footscray", "3011"), ("Frankston", "3199"), ("Geelong", "3220"),
               ("Box Hill", "3128"), ("Dandenong", "3175"), ("Bendigo", "3550"),
               ("Ballarat", "3350"), ("Sunshine", "3020"), ("Werribee", "3030"),
               ("Preston", "3072")]  # fmt: skip
AU_STREETS = ["Ballarat Road", "Nicholson Street", "Gaffney Street", "Barkly Street",
              "Whitehorse Road", "Station Street", "Hope Street", "Gilbert Road"]
NZ_SUBURBS = [("Otahuhu", "Auckland", "1062"), ("Henderson", "Auckland", "0612"),
              ("Takapuna", "Auckland", "0622"), ("Papatoetoe", "Auckland", "2025"),
              ("Mangere", "Auckland", "2022"), ("Frankton", "Hamilton", "3204"),
              ("Newtown", "Wellington", "6021"), ("Hornby", "Christchurch", "8042")]  # fmt: skip
NZ_STREETS = ["Great South Road", "Massey Road", "Lincoln Road", "Hurstmere Road",
              "Bader Drive", "Kahikatea Drive", "Riddiford Street", "Waterloo Road"]
IE_TOWNS = [("Tallaght", "Dublin", "D24", "01"), ("Clondalkin", "Dublin", "D22", "01"),
            ("Ballincollig", "Co. Cork", "P31", "021"), ("Douglas", "Co. Cork", "T12", "021"),
            ("Salthill", "Co. Galway", "H91", "091"), ("Castletroy", "Co. Limerick", "V94", "061"),
            ("Mullingar", "Co. Westmeath", "N91", "044")]  # fmt: skip
IE_STREETS = ["Old Bawn Road", "Main Street", "Church View", "Millers Lane", "Ard na Gréine",
              "Wilton Park", "Dun Na Mara", "Sycamore Grove"]


# --------------------------------------------------------------------------- formatting
def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: date, style: str) -> str:
    """A date in one of many written forms."""
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    forms = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_np": f"{d.month}/{d.day}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "us_md": f"{d.month}/{d.day}",
        "us_dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "iso": d.isoformat(),
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "uk_np": f"{d.day}/{d.month}/{d.year}",
        "uk_short": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "uk_dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "uk_dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long_uk": f"{d.day} {m} {d.year}",
        "long_us": f"{m} {d.day}, {d.year}",
        "long_us_nc": f"{m} {d.day} {d.year}",
        "abbr_us": f"{mon} {d.day}, {d.year}",
        "abbr_dot": f"{'Sept' if d.month == 9 else mon}{'' if d.month == 5 else '.'} {d.day}, {d.year}",
        "abbr_uk": f"{d.day} {mon} {d.year}",
        "mil": f"{d.day:02d}{mon.upper()}{d.year}",
        "ord_uk": f"{ordinal(d.day)} {m} {d.year}",
        "ord_of": f"{ordinal(d.day)} of {m}",
        "ord_us": f"{m} {ordinal(d.day)}, {d.year}",
        "md": f"{m} {d.day}",
        "dm": f"{d.day} {mon}",
        "dm_long": f"{d.day} {m}",
        "my": f"{m} {d.year}",
        "dmy_mon": f"{d.day:02d}-{mon}-{d.year}",
        "ymd_slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dm_slash": f"{d.day}/{d.month}",
    }
    return forms[style]


def wd(d: date, short: bool = False) -> str:
    w = WEEKDAYS[d.weekday()]
    return w[:3] if short else w


def hhmm(x: R) -> str:
    return f"{x.num(0, 23):02d}:{x.num(0, 59):02d}"


def us_phone(x: R, area: str, style: int | None = None) -> str:
    a, b = x.num(201, 989), x.digits(4)
    s = x.num(0, 4) if style is None else style
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}",
            f"{area}{a}{b}"][s]  # fmt: skip


def uk_mobile(x: R) -> str:
    return x.choice([f"07{x.digits(3)} {x.digits(6)}", f"07{x.digits(3)}{x.digits(6)}",
                     f"+44 7{x.digits(3)} {x.digits(6)}", f"07{x.digits(3)} {x.digits(3)} {x.digits(3)}"])  # fmt: skip


def uk_landline(x: R, code: str) -> str:
    rest = 11 - len(code)
    body = x.digits(rest)
    if rest == 7:
        return f"{code} {body[:3]} {body[3:]}"
    return f"{code} {body}"


def ssn(x: R) -> str:
    return f"{x.num(101, 665)}-{x.num(10, 99)}-{x.num(1000, 9999)}"


def nhs_number(x: R) -> str:
    while True:
        d = [x.num(1, 9)] + [x.num(0, 9) for _ in range(8)]
        c = 11 - sum(v * (10 - i) for i, v in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def ip(x: R, private: bool = True) -> str:
    if private:
        return x.choice([f"10.{x.num(0, 254)}.{x.num(0, 254)}.{x.num(2, 254)}",
                         f"172.{x.num(16, 31)}.{x.num(0, 254)}.{x.num(2, 254)}",
                         f"192.168.{x.num(0, 254)}.{x.num(2, 254)}"])  # fmt: skip
    return f"{x.num(24, 223)}.{x.num(0, 254)}.{x.num(0, 254)}.{x.num(2, 254)}"


def email_for(x: R, first: str, last: str, domains: list[str]) -> str:
    f = "".join(c for c in first.lower() if c.isalpha())
    la = "".join(c for c in last.lower() if c.isalpha())
    local = x.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{x.num(1, 99)}", f"{la}.{f[0]}",
                      f"{f}_{la}"])  # fmt: skip
    return f"{local}@{x.choice(domains)}"


def us_street(x: R, unit: bool = True) -> str:
    s = f"{x.num(2, 9899)} {x.choice(US_STREETS)} {x.choice(US_SUFFIX)}"
    if unit and x.chance(0.3):
        s += x.choice([f", Apt {x.num(1, 40)}{x.choice('ABCD')}", f" #{x.num(1, 320)}",
                       f", Unit {x.num(1, 24)}"])  # fmt: skip
    return s


def uk_street(x: R) -> str:
    s = f"{x.num(1, 180)} {x.choice(UK_STREETS)} {x.choice(UK_SUFFIX)}"
    if x.chance(0.25):
        s = f"Flat {x.num(1, 12)}, " + s
    return s


def uk_postcode(x: R, area: str) -> str:
    return f"{area}{x.num(1, 20)} {x.num(1, 9)}{x.upper(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_postal(x: R, first_letter: str) -> str:
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{first_letter}{x.num(0, 9)}{x.choice(L)} {x.num(0, 9)}{x.choice(L)}{x.num(0, 9)}"


def mrn(x: R) -> str:
    return x.choice([x.digits(8), f"{x.num(1, 9)}{x.digits(7)}", f"00{x.digits(6)}",
                     f"E{x.digits(7)}", f"M{x.digits(3)}-{x.digits(4)}"])  # fmt: skip


def patient(given: str, family: str, mrn_value: str, dob: date, phone: str, line: str, city: str,
            state: str, postal: str, country: str = "US", extra_ids: tuple[tuple[str, str], ...] = (),
            sex: str = "unknown") -> dict[str, Any]:
    ids = [{"type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.38.1", "value": mrn_value}]
    for label, value in extra_ids:
        ids.append({"type": {"text": label}, "value": value})
    return {
        "resourceType": "Patient",
        "id": f"pt-{mrn_value}",
        "identifier": ids,
        "name": [{"family": family, "given": given.split(" ")}],
        "gender": sex,
        "telecom": [{"system": "phone", "value": phone}],
        "address": [{"line": [line], "city": city, "state": state, "postalCode": postal,
                     "country": country}],
        "birthDate": dob.isoformat(),
    }


def dob_for(x: R, when: date, age: int) -> date:
    """A birth date giving exactly ``age`` on ``when``."""
    d = when - timedelta(days=int(age * 365.25) + x.num(5, 355))
    while age_at(d, when) > age:
        d += timedelta(days=7)
    while age_at(d, when) < age:
        d -= timedelta(days=7)
    return d


def age_at(dob: date, when: date) -> int:
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def age_phrase(b: NoteBuilder, age: int, suffix: str) -> None:
    """Write an age: ages >= 90 are labelled AGE (number only)."""
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t(suffix)


class P:
    """The note's patient: name, identifiers, contact details and the FHIR resource."""

    def __init__(self, x: R, region: str, when: date, age: int, sex: str | None = None,
                 given: str | None = None) -> None:  # fmt: skip
        self.sex = sex or x.choice(["male", "female"])
        self.age = age
        self.dob = dob_for(x, when, age)
        extra: tuple[tuple[str, str], ...] = ()
        if region == "US":
            self.given, self.family = x.name("en_US", US_EXTRA, self.sex)
            self.city, self.state, zp, self.area = x.choice(US_CITIES)
            self.postal = zp + x.digits(2)
            self.line = us_street(x)
            self.phone = us_phone(x, self.area)
            self.mrn = mrn(x)
        elif region in ("UK", "SCOT"):
            if region == "UK":
                self.given, self.family = x.name("en_GB", UK_EXTRA, self.sex)
                self.city, area, self.area = x.choice(UK_TOWNS)
            else:
                self.given, self.family = x.name("en_GB", SCOT_EXTRA, self.sex)
                self.city, area, self.area = x.choice(SCOT_TOWNS)
            self.state = "Scotland" if region == "SCOT" else "England"
            self.postal = uk_postcode(x, area)
            self.line = uk_street(x)
            self.phone = uk_mobile(x) if x.chance(0.6) else uk_landline(x, self.area)
            self.mrn = x.choice([f"{x.upper(1)}{x.digits(6)}", f"RX{x.digits(7)}", x.digits(7)])
            if region == "SCOT":
                self.nhs = self.dob.strftime("%d%m%y") + x.digits(4)
                extra = (("CHI", self.nhs),)
            else:
                self.nhs = nhs_number(x)
                extra = (("NHS", self.nhs.replace(" ", "")),)
        elif region == "ON":
            self.given, self.family = x.name("en_CA", CA_NAMES, self.sex)
            self.city, letter, self.area = x.choice(ON_CITIES)
            self.state = "ON"
            self.postal = ca_postal(x, letter)
            self.line = us_street(x, unit=False)
            if x.chance(0.4):
                self.line = f"Unit {x.num(101, 2405)}, " + self.line
            self.phone = us_phone(x, self.area, x.choice([0, 1, 3]))
            self.mrn = x.digits(7)
            self.nhs = f"{x.digits(4)}-{x.digits(3)}-{x.digits(3)}-{x.upper(2)}"
            extra = (("OHIP", self.nhs),)
        elif region == "VIC":
            self.given, self.family = x.name("en_AU", AU_NAMES, self.sex)
            self.city, self.postal = x.choice(VIC_SUBURBS)
            self.state = "VIC"
            self.line = f"{x.num(1, 240)} {x.choice(AU_STREETS)}"
            if x.chance(0.4):
                self.line = f"{x.num(1, 18)}/" + self.line
            self.phone = f"04{x.digits(2)} {x.digits(3)} {x.digits(3)}"
            self.area = "03"
            self.mrn = x.digits(7)
            self.nhs = x.digits(10)
            extra = (("Medicare", self.nhs),)
        elif region == "NZ":
            self.given, self.family = x.name("en_NZ", NZ_EXTRA, self.sex)
            self.city, self.state, self.postal = x.choice(NZ_SUBURBS)
            self.line = f"{x.num(1, 420)} {x.choice(NZ_STREETS)}"
            if x.chance(0.3):
                self.line = f"{x.choice('ABC')}/" + self.line if x.chance(0.5) else f"Flat {x.num(1, 9)}, " + self.line
            self.phone = f"02{x.choice('127')} {x.digits(3)} {x.digits(4)}"
            self.area = "09"
            self.mrn = f"{x.upper(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{x.digits(4)}"
            self.nhs = self.mrn
        else:  # IE
            self.given, self.family = x.name("en_IE", IE_EXTRA, self.sex)
            self.city, self.state, key, self.area = x.choice(IE_TOWNS)
            self.postal = f"{key} {x.upper(1, 'ACDEFHKNPRTVWXY')}{x.digits(1)}{x.upper(1, 'ACDEFHKNPRTVWXY')}{x.digits(1)}"
            self.line = f"{x.num(1, 160)} {x.choice(IE_STREETS)}"
            self.phone = f"08{x.choice('3567')} {x.digits(3)} {x.digits(4)}"
            self.mrn = x.digits(7)
            self.nhs = f"{x.digits(7)}{x.upper(1)}{x.choice(['', 'A', 'W'])}"
            extra = (("PPSN", self.nhs),)
        if given:
            self.given = given
            self.sex = "female" if given in FEMALE else "male"
        country = {"US": "US", "UK": "GB", "SCOT": "GB", "ON": "CA", "VIC": "AU", "NZ": "NZ"}.get(region, "IE")
        self.fhir = patient(self.given, self.family, self.mrn, self.dob, self.phone, self.line,
                            self.city, self.state, self.postal, country, extra, self.sex)  # fmt: skip

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def he(self) -> str:
        return "he" if self.sex == "male" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "male" else "her"


def address(b: NoteBuilder, pt: P, state: bool = True, comma_zip: bool = False) -> None:
    """Street line, city (ADDRESS), optional state (not PHI) and postcode (ZIP)."""
    b.p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city)
    if state:
        b.t(f", {pt.state}")
    b.t("," if comma_zip else "").t(" ").p("ZIP", pt.postal)


def old_or_not(x: R, p_old: float, lo: int = 52, hi: int = 88) -> int:
    return x.num(90, 101) if x.chance(p_old) else x.num(lo, hi)


def staff_us(x: R) -> tuple[str, str]:
    return x.name("en_US", US_EXTRA, p=0.15)


# =========================================================================== US templates
def us_admission_hp(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, old_or_not(x, 0.3, 58, 89))
    b = NoteBuilder()
    att = staff_us(x)
    pcp = staff_us(x)
    b.t("ADMISSION HISTORY AND PHYSICAL\nPatient: ").p("NAME", f"{pt.family.upper()}, {pt.given}")
    b.t("    MRN: ").p("ID", pt.mrn).t("    DOB: ").p("DATE", fd(pt.dob, "us")).t("\n")
    b.t("Admit date: ").p("DATE", fd(when, "us")).t("    Attending: Dr. ").p("NAME", att[1])
    b.t("\nPCP: ").p("NAME", f"{pcp[0]} {pcp[1]}").t(", MD (fax ").p("PHONE", us_phone(x, pt.area, 0)).t(")\n")
    b.t("CC: shortness of breath and leg swelling for ").c("5 days").t(".\n")
    b.t("HPI: ")
    age_phrase(b, pt.age, f"-year-old {'man' if pt.sex == 'male' else 'woman'} with HFrEF (LVEF ")
    b.c("30%").t(" on TTE ").p("DATE", fd(when - timedelta(days=x.num(60, 300)), "my"))
    b.t(") who ran out of ").c("furosemide 40 mg").t(" daily about a week ago. Reports 3-pillow orthopnea and PND; weight up ")
    b.c("4.5 kg").t(" by home scale. Denies chest pain.\n")
    wife = x.female() if pt.sex == "male" else x.male()
    dtr = (x.female(), "")
    b.t(f"Social: lives with {'wife' if pt.sex == 'male' else 'husband'} ").p("NAME", wife).t(" at ")
    address(b, pt)
    b.t(". Former smoker (").c("30 pack-years").t("). Daughter ").p("NAME", f"{dtr[0]} {pt.family}")
    b.t(" (").p("PHONE", us_phone(x, pt.area)).t(") is health care proxy.\n")
    b.t("Exam: BP ").c("152/94").t(", HR ").c("104").t(", RR ").c("22").t(", SpO2 ").c("91%").t(" on RA, T ")
    b.c("36.8 C").t(". JVP to angle of jaw, bibasilar crackles, ").c("2+").t(" pitting edema to knees. Kussmaul sign absent.\n")
    b.t("Labs: Na ").c("133 mmol/L").t(", K ").c("4.9 mmol/L").t(", Cr ").c("1.6 mg/dL").t(" (baseline ").c("1.1")
    b.t("), BNP ").c("1840 pg/mL").t(", hs-troponin ").c("38 ng/L").t(" -> ").c("41 ng/L").t(".\n")
    b.t("A/P: Acute on chronic HFrEF, Framingham criteria met. ").c("Furosemide 80 mg IV BID").t(", strict I/O, daily weights, ")
    b.c("2 g sodium").t(" diet. Continue ").c("carvedilol 12.5 mg BID").t("; hold ").c("lisinopril 10 mg").t(" for AKI. Code status: full.\n")
    res = staff_us(x)
    b.p("NAME", f"{res[0]} {res[1]}").t(", MD, PGY-2 | pager ").p("PHONE", f"{x.num(2, 9)}-{x.digits(4)}").t("\n")
    return b.build(pt.fhir)


def us_progress_note(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(34, 86))
    b = NoteBuilder()
    b.t("Hospital Medicine Progress Note - Hospital Day ").c("3").t("\n")
    b.p("NAME", pt.full).t(" | MRN ").p("ID", pt.mrn).t(" | CSN ").p("ID", x.digits(10)).t(f" | Rm {x.num(3, 9)}C-{x.num(1, 30)}\n")
    b.t(f"Date of service: {wd(when)}, ").p("DATE", fd(when, "abbr_us")).t("\n")
    nurse = staff_us(x)
    b.t("S: Slept poorly; per night RN ").p("NAME", nurse[0]).t(" had one episode of rigors around 02:00. Cough productive of rust-colored sputum, improving. Tolerating diet.\n")
    b.t("O: Tmax ").c("38.4 C").t(", BP ").c("118/72").t(", HR ").c("96").t(", RR ").c("20").t(", SpO2 ").c("94%").t(" on ").c("2 L").t(" NC.\n")
    b.t("   WBC ").c("14.2 K/uL").t(" (from ").c("17.9").t("), procalcitonin ").c("1.8 ng/mL").t(", lactate ").c("1.4 mmol/L").t(", Cr ").c("0.9 mg/dL").t(".\n")
    b.t("   CXR ").p("DATE", fd(when - timedelta(days=1), "us_md")).t(": dense RLL consolidation, small parapneumonic effusion.\n")
    b.t("A/P: CAP, CURB-65 ").c("2").t(", PSI class IV.\n - Day 3 of ").c("ceftriaxone 1 g IV q24h").t(" + ").c("azithromycin 500 mg")
    b.t("; switch to PO ").c("amoxicillin-clavulanate 875 mg BID").t(" once afebrile ").c("24 h").t(".\n")
    b.t(" - Blood cultures from ").p("DATE", fd(when - timedelta(days=2), "us_md")).t(" no growth to date; Legionella urine Ag negative.\n")
    b.t(" - DVT ppx: ").c("enoxaparin 40 mg SC daily").t(".\n")
    son = x.male()
    b.t("Dispo: spoke with son ").p("NAME", son).t(" at ").p("PHONE", us_phone(x, pt.area)).t("; anticipate discharge ")
    b.t(wd(when + timedelta(days=2))).t(".\n")
    doc = staff_us(x)
    b.t("Signed: ").p("NAME", f"{doc[0]} {doc[1]}").t(", DO  ").p("DATE", fd(when, "us")).t(f" {hhmm(x)}\n")
    return b.build(pt.fhir)


def us_nursing_night(x: R) -> Note:
    when = x.day()
    given = x.choice(list(NICKNAMES))
    pt = P(x, "US", when, x.num(60, 88), given=given)
    b = NoteBuilder()
    b.t("NURSING SHIFT NOTE 1900-0700  ").p("DATE", fd(when, "us_short")).t("\n")
    b.t("Pt ").p("NAME", f"{pt.family}, {pt.given}").t(' ("').p("NAME", NICKNAMES[given]).t(f'") - 7 West, bed {x.num(1, 32)}. A&O x3, pleasant, ')
    b.t("calls appropriately.\n")
    b.t("VS 0400: T ").c("37.1").t(", BP ").c("134/78").t(", HR ").c("88").t(", RR ").c("18").t(", SpO2 ").c("96%").t(" RA.\n")
    b.t("Pain: c/o incisional pain ").c("6/10").t(" at 2310, ").c("oxycodone 5 mg PO").t(" given with relief to ").c("2/10").t(" on reassessment.\n")
    b.t("Safety: Morse ").c("55").t(", bed alarm on, non-skid socks, hourly rounding.\n")
    b.t("GU: Foley to gravity, UOP ").c("850 mL").t(" this shift. Last BM ").p("DATE", fd(when - timedelta(days=2), "us_md")).t(", ")
    b.c("senna 8.6 mg").t(" given.\n")
    sp = x.female() if pt.sex == "male" else x.male()
    b.t(f"Family: {'wife' if pt.sex == 'male' else 'husband'} ").p("NAME", sp).t(" called at 2145 from ")
    b.p("PHONE", us_phone(x, pt.area)).t(", updated with pt's permission.\n")
    rn = staff_us(x)
    b.t("Bedside report given to ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN at 0700. -- ").p("NAME", x.initials()).t(", RN\n")
    return b.build(pt.fhir)


def us_med_rec(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(55, 89))
    b = NoteBuilder()
    mid = x.choice("ABCDEHJLMRSTW")
    b.t("PHARMACY ADMISSION MEDICATION HISTORY\nPatient: ").p("NAME", f"{pt.given} {mid}. {pt.family}")
    b.t("   DOB ").p("DATE", fd(pt.dob, "iso")).t("   MRN ").p("ID", pt.mrn).t("\n")
    dtr = (x.female(), x.f["en_US"].last_name())
    chain = x.choice(["Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy", "Walmart Pharmacy"])
    b.t(f"Sources: patient interview, outside fill history, {chain} (ph ").p("PHONE", us_phone(x, pt.area, 1))
    b.t("), and daughter ").p("NAME", f"{dtr[0]} {dtr[1]}").t(" who fills the weekly pillbox.\n")
    b.t("Home medications:\n 1. ").c("metoprolol succinate 50 mg").t(" PO daily - last fill ").p("DATE", fd(when - timedelta(days=x.num(5, 40)), "us")).t("\n")
    b.t(" 2. ").c("apixaban 5 mg").t(" PO BID - last dose ").p("DATE", fd(when - timedelta(days=1), "us_md")).t(" at 20:00 per daughter\n")
    b.t(" 3. ").c("atorvastatin 40 mg").t(" PO nightly\n 4. ").c("Lantus 22 units").t(" SC at bedtime; ").c("Humalog").t(" per sliding scale\n")
    b.t(" 5. ").c("sertraline 100 mg").t(" PO daily\n 6. ").c("Tylenol Arthritis 650 mg").t(" PRN, about ").c("2 tabs").t(" a day\n")
    b.t("Allergies: sulfa (rash), lisinopril (angioedema ").p("DATE", fd(when - timedelta(days=x.num(800, 3000)), "my")).t(").\n")
    b.t("Discrepancy: ED order for ").c("metoprolol tartrate 25 mg").t(" BID; clarified with Dr. ")
    doc = staff_us(x)
    b.p("NAME", doc[1]).t(".\nCompleted by ")
    tech = staff_us(x)
    b.p("NAME", f"{tech[0]} {tech[1]}").t(", CPhT; verified by ").p("NAME", x.initials()).t(", PharmD.\n")
    return b.build(pt.fhir)


def us_discharge_summary(x: R) -> Note:
    adm = x.day()
    dis = adm + timedelta(days=x.num(3, 7))
    pt = P(x, "US", adm, x.num(28, 85))
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY\nName: ").p("NAME", pt.full).t("   MRN: ").p("ID", pt.mrn).t("   Acct: ").p("ID", f"{x.digits(3)}{x.digits(6)}").t("\n")
    b.t("Admitted: ").p("DATE", fd(adm, "long_us")).t("   Discharged: ").p("DATE", fd(dis, "long_us")).t("\n")
    doc = staff_us(x)
    b.t("Discharging physician: Dr. ").p("NAME", doc[1]).t("\n")
    b.t("Principal diagnosis: sepsis due to E. coli pyelonephritis; AKI, resolved.\n")
    b.t("Hospital course: lactate ").c("3.1").t(" -> ").c("1.2 mmol/L").t(" after ").c("30 mL/kg").t(" crystalloid. Started on ")
    b.c("ceftriaxone 2 g").t(" daily; Cr peaked at ").c("2.1 mg/dL").t(" and was ").c("0.9 mg/dL").t(" at discharge. Culture: E. coli, pan-sensitive. ")
    b.t("Transitioned to ").c("cefpodoxime 200 mg PO BID").t(" to complete ").c("10 days").t(" total.\n")
    pcp = staff_us(x)
    fu = dis + timedelta(days=x.num(5, 12))
    b.t("Follow-up: PCP Dr. ").p("NAME", f"{pcp[0]} {pcp[1]}").t(" on ").p("DATE", fd(fu, "us")).t(" at 9:40 AM, ")
    b.p("PHONE", us_phone(x, pt.area)).t(".\n")
    b.t("Pending: urine culture final report, released to MyChart (")
    b.p("URL", f"https://mychart.{x.choice(['baystatehealth', 'premierhealth', 'multicare', 'communitymedical'])}.org/MyChart/Messaging/Result?id={x.digits(9)}")
    b.t("). Patient prefers e-mail: ").p("EMAIL", email_for(x, pt.given, pt.family, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])).t("\n")
    b.t("Electronically signed by ").p("NAME", f"{doc[0]} {doc[1]}").t(", MD on ").p("DATE", fd(dis, "abbr_us")).t(f" {hhmm(x)}\n")
    return b.build(pt.fhir)


def us_gi_consult(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(45, 89), sex="male")
    b = NoteBuilder()
    req = staff_us(x)
    b.t("GASTROENTEROLOGY CONSULTATION\nRequesting: Dr. ").p("NAME", req[1]).t(" (hospitalist), pager ").p("PHONE", x.digits(5)).t("\n")
    mid = x.choice("ABCDEFGJKLMPRTW")
    b.t("Patient: ").p("NAME", f"{pt.family}, {pt.given} {mid}").t(f"  ({pt.age}M)  MRN ").p("ID", pt.mrn).t("\n")
    b.t("Reason: melena for ").c("2 days").t(", Hgb ").c("6.9 g/dL").t(" (baseline ").c("13").t(").\n")
    b.t("HPI: Takes ").c("aspirin 81 mg").t(" and OTC ").c("naproxen 500 mg BID").t(" for knee OA. BUN ").c("58 mg/dL").t(", INR ").c("1.1").t(". ")
    b.t("Glasgow-Blatchford score ").c("12").t(". HR ").c("112").t(", BP ").c("96/60").t(".\n")
    b.t("Plan: ").c("pantoprazole 80 mg IV").t(" then ").c("40 mg IV BID").t("; transfuse to Hgb > ").c("7").t("; EGD in AM. Consent discussed with patient and his wife ")
    b.p("NAME", x.female()).t(".\n")
    egd = when + timedelta(days=1)
    b.t("ADDENDUM - EGD ").p("DATE", fd(egd, "us_short")).t(" (case ").p("ID", f"EN{egd.year % 100}-{x.digits(5)}")
    b.t("): 1.5 cm Forrest IIa duodenal bulb ulcer with visible vessel; epinephrine 1:10,000 ").c("8 mL").t(" + 2 hemoclips. Biopsies for H. pylori.\n")
    fel = staff_us(x)
    b.p("NAME", f"{fel[0]} {fel[1]}").t(", MD, GI fellow - call ").p("PHONE", us_phone(x, pt.area, 1)).t(" x").p("PHONE", x.digits(4)).t("\n")
    return b.build(pt.fhir)


def us_ed_mvc(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(18, 70))
    b = NoteBuilder()
    b.t("EMERGENCY DEPARTMENT PROVIDER NOTE\nArrival: ").p("DATE", f"{fd(when, 'iso')}T{hhmm(x)}").t(" by ALS ambulance (run #")
    b.p("ID", f"{when.year % 100}-{x.digits(6)}").t(")\n")
    b.t("Patient: ").p("NAME", pt.full).t(f", {pt.age} y.o., restrained driver in a front-impact MVC at about 45 mph, + airbag deployment.\n")
    off = staff_us(x)
    plate = x.choice([f"{x.num(1, 9)}{x.upper(3)}{x.digits(3)}", f"{x.upper(3)}-{x.digits(4)}", f"{x.upper(3)} {x.digits(3)}"])
    b.t("Officer ").p("NAME", off[1]).t(" (badge ").p("ID", x.digits(4)).t(") at bedside; vehicle plate ").p("ID", plate).t(" towed from scene.\n")
    b.t("Primary survey intact, GCS ").c("15").t(". E-FAST negative. Seatbelt sign across lower abdomen.\n")
    b.t("Vitals: BP ").c("128/80").t(", HR ").c("110").t(", RR ").c("20").t(", SpO2 ").c("98%").t(". Lactate ").c("2.4 mmol/L").t(", Hgb ").c("13.1 g/dL").t(", EtOH ").c("<10 mg/dL").t(".\n")
    b.t("CT C-spine: negative (NEXUS not met given distracting injury). CT A/P: small mesenteric hematoma, no free air.\n")
    b.t("Given ").c("fentanyl 50 mcg IV").t(" x2, ").c("ondansetron 4 mg IV").t(", Tdap. Surgery consulted (Dr. ")
    srg = staff_us(x)
    b.p("NAME", srg[1]).t("), admit to trauma for serial abdominal exams.\n")
    mom = (x.female(), "")
    b.t("Emergency contact: mother ").p("NAME", f"{mom[0]} {pt.family}").t(", ").p("PHONE", us_phone(x, pt.area)).t("\n")
    doc = staff_us(x)
    b.p("NAME", f"{doc[0]} {doc[1]}").t(", MD, FACEP\n")
    return b.build(pt.fhir)


def us_phone_encounter(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(40, 84))
    b = NoteBuilder()
    b.t("TELEPHONE ENCOUNTER\n").t(wd(when, True) + " ").p("DATE", fd(when, "us_np")).t(f" {x.num(8, 16)}:{x.num(10, 59)}\n")
    b.t("Caller: patient, ").p("NAME", pt.full).t(". Identity verified with DOB ").p("DATE", fd(pt.dob, "us_np"))
    b.t(" and last 4 of SSN ").p("SSN", x.digits(4)).t(".\nBest callback: ").p("PHONE", us_phone(x, pt.area)).t(" (OK to leave VM)\n")
    b.t("Reason: needs refill of ").c("lisinopril 20 mg").t(" daily, ").c("90-day").t(" supply. Home BP log: ").c("138/84").t(", ").c("142/88").t(", ").c("131/80").t(".\n")
    b.t("Also reports dry cough for ").c("3 weeks").t(", no fever, no dyspnea.\n")
    doc = staff_us(x)
    b.t("Routed to Dr ").p("NAME", doc[1]).t(". Per Dr ").p("NAME", doc[1]).t(": switch to ").c("losartan 50 mg").t(" daily, BMP in ").c("2 weeks").t(", nurse visit for BP.\n")
    b.t("Patient informed, verbalized understanding; lab slip mailed to home address on file.\n")
    lpn = staff_us(x)
    b.p("NAME", x.initials()).t(" / ").p("NAME", f"{lpn[0]} {lpn[1]}").t(", LPN\n")
    return b.build(pt.fhir)


def us_ct_report(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(19, 80))
    b = NoteBuilder()
    b.t("EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST\nPatient: ").p("NAME", f"{pt.family.upper()}^{pt.given.upper()}")
    acc = f"CT{x.digits(8)}"
    b.t("   MRN: ").p("ID", pt.mrn).t("   Acc#: ").p("ID", acc).t("   DOB: ").p("DATE", fd(pt.dob, "compact")).t("\n")
    b.t("Exam date: ").p("DATE", fd(when, "iso")).t(f" {hhmm(x)}   Scanner: CT3 (").p("IP", ip(x)).t(")\n")
    pa = staff_us(x)
    b.t("Ordering: ").p("NAME", f"{pa[0]} {pa[1]}").t(", PA-C\n")
    b.t("HISTORY: RLQ pain since yesterday, WBC ").c("15.1 K/uL").t(", Alvarado score ").c("7").t(".\n")
    b.t("TECHNIQUE: axial images after ").c("100 mL Omnipaque 350").t(" IV; DLP ").c("612 mGy-cm").t(".\n")
    b.t("FINDINGS: Appendix dilated to ").c("11 mm").t(" with periappendiceal fat stranding and an appendicolith. No abscess, no free air. ")
    b.t("Liver, spleen, pancreas unremarkable. Incidental ").c("1.2 cm").t(" Bosniak I cyst, left kidney.\n")
    b.t("IMPRESSION: Acute uncomplicated appendicitis.\n")
    b.t("Critical result called to ").p("NAME", f"{pa[0]} {pa[1]}").t(", PA-C, on ").p("DATE", fd(when, "us")).t(" with read-back.\n")
    b.t("Images: ").p("URL", f"https://pacs.{x.choice(['lourdes', 'mercyhealth', 'riverside', 'stvincents'])}.org/viewer/?accession={acc}").t("\n")
    rad = staff_us(x)
    b.t("Electronically signed: ").p("NAME", f"{rad[0]} {rad[1]}").t(", MD\n")
    return b.build(pt.fhir)


def us_path_report(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(38, 82), sex="female")
    b = NoteBuilder()
    b.t("SURGICAL PATHOLOGY REPORT   Accession: ").p("ID", f"S{when.year % 100}-{x.num(1000, 39999)}").t("\n")
    b.t("Name: ").p("NAME", f"{pt.family}, {pt.given}").t("   MRN: ").p("ID", pt.mrn).t("   Sex: F   DOB: ")
    b.p("DATE", fd(pt.dob, "us")).t(f" (Age: {pt.age})\n")
    b.t("Collected: ").p("DATE", fd(when, "abbr_dot")).t("   Received: ").p("DATE", fd(when + timedelta(days=1), "abbr_dot")).t("\n")
    sub = staff_us(x)
    b.t("Submitting physician: ").p("NAME", f"{sub[0]} {sub[1]}").t(", MD\n")
    b.t("SPECIMEN: A. Right breast, 10 o'clock, ").c("4 cm").t(" FN, US-guided core biopsy (").c("14 G").t(" x ").c("4 cores").t(")\n")
    b.t("DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade ").c("2").t(" (").c("3+2+1=6").t("); DCIS, intermediate grade, present.\n")
    b.t("Biomarkers: ER ").c("95%").t(" strong, PR ").c("40%").t(", HER2 IHC ").c("1+").t(" (negative), Ki-67 ").c("18%").t(".\n")
    b.t("Block A1 sent for Oncotype DX, requisition ").p("ID", f"OR{x.digits(7)}").t(". Cold ischemia time ").c("< 1 h").t(".\n")
    if x.chance(0.5):
        b.t("Billing: SSN on requisition ").p("SSN", ssn(x)).t("\n")
    pth = staff_us(x)
    b.t("Diagnosis by ").p("NAME", f"{pth[0]} {pth[1]}").t(", MD, Pathologist\n")
    return b.build(pt.fhir)


def us_case_management(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, old_or_not(x, 0.6, 70, 89))
    b = NoteBuilder()
    b.t("CASE MANAGEMENT - DISCHARGE PLANNING  ").p("DATE", fd(when, "us_np")).t("\n")
    b.t("Pt: ").p("NAME", pt.full).t(", ")
    age_phrase(b, pt.age, "yo, MRN ")
    b.p("ID", pt.mrn).t(". Payer: Humana Medicare Advantage, member ID ").p("ID", f"H{x.digits(8)}").t(", SSN on face sheet ")
    b.p("SSN", ssn(x)).t(".\n")
    dil = (x.female(), "")
    b.t("Met with patient and daughter-in-law ").p("NAME", f"{dil[0]} {pt.family}").t(" at bedside. Lives alone at ")
    address(b, pt)
    b.t(", 3 steps to enter, tub shower.\n")
    b.t("PT recommends SNF (AM-PAC 6-Clicks ").c("14/24").t(", gait ").c("40 ft").t(" with RW). Referrals sent to 4 facilities; Brookdale accepted.\n")
    adm = staff_us(x)
    b.t("Admissions liaison: ").p("NAME", f"{adm[0]} {adm[1]}").t(", ").p("PHONE", us_phone(x, pt.area)).t(", fax ").p("PHONE", us_phone(x, pt.area, 1)).t(".\n")
    b.t("Qualifying inpatient stay ").p("DATE", fd(when - timedelta(days=4), "us_md")).t(" - ").p("DATE", fd(when, "us_md")).t(" met. Auth pending.\n")
    cm = staff_us(x)
    b.p("NAME", f"{cm[0]} {cm[1]}").t(", RN, CCM | ").p("EMAIL", email_for(x, cm[0], cm[1], ["mercy.net", "ohiohealth.com", "baystatehealth.org", "novanthealth.org"])).t("\n")
    return b.build(pt.fhir)


def us_ot_eval(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(55, 85), sex="female")
    b = NoteBuilder()
    b.t("OCCUPATIONAL THERAPY INITIAL EVALUATION   ").p("DATE", fd(when, "us_short")).t("\n")
    b.t("Patient: ").p("NAME", pt.full).t("   MRN ").p("ID", pt.mrn).t("\nDx: L MCA ischemic stroke (onset ").p("DATE", fd(when - timedelta(days=3), "us_short")).t("), s/p tenecteplase.\n")
    hus = x.f["en_US"].first_name_male()
    b.t("PLOF: independent with ADLs and driving; lives with husband ").p("NAME", hus).t(" in a 2-story home in ").p("ADDRESS", pt.city).t(".\n")
    b.t("Findings: R hemiparesis, grip R ").c("8 kg").t(" / L ").c("24 kg").t(" (Jamar), Box and Block R ").c("12").t(". MoCA ").c("21/30").t(", Barthel ").c("45/100").t(".\n")
    b.t("ADLs: min A upper body dressing, mod A LB dressing and toileting. Sitting balance fair+.\n")
    b.t("Plan: OT ").c("5x/week").t(", ").c("30-45 min").t("; recommend acute inpatient rehabilitation. Goals in ").c("2 weeks").t(".\n")
    ot = staff_us(x)
    b.p("NAME", f"{ot[0]} {ot[1]}").t(", OTR/L   ext. ").p("PHONE", x.digits(4)).t("\n")
    return b.build(pt.fhir)


def us_preanesthesia(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(35, 78), sex="female")
    b = NoteBuilder()
    surg = staff_us(x)
    b.t("PRE-ANESTHESIA EVALUATION\nPatient: ").p("NAME", pt.full).t("   DOB ").p("DATE", fd(pt.dob, "us_dash")).t("   MRN ").p("ID", pt.mrn).t("\n")
    b.t("Procedure: laparoscopic cholecystectomy, scheduled ").p("DATE", fd(when + timedelta(days=x.num(3, 14)), "long_us")).t(". Surgeon: Dr. ").p("NAME", surg[1]).t("\n")
    b.t("ASA ").c("III").t(". Airway: Mallampati ").c("II").t(", TMD > ").c("3 FB").t(", mouth opening ").c("4 cm").t(", full dentition.\n")
    b.t("OSA on CPAP ").c("10 cm H2O").t(", STOP-BANG ").c("5").t(". BMI ").c("41.2").t(".\n")
    b.t("Meds: ").c("metformin 1000 mg BID").t(" (hold AM of surgery); ").c("semaglutide 1 mg").t(" weekly, held ").c("7 days").t(" (last dose ")
    b.p("DATE", fd(when - timedelta(days=2), "us_md")).t(").\n")
    b.t("Labs: HbA1c ").c("7.4%").t(", Hgb ").c("13.8 g/dL").t(", K ").c("4.2 mmol/L").t(". ECG: NSR, QTc ").c("438 ms").t(".\n")
    hus = x.f["en_US"].first_name_male()
    b.t("Husband ").p("NAME", hus).t(" to drive home; contact ").p("PHONE", us_phone(x, pt.area)).t(".\n")
    cr = staff_us(x)
    md = staff_us(x)
    b.p("NAME", f"{cr[0]} {cr[1]}").t(", CRNA / ").p("NAME", f"{md[0]} {md[1]}").t(", MD\n")
    return b.build(pt.fhir)


def us_wound_consult(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, old_or_not(x, 0.65, 74, 89))
    b = NoteBuilder()
    b.t("WOUND/OSTOMY NURSE CONSULT   ").p("DATE", fd(when, "us")).t("\n")
    b.p("NAME", pt.full).t(", ")
    age_phrase(b, pt.age, " y.o., MRN ")
    b.p("ID", pt.mrn).t(f", 4 South room {x.num(401, 440)}\n")
    rn = staff_us(x)
    b.t("Consulted by ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN for sacral wound found on admission skin check.\n")
    b.t("Assessment: stage 3 pressure injury, sacrum, ").c("4.2 x 3.1 x 0.6 cm").t(", ").c("30%").t(" yellow slough, moderate serous drainage, no tunneling. ")
    b.t("Braden ").c("12").t(". Albumin ").c("2.6 g/dL").t(".\n")
    b.t("Plan: cleanse with NS, Medihoney calcium alginate, bordered foam, change q48h and PRN; Dolphin mattress; turn q2h; dietitian for ").c("Juven").t(" BID.\n")
    b.t("Photos uploaded to ").p("URL", f"https://woundcare.{x.choice(['sentara', 'prismahealth', 'uchealth', 'hcmc'])}.org/images/{x.digits(7)}").t("\n")
    dtr = (x.female(), x.f["en_US"].last_name())
    b.t("Discussed with daughter ").p("NAME", f"{dtr[0]} {dtr[1]}").t(" (HCP), ").p("PHONE", us_phone(x, pt.area)).t(".\n")
    wn = staff_us(x)
    b.p("NAME", f"{wn[0]} {wn[1]}").t(", BSN, RN, CWOCN\n")
    return b.build(pt.fhir)


def us_dialysis(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(40, 86))
    b = NoteBuilder()
    b.t(f"HEMODIALYSIS TREATMENT RECORD - Chair {x.num(1, 24)}\nPatient: ").p("NAME", f"{pt.family}, {pt.given}").t("  MRN ").p("ID", pt.mrn)
    b.t(f"  Tx date: {wd(when, True)} ").p("DATE", fd(when, "us")).t("\n")
    b.t("Medicare/SSN on file: ").p("SSN", ssn(x)).t("\n")
    b.t("Machine: Fresenius 2008T, serial ").p("ID", f"{x.num(2, 9)}K{x.upper(1)}{x.digits(5)}").t(", station IP ").p("IP", ip(x)).t("\n")
    b.t("Access: L brachiocephalic AVF, ").c("15 G").t(" needles, bruit/thrill present.\n")
    b.t("Pre: wt ").c("82.4 kg").t(" (EDW ").c("80.0 kg").t("), BP ").c("162/88").t(", HR ").c("76").t(". Post: wt ").c("80.3 kg").t(", BP ").c("138/76").t(".\n")
    b.t("UF goal ").c("2.2 L").t("; Qb ").c("400 mL/min").t(", Qd ").c("600 mL/min").t(", ").c("3K/2.5Ca").t(" bath, ").c("4 h").t("; ").c("heparin 2000 units").t(" bolus.\n")
    b.t("Monthly labs: K ").c("5.6 mmol/L").t(", phos ").c("6.1 mg/dL").t(", Hgb ").c("10.4 g/dL").t(", spKt/V ").c("1.42").t(". ").c("Epogen 4000 units").t(" IV given.\n")
    b.t("Transport: Medicaid ride, driver callback ").p("PHONE", us_phone(x, pt.area)).t(". RN ").p("NAME", x.initials())
    pct = staff_us(x)
    b.t("; PCT ").p("NAME", f"{pct[0]} {pct[1]}").t("\n")
    return b.build(pt.fhir)


def us_portal_message(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(30, 79))
    b = NoteBuilder()
    em = email_for(x, pt.given, pt.family, ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "comcast.net"])
    b.t("PATIENT PORTAL MESSAGE - received ").p("DATE", fd(when, "iso")).t(f" {hhmm(x)} (notification to ").p("EMAIL", em)
    b.t(")\nLogin IP: ").p("IP", ip(x, private=False)).t("\nPatient: ").p("NAME", pt.full).t(" (MRN ").p("ID", pt.mrn).t(")\n")
    doc = staff_us(x)
    sp = x.first("en_US")
    b.t('"Hi Dr. ').p("NAME", doc[1]).t(", my blood pressure at home has been in the ").c("150s/90s").t(" since the ")
    b.c("amlodipine 5 mg").t(" was started. My ankles are a little puffy. ")
    b.p("NAME", sp).t(' wants to know if I can take ibuprofen for my back. Thanks, ').p("NAME", pt.given).t('"\n')
    rn = staff_us(x)
    b.t("Reply ").p("DATE", fd(when + timedelta(days=1), "us")).t(", ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN: Per Dr. ").p("NAME", doc[1])
    b.t(", increase to ").c("amlodipine 10 mg").t(" daily; avoid ibuprofen, use ").c("acetaminophen 500 mg").t(" up to ").c("6 tabs").t("/day. ")
    b.t("Ankle swelling handout: ").p("URL", f"https://patient.{x.choice(['ochsner', 'geisinger', 'essentiahealth', 'bswhealth'])}.org/ed/{x.digits(6)}?pt={x.digits(8)}").t("\n")
    return b.build(pt.fhir)


def us_rapid_response(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(48, 88))
    b = NoteBuilder()
    b.t("RAPID RESPONSE TEAM NOTE   ").p("DATE", fd(when, "us_np")).t(f" {x.num(0, 5):02d}:{x.num(0, 59):02d}\n")
    rn = staff_us(x)
    b.t("Called by ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN (ext ").p("PHONE", f"{x.num(4, 6)}-{x.digits(4)}").t(") for tachycardia and hypotension.\n")
    b.t("Pt ").p("NAME", pt.full).t(f", {pt.age}, POD ").c("1").t(" s/p R hemicolectomy. MEWS ").c("6").t(".\n")
    b.t("Found: HR ").c("132").t(" irregular, BP ").c("88/52").t(", RR ").c("28").t(", SpO2 ").c("89%").t(" on ").c("4 L").t(", T ").c("38.9 C").t(". Lactate ").c("4.2 mmol/L").t(".\n")
    b.t("Interventions: ").c("1 L LR").t(" bolus x2, blood cultures x2, ").c("piperacillin-tazobactam 4.5 g IV").t(", ECG: new AF with RVR; ")
    b.c("diltiazem 10 mg IV").t(" deferred given BP.\n")
    srg = staff_us(x)
    b.t("Transferred to SICU bed ").t(str(x.num(1, 20))).t(". Dr. ").p("NAME", srg[1]).t(" (surgery) at bedside.\n")
    son = (x.male(), "")
    b.t("Son ").p("NAME", f"{son[0]} {pt.family}").t(" notified at ").p("PHONE", us_phone(x, pt.area)).t(".\n")
    a, c = staff_us(x), staff_us(x)
    b.t("RRT: ").p("NAME", f"{a[0]} {a[1]}").t(", RN; ").p("NAME", f"{c[0]} {c[1]}").t(", RT; ").p("NAME", x.initials()).t(", MD\n")
    return b.build(pt.fhir)


def us_pft_report(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(50, 84))
    b = NoteBuilder()
    b.t("PULMONARY FUNCTION LABORATORY REPORT\nName: ").p("NAME", f"{pt.family}, {pt.given} {x.choice('ABCDEFGHJKLMNPRSTW')}.")
    b.t("  DOB: ").p("DATE", fd(pt.dob, "abbr_us")).t("  MRN: ").p("ID", pt.mrn).t("  Test date: ").p("DATE", fd(when, "abbr_dot")).t("\n")
    np_ = staff_us(x)
    b.t("Referring: ").p("NAME", f"{np_[0]} {np_[1]}").t(", NP    Technician: ").p("NAME", x.initials().lower()).t("\n")
    b.t("Height ").c("168 cm").t(", weight ").c("71 kg").t("; race-neutral GLI 2022 equations.\n")
    b.t("Spirometry: FEV1 ").c("1.42 L").t(" (").c("51%").t(" pred), FVC ").c("2.86 L").t(" (").c("78%").t("), FEV1/FVC ").c("0.50").t(". ")
    b.t("Post ").c("albuterol 360 mcg").t(": FEV1 +").c("6%").t(" / ").c("90 mL").t(".\n")
    b.t("Lung volumes: TLC ").c("112%").t(", RV ").c("168%").t(". DLCO ").c("11.2 mL/min/mmHg").t(" (").c("48%").t(").\n")
    b.t("Interpretation: severe obstruction without significant bronchodilator response, air trapping and moderately reduced diffusing capacity, consistent with COPD (GOLD ").c("3").t(").\n")
    b.t("Report available at ").p("URL", f"https://pft.{x.choice(['uvmhealth', 'marshfieldclinic', 'sanfordhealth'])}.org/reports/{x.digits(8)}.pdf").t("\n")
    md = staff_us(x)
    b.t("Interpreted by ").p("NAME", f"{md[0]} {md[1]}").t(", MD\n")
    return b.build(pt.fhir)


def us_family_meeting(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, old_or_not(x, 0.6, 78, 89))
    b = NoteBuilder()
    b.t(f"PALLIATIVE CARE - FAMILY MEETING NOTE   {wd(when)}, ").p("DATE", fd(when, "long_us")).t("\n")
    b.t("Patient: ").p("NAME", pt.full).t(" (")
    age_phrase(b, pt.age, " y.o.)  MRN ")
    b.p("ID", pt.mrn).t("\n")
    hcp, son, rn = (x.female(), x.f["en_US"].last_name()), x.male(), staff_us(x)
    doc = staff_us(x)
    b.t("Present: HCP (daughter) ").p("NAME", f"{hcp[0]} {hcp[1]}").t("; son ").p("NAME", f"{son} {pt.family}").t(" by phone (")
    b.p("PHONE", us_phone(x, pt.area)).t("); chaplain; bedside RN ").p("NAME", f"{rn[0]} {rn[1]}").t("; Dr. ").p("NAME", doc[1]).t(".\n")
    b.t("Background: MOLST signed ").p("DATE", fd(when - timedelta(days=x.num(200, 900)), "us")).t(" (DNR, selective treatment). Admitted with aspiration pneumonia; PPS ")
    b.c("30%").t(", intake < ").c("25%").t(" of meals.\n")
    b.t("Discussion: family reports ").p("NAME", pt.given).t(' "always said no machines." Consensus for comfort-focused care.\n')
    b.t("Plan: DNR/DNI; ").c("morphine 2 mg IV q2h PRN").t(" dyspnea; ").c("glycopyrrolate 0.2 mg").t(" q4h PRN secretions; hospice referral.\n")
    b.t("Summary to be e-mailed to ").p("EMAIL", email_for(x, hcp[0], hcp[1], ["gmail.com", "yahoo.com", "verizon.net", "att.net"])).t(".\n")
    b.t("Time: ").c("75 minutes").t(", > ").c("50%").t(" counselling.\n")
    return b.build(pt.fhir)


def us_transfusion(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(30, 88))
    b = NoteBuilder()
    b.t("TRANSFUSION ADMINISTRATION RECORD\nRecipient: ").p("NAME", f"{pt.family.upper()}, {pt.given.upper()}").t("  MRN ").p("ID", pt.mrn).t("  ABO/Rh: O POS\n")
    b.t("Type & screen specimen ").p("ID", f"BB{x.digits(7)}").t(" drawn ").p("DATE", fd(when, "mil")).t(f" {x.num(0, 23):02d}{x.num(0, 59):02d}; antibody screen negative.\n")
    b.t("Product: RBC, leukoreduced, irradiated; unit ").p("ID", f"W{x.digits(4)} {when.year % 100} {x.digits(6)}").t(", exp ").p("DATE", fd(when + timedelta(days=x.num(10, 30)), "mil")).t("\n")
    b.t("Pre: Hgb ").c("6.8 g/dL").t(", T ").c("36.9").t(", BP ").c("112/64").t(", HR ").c("98").t(". ").c("Furosemide 20 mg IV").t(" between units per order.\n")
    a, c = staff_us(x), staff_us(x)
    b.t("Two-person check: ").p("NAME", f"{a[0]} {a[1]}").t(", RN / ").p("NAME", f"{c[0]} {c[1]}").t(", RN. Start 13:05, end 15:10, volume ").c("310 mL").t(".\n")
    b.t("No reaction. 15-min vitals: T ").c("37.0").t(", BP ").c("118/66").t(". Post Hgb ").c("7.9 g/dL").t(".\n")
    return b.build(pt.fhir)


def us_transfer_accept(x: R) -> Note:
    when = x.day()
    pt = P(x, "US", when, x.num(45, 85))
    b = NoteBuilder()
    b.t("TRANSFER CENTER - ACCEPTANCE NOTE\nTransfer ref ").p("ID", f"TC{when.year}-{x.digits(5)}").t("; call received ").p("DATE", fd(when, "us")).t(f" {hhmm(x)} on ")
    b.p("PHONE", f"1-800-{x.num(200, 999)}-{x.digits(4)}").t("\n")
    sdoc = staff_us(x)
    b.t("Sending: Mercy Regional Medical Center, Dr. ").p("NAME", f"{sdoc[0]} {sdoc[1]}").t(", callback ").p("PHONE", us_phone(x, pt.area)).t("\n")
    b.t("Patient: ").p("NAME", pt.full).t(", DOB ").p("DATE", fd(pt.dob, "us_np")).t(", SSN ").p("SSN", ssn(x).replace("-", "")).t("; outside MRN ").p("ID", f"MR{x.digits(6)}").t("; our MRN ").p("ID", pt.mrn).t("\n")
    b.t("Dx: NSTEMI, hs-troponin ").c("2310 ng/L").t(", ECG ").c("2 mm").t(" ST depression V4-V6, TIMI ").c("4").t(". On ")
    b.c("heparin 12 units/kg/h").t(", ").c("aspirin 324 mg").t(" given, ").c("nitroglycerin 0.4 mg").t(" SL x2.\n")
    acc = staff_us(x)
    b.t("Accepted by Dr. ").p("NAME", acc[1]).t(", Cardiology. Bed: CCU ").t(str(x.num(1, 12))).t(". Transport: critical-care ground, ETA ").c("90 min").t(".\n")
    rn = staff_us(x)
    b.t("Transfer RN: ").p("NAME", f"{rn[0]} {rn[1]}").t("\n")
    return b.build(pt.fhir)


# =========================================================================== UK / Commonwealth
def staff_uk(x: R) -> tuple[str, str]:
    return x.name("en_GB", UK_EXTRA, p=0.2)


def uk_amu_clerking(x: R) -> Note:
    when = x.day()
    pt = P(x, "UK", when, old_or_not(x, 0.5, 70, 89))
    b = NoteBuilder()
    doc = staff_uk(x)
    b.t("ACUTE MEDICAL UNIT - ADMISSION CLERKING\nName: ").p("NAME", pt.full).t("   Hosp no: ").p("ID", pt.mrn).t("   NHS no: ").p("ID", pt.nhs)
    b.t("\nDOB: ").p("DATE", fd(pt.dob, "uk")).t(" (")
    age_phrase(b, pt.age, ")\n")
    b.t("Seen: ").p("DATE", fd(when, "uk")).t(f" {hhmm(x)}   Clerked by Dr ").p("NAME", doc[1]).t(" (FY2), bleep ").p("PHONE", x.digits(4)).t("\n")
    dtr = x.f["en_GB"].first_name_female()
    b.t("PC: new confusion and off legs ").c("2/7").t(".\nHPC: daughter ").p("NAME", dtr).t(" reports foul-smelling urine and poor oral intake; usually mobile with a frame.\n")
    b.t("PMH: T2DM, CKD 3b, AF on ").c("apixaban 2.5 mg BD").t(". Clinical Frailty Scale ").c("6").t(".\n")
    b.t("O/E: NEWS2 ").c("5").t(". T ").c("38.1").t(", HR ").c("104").t(", BP ").c("106/62").t(", RR ").c("22").t(", SpO2 ").c("94%").t(" RA. 4AT ").c("6").t(".\n")
    b.t("Bloods: Hb ").c("112 g/L").t(", WCC ").c("15.8").t(", CRP ").c("186").t(", Na ").c("131").t(", urea ").c("11.2").t(", creat ").c("148 umol/L").t(".\n")
    b.t("Imp: urosepsis with delirium. Plan: Sepsis Six, ").c("co-amoxiclav 1.2 g IV TDS").t(", IV fluids, bladder scan, TEP discussed.\n")
    b.t("NOK: ").p("NAME", f"{dtr} {x.f['en_GB'].last_name()}").t(" (daughter) ").p("PHONE", uk_mobile(x)).t(", ")
    b.p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city).t(" ").p("ZIP", pt.postal).t("\n")
    gp = staff_uk(x)
    b.t("GP: Dr ").p("NAME", f"{gp[0][0]}. {gp[1]}").t(", Riverside Surgery\n")
    return b.build(pt.fhir)


def uk_ward_round(x: R) -> Note:
    when = x.day()
    pt = P(x, "UK", when, x.num(45, 88))
    b = NoteBuilder()
    con = staff_uk(x)
    b.t("POST-TAKE WARD ROUND  ").p("DATE", fd(when, "uk_short")).t("\nConsultant: Dr ").p("NAME", con[1]).t(" (").p("NAME", f"{con[0][0]}{con[1][0]}").t(f")   Ward {x.num(10, 40)}, bed {x.num(1, 28)}\n")
    b.p("NAME", pt.full).t(f", {pt.age}, Hosp No ").p("ID", pt.mrn).t("\n")
    b.t("Community-acquired pneumonia, CURB-65 ").c("3").t(". Sats ").c("93%").t(" on ").c("2L").t(", RR ").c("24").t(", lactate ").c("2.1").t(".\n")
    b.t("Plan:\n - ").c("amoxicillin 1 g IV TDS").t(" + ").c("clarithromycin 500 mg BD").t(", total ").c("5/7").t("\n")
    b.t(" - repeat CXR ").c("6/52").t(" to confirm resolution\n - VTE: ").c("dalteparin 5000 units OD").t("\n")
    sp = x.female("en_GB")
    b.t(" - update wife ").p("NAME", sp).t(" on ").p("PHONE", uk_landline(x, pt.area)).t("\n - TTO ").c("7/7").t(" if improving, home ")
    b.p("DATE", fd(when + timedelta(days=2), "dm_long")).t("\n")
    fy = staff_uk(x)
    b.t("Written by ").p("NAME", f"{fy[0]} {fy[1]}").t(" FY1, GMC ").p("ID", f"{x.num(7, 7)}{x.digits(6)}").t("\n")
    return b.build(pt.fhir)


def uk_discharge_letter(x: R) -> Note:
    adm = x.day()
    dis = adm + timedelta(days=x.num(4, 9))
    pt = P(x, "UK", adm, x.num(48, 86))
    b = NoteBuilder()
    gp = staff_uk(x)
    area = {t: a for t, a, _ in UK_TOWNS}[pt.city]
    b.t("Dr ").p("NAME", f"{gp[0]} {gp[1]}").t("\nThe Meadows Medical Practice\n").p("ADDRESS", f"{x.num(1, 90)} {x.choice(UK_STREETS)} {x.choice(UK_SUFFIX)}").t("\n")
    b.p("ADDRESS", pt.city).t("\n").p("ZIP", uk_postcode(x, area)).t("\n\nDear Dr ").p("NAME", gp[1]).t(",\n")
    b.t("Re: ").p("NAME", pt.full).t(", DOB ").p("DATE", fd(pt.dob, "abbr_uk")).t(", NHS ").p("ID", pt.nhs).t(", ").p("ADDRESS", pt.line).t(", ")
    b.p("ADDRESS", pt.city).t(" ").p("ZIP", pt.postal).t("\n")
    b.t("Admitted ").p("DATE", fd(adm, "ord_uk")).t(", discharged ").p("DATE", fd(dis, "ord_uk")).t(" from Ward 7 (Cardiology).\n")
    b.t("Diagnosis: NSTEMI. Peak hs-TnT ").c("842 ng/L").t(". Angiogram ").p("DATE", fd(adm + timedelta(days=1), "dm")).t(": PCI to proximal LAD with 1 x Onyx Frontier DES.\n")
    b.t("Medication on discharge: ").c("aspirin 75 mg OD").t(" (lifelong), ").c("ticagrelor 90 mg BD").t(" for ").c("12 months").t(", ").c("bisoprolol 2.5 mg OD").t(", ")
    b.c("ramipril 2.5 mg OD").t(", ").c("atorvastatin 80 mg ON").t(", ").c("GTN spray 400 micrograms").t(" PRN.\n")
    b.t("GP actions: U&E in ").c("1/52").t(" after ramipril start; uptitrate ramipril. Cardiac rehab will contact on ").p("PHONE", uk_mobile(x)).t(".\n")
    b.t("Echo: LVEF ").c("45%").t(", anterior hypokinesia.\n")
    reg = staff_uk(x)
    b.t("Yours sincerely,\nDr ").p("NAME", f"{reg[0]} {reg[1]}").t(", Cardiology Registrar\ncc: patient\n")
    return b.build(pt.fhir)


def uk_ot_home_visit(x: R) -> Note:
    when = x.day()
    pt = P(x, "UK", when, old_or_not(x, 0.65, 75, 89))
    b = NoteBuilder()
    b.t("OT PRE-DISCHARGE HOME VISIT REPORT\nClient: ").p("NAME", pt.full).t(" (")
    age_phrase(b, pt.age, "), Hosp No ")
    b.p("ID", pt.mrn).t("\nAddress: ").p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city).t(" ").p("ZIP", pt.postal).t("\n")
    son = (x.male("en_GB"), "")
    ot = staff_uk(x)
    b.t("Date of visit: ").p("DATE", fd(when, "ord_uk")).t(". Present: client, son ").p("NAME", f"{son[0]} {pt.family}").t(", OT ").p("NAME", f"{ot[0]} {ot[1]}")
    b.t(", OTA ").p("NAME", x.initials()).t(".\n")
    b.t("Findings: toilet height ").c("38 cm").t(", chair ").c("41 cm").t("; TUG ").c("18 s").t(". Managed stairs with one rail and supervision.\n")
    b.t("Recommendations: raised toilet seat (").c("4 inch").t("), perching stool, second stair rail, pendant alarm. Reablement package QDS for ").c("2/52").t(".\n")
    b.t("Key safe to be fitted by the council before discharge (planned ").p("DATE", fd(when + timedelta(days=3), "ord_of")).t(").\n")
    b.t("Son: mob ").p("PHONE", uk_mobile(x)).t(", e-mail ").p("EMAIL", email_for(x, son[0], pt.family, ["btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com"])).t("\n")
    return b.build(pt.fhir)


def uk_outreach_sbar(x: R) -> Note:
    when = x.day()
    pt = P(x, "UK", when, x.num(40, 88))
    b = NoteBuilder()
    b.t(f"SBAR - CRITICAL CARE OUTREACH REFERRAL  {wd(when, True)} ").p("DATE", fd(when, "dm")).t(f", {x.num(19, 23)}:{x.num(10, 59)}\n")
    b.t("S: ").p("NAME", pt.full).t(f", {pt.age}, bay {x.num(1, 6)} bed {x.num(1, 6)}, Ward {x.num(10, 30)}. NEWS2 ").c("7").t(".\n")
    b.t("B: day ").c("2").t(" post laparotomy for small-bowel obstruction; ").c("morphine PCA").t(".\n")
    b.t("A: RR ").c("26").t(", SpO2 ").c("91%").t(" on ").c("4L").t(", HR ").c("118").t(", BP ").c("98/58").t(", T ").c("38.6").t(". ABG pH ").c("7.31").t(", lactate ")
    b.c("3.4 mmol/L").t(". UO ").c("15 mL/h").t(" for ").c("3 h").t(".\n")
    sho = staff_uk(x)
    b.t("R: outreach review within ").c("30 min").t("; SHO Dr ").p("NAME", sho[1]).t(" (bleep ").p("PHONE", x.digits(4)).t(") aware, bloods and cultures sent.\n")
    nic = staff_uk(x)
    b.t("Nurse in charge: ").p("NAME", f"{nic[0]} {nic[1]}").t(", ext ").p("PHONE", x.digits(4)).t("\n")
    return b.build(pt.fhir)


def uk_ct_head(x: R) -> Note:
    when = x.day()
    pt = P(x, "UK", when, old_or_not(x, 0.55, 72, 89))
    b = NoteBuilder()
    b.t("RIS No: ").p("ID", f"RAD{x.digits(8)}").t("  Patient: ").p("NAME", f"{pt.family.upper()}, {pt.given}").t("  NHS No: ").p("ID", pt.nhs.replace(" ", ""))
    b.t("  DOB: ").p("DATE", fd(pt.dob, "uk_dot")).t("\n")
    ref = staff_uk(x)
    b.t("Referrer: Dr ").p("NAME", f"{ref[0]} {ref[1]}").t(" (ED)   Examination: CT head without contrast   Date: ").p("DATE", fd(when, "uk")).t(f" {hhmm(x)}\n")
    b.t("Clinical details: unwitnessed fall, on ").c("apixaban").t(", GCS ").c("14").t(", aged ")
    age_phrase(b, pt.age, ".\n")
    b.t("Findings: ").c("8 mm").t(" right frontoparietal acute subdural haematoma with ").c("3 mm").t(" leftward midline shift. No fracture. Established small-vessel change.\n")
    b.t("Conclusion: acute right SDH. Discussed with neurosurgical registrar Dr ").p("NAME", staff_uk(x)[1]).t(" via referral ").p("ID", f"RAP-{x.digits(7)}").t(".\n")
    rad = staff_uk(x)
    b.t("Reported by: Dr ").p("NAME", f"{rad[0]} {rad[1]}").t(", Consultant Radiologist, GMC ").p("ID", x.digits(7)).t(", workstation ").p("IP", ip(x)).t("\n")
    return b.build(pt.fhir)


def scot_memory_clinic(x: R) -> Note:
    when = x.day()
    pt = P(x, "SCOT", when, x.num(66, 88), sex="female")
    b = NoteBuilder()
    gp = x.name("en_GB", SCOT_EXTRA)
    b.t("Memory Assessment Service - Old Age Psychiatry\nCHI: ").p("ID", pt.nhs).t("\n\nDear Dr ").p("NAME", gp[1]).t(",\n")
    b.t("Re: ").p("NAME", pt.full).t(", ").p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city).t(", ").p("ZIP", pt.postal).t("\n")
    hus = x.f["en_GB"].first_name_male()
    b.t("I saw Mrs ").p("NAME", pt.family).t(f" on {wd(when)} ").p("DATE", fd(when, "long_uk")).t(" with her husband ").p("NAME", hus).t(".\n")
    b.t("ACE-III ").c("71/100").t(" (attention ").c("14/18").t(", memory ").c("15/26").t(", fluency ").c("8/14").t(", language ").c("22/26").t(", visuospatial ").c("12/16").t(").\n")
    b.t("CT head ").p("DATE", fd(when - timedelta(days=x.num(20, 60)), "uk_short")).t(": generalised atrophy, Fazekas ").c("2").t(" white-matter change.\n")
    b.t("Diagnosis: mild dementia, mixed Alzheimer's and vascular. Start ").c("donepezil 5 mg nocte").t(", increase to ").c("10 mg").t(" after ").c("4 weeks").t(" if tolerated. ")
    b.t("Power of attorney discussed. Review ").c("3/12").t(".\n")
    cpn = x.name("en_GB", SCOT_EXTRA)
    b.t("CPN ").p("NAME", f"{cpn[0]} {cpn[1]}").t(", tel ").p("PHONE", uk_landline(x, pt.area)).t(", ").p("EMAIL", f"{cpn[0].lower()}.{cpn[1].lower().replace(' ', '')}@nhs.scot").t("\n")
    return b.build(pt.fhir)


def on_ed_headache(x: R) -> Note:
    when = x.day()
    pt = P(x, "ON", when, x.num(22, 68))
    b = NoteBuilder()
    b.t("EMERGENCY DEPARTMENT RECORD\nName: ").p("NAME", pt.full).t("   OHIP: ").p("ID", pt.nhs).t("   Chart #: ").p("ID", pt.mrn).t("\n")
    b.t("DOB: ").p("DATE", fd(pt.dob, "long_us")).t("   Address: ")
    address(b, pt)
    b.t("   Tel: ").p("PHONE", pt.phone).t("\n")
    b.t("Triage ").p("DATE", fd(when, "ymd_slash")).t(f" {hhmm(x)}, CTAS ").c("2").t(".\n")
    b.t("HPI: sudden severe occipital headache peaking within ").c("1 minute").t(" while lifting, ").c("3 h").t(" ago. Ottawa SAH Rule positive.\n")
    b.t("Vitals: BP ").c("168/94").t(", HR ").c("88").t(", T ").c("36.7").t(". GCS ").c("15").t(", no meningismus.\n")
    b.t("CT head at ").c("4 h").t(" from onset: no SAH. CTA: no aneurysm. Given ").c("ketorolac 15 mg IV").t(", ").c("metoclopramide 10 mg IV").t(".\n")
    fam = x.name("en_CA", CA_NAMES)
    b.t("Family physician: Dr. ").p("NAME", f"{fam[0]} {fam[1]}").t(", fax ").p("PHONE", us_phone(x, pt.area, 1)).t("\n")
    ed = x.name("en_CA", CA_NAMES)
    b.p("NAME", f"{ed[0]} {ed[1]}").t(", MD CCFP(EM)\n")
    return b.build(pt.fhir)


def on_home_care_referral(x: R) -> Note:
    when = x.day()
    pt = P(x, "ON", when, old_or_not(x, 0.6, 74, 89))
    b = NoteBuilder()
    b.t("HOME AND COMMUNITY CARE REFERRAL   Referral #").p("ID", f"HCC-{x.digits(7)}").t("\n")
    b.t("Client: ").p("NAME", f"{pt.family}, {pt.given}").t("   DOB ").p("DATE", fd(pt.dob, "iso")).t("   Age ")
    age_phrase(b, pt.age, "   Health card: ")
    b.p("ID", pt.nhs).t("\nAddress: ")
    address(b, pt)
    b.t("; phone ").p("PHONE", pt.phone).t("\n")
    sdm = x.name("en_CA", CA_NAMES)
    b.t("SDM: niece ").p("NAME", f"{sdm[0]} {sdm[1]}").t(", ").p("PHONE", us_phone(x, pt.area, 0)).t(", ").p("EMAIL", email_for(x, sdm[0], sdm[1], ["rogers.com", "sympatico.ca", "gmail.com", "bell.net"])).t("\n")
    b.t("Hospital discharge: ").p("DATE", fd(when, "abbr_us")).t(". Diagnosis: L BKA wound dehiscence.\n")
    b.t("Needs: NPWT (VAC) at ").c("125 mmHg").t(" continuous, dressing change 3x/week; PSW bathing 2x/week. CHESS ").c("2").t(", MAPLe high.\n")
    b.t("Meds: ").c("hydromorphone 1 mg PO q4h PRN").t(", ").c("cephalexin 500 mg QID").t(" x ").c("10 days").t(".\n")
    cc = x.name("en_CA", CA_NAMES)
    b.t("Care coordinator: ").p("NAME", f"{cc[0]} {cc[1]}").t(", RN\n")
    return b.build(pt.fhir)


def vic_hith_admission(x: R) -> Note:
    when = x.day()
    pt = P(x, "VIC", when, x.num(35, 86))
    b = NoteBuilder()
    b.t("HOSPITAL IN THE HOME - ADMISSION\nUR ").p("ID", pt.mrn).t("   Medicare ").p("ID", pt.nhs).t(f" (IRN {x.num(1, 5)})\n")
    b.t("Name: ").p("NAME", pt.full).t("   DOB ").p("DATE", fd(pt.dob, "uk")).t("\nAddress: ").p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city)
    b.t(" VIC ").p("ZIP", pt.postal).t("   Mob ").p("PHONE", pt.phone).t("\n")
    b.t("Dx: cellulitis L lower leg. ").c("Cefazolin 2 g IV TDS").t(" via PICC inserted ").p("DATE", fd(when - timedelta(days=1), "uk_np")).t(", tip confirmed on CXR.\n")
    b.t("Obs: T ").c("37.4").t(", HR ").c("84").t(", BP ").c("132/78").t(", RR ").c("16").t(". CRP ").c("96").t(" -> ").c("41 mg/L").t("; eGFR ").c("72").t(".\n")
    b.t("Planned LOS ").c("5 days").t("; review in HITH clinic ").p("DATE", fd(when + timedelta(days=3), "dm")).t(".\n")
    carer = x.first("en_AU")
    b.t("Carer: partner ").p("NAME", carer).t(", ").p("PHONE", f"04{x.digits(2)} {x.digits(3)} {x.digits(3)}").t("\n")
    rn = x.name("en_AU", AU_NAMES)
    b.t("HITH nurse ").p("NAME", f"{rn[0]} {rn[1]}").t(", contact ").p("PHONE", f"(03) {x.num(8, 9)}{x.digits(3)} {x.digits(4)}").t("\n")
    return b.build(pt.fhir)


def nz_discharge_summary(x: R) -> Note:
    adm = x.day()
    dis = adm + timedelta(days=x.num(2, 6))
    pt = P(x, "NZ", adm, x.num(19, 60))
    b = NoteBuilder()
    b.t("DISCHARGE SUMMARY - General Medicine\nNHI: ").p("ID", pt.mrn).t("   Name: ").p("NAME", pt.full).t("   DOB: ").p("DATE", fd(pt.dob, "uk_dot")).t("\n")
    b.t("Address: ").p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city).t(f", {pt.state} ").p("ZIP", pt.postal).t("\n")
    b.t("Admission ").p("DATE", fd(adm, "uk")).t(" - discharge ").p("DATE", fd(dis, "uk")).t("\n")
    b.t("Diagnosis: diabetic ketoacidosis (pH ").c("7.12").t(", bicarb ").c("8 mmol/L").t(", ketones ").c("5.8 mmol/L").t(") precipitated by missed insulin.\n")
    b.t("Treated with fixed-rate insulin ").c("0.1 units/kg/h").t(". HbA1c ").c("112 mmol/mol").t(".\n")
    b.t("Discharge insulin: ").c("Lantus 24 units").t(" nocte, ").c("NovoRapid 6-8 units").t(" with meals.\n")
    dns = x.name("en_NZ", NZ_EXTRA)
    b.t("Follow-up: diabetes nurse specialist ").p("NAME", f"{dns[0]} {dns[1]}").t(", ").p("PHONE", f"09 {x.digits(3)} {x.digits(4)}").t(", ")
    b.p("EMAIL", email_for(x, dns[0], dns[1], ["cmdhb.org.nz", "adhb.govt.nz", "tewhatuora.govt.nz"])).t("\n")
    gp = x.name("en_NZ", NZ_EXTRA)
    b.t("GP: Dr ").p("NAME", gp[1]).t(", Otara Family Health. Whanau support: sister ").p("NAME", x.female("en_NZ")).t(".\n")
    return b.build(pt.fhir)


def ie_day_hospital(x: R) -> Note:
    when = x.day()
    pt = P(x, "IE", when, old_or_not(x, 0.6, 76, 89))
    b = NoteBuilder()
    b.t("DAY HOSPITAL FOR OLDER PERSONS - ASSESSMENT  ").p("DATE", fd(when, "uk_dash")).t("\n")
    b.p("NAME", pt.full).t(", ")
    age_phrase(b, pt.age, ", MRN ")
    b.p("ID", pt.mrn).t(", PPSN ").p("ID", pt.nhs).t("\n")
    b.t("Address: ").p("ADDRESS", pt.line).t(", ").p("ADDRESS", pt.city).t(f", {pt.state}, ").p("ZIP", pt.postal).t("\n")
    gp = x.name("en_IE", IE_EXTRA)
    b.t("Referred by GP Dr ").p("NAME", gp[1]).t(" (fax ").p("PHONE", f"0{pt.area.lstrip('0')} {x.digits(3)} {x.digits(4)}" if pt.area != "01" else f"(01) {x.digits(3)} {x.digits(4)}").t(")\n")
    son = x.f["en_IE"].first_name_male()
    b.t("NOK: son ").p("NAME", son).t(", ").p("PHONE", f"08{x.choice('3567')} {x.digits(3)} {x.digits(4)}").t("\n")
    b.t("Three falls since ").p("DATE", fd(when - timedelta(days=x.num(40, 90)), "dm_long")).t(". Clinical Frailty Scale ").c("6").t(", TUG ").c("24 s").t(".\n")
    b.t("Lying BP ").c("142/80").t(", standing ").c("118/70").t(" at ").c("3 min").t(". ECG: sinus, PR ").c("210 ms").t(".\n")
    b.t("Plan: stop ").c("doxazosin 4 mg").t("; ").c("vitamin D3 800 IU").t(" daily; DXA scan; physio strength and balance ").c("6 weeks").t(".\n")
    cnm = x.name("en_IE", IE_EXTRA)
    b.t("CNM ").p("NAME", f"{cnm[0]} {cnm[1]}").t("\n")
    return b.build(pt.fhir)


TEMPLATES: list[Callable[[R], Note]] = [
    us_admission_hp, us_progress_note, us_nursing_night, us_med_rec, us_discharge_summary,
    us_gi_consult, us_ed_mvc, us_phone_encounter, us_ct_report, us_path_report,
    us_case_management, us_ot_eval, us_preanesthesia, us_wound_consult, us_dialysis,
    us_portal_message, us_rapid_response, us_pft_report, us_family_meeting, us_transfusion,
    us_transfer_accept, uk_amu_clerking, uk_ward_round, uk_discharge_letter, uk_ot_home_visit,
    uk_outreach_sbar, uk_ct_head, scot_memory_clinic, on_ed_headache, on_home_care_referral,
    vic_hith_admission, nz_discharge_summary, ie_day_hospital,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, cycling through ``TEMPLATES`` in order."""
    fakers = {loc: Faker(loc) for loc in ("en_US", "en_GB", "en_CA", "en_AU", "en_NZ", "en_IE")}
    return [TEMPLATES[i % len(TEMPLATES)](R(SEED + i, fakers)) for i in range(n)]
