"""HELD-OUT v26 PHI corpus: written independently, before any round-26 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the
labelling conventions of heldout25's docstring were followed; all templates were written
before a formatter diff happened to display part of heldout25's body). Like v14-v25 it aims at the
MAINSTREAM of English-language hospital text with ordinary PHI density, with templates and
phrasing not used by v25, over the US, England, Scotland, Wales, Northern Ireland, Canada,
Australia, New Zealand, Ireland and India. Templates, cycled in order (see ``TEMPLATES``):
ED chest-pain triage notes (ESI, STEMI alert), MICU septic-shock progress notes, DKA admission
H&Ps (masked SSN), heart-failure discharge summaries (home-health face sheet with SSN),
respiratory-therapy COPD / BiPAP notes (nickname, device serial), palliative-care consults of
patients in their nineties, social-work housing assessments, hip-fracture physical-therapy
evaluations, pharmacy admission medication histories, CT head reports with critical-result
call and workstation IP, surgical pathology reports ("Lynch syndrome"), telephone refill
encounters, portal messages in lower case with replies (e-mail, scheduling URL, IP),
stroke-code neurology notes (tenecteplase, transfer centre), C/L psychiatry consults after an
overdose, wound-ostomy nurse notes, prior-authorisation letters (member ID, full SSN),
hepatology telehealth video visits (meeting URL, IP, interpreter ID), transfusion-reaction
reports (ISBT unit numbers), release-of-information logs, pacemaker device-clinic notes
(serial, ages >= 90), fall safety-event reports, EGD procedure notes ("Forrest IIa",
"Mallory-Weiss") and privacy-office EHR access reviews (badge number, IPs) (US); hyper-acute
stroke unit discharge summaries, lower-case-ish ward night handovers over several patients
(wards such as "Elizabeth Ward"), falls & frailty clinic letters (patients >= 90), district
nursing referrals (nhs.net e-mail), antenatal booking notes ("24-28/40"), crisis-team home
visits (RiO ID) (England); out-of-hours GP records (CHI number, tenement flat "2/1")
(Scotland); occupational-therapy home visits (Welsh names, HCPC number) (Wales); ED discharge
letters (H&C number, GMC number, "Colles type") (Northern Ireland); Ontario home-care
referrals (OHIP, French-Canadian names) and BC clinical-pharmacist discharge counselling (PHN)
(Canada); ED discharge summaries (URN, Medicare), residential-aged-care transfer forms
(residents >= 90, DVA card) and ACL physiotherapy notes (exercise-app URL) (Australia); GP
e-referrals to orthopaedics (NHI, ACC claim) and medical discharge summaries with Maori /
Pacific names (New Zealand); injury-unit discharge notes (medical card, PPSN, Eircode) and
diabetes day-centre letters (Ireland); PTCA discharge summaries (IP No., masked Aadhaar, PIN
code) (India); and ambulance-to-ED handover reports (incident / CAD / case numbers) for
the US, UK and Australia.
Most notes end with a signature line. Names: Faker en_US, en_GB, en_CA, en_AU, en_NZ and en_IN
plus curated Irish, Welsh, Scottish, French-Canadian and Maori / Pacific names, in many forms
("First Last", "First M. Last", "LAST, First", "Last, First M.", surname alone after a title,
first name alone, lower-case typed names, nicknames in quotes, hyphenated surnames, names with
apostrophes, staff initials, possessives).

Conventions (same as heldout25): titles and credentials ("Dr", "Mrs", ", RN", ", MD", ", PharmD",
", RM", ", ANP") are outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes is
its own NAME span (quotes outside); a possessive "'s" is outside; staff initials are NAME. A
street line (with its apartment / flat / unit part) and a city / town / suburb are ADDRESS; a
state / province / county / country is not PHI; ZIP codes, postcodes, Eircodes and PIN codes
are ZIP. DATE: anything more specific than a year, in 20+ formats ("03/14/2024", "14/03/2024",
"3/14/24", "2024-03-14", "14 Mar 2024", "14 March 2024", "March 14, 2024", "Mar 14, 2024",
"14th March 2024", "14.03.2024", "14-Mar-2024", "14MAR2024", "20240314", "3/14", "14/3",
"Mar 14", "14 March", "March 2024", "14-03-2024", "2024/03/14", ISO date-times); weekdays and
"the" stay outside; a date followed by a separate time labels only the date; an ISO date-time
is one span. UK follow-up shorthand ("review 6/12", "TTO 7/7", "2/52", "day 4/10") is a
duration, not a date (recorded as a clinical value). PHONE includes fax, pagers / bleeps
(number only) and extensions (inside the span when attached to a number; a lone "ext 4471"
labels the digits); labels such as "cell", "mob", "Ph", "Tel" are outside. SSN: full numbers
and the digits of a masked / "last 4" SSN. ID: MRN / URN / hospital / FIN / CSN / account /
encounter numbers, NHS / CHI / H&C / OHIP / PHN / Medicare / DVA / NHI / ACC / PPSN / medical
card numbers, masked Aadhaar digits, member / group numbers, accession / specimen / case /
unit numbers, event / request / claim numbers, badge and professional registration numbers,
device serials. AGE: ages >= 90 only, number part only. Ages < 90, vitals, labs, doses, drug
names (generic and brand), scores, times of day, durations, years alone, weekdays alone,
relative dates, bed / bay / room numbers, ward and unit names ("Ward 9", "Elizabeth Ward",
"6 East", "HASU") and facility / employer / insurer / pharmacy names are unlabelled; clinical
values and eponyms ("Parkinson's disease", "Crohn's disease", "Lynch syndrome", "Colles type")
are recorded in ``Note.clinical``. Dates are absolute (seeded), so ``generate(n)`` is
deterministic. Run it only for final figures: its misses and lost clinical values are not to
be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 2_600_026
_FAKER_LOCALE = {
    "us": "en_US", "uk": "en_GB", "scot": "en_GB", "wal": "en_GB", "ni": "en_GB",
    "ca": "en_CA", "au": "en_AU", "nz": "en_NZ", "ie": "en_GB", "in": "en_IN",
}  # fmt: skip
_COUNTRY = {
    "us": "US", "uk": "GB", "scot": "GB", "wal": "GB", "ni": "GB",
    "ca": "CA", "au": "AU", "nz": "NZ", "ie": "IE", "in": "IN",
}  # fmt: skip
_FAKERS: dict[str, Faker] = {}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# ---- curated places: (town, region, postcode seed) -------------------------------------------
_US_CITIES = [
    ("Columbus", "OH", "432"), ("Tucson", "AZ", "857"), ("Spokane", "WA", "992"),
    ("Worcester", "MA", "016"), ("Albany", "NY", "122"), ("Raleigh", "NC", "276"),
    ("Madison", "WI", "537"), ("Omaha", "NE", "681"), ("Fresno", "CA", "937"),
    ("Knoxville", "TN", "379"), ("Tulsa", "OK", "741"), ("Dayton", "OH", "454"),
    ("Lansing", "MI", "489"), ("Boise", "ID", "837"), ("Savannah", "GA", "314"),
    ("Lexington", "KY", "405"), ("Pueblo", "CO", "810"), ("Scranton", "PA", "185"),
    ("Bakersfield", "CA", "933"), ("Cedar Rapids", "IA", "524"), ("Hartford", "CT", "061"),
    ("Little Rock", "AR", "722"), ("El Paso", "TX", "799"), ("Chattanooga", "TN", "374"),
    ("Mobile", "AL", "366"), ("Fort Wayne", "IN", "468"), ("Eugene", "OR", "974"),
    ("Reno", "NV", "895"), ("Toledo", "OH", "436"), ("Grand Rapids", "MI", "495"),
    ("Springfield", "IL", "627"), ("Brockton", "MA", "023"), ("Yonkers", "NY", "107"),
    ("Santa Rosa", "CA", "954"), ("Warren", "MI", "480"), ("Florence", "SC", "295"),
]  # fmt: skip
_UK_TOWNS = {
    "uk": [("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"), ("Norwich", "NR"),
           ("Stockport", "SK"), ("Wigan", "WN"), ("Derby", "DE"), ("Exeter", "EX"),
           ("Swindon", "SN"), ("Luton", "LU"), ("Doncaster", "DN"), ("Bolton", "BL"),
           ("Ipswich", "IP"), ("Northampton", "NN"), ("Carlisle", "CA"), ("Gloucester", "GL"),
           ("Lincoln", "LN"), ("Preston", "PR"), ("Sunderland", "SR"), ("Reading", "RG"),
           ("Coventry", "CV"), ("Wolverhampton", "WV"), ("Chelmsford", "CM"),
           ("Harrogate", "HG"), ("Kendal", "LA"), ("Hastings", "TN")],
    "scot": [("Glasgow", "G"), ("Dundee", "DD"), ("Aberdeen", "AB"), ("Paisley", "PA"),
             ("Kilmarnock", "KA"), ("Inverness", "IV"), ("Edinburgh", "EH"), ("Perth", "PH"),
             ("Motherwell", "ML"), ("Falkirk", "FK")],
    "wal": [("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"), ("Wrexham", "LL"),
            ("Llanelli", "SA"), ("Bangor", "LL"), ("Merthyr Tydfil", "CF"), ("Aberystwyth", "SY")],
    "ni": [("Belfast", "BT"), ("Newry", "BT"), ("Lisburn", "BT"), ("Derry", "BT"),
           ("Omagh", "BT"), ("Ballymena", "BT"), ("Bangor", "BT")],
}  # fmt: skip
_CA_CITIES = [
    ("Hamilton", "ON", "L"), ("Kitchener", "ON", "N"), ("Sudbury", "ON", "P"),
    ("Ottawa", "ON", "K"), ("Mississauga", "ON", "L"), ("Kingston", "ON", "K"),
    ("Barrie", "ON", "L"), ("Thunder Bay", "ON", "P"), ("London", "ON", "N"),
    ("Kelowna", "BC", "V"), ("Nanaimo", "BC", "V"), ("Kamloops", "BC", "V"),
    ("Prince George", "BC", "V"), ("Surrey", "BC", "V"), ("Victoria", "BC", "V"),
]  # fmt: skip
_AU_SUBURBS = [
    ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"), ("Liverpool", "NSW", "2170"),
    ("Wollongong", "NSW", "2500"), ("Newcastle", "NSW", "2300"), ("Frankston", "VIC", "3199"),
    ("Geelong", "VIC", "3220"), ("Ballarat", "VIC", "3350"), ("Dandenong", "VIC", "3175"),
    ("Toowoomba", "QLD", "4350"), ("Logan Central", "QLD", "4114"), ("Townsville", "QLD", "4810"),
    ("Joondalup", "WA", "6027"), ("Bunbury", "WA", "6230"), ("Elizabeth", "SA", "5112"),
    ("Glenelg", "SA", "5045"), ("Launceston", "TAS", "7250"), ("Palmerston", "NT", "0830"),
    ("Belconnen", "ACT", "2617"), ("Hurstville", "NSW", "2220"),
]  # fmt: skip
_NZ_SUBURBS = [
    ("Papakura", "2110"), ("Manurewa", "2102"), ("Otara", "2023"), ("Hamilton East", "3216"),
    ("Lower Hutt", "5010"), ("Porirua", "5022"), ("Tauranga", "3110"), ("Rotorua", "3010"),
    ("Palmerston North", "4410"), ("Whangarei", "0110"), ("Napier", "4110"),
    ("Hastings", "4120"), ("Nelson", "7010"), ("Invercargill", "9810"), ("Dunedin", "9016"),
    ("Timaru", "7910"), ("Gisborne", "4010"), ("Masterton", "5810"), ("Mangere", "2022"),
]  # fmt: skip
_IE_TOWNS = [
    ("Ballina", "Co. Mayo", "F26"), ("Tralee", "Co. Kerry", "V92"), ("Navan", "Co. Meath", "C15"),
    ("Mullingar", "Co. Westmeath", "N91"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Ennis", "Co. Clare", "V95"), ("Drogheda", "Co. Louth", "A92"),
    ("Tullamore", "Co. Offaly", "R35"), ("Clonmel", "Co. Tipperary", "E91"),
    ("Castlebar", "Co. Mayo", "F23"), ("Naas", "Co. Kildare", "W91"),
    ("Bray", "Co. Wicklow", "A98"), ("Swords", "Co. Dublin", "K67"),
    ("Athlone", "Co. Westmeath", "N37"), ("Cavan", "Co. Cavan", "H12"),
    ("Sligo", "Co. Sligo", "F91"), ("Wexford", "Co. Wexford", "Y35"), ("Carlow", "Co. Carlow", "R93"),
]  # fmt: skip
_IN_CITIES = [
    ("Pune", "Maharashtra", "411"), ("Nagpur", "Maharashtra", "440"),
    ("Coimbatore", "Tamil Nadu", "641"), ("Madurai", "Tamil Nadu", "625"),
    ("Kochi", "Kerala", "682"), ("Mysuru", "Karnataka", "570"), ("Lucknow", "Uttar Pradesh", "226"),
    ("Jaipur", "Rajasthan", "302"), ("Indore", "Madhya Pradesh", "452"),
    ("Vadodara", "Gujarat", "390"), ("Visakhapatnam", "Andhra Pradesh", "530"),
]  # fmt: skip
_STREETS = {
    "us": ["Maple Ave", "Oak Street", "Elm St", "Washington Blvd", "Lincoln Ave", "Cedar Lane",
           "Pine Ridge Rd", "N Main St", "Lakeview Dr", "Highland Ave", "Park Pl", "W 3rd St",
           "Church St", "Prospect Ave", "Riverside Dr", "Broad St", "Jefferson St", "Orchard Way",
           "Mill Rd", "S Walnut St", "E Grand River Ave", "Old Farm Rd"],
    "uk": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Queens Road",
           "Mill Lane", "Park Avenue", "The Crescent", "Manor Way", "Kings Drive", "Green Lane",
           "Albert Street", "London Road", "Chapel Close", "Westfield Road", "Beech Grove"],
    "scot": ["Dumbarton Road", "Great Western Road", "Paisley Road West", "Byres Road",
             "Leith Walk", "Perth Road", "Maryhill Road", "Easter Road", "Clepington Road"],
    "wal": ["Heol y Deri", "Ffordd yr Eglwys", "Cowbridge Road East", "Heol Isaf", "Clos y Wern",
            "Maes y Coed", "Station Terrace", "Bryn Road", "Llys Glas"],
    "ni": ["Lisburn Road", "Ormeau Road", "Newtownards Road", "Antrim Road", "Castlereagh Street",
           "Glen Road", "Dublin Road"],
    "ca": ["King St W", "Queen St E", "Main Street", "Dundas St", "Elgin St", "Bloor St W",
           "Lakeshore Blvd", "Wellington St", "Bernard Ave", "Commercial St", "Fraser Hwy"],
    "au": ["Pacific Hwy", "Smith St", "George St", "Beach Rd", "Bridge Rd", "Anzac Pde",
           "Military Rd", "Station St", "Wattle Ave", "Banksia Cres", "Jacaranda Dr", "Forest Rd"],
    "nz": ["Great South Road", "Queen Street", "Dominion Road", "Cuba Street", "Riccarton Road",
           "Te Atatu Road", "Kowhai Street", "Rimu Place", "Totara Avenue", "Karaka Street"],
    "ie": ["Main Street", "Church Road", "Castle Street", "O'Connell Street", "Bridge Street",
           "Parnell Street", "Abbey Road", "Beechwood Park", "Ard Caoin", "Cois Abhann",
           "Oakfield Drive", "Fair Green"],
}  # fmt: skip
_SUFFIX = {
    "us": ["Street", "Avenue", "Road", "Drive", "Court", "Lane", "Blvd"],
    "uk": ["Road", "Close", "Gardens", "Street", "Way", "Avenue"],
    "ca": ["Street", "Avenue", "Crescent", "Drive", "Road"],
    "au": ["Street", "Road", "Avenue", "Crescent", "Parade", "Court"],
    "nz": ["Street", "Road", "Place", "Avenue", "Crescent"],
}  # fmt: skip
_MAIL = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com", "aol.com"],
    "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "ca": ["gmail.com", "rogers.com", "shaw.ca", "videotron.ca", "sympatico.ca"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"],
    "nz": ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
    "ie": ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
}  # fmt: skip
_CA_AREA = ["905", "289", "613", "705", "519", "807", "250", "604", "778", "236", "416", "647"]
_US_AREA = ["614", "520", "509", "508", "518", "919", "608", "402", "559", "865", "918", "937",
            "517", "208", "912", "859", "719", "570", "661", "319", "860", "501", "915", "423"]

# ---- curated names: (female, male) first names; surnames ---------------------------------
_FIRST = {
    "ie": (["Aoife", "Siobhán", "Niamh", "Ciara", "Sinéad", "Mary", "Bridget", "Margaret", "Nora",
            "Eileen", "Orla", "Gráinne", "Deirdre", "Maeve", "Kathleen"],
           ["Seán", "Pádraig", "Declan", "Cathal", "Eoin", "Conor", "Michael", "John", "Patrick",
            "Liam", "Donal", "Fintan", "Tadhg", "Ciarán", "Colm"]),
    "wal": (["Gwenllian", "Ffion", "Sian", "Megan", "Rhiannon", "Carys", "Eleri", "Bethan",
             "Nia", "Glenys", "Mair"],
            ["Rhys", "Dafydd", "Gareth", "Emyr", "Huw", "Iwan", "Aled", "Gethin", "Dylan",
             "Owain", "Idris"]),
    "scot": (["Eilidh", "Morag", "Catriona", "Kirsty", "Isla", "Fiona", "Mhairi", "Ishbel"],
             ["Iain", "Hamish", "Fraser", "Alasdair", "Callum", "Ewan", "Murdo", "Angus"]),
    "nz": (["Aroha", "Mere", "Ngaire", "Hine", "Moana", "Losa", "Mele", "Kahurangi", "Anahera"],
           ["Wiremu", "Tama", "Hemi", "Rawiri", "Sione", "Tavita", "Manaia", "Nikau", "Mikaere"]),
    "ca": (["Marie-Claude", "Geneviève", "Isabelle", "Chantal", "Josée", "Nathalie", "Sylvie"],
           ["Jean-François", "Mathieu", "Luc", "Réjean", "Pierre-Luc", "Guy", "Benoît"]),
}  # fmt: skip
_LAST = {
    "ie": ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor",
           "O'Neill", "O'Reilly", "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch",
           "Quinn", "McLoughlin", "Connolly", "Daly", "Dunne", "Brennan", "Burke", "Ní Bhriain",
           "Mac Giolla", "Fitzgerald", "Keane", "Flanagan"],
    "wal": ["Jones", "Williams", "Davies", "Evans", "Thomas", "Roberts", "Hughes", "Lewis",
            "Morgan", "Griffiths", "Pritchard", "Llewellyn", "Pugh", "Rees", "Vaughan", "Prosser"],
    "scot": ["MacDonald", "Campbell", "Stewart", "McLean", "Robertson", "Fraser", "Sinclair",
             "McKenzie", "Morrison", "Gillespie", "Munro", "Ferguson", "MacLeod", "Baird"],
    "nz": ["Ngata", "Parata", "Tipene", "Tuhiwai", "Fa'asavalu", "Tuilagi", "Taufa", "Ropati",
           "Horomona", "Kereama", "Te Whata", "Aumua", "Paewai"],
    "ca": ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
           "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque"],
}  # fmt: skip
_CUR_P = {"ie": 1.0, "wal": 0.7, "scot": 0.4, "nz": 0.4, "ca": 0.35}
_NICK = ["Bud", "Sonny", "Skip", "Tess", "Dot", "Butch", "Cookie", "Peggy", "Ace", "Junior",
         "Bubba", "Sissy", "Chip", "Dee", "Smitty", "Red"]
_ORGS = ["mercyhealth", "stlukes-health", "valleymed", "riverbendhealth", "northshorehc",
         "summitcare", "baycrest-med", "unionhospital"]
_PC_L = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def _ord(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fd(d: date, style: str) -> str:
    """One date in one of the formats the corpus uses."""
    m, dd, y = d.month, d.day, d.year
    mon = _MONTHS[m - 1]
    mo3 = mon[:3]
    f = {
        "mdY": f"{m:02d}/{dd:02d}/{y}", "mdY_np": f"{m}/{dd}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}",
        "dmY": f"{dd:02d}/{m:02d}/{y}", "dmY_np": f"{dd}/{m}/{y}", "dmy": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "iso": d.isoformat(), "d_Mon_Y": f"{dd} {mo3} {y}", "d_Month_Y": f"{dd} {mon} {y}",
        "Month_d_Y": f"{mon} {dd}, {y}", "Mon_d_Y": f"{mo3} {dd}, {y}", "ord": f"{_ord(dd)} {mon} {y}",
        "ord_of": f"{_ord(dd)} of {mon} {y}", "dot": f"{dd:02d}.{m:02d}.{y}",
        "dot_short": f"{dd}.{m}.{y % 100:02d}", "dash_Mon": f"{dd:02d}-{mo3}-{y}",
        "DMONY": f"{dd:02d}{mo3.upper()}{y}", "compact": f"{y}{m:02d}{dd:02d}", "md": f"{m}/{dd}",
        "dm": f"{dd}/{m}", "Mon_d": f"{mo3} {dd}", "d_Mon": f"{dd} {mo3}", "d_Month": f"{dd} {mon}",
        "Month_d": f"{mon} {dd}", "dash_dmy": f"{dd:02d}-{m:02d}-{y}", "Month_Y": f"{mon} {y}",
        "ymd_slash": f"{y}/{m:02d}/{dd:02d}", "ord_Month": f"{_ord(dd)} {mon}",
    }  # fmt: skip
    return f[style]


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s if ch.isalnum()).lower()


def _mod11(r: random.Random, prefix: str, total: int = 10) -> str:
    """Digits passing the NHS / CHI / H&C modulus-11 check (weights 10..2)."""
    while True:
        ds = prefix + "".join(str(r.randint(0, 9)) for _ in range(total - 1 - len(prefix)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return ds + str(c)


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


@dataclass
class _Pt:
    loc: str
    first: str
    last: str
    middle: str
    sex: str
    dob: date
    age: int
    mrn: str
    phone: str
    street: str
    town: str
    region: str
    postcode: str
    email: str = ""
    rid: str = ""
    ids: list[tuple[str, str, str]] = field(default_factory=list)  # (code, system, value)

    def fhir(self) -> dict[str, Any]:
        ident: list[dict[str, Any]] = [{
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                                 "code": "MR", "display": "Medical Record Number"}],
                     "text": "Medical Record Number"},
            "system": f"urn:oid:2.16.840.1.113883.19.{_COUNTRY[self.loc].lower()}.mrn",
            "value": self.mrn,
        }]  # fmt: skip
        for code, system, value in self.ids:
            ident.append({"type": {"coding": [{"code": code}], "text": code},
                          "system": system, "value": value})  # fmt: skip
        telecom = [{"system": "phone", "value": self.phone, "use": "home"}]
        if self.email:
            telecom.append({"system": "email", "value": self.email, "use": "home"})
        given = [self.first] + ([self.middle] if self.middle else [])
        return {
            "resourceType": "Patient",
            "id": self.rid,
            "identifier": ident,
            "name": [{"use": "official", "family": self.last, "given": given}],
            "telecom": telecom,
            "gender": self.sex,
            "birthDate": self.dob.isoformat(),
            "address": [{"line": [self.street], "city": self.town, "state": self.region,
                         "postalCode": self.postcode, "country": _COUNTRY[self.loc]}],
        }  # fmt: skip


class _Ctx:
    """Per-note random state: names, places, phones, identifiers and dates."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.r = random.Random(seed)
        self.base = date(2019, 1, 1) + timedelta(days=self.r.randint(0, 6 * 365))
        self._seeded: set[str] = set()

    def fk(self, loc: str) -> Faker:
        name = _FAKER_LOCALE[loc]
        if name not in _FAKERS:
            _FAKERS[name] = Faker(name)
        if name not in self._seeded:
            _FAKERS[name].seed_instance(self.seed * 13 + len(name) + ord(name[-1]))
            self._seeded.add(name)
        return _FAKERS[name]

    # -- people
    def first(self, loc: str, sex: str | None = None) -> str:
        fem = (sex or self.r.choice(("female", "male"))) == "female"
        if loc in _FIRST and self.r.random() < _CUR_P[loc]:
            return self.r.choice(_FIRST[loc][0 if fem else 1])
        f = self.fk(loc)
        return f.first_name_female() if fem else f.first_name_male()

    def last(self, loc: str, hyph: float = 0.08) -> str:
        if loc in _LAST and self.r.random() < _CUR_P[loc]:
            name = self.r.choice(_LAST[loc])
        else:
            name = self.fk(loc).last_name()
        if self.r.random() < hyph and " " not in name:
            name = f"{name}-{self.fk(loc).last_name()}"
        return name

    def staff(self, loc: str) -> tuple[str, str]:
        return self.first(loc), self.last(loc, 0.04)

    def full(self, loc: str, sex: str | None = None) -> str:
        return f"{self.first(loc, sex)} {self.last(loc, 0.04)}"

    def pt(self, loc: str, lo: int = 22, hi: int = 88, sex: str | None = None,
           unit: float = 0.3, email: bool = False) -> _Pt:
        r = self.r
        sex = sex or r.choice(("female", "male"))
        first, last = self.first(loc, sex), self.last(loc)
        middle = self.first(loc, sex) if r.random() < 0.35 else ""
        age = r.randint(lo, hi)
        dob = self.base - timedelta(days=age * 365 + age // 4 + r.randint(2, 360))
        town, region, pc = self.place(loc)
        mrn = {
            "us": lambda: r.choice([f"{r.randint(0, 99999999):08d}", f"E{r.randint(1000000, 9999999)}",
                                    f"{r.randint(1000000, 9999999)}"]),
            "in": lambda: f"MR{r.randint(100000, 999999)}",
        }.get(loc, lambda: r.choice([f"{r.randint(100000, 9999999)}",
                                     f"{r.choice('KMRST')}{r.randint(100000, 999999)}"]))()  # fmt: skip
        phone = self.phone(loc)
        mail = self.email(first, last, loc) if email else ""
        return _Pt(loc, first, last, middle, sex, dob, age, mrn, phone,
                   self.street(loc, r.random() < unit), town, region, pc, mail,
                   str(uuid.UUID(int=r.getrandbits(128), version=4)))  # fmt: skip

    def email(self, first: str, last: str, loc: str) -> str:
        r = self.r
        fn, ln = _ascii(first) or "pat", _ascii(last) or "smith"
        user = r.choice([f"{fn}.{ln}", f"{fn[0]}{ln}", f"{fn}{ln}{r.randint(1, 99)}",
                         f"{ln}.{fn}{r.randint(50, 99)}", f"{fn}_{ln}", f"{fn}{ln[0]}{r.randint(1, 9)}"])
        return f"{user}@{r.choice(_MAIL.get(loc, _MAIL['uk']))}"

    # -- places
    def place(self, loc: str) -> tuple[str, str, str]:
        r = self.r
        if loc == "us":
            city, st, z = r.choice(_US_CITIES)
            zip5 = f"{z}{r.randint(1, 99):02d}"
            return city, st, zip5 if r.random() < 0.85 else f"{zip5}-{r.randint(1000, 9999)}"
        if loc in _UK_TOWNS:
            town, area = r.choice(_UK_TOWNS[loc])
            pc = f"{area}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice(_PC_L)}{r.choice(_PC_L)}"
            return town, "", pc
        if loc == "ca":
            city, prov, a = r.choice(_CA_CITIES)
            al = "ABCEGHJKLMNPRSTVXY"
            return city, prov, f"{a}{r.randint(0, 9)}{r.choice(al)} {r.randint(1, 9)}{r.choice(al)}{r.randint(0, 9)}"
        if loc == "au":
            return r.choice(_AU_SUBURBS)
        if loc == "nz":
            sub, pc = r.choice(_NZ_SUBURBS)
            return sub, "", pc
        if loc == "ie":
            town, county, rk = r.choice(_IE_TOWNS)
            return town, county, f"{rk} {r.choice(_EIR[:15])}{''.join(r.choice(_EIR) for _ in range(3))}"
        city, state, p = r.choice(_IN_CITIES)
        return city, state, f"{p}{r.randint(1, 99):03d}"

    def street(self, loc: str, unit: bool = False) -> str:
        r = self.r
        if loc == "in":
            return (f"Flat {r.randint(1, 9)}0{r.randint(1, 8)}, {r.choice(['Sai', 'Shree', 'Green', 'Lotus'])} "
                    f"{r.choice(['Residency', 'Apartments', 'Enclave'])}, {r.choice(['MG', 'Station', 'Temple', 'Nehru'])} Road")
        key = loc if loc in _STREETS else "uk"
        if r.random() < 0.6 or key not in _SUFFIX:
            name = r.choice(_STREETS[key])
        else:
            name = f"{self.fk(loc).last_name()} {r.choice(_SUFFIX[key])}"
        num = r.randint(1, 2900) if loc in ("us", "ca") else r.randint(1, 160)
        s = f"{num} {name}"
        if not unit:
            return s
        n = r.randint(1, 24)
        return {
            "us": f"{s}, Apt {n}{r.choice('ABCD')}" if r.random() < 0.6 else f"{s} Unit {n}",
            "ca": f"{r.randint(1, 21)}0{r.randint(1, 9)}-{s}",
            "au": f"{n}/{s}", "nz": f"{n}/{s}", "scot": f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {s}",
            "ie": f"Apt {n}, {s}",
        }.get(loc, f"Flat {n}, {s}")  # fmt: skip

    # -- numbers
    def phone(self, loc: str, kind: str = "any") -> str:
        r = self.r

        def d(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        if loc in ("us", "ca"):
            a, e, line = r.choice(_US_AREA if loc == "us" else _CA_AREA), str(r.randint(201, 989)), d(4)
            return r.choice([f"({a}) {e}-{line}", f"{a}-{e}-{line}", f"{a}.{e}.{line}",
                             f"+1 {a} {e} {line}", f"1-{a}-{e}-{line}", f"{a}{e}{line}", f"{a} {e} {line}"])
        mob = kind == "mob" or (kind == "any" and r.random() < 0.5)
        if loc in ("uk", "scot", "wal", "ni"):
            if mob:
                m = f"7{r.randint(400, 999)}"
                return r.choice([f"0{m} {d(6)}", f"0{m} {d(3)} {d(3)}", f"+44 {m} {d(6)}", f"+44 (0){m} {d(6)}"])
            area = {"scot": ["0141", "01382", "0131"], "wal": ["029", "01792"], "ni": ["028"]}
            pre = r.choice(area.get(loc, ["0113", "0114", "0117", "01603", "0161", "01392", "020"]))
            if len(pre) == 3:  # 020 / 028 / 029: eight-digit local number
                return r.choice([f"{pre} {r.randint(2, 9)}{d(3)} {d(4)}", f"({pre}) {r.randint(2, 9)}{d(3)} {d(4)}"])
            if len(pre) == 4:
                return r.choice([f"{pre} {d(3)} {d(4)}", f"({pre}) {d(3)} {d(4)}", f"{pre} {d(7)}"])
            return r.choice([f"{pre} {d(6)}", f"({pre}) {d(6)}", f"{pre} {d(3)} {d(3)}"])
        if loc == "au":
            if mob:
                return r.choice([f"04{d(2)} {d(3)} {d(3)}", f"+61 4{d(2)} {d(3)} {d(3)}", f"04{d(8)}"])
            a = r.choice("2378")
            return r.choice([f"(0{a}) {d(4)} {d(4)}", f"0{a} {d(4)} {d(4)}", f"+61 {a} {d(4)} {d(4)}"])
        if loc == "nz":
            if mob:
                m = r.choice(["21", "22", "27"])
                return r.choice([f"0{m} {d(3)} {d(4)}", f"0{m}-{d(3)}-{d(4)}", f"+64 {m} {d(3)} {d(4)}"])
            a = r.choice("34679")
            return r.choice([f"(0{a}) {d(3)} {d(4)}", f"0{a} {d(3)} {d(4)}", f"0{a}-{d(3)} {d(4)}"])
        if loc == "ie":
            if mob:
                m = r.choice(["83", "85", "86", "87", "89"])
                return r.choice([f"0{m} {d(3)} {d(4)}", f"0{m}-{d(7)}", f"+353 {m} {d(3)} {d(4)}"])
            a = r.choice(["1", "21", "91", "61", "44", "71"])
            return r.choice([f"(0{a}) {d(3)} {d(4)}", f"0{a} {d(7)}", f"+353 {a} {d(3)} {d(4)}"])
        m = f"{r.randint(6, 9)}{d(4)}"
        return r.choice([f"+91 {m} {d(5)}", f"{m}-{d(5)}", f"+91-{m}{d(5)}", f"0{r.randint(20, 99)}{d(1)} {d(7)}"])

    def ext(self) -> str:
        return f"{self.r.randint(2000, 7999)}"

    def ssn(self) -> str:
        r = self.r
        a = r.choice([r.randint(1, 665), r.randint(667, 899)])
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def nhs(self, sep: str = " ") -> str:
        n = _mod11(self.r, str(self.r.randint(4, 7)))
        return f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}"

    def chi(self, dob: date, sex: str) -> str:
        r = self.r
        while True:
            body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}"
            sd = r.choice("02468" if sex == "female" else "13579")
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body + sd)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                return f"{body}{sd}{c}"

    def medicare_au(self) -> str:
        r = self.r
        ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
        chk = sum(x * w for x, w in zip(ds, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        s = "".join(map(str, ds)) + str(chk) + str(r.randint(1, 5))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def ohip(self) -> str:
        body = "".join(str(self.r.randint(0, 9)) for _ in range(9))
        s = body + _luhn_digit(body)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{self.r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"

    def phn_bc(self) -> str:
        r = self.r
        while True:
            ds = [r.randint(0, 9) for _ in range(8)]
            rem = sum((x * w) % 11 for x, w in zip(ds, (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
            c = 11 - rem
            if c < 10:
                s = "9" + "".join(map(str, ds)) + str(c)
                return f"{s[:4]} {s[4:7]} {s[7:]}"

    def nhi(self) -> str:
        r = self.r
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            letters = [r.choice(alpha) for _ in range(3)]
            digits = [r.randint(0, 9) for _ in range(3)]
            vals = [alpha.index(ch) + 1 for ch in letters] + digits
            rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
            if rem:
                c = (11 - rem) % 10
                return "".join(letters) + "".join(map(str, digits)) + str(c)

    def ppsn(self) -> str:
        ds = [self.r.randint(0, 9) for _ in range(7)]
        rem = sum(x * w for x, w in zip(ds, (8, 7, 6, 5, 4, 3, 2), strict=True)) % 23
        return "".join(map(str, ds)) + "WABCDEFGHIJKLMNOPQRSTUV"[rem]

    def digits(self, n: int) -> str:
        return str(self.r.randint(10 ** (n - 1), 10**n - 1))

    def ip(self, private: bool | None = None) -> str:
        r = self.r
        if private is None:
            private = r.random() < 0.6
        if private:
            return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                             f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                             f"192.168.{r.randint(0, 40)}.{r.randint(2, 254)}"])
        return f"{r.choice([24, 47, 68, 73, 98, 107, 174, 203])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def token(self, n: int = 10) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(n))

    # -- dates and times
    def day(self, lo: int, hi: int) -> date:
        return self.base + timedelta(days=self.r.randint(lo, hi))

    def hm(self) -> str:
        return f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}"

    def iso_dt(self, d: date) -> str:
        r = self.r
        s = f"{d.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return s + r.choice(["", "Z", "-05:00", "-04:00", ".000Z"])


# ============================== US ===========================================================
def _us_ed_triage(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 41, 79, sex="male")
    wife, (nf, nl), pcp = c.first("us", "female"), c.staff("us"), c.last("us")
    b = NoteBuilder().t("EMERGENCY DEPARTMENT TRIAGE\nArrival: ").p("DATE", c.iso_dt(c.base))
    b.t("   Mode: private vehicle\nPatient: ").p("NAME", f"{p.last.upper()}, {p.first}")
    b.t("   MRN: ").p("ID", p.mrn).t("   DOB: ").p("DATE", _fd(p.dob, "mdY")).t(f"   Age: {p.age}\n")
    b.t("CC: substernal chest pressure x ").c("2 hours").t(", radiating to L arm, diaphoretic, nauseated.\n")
    b.t("Triage vitals: ").c(f"BP {r.randint(150, 192)}/{r.randint(88, 112)}").t(", ")
    b.c(f"HR {r.randint(96, 124)}").t(", ").c("RR 22").t(", ").c("T 36.9 C").t(", ")
    b.c(f"SpO2 {r.randint(92, 97)}% RA").t(". Pain ").c("8/10").t(". ESI level ").c("2").t(".\n")
    b.t("ECG at 4 min: ").c("ST elevation II, III, aVF").t(" - STEMI alert paged, cath lab activated.\n")
    b.t("Took ").c("aspirin 324 mg").t(" chewed at home per EMS; ").c("nitroglycerin 0.4 mg SL").t(" x1 in triage.\n")
    b.t("PMH HTN, HLD, ex-smoker (").c("30 pack-years").t("). Home meds per wife ").p("NAME", wife)
    b.t(": ").c("amlodipine 10 mg daily").t(", ").c("Crestor 20 mg").t(". NKDA.\n")
    b.t("PCP Dr. ").p("NAME", pcp).t(". Wife's cell ").p("PHONE", c.phone("us")).t(".\n")
    b.t("Triage RN: ").p("NAME", f"{nf} {nl}").t(", RN\n")
    return b.build(p.fhir())


def _us_micu_progress(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 45, 86)
    adm = c.day(-4, -3)
    dau, sil, (af, al) = c.first("us", "female"), c.first("us", "male"), c.staff("us")
    res = c.staff("us")
    b = NoteBuilder().t("MICU PROGRESS NOTE - HD #4\nDate of service: ").p("DATE", _fd(c.base, "Mon_d_Y"))
    b.t("\n\n").p("NAME", f"{p.first} {p.last}").t(f" is {'an' if str(p.age).startswith('8') else 'a'} {p.age} y/o admitted ").p("DATE", _fd(adm, "md"))
    b.t(" with septic shock from obstructive pyelonephritis s/p IR nephrostomy.\n")
    b.t("S: Extubated yesterday, following commands. Daughter ").p("NAME", dau).t(" at bedside overnight.\n")
    b.t("O: ").c("Tmax 38.4").t(", ").c("BP 104/58 (MAP 72)").t(" on ").c("norepinephrine 0.06 mcg/kg/min")
    b.t(" (down from ").c("0.18").t("), ").c(f"HR {r.randint(88, 104)}").t(", ").c("SpO2 95% on 4L NC").t(".\n")
    b.t("Labs: ").c("WBC 17.2 -> 12.9").t(", ").c("lactate 1.6 mmol/L").t(" (was ").c("4.8").t(" on ")
    b.p("DATE", _fd(adm, "md")).t("), ").c("Cr 1.9").t(" (baseline ").c("1.0").t("), ").c("K 3.3 mmol/L").t(".\n")
    b.t("Micro: blood cx ").p("DATE", _fd(adm, "md")).t(" (accession ").p("ID", f"BC{c.digits(8)}")
    b.t(") E. coli, pan-S.\nA/P: SOFA ").c("9 -> 4").t(". Continue ").c("ceftriaxone 2 g IV q24h").t(", ")
    b.c("day 4/7").t(". Wean norepi off, MAP goal > 65. AKI: hold lisinopril, renally dose meds.\n")
    b.t("Family meeting with daughter and son-in-law ").p("NAME", sil).t(" tomorrow 1400; daughter's # ")
    b.p("PHONE", c.phone("us")).t(".\n").p("NAME", f"{af} {al}").t(", MD (attending) / ")
    b.p("NAME", f"{res[0][0]}{res[1][0]}".lower()).t(" PGY-2\n")
    return b.build(p.fhir())


def _us_dka_hp(c: _Ctx) -> Note:
    p = c.pt("us", 19, 34, unit=0.7)
    endo, mom, doc = c.last("us"), c.first("us", "female"), c.staff("us")
    ssn = c.ssn()
    p.ids.append(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn))
    b = NoteBuilder().t("ADMISSION H&P - Medicine Teaching Service B\nAdmit date: ").p("DATE", _fd(c.base, "mdY_np"))
    b.t("\nPatient: ").p("NAME", f"{p.first} {p.middle[:1] + '. ' if p.middle else ''}{p.last}")
    b.t("   MRN ").p("ID", p.mrn).t("   CSN ").p("ID", c.digits(10)).t("\n\nHPI: ")
    b.t(f"{p.age} yo with T1DM (dx age 11, followed by Dr ").p("NAME", endo)
    b.t(" in endocrine clinic) with 2 days of vomiting and abdominal pain after running out of insulin. ")
    b.t("Last ").c("Lantus").t(" dose 3 days ago. Last HbA1c ").c("12.4%").t(" (").p("DATE", _fd(c.day(-120, -40), "mdy")).t(").\n")
    b.t("Labs: ").c("glucose 538 mg/dL").t(", ").c("pH 7.08").t(", ").c("HCO3 6").t(", ").c("anion gap 27")
    b.t(", ").c("beta-hydroxybutyrate 7.9 mmol/L").t(", ").c("K 5.6 mmol/L").t(", ").c("Na 129").t(".\n")
    b.t("Social: lives with a roommate at ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town)
    b.t(f", {p.region}. Uninsured; financial counselor consulted (SSN on file xxx-xx-").p("SSN", ssn[-4:]).t(").\n")
    b.t("Plan: DKA protocol - ").c("insulin infusion 0.1 units/kg/hr").t(", ").c("LR 1 L bolus then 250 mL/hr")
    b.t(", K repletion per protocol, q1h POC glucose; bridge to ").c("glargine 20 units").t(" + ")
    b.c("lispro").t(" with meals once gap closed x2. Diabetes educator.\nEmergency contact: mother ")
    b.p("NAME", f"{mom} {p.last}").t(", ").p("PHONE", c.phone("us")).t("\n").p("NAME", f"{doc[0]} {doc[1]}").t(", MD, PGY-1\n")
    return b.build(p.fhir())


def _us_chf_discharge(c: _Ctx) -> Note:
    p = c.pt("us", 58, 86)
    adm, dc = c.day(-9, -6), c.base
    att, pa, hf = c.last("us"), c.staff("us"), c.staff("us")
    ssn = c.ssn()
    b = NoteBuilder().t("DISCHARGE SUMMARY\nPatient Name: ")
    b.p("NAME", f"{p.last}, {p.first}" + (f" {p.middle[0]}." if p.middle else ""))
    b.t("\nMRN: ").p("ID", p.mrn).t("   FIN: ").p("ID", c.digits(9)).t("\nAdmission Date: ").p("DATE", _fd(adm, "mdY"))
    b.t("\nDischarge Date: ").p("DATE", _fd(dc, "mdY")).t("\nAttending: Dr. ").p("NAME", att)
    b.t("\n\nPrincipal diagnosis: acute on chronic HFrEF (").c("EF 20-25%").t(").\nHospital course: ")
    b.t("presented with ").c("12 lb").t(" weight gain and orthopnea. Diuresed with ").c("furosemide 80 mg IV BID")
    b.t(", net ").c("-6.2 L").t("; weight ").c("104.3 kg -> 97.9 kg").t(". ").c("BNP 2,310 -> 880 pg/mL")
    b.t(". Cr peaked at ").c("1.7").t(". Started ").c("Entresto 24/26 mg BID").t(" and ").c("Jardiance 10 mg daily").t(".\n")
    b.t("Discharge meds: ").c("furosemide 40 mg PO BID").t(", ").c("metoprolol succinate 50 mg daily").t(", ")
    b.c("spironolactone 12.5 mg daily").t(".\nFollow-up: Heart Failure Clinic with ").p("NAME", f"{hf[0]} {hf[1]}")
    b.t(", MD on ").t(_WEEKDAYS[(dc + timedelta(days=8)).weekday()] + ", ")
    b.p("DATE", _fd(dc + timedelta(days=8), "Month_d_Y")).t(" at 9:40 AM, clinic ").p("PHONE", c.phone("us"))
    b.t(". BMP in 1 week.\nHome health: Bayada - referral and face sheet faxed to ").p("PHONE", c.phone("us"))
    b.t(" (SSN ").p("SSN", ssn).t(").\nCall if weight up > 2 lb overnight or 5 lb in a week.\nDictated by ")
    b.p("NAME", f"{pa[0]} {pa[1]}").t(", PA-C for Dr. ").p("NAME", att).t("\n")
    return b.build(p.fhir())


def _us_rt_copd(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 58, 84)
    wife, rt = c.first("us", "female"), c.staff("us")
    b = NoteBuilder().t("Respiratory Therapy Assessment ").p("DATE", _fd(c.base, "mdy")).t(f" {r.randint(0, 5):02d}{r.randint(0, 59):02d}\n")
    b.t("Pt: ").p("NAME", f"{p.last}, {p.first}").t(' ("').p("NAME", r.choice(_NICK)).t(f'")  Rm {r.randint(3, 9)}{r.randint(10, 40)}-B\n')
    b.t("Dx AECOPD. Home O2 ").c("2 L").t(" via NC through Lincare (acct ").p("ID", c.digits(8)).t(").\n")
    b.t("BBS diminished bases, exp wheeze throughout. ").c("RR 28").t(", ").c("SpO2 86% on 2 L").t(" -> placed on ")
    b.c("BiPAP 14/6").t(", ").c("FiO2 40%").t(". ABG at 30 min: ").c("7.29/68/71/31").t(".\n")
    b.t("Tx: ").c("DuoNeb q4h").t(" + q2h PRN, ").c("budesonide 0.5 mg neb BID").t(". Solu-Medrol per MD.\n")
    b.t("BiPAP unit (Philips V60) SN ").p("ID", f"{r.choice(['HU', 'US', 'PV'])}{c.digits(9)}").t(" checked, alarms set.\n")
    b.t("Tolerating mask, HOB 30. Repeat ABG 0600. Wife ").p("NAME", wife).t(" updated by phone, callback ")
    b.p("PHONE", c.phone("us")).t(".\n-- ").p("NAME", f"{rt[0][0]}.{rt[1][0]}.").t(", RRT\n")
    return b.build(p.fhir())


def _us_palliative(c: _Ctx) -> Note:
    p = c.pt("us", 90, 103, sex="female")
    hosp, hus, son, gd, (sf, sl) = c.last("us"), c.first("us", "male"), c.first("us", "male"), c.first("us", "female"), c.staff("us")
    city, st, _ = c.place("us")
    b = NoteBuilder().t("PALLIATIVE CARE CONSULT\nRequesting: Dr. ").p("NAME", hosp).t(" (Hospitalist)\nReason: goals of care\n\n")
    b.t("Mrs. ").p("NAME", f"{p.first} {p.last}").t(" is a ").p("AGE", str(p.age)).t("-year-old woman (DOB ")
    b.p("DATE", _fd(p.dob, "Month_d_Y")).t(") with advanced ").c("Alzheimer dementia").t(" (").c("FAST 7c").t("), recurrent ")
    b.t("aspiration pneumonia and a stage 4 sacral pressure injury, admitted ").p("DATE", _fd(c.day(-3, -1), "md"))
    b.t(". She was married to ").p("NAME", hus).t(" for 62 years until his death in 2016.\n")
    b.t("Family meeting today with son ").p("NAME", f"{son} {p.last}").t(" (health care proxy, ").p("PHONE", c.phone("us"))
    b.t(") and granddaughter ").p("NAME", gd).t(" by speakerphone from ").p("ADDRESS", city).t(f", {st}.\n")
    b.c("PPS 20%").t(". Minimal oral intake. DNR/DNI confirmed; POLST updated ").p("DATE", _fd(c.base, "mdY")).t(".\n")
    b.t("Plan: comfort-focused care. ").c("morphine 2.5 mg SL q2h PRN").t(" dyspnea/pain, ")
    b.c("glycopyrrolate 0.2 mg SC q4h PRN").t(" secretions, ").c("haloperidol 0.5 mg PO q6h PRN").t(" agitation. ")
    b.t("Hospice referral placed.\n").p("NAME", f"{sf} {sl}").t(", MD, Palliative Medicine (pager ").p("PHONE", c.ext()).t(")\n")
    return b.build(p.fhir())


def _us_social_work(c: _Ctx) -> Note:
    p = c.pt("us", 48, 72, sex="male", unit=0.9, email=True)
    land, sis, (wf, wl) = c.full("us"), c.first("us", "female"), c.staff("us")
    city2, st2, _ = c.place("us")
    ssn = c.ssn()
    b = NoteBuilder().t("SOCIAL WORK PSYCHOSOCIAL ASSESSMENT\nDate: ").p("DATE", _fd(c.base, "iso")).t("\nPt: ")
    b.p("NAME", f"{p.first} {p.last}").t(f", {p.age}yo, MRN ").p("ID", p.mrn).t("\nReferral: housing instability, readmission risk.\n")
    b.t("Current address: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(f", {p.region} ").p("ZIP", p.postcode)
    b.t(" - eviction notice served ").p("DATE", _fd(c.day(-20, -5), "Mon_d")).t("; landlord ").p("NAME", land)
    b.t(" (").p("PHONE", c.phone("us")).t(").\nPt's sister ").p("NAME", sis).t(" (").p("PHONE", c.phone("us"))
    b.t(") has offered a room at her home in ").p("ADDRESS", city2).t(f", {st2}; pt prefers to stay near his dialysis unit (MWF).\n")
    b.t("Income: SSDI. Last 4 of SSN ").p("SSN", ssn[-4:]).t(" verified for the housing application (case #")
    b.p("ID", f"HA-{c.digits(6)}").t(").\nPt reads email at ").p("EMAIL", p.email).t("; prefers texts.\n")
    b.t("PHQ-2 ").c("4").t(" -> PHQ-9 ").c("14").t("; no SI. Plan: legal aid referral, shelter list, f/u Thursday.\n")
    b.p("NAME", f"{wf} {wl}").t(", LCSW  x").p("PHONE", c.ext()).t("\n")
    return b.build(p.fhir())


def _us_pt_eval(c: _Ctx) -> Note:
    p = c.pt("us", 71, 88, sex="female")
    dil, pt = c.first("us", "female") + " " + c.last("us"), c.staff("us")
    b = NoteBuilder().t("PHYSICAL THERAPY INITIAL EVALUATION\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t("   DOS: ").p("DATE", _fd(c.base, "mdY")).t("\n")
    b.t("Dx: L intertrochanteric hip fx s/p IMN ").p("DATE", _fd(c.day(-2, -2), "md")).t(" (POD 2), WBAT.\n")
    b.t("PLOF: independent with SPC, lives alone in a 2-story house at ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town)
    b.t("; 4 steps to enter with L rail. Daughter-in-law ").p("NAME", dil).t(" checks in daily.\n")
    b.t("Pain ").c("5/10").t(" with mobility, premedicated with ").c("oxycodone 5 mg").t(".\n")
    b.t("Supine-sit mod A; sit-stand min A x2 with FWW; gait ").c("40 ft").t(" FWW, CGA. Berg ").c("24/56")
    b.t(". TUG ").c("31 sec").t(". Orthostatics: ").c("BP 128/70").t(" supine -> ").c("112/64").t(" standing, ")
    b.c("HR 84 -> 97").t(".\nAssessment: high fall risk; recommend IRF. Goals ").c("2 weeks").t(": ambulate 150 ft with RW.\n")
    b.p("NAME", f"{pt[0]} {pt[1]}").t(", PT, DPT\n")
    return b.build(p.fhir())


def _us_med_history(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 60, 79, sex="male")
    wife, doc, ph = c.first("us", "female"), c.last("us"), c.staff("us")
    b = NoteBuilder().t("PHARMACY ADMISSION MEDICATION HISTORY\nPatient: ").p("NAME", f"{p.last}, {p.first}")
    b.t("   DOB: ").p("DATE", _fd(p.dob, "mdY_np")).t(f"   Rm 7W-{r.randint(1, 30)}\nSources: patient, wife (")
    b.p("NAME", wife).t(f"), Walgreens #{r.randint(1000, 19999)} (").p("PHONE", c.phone("us")).t("), Surescripts fill history.\n")
    b.t("Allergies: sulfa (rash).\n1. ").c("metoprolol succinate 50 mg PO daily").t(" - last fill ")
    b.p("DATE", _fd(c.day(-40, -10), "md")).t(", 90 DS\n2. ").c("Eliquis 5 mg PO BID").t(" - misses doses; last taken ")
    b.t(_WEEKDAYS[c.day(-2, -1).weekday()] + " AM\n3. ").c("atorvastatin 40 mg PO qHS").t("\n4. ").c("tamsulosin 0.4 mg daily")
    b.t("\n5. ").c("Januvia 100 mg daily").t(" - Rx #").p("ID", c.digits(7)).t("\n6. OTC ").c("omeprazole 20 mg").t(", fish oil\n")
    b.t("Apixaban dose appropriate (age < 80, ").c("wt 84 kg").t(", ").c("SCr 1.1").t("); Dr. ").p("NAME", doc).t(" notified.\n")
    b.p("NAME", f"{ph[0]} {ph[1]}").t(", PharmD, BCPS  ext ").p("PHONE", c.ext()).t("\n")
    return b.build(p.fhir())


def _us_ct_head(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 66, 88, sex="male")
    ed, rad = c.last("us"), c.staff("us")
    mid = c.first("us", "male")[0]
    b = NoteBuilder().t("EXAM: CT HEAD WITHOUT CONTRAST\nACCESSION: ").p("ID", f"CT{c.base.year % 100}{c.digits(7)}")
    b.t("   MRN: ").p("ID", p.mrn).t("\nDATE OF EXAM: ").p("DATE", _fd(c.base, "mdY")).t(f" {c.hm()}\nPATIENT: ")
    b.p("NAME", f"{p.last.upper()}, {p.first.upper()}").t(f"\nCLINICAL HISTORY: {p.age}M fall from standing on ")
    b.c("apixaban").t(", headache.\nCOMPARISON: MRI brain ").p("DATE", _fd(c.day(-700, -200), "compact")).t(".\n")
    b.t("FINDINGS: Acute ").c("9 mm").t(" right convexity subdural hematoma without midline shift. No intraventricular ")
    b.t("extension. Chronic small vessel ischemic change. Old left cerebellar lacune. Mastoids clear.\n")
    b.t("IMPRESSION: Acute right SDH, ").c("9 mm").t(", no midline shift.\nCritical result called to Dr. ")
    b.p("NAME", ed).t(f" (ED) at {c.hm()} on ").p("DATE", _fd(c.base, "mdY")).t("; read back confirmed.\n")
    b.t("Dictated by: ").p("NAME", f"{rad[0]} {mid}. {rad[1]}").t(", MD\nSigned: ").p("DATE", c.iso_dt(c.base))
    b.t(f"   Workstation RDWS-{r.randint(1, 30):02d} (").p("IP", c.ip(True)).t(")\n")
    return b.build(p.fhir())


def _us_surg_path(c: _Ctx) -> Note:
    p = c.pt("us", 45, 82)
    sub, path = c.staff("us"), c.staff("us")
    col = c.day(-4, -2)
    b = NoteBuilder().t("SURGICAL PATHOLOGY REPORT   Case: ").p("ID", f"S{col.year % 100}-{c.digits(5)}").t("\nPatient: ")
    b.p("NAME", f"{p.last.upper()}, {p.first}" + (f" {p.middle[0]}" if p.middle else "")).t("   MRN: ").p("ID", p.mrn)
    b.t("   DOB: ").p("DATE", _fd(p.dob, "mdY")).t("\nCollected: ").p("DATE", _fd(col, "mdY")).t("   Received: ")
    b.p("DATE", _fd(col + timedelta(days=1), "mdY")).t("\nSubmitting physician: ").p("NAME", f"{sub[0]} {sub[1]}")
    b.t(", MD (Colorectal Surgery)\nSPECIMEN: A. Sigmoid colon, segmental resection. B. Lymph nodes.\n")
    b.t("FINAL DIAGNOSIS: A. Invasive adenocarcinoma, moderately differentiated, ").c("3.8 cm").t(", through muscularis ")
    b.t("propria (").c("pT3").t("). Margins negative (distal ").c("4.1 cm").t("). LVI present.\nB. ").c("2 of 17")
    b.t(" lymph nodes positive (").c("pN1b").t(").\nMMR IHC: MLH1, PMS2, MSH2, MSH6 retained - ").c("Lynch syndrome")
    b.t(" screen negative. KRAS/NRAS/BRAF sent on block A4.\nPathologist: ").p("NAME", f"{path[0]} {path[1]}")
    b.t(", MD   Electronically signed ").p("DATE", _fd(c.base, "Mon_d_Y")).t(f" {c.hm()}\n")
    return b.build(p.fhir())


def _us_tel_refill(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 55, 80, sex="male")
    wife, doc, lpn = c.first("us", "female"), c.last("us"), c.staff("us")
    cb = c.phone("us")
    b = NoteBuilder().t("TELEPHONE ENCOUNTER  ").p("DATE", _fd(c.base, "mdy")).t(" 10:42 AM\nCaller: ")
    b.p("NAME", f"{wife} {p.last}").t(" (wife) for pt ").p("NAME", f"{p.first} {p.last}").t("; DOB verified (")
    b.p("DATE", _fd(p.dob, "mdY")).t(").\nCallback #: ").p("PHONE", cb).t("\nRefill request: ").c("lisinopril 20 mg daily")
    b.t(" and ").c("metformin ER 500 mg").t(" 2 tabs with supper; 3 days left. Asks if he can take ").c("Aleve")
    b.t(" for knee pain.\nPharmacy: CVS #").t(str(r.randint(1000, 9999))).t(", ph ").p("PHONE", c.phone("us")).t("\n")
    b.t("Home BP log: ").c("138/84").t(", ").c("142/90").t(", ").c("131/82").t(". Routed to Dr. ").p("NAME", doc)
    b.t(".\n- ").p("NAME", f"{lpn[0][0]}{lpn[1][0]}").t(" LPN\n\nReply ").p("DATE", _fd(c.base, "md"))
    b.t(": refills sent x90 days. Avoid Aleve with lisinopril/kidneys; acetaminophen up to ").c("3 g/day")
    b.t(". LVM for wife at ").p("PHONE", cb).t(". -").p("NAME", c.first("us")[:1] + doc[:1]).t("\n")
    return b.build(p.fhir())


def _us_portal_msg(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 34, 70, email=True)
    doc, rn = c.last("us"), c.staff("us")
    sent = c.base
    b = NoteBuilder().t("Patient Message (MyChart)\nFrom: ").p("NAME", f"{p.first} {p.last}").t(" <").p("EMAIL", p.email)
    b.t(">\nTo: Internal Medicine - Pool\nSent: ").t(_WEEKDAYS[sent.weekday()] + ", ").p("DATE", _fd(sent, "Month_d_Y"))
    b.t(" 9:14 PM\nSubject: a1c\n\nhi dr ").p("NAME", doc.lower()).t(", i saw my a1c is ").c("8.4").t(" now, it was ")
    b.c("7.2").t(" in the fall. i take the ").c("metformin 1000 mg").t(" twice a day but stopped the ").c("glipizide")
    b.t(" because i was getting shaky. my new cell is ").p("PHONE", c.phone("us")).t(" if the nurse needs to call. thx ")
    b.p("NAME", p.first.lower()).t("\n\nReply from ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN (").p("DATE", _fd(sent + timedelta(days=1), "Mon_d"))
    b.t("): Hi ").p("NAME", p.first).t(", Dr. ").p("NAME", doc).t(" reviewed. Please do not restart glipizide; book a ")
    b.t("visit in the next 2 weeks at ").p("URL", f"https://mychart.{r.choice(_ORGS)}.org/MyChart/openscheduling?dept={c.digits(9)}")
    b.t(" or call the clinic.\n[msg id ").p("ID", c.digits(9)).t(", client IP ").p("IP", c.ip(False)).t("]\n")
    return b.build(p.fhir())


def _us_stroke_code(c: _Ctx) -> Note:
    p = c.pt("us", 52, 86, sex="female")
    hus, ni, fel = c.first("us", "male"), c.staff("us"), c.staff("us")
    b = NoteBuilder().t("NEUROLOGY - STROKE CODE NOTE\nCode activated: ").p("DATE", c.iso_dt(c.base)).t("\nPt: ")
    b.p("NAME", f"{p.first} {p.last}").t(f", {p.age} y/o R-handed woman, MRN ").p("ID", p.mrn).t("\nLKW 0645 per husband ")
    b.p("NAME", hus).t(", who found her at 0710 with R weakness and word-finding difficulty.\n").c("NIHSS 14")
    b.t(". ").c("BP 182/96 -> 176/92").t(" after ").c("labetalol 10 mg IV").t(". ").c("Glucose 142").t(". ")
    b.c("GCS 14").t(".\nCT: no hemorrhage, ").c("ASPECTS 9").t(". CTA: L M1 occlusion.\n").c("Tenecteplase 0.25 mg/kg")
    b.t(" (").c("19 mg").t(") IV bolus at 0802; door-to-needle ").c("38 min").t(".\nDiscussed with Dr. ")
    b.p("NAME", f"{ni[0]} {ni[1]}").t(" (neurointerventional), accepted for thrombectomy. Transfer center ")
    b.p("PHONE", c.phone("us")).t(", ref #").p("ID", f"TC{c.digits(7)}").t(".\nHusband ").p("NAME", f"{hus} {p.last}")
    b.t(" (").p("PHONE", c.phone("us")).t(") updated.\n").p("NAME", f"{fel[0]} {fel[1]}").t(", MD, Vascular Neurology fellow\n")
    return b.build(p.fhir())


def _us_psych_consult(c: _Ctx) -> Note:
    p = c.pt("us", 19, 45, unit=0.6)
    ex, sis, (pf, pl) = c.first("us"), c.first("us", "female"), c.staff("us")
    b = NoteBuilder().t("PSYCHIATRY C/L CONSULT  ").p("DATE", _fd(c.base, "Mon_d_Y")).t("\nID: ")
    b.p("NAME", f"{p.first} {p.last}").t(f" is a {p.age} yo admitted after intentional ingestion of ~30 tabs of ")
    b.c("acetaminophen 500 mg").t("; 4-h APAP level ").c("212 mcg/mL").t(", treated with NAC.\n")
    b.t("Stressors: breakup with partner ").p("NAME", ex).t(" 2 weeks ago, job loss. Lives alone in an apartment at ")
    b.p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(".\n").c("C-SSRS").t(": high risk. ").c("PHQ-9 22")
    b.t(". ").c("AUDIT-C 6").t(".\nCollateral: sister ").p("NAME", sis).t(" (").p("PHONE", c.phone("us"))
    b.t(") reports a prior attempt in 2019.\nPlan: 1:1 sitter; involuntary hold initiated ").p("DATE", _fd(c.base, "mdY"))
    b.t(" 1830; hold ").c("sertraline 100 mg").t("; start ").c("mirtazapine 15 mg qHS").t("; inpatient psych once ")
    b.t("medically cleared (").c("ALT 1,240 -> 610").t(").\n").p("NAME", f"{pf} {pl}").t(", MD, C/L Psychiatry, pager ")
    b.p("PHONE", c.digits(4)).t("\n")
    return b.build(p.fhir())


def _us_wound_care(c: _Ctx) -> Note:
    p = c.pt("us", 62, 88)
    doc, son, woc = c.last("us"), c.first("us", "male"), c.staff("us")
    b = NoteBuilder().t("WOUND/OSTOMY NURSE NOTE ").p("DATE", _fd(c.base, "mdY_np")).t("\nConsulted by Dr ").p("NAME", doc)
    b.t(" re: sacral wound. Pt ").p("NAME", f"{p.last}, {p.first}").t(". Braden ").c("11").t(". ").c("Albumin 2.4").t(".\n")
    b.t("Sacrum: stage 3 pressure injury ").c("4.6 x 3.2 x 0.7 cm").t(", ").c("60%").t(" slough, moderate serous drainage, ")
    b.t("periwound macerated. Photo in media tab, image ID ").p("ID", f"IMG{c.digits(8)}").t(".\nL heel: DTI ")
    b.c("2.0 x 2.5 cm").t(", intact, purple.\nTx: NS cleanse, ").c("Medihoney").t(" to slough, ").c("Mepilex Border Sacrum")
    b.t(" q3 days and PRN; heels floated in Prevalon boots; low air loss mattress ordered.\nFollow Mon/Thu, next ")
    b.p("DATE", _fd(c.day(3, 4), "Mon_d")).t(". Discussed with son ").p("NAME", son).t(" at bedside.\n")
    b.p("NAME", f"{woc[0]} {woc[1]}").t(", BSN, RN, CWOCN  ").p("PHONE", c.phone("us")).t("\n")
    return b.build(p.fhir())


def _us_prior_auth(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 24, 60, unit=0.4)
    gi = c.staff("us")
    ssn = c.ssn()
    p.ids.append(("SS", "http://hl7.org/fhir/sid/us-ssn", ssn))
    b = NoteBuilder().t("LETTER OF MEDICAL NECESSITY\n").p("DATE", _fd(c.base, "Month_d_Y")).t("\n\n")
    b.t(f"{r.choice(['Aetna', 'Cigna', 'Humana', 'UnitedHealthcare'])} Pharmacy Prior Authorization, fax ").p("PHONE", c.phone("us"))
    b.t("\n\nRE: ").p("NAME", f"{p.first} {p.middle + ' ' if p.middle else ''}{p.last}").t("\nDOB: ").p("DATE", _fd(p.dob, "mdY"))
    b.t("\nMember ID: ").p("ID", f"W{c.digits(9)}").t("   Group #: ").p("ID", c.digits(6)).t("\nSSN: ").p("SSN", ssn)
    b.t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(f", {p.region} ").p("ZIP", p.postcode)
    b.t("\n\nI request coverage of ").c("Humira (adalimumab) 40 mg SC every 2 weeks").t(" for moderate-to-severe ")
    b.c("Crohn's disease").t(". My patient failed ").c("azathioprine 2.5 mg/kg").t(" for ").c("6 months").t(". ")
    b.c("CRP 38 mg/L").t(", ").c("fecal calprotectin 1,120 ug/g").t("; colonoscopy ").p("DATE", _fd(c.day(-60, -20), "mdY"))
    b.t(" showed ileal ulceration. ").c("Harvey-Bradshaw Index 11").t(".\n\nSincerely,\n").p("NAME", f"{gi[0]} {gi[1]}")
    b.t(", MD, Gastroenterology\nPhone ").p("PHONE", c.phone("us")).t("  Fax ").p("PHONE", c.phone("us")).t("\n")
    return b.build(p.fhir())


def _us_telehealth(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 48, 74, email=True)
    interp, np_ = c.first("us"), c.staff("us")
    b = NoteBuilder().t("TELEHEALTH VIDEO VISIT - Hepatology\n").p("NAME", f"{p.last}, {p.first}").t("   MRN ")
    b.p("ID", p.mrn).t("   ").p("DATE", _fd(c.base, "mdY")).t(f" {c.hm()}\nLink: ")
    b.p("URL", f"https://{r.choice(_ORGS)}.zoom.us/j/{c.digits(11)}?pwd={c.token(16)}").t("\nPatient joined from home in ")
    b.p("ADDRESS", p.town).t(f", {p.region}; connection log: patient IP ").p("IP", c.ip(False)).t(", 2 drops.\n")
    b.t("Identity confirmed with name and DOB (").p("DATE", _fd(p.dob, "mdY")).t("). Spanish interpreter ").p("NAME", interp)
    b.t(" (ID ").p("ID", c.digits(5)).t(") present. AVS to ").p("EMAIL", p.email).t(".\n")
    b.t("NASH cirrhosis, ").c("MELD-Na 14").t(", ").c("Child-Pugh B7").t(". On ").c("spironolactone 100 mg").t(" + ")
    b.c("furosemide 40 mg").t(", ").c("lactulose 20 g TID").t(" (2-3 BM/day), ").c("rifaximin 550 mg BID").t(".\n")
    b.t("Labs ").p("DATE", _fd(c.day(-9, -3), "md")).t(": ").c("Na 133").t(", ").c("Cr 1.1").t(", ").c("bili 2.4").t(", ")
    b.c("INR 1.5").t(", ").c("plt 68").t(".\nPlan: EGD for variceal screening; US + AFP in ").c("6 months").t(".\n")
    b.p("NAME", f"{np_[0]} {np_[1]}").t(", NP\n")
    return b.build(p.fhir())


def _us_transfusion(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 38, 85)
    rn, md = c.staff("us"), c.staff("us")
    b = NoteBuilder().t("TRANSFUSION REACTION REPORT - Blood Bank\nPatient: ").p("NAME", f"{p.last.upper()}, {p.first}")
    b.t("   MRN ").p("ID", p.mrn).t("\nUnit #: ").p("ID", f"W{r.randint(1000, 9999)} {c.base.year % 100} {c.digits(6)}")
    b.t("   Product: RBC, leukoreduced, O POS\nStarted ").p("DATE", _fd(c.base, "DMONY")).t(" 2105; reaction at 2140 (")
    b.c("~90 mL").t(" infused).\nSigns: ").c("temp 37.0 -> 39.1 C").t(", rigors, ").c("HR 88 -> 124").t(", ")
    b.c("BP 132/78 -> 104/60").t(", no hives, ").c("SpO2 96% RA").t(".\nActions: stopped, NS KVO, ")
    b.c("diphenhydramine 25 mg IV").t(", ").c("acetaminophen 650 mg PO").t("; bag and tubing returned.\n")
    b.t("Workup: clerical check OK, DAT negative, post Hgb ").c("7.4 g/dL").t("; cultures sent (specimen ")
    b.p("ID", f"{c.base.year % 100}-{r.randint(100, 365)}-{c.digits(4)}").t(").\nReported by ")
    b.p("NAME", f"{rn[0]} {rn[1]}").t(", RN, 5 North, ext ").p("PHONE", c.ext()).t("\nReviewed: ").p("NAME", f"{md[0]} {md[1]}")
    b.t(", MD, Transfusion Medicine - febrile non-hemolytic reaction likely.\n")
    return b.build(p.fhir())


def _us_roi_log(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 25, 70, unit=0.4, email=True)
    atty, init = c.full("us"), c.staff("us")
    ssn = c.ssn()
    b = NoteBuilder().t("HIM - RELEASE OF INFORMATION LOG\nRequest ID: ").p("ID", f"ROI-{c.base.year}-{c.digits(6)}")
    b.t("\nReceived: ").p("DATE", _fd(c.base, "iso")).t("\nPatient: ").p("NAME", f"{p.first} {p.last}").t("   DOB ")
    b.p("DATE", _fd(p.dob, "mdY")).t("   SSN ").p("SSN", ssn).t("\nAddress: ").p("ADDRESS", p.street).t(", ")
    b.p("ADDRESS", p.town).t(f", {p.region} ").p("ZIP", p.postcode).t("\nPhone: ").p("PHONE", p.phone).t("   Email: ")
    b.p("EMAIL", p.email).t("\nRequestor: ").p("NAME", atty).t(", Esq., fax ").p("PHONE", c.phone("us"))
    s = c.day(-200, -100)
    b.t("\nRecords: ED visit and admission ").p("DATE", _fd(s, "mdY")).t(" through ").p("DATE", _fd(s + timedelta(days=6), "mdY"))
    b.t(", imaging reports, itemized bill. Authorization signed ").p("DATE", _fd(c.day(-5, -1), "dash_Mon")).t(" (valid 180 days).\n")
    b.t("Submitted online from ").p("IP", c.ip(False)).t("; delivered via secure link ")
    b.p("URL", f"https://records.{r.choice(_ORGS)}.org/roi/d/{c.token(12)}").t(" (expires in 14 days).\nProcessed by ")
    b.p("NAME", f"{init[0][0]}{init[1][0]}").t(".\n")
    return b.build(p.fhir())


def _us_device_clinic(c: _Ctx) -> Note:
    p = c.pt("us", 90, 101, sex="female")
    impl, gd, rn = c.last("us"), c.first("us", "female"), c.staff("us")
    b = NoteBuilder().t("DEVICE CLINIC - PACEMAKER INTERROGATION  ").p("DATE", _fd(c.base, "mdY")).t("\n")
    b.p("NAME", f"{p.first} {p.last}").t(", ").p("AGE", str(p.age)).t(" y.o. (DOB ").p("DATE", _fd(p.dob, "mdY_np"))
    b.t("), MRN ").p("ID", p.mrn).t("\nDevice: Medtronic Azure XT DR MRI, serial ").p("ID", f"RNB{c.digits(6)}H")
    b.t(", implanted ").p("DATE", _fd(c.day(-1500, -400), "Month_Y")).t(" by Dr. ").p("NAME", impl).t(" for complete heart block.\n")
    b.t("Battery ").c("8.5 years").t(". RA lead ").c("456 ohms").t(", threshold ").c("0.75 V @ 0.4 ms").t(", P wave ")
    b.c("2.8 mV").t(". RV lead ").c("532 ohms").t(", threshold ").c("1.0 V @ 0.4 ms").t(".\nPacing ").c("AP 34%")
    b.t(", ").c("VP 99%").t(". AHRE 3 episodes, longest ").c("42 min").t(", burden < 1%. ").c("CHA2DS2-VASc 5")
    b.t("; on ").c("apixaban 2.5 mg BID").t(".\nRemote via CareLink received ").p("DATE", c.iso_dt(c.day(-30, -20)))
    b.t("; next remote ").p("DATE", _fd(c.day(85, 95), "Mon_d_Y")).t(".\nGranddaughter ").p("NAME", gd)
    b.t(" drives her; contact ").p("PHONE", c.phone("us")).t(".\n").p("NAME", f"{rn[0]} {rn[1]}").t(", RN, CCDS\n")
    return b.build(p.fhir())


def _us_fall_event(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 68, 89, sex="female")
    cna, doc, son, rn = c.staff("us"), c.last("us"), c.first("us", "male"), c.staff("us")
    b = NoteBuilder().t("SAFETY EVENT REPORT (fall)  Event #").p("ID", c.digits(7)).t("\nDate/time: ")
    b.p("DATE", _fd(c.base, "mdY")).t(f" 0340   Unit: 6 East, Rm 6{r.randint(10, 40)}\nPatient: ")
    b.p("NAME", f"{p.first} {p.last}").t(f" ({p.age}), MRN ").p("ID", p.mrn).t("\nFound sitting on floor beside bed by ")
    b.p("NAME", f"{cna[0]} {cna[1]}").t(", CNA, on rounds; trying to walk to the bathroom, bed alarm off. Denies head strike.\n")
    b.t("Post-fall: ").c("BP 148/86").t(", ").c("HR 92").t(", ").c("GCS 15").t(", skin tear L forearm ").c("2 cm")
    b.t(". ").c("Morse Fall Scale 75").t(".\nDr. ").p("NAME", doc).t(" notified 0352; XR L wrist ordered. Son ")
    b.p("NAME", son).t(" notified at ").p("PHONE", c.phone("us")).t(" at 0715.\nInterventions: bed alarm on, yellow socks, hourly rounding.\n")
    b.t("Reporter: ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN. Submitted from 6E-NS-03 (").p("IP", c.ip(True))
    b.t(") ").p("DATE", c.iso_dt(c.base)).t("\n")
    return b.build(p.fhir())


def _us_egd(c: _Ctx) -> Note:
    p = c.pt("us", 44, 84, sex="male")
    endo, fel, anes, wife = c.staff("us"), c.staff("us"), c.last("us"), c.first("us", "female")
    b = NoteBuilder().t("PROCEDURE NOTE - EGD\nDate: ").p("DATE", _fd(c.base, "mdY")).t("\nPatient: ")
    b.p("NAME", f"{p.first} {p.last}").t("  MRN ").p("ID", p.mrn).t("\nEndoscopist: ").p("NAME", f"{endo[0]} {endo[1]}")
    b.t(", MD   Fellow: ").p("NAME", f"{fel[0]} {fel[1]}").t(", MD\nIndication: melena, ").c("Hgb 6.8 g/dL")
    b.t(" (baseline ").c("12").t("), ").c("Glasgow-Blatchford score 13").t(".\nSedation: ").c("propofol")
    b.t(" per anesthesia (Dr. ").p("NAME", anes).t(").\nFindings: ").c("1.5 cm").t(" duodenal bulb ulcer with visible vessel (")
    b.c("Forrest IIa").t("). Small ").c("Mallory-Weiss").t(" tear at GEJ, not bleeding.\nIntervention: ")
    b.c("epinephrine 1:10,000 8 mL").t(" injected, 2 hemoclips placed; hemostasis achieved.\nPlan: ")
    b.c("pantoprazole 80 mg IV bolus then 8 mg/hr").t(" x ").c("72 hours").t(", H. pylori serology, transfuse for ")
    b.c("Hgb < 7").t(".\nFindings discussed with wife ").p("NAME", wife).t(" in the waiting area.\nProcedure ID ")
    b.p("ID", f"GI{c.digits(8)}").t("\n")
    return b.build(p.fhir())


def _us_access_review(c: _Ctx) -> Note:
    r, p = c.r, c.pt("us", 28, 60)
    clerk, mgr, inv = c.staff("us"), c.full("us"), c.staff("us")
    t1, t2 = c.day(-30, -20), c.day(-19, -10)
    b = NoteBuilder().t("PRIVACY OFFICE - EHR ACCESS REVIEW\nCase no. ").p("ID", f"PRV-{c.base.year % 100}-{c.digits(4)}")
    b.t("\nPatient: ").p("NAME", f"{p.first} {p.last}").t(" (MRN ").p("ID", p.mrn).t("), hospital employee\n")
    b.t("Trigger: employee-record alert ").p("DATE", _fd(t2, "mdY")).t(".\nAccess log: unit clerk ")
    b.p("NAME", f"{clerk[0]} {clerk[1]}").t(" (badge ").p("ID", c.digits(6)).t(") opened the chart ")
    b.p("DATE", c.iso_dt(t1)).t(" from ").p("IP", c.ip(True)).t(" and again ").p("DATE", c.iso_dt(t2)).t(" from ")
    b.p("IP", c.ip(True)).t("; no treatment relationship.\nInterview held ").p("DATE", _fd(c.base, "Month_d_Y"))
    b.t(" with manager ").p("NAME", mgr).t(" present. Clerk acknowledged viewing the chart of a neighbor.\n")
    b.t("Outcome: sanction per policy; patient notified by letter to ").p("ADDRESS", p.street).t(", ")
    b.p("ADDRESS", p.town).t(f", {p.region} ").p("ZIP", p.postcode).t(".\nInvestigator: ").p("NAME", f"{inv[0]} {inv[1]}")
    b.t(", CHPC - ").p("EMAIL", f"{_ascii(inv[0])}.{_ascii(inv[1])}@{r.choice(_ORGS)}.org").t("\n")
    return b.build(p.fhir())


# ============================== UK / Scotland / Wales / Northern Ireland =====================
def _uk_hasu_discharge(c: _Ctx) -> Note:
    r, p = c.r, c.pt("uk", 58, 87, sex="female", unit=0.3)
    nhs = c.nhs()
    if r.random() < 0.7:
        p.ids.append(("NH", "https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")))
    gp, reg, cons = c.staff("uk"), c.staff("uk"), c.last("uk")
    adm = c.day(-16, -9)
    b = NoteBuilder().t("Hyper-Acute Stroke Unit (HASU) - DISCHARGE SUMMARY\nName: Mrs ").p("NAME", f"{p.first} {p.last.upper()}")
    b.t("   DOB: ").p("DATE", _fd(p.dob, "dmY")).t("   NHS No: ").p("ID", nhs).t("   Hosp No: ").p("ID", p.mrn)
    b.t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(", ").p("ZIP", p.postcode)
    b.t("\nGP: Dr ").p("NAME", f"{gp[0]} {gp[1]}").t(", Riverside Medical Practice\nAdmitted: ").p("DATE", _fd(adm, "dmY"))
    b.t(" via ED   Discharged: ").p("DATE", _fd(c.base, "dmY")).t("\n\nDiagnosis: left MCA ischaemic stroke (PACS). ")
    b.t("Thrombolysed with ").c("alteplase 0.9 mg/kg").t("; ").c("NIHSS 9 -> 3").t(". 24 h CT: small infarct, no HT.\n")
    b.t("AF on telemetry - ").c("CHA2DS2-VASc 6").t("; ").c("apixaban 5 mg BD").t(" from day 7 (").c("clopidogrel 75 mg OD")
    b.t(" stopped). Passed SALT swallow screen day 3. ").c("mRS 2").t(" at discharge.\nTTO: ").c("apixaban 5 mg BD")
    b.t(", ").c("atorvastatin 80 mg ON").t(", ").c("ramipril 2.5 mg OD").t(".\nFollow-up: stroke clinic ").c("6/52")
    b.t("; consultant review ").c("6/12").t("; ESD team first visit ").p("DATE", _fd(c.day(2, 3), "ord_Month")).t(". DVLA: no driving for ")
    b.c("1 month").t(".\nStroke co-ordinator: bleep ").p("PHONE", c.digits(4)).t(" or ").p("PHONE", c.phone("uk", "land"))
    b.t("\nDr ").p("NAME", f"{reg[0]} {reg[1]}").t(", ST4, for Dr ").p("NAME", cons).t(", Consultant Stroke Physician\n")
    return b.build(p.fhir())


def _uk_night_handover(c: _Ctx) -> Note:
    r, p = c.r, c.pt("uk", 90, 102)
    nic, son, o1, o2, o3 = c.staff("uk"), c.first("uk", "male"), c.staff("uk"), c.last("uk"), c.staff("uk")
    a, bb = c.staff("uk"), c.staff("uk")
    ward = r.choice(["Elizabeth Ward", "Keats Ward", "Ward 9", "Nightingale Ward", "AMU"])
    b = NoteBuilder().t(f"{ward} - night handover ").p("DATE", _fd(c.base, "dmy")).t("\nNIC: ").p("NAME", f"{nic[0]} {nic[1]}")
    b.t(" (bleep ").p("PHONE", c.digits(4)).t(")\n\nBay 2\nB1 ").p("NAME", f"{o1[0]} {o1[1].upper()}").t(f" {r.randint(70, 86)} - CAP day 3, ")
    b.c("co-amoxiclav 625 mg TDS").t(", TTO ").c("7/7").t(" planned, ").c("NEWS2 2").t(", home tomorrow if obs ok\nB3 ")
    b.p("NAME", f"{p.last}, {p.first}").t(" ").p("AGE", str(p.age)).t(" - #NOF, DHS ").p("DATE", _fd(c.day(-1, -1), "dm")).t(", ").c("Hb 86 g/L")
    b.t(" -> 1 unit tonight, delirious, ").c("4AT 6").t(". son ").p("NAME", son.lower()).t(" wants a call before 07:00 on ")
    b.p("PHONE", c.phone("uk", "mob")).t("\nB5 mr ").p("NAME", o2.lower()).t(f" {r.randint(40, 75)} - DKA resolved, VRIII off 22:00, back on ")
    b.c("Lantus 18 units").t("\n\nSide room 4\n").p("NAME", f"{o3[0]} {o3[1]}").t(f" {r.randint(50, 85)} - C. diff, barrier nursing, ")
    b.c("vancomycin 125 mg QDS").t(" ").c("day 4/10").t(". Datix ").p("ID", f"W{c.digits(6)}").t(" done for pressure damage on admission.\n\n")
    b.t("Handed over by ").p("NAME", f"{a[0][0]}{a[1][0]}").t(" to ").p("NAME", f"{bb[0][0]}{bb[1][0]}").t(" at 07:30.\n")
    return b.build(p.fhir())


def _uk_frailty_clinic(c: _Ctx) -> Note:
    r, p = c.r, c.pt("uk", 90, 99, sex="male")
    nhs = c.nhs("-" if r.random() < 0.3 else " ")
    gp, dau, cons = c.last("uk"), c.first("uk", "female"), c.staff("uk")
    b = NoteBuilder().t("Older People's Medicine - Falls & Frailty Clinic\nClinic date: ").p("DATE", _fd(c.base, "d_Month_Y"))
    b.t("\n\nDear Dr ").p("NAME", gp).t(",\nRe: Mr ").p("NAME", f"{p.first} {p.last}").t(", DOB ").p("DATE", _fd(p.dob, "dot"))
    b.t(", NHS ").p("ID", nhs).t("\n").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(" ").p("ZIP", p.postcode)
    b.t("\n\nThank you for referring this ").p("AGE", str(p.age)).t("-year-old gentleman with four falls since ")
    b.p("DATE", _fd(c.day(-150, -90), "Month_Y")).t(". He lives with his daughter ").p("NAME", dau).t(", who came today (mob ")
    b.p("PHONE", c.phone("uk", "mob")).t(").\n").c("CFS 6").t(". ").c("Timed Up and Go 22 s").t(". Lying/standing BP ")
    b.c("146/80 -> 118/68").t(" at 3 min, symptomatic.\nBackground: ").c("Parkinson's disease").t(" on ")
    b.c("co-careldopa 25/100 two tablets TDS").t("; CKD 3b (").c("eGFR 38").t(").\nStopped ").c("doxazosin 4 mg")
    b.t("; reduced ").c("amitriptyline 25 mg -> 10 mg nocte").t(". DEXA ").p("DATE", _fd(c.day(-40, -10), "ord"))
    b.t(": ").c("T-score -2.9").t(" hip; started ").c("alendronic acid 70 mg weekly").t(" and ").c("Adcal-D3 one BD")
    b.t(".\nPlan: community falls programme; review ").c("3/12").t(".\nYours sincerely,\nDr ").p("NAME", f"{cons[0]} {cons[1]}")
    b.t(", Consultant Geriatrician\ncc: Mr ").p("NAME", f"{p.first[0]}. {p.last}").t(" (patient)\n")
    return b.build(p.fhir())


def _uk_dn_referral(c: _Ctx) -> Note:
    r, p = c.r, c.pt("uk", 60, 88, unit=0.5)
    p.phone = c.phone("uk", "land")
    niece, sis = c.full("uk", "female"), c.staff("uk")
    b = NoteBuilder().t(f"REFERRAL TO DISTRICT NURSING - {r.choice(['North', 'East', 'West', 'Central'])} Locality Team\n")
    b.t("Date of referral: ").p("DATE", _fd(c.base, "ord")).t("\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t("  NHS no. ").p("ID", c.nhs()).t("  DOB ").p("DATE", _fd(p.dob, "dmY_np")).t("\nAddress: ").p("ADDRESS", p.street)
    b.t(", ").p("ADDRESS", p.town).t(", ").p("ZIP", p.postcode).t(". Key safe - code given verbally.\nTel: ")
    b.p("PHONE", p.phone).t("  NOK: ").p("NAME", niece).t(" (niece) ").p("PHONE", c.phone("uk", "mob"))
    b.t("\nReason: insulin - ").c("Humulin I 22 units mane").t(" by pen, CBG pre-dose, target ").c("6-12 mmol/L")
    b.t(".\nVenous leg ulcer R gaiter ").c("3 x 2 cm").t(", ").c("ABPI 0.92").t(" - start compression (").c("Actico")
    b.t(") weekly. ").c("Waterlow 16").t(". Weight ").c("71 kg").t(".\nDischarged from Ward 23 on ")
    b.p("DATE", _fd(c.day(-1, 0), "dmY")).t(".\nReferrer: ").p("NAME", f"{sis[0]} {sis[1]}").t(", Ward Sister  Email ")
    b.p("EMAIL", f"{_ascii(sis[0])}.{_ascii(sis[1])}{r.choice(['', '2', '1'])}@nhs.net").t("  ext. ").p("PHONE", c.digits(5)).t("\n")
    return b.build(p.fhir())


def _uk_antenatal_booking(c: _Ctx) -> Note:
    p = c.pt("uk", 21, 41, sex="female")
    partner, mw = c.fk("uk").first_name_male(), c.staff("uk")
    lmp = c.day(-70, -56)
    b = NoteBuilder().t("ANTENATAL BOOKING\nDate: ").p("DATE", _fd(c.base, "d_Mon_Y")).t("   Hospital number: ")
    b.p("ID", f"M{c.digits(6)}").t("   NHS: ").p("ID", c.nhs()).t("\n").p("NAME", f"{p.first} {p.last}").t(f", {p.age} years, ")
    b.c("G3 P1").t(" (one miscarriage).\nLMP ").p("DATE", _fd(lmp, "dmY")).t("  EDD ").p("DATE", _fd(lmp + timedelta(days=280), "dmY"))
    scan = c.day(4, 9)
    b.t("; dating scan ").t(_WEEKDAYS[scan.weekday()] + " ").p("DATE", _fd(scan, "d_Month")).t(".\n")
    b.c("BMI 33.4").t(" (").c("91 kg").t(", ").c("165 cm").t("). ").c("BP 118/72").t(". Urine NAD.\n")
    b.t("Risks: BMI -> GTT at ").c("24-28/40").t("; previous PPH ").c("900 mL").t("; ").c("aspirin 150 mg ON")
    b.t(" from ").c("12/40").t(" to ").c("36/40").t("; ").c("folic acid 5 mg OD").t(".\nSocial: lives with partner ")
    b.p("NAME", partner).t(" at ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(". Routine enquiry asked alone - no concerns.\n")
    b.t("Midwife: ").p("NAME", f"{mw[0]} {mw[1]}").t(", RM. Community midwives hub ").p("PHONE", c.phone("uk", "land")).t("\n")
    return b.build(p.fhir())


def _uk_crisis_visit(c: _Ctx) -> Note:
    p = c.pt("uk", 22, 58, unit=0.5)
    partner, k1, k2, doc, cpn = c.first("uk"), c.staff("uk"), c.staff("uk"), c.last("uk"), c.staff("uk")
    nxt = c.day(2, 4)
    b = NoteBuilder().t("CRHTT - Home visit\n").t(_WEEKDAYS[c.base.weekday()] + " ").p("DATE", _fd(c.base, "d_Month_Y"))
    b.t(", 14:00, at home (").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(")\nRiO: ").p("ID", c.digits(7))
    b.t("\nPresent: ").p("NAME", f"{p.first} {p.last}").t(", partner ").p("NAME", partner).t("; ")
    b.p("NAME", f"{k1[0][0]}{k1[1][0]}").t(" and ").p("NAME", f"{k2[0][0]}{k2[1][0]}").t(" (CRHTT).\n")
    b.t("Low mood ").c("3 months").t(", poor sleep, passive ideation without plan. ").c("PHQ-9 19").t(", ").c("GAD-7 15").t(".\n")
    b.t("Meds: ").c("mirtazapine 30 mg ON").t(" (blister pack); stopped ").c("sertraline 100 mg").t(" ").c("2/52")
    b.t(" ago (GI upset).\nSafety plan reviewed; partner holding medication.\nPlan: daily visits x ").c("3/7").t(", medical review with Dr ")
    b.p("NAME", doc).t(" on ").t(_WEEKDAYS[nxt.weekday()] + " ").p("DATE", _fd(nxt, "d_Mon")).t("; duty line ")
    b.p("PHONE", c.phone("uk", "land")).t(".\n").p("NAME", f"{cpn[0]} {cpn[1]}").t(", CPN\n")
    return b.build(p.fhir())


def _scot_ooh(c: _Ctx) -> Note:
    r, p = c.r, c.pt("scot", 55, 85, sex="male", unit=0.7)
    chi = c.chi(p.dob, p.sex)
    if r.random() < 0.7:
        p.ids.append(("CHI", "https://fhir.nhs.scot/Id/chi", chi))
    wife, anp = c.first("scot", "female"), c.staff("scot")
    b = NoteBuilder().t("GP OUT OF HOURS - Clinical record\nCHI: ").p("ID", chi).t("   Call received: ")
    b.p("DATE", _fd(c.base, "dmY")).t(" 22:47\nPatient: ").p("NAME", f"{p.first} {p.last.upper()}").t(f", {p.age}, ")
    b.p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(" ").p("ZIP", p.postcode).t("\nCaller: ").p("NAME", wife)
    b.t(" (wife) on ").p("PHONE", c.phone("scot")).t("\n3 days productive cough, fever ").c("38.6").t(" at home, now breathless. ")
    b.t("COPD on ").c("Trelegy one puff OD").t(" and ").c("salbutamol").t(" PRN.\nHome visit 00:35: ").c("RR 24").t(", ")
    b.c("SpO2 91% on air").t(", ").c("HR 108").t(", ").c("T 38.2").t(", ").c("CRB-65 1").t("; coarse creps R base.\n")
    b.t("Plan: ").c("doxycycline 200 mg stat then 100 mg OD").t(" for ").c("5/7").t(", ").c("prednisolone 30 mg OD")
    b.t(" ").c("5/7").t(". 999 if worse; own GP to review Monday.\nClinician: ").p("NAME", f"{anp[0]} {anp[1]}").t(", ANP\n")
    return b.build(p.fhir())


def _wales_ot_visit(c: _Ctx) -> Note:
    p = c.pt("wal", 66, 89)
    son, physio, ot = c.first("wal", "male"), c.staff("wal"), c.staff("wal")
    b = NoteBuilder().t("Occupational Therapy - Home Environment Visit\nDate of visit: ").p("DATE", _fd(c.base, "dmY"))
    b.t("\nClient: ").p("NAME", f"{p.first} {p.last}").t("  Hosp. no ").p("ID", p.mrn).t("\nAddress: ").p("ADDRESS", p.street)
    b.t(", ").p("ADDRESS", p.town).t(", ").p("ZIP", p.postcode).t("\nPresent: client, son ").p("NAME", son).t(" and ")
    b.p("NAME", f"{physio[0]} {physio[1]}").t(" (physio).\n").c("Barthel 13/20").t(". Sit-to-stand with ").c("Zimmer frame")
    b.t(", supervision. Stairs: 12 steps, rail R only - second rail via Care & Repair.\nBathroom: bath only; bath board ")
    b.t("trialled, unable -> level-access shower recommended (DFG).\nOutcome: safe for discharge with POC QDS (x2 carers AM).\n")
    b.p("NAME", f"{ot[0]} {ot[1]}").t(", Occupational Therapist, HCPC ").p("ID", f"OT{c.digits(5)}").t("  Tel ")
    b.p("PHONE", c.phone("wal", "land")).t("\n")
    return b.build(p.fhir())


def _ni_ed_letter(c: _Ctx) -> Note:
    r, p = c.r, c.pt("ni", 52, 85, sex="female")
    hc = _mod11(r, "3")
    doc = c.staff("ni")
    fc = c.day(5, 8)
    b = NoteBuilder().t("Emergency Department - Discharge letter to GP\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t("  H&C No: ").p("ID", f"{hc[:3]} {hc[3:6]} {hc[6:]}").t("  DOB: ").p("DATE", _fd(p.dob, "dmY"))
    b.t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(" ").p("ZIP", p.postcode)
    b.t("\nAttendance: ").p("DATE", _fd(c.base, "dmY")).t(" 19:20\nPC: fall onto outstretched hand on ice.\n")
    b.t("XR: distal radius fracture, dorsal angulation ").c("20 degrees").t(" (").c("Colles type").t(").\n")
    b.t("MUA under haematoma block (").c("lidocaine 1% 10 mL").t("), backslab applied; post-reduction films satisfactory.\n")
    b.t("Analgesia: ").c("co-codamol 30/500 two tablets QDS PRN").t(".\nFracture clinic ")
    b.t(_WEEKDAYS[fc.weekday()] + " ").p("DATE", _fd(fc, "ord_Month")).t(".\nED doctor: Dr ").p("NAME", f"{doc[0]} {doc[1]}")
    b.t(" (GMC ").p("ID", c.digits(7)).t(")\n")
    return b.build(p.fhir())


# ============================== Canada / Australia / New Zealand / Ireland / India ===========
def _ca_home_care(c: _Ctx) -> Note:
    p = c.pt("ca", 58, 86, unit=0.6, email=True)
    p.region = "ON"
    ohip = c.ohip()
    p.ids.append(("JHN", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", ohip.replace("-", "")[:10]))
    sdm, rn = c.first("ca"), c.staff("ca")
    b = NoteBuilder().t("Home and Community Care Support Services - Referral\nReferral date: ").p("DATE", _fd(c.base, "iso"))
    b.t("\nClient: ").p("NAME", f"{p.last}, {p.first}").t("   OHIP: ").p("ID", ohip).t("   DOB: ").p("DATE", _fd(p.dob, "iso"))
    b.t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(", ON ").p("ZIP", p.postcode)
    b.t("\nPhone: ").p("PHONE", p.phone).t("   Email: ").p("EMAIL", p.email).t("\nSDM: ").p("NAME", f"{sdm} {p.last}")
    b.t(" (spouse), ").p("PHONE", c.phone("ca")).t("\nReferring: ").p("NAME", f"{rn[0]} {rn[1]}").t(", RN, Discharge Planning\n")
    b.t("Services: nursing for ").c("dalteparin 5,000 units SC daily").t(" x ").c("6 weeks").t(" after TKA ")
    b.p("DATE", _fd(c.day(-3, -2), "Mon_d")).t("; staple removal POD 14 (").p("DATE", _fd(c.day(11, 12), "Mon_d"))
    b.t("); PSW 1 h BID; in-home PT 2x/week.\nPain: ").c("hydromorphone 1-2 mg PO q4h PRN").t(", ")
    b.c("acetaminophen 1 g QID").t(". ").c("PPS 60%").t(". Prefers services in French.\n")
    return b.build(p.fhir())


def _ca_bc_pharmacist(c: _Ctx) -> Note:
    r, p = c.r, c.pt("ca", 62, 88)
    p.region = "BC"
    phn = c.phn_bc()
    if r.random() < 0.7:
        p.ids.append(("JHN", "https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id", phn.replace(" ", "")))
    dau, gp, ph = c.first("ca", "female"), c.last("ca"), c.staff("ca")
    gp_town, _, _ = c.place("ca")
    b = NoteBuilder().t("Clinical Pharmacist - Discharge Counselling\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t("  PHN: ").p("ID", phn).t("  MRN ").p("ID", p.mrn).t("\nPharmaNet profile reviewed ").p("DATE", _fd(c.base, "d_Mon_Y"))
    b.t(".\nNEW: ").c("dabigatran (Pradaxa) 150 mg PO BID").t(" for new AF; ").c("CrCl 52 mL/min").t(" (").c("wt 78 kg")
    b.t(", ").c("SCr 112 umol/L").t("). STOPPED: ").c("ASA 81 mg").t(". CHANGED: ").c("metoprolol tartrate 25 mg BID")
    b.t(" -> ").c("bisoprolol 5 mg daily").t(".\nCounselled pt and daughter ").p("NAME", dau).t(" with teach-back; do not open capsules.\n")
    b.t("Community pharmacy fax ").p("PHONE", c.phone("ca")).t(", ph ").p("PHONE", c.phone("ca")).t("; BPMH faxed ")
    b.p("DATE", _fd(c.base, "ymd_slash")).t(".\nCBC and creatinine in ").c("1 month").t(" with GP Dr ").p("NAME", gp).t(" in ")
    b.p("ADDRESS", gp_town).t(".\n").p("NAME", f"{ph[0]} {ph[1]}").t(", BSc(Pharm), ACPR  local ").p("PHONE", c.ext()).t("\n")
    return b.build(p.fhir())


def _au_ed_discharge(c: _Ctx) -> Note:
    r, p = c.r, c.pt("au", 18, 45, unit=0.5)
    p.phone = c.phone("au", "mob")
    mc = c.medicare_au()
    if r.random() < 0.6:
        p.ids.append(("MC", "http://ns.electronichealth.net.au/id/medicare-number", mc.replace(" ", "")))
    reg, gp, edr = c.last("au"), c.staff("au"), c.staff("au")
    b = NoteBuilder().t("Emergency Department - Discharge Summary\nURN: ").p("ID", p.mrn).t("   Medicare: ").p("ID", mc)
    b.t("\nPatient: ").p("NAME", f"{p.first} {p.last.upper()}").t("   DOB: ").p("DATE", _fd(p.dob, "dmY"))
    b.t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(f" {p.region} ").p("ZIP", p.postcode)
    b.t("\nPh: ").p("PHONE", p.phone).t("\nPresented ").p("DATE", _fd(c.base, "dmY")).t(" 03:12 with RIF pain and vomiting x ")
    b.c("18 hours").t(".\nObs: ").c("T 38.1").t(", ").c("HR 104").t(", ").c("BP 126/74").t(", ").c("SpO2 99% RA").t(". ")
    b.c("WCC 14.2").t(", ").c("CRP 61").t(".\nCT: acute uncomplicated appendicitis (").c("11 mm").t(").\nGiven ")
    b.c("ondansetron 4 mg IV").t(", ").c("morphine 5 mg IV").t(", ").c("cefazolin 2 g IV").t(" + ").c("metronidazole 500 mg IV")
    b.t(".\nAdmitted under General Surgery Unit 2 (registrar Dr ").p("NAME", reg).t(").\nGP: Dr ").p("NAME", f"{gp[0]} {gp[1]}")
    b.t(", Harbourside Medical Centre, fax ").p("PHONE", c.phone("au", "land")).t("\nSigned ").p("NAME", f"{edr[0]} {edr[1]}")
    b.t(", ED Registrar, ").p("DATE", _fd(c.base, "dmY_np")).t("\n")
    return b.build(p.fhir())


def _au_racf_transfer(c: _Ctx) -> Note:
    r, p = c.r, c.pt("au", 90, 104, sex="female")
    fac = r.choice(["Banksia Lodge", "Wattle Grove Aged Care", "St Anne's Residential Care", "Bayview Gardens"])
    p.street = f"{r.randint(1, 120)} {r.choice(_STREETS['au'])}"
    p.phone = c.phone("au", "land")
    guard, en = c.full("au", "female"), c.staff("au")
    acd = c.day(-700, -100)
    b = NoteBuilder().t(f"RESIDENTIAL AGED CARE - TRANSFER TO HOSPITAL\nFacility: {fac}, ").p("ADDRESS", p.street).t(", ")
    b.p("ADDRESS", p.town).t(f" {p.region} ").p("ZIP", p.postcode).t(", ph ").p("PHONE", p.phone).t("\nResident: ")
    b.p("NAME", f"{p.first} {p.last}").t("   Age ").p("AGE", str(p.age)).t("   DOB ").p("DATE", _fd(p.dob, "dmY"))
    b.t("\nMedicare ").p("ID", c.medicare_au()).t("   DVA Gold Card ").p("ID", f"{r.choice(['N', 'V', 'Q', 'W'])}X{c.digits(6)}")
    b.t("\nReason: new R-sided weakness found at 06:15 on ").p("DATE", _fd(c.base, "dmY")).t("; ").c("BGL 6.2").t(", ")
    b.c("BP 176/94").t(", ").c("HR 88").t(" irregular.\nBackground: AF (").c("apixaban 2.5 mg BD").t("), vascular dementia (")
    b.c("MMSE 16/30").t("), CCF, T2DM (diet), L NOF # 2021.\nAdvance Care Directive dated ").p("DATE", _fd(acd, "d_Mon_Y"))
    b.t(": for transfer and ward care, not for CPR/ICU.\nEnduring Guardian: ").p("NAME", guard).t(" (daughter) ")
    b.p("PHONE", c.phone("au", "mob")).t("\nWebster pack and med chart sent. Completed by ").p("NAME", f"{en[0]} {en[1]}").t(", EN\n")
    return b.build(p.fhir())


def _au_physio_acl(c: _Ctx) -> Note:
    p = c.pt("au", 18, 34, sex="female", email=True)
    surg, pt = c.last("au"), c.staff("au")
    op = c.day(-72, -68)
    b = NoteBuilder().t("Outpatient Physiotherapy - ACL reconstruction, session 9\n").p("DATE", _fd(c.base, "d_Month_Y"))
    b.t("\n").p("NAME", f"{p.first} {p.last}").t(" (DOB ").p("DATE", _fd(p.dob, "dmY")).t(f", {p.age}) - R ACL hamstring graft, ")
    b.t("Dr ").p("NAME", surg).t(", ").p("DATE", _fd(op, "ord")).t(" - now ").c("10/52").t(" post-op.\n")
    b.t("S: back at uni, goal return to netball. O: knee flexion ").c("128 degrees").t(", extension ").c("0 degrees")
    b.t(", no quad lag, ").c("Lachman").t(" firm end-feel. Quad LSI ").c("68%").t(" (HHD).\n")
    b.t("HEP updated and emailed to ").p("EMAIL", p.email).t("; app link ").p("URL", f"https://www.physiapp.com.au/p/{c.token(8)}")
    b.t("\nPlan: running at ").c("12/52").t("; review ").c("2/52").t(". Private health: Bupa, claimed via HICAPS.\n")
    b.t("Physio: ").p("NAME", f"{pt[0]} {pt[1]}").t("  ").p("PHONE", c.phone("au", "mob")).t("\n")
    return b.build(p.fhir())


def _nz_gp_referral(c: _Ctx) -> Note:
    r, p = c.r, c.pt("nz", 18, 52, sex="male", unit=0.3)
    p.region = ""
    nhi = c.nhi()
    p.ids.append(("NHI", "https://standards.digital.health.nz/ns/nhi-id", nhi))
    gp, partner = c.staff("nz"), c.first("nz", "female")
    inj = c.day(-20, -10)
    b = NoteBuilder().t("e-Referral: Orthopaedics\nNHI: ").p("ID", nhi).t("   ACC45 claim: ").p("ID", f"{r.choice('ABCDEFGH')}{r.choice('KLMNPQ')}{c.digits(5)}")
    b.t("\nPatient: ").p("NAME", f"{p.first} {p.last}").t("  DOB ").p("DATE", _fd(p.dob, r.choice(["dmY", "dot_short"])))
    b.t("  ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(" ").p("ZIP", p.postcode).t("\nMob ").p("PHONE", p.phone)
    b.t("\nReferring GP: Dr ").p("NAME", f"{gp[0]} {gp[1]}").t(", Te Awa Health Centre, ph ").p("PHONE", c.phone("nz", "land"))
    b.t("\nDate of injury: ").p("DATE", _fd(inj, "dmY")).t(" - twisting injury at rugby. Locking x3 since.\n")
    b.t("Exam: moderate effusion, medial joint-line tenderness, positive ").c("McMurray").t(", stable ").c("Lachman").t(".\n")
    b.t("XR: no fracture. Please assess for MRI/arthroscopy.\nMeds: ").c("ibuprofen 400 mg TDS").t(", ")
    b.c("paracetamol 1 g QID PRN").t(". Whanau support: partner ").p("NAME", partner).t(". Priority: semi-urgent.\n")
    return b.build(p.fhir())


def _nz_medical_discharge(c: _Ctx) -> Note:
    p = c.pt("nz", 40, 78, unit=0.4)
    p.region = ""
    nhi, cons, ho = c.nhi(), c.staff("nz"), c.staff("nz")
    dau = c.first("nz", "female")
    adm = c.day(-5, -3)
    b = NoteBuilder().t("Discharge Summary - General Medicine\n").p("NAME", f"{p.last.upper()}, {p.first}").t("   NHI ")
    b.p("ID", nhi).t("\n").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town).t(", ").p("ZIP", p.postcode).t("   ph ")
    b.p("PHONE", p.phone).t("\nAdmitted ").p("DATE", _fd(adm, "dot_short")).t("  Discharged ").p("DATE", _fd(c.base, "dot_short"))
    b.t("\nConsultant: Dr ").p("NAME", f"{cons[0][0]}. {cons[1]}").t("\nDiagnoses: 1. Acute gout R first MTP and L knee. ")
    b.t("2. Cellulitis L leg. 3. T2DM (").c("HbA1c 78 mmol/mol").t(").\nUrate ").c("0.62 mmol/L").t(", ").c("CRP 148")
    b.t(", ").c("eGFR 54").t(". Treated with ").c("prednisone 40 mg daily").t(" x ").c("5 days").t(" and ")
    b.c("flucloxacillin 1 g QID").t(".\nStart ").c("allopurinol 100 mg daily").t(" once settled, titrate monthly to urate < ")
    b.c("0.36").t(" with ").c("colchicine 0.5 mg BD").t(" cover.\nDaughter ").p("NAME", dau).t(" will collect scripts. ")
    b.t("GP bloods in ").c("4 weeks").t(".\nHouse officer: ").p("NAME", f"{ho[0]} {ho[1]}").t("\n")
    return b.build(p.fhir())


def _ie_injury_unit(c: _Ctx) -> Note:
    r, p = c.r, c.pt("ie", 24, 80, sex="male", unit=0.2)
    p.phone = c.phone("ie", "mob")
    gp, anp = c.last("ie"), c.staff("ie")
    gp_town, _, _ = c.place("ie")
    b = NoteBuilder().t("Local Injury Unit - Discharge Note\nMRN: ").p("ID", p.mrn).t("   Medical card no.: ")
    b.p("ID", f"{c.digits(6)}{r.choice('ABCDFKMT')}").t("\nName: ").p("NAME", f"{p.first} {p.last}").t("   DOB: ")
    b.p("DATE", _fd(p.dob, "dmY")).t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town)
    b.t(f", {p.region}, ").p("ZIP", p.postcode).t("\nMobile: ").p("PHONE", p.phone).t("\nAttended ")
    b.p("DATE", _fd(c.base, "dmY")).t(" 11:05. ").c("4 cm").t(" laceration L shin from a farm gate. Cleaned, ")
    b.c("5 x 4-0 Ethilon").t(" sutures. Tetanus booster (").c("Boostrix").t(").\nROS ").c("10/7").t(" with the practice nurse at Dr ")
    b.p("NAME", gp).t("'s surgery in ").p("ADDRESS", gp_town).t(". PPSN ").p("ID", c.ppsn()).t(" recorded for GMS.\n")
    b.t("RANP ").p("NAME", f"{anp[0]} {anp[1]}").t("\n")
    return b.build(p.fhir())


def _ie_diabetes_letter(c: _Ctx) -> Note:
    r, p = c.r, c.pt("ie", 45, 75, sex="male", email=True)
    gp, cons = c.last("ie"), c.staff("ie")
    b = NoteBuilder().t("Diabetes Day Centre - Outpatient Letter\nDictated ").p("DATE", _fd(c.base, "d_Month_Y"))
    b.t(", typed ").p("DATE", _fd(c.day(3, 6), "ord_of")).t("\n\nDear Dr ").p("NAME", gp).t(",\nRe: ")
    b.p("NAME", f"{p.first} {p.last}").t(", ").p("DATE", _fd(p.dob, "dot")).t(", ").p("ADDRESS", p.street).t(", ")
    b.p("ADDRESS", p.town).t(f", {p.region} ").p("ZIP", p.postcode).t("  MRN ").p("ID", p.mrn).t("\n\n")
    b.t("I reviewed ").p("NAME", p.first).t(" today. ").c("HbA1c 71 mmol/mol").t(", previously ").c("64").t(" in ")
    b.p("DATE", _fd(c.day(-200, -150), "Month_Y")).t(". ").c("Weight 96 kg").t(", ").c("BMI 33").t(", ").c("BP 138/82")
    b.t(", ").c("eGFR 58").t(", ").c("uACR 12 mg/mmol").t(".\nPlan: add ").c("semaglutide (Ozempic) 0.25 mg weekly")
    b.t(" x ").c("4/52").t(" then ").c("0.5 mg").t("; continue ").c("metformin 1 g BD").t("; stop ").c("gliclazide 80 mg")
    b.t(". RetinaScreen due. He can send readings to ").p("EMAIL", f"diabetesdaycentre{r.randint(1, 9)}@hse.ie")
    b.t("; appointment notices to ").p("EMAIL", p.email).t(".\nReview ").c("4/12").t(".\n\nYours sincerely,\nDr ")
    b.p("NAME", f"{cons[0]} {cons[1]}").t(", Consultant Endocrinologist\n")
    return b.build(p.fhir())


def _in_ptca_discharge(c: _Ctx) -> Note:
    r, p = c.r, c.pt("in", 42, 78, sex="male")
    cardio, son = c.last("in"), c.first("in", "male")
    doa = c.day(-5, -4)
    b = NoteBuilder().t("DISCHARGE SUMMARY - Department of Cardiology\nIP No: ").p("ID", f"IP{c.base.year % 100}{c.digits(6)}")
    b.t("   MR No: ").p("ID", p.mrn).t("\nName: Mr. ").p("NAME", f"{p.first} {p.last}").t(f"   Age/Sex: {p.age}/M\n")
    b.t("Aadhaar: XXXX XXXX ").p("ID", c.digits(4)).t("\nAddress: ").p("ADDRESS", p.street).t(", ").p("ADDRESS", p.town)
    b.t(" - ").p("ZIP", p.postcode).t(f", {p.region}\nMobile: ").p("PHONE", p.phone).t("\nDOA: ").p("DATE", _fd(doa, "dash_dmy"))
    b.t("  DOD: ").p("DATE", _fd(c.base, "dash_dmy")).t("\nDiagnosis: acute inferior wall MI, ").c("Killip I")
    b.t("; CAG: SVD, ").c("95% RCA").t("; PTCA + DES to RCA on ").p("DATE", _fd(doa, "dmY")).t(".\nEcho: ")
    b.c("LVEF 45%").t(", inferior hypokinesia.\nAdvice: ").c("aspirin 75 mg OD").t(", ").c("ticagrelor 90 mg BD").t(", ")
    b.c("atorvastatin 80 mg HS").t(", ").c("metoprolol 25 mg BD").t(", ").c("pantoprazole 40 mg OD").t(".\nReview in OPD ")
    b.t("after 1 week with Dr. ").p("NAME", cardio).t("; reports at ").p("URL", f"http://reports.{r.choice(['carehosp', 'lifelinemed', 'sunrisehospital'])}.in/r/{c.token(10)}")
    b.t("\nAttendant: son ").p("NAME", f"{son} {p.last}").t(", ").p("PHONE", c.phone("in")).t("\n")
    return b.build(p.fhir())


def _ems_handover(c: _Ctx) -> Note:
    r = c.r
    loc = r.choice(["us", "uk", "au"])
    p = c.pt(loc, 58, 88, unit=0.3)
    nb, rn, k1, k2 = c.full(loc), c.staff(loc), c.staff(loc), c.staff(loc)
    us = loc == "us"
    case = {"us": "Incident #", "uk": "CAD No.", "au": "Case No."}[loc]
    b = NoteBuilder().t("PATIENT CARE REPORT - ambulance to ED handover\n").t(case + " ").p("ID", c.digits(8))
    b.t("   Date: ").p("DATE", _fd(c.base, "mdY" if us else "dmY")).t("\nPickup: ").p("ADDRESS", p.street).t(", ")
    b.p("ADDRESS", p.town).t(f" {p.region} " if p.region else " ").p("ZIP", p.postcode).t(" (residence)\nPt: ")
    b.p("NAME", f"{p.first} {p.last}").t(f", {p.age}, DOB ").p("DATE", _fd(p.dob, "mdY" if us else "dmY"))
    b.t("\nFound drowsy on kitchen floor by " + ("neighbor " if us else "neighbour ")).p("NAME", nb).t(" (").p("PHONE", c.phone(loc))
    b.t(f") who called {'911' if us else '999' if loc == 'uk' else '000'}. Insulin-treated T2DM.\nOn arrival: ")
    b.c("GCS 11").t(", ").c("BGL 38 mg/dL" if us else "BGL 2.1 mmol/L").t(", ").c("HR 96").t(", ")
    b.c("BP 158/84").t(", ").c("SpO2 97% RA").t(".\nTx: ").c("glucagon 1 mg IM").t(" then ")
    b.c("D10 150 mL IV" if us else "glucose 10% 150 mL IV").t("; repeat ").c("BGL 7.4" if not us else "BGL 134").t(", ")
    b.c("GCS 15").t(". Took usual ").c("insulin glargine 30 units").t(" but skipped dinner.\nHandover to ")
    b.p("NAME", f"{rn[0]} {rn[1]}").t(", RN at " + c.hm() + ". Crew: ").p("NAME", f"{k1[0][0]}{k1[1][0]}").t(" / ")
    b.p("NAME", f"{k2[0][0]}. {k2[1]}").t("\n")
    return b.build(p.fhir())


TEMPLATES: list[Callable[[_Ctx], Note]] = [
    _us_ed_triage, _uk_hasu_discharge, _us_micu_progress, _ca_home_care, _us_dka_hp,
    _uk_night_handover, _us_chf_discharge, _au_ed_discharge, _us_rt_copd, _scot_ooh,
    _us_palliative, _nz_gp_referral, _us_social_work, _uk_frailty_clinic, _us_pt_eval,
    _ie_injury_unit, _us_med_history, _uk_dn_referral, _us_ct_head, _au_racf_transfer,
    _us_surg_path, _wales_ot_visit, _us_tel_refill, _in_ptca_discharge, _us_portal_msg,
    _uk_antenatal_booking, _us_stroke_code, _ca_bc_pharmacist, _us_psych_consult,
    _nz_medical_discharge, _us_wound_care, _uk_crisis_visit, _us_prior_auth, _ie_diabetes_letter,
    _us_telehealth, _ni_ed_letter, _us_transfusion, _au_physio_acl, _us_roi_log,
    _ems_handover, _us_device_clinic, _us_fall_event, _us_egd, _us_access_review,
]  # fmt: skip


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order; deterministic (fixed seeds)."""
    return [TEMPLATES[i % len(TEMPLATES)](_Ctx(_SEED + 7919 * i)) for i in range(n)]
