"""HELD-OUT v29 PHI corpus: written independently, before any round-29 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the docstrings of heldout26 / heldout27 / heldout28 were read, to
follow their labelling conventions and to avoid their templates; the scrubber was never run on
this corpus while it was written). Like v14-v28 it aims at the MAINSTREAM of English-language
hospital text with ordinary PHI density, with templates and phrasing not used by v26 - v28, over
the US, England, Scotland, Wales, Northern Ireland, Canada (British Columbia, Ontario),
Australia, New Zealand, Ireland, India and Singapore. Templates, cycled in order (see
``TEMPLATES``): anticoagulation-clinic INR telephone encounters (warfarin, phone with
extension), pulmonary-embolism admission H&Ps (Wells, sPESI, pager), alcohol-withdrawal CIWA-Ar
nursing notes (nickname in quotes, sitter, brother's call), ankle-fracture orthopaedic consults
(Weber B, Ottawa rules), pulmonary-function reports (workstation IP, GLI), screening-mammogram
reports (BI-RADS 0 recall letter to the home address), kidney-transplant video visits (UNOS ID,
tacrolimus trough, coordinator e-mail, visit URL and IP), case-management discharge planning
(MBI, member / group numbers, full SSN on a Medicaid form, DME fax), pre-anaesthesia evaluations
(STOP-BANG, Ozempic hold), portal proxy-access requests (request number, IP, URL, "last 4" SSN,
driver-licence number, patients often >= 90), cancer-genetics counselling pedigrees (relatives'
names, relatives' ages >= 90, results-portal URL), employee-health needlestick reports (employee
ID, full SSN, claim number, source patient), transfer-centre acceptances (outside MRN, callback
numbers), against-medical-advice ED notes (licence plate, security badge), send-out laboratory
comments (LIS host IP, results URL, ISO date-times), dermatology biopsy notes (photo-upload URL
and IP, patient e-mail), home-health skilled nursing visits (MBI, agency record number),
chaplaincy notes of patients in their nineties (nickname in quotes) and HL7 interface tickets
quoting a PID segment ("LAST^FIRST^M" names, compact date-times, SSN in PID-19) (US); urology
clinic letters (PI-RADS, typist initials), virtual fracture clinic reviews, GP telephone
consultations (SystmOne, nhs.net e-mail), surgical-ward sepsis nursing entries (NEWS2, bleeps),
discharge-to-assess care referrals (council e-mail, patients >= 90), eye-casualty notes (Snellen
"6/9" acuities, Goldmann, Seidel), lung-cancer MDT outcome lists over several patients, and
anticoagulated head-injury ED notes (NICE, Canadian C-spine rule) (England);
early-pregnancy-unit notes (CHI, Edinburgh "3F2" flats) (Scotland); diabetic-foot podiatry notes
(Welsh names and streets, SINBAD) (Wales); respiratory clinic letters (H&C number, BT postcodes,
Scadding stage) (Northern Ireland); BC cardiology consult letters (PHN, MSP number, "1203-455
Beach Ave" units), Ontario colposcopy referrals (OHIP with version code, patient e-mail) and
Ontario pharmacist MedsCheck summaries (OCP number, patients >= 90) (Canada);
Hospital-in-the-Home nursing visits (UR, Medicare, nickname), GP management plans (MBS item
numbers, provider number, allied-health e-mail) and retrieval-service STEMI logs (case number,
satellite phone) (Australia); gastroenterology clinic letters (NHI, coeliac serology) and
aged-residential-care GP rounds over several residents >= 90 (New Zealand); public-health-nurse
discharge referrals (PPSN, medical card, Eircode) and day-hospital geriatric assessments
(patients >= 90) (Ireland); endocrinology OPD records (UHID, OP number, masked Aadhaar, ABHA
number, PIN code, registration number) (India); and polyclinic referral memos (NRIC, HDB "Blk
412 ... #07-1185" addresses, MCR number) (Singapore).
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IN
plus curated Hispanic, Vietnamese, Polish, Korean, Scottish, Welsh, South Asian British,
French-Canadian, Punjabi, Greek / Italian, Maori / Pacific, Irish (with fadas), Indian and
Singaporean Chinese / Malay / Tamil names, in many forms ("First Last", "First M. Last",
"LAST, First", "Last, First M", "F. Last", surname alone after a title, first name alone,
lower-case typed names, nicknames in quotes, hyphenated surnames, names with apostrophes,
"Surname Given Name", "binte" / "s/o" names, "LAST^FIRST^M", staff initials, possessives,
relatives' names).

Conventions (same as heldout28): titles and credentials ("Dr", "Mrs", "Mr", "Fr.", ", RN",
", MD", ", PharmD", ", CGC", ", RHIT") are outside NAME spans; "LAST, First" is one NAME span,
as is an HL7 "LAST^FIRST^M"; a nickname in quotes is its own NAME span (quotes outside); a
possessive "'s" is outside; staff initials are NAME. A street line (with its apartment / flat /
unit / block part, and an Indian locality) and a city / town / suburb are ADDRESS; a state /
province / county / country (including "Singapore" before a postal code) is not PHI; ZIP
codes, postcodes, Eircodes, PIN codes and Singapore postal codes are ZIP. DATE: anything more
specific than a year, in 25+ formats ("03/14/2024", "3/14/2024", "3/14/24", "14/03/2024",
"14/3/24", "2024-03-14", "2024/03/14", "14 Mar 2024", "14 March 2024", "March 14, 2024",
"Mar 14, 2024", "Mar. 14, 2024", "March 14th, 2024", "14th March 2024", "14.03.2024",
"14.3.24", "14-Mar-2024", "14-Mar-24", "14/Mar/2024", "14MAR2024", "20240314", "3/14", "14/3",
"Mar 14", "14 Mar", "14 March", "March 14th", "14th of March", "March 2024", "Mar 2024",
"14-03-2024", ISO date-times, HL7 "20240314081530"); weekdays and "the" stay outside; a date
followed by a separate time labels only the date; an ISO or HL7 date-time is one span. UK
follow-up shorthand ("review 6/12", "TTO 7/7", "2/52", "day 4/7") is a duration, not a date
(recorded as a clinical value), as are Snellen acuities ("6/9"), "GCS 15/15" and "MoCA 19/30".
PHONE includes fax, pagers / bleeps (number only), satellite phones and extensions (inside the
span when attached, "x4471"; a lone "ext 4471" labels the digits); labels like "cell", "mob",
"HP", "tel" are outside. SSN: full numbers and the digits of a masked / "last 4" SSN. ID: MRN /
UR / hospital / account / CSN / encounter numbers, NHS / CHI / H&C / OHIP / PHN / Medicare / MBI
/ NHI / PPSN / medical-card / NRIC / UHID / ABHA numbers, masked Aadhaar digits, UNOS IDs,
member / group numbers, accession / specimen / case / request / ticket / claim numbers,
employee and badge numbers, professional registration / provider / billing numbers,
driver-licence numbers, device serials and licence plates. AGE: ages >= 90 only, number part
only ("94" in "94-year-old", "aged 94", "94F"). Ages < 90, vitals, labs, doses, drug and brand
names, scores, times of day, durations, years alone, weekdays alone, relative dates, bed / bay /
room numbers, ward and unit names and facility / employer / insurer / pharmacy / parish names
are unlabelled; clinical values and eponyms are recorded in ``Note.clinical``.

Every note is deterministic (seeded ``random`` and seeded Faker; fixed absolute dates between
2023 and 2025, never today's date). Run it only for final figures: its misses and lost
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

# --------------------------------------------------------------------------- pools

_LOCALE = {
    "US": "en_US", "UK": "en_GB", "SCO": "en_GB", "WAL": "en_GB", "NI": "en_GB",
    "BC": "en_CA", "ON": "en_CA", "AU": "en_AU", "NZ": "en_NZ", "IE": "en_GB",
    "IN": "en_IN", "SG": "en_US",
}  # fmt: skip
_FAKERS: dict[str, Faker] = {}

# curated given names (F, M) and surnames; mixed with Faker's where the locale is thin
_FIRST: dict[str, tuple[list[str], list[str]]] = {
    "US": (["Maricela", "Guadalupe", "Thanh Huong", "Keisha", "Esperanza", "Ji-yeon", "Yolanda",
            "Agnieszka", "LaToya"],
           ["Dariusz", "Minh", "DeShawn", "Tomasz", "Joaquin", "Sung-min", "Reginald", "Bao"]),
    "UK": (["Parveen", "Kirsty", "Harpreet", "Shabnam", "Chloe", "Amara", "Gemma"],
           ["Imran", "Tariq", "Chidi", "Darren", "Kwame", "Lewis", "Jaspal"]),
    "SCO": (["Catriona", "Eilidh", "Morven", "Isla", "Ailsa", "Mhairi"],
            ["Ewan", "Alasdair", "Hamish", "Callum", "Ruaridh", "Fraser"]),
    "WAL": (["Cerys", "Eleri", "Sioned", "Ffion", "Nia", "Rhiannon", "Bethan"],
            ["Dafydd", "Gethin", "Owain", "Rhodri", "Iestyn", "Aled", "Emyr"]),
    "NI": (["Roisin", "Clodagh", "Aisling", "Shauna"], ["Ciaran", "Gareth", "Eamon", "Stephen"]),
    "BC": (["Harjeet", "Mei-Ling", "Chantal", "Simran"],
           ["Rajveer", "Marc-Andre", "Wei", "Kulwant"]),
    "ON": (["Genevieve", "Sylvie", "Amandeep", "Nadia"], ["Jean-Luc", "Pierre", "Faisal", "Kofi"]),
    "AU": (["Dimitra", "Giulia", "Thi Lan", "Matilda", "Kylie"],
           ["Kosta", "Jarrah", "Duc", "Vincenzo", "Shane"]),
    "NZ": (["Aroha", "Mere", "Losa", "Ana", "Moana", "Huia"],
           ["Tama", "Wiremu", "Sione", "Hemi", "Rawiri", "Tevita"]),
    "IE": (["Aoife", "Siobhán", "Niamh", "Orla", "Gráinne", "Caoimhe", "Bríd", "Mairéad",
            "Sinéad"],
           ["Ciarán", "Pádraig", "Eoin", "Darragh", "Cian", "Seán", "Tadhg", "Dónal", "Colm"]),
    "IN": (["Priya", "Sunita", "Lakshmi", "Farhana", "Ananya", "Meenakshi", "Kavitha"],
           ["Arjun", "Venkatesh", "Rohit", "Gurpreet", "Suresh", "Abdul", "Prakash"]),
}
_LAST: dict[str, list[str]] = {
    "US": ["Garcia-Ruiz", "Nguyen", "Tran", "Kowalczyk", "Okafor", "Castellanos", "Pham", "Yoon",
           "Wisniewski", "O'Neill", "DeLuca", "McAllister", "Van Houten", "Delgado", "Washington"],
    "UK": ["Hussain", "Okonkwo", "Sandhu", "Ahmed-Khan", "Chowdhury", "Patel", "Whitworth",
           "Ashworth", "Pickering", "Bramley"],
    "SCO": ["MacDonald", "Sinclair", "Munro", "Robertson", "Kerr", "McIntyre", "Buchanan",
            "Gillies", "MacKenzie", "Drummond"],
    "WAL": ["Jones", "Evans", "Pryce", "Parry", "Vaughan", "Bowen", "Lloyd", "Griffiths",
            "ap Rhys", "Rees-Evans"],
    "NI": ["McCann", "Quinn", "Gallagher", "Boyd", "McKeown", "Mulholland", "Devlin"],
    "BC": ["Dhillon", "Sidhu", "Chen", "Wong", "Tremblay", "Grewal", "MacLean"],
    "ON": ["Gagnon", "Bouchard", "Levesque", "Cote", "Fortin", "Bergeron", "Mensah", "Haddad"],
    "AU": ["Papadopoulos", "Russo", "Nguyen", "Karagiannis", "Ferraro", "Lim", "Kowalski",
           "O'Brien", "Ryan"],
    "NZ": ["Ngata", "Te Rangi", "Tupou", "Faleolo", "Pomare", "Walker", "Tuhoe", "Fifita"],
    "IE": ["O'Sullivan", "Fitzgerald", "Kavanagh", "McGrath", "Doherty", "Byrne", "Nolan",
           "Ó Ceallaigh", "Mac Cárthaigh", "Brennan", "Whelan", "Ní Bhriain", "Dunne"],
    "IN": ["Raghunathan", "Menon", "Deshpande", "Iyer", "Chatterjee", "Reddy", "Sharma",
           "Qureshi", "Nair", "Banerjee", "Kulkarni", "Pillai"],
}
_SG = {  # surnames / fathers' names, female given names, male given names
    "CN": (["Tan", "Lim", "Lee", "Ng", "Goh", "Chua", "Ong", "Teo"],
           ["Mei Ling", "Hui Min", "Li Ting", "Siew Lan"], ["Wei Ming", "Kok Seng", "Boon Huat"]),
    "MY": (["Ismail", "Rahman", "Osman", "Salleh", "Yusof"],
           ["Nurul Huda", "Siti Aishah", "Noraini"], ["Muhammad Faizal", "Ahmad Zaki"]),
    "TA": (["Rajoo", "Muthu", "Krishnan", "Pillay", "Subramaniam"],
           ["Vasantha", "Malathi", "Kavitha"], ["Kumaresan", "Saravanan", "Rajendran"]),
}

# (city, state, ZIP prefix, area code)
_US_CITIES = [
    ("Columbus", "OH", "432", "614"), ("Dayton", "OH", "454", "937"),
    ("Tucson", "AZ", "857", "520"), ("Spokane", "WA", "992", "509"),
    ("Albany", "NY", "122", "518"), ("Worcester", "MA", "016", "508"),
    ("Fresno", "CA", "937", "559"), ("Knoxville", "TN", "379", "865"),
    ("Omaha", "NE", "681", "402"), ("Raleigh", "NC", "276", "919"),
    ("Madison", "WI", "537", "608"), ("Savannah", "GA", "314", "912"),
    ("Lubbock", "TX", "794", "806"), ("Duluth", "MN", "558", "218"), ("Boise", "ID", "837", "208"),
    ("Providence", "RI", "029", "401"), ("Cedar Rapids", "IA", "524", "319"),
]  # fmt: skip
# (town, postcode area, first and last district, dialling code)
_UK_TOWNS = {
    "UK": [("Leeds", "LS", 1, 29, "0113"), ("Sheffield", "S", 1, 36, "0114"),
           ("Leicester", "LE", 1, 19, "0116"), ("Norwich", "NR", 1, 14, "01603"),
           ("Bristol", "BS", 1, 16, "0117"), ("Stockport", "SK", 1, 8, "0161"),
           ("Derby", "DE", 1, 24, "01332"), ("Reading", "RG", 1, 31, "0118"),
           ("Sunderland", "SR", 1, 6, "0191"), ("Plymouth", "PL", 1, 9, "01752"),
           ("Wolverhampton", "WV", 1, 14, "01902"), ("Ipswich", "IP", 1, 9, "01473")],
    "SCO": [("Edinburgh", "EH", 1, 17, "0131"), ("Musselburgh", "EH", 21, 21, "0131"),
            ("Dalkeith", "EH", 22, 22, "0131"), ("Livingston", "EH", 54, 54, "01506")],
    "WAL": [("Swansea", "SA", 1, 9, "01792"), ("Llanelli", "SA", 14, 15, "01554"),
            ("Wrexham", "LL", 11, 14, "01978"), ("Bangor", "LL", 57, 57, "01248"),
            ("Aberystwyth", "SY", 23, 23, "01970"), ("Caernarfon", "LL", 55, 55, "01286")],
    "NI": [("Belfast", "BT", 1, 17, "028"), ("Lisburn", "BT", 27, 28, "028"),
           ("Newry", "BT", 34, 35, "028"), ("Ballymena", "BT", 42, 43, "028"),
           ("Bangor", "BT", 19, 20, "028")],
}
_CA_CITIES = {
    "BC": [("Vancouver", "V5", "604"), ("Burnaby", "V5", "604"), ("Kelowna", "V1", "250"),
           ("Victoria", "V8", "250"), ("Surrey", "V3", "604")],
    "ON": [("Ottawa", "K1", "613"), ("Hamilton", "L8", "905"), ("London", "N6", "519"),
           ("Sudbury", "P3", "705"), ("Kingston", "K7", "613"), ("Brampton", "L6", "905")],
}
_AU_SUBURBS = [
    ("Footscray", "VIC", "3011", "03"), ("Geelong West", "VIC", "3218", "03"),
    ("Bendigo", "VIC", "3550", "03"), ("Parramatta", "NSW", "2150", "02"),
    ("Wollongong", "NSW", "2500", "02"), ("Toowoomba", "QLD", "4350", "07"),
    ("Elizabeth", "SA", "5112", "08"), ("Joondalup", "WA", "6027", "08"),
    ("Launceston", "TAS", "7250", "03"), ("Dubbo", "NSW", "2830", "02"),
]
_NZ_SUBURBS = [
    ("Manurewa", "Auckland", "2102", "09"), ("Otara", "Auckland", "2023", "09"),
    ("Hillcrest", "Hamilton", "3216", "07"), ("Cannons Creek", "Porirua", "5024", "04"),
    ("Fenton Park", "Rotorua", "3010", "07"), ("Mornington", "Dunedin", "9011", "03"),
    ("Gonville", "Whanganui", "4501", "06"), ("Naenae", "Lower Hutt", "5011", "04"),
]
_IE_TOWNS = [
    ("Ballincollig", "Cork", "P31", "021"), ("Douglas", "Cork", "T12", "021"),
    ("Salthill", "Galway", "H91", "091"), ("Castletroy", "Limerick", "V94", "061"),
    ("Tramore", "Waterford", "X91", "051"), ("Athlone", "Westmeath", "N37", "090"),
    ("Navan", "Meath", "C15", "046"), ("Tralee", "Kerry", "V92", "066"),
    ("Dundalk", "Louth", "A91", "042"),
]
_IN_CITIES = [
    ("Bengaluru", "Karnataka", "560", "080",
     ["Indiranagar", "Jayanagar 4th Block", "Malleshwaram"]),
    ("Chennai", "Tamil Nadu", "600", "044", ["Adyar", "Anna Nagar", "T. Nagar"]),
    ("Pune", "Maharashtra", "411", "020", ["Kothrud", "Aundh", "Hadapsar"]),
    ("Kochi", "Kerala", "682", "0484", ["Edappally", "Kadavanthra", "Palarivattom"]),
    ("Hyderabad", "Telangana", "500", "040", ["Kukatpally", "Banjara Hills", "Begumpet"]),
]
_STREETS = {
    "US": (["Maple Ridge", "Linden", "Cedar Hollow", "Prospect", "Kenwood", "Fairmount",
             "Hawthorne", "Sycamore", "Old Mill", "Brookside", "Chestnut", "Lakeview", "Westgate",
             "Pinecrest", "Juniper", "Harrison"], ["Dr", "St", "Ave", "Rd", "Ln", "Ct", "Blvd",
                                                    "Way", "Pl", "Street", "Avenue", "Drive"]),
    "UK": (["Albert", "Station", "Church", "Mill", "Beech", "Windsor", "Carlton", "Manor",
             "Meadow", "Hollins", "Ashfield", "Cavendish", "Wellington"],
            ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Terrace",
             "Gardens"]),
    "SCO": (["Marchmont", "Bruntsfield", "Easter", "Comely Bank", "Leith", "Dalry", "Newhaven"],
            ["Crescent", "Place", "Road", "Street", "Terrace", "Walk"]),
    "WAL": (["Heol y Coed", "Ffordd Las", "Stryd Fawr", "Lon Derw", "Maes y Dre", "Heol Dinbych",
             "Ffordd Penrhos", "Bryn Awel"], [""]),
    "NI": (["Ormeau", "Lisburn", "Castlereagh", "Antrim", "Malone", "Cregagh"],
           ["Road", "Park", "Avenue", "Gardens", "Drive"]),
    "CA": (["Beach", "Kingsway", "Rideau", "Bank", "Commissioners", "Oak", "Fraser", "Dundas",
             "Cumberland", "Lakeshore"], ["Ave", "St", "Rd", "Dr", "Cres", "Blvd"]),
    "AU": (["Banksia", "Wattle", "Jacaranda", "Hopetoun", "Barkly", "Nicholson", "Gipps",
             "Waratah", "Bottlebrush", "Lygon"], ["St", "Rd", "Ave", "Cres", "Pde", "Ct", "Dr"]),
    "NZ": (["Great South", "Kowhai", "Rimu", "Totara", "Hinemoa", "Tainui", "Kauri", "Matai",
             "Puriri"], ["Road", "Street", "Avenue", "Crescent", "Place", "Drive"]),
    "IE": (["Ashgrove Park", "Castle Heights", "Millbrook Lawn", "Oakwood Drive", "Ard na Gréine",
             "Church View", "Sallybrook Avenue", "Beechwood Close", "Cois Abhann"], [""]),
}
_NICK = {"M": ["Buddy", "Sonny", "Skip", "Red", "Junior", "Bubba"],
         "F": ["Dottie", "Peggy", "Bunny", "Sissy", "Birdie", "Tootie"],
         "AUM": ["Gazza", "Macca", "Robbo", "Davo"], "AUF": ["Shazza", "Bec", "Jules"]}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MBI_A = "ACDEFGHJKMNPQRTUVWXY"
_UK_PC_L = "ABDEFGHJLNPQRSTUWXYZ"


def _ord(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _fmt(d: date, style: str) -> str:
    dd, mm, y = d.day, d.month, d.year
    mon = _MONTHS[mm - 1]
    ab = mon[:3]
    s = _ord(dd)
    table = {
        "us": f"{mm:02d}/{dd:02d}/{y}", "us1": f"{mm}/{dd}/{y}", "us2": f"{mm}/{dd}/{y % 100:02d}",
        "uk": f"{dd:02d}/{mm:02d}/{y}", "uk2": f"{dd}/{mm}/{y % 100:02d}",
        "iso": f"{y}-{mm:02d}-{dd:02d}", "isoslash": f"{y}/{mm:02d}/{dd:02d}",
        "dmy": f"{dd} {ab} {y}", "dMy": f"{dd} {mon} {y}", "Mdy": f"{mon} {dd}, {y}",
        "mdy": f"{ab} {dd}, {y}", "mdy.": (f"{ab}. {dd}, {y}" if mm != 5 else f"May {dd}, {y}")
        if mm != 9 else f"Sept. {dd}, {y}",
        "dthMy": f"{dd}{s} {mon} {y}", "Mdthy": f"{mon} {dd}{s}, {y}",
        "dots": f"{dd:02d}.{mm:02d}.{y}", "dots2": f"{dd}.{mm}.{y % 100:02d}",
        "dmy-": f"{dd:02d}-{ab}-{y}", "dmy2-": f"{dd:02d}-{ab}-{y % 100:02d}",
        "dmyslash": f"{dd:02d}/{ab}/{y}", "DMY": f"{dd:02d}{ab.upper()}{y}",
        "compact": f"{y}{mm:02d}{dd:02d}", "md": f"{mm}/{dd}", "dm": f"{dd}/{mm}",
        "mond": f"{ab} {dd}", "dmon": f"{dd} {ab}", "dMonth": f"{dd} {mon}",
        "Mdth": f"{mon} {dd}{s}", "dthofM": f"{dd}{s} of {mon}", "My": f"{mon} {y}",
        "my": f"{ab} {y}", "uk-": f"{dd:02d}-{mm:02d}-{y}",
    }  # fmt: skip
    return table[style]


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


# --------------------------------------------------------------------------- per-note state


class _G:
    """One note: seeded generators, a NoteBuilder, and the note's patient."""

    def __init__(self, i: int, k: str) -> None:
        self.r = random.Random(f"heldout29/{i}")
        self.k = k
        self.f = _faker(_LOCALE[k])
        self.f.seed_instance(2_900_000 + i)
        self.day = date(2023, 1, 16) + timedelta(days=self.r.randrange(880))
        self.b = NoteBuilder()
        self.i = i
        self.ids: list[tuple[str, str]] = []
        self.email: str | None = None
        self._set_place()

    # -- builder shortcuts (chainable) --
    def t(self, s: str) -> _G:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> _G:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> _G:
        self.b.c(s)
        return self

    def cs(self, *vals: str, sep: str = ", ") -> _G:
        for n, v in enumerate(vals):
            if n:
                self.t(sep)
            self.c(v)
        return self

    def N(self, s: str) -> _G:
        return self.p("NAME", s)

    def I(self, s: str) -> _G:
        return self.p("ID", s)

    def D(self, style: str, days: int = 0, d: date | None = None) -> _G:
        return self.p("DATE", _fmt(d or self.dt(days), style))

    def P(self, kind: str = "any") -> _G:
        return self.p("PHONE", self.phone(kind))

    def AGE(self, age: int, suffix: str = "-year-old") -> _G:
        if age >= 90:
            self.p("AGE", str(age))
        else:
            self.t(str(age))
        return self.t(suffix)

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def num(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def dt(self, days: int = 0) -> date:
        return self.day + timedelta(days=days)

    def wd(self, days: int = 0) -> str:
        return _WEEKDAYS[self.dt(days).weekday()]

    # -- places --
    def _set_place(self) -> None:
        r, k = self.r, self.k
        if k == "US":
            self.city, self.state, zp, self.area = r.choice(_US_CITIES)
            self.pc = f"{zp}{r.randint(1, 99):02d}"
        elif k in _UK_TOWNS:
            self.city, area, lo, hi, self.area = r.choice(_UK_TOWNS[k])
            self.state = ""
            self.pc = (f"{area}{r.randint(lo, hi)} {r.randint(1, 9)}"
                       f"{r.choice(_UK_PC_L)}{r.choice(_UK_PC_L)}")
        elif k in _CA_CITIES:
            self.city, fsa, self.area = r.choice(_CA_CITIES[k])
            self.state = k
            ab = "ABCEGHJKLMNPRSTVXY"
            self.pc = f"{fsa}{r.choice(ab)} {r.randint(0, 9)}{r.choice(ab)}{r.randint(0, 9)}"
        elif k == "AU":
            self.city, self.state, self.pc, self.area = r.choice(_AU_SUBURBS)
        elif k == "NZ":
            self.suburb, self.city, self.pc, self.area = r.choice(_NZ_SUBURBS)
            self.state = ""
        elif k == "IE":
            self.city, self.state, key, self.area = r.choice(_IE_TOWNS)
            al = "ACDEFHKNPRTVWXY0123456789"
            self.pc = f"{key} {''.join(r.choice(al) for _ in range(4))}"
        elif k == "IN":
            self.city, self.state, pin, self.area, locs = r.choice(_IN_CITIES)
            self.suburb = r.choice(locs)
            self.pc = f"{pin}{r.randint(1, 99):03d}"
        else:  # SG
            self.city, self.state, self.area = "Singapore", "", "65"
            sector = r.choice(["56", "52", "64", "31", "73", "76", "12"])
            self.pc = f"{sector}{r.randint(0, 9999):04d}"
        self.line = self.street()

    def street(self) -> str:
        r, k = self.r, self.k
        n = r.randint(2, 2899)
        if k == "US":
            names, types = _STREETS["US"]
            unit = r.choice(["", "", ", Apt 3B", " Apt 12", ", Unit 204", " #7", ", Apt 2R"])
            return f"{n} {r.choice(names)} {r.choice(types)}{unit}"
        if k in ("UK", "NI"):
            names, types = _STREETS[k]
            pre = r.choice(["", "", f"Flat {r.randint(1, 12)}, ", "Rose Cottage, "])
            return f"{pre}{r.randint(1, 140)} {r.choice(names)} {r.choice(types)}"
        if k == "SCO":
            names, types = _STREETS["SCO"]
            flat = f"{r.randint(1, 4)}F{r.randint(1, 3)}"
            return f"Flat {flat}, {r.randint(2, 60)} {r.choice(names)} {r.choice(types)}"
        if k == "WAL":
            return f"{r.randint(1, 90)} {r.choice(_STREETS['WAL'][0])}"
        if k in ("BC", "ON"):
            names, types = _STREETS["CA"]
            unit = r.choice(["", f"{r.randint(2, 22)}0{r.randint(1, 9)}-"])
            return f"{unit}{n} {r.choice(names)} {r.choice(types)}"
        if k == "AU":
            names, types = _STREETS["AU"]
            unit = r.choice(["", f"{r.randint(1, 12)}/", f"Unit {r.randint(1, 9)}, "])
            return f"{unit}{r.randint(1, 240)} {r.choice(names)} {r.choice(types)}"
        if k == "NZ":
            names, types = _STREETS["NZ"]
            unit = r.choice(["", f"{r.randint(1, 6)}/", f"Flat {r.randint(1, 4)}, "])
            return f"{unit}{r.randint(1, 400)} {r.choice(names)} {r.choice(types)}"
        if k == "IE":
            pre = r.choice(["", f"Apt {r.randint(1, 30)}, "])
            return f"{pre}{r.randint(1, 80)} {r.choice(_STREETS['IE'][0])}"
        if k == "IN":
            bld = r.choice(["Sai Krupa Apartments", "Green Glen Residency", "Lakshmi Nilayam",
                            "Prestige Shantiniketan"])
            return f"Flat {r.randint(1, 9)}0{r.randint(1, 4)}, {bld}, {r.randint(2, 18)}th Cross"
        road = r.choice(["Ang Mo Kio Ave 3", "Tampines St 21", "Jurong West St 52",
                         "Bedok North Rd", "Toa Payoh Lor 1", "Woodlands Dr 14", "Yishun Ring Rd"])
        return f"Blk {r.randint(101, 699)} {road} #{r.randint(2, 16):02d}-{r.randint(10, 1999)}"

    def A(self, line: str | None = None, full: bool = True) -> _G:
        """Street line, town / suburb and postcode in the country's usual order."""
        k = self.k
        self.p("ADDRESS", line or self.line)
        if k == "NZ":
            self.t(", ").p("ADDRESS", self.suburb).t(", ").p("ADDRESS", self.city)
            return self.t(" ").p("ZIP", self.pc)
        if k == "IN":
            self.t(", ").p("ADDRESS", self.suburb).t(", ").p("ADDRESS", self.city)
            return self.t(" - ").p("ZIP", self.pc)
        if k == "SG":
            return self.t(", Singapore ").p("ZIP", self.pc)
        self.t(", ").p("ADDRESS", self.city)
        if k in ("US", "BC", "ON", "AU"):
            return self.t(f"{',' if k == 'US' and full else ''} {self.state} ").p("ZIP", self.pc)
        if k == "IE":
            return self.t(f", Co. {self.state}, ").p("ZIP", self.pc)
        return self.t(", ").p("ZIP", self.pc)

    # -- people --
    def first(self, sex: str | None = None) -> str:
        sex = sex or self.r.choice("FM")
        cur = _FIRST.get(self.k)
        share = {"IN": 1.0, "WAL": 0.8, "IE": 0.7}.get(self.k, 0.3)
        if cur and self.r.random() < share:
            return self.r.choice(cur[0] if sex == "F" else cur[1])
        return self.f.first_name_female() if sex == "F" else self.f.first_name_male()

    def last(self) -> str:
        cur = _LAST.get(self.k)
        share = {"IN": 1.0, "WAL": 0.8, "IE": 0.7, "SCO": 0.6, "NZ": 0.5}.get(self.k, 0.3)
        if cur and self.r.random() < share:
            return self.r.choice(cur)
        return self.f.last_name()

    def person(self, sex: str | None = None) -> tuple[str, str]:
        return self.first(sex), self.last()

    def sg_person(self, sex: str | None = None, grp: str | None = None,
                  fam: str | None = None) -> tuple[str, str, str]:
        """(family, given, as written) for a Singaporean name (``fam``: surname / father)."""
        sex = sex or self.r.choice("FM")
        grp = grp or self.r.choice(["CN", "CN", "MY", "TA"])
        fams, fem, male = _SG[grp]
        fam, giv = fam or self.r.choice(fams), self.r.choice(fem if sex == "F" else male)
        if grp == "CN":
            return fam, giv, f"{fam} {giv}"
        if grp == "MY":
            return fam, giv, f"{giv} {'binte' if sex == 'F' else 'bin'} {fam}"
        return fam, giv, f"{giv} {'d/o' if sex == 'F' else 's/o'} {fam}"

    # -- numbers --
    def phone(self, kind: str = "any") -> str:
        r, k = self.r, self.k
        mob = kind == "mob" or (kind == "any" and r.random() < 0.5)
        d3, d4 = f"{r.randint(200, 989)}", f"{r.randint(0, 9999):04d}"
        if k in ("US", "BC", "ON"):
            other = {"US": ["216", "330", "740", "312"], "BC": ["778", "236"], "ON": ["416", "647"]}
            a = self.area if r.random() < 0.8 else r.choice(other[k])
            return r.choice([f"({a}) {d3}-{d4}", f"{a}-{d3}-{d4}", f"{a}.{d3}.{d4}",
                             f"+1 {a} {d3} {d4}", f"1-{a}-{d3}-{d4}", f"({a}){d3}-{d4}"])
        if k in _UK_TOWNS:
            if mob:
                m = f"7{r.randint(400, 999)}"
                tail = f"{r.randint(0, 999999):06d}"
                return r.choice([f"0{m} {tail}", f"+44 {m} {tail}", f"0{m}{tail}",
                                 f"0{m} {tail[:3]} {tail[3:]}"])
            std = self.area
            if len(std) == 3:
                num = f"{r.randint(2000, 9999)} {d4}"
            elif len(std) == 4:
                num = f"{d3} {d4}"
            else:
                num = f"{r.randint(200000, 999999)}"
            return r.choice([f"{std} {num}", f"({std}) {num}", f"+44 {std[1:]} {num}"])
        if k == "AU":
            if mob:
                n = f"4{r.randint(0, 99):02d} {d3} {r.randint(0, 999):03d}"
                return r.choice([f"0{n}", f"+61 {n}", f"0{n.replace(' ', '')}"])
            return r.choice([f"({self.area}) {r.randint(4000, 9999)} {d4}",
                             f"{self.area} {r.randint(4000, 9999)} {d4}"])
        if k == "NZ":
            if mob:
                p = r.choice(["21", "22", "27"])
                return r.choice([f"0{p} {d3} {d4}", f"+64 {p} {d3} {d4}", f"0{p}-{d3}-{d4}"])
            return r.choice([f"({self.area}) {d3} {d4}", f"{self.area} {d3} {d4}"])
        if k == "IE":
            if mob:
                p = r.choice(["83", "85", "86", "87", "89"])
                return r.choice([f"0{p} {d3} {d4}", f"+353 {p} {d3} {d4}", f"0{p}-{d3}{d4}"])
            return r.choice([f"({self.area}) {r.randint(2, 9)}{r.randint(0, 99):02d} {d4}",
                             f"{self.area} {r.randint(200000, 999999)}"])
        if k == "IN":
            if mob:
                m5 = f"{r.choice('6789')}{r.randint(0, 9999):04d}"
                t5 = f"{r.randint(0, 99999):05d}"
                return r.choice([f"+91 {m5} {t5}", f"{m5}{t5}", f"+91-{m5}{t5}", f"0{m5} {t5}"])
            return f"{self.area}-2{r.randint(0, 999):03d} {d4}"
        n = f"{r.choice('689')}{r.randint(0, 999):03d} {d4}"
        return r.choice([f"+65 {n}", n, f"+65-{n.replace(' ', '')}"])

    def mrn(self) -> str:
        r, k = self.r, self.k
        if k == "US":
            return r.choice([f"{r.randint(0, 99999999):08d}", f"{r.randint(1000000, 9999999)}",
                             f"E{r.randint(100000, 999999)}{r.randint(10, 99)}"])
        if k in _UK_TOWNS:
            return f"{r.choice('KRHMD')}{r.randint(1000000, 9999999)}"
        if k in ("BC", "ON"):
            return f"{r.choice(['M', 'V', 'H'])}{r.randint(100000, 999999)}{r.randint(0, 9)}"
        if k == "IN":
            return f"{r.choice(['MH', 'AIH', 'SMH'])}.{r.randint(1000000, 9999999)}"
        if k == "SG":
            return f"{r.randint(10, 99)}{r.choice('ABCDE')}{r.randint(100000, 999999)}"
        return f"{r.randint(1000000, 9999999)}"

    def nhs(self) -> str:
        while True:
            d = [self.r.randint(0, 9) for _ in range(9)]
            d[0] = self.r.randint(4, 6)
            chk = 11 - sum(x * (10 - n) for n, x in enumerate(d)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                s = "".join(map(str, d)) + str(chk)
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def ssn(self) -> str:
        r = self.r
        a = r.choice([r.randint(1, 665), r.randint(667, 899)])
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def mbi(self) -> str:
        r, a = self.r, _MBI_A
        an = a + "0123456789"
        dg = "0123456789"
        return (f"{r.randint(1, 9)}{r.choice(a)}{r.choice(an)}{r.choice(dg)}-{r.choice(a)}"
                f"{r.choice(an)}{r.choice(dg)}-{r.choice(a)}{r.choice(a)}"
                f"{r.choice(dg)}{r.choice(dg)}")

    def ip(self, private: bool = True) -> str:
        r = self.r
        if private:
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                             f"192.168.{r.randint(0, 255)}.{r.randint(2, 254)}"])
        return f"{r.choice([73, 98, 107, 174, 24, 68])}.{r.randint(0, 255)}.{r.randint(0, 255)}." \
               f"{r.randint(2, 254)}"

    def mail(self, first: str, last: str, domain: str | None = None) -> str:
        r = self.r
        fa = "".join(ch for ch in first.lower() if ch.isascii() and ch.isalpha())
        la = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha())
        user = r.choice([f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}{la}{r.randint(1, 99)}",
                         f"{la}.{fa[0]}", f"{fa}_{la}"])
        dom = domain or r.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                                  "icloud.com", "aol.com"])
        return f"{user}@{dom}"

    # -- the note's patient --
    def patient(self, sex: str | None = None, age: int | None = None, old: bool = False,
                name: tuple[str, str] | None = None, mrn: str | None = None) -> None:
        r = self.r
        self.sex = sex or r.choice("FM")
        if age is None:
            age = r.randint(90, 102) if old else r.randint(24, 86)
        if name:
            self.pf, self.pl = name
        else:
            self.pf, self.pl = self.person(self.sex)
        self.pmid = ""
        while self.k != "SG" and self.pmid in ("", self.pf):
            self.pmid = self.first(self.sex)
        self.pm = self.pmid[:1] or "A"
        bm, bd = r.randint(1, 12), r.randint(1, 28)
        self.dob = date(self.day.year - age, bm, bd)
        self.age = age - (1 if (bm, bd) > (self.day.month, self.day.day) else 0)
        self.pmrn = mrn or self.mrn()
        self.pphone = self.phone()

    def full(self) -> str:
        return f"{self.pf} {self.pl}"

    def lf(self, upper: bool = True) -> str:
        return f"{self.pl.upper() if upper else self.pl}, {self.pf}"

    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    def his(self) -> str:
        return "her" if self.sex == "F" else "his"

    def title(self) -> str:
        return "Mrs" if self.sex == "F" else "Mr"

    def note(self) -> Note:
        ident = [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                       "code": "MR"}]},
                  "system": "urn:oid:2.16.840.1.113883.3.29", "value": self.pmrn}]
        ident += [{"system": sys_, "value": val} for sys_, val in self.ids]
        telecom = [{"system": "phone", "value": self.pphone, "use": "home"}]
        if self.email:
            telecom.append({"system": "email", "value": self.email})
        addr: dict[str, Any] = {"line": [self.line], "city": self.city, "postalCode": self.pc}
        if self.state:
            addr["state"] = self.state
        if self.k in ("NZ", "IN"):
            addr["district"] = self.suburb
        patient = {
            "resourceType": "Patient",
            "id": f"heldout29-{self.i}",
            "identifier": ident,
            "name": [{"family": self.pl, "given": [self.pf] + ([self.pmid] if self.pmid else [])}],
            "telecom": telecom,
            "gender": "female" if self.sex == "F" else "male",
            "birthDate": self.dob.isoformat(),
            "address": [addr],
        }
        return self.b.build(patient)


# --------------------------------------------------------------------------- US templates


def _anticoag_inr(i: int) -> Note:
    g = _G(i, "US")
    g.patient()
    sf, sl = g.person()
    inr = g.pick(["3.4", "3.8", "4.1", "1.6", "1.7"])
    g.t("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\nPatient: ").N(g.lf()).t("    MRN: ")
    g.I(g.pmrn).t("    DOB: ").D("us", d=g.dob).t("\nDate of service: ").D("mdy")
    g.t("\nIndication: paroxysmal AF, ").c("CHA2DS2-VASc 4").t("; goal INR 2.0-3.0. Current ")
    g.t("weekly dose ").c("37.5 mg").t(".\nFingerstick result today: ").c(f"INR {inr}")
    g.t(" (previous ").c("INR 2.6").t(" on ").D("md", -14).t(").\n")
    g.t("Called pt at ").p("PHONE", g.pphone).t(" at 14:20 and spoke with ").N(g.pf)
    g.t(" (identity verified with full name and DOB). Reports finishing ")
    g.c("Bactrim DS").t(" from urgent care started ").D("mond", -6)
    g.t(" for cystitis; no bleeding, no dark stools, no missed doses.\n")
    if float(inr) > 3:
        g.t("Plan: hold tonight's dose, then resume ").c("warfarin 5 mg").t(" daily except ")
        g.c("2.5 mg").t(" Mon/Fri. ")
    else:
        g.t("Plan: one-time ").c("warfarin 7.5 mg").t(" tonight, then ").c("5 mg").t(" daily. ")
    g.t("Recheck ").c("INR in 5 days").t(f" ({g.wd(5)} ").D("md", 5).t(") at the Westside lab.\n")
    df, dl = g.person("F")
    g.t("Per pt request also left a message for daughter ").N(f"{df} {dl}").t(" at ")
    g.P().t(" (on file as authorized contact).\n")
    g.N(f"{sf} {sl}").t(", PharmD, CACP | Anticoagulation Service | ")
    g.p("PHONE", f"{g.phone('land')} x{g.num(2000, 7999)}").t("\ncc: Dr ").N(g.last()).t(" (PCP)\n")
    return g.note()


def _pe_admission(i: int) -> Note:
    g = _G(i, "US")
    g.patient(sex=g.pick("FM"))
    hf, hl = g.first("M" if g.sex == "F" else "F"), g.pl
    g.t("HOSPITAL MEDICINE ADMISSION H&P\n").N(f"{g.pf} {g.pm}. {g.pl}").t(" | MRN ").I(g.pmrn)
    g.t(" | CSN ").I(f"{g.num(100000000, 999999999)}").t(" | Admit ").D("us1").t("\n")
    g.t("CC: pleuritic chest pain and dyspnea x 2 days.\nHPI: ").AGE(g.age)
    g.t(f" {'woman' if g.sex == 'F' else 'man'} with R knee arthroscopy on ").D("mond", -12)
    g.t(" presents with sharp L-sided chest pain. ").c("Wells score 6").t(". CTPA (")
    g.D("us2").t("): bilateral segmental PE, ").c("RV/LV ratio 1.1").t(". ")
    g.cs("hs-troponin T 38 ng/L", "NT-proBNP 1,412 pg/mL", "sPESI 1").t(".\nVitals: ")
    g.cs(f"HR {g.num(104, 122)}", "BP 118/74", "RR 24", "SpO2 91% on RA", "95% on 2 L NC",
         "T 37.6 C").t(".\nSocial: lives at ").A().t(f" with {g.his()} spouse ").N(hf)
    g.t("; never smoker.\nPlan: ").c("heparin infusion per nomogram (80 units/kg bolus)")
    g.t(", transition to ").c("apixaban 10 mg BID x 7 days").t(" then ").c("5 mg BID")
    g.t("; LE dopplers; TTE; no thrombolysis (not high-risk).\nEmergency contact: ").N(f"{hf} {hl}")
    g.t(" (spouse) ").P("mob").t("\nPCP: Dr ").N(f"{g.first()} {g.last()}").t(", fax ").P("land")
    sf, sl = g.person()
    g.t("\n").N(f"{sf} {sl}").t(", MD - Hospitalist - pager ").p("PHONE", f"{g.num(1000, 9999)}")
    return g.t("\n").note()


def _ciwa_nursing(i: int) -> Note:
    g = _G(i, "US")
    g.patient(sex="M", age=g.num(38, 66))
    bf = g.first("M")
    rn = g.person()
    g.t("NURSING PROGRESS NOTE - 4 West, Bed 12\nPt: ").N(g.lf()).t("  MRN ").I(g.pmrn)
    g.t("  ").D("us").t("\n0300 ").c("CIWA-Ar 18")
    g.t(" (tremor 4, sweats 3, anxiety 4, agitation 3, ")
    g.t("tactile 2, headache 2). ").cs(f"HR {g.num(112, 128)}", "BP 164/96", "T 37.9").t(". Given ")
    g.c("lorazepam 2 mg IV").t(" per protocol.\n0400 ").c("CIWA-Ar 9").t(". ")
    g.c("Thiamine 100 mg IV")
    g.t(" given; ").c("Mg 1.5").t(" replaced with ").c("magnesium sulfate 2 g IV").t(".\n")
    g.t("Prefers to be called \"").N(g.pick(_NICK["M"])).t("\". ")
    g.t("Pt reports last drink Sunday evening (approx 1 pint vodka/day x 10 yrs). Oriented x3, ")
    g.t("picking at sheets, denies hallucinations. Sitter ").N(g.first())
    g.t(" at bedside since 0100.\n")
    g.t("Brother ").N(f"{bf} {g.pl}").t(" called from ").P().t(" asking for update; pt ")
    g.t("consented, info shared. Notified Dr ").N(g.last()).t(" via Vocera re HR; order for ")
    g.c("phenobarbital 130 mg IV").t(" if ").c("CIWA-Ar > 20")
    g.t(".\nBed alarm on, seizure pads up.\n")
    g.N(f"{rn[0]} {rn[1]}").t(", RN / ").N(f"{rn[0][0]}{rn[1][0]}").t("\n")
    return g.note()


def _ankle_ortho(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(19, 74))
    res = g.person()
    side = g.pick(["R", "L"])
    g.t("ORTHOPAEDIC SURGERY CONSULT\nRequesting: Dr ").N(g.last()).t(", Emergency Dept.  Date: ")
    g.D("iso").t("\nPatient: ").N(g.full()).t(f" ({g.age}y)  MRN ").I(g.pmrn)
    g.t(f"\nReason: {side} ankle injury after slipping on ice at work.\nExam: swelling and ")
    g.t("ecchymosis over lateral malleolus, tender posterior edge; ").c("Ottawa ankle rules")
    g.t(" positive. NV intact, cap refill <2 s, ").c("DP 2+").t(".\nXR: ").c("Weber B")
    g.t(" distal fibula fracture with medial clear space ").c("6 mm").t(" - unstable.\nPlan: ")
    g.t("posterior + stirrup splint, NWB, elevate. ORIF ").t(f"{g.wd(2)} ").D("mond", 2)
    g.t(" with Dr ").N(g.last()).t(". ").c("Aspirin 81 mg BID").t(" x 4 weeks for VTE ")
    g.t("prophylaxis; ").c("oxycodone 5 mg q6h prn")
    g.t(f". Pt's {'husband' if g.sex == 'F' else 'wife'} ").N(g.first("M" if g.sex == "F" else "F"))
    g.t(" will drive; contact ").p("PHONE", g.pphone).t(".\nDiscussed with attending Dr ")
    g.N(f"{g.first()} {g.last()}").t(".\n").N(f"{res[0][0]}. {res[1]}").t(", MD (PGY-3) pager ")
    return g.P("land").t("\n").note()


def _pft_report(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(48, 84))
    fev = g.num(110, 190) / 100
    g.t("PULMONARY FUNCTION LABORATORY\nName: ").N(f"{g.pl.upper()}, {g.pf.upper()}")
    g.t("   Acct: ").I(f"{g.num(10000000, 99999999)}").t("   MRN: ").I(g.pmrn)
    g.t("\nDOB: ").D("us", d=g.dob).t("   Ht 172 cm   Wt 88 kg   Ref: GLI 2022 (race-neutral)\n")
    g.t("Test date: ").D("mdy").t("   Tech: ").N(f"{g.first()[0]}{g.last()[0]}")
    g.t("   Workstation ").p("IP", g.ip()).t("\nReferring: ").N(f"{g.first()} {g.last()}")
    g.t(", NP\nSpirometry: ").cs(f"FEV1 {fev:.2f} L (58% pred)", "FVC 2.71 L (79%)",
                                 "FEV1/FVC 0.52").t("; post-BD ").c("FEV1 +9%, +130 mL").t(".\n")
    g.t("Lung volumes: ").cs("TLC 112% pred", "RV 148% pred").t(". ").c("DLCO 46% pred")
    g.t(" (Hb-corrected).\nInterpretation: moderately severe obstruction with hyperinflation and ")
    g.t("air trapping; reduced DLCO, consistent with emphysema. No significant bronchodilator ")
    g.t("response. Compared with ").D("mdy.", -400).t(", ").c("FEV1 down 180 mL").t(".\n")
    g.t("Electronically signed: ").N(f"{g.first()} {g.pick('ABCDEJRS')}. {g.last()}")
    return g.t(", MD, FCCP ").D("us1").t(" 16:42\n").note()


def _mammo(i: int) -> Note:
    g = _G(i, "US")
    g.patient(sex="F", age=g.num(42, 76))
    g.t("BREAST IMAGING REPORT\nExam: digital screening mammogram with tomosynthesis, bilateral")
    g.t("   Accession: ").I(f"MG{g.day.year % 100}-{g.num(100000, 999999)}")
    g.t("\nPatient: ").N(g.full()).t("   MRN: ").I(g.pmrn).t("   DOB: ").D("us1", d=g.dob)
    g.t("\nExam date: ").D("us").t("   Technologist: ").N(f"{g.first('F')[0]}.{g.last()[0]}.")
    g.t("\nComparison: ").D("us", -370).t(" and ").D("My", -740).t(" (outside films).\n")
    g.t("Breast density: heterogeneously dense (C).\nFindings: ").c("7 mm")
    g.t(" focal asymmetry, right breast upper outer quadrant, posterior depth, persisting on ")
    g.t("tomosynthesis. No suspicious calcifications. Left breast: benign.\nIMPRESSION: ")
    g.c("BI-RADS 0")
    g.t(" - incomplete. Diagnostic mammogram and targeted right ultrasound advised.\n")
    g.t("Recall letter mailed to ").A().t("; patient also called at ").p("PHONE", g.pphone)
    g.t(" on ").D("mdy", 1).t(". Recall booked ").D("md", 9).t(" 09:40.\nDictated by: ")
    return g.N(f"{g.first()} {g.last()}").t(", MD\n").note()


def _kidney_tx(i: int) -> Note:
    g = _G(i, "US")
    g.patient()
    cf, cl = g.person("F")
    sp = g.first()
    g.t("TRANSPLANT NEPHROLOGY - POST-KIDNEY TRANSPLANT VIDEO VISIT\n").N(g.full())
    g.t(", DOB ").D("us", d=g.dob).t(", MRN ").I(g.pmrn).t(", UNOS ID ")
    g.I("".join(g.pick("ABCDEFGHKLMNPRSTWXZ") for _ in range(4)) + str(g.num(100, 999)))
    g.t("\nDDKT ").D("Mdthy", -g.num(120, 700)).t("; induction ").c("thymoglobulin").t(".\nMeds: ")
    g.cs("tacrolimus (Envarsus XR) 6 mg daily", "mycophenolate 500 mg BID", "prednisone 5 mg daily",
         "TMP-SMX SS daily").t(".\nLabs ").D("md", -2).t(": ")
    g.cs(f"tacrolimus trough {g.num(55, 95) / 10} ng/mL", "Cr 1.4 mg/dL", "eGFR 52", "K 5.1",
         "Mg 1.6", "BK PCR not detected").t(".\nVisit link ")
    visit = f"{g.num(10**7, 10**8 - 1)}?pin={g.num(1000, 9999)}"
    g.p("URL", f"https://telehealth.transplantcare.org/v/{visit}")
    g.t(" joined from IP ").p("IP", g.ip(False)).t("; spouse ").N(sp).t(" present.\n")
    g.t("Assessment: stable graft function, trough at goal. Plan: no change; ")
    g.c("magnesium oxide 400 mg BID").t("; labs in 2 weeks.\nCoordinator: ").N(f"{cf} {cl}")
    g.t(", RN, ").p("EMAIL", g.mail(cf, cl, "transplantcare.org")).t(", direct ").P("land")
    return g.t("\n").N(f"{g.first()} {g.last()}").t(", MD\n").note()


def _case_mgmt(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(66, 99))
    df, dl = g.person("F")
    g.t("CASE MANAGEMENT - DISCHARGE PLANNING NOTE\nPt ").N(g.full()).t(", ").AGE(g.age, "")
    g.t(", MRN ").I(g.pmrn).t(", admitted ").D("us1", -4).t(" with COPD exacerbation.\n")
    g.t("Insurance: Medicare A/B (MBI ").I(g.mbi()).t(") + AARP supplement, member ID ")
    g.I(f"{g.pick(['W', 'XJH', 'H'])}{g.num(100000000, 999999999)}").t(", group ")
    g.I(f"{g.num(10000, 99999)}").t(".\nHome: lives alone at ").A()
    g.t("; second-floor walk-up, 14 steps.\nPlan: home with home health (SN/PT/OT) - referral ")
    g.t("faxed to ").P("land").t(" on ").D("md").t(". DME: home O2 ").c("2 L")
    g.t(" via concentrator + portable, rolling walker from Apria (").P("land").t("). Qualifying ")
    g.c("SpO2 86% on RA").t(" at rest on ").D("md", -1).t(".\nDaughter ").N(f"{df} {dl}")
    g.t(" (").P("mob").t(", ").p("EMAIL", g.mail(df, dl)).t(") will stay the first week.\n")
    g.t("Medicaid (waiver) application started with pt; SSN ").p("SSN", g.ssn())
    rn = g.person()
    g.t(" verified against card.\n").N(f"{rn[0]} {rn[1]}").t(", RN, CCM  ext ")
    return g.p("PHONE", f"{g.num(2000, 8999)}").t("\n").note()


def _preop(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(35, 72))
    rf, rl = g.person()
    g.t("PRE-ANESTHESIA EVALUATION\nPatient: ").N(f"{g.pl}, {g.pf} {g.pm}").t("   DOB: ")
    g.D("us2", d=g.dob).t("   MRN: ").I(g.pmrn).t("\nProcedure: laparoscopic cholecystectomy, ")
    g.t("scheduled ").D("Mdy", 6).t(" with Dr ").N(g.last()).t("\nPMH: OSA on CPAP, HTN, T2DM (")
    g.c("A1c 7.8%").t("), ").c("BMI 41").t(".\nAirway: ").c("Mallampati III").t(", TMD 3 fb, neck ")
    g.c("46 cm").t(", full dentition. ").c("STOP-BANG 6").t(". ").c("METs >= 4").t(".\nECG ")
    g.D("md", -20).t(": NSR, LAFB. Meds: ").c("semaglutide (Ozempic) 1 mg weekly").t(" - HOLD 1 ")
    g.t("week before; ").c("metformin 1000 mg BID").t(" and ").c("lisinopril 20 mg")
    g.t(" - hold AM of surgery.\nASA III. Plan GA/ETT, video laryngoscope; PONV prophylaxis (")
    g.c("Apfel 3").t("): ").cs("dexamethasone 4 mg", "ondansetron 4 mg")
    g.t(".\nNPO after midnight; ")
    g.t("clears until 2 h prior. Pt to call ").P("land").t(" with any URI symptoms. Ride home: ")
    g.N(f"{rf} {rl}").t(", ").P("mob").t("\n").N(f"{g.first()} {g.last()}").t(", CRNA / Dr ")
    return g.N(g.last()).t("\n").note()


def _proxy_access(i: int) -> Note:
    g = _G(i, "US")
    g.patient(old=g.r.random() < 0.6)
    sf = g.first("M")
    sl = g.pl if g.r.random() < 0.6 else g.last()
    req = f"PX-{g.day.year}-{g.num(10000, 99999)}"
    g.t("HIM - PATIENT PORTAL PROXY ACCESS REQUEST ").I(req).t("\nSubmitted ")
    g.p("DATE", f"{_fmt(g.day, 'iso')}T{g.num(6, 22):02d}:{g.num(0, 59):02d}:{g.num(0, 59):02d}Z")
    g.t(" from ").p("IP", g.ip(False)).t(" via ")
    g.p("URL", f"https://mychart.northvalleyhealth.org/proxy/request?id={req[3:]}")
    g.t("\nPatient: ").N(g.full()).t(", DOB ").D("us", d=g.dob).t(" (age ").AGE(g.age, "")
    g.t("), MRN ").I(g.pmrn).t(", SSN last 4: ").p("SSN", g.ssn()[-4:])
    g.t("\nRequester: ").N(f"{sf} {sl}").t(" - relationship: son; DOB ")
    g.D("us1", d=g.dob + timedelta(days=g.num(9000, 13000))).t("; e-mail ")
    g.p("EMAIL", g.mail(sf, sl)).t("; mobile ").P("mob")
    g.t("\nAddress on file: ").A().t("\nAuthority: activated health care POA dated ").D("dMy", -30)
    g.t("; copy scanned to Media.\nVerification: requester's driver license (")
    g.t(f"{g.state} ").I(f"{g.pick('ABDKST')}{g.num(1000000, 9999999)}")
    g.t(") checked in person by ")
    g.N(f"{g.first()[0]}{g.last()[0]}").t(" on ").D("md", -1).t(".\nDecision: APPROVED - full ")
    g.t("proxy; pt lacks capacity per Dr ").N(g.last()).t("'s note of ").D("md", -9).t(".\n")
    return g.t("Processed by ").N(f"{g.first()} {g.last()}").t(", RHIT\n").note()


def _genetics(i: int) -> Note:
    g = _G(i, "US")
    g.patient(sex="F", age=g.num(33, 58))
    sis, mom, gm, aunt = g.first("F"), g.first("F"), g.first("F"), g.first("F")
    gm_age, gf_age = g.num(90, 99), g.num(90, 103)
    g.t("CANCER GENETICS COUNSELING NOTE\n").N(g.full()).t(" (DOB ").D("us1", d=g.dob).t(", MRN ")
    g.I(g.pmrn).t(") seen ").D("Mdy").t(" with her sister ").N(sis).t(".\nIndication: ")
    g.t(f"triple-negative breast cancer diagnosed age {g.age - 1}; family history.\n")
    g.t("Pedigree (maternal): ")
    g.t("mother ").N(f"{mom} {g.pl}").t(", ovarian cancer at 58, died at 61; maternal grandmother ")
    g.N(gm).t(", breast cancer in her 70s, died aged ").p("AGE", str(gm_age))
    g.t("; maternal aunt ").N(f"{aunt} {g.last()}")
    g.t(", pancreatic cancer at 66. Paternal: father ")
    g.t("79 with prostate cancer (").c("Gleason 3+4").t("); paternal grandfather alive at ")
    g.p("AGE", str(gf_age)).t(".\nRisk: meets NCCN testing criteria; ").c("CanRisk")
    g.t(" estimate deferred until results.\nPlan: 84-gene hereditary cancer panel (saliva); ")
    g.t("specimen ID ").I(f"INV{g.num(1000000, 9999999)}").t("; results portal ")
    g.p("URL", f"https://portal.invitae.com/patients/{g.num(10**8, 10**9 - 1)}")
    g.t(". Cascade-testing letter for relatives if ").c("BRCA1").t(" / ").c("BRCA2")
    g.t(" / ").c("PALB2").t(" variant found.\nPrefers contact by e-mail: ")
    g.email = g.mail(g.pf, g.pl)
    g.p("EMAIL", g.email).t("\n").N(f"{g.first()} {g.last()}").t(", MS, CGC\n")
    return g.note()


def _needlestick(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(23, 60))
    sf, sl = g.person()
    g.t("EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE REPORT\nEmployee: ").N(g.lf())
    g.t("   Employee ID ").I(f"E{g.num(100000, 999999)}").t("   Dept: 5 North (RN)   DOB ")
    g.D("us", d=g.dob).t("\nSSN ").p("SSN", g.ssn()).t(" (workers' compensation claim ")
    g.I(f"WC{g.num(10000000, 99999999)}").t(")\nExposure: ").D("us1").t(" 02:15 - ")
    g.t("percutaneous injury, 25G hollow-bore needle after SC ").c("enoxaparin 40 mg")
    g.t(", gloved, moderate depth. Site washed with soap and water.\nSource patient: ")
    g.N(f"{g.first()} {g.last()}").t(", MRN ").I(g.mrn()).t(" - consented; rapid ")
    g.c("HIV-1/2 Ag/Ab nonreactive").t(", ").c("HBsAg negative").t(", ").c("HCV Ab negative")
    g.t(".\nEmployee baseline: ").c("HBsAb 212 mIU/mL").t(" (immune); HIV/HCV baseline drawn.\n")
    g.t("PEP (").c("Biktarvy").t(") not indicated given negative source. Counseled; may work.\n")
    g.t("Supervisor ").N(f"{sf} {sl}").t(" notified at ").P().t(".\n")
    return g.N(f"{g.first()} {g.last()}").t(", FNP-C, Employee Health, ext ").p(
        "PHONE", f"{g.num(2000, 8999)}").t("\n").note()


def _transfer_center(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.pick([g.num(52, 88), g.num(90, 96)]))
    g.t("TRANSFER CENTER - ACCEPTED TRANSFER\nCall received ").D("mdy").t(" 21:47.  Ref # ")
    g.I(f"TC{g.num(100000, 999999)}").t("\nReferring: Mercy Regional Medical Center (")
    g.p("ADDRESS", g.city).t(f", {g.state}); Dr ").N(f"{g.first()} {g.last()}")
    g.t(" (ED), callback ").P("land").t("\nPatient: ").N(g.full()).t(", DOB ").D("us", d=g.dob)
    g.t(", ").AGE(g.age, g.sex).t(", outside MRN ").I(f"{g.num(100000, 9999999)}")
    g.t("\nDx: NSTEMI with ongoing chest pain despite ").c("heparin").t(" and ")
    g.c("nitroglycerin gtt").t("; ").c("troponin I 4.8 ng/mL").t(" -> ").c("11.2 ng/mL")
    g.t("; ECG ST depression V4-V6; ").c("K 3.3").t(".\nAccepting: Dr ").N(g.last())
    g.t(" (Cardiology) to CCU bed 7. Mode: ALS ground, ETA 2330.\nFamily: wife ")
    g.N(g.first("F")).t(" driving separately, ").P("mob").t(".\nTransfer RN: ").N(g.first())
    return g.t(" / ").N(f"{g.first()[0]}{g.last()[0]}").t("\n").note()


def _ama(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(31, 64))
    pf, pl = g.person()
    g.t("ED PROVIDER NOTE - LEFT AGAINST MEDICAL ADVICE\n").N(f"{g.pf.lower()} {g.pl.lower()}")
    g.t("  MRN ").I(g.pmrn).t("  FIN ").I(f"{g.num(1000000000, 9999999999)}").t("  ").D("us")
    g.t("\nPresented with 3 h of exertional chest pressure. ECG without acute ST change; ")
    g.c("HEART score 5").t("; initial ").c("hs-troponin 21 ng/L").t(", 2-h repeat pending.\n")
    g.t("Capacity: alert, oriented x4, repeats back risks (MI, arrhythmia, death) and ")
    g.t("alternatives. ")
    g.t("Wishes to leave to care for a relative at home.\nAMA form signed 03:10, witnessed by ")
    g.N(f"{g.first()} {g.last()}").t(", RN. Given ").c("aspirin 325 mg").t(" in ED; Rx ")
    g.c("nitroglycerin 0.4 mg SL prn").t(". Strict return precautions; cardiology clinic ")
    g.P("land").t(".\nPartner ").N(f"{pf} {pl}").t(" drove; vehicle (").t(f"{g.state} plate ")
    g.I(f"{g.pick('BHJKRT')}{g.pick('AEMX')}{g.pick('CLPW')} {g.num(1000, 9999)}")
    g.t(") moved from ambulance bay by security officer ").N(g.last()).t(" (badge ")
    g.I(f"{g.num(100, 9999)}").t(").\nPt's cell: ").p("PHONE", g.pphone)
    g.t(" - will call with troponin result.\n").N(f"{g.first()} {g.last()}")
    return g.t(", PA-C / supervising Dr ").N(g.last()).t("\n").note()


def _sendout(i: int) -> Note:
    g = _G(i, "US")
    g.patient()
    acc = f"{g.day.year % 100}-{g.pick(['SO', 'MISC'])}-{g.num(10000, 99999)}"
    g.t("LABORATORY COMMENT - SEND-OUT TEST\nOrder: paraneoplastic autoantibody evaluation, serum ")
    g.t("(reference lab: Mayo Clinic Laboratories)\nPatient: ").N(g.lf()).t("   MRN ").I(g.pmrn)
    g.t("   Acc# ").I(acc).t("   Ref lab ID ").I(f"{g.num(10**9, 10**10 - 1)}").t("\nCollected ")
    g.D("DMY").t(" 07:55; received in send-outs ").D("dmyslash").t(" 09:20.\n")
    g.t("Comment: specimen received ")
    g.t("frozen as required; ").c("ANNA-1").t(", ").c("PCA-1").t(" and ").c("CRMP-5")
    g.t(" included. Expected TAT 10-14 days.\nHL7 order sent from LIS host ").p("IP", g.ip())
    g.t(" and acknowledged (ACK AA) ")
    g.p("DATE", f"{_fmt(g.day, 'iso')}T{g.num(9, 11):02d}:{g.num(10, 59):02d}:{g.num(10, 59):02d}")
    g.t(".\nResult will post to ").p("URL", f"https://results.lab.example-health.org/r/{acc}")
    g.t(" and to Dr ").N(g.last()).t("'s in-basket.\nQuestions: send-outs bench ").P("land")
    return g.t(" - ").N(f"{g.first()[0]}{g.last()[0]}").t(", MLS(ASCP)\n").note()


def _derm(i: int) -> Note:
    g = _G(i, "US")
    g.patient(sex="M", age=g.num(44, 82))
    g.t("DERMATOLOGY CLINIC NOTE - ").D("mdy").t("\n").N(g.full()).t(" | ").AGE(g.age, " yo")
    g.t(" | MRN ").I(g.pmrn).t("\nCC: changing mole, left upper back, noticed by wife ")
    g.N(g.first("F")).t(".\nExam: ").c("9 x 7 mm").t(" irregularly pigmented macule, asymmetric, ")
    g.t("notched border, two colours; dermoscopy: atypical network, regression structures. ")
    g.t("Scattered SKs, AKs on scalp. ").c("Fitzpatrick II").t(".\nProcedure: saucerization after ")
    g.c("1% lidocaine with epinephrine 1.5 mL").t("; hemostasis with ").c("aluminum chloride")
    g.t(". Specimen ").I(f"D{g.day.year % 100}-{g.num(1000, 99999)}").t(" to dermatopathology.\n")
    g.t("Clinical photo uploaded to ")
    g.p("URL", f"https://derm.photos.mercyhs.net/case/{g.num(10**6, 10**7 - 1)}")
    g.t(" from clinic iPad ").p("IP", g.ip()).t(".\nPlan: result in ~1 week; copy to ")
    g.email = g.mail(g.pf, g.pl)
    g.p("EMAIL", g.email).t(" per patient request. TBSE every 6 months; SPF 50.\n")
    g.N(f"{g.first()} {g.last()}").t(", PA-C; attending Dr ").N(g.last())
    return g.t("\n").note()


def _home_health(i: int) -> Note:
    g = _G(i, "US")
    g.patient(age=g.num(90, 101) if g.r.random() < 0.6 else g.num(71, 89))
    dil = g.person("F")
    wt = g.num(520, 780) / 10
    g.t("HOME HEALTH - SKILLED NURSING VISIT\nClient: ").N(g.full()).t("   DOB ").D("us", d=g.dob)
    g.t(" (").AGE(g.age, "").t(")   Agency MR# ").I(f"{g.num(10000, 99999)}").t("   MBI ")
    g.I(g.mbi()).t("\nVisit ").D("us1").t(" 10:05-10:55 at ").A()
    g.t(".\nHomebound: leaves home only for medical appointments, requires walker and assist.\n")
    g.t("VS: ").cs("T 36.8", "P 84 irregular", "BP 136/70", "RR 18", "SpO2 95% RA",
                  f"wt {wt} kg (+1.1 kg)").t(".\nAssessment: ").c("+1 pitting edema")
    g.t(" bilat ankles, lungs clear; stage 2 pressure injury sacrum ").c("1.5 x 1.0 cm")
    g.t(", pink base, no odor.\nTeaching: instructed daughter-in-law ").N(f"{dil[0]} {dil[1]}")
    g.t(" to give extra ").c("furosemide 20 mg").t(" if weight up ").c("1 kg").t(" overnight.\n")
    g.t("Called Dr ").N(g.last()).t("'s office (").P("land").t(") with weight; ok per nurse ")
    g.N(g.first("F")).t(".\nNext visit ").t(f"{g.wd(3)}, ").D("Mdth", 3).t(".  ")
    g.N(f"{g.first()} {g.last()}")
    return g.t(", RN\n").note()


def _chaplain(i: int) -> Note:
    g = _G(i, "US")
    g.patient(old=True)
    sp = g.first("M" if g.sex == "F" else "F")
    gd = g.person("F")
    g.t("SPIRITUAL CARE NOTE - ").D("mdy.").t("\nReferral from Palliative Care for ").t(g.title())
    g.t(" ").N(g.pl).t(", a ").AGE(g.age).t(" in room 512 (MRN ").I(g.pmrn)
    g.t(").\nMet with patient, spouse of 68 years ").N(sp).t(", and granddaughter ")
    g.N(f"{gd[0]} {gd[1]}").t(" (flew in from out of state). Patient is Catholic, parishioner at ")
    g.t("St. Brendan's.\nPatient asked for the Anointing of the Sick; Fr. ").N(g.last())
    g.t(" from the parish reached at ").P("land").t(" and will come this afternoon.\n")
    g.t("Family expressed anticipatory grief; ").N(sp).t(" shared stories of their farm. ")
    nick = g.pick(_NICK[g.sex])
    g.t("Provided prayer and presence; \"").N(nick).t("\" (as the family call ")
    g.t("her" if g.sex == "F" else "him").t(") appeared peaceful (").c("PPS 20%").t(").\n")
    g.t("Plan: daily follow-up; notify on-call chaplain at end of life.\n")
    g.N(f"{g.first()} {g.last()}").t(", MDiv, BCC, Chaplain - pager ")
    return g.p("PHONE", f"{g.num(1000, 9999)}").t("\n").note()


def _hl7_ticket(i: int) -> Note:
    g = _G(i, "US")
    g.patient()
    mrn2 = g.mrn()
    stamp = f"{_fmt(g.day, 'compact')}{g.num(6, 18):02d}{g.num(10, 59):02d}{g.num(10, 59):02d}"
    pin = g.ip()
    g.t("INTEGRATION SUPPORT TICKET ").I(f"INC{g.num(1000000, 9999999)}")
    g.t(" - P3\nOpened ").D("us1").t(" 08:40 by ").N(f"{g.first()} {g.last()}")
    g.t(" (HIM)\nSummary: ADT^A08 rejected by EMPI - PID-3 collides with existing record ")
    g.I(mrn2).t(". Sender ").p("IP", pin).t(":2575 -> engine ").p("IP", g.ip()).t(":6661.\n")
    g.t("Message excerpt:\nMSH|^~\\&|ADT|MAIN|EMPI|ENT|").p("DATE", stamp).t("||ADT^A08|")
    g.t(f"{g.num(100000, 999999)}|P|2.5.1\nPID|1||").I(g.pmrn).t("^^^MRN||")
    g.N(f"{g.pl.upper()}^{g.pf.upper()}^{g.pm}").t("||").D("compact", d=g.dob)
    g.t(f"|{g.sex}|||").p("ADDRESS", g.line).t("^^").p("ADDRESS", g.city).t(f"^{g.state}^")
    g.p("ZIP", g.pc).t("||").p("PHONE", g.pphone).t("|||||").I(f"{g.num(10**8, 10**9 - 1)}")
    g.t("|").p("SSN", g.ssn().replace("-", "")).t("\nResolution: confirmed duplicate; merged ")
    g.I(mrn2).t(" into ").I(g.pmrn).t(" after review by ").N(f"{g.first()[0]}{g.last()[0]}")
    g.t(". Dashboard: ")
    g.p("URL", f"https://iface-mon.corp.local/channels/adt/msg/{g.num(10**6, 10**7)}")
    return g.t("\nAssigned: ").N(f"{g.first()} {g.last()}").t(" (interface analyst)\n").note()


# --------------------------------------------------------------------------- England


def _urology_letter(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(sex="M", age=g.num(55, 79))
    nhs = g.nhs()
    g.ids.append(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    cf, cl = g.person()
    wife = g.first("F")
    psa = g.num(52, 139) / 10
    g.t("Department of Urology\nClinic date: ").D("dMy").t("    Typed: ").D("dMy", 3)
    g.t("\nHospital No: ").I(g.pmrn).t("    NHS No: ").I(nhs).t("\n").t("Mr ").N(g.full())
    g.t(", DOB ").D("uk", d=g.dob).t("\n").A().t("\n\nDear Dr ").N(g.last()).t(",\n")
    g.t("Diagnosis: raised PSA (").c(f"PSA {psa} ng/mL").t(", ").c("free/total 0.11")
    g.t("); mpMRI ").D("dmy", -21).t(": ").c("PI-RADS 4").t(" lesion left peripheral zone, ")
    g.c("volume 48 mL").t(", ").c("PSA density 0.18").t(".\nI saw Mr ").N(g.pl)
    g.t(" today with his wife ").N(wife).t(". ").c("IPSS 14").t(", ").c("QoL 3")
    g.t("; DRE benign-feeling, moderately enlarged.\nPlan: transperineal biopsy under LA, ")
    g.t("provisionally ").D("dMonth", 24).t("; stop ").c("clopidogrel 75 mg").t(" ")
    g.c("7/7").t(" before. Continue ").c("tamsulosin 400 micrograms OD").t(". Review ")
    g.c("6/52").t(" with histology.\nYours sincerely,\n\nMr ").N(f"{cf} {cl}")
    g.t(" FRCS (Urol), Consultant Urologist\n").N(f"{cf[0]}{cl[0]}").t("/")
    return g.N(f"{g.first()[0]}{g.last()[0]}".lower()).t("\ncc: patient\n").note()


def _vfc(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(age=g.num(18, 80))
    nhs = g.nhs()
    g.ids.append(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    g.t("VIRTUAL FRACTURE CLINIC - CONSULTANT REVIEW\n").N(g.lf()).t("   NHS ").I(nhs)
    g.t("   MRN ").I(g.pmrn).t("   ED attendance ").D("dmy-", -2)
    g.t("\nInjury: inversion injury left foot on stairs. XR: avulsion fracture base of 5th ")
    g.t("metatarsal (zone 1), undisplaced. ").c("Ottawa foot rules").t(" positive.\nOutcome: ")
    g.t("discharge with VFC leaflet; walking boot for comfort ").c("4-6/52").t(", FWB as pain ")
    g.t("allows. ").c("Paracetamol 1 g QDS").t(" prn. No routine follow-up; self-refer via the ")
    g.t("fracture clinic line ").P("land").t(" if pain persists beyond ").c("6/52").t(".\n")
    g.t("Telephoned patient on ").p("PHONE", g.pphone).t(" on ").t(f"{g.wd()} ").D("dmon")
    g.t(" - plan explained, agrees.\nReviewed by Mr ").N(g.last()).t(" (Cons T&O) / ")
    g.N(f"{g.first()} {g.last()}").t(", ANP. Letter to GP (Dr ").N(g.last())
    return g.t(", Park View Surgery).\n").note()


def _gp_phone(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(sex="F", age=g.num(19, 64))
    gf, gl = g.person()
    g.t("Telephone consultation - ").D("dmy-").t(" 10:42 (SystmOne)\nPatient: ")
    g.N(f"{g.pf.lower()} {g.pl.lower()}").t(", DOB ").D("uk", d=g.dob)
    g.t("; identity confirmed (name, DOB, first line of address).\nCalled on ").p("PHONE", g.pphone)
    g.t(".\nHx: ").c("3/7").t(" dysuria, frequency, suprapubic ache. No loin pain, no fever, no ")
    g.t("vaginal discharge. LMP ").D("dmon", -16).t(", not pregnant.\nPlan: ")
    g.c("nitrofurantoin 100 mg MR BD 3/7").t(" sent to Boots (EPS). Safety-netting: fever, loin ")
    g.t("pain or vomiting - call 111 or surgery same day. Partner ").N(g.first("M"))
    g.t(" to collect. MSU pot left at reception.\nCopy of advice e-mailed to ")
    g.email = g.mail(g.pf, g.pl)
    g.p("EMAIL", g.email).t(" at her request.\nDr ").N(f"{gf} {gl}").t(" (GP) - practice ")
    return g.p("EMAIL", g.mail(gf, gl, "nhs.net")).t("\n").note()


def _sepsis_ward(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(age=g.num(54, 88))
    daughter = g.first("F")
    ward = g.pick(["Nightingale", "Lister", "Brunel", "Florence", "Victoria"])
    g.t(f"NURSING ENTRY - {ward} Ward, Bay 3 Bed 4   ").D("uk").t(" 22:15\n").N(g.full())
    g.t("  Hosp No ").I(g.pmrn).t("\nDay 2 post open right hemicolectomy. 21:30 obs: ")
    g.cs("RR 26", "SpO2 93% on 2L", "BP 96/58", f"HR {g.num(118, 132)}", "T 38.6")
    g.t(", new confusion - ").c("NEWS2 9").t(".\nEscalated to FY1 Dr ").N(g.last())
    g.t(" (bleep ").p("PHONE", f"{g.num(1000, 9999)}").t(") 21:35; no response after 10 min, ")
    g.t("escalated to surgical SpR ").N(f"{g.first()} {g.last()}").t(" via switchboard bleep ")
    g.p("PHONE", f"{g.num(100, 999)}").t(".\nSepsis Six started 21:50: blood cultures x2, ")
    g.c("lactate 3.4 mmol/L").t(", ").c("piperacillin-tazobactam 4.5 g IV").t(", ")
    g.c("500 mL Hartmann's").t(" stat, catheter, hourly UO.\nDaughter ").N(daughter)
    g.t(" rang (").P("mob").t(") - updated with patient's consent.\n").N(f"{g.first()} {g.last()}")
    return g.t(", RN (Band 6)\n").note()


def _d2a(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(old=g.r.random() < 0.7)
    nhs = g.nhs()
    g.ids.append(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    son = g.person("M")
    council = f"{g.city.lower()}.gov.uk"
    g.t("DISCHARGE TO ASSESS - PATHWAY 1 REFERRAL\nTo: Adult Social Care (")
    g.p("EMAIL", f"d2a.referrals@{council}").t(")\nPatient: ").t(g.title()).t(" ").N(g.full())
    g.t(" | NHS ").I(nhs).t(" | DOB ").D("uk", d=g.dob).t(" (").AGE(g.age, " yrs").t(")\n")
    g.t("Address: ").A().t("; lives alone, key safe (code given verbally to provider).\n")
    g.t("NOK: son ").N(f"{son[0]} {son[1]}").t(", ").P("mob").t("\nAdmitted ").D("dots", -9)
    g.t(" with fall and UTI; medically optimised ").D("dots").t(".\nNeeds: QDS calls, single-")
    g.t("handed; mobilising with Zimmer frame; ").c("Waterlow 15").t("; pads for continence.\n")
    g.t("Meds via blister pack: ").cs("apixaban 2.5 mg BD", "bisoprolol 1.25 mg OD",
                                      "Adcal-D3 one BD").t(".\nReferrer: ")
    g.N(f"{g.first()} {g.last()}")
    return g.t(", Discharge Co-ordinator, ").P("land").t("\n").note()


def _eye_casualty(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(age=g.num(18, 45))
    g.t("EYE CASUALTY - ").D("dmy").t("\n").N(g.full()).t(", ").AGE(g.age, "")
    g.t(", Hosp No ").I(g.pmrn).t("\nPC: R red painful eye ").c("2/7")
    g.t(", photophobia. Monthly silicone-hydrogel CL wearer, sleeps in them.\nVA (Snellen): R ")
    g.c("6/18").t(" unaided, ").c("6/9").t(" pinhole; L ").c("6/6").t(". IOP (Goldmann) ")
    g.c("R 17, L 15 mmHg").t(".\nSLE R: ").c("2 x 1.5 mm").t(" paracentral epithelial defect with ")
    g.t("underlying infiltrate, ").c("AC 1+ cells").t(", no hypopyon; ").c("Seidel negative")
    g.t(".\nImp: microbial keratitis (CL-related).\nPlan: corneal scrape (lab no. ")
    g.I(f"M{g.day.year % 100}.{g.num(100000, 999999)}").t("); ").c("levofloxacin 0.5% hourly")
    g.t(" day and night ").c("2/7").t("; ").c("cyclopentolate 1% BD").t("; no CL. Review ")
    g.t("in 48 h (").D("dm", 2).t(").\nCL hygiene leaflet e-mailed to ")
    g.email = g.mail(g.pf, g.pl)
    g.p("EMAIL", g.email).t("; mobile ").p("PHONE", g.pphone).t("\nDr ").N(g.last())
    return g.t(" (ST2 Ophth)\n").note()


def _lung_mdt(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(age=g.num(58, 82))
    nhs = g.nhs()
    g.ids.append(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    o1, o2 = g.person(), g.person()
    old = g.num(90, 97)
    g.t("LUNG CANCER MDT OUTCOMES - ").D("dthMy").t("\nChair: Dr ").N(g.last()).t("; present: ")
    g.N(f"{g.first()[0]}{g.last()[0]}").t(", ").N(f"{g.first()[0]}{g.last()[0]}").t(", ")
    g.N(f"{g.first()[0]}{g.last()[0]}").t(" (CNS)\n\n1. ").N(g.full()).t("  NHS ").I(nhs)
    g.t("  DOB ").D("uk", d=g.dob).t("\nPET-CT ").D("dmy", -12).t(": ").c("28 mm")
    g.t(" spiculated RUL nodule, ").c("SUVmax 8.2").t("; R hilar node ").c("SUV 4.1")
    g.t(". EBUS ").D("dmy", -5).t(": station 10R adenocarcinoma, ").c("PD-L1 60%")
    g.t(", EGFR/ALK negative. ").c("T1cN1M0").t(" (IIB), ").c("FEV1 74%").t(".\nOutcome: ")
    g.t("for lobectomy - refer Mr ").N(g.last()).t(" (thoracics).\n\n2. ")
    g.N(f"{o1[1].upper()}, {o1[0]}").t("  NHS ").I(g.nhs()).t("\nCT ").D("dmy", -20)
    g.t(": 14 mm LLL ground-glass nodule, stable since ").D("my", -400)
    g.t(". Outcome: CT surveillance at ").c("12/12").t(", discharge from MDT.\n\n3. ")
    g.N(f"{o2[0]} {o2[1]}").t(" (").AGE(old, "").t(")  MRN ").I(g.mrn())
    g.t("\nLarge central mass with SVCO, ").c("PS 3").t(". Outcome: best supportive care; ")
    g.t("palliative RT for symptoms; GP and family (daughter ").N(g.first("F")).t(") informed.\n\n")
    return g.t("MDT coordinator: ").N(f"{g.first()} {g.last()}").t(" (").P("land").t(")\n").note()


def _head_injury(i: int) -> Note:
    g = _G(i, "UK")
    g.patient(age=g.pick([g.num(78, 89), g.num(90, 99), g.num(90, 99)]))
    gd = g.first("F")
    g.t("ED CLINICIAN NOTE - MAJORS\n").N(g.full()).t(", ").AGE(g.age, "")
    g.t(f"{g.sex}, Hosp No. ").I(g.pmrn).t(", by ambulance ").D("uk2").t(" 08:20\nPC: ")
    g.t("unwitnessed fall at home, hit occiput. On ").c("rivaroxaban 20 mg OD").t(" for AF. ")
    g.c("GCS 15/15").t(" (").c("E4 V5 M6").t("), no LOC, no vomiting.\nNICE: CT head within ")
    g.t("8 hours (anticoagulated) - done 09:05: no intracranial haemorrhage. ")
    g.c("Canadian C-spine rule").t(": age >= 65 - CT C-spine: no fracture.\nObs: ")
    g.cs("BP 158/82", "HR 78 irregular", "SpO2 96% RA", "CBG 7.2").t(". Bloods: ")
    g.cs("Hb 118 g/L", "eGFR 48").t(".\nPlan: discharge with head-injury advice into care of ")
    g.t("granddaughter ").N(gd).t(" (").P("mob").t("), falls clinic referral, letter to GP (Dr ")
    g.N(g.last()).t(").\n").N(f"{g.first()} {g.last()}").t(", ACP / Dr ").N(g.last())
    return g.t(" (ED consultant)\n").note()


# --------------------------------------------------------------------------- Scotland / Wales / NI


def _epu_scotland(i: int) -> Note:
    g = _G(i, "SCO")
    g.patient(sex="F", age=g.num(21, 42))
    chi = f"{_fmt(g.dob, 'uk').replace('/', '')[:4]}{g.dob.year % 100:02d}{g.num(1000, 9999)}"
    g.ids.append(("https://www.ndc.scot.nhs.uk/CHI", chi))
    partner = g.person("M")
    hcg = g.num(900, 2600)
    g.t("EARLY PREGNANCY ASSESSMENT UNIT - Royal Infirmary\n").N(g.full()).t("  CHI ").I(chi)
    g.t("  DOB ").D("uk", d=g.dob).t("\nAddress: ").A().t("\nSeen ").D("dMonth")
    g.t("; LMP ").D("dmy", -45).t(" (").c("6+3").t(" by dates). ").c("G2P1").t(".\n")
    g.t("PV bleeding with mild cramp since yesterday. ").cs("BP 112/70", "HR 88")
    g.t(", abdomen soft.\nTVUS: intrauterine gestational sac, ").c("MSD 14 mm")
    g.t(", yolk sac present, no fetal pole - PUV.\n").c(f"hCG {hcg:,} IU/L").t("; repeat in 48 h (")
    g.D("dthofM", 2).t(").\nGroup O RhD negative; bleeding under ").c("12/40")
    g.t(" without intervention - ").c("anti-D").t(" not required per guideline.\n")
    g.t("Partner ").N(f"{partner[0]} {partner[1]}").t("; contact mob ").p("PHONE", g.pphone)
    return g.t(".\n").N(f"{g.first('F')} {g.last()}").t(", Nurse Specialist\n").note()


def _welsh_foot(i: int) -> Note:
    g = _G(i, "WAL")
    g.patient(age=g.num(52, 86))
    nhs = g.nhs()
    g.ids.append(("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    dau = g.first("F")
    g.t("PODIATRY - DIABETIC FOOT CLINIC\n").N(g.full()).t("  NHS ").I(nhs).t("  DOB ")
    g.D("dots", d=g.dob).t("\n").A().t("\nDate: ").D("dots2").t("\nT2DM 18 yrs, ")
    g.cs("HbA1c 71 mmol/mol", "eGFR 44").t(". Ulcer R 1st MTPJ plantar ").c("1.2 x 0.9 cm")
    g.t(", depth ").c("0.4 cm").t(", probe-to-bone negative. ").c("SINBAD 3").t(". ABPI ")
    g.c("R 0.78 / L 0.92").t(", monophasic DP R.\nPlan: sharp debridement, ").c("Inadine")
    g.t(" dressing, offloading boot; ").c("flucloxacillin 1 g QDS 7/7").t(" (")
    g.c("IWGDF 2").t(" infection). Vascular referral to Mr ").N(g.last()).t(". Review ")
    g.c("1/52").t(".\nPrefers Welsh; daughter ").N(dau).t(" (").P("mob")
    g.t(") attends and interprets.\n").N(f"{g.first()} {g.last()}")
    return g.t(", Specialist Podiatrist\n").note()


def _ni_resp_letter(i: int) -> Note:
    g = _G(i, "NI")
    g.patient(age=g.num(28, 66))
    hc = f"{g.num(300, 399)} {g.num(100, 999)} {g.num(1000, 9999)}"
    g.ids.append(("https://fhir.hscni.net/Id/hcn", hc.replace(" ", "")))
    cf, cl = g.person()
    g.t("Respiratory Outpatients\nRe: ").N(g.full()).t("   DOB ").D("uk", d=g.dob)
    g.t("   H&C No ").I(hc).t("\n").A().t("\nDate of clinic: ").D("dthMy").t("\n\nDear Dr ")
    g.N(g.last()).t(",\nDiagnosis: pulmonary sarcoidosis, ").c("Scadding stage II")
    g.t(".\n").N(g.pf).t(" has a dry cough and exertional breathlessness. Bloods: ")
    g.cs("ACE 98 U/L", "adjusted calcium 2.71 mmol/L").t(". PFTs: ").cs("FVC 2.9 L (81%)",
                                                                       "TLCO 68%")
    g.t(". EBUS biopsy ").D("dmy", -30).t(": non-necrotising granulomas.\nPlan: ")
    g.c("prednisolone 30 mg OD for 4/52").t(", then taper; ").c("Adcal-D3").t("; HRCT in ")
    g.c("3/12").t("; ophthalmology for uveitis screen.\nMobile ").p("PHONE", g.pphone)
    g.email = g.mail(g.pf, g.pl)
    g.t("; asked us to correspond by e-mail (").p("EMAIL", g.email).t(").\n\nDr ")
    return g.N(f"{cf} {cl}").t(", Consultant Respiratory Physician\n").note()


# --------------------------------------------------------------------------- Canada


def _bc_cardiology(i: int) -> Note:
    g = _G(i, "BC")
    g.patient(age=g.num(68, 88))
    phn = f"9{g.num(100, 999)} {g.num(100, 999)} {g.num(100, 999)}"
    g.ids.append(("https://health.gov.bc.ca/fhir/NamingSystem/ca-bc-patient-healthcare-id",
                  phn.replace(" ", "")))
    rf, rl = g.person()
    g.t("Cardiology Consultation\nDate: ").D("Mdy").t("\nRe: ").N(g.full()).t(", PHN ").I(phn)
    g.t(", DOB ").D("iso", d=g.dob).t("\n").A().t("\nReferring: Dr ").N(f"{rf} {rl}")
    g.t(" (MSP ").I(f"{g.num(10000, 99999)}").t(") - fax ").P("land").t("\n\nReason: exertional ")
    g.t("presyncope and a murmur.\nEcho ").D("mdy", -10).t(": severe aortic stenosis, ")
    g.cs("AVA 0.8 cm2", "mean gradient 46 mmHg", "Vmax 4.3 m/s", "LVEF 60%").t(".\nECG: SR, ")
    g.t("LVH by ").c("Sokolow-Lyon").t(". ").c("BP 146/78").t(". Continue ").c("amlodipine 5 mg")
    g.t(".\nPlan: referred to the TAVI program; avoid strenuous exertion; dental review. ")
    g.t("Patient's daughter ").N(g.first("F")).t(" can be reached at ").P("mob").t(".\n")
    return g.t("Sincerely,\nDr ").N(f"{g.first()} {g.last()}").t(", FRCPC\n").note()


def _ontario_colpo(i: int) -> Note:
    g = _G(i, "ON")
    g.patient(sex="F", age=g.num(25, 58))
    ohip = f"{g.num(1000, 9999)}-{g.num(100, 999)}-{g.num(100, 999)}-" \
           f"{g.pick('ABCKMPRTX')}{g.pick('ABCKMPRTX')}"
    g.ids.append(("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", ohip[:12]))
    g.t("REFERRAL - COLPOSCOPY CLINIC\nDate: ").D("mdy").t("   To fax ").P("land")
    g.t("\nPatient: ").N(g.full()).t("   OHIP ").I(ohip).t("   DOB ").D("dmy", d=g.dob)
    g.t("\nAddress: ").A().t("; cell ").p("PHONE", g.pphone).t("; email ")
    g.email = g.mail(g.pf, g.pl)
    g.p("EMAIL", g.email).t("\nReason: primary HPV screen (").D("mond", -21).t(") positive for ")
    g.c("HPV 16/18").t("; reflex cytology ").c("LSIL").t(". ").c("G1P1").t(", ")
    g.c("Mirena").t(" in situ, non-smoker.\nPlease see within 6 weeks. She prefers morning ")
    g.t("appointments and is comfortable with email reminders.\nReferring: Dr ")
    g.N(f"{g.first()} {g.last()}").t(", Riverside Family Health Team, billing no. ")
    return g.I(f"{g.num(100000, 999999)}").t("\n").note()


def _medscheck(i: int) -> Note:
    g = _G(i, "ON")
    g.patient(old=g.r.random() < 0.5)
    ohip = f"{g.num(1000, 9999)} {g.num(100, 999)} {g.num(100, 999)} " \
           f"{g.pick('ABCKMPRTX')}{g.pick('ABCKMPRTX')}"
    df = g.first("F")
    g.t("MEDSCHECK ANNUAL SUMMARY - Shoppers Drug Mart #").t(f"{g.num(600, 1499)}\nPatient: ")
    g.N(g.lf(False)).t("   DOB ").D("us", d=g.dob).t(" (").AGE(g.age, "").t(")   OHIP ")
    g.I(ohip).t("\nAddress: ").A().t("; tel ").p("PHONE", g.pphone).t("\nPrimary care: Dr ")
    g.N(f"{g.first()} {g.last()}").t(" (").P("land").t(" / fax ").P("land").t(")\n")
    g.t("Reviewed ").D("isoslash").t(": 14 medications incl. ").cs("amlodipine 10 mg daily",
                                                                 "pantoprazole 40 mg daily",
                                                                 "zopiclone 7.5 mg qhs")
    g.t(".\nIssues: 1) duplicate PPI (OTC ").c("esomeprazole").t(" also taken); 2) ")
    g.c("zopiclone").t(" - falls risk (").c("Beers criteria").t("), taper proposed; 3) ")
    g.c("eGFR 38").t(" - ").c("metformin 500 mg BID")
    g.t(" ok, review if lower.\nCaregiver: daughter ")
    g.N(df).t(" (").p("EMAIL", g.mail(df, g.pl)).t(").\nPharmacist: ").N(f"{g.first()} {g.last()}")
    return g.t(", RPh - OCP #").I(f"{g.num(200000, 699999)}").t("\n").note()


# --------------------------------------------------------------------------- Australia


def _hith(i: int) -> Note:
    g = _G(i, "AU")
    g.patient(age=g.num(34, 85))
    med = f"{g.num(2000, 6999)} {g.num(10000, 99999)} {g.num(1, 9)}"
    g.ids.append(("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", "")))
    nok = g.first()
    g.t("HOSPITAL IN THE HOME - NURSING VISIT\n").N(g.full()).t(" (goes by \"")
    g.N(g.pick(_NICK["AU" + g.sex])).t("\")  UR ").I(g.pmrn).t("  DOB ")
    g.D("uk", d=g.dob).t("  Medicare ").I(med).t("\nVisit address: ").A().t("\nNOK: partner ")
    g.N(nok).t(", mob ").P("mob").t("\nDx: R leg cellulitis failing oral therapy; day ")
    g.c("4/7").t(" IV ").c("cefazolin 2 g daily").t(" with ").c("probenecid 1 g PO").t(".\nObs: ")
    g.cs("T 36.9", "HR 82", "BP 128/76", "RR 16", "SpO2 97% RA").t(". Erythema receding inside ")
    g.t("marked margins. PIVC L forearm day 3, ").c("VIP score 0").t(".\nBloods ").D("dmon", -1)
    g.t(": ").cs("CRP 46 (from 188)", "WCC 9.1").t(".\nPlan: d/w Dr ").N(g.last())
    g.t(" (HITH reg) - step down to ").c("cefalexin 500 mg QID 5/7").t(", discharge from HITH ")
    g.D("dmy", 1).t(". GP (Dr ").N(g.last()).t(") to review.\n").N(f"{g.first()} {g.last()}")
    return g.t(", RN (HITH)\n").note()


def _gpmp(i: int) -> Note:
    g = _G(i, "AU")
    g.patient(age=g.pick([g.num(55, 84), g.num(90, 95)]))
    med = f"{g.num(2000, 6999)} {g.num(10000, 99999)} {g.num(1, 9)}"
    g.ids.append(("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", "")))
    pod, die = g.person(), g.person()
    g.t("GP MANAGEMENT PLAN / TEAM CARE ARRANGEMENTS (MBS items 721/723)\nPatient: ").N(g.full())
    g.t("  DOB ").D("uk", d=g.dob).t(" (").AGE(g.age, " y").t(")  Medicare ").I(med)
    g.t("\nAddress: ").A().t("  Ph ").p("PHONE", g.pphone).t("  Email ")
    g.email = g.mail(g.pf, g.pl, g.pick(["bigpond.com", "gmail.com", "optusnet.com.au"]))
    g.p("EMAIL", g.email).t("\nConditions: T2DM (").c("HbA1c 8.1%").t("), CKD 3a (")
    g.cs("eGFR 52", "uACR 12 mg/mmol").t("), OA knees.\nGoals: ").c("HbA1c < 7%").t(", ")
    g.c("BP < 130/80").t(", walk 30 min 5 days/wk.\nTeam: podiatrist ").N(f"{pod[0]} {pod[1]}")
    g.t(" (Foot Focus, ").P("land").t("); dietitian ").N(f"{die[0]} {die[1]}").t(" (")
    g.p("EMAIL", g.mail(die[0], die[1], "nutritionworks.com.au")).t(").\nMeds: ")
    g.cs("metformin XR 2 g nocte", "empagliflozin 10 mg daily", "perindopril 5 mg")
    g.t(".\nReview: ").D("dmy", 182).t(".  Prepared by Dr ").N(f"{g.first()} {g.last()}")
    g.t(" (provider no. ").I(f"{g.num(200000, 599999)}{g.pick('ABFHJKLTWXY')}").t(") ")
    return g.D("uk").t("; consent obtained.\n").note()


def _rfds(i: int) -> Note:
    g = _G(i, "AU")
    g.patient(sex="M", age=g.num(44, 76))
    g.city, g.state, g.pc = g.pick([("Mount Isa", "QLD", "4825"), ("Longreach", "QLD", "4730"),
                                    ("Broken Hill", "NSW", "2880"),
                                    ("Tennant Creek", "NT", "0860")])
    g.line = f"{g.pick(['Wirralie', 'Coolibah Downs', 'Mulga Creek'])} Station"
    wife = g.first("F")
    g.t("RETRIEVAL COORDINATION LOG  Case ").I(f"R{g.day.year % 100}-{g.num(10000, 99999)}")
    g.t("  ").D("dmy").t(" 03:12\nReferring: ").N(f"{g.first()} {g.last()}")
    g.t(", RN, primary health clinic - sat phone ")
    g.p("PHONE", f"+8816 {g.num(2000, 9999)} {g.num(1000, 9999)}")
    g.t("\nPatient: ").N(g.full()).t(", DOB ").D("uk", d=g.dob).t(f", {g.age}M, 94 kg. Lives at ")
    g.p("ADDRESS", g.line).t(" via ").p("ADDRESS", g.city).t(f" {g.state} ").p("ZIP", g.pc)
    g.t(".\nHx: 4 h central chest pain; ECG inferior STEMI (").c("STE II, III, aVF 3 mm")
    g.t("). Lysed 02:40: ").cs("tenecteplase 45 mg", "enoxaparin 30 mg IV + 1 mg/kg SC",
                               "aspirin 300 mg", "clopidogrel 300 mg").t(".\n60-min ECG: ")
    g.c("> 50% ST resolution").t(". ").cs("HR 58", "BP 104/66", "SpO2 96% RA", "GCS 15")
    g.t(".\nPlan: PC-12 from airstrip ETD 05:30 to tertiary cath lab; accepting Dr ")
    g.N(g.last()).t(" (cardiology).\nCoordinating MO: Dr ").N(f"{g.first()} {g.last()}")
    return g.t(". NOK wife ").N(wife).t(" ").P("mob").t("\n").note()


# --------------------------------------------------------------------------- New Zealand


def _nhi(g: _G) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(g.pick(letters) for _ in range(3)) + f"{g.num(1000, 9999)}"


def _nz_gastro(i: int) -> Note:
    g = _G(i, "NZ")
    g.patient(age=g.num(19, 52))
    nhi = _nhi(g)
    g.ids.append(("https://standards.digital.health.nz/ns/nhi-id", nhi))
    gf, gl = g.person()
    g.t("Gastroenterology Clinic\n").D("dMy").t("\nRe: ").N(g.full()).t(", NHI ").I(nhi)
    g.t(", DOB ").D("uk", d=g.dob).t("\n").A().t("\n\nDear Dr ").N(gl).t(" (")
    g.p("EMAIL", g.mail(gf, gl, "healthcentre.co.nz")).t(")\nThank you for referring ")
    g.N(g.pf).t(f", {g.age}, with iron deficiency (").cs("Hb 98 g/L", "ferritin 6 ug/L")
    g.t(") and ").c("tTG IgA > 128 U/mL").t(" (").c("normal < 7").t(").\nGastroscopy ")
    g.D("dmy", -14).t(": scalloping in D2; duodenal biopsies ").c("Marsh 3b").t(".\nPlan: ")
    g.t("strict gluten-free diet, dietitian referral, ").c("ferrous fumarate 200 mg (Ferrograd)")
    g.t(" daily, DEXA. Repeat ").c("tTG").t(" in ").c("6/12").t(".\nKind regards\nDr ")
    return g.N(f"{g.first()} {g.last()}").t(", Gastroenterologist\n").note()


def _nz_rest_home(i: int) -> Note:
    g = _G(i, "NZ")
    g.patient(old=True)
    nhi = _nhi(g)
    g.ids.append(("https://standards.digital.health.nz/ns/nhi-id", nhi))
    r2, r3 = g.person("F"), g.person("M")
    a2, a3 = g.num(86, 99), g.num(90, 101)
    g.t("AGED RESIDENTIAL CARE - GP ROUND, Kowhai Court (").p("ADDRESS", g.suburb).t(")\n")
    g.D("dmy2-").t("   GP Dr ").N(g.last()).t("; RN ").N(g.first("F")).t(" accompanying\n\n1. ")
    g.N(g.full()).t(" (NHI ").I(nhi).t("), ").AGE(g.age, "").t(": new L calf swelling; ")
    g.c("Wells 1").t(", ").c("D-dimer 1.9").t(" - USS arranged ").D("dmon", 1)
    g.t(". Weight ").c("52.4 kg").t(" stable.\n2. ").N(f"{r2[1].upper()}, {r2[0]}").t(" (NHI ")
    g.I(_nhi(g)).t("), ").AGE(a2, "").t(": UTI sx; dipstick nitrite +; ")
    g.c("nitrofurantoin 50 mg QID 5/7").t("; MSU sent.\n3. ").N(f"{r3[0]} {r3[1]}").t(", ")
    g.AGE(a3, "").t(": weekly BP review ").c("BP 168/74").t("; increase ")
    g.c("amlodipine to 5 mg").t(". Son ").N(g.first("M")).t(" (").P("mob").t(") updated.\n\n")
    return g.t("Signed Dr ").N(f"{g.first()} {g.last()}").t("\n").note()


# --------------------------------------------------------------------------- Ireland


def _ie_phn(i: int) -> Note:
    g = _G(i, "IE")
    g.patient(age=g.num(58, 89))
    ppsn = f"{g.num(1000000, 9999999)}{g.pick('ABCDEFGHKPTW')}{g.pick(['', 'A', 'W'])}"
    g.ids.append(("http://www.welfare.ie/ppsn", ppsn))
    dau = g.first("F")
    g.t("REFERRAL TO PUBLIC HEALTH NURSE - discharge\nPatient: ").N(g.full()).t("   MRN ")
    g.I(g.pmrn).t("   DOB ").D("uk", d=g.dob).t("\nPPSN ").I(ppsn).t("   Medical card ")
    g.I(f"{g.num(10000000, 99999999)}{g.pick('ABCDK')}").t("\nAddress: ").A()
    g.t("\nPhone: ").p("PHONE", g.pphone).t(" (home); ").P("mob").t(" (daughter ").N(dau)
    g.t(")\nAdmitted ").D("dmy", -6).t(" to ").D("dmy").t(": NSTEMI; PCI to LAD ").D("dmon", -4)
    g.t(".\nRequests: R radial site check; weekly weight (HF, ").c("LVEF 40%").t("); ")
    g.t("medication support.\nMeds: ").cs("ticagrelor 90 mg BD (12 months)", "aspirin 75 mg OD",
                                        "bisoprolol 2.5 mg", "ramipril 2.5 mg",
                                        "atorvastatin 80 mg").t(".\nGP: Dr ").N(g.last())
    g.t(", ").p("ADDRESS", g.city).t(".\nReferred by: ").N(f"{g.first()} {g.last()}")
    g.t(", CNM2, bleep ")
    return g.p("PHONE", f"{g.num(100, 899)}").t("\n").note()


def _ie_day_hospital(i: int) -> Note:
    g = _G(i, "IE")
    g.patient(old=True)
    niece = g.person("F")
    g.t("DAY HOSPITAL FOR OLDER PERSONS\n").N(g.full()).t(", ").AGE(g.age, "").t(", MRN ")
    g.I(g.pmrn).t(", Eircode ").p("ZIP", g.pc).t("\nSeen ").D("dthMy").t(" (GP: Dr ").N(g.last())
    g.t(").\nReferral: two falls in 6 weeks, slowing.\nCGA: ").cs("Clinical Frailty Scale 6",
                                                                  "MoCA 19/30", "Barthel 14/20",
                                                                  "TUG 22 s").t("; lying ")
    g.c("BP 142/78").t(" -> standing ").c("118/70").t(" at 3 min.\nMedication review (")
    g.c("STOPP/START").t("): stop ").c("doxazosin 4 mg").t(", reduce ").c("amitriptyline 10 mg")
    g.t(" to stop; start ").c("vitamin D 800 IU").t(".\nSocial: lives with niece ")
    g.N(f"{niece[0]} {niece[1]}").t(" in ").p("ADDRESS", g.city).t("; home help 2 h/day; ")
    g.t("niece's mobile ").P("mob").t(".\nPlan: physio falls programme x 6 weeks; OT home visit; ")
    g.t("review ").c("3/12").t(".\nDr ").N(f"{g.first()} {g.last()}")
    return g.t(", Consultant Geriatrician\n").note()


# --------------------------------------------------------------------------- India / Singapore


def _india_opd(i: int) -> Note:
    g = _G(i, "IN")
    g.patient(age=g.num(38, 72))
    uhid = f"{g.pick(['UH', 'KH'])}{g.num(10000000, 99999999)}"
    abha = f"91-{g.num(1000, 9999)}-{g.num(1000, 9999)}-{g.num(1000, 9999)}"
    g.ids.append(("https://healthid.ndhm.gov.in", abha))
    g.t("OUT-PATIENT RECORD - Department of Endocrinology\nUHID: ").I(uhid).t("   OP No: ")
    g.I(f"OP/{g.day.year % 100}/{g.num(100000, 999999)}").t("   Date: ").D("uk-").t("\nName: ")
    g.t(g.title()).t(". ").N(g.full()).t(f"   Age/Sex: {g.age}/{g.sex}   Mobile: ")
    g.p("PHONE", g.pphone)
    g.t("\nAddress: ").A().t("\nAadhaar: XXXX XXXX ").I(f"{g.num(1000, 9999)}").t("   ABHA: ")
    g.I(abha).t("\nC/o polyuria, weight loss 4 kg over 3 months. Known T2DM x 9 yrs.\nVitals: ")
    g.cs("BP 148/92", "pulse 88/min", "BMI 27.4").t(".\nInv (").D("dots", -3).t("): ")
    g.cs("FBS 212 mg/dL", "PPBS 318 mg/dL", "HbA1c 9.2%", "S. creat 1.1", "TSH 2.4").t(".\n")
    g.t("Rx: ").cs("Tab. metformin 1 g BD", "Tab. glimepiride 2 mg OD before breakfast",
                  "Tab. sitagliptin 100 mg OD", "Tab. Telma 40 OD", sep="; ")
    g.t(".\nReview after 1 month with FBS/PPBS. Son ").N(f"{g.first('M')} {g.pl}")
    g.t(" accompanied.\nDr ").N(f"{g.first()} {g.last()}").t(", MD, DM (Endo) - Reg. No. ")
    return g.I(f"{g.num(30000, 99999)}").t("\n").note()


def _sg_memo(i: int) -> Note:
    g = _G(i, "SG")
    sex = g.pick("FM")
    grp = g.pick(["CN", "CN", "MY", "TA"])
    fam, giv, written = g.sg_person(sex, grp)
    g.patient(sex=sex, age=g.num(45, 78), name=(giv, fam))
    nric = f"{'S' if g.dob.year < 2000 else 'T'}{g.dob.year % 100:02d}{g.num(10000, 99999)}"
    nric += g.pick("ABCDEFGHIZJ")
    g.ids.append(("http://ica.gov.sg/id/nric", nric))
    father = None if sex == "F" else (fam if grp == "CN" else giv)
    dwritten = g.sg_person("F", grp, father)[2]
    g.t("POLYCLINIC REFERRAL MEMO\nTo: Renal / Endocrine SOC\nDate: ").D("uk")
    g.t("\nPatient: ").N(written).t("   NRIC ").I(nric).t("   DOB ").D("dmy", d=g.dob)
    g.t("\nAddress: ").A().t("\nContact: ").p("PHONE", g.pphone).t(" (HP); NOK daughter ")
    g.N(dwritten).t(" ").P("mob").t("\n\nDear Colleague,\nKindly review this ").t(f"{g.age}")
    g.t("-year-old with resistant hypertension despite ").cs("amlodipine 10 mg OM",
                                                           "losartan 100 mg OM",
                                                           "hydrochlorothiazide 25 mg OM")
    g.t(". Home BP 160s/90s; clinic ").c("BP 172/96").t(". ").c("K 3.2 mmol/L").t(", ")
    g.c("Na 143").t(", ").c("Cr 88 umol/L").t(". ? primary aldosteronism - ARR not yet done.\n")
    g.t("Thank you.\nDr ").N(g.sg_person()[2]).t(", Family Physician - MCR ")
    return g.I(f"M{g.num(10000, 99999)}{g.pick('ABCDEFGHJ')}").t("\n").note()


# --------------------------------------------------------------------------- registry

TEMPLATES: list[Callable[[int], Note]] = [
    _anticoag_inr, _urology_letter, _pe_admission, _bc_cardiology, _ciwa_nursing, _vfc,
    _hith, _ankle_ortho, _epu_scotland, _pft_report, _gp_phone, _nz_gastro, _mammo,
    _ie_phn, _kidney_tx, _sepsis_ward, _india_opd, _case_mgmt, _ontario_colpo, _preop, _d2a,
    _gpmp, _proxy_access, _welsh_foot, _genetics, _eye_casualty, _sg_memo, _needlestick,
    _lung_mdt, _rfds, _transfer_center, _ni_resp_letter, _ama, _nz_rest_home, _sendout,
    _head_injury, _medscheck, _derm, _ie_day_hospital, _home_health, _chaplain, _hl7_ticket,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` deterministic labelled notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[k % len(TEMPLATES)](k) for k in range(n)]
