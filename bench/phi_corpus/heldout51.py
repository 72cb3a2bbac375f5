"""HELD-OUT v51 PHI corpus: written independently, before any round-51 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings of heldout48 /
heldout49 / heldout50 were read, to follow their labelling conventions and to avoid their
templates and phrasing, plus a listing of ``bench/`` and ``bench/phi_corpus/``; ruff was run on
this file with the project's configuration; the scrubber was never run on this corpus while it was
written, nor was any of its output looked at). Like v14-v50 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on MEDICAL SPECIALTY CARE
OF PATIENTS ON HIGH-RISK MEDICINES, inpatient and outpatient: renal and haemodialysis units (run
sheets, access, potassium and fluid, PD, transplant work-up), anticoagulation clinics and warfarin /
DOAC reviews, heart failure nursing and cardiology letters (diuretic titration, ARNI / ACE-I / ARB,
MRA, potassium and creatinine checks, device clinics), diabetes and endocrinology (insulin titration,
hypoglycaemia, DKA, HHS, steroid hyperglycaemia, DSN calls), respiratory (COPD with target
saturations 88-92 %, home oxygen, NIV, asthma biologics), stroke (thrombolysis, swallow,
anticoagulation restart), hepatology (variceal bleeding, paracentesis, alcohol withdrawal and
alcohol-associated hepatitis), OPAT and HITH (vancomycin / gentamicin levels), geriatrics
(falls, delirium, deprescribing), pharmacist medicines reviews and GP / community pharmacy
correspondence, in the United Kingdom (12 templates), the United States (10), Canada (6),
Australia (6), Ireland (4), New Zealand (3), India (1), Malaysia (1), Nigeria (1) and South
Africa (1). Note kinds and phrasing differ from v48 - v50. Templates, cycled in order (see
``TEMPLATES``): satellite-unit haemodialysis run sheets ("LAST, First", hospital and spaced NHS
numbers, Mon/Wed/Fri sessions, AVF formation date, pre / post table, spouse's first name and
mobile, PTS pick-up from the daughter's street, town and postcode, needling / checking nurses'
initials, "ext", "Wed 02/04/25") (UK); outpatient HD monthly nephrology notes ("Last, First M",
MRN, MBI with or without dashes, full SSN from the CMS-2728, "placed 4/2024", labs in a pipe
table, renal RD, Medicaid van pick-up at a daughter's street, city, state and ZIP, pager) (US);
Ontario PD clinic notes ("Last, First", OHIP with version code, ISO dates, "Apr 22, 2023"
Tenckhoff insertion, IP vancomycin level, Baxter delivery "w/o" a date to a son's address in
another city, PD RN ext) (ON); advanced kidney care letters to the GP (GP's shop / unit / street
line, suburb, state and postcode, UR, Medicare with check and issue digit, "IRN" left unlabelled,
Lokelma, apixaban dose reduction, vascular surgeon "Mr Last", EPOA child, fax) (AU); renal
transplant assessment letters ("Dr V Last" with the practice street, town and postcode on three
lines, "Mrs First LAST", "12.05.1963", unspaced NHS number, "since August 2023", living donor
spouse's DOB, donor coordinator's nhs.net e-mail and landline, donor reference, sibling's town,
lower-case typist initials) (UK); heart failure clinic letters ("Dear Dr Last", practice street,
town, county and Eircode, medical card number, "9th March 2024", "aged 9x", eplerenone for
K 5.x, ANP) (IE); home haemodialysis and transplant clinics with whānau (NHI with check digit,
unit / street line, suburb, city and postcode, whānau first names, kaiāwhina, sibling donor,
temporary address in another suburb) (NZ); pharmacist-run anticoagulation telephone encounters
(mechanical MVR, "since 2019" unlabelled, missed doses "5/6", enoxaparin bridge, Walgreens street
line, relative interpreting or on a cell, PharmD signature with date and time) (US); warfarin
dosing records (INR table with dates, doses and initials, "Age: 9x", "Started: Aug 2013", "Mrs V
Last" with a nickname in quotes, out-of-hours GP "Dr F. Last", a daughter sometimes with a
married surname)
(UK); community pharmacist prescription adaptations (PharmaNet ISO session time and terminal IP,
BC PHN, "1939/07/10", apixaban dose criteria, prescriber "Dr. F. Last", Rx number, CPBC
registration) (BC); HITH gentamicin visits (Vietnamese names surname first, UR, IHI, key-safe
code, AUC levels, partner's mobile, 3-digit pager) (AU); maintenance haemodialysis records ("S/o"
/ "W/o", UHID, ABHA, "Door No." / "H.No." / flat lines, locality, city, state and PIN, "+91"
mobile, technician "First L", lower-case HIS user name and workstation IP, "27-01-2024") (IN);
heart failure nurse home visits ("2024-11-02 10:30" with the date only labelled, "(9x yrs)",
key safe, HCA first name, "w/c 11/11") (UK); advanced HF letters to the PCP (PCP office suite,
city, state, ZIP and fax, "First M. Last", CardioMEMS serial, spouse's phone, APRN, nurse line
ext) (US); telephone INR management ("29.01.2024", "LAST, First", "Age: 80", street, town,
county and Eircode, spouse's 08x mobile, a town named for a funeral, CNS initials) (IE); heart
function clinics (ULI "12345-6789", "Aug 11, 2024", son interpreting or on a cell) (AB); remote
device checks ("Mrs V Last", "19-May-1945", device serial, ISO transmission time with seconds,
transmission URL, EP SpR, physiologist's initials) (UK); Home Medicines Review reports
(accredited pharmacist's number, "Mrs V Last (LAST, First, prefers "Nick")", Medicare, DVA Gold
Card, ages often >= 90, daughter's mobile) (AU); hypoglycaemia consults (POC glucose table by
"4/30" dates, "9x y/o F", HCPOA daughter, fellow's pager) (US); CPAMS community-pharmacy INR
records (ISO time with seconds, public IP, record URL, NHI, "8 Mar", son's or daughter's mobile)
(NZ); DKA ward notes (FRIII, pasted VBG table, mum's Welsh town and mobile, term-time flat, street,
city and postcode, DSN and FY1 bleeps) (UK); Klinik Kesihatan diabetes clinics ("bin" / "binti" /
"a/l" names, surname-first Chinese names, MyKad number, "No. / Lot ... Jalan" lines, taman,
postcode and city, "+60" next of kin) (MY); HHS admission H&Ps ("Sep. 27, 2024", SNF street,
city and ZIP, "First M. Last" with a nickname, MBI, "SSN (last 4)", POLST date, son's phone)
(US); DSN telephone consultations (interpreter ID, son's name sometimes typed in lower case, CBG
table by "25/03" dates, "Next call Mon 7/4") (UK); COPD outreach home visits (MSI, "Last, First M"
with a nickname, unit-street line, daughter's town, RRT cell) (NS); stroke unit ward rounds
("LAST, First", "9xyo", IHI, IDDSI, DOAC restart date, child flying in from a suburb) (AU); OPAT
vancomycin clinic notes (weekly level table, PICC date, home-health RN, partner's street, city and
ZIP, coordinator's e-mail) (US); respiratory SpR NIV reviews ("LAST, FIRST M", ReSPECT date,
spouse's landline, NIV nurse's first name) (UK); geriatric delirium consults (PPSN, nickname,
"9x yrs", nursing home's town, STOPP/START, care representative's mobile, 3-digit bleep) (IE);
heart failure clinics in Nigeria (LUTH / UCH / UNTH hospital numbers, NHIA number, "No 34,
Airport Road", area, city and postcode, 080x and "+234" phones) (NG); severe asthma clinics
(MyChart e-check-in typed lower-case signature, ISO time, public IP, prior-auth number,
enrollment e-mail, action-plan URL, mother's phone) (US); Welsh home oxygen assessments (Welsh
street names, landline by area code, spouse who smokes, fire-service reference, HOOF order
number, CNS wales.nhs.uk e-mail) (Wales); geriatric falls consults ("LAST, FIRST M", OHIP,
"9x-year-old", neighbour's full name, SIN for a GIS application) (ON); home NIV set-ups
(ResMed serial, AirView URL, patient's personal e-mail, partner's mobile) (AU); paracentesis
procedure notes (MRN and FIN, "abstinent since 3/2024", interpreter ID, PA-C) (US); thrombolysis
proformas ("LAST First", CHI built from the DOB, ISO last-known-well without seconds,
tenecteplase by weight, SAS transfer reference, stroke nurse's first name and initials)
(Scotland); COPD respiratory nurse home visits for Pasifika and Māori patients ("Monday 4th March
2024", NHI, grandchild's mobile, pastor or whānau ora navigator) (NZ); pharmacy admission
medication histories ("9x yo F", CVS street, city, ZIP and phone, Rx numbers, PDMP reference)
(US); OPAT weekly reviews (PPSN, "08.06.1993", sibling as trained back-up, HSE URL, OPAT mailbox,
"+353" mobile) (IE); variceal-bleed / alcohol-withdrawal ward rounds ("Last, First M", NI number
for a DWP form, sister (sometimes with a married surname) and her landline) (UK); Montréal alcohol-associated
hepatitis consults (RAMQ built from the name and DOB, dossier, "DDN 1987/06/30", partner's cell,
"R2" resident) (QC); rheumatic-valve warfarin clinics ("VAN DER MERWE Anri" surname-first, folder
number, 13-digit SA ID from the DOB, street, township, city and postal code, "+27" mother)
(ZA); inpatient steroid-hyperglycaemia reviews (BGL table, NDSS number, CDE health.xx.gov.au
e-mail, endocrine reg pager) (AU); telestroke consults (session URL, spoke-cart private IP, ISO
LKW, spouse's name sometimes lower case, transport RN "CCRN") (US); community pharmacist e-mails
to the GP about lithium and an NSAID (sender's nhs.net e-mail, "Sent: 2 May 2025 11:35", GPhC
number, pharmacy street, town and postcode, practice reply "Dr F. Last") (UK).

Names: curated groups per region, a person's first name and surname taken from one group
(English, Welsh, Scottish, British South Asian and West African; Irish with fadas and Gaelic
surnames that change with sex, "Mac Cárthaigh" / "Nic Cárthaigh", "Ó Ceallaigh" / "Ní
Cheallaigh"; US white, African American, Hispanic and Vietnamese; Québécois, Punjabi, Ukrainian,
Maritime and Chinese Canadian; Anglo, Greek, Italian, Lebanese, Maltese and Vietnamese
Australian; Māori, Tongan / Samoan and Pākehā; South and North Indian; Malay, Chinese Malaysian;
Yoruba and Igbo; Afrikaans, Nguni / Sotho and Cape Malay), about one patient name in five from
Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ (re-seeded per note; word-like and eponymous
names such as Ward, Bell, Foley, Green or Day never drawn), relatives' first names from the
family's group (a son or brother keeps the surname, a daughter or sister may have married), staff
from a mixed international workforce (Filipino, Keralite, Polish, Romanian, Arab, Nigerian and
Ghanaian groups among the local ones). Forms: "First Last", "LAST, First", "Last, First", "Last,
First M", "LAST, FIRST M", "First M. Last", "First LAST", "LAST First", "F. Last", "F Last" after
a title ("Mrs V Last", "Dr A Eapen"), "Mr Last", "First L", "FIRST LAST", "Siti binti Hamzah",
"Muthu a/l Raman"-style names, first names of relatives and staff alone, nicknames and preferred
names in quotes, lower-case typed names and user names, staff initials in upper and lower case.
No staff initials spell a clinical abbreviation, and a note never reuses a first or last name for
unrelated people.

Conventions (same as heldout50): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Sister",
"Pastor", ", RN", ", CCRN", ", RRT", ", RPh", ", PharmD, BCACP", ", PA-C", ", APRN", ", MD,
FRCPC", ", DO", " MRPharmS", "RGN", "(SpR)", "(EP SpR)", "(MO)", "(SR)", "Band 6") are outside NAME
spans; "LAST, First" is one NAME span; a nickname in quotes is its own NAME span (quotes
outside); a possessive "'s" is outside; staff initials are NAME, bracketed ones too ("[SQ]"). A
street line (with its flat / unit / apartment / suite / shop part, "Door No." / "H.No." /
"Lot" lines, a GP practice's, pharmacy's, care centre's or PCP office's line), an Indian locality,
a Malaysian taman, a Nigerian area, a suburb or township and a city / town (also a relative's
town) are ADDRESS; a state / province / county ("Co. Galway", "VIC", "ON", "Kerala", "Selangor",
"Oyo State") and a country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal
codes, AU / NZ / SA postcodes, Indian PIN codes and Malaysian and Nigerian postcodes are ZIP.
DATE: anything more specific than a year, in 30 formats ("14/05/2024", "5/3/2025", "14/05/24",
"13/6/25", "15/9", "29/05", "19.08.1932", "27-01-2024", "9 Feb 2024", "8 Mar", "24 May 2024",
"23rd May 2024", "30th May", "19-May-1945", "16-Aug", "03/26/1965", "6/3/1942", "5/10/25",
"03/25/24", "5/6", "Nov 20, 2023", "August 12, 2025", "Sep. 27, 2024", "Aug 26", "August 23",
"2024-02-02", "1939/07/10", "June 2022", "Dec 2023", "5/2021") plus ISO date-times
("2024-08-18T03:55:51", "2024-11-16T08:01") as one span; weekdays ("Wed", "Monday"), "w/c" and
"w/o" stay outside; a date followed by a separate time ("2024-11-02 10:30", "05/10/2025 10:43",
"Sent: ... 11:35") labels only the date; times of day ("0845", "21:27") are never labelled.
Durations and follow-up shorthand ("5/7", "3/12", "1/52", "2/52", "12/12"), doses, infusion and
dialysis prescriptions, NIV settings, levels and AUCs, vitals, labs with units, targets (INR
"2.0-3.0", "88-92%") and scores (CHA2DS2-VASc, NIHSS, ASPECTS, GBS, Rockall, Child-Pugh, MELD,
MELD-Na, Maddrey, CIWA-Ar, PAWSS, CAT, mMRC, ACT, 4AT, CFS, MoCA, MMSE, TUG, ACB, NYHA, IDDSI
levels, Kt/V, URR) are clinical (``Note.clinical``) where marked. PHONE includes mobiles,
landlines, fax, bleeps and pagers (number only, 3 to 10 digits), extensions (the digits after
"ext") and +44 / +353 / +60 / +91 / +234 / +27 forms; labels like "mob", "cell", "Tel", "bleep",
"pager", "pgr", "ext", "Fax" are outside. SSN: full US SSNs, the digits of "SSN (last 4)", UK
National Insurance numbers, Irish PPSNs and Canadian SINs. ID: hospital numbers / MRN / FIN / UR
/ UHID / folder / dossier / HD numbers, NHS (mod 11), CHI (from the DOB), IHI (AU, Luhn), NHI
(check digit), OHIP with version code, BC PHN (mod 11), ULI, MSI, RAMQ, Medicare (AU, check and
issue digit), DVA file number, MBI, medical card (GMS) number, MyKad, SA ID (Luhn), NHIA and ABHA
numbers, NDSS number, GPhC / CPBC / AACP registrations, device serials, donor / HOOF / fire-service
/ transfer / prior-auth / PDMP references, Rx numbers, interpreter IDs and key-safe codes. AGE:
ages >= 90 only, number part only ("Age: 96", "(93 yrs)", "96 yo F", "9x-year-old", "aged 9x",
"9xyo", "90 yrs", "9x y"); ages < 90 are unlabelled. Not PHI and unlabelled: hospital, unit,
practice, pharmacy, care-home and service names (Moorside Satellite Dialysis Unit, Riverbend
Dialysis Center, Fraser Park Pharmacy, Five Lanes Pharmacy, Walgreens, CVS Pharmacy, Crestwood Care
Center, Option Care, Bayside Medical Practice, Ard Mhuire, CPAMS, INSPIRED, HITH, OPAT, HOS-AR,
PharmaNet, MyChart, Klinik Kesihatan), ward / bed / station / chair / machine / session / visit
numbers ("St Camillus", "Ward 7B", "Station 4", "Session no. 512"), device and drug brands
(Optiflux, HomeChoice Claria, Dianeal, Tenckhoff, Medtronic Cobalt XT HF, Azure, CardioMEMS,
LATITUDE, ResMed Lumis, AirFit, On-X, St Jude, CoaguChek, Aranesp, Venofer, Mircera, Lokelma,
Entresto, Trelegy, Priadel, Humulin I, Insulatard, Protaphane, NovoRapid, Lantus, Pabrinex,
Laxido, Webster-pak), the AU Medicare IRN digit, years alone ("since 2019", "quit since 2021")
and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

_SEED = 510051

# ---------------------------------------------------------------------------------------------
# mark-up: ⟦T|text⟧ is a PHI span of type T, ⟪text⟫ a clinical value that must survive
# ---------------------------------------------------------------------------------------------

_KINDS = {
    "N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "S": "SSN", "I": "ID",
    "A": "ADDRESS", "Z": "ZIP", "U": "URL", "IP": "IP", "G": "AGE",
}  # fmt: skip
_MARK = re.compile(r"⟦(N|D|P|E|S|I|A|Z|U|IP|G)\|([^⟦⟧⟪⟫]*)⟧|⟪([^⟦⟧⟪⟫]*)⟫")
_STRAY = re.compile(r"[⟦⟧⟪⟫]")


def _emit(b: NoteBuilder, s: str) -> None:
    pos = 0
    for m in _MARK.finditer(s):
        if m.start() > pos:
            b.t(_plain(s[pos : m.start()]))
        if m.group(1):
            b.p(_KINDS[m.group(1)], m.group(2))
        else:
            b.c(m.group(3))
        pos = m.end()
    if pos < len(s):
        b.t(_plain(s[pos:]))


def _plain(s: str) -> str:
    if _STRAY.search(s):
        raise ValueError(f"stray mark-up in {s!r}")
    return s


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss", "'": "", " ": ""})


def ascii_id(s: str) -> str:
    """A name as it appears in an e-mail address or user name (lower-case ASCII)."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if ch.isascii()).lower()


def vis(s: str) -> str:
    """The text a marked-up string will show."""
    return _MARK.sub(lambda m: m.group(2) if m.group(1) else m.group(3), s)


def pad(s: str, w: int) -> str:
    """Left-justify a marked-up cell to w visible characters (pasted tables)."""
    return s + " " * max(1, w - len(vis(s)))


# ---------------------------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------------------------


def _w(s: str) -> list[str]:
    return [x.replace("_", " ") for x in s.split()]


# group -> (male first names, female first names, surnames); "_" joins a multi-word name
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        _w("Graham Derek Keith Trevor Malcolm Nigel Barry Clive Colin Roger Stuart Geoffrey "
           "Dennis Alan Raymond Terence Leslie Gordon Howard Neville Kenneth Harold Callum "
           "Liam Jordan Kieran Ryan Darren Wayne Lee Bernard Cyril Eric"),
        _w("Margaret Pauline Brenda Sheila Maureen Jean Doreen Sylvia Valerie Carol Janet Beryl "
           "Gillian Hazel Lorraine Tracey Joanne Kerry Leanne Gemma Chloe Sophie Hannah Lauren "
           "Stacey Denise Wendy Pamela Christine Shirley Irene Marjorie Elaine Vera Edna"),
        _w("Whitfield Pickering Hargreaves Ackroyd Braithwaite Thornton Sutcliffe Holroyd "
           "Greenwood Crowther Barraclough Haworth Ramsbottom Pemberton Entwistle Tattersall "
           "Cartwright Bancroft Appleby Fairclough Openshaw Dobson Kershaw Midgley Oldroyd "
           "Stansfield Wadsworth Wilkinson Heaton Marsden Pilling Hepworth Rowbotham Horsfall "
           "Chadwick Ollerenshaw Fothergill Gaskell Sowerby Hinchliffe Ormerod Butterworth"),
    ),
    "welsh": (
        _w("Gareth Rhys Dafydd Emyr Iwan Gwyn Huw Aled Geraint Meirion Bryn Alun Dylan Owain "
           "Ieuan Hywel Elfed Gethin Arwel Dewi"),
        _w("Eirlys Sian Nia Ffion Carys Bethan Rhian Gwenllian Mair Glenys Delyth Angharad Lowri "
           "Menna Eleri Nerys Morfudd Catrin Heulwen Gwenda"),
        _w("Pritchard Prosser Bevan Parry Griffiths Llewellyn Vaughan Powell Meredith Gwynne "
           "Prothero Howells Jenkins Probert Maddocks Bowen Gittins Jarman Watkins Harries "
           "Pugsley Tudor-Jones Lloyd-Evans"),
    ),
    "scottish": (
        _w("Alasdair Hamish Fraser Angus Murdo Euan Ruaridh Ewan Lachlan Iain Struan Fergus "
           "Calum Gregor Duncan Archie"),
        _w("Morag Eilidh Catriona Isla Kirsty Shona Fiona Mhairi Ishbel Elspeth Rhona Agnes "
           "Senga Ailsa Fenella Marion Effie"),
        _w("MacLeod McAllister Buchanan Henderson Mackintosh Drummond Gillespie Strachan "
           "MacKinnon Baird Urquhart Galbraith Robertson Lindsay Sinclair MacPhail Kerr Ogilvie "
           "Cowie Findlay Rennie Moncrieff Dalgleish MacRae McGillivray"),
    ),
    "brit_asian": (
        _w("Imran Tariq Asif Mohammed Zubair Rajesh Sanjay Harjit Kuldip Amarjit Nadeem Sajid "
           "Faisal Mahesh Dinesh Arjun Rahul Bilal"),
        _w("Shazia Nasreen Parveen Rukhsana Saima Nusrat Amandeep Jaswinder Kiran Meena Hema "
           "Pooja Anjali Farzana Sabina Tahira Bhavna"),
        _w("Akhtar Hussain Mahmood Iqbal Rashid Qureshi Chaudhry Malik Bashir Sandhu Bains "
           "Dhillon Patel Mistry Parmar Chauhan Solanki Desai Raval Pandya"),
    ),
    "west_african": (
        _w("Oluwaseun Adebayo Chukwuemeka Kwame Kofi Babatunde Emeka Femi Tunde Yaw Obinna "
           "Segun Kwabena"),
        _w("Folake Ngozi Adaeze Abena Akosua Funmilayo Chidinma Yetunde Bukola Efua Titilayo "
           "Nneka Adwoa"),
        _w("Adeyemi Okonkwo Mensah Asante Oyelaran Boateng Owusu Adeleke Nwosu Ogunleye "
           "Akinola Ofori Agyeman Nwachukwu Appiah"),
    ),
    "irish": (
        _w("Seán Pádraig Ciarán Donal Eoin Cathal Tadhg Diarmuid Colm Fergal Niall Ruairí Oisín "
           "Cormac Micheál Declan Tomás Eamon Fintan Brendan Gerard Dónall"),
        _w("Siobhán Aoife Bríd Máire Caoimhe Gráinne Niamh Sinéad Orla Clodagh Róisín Deirdre "
           "Eimear Nóirín Úna Áine Mairéad Treasa Bernadette Philomena Nuala Breda"),
        _w("Fitzgerald Moynihan Cronin Brennan Doherty Geraghty Keogh Lenihan Mulcahy "
           "Cullinane Dempsey Flanagan Hegarty Kavanagh McGrath Nolan O'Donovan O'Mahony "
           "O'Rourke Phelan Quinlan Rafferty Scanlon Tierney Twomey Whelan Delaney Coughlan "
           "Fahy Hanrahan Kinsella Ó_Ceallaigh Mac_Cárthaigh Ó_Dónaill Ó_Murchú Ó_Briain"),
    ),
    "us_white": (
        _w("Dale Randy Wayne Gary Larry Dwight Curtis Russell Glenn Douglas Todd Kyle Brandon "
           "Cody Travis Chad Dustin Mitchell Floyd Vernon Clifford Merle Delbert"),
        _w("Brenda Darlene Tammy Rhonda Sherry Debra Kimberly Tiffany Brittany Misty Peggy "
           "Loretta Marlene Bonnie Arlene Gladys Mildred Norma Lorraine Wanda Bobbie"),
        _w("Kowalczyk Schneider Hoffman Lindqvist Yoder Kessler Pruitt Whitaker Gentry "
           "Holloway Bledsoe Tolliver Haskins Pfeiffer Hendricks Stoltzfus Brinkley Dunaway "
           "Kincaid Mayfield Runyon Satterfield Vandermeer Wojcik Huckabee"),
    ),
    "us_black": (
        _w("DeShawn Marcus Terrell Jamal Darnell Tyrone Cedric Reginald Andre Maurice Lamont "
           "Dwayne Rashad Jerome Alonzo Otis"),
        _w("LaToya Keisha Tanisha Shanice Ebony Latrice Aaliyah Imani Yolanda Bernice "
           "Gwendolyn Odessa Roberta Charlene Jasmine Tamika"),
        _w("Washington Jefferson Robinson Coleman Bynum Gaines Pettiford Mayweather Crenshaw "
           "Faison McNeil Dockery Epps Merriweather Toussaint Hairston Chisholm Strickland"),
    ),
    "us_hispanic": (
        _w("José Luis Carlos Miguel Alejandro Jesús Rogelio Eduardo Fernando Héctor Ramón "
           "Arturo Ignacio Rigoberto Joaquín Efraín"),
        _w("María Guadalupe Rosa Yesenia Marisol Leticia Araceli Graciela Esperanza Dolores "
           "Xiomara Maricela Consuelo Lucía Beatriz"),
        _w("Hernández Gutiérrez Villalobos Castañeda Delgado Ochoa Zamora Arellano Bustamante "
           "Cervantes Espinoza Figueroa Galindo Montoya Quintanilla Saldaña Trujillo "
           "Valenzuela Orozco Ibarra"),
    ),
    "vietnamese": (
        _w("Minh Tuan Quang Huy Thanh Dung Phuc Khoa Bao Duc Hieu"),
        _w("Lan Huong Mai Thuy Ngoc Linh Hoa Trang Hanh Phuong Thao"),
        _w("Nguyen Tran Pham Hoang Huynh Vo Dang Bui Ngo Duong Truong Dinh"),
    ),
    "quebecois": (
        _w("Réjean Gilles Yvon Gaétan Normand Sylvain Jean-Guy Marcel Benoît Luc Stéphane "
           "Mathieu Étienne Ghislain"),
        _w("Ginette Francine Huguette Lise Micheline Josée Sylvie Manon Chantal Geneviève "
           "Mélanie Isabelle Véronique Thérèse Diane"),
        _w("Tremblay Gagnon Bouchard Gauthier Lapointe Desjardins Bélanger Pelletier Lévesque "
           "Côté Thibodeau Charbonneau Beauchemin Ouellet Bergeron Lachance Brassard Duchesne "
           "Poirier Vaillancourt"),
    ),
    "punjabi": (
        _w("Gurpreet Harjinder Jaspal Balwinder Sukhwinder Manjit Rajinder Gurdeep Kulwant "
           "Jasvir Baljit Harmeet"),
        _w("Harleen Manpreet Simran Navjot Rajwinder Sukhjit Gurleen Jasleen Paramjit Kamaljit "
           "Inderjit"),
        _w("Sidhu Grewal Dhaliwal Brar Randhawa Sangha Johal Atwal Toor Kang Aujla Cheema "
           "Gill Sekhon"),
    ),
    "ukrainian": (
        _w("Bohdan Taras Mykola Orest Stepan Wasyl Yuriy Andriy Petro Ostap"),
        _w("Oksana Halyna Olena Nadia Lesia Iryna Daria Kateryna Myroslava Zenovia"),
        _w("Kowalchuk Hnatiuk Bilyk Melnyk Sawchuk Yaremko Fedoruk Shevchuk Petrenko Boychuk "
           "Kuzyk Hrynchuk Zelinsky Stefaniuk"),
    ),
    "maritime": (
        _w("Wendell Gerald Clayton Blair Kent Gordie Darrell Lowell Wallace Ambrose"),
        _w("Marjorie Verna Joanne Shelley Colleen Lorna Maxine Nancy Arlene Theresa"),
        _w("MacNeil MacIsaac Chiasson LeBlanc Boudreau Cormier MacDougall Rafuse Zinck Hiltz "
           "Langille Oickle Publicover Dauphinee MacKenzie"),
    ),
    "chinese_ca": (
        _w("Wei Jian Kwok-Wing Ming Chi-Keung Hao Jun Zhiwei Siu-Ming"),
        _w("Mei-Ling Xiaoling Yan Shu-Fen Wing-Yee Hui Ying Lai-Ching Yuk-Lan"),
        _w("Chan Wong Leung Lau Cheung Zhang Liu Huang Tsang Yip Kwan Chow"),
    ),
    "anglo_au": (
        _w("Darren Craig Shane Bruce Graeme Trevor Mick Brett Lachlan Hamish Noel Kevin Warren"),
        _w("Kylie Sharon Narelle Raelene Bronwyn Leanne Tanya Jodie Carmel Marlene Noeline "
           "Dianne Kerrie Shelley"),
        _w("Fitzpatrick Hartnett McKinnon Draper Lidgerwood Treloar Hetherington Pascoe "
           "Whitlock Blackwood Cavanagh Penhaligon Trengove Kennard Doolan Hogarth Pattison"),
    ),
    "greek_au": (
        _w("Georgios Konstantinos Dimitrios Nikolaos Spiros Vasilis Christos Stavros "
           "Panagiotis Yiannis"),
        _w("Eleni Vasiliki Despina Stavroula Sofia Katerina Anastasia Paraskevi Fotini Voula"),
        _w("Papadopoulos Georgiou Konstantinidis Karamanlis Dimitriou Tsiolkas Vlahos "
           "Papageorgiou Christodoulou Kyriakou Theodorakis"),
    ),
    "italian_au": (
        _w("Giuseppe Salvatore Vincenzo Antonio Domenico Rocco Francesco Carmelo Luigi "
           "Pasquale"),
        _w("Concetta Giuseppina Carmela Rosaria Assunta Angela Nunzia Francesca Lucia Teresa"),
        _w("Ferraro Colangelo Santangelo DiNapoli Caruso Marchetti Russo Lombardi Bellomo "
           "Iannelli Calabrese Mancini Zappia"),
    ),
    "lebanese_au": (
        _w("Elias Georges Khalil Fadi Antoine Rami Nabil Bassam Charbel"),
        _w("Rania Nada Mirna Layla Samira Najwa Hiba Rita Maya"),
        _w("Haddad Nasser Karam Saade Abdallah Sleiman Rahme Habib Tannous Farah"),
    ),
    "maltese_au": (
        _w("Saviour Manuel Emanuel Alfred Joseph Carmel"),
        _w("Carmen Doris Josephine Marthese Pauline Maria"),
        _w("Camilleri Borg Zammit Vella Farrugia Grech Galea Micallef Spiteri Azzopardi Cauchi"),
    ),
    "maori": (
        _w("Wiremu Hemi Rawiri Tamati Manaia Hōhepa Tipene Rangi Aperahama Nikau Mikaere "
           "Hōri"),
        _w("Aroha Mere Huia Ngaire Moana Hine Kiri Mereana Whetu Miriama Pania Ataahua"),
        _w("Ngata Te_Whata Parata Tawhiri Henare Waaka Kereama Tamihana Pōmare Horomona "
           "Te_Rangi Ruatapu Wihongi Poutama"),
    ),
    "pasifika": (
        _w("Sione Tevita Ioane Semisi Viliami Tavita Siaosi Mosese Falaniko"),
        _w("Losana Mele Salote Lupe Seini Malia Fetu Sina Talia"),
        _w("Tupou Fifita Taufa Sapolu Vaifale Faumuina Tuilagi Afamasaga Tauiliili Fonoti "
           "Havili Mahe Vea"),
    ),
    "pakeha": (
        _w("Graeme Warwick Logan Blair Neville Kelvin Brent Grant Trevor"),
        _w("Raewyn Glenys Robyn Lynette Maxine Jocelyn Sharyn Denise"),
        _w("Tait Mackay Bartlett Rutherford Hollis Cottle Wakelin Matheson Ritchie Bradshaw"),
    ),
    "south_indian": (
        _w("Venkatesh Suresh Ramesh Murugan Karthik Balaji Senthil Rajendran Arumugam "
           "Vijayakumar Prakash Anand Shibu Biju Sunil"),
        _w("Lakshmi Saraswathi Meenakshi Kavitha Revathi Selvi Anitha Deepa Jayanthi Sumathi "
           "Bindu Latha Sreeja"),
        _w("Iyer Pillai Nair Menon Reddy Naidu Subramaniam Krishnamurthy Raghavan Varghese "
           "Kurian Chacko Gounder Shetty"),
    ),
    "north_indian": (
        _w("Rajesh Sanjay Amit Vikas Pankaj Ashok Deepak Manoj Rakesh Ravi Anil"),
        _w("Sunita Poonam Neelam Rekha Anita Sarita Kusum Geeta Shashi Kamla"),
        _w("Sharma Verma Gupta Agarwal Srivastava Tiwari Mishra Yadav Saxena Pandey Tripathi"),
    ),
    "malay": (
        _w("Ahmad Rosli Azman Kamarul Hafiz Zulkifli Ismail Roslan Shahrul Faizal Ridzuan"),
        _w("Siti Nurul Aminah Rohani Zainab Norhayati Fatimah Salmah Rozita Hasnah Azizah"),
        _w("Abdullah Hassan Othman Yusof Ibrahim Mahmud Osman Salleh Jaafar Hamzah Rahman"),
    ),
    "chinese_my": (
        _w("Beng_Hock Chee_Keong Kok_Wai Ah_Seng Wei_Ming Choon_Hin Teck_Soon"),
        _w("Siew_Lan Mei_Fong Ah_Moi Lay_Hoon Swee_Lin Poh_Choo Geok_Eng"),
        _w("Tan Lim Ng Ong Teo Goh Chong Yap Chua Koh Ooi Khoo"),
    ),
    "yoruba": (
        _w("Adewale Olumide Babatunde Kayode Akinwale Olusegun Gbenga Adeniyi Oladele"),
        _w("Folasade Adunni Omolara Yewande Titilope Bisola Modupe Abimbola Funke Kemi"),
        _w("Ogunbiyi Adebisi Oladipo Akinwande Olatunji Adesanya Ogunlesi Bakare Oyebanji "
           "Fashola"),
    ),
    "igbo": (
        _w("Chukwudi Ikenna Nnamdi Chinedu Uchenna Kelechi Ifeanyi Obiora"),
        _w("Chiamaka Nkechi Chioma Ifeoma Uchechi Obiageli Amaka Ebele"),
        _w("Nwankwo Okeke Okafor Onyekachi Anyanwu Okoro Udeh Ezeh Obi Nwachukwu"),
    ),
    "afrikaans": (
        _w("Johannes Pieter Willem Gert Hendrik Jacobus Frikkie Deon Francois Riaan"),
        _w("Annelie Marietjie Elsabé Hanlie Susanna Ronel Carina Lizelle Anri Magda"),
        _w("van_der_Merwe du_Plessis Botha Pretorius Venter Steyn Coetzee Joubert Kruger "
           "Swanepoel Fourie Engelbrecht van_Wyk Oosthuizen"),
    ),
    "nguni": (
        _w("Sipho Thabo Mandla Bongani Themba Lwazi Sibusiso Kagiso Tshepo Mpho"),
        _w("Nomvula Thandeka Zanele Lindiwe Nokuthula Palesa Lerato Ayanda Busisiwe Dineo"),
        _w("Dlamini Nkosi Mthembu Khumalo Ndlovu Mokoena Molefe Sithole Mahlangu Radebe "
           "Tshabalala Mabaso"),
    ),
    "cape": (
        _w("Faiez Ridwaan Shamiel Yusuf Ebrahim Nazeem"),
        _w("Nazeema Fatima Raeesa Shireen Ruwaida Gadija"),
        _w("Abrahams Isaacs Davids Salie Adams Petersen Hendricks Jacobs"),
    ),
    # staff from a mixed international workforce
    "filipino": (
        _w("Rodel Jomar Reynaldo Jayson Arnel Ronaldo Jerico"),
        _w("Maricel Rowena Jennelyn Liezl Rhea Mylene Cherry Lovely"),
        _w("dela_Cruz Bautista Villanueva Mendoza Santos Aquino Dizon Manalo Pascual Gatdula "
           "Macaraeg"),
    ),
    "keralite": (
        _w("Jijo Shibin Binu Jithin Anoop Sanju Libin"),
        _w("Jincy Sherin Reshma Jisha Smitha Nimmy Anju Soumya"),
        _w("Kuriakose Mathew Cherian Thankachan Puthenpurackal Vadakkan Eapen"),
    ),
    "polish": (
        _w("Tomasz Piotr Marcin Krzysztof Paweł Łukasz"),
        _w("Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewelina"),
        _w("Kowalski Nowak Zieliński Lewandowski Dąbrowski Mazur Krawczyk Szymański "
           "Jankowski"),
    ),
    "romanian": (
        _w("Andrei Bogdan Mihai Ionuț Cristian Florin"),
        _w("Ioana Andreea Mihaela Alina Roxana Elena"),
        _w("Popescu Ionescu Dumitrescu Constantinescu Stoica Munteanu Lupu Georgescu"),
    ),
    "arab": (
        _w("Omar Khaled Yousef Tarek Hassan Mahmoud"),
        _w("Rana Dalia Hala Noor Reem Lina Huda"),
        _w("Al-Khatib Mansour Darwish Saleh Hamdan Qasim Shaheen Barakat"),
    ),
}

_GAELIC_F = {
    "Ó Ceallaigh": "Ní Cheallaigh", "Mac Cárthaigh": "Nic Cárthaigh", "Ó Dónaill": "Ní Dhónaill",
    "Ó Murchú": "Ní Mhurchú", "Ó Briain": "Ní Bhriain",
}  # fmt: skip
_PARTICLES = {"van", "der", "du", "de", "dela", "Ó", "Ní", "Mac", "Nic", "Te", "bin", "binti"}

# word-like or eponymous names never drawn from Faker (they would be read as ordinary words)
_BLOCK = set(
    _w(
        "Ward Bell Foley Murray Hope Day May June April August Long Little Young Short Hall Rose "
        "Joy Faith Grace Frank Will Mark Sharp Page Hill Stone Wood Field Green Brown White Black "
        "Gray Grey Head Lamb Fish Bird King Price Cross Chase Bishop Dean Nurse Baker Cook Child "
        "Glasgow Wells Hart Moss Rice Lane Banks Marsh Burns Frost Snow Winter Summer Rich Best "
        "Bond Booth Bush Cole Fox Gold Hunt Kidd Knight Lord Mann Mills Moon Park Pike Pope Potter "
        "Farmer Houston Salt Sweet Swift Tanner Warren Walker Waters Weaver Wise Woods Cliff Dale "
        "Gene Guy Holly Ivy Amber Crystal Dawn Heather Pearl Ruby Sky Hazel Lily Faye Iris "
        "Jasmine Violet Robin Sandy Rusty Wilson Addison Parkinson Graves Cushing Paget Down "
        "Christmas Bright Horner Norton Braden Barthel Cockcroft Gault Hartmann Venturi Stokes "
        "Cheyne Hickman Quinton Harvey Harley Scott Lee Love Berry Fuller Bull Steel Hardy Moore "
        "Crane Drake Finch Swan Heath Ash Oakes Rivers Brooks Lake Sands Storm Read Reed Wall "
        "Carter Mason Porter Fletcher Turner Taylor Smith Rhodes Barber Webb Best Glass Kay Queen "
        "Patience Honor Precious Blessing Miracle Chance Major Marshall Sergeant Colonel Judge "
        "Dr Mr Mrs Ms Miss Child Pugh Blatchford Rockall Kussmaul Seldinger Tenckhoff Trousseau"
    )
)


@dataclass
class P:
    """A person; forms are the strings a note writes."""

    first: str
    last: str
    sex: str  # "M" / "F"
    middle: str
    group: str
    dob: dt.date | None = None
    age: int = 0
    nick: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def LF(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFM(self) -> str:  # Last, First M
        return f"{self.last}, {self.first} {self.middle[0]}"

    @property
    def LFMU(self) -> str:  # LAST, FIRST M
        return f"{self.last.upper()}, {self.first.upper()} {self.middle[0]}"

    @property
    def Lf(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def FML(self) -> str:  # First M. Last
        return f"{self.first} {self.middle[0]}. {self.last}"

    @property
    def FL(self) -> str:  # F. Last
        return f"{self.first[0]}. {self.last}"

    @property
    def FsL(self) -> str:  # F Last (after a title: "Mrs V Last")
        return f"{self.first[0]} {self.last}"

    @property
    def LU(self) -> str:
        return self.last.upper()

    @property
    def low(self) -> str:
        return self.full.lower()

    @property
    def ini(self) -> str:
        return self.first[0] + self.last.split()[-1][0].upper()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "M" else "Mrs"

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def He(self) -> str:
        return "He" if self.sex == "M" else "She"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def His(self) -> str:
        return "His" if self.sex == "M" else "Her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "M" else "her"

    @property
    def g(self) -> str:
        return self.sex

    @property
    def gender(self) -> str:
        return "male" if self.sex == "M" else "female"


def _tokens(name: str) -> list[str]:
    return [t.lower() for t in re.split(r"[\s\-']+", name) if t and t not in _PARTICLES]


# initials never used for staff: clinical abbreviations, blood groups and units
_BAD_INI = set(
    _w("AF BP HR RR GP HD PD CT MR IV IM SC PO OD BD NG NJ AB BO NA NB DM HF MI PE CK KT RA TA ED "
       "AE DR MO MD RN PA NP OT PT ID OK NO IT IS AS AT IN ON OR US UK TV PC BC FU DC IP EP GI LA "
       "LV RV AV CV SV MS CF CO TB UA UC UR WA WC AM PM HB PR PV SR CR CA FH SH DH MG ML KG CM MM "
       "GA LP SE DN HS AO VT VF QT ST GU EC TT NM OM AR TR MT RT DT HT BM NS FY SN CN SW HA RS "
       "EN LD PH DS CC MA OP")
)

_NICKS = {  # region -> (men's, women's) nicknames
    "UK": (_w("Del Nobby Chalky Smudge Gaz Tosh Sonny"), _w("Mags Bunny Dot Queenie Dinky Babs")),
    "US": (_w("Buddy Skip Bubba Junior Boots Bud"), _w("Sissy Dee Tootie Cookie Sugar Peanut")),
    "AU": (_w("Davo Macca Robbo Bluey Sparra"), _w("Shazza Kaz Dibbs Nugget")),
    "NZ": (_w("Tama Sonny Boyo Chooky"), _w("Bubs Pip Nana")),
    "IE": (_w("Mossie Dinny Jacko Sonny"), _w("Bridie Nonie Dolly")),
    "CA": (_w("Buddy Skip Sonny"), _w("Birdie Bun Dottie")),
}

_FAKER_LOC = {"UK": "en_GB", "US": "en_US", "CA": "en_CA", "AU": "en_AU", "IE": "en_IE",
              "NZ": "en_NZ", "IN": "en_IN"}  # fmt: skip
_FAKER_GROUP = {"UK": "english", "US": "us_white", "CA": "maritime", "AU": "anglo_au",
                "IE": "irish", "NZ": "pakeha", "IN": "north_indian"}  # fmt: skip
_FAKERS: dict[str, Faker] = {}

STAFF = {
    "UK": ["english", "welsh", "scottish", "brit_asian", "west_african", "filipino", "keralite",
           "polish", "romanian", "english", "brit_asian"],
    "US": ["us_white", "us_black", "us_hispanic", "vietnamese", "filipino", "north_indian",
           "arab", "igbo", "us_white"],
    "CA": ["maritime", "quebecois", "punjabi", "chinese_ca", "filipino", "ukrainian", "arab",
           "keralite"],
    "AU": ["anglo_au", "greek_au", "italian_au", "vietnamese", "filipino", "keralite",
           "lebanese_au", "anglo_au"],
    "IE": ["irish", "irish", "filipino", "keralite", "polish", "romanian", "yoruba"],
    "NZ": ["pakeha", "maori", "pasifika", "filipino", "keralite", "chinese_ca"],
    "IN": ["south_indian", "north_indian"],
    "MY": ["malay", "chinese_my", "south_indian"],
    "NG": ["yoruba", "igbo"],
    "ZA": ["afrikaans", "nguni", "cape"],
}  # fmt: skip


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

_MON = _w("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec")
_MONTH = _w("January February March April May June July August September October November "
            "December")
_WD = _w("Mon Tue Wed Thu Fri Sat Sun")
_WDL = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: dt.date, style: str) -> str:
    """A date written in one of the note styles (every one more specific than a year)."""
    D, M, Y = d.day, d.month, d.year
    return {
        "dmy": f"{D:02d}/{M:02d}/{Y}",
        "dmy_s": f"{D}/{M}/{Y}",
        "dmy2": f"{D:02d}/{M:02d}/{Y % 100:02d}",
        "dmy2_s": f"{D}/{M}/{Y % 100:02d}",
        "dm": f"{D}/{M}",
        "dm0": f"{D:02d}/{M:02d}",
        "dot": f"{D:02d}.{M:02d}.{Y}",
        "dot2": f"{D}.{M}.{Y % 100:02d}",
        "dash": f"{D:02d}-{M:02d}-{Y}",
        "d_mon_y": f"{D} {_MON[M - 1]} {Y}",
        "d_month_y": f"{D} {_MONTH[M - 1]} {Y}",
        "d_mon": f"{D} {_MON[M - 1]}",
        "d_month": f"{D} {_MONTH[M - 1]}",
        "ord_month_y": f"{_ord(D)} {_MONTH[M - 1]} {Y}",
        "ord_mon_y": f"{_ord(D)} {_MON[M - 1]} {Y}",
        "ord_month": f"{_ord(D)} {_MONTH[M - 1]}",
        "ord_of_month": f"{_ord(D)} of {_MONTH[M - 1]}",
        "dd-Mon-yyyy": f"{D:02d}-{_MON[M - 1]}-{Y}",
        "dd-Mon-yy": f"{D:02d}-{_MON[M - 1]}-{Y % 100:02d}",
        "dd-Mon": f"{D:02d}-{_MON[M - 1]}",
        "DDMONYYYY": f"{D:02d}{_MON[M - 1].upper()}{Y}",
        "DD-MON-YYYY": f"{D:02d}-{_MON[M - 1].upper()}-{Y}",
        "mdy": f"{M:02d}/{D:02d}/{Y}",
        "mdy_s": f"{M}/{D}/{Y}",
        "mdy2": f"{M}/{D}/{Y % 100:02d}",
        "mdy2_0": f"{M:02d}/{D:02d}/{Y % 100:02d}",
        "md": f"{M}/{D}",
        "mon_d_y": f"{_MON[M - 1]} {D}, {Y}",
        "month_d_y": f"{_MONTH[M - 1]} {D}, {Y}",
        "mon._d": f"{_MON[M - 1]}. {D}" if M != 5 else f"May {D}",
        "mon_d": f"{_MON[M - 1]} {D}",
        "month_d": f"{_MONTH[M - 1]} {D}",
        "iso": d.isoformat(),
        "ymd_slash": f"{Y}/{M:02d}/{D:02d}",
        "ymd": f"{Y}{M:02d}{D:02d}",
        "month_y": f"{_MONTH[M - 1]} {Y}",
        "mon_y": f"{_MON[M - 1]} {Y}",
        "m/y": f"{M}/{Y}",
    }[style]


def wd(d: dt.date) -> str:
    return _WD[d.weekday()]


def wdl(d: dt.date) -> str:
    return _WDL[d.weekday()]


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def wk(d: dt.date) -> dt.date:
    """The date, or the Monday after it if it falls at a weekend (clinics, GP surgeries)."""
    while d.weekday() > 4:
        d = plus(d, 1)
    return d


def age_on(dob: dt.date, d: dt.date) -> int:
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------------------------


def _luhn_check(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


@dataclass
class Addr:
    line: str  # street line (with flat / unit part)
    city: str  # town / city / suburb
    state: str  # state / province / county ("" if none): never PHI
    pc: str  # postcode / ZIP / PIN
    country: str
    area: str = ""  # suburb / locality / taman, written before the city where used

    def fhir(self) -> dict[str, Any]:
        lines = [self.line] + ([self.area] if self.area else [])
        out: dict[str, Any] = {"line": lines, "city": self.city, "postalCode": self.pc,
                               "country": self.country}  # fmt: skip
        if self.state:
            out["state"] = self.state
        return out


_IN_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # UK inward-code letters
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "0123456789ACDEFHKNPRTVWXY"

UK_TOWNS = {
    "E": [("Leeds", "0113", ["LS6", "LS8", "LS11", "LS15"]),
          ("Bradford", "01274", ["BD3", "BD7", "BD9"]), ("Halifax", "01422", ["HX1", "HX3"]),
          ("Huddersfield", "01484", ["HD1", "HD4"]), ("Rochdale", "01706", ["OL11", "OL12"]),
          ("Salford", "0161", ["M6", "M7"]), ("Sheffield", "0114", ["S6", "S11"]),
          ("Nottingham", "0115", ["NG5", "NG7"]), ("Leicester", "0116", ["LE2", "LE4"]),
          ("Coventry", "024", ["CV2", "CV6"]), ("Bristol", "0117", ["BS5", "BS16"]),
          ("Plymouth", "01752", ["PL4", "PL5"]), ("Norwich", "01603", ["NR3", "NR5"]),
          ("Hull", "01482", ["HU5", "HU9"]), ("Sunderland", "0191", ["SR4", "SR5"]),
          ("Stoke-on-Trent", "01782", ["ST4", "ST6"]), ("Luton", "01582", ["LU4", "LU2"]),
          ("Croydon", "020", ["CR0", "CR7"]), ("Wigan", "01942", ["WN1", "WN5"]),
          ("Blackburn", "01254", ["BB1", "BB2"]), ("Doncaster", "01302", ["DN4", "DN5"])],
    "W": [("Cardiff", "029", ["CF14", "CF5", "CF24"]), ("Swansea", "01792", ["SA1", "SA6"]),
          ("Newport", "01633", ["NP19", "NP20"]), ("Wrexham", "01978", ["LL11", "LL13"]),
          ("Llanelli", "01554", ["SA14", "SA15"]), ("Pontypridd", "01443", ["CF37"]),
          ("Merthyr Tydfil", "01685", ["CF47", "CF48"]), ("Caerphilly", "029", ["CF83"])],
    "S": [("Glasgow", "0141", ["G31", "G41", "G51", "G21"]), ("Edinburgh", "0131", ["EH7", "EH11"]),
          ("Dundee", "01382", ["DD3", "DD4"]), ("Aberdeen", "01224", ["AB24", "AB16"]),
          ("Paisley", "0141", ["PA3", "PA1"]), ("Kilmarnock", "01563", ["KA1", "KA3"]),
          ("Falkirk", "01324", ["FK1", "FK2"]), ("Inverness", "01463", ["IV2", "IV3"])],
}  # fmt: skip
UK_STREETS = {
    "E": _w("Beechwood_Avenue Moorland_Road Chapel_Lane Ashgrove_Road Tennyson_Street "
            "Calder_View Clarendon_Road Victoria_Terrace Hawthorn_Close Sycamore_Grove "
            "Rosebery_Street Millbank_Crescent Oakfield_Road Wellington_Road Belgrave_Road "
            "Larkfield_Drive Cemetery_Road Rydal_Avenue Priory_Close Langdale_Way "
            "Ravenscar_Avenue Coniston_Road Alder_Street Orchard_Mews"),
    "W": _w("Heol_y_Felin Ffordd_Las Stryd_Fawr Heol_Hir Maes_y_Coed Clos_Cae_Mawr Lôn_Las "
            "Heol_Isaf Bryn_Road Pant_Glas Heol_Llanishen_Fach Brynglas_Avenue Ffordd_Celyn"),
    "S": _w("Dumbarton_Road Paisley_Road_West Leith_Walk Gilmerton_Road Clepington_Road "
            "Balmore_Road Ferry_Road Kilmarnock_Road Cumbernauld_Road Pollokshaws_Road "
            "Easter_Road Hilltown_Terrace Great_Western_Road"),
}  # fmt: skip

US_CITIES = [
    ("Columbus", "OH", "614", ["43204", "43211", "43223"]), ("Dayton", "OH", "937", ["45406", "45410"]),
    ("Louisville", "KY", "502", ["40211", "40216"]), ("Memphis", "TN", "901", ["38109", "38116"]),
    ("Knoxville", "TN", "865", ["37917", "37921"]), ("Tulsa", "OK", "918", ["74110", "74127"]),
    ("Omaha", "NE", "402", ["68104", "68111"]), ("Milwaukee", "WI", "414", ["53204", "53216"]),
    ("Fresno", "CA", "559", ["93702", "93727"]), ("El Paso", "TX", "915", ["79905", "79924"]),
    ("San Antonio", "TX", "210", ["78207", "78228"]), ("Albuquerque", "NM", "505", ["87105", "87121"]),
    ("Tucson", "AZ", "520", ["85705", "85713"]), ("Spokane", "WA", "509", ["99202", "99208"]),
    ("Richmond", "VA", "804", ["23222", "23224"]), ("Greensboro", "NC", "336", ["27405", "27406"]),
    ("Savannah", "GA", "912", ["31404", "31415"]), ("Pittsburgh", "PA", "412", ["15210", "15212"]),
    ("Rochester", "NY", "585", ["14609", "14621"]), ("Toledo", "OH", "419", ["43605", "43609"]),
    ("Des Moines", "IA", "515", ["50315", "50316"]), ("Springfield", "MO", "417", ["65802", "65803"]),
]  # fmt: skip
US_STREETS = _w("Maple_Grove_Dr W_Elm_St Grayson_Ave N_Cedar_Ln Old_Orchard_Rd Hickory_Hollow_Ct "
                "S_27th_St Dogwood_Trl Pecan_Valley_Dr Ridgecrest_Ave E_Pershing_Rd "
                "Lakeview_Dr Burnt_Mill_Rd Sycamore_St Cottonwood_Ln N_Main_St Prairie_View_Rd "
                "Magnolia_Ave Briarwood_Ct Meadowlark_Ln")  # fmt: skip

CA_CITIES = [
    ("Toronto", "ON", "416", "M4C"), ("Scarborough", "ON", "647", "M1K"),
    ("Mississauga", "ON", "905", "L5B"), ("Brampton", "ON", "905", "L6Y"),
    ("Hamilton", "ON", "905", "L8L"), ("Ottawa", "ON", "613", "K1G"), ("Sudbury", "ON", "705", "P3A"),
    ("Thunder Bay", "ON", "807", "P7B"), ("Surrey", "BC", "604", "V3W"),
    ("Burnaby", "BC", "604", "V5H"), ("Kelowna", "BC", "250", "V1Y"), ("Calgary", "AB", "403", "T2E"),
    ("Edmonton", "AB", "780", "T5B"), ("Red Deer", "AB", "403", "T4N"),
    ("Dartmouth", "NS", "902", "B2W"), ("Halifax", "NS", "902", "B3K"), ("Truro", "NS", "902", "B2N"),
    ("Montréal", "QC", "514", "H1N"), ("Laval", "QC", "450", "H7N"), ("Winnipeg", "MB", "204", "R2W"),
    ("Saskatoon", "SK", "306", "S7K"),
]  # fmt: skip
CA_STREETS = {
    "ON": _w("Pinecrest_Rd Danforth_Ave Kingston_Rd Birchmount_Rd Queen_St_E Lakeshore_Rd_W "
             "Elmwood_Ave Barton_St_E Riverside_Dr"),
    "BC": _w("Kingsway 72_Ave Scott_Rd Edmonds_St Royal_Oak_Ave Bernard_Ave"),
    "AB": _w("17_Ave_SE Jasper_Ave 118_Ave_NW Centre_St_N Gaetz_Ave"),
    "NS": _w("Bluenose_Dr Portland_St Herring_Cove_Rd Prince_St Agricola_St"),
    "QC": _w("rue_Hochelaga boul._Pie-IX rue_Ontario_Est boul._des_Laurentides rue_Beaubien_Est"),
    "MB": _w("Salter_St Selkirk_Ave McPhillips_St"),
    "SK": _w("Avenue_P_South 33rd_St_W Idylwyld_Dr_N"),
}  # fmt: skip

AU_SUBURBS = [
    ("Footscray", "VIC", "3011", "03"), ("Sunshine", "VIC", "3020", "03"),
    ("Dandenong", "VIC", "3175", "03"), ("Reservoir", "VIC", "3073", "03"),
    ("Frankston", "VIC", "3199", "03"), ("St Albans", "VIC", "3021", "03"),
    ("Bankstown", "NSW", "2200", "02"), ("Blacktown", "NSW", "2148", "02"),
    ("Parramatta", "NSW", "2150", "02"), ("Campbelltown", "NSW", "2560", "02"),
    ("Wollongong", "NSW", "2500", "02"), ("Maroubra", "NSW", "2035", "02"),
    ("Logan Central", "QLD", "4114", "07"), ("Ipswich", "QLD", "4305", "07"),
    ("Townsville", "QLD", "4810", "07"), ("Cairns", "QLD", "4870", "07"),
    ("Salisbury", "SA", "5108", "08"), ("Port Adelaide", "SA", "5015", "08"),
    ("Mirrabooka", "WA", "6061", "08"), ("Rockingham", "WA", "6168", "08"),
    ("Glenorchy", "TAS", "7010", "03"), ("Launceston", "TAS", "7250", "03"),
    ("Palmerston", "NT", "0830", "08"), ("Belconnen", "ACT", "2617", "02"),
]  # fmt: skip
AU_STREETS = _w("Wattle_Grove Alfrieda_St Station_St Banksia_Cres Jacaranda_Ave Princes_Hwy "
                "Illawarra_Rd Myrtle_St Gum_Tree_Ct Bottlebrush_Dr Kurrajong_Ave Boronia_St "
                "Grevillea_Pl Hume_Hwy Waratah_Pde")  # fmt: skip

IE_TOWNS = [
    ("Tallaght", "Dublin 24", "D24", "01"), ("Finglas", "Dublin 11", "D11", "01"),
    ("Clondalkin", "Dublin 22", "D22", "01"), ("Blanchardstown", "Dublin 15", "D15", "01"),
    ("Ballincollig", "Co. Cork", "P31", "021"), ("Mallow", "Co. Cork", "P51", "022"),
    ("Tralee", "Co. Kerry", "V92", "066"), ("Ennis", "Co. Clare", "V95", "065"),
    ("Athlone", "Co. Westmeath", "N37", "090"), ("Mullingar", "Co. Westmeath", "N91", "044"),
    ("Castlebar", "Co. Mayo", "F23", "094"), ("Letterkenny", "Co. Donegal", "F92", "074"),
    ("Navan", "Co. Meath", "C15", "046"), ("Drogheda", "Co. Louth", "A92", "041"),
    ("Tullow", "Co. Carlow", "R93", "059"), ("Thurles", "Co. Tipperary", "E41", "0504"),
    ("Tuam", "Co. Galway", "H54", "093"), ("Clonmel", "Co. Tipperary", "E91", "052"),
    ("Ballinasloe", "Co. Galway", "H53", "090"), ("Dungarvan", "Co. Waterford", "X35", "058"),
]  # fmt: skip
IE_STREETS = _w("Main_Street Church_Road Oakpark_Drive Ard_na_Gréine Cois_Abhann Ashgrove_Lawn "
                "Marian_Terrace Kilmore_Road Bóthar_an_Chillín Woodview_Heights Cluain_Ard "
                "Sli_na_Sláinte Fairgreen_Road Newline_Road")  # fmt: skip

NZ_SUBURBS = [
    ("Ōtāhuhu", "Auckland", "1062", "09"), ("Māngere", "Auckland", "2022", "09"),
    ("Manurewa", "Auckland", "2102", "09"), ("Ōtara", "Auckland", "2023", "09"),
    ("Papatoetoe", "Auckland", "2025", "09"), ("Glen Innes", "Auckland", "1072", "09"),
    ("Cannons Creek", "Porirua", "5024", "04"), ("Naenae", "Lower Hutt", "5011", "04"),
    ("Nawton", "Hamilton", "3200", "07"), ("Fairfield", "Hamilton", "3214", "07"),
    ("Aranui", "Christchurch", "8061", "03"), ("Hornby", "Christchurch", "8042", "03"),
    ("Kaiti", "Gisborne", "4010", "06"), ("Flaxmere", "Hastings", "4120", "06"),
    ("Mangakakahi", "Rotorua", "3015", "07"), ("Fordlands", "Rotorua", "3015", "07"),
]  # fmt: skip
NZ_STREETS = _w("Great_South_Road Mahia_Road Bader_Drive Te_Irirangi_Drive Puriri_Crescent "
                "Kowhai_Street Pohutukawa_Avenue Tōtara_Street Rimu_Road Mātai_Place "
                "Karaka_Street Harakeke_Way")  # fmt: skip

IN_PLACES = [
    ("Kaloor", "Kochi", "Kerala", "682017"), ("Palarivattom", "Kochi", "Kerala", "682025"),
    ("Pattom", "Thiruvananthapuram", "Kerala", "695004"),
    ("Kottiyam", "Kollam", "Kerala", "691571"), ("Tambaram", "Chennai", "Tamil Nadu", "600045"),
    ("Velachery", "Chennai", "Tamil Nadu", "600042"),
    ("Gandhipuram", "Coimbatore", "Tamil Nadu", "641012"),
    ("Jayanagar", "Bengaluru", "Karnataka", "560041"),
    ("Kukatpally", "Hyderabad", "Telangana", "500072"),
]  # fmt: skip
MY_PLACES = [
    ("Taman Melawati", "Kuala Lumpur", "Wilayah Persekutuan", "53100", "03"),
    ("Taman Connaught", "Cheras", "Kuala Lumpur", "56000", "03"),
    ("Taman Sri Gombak", "Batu Caves", "Selangor", "68100", "03"),
    ("Bandar Baru Klang", "Klang", "Selangor", "41150", "03"),
    ("Taman Ipoh Jaya", "Ipoh", "Perak", "31350", "05"),
    ("Taman Sentosa", "Johor Bahru", "Johor", "80150", "07"),
    ("Jelutong", "George Town", "Pulau Pinang", "11600", "04"),
    ("Taman Tasik", "Kuantan", "Pahang", "25150", "09"),
]  # fmt: skip
NG_PLACES = [
    ("Surulere", "Lagos", "Lagos State", "101283"), ("Ikeja", "Lagos", "Lagos State", "100271"),
    ("Yaba", "Lagos", "Lagos State", "101245"), ("Mushin", "Lagos", "Lagos State", "100262"),
    ("Bodija", "Ibadan", "Oyo State", "200284"), ("Agbowo", "Ibadan", "Oyo State", "200132"),
    ("Ogui", "Enugu", "Enugu State", "400102"), ("Garki", "Abuja", "FCT", "900103"),
]  # fmt: skip
NG_STREETS = _w("Ojuelegba_Road Akerele_Street Iwaya_Road Market_Road Ring_Road Airport_Road "
                "Oduduwa_Crescent Ikorodu_Road Unity_Close Palm_Avenue")  # fmt: skip
ZA_PLACES = [
    ("Mitchells Plain", "Cape Town", "7785", "021"), ("Bellville", "Cape Town", "7530", "021"),
    ("Gugulethu", "Cape Town", "7750", "021"), ("Athlone", "Cape Town", "7764", "021"),
    ("Soweto", "Johannesburg", "1804", "011"), ("Tembisa", "Ekurhuleni", "1632", "011"),
    ("Umlazi", "Durban", "4031", "031"), ("Chatsworth", "Durban", "4092", "031"),
    ("Mamelodi", "Pretoria", "0122", "012"),
]  # fmt: skip
ZA_STREETS = _w("Spine_Road Klip_Road Protea_Street Acacia_Crescent Kloof_Street "
                "Voortrekker_Road Main_Road Jakaranda_Street Msinsi_Road Lancaster_Road")


class Ctx:
    """Per-note state: a seeded RNG, a re-seeded Faker, names already used in the note."""

    def __init__(self, idx: int, region: str) -> None:
        self.i = idx
        self.region = region
        self.r = random.Random(f"heldout51-{idx}")
        loc = _FAKER_LOC.get(region)
        self.fk = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(_SEED + idx)
        self.used: set[str] = set()
        self.used_ini: set[str] = set()
        self.b = NoteBuilder()

    # -- small random helpers -----------------------------------------------------------------
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def f1(self, a: float, b: float) -> str:
        return f"{self.r.uniform(a, b):.1f}"

    def f2(self, a: float, b: float) -> str:
        return f"{self.r.uniform(a, b):.2f}"

    def coin(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def digits(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def nd(self, n: int) -> str:  # n digits, no leading zero
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    def letters(self, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(pool) for _ in range(n))

    def w(self, s: str) -> None:
        _emit(self.b, s)

    def done(self, pt: P, ids: list[tuple[str, str]], addr: Addr | None = None,
             phone: str | None = None, email: str | None = None) -> Note:
        res: dict[str, Any] = {
            "resourceType": "Patient",
            "identifier": [{"system": s, "value": v} for s, v in ids],
            "name": [{"use": "official", "family": pt.last, "given": [pt.first, pt.middle]}],
            "gender": pt.gender,
        }
        if pt.dob:
            res["birthDate"] = pt.dob.isoformat()
        tel = []
        if phone:
            tel.append({"system": "phone", "value": phone})
        if email:
            tel.append({"system": "email", "value": email})
        if tel:
            res["telecom"] = tel
        if addr:
            res["address"] = [addr.fhir()]
        return self.b.build(res)

    # -- dates --------------------------------------------------------------------------------
    def day(self, lo: str = "2024-01-08", hi: str = "2025-09-26") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.r.randint(0, (b - a).days))

    def wday(self) -> dt.date:
        return wk(self.day(hi="2025-09-24"))

    def dob_for(self, d: dt.date, lo: int, hi: int) -> tuple[dt.date, int]:
        years = self.r.randint(lo, hi)
        dob = dt.date(d.year - years, 1, 1) - dt.timedelta(days=self.r.randint(0, 364))
        return dob, age_on(dob, d)

    def hm(self, lo: int = 0, hi: int = 23) -> str:
        return f"{self.ri(lo, hi):02d}:{self.ri(0, 11) * 5:02d}"

    def hhmm(self, lo: int = 0, hi: int = 23) -> str:
        return self.hm(lo, hi).replace(":", "")

    # -- names --------------------------------------------------------------------------------
    def _draw(self, group: str, sex: str, faker: float) -> tuple[str, str, str, str]:
        if faker and self.fk is not None and self.r.random() < faker:
            for _ in range(20):
                first = self.fk.first_name_male() if sex == "M" else self.fk.first_name_female()
                last = self.fk.last_name()
                ok = all(
                    re.fullmatch(r"(?:O'|Mc|Mac)?[A-Z][a-z]{2,}", x) and x not in _BLOCK
                    for x in (first, last)
                )
                if ok:
                    mid = self.fk.first_name_male() if sex == "M" else self.fk.first_name_female()
                    return first, last, mid, _FAKER_GROUP[self.region]
        males, females, lasts = NAMES[group]
        pool = males if sex == "M" else females
        first = self.r.choice(pool)
        mid = self.r.choice(pool)
        last = self.r.choice(lasts)
        return first, self._sexed(last, sex), mid, group

    @staticmethod
    def _sexed(last: str, sex: str) -> str:
        if sex == "F" and last in _GAELIC_F:
            return _GAELIC_F[last]
        if sex == "F" and last.endswith("ski"):
            return last[:-1] + "a"
        return last

    def person(self, groups: str | list[str], sex: str | None = None, faker: float = 0.0,
               ini: bool = False) -> P:
        gl = [groups] if isinstance(groups, str) else groups
        for _ in range(400):
            s = sex or self.r.choice("MF")
            first, last, mid, grp = self._draw(self.r.choice(gl), s, faker)
            toks = _tokens(first) + _tokens(last)
            mt = _tokens(mid)
            if any(t in self.used for t in toks + mt) or mid == first:
                continue
            p = P(first, last, s, mid, grp)
            if ini and (p.ini in _BAD_INI or p.ini in self.used_ini):
                continue
            self.used.update(toks + mt)
            if ini:
                self.used_ini.add(p.ini)
            return p
        raise RuntimeError("no unused name")

    def patient(self, groups: str | list[str], d: dt.date, age: tuple[int, int],
                sex: str | None = None, faker: float = 0.2) -> P:
        p = self.person(groups, sex, faker)
        p.dob, p.age = self.dob_for(d, *age)
        return p

    def kin(self, pt: P, sex: str | None = None, same_last: bool = True, blood: bool = True) -> P:
        """A relative: first name from the family's group, surname shared by default (always by
        a son or brother; a daughter or sister may have married)."""
        for _ in range(400):
            s = sex or self.r.choice("MF")
            shared = same_last or (blood and s == "M")
            males, females, lasts = NAMES[pt.group]
            first = self.r.choice(males if s == "M" else females)
            last = pt.last if shared else self._sexed(self.r.choice(lasts), s)
            if shared and pt.sex != s:
                rev = {v: k for k, v in _GAELIC_F.items()}
                last = _GAELIC_F.get(last, last) if s == "F" else rev.get(last, last)
            toks = _tokens(first) + ([] if shared else _tokens(last))
            if any(t in self.used for t in toks):
                continue
            self.used.update(toks)
            return P(first, last, s, first, pt.group)
        raise RuntimeError("no unused kin name")

    def staff(self, sex: str | None = None, ini: bool = False, region: str | None = None) -> P:
        return self.person(STAFF[region or self.region], sex, 0.0, ini)

    def lc(self, s: str, p: float = 0.3) -> str:
        """A name sometimes typed in lower case."""
        return s.lower() if self.coin(p) else s

    def nick(self, sex: str) -> str:
        men, women = _NICKS.get(self.region, _NICKS["UK"])
        for _ in range(50):
            n = self.r.choice(men if sex == "M" else women)
            if n.lower() not in self.used:
                self.used.add(n.lower())
                return n
        raise RuntimeError("no nickname")

    # -- identifiers --------------------------------------------------------------------------
    def nhs(self, spaced: bool = True) -> str:
        while True:
            ds = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(8)]
            chk = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            if chk == 10:
                continue
            s = "".join(map(str, ds)) + str(0 if chk == 11 else chk)
            return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s

    def chi(self, dob: dt.date, sex: str) -> str:
        while True:
            body = f"{dob:%d%m%y}{self.digits(2)}"
            sd = self.r.choice("13579" if sex == "M" else "02468")
            ds = [int(x) for x in body + sd]
            chk = 11 - sum(d * (10 - i) for i, d in enumerate(ds)) % 11
            if chk == 10:
                continue
            return body + sd + str(0 if chk == 11 else chk)

    def ni_number(self) -> str:
        a = self.r.choice("ABCEGHJKLMNPRSTWXYZ")
        b = self.r.choice("ABCEGHJKLMNPRSTWXYZ")
        return f"{a}{b} {self.digits(2)} {self.digits(2)} {self.digits(2)} {self.r.choice('ABCD')}"

    def ppsn(self) -> str:
        ds = self.digits(7)
        tot = sum(int(x) * (8 - i) for i, x in enumerate(ds))
        second = self.r.choice(["", "", "W", "A"])
        if second:
            tot += (ord(second) - 64) * 9
        rem = tot % 23
        return ds + ("W" if rem == 0 else chr(64 + rem)) + second

    def sin(self) -> str:
        body = self.r.choice("1234567") + self.digits(7)
        s = body + _luhn_check(body)
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def ssn(self) -> str:
        area = self.r.choice([x for x in range(1, 900) if x != 666])
        return f"{area:03d}-{self.ri(1, 99):02d}-{self.ri(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        s = (f"{self.ri(1, 9)}{self.r.choice(al)}{self.r.choice(an)}{self.ri(0, 9)}"
             f"{self.r.choice(al)}{self.r.choice(an)}{self.ri(0, 9)}{self.r.choice(al)}"
             f"{self.r.choice(al)}{self.ri(0, 9)}{self.ri(0, 9)}")  # fmt: skip
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if self.coin() else s

    def npi(self) -> str:
        body = self.r.choice("12") + self.digits(8)
        return body + _luhn_check("80840" + body)

    def medicare_au(self) -> tuple[str, str]:
        ds = [self.ri(2, 6)] + [self.ri(0, 9) for _ in range(7)]
        chk = sum(d * w for d, w in zip(ds, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
        s = "".join(map(str, ds)) + str(chk) + str(self.ri(1, 5))
        return f"{s[:4]} {s[4:9]} {s[9]}", str(self.ri(1, 5))

    def ihi(self) -> str:
        body = "800360" + self.digits(9)
        s = body + _luhn_check(body)
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"

    def nhi(self) -> str:
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            ls = "".join(self.r.choice(al) for _ in range(3))
            ds = [self.ri(0, 9) for _ in range(3)]
            vals = [al.index(x) + 1 for x in ls] + ds
            tot = sum(v * w for v, w in zip(vals, (7, 6, 5, 4, 3, 2), strict=True))
            rem = tot % 11
            if rem == 0:
                continue
            chk = 11 - rem
            if chk == 10:
                chk = 0
            return ls + "".join(map(str, ds)) + str(chk)

    def ohip(self) -> str:
        body = self.nd(9)
        s = body + _luhn_check(body)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"

    def bc_phn(self) -> str:
        while True:
            ds = [9] + [self.ri(0, 9) for _ in range(8)]
            tot = sum((d * w) % 11 for d, w in zip(ds[1:], (2, 4, 8, 5, 10, 9, 7, 3), strict=True))
            chk = 11 - tot % 11
            if chk >= 10:
                continue
            s = "".join(map(str, ds)) + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"

    def ramq(self, p: P) -> str:
        last = re.sub(r"[^A-Z]", "", p.last.upper().replace("É", "E").replace("Ô", "O"))
        first = p.first.upper().replace("É", "E")[0]
        mm = p.dob.month + (50 if p.sex == "F" else 0) if p.dob else 1
        yy = p.dob.year % 100 if p.dob else 0
        dd = p.dob.day if p.dob else 1
        return f"{(last + 'XXX')[:3]}{first} {yy:02d}{mm:02d} {dd:02d}{self.digits(2)}"

    def sa_id(self, dob: dt.date, sex: str) -> str:
        g = self.ri(5000, 9999) if sex == "M" else self.ri(0, 4999)
        body = f"{dob:%y%m%d}{g:04d}08"
        return body + _luhn_check(body)

    def mykad(self, dob: dt.date, sex: str) -> str:
        last = self.r.choice("13579" if sex == "M" else "02468")
        return f"{dob:%y%m%d}-{self.ri(1, 14):02d}-{self.digits(3)}{last}"

    # -- phones -------------------------------------------------------------------------------
    def uk_mob(self) -> str:
        return f"07{self.ri(4, 9)}{self.digits(2)} {self.digits(6)}"

    def uk_land(self, code: str) -> str:
        if code in ("020", "029", "024"):
            return f"{code} {self.ri(2, 8)}{self.digits(3)} {self.digits(4)}"
        if len(code) == 4:
            return f"{code} {self.ri(2, 9)}{self.digits(2)} {self.digits(4)}"
        return f"{code} {self.ri(2, 9)}{self.digits(5)}"

    def us_ph(self, area: str, style: int | None = None) -> str:
        ex = f"{self.ri(2, 9)}{self.ri(0, 9)}{self.ri(1, 9)}"
        while ex == "555":
            ex = f"{self.ri(2, 9)}{self.ri(0, 9)}{self.ri(1, 9)}"
        ln = self.digits(4)
        st = self.ri(0, 2) if style is None else style
        return (f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}")[st]

    def au_mob(self) -> str:
        return f"04{self.digits(2)} {self.digits(3)} {self.digits(3)}"

    def au_land(self, code: str) -> str:
        return f"({code}) {self.ri(5, 9)}{self.digits(3)} {self.digits(4)}"

    def ie_mob(self) -> str:
        return f"08{self.r.choice('35679')} {self.digits(3)} {self.digits(4)}"

    def nz_mob(self) -> str:
        return f"02{self.r.choice('1127')} {self.digits(3)} {self.digits(4)}"

    # -- addresses ----------------------------------------------------------------------------
    def uk_pc(self, outward: str) -> str:
        return f"{outward} {self.ri(1, 9)}{self.letters(2, _IN_LETTERS)}"

    def addr_uk(self, nation: str = "E", avoid: str = "", flat: bool = True) -> tuple[Addr, str]:
        towns = [t for t in UK_TOWNS[nation] if t[0] != avoid]
        town, code, outs = self.r.choice(towns)
        st = self.r.choice(UK_STREETS[nation])
        if not flat:
            line = f"{self.ri(1, 180)} {st}"
        elif nation == "S" and self.coin(0.4):
            line = f"Flat {self.ri(0, 3)}/{self.ri(1, 2)}, {self.ri(2, 240)} {st}"
        elif self.coin(0.2):
            line = f"Flat {self.ri(1, 24)}, {self.ri(2, 120)} {st}"
        else:
            line = f"{self.ri(1, 180)} {st}"
        country = {"E": "GB-ENG", "W": "GB-WLS", "S": "GB-SCT"}[nation]
        return Addr(line, town, "", self.uk_pc(self.r.choice(outs)), country), code

    def addr_us(self, avoid: str = "") -> tuple[Addr, str]:
        city, stt, area, zips = self.r.choice([c for c in US_CITIES if c[0] != avoid])
        line = f"{self.ri(100, 9899)} {self.r.choice(US_STREETS)}"
        if self.coin(0.25):
            line += f", Apt {self.ri(1, 24)}{self.r.choice('ABCD')}"
        return Addr(line, city, stt, self.r.choice(zips), "US"), area

    def ca_pc(self, fsa: str) -> str:
        return f"{fsa} {self.ri(1, 9)}{self.r.choice(_CA_LETTERS)}{self.ri(0, 9)}"

    def addr_ca(self, prov: str | None = None, avoid: str = "") -> tuple[Addr, str]:
        opts = [c for c in CA_CITIES if (prov is None or c[1] == prov) and c[0] != avoid]
        city, pv, area, fsa = self.r.choice(opts)
        line = f"{self.ri(2, 4800)} {self.r.choice(CA_STREETS[pv])}"
        if self.coin(0.25):
            line = f"{self.ri(101, 1804)}-{line}" if pv != "QC" else f"{line}, app. {self.ri(1, 12)}"
        return Addr(line, city, pv, self.ca_pc(fsa), "CA"), area

    def addr_au(self, state: str | None = None, avoid: str = "") -> tuple[Addr, str]:
        opts = [s for s in AU_SUBURBS if (state is None or s[1] == state) and s[0] != avoid]
        opts = opts or [s for s in AU_SUBURBS if s[0] != avoid]
        sub, stt, pc, code = self.r.choice(opts)
        st = self.r.choice(AU_STREETS)
        line = f"{self.ri(1, 140)} {st}" if self.coin(0.7) else f"{self.ri(1, 12)}/{self.ri(2, 90)} {st}"
        return Addr(line, sub, stt, pc, "AU"), code

    def eircode(self, rk: str) -> str:
        return f"{rk} {self.r.choice('ACDEFHKNPRTVWXY')}{''.join(self.r.choice(_EIR) for _ in range(3))}"

    def addr_ie(self, avoid: str = "") -> tuple[Addr, str, str]:
        town, county, rk, code = self.r.choice([t for t in IE_TOWNS if t[0] != avoid])
        line = f"{self.ri(1, 88)} {self.r.choice(IE_STREETS)}"
        cty = "" if county.startswith("Dublin") else county
        return Addr(line, town, cty, self.eircode(rk), "IE"), code, county

    def addr_nz(self, avoid: str = "") -> tuple[Addr, str]:
        sub, city, pc, code = self.r.choice([s for s in NZ_SUBURBS if s[0] != avoid])
        line = f"{self.ri(1, 260)} {self.r.choice(NZ_STREETS)}"
        if self.coin(0.25):
            line = f"{self.ri(1, 6)}/{line}"
        return Addr(line, city, "", pc, "NZ", area=sub), code


# ---------------------------------------------------------------------------------------------
# shared wording
# ---------------------------------------------------------------------------------------------


def opp(sex: str) -> str:
    return "F" if sex == "M" else "M"


def rel(p: P, kind: str) -> str:
    return {
        "spouse": ("husband", "wife"), "child": ("son", "daughter"),
        "sib": ("brother", "sister"), "parent": ("father", "mother"),
        "gchild": ("grandson", "granddaughter"), "partner": ("partner", "partner"),
        "nephew": ("nephew", "niece"),
    }[kind][0 if p.sex == "M" else 1]  # fmt: skip


def age_txt(age: int, fmt: str = "{}") -> str:
    """An age as written, marked AGE only when >= 90."""
    return fmt.format(f"⟦G|{age}⟧" if age >= 90 else str(age))


def mwf(d: dt.date) -> dt.date:
    while d.weekday() not in (0, 2, 4):
        d = plus(d, 1)
    return d


def next_session(d: dt.date) -> dt.date:
    return plus(d, 3 if d.weekday() == 4 else 2)


UK_PRACTICES = ["Moorfield Medical Centre", "Lister Surgery", "Northgate Health Centre",
                "Riverside Medical Practice", "Parkview Surgery", "Hillcrest Family Practice",
                "Canal Street Surgery", "Albion Medical Centre"]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# UNITED KINGDOM (12)
# ---------------------------------------------------------------------------------------------


def uk_hd_run_sheet(c: Ctx) -> Note:
    d = mwf(c.day())
    pt = c.patient(["english", "brit_asian", "west_african"], d, (44, 88), faker=0.25)
    a, _ = c.addr_uk("E")
    hosp, nhs = f"RX{c.nd(7)}", c.nhs()
    sp = c.kin(pt, opp(pt.sex))
    dau = c.kin(pt, "F")
    da, _ = c.addr_uk("E", avoid=a.city)
    n1, n2, sig = c.staff(ini=True), c.staff(ini=True), c.staff()
    formed = plus(d, -c.ri(300, 3000))
    blood = plus(d, -c.ch([2, 5, 7, 9]))
    dry = c.r.uniform(52, 96)
    pre, post = dry + c.r.uniform(1.6, 3.9), dry + c.r.uniform(0.0, 0.6)
    k = c.ch(["5.7", "5.9", "6.1", "6.3", "6.0"])
    side = c.ch(["L", "R"])
    event = c.ch([
        "Cramps at 3 h - UF paused 10 min, ⟪200 mL 0.9% NaCl⟫ given, settled.",
        "Uneventful session.",
        (f"Hypotensive at 2.5 h (BP ⟪{c.ri(78, 90)}/{c.ri(40, 52)}⟫) - UF off 15 min, legs raised, "
         "⟪100 mL 0.9% NaCl⟫, recovered."),
        "Prolonged bleeding from venous needle site (25 min) - pressure applied, ok.",
    ])
    why = c.ch(["admits to crisps and bananas over the weekend", "takeaway curry on Saturday",
                "drinking orange juice daily again", "had jacket potatoes most days"])
    nxt = next_session(d)
    c.w(f"""RENAL SERVICES - HAEMODIALYSIS TREATMENT RECORD
Unit: Moorside Satellite Dialysis Unit   Station {c.ri(1, 18)}   Shift: Mon/Wed/Fri {c.ch(['AM', 'PM', 'twilight'])}
Patient: ⟦N|{pt.LF}⟧      Hosp No: ⟦I|{hosp}⟧   NHS No: ⟦I|{nhs}⟧
DOB: ⟦D|{fd(pt.dob, 'dmy')}⟧      Session: {wd(d)} ⟦D|{fd(d, 'dmy')}⟧

Access: {side} {c.ch(['radiocephalic', 'brachiocephalic'])} AVF (formed ⟦D|{fd(formed, 'dmy')}⟧) - {c.ch(['buttonhole', 'rope-ladder'])}, 2 x ⟪15G⟫, thrill +, bruit +
Rx: ⟪4 h⟫  Qb ⟪{c.ch([300, 320, 350, 380])} mL/min⟫  Qd ⟪500 mL/min⟫  dialysate K ⟪2.0⟫ / Ca ⟪1.25⟫ / HCO3 ⟪32⟫
Anticoag: ⟪dalteparin {c.ch([2500, 3000, 5000])} units⟫ bolus at start
Target wt: ⟪{dry:.1f} kg⟫

            Pre           Post
Weight      ⟪{pre:.1f} kg⟫{' ' * 5}⟪{post:.1f} kg⟫
BP          ⟪{c.ri(140, 182)}/{c.ri(70, 96)}⟫{' ' * 6}⟪{c.ri(112, 146)}/{c.ri(60, 82)}⟫
Pulse       ⟪{c.ri(64, 92)}⟫{' ' * 12}⟪{c.ri(66, 96)}⟫
Temp        ⟪{c.f1(36.0, 36.9)}⟫{' ' * 10}⟪{c.f1(36.1, 37.0)}⟫

UF goal ⟪{pre - dry:.1f} L⟫ / achieved ⟪{pre - post:.1f} L⟫. {event}
Monthly bloods (⟦D|{fd(blood, 'dm')}⟧): Hb ⟪{c.ri(92, 121)} g/L⟫, K+ ⟪{k}⟫, PO4 ⟪{c.f2(1.4, 2.4)}⟫, adj Ca ⟪{c.f2(2.10, 2.45)}⟫, Alb ⟪{c.ri(30, 40)}⟫, URR ⟪{c.ri(64, 76)}%⟫
Given on unit: ⟪Aranesp {c.ch([20, 30, 40, 60])} micrograms IV⟫, ⟪Venofer 100 mg IV⟫

Comments: Pre-HD K+ ⟪{k}⟫ - {why}; low-K diet sheet re-issued, renal dietitian to see next week.
{rel(sp, 'spouse').capitalize()} ⟦N|{sp.first}⟧ rang the unit (⟦P|{c.uk_mob()}⟧) - asks that on {wd(nxt)} PTS collect from
their daughter ⟦N|{dau.first}⟧'s house: ⟦A|{da.line}⟧, ⟦A|{da.city}⟧ ⟦Z|{da.pc}⟧. Transport desk informed.

Needled by: ⟦N|{n1.ini}⟧ (RN)    Checked: ⟦N|{n2.ini}⟧
Signed: ⟦N|{sig.full}⟧, Staff Nurse (Band 5), ext ⟦P|{c.nd(4)}⟧
Next session: {wd(nxt)} ⟦D|{fd(nxt, 'dmy2')}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                       ("urn:trust:hospital-number", hosp)], a, c.uk_mob())


def uk_transplant_workup(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["brit_asian", "english", "west_african", "welsh"], d, (26, 66), faker=0.2)
    a, _ = c.addr_uk("E")
    nhs, hosp = c.nhs(spaced=False), f"K{c.nd(7)}"
    gp, cons, ref, coord = c.staff(), c.staff(), c.staff(), c.staff("F")
    typist = c.staff(ini=True)
    donor = c.kin(pt, opp(pt.sex))
    sib = c.kin(pt)
    stown, _ = c.addr_uk("E", avoid=a.city)
    surg, _ = c.addr_uk("E", avoid=a.city)
    hd_start = plus(d, -c.ri(200, 1500))
    donor_dob, _ = c.dob_for(d, max(21, pt.age - 8), min(70, pt.age + 8))
    echo = plus(d, -c.ri(10, 90))
    mdt = wk(plus(d, c.ri(20, 50)))
    cause = c.ch(["IgA nephropathy", "diabetic nephropathy", "ADPKD", "reflux nephropathy",
                  "FSGS", "hypertensive nephrosclerosis"])
    tdom = f"{ascii_id(coord.first)}.{ascii_id(coord.last)}"
    c.w(f"""Renal Transplant Assessment Clinic
Clinic date: ⟦D|{fd(d, 'd_month_y')}⟧    Dictated: ⟦D|{fd(d, 'dmy2_s')}⟧    Typed: ⟦D|{fd(plus(d, 4), 'dmy')}⟧ ⟦N|{typist.ini.lower()}⟧

Dr ⟦N|{gp.FsL}⟧
{c.ch(UK_PRACTICES)}
⟦A|{surg.line}⟧
⟦A|{surg.city}⟧
⟦Z|{surg.pc}⟧

Dear Dr ⟦N|{gp.last}⟧,

Re: {pt.title} ⟦N|{pt.first} {pt.LU}⟧   DOB ⟦D|{fd(pt.dob, 'dot')}⟧   NHS No ⟦I|{nhs}⟧   Hosp No ⟦I|{hosp}⟧
⟦A|{a.line}⟧, ⟦A|{a.city}⟧ ⟦Z|{a.pc}⟧

Diagnoses:
1. ESKD secondary to {cause} - haemodialysis since ⟦D|{fd(hd_start, 'month_y')}⟧
2. Hypertension
3. Secondary hyperparathyroidism

I reviewed {pt.title} ⟦N|{pt.last}⟧ in the transplant assessment clinic today with a view to
listing. {pt.He} dialyses three times a week via a {c.ch(['left', 'right'])} brachiocephalic fistula,
interdialytic weight gains ~⟪{c.f1(1.2, 2.8)} kg⟫, residual urine ~⟪{c.ch([200, 300, 500])} mL/day⟫.

Hb ⟪{c.ri(98, 124)} g/L⟫   K+ ⟪{c.f1(4.6, 5.8)}⟫   PTH ⟪{c.ri(18, 64)} pmol/L⟫   Alb ⟪{c.ri(33, 42)}⟫
Blood group ⟪{c.ch(['O RhD pos', 'A RhD pos', 'B RhD neg', 'O RhD neg'])}⟫   cRF ⟪{c.ch([0, 0, 12, 27, 46])}%⟫
CMV IgG ⟪{c.ch(['pos', 'neg'])}⟫  EBV IgG ⟪pos⟫  HBsAg ⟪neg⟫  anti-HBc ⟪neg⟫  HCV ⟪neg⟫  HIV ⟪neg⟫
Echo ⟦D|{fd(echo, 'dmy2')}⟧: LVEF ⟪{c.ri(50, 62)}%⟫, mild LVH. CTCA requested.

We talked through tacrolimus / MMF / prednisolone, the need for tacrolimus trough levels
(target ⟪5-8 ng/mL⟫ after month 3), skin cancer and infection risk, and adherence.

Living donation: {pt.his} {rel(donor, 'spouse')}, ⟦N|{donor.first}⟧ (DOB ⟦D|{fd(donor_dob, 'dmy')}⟧), has come
forward and will be seen separately by our living donor coordinator, ⟦N|{coord.full}⟧
(⟦E|{tdom}@nhs.net⟧, ⟦P|{c.uk_land('0113')}⟧); donor ref ⟦I|LD-{d.year % 100}-{c.nd(4)}⟧.
{pt.His} {rel(sib, 'sib')} ⟦N|{sib.first}⟧, who lives in ⟦A|{stown.city}⟧, has also expressed interest; the
UK Living Kidney Sharing Scheme was explained in case of incompatibility.

Plan: complete CTCA and dental review; listing MDT provisionally ⟦D|{fd(mdt, 'dmy2')}⟧. Dialysis as
per Dr ⟦N|{ref.FL}⟧ at the satellite unit.

Yours sincerely,

Dr ⟦N|{cons.full}⟧
Consultant Nephrologist, Renal Transplant Unit
cc: {pt.title} ⟦N|{pt.last}⟧; Dr ⟦N|{ref.last}⟧ (referring nephrologist)
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:trust:hosp-no", hosp)],
                  a, c.uk_mob())


def uk_warfarin_dosing(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["english", "welsh", "scottish"], d, (74, 99), faker=0.3)
    a, code = c.addr_uk("E")
    nhs = c.nhs()
    gp, locum, nurse = c.staff(), c.staff(), c.staff("F")
    s1, s2 = c.staff(ini=True), c.staff(ini=True)
    kid = c.kin(pt, "F" if c.coin(0.7) else "M", same_last=c.coin(0.3))
    ind = c.ch([("AF", f"CHA2DS2-VASc ⟪{c.ri(3, 6)}⟫", "2.5"), ("recurrent DVT", "", "2.5"),
                ("mechanical MVR", "On-X", "3.0"), ("PE (unprovoked)", "", "2.5")])
    started = plus(d, -c.ri(400, 4000))
    rows = []
    t = plus(d, -c.ch([35, 42, 56]))
    doses = ["3 mg daily", "3 mg daily", "2.5 mg / 3 mg alt days", "4 mg daily"]
    base = c.ch(doses)
    for inr in (c.f1(2.1, 2.9), c.f1(2.6, 3.3)):
        nx = plus(t, c.ch([14, 21, 28]))
        if nx >= d:
            nx = plus(d, -7)
        rows.append((t, inr, base, nx, c.ch([s1, s2])))
        t = nx
    hi = c.ch(["4.2", "4.6", "5.1", "3.9", "4.4"])
    ab_day = plus(d, -c.ri(4, 8))
    ab = c.ch(["clarithromycin 500 mg BD", "co-trimoxazole 960 mg BD", "metronidazole 400 mg TDS",
               "ciprofloxacin 500 mg BD"])
    rows.append((d, hi, "omit 1 day, then 2.5 mg daily", plus(d, 7), s2))
    tab = "Date        INR    Dose                             Next test    By\n"
    for rd, inr, dose, nx, by in rows:
        tab += (pad(f"⟦D|{fd(rd, 'dmy')}⟧", 12) + pad(f"⟪{inr}⟫", 7) + pad(f"⟪{dose}⟫", 33)
                + pad(f"⟦D|{fd(nx, 'dmy')}⟧", 13) + f"⟦N|{by.ini}⟧\n")
    kid_name = f"⟦N|{kid.first}⟧" if kid.last == pt.last else f"⟦N|{kid.full}⟧"
    known = f' (known as "⟦N|{c.nick(pt.sex)}⟧")' if c.coin(0.5) else ""
    c.w(f"""ANTICOAGULATION SERVICE - WARFARIN DOSING RECORD
Name: ⟦N|{pt.LF}⟧    DOB: ⟦D|{fd(pt.dob, 'dmy')}⟧    Age: {age_txt(pt.age)}    NHS: ⟦I|{nhs}⟧
GP: Dr ⟦N|{gp.last}⟧, {c.ch(UK_PRACTICES)}
Indication: {ind[0]} {ind[1]}   Target INR ⟪{ind[2]}⟫   Duration: long term   Started: ⟦D|{fd(started, 'mon_y')}⟧
Tablets held: 1 mg (brown), 3 mg (blue), 5 mg (pink)

{tab}
Comment ⟦D|{fd(d, 'dm')}⟧: INR ⟪{hi}⟫, no bleeding or bruising, no missed/extra doses. Started
⟪{ab}⟫ on ⟦D|{fd(ab_day, 'dm')}⟧ (out-of-hours GP, Dr ⟦N|{locum.FL}⟧) for a chest infection. Omit warfarin
tonight then ⟪2.5 mg daily⟫; recheck ⟦D|{fd(plus(d, 7), 'dm')}⟧ in clinic.
{pt.title} ⟦N|{pt.FsL}⟧{known}: {rel(kid, 'child')} {kid_name} fills the dosette - spoke to {kid.him} on ⟦P|{c.uk_mob()}⟧, will
collect the new dosing sheet. Yellow book updated. Bleeding advice repeated.

Clinician: ⟦N|{nurse.full}⟧, Anticoagulation Nurse Specialist   Tel ⟦P|{c.uk_land(code)}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], a)


def uk_hf_nurse_visit(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["english", "brit_asian", "scottish"], d, (62, 96), faker=0.25)
    a, code = c.addr_uk("E")
    nhs = c.nhs()
    sp = c.kin(pt, opp(pt.sex))
    hca, cons, hfsn = c.staff("F"), c.staff(), c.staff()
    w0 = c.r.uniform(62, 98)
    w1 = w0 + c.r.uniform(1.8, 3.6)
    k = c.ch(["5.4", "5.6", "5.3", "5.8"])
    cr0 = c.ri(98, 150)
    cr1 = cr0 + c.ri(18, 46)
    gp_bloods = plus(d, -c.ri(3, 8))
    rep = wk(plus(d, 3))
    wc = plus(d, 7 - d.weekday() + 7)
    arni = c.ch(["Entresto 49/51 mg BD", "Entresto 24/26 mg BD", "ramipril 5 mg OD",
                 "candesartan 8 mg OD"])
    c.w(f"""Community Heart Failure Nursing Team - Home Visit
Date: ⟦D|{fd(d, 'iso')}⟧ {c.hm(9, 15)}
Pt: ⟦N|{pt.full}⟧ (DOB ⟦D|{fd(pt.dob, 'dot')}⟧, {age_txt(pt.age, '{} yrs')})   NHS ⟦I|{nhs}⟧
Visited at home, ⟦A|{a.line}⟧, ⟦A|{a.city}⟧. Key safe ⟦I|{c.digits(4)}⟧. Present: pt + {rel(sp, 'spouse')} (⟦N|{sp.first}⟧).

S: more SOB on exertion last 5/7, now 3 pillows, ankles swollen to knees. Weight diary
⟪{w0:.1f}⟫ -> ⟪{w1:.1f} kg⟫ over 6 days. No chest pain. Taking tablets (dosette).
O: BP ⟪{c.ri(96, 118)}/{c.ri(54, 70)}⟫, HR ⟪{c.ri(72, 98)}⟫ irreg, SpO2 ⟪{c.ri(93, 97)}%⟫ RA, JVP ⟪+{c.ri(3, 6)} cm⟫,
pitting oedema to mid-shin bilat, bibasal creps.
Bloods (GP, ⟦D|{fd(gp_bloods, 'dm0')}⟧): Na ⟪{c.ri(131, 138)}⟫  K+ ⟪{k}⟫  urea ⟪{c.f1(11, 19)}⟫  creat ⟪{cr1}⟫ (baseline ⟪{cr0}⟫)  eGFR ⟪{c.ri(26, 44)}⟫
Meds: furosemide ⟪40 mg OM⟫; ⟪{arni}⟫; ⟪bisoprolol {c.ch([2.5, 5, 7.5])} mg OD⟫;
spironolactone ⟪25 mg OD⟫; dapagliflozin ⟪10 mg OD⟫.

A: fluid overloaded, NYHA III; K+ and creatinine up.
P: 1. furosemide ⟪80 mg OM⟫ x 3/7 then back to ⟪40 mg⟫ if wt < ⟪{w0 + 0.5:.1f} kg⟫.
   2. HOLD spironolactone until K+ < ⟪5.0⟫.
   3. Repeat U&E {wd(rep)} ⟦D|{fd(rep, 'dm')}⟧ at surgery - booked with HCA ⟦N|{hca.first}⟧.
   4. Discussed with Dr ⟦N|{cons.last}⟧ (HF consultant) by phone - agrees.
   5. Daily weights; ring if > ⟪2 kg⟫ gain in 3 days or worse breathless.
Next visit w/c ⟦D|{fd(wc, 'dm')}⟧.
HFSN: ⟦N|{hfsn.full}⟧   mob ⟦P|{c.uk_mob()}⟧   office ⟦P|{c.uk_land(code)}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], a,
                  c.uk_land(code))


def uk_device_remote(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["english", "welsh", "west_african"], d, (55, 94), faker=0.2)
    a, code = c.addr_uk("E")
    hosp = c.nd(7)
    imp = plus(d, -c.ri(200, 2400))
    tx = dt.datetime(d.year, d.month, d.day, c.ri(0, 5), c.ri(0, 59), c.ri(0, 59))
    sp = c.kin(pt, opp(pt.sex))
    ep, phys = c.staff(), c.staff(ini=True)
    dev = c.ch([("CRT-D", "Medtronic Cobalt XT HF", "BXK"), ("ICD", "Boston Scientific Resonate",
                "RES"), ("CRT-P", "Abbott Quadra Allure", "QAL"), ("DDD PPM", "Medtronic Azure",
                "PSR")])  # fmt: skip
    serial = f"{dev[2]}{c.nd(6)}{c.ch('SHG')}"
    af_d = plus(d, -c.ri(2, 20))
    nxt = plus(d, 91)
    url = f"https://crm-remote.northgate.nhs.uk/transmissions/{c.nd(8)}"
    c.w(f"""Cardiac Rhythm Management - Remote Device Check
Patient: {pt.title} ⟦N|{pt.FsL}⟧    Hosp no: ⟦I|{hosp}⟧    DOB: ⟦D|{fd(pt.dob, 'dd-Mon-yyyy')}⟧
Device: {dev[0]}  {dev[1]}   SN ⟦I|{serial}⟧   Implanted ⟦D|{fd(imp, 'dd-Mon-yyyy')}⟧
Transmission: ⟦D|{tx.isoformat()}⟧ (scheduled)   ⟦U|{url}⟧

Battery       ⟪{c.f1(2, 11)} yrs⟫ to RRT
RA lead       ⟪{c.f1(0.4, 1.2)} V @ 0.4 ms⟫   ⟪{c.ri(380, 620)} ohm⟫   P ⟪{c.f1(1.5, 4.5)} mV⟫
RV lead       ⟪{c.f1(0.5, 1.3)} V @ 0.4 ms⟫   ⟪{c.ri(400, 700)} ohm⟫   R ⟪{c.ri(6, 18)} mV⟫
Pacing        A ⟪{c.ri(2, 60)}%⟫   V ⟪{c.f1(90, 99.8)}%⟫
Events        ⟪{c.ri(1, 6)}⟫ x AT/AF, longest ⟪{c.ri(2, 30)} h⟫ on ⟦D|{fd(af_d, 'dd-Mon')}⟧; AF burden ⟪{c.f1(0.5, 9)}%⟫
              VT/VF: ⟪{c.ch(['nil', '1 x VT zone, ATP x1 successful, no shocks'])}⟫
Fluid index crossed threshold ⟦D|{fd(plus(d, -3), 'dd-Mon')}⟧.

Action: AF burden up + fluid index - discussed with Dr ⟦N|{ep.last}⟧ (EP SpR). Already on
⟪apixaban 5 mg BD⟫. Phoned pt ⟦D|{fd(d, 'dmy2')}⟧ - {rel(sp, 'spouse')} ⟦N|{sp.first}⟧ answered on ⟦P|{c.uk_land(code)}⟧,
pt feels "a bit puffed"; advised to contact HF nurse today, weigh daily.
Next remote: ⟦D|{fd(nxt, 'dd-Mon-yyyy')}⟧.
Checked by: ⟦N|{phys.full}⟧, Cardiac Physiologist (Band 6)  [⟦N|{phys.ini}⟧]
""")
    return c.done(pt, [("urn:trust:hosp-no", hosp)], a)


def uk_dka_ward(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["english", "welsh", "brit_asian"], d, (18, 24), faker=0.3)
    a, _ = c.addr_uk("W")
    term, _ = c.addr_uk("E")
    hosp = f"M{c.nd(7)}"
    mum = c.kin(pt, "F")
    fy1, dsn = c.staff(), c.staff("F")
    adm = plus(d, -1)
    wt = c.ri(48, 82)
    rate = round(wt * 0.1)
    hb = c.ri(20, 23)
    rows = [(f"{hb}:{c.ri(10, 55)}", "7.08", "6", "6.2", "31.4", "5.8"),
            (f"0{c.ri(0, 1)}:{c.ri(10, 55)}", "7.17", "10", "4.1", "18.2", "4.6"),
            (f"0{c.ri(2, 3)}:{c.ri(10, 55)}", "7.24", "14", "2.6", "12.8", "3.9")]
    tab = "Time   pH     HCO3  Ketones  CBG    K+\n"
    for r in rows:
        tab += r[0] + "  " + "".join(pad(f"⟪{v}⟫", w) for v, w in zip(r[1:], (7, 6, 9, 7, 4), strict=True)) + "\n"
    c.w(f"""Ward 14 - FY1 note   ⟦D|{fd(d, 'dmy')}⟧ 0{c.ri(2, 4)}:{c.ri(10, 55)}
Asked to review re DKA protocol, hr 6.
⟦N|{pt.full}⟧, {pt.age}{pt.sex}, hosp no ⟦I|{hosp}⟧. T1DM (dx age {c.ri(6, 14)}). Admitted via ED ⟦D|{fd(adm, 'dm')}⟧ {hb}:{c.ri(10, 55)}
with vomiting + abdo pain; missed basal insulin x2 days (pens left at home over reading week).

FRIII ⟪0.1 units/kg/h⟫ = ⟪{rate} units/h⟫ (wt ⟪{wt} kg⟫); ⟪Lantus {c.ri(12, 24)} units⟫ continued at 22:00
⟪0.9% NaCl + KCl 40 mmol/L⟫ at ⟪150 mL/h⟫

{tab}
A: DKA resolving - ketones falling > ⟪0.5 mmol/L/h⟫, HCO3 rising. K+ ⟪3.9⟫ on KCl.
P: - add ⟪10% glucose 125 mL/h⟫ as CBG < ⟪14⟫
   - cont FRIII until ketones < ⟪0.6⟫ and pH > ⟪7.3⟫, then SC insulin with a meal
   - VBG + ketones 2-hourly; U&E at 06:00
   - DSN referral for the morning (⟦N|{dsn.first}⟧, bleep ⟦P|{c.nd(4)}⟧)
   - Mum ⟦N|{mum.first}⟧ aware, travelling up from ⟦A|{a.city}⟧ (⟦P|{c.uk_mob()}⟧)
Term-time address: ⟦A|{term.line}⟧, ⟦A|{term.city}⟧ ⟦Z|{term.pc}⟧ (GP still at home).

⟦N|{fy1.FL}⟧, FY1, bleep ⟦P|{c.nd(4)}⟧
""")
    return c.done(pt, [("urn:trust:hosp-no", hosp), ("https://fhir.nhs.uk/Id/nhs-number",
                                                   c.nhs(False))], a, c.uk_mob())


def uk_dsn_phone(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient("brit_asian", d, (58, 92), faker=0.0)
    a, code = c.addr_uk("E")
    nhs = c.nhs()
    son = c.kin(pt, "M")
    dsn, gp = c.staff("F"), c.staff()
    lang = c.ch(["Gujarati", "Punjabi", "Urdu", "Bengali"])
    start = plus(d, -6)
    hdr = "Date    Pre-bkfst  Pre-lunch  Pre-eve  Bed"
    rows = []
    for k in range(6):
        day_ = plus(start, k)
        vals = [c.f1(3.1, 4.2) if (k in (1, 4)) else c.f1(4.6, 8.0), c.f1(5.2, 9.4),
                c.f1(6.0, 11.0), c.f1(7.0, 12.5)]
        star = "*" if k in (1, 4) else " "
        rows.append(pad(f"⟦D|{fd(day_, 'dm0')}⟧", 8) + pad(f"⟪{vals[0]}⟫{star}", 11)
                    + pad(f"⟪{vals[1]}⟫", 11) + pad(f"⟪{vals[2]}⟫", 9) + f"⟪{vals[3]}⟫")
    nxt = plus(d, 7)
    while nxt.weekday() > 4:
        nxt = plus(nxt, 1)
    ins = c.ch([("Humulin I", "Humulin M3"), ("Insulatard", "Humalog Mix25")])
    dose = c.ri(18, 30)
    c.w(f"""Diabetes Specialist Nursing - Telephone Consultation
⟦D|{fd(d, 'd_mon_y')}⟧  call duration {c.ri(12, 25)} min   Professional interpreter ({lang}), ID ⟦I|{c.nd(6)}⟧
Patient: {pt.title} ⟦N|{pt.full}⟧   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧   NHS ⟦I|{nhs}⟧
Also on the call: son ⟦N|{c.lc(son.first, 0.4)}⟧ (mob ⟦P|{c.uk_mob()}⟧), who reads the meter.

Reason: hypos reported by son - 2 in last week, both before breakfast, ~⟪3.2⟫, treated with
⟪4 jelly babies⟫ + toast.
Current: ⟪{ins[0]} {dose} units⟫ am / ⟪{dose - 4} units⟫ pm, ⟪gliclazide 80 mg BD⟫, ⟪metformin 1 g BD⟫.
HbA1c ⟪{c.ri(44, 52)} mmol/mol⟫ (⟦D|{fd(plus(d, -c.ri(20, 60)), 'dmy2')}⟧), eGFR ⟪{c.ri(38, 58)}⟫.

CBG log read out:
{hdr}
""" + "\n".join(rows) + f"""
(* = hypo)

Plan agreed: stop gliclazide; reduce pm insulin to ⟪{dose - 8} units⟫; keep am dose. Hypo
leaflet in {lang} to be posted. DVLA / driving - not driving. Sick-day rules revisited.
Letter to GP (Dr ⟦N|{gp.last}⟧). Next call {wd(nxt)} ⟦D|{fd(nxt, 'dm')}⟧ am - son prefers after 10.
⟦N|{dsn.full}⟧, DSN, ext ⟦P|{c.nd(5)}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], a,
                  c.uk_land(code))


def uk_copd_niv(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["english", "scottish", "welsh"], d, (58, 91), faker=0.25)
    a, code = c.addr_uk("E")
    hosp = f"{c.letters(1)}{c.nd(6)}"
    sp = c.kin(pt, opp(pt.sex))
    reg, nivn, cons = c.staff(), c.staff(), c.staff()
    start = f"{c.ri(13, 17)}:{c.ri(10, 55)}"
    ipap = c.ch([18, 20, 22])
    c.w(f"""Respiratory SpR review - Ward 9 (resp) bed {c.ri(1, 28)}     ⟦D|{fd(d, 'dd-Mon-yyyy')}⟧
⟦N|{pt.LFMU}⟧   {pt.age}{pt.sex}   Hosp ⟦I|{hosp}⟧

Bg: COPD (FEV1 ⟪{c.f2(0.6, 1.2)} L⟫, ⟪{c.ri(25, 45)}%⟫ pred), LTOT ⟪2 L/min⟫, {c.ri(2, 5)} admissions in 12/12,
NIV previously {c.ch(['2022', '2023', 'last winter'])}. Ex-smoker ({c.ri(40, 70)} pack-yrs).
Target sats ⟪88-92%⟫.

ABG on ⟪28% venturi⟫: pH ⟪{c.f2(7.22, 7.29)}⟫  pCO2 ⟪{c.f1(8.4, 10.6)} kPa⟫  pO2 ⟪{c.f1(6.8, 8.2)}⟫  HCO3 ⟪{c.ri(29, 34)}⟫  lact ⟪{c.f1(0.8, 1.9)}⟫
Acute hypercapnic resp failure despite optimal medical Rx x 1 h.

NIV started {start}: IPAP ⟪{ipap - 4}⟫ -> ⟪{ipap} cmH2O⟫, EPAP ⟪5⟫, backup rate ⟪14⟫, O2 ⟪2 L⟫ entrained,
full face mask (M). Repeat ABG at 1 h: pH ⟪{c.f2(7.30, 7.34)}⟫, pCO2 ⟪{c.f1(7.2, 8.3)}⟫.

Ceiling of care: ward-based NIV is the ceiling - not for intubation. Discussed with pt and
{rel(sp, 'spouse')} ⟦N|{sp.first}⟧ (NOK, ⟦P|{c.uk_land(code)}⟧); ReSPECT form completed ⟦D|{fd(d, 'dmy2')}⟧, agreed by
Dr ⟦N|{cons.last}⟧.
Rx: ⟪doxycycline 200 mg⟫ stat then ⟪100 mg OD⟫, ⟪prednisolone 30 mg OD⟫ 5/7, nebs ⟪salbutamol 2.5 mg⟫ /
⟪ipratropium 500 micrograms⟫ via air. VTE: ⟪enoxaparin 40 mg⟫.
Handed over to NIV nurse ⟦N|{nivn.first}⟧ (Band 6) - obs + ABG at 4 h.

Dr ⟦N|{reg.FL}⟧ (ST5 Resp / SpR), bleep ⟦P|{c.nd(4)}⟧
""")
    return c.done(pt, [("urn:trust:hosp-no", hosp)], a)


def uk_home_oxygen_wales(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["welsh", "english"], d, (60, 93), faker=0.15)
    a, code = c.addr_uk("W")
    nhs = c.nhs()
    sp = c.kin(pt, opp(pt.sex))
    gp, cns = c.staff(), c.staff("F")
    abg2 = plus(d, -c.ri(21, 35))
    rev = wk(plus(d, c.ri(84, 100)))
    em = f"{ascii_id(cns.first)}.{ascii_id(cns.last)}@wales.nhs.uk"
    tel = c.uk_land(code)
    c.w(f"""Home Oxygen Service - Assessment and Review (HOS-AR)
Date: ⟦D|{fd(d, 'ord_month_y')}⟧
Name: ⟦N|{pt.full}⟧    DOB: ⟦D|{fd(pt.dob, 'dmy')}⟧    NHS: ⟦I|{nhs}⟧
Address: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧ ⟦Z|{a.pc}⟧    Tel ⟦P|{tel}⟧
Referred by: Dr ⟦N|{gp.FL}⟧ (GP)

Spirometry: FEV1 ⟪{c.f2(0.6, 1.1)} L⟫ (⟪{c.ri(28, 45)}%⟫), FVC ⟪{c.f2(1.6, 2.6)} L⟫, ratio ⟪{c.f2(0.35, 0.55)}⟫
Resting ABG on air (stable): pO2 ⟪{c.f1(6.6, 7.2)} kPa⟫, pCO2 ⟪{c.f1(5.2, 6.4)}⟫; repeat ⟦D|{fd(abg2, 'dmy2')}⟧ pO2 ⟪{c.f1(6.7, 7.2)}⟫
-> meets LTOT criteria (pO2 < ⟪7.3 kPa⟫ on two occasions).
Titration: ⟪2 L/min⟫ nasal cannula -> pO2 ⟪{c.f1(8.1, 9.0)}⟫, pCO2 ⟪{c.f1(5.6, 6.6)}⟫, pH ⟪{c.f2(7.36, 7.42)}⟫
6MWT: ⟪{c.ri(150, 320)} m⟫, nadir SpO2 ⟪{c.ri(79, 85)}%⟫ on air; with ⟪2 L⟫ ambulatory ⟪{c.ri(88, 91)}%⟫

Smoking: ex-smoker since 2019, CO ⟪{c.ri(1, 4)} ppm⟫. {rel(sp, 'spouse').capitalize()} (⟦N|{sp.first}⟧) still smokes - outside only,
counselled; gas hob; Safe and Well referral sent to Fire and Rescue, ref ⟦I|SW{c.nd(7)}⟧.
IHORM completed. HOOF order no. ⟦I|{c.nd(8)}⟧ sent to supplier.

Prescription: LTOT ⟪2 L/min⟫ for ⟪>= 15 h/day⟫ via concentrator; ambulatory cylinders ⟪2 L/min⟫.
Target sats ⟪88-92%⟫ - alert card issued.
Review ⟦D|{fd(rev, 'dmy2')}⟧ at home (3/12).
Assessed by: ⟦N|{cns.full}⟧, Respiratory CNS   ⟦E|{em}⟧   mob ⟦P|{c.uk_mob()}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], a, tel)


def uk_stroke_lysis_scot(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["scottish", "english"], d, (52, 94), faker=0.2)
    a, code = c.addr_uk("S")
    chi = c.chi(pt.dob, pt.sex)
    sp = c.kin(pt, opp(pt.sex))
    reg, sn, cons = c.staff(), c.staff("F", ini=True), c.staff()
    lkw = dt.datetime(d.year, d.month, d.day, c.ri(6, 9), c.ri(0, 59))
    arr_m = c.ri(40, 110)
    arr = lkw + dt.timedelta(minutes=arr_m)
    needle = arr + dt.timedelta(minutes=c.ri(22, 48))
    wt = c.ri(56, 96)
    dose = min(25, round(wt * 0.25))
    doac = plus(d, 6)
    nihss = c.ri(6, 18)
    c.w(f"""ACUTE STROKE - THROMBOLYSIS PROFORMA
Name: ⟦N|{pt.LU} {pt.first}⟧    CHI: ⟦I|{chi}⟧    DOB: ⟦D|{fd(pt.dob, 'dmy')}⟧    Age {age_txt(pt.age)}
Last known well: ⟦D|{lkw.isoformat(timespec='minutes')}⟧ (witnessed by {rel(sp, 'spouse')}, ⟦N|{sp.first}⟧, at breakfast)
Arrival: {arr:%H:%M}    CT: {arr + dt.timedelta(minutes=12):%H:%M}    Bolus: {needle:%H:%M}

NIHSS ⟪{nihss}⟫ (facial ⟪2⟫, L arm ⟪{c.ri(2, 4)}⟫, L leg ⟪{c.ri(1, 3)}⟫, neglect ⟪1⟫, dysarthria ⟪1⟫ ...)
CT head: no haemorrhage, ASPECTS ⟪{c.ri(7, 10)}⟫. CTA: {c.ch(['R M1 occlusion', 'R M2 occlusion', 'no LVO'])}.
BP ⟪{c.ri(170, 184)}/{c.ri(88, 104)}⟫ -> ⟪labetalol 10 mg IV⟫ -> ⟪{c.ri(150, 178)}/{c.ri(80, 98)}⟫. CBG ⟪{c.f1(5.2, 9.8)}⟫.
Anticoagulants: none. Not on DOAC. Plt ⟪{c.ri(160, 340)}⟫, INR ⟪1.0⟫.
Wt ⟪{wt} kg⟫ -> ⟪tenecteplase 0.25 mg/kg = {dose} mg⟫ IV bolus. Door-to-needle {int((needle - arr).seconds / 60)} min.
Assent from {rel(sp, 'spouse')} (pt dysphasic). {sp.He} can be reached on ⟦P|{c.uk_mob()}⟧.

Post-lysis: neuro obs 15-min x 2 h; no antithrombotics 24 h; CT at 24 h; NBM until
swallow screen (SSNAP). New AF on ECG - start ⟪apixaban 5 mg BD⟫ from day 6 (⟦D|{fd(doac, 'dm')}⟧) if
24-h CT shows small-moderate infarct.
Thrombectomy discussed with INS - SAS transfer ref ⟦I|{c.nd(8)}⟧.

Stroke reg: Dr ⟦N|{reg.full}⟧   Stroke nurse: ⟦N|{sn.first}⟧ [⟦N|{sn.ini}⟧]   Consultant: Dr ⟦N|{cons.last}⟧
""")
    return c.done(pt, [("https://fhir.scot.nhs.uk/Id/chi", chi)], a, c.uk_land(code))


def uk_varices_alcohol(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["english", "scottish", "welsh", "west_african"], d, (34, 72), faker=0.25)
    a, code = c.addr_uk("E")
    hosp = f"{c.nd(2)}{c.letters(1)}{c.nd(5)}"
    sis = c.kin(pt, "F", same_last=c.coin(0.4))
    reg, endo, act = c.staff(), c.staff(), c.staff("F")
    ogd = plus(d, -1)
    last_drink = plus(d, -2)
    sis_name = f"⟦N|{sis.first}⟧" if sis.last == pt.last else f"⟦N|{sis.full}⟧"
    hb0 = c.ri(58, 74)
    c.w(f"""Gastroenterology Ward Round - Ward 22 (Liver)    {wd(d)} ⟦D|{fd(d, 'dmy')}⟧
Pt: ⟦N|{pt.LFM}⟧   {pt.age}{pt.sex}   Hosp ⟦I|{hosp}⟧   NI no ⟦S|{c.ni_number()}⟧ (for DWP form)

Day 2 post variceal bleed. OGD ⟦D|{fd(ogd, 'dm')}⟧ (Dr ⟦N|{endo.last}⟧): grade 3 oesophageal varices, ⟪{c.ri(3, 6)}⟫ bands,
no gastric varices.
GBS ⟪{c.ri(11, 16)}⟫  Rockall (post-OGD) ⟪{c.ri(5, 8)}⟫  Child-Pugh ⟪C{c.ri(10, 12)}⟫  MELD ⟪{c.ri(18, 27)}⟫
Hb ⟪{hb0}⟫ -> ⟪2 units RBC⟫ -> ⟪{hb0 + c.ri(12, 20)}⟫.  INR ⟪{c.f1(1.5, 2.2)}⟫  Bili ⟪{c.ri(40, 120)}⟫  Alb ⟪{c.ri(22, 30)}⟫  Na ⟪{c.ri(126, 134)}⟫
Rx: ⟪terlipressin 2 mg QDS⟫ (day 2/5), ⟪ceftriaxone 1 g OD⟫, ⟪omeprazole 40 mg BD⟫ post-banding.

Alcohol: ~⟪{c.ri(120, 220)} units/wk⟫, last drink ⟦D|{fd(last_drink, 'dm')}⟧ am. CIWA-Ar ⟪{c.ri(10, 18)}⟫ overnight.
-> ⟪chlordiazepoxide 20 mg QDS⟫ reducing regime (day 2), ⟪Pabrinex I+II 2 pairs TDS⟫ x 3/7 then
⟪thiamine 100 mg TDS⟫. Diagnostic tap: PMN ⟪{c.ri(20, 180)}⟫ - no SBP.

Plan: carvedilol once terlipressin stops; repeat OGD banding in 2/52; Alcohol Care Team
(⟦N|{act.first}⟧) to see today; hepatology OPD with Fibroscan.
NOK: {rel(sis, 'sib')} {sis_name}, ⟦P|{c.uk_land(code)}⟧ - updated by phone.

Dr ⟦N|{reg.full}⟧, Gastro SpR, bleep ⟦P|{c.nd(4)}⟧
""")
    return c.done(pt, [("urn:trust:hosp-no", hosp)], a)


def uk_lithium_pharmacy_email(c: Ctx) -> Note:
    d = c.day()
    while d.weekday() > 4:
        d = plus(d, 1)
    pt = c.patient(["english", "brit_asian", "welsh"], d, (38, 78), faker=0.25)
    a, _ = c.addr_uk("E")
    nhs = c.nhs()
    gp, locum, pharm, reply = c.staff(), c.staff(), c.staff(), c.staff()
    ph_addr, pcode = c.addr_uk("E", avoid=a.city, flat=False)
    rx_d = plus(d, -2)
    lvl_d = plus(d, -c.ri(60, 120))
    bk = plus(d, 6)
    pem = f"{ascii_id(pharm.first)}.{ascii_id(pharm.last)}@nhs.net"
    mob = c.uk_mob()
    c.w(f"""From: ⟦N|{pharm.full}⟧ <⟦E|{pem}⟧>
To: {c.ch(UK_PRACTICES)} - clinical admin
Sent: ⟦D|{fd(d, 'd_month_y')}⟧ {c.hm(9, 17)}
Subject: Lithium + NSAID - {pt.title} ⟦N|{pt.full}⟧ DOB ⟦D|{fd(pt.dob, 'dmy')}⟧

Dear Dr ⟦N|{gp.last}⟧,

{pt.title} ⟦N|{pt.last}⟧ (NHS ⟦I|{nhs}⟧) brought in an Rx today for ⟪naproxen 500 mg BD⟫, issued
⟦D|{fd(rx_d, 'dmy2')}⟧ by Dr ⟦N|{locum.FL}⟧. {pt.He} takes ⟪Priadel 400 mg nocte⟫; last Li level ⟪{c.f2(0.55, 0.85)} mmol/L⟫
on ⟦D|{fd(lvl_d, 'dmy')}⟧ (per the purple lithium record book), eGFR ⟪{c.ri(52, 78)}⟫, TSH ⟪{c.f1(1.2, 4.0)}⟫.

NSAIDs can raise lithium levels. I have not supplied the naproxen; {pt.he} has had
paracetamol in the meantime. Could you review? {pt.He} also mentioned {pt.his} BP tablet was
changed to ⟪ramipril 2.5 mg⟫ last month - ACE inhibitor + lithium also needs a level.
{pt.He} can be contacted on ⟦P|{mob}⟧.

Kind regards,
⟦N|{pharm.full}⟧ MRPharmS, GPhC ⟦I|{c.nd(7)}⟧
Five Lanes Pharmacy, ⟦A|{ph_addr.line}⟧, ⟦A|{ph_addr.city}⟧ ⟦Z|{ph_addr.pc}⟧   Tel ⟦P|{c.uk_land(pcode)}⟧

-- Reply ⟦D|{fd(plus(d, 1), 'dm')}⟧ --
Thanks - naproxen cancelled, Li level + U&E booked {wd(bk)} ⟦D|{fd(bk, 'dm')}⟧. Dr ⟦N|{reply.FL}⟧
""")
    return c.done(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], a, mob)


# ---------------------------------------------------------------------------------------------
# UNITED STATES (10)
# ---------------------------------------------------------------------------------------------

US_PT = ["us_white", "us_black", "us_hispanic", "us_white", "us_black", "vietnamese"]


def us_hd_monthly(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(US_PT, d, (38, 84), faker=0.25)
    a, area = c.addr_us()
    dau = c.kin(pt, "F", same_last=c.coin(0.5))
    da, _ = c.addr_us()
    da = Addr(da.line, a.city, a.state, c.ch([z for x in US_CITIES if x[0] == a.city for z in x[3]]), "US")
    mrn = c.nd(8)
    mbi = c.mbi()
    neph, rd, ir = c.staff(), c.staff("F"), c.staff()
    labs = plus(d, -c.ri(8, 14))
    placed = plus(d, -c.ri(200, 1100))
    tx_ref = plus(d, -c.ri(60, 300))
    edw = c.r.uniform(62, 112)
    k, ph = c.f1(5.5, 6.3), c.f1(6.1, 7.8)
    dau_n = f"⟦N|{dau.first}⟧" if dau.last == pt.last else f"⟦N|{dau.full}⟧"
    c.w(f"""OUTPATIENT HEMODIALYSIS - MONTHLY NEPHROLOGY PROGRESS NOTE
Facility: Riverbend Dialysis Center     Chair {c.ri(1, 24)}     MWF {c.ch(['1st', '2nd', '3rd'])} shift
Patient: ⟦N|{pt.LFM}⟧     MRN ⟦I|{mrn}⟧     DOB ⟦D|{fd(pt.dob, 'mdy')}⟧
Medicare MBI ⟦I|{mbi}⟧     CMS-2728 on file (SSN ⟦S|{c.ssn()}⟧)
Date of visit: ⟦D|{fd(d, 'mdy')}⟧ (rounding chairside)

Modality: in-center HD 3x/wk, ⟪3.75 h⟫, Optiflux 180NR, Qb ⟪400⟫, Qd ⟪600⟫, ⟪2K/2.5Ca⟫ bath, EDW ⟪{edw:.1f} kg⟫
Access: {c.ch(['L', 'R'])} upper arm AVG (placed ⟦D|{fd(placed, 'm/y')}⟧) - venous pressures trending up
⟪{c.ri(160, 190)} -> {c.ri(230, 260)} mmHg⟫, prolonged bleeding x2 -> fistulagram requested (IR, Dr. ⟦N|{ir.last}⟧).
Adequacy: spKt/V ⟪{c.f2(1.2, 1.6)}⟫   URR ⟪{c.ri(65, 76)}%⟫

Labs ⟦D|{fd(labs, 'mdy2_0')}⟧:
Hgb ⟪{c.f1(9.2, 11.4)}⟫ | ferritin ⟪{c.ri(300, 900)}⟫ | TSAT ⟪{c.ri(18, 36)}%⟫ | Alb ⟪{c.f1(3.2, 4.1)}⟫ | K ⟪{k}⟫ | Phos ⟪{ph}⟫ | Ca ⟪{c.f1(8.4, 9.6)}⟫ | iPTH ⟪{c.ri(280, 900)}⟫

On HD: ⟪Mircera {c.ch([75, 100, 150])} mcg q2wk⟫, ⟪calcitriol {c.ch(['0.5', '1'])} mcg TIW⟫
Home: ⟪sevelamer 1600 mg TID with meals⟫, ⟪cinacalcet 30 mg daily⟫, ⟪amlodipine 10 mg daily⟫
IDWG avg ⟪{c.f1(3.2, 4.6)} kg⟫ (goal < ⟪3⟫) - 1 L/day fluid restriction reinforced.
K ⟪{k}⟫ / Phos ⟪{ph}⟫: diet recall with OJ, potatoes, takes binder "when I remember". Renal RD
⟦N|{rd.full}⟧ to review at next tx.
Transplant: referred ⟦D|{fd(tx_ref, 'mon_d_y')}⟧; evaluation pending (needs dental clearance).
SW: Medicaid transportation - pickup changed to {rel(dau, 'child')} {dau_n}'s home,
⟦A|{da.line}⟧, ⟦A|{da.city}⟧, {da.state} ⟦Z|{da.pc}⟧, ⟦P|{c.us_ph(area)}⟧.

⟦N|{neph.full}⟧, MD - Nephrology    pgr ⟦P|{c.nd(4)}⟧
""")
    return c.done(pt, [("urn:oid:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mbi.replace("-", ""))],
                  a, c.us_ph(area))


def us_anticoag_phone(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["us_hispanic", "us_white", "us_black"], d, (45, 88), faker=0.2)
    a, area = c.addr_us()
    ph_a, _ = c.addr_us()
    ph_a = Addr(ph_a.line, a.city, a.state, a.pc, "US")
    mrn = c.nd(7)
    fam = c.kin(pt, "F" if c.coin(0.6) else "M")
    rph, card = c.staff(), c.staff()
    miss1, miss2 = plus(d, -4), plus(d, -3)
    recheck = plus(d, 3)
    inr = c.f1(1.5, 1.9)
    wt = c.ri(58, 104)
    t = dt.datetime(d.year, d.month, d.day, c.ri(9, 16), c.ri(0, 59))
    interp = "interprets; " if pt.group == "us_hispanic" else "cell "
    c.w(f"""ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER
Patient: ⟦N|{pt.LFM}⟧    DOB ⟦D|{fd(pt.dob, 'mdy')}⟧    MRN ⟦I|{mrn}⟧
Date: ⟦D|{fd(d, 'mdy2')}⟧
Indication: mechanical MVR (On-X, since 2019) + AF     INR goal ⟪2.5-3.5⟫
Managing cardiologist: Dr. ⟦N|{card.last}⟧

POC INR today (home meter, called in): ⟪{inr}⟫
Weekly dose: ⟪45 mg/wk⟫ (⟪7.5 mg⟫ Mon/Wed/Fri, ⟪5 mg⟫ other days)
Missed doses: ⟦D|{fd(miss1, 'md')}⟧ and ⟦D|{fd(miss2, 'md')}⟧ - ran out, refill delayed (prior auth issue).
Bleeding/bruising: denies. Diet: no change. New meds: none. EtOH: none. Procedures: none.

Plan:
- ⟪enoxaparin 1 mg/kg = {wt} mg SC q12h⟫ bridge until INR >= ⟪2.5⟫ (wt ⟪{wt} kg⟫, CrCl > 30)
- booster ⟪10 mg⟫ today, then resume ⟪45 mg/wk⟫
- recheck INR ⟦D|{fd(recheck, 'md')}⟧
- Rx refill sent to Walgreens, ⟦A|{ph_a.line}⟧, ⟦A|{ph_a.city}⟧, {ph_a.state} ⟦Z|{ph_a.pc}⟧ (⟦P|{c.us_ph(area, 0)}⟧)
Spoke with pt's {rel(fam, 'child')} ⟦N|{fam.first}⟧ ({interp}⟦P|{c.us_ph(area, 1)}⟧) - teach-back on enoxaparin
injection done; pt's {rel(fam, 'child')} will give injections.

Time spent: {c.ri(12, 25)} min
Electronically signed: ⟦N|{rph.full}⟧, PharmD, BCACP   ⟦D|{fd(d, 'mdy')}⟧ {t:%H:%M}
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_hf_letter(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["us_black", "us_white", "us_hispanic"], d, (42, 82), faker=0.25)
    a, area = c.addr_us()
    pcp_a, _ = c.addr_us()
    pcp_a = Addr(f"{c.ri(100, 4000)} {c.ch(['Poplar Ave', 'Medical Center Dr', 'Oak St'])}, Suite {c.ri(100, 420)}",
                 a.city, a.state, a.pc, "US")
    mrn = c.nd(8)
    pcp, doc, np_ = c.staff(), c.staff(), c.staff("F")
    sp = c.kin(pt, opp(pt.sex))
    echo = plus(d, -c.ri(60, 200))
    fu = plus(d, 14)
    serial = f"{c.letters(2)}{c.nd(6)}"
    ef = c.ri(20, 35)
    c.w(f"""Advanced Heart Failure Program
⟦D|{fd(d, 'month_d_y')}⟧

⟦N|{pcp.first} {pcp.last}⟧, MD
⟦A|{pcp_a.line}⟧
⟦A|{pcp_a.city}⟧, {pcp_a.state} ⟦Z|{pcp_a.pc}⟧
Fax ⟦P|{c.us_ph(area, 0)}⟧

RE: ⟦N|{pt.FML}⟧   DOB ⟦D|{fd(pt.dob, 'mdy_s')}⟧   MRN ⟦I|{mrn}⟧

Dear Dr. ⟦N|{pcp.last}⟧,

I saw {'Mr.' if pt.sex == 'M' else 'Ms.'} ⟦N|{pt.last}⟧ in HF clinic today for GDMT titration. HFrEF, LVEF ⟪{ef}%⟫ on TTE
⟦D|{fd(echo, 'mdy_s')}⟧, non-ischemic, NYHA ⟪II-III⟫. CardioMEMS sensor (SN ⟦I|{serial}⟧): PA diastolic
trending ⟪{c.ri(16, 19)} -> {c.ri(23, 28)} mmHg⟫ over 10 days (goal ⟪< 20⟫).

Vitals: BP ⟪{c.ri(96, 118)}/{c.ri(58, 74)}⟫, HR ⟪{c.ri(62, 84)}⟫, wt ⟪{c.f1(70, 130)} kg⟫
Labs today: Na ⟪{c.ri(133, 140)}⟫, K ⟪{c.f1(4.2, 5.1)}⟫, Cr ⟪{c.f2(1.1, 1.7)}⟫ (prior ⟪{c.f2(1.0, 1.4)}⟫), NT-proBNP ⟪{c.ri(900, 4200)}⟫

Current: sacubitril-valsartan ⟪49/51 mg BID⟫, metoprolol succinate ⟪100 mg daily⟫, spironolactone
⟪25 mg daily⟫, empagliflozin ⟪10 mg daily⟫, torsemide ⟪20 mg daily⟫.
Changes: torsemide ⟪40 mg daily⟫ x 3 days then back to ⟪20 mg⟫; sacubitril-valsartan to ⟪97/103 mg BID⟫
once PAD < ⟪20⟫ and BP allows. BMP in 1 week.
ICD: remote monitoring via LATITUDE, no therapies.

{pt.His} {rel(sp, 'spouse')}, ⟦N|{sp.first}⟧, keeps the daily weight log; {sp.he} can be reached at
⟦P|{c.us_ph(area)}⟧. Follow-up ⟦D|{fd(fu, 'mon_d')}⟧ with our NP.

Sincerely,
⟦N|{doc.full}⟧, MD, Advanced HF & Transplant Cardiology
⟦N|{np_.full}⟧, APRN | HF nurse line ⟦P|{c.us_ph(area)}⟧ ext ⟦P|{c.nd(3)}⟧
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_hypoglycemia_consult(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["us_white", "us_black", "us_hispanic"], d, (78, 98), sex="F", faker=0.3)
    a, area = c.addr_us()
    mrn = c.nd(8)
    dau = c.kin(pt, "F", same_last=c.coin(0.4))
    hosp, fel, att = c.staff(), c.staff(), c.staff()
    adm = plus(d, -2)
    days = [adm, plus(adm, 1), d]
    g = [[c.ri(180, 240), c.ri(150, 200), c.ri(140, 180), c.ri(120, 150), None],
         [c.ri(90, 110), c.ri(100, 130), c.ri(90, 110), c.ri(80, 95), c.ri(36, 48)],
         [c.ri(58, 70), None, None, None, None]]
    tab = "        0600  1100  1600  2100  0300\n"
    for day_, vals in zip(days, g, strict=True):
        tab += pad(f"⟦D|{fd(day_, 'md')}⟧", 8) + "".join(
            pad(f"⟪{v}⟫" if v else "--", 6) for v in vals) + "\n"
    dau_n = f"⟦N|{dau.first}⟧" if dau.last == pt.last else f"⟦N|{dau.full}⟧"
    c.w(f"""ENDOCRINOLOGY CONSULT - HYPOGLYCEMIA
Date of consult: ⟦D|{fd(d, 'mdy')}⟧     Requesting: Dr. ⟦N|{hosp.last}⟧ (hospitalist)
Patient: ⟦N|{pt.LF}⟧     MRN ⟦I|{mrn}⟧     {age_txt(pt.age, '{} y/o F')}

Reason: recurrent hypoglycemia - BG ⟪{g[1][4]} mg/dL⟫ at 0300 on ⟦D|{fd(days[1], 'md')}⟧, ⟪{g[2][0]}⟫ at 0600 today.
HPI: T2DM x ~20 yrs. Home regimen (per {rel(dau, 'child')} {dau_n}): ⟪glipizide 10 mg BID⟫ + ⟪insulin glargine {c.ri(18, 30)} units qHS⟫.
Admitted ⟦D|{fd(adm, 'md')}⟧ with E. coli UTI, eating < 50% of trays. eGFR ⟪{c.ri(24, 38)}⟫.
Was given home glipizide on admission.

POC glucose (mg/dL):
{tab}
A1c ⟪{c.f1(5.8, 6.6)}%⟫ - overtreated for age / comorbidity.

Recs:
1. STOP glipizide (sulfonylurea + CKD + age = high hypo risk); do not resume at discharge.
2. Glargine ⟪8 units qHS⟫ (from home dose); hold if BG < ⟪100⟫ at bedtime.
3. Low-dose correctional lispro AC only, no HS correction.
4. Hypoglycemia protocol; D10 infusion if recurrent < ⟪70⟫.
5. Discharge A1c goal < ⟪8.0%⟫. Simplify regimen; pt's {rel(dau, 'child')} draws up insulin.
Discussed with {rel(dau, 'child')} {dau_n} (HCPOA) by phone, ⟦P|{c.us_ph(area)}⟧ - agrees.

⟦N|{fel.full}⟧, MD, Endocrinology Fellow, pager ⟦P|{c.nd(4)}⟧
Seen and discussed with Dr. ⟦N|{att.last}⟧ (attending).
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_hhs_admission(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["us_white", "us_black", "us_hispanic"], d, (76, 99), sex="M", faker=0.3)
    a, area = c.addr_us()
    snf, _ = c.addr_us()
    snf = Addr(f"{c.ri(100, 9000)} {c.ch(['Lakeview Dr', 'Meadowbrook Ln', 'Crestview Rd'])}", a.city, a.state,
               a.pc, "US")
    mrn, fin = c.nd(8), c.nd(10)
    son = c.kin(pt, "M")
    snf_rn, doc = c.staff("F"), c.staff()
    polst = plus(d, -c.ri(200, 900))
    glu = c.ri(780, 1240)
    na = c.ri(146, 156)
    c.w(f"""HOSPITAL MEDICINE H&P
Admit date: ⟦D|{fd(d, 'mon._d')}, {d.year}⟧   Source: SNF (Crestwood Care Center, ⟦A|{snf.line}⟧, ⟦A|{snf.city}⟧ ⟦Z|{snf.pc}⟧)
Name: Mr. ⟦N|{pt.FML}⟧ ("⟦N|{c.nick('M')}⟧")   MRN ⟦I|{mrn}⟧   FIN ⟦I|{fin}⟧   DOB ⟦D|{fd(pt.dob, 'mdy_s')}⟧
Medicare MBI ⟦I|{c.mbi()}⟧   SSN (last 4): ⟦S|{c.digits(4)}⟧

CC: confusion, high sugars.
HPI: {age_txt(pt.age, '{} yo M')} with T2DM (on metformin + sitagliptin only), dementia, CKD 3a,
sent from SNF after 2 days of poor PO intake, lethargy, BG "HI" on meter. SNF nurse
⟦N|{snf_rn.first}⟧ reports recent prednisone burst for COPD flare.

Labs: glucose ⟪{glu} mg/dL⟫, Na ⟪{na}⟫ (corrected ⟪{na + round((glu - 100) * 0.024)}⟫), K ⟪{c.f1(3.8, 5.2)}⟫, HCO3 ⟪{c.ri(19, 24)}⟫,
BUN ⟪{c.ri(52, 96)}⟫, Cr ⟪{c.f1(1.9, 3.1)}⟫ (baseline ⟪{c.f1(1.0, 1.3)}⟫), serum osm ⟪{c.ri(335, 380)}⟫, BHB ⟪{c.f1(0.2, 1.2)}⟫, pH ⟪{c.f2(7.31, 7.38)}⟫
Exam: dry mucosa, GCS ⟪{c.ri(11, 14)}⟫, BP ⟪{c.ri(94, 112)}/{c.ri(50, 66)}⟫, HR ⟪{c.ri(102, 124)}⟫

A/P: HHS with AKI (prerenal).
- ⟪0.9% NaCl 1 L⟫ bolus, then ⟪250 mL/h⟫; switch to ⟪0.45%⟫ when corrected Na allows
- insulin infusion ⟪0.05 units/kg/h⟫ once glucose no longer falling with fluids alone; target fall
  ⟪50-75 mg/dL/h⟫, osm fall ⟪3-8 mOsm/kg/h⟫
- K replacement per protocol; Mg/Phos q6h
- hold metformin; enoxaparin ⟪30 mg⟫ daily (CrCl)
Code status: DNR/DNI per POLST signed ⟦D|{fd(polst, 'mdy2_0')}⟧ (on file).
Contact: son ⟦N|{son.first}⟧ ⟦P|{c.us_ph(area)}⟧.

⟦N|{doc.full}⟧, DO - Hospital Medicine   pager ⟦P|{c.nd(5)}⟧
""")
    return c.done(pt, [("urn:oid:mrn", mrn), ("urn:oid:fin", fin)], a)


def us_opat_vanc(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["us_white", "us_black", "us_hispanic"], d, (24, 70), faker=0.25)
    a, area = c.addr_us()
    mrn = c.nd(8)
    ptr = c.kin(pt, opp(pt.sex), same_last=False, blood=False)
    pa, _ = c.addr_us()
    pa = Addr(pa.line, a.city, a.state, c.ch([z for x in US_CITIES if x[0] == a.city for z in x[3]]), "US")
    idd, rn, hh = c.staff(), c.staff("F"), c.staff()
    start = plus(d, -c.ri(18, 24))
    picc = plus(start, 1)
    end = plus(start, 42)
    draws = [plus(d, -14), plus(d, -7), d]
    tr = [c.f1(12, 15), c.f1(16, 19), c.f1(20, 24)]
    au = [c.ri(430, 520), c.ri(560, 620), c.ri(650, 720)]
    cr = ["0.9", "1.2", "1.5"]
    tab = "Date    Trough   AUC est   SCr    WBC    CRP\n"
    for k in range(3):
        tab += (pad(f"⟦D|{fd(draws[k], 'md')}⟧", 8) + pad(f"⟪{tr[k]}⟫", 9) + pad(f"⟪{au[k]}⟫", 10)
                + pad(f"⟪{cr[k]}⟫", 7) + pad(f"⟪{c.f1(5, 9)}⟫", 7) + f"⟪{c.ri(3, 40)}⟫\n")
    opat_em = f"opat.{ascii_id(rn.last)}@{c.ch(['mercyhealth.org', 'stlukes-health.org', 'uhs-sa.org'])}"
    c.w(f"""OPAT CLINIC NOTE - Infectious Diseases
Visit date: ⟦D|{fd(d, 'mdy_s')}⟧
Patient: ⟦N|{pt.full}⟧   MRN ⟦I|{mrn}⟧   DOB ⟦D|{fd(pt.dob, 'mdy')}⟧

Dx: MRSA vertebral osteomyelitis L3-4 with epidural phlegmon, s/p CT-guided bx.
Abx: vancomycin IV ⟪1250 mg q12h⟫ via R basilic PICC (placed ⟦D|{fd(picc, 'mdy2')}⟧, tip cavo-atrial junction)
Start ⟦D|{fd(start, 'mdy2')}⟧ -> planned end ⟦D|{fd(end, 'mdy2')}⟧ (6 wk). Home infusion: Option Care; home health
RN ⟦N|{hh.full}⟧ visits weekly for dressing change + labs.

Weekly labs (drawn at home, faxed):
{tab}
A: AUC above target ⟪400-600⟫ with SCr ⟪0.9 -> 1.5⟫ - vanc-associated AKI likely.
P: hold tonight's dose; resume at ⟪1000 mg q12h⟫ tomorrow; trough + BMP in 48 h; avoid NSAIDs.
If SCr keeps rising -> switch to daptomycin ⟪8 mg/kg⟫ q24h (CK weekly).
Pt staying with {rel(ptr, 'partner')} ⟦N|{ptr.full}⟧ at ⟦A|{pa.line}⟧, ⟦A|{pa.city}⟧ ⟦Z|{pa.pc}⟧ until end of course -
supply deliveries redirected there; ⟦N|{ptr.first}⟧'s cell ⟦P|{c.us_ph(area)}⟧.

OPAT RN coordinator: ⟦N|{rn.full}⟧, RN  ⟦E|{opat_em}⟧  ⟦P|{c.us_ph(area)}⟧
⟦N|{idd.full}⟧, MD - Infectious Diseases
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_asthma_biologic(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["us_black", "us_hispanic", "us_white"], d, (19, 52), faker=0.25)
    a, area = c.addr_us()
    mrn = c.nd(9)
    mom = c.kin(pt, "F", same_last=c.coin(0.5))
    doc, rt = c.staff(), c.staff()
    ed = plus(d, -c.ri(20, 70))
    sub = dt.datetime(d.year, d.month, d.day, c.ri(6, 22), c.ri(0, 59), c.ri(0, 59)) - dt.timedelta(days=3)
    ip = f"{c.ri(24, 99)}.{c.ri(1, 254)}.{c.ri(1, 254)}.{c.ri(1, 254)}"
    em = f"{ascii_id(pt.first[0])}{ascii_id(pt.last)}{c.ri(1, 99)}@{c.ch(['gmail.com', 'yahoo.com', 'outlook.com'])}"
    url = f"https://mychart.{c.ch(['ohiohealth', 'nortonhealth', 'bswhealth', 'uhsinc'])}.org/plan/{c.nd(9)}"
    pa = f"PA-{c.nd(9)}"
    mom_n = f"⟦N|{mom.first}⟧" if mom.last == pt.last else f"⟦N|{mom.full}⟧"
    c.w(f"""PULMONARY CLINIC - Severe Asthma Follow-up
DOS: ⟦D|{fd(d, 'mdy')}⟧    Provider: ⟦N|{doc.full}⟧, MD
Patient: ⟦N|{pt.LF}⟧   MRN ⟦I|{mrn}⟧   DOB ⟦D|{fd(pt.dob, 'mdy')}⟧

Pre-visit questionnaire (MyChart e-check-in) e-signed "⟦N|{pt.low}⟧", submitted ⟦D|{sub.isoformat()}⟧
from ⟦IP|{ip}⟧:
ACT ⟪{c.ri(9, 15)}⟫ (not well controlled), 2 OCS bursts in 6 mo, ED visit ⟦D|{fd(ed, 'md')}⟧.

FeNO ⟪{c.ri(38, 80)} ppb⟫   blood eos ⟪{c.ri(320, 780)}⟫   total IgE ⟪{c.ri(90, 640)}⟫
Spirometry: FEV1 ⟪{c.f2(1.6, 2.6)} L⟫ (⟪{c.ri(58, 74)}%⟫), post-BD ⟪{c.f2(1.9, 3.0)} L⟫ (+⟪{c.ri(13, 22)}%⟫)
Meds: fluticasone-salmeterol ⟪500/50 mcg BID⟫, tiotropium Respimat ⟪2.5 mcg 2 puffs daily⟫, albuterol PRN
(using 4-5x/wk). Technique checked by RT ⟦N|{rt.first}⟧ - good.

Plan:
- start dupilumab ⟪600 mg⟫ SC load then ⟪300 mg q2wk⟫; prior auth ⟦I|{pa}⟧ submitted
- specialty pharmacy to ship to home address; enrollment e-mail ⟦E|{em}⟧
- asthma action plan updated: ⟦U|{url}⟧
- prednisone rescue ⟪40 mg x 5 days⟫ in action plan (yellow zone)
Emergency contact: mother, {mom_n}, ⟦P|{c.us_ph(area)}⟧.
RTC 3 mo with spirometry + FeNO.
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area), em)


def us_paracentesis(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["us_hispanic", "us_white", "us_black"], d, (40, 74), sex="M", faker=0.2)
    a, area = c.addr_us()
    mrn, fin = c.nd(8), c.nd(9)
    wife = c.kin(pt, "F")
    pa_, att = c.staff(), c.staff()
    sober = plus(d, -c.ri(90, 400))
    vol = c.f1(5.0, 8.4)
    alb = min(100, round(float(vol) * 8 / 12.5) * 12.5)
    c.w(f"""PROCEDURE NOTE: Ultrasound-guided large-volume paracentesis
Date: ⟦D|{fd(d, 'mdy')}⟧   Time-out: {c.hhmm(8, 15)}
Patient: ⟦N|{pt.LFMU}⟧   MRN ⟦I|{mrn}⟧   FIN ⟦I|{fin}⟧
Operator: ⟦N|{pa_.full}⟧, PA-C    Supervising: Dr. ⟦N|{att.last}⟧

Indication: refractory ascites, EtOH cirrhosis (MELD-Na ⟪{c.ri(18, 29)}⟫). Abstinent since ⟦D|{fd(sober, 'm/y')}⟧.
Consent: signed by pt; Spanish interpreter ID ⟦I|{c.nd(6)}⟧ used.
INR ⟪{c.f1(1.4, 2.1)}⟫, plt ⟪{c.ri(48, 110)}⟫ - no products given (per AASLD).
Site: LLQ, US-marked, chlorhexidine, ⟪1% lidocaine 10 mL⟫, 5 Fr Yueh catheter.
Removed ⟪{vol} L⟫ straw-colored fluid.
⟪Albumin 25% {alb:g} g⟫ IV (⟪6-8 g/L⟫ removed).
Sent: cell count (PMN ⟪{c.ri(20, 180)}⟫), albumin (SAAG ⟪{c.f1(1.2, 2.4)}⟫), total protein, culture in blood bottles.
Complications: none. Post BP ⟪{c.ri(100, 124)}/{c.ri(58, 72)}⟫. Band-aid, no leak.

Plan: continue ⟪spironolactone 100 mg⟫ / ⟪furosemide 40 mg⟫ as tolerated (Na ⟪{c.ri(128, 134)}⟫); 2 g Na diet;
TIPS vs transplant evaluation at hepatology visit. Next LVP in ~2 wk.
{rel(wife, 'spouse').capitalize()} ⟦N|{wife.first}⟧ driving home; contact ⟦P|{c.us_ph(area)}⟧.
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_pharm_med_history(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["us_white", "us_black", "us_hispanic"], d, (82, 99), sex="F", faker=0.3)
    a, area = c.addr_us()
    ph, _ = c.addr_us()
    ph = Addr(ph.line, a.city, a.state, a.pc, "US")
    mrn = c.nd(8)
    dau = c.kin(pt, "F", same_last=c.coin(0.4))
    rph = c.staff()
    pdmp = plus(d, -c.ri(5, 25))
    last = plus(d, -1)
    wt = c.ri(44, 60)
    dau_n = f"⟦N|{dau.first}⟧" if dau.last == pt.last else f"⟦N|{dau.full}⟧"
    c.w(f"""PHARMACY ADMISSION MEDICATION HISTORY
Patient: ⟦N|{pt.LF}⟧    MRN ⟦I|{mrn}⟧    {age_txt(pt.age, '{} yo F')}    DOB ⟦D|{fd(pt.dob, 'mdy')}⟧
Admitted ⟦D|{fd(d, 'mdy')}⟧ - fall at home, R hip pain (fx ruled out), delirium.
Sources: pt (limited), {rel(dau, 'child')} {dau_n} at bedside, outpatient pharmacy fill history,
PDMP query (ref ⟦I|{c.nd(9)}⟧).
Outpatient pharmacy: CVS Pharmacy, ⟦A|{ph.line}⟧, ⟦A|{ph.city}⟧, {ph.state} ⟦Z|{ph.pc}⟧, ⟦P|{c.us_ph(area)}⟧

Home medications (verified):
 1. ⟪apixaban 2.5 mg PO BID⟫ - last dose ⟦D|{fd(last, 'md')}⟧ AM (Rx# ⟦I|{c.nd(7)}⟧)
 2. ⟪furosemide 20 mg daily⟫
 3. ⟪metoprolol tartrate 25 mg BID⟫
 4. ⟪levothyroxine 75 mcg daily⟫
 5. ⟪oxybutynin 5 mg BID⟫ - Beers: strongly anticholinergic
 6. ⟪tramadol 50 mg q6h PRN⟫ - PDMP last fill ⟦D|{fd(pdmp, 'mdy2')}⟧, #60 (Rx# ⟦I|{c.nd(7)}⟧)
 7. ⟪donepezil 5 mg qHS⟫
 8. ⟪diphenhydramine 25 mg qHS⟫ OTC "for sleep" (per {rel(dau, 'child')})
Allergies: sulfa (rash).
Wt ⟪{wt} kg⟫, SCr ⟪{c.f1(1.1, 1.6)}⟫ -> CrCl ⟪{c.ri(18, 29)} mL/min⟫.

Assessment / recs to team:
- apixaban ⟪2.5 mg BID⟫ appropriate (age >= 80 + wt <= 60 kg).
- delirium: hold oxybutynin, diphenhydramine, tramadol; scheduled acetaminophen ⟪650 mg q6h⟫.
- donepezil + metoprolol: watch HR (admit HR ⟪{c.ri(48, 58)}⟫).
⟦N|{rph.full}⟧, PharmD  ext ⟦P|{c.nd(4)}⟧
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


def us_telestroke(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["us_white", "us_black", "us_hispanic", "vietnamese"], d, (48, 95), faker=0.25)
    a, area = c.addr_us()
    mrn = c.nd(8)
    sp = c.kin(pt, opp(pt.sex))
    neuro, edoc, rn, acc, tn = c.staff(), c.staff(), c.staff("F"), c.staff(), c.staff()
    lkw = dt.datetime(d.year, d.month, d.day, c.ri(7, 18), c.ri(0, 59))
    start = lkw + dt.timedelta(minutes=c.ri(60, 150))
    ip = f"10.{c.ri(10, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}"
    url = f"https://telestroke.{c.ch(['regionalneuro', 'valleyhealth', 'heartlandneuro'])}.org/session/{c.nd(8)}"
    wt = c.ri(55, 110)
    tnk = min(25, round(wt * 0.25))
    nih = c.ri(5, 16)
    doac = plus(d, c.ch([3, 6]))
    c.w(f"""TELESTROKE CONSULT NOTE
Session ⟦U|{url}⟧   spoke cart ⟦IP|{ip}⟧
Consult start: ⟦D|{fd(d, 'mdy')}⟧ {start:%H%M}   Spoke site: Community Hospital ED (Dr. ⟦N|{edoc.last}⟧, ED RN ⟦N|{rn.full}⟧)
Patient: ⟦N|{pt.FML}⟧   DOB ⟦D|{fd(pt.dob, 'mdy')}⟧   MRN ⟦I|{mrn}⟧   {age_txt(pt.age, '{} y/o')} {pt.sex}
LKW: ⟦D|{lkw.isoformat(timespec='minutes')}⟧ per {rel(sp, 'spouse')} ⟦N|{c.lc(sp.first)}⟧ (⟦P|{c.us_ph(area)}⟧), found with R weakness + aphasia.

NIHSS ⟪{nih}⟫ via video. BP ⟪{c.ri(150, 184)}/{c.ri(80, 104)}⟫, glucose ⟪{c.ri(98, 210)}⟫. Wt ⟪{wt} kg⟫.
Home meds: ⟪apixaban 5 mg BID⟫ - {pt.his} {rel(sp, 'spouse')} states last dose > 48 h ago (stopped for dental work).
CT: no ICH, ASPECTS ⟪{c.ri(8, 10)}⟫. CTA: {c.ch(['L M1 occlusion', 'L M2 occlusion', 'no LVO'])}. Anti-Xa (apixaban-calibrated)
⟪< 30 ng/mL⟫.
Decision: tenecteplase ⟪0.25 mg/kg = {tnk} mg⟫ IV push - benefits/risks discussed with {rel(sp, 'spouse')}, agrees.
Transfer to comprehensive stroke center for possible thrombectomy (accepting: Dr. ⟦N|{acc.last}⟧;
transport RN ⟦N|{tn.full}⟧, CCRN).
Post-lytic: BP < ⟪180/105⟫, no antithrombotics 24 h, repeat CT 24 h; restart apixaban ~⟦D|{fd(doac, 'md')}⟧ if
no hemorrhagic transformation (early DOAC per ELAN).
⟦N|{neuro.full}⟧, MD, Vascular Neurology (remote)
""")
    return c.done(pt, [("urn:oid:mrn", mrn)], a, c.us_ph(area))


# ---------------------------------------------------------------------------------------------
# CANADA (6)
# ---------------------------------------------------------------------------------------------


def ca_pd_clinic(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["ukrainian", "maritime", "punjabi", "chinese_ca"], d, (45, 84), faker=0.2)
    a, area = c.addr_ca("ON")
    ohip = c.ohip()
    mrn = c.nd(7)
    sp = c.kin(pt, opp(pt.sex))
    son = c.kin(pt, "M")
    sa, sarea = c.addr_ca("ON", avoid=a.city)
    pdn, neph = c.staff("F"), c.staff()
    cath = plus(d, -c.ri(200, 1200))
    perit = plus(d, -c.ri(18, 30))
    lvl = plus(perit, 5)
    pet = plus(d, -c.ri(40, 120))
    wk = plus(d, 7 - d.weekday())
    c.w(f"""Home Dialysis Unit - Peritoneal Dialysis Clinic Note
Date: ⟦D|{fd(d, 'iso')}⟧
Patient: ⟦N|{pt.Lf}⟧   OHIP ⟦I|{ohip}⟧   MRN ⟦I|{mrn}⟧   DOB ⟦D|{fd(pt.dob, 'iso')}⟧

Modality: CCPD (HomeChoice Claria) ⟪4 x 2.2 L⟫ ⟪1.5%/2.5%⟫ Dianeal over ⟪9 h⟫, last fill ⟪1.5 L⟫ icodextrin.
Tenckhoff catheter inserted ⟦D|{fd(cath, 'mon_d_y')}⟧, R exit site - clean, no crust, no tenderness.

Peritonitis ⟦D|{fd(perit, 'iso')}⟧: cloudy effluent, WBC ⟪{c.ri(400, 2400)}⟫ (⟪{c.ri(60, 90)}%⟫ PMN), S. epidermidis.
Rx IP ⟪vancomycin 2 g q5d⟫ (random level ⟪{c.f1(12, 18)}⟫ on ⟦D|{fd(lvl, 'mon_d')}⟧) x 2 wk - effluent cleared day 3.
PET ⟦D|{fd(pet, 'mon_y')}⟧: D/P creat ⟪{c.f2(0.62, 0.78)}⟫ (high-average); weekly Kt/V ⟪{c.f1(1.7, 2.3)}⟫; RRF urine ⟪{c.ri(300, 900)} mL/day⟫.

Labs: K ⟪{c.f1(2.9, 3.4)}⟫ (low) -> ⟪KCl 20 mEq daily⟫; Alb ⟪{c.ri(26, 33)}⟫; Hb ⟪{c.ri(98, 118)}⟫; PO4 ⟪{c.f2(1.4, 2.0)}⟫
Wt ⟪{c.f1(60, 98)} kg⟫, BP ⟪{c.ri(136, 158)}/{c.ri(80, 94)}⟫ -> amlodipine ⟪5 -> 10 mg⟫.

Supplies: Baxter delivery for w/o ⟦D|{fd(wk, 'mon_d')}⟧ to son ⟦N|{son.first}⟧'s home, ⟦A|{sa.line}⟧, ⟦A|{sa.city}⟧ ON ⟦Z|{sa.pc}⟧
(pt staying there 2 wk); son's cell ⟦P|{c.us_ph(sarea, 1)}⟧. {rel(sp, 'spouse').capitalize()} ⟦N|{sp.first}⟧ does the exchanges
when pt tired - retraining booked.
PD RN: ⟦N|{pdn.full}⟧, RN, ext ⟦P|{c.nd(4)}⟧       Nephrologist: Dr. ⟦N|{neph.FL}⟧
""")
    return c.done(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                        ohip[:12].replace("-", "")), ("urn:oid:mrn", mrn)], a, c.us_ph(area))


def ca_bc_pharmacist_doac(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["chinese_ca", "punjabi", "maritime"], d, (80, 97), faker=0.2)
    a, area = c.addr_ca("BC")
    phn = c.bc_phn()
    kid = c.kin(pt, "F" if c.coin(0.6) else "M")
    presc, rph = c.staff(), c.staff()
    ed = plus(d, -1)
    fu = plus(d, 10)
    t = dt.datetime(d.year, d.month, d.day, c.ri(9, 18), c.ri(0, 59), c.ri(0, 59))
    ip = f"{c.ri(142, 209)}.{c.ri(10, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}"
    wt = c.ri(44, 59)
    scr = c.ri(134, 168)
    lang = {"chinese_ca": "interpreting (Cantonese)", "punjabi": "interpreting (Punjabi)"}.get(
        pt.group, "present")
    c.w(f"""PHARMACIST CLINICAL SERVICE RECORD - Medication Review / Prescription Adaptation
Fraser Park Pharmacy   |   PharmaNet session ⟦D|{t.isoformat()}⟧ terminal ⟦IP|{ip}⟧
Patient: ⟦N|{pt.full}⟧   PHN ⟦I|{phn}⟧   DOB ⟦D|{fd(pt.dob, 'ymd_slash')}⟧   {age_txt(pt.age, 'Age {}')}
Address on file: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧ BC ⟦Z|{a.pc}⟧

New Rx (ED discharge ⟦D|{fd(ed, 'mon_d_y')}⟧, Dr. ⟦N|{presc.FL}⟧): apixaban ⟪5 mg BID⟫ - new AF.
Wt ⟪{wt} kg⟫, SCr ⟪{scr} umol/L⟫ (⟦D|{fd(ed, 'mon_d')}⟧), age >= 80 -> meets 3/3 dose-reduction criteria.
Interactions: diltiazem ⟪120 mg⟫ CD (moderate CYP3A4) - noted.
Called prescriber's office; spoke with Dr. ⟦N|{presc.last}⟧ - agrees apixaban ⟪2.5 mg BID⟫. Adapted Rx
documented; Rx ⟦I|{c.nd(7)}⟧ entered on PharmaNet.
Counselled pt with {rel(kid, 'child')} ⟦N|{kid.first}⟧ {lang}; bleeding
signs, no NSAIDs; blister pack. ⟦N|{kid.first}⟧'s phone ⟦P|{c.us_ph(area)}⟧.
Follow-up call: ⟦D|{fd(fu, 'mon_d')}⟧.
Pharmacist: ⟦N|{rph.full}⟧, RPh   CPBC reg ⟦I|{c.nd(5)}⟧   ⟦P|{c.us_ph(area, 0)}⟧
""")
    return c.done(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id",
                        phn.replace(" ", ""))], a, c.us_ph(area))


def ca_ab_heart_function(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["punjabi", "ukrainian", "maritime", "quebecois"], d, (48, 88), faker=0.2)
    a, area = c.addr_ca("AB")
    uli = c.nd(9)
    son = c.kin(pt, "M")
    cns, cardio, fp = c.staff("F"), c.staff(), c.staff()
    lab = plus(d, 7)
    rtn = wk(plus(d, c.ri(28, 42)))
    prior = plus(d, -c.ri(28, 42))
    k = c.f1(4.4, 5.2)
    wt = c.r.uniform(62, 104)
    interp = {"punjabi": "interprets Punjabi; ", "ukrainian": "interprets Ukrainian; ",
              "quebecois": "cell "}.get(pt.group, "cell ")
    c.w(f"""Heart Function Clinic - Progress Note
Visit: ⟦D|{fd(d, 'mon_d_y')}⟧     Family physician: Dr. ⟦N|{fp.last}⟧
Patient: ⟦N|{pt.full}⟧   ULI ⟦I|{uli[:5]}-{uli[5:]}⟧   DOB ⟦D|{fd(pt.dob, 'iso')}⟧   {pt.age} {pt.gender}

HFrEF (LVEF ⟪{c.ri(22, 35)}%⟫), ischemic. NYHA ⟪II⟫. Seen with son ⟦N|{son.first}⟧ ({interp}⟦P|{c.us_ph(area, 1)}⟧).
Since ⟦D|{fd(prior, 'mon_d')}⟧: fewer PND episodes, walks ⟪2 blocks⟫. Wt ⟪{wt:.1f} kg⟫ (dry ~⟪{wt - c.r.uniform(0.5, 2):.1f}⟫).
BP ⟪{c.ri(100, 124)}/{c.ri(60, 76)}⟫ sitting, ⟪{c.ri(92, 110)}/{c.ri(56, 70)}⟫ standing, HR ⟪{c.ri(58, 76)}⟫.
Labs: Na ⟪{c.ri(134, 141)}⟫  K ⟪{k}⟫  Cr ⟪{c.ri(96, 150)} umol/L⟫  eGFR ⟪{c.ri(38, 64)}⟫  NT-proBNP ⟪{c.ri(900, 4800)} ng/L⟫

Meds / changes:
- sacubitril/valsartan ⟪24/26 mg BID⟫ -> ⟪49/51 mg BID⟫
- bisoprolol ⟪5 mg⟫ (no change, HR ok)
- spironolactone ⟪12.5 mg daily⟫ - continue, K ⟪{k}⟫
- dapagliflozin ⟪10 mg⟫ - continue
- furosemide ⟪40 mg daily⟫ + extra ⟪40 mg⟫ if wt up ⟪2 kg⟫ in 2 days (flexible diuretic plan)
Labs (lytes/Cr) ⟦D|{fd(lab, 'mon_d')}⟧ at community lab; return ⟦D|{fd(rtn, 'mon_d_y')}⟧.
Clinic RN: ⟦N|{cns.full}⟧, RN   ⟦P|{c.us_ph(area)}⟧ ext ⟦P|{c.nd(4)}⟧
⟦N|{cardio.full}⟧, MD, FRCPC (Cardiology)
""")
    return c.done(pt, [("urn:oid:2.16.840.1.113883.4.59", uli)], a, c.us_ph(area))


def ca_ns_copd_home(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["maritime"], d, (58, 92), faker=0.3)
    a, area = c.addr_ca("NS")
    msi = f"{c.digits(4)} {c.digits(3)} {c.digits(3)}"
    sp = c.kin(pt, opp(pt.sex))
    dau = c.kin(pt, "F")
    dtown, _ = c.addr_ca("NS", avoid=a.city)
    rt, resp = c.staff(), c.staff()
    nv = plus(d, 14)
    c.w(f"""INSPIRED COPD Outreach - Home Visit
Date: ⟦D|{fd(d, 'month_d_y')}⟧      Visit #{c.ri(2, 9)}
Client: ⟦N|{pt.LFM}⟧ ("⟦N|{c.nick(pt.sex)}⟧")   MSI ⟦I|{msi}⟧   DOB ⟦D|{fd(pt.dob, 'iso')}⟧
Home: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧ NS ⟦Z|{a.pc}⟧

Present: client, {rel(sp, 'spouse')} ⟦N|{sp.first}⟧.
CAT ⟪{c.ri(18, 32)}⟫   mMRC ⟪{c.ri(3, 4)}⟫   SpO2 ⟪{c.ri(87, 91)}%⟫ on ⟪2 L NP⟫ at rest, ⟪{c.ri(82, 87)}%⟫ after walking to kitchen
Target SpO2 ⟪88-92%⟫ reviewed - he/she had turned concentrator up to ⟪4 L⟫ "when short", teaching done.
Inhalers: Trelegy Ellipta ⟪1 inh daily⟫ (technique good), salbutamol MDI + spacer PRN.
Action plan reviewed: rescue pack in home (⟪prednisone 40 mg x 5 d⟫ + ⟪amoxicillin-clavulanate 875 mg BID x 7 d⟫),
started on ⟦D|{fd(plus(d, -3), 'mon_d')}⟧ for increased sputum purulence - day 4, improving.
Advance care planning: Personal Directive done; SDM is {rel(dau, 'child')} ⟦N|{dau.first}⟧ in ⟦A|{dtown.city}⟧.
Next visit ⟦D|{fd(nv, 'mon_d')}⟧. Respirologist Dr. ⟦N|{resp.last}⟧ aware.
⟦N|{rt.full}⟧, RRT   cell ⟦P|{c.us_ph('902', 1)}⟧
""".replace("he/she", pt.he))
    return c.done(pt, [("urn:ca-ns:msi", msi.replace(" ", ""))], a, c.us_ph(area))


def ca_geri_falls_consult(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["quebecois", "maritime", "ukrainian"], d, (84, 99), faker=0.2)
    a, area = c.addr_ca("ON")
    ohip = c.ohip()
    son = c.kin(pt, "M")
    nb = c.kin(pt, same_last=False, blood=False)
    fp, geri, sw = c.staff(), c.staff(), c.staff("F")
    last_fall = plus(d, -c.ri(5, 20))
    inr_d = plus(d, -c.ri(2, 6))
    c.w(f"""GERIATRIC MEDICINE CONSULTATION - Falls / Polypharmacy
Date: ⟦D|{fd(d, 'dd-Mon-yyyy')}⟧     Referring: Dr. ⟦N|{fp.full}⟧ (family physician)
Patient: ⟦N|{pt.LFMU}⟧   OHIP ⟦I|{ohip}⟧   DOB ⟦D|{fd(pt.dob, 'iso')}⟧

Thank you for asking me to see this {age_txt(pt.age, '{}-year-old')} {'man' if pt.sex == 'M' else 'woman'} with 3 falls in 2 months, the last on
⟦D|{fd(last_fall, 'month_d')}⟧ (found on the floor by neighbour ⟦N|{nb.full}⟧ after ~2 h). Lives alone; son ⟦N|{son.first}⟧
visits daily (⟦P|{c.us_ph(area)}⟧, POA for personal care).

Meds (14): zopiclone ⟪7.5 mg qhs⟫, amitriptyline ⟪25 mg qhs⟫, oxybutynin ⟪5 mg BID⟫, tamsulosin ⟪0.4 mg⟫,
ramipril ⟪10 mg⟫, HCTZ ⟪25 mg⟫, metoprolol ⟪50 mg BID⟫, furosemide ⟪20 mg⟫, warfarin (INR ⟪{c.f1(3.1, 3.9)}⟫ on ⟦D|{fd(inr_d, 'mon_d')}⟧),
atorvastatin ⟪40 mg⟫, pantoprazole ⟪40 mg⟫, vitamin D, calcium, docusate.
Orthostatics: ⟪{c.ri(134, 156)}/{c.ri(70, 84)}⟫ lying -> ⟪{c.ri(98, 112)}/{c.ri(56, 66)}⟫ standing at 3 min, dizzy.
MoCA ⟪{c.ri(18, 24)}/30⟫, CFS ⟪{c.ri(5, 6)}⟫, TUG ⟪{c.ri(16, 28)} s⟫ with cane, ACB score ⟪{c.ri(6, 9)}⟫.

Recommendations:
1. Taper zopiclone over 4 wk; stop amitriptyline and oxybutynin now.
2. Stop HCTZ; reduce ramipril to ⟪5 mg⟫. Recheck orthostatics 2 wk.
3. Warfarin -> apixaban ⟪2.5 mg BID⟫ (age >= 80, Cr ⟪{c.ri(130, 160)}⟫) once INR < ⟪2.0⟫.
4. PT for gait + home safety; SW ⟦N|{sw.first}⟧ to help with GIS application (SIN ⟦S|{c.sin()}⟧ provided by son).
5. Personal alarm. Vitamin D ⟪1000 IU⟫ daily.
⟦N|{geri.full}⟧, MD, FRCPC - Geriatric Medicine
""")
    return c.done(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                        ohip[:12].replace("-", ""))], a, c.us_ph(area))


def ca_qc_alcohol_hepatitis(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient("quebecois", d, (34, 66), faker=0.0)
    a, area = c.addr_ca("QC")
    ramq = c.ramq(pt)
    dossier = c.nd(7)
    ptr = c.kin(pt, opp(pt.sex), same_last=False, blood=False)
    res, pat, addm = c.staff(), c.staff(), c.staff()
    last = plus(d, -2)
    lille = plus(d, 7)
    c.w(f"""HÉPATOLOGIE - Consultation (English note)
Date: ⟦D|{fd(d, 'iso')}⟧    Dossier ⟦I|{dossier}⟧    RAMQ ⟦I|{ramq}⟧
Patient: ⟦N|{pt.LU}, {pt.first}⟧   DDN ⟦D|{fd(pt.dob, 'ymd_slash')}⟧

Reason: jaundice x 3 wk, heavy EtOH (~⟪{c.ri(10, 20)} drinks/day⟫, last ⟦D|{fd(last, 'iso')}⟧).
Bili ⟪{c.ri(140, 380)} umol/L⟫, INR ⟪{c.f1(1.6, 2.4)}⟫, Alb ⟪{c.ri(22, 30)}⟫, Cr ⟪{c.ri(60, 130)}⟫, WBC ⟪{c.f1(11, 19)}⟫, AST/ALT ⟪{c.ri(120, 260)}/{c.ri(40, 90)}⟫
Maddrey DF ⟪{c.ri(34, 70)}⟫, MELD ⟪{c.ri(21, 30)}⟫ -> severe alcohol-associated hepatitis.
Withdrawal: PAWSS ⟪{c.ri(4, 8)}⟫; CIWA-Ar ⟪{c.ri(12, 22)}⟫ this AM -> lorazepam ⟪1-2 mg⟫ PO/IV symptom-triggered
(lorazepam preferred, liver). Thiamine ⟪500 mg IV TID⟫ x 3 d, then ⟪100 mg⟫ daily. Folate, MVI.
Infection screen neg (CXR, UA, ascitic tap PMN ⟪{c.ri(40, 200)}⟫).
Plan: prednisolone ⟪40 mg⟫ daily; Lille score day 7 (⟦D|{fd(lille, 'iso')}⟧) - stop if > ⟪0.45⟫. Nutrition ⟪35 kcal/kg⟫.
Addiction medicine (Dr. ⟦N|{addm.last}⟧) for AUD - acamprosate / baclofen after recovery.
Conjoint(e) ⟦N|{ptr.full}⟧ at bedside, cell ⟦P|{c.us_ph(area, 0)}⟧.
⟦N|{res.FL}⟧, R2 méd. interne / Patron: Dr ⟦N|{pat.last}⟧
""")
    return c.done(pt, [("urn:ca-qc:ramq", ramq.replace(" ", "")), ("urn:oid:dossier", dossier)], a,
                  c.us_ph(area))


# ---------------------------------------------------------------------------------------------
# AUSTRALIA (6)
# ---------------------------------------------------------------------------------------------

AU_PT = ["anglo_au", "greek_au", "italian_au", "lebanese_au", "maltese_au", "vietnamese"]


def au_ckd_letter(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(AU_PT, d, (58, 89), faker=0.2)
    a, code = c.addr_au()
    ur = c.nd(7)
    med, irn = c.medicare_au()
    gp, reg, cons, vs = c.staff(), c.staff(), c.staff(), c.staff()
    gpa, _ = c.addr_au(a.state, avoid=a.city)
    sp = c.kin(pt, opp(pt.sex))
    kid = c.kin(pt)
    mapping = wk(plus(d, c.ri(10, 30)))
    k = c.f1(5.8, 6.5)
    c.w(f"""Renal Outpatients - Advanced Kidney Care Clinic
⟦D|{fd(d, 'dmy')}⟧

Dr ⟦N|{gp.full}⟧
⟦A|Shop {c.ri(1, 12)}, {gpa.line.split("/")[-1]}⟧
⟦A|{gpa.city}⟧ {gpa.state} ⟦Z|{gpa.pc}⟧

Dear Dr ⟦N|{gp.last}⟧,

RE: {pt.title} ⟦N|{pt.full}⟧   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧   UR ⟦I|{ur}⟧   Medicare ⟦I|{med}⟧ IRN {irn}
⟦A|{a.line}⟧, ⟦A|{a.city}⟧ {a.state} ⟦Z|{a.pc}⟧

Diagnoses: CKD stage 5 (diabetic nephropathy), T2DM, HTN, AF on apixaban.
eGFR ⟪{c.ri(9, 14)} mL/min/1.73m2⟫ (from ⟪{c.ri(15, 19)}⟫ six months ago), K ⟪{k}⟫, HCO3 ⟪{c.ri(16, 20)}⟫, Hb ⟪{c.ri(92, 108)}⟫,
PO4 ⟪{c.f2(1.6, 2.2)}⟫, uACR ⟪{c.ri(120, 480)} mg/mmol⟫.

Hyperkalaemia: on perindopril ⟪10 mg⟫ and spironolactone ⟪25 mg⟫. Please cease spironolactone and
reduce perindopril to ⟪5 mg⟫. Commenced sodium zirconium cyclosilicate (Lokelma) ⟪10 g daily⟫;
sodium bicarbonate ⟪840 mg BD⟫. Low-potassium diet - dietitian review arranged.
Apixaban: reduce to ⟪2.5 mg BD⟫ (age/Cr criteria).

Kidney replacement therapy: {pt.he} and {pt.his} {rel(sp, 'spouse')} ⟦N|{sp.first}⟧ attended PD education; leaning
towards home PD. Vein mapping ⟦D|{fd(mapping, 'dmy2')}⟧ ahead of fistula review with vascular surgeon
Mr ⟦N|{vs.last}⟧. {pt.His} {rel(kid, 'child')} ⟦N|{kid.first}⟧ is EPOA. Kidney supportive care discussed as an option.

Please repeat EUC in one week (request enclosed) and fax to ⟦P|{c.au_land(code)}⟧.
Yours sincerely,
Dr ⟦N|{reg.full}⟧, Renal Advanced Trainee, for A/Prof ⟦N|{cons.FL}⟧
""")
    return c.done(pt, [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/medicare-number",
                                          med.replace(" ", ""))], a, c.au_mob())


def au_hith_gentamicin(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["vietnamese", "greek_au", "anglo_au", "lebanese_au"], d, (28, 78), faker=0.2)
    a, _ = c.addr_au("VIC")
    ur = c.nd(7)
    ihi = c.ihi()
    ptr = c.kin(pt, opp(pt.sex), same_last=c.coin(0.5), blood=False)
    rn, reg = c.staff("F"), c.staff()
    lv = plus(d, -1)
    wt = c.ri(52, 96)
    dose = round(wt * 5 / 20) * 20
    nm = f"⟦N|{pt.LU} {pt.first}⟧" if pt.group == "vietnamese" else f"⟦N|{pt.LF}⟧"
    ptr_n = f"⟦N|{ptr.first}⟧" if ptr.last == pt.last else f"⟦N|{ptr.full}⟧"
    c.w(f"""Hospital in the Home - Daily Visit Note
{wd(d)} ⟦D|{fd(d, 'd_mon_y')}⟧   Visit {c.ri(1, 3)}/day   HITH day {c.ri(3, 9)}
Pt: {nm}   UR ⟦I|{ur}⟧   IHI ⟦I|{ihi}⟧
Home: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧ {a.state} ⟦Z|{a.pc}⟧   Key safe ⟦I|{c.digits(4)}⟧ (side gate)

Dx: {c.ch(['pyelonephritis (ESBL E. coli, gent-sensitive)', 'Enterococcus faecalis endocarditis (gent synergy)', 'Pseudomonas cystic fibrosis exacerbation'])}
Gentamicin ⟪{dose} mg⟫ IV daily (⟪5 mg/kg⟫, wt ⟪{wt} kg⟫) via PICC + ceftriaxone per ID.
Levels ⟦D|{fd(lv, 'dm')}⟧: ⟪30 min post {c.f1(12, 17)} mg/L⟫, ⟪6 h {c.f1(1.8, 3.4)} mg/L⟫ -> AUC ⟪{c.ri(62, 98)} mg.h/L⟫ (target ⟪80-100⟫)
Cr ⟪{c.ri(58, 96)}⟫ (baseline ⟪{c.ri(55, 90)}⟫). No tinnitus / vertigo / hearing change - screened (checklist).
Obs: T ⟪{c.f1(36.2, 37.4)}⟫, HR ⟪{c.ri(64, 92)}⟫, BP ⟪{c.ri(108, 136)}/{c.ri(64, 84)}⟫, SpO2 ⟪{c.ri(95, 99)}%⟫.
PICC site clean, dressing changed, measured ⟪{c.ri(1, 3)} cm⟫ external.

Plan: same dose; repeat levels + EUC {wd(plus(d, 2))} ⟦D|{fd(plus(d, 2), 'dm')}⟧; HITH reg ⟦N|{reg.FL}⟧ reviewed by phone.
{rel(ptr, 'partner').capitalize()} {ptr_n} home and aware; mob ⟦P|{c.au_mob()}⟧.
⟦N|{rn.full}⟧, RN (HITH)   pager ⟦P|{c.nd(3)}⟧
""")
    return c.done(pt, [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/hi/ihi/1.0",
                                          ihi.replace(" ", ""))], a, c.au_mob())


def au_hmr_report(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["greek_au", "italian_au", "anglo_au", "maltese_au"], d, (82, 99), sex="F",
                   faker=0.2)
    a, code = c.addr_au()
    med, irn = c.medicare_au()
    dva = f"{c.ch('NVQWST')}X{c.nd(6)}" if pt.group == "anglo_au" else ""
    gp, rph = c.staff(), c.staff()
    gpa, _ = c.addr_au(a.state, avoid=a.city)
    dau = c.kin(pt, "F", same_last=c.coin(0.3))
    ref = plus(d, -c.ri(10, 30))
    inr_lo, inr_hi = c.f1(1.6, 1.9), c.f1(3.4, 4.3)
    dau_n = f"⟦N|{dau.first}⟧" if dau.last == pt.last else f"⟦N|{dau.full}⟧"
    dva_line = f"   DVA Gold Card ⟦I|{dva}⟧" if dva else ""
    c.w(f"""HOME MEDICINES REVIEW (HMR) - REPORT TO GP
Referring GP: Dr ⟦N|{gp.FsL}⟧, Bayside Medical Practice, ⟦A|{gpa.line}⟧, ⟦A|{gpa.city}⟧ {gpa.state} ⟦Z|{gpa.pc}⟧
Referral dated ⟦D|{fd(ref, 'dmy_s')}⟧.  Interview: ⟦D|{fd(d, 'dmy_s')}⟧ at patient's home, {rel(dau, 'child')} {dau_n} present.

Patient: Mrs ⟦N|{pt.FsL}⟧ (⟦N|{pt.LF}⟧, prefers "⟦N|{c.nick('F')}⟧")   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧   {age_txt(pt.age, 'Age {}')}
Medicare ⟦I|{med}⟧ (ref no. {irn}){dva_line}
Lives alone, Webster-pak from local pharmacy; {rel(dau, 'child')} visits daily (⟦P|{c.au_mob()}⟧).

Medication-related problems and recommendations:
1. "Triple whammy": perindopril ⟪5 mg⟫ + frusemide ⟪40 mg⟫ + celecoxib ⟪200 mg⟫ (started for knee pain).
   eGFR ⟪{c.ri(32, 48)}⟫. -> Suggest cease celecoxib; regular paracetamol ⟪1 g TDS⟫; EUC in 1 week.
2. Warfarin: INR labile (⟪{inr_lo}⟫ - ⟪{inr_hi}⟫ last 3 months); she takes it at varying times and takes
   extra "when she forgets if she took it". -> Consider apixaban ⟪2.5 mg BD⟫ (age >= 80, wt ⟪{c.ri(46, 58)} kg⟫).
3. Gliclazide MR ⟪60 mg⟫ with HbA1c ⟪{c.f1(5.8, 6.4)}%⟫ and 2 reported "shaky turns" -> suggest cease; monitor BGL.
4. Anticholinergic burden: oxybutynin ⟪5 mg BD⟫ + amitriptyline ⟪10 mg nocte⟫ (ACB ⟪4⟫, MMSE ⟪{c.ri(20, 25)}/30⟫).
   -> Suggest taper amitriptyline; trial mirabegron or cease oxybutynin.
5. Falls: 2 in 6 months. Orthostatic drop ⟪{c.ri(20, 32)} mmHg⟫ systolic measured at home.

Accredited pharmacist: ⟦N|{rph.full}⟧, AACP accreditation no. ⟦I|{c.nd(4)}⟧   mob ⟦P|{c.au_mob()}⟧
""")
    ids = [("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", ""))]
    if dva:
        ids.append(("http://ns.electronichealth.net.au/id/dva", dva))
    return c.done(pt, ids, a, c.au_land(code))


def au_stroke_unit_round(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(AU_PT, d, (55, 96), faker=0.25)
    a, code = c.addr_au()
    ur = c.nd(7)
    ihi = c.ihi()
    sp = c.kin(pt, opp(pt.sex))
    kid = c.kin(pt)
    ktown, _ = c.addr_au(avoid=a.city)
    cons, reg, cnc, sp_ = c.staff(), c.staff(), c.staff("F"), c.staff("F")
    onset = plus(d, -3)
    doac = plus(onset, 6)
    nih0 = c.ri(9, 16)
    c.w(f"""Stroke Unit Ward Round - Day 4      {wd(d)} ⟦D|{fd(d, 'dmy')}⟧
Consultant: Dr ⟦N|{cons.last}⟧   Reg: Dr ⟦N|{reg.FL}⟧   Stroke CNC: ⟦N|{cnc.first}⟧
Pt: ⟦N|{pt.LF}⟧   {age_txt(pt.age, '{}yo')} {pt.sex}   UR ⟦I|{ur}⟧   IHI ⟦I|{ihi}⟧

L MCA infarct (onset ⟦D|{fd(onset, 'dm')}⟧), cardioembolic - new AF. Not lysed (outside window).
NIHSS ⟪{nih0}⟫ -> ⟪{c.ri(3, 8)}⟫. 24 h CT: moderate infarct, no haemorrhagic transformation.
SP review (⟦N|{sp_.full}⟧): IDDSI ⟪level 5⟫ minced & moist, ⟪mildly thick (level 2)⟫ fluids, meds crushed in puree.
BP ⟪{c.ri(128, 150)}/{c.ri(70, 88)}⟫, BGL ⟪{c.f1(5.4, 9.8)}⟫. Atorvastatin ⟪80 mg⟫. Aspirin ⟪100 mg⟫ until DOAC.

Plan:
- Apixaban ⟪5 mg BD⟫ from day 6 = ⟦D|{fd(doac, 'dmy2')}⟧ (moderate stroke), stop aspirin that day.
- Check Cr / wt before dosing: Cr ⟪{c.ri(68, 110)}⟫, wt ⟪{c.ri(58, 96)} kg⟫ -> full dose.
- OT / PT; rehab referral.
- Family meeting Fri: {rel(sp, 'spouse')} ⟦N|{sp.first}⟧ (⟦P|{c.au_mob()}⟧); {rel(kid, 'child')} ⟦N|{kid.first}⟧ flying in from ⟦A|{ktown.city}⟧.
""")
    return c.done(pt, [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/hi/ihi/1.0",
                                          ihi.replace(" ", ""))], a, c.au_land(code))


def au_home_niv(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["anglo_au", "italian_au", "maltese_au", "greek_au"], d, (42, 80), faker=0.25)
    a, _ = c.addr_au()
    ur = c.nd(6)
    ptr = c.kin(pt, opp(pt.sex), same_last=c.coin(0.5), blood=False)
    sci, rt = c.staff(), c.staff()
    sn = f"{c.nd(11)}"
    em = f"{ascii_id(pt.first)}.{ascii_id(pt.last)}{c.ri(1, 99)}@{c.ch(['bigpond.com', 'gmail.com', 'optusnet.com.au'])}"
    url = f"https://airview.resmed.com/patients/{c.nd(7)}"
    rv = plus(d, 14)
    ptr_n = f"⟦N|{ptr.first}⟧" if ptr.last == pt.last else f"⟦N|{ptr.full}⟧"
    c.w(f"""Respiratory & Sleep Medicine - Home NIV Set-up
Date: ⟦D|{fd(d, 'd_mon_y')}⟧
Patient: ⟦N|{pt.full}⟧   UR ⟦I|{ur}⟧   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧
Dx: obesity hypoventilation (BMI ⟪{c.ri(40, 56)}⟫) + COPD overlap. Day ABG: pH ⟪{c.f2(7.34, 7.38)}⟫, pCO2 ⟪{c.ri(52, 64)} mmHg⟫, HCO3 ⟪{c.ri(30, 36)}⟫.
Target SpO2 ⟪88-92%⟫.

Device: ResMed Lumis 150 VPAP ST, SN ⟦I|{sn}⟧, AirView ⟦U|{url}⟧
Settings: IPAP ⟪{c.ch([16, 18, 20])} cmH2O⟫, EPAP ⟪{c.ch([6, 8, 10])}⟫, BUR ⟪14⟫, Ti min ⟪0.8 s⟫ / Ti max ⟪1.5 s⟫, rise ⟪150 ms⟫,
O2 bleed-in ⟪1 L/min⟫. Mask: AirFit F20 (M) - fitted, minimal leak.
Titration night (sleep lab): TcCO2 ⟪{c.ri(58, 66)} -> {c.ri(46, 52)} mmHg⟫, AHI ⟪{c.ri(2, 8)}⟫.

Education: {pt.he} and {rel(ptr, 'partner')} {ptr_n} shown cleaning, humidifier, alarms; myAir app registered
with ⟦E|{em}⟧. Emergency: continue NIV, call 000 if drowsy.
Review in clinic ⟦D|{fd(rv, 'dmy')}⟧ with download + ABG.
Sleep scientist: ⟦N|{sci.full}⟧   Resp physician: Dr ⟦N|{rt.last}⟧   {rel(ptr, 'partner').capitalize()}'s mobile ⟦P|{c.au_mob()}⟧
""")
    return c.done(pt, [("urn:au:ur", ur)], a, c.au_mob(), em)


def au_inpatient_diabetes(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(AU_PT, d, (50, 90), faker=0.2)
    a, _ = c.addr_au()
    ur = c.nd(7)
    ndss = c.nd(7)
    reg, cde, cons, onc = c.staff(), c.staff("F"), c.staff(), c.staff()
    days = [plus(d, -2), plus(d, -1), d]
    tab = "Date    0700  1100  1700  2100\n"
    for day_ in days:
        tab += pad(f"⟦D|{fd(day_, 'dm0')}⟧", 8) + "".join(
            pad(f"⟪{c.f1(lo, hi)}⟫", 6) for lo, hi in ((7, 10), (14, 22), (16, 24), (12, 18))) + "\n"
    cde_em = f"{ascii_id(cde.first)}.{ascii_id(cde.last)}@health.{c.ch(['nsw', 'qld', 'wa', 'sa'])}.gov.au"
    c.w(f"""Endocrinology - Inpatient Diabetes Review
{wd(d)} ⟦D|{fd(d, 'dmy2')}⟧      Ward 7B, bed {c.ri(1, 32)}
Pt: ⟦N|{pt.Lf}⟧   UR ⟦I|{ur}⟧   NDSS ⟦I|{ndss}⟧   {age_txt(pt.age, '{}yo')}
Referred by Dr ⟦N|{onc.last}⟧ (oncology): steroid-induced hyperglycaemia on dexamethasone ⟪8 mg mane⟫.
Background T2DM on metformin XR ⟪2 g⟫ + empagliflozin ⟪10 mg⟫ (withheld - poor PO intake, euglycaemic DKA risk).
HbA1c ⟪{c.f1(6.8, 8.6)}%⟫. Ketones ⟪{c.f1(0.1, 0.5)}⟫. eGFR ⟪{c.ri(45, 88)}⟫.

BGL chart:
{tab}
Pattern: afternoon/evening peak, typical of morning dexamethasone.
Plan:
- Protaphane ⟪{c.ri(10, 18)} units⟫ mane with dexamethasone (⟪0.1 units/kg per 1 mg dex⟫, capped); titrate ⟪10-20%⟫ daily
- NovoRapid correction scale with meals
- Taper Protaphane in step with dex taper; cease when dex < ⟪2 mg⟫
- Restart empagliflozin only when eating and ketones < ⟪0.6⟫
CDE ⟦N|{cde.full}⟧ (⟦E|{cde_em}⟧) to teach BGL monitoring + sick-day plan before discharge.
Dr ⟦N|{reg.full}⟧, Endocrine Reg, pager ⟦P|{c.nd(4)}⟧ - d/w Dr ⟦N|{cons.last}⟧
""")
    return c.done(pt, [("urn:au:ur", ur)], a, c.au_mob())


# ---------------------------------------------------------------------------------------------
# IRELAND (4)
# ---------------------------------------------------------------------------------------------


def ie_hf_letter(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient("irish", d, (55, 92), faker=0.3)
    a, code, _ = c.addr_ie()
    gpa = Addr(f"{c.ch(['Main Street', 'Market Square', 'Church Street'])}", a.city, a.state,
               c.eircode(a.pc[:3]), "IE")
    mrn = c.nd(7)
    gms = f"{c.nd(7)}{c.letters(1)}"
    gp, spr, anp, cons = c.staff(), c.staff(), c.staff("F"), c.staff()
    kid = c.kin(pt)
    echo = plus(d, -c.ri(30, 150))
    nxt = wk(plus(d, c.ri(40, 90)))
    k = c.f1(5.4, 5.9)
    cty = f", {a.state}" if a.state else ""
    c.w(f"""Heart Failure Unit - Outpatient Clinic
Clinic date: ⟦D|{fd(d, 'ord_month_y')}⟧

Dr ⟦N|{gp.full}⟧
{c.ch(['Riverside', 'Abbey', 'Marian', 'Parkgate'])} Medical Centre, ⟦A|{gpa.line}⟧, ⟦A|{gpa.city}⟧{cty} ⟦Z|{gpa.pc}⟧

Re: ⟦N|{pt.full}⟧, DOB ⟦D|{fd(pt.dob, 'dmy')}⟧, MRN ⟦I|{mrn}⟧, Medical card ⟦I|{gms}⟧
⟦A|{a.line}⟧, ⟦A|{a.city}⟧{cty} ⟦Z|{a.pc}⟧

Dear Dr ⟦N|{gp.last}⟧,

I reviewed {pt.title if pt.sex == 'M' else 'Ms'} ⟦N|{pt.last}⟧ today with {pt.his} {rel(kid, 'child')}, ⟦N|{kid.first}⟧. Diagnoses: HFrEF (EF
⟪{c.ri(25, 35)}%⟫ on echo ⟦D|{fd(echo, 'dmy_s')}⟧), ischaemic cardiomyopathy, CRT-D in situ, CKD 3b, {age_txt(pt.age, 'aged {}')}.

{pt.He} reports NYHA ⟪II⟫ symptoms, no orthopnoea, weight stable at ⟪{c.f1(58, 92)} kg⟫. BP ⟪{c.ri(98, 120)}/{c.ri(58, 72)}⟫,
HR ⟪{c.ri(60, 74)}⟫ paced. Bloods: Na ⟪{c.ri(134, 140)}⟫, K ⟪{k}⟫, creatinine ⟪{c.ri(130, 170)}⟫, eGFR ⟪{c.ri(30, 40)}⟫.

Medications: sacubitril/valsartan ⟪49/51 mg BD⟫, bisoprolol ⟪5 mg⟫, eplerenone ⟪25 mg⟫, dapagliflozin ⟪10 mg⟫,
furosemide ⟪40 mg⟫ mane, atorvastatin ⟪40 mg⟫, apixaban ⟪2.5 mg BD⟫.

Potassium is ⟪{k}⟫; I have reduced eplerenone to ⟪25 mg alternate days⟫ and would be grateful if you
could repeat U&E in 10-14 days. Please avoid potassium supplements and NSAIDs. If K > ⟪6.0⟫, stop
eplerenone and ring our HF nurses on ⟦P|({code}) {c.nd(3)} {c.digits(4)}⟧.
Next review in clinic ⟦D|{fd(nxt, 'ord_month')}⟧ (ANP ⟦N|{anp.first} {anp.last}⟧).

Yours sincerely,
Dr ⟦N|{spr.full}⟧, Cardiology SpR, for Dr ⟦N|{cons.full}⟧, Consultant Cardiologist
""")
    return c.done(pt, [("urn:ie:mrn", mrn), ("urn:ie:gms", gms)], a, c.ie_mob())


def ie_warfarin_phone(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient("irish", d, (60, 97), faker=0.3)
    a, code, _ = c.addr_ie()
    mrn = c.nd(6)
    sp = c.kin(pt, opp(pt.sex))
    cns, haem = c.staff("F", ini=True), c.staff()
    poc = plus(d, -1)
    nxt = wk(plus(d, 6))
    inr = c.f1(1.4, 1.8)
    cty = f", {a.state}" if a.state else ""
    c.w(f"""Anticoagulation Clinic - Telephone INR Management
Date: ⟦D|{fd(d, 'dot')}⟧
Name: ⟦N|{pt.LF}⟧   DOB: ⟦D|{fd(pt.dob, 'dmy')}⟧   MRN: ⟦I|{mrn}⟧   {age_txt(pt.age, 'Age: {}')}
Address: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧{cty} ⟦Z|{a.pc}⟧
Indication: {c.ch(['AF', 'mechanical AVR', 'recurrent PE'])}   Target INR ⟪{c.ch(['2.0-3.0', '2.5-3.5'])}⟫
INR (POCT at GP surgery ⟦D|{fd(poc, 'dmy2')}⟧): ⟪{inr}⟫ - subtherapeutic

Spoke with {rel(sp, 'spouse')} ⟦N|{sp.first}⟧ on ⟦P|{c.ie_mob()}⟧ - {pt.title if pt.sex == 'M' else 'Mrs'} ⟦N|{pt.last}⟧ hard of hearing.
Missed 2 doses over the weekend (away at a funeral in ⟦A|{c.ch([t[0] for t in IE_TOWNS if t[0] != a.city])}⟧). Diet unchanged;
no new meds; no bleeding.
Current dose: ⟪{c.ch(['3 mg', '4 mg', '5 mg'])}⟫ daily.
Plan: extra ⟪1 mg⟫ tonight and tomorrow then back to usual dose. Repeat INR {wd(nxt)} ⟦D|{fd(nxt, 'dmy')}⟧
at GP surgery; if < ⟪2.0⟫ again discuss LMWH cover with Dr ⟦N|{haem.last}⟧ (haematology).
Dosing letter posted. Bridging not needed today.
⟦N|{cns.full}⟧, CNS Anticoagulation, RGN [⟦N|{cns.ini}⟧]   Direct line ⟦P|({code}) {c.nd(3)} {c.digits(4)}⟧
""")
    return c.done(pt, [("urn:ie:mrn", mrn)], a)


def ie_geri_delirium(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient("irish", d, (82, 99), faker=0.3)
    a, _, _ = c.addr_ie()
    nh, _, _ = c.addr_ie(avoid=a.city)
    mrn = c.nd(7)
    ppsn = c.ppsn()
    kid = c.kin(pt, "F" if c.coin(0.6) else "M")
    kid2 = c.kin(pt)
    reg, rph, cons = c.staff(), c.staff(), c.staff()
    adm = plus(d, -c.ri(2, 5))
    nhname = c.ch(["Ard Mhuire", "St Attracta's", "Cois Cuain"])
    c.w(f"""Medicine for the Older Person - Consult
Date: ⟦D|{fd(d, 'ord_month_y')}⟧    Ward: St Camillus, bed {c.ri(1, 30)}
⟦N|{pt.full}⟧ ("⟦N|{c.nick(pt.sex)}⟧")   {age_txt(pt.age, '{} yrs')}   MRN ⟦I|{mrn}⟧   PPSN ⟦S|{ppsn}⟧
Admitted ⟦D|{fd(adm, 'dm')}⟧ from {nhname} Nursing Home, ⟦A|{nh.city}⟧ - acute confusion, fall.

4AT ⟪{c.ri(5, 9)}⟫ -> delirium (hypoactive). Collateral from {rel(kid, 'child')} ⟦N|{kid.first}⟧: baseline mild dementia,
knows family, mobile with frame. CFS ⟪{c.ri(6, 7)}⟫.
Precipitants: UTI (dip +, culture pending), constipation (5/7), new codeine started ⟦D|{fd(plus(adm, -6), 'dm')}⟧.
Na ⟪{c.ri(128, 134)}⟫ (on citalopram), CRP ⟪{c.ri(30, 110)}⟫, eGFR ⟪{c.ri(30, 50)}⟫.

Medication review (with ward pharmacist ⟦N|{rph.first}⟧) - STOPP/START:
- STOP codeine/paracetamol ⟪30/500⟫ -> paracetamol ⟪1 g QDS⟫ (wt > 50 kg)
- STOP citalopram ⟪20 mg⟫ (hyponatraemia, falls) - taper ⟪10 mg⟫ x 1/52
- STOP zopiclone; sleep hygiene
- REVIEW rivaroxaban ⟪20 mg⟫: CrCl ⟪{c.ri(28, 42)} mL/min⟫ -> ⟪15 mg OD⟫
- START laxatives (Laxido ⟪1 sachet BD⟫); vitamin D ⟪800 IU⟫ (START)
- Hold amlodipine (postural drop ⟪{c.ri(22, 34)} mmHg⟫)
Plan: delirium bundle, family to bring glasses/hearing aids. NHSS review (Fair Deal) - {rel(kid2, 'child')}
⟦N|{kid2.first}⟧ is care representative, ⟦P|{c.ie_mob()}⟧.
Dr ⟦N|{reg.FL}⟧ (SpR Geriatrics) for Dr ⟦N|{cons.last}⟧, bleep ⟦P|{c.nd(3)}⟧
""")
    return c.done(pt, [("urn:ie:mrn", mrn), ("urn:ie:ppsn", ppsn)], a)


def ie_opat_review(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient("irish", d, (24, 76), faker=0.3)
    a, code, _ = c.addr_ie()
    mrn = c.nd(7)
    ppsn = c.ppsn()
    sib = c.kin(pt, same_last=c.coin(0.6))
    idc, nurse, gp = c.staff(), c.staff("F"), c.staff()
    picc = plus(d, -c.ri(10, 20))
    end = plus(picc, 42)
    lvl_d = plus(d, -2)
    em = f"opat.{c.ch(['stjames', 'cuh', 'uhl', 'guh'])}@hse.ie"
    url = f"https://www.hse.ie/eng/services/opat/patient-info/{c.ch(['picc-care', 'elastomeric', 'self-administration'])}"
    sib_n = f"⟦N|{sib.first}⟧" if sib.last == pt.last else f"⟦N|{sib.full}⟧"
    cty = f", {a.state}" if a.state else ""
    c.w(f"""OPAT Programme - Weekly Review (Infectious Diseases)
Date: ⟦D|{fd(d, 'dmy')}⟧
Patient: ⟦N|{pt.LF}⟧   MRN ⟦I|{mrn}⟧   PPSN ⟦S|{ppsn}⟧   DOB ⟦D|{fd(pt.dob, 'dot')}⟧
Home: ⟦A|{a.line}⟧, ⟦A|{a.city}⟧{cty} ⟦Z|{a.pc}⟧

Dx: {c.ch(['MSSA native-valve endocarditis', 'diabetic foot osteomyelitis (MRSA)', 'prosthetic knee infection (MRSE)'])}
Regimen: {c.ch(['vancomycin ⟪1 g BD⟫ self-administered via PICC', 'teicoplanin ⟪600 mg⟫ three times weekly via PICC', 'vancomycin continuous infusion ⟪2 g/24 h⟫ via elastomeric'])}
PICC inserted ⟦D|{fd(picc, 'dmy2')}⟧ (R basilic). Planned end date ⟦D|{fd(end, 'dmy2')}⟧.
Level ⟦D|{fd(lvl_d, 'dm')}⟧: ⟪{c.f1(12, 24)} mg/L⟫   Cr ⟪{c.ri(58, 110)}⟫   WCC ⟪{c.f1(5, 10)}⟫   CRP ⟪{c.ri(4, 60)}⟫   ESR ⟪{c.ri(10, 70)}⟫
Hearing / rash / line: no concerns; PICC site clean, arm circumference unchanged.

Plan: continue; bloods weekly via GP Dr ⟦N|{gp.last}⟧ (results to OPAT). {rel(sib, 'sib').capitalize()} {sib_n} is the trained
backup for self-administration. Info leaflet: ⟦U|{url}⟧.
OPAT CNS: ⟦N|{nurse.full}⟧  ⟦E|{em}⟧  ⟦P|({code}) {c.nd(3)} {c.digits(4)}⟧ / mob ⟦P|+353 8{c.ri(3, 9)} {c.nd(3)} {c.digits(4)}⟧
ID Consultant: Dr ⟦N|{idc.full}⟧
""")
    return c.done(pt, [("urn:ie:mrn", mrn), ("urn:ie:ppsn", ppsn)], a, c.ie_mob())


# ---------------------------------------------------------------------------------------------
# NEW ZEALAND (3)
# ---------------------------------------------------------------------------------------------


def nz_renal_whanau(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["maori", "maori", "pasifika"], d, (32, 68), faker=0.1)
    a, _ = c.addr_nz()
    nhi = c.nhi()
    wh1 = c.kin(pt, "F")
    wh2 = c.kin(pt, "M")
    cnp, neph, kai = c.staff("F"), c.staff(), c.staff(region="NZ")
    sa, _ = c.addr_nz(avoid=a.area)
    hd_start = plus(d, -c.ri(120, 900))
    train = plus(d, c.ri(14, 40))
    c.w(f"""Renal Service - Home Haemodialysis & Transplant Clinic
⟦D|{fd(d, 'd_mon_y')}⟧
⟦N|{pt.full}⟧   NHI ⟦I|{nhi}⟧   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧
⟦A|{a.line}⟧, ⟦A|{a.area}⟧, ⟦A|{a.city}⟧ ⟦Z|{a.pc}⟧

Present: ⟦N|{pt.first}⟧'s whānau - {rel(wh1, 'sib')} ⟦N|{wh1.first}⟧ and {rel(wh2, 'child')} ⟦N|{wh2.first}⟧; kaiāwhina ⟦N|{kai.full}⟧.
ESKD (diabetic nephropathy), in-centre HD since ⟦D|{fd(hd_start, 'mon_y')}⟧ at the satellite unit, 3x/wk.
Wants home HD to return to mahi. Fistula ⟪L RC AVF⟫ good flow, self-cannulating (buttonhole).

Bloods: Hb ⟪{c.ri(96, 118)}⟫, K ⟪{c.f1(5.2, 6.0)}⟫ pre-HD, PO4 ⟪{c.f2(1.6, 2.3)}⟫, PTH ⟪{c.ri(30, 90)}⟫, HbA1c ⟪{c.ri(52, 74)}⟫
Insulin: Lantus ⟪{c.ri(14, 30)} units⟫ nocte, NovoRapid with meals - hypos on dialysis days -> Lantus ⟪-2 units⟫
on HD days. Hyperkalaemia: diet reviewed; resonium not needed.

Home HD: training start ⟦D|{fd(train, 'dm')}⟧; house assessment (plumbing, power) needs landlord consent.
Temporary address during training: {rel(wh1, 'sib')}'s, ⟦A|{sa.line}⟧, ⟦A|{sa.area}⟧ ⟦Z|{sa.pc}⟧.
Transplant: {rel(wh1, 'sib')} ⟦N|{wh1.first}⟧ offering to donate - referral to living donor coordinator.
Contact: ⟦N|{wh1.first}⟧ ⟦P|{c.nz_mob()}⟧.
⟦N|{cnp.full}⟧, Renal CNS       Dr ⟦N|{neph.last}⟧, Nephrologist
""")
    return c.done(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], a, c.nz_mob())


def nz_cpams_warfarin(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient(["pakeha", "maori", "pakeha"], d, (55, 97), faker=0.35)
    a, code = c.addr_nz()
    nhi = c.nhi()
    rph, gp = c.staff(), c.staff()
    kid = c.kin(pt)
    t = dt.datetime(d.year, d.month, d.day, c.ri(8, 17), c.ri(0, 59), c.ri(0, 59))
    ip = f"{c.ri(110, 203)}.{c.ri(10, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}"
    url = f"https://cpams.inrstar.co.nz/patient/{c.nd(6)}"
    prev = plus(d, -c.ri(14, 28))
    nxt = plus(d, c.ch([7, 14]))
    inr = c.f1(3.6, 4.8)
    c.w(f"""CPAMS - Community Pharmacy Anticoagulation Management Service
Test recorded ⟦D|{t.isoformat()}⟧ from ⟦IP|{ip}⟧   Record ⟦U|{url}⟧
Patient: ⟦N|{pt.full}⟧  NHI ⟦I|{nhi}⟧  DOB ⟦D|{fd(pt.dob, 'dmy')}⟧  {age_txt(pt.age, '{} y')}
GP: Dr ⟦N|{gp.FL}⟧   Indication: AF   Target ⟪2.0-3.0⟫

INR (fingerprick, CoaguChek) ⟪{inr}⟫  (previous ⟪{c.f1(2.2, 2.9)}⟫ on ⟦D|{fd(prev, 'dmy2')}⟧)
Questions: bleeding - no; missed/extra - no; new meds - yes, started ⟪amoxicillin-clavulanate⟫ ⟦D|{fd(plus(d, -4), 'd_mon')}⟧
(after-hours clinic, chest infection); alcohol - Christmas/birthday, more than usual; diet - less eating.
Dose: ⟪{c.ch(['4 mg', '3 mg', '5 mg'])}⟫ daily -> omit today, then reduce per algorithm (⟪-10%⟫ weekly dose).
Next test ⟦D|{fd(nxt, 'dmy2')}⟧. {rel(kid, 'child').capitalize()} ⟦N|{kid.first}⟧ drives {pt.him} in (⟦P|{c.nz_mob()}⟧).
Pharmacist: ⟦N|{rph.full}⟧ (CPAMS accredited)   Ph ⟦P|({code}) {c.nd(3)} {c.digits(4)}⟧
""")
    return c.done(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], a)


def nz_resp_pasifika(c: Ctx) -> Note:
    d = c.wday()
    pt = c.patient(["pasifika", "pasifika", "maori"], d, (45, 82), faker=0.1)
    a, _ = c.addr_nz()
    nhi = c.nhi()
    sp = c.kin(pt, opp(pt.sex))
    gkid = c.kin(pt)
    rns, gp = c.staff("F"), c.staff()
    pastor = c.person("pasifika" if pt.group == "pasifika" else "maori", "M")
    adm = plus(d, -c.ri(10, 30))
    fu = plus(d, 28)
    if pt.group == "pasifika":
        helps, version = "helps with English", c.ch(["Samoan translation", "Tongan translation"])
        venue, pastor_line = "the church hall", f"Pastor ⟦N|{pastor.last}⟧"
    else:
        helps, version = "helps with appointments", "te reo Māori version"
        venue, pastor_line = "the marae", f"whānau ora navigator ⟦N|{pastor.full}⟧"
    c.w(f"""Respiratory Nurse Specialist - Post-discharge Home Visit (COPD)
Date: {wdl(d)} ⟦D|{fd(d, 'ord_month_y')}⟧
Patient: ⟦N|{pt.LF}⟧   NHI ⟦I|{nhi}⟧   DOB ⟦D|{fd(pt.dob, 'dmy')}⟧
Address: ⟦A|{a.line}⟧, ⟦A|{a.area}⟧, ⟦A|{a.city}⟧ ⟦Z|{a.pc}⟧

Admitted ⟦D|{fd(adm, 'dmy_s')}⟧ with infective exacerbation, needed BiPAP 2 days. Home with {rel(sp, 'spouse')}
⟦N|{sp.first}⟧ and {rel(gkid, 'gchild')} ⟦N|{gkid.first}⟧ ({helps}, ⟦P|{c.nz_mob()}⟧).
Today: SpO2 ⟪{c.ri(88, 92)}%⟫ RA (target ⟪88-92%⟫), RR ⟪{c.ri(18, 24)}⟫, HR ⟪{c.ri(78, 98)}⟫, CAT ⟪{c.ri(16, 28)}⟫.
Sputum clear. Finished prednisone ⟪40 mg⟫ 5/7 and doxycycline.
Inhalers: Trelegy ⟪1 puff daily⟫ - technique poor (not holding breath), re-taught;
Ventolin ⟪100 mcg 2 puffs⟫ via spacer PRN.
Action plan ({version}) given; green prescription for pulmonary rehab at {venue}
({pastor_line} has offered transport). Flu + pneumococcal vaccines due - GP Dr ⟦N|{gp.last}⟧.
Smoking: quit since 2021. Household smokers: none now.
Follow-up ⟦D|{fd(fu, 'dmy')}⟧. ⟦N|{rns.full}⟧, RNS  ⟦P|{c.nz_mob()}⟧
""")
    return c.done(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], a, c.nz_mob())


# ---------------------------------------------------------------------------------------------
# INDIA, MALAYSIA, NIGERIA, SOUTH AFRICA (4)
# ---------------------------------------------------------------------------------------------


def in_mhd_record(c: Ctx) -> Note:
    d = c.day()
    pt = c.patient("south_indian", d, (32, 74), faker=0.0)
    loc, city, state, pin = c.ch(IN_PLACES)
    line = c.ch([f"Door No. {c.ri(1, 40)}/{c.ri(100, 999)}", f"H.No. {c.ri(1, 30)}-{c.ri(10, 99)}/{c.ch('ABC')}",
                 f"Flat {c.ri(1, 9)}{c.ch('ABCD')}, {c.ch(['Sree Residency', 'Lakshmi Enclave', 'Green Park Apartments'])}"])
    a = Addr(line, city, state, pin, "IN", area=loc)
    uhid = f"UHID{c.nd(8)}"
    abha = f"{c.nd(2)}-{c.digits(4)}-{c.digits(4)}-{c.digits(4)}"
    rel_p = c.kin(pt, "M")
    rel_word = "S/o" if pt.sex == "M" else "W/o"
    tech, neph = c.staff(), c.staff()
    ip = f"10.{c.ri(1, 60)}.{c.ri(0, 250)}.{c.ri(2, 250)}"
    dn = c.nd(4)
    wt_pre = c.r.uniform(48, 78)
    mob = f"+91 {c.ri(7, 9)}{c.digits(4)} {c.digits(5)}"
    wt_post = wt_pre - c.r.uniform(1.8, 3.4)
    c.w(f"""MAINTENANCE HAEMODIALYSIS RECORD - Dialysis Unit
Date: ⟦D|{fd(d, 'dash')}⟧   Session no. {c.ri(90, 800)}   Machine {c.ri(1, 14)}   HD no. ⟦I|{dn}⟧
Name: ⟦N|{pt.first.upper()} {pt.last.upper()}⟧   {pt.age}/{pt.sex}   {rel_word} ⟦N|{rel_p.full}⟧
UHID ⟦I|{uhid}⟧   ABHA ⟦I|{abha}⟧   Mob ⟦P|{mob}⟧
Address: ⟦A|{a.line}⟧, ⟦A|{loc}⟧, ⟦A|{city}⟧, {state} - ⟦Z|{pin}⟧

Access: {c.ch(['L RC AVF', 'R BC AVF', 'R IJV tunnelled cath'])}   Dialyser reuse no. {c.ri(2, 8)}
Pre wt ⟪{wt_pre:.1f} kg⟫   Post wt ⟪{wt_post:.1f} kg⟫   UF ⟪{wt_pre - wt_post:.1f} L⟫   Duration ⟪4 h⟫   BFR ⟪{c.ch([250, 280, 300])} mL/min⟫
Heparin ⟪{c.ch([2000, 2500, 3000])} IU⟫ bolus + ⟪500 IU/h⟫
Pre BP ⟪{c.ri(150, 190)}/{c.ri(80, 104)}⟫   Post BP ⟪{c.ri(120, 150)}/{c.ri(70, 90)}⟫
Labs (monthly): Hb ⟪{c.f1(7.8, 10.4)} g/dL⟫, K ⟪{c.f1(5.4, 6.6)} mEq/L⟫, urea ⟪{c.ri(90, 160)}⟫, creat ⟪{c.f1(7, 12)}⟫, PO4 ⟪{c.f1(5.5, 8.2)}⟫
Inj. erythropoietin ⟪4000 IU⟫ SC given. Inj. iron sucrose ⟪100 mg⟫ IV.
Advice: fluid ⟪< 1 L/day⟫ incl. tea; avoid tender coconut water, banana, dried fish (high K). Tab.
sevelamer ⟪800 mg TDS⟫. Next HD {wd(plus(d, 2))} ⟦D|{fd(plus(d, 2), 'dash')}⟧.
Technician: ⟦N|{tech.first} {tech.last[0]}⟧   Nephrologist: Dr. ⟦N|{neph.full}⟧
[HIS entry by ⟦N|{ascii_id(tech.first)}⟧ from ⟦IP|{ip}⟧]
""")
    return c.done(pt, [("urn:in:uhid", uhid), ("https://healthid.abdm.gov.in", abha.replace("-", ""))],
                  a, mob)


def my_kk_diabetes(c: Ctx) -> Note:
    d = c.wday()
    grp = c.ch(["malay", "malay", "chinese_my", "south_indian"])
    pt = c.patient(grp, d, (42, 78), faker=0.0)
    area_, city, state, pc, _ = c.ch(MY_PLACES)
    line = c.ch([f"No. {c.ri(1, 88)}, Jalan {area_.split()[-1]} {c.ri(1, 12)}/{c.ri(1, 9)}",
                 f"Lot {c.ri(100, 3000)}, Jalan {c.ch(['Tasik Utama', 'Kenanga', 'Cempaka'])} {c.ri(1, 8)}"])
    a = Addr(line, city, state, pc, "MY", area=area_)
    ic = c.mykad(pt.dob, pt.sex)
    if grp == "malay":
        nm = f"{pt.first} {'bin' if pt.sex == 'M' else 'binti'} {pt.last}"
    elif grp == "chinese_my":
        nm = f"{pt.last.upper()} {pt.first}"
    else:
        nm = f"{pt.first} {'a/l' if pt.sex == 'M' else 'a/p'} {pt.last}"
    kid = c.kin(pt, "F" if c.coin() else "M")
    kid_nm = kid.first
    mo, nurse, fms = c.staff(), c.staff("F"), c.staff()
    last = plus(d, -c.ri(80, 100))
    nxt = plus(d, 28)
    tel = f"0{c.ri(12, 19)}-{c.digits(3)} {c.digits(4)}"
    c.w(f"""KLINIK KESIHATAN - Diabetes Clinic (Klinik NCD)
Tarikh / Date: ⟦D|{fd(d, 'dmy')}⟧
Nama: ⟦N|{nm}⟧   No. KP: ⟦I|{ic}⟧   Umur: {pt.age}
Alamat: ⟦A|{a.line}⟧, ⟦A|{area_}⟧, ⟦Z|{pc}⟧ ⟦A|{city}⟧, {state}
Tel: ⟦P|{tel}⟧   Waris: {rel(kid, 'child')} ⟦N|{kid_nm}⟧ ⟦P|+60 1{c.ri(1, 9)}-{c.digits(3)} {c.digits(4)}⟧

T2DM x {c.ri(8, 20)} yrs, HPT, dyslipidaemia. HbA1c ⟪{c.f1(8.6, 11.4)}%⟫ (prev ⟪{c.f1(8.0, 10.6)}%⟫ on ⟦D|{fd(last, 'dmy_s')}⟧).
SMBG (glucometer): FBS ⟪{c.f1(9, 13)}⟫, pre-dinner ⟪{c.f1(10, 16)}⟫ mmol/L. Hypo: nil. Puasa next month - discussed.
Current: s/c Insulatard ⟪{c.ri(16, 28)} u⟫ ON, T. metformin ⟪1 g BD⟫, T. gliclazide ⟪80 mg BD⟫.
BP ⟪{c.ri(132, 158)}/{c.ri(78, 94)}⟫, BMI ⟪{c.f1(26, 34)}⟫, eGFR ⟪{c.ri(48, 82)}⟫, UACR ⟪{c.f1(3, 28)}⟫.
Plan: titrate Insulatard +⟪2 u⟫ every 3 days till FBS ⟪4.4-7.0⟫ (max ⟪36 u⟫); if fasting in Ramadan give
Insulatard at iftar, reduce ⟪20%⟫; stop gliclazide during puasa. Foot screening normal.
Insulin injection technique checked by SN ⟦N|{nurse.first}⟧.
TCA ⟦D|{fd(nxt, 'dmy')}⟧ with FBS/HbA1c. FMS referral if HbA1c > ⟪10%⟫ - Dr ⟦N|{fms.last}⟧.
Dr ⟦N|{mo.full}⟧ (MO)
""")
    return c.done(pt, [("urn:my:mykad", ic.replace("-", ""))], a, tel)


def ng_hf_clinic(c: Ctx) -> Note:
    d = c.wday()
    grp = c.ch(["yoruba", "igbo"])
    pt = c.patient(grp, d, (38, 80), faker=0.0)
    area_, city, state, pc = c.ch(NG_PLACES)
    a = Addr(f"No {c.ri(1, 60)}, {c.ch(NG_STREETS)}", city, state, pc, "NG", area=area_)
    hosp = f"{ {'Lagos': 'LUTH', 'Ibadan': 'UCH', 'Enugu': 'UNTH'}.get(city, 'NHA')}/{d.year % 100}/{c.nd(5)}"
    nhia = c.nd(8)
    sp = c.kin(pt, opp(pt.sex))
    kid = c.kin(pt)
    sr, cons, rn = c.staff(), c.staff(), c.staff("F")
    echo = plus(d, -c.ri(30, 120))
    nxt = plus(d, 42)
    tel = f"0{c.ch(['803', '806', '805', '813', '703'])} {c.digits(3)} {c.digits(4)}"
    c.w(f"""CARDIOLOGY OUTPATIENT CLINIC - Heart Failure
Date: ⟦D|{fd(d, 'dmy')}⟧   Hospital No: ⟦I|{hosp}⟧   NHIA No: ⟦I|{nhia}⟧
Name: {'Mr.' if pt.sex == 'M' else 'Mrs.'} ⟦N|{pt.full}⟧   Age: {pt.age}   Sex: {pt.sex}
Address: ⟦A|{a.line}⟧, ⟦A|{area_}⟧, ⟦A|{city}⟧{'' if city in state else ', ' + state} ⟦Z|{pc}⟧
Phone: ⟦P|{tel}⟧   NOK: {rel(sp, 'spouse')} ⟦N|{sp.first}⟧ ⟦P|+234 {c.ch(['803', '802', '806', '809'])} {c.digits(3)} {c.digits(4)}⟧

Dx: Hypertensive heart disease in HF, EF ⟪{c.ri(28, 40)}%⟫ (echo ⟦D|{fd(echo, 'dmy_s')}⟧), CKD 3a.
Symptoms: orthopnoea improved; pedal oedema reduced. NYHA ⟪II⟫.
BP ⟪{c.ri(128, 160)}/{c.ri(78, 100)}⟫, PR ⟪{c.ri(68, 96)}⟫, wt ⟪{c.f1(58, 98)} kg⟫.
E/U/Cr: Na ⟪{c.ri(132, 140)}⟫, K ⟪{c.f1(5.2, 5.9)}⟫, urea ⟪{c.f1(6, 12)}⟫, Cr ⟪{c.ri(120, 170)} umol/L⟫.
Meds: T. furosemide ⟪40 mg⟫ daily, T. lisinopril ⟪20 mg⟫, T. spironolactone ⟪25 mg⟫, T. carvedilol ⟪12.5 mg BD⟫,
T. amlodipine ⟪10 mg⟫.
Impression: hyperkalaemia on ACE-I + MRA.
Plan: reduce spironolactone to ⟪25 mg alt days⟫; avoid salt substitutes / potash ("kaun") in soups;
repeat E/U/Cr in 1 week; continue others. Patient's {rel(kid, 'child')} ⟦N|{kid.first}⟧ to accompany next visit.
Pharmacy counselling done by ⟦N|{rn.full}⟧.
Reviewed by Dr ⟦N|{sr.FL}⟧ (SR) / Dr ⟦N|{cons.last}⟧ (Consultant). TCA ⟦D|{fd(nxt, 'dmy')}⟧.
""")
    return c.done(pt, [("urn:ng:hospital-number", hosp), ("urn:ng:nhia", nhia)], a, tel)


def za_warfarin_rhd(c: Ctx) -> Note:
    d = c.wday()
    grp = c.ch(["nguni", "cape", "afrikaans"])
    pt = c.patient(grp, d, (22, 64), faker=0.0)
    sub, city, pc, _ = c.ch(ZA_PLACES)
    a = Addr(f"{c.ri(1, 120)} {c.ch(ZA_STREETS)}", city, "", pc, "ZA", area=sub)
    folder = c.nd(8)
    said = c.sa_id(pt.dob, pt.sex)
    mom = c.kin(pt, "F")
    sister, dr = c.staff("F"), c.staff()
    prev = plus(d, -28)
    nxt = plus(d, 14)
    inr = c.f1(1.6, 2.2)
    tel = f"0{c.ch(['82', '83', '72', '73', '61'])} {c.digits(3)} {c.digits(4)}"
    c.w(f"""ANTICOAGULATION CLINIC (Cardiac) - Warfarin Review
Date: ⟦D|{fd(d, 'iso')}⟧   Folder no: ⟦I|{folder}⟧   ID: ⟦I|{said}⟧
Name: ⟦N|{pt.LU} {pt.first}⟧   DOB ⟦D|{fd(pt.dob, 'ymd_slash')}⟧   Cell ⟦P|{tel}⟧
Address: ⟦A|{a.line}⟧, ⟦A|{sub}⟧, ⟦A|{city}⟧, ⟦Z|{pc}⟧

Rheumatic heart disease - mechanical MVR ({c.ch(['St Jude', 'On-X'])}, ⟦D|{fd(plus(d, -c.ri(400, 3000)), 'm/y')}⟧). Target INR ⟪2.5-3.5⟫.
INR today ⟪{inr}⟫ (⟦D|{fd(prev, 'dmy')}⟧: ⟪{c.f1(2.4, 3.1)}⟫). Weekly dose ⟪{c.ch([35, 40, 45])} mg⟫.
Adherence: missed 3 doses - ran out, clinic pharmacy queue; also started traditional medicine ("imbiza")
and eating more spinach / morogo.
Bleeding: nil. Echo: prosthetic valve gradients normal (mean ⟪{c.ri(3, 6)} mmHg⟫).
{'' if pt.sex == 'M' else 'Contraception: Depo-Provera; warfarin embryopathy counselled again.' + chr(10)}Plan: increase weekly dose by ⟪10%⟫; stop herbal mixtures; CCMDD pickup point to be changed to
clinic near mother's home. Enoxaparin not needed. INR ⟦D|{fd(nxt, 'iso')}⟧.
NOK: mother ⟦N|{mom.first} {pt.last}⟧ ⟦P|+27 {c.ch(['82', '83', '71', '76'])} {c.digits(3)} {c.digits(4)}⟧.
Seen by Sister ⟦N|{sister.FL}⟧ and Dr ⟦N|{dr.last}⟧ (MO).
""")
    return c.done(pt, [("urn:za:folder", folder), ("urn:za:id", said)], a, tel)


# ---------------------------------------------------------------------------------------------
# templates, cycled in order
# ---------------------------------------------------------------------------------------------

TEMPLATES: list[tuple[str, Callable[[Ctx], Note]]] = [
    ("UK", uk_hd_run_sheet),
    ("US", us_hd_monthly),
    ("CA", ca_pd_clinic),
    ("AU", au_ckd_letter),
    ("UK", uk_transplant_workup),
    ("IE", ie_hf_letter),
    ("NZ", nz_renal_whanau),
    ("US", us_anticoag_phone),
    ("UK", uk_warfarin_dosing),
    ("CA", ca_bc_pharmacist_doac),
    ("AU", au_hith_gentamicin),
    ("IN", in_mhd_record),
    ("UK", uk_hf_nurse_visit),
    ("US", us_hf_letter),
    ("IE", ie_warfarin_phone),
    ("CA", ca_ab_heart_function),
    ("UK", uk_device_remote),
    ("AU", au_hmr_report),
    ("US", us_hypoglycemia_consult),
    ("NZ", nz_cpams_warfarin),
    ("UK", uk_dka_ward),
    ("MY", my_kk_diabetes),
    ("US", us_hhs_admission),
    ("UK", uk_dsn_phone),
    ("CA", ca_ns_copd_home),
    ("AU", au_stroke_unit_round),
    ("US", us_opat_vanc),
    ("UK", uk_copd_niv),
    ("IE", ie_geri_delirium),
    ("NG", ng_hf_clinic),
    ("US", us_asthma_biologic),
    ("UK", uk_home_oxygen_wales),
    ("CA", ca_geri_falls_consult),
    ("AU", au_home_niv),
    ("US", us_paracentesis),
    ("UK", uk_stroke_lysis_scot),
    ("NZ", nz_resp_pasifika),
    ("US", us_pharm_med_history),
    ("IE", ie_opat_review),
    ("UK", uk_varices_alcohol),
    ("CA", ca_qc_alcohol_hepatitis),
    ("ZA", za_warfarin_rhd),
    ("AU", au_inpatient_diabetes),
    ("US", us_telestroke),
    ("UK", uk_lithium_pharmacy_email),
]


def generate(n: int) -> list[Note]:
    """n labelled notes, templates cycled in order; note i depends only on i (fixed seeds)."""
    out = []
    for i in range(n):
        region, make = TEMPLATES[i % len(TEMPLATES)]
        out.append(make(Ctx(i, region)))
    return out
