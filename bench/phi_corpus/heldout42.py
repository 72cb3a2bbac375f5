"""HELD-OUT v42 PHI corpus: written independently, before any round-42 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid
unit tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder
API, ``bench/scrubber.py`` and the module docstrings of heldout39 / heldout40 / heldout41 were
read, to follow their labelling conventions and to avoid their templates; the scrubber was never
run on this corpus while it was written). Like v14-v41 it aims at the MAINSTREAM of
English-language clinical text with ordinary PHI density; it is modelled on care OUTSIDE the
acute ward and on the paperwork around it (community and primary care, maternity and
paediatrics, mental-health law, aged care and hospice, emergency services, occupational health,
insurance, police / coroner / court, interpreters, letters, reminders and scanned forms), with
note kinds and phrasing not used by v39 - v41. Templates, cycled in order (see ``TEMPLATES``):
district-nurse leg-ulcer continuation sheets as a pipe table (NHS number, "05.10.1932" DOB,
daughter NOK, "Tue 02/09" visit rows signed with nurse initials in upper / lower case, TVN first
name, Welsh street names) (England / Wales); GP-reception phone messages asking for repeat
scripts (Medicare number, spouse's first name, pharmacy fax, GP initials, eScript token URL)
(Australia); LMC midwife booking visits (NHI, partner, mum next door, "G4P3" and "12/40" kept
clinical, LMP / EDD, Midwifery Council number) (New Zealand); 28-week OB return visits ("LAST,
First", EDD "August 11, 2024", FOB first name, Tdap lot and expiry, Medicaid ID) (US);
special-care-nursery discharge summaries (baby's and mother's UR, parents, DOB with a time, Hep
B batch, older sibling's first name and age in months) (Victoria); paediatric-endocrinology
letters to the family doctor (child's OHIP with version code, chart number, mother and father,
school, mum's e-mail, cc address block) (Ontario); 12-month well-child checks (Somali / Arabic
interpreter ID, vaccine lot table with "09/2025" expiries, daycare, dad's first name) (US); AMHP
Mental Health Act assessment outcomes (s.12 doctor, GP, "PC 5054 Pugh" officers, nearest
relative, CAD reference, council e-mail) (England); crisis-resolution assessments under the
MH(CAT) Act (NHI, aunty referrer, DAO, s8A / s8B, whānau hui "07/May/2025", cousin) (New
Zealand); Mental Health Act Form 1 (CPSO number, "2003/03/29" DOB, sister's phone, "Oct. 8,
2024") (Ontario); aged-care transfer-to-hospital forms (residents usually >= 90, preferred name in
quotes, DVA number, son EPOA) (Australia); hospice benefit elections ("Last, First M.", MBI,
"xxx-xx-" SSN digits, "93-year-old", daughter and grandson caregivers, toll-free line) (US);
hospice bereavement calls (deceased "aged" often >= 90, "the 31st of July", the widow(er)'s
quoted words naming a daughter, daughter's town, Cruse) (Wales / England); dentists' e-referrals
to oral surgery (UBRN, GDC number, practice address, patient e-mail, "LR8", INR) (England);
optometrist referral letters ("(91 years old)", IOP, "6/9" kept clinical, OPT registration number,
e-mail) (Australia); occupational-health sharps-injury follow-ups (staff number, Datix, source
patient's hospital number, manager's nhs.net e-mail, "First L" OH nurse) (England); W.CL.4 first
medical reports of an occupational injury ("SURNAME First", 13-digit ID number derived from the
DOB, Fund reference, "2024/10/15", "00h51", HPCSA and practice numbers) and disability-claim
attending-physician statements (ID, policy and medical-aid numbers, "31 MAY 2024", "March 2025",
doctor's address and e-mail) (South Africa); workers'-compensation letters to the adjuster (claim
number, DOI, "SSN (last 4)", employer, "March 14th", ISO e-filing date-time, portal URL and IP)
(US); sexual-health clinic consultations (coded clinic number, SMS-only mobile, partner's first
name in quotes, lab number, contact-slip code, results URL and last-login IP) (England);
seniors' immunization-clinic records ("LAST, First", PHN / OHIP / health card, SDM daughter by
phone, product / lot / expiry table with ISO dates, Panorama workstation IP, proof URL) (Canada);
ambulance ePCRs (incident and case numbers, officer numbers, monitor serial, scene address,
neighbour's first name, observations table, "(93M)", tablet IP) (Australia); EMS patient care
reports ("LAST, FIRST", "05MAY1932" DOB, full SSN, "91 y/o", daughter on scene, paramedic / EMT
numbers) (US); police requests for records with the IG reply (DC's number and police e-mail,
crime reference, scene address, "23rd March 2025", Caldicott Guardian) (England); reports of
death to the coroner (deceased often >= 90, coroner's case and police event numbers, "Sen Const
Last", son NOK, MED number) (Australia); guardianship medical certificates (probate docket number,
respondent "First M. Last", petitioner niece, "January 12th, 2024", licence number)
(Massachusetts); interpreter-booking confirmations (job number, Arabic / Somali / Punjabi / Tamil
/ Tagalog interpreter with NAATI number, husband's first name, telehealth link) (Australia);
results letters to the patient (address block, "Dear Mrs Last", portal URL, health-card number,
MOA first name) (Canada); outpatient SMS reminders and the patient's reply ("binti" and
family-name-first names, sometimes in capitals, son's lower-case name, "07-May-25", short link)
(Singapore); appointment confirmations (UHID, masked Aadhaar last 4, ABHA number, "Door No.
47/24, Gandhi Road, Anna Nagar, Chennai - 600040", booking URL) (India); scanned registration
forms as OCR text ("PATlENT", "l" for "1" and "O" for "0" inside dates, SSNs, ZIPs and phones,
LAST / FIRST fields, emergency contact, MBI, scan-station IP, "20250821" scan date) (US);
faxed two-week-wait referrals as OCR text (fax header, tab-separated fields, "24 / 12 / 1937",
address over two lines, GMC number) (England); GP video consultations (session ID, patient's
public IP, NHI, "03/Sep/2025", whānau first names, diabetes nurse) (New Zealand); GP telephone
consultations with a daughter (GMS card, PPSN, "on the 24th of November 2024", PHN first name,
Eircode address) (Ireland); home-health skilled nursing visits ("***-**-" SSN digits, spouse's
age sometimes >= 90, INR call to "Dr. Last's office") (US); community-nursing catheter changes
("LAST, First", client number, "27-Mar-1947", wife "aged" sometimes >= 90, 1300 line) and
community-pharmacy faxes about Webster-pak changes (GP fax, "05/Nov/2024", PHA number, fax-server
IP) (Australia); CervicalCheck results letters (address block with county and Eircode, screening
ID, laboratory reference, freephone, website) (Ireland); ART-clinic follow-ups ("SURNAME First",
folder and ID numbers, sister as treatment supporter) (South Africa); and MASH safeguarding
referrals by a school nurse (child, mother's DOB, her partner's nickname in quotes, siblings'
names and ages, school-nurse e-mail) (England). Most notes end with a signature line.

Names: curated Anglo (first names and surnames that are also words, months or places: Hope, June,
Florence, Summer, Faith, April, Joy, Dawn, Sydney, Adelaide, Chester, Lincoln, Sterling, Major;
Sterling, Major, Hope, Winter, Bishop, Church, Marsh, Frost, Street, Kitchen, Noble, English,
Parish, Little, Young), Irish (fadas, "Ó" / "Mac"), Scottish, Welsh ("ap"), Māori, Samoan,
Aboriginal Australian, Afrikaans ("van der", "du", "le", "Janse van Rensburg"), Zulu, Xhosa,
Tamil, Punjabi (Singh / Kaur), Malay ("bin" / "binti"), Filipino ("Dela Cruz"), Polish
(feminine "-ska"), Somali, Arabic ("Al-", "El-"), Singapore Chinese (family name first) and
Hindi names, children's names, plus Faker en_GB / en_US / en_AU / en_NZ / en_CA / en_IE / en_IN
staff names, in many forms ("First Last", "LAST, First", "Last, First M.", "LAST, FIRST",
"SURNAME First", "First M. Last", "F. Last", "First L", "First L.", upper-case form fields,
surname alone after a title, first name alone, lower-case first names, staff initials in upper
and lower case, nicknames in quotes, names in quoted speech, hyphenated and multi-word names).

Conventions (same as heldout41): titles and credentials ("Dr", "Dr.", "Mr.", "Mrs", "Mrs.", "Ms",
"Miss", "Mdm", "Sr", "RN", ", RN", ", RM", ", CNM", ", MD", ", DO", ", MD, FRCPC", " BDS",
", B.Optom", ", MBChB", "PC", "DC", "Sen Const", "Nurse", "AMHP", "DAO", "PHN", "TVN", "DNS",
" HA") are outside NAME spans; "LAST, First" (and "Last, First M.", "SURNAME First") is one
NAME span, as is "Nurul Ain binti Ismail"; a nickname in quotes is its own NAME span (quotes
outside); a possessive "'s" is outside; staff initials are NAME. A street line (with its flat /
unit / apartment / suite / "Door No." / "H.No." part, also a facility's street address) and a city /
town / suburb / district ("Anna Nagar", "Mdantsane", "East London") are ADDRESS; a state /
province / county ("Co. Donegal") / country is not PHI; ZIP codes, UK postcodes, Eircodes,
Canadian postal codes, Australian / NZ / South African postcodes and Indian PIN codes are ZIP.
DATE: anything more specific than a year, in 37 formats ("05.10.1932", "13/8/2024", "2/4/24",
"23/08/25", "11/12/1939", "12/29/1997", "1/26/2024", "3/5/24", "2024-10-10", "2024/10/10",
"29-05-2025", "21.8.25", "24 Jun 2024", "7 January 2025", "31 MAY 2024", "August 11, 2024",
"Oct. 8, 2024", "Jul 2, 2024", "11-Feb-2024", "07-May-25", "21/Aug/2025", "05MAY1932",
"20250821", "23rd March 2025", "the 31st of July", "the 24th of November 2024", "January
12th, 2024", "March 14th", "February 8", "17 Jun", "20 August", "Jul 12", "02/09", "13/8",
"6/1", "March 2025", "09/2025") plus ISO date-times ("2024-01-20T04:18:44") and OCR-damaged
dates ("l1/08/l938", "24 / 12 / 1937"); weekdays ("Tue", "Monday", "Sun") and "the" stay
outside; a date followed by a separate time ("09:00", "0530", "00h51", "11:15 AM") labels only
the date; an ISO date-time is one span. Follow-up shorthand ("3/12", "1/12", "2/52", "4/52",
"6/52", "5/7", "x 3/7", "x 5/7", "7/7") is a duration (clinical), as are gestation ("12/40",
"36+2", "28w3d"), obstetric history ("G2P1001"), scores ("AUDIT-C 9", "PHQ-9 24", "MoCA 8/30",
"MMSE 12/30", "GCS 14", "VAS 7/10", pain "5/10", "PPS 30%", "FAST 7c"), Snellen "6/9", spinal
levels ("L4/5"), tooth notation ("LR8") and doses ("300/300/50 mg", "Seretide 250/25"). PHONE
includes fax, extensions (", ext 717", "101 ext 5956"), switchboards and 1300 / 1-800 /
freephone lines; labels like "mob", "cell", "hp", "Ph", "Tel", "Fax", "WhatsApp" are outside.
SSN: full numbers (also OCR-damaged) and the digits of a masked ("xxx-xx-", "***-**-") or "last
4" SSN. ID: NHS numbers, NHIs and Medicare numbers with valid check digits, OHIP numbers with
version code, BC PHNs and health-card numbers, South African ID numbers (Luhn, from the DOB),
PPSNs, GMS card numbers, MBIs, Medicaid IDs, MRN / UR / chart / client / folder / UHID / hospital
numbers, ABHA numbers and masked-Aadhaar last 4, DVA numbers, staff numbers, UBRNs, Datix, crime,
CAD, coroner's-case and police-event references, police officers' numbers, docket, claim, Fund,
policy and medical-aid numbers, incident / case / job / session numbers, crew, paramedic and EMT
numbers, a monitor serial, vaccine lot and batch numbers, lab, screening and contact-slip
references, interpreter IDs and NAATI, GDC, GMC, HPCSA, CPSO, OPT, PHA, MED, Midwifery Council,
licence and practice numbers. AGE: ages >= 90 only, number part only, also spouses' ages, written
"aged 93", "93-year-old", "93 yrs", "(93)", "Age: 93", "Age 93", "(age 93)", "93 y/o", "(93M)",
"(93 years old)"; ages < 90 (also "20 months", "day 11") are unlabelled. Vitals, labs, doses,
drug, vaccine and dressing brand names (Xarelto, Seretide, Jardiance, Lipitor, Coversyl, Movicol,
Eliquis, Ecosprin, Boostrix, Engerix-B, Fluzone High-Dose, Arexvy, Comirnaty, Prevnar 20,
Shingrix, Varivax, Havrix, Aquacel, UrgoStart, Actico, Inadine, Kerramax, Sorbact, Cavilon),
eponyms and capitalised clinical words ("Alzheimer's", "Greulich and Pyle", "Doppler", "SWISH",
"Webster pack", "Panorama", "Healthmail", "NZePS", "Green Prescription", "CCMDD", "Cruse"),
times of day, durations, years alone, ward / unit / room names ("Willow Ward", "Ward 6 North",
"Bluebell Ward", "Te Whare Ahuru", "room 19") and facility / practice / pharmacy / employer /
insurer / funeral-home / school / daycare names are unlabelled; clinical values are recorded in
``Note.clinical``.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""
from __future__ import annotations

import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 4_242_042
_V2 = "http://terminology.hl7.org/CodeSystem/v2-0203"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FAKERS: dict[str, Faker] = {}


def _faker(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def _fd(d: date, s: str) -> str:
    """A date in one of the corpus's formats."""
    mm, a, y, m, dd = _MONTHS[d.month - 1], _MONTHS[d.month - 1][:3], d.year, d.month, d.day
    dot = "" if mm == "May" else "."
    return {
        "dmY": f"{dd:02d}/{m:02d}/{y}", "dmY1": f"{dd}/{m}/{y}", "dmy": f"{dd}/{m}/{y % 100:02d}",
        "ddmmyy": f"{dd:02d}/{m:02d}/{y % 100:02d}", "mdY": f"{m:02d}/{dd:02d}/{y}",
        "mdY1": f"{m}/{dd}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}", "iso": d.isoformat(),
        "Ymd/": f"{y}/{m:02d}/{dd:02d}", "dmY.": f"{dd:02d}.{m:02d}.{y}",
        "dmy.": f"{dd}.{m}.{y % 100}", "dmY-": f"{dd:02d}-{m:02d}-{y}", "d-b-Y": f"{dd}-{a}-{y}",
        "d-b-y": f"{dd:02d}-{a}-{y % 100:02d}",
        "d b Y": f"{dd} {a} {y}", "d B Y": f"{dd} {mm} {y}", "B d, Y": f"{mm} {dd}, {y}",
        "b. d, Y": f"{a}{dot} {dd}, {y}", "b d, Y": f"{a} {dd}, {y}",
        "dth B Y": f"{_ord(dd)} {mm} {y}",
        "dth of B Y": f"{_ord(dd)} of {mm} {y}", "dth of B": f"{_ord(dd)} of {mm}",
        "B dth": f"{mm} {_ord(dd)}", "B dth, Y": f"{mm} {_ord(dd)}, {y}",
        "dbY": f"{dd:02d}{a.upper()}{y}", "D B Y": f"{dd:02d} {a.upper()} {y}", "d B": f"{dd} {mm}",
        "d b": f"{dd} {a}", "b d": f"{a} {dd}", "B d": f"{mm} {dd}", "dm": f"{dd:02d}/{m:02d}",
        "dm1": f"{dd}/{m}",
        "md": f"{m}/{dd}", "B Y": f"{mm} {y}", "mY": f"{m:02d}/{y}", "Ymd": f"{y}{m:02d}{dd:02d}",
        "d/b/Y": f"{dd:02d}/{a}/{y}", "Y-b-d": f"{y}-{a}-{dd:02d}",
        "d-m-y": f"{dd:02d}-{m:02d}-{y % 100:02d}",
        "b-d-Y": f"{a.upper()}-{dd:02d}-{y}",
    }[s]


def _ocr(r: random.Random, s: str, p: float = 0.45) -> str:
    """OCR noise: '1' read as 'l', '0' read as 'O' now and then."""
    out = []
    for ch in s:
        if ch == "1" and r.random() < p:
            ch = "l"
        elif ch == "0" and r.random() < p * 0.6:
            ch = "O"
        out.append(ch)
    return "".join(out)


def _luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def _age(b: NoteBuilder, n: int) -> NoteBuilder:
    """An age: PHI (AGE) only when it is 90 or more."""
    return b.p("AGE", str(n)) if n >= 90 else b.t(str(n))


# --------------------------------------------------------------------------- names

def _s(x: str) -> list[str]:
    return [v.strip() for v in x.split("|") if v.strip()]


_NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "anglo": (
        _s("Margaret|Susan|Karen|Emily|Chloe|Jessica|Hannah|Lauren|Rebecca|Deborah|Pauline|Brenda|"
           "Hope|June|Florence|Summer|Faith|April|Joy|Ivy|Marion|Adelaide|Sydney|Dawn|Beverley|"
           "Shirley|Doreen|Evelyn|Kayla|Brooke|Winifred|Gladys"),
        _s("David|Michael|Peter|Thomas|James|Andrew|Ryan|Stephen|Graham|Keith|Derek|Colin|Trevor|"
           "Brandon|Tyler|Cody|Lincoln|Chester|Sterling|Dale|Wayne|Gordon|Clifford|Harold|Leonard|"
           "Mason|Reece|Owen|Major|Royce"),
        _s("Thompson|Harrison|Whitfield|Pemberton|Ashworth|Bradshaw|Fletcher|Hargreaves|Dobson|"
           "Sutcliffe|Holloway|Pickering|Cartwright|Sterling|Major|Hope|Winter|Bishop|Church|Marsh|"
           "Frost|Little|Young|Banks|Kitchen|Street|Goodwin|Rowe|Pratt|Mills|Summers|Hill|Shepherd|"
           "Baker|Kerr-Mitchell|Fox-Hughes|Baldwin|Tanner|Lovejoy|English|Parish|Noble")),
    "irish": (
        _s("Siobhán|Aoife|Niamh|Róisín|Caoimhe|Orla|Bríd|Deirdre|Maeve|Sinéad|Gráinne|Eimear|"
           "Nuala|Majella|Fionnuala"),
        _s("Pádraig|Cian|Oisín|Seán|Donal|Eoin|Ciarán|Fergal|Tadhg|Colm|Declan|Diarmuid|"
           "Micheál|"
           "Ruairí|Dara"),
        _s("O'Driscoll|McCarthy|Fitzgerald|Kavanagh|Doherty|Moynihan|Brennan|Ó Ceallaigh|"
           "Breathnach|Cullinane|Ó Súilleabháin|Mac Giolla Phádraig|Hennessy|Cronin|Tierney")),
    "scot": (
        _s("Morag|Eilidh|Kirsty|Isla|Catriona|Shona|Fiona|Ishbel|Mairi"),
        _s("Hamish|Ewan|Angus|Alasdair|Ruaridh|Fraser|Craig|Lachlan|Murdo"),
        _s("MacLeod|Robertson|Sinclair|Urquhart|McIntyre|Drummond|Buchanan|Lamont|Gillespie|"
           "MacKinnon|Cruickshank")),
    "welsh": (
        _s("Cerys|Angharad|Bethan|Seren|Ffion|Nia|Sioned|Gwenllian|Eirlys"),
        _s("Rhodri|Dafydd|Iwan|Gethin|Emyr|Huw|Aled|Gwilym|Cai"),
        _s("Pritchard|Gruffydd|Llewellyn|Vaughan|Prosser|Bowen|Pugh|ap Iorwerth|Rees|Parry|"
           "Powell")),
    "maori": (
        _s("Aroha|Mere|Ngaire|Hine|Kiri|Wikitoria|Tui|Miriama|Huia|Anahera|Moana|Ngaio"),
        _s("Wiremu|Tāne|Rawiri|Hemi|Nikau|Tamati|Hohepa|Tipene|Rangi|Kahu|Manaia"),
        _s("Te Huia|Ngata|Parata|Tawhiri|Rangihuna|Te Kanawa|Waaka|Horomona|Pomare|Tamihana|"
           "Te Paa|Whaanga|Ruru|Kereama")),
    "samoan": (
        _s("Losa|Malia|Fetu|Sina|Lupe|Salote|Mele|Teuila|Sefina|Fa'asaga"),
        _s("Tavita|Sione|Ioane|Sefo|Faamanu|Lemalu|Viliami|Pita|Iosefa|Falaniko"),
        _s("Tuilagi|Fa'alogo|Leota|Sapolu|Tupou|Aumua|Lealaiauloto|Faleolo|Schwenke|Masoe|Fonoti|"
           "Afamasaga|Tauiliili")),
    "aborig": (
        _s("Jedda|Kirra|Tahnee|Shantelle|Leonie|Marlene|Alinta|Lowanna|Narelle|Kylie"),
        _s("Jarrah|Koby|Darcy|Warren|Clinton|Lionel|Kirk|Shane|Dion|Reggie"),
        _s("Yunupingu|Watego|Mundine|Lovett|Councillor|Wyatt|Dodson|Coe|Cubillo|Bamblett|Weetra|"
           "Ah Chee|Djerrkura|Kennedy|Walker")),
    "afrik": (
        _s("Annelie|Marietjie|Elmarie|Riana|Lize|Hanlie|Sunette|Ilse|Rentia"),
        _s("Johannes|Pieter|Gert|Jaco|Hendrik|Wynand|Riaan|Francois|Deon"),
        _s("van der Walt|Botha|Pretorius|du Plessis|Joubert|Nel|Steyn|Coetzee|van Wyk|Oosthuizen|"
           "Janse van Rensburg|le Roux|Venter")),
    "zulu": (
        _s("Nomvula|Thandeka|Zanele|Lindiwe|Nokuthula|Sibongile|Nonhlanhla|Zodwa|Hlengiwe|"
           "Precious|Gugu"),
        _s("Sipho|Themba|Bongani|Mandla|Sifiso|Lwazi|Njabulo|Thulani|Mthokozisi|Lucky|Innocent"),
        _s("Dlamini|Nkosi|Zulu|Mthembu|Khumalo|Ngcobo|Mkhize|Ndlovu|Cele|Zungu|Shabalala|"
           "Mahlangu")),
    "xhosa": (
        _s("Ayanda|Noluthando|Siphokazi|Thembeka|Nosipho|Lulama|Zintle|Unathi|Nomonde|Asanda"),
        _s("Lwando|Xolani|Luvuyo|Mzwandile|Andile|Sizwe|Lunga|Siyabonga|Mncedisi|Bongile"),
        _s("Ngxola|Mqhayi|Sigcawu|Dyantyi|Mfeketo|Nqaba|Gqirana|Matiwane|Mgijima|Jonas|Sobekwa|"
           "Makeleni")),
    "tamil": (
        _s("Kavitha|Lakshmi|Meenakshi|Priya|Sangeetha|Revathi|Thenmozhi|Selvi|Malathi|Anitha|"
           "Kalaivani"),
        _s("Karthik|Senthil|Murugan|Arun|Saravanan|Vignesh|Balaji|Kumaresan|Rajendran|Prakash"),
        _s("Subramaniam|Ramasamy|Krishnan|Natarajan|Sundaram|Pillai|Arumugam|Velusamy|Rajaratnam|"
           "Sivakumar|Thangavel|Ganesan")),
    "punjabi": (
        _s("Harpreet|Gurpreet|Manjit|Simran|Jasleen|Navdeep|Kulwinder|Amandeep|Rupinder|Sukhjeet"),
        _s("Gurdeep|Harjit|Jaspal|Baljit|Amarjit|Rajinder|Parminder|Jagdeep|Ranjit|Tejinder"),
        _s("Sandhu|Gill|Dhillon|Grewal|Sidhu|Brar|Bains|Dhaliwal|Randhawa|Cheema|Virk|Singh")),
    "malay": (
        _s("Nurul Ain|Siti Aishah|Farah Nadia|Nur Syafiqah|Aminah|Zarina|Norhayati|Rohani|Salmah"),
        _s("Muhammad Hafiz|Ahmad Faizal|Mohd Rizal|Hakim|Azman|Khairul Anuar|Zulkifli|Rosli"),
        _s("Ismail|Abdullah|Rahman|Osman|Yusof|Hassan|Ahmad|Salleh|Kassim|Jaafar|Sulaiman")),
    "filipino": (
        _s("Maricel|Rowena|Jocelyn|Marites|Cristina|Lorna|Divina|Analyn|Rosario|Lourdes|Marilou"),
        _s("Jomar|Rogelio|Arnel|Ferdinand|Jerome|Ronaldo|Reynaldo|Eduardo|Benjie|Noel|Rommel"),
        _s("Dela Cruz|Santos|Reyes|Bautista|Villanueva|Manalo|Pangilinan|Macaraeg|Dimaculangan|"
           "Soriano|Mendoza|Del Rosario|Tolentino")),
    "polish": (
        _s("Agnieszka|Małgorzata|Katarzyna|Joanna|Zofia|Magdalena|Ewa|Dorota|Beata"),
        _s("Krzysztof|Tomasz|Paweł|Grzegorz|Wojciech|Łukasz|Jarosław|Marek|Piotr"),
        _s("Kowalczyk|Wiśniewski|Nowak|Zieliński|Lewandowski|Wójcik|Kamiński|Grabowski|"
           "Jankowski|"
           "Mazur|Woźniak|Dąbrowski")),
    "somali": (
        _s("Hodan|Faadumo|Ayaan|Sahra|Ifrah|Hibo|Ubah|Deeqa|Nasra|Hawa|Idil"),
        _s("Abdirahman|Mohamed|Abdullahi|Said|Liban|Mahad|Abdiwali|Guled|Yusuf|Bashir"),
        _s("Warsame|Jama|Abdi|Hersi|Farah|Omar|Egal|Dualeh|Hirsi|Aden|Nur|Mohamud")),
    "arabic": (
        _s("Fatima|Layla|Noor|Rania|Huda|Mariam|Samira|Rasha|Lina|Dalia"),
        _s("Omar|Khalid|Yousef|Tariq|Ibrahim|Ahmad|Karim|Bilal|Fadi|Samir|Walid"),
        _s("Al-Khouri|Haddad|Nasser|El-Masri|Al-Rashid|Saleh|Hamdan|Khalil|Aziz|Darwish|"
           "Al-Obeidi|Mansour|Kassab")),
    "chinese": (
        _s("Siew Hoon|Mei Ling|Hui Min|Li Ting|Bee Choo|Swee Lan|Pei Shan|Wei Ling"),
        _s("Boon Huat|Kok Leong|Wei Jie|Chee Keong|Teck Seng|Jun Hao|Kian Meng|Ah Kow"),
        _s("Tan|Lim|Ng|Goh|Teo|Chua|Ong|Koh|Wong|Tay|Sim|Yeo")),
    "hindi": (
        _s("Anjali|Pooja|Sunita|Neha|Kavya|Deepa|Rekha|Shalini"),
        _s("Rahul|Vikram|Sanjay|Amit|Rohit|Anil|Suresh|Manoj"),
        _s("Sharma|Gupta|Patel|Iyer|Reddy|Nair|Menon|Verma|Joshi|Chatterjee")),
}
_KIDS = {
    "anglo": (_s("Harper|Mia|Isla|Ava|Ruby|Willow|Matilda|Poppy|Evie|Summer|Grace"),
              _s("Noah|Oliver|Leo|Jack|Hudson|Archie|Liam|Ethan|Kai|Alfie|Harley")),
    "irish": (_s("Saoirse|Aoibhinn|Clodagh|Ciara"), _s("Fionn|Darragh|Conor|Rían")),
    "maori": (_s("Ariana|Manaia|Maia|Aria"), _s("Nikau|Kauri|Ihaia|Rāwiri")),
    "samoan": (_s("Leilani|Tiare|Faith"), _s("Tavita|Jordan|Isaia")),
    "arabic": (_s("Jana|Mila|Sara"), _s("Adam|Zayd|Yusuf")),
    "somali": (_s("Hamdi|Sabrin|Ikran"), _s("Abdirizak|Zakariye|Khalid")),
    "punjabi": (_s("Gurleen|Ishmeet|Avneet"), _s("Arjun|Sehaj|Gurveer")),
    "filipino": (_s("Althea|Angel|Janella"), _s("Ezekiel|Jairus|Lance")),
    "polish": (_s("Zuzanna|Lena|Hanna"), _s("Antoni|Szymon|Filip")),
}
_REGION_ORIGINS = {
    "uk": "anglo anglo anglo anglo scot irish welsh polish punjabi somali arabic tamil filipino",
    "wales": "welsh welsh welsh anglo anglo polish",
    "ie": "irish irish irish irish anglo polish filipino",
    "au": "anglo anglo anglo irish aborig arabic filipino tamil punjabi samoan",
    "nz": "maori maori samoan samoan anglo anglo filipino punjabi",
    "us": "anglo anglo anglo anglo somali filipino arabic polish punjabi irish",
    "ca": "anglo anglo anglo punjabi tamil filipino polish arabic somali irish scot",
    "za": "zulu zulu xhosa xhosa afrik afrik anglo",
    "in": "tamil tamil punjabi hindi",
    "sg": "chinese chinese chinese malay tamil",
}
_NICK = {"Margaret": "Peggy", "Susan": "Sue", "Deborah": "Debbie", "Florence": "Flo",
         "Thomas": "Tommy", "Harold": "Harry", "Leonard": "Len", "Clifford": "Cliff",
         "Evelyn": "Evie", "Winifred": "Winnie", "James": "Jim", "Michael": "Mick",
         "Johannes": "Hannes", "Krzysztof": "Chris", "Małgorzata": "Gosia", "Abdirahman": "Abdi",
         "Muhammad Hafiz": "Hafiz", "Rogelio": "Roger", "Wiremu": "Bill", "Pádraig": "Paddy",
         "Gladys": "Glad", "Beverley": "Bev", "Gordon": "Gordie", "Rosario": "Rose",
         "Wikitoria": "Vicky", "Hendrik": "Henk", "Mthokozisi": "Mthoko", "Gurdeep": "Dave",
         "Rajendran": "Raj", "Stephen": "Steve", "Andrew": "Drew", "Reynaldo": "Rey"}


@dataclass
class P:
    first: str
    last: str
    sex: str
    origin: str
    title: str

    @property
    def full(self) -> str:
        if self.origin == "chinese":
            return f"{self.last} {self.first}"
        if self.origin == "malay":
            return f"{self.first} {'binti' if self.sex == 'F' else 'bin'} {self.last}"
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # "LAST, First"
        return f"{self.last.upper()}, {self.first}"

    @property
    def lf2(self) -> str:  # "Last, First"
        return f"{self.last}, {self.first}"

    @property
    def il(self) -> str:  # "F. Last"
        return f"{self.first[0]}. {self.last}"

    @property
    def ini(self) -> str:
        return "".join(w[0] for w in (self.first.split()[0], self.last.split()[-1])).upper()

    @property
    def nick(self) -> str | None:
        return _NICK.get(self.first)


@dataclass
class A:
    line: str
    sub: str
    city: str | None
    state: str | None
    pc: str
    tel: str  # landline pattern for the area


class Ctx:
    """Per-note randomness: note i depends only on i."""

    def __init__(self, i: int) -> None:
        self.i = i
        self.r = random.Random(_SEED * 31 + 7919 * i)
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self._seeded: set[str] = set()
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 625))

    def fk(self, loc: str) -> Faker:
        f = _faker(loc)
        if loc not in self._seeded:
            f.seed_instance(_SEED + 1009 * self.i + zlib.crc32(loc.encode()) % 1000)
            self._seeded.add(loc)
        return f

    def pick(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def num(self, pat: str) -> str:
        out = []
        for ch in pat:
            if ch == "#":
                ch = self.r.choice(string.digits)
            elif ch == "%":
                ch = self.r.choice("23456789")
            elif ch == "@":
                ch = self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            out.append(ch)
        return "".join(out)

    def origin(self, region: str) -> str:
        return self.pick(_REGION_ORIGINS[region].split())

    def person(self, origin: str, sex: str | None = None, last: str | None = None,
               kid: bool = False) -> P:
        sex = sex or self.pick("FM")
        fs, ms, ls = _NAMES[origin]
        if kid:
            fs, ms = _KIDS.get(origin if origin in _KIDS else "anglo", (fs, ms))
        pool = [x for x in (fs if sex == "F" else ms) if x not in self.firsts] or fs + ms
        first = self.pick(pool)
        if last is None:
            last = self.pick([x for x in ls if x not in self.lasts] or ls)
        if origin == "polish" and sex == "F" and last.endswith("ski"):
            last = last[:-1] + "a"
        if origin == "punjabi" and last == "Singh" and sex == "F":
            last = "Kaur"
        self.firsts.add(first)
        self.lasts.add(last)
        title = self.pick(("Mrs", "Ms", "Mrs", "Miss")) if sex == "F" else "Mr"
        return P(first, last, sex, origin, title)

    def staff(self, loc: str, sex: str | None = None) -> P:
        f = self.fk(loc)
        sex = sex or self.pick("FM")
        for _ in range(30):
            first = f.first_name_female() if sex == "F" else f.first_name_male()
            last = f.last_name()
            if first not in self.firsts and last not in self.lasts:
                break
        self.firsts.add(first)
        self.lasts.add(last)
        return P(first, last, sex, "staff", "Ms" if sex == "F" else "Mr")

    def dob(self, lo: int, hi: int) -> tuple[date, int]:
        t = self.today
        d = date(t.year - self.r.randint(lo, hi) - 1, t.month, min(t.day, 28))
        d += timedelta(days=self.r.randint(1, 360))
        return d, t.year - d.year - ((t.month, t.day) < (d.month, d.day))

    def before(self, lo: int, hi: int) -> date:
        return self.today - timedelta(days=self.r.randint(lo, hi))

    def after(self, lo: int, hi: int) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def hm(self, style: str = ":", lo: int = 8, hi: int = 17) -> str:
        h, m = self.r.randint(lo, hi), self.r.randint(0, 59)
        if style == "ampm":
            return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}{style if style != '0' else ''}{m:02d}"

    def bp(self, lo: int = 100, hi: int = 165) -> str:
        s = self.r.randint(lo, hi)
        return f"{s}/{self.r.randint(55, min(s - 30, 100))}"

    def ini(self, p: P) -> str:
        return p.ini.lower() if self.chance(0.3) else p.ini

    def email(self, p: P, domain: str) -> str:
        f = p.first.split()[0].lower().replace("'", "")
        la = p.last.split()[-1].lower().replace("'", "")
        user = self.pick((f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{self.r.randint(1, 99)}",
                          f"{la}.{f}", f"{f}_{la}"))
        return user.translate(_ASCII) + "@" + domain

    # --- identifiers with real check digits
    def nhs(self) -> str:
        while True:
            ds = [self.r.randint(4, 7)] + [self.r.randint(0, 9) for _ in range(8)]
            ch = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            ch = 0 if ch == 11 else ch
            if ch != 10:
                s = "".join(map(str, ds + [ch]))
                return f"{s[:3]} {s[3:6]} {s[6:]}"

    def nhi(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            ls = [self.pick(letters) for _ in range(3)]
            ds = [self.r.randint(0, 9) for _ in range(3)]
            vals = [letters.index(x) + 1 for x in ls] + ds
            mod = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2))) % 11
            if mod:
                return "".join(ls) + "".join(map(str, ds)) + str((11 - mod) % 10)

    def medicare(self) -> str:
        ds = [self.r.randint(2, 6)] + [self.r.randint(0, 9) for _ in range(7)]
        ch = sum(d * w for d, w in zip(ds, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        s = "".join(map(str, ds)) + str(ch) + str(self.r.randint(1, 6))
        return f"{s[:4]} {s[4:9]} {s[9]}"

    def ohip(self) -> str:
        body = str(self.r.randint(1, 9)) + self.num("########")
        s = body + _luhn(body)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.num('@@')}"

    def sa_id(self, dob: date, sex: str) -> str:
        g = self.r.randint(0, 4999) if sex == "F" else self.r.randint(5000, 9999)
        body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
        return body + _luhn(body)

    def ppsn(self) -> str:
        ds = self.num("#######")
        mod = sum(int(d) * w for d, w in zip(ds, range(8, 1, -1))) % 23
        return ds + "WABCDEFGHIJKLMNOPQRSTUV"[mod]

    def ssn(self) -> str:
        area = self.r.choice([x for x in range(1, 900) if x != 666])
        return f"{area:03d}-{self.r.randint(1, 99):02d}-{self.r.randint(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + string.digits
        p = self.pick
        return (f"{self.r.randint(1, 9)}{p(al)}{p(an)}{self.r.randint(0, 9)}-{p(al)}{p(an)}"
                f"{self.r.randint(0, 9)}-{p(al)}{p(al)}{self.num('##')}")

    def ip(self, private: bool = True) -> str:
        r = self.r
        if private:
            return self.pick((f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                              f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 254)}",
                              f"192.168.{r.randint(0, 254)}.{r.randint(2, 254)}"))
        return f"{r.choice((49, 58, 101, 124, 203, 81, 86, 24, 73, 99))}.{r.randint(1, 254)}." \
               f"{r.randint(0, 254)}.{r.randint(2, 254)}"


_ASCII = str.maketrans("áéíóúāēīōūłńśźżąęćó", "aeiouaeiounlszzaeco")

_PH = {
    "uk_mob": ("07### ######", "07### ### ###", "+44 7### ######", "07#########"),
    "au_mob": ("04## ### ###", "04########", "+61 4## ### ###"),
    "nz_mob": ("021 ### ####", "027 ### ####", "022-###-####", "+64 21 ### ###", "029 ### ####"),
    "ie_mob": ("08% ### ####", "+353 8% ### ####", "08%-#######"),
    "za_mob": ("082 ### ####", "073 ### ####", "+27 83 ### ####", "061 ### ####", "084 ### ####"),
    "in_mob": ("+91 9#### #####", "98########", "+91-9#########"),
    "sg_mob": ("9### ####", "+65 8### ####", "+65 9###-####"),
}


def _us_ph(c: Ctx, area: str) -> str:
    return c.num(c.pick((f"({area}) %##-####", f"{area}-%##-####", f"{area}.%##.####")))


def _ph(c: Ctx, kind: str) -> str:
    return c.num(c.pick(_PH[kind]))


# --------------------------------------------------------------------------- addresses

_UK_ENG = [("Maidstone", "ME15", "01622 ######"), ("Ashford", "TN24", "01233 ######"),
           ("Hastings", "TN34", "01424 ######"), ("Margate", "CT9", "01843 ######"),
           ("Harrogate", "HG1", "01423 ######"), ("Wakefield", "WF1", "01924 ######"),
           ("Barnsley", "S70", "01226 ######"), ("Swindon", "SN2", "01793 ######"),
           ("Stoke-on-Trent", "ST4", "01782 ######"), ("Preston", "PR1", "01772 ######"),
           ("Gloucester", "GL1", "01452 ######"), ("Northampton", "NN3", "01604 ######"),
           ("Grimsby", "DN32", "01472 ######"), ("Luton", "LU2", "01582 ######"),
           ("Croydon", "CR0", "020 8### ####"), ("Walthamstow", "E17", "020 8### ####")]
_UK_WAL = [("Bangor", "LL57", "01248 ######"), ("Wrexham", "LL11", "01978 ######"),
           ("Llanelli", "SA15", "01554 ######"), ("Newport", "NP20", "01633 ######"),
           ("Aberystwyth", "SY23", "01970 ######"), ("Merthyr Tydfil", "CF47", "01685 ######")]
_UK_ST = _s("Tonbridge Road|Beech Avenue|Church Lane|Victoria Street|Mill Close|Orchard Way|"
            "St Peter's Road|Priory Gardens|Station Road|Hawthorn Drive|Coronation Terrace|"
            "Marine Parade|Kingsway|Laburnum Grove|Chaucer Way|Albion Street|Balmoral Crescent")
_WAL_ST = _s("Heol y Parc|Ffordd Las|Stryd Fawr|Maes y Coed|High Street|Lon Isaf|Tan y Bryn|"
             "Bryn Eithin|Heol Aur")
_UK_BLD = _s("Bramley Court|Sovereign House|Elm Lodge|Kingfisher Court|Harbour View|Priory Mews")
_AU = [("Blacktown", "NSW", "2148"), ("Campbelltown", "NSW", "2560"), ("Wollongong", "NSW", "2500"),
       ("Dubbo", "NSW", "2830"), ("Mount Druitt", "NSW", "2770"), ("Frankston", "VIC", "3199"),
       ("Sunshine", "VIC", "3020"), ("Dandenong", "VIC", "3175"), ("Ballarat", "VIC", "3350"),
       ("Geelong West", "VIC", "3218"), ("Logan Central", "QLD", "4114"),
       ("Townsville", "QLD", "4810"), ("Caboolture", "QLD", "4510"), ("Elizabeth", "SA", "5112"),
       ("Port Augusta", "SA", "5700"), ("Mandurah", "WA", "6210"), ("Midland", "WA", "6056"),
       ("Armadale", "WA", "6112")]
_AU_TEL = {"NSW": "(02) %### ####", "VIC": "(03) %### ####", "QLD": "(07) %### ####",
           "SA": "(08) 8### ####", "WA": "(08) 9### ####"}
_AU_ST = _s("Wattle Avenue|Banksia Crescent|Main Street|Railway Parade|Hume Highway|"
            "Bougainvillea Court|Kookaburra Drive|Jacaranda Street|Federation Way|Anzac Parade|"
            "Grevillea Close|Boundary Road|Mitchell Street")
_US = [("Worcester", "MA", "016", "508"), ("Lowell", "MA", "018", "978"),
       ("Springfield", "MA", "011", "413"), ("Dayton", "OH", "454", "937"),
       ("Toledo", "OH", "436", "419"), ("Fresno", "CA", "937", "559"),
       ("Bakersfield", "CA", "933", "661"), ("Tucson", "AZ", "857", "520"),
       ("Minneapolis", "MN", "554", "612"), ("St. Paul", "MN", "551", "651"),
       ("Columbus", "GA", "319", "706"), ("Knoxville", "TN", "379", "865"),
       ("El Paso", "TX", "799", "915"), ("Lansing", "MI", "489", "517"),
       ("Spokane", "WA", "992", "509"), ("Rochester", "NY", "146", "585"),
       ("Lubbock", "TX", "794", "806"), ("Akron", "OH", "443", "330")]
_CA = [("Hamilton", "ON", "L8", "905"), ("Brampton", "ON", "L6", "905"),
       ("Sudbury", "ON", "P3", "705"),
       ("Thunder Bay", "ON", "P7", "807"), ("Kingston", "ON", "K7", "613"),
       ("Surrey", "BC", "V3", "604"), ("Kelowna", "BC", "V1", "250"),
       ("Red Deer", "AB", "T4", "403"),
       ("Saskatoon", "SK", "S7", "306"), ("Moncton", "NB", "E1", "506"),
       ("Halifax", "NS", "B3", "902"), ("Winnipeg", "MB", "R2", "204"),
       ("Mississauga", "ON", "L5", "905"), ("Scarborough", "ON", "M1", "416")]
_CA_ST = _s("King Street East|Main St W|Upper James St|Queen St|Dundas St|Lakeshore Rd|"
            "Maple Avenue|Portage Ave|Barrington St|Cedar Crescent|Scott Road|Regent St")
_NZ = [("Ōtara", "Auckland", "2023", "(09)"), ("Māngere", "Auckland", "2022", "(09)"),
       ("Papatoetoe", "Auckland", "2025", "(09)"), ("Cannons Creek", "Porirua", "5024", "(04)"),
       ("Naenae", "Lower Hutt", "5011", "(04)"), ("Flaxmere", "Hastings", "4120", "(06)"),
       ("Fairfield", "Hamilton", "3214", "(07)"), ("Aranui", "Christchurch", "8061", "(03)"),
       ("Kaiti", "Gisborne", "4010", "(06)"), ("Glenview", "Hamilton", "3206", "(07)")]
_NZ_ST = _s("Bairds Road|Te Rakau Drive|Kenepuru Drive|Rata Street|Pohutukawa Place|"
            "Tui Crescent|Karamu Road|Kōwhai Avenue|Great South Road|Waimea Street")
_IE = [("Ballincollig", "Co. Cork", "P31", "(021) 4## ####"), ("Tralee", "Co. Kerry", "V92",
       "(066) 71# ####"), ("Ennis", "Co. Clare", "V95", "(065) 68# ####"),
       ("Navan", "Co. Meath", "C15", "(046) 90# ####"), ("Drogheda", "Co. Louth", "A92",
       "(041) 98# ####"), ("Letterkenny", "Co. Donegal", "F92", "(074) 91# ####"),
       ("Athlone", "Co. Westmeath", "N37", "(090) 64# ####"), ("Castlebar", "Co. Mayo", "F23",
       "(094) 90# ####"), ("Mullingar", "Co. Westmeath", "N91", "(044) 93# ####")]
_IE_ST = _s("Main Street|Church Road|Oakwood Drive|Bóthar na Trá|Ard na Gréine|The Crescent|"
            "Castle View|Millfield Lawn|Cluain Mhuire|Riverside Park|Greenfields Avenue")
_ZA = [("Gugulethu", "Cape Town", "7750", "021"), ("Khayelitsha", "Cape Town", "7784", "021"),
       ("Mitchells Plain", "Cape Town", "7785", "021"), ("Bellville", "Cape Town", "7530", "021"),
       ("Umlazi", "Durban", "4031", "031"), ("KwaMashu", "Durban", "4360", "031"),
       ("Pinetown", "Durban", "3610", "031"), ("Soweto", "Johannesburg", "1804", "011"),
       ("Centurion", "Pretoria", "0157", "012"), ("Mdantsane", "East London", "5219", "043")]
_ZA_ST = _s("NY 78|Mew Way|Lansdowne Road|Vuyisile Mini Street|Kerk Street|Protea Road|"
            "Voortrekker Road|Mthembu Street|Sisulu Drive|Jakaranda Avenue")
_IN = [("Anna Nagar", "Chennai", "600040", "044"), ("Velachery", "Chennai", "600042", "044"),
       ("Tambaram", "Chennai", "600045", "044"), ("R.S. Puram", "Coimbatore", "641002", "0422"),
       ("Model Town", "Ludhiana", "141002", "0161"),
       ("Ranjit Avenue", "Amritsar", "143001", "0183"),
       ("K.K. Nagar", "Madurai", "625020", "0452")]


def _addr_uk(c: Ctx, wales: bool = False) -> A:
    town, dist, tel = c.pick(_UK_WAL if wales else _UK_ENG)
    st = c.pick(_WAL_ST if wales else _UK_ST)
    n = c.r.randint(1, 140)
    line = c.pick((f"{n} {st}", f"Flat {c.r.randint(1, 24)}, {c.pick(_UK_BLD)}, {n} {st}",
                   f"{n}{c.pick('ABC')} {st}"))
    pc = f"{dist} {c.r.randint(1, 9)}" + "".join(c.pick("ABDEFGHJLNPQRSTUWXYZ") for _ in "ab")
    return A(line, town, None, None, pc, tel)


def _addr_au(c: Ctx) -> A:
    sub, state, pc = c.pick(_AU)
    n, st = c.r.randint(1, 220), c.pick(_AU_ST)
    line = c.pick((f"{n} {st}", f"Unit {c.r.randint(1, 12)}/{n} {st}",
                   f"{c.r.randint(1, 9)}/{n} {st}"))
    return A(line, sub, None, state, pc, _AU_TEL[state])


def _addr_us(c: Ctx) -> A:
    city, st, z, area = c.pick(_US)
    line = c.fk("en_US").street_address()
    zp = z + c.num("##") + (c.num("-####") if c.chance(0.2) else "")
    return A(line, city, None, st, zp, area)


def _addr_ca(c: Ctx, prov: str | None = None) -> A:
    city, prov, fsa, area = c.pick([x for x in _CA if prov in (None, x[1])])
    n, st = c.r.randint(10, 2400), c.pick(_CA_ST)
    line = c.pick((f"{n} {st}", f"{c.r.randint(101, 1908)}-{n} {st}",
                   f"Apt {c.r.randint(1, 30)}, {n} {st}"))
    return A(line, city, None, prov, c.num(f"{fsa}@ #@#"), area)


def _addr_nz(c: Ctx) -> A:
    sub, city, pc, area = c.pick(_NZ)
    n, st = c.r.randint(1, 180), c.pick(_NZ_ST)
    line = c.pick((f"{n} {st}", f"{c.r.randint(1, 6)}/{n} {st}",
                   f"Flat {c.r.randint(1, 4)}, {n} {st}"))
    return A(line, sub, city, None, pc, area + " %## ####")


def _addr_ie(c: Ctx) -> A:
    town, county, key, tel = c.pick(_IE)
    n, st = c.r.randint(1, 90), c.pick(_IE_ST)
    line = c.pick((f"{n} {st}", f"Apt {c.r.randint(1, 40)}, {st}", f"{n} {st}"))
    code = c.pick("ACDEFHKNPRTVWXY") + "".join(
        c.pick("ACDEFHKNPRTVWXY0123456789") for _ in range(3))
    return A(line, town, None, county, f"{key} {code}", tel)


def _addr_za(c: Ctx) -> A:
    sub, city, pc, area = c.pick(_ZA)
    return A(f"{c.r.randint(1, 3400)} {c.pick(_ZA_ST)}", sub, city, None, pc, area + " %## ####")


def _addr_in(c: Ctx) -> A:
    area, city, pin, std = c.pick(_IN)
    line = c.pick((f"No. {c.r.randint(1, 120)}, {_ord(c.r.randint(1, 9))} Cross Street",
                   f"Door No. {c.r.randint(1, 60)}/{c.r.randint(1, 30)}, Gandhi Road",
                   f"H.No. {c.r.randint(100, 3000)}, Street No. {c.r.randint(1, 12)}"))
    return A(line, area, city, None, pin, std + ("-%### ####" if len(std) == 3 else "-%## ####"))


def _wa(b: NoteBuilder, a: A, sep: str = ", ", st: str = " ", pc: str = " ") -> NoteBuilder:
    """Write an address: street line and town / suburb / city ADDRESS, state plain, code ZIP."""
    b.p("ADDRESS", a.line).t(sep).p("ADDRESS", a.sub)
    if a.city and a.city != a.sub:
        b.t(sep).p("ADDRESS", a.city)
    if a.state:
        b.t(st + a.state)
    return b.t(pc).p("ZIP", a.pc)


def _pt(p: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
        a: A | None = None) -> dict[str, Any]:
    """The FHIR Patient resource the scrubber is given for the note's patient."""
    text = {"MR": "Medical record number", "SS": "Social Security number", "JHN": "Health card",
            "NI": "National identifier", "MC": "Medicare number", "MA": "Medicaid number"}
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "identifier": [{"type": {"coding": [{"system": _V2, "code": k}], "text": text.get(k, k)},
                        "value": v} for k, v in ids],
        "name": [{"use": "official", "text": p.full, "family": p.last, "given": p.first.split()}],
        "gender": "female" if p.sex == "F" else "male",
        "birthDate": dob.isoformat(),
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if a:
        res["address"] = [{"line": [a.line], "city": a.city or a.sub, "state": a.state or "",
                           "postalCode": a.pc}]
    return res


# --------------------------------------------------------------------------- templates

_DRESS = ("Aquacel Extra + K-Two reduced", "UrgoStart + Actico", "Inadine + Coban 2 Lite",
          "Kerramax Care + K2 Lite", "Sorbact + wool/crepe")


def _dn_leg_ulcer_log(c: Ctx) -> Note:
    """District-nurse leg-ulcer continuation sheet as a pipe table (England / Wales)."""
    b, wales = NoteBuilder(), c.chance(0.35)
    a, p = _addr_uk(c, wales), c.person(c.origin("wales" if wales else "uk"), "F")
    dob, age = c.dob(72, 98)
    nhs, tel = c.nhs(), c.num(a.tel)
    nok = c.person(p.origin, "F", last=p.last if c.chance(0.5) else None)
    gp, n1, n2 = c.person(c.origin("uk")), c.staff("en_GB"), c.staff("en_GB")
    b.t("DISTRICT NURSING - LEG ULCER RECORD (continuation sheet 2)\n")
    b.t(f"Patient: {p.title} ").p("NAME", p.full).t("    NHS No: ").p("ID", nhs)
    b.t("    DOB: ").p("DATE", _fd(dob, "dmY.")).t(" (")
    _age(b, age).t(" yrs)\nAddress: ")
    _wa(b, a).t("    Tel: ").p("PHONE", tel).t("\n")
    b.t("NOK: ").p("NAME", nok.full).t(" (daughter) mob ").p("PHONE", _ph(c, "uk_mob"))
    b.t("    GP: Dr ").p("NAME", gp.last).t(f", {c.pick(('Marsh Lane', 'Riverside', 'Abbey'))} "
                                          "Surgery\n")
    b.t("Wound: venous leg ulcer L medial gaiter, since ").p("DATE", _fd(c.before(120, 400), "B Y"))
    b.t(". ").c(f"ABPI R {c.r.uniform(0.86, 1.1):.2f} L {c.r.uniform(0.8, 1.0):.2f}").t(" (")
    b.p("DATE", _fd(c.before(20, 60), "ddmmyy")).t(", ").p("NAME", c.ini(n1)).t(").\n\n")
    b.t("Date        | Size (cm)  | Exudate  | Dressing / compression          | Pain | Sig\n")
    d, w, h = c.today - timedelta(days=c.r.randint(9, 13)), c.r.uniform(3.5, 6), c.r.uniform(2, 4)
    dress = c.pick(_DRESS)
    while d <= c.today:
        b.t(f"{_WD[d.weekday()][:3]} ").p("DATE", _fd(d, "dm")).t(" | ").c(f"{w:.1f} x {h:.1f}")
        b.t(f" | {c.pick(('mod', 'mod', 'low', 'heavy'))}     | {dress:<31} | ").c(
            f"{c.r.randint(2, 6)}/10").t(" | ").p("NAME", c.ini(c.pick((n1, n2)))).t("\n")
        d += timedelta(days=c.pick((3, 4)))
        w, h = w * 0.93, h * 0.95
    b.t("\nPeriwound macerated at ").c("3 o'clock").t(", ").c("Cavilon").t(" applied. ")
    b.t("Elevation advice reinforced; ").c("paracetamol 1 g").t(" 30 min before dressings.\n")
    b.t("Plan: twice weekly, re-do Doppler in ").c("3/12").t(", TVN (").p("NAME", n2.first)
    b.t(") aware. Swab not indicated. Next visit booked.\n")
    return b.build(_pt(p, dob, [("MR", nhs.replace(" ", ""))], tel, a))


_AU_CHRONIC = ("rosuvastatin 20 mg nocte", "perindopril 5 mg mane", "metformin XR 1000 mg BD",
               "pantoprazole 40 mg daily", "amlodipine 5 mg daily", "Seretide 250/25 2 puffs BD",
               "sertraline 100 mg mane", "allopurinol 300 mg daily", "Jardiance 10 mg daily",
               "candesartan 16 mg daily", "Xarelto 20 mg with evening meal")


def _au_script_request(c: Ctx) -> Note:
    """GP reception phone message asking for repeat scripts, eScript token link (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"))
    dob, _ = c.dob(48, 86)
    med, mob = c.medicare(), _ph(c, "au_mob")
    rec, gp = c.staff("en_AU", "F"), c.staff("en_AU")
    sp = c.person(p.origin, "M" if p.sex == "F" else "F", last=p.last)
    b.t("PHONE MESSAGE - script request\nTaken by: ").p("NAME", rec.first).t(" (reception)  ")
    b.p("DATE", _fd(c.today, "dmY1")).t(f" {c.hm()}\n")
    b.t("Patient: ").p("NAME", p.full).t("   DOB ").p("DATE", _fd(dob, "dmY"))
    b.t("   Medicare ").p("ID", med).t(f" (IRN {c.r.randint(1, 4)})\nCall back on ").p("PHONE", mob)
    b.t(" (mobile) or home ").p("PHONE", c.num(a.tel)).t("\n\nRequesting repeats of:\n")
    for m in c.r.sample(_AU_CHRONIC, 3):
        b.t("  - ").c(m).t("\n")
    b.t("Says ").p("NAME", sp.first).t(" will pick up from ")
    b.t(c.pick(("TerryWhite Chemmart", "Priceline Pharmacy", "Amcal", "Blooms The Chemist")))
    b.t(", fax ").p("PHONE", c.num(a.tel)).t(".\nLast seen by Dr ").p("NAME", gp.last)
    b.t(" on ").p("DATE", _fd(c.before(40, 160), "d b Y")).t(": ").c(f"BP {c.bp()}").t(", ")
    b.c(f"eGFR {c.r.randint(48, 90)}").t(".\n\nDr: OK, eScripts x1 repeat only - overdue for ")
    b.c("HbA1c").t(" and lipids, needs appt within ").c("1/12").t(". ").p("NAME", c.ini(gp))
    b.t("\nToken SMS sent ").p("DATE", _fd(c.today, "dm1")).t(f" {c.hm(lo=16, hi=18)}: ")
    b.p("URL", f"https://ausscripts.erx.com.au/scripts/{c.num('@@#@##@@#@###@@')}").t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#####")), ("MC", med)], mob, a))


def _nz_lmc_booking(c: Ctx) -> Note:
    """LMC midwife antenatal booking visit at home (New Zealand)."""
    b, a = NoteBuilder(), _addr_nz(c)
    p = c.person(c.pick(("maori", "samoan", "maori", "anglo", "filipino")), "F")
    dob, age = c.dob(19, 38)
    pa = c.person(c.origin("nz"), "M")
    mw, nhi, mob = c.staff("en_NZ", "F"), c.nhi(), _ph(c, "nz_mob")
    lmp = c.today - timedelta(days=c.r.randint(60, 84))
    g = c.r.randint(2, 5)
    b.t("LMC BOOKING VISIT (home)   ").p("DATE", _fd(c.today, "dmY1")).t("\nWahine: ")
    b.p("NAME", p.full)
    if p.nick:
        b.t(' ("').p("NAME", p.nick).t('")')
    b.t("   NHI ").p("ID", nhi).t("   DOB ").p("DATE", _fd(dob, "dmY")).t(f" ({age} y)\nAddress: ")
    _wa(b, a).t("\nMob ").p("PHONE", mob).t("   email ")
    b.p("EMAIL", c.email(p, c.pick(("gmail.com", "xtra.co.nz"))))
    b.t("\nPartner: ").p("NAME", pa.full).t(", ").p("PHONE", _ph(c, "nz_mob"))
    b.t(" (works shifts at the port)\n")
    b.t("Whānau support: her mum ").p("NAME", c.person(p.origin, "F", last=p.last).first)
    b.t(" lives next door.\n\n")
    b.t("Obstetric hx: ").c(f"G{g}P{g - 1}").t(" - SVD 2019, ")
    b.c(f"{c.r.randint(2900, 3900)} g").t("; ")
    b.t("LSCS 2021 for fetal distress.\n")
    b.t("LMP ").p("DATE", _fd(lmp, "dmy")).t(" (sure), EDD by dates ")
    b.p("DATE", _fd(lmp + timedelta(days=280), "d B Y"))
    b.t(". Dating scan booked ").p("DATE", _fd(c.after(3, 10), "d b")).t(".\n")
    b.c(f"BP {c.bp(98, 128)}").t(", ").c(f"BMI {c.r.uniform(21, 39):.1f}").t(", urine NAD. ")
    b.t("Booking bloods + ").c("HbA1c").t(" given. Vapes - Smokefree referral accepted.\n")
    b.t("Plan: ").c("folic acid 5 mg daily").t(", ").c("aspirin 100 mg nocte").t(" from ")
    b.c("12/40")
    b.t(" (prev PET risk), ").c("iodine 150 mcg daily").t(". Next visit ").c("4/52").t(".\n")
    b.t("- ").p("NAME", mw.full).t(", RM  (Midwifery Council no. ").p("ID", c.num("4####")).t(") ")
    b.p("PHONE", _ph(c, "nz_mob")).t("\n")
    return b.build(_pt(p, dob, [("MR", nhi)], mob, a))


def _us_ob_return(c: Ctx) -> Note:
    """Third-trimester OB return visit with Tdap lot and GCT (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"), "F")
    dob, age = c.dob(18, 39)
    pa, cnm = c.person(c.origin("us"), "M"), c.staff("en_US", "F")
    mrn, cell = c.num("E#######"), _us_ph(c, a.tel)
    edd = c.after(70, 90)
    b.t("OB RETURN VISIT - ").c(f"28w{c.r.randint(0, 6)}d").t("\n")
    b.t("Patient: ").p("NAME", p.lf).t("   MRN: ").p("ID", mrn).t("   DOB: ")
    b.p("DATE", _fd(dob, "mdY"))
    b.t(f"   Age: {age}\n").c("G2P1001").t("   EDD: ").p("DATE", _fd(edd, "B d, Y"))
    b.t(" (by 8 wk US)\n\n")
    b.t("S: Feels well, +FM, no LOF/VB/ctx. FOB ").p("NAME", pa.first).t(" with her today.\n")
    b.t("O: ").c(f"BP {c.bp(100, 132)}").t(", wt ").c(f"{c.r.randint(140, 230)} lb").t(", ")
    b.c(f"FH {c.r.randint(27, 30)} cm").t(", ").c(f"FHT {c.r.randint(128, 156)}").t(".\n")
    b.t("Labs: ").c(f"1-hr GCT {c.r.randint(141, 176)} mg/dL")
    b.t(" (failed) - 3-hr GTT ordered for ")
    b.p("DATE", _fd(c.after(3, 9), "md")).t(". ").c(f"Hgb {c.r.uniform(9.4, 11.0):.1f}")
    b.t(" -> start ")
    b.c("ferrous sulfate 325 mg daily").t(".\nTdap (Boostrix) 0.5 mL IM L deltoid today, lot ")
    b.p("ID", c.num("@##@@")).t(", exp ").p("DATE", _fd(c.after(200, 500), "mdY")).t(". Rh pos.\n")
    b.t("Medicaid ID ").p("ID", c.num("1########")).t(" verified; WIC referral sent.\n")
    b.t("Contacts: cell ").p("PHONE", cell).t("; FOB ").p("NAME", pa.full).t(" ")
    b.p("PHONE", _us_ph(c, a.tel))
    b.t("\nAddress confirmed: ")
    _wa(b, a, st=", ").t("\nRTC ").c("2 wk").t(". - ").p("NAME", cnm.full).t(", CNM\n")
    return b.build(_pt(p, dob, [("MR", mrn)], cell, a))


def _au_scn_discharge(c: Ctx) -> Note:
    """Special-care-nursery discharge summary: baby, parents, MCH referral (Victoria)."""
    b = NoteBuilder()
    sub, _, pc = c.pick([x for x in _AU if x[1] == "VIC"])
    a = A(f"{c.r.randint(2, 90)} {c.pick(_AU_ST)}", sub, None, "VIC", pc, _AU_TEL["VIC"])
    mum = c.person(c.origin("au"), "F")
    baby = c.person(mum.origin, c.pick("FM"), last=mum.last, kid=True)
    dad = c.person(mum.origin if c.chance(0.7) else c.origin("au"), "M",
                   last=mum.last if c.chance(0.6) else None)
    born = c.today - timedelta(days=c.r.randint(8, 16))
    ur, mur, reg = c.num("######"), c.num("######"), c.staff("en_AU")
    bw = c.r.randint(2150, 2650)
    b.t("NEONATAL DISCHARGE SUMMARY - Special Care Nursery\n")
    b.t("Baby: ").p("NAME", baby.full).t("   UR ").p("ID", ur).t("   DOB ")
    b.p("DATE", _fd(born, "dmY"))
    b.t(f" at {c.hm('0')}   Sex {baby.sex}\nMother: ").p("NAME", mum.full).t(" (UR ").p("ID", mur)
    b.t(")   Father: ").p("NAME", dad.full).t("\nHome: ")
    _wa(b, a).t("   Contact: ").p("PHONE", _ph(c, "au_mob")).t("\n\n")
    b.t("Birth: ").c("36+2").t(" weeks, emergency LSCS for pathological CTG. ").c(f"BW {bw} g")
    b.t(" (12th centile), ").c("Apgars 6 and 9").t(".\nCourse: TTN, ").c("CPAP 5 cmH2O").t(" for ")
    b.c("20 h").t("; jaundice peak ").c(f"SBR {c.r.randint(210, 280)} umol/L").t(" day 3, ")
    b.t("phototherapy ").c("24 h").t(". Breastfeeding + EBM top-ups ").c("60 mL/kg/day").t(".\n")
    b.t("Hep B vaccine (Engerix-B Paediatric) batch ").p("ID", c.num("AHBV@###@@")).t(" given ")
    b.p("DATE", _fd(born + timedelta(days=1), "dm")).t(". NBS card collected ")
    b.p("DATE", _fd(born + timedelta(days=3), "d-b-Y"))
    b.t("; hearing screen (SWISH) pass bilaterally.\n")
    b.t("Discharge wt ").c(f"{bw - c.r.randint(60, 140)} g").t(", ")
    b.c(f"HC {c.r.uniform(31, 33.5):.1f} cm")
    sib = c.person(mum.origin, kid=True)
    b.t(f". Going home day {(c.today - born).days} with mum; big ")
    b.t("sister " if sib.sex == "F" else "brother ").p("NAME", sib.first)
    b.t(f" ({c.r.randint(14, 40)} months) at home.\n")
    b.t("Follow-up: MCH nurse notified; paediatric clinic ").c("2/52").t(" with Dr ")
    b.p("NAME", c.staff("en_AU").last).t(".\n").p("NAME", reg.full).t(" (Neonatal registrar) ")
    b.p("DATE", _fd(c.today, "d b Y")).t("\n")
    return b.build(_pt(baby, born, [("MR", ur)], None, a))


def _ca_paeds_endo_letter(c: Ctx) -> Note:
    """Paediatric endocrinology consult letter about short stature, parents named (Ontario)."""
    b = NoteBuilder()
    a = _addr_ca(c, "ON")
    mum = c.person(c.origin("ca"), "F")
    kid = c.person(mum.origin, "M", last=mum.last, kid=True)
    dad = c.person(mum.origin, "M", last=mum.last)
    fd, doc = c.staff("en_CA"), c.staff("en_CA")
    dob, age = c.dob(6, 11)
    ohip, chart = c.ohip(), c.num("P######")
    b.p("DATE", _fd(c.today, "B d, Y")).t("\n\nDr. ").p("NAME", fd.full)
    b.t("\nFamily Health Team\nFax: ")
    b.p("PHONE", _us_ph(c, a.tel)).t("\n\nRe: ").p("NAME", kid.full).t("   DOB: ")
    b.p("DATE", _fd(dob, "iso"))
    b.t("   OHIP: ").p("ID", ohip).t("   Chart #").p("ID", chart).t("\n\nDear Dr. ")
    b.p("NAME", fd.last)
    b.t(",\n\nThank you for referring ").p("NAME", kid.first)
    b.t(f", a {age}-year-old boy I saw today ")
    b.t("with his mother, ").p("NAME", mum.full).t(", and father, ").p("NAME", dad.first)
    b.t(f". He is in Grade {age - 5} at {c.pick(('Westview', 'Lakeside', 'St. Joseph'))} ")
    b.t("Public School and is doing well academically.\n\nHeight ").c(f"{100 + 3 * age:.1f} cm")
    b.t(" (<3rd centile), weight ").c(f"{c.r.uniform(17, 27):.1f} kg").t(" (10th centile); ")
    b.t("mid-parental height ").c("171 cm").t(". Bone age (Greulich and Pyle) on ")
    b.p("DATE", _fd(c.before(10, 40), "b d")).t(" was ").c(f"{age - 2} years 6 months").t(".\n")
    b.t("Plan: ").c("IGF-1")
    b.t(", TSH, free T4, tTG-IgA, CBC; if IGF-1 low, glucagon stimulation test. ")
    b.t("I will see him again in ").c("6 months").t(".\n\nMom prefers contact at ")
    b.p("PHONE", _us_ph(c, a.tel)).t(" or ")
    b.p("EMAIL", c.email(mum, c.pick(("gmail.com", "rogers.com"))))
    b.t(".\n\nSincerely,\n\nDr. ").p("NAME", doc.full).t(", MD, FRCPC\nPaediatric Endocrinology\n")
    b.t("cc: ").p("NAME", mum.full).t(" and ").p("NAME", dad.full).t(", ")
    _wa(b, a, pc="  ").t("\n")
    return b.build(_pt(kid, dob, [("MR", chart), ("JHN", ohip)], None, a))


_VAX12 = (("MMR II", "@###@"), ("Varivax", "@###@"), ("Havrix 720", "@@@##"),
          ("Prevnar 20", "@@####"))


def _us_wcc_12mo(c: Ctx) -> Note:
    """12-month well-child check with vaccine lots and interpreter (US, Minnesota / Ohio)."""
    b, a = NoteBuilder(), _addr_us(c)
    mum = c.person(c.pick(("somali", "somali", "arabic", "anglo", "filipino")), "F")
    kid = c.person(mum.origin, c.pick("FM"), last=mum.last if mum.origin != "somali" else None,
                   kid=True)
    dad = c.person(mum.origin, "M", last=kid.last if mum.origin != "somali" else None)
    doc, mrn = c.staff("en_US"), c.num("#########")
    dob = c.today - timedelta(days=c.r.randint(365, 390))
    b.t("WELL CHILD CHECK - 12 MONTH\n").p("NAME", kid.full).t("   DOB ")
    b.p("DATE", _fd(dob, "mdY1"))
    b.t("   MRN ").p("ID", mrn).t("\nHere with mother ").p("NAME", mum.full)
    if mum.origin in ("somali", "arabic"):
        b.t(f" ({'Somali' if mum.origin == 'somali' else 'Arabic'} interpreter ID ")
        b.p("ID", c.num("######"))
        b.t(" via video)")
    b.t(".\n\nGrowth: wt ").c(f"{c.r.uniform(8.2, 10.8):.1f} kg")
    b.t(f" ({c.r.randint(15, 85)}th %ile), ")
    b.t("length ").c(f"{c.r.uniform(71, 78):.1f} cm").t(", HC ").c(f"{c.r.uniform(44, 47):.1f} cm")
    b.t(".\n")
    b.t("Dev: pulls to stand, cruising, 2-3 words, pincer grasp. Sleeps 11 h.\n")
    b.t("Labs: ").c(f"Hgb {c.r.uniform(10.6, 12.6):.1f} g/dL").t(", ").c("lead <3.3 mcg/dL")
    b.t(".\n\n")
    b.t("Vaccine       | Lot      | Exp      | Site\n")
    for name, lot in c.r.sample(_VAX12, 3):
        b.t(f"{name:<13} | ").p("ID", c.num(lot)).t(" " * (9 - len(lot)) + "| ")
        b.p("DATE", _fd(c.after(120, 600), "mY")).t(f"  | {c.pick(('L thigh', 'R thigh'))}\n")
    b.t("\nAttends ").t(c.pick(("Little Explorers", "Bright Beginnings", "Kiddie Academy")))
    b.t(" daycare. Dad ").p("NAME", dad.first).t(" works nights; best number ")
    b.p("PHONE", _us_ph(c, a.tel))
    b.t(".\nNext WCC 15 mo (").p("DATE", _fd(dob + timedelta(days=457), "B Y")).t("). ")
    b.p("NAME", doc.full).t(", MD\n")
    return b.build(_pt(kid, dob, [("MR", mrn)], None, a))


def _uk_amhp_outcome(c: Ctx) -> Note:
    """AMHP Mental Health Act assessment outcome record, nearest relative, police (England)."""
    b, a = NoteBuilder(), _addr_uk(c)
    p = c.person(c.origin("uk"))
    dob, _ = c.dob(19, 64)
    nr = c.person(p.origin, c.pick("FM"), last=p.last)
    s12, gp, amhp = c.staff("en_GB"), c.staff("en_GB"), c.staff("en_GB")
    pc1, pc2 = c.staff("en_GB"), c.staff("en_GB")
    nhs, dt = c.nhs(), c.today
    rel = "mother" if nr.sex == "F" else "father"
    b.t("AMHP ASSESSMENT OUTCOME - Mental Health Act 1983\nService user: ").p("NAME", p.full)
    b.t("   NHS No: ").p("ID", nhs).t("   DOB: ").p("DATE", _fd(dob, "dmY")).t("\nAddress: ")
    _wa(b, a).t(f"\nDate of assessment: {_WD[dt.weekday()]} ").p("DATE", _fd(dt, "d B Y"))
    b.t(f", {c.hm()}, at home address.\n\nPresent: Dr ").p("NAME", s12.full)
    b.t(" (s.12 approved), Dr ")
    b.p("NAME", gp.full).t(" (GP, knows ").p("NAME", p.first).t(" well), AMHP ")
    b.p("NAME", amhp.full)
    b.t(", PC ").p("ID", c.num("####")).t(" ").p("NAME", pc1.last).t(" and PC ")
    b.p("ID", c.num("####"))
    b.t(" ").p("NAME", pc2.last).t(".\n")
    b.t(f"Nearest relative (s.26): {rel}, ").p("NAME", nr.full).t(", mob ")
    b.p("PHONE", _ph(c, "uk_mob"))
    b.t(". Consulted by phone ").p("DATE", _fd(dt, "ddmmyy")).t(f" {c.hm()}; did not object.\n\n")
    b.t("Summary: 9 days of escalating persecutory ideas about neighbours, not sleeping, stopped ")
    b.c("aripiprazole 15 mg").t(" ~").c("3/52")
    b.t(" ago. Barricaded front door. No capacity re admission.\n")
    b.t("Outcome: application made for admission under s.2 (Form A2). Bed identified on ")
    b.t(c.pick(("Amber Ward", "Willow Ward", "Cedar Unit"))).t("; conveyed by ambulance, CAD ref ")
    b.p("ID", c.num("######")).t(". s.132 rights read; IMHA leaflet left with ").p("NAME", nr.first)
    b.t(".\n\nAMHP: ").p("NAME", amhp.full).t("   ").p("EMAIL", c.email(amhp, "kent.gov.uk"))
    b.t("   ")
    b.p("PHONE", c.num("03000 ######")).t("\n")
    return b.build(_pt(p, dob, [("MR", nhs.replace(" ", ""))], None, a))


def _nz_crisis_assessment(c: Ctx) -> Note:
    """Crisis resolution service assessment under the MH(CAT) Act, whānau (New Zealand)."""
    b, a = NoteBuilder(), _addr_nz(c)
    p = c.person(c.origin("nz"), "M")
    dob, age = c.dob(18, 55)
    aunt = c.person(p.origin, "F")
    dao, reg, clin = c.staff("en_NZ"), c.staff("en_NZ"), c.staff("en_NZ")
    nhi, seen = c.nhi(), c.today
    b.t("CRISIS RESOLUTION SERVICE - face-to-face assessment\nTangata whaiora: ").p("NAME", p.full)
    b.t("   NHI ").p("ID", nhi).t("   DOB ").p("DATE", _fd(dob, "dmY.")).t(f" ({age})\n")
    b.t("Referral: aunty ").p("NAME", aunt.full).t(" (").p("PHONE", _ph(c, "nz_mob"))
    b.t(") via Healthline at 2140 on ").p("DATE", _fd(seen, "dmy")).t(".\nSeen at: ")
    _wa(b, a).t(", with whānau present.\n\n")
    b.t("MSE: dishevelled, guarded, pressured speech, believes his phone is being read by ")
    b.t("the gangs. ")
    b.t("Denies SI, but walked on the motorway last night. Using cannabis daily. No insight.\n")
    b.t("Risk: high (misadventure). ").c("AUDIT-C 9").t(".\n")
    b.t("MH(CAT) Act: DAO ").p("NAME", dao.full).t(" attended; s8A application by ")
    b.p("NAME", aunt.first)
    b.t("; Dr ").p("NAME", reg.last).t(" (psych registrar) completed s8B at 0015 on ")
    b.p("DATE", _fd(seen + timedelta(days=1), "d B"))
    b.t(". Notice of assessment served, whānau given copy.\n")
    b.t("Plan: admit Te Whare Ahuru; ").c("olanzapine 10 mg PO").t(" stat, ")
    b.c("lorazepam 1 mg PRN")
    b.t(". Whānau hui ").p("DATE", _fd(seen + timedelta(days=2), "d/b/Y")).t(" 1100 - ")
    b.p("NAME", aunt.first)
    b.t(" and cousin ").p("NAME", c.person(p.origin, "M").first).t(" to attend.\n")
    b.p("NAME", c.ini(clin)).t(" / ").p("NAME", clin.full).t(", CRS clinician, ph ")
    b.p("PHONE", c.num(a.tel))
    b.t("\n")
    return b.build(_pt(p, dob, [("MR", nhi)], None, a))


def _ca_form1(c: Ctx) -> Note:
    """Mental Health Act Form 1 application by physician, typed into the chart (Ontario)."""
    b = NoteBuilder()
    a = _addr_ca(c, "ON")
    p = c.person(c.origin("ca"), "M")
    dob, _ = c.dob(20, 70)
    sis = c.person(p.origin, "F", last=p.last if c.chance(0.6) else None)
    doc, mrn = c.staff("en_CA"), c.num("#######")
    b.t("FORM 1 - Mental Health Act\nApplication by Physician for Psychiatric Assessment\n\n")
    b.t("Physician: Dr. ").p("NAME", doc.full).t("   CPSO #").p("ID", c.num("#####")).t("   Tel ")
    b.p("PHONE", _us_ph(c, a.tel)).t("\nPerson: ").p("NAME", p.full).t("   DOB ")
    b.p("DATE", _fd(dob, "Ymd/"))
    b.t("   MRN ").p("ID", mrn).t("\nAddress: ")
    _wa(b, a, pc="  ").t("\n\nOn ").p("DATE", _fd(c.today, "B d, Y")).t(" I personally examined ")
    b.p("NAME", p.full)
    b.t(".\nBox A - serious bodily harm to himself; lack of competence to care for self.\n")
    b.t("Facts observed: states 'there's no point, I've got the rope sorted'; poor eye contact; ")
    b.c("PHQ-9 24").t("; ").c("BAL 0.02").t(".\nFacts communicated by others: his sister ")
    b.p("NAME", sis.full).t(" (").p("PHONE", _us_ph(c, a.tel))
    b.t(") reports he gave away his dog on ")
    b.p("DATE", _fd(c.before(1, 4), "b. d, Y")).t(" and texted goodbye.\n")
    b.t("Examined: 2145 h, ").p("DATE", _fd(c.today, "Ymd/")).t(". Form 1 signed ")
    b.p("DATE", _fd(c.today, "iso"))
    b.t(" at 2210. Form 42 given to patient; rights adviser paged.\n")
    b.t("Dr. ").p("NAME", doc.il).t("\n")
    return b.build(_pt(p, dob, [("MR", mrn)], None, a))


def _au_racf_transfer(c: Ctx) -> Note:
    """Residential aged-care transfer-to-hospital form, resident often >= 90 (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    a.line = a.line.split("/")[-1]
    p = c.person(c.pick(("anglo", "anglo", "irish", "polish", "arabic")))
    dob, age = c.dob(86, 101)
    son = c.person(p.origin, "M", last=p.last)
    gp, rn = c.staff("en_AU"), c.staff("en_AU", "F")
    med, ur = c.medicare(), c.num("######")
    b.t("RESIDENTIAL AGED CARE - TRANSFER TO HOSPITAL\nResident: ").p("NAME", p.full)
    if p.nick:
        b.t(' (prefers "').p("NAME", p.nick).t('")')
    b.t("   DOB ").p("DATE", _fd(dob, "dmY")).t("   Age ")
    _age(b, age).t(f"\nFacility: {c.pick(('Bupa', 'Regis', 'Estia Health', 'Uniting'))}, ")
    b.t(f"room {c.r.randint(1, 60)}, ")
    _wa(b, a).t("\nMedicare ").p("ID", med).t("   DVA Gold Card ")
    b.p("ID", c.num(c.pick(("NX######", "VX######", "QSM#####"))))
    b.t("   Hosp UR ").p("ID", ur).t("\nNOK/EPOA: son ").p("NAME", son.full).t(" ")
    b.p("PHONE", _ph(c, "au_mob"))
    b.t("   GP: Dr ").p("NAME", gp.last).t(" ").p("PHONE", c.num(a.tel)).t("\n\n")
    b.t("Reason: unwitnessed fall in ensuite 0530 ").p("DATE", _fd(c.today, "ddmmyy"))
    b.t(", R leg shortened + externally rotated, pain on movement.\nObs: ").c(f"BP {c.bp(95, 150)}")
    b.t(", ").c(f"HR {c.r.randint(78, 118)} irreg").t(", ").c("RR 20").t(", ")
    b.c(f"SpO2 {c.r.randint(92, 97)}% RA")
    b.t(", ").c("T 36.4").t(", ").c(f"BGL {c.r.uniform(5, 9):.1f}").t(", ").c("GCS 14")
    b.t(" (baseline 14).\n")
    b.t("Cognition: Alzheimer's dementia, oriented to person only. Mobility: 4WW + 1 assist.\n")
    b.t("Meds (Webster pack): ").c("apixaban 2.5 mg BD").t(", ").c("donepezil 10 mg nocte").t(", ")
    b.c("paracetamol SR 1330 mg TDS").t(", ").c("Movicol 1 sachet daily").t(". Last apixaban ")
    b.t("2000 last night.\nACD on file: not for CPR/ICU, for transfer for fracture care. ")
    b.t("Discussed with ")
    b.p("NAME", son.first).t(" ").p("DATE", _fd(c.today, "dm1")).t(" 0550.\nSent by: RN ")
    b.p("NAME", rn.full).t(" ").p("PHONE", c.num(a.tel)).t("\n")
    return b.build(_pt(p, dob, [("MR", ur), ("MC", med)], None, a))


def _us_hospice_election(c: Ctx) -> Note:
    """Hospice admission / Medicare hospice election, caregiver family, comfort kit (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"))
    dob, age = c.dob(78, 100)
    dau = c.person(p.origin, "F", last=p.last if c.chance(0.4) else None)
    gs = c.person(p.origin, "M")
    doc, rn = c.staff("en_US"), c.staff("en_US", "F")
    mbi, ssn = c.mbi(), c.ssn()
    b.t("HOSPICE ADMISSION - Election of Medicare Hospice Benefit\nPatient: ")
    b.p("NAME", f"{p.lf2} {c.pick('ABCDEJKLMRW')}.").t("   DOB: ").p("DATE", _fd(dob, "mdY"))
    b.t("   Age: ")
    _age(b, age).t("\nMBI: ").p("ID", mbi).t("   SSN: xxx-xx-").p("SSN", ssn[-4:])
    b.t("\nResidence: ")
    _wa(b, a, st=", ").t("\nElection date: ").p("DATE", _fd(c.today, "mdY")).t(". Terminal dx: ")
    b.t(c.pick(("end-stage heart failure", "Alzheimer's dementia", "metastatic pancreatic cancer")))
    b.t(".\n").c("PPS 30%").t(", ").c("FAST 7c").t(", ").c("MAC 20.5 cm").t(", wt loss ").c("11 lb")
    b.t(" over ").c("3 months").t(". ")
    _age(b, age).t(f"-year-old {'woman' if p.sex == 'F' else 'man'}, bedbound, ")
    b.t("sleeping 20 h/day.\n\n")
    b.t("Primary caregiver: daughter ").p("NAME", dau.full).t(" (lives with pt) ")
    b.p("PHONE", _us_ph(c, a.tel))
    b.t("; alternate: grandson ").p("NAME", gs.full).t(" ").p("PHONE", _us_ph(c, a.tel)).t(".\n")
    b.t("Code status: DNR, POLST on fridge. Funeral home pre-arranged (")
    b.t(c.pick(("Schoedinger", "Hoffmann-Kerr", "Riverside Memorial"))).t(").\n")
    b.t("Comfort kit: ").c("morphine 20 mg/mL 5 mg SL q2h PRN").t(", ")
    b.c("lorazepam 0.5 mg SL q4h PRN")
    b.t(", ").c("haloperidol 0.5 mg q6h PRN").t(", ").c("atropine 1% 2 gtts SL q4h PRN").t(".\n")
    b.t("Attending: Dr. ").p("NAME", doc.last).t(". RN case manager ")
    b.p("NAME", f"{rn.first} {rn.last[0]}.")
    b.t(", RN. First visit ").p("DATE", _fd(c.after(1, 3), "mdy")).t(". 24/7 line ")
    b.p("PHONE", c.num(c.pick(("1-800-%##-####", "1-888-%##-####", "1-877-%##-####")))).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("H######")), ("SS", ssn)], None, a))


def _wales_bereavement_call(c: Ctx) -> Note:
    """Hospice bereavement follow-up phone call to the widow(er) (Wales / England)."""
    b, wales = NoteBuilder(), c.chance(0.6)
    a = _addr_uk(c, wales)
    p = c.person(c.origin("wales" if wales else "uk"))
    dob, _ = c.dob(70, 99)
    died = c.before(25, 60)
    age = died.year - dob.year - ((died.month, died.day) < (dob.month, dob.day))
    sp = c.person(p.origin, "F" if p.sex == "M" else "M", last=p.last)
    kid = c.person(p.origin, "F", last=p.last if c.chance(0.3) else None)
    vol, tel = c.staff("en_GB", "F"), c.num(a.tel)
    b.t("Bereavement follow-up - telephone (").p("DATE", _fd(c.today, "dmY")).t(")\nDeceased: ")
    b.p("NAME", p.full).t(", died on the ").p("DATE", _fd(died, "dth of B")).t(" on the IPU, aged ")
    _age(b, age).t(".\nSpoke with: ").p("NAME", sp.first)
    b.t(f" ({'wife' if sp.sex == 'F' else 'husband'}) on ")
    b.p("PHONE", tel).t(".\n\n").p("NAME", sp.first).t(' said: "The funeral was lovely, ')
    b.p("NAME", kid.first)
    b.t(' did the reading. It\'s the evenings that are hard." Not sleeping well, eating ok.\n')
    b.t("Funeral was ").p("DATE", _fd(died + timedelta(days=c.r.randint(9, 16)), "d B"))
    b.t(". Daughter ")
    b.p("NAME", kid.full).t(" lives in ")
    b.p("ADDRESS", c.pick(("Cardiff", "Swansea", "Bristol", "Chester")))
    b.t(" and visits at weekends.\nNo red flags. Offered Cruse referral - accepted; consent ")
    b.t("for Cruse to call ")
    b.p("PHONE", _ph(c, "uk_mob"))
    b.t(f" ({'her' if sp.sex == 'F' else 'his'} mobile). Further call in ").c("6/52").t(".\n")
    b.t("Address for anniversary card: ")
    _wa(b, a).t("\n").p("NAME", vol.full).t(", Bereavement Coordinator\n")
    return b.build(_pt(p, dob, [("MR", c.num("H######"))], tel, a))


def _uk_dental_referral(c: Ctx) -> Note:
    """General dental practitioner's e-referral to oral surgery (England)."""
    b, a = NoteBuilder(), _addr_uk(c)
    p = c.person(c.origin("uk"))
    dob, _ = c.dob(19, 70)
    gdp, nhs, mob = c.staff("en_GB"), c.nhs(), _ph(c, "uk_mob")
    pa = _addr_uk(c)
    b.t("REFERRAL TO ORAL SURGERY (e-RS)   UBRN ").p("ID", c.num("#### #### ####")).t("\nFrom: ")
    b.p("NAME", gdp.full).t(" BDS, GDC ").p("ID", c.num("######")).t(", ")
    b.t(c.pick(("Smile Dental Care", "Castle Dental Practice", "mydentist"))).t(", ")
    _wa(b, pa).t(". Tel ").p("PHONE", c.num(pa.tel)).t("\nPatient: ").p("NAME", p.full)
    b.t("   DOB ").p("DATE", _fd(dob, "dmY")).t("   NHS ").p("ID", nhs).t("\nAddress: ")
    _wa(b, a).t("   Mob ").p("PHONE", mob).t("   Email ")
    b.p("EMAIL", c.email(p, c.pick(("gmail.com", "hotmail.co.uk", "outlook.com"))))
    b.t("\n\nReason: ").c("LR8")
    b.t(" partially erupted, mesioangular, 3 episodes of pericoronitis in ")
    b.c("6 months").t(" (last ").p("DATE", _fd(c.before(10, 40), "d b")).t(", treated with ")
    b.c("metronidazole 400 mg TDS x 3/7").t("). OPG taken ")
    b.p("DATE", _fd(c.before(5, 30), "ddmmyy"))
    b.t(": roots in close relation to IDC.\nMH: AF on ").c("warfarin 5 mg").t(" (").c("INR 2.6")
    b.t(" on ").p("DATE", _fd(c.before(3, 20), "d b")).t(", anticoag clinic at the ")
    b.t("hospital); ").c("bisoprolol 2.5 mg OD").t(". NKDA. Very anxious - may need IV sedation.\n")
    b.t("Happy for appointments to be texted to the mobile above.\n")
    return b.build(_pt(p, dob, [("MR", nhs.replace(" ", ""))], mob, a))


def _au_optom_referral(c: Ctx) -> Note:
    """Optometrist referral letter to an ophthalmologist, raised IOP (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"))
    dob, age = c.dob(52, 91)
    oph, opt = c.staff("en_AU"), c.staff("en_AU")
    mob, seen = _ph(c, "au_mob"), c.before(1, 5)
    iop = c.r.randint(26, 34)
    b.p("DATE", _fd(c.today, "d B Y")).t("\n\nDr ").p("NAME", oph.full).t("\nOphthalmologist\n\n")
    b.t("Dear Dr ").p("NAME", oph.last).t(",\n\nRe: ").p("NAME", p.full).t(", DOB ")
    b.p("DATE", _fd(dob, "dmY1"))
    b.t(", ")
    _wa(b, a).t(", ph ").p("PHONE", mob).t("\n\nI saw ").p("NAME", p.first)
    b.t(f" on {_WD[seen.weekday()]} ").p("DATE", _fd(seen, "d B"))
    b.t(" (")
    _age(b, age).t(" years old) for a routine ")
    b.t("eye test.\n").c("VA R 6/9 L 6/12").t(" (PH ").c("6/7.5").t("). ")
    b.c(f"IOP R {iop} mmHg L {iop - 7} mmHg")
    b.t(" (iCare, 10.15am). ").c("C/D R 0.75 L 0.5").t(", inferior RNFL thinning R on OCT; HFA ")
    b.c("24-2").t(" superior arcuate defect R.\nFamily history: mother had glaucoma. On ")
    b.c("Lipitor 40 mg").t(" and ").c("Coversyl 5 mg").t(".\n\nPlease see within ").c("4 weeks")
    b.t(".\n\n")
    b.t("Kind regards,\n").p("NAME", opt.full).t(", B.Optom\nOptometrist  ")
    b.p("ID", c.num("OPT000#######"))
    b.t("\nE ").p("EMAIL", c.email(opt, "specsavers.com.au")).t("   P ").p("PHONE", c.num(a.tel))
    b.t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], mob, a))


def _uk_oh_sharps(c: Ctx) -> Note:
    """Occupational-health sharps-injury follow-up for a staff nurse (England)."""
    b = NoteBuilder()
    p = c.person(c.origin("uk"), "F")
    dob, _ = c.dob(23, 58)
    mgr, ohn = c.staff("en_GB"), c.staff("en_GB", "F")
    inj = c.before(1, 4)
    b.t("OCCUPATIONAL HEALTH - Sharps / splash injury\nEmployee: ").p("NAME", p.full)
    b.t("   Staff no. ").p("ID", c.num("########")).t("   DOB ").p("DATE", _fd(dob, "dmY")).t("\n")
    b.t(f"Role: Staff Nurse, {c.pick(('Ward 7B', 'Bluebell Ward', 'AMU'))}. Mob ")
    b.p("PHONE", _ph(c, "uk_mob"))
    b.t("\nIncident: ").p("DATE", _fd(inj, "d b Y"))
    b.t(f" {c.hm('0')} - hollow-bore needlestick R index finger ")
    b.t("while re-sheathing after ").c("enoxaparin 40 mg").t(" s/c. Bled, washed. Datix ")
    b.p("ID", c.num("W######"))
    b.t(".\nSource: Hosp No ").p("ID", c.num("RK#####")).t(", consented ").p("DATE", _fd(inj, "dm"))
    b.t(": ").c("HBsAg neg").t(", ").c("HCV Ab neg").t(", ").c("HIV Ag/Ab neg").t(".\n")
    b.t("Employee: ").c("anti-HBs 84 IU/L").t(" (").p("DATE", _fd(c.before(400, 900), "B Y"))
    b.t(") - responder, no booster needed. Baseline serum saved.\nOutcome: no PEP indicated; ")
    b.t("no further bloods. Advice re safe sheathing. Return to normal duties.\n")
    b.t("Manager ").p("NAME", mgr.full).t(" (").p("EMAIL", c.email(mgr, "nhs.net"))
    b.t(") informed with consent.\n")
    b.p("NAME", f"{ohn.first} {ohn.last[0]}").t(", OH Nurse Advisor  ").p("NAME", c.ini(ohn))
    b.t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("OH#####"))], None, None))


_ZA_EMP = ("Shoprite Checkers", "Tiger Brands", "Transnet Freight Rail", "Sappi Saiccor",
           "Clover Dairies", "Bidvest Protea Coin")


def _za_coida_report(c: Ctx) -> Note:
    """First medical report for an occupational injury (W.CL.4) to the Compensation Fund (SA)."""
    b, a = NoteBuilder(), _addr_za(c)
    p = c.person(c.origin("za"), "M")
    dob, _ = c.dob(21, 60)
    sa, doc, acc = c.sa_id(dob, "M"), c.person(c.origin("za")), c.before(1, 6)
    b.t("FIRST MEDICAL REPORT IN RESPECT OF AN OCCUPATIONAL INJURY (W.CL.4)\n")
    b.t("Employee: ").p("NAME", f"{p.last.upper()} {p.first}").t("   ID No: ").p("ID", sa)
    b.t("\nAddress: ")
    _wa(b, a).t("   Cell ").p("PHONE", _ph(c, "za_mob"))
    b.t(f"\nEmployer: {c.pick(_ZA_EMP)}; Fund ref ")
    b.p("ID", c.num("#########")).t("\nDate of accident: ").p("DATE", _fd(acc, "Ymd/"))
    b.t(f"  Time: {c.hm('h')}")
    b.t("   First seen: ").p("DATE", _fd(c.today, "Ymd/"))
    b.t("\n\nHistory: struck on L forearm by a ")
    b.t("falling pallet while offloading.\nFindings: swelling distal forearm, ").c("VAS 7/10")
    b.t(", NV intact. X-ray: undisplaced distal ulna shaft fracture.\nTreatment: ")
    b.c("above-elbow POP")
    b.t(", ").c("paracetamol 1 g 6-hourly").t(", ").c("ibuprofen 400 mg 8-hourly").t(" x ")
    b.c("5 days").t(".\n")
    b.t("Off duty from ").p("DATE", _fd(acc, "d B Y")).t(" to ")
    b.p("DATE", _fd(acc + timedelta(days=42), "d B Y"))
    b.t(" (").c("6 weeks").t("). Review ").c("2/52").t(".\n\nDr ").p("NAME", doc.il)
    b.t(", MBChB  HPCSA MP ")
    b.p("ID", c.num("0######")).t("  Practice no. ").p("ID", c.num("#######")).t("  Tel ")
    b.p("PHONE", c.num(a.tel)).t("\n")
    return b.build(_pt(p, dob, [("NI", sa)], None, a))


_US_EMP = ("Sunbelt Logistics", "Great Plains Cold Storage", "Summit Roofing LLC",
           "Tri-County Waste Services", "Rio Grande Poultry")


def _us_wc_letter(c: Ctx) -> Note:
    """Workers'-compensation status letter to the adjuster, DWC-073, e-filing (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"), "M")
    dob, _ = c.dob(24, 62)
    adj, doc = c.staff("en_US", "F"), c.staff("en_US")
    ssn, doi, clm = c.ssn(), c.before(20, 90), c.num("WC#########")
    b.p("DATE", _fd(c.today, "B d, Y")).t("\n\n").p("NAME", adj.full).t(", Claims Adjuster\n")
    b.t(c.pick(("Texas Mutual", "Liberty Mutual", "The Hartford")))
    b.t(" - Workers' Compensation\nFax ")
    b.p("PHONE", c.num(c.pick(("1-800-%##-####", "1-888-%##-####", "1-877-%##-####")))).t("   ")
    b.p("EMAIL", c.email(adj, "claims-mail.com")).t("\n\n")
    b.t("RE: Claimant ").p("NAME", p.full).t("   Claim # ").p("ID", clm).t("   DOI ")
    b.p("DATE", _fd(doi, "mdY"))
    b.t(f"\n    Employer: {c.pick(_US_EMP)}   SSN (last 4): ").p("SSN", ssn[-4:]).t("   DOB ")
    b.p("DATE", _fd(dob, "mdY1")).t("\n\nDear Ms. ").p("NAME", adj.last).t(":\n\nI saw Mr. ")
    b.p("NAME", p.last)
    b.t(" in follow-up on ").p("DATE", _fd(c.before(0, 3), "mdy"))
    b.t(" for his lumbar strain. He reports ")
    b.c("pain 5/10").t(", improved with ").c("cyclobenzaprine 10 mg qhs").t(" and PT x ")
    b.c("6 visits")
    b.t(". SLR negative; ").c("lumbar flexion 60 degrees")
    b.t(".\nWork status: modified duty - no lifting > ")
    b.c("15 lb").t(", no repetitive bending, may sit/stand as needed, through ")
    b.p("DATE", _fd(c.after(14, 28), "B dth")).t(". DWC Form-073 attached. ")
    b.t("MMI not yet reached.\n\n")
    b.t("Sincerely,\n").p("NAME", doc.full).t(", DO\nOccupational Medicine\n\n[e-filed ")
    b.p("DATE", f"{c.today.isoformat()}T{c.hm()}:{c.r.randint(10, 59)}").t(" from ").p("IP", c.ip())
    b.t(" to ").p("URL", f"https://www.claimsportal-tx.com/claims/{clm}/documents").t("]\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######")), ("SS", ssn)], None, a))


def _uk_sh_clinic(c: Ctx) -> Note:
    """Sexual-health clinic consultation, coded clinic number, partner notification (England)."""
    b = NoteBuilder()
    p = c.person(c.origin("uk"), c.pick("FM"))
    dob, age = c.dob(17, 44)
    cn, mob = f"{c.pick(('GU', 'SH', 'MSH'))}{c.num('######')}", _ph(c, "uk_mob")
    pa = c.person(c.origin("uk"), c.pick("FM"))
    hw = c.staff("en_GB")
    b.t("Sexual Health Clinic - consultation\nClinic no: ").p("ID", cn)
    b.t(" (name on secure register only)   Seen: ").p("DATE", _fd(c.today, "dmY"))
    b.t(f"   Age {age}\n")
    b.t("Contact: SMS only to ").p("PHONE", mob).t(" - no voicemail, do not contact at home.\n\n")
    b.t('Hx: 2 partners in 3 months - regular partner "').p("NAME", pa.first).t('" (since ')
    b.p("DATE", _fd(c.before(200, 300), "B Y")).t(") and one casual via app ")
    b.p("DATE", _fd(c.before(10, 30), "d b"))
    b.t(", condomless. Dysuria ").c("5/7").t(". No PrEP.\nIx: dual NAAT (").c("CT/GC")
    b.t("), HIV / syphilis / ")
    b.t("hep B bloods, lab no. ").p("ID", c.num("S##-######")).t(". Microscopy: ").c("GNDC seen")
    b.t(".\n")
    b.t("Rx: ").c("ceftriaxone 1 g IM").t(" stat, ").c("doxycycline 100 mg BD x 7/7").t(". TOC ")
    b.c("2/52").t(".\n")
    b.t("PN: patient referral for ").p("NAME", pa.first).t("; contact slip code ")
    b.p("ID", c.num("PN@@##"))
    b.t(". Results by SMS via ").p("URL", f"https://results.shl.uk/r/{c.num('@@#@#@##')}")
    b.t(" (last login from ")
    b.p("IP", c.ip(False)).t(" on ").p("DATE", _fd(c.before(40, 300), "dmy")).t(").\n")
    b.p("NAME", c.ini(hw)).t(" HA\n")
    return b.build(_pt(p, dob, [("MR", cn)], mob, None))


_CA_VAX = (("Fluzone High-Dose", "U@####@@", "0.7 mL"), ("Arexvy", "@@#@#", "0.5 mL"),
           ("Comirnaty Omicron KP.2", "@@####", "0.3 mL"), ("Prevnar 20", "@@####", "0.5 mL"),
           ("Shingrix", "@@#@#", "0.5 mL"))


def _ca_imms_record(c: Ctx) -> Note:
    """Immunization clinic record with lots and expiries, SDM consent, Panorama entry (Canada)."""
    b = NoteBuilder()
    a = _addr_ca(c, c.pick(("BC", "ON", "MB", "NS")))
    p = c.person(c.origin("ca"))
    dob, age = c.dob(74, 99)
    sdm = c.person(p.origin, "F", last=p.last if c.chance(0.5) else None)
    nurse, clerk = c.staff("en_CA", "F"), c.staff("en_CA")
    hid = {"BC": c.num("9### ### ###"), "ON": c.ohip()}.get(a.state or "", c.num("#########"))
    b.t("IMMUNIZATION RECORD - seniors' residence clinic\nClient: ").p("NAME", p.lf).t("   ")
    b.t("PHN " if a.state == "BC" else "Health card ").p("ID", hid).t("   DOB ")
    b.p("DATE", _fd(dob, "iso"))
    b.t(" (age ")
    _age(b, age).t(")\nResidence: ")
    _wa(b, a, pc="  ").t("\nConsent: verbal, by substitute decision-maker ").p("NAME", sdm.full)
    b.t(" (daughter) by phone ").p("PHONE", _us_ph(c, a.tel)).t(" on ")
    b.p("DATE", _fd(c.before(1, 6), "b d, Y")).t("\n\n")
    b.t("Date       | Product                  | Lot       | Expiry     | Site      | Dose   ")
    b.t("| By\n")
    for prod, lot, dose in c.r.sample(_CA_VAX, 2):
        b.p("DATE", _fd(c.today, "iso")).t(f" | {prod:<24} | ").p("ID", c.num(lot))
        b.t(" " * (10 - len(lot)) + "| ")
        b.p("DATE", _fd(c.after(90, 400), "iso")).t(f" | {c.pick(('L deltoid', 'R deltoid'))} | ")
        b.c(dose)
        b.t(" | ").p("NAME", c.ini(nurse)).t("\n")
    b.t("Observed ").c("15 min").t(", no reaction. Previous dose ")
    b.p("DATE", _fd(c.before(300, 420), "b d, Y"))
    b.t(".\nEntered in Panorama by ").p("NAME", clerk.full).t(" from workstation ").p("IP", c.ip())
    b.t(" at ")
    b.t(f"{c.hm()}. Proof of immunization: ").p("URL", c.pick((
        "https://www.healthgateway.gov.bc.ca",
        "https://covid-19.ontario.ca/proof-covid-19-vaccination",
        f"https://myrecords.example-ha.ca/imm/{c.num('#######')}"))).t("\n")
    return b.build(_pt(p, dob, [("JHN", hid)], None, a))


def _au_epcr(c: Ctx) -> Note:
    """Ambulance electronic patient healthcare record with timings and obs table (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"))
    dob, age = c.dob(60, 99)
    o1, o2 = c.staff("en_AU"), c.staff("en_AU")
    nb = c.person(c.origin("au"), "F")
    inc = f"E{c.today.strftime('%y%m%d')}-{c.num('####')}"
    h = c.r.randint(6, 20)
    b.t("PATIENT HEALTHCARE RECORD (ePCR)\nIncident no: ").p("ID", inc).t("   Case: ")
    b.p("ID", c.num("#######"))
    b.t("   Date: ").p("DATE", _fd(c.today, "dmY")).t("\nCrew: ").p("NAME", o1.full).t(" (")
    b.p("ID", c.num("#####"))
    b.t(") / ").p("NAME", o2.full).t(" (").p("ID", c.num("#####")).t(")   Monitor s/n ")
    b.p("ID", c.num("CP3-######"))
    b.t(f"\nTimes: call {h:02d}12 | at scene {h:02d}26 | depart {h:02d}51 | ")
    b.t(f"at hospital {h + 1:02d}07\n")
    b.t("Scene: ")
    _wa(b, a).t(" (private residence)\nPatient: ").p("NAME", p.full).t("   DOB ")
    b.p("DATE", _fd(dob, "dmY"))
    b.t(" (")
    _age(b, age).t(f"{'M' if p.sex == 'M' else 'F'})\n\nFound on kitchen floor by neighbour ")
    b.p("NAME", nb.first)
    b.t(" who has a key. Down ~").c("6 hours").t(". Pain L hip, no head strike. Hx: AF, T2DM.\n\n")
    b.t("Time | HR  | BP      | RR | SpO2    | GCS | Pain\n")
    for k in range(3):
        b.t(f"{h:02d}{28 + 9 * k} | ").c(f"{c.r.randint(84, 120)}").t(" | ").c(c.bp(95, 160))
        b.t("  | ")
        b.c(f"{c.r.randint(16, 24)}").t(" | ").c(f"{c.r.randint(91, 97)}% RA").t(" | ").c("14")
        b.t("  | ")
        b.c(f"{8 - 2 * k}/10").t("\n")
    b.t("\nMx: ").c("methoxyflurane 3 mL inhaled").t(", ").c("fentanyl 50 mcg IN").t(" x2, ")
    b.c(f"BGL {c.r.uniform(6, 14):.1f}").t(". Handover to triage RN ")
    b.p("NAME", c.staff("en_AU", "F").first)
    b.t(". Record synced from tablet ").p("IP", c.ip()).t(".\n")
    return b.build(_pt(p, dob, [("MR", c.num("########"))], None, a))


def _us_ems_pcr(c: Ctx) -> Note:
    """EMS patient care report narrative, fall at home, full SSN from the facesheet (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"), c.pick("FM"))
    dob, age = c.dob(70, 99)
    dau = c.person(p.origin, "F")
    m1, m2 = c.staff("en_US"), c.staff("en_US")
    ssn, unit = c.ssn(), c.r.randint(2, 40)
    b.t("PATIENT CARE REPORT   Incident #").p("ID", f"{c.today.year}-{c.num('00####')}")
    b.t(f"   Unit: Medic {unit}\n")
    b.t("Dispatched: ").p("DATE", _fd(c.today, "mdY"))
    b.t(f" {c.hm(lo=0, hi=23)} - fall, possible injury\nLocation: ")
    _wa(b, a, st=", ").t(" (residence)\nPt: ").p("NAME", f"{p.last.upper()}, {p.first.upper()}")
    b.t("   DOB ")
    b.p("DATE", _fd(dob, "dbY")).t("   Age ")
    _age(b, age).t("   SSN ").p("SSN", ssn).t("\n\nNARRATIVE: Medic ")
    b.t(f"{unit} dispatched to above for a ")
    _age(b, age).t(f" y/o {'female' if p.sex == 'F' else 'male'} who fell from standing. Daughter ")
    b.p("NAME", dau.full)
    b.t(" on scene, states pt was trying to reach the bathroom at night. Pt A&Ox3, ")
    b.c("GCS 15").t(", c/o R wrist pain, deformity noted. Denies LOC; takes ").c("Eliquis 5 mg BID")
    b.t(".\n")
    b.t("Vitals: ").c(f"BP {c.bp(110, 170)}").t(", ").c(f"HR {c.r.randint(66, 104)}").t(", ")
    b.c("RR 18")
    b.t(", ").c(f"SpO2 {c.r.randint(93, 99)}%").t(", ").c(f"BGL {c.r.randint(90, 180)}").t(".\n")
    b.t("Tx: SAM splint, ice, ").c("fentanyl 50 mcg IV").t(". Transported non-emergent; daughter ")
    b.t("following by car, cell ").p("PHONE", _us_ph(c, a.tel)).t(".\nCrew: ").p("NAME", m1.full)
    b.t(" (Paramedic #").p("ID", c.num("######")).t("), ").p("NAME", m2.full).t(" (EMT #")
    b.p("ID", c.num("######"))
    b.t(")\n")
    return b.build(_pt(p, dob, [("MR", c.num("########")), ("SS", ssn)], None, a))


def _uk_police_request(c: Ctx) -> Note:
    """Police request for a patient's records and the IG team's response note (England)."""
    b = NoteBuilder()
    p = c.person(c.origin("uk"))
    dob, _ = c.dob(18, 70)
    dc, cg, ig = c.staff("en_GB"), c.staff("en_GB"), c.staff("en_GB", "F")
    a = _addr_uk(c)
    att = c.before(5, 30)
    force = c.pick(("thamesvalley.police.uk", "kent.police.uk", "westyorkshire.police.uk"))
    sent = c.before(0, 2)
    b.t("From: DC ").p("ID", c.num("####")).t(" ").p("NAME", dc.full).t(" <")
    b.p("EMAIL", c.email(dc, force))
    b.t(f">\nSent: {_WD[sent.weekday()]} ").p("DATE", _fd(sent, "d B Y")).t(f" {c.hm()}\n")
    b.t("To: Information Governance\nSubject: Crime ref ").p("ID", c.num("##/#####/##")).t(" - ")
    b.p("NAME", p.full)
    b.t("\n\nGood morning,\nI am investigating an assault that took place outside ")
    _wa(b, a).t(" on ").p("DATE", _fd(att, "dth B Y")).t(". The victim, ").p("NAME", p.full)
    b.t(" (DOB ")
    b.p("DATE", _fd(dob, "dmY"))
    b.t("), attended your ED that evening. I have attached signed consent and ")
    b.t("request a copy of the ED record and any imaging reports. Please call me on ")
    b.p("PHONE", _ph(c, "uk_mob"))
    b.t(" or the office ").p("PHONE", c.num("101 ext ####"))
    b.t(".\n\n--- IG note ---\nConsent form checked ")
    b.t("(signature matches). Caldicott Guardian ").p("NAME", cg.full).t(" approved ")
    b.p("DATE", _fd(c.today, "dmy"))
    b.t(". Disclosed: ED card, CT head report (").c("no acute intracranial abnormality").t(").\n")
    b.t("Sent via egress. ").p("NAME", c.ini(ig)).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("RX#####"))], None, a))


def _au_coroner_report(c: Ctx) -> Note:
    """Medical practitioner's report of a reportable death to the coroner (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"))
    dob, age = c.dob(80, 101)
    son = c.person(p.origin, "M", last=p.last)
    doc, rn, pol = c.staff("en_AU"), c.staff("en_AU", "F"), c.staff("en_AU")
    fall = c.before(6, 20)
    b.t("REPORT OF DEATH TO THE CORONER - medical practitioner\nDeceased: ").p("NAME", p.full)
    b.t("   DOB ").p("DATE", _fd(dob, "dmY")).t("   Age ")
    _age(b, age).t("   UR ").p("ID", c.num("#######")).t("\nUsual residence: ")
    _wa(b, a).t("\nDate/time of death: ").p("DATE", _fd(c.today, "dmY"))
    b.t(f" at {c.hm('0', 0, 23)} on ")
    b.t(c.pick(("Ward 4B", "Ward 6 North", "the Geriatric Evaluation unit")))
    b.t("; life extinct verified by RN ")
    b.p("NAME", rn.full).t(".\nReason reportable: death following a fall - ").c("fractured NOF")
    b.t(" after a fall at home on ").p("DATE", _fd(fall, "d b Y")).t(", hemiarthroplasty ")
    b.p("DATE", _fd(fall + timedelta(days=1), "dm"))
    b.t(", then ").c("hospital-acquired pneumonia").t(".\nCoroner's case no: ")
    b.p("ID", f"COR {c.today.year} {c.num('00####')}")
    b.t("   Police event no: ").p("ID", c.num("E#########")).t(" (Sen Const ").p("NAME", pol.last)
    b.t(")\n")
    b.t("NOK: son ").p("NAME", son.full).t(", ").p("PHONE", _ph(c, "au_mob"))
    b.t(" - informed by phone, aware of referral.\n")
    b.t("Reported by Dr ").p("NAME", doc.full).t(" (").p("ID", c.num("MED000#######")).t("), ph ")
    b.p("PHONE", c.num(a.tel))
    b.t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], None, a))


def _za_aps_disability(c: Ctx) -> Note:
    """Attending physician's statement for a disability-income claim (South Africa)."""
    b, a = NoteBuilder(), _addr_za(c)
    p = c.person(c.origin("za"))
    dob, _ = c.dob(30, 62)
    doc, sa = c.person(c.origin("za")), c.sa_id(dob, p.sex)
    first, off = c.before(120, 300), c.before(30, 90)
    b.t("ATTENDING PHYSICIAN'S STATEMENT - Disability Income Claim\nInsured life: ")
    b.p("NAME", p.full)
    b.t("   ID number: ").p("ID", sa).t("\nPolicy no: ").p("ID", c.num("#########"))
    b.t("   Medical aid: ")
    b.t(c.pick(("Discovery Health", "Bonitas", "GEMS", "Momentum Health"))).t(" no. ")
    b.p("ID", c.num("#########"))
    job = c.pick(("bus driver", "teacher", "warehouse supervisor", "nurse"))
    b.t(f"\nOccupation: {job}   Employer: ")
    b.t(c.pick(_ZA_EMP)).t("\nFirst consultation for this condition: ")
    b.p("DATE", _fd(first, "D B Y"))
    b.t("\nLast consultation: ").p("DATE", _fd(c.before(0, 10), "Ymd/"))
    b.t("\n\nDiagnosis: lumbar disc ")
    b.t("prolapse ").c("L4/5").t(" with L5 radiculopathy (MRI ")
    b.p("DATE", _fd(first + timedelta(days=20), "dmY")).t(").\n")
    b.t("Treatment: ").c("pregabalin 75 mg bd").t(", ").c("tramadol 50 mg 6-hourly prn")
    b.t(", physiotherapy; ")
    b.t("microdiscectomy planned.\nUnable to work from ").p("DATE", _fd(off, "dmY"))
    b.t("; expected return ")
    b.p("DATE", _fd(c.after(60, 120), "B Y")).t(".\n\nDr ").p("NAME", doc.full).t(", practice no. ")
    b.p("ID", c.num("#######")).t("\n")
    da = _addr_za(c)
    _wa(b, da, pc=", ").t("\nTel ").p("PHONE", c.num(da.tel)).t("  e-mail ")
    b.p("EMAIL", c.email(doc, "mweb.co.za"))
    b.t("\n")
    return b.build(_pt(p, dob, [("NI", sa)], None, a))


def _us_guardianship_cert(c: Ctx) -> Note:
    """Court medical certificate for a guardianship petition (Massachusetts probate court)."""
    b, a = NoteBuilder(), _addr_us(c)
    a.state = "MA"
    a.sub, a.pc = c.pick((("Worcester", "01605"), ("Fitchburg", "01420"), ("Framingham", "01702")))
    p = c.person(c.origin("us"))
    dob, age = c.dob(78, 99)
    niece = c.person(c.origin("us"), "F")
    doc, ex = c.staff("en_US"), c.before(2, 20)
    mi = c.pick("ABCDEFGJLMRT")
    b.t("MEDICAL CERTIFICATE - Guardianship / Conservatorship\nDocket No.: ")
    b.p("ID", f"WO{c.today.year % 100}P{c.num('####')}GD").t("\nRespondent: ")
    b.p("NAME", f"{p.first} {mi}. {p.last}")
    b.t("   DOB ").p("DATE", _fd(dob, "mdY")).t("   Age ")
    _age(b, age).t("\nResidence: ")
    _wa(b, a, st=", ")
    b.t(f"; currently at {c.pick(('Life Care Center', 'Notre Dame Long Term Care'))}\n")
    b.t("Petitioner: ").p("NAME", niece.full).t(" (niece), ").p("PHONE", _us_ph(c, "508")).t("\n")
    b.t("Date of examination: ").p("DATE", _fd(ex, "B dth, Y")).t(" (within 30 days of filing)\n\n")
    b.t("Clinical findings: Alzheimer's disease, moderate-severe. ").c("MoCA 8/30").t(" (")
    b.c("MMSE 12/30")
    b.t(" on ").p("DATE", _fd(ex - timedelta(days=200), "mdy"))
    b.t("). Unable to describe finances or ")
    late = "her late husband" if p.sex == "F" else "his late wife"
    b.t(f"medications; believes {late} is at work. Requires assist with all IADLs.\n")
    b.t("Medications: ").c("donepezil 10 mg daily").t(", ").c("memantine 10 mg BID").t(", ")
    b.c("sertraline 50 mg daily").t(". Not expected to improve.\n\nI, ").p("NAME", doc.full)
    b.t(", MD, license #").p("ID", c.num("2####"))
    b.t(", examined the respondent on the date above.\n")
    b.t("Signed ").p("DATE", _fd(c.today, "mdY1")).t("   Tel ").p("PHONE", _us_ph(c, "508")).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], None, a))


def _au_interpreter_booking(c: Ctx) -> Note:
    """Interpreter booking confirmation for an outpatient appointment (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    org = c.pick(("arabic", "somali", "punjabi", "tamil", "filipino"))
    lang = {"arabic": "Arabic (Levantine)", "somali": "Somali", "punjabi": "Punjabi",
            "tamil": "Tamil", "filipino": "Tagalog"}[org]
    p = c.person(org, "F")
    dob, _ = c.dob(28, 82)
    hus = c.person(org, "M", last=p.last if org != "somali" else None)
    intp = c.person(org, "F")
    clerk, appt = c.staff("en_AU", "F"), c.after(3, 20)
    appt += timedelta(days=max(0, 7 - appt.weekday()) if appt.weekday() > 4 else 0)
    vid = c.chance(0.5)
    b.t("INTERPRETER BOOKING CONFIRMATION\nJob no: ").p("ID", c.num("J#######")).t("   Booked by: ")
    b.p("NAME", clerk.full).t(" (").p("PHONE", c.num(a.tel + " ext ###").replace(" ext", ", ext"))
    b.t(") on ")
    b.p("DATE", _fd(c.today, "dmY"))
    b.t(f"\nLanguage: {lang}   Mode: {'video' if vid else 'on-site'}\n")
    b.t(f"Appointment: {_WD[appt.weekday()][:3]} ").p("DATE", _fd(appt, "d b Y"))
    b.t(" 0930-1030, Diabetes ")
    b.t("Clinic, Level 2, Outpatients\nPatient: ").p("NAME", p.full).t("   UR ")
    b.p("ID", c.num("#######"))
    b.t("   DOB ").p("DATE", _fd(dob, "dmY")).t("   Ph ").p("PHONE", _ph(c, "au_mob")).t("\n")
    b.t("Interpreter: ").p("NAME", intp.full).t("   NAATI CPN ").p("ID", c.num("CPN#@@@#@")).t("\n")
    if vid:
        b.t("Join link: ").p("URL", f"https://vcc.healthdirect.org.au/call/{c.num('####-#####')}")
        b.t("\n")
    b.t("Notes: prefers female interpreter; husband ").p("NAME", hus.first)
    b.t(" usually attends but is not to interpret. Bring BGL diary (").c("HbA1c 9.1%").t(").\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], None, a))


def _ca_results_letter(c: Ctx) -> Note:
    """Family-practice letter to the patient about routine blood results (Canada)."""
    b = NoteBuilder()
    a = _addr_ca(c, c.pick(("BC", "NS", "SK", "ON")))
    p = c.person(c.origin("ca"), "F")
    dob, _ = c.dob(40, 85)
    doc, moa = c.staff("en_CA"), c.staff("en_CA", "F")
    drawn = c.before(7, 20)
    b.p("DATE", _fd(c.today, "B d, Y")).t(f"\n\n{p.title} ").p("NAME", p.full).t("\n")
    b.p("ADDRESS", a.line)
    b.t("\n").p("ADDRESS", a.sub).t(f" {a.state}  ").p("ZIP", a.pc).t(f"\n\nDear {p.title} ")
    b.p("NAME", p.last)
    b.t(",\n\nYour blood tests from ").p("DATE", _fd(drawn, "B d"))
    b.t(" are back. Most are normal. ")
    b.t("Your ").c(f"HbA1c is {c.r.uniform(6.5, 7.4):.1f}%")
    b.t(", slightly higher than last time, and your ")
    b.c(f"LDL cholesterol is {c.r.uniform(2.6, 3.9):.1f} mmol/L").t(". Your kidney function (")
    b.c(f"eGFR {c.r.randint(55, 80)}").t(") is stable.\n\nDr. ").p("NAME", doc.last)
    b.t(" would like to increase your ").c("metformin to 1000 mg twice daily").t(" and start ")
    b.c("rosuvastatin 10 mg daily").t(". Please book a visit in about ").c("3 months").t(".\n\n")
    b.t("You can see your results online at ").p("URL", c.pick((
        "https://myhealth.medinet.ca", "https://www.mycarecompass.lifelabs.com",
        f"https://portal.ocean-md.ca/r/{c.num('@#@#@#@#')}"))).t(" or call us at ")
    b.p("PHONE", _us_ph(c, a.tel)).t(".\n\nHealth card: ").p("ID", c.num("#### ### ###"))
    b.t("\n\nSincerely,\n")
    b.p("NAME", moa.first).t(" on behalf of Dr. ").p("NAME", doc.full).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("######"))], None, a))


def _sg_sms_reminder(c: Ctx) -> Note:
    """Outpatient SMS reminder and the patient's reply (Singapore)."""
    b = NoteBuilder()
    p = c.person(c.origin("sg"), "F")
    dob, age = c.dob(55, 92)
    son = c.person(p.origin, "M", last=p.last)
    appt, sent = c.after(2, 6), c.today
    hon = "Mdm" if p.sex == "F" else "Mr"
    b.t("[SMS out] ").p("DATE", _fd(sent, "d-b-y")).t(" 09:00  To: ").p("PHONE", _ph(c, "sg_mob"))
    b.t(f"\nDear {hon} ").p("NAME", p.full.upper() if c.chance(0.5) else p.full)
    b.t(", reminder of your ")
    b.t("Endocrine appt on ").p("DATE", _fd(appt, "d b Y"))
    b.t(f" ({_WD[appt.weekday()][:3]}) 10.40am, Clinic ")
    b.t("B, Level 3. Pls fast 10 hrs for blood test. To reschedule: ")
    b.p("URL", f"https://for.sg/appt-{c.num('@#@#@#').lower()}").t(" or call ")
    b.p("PHONE", c.num("6321 4###"))
    b.t(". Reply Y to confirm.\n[SMS in] ").p("DATE", _fd(sent, "dmY")).t(" 09:47\nY. my son ")
    b.p("NAME", son.first.split()[0].lower() if c.chance(0.3) else son.first)
    b.t(" will bring me. his hp ")
    b.p("PHONE", _ph(c, "sg_mob")).t("\n[Note] Appt confirmed by ")
    b.p("NAME", c.staff("en_IN", "F").first)
    b.t(" (PSA). Pt aged ")
    _age(b, age).t(", on ").c("insulin glargine 18 units ON")
    b.t(" - advised to take half dose the night before.\n")
    return b.build(_pt(p, dob, [("MR", c.num("S#######@"))], None, None))


def _in_appt_confirmation(c: Ctx) -> Note:
    """Hospital appointment confirmation sent by WhatsApp, UHID, masked Aadhaar (India)."""
    b, a = NoteBuilder(), _addr_in(c)
    org = "punjabi" if a.city in ("Ludhiana", "Amritsar") else c.pick(("tamil", "tamil", "hindi"))
    p = c.person(org)
    dob, _ = c.dob(35, 80)
    doc = c.person(c.pick((org, "hindi")))
    appt = c.after(2, 10)
    b.t("Appointment Confirmation\nDear ").t("Mr. " if p.sex == "M" else "Mrs. ").p("NAME", p.full)
    b.t(",\nUHID: ").p("ID", c.num("@@@.#######")).t("\nYour appointment with Dr. ")
    b.p("NAME", doc.full)
    b.t(" (Cardiology) is confirmed for ").p("DATE", _fd(appt, "dmY-"))
    b.t(" at 11:15 AM, OPD Block 2.\n")
    b.t("Please carry previous reports (ECHO dated ").p("DATE", _fd(c.before(60, 200), "dmY."))
    b.t(", TMT, ")
    b.c("lipid profile").t(") and current medicines (").c("Ecosprin 75 mg").t(", ")
    b.c("Metoprolol XL 25 mg").t(").\n")
    b.t("Aadhaar: XXXX XXXX ").p("ID", c.num("####")).t("   ABHA: ")
    b.p("ID", c.num("##-####-####-####")).t("\n")
    b.t("Registered address: ")
    _wa(b, a, pc=" - ").t("\nFor queries call ").p("PHONE", c.num(a.tel)).t(" / WhatsApp ")
    b.p("PHONE", _ph(c, "in_mob"))
    b.t("\nManage booking: ")
    b.p("URL", f"https://appointments.example-hospitals.in/m/{c.num('#######')}").t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], None, a))


def _us_ocr_registration(c: Ctx) -> Note:
    """Scanned registration form as OCR text: caps headers, 'l' for '1', broken lines (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"))
    dob, _ = c.dob(25, 95)
    ec = c.person(c.origin("us"), c.pick("FM"))
    ssn, mbi = c.ssn(), c.mbi()
    o = lambda s: _ocr(c.r, s)
    b.t("[Scanned document - OCR]\nPATlENT REGlSTRATlON F0RM            Page l of 2\n")
    b.t("LAST NAME: ").p("NAME", p.last.upper()).t("      FIRST: ").p("NAME", p.first.upper())
    b.t("    Ml:\n")
    b.t("DOB: ").p("DATE", o(_fd(dob, "mdY"))).t("   SEX: ").t(p.sex).t("   SSN: ").p("SSN", o(ssn))
    b.t("\n")
    b.t("ADDRESS: ").p("ADDRESS", a.line.upper()).t("\nCITY:  ").p("ADDRESS", a.sub.upper())
    b.t("    STATE: ")
    b.t(a.state or "").t("   ZlP: ").p("ZIP", o(a.pc)).t("\nHOME PH: ")
    b.p("PHONE", o(_us_ph(c, a.tel)))
    b.t("   CELL:\nEMAlL: ").p("EMAIL", c.email(p, c.pick(("gmail.com", "yahoo.com", "aol.com"))))
    b.t("\nEMPLOYER: Retired\nEMERGENCY C0NTACT: ").p("NAME", ec.full.upper()).t("\n   RELATl0N: ")
    b.t(c.pick(("DAUGHTER", "SON", "NEIGHBOR", "SPOUSE"))).t("   PH: ")
    b.p("PHONE", o(_us_ph(c, a.tel)))
    b.t("\nlNSURANCE: Medicare   lD# ").p("ID", mbi).t("\n   SECONDARY: AARP Supplemental  ID ")
    b.p("ID", c.num("#########-#")).t("\nREASON F0R VlSlT: new pt - knee pain\nSlGNATURE: ")
    b.t("__________   DATE: ").p("DATE", o(_fd(c.today, "mdy"))).t("\n[scan station ")
    b.p("IP", c.ip())
    b.t(" / scanned ").p("DATE", _fd(c.today, "Ymd")).t("]\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######")), ("SS", ssn)], None, a))


def _uk_ocr_fax_2ww(c: Ctx) -> Note:
    """Faxed two-week-wait lower-GI referral as OCR text with tabs and odd spacing (England)."""
    b, a = NoteBuilder(), _addr_uk(c)
    p = c.person(c.origin("uk"))
    dob, _ = c.dob(50, 92)
    gp, nhs = c.staff("en_GB"), c.nhs()
    o = lambda s: _ocr(c.r, s, 0.3)
    d = c.today
    b.p("DATE", _fd(d, "dmY")).t(f" {c.hm()}  FROM: ").p("PHONE", c.num(a.tel)).t("   ")
    b.t(c.pick(("Orchard Medical Centre", "The Surgery", "Parkside Health"))).t("   P.OO1/OO3\n")
    b.t("URGENT  SUSPECTED  CANCER  REFERRAL  -  LOWER  GI\n")
    b.t("Patient name\t").p("NAME", p.full).t("\tNHS no.\t").p("ID", o(nhs)).t("\n")
    b.t("D.O.B\t\t").p("DATE", o(_fd(dob, "dmY").replace("/", " / "))).t("\tGender\t").t(p.sex)
    b.t("\n")
    b.t("Address\t\t").p("ADDRESS", a.line).t("\n\t\t").p("ADDRESS", a.sub).t("  ").p("ZIP", a.pc)
    b.t("\n")
    b.t("Tel (home)\t").p("PHONE", o(c.num(a.tel))).t("\tMobile\t").p("PHONE", o(_ph(c, "uk_mob")))
    b.t("\n")
    b.t("Interpreter?\tNo\n\nSymptoms:  change in bowel habit to looser stool > ").c("6 weeks")
    b.t(", ")
    b.t("weight loss ").c("5 kg").t(".\n").c("FIT 134 ug Hb/g").t(" (")
    b.p("DATE", o(_fd(c.before(7, 20), "dmy")))
    b.t(")   ").c("Hb 98 g/L").t("   ").c("ferritin 9 ug/L").t("   ").c("MCV 74").t("\n")
    b.t("WHO performance status ").c("1")
    b.t(". Anticoagulant: none. Able to tolerate bowel prep: yes.\n")
    b.t("Referring GP\tDr ").p("NAME", gp.full).t("\tGMC ").p("ID", o(c.num("#######"))).t("\n")
    return b.build(_pt(p, dob, [("MR", nhs.replace(" ", ""))], None, a))


def _nz_gp_video(c: Ctx) -> Note:
    """GP video consultation for a diabetes review with whānau present (New Zealand)."""
    b, a = NoteBuilder(), _addr_nz(c)
    p = c.person(c.pick(("maori", "samoan", "punjabi", "anglo")))
    dob, age = c.dob(38, 74)
    whanau = c.person(p.origin, c.pick("FM"), last=p.last)
    gp, dsn = c.staff("en_NZ"), c.person("maori", "F")
    nhi, hba = c.nhi(), c.r.randint(64, 92)
    b.t("Video consult - pt at home   ").p("DATE", _fd(c.today, "d/b/Y")).t(f" {c.hm()}\n")
    b.t("Session ").p("ID", c.num("########")).t(" - patient joined from ").p("IP", c.ip(False))
    b.t("; identity checked (name, DOB ").p("DATE", _fd(dob, "dmY")).t(", NHI ").p("ID", nhi)
    b.t(").\n")
    b.t("Present: ").p("NAME", p.first)
    b.t(f" ({age}) and {'daughter' if whanau.sex == 'F' else 'son'} ")
    b.p("NAME", whanau.first).t(".\n\nS: diabetes review. Misses evening ").c("metformin")
    b.t(" on night shifts. ")
    b.t("No hypos. Some tingling in feet.\nO: home ").c(f"BP {c.bp(128, 164)}").t(" (own cuff), ")
    b.c(f"wt {c.r.randint(88, 131)} kg").t(". ").c(f"HbA1c {hba} mmol/mol").t(" (")
    b.p("DATE", _fd(c.before(5, 20), "dmy."))
    b.t("), ").c(f"ACR {c.r.uniform(3, 30):.1f} mg/mmol").t(", ").c(f"eGFR {c.r.randint(50, 88)}")
    b.t(".\n")
    b.t("A: T2DM, suboptimal control, early nephropathy.\nP: ").c("metformin 1 g BD")
    b.t(" with meals, add ")
    b.c("empagliflozin 25 mg mane").t(" (Special Authority approved), start ")
    b.c("losartan 25 mg daily")
    b.t(". Refer DNS ").p("NAME", dsn.first).t(" + Green Prescription. Podiatry. Bloods ").c("3/12")
    b.t(".\n")
    b.t("Script to pharmacy via NZePS; ").p("NAME", whanau.first).t(" to collect. Address check: ")
    _wa(b, a).t(". ").p("NAME", c.ini(gp)).t("\n")
    return b.build(_pt(p, dob, [("MR", nhi)], None, a))


def _ie_gp_phone(c: Ctx) -> Note:
    """GP telephone consultation with an older patient's daughter, PHN visit (Ireland)."""
    b, a = NoteBuilder(), _addr_ie(c)
    p = c.person(c.origin("ie"), "F")
    dob, age = c.dob(80, 99)
    dau = c.person(p.origin, "F", last=p.last if c.chance(0.4) else None)
    gp, phn = c.staff("en_IE"), c.staff("en_IE", "F")
    gms = c.num("#######@")
    b.t("Telephone consultation  ").p("DATE", _fd(c.today, "dmY")).t(f" {c.hm()}  - Dr ")
    b.p("NAME", gp.il).t("\nPatient: ").p("NAME", p.full).t(" (")
    _age(b, age).t("), GMS card ").p("ID", gms).t(", PPSN ").p("ID", c.ppsn()).t("\n")
    b.t("Spoke with daughter ").p("NAME", dau.full).t(" (verbal consent from ").p("NAME", p.first)
    b.t(" documented), ").p("PHONE", _ph(c, "ie_mob")).t("\n\n")
    b.t("Mam more confused since Sunday, frequency and dysuria, temp ").c("37.9").t(" last night. ")
    b.t("Eating and drinking. No falls. Dipstick done by ").p("NAME", dau.first).t(": ")
    b.c("nitrites +")
    b.t(", ").c("leucs ++").t(".\nKnown CKD (").c(f"eGFR {c.r.randint(32, 44)}").t(" on the ")
    b.p("DATE", _fd(c.before(30, 120), "dth of B Y")).t(").\nPlan: ")
    b.c("nitrofurantoin MR 100 mg BD x 5/7")
    b.t(" sent to pharmacy by Healthmail; MSU to surgery tomorrow; safety-net advice given.\n")
    b.t("PHN ").p("NAME", phn.first).t(" (").p("PHONE", c.num(a.tel)).t(") to visit ")
    b.p("DATE", _fd(c.after(1, 2), "d b")).t(" - home: ")
    _wa(b, a, st=", ", pc=", ").t(".\n")
    return b.build(_pt(p, dob, [("MR", c.num("######")), ("NI", gms)], None, a))


def _us_home_health_snv(c: Ctx) -> Note:
    """Home-health skilled nursing visit with INR call to the doctor's office (US)."""
    b, a = NoteBuilder(), _addr_us(c)
    p = c.person(c.origin("us"))
    dob, _ = c.dob(70, 98)
    sp = c.person(p.origin, "F" if p.sex == "M" else "M", last=p.last)
    rn, doc, onurse = c.staff("en_US", "F"), c.staff("en_US"), c.staff("en_US", "F")
    mrn, ssn = c.num("HH######"), c.ssn()
    inr = c.r.uniform(3.3, 4.4)
    b.t("SKILLED NURSING VISIT NOTE\nPt: ").p("NAME", p.full).t("   MRN ").p("ID", mrn)
    b.t("   SSN ***-**-")
    b.p("SSN", ssn[-4:]).t("\nVisit ").p("DATE", _fd(c.today, "mdY"))
    b.t("  time in 0915 / out 1010\n")
    b.t("Address: ")
    _wa(b, a, st=", ").t("\nHomebound: SOB walking > 20 ft, needs walker + assist of 1.\n")
    b.t("Caregiver: spouse ").p("NAME", sp.first).t(" (")
    _age(b, sp_age := c.r.randint(75, 96))
    b.t(f") - {'able' if sp_age < 90 else 'limited, son helps'}.\n")
    b.t("V/S: ").c(f"BP {c.bp(104, 150)}").t(", ").c(f"HR {c.r.randint(60, 96)}").t(", ").c("RR 18")
    b.t(", ")
    b.c(f"SpO2 {c.r.randint(91, 97)}% RA").t(", wt ").c(f"{c.r.randint(140, 210)} lb").t(" (up ")
    b.c("3 lb")
    b.t(").\nPOC ").c(f"INR {inr:.1f}").t(" on ").c("warfarin 5 mg daily").t(". Called Dr. ")
    b.p("NAME", doc.last)
    b.t("'s office ").p("PHONE", _us_ph(c, a.tel)).t(", spoke with ").p("NAME", onurse.first)
    b.t(", RN: hold tonight's dose, then ").c("2.5 mg").t(" daily, recheck ")
    b.p("DATE", _fd(c.after(3, 5), "md")).t(".\n")
    b.t("Teaching: low-sodium diet, daily weights; ").c("furosemide 40 mg")
    b.t(" taken. EVV verified.\n")
    b.t("Next SN visit ").p("DATE", _fd(c.after(2, 4), "mdy")).t(". ").p("NAME", rn.full)
    b.t(", RN\n")
    return b.build(_pt(p, dob, [("MR", mrn), ("SS", ssn)], None, a))


def _au_cn_catheter(c: Ctx) -> Note:
    """Community-nursing home visit for a suprapubic catheter change, elderly carer (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"), "M")
    dob, age = c.dob(62, 97)
    wife = c.person(p.origin, "F", last=p.last)
    nurse = c.staff("en_AU", "F")
    wage = c.r.randint(70, 97)
    b.t("COMMUNITY NURSING - home visit\nClient no: ").p("ID", c.num("C######")).t("   ")
    b.p("NAME", p.lf).t("   DOB ").p("DATE", _fd(dob, "d-b-Y")).t(" (")
    _age(b, age).t(")\nAddress: ")
    _wa(b, a).t("   Ph ").p("PHONE", c.num(a.tel)).t("\nCarer: wife ").p("NAME", wife.first)
    b.t(" (").t("aged ")
    _age(b, wage).t("), GP Dr ").p("NAME", c.staff("en_AU").last).t("\n\n")
    b.t("SPC change (due ").p("DATE", _fd(c.today, "dmy")).t("): ").c("16Fr silicone").t(", ")
    b.c("10 mL").t(" water balloon; old catheter encrusted at tip. Site clean, no granulation. ")
    b.t("Drained ").c("350 mL").t(" clear urine. Night bag + leg bag supplied (").t("Bard")
    b.t(").\n")
    b.t("Obs: ").c("T 36.7").t(", ").c(f"BP {c.bp()}").t(". Fluid intake ~").c("1.2 L/day")
    b.t(" - encouraged ").c("2 L").t(".\n")
    b.t("Next change due ").p("DATE", _fd(c.today + timedelta(days=42), "dmy")).t(" (").c("6/52")
    b.t("). ")
    b.p("NAME", wife.first).t(" knows to ring ").p("PHONE", c.num("1300 ### ###"))
    b.t(" if blocked.\n")
    b.p("NAME", f"{nurse.first} {nurse.last[0]}").t(" RN\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######"))], None, a))


def _au_daa_fax(c: Ctx) -> Note:
    """Community pharmacy fax to the GP querying dose-administration-aid changes (Australia)."""
    b, a = NoteBuilder(), _addr_au(c)
    p = c.person(c.origin("au"))
    dob, age = c.dob(66, 96)
    gp, ph = c.staff("en_AU"), c.staff("en_AU")
    dc = c.before(2, 6)
    b.t("FAX   To: Dr ").p("NAME", gp.full).t("   Fax ").p("PHONE", c.num(a.tel)).t("\nFrom: ")
    b.t(c.pick(("Capital Chemist", "Discount Drug Stores", "Pharmacy 777"))).t("   Ph ")
    b.p("PHONE", c.num(a.tel))
    b.t("   Pages: 2\nDate: ").p("DATE", _fd(c.today, "dmY")).t("\n\nRe: ").p("NAME", p.full)
    b.t("   DOB ")
    b.p("DATE", _fd(dob, "dmY")).t(" (")
    _age(b, age).t(")\n    ")
    _wa(b, a).t("\n\nWebster-pak query - discharge summary dated ").p("DATE", _fd(dc, "d/b/Y"))
    b.t(" lists changes that differ from your last script:\n  - ").c("metoprolol 47.5 mg daily")
    b.t(" (was ").c("23.75 mg").t(")\n  - ").c("furosemide 40 mg mane").t(" (was ").c("20 mg")
    b.t(")\n  - ")
    b.c("digoxin 62.5 mcg")
    b.t(" CEASED? (still on your list)\nPlease confirm current regimen so we can ")
    b.t("repack from ").p("DATE", _fd(c.after(1, 4), "d b")).t(". Daughter ")
    b.p("NAME", c.person(p.origin, "F").first)
    b.t(" collects packs.\n\nPharmacist: ").p("NAME", ph.full).t("  ")
    b.p("ID", c.num("PHA000#######"))
    b.t("\nSent from fax server ").p("IP", c.ip()).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("######"))], None, a))


def _ie_cervicalcheck_letter(c: Ctx) -> Note:
    """Cervical screening results letter to the woman (Ireland)."""
    b, a = NoteBuilder(), _addr_ie(c)
    p = c.person(c.origin("ie"), "F")
    dob, _ = c.dob(25, 64)
    taker = c.staff("en_IE", "F")
    taken = c.before(14, 40)
    b.p("NAME", p.full).t("\n").p("ADDRESS", a.line).t("\n").p("ADDRESS", a.sub).t(f"\n{a.state}\n")
    b.p("ZIP", a.pc).t("\n\nDate: ").p("DATE", _fd(c.today, "d B Y")).t("\nYour CervicalCheck ID: ")
    b.p("ID", c.num("#######")).t("   Date of birth: ").p("DATE", _fd(dob, "dmY")).t("\n\nDear ")
    b.p("NAME", p.first).t(",\n\nThank you for having your cervical screening test on ")
    b.p("DATE", _fd(taken, "dmY"))
    b.t(" with Nurse ").p("NAME", taker.last).t(".\n\nYour result: ").c("HPV not found").t(".\n")
    b.t("This means your risk of developing cervical cancer is very low. We will invite you ")
    b.t("for your next ")
    b.t("test in ").c("5 years").t(" (around ")
    b.p("DATE", _fd(taken + timedelta(days=365 * 5), "B Y")).t(").\n\n")
    b.t("Laboratory reference: ").p("ID", c.num("CC##-######")).t("\nQuestions? Freephone ")
    b.p("PHONE", "1800 45 45 55").t(" or visit ").p("URL", "www2.hse.ie/cervicalcheck").t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("#######")), ("NI", c.ppsn())], None, a))


def _za_art_followup(c: Ctx) -> Note:
    """ART clinic follow-up with folder number and treatment supporter (South Africa)."""
    b, a = NoteBuilder(), _addr_za(c)
    p = c.person(c.pick(("xhosa", "zulu")))
    dob, age = c.dob(22, 66)
    sup = c.person(p.origin, "F")
    sr = c.person(c.pick(("xhosa", "zulu", "afrik")), "F")
    sa = c.sa_id(dob, p.sex)
    start = c.before(400, 2000)
    b.t("ART CLINIC - follow-up  ").p("DATE", _fd(c.today, "dmY")).t("\nFolder no: ")
    b.p("ID", c.num("########"))
    b.t("   ").p("NAME", f"{p.last.upper()} {p.first}").t("   ID ").p("ID", sa).t(f"   Age {age}\n")
    b.t("Address: ")
    _wa(b, a).t("   Cell ").p("PHONE", _ph(c, "za_mob")).t("\nTreatment supporter: ")
    b.p("NAME", sup.first)
    b.t(" (sister) ").p("PHONE", _ph(c, "za_mob")).t("\n\nRegimen: TLD (")
    b.c("tenofovir/lamivudine/dolutegravir 300/300/50 mg")
    b.t(" daily) since ").p("DATE", _fd(start, "Ymd/")).t(".\nVL ")
    b.p("DATE", _fd(c.before(30, 90), "dmY"))
    b.t(": ").c("<50 copies/mL").t("; ").c(f"CD4 {c.r.randint(280, 650)}").t("; ")
    b.c(f"Cr {c.r.randint(60, 95)} umol/L")
    b.t(".\n").c(f"Wt {c.r.randint(52, 88)} kg").t(", ").c(f"BP {c.bp()}")
    b.t(". Adherence good, no side effects. ")
    b.t("TB screen negative.\nPlan: stable - enrolled in CCMDD, collect at pick-up point; ")
    b.c("3/12").t(" script. ")
    b.t("Next VL ").p("DATE", _fd(c.after(150, 200), "B Y")).t(".\nSr ").p("NAME", sr.il).t("\n")
    return b.build(_pt(p, dob, [("MR", c.num("########")), ("NI", sa)], None, a))


def _uk_mash_referral(c: Ctx) -> Note:
    """School nurse's referral of a child to the MASH, parents and siblings named (England)."""
    b, a = NoteBuilder(), _addr_uk(c)
    mum = c.person(c.origin("uk"), "F")
    kid = c.person(mum.origin, c.pick("FM"), last=mum.last, kid=True)
    sib1 = c.person(mum.origin, c.pick("FM"), kid=True)
    sib2 = c.person(mum.origin, c.pick("FM"), kid=True)
    pa = c.person(c.origin("uk"), "M")
    sn = c.staff("en_GB", "F")
    dob = c.today - timedelta(days=c.r.randint(8 * 365, 10 * 365))
    mdob, _ = c.dob(24, 40)
    nhs = c.nhs()
    b.t("MASH REFERRAL - health\nChild: ").p("NAME", kid.full).t("   DOB ")
    b.p("DATE", _fd(dob, "dmY"))
    school = c.pick(("Oakfield", "St Mary's C of E", "Hillside"))
    b.t("   NHS ").p("ID", nhs).t(f"\nSchool: {school} Primary, Year 4\n")
    b.t("Address: ")
    _wa(b, a).t("\nMother: ").p("NAME", mum.full).t(" (DOB ").p("DATE", _fd(mdob, "dmy"))
    b.t(") mob ")
    b.p("PHONE", _ph(c, "uk_mob")).t('\nMother\'s partner: ').p("NAME", pa.first).t(' ("')
    b.p("NAME", c.pick(("Daz", "Tank", "Smiffy")))
    b.t('") - surname not known\nSiblings: ').p("NAME", sib1.first).t(" (6), ")
    b.p("NAME", sib2.first).t(" (2)\n\n")
    b.t("Concern: ").p("NAME", kid.first).t(" disclosed today that ").p("NAME", pa.first)
    b.t(f' "hits mum when he\'s drunk" and that {"she" if kid.sex == "F" else "he"} hid in the ')
    b.t("bathroom with ").p("NAME", sib2.first)
    b.t(". Bruise ").c("3 x 2 cm").t(" L upper arm, explanation inconsistent. Attendance ").c("82%")
    b.t(" this term; ")
    b.t("free school meals; weight ").c("2nd centile")
    b.t(".\nMother not informed (risk of harm). DSL ")
    b.p("NAME", c.staff("en_GB").full).t(" aware.\nReferrer: ").p("NAME", sn.full)
    b.t(", School Nurse, ")
    b.p("EMAIL", c.email(sn, "nhs.net")).t(", ").p("PHONE", c.num("0300 ### ####"))
    b.t("\nDate/time: ")
    b.p("DATE", _fd(c.today, "ddmmyy")).t(f" {c.hm()}\n")
    return b.build(_pt(kid, dob, [("MR", nhs.replace(" ", ""))], None, a))


TEMPLATES: list[Callable[[Ctx], Note]] = [
    _dn_leg_ulcer_log, _au_script_request, _nz_lmc_booking, _us_ob_return, _au_scn_discharge,
    _ca_paeds_endo_letter, _us_wcc_12mo, _uk_amhp_outcome, _nz_crisis_assessment, _ca_form1,
    _au_racf_transfer, _us_hospice_election, _wales_bereavement_call, _uk_dental_referral,
    _au_optom_referral, _uk_oh_sharps, _za_coida_report, _us_wc_letter, _uk_sh_clinic,
    _ca_imms_record, _au_epcr, _us_ems_pcr, _uk_police_request, _au_coroner_report,
    _za_aps_disability, _us_guardianship_cert, _au_interpreter_booking, _ca_results_letter,
    _sg_sms_reminder, _in_appt_confirmation, _us_ocr_registration, _uk_ocr_fax_2ww, _nz_gp_video,
    _ie_gp_phone, _us_home_health_snv, _au_cn_catheter, _au_daa_fax, _ie_cervicalcheck_letter,
    _za_art_followup, _uk_mash_referral,
]


def generate(n: int) -> list[Note]:
    """n deterministic notes; note i uses template i mod len(TEMPLATES) and depends only on i."""
    return [TEMPLATES[i % len(TEMPLATES)](Ctx(i)) for i in range(n)]
