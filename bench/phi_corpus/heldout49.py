"""HELD-OUT v49 PHI corpus: written independently, before any round-49 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API,
``bench/scrubber.py`` and the module docstrings of heldout46 / heldout47 / heldout48 were read, to
follow their labelling conventions and to avoid their templates; the scrubber was never run on this
corpus while it was written, nor was its output looked at). Like v14-v48 it aims at the MAINSTREAM
of English-language hospital text with ordinary PHI density; it is modelled on ONCOLOGY,
HAEMATOLOGY, CLINICAL-TRIAL AND CLINICAL-GENETICS records in the United Kingdom (10 templates),
Ireland (5), the United States (10), Canada (6), Australia (5), India (4) and New Zealand (1),
dense with regimens, doses per m2, counts, Gy and fractions, performance status, CTCAE grades,
stages, gene variants and trial acronyms. Note kinds and phrasing differ from v46 - v48. Templates,
cycled in order (see ``TEMPLATES``): SACT day-unit pre-assessments for FOLFOX ("LAST, First",
hospital and NHS numbers, "C2D1 = 10/06/2025", "C2D3 = 12/6", BSA and dose banding, 24-h acute
oncology line, "Neutropenic sepsis advice given", spouse collecting, "Priya V, Band 6 chemo nurse",
lower-case pharmacist initials) (UK); oncology pharmacy verification of R-CHOP-21 (Eircode, "1st
September 1980", "19.12.2024", cumulative doxorubicin, PHN giving pegfilgrastim at home, SpR bleep,
"C. Lynn, Senior Oncology Pharmacist") (IE); radiotherapy CT-simulation notes ("Last, First",
OHIP with version code, "40.05 Gy in 15 fractions", "Thu Jan 9" first fraction, RTT "MRT(T)")
(ON); on-treatment chemoradiation reviews for p16+ oropharynx (UR, Medicare with check digit,
"70 Gy in 35#", CTCAE mucositis / dermatitis, Endone / Caphosol / Mepitel, wife's mobile) (AU);
lower-GI MDT outcome lists naming three other patients with hospital numbers, one often >= 90
("93F"), a deferred patient as initials, coordinator's nhs.net e-mail and extension (UK); trial
screening visits (NCT number and site number unlabelled, screening number, ICF dates, EGFR exon 19
deletion, RECIST, full SSN on the W-9 for the stipend) (US); REDCap e-consent audit trails (record
ID, survey URL, ISO time stamps, participant e-mail, public and private IPs, typed lower-case
signature, witness initials) (US); SAE forms (EudraCT / ISRCTN unlabelled, participant ID,
participant initials, year of birth alone unlabelled, febrile neutropenia CTCAE grade 3, sponsor
safety mailbox and fax) (UK); IMP accountability logs (ACTRN unlabelled, participant and
randomisation numbers, kit and lot numbers, upper / lower-case initials) (AU); allograft donor
searches (HLA typing kept clinical, siblings with DOBs, sister's address for a buccal swab kit,
Anthony Nolan / DKMS donor ID, "w/c 18 May") (UK); CAR-T coordination (Yescarta, "14FEB2024"
apheresis, chain-of-identity and DIN bag numbers, Hope Lodge street line, caregiver, son's city,
MBI, "SSN xxx-xx-4455", pager) (US); haemophilia centre letters to the GP ("Dear Dr Last",
surgery address, Hemlibra, "26th Dec", "review 6/12", daughter an obligate carrier) (UK); sickle
cell transition clinic (nickname in quotes, mother's cell, hydroxyurea mg/kg, HbF %) (US); warfarin
INR flowsheets (one date format per note, patients often >= 90, "Age 91", daughter's phone,
LifeLabs) (CA); BRCA1 result letters with a pedigree (mother, "maternal aunt Sheila died aged 44",
grandmother "died aged 96", cousin's DOB, genetics and lab references) (UK); Lynch cascade-testing
letters to a relative (family reference, Eircode, "the 21st of August", HSE URL, counsellor
e-mail) (IE); surgical pathology reports (UHID, "S25-63677 A2" specimen / block numbers, FISH lab
number, Nottingham grade, Allred, HER2 2+, Ki-67, MMC registration) (IN); CA 125 interpretive
comments (accession, HCN, ISO dates, GCIG criteria) (ON); palliative chemotherapy decisions
(FOLFIRINOX, Abraxane, EPOA daughter, son in a country town, GP fax) (AU); Hodgkin survivorship care
plans (ABVD, Reed-Sternberg, cumulative doses, PCP suite address, MyChart URL, NP e-mail) (US);
fertility preservation referrals (partner's DOB, patient e-mail, AMH, letrozole-protected
stimulation) (UK); UKONS 24-hour triage logs (RAG red, docetaxel day 8, call-back mobile, ED
bleep) (UK); bone marrow biopsy procedure notes (two identifiers, BM accession and core specimen
numbers, azacitidine, PA-C) (US); myeloma reviews (PPSN, Dara-Rd "since August 2023", Revlimid PPP
form number, sometimes >= 90) (IE); AML induction ward rounds (7+3 + midostaurin, febrile
neutropenia, "22-APR-25" culture date, RMO pager) (AU); interim PET/CT reports (Deauville 4,
Lugano, ISO sign time and workstation IP) (US); haematology e-referral triage (Healthlink message
ID, GP MCRN and surgery address, CLL Matutes score, "Wednesday 4th September 2024" appointment)
(IE); CRA monitoring follow-up e-mails (subject IDs, MRN seen on a CT report, ISO dates, "+1"
phone) (ON); IWRS randomisation confirmations (EU CT number unlabelled, ISO time, user e-mail and
IP, participant / screening / randomisation / kit numbers, initials "G-P") (IE); radiotherapy
treatment summaries for buccal mucosa cancer (case and RT numbers, "Flat 12, ..." / "H.No."
lines, locality, city and PIN, "60 Gy/30#", son's +91 mobile) (IN); day-care chemotherapy
records (PM-JAY ID, "W/o Mr.", paclitaxel-carboplatin, "2.1 lakh", "3.5.24") (IN); thalassaemia
BMT work-ups ("Master", parents, HLA-matched sister, Pesaro class, CM relief fund reference) (IN);
familial cancer centre pedigrees (CDH1, uncle's NZ town, great-aunt "alive aged 97", brother's
suburb and postcode, petermac e-mail) (AU); paediatric ALL maintenance (PHIN, 6-MP / MTX by m2,
VariZIG, "Feb 16, 2025" end of therapy) (CA); immunotherapy colitis / thyroiditis visits
("SSN ***-**-9673", Breslow, nivolumab, infliximab) (US); oral SACT telephone reviews (capecitabine
"C5D8 = 10/07/2024", DPYD, homecare delivery address) (UK); Waldenström letters to the family
physician (a patient >= 90 as "96-year-old", MYD88 L265P, Brukinsa, son's SIN for Trillium)
(ON); breast triple-assessment clinics (NHI with check digit, suburb, city and postcode, whānau,
"HS24-56464") (NZ); NGS panel reports ("YODER, ROCHELLE A", accession, block, NPI, "20250713"
receipt, ISO report time, report URL, LIS IP, CLIA) (US); patient-portal threads on mucositis
(sender IP, lower-case names and weekday, cancer.net URL) (US); trial lay-results letters to
participants (trial number, ICR URL, research nurse's e-mail) (UK).

Names: curated English / Welsh, Irish (fadas, "Ó Murchú", "Mac Mahon"), US, Québécois / Punjabi /
Ukrainian Canadian, Greek / Italian / Maltese / Vietnamese Australian, Indian and Māori / Pasifika
names, plus Faker en_GB / en_US / en_CA / en_AU / en_IN / en_NZ fallbacks (fixed seeds), some
hyphenated; staff from a mixed international workforce. Forms: "First Last", "LAST, First",
"Last, First", "LAST, FIRST M", "FIRST LAST", "F. Last", "First L", "Dr Last", "Mr Last",
"Mrs V Stewart", first names of relatives alone, a nickname in quotes, lower-case typed names,
staff initials in upper and lower case, participant initials ("LD", "G-P"). A note never reuses a
first or last name for unrelated people.

Conventions (same as heldout48): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms",
"Master", ", RN", ", MD", ", PA-C", ", CNC", "MRT(T)", ", PhD, FCACB", "Band 6 chemo nurse") are
outside NAME spans; "LAST, First" is one NAME span; a nickname in quotes is its own NAME span
(quotes outside); staff and participant initials are NAME. A street line (with its flat / unit /
apartment / suite part, "H.No." / "Door No." lines), an Indian locality, and a city / town /
suburb (also a relative's town) are ADDRESS; a state / province / county ("Co. Meath", "ON",
"Kerala") and a country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes,
AU / NZ postcodes and Indian PIN codes are ZIP. DATE: anything more specific than a year, in 29
formats ("14/12/1959", "12/6", "08-Jul-2025", "23/06/25", "1st September 1980", "19.12.2024",
"20/12/2024", "1986-08-25", "Jan 2, 2025", "Jan 9", "13 Apr 2025", "18 May", "28 December 2024",
"4/1/25", "09/15/1963", "6/19/2025", "8/14/25", "26th Dec", "21st of August", "16-01-2025",
"May 22, 2025", "August 2023", "January 24", "4/15", "17 Dec", "17-Dec-24", "14FEB2024",
"20250713", "3.5.24", "22-APR-25") plus ISO date-times ("2025-08-17T16:56:12") as one span;
weekdays ("Thu", "Saturday"), "w/c" and "the" stay outside; a date followed by a separate time
("04:53", "at 14:20", "7:42 PM") labels only the date. Cycle / day codes ("C3D1", "D-5", "D21"),
regimen doses ("85 mg/m2", "AUC5", "375 mg/m2 = 600 mg"), fractions ("40 Gy in 15#", "60
Gy/30#", "30/35"), durations and follow-up shorthand ("review 6/12", "4/52", "3/52", "9 kg over
3/12", "6/7 days"), counts and labs with units, vitals, scores and grades (ECOG, CTCAE, IPI,
Deauville, CFS, HJHS, ICE, Allred, Pesaro, Matutes, TRAQ, CHA2DS2-VASc, HAS-BLED), stages and
TNM, HLA alleles, gene variants, tumour markers and ages below 90 are clinical
(``Note.clinical``) where marked. PHONE includes fax, bleeps and pagers (number only), extensions
and +44 / +353 / +61 / +64 / +91 / +1 forms; labels like "mob", "cell", "bleep", "pg", "fax" are
outside. SSN: full US SSNs, the digits of "xxx-xx-1234" / "***-**-1234", Irish PPSNs and
Canadian SINs. ID: hospital numbers / MRN / UR / UHID / case numbers, NHS (mod 11), OHIP / HCN,
PHIN, Medicare (AU, with check digit), MBI, NHI, PM-JAY ID, trial participant / screening /
randomisation / REDCap record / subject numbers, kit and lot numbers, COI and DIN bag numbers,
donor registry IDs, accession / specimen / block / lab / FISH / HLA-lab numbers, genetics family
and letter references, Healthlink message IDs, Revlimid PPP form numbers, CM relief fund
references, RT numbers, NPI, CLIA, MCRN and MMC registrations. AGE: ages >= 90 only, number part
only ("97F", "Age 91", "died aged 96", "alive aged 97", "96-year-old"); ages < 90 are unlabelled.
Not PHI and unlabelled: trial registry and protocol numbers (NCT, EudraCT, EU CT, ISRCTN, ACTRN),
trial acronyms, trial site numbers, years of birth alone, facility, sponsor, CRO, lab, pharmacy,
charity and insurer names (Hope Lodge, LifeLabs, Anthony Nolan, DKMS, IQVIA, Trillium, Macmillan,
Healthlink), ward / unit / bed / room / treatment-unit names, drug and product brands (Yescarta,
Hemlibra, Revlimid, Brukinsa, Tagrisso, Abraxane, Endone, Caphosol, Mepitel, Desirox, Dolo,
Mucopain, Avil, Emeset), eponyms and capitalised clinical words (Hodgkin, Reed-Sternberg,
Waldenström, Bing-Neel, Breslow, Nottingham, Allred, Matutes, Binet, Rai, Dukes, Lugano,
Deauville, Pesaro, de Gramont, Lynch, Cambridge protocol, GCIG, RECIST, FLAURA), times of day and
years alone.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]


def _w(s: str, sep: str | None = None) -> list[str]:
    return s.split(sep)


# ---------------------------------------------------------------------------------------------
# names

_CURATED: dict[str, tuple[list[str], list[str], list[str]]] = {
    "uk": (
        _w(
            "Graham Keith Trevor Gareth Alan Neil Rhys Callum Darren Stuart Malcolm Dylan Owain"
            " Craig Lewis Imran Tariq Dean Barry Clive Euan"
        ),
        _w(
            "Lorraine Gillian Sian Carys Joanne Mandy Beverley Fiona Kirsty Nicola Shabana"
            " Nasreen Yvonne Tracey Rhiannon Hayley Bethan Pauline Elaine Maureen Ffion"
        ),
        _w(
            "Hargreaves Pritchard Thwaites Braithwaite McAllister Ellison Gorton Heseltine"
            " Pennington Ackroyd Rafferty Llewellyn Hussain Akhtar Cartwright Fairclough"
            " Greenhalgh Openshaw Dunmore Lockwood Sutcliffe Blackburn Mistry Duckworth"
            " Trevelyan Lamont"
        ),
    ),
    "ie": (
        _w(
            "Pádraig Ciarán Eamon Declan Donal Fergal Tadhg Colm Diarmuid Séamus Finbarr Noel"
            " Kieran Enda Cathal Oisín"
        ),
        _w(
            "Siobhán Bríd Dervla Orla Gráinne Niamh Áine Clodagh Mairéad Róisín Nuala Eimear"
            " Sorcha Deirdre Una Caoimhe"
        ),
        _w(
            "Fitzgerald|Kavanagh|Moriarty|Brennan|Geraghty|Twomey|Cronin|O'Sullivan|Hennessy|"
            "Scanlon|Lenihan|Dineen|Foley|Brosnan|Coughlan|Heffernan|Mulcahy|Prendergast|"
            "Ó Murchú|Mac Mahon|Ó Briain|Kielty|Cusack|Tierney",
            "|",
        ),
    ),
    "us": (
        _w(
            "Dwayne Cody Travis Marcus Jamal Wesley Curtis Hector Raymond Lonnie Tyrone Dale"
            " Garrett Ernesto Clayton"
        ),
        _w(
            "Tamika Brandy Kristen LaToya Rochelle Darlene Tiffany Marisol Crystal Wanda Shonda"
            " Leticia Misty Janelle Kayla"
        ),
        _w(
            "Washington Kowalski Delgado Whitfield Brannigan Pettaway Lindgren Castellanos"
            " Holcomb Mayfield Dunaway Oyelaran Pruitt Stroud Gutierrez Winslow Yoder Tillman"
        ),
    ),
    "ca": (
        _w(
            "Jean-François Mathieu Gurpreet Taras Wei Darnell Hamid Brent Luc Harjit Rémi"
            " Bohdan Tyler"
        ),
        _w(
            "Geneviève Manon Jaspreet Oksana Chantal Mei-Ling Krista Amandeep Sylvie Tanya"
            " Nathalie Halyna Brooke"
        ),
        _w(
            "Tremblay Gagnon Bouchard Sandhu Grewal Kowalchuk Hryniuk Desjardins MacNeil Fehr"
            " Thiessen Boudreau Lévesque Dhaliwal Wong Pelletier Ouellette Friesen"
        ),
    ),
    "au": (
        _w(
            "Bruce Darren Shane Nikolaos Giuseppe Minh Wayne Lachlan Brendan Craig Rocco Kym"
            " Stavros"
        ),
        _w(
            "Kylie Narelle Despina Concetta Leanne Sharon Raelene Bronwyn Joanne Lien Vasiliki"
            " Shona Tegan"
        ),
        _w(
            "Papadopoulos Vella Camilleri Nguyen Tran Fitzpatrick Mancini Zammit Karagiannis"
            " Whitehouse Buckley Dawson Pham Galea Costa Mitchell Treloar Kourakis"
        ),
    ),
    "in": (
        _w(
            "Rajesh Venkatesh Suresh Farhan Arjun Prakash Mahesh Sanjay Imtiaz Gurdeep Anil"
            " Ramesh Vikram Sunil Mohan Abhishek"
        ),
        _w(
            "Lakshmi Sunita Anjali Kavitha Meenakshi Shabnam Pooja Rekha Savitri Asha Deepika"
            " Nandini Fatima Jyoti Shalini"
        ),
        _w(
            "Iyer Nair Kulkarni Deshmukh Banerjee Chatterjee Reddy Shetty Joshi Pillai Gowda"
            " Patil Khan Ansari Menon Bhattacharya Yadav Choudhary Sawant Kamath"
        ),
    ),
    "nz": (
        _w("Wiremu Hemi Tane Rawiri Sione Liam Aperahama Manaia Tevita Hamish"),
        _w("Aroha Mere Huia Moana Ngaio Kiri Losa Rangi Anahera Mereana"),
        _w(
            "Ngata|Tipene|Parata|Te Whata|Tuhiwai|Henare|Rapana|McKenzie|Walker|Fa'amausili|"
            "Tautahi|Pomare",
            "|",
        ),
    ),
    "staff": (
        _w(
            "Chidi Tomasz Oluwaseun Rahul Marco Joaquín Kwame Ibrahim Niall Yusuf Sandeep"
            " Mateus Dimitri Karthik Hiroshi Anders Emeka Rafael"
        ),
        _w(
            "Aoife Priya Mei Siobhan Fatima Hannah Liesl Deepa Ingrid Rosa Nkechi Ewa Abena"
            " Leila Zanele Marta Sunniva Yasmin"
        ),
        _w(
            "Okafor|Varghese|Nowak|Chen|Adeyemi|Fernandes|Ramaswamy|O'Dwyer|Haddad|Mensah|"
            "Bautista|Lindqvist|Mahmood|Tan|Kariuki|Oduya|Nakamura|Sithole|Petrov|Abubakar|"
            "Gallagher|Rossi|Kapoor|Osei|Van der Berg|Yilmaz|Horvath|Castillo|Morrissey|Eze",
            "|",
        ),
    ),
}
_LOCALE = {
    "uk": "en_GB", "ie": "en_GB", "us": "en_US", "ca": "en_CA", "au": "en_AU", "in": "en_IN",
    "nz": "en_NZ", "staff": "en_US",
}  # fmt: skip
_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


@dataclass
class _Pt:
    first: str
    last: str
    sex: str
    dob: date
    mrn: str
    line: str
    city: str
    state: str
    postal: str
    country: str
    phone: str
    ids: list[tuple[str, str]] = field(default_factory=list)
    extra_lines: list[str] = field(default_factory=list)

    def fhir(self) -> dict[str, Any]:
        ident = [
            {
                "type": {"coding": [{"code": "MR"}]},
                "system": "urn:oid:2.16.840.1.113883.3.4900.1",
                "value": self.mrn,
            }
        ]
        ident += [{"system": f"urn:heldout49:{s}", "value": v} for s, v in self.ids]
        return {
            "resourceType": "Patient",
            "id": "ho49-" + "".join(ch for ch in self.mrn if ch.isalnum()).lower(),
            "identifier": ident,
            "name": [{"use": "official", "family": self.last, "given": self.first.split()}],
            "gender": "female" if self.sex == "F" else "male",
            "birthDate": self.dob.isoformat(),
            "telecom": [{"system": "phone", "value": self.phone, "use": "mobile"}],
            "address": [
                {
                    "line": [self.line, *self.extra_lines],
                    "city": self.city,
                    "state": self.state,
                    "postalCode": self.postal,
                    "country": self.country,
                }
            ],
        }


class _Ctx:
    """Per-note random state: seeded ``random`` plus Faker re-seeded per note and locale."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(f"heldout49/{i}")
        self.used: set[str] = set()
        self._seeded: set[str] = set()

    def fk(self, region: str) -> Faker:
        loc = _LOCALE[region]
        f = _faker(loc)
        if loc not in self._seeded:
            f.seed_instance(490_000 + 97 * self.i + len(self._seeded))
            self._seeded.add(loc)
        return f

    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def n(self, k: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def person(self, region: str, sex: str | None = None) -> tuple[str, str]:
        sex = sex or self.ch("MF")
        males, females, lasts = _CURATED[region]
        for _ in range(60):
            if self.r.random() < 0.72:
                first = self.ch(males if sex == "M" else females)
                last = self.ch(lasts)
            else:
                f = self.fk(region)
                first = f.first_name_male() if sex == "M" else f.first_name_female()
                last = f.last_name()
            if self.r.random() < 0.06:
                other = self.ch(lasts)
                if other != last and " " not in other + last:
                    last = f"{last}-{other}"
            if first in self.used or last in self.used:
                continue
            self.used.update((first, last))
            return first, last
        raise RuntimeError("name pool exhausted")

    def first(self, region: str, sex: str | None = None) -> str:
        return self.person(region, sex)[0]

    def day(self, lo: date = date(2024, 1, 8), hi: date = date(2025, 9, 26)) -> date:
        return _wk(lo + timedelta(days=self.r.randint(0, (hi - lo).days)))

    def dob(self, age: int, on: date) -> date:
        d = on - timedelta(days=365 * age + self.r.randint(10, 350))
        return d if _age(d, on) == age else d + timedelta(days=5)

    def patient(self, region: str, on: date, age: int, mrn: str, sex: str | None = None) -> _Pt:
        sex = sex or self.ch("MF")
        first, last = self.person(region, sex)
        line, city, state, postal, country, extra = _address(self, region)
        return _Pt(first, last, sex, self.dob(age, on), mrn, line, city, state, postal, country,
                   _phone(self, region, mobile=True), [], extra)  # fmt: skip


def _wk(d: date) -> date:
    """The date itself on a weekday, else the Monday after."""
    return d + timedelta(days=(7 - d.weekday()) % 7 if d.weekday() >= 5 else 0)


def _age(dob: date, on: date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------------------------
# dates

_MON = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_MONTH = _w("January February March April May June July August September October November December")


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _f(d: date, style: str) -> str:
    dd, mm, yy, yyyy = d.day, d.month, d.year % 100, d.year
    mon, month = _MON[mm - 1], _MONTH[mm - 1]
    return {
        "dmy": f"{dd:02d}/{mm:02d}/{yyyy}",
        "dmy2": f"{dd:02d}/{mm:02d}/{yy:02d}",
        "dmy_n": f"{dd}/{mm}/{yyyy}",
        "dmy2_n": f"{dd}/{mm}/{yy:02d}",
        "dmy_dot": f"{dd:02d}.{mm:02d}.{yyyy}",
        "dmy2_dot": f"{dd}.{mm}.{yy:02d}",
        "dmy_dash": f"{dd:02d}-{mm:02d}-{yyyy}",
        "d-mon-y": f"{dd:02d}-{mon}-{yyyy}",
        "d-mon-yy": f"{dd}-{mon}-{yy:02d}",
        "D-MON-YY": f"{dd:02d}-{mon.upper()}-{yy:02d}",
        "dMONy": f"{dd:02d}{mon.upper()}{yyyy}",
        "d mon y": f"{dd} {mon} {yyyy}",
        "d month y": f"{dd} {month} {yyyy}",
        "dth month y": f"{_ord(dd)} {month} {yyyy}",
        "dth mon": f"{_ord(dd)} {mon}",
        "dth of month": f"{_ord(dd)} of {month}",
        "d month": f"{dd} {month}",
        "d mon": f"{dd} {mon}",
        "month d, y": f"{month} {dd}, {yyyy}",
        "mon d, y": f"{mon} {dd}, {yyyy}",
        "mon. d, y": f"{mon}. {dd}, {yyyy}" if mm != 5 else f"May {dd}, {yyyy}",
        "month d": f"{month} {dd}",
        "mon d": f"{mon} {dd}",
        "mdy": f"{mm:02d}/{dd:02d}/{yyyy}",
        "mdy_n": f"{mm}/{dd}/{yyyy}",
        "mdy2": f"{mm}/{dd}/{yy:02d}",
        "md": f"{mm}/{dd}",
        "dm": f"{dd}/{mm}",
        "iso": d.isoformat(),
        "ymd": f"{yyyy}{mm:02d}{dd:02d}",
        "ymd_slash": f"{yyyy}/{mm:02d}/{dd:02d}",
        "month y": f"{month} {yyyy}",
    }[style]


def _iso_dt(x: _Ctx, d: date, seconds: bool = True) -> str:
    hh, mi, ss = x.r.randint(7, 21), x.r.randint(0, 59), x.r.randint(0, 59)
    return f"{d.isoformat()}T{hh:02d}:{mi:02d}" + (f":{ss:02d}" if seconds else "")


def _hhmm(x: _Ctx, colon: bool = True) -> str:
    hh, mi = x.r.randint(7, 19), x.ch((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return f"{hh:02d}:{mi:02d}" if colon else f"{hh:02d}{mi:02d}"


# ---------------------------------------------------------------------------------------------
# places, phones, ids

_UK_TOWNS = [
    ("Didsbury", "M20"), ("Withington", "M20"), ("Stockport", "SK4"), ("Chorlton", "M21"),
    ("Headingley", "LS6"), ("Roundhay", "LS8"), ("Crookes", "S10"), ("Ecclesall", "S11"),
    ("Whitchurch", "CF14"), ("Llandaff", "CF5"), ("Sketty", "SA2"), ("Hyndland", "G12"),
    ("Shawlands", "G41"), ("Bangor", "BT20"), ("Bishopston", "BS7"), ("Eaton", "NR4"),
    ("Headington", "OX3"), ("Moseley", "B13"), ("Gosforth", "NE3"), ("Oadby", "LE2"),
    ("Truro", "TR1"), ("Wigan", "WN1"), ("Bolton", "BL1"), ("Harrogate", "HG2"),
]  # fmt: skip
_UK_STREETS = _w(
    "Beech Grove|Wilmslow Road|Mill Lane|Burton Road|Hollin Close|Kingsway|"
    "Albert Street|Moorside Avenue|Chestnut Drive|Cavendish Road|"
    "Ashfield Crescent|Rowan Way|Clifton Terrace|Greenbank Gardens|Hawthorn Close|"
    "Victoria Park Road|Elmfield Avenue|Church Walk|Heol y Coed|Lon Ceiriog",
    "|",
)
_IE_TOWNS = [
    ("Ballincollig", "Co. Cork", "P31"), ("Douglas", "Co. Cork", "T12"),
    ("Salthill", "Co. Galway", "H91"), ("Castletroy", "Co. Limerick", "V94"),
    ("Tramore", "Co. Waterford", "X91"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Letterkenny", "Co. Donegal", "F92"), ("Navan", "Co. Meath", "C15"),
    ("Tralee", "Co. Kerry", "V92"), ("Ennis", "Co. Clare", "V95"), ("Drogheda", "Co. Louth", "A92"),
    ("Tullamore", "Co. Offaly", "R35"), ("Dublin 15", "", "D15"), ("Dublin 6W", "", "D6W"),
    ("Swords", "Co. Dublin", "K67"), ("Castlebar", "Co. Mayo", "F23"),
]  # fmt: skip
_IE_STREETS = _w(
    "Ard Na Gréine|Castlecurragh Vale|Bóthar na Trá|The Paddocks|Sycamore Drive|"
    "Hazelwood Park|Cluain Árd|Millbrook Lawn|Church View|Station Road|"
    "Ashgrove Meadows|Riverforest",
    "|",
)
_CA_CITIES = [
    ("Toronto", "ON", "M4C"), ("Toronto", "ON", "M6P"), ("Hamilton", "ON", "L8S"),
    ("Ottawa", "ON", "K1S"), ("London", "ON", "N6A"), ("Brampton", "ON", "L6T"),
    ("Mississauga", "ON", "L5M"), ("Montréal", "QC", "H2X"), ("Laval", "QC", "H7N"),
    ("Winnipeg", "MB", "R3M"), ("Calgary", "AB", "T2N"), ("Edmonton", "AB", "T6G"),
    ("Vancouver", "BC", "V5K"), ("Surrey", "BC", "V3W"), ("Halifax", "NS", "B3H"),
    ("Saskatoon", "SK", "S7N"), ("Kingston", "ON", "K7L"), ("Sudbury", "ON", "P3E"),
]  # fmt: skip
_CA_STREETS = _w(
    "Erskine Ave|Danforth Ave|Main St W|Bank St|Richmond St|Queen St E|"
    "rue Saint-Denis|Pembina Hwy|Kensington Rd NW|Whyte Ave NW|Fraser St|"
    "Spring Garden Rd|College Dr|Princess St|Lakeshore Rd",
    "|",
)
_AU_SUBURBS = [
    ("Brunswick", "VIC", "3056"), ("Frankston", "VIC", "3199"), ("Reservoir", "VIC", "3073"),
    ("Randwick", "NSW", "2031"), ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"),
    ("Woolloongabba", "QLD", "4102"), ("Toowoomba", "QLD", "4350"), ("Subiaco", "WA", "6008"),
    ("Joondalup", "WA", "6027"), ("Elizabeth", "SA", "5112"), ("Glenelg", "SA", "5045"),
    ("Sandy Bay", "TAS", "7005"), ("Belconnen", "ACT", "2617"), ("Geelong West", "VIC", "3218"),
    ("Wollongong", "NSW", "2500"),
]  # fmt: skip
_AU_STREETS = _w(
    "Ormond Street|Banksia Crescent|Sydney Road|Wattle Avenue|Grevillea Court|"
    "Nepean Highway|Bellevue Parade|Boundary Road|Anzac Parade|Jacaranda Drive|"
    "Tuart Street|Yarra Street",
    "|",
)
_US_CITIES = [
    ("Houston", "TX", "770"), ("Pasadena", "TX", "775"), ("Quincy", "MA", "021"),
    ("Nashville", "TN", "372"), ("Columbus", "OH", "432"), ("Rochester", "MN", "559"),
    ("Tacoma", "WA", "984"), ("Tampa", "FL", "336"), ("Omaha", "NE", "681"),
    ("Buffalo", "NY", "142"), ("Duarte", "CA", "910"), ("Pittsburgh", "PA", "152"),
    ("Towson", "MD", "212"), ("Ogden", "UT", "844"), ("Ypsilanti", "MI", "481"),
    ("Durham", "NC", "277"), ("Decatur", "GA", "300"), ("Aurora", "CO", "800"),
]  # fmt: skip
_US_STREETS = _w(
    "Maple Dr|Oak Hollow Ln|Willow Bend Ct|Magnolia Ave|Cedar Ridge Rd|"
    "Lakeview Blvd|Briar Creek Dr|Pecan St|Sycamore Way|N Ashland Ave|W 38th St|"
    "Fairmont Pkwy|Linden Ave",
    "|",
)
_IN_PLACES = [
    ("Dadar", "Mumbai", "Maharashtra", "4000"), ("Parel", "Mumbai", "Maharashtra", "4000"),
    ("Andheri East", "Mumbai", "Maharashtra", "4000"), ("Kothrud", "Pune", "Maharashtra", "4110"),
    ("Adyar", "Chennai", "Tamil Nadu", "6000"), ("Koramangala", "Bengaluru", "Karnataka", "5600"),
    ("Edappally", "Kochi", "Kerala", "6820"), ("Salt Lake", "Kolkata", "West Bengal", "7000"),
    ("Lajpat Nagar", "New Delhi", "Delhi", "1100"), ("Banjara Hills", "Hyderabad", "Telangana",
    "5000"), ("Gandhi Nagar", "Vellore", "Tamil Nadu", "6320"), ("Gomti Nagar", "Lucknow",
    "Uttar Pradesh", "2260"),
]  # fmt: skip
_IN_LINES = _w(
    "Flat {n}, Sai Krupa CHS, Tilak Road|No. {n}, 3rd Cross, 5th Main|"
    "{n}/B, Shanti Niwas, Gokhale Road|Door No. {n}, Gandhi Street|"
    "H.No. {n}-2-{m}, Road No. 12|{n}, Anand Vihar, Lane 4|Plot {n}, Sector {m}|"
    "B-{n}, Green Park Apartments",
    "|",
)
_NZ_PLACES = [
    ("Grafton", "Auckland", "1023"), ("Ōtāhuhu", "Auckland", "1062"), ("Māngere", "Auckland",
    "2022"), ("Riccarton", "Christchurch", "8011"), ("Newtown", "Wellington", "6021"),
    ("Hamilton East", "Hamilton", "3216"), ("Greerton", "Tauranga", "3112"), ("Mornington",
    "Dunedin", "9011"), ("Kamo", "Whangārei", "0112"),
]  # fmt: skip
_NZ_STREETS = _w("Kowhai Street|Rata Road|Puriri Avenue|Tui Crescent|Karaka Place", "|")
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def _uk_postcode(x: _Ctx, outward: str) -> str:
    return f"{outward} {x.r.randint(1, 9)}{x.ch(_UK_LETTERS)}{x.ch(_UK_LETTERS)}"


def _address(x: _Ctx, region: str) -> tuple[str, str, str, str, str, list[str]]:
    """(street line, city / town / suburb, state / county, postcode, country, extra lines)."""
    r = x.r
    if region in ("uk", "staff"):
        town, outward = x.ch(_UK_TOWNS)
        line = f"{r.randint(2, 188)} {x.ch(_UK_STREETS)}"
        if r.random() < 0.2:
            line = f"Flat {r.randint(1, 12)}, {line}"
        return line, town, "", _uk_postcode(x, outward), "GB", []
    if region == "ie":
        town, county, key = x.ch(_IE_TOWNS)
        line = f"{r.randint(1, 96)} {x.ch(_IE_STREETS)}"
        return line, town, county, key + " " + "".join(x.ch(_EIR) for _ in range(4)), "IE", []
    if region == "ca":
        city, prov, fsa = x.ch(_CA_CITIES)
        line = f"{r.randint(12, 2890)} {x.ch(_CA_STREETS)}"
        if r.random() < 0.3:
            line = f"{r.randint(2, 28)}{r.randint(1, 19):02d}-{line}"
        pc = f"{fsa} {r.randint(1, 9)}{x.ch('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        return line, city, prov, pc, "CA", []
    if region == "au":
        sub, st, pc = x.ch(_AU_SUBURBS)
        line = f"{r.randint(2, 140)} {x.ch(_AU_STREETS)}"
        if r.random() < 0.3:
            line = f"Unit {r.randint(1, 14)}/{line}"
        return line, sub, st, pc, "AU", []
    if region == "us":
        city, st, z3 = x.ch(_US_CITIES)
        line = f"{r.randint(100, 9899)} {x.ch(_US_STREETS)}"
        if r.random() < 0.3:
            line += f" Apt {r.randint(1, 40)}{x.ch('ABCD')}"
        return line, city, st, f"{z3}{r.randint(1, 99):02d}", "US", []
    if region == "in":
        loc, city, st, p4 = x.ch(_IN_PLACES)
        line = x.ch(_IN_LINES).format(n=r.randint(2, 304), m=r.randint(2, 40))
        return line, city, st, f"{p4}{r.randint(1, 99):02d}", "IN", [loc]
    if region == "nz":
        sub, city, pc = x.ch(_NZ_PLACES)
        line = f"{r.randint(2, 120)} {x.ch(_NZ_STREETS)}"
        return line, city, "", pc, "NZ", [sub]
    raise KeyError(region)


_US_AREA = ["713", "832", "617", "615", "614", "507", "253", "813", "402", "716", "626", "412"]
_CA_AREA = ["416", "647", "905", "613", "519", "514", "204", "403", "780", "604", "902", "306"]


def _phone(x: _Ctx, region: str, mobile: bool = True) -> str:
    r, n = x.r, x.n
    if region in ("uk", "staff"):
        if mobile:
            k = r.randint(400, 999)
            return x.ch((f"07{k} {n(6)}", f"07{k} {n(3)} {n(3)}", f"+44 7{k} {n(6)}"))
        return x.ch(
            (
                f"0161 {n(3)} {n(4)}",
                f"0113 {n(3)} {n(4)}",
                f"029 20{n(2)} {n(4)}",
                f"0117 {n(3)} {n(4)}",
                f"0141 {n(3)} {n(4)}",
                f"028 90{n(2)} {n(4)}",
            )
        )
    if region == "ie":
        if mobile:
            return x.ch((f"08{x.ch('35679')} {n(3)} {n(4)}", f"08{x.ch('5679')}-{n(7)}",
                         f"+353 8{x.ch('5679')} {n(3)} {n(4)}"))  # fmt: skip
        return x.ch((f"(021) 4{n(2)} {n(4)}", f"01 8{n(2)} {n(4)}", f"091 5{n(5)}"))
    if region in ("us", "ca"):
        a = x.ch(_US_AREA if region == "us" else _CA_AREA)
        p, q = f"{r.randint(2, 9)}{n(2)}", n(4)
        return x.ch((f"({a}) {p}-{q}", f"{a}-{p}-{q}", f"{a}.{p}.{q}"))
    if region == "au":
        if mobile:
            return x.ch((f"04{n(2)} {n(3)} {n(3)}", f"+61 4{n(2)} {n(3)} {n(3)}"))
        return f"({x.ch(('02', '03', '07', '08'))}) {r.randint(8, 9)}{n(3)} {n(4)}"
    if region == "in":
        if mobile:
            return x.ch((f"+91 9{n(4)} {n(5)}", f"9{n(9)}", f"+91-8{n(9)}"))
        return f"0{x.ch(('22', '44', '80', '20'))}-2{n(3)} {n(4)}"
    if region == "nz":
        if mobile:
            return x.ch((f"021 {n(3)} {n(4)}", f"027 {n(3)} {n(4)}", f"+64 22 {n(3)} {n(4)}"))
        return f"(09) {r.randint(3, 9)}{n(2)} {n(4)}"
    raise KeyError(region)


def _nhs(x: _Ctx) -> str:
    while True:
        d = [x.r.randint(4, 6)] + [x.r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(v * (10 - k) for k, v in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _medicare(x: _Ctx) -> str:
    d = [x.r.randint(2, 6)] + [x.r.randint(0, 9) for _ in range(7)]
    c = sum(v * w for v, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(x.r.randint(1, 4))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def _nhi(x: _Ctx) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        a = [x.ch(letters) for _ in range(3)]
        d = [x.r.randint(0, 9) for _ in range(3)]
        vals = [letters.index(c) + 1 for c in a] + d
        rem = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem:
            return "".join(a) + "".join(map(str, d)) + str((11 - rem) % 10)


def _ssn(x: _Ctx, dashes: bool = True) -> str:
    area = x.ch([v for v in range(101, 900) if v != 666])
    s = f"{area:03d}{x.r.randint(1, 99):02d}{x.r.randint(1, 9999):04d}"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}" if dashes else s


def _sin(x: _Ctx) -> str:
    while True:
        d = [x.r.randint(1, 7)] + [x.r.randint(0, 9) for _ in range(8)]
        tot = 0
        for k, v in enumerate(d):
            v = v * 2 if k % 2 else v
            tot += v - 9 if v > 9 else v
        if tot % 10 == 0:
            s = "".join(map(str, d))
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        d[-1] = 0


def _ppsn(x: _Ctx) -> str:
    d = [x.r.randint(0, 9) for _ in range(7)]
    rem = sum(v * w for v, w in zip(d, range(8, 1, -1), strict=True)) % 23
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[rem] + x.ch(("", "", "A", "W"))


def _ohip(x: _Ctx) -> str:
    return f"{x.n(4)}-{x.n(3)}-{x.n(3)}-{x.ch('ABCDEFGHJKLMNPRSTVWXYZ')}{x.ch('ABCDEHKLMT')}"


def _mbi(x: _Ctx) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{x.r.randint(1, 9)}{x.ch(al)}{x.ch(al + '0123456789')}{x.n(1)}-{x.ch(al)}"
            f"{x.ch(al + '0123456789')}{x.n(1)}-{x.ch(al)}{x.ch(al)}{x.n(2)}")  # fmt: skip


def _email(x: _Ctx, first: str, last: str, domain: str) -> str:
    f = "".join(c for c in first.lower() if c.isalpha() or c == "-")
    l_ = "".join(c for c in last.lower() if c.isalpha() or c == "-")
    f = f.translate(str.maketrans("áéíóúàèçôöōā", "aeiouaecoooa"))
    l_ = l_.translate(str.maketrans("áéíóúàèçôöōā", "aeiouaecoooa"))
    user = x.ch((f"{f}.{l_}", f"{f[0]}.{l_}", f"{f}{l_}{x.r.randint(1, 99)}", f"{l_}{f[0]}",
                 f"{f}_{l_}"))  # fmt: skip
    return f"{user}@{domain}"


def _ip(x: _Ctx, private: bool = False) -> str:
    r = x.r
    if private:
        return x.ch((f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                     f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"))  # fmt: skip
    first = x.ch((24, 49, 68, 73, 86, 98, 103, 109, 122, 151, 174, 203))
    return f"{first}.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}"


def _ini(first: str, last: str, lower: bool = False) -> str:
    s = first[0] + last.replace("O'", "O").replace("Ó ", "O").replace("Mac ", "M")[0]
    return s.lower() if lower else s.upper()


def _cap(s: str) -> str:
    return s.upper()


# ---------------------------------------------------------------------------------------------
# templates


def _sact_preassessment(x: _Ctx) -> Note:
    """UK chemotherapy day-unit pre-assessment, FOLFOX with dose banding."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(44, 78), "K" + x.n(7))
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    cyc = x.r.randint(2, 9)
    prev = on - timedelta(days=14)
    bsa = round(x.r.uniform(1.62, 2.08), 2)
    sp_sex = x.ch("MF")
    husb = x.first("uk", sp_sex)
    nurse_f, nurse_l = x.person("staff", "F")
    ph_f, ph_l = x.person("staff")
    b = NoteBuilder()
    b.t("SACT PRE-ASSESSMENT - Oncology Day Unit (Chemotherapy Suite, Ward 4)\nPatient: ")
    b.p("NAME", f"{p.last.upper()}, {p.first}").t("   Hosp No: ").p("ID", p.mrn)
    b.t("   NHS No: ").p("ID", nhs).t("   DOB: ").p("DATE", _f(p.dob, "dmy")).t("\n")
    b.t("Diagnosis: adenocarcinoma sigmoid colon ").c("pT3 N1b M0").t(", adjuvant\n")
    b.t("Regimen: FOLFOX (modified de Gramont) - ").c(f"Cycle {cyc} Day 1 (C{cyc}D1)").t("\n")
    b.t("Previous cycle: ").c(f"C{cyc - 1}D1").t(" = ").p("DATE", _f(prev, "dmy")).t(", ")
    b.t("pump disconnected ").c(f"C{cyc - 1}D3").t(" = ").p("DATE", _f(prev + timedelta(2), "dm"))
    b.t("\nHt ").c(f"{x.r.randint(152, 188)} cm").t("  Wt ").c(f"{x.r.uniform(52, 96):.1f} kg")
    b.t("  BSA ").c(f"{bsa} m2").t(" (wt change <5%, no recalculation)\n")
    b.t("Oxaliplatin ").c("85 mg/m2").t(" = ").c(f"{round(85 * bsa / 5) * 5} mg").t(
        " (dose banded)"
    )
    b.t("\n5-FU bolus ").c("400 mg/m2").t(", infusional ").c("2400 mg/m2 over 46 h")
    b.t(" via PICC, folinic acid ").c("350 mg").t("\nFBC ").p("DATE", _f(on - timedelta(1), "dmy2"))
    b.t(": ").c(f"Hb {x.r.randint(98, 141)} g/L").t(", ").c(f"WCC {x.r.uniform(3, 8):.1f}")
    b.t(", ").c(f"Neut {x.r.uniform(1.5, 4.9):.1f} x10^9/L").t(", ")
    b.c(f"Plt {x.r.randint(112, 390)}").t("; ").c(f"Cr {x.r.randint(55, 104)} umol/L")
    b.t(", ").c(f"bili {x.r.randint(4, 19)}").t("\nObs: ").c(f"T {x.r.uniform(36.1, 37.3):.1f}")
    b.t(" ").c(f"BP {x.r.randint(108, 152)}/{x.r.randint(62, 92)}").t(" ")
    b.c(f"HR {x.r.randint(62, 98)}").t(" ").c(f"SpO2 {x.r.randint(95, 99)}% RA").t("\n")
    b.t("Toxicity: peripheral neuropathy ").c("CTCAE grade 1").t(" (cold-induced, resolves by ")
    b.c("D5").t("), diarrhoea ").c("G0").t(", mucositis ").c("G0").t(", PPE nil.\n")
    b.t("Plan: OK to proceed at full dose. Neutropenic sepsis advice given, alert card checked - ")
    b.t("24h Acute Oncology line ").p("PHONE", _phone(x, "uk", mobile=False)).t(" on card.\n")
    b.t("Next: ").c(f"C{cyc + 1}D1").t(" = ").p("DATE", _f(on + timedelta(14), "d-mon-y"))
    b.t(". ").t("Husband" if sp_sex == "M" else "Wife").t(" ")
    b.p("NAME", husb).t(" collecting (mob ").p("PHONE", _phone(x, "uk")).t(").\n")
    b.t("Pre-assessed by: ").p("NAME", f"{nurse_f} {nurse_l[0]}").t(", Band 6 chemo nurse. ")
    b.t("Clinically screened: ").p("NAME", _ini(ph_f, ph_l, lower=True)).t(" (pharm)\n")
    return b.build(p.fhir())


def _rchop_verification(x: _Ctx) -> Note:
    """Irish oncology pharmacy verification of an R-CHOP-21 prescription."""
    on = x.day()
    p = x.patient("ie", on, x.r.randint(38, 80), "0" + x.n(6))
    bsa = round(x.r.uniform(1.6, 2.1), 2)
    cyc = x.r.randint(2, 6)
    phn = x.first("ie", "F")
    sp_l = x.person("staff")[1]
    ph_f, ph_l = x.person("staff", "F")
    chk_f, chk_l = x.person("staff")
    b = NoteBuilder()
    b.t("ONCOLOGY PHARMACY - SACT PRESCRIPTION VERIFICATION\nName: ").p(
        "NAME", f"{p.first} {p.last}"
    )
    b.t(" | MRN: ").p("ID", p.mrn).t(" | DOB: ").p("DATE", _f(p.dob, "dth month y"))
    b.t(" | Ward: St Anne's Day Ward\nAddress: ").p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city)
    b.t((", " + p.state) if p.state else "").t(", ").p("ZIP", p.postal).t("\n")
    b.t("Diagnosis: DLBCL (GCB), stage ").c("IIIA").t(", ").c("IPI 2").t("\n")
    b.t("Regimen: R-CHOP-21 cycle ").c(f"{cyc} of 6").t(" due ").p("DATE", _f(on, "dmy_dot"))
    b.t("\nHt ").c(f"{x.r.randint(155, 190)} cm").t(" Wt ").c(f"{x.r.uniform(55, 101):.1f} kg")
    b.t(" BSA ").c(f"{bsa} m2").t("\nRituximab ").c("375 mg/m2").t(" = ")
    b.c(f"{round(375 * bsa / 100) * 100} mg").t(" IV (rapid infusion from C2)\n")
    b.t("Cyclophosphamide ").c("750 mg/m2").t(" = ").c(f"{round(750 * bsa)} mg").t("\n")
    b.t("Doxorubicin ").c("50 mg/m2").t(" = ").c(f"{round(50 * bsa)} mg").t(" (cumulative ")
    b.c(f"{50 * cyc} mg/m2").t(")\nVincristine ").c("1.4 mg/m2").t(" capped ").c("2 mg")
    b.t("\nPrednisolone ").c("100 mg OD D1-5").t("\nPegfilgrastim ").c("6 mg SC D2").t(" - PHN ")
    b.p("NAME", phn).t(" to give at home on ").p("DATE", _f(on + timedelta(1), "dmy_n")).t("\n")
    b.t("Checks: ").c(f"neut {x.r.uniform(1.1, 3.9):.1f}").t(", ").c(f"plt {x.r.randint(101, 330)}")
    b.t(", ").c(f"bili {x.r.randint(5, 21)}").t(", ").c(f"ALT {x.r.randint(12, 48)}")
    b.t("; HBcAb negative ").p("DATE", _f(on - timedelta(x.r.randint(60, 120)), "dmy")).t("\n")
    b.t("Query to Dr ").p("NAME", sp_l).t(" (SpR, bleep ").p("PHONE", x.n(4)).t(") re vincristine ")
    b.t("cap with grade 1 neuropathy - proceed, review before next cycle.\nVerified: ")
    b.p("NAME", f"{ph_f[0]}. {ph_l}").t(", Senior Oncology Pharmacist. 2nd check: ")
    b.p("NAME", _ini(chk_f, chk_l, lower=True)).t("\n")
    return b.build(p.fhir())


def _rt_ct_sim(x: _Ctx) -> Note:
    """Ontario radiation therapy CT-simulation note, whole breast hypofractionation."""
    on = x.day()
    p = x.patient("ca", on, x.r.randint(36, 79), x.n(7), sex="F")
    ohip = _ohip(x)
    p.ids.append(("ohip", ohip))
    ro_f, ro_l = x.person("staff")
    t1_f, t1_l = x.person("ca")
    t2_f, t2_l = x.person("staff")
    partner = x.first("ca")
    start = on + timedelta(days=7)
    b = NoteBuilder()
    b.t("RADIATION THERAPY - CT SIMULATION\nPatient: ").p("NAME", f"{p.last}, {p.first}")
    b.t(" | MRN ").p("ID", p.mrn).t(" | OHIP ").p("ID", ohip).t(" | DOB ").p(
        "DATE", _f(p.dob, "iso")
    )
    b.t("\nRadiation Oncologist: Dr. ").p("NAME", f"{ro_f[0]}. {ro_l}").t("\n")
    b.t("Site: left breast, post lumpectomy + SLNB (").c("pT1c N0").t(", ").c("ER+/PR+/HER2-")
    b.t(", ").c("Oncotype RS 14").t(")\nRx: ").c("40.05 Gy in 15 fractions").t(" (")
    b.c("2.67 Gy/#").t(") to whole breast + tumour bed boost ").c("10 Gy in 4#").t("\n")
    b.t("Sim date: ").p("DATE", _f(on, "mon d, y")).t(". DIBH coached, 3 tattoos placed, ")
    b.t("breast board at 10 degrees, arms up in vac-lok. Consent reviewed and signed.\n")
    b.t("Planning: CTV/PTV per RTOG atlas; heart mean <2 Gy constraint, V20 lung <").c("15%")
    b.t(".\nFirst treatment: ").t(start.strftime("%a") + " ").p("DATE", _f(start, "mon d"))
    b.t(" (unit TB3), 3 weeks daily M-F. ").c("ECOG 0").t(". Letrozole ").c("2.5 mg daily")
    b.t(" to start after RT.\nPt contact: ").p("PHONE", p.phone).t("; partner ").p("NAME", partner)
    b.t(" drove, parking pass given.\nRTT: ").p("NAME", f"{t1_f} {t1_l}").t(", MRT(T); ")
    b.p("NAME", _ini(t2_f, t2_l, lower=True)).t("\n")
    return b.build(p.fhir())


def _rt_on_treatment(x: _Ctx) -> Note:
    """Australian on-treatment review during chemoradiation for oropharyngeal cancer."""
    on = x.day()
    p = x.patient("au", on, x.r.randint(45, 74), "00" + x.n(6), sex="M")
    mc = _medicare(x)
    p.ids.append(("medicare", mc.replace(" ", "")))
    frac = x.r.randint(12, 30)
    wife_f = x.first("au", "F")
    reg_l = x.person("staff")[1]
    rn_f, rn_l = x.person("au", "F")
    base = x.r.uniform(72, 98)
    b = NoteBuilder()
    b.t("Radiation Oncology - on-treatment review (week ").c(str(frac // 5 + 1)).t(")\nUR ")
    b.p("ID", p.mrn).t("   Medicare ").p("ID", mc).t("\nName: ").p(
        "NAME", f"{p.first} {p.last}".upper()
    )
    b.t("   DOB ").p("DATE", _f(p.dob, "dmy")).t("\nSite: oropharynx SCC, ").c("p16+").t(", ")
    b.c("T2 N1 M0").t(" (AJCC 8th, stage I)\nDose: ").c("70 Gy in 35#").t(", fraction ")
    b.c(f"{frac}/35").t(" today; concurrent cisplatin ").c("40 mg/m2 weekly").t(", cycle ")
    b.c(str(frac // 5)).t(" given ").p("DATE", _f(on - timedelta(x.r.randint(1, 4)), "dmy_n"))
    b.t("\nCTCAE v5: oral mucositis ").c("grade 2").t(", radiation dermatitis ").c("grade 1")
    b.t(", dysphagia ").c("grade 2").t(". Wt ").c(f"{base * 0.94:.1f} kg").t(" (baseline ")
    b.c(f"{base:.1f} kg").t(", -6%)\n").c(f"BP {x.r.randint(110, 150)}/{x.r.randint(65, 90)}")
    b.t(" ").c(f"HR {x.r.randint(66, 104)}").t(" ").c(f"T {x.r.uniform(36.2, 37.4):.1f}").t("\n")
    b.t("Analgesia: Endone ").c("5 mg 4-hourly prn").t(", paracetamol ").c("1 g QID")
    b.t(", Caphosol rinses, Mepitel film to neck.\nPlan: dietitian r/v today re NGT; ")
    b.t("continue RT. Wife ").p("NAME", wife_f).t(" (").p("PHONE", _phone(x, "au")).t(") present.")
    b.t("\nReviewed: Dr ").p("NAME", reg_l).t(" (RO reg) / ").p("NAME", f"{rn_f} {rn_l}").t(
        ", CNC\n"
    )
    return b.build(p.fhir())


def _mdt_outcomes(x: _Ctx) -> Note:
    """UK lower GI cancer MDT outcome list for several patients; the note's patient is first."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(48, 82), "RW" + x.n(6))
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    chair = x.person("staff")[1]
    rad = x.person("staff")[1]
    onc = x.person("staff")[1]
    co_f, co_l = x.person("uk", "F")
    cns = x.first("uk", "F")
    o1f, o1l = x.person("uk", "F")
    o2f, o2l = x.person("uk", "M")
    o3f, o3l = x.person("uk")
    old = x.r.randint(90, 97) if x.r.random() < 0.6 else x.r.randint(80, 88)
    b = NoteBuilder()
    b.t("LOWER GI CANCER MDT - OUTCOMES  (").t(on.strftime("%A") + " ")
    b.p("DATE", _f(on, "d month y")).t(")\nChair: Mr ").p("NAME", chair).t(" (colorectal); ")
    b.t("Radiology: Dr ").p("NAME", rad).t("; Coordinator: ").p("NAME", f"{co_f} {co_l}").t(" (")
    b.p("EMAIL", _email(x, co_f, co_l, "nhs.net")).t(", ext ").p("PHONE", x.n(4)).t(")\n\n")
    b.t("1. ").p("NAME", f"{p.last.upper()}, {p.first}").t("  Hosp ").p("ID", p.mrn).t("  NHS ")
    b.p("ID", nhs).t("  ").c(f"{_age(p.dob, on)}{p.sex}").t("\n   Rectal adenocarcinoma ")
    b.c("8 cm from AV").t("; MRI ").c("T3c N1 EMVI+").t(", CRM threatened; CT TAP no mets. ")
    b.c("CEA 7.4").t("\n   Outcome: TNT - long-course CRT ").c("50 Gy in 25#").t(
        " with capecitabine "
    )
    b.c("825 mg/m2 BD").t(" then FOLFOX x6; clinic with Dr ").p("NAME", onc)
    b.t(" ").p("DATE", _f(on + timedelta(7), "dmy2_n")).t(". CNS: ").p("NAME", cns)
    b.t(" (Macmillan)\n2. ").p("NAME", f"{o1l.upper()}, {o1f}").t("  Hosp ").p("ID", "RW" + x.n(6))
    b.t("  ")
    if old >= 90:
        b.p("AGE", str(old)).t("F")
    else:
        b.c(f"{old}F")
    b.t("\n   Caecal tumour, dMMR (MLH1/PMS2 loss), BRAF V600E; ").c("CFS 7")
    b.t(". Outcome: not for resection - BSC, GP informed.\n3. ")
    b.p("NAME", f"{o2l.upper()}, {o2f}").t("  Hosp ").p("ID", "RW" + x.n(6)).t("  ")
    b.c(f"{x.r.randint(52, 79)}M").t("\n   Synchronous liver mets x3 (segments ").c("VI/VII")
    b.t("), RAS wild-type. Outcome: FOLFIRI + panitumumab, re-discuss after ").c("4 cycles")
    b.t(" with HPB.\n4. ").p("NAME", _ini(o3f, o3l)).t(" (deferred - staging CT ")
    b.p("DATE", _f(on + timedelta(4), "dm")).t(")\n")
    return b.build(p.fhir())


_ACRO = ["TANDEM-LC", "NEPTUNE-2", "HORIZON-3", "PRIMROSE", "KESTREL-B", "ORCHARD", "SENTINEL-7",
         "LUMEN", "ALDER-CT", "MERIDIAN-1"]  # fmt: skip


def _trial_screening(x: _Ctx) -> Note:
    """US research clinic screening visit for an EGFR-mutant lung cancer trial."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(41, 79), x.n(8))
    site = x.n(4)
    scr = f"{site}-S-{x.n(4)}"
    ssn = _ssn(x)
    crc_f, crc_l = x.person("us")
    pi = x.person("staff")[1]
    acro = x.ch(_ACRO)
    b = NoteBuilder()
    b.t(f"RESEARCH CLINIC NOTE - SCREENING VISIT\nStudy: {acro} (NCT0{x.n(7)}), site {site}\n")
    b.t("Participant: ").p("NAME", f"{p.last}, {p.first}").t("   MRN ").p("ID", p.mrn)
    b.t("   Screening no. ").p("ID", scr).t("\nDOB ").p("DATE", _f(p.dob, "mdy")).t("   Phone ")
    b.p("PHONE", p.phone).t("\nConsent: ICF v4.0 (IRB-approved ")
    b.p("DATE", _f(on - timedelta(x.r.randint(40, 200)), "mdy_n")).t(") signed ")
    b.p("DATE", _f(on, "mdy2")).t(" at ").t(_hhmm(x)).t(" before any study procedure; copy given. ")
    b.t("Consented by ").p("NAME", f"{crc_f} {crc_l}").t(", CRC; PI Dr. ").p("NAME", pi).t(".\n")
    b.t("Eligibility: NSCLC adenocarcinoma, ").c("EGFR exon 19 deletion").t(" (ctDNA ")
    b.p("DATE", _f(on - timedelta(30), "mdy_n")).t("), no prior osimertinib, ").c("ECOG 1")
    b.t(", measurable per RECIST 1.1 (target ").c(f"{x.r.uniform(1.1, 4.8):.1f} cm").t(").\n")
    b.t("Labs: ").c(f"ANC {x.r.uniform(1.6, 5.2):.1f}").t(", ").c(f"plt {x.r.randint(110, 390)}")
    b.t(", ").c(f"Cr {x.r.uniform(0.6, 1.3):.1f} mg/dL").t(", ").c(f"ALT {x.r.randint(12, 60)} U/L")
    b.t(", ").c(f"QTcF {x.r.randint(398, 448)} ms").t("; brain MRI no mets.\n")
    b.t("Screening window closes ").p("DATE", _f(on + timedelta(28), "mdy")).t(
        ". Stipend: ClinCard"
    )
    b.t(" requested, W-9 on file (SSN ").p("SSN", ssn).t(").\n")
    return b.build(p.fhir())


def _econsent_audit(x: _Ctx) -> Note:
    """US REDCap e-consent audit trail with participant e-mail, URL and IPs."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(24, 80), "E" + x.n(7))
    rec = x.n(4)
    wit_f, wit_l = x.person("us")
    acro = x.ch(_ACRO)
    em = _email(x, p.first, p.last, x.ch(("gmail.com", "yahoo.com", "outlook.com", "comcast.net")))
    code = "".join(x.ch("ABCDEFHJKLMNPRTWXY3479") for _ in range(10))
    host = x.ch(("redcap.uthscsa.edu", "redcap.vumc.org", "redcap.research.med.example.edu"))
    t0 = x.r.randint(8 * 3600, 19 * 3600)
    stamps = []
    for step in (0, x.r.randint(60, 9000), x.r.randint(300, 1500), x.r.randint(60, 400)):
        t0 += step
        stamps.append(f"{on.isoformat()}T{t0 // 3600:02d}:{t0 // 60 % 60:02d}:{t0 % 60:02d}")
    b = NoteBuilder()
    b.t(f"REDCap e-Consent audit log - {acro} Biobank Sub-study\nRecord ID ").p("ID", rec)
    b.t("  (MRN ").p("ID", p.mrn).t(")\nSurvey link: ").p(
        "URL", f"https://{host}/surveys/?s={code}"
    )
    b.t("\n").p("DATE", stamps[0]).t("  invitation sent to ").p("EMAIL", em).t("\n")
    b.p("DATE", stamps[1]).t("  survey opened from ").p("IP", _ip(x)).t("\n")
    b.p("DATE", stamps[2]).t("  participant signature (typed): ")
    b.p("NAME", f"{p.first} {p.last}".lower()).t("; DOB entered ").p("DATE", _f(p.dob, "mdy"))
    b.t("\n").p("DATE", stamps[3]).t("  remote witness ").p("NAME", f"{wit_f} {wit_l}")
    b.t(", CRC, attested from ").p("IP", _ip(x, private=True)).t("\n")
    b.t("PDF snapshot stored to file repository; copy e-mailed to participant.\n")
    b.t("Verified by study staff ").p("DATE", _f(on + timedelta(1), "mdy_n")).t(" - ")
    b.p("NAME", _ini(wit_f, wit_l)).t("\n")
    return b.build(p.fhir())


def _sae_form(x: _Ctx) -> Note:
    """UK trial serious adverse event report: febrile neutropenia on olaparib + carboplatin."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(40, 76), "M" + x.n(7), sex="F")
    acro = x.ch(_ACRO)
    site = x.n(3)
    pid = f"{acro[:3]}-{site}-{x.n(4)}"
    pi_f, pi_l = x.person("staff")
    onset = on - timedelta(days=x.r.randint(2, 6))
    c1 = onset - timedelta(days=10)
    b = NoteBuilder()
    b.t(f"SERIOUS ADVERSE EVENT REPORT - INITIAL\nTrial: {acro} (EudraCT 20{x.r.randint(19, 23)}-")
    b.t(f"{x.n(6)}-{x.n(2)}; ISRCTN{x.n(8)})\nParticipant ID: ").p("ID", pid).t("   Initials: ")
    b.p("NAME", f"{p.first[0]}{p.last[0]}").t(f"   Year of birth: {p.dob.year}   Sex: F\n")
    b.t("Hospital no: ").p("ID", p.mrn).t("\nEvent: febrile neutropenia.  Onset: ")
    b.p("DATE", _f(onset, "dmy")).t("   Date became serious: ").p("DATE", _f(onset, "dmy"))
    b.t(" (hospitalisation)\nSeverity: ").c("CTCAE v5.0 grade 3").t(". ")
    b.c(f"Neut {x.r.uniform(0.1, 0.4):.1f} x10^9/L").t(", ").c(f"T {x.r.uniform(38.1, 39.2):.1f}")
    b.t(", ").c(f"CRP {x.r.randint(60, 240)}").t(", ").c("lactate 1.8").t("; BC no growth at ")
    b.c("48 h").t(".\nIMP: olaparib ").c("300 mg BD").t(", last dose ").p("DATE", _f(onset, "dmy2"))
    b.t("; carboplatin ").c("AUC5").t(" ").c("C2D1").t(" = ").p("DATE", _f(c1, "dmy")).t("\n")
    b.t("Causality: probably related (carboplatin), possibly related (olaparib). Expected per RSI.")
    b.t("\nOutcome: resolved ").p("DATE", _f(on + timedelta(2), "dmy_dash")).t("; G-CSF ")
    b.c("5 mcg/kg").t(" x").c("4 days").t("; IMP held, resume ").c("250 mg BD").t(".\n")
    b.t("Reported by: Dr ").p("NAME", f"{pi_f} {pi_l}").t(" (PI), tel ")
    b.p("PHONE", _phone(x, "uk", mobile=False)).t("\nSend within 24 h to ")
    b.p("EMAIL", f"{acro.split('-')[0].lower()}-safety@leeds.ac.uk").t(" or fax ")
    b.p("PHONE", f"0113 343 {x.n(4)}").t("\n")
    return b.build(p.fhir())


def _imp_accountability(x: _Ctx) -> Note:
    """Australian clinical trials pharmacy dispensing and accountability log."""
    on = x.day()
    p = x.patient("au", on, x.r.randint(35, 80), "00" + x.n(6))
    acro = x.ch(_ACRO)
    part = f"{x.n(4)}-{x.n(4)}"
    rand = "R" + x.n(4)
    lot = f"{x.n(1)}{x.ch('CDEFK')}{x.n(3)}{x.ch('AB')}"
    pharm_f, pharm_l = x.person("staff")
    tech_f, tech_l = x.person("au")
    b = NoteBuilder()
    b.t(f"CLINICAL TRIALS PHARMACY - IMP ACCOUNTABILITY\nProtocol: {acro} (ACTRN1262")
    b.t(f"{x.n(10)})  Arm: blinded\nParticipant no: ").p("ID", part).t("  Randomisation no: ")
    b.p("ID", rand).t("  UR: ").p("ID", p.mrn).t("\nDispensed   | Visit | Kit no. | Lot    | Qty")
    b.t("     | Returned | By\n")
    tot = 0
    for k in range(x.r.randint(3, 4)):
        d = on - timedelta(days=28 * (3 - k))
        ret = x.r.randint(0, 6)
        tot += ret
        b.p("DATE", _f(d, "dmy")).t(" | ").c(f"C{k + 1}D1").t("  | ").p("ID", x.n(6)).t("  | ")
        b.p("ID", lot).t(" | ").c("2 x 60 tab").t(" | ")
        if k:
            b.c(f"{ret} tab")
        else:
            b.t("-")
        b.t("  | ")
        b.p("NAME", _ini(tech_f, tech_l, lower=True) if k % 2 else _ini(pharm_f, pharm_l)).t("\n")
    b.t("Dose: ").c("150 mg BD").t(" (2 tabs BD). Compliance ").c(f"{100 - tot // 3}%").t(". ")
    b.t("Storage ").c("15-25 C").t(
        ", no excursions.\nReturns quarantined for monitor; destruction "
    )
    b.t("authorised ").p("DATE", _f(on + timedelta(21), "dmy_n")).t(".\nPharmacist: ")
    b.p("NAME", f"{pharm_f} {pharm_l}").t("  Technician: ").p("NAME", f"{tech_f} {tech_l}").t("\n")
    return b.build(p.fhir())


def _bmt_donor_search(x: _Ctx) -> Note:
    """UK allograft coordinator note: sibling HLA typing and unrelated donor search."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(28, 66), "A" + x.n(6))
    sib1_f, _ = x.person("uk", "M")
    sib2_f, sib2_l = x.person("uk", "F")
    s_line, s_town, _, s_pc, _, _ = _address(x, "uk")
    co_f, co_l = x.person("uk", "F")
    cons = x.person("staff")[1]
    match = x.r.random() < 0.4
    b = NoteBuilder()
    b.t("TRANSPLANT COORDINATOR NOTE - allogeneic donor search\nRecipient: ")
    b.p("NAME", f"{p.last.upper()}, {p.first}").t("  Hosp no ").p("ID", p.mrn).t("  DOB ")
    b.p("DATE", _f(p.dob, "dmy2")).t("\nDx: AML, ").c("NPM1").t(" mutated, ").c("FLT3-ITD")
    b.t(" positive, CR1 after ").c("2 cycles").t(" DA + midostaurin; ELN 2022 intermediate.\n")
    b.t("Recipient HLA: ").c(
        "A*02:01, A*24:02; B*07:02, B*44:02; C*05:01, C*07:02; "
        "DRB1*15:01, DRB1*04:01; DQB1*06:02, DQB1*03:02"
    ).t("\n")
    b.t("CMV IgG ").c("positive").t(". Blood group ").c("O Rh D positive").t(".\n")
    b.t("Siblings: brother ").p("NAME", sib1_f).t(" (DOB ").p(
        "DATE", _f(p.dob - timedelta(900), "dmy")
    )
    b.t(") - haploidentical; sister ").p("NAME", f"{sib2_f} {sib2_l}").t(" (DOB ")
    b.p("DATE", _f(p.dob + timedelta(1300), "dmy")).t(") - ")
    b.c("10/10 match" if match else "no match").t(".\nBuccal swab kit posted ")
    b.p("DATE", _f(on - timedelta(12), "dm")).t(" to sister at ").p("ADDRESS", s_line).t(", ")
    b.p("ADDRESS", s_town).t(" ").p("ZIP", s_pc).t(".\nAnthony Nolan / DKMS search: ")
    b.c("3").t(" potential 10/10 unrelated donors; preferred donor ID ")
    b.p("ID", f"{x.n(4)}-{x.n(4)}-{x.n(1)}").t(" (M, ").c("24 y").t(", CMV pos). ")
    b.t("Extended typing requested ").p("DATE", _f(on, "d mon y")).t(".\nTarget workup w/c ")
    b.p("DATE", _f(on + timedelta(35), "d month")).t("; discussed with Dr ").p("NAME", cons).t(
        ".\n"
    )
    b.t("Coordinator: ").p("NAME", f"{co_f} {co_l}").t(", ").p("PHONE", _phone(x, "uk", False))
    b.t(", ").p("EMAIL", _email(x, co_f, co_l, "nhs.net")).t("\n")
    return b.build(p.fhir())


def _cart_coordination(x: _Ctx) -> Note:
    """US CAR-T coordination: chain of identity, caregiver, lodging, SSN last 4, MBI."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(45, 77), x.n(8))
    mbi = _mbi(x)
    p.ids.append(("mbi", mbi.replace("-", "")))
    cg_f, cg_l = x.person("us")
    son = x.first("us", "M")
    son_city, son_st, _ = x.ch(_US_CITIES)
    l_line = f"{x.r.randint(100, 3999)} {x.ch(_US_STREETS)}"
    l_city, l_st, l_z3 = x.ch(_US_CITIES)
    co_f, co_l = x.person("us", "F")
    apher = on - timedelta(days=x.r.randint(24, 32))
    d0 = on + timedelta(days=x.r.randint(5, 12))
    b = NoteBuilder()
    b.t("CELLULAR THERAPY (CAR-T) COORDINATION NOTE\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t("  MRN ").p("ID", p.mrn).t("  DOB ").p("DATE", _f(p.dob, "mdy")).t("\n")
    b.t("Product: axicabtagene ciloleucel (Yescarta) for DLBCL, primary refractory after R-CHOP ")
    b.t("x").c("6").t(".\nLeukapheresis ").p("DATE", _f(apher, "dMONy")).t("; COI ")
    b.p("ID", f"YC-{apher.year % 100}-{x.n(4)}-{x.n(4)}").t("; bag ").p("ID", f"DIN W{x.n(12)}")
    b.t("\nBridging: pola-R ").c("1.8 mg/kg").t(". LD chemo flu ").c("30 mg/m2").t(" / cy ")
    b.c("500 mg/m2").t(" D-5 to D-3, infusion D0 ").p("DATE", _f(d0, "mdy2")).t(".\n")
    b.t("Baseline ICE ").c("10/10").t("; levetiracetam ").c("500 mg BID").t(" x").c("30 days")
    b.t("; tocilizumab ").c("8 mg/kg").t(" x2 doses on hand.\nCaregiver 24/7 x30 days: ")
    b.p("NAME", f"{cg_f} {cg_l}").t(" (cell ").p("PHONE", _phone(x, "us")).t("); backup son ")
    b.p("NAME", son).t(" in ").p("ADDRESS", son_city).t(f", {son_st}.\nLodging within 2 hours: ")
    b.t("Hope Lodge, ").p("ADDRESS", l_line).t(", ").p("ADDRESS", l_city).t(f", {l_st} ")
    b.p("ZIP", f"{l_z3}{x.n(2)}").t(", room 21").t(x.n(1)).t(".\nFinancial clearance: Medicare ")
    b.p("ID", mbi).t(", SSN xxx-xx-").p("SSN", x.n(4)).t(". No driving for ").c("8 weeks").t(".\n")
    b.t("Coordinator: ").p("NAME", f"{co_f} {co_l}").t(", RN, BMTCN; pager ").p("PHONE", x.n(4))
    b.t("\n")
    return b.build(p.fhir())


def _haemophilia_letter(x: _Ctx) -> Note:
    """UK haemophilia centre clinic letter to the GP; emicizumab, carrier testing for daughter."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(24, 62), "H" + x.n(7), sex="M")
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    gp = x.person("uk")[1]
    g_line, g_town, _, g_pc, _, _ = _address(x, "uk")
    dau = x.first("uk", "F")
    cons_f, cons_l = x.person("staff")
    physio = x.first("staff")
    b = NoteBuilder()
    b.t("Haemophilia Comprehensive Care Centre\n\nDr ").p("NAME", gp).t("\nThe Surgery, ")
    b.p("ADDRESS", g_line).t(", ").p("ADDRESS", g_town).t(" ").p("ZIP", g_pc).t("\n\nDear Dr ")
    b.p("NAME", gp).t(",\n\nRe: ").p("NAME", f"{p.first} {p.last}").t(", DOB ")
    b.p("DATE", _f(p.dob, "dmy_dot")).t(", NHS Number ").p("ID", nhs).t("\n")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city).t(" ").p("ZIP", p.postal).t("\n\n")
    b.t("Diagnosis: severe haemophilia A (").c("FVIII <1 IU/dL").t("), intron 22 inversion, no ")
    b.t("inhibitor (").c("Bethesda <0.6 BU").t(").\n\nI reviewed Mr ").p("NAME", p.last)
    b.t(" in clinic on ").p("DATE", _f(on, "dth month y")).t(". Since switching to emicizumab ")
    b.t("(Hemlibra) ").c("1.5 mg/kg weekly").t(" he has had ").c("1").t(" traumatic bleed (left ")
    b.t("elbow, ").p("DATE", _f(on - timedelta(x.r.randint(20, 80)), "dth mon")).t(
        ") treated with "
    )
    b.c("2 doses").t(" of rFVIII ").c("3000 IU").t("; ").c(f"ABR {x.r.randint(0, 2)}").t(". ")
    b.t("Right ankle remains a target joint, ").c(f"HJHS {x.r.randint(3, 11)}").t("; physio with ")
    b.p("NAME", physio).t(" continues. Haemtrack entries complete. ").c("Hb 148 g/L").t(", ")
    b.c("plt 231").t(", ").c("ALT 22").t(".\n\nHis daughter ").p("NAME", dau).t(" (aged ")
    b.c(str(x.r.randint(14, 19))).t(") is an obligate carrier; we have offered her carrier ")
    b.t("counselling and a factor VIII level.\n\nFollow-up: review ").c("6/12").t(". In an ")
    b.t("emergency treat with rFVIII and contact the on-call haematologist via switchboard ")
    b.p("PHONE", _phone(x, "uk", mobile=False)).t(".\n\nYours sincerely\n\nDr ")
    b.p("NAME", f"{cons_f} {cons_l}").t(", Consultant Haematologist\ncc: Mr ")
    b.p("NAME", f"{p.first[0]} {p.last}").t("\n")
    return b.build(p.fhir())


def _sickle_transition(x: _Ctx) -> Note:
    """US sickle cell transition clinic note, hydroxyurea, nickname, mother's cell."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(18, 21), x.n(8))
    nick = x.ch(("Dre", "Tay", "Bird", "Ke-Ke", "Man-Man", "Nay", "Peanut"))
    mom_f, mom_l = x.person("us", "F")
    wt = x.r.randint(48, 82)
    sw = x.person("staff", "F")
    b = NoteBuilder()
    b.t("SICKLE CELL CENTER - TRANSITION CLINIC\n").p("NAME", f"{p.first}").t(' "').p("NAME", nick)
    b.t('" ').p("NAME", p.last).t(f", {_age(p.dob, on)} y/o, HbSS   MRN ").p("ID", p.mrn)
    b.t("   DOB ").p("DATE", _f(p.dob, "mdy_n")).t("\nAccompanied by mother ")
    b.p("NAME", f"{mom_f} {mom_l}").t(" (cell ").p("PHONE", _phone(x, "us")).t(").\n")
    b.t("Interval: ").c("1").t(" ED visit for VOC ").p("DATE", _f(on - timedelta(40), "mon d")).t(
        ", "
    )
    b.t("no ACS since ").t(str(on.year - 2)).t(". Hydroxyurea ").c(f"{wt * 25} mg daily")
    b.t(" (").c("25 mg/kg/day").t("), taking ").c("6/7").t(" days.\nLabs: ")
    b.c(f"Hb {x.r.uniform(7.4, 9.6):.1f} g/dL").t(", ").c(f"MCV {x.r.randint(98, 118)}").t(", ")
    b.c(f"HbF {x.r.randint(9, 24)}%").t(", ").c(f"retic {x.r.uniform(4, 12):.1f}%").t(", ")
    b.c(f"LDH {x.r.randint(260, 590)}").t(", ").c(f"ferritin {x.r.randint(80, 900)}").t("\n")
    b.t("Transfusion: extended-phenotype matched (").c("C, E, K negative").t("), anti-E ")
    b.t("alloantibody. Voxelotor discussed (withdrawn from market), crizanlizumab not started.\n")
    b.t("Plan: individualized pain plan updated in ED; transition readiness (TRAQ) ")
    b.c("3.4/5").t("; adult hematology Dr ").p("NAME", x.person("staff")[1]).t(" on ")
    b.p("DATE", _f(on + timedelta(60), "month d, y")).t(". SW ").p("NAME", sw[0])
    b.t(" to help with college disability services.\n")
    return b.build(p.fhir())


def _inr_log(x: _Ctx) -> Note:
    """Canadian anticoagulation clinic warfarin INR log, often a patient over 90."""
    on = x.day()
    age = x.r.randint(90, 98) if x.r.random() < 0.6 else x.r.randint(68, 88)
    p = x.patient("ca", on, age, x.n(7))
    ohip = _ohip(x)
    p.ids.append(("ohip", ohip))
    dau_f = x.first("ca", "F")
    rn_f, rn_l = x.person("staff", "F")
    b = NoteBuilder()
    b.t("ANTICOAGULATION CLINIC - WARFARIN FLOWSHEET\n").p("NAME", f"{p.last.upper()}, {p.first}")
    b.t("   MRN ").p("ID", p.mrn).t("   HCN ").p("ID", ohip).t("\nDOB ").p("DATE", _f(p.dob, "iso"))
    b.t("   Age ")
    if age >= 90:
        b.p("AGE", str(age))
    else:
        b.t(str(age))
    b.t("\nIndication: AF + mechanical mitral valve; target INR ").c("2.5-3.5").t("; ")
    b.c("CHA2DS2-VASc 5").t(", ").c("HAS-BLED 3").t("\nDate    | INR | Weekly dose | Plan\n")
    dose = x.ch((27.5, 30.0, 32.5, 35.0))
    dfmt = x.ch(("mon d", "iso", "d mon", "d-mon-yy"))
    d = on - timedelta(days=42)
    for _k in range(x.r.randint(4, 6)):
        inr = round(x.r.uniform(1.6, 4.2), 1)
        b.p("DATE", _f(d, dfmt)).t(" | ").c(f"{inr}").t(" | ")
        b.c(f"{dose} mg").t(" | ")
        if inr < 2.5:
            dose += 2.5
            b.t("increase to ").c(f"{dose} mg/wk")
        elif inr > 3.5:
            b.t("hold x1, then ").c(f"{dose - 2.5} mg/wk")
            dose -= 2.5
        else:
            b.t("no change")
        b.t("\n")
        d += timedelta(days=x.r.randint(6, 10))
    b.t("Interacting meds: amiodarone ").c("100 mg daily").t(" (unchanged); completed ")
    b.t("Cipro ").c("5 days").t(" last month. No bleeding.\nCalled daughter ").p("NAME", dau_f)
    b.t(" (home ").p("PHONE", _phone(x, "ca")).t(") with new dose; next INR ")
    b.p("DATE", _f(d, "mon d, y")).t(" at LifeLabs.\n").p("NAME", f"{rn_f} {rn_l}").t(", RN\n")
    return b.build(p.fhir())


def _brca_counselling(x: _Ctx) -> Note:
    """UK clinical genetics result letter: BRCA1 pedigree with named relatives and ages."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(29, 52), "G" + x.n(7), sex="F")
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    ref = f"GEN/{on.year % 100}/{x.n(4)}"
    sis = x.first("uk", "F")
    mum = x.first("uk", "F")
    aunt = x.ch(("Bridget", "Margaret", "Eileen", "Patricia", "Sheila"))
    aunt = aunt if aunt not in x.used else "Kathleen"
    x.used.add(aunt)
    gm_f, gm_l = x.person("uk", "F")
    cousin = x.first("uk", "F")
    dad = x.first("uk", "M")
    gc_f, gc_l = x.person("uk", "F")
    gm_age = x.r.randint(90, 97) if x.r.random() < 0.7 else x.r.randint(76, 88)
    b = NoteBuilder()
    b.t("Clinical Genetics Service\nOur ref: ").p("ID", ref).t("   Lab ref: ")
    b.p("ID", f"{on.year % 100}GEN-{x.n(5)}").t("\n\nMs ").p("NAME", f"{p.first} {p.last}")
    b.t("\n").p("ADDRESS", p.line).t("\n").p("ADDRESS", p.city).t("\n").p("ZIP", p.postal)
    b.t("\n\nDOB ").p("DATE", _f(p.dob, "dmy")).t("   NHS no ").p("ID", nhs).t("\n\nDear ")
    b.p("NAME", p.first).t(",\n\nThank you for coming to see me with your sister ").p("NAME", sis)
    b.t(" on ").p("DATE", _f(on, "d month y")).t(". I am writing to confirm your result.\n\n")
    b.t("Your family history, as we drew it together:\n- your mother ").p("NAME", mum)
    b.t(" died aged ").c("52").t(" of high-grade serous ovarian cancer;\n- your maternal aunt ")
    b.p("NAME", aunt).t(" died aged 44 of breast cancer;\n- your maternal grandmother ")
    b.p("NAME", f"{gm_f} {gm_l}").t(" died aged ")
    if gm_age >= 90:
        b.p("AGE", str(gm_age))
    else:
        b.t(str(gm_age))
    b.t(" with no cancer;\n- your maternal cousin ").p("NAME", cousin).t(" (born ")
    b.p("DATE", _f(p.dob - timedelta(2100), "dmy")).t(") had breast cancer at 38;\n")
    b.t("- your father ").p("NAME", dad).t(" is well.\n\nResult: ").c("BRCA1 c.68_69del")
    b.t(" p.(Glu23ValfsTer17), pathogenic. Lifetime breast cancer risk around ").c("72%")
    b.t(", ovarian around ").c("44%").t(". We discussed annual MRI, risk-reducing salpingo-")
    b.t("oophorectomy at ").c("35-40").t(" and PARP inhibitor implications.\n\nI enclose a ")
    b.t("family letter for ").p("NAME", sis).t(" and your cousins.\n\nYours sincerely\n\n")
    b.p("NAME", f"{gc_f} {gc_l}").t(", Genetic Counsellor\nTel ")
    b.p("PHONE", _phone(x, "uk", mobile=False)).t("  ").p("EMAIL", _email(x, gc_f, gc_l, "nhs.net"))
    b.t("\n")
    return b.build(p.fhir())


def _cascade_letter(x: _Ctx) -> Note:
    """Irish clinical genetics cascade-testing letter to a relative (Lynch syndrome, MLH1)."""
    on = x.day()
    p = x.patient("ie", on, x.r.randint(22, 70), "0" + x.n(6))
    pro_f, pro_l = x.person("ie")
    rel = x.ch(("cousin", "uncle", "aunt", "brother", "sister"))
    gc_f, gc_l = x.person("ie", "F")
    cons_f, cons_l = x.person("staff")
    fam = f"FAM{x.n(5)}"
    b = NoteBuilder()
    b.t("Department of Clinical Genetics\nFamily ref: ").p("ID", fam).t("   Our ref: ")
    b.p("ID", f"CG-{x.n(6)}").t("\n").p("DATE", _f(on, "dth month y")).t("\n\n")
    b.p("NAME", f"{p.first} {p.last}").t("\n").p("ADDRESS", p.line).t("\n").p("ADDRESS", p.city)
    b.t("\n").t((p.state + "\n") if p.state else "").p("ZIP", p.postal).t("\n\nDear ")
    b.p("NAME", p.first).t(",\n\nI am writing at the request of your ").t(rel).t(", ")
    b.p("NAME", f"{pro_f} {pro_l}").t(", who has been found to carry a change in the ")
    b.c("MLH1").t(" gene (").c("c.1731G>A").t("). This causes Lynch syndrome, which raises the ")
    b.t("risk of bowel and womb cancer. A blood test can show whether you carry the same change; ")
    b.t("if you do, colonoscopy every ").c("2 years").t(" from age ").c("25").t(" and aspirin ")
    b.c("150 mg").t(" daily would be recommended.\n\nIf you would like an appointment, please ")
    b.t("return the enclosed form by the ").p("DATE", _f(on + timedelta(45), "dth of month"))
    b.t(", or phone ").p("PHONE", _phone(x, "ie", mobile=False)).t(" or e-mail ")
    b.p("EMAIL", _email(x, gc_f, gc_l, "hse.ie")).t(". Information is also at ")
    b.p("URL", "https://www.hse.ie/eng/services/list/5/genetics/lynch").t("\n\nYours sincerely\n\n")
    b.p("NAME", f"{gc_f} {gc_l}").t(", Genetic Counsellor, for Dr ").p("NAME", f"{cons_f} {cons_l}")
    b.t(", Consultant Clinical Geneticist\n")
    return b.build(p.fhir())


def _histopath_in(x: _Ctx) -> Note:
    """Indian surgical pathology report: breast carcinoma, block IHC, MMC registration."""
    on = x.day()
    p = x.patient("in", on, x.r.randint(32, 74), "MH" + x.n(10), sex="F")
    spec = f"S{on.year % 100}-{x.n(5)}"
    path_f, path_l = x.person("in")
    surg = x.person("in")[1]
    er, pr = x.r.randint(6, 8), x.r.randint(3, 8)
    b = NoteBuilder()
    b.t("DEPARTMENT OF PATHOLOGY - SURGICAL PATHOLOGY REPORT\nPt. Name: Mrs. ")
    b.p("NAME", f"{p.first} {p.last}").t("   Age/Sex: ").c(f"{_age(p.dob, on)} Y/F").t("   UHID: ")
    b.p("ID", p.mrn).t("\nLab No: ").p("ID", spec).t("   Ref. by: Dr. ").p("NAME", surg)
    b.t(" (Surgical Oncology)\nReceived: ").p("DATE", _f(on, "dmy_dash")).t("   Reported: ")
    b.p("DATE", _f(on + timedelta(4), "dmy_dash")).t("\nSpecimen: left modified radical ")
    b.t("mastectomy with axillary clearance, ").c("10 blocks").t(" (").p("ID", f"{spec} A1")
    b.t(" to ").p("ID", f"{spec} A10").t(")\nMicroscopy: invasive breast carcinoma NST, ")
    b.t("Nottingham grade ").c("2 (3+2+1)").t("; size ").c(f"{x.r.uniform(1.6, 4.8):.1f} cm")
    b.t("; LVI present; DCIS ").c("10%").t("; margins clear (closest ").c("4 mm").t(" deep).\n")
    b.t("Nodes: ").c(f"{x.r.randint(1, 3)}/{x.r.randint(12, 19)}").t(" positive, ENE absent. ")
    b.c("pT2 pN1a").t("\nIHC on block ").p("ID", f"{spec} A2").t(": ER ").c(f"Allred {er}/8")
    b.t(", PR ").c(f"Allred {pr}/8").t(", HER2 ").c("2+ (equivocal)").t(" - FISH sent, lab no ")
    b.p("ID", f"MOL/{on.year % 100}/{x.n(4)}").t("; Ki-67 ").c(f"{x.r.randint(15, 45)}%").t("\n")
    b.t("Dr. ").p("NAME", f"{path_f} {path_l}").t(", MD (Pathology)  Reg. No. ")
    b.p("ID", f"MMC {x.r.randint(2004, 2016)}/{x.n(2)}/{x.n(4)}").t("\n")
    return b.build(p.fhir())


def _tumour_marker(x: _Ctx) -> Note:
    """Canadian clinical chemistry interpretive comment on a rising CA 125."""
    on = x.day()
    p = x.patient("ca", on, x.r.randint(40, 84), x.n(7), sex="F")
    hcn = _ohip(x)
    p.ids.append(("ohip", hcn))
    acc = f"{on.year % 100}-{on.timetuple().tm_yday:03d}-{x.n(5)}"
    onc = x.person("staff")[1]
    bio_f, bio_l = x.person("ca")
    nadir = x.r.randint(12, 30)
    b = NoteBuilder()
    b.t("CLINICAL CHEMISTRY - TUMOUR MARKER INTERPRETIVE COMMENT\nAccession: ").p("ID", acc)
    b.t("\nPatient: ").p("NAME", f"{p.last}, {p.first}".upper()).t("   MRN: ").p("ID", p.mrn)
    b.t("   HCN: ").p("ID", hcn).t("\nCollected: ").p("DATE", on.isoformat()).t(" ").t(_hhmm(x))
    b.t("\nCA 125: ").c(f"{x.r.randint(90, 600)} kU/L").t(" (ref ").c("<35").t(")\nPrevious: ")
    b.p("DATE", (on - timedelta(63)).isoformat()).t(": ").c(f"{nadir * 3} kU/L").t("; ")
    b.p("DATE", (on - timedelta(120)).isoformat()).t(": ").c(f"{nadir} kU/L").t(" (nadir)\n")
    b.t("CEA: ").c(f"{x.r.uniform(0.8, 4.9):.1f} ug/L").t("\nComment: CA 125 more than twice ")
    b.t("the nadir on two occasions meets GCIG criteria for progression; correlate with imaging. ")
    b.t("Note possible false elevation with ascites, menstruation or endometriosis.\n")
    b.t("Discussed with Dr. ").p("NAME", onc).t(" (").p("PHONE", _phone(x, "ca")).t(") on ")
    b.p("DATE", _f(on, "dm")).t(".\n").p("NAME", f"{bio_f} {bio_l}").t(", PhD, FCACB, Clinical ")
    b.t("Biochemist\n")
    return b.build(p.fhir())


def _palliative_decision(x: _Ctx) -> Note:
    """Australian oncology clinic goals-of-care decision for metastatic pancreatic cancer."""
    on = x.day()
    p = x.patient("au", on, x.r.randint(58, 86), x.n(7), sex="M")
    mc = _medicare(x)
    p.ids.append(("medicare", mc.replace(" ", "")))
    wife = x.first("au", "F")
    dau = x.first("au", "F")
    son_f, son_l = x.person("au", "M")
    son_town = x.ch(("Bendigo", "Mildura", "Cairns", "Albury", "Dubbo", "Bunbury"))
    gp = x.person("au")[1]
    fel_f, fel_l = x.person("staff")
    b = NoteBuilder()
    b.t("Medical Oncology Clinic - treatment decision / goals of care\nPt: ")
    b.p("NAME", f"{p.first} {p.last}").t("  UR ").p("ID", p.mrn).t("  Medicare ").p("ID", mc)
    b.t("  ").c(f"{_age(p.dob, on)}M").t("\nMetastatic pancreatic adenocarcinoma (liver), ")
    b.t("progressed on mFOLFIRINOX after ").c("6 cycles").t("; ").c(
        f"CA19-9 {x.r.randint(900, 9000)}"
    )
    b.t(" up from ").c(f"{x.r.randint(200, 800)} kU/L").t(".\n").c("ECOG 2").t(", ")
    b.c(f"albumin {x.r.randint(26, 33)} g/L").t(", wt loss ").c("9 kg over 3/12").t(".\n")
    b.t("Present: wife ").p("NAME", wife).t(", daughter ").p("NAME", dau).t(" (EPOA); son ")
    b.p("NAME", f"{son_f} {son_l}").t(" by speakerphone from ").p("ADDRESS", son_town).t(".\n")
    b.t("Options: gemcitabine + nab-paclitaxel (Abraxane) - median benefit ~").c("2 months")
    b.t(", ").c("grade 3").t(" fatigue / neuropathy likely - versus best supportive care.\n")
    b.t("Decision: ").p("NAME", p.first).t(" chose BSC. Resuscitation plan (not for CPR / MET ")
    b.t("call - ward-based care) signed ").p("DATE", _f(on, "dmy")).t("; ACD copy on file.\n")
    b.t("Referred to community palliative care; GP Dr ").p("NAME", gp).t(" informed (fax ")
    b.p("PHONE", _phone(x, "au", mobile=False)).t(").\nDr ").p("NAME", f"{fel_f[0]} {fel_l}")
    b.t(", Medical Oncology Fellow\n")
    return b.build(p.fhir())


def _survivorship_plan(x: _Ctx) -> Note:
    """US survivorship care plan after Hodgkin lymphoma: dates, cumulative doses, portal URL."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(22, 46), x.n(8))
    dx = on - timedelta(days=x.r.randint(500, 900))
    pcp_f, pcp_l = x.person("us")
    c_line = f"{x.r.randint(100, 9000)} {x.ch(_US_STREETS)}, Suite {x.r.randint(100, 450)}"
    c_city, c_st, c_z3 = x.ch(_US_CITIES)
    np_f, np_l = x.person("us", "F")
    host = x.ch(("mychart.example-health.org", "mychart.cancercenter.org", "myhealth.umc.edu"))
    b = NoteBuilder()
    b.t("SURVIVORSHIP CARE PLAN AND TREATMENT SUMMARY\nName: ").p("NAME", f"{p.first} {p.last}")
    b.t("   DOB: ").p("DATE", _f(p.dob, "mdy")).t("   MRN: ").p("ID", p.mrn).t("\n")
    b.t("Diagnosis: classic Hodgkin lymphoma, nodular sclerosis, stage ").c("IIA").t(", dx ")
    b.p("DATE", _f(dx, "mdy")).t(" (Reed-Sternberg cells, CD15+/CD30+)\nTreatment: ABVD x")
    b.c("4 cycles").t(" completed ").p("DATE", _f(dx + timedelta(120), "mdy")).t(", then ISRT ")
    b.c("20 Gy in 10 fractions").t(" to mediastinum. Cumulative doxorubicin ").c("200 mg/m2")
    b.t(", bleomycin ").c("80 units/m2").t(". PET after C2: Deauville ").c("2").t(".\n")
    b.t("Surveillance: echo every ").c("5 years").t("; TSH yearly; lipids and A1c; breast MRI + ")
    b.t("mammogram from age ").c("30").t(" or ").c("8 years").t(" after RT; PFTs if dyspnea.\n")
    b.t("Vaccines: pneumococcal and influenza; no live vaccines were needed.\nPCP: Dr. ")
    b.p("NAME", f"{pcp_f} {pcp_l}").t(", ").p("ADDRESS", c_line).t(", ").p("ADDRESS", c_city)
    b.t(f", {c_st} ").p("ZIP", f"{c_z3}{x.n(2)}").t("; fax ").p("PHONE", _phone(x, "us")).t("\n")
    b.t("Portal copy: ").p("URL", f"https://{host}/MyChart/Documents/{x.n(9)}").t("\n")
    b.t("Survivorship NP: ").p("NAME", f"{np_f} {np_l}").t(", NP - ")
    b.p("EMAIL", _email(x, np_f, np_l, "cancercenter.org")).t(", ").p("PHONE", _phone(x, "us"))
    b.t("\n")
    return b.build(p.fhir())


def _fertility_referral(x: _Ctx) -> Note:
    """UK urgent fertility preservation referral before gonadotoxic chemotherapy."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(24, 38), "Q" + x.n(7), sex="F")
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    part_f, part_l = x.person("uk", "M")
    reg_f, reg_l = x.person("staff")
    start = on + timedelta(days=x.r.randint(14, 21))
    b = NoteBuilder()
    b.t("URGENT - FERTILITY PRESERVATION REFERRAL (before gonadotoxic treatment)\n")
    b.t("To: Reproductive Medicine Unit\nPatient: ").p("NAME", f"{p.first} {p.last}").t(", DOB ")
    b.p("DATE", _f(p.dob, "dmy_dot")).t(", Hosp no ").p("ID", p.mrn).t(", NHS ").p("ID", nhs)
    b.t("\nMobile: ").p("PHONE", p.phone).t("   E-mail: ")
    b.p("EMAIL", _email(x, p.first, p.last, x.ch(("gmail.com", "hotmail.co.uk", "btinternet.com"))))
    b.t("\nPartner: ").p("NAME", f"{part_f} {part_l}").t(" (DOB ").p(
        "DATE", _f(p.dob - timedelta(700), "dmy")
    )
    b.t(")\nDiagnosis: right breast IDC, ").c("cT2 N1").t(", ").c("ER 8/8, HER2 negative")
    b.t(", ").c("grade 3").t("; germline ").c("BRCA2").t(" pending.\nPlanned: neoadjuvant EC ")
    b.c("90/600 mg/m2").t(" x").c("4").t(" then paclitaxel ").c("80 mg/m2 weekly x12")
    b.t("; start ").p("DATE", _f(start, "dmy2")).t(" at the latest.\n").c("AMH 18.6 pmol/L")
    b.t(" (").p("DATE", _f(on - timedelta(3), "dmy2")).t("), ").c("AFC 14").t(", ")
    b.c("BMI 24").t(". Request: oocyte / embryo cryopreservation with letrozole-protected random-")
    b.t("start stimulation; consider goserelin ").c("3.6 mg").t(" during chemo.\nReferrer: Dr ")
    b.p("NAME", f"{reg_f} {reg_l}").t(", ST5 Medical Oncology, bleep ").p("PHONE", x.n(4))
    b.t("\n")
    return b.build(p.fhir())


def _ukons_triage(x: _Ctx) -> Note:
    """UK acute oncology 24-hour telephone triage log (UKONS tool), RAG red."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(36, 81), x.n(8))
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    caller = x.first("uk", "M" if p.sex == "F" else "F")
    aon_f, aon_l = x.person("staff", "F")
    given = on - timedelta(days=x.r.randint(7, 11))
    temp = round(x.r.uniform(37.6, 39.1), 1)
    b = NoteBuilder()
    b.t("UKONS 24-HOUR TRIAGE - TELEPHONE LOG\nDate/time of call: ").p("DATE", _f(on, "dmy"))
    b.t(" ").t(f"0{x.r.randint(0, 5)}:{x.r.randint(10, 59)}").t("\nPatient: ")
    b.p("NAME", f"{p.last.upper()}, {p.first}").t("  Hosp ").p("ID", p.mrn).t("  NHS ").p("ID", nhs)
    b.t("  DOB ").p("DATE", _f(p.dob, "d-mon-y")).t("\nCaller: ").t(x.ch(("spouse", "partner")))
    b.t(" ").p("NAME", caller).t(", call-back ").p("PHONE", p.phone).t("\nTreatment: docetaxel ")
    b.c("75 mg/m2").t(" ").c("C2").t(" given ").p("DATE", _f(given, "dmy2")).t(" (day ")
    b.c(str((on - given).days + 1)).t(")\nAssessment: ").c(f"temp {temp}").t(
        " at home with rigors; "
    )
    b.t("diarrhoea ").c("4x/day").t(" (").c("grade 1").t("); eating and drinking.\n")
    b.t("RAG: RED - pyrexia >=").c("37.5").t(" within ").c("6 weeks").t(" of SACT.\n")
    b.t("Advice: attend ED now via ambulance, bring alert card; ED coordinator informed, bleep ")
    b.p("PHONE", x.n(4)).t("; neutropenic sepsis pathway (antibiotics within ").c("1 hour").t(
        ").\n"
    )
    b.t("Follow-up call ").p("DATE", _f(on, "dm")).t(" 09:30 - admitted AOU, ")
    b.c(f"neut {x.r.uniform(0.1, 0.9):.1f}").t(", tazocin ").c("4.5 g IV").t(".\n")
    b.t("Triage by: ").p("NAME", f"{aon_f} {aon_l}").t(", Acute Oncology Nurse (")
    b.p("NAME", _ini(aon_f, aon_l)).t(")\n")
    return b.build(p.fhir())


def _marrow_procedure(x: _Ctx) -> Note:
    """US bone marrow aspirate / biopsy procedure note with accession numbers."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(58, 86), x.n(8))
    pa_f, pa_l = x.person("us")
    att = x.person("staff")[1]
    dau_f = x.first("us", "F")
    b = NoteBuilder()
    b.t("PROCEDURE NOTE: BONE MARROW ASPIRATION AND BIOPSY\nPatient identified with two ")
    b.t("identifiers (name ").p("NAME", f"{p.first} {p.last}").t(", DOB ")
    b.p("DATE", _f(p.dob, "mdy")).t("); MRN ").p("ID", p.mrn).t(". Time-out performed.\n")
    b.t("Indication: MDS-EB1 (").c("SF3B1").t(" mutated, IPSS-M moderate-low) on azacitidine ")
    b.c("75 mg/m2 x7 days").t(", after cycle ").c("6").t("; response assessment.\n")
    b.t("Pre: ").c(f"plt {x.r.randint(38, 140)}").t(", ").c(f"INR {x.r.uniform(0.9, 1.3):.1f}")
    b.t(", ").c(f"Hb {x.r.uniform(7.6, 10.4):.1f} g/dL").t("; ")
    b.c(f"BP {x.r.randint(110, 150)}/{x.r.randint(60, 88)}").t(". Consent signed.\n")
    b.t("Site: right posterior iliac crest; ")
    b.t("lidocaine ").c("1% 10 mL").t("; aspirate ").c("12 mL").t("; core ").c("1.8 cm").t(".\n")
    b.t("Specimens: morphology/flow (accession ").p("ID", f"BM{on.year % 100}-{x.n(5)}").t("), ")
    b.t("cytogenetics / FISH, NGS myeloid panel; core to surgical pathology (")
    b.p("ID", f"S{on.year % 100}-{x.n(5)}").t(").\nEBL minimal, no complications; pressure ")
    b.c("10 min").t(". Performed by ").p("NAME", f"{pa_f} {pa_l}").t(", PA-C; supervised by Dr. ")
    b.p("NAME", att).t(".\nResults to be reviewed at visit ").p(
        "DATE", _f(on + timedelta(14), "mdy2")
    )
    b.t(". Daughter ").p("NAME", dau_f).t(" driving; ").p("PHONE", _phone(x, "us")).t("\n")
    return b.build(p.fhir())


def _myeloma_review(x: _Ctx) -> Note:
    """Irish myeloma clinic review: paraprotein trend, Revlimid PPP form number, PPSN."""
    on = x.day()
    age = x.r.randint(90, 93) if x.r.random() < 0.3 else x.r.randint(52, 84)
    p = x.patient("ie", on, age, "0" + x.n(6), sex="M")
    ppsn = _ppsn(x)
    p.ids.append(("ppsn", ppsn))
    wife = x.first("ie", "F")
    reg_f, reg_l = x.person("staff")
    gp = x.person("ie")[1]
    prev = on - timedelta(days=28)
    b = NoteBuilder()
    b.t("Haematology OPD - myeloma review\n").p("NAME", f"{p.last.upper()}, {p.first}")
    b.t(" | MRN ").p("ID", p.mrn).t(" | DOB ").p("DATE", _f(p.dob, "dmy")).t(" | PPSN ")
    b.p("SSN", ppsn).t(" | ").p("ADDRESS", p.city).t("\n")
    if age >= 90:
        b.t("Age ").p("AGE", str(age)).t(". ")
    b.t("IgG kappa myeloma, R-ISS ").c("II").t(", ").c("t(4;14)").t("; Dara-Rd since ")
    b.p("DATE", _f(on - timedelta(days=300), "month y")).t(", now ").c(f"C{x.r.randint(8, 14)}D1")
    b.t(".\nParaprotein ").c(f"{x.r.uniform(1.0, 5.0):.1f} g/L").t(" (prev ")
    b.c(f"{x.r.uniform(5.0, 9.0):.1f} g/L").t(" on ").p("DATE", _f(prev, "dmy")).t("); ")
    b.c(f"kappa SFLC {x.r.randint(18, 60)} mg/L").t(", ").c(f"ratio {x.r.uniform(1.2, 3.4):.1f}")
    b.t("\n").c(f"Hb {x.r.randint(96, 131)} g/L").t(", ").c(f"Cr {x.r.randint(70, 140)} umol/L")
    b.t(", ").c(f"adj Ca {x.r.uniform(2.2, 2.55):.2f} mmol/L").t(", ").c("neut 1.4").t("\n")
    b.t("Lenalidomide (Revlimid) ").c("15 mg D1-21 of 28").t(" (reduced for CrCl); PPP: male, ")
    b.t("condom use reviewed, prescription authorisation form no. ").p("ID", f"IE{x.n(7)}")
    b.t(". Daratumumab SC ").c("1800 mg q4w").t("; zoledronic acid ").c("4 mg q12w").t("; ")
    b.t("aciclovir ").c("400 mg BD").t("; aspirin ").c("75 mg OD").t(".\nWife ").p("NAME", wife)
    b.t(" reports more fatigue; ").c("ECOG 1").t(". Plan: continue, review ").c("4/52")
    b.t(" with bloods.\nDr ").p("NAME", f"{reg_f} {reg_l}").t(", Haematology Reg. cc GP Dr ")
    b.p("NAME", gp).t("\n")
    return b.build(p.fhir())


def _aml_ward_round(x: _Ctx) -> Note:
    """Australian haematology ward round during 7+3 induction with febrile neutropenia."""
    on = x.day()
    p = x.patient("au", on, x.r.randint(24, 68), x.n(7))
    partner = x.first("au")
    rmo_f, rmo_l = x.person("staff")
    cons = x.person("staff")[1]
    day = x.r.randint(11, 18)
    b = NoteBuilder()
    b.t("HAEMATOLOGY WARD ROUND - ").c(f"D{day}").t(" of 7+3 + midostaurin (").c("FLT3-ITD")
    b.t(")\n").p("NAME", f"{p.first} {p.last}").t("  UR ").p("ID", p.mrn).t("  DOB ")
    b.p("DATE", _f(p.dob, "dmy")).t("  Bed 14, Ward 7 East\nInduction: cytarabine ")
    b.c("100 mg/m2 CI D1-7").t(", idarubicin ").c("12 mg/m2 D1-3").t(", midostaurin ")
    b.c("50 mg BD D8-21").t("\nS: febrile overnight ").c(f"{x.r.uniform(38.3, 39.4):.1f}").t(" at ")
    b.t("0200, rigors with PICC flush.\nO: ").c(f"BP {x.r.randint(92, 118)}/{x.r.randint(50, 70)}")
    b.t(" ").c(f"HR {x.r.randint(100, 128)}").t(" ").c(f"RR {x.r.randint(18, 26)}").t(" ")
    b.c(f"SpO2 {x.r.randint(92, 97)}% RA").t("\nBloods: ").c(f"Hb {x.r.randint(68, 84)}").t(" ")
    b.c("WCC 0.2").t(" ").c("neut 0.0").t(" ").c(f"plt {x.r.randint(5, 19)}").t(" ")
    b.c(f"CRP {x.r.randint(80, 260)}").t(" ").c(f"Cr {x.r.randint(60, 120)}").t("\n")
    b.t("Micro: BC x2 (PICC + peripheral) ").p("DATE", _f(on, "D-MON-YY")).t(" pending; ")
    b.t("posaconazole level ").c(f"{x.r.uniform(0.6, 2.1):.1f} mg/L").t(".\nPlan: pip-tazo ")
    b.c("4.5 g q6h").t(" -> meropenem ").c("1 g q8h").t("; pool plt if ").c("<10").t("; CT chest; ")
    b.t("D21 marrow ").p("DATE", _f(on + timedelta(21 - day), "dmy2")).t("; d/w Dr ")
    b.p("NAME", cons).t(".\nPartner ").p("NAME", partner).t(" at bedside (")
    b.p("PHONE", _phone(x, "au")).t(").\nRMO ").p("NAME", f"{rmo_f[0]}. {rmo_l}").t(" pg ")
    b.p("PHONE", x.n(4)).t("\n")
    return b.build(p.fhir())


def _pet_report(x: _Ctx) -> Note:
    """US interim FDG PET/CT report for Hodgkin lymphoma, Deauville score, signed with IP."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(19, 64), x.n(8))
    acc = f"PT{on.year % 100}{x.n(6)}"
    ref = x.person("staff")[1]
    rad_f, rad_l = x.person("us")
    b = NoteBuilder()
    b.t("EXAM: PET/CT SKULL BASE TO MID-THIGH (FDG)\nPatient: ").p("NAME", f"{p.last}, {p.first}")
    b.t("   MRN: ").p("ID", p.mrn).t("   Accession: ").p("ID", acc).t("\nDOB: ")
    b.p("DATE", _f(p.dob, "mdy")).t("   Exam date: ").p("DATE", _f(on, "mdy")).t("\n")
    b.t("Referring: Dr. ").p("NAME", ref).t("\nHistory: classic Hodgkin lymphoma, interim PET ")
    b.t("after ABVD x").c("2").t(". Comparison: baseline ").p("DATE", _f(on - timedelta(62), "mdy"))
    b.t(".\nTechnique: ").c("10.2 mCi").t(" F-18 FDG IV; uptake ").c("61 min").t("; glucose ")
    b.c(f"{x.r.randint(78, 124)} mg/dL").t(".\nFindings: left supraclavicular node ")
    b.c("1.1 cm").t(" (was ").c("3.4 cm").t("), ").c("SUVmax 3.1").t(" (was ").c("14.6").t(")")
    b.t("; mediastinal blood pool ").c("2.2").t(", liver ").c("2.8").t(". Mediastinal mass ")
    b.c("4.2 x 2.9 cm").t(" with no uptake above blood pool. No new lesions. Marrow diffuse ")
    b.t("uptake compatible with G-CSF.\nIMPRESSION: ").c("Deauville 4").t(", Lugano partial ")
    b.t("metabolic response.\nElectronically signed: ").p("NAME", f"{rad_f} {rad_l}").t(", MD ")
    b.p("DATE", _iso_dt(x, on)).t(" (workstation ").p("IP", _ip(x, private=True)).t(")\n")
    return b.build(p.fhir())


def _haem_referral_triage(x: _Ctx) -> Note:
    """Irish haematology e-referral triage: CLL, GP practice address, MCRN, Healthlink id."""
    on = x.day()
    p = x.patient("ie", on, x.r.randint(54, 88), x.n(7))
    gp_f, gp_l = x.person("ie")
    g_line, g_town, _, g_pc, _, _ = _address(x, "ie")
    cons_f, cons_l = x.person("staff")
    appt = _wk(on + timedelta(days=x.r.randint(30, 70)))
    b = NoteBuilder()
    b.t("HAEMATOLOGY REFERRAL - CONSULTANT TRIAGE\nHealthlink msg ID ").p("ID", x.n(9))
    b.t("   received ").p("DATE", _f(on, "dmy")).t("\nReferrer: Dr ").p("NAME", f"{gp_f} {gp_l}")
    b.t(" (MCRN ").p("ID", x.n(6)).t("), Medical Centre, ").p("ADDRESS", g_line).t(", ")
    b.p("ADDRESS", g_town).t(", ").p("ZIP", g_pc).t("\nPatient: ").p("NAME", f"{p.first} {p.last}")
    b.t(", DOB ").p("DATE", _f(p.dob, "dmy")).t(", MRN ").p("ID", p.mrn).t("\n")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city).t(", ").p("ZIP", p.postal).t("; mob ")
    b.p("PHONE", p.phone).t("\nReason: lymphocytosis ").c(f"{x.r.uniform(6, 24):.1f} x10^9/L")
    b.t(", ").c(f"Hb {x.r.randint(118, 150)} g/L").t(", ").c(f"plt {x.r.randint(150, 280)}")
    b.t("; smear smudge cells; flow CD5+ CD23+ CD200+, Matutes ").c("5/5").t(".\n")
    b.t("Triage: ROUTINE - likely CLL Binet A / Rai 0; no B symptoms. Appointment letter sent: ")
    b.t(appt.strftime("%A") + " ").p("DATE", _f(appt, "dth month y")).t(" at ")
    b.t(_hhmm(x)).t(", Haematology OPD.\nTriaged by Dr ").p("NAME", f"{cons_f} {cons_l}")
    b.t(", Consultant Haematologist\n")
    return b.build(p.fhir())


def _monitor_email(x: _Ctx) -> Note:
    """Canadian CRA follow-up e-mail after an interim monitoring visit (site / subject ids)."""
    on = x.day()
    p = x.patient("ca", on, x.r.randint(40, 78), x.n(7))
    site = x.n(3)
    subj = f"{site}-{x.n(4)}"
    other = f"{site}-{x.n(4)}"
    cra_f, cra_l = x.person("ca")
    crc_f, crc_l = x.person("ca", "F")
    acro = x.ch(_ACRO)
    v1 = on - timedelta(days=2)
    b = NoteBuilder()
    b.t("From: ").p("NAME", f"{cra_f} {cra_l}").t(" <").p(
        "EMAIL", _email(x, cra_f, cra_l, "iqvia.com")
    )
    b.t(">\nSent: ").p("DATE", _f(on, "month d, y")).t(" 4:12 PM\nTo: ").p(
        "NAME", f"{crc_f} {crc_l}"
    )
    b.t(" <").p("EMAIL", _email(x, crc_f, crc_l, "uhn.ca")).t(f">\nSubject: {acro} site {site} ")
    b.t("IMV follow-up\n\nHi ").p("NAME", crc_f).t(
        ",\n\nThanks for hosting the monitoring visit on "
    )
    b.p("DATE", _f(v1, "month d")).t(" and ").p("DATE", _f(v1 + timedelta(1), "month d"))
    b.t(". Open items:\n1. Subject ").p("ID", subj).t(" - AE diarrhea ").c("grade 2").t(" onset ")
    b.p("DATE", (v1 - timedelta(30)).isoformat()).t(" in source but not in EDC; loperamide ")
    b.c("4 mg").t(" then ").c("2 mg").t(" prn not on con-med page.\n2. Subject ").p("ID", subj)
    b.t(" - MRN ").p("ID", p.mrn).t(" visible on the uploaded CT report; please redact and ")
    b.t("re-upload.\n3. Subject ").p("ID", other).t(" - re-consent to ICF v5 signed ")
    b.p("DATE", (v1 - timedelta(15)).isoformat()).t(", but the ").c("C4D1").t(" visit (")
    b.p("DATE", (v1 - timedelta(18)).isoformat()).t(") used v4.\nNext IMV tentatively ")
    b.p("DATE", _f(on + timedelta(56), "mon d")).t(".\n\nBest,\n").p("NAME", cra_f).t("\n")
    b.p("NAME", f"{cra_f} {cra_l}").t(" | Senior CRA | ").p("PHONE", "+1 " + _phone(x, "ca"))
    b.t("\n")
    return b.build(p.fhir())


def _iwrs_confirmation(x: _Ctx) -> Note:
    """IWRS randomisation confirmation e-mail for an Irish site: kits, strata, ISO time, IP."""
    on = x.day()
    p = x.patient("ie", on, x.r.randint(38, 79), x.n(7))
    acro = x.ch(_ACRO)
    site = f"353-{x.n(3)}"
    part = f"{site[-3:]}-{x.n(4)}"
    usr_f, usr_l = x.person("ie")
    k1 = x.r.randint(100000, 899999)
    b = NoteBuilder()
    b.t(
        f"IWRS RANDOMISATION CONFIRMATION - DO NOT REPLY\nStudy: {acro} "
        f"(EU CT 202{x.r.randint(2, 4)}-5{x.n(5)}"
    )
    b.t(f"-{x.n(2)}-00)   Site: {site}\nTransaction: RANDOMISE   Date/time (UTC): ")
    b.p("DATE", _iso_dt(x, on)).t("\nUser: ").p("EMAIL", _email(x, usr_f, usr_l, "hse.ie"))
    b.t("  from ").p("IP", _ip(x)).t("\nParticipant: ").p("ID", part).t("   Screening no: ")
    b.p("ID", f"S{site[-3:]}-{x.n(4)}").t(f"   Year of birth: {p.dob.year}   Initials: ")
    b.p("NAME", f"{p.first[0]}-{p.last[0]}").t("\nStrata: ").c("ECOG 0-1").t("; ")
    b.c("PD-L1 TPS >=50%").t("; region Europe\nRandomisation number: ").p("ID", x.n(5))
    b.t("\nTreatment: BLINDED\nKits assigned: ").p("ID", str(k1)).t(", ").p("ID", str(k1 + 1))
    b.t(" (dispense ").c("2 kits").t(", ").c("21 days").t(")\nNext visit: ").c("C1D8")
    b.t(" window ").p("DATE", _f(on + timedelta(6), "dmy")).t(" - ")
    b.p("DATE", _f(on + timedelta(10), "dmy")).t("\nHelpdesk: ").p(
        "PHONE", f"+44 20 3{x.n(3)} {x.n(4)}"
    )
    b.t("\n")
    return b.build(p.fhir())


def _rt_summary_in(x: _Ctx) -> Note:
    """Indian radiotherapy treatment summary for head and neck cancer with concurrent cisplatin."""
    on = x.day()
    p = x.patient("in", on, x.r.randint(38, 72), "C" + str(on.year - 1) + "/" + x.n(6), sex="M")
    rt_no = f"RT/{on.year % 100}/{x.n(4)}"
    son_f, son_l = x.person("in", "M")
    dr_f, dr_l = x.person("in")
    start = on - timedelta(days=44)
    b = NoteBuilder()
    b.t("DEPARTMENT OF RADIATION ONCOLOGY - TREATMENT SUMMARY\nName: Mr. ")
    b.p("NAME", f"{p.first} {p.last}").t("   Age/Sex: ").c(f"{_age(p.dob, on)}/M").t("   Case No: ")
    b.p("ID", p.mrn).t("   RT No: ").p("ID", rt_no).t("\nAddress: ").p("ADDRESS", p.line).t(", ")
    b.p("ADDRESS", p.extra_lines[0]).t(", ").p("ADDRESS", p.city).t(" - ").p("ZIP", p.postal)
    b.t(f", {p.state}.  Mob: ").p("PHONE", p.phone).t("\nDiagnosis: Ca left buccal mucosa ")
    b.c("pT3 N2b M0").t(", post WLE + MND on ").p("DATE", _f(start - timedelta(40), "dmy"))
    b.t("\nRT: IMRT ").c("60 Gy/30#").t(" (").c("2 Gy/#").t(") from ").p(
        "DATE", _f(start, "dmy_dot")
    )
    b.t(" to ").p("DATE", _f(on - timedelta(2), "dmy_dot")).t(" with weekly inj. cisplatin ")
    b.c("40 mg/m2").t(" x ").c("6").t("\nToxicity: RTOG mucositis ").c("grade 3").t(", dermatitis ")
    b.c("grade 2").t("; wt loss ").c("6 kg").t("; Ryle's tube feeds ").c("1800 kcal/day").t(".\n")
    b.t("Advice: Tab. Dolo ").c("650 mg SOS").t(", Mucopain gel, soda-bicarb gargles; ")
    b.t("PET-CT after ").c("12 weeks").t("; follow up in OPD on ").p(
        "DATE", _f(on + timedelta(42), "dmy")
    )
    b.t(".\nAttendant: son ").p("NAME", f"{son_f} {son_l}").t(" (").p("PHONE", _phone(x, "in"))
    b.t(")\nDr. ").p("NAME", f"{dr_f} {dr_l}").t(", MD (RT), Senior Resident\n")
    return b.build(p.fhir())


def _daycare_chemo_in(x: _Ctx) -> Note:
    """Indian day-care chemotherapy record: paclitaxel-carboplatin, PM-JAY id, husband."""
    on = x.day()
    p = x.patient("in", on, x.r.randint(34, 66), x.n(2) + "/" + x.n(5), sex="F")
    pmjay = x.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") + x.n(8)
    p.ids.append(("pmjay", pmjay))
    hus_f, hus_l = x.first("in", "M"), p.last
    sn_f, sn_l = x.person("in", "F")
    onc = x.person("in")[1]
    ht, wt = x.r.randint(146, 166), x.r.randint(42, 72)
    bsa = round(((ht * wt) / 3600) ** 0.5, 2)
    cyc = x.r.randint(2, 6)
    b = NoteBuilder()
    b.t("DAY CARE CHEMOTHERAPY RECORD\nCase No.: ").p("ID", p.mrn).t("   PM-JAY ID: ").p(
        "ID", pmjay
    )
    b.t("\nPt: Mrs. ").p("NAME", f"{p.first} {p.last}").t(", ").c(f"{_age(p.dob, on)} yrs")
    b.t(", F.  W/o Mr. ").p("NAME", f"{hus_f} {hus_l}").t(" (Mob ").p("PHONE", _phone(x, "in"))
    b.t(")\nDx: Ca ovary, HGSOC, FIGO ").c("IIIC").t(", post interval debulking; germline ")
    b.c("BRCA1/2").t(" negative, HRD pending.\nRegimen: paclitaxel ").c("175 mg/m2").t(" + ")
    b.t("carboplatin ").c("AUC 5").t(" q3w - ").c(f"C{cyc}D1").t(" (prev ").c(f"C{cyc - 1}D1")
    b.t(" on ").p("DATE", _f(on - timedelta(21), "dmy2")).t(")\nHt ").c(f"{ht} cm").t(", Wt ")
    b.c(f"{wt} kg").t(", BSA ").c(f"{bsa} m2").t(" -> paclitaxel ").c(f"{round(175 * bsa)} mg")
    b.t(", carboplatin ").c(f"{x.r.randint(380, 560)} mg").t(" (CrCl ").c(
        f"{x.r.randint(58, 96)} mL/min"
    )
    b.t(")\nPremeds: Inj. Dexa ").c("20 mg").t(", Inj. Pan ").c("40 mg").t(", Inj. Avil ")
    b.c("22.75 mg").t(", Inj. Emeset ").c("8 mg").t("\nCBC: ").c(
        f"Hb {x.r.uniform(9.1, 12.4):.1f} g/dL"
    )
    b.t(", ").c(f"TLC {x.r.randint(38, 96)}00/cumm").t(", ").c(f"ANC {x.r.randint(16, 60)}00")
    b.t(", ").c(f"Plt {x.r.uniform(1.4, 3.6):.1f} lakh").t("; ").c(
        f"CA-125 {x.r.randint(12, 90)} U/mL"
    )
    b.t(" (baseline ").c(f"{x.r.randint(600, 3000)}").t(")\nNext cycle: ")
    b.p("DATE", _f(on + timedelta(21), "dmy2_dot")).t(" - review with Dr. ").p("NAME", onc)
    b.t(".\nStaff nurse: ").p("NAME", f"{sn_f} {sn_l}").t("\n")
    return b.build(p.fhir())


def _thal_bmt_in(x: _Ctx) -> Note:
    """Indian paediatric BMT work-up for thalassaemia major with a matched sibling donor."""
    on = x.day()
    p = x.patient("in", on, x.r.randint(4, 12), x.n(7) + x.ch("ABCDEFGH"), sex="M")
    dad_f, mum_f = x.first("in", "M"), x.first("in", "F")
    sis = x.first("in", "F")
    dr_f, dr_l = x.person("in")
    b = NoteBuilder()
    b.t("BMT UNIT - PRE-TRANSPLANT WORK-UP (Thalassaemia major)\nChild: Master ")
    b.p("NAME", f"{p.first} {p.last}").t(", ").c(f"{_age(p.dob, on)} yrs").t(", M.  Hosp. No. ")
    b.p("ID", p.mrn).t("  DOB ").p("DATE", _f(p.dob, "dmy_dash")).t("\nFather: Mr. ")
    b.p("NAME", f"{dad_f} {p.last}").t(" (").p("PHONE", p.phone).t(");  Mother: Mrs. ")
    b.p("NAME", f"{mum_f} {p.last}").t("\nAddress: ").p("ADDRESS", p.line).t(", ")
    b.p("ADDRESS", p.extra_lines[0]).t(", ").p("ADDRESS", p.city).t(" ").p("ZIP", p.postal)
    b.t("\nDonor: sister ").p("NAME", sis).t(", ").c(f"{x.r.randint(3, 14)} yrs").t(", HLA ")
    b.c("10/10").t(" matched (HLA lab no. ").p("ID", f"HLA/{on.year % 100}/{x.n(4)}")
    b.t("); blood group ").c("B+ -> B+").t("; HbE trait.\nPesaro class ").c("II").t("; ")
    b.c(f"ferritin {x.r.randint(1400, 4200)} ng/mL").t("; LIC (T2* MRI) ")
    b.c(f"{x.r.uniform(4, 12):.1f} mg/g").t("; cardiac T2* ").c(f"{x.r.randint(22, 38)} ms")
    b.t("; chelation deferasirox ").c("30 mg/kg/day").t(" (Desirox); transfusions every ")
    b.c("3 weeks").t(", pre-transfusion Hb ").c("9.5 g/dL").t(".\nConditioning: treosulfan / ")
    b.t("thiotepa / fludarabine + ATG; GVHD prophylaxis CsA + MTX.\nCounselled parents; ")
    b.t("admission tentatively ").p("DATE", _f(on + timedelta(30), "dth mon")).t("; CM relief ")
    b.t("fund letter ref ").p("ID", f"CMRF/{x.n(5)}").t(".\nDr. ").p("NAME", f"{dr_f} {dr_l}")
    b.t(", Asst. Professor, Haematology\n")
    return b.build(p.fhir())


def _familial_cancer_au(x: _Ctx) -> Note:
    """Australian familial cancer centre summary: CDH1 pedigree, relatives, an aunt over 90."""
    on = x.day()
    p = x.patient("au", on, x.r.randint(26, 55), x.n(7))
    mc = _medicare(x)
    p.ids.append(("medicare", mc.replace(" ", "")))
    fcc = f"F{on.year % 100}-{x.n(5)}"
    surg = x.person("au")[1]
    gm_f, gm_l = x.person("au", "F")
    dad = x.first("au", "M")
    unc_f = x.first("au", "M")
    nz_city = x.ch(("Hamilton", "Nelson", "Napier", "Rotorua"))
    ga_f = x.first("au", "F")
    ga_age = x.r.randint(90, 99)
    bro_f = x.first("au", "M")
    bro_sub, _, bro_pc = x.ch(_AU_SUBURBS)
    gc_f, gc_l = x.person("au", "F")
    b = NoteBuilder()
    b.t("FAMILIAL CANCER CENTRE - consultation summary\nFCC no. ").p("ID", fcc).t("   UR ")
    b.p("ID", p.mrn).t("   Medicare ").p("ID", mc).t("\nProband: ").p("NAME", f"{p.first} {p.last}")
    b.t(", DOB ").p("DATE", _f(p.dob, "dmy")).t("; referred by Dr ").p("NAME", surg)
    b.t(" (upper GI surgeon)\nPedigree (3 generations):\n- II:1 father ").p("NAME", dad)
    b.t(": diffuse gastric cancer at ").c("66").t(", died ").p(
        "DATE", _f(on - timedelta(900), "d mon y")
    )
    b.t("\n- I:2 paternal grandmother ").p("NAME", f"{gm_f} {gm_l}").t(": gastric cancer at ")
    b.c("61").t("\n- II:3 paternal uncle ").p("NAME", unc_f).t(", lives in ").p("ADDRESS", nz_city)
    b.t(", NZ: colon polyps only, not tested\n- I:4 paternal great-aunt ").p("NAME", ga_f)
    b.t(", alive aged ").p("AGE", str(ga_age)).t(", no cancer\n- III:2 brother ").p("NAME", bro_f)
    b.t(" (").p("ADDRESS", bro_sub).t(" ").p("ZIP", bro_pc).t("), untested\nResult: ")
    b.c("CDH1 c.1137G>A").t(", pathogenic (splice). Lifetime gastric cancer risk ").c("25-42%")
    b.t("; lobular breast cancer ").c("42-55%").t(".\nPlan: discuss prophylactic total ")
    b.t("gastrectomy vs annual Cambridge-protocol endoscopy; breast MRI yearly; cascade letter ")
    b.t("to ").p("NAME", bro_f).t(" and to NZ relatives via Genetic Health Service NZ.\n")
    b.t("Genetic counsellor: ").p("NAME", f"{gc_f} {gc_l}").t(", ").p(
        "PHONE", _phone(x, "au", False)
    )
    b.t(", ").p("EMAIL", _email(x, gc_f, gc_l, "petermac.org")).t("\n")
    return b.build(p.fhir())


def _all_maintenance_ca(x: _Ctx) -> Note:
    """Canadian paediatric ALL maintenance clinic: 6-MP / MTX titration, parents."""
    on = x.day()
    p = x.patient("ca", on, x.r.randint(3, 14), x.n(7))
    phin = x.n(9)
    p.ids.append(("phin", phin))
    mum_f, mum_l = x.person("ca", "F")
    dad_f = x.first("ca", "M")
    dr = x.person("staff")[1]
    rn_f, rn_l = x.person("ca", "F")
    bsa = round(x.r.uniform(0.62, 1.45), 2)
    eot = on + timedelta(days=x.r.randint(120, 400))
    b = NoteBuilder()
    b.t("PEDIATRIC ONCOLOGY CLINIC - ALL MAINTENANCE\n").p("NAME", f"{p.first} {p.last}")
    b.t(f" ({_age(p.dob, on)} y/o)   MRN ").p("ID", p.mrn).t("   PHIN ").p("ID", phin).t("   DOB ")
    b.p("DATE", _f(p.dob, "mon d, y")).t("\nWith mom ").p("NAME", f"{mum_f} {mum_l}").t(" (cell ")
    b.p("PHONE", p.phone).t("); dad ").p("NAME", dad_f).t(" on FaceTime.\n")
    b.t("Standard-risk B-ALL, MRD-negative end of induction; maintenance day ")
    b.c(str(x.r.randint(200, 700))).t(". BSA ").c(f"{bsa} m2").t("\n6-MP ")
    b.c(f"{round(75 * bsa / 5) * 5} mg daily").t(" (").c("75 mg/m2").t("), methotrexate ")
    b.c(f"{round(20 * bsa)} mg weekly PO").t("; TPMT / NUDT15 normal.\nLabs: ")
    b.c(f"ANC {x.r.uniform(0.5, 2.0):.1f} x10^9/L").t(" (target ").c("0.75-1.5").t("), ")
    b.c(f"plt {x.r.randint(90, 300)}").t(", ").c(f"ALT {x.r.randint(20, 180)}").t(", ")
    b.c(f"bili {x.r.randint(3, 16)}").t("\nVincristine ").c("1.5 mg/m2").t(" IV + dex pulse ")
    b.c("6 mg/m2/day x5").t(" given today; LP with IT MTX ").c("12 mg").t(" on ")
    b.p("DATE", _f(on, "iso")).t(". Septra ").c("5 mg/kg/day BID 3 days/wk").t(".\n")
    b.t("Varicella contact at school ").p("DATE", _f(on - timedelta(3), "mon d")).t(" - VariZIG ")
    b.t("given; watch to day ").c("28").t(".\nEnd of therapy anticipated ").p(
        "DATE", _f(eot, "mon d, y")
    )
    b.t(". RTC ").c("4 weeks").t(". Dr. ").p("NAME", dr).t(" / ").p("NAME", _ini(rn_f, rn_l)).t(
        " RN\n"
    )
    return b.build(p.fhir())


def _irae_visit(x: _Ctx) -> Note:
    """US immunotherapy toxicity visit: nivolumab colitis and thyroiditis, masked SSN."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(34, 84), x.n(8))
    gi = x.person("staff")[1]
    partner = x.first("us")
    rn_f, rn_l = x.person("us", "F")
    last_dose = on - timedelta(days=x.r.randint(12, 24))
    wt = x.r.randint(58, 110)
    b = NoteBuilder()
    b.t("ONCOLOGY - IMMUNE-RELATED ADVERSE EVENT VISIT\nPt: ").p("NAME", f"{p.first} {p.last}")
    b.t("  MRN ").p("ID", p.mrn).t("  DOB ").p("DATE", _f(p.dob, "mdy_n")).t("  SSN ***-**-")
    b.p("SSN", x.n(4)).t("\nMelanoma stage ").c("IIIC").t(" (").c("BRAF V600E").t(", Breslow ")
    b.c(f"{x.r.uniform(1.2, 6.0):.1f} mm").t("), adjuvant nivolumab ").c("480 mg q4w").t("; ")
    b.c(f"C{x.r.randint(3, 10)}").t(" given ").p("DATE", _f(last_dose, "mdy")).t(".\n")
    b.t("HPI: ").c("6-7").t(" loose stools/day above baseline x").c("4 days").t(", cramping, no ")
    b.t("blood, no fever = colitis ").c("CTCAE grade 2").t(". Also palpitations.\n")
    b.t("Labs: ").c("TSH 0.02 mIU/L").t(", ").c(f"free T4 {x.r.uniform(2.1, 3.4):.1f} ng/dL")
    b.t(", ").c("Cr 1.0").t(", ").c("K 3.4 mmol/L").t(", ").c(
        f"calprotectin {x.r.randint(250, 900)}"
    )
    b.t("; C. diff PCR negative.\nVitals: ").c(f"HR {x.r.randint(96, 118)}").t(" ")
    b.c(f"BP {x.r.randint(112, 140)}/{x.r.randint(64, 84)}").t(" ").c(f"Wt {wt} kg").t("\n")
    b.t("Plan: hold nivolumab; prednisone ").c(f"{wt} mg daily").t(" (").c("1 mg/kg").t(") with ")
    b.t("taper over ").c("4-6 weeks").t(", PPI, Bactrim SS ppx; propranolol ").c("10 mg TID")
    b.t("; GI (Dr. ").p("NAME", gi).t(") for flex sig, infliximab ").c("5 mg/kg").t(" if no ")
    b.t("response in ").c("72 h").t(".\nPartner ").p("NAME", partner).t(" (").p(
        "PHONE", _phone(x, "us")
    )
    b.t(") aware. RN call-back ").p("DATE", _f(on + timedelta(2), "md")).t(" - ")
    b.p("NAME", f"{rn_f} {rn_l}").t(", RN\n")
    return b.build(p.fhir())


def _oral_sact_review(x: _Ctx) -> Note:
    """UK nurse-led telephone review on capecitabine with DPYD dose reduction, homecare."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(45, 84), x.n(7))
    nhs = _nhs(x)
    p.ids.append(("nhs", nhs.replace(" ", "")))
    anp_f, anp_l = x.person("staff", "F")
    cyc = x.r.randint(3, 8)
    deliv = _wk(on + timedelta(days=x.r.randint(4, 9)))
    b = NoteBuilder()
    b.t("ORAL SACT - NURSE-LED TELEPHONE REVIEW\n").p("NAME", f"{p.last.upper()}, {p.first}")
    b.t("  Hosp no ").p("ID", p.mrn).t("  NHS ").p("ID", nhs).t("\nSpoke to patient on mobile ")
    b.p("PHONE", p.phone).t(" - identity confirmed with DOB ").p("DATE", _f(p.dob, "dmy")).t(".\n")
    b.t("Capecitabine ").c("1250 mg/m2 BD D1-14 q21").t(" (adjuvant, Dukes C) - ")
    b.c(f"C{cyc}D8").t(" = ").p("DATE", _f(on, "dmy")).t("\nDPYD: ").c("c.2846A>T heterozygous")
    b.t(" - started at ").c("50%").t(", titrated to ").c("75%").t(" from ").c("C3").t(".\n")
    b.t("Toxicity: PPE ").c("grade 1").t(", diarrhoea ").c("grade 0").t(", mucositis ")
    b.c("grade 1").t(", nausea nil. Taking ").c("28/28").t(" doses. ").c("Wt 68.2 kg").t("\n")
    b.t("Advice: urea ").c("10%").t(" cream BD, avoid hot water; neutropenic sepsis advice ")
    b.t("reiterated.\nHomecare delivery to ").p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city)
    b.t(" ").p("ZIP", p.postal).t(" on ").t(deliv.strftime("%a") + " ").p("DATE", _f(deliv, "dm"))
    b.t("; bloods at GP ").p("DATE", _f(deliv - timedelta(2), "dm")).t(".\nNext review ")
    b.c("3/52").t(". ").p("NAME", f"{anp_f} {anp_l}").t(", ANP Oncology\n")
    return b.build(p.fhir())


def _waldenstrom_letter(x: _Ctx) -> Note:
    """Canadian consultation letter on Waldenström macroglobulinaemia in a patient over 90."""
    on = x.day()
    age = x.r.randint(90, 96)
    p = x.patient("ca", on, age, x.n(7))
    hcn = _ohip(x)
    p.ids.append(("ohip", hcn))
    fam_f, fam_l = x.person("ca")
    g_line, g_city, g_prov, g_pc, _, _ = _address(x, "ca")
    son_f, son_l = x.first("ca", "M"), p.last
    heme_f, heme_l = x.person("staff")
    b = NoteBuilder()
    b.t("HEMATOLOGY CONSULTATION\n").p("DATE", _f(on, "month d, y")).t("\n\nDr. ")
    b.p("NAME", f"{fam_f} {fam_l}").t("\nFamily Health Team, ").p("ADDRESS", g_line).t("\n")
    b.p("ADDRESS", g_city).t(f", {g_prov}  ").p("ZIP", g_pc).t("\n\nRe: ")
    b.p("NAME", f"{p.first} {p.last}").t(", DOB ").p("DATE", _f(p.dob, "iso")).t(", HCN ")
    b.p("ID", hcn).t(", MRN ").p("ID", p.mrn).t("\n\nDear Dr. ").p("NAME", fam_l).t(",\n\n")
    b.t("Thank you for asking me to see this ").p("AGE", str(age)).t("-year-old ")
    b.t("man" if p.sex == "M" else "woman").t(" with anemia and an IgM paraprotein. ")
    b.c(f"IgM {x.r.randint(18, 45)} g/L").t(", ").c(f"Hb {x.r.randint(82, 104)} g/L").t(", ")
    b.c(f"serum viscosity {x.r.uniform(1.8, 3.2):.1f} cP").t("; marrow ").c("40%")
    b.t(" lymphoplasmacytic infiltrate, ").c("MYD88 L265P").t(" positive, ").c("CXCR4")
    b.t(" wild-type: Waldenström macroglobulinemia. No features of Bing-Neel syndrome; ")
    b.t("fundi without hyperviscosity changes.\n\nGiven symptomatic anemia I suggest ")
    b.t("zanubrutinib (Brukinsa) ").c("160 mg BID").t("; ").c("ECOG 2").t(". Trillium ")
    b.t("application started with son ").p("NAME", f"{son_f} {son_l}").t(" (POA, ")
    b.p("PHONE", _phone(x, "ca")).t("), SIN ").p("SSN", _sin(x)).t(". Lives at ")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.city).t(".\nFollow-up in ").c("4 weeks")
    b.t(" with CBC, IgM.\n\nSincerely,\n").p("NAME", f"{heme_f} {heme_l}").t(", MD, FRCPC\n")
    return b.build(p.fhir())


def _breast_clinic_nz(x: _Ctx) -> Note:
    """New Zealand symptomatic breast clinic triple assessment with NHI and whānau."""
    on = x.day()
    nhi = _nhi(x)
    p = x.patient("nz", on, x.r.randint(34, 78), nhi, sex="F")
    hus = x.first("nz", "M")
    dau = x.first("nz", "F")
    bcn_f, bcn_l = x.person("nz", "F")
    surg = x.person("staff")[1]
    res = _wk(on + timedelta(days=x.r.randint(5, 9)))
    b = NoteBuilder()
    b.t("BREAST CLINIC - TRIPLE ASSESSMENT\nNHI: ").p("ID", nhi).t("   Name: ")
    b.p("NAME", f"{p.first} {p.last}").t("   DOB: ").p("DATE", _f(p.dob, "dmy")).t("\nAddress: ")
    b.p("ADDRESS", p.line).t(", ").p("ADDRESS", p.extra_lines[0]).t(", ").p("ADDRESS", p.city)
    b.t(" ").p("ZIP", p.postal).t("\nReferral: GP, ").c("3 weeks").t(" of a left breast lump.\n")
    b.t("Exam: ").c(f"{x.r.uniform(1.2, 3.5):.1f} cm").t(" hard mass ").c("2 o'clock")
    b.t(", ").c("4 cm FN").t("; axilla clear.\nImaging: mammogram ").c("BI-RADS 5").t(", US ")
    b.c("U5").t("; core biopsy ").c("14G x3").t(" - specimen ").p(
        "ID", f"HS{on.year % 100}-{x.n(5)}"
    )
    b.t("; clip placed.\nWhānau: husband ").p("NAME", hus).t(" and daughter ").p("NAME", dau)
    b.t(" present; karakia before results appointment was requested.\nResults: ")
    b.t(res.strftime("%A") + " ").p("DATE", _f(res, "d month y")).t(" with Ms ").p("NAME", surg)
    b.t(", General & Breast Surgeon.\nBreast care nurse ").p("NAME", f"{bcn_f} {bcn_l}").t(" - ")
    b.p("PHONE", _phone(x, "nz", mobile=False)).t(" / ").p("PHONE", _phone(x, "nz")).t("\n")
    return b.build(p.fhir())


def _ngs_report(x: _Ctx) -> Note:
    """US molecular pathology NGS report: EGFR exon 19, TP53, report URL and LIS host IP."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(44, 85), x.n(8))
    acc = f"MP{on.year % 100}-{x.n(6)}"
    spec = f"S{on.year % 100}-{x.n(5)} {x.ch('ABC')}{x.r.randint(1, 6)}"
    ord_f, ord_l = x.person("us")
    dir_f, dir_l = x.person("staff")
    coll = on - timedelta(days=x.r.randint(10, 16))
    host = x.ch(("molecular.example-lab.com", "portal.genomicdx.net", "results.mpl.org"))
    b = NoteBuilder()
    b.t("MOLECULAR PATHOLOGY - NGS SOLID TUMOR PANEL (523 genes, DNA + RNA)\nPatient: ")
    b.p("NAME", f"{p.last}, {p.first} {x.ch('ABCDEJKLMRS')}".upper()).t("   MRN: ").p("ID", p.mrn)
    b.t("   DOB: ").p("DATE", _f(p.dob, "mdy")).t("\nAccession: ").p("ID", acc).t("   Block: ")
    b.p("ID", spec).t("\nOrdering: ").p("NAME", f"{ord_f} {ord_l}").t(", MD (NPI ")
    b.p("ID", "1" + x.n(9)).t(")\nCollected: ").p("DATE", coll.isoformat()).t("   Received: ")
    b.p("DATE", _f(coll + timedelta(3), "ymd")).t("   Reported: ").p("DATE", _iso_dt(x, on))
    b.t("\nSpecimen: lung, RUL core; adenocarcinoma; tumor content ").c(f"{x.r.randint(20, 70)}%")
    b.t("\nResults:\n  ").c("EGFR exon 19 deletion p.E746_A750del").t(" VAF ")
    b.c(f"{x.r.randint(12, 48)}%").t(" - Tier IA\n  ").c("TP53 p.R273H").t(" VAF ")
    b.c(f"{x.r.randint(10, 45)}%").t(" - Tier IIC\n  ").c(f"TMB {x.r.randint(1, 9)} mut/Mb")
    b.t("; MSS; no ALK / ROS1 / RET fusions\n  PD-L1 (22C3) ").c(f"TPS {x.r.randint(1, 80)}%")
    b.t("\nInterpretation: sensitizing EGFR alteration; first-line osimertinib (Tagrisso) ")
    b.t("supported (FLAURA); co-mutated TP53 associated with shorter PFS.\nReport: ")
    b.p("URL", f"https://{host}/reports/{acc.lower()}?v=2").t("\nLIS host: ").p("IP", _ip(x, True))
    b.t("   CLIA ").p("ID", f"{x.n(2)}D{x.n(7)}").t("\nLab director: ").p(
        "NAME", f"{dir_f} {dir_l}"
    )
    b.t(", MD, PhD\n")
    return b.build(p.fhir())


def _portal_message(x: _Ctx) -> Note:
    """US patient-portal thread on oral chemotherapy mouth sores, sender IP, lower-case names."""
    on = x.day()
    p = x.patient("us", on, x.r.randint(30, 82), x.n(8))
    onc = x.person("staff")[1]
    sp_sex = x.ch("MF")
    spouse = x.first("us", sp_sex)
    rn_f, rn_l = x.person("us", "F")
    em = _email(x, p.first, p.last, x.ch(("gmail.com", "icloud.com", "aol.com", "att.net")))
    b = NoteBuilder()
    b.t("PATIENT PORTAL MESSAGE\nFrom: ").p("NAME", f"{p.first} {p.last}").t(" <").p("EMAIL", em)
    b.t(">  MRN ").p("ID", p.mrn).t("\nReceived: ").p("DATE", _f(on, "mdy")).t(" 7:42 PM from ")
    b.p("IP", _ip(x)).t("\nSubject: question about my chemo pills\n\nhi dr ").p("NAME", onc.lower())
    b.t(", my mouth sores are worse since ").t((on - timedelta(3)).strftime("%A").lower())
    b.t(" and it hurts to eat. im on the capecitabine ").c("1500 mg").t(" twice a day, day ")
    b.c(str(x.r.randint(8, 12))).t(". my ").t("husband" if sp_sex == "M" else "wife").t(" ")
    b.p("NAME", spouse.lower()).t(" says i should stop them? no fever, ").c("99.1").t(" tonight.")
    b.t("\n- ").p("NAME", p.first.lower()).t("\n\nReply ").p("DATE", _f(on + timedelta(1), "mdy"))
    b.t(" 8:15 AM - ").p("NAME", f"{rn_f} {rn_l}").t(", RN (oncology triage):\nPlease hold the ")
    b.t("capecitabine until we see you - this is mucositis ").c("grade 2").t(". Use the ")
    b.t("magic mouthwash (").c("5 mL swish and spit QID").t("), see ")
    b.p(
        "URL",
        "https://www.cancer.net/coping-with-cancer/physical-emotional-and-social-effects/"
        "managing-physical-side-effects/mouth-sores-or-mucositis",
    )
    b.t(". Labs and visit booked ").p("DATE", _f(on + timedelta(2), "md")).t(" at 10:30. If ")
    b.t("temp ").c("100.4").t(" or higher call ").p("PHONE", _phone(x, "us")).t(" 24/7.\n")
    return b.build(p.fhir())


def _trial_results_letter(x: _Ctx) -> Note:
    """UK letter to a trial participant with the lay summary of results and a URL."""
    on = x.day()
    p = x.patient("uk", on, x.r.randint(45, 86), x.n(8))
    acro = x.ch(_ACRO)
    pid = f"{acro[:2]}{x.n(3)}-{x.n(3)}"
    ri_f, ri_l = x.person("staff")
    rn_f, rn_l = x.person("uk", "F")
    joined = on - timedelta(days=x.r.randint(700, 1400))
    b = NoteBuilder()
    b.p("DATE", _f(on, "d month y")).t("\n\nPrivate and confidential\n").t(
        x.ch(("Mrs", "Ms")) if p.sex == "F" else "Mr"
    )
    b.t(" ").p("NAME", f"{p.first[0]} {p.last}").t("\n").p("ADDRESS", p.line).t("\n")
    b.p("ADDRESS", p.city).t("\n").p("ZIP", p.postal).t(f"\n\nStudy: {acro} (ISRCTN{x.n(8)})   ")
    b.t("Your trial number: ").p("ID", pid).t("\n\nDear ").p("NAME", p.first).t(",\n\nThank you ")
    b.t("for taking part in the ").t(acro).t(" trial, which you joined on ")
    b.p("DATE", _f(joined, "dth month y")).t(". The trial compared ").c("5 fractions")
    b.t(" of radiotherapy (").c("26 Gy").t(") with ").c("15 fractions").t(" (").c("40 Gy")
    b.t(") after breast or prostate surgery. After a median ").c("3.1 years").t(" of follow-up ")
    b.t("the shorter course was as effective, with similar late side effects.\n\nA plain-")
    b.t("English summary is at ").p("URL", f"https://www.icr.ac.uk/{acro.lower()}-results").t(". ")
    b.t("Your usual follow-up is not affected. If you have questions, please contact ")
    b.p("NAME", f"{rn_f} {rn_l}").t(", research nurse, on ").p("PHONE", _phone(x, "uk", False))
    b.t(" or ").p("EMAIL", _email(x, rn_f, rn_l, "nhs.net")).t(".\n\nYours sincerely\n\n")
    b.t("Dr ").p("NAME", f"{ri_f} {ri_l}").t(", Principal Investigator\n")
    return b.build(p.fhir())


TEMPLATES = [
    _sact_preassessment,
    _rchop_verification,
    _rt_ct_sim,
    _rt_on_treatment,
    _mdt_outcomes,
    _trial_screening,
    _econsent_audit,
    _sae_form,
    _imp_accountability,
    _bmt_donor_search,
    _cart_coordination,
    _haemophilia_letter,
    _sickle_transition,
    _inr_log,
    _brca_counselling,
    _cascade_letter,
    _histopath_in,
    _tumour_marker,
    _palliative_decision,
    _survivorship_plan,
    _fertility_referral,
    _ukons_triage,
    _marrow_procedure,
    _myeloma_review,
    _aml_ward_round,
    _pet_report,
    _haem_referral_triage,
    _monitor_email,
    _iwrs_confirmation,
    _rt_summary_in,
    _daycare_chemo_in,
    _thal_bmt_in,
    _familial_cancer_au,
    _all_maintenance_ca,
    _irae_visit,
    _oral_sact_review,
    _waldenstrom_letter,
    _breast_clinic_nz,
    _ngs_report,
    _portal_message,
    _trial_results_letter,
]


def generate(n: int) -> list[Note]:
    """``n`` deterministic notes, cycling through ``TEMPLATES`` in order."""
    return [TEMPLATES[i % len(TEMPLATES)](_Ctx(i)) for i in range(n)]
