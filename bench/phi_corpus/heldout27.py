"""HELD-OUT v27 PHI corpus: written independently, before any round-27 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the docstrings of heldout25 / heldout26 were read, to follow
their labelling conventions and to avoid their templates). Like v14-v26 it aims at the
MAINSTREAM of English-language hospital text with ordinary PHI density, with templates and
phrasing not used by v25 / v26, over the US, England, Scotland, Canada (Alberta, Nova Scotia),
Australia, New Zealand, Ireland, Nigeria and Hong Kong. Templates, cycled in order (see
``TEMPLATES``): hospitalist pneumonia admission H&Ps (CURB-65, patients often >= 90),
sickle-cell crisis progress notes (PCA), post-colectomy surgical SOAP notes, nephrology AKI
consults ("on 3/10 (yesterday)" creatinine trends), OPAT / home-infusion referrals ("last 4"
SSN), MRI lumbar-spine reports (PACS workstation IP), pre-TAVR echocardiogram reports,
microbiology critical-value calls (instrument host IP), admission nursing databases (Braden /
Morse, preferred name in quotes, emergency contacts), rapid-response notes, paediatric ED asthma
notes (PRAM), postpartum-haemorrhage notes ("Baby Girl" surname, newborn MRN), dietitian
malnutrition assessments, bedside swallow evaluations (IDDSI, nickname in quotes), UTI e-visits
(portal IP, e-mail, booking URL), after-hours nurse triage calls (identity check with SSN last
4), SNF placement notes (full SSN, MBI, fax), involuntary psychiatric holds (officer badge,
police case number), cardiac catheterisation reports (stent serial), death pronouncement notes
(OPO referral, ME case, decedent SSN), home sleep-apnoea test reports (device serial, upload IP,
masked SSN), research enrolment notes (subject ID, eConsent URL and IP), thyroid FNA
cytopathology (Bethesda, "Hurthle") and resident overnight sign-out lists over several patients
(US); AMU clerkings (NHS number, NEWS2, bleep), appendicectomy discharge letters (TTO "5/7"),
memory-clinic letters (ACE-III, LPA daughter, patients >= 90), adult safeguarding referrals
(crime reference, collar number, council e-mail), lower-case on-call respiratory physiotherapy
notes, rheumatology clinic letters (DAS28, typist initials "AK/jb", patient e-mail, portal URL),
haemolysed-specimen lab comments (LIMS IP, ICE URL), C. difficile infection-control alerts
(other patients in the bay, nhs.net e-mail) (England); renal clinic letters (CHI number)
(Scotland); chemotherapy day-unit nursing notes (Alberta PHN / ULI) and walk-in clinic notes
(Nova Scotia HCN, Acadian names, booking URL) (Canada); admission medication reconciliation by a
pharmacist (URN, Medicare, IHI, community pharmacy phone), colonoscopy histopathology reports
(lab number, provider number) and mental-health phone triage (Australia); midwife postnatal
visits (mother and baby NHI, newborn screening card) and ED triage with an ACC claim (New
Zealand); rapid-access chest-pain clinic notes (Eircode, medical card, PPSN) (Ireland); diabetes
/ hypertension clinic letters (hospital number, NHIA number, +234 phones) (Nigeria); and
geriatric discharge summaries (HKID, estate flat, "SURNAME Given" names) (Hong Kong).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ, en_IE and
en_IN plus curated Hispanic, Vietnamese, Irish, Acadian, Greek / Italian, Maori / Pacific,
Nigerian and Cantonese names, in many forms ("First Last", "First M. Last", "LAST, First",
"Last, First M", "F. Last", surname alone after a title, first name alone, lower-case typed
names, nicknames in quotes, hyphenated surnames, names with apostrophes, staff initials,
possessives, "SURNAME Given Name").

Conventions (same as heldout25): titles and credentials ("Dr", "Mrs", "Mr", "Prof", ", RN",
", MD", ", RD", ", FNP-C", ", RM") are outside NAME spans; "LAST, First" is one NAME span; a
nickname in quotes is its own NAME span (quotes outside); a possessive "'s" is outside; staff
initials are NAME. A street line (with its apartment / flat / unit / block part) and a city /
town / suburb / district are ADDRESS; a state / province / county / region / country is not
PHI; ZIP codes, postcodes, Eircodes are ZIP. DATE: anything more specific than a year, in 20+
formats ("03/14/2024", "3/14/2024", "3/14/24", "14/03/2024", "14/3/24", "2024-03-14",
"2024/03/14", "14 Mar 2024", "14 March 2024", "March 14, 2024", "Mar 14, 2024",
"March 14th, 2024", "14th March 2024", "14.03.2024", "14-Mar-2024", "14-Mar-24", "14MAR2024",
"20240314", "3/14", "14/3", "Mar 14", "14 Mar", "March 14th", "14th of March", "March 2024");
"on 3/10 (yesterday)" labels only "3/10"; weekdays and "the" stay outside; a date followed by
a separate time labels only the date; an ISO date-time ("2024-03-14T08:15") is one span. UK
follow-up shorthand ("review 6/12", "TTO 5/7", "4/52") is a duration, not a date (recorded as
a clinical value). PHONE includes fax, pagers / bleeps (number only) and extensions (inside a
phone span; a bare extension after "ext" is the number only); labels such as "cell", "mob",
"tel" are outside. SSN: full numbers and the digits of a masked / "last 4" SSN. ID: MRN / UR /
URN / hospital / FIN / account numbers, NHS / CHI / PHN / HCN / Medicare / IHI / NHI / PPSN /
medical-card / HKID / NHIA / MBI numbers, accession / specimen / lab numbers, study subject
IDs, police case / crime reference numbers, badge and collar numbers, provider numbers, ACC
claim numbers, device serials. AGE: ages >= 90 only, number part only. Ages < 90, vitals,
labs, doses, drug and brand names, scores, times of day, durations, years alone, weekdays
alone, relative dates, bed / bay / room numbers, ward and unit names ("5 North", "Ward 23",
"Banksia Unit", "AMU"), trial registry numbers, eponyms ("Parkinson", "Hartmann's", "Colles",
"Bruce protocol") and facility / employer / insurer / pharmacy names are unlabelled.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025). Run it only for final figures (once registered in ``bench/scrubber.py`` as v27).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 27_270_000
_LOCALE = {"US": "en_US", "UK": "en_GB", "SC": "en_GB", "CA": "en_CA", "AU": "en_AU",
           "NZ": "en_NZ", "IE": "en_IE", "NG": "en_GB", "HK": "en_GB", "IN": "en_IN"}
_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# ---------------------------------------------------------------- span shorthands
def _span(kind: str) -> Callable[[str], tuple[str, str]]:
    def make(s: str) -> tuple[str, str]:
        return (kind, s)

    return make


# PHI spans by type, and CV for a clinical value that must survive
NM, DT, PH, EM, SS, ID, AD, ZP, UR, IPA, AG = (
    _span(k) for k in ("NAME", "DATE", "PHONE", "EMAIL", "SSN", "ID", "ADDRESS", "ZIP", "URL", "IP",
                       "AGE"))
CV = _span("c")


# ---------------------------------------------------------------- curated data
_NICK = {"Robert": ("Bob", "M"), "William": ("Bill", "M"), "Margaret": ("Peggy", "F"),
         "Elizabeth": ("Betty", "F"), "James": ("Jimmy", "M"), "Richard": ("Rick", "M"),
         "Patricia": ("Trish", "F"), "Katherine": ("Kate", "F"), "Joseph": ("Joe", "M"),
         "Anthony": ("Tony", "M"), "Dorothy": ("Dot", "F"), "Edward": ("Ted", "M"),
         "Francis": ("Frank", "M"), "Susan": ("Sue", "F"), "Deborah": ("Debbie", "F"),
         "Barbara": ("Barb", "F"), "Charles": ("Chuck", "M"), "Rebecca": ("Becky", "F"),
         "Harold": ("Harry", "M"), "Mary": ("Molly", "F"), "John": ("Jack", "M"),
         "Alexander": ("Sandy", "M"), "Victoria": ("Tori", "F"), "Frederick": ("Fred", "M")}

_CURATED: dict[str, list[tuple[float, list[str], list[str], list[str]]]] = {
    "US": [(0.10, ["María", "Guadalupe", "Lucía", "Ximena", "Yesenia", "Marisol"],
            ["José", "Luis", "Jesús", "Alejandro", "Juan Carlos", "Rigoberto", "Efraín"],
            ["Hernández", "García", "Ramírez", "Castillo", "Villanueva", "De la Cruz",
             "Quintanilla", "Ochoa"]),
           (0.05, ["Thi Lan", "Ngoc Anh", "Mai", "Thu Trang"], ["Van Minh", "Duc", "Quang"],
            ["Nguyen", "Tran", "Pham", "Le", "Vo"])],
    "UK": [(0.08, ["Agnieszka", "Katarzyna", "Zofia"], ["Tomasz", "Piotr", "Marek"],
            ["Nowak", "Kowalski", "Wiśniewska", "Zielinski"])],
    "SC": [(0.15, ["Morag", "Isla", "Eilidh", "Kirsty"], ["Callum", "Hamish", "Euan", "Struan"],
            ["MacLeod", "McIntyre", "Buchanan", "Drummond", "Urquhart", "Ross"])],
    "CA": [(0.30, ["Josée", "Marie-Claude", "Geneviève", "Chantal", "Yvette"],
            ["Luc", "Jean-François", "Réjean", "Gilles", "Normand"],
            ["Boudreau", "LeBlanc", "Comeau", "Thibodeau", "d'Entremont", "Doucet", "Saulnier"])],
    "AU": [(0.15, ["Eleni", "Giulia", "Thi Hoa", "Despina"], ["Konstantinos", "Giuseppe", "Minh"],
            ["Papadopoulos", "Russo", "Nguyen", "Karagiannis", "Tran", "Lo Bianco"])],
    "NZ": [(0.40, ["Aroha", "Mereana", "Ngaio", "Hinemoa", "Kiri", "Anahera", "Losana", "Mele"],
            ["Wiremu", "Hemi", "Tama", "Rawiri", "Manaia", "Sione", "Tevita", "Nikau"],
            ["Ngata", "Te Whare", "Parata", "Tapsell", "Tuilagi", "Fonoti", "Faleolo", "Havili",
             "Te Rangi", "Horomona", "Paewai", "Taufa"])],
    "IE": [(0.45, ["Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Sinéad", "Orla", "Bríd"],
            ["Ciarán", "Pádraig", "Eoin", "Oisín", "Donnacha", "Cathal", "Fionn", "Tadhg"],
            ["O'Sullivan", "McCarthy", "Fitzgerald", "Kavanagh", "Moynihan", "Breathnach",
             "O'Shaughnessy", "Cronin", "Ó Conaill", "Mac Giolla Phádraig"])],
    "NG": [(1.0, ["Ngozi", "Folake", "Ifeoma", "Yetunde", "Aisha", "Chiamaka", "Funmilayo",
                  "Adaeze", "Zainab", "Blessing"],
            ["Chukwuemeka", "Oluwaseun", "Adebayo", "Babatunde", "Emeka", "Ibrahim", "Tunde",
             "Obinna", "Segun", "Kelechi"],
            ["Okafor", "Adeyemi", "Balogun", "Eze", "Nwosu", "Ogunleye", "Bello", "Abubakar",
             "Okonkwo", "Adebisi", "Oyelaran", "Uchenna"])],
    "HK": [(1.0, ["Ka Yan", "Wing Sze", "Mei Ling", "Hoi Yan", "Suk Fan", "Yuet Ming", "Lai Kuen"],
            ["Tai Man", "Siu Ming", "Chi Keung", "Kwok Wai", "Wai Lun", "Ka Ho", "Chun Kit"],
            ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Yip", "Tsang", "Kwok",
             "Mak"])],
}
_HK_EN = {"F": ["Winnie", "Ivy", "Queenie", "Connie", "Candy", "Phoebe"],
          "M": ["Kelvin", "Cyrus", "Ronald", "Alvin", "Wilson", "Tommy"]}

_PLACES: dict[str, list[tuple[str, str, str]]] = {
    "US": [("Columbus", "OH", "432"), ("Worcester", "MA", "016"), ("Dayton", "OH", "454"),
           ("Spokane", "WA", "992"), ("Fresno", "CA", "937"), ("Tulsa", "OK", "741"),
           ("Albany", "NY", "122"), ("Greenville", "SC", "296"), ("Madison", "WI", "537"),
           ("Boise", "ID", "837"), ("Lancaster", "PA", "176"), ("Savannah", "GA", "314"),
           ("Knoxville", "TN", "379"), ("Springfield", "IL", "627"), ("Durham", "NC", "277"),
           ("Cedar Rapids", "IA", "524"), ("Lafayette", "LA", "705"), ("Eugene", "OR", "974"),
           ("Florence", "AL", "356"), ("Independence", "MO", "640"), ("Mobile", "AL", "366"),
           ("Reading", "PA", "196"), ("Normal", "IL", "617"), ("Lowell", "MA", "018")],
    "UK": [("Leeds", "", "LS"), ("Stockport", "", "SK"), ("Rotherham", "", "S"),
           ("Swindon", "", "SN"), ("Norwich", "", "NR"), ("Bolton", "", "BL"), ("Luton", "", "LU"),
           ("Wigan", "", "WN"), ("Reading", "", "RG"), ("Bath", "", "BA"), ("Derby", "", "DE"),
           ("Exeter", "", "EX"), ("Sunderland", "", "SR"), ("Crewe", "", "CW"),
           ("Hastings", "", "TN"), ("Telford", "", "TF"), ("Worthing", "", "BN"),
           ("Grimsby", "", "DN"), ("Kendal", "", "LA"), ("Gloucester", "", "GL")],
    "SC": [("Paisley", "", "PA"), ("Dundee", "", "DD"), ("Kirkcaldy", "", "KY"),
           ("Inverness", "", "IV"), ("Motherwell", "", "ML"), ("Ayr", "", "KA"),
           ("Falkirk", "", "FK"), ("Perth", "", "PH"), ("Livingston", "", "EH")],
    "AB": [("Calgary", "AB", "T2"), ("Edmonton", "AB", "T5"), ("Red Deer", "AB", "T4"),
           ("Lethbridge", "AB", "T1"), ("Airdrie", "AB", "T4"), ("Okotoks", "AB", "T1"),
           ("Medicine Hat", "AB", "T1"), ("Camrose", "AB", "T4")],
    "NS": [("Halifax", "NS", "B3"), ("Dartmouth", "NS", "B2"), ("Truro", "NS", "B2"),
           ("Sydney", "NS", "B1"), ("Antigonish", "NS", "B2"), ("Bridgewater", "NS", "B4"),
           ("Yarmouth", "NS", "B5"), ("New Glasgow", "NS", "B2")],
    "AU": [("Frankston", "VIC", "3199"), ("Parramatta", "NSW", "2150"), ("Ipswich", "QLD", "4305"),
           ("Joondalup", "WA", "6027"), ("Elizabeth", "SA", "5112"), ("Glenorchy", "TAS", "7010"),
           ("Palmerston", "NT", "0830"), ("Blacktown", "NSW", "2148"), ("Dandenong", "VIC", "3175"),
           ("Toowoomba", "QLD", "4350"), ("Penrith", "NSW", "2750"), ("Ballarat", "VIC", "3350"),
           ("Hurstville", "NSW", "2220"), ("Morphett Vale", "SA", "5162")],
    "NZ": [("Porirua", "", "5022"), ("Manurewa", "", "2102"), ("Hamilton", "", "3204"),
           ("Papakura", "", "2110"), ("Rotorua", "", "3010"), ("Lower Hutt", "", "5010"),
           ("Whanganui", "", "4500"), ("Riccarton", "", "8011"), ("Tauranga", "", "3110"),
           ("Masterton", "", "5810"), ("Invercargill", "", "9810"), ("Otara", "", "2023")],
    "IE": [("Tralee", "Co. Kerry", "V92"), ("Navan", "Co. Meath", "C15"),
           ("Mullingar", "Co. Westmeath", "N91"), ("Ennis", "Co. Clare", "V95"),
           ("Letterkenny", "Co. Donegal", "F92"), ("Castlebar", "Co. Mayo", "F23"),
           ("Tullamore", "Co. Offaly", "R35"), ("Clonmel", "Co. Tipperary", "E91"),
           ("Swords", "Co. Dublin", "K67"), ("Naas", "Co. Kildare", "W91"),
           ("Wexford", "Co. Wexford", "Y35"), ("Ballina", "Co. Mayo", "F26")],
    "NG": [("Surulere", "Lagos", ""), ("Yaba", "Lagos", ""), ("Ikeja", "Lagos", ""),
           ("Ikorodu", "Lagos", ""), ("Lekki", "Lagos", ""), ("Mushin", "Lagos", "")],
    "HK": [("Wong Tai Sin", "Kowloon", ""), ("Kwun Tong", "Kowloon", ""),
           ("Sha Tin", "New Territories", ""), ("Tuen Mun", "New Territories", ""),
           ("Sham Shui Po", "Kowloon", ""), ("Tseung Kwan O", "New Territories", ""),
           ("North Point", "Hong Kong Island", ""), ("Yuen Long", "New Territories", "")],
}
_STREETS = ["Maple", "Cedar", "Oak Ridge", "Willow", "Lincoln", "Jefferson", "Hillcrest",
            "Sycamore", "Magnolia", "Chestnut", "Lakeview", "Meadow", "Birch", "Highland",
            "Church", "Station", "Mill", "Victoria", "Albert", "Orchard", "Riverside", "Bridge",
            "Elm", "Ashgrove", "Beech", "Hawthorn", "Prospect", "Kingfisher", "Fernhill"]
_SFX = {"US": ["St", "Ave", "Dr", "Blvd", "Ln", "Ct", "Rd", "Way", "Pl", "Street", "Avenue",
               "Drive", "Circle"],
        "UK": ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Grove", "Drive",
               "Gardens", "Way", "Mews", "Terrace"],
        "AU": ["St", "Rd", "Ave", "Cres", "Pde", "Ct", "Dr", "Street", "Road", "Place"],
        "IE": ["Road", "Park", "Avenue", "Lawn", "Drive", "Heights", "Grove", "Street"]}
_SFX["SC"] = _SFX["UK"]
_SFX["NZ"] = _SFX["AU"]
_SFX["CA"] = _SFX["US"]
_NG_STREETS = ["Adeniran Ogunsanya Street", "Olufemi Street", "Herbert Macaulay Way",
               "Allen Avenue", "Adeola Odeku Street", "Awolowo Road", "Ogunlana Drive",
               "Bode Thomas Street", "Obafemi Awolowo Way"]
_HK_ESTATES = ["Lok Fu Estate", "Choi Hung Estate", "Sau Mau Ping Estate", "Lek Yuen Estate",
               "On Ting Estate", "Shek Kip Mei Estate", "Tin Shui Wai Estate"]
_IE_ESTATES = ["Ard Na Gréine", "Cluain Ard", "The Maltings", "Bóthar Buí", "Radharc na Mara"]
_EMAIL_DOM = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com",
                     "comcast.net"],
              "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
              "AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"],
              "NZ": ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
              "IE": ["eircom.net", "gmail.com", "hotmail.com"],
              "CA": ["gmail.com", "hotmail.ca", "bell.net", "eastlink.ca"],
              "NG": ["gmail.com", "yahoo.com"], "HK": ["gmail.com", "netvigator.com"]}
_EMAIL_DOM["SC"] = _EMAIL_DOM["UK"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DSTYLES = {"us": ["us", "us1", "us2", "mdy", "mdy3", "iso", "ordus", "caps", "dash"],
            "uk": ["uk", "uk1", "dmy", "dmY", "ord", "dot", "dash", "dash2", "iso", "slashiso"],
            "usn": ["usmd", "md", "mth"], "ukn": ["ukdm", "dm", "ofm"]}
_US_AREA = ["212", "312", "414", "503", "614", "617", "704", "713", "802", "860", "919", "952",
            "971", "210", "316", "402", "513", "602", "720", "813", "937", "509", "559"]
_CA_AREA = {"AB": ["403", "587", "780", "825"], "NS": ["902", "782"]}


# ---------------------------------------------------------------- people and context
@dataclass
class _Who:
    first: str
    last: str
    middle: str = "A"
    sex: str = "F"

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def ini(self) -> str:
        words = (self.first + " " + self.last).replace("-", " ").split()
        return "".join(w[0] for w in words if w[0].isupper())


@dataclass
class _Pt(_Who):
    dob: date = date(1950, 1, 1)
    age: int = 70
    mrn: str = ""
    street: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    phone: str = ""
    email: str = ""
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (code, text, value)


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


class _X:
    """Per-note context: seeded random, seeded Faker, a builder, the note's patient."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(_SEED + i)
        self.b = NoteBuilder()
        self.day = date(2023, 1, 9) + timedelta(days=self.r.randrange(0, 900))
        self._seeded: set[str] = set()
        self.pt: _Pt | None = None

    # -- writing
    def w(self, *parts: Any) -> _X:
        for p in parts:
            if isinstance(p, str):
                self.b.t(p)
            elif isinstance(p, list):
                self.w(*p)
            else:
                kind, s = p
                assert s and s == s.strip(), (kind, s)
                if kind == "c":
                    self.b.c(s)
                else:
                    self.b.p(kind, s)
        return self

    def done(self) -> Note:
        assert self.pt is not None
        return self.b.build(self.fhir())

    # -- randomness
    def fk(self, c: str) -> Faker:
        loc = _LOCALE[c]
        f = _faker(loc)
        if loc not in self._seeded:
            f.seed_instance(_SEED + self.i * 13 + sorted(set(_LOCALE.values())).index(loc))
            self._seeded.add(loc)
        return f

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice("0123456789") for _ in range(n))
        return (self.r.choice("123456789") + s[1:]) if first_nonzero else s

    def upper(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def num(self, lo: float, hi: float, nd: int = 0) -> str:
        v = self.r.uniform(lo, hi)
        return f"{v:.{nd}f}" if nd else str(round(v))

    # -- dates and times
    def ago(self, days: int) -> date:
        return self.day - timedelta(days=days)

    def later(self, days: int) -> date:
        return self.day + timedelta(days=days)

    def df(self, d: date, style: str) -> str:
        if style in _DSTYLES:
            style = self.pick(_DSTYLES[style])
        m, dd, y = d.month, d.day, d.year
        mon = _MONTHS[m - 1]
        fmt = {
            "us": f"{m:02d}/{dd:02d}/{y}", "us1": f"{m}/{dd}/{y}", "us2": f"{m}/{dd}/{y % 100:02d}",
            "uk": f"{dd:02d}/{m:02d}/{y}", "uk1": f"{dd}/{m}/{y % 100:02d}",
            "iso": d.isoformat(), "slashiso": f"{y}/{m:02d}/{dd:02d}",
            "dmy": f"{dd} {mon[:3]} {y}", "dmY": f"{dd} {mon} {y}", "mdy": f"{mon} {dd}, {y}",
            "mdy3": f"{mon[:3]} {dd}, {y}", "ordus": f"{mon} {_ord(dd)}, {y}",
            "ord": f"{_ord(dd)} {mon} {y}", "dot": f"{dd:02d}.{m:02d}.{y}",
            "dash": f"{dd:02d}-{mon[:3]}-{y}", "dash2": f"{dd}-{mon[:3]}-{y % 100:02d}",
            "caps": f"{dd:02d}{mon[:3].upper()}{y}", "compact": f"{y}{m:02d}{dd:02d}",
            "usmd": f"{m}/{dd}", "ukdm": f"{dd}/{m}", "md": f"{mon[:3]} {dd}",
            "dm": f"{dd} {mon[:3]}", "mth": f"{mon} {_ord(dd)}", "ofm": f"{_ord(dd)} of {mon}",
            "my": f"{mon} {y}", "my3": f"{mon[:3]} {y}",
        }
        return fmt[style]

    def wd(self, d: date) -> str:
        return _WEEKDAYS[d.weekday()]

    def hhmm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}{self.r.randrange(0, 60, 1):02d}"

    def clock(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randrange(0, 60):02d}"

    def isodt(self, d: date) -> str:
        return f"{d.isoformat()}T{self.clock()}"

    # -- people
    def person(self, c: str, sex: str | None = None) -> _Who:
        r = self.r
        c = {"AB": "CA", "NS": "CA"}.get(c, c)
        sex = sex or r.choice("MF")
        first = last = ""
        roll = r.random()
        for prob, fem, male, lasts in _CURATED.get(c, []):
            if roll < prob:
                first, last = r.choice(fem if sex == "F" else male), r.choice(lasts)
                break
            roll -= prob
        if not first:
            f = self.fk("IN" if c in ("UK", "CA") and r.random() < 0.12 else c)
            first = f.first_name_female() if sex == "F" else f.first_name_male()
            last = f.last_name()
            if r.random() < 0.07:
                last = f"{last}-{f.last_name()}"
        middle = self.pick("ABCDEFGHJKLMNPRSTW")
        return _Who(first, last, middle, sex)

    def nick_person(self, c: str, sex: str | None = None) -> _Who:
        """A person whose first name has a common nickname (_NICK)."""
        p = self.person(c, sex)
        p.first = self.pick([k for k, (_, s) in _NICK.items() if s == p.sex])
        return p

    def nf(self, p: _Who, form: str) -> tuple[str, str]:
        """One NAME span in the given form."""
        return NM({
            "fl": p.fl, "fml": f"{p.first} {p.middle}. {p.last}",
            "fmL": f"{p.first} {p.middle} {p.last}",
            "LF": f"{p.last.upper()}, {p.first}", "LFF": f"{p.last.upper()}, {p.first.upper()}",
            "Lf": f"{p.last}, {p.first}", "LfM": f"{p.last}, {p.first} {p.middle}",
            "iL": f"{p.first[0]}. {p.last}", "iL2": f"{p.first[0]} {p.last}", "f": p.first,
            "l": p.last, "low": p.fl.lower(), "lowl": p.last.lower(), "ini": p.ini,
            "inid": ".".join(p.ini) + ".", "Lfi": f"{p.last}, {p.first[0]}",
        }[form])

    def title(self, p: _Who) -> str:
        """Mr / Mrs / Ms, the same for one person throughout a note."""
        if p.sex == "M":
            return "Mr"
        return ("Mrs", "Ms")[sum(map(ord, p.first + p.last)) % 2]

    def a_age(self, a: int, form: str = "{}-year-old") -> list[Any]:
        """'a 72-year-old' / 'an 81-year-old' / 'a 93-year-old'."""
        return ["an " if str(a)[0] == "8" or a in (11, 18) else "a ", *self.age(a, form)]

    def age(self, a: int, form: str = "{}-year-old") -> list[Any]:
        pre, post = form.split("{}")
        out: list[Any] = [pre] if pre else []
        out.append(AG(str(a)) if a >= 90 else str(a))
        if post:
            out.append(post)
        return out

    # -- contact details
    def phone(self, c: str, mobile: bool = True) -> str:
        r, d = self.r, self.digits
        if c in ("US", "AB", "NS", "CA"):
            area = self.pick(_US_AREA if c == "US" else _CA_AREA.get(c, ["403", "902"]))
            ex, ln = f"{r.randint(2, 9)}{d(2)}", d(4)
            return self.pick([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}",
                              f"{area} {ex} {ln}", f"+1 {area}-{ex}-{ln}", f"1-{area}-{ex}-{ln}",
                              f"{area}{ex}{ln}"])
        if c in ("UK", "SC"):
            if mobile:
                m = f"7{r.randint(400, 999)}{d(6)}"
                return self.pick([f"0{m[:4]} {m[4:]}", f"0{m[:4]} {m[4:7]} {m[7:]}",
                                  f"+44 {m[:4]} {m[4:]}", f"+44 (0){m[:4]} {m[4:]}", f"0{m}"])
            area = self.pick(["0141", "0131", "01382", "01224", "01463"] if c == "SC" else
                             ["0113", "0161", "0114", "01793", "01603", "0117", "01904"])
            rest = d(10 - len(area) + 1)
            return self.pick([f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest}",
                              f"{area} {rest}"])
        if c == "AU":
            if mobile:
                m = f"4{d(8)}"
                return self.pick([f"0{m[:3]} {m[3:6]} {m[6:]}", f"+61 {m[:3]} {m[3:6]} {m[6:]}",
                                  f"0{m}"])
            a = self.pick("2378")
            return self.pick([f"(0{a}) {d(4)} {d(4)}", f"0{a} {d(4)} {d(4)}"])
        if c == "NZ":
            if mobile:
                pre = self.pick(["021", "022", "027", "029"])
                x = d(7)
                return self.pick([f"{pre} {x[:3]} {x[3:]}", f"{pre}-{x[:3]}-{x[3:]}",
                                  f"+64 {pre[1:]} {x[:3]} {x[3:]}"])
            area = self.pick("3469")
            return self.pick([f"(0{area}) {d(3)} {d(4)}", f"0{area} {d(3)} {d(4)}"])
        if c == "IE":
            if mobile:
                pre = f"08{self.pick('35679')}"
                x = d(7)
                return self.pick([f"{pre} {x[:3]} {x[3:]}", f"+353 {pre[1:]} {x[:3]} {x[3:]}",
                                  f"{pre}-{x}"])
            return self.pick([f"(0{self.pick(['1', '21', '61', '91'])}) {d(3)} {d(4)}",
                              f"0{self.pick(['44', '66', '94', '56'])} {d(3)} {d(4)}"])
        if c == "NG":
            pre = self.pick(["803", "805", "806", "813", "816", "703", "802", "909"])
            x = d(7)
            return self.pick([f"+234 {pre} {x[:3]} {x[3:]}", f"0{pre} {x[:3]} {x[3:]}",
                              f"0{pre}-{x[:3]}-{x[3:]}", f"+234{pre}{x}"])
        if c == "HK":
            x = f"{self.pick('5679' if mobile else '23')}{d(7)}"
            return self.pick([f"{x[:4]} {x[4:]}", f"+852 {x[:4]} {x[4:]}", x])
        raise ValueError(c)

    def email(self, p: _Who, c: str) -> str:
        def clean(s: str) -> str:
            s = unicodedata.normalize("NFKD", s.lower())
            return "".join(ch for ch in s if ch.isascii() and ch.isalnum())
        f, la = clean(p.first), clean(p.last)
        user = self.pick([f"{f}.{la}", f"{f}{la}{self.digits(2)}", f"{f[0]}{la}", f"{la}.{f}",
                          f"{f}_{la[:4]}{self.r.randint(1950, 2005)}", f"{f}{la[0]}"])
        return f"{user}@{self.pick(_EMAIL_DOM.get(c, ['gmail.com']))}"

    def staff_email(self, p: _Who, domain: str) -> str:
        f = "".join(ch for ch in p.first.lower() if ch.isascii() and ch.isalpha())
        la = "".join(ch for ch in p.last.lower() if ch.isascii() and (ch.isalpha() or ch == "-"))
        return self.pick([f"{f}.{la}@{domain}", f"{f[0]}{la}@{domain}", f"{f}.{la}2@{domain}"])

    def ip(self, private: bool = False) -> str:
        r = self.r
        if private:
            return self.pick([f"10.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                              f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                              f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"])
        return f"{self.pick([73, 98, 24, 68, 172, 107, 45, 99, 71])}.{r.randint(1, 254)}." \
               f"{r.randint(0, 254)}.{r.randint(2, 254)}"

    def address(self, c: str) -> tuple[str, str, str, str]:
        """(street line, city / town, state / county, ZIP / postcode)."""
        r, d = self.r, self.digits
        city, state, zpre = self.pick(_PLACES[c])
        word = self.pick(_STREETS) if r.random() < 0.6 else self.fk(
            "UK" if c in ("AB", "NS", "SC") else c if c in _LOCALE else "UK").last_name()
        base = "CA" if c in ("AB", "NS") else c
        sfx = self.pick(_SFX.get(base, _SFX["UK"]))
        if base in ("US", "CA"):
            street = f"{r.randint(10, 9899)} {word} {sfx}"
            u = r.random()
            if u < 0.15:
                street += f", Apt {r.randint(1, 30)}{self.pick('ABCD')}"
            elif u < 0.25:
                street += self.pick([f" #{r.randint(100, 420)}", f", Unit {r.randint(1, 40)}"])
            elif u < 0.32 and base == "CA":
                street = f"{r.randint(101, 1908)}-{street}"
            if base == "US":
                z = f"{zpre}{d(2)}" + (f"-{d(4)}" if r.random() < 0.2 else "")
            else:
                z = (f"{zpre}{self.upper(1, 'ABCEGHJKLMNPRSTVWXYZ')} {d(1)}"
                     f"{self.upper(1, 'ABCEGHJKLMNPRSTVWXYZ')}{d(1)}")
                if len(zpre) == 2:
                    z = f"{zpre}{self.upper(1, 'ABCEGHJKLMNPRSTVWXYZ')} {d(1)}" \
                        f"{self.upper(1, 'ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
            return street, city, state, z
        if base in ("UK", "SC"):
            street = f"{r.randint(1, 180)} {word} {sfx}"
            u = r.random()
            if u < 0.2:
                street = f"Flat {r.randint(1, 24)}, {street}"
            elif u < 0.3:
                street = f"{self.pick(['Rose Cottage', 'The Old Forge', 'Ivy House'])}, {street}"
            z = f"{zpre}{r.randint(1, 28)} {d(1)}{self.upper(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
            return street, city, state, z
        if base in ("AU", "NZ"):
            street = f"{r.randint(1, 240)} {word} {sfx}"
            u = r.random()
            if u < 0.2:
                street = f"{r.randint(1, 12)}/{street}"
            elif u < 0.3:
                street = f"Unit {r.randint(1, 20)}, {street}"
            return street, city, state, zpre
        if base == "IE":
            street = self.pick([f"{r.randint(1, 90)} {word} {sfx}",
                                f"Apt {r.randint(1, 60)}, {word} Court",
                                f"{r.randint(1, 40)} {self.pick(_IE_ESTATES)}"])
            z = f"{zpre} {self.upper(4, 'ACDEFHKNPRTVWXY0123456789')}"
            return street, city, state, z
        if base == "NG":
            street = f"{r.randint(2, 88)}{self.pick(['', 'B', 'A'])} {self.pick(_NG_STREETS)}"
            return street, city, state, ""
        if base == "HK":
            street = self.pick([
                (f"Flat {r.randint(1, 28)}{self.pick('ABCDEFGH')}, {r.randint(2, 38)}/F, "
                 f"{self.pick(['Block ', 'Tower ', ''])}{r.randint(1, 9)}, "
                 f"{self.pick(_HK_ESTATES)}"),
                (f"Room {r.randint(1, 20)}{self.pick('ABC')}, {r.randint(2, 24)}/F, "
                 f"{r.randint(2, 300)} {self.pick(['Lung Cheung', 'Castle Peak', 'Ma Tau Wai'])} "
                 "Road")])
            return street, city, state, ""
        raise ValueError(c)

    # -- identifiers
    def nhs(self) -> str:
        while True:
            ds = [self.r.randint(0, 9) for _ in range(9)]
            ds[0] = self.r.randint(4, 7)
            chk = 11 - sum(v * (10 - i) for i, v in enumerate(ds)) % 11
            if chk == 10:
                continue
            s = "".join(map(str, ds)) + str(0 if chk == 11 else chk)
            return self.pick([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])

    def chi(self, dob: date, sex: str) -> str:
        while True:
            body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{self.digits(2)}"
            body += self.pick("13579" if sex == "M" else "02468")
            chk = 11 - sum(int(v) * (10 - i) for i, v in enumerate(body)) % 11
            if chk != 10:
                return body + str(0 if chk == 11 else chk)

    def medicare_au(self) -> str:
        ds = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        chk = sum(v * w for v, w in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = "".join(map(str, ds)) + str(chk) + str(self.r.randint(1, 3))
        return self.pick([f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"])

    def nhi(self) -> str:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            let = self.upper(3, al)
            num = self.digits(3)
            vals = [al.index(ch) + 1 for ch in let] + [int(v) for v in num]
            rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
            if rem == 0:
                continue
            chk = 11 - rem
            if chk == 10:
                continue
            return f"{let}{num}{chk}"

    def hkid(self) -> str:
        let = self.upper(1, "ABCDEGHKMPRVYZ")
        num = self.digits(6)
        tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(v) * (7 - i) for i, v in enumerate(num))
        chk = (11 - tot % 11) % 11
        return f"{let}{num}({'A' if chk == 10 else chk})"

    def ssn(self) -> str:
        area = self.r.choice([v for v in range(1, 900) if v != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def mbi(self) -> str:
        a = "ACDEFGHJKMNPQRTUVWXY"
        an = a + "0123456789"
        s = (f"{self.r.randint(1, 9)}{self.upper(1, a)}{self.upper(1, an)}{self.digits(1)}"
             f"{self.upper(1, a)}{self.upper(1, an)}{self.digits(1)}{self.upper(2, a)}"
             f"{self.digits(2)}")
        return self.pick([f"{s[:4]}-{s[4:7]}-{s[7:]}", s])

    def ppsn(self) -> str:
        ds = self.digits(7)
        tot = sum(int(v) * (8 - i) for i, v in enumerate(ds))
        return f"{ds}{'WABCDEFGHIJKLMNOPQRSTUV'[tot % 23]}{self.pick(['', 'A', ''])}"

    # -- the note's patient
    def patient(self, c: str, sex: str | None = None, ages: tuple[int, int] = (24, 86),
                who: _Who | None = None, mrn: str | None = None,
                ids: list[tuple[str, str, str]] | None = None) -> _Pt:
        who = who or self.person(c, sex)
        a = self.r.randint(*ages)
        dob = self.day - timedelta(days=int((a + self.r.uniform(0.02, 0.97)) * 365.25))
        age = self.day.year - dob.year - ((self.day.month, self.day.day) < (dob.month, dob.day))
        street, city, state, z = self.address(c)
        pc = {"AB": "CA", "NS": "CA"}.get(c, c)
        pt = _Pt(who.first, who.last, who.middle, who.sex, dob, age,
                 mrn or self.digits(self.r.choice([7, 8, 9]), True), street, city, state, z,
                 self.phone(c), "", list(ids or []))
        pt.email = self.email(pt, pc)
        self.pt = pt
        return pt

    def fhir(self) -> dict[str, Any]:
        p = self.pt
        assert p is not None
        idents: list[dict[str, Any]] = [{
            "use": "usual",
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": "MR"}], "text": "MRN"},
            "system": "urn:oid:2.16.840.1.113883.3.27.1", "value": p.mrn}]
        for code, text, value in p.ids:
            idents.append({"type": {"coding": [{"system":
                                                "http://terminology.hl7.org/CodeSystem/v2-0203",
                                                "code": code}], "text": text}, "value": value})
        addr: dict[str, Any] = {"use": "home", "line": [p.street], "city": p.city}
        if p.state:
            addr["state"] = p.state
        if p.zip:
            addr["postalCode"] = p.zip
        return {
            "resourceType": "Patient", "id": f"v27-{self.i:05d}", "identifier": idents,
            "name": [{"use": "official", "family": p.last, "given": [p.first, p.middle]}],
            "telecom": [{"system": "phone", "value": p.phone, "use": "mobile"},
                        {"system": "email", "value": p.email}],
            "gender": "female" if p.sex == "F" else "male", "birthDate": p.dob.isoformat(),
            "address": [addr],
        }


# ================================================================ US templates
def _us_pneumonia_hp(x: _X) -> Note:
    pt = x.patient("US", ages=(90, 97) if x.r.random() < 0.5 else (61, 88))
    att, res, pcp = x.person("US"), x.person("US"), x.person("US")
    kin = x.person("US", x.pick("MF"))
    rel = "daughter" if kin.sex == "F" else "son"
    if x.r.random() < 0.6:
        kin.last = pt.last
    x.w("HOSPITAL MEDICINE ADMISSION H&P\n",
        "Name: ", x.nf(pt, "LF"), "    MRN: ", ID(pt.mrn), "    FIN: ", ID(x.digits(10, True)),
        "\n",
        "DOB: ", DT(x.df(pt.dob, "us")), "    Admit: ", DT(x.df(x.day, "us")), " ", x.hhmm(), "\n",
        "Attending: ", x.nf(att, "fl"), ", MD    Resident: Dr. ", x.nf(res, "l"), "\n",
        "PCP: ", x.nf(pcp, "iL"), ", DO\n\n",
        "CC: cough, fever, \"not acting right\"\n\n",
        "HPI: ", x.age(pt.age), f" {'woman' if pt.sex == 'F' else 'man'} from ", AD(pt.city),
        f" with COPD (on Trelegy), HFpEF and Parkinson disease, brought in by {rel} ",
        x.nf(kin, "f"), " for ", CV("4 days"), " of productive cough and rigors and 1 day of ",
        "new confusion. Seen at urgent care on ", DT(x.df(x.ago(2), "usn")),
        " and started on ", CV("amoxicillin 875 mg BID"), " without improvement.\n\n",
        "Vitals: ", CV("T 38.9 C"), ", ", CV(f"BP {x.num(86, 104)}/{x.num(48, 60)}"), ", ",
        CV(f"HR {x.num(104, 124)}"), ", ", CV("RR 26"), ", ", CV(f"SpO2 {x.num(85, 89)}% on RA"),
        " -> ", CV("93% on 3L NC"), "\n",
        "Labs: ", CV(f"WBC {x.num(14, 22, 1)}"), ", ", CV("Na 131"), ", ",
        CV(f"BUN {x.num(28, 44)}"),
        ", ", CV(f"Cr {x.num(1.4, 2.1, 1)}"), " (baseline 1.0), ", CV("lactate 2.8 mmol/L"), ", ",
        CV("procalcitonin 4.1 ng/mL"), "\n",
        "CXR: dense RLL consolidation, small R effusion.\n\n",
        "A/P: severe CAP, ", CV("CURB-65 4"), ", sepsis without shock.\n",
        "- ", CV("ceftriaxone 2 g IV q24h"), " + ", CV("azithromycin 500 mg IV daily"), "\n",
        "- urine Legionella / pneumococcal Ag, MRSA nares PCR, blood cx x2 (drawn in ED)\n",
        "- continue ", CV("carbidopa-levodopa 25/100 TID"), " (do not hold), aspiration ",
        "precautions, SLP eval\n",
        "- Code status: DNR/DNI, confirmed with ", rel, " ", x.nf(kin, "fl"),
        " (HCPOA), cell ", PH(x.phone("US")), "\n\n",
        x.nf(att, "fl"), ", MD  ", DT(x.df(x.day, "us1")), " ", x.clock(), "\n")
    return x.done()


def _us_sickle_cell(x: _X) -> Note:
    pt = x.patient("US", ages=(19, 34))
    mom, heme, np_ = x.person("US", "F"), x.person("US"), x.person("US", "F")
    mom.last = pt.last if x.r.random() < 0.7 else mom.last
    x.w("Hematology Progress Note - Hospital Day 3\n",
        x.nf(pt, "LF"), " | MRN ", ID(pt.mrn), " | 7 West rm 12 | admitted ",
        DT(x.df(x.ago(2), "us1")), "\n\n",
        "S: Pain ", CV("7/10"), " low back and both thighs, down from ", CV("9/10"),
        " on admission. Using PCA appropriately: ", CV("hydromorphone 0.2 mg"),
        " demand q10min, no basal, 24 h use ", CV("6.4 mg"), ". Tolerating diet. Mom (",
        x.nf(mom, "fl"), ") stayed overnight and asks to be called at ", PH(x.phone("US")),
        " with any changes.\n",
        "O: ", CV("Tmax 37.8"), "  ", CV(f"BP {x.num(108, 126)}/{x.num(62, 78)}"), "  ",
        CV(f"HR {x.num(88, 104)}"), "  ", CV("SpO2 97% RA"), ". Lungs clear, no chest pain.\n",
        "Labs: ", CV(f"Hgb {x.num(6.4, 7.4, 1)}"), " (baseline ~8), ", CV("retic 14.2%"), ", ",
        CV("LDH 612"), ", ", CV("T bili 3.4"), ". CXR today neg for ACS.\n\n",
        "A/P: ", x.age(pt.age, "{} yo"), " with HbSS, uncomplicated VOC.\n",
        "- continue PCA, wean demand dose tomorrow; add ", CV("ketorolac 15 mg IV q6h"),
        " x ", CV("48 h"), "\n",
        "- IS q1h while awake (ACS prevention); ", CV("hydroxyurea 1,000 mg daily"), ", ",
        CV("folic acid 1 mg daily"), "\n",
        "- transfuse only if ", CV("Hgb < 6"), " or ACS; type & screen current\n",
        "- d/w Dr. ", x.nf(heme, "l"), " (heme attending); sickle cell clinic f/u ",
        DT(x.df(x.later(x.r.randint(8, 20)), "usn")), "\n\n",
        x.nf(np_, "fl"), ", APRN (", x.nf(np_, "ini"), ")\n")
    return x.done()


def _us_colectomy_pod(x: _X) -> Note:
    pt = x.patient("US", ages=(44, 79))
    chief, resi = x.person("US"), x.person("US")
    spouse = x.person("US", "M" if pt.sex == "F" else "F")
    op = x.ago(2)
    x.w("GENERAL SURGERY PROGRESS NOTE  POD#2\n",
        "Pt: ", x.nf(pt, "Lf"), "  MRN ", ID(pt.mrn), "  ", DT(x.df(x.day, "us2")), "\n",
        "s/p lap sigmoid colectomy w/ primary anastomosis (", DT(x.df(op, "us1")),
        ") for recurrent complicated diverticulitis (Hinchey II); Hartmann's avoided.\n\n",
        "S: ", x.title(pt), " ", x.nf(pt, "l"), " reports +flatus, no BM, pain controlled on PO ",
        "meds. Ambulated x3 with PT. No N/V.\n",
        "O: ", CV("T 37.4"), " ", CV(f"HR {x.num(72, 96)}"), " ",
        CV(f"BP {x.num(112, 138)}/{x.num(64, 84)}"), " ", CV("SpO2 96% RA"), " | I/O ",
        CV("2,140/1,850"), " | JP ", CV(f"{x.num(20, 60)} mL"), " serosanguinous\n",
        "Abd soft, appropriately tender, port sites c/d/i. Foley out this AM, voided x1.\n",
        "Labs: ", CV("WBC 9.8"), ", ", CV("Hgb 11.2"), ", ", CV("K 3.4"), " -> ",
        CV("KCl 40 mEq PO"), " given, ", CV("Mg 1.7"), ".\n\n",
        "A/P: doing well, ERAS pathway.\n",
        "- advance to full liquids -> soft diet; ", CV("oxycodone 5 mg q4h PRN"), ", ",
        CV("acetaminophen 1 g q8h"), "\n",
        "- ", CV("enoxaparin 40 mg SC daily"), "; d/c JP when < ", CV("30 mL/24h"), "\n",
        "- anticipate discharge ", x.wd(x.later(2)), " ", DT(x.df(x.later(2), "usn")), "\n",
        "- ", x.title(pt), " ", x.nf(pt, "l"), "'s ", "wife " if spouse.sex == "F" else "husband ",
        x.nf(spouse, "f"), " updated by phone (", PH(x.phone("US")), ")\n\n",
        "Seen and examined with Dr. ", x.nf(chief, "l"), ".  ", x.nf(resi, "fml"),
        ", MD (PGY-3), pager ", PH(x.digits(5, True)), "\n")
    return x.done()


def _us_aki_nephro(x: _X) -> Note:
    pt = x.patient("US", ages=(52, 84), sex="M")
    fel, att, req = x.person("US"), x.person("US"), x.person("US")
    c0, c1, c2 = x.ago(2), x.ago(1), x.day
    x.w("NEPHROLOGY CONSULT NOTE\n",
        "Patient: ", x.nf(pt, "fl"), " (", ID(pt.mrn), ")   Date: ", DT(x.df(c2, "mdy3")), "\n",
        "Requesting: Dr ", x.nf(req, "l"), ", Hospital Medicine   Reason: AKI\n\n",
        "HPI: ", x.age(pt.age, "{}M"), " with DM2, HTN (", CV("lisinopril 40 mg daily"), ", ",
        CV("chlorthalidone 25 mg"), "), admitted ", DT(x.df(c0, "usn")),
        " with 3 days of vomiting and diarrhea after a church potluck. Took ibuprofen for ",
        "cramps.\n",
        "Cr trend: ", CV("1.1"), " (baseline, ", DT(x.df(x.ago(x.r.randint(40, 200)), "us1")),
        ") -> ", CV("2.4"), " on admission ", DT(x.df(c0, "usmd")), " -> ", CV("3.1"), " on ",
        DT(x.df(c1, "usmd")), " (yesterday) -> ", CV("3.6"), " today. UOP ",
        CV("0.3 mL/kg/h"), " overnight.\n",
        "Data: ", CV("FENa 0.4%"), ", ", CV("K 5.3"), ", ", CV("HCO3 17"), ", UA bland, ",
        CV("SG 1.025"), ". Renal US (", DT(x.df(c1, "us")), ", acc ", ID(f"US{x.digits(8)}"),
        "): no hydronephrosis, kidneys ", CV("10.8 cm"), " and ", CV("11.2 cm"), ".\n\n",
        "Impression: pre-renal AKI (volume depletion + ACEi/diuretic/NSAID), no urgent HD ",
        "indication (AEIOU negative).\n",
        "Recs: hold lisinopril and chlorthalidone; ", CV("LR 125 mL/h"),
        " x ", CV("12 h"),
        " then reassess; no NSAIDs or IV contrast; renally dose meds; BMP q12h; ",
        "strict I/O. We will follow.\n\n",
        x.nf(fel, "fl"), ", MD, Nephrology Fellow (pager ", PH(x.digits(4, True)), ")\n",
        "Discussed with ", x.nf(att, "iL"), ", MD\n")
    return x.done()


def _us_opat(x: _X) -> Note:
    ssn = x.ssn()
    pt = x.patient("US", ages=(38, 82), ids=[("SS", "SSN", ssn.replace("-", ""))])
    idn, rn = x.person("US"), x.person("US", "F")
    end = x.later(x.r.randint(30, 42))
    x.w("INFECTIOUS DISEASES - OPAT REFERRAL / HOME INFUSION ORDERS\n",
        "Patient: ", x.nf(pt, "fml"), "   DOB ", DT(x.df(pt.dob, "us1")), "   MRN ", ID(pt.mrn),
        "\nSSN (last 4, per infusion pharmacy face sheet): XXX-XX-", SS(ssn[-4:]), "\n",
        "Home: ", AD(pt.street), ", ", AD(pt.city), ", ", pt.state, " ", ZP(pt.zip),
        "   Phone: ", PH(pt.phone), "\n\n",
        "Dx: MSSA bacteremia with L4-L5 discitis/osteomyelitis (MRI ", DT(x.df(x.ago(6), "us1")),
        "); TEE negative for endocarditis. Blood cx cleared ", DT(x.df(x.ago(5), "usn")), ".\n",
        "Regimen: ", CV("cefazolin 2 g IV q8h"), " via R basilic PICC (", CV("4 Fr"), ", ",
        CV("42 cm"), ") through ", DT(x.df(end, "mdy")), " (", CV("6 weeks"), " total).\n",
        "Labs: weekly CBC w/ diff, BMP, ESR/CRP - fax to OPAT clinic ",
        PH(x.phone("US")), ". Baseline ", CV("CRP 88 mg/L"), ", ", CV("ESR 74"), ".\n",
        "Allergies: PCN (childhood rash - tolerated cefazolin inpatient).\n",
        "F/u: ID clinic with Dr. ", x.nf(idn, "l"), " in ", CV("2 weeks"), "; repeat MRI at ",
        CV("6 weeks"), ".\n",
        "OPAT RN coordinator: ", x.nf(rn, "fl"), ", RN  ", EM(x.staff_email(rn, "idclinic.org")),
        "\n")
    return x.done()


def _us_mri_lspine(x: _X) -> Note:
    pt = x.patient("US", ages=(28, 76))
    pa, rad = x.person("US"), x.person("US")
    acc = f"{x.pick(['MR', 'RAD', ''])}{x.digits(9, True)}"
    x.w("EXAM: MRI LUMBAR SPINE WITHOUT CONTRAST\n",
        "ACCESSION: ", ID(acc), "   MRN: ", ID(pt.mrn), "\n",
        "PATIENT: ", x.nf(pt, "LfM"), "   DOB: ", DT(x.df(pt.dob, "us")), "   AGE: ", str(pt.age),
        "\nORDERING: ", x.nf(pa, "fl"), ", PA-C\n",
        "DATE OF SERVICE: ", DT(x.df(x.day, "us")), "\n\n",
        "CLINICAL HISTORY: low back pain radiating to left leg x ", CV("6 weeks"),
        ", failed PT; L5 dermatomal numbness.\n",
        "COMPARISON: Lumbar radiographs ", DT(x.df(x.ago(x.r.randint(20, 60)), "us1")), ".\n",
        "TECHNIQUE: Sagittal T1, T2, STIR; axial T1/T2 L3-S1. 1.5T.\n\n",
        "FINDINGS: Five lumbar-type vertebrae. Conus terminates at L1. Alignment normal.\n",
        "L3-L4: mild disc bulge, no stenosis.\n",
        "L4-L5: broad-based disc bulge with superimposed left paracentral extrusion measuring ",
        CV("9 x 6 mm"), ", migrating inferiorly, compressing the traversing left L5 nerve root. ",
        "Moderate left lateral recess stenosis. Modic type 1 endplate change.\n",
        "L5-S1: facet arthropathy, mild bilateral foraminal narrowing.\n\n",
        "IMPRESSION:\n1. L4-L5 left paracentral extrusion compressing the left L5 nerve root, ",
        "concordant with symptoms.\n2. No cauda equina compression.\n\n",
        "Dictated by: ", x.nf(rad, "fl"), ", MD\n",
        "Signed: ", DT(x.isodt(x.day)), "  workstation ", IPA(x.ip(private=True)), "\n")
    return x.done()


def _us_tte(x: _X) -> Note:
    pt = x.patient("US", ages=(90, 96) if x.r.random() < 0.65 else (74, 89))
    reader, sono = x.person("US"), x.person("US")
    x.w("TRANSTHORACIC ECHOCARDIOGRAM\n",
        "Name: ", x.nf(pt, "fl"), "   MRN: ", ID(pt.mrn), "   Acc#: ", ID(f"E{x.digits(8)}"), "\n",
        "DOB: ", DT(x.df(pt.dob, "us1")), " (", x.age(pt.age, "{} yrs"), ")  ", CV("Ht 160 cm"),
        "  ", CV(f"Wt {x.num(48, 72)} kg"), "  ", CV("BSA 1.60 m2"), "  ",
        CV(f"BP {x.num(136, 162)}/{x.num(54, 70)}"), "\n",
        "Study date: ", DT(x.df(x.day, "mdy3")), "   Sonographer: ", x.nf(sono, "ini"),
        "   Reader: ", x.nf(reader, "fl"), ", MD\n",
        "Indication: severe aortic stenosis, pre-TAVR evaluation (structural heart clinic)\n\n",
        "Findings:\n- LV normal size, mild concentric LVH; ", CV("LVEF 55-60%"),
        " (Simpson's biplane). Grade II diastolic dysfunction, ", CV("E/e' 17"), ".\n",
        "- Aortic valve: severely calcified trileaflet; ", CV("peak velocity 4.4 m/s"), ", ",
        CV("mean gradient 48 mmHg"), ", ", CV("AVA 0.7 cm2"), " (continuity), ",
        CV("DVI 0.22"), ".\n",
        "- Mild MR, moderate TR; ", CV("RVSP 42 mmHg"), "; TAPSE ", CV("1.9 cm"), ".\n",
        "- No pericardial effusion.\n\n",
        "Compared with prior TTE of ", DT(x.df(x.ago(x.r.randint(300, 700)), "us")),
        ": mean gradient increased from ", CV("34 mmHg"), ".\n",
        "Conclusion: severe, high-gradient AS with preserved EF. ",
        x.title(pt), " ", x.nf(pt, "l"), ", age ", x.age(pt.age, "{}"), ", to be discussed at ",
        "heart team conference.\n")
    return x.done()


def _us_micro_call(x: _X) -> Note:
    pt = x.patient("US", ages=(30, 88))
    rn, tech, asp = x.person("US"), x.person("US"), x.person("US")
    acc = f"{x.pick(['M', 'BC', 'MB'])}{x.day.year % 100}-{x.digits(6, True)}"
    x.w("MICROBIOLOGY - CRITICAL VALUE NOTIFICATION\n",
        "Accession: ", ID(acc), "   Collected: ", DT(x.isodt(x.ago(1))), "\n",
        "Patient: ", x.nf(pt, "LFF"), "   MRN ", ID(pt.mrn), "   Loc: 5 North 512-B\n",
        "Source: blood, L antecubital (set 1 of 2)\n\n",
        "Gram stain: Gram-positive cocci in clusters, aerobic bottle, ",
        CV("time to positivity 14.2 h"), ".\n",
        "BCID2 panel: Staphylococcus aureus DETECTED; mecA/C and MREJ NOT detected (MSSA).\n\n",
        "Called to ", x.nf(rn, "fl"), ", RN at ", x.hhmm(), " on ", DT(x.df(x.day, "us")),
        " (unit ext ", PH(x.digits(4, True)), "); read-back verified. BCID2 run on instrument ",
        "host ", IPA(x.ip(private=True)), ". Called by ",
        x.nf(tech, "ini"), ".\n",
        "Comment: repeat blood cultures x2 recommended. ASP pharmacist ", x.nf(asp, "fl"),
        ", PharmD, paged at ", PH(x.digits(4, True)),
        " - suggests ", CV("cefazolin 2 g IV q8h"), " if no PCN anaphylaxis; ID consult per ",
        "S. aureus bacteremia bundle.\n")
    return x.done()


def _us_nursing_admit(x: _X) -> Note:
    pt = x.patient("US", ages=(55, 91), who=x.nick_person("US"))
    sp = x.person("US", "M" if pt.sex == "F" else "F")
    sp.last = pt.last
    son, rn = x.person("US", "M"), x.person("US", "F")
    x.w("Admission Nursing Assessment - 4 East Med/Surg\n",
        x.nf(pt, x.pick(["LF", "Lf", "fl"])), "  MRN ", ID(pt.mrn), "\n",
        "pt arrived from ED via stretcher at ", x.hhmm(12, 20),
        ", A&Ox4, oriented to room and call ",
        "light. ", x.age(pt.age, "{} y/o"), f" {'F' if pt.sex == 'F' else 'M'} admitted w/ ",
        "cellulitis LLE.\n",
        "VS: ", CV("T 37.9"), " ", CV(f"BP {x.num(120, 150)}/{x.num(70, 90)}"), " ",
        CV(f"P {x.num(80, 100)}"), " ", CV("R 18"), " ", CV("SpO2 95% RA"), " pain ", CV("5/10"),
        "\n",
        "Braden ", CV("16"), " | Morse Fall Scale ", CV("45"),
        " (high) - bed alarm on, yellow socks\n",
        "Skin: erythema L shin marked w/ pen, stage 2 PI sacrum ", CV("2 x 1.5 cm"),
        ", Mepilex applied\n",
        "Lines: 20g L FA PIV. Diet: carb controlled. Last BM ", DT(x.df(x.ago(1), "usmd")), "\n",
        "Home meds verified with pt: ", CV("metoprolol succinate 25 mg daily"), ", ",
        CV("metformin 500 mg BID"), ", ", CV("Eliquis 5 mg BID"), " (last dose this AM)\n",
        "Lives at ", AD(pt.street), ", ", AD(pt.city), " ", pt.state, " ", ZP(pt.zip),
        " w/ spouse, 2-story home, 12 steps, uses cane.\n",
        "Prefers to be called \"", NM(_NICK[pt.first][0]), "\". Emergency contact: spouse ",
        x.nf(sp, "fl"), " (cell ", PH(x.phone("US")), "); alt: son ",
        x.nf(son, "f"), " ", PH(x.phone("US")), "\n",
        "Advance directive: on file, dated ", DT(x.df(x.ago(x.r.randint(400, 2000)), "us")),
        ". Valuables: glasses, wedding ring - sent home with spouse.\n",
        "Fall/safety and skin bundles initiated.  ", x.nf(rn, "fl"), ", RN  ",
        DT(x.df(x.day, "us1")), " ", x.hhmm(15, 22), "\n")
    return x.done()


def _us_rrt(x: _X) -> Note:
    pt = x.patient("US", ages=(48, 88))
    prim, rrtrn, rt, icu = (x.person("US", "F"), x.person("US"), x.person("US"),
                            x.person("US"))
    x.w("RAPID RESPONSE TEAM NOTE\n",
        "Called at ", x.hhmm(1, 5), " on ", DT(x.df(x.day, "mdy")), " by primary RN ",
        x.nf(prim, "f"), " for ", CV("SBP 78"), " and new confusion.\n",
        "Pt: ", x.title(pt), " ", x.nf(pt, "l"), " (MRN ", ID(pt.mrn), "), ",
        x.age(pt.age, "{} yo"), ", POD1 s/p ORIF R hip; rm 6 West 622.\n\n",
        "On arrival: ", CV("MEWS 6"), ", ", CV(f"HR {x.num(118, 134)}"), ", ", CV("BP 78/42"),
        ", ", CV("RR 28"), ", ", CV("SpO2 89% on 4L"), ", ", CV("T 38.6"), ", GCS ", CV("13"),
        " (E3V4M6). Mottled knees.\n",
        "ABG: ", CV("7.29/31/62/15"), ", ", CV("lactate 4.6"), ". POC glucose ", CV("182"), ".\n",
        "Interventions: ", CV("LR 2 L"), " bolus -> ", CV("BP 92/54"), "; NRB -> ",
        CV("SpO2 95%"), "; blood cx x2, UA, CXR; ", CV("vancomycin 25 mg/kg"), " + ",
        CV("cefepime 2 g IV"), " given ", x.hhmm(1, 5), ".\n",
        "Dispo: transferred to MICU bed 8; accepting Dr. ", x.nf(icu, "l"), ". Family (",
        x.nf(x.person("US"), "fl"), ") called at ", PH(x.phone("US")), ", no answer - VM left.\n\n",
        "RRT: ", x.nf(rrtrn, "fl"), ", RN; ", x.nf(rt, "fl"), ", RRT (pager ",
        PH(x.digits(4, True)), ")\n")
    return x.done()


def _us_peds_asthma(x: _X) -> Note:
    pt = x.patient("US", ages=(4, 11))
    mom = x.person("US", "F")
    mom.last = pt.last if x.r.random() < 0.6 else mom.last
    pcp, doc = x.person("US"), x.person("US")
    wt = x.r.randint(16, 36)
    x.w("PEDIATRIC EMERGENCY DEPARTMENT - PROVIDER NOTE\n",
        x.nf(pt, "fl"), "  DOB ", DT(x.df(pt.dob, "us")), "  MRN ", ID(pt.mrn), "  ",
        CV(f"Wt {wt} kg"), "\n",
        "Accompanied by mother ", x.nf(mom, "fl"), " and grandmother. ESI ", CV("2"), ".\n\n",
        "HPI: ", str(pt.age), "-year-old with persistent asthma (",
        CV("Flovent 44 mcg 2 puffs BID"),
        ", poor adherence per mom) with ", CV("2 days"), " of URI sx and ", CV("12 hours"),
        " of increasing work of breathing; albuterol at home q2h without relief.\n",
        "Exam: ", CV(f"HR {x.num(136, 156)}"), ", ", CV(f"RR {x.num(34, 44)}"), ", ",
        CV("SpO2 91% RA"), ", suprasternal retractions, diffuse exp wheeze. ", CV("PRAM 8"), ".\n",
        "Course: albuterol/ipratropium nebs x3 back-to-back, ",
        CV(f"dexamethasone 0.6 mg/kg ({round(wt * 0.6)} mg) PO"), ". Reassessed at ",
        x.hhmm(10, 22),
        ": ", CV("PRAM 3"), ", ", CV("SpO2 96% RA"), ", good air entry.\n\n",
        "Dispo: home. ", CV("albuterol HFA 4 puffs q4h"), " with spacer x ", CV("48 h"),
        " then PRN; second dexamethasone dose in ", CV("24 h"),
        ". School note given. Asthma action plan reviewed with ", x.title(mom), " ",
        x.nf(mom, "l"), ".\n",
        "PCP Dr. ", x.nf(pcp, "l"), " f/u ", DT(x.df(x.later(2), "usn")),
        ". Guardian phone: ", PH(pt.phone), "\n",
        x.nf(doc, "fl"), ", MD (Pediatric EM)\n")
    return x.done()


def _us_pph(x: _X) -> Note:
    pt = x.patient("US", sex="F", ages=(21, 41))
    partner, mfm, cnm = x.person("US", "M"), x.person("US"), x.person("US", "F")
    deliv = x.ago(1) if x.r.random() < 0.5 else x.day
    x.w("L&D POSTPARTUM NOTE - PPH\n",
        x.nf(pt, x.pick(["Lf", "LF"])), "   G3P3003   MRN ", ID(pt.mrn), "\n",
        "SVD on ", DT(x.df(deliv, "us")), " at ", x.hhmm(), " of viable female, Apgars ",
        CV("8/9"), ", ", CV(f"{x.r.randint(2900, 4100):,} g"), ". Newborn: Baby Girl ",
        x.nf(pt, "l"), ", MRN ", ID(x.digits(8, True)), ", in couplet care.\n\n",
        "Event: uterine atony after placental delivery; ",
        CV(f"QBL {x.r.randint(1100, 1800):,} mL"),
        ". Bimanual massage, ", CV("oxytocin 40 units/1,000 mL"), ", ",
        CV("methylergonovine 0.2 mg IM"), ", ", CV("TXA 1 g IV"), ", ",
        CV("carboprost (Hemabate) 250 mcg IM"), " x1 with good tone. No lacerations beyond 1st ",
        "degree, repaired.\n",
        "Labs: ", CV("Hgb 11.8"), " -> ", CV("8.1"), ", ", CV("plt 186"), ", ",
        CV("fibrinogen 310"), ". ", CV("2 units pRBC"), " transfused.\n",
        "Now: ", CV(f"BP {x.num(104, 122)}/{x.num(60, 74)}"), ", ", CV(f"HR {x.num(88, 108)}"),
        ", fundus firm U-1, lochia moderate. Foley draining clear, ", CV("UOP 60 mL/h"), ".\n\n",
        "Plan: recheck ", CV("Hgb"), " in ", CV("6 h"), ", ", CV("IV iron sucrose 200 mg"),
        " before d/c, breastfeeding support. Partner ", x.nf(partner, "fl"),
        " at bedside, updated. Discussed with Dr. ", x.nf(mfm, "l"), " (MFM).\n",
        x.nf(cnm, "fl"), ", CNM  ", DT(x.df(x.day, "us1")), " ", x.clock(), "\n")
    return x.done()


def _us_nutrition(x: _X) -> Note:
    pt = x.patient("US", ages=(90, 98) if x.r.random() < 0.5 else (66, 89))
    gd, rd = x.person("US", "F"), x.person("US", "F")
    x.w("CLINICAL NUTRITION ASSESSMENT\n",
        "Consult: MST score ", CV("3"), " / poor PO intake.  Pt: ", x.nf(pt, "fml"), "  (",
        ID(pt.mrn), ")\n\n",
        x.title(pt), " ", x.nf(pt, "l"), " (", x.age(pt.age, "{}"), ") admitted ",
        DT(x.df(x.ago(3), "mdy3")), " with failure to thrive; hx vascular dementia, GERD.\n",
        "Anthro: ", CV("Ht 157 cm"), ", ", CV("Wt 46.2 kg"), " (down from ", CV("52 kg"),
        " on ", DT(x.df(x.ago(x.r.randint(85, 100)), "us1")), ", ", CV("11% loss"), " in ",
        CV("3 months"), "), ", CV("BMI 18.7"), ".\n",
        "Intake: eating ", CV("<25%"), " of meals x ", CV("1 week"),
        ". Dentures loose. Granddaughter ", x.nf(gd, "f"), " brings food from home.\n",
        "NFPE: moderate temporal wasting, severe loss at clavicles; mild BLE edema.\n",
        "Dx: severe malnutrition in context of chronic illness (ASPEN/AND criteria).\n",
        "Needs: ", CV("1,400-1,600 kcal/day"), " (", CV("30-35 kcal/kg"), "), protein ",
        CV("65-75 g"), " (", CV("1.4-1.6 g/kg"), "), fluid ", CV("1,400 mL"), ".\n",
        "Interventions: Ensure Plus ", CV("BID"), " (", CV("700 kcal, 32 g protein"),
        "), Magic Cup ",
        "with lunch, liberalize diet, ", CV("MVI with minerals daily"), "; weekly weights.\n",
        "Best contact for family: ", x.nf(gd, "fl"), " ", PH(x.phone("US")), "\n",
        x.nf(rd, "fl"), ", RD, LDN  ext ", PH(x.digits(4, True)), "\n")
    return x.done()


def _us_slp_swallow(x: _X) -> Note:
    pt = x.patient("US", ages=(90, 97) if x.r.random() < 0.6 else (63, 89),
                   who=x.nick_person("US"))
    npr, slp = x.person("US", "F"), x.person("US")
    dtr = x.person("US", "F")
    if x.r.random() < 0.5:
        dtr.last = f"{dtr.last}-{pt.last}"
    mbss = x.later(x.r.randint(1, 3))
    x.w("SPEECH-LANGUAGE PATHOLOGY: BEDSIDE SWALLOW EVALUATION\n",
        "Patient: ", x.nf(pt, "f"), " \"", NM(_NICK[pt.first][0]), "\" ", x.nf(pt, "l"),
        "   Age: ", x.age(pt.age, "{}"), "   MRN ", ID(pt.mrn),
        "   Room 612\nReferred by: ", x.nf(npr, "fl"), ", NP   Date: ", DT(x.df(x.day, "us")),
        "\n\n",
        "Hx: L MCA ischemic stroke ", DT(x.df(x.ago(2), "us1")), ", ", CV("NIHSS 6"),
        "; failed nursing swallow screen (cough with 3-oz water).\n",
        "Oral motor: R lower facial droop, reduced lingual ROM/strength R, mild dysarthria.\n",
        "Trials: thin liquid by cup - immediate cough x3; mildly thick by cup - no overt signs; ",
        "puree and minced & moist - adequate bolus formation, prolonged oral transit.\n",
        CV("SpO2 96%"), " stable throughout.\n",
        "Impression: moderate oropharyngeal dysphagia, high aspiration risk with thin liquids.\n",
        "Recs: ", CV("IDDSI Level 5"), " minced & moist solids, ", CV("IDDSI Level 2"),
        " mildly thick liquids, meds crushed in puree, upright 90 degrees, 1:1 supervision.\n",
        "MBSS scheduled ", x.wd(mbss), " ", DT(x.df(mbss, "usn")), ". Daughter ",
        x.nf(dtr, "fl"), " present and educated.\n",
        x.nf(slp, "fml"), ", MA, CCC-SLP\n")
    return x.done()


def _us_evisit_uti(x: _X) -> Note:
    pt = x.patient("US", sex="F", ages=(19, 64))
    fnp = x.person("US", "F")
    tok = x.upper(10, "abcdefghjkmnpqrstuvwxyz23456789")
    x.w("E-VISIT: Urinary symptoms (adult female)\n",
        "Submitted ", DT(x.df(x.day, "mdy3")), " ", x.clock(7, 22), " via patient portal from ",
        IPA(x.ip()), "\n",
        "Patient: ", x.nf(pt, "fl"), "   DOB ", DT(x.df(pt.dob, "us1")), "   MRN ", ID(pt.mrn),
        "\n",
        "Email on file: ", EM(pt.email), "\n\n",
        "Q: Symptoms?  A: burning with urination, going every hour, started ",
        x.wd(x.ago(2)), "\nQ: Fever, back/side pain, vomiting?  A: no\n",
        "Q: Pregnant or could be?  A: no (LMP ", DT(x.df(x.ago(x.r.randint(9, 20)), "usn")), ")\n",
        "Q: UTIs in past year?  A: one, treated in ", DT(x.df(x.ago(200), "my")), "\n",
        "Q: Allergies?  A: sulfa (hives)\n\n",
        "Provider response (", DT(x.df(x.day, "usmd")), " ", x.clock(8, 20), "):\n",
        "Hi ", x.nf(pt, "f"), ", this sounds like an uncomplicated bladder infection. I sent ",
        CV("nitrofurantoin monohydrate/macrocrystals 100 mg BID x 5 days"),
        " to your pharmacy. Drink plenty of fluids; phenazopyridine OTC can help the burning for ",
        CV("2 days"), ". If you get fever, back pain or are not better in ", CV("48-72 hours"),
        ", please book a visit: ",
        UR(f"https://mychart.summitvalleyhealth.org/MyChart/Scheduling?t={tok}"),
        "\n", x.nf(fnp, "fl"), ", FNP-C\n")
    return x.done()


def _us_nurse_triage(x: _X) -> Note:
    ssn = x.ssn()
    pt = x.patient("US", sex="M", ages=(47, 80))
    wife, onc, rn = x.person("US", "F"), x.person("US"), x.person("US", "F")
    wife.last = pt.last
    x.w("AFTER-HOURS NURSE TRIAGE - TELEPHONE ENCOUNTER\n",
        DT(x.df(x.day, "us")), " ", x.hhmm(21, 23), "\n",
        "Caller: ", x.nf(wife, "fl"), " (wife)  Callback: ", PH(x.phone("US")), "\n",
        "Patient: ", x.nf(pt, "LF"), "   DOB ", DT(x.df(pt.dob, "us")), "   MRN ", ID(pt.mrn),
        "\nIdentity verified with DOB and last 4 of SSN (", SS(ssn[-4:]), ").\n\n",
        "Reason: husband with ", CV("temp 102.6 F"), " and shaking chills since ", x.hhmm(17, 20),
        ". On FOLFIRINOX for pancreatic cancer, last infusion ", DT(x.df(x.ago(8), "usn")),
        " (day 8). Mild cough, no SOB. Took ", CV("acetaminophen 650 mg"), " at ",
        x.hhmm(18, 20), ".\n",
        "Protocol: Fever - Adult (Schmitt-Thompson), oncology override: possible neutropenic ",
        "fever.\n",
        "Disposition: Go to ED now. Caller agrees, will drive him to St. Luke's ED (~",
        CV("20 min"), "). Advised 911 if confused or faint. Address confirmed in case EMS needed: ",
        AD(pt.street), ", ", AD(pt.city), ".\n",
        "On-call oncologist Dr. ", x.nf(onc, "l"), " notified via answering service; ED charge ",
        "nurse given heads-up.\n", x.nf(rn, "fl"), ", RN (triage line)\n")
    return x.done()


def _us_snf_placement(x: _X) -> Note:
    ssn = x.ssn()
    pt = x.patient("US", ages=(72, 94), ids=[("SS", "SSN", ssn.replace("-", ""))])
    dtr, cm = x.person("US", "F"), x.person("US", "F")
    q = x.ago(4)
    x.w("CASE MANAGEMENT - SNF PLACEMENT\n",
        "Face sheet: ", x.nf(pt, "LfM"), "  DOB ", DT(x.df(pt.dob, "us")), "  SSN ", SS(ssn),
        "\nMedicare MBI ", ID(x.mbi()), "  Secondary: AARP Medicare Supplement Plan G\n",
        "Home: ", AD(pt.street), ", ", AD(pt.city), ", ", pt.state, " ", ZP(pt.zip), "\n",
        "POA / primary contact: daughter ", x.nf(dtr, "fl"), ", ", EM(x.email(dtr, "US")),
        ", cell ", PH(x.phone("US")), "\n\n",
        "Pt admitted ", DT(x.df(q, "us1")), " (inpatient), qualifying 3-midnight stay met. PT/OT ",
        "recommend SNF: ", CV("AM-PAC 6-Clicks 14"), ", ambulates ", CV("40 ft"),
        " with RW + mod A. Lives alone, ", x.age(pt.age, "{} yo"), ".\n",
        "Referrals sent via CarePort on ", DT(x.df(x.ago(1), "us1")), ": Maple Grove Rehab (fax ",
        PH(x.phone("US")), "), Heritage Manor, Lutheran Home of ", pt.state, ".\n",
        "Maple Grove accepted; bed available ", DT(x.df(x.later(1), "mdy")),
        ". Daughter agrees; choice form signed. Auth not required (traditional Medicare).\n",
        "Transport: wheelchair van, pickup ", x.hhmm(10, 13), ". Report to SNF nurse ",
        "line ", PH(x.phone("US") + f" ext {x.digits(3, True)}"), ".\n",
        x.nf(cm, "fl"), ", RN, CCM\n")
    return x.done()


def _us_psych_hold(x: _X) -> Note:
    pt = x.patient("US", ages=(19, 45))
    cop, mom, room, doc = (x.person("US"), x.person("US", "F"), x.person("US"),
                           x.person("US"))
    mom.last = pt.last
    exp = x.later(3)
    x.w("PSYCHIATRIC EMERGENCY EVALUATION\n",
        "Patient: ", x.nf(pt, "fl"), " (", x.age(pt.age, "{} y/o"), ")  MRN ", ID(pt.mrn),
        "  Date: ", DT(x.df(x.day, "us")), "\n\n",
        "Brought in by police, Officer ", x.nf(cop, "l"), " (badge #",
        ID(x.digits(4, True)), ") on a 72-hour hold for danger to self after roommate ",
        x.nf(room, "f"), " found pt with a belt and a note. Police case # ",
        ID(f"{x.day.year % 100}-{x.digits(6)}"), ".\n",
        "Pt endorses SI with plan x ", CV("1 week"), " after job loss; denies HI, AH/VH.\n",
        "C-SSRS: ", CV("positive, recent behavior"), ". ", CV("PHQ-9 24"), ". ",
        CV("BAL 0.00"), ". UDS + THC.\n",
        "Collateral: mother ", x.nf(mom, "fl"), " (", PH(x.phone("US")),
        "): one prior attempt (overdose), hospitalized ", DT(x.df(x.ago(900), "my")), ".\n",
        "MSE: disheveled, poor eye contact, psychomotor slowing, mood \"empty\", affect ",
        "constricted, TP linear, insight poor.\n\n",
        "Plan: admit to adult inpatient unit (3 West), 1:1 observation, ",
        CV("sertraline 50 mg daily"), ", ", CV("hydroxyzine 25 mg PO q6h PRN"),
        ". Hold expires ", DT(x.df(exp, "us1")), " ", x.hhmm(), ".\n",
        x.nf(doc, "fl"), ", MD (Psychiatry)\n")
    return x.done()


def _us_cath(x: _X) -> Note:
    pt = x.patient("US", ages=(49, 86))
    op_, fel, son = x.person("US"), x.person("US"), x.person("US", "M")
    son.last = pt.last
    x.w("CARDIAC CATHETERIZATION REPORT\n",
        "Pt: ", x.nf(pt, "Lf"), "  MRN ", ID(pt.mrn), "  DOB ", DT(x.df(pt.dob, "us2")), "\n",
        "Date: ", DT(x.df(x.day, "us")), "  Operator: ", x.nf(op_, "fl"), ", MD, FACC  Fellow: ",
        x.nf(fel, "fl"), ", MD\n\n",
        "Indication: NSTEMI, ", CV("hs-troponin T 412 ng/L"), ", ", CV("TIMI risk score 5"), ".\n",
        "Access: R radial ", CV("6 Fr"), " (Barbeau type A). ", CV("heparin 70 U/kg"), ", ",
        CV("ACT 286"), ".\n",
        "Findings: LM normal. LAD: ", CV("90%"), " proximal stenosis, ", CV("TIMI 2"),
        " flow. LCx: ", CV("40%"), " mid. RCA: dominant, ", CV("30%"), ". ",
        CV("LVEDP 22 mmHg"), ".\n",
        "PCI: proximal LAD - predilation ", CV("2.5 x 15 mm"), " balloon, ",
        CV("3.0 x 28 mm"), " everolimus DES (serial ", ID(f"{x.upper(2)}{x.digits(8)}"),
        ") at ", CV("14 atm"), ", post-dilated ", CV("3.5 NC"), ". ", CV("0%"), " residual, ",
        CV("TIMI 3"), ".\n",
        "Closure: TR Band, ", CV("12 mL"), " air. Contrast ", CV("145 mL"), ", fluoro ",
        CV("11.2 min"), ".\n\n",
        "Plan: ", CV("aspirin 81 mg daily"), " + ", CV("ticagrelor 90 mg BID"), " x ",
        CV("12 months"), ", ", CV("atorvastatin 80 mg"), ", echo, cardiac rehab referral.\n",
        "Son ", x.nf(son, "f"), " updated in waiting room; cell ", PH(x.phone("US")), ".\n")
    return x.done()


def _us_death_note(x: _X) -> Note:
    ssn, full = x.ssn(), x.r.random() < 0.5
    pt = x.patient("US", ages=(90, 99) if x.r.random() < 0.6 else (58, 89))
    rn, kin, inv, doc = (x.person("US"), x.person("US"), x.person("US"),
                         x.person("US"))
    kin.last = pt.last if x.r.random() < 0.5 else kin.last
    rel = "son" if kin.sex == "M" else "daughter"
    x.w("DEATH PRONOUNCEMENT NOTE\n",
        "Called by ", x.nf(rn, "fl"), ", RN at ", x.hhmm(1, 4), " to evaluate ", x.title(pt), " ",
        x.nf(pt, "l"), " (", x.nf(pt, "LF"), ", MRN ", ID(pt.mrn), "), ",
        x.a_age(pt.age), " with metastatic NSCLC on comfort care since ",
        DT(x.df(x.ago(x.r.randint(2, 6)), "us1")), ".\n",
        "Exam: unresponsive to verbal and tactile stimuli; no spontaneous respirations; no heart ",
        "sounds or carotid pulse over ", CV("1 minute"), "; pupils fixed and dilated.\n",
        "Time of death: ", x.hhmm(2, 5), " on ", DT(x.df(x.day, "mdy")), ".\n\n",
        "Family: ", rel, " ", x.nf(kin, "fl"), " notified by phone (", PH(x.phone("US")),
        "); will come in. Chaplain paged.\n",
        "Medical examiner: not an ME case per investigator ", x.nf(inv, "fl"), " (case ref ",
        ID(f"ME-{x.day.year}-{x.digits(5)}"), ").\n",
        "OPO notified within 1 hour, referral # ", ID(f"{x.digits(7, True)}"),
        "; tissue donation only - family to be approached by OPO.\n",
        "Autopsy: declined by family. Death certificate worksheet started (decedent SSN ",
        SS(ssn) if full else ["xxx-xx-", SS(ssn[-4:])], ").\n",
        x.nf(doc, "fl"), ", MD (night hospitalist)\n")
    return x.done()


def _us_sleep_study(x: _X) -> Note:
    ssn = x.ssn()
    pt = x.patient("US", ages=(34, 78))
    ref, doc = x.person("US", "F"), x.person("US")
    night = x.ago(x.r.randint(3, 9))
    x.w("HOME SLEEP APNEA TEST - INTERPRETATION\n",
        "Patient: ", x.nf(pt, "fl"), "   DOB: ", DT(x.df(pt.dob, "us")), "   MRN: ", ID(pt.mrn),
        "   SSN: ***-**-", SS(ssn[-4:]), "\n",
        "Device: WatchPAT ONE, serial ", ID(f"{x.digits(9, True)}"), "   Recording night: ",
        DT(x.df(night, "us1")), "\nReferring: ", x.nf(ref, "fl"), ", NP\n",
        "Data uploaded ", DT(x.isodt(night + timedelta(days=1))), " from ", IPA(x.ip()), "\n\n",
        "Results: valid sleep time ", CV("6 h 12 min"), "; ", CV("pAHI 34.6/h"), "; ",
        CV("pRDI 38.1/h"), "; ", CV("ODI 31.2/h"), "; ", CV("SpO2 nadir 76%"), "; ",
        CV("T<88% 42 min"), ". Supine-predominant; snoring > ", CV("45 dB"), " ",
        CV("31%"), " of night.\n",
        "Impression: severe obstructive sleep apnea. ", CV("Epworth 15"), ", ",
        CV("BMI 36.4"), ".\n",
        "Recommendations: ", CV("APAP 5-15 cm H2O"), " with heated humidification; order sent to ",
        "DME (Apria, fax ", PH(x.phone("US")), "); compliance download at ", CV("31-90 days"),
        "; avoid driving when drowsy. Results: ",
        UR(f"https://sleep.{x.pick(['northstar', 'bayview', 'crestline'])}health.org/reports/"
           f"{x.digits(7)}"),
        "\n", x.nf(doc, "fl"), ", MD, D-ABSM\n")
    return x.done()


def _us_trial_enrol(x: _X) -> Note:
    pt = x.patient("US", ages=(45, 79))
    crc, pi = x.person("US", "F"), x.person("US")
    nxt = x.later(28)
    x.w("RESEARCH NOTE - STUDY ENROLLMENT\n",
        "Protocol: NCT0", x.digits(7, True), " (CKD in T2D, phase 3)   Subject ID: ",
        ID(f"{x.digits(3, True)}-{x.digits(4)}"), "\n",
        "Participant: ", x.nf(pt, "fl"), "  MRN ", ID(pt.mrn), "\n\n",
        "Informed consent obtained on ", DT(x.df(x.day, "mdy")), " at ", x.hhmm(9, 16), " by ",
        x.nf(crc, "fl"), " (CRC) prior to any study procedures. eConsent v3.1 signed in REDCap (",
        UR(f"https://redcap.{x.pick(['umc', 'rmh', 'uhs'])}.edu/surveys/?s={x.upper(10)}"),
        "); audit trail shows signature from ", IPA(x.ip()), ". Participant given a copy and ",
        "asked questions; no coercion.\n",
        "Eligibility confirmed by PI Dr. ", x.nf(pi, "l"), ": ", CV("eGFR 48"), ", ",
        CV("UACR 410 mg/g"), ", ", CV("HbA1c 7.9%"), ", on max tolerated ",
        CV("losartan 100 mg daily"), ".\n",
        "Randomized (IWRS) - blinded study drug dispensed, ",
        CV("1 tablet daily"), ".\n",
        "Contact preferences: mobile ", PH(pt.phone), ", email ", EM(pt.email), ".\n",
        "Next visit: ", DT(x.df(nxt, "us1")), " (week 4, ", CV("+/- 3 days"), ").\n",
        x.nf(crc, "fl"), ", BS, CCRC\n")
    return x.done()


def _us_thyroid_fna(x: _X) -> Note:
    pt = x.patient("US", sex="F", ages=(26, 74))
    endo, path, ct = x.person("US"), x.person("US"), x.person("US")
    rec = x.ago(2)
    x.w("CYTOPATHOLOGY REPORT\n",
        "Case: ", ID(f"C{x.day.year % 100}-{x.digits(5, True)}"), "   Received: ",
        DT(x.df(rec, x.pick(["dash", "compact"]))), "\n",
        "Patient: ", x.nf(pt, "LFF"), "   MRN: ", ID(pt.mrn), "   DOB: ", DT(x.df(pt.dob, "us")),
        "   Sex: F\nSubmitting physician: ", x.nf(endo, "fml"), ", MD (Endocrinology)\n\n",
        "Specimen: thyroid, right lobe nodule ", CV("2.3 cm"), " (", CV("TI-RADS 4"),
        "), ultrasound-guided FNA, ", CV("4 passes"), "; ThinPrep and cell block.\n\n",
        "DIAGNOSIS: ATYPIA OF UNDETERMINED SIGNIFICANCE (", CV("Bethesda category III"), ").\n\n",
        "Microscopic: moderately cellular specimen with follicular cells in microfollicles and ",
        "sheets; focal nuclear enlargement and pallor; scattered Hurthle cells; scant colloid. ",
        "No papillae or intranuclear inclusions.\n",
        "Note: molecular testing (ThyroSeq v3) sent on dedicated pass, specimen ",
        ID(f"TS{x.digits(7)}"), ". Risk of malignancy ", CV("13-30%"), ".\n\n",
        "Cytotechnologist: ", x.nf(ct, "ini"), "   Pathologist: ", x.nf(path, "fl"), ", MD\n",
        "Electronically signed ", DT(x.df(x.day, "us")), " ", x.clock(9, 18), "\n")
    return x.done()


def _us_signout(x: _X) -> Note:
    pt = x.patient("US", ages=(40, 88))
    p2, p3 = x.person("US"), x.person("US")
    day_, night = x.person("US"), x.person("US")
    x.w("NIGHT SIGN-OUT (I-PASS) - Med B team - ", DT(x.df(x.day, "usmd")), "\n",
        "From ", x.nf(day_, "iL"), " (pager ", PH(x.digits(4, True)), ") to ", x.nf(night, "iL"),
        "\n\n",
        "1) ", x.nf(pt, "Lfi"), "., rm 914, MRN ", ID(pt.mrn), " - WATCHER\n",
        "   ", x.age(pt.age, "{}"), f"{pt.sex} ", "GI bleed (melena), ", CV("Hgb 7.4"),
        " after ", CV("2u"), "; ", CV("pantoprazole 40 mg IV BID"), ", EGD in AM, NPO after MN.\n",
        "   To do: CBC at ", x.hhmm(21, 23), "; transfuse if ", CV("Hgb < 7"), "; if HR > ",
        CV("110"), " or hematemesis -> page GI fellow and call RRT.\n",
        "2) ", x.nf(p2, "Lfi"), "., rm 918 - stable\n",
        "   CHF exacerbation, ", CV("furosemide 40 mg IV BID"), ", net ", CV("-1.8 L"),
        ". AM BMP, replete ", CV("K > 4"), ".\n",
        "   Wife ", x.nf(x.person("US", "F"), "f"), " may call (", PH(x.phone("US")),
        ") - ok to update.\n",
        "3) ", x.nf(p3, "Lfi"), "., rm 922 - stable\n",
        "   DKA resolved, transitioned to ", CV("glargine 18 units"), " + ",
        CV("lispro SSI"), "; if BG > ", CV("300"), " x2 call.\n",
        "   Pt's husband/partner brings home pump supplies tomorrow.\n\n",
        "Synthesis by receiver: read back, no questions. - ", x.nf(night, "ini"), "\n")
    return x.done()


# ================================================================ England / Scotland
def _uk_amu_clerking(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", ages=(90, 96) if x.r.random() < 0.3 else (62, 89),
                   mrn=f"{x.pick(['RX', 'K', 'M', 'A'])}{x.digits(6)}",
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    dtr, fy = x.person("UK", "F"), x.person("UK")
    x.w("AMU clerking  ", DT(x.df(x.day, "uk")), " ", x.clock(), "\n",
        x.nf(pt, "fl"), ", ", x.age(pt.age, "{}" + pt.sex), ", NHS No. ", ID(nhs), ", Hosp No. ",
        ID(pt.mrn), "\n\n",
        "PC: SOB + swollen legs ", CV("1/52"), "\n",
        "HPC: progressive exertional SOB, now ", CV("10 yards"), ", 3-pillow orthopnoea, PND x2. ",
        "Legs swollen to knees. No CP. Wt up ", CV("4 kg"), " per daughter.\n",
        "PMH: AF, T2DM, CKD 3b, Parkinson's disease, L TKR\n",
        "DH: ", CV("apixaban 5 mg BD"), ", ", CV("bisoprolol 2.5 mg OD"), ", ",
        CV("co-careldopa 25/100 TDS"), ", ", CV("metformin 500 mg BD"), ", ",
        CV("furosemide 40 mg OM"), ". NKDA\n",
        "SH: lives alone in bungalow in ", AD(pt.city), ", POC once daily, daughter ",
        x.nf(dtr, "f"), " visits daily (mob ", PH(x.phone("UK")), "). Ex-smoker, ",
        CV("2 units/wk"), ".\n\n",
        "O/E: ", CV("NEWS2 5"), " - ", CV("RR 24"), ", ", CV("SpO2 91% on air"), ", ",
        CV("BP 104/66"), ", ", CV(f"HR {x.num(110, 130)} irreg"), ", ", CV("T 37.2"), ". JVP ",
        CV("+4 cm"), ", bibasal creps, pitting oedema to knees.\n",
        "Bloods: ", CV("Hb 112"), ", ", CV("WCC 9.4"), ", ", CV("K 5.6"), ", ",
        CV("Cr 168"), " (baseline 120), ", CV("NT-proBNP 6,240"), "\n",
        "Imp: decompensated HF with fast AF\n",
        "Plan: ", CV("furosemide 80 mg IV BD"), ", daily wts, ", CV("1.5 L"),
        " fluid restriction, hold metformin, echo, r/v by cardiology. TEP discussed: for ",
        "ward-level ",
        "care.\n",
        "Dr ", x.nf(fy, "fl"), " (FY2) bleep ", PH(x.digits(4, True)), "\n")
    return x.done()


def _uk_appendix_discharge(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", ages=(18, 64), mrn=f"{x.upper(1)}{x.digits(7)}",
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    gp, cons, ct1 = x.person("UK"), x.person("UK"), x.person("UK")
    gs, gc, _, gz = x.address("UK")
    op = x.ago(1)
    x.w("Department of General Surgery - Discharge Summary (sent electronically to GP)\n",
        "Patient: ", x.title(pt), " ", x.nf(pt, "fl"), "   DOB: ", DT(x.df(pt.dob, "uk")),
        "   Hosp no: ", ID(pt.mrn), "   NHS: ", ID(nhs), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), ", ", ZP(pt.zip), "\n",
        "GP: Dr ", x.nf(gp, "iL"), ", ", x.pick(["Parkside", "Riverbank", "Abbey Road"]),
        " Surgery, ", AD(gs), ", ", AD(gc), " ", ZP(gz), "\n",
        "Admitted: ", DT(x.df(x.ago(2), "uk")), "   Discharged: ", DT(x.df(x.day, "uk")),
        "   Consultant: Mr ", x.nf(cons, "l"), "\n\n",
        "Diagnosis: acute appendicitis (", CV("Alvarado 8"), "); CT not required.\n",
        "Procedure: laparoscopic appendicectomy ", DT(x.df(op, "dmy")),
        " - inflamed non-perforated appendix; histology pending (specimen ",
        ID(f"H{x.day.year % 100}/{x.digits(5)}"), ").\n",
        "TTO: ", CV("co-amoxiclav 625 mg TDS"), " for ", CV("5/7"), " (completes ",
        DT(x.df(x.later(4), "ukn")), "), ", CV("paracetamol 1 g QDS PRN"), ", ",
        CV("ibuprofen 400 mg TDS"), " ", CV("5/7"), ".\n",
        "Follow-up: none routine. Wound check with practice nurse at ", CV("7-10 days"),
        ". Histology will be reviewed and a letter sent. Return if ", CV("T > 38"),
        " or worsening pain.\n",
        "GP actions: nil.\n",
        "Dr ", x.nf(ct1, "fl"), " (CT1) on behalf of Mr ", x.nf(cons, "l"), "\n")
    return x.done()


def _uk_memory_clinic(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", sex="F", ages=(90, 95) if x.r.random() < 0.55 else (71, 89),
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    dtr, gp, doc = x.person("UK", "F"), x.person("UK"), x.person("UK")
    x.w("Memory Assessment Service\n\n",
        "Re: ", x.title(pt), " ", x.nf(pt, "fl"), ", DOB ", DT(x.df(pt.dob, "dmY")), ", ",
        AD(pt.street), ", ", AD(pt.city), " ", ZP(pt.zip), ", NHS ", ID(nhs), "\n\n",
        "Dear Dr ", x.nf(gp, "l"), ",\n\n",
        "I saw ", x.title(pt), " ", x.nf(pt, "l"), ", ", x.a_age(pt.age),
        " retired dinner lady, with her daughter ", x.nf(dtr, "fl"),
        " (LPA for health and welfare) in clinic on ", DT(x.df(x.day, "ord")),
        ". Her family describe ", CV("18 months"), " of gradual memory loss, repeating questions ",
        "and getting lost in ", AD(pt.city), " town centre.\n\n",
        x.title(pt), " ", x.nf(pt, "l"), "'s ACE-III today was ", CV("68/100"), " (attention ",
        CV("14/18"), ", memory ", CV("12/26"),
        ", fluency ", CV("5/14"), ", language ", CV("22/26"), ", visuospatial ", CV("15/16"),
        "). CT head (", DT(x.df(x.ago(x.r.randint(20, 50)), "uk")),
        "): generalised atrophy and small vessel disease (", CV("Fazekas 2"), ").\n\n",
        "Diagnosis: mixed Alzheimer's and vascular dementia, moderate.\n",
        "Plan: ", CV("donepezil 5 mg nocte"), " for ", CV("4/52"), " then ", CV("10 mg"),
        " (ECG: ", CV("HR 64"), ", ", CV("QTc 438 ms"), "). Admiral Nurse referral. Review ",
        CV("3/12"), " in clinic. ", x.nf(dtr, "f"), " can be reached on ", PH(x.phone("UK")),
        " or ", EM(x.email(dtr, "UK")), ".\n\n",
        "Yours sincerely,\n\nDr ", x.nf(doc, "fl"), "\nConsultant Old Age Psychiatrist\n",
        "cc: ", x.title(pt), " ", x.nf(pt, "l"), "; ", x.nf(dtr, "fl"), "\n")
    return x.done()


def _uk_safeguarding(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", sex="F", ages=(68, 93),
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    mgr, nb, pc_, sw = x.person("UK", "F"), x.person("UK"), x.person("UK"), x.person("UK")
    council = pt.city.lower().replace(" ", "")
    x.w("ADULT SAFEGUARDING CONCERN (Care Act s.42 referral)\n",
        "Date of concern: ", DT(x.df(x.day, "uk")), "   Raised by: ", x.nf(mgr, "fl"),
        ", Ward Manager, Ward 23 (Care of the Elderly)\n",
        "Adult at risk: ", x.nf(pt, "fl"), ", DOB ", DT(x.df(pt.dob, "uk")), ", ",
        x.age(pt.age, "aged {}"), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), " ", ZP(pt.zip), "   NHS ", ID(nhs), "\n\n",
        "Concern: on admission (", DT(x.df(x.ago(3), "ukn")), ") patient disclosed that a ",
        "neighbour, ", x.nf(nb, "fl"), ", has been holding her bank card and collecting her ",
        "pension \"to help\". Cupboards reportedly empty. Bruising to L forearm (", CV("4 x 3 cm"),
        ", yellow-green) - body map completed and photographed. ",
        CV("Wt 41 kg"), ", ", CV("MUST 2"), ".\n",
        "Capacity: MCA assessment ", DT(x.df(x.ago(1), "dmy")),
        " - lacks capacity for decisions about finances; has capacity re residence.\n",
        "Police informed: yes, crime reference ",
        ID(f"{x.digits(2)}{x.upper(2)}/{x.digits(6)}/{x.day.year % 100}"),
        " (PC ", x.nf(pc_, "l"), ", collar no. ", ID(x.digits(4, True)), ").\n",
        "Allocated social worker: ", x.nf(sw, "fl"), ", Adult Social Care, tel ", PH(x.phone("UK", mobile=False)), ", ",
        EM(x.staff_email(sw, f"{council}.gov.uk")), "\n",
        "Immediate plan: not for discharge home pending strategy meeting; bank contacted by ",
        "daughter with patient consent.\n")
    return x.done()


def _uk_resp_physio(x: _X) -> Note:
    pt = x.patient("UK", ages=(58, 88))
    sho, phys = x.person("UK"), x.person("UK")
    ini = phys.ini.lower() if x.r.random() < 0.5 else phys.ini
    x.w("resp physio on-call  ", DT(x.df(x.day, "ukn")), " ", x.clock(0, 5), "\n",
        "called by ward 9 nurse re increasing o2 requirement. pt ", x.nf(pt, "lowl"), ", bed 4, ",
        str(pt.age), "y, day 3 CAP + COPD.\n",
        "on arrival: ", CV("spo2 86% on 35% venturi"), ", ", CV("rr 30"), ", weak ineffective ",
        "cough, audible secretions.\n",
        "abg (on 35%): ", CV("ph 7.31"), " ", CV("pco2 7.9 kpa"), " ", CV("po2 8.4 kpa"), " ",
        CV("hco3 29"), "\n",
        "ausc: reduced air entry lll, coarse creps bilat.\n",
        "rx: acbt + manual techniques in sitting, cough assist ", CV("+40/-40"),
        ", nasopharyngeal suction x1 - moderate thick yellow secretions. spo2 ",
        CV("86 -> 92%"), " post rx.\n",
        "plan: sputum sent (lab no ", ID(f"{x.digits(2)}{x.upper(1)}{x.digits(6)}"),
        "), ", CV("nebulised 0.9% saline 5 ml qds"), ", re-review by ward physio in am; ",
        "d/w sho dr ", x.nf(sho, "lowl"), " bleep ", PH(x.digits(4, True)),
        " - for repeat abg in ", CV("1 hr"), " ?niv.\n",
        NM(ini), " physio\n")
    return x.done()


def _uk_rheum_letter(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", sex="F", ages=(33, 74), mrn=f"{x.upper(1)}{x.digits(6)}",
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    gp, cons, typ = x.person("UK"), x.person("UK"), x.person("UK", "F")
    x.w("Rheumatology Outpatients - clinic letter\n",
        "Dictated: ", DT(x.df(x.day, "uk")), "   Typed: ", DT(x.df(x.later(3), "uk")), "\n\n",
        "Dear Dr ", x.nf(gp, "l"), "\n\n",
        "Re: ", x.nf(pt, "fl"), "  DOB ", DT(x.df(pt.dob, "uk")), "  Hosp no ", ID(pt.mrn),
        "  NHS no ", ID(nhs), "\n", AD(pt.street), ", ", AD(pt.city), " ", ZP(pt.zip), "\n\n",
        "Diagnosis: seropositive rheumatoid arthritis (RF+, anti-CCP > ", CV("340"), ")\n\n",
        x.title(pt), " ", x.nf(pt, "l"), " has ongoing synovitis despite methotrexate. ",
        CV("DAS28-CRP 4.9"), " today (TJC ", CV("8"), ", SJC ", CV("5"), ", ", CV("CRP 23"),
        ", PGA ", CV("62"), "). HAQ ", CV("1.25"), ".\n",
        "Current: ", CV("methotrexate 20 mg weekly SC"), ", ", CV("folic acid 5 mg weekly"),
        " (not on MTX day), ", CV("hydroxychloroquine 200 mg BD"), ".\n",
        "Plan: add ", CV("sulfasalazine EN 500 mg OD"), ", increasing weekly to ", CV("1 g BD"),
        "; ", CV("Depo-Medrone 120 mg IM"), " today. Bloods (FBC, U&E, LFT) every ", CV("2/52"),
        " for ", CV("6/52"), " then monthly. If still active at review, she will meet NICE ",
        "criteria for a biologic.\n",
        "She prefers email updates (", EM(pt.email), "); a copy of this letter is on her ",
        "Patient Knows Best record: ",
        UR(f"https://my.patientsknowbest.com/record/{x.digits(8)}"), ".\n",
        "Review ", CV("4/12"), ".\n\nYours sincerely\n\nDr ", x.nf(cons, "fml"),
        "\nConsultant Rheumatologist\n", NM(cons.ini), "/", NM(typ.ini.lower()), "\n")
    return x.done()


def _uk_specimen_reject(x: _X) -> Note:
    nhs = x.nhs()
    pt = x.patient("UK", ages=(40, 94),
                   ids=[("NH", "NHS number", nhs.replace(" ", "").replace("-", ""))])
    hca, bio, who = x.person("UK"), x.person("UK"), x.person("UK")
    spec = f"{x.day.year % 100}{x.upper(1)}{x.digits(7)}"
    x.w("Clinical Biochemistry - comment on specimen ", ID(spec), "\n",
        "Patient: ", x.nf(pt, "LF"), "   NHS ", ID(nhs), "   DOB ", DT(x.df(pt.dob, "uk")),
        "\nLocation: Ward 6 (Acute Stroke)   Received ", DT(x.df(x.day, "uk")), " ",
        x.clock(6, 11), "\n\n",
        CV("Potassium 6.9 mmol/L"), " - SAMPLE HAEMOLYSED (", CV("H-index 310"),
        "). Potassium, LDH and AST not reported. Please repeat.\n",
        "Possible EDTA contamination also (", CV("Ca 1.41 mmol/L"), ", ", CV("ALP < 5 U/L"),
        ") - take the SST before the EDTA tube.\n",
        "Previous ", CV("K 4.3"), " on ", DT(x.df(x.ago(x.r.randint(2, 9)), "ukn")), ".\n",
        "Phoned to ", x.nf(hca, "f"), " on ward (ext ", PH(x.digits(4, True)), ") at ",
        x.clock(7, 12), " by ", x.nf(who, "ini"), ".\n",
        "Analyser: cobas c702 via LIMS node ", IPA(x.ip(private=True)), ". Result and request: ",
        UR(f"https://ice.{x.pick(['lth', 'sft', 'nuh', 'wwl'])}.nhs.uk/icedesktop/request?id="
           f"{x.digits(9)}"),
        "\nFor advice: duty biochemist ", x.nf(bio, "fl"), ", bleep ", PH(x.digits(4, True)),
        " or ", EM(x.staff_email(bio, "nhs.net")), "\n")
    return x.done()


def _uk_ipc_alert(x: _X) -> Note:
    pt = x.patient("UK", ages=(55, 93), mrn=f"{x.upper(1)}{x.digits(6)}")
    others = [x.person("UK") for _ in range(3)]
    ipn = x.person("UK", "F")
    x.w("Infection Prevention & Control - alert organism notification\n",
        "To: nurse in charge, Ward 14 (Respiratory)   ", DT(x.df(x.day, "dmy")), " ",
        x.clock(9, 16), "\n\n",
        "Patient: ", x.nf(pt, "fl"), " (hosp no ", ID(pt.mrn), "), bay 2 bed 3 - moved to side ",
        "room 14-4 today.\n",
        "Organism: Clostridioides difficile, GDH positive / toxin POSITIVE, stool ",
        ID(f"{x.day.year % 100}M{x.digits(6)}"), " collected ", DT(x.df(x.ago(1), "uk")),
        ". ", CV("Bristol stool type 7"), " x5 in ", CV("24 h"), ".\n",
        "Actions: enteric precautions (gloves/apron, soap and water); ", CV("1,000 ppm"),
        " chlorine clean of bay 2; stop ", CV("omeprazole 20 mg OD"), "; review ",
        CV("piperacillin-tazobactam 4.5 g TDS"), " with micro; start ",
        CV("oral vancomycin 125 mg QDS"), " for ", CV("10/7"), ".\n",
        "Contacts in bay 2 (monitor for diarrhoea, no screening needed):\n",
        [["- ", x.nf(o, x.pick(["fl", "LF"])), " (", ID(f"{x.upper(1)}{x.digits(6)}"), ")\n"]
         for o in others],
        "Period of increased incidence: 2nd case on ward in ", CV("28 days"), " - ribotyping ",
        "requested.\n",
        "IPC nurse: ", x.nf(ipn, "fl"), ", bleep ", PH(x.digits(4, True)), ", ",
        EM(x.staff_email(ipn, "nhs.net")), "\n")
    return x.done()


def _scot_renal_letter(x: _X) -> Note:
    who = x.person("SC", x.pick("MF"))
    pt = x.patient("SC", ages=(52, 86), who=who)
    chi = x.chi(pt.dob, pt.sex)
    pt.ids.append(("JHN", "CHI", chi))
    gp, neph, sp = x.person("SC"), x.person("SC"), x.person("SC", "M" if pt.sex == "F" else "F")
    sess = x.later(x.r.randint(14, 40))
    x.w("Renal Outpatients\n",
        "CHI: ", ID(chi), "   Name: ", x.nf(pt, "fl"), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), ", ", ZP(pt.zip), "\n",
        "Clinic date: ", DT(x.df(x.day, "dot")), "\n\n",
        "Dear Dr ", x.nf(gp, "l"), "\n\n",
        "Diagnoses: CKD G4 A3 secondary to diabetic nephropathy; renal anaemia; metabolic ",
        "acidosis\n\n",
        "I reviewed ", x.title(pt), " ", x.nf(pt, "l"), " today with ", x.nf(sp, "f"),
        ". ", CV("eGFR 21 mL/min/1.73m2"), " (", CV("24"), " in ", DT(x.df(x.ago(180), "my")),
        "), ", CV("ACR 88 mg/mmol"), ", ", CV("K 5.2"), ", ", CV("bicarbonate 18"), ", ",
        CV("Hb 98 g/L"), ", ", CV("ferritin 210"), ", ", CV("TSAT 24%"), ". ",
        CV("BP 146/82"), ".\n",
        "Plan: start ", CV("darbepoetin 30 micrograms fortnightly"), ", ",
        CV("sodium bicarbonate 500 mg TDS"), ", continue ", CV("dapagliflozin 10 mg OD"),
        ". We discussed kidney replacement options (PD, HD, conservative care); they will ",
        "attend the education session on ", DT(x.df(sess, "dmY")),
        ". Transplant work-up started. Please check U&E in ", CV("4 weeks"), ".\n",
        "Review ", CV("3/12"), ".\n\nDr ", x.nf(neph, "fl"), ", Consultant Nephrologist\n",
        "Secretary: ", PH(x.phone("SC", mobile=False)), "\n")
    return x.done()


# ================================================================ Canada
def _ca_ab_chemo(x: _X) -> Note:
    phn = x.digits(9, True)
    pt = x.patient("AB", ages=(38, 79), ids=[("JHN", "AB PHN", phn)])
    hus, rn, hc = x.person("CA", "M" if pt.sex == "F" else "F"), x.person("CA", "F"), x.person("CA")
    disc = x.later(2)
    x.w("Ambulatory Oncology - Chemotherapy Day Unit Nursing Note\n",
        x.nf(pt, "LF"), "   ULI/PHN ", ID(f"{phn[:5]}-{phn[5:]}"), "   MRN ", ID(pt.mrn),
        "   DOB ", DT(x.df(pt.dob, "dmy")), "\n", DT(x.df(x.day, "iso")),
        "  C4D1 mFOLFOX6 - stage ",
        "III colon adenocarcinoma (adjuvant)\n\n",
        "Pre-chemo: ", CV("ANC 1.8"), ", ", CV("plt 142"), ", ", CV("Hgb 108"), ", ",
        CV("Cr 74 umol/L"), ", ", CV("bili 12"), ". ", CV(f"Wt {x.num(58, 92, 1)} kg"), ", ",
        CV("BSA 1.84 m2"), ". ", CV(f"BP {x.num(112, 138)}/{x.num(66, 84)}"), ", ",
        CV("HR 78"), ", ", CV("T 36.7"), ".\n",
        "Port accessed (", CV("20G 3/4 in"), " Huber), brisk blood return, flushes easily.\n",
        "Given: ", CV("oxaliplatin 85 mg/m2 (156 mg)"), " over ", CV("2 h"), ", ",
        CV("leucovorin 400 mg/m2"), ", ", CV("5-FU 400 mg/m2"), " bolus, then ",
        CV("5-FU 2,400 mg/m2"), " via CADD pump over ", CV("46 h"), ".\n",
        "Toxicity: ", CV("CTCAE grade 1"),
        " cold-induced peripheral neuropathy; no diarrhea, mouth ",
        "sores mild.\n",
        "Pump disconnect ", x.wd(disc), " ", DT(x.df(disc, "dm")), " by home care nurse ",
        x.nf(hc, "fl"), ". Pt lives in ", AD(pt.city), ", AB ", ZP(pt.zip), " (~",
        CV("1 h"), " drive); spouse ", x.nf(hus, "f"), " drove today. Contact ", PH(pt.phone),
        ".\n",
        "Next cycle ", DT(x.df(x.later(14), "dmy")), ". Reviewed fever > ", CV("38.3"),
        " instructions (Oncology On-Call Line).\n",
        x.nf(rn, "fl"), ", RN, CON(C)\n")
    return x.done()


def _ca_ns_walkin(x: _X) -> Note:
    hcn = x.digits(10)
    pt = x.patient("NS", ages=(18, 60), ids=[("JHN", "NS HCN", hcn)])
    npr = x.person("CA", "F")
    x.w("Walk-in clinic visit - ", DT(x.df(x.day, "mdy")), "\n",
        "Pt: ", x.nf(pt, "fl"), "   HCN ", ID(f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}"), "   DOB ",
        DT(x.df(pt.dob, "iso")), "\nPhone ", PH(pt.phone), "   Email ", EM(pt.email), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), ", NS ", ZP(pt.zip), "\n",
        "No family doctor - on the Need a Family Practice registry since ",
        DT(x.df(x.ago(x.r.randint(300, 700)), "my")), ".\n\n",
        "S: sore throat x ", CV("3 days"), ", fever, no cough, no rash. Works at a daycare.\n",
        "O: ", CV("T 38.6"), ", ", CV(f"HR {x.num(96, 110)}"), ", ", CV("RR 16"), ", ",
        CV("SpO2 98%"), ". Tonsillar exudate, tender anterior cervical nodes. ",
        CV("McIsaac score 4"), ".\n",
        "Rapid strep antigen: POSITIVE.\n",
        "A/P: GAS pharyngitis - ", CV("penicillin V 600 mg PO BID x 10 days"),
        ". Off work until ", CV("24 h"), " on antibiotics (note given). Salt-water gargles, ",
        CV("ibuprofen 400 mg q6h PRN"), ". Return if drooling, trismus or unable to swallow.\n",
        "Virtual follow-up if not improving: ",
        UR(f"https://book.{x.pick(['novascotiavirtualcare', 'maritimewalkin'])}.ca/appt/"
           f"{x.upper(8).lower()}"),
        "\n", x.nf(npr, "fl"), ", NP\n")
    return x.done()


# ================================================================ Australia
def _au_pharm_recon(x: _X) -> Note:
    med = x.medicare_au()
    ihi = f"800360{x.digits(10)}"
    pt = x.patient("AU", ages=(66, 93), mrn=x.digits(7, True),
                   ids=[("MC", "Medicare", med.replace(" ", "").replace("-", "")),
                        ("NI", "IHI", ihi)])
    gp, rmo, ph = x.person("AU"), x.person("AU"), x.person("AU", "F")
    x.w("PHARMACIST MEDICATION RECONCILIATION - ADMISSION\n",
        "UR ", ID(pt.mrn), "   ", x.nf(pt, "LF"), "   DOB ", DT(x.df(pt.dob, "uk")),
        "   Ward 4B (General Medicine)\n",
        "Medicare ", ID(med), "   IHI ", ID(f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}"), "\n\n",
        "Sources: patient, Webster-pak from ",
        x.pick(["Priceline", "TerryWhite Chemmart", "Blooms"]),
        " Pharmacy (", PH(x.phone("AU", mobile=False)), "), GP list faxed by ",
        "Dr ", x.nf(gp, "iL"), " (fax ", PH(x.phone("AU", mobile=False)),
        "), My Health Record dispensing history.\n\n",
        "1. ", CV("apixaban (Eliquis) 5 mg BD"), " - confirmed, last dose ",
        DT(x.df(x.ago(1), "ukn")), " pm\n",
        "2. ", CV("Targin 10/5 mg BD"), " - confirmed\n",
        "3. ", CV("Endone 5 mg PRN"), " - last supplied ",
        DT(x.df(x.ago(x.r.randint(10, 40)), "uk")), "\n",
        "4. ", CV("pantoprazole 40 mg mane"), "; 5. ", CV("Movicol 1 sachet daily"), "\n",
        "6. ", CV("candesartan 16 mg daily"), " - NOT charted: ? intentional (", CV("K 5.4"),
        ", ", CV("eGFR 38"), ")\n\n",
        "Allergies: penicillin (rash, childhood). ADR: codeine - nausea.\n",
        "Plan: d/w RMO ", x.nf(rmo, "ini"), " re candesartan - withheld, documented. Webster-pak ",
        "to be updated on discharge; pharmacy notified.\n",
        x.nf(ph, "fl"), ", Clinical Pharmacist, ext ", PH(x.digits(4, True)), "\n")
    return x.done()


def _au_colon_path(x: _X) -> Note:
    med = x.medicare_au()
    pt = x.patient("AU", ages=(45, 82), mrn=x.digits(7, True),
                   ids=[("MC", "Medicare", med.replace(" ", "").replace("-", ""))])
    ref, gp, pth = x.person("AU"), x.person("AU"), x.person("AU")
    col = x.ago(x.r.randint(2, 4))
    x.w("HISTOPATHOLOGY REPORT\n",
        "Lab No: ", ID(f"{x.day.year % 100}-{x.digits(6, True)}"), "   Collected: ",
        DT(x.df(col, "uk")), "   Received: ", DT(x.df(col + timedelta(days=1), "uk")), "\n",
        "Patient: ", x.nf(pt, "LF"), "   DOB: ", DT(x.df(pt.dob, "uk")), "   Sex: ", pt.sex,
        "\nMedicare: ", ID(med), "   UR: ", ID(pt.mrn), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), " ", pt.state, " ", ZP(pt.zip), "\n",
        "Referring: Dr ", x.nf(ref, "fl"), " (Prov No ", ID(f"{x.digits(6, True)}{x.upper(2)}"),
        ")   Copy to: Dr ", x.nf(gp, "l"), "\n\n",
        "Clinical notes: positive iFOBT (NBCSP) ", DT(x.df(x.ago(60), "dash2")),
        ". Polyps caecum and sigmoid.\n",
        "Macroscopy: A. \"Caecal polyp\" - 3 fragments, ", CV("2-5 mm"),
        ". B. \"Sigmoid polyp\" - polypoid lesion ", CV("14 mm"), ", inked stalk. (", NM(pth.ini),
        ")\n",
        "Microscopy/Diagnosis:\nA. Sessile serrated lesion without dysplasia.\n",
        "B. Tubular adenoma with low-grade dysplasia, completely excised (margin ", CV("1.5 mm"),
        ").\n",
        "Comment: per NHMRC guidelines, surveillance colonoscopy in ", CV("3 years"), ".\n",
        "Reported by Dr ", x.nf(pth, "fl"), ", FRCPA  ", DT(x.df(x.day, "uk")), " ",
        x.clock(9, 17), "\n")
    return x.done()


def _au_mh_triage(x: _X) -> Note:
    pt = x.patient("AU", ages=(19, 55), mrn=x.digits(7, True))
    sis, cm, clin = x.person("AU", "F"), x.person("AU"), x.person("AU")
    x.w("MENTAL HEALTH TRIAGE - PHONE\n",
        DT(x.df(x.day, "uk")), " ", x.clock(9, 14), "   Caller: ", x.nf(sis, "fl"),
        " (sister) mob ", PH(x.phone("AU")), "\n",
        "Consumer: ", x.nf(pt, "fl"), ", DOB ", DT(x.df(pt.dob, "uk")), ", UR ", ID(pt.mrn), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), " ", pt.state, " ", ZP(pt.zip), "\n\n",
        "Reason: ", CV("4 nights"), " without sleep, pressured speech, maxed credit card on ",
        "online purchases, stopped ", CV("lithium 750 mg nocte"), " about ", CV("2/52"),
        " ago. Known bipolar I, last admission Banksia Unit ", DT(x.df(x.ago(500), "my3")), ".\n",
        "Risk: no SI/HI disclosed via collateral; no weapons at home; driving erratically per ",
        "sister. Lives with partner ", x.nf(x.person("AU"), "f"), ".\n",
        "Triage scale: ", CV("C"), " (response within ", CV("8 hours"), ").\n",
        "Plan: CATT home visit this afternoon, police not required. Case manager ",
        x.nf(cm, "fl"), " notified (ph ", PH(x.phone("AU")), "). Sister to call 000 if ",
        "deteriorates.\n", x.nf(clin, "fl"), ", RPN, Triage Clinician\n")
    return x.done()


# ================================================================ New Zealand
def _nz_postnatal(x: _X) -> Note:
    nhi = x.nhi()
    pt = x.patient("NZ", sex="F", ages=(19, 40), mrn=nhi, ids=[("NI", "NHI", nhi)])
    baby = x.person("NZ", x.pick("MF"))
    baby.last = pt.last if x.r.random() < 0.5 else baby.last
    partner, mw = x.person("NZ", "M"), x.person("NZ", "F")
    birth = x.ago(5)
    x.w("LMC Postnatal Visit - day 5 (home)\n",
        "Mother: ", x.nf(pt, "fl"), ", NHI ", ID(nhi), ", G2P2\n",
        "Baby: ", x.nf(baby, "fl"), ", NHI ", ID(x.nhi()), ", born ", DT(x.df(birth, "dmY")), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), " ", ZP(pt.zip), "\n\n",
        "Birth: SVB, EBL ", CV("350 mL"), ", 2nd degree tear sutured. Birth wt ",
        CV("3,480 g"), ", today ", CV("3,290 g"), " (", CV("-5.5%"), ").\n",
        "Baby: feeding well, exclusive breastfeeding ", CV("8-10 feeds/24 h"), ", ",
        CV("6+ wet nappies"), ". TcB ", CV("182 umol/L"), " - below treatment line. Newborn ",
        "metabolic screen taken ", DT(x.df(x.ago(3), "uk")), ", card no ", ID(x.digits(8, True)),
        ". Cord off.\n",
        "Mum: ", CV(f"BP {x.num(108, 126)}/{x.num(64, 80)}"), ", fundus firm ", CV("2 cm"),
        " below umbilicus, lochia rubra small, perineum healing. ", CV("EPDS 6"), ".\n",
        "Whanau support: partner ", x.nf(partner, "f"), " home for ", CV("2 weeks"),
        ", her nan staying.\n",
        "Plan: day 10 visit ", DT(x.df(x.later(5), "ukn")),
        "; transfer to Well Child Tamariki Ora ",
        "provider at ", CV("6/52"), ". Contact: ", PH(pt.phone), ", ", EM(pt.email), "\n",
        x.nf(mw, "fl"), ", RM\n")
    return x.done()


def _nz_ed_acc(x: _X) -> Note:
    nhi = x.nhi()
    pt = x.patient("NZ", ages=(8, 72), mrn=nhi, ids=[("NI", "NHI", nhi)])
    rn, rmo = x.person("NZ", "F"), x.person("NZ")
    fc = x.later(x.r.randint(3, 6))
    x.w("ED TRIAGE / TREATMENT NOTE\n",
        DT(x.df(x.day, "uk1")), " ", x.clock(), "   ATS ", CV("3"), "\n",
        x.nf(pt, "LF"), "   NHI ", ID(nhi), "   DOB ", DT(x.df(pt.dob, "uk")), "   Ph ",
        PH(pt.phone), "\n\n",
        "PC: FOOSH off trampoline at home in ", AD(pt.city), ", R wrist pain + deformity. ",
        "Pain ", CV("8/10"), ".\n",
        "ACC45 lodged - claim no ", ID(f"{x.upper(2)}{x.digits(5)}"), ".\n",
        "Obs: ", CV(f"HR {x.num(76, 104)}"), ", ", CV(f"BP {x.num(110, 140)}/{x.num(62, 86)}"),
        ", ", CV("SpO2 99%"), ". NV intact.\n",
        "XR: distal radius # with ", CV("25 degrees"), " dorsal angulation (Colles type) + ulnar ",
        "styloid #.\n",
        "Rx: ", CV("paracetamol 1 g"), " + ", CV("ibuprofen 400 mg"), " PO; haematoma block ",
        CV("lidocaine 1% 10 mL"), "; MUA + dorsal backslab; post-reduction XR acceptable. Pain ",
        CV("3/10"), ".\n",
        "Dispo: home; fracture clinic ", x.wd(fc), " ", DT(x.df(fc, "ukn")),
        "; elevate, sling, return if fingers numb/dusky.\n",
        x.nf(rn, "fl"), ", RN / Dr ", x.nf(rmo, "l"), " (RMO)\n")
    return x.done()


# ================================================================ Ireland
def _ie_rapid_chest(x: _X) -> Note:
    pps = x.ppsn()
    pt = x.patient("IE", ages=(45, 78), ids=[("NI", "PPSN", pps)])
    gp, spr, prof = x.person("IE"), x.person("IE"), x.person("IE")
    sp = x.person("IE", "F" if pt.sex == "M" else "M")
    ctca = x.later(x.r.randint(10, 30))
    x.w("Rapid Access Chest Pain Clinic\n",
        x.nf(pt, "fl"), ", MRN ", ID(pt.mrn), ", DOB ", DT(x.df(pt.dob, "uk")), "\n",
        AD(pt.street), ", ", AD(pt.city), ", ", pt.state, ", ", ZP(pt.zip), "\n",
        "Medical card: ", ID(f"{x.digits(7)}{x.upper(1)}"), "   PPSN: ", ID(pps),
        "   Tel: ", PH(pt.phone), "\n",
        "GP: Dr ", x.nf(gp, "fl"), ", ", AD(x.pick(_PLACES["IE"])[0]), "\n",
        "Seen: ", DT(x.df(x.day, "dmY")), "\n\n",
        x.age(pt.age, "{}"), "-year-old with ", CV("3 months"), " of exertional central chest ",
        "tightness, relieved by rest in ", CV("5 min"), ". Ex-smoker (", CV("30 pack-years"),
        "), ", CV("LDL 4.1 mmol/L"), ", ", CV("BP 152/94"), ". Father had MI at 54.\n",
        "ECG: SR ", CV("74"), ", no ischaemic change.\n",
        "Exercise stress test (Bruce protocol): stopped at ", CV("6 min 40 s"),
        " (stage 3) with chest tightness and ", CV("2 mm"), " horizontal ST depression V4-V6; ",
        CV("Duke treadmill score -6"), ".\n",
        "Plan: ", CV("aspirin 75 mg OD"), ", ", CV("atorvastatin 80 mg"), ", ",
        CV("bisoprolol 2.5 mg"), ", ", CV("GTN spray 400 micrograms PRN"),
        ". CT coronary angiogram ", DT(x.df(ctca, "dmy")),
        "; invasive angiography if high-risk anatomy. Told to call 112/999 for rest pain. ",
        x.nf(sp, "f"), " (", "wife" if sp.sex == "F" else "husband", ") present.\n\n",
        "Dr ", x.nf(spr, "fl"), ", SpR Cardiology, for Prof ", x.nf(prof, "l"), "\n")
    return x.done()


# ================================================================ Nigeria / Hong Kong
def _ng_clinic_letter(x: _X) -> Note:
    hosp = f"{x.pick(['LUTH', 'LASUTH', 'FMC'])}/{x.day.year % 100}/{x.digits(5)}"
    pt = x.patient("NG", ages=(42, 76), mrn=hosp)
    nok, doc = x.person("NG", "F" if pt.sex == "M" else "M"), x.person("NG")
    nok.last = pt.last
    x.w("MEDICAL OUTPATIENT CLINIC (Diabetes & Hypertension)\n",
        "Hospital No: ", ID(hosp), "   Date: ", DT(x.df(x.day, "ord")), "\n",
        "Name: ", x.title(pt), " ", x.nf(pt, "fl"), "   Age: ", str(pt.age), "   Sex: ", pt.sex,
        "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), ", ", AD("Lagos"), "\n",
        "Phone: ", PH(pt.phone), "   NOK: ", x.nf(nok, "fl"), " (",
        "wife" if nok.sex == "F" else "husband",
        ") ", PH(x.phone("NG")), "\n",
        "NHIA enrollee no: ", ID(f"{x.digits(8)}{x.upper(1)}"), "\n\n",
        "Review: adherent but missed ", CV("1 week"), " of amlodipine (cost). Nocturia, no chest ",
        "pain. FBS ", CV("9.8 mmol/L"), ", HbA1c ", CV("8.6%"), ", ", CV("BP 164/98"), ", ",
        CV("BMI 31.2"), ", ", CV("creatinine 112 umol/L"), ".\n",
        "Meds: ", CV("metformin 1 g BD"), ", ", CV("glibenclamide 5 mg daily"), ", ",
        CV("amlodipine 10 mg daily"), ", ", CV("lisinopril 20 mg daily"), ".\n",
        "Plan: switch glibenclamide to ", CV("gliclazide MR 60 mg daily"), "; add ",
        CV("hydrochlorothiazide 25 mg"), "; urine ACR and lipid profile; refer to eye clinic ",
        "for fundoscopy. Return in ", CV("6 weeks"), " (", DT(x.df(x.later(42), "dmy")), ").\n",
        "Results may be sent to ", EM(pt.email), ".\n\n",
        "Dr ", x.nf(doc, "fl"), ", Senior Registrar\n")
    return x.done()


def _hk_discharge(x: _X) -> Note:
    hk = x.hkid()
    sex = x.pick("MF")
    base = x.person("HK", sex)
    pt = x.patient("HK", ages=(90, 99) if x.r.random() < 0.5 else (70, 89), who=base,
                   mrn=f"HN{x.digits(8)}", ids=[("NI", "HKID", hk)])
    dtr = x.person("HK", "F")
    dtr_en = x.pick(_HK_EN["F"])
    mo = x.person("HK")
    adm = x.ago(x.r.randint(4, 9))
    x.w("DISCHARGE SUMMARY - Department of Medicine & Geriatrics\n",
        "Name: ", NM(f"{pt.last.upper()} {pt.first}"), "   HKID: ", ID(hk), "   Sex/Age: ", pt.sex,
        "/", x.age(pt.age, "{}"), "\nHosp No: ", ID(pt.mrn), "   Ward 7A\n",
        "Admission: ", DT(x.df(adm, "uk")), "   Discharge: ", DT(x.df(x.day, "uk")), "\n",
        "Address: ", AD(pt.street), ", ", AD(pt.city), ", ", pt.state, "   Tel: ", PH(pt.phone),
        "\n\n",
        "Diagnoses: 1. community-acquired pneumonia (RLL); 2. hyperactive delirium, resolved; ",
        "3. hyponatraemia (", CV("Na 124"), " -> ", CV("133 mmol/L"), ")\n",
        "Course: ", CV("amoxicillin-clavulanate 1.2 g IV q8h"), " then PO; ", CV("CRP 142"),
        " -> ", CV("18"), ". ", CV("AMT 6/10"), " on discharge (baseline 7/10). ",
        CV("MBI 55/100"), ".\n",
        "Discharge meds: ", CV("amoxicillin-clavulanate 1 g BD x 3/7"), ", ",
        CV("amlodipine 5 mg daily"), ", ", CV("lactulose 10 mL BD"), ".\n",
        "Follow-up: GOPD in ", CV("2 weeks"), "; Geriatrics SOPD ", DT(x.df(x.later(40), "dmy")),
        ". CGAT nurse to visit old age home.\n",
        "Contact: daughter ", NM(f"{dtr_en} {dtr.last.upper()} {dtr.first}"), " ",
        PH(x.phone("HK")), "\n",
        "Dr ", x.nf(mo, "iL"), " (MO)\n")
    return x.done()


TEMPLATES = [
    _us_pneumonia_hp, _uk_amu_clerking, _us_sickle_cell, _au_pharm_recon, _us_colectomy_pod,
    _uk_appendix_discharge, _us_aki_nephro, _nz_postnatal, _us_opat, _uk_memory_clinic,
    _us_mri_lspine, _ca_ab_chemo, _us_tte, _uk_safeguarding, _us_micro_call, _ie_rapid_chest,
    _us_nursing_admit, _uk_resp_physio, _us_rrt, _au_colon_path, _us_peds_asthma,
    _uk_rheum_letter, _us_pph, _ng_clinic_letter, _us_nutrition, _uk_specimen_reject,
    _us_slp_swallow, _nz_ed_acc, _us_evisit_uti, _uk_ipc_alert, _us_nurse_triage,
    _scot_renal_letter, _us_snf_placement, _au_mh_triage, _us_psych_hold, _ca_ns_walkin,
    _us_cath, _hk_discharge, _us_death_note, _us_sleep_study, _us_trial_enrol, _us_thyroid_fna,
    _us_signout,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic labelled notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](_X(i)) for i in range(n)]
