"""HELD-OUT v69 PHI corpus: written independently, before any round-69 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout65 / heldout66 / heldout67 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout67's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; name groups, word-like-name list, places and
check-digit helpers are this file's own); the other held-out corpora being written at the same
time were not read; ruff check (not ruff format) was run on this file; the scrubber was never run
on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid``
- nor was any of its output looked at). Like v14-v67 it aims at the MAINSTREAM of English-language
hospital and clinical text with ordinary PHI density; it is modelled on INSURANCE, BILLING, CLAIMS
AND UTILIZATION REVIEW: US prior-authorization requests and denials, explanation-of-benefits
letters, CMS-1500 / UB-04 style claim fields, appeal letters, utilization-review and
case-management notes, workers' compensation bills, Medicare / Medicaid eligibility checks,
Australian Medicare and private-health-fund claims, UK private-insurer pre-authorisation and NHS
overseas-visitor charging letters, Canadian provincial billing and out-of-province claims, Irish
private-insurance and medical-card forms, Indian cashless TPA forms, South African medical-scheme
claims, Singapore MediSave / insurer letters of guarantee and PhilHealth claim forms.

Templates, cycled in order (see ``TEMPLATES``): US (12): prior-authorization request fax cover
and form (member ID, group number, "mm/dd/yyyy" DOB, ordering ", MD" with NPI (Luhn), fax and
phone, requested "m/d/yyyy" service date; CPT / ICD-10 codes unlabelled; BMI, A1c and doses
clinical); prior-authorization denial letters ("Month d, yyyy", member address block with street,
city, state and ZIP, "Dear First Last:", reference number (ID), medical director ", DO"; LDL and
statin doses clinical); explanation-of-benefits statements (claim number, "mm/dd/yy" service
dates, a pasted table of billed / allowed / paid amounts (clinical), patient "First M. Last",
member ID); CMS-1500 style claim field dumps ("2. PATIENT'S NAME (Last, First, MI)" as one span,
"3. BIRTH DATE mm dd yyyy" as one span, "5. ADDRESS" street, city, ZIP, phone in "(nnn) nnn-nnnn",
insured's ID, referring NPI, charges clinical); UB-04 style inpatient claim summaries (patient
control number, admit / discharge "mmddyy", attending with NPI, revenue codes unlabelled, DRG and
charges clinical); appeal letters from a physician ("Re: First Last, DOB", member ID, claim
number, denial "Month d", the physician's full name ", MD, FACC"; EF, NYHA and drug doses
clinical); utilization-review concurrent-stay notes (lower-case, "LAST, FIRST", MRN, auth number,
"m/d" dates, InterQual day counts, UR nurse ", RN, CCM" with ext; vitals and labs clinical);
workers' compensation bills (WC claim number, employer name (unlabelled) and employer contact's
full name, SSN, injury date "mm-dd-yyyy", adjuster's name, phone and e-mail; charges and ROM
clinical); Medicare eligibility (270 / 271) response printouts (MBI, "yyyymmdd" dates, "LAST,
FIRST M", Part A / B effective dates, the checker's login (NAME) and workstation IP (IP)); Medicaid
case-management notes (Medicaid ID, the caregiver's full name and cell, home street, apt, city,
ZIP, next visit "m/d"; PHQ-9 and BP clinical); pharmacy PA e-mails (work e-mail, patient
first-initial lower-case, BIN / PCN unlabelled, member ID, "Dr. Last"; doses clinical); patient
payment-portal messages (statement URL with token (URL), account number (ID), spouse's first name,
balance amounts clinical). UK (England 6, Scotland 2, Wales 1, NI 1): Bupa / AXA style
pre-authorisation requests (membership number, "d Mon yyyy", consultant's full name with GMC
number (ID), procedure code unlabelled; PSA and volume clinical); private insurer shortfall letters
("Ref:" number, address block with street, town and postcode, "Dear Mr Last"); NHS overseas-visitor
charging letters (OVM reference, passport number (ID), S2 / EHIC card number (ID), invoice
amounts clinical, "dd.mm.yyyy"); self-pay estimate e-mails (name.surname e-mail, mobile "07nnn
nnnnnn", the secretary's first name); private-ward billing queries (account number, MRN, spaced
NHS); GP letters to an insurer ("Our ref"); Scottish NHS cross-border charging and SPPA-like
insurer forms (CHI built from the DOB and sex); a Welsh patient's insurance claim form (NHS number,
Welsh street names); a Northern Ireland H&C number (mod 11) on a Causeway-style funding request.
Australia (5): Medicare bulk-bill claim printouts (Medicare card with IRN inside the span when
written as "n", provider numbers (ID)), private-health-fund claim forms (fund member number,
"dd/mm/yyyy", item numbers unlabelled, gap amounts clinical), informed financial consent letters,
DVA Gold card claims (DVA file number), hospital-fund pre-admission e-mails. Canada (5): OHIP
claim error reports (OHIP with version code, "yyyy/mm/dd"), BC MSP out-of-province claims (PHN mod
11), Alberta ULI (Luhn) WCB billing, Quebec RAMQ reimbursement requests, Manitoba PHIN
out-of-province hospital claims. Ireland (4): VHI / Laya style claim forms (membership number,
"dd/mm/yyyy", Eircode), medical-card (GMS) applications (PPSN as SSN), private-patient
undertaking forms, HSE Treatment Benefit letters. New Zealand (3): Southern Cross style prior
approvals (member number, NHI), ACC45 treatment-cost invoices (ACC claim number), Pharmac special
authority application notes. India (2): cashless TPA pre-authorisation forms (policy number,
TPA ID card, ABHA number, "dd-mm-yyyy", mobile "+91 nnnnn nnnnn", the treating doctor with
registration number) and TPA query replies. South Africa (2): medical-scheme claim submissions (SA
ID number, Luhn with the DOB, scheme membership number, dependant code unlabelled, practice number
(ID)) and PMB motivation letters. Singapore (1): insurer letter-of-guarantee requests (NRIC check
letter). Philippines (1): PhilHealth claim form fields (PhilHealth PIN "nn-nnnnnnnnn-n").

Names: curated groups per region (English, British South Asian, Scottish, Welsh, Northern Irish;
US white, African American, Hispanic and Korean American; Anglo, Greek and Vietnamese Australian;
English Canadian, Québécois and Punjabi Canadian; Irish; Pākehā and Māori; Indian (North and
South); South African (Afrikaans, Zulu, Xhosa, Indian South African); Singapore Chinese and Malay;
Filipino), about one patient name in five (UK, US, AU, CA, IE, NZ, IN) from Faker en_GB / en_US /
en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note; word-like and eponymous surnames are
never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown,
Wilson, Parkinson and other common nouns, places, months and virtue names). A note never reuses a
first or last name for unrelated people (a note in which a labelled PHI string - or a word of a
labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next
fixed seed).

Conventions (as heldout65 - heldout67): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms", ", MD", ", DO", ", MD, FACC", ", RN, CCM", " FRCS", "(Case Manager)", "(spouse)") are outside
NAME spans; "LAST, First" and "Last, First, MI" are one NAME span; a login built from a person's
name is NAME. A street line (with unit / apartment / flat), suburb and town / city are ADDRESS;
states, provinces, counties and countries are not PHI; postcodes, ZIP codes, Eircodes, postal
codes and PIN codes are ZIP. DATE: anything more specific than a year, in the formats above, also
"mm dd yyyy" claim-form dates and "mmddyy" / "yyyymmdd" run-together dates; weekdays, times of
day, years alone and service-unit counts are not labelled. PHONE: phones, faxes and extensions
(labels outside). SSN: US SSNs, Irish PPSNs. ID: member, policy, group, subscriber, claim,
authorization, reference, account, invoice and patient-control numbers, MRNs, NHS / CHI / H&C,
Medicare (AU), MBI, Medicaid IDs, NPI, GMC, provider and practice numbers, OHIP, PHN, ULI, RAMQ,
PHIN, NHI, ACC claim numbers, passport and EHIC numbers, ABHA and TPA card numbers, SA ID numbers,
NRIC and PhilHealth PINs. AGE: ages >= 90 only, number part only. EMAIL, URL (a patient's
statement / portal link) and IP as usual. Not PHI: insurer, fund, scheme, TPA, hospital and
employer names, CPT / HCPCS / ICD-10 / DRG / revenue / MBS item codes, BIN / PCN, dependant codes.
Amounts billed, allowed, paid and owed, vitals, labs, scores and drug doses are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, never today's date: notes dated January
2024 to September 2025). Run it only for final figures: its misses and lost clinical values are not
to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# group -> (male firsts, female firsts, surnames)
G: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Clive", "Nigel", "Darren", "Stuart", "Kelvin", "Graham"],
           ["Joanne", "Gillian", "Kerry", "Leanne", "Sharon", "Nicola"],
           ["Ackroyd", "Brierley", "Entwistle", "Gledhill", "Holroyd", "Sutcliffe", "Wolstenholme",
            "Greenhalgh", "Hargreaves", "Tattersall"]),
    "bsa": (["Naveed", "Sukhdev", "Asif", "Hitesh"], ["Farzana", "Jaswinder", "Bushra", "Hema"],
            ["Mahmood", "Sandhu", "Chauhan", "Qureshi", "Mistry", "Iqbal"]),
    "sc": (["Euan", "Fraser", "Callum", "Ewan"], ["Eilidh", "Mhairi", "Ailsa", "Kirsty"],
           ["McAllister", "Drummond", "Lindsay", "Robertson", "Ferguson", "McGregor"]),
    "cy": (["Gethin", "Huw", "Owain", "Gwyn"], ["Sian", "Bethan", "Eleri", "Catrin"],
           ["Llewellyn", "Bowen", "Jenkins", "Powell", "Rees", "Griffiths"]),
    "ni": (["Seamus", "Ciaran", "Mervyn", "Trevor"], ["Roisin", "Gemma", "Noeleen", "Siobhan"],
           ["McCann", "Quinn", "Devlin", "Hamill", "McKeown", "Donnelly"]),
    "usw": (["Bradley", "Kyle", "Dustin", "Travis", "Chad"], ["Brittany", "Kayla", "Heather", "Amber"],
            ["Kowalczyk", "Schaefer", "Lindqvist", "Hoffmann", "Thompson", "Gallagher", "Brennan"]),
    "usb": (["DeShawn", "Tyrone", "Marquis", "Darnell"], ["Latoya", "Keisha", "Shaniqua", "Ebony"],
            ["Washington", "Jefferson", "Okafor", "Freeman", "Pettiford", "Gaines"]),
    "ush": (["Alejandro", "Joaquin", "Rogelio", "Ernesto"], ["Guadalupe", "Yesenia", "Marisol", "Araceli"],
            ["Villarreal", "Gutierrez", "Castaneda", "Ochoa", "Zamora", "Echeverria"]),
    "usk": (["Jae-won", "Sung-min", "Hyun"], ["Eun-ji", "Soo-yeon", "Min-ji"],
            ["Kim", "Park", "Choi", "Jeong", "Yoon"]),
    "au": (["Brendan", "Shane", "Troy", "Jarrod"], ["Kylie", "Narelle", "Belinda", "Tegan"],
           ["Pritchett", "Skerritt", "Dunstan", "Kilpatrick", "McNamara", "Ashby"]),
    "augr": (["Dimitrios", "Spiros", "Kostas"], ["Eleni", "Despina", "Voula"],
             ["Papadopoulos", "Kyriakou", "Georgiou", "Stavrou"]),
    "auvn": (["Tuan", "Quang", "Minh"], ["Thuy", "Huong", "Ngoc"], ["Nguyen", "Tran", "Pham", "Vo"]),
    "ca": (["Brent", "Darryl", "Curtis", "Kendall"], ["Tanya", "Colleen", "Dana", "Krista"],
           ["MacDonald", "Bouchard-Hill", "Chisholm", "Stewart", "Fraser-Leung", "Dolan"]),
    "qc": (["Sylvain", "Mathieu", "Réjean", "Gaétan"], ["Geneviève", "Josée", "Mélanie", "Nathalie"],
           ["Tremblay", "Gagnon", "Bélanger", "Lévesque", "Pelletier", "Ouellet"]),
    "pb": (["Gurpreet", "Harpreet", "Jaspal"], ["Navdeep", "Simran", "Rajwinder"],
           ["Dhillon", "Grewal", "Sidhu", "Gill"]),
    "ie": (["Padraig", "Declan", "Fergal", "Eoin", "Cathal"], ["Aoife", "Niamh", "Sinead", "Orla", "Deirdre"],
           ["O'Sullivan", "Fitzgerald", "Moriarty", "Brennan", "Cusack", "Donoghue", "Kavanagh"]),
    "nz": (["Hamish", "Logan", "Blair"], ["Kiri", "Aroha", "Hine", "Shelley"],
           ["Tipene", "Ngata", "Whaanga", "Parata", "Henare", "Rangihuna"]),
    "inn": (["Rakesh", "Vikram", "Anil", "Sandeep"], ["Sunita", "Pooja", "Neha", "Kavita"],
            ["Sharma", "Agarwal", "Gupta", "Verma", "Saxena", "Malhotra"]),
    "ins": (["Venkatesh", "Sreenivas", "Murali"], ["Lakshmi", "Kavya", "Divya"],
            ["Iyer", "Subramanian", "Reddy", "Krishnan", "Naidu"]),
    "za": (["Pieter", "Sipho", "Thabo", "Johan", "Kagiso"], ["Annelie", "Nomvula", "Thandeka", "Marlize"],
           ["Botha", "Dlamini", "Van der Merwe", "Nkosi", "Mokoena", "Pillay", "Khumalo"]),
    "sg": (["Wei Ming", "Jun Hao", "Ahmad Faizal"], ["Siew Ling", "Hui Min", "Nur Aisyah"],
           ["Tan", "Lim", "Goh", "Ong", "Teo"]),
    "ph": (["Rodrigo", "Jericho", "Arnel", "Ramil"], ["Maricel", "Rowena", "Jocelyn", "Lovely"],
           ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Tolentino"]),
    "st": (["Oluwaseun", "Tendai", "Farhan", "Nikhil", "Joselito"], ["Chidinma", "Rumbidzai", "Ayesha", "Jinu"],
           ["Adeyemi", "Moyo", "Rahman", "Menon", "Abellana", "Fernando"]),
}
PAT = {"uk": ["en", "en", "bsa"], "sc": ["sc"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "ush", "usk"], "au": ["au", "au", "augr", "auvn"],
       "ca": ["ca", "ca", "pb"], "qc": ["qc"], "ie": ["ie"], "nz": ["nz"], "in": ["inn", "ins"],
       "za": ["za"], "sg": ["sg"], "ph": ["ph"]}
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US", "au": "en_AU",
             "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown Wilson Parkinson White
Black Green Grey Gray Hill Wood Woods Hall King Knight Mason Baker Carpenter Miller Fisher Hunter
Page Price Rich Sharp Small Little Stone Marsh Moss Lane Field Fields Banks Steel Summer Summers
Winter Love Joy Grace Faith Charity Patience Mercy Honor Dawn Ivy Lily Holly Daisy April May June
Will Bill Mark Art Guy Jack Frank Chase Hunt Booth Church Chambers Parker Cross Pope Street Bond
Glass Gold Silver Fox Wolf Lamb Bird Crane Swan Drake Finch Nash Sage Rush Rivers Ray Major Noble
Golden Savage Sweet Moody Best Read Reading Case Fair Gay Way Wells Hale Heath Holt Meadows Brooks
Ford Shaw Paris London Sydney Florence Victoria Georgia Austin Dallas Jordan Chester Lincoln
Kent Clay Bush Coffee Ball Pike Cash Sterling Sun Bright Bryan Hale Cherry Berry Penny Beau
Apgar Doppler Holter Glasgow Braden Waterlow Addison Cushing Hodgkin Crohn Graves Bupa Vhi Laya
Medicare Aetna Cigna Humana Justice Dale Glen Glenn Cliff Rock Brook Power Powers Walker Walkers Carer Nurse Sister"""
BAD_NAMES = set(_BAD_TXT.split())
BAD_INITS = {"BP", "HR", "GP", "PA", "UR", "CM", "MD", "DO", "RN", "ID", "OT", "PT", "ED", "ER",
             "IV", "AB", "NP", "MI", "PE", "CT", "DR", "MR", "MS", "NO", "OK", "SA", "DM", "CA", "HB"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The note drew something it must not."""


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first}, {self.mid}"

    @property
    def LFM(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}@{dom}"][style % 3]

    def login(self) -> str:
        return f"{_slug(self.first)[0]}{_slug(self.last)[:7]}"


def _ordsuf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "dmy": f"{dd}/{mm}/{d.year}", "dmy1": f"{d.day}/{d.month}/{d.year}", "dot": f"{dd}.{mm}.{d.year}",
        "long": f"{d.day} {m} {d.year}", "sh": f"{d.day} {m[:3]} {d.year}", "ord": f"{d.day}{_ordsuf(d.day)} {m} {d.year}",
        "dmon": f"{dd}-{m[:3]}-{d.year}", "dash": f"{dd}-{mm}-{d.year}", "iso": d.isoformat(),
        "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}", "us02": f"{mm}/{dd}/{yy}",
        "md": f"{d.month}/{d.day}", "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}",
        "mon_d": f"{m} {d.day}", "ymd": f"{d.year}/{mm}/{dd}", "cms": f"{mm} {dd} {d.year}",
        "mdy6": f"{mm}{dd}{yy}", "ymd8": f"{d.year}{mm}{dd}", "usdash": f"{mm}-{dd}-{d.year}",
        "dmo": f"{d.day} {m}", "my": f"{m} {d.year}", "dmonu": f"{dd}-{m[:3].upper()}-{d.year}",
        "dm0": f"{dd}/{mm}",
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_digit(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, n: int = 9, lead: str = "") -> str:
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(n - len(lead)))
        s = sum(int(c) * (n + 1 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return body + str(chk)


def _nhs(r: random.Random) -> str:
    return _mod11(r, 9, str(r.randint(4, 7)))


def _sp(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + _dig(r, 2) + str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return body + str(chk)


def _npi(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_digit("80840" + body)


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def _mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + "-" + r.choice(al)
            + r.choice(an) + str(r.randint(0, 9)) + "-" + r.choice(al) + r.choice(al) + str(r.randint(0, 9))
            + str(r.randint(0, 9)))


def _au_medicare(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(c) * x for c, x in zip(body, w)) % 10
    return f"{body[:4]} {body[4:]}{chk} {r.randint(1, 9)}"


def _ohip(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{body[:4]}-{body[4:7]}-{body[7:]}{_luhn_digit(body)}-{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTVWXYZ')}"


def _bcphn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        body = "".join(str(r.randint(0, 9)) for _ in range(8))
        chk = 11 - sum(int(c) * x % 11 for c, x in zip(body, w)) % 11
        if chk < 10:
            s = "9" + body + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn_digit(body)
    return f"{s[:5]}-{s[5:]}"


def _ramq(r: random.Random, q: P, dob: date) -> str:
    la = _slug(q.last).upper()[:3].ljust(3, "X")
    mm = dob.month + (50 if q.sex == "f" else 0)
    return f"{la}{_slug(q.first).upper()[0]} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(10, 99)}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        let = "".join(r.choice(al) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        s = sum((al.index(ch) + 1) * (7 - i) for i, ch in enumerate(let))
        s += sum(v * (4 - i) for i, v in enumerate(nums))
        chk = 11 - s % 11
        if chk == 11:
            continue
        if chk == 10:
            chk = 0
        return let + "".join(map(str, nums)) + str(chk)


def _ppsn(r: random.Random) -> str:
    al = "WABCDEFGHIJKLMNOPQRSTUV"
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(v * (8 - i) for i, v in enumerate(d))
    return "".join(map(str, d)) + al[s % 23] + r.choice(["", "A", "W"] if r.random() < 0.3 else [""])


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(0, 4999) if sex == "f" else r.randint(5000, 9999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn_digit(body)


def _nric(r: random.Random, dob: date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    d = [r.randint(0, 9) for _ in range(7)]
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(d, w)) + (4 if pre == "T" else 0)
    return pre + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        loc = FAKER_LOC.get(region)
        self.fk: Faker | None = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(seed)
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, k: str, s: str) -> C:
        self.b.p(k, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def money(self, lo: int, hi: int) -> str:
        return f"{self.r.randint(lo, hi):,}.{self.r.choice(['00', '50', '25', str(self.r.randint(10, 99))])}"

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first, last = self.ch(ms if sex == "m" else fs), self.ch(ls)
            words = first.replace("-", " ").split() + last.replace("-", " ").split()
            if not all(w.replace("'", "").isalpha() for w in words) or len(first) < 3:
                continue
            if any(w in BAD_NAMES or w.lower() in self.used for w in words):
                continue
            self.used.update(w.lower() for w in words)
            return P(first, last, sex, self.ch("BCDEFGHJKLNRSTW"))
        raise Redraw

    def pat(self, sex: str | None = None) -> P:
        sex = sex or self.ch("mf")
        fake = self.r.random() < 0.2 and self.region in FAKER_LOC
        return self._take(self.ch(PAT[self.region]), sex, fake)

    def rel(self, q: P, sex: str | None = None) -> P:
        """A relative with the same surname, first name from a local group."""
        sex = sex or self.ch("mf")
        for _ in range(40):
            ms, fs, _ls = G[self.ch(PAT[self.region])]
            first = self.ch(ms if sex == "m" else fs)
            if first.lower() not in self.used and first not in BAD_NAMES:
                self.used.update(first.lower().split())
                return P(first, q.last, sex, "A")
        raise Redraw

    def staff(self, sex: str | None = None) -> P:
        grp = "st" if self.r.random() < 0.25 else self.ch(PAT[self.region])
        return self._take(grp, sex or self.ch("mf"), False)

    def ini(self, q: P) -> str:
        s = _slug(q.first)[0].upper() + _slug(q.last.split()[-1])[0].upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tm(self) -> str:
        return f"{self.r.randint(7, 18):02d}:{self.r.randint(0, 59):02d}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


# ------------------------------------------------------------------------------ places / phones
US_CITY = [("Fresno", "CA", "937", "559"), ("Tulsa", "OK", "741", "918"), ("Dayton", "OH", "454", "937"),
           ("Lubbock", "TX", "794", "806"), ("Macon", "GA", "312", "478"), ("Scranton", "PA", "185", "570"),
           ("Rochester", "NY", "146", "585"), ("Boise", "ID", "837", "208")]
US_ST = ["Blackstone Ave", "E Pine St", "Salem Ave", "Slide Rd", "Vineville Ave", "Wyoming Ave",
         "Lyell Ave", "W Overland Rd", "Harvard Ave", "S Yale Ave"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}" + (f" Apt {n.ri(1, 40)}{n.ch('ABCD')}" if n.r.random() < 0.3 else "")
    return line, city, st, z3 + f"{n.ri(1, 99):02d}", area


def us_ph(n: C, area: str, k: int = 0) -> str:
    a, b = n.ri(201, 989), n.ri(1000, 9999)
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}"][k % 3]


UK_TOWN = [("Halifax", "HX3"), ("Bolton", "BL2"), ("Wakefield", "WF1"), ("Barnsley", "S71"), ("Stockport", "SK4"),
           ("Huddersfield", "HD2"), ("Chesterfield", "S41")]
UK_ST = ["Skircoat Moor Road", "Chorley New Road", "Agbrigg Road", "Pogmoor Road", "Didsbury Road",
         "Trinity Street", "Ashgate Road"]
SC_TOWN = [("Dundee", "DD4"), ("Paisley", "PA2"), ("Kilmarnock", "KA1"), ("Perth", "PH1")]
SC_ST = ["Arbroath Road", "Glenburn Road", "Portland Road", "Feus Road"]
CY_TOWN = [("Swansea", "SA2"), ("Newport", "NP20"), ("Wrexham", "LL11"), ("Bangor", "LL57")]
CY_ST = ["Heol Eithrim", "Ffordd y Brenin", "Maes y Coed", "Stryd Fawr"]
NI_TOWN = [("Lisburn", "BT28"), ("Newry", "BT34"), ("Enniskillen", "BT74"), ("Larne", "BT40")]
NI_ST = ["Ballinderry Road", "Armagh Road", "Tempo Road", "Glenarm Road"]
_PCL = "ABDEFGHJLNPQRSTUWXYZ"


def uk_addr(n: C, reg: str = "uk") -> tuple[str, str, str]:
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST), "ni": (NI_TOWN, NI_ST)}[reg]
    town, out = n.ch(towns)
    return f"{n.ri(1, 220)} {n.ch(sts)}", town, f"{out} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_mob(n: C, k: int = 0) -> str:
    s = f"07{n.ri(300, 999)}{n.ri(100000, 999999)}"
    return [f"{s[:5]} {s[5:]}", f"+44 {s[1:5]} {s[5:]}", s][k % 3]


AU_SUB = [("Blacktown", "NSW", "2148"), ("Dandenong", "VIC", "3175"), ("Logan Central", "QLD", "4114"),
          ("Elizabeth", "SA", "5112"), ("Midland", "WA", "6056"), ("Glenorchy", "TAS", "7010")]
AU_ST = ["Flushcombe Road", "Lonsdale Street", "Wembley Road", "Philip Highway", "Great Eastern Highway",
         "Main Road"]


def au_addr(n: C) -> tuple[str, str, str, str]:
    sub, st, pc = n.ch(AU_SUB)
    pre = f"{n.ri(1, 12)}/" if n.r.random() < 0.3 else ""
    return f"{pre}{n.ri(2, 180)} {n.ch(AU_ST)}", sub, st, pc


def au_mob(n: C) -> str:
    return f"04{n.ri(10, 99)} {n.ri(100, 999)} {n.ri(100, 999)}"


CA_CITY = {"ON": [("Sudbury", "P3A", "705"), ("London", "N5W", "519"), ("Oshawa", "L1H", "905")],
           "BC": [("Kamloops", "V2C", "250"), ("Surrey", "V3W", "604")],
           "AB": [("Lethbridge", "T1J", "403"), ("Red Deer", "T4N", "403")],
           "QC": [("Sherbrooke", "J1H", "819"), ("Trois-Rivières", "G8Z", "819")],
           "MB": [("Brandon", "R7A", "204"), ("Steinbach", "R5G", "204")]}
CA_ST = ["Lasalle Blvd", "Dundas St E", "Simcoe St N", "Tranquille Rd", "Scott Rd", "Mayor Magrath Dr",
         "rue King Ouest", "boul. des Forges", "Rosser Ave", "Main St"]


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area = n.ch(CA_CITY[prov])
    return (f"{n.ri(10, 3999)} {n.ch(CA_ST)}", city,
            f"{fsa} {n.ri(1, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}", area)


def ca_ph(n: C, area: str) -> str:
    return f"{area}-{n.ri(201, 989)}-{n.ri(1000, 9999)}"


IE_TOWN = [("Mullingar", "Co. Westmeath", "N91"), ("Castlebar", "Co. Mayo", "F23"),
           ("Carlow", "Co. Carlow", "R93"), ("Letterkenny", "Co. Donegal", "F92"), ("Navan", "Co. Meath", "C15")]
IE_ST = ["Ballinderry Drive", "Mountain View", "Greenhills Road", "Cluain Árd", "Ashfield Park"]


def ie_addr(n: C) -> tuple[str, str, str, str]:
    town, county, rk = n.ch(IE_TOWN)
    ek = "".join(n.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return f"{n.ri(1, 90)} {n.ch(IE_ST)}", town, county, f"{rk} {ek}"


def ie_mob(n: C) -> str:
    return f"08{n.ch('3567')} {n.ri(100, 999)} {n.ri(1000, 9999)}"


NZ_SUB = [("Papatoetoe", "Auckland", "2025"), ("Naenae", "Lower Hutt", "5011"), ("Hornby", "Christchurch", "8042"),
          ("Fairfield", "Hamilton", "3214")]
NZ_ST = ["Kolmar Road", "Treadwell Street", "Shands Road", "Bankwood Road"]
IN_CITY = [("Pune", "Maharashtra", "411038"), ("Lucknow", "Uttar Pradesh", "226010"),
           ("Coimbatore", "Tamil Nadu", "641002"), ("Hyderabad", "Telangana", "500081")]
IN_ST = ["Flat 302, Shree Residency, Karve Road", "B-14, Gomti Nagar", "12, Race Course Road",
         "Plot 45, Madhapur Main Road"]
ZA_CITY = [("Durban North", "4051"), ("Centurion", "0157"), ("Bellville", "7530"), ("Soweto", "1804")]
ZA_ST = ["Kensington Drive", "Lenchen Avenue", "Voortrekker Road", "Vilakazi Street"]


# ------------------------------------------------------------------------------------ US (12)
def us_pa_request(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 80)
    doc = n.staff()
    _l, _c, _s, _z, area = us_addr(n)
    mid, npi = "W" + n.dig(9), _npi(n.r)
    svc = n.dt(5, 20)
    n.t("PRIOR AUTHORIZATION REQUEST - FAX\nTo: Utilization Management   Fax: 1-888-555-0143\nFrom: Dr. ")
    n.nm(doc.fl).t(", MD   NPI ").p("ID", npi).t("   Phone ").p("PHONE", us_ph(n, area)).t("\n\n")
    n.t("Member name: ").nm(q.fl).t("\nMember ID: ").p("ID", mid).t("   Group #: ").p("ID", n.dig(6)).t("\n")
    n.t("DOB: ").d(dob, "us").t("\nRequested service: CPT 43775 (sleeve gastrectomy), ICD-10 E66.01\n")
    n.t("Planned date of service: ").d(svc, "us1").t("\nClinical: BMI ").c(f"{n.ri(41, 52)}.{n.ri(0, 9)}")
    n.t(", A1c ").c(f"{n.ri(7, 9)}.{n.ri(0, 9)}%").t(" on metformin ").c("1000 mg BID").t(", 6-month supervised diet completed.\n")
    n.t("Urgent? [ ] Yes [X] No\nSignature on file - ").d(n.today, "us").t("\n")
    return n.build(_fhir(q, dob, [("member", mid)]))


def us_pa_denial(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 80)
    md = n.staff()
    line, city, st, z, _a = us_addr(n)
    ref = f"UM{n.dig(8)}"
    n.d(n.today, "usl").t("\n\n").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", city).t(f", {st} ").p("ZIP", z)
    n.t("\n\nReference #: ").p("ID", ref).t("\nMember ID: ").p("ID", n.ch("XKP") + n.dig(9)).t("\n\nDear ").nm(q.fl).t(":\n\n")
    n.t("We reviewed the request for evolocumab ").c("140 mg").t(" every 2 weeks received on ").d(n.dt(-14, -3), "usl")
    n.t(". It is NOT APPROVED. Your records show LDL-C ").c(f"{n.ri(110, 190)} mg/dL").t(" on atorvastatin ")
    n.c(f"{n.ch([20, 40])} mg").t("; our criteria require a trial of a high-intensity statin plus ezetimibe ").c("10 mg")
    n.t(" for 12 weeks.\nYou or your doctor may appeal within 180 days.\n\nSincerely,\n").nm(md.fl).t(", DO\nMedical Director\n")
    return n.build(_fhir(q, dob, [("ref", ref)]))


def us_eob(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 75)
    clm = f"{n.ri(2024, 2025)}{n.dig(11)}"
    d1 = n.dt(-60, -30)
    n.t("EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nPatient: ").nm(q.fml).t("    Member ID: ").p("ID", "YHM" + n.dig(9))
    n.t("\nClaim number: ").p("ID", clm).t("    Processed: ").d(n.today, "us02").t("\nProvider: Riverbend Orthopedics\n\n")
    n.t("Date of svc   Service            Billed     Allowed    Plan paid   You owe\n")
    for k, sv in enumerate(["Office visit 99214", "X-ray knee 73562", "Injection 20610"]):
        b = n.ri(90, 480)
        a = int(b * 0.6)
        n.d(d1 + timedelta(days=k // 2), "us02").t(f"      {sv:<18} ").c(f"${b}.00").t("    ").c(f"${a}.00")
        n.t("    ").c(f"${int(a * 0.8)}.00").t("     ").c(f"${a - int(a * 0.8)}.00").t("\n")
    n.t("\nDeductible met to date: ").c(f"${n.ri(200, 1500)}.00").t(" of ").c("$2,000.00").t("\n")
    return n.build(_fhir(q, dob, [("claim", clm)]))


def us_cms1500(n: C) -> Note:
    q = n.pat()
    ins = n.rel(q, "m" if q.sex == "f" else "f")
    dob, _ = n.dob(18, 70)
    line, city, st, z, area = us_addr(n)
    ref = n.staff()
    n.t("1a. INSURED'S I.D. NUMBER ").p("ID", n.dig(3) + "A" + n.dig(6)).t("\n2. PATIENT'S NAME (Last Name, First Name, Middle Initial) ")
    n.nm(q.lfm.upper()).t("\n3. PATIENT'S BIRTH DATE ").d(dob, "cms").t(f"  SEX {q.sex.upper()}\n4. INSURED'S NAME ")
    n.nm(ins.lfm.upper()).t("\n5. PATIENT'S ADDRESS ").p("ADDRESS", line.upper()).t("\n   CITY ").p("ADDRESS", city.upper())
    n.t(f"  STATE {st}  ZIP CODE ").p("ZIP", z).t("  TELEPHONE ").p("PHONE", us_ph(n, area)).t("\n6. PATIENT RELATIONSHIP TO INSURED: Spouse\n")
    n.t("17. NAME OF REFERRING PROVIDER DN ").nm(ref.fl.upper()).t("  17b. NPI ").p("ID", _npi(n.r)).t("\n")
    n.t("21. DIAGNOSIS A. M54.16  B. M51.26\n24A. DATE(S) OF SERVICE ").d(n.dt(-20, -5), "cms").t("  24D. 64483 RT  24F. $ ")
    n.c(f"{n.ri(900, 1900)} 00").t("  24G. UNITS 1\n28. TOTAL CHARGE $ ").c(f"{n.ri(1900, 2900)} 00").t("\n")
    return n.build(_fhir(q, dob, []))


def us_ub04(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(45, 88)
    att = n.staff()
    adm = n.dt(-40, -20)
    dis = adm + timedelta(days=n.ri(3, 9))
    pcn = f"PCN{n.dig(9)}"
    n.t("UB-04 SUMMARY (FL = form locator)\nFL3a PAT CNTL # ").p("ID", pcn).t("   FL3b MED REC # ").p("ID", n.dig(8))
    n.t("\nFL6 STATEMENT PERIOD ").d(adm, "mdy6").t(" THROUGH ").d(dis, "mdy6").t("\nFL8 PATIENT NAME ").nm(q.LFF)
    n.t("\nFL10 BIRTHDATE ").d(dob, "us").t(f"   FL11 SEX {q.sex.upper()}   FL12 ADMISSION DATE ").d(adm, "mdy6")
    n.t("\nFL42/43 REV CD  0120 R&B SEMI  0250 PHARMACY  0300 LAB  0450 ER\nFL47 TOTAL CHARGES ").c(f"${n.money(28000, 96000)}")
    n.t("\nFL60 INSURED'S UNIQUE ID ").p("ID", _mbi(n.r)).t("\nFL67 PRIN DX I50.23   DRG 291 (HF w MCC)\n")
    n.t("FL76 ATTENDING NPI ").p("ID", _npi(n.r)).t("  LAST ").nm(att.last.upper()).t("  FIRST ").nm(att.first.upper())
    n.t("\nRemarks: BNP on admit ").c(f"{n.ri(900, 3400)} pg/mL").t(", furosemide ").c("40 mg IV BID").t("\n")
    return n.build(_fhir(q, dob, [("pcn", pcn)]))


def us_appeal(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(50, 85)
    doc = n.staff()
    clm = n.dig(12)
    n.d(n.today, "usl").t("\n\nAppeals Department\nRe: ").nm(q.fl).t(", DOB ").d(dob, "us1").t("\nMember ID ").p("ID", n.ch("MZJ") + n.dig(10))
    n.t("   Claim # ").p("ID", clm).t("\n\nTo Whom It May Concern:\n\nI am writing to appeal the denial dated ").d(n.dt(-30, -10), "mon_d")
    n.t(" of sacubitril/valsartan ").c("49/51 mg BID").t(" for my patient. ").t("Mr. " if q.sex == "m" else "Ms. ").nm(q.last)
    n.t(" has HFrEF with an ejection fraction of ").c(f"{n.ri(20, 35)}%").t(", NYHA class ").c("III").t(", despite lisinopril ")
    n.c("20 mg").t(" and carvedilol ").c("25 mg BID").t(". Two admissions since ").d(n.dt(-200, -120), "my").t(".\n\n")
    n.t("Respectfully,\n\n").nm(doc.fl).t(", MD, FACC\n")
    return n.build(_fhir(q, dob, [("claim", clm)]))


def us_ur_note(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 85)
    nurse = n.staff()
    a = n.dt(-6, -3)
    auth = n.dig(10)
    n.t("ur concurrent review - ").d(n.today, "md").t("\npt: ").nm(q.LFF).t("  mrn ").p("ID", n.dig(7)).t("  auth# ").p("ID", auth)
    n.t("\nadmit ").d(a, "md").t(" obs -> IP, dx sepsis d/t UTI\nday ").c("3").t(" of ").c("4").t(" approved per InterQual\n")
    n.t("vs: T ").c(f"38.{n.ri(1, 9)}").t(" HR ").c(str(n.ri(95, 118))).t(" BP ").c(f"{n.ri(92, 110)}/{n.ri(55, 70)}").t("\n")
    n.t("labs: WBC ").c(f"{n.ri(13, 21)}.{n.ri(0, 9)}").t(" lactate ").c(f"{n.ri(2, 3)}.{n.ri(0, 9)}").t(", still on pip-tazo ")
    n.c("4.5 g q6h").t("\nsent clinicals to payer, next review ").d(a + timedelta(days=5), "md").t("\n-- ").nm(nurse.fl)
    n.t(", RN, CCM  x").p("PHONE", str(n.ri(4000, 7999))).t("\n")
    return n.build(_fhir(q, dob, [("auth", auth)]))


def us_workcomp(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 62)
    adj = n.staff()
    hr = n.staff()
    _l, _c, _s, _z, area = us_addr(n)
    inj = n.dt(-90, -40)
    wc = f"WC-{n.dig(2)}-{n.dig(6)}"
    n.t("WORKERS' COMPENSATION BILLING STATEMENT\nEmployee: ").nm(q.lf).t("   SSN: ").p("SSN", _ssn(n.r))
    n.t("\nDate of injury: ").d(inj, "usdash").t("   WC claim #: ").p("ID", wc).t("\nEmployer: Tri-County Distribution LLC (HR contact ")
    n.nm(hr.fl).t(")\nAdjuster: ").nm(adj.fl).t("  ").p("PHONE", us_ph(n, area, 1)).t("  ").p("EMAIL", adj.mail("claimsgroup.com", 1))
    n.t("\n\nDOS         CPT    Description                Charge\n")
    for _ in range(2):
        n.d(n.dt(-30, -2), "us").t("  97110  Therapeutic exercise x3   ").c(f"${n.ri(120, 190)}.00").t("\n")
    n.t("\nShoulder flexion improved ").c(f"{n.ri(90, 120)}").t(" -> ").c(f"{n.ri(140, 170)} deg").t("; light duty, no lifting > ")
    n.c(f"{n.ch([10, 15, 20])} lb").t(".\n")
    return n.build(_fhir(q, dob, [("wc", wc)]))


def us_eligibility(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(66, 97)
    clerk = n.staff()
    mbi = _mbi(n.r)
    n.t("271 ELIGIBILITY RESPONSE  run ").d(n.today, "ymd8").t(f" {n.tm()}  user ").nm(clerk.login()).t(" @ ")
    n.p("IP", f"10.{n.ri(10, 250)}.{n.ri(0, 255)}.{n.ri(2, 254)}").t("\nSubscriber: ").nm(q.LFM).t("\nMBI: ").p("ID", mbi)
    n.t("   DOB: ").d(dob, "ymd8").t(f"   Gender: {q.sex.upper()}\nPart A effective ").d(date(dob.year + 65, dob.month, 1), "ymd8")
    n.t("   Part B effective ").d(date(dob.year + 65, dob.month, 1), "ymd8").t("\nPart B deductible remaining: ").c(f"${n.ri(0, 257)}.00")
    n.t("\nHome health episode: none   Hospice: none   MA plan: none\nSNF days used this benefit period: ").c(str(n.ri(0, 20)))
    n.t("\n")
    return n.build(_fhir(q, dob, [("mbi", mbi)]))


def us_medicaid_cm(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 70)
    cg = n.rel(q)
    cm = n.staff()
    line, city, st, z, area = us_addr(n)
    mid = n.dig(11)
    n.t("Medicaid Case Management Note\nDate: ").d(n.today, "us").t("\nMember: ").nm(q.fl).t("  Medicaid ID ").p("ID", mid)
    n.t("\nHome visit at ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n")
    n.t("Caregiver (sister) ").nm(cg.fl).t(" present, cell ").p("PHONE", us_ph(n, area, 2)).t(".\n")
    n.t("PHQ-9 today ").c(str(n.ri(8, 18))).t(", BP ").c(f"{n.ri(130, 160)}/{n.ri(80, 96)}").t(" on amlodipine ").c("10 mg")
    n.t(". Transportation benefit renewed; PCS hours ").c(f"{n.ri(10, 30)}/wk").t(" re-authorized through ").d(n.dt(60, 180), "us").t(".\n")
    n.t("Next visit ").d(n.dt(20, 40), "md").t(".\n").nm(cm.fl).t(" (Case Manager)\n")
    return n.build(_fhir(q, dob, [("medicaid", mid)]))


def us_rx_pa_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 70)
    tech = n.staff()
    doc = n.staff()
    n.t("From: ").p("EMAIL", tech.mail("valleyclinic.org")).t("\nSent: ").d(n.today, "uss").t(f" {n.tm()}\nSubject: PA needed - semaglutide\n\n")
    n.t("Hi team, ").nm(q.fl).t(" (DOB ").d(dob, "us1").t(") member ").p("ID", "ZGP" + n.dig(8))
    n.t(" - pharmacy rejected claim, BIN 003858 PCN MA. Dr. ").nm(doc.last).t(" wants Ozempic ").c("0.5 mg weekly")
    n.t(", A1c ").c(f"{n.ri(8, 10)}.{n.ri(0, 9)}%").t(" after metformin ").c("1000 mg BID").t(" x 6 mo. I'll submit on CoverMyMeds.\n\nthanks\n")
    n.nm(tech.first).t("\n")
    return n.build(_fhir(q, dob, []))


def us_billing_portal(n: C) -> Note:
    q = n.pat()
    sp = n.rel(q)
    dob, _ = n.dob(25, 75)
    acct = n.dig(9)
    bal = n.money(150, 2400)
    n.t("Patient Billing Message Center\n").d(n.today, "us1").t(f" {n.tm()}\nFrom: ").nm(q.fl).t("  Guarantor acct ").p("ID", acct)
    n.t("\n\nhello, I got a bill for ").c(f"${bal}").t(" from the ER visit on ").d(n.dt(-70, -40), "md")
    n.t(". My husband " if q.sex == "f" else ". My wife ").nm(sp.first).t(" called and was told insurance would cover it? ")
    n.t("can I do a payment plan\n\nReply (Billing): Thank you. We set up 6 payments of ").c(f"${n.ri(30, 300)}.00")
    n.t(". View your statement: ").p("URL", f"https://pay.mercyhealthbilling.com/s/{n.dig(6)}{n.ch('QWXZ')}{n.dig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("acct", acct)]))


# ------------------------------------------------------------------------------------ UK (10)
def uk_preauth(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 80)
    con = n.staff()
    mem = n.dig(8)
    n.t("Pre-authorisation request\nMembership no: ").p("ID", mem).t("\nPatient: ").nm(q.fl).t("   DOB ").d(dob, "sh")
    n.t("\nConsultant: Mr ").nm(con.fl).t(" FRCS (Urol), GMC ").p("ID", n.dig(7)).t("\nProcedure: TURP (M6530), planned ").d(n.dt(14, 40), "sh")
    n.t("\nPSA ").c(f"{n.ri(2, 9)}.{n.ri(0, 9)}").t(", prostate volume ").c(f"{n.ri(50, 110)} ml").t(", Qmax ").c(f"{n.ri(5, 10)} ml/s")
    n.t(", failed tamsulosin ").c("400 mcg").t(".\nEstimated fees: surgeon ").c(f"£{n.money(900, 1600)}").t(", hospital ").c(f"£{n.money(4000, 7000)}").t("\n")
    return n.build(_fhir(q, dob, [("member", mem)]))


def uk_shortfall(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    line, town, pc = uk_addr(n)
    off = n.staff()
    ref = f"CLM/{n.dig(7)}"
    n.t("Our ref: ").p("ID", ref).t("\n").d(n.today, "long").t("\n\n").t(q.title + " ").nm(q.fl).t("\n").p("ADDRESS", line).t("\n")
    n.p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\nDear " + q.title + " ").nm(q.last).t(",\n\nYour claim for treatment on ")
    n.d(n.dt(-50, -20), "ord").t(" has been assessed. The consultant charged ").c(f"£{n.ri(250, 400)}.00").t(" against our fee schedule of ")
    n.c(f"£{n.ri(150, 240)}.00").t(", leaving a shortfall payable by you.\n\nYours sincerely\n").nm(off.fl).t("\nClaims Team\n")
    return n.build(_fhir(q, dob, [("ref", ref)]))


def uk_ovm(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 70)
    ovm = n.staff()
    inv = f"OVM{n.dig(6)}"
    n.t("OVERSEAS VISITORS TEAM - NOTICE OF CHARGES\nDate: ").d(n.today, "dot").t("\nName: ").nm(q.LF).t("   DOB: ").d(dob, "dot")
    n.t("\nPassport no: ").p("ID", n.ch("CPN") + n.dig(8)).t("   EHIC no: ").p("ID", "8040" + n.dig(16)).t("\nInvoice: ").p("ID", inv)
    n.t("\nAdmission ").d(n.dt(-20, -10), "dot").t(" to ").d(n.dt(-9, -2), "dot").t(": NSTEMI, PCI to LAD.\nCharge (150% tariff): ")
    n.c(f"£{n.money(6000, 14000)}").t("\nDischarged on ticagrelor ").c("90 mg BD").t(" and atorvastatin ").c("80 mg").t(".\nQueries: ")
    n.nm(ovm.fl).t(", Overseas Visitor Manager\n")
    return n.build(_fhir(q, dob, [("inv", inv)]))


def uk_selfpay_email(n: C) -> Note:
    q = n.pat()
    sec = n.staff("f")
    con = n.staff()
    dob, _ = n.dob(30, 75)
    n.t("From: ").nm(q.fl).t(" <").p("EMAIL", q.mail("btinternet.com")).t(">\nTo: private.patients@pennineprivate.co.uk\nDate: ")
    n.d(n.today, "sh").t(f" {n.tm()}\n\nhi ").nm(sec.first).t(", following my appt with Mr ").nm(con.last)
    n.t(" can you send the self-pay quote for the hip replacement please. my mobile is ").p("PHONE", uk_mob(n)).t("\n\n")
    n.t("Reply: Package price ").c(f"£{n.ri(12, 15)},{n.ri(100, 950)}").t(" incl. 1 night, pre-op on ").d(n.dt(10, 25), "dmo")
    n.t(". BMI at clinic ").c(f"{n.ri(26, 33)}").t(".\n").nm(sec.first).t("\n")
    return n.build(_fhir(q, dob, []))


def uk_private_ward(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 85)
    clerk = n.staff()
    nhs = _nhs(n.r)
    acct = f"PP{n.dig(6)}"
    n.t("Private Patients Office - account query\n").d(n.today, "dmy").t("\nPt: ").nm(q.lf).t("  MRN ").p("ID", f"RF{n.dig(6)}")
    n.t("  NHS ").p("ID", _sp(nhs)).t("\nAcct ").p("ID", acct).t(" - insurer declined cover for days 4-6 (not clinically necessary).\n")
    n.t("Ward notes: CRP ").c(str(n.ri(20, 80))).t(", afebrile, on co-amoxiclav ").c("625 mg TDS").t(" oral.\nBalance ")
    n.c(f"£{n.money(1800, 3200)}").t(" transferred to self-pay. Letter sent ").d(n.today, "dmy").t(". - ").nm(clerk.fl).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def uk_gp_insurer(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 65)
    gp = n.staff()
    line, town, pc = uk_addr(n)
    pol = n.dig(9)
    n.t("Our ref: ").p("ID", f"GPR{n.dig(5)}").t("   Your ref: policy ").p("ID", pol).t("\n").d(n.today, "ord").t("\n\n")
    n.t("Re: ").nm(q.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Thank you for the PMI claim form. ").t(q.title + " ").nm(q.last).t(" first consulted with knee pain on ").d(n.dt(-120, -60), "long")
    n.t("; no prior history. BMI ").c(f"{n.ri(22, 30)}").t(", on naproxen ").c("500 mg BD").t(".\n\nYours faithfully\n\nDr ").nm(gp.fl).t("\n")
    return n.build(_fhir(q, dob, [("policy", pol)]))


def sc_crossborder(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 85)
    line, town, pc = uk_addr(n, "sc")
    cm = n.staff()
    chi = _chi(n.r, dob, q.sex)
    n.t("Cross-border treatment funding request\nCHI: ").p("ID", chi).t("\nName: ").nm(q.FL if hasattr(q, "FL") else q.fl)
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\nReferral date: ").d(n.dt(-30, -5), "dmy")
    n.t("\nHbA1c ").c(f"{n.ri(60, 90)} mmol/mol").t(", eGFR ").c(str(n.ri(30, 70))).t(" - specialist service in England.\nCo-ordinator: ").nm(cm.fl).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_insurer_form(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 70)
    gp = n.staff()
    chi = _chi(n.r, dob, q.sex)
    n.t("INCOME PROTECTION CLAIM - MEDICAL REPORT\nClaimant surname: ").nm(q.last.upper()).t("   Forename(s): ").nm(q.first)
    n.t("\nDOB: ").d(dob, "dot").t("   CHI: ").p("ID", chi).t("\nOff work since ").d(n.dt(-90, -30), "long").t(" with lumbar radiculopathy.\n")
    n.t("Current meds: pregabalin ").c("75 mg BD").t(", co-codamol ").c("30/500 two QDS").t(".\nPain score ").c("7/10").t(".\nSigned Dr ")
    n.nm(gp.fl).t("  ").d(n.today, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_claim(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    line, town, pc = uk_addr(n, "cy")
    nhs = _nhs(n.r)
    n.t("Hospital cash plan claim\nPolicyholder: ").nm(q.fl).t("   Policy no: ").p("ID", f"HC{n.dig(7)}").t("\nNHS no: ").p("ID", nhs)
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nIn-patient nights: ").c(str(n.ri(2, 8)))
    n.t(" from ").d(n.dt(-40, -20), "dmy").t("\nBenefit: ").c(f"£{n.ri(40, 80)}").t(" per night\nDiolch, ").nm(q.first).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def ni_funding(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 85)
    con = n.staff()
    line, town, pc = uk_addr(n, "ni")
    hc = _mod11(n.r)
    n.t("Individual Funding Request\nH&C: ").p("ID", _sp(hc)).t("\nPatient: ").nm(q.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    n.t(" ").p("ZIP", pc).t("\nDOB: ").d(dob, "dmy").t("\nRequested: ustekinumab ").c("90 mg").t(" 8-weekly; CRP ").c(str(n.ri(15, 60)))
    n.t(", faecal calprotectin ").c(str(n.ri(400, 1500))).t(".\nRequesting consultant: Dr ").nm(con.fl).t(", ").d(n.today, "long").t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ---------------------------------------------------------------------------- AU, CA, IE, NZ
def au_bulkbill(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 85)
    gp = n.staff()
    mc = _au_medicare(n.r)
    n.t("Medicare Bulk Bill - DB4 claim\nPatient: ").nm(q.LF).t("  Medicare: ").p("ID", mc).t("\nDOB: ").d(dob, "dmy")
    n.t("\nServicing provider: Dr ").nm(gp.fl).t("  Provider no: ").p("ID", f"{n.dig(6)}{n.ch('ABCDEFHJK')}{n.ch('ABCDEFHJK')}")
    n.t("\nDate of service: ").d(n.dt(-3, 0), "dmy").t("  Item 23 + 10990\nBenefit: ").c(f"${n.ri(40, 60)}.{n.ri(10, 99)}")
    n.t("\nBP ").c(f"{n.ri(120, 150)}/{n.ri(70, 90)}").t("\n")
    return n.build(_fhir(q, dob, [("medicare", mc)]))


def au_fund_claim(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 80)
    line, sub, st, pc = au_addr(n)
    mem = n.dig(8)
    n.t("Private health fund claim\nMembership number: ").p("ID", mem).t("\nMember: ").nm(q.fl).t("\nAddress: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\nMobile: ").p("PHONE", au_mob(n)).t("\nAdmitted ").d(n.dt(-20, -10), "dmy")
    n.t(" for knee arthroscopy, MBS 49561\nGap: ").c(f"${n.ri(200, 900)}.00").t("   Excess: ").c("$500.00").t("\n")
    return n.build(_fhir(q, dob, [("member", mem)]))


def au_ifc(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    surg = n.staff()
    n.t("INFORMED FINANCIAL CONSENT\n").d(n.today, "long").t("\n\nDear ").nm(q.first).t(",\n\nFees for your laparoscopic cholecystectomy on ")
    n.d(n.dt(10, 30), "dmo").t(": surgeon ").c(f"${n.money(2000, 3500)}").t(", anaesthetist ").c(f"${n.money(700, 1200)}").t(".\n")
    n.t("Expected out-of-pocket: ").c(f"${n.money(900, 2000)}").t(".\n\nKind regards,\nDr ").nm(surg.fl).t("\n")
    return n.build(_fhir(q, dob, []))


def au_dva(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(75, 99)
    dva = f"{n.ch(['N', 'V', 'Q'])}X{n.dig(6)}"
    n.t("DVA Gold Card claim\nVeteran: ").nm(q.LF).t("   File no: ").p("ID", dva).t("   Age: ")
    _age(n, age).t("\nDate: ").d(n.dt(-5, 0), "dmy1").t("\nHome visit, wound care; INR ").c(f"{n.ri(2, 3)}.{n.ri(0, 9)}")
    n.t(" on warfarin ").c("3 mg").t(".\nTravel: ").c("14 km").t(" return\nClaim lodged by practice nurse, item 10997\n")
    return n.build(_fhir(q, dob, [("dva", dva)]))


def au_fund_email(n: C) -> Note:
    q = n.pat()
    clerk = n.staff()
    dob, _ = n.dob(30, 80)
    n.t("Subject: pre-admission - fund check\nHi ").nm(q.first).t(", your fund confirmed cover on ").d(n.today, "sh")
    n.t(". Please fast from midnight before ").d(n.dt(5, 15), "dmy").t("; hold apixaban ").c("5 mg").t(" 48h.\nCall ")
    n.p("PHONE", au_mob(n)).t(" with questions.\nExcess payable on admission: ").c("$250.00").t("\n\n").nm(clerk.fl).t(", Admissions\n")
    return n.build(_fhir(q, dob, []))


def ca_ohip_error(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 85)
    doc = n.staff()
    oh = _ohip(n.r)
    n.t("OHIP CLAIMS ERROR REPORT\nBilling MD: ").nm(doc.LF).t("\nHealth #: ").p("ID", oh).t("   Patient: ").nm(q.LFF)
    n.t("\nDOB: ").d(dob, "ymd").t("   Service date: ").d(n.dt(-30, -10), "ymd").t("\nFee code A007A  Error EH1 - version code invalid\n")
    n.t("Amount claimed: ").c(f"${n.ri(30, 80)}.{n.ri(10, 99)}").t("\n")
    return n.build(_fhir(q, dob, [("ohip", oh)]))


def ca_bc_oop(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 80)
    line, city, pc, area = ca_addr(n, "BC")
    phn = _bcphn(n.r)
    n.t("Out-of-province claim - BC MSP\nPHN: ").p("ID", phn).t("\nName: ").nm(q.fl).t("\nHome: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("\nPhone ").p("PHONE", ca_ph(n, area)).t("\nService ").d(n.dt(-40, -20), "uss")
    n.t(" in Alberta: ER visit, hip fracture\nHb ").c(f"{n.ri(100, 130)} g/L").t("   Amount ").c(f"${n.money(800, 2500)}").t("\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ca_ab_wcb(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 60)
    _line, city, pc, _area = ca_addr(n, "AB")
    uli = _uli(n.r)
    cl = n.dig(7)
    n.t("WCB-Alberta physician billing\nClaim #: ").p("ID", cl).t("   ULI: ").p("ID", uli).t("\nWorker: ").nm(q.lf)
    n.t(", ").p("ADDRESS", city).t(" AB ").p("ZIP", pc).t("\nDOI: ").d(n.dt(-60, -20), "uss").t("\nWrist fracture, cast; pain ").c("5/10")
    n.t(", ibuprofen ").c("400 mg TID").t(".\nFee: ").c(f"${n.ri(80, 200)}.00").t("\n")
    return n.build(_fhir(q, dob, [("uli", uli)]))


def ca_qc_ramq(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 85)
    line, city, pc, _area = ca_addr(n, "QC")
    ramq = _ramq(n.r, q, dob)
    n.t("Demande de remboursement / Reimbursement request\nNAM / RAMQ: ").p("ID", ramq).t("\nNom / Name: ").nm(q.LF)
    n.t("\nAdresse: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (QC) ").p("ZIP", pc).t("\nDate: ").d(n.dt(-30, -5), "iso")
    n.t("\nMontant / Amount: ").c(f"{n.ri(100, 900)},00 $").t("\nTA ").c(f"{n.ri(110, 150)}/{n.ri(60, 90)}").t("\n")
    return n.build(_fhir(q, dob, [("ramq", ramq)]))


def ca_mb_oop(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(60, 99)
    phin = n.dig(9)
    n.t("Manitoba Health - out-of-province hospital claim\nPHIN: ").p("ID", phin).t("\nPatient: ").nm(q.LF).t(", age ")
    _age(n, age).t("\nAdmission ").d(n.dt(-30, -15), "dmonu").t(" to ").d(n.dt(-14, -5), "dmonu").t("\nPer diem ").c(f"${n.ri(2000, 4500)}")
    n.t("  Days ").c(str(n.ri(3, 9))).t("\nPneumonia; ceftriaxone ").c("1 g daily").t("\n")
    return n.build(_fhir(q, dob, [("phin", phin)]))


def ie_vhi_claim(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 85)
    line, town, county, eir = ie_addr(n)
    con = n.staff()
    mem = n.dig(8)
    n.t("IN-PATIENT CLAIM FORM\nMembership no: ").p("ID", mem).t("\nPatient: ").nm(q.fl).t("   DOB ").d(dob, "dmy")
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\nAdmitted ")
    n.d(n.dt(-20, -10), "dmy").t("  Consultant: ").nm(con.fl).t("\nLOS ").c(str(n.ri(2, 7))).t(" days; Hb ").c(f"{n.ri(90, 130)} g/L").t("\n")
    return n.build(_fhir(q, dob, [("member", mem)]))


def ie_medical_card(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 85)
    line, town, county, eir = ie_addr(n)
    pps = _ppsn(n.r)
    n.t("Medical Card application\nPPS No: ").p("SSN", pps).t("\nName: ").nm(q.fl).t("\nDate of birth: ").d(dob, "dot")
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}\nEircode: ").p("ZIP", eir).t("\nMobile: ")
    n.p("PHONE", ie_mob(n)).t("\nWeekly income: ").c(f"€{n.ri(200, 400)}").t("\nMeds: insulin glargine ").c(f"{n.ri(14, 40)} units").t("\n")
    return n.build(_fhir(q, dob, [("ppsn", pps)]))


def ie_undertaking(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 80)
    wit = n.staff()
    mrn = n.dig(7)
    n.t("PRIVATE PATIENT UNDERTAKING\nMRN: ").p("ID", mrn).t("\nI, ").nm(q.fl).t(", elect to be a private patient from ").d(n.today, "dmy")
    n.t(".\nInsurer: Laya Healthcare, member no ").p("ID", n.dig(9)).t("\nWitness: ").nm(wit.fl).t("\nTemp ").c(f"37.{n.ri(0, 9)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_treatment_benefit(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 70)
    off = n.staff()
    pps = _ppsn(n.r)
    n.d(n.today, "long").t("\nDear ").nm(q.fl).t(",\nPPSN ").p("SSN", pps).t("\nYour claim for a hearing aid on ").d(n.dt(-30, -10), "dot")
    n.t(" is approved: grant ").c("€500").t(".\nAudiogram PTA ").c(f"{n.ri(40, 70)} dB").t(".\n").nm(off.fl).t("\n")
    return n.build(_fhir(q, dob, [("ppsn", pps)]))


def nz_prior_approval(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 75)
    nhi = _nhi(n.r)
    sur = n.staff()
    n.t("Prior approval request\nMember no: ").p("ID", n.dig(8)).t("  NHI: ").p("ID", nhi).t("\nMember: ").nm(q.fl).t("  DOB ").d(dob, "dmy")
    n.t("\nSurgeon: ").nm(sur.fl).t("\nProposed date: ").d(n.dt(14, 40), "dmy").t("\nBMI ").c(str(n.ri(24, 34))).t(", estimate ")
    n.c(f"${n.money(18000, 30000)}").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_acc_invoice(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(18, 70)
    line = f"{n.ri(1, 99)} {n.ch(NZ_ST)}"
    sub, city, pc = n.ch(NZ_SUB)
    accn = f"{n.ch('ABCDE')}{n.ch('ABCDE')}{n.dig(5)}"
    n.t("ACC invoice\nACC claim: ").p("ID", accn).t("\nClient: ").nm(q.LF).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", sub)
    n.t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\nInjury ").d(n.dt(-50, -20), "dmy").t("\nConsults ").c("4").t(" @ ")
    n.c(f"${n.ri(50, 80)}.00").t("\n")
    return n.build(_fhir(q, dob, [("acc", accn)]))


def nz_special_auth(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    gp = n.staff()
    nhi = _nhi(n.r)
    n.t("Special Authority application\nNHI: ").p("ID", nhi).t("\nPatient: ").nm(q.fl).t("\nApplied ").d(n.today, "sh")
    n.t(" by Dr ").nm(gp.fl).t("\nEmpagliflozin ").c("25 mg daily").t("; HbA1c ").c(f"{n.ri(55, 80)} mmol/mol").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# --------------------------------------------------------------------------- IN, ZA, SG, PH
def in_tpa_preauth(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 80)
    doc = n.staff()
    line = n.ch(IN_ST)
    city, st, pin = n.ch(IN_CITY)
    pol = f"{n.dig(4)}/{n.dig(8)}/00/000"
    n.t("REQUEST FOR CASHLESS HOSPITALISATION\nPolicy no: ").p("ID", pol).t("\nTPA ID card no: ").p("ID", f"MDI{n.dig(9)}")
    n.t("\nABHA: ").p("ID", f"{n.dig(2)}-{n.dig(4)}-{n.dig(4)}-{n.dig(4)}").t("\nPatient: ").nm(q.fl.upper()).t("  DOB ").d(dob, "dash")
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} - ").p("ZIP", pin).t("\nContact: ")
    n.p("PHONE", f"+91 {n.ri(70000, 99999)} {n.ri(10000, 99999)}").t("\nTreating doctor: Dr. ").nm(doc.fl).t(", Reg. No. ")
    n.p("ID", f"MMC/{n.dig(5)}").t("\nAdmission: ").d(n.dt(0, 3), "dash").t("\nEstimate: ").c(f"Rs {n.ri(1, 3)},{n.ri(10, 99)},000")
    n.t("\nTroponin ").c(f"{n.ri(1, 9)}.{n.ri(0, 9)} ng/mL").t("\n")
    return n.build(_fhir(q, dob, [("policy", pol)]))


def in_tpa_query(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(25, 80)
    off = n.staff()
    n.t("TPA Query Reply - ").d(n.today, "dash").t("\nPatient: ").nm(q.fl).t("   Claim ID: ").p("ID", f"CL{n.dig(10)}").t("\n")
    n.t("Q: duration of diabetes? A: since ").d(n.dt(-2000, -1500), "my").t(", on metformin ").c("500 mg BD").t(".\n")
    n.t("Blood sugar at admission ").c(f"{n.ri(250, 450)} mg/dL").t(".\nInsurance desk: ").nm(off.fl).t("\n")
    return n.build(_fhir(q, dob, []))


def za_scheme_claim(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 80)
    line = f"{n.ri(1, 99)} {n.ch(ZA_ST)}"
    city, pc = n.ch(ZA_CITY)
    sid = _said(n.r, dob, q.sex)
    n.t("Medical scheme claim\nMember no: ").p("ID", n.dig(9)).t("  Dependant code: 01\nID number: ").p("ID", sid).t("\nPatient: ")
    n.nm(q.fl).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc).t("\nPractice no: ").p("ID", n.dig(7))
    n.t("\nDate: ").d(n.dt(-10, 0), "iso").t("\nAmount: ").c(f"R{n.ri(500, 3000)}.00").t("\n")
    return n.build(_fhir(q, dob, [("said", sid)]))


def za_pmb_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 80)
    doc = n.staff()
    n.d(n.today, "long").t("\nPMB motivation for ").nm(q.fl).t(", DOB ").d(dob, "dmy").t("\nHIV on TLD ").c("1 tab daily")
    n.t("; VL ").c("<50").t(", CD4 ").c(str(n.ri(300, 800))).t(".\nThis is a Prescribed Minimum Benefit condition (DTP 271S).\n\nYours faithfully\nDr ").nm(doc.fl).t("\n")
    return n.build(_fhir(q, dob, []))


def sg_log(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 85)
    nric = _nric(n.r, dob)
    n.t("Letter of Guarantee request\nNRIC: ").p("ID", nric).t("\nName: ").nm(f"{q.last.upper()} {q.first}").t("\nAdmission: ")
    n.d(n.dt(0, 3), "dmy").t("\nMediSave: ").c(f"${n.money(1000, 5000)}").t("\nHb ").c(f"{n.ri(9, 13)}.{n.ri(0, 9)} g/dL").t("\n")
    return n.build(_fhir(q, dob, [("nric", nric)]))


def ph_philhealth(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(20, 80)
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.ri(0, 9)}"
    n.t("CF-2 Claim\nPhilHealth PIN: ").p("ID", pin).t("\nPatient: ").nm(q.LF).t("\nConfined ").d(n.dt(-10, -5), "dmy")
    n.t(" to ").d(n.dt(-4, -1), "dmy").t("\nDengue; platelets ").c(f"{n.ri(20, 90)} x10^9/L").t("\nCase rate ").c(f"PHP {n.ri(10, 20)},000").t("\n")
    return n.build(_fhir(q, dob, [("pin", pin)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("us", "prior-authorization request fax", us_pa_request),
    ("us", "prior-authorization denial letter", us_pa_denial),
    ("us", "explanation of benefits", us_eob),
    ("us", "CMS-1500 field dump", us_cms1500),
    ("us", "UB-04 summary", us_ub04),
    ("us", "physician appeal letter", us_appeal),
    ("us", "UR concurrent review", us_ur_note),
    ("us", "workers' compensation bill", us_workcomp),
    ("us", "271 eligibility response", us_eligibility),
    ("us", "Medicaid case-management note", us_medicaid_cm),
    ("us", "pharmacy PA e-mail", us_rx_pa_email),
    ("us", "billing portal message", us_billing_portal),
    ("uk", "private pre-authorisation", uk_preauth),
    ("uk", "insurer shortfall letter", uk_shortfall),
    ("uk", "overseas visitor charging notice", uk_ovm),
    ("uk", "self-pay quote e-mail", uk_selfpay_email),
    ("uk", "private patients account query", uk_private_ward),
    ("uk", "GP letter to insurer", uk_gp_insurer),
    ("sc", "cross-border funding request", sc_crossborder),
    ("sc", "income protection medical report", sc_insurer_form),
    ("cy", "hospital cash plan claim", cy_claim),
    ("ni", "individual funding request", ni_funding),
    ("au", "Medicare bulk-bill claim", au_bulkbill),
    ("au", "private health fund claim", au_fund_claim),
    ("au", "informed financial consent", au_ifc),
    ("au", "DVA claim", au_dva),
    ("au", "fund pre-admission e-mail", au_fund_email),
    ("ca", "OHIP error report (ON)", ca_ohip_error),
    ("ca", "out-of-province claim (BC)", ca_bc_oop),
    ("ca", "WCB billing (AB)", ca_ab_wcb),
    ("qc", "RAMQ reimbursement (QC)", ca_qc_ramq),
    ("ca", "out-of-province hospital claim (MB)", ca_mb_oop),
    ("ie", "in-patient insurance claim form", ie_vhi_claim),
    ("ie", "medical card application", ie_medical_card),
    ("ie", "private patient undertaking", ie_undertaking),
    ("ie", "Treatment Benefit letter", ie_treatment_benefit),
    ("nz", "insurer prior approval", nz_prior_approval),
    ("nz", "ACC invoice", nz_acc_invoice),
    ("nz", "Special Authority application", nz_special_auth),
    ("in", "cashless TPA pre-authorisation", in_tpa_preauth),
    ("in", "TPA query reply", in_tpa_query),
    ("za", "medical scheme claim", za_scheme_claim),
    ("za", "PMB motivation letter", za_pmb_letter),
    ("sg", "letter of guarantee request", sg_log),
    ("ph", "PhilHealth CF-2 claim", ph_philhealth),
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a name's word) appears unlabelled elsewhere in the note."""
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", flags)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 69_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
