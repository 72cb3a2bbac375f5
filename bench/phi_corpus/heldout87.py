"""HELD-OUT v87 PHI corpus: written independently, before any round-87 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit tests, ``dev.py``
and the bodies of every other corpus file not read; only the builder API (``bench/phi_corpus/builder.py``),
``bench/scrubber.py`` and the module docstrings (the top docstring only) of heldout84 / heldout85 / heldout86 were
read, to follow their labelling conventions and to avoid their templates and phrasing, plus the code below
heldout86's docstring for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and
the shape of ``TEMPLATES``, not its template texts; ``_clean`` is copied from it); the other held-out corpora being
written at the same time were not read; ruff check (not ruff format) was run on this file; the scrubber was never
run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any
of its output looked at). Like v14-v86 it aims at the MAINSTREAM of English-language hospital and clinical text with
ordinary PHI density; it is modelled on GASTROENTEROLOGY, HEPATOLOGY AND CLINICAL NUTRITION: endoscopy and
colonoscopy reports, bowel-cancer screening letters, IBD clinic and biologic infusion records, liver clinic and
transplant assessment letters, hepatitis treatment reviews, dietitian and nutrition support team notes, PEG and
home parenteral nutrition records, coeliac and FODMAP clinic letters, capsule endoscopy reports and GI bleed
handovers - in England (9), Scotland (3), Wales (2), Northern Ireland (2), the United States (9, Wisconsin),
Australia (4), Canada (4: Ontario, British Columbia, Nova Scotia / New Brunswick / PEI, Quebec), Ireland (3), New
Zealand (3), India (2: Chennai, Lucknow), South Africa (2: Cape Town), Hong Kong (1) and Nigeria (1: Ibadan).

Templates, cycled in order (see ``TEMPLATES``). England: a bowel screening colonoscopy report ("LAST, First",
spaced NHS number, "D.O.B. dd/mm/yyyy", "dd Mon yyyy" procedure date, endoscopist and nurse by full name, a mobile,
the first name; FIT, sedation doses, BBPS, withdrawal time and polyps clinical); a lower-case upper GI bleed
handover ("first last" with "nnm / nnf" age (>= 90 labelled), hospital number, "d/m" onset, "dr last", the son's
lower-case first name with a mobile; Hb, urea, GBS, Rockall, transfusion and PPI clinical); an IBD biologic
infusion record (dotted "Label ......" form, "First LAST", unspaced NHS, "dd.mm.yyyy" DOB, "d Month yyyy" next
dose, "F. Last, IBD CNS"; infliximab dose, obs, trough level, HBI, calprotectin clinical); a hepatology clinic
letter ("dd/mm/yy" dictated / typed dates, "Dr F. Last" GP with the town (ADDRESS), "Re: First Last, d.o.b. d Month
yyyy", street, town and postcode; stiffness, CAP, ELF, ALT, platelets, HbA1c, plan clinical); an inpatient
dietetic assessment with refeeding risk ("dd-Mon-yy", "LAST, First (nn)" (>= 90 labelled), an H-number, the
daughter by full name, "dd/mm" review, a 4-digit bleep); a community PEG review (street, town, postcode, "dth
Month yyyy" placement, the wife or husband by full name with a landline, "d Month" next visit); a coeliac clinic
letter to the patient (first name salutation, weekday outside, "d Month" visit, the patient's personal e-mail,
"Dr Last (GP)", spaced NHS); a small bowel capsule report ("FIRST LAST", MRN, "dd-MON-yyyy" DOB, "dd/mm/yyyy"
ingestion with the time outside, "Dr F Last" referrer); an HCV outreach review (keyworker first name, a mobile,
"d Mon" dates, a peer worker by full name). Scotland: an OGD report (separate "Surname:" (capitals) and
"Forename:" fields, two NAME spans; CHI from DOB and sex); a home parenteral nutrition monthly review (CHI spaced
6-4, street, town, postcode, a 5-digit extension); a low FODMAP letter to the GP ("Dear Dr Last", "(dd/mm/yy, CHI
...)" and the town). Wales: a bilingual bowel screening appointment letter (address block, "Rhif GIG / NHS
Number", "Dyddiad geni", "Title Last", weekday outside, a landline); an IBD advice line triage ("d/m/yyyy" DOB,
time outside). Northern Ireland: a liver transplant assessment summary (H&C spaced, "Month yyyy" abstinence date,
the sister by full name, MDT "dd/mm/yy"); an ERCP report ("age nn" (>= 90 labelled), "H+C" number). United States:
a colonoscopy procedure note ("Last, First", ", MD" / ", CRNA" outside); a transplant social work evaluation
("Month d, yyyy", "m/d/yyyy" DOB, SSN, street with "Apt n", city, "WI" unlabelled, ZIP, the partner with a cell,
"m/d" PEth date); a specialty pharmacy HCV prior authorization ("LAST, First", member ID, "mm/dd/yy" DOB,
prescriber NPI (Luhn), "Mon d, yyyy" and "Month d" dates, ", PharmD"); a parenteral nutrition order (age
(>= 90 labelled), macronutrient and electrolyte doses clinical); a lower-case GI fellow sign-out (three unrelated
patients as "last, first" (one NAME span) with MRNs, "dr last" with a pager); a biologic denial appeal letter
(member ID, "Month yyyy" diagnosis, NPI, fax); an EUS-FNB cytopathology report (accession number as ID); a patient
portal message (MRN, a time outside, "Month d" EGD date, the IP address it was sent from (IP)); a goals-of-care
PEG discussion ("nn-year-old" (>= 90 labelled), the daughter / HCPOA with the city she lives in, street, city and
ZIP). Australia: an NBCSP follow-up (Medicare with check digit and IRN, state unlabelled, postcode), an HBV liver
clinic note (UR, "d/m/yyyy"), an ISBAR bleed referral (NOK first name), a home enteral nutrition NDIS report (NDIS
number as ID, a dietitian's work e-mail). Canada: a ColonCancerCheck report (OHIP Luhn with version code, ISO
dates), a vedolizumab infusion record (BC PHN mod 11 spaced 4-3-3), a transplant programme letter (Maritime
address, "Mon d, yyyy" DOB), a bilingual Quebec nutrition note (RAMQ from the name, DOB and sex; "Âge: nn" (>= 90
labelled)). Ireland: an HCV treatment initiation form (PPSN as SSN, Eircode as ZIP, "CNM" and "(SpR)" outside), a
gastroscopy letter ("dth of Month", the town the patient farms near, "Is mise le meas"), a paediatric coeliac
review (mam's first name). New Zealand: an HPN transfer e-mail (NHI old format with check digit, whānau by full
name), a bowel screening navigator log (landline, navigator first name), an HCC surveillance note. India: a
Chennai discharge summary ("Age/Sex: nn/M" unlabelled, UHID "MR/yy/nnnnnn", Aadhaar (Verhoeff) spaced 4-4-4,
"No. n, Road" line, city and PIN, "dd-mm-yyyy" DOA / DOD, ", DM (Gastro)" outside); a Lucknow ward note ("Mr/Mrs"
outside "FIRST LAST", IP number, the son's first name and mobile, "(SR)" outside). South Africa: a GIT clinic note
("yyyy/mm/dd", "Surname:" / "First names:" fields, SA ID (Luhn), folder number, township and postcode); a severe
acute malnutrition dietetics note (a toddler, the mother with a cell). Hong Kong: a capsule report ("SURNAME Given
Name" one NAME span, HKID with check digit and bracketed check character, an 8-digit phone). Nigeria: an IBD
clinic note (hospital number "UCH/nnnnnn", NIN (11 digits, format only), the brother as NOK with "(brother)"
outside and a "+234" phone).

Names: curated groups per region (Yorkshire English, British Pakistani and British Nigerian; Highland / west of
Scotland; Welsh; Northern Irish; US upper-Midwest German / Scandinavian / Polish, Puerto Rican and Vietnamese
American; Anglo and Greek Australian; Maritime Anglo / Acadian and Punjabi Canadian; Irish (fadas); Pākehā and
Māori; Tamil and Hindi-belt Indian; Xhosa and Cape Malay; Cantonese; Yoruba / Igbo), about one in five (in the
first group of each region that has a Faker locale) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ /
en_IN / en_NG re-seeded per note. Word-like, eponymous and brand names are never drawn (``BAD_NAMES``: common nouns,
colours, trades, virtues, months - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown - and the
eponyms, scores and brands of gastroenterology, hepatology and nutrition: Crohn, Barrett, Whipple, Wilson,
Mallory, Weiss, Child, Pugh, Forrest, Rockall, Blatchford, Glasgow, Truelove, Witts, Harvey, Bradshaw, Mayo,
Maddrey, Gilbert, Budd, Chiari, Lynch, Savary, Zenker, Dieulafoy, Ogilvie, Sengstaken, Olympus, Pentax, Fortisip,
Humira, Entyvio, Stelara, Epclusa, Maviret, Hickman, Kabiven ...); no initials spell a clinical abbreviation
(``BAD_INITS``); relatives keep the family surname; a note never reuses a first or last name for unrelated people
(a note in which a labelled PHI string - or a word of a labelled name - also occurs unlabelled, word-bounded and
ignoring case, is redrawn from the next fixed seed, up to 60 times).

Conventions (as heldout84 - heldout86): titles, roles, relationships and credentials ("Dr", "Dr.", "dr", "Mr",
"Ms", "Mr/Mrs", "CNM", "son", "daughter/HCPOA", "partner", "sister", "mam", "(SpR)", "(SR)", "(GP)", "(brother)",
"(Consultant)", "(Dietitian)", ", MD", ", MD, AGAF", ", CRNA", ", LCSW", ", PharmD", ", RD", ", RD, CNSC", ",
RDN", ", RN", " APD", ", Dt.P.", ", FRCPC", " MD FRCPI", ", DM (Gastro)", ", IBD CNS", ", Nutrition Nurse",
"(SSP accredited)" and the like) are outside NAME spans; "LAST, First", "last, first" and "SURNAME Given Name" are
one NAME span; separate surname / forename fields are two. A street line, a town, city, suburb or township where a
person lives (also the GP practice town and the town a relative lives in) is ADDRESS; states and provinces (WI,
VIC, QLD, NSW, NS, NB, BC, ON, PE) are not PHI; UK postcodes, US ZIP codes, Canadian postal codes, Eircodes, AU /
NZ / SA postcodes, Indian PIN codes and Nigerian postcodes are ZIP. DATE: anything more specific than a year
(every format listed above); weekdays and times of day stay outside; years alone, durations ("8/52", "6/12", "x 12
weeks") and ages under 90 are never labelled. AGE: ages >= 90 only, number part only. PHONE: mobiles, landlines,
faxes, 4-digit bleeps and pagers and 5-digit extensions, with the country code and area-code brackets inside.
SSN: a US SSN and an Irish PPSN. ID: NHS (mod 11), CHI, H&C (mod 11), hospital / MRN / UR / chart / folder / UHID /
IP / accession numbers, NPI (Luhn), insurer member IDs, AU Medicare (check digit), NDIS number, OHIP (Luhn, version
code inside), BC PHN (mod 11), RAMQ, NZ NHI (check digit), Aadhaar (Verhoeff), SA ID (Luhn), HKID (check
character) and the Nigerian NIN. EMAIL: a patient's personal address and a dietitian's work address. IP: the
address a portal message was sent from. Not PHI: hospital, ward, unit, clinic, programme and scheme names, drug
and feed brands, scores and classifications. Endoscopic findings, polyps and interventions, sedation and drug
doses, lab values, stiffness and scores (BBPS, GBS, Rockall, HBI, SCCAI, Mayo, MELD, UKELD, Child-Pugh, SES-CD,
MUST, IBS-SSS), feed and PN regimens, anthropometry and diagnoses are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 87_000_003 + i * 7919 + attempt *
104_729, so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date: notes
dated May 2024 to October 2025). Run it only for final figures: its misses and lost clinical values are not to be
inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    "yks": ("Graham Clive Barry Martin Roger Howard Colin Russell Adrian Malcolm",
            "Sheila Wendy Lynne Carol Alison Joanne Hazel Gaynor Yvette Marion",
            ("Ackroyd Brearley Holroyd Sugden Crowther Boothroyd Haigh Dransfield Hebblethwaite Oldroyd Firth "
             "Hinchliffe Learoyd Ibbotson Hepworth Stansfield Wadsworth")),
    "bpk": ("Imran Tariq Asif Zubair Khalid Naveed Shahid Faisal",
            "Nabila Samina Rubina Shazia Farzana Nusrat Saima Uzma",
            "Akhtar Iqbal Mahmood Qureshi Siddiqui Chaudhry Mirza Bashir Javed"),
    "nga": ("Olumide Babatunde Chukwuemeka Adebayo Oluwaseun Obinna Tunde",
            "Folasade Ngozi Funmilayo Chiamaka Adaeze Yetunde Nkechi",
            "Adeyemi Okonkwo Oyelaran Adebisi Nwachukwu Olaniyan Okafor Adewale Ogunleye"),
    "sco": ("Torquil Calum Ewan Innes Kenneth Gregor Roddy Lachie Angus",
            "Morven Kirsteen Iona Mairi Seona Marsaili Ishbel Kirsty",
            "MacAskill Macaulay Matheson MacIver Morrison Nicolson Gillies MacInnes Munro Sutherland Mackay"),
    "wal": ("Aneurin Bryn Cai Dewi Emlyn Goronwy Ieuan Llyr Tudur",
            "Awen Carys Eluned Ffion Heulwen Lowri Mair Menna Gwawr",
            "Jenkins Lloyd Parry Morgan Beynon Hopkin Jarman Probert Rees Gwyther"),
    "nir": ("Colm Eunan Fearghal Kieran Malachy Trevor Aidan",
            "Ciara Dearbhla Maeve Nuala Sinead Yvonne Clare",
            "McCann McGrath Toner Loughran Cassidy McAteer Corr Rafferty Cunningham Kerr"),
    "usm": ("Duane Gary Lyle Arlen Darrel Kurt Floyd Vernon",
            "Arlene Bonnie Donna Marlys Jolene Doreen Lois Darla",
            "Schmitz Kowalski Lindquist Hoffmann Brandt Schroeder Mueller Ostrowski Jorgensen Halvorsen"),
    "usp": ("Luis Hector Wilfredo Edwin Reinaldo Orlando",
            "Migdalia Carmen Nilda Zoraida Ivelisse Marisol",
            "Rivera Santiago Ortiz Velazquez Figueroa Quinones Maldonado Acevedo"),
    "usv": ("Tuan Minh Quang Hieu Khanh Thanh",
            "Thuy Huong Hanh Ngoc Trinh Phuong",
            "Nguyen Tran Pham Huynh Truong Phan Bui"),
    "aus": ("Brett Rodney Warren Troy Jason Garry Darryl",
            "Tracey Kerryn Debbie Narelle Jacinta Melinda Kylie",
            "Hollis Brereton Kingsford Tolhurst Fenwick McGuire Ashby Denholm Pollard"),
    "aug": ("Dimitrios Konstantinos Georgios Nikolaos Spiros Christos",
            "Eleni Vasiliki Despina Panagiota Sofia Georgia",
            "Papadopoulos Karagiannis Georgiou Christodoulou Kontos Manolis Vlahos"),
    "can": ("Murray Brent Garnet Randy Clifford Gerald",
            "Cheryl Colleen Sherry Noreen Darlene Wanda",
            "MacDougall LeBlanc Doucette Comeau MacKinnon Chisholm Boudreau Arsenault"),
    "cap": ("Harjit Gurpreet Jaswinder Manpreet Sukhdev Ranjit",
            "Harpreet Amandeep Rajwinder Kulwinder Baljit Navneet",
            "Sandhu Dhillon Grewal Sidhu Brar Johal Bains"),
    "iri": ("Brendan Gearóid Oisín Senan Noel Fionn Ruairí",
            "Máire Síle Orlaith Aisling Ailbhe Bríd Éabha",
            "Fitzpatrick Geraghty Brennan Nolan Dunne Kinsella Tierney Mulcahy Kavanagh"),
    "pak": ("Blair Hayden Russell Nigel Kerry Brendon",
            "Janine Leonie Adrienne Coralie Vivienne Raylene",
            "Drummond Ashcroft Morrow Rutherford Gillanders Wallace Sinclair"),
    "mao": ("Tane Rewi Piripi Matiu Hone Wiremu",
            "Moana Huia Kiri Marama Pania Aroha",
            "Ruatapu Whaanga Tautahi Pomare Kingi Rapana Hetaraka"),
    "tam": ("Senthil Murugan Karthikeyan Saravanan Balaji Ramesh",
            "Kalaivani Meenakshi Selvi Revathi Vasanthi Lakshmi",
            "Subramanian Krishnamurthy Raghavan Venkatesan Ramaswamy Natarajan"),
    "hin": ("Amit Rakesh Vikas Sanjay Pankaj Alok",
            "Neha Pooja Anjali Kavita Rekha Shalini",
            "Sharma Verma Agarwal Tiwari Mishra Srivastava Saxena"),
    "xho": ("Lwazi Siyabonga Luthando Xolani Mzwandile Sizwe",
            "Nomsa Zintle Asanda Nosipho Ayanda Thandeka",
            "Ngxola Mabandla Qwabe Sotashe Mpofu Dyantyi Nqweniso"),
    "cpm": ("Ebrahim Moegamat Faizel Shafiek Ridwaan",
            "Fatima Shireen Gadija Rashieda Zulfa",
            "Isaacs Jacobs Davids Hendricks Arendse Abrahams Samsodien"),
    "hkg": ("Ka Wai/Chi Keung/Siu Ming/Wing Hong/Tsz Kin/Kwok Wah",
            "Mei Ling/Wai Man/Suk Yee/Lai Ping/Hoi Yan/Yuk Lan",
            "Chan Wong Leung Cheung Lau Tsang Yeung Kwok"),
}
REGION_GRPS = {"en": ["yks", "yks", "bpk", "nga"], "sc": ["sco"], "cy": ["wal"], "ni": ["nir"],
               "us": ["usm", "usm", "usp", "usv"], "au": ["aus", "aus", "aug"], "ca": ["can", "can", "cap"],
               "ie": ["iri"], "nz": ["pak", "pak", "mao"], "in": ["tam", "hin"], "za": ["xho", "cpm"],
               "hk": ["hkg"], "ng": ["nga"]}
LOCALE = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US", "au": "en_AU",
          "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN", "za": "en_GB", "hk": "en_GB", "ng": "en_NG"}
FAKER_REGIONS = {"en", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz", "in", "ng"}

# word-like names and the eponyms, scores, brands and devices of gastroenterology, hepatology and nutrition
_BAD_TXT = """
Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker Smith
Carter Cooper Butcher Fisher Hunter Page Price Rich Sharp Stone Wood Hill Field Marsh Lane Brook Banks Moss
Chamber Best Bright Good Noble Frank Guy Will Bill Mark Art Dawn April May June August Summer Winter Faith
Grace Joy Honey Holly Ivy Pearl Ruby Amber Crystal Sky Star King Knight Pope Dean Major Marshall Sterling
Crohn Barrett Whipple Wilson Hirschsprung Mallory Weiss Boerhaave Zollinger Ellison Child Pugh Forrest Rockall
Blatchford Glasgow Mayo Truelove Witts Harvey Bradshaw Rome Bristol Montreal Paris Vienna Baveno Milan Lille
Maddrey Gilbert Dubin Johnson Budd Chiari Meckel Peutz Jeghers Lynch Cowden Gardner Turcot Kasai Roux Billroth
Nissen Heller Savary Lugol Boston Zenker Schatzki Plummer Vinson Cameron Dieulafoy Menetrier Ogilvie Murphy
Courvoisier Charcot Reynolds Sengstaken Blakemore Linton Trousseau Virchow Lauren Haggitt Kikuchi Kudo
Spigelman Olympus Pentax Fuji Given Medtronic Ensure Fortisip Fresubin Nutricia Abbott Calogen Peptamen Humira
Remicade Entyvio Stelara Skyrizi Zeposia Rinvoq Harvoni Epclusa Maviret Vosevi Hartmann Pringle Glisson Oddi
Vater Treitz Calot Morison Cantlie Couinaud Kayser Fleischer Caroli Alagille Zieve Hamman Mirizzi Klatskin
Bismuth Strasberg Moviprep Plenvu Picolax Klean Mayne Adler Corlett Nottingham Manning Clarke Marsh Oberhuber
Shwachman Peyer Paneth Auerbach Meissner Kupffer Disse Mallory Councilman Brunner Lieberkuhn Cajal Gerota
Rigler Sister Joseph Grey Turner Cullen Fox Kehr Boas Rovsing Psoas Obturator Carnett Valsalva Nutriflex
Kabiven SMOFlipid Intralipid Omegaven Olimel Hickman Broviac Corflo Freka Bard Kangaroo Mic Cook Boston
Wallstent Sherlock Starzl Calne Williams Roberts Kings Banff Child Turcotte Sydney Tokyo Kyoto Atlanta Ranson
Glasgow Imrie Apache Marshall Balthazar Prague Los Angeles Lanza Kamada Eleftheriou Rutgeerts Mayo Lichtiger
Harvey Bradshaw Lennard Jones Vienna Paris Carlsson Fibroscan Echosens Hunt Rees Mitchell Morgan
"""
BAD_NAMES = set(_BAD_TXT.split())
BAD_INITS = {"AB", "AC", "AF", "AG", "AI", "AL", "AP", "BM", "BO", "CD", "CF", "CT", "DU", "EB", "ED", "EN", "ER",
             "GI", "GP", "GU", "HB", "HC", "HE", "HR", "IB", "IV", "LD", "LFT", "MR", "NG", "NJ", "OD", "OK", "PE",
             "PN", "PR", "PV", "RA", "RR", "SB", "TB", "TF", "UC", "US", "VE", "MD", "DR", "SR", "NP", "RN", "PA"}
_WORD = re.compile(r"[^\W\d_][\w'-]*")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The draw hit an unusable combination; the note is redrawn from the next seed."""


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


def fmt(d: date, k: str) -> str:
    mon = MONTHS[d.month - 1]
    nth = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}", "dmyy": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "d/m/y": f"{d.day}/{d.month}/{d.year}", "dM": f"{d.day} {mon}", "dMy": f"{d.day} {mon} {d.year}",
        "dMony": f"{d.day:02d} {mon[:3]} {d.year}", "dMon": f"{d.day} {mon[:3]}", "dm": f"{d.day:02d}/{d.month:02d}",
        "d/m": f"{d.day}/{d.month}", "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "m/d/y": f"{d.month}/{d.day}/{d.year}",
        "m/d": f"{d.month}/{d.day}", "mdyy": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}", "iso": d.isoformat(),
        "Mdy": f"{mon} {d.day}, {d.year}", "Mony": f"{mon[:3]} {d.day}, {d.year}", "My": f"{mon} {d.year}",
        "nth": f"{d.day}{nth} {mon} {d.year}", "nthM": f"{d.day}{nth} {mon}", "dMONy": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}", "dMon-yy": f"{d.day:02d}-{mon[:3]}-{d.year % 100:02d}",
        "Md": f"{mon} {d.day}", "ofM": f"{d.day}{nth} of {mon}",
    }[k]


@dataclass
class P:
    first: str
    last: str
    sex: str

    @property
    def fi(self) -> str:
        return self.first[0]


# ------------------------------------------------------------------------------------------- ids
def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, lead: str) -> str:
    while True:
        body = lead + _dig(r, 9 - len(lead))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return body + str(chk)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, r.choice(["4", "6"]))


def hc_no(r: random.Random) -> str:
    return _mod11(r, "3")


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        d = dob.strftime("%d%m%y") + _dig(r, 2)
        s = r.choice("13579" if sex == "m" else "02468")
        body = d + s
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return body + str(chk)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + _dig(r, 8)
    return body + _luhn_digit("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randrange(1, 899)
    a = a + 1 if a == 666 else a
    return f"{a:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"


def medicare_au(r: random.Random) -> str:
    body = str(r.randrange(2, 7)) + _dig(r, 7)
    chk = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return f"{body[:4]} {body[4:]}{chk} {r.randrange(1, 10)}"


def ohip_no(r: random.Random) -> str:
    body = _dig(r, 9)
    body = str(r.randrange(1, 10)) + body[1:]
    return body + _luhn_digit(body)


def ppsn(r: random.Random) -> str:
    while True:
        d = _dig(r, 7)
        tot = sum(int(c) * (8 - i) for i, c in enumerate(d))
        chk = "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]
        return d + chk


def nhi_no(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        ls = "".join(r.choice(letters) for _ in range(3))
        ds = _dig(r, 3)
        tot = sum((letters.index(ch) + 1) * (7 - i) for i, ch in enumerate(ls))
        tot += sum(int(ch) * (4 - i) for i, ch in enumerate(ds))
        chk = 11 - tot % 11
        if chk == 11:
            continue
        if chk == 10:
            chk = 0
        return ls + ds + str(chk)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    body = str(r.randrange(2, 10)) + _dig(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randrange(5000, 10000) if sex == "m" else r.randrange(0, 5000)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn_digit(body)


def hkid(r: random.Random) -> str:
    letter = r.choice("ACDEHKPRVYZ")
    digits = _dig(r, 6)
    tot = 9 * 36 + 8 * (ord(letter) - 55) + sum(int(c) * (7 - i) for i, c in enumerate(digits))
    chk = (11 - tot % 11) % 11
    return f"{letter}{digits}({'A' if chk == 10 else chk})"


def nin_ng(r: random.Random) -> str:
    return str(r.randrange(1, 10)) + _dig(r, 10)


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


_MARK = re.compile(r"«(\w+)\|(.*?)»|‹(.*?)›", re.DOTALL)


class C:
    """Per-note draw context: seeded random, Faker, name bookkeeping and a markup-aware builder."""

    def __init__(self, seed: int, region: str) -> None:
        self.r = random.Random(seed)
        self.region = region
        self.fk = Faker(LOCALE[region])
        self.fk.seed_instance(seed)
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.patient: dict[str, Any] = {}
        self.today = date(2024, 5, 1) + timedelta(days=self.r.randrange(540))

    # -- text
    def w(self, s: str) -> C:
        pos = 0
        for m in _MARK.finditer(s):
            if m.start() > pos:
                self.b.t(s[pos:m.start()])
            if m.group(1):
                self.b.p(m.group(1), m.group(2))
            else:
                self.b.c(m.group(3))
            pos = m.end()
        if pos < len(s):
            self.b.t(s[pos:])
        return self

    def build(self) -> Note:
        return self.b.build(self.patient)

    # -- random helpers
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def past(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.ri(lo, hi))

    def fut(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.ri(lo, hi))

    def dob(self, lo: int = 19, hi: int = 88) -> date:
        return self.today - timedelta(days=self.ri(lo * 365 + 10, hi * 365 + 300))

    @staticmethod
    def age(dob: date, on: date) -> int:
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))

    # -- names
    def _ok(self, *names: str) -> bool:
        for n in names:
            for w in re.split(r"[\s'-]+", n):
                if not w:
                    continue
                if w in BAD_NAMES or w.lower() in self.used or len(w) < 2:
                    return False
        return True

    def person(self, sex: str | None = None, grp: str | None = None, fam: P | None = None,
               faker: bool | None = None) -> P:
        sex = sex or self.ch("mf")
        grp = grp or self.ch(REGION_GRPS[self.region])
        if faker is None:
            faker = self.region in FAKER_REGIONS and self.r.random() < 0.2 and grp in REGION_GRPS[self.region][:1]
        for _ in range(40):
            if faker:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = fam.last if fam else self.fk.last_name()
                if not re.fullmatch(r"[A-Z][a-zA-Z'-]{2,}", first) or not re.fullmatch(r"[A-Z][a-zA-Z'-]{2,}", last):
                    continue
            else:
                m, f, s = (_split(x) for x in _G[grp])
                first = self.ch(m if sex == "m" else f)
                last = fam.last if fam else self.ch(s)
            if (first[0] + last[0]).upper() in BAD_INITS:
                continue
            if not self._ok(first) or (not fam and not self._ok(last)):
                continue
            for w in re.split(r"[\s'-]+", first + " " + last):
                if w:
                    self.used.add(w.lower())
            return P(first, last, sex)
        raise Redraw

    def N(self, p: P, form: str = "fl") -> str:
        """Markup for a name; titles and credentials are added by the caller outside."""
        f, last = p.first, p.last
        txt = {"fl": f"{f} {last}", "fL": f"{f} {last.upper()}", "FL": f"{f} {last}".upper(),
               "L,f": f"{last.upper()}, {f}", "l,f": f"{last}, {f}", "L": last, "f": f, "Fl": f"{f[0]}. {last}",
               "F l": f"{f[0]} {last}", "lc": f"{f} {last}".lower(), "lc,": f"{last}, {f}".lower(), "lcf": f.lower(), "lcl": last.lower(),
               "Lf": f"{last.upper()} {f}", "FFl": f"{f[0]}.{last}"}[form]
        return f"«NAME|{txt}»"

    def D(self, d: date, k: str) -> str:
        return f"«DATE|{fmt(d, k)}»"

    def X(self, kind: str, s: str) -> str:
        return f"«{kind}|{s}»"

    def age_txt(self, a: int) -> str:
        return f"«AGE|{a}»" if a >= 90 else str(a)


# ---------------------------------------------------------------------------------------- places
_PL: dict[str, list[tuple[str, str, str]]] = {
    # region -> (town, postcode / zip stem, phone stem)
    "en": [("Huddersfield", "HD1", "01484"), ("Halifax", "HX3", "01422"), ("Dewsbury", "WF13", "01924"),
           ("Keighley", "BD21", "01535"), ("Barnsley", "S70", "01226"), ("Wakefield", "WF1", "01924")],
    "sc": [("Inverness", "IV2", "01463"), ("Dingwall", "IV15", "01349"), ("Fort William", "PH33", "01397"),
           ("Paisley", "PA2", "0141"), ("Kilmarnock", "KA1", "01563")],
    "cy": [("Carmarthen", "SA31", "01267"), ("Llanelli", "SA15", "01554"), ("Aberystwyth", "SY23", "01970"),
           ("Caernarfon", "LL55", "01286")],
    "ni": [("Ballymena", "BT43", "028 25"), ("Coleraine", "BT52", "028 70"), ("Lisburn", "BT28", "028 92"),
           ("Craigavon", "BT65", "028 38")],
    "us": [("Milwaukee", "532", "414"), ("Green Bay", "543", "920"), ("Eau Claire", "547", "715"),
           ("Wausau", "544", "715"), ("Madison", "537", "608")],
    "au": [("Geelong", "3220", "03"), ("Ballarat", "3350", "03"), ("Townsville", "4810", "07"),
           ("Wollongong", "2500", "02"), ("Bendigo", "3550", "03")],
    "ca": [("Moncton", "E1C", "506"), ("Halifax", "B3H", "902"), ("Surrey", "V3T", "604"),
           ("Brampton", "L6T", "905"), ("Charlottetown", "C1A", "902")],
    "ie": [("Galway", "H91", "091"), ("Sligo", "F91", "071"), ("Castlebar", "F23", "094"),
           ("Ennis", "V95", "065"), ("Letterkenny", "F92", "074")],
    "nz": [("Hamilton", "3204", "07"), ("Rotorua", "3010", "07"), ("Whanganui", "4500", "06"),
           ("Dunedin", "9016", "03"), ("Nelson", "7010", "03")],
    "in": [("Chennai", "600040", "044"), ("Coimbatore", "641018", "0422"), ("Lucknow", "226010", "0522"),
           ("Noida", "201301", "0120")],
    "za": [("Khayelitsha", "7784", "021"), ("Mitchells Plain", "7785", "021"), ("Athlone", "7764", "021"),
           ("Gugulethu", "7750", "021")],
    "hk": [("Sha Tin", "", "852"), ("Tuen Mun", "", "852"), ("Kwun Tong", "", "852")],
    "ng": [("Ibadan", "200", "0"), ("Surulere", "101", "0"), ("Ikeja", "100", "0")],
}
_ST = {"en": ["Wakefield Road", "Manchester Road", "Leeds Road", "Skircoat Moor Road", "Bradford Road"],
       "sc": ["Culduthel Road", "Glenurquhart Road", "Academy Street", "Belmont Drive"],
       "cy": ["Heol Llanelli", "Stryd y Bont", "Penglais Road", "Lon Cae Ffynnon"],
       "ni": ["Galgorm Road", "Lodge Road", "Hillhall Road", "Gilford Road"],
       "us": ["N Oakland Ave", "W Lincoln Ave", "University Ave", "Williamson St", "S 27th St"],
       "au": ["Pakington Street", "Sturt Street", "Charters Towers Road", "Crown Street"],
       "ca": ["Mountain Road", "Quinpool Road", "King George Blvd", "Queen St E"],
       "ie": ["Bohermore", "Ballytivnan Road", "Mountain Road", "Clare Road"],
       "nz": ["Ulster Street", "Fenton Street", "Victoria Avenue", "Highgate"],
       "in": ["T.T.K. Road", "Avinashi Road", "Gomti Nagar Extension", "Sector 62"],
       "za": ["Lansdowne Road", "AZ Berman Drive", "Klipfontein Road", "NY 1"],
       "hk": ["Tai Wai Road", "Tuen Mun Heung Sze Wui Road", "Hoi Yuen Road"],
       "ng": ["Ring Road", "Adeniran Ogunsanya Street", "Obafemi Awolowo Way"]}


STATE = {"Geelong": "VIC", "Ballarat": "VIC", "Townsville": "QLD", "Wollongong": "NSW", "Bendigo": "VIC",
         "Moncton": "NB", "Halifax": "NS", "Surrey": "BC", "Brampton": "ON", "Charlottetown": "PE"}


def bc_phn(r: random.Random) -> str:
    while True:
        body = _dig(r, 8)
        chk = 11 - sum(int(ch) * w for ch, w in zip(body, (2, 4, 8, 5, 10, 9, 7, 3))) % 11
        if chk < 10:
            return "9" + body + str(chk)


def _postcode(c: C, stem: str) -> str:
    if c.region in ("en", "sc", "cy", "ni"):
        return f"{stem} {c.ri(1, 9)}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}"
    if c.region == "us":
        return stem + c.dig(2)
    if c.region == "ca":
        return f"{stem} {c.ri(1, 9)}{c.ch('ABCEGHJKLMNPRSTVWXYZ')}{c.ri(0, 9)}"
    if c.region == "ie":
        return f"{stem} {c.ch('ACDEFHKNPRTVWXY')}{c.ri(1, 9)}{c.ch('ACDEFHKNPRTVWXY')}{c.ri(1, 9)}"
    if c.region == "ng":
        return stem + c.dig(3)
    return stem


def addr(c: C) -> tuple[str, str, str, str]:
    """(street line, town, postal code, phone stem)."""
    town, stem, ph = c.ch(_PL[c.region])
    if c.region == "us":
        st = f"{c.ri(100, 9899)} {c.ch(_ST['us'])}" + c.ch(["", f" Apt {c.ri(1, 40)}"])
    elif c.region == "in":
        st = f"No. {c.ri(2, 88)}, {c.ch(_ST['in'])}"
    elif c.region == "hk":
        st = f"Flat {c.ch('ABCDEFGH')}, {c.ri(3, 38)}/F, Block {c.ri(1, 6)}, {c.ri(1, 120)} {c.ch(_ST['hk'])}"
    else:
        st = f"{c.ri(2, 188)} {c.ch(_ST[c.region])}"
    return st, town, _postcode(c, stem), ph


def phone(c: C, kind: str = "mob") -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if kind == "mob":
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)}{c.dig(6)}", f"+44 7{c.dig(3)} {c.dig(6)}"])
        _, _, _, st = addr(c)
        return f"{st} {c.dig(6)}" if len(st) == 5 else f"{st} {c.dig(4)}"
    if g in ("us", "ca"):
        a = c.ch(_PL[g])[2]
        return c.ch([f"({a}) {c.ri(201, 989)}-{c.dig(4)}", f"{a}-{c.ri(201, 989)}-{c.dig(4)}",
                     f"{a}.{c.ri(201, 989)}.{c.dig(4)}"])
    if g == "au":
        return f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}" if kind == "mob" else f"(03) {c.dig(4)} {c.dig(4)}"
    if g == "ie":
        return f"08{c.ch('3567')} {c.dig(3)} {c.dig(4)}" if kind == "mob" else f"(091) {c.dig(6)}"
    if g == "nz":
        return f"02{c.ch('17')} {c.dig(3)} {c.dig(4)}" if kind == "mob" else f"(07) {c.dig(3)} {c.dig(4)}"
    if g == "in":
        return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-8{c.dig(9)}"])
    if g == "za":
        return f"0{c.ch('678')}{c.dig(1)} {c.dig(3)} {c.dig(4)}" if kind == "mob" else f"021 {c.dig(3)} {c.dig(4)}"
    if g == "hk":
        return f"{c.ch('569')}{c.dig(3)} {c.dig(4)}"
    return f"+234 80{c.dig(1)} {c.dig(3)} {c.dig(4)}"


def mrn(c: C, pre: str = "") -> str:
    return pre + c.dig(c.ch([6, 7, 8]))


def cv(c: C, lo: float, hi: float, nd: int = 0) -> str:
    v = c.r.uniform(lo, hi)
    return f"{v:.{nd}f}"


# ------------------------------------------------------------------------------------- templates
def _pt(c: C, lo: int = 19, hi: int = 88, sex: str | None = None, ids: list[tuple[str, str]] | None = None,
        grp: str | None = None) -> tuple[P, date]:
    p = c.person(sex=sex, grp=grp)
    dob = c.dob(lo, hi)
    c.patient = _fhir(p, dob, ids or [])
    return p, dob


def en_colonoscopy(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 56, 74, ids=[("nhs", nhs)])
    endo, nurse = c.person(), c.person()
    d = c.past(1, 20)
    c.w(f"BOWEL CANCER SCREENING PROGRAMME - COLONOSCOPY REPORT\nPatient: {c.N(p, 'L,f')}   "
        f"NHS: {c.X('ID', sp334(nhs))}   D.O.B. {c.D(dob, 'dmy')}\nProcedure date: {c.D(d, 'dMony')}   "
        f"Endoscopist: {c.N(endo, 'fl')} (SSP accredited)   Nurse: {c.N(nurse, 'fl')}\n"
        f"Indication: ‹positive FIT {c.ri(120, 900)} ug Hb/g›\nSedation: ‹midazolam {c.ch(['1', '2', '2.5'])} mg›, "
        f"‹fentanyl {c.ch(['25', '50'])} mcg›  Bowel prep: ‹Plenvu›, BBPS ‹{c.ri(6, 9)}/9›\n"
        f"Extent: caecum, ‹TI intubated›, withdrawal ‹{c.ri(7, 14)} min›\n"
        f"Findings: ‹{c.ri(6, 18)} mm pedunculated polyp sigmoid (Paris 0-Ip)› - ‹hot snare›; "
        f"‹{c.ri(2, 5)} mm sessile polyp caecum› - ‹cold snare›\n"
        f"Plan: await histology; SSP to phone on {c.X('PHONE', phone(c))} - {c.N(p, 'f')} prefers afternoons.\n")
    return c.build()


def en_gi_bleed_handover(c: C) -> Note:
    p, dob = _pt(c, 45, 96)
    a = c.age(dob, c.today)
    h = mrn(c, c.ch(["RF", "K", ""]))
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    reg, son = c.person(), None
    son = c.person(sex="m", fam=p)
    c.w(f"ugib handover - med reg to night reg\nbed 14 {c.N(p, 'lc')} {c.age_txt(a)}{p.sex} hosp no {c.X('ID', h)}\n"
        f"- ‹haematemesis x2›, ‹melaena› since {c.D(c.past(1, 2), 'd/m')}\n- on ‹apixaban 5 mg bd› (held), "
        f"‹Hb {c.ri(62, 95)}› from ‹{c.ri(110, 140)}›, ‹urea {cv(c, 12, 28, 1)}›\n- ‹GBS {c.ri(8, 15)}›, "
        f"‹pre-endo Rockall {c.ri(3, 6)}›\n- ‹2 units RBC› given, ‹pantoprazole 80 mg IV› then infusion\n"
        f"- OGD booked am list with dr {c.N(reg, 'lcl')}\n- son {c.N(son, 'lcf')} aware, ring {c.X('PHONE', phone(c))} "
        f"if deteriorates\n")
    return c.build()


def en_ibd_infusion(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 18, 60, ids=[("nhs", nhs)])
    nurse = c.person()
    d = c.past(0, 3)
    nxt = d + timedelta(weeks=8)
    c.w(f"IBD Day Unit - Biologic Infusion Record\nName ........ {c.N(p, 'fL')}\nNHS number .. {c.X('ID', nhs)}\n"
        f"DOB ......... {c.D(dob, 'dmy.')}\nDate ........ {c.D(d, 'dmy')}\nDrug ........ ‹infliximab (CT-P13) "
        f"{c.ri(5, 10) * 50} mg IV› (‹5 mg/kg›, wt ‹{c.ri(52, 98)} kg›)\nPre-med ..... ‹chlorphenamine 10 mg IV›\n"
        f"Pre-obs ..... ‹BP {c.ri(100, 135)}/{c.ri(60, 85)}›  ‹HR {c.ri(58, 96)}›  ‹T {cv(c, 36.1, 37.2, 1)}›\n"
        f"Trough ...... ‹IFX level {cv(c, 1.2, 9.5, 1)} ug/mL›, ‹antibodies negative›\n"
        f"HBI ......... ‹{c.ri(0, 6)}›   ‹faecal calprotectin {c.ri(20, 600)}›\n"
        f"Next due .... {c.D(nxt, 'dMy')}\nGiven by .... {c.N(nurse, 'Fl')}, IBD CNS\n")
    return c.build()


def en_liver_letter(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 35, 80, ids=[("nhs", nhs)])
    gp, cons = c.person(), c.person()
    st, town, pc, _ = addr(c)
    c.w(f"Hepatology Outpatients\nDictated: {c.D(c.today, 'dmyy')}  Typed: {c.D(c.today + timedelta(days=3), 'dmyy')}\n\n"
        f"Dr {c.N(gp, 'Fl')}\n{c.X('ADDRESS', town)}\n\nRe: {c.N(p, 'fl')}, d.o.b. {c.D(dob, 'dMy')}, "
        f"{c.X('ID', sp334(nhs))}\n{c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', pc)}\n\n"
        f"Diagnosis: ‹MASLD with F3 fibrosis›\nLiver stiffness ‹{cv(c, 9.5, 14.8, 1)} kPa› (‹CAP {c.ri(290, 360)} dB/m›), "
        f"‹ELF {cv(c, 9.8, 11.2, 2)}›\n‹ALT {c.ri(40, 120)}›, ‹platelets {c.ri(140, 260)}›, ‹HbA1c {c.ri(48, 78)}›\n\n"
        f"I saw {c.N(p, 'f')} with {('his' if p.sex == 'm' else 'her')} wife today. We discussed ‹7-10% weight loss› "
        f"and I have suggested ‹semaglutide› via diabetes team. Surveillance ‹USS 6-monthly›.\n\n"
        f"{c.N(cons, 'fl')}\nConsultant Hepatologist\n")
    return c.build()


def en_dietitian(c: C) -> Note:
    p, dob = _pt(c, 60, 97)
    a = c.age(dob, c.today)
    h = mrn(c, "H")
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    dt = c.person()
    dau = c.person(sex="f", fam=p)
    c.w(f"DIETETIC ASSESSMENT (inpatient)  {c.D(c.today, 'dMon-yy')}\n{c.N(p, 'L,f')} ({c.age_txt(a)}) {c.X('ID', h)}\n"
        f"A: wt ‹{cv(c, 38, 55, 1)} kg›, ht ‹{c.ri(150, 172)} cm›, ‹BMI {cv(c, 15.5, 19.5, 1)}›, "
        f"‹MUST 3›, ‹{c.ri(6, 14)}% wt loss 3/12›\nB: ‹Na {c.ri(129, 140)}›, ‹K {cv(c, 3.1, 4.6, 1)}›, "
        f"‹PO4 {cv(c, 0.5, 0.9, 2)}›, ‹Mg {cv(c, 0.55, 0.8, 2)}›\nC: poor appetite, dentures loose\n"
        f"D: usually cooks with daughter {c.N(dau, 'fl')}\nE: ‹high risk refeeding› - start ‹10 kcal/kg/day›, "
        f"‹Pabrinex›, ‹thiamine 100 mg tds›\nPlan: ‹Fortisip Compact 2/day›, ‹food chart›; review {c.D(c.fut(2, 4), 'dm')}\n"
        f"{c.N(dt, 'fl')} RD, bleep {c.X('PHONE', c.dig(4))}\n")
    return c.build()


def en_peg_record(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, _dob = _pt(c, 40, 85, ids=[("nhs", nhs)])
    nn, wife = c.person(), c.person(sex="f" if p.sex == "m" else "m")
    d = c.past(20, 200)
    st, town, pc, _ = addr(c)
    c.w(f"Community Enteral Feeding Team - PEG review\nPatient: {c.N(p, 'fl')}  NHS No: {c.X('ID', nhs)}\n"
        f"Home: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)}, {c.X('ZIP', pc)}\n"
        f"Indication: ‹MND - bulbar onset›. PEG placed {c.D(d, 'nth')}, ‹15 Fr›, external fixator at ‹{c.ri(2, 4)} cm›\n"
        f"Stoma: ‹clean, no granulation›; advanced and rotated ‹OK›\nRegimen: ‹Nutrison Energy 1000 ml› at ‹{c.ri(75, 110)} "
        f"ml/h›, flushes ‹50 ml water qds›\nMain carer: {'wife' if wife.sex == 'f' else 'husband'} {c.N(wife, 'fl')} "
        f"(tel {c.X('PHONE', phone(c, 'land'))})\nNext visit {c.D(c.fut(20, 40), 'dM')}. {c.N(nn, 'Fl')}, Nutrition Nurse\n")
    return c.build()


def en_coeliac_letter(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, _dob = _pt(c, 18, 55, ids=[("nhs", nhs)])
    doc, gp = c.person(), c.person()
    em = f"{p.first.lower()}.{p.last.lower()}{c.ri(1, 99)}@{c.ch(['gmail.com', 'outlook.com', 'icloud.com'])}"
    c.w(f"Coeliac Clinic (dietitian-led)\n{c.D(c.today, 'dMy')}\n\nDear {c.N(p, 'f')},\n\nThank you for coming on "
        f"{c.ch(DAYS[:5])} {c.D(c.past(1, 9), 'dM')}. Your ‹tTG-IgA has fallen to {c.ri(3, 40)} U/mL› "
        f"(from ‹>{c.ri(120, 200)}› at diagnosis in {c.ri(2019, 2023)}) and ‹ferritin is {c.ri(18, 60)}›. "
        f"‹DEXA T-score -{cv(c, 0.5, 2.2, 1)} at L1-4›.\nPlease keep taking ‹calcium and vitamin D (Adcal-D3, two a day)›. "
        f"I have e-mailed the Coeliac UK app guide to {c.X('EMAIL', em)}.\n\nYours sincerely,\n{c.N(doc, 'fl')}\n"
        f"Specialist Gastroenterology Dietitian\ncc Dr {c.N(gp, 'L')} (GP)  NHS No {c.X('ID', sp334(nhs))}\n")
    return c.build()


def en_capsule(c: C) -> Note:
    p, dob = _pt(c, 30, 88)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    rd, ref = c.person(), c.person()
    d = c.past(3, 14)
    c.w(f"SMALL BOWEL CAPSULE ENDOSCOPY\n{c.N(p, 'FL')}\t\tMRN {c.X('ID', h)}\t\tDOB {c.D(dob, 'dMONy')}\n"
        f"Ingested {c.D(d, 'dmy')} 08:12   Referrer: Dr {c.N(ref, 'F l')}\nIndication: ‹IDA, negative bidirectional endoscopy›, "
        f"‹Hb {c.ri(75, 105)}›\nGastric transit ‹{c.ri(12, 60)} min›  SB transit ‹{c.ri(3, 6)} h {c.ri(0, 59)} min›  "
        f"‹complete study›\nFindings:\n  ‹{c.ri(2, 5)} angioectasias proximal jejunum› (‹Saurin P2›)\n"
        f"  ‹no blood›, ‹no stricture›\nConclusion: refer for ‹DBE + APC›; ‹ferric carboxymaltose 1000 mg›\n"
        f"Reported by {c.N(rd, 'fl')}, Clinical Nurse Endoscopist, {c.D(d + timedelta(days=2), 'dmyy')}\n")
    return c.build()


def en_hcv_review(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 25, 60, ids=[("nhs", nhs)])
    pw, kw = c.person(), c.person()
    c.w(f"HCV ODN treatment review (outreach, needle exchange)\nClient: {c.N(p, 'fl')}  DOB {c.D(dob, 'dmy')}  "
        f"NHS {c.X('ID', nhs)}\nGenotype ‹3a›, baseline ‹VL {c.ri(100, 9000)}k IU/mL›, ‹FibroScan {cv(c, 4, 11, 1)} kPa›\n"
        f"Regimen: ‹Epclusa 1 tab od x 12 weeks›, started {c.D(c.past(60, 90), 'dMon')}\nAdherence: ‹pill count 100%›; "
        f"on ‹methadone {c.ri(30, 90)} ml›\nSVR12 bloods due {c.D(c.fut(40, 80), 'dMon')}. Keyworker {c.N(kw, 'f')} "
        f"will text {c.X('PHONE', phone(c))}.\nPeer worker: {c.N(pw, 'fl')}\n")
    return c.build()


# ---------------------------------------------------------------------------------------- Scotland
def sc_ogd(c: C) -> Note:
    p, dob = _pt(c, 30, 85)
    chi = chi_no(c.r, dob, p.sex)
    c.patient["identifier"] = [{"system": "chi", "value": chi}]
    endo = c.person()
    d = c.past(0, 5)
    c.w(f"NHS Highland - Endoscopy Unit\nOGD REPORT   {c.D(d, 'dmy')}\nSurname: {c.N(p, 'L').upper()}\n")
    c.w(f"Forename: {c.N(p, 'f')}\nCHI: {c.X('ID', chi)}\nDOB: {c.D(dob, 'dmy')}\n"
        f"Indication: ‹dysphagia to solids›, ‹weight loss {c.ri(3, 9)} kg›\nFindings: ‹Barrett's C{c.ri(1, 5)}M{c.ri(3, 7)}›, "
        f"‹no nodule›; ‹Savary dilatation to 15 mm›\nBiopsies: ‹Seattle protocol x{c.ri(8, 16)}›\n"
        f"Plan: ‹omeprazole 40 mg bd›; repeat {c.D(c.fut(80, 120), 'My')}\nEndoscopist: Dr {c.N(endo, 'fl')}\n")
    return c.build()


def sc_hpn(c: C) -> Note:
    p, dob = _pt(c, 25, 75)
    chi = chi_no(c.r, dob, p.sex)
    c.patient["identifier"] = [{"system": "chi", "value": chi}]
    nn, ph = c.person(), c.person()
    st, town, pc, _ = addr(c)
    c.w(f"Home Parenteral Nutrition - monthly review ({c.D(c.today, 'dMy')})\n{c.N(p, 'fl')}, CHI {c.X('ID', chi[:6] + ' ' + chi[6:])}\n"
        f"{c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', pc)}\nDx: ‹type 2 intestinal failure›, ‹SBS {c.ri(60, 140)} cm›, "
        f"‹end jejunostomy›\nBags: ‹{c.ri(4, 7)} nights/wk›, ‹{c.ri(1800, 2800)} ml›, ‹{c.ri(900, 1600)} kcal›, "
        f"‹lipid 3x/wk›\nLine: ‹single lumen Hickman›, ‹taurolidine lock›\nBloods: ‹Cr {c.ri(55, 110)}›, ‹Na {c.ri(133, 141)}›, "
        f"‹Mg {cv(c, 0.6, 0.9, 2)}›, ‹ALP {c.ri(80, 240)}›\nHomecare delivery confirmed; pharmacist {c.N(ph, 'fl')}.\n"
        f"NST nurse: {c.N(nn, 'Fl')}, ext {c.X('PHONE', c.dig(5))}\n")
    return c.build()


def sc_fodmap(c: C) -> Note:
    p, dob = _pt(c, 19, 50)
    chi = chi_no(c.r, dob, p.sex)
    c.patient["identifier"] = [{"system": "chi", "value": chi}]
    dt, gp = c.person(), c.person()
    _, town, _, _ = addr(c)
    c.w(f"Dear Dr {c.N(gp, 'L')},\n\n{c.N(p, 'fl')} ({c.D(dob, 'dmyy')}, CHI {c.X('ID', chi)}) of {c.X('ADDRESS', town)} "
        f"attended the ‹low FODMAP› group on {c.D(c.past(10, 40), 'dM')} and review today.\n"
        f"‹IBS-SSS {c.ri(300, 420)} -> {c.ri(90, 200)}›. Reintroduction: ‹fructans - symptomatic›, ‹lactose tolerated›, "
        f"‹polyols tolerated›.\n‹Mebeverine 135 mg tds› may be stopped. ‹Peppermint oil› prn.\n"
        f"Discharged to your care.\n\nKind regards\n{c.N(dt, 'fl')}\nDietitian (Gastro)\n")
    return c.build()


# ------------------------------------------------------------------------------------------- Wales
def cy_screening_letter(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 51, 74, ids=[("nhs", nhs)])
    st, town, pc, _ = addr(c)
    ssp = c.person()
    appt = c.fut(7, 21)
    c.w(f"Sgrinio Coluddyn Cymru / Bowel Screening Wales\n{c.N(p, 'fl')}\n{c.X('ADDRESS', st)}\n{c.X('ADDRESS', town)}\n"
        f"{c.X('ZIP', pc)}\n\nRhif GIG / NHS Number: {c.X('ID', sp334(nhs))}\nDyddiad geni / Date of birth: {c.D(dob, 'dMy')}\n\n"
        f"Dear {c.ch(['Mr', 'Ms'] if p.sex == 'f' else ['Mr'])} {c.N(p, 'L')},\nYour home test kit result was "
        f"‹abnormal (FIT {c.ri(80, 400)} ug/g)›. An appointment with a Specialist Screening Practitioner, "
        f"{c.N(ssp, 'fl')}, has been arranged for {DAYS[appt.weekday()]} {c.D(appt, 'dMy')} at 10:30.\n"
        f"To change it phone {c.X('PHONE', phone(c, 'land'))}.\n")
    return c.build()


def cy_ibd_phone(c: C) -> Note:
    nhs = nhs_no(c.r)
    p, dob = _pt(c, 18, 70, ids=[("nhs", nhs)])
    cns = c.person()
    c.w(f"IBD advice line - telephone triage {c.D(c.today, 'dmy')} 14:20\n{c.N(p, 'fL')} ({c.X('ID', nhs)}) "
        f"d.o.b {c.D(dob, 'd/m/y')}\nKnown ‹UC (E2)›, on ‹mesalazine 4.8 g od›\nReports ‹{c.ri(5, 9)} stools/day›, "
        f"‹blood most›, ‹nocturnal x2›; ‹SCCAI {c.ri(6, 10)}›\nAdvised ‹prednisolone 40 mg od› reducing, bloods + "
        f"‹FCP› today; clinic {c.D(c.fut(5, 10), 'dMon')}\nCalled back on {c.X('PHONE', phone(c))}.  {c.N(cns, 'fl')}, IBD CNS\n")
    return c.build()


# ------------------------------------------------------------------------------------ Northern Ireland
def ni_transplant(c: C) -> Note:
    hc = hc_no(c.r)
    p, dob = _pt(c, 35, 68, ids=[("hc", hc)])
    cons, coord, sis = c.person(), c.person(), c.person(sex="f", fam=p)
    c.w(f"Liver Transplant Assessment - summary for referral\nPatient: {c.N(p, 'L,f')}   H&C: {c.X('ID', sp334(hc))}   "
        f"DOB: {c.D(dob, 'dmy')}\nAetiology: ‹ArLD›, abstinent since {c.D(c.past(400, 900), 'My')}\n"
        f"‹UKELD {c.ri(49, 58)}›, ‹MELD-Na {c.ri(16, 26)}›, ‹Child-Pugh C{c.ri(10, 12)}›\n‹bilirubin {c.ri(40, 110)}›, "
        f"‹INR {cv(c, 1.4, 2.1, 1)}›, ‹albumin {c.ri(24, 32)}›, ‹Na {c.ri(126, 136)}›\nRefractory ascites: "
        f"‹LVP {c.ri(2, 4)}-weekly›\nSupport: sister {c.N(sis, 'fl')}, mob {c.X('PHONE', phone(c))}\n"
        f"Discussed at MDT {c.D(c.past(1, 6), 'dmyy')}; to attend assessment {c.D(c.fut(14, 30), 'dM')}.\n"
        f"Consultant: Dr {c.N(cons, 'Fl')}  Coordinator: {c.N(coord, 'fl')}\n")
    return c.build()


def ni_ercp(c: C) -> Note:
    hc = hc_no(c.r)
    p, dob = _pt(c, 40, 95, ids=[("hc", hc)])
    a = c.age(dob, c.today)
    endo = c.person()
    c.w(f"ERCP  |  {c.D(c.today, 'dMony')}\n{c.N(p, 'fl')}  |  age {c.age_txt(a)}  |  H+C {c.X('ID', hc)}\n"
        f"Ind: ‹CBD stones {c.ri(8, 14)} mm› on MRCP\n‹Sphincterotomy›, ‹balloon trawl - stones cleared›, "
        f"‹10 Fr x 7 cm plastic stent›\nPost: ‹rectal diclofenac 100 mg›; ‹amylase at 4 h›\nEndoscopist: Dr {c.N(endo, 'fl')}\n")
    return c.build()


# -------------------------------------------------------------------------------------- United States
def us_colonoscopy(c: C) -> Note:
    p, dob = _pt(c, 45, 80)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    md, crna = c.person(), c.person()
    d = c.past(0, 3)
    c.w(f"PROCEDURE NOTE - COLONOSCOPY\nPatient: {c.N(p, 'l,f')}    MRN: {c.X('ID', h)}    DOB: {c.D(dob, 'mdy')}\n"
        f"Date of service: {c.D(d, 'mdy')}\nProceduralist: {c.N(md, 'fl')}, MD    Anesthesia: {c.N(crna, 'fl')}, CRNA\n"
        f"Indication: ‹screening, average risk›\nAnesthesia: ‹MAC with propofol {c.ri(150, 400)} mg total›\n"
        f"Prep: ‹BBPS {c.ri(7, 9)}›   Cecal intubation: ‹yes›   Withdrawal: ‹{c.ri(6, 12)} min›\n"
        f"Findings: ‹{c.ri(3, 9)} tubular adenomas, 4-8 mm›, removed with ‹cold snare›; ‹sigmoid diverticulosis›\n"
        f"Recommendation: repeat colonoscopy in ‹3 years› pending pathology.\n")
    return c.build()


def us_liver_transplant_eval(c: C) -> Note:
    ssn = ssn_no(c.r)
    p, dob = _pt(c, 35, 68, ids=[("ssn", ssn)])
    h = mrn(c)
    sw, caregiver = c.person(), c.person(sex="f" if p.sex == "m" else "m")
    st, town, zc, _ = addr(c)
    c.w(f"Transplant Social Work Evaluation   {c.D(c.today, 'Mdy')}\nCandidate: {c.N(p, 'fl')}  DOB {c.D(dob, 'm/d/y')}  "
        f"MRN {c.X('ID', h)}  SSN {c.X('SSN', ssn)}\nAddress: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)}, WI {c.X('ZIP', zc)}\n"
        f"Dx: ‹decompensated NASH cirrhosis›, ‹MELD 3.0 {c.ri(18, 29)}›\nPrimary caregiver: partner {c.N(caregiver, 'fl')}, "
        f"cell {c.X('PHONE', phone(c))}; backup caregiver identified.\nSubstance use: ‹AUDIT-C 0›; ‹PEth negative› "
        f"{c.D(c.past(10, 40), 'm/d')}.\nAssessment: ‹SIPAT {c.ri(10, 30)}› - acceptable psychosocial risk.\n"
        f"{c.N(sw, 'fl')}, LCSW\n")
    c.patient["identifier"].append({"system": "mrn", "value": h})
    return c.build()


def us_hcv_pharmacy(c: C) -> Note:
    p, dob = _pt(c, 25, 70)
    mid = f"{c.ch('WXYZ')}{c.dig(9)}"
    c.patient["identifier"] = [{"system": "member", "value": mid}]
    pharm = c.person()
    npi = npi_no(c.r)
    c.w(f"Specialty Pharmacy - HCV Prior Authorization\nMember: {c.N(p, 'L,f')}   Member ID: {c.X('ID', mid)}   "
        f"DOB {c.D(dob, 'mdyy')}\nPrescriber NPI: {c.X('ID', npi)}\nRx: ‹sofosbuvir/velpatasvir 400/100 mg PO daily x 84 days›\n"
        f"Labs {c.D(c.past(5, 30), 'mdy')}: ‹HCV RNA {c.ri(200000, 5000000):,} IU/mL›, ‹GT 1a›, ‹APRI {cv(c, 0.4, 1.8, 2)}›, "
        f"‹FIB-4 {cv(c, 0.9, 3.2, 2)}›, ‹HBsAg neg›\nApproved {c.D(c.today, 'Mony')}; first fill ships "
        f"{c.D(c.fut(1, 5), 'Md')}.\nCounseled by {c.N(pharm, 'fl')}, PharmD, at {c.X('PHONE', phone(c))}\n")
    return c.build()


def us_tpn_order(c: C) -> Note:
    p, dob = _pt(c, 40, 97)
    a = c.age(dob, c.today)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    rd, md = c.person(), c.person()
    c.w(f"ADULT PN ORDER / NUTRITION SUPPORT CONSULT\n{c.N(p, 'L,f')}  {c.age_txt(a)} y/o  MRN {c.X('ID', h)}  "
        f"{c.D(c.today, 'mdy')}\nDx: ‹post-op ileus, SBO s/p ex-lap›\nDosing wt ‹{c.ri(55, 95)} kg›\n"
        f"Dextrose  ‹{c.ri(150, 250)} g›\nAmino acids  ‹{c.ri(70, 120)} g›\nLipid (SMOFlipid)  ‹{c.ri(40, 70)} g›\n"
        f"Na ‹{c.ri(60, 120)} mEq›  K ‹{c.ri(40, 80)} mEq›  Phos ‹{c.ri(10, 25)} mmol›\n"
        f"Rate ‹{c.ri(70, 100)} mL/h› x 24 h\nTG ‹{c.ri(90, 260)}›, ‹BG {c.ri(110, 190)}›\n"
        f"{c.N(rd, 'fl')}, RD, CNSC / {c.N(md, 'fl')}, MD (Nutrition Support Team)\n")
    return c.build()


def us_gi_bleed_signout(c: C) -> Note:
    pts = []
    c.patient = {}
    lines = ["gi fellow sign-out " + fmt(c.today, "m/d") + "\n"]
    c.w("gi fellow sign-out " + c.D(c.today, "m/d") + "\n")
    del lines
    for k in range(3):
        p = c.person()
        dob = c.dob(30, 88)
        h = mrn(c)
        if k == 0:
            c.patient = _fhir(p, dob, [("mrn", h)])
        pts.append(p)
        dx = c.ch(["‹variceal bleed, s/p EVL x4›", "‹Forrest IIa DU, clip + epi›", "‹LGIB, likely diverticular›"])
        c.w(f"{k + 1}) {c.N(p, 'lc,')} rm {c.ri(402, 688)} mrn {c.X('ID', h)} - {dx}; "
            f"‹hgb {cv(c, 6.8, 9.9, 1)}›, ‹{c.ch(['octreotide gtt', 'pantoprazole 40 iv bid', 'ceftriaxone 1g'])}›\n")
    att = c.person()
    c.w(f"attending on: dr {c.N(att, 'lcl')} pager {c.X('PHONE', c.dig(4))}\n")
    return c.build()


def us_ibd_letter(c: C) -> Note:
    p, dob = _pt(c, 19, 45)
    mid = f"{c.ch('ABJ')}{c.dig(2)}{c.ch('XYZ')}{c.dig(6)}"
    c.patient["identifier"] = [{"system": "member", "value": mid}]
    md = c.person()
    npi = npi_no(c.r)
    c.w(f"{c.D(c.today, 'Mdy')}\n\nRE: Appeal of denial - {c.N(p, 'fl')}, DOB {c.D(dob, 'mdy')}, Member ID {c.X('ID', mid)}\n\n"
        f"To the Medical Director:\nMy patient has ‹ileocolonic Crohn's disease (L3 B2)›, diagnosed {c.D(c.past(900, 2500), 'My')}, "
        f"with ‹failure of adalimumab (primary non-response)› and ‹SES-CD {c.ri(12, 22)}› on colonoscopy "
        f"{c.D(c.past(15, 60), 'mdy')}.\nI request ‹risankizumab 600 mg IV at weeks 0, 4, 8› then ‹360 mg SC q8w›.\n\n"
        f"Sincerely,\n{c.N(md, 'fl')}, MD, AGAF\nNPI {c.X('ID', npi)}  Fax {c.X('PHONE', phone(c))}\n")
    return c.build()


def us_eus_path(c: C) -> Note:
    p, dob = _pt(c, 50, 85)
    acc = f"{c.ch(['S', 'NG'])}{c.today.year % 100}-{c.dig(5)}"
    c.patient["identifier"] = [{"system": "acc", "value": acc}]
    path = c.person()
    c.w(f"CYTOPATHOLOGY REPORT  Accession {c.X('ID', acc)}\nPatient {c.N(p, 'L,f')}   DOB {c.D(dob, 'mdy')}   "
        f"Collected {c.D(c.past(1, 4), 'mdy')}   Received {c.D(c.past(0, 1), 'mdy')}\nSpecimen: ‹EUS-FNB pancreatic head mass, "
        f"22G›\nROSE: ‹adequate›\nDiagnosis: ‹POSITIVE FOR MALIGNANCY - adenocarcinoma›\n‹CA 19-9 {c.ri(40, 2000)}›\n"
        f"Electronically signed: {c.N(path, 'fl')}, MD\n")
    return c.build()


def us_celiac_portal(c: C) -> Note:
    p, _dob = _pt(c, 19, 40)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    rd = c.person()
    ip = f"{c.ri(24, 98)}.{c.ri(1, 254)}.{c.ri(1, 254)}.{c.ri(1, 254)}"
    c.w(f"MyChart message  {c.D(c.today, 'mdy')} 9:41 PM\nFrom: {c.N(p, 'fl')} (MRN {c.X('ID', h)})\n"
        f"Subject: gluten challenge question\nHi, I'm on day 20 of eating ‹2 slices of bread a day› before my EGD on "
        f"{c.D(c.fut(8, 20), 'Md')}. Feeling ‹bloated›, is that normal?\n-- sent from {c.X('IP', ip)}\n\n"
        f"Reply ({c.N(rd, 'fl')}, RDN): yes, continue ‹3-6 g gluten daily› until the biopsy. ‹tTG-IgA {c.ri(4, 90)} U/mL› "
        f"on {c.D(c.past(30, 60), 'm/d/y')}.\n")
    return c.build()


def us_peg_consent(c: C) -> Note:
    p, dob = _pt(c, 60, 99)
    a = c.age(dob, c.today)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    dau = c.person(sex="f", fam=p)
    md = c.person()
    st, town, zc, _ = addr(c)
    c.w(f"Goals-of-care / PEG discussion {c.D(c.today, 'mdy')}\n{c.N(p, 'fl')}, {c.age_txt(a)}-year-old, MRN {c.X('ID', h)}\n"
        f"‹Post-stroke dysphagia›, ‹FEES: aspiration all consistencies›, ‹albumin {cv(c, 2.4, 3.3, 1)}›\n"
        f"Present: daughter/HCPOA {c.N(dau, 'fl')} (lives in {c.X('ADDRESS', town)}, ph {c.X('PHONE', phone(c))}).\n"
        f"Decision: ‹time-limited trial of PEG feeding›, ‹Jevity 1.2 @ 60 mL/h›; revisit {c.D(c.fut(25, 35), 'm/d')}.\n"
        f"Pt home: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', zc)}\n{c.N(md, 'Fl')}, MD (Palliative)\n")
    return c.build()


# ------------------------------------------------------------------------------------------ Australia
def au_ncsp_letter(c: C) -> Note:
    mc = medicare_au(c.r)
    p, dob = _pt(c, 50, 74, ids=[("medicare", mc)])
    st, town, pc, _ = addr(c)
    gp, endo = c.person(), c.person()
    c.w(f"National Bowel Cancer Screening Program - Participant Follow-up\nParticipant: {c.N(p, 'fL')}\n"
        f"Medicare: {c.X('ID', mc)}\nDOB: {c.D(dob, 'dmy')}\nResidential: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {STATE[town]} "
        f"{c.X('ZIP', pc)}\nGP: Dr {c.N(gp, 'fl')}\niFOBT positive {c.D(c.past(40, 80), 'dMony')}; colonoscopy {c.D(c.past(1, 20), 'dMony')}\n"
        f"Outcome: ‹{c.ri(1, 3)} adenoma(s)›, ‹largest {c.ri(5, 14)} mm›, ‹no cancer›\nSurveillance: ‹3 years› (Endoscopist: Dr {c.N(endo, 'Fl')})\n")
    return c.build()


def au_liver_clinic(c: C) -> Note:
    p, dob = _pt(c, 30, 70)
    ur = c.dig(7)
    c.patient["identifier"] = [{"system": "ur", "value": ur}]
    reg, cons = c.person(), c.person()
    c.w(f"Liver Clinic - HBV  {c.D(c.today, 'd/m/y')}\nUR {c.X('ID', ur)}  {c.N(p, 'L,f')}  DOB {c.D(dob, 'd/m/y')}\n"
        f"‹HBeAg-negative chronic hepatitis B›; ‹HBV DNA {c.ri(20, 20000)} IU/mL›, ‹ALT {c.ri(18, 80)}›\n"
        f"‹Fibroscan {cv(c, 4, 9, 1)} kPa›; ‹AFP {c.ri(2, 8)}›; ‹USS liver NAD›\nContinue ‹tenofovir (TDF) 300 mg daily›, "
        f"‹eGFR {c.ri(70, 110)}›\nRV 6/12 with USS. Seen by Dr {c.N(reg, 'fl')} (AT) / Dr {c.N(cons, 'L')}\n")
    return c.build()


def au_ed_bleed(c: C) -> Note:
    p, dob = _pt(c, 55, 97)
    a = c.age(dob, c.today)
    mc = medicare_au(c.r)
    c.patient["identifier"] = [{"system": "medicare", "value": mc}]
    ws = c.person(fam=p)
    c.w(f"ISBAR - GI bleed to Gastro on call\nI: {c.N(p, 'fl')}, {c.age_txt(a)}yo, Medicare {c.X('ID', mc)}\n"
        f"S: ‹coffee-ground vomiting›, ‹SBP {c.ri(85, 105)}›\nB: ‹cirrhosis (ETOH)›, ‹known grade 2 varices› "
        f"(scope {c.D(c.past(200, 500), 'My')})\nA: ‹HR {c.ri(100, 130)}›, ‹Hb {c.ri(70, 95)}›, ‹lactate {cv(c, 2, 5, 1)}›\n"
        f"R: ‹terlipressin 2 mg IV› given, ‹ceftriaxone 1 g›; please scope tonight. NOK {c.N(ws, 'f')} on "
        f"{c.X('PHONE', phone(c))}\n")
    return c.build()


def au_peg_ndis(c: C) -> Note:
    p, dob = _pt(c, 19, 60)
    ndis = "43" + c.dig(7)
    c.patient["identifier"] = [{"system": "ndis", "value": ndis}]
    dt = c.person()
    em = f"{dt.first.lower()}.{dt.last.lower()}@health.qld.gov.au"
    c.w(f"Home Enteral Nutrition - Dietitian Report for NDIS plan review\nParticipant: {c.N(p, 'fl')}  NDIS no. {c.X('ID', ndis)}\n"
        f"DOB {c.D(dob, 'dMy')}\nDx ‹cerebral palsy, GMFCS V›; ‹PEG-J›\nCurrent: ‹PediaSure Plus 1.5 x 4 x 250 ml›, "
        f"‹weight {cv(c, 30, 55, 1)} kg› (stable)\nConsumables: ‹60 ml enFit syringes›, ‹extension sets›\n"
        f"Contact {c.N(dt, 'fl')} APD - {c.X('EMAIL', em)}\n")
    return c.build()


# --------------------------------------------------------------------------------------------- Canada
def ca_ohip_colonoscopy(c: C) -> Note:
    oh = ohip_no(c.r)
    vc = c.ch(["AB", "KL", "XY", "ZT"])
    p, dob = _pt(c, 50, 74, ids=[("ohip", oh)])
    md = c.person()
    c.w(f"ColonCancerCheck - Colonoscopy Report\nPatient: {c.N(p, 'L,f')}  HCN: {c.X('ID', f'{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}')}\n"
        f"DOB (YYYY-MM-DD): {c.D(dob, 'iso')}\nDate: {c.D(c.today, 'iso')}\nIndication: ‹abnormal FIT›\n"
        f"Findings: ‹{c.ri(10, 25)} mm LST-G ascending colon›, ‹EMR en bloc›; ‹clips x{c.ri(2, 4)}›\nAscent: ‹caecum›, ‹BBPS 8›\n"
        f"Dr. {c.N(md, 'fl')}, FRCPC\n")
    return c.build()


def ca_ibd_infusion_bc(c: C) -> Note:
    p, dob = _pt(c, 18, 50, grp="cap")
    phn = bc_phn(c.r)
    c.patient["identifier"] = [{"system": "phn", "value": phn}]
    rn, pn = c.person(grp="can"), c.person(grp="can")
    c.w(f"Infusion clinic (patient support program)\n{c.N(p, 'fl')} | PHN {c.X('ID', phn[:4] + ' ' + phn[4:7] + ' ' + phn[7:])} | "
        f"DOB {c.D(dob, 'dMony')}\nDrug: ‹vedolizumab 300 mg IV› dose ‹#{c.ri(4, 12)}›\nVitals pre ‹BP {c.ri(100, 130)}/{c.ri(60, 80)}›, "
        f"post ‹BP {c.ri(100, 130)}/{c.ri(60, 80)}›\n‹PMS {c.ri(0, 3)}›, ‹CRP {c.ri(1, 12)}›\nNext: {c.D(c.fut(50, 60), 'Mony')}\n"
        f"Nurse: {c.N(rn, 'fl')}, RN | Program coordinator {c.N(pn, 'fl')} {c.X('PHONE', phone(c))}\n")
    return c.build()


def ca_transplant_letter(c: C) -> Note:
    p, dob = _pt(c, 35, 70)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    md, fam_dr = c.person(), c.person()
    st, town, pc, _ = addr(c)
    c.w(f"Multi-Organ Transplant Program\n{c.D(c.today, 'Mdy')}\n\nDr. {c.N(fam_dr, 'fl')}\n\nRe: {c.N(p, 'fl')}  "
        f"(MRN {c.X('ID', h)}; DOB {c.D(dob, 'Mony')})\n{c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {STATE[town]} {c.X('ZIP', pc)}\n\n"
        f"Thank you for referring this patient with ‹PSC› and ‹recurrent cholangitis›. ‹MELD-Na {c.ri(14, 24)}›, "
        f"‹bilirubin {c.ri(50, 160)} umol/L›. Listed {c.D(c.past(1, 30), 'Md')}; ‹tacrolimus› teaching booked.\n\n"
        f"Yours truly,\n{c.N(md, 'fl')}, MD FRCPC\n")
    return c.build()


def ca_dietitian_quebec(c: C) -> Note:
    p, dob = _pt(c, 30, 90)
    a = c.age(dob, c.today)
    ram = (p.last[:3] + p.first[0]).upper() + dob.strftime("%y") + f"{dob.month + (50 if p.sex == 'f' else 0):02d}" + \
        dob.strftime("%d") + c.dig(2)
    c.patient["identifier"] = [{"system": "ramq", "value": ram}]
    dt = c.person()
    c.w(f"Nutrition note (bilingual unit) {c.D(c.today, 'iso')}\nNom / Name: {c.N(p, 'L,f')}  RAMQ: {c.X('ID', ram)}  "
        f"Âge: {c.age_txt(a)}\nDx ‹ulcerative colitis flare›, ‹NPO x 3 days›\n‹Weight {cv(c, 45, 80, 1)} kg›, "
        f"‹prealbumin {c.ri(90, 160)} mg/L›\nPlan: ‹Ensure Plus 1 bouteille bid›, ‹vitamin D 1000 UI›\n{c.N(dt, 'fl')}, Dt.P.\n")
    return c.build()


# -------------------------------------------------------------------------------------------- Ireland
def ie_hep_c(c: C) -> Note:
    pp = ppsn(c.r)
    p, dob = _pt(c, 25, 60, ids=[("ppsn", pp)])
    cnm, reg = c.person(), c.person()
    st, town, ec, _ = addr(c)
    c.w(f"National Hepatitis C Treatment Programme - Initiation form\nName: {c.N(p, 'fl')}\nPPSN: {c.X('SSN', pp)}\n"
        f"DOB: {c.D(dob, 'dmy')}\nAddress: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)}, {c.X('ZIP', ec)}\n"
        f"Mobile: {c.X('PHONE', phone(c))}\nGT ‹1b›; ‹Fibroscan {cv(c, 5, 13, 1)} kPa›; ‹eGFR >90›\n"
        f"Regimen: ‹glecaprevir/pibrentasvir 3 tabs od x 8/52›\nStart {c.D(c.fut(3, 10), 'dMy')}. CNM {c.N(cnm, 'fl')} / Dr {c.N(reg, 'fl')} (SpR)\n")
    return c.build()


def ie_endoscopy_letter(c: C) -> Note:
    p, dob = _pt(c, 40, 85)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    gp, cons = c.person(), c.person()
    _, town, _, _ = addr(c)
    c.w(f"Dear Dr. {c.N(gp, 'L')},\n\nRe: {c.N(p, 'fl')}, DOB {c.D(dob, 'dmy.')}, MRN {c.X('ID', h)}\n\nI performed a "
        f"gastroscopy on {c.D(c.past(1, 10), 'ofM')}. There was ‹LA grade B oesophagitis› and a ‹{c.ri(2, 5)} cm hiatus hernia›; "
        f"‹CLO negative›. Please continue ‹esomeprazole 40 mg od› for ‹8 weeks› then step down.\n"
        f"The patient, who farms outside {c.X('ADDRESS', town)}, is happy with this.\n\nIs mise le meas,\n\n"
        f"{c.N(cons, 'fl')} MD FRCPI\nConsultant Gastroenterologist\n")
    return c.build()


def ie_coeliac_child(c: C) -> Note:
    p, dob = _pt(c, 4, 14)
    h = mrn(c)
    c.patient["identifier"] = [{"system": "mrn", "value": h}]
    mam = c.person(sex="f", fam=p)
    dt = c.person()
    c.w(f"Paediatric Gastro - Dietetic review {c.D(c.today, 'dmy')}\n{c.N(p, 'fl')}, DOB {c.D(dob, 'dmy')}, chart {c.X('ID', h)}\n"
        f"Attended with mam {c.N(mam, 'f')}. ‹Wt {cv(c, 15, 45, 1)} kg (50th centile)›, ‹ht {c.ri(100, 160)} cm›.\n"
        f"‹TTG {c.ri(2, 15)} U/mL›, normalising. GF diet going well, school told.\nReview {c.D(c.fut(150, 200), 'My')}. "
        f"{c.N(dt, 'fl')}, Senior Dietitian\n")
    return c.build()


# ----------------------------------------------------------------------------------------- New Zealand
def nz_hpn_transfer(c: C) -> Note:
    nhi = nhi_no(c.r)
    p, dob = _pt(c, 25, 75, ids=[("nhi", nhi)])
    nn = c.person()
    whanau = c.person(fam=p, grp="mao" if p.last in _split(_G["mao"][2]) else None)
    c.w(f"Kia ora team,\nTransfer of care - HPN patient {c.N(p, 'fL')} (NHI {c.X('ID', nhi)}, DOB {c.D(dob, 'dmy')}).\n"
        f"‹Mesenteric ischaemia› - ‹SB {c.ri(50, 120)} cm›. TPN ‹{c.ri(5, 7)}/7›, ‹{c.ri(1500, 2500)} ml›. "
        f"‹CRBSI x1› {c.D(c.past(60, 200), 'My')}.\nWhānau support: {c.N(whanau, 'fl')} ({c.X('PHONE', phone(c))}).\n"
        f"Ngā mihi,\n{c.N(nn, 'fl')}\nCNS Intestinal Failure\n")
    return c.build()


def nz_bowel_screen(c: C) -> Note:
    nhi = nhi_no(c.r)
    p, _dob = _pt(c, 60, 74, ids=[("nhi", nhi)])
    st, town, pc, _ = addr(c)
    nav = c.person(grp="mao")
    c.w(f"Bowel Screening Aotearoa - Navigator contact log\n{c.D(c.today, 'dMy')}  Participant {c.N(p, 'fl')} "
        f"NHI {c.X('ID', nhi)}\n{c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', pc)}\nFIT ‹positive›; called "
        f"{c.X('PHONE', phone(c, 'land'))} x2, reached on 3rd attempt.\nPre-assessment booked {c.D(c.fut(5, 14), 'dM')}; "
        f"‹Glycoprep-C› explained.\nNavigator: {c.N(nav, 'f')}\n")
    return c.build()


def nz_liver_clinic(c: C) -> Note:
    nhi = nhi_no(c.r)
    p, dob = _pt(c, 40, 70, ids=[("nhi", nhi)])
    sm = c.person()
    c.w(f"HCC surveillance clinic {c.D(c.today, 'd/m/y')}\n{c.N(p, 'L,f')} {c.X('ID', nhi)} ({c.age(dob, c.today)})\n"
        f"‹CHB + cirrhosis›; ‹entecavir 0.5 mg od›\n‹AFP {c.ri(3, 30)}›, ‹plt {c.ri(80, 160)}›\nUSS {c.D(c.past(3, 20), 'd/m/y')}: "
        f"‹{c.ri(8, 18)} mm LI-RADS 3 seg {c.ri(5, 8)}› -> MRI\nDr {c.N(sm, 'fl')}\n")
    return c.build()


# ---------------------------------------------------------------------------------- other settings
def in_ercp_chennai(c: C) -> Note:
    ad = aadhaar(c.r)
    p, dob = _pt(c, 30, 75, grp="tam", ids=[("aadhaar", ad)])
    uh = f"MR/{c.today.year % 100}/{c.dig(6)}"
    md = c.person(grp="tam")
    st, town, pin, _ = addr(c)
    c.w(f"DISCHARGE SUMMARY - Department of Medical Gastroenterology\nName: {c.N(p, 'fl')}   Age/Sex: "
        f"{c.age(dob, c.today)}/{p.sex.upper()}   UHID: {c.X('ID', uh)}\nAadhaar: {c.X('ID', ad)}\n"
        f"Address: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} - {c.X('ZIP', pin)}\nDOA: {c.D(c.past(4, 8), 'dmy-')}  "
        f"DOD: {c.D(c.today, 'dmy-')}\nDiagnosis: ‹acute cholangitis (TG18 grade II)›, ‹CBD calculus›\n"
        f"Procedure: ‹ERCP + EST + CBD clearance›\nDischarge meds: ‹T. Ursodeoxycholic acid 300 mg bd›, ‹T. Pantoprazole 40 mg od›\n"
        f"Contact: {c.X('PHONE', phone(c))}\nDr. {c.N(md, 'fl')}, DM (Gastro)\n")
    return c.build()


def in_liver_lucknow(c: C) -> Note:
    p, _dob = _pt(c, 30, 70, grp="hin")
    ip = f"IP{c.today.year}{c.dig(6)}"
    c.patient["identifier"] = [{"system": "ip", "value": ip}]
    res, son = c.person(grp="hin"), c.person(sex="m", fam=p)
    c.w(f"Hepatology ward progress note {c.D(c.today, 'dMony')}\nPt: Mr/Mrs {c.N(p, 'FL')}  IP No. {c.X('ID', ip)}\n"
        f"‹ACLF (AARC {c.ri(8, 11)})›, ‹HE grade 2›\n‹Bili {cv(c, 8, 25, 1)} mg/dL›, ‹INR {cv(c, 1.8, 3.2, 1)}›, "
        f"‹Cr {cv(c, 1.0, 2.4, 1)}›\nRx ‹lactulose 30 ml tds›, ‹rifaximin 550 mg bd›, ‹albumin 20% 100 ml›\n"
        f"Attendant: son {c.N(son, 'f')} {c.X('PHONE', phone(c))}\n- Dr {c.N(res, 'fl')} (SR)\n")
    return c.build()


def za_hepatitis_b(c: C) -> Note:
    p, dob = _pt(c, 20, 60)
    zid = za_id(c.r, dob, p.sex)
    c.patient["identifier"] = [{"system": "said", "value": zid}]
    folder = c.dig(8)
    md = c.person()
    st, town, pc, _ = addr(c)
    c.w(f"GIT Clinic - Groote Schuur\nDate: {c.D(c.today, 'ymd/')}\nSurname: {c.N(p, 'L').upper()}  First names: {c.N(p, 'f')}\n"
        f"ID no: {c.X('ID', zid)}  Folder: {c.X('ID', folder)}\nAddress: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', pc)}\n"
        f"‹HIV/HBV co-infected›, on ‹TLD (tenofovir/lamivudine/dolutegravir)›; ‹VL LDL›, ‹CD4 {c.ri(200, 700)}›\n"
        f"‹HBV DNA <20 IU/mL›, ‹ALT {c.ri(15, 60)}›\nTCB {c.D(c.fut(150, 200), 'ymd/')}.  Dr {c.N(md, 'Fl')}\n")
    return c.build()


def za_peds_nutrition(c: C) -> Note:
    p, dob = _pt(c, 1, 4)
    folder = c.dig(7)
    c.patient["identifier"] = [{"system": "folder", "value": folder}]
    mother = c.person(sex="f", fam=p)
    dt = c.person()
    c.w(f"Dietetics - severe acute malnutrition\n{c.N(p, 'fL')} (folder {c.X('ID', folder)}) DOB {c.D(dob, 'dmy')}\n"
        f"‹MUAC {cv(c, 10.0, 11.4, 1)} cm›, ‹WHZ -{cv(c, 3, 4, 1)}›, ‹bilateral pitting oedema +›\n"
        f"Phase: ‹F-75 {c.ri(100, 130)} ml/kg/day› 3-hourly; ‹amoxicillin›\nMother {c.N(mother, 'fl')} cell {c.X('PHONE', phone(c))}\n"
        f"{c.N(dt, 'fl')} (Dietitian)\n")
    return c.build()


def hk_capsule(c: C) -> Note:
    hid = hkid(c.r)
    p, dob = _pt(c, 40, 85, ids=[("hkid", hid)])
    md = c.person()
    c.w(f"Endoscopy Centre - Capsule Report\nName: {c.N(p, 'Lf')}\nHKID: {c.X('ID', hid)}\nDOB: {c.D(dob, 'dmy')}   "
        f"Tel: {c.X('PHONE', phone(c))}\nDate: {c.D(c.today, 'dMony')}\nIndication: ‹occult GI bleeding›, ‹Hb {cv(c, 7, 10, 1)} g/dL›\n"
        f"Findings: ‹NSAID enteropathy, multiple ileal erosions›\nRecommendation: stop ‹diclofenac›, ‹oral iron›\n"
        f"Reporting doctor: Dr {c.N(md, 'Lf')}\n")
    return c.build()


def ng_ibd_ibadan(c: C) -> Note:
    nin = nin_ng(c.r)
    p, _dob = _pt(c, 20, 60, ids=[("nin", nin)])
    hn = f"UCH/{c.dig(6)}"
    md, bro = c.person(), c.person(sex="m", fam=p)
    st, town, pc, _ = addr(c)
    c.w(f"GASTROENTEROLOGY CLINIC - {c.D(c.today, 'dMy')}\nName: {c.N(p, 'FL')}  Hosp. No: {c.X('ID', hn)}  NIN: {c.X('ID', nin)}\n"
        f"Address: {c.X('ADDRESS', st)}, {c.X('ADDRESS', town)} {c.X('ZIP', pc)}\nNOK: {c.N(bro, 'fl')} (brother), "
        f"{c.X('PHONE', phone(c))}\nDx: ‹ulcerative colitis (pancolitis)›; ‹Mayo {c.ri(6, 10)}›\n"
        f"Rx: ‹sulfasalazine 1 g bd›, ‹prednisolone 30 mg›, ‹folic acid 5 mg›\nDr {c.N(md, 'fl')} (Consultant)\n")
    return c.build()


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a word of a labelled name) also appears unlabelled elsewhere in the note."""
    text = note.text
    mask = bytearray(len(text))
    for s, e, _ in note.phi:
        mask[s:e] = b"\x01" * (e - s)
    needles: set[tuple[str, bool]] = set()
    for s, e, k in note.phi:
        frag = text[s:e]
        needles.add((frag, k == "NAME"))
        if k == "NAME":
            for w in _WORD.findall(frag):
                if len(w) >= 2:
                    needles.add((w, True))
    for frag, ci in needles:
        flags = re.IGNORECASE if ci and len(frag) > 2 else 0
        for m in re.finditer(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", text, flags):
            if not all(mask[m.start():m.end()]):
                return False
    return True


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "bowel screening colonoscopy report", en_colonoscopy),
    ("en", "upper GI bleed medical handover", en_gi_bleed_handover),
    ("en", "IBD biologic infusion record", en_ibd_infusion),
    ("en", "hepatology clinic letter (MASLD)", en_liver_letter),
    ("en", "inpatient dietetic assessment (refeeding)", en_dietitian),
    ("en", "community PEG review", en_peg_record),
    ("en", "coeliac clinic letter to the patient", en_coeliac_letter),
    ("en", "capsule endoscopy report", en_capsule),
    ("en", "HCV outreach treatment review", en_hcv_review),
    ("sc", "OGD report with separate surname / forename fields", sc_ogd),
    ("sc", "home parenteral nutrition monthly review", sc_hpn),
    ("sc", "low FODMAP dietitian letter to the GP", sc_fodmap),
    ("cy", "bowel screening appointment letter (bilingual)", cy_screening_letter),
    ("cy", "IBD advice line telephone triage", cy_ibd_phone),
    ("ni", "liver transplant assessment summary", ni_transplant),
    ("ni", "ERCP report", ni_ercp),
    ("us", "colonoscopy procedure note", us_colonoscopy),
    ("us", "transplant social work evaluation", us_liver_transplant_eval),
    ("us", "specialty pharmacy HCV prior authorization", us_hcv_pharmacy),
    ("us", "parenteral nutrition order", us_tpn_order),
    ("us", "GI fellow lower-case sign-out", us_gi_bleed_signout),
    ("us", "biologic denial appeal letter", us_ibd_letter),
    ("us", "EUS-FNB cytopathology report", us_eus_path),
    ("us", "patient portal message about a gluten challenge", us_celiac_portal),
    ("us", "goals-of-care PEG discussion", us_peg_consent),
    ("au", "NBCSP participant follow-up", au_ncsp_letter),
    ("au", "hepatitis B liver clinic note", au_liver_clinic),
    ("au", "ISBAR variceal bleed referral", au_ed_bleed),
    ("au", "home enteral nutrition NDIS report", au_peg_ndis),
    ("ca", "ColonCancerCheck colonoscopy report (Ontario)", ca_ohip_colonoscopy),
    ("ca", "vedolizumab infusion clinic record (BC)", ca_ibd_infusion_bc),
    ("ca", "transplant programme letter (Nova Scotia)", ca_transplant_letter),
    ("ca", "bilingual nutrition note (Quebec)", ca_dietitian_quebec),
    ("ie", "hepatitis C treatment initiation form", ie_hep_c),
    ("ie", "gastroscopy letter to the GP", ie_endoscopy_letter),
    ("ie", "paediatric coeliac dietetic review", ie_coeliac_child),
    ("nz", "HPN transfer-of-care e-mail", nz_hpn_transfer),
    ("nz", "bowel screening navigator contact log", nz_bowel_screen),
    ("nz", "HCC surveillance clinic note", nz_liver_clinic),
    ("in", "gastroenterology discharge summary (Chennai)", in_ercp_chennai),
    ("in", "hepatology ward progress note (Lucknow)", in_liver_lucknow),
    ("za", "HIV/HBV GIT clinic note (Cape Town)", za_hepatitis_b),
    ("za", "severe acute malnutrition dietetics note", za_peds_nutrition),
    ("hk", "capsule endoscopy report (Hong Kong)", hk_capsule),
    ("ng", "IBD clinic note (Ibadan)", ng_ibd_ibadan),
]


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        try:
            note = fn(C(87_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
