"""HELD-OUT v70 PHI corpus: written independently, before any round-70 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout67 / heldout68 / heldout69 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout69's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its helper section was seen, but this file's name
groups, word-like-name list, places, date formats and check-digit helpers are its own, the check
digits written from the published algorithms - ISO 7064 mod 37-2 for ISBT 128 donation numbers,
the HISO 10046 NHI routine for both NHI formats, Verhoeff for Aadhaar, the Medicare provider-number
check character - and checked against separately written validators); also a listing of
``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and the
installed Faker, english-words and wordfreq lists (used offline to review word-like names); the
other held-out corpora being written at the same time were not read; ruff check (not ruff format)
was run on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no
``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like
v14-v69 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI
density; it is modelled on ONCOLOGY AND HAEMATOLOGY DAY UNITS: chemotherapy day-case notes, SACT
prescriptions and cycle / day counts, transfusion and blood-product records (donation numbers,
crossmatch sample numbers, bag numbers), bone-marrow and stem-cell transplant letters and records,
clinical-trial screening, consent, randomisation and SAE paperwork (trial registry, protocol and
site numbers unlabelled; participant, screening and randomisation numbers labelled), tumour-board /
MDT / MDM outcomes, neutropenic-sepsis pathway notes and hospice / oncology hotline call logs - in
the United Kingdom (12: England 8, Scotland 2, Wales 1, Northern Ireland 1), the United States (11),
Australia (5), Canada (5: Ontario, British Columbia, Alberta, Nova Scotia, Saskatchewan), Ireland
(3), New Zealand (3), India (2), South Africa (2), Hong Kong (1) and Nigeria (1).

Templates, cycled in order (see ``TEMPLATES``): SACT day-unit administration records ("Pt: Mrs First
Last", unit number, spaced NHS number, "dd.mm.yyyy" DOB, attendance date with a Roman-numeral month
"5/ii/2024", the partner's first name, "dd/mm" bloods, the chemo nurse's full name with NMC PIN (ID),
the second checker as "Last F" (surname and initial, one NAME span); EC90, C2D1, bloods, obs, BSA,
CTCAE grades and computed epirubicin / cyclophosphamide doses clinical) (England); SACT
e-prescription printouts (separate "Surname:" and "Forename(s):" fields - two NAME spans, the
forenames with a full middle name - "d-Mon-yyyy" DOB with "(86y)" (>= 90 labelled), NHS number
"nnn-nnn-nnnn", "Dr F Last", prescriber, the pharmacist with GPhC number (ID), "ATO" initials; a
drug table with R-CHOP / R-mini-CHOP doses, IPI, CrCl and bloods clinical) (England); blood
component administration records ("First LAST" wristband check, "dd.mm.yyyy" DOB, MRN, crossmatch
sample number (ID), "d Mon" and "dd/mm/yy" dates, two ISBT 128 donation numbers "G0nn 524 886 707"
with and without the eye-readable check character inside the span (ID), the sample taker's full
name, two-person bedside-check initials (NAME), the transfusion practitioner with a 4-digit
extension; Hb, ABO / RhD group, a pasted obs table and rate clinical) (England); neutropenic sepsis
pathway proformas ("Last, First", hospital number, unspaced NHS number, age (>= 90 labelled),
arrival date with a separate time, "dd/mm" last chemo, the wife's / husband's first name, "Dr Last"
oncologist, the acute-oncology SpR "Dr F. Last" / "Dr F Last" with a 4-digit bleep, the ED doctor
with GMC number (ID); NEWS2, obs, bloods, MASCC, door-to-needle minutes, FOLFOX, Tazocin and fluids
clinical) (England); lower-case 24 h triage line logs ("call rec'd fri 16th August 2024" - weekday
outside - the son-in-law's lower-case full name with a mobile, the patient's lower-case full
name, "dd/mm/yy" DOB, lower-case hospital number, street, town and postcode, the AOU nurse's
lower-case first name, home landline, "dr last", lower-case initials and the practitioner's full
name; capecitabine dose, day / cycle, stool count, temperature and UKONS grade clinical) (England);
upper GI MDT outcome lists ("Thursday 10th April 2025" - weekday outside - "Mr Last" chair, "Dr
Last", "Dr F Last", CNS and coordinator full names, a pasted table of spaced NHS numbers, "LAST,
First" and "dd/mm/yyyy" DOBs with wrapped outcome text, the GP's full name and town, the
coordinator's first name, "dd/mm"; TNM, FLOT, gastrectomy, gem-cap and PS clinical) (England);
allograft day +100 letters (clinic and typed dates, the GP's address block with street, town and
postcode, "Dear Dr Last", "First Middle LAST" with "d Month yyyy" DOB, spaced NHS number and home
address, the donor sibling's full name, "Day 0: dd/mm/yyyy", the patient's and partner's first
names, the consultant and secretary with landline, "cc: Mr F. Last"; chimerism, counts, GvHD grade,
ciclosporin level and prophylaxis doses clinical) (England); trial patient identification logs
(acronym and ISRCTN unlabelled, site number unlabelled, participant IDs "031-0081", screening
numbers "S031-062" (both ID, repeated in the anonymised screening log), hospital numbers, full
names, DOBs, consent / randomisation dates "29MAR2024", three-letter patient initials (NAME), years
of birth alone unlabelled, randomisation numbers "R-49635" (ID), the research nurse's nhs.net
address, "PI: Dr First Last"; ineligibility reasons clinical) (England); myeloma day-case
continuation sheets ("First LAST", CHI (from the DOB and sex) written "dddddd dddd", "dd/mm/yy" DOB,
"dd.mm.yy" entries, the daughter's first name and the town she drove from (ADDRESS), "Thu d/m" (the
weekday outside), the SCN's full name; VRd, C6D8, bloods, paraprotein, SFLC ratio, bortezomib and
other doses clinical) (Scotland); radiotherapy consent forms (surname and first names as separate
fields, unspaced CHI, street, town and postcode, the oncologist, a Polish interpreter's full name
with booking reference (ID), the patient's signature name, the radiographer; dose / fractions, ADT,
PSA, Gleason and stage clinical) (Scotland); bilingual acute oncology referrals ("Dyddiad / Date",
"Enw / Name", "Rhif GIG / NHS No", "Cyfeiriad / Address" with street, town and postcode, "Dr F.
Last" FY2 with bleep, "dd/mm" last dose, the husband's first name and landline, the CNS's first
name sign-off after "Cofion / Regards" and a 4-digit extension; calcium, PTH, renal function,
fluids and zoledronic acid clinical) (Wales); CLL watch-and-wait letters ("dd.mm.yyyy" clinic and
typed dates, the GP practice street, town and BT postcode, "Dear Dr Last", "Re: Mr First Last,
street, town, postcode", spaced H&C number (mod 11), "028" landline, "Mr Last", the wife's first
name, "Month yyyy" previous result and review dates; Binet / Rai stage, IGHV / TP53, counts and
node size clinical) (Northern Ireland); infusion center nursing notes ("Last, First M", MRN, dotted
"m.d.yyyy" DOB, age (>= 90 labelled), "mm/dd/yyyy" visit, "F. Last, MD", the spouse's first name,
"Thursday m/d" pump disconnect (weekday outside), "Electronically signed by First Last, RN, OCN on
m/d/yyyy 4:12 PM"; C5D1, labs, vitals, premeds and BSA-based FOLFIRINOX doses clinical) (US);
oncology pharmacist order verifications ("LAST, FIRST", MRN, "mm-dd-yyyy" DOB, order number (ID),
"m/d" labs, "Dr. Last", ", PharmD, BCOP", "F. Last, PharmD"; Calvert carboplatin dose, CrCl,
paclitaxel, ANC, platelets and premeds clinical) (US); transfusion reaction workups ("LAST, FIRST
M", MRN, DOB, ISBT 128 DIN "W8903 25 628048" (ID), "mm/dd/yy", the RN with an "ext 7-7046"
extension (PHONE), accession "25-BB-798133" (ID), BMT fellow and transfusion medicine MD full
names; ABO / Rh, vitals, volume, DAT, bilirubin and acetaminophen clinical) (US); BMT coordinator
related-donor searches ("Month d, yyyy", recipient full name, MRN, "m/d/yyyy" DOBs, registry RID
(ID), the brother with the city he lives in (state unlabelled) and cell, the sister under her
married surname, another sister's first name, "Dr. Last", "m/d", coordinator ", RN, BMTCN" with
phone and work e-mail; risk, CR1, MRD, HLA match grades, CMV and ABO clinical) (US); research
consent notes (NCT and IRB numbers unlabelled, subject ID (ID), MRN, the CRC and PI, the son's
first name, "m/d" MRI, an eConsent audit line with ISO date and public IP (IP) and the patient's
personal e-mail, "F. Last, CRC"; eligibility labs and the nivolumab dose clinical) (US);
after-hours hospice triage logs ("Sun mm/dd/yy" - weekday outside - the daughter / POA's full name,
"CB#" phone, "First Last, 9x y/o F" (>= 90 labelled), street (apartment inside), city, state
unlabelled, ZIP or ZIP+4, the RN case manager, "Dr. Last", "m/d"; morphine, lorazepam and
haloperidol doses and RR clinical) (US); breast tumor board summaries ("Wednesday, Month d, yyyy" -
weekday outside - "F. Last, MD", navigator, "First M. Last", MRN, "48F" (age unlabelled), PCP,
"m/d/yy" and "m/d" dates, the mother's first name, "Dr. Last" plastics, attendee list; ER / PR /
HER2 / Ki-67, size and the BRCA2 variant clinical) (US); lower-case ED neutropenic fever notes
("last, first", MRN, "m/d/yyyy" DOB, the wife's first name and cell, "Dr. Last" fellow, resident
and attending; temperature, C2A day count, labs, MASCC, cefepime, vancomycin and LR clinical) (US);
autologous PBSC apheresis records ("LAST, FIRST M", MRN, DOB, "m/d" plerixafor date, product ID
(ID), operator and apheresis MD; CD34 counts and yields, volumes, G-CSF and plerixafor doses
clinical) (US); specialty-pharmacy oral chemo refill calls (Rx number and copay card ID (ID), the
patient's full name and phone in varied US forms, DOB, "Dr. Last", street, city, ZIP, "m/d",
personal e-mail, ", PharmD" with a 1-800 number and extension; ibrutinib doses, adherence, BP and
grade clinical) (US); nurse navigator intakes ("Mon d, yyyy", "F. Last, MD" with fax, the patient's
full name and preferred nickname (NAME), DOB, MRN, address, cell, personal e-mail, the partner's
full name and phone, insurance member ID; TNM, PD-L1, EGFR and distress score clinical) (US);
immunotherapy pre-treatment checklists ("[label] LAST, First Middle", UR, DOB, spaced Medicare with
its issue number inside the span, unit / street, suburb in capitals, state unlabelled, postcode,
"Thu dd/mm/yyyy" - weekday outside - "Dr Last" MO reg, the spouse's first name and mobile, the CNS
and second-RN initials; pembrolizumab cycle, irAE grade, TSH, cortisol and obs clinical)
(Australia); IVIg infusion records ("First LAST", URN, "d/m/yyyy" DOB, BloodSTAR authorisation
number (ID), "dd/mm/yy" trough date, the product batch number unlabelled, next-due date, the
prescriber with Medicare provider number (check character; ID), RN and EN full names; IgG, dose,
rates and obs clinical) (Australia); community palliative care home visits ("dd.mm.yy", the RN's
full name and a student's first name, client with age (>= 90 labelled), UR, street, suburb,
postcode, the partner's first name twice, the GP with a "(0x)" landline, "Fri dd/mm" (weekday
outside); AKPS, syringe-driver contents and rate, breakthrough doses and pain score clinical)
(Australia); colorectal MDM outcomes ("Tuesday d Month yyyy" - weekday outside - "First LAST",
MRN, unspaced Medicare, treating clinician, referring GP with suburb and postcode, "Dr Last", "F.
Last" attendees, the coordinator with landline; pTNM, MMR, CEA and CAPOX clinical) (Australia);
trial randomisation confirmation e-mails ("From: First Last <first.last@...>", "Sent: Monday, d
Month yyyy 4:12 PM" - weekday outside - the site CRC's work e-mail, participant number (ID) twice,
"Dear First", three-letter initials (NAME), year of birth unlabelled, the participant's name and
MRN leaked in an uploaded form, a REDCap survey link with token (URL), "+61 2" phone; ACTRN
unlabelled; durvalumab and chemoradiation doses clinical) (Australia); allogeneic transplant
discharge summaries (Ontario: "Last, First", MRN, OHIP "nnnn nnn nnn XY" (Luhn; version code inside
the span), "yyyy/mm/dd" dates, MRP "Dr. First Last", the NP, donor age unlabelled, "Thursday Month
d" - weekday outside - the caregiver's first name and cell, lodging unit-street, city, ON and postal
code, family physician; engraftment day, GvHD stage, tacrolimus level and prophylaxis doses
clinical); oral chemotherapy teaching records (BC: full name, spaced PHN (mod 11), chart number,
"dd-Mon-yyyy" dates, the daughter's first name and cell, the city the patient lives in;
capecitabine dose, BSA and DPYD result clinical); palliative home care referrals (Alberta: "LAST,
First", ULI "nnnnn-nnnn" (Luhn), "Mon d, yyyy" DOB, age (>= 90 labelled), street, city, postal
code, phone, the son (agent) with phone, referring oncologist with phone and fax, ISO referral date;
PPS, ESAS scores, GCD C1, hydromorphone, dexamethasone and O2 clinical); trial eligibility
checklists (Nova Scotia: CCTG trial code unlabelled, MSI "nnnn nnn nnn", hospital number,
registration number (ID), ISO DOB and the Canadian "Mon d/yy" dates; ECOG, ANC, platelets, Hgb,
CrCl, bilirubin and ALT clinical); blood-refusal haematology progress notes (Saskatchewan: full
name, HSN "nnn nnn nnn", ISO dates, the spouse's first name, a Hospital Liaison Committee member's
full name and phone, "Dr. First Last"; Hgb, platelets, ANC, epoetin, iron sucrose and folic acid
clinical); SACT prescriptions under an NCCP regimen number (unlabelled) (Ireland: full name, MRN,
street or townland, town, "Co. ..." unlabelled, Eircode, "Prof. First Last", "dd/mm/yyyy", SpR with
Medical Council number (ID), pharmacist, CNM2 and the patient's mobile; Cockcroft-Gault GFR,
carboplatin / pemetrexed doses and B12 / folate clinical); palliative family meeting records
(Ireland: full name with age (>= 90 labelled), MRN, "PPS No." PPSN (SSN) next to the clinical
"PPS 30%" (Palliative Performance Scale), townland, town, Eircode, the wife's and son's first
names, the city the son lives in, the daughter under her married name, Reg, CNS and MSW, "Dr Last",
a UK "+44" mobile and a "(0xx)" landline; PPS, ECOG and albumin clinical); SAE report forms
(Ireland: sponsor fax "+353 1", protocol and EudraCT numbers unlabelled, site number unlabelled,
patient study number (ID), three-letter initials (NAME), partial DOB "UN/JAN/1973" (DATE),
"dd-MON-yyyy" onset, admission, last-dose and report dates, the reporter with a "(021)" phone;
CTCAE grade, weight, ANC nadir, T max and pip-tazo clinical); Faster Cancer Treatment tracking
sheets (New Zealand: "First LAST", new-format NHI "AAANNAA" (check letter), "d/m/yyyy" DOB, street,
suburb, city and postcode, ethnicity unlabelled, referral / triage / FSA / DTT / first-treatment
dates, "Dr Last", the FCT coordinator with a 5-digit extension, the kaiawhina with mobile; SABR dose
and day counts clinical); hospice advice-line call records (New Zealand: "Sun d Mon yyyy" - weekday
outside - the spouse's first name (twice) and mobile, full name, old-format NHI (check digit), age
(>= 90 labelled), the on-call nurse and the suburb visited, the day-team nurse's first name;
bleed volume, RR, midazolam and syringe-driver doses clinical); bone marrow biopsy procedure notes
(New Zealand: "dd/mm/yy", registrar full name, the RN's first name, "Last, First", NHI in either
format, DOB, a Samoan interpreter's full name, lab number (ID), "dd/mm", "(0x)" phone; counts, INR,
lignocaine, Penthrox, slide count, trephine length and BP clinical); day-care chemotherapy summaries
(India: UHID and day-care numbers, "Mrs. First Last", age unlabelled, the husband as "Mr. First
Last (husband)", "+91" / "0" mobiles, "H.No. n-n-nnn, Locality" line and city (ADDRESS), spaced
PIN "302 719" (ZIP), state unlabelled, Aadhaar (Verhoeff) and PM-JAY ID (ID), "dd-mm-yyyy" dates,
"Dr. First Last, MD, DM" with state medical council registration (ID); FIGO stage, Hb, TLC, ANC,
platelets in lakh, CA-125 and "Inj." doses clinical); blood centre requisition / crossmatch / issue
slips (India: requisition number, "dd.mm.yy", IP number, PRBC and SDP bag numbers and replacement
donor IDs (ID), the brother's and a friend's full names, the JR with mobile, the technical
supervisor; Hb, platelets "/cumm", group, antibody screen and units clinical); oncology clinic
folder notes (South Africa: full name, folder number, SA ID number (date of birth, sex digits,
Luhn), "yyyy/mm/dd" DOB, "Stand nnnn, Block n" style lines, township and 4-digit postal code,
cells, the mother's full name, "Mon yyyy" ART start (DATE), "dd/mm/yyyy", "Dr First Last (MO)"
with HPCSA number "MP 0nnnnnn" (ID); KS staging, CD4, VL, paclitaxel dose and FBC clinical);
paediatric febrile neutropenia admissions (South Africa: the child's full name with age in years
(unlabelled), SA ID, folder number, the mother's full name and "+27" cell, the town she lives in,
"dd/mm"; weight, DI day, obs, FBC, CRP and weight-based pip-tazo / amikacin / paracetamol doses
clinical); Hospital Authority style chemotherapy booking slips (Hong Kong: "SURNAME Given" names
for patient, husband, APN and MO, HKID "A123456(3)" (check digit; the bracketed digit inside the
span), hospital number, "F/53" age (>= 90 labelled), "dd-mm-yyyy" DOB, "Flat X, nn/F, Block n,
... Estate" line and district (ADDRESS; Kowloon / New Territories unlabelled), 8-digit phones, ISO
day-1 / day-8 dates with "(Tue)" outside; ECOG, gemcitabine / nab-paclitaxel doses and bloods
clinical); radiation oncology clinic notes (Nigeria: "21st May, 2025", "Mrs First Last", hospital
number "nn/nnnnnn", NIN (11 digits; ID), age unlabelled, "No. nn, Street" line, area and city
(ADDRESS; the state unlabelled), "080x" and "+234" mobiles, the husband "Mr First Last", NHIA
number (ID), transfusion and simulation dates, senior registrar "Dr First Last" and consultant
"Dr Last"; FIGO stage, PCV, EBRT / brachytherapy / cisplatin doses, creatinine and K clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British Pakistani, British Ghanaian; Scottish; Welsh; Northern Irish; US white, African American,
Hispanic, Chinese American and Filipino American; Anglo, Italian and Lebanese Australian; English
Canadian, Punjabi Canadian, Ukrainian Canadian and Acadian; Irish with fadas and O' surnames;
Pākehā, Māori and Pasifika; North and South Indian; Zulu, Afrikaans and South African Indian; Hong
Kong Cantonese; Yoruba, Igbo and Hausa), about one patient name in five (UK, US, AU, CA, IE, NZ, IN)
from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (a relative of a
Faker patient takes a Faker first name too); a UK / US / AU / CA / IE / NZ staff member is drawn in
one case in four from a mixed international workforce whose names are paired by origin (Filipino,
Keralite, Nigerian, Zimbabwean, Sri Lankan, Egyptian); a Polish interpreter in Scotland. Word-like
and eponymous names are never drawn (``BAD_NAMES``: common nouns, colours, trades and virtue names -
Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown, Smith - months and places,
and the eponyms of this field: staging systems, scores and formulas (Binet, Rai, Durie, Gleason,
Breslow, Karnofsky, Calvert, Cockcroft, Khorana, Deauville), blood groups (Kell, Duffy, Kidd,
Lewis), lines and devices (Hickman, Groshong, Ommaya), diseases (Hodgkin, Burkitt, Kaposi,
Richter, Castleman), charities and hospitals (Macmillan, Marie Curie, Anthony Nolan, Christie,
Marsden, Beatson)). Relatives take a first name from the family's group; blood relatives keep the
surname, spouses mostly too, a married sister or daughter takes a new one. Forms: "First Last",
"First Middle LAST", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M", "Last, First
M", "LAST, First Middle", "First LAST", "First M. Last", "F. Last", "F Last", "Last F" (checking
columns), "SURNAME Given" (Hong Kong), separate surname and forename fields (two spans), lower-case
full names, surnames and first names, first names alone, a quoted preferred nickname, surnames
alone after "Dr" / "Mr" / "Dr.", two-letter staff initials in upper and lower case and three-letter
trial initials. No initials spell a clinical abbreviation or a short word (``BAD_INITS``), and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string -
or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn
from the next fixed seed).

Conventions (as heldout67 - heldout69): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Mrs.", "Mr.", "Ms", "Prof.", "dr" in lower case, ", MD", ", RN", ", RN, OCN", ", RN, BMTCN", ",
PharmD", ", PharmD, BCOP", ", CRC", ", NP", ", BSc(Pharm)", ", MD, DM (Medical Oncology)", "(MO)",
"(APN)", "(EN)", "(CNS)", "(Reg)", "(MSW)", "(haem reg)", "(ED ST4)", "(onc reg)", "(Band 6, ...)",
"SCN", "CNM2", "RN", "Therapeutic Radiographer", "(husband)", "(daughter/POA)", "(wife)") are
outside NAME spans; "LAST, First" is one NAME span; separate surname and forename fields are two
spans; a preferred name is its own NAME span. A street line (with flat / unit / apartment part,
Irish townlands, Indian "H.No." lines, South African stand / section lines, Nigerian "No. nn,
Street" lines and Hong Kong "Flat X, nn/F, Block n, ... Estate" lines), a suburb, township, area,
district, town or city (also a city where a relative lives) is ADDRESS; a state, province, county
("Co. Donegal"), region or country is not PHI; UK postcodes, Eircodes, US ZIP and ZIP+4 codes,
Canadian postal codes, AU / NZ postcodes, Indian PIN codes and South African postal codes are ZIP.
DATE: anything more specific than a year, in the formats above - also Roman-numeral months
("5/ii/2024"), "29MAR2024", "06-OCT-2024", "Mon d/yy", "21st May, 2025", partial dates with an
unknown day ("UN/JAN/1973") and month-year ("October 2024", "Jan 2021"); weekdays ("Thursday",
"Sun", "fri", "(Tue)") stay outside; a date followed by a separate time labels only the date;
years alone (years of birth in trial logs), times of day, durations, cycle / day counts ("C3D1",
"C2A day 14", "day +100", "D11"), day-count targets ("62-day: day 51") and follow-up intervals are
never labelled. PHONE: mobiles, landlines, fax numbers, bleeps, extensions (the digits after
"ext"; also "7-7046") and 1-800 numbers, in all the regional forms shown; labels outside. SSN: Irish
PPSNs. ID: NHS (mod 11, spaced, dashed or unspaced), CHI (from the DOB and sex), H&C (mod 11),
hospital / unit / MRN / UR / URN / UHID / IP / folder / chart numbers, NMC PINs, GPhC, GMC, Medical
Council, state medical council and HPCSA registration numbers, Medicare provider numbers, ISBT 128
donation numbers (US and UK forms), crossmatch sample, accession, lab and bag numbers, replacement
donor IDs, apheresis product IDs, registry recipient IDs, BloodSTAR authorisation numbers, order
and Rx numbers, copay card and insurance member IDs, trial participant, subject, screening,
randomisation, registration and patient study numbers, interpreter booking references, AU
Medicare (check digit; the issue number inside the span), OHIP with its version code, BC PHN, ULI,
NS MSI, SK HSN, NHI (both formats), Aadhaar, PM-JAY IDs, NIN, NHIA numbers, SA ID numbers, HKID and
HK hospital numbers. AGE: ages >= 90 only, number part only; ages < 90 (also children's ages and a
donor's age) are unlabelled. EMAIL: personal and work addresses. URL: a participant's REDCap survey
link with its token. IP: the public address in an eConsent audit line. Not PHI and unlabelled:
hospital, ward, unit, hospice, pharmacy, service and app names, trial acronyms, ISRCTN / NCT /
ACTRN / EudraCT / IRB / CCTG / NCCP / CTRIAL-IE numbers, trial site numbers, drug batch numbers,
chair, room and bed numbers, regimen names outside clinical spans, ethnicity, "Kowloon" / "New
Territories", years alone and times of day. Vitals, labs, scores (NEWS2, MASCC, ECOG, PS, PPS,
AKPS, ESAS, IPI, CTCAE and UKONS grades, Binet / Rai, Gleason, TNM, FIGO, distress thermometer,
GCD), regimens and cycle / day codes, HLA match grades, chimerism, CD34 yields, blood groups,
genetic variants, drug doses (also BSA- and weight-based doses and Calvert carboplatin doses),
fluid volumes, radiotherapy doses and fractions, weights and day counts are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 70_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to reviews in 2026). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import math
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

# ------------------------------------------------------------------------------ names
# group -> (male first names, female first names, surnames)
G: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Trevor", "Malcolm", "Keith", "Derek", "Phillip", "Adrian", "Stephen", "Kenneth", "Dominic", "Nigel"],
           ["Lorraine", "Beverley", "Gillian", "Tracey", "Janet", "Maureen", "Sandra", "Deborah", "Wendy", "Pauline"],
           ["Hargreaves", "Sutcliffe", "Ackroyd", "Whitworth", "Bradshaw", "Entwistle", "Greenhalgh", "Hepworth",
            "Thewlis", "Oldroyd", "Pilkington", "Haworth", "Dransfield", "Holroyd", "Tattersall", "Openshaw"]),
    "bpk": (["Imran", "Tariq", "Zubair", "Shahid", "Kamran", "Nadeem", "Asif"],
            ["Nasreen", "Shazia", "Rukhsana", "Farzana", "Ayesha", "Samina", "Tahira"],
            ["Hussain", "Akhtar", "Mahmood", "Rashid", "Iqbal", "Chaudhry", "Qureshi", "Bashir", "Siddiqui"]),
    "bgh": (["Kwame", "Kofi", "Kwabena", "Kojo", "Yaw"],
            ["Akosua", "Abena", "Efua", "Adwoa", "Afua"],
            ["Mensah", "Boateng", "Asante", "Owusu", "Adjei", "Appiah", "Darko", "Ofori"]),
    "sc": (["Alasdair", "Hamish", "Fraser", "Callum", "Murdo", "Ewan", "Lachlan", "Gordon", "Angus"],
           ["Morag", "Catriona", "Elspeth", "Isla", "Shona", "Kirsty", "Fiona", "Eilidh", "Ishbel"],
           ["MacLeod", "Gillies", "Urquhart", "Menzies", "Buchanan", "Drummond", "Sinclair", "Rennie",
            "Cruickshank", "Mackenzie", "Gunn", "Strachan", "Imrie"]),
    "cy": (["Rhodri", "Gethin", "Dafydd", "Emyr", "Iwan", "Aled", "Huw", "Meirion"],
           ["Sian", "Ffion", "Nia", "Bethan", "Eleri", "Angharad", "Rhiannon", "Catrin"],
           ["Llewellyn", "Pritchard", "Prosser", "Bevan", "Gwilym", "Vaughan", "Howells", "Prydderch", "Rees",
            "Jenkins", "Griffiths", "Pugh"]),
    "ni": (["Ciaran", "Seamus", "Eamon", "Gerard", "Colm", "Raymond", "Wilbert", "Darragh"],
           ["Roisin", "Siobhan", "Aoife", "Geraldine", "Sinead", "Orla", "Pamela", "Lorna"],
           ["McCausland", "Quinn", "Devlin", "McAllister", "Hamill", "Mulholland", "Gilmore", "Donnelly",
            "McKeown", "Magee", "Lavery", "Cromie"]),
    "usw": (["Bradley", "Dustin", "Gregory", "Jeffrey", "Randall", "Wayne", "Todd", "Curtis"],
            ["Kimberly", "Melissa", "Stacy", "Kristen", "Brenda", "Tonya", "Rhonda", "Shannon"],
            ["Kowalczyk", "Yoder", "Lindqvist", "Hoffmann", "Schreiber", "Dombrowski", "Sorensen", "Engstrom",
             "Pruitt", "Gustafson", "Yost", "Ostrowski"]),
    "usb": (["Darnell", "Jamal", "Terrence", "Marcus", "Reginald", "Cedric", "DeShawn", "Andre"],
            ["Latoya", "Shanice", "Keisha", "Tamika", "Monique", "Yolanda", "Aaliyah", "Denise"],
            ["Washington", "Jefferson", "Gaines", "Whitfield", "Dorsey", "Mabry", "Pettway", "Boykins",
             "Hairston", "Toussaint"]),
    "ush": (["Alejandro", "Joaquin", "Rogelio", "Ernesto", "Efrain", "Arturo"],
            ["Marisol", "Yesenia", "Guadalupe", "Leticia", "Araceli", "Maricela"],
            ["Villarreal", "Quintanilla", "Zamora", "Barajas", "Ochoa", "Carrillo", "Espinoza", "Galindo",
             "Trujillo"]),
    "usc": (["Kevin", "Wei", "Jason", "Brian", "Hao"],
            ["Mei", "Ling", "Jennifer", "Xiaoling", "Yvonne"],
            ["Zhang", "Huang", "Tsai", "Liang", "Zhou", "Chen", "Kuo", "Hsu"]),
    "usf": (["Rodel", "Jericho", "Ronaldo", "Edgardo", "Arnel"],
            ["Maricel", "Rowena", "Jocelyn", "Analyn", "Marites"],
            ["Bautista", "Villanueva", "Macaraeg", "Pangilinan", "Soriano", "Dimaculangan"]),
    "au": (["Darren", "Shane", "Craig", "Lachlan", "Brendan", "Mitchell", "Kurt"],
           ["Kylie", "Narelle", "Leanne", "Belinda", "Tanya", "Raelene", "Shelley"],
           ["Pemberton", "Treloar", "Kinsella", "Fitzgibbon", "Mulcahy", "Brereton", "Hetherington", "Tregear",
            "Rowntree", "Kilpatrick"]),
    "auit": (["Giuseppe", "Salvatore", "Domenico", "Antonio", "Vincenzo"],
             ["Carmela", "Rosaria", "Concetta", "Giovanna", "Lucia"],
             ["Bonaccorso", "Di Stefano", "Iannuzzi", "Lo Presti", "Cusumano", "Scarcella"]),
    "aulb": (["Bilal", "Ahmad", "Fadi", "Georges", "Elias"],
             ["Rania", "Nadia", "Mirna", "Hiba", "Layla"],
             ["Haddad", "Khoury", "Nasser", "Saab", "Habib", "Fakhoury"]),
    "ca": (["Dwayne", "Trent", "Garth", "Kendall", "Darcy", "Jarrod"],
           ["Krista", "Shauna", "Darlene", "Lindsey", "Jolene", "Tenille"],
           ["MacIsaac", "Doucette", "Sawatzky", "Friesen", "Lemieux", "Thibodeau", "Penner", "Huculak",
            "McInnis", "Fitzpatrick"]),
    "cain": (["Harjit", "Jaswinder", "Manpreet", "Sukhdev", "Amrik"],
             ["Harpreet", "Rajwinder", "Kulwinder", "Navneet", "Manjit"],
             ["Sandhu", "Dhaliwal", "Grewal", "Sidhu", "Brar", "Bains"]),
    "cauk": (["Taras", "Orest", "Bohdan", "Myron"],
             ["Oksana", "Halyna", "Lesia", "Olena"],
             ["Kowalchuk", "Hnatiuk", "Melnyk", "Shewchuk", "Yaremko", "Fedorchuk"]),
    "caac": (["Réjean", "Gilles", "Normand", "Yvon"],
             ["Ginette", "Lise", "Johanne", "Huguette"],
             ["LeBlanc", "Arsenault", "Boudreau", "Comeau", "Theriault", "Gaudet"]),
    "ie": (["Pádraig", "Donal", "Ciarán", "Tadhg", "Fergal", "Diarmuid", "Eoin", "Cathal"],
           ["Máire", "Bríd", "Gráinne", "Nuala", "Deirdre", "Eimear", "Caoimhe", "Sorcha"],
           ["O'Callaghan", "Moriarty", "Brosnan", "Fitzmaurice", "Kissane", "Lenihan", "Cronin", "Sheehy",
            "O'Shea", "Culhane", "Scanlon", "Hanrahan"]),
    "nz": (["Blair", "Corey", "Nathan", "Hayden", "Jared"],
           ["Anneke", "Bronwyn", "Kirsten", "Raewyn", "Sharleen"],
           ["Pennington", "McKenzie", "Hollis", "Cathcart", "Whitcombe", "Rountree", "Van der Velde"]),
    "nzm": (["Wiremu", "Rawiri", "Tamati", "Hemi", "Manaia", "Nikau"],
            ["Aroha", "Hine", "Ngaire", "Awhina", "Marama", "Huia"],
            ["Ngata", "Tipene", "Wihongi", "Parata", "Rangihuna", "Kereama", "Tamihana", "Paewai"]),
    "nzp": (["Sione", "Tevita", "Ioane", "Sefo"],
            ["Losana", "Mele", "Salote", "Fetu"],
            ["Tupou", "Faleolo", "Vaifale", "Leota", "Taufa", "Mapu"]),
    "inn": (["Rohit", "Vikram", "Sandeep", "Anurag", "Pankaj", "Vivek"],
            ["Priyanka", "Sunita", "Kavita", "Neelam", "Pooja", "Ritu"],
            ["Verma", "Saxena", "Chauhan", "Mehrotra", "Bansal", "Tripathi", "Srivastava", "Bhatnagar"]),
    "ins": (["Karthik", "Senthil", "Murali", "Suresh", "Arun", "Ganesh"],
            ["Lakshmi", "Meenakshi", "Revathi", "Divya", "Kalpana", "Anitha"],
            ["Subramanian", "Ramasamy", "Krishnan", "Iyer", "Nair", "Menon", "Venkatesan", "Balakrishnan"]),
    "zaz": (["Sipho", "Thabo", "Mandla", "Lwazi", "Sibusiso", "Bongani"],
            ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Nokuthula", "Ayanda"],
            ["Dlamini", "Ngcobo", "Mthembu", "Khumalo", "Mahlangu", "Nkosi", "Ntuli", "Mokoena", "Mabaso",
             "Zungu"]),
    "zaa": (["Johan", "Pieter", "Hendrik", "Marthinus", "Gerrit", "Stefan"],
            ["Annelie", "Elsabe", "Riana", "Marietjie", "Liezl", "Charlene"],
            ["van der Merwe", "Pretorius", "Bezuidenhout", "du Plessis", "Coetzee", "Venter", "Steyn",
             "Oosthuizen"]),
    "zai": (["Prakash", "Sagren", "Devan", "Kribesh"],
            ["Kershnee", "Thireshni", "Nalini", "Vasanthi"],
            ["Naidoo", "Pillay", "Govender", "Moodley", "Chetty", "Padayachee"]),
    "hk": (["Ka Ming", "Chi Wai", "Siu Keung", "Kwok Hung", "Tak Shing", "Chun Yin"],
           ["Ka Yan", "Mei Ling", "Wai Yee", "Suk Fan", "Lai Ching", "Hoi Yan"],
           ["Chan", "Leung", "Cheung", "Lau", "Kwok", "Tsang", "Fung", "Yip", "Mak", "Chow", "Tse"]),
    "ngy": (["Olumide", "Babatunde", "Adebayo", "Oluwaseun"],
            ["Folasade", "Oluwakemi", "Yetunde", "Abimbola"],
            ["Adeyemi", "Olaniyan", "Ogunleye", "Balogun", "Akinola", "Oyewole"]),
    "ngi": (["Chukwuemeka", "Obinna", "Ikenna", "Nnamdi"],
            ["Adaeze", "Chiamaka", "Ngozi", "Uchenna"],
            ["Okonkwo", "Nwosu", "Okafor", "Eze", "Nwankwo", "Obiora"]),
    "ngh": (["Abdullahi", "Aminu", "Sani", "Usman"],
            ["Hauwa", "Zainab", "Hadiza", "Amina"],
            ["Abubakar", "Danjuma", "Garba", "Yakubu", "Shehu"]),
    # a mixed international workforce (staff only, UK / US / AU / CA / IE / NZ)
    "stf": (["Rodrigo", "Jerome", "Arvin"], ["Maricar", "Rhea", "Jonalyn"], ["Abalos", "Macapagal", "Dizon", "Sarmiento"]),
    "stk": (["Jomon", "Binu", "Shibu"], ["Jincy", "Sneha", "Reshma"], ["Varghese", "Kuriakose", "Mathew", "Thomas"]),
    "stn": (["Babajide", "Chinedu", "Tunde"], ["Ebere", "Funke", "Ifeoma"], ["Ogunbiyi", "Uzoma", "Adesanya", "Okeke"]),
    "stz": (["Tendai", "Tawanda", "Farai"], ["Chipo", "Rutendo", "Nyasha"], ["Mapfumo", "Moyo", "Chikwanha", "Zvobgo"]),
    "sts": (["Kasun", "Nuwan", "Dinesh"], ["Nimali", "Dilini", "Chathurika"], ["Perera", "Wijesinghe", "Jayasuriya", "Fernando"]),
    "ste": (["Ahmed", "Karim", "Tarek"], ["Fatima", "Mona", "Dina"], ["El-Sayed", "Mansour", "Abdelrahman", "Farouk"]),
}
PAT = {"uk": ["en", "en", "bpk", "bgh"], "sc": ["sc"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "ush", "usc", "usf"], "au": ["au", "au", "auit", "aulb"],
       "ca": ["ca", "ca", "cain", "cauk", "caac"], "ie": ["ie"], "nz": ["nz", "nzm", "nzp"],
       "in": ["inn", "ins"], "za": ["zaz", "zaz", "zaa", "zai"], "hk": ["hk"], "ng": ["ngy", "ngi", "ngh"]}
STAFF_INTL = ["stf", "stk", "stn", "stz", "sts", "ste"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US", "au": "en_AU",
             "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# word-like names (common nouns, adjectives, verbs, colours, trades, virtues, months, places) and the
# eponyms of this field (staging systems, scores, formulas, blood groups, lines and devices, charities)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray
Hill Wood Woods Hall King Knight Mason Baker Carpenter Miller Fisher Hunter Page Price Rich Sharp
Small Little Stone Marsh Moss Lane Field Fields Banks Steel Summer Summers Winter Love Joy Grace Faith
Charity Patience Mercy Honor Dawn Ivy Lily Holly Daisy April May June Will Bill Mark Art Guy Jack
Frank Chase Hunt Booth Church Chambers Parker Cross Pope Street Bond Glass Gold Silver Fox Wolf Lamb
Bird Crane Swan Drake Finch Nash Sage Rush Rivers Ray Major Noble Golden Savage Sweet Moody Best Read
Case Fair Gay Way Wells Hale Heath Holt Brooks Ford Shaw Paris London Sydney Florence Victoria
Georgia Austin Dallas Jordan Chester Lincoln Kent Clay Bush Ball Pike Cash Sterling Bright Cherry
Berry Penny Amber Angel Archer Autumn Bailey Barber Barker Bass Bath Bean Beard Beck Bender Birch
Blanch Booker Bowler Bowman Branch Brandy Bray Brewer Brick Bridge Brock Buck Bull Bullock Burr
Butcher Butler Cain Cannon Carol Carter Chamberlain Chandler Chapman Clear Collier Colon Contractor
Cooper Cox Craven Creed Crystal Curry Dale Dash Dean Deacon Diamond Dick Diver Divine Doctor Don
Drew Drum Duff Duke Dyer Earl Early Ebony Fall Farmer Fay Fee Ferry Fletcher Flood Foot Foster
Fowler Freeman Frost Fry Fuller Gamble Garland Garner Gentry Gill Glen Glenn Glover Good Goodman Gore
Grant Griffin Gross Guard Hardy Hare Harmony Harper Hart Hay Hazel Heather Herring Holder Hood Hook
Hooper Horn House Hull Hurst Ivory Jade Jasmine Jasper Jay Judge Kemp Key Kidney Kirk Lance Law Leach
Lees Lord Low Lucky Mack Manning Marsh Master Mercer Merchant Merry Monk Moon More Mountain Noel
North Oak Olive Orchard Pace Palmer Park Parry Peacock Peck Perry Petty Pierce Piper Pollard Poppy
Potter Power Powers Prince Proctor Rafter Raven Reader Reed Rice Riddle Ridge Ring Robin Rock
Rosemary Ruby Ryder Salmon Sandy Sawyer Sexton Shepherd Sherry Short Silk Skinner Slater Smart Smith
Snow Sparks Stack Stark Steward Story Stout Strong Swift Tanner Tucker Turner Valentine Victory
Violet Wade Walker Wall Waller Ware Warner Warren Watt Weaver Webster Wheeler Willow Wise Wren Wright
York Amy Ana Mere Man Wing Jun Sunny Precious Blessing Favour Godwin Sky Tyrone Travis Troy Glenn
Hodgkin Burkitt Kaposi Wilms Ewing Hickman Broviac Groshong Ommaya Karnofsky Gleason Breslow Clark
Clarke Dukes Durie Binet Rai Sokal Hasford Trousseau Virchow Auer Sternberg Coombs Kell Duffy Kidd
Lewis Lutheran Diego Cartwright Jones Bence Hartmann Ringer Foley Macmillan McMillan Curie Marie
Nolan Anthony Christie Marsden Beatson Velindre Clatterbridge Maggie Luke Richter Castleman Fanconi
Blackfan Gaucher Philadelphia Epstein Barr Paget Krukenberg Pancoast Horner Khorana Caprini Charlson
Deauville Lugano Bloom Richardson Elston Ellis Fuhrman Zubrod Lansky Rockwood Calvert Cockcroft
Gault Mosteller DuBois Haycock Bard Baxter Jehovah Mary Joseph Peter Margaret Hutchinson Anderson
Mayo Sloan Kettering Tata Wilson Parkinson Addison Cushing Crohn Graves Doppler Holter Glasgow
Waterlow Braden Norton Apgar Murray Montgomery Monroe Sydenham Penthrox Privigen Niki Oncotype"""
BAD_NAMES = set(_BAD_TXT.split())
BAD_INITS = {"BP", "HR", "GP", "PA", "UR", "MD", "DO", "RN", "ID", "OT", "PT", "ED", "ER", "IV", "NP", "MI",
             "PE", "CT", "DR", "MR", "MS", "NO", "OK", "SA", "DM", "CA", "HB", "GS", "XM", "PS", "PD", "SD",
             "CR", "PR", "AE", "PI", "RT", "SC", "IM", "PO", "NG", "TB", "BD", "OD", "TD", "FU", "MG", "ML",
             "CM", "KG", "UK", "NZ", "AU", "US", "IN", "BT", "AB", "FT", "LP", "NB", "PM", "AM", "HT", "WT",
             "SR", "ST", "GB", "RC", "CV", "TS", "NS", "RR", "HD", "DC", "WA", "SK", "ON", "BC", "IT", "OR",
             "AS", "AT", "BE", "HE", "IS", "IF", "OF", "TO", "UP", "SO", "GO", "WE", "ME", "MY", "BY", "NA",
             "TP", "VS", "CD", "GI", "HL", "LD", "MM", "PC", "RA", "LA", "SE", "SB", "KS", "HS", "JW", "TT",
             "RE", "AN", "EN", "EX", "MA", "AD", "AH", "AW", "EH", "EM", "HA", "HI", "HM", "MU", "NU", "OH",
             "OI", "OM", "OP", "OW", "QI", "TA", "TI", "XI", "YA", "YE", "YO", "OX", "AX", "LO", "DE", "DI",
             "PH", "DX", "RX", "TX", "HX", "SX", "FX", "BX", "CX", "KO", "EF", "PV", "PN", "MO", "RS", "EC",
             "AO", "SN", "RM", "HN"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


class Redraw(Exception):
    """The note drew something it must not (a repeated name, clashing initials)."""


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str = ""
    mname: str = ""  # a full middle name, where drawn

    @property
    def fl(self) -> str:  # First Last
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:  # LAST, FIRST
        return f"{self.last.upper()}, {self.first.upper()}"

    @property
    def LFM(self) -> str:  # LAST, FIRST M
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:  # Last, First M
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:  # First M. Last
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fL(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:  # F. Last
        return f"{_slug(self.first)[0].upper()}. {self.last}"

    @property
    def fin(self) -> str:  # F Last
        return f"{_slug(self.first)[0].upper()} {self.last}"

    @property
    def li(self) -> str:  # Last F (surname and initial, as in checking columns)
        return f"{self.last} {_slug(self.first)[0].upper()}"

    @property
    def SG(self) -> str:  # SURNAME Given
        return f"{self.last.upper()} {self.first}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la[0]}{style}@{dom}", f"{la}.{f}@{dom}"][style % 4]


def _ordsuf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    o = f"{d.day}{_ordsuf(d.day)}"
    return {
        "dmy": f"{dd}/{mm}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dmy1": f"{d.day}/{d.month}/{y}",
        "dot": f"{dd}.{mm}.{y}", "dot2": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}",
        "long": f"{d.day} {m} {y}", "sh": f"{d.day} {m[:3]} {y}", "ord": f"{o} {m} {y}",
        "ordsh": f"{o} {m[:3]} {y}", "ngord": f"{o} {m}, {y}",
        "dmon": f"{dd}-{m[:3]}-{y}", "dmon1": f"{d.day}-{m[:3]}-{y}", "dmonu": f"{dd}-{m[:3].upper()}-{y}",
        "dmonc": f"{dd}{m[:3].upper()}{y}", "dmon2": f"{dd}-{m[:3]}-{yy}",
        "roman": f"{d.day}/{ROMAN[d.month - 1]}/{y}", "iso": d.isoformat(), "ymd": f"{y}/{mm}/{dd}",
        "ymd8": f"{y}{mm}{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "us2": f"{mm}/{dd}/{yy}",
        "us12": f"{d.month}/{d.day}/{yy}", "usdot": f"{d.month}.{d.day}.{y}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{m} {d.day}, {y}", "uss": f"{m[:3]} {d.day}, {y}", "usord": f"{m} {o}, {y}",
        "md": f"{d.month}/{d.day}", "dm": f"{d.day}/{d.month}", "dm0": f"{dd}/{mm}", "dmdot": f"{dd}.{mm}",
        "mon_d": f"{m[:3]} {d.day}", "month_d": f"{m} {d.day}", "d_mon": f"{d.day} {m[:3]}",
        "d_month": f"{d.day} {m}", "ordm": f"{o} {m}", "my": f"{m} {y}", "mys": f"{m[:3]} {y}",
        "camd": f"{m[:3]} {d.day}/{yy}", "iso_t": d.isoformat(),
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit for ``body``."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11_10(r: random.Random, lead: str) -> str:
    """Ten digits with the NHS / H&C modulus-11 check digit (weights 10..2)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return body + str(chk)


def _nhs(r: random.Random) -> str:
    return _mod11_10(r, str(r.randint(4, 6)))


def _hc(r: random.Random) -> str:
    return _mod11_10(r, "3" + str(r.randint(2, 9)))


def _s334(s: str, sep: str = " ") -> str:
    return f"{s[:3]}{sep}{s[3:6]}{sep}{s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + str(r.randint(0, 9)) + str(r.randint(0, 9))
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            return body + str(chk)


_ISO7064 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def _isbt(r: random.Random, fin: str) -> tuple[str, str]:
    """An ISBT 128 donation identification number (facility, year, sequence) and its ISO 7064
    modulus 37-2 eye-readable check character."""
    s = fin + f"{r.randint(24, 25)}" + "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = sum(_ISO7064.index(ch) * 2 ** (len(s) - i) for i, ch in enumerate(s))
    return s, _ISO7064[(38 - tot % 37) % 37]


def _au_medicare(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return f"{body[:4]} {body[4:]}{chk} {r.randint(1, 5)}"


def _au_provider(r: random.Random) -> str:
    stem = _dig(r, 6)
    plc = r.choice("0123456789ABCDEFGHJK")
    v = "0123456789ABCDEFGHJKLMNPQRTUVWXY".index(plc)
    tot = sum(int(c) * w for c, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + v * 6
    return stem + plc + "YXWTLKJHFBA"[tot % 11]


def _ohip(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    s = body + _luhn(body)
    vc = "".join(r.choice("ABCEGHJKLMNPRSTVWXYZ") for _ in range(2))
    return f"{s[:4]} {s[4:7]} {s[7:]} {vc}"


def _bcphn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        body = "".join(str(r.randint(0, 9)) for _ in range(8))
        chk = 11 - sum(int(c) * x % 11 for c, x in zip(body, w, strict=True)) % 11
        if chk < 10:
            s = "9" + body + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def _ppsn(r: random.Random) -> str:
    al = "WABCDEFGHIJKLMNOPQRSTUV"
    d = [r.randint(0, 9) for _ in range(7)]
    sfx = r.choice(["", "", "A"])
    tot = sum(v * (8 - i) for i, v in enumerate(d)) + (9 * (al.index(sfx) if sfx else 0))
    return "".join(map(str, d)) + al[tot % 23] + sfx


_NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are not used


def _nhi_val(ch: str) -> int:
    return int(ch) if ch.isdigit() else _NHI_AL.index(ch) + 1


def _nhi_old(r: random.Random) -> str:
    while True:
        s = "".join(r.choice(_NHI_AL[:-1]) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        tot = sum(_nhi_val(c) * w for c, w in zip(s, range(7, 1, -1), strict=True)) % 11
        if tot:
            return s + str((11 - tot) % 10)


def _nhi_new(r: random.Random) -> str:
    s = ("".join(r.choice(_NHI_AL[:-1]) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(2))
         + r.choice(_NHI_AL))
    tot = sum(_nhi_val(c) * w for c, w in zip(s, range(7, 1, -1), strict=True)) % 24
    return s + _NHI_AL[24 - tot - 1]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(0, 4999) if sex == "f" else r.randint(5000, 9999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn(body)


def _hkid(r: random.Random) -> str:
    let = r.choice("ACDEGHKPRVYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    tot = 9 * 36 + 8 * (ord(let) - 55) + sum(v * (7 - i) for i, v in enumerate(d))
    chk = (11 - tot % 11) % 11
    return f"{let}{''.join(map(str, d))}({'A' if chk == 10 else chk})"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


def _bsa(ht: float, wt: float) -> float:
    return round(math.sqrt(ht * wt / 3600), 2)


class C:
    """Per-note drawing context: seeded random, Faker, the names and initials already used, the builder."""

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
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 625))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    # builder shorthands
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

    def ph(self, s: str) -> C:
        return self.p("PHONE", s)

    def id(self, s: str) -> C:
        return self.p("ID", s)

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def rf(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def _ok(self, words: list[str]) -> bool:
        return all(w.replace("'", "").isalpha() and w not in BAD_NAMES and w.lower() not in self.used
                   for w in words)

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
                grp = "faker"
            else:
                ms, fs, ls = G[grp]
                first, last = self.ch(ms if sex == "m" else fs), self.ch(ls)
            words = first.replace("-", " ").split() + last.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words):
                continue
            self.used.update(w.lower() for w in words)
            return P(first, last, sex, self.ch("BCDEFGHJKLMNRSTW"), grp)
        raise Redraw

    def _first(self, grp: str, sex: str) -> str:
        for _ in range(40):
            if grp == "faker" and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
            else:
                ms, fs, _ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
            words = first.replace("-", " ").split()
            if len(first) >= 3 and self._ok(words):
                self.used.update(w.lower() for w in words)
                return first
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        sex = sex or self.ch("mf")
        fake = grp is None and self.r.random() < 0.2 and self.region in FAKER_LOC
        return self._take(grp or self.ch(PAT[self.region]), sex, fake)

    def midname(self, q: P) -> P:
        """Give ``q`` a full middle name from its group."""
        q.mname = self._first(q.grp if q.grp in G or q.grp == "faker" else "en", q.sex)
        return q

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group, the surname kept (blood relatives) or new."""
        sex = sex or self.ch("mf")
        first = self._first(q.grp, sex)
        if same:
            return P(first, q.last, sex, self.ch("BCDEFGHJKLMNRSTW"), q.grp)
        o = self._take(q.grp if q.grp in G else self.ch(PAT[self.region]), sex, q.grp == "faker")
        return P(first, o.last, sex, o.mid, q.grp)

    def staff(self, sex: str | None = None) -> P:
        intl = self.region in ("uk", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz")
        grp = self.ch(STAFF_INTL) if intl and self.r.random() < 0.25 else self.ch(PAT[self.region])
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

    def wd(self, d: date, k: int = 3) -> str:
        """The weekday of ``d`` (never labelled), abbreviated to ``k`` letters (0: in full)."""
        w = WEEKDAYS[d.weekday()]
        return w[:k] if k else w

    def next_wd(self, d: date, wd: int) -> date:
        while d.weekday() != wd:
            d += timedelta(days=1)
        return d

    def tm(self, lo: int = 7, hi: int = 18) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randint(0, 59):02d}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


# ------------------------------------------------------------------------------ places / phones
_PCL = "ABDEFGHJLNPQRSTUWXY"
UK_TOWN = [("Stoke-on-Trent", "ST4", "01782"), ("Wolverhampton", "WV10", "01902"), ("Doncaster", "DN4", "01302"),
           ("Ipswich", "IP4", "01473"), ("Taunton", "TA1", "01823"), ("Preston", "PR2", "01772"),
           ("Northampton", "NN3", "01604"), ("Gateshead", "NE9", "0191"), ("Luton", "LU2", "01582"),
           ("Carlisle", "CA1", "01228"), ("Exeter", "EX2", "01392"), ("Worcester", "WR5", "01905")]
UK_ST = ["Hartshill Road", "Penn Road", "Balby Road", "Woodbridge Road", "Trull Road", "Blackpool Road",
         "Kettering Road", "Durham Road", "Dunstable Road", "Wigton Road", "Topsham Road", "Spetchley Road"]
GEN_ST = ["Station Road", "Mill Lane", "Park Avenue", "Queens Road", "Manor Way", "Orchard Close"]  # anywhere
SC_TOWN = [("Aberdeen", "AB24", "01224"), ("Inverness", "IV2", "01463"), ("Falkirk", "FK1", "01324"),
           ("Ayr", "KA7", "01292"), ("Motherwell", "ML1", "01698"), ("Kirkcaldy", "KY2", "01592")]
SC_ST = ["Great Northern Road", "Culduthel Road", "Camelon Road", "Holmston Road", "Airbles Road",
         "Dunnikier Road"]
SC_NEAR = ["Inverurie", "Nairn", "Grangemouth", "Troon", "Wishaw", "Glenrothes"]
CY_TOWN = [("Cardiff", "CF14", "029 20"), ("Llanelli", "SA15", "01554"), ("Aberystwyth", "SY23", "01970"),
           ("Bridgend", "CF31", "01656"), ("Merthyr Tydfil", "CF47", "01685")]
CY_ST = ["Heol Hir", "Heol Goffa", "Ffordd Penglais", "Ewenny Road", "Heol Gwernllwyn"]
NI_TOWN = [("Belfast", "BT9", "028 90"), ("Ballymena", "BT43", "028 25"), ("Omagh", "BT79", "028 82"),
           ("Craigavon", "BT65", "028 38"), ("Coleraine", "BT52", "028 70")]
NI_ST = ["Malone Road", "Galgorm Road", "Gortin Road", "Lurgan Road", "Portstewart Road"]


def _pc_in(n: C) -> str:
    return f"{n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "uk", home: bool = True) -> tuple[str, str, str, str]:
    """(street line, town, postcode, dialling code); ``home=False``: a practice's plain street line"""
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST),
                  "ni": (NI_TOWN, NI_ST)}[reg]
    k = n.ri(0, len(towns) - 1)
    town, out, code = towns[k]
    st = sts[k] if n.r.random() < 0.75 or reg == "cy" else n.ch(GEN_ST)
    line = n.ch([f"{n.ri(2, 240)} {st}", f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}", f"{n.ri(2, 99)}a {st}"])
    if not home:
        line = f"{n.ri(2, 240)} {st}"
    return line, town, f"{out} {_pc_in(n)}", code


def uk_land(n: C, code: str) -> str:
    if code == "0191":
        return f"0191 {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}"
    if " " in code:
        return f"{code}{n.dig(2)} {n.dig(4)}"
    return f"{code} {n.ri(2, 9)}{n.dig(5)}"


def uk_mob(n: C, k: int = 0) -> str:
    a, b = f"7{n.ri(4, 9)}{n.dig(2)}", n.dig(6)
    return [f"0{a} {b}", f"0{a}-{b[:3]}-{b[3:]}", f"+44 {a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}"][k % 4]


US_CITY = [("Pittsburgh", "PA", "152", "412"), ("Albuquerque", "NM", "871", "505"), ("Omaha", "NE", "681", "402"),
           ("Spokane", "WA", "992", "509"), ("Knoxville", "TN", "379", "865"), ("Toledo", "OH", "436", "419"),
           ("Boise", "ID", "837", "208"), ("Richmond", "VA", "232", "804"), ("Des Moines", "IA", "503", "515"),
           ("Tucson", "AZ", "857", "520"), ("Grand Rapids", "MI", "495", "616"), ("Shreveport", "LA", "711", "318")]
US_ST = ["Forbes Ave", "Lomas Blvd NE", "Dodge St", "N Division St", "Kingston Pike", "Secor Rd",
         "Overland Rd", "W Broad St", "Ingersoll Ave", "E Speedway Blvd", "Plainfield Ave NE", "Youree Dr"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street, city, state, zip, area code)"""
    k = n.ri(0, len(US_CITY) - 1)
    city, st, z3, area = US_CITY[k]
    line = f"{n.ri(100, 9899)} {US_ST[k]}"
    if n.r.random() < 0.3:
        line += n.ch([f" Apt {n.ri(1, 40)}{n.ch('ABCD')}", f" Unit {n.ri(101, 420)}"])
    z = f"{z3}{n.dig(2)}" if n.r.random() < 0.7 else f"{z3}{n.dig(2)}-{n.dig(4)}"
    return line, city, st, z, area


def us_ph(n: C, area: str, k: int = 0) -> str:
    ex, ln = f"{n.ri(2, 9)}{n.dig(2)}", n.dig(4)
    return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
            f"1-{area}-{ex}-{ln}"][k % 5]


AU_SUB = [("Parramatta", "NSW", "2150", "02"), ("Footscray", "VIC", "3011", "03"), ("Toowoomba", "QLD", "4350", "07"),
          ("Joondalup", "WA", "6027", "08"), ("Glenorchy", "TAS", "7010", "03"), ("Wodonga", "VIC", "3690", "02"),
          ("Salisbury", "SA", "5108", "08"), ("Penrith", "NSW", "2750", "02"), ("Woden", "ACT", "2606", "02")]
AU_ST = ["Hawkesbury Road", "Barkly Street", "Ruthven Street", "Grand Boulevard", "Main Road", "High Street",
         "Parabanks Parade", "Derby Street", "Melrose Drive"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    k = n.ri(0, len(AU_SUB) - 1)
    sub, stt, pc, area = AU_SUB[k]
    st = AU_ST[k]
    line = n.ch([f"{n.ri(2, 180)} {st}", f"{n.ri(1, 24)}/{n.ri(2, 80)} {st}", f"Unit {n.ri(1, 12)}, {n.ri(3, 99)} {st}"])
    return line, sub, stt, pc, area


def au_mob(n: C, k: int = 0) -> str:
    a, b, c = f"04{n.dig(2)}", n.dig(3), n.dig(3)
    return [f"{a} {b} {c}", f"{a}-{b}-{c}", f"+61 {a[1:]} {b} {c}", f"{a}{b}{c}"][k % 4]


def au_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(5, 9)}{n.dig(3)} {n.dig(4)}"


CA_CITY = {"ON": [("Mississauga", "L5B", "905", "Hurontario St"), ("Kingston", "K7L", "613", "Princess St"),
                  ("Toronto", "M4N", "416", "Yonge St"), ("Sudbury", "P3E", "705", "Lasalle Blvd")],
           "BC": [("Kelowna", "V1Y", "250", "Bernard Ave"), ("Surrey", "V3T", "604", "King George Blvd"),
                  ("Nanaimo", "V9R", "250", "Bowen Rd"), ("Prince George", "V2M", "250", "Ospika Blvd")],
           "AB": [("Red Deer", "T4N", "403", "Gaetz Ave"), ("Lethbridge", "T1J", "403", "Mayor Magrath Dr"),
                  ("Edmonton", "T6G", "780", "Whyte Ave"), ("Medicine Hat", "T1A", "403", "Dunmore Rd")],
           "NS": [("Halifax", "B3H", "902", "Quinpool Rd"), ("Dartmouth", "B2Y", "902", "Portland St"),
                  ("Truro", "B2N", "902", "Prince St"), ("Antigonish", "B2G", "902", "Main St")],
           "SK": [("Regina", "S4P", "306", "Albert St"), ("Saskatoon", "S7N", "306", "College Dr"),
                  ("Prince Albert", "S6V", "306", "2nd Ave W"), ("Moose Jaw", "S6H", "306", "Main St N")]}


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area, st = n.ch(CA_CITY[prov])
    line = n.ch([f"{n.ri(10, 4999)} {st}", f"{n.ri(101, 1904)}-{n.ri(10, 999)} {st}"])
    al = "ABCEGHJKLMNPRSTVWXYZ"
    return line, city, f"{fsa} {n.ri(0, 9)}{n.ch(al)}{n.ri(0, 9)}", area


def ca_ph(n: C, area: str, k: int = 0) -> str:
    ex, ln = f"{n.ri(2, 9)}{n.dig(2)}", n.dig(4)
    return [f"{area}-{ex}-{ln}", f"({area}) {ex}-{ln}", f"{area} {ex} {ln}", f"1-{area}-{ex}-{ln}"][k % 4]


IE_TOWN = [("Tralee", "Kerry", "V92", "066", "Ballyard"), ("Ennis", "Clare", "V95", "065", "Gort Road"),
           ("Mullingar", "Westmeath", "N91", "044", "Dublin Road"), ("Letterkenny", "Donegal", "F92", "074", "Port Road"),
           ("Clonmel", "Tipperary", "E91", "052", "Marlfield Road"), ("Drogheda", "Louth", "A92", "041", "Rathmullan Road"),
           ("Castlebar", "Mayo", "F23", "094", "Westport Road")]
IE_ST = ["Mountain View", "Ashgrove Lawn", "Cois Abhann", "Oakpark Drive"]  # estates anywhere


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, code, st = n.ch(IE_TOWN)
    line = n.ch([f"{n.ri(1, 88)} {st}", f"{n.ri(1, 88)} {n.ch(IE_ST)}", n.ch(["Knockanure", "Cloonamore", "Lisheen"])])
    u = "".join(n.ch("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
    return line, town, county, f"{rk} {u}", code


def ie_mob(n: C, k: int = 0) -> str:
    a, b, c = f"08{n.ch('35679')}", n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"{a}-{b}{c}", f"+353 {a[1:]} {b} {c}", f"({a}) {b} {c}"][k % 4]


NZ_CITY = [("Palmerston North", "Hokowhitu", "4410", "06"), ("Whangārei", "Kamo", "0112", "09"),
           ("Tauranga", "Greerton", "3112", "07"), ("Dunedin", "Mornington", "9011", "03"),
           ("Rotorua", "Fenton Park", "3010", "07"), ("Napier", "Marewa", "4110", "06")]
NZ_ST = ["Ruahine Street", "Kamo Road", "Cameron Road", "Eglinton Road", "Devon Street", "Kennedy Road"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    k = n.ri(0, len(NZ_CITY) - 1)
    city, sub, pc, area = NZ_CITY[k]
    st = NZ_ST[k]
    line = n.ch([f"{n.ri(2, 300)} {st}", f"{n.ri(1, 9)}/{n.ri(2, 120)} {st}", f"{n.ri(2, 90)}{n.ch('AB')} {st}"])
    return line, sub, city, pc, area


def nz_mob(n: C, k: int = 0) -> str:
    a = f"02{n.ch('1127')}"
    b, c = n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"{a}-{b}-{c}", f"+64 {a[1:]} {b} {c}"][k % 3]


def in_mob(n: C, k: int = 0) -> str:
    a, b = f"{n.ch('6789')}{n.dig(4)}", n.dig(5)
    return [f"+91 {a} {b}", f"+91-{a}-{b}", f"{a}{b}", f"0{a} {b}"][k % 4]


def za_cell(n: C, k: int = 0) -> str:
    a, b, c = f"0{n.ch(['60', '61', '71', '72', '73', '76', '79', '82', '83', '84'])}", n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"{a}-{b}-{c}", f"+27 {a[1:]} {b} {c}", f"{a}{b}{c}"][k % 4]


def ng_mob(n: C, k: int = 0) -> str:
    a, b, c = f"0{n.ch(['803', '805', '806', '807', '810', '813', '703', '706', '816'])}", n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"+234 {a[1:]} {b} {c}", f"+234 (0){a[1:]} {b} {c}", f"{a}{b}{c}"][k % 4]


# ------------------------------------------------------------------------------ templates: England
def uk_daycase(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(32, 74)
    nhs, hosp = _nhs(n.r), f"RX{n.ch('HKNQ')}{n.dig(7)}"
    nurse, chk = n.staff(), n.staff()
    partner = n._first(q.grp, n.ch("mf"))
    ht, wt = n.ri(152, 176), round(n.r.uniform(54, 96), 1)
    bsa = _bsa(ht, wt)
    cyc = n.ri(2, 4)
    pin = f"{n.dig(2)}{n.ch('ABCDEFGHIJKL')}{n.dig(4)}{n.ch('EEEO')}"
    bl = n.dt(-1, -1)
    n.t("ONCOLOGY DAY UNIT - SACT ADMINISTRATION RECORD (chair ").t(str(n.ri(1, 18))).t(")\n")
    n.t("Pt: Mrs ").nm(q.fl).t("    Unit no. ").id(hosp).t("    NHS ").id(_s334(nhs)).t("\n")
    n.t("DOB ").d(dob, "dot").t("   Attended: ").d(n.today, "roman").t("  arrived ").t(n.tm(8, 11))
    n.t(" (lift from ").t(q.his).t(" partner ").nm(partner).t(")\n")
    n.t("Regimen: ").c("EC90").t(" adjuvant breast - ").c(f"C{cyc}D1").t(f" (cycle {cyc} of 4)\n")
    n.t("Pre-SACT bloods (").d(bl, "dm0").t("):  Hb ").c(str(n.ri(108, 139))).t("  WCC ").c(n.rf(3.4, 9.0))
    n.t("  neut ").c(n.rf(1.6, 6.2)).t("  plt ").c(str(n.ri(160, 390))).t("  bili ").c(str(n.ri(4, 17)))
    n.t("  ALT ").c(str(n.ri(11, 44))).t("\n")
    n.t("Obs: T ").c(n.rf(36.1, 37.1)).t("  P ").c(str(n.ri(64, 96))).t("  BP ").c(f"{n.ri(108, 146)}/{n.ri(62, 88)}")
    n.t("  SpO2 ").c(f"{n.ri(96, 99)}%").t("  Wt ").c(f"{wt} kg").t(" (BSA ").c(f"{bsa} m2").t(")\n")
    n.t("Since last cycle: nausea ").c("G1").t(", fatigue ").c("G1").t(", no fevers, mouth OK. Scalp cooling used.\n")
    n.t("PICC (R basilic) flushed - brisk blood return, StatLock + dressing changed.\n")
    n.t("Pre-meds 30 min before: ondansetron ").c("8 mg").t(" PO, dexamethasone ").c("8 mg").t(" PO.\n")
    n.t("Epirubicin ").c(f"{round(90 * bsa)} mg").t(" slow IV push via fast-running NaCl; cyclophosphamide ")
    n.c(f"{round(600 * bsa)} mg").t(" IV over 30 min. No extravasation.\n")
    n.t("Administered by ").nm(nurse.fl).t(" (Band 6, NMC PIN ").id(pin).t(")   2nd check: ").nm(chk.li).t("\n")
    n.t("Home ").t(n.tm(13, 16)).t(" with TTOs. Alert card and 24 h triage number checked. Next cycle ")
    n.d(n.today + timedelta(days=21), "dmy").t(", bloods 48 h before.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def uk_sact_rx(n: C) -> Note:
    q = n.midname(n.pat())
    dob, a = n.dob(38, 93)
    nhs, hosp = _nhs(n.r), f"{n.ch('KLMT')}{n.dig(7)}"
    cons, reg, pharm = n.staff(), n.staff(), n.staff()
    ht, wt = n.ri(150, 190), round(n.r.uniform(52, 110), 1)
    bsa = _bsa(ht, wt)
    mini = a >= 80
    fac = 0.5 if mini else 1.0
    cyc = n.ri(2, 6)
    due = n.dt(0, 3)
    n.t("*** SACT PRESCRIPTION ***                                       Page 1 of 1\n")
    n.t("Surname: ").nm(q.last.upper()).t("          Forename(s): ").nm(f"{q.first} {q.mname}").t("\n")
    n.t("D.O.B: ").d(dob, "dmon1").t(" (").age(a).t("y)    Sex: ").t(q.sex.upper()).t("    NHS No: ")
    n.id(_s334(nhs, "-")).t("    Hosp No: ").id(hosp).t("\n")
    n.t("Consultant: Dr ").nm(cons.fin).t("        Diagnosis: DLBCL stage ").c(n.ch(["IIA", "IIIA", "IVB"]))
    n.t(" (IPI ").c(str(n.ri(1, 4))).t(")\n")
    n.t("Ht ").c(f"{ht} cm").t("  Wt ").c(f"{wt} kg").t("  BSA ").c(f"{bsa:.2f} m2").t("  CrCl ")
    n.c(f"{n.ri(45, 110)} mL/min").t("\n")
    n.t("Regimen: ").c("R-mini-CHOP 21" if mini else "R-CHOP 21").t("   Cycle ").c(str(cyc)).t("   Day 1 due ")
    n.d(due, "dmy").t("   Intent: ").t("palliative" if mini else "curative").t("\n\n")
    n.t("Drug              Dose          Calc dose     Route  Admin\n")
    n.t("Rituximab         ").c("375 mg/m2").t("     ").c(f"{round(375 * bsa / 10) * 10} mg").t("        IV     rapid (C1 tolerated)\n")
    n.t("Cyclophosphamide  ").c(f"{int(750 * fac)} mg/m2").t("     ").c(f"{round(750 * fac * bsa / 10) * 10} mg").t("       IV     30 min\n")
    n.t("Doxorubicin       ").c(f"{int(50 * fac)} mg/m2").t("      ").c(f"{round(50 * fac * bsa)} mg").t("        IV     bolus\n")
    n.t("Vincristine       ").c("1.4 mg/m2").t("     ").c("1 mg" if mini else "2 mg (capped)").t(" IV     10 min in 50 mL NaCl\n")
    n.t("Prednisolone      ").c("40 mg/m2" if mini else "100 mg").t("        ").c(f"{round(40 * bsa / 5) * 5} mg" if mini else "100 mg")
    n.t("        PO     D1-5\n\n")
    n.t("Prescribed: Dr ").nm(reg.fl).t(" (ST5 Haematology) ").d(n.today + timedelta(days=-2), "dmy").t(" ").t(n.tm()).t("\n")
    n.t("Clinical screen: ").nm(pharm.fl).t(", Oncology Pharmacist, GPhC ").id(f"20{n.dig(5)}").t(" - neut ")
    n.c(n.rf(1.2, 5.5)).t(", plt ").c(str(n.ri(110, 360))).t(", bili ").c(str(n.ri(5, 19))).t(" - OK to proceed at ")
    n.c("100%").t(" dose.\n")
    n.t("Technical check (ATO): ").nm(n.ini(n.staff())).t("     Released to aseptics ")
    n.d(due + timedelta(days=-1), "dmy").t(" ").t(n.tm(8, 16)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def uk_transfusion(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 88)
    mrn = f"{n.ch('RWH')}{n.dig(6)}"
    taker, tp, n1, n2 = n.staff(), n.staff(), n.staff(), n.staff()
    samp = f"BT{n.today.year % 100}-{n.dig(6)}"
    units = [_isbt(n.r, "G0" + n.dig(3)) for _ in range(2)]
    sd = n.dt(-2, -1)
    grp = n.ch(["O RhD pos", "A RhD pos", "O RhD neg", "B RhD pos"])
    n.t("BLOOD COMPONENT ADMINISTRATION RECORD - Haematology Day Unit\n")
    n.t("Wristband checked against: ").nm(q.fL).t(" / DOB ").d(dob, "dot").t(" / MRN ").id(mrn).t("   positive ID: yes\n")
    n.t("Indication: symptomatic anaemia, MDS (transfusion dependent) - Hb ").c(f"{n.ri(62, 79)} g/L").t(" on ")
    n.d(sd, "d_mon").t("\n")
    n.t("Special requirements: irradiated [x]   CMV neg [ ]   HLA-matched [ ]    Group: ").c(grp).t("\n")
    n.t("G&S / crossmatch sample no. ").id(samp).t(" taken ").d(sd, "dmy2").t(" ").t(n.tm())
    n.t(" by ").nm(taker.fl).t("\n")
    n.t("Unit 1  donation no. ").id(f"{units[0][0][:4]} {units[0][0][4:7]} {units[0][0][7:10]} {units[0][0][10:]} {units[0][1]}")
    n.t("   RBC LD irrad\n")
    n.t("Unit 2  donation no. ").id(f"{units[1][0][:4]} {units[1][0][4:7]} {units[1][0][7:10]} {units[1][0][10:]}")
    n.t("   RBC LD irrad\n")
    n.t("        pre     15 min   end\n")
    for lab, lo, hi in (("T ", 36.2, 37.2), ("P ", 64, 98), ("RR", 12, 20)):
        n.t(f"{lab}      ")
        for _ in range(3):
            n.c(n.rf(lo, hi) if lab == "T " else str(n.ri(int(lo), int(hi)))).t("    ")
        n.t("\n")
    n.t("BP      ")
    for _ in range(3):
        n.c(f"{n.ri(112, 150)}/{n.ri(60, 86)}").t("  ")
    n.t("\n")
    n.t("Unit 1 ").t(n.tm(9, 10)).t("-").t(n.tm(11, 11)).t(", unit 2 ").t(n.tm(12, 12)).t("-").t(n.tm(14, 14))
    n.t(" at ").c("120 min").t("/unit. No reaction. Furosemide not required.\n")
    n.t("Bedside check (2-person): ").nm(n.ini(n1)).t(" & ").nm(n.ini(n2)).t("    Signed: ").nm(n1.fl).t(" RN\n")
    n.t("Transfusion practitioner aware (repeat transfusions): ").nm(tp.fl).t(", ext ").ph(n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def uk_neutsepsis(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 86)
    spouse = n.rel(q, "f" if q.sex == "m" else "m")
    nhs, hosp = _nhs(n.r), f"{n.dig(3)}{n.ch('ABCDE')}{n.dig(4)}"
    edreg, onc, spr = n.staff(), n.staff(), n.staff()
    ah, am = n.ri(2, 4), n.ri(0, 59)
    dtn = n.ri(26, 58)
    arr = f"{ah:02d}:{am:02d}"
    abx = f"{ah + (am + dtn) // 60:02d}:{(am + dtn) % 60:02d}"
    last = n.today - timedelta(days=n.ri(6, 11))
    n.t("SUSPECTED NEUTROPENIC SEPSIS PATHWAY (adult) - antibiotics within 1 h of arrival\n")
    n.t("Name: ").nm(q.lf).t("   Hosp no: ").id(hosp).t("   NHS: ").id(nhs).t("   Age: ").age(a).t("\n")
    n.t("Arrival ED: ").d(n.today, "dmy").t(" ").t(arr).t("   Triage cat 2   NEWS2 ").c(str(n.ri(5, 8))).t("\n")
    n.t("Chemo: ").c("FOLFOX C2").t(", last given ").d(last, "dm0").t("   Oncologist: Dr ").nm(onc.last).t("\n")
    n.t("Sent in by 24h onc line - ").t(q.his).t(" ").t("wife" if q.sex == "m" else "husband").t(" ").nm(spouse.first)
    n.t(" rang at 01:30 (temp ").c("38.4").t(" at home)\n")
    n.t("Obs: T ").c(n.rf(38.1, 39.4)).t(" HR ").c(str(n.ri(101, 128))).t(" BP ").c(f"{n.ri(86, 108)}/{n.ri(48, 66)}")
    n.t(" RR ").c(str(n.ri(20, 26))).t(" SpO2 ").c(f"{n.ri(93, 97)}% RA").t("\n")
    n.t("Bloods: neut ").c(n.rf(0.1, 0.49)).t(" WCC ").c(n.rf(0.6, 1.9)).t(" Hb ").c(str(n.ri(88, 121))).t(" plt ")
    n.c(str(n.ri(41, 160))).t(" CRP ").c(str(n.ri(40, 180))).t(" lactate ").c(n.rf(2.1, 3.9)).t("\n")
    n.t("MASCC ").c(str(n.ri(15, 20))).t("   cultures: peripheral + both PICC lumens, urine, CXR clear\n")
    n.t("Abx: piperacillin/tazobactam ").c("4.5 g IV").t(" at ").t(abx)
    n.t(" - door to needle ").c(f"{dtn} min").t("\n")
    n.t("Fluids: ").c("500 mL").t(" Hartmann's bolus -> BP ").c(f"{n.ri(104, 118)}/{n.ri(60, 72)}").t("\n")
    n.t("D/w acute oncology SpR Dr ").nm(spr.fi if n.r.random() < 0.5 else spr.fin).t(" (bleep ").ph(str(n.ri(2000, 2999)))
    n.t(") - admit oncology, side room\n")
    n.t("Completed by Dr ").nm(edreg.fl).t(" (ED ST4), GMC ").id(str(n.ri(7000000, 7499999))).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def uk_hotline(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 86)
    sil = n.rel(q, "m", same=False)
    hosp = f"{n.ch('rjq')}{n.dig(7)}"
    aou, doc, rn = n.staff(), n.staff(), n.staff()
    line, town, pc, code = uk_addr(n)
    cd = n.next_wd(n.today, n.ch([4, 5, 6]))
    n.t("24hr oncology/haematology triage line - UKONS tool\n")
    n.t("call rec'd ").t(n.wd(cd).lower()).t(" ").d(cd, "ord").t(" 19:42\n")
    n.t("caller: pt's son-in-law ").nm(sil.low).t(", mob ").ph(uk_mob(n, n.ri(0, 1)))
    n.t(" (pt hard of hearing, verbal consent for him to speak)\n")
    n.t("pt: ").nm(q.low).t("  dob ").d(dob, "dmy2").t("  hosp no ").id(hosp).t("\n")
    n.t("dx ca rectum, adjuvant capecitabine ").c("1250 mg/m2 bd").t(" d1-14, today day ").c(str(n.ri(7, 11)))
    n.t(" of cycle ").c(str(n.ri(2, 6))).t("\n")
    n.t("c/o diarrhoea ").c(f"x{n.ri(6, 9)}/day").t(" over baseline since ").t(n.wd(cd - timedelta(days=2)).lower())
    n.t(", cramps, no blood. temp ")
    n.c(n.rf(36.9, 37.7)).t(", dizzy on standing\n")
    n.t("UKONS: diarrhoea grade ").c("3").t(" = RED -> attend AOU now\n")
    n.t("advised STOP capecitabine, bring tablets + alert card. address confirmed for transport: ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("AOU nurse ").nm(aou.first.lower()).t(" expecting\n")
    n.t("21:05 cb to confirm - no answer, vm left on home landline ").ph(uk_land(n, code)).t("\n")
    n.t("21:40 arrived AOU, handed to dr ").nm(doc.last.lower()).t(" (onc reg)\n")
    n.nm(n.ini(rn).lower()).t(" / ").nm(rn.fl).t(" RN, triage practitioner\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def uk_mdt(n: C) -> Note:
    chair, rad, path, cns, coord = n.staff("m"), n.staff(), n.staff(), n.staff(), n.staff()
    pts = [n.pat() for _ in range(3)]
    dobs = [n.dob(44, 89) for _ in range(3)]
    nhss = [_nhs(n.r) for _ in range(3)]
    gp = n.staff()
    _l, town, _pc, code = uk_addr(n)
    mtg = n.today
    while mtg.weekday() != 3:
        mtg -= timedelta(days=1)
    n.t("UPPER GI CANCER MDT - OUTCOMES                              CONFIDENTIAL\n")
    n.t("Meeting: Thursday ").d(mtg, "ord").t("   Chair: Mr ").nm(chair.last).t(" (surgeon)   Radiology: Dr ").nm(rad.last).t("\n")
    n.t("Pathology: Dr ").nm(path.fin).t("   CNS: ").nm(cns.fl).t("   Coordinator: ").nm(coord.fl).t(" (")
    n.ph(uk_land(n, code)).t(")\n\n")
    n.t("NHS No        Patient                      DOB          Outcome\n")
    outs = [("cT3 N1 M0", "OGJ adenoca (Siewert II) - for ", "FLOT x4", "pre-op then restage;", "PS 1"),
            ("cT2 N0 M0", "gastric body adenoca - ", "D2 gastrectomy", "no neoadjuvant, dietitian pre-op;", "PS 0"),
            ("T4b M1 (liver)", "pancreatic head - palliative ", "gem-cap", "if fit, biliary stent first;", "PS 2")]
    n.r.shuffle(outs)
    for q, (dob, _a), nh, o in zip(pts, dobs, nhss, outs, strict=True):
        nm = q.LF
        n.id(_s334(nh)).t("  ").nm(nm).t(" " * max(2, 29 - len(nm))).d(dob, "dmy").t("   ")
        n.c(o[0]).t(" ").t(o[1]).c(o[2]).t("\n").t(" " * 58).t(o[3].strip()).t(" ").c(o[4]).t("\n")
    n.t("\nActions: outcome letters to GPs within 24 h (incl. Dr ").nm(gp.fl).t(", ").p("ADDRESS", town)
    n.t(") - ").nm(coord.first).t(" to send by ").d(mtg + timedelta(days=1), "dm0").t(".\n")
    q = pts[0]
    return n.build(_fhir(q, dobs[0][0], [("nhs", nhss[0])]))


def uk_allo_letter(n: C) -> Note:
    q = n.midname(n.pat())
    dob, _a = n.dob(28, 68)
    sib = n.rel(q, n.ch("mf"))
    part = n.rel(q, "f" if q.sex == "m" else "m")
    gp, cons, sec = n.staff(), n.staff(), n.staff("f")
    nhs = _nhs(n.r)
    gl, gt, gpc, code = uk_addr(n, home=False)
    pl, pt_, ppc, _c = uk_addr(n)
    d0 = n.today - timedelta(days=100)
    n.t("Department of Haematology - Stem Cell Transplant Unit\n")
    n.t("Clinic: ").d(n.today, "dmy").t("    Typed: ").d(n.today + timedelta(days=n.ri(2, 6)), "dmy").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").p("ADDRESS", gl).t("\n").p("ADDRESS", gt).t("  ").p("ZIP", gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n")
    n.t("Re: ").nm(f"{q.first} {q.mname} {q.last.upper()}").t("   DOB ").d(dob, "long").t("   NHS ").id(_s334(nhs)).t("\n")
    n.t("    ").p("ADDRESS", pl).t(", ").p("ADDRESS", pt_).t(" ").p("ZIP", ppc).t("\n")
    n.t("Diagnosis: AML, ").c("NPM1-mutated").t(", CR1 -> reduced-intensity allograft (").c("FluBu2 + ATG").t(")\n")
    n.t("Donor: ").t(q.his).t(" ").t("brother" if sib.sex == "m" else "sister").t(" ").nm(sib.fl).t(", ")
    n.c("10/10 HLA-matched").t(", CMV ").c("D+/R+").t("\n")
    n.t("Day 0: ").d(d0, "dmy").t(" - seen today at day ").c("+100").t("\n")
    n.t("I saw ").nm(q.first).t(" with ").t(q.his).t(" partner ").nm(part.first).t(". Counts have recovered: neutrophils ")
    n.c(n.rf(1.6, 4.8)).t(", platelets ").c(str(n.ri(98, 260))).t(", Hb ").c(str(n.ri(102, 138))).t(". Chimerism ")
    n.c("100%").t(" donor (whole blood), T-cell ").c(f"{n.ri(88, 99)}%").t("; NPM1 MRD not detected.\n")
    n.t("Skin GvHD grade ").c("1").t(" on the forearms settled with topical steroid. Ciclosporin ")
    n.c(f"{n.ch([75, 100, 125])} mg bd").t(" (level ").c(str(n.ri(95, 180))).t(") - we will taper from now.\n")
    n.t("CMV PCR not detected; letermovir stops this week. Aciclovir ").c("400 mg bd").t(" and co-trimoxazole ")
    n.c("480 mg bd").t(" continue; re-vaccination from 6 months.\n\n")
    n.t("Review in ").c("4 weeks").t(".\n\nYours sincerely,\nDr ").nm(cons.fl).t(", Consultant Haematologist\n")
    n.t("Secretary: ").nm(sec.fl).t(", ").ph(uk_land(n, code)).t("\n")
    n.t("cc: ").t(q.title).t(" ").nm(q.fi).t(" (patient)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


_BAD3 = {"CRP", "FBC", "ECG", "LFT", "GCS", "HIV", "MRI", "BMI", "DNA", "RNA", "PET", "CNS", "MDT", "SAE",
         "ITU", "ICU", "AKI", "CKD", "COPD", "TSH", "ALP", "ALT", "AST", "LDH", "USS", "NHS", "GMC", "RIP",
         "BBC", "ASAP", "PPS", "DOB", "TBC", "AML", "ALL", "CLL", "CML", "MDS", "SCT", "BMT", "GVH"}


def _ini3(n: C, q: P) -> str:
    s = _slug(q.first)[0].upper() + q.mid + _slug(q.last.split()[-1])[0].upper()
    if s in _BAD3 or s in n.inits:
        raise Redraw
    n.inits.add(s)
    return s


def uk_trial_log(n: C) -> Note:
    pts = [n.pat() for _ in range(3)]
    dobs = [n.dob(41, 79) for _ in range(3)]
    nurse, pi = n.staff("f"), n.staff()
    site = f"{n.ri(1, 60):03d}"
    acr = n.ch(["ADAPT-OG", "PRIMUS-2", "STAMINA", "REFINE-L", "OPTIMA-B"])
    isr = f"ISRCTN{n.dig(8)}"
    hosp = [f"{n.ch('RJK')}{n.dig(7)}" for _ in range(3)]
    scr0 = n.ri(30, 90)
    n.t(acr).t(" (").t(isr).t(") - Site ").t(site).t(" - PATIENT IDENTIFICATION LOG\n")
    n.t("*** identifiable - keep in Investigator Site File only, never send to CTU ***\n\n")
    n.t("Participant  Screen no.   Hosp no.    Name                  DOB          Consent     Randomised\n")
    rows = []
    for i, (q, (dob, _a), h) in enumerate(zip(pts, dobs, hosp, strict=True)):
        scr = f"S{site}-{scr0 + i:03d}"
        cons = n.dt(-40 + i * 9, -34 + i * 9)
        rand = cons + timedelta(days=n.ri(3, 9))
        ok = i != 1
        pid = f"{site}-{n.ri(10, 99):04d}" if ok else "--"
        rows.append((q, scr, pid, dob, cons, ok))
        (n.id(pid) if ok else n.t(pid)).t(" " * (13 - len(pid))).id(scr).t("   ").id(h).t("   ").nm(q.fl)
        n.t(" " * max(2, 22 - len(q.fl))).d(dob, "dmy").t("   ").d(cons, "dmonc").t("   ")
        (n.d(rand, "dmonc") if ok else n.t("screen fail")).t("\n")
    n.t("\nScreening log (anonymised copy for CTU):\n")
    for q, scr, pid, dob, cons, ok in rows:
        n.id(scr).t("  ").nm(_ini3(n, q)).t("  ").t(q.sex.upper()).t("  ").t(str(dob.year)).t("  ")
        if ok:
            n.t("eligible - randomised ").id(f"R-{n.dig(5)}").t(" (arm ").t(n.ch("AB")).t(")\n")
        else:
            n.t("not eligible - ").c(n.ch([f"eGFR {n.ri(28, 44)}", "ECOG 2", f"bili {n.ri(36, 60)}"])).t("\n")
    n.t("\nMaintained by ").nm(nurse.fl).t(", Research Nurse (").p("EMAIL", nurse.mail("nhs.net")).t(")   PI: Dr ")
    n.nm(pi.fl).t("\n")
    return n.build(_fhir(pts[0], dobs[0][0], [("mrn", hosp[0])]))


# ------------------------------------------------------------------------------ Scotland / Wales / NI
def sc_myeloma(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(52, 84)
    chi = _chi(n.r, dob, q.sex)
    dau = n.rel(q, "f")
    scn = n.staff("f")
    near = n.ch(SC_NEAR)
    cyc = n.ri(2, 8)
    ht, wt = n.ri(152, 186), round(n.r.uniform(55, 98), 1)
    bsa = _bsa(ht, wt)
    nxt = n.today + timedelta(days=3)
    if nxt.weekday() >= 5:
        nxt = n.next_wd(nxt, 0)
    nwd = n.wd(nxt)
    n.t("Haematology Day Case Unit - nursing continuation sheet\n")
    n.nm(q.fL).t("    CHI ").id(f"{chi[:6]} {chi[6:]}").t("    DOB ").d(dob, "dmy2").t("\n\n")
    n.d(n.today, "dot2").t("  ").t(n.tm(9, 12)).t("   Cycle ").c(str(cyc)).t(" day ").c("8").t(" VRd (").c(f"C{cyc}D8").t(")\n")
    n.t("Attends with daughter ").nm(dau.first).t(", who drove down from ").p("ADDRESS", near).t(".\n")
    n.t("Bloods (").d(n.today - timedelta(days=1), "dot2").t("): Hb ").c(str(n.ri(96, 128))).t("  neut ").c(n.rf(1.0, 3.2))
    n.t("  plt ").c(str(n.ri(75, 210))).t("  adj Ca ").c(f"{n.r.uniform(2.15, 2.55):.2f}").t("  creat ")
    n.c(str(n.ri(70, 150))).t("  eGFR ").c(str(n.ri(38, 80))).t("\n")
    n.t("Paraprotein (last) ").c(f"{n.rf(1.0, 9.0)} g/L").t(", SFLC ratio ").c(n.rf(2.0, 40.0)).t("\n")
    n.t("Neuropathy: tingling toes, grade ").c("1").t(", no pain.  BP ").c(f"{n.ri(112, 150)}/{n.ri(64, 90)}")
    n.t("  P ").c(str(n.ri(62, 94))).t("  T ").c(n.rf(36.1, 37.0)).t("\n")
    n.t("Bortezomib ").c("1.3 mg/m2").t(" = ").c(f"{round(1.3 * bsa, 1)} mg").t(" SC L abdomen. Dex ").c("20 mg")
    n.t(" PO taken at home.\n")
    n.t("Lenalidomide ").c("15 mg").t(" d1-21 continues (RMP form done). Aciclovir, apixaban ").c("2.5 mg bd").t(".\n")
    n.t("Next: ").t(nwd).t(" ").d(nxt, "dm").t(" (D11).\n")
    n.nm(scn.fl).t(", SCN Haematology\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_rt_consent(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(55, 82)
    chi = _chi(n.r, dob, q.sex)
    onc, rad = n.staff(), n.staff()
    line, town, pc, _code = uk_addr(n, "sc")
    f_, l_ = n.ch([("Tomasz", "Wiśniewski"), ("Agnieszka", "Zielińska"), ("Marek", "Kaczmarek"),
                   ("Katarzyna", "Dąbrowska"), ("Piotr", "Lewandowski"), ("Magdalena", "Wójcik")])
    interp = P(f_, l_, "m", "A")
    if interp.first.lower() in n.used or interp.last.lower() in n.used:
        raise Redraw
    n.used.update([interp.first.lower(), interp.last.lower()])
    gy = n.ch([("60 Gy in 20 fractions", "20"), ("78 Gy in 39 fractions", "39"), ("36.25 Gy in 5 fractions", "5")])
    n.t("CONSENT FORM 1 - RADIOTHERAPY (patient agreement to treatment)\n")
    n.t("Patient's surname/family name: ").nm(q.last.upper()).t("\n")
    n.t("Patient's first names: ").nm(q.first).t("\n")
    n.t("CHI number: ").id(chi).t("        Date of birth: ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t("Proposed treatment: radical radiotherapy to prostate and seminal vesicles, ").c(gy[0]).t(", with ")
    n.c("6 months").t(" ADT (degarelix). PSA ").c(n.rf(6.0, 28.0)).t(", Gleason ").c(n.ch(["3+4", "4+3", "4+4"]))
    n.t(", ").c(n.ch(["T2c", "T3a", "T3b"])).t(" N0 M0.\n")
    n.t("Intended benefits: cure. Frequent side effects: urinary frequency, bowel urgency, fatigue. Late: rectal bleeding (")
    n.c("<5%").t("), erectile dysfunction.\n\n")
    n.t("Statement of health professional - name: Dr ").nm(onc.fl).t("   Job title: Consultant Clinical Oncologist   Date: ")
    n.d(n.today, "dmy").t("\n")
    n.t("Interpreter (Polish): ").nm(interp.fl).t(" - booking ref ").id(f"INT{n.dig(6)}").t("\n")
    n.t("Statement of patient - signed: ").nm(q.fl).t("   Date: ").d(n.today, "dmy").t("\n")
    n.t("Confirmation of consent on first fraction: ").nm(rad.fl).t(", Therapeutic Radiographer, ")
    n.d(n.today + timedelta(days=n.ri(14, 30)), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_aos(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(48, 86)
    hus = n.rel(q, "m")
    nhs = _nhs(n.r)
    fy, cns = n.staff(), n.staff("f")
    line, town, pc, code = uk_addr(n, "cy")
    last = n.today - timedelta(days=n.ri(8, 20))
    n.t("Gwasanaeth Oncoleg Acíwt / Acute Oncology Service - referral\n")
    n.t("Dyddiad / Date: ").d(n.today, "dmy").t("    Amser / Time: ").t(n.tm()).t("\n")
    n.t("Enw / Name: ").nm(q.fl).t("    Rhif GIG / NHS No: ").id(_s334(nhs)).t("\n")
    n.t("Dyddiad geni / DOB: ").d(dob, "dmy").t("    Cyfeiriad / Address: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Ward 7 (medical). Referrer: Dr ").nm(fy.fi).t(", FY2, bleep ").ph(str(n.ri(3000, 3999))).t("\n")
    n.t("Known: NSCLC stage IV (squamous), on pembrolizumab ").c(f"C{n.ri(3, 12)}").t(", last dose ").d(last, "dm0").t("\n")
    n.t("Problem: new confusion, polyuria. Adj Ca ").c(f"{n.r.uniform(3.0, 3.6):.2f} mmol/L").t(", PTH ")
    n.c(n.rf(0.3, 1.0)).t(" (suppressed), creat ").c(str(n.ri(100, 160))).t(", eGFR ").c(str(n.ri(30, 55))).t("\n")
    n.t("Plan (AOS): IV 0.9% NaCl ").c("3 L/24 h").t(", then zoledronic acid ").c(n.ch(["3.3 mg", "3.5 mg", "4 mg"]))
    n.t(" (renal dose) once euvolaemic; recheck Ca at 48 h; CT head if confusion persists.\n")
    n.t("NOK: husband ").nm(hus.first).t(", ").ph(uk_land(n, code)).t(" - aware.\n")
    n.t("Cofion / Regards,\n").nm(cns.first).t(" (AOS CNS), ext ").ph(n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def ni_cll(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(58, 86)
    wife = n.rel(q, "f")
    gp, cons = n.staff(), n.staff()
    hc = _hc(n.r)
    gl, gt, gpc, _c = uk_addr(n, "ni", home=False)
    pl, pt_, ppc, code = uk_addr(n, "ni")
    prev = n.today - timedelta(days=n.ri(150, 210))
    rev = n.today + timedelta(days=n.ri(170, 190))
    n.t("Haematology Outpatients\n")
    n.t("Clinic date: ").d(n.today, "dot").t("     Date typed: ").d(n.today + timedelta(days=n.ri(3, 9)), "dot").t("\n\n")
    n.t("Dr ").nm(gp.fin).t("\n").p("ADDRESS", gl).t("\n").p("ADDRESS", gt).t("  ").p("ZIP", gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t("\n\n")
    n.t("Re: Mr ").nm(q.fl).t(", ").p("ADDRESS", pl).t(", ").p("ADDRESS", pt_).t(", ").p("ZIP", ppc).t("\n")
    n.t("Health & Care No: ").id(_s334(hc)).t("    DOB: ").d(dob, "dot").t("    Tel: ").ph(uk_land(n, code)).t("\n\n")
    n.t("Diagnosis: CLL, Binet stage ").c("A").t(", Rai ").c("0").t("; ").c("IGHV mutated").t(", ").c("TP53 wild type").t("\n\n")
    n.t("Mr ").nm(q.last).t(" attended with his wife ").nm(wife.first).t(". He feels well with no B symptoms. Lymphocytes ")
    n.c(f"{n.rf(20.0, 60.0)} x10^9/L").t(" (").c(n.rf(10.0, 19.9)).t(" in ").d(prev, "my").t("), Hb ").c(str(n.ri(128, 156)))
    n.t(", platelets ").c(str(n.ri(150, 290))).t(". Small cervical nodes, ").c("<2 cm").t("; no splenomegaly.\n\n")
    n.t("Plan: watch and wait. FBC with you every 3 months; review here in ").d(rev, "my")
    n.t(", sooner if lymphocyte doubling time < 6 months or cytopenias.\n\nYours sincerely\n\nDr ").nm(cons.fl)
    n.t("\nConsultant Haematologist\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ United States
def us_infusion(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(38, 80)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    att, rn = n.staff(), n.staff("f")
    mrn = n.dig(8)
    cyc = n.ri(2, 9)
    ht, wt = n.ri(152, 190), round(n.r.uniform(52, 104), 1)
    bsa = _bsa(ht, wt)
    disc = n.today + timedelta(days=2)
    n.t("INFUSION CENTER - NURSING NOTE\n")
    n.t("Patient: ").nm(q.lfm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "usdot").t("   Age: ").age(a).t(" y.o.\n")
    n.t("Visit: ").d(n.today, "us").t("   Chair ").t(str(n.ri(1, 30))).t("   Attending: ").nm(att.fi).t(", MD\n")
    n.t("Regimen: mFOLFIRINOX  ").c(f"C{cyc}D1").t("\n")
    n.t("Labs today: ANC ").c(n.rf(1.5, 5.5)).t("  Plt ").c(str(n.ri(100, 320))).t("  Hgb ").c(n.rf(9.2, 13.8))
    n.t("  T bili ").c(n.rf(0.3, 1.2)).t("  Cr ").c(f"{n.r.uniform(0.6, 1.2):.2f}").t(" - treatment parameters met\n")
    n.t("VS: T ").c(f"{n.rf(97.4, 99.0)} F").t("  HR ").c(str(n.ri(62, 98))).t("  BP ").c(f"{n.ri(104, 148)}/{n.ri(60, 88)}")
    n.t("  RR ").c(str(n.ri(14, 18))).t("  SpO2 ").c(f"{n.ri(95, 99)}%").t("  Wt ").c(f"{wt} kg").t("\n")
    n.t("Port: R chest, accessed w/ 20G 3/4\" Huber, +blood return, flushed w/o difficulty.\n")
    n.t("Premeds 08:45: ondansetron ").c("16 mg").t(" IV, dexamethasone ").c("12 mg").t(" IV, fosaprepitant ").c("150 mg")
    n.t(" IV.\n")
    n.t("Oxaliplatin ").c("85 mg/m2").t(" (").c(f"{round(85 * bsa)} mg").t(") over 2 h - no reaction. Irinotecan ")
    n.c("150 mg/m2").t(" (").c(f"{round(150 * bsa)} mg").t(") over 90 min.\n")
    n.t("Leucovorin ").c("400 mg/m2").t("; 5-FU ").c("2400 mg/m2").t(" (").c(f"{round(2400 * bsa)} mg").t(") via CADD pump x 46 h.\n")
    n.t("Pt accompanied by ").t("wife" if q.sex == "m" else "husband").t(" ").nm(sp.first)
    n.t("; reviewed cold sensitivity, diarrhea plan (loperamide), when to call.\n")
    n.t("Pump disconnect ").t(n.wd(disc, 0)).t(" ").d(disc, "md").t(" at 1:30 PM.\n")
    n.t("Electronically signed by ").nm(rn.fl).t(", RN, OCN on ").d(n.today, "us1").t(" 4:12 PM\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_pharm_verify(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(35, 82)
    ph1, ph2, doc = n.staff(), n.staff(), n.staff()
    mrn = n.dig(7)
    ht, wt = n.ri(150, 178), round(n.r.uniform(48, 98), 1)
    bsa = _bsa(ht, wt)
    crcl = n.ri(55, 115)
    auc = n.ch([2, 5, 6])
    lab = n.today - timedelta(days=1)
    n.t("ONCOLOGY PHARMACY - CHEMOTHERAPY ORDER VERIFICATION\n")
    n.t("Pt: ").nm(q.LFF).t("   MRN ").id(mrn).t("   DOB ").d(dob, "usdash").t("\n")
    n.t("Ht ").c(f"{ht} cm").t("  Wt ").c(f"{wt} kg").t("  BSA ").c(f"{bsa:.2f} m2").t("   Order # ").id(n.dig(9)).t("\n")
    n.t("Plan: carboplatin / paclitaxel ").t("weekly" if auc == 2 else "q21d").t(" (gyn onc) - ")
    n.c(f"C{n.ri(2, 6)}D{8 if auc == 2 else 1}").t("\n")
    n.t("Carboplatin AUC ").c(str(auc)).t(" (Calvert): SCr ").c(f"{n.r.uniform(0.55, 1.05):.2f}").t(" -> CrCl (C-G) ")
    n.c(f"{crcl} mL/min").t(" -> dose ").c(f"{auc * (crcl + 25)} mg").t("\n")
    pac = 80 if auc == 2 else 175
    n.t("Paclitaxel ").c(f"{pac} mg/m2").t(" = ").c(f"{round(pac * bsa)} mg").t("\n")
    n.t("Labs ").d(lab, "md").t(": ANC ").c(n.rf(1.1, 4.0)).t(", plt ").c(str(n.ri(90, 300)))
    n.t(" - meets parameters (ANC >= 1.0, plt >= 75). Dose within 5% of previous.\n")
    n.t("Premeds: diphenhydramine ").c("25 mg").t(", famotidine ").c("20 mg").t(", dexamethasone ").c("10 mg").t(" IV.\n")
    n.t("Pt reports fingertip numbness grade ").c("1").t(" - d/w Dr. ").nm(doc.last).t(", continue full dose.\n")
    n.t("Verified by: ").nm(ph1.fl).t(", PharmD, BCOP  ").d(n.today, "us").t(" ").t(n.tm()).t("\n")
    n.t("Independent double check: ").nm(ph2.fi).t(", PharmD\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_txn_reaction(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 78)
    rn, fel, tm = n.staff("f"), n.staff(), n.staff()
    mrn = n.dig(8)
    din, _chk = _isbt(n.r, "W" + n.dig(4))
    grp = n.ch(["A POS", "O POS", "B POS", "AB POS", "O NEG"])
    n.t("BLOOD BANK - SUSPECTED TRANSFUSION REACTION WORKUP\n")
    n.t("Patient: ").nm(q.LFM).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("   Loc: 7W BMT, Rm ").t(str(n.ri(701, 740))).t("\n")
    n.t("ABO/Rh current specimen ").c(grp).t(" = historical ").c(grp).t("; clerical check OK\n")
    n.t("Product: apheresis platelets, LR, irradiated   DIN ").id(f"{din[:5]} {din[5:7]} {din[7:]}").t("\n")
    n.t("Transfusion ").d(n.today, "us2").t(" start 10:12, stopped 10:42 after ~").c(f"{n.ri(60, 150)} mL").t("\n")
    n.t("Reported by: ").nm(rn.fl).t(", RN (ext ").ph(f"{n.ri(4, 7)}-{n.dig(4)}").t(")\n")
    n.t("Signs: T ").c(n.rf(36.6, 37.3)).t(" -> ").c(f"{n.rf(38.4, 39.4)} C").t(", rigors, HR ").c(str(n.ri(88, 104)))
    n.t(" -> ").c(str(n.ri(110, 134))).t(", BP ").c(f"{n.ri(110, 130)}/{n.ri(62, 78)}").t(" -> ")
    n.c(f"{n.ri(124, 146)}/{n.ri(70, 90)}").t(", SpO2 ").c(f"{n.ri(95, 99)}%").t(", no urticaria\n")
    n.t("Post specimen (accession ").id(f"{n.today.year % 100}-BB-{n.dig(6)}").t("): DAT ").c("neg").t(", no visible hemolysis, T bili ")
    n.c(n.rf(0.4, 1.1)).t("\n")
    n.t("Bag + patient cultures sent; product returned to blood bank and quarantined.\n")
    n.t("Impression: febrile non-hemolytic reaction vs septic reaction - cultures pending.\n")
    n.t("Notified Dr. ").nm(fel.fl).t(" (BMT fellow) 10:50. Premedicate future platelets w/ acetaminophen ").c("650 mg").t(".\n")
    n.t("Reviewed: ").nm(tm.fl).t(", MD, Transfusion Medicine   ").d(n.today, "us").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_donor_search(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(24, 66)
    bro = n.rel(q, "m")
    sis = n.rel(q, "f", same=False)
    sis2 = n._first(q.grp, "f")
    coord, dp = n.staff("f"), n.staff()
    mrn = n.dig(8)
    city, st, _z, area = n.ch(US_CITY)
    wu = n.today + timedelta(days=n.ri(10, 25))
    bdob = date(dob.year + n.ch([-4, -2, 3, 5]), n.ri(1, 12), n.ri(1, 28))
    sdob = date(dob.year + n.ch([-6, -3, 2, 7]), n.ri(1, 12), n.ri(1, 28))
    n.t("BMT Coordinator Note - Related Donor Search   ").d(n.today, "usl").t("\n")
    n.t("Recipient: ").nm(q.fl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us1").t("\n")
    n.t("Dx: AML, ").c("intermediate risk").t(", in ").c("CR1").t(" (").c("MRD neg").t(")   Registry RID ").id(f"{n.dig(4)}-{n.dig(4)}-{n.ri(0, 9)}").t("\n")
    n.t("Sibling HLA typing (buccal swabs):\n")
    n.t("  - brother ").nm(bro.fl).t(" (DOB ").d(bdob, "us1").t("), lives in ").p("ADDRESS", city).t(", ").t(st)
    n.t(" - ").c("5/10").t(" (haplo); cell ").ph(us_ph(n, area, 0)).t("\n")
    n.t("  - sister ").nm(sis.fl).t(" (DOB ").d(sdob, "us1").t(") - ").c("10/10").t(" MATCH\n")
    n.t("  - sister ").nm(sis2).t(" - declined testing\n")
    n.t("Plan: proceed with matched sibling ").nm(sis.first).t("; donor workup with Dr. ").nm(dp.last)
    n.t(" (donor advocate physician) ").d(wu, "md").t(".\n")
    n.t("Donor CMV IgG ").c("neg").t(", ABO ").c("O+").t(" (recipient ").c("A+").t(") - minor mismatch.\n")
    n.t("Coordinator: ").nm(coord.fl).t(", RN, BMTCN | ").ph(us_ph(n, area, 1)).t(" | ").p("EMAIL", coord.mail("bmtcenter.org", 1)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_trial_consent(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(40, 79)
    son = n.rel(q, "m")
    crc, pi = n.staff("f"), n.staff()
    mrn = n.dig(8)
    subj = f"{n.ri(101, 140)}-{n.dig(4)}"
    mri = n.today - timedelta(days=n.ri(5, 20))
    rnd = n.today + timedelta(days=n.ri(3, 8))
    ip = f"{n.ch([73, 98, 174, 68])}.{n.ri(1, 254)}.{n.ri(1, 254)}.{n.ri(1, 254)}"
    n.t("RESEARCH NOTE - INFORMED CONSENT PROCESS\n")
    n.t("Study: randomized phase III, ").t(f"NCT0{n.dig(7)}").t(" (IRB STUDY").t(n.dig(8)).t(")\n")
    n.t("Subject: ").nm(q.fl).t("   MRN ").id(mrn).t("   Subject ID ").id(subj).t("\n")
    n.t("Consent obtained ").d(n.today, "us").t(" 10:15 by ").nm(crc.fl).t(", CRC; PI Dr. ").nm(pi.fl).t(" available for questions.\n")
    n.t("Pt accompanied by son ").nm(son.first).t(". Consent form v4.0 reviewed page by page; randomization, optional biopsies and\n")
    n.t("banking explained. Optional research biopsy: YES. Banking: NO. Teach-back adequate.\n")
    n.t("Eligibility: ECOG ").c("1").t(", ANC ").c(n.rf(1.5, 5.0)).t(", plt ").c(str(n.ri(120, 380))).t(", CrCl ")
    n.c(f"{n.ri(50, 110)} mL/min").t(", AST/ALT ").c(f"{n.ri(14, 40)}/{n.ri(12, 44)}").t(", brain MRI neg (").d(mri, "md").t(")\n")
    n.t("eConsent audit: signed in REDCap ").d(n.today, "iso").t(" 10:41:07 from IP ").p("IP", ip)
    n.t("; PDF copy e-mailed to ").p("EMAIL", q.mail(n.ch(["gmail.com", "yahoo.com", "outlook.com"]), n.ri(0, 3))).t("\n")
    n.t("Randomization scheduled ").d(rnd, "md").t(" - arm B: ").c("nivolumab 480 mg IV q4w").t(" + chemo.\n")
    n.t("HIPAA authorization signed. No coercion; pt given time to decide.  -- ").nm(crc.fi).t(", CRC\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_hospice_call(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(84, 99)
    dau = n.rel(q, "f", same=n.r.random() < 0.3)
    rn, cm, md = n.staff("f"), n.staff(), n.staff()
    line, city, st, z, area = us_addr(n)
    call = n.today
    while call.weekday() != 6:
        call += timedelta(days=1)
    n.t("AFTER-HOURS TRIAGE LOG - on-call hospice RN\n")
    n.t("Sun ").d(call, "us2").t(" 23:15 - incoming\n")
    n.t("Caller: ").nm(dau.fl).t(" (daughter/POA)   CB# ").ph(us_ph(n, area, n.ri(0, 2))).t("\n")
    n.t("Patient: ").nm(q.fl).t(", ").age(a).t(" y/o F, hospice dx metastatic pancreatic ca, DNR/POLST in home\n")
    n.t("Location: home - ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ").t(st).t(" ").p("ZIP", z).t("\n")
    n.t("Concern: restless, moaning w/ turns, RR ").c(str(n.ri(26, 32))).t(", no PO intake since Friday.\n")
    n.t("Comfort kit: morphine ").c("20 mg/mL").t(" ").c("0.25 mL (5 mg)").t(" SL q1h prn; lorazepam ").c("0.5 mg")
    n.t(" SL q4h prn; haloperidol ").c("0.5 mg").t(" prn.\n")
    n.t("Instructed: morphine ").c("5 mg").t(" SL now + lorazepam ").c("0.5 mg").t(" SL, reposition, mouth care; call back 1 h.\n")
    n.t("00:20 - cb: calmer, RR ").c(str(n.ri(18, 22))).t(", grimace resolved.\n")
    n.t("Continuous care not indicated. RN case manager ").nm(cm.fl).t(" to visit ").d(call + timedelta(days=1), "md")
    n.t(" AM. Dr. ").nm(md.last).t(" (on-call MD) informed via answering service 23:40.\n")
    n.t("-- ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, []))


def us_tumor_board(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(32, 62)
    mom = n.rel(q, "f")
    surg, nav, pcp, plast, rad, path = n.staff(), n.staff("f"), n.staff(), n.staff(), n.staff(), n.staff()
    mrn = n.dig(8)
    mtg = n.today
    while mtg.weekday() != 2:
        mtg -= timedelta(days=1)
    bx = mtg - timedelta(days=n.ri(12, 20))
    mri = mtg - timedelta(days=n.ri(4, 10))
    n.t("Multidisciplinary Breast Tumor Board - Wednesday, ").d(mtg, "usl").t("\n")
    n.t("Case ").t(str(n.ri(1, 5))).t(" of ").t(str(n.ri(6, 10))).t(" | Presenting: ").nm(surg.fi).t(", MD (Surgical Oncology) | Navigator: ")
    n.nm(nav.fl).t(", RN\n")
    n.t("Patient: ").nm(q.fml).t(" | MRN ").id(mrn).t(" | ").age(a).t("F | PCP Dr. ").nm(pcp.fl).t("\n")
    n.t("Hx: screen-detected L breast mass 2:00, core bx ").d(bx, "us12").t("\n")
    n.t("Path: IDC grade ").c("2").t(", ER ").c(f"{n.ri(80, 99)}%").t(", PR ").c(f"{n.ri(5, 80)}%").t(", HER2 ").c("1+")
    n.t(" (IHC), Ki-67 ").c(f"{n.ri(10, 35)}%").t("; axillary US neg\n")
    n.t("MRI ").d(mri, "md").t(": unifocal ").c(f"{n.rf(1.2, 2.8)} cm").t(", no contralateral findings\n")
    n.t("Genetics: germline ").c("BRCA2 c.5946delT").t(" (pathogenic); mother ").nm(mom.first).t(" had ovarian ca at ")
    n.t(str(n.ri(44, 66))).t(".\n")
    n.t("Consensus: discussed bilateral mastectomy vs BCT given BRCA2; SLNB; Oncotype if node neg; ")
    n.t("refer Dr. ").nm(plast.last).t(" (plastics) and genetics.\n")
    n.t("Attendees: ").nm(rad.fi).t(", MD (Rad Onc); ").nm(path.fi).t(", MD (Path); ").nm(surg.fi).t(", MD; ")
    n.nm(nav.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_ed_fn(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(19, 45)
    wife = n.rel(q, "f")
    fel, res, att = n.staff(), n.staff(), n.staff()
    mrn = n.dig(8)
    _l, _c, _s, _z, area = us_addr(n)
    last = n.today - timedelta(days=n.ri(10, 14))
    n.t("ED PROVIDER NOTE   ").d(n.today, "us").t(" 02:36\n")
    n.t("pt: ").nm(f"{q.last.lower()}, {q.first.lower()}").t(" | mrn ").id(mrn).t(" | dob ").d(dob, "us1").t(" | ")
    n.age(a).t(" y/o M\n")
    n.t("cc: fever ").c("101.8 F").t(" at home\n")
    n.t("hpi: ALL (Ph-neg) on hyper-CVAD, currently ").c("C2A").t(" day ").c(str(n.ri(12, 16))).t(", last chemo ")
    n.d(last, "md").t(". PICC L arm. fever/chills x4h, mild cough. wife ").nm(wife.first).t(" at bedside (cell ")
    n.ph(us_ph(n, area, 1)).t(").\n")
    n.t("exam: T ").c(n.rf(38.3, 39.6)).t(" HR ").c(str(n.ri(104, 130))).t(" BP ").c(f"{n.ri(92, 112)}/{n.ri(50, 66)}")
    n.t(" RR ").c(str(n.ri(18, 24))).t(" SpO2 ").c(f"{n.ri(93, 98)}%").t(" RA; PICC site clean, no erythema\n")
    n.t("labs: WBC ").c(n.rf(0.1, 0.8)).t(" ANC ").c(f"{n.r.uniform(0.0, 0.2):.2f}").t(" Hgb ").c(n.rf(7.2, 9.8))
    n.t(" plt ").c(str(n.ri(8, 60))).t(" lactate ").c(n.rf(1.2, 3.4)).t(" Cr ").c(n.rf(0.6, 1.3)).t("\n")
    n.t("a/p: neutropenic fever, high risk (MASCC ").c(str(n.ri(14, 19))).t(")\n")
    n.t(" - BCx x2 (PICC + periph), UA/UCx, CXR, RVP\n")
    n.t(" - cefepime ").c("2 g IV q8h").t(" (1st dose 02:58)\n")
    n.t(" - vancomycin ").c("20 mg/kg").t(" IV for soft BP / line concern\n")
    n.t(" - ").c("1 L").t(" LR bolus\n")
    n.t(" - d/w heme-onc fellow Dr. ").nm(fel.last).t(" -> admit 10N\n")
    n.nm(res.fl).t(", MD (PGY-2)\n")
    n.t("attending attestation: i saw and evaluated the pt and agree with the plan. ").nm(att.fi).t(", MD\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_apheresis(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 72)
    rn, md = n.staff("f"), n.staff()
    mrn = n.dig(8)
    wt = round(n.r.uniform(60, 110), 1)
    ple = n.today - timedelta(days=1)
    y1 = round(n.r.uniform(2.0, 4.5), 1)
    y0 = round(n.r.uniform(1.5, 3.5), 1)
    n.t("APHERESIS UNIT - AUTOLOGOUS PBSC COLLECTION RECORD\n")
    n.t("Patient: ").nm(q.LFM).t("   MRN ").id(mrn).t("   DOB ").d(dob, "us").t("   Wt ").c(f"{wt} kg").t("\n")
    n.t("Dx: multiple myeloma, ").c("VGPR").t(" after ").c("4 cycles VRd").t("; G-CSF ").c("10 mcg/kg/day").t(" x4 + plerixafor ")
    n.c("24 mg").t(" SC ").d(ple, "md").t(" 22:00\n")
    n.t("Collection day ").c("2").t(" (").d(n.today, "us").t(")   Spectra Optia, CMNC\n")
    n.t("Pre CD34 ").c(f"{n.ri(18, 60)}/uL").t("   WBC ").c(n.rf(20.0, 55.0)).t("   Plt ").c(str(n.ri(90, 220)))
    n.t("   Hct ").c(f"{n.ri(28, 38)}%").t("\n")
    n.t("Access: R IJ apheresis catheter. Processed ").c(f"{n.rf(2.5, 3.5)} blood volumes").t(" (").c(f"{n.rf(12.0, 20.0)} L")
    n.t("); ACD-A ").c(f"{n.ri(900, 1400):,} mL").t("; Ca gluconate infusion ").c("2 g").t("\n")
    n.t("Product ID ").id(f"CT{n.today.year % 100}-{n.dig(4)}-02").t(": yield ").c(f"{y1} x10^6 CD34+/kg").t("; cumulative ")
    n.c(f"{round(y0 + y1, 1)} x10^6/kg").t(" - target met, no further collection.\n")
    n.t("Perioral tingling x1, resolved w/ Ca bolus. VS stable.\n")
    n.t("Operator: ").nm(rn.fl).t(", RN   Apheresis MD: ").nm(md.fl).t(", MD\n")
    n.t("Released to cell therapy lab ").d(n.today, "us12").t(" 15:20.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_spec_pharm(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(55, 86)
    pcp, pharm = n.staff(), n.staff()
    line, city, st, z, area = us_addr(n)
    ship = n.today + timedelta(days=n.ri(2, 5))
    n.t("SPECIALTY PHARMACY - ORAL ONCOLOGY REFILL ASSESSMENT\n")
    n.t("Rx # ").id(n.dig(7)).t("   ibrutinib ").c("420 mg").t(" tab daily (").c("#28").t(")\n")
    n.t("Call ").d(n.today, "us").t(" 2:14 PM to pt ").nm(q.fl).t(" at ").ph(us_ph(n, area, n.ri(0, 4)))
    n.t(" - identity verified (name, DOB ").d(dob, "us").t(")\n")
    n.t("Adherence: missed ").c("1").t(" dose in 28 days. AEs: bruising (grade ").c("1").t("), no bleeding; home BP ")
    n.c(f"{n.ri(132, 152)}/{n.ri(78, 94)}").t("\n")
    n.t("DDI: new fluconazole from PCP Dr. ").nm(pcp.last).t(" (CYP3A inhibitor) - per onc, hold ibrutinib x ").c("7 days")
    n.t(", then resume ").c("420 mg").t(".\n")
    n.t("Ship to: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ").t(st).t(" ").p("ZIP", z).t(" - deliver ")
    n.d(ship, "md").t(", signature req'd\n")
    n.t("Copay $0 - manufacturer copay card ID ").id(f"{n.dig(4)}{n.dig(4)}{n.dig(3)}").t("; tracking link to ")
    n.p("EMAIL", q.mail(n.ch(["gmail.com", "aol.com", "comcast.net"]), n.ri(0, 3))).t("\n")
    n.nm(pharm.fl).t(", PharmD | ").ph(f"1-800-{n.ri(200, 999)}-{n.dig(4)}").t(" ext ").ph(n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, []))


def us_navigator(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(45, 78)
    nick = {"Kimberly": "Kim", "Melissa": "Missy", "Jennifer": "Jen", "Guadalupe": "Lupe", "Yolanda": "Yoli",
            "Kristen": "Kris", "Shannon": "Shan", "Maricel": "Cel"}.get(q.first)
    part = n.rel(q, n.ch("mf"), same=False)
    ref, mo = n.staff(), n.staff()
    mrn = n.dig(8)
    line, city, st, z, area = us_addr(n)
    d1 = n.today + timedelta(days=n.ri(3, 8))
    n.t("Nurse Navigator - New Patient Intake (Thoracic Oncology)\n")
    n.t("Date: ").d(n.today, "uss").t("   Referral by fax from ").nm(ref.fi).t(", MD - fax ").ph(us_ph(n, area, 0)).t("\n")
    n.t("Patient: ").nm(q.fl)
    if nick and nick.lower() not in n.used:
        n.used.add(nick.lower())
        n.t(" (prefers \"").nm(nick).t("\")")
    n.t("   DOB ").d(dob, "us").t("   MRN ").id(mrn).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(" ").p("ADDRESS", city).t(", ").t(st).t(" ").p("ZIP", z).t("\n")
    n.t("Cell ").ph(us_ph(n, area, 1)).t("   Email ").p("EMAIL", q.mail(n.ch(["gmail.com", "icloud.com"]), n.ri(0, 3))).t("\n")
    n.t("Emergency contact: partner ").nm(part.fl).t(" ").ph(us_ph(n, area, 2)).t("\n")
    n.t("Insurance member ID ").id(f"{n.ch(['W', 'XEH', 'ZGP'])}{n.dig(9)}").t("\n")
    n.t("Dx: RUL adenocarcinoma, ").c("cT2a N2 M0").t(" stage ").c("IIIA").t("; PD-L1 ").c(f"{n.ri(1, 90)}%")
    n.t("; NGS: ").c("EGFR exon 19 deletion").t("\n")
    n.t("Barriers: no car (rides arranged), works nights, anxious. Distress thermometer ").c(f"{n.ri(5, 9)}/10").t("\n")
    n.t("Appts: Med Onc Dr. ").nm(mo.last).t(" ").d(d1, "md").t("; Rad Onc ").d(d1 + timedelta(days=2), "md")
    n.t("; PFTs ").d(d1 + timedelta(days=1), "md").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ Australia
def au_io_check(n: C) -> Note:
    q = n.midname(n.pat())
    dob, _a = n.dob(40, 84)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    reg, rn, rn2 = n.staff(), n.staff("f"), n.staff()
    ur = n.dig(7)
    med = _au_medicare(n.r)
    line, sub, stt, pc, _area = au_addr(n)
    wd = n.wd(n.today)
    n.t("DAY ONCOLOGY UNIT - IMMUNOTHERAPY PRE-TREATMENT CHECKLIST\n")
    n.t("[label] ").nm(f"{q.last.upper()}, {q.first} {q.mname}").t("   UR ").id(ur).t("   DOB ").d(dob, "dmy")
    n.t("   Medicare ").id(med).t("\n")
    n.t("        ").p("ADDRESS", line).t(", ").p("ADDRESS", sub.upper()).t(" ").t(stt).t(" ").p("ZIP", pc).t("\n")
    n.t("Date: ").t(wd).t(" ").d(n.today, "dmy").t("   Drug: pembrolizumab ").c("200 mg").t(" IV 3-weekly, cycle ")
    n.c(str(n.ri(3, 16))).t("\n")
    n.t("irAE screen   diarrhoea N | rash Y (grade ").c("1").t(", ").c("<10% BSA").t(") | cough N | fatigue Y | headache N\n")
    n.t("Bloods: TSH ").c(n.rf(0.5, 9.5)).t(" (fT4 ").c(str(n.ri(9, 20))).t(")  am cortisol ").c(str(n.ri(180, 520)))
    n.t("  ALT ").c(str(n.ri(12, 60))).t("  creat ").c(str(n.ri(55, 110))).t("  BGL ").c(n.rf(4.6, 8.9)).t("\n")
    n.t("Wt ").c(f"{n.rf(52, 110)} kg").t("  T ").c(n.rf(36.0, 37.2)).t("  P ").c(str(n.ri(58, 96))).t("  BP ")
    n.c(f"{n.ri(104, 150)}/{n.ri(60, 92)}").t("  SpO2 ").c(f"{n.ri(94, 99)}%").t("\n")
    n.t("PROCEED: yes - d/w Dr ").nm(reg.last).t(" (MO reg) re TSH, repeat next cycle\n")
    n.t("Contact: ").t("wife" if q.sex == "m" else "husband").t(" ").nm(sp.first).t(" ").ph(au_mob(n, n.ri(0, 3))).t("\n")
    n.t("RN ").nm(rn.fl).t(" (CNS)   2nd RN ").nm(n.ini(rn2)).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", med)]))


def au_ivig(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(55, 88)
    doc, rn, en = n.staff(), n.staff("f"), n.staff()
    urn = n.dig(6)
    wt = n.ri(58, 98)
    dose = round(0.4 * wt / 5) * 5
    trough = n.today - timedelta(days=n.ri(5, 14))
    n.t("IMMUNOGLOBULIN INFUSION RECORD - Haematology Day Unit\n")
    n.t("Patient: ").nm(q.fL).t("   URN ").id(urn).t("   DOB ").d(dob, "dmy1").t("   Weight ").c(f"{wt} kg").t("\n")
    n.t("BloodSTAR authorisation no. ").id(n.dig(8)).t(" - secondary hypogammaglobulinaemia (CLL)\n")
    n.t("IgG trough ").c(f"{n.rf(3.0, 5.5)} g/L").t(" (").d(trough, "dmy2").t("), ").c(f"{n.ri(2, 4)}").t(" serious infections in past year\n")
    n.t("Product: Privigen 10%, batch ").t(f"P{n.dig(9)}").t(" - dose ").c("0.4 g/kg").t(" = ").c(f"{dose} g").t(" (rounded to vial)\n")
    n.t("Rate: ").c("0.5 mL/kg/h").t(" x 30 min, doubled q30min to max ").c("4 mL/kg/h").t("\n")
    n.t("Obs pre: BP ").c(f"{n.ri(110, 150)}/{n.ri(62, 90)}").t(" P ").c(str(n.ri(60, 92))).t(" T ").c(n.rf(36.1, 37.0))
    n.t("   post: BP ").c(f"{n.ri(110, 150)}/{n.ri(62, 90)}").t(" P ").c(str(n.ri(60, 92))).t(" T ").c(n.rf(36.1, 37.0)).t("\n")
    n.t("Started 09:40, completed 12:55 - no reaction. Next due ").d(n.today + timedelta(days=28), "dmy").t(" (4-weekly)\n")
    n.t("Prescriber: Dr ").nm(doc.fl).t(", provider no. ").id(_au_provider(n.r)).t("\n")
    n.t("RN ").nm(rn.fl).t("   checked: ").nm(en.fl).t(" (EN)\n")
    return n.build(_fhir(q, dob, [("ur", urn)]))


def au_pall_home(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(60, 94)
    part = n.rel(q, "f", same=n.r.random() < 0.5)
    rn, gp = n.staff("f"), n.staff()
    stu = n._first("au", n.ch("mf"))
    ur = n.dig(7)
    line, sub, stt, pc, area = au_addr(n)
    nxt = n.today + timedelta(days=3)
    if nxt.weekday() >= 5:
        nxt = n.next_wd(nxt, 0)
    n.t("COMMUNITY PALLIATIVE CARE - HOME VISIT\n")
    n.d(n.today, "dot2").t("  11:30   RN ").nm(rn.fl).t(" with student RN ").nm(stu).t("\n")
    n.t("Client: ").nm(q.fl).t(" (").age(a).t("M)  UR ").id(ur).t(" - ").p("ADDRESS", line).t(", ").p("ADDRESS", sub)
    n.t(" ").t(stt).t(" ").p("ZIP", pc).t("\n")
    n.t("Dx: metastatic prostate ca (bone). AKPS ").c(str(n.ch([30, 40, 50]))).t("\n")
    n.t("NIKI T34 syringe driver: morphine ").c("30 mg").t(" + midazolam ").c("10 mg").t(" in WFI to ").c("17 mL")
    n.t(" over 24 h (").c("0.69 mL/h").t("); site L upper chest, no redness; volume remaining ").c(f"{n.rf(6.0, 11.0)} mL")
    n.t(" - correct\n")
    n.t("Breakthrough x").c(str(n.ri(1, 3))).t(" overnight (morphine ").c("5 mg").t(" SC) given by partner ").nm(part.first).t("\n")
    n.t("Pain ").c(f"{n.ri(2, 5)}/10").t(", nausea nil, BNO 3 days -> Movicol ").c("1 sachet bd").t("\n")
    n.t("Carer strain: ").nm(part.first).t(" exhausted, respite + inpatient unit bed discussed.\n")
    n.t("GP Dr ").nm(gp.fl).t(" ").ph(au_land(n, area)).t(" updated. Next visit ").t(n.wd(nxt)).t(" ").d(nxt, "dm0").t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_mdm(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 84)
    tr, gp, mo, coord, srg, rad = n.staff(), n.staff(), n.staff(), n.staff("f"), n.staff(), n.staff()
    mrn = n.dig(8)
    med = _au_medicare(n.r)
    _l, sub, stt, pc, area = au_addr(n)
    mtg = n.today
    while mtg.weekday() != 1:
        mtg -= timedelta(days=1)
    n.t("COLORECTAL MULTIDISCIPLINARY MEETING - OUTCOME SUMMARY\n")
    n.t("Meeting date: Tuesday ").d(mtg, "long").t("\n")
    n.t("Patient: ").nm(q.fL).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, "dmy").t(" | Medicare ").id(med.replace(" ", "")).t("\n")
    n.t("Treating clinician: Dr ").nm(tr.fl).t("   Referring GP: Dr ").nm(gp.fl).t(", ").p("ADDRESS", sub).t(" ").t(stt)
    n.t(" ").p("ZIP", pc).t("\n")
    n.t("Diagnosis: adenocarcinoma sigmoid, ").c(f"pT3 N1b ({n.ri(2, 3)}/{n.ri(14, 24)}) M0").t(", ").c("pMMR")
    n.t(", CEA ").c(n.rf(2.0, 15.0)).t("\n")
    n.t("Recommendation: adjuvant ").c("CAPOX x 4").t(" (3 months, per IDEA) - refer MO Dr ").nm(mo.last)
    n.t("; genetics not indicated; surveillance CT at ").c("12 months").t(".\n")
    n.t("Discussed with patient: not yet - clinic ").d(mtg + timedelta(days=n.ri(5, 12)), "dmy").t("\n")
    n.t("Present: ").nm(srg.fi).t(" (surgery), ").nm(rad.fi).t(" (radiology), ").nm(mo.fi).t(" (med onc), ")
    n.nm(coord.fi).t(" (coordinator)\n")
    n.t("Recorded by ").nm(coord.fl).t(", MDM Coordinator, ").ph(au_land(n, area)).t(". Sent via HealthLink to GP ")
    n.d(mtg + timedelta(days=1), "dmy").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("medicare", med)]))


def au_trial_mail(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(42, 76)
    tc, crc = n.staff("f"), n.staff()
    mrn = n.dig(7)
    site = f"{n.ri(1, 30):02d}"
    part = f"{site}-{n.ri(1, 400):04d}"
    wd = n.wd(n.today, 0)
    tok = "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    n.t("From: ").nm(tc.fl).t(" <").p("EMAIL", tc.mail("sydney.edu.au")).t(">\n")
    n.t("Sent: ").t(wd).t(", ").d(n.today, "long").t(" 4:12 PM\n")
    n.t("To: ").p("EMAIL", crc.mail("health.nsw.gov.au", 1)).t("\n")
    n.t("Subject: RANDOMISATION CONFIRMATION - Site ").t(site).t(" - Participant ").id(part).t("\n\n")
    n.t("Dear ").nm(crc.first).t(",\n\n")
    n.t("Participant ").id(part).t(" (initials ").nm(_ini3(n, q)).t(", year of birth ").t(str(dob.year))
    n.t(") was randomised on ").d(n.today, "dmy").t(" at 15:58 AEST.\n")
    n.t("Allocated: arm B - ").c("durvalumab 1500 mg").t(" q4w after chemoradiation ").c("60 Gy/30#").t(".\n\n")
    n.t("Please note the eligibility checklist you uploaded showed the participant's name (").nm(q.fl)
    n.t(") and MRN (").id(mrn).t(") in the header. We have deleted it - please re-upload a de-identified copy.\n\n")
    n.t("Baseline QoL survey link for the participant: ").p("URL", f"https://redcap.sydney.edu.au/surveys/?s={tok}").t("\n\n")
    n.t("Kind regards,\n").nm(tc.fl).t("\nTrial Coordinator | ").ph(f"+61 2 {n.ri(8, 9)}{n.dig(3)} {n.dig(4)}").t("\n")
    n.t(f"ACTRN126{n.dig(11)}\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ Canada
def ca_on_allo(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(25, 68)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    mrp, np_, fp = n.staff(), n.staff("f"), n.staff()
    mrn = n.dig(7)
    ohip = _ohip(n.r)
    line, city, pc, area = ca_addr(n, "ON")
    adm = n.today - timedelta(days=n.ri(30, 40))
    d0 = adm + timedelta(days=7)
    eng = d0 + timedelta(days=n.ri(14, 21))
    fu = n.next_wd(n.today + timedelta(days=2), 3)
    n.t("DISCHARGE SUMMARY - Allogeneic Stem Cell Transplant\n")
    n.t("Patient: ").nm(q.lf).t("   MRN ").id(mrn).t("   OHIP ").id(ohip).t("   DOB ").d(dob, "ymd").t("\n")
    n.t("Admitted ").d(adm, "ymd").t("   Discharged ").d(n.today, "ymd").t("   MRP: Dr. ").nm(mrp.fl).t("\n")
    n.t("Dictated by: ").nm(np_.fl).t(", NP\n\n")
    n.t("Dx: ").c("MDS-EB2").t(" -> myeloablative ").c("FluBu4").t(" conditioning; Day 0 ").d(d0, "ymd").t(": MUD PBSC (")
    n.c("10/10").t(", donor age ").t(str(n.ri(19, 35))).t(", CMV ").c("D-/R+").t(")\n")
    n.t("Course: mucositis grade ").c("3").t(" (hydromorphone PCA), neutrophil engraftment day ").c(f"+{(eng - d0).days}")
    n.t(" (").d(eng, "ymd").t("); skin GvHD ").c("stage 1").t(" on topical steroid only.\n")
    n.t("Discharge meds: tacrolimus ").c("1 mg PO BID").t(" (level ").c(n.rf(6.0, 11.0)).t("), posaconazole ").c("300 mg daily")
    n.t(", valacyclovir ").c("500 mg BID").t(", Septra DS ").c("1 tab M/W/F").t(", letermovir ").c("480 mg daily").t("\n")
    n.t("Follow-up: Allo clinic Thursday ").d(fu, "month_d").t(", CBC + tacrolimus level twice weekly.\n")
    n.t("Caregiver: ").t("wife" if q.sex == "m" else "husband").t(" ").nm(sp.first).t(" (cell ").ph(ca_ph(n, area, 0))
    n.t(") - 24/7 caregiver plan in place; staying at ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ON ")
    n.p("ZIP", pc).t(" (within 1 h).\n")
    n.t("cc: Dr. ").nm(fp.fl).t(" (family physician)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ohip", ohip)]))


def ca_bc_teach(n: C) -> Note:
    q = n.pat(grp=n.ch(["ca", "cain", "cain"]))
    dob, _a = n.dob(40, 80)
    dau = n.rel(q, "f")
    ph = n.staff()
    phn = _bcphn(n.r)
    _l, city, _pc, area = ca_addr(n, "BC")
    ht, wt = n.ri(150, 185), round(n.r.uniform(50, 100), 1)
    bsa = _bsa(ht, wt)
    dose = round(1000 * bsa / 150) * 150
    lang = "Punjabi" if q.grp == "cain" else "support"
    n.t("Pharmacy - Oral Chemotherapy Patient Teaching Record\n")
    n.t("Name: ").nm(q.fl).t("   PHN ").id(phn).t("   Chart # ").id(n.dig(6)).t("\n")
    n.t("DOB: ").d(dob, "dmon").t("   Date of teaching: ").d(n.today, "dmon").t("\n")
    n.t("Protocol: capecitabine, adjuvant colon - ").c("1000 mg/m2 BID").t(" days 1-14 q21d; BSA ").c(f"{bsa:.2f} m2")
    n.t(" -> ").c(f"{dose} mg BID").t("\n")
    n.t("Present: daughter ").nm(dau.first).t(" (").t(lang).t("), cell ").ph(ca_ph(n, area, n.ri(0, 3))).t("\n")
    n.t("Pt lives in ").p("ADDRESS", city).t("; fills at ").t(q.his).t(" community pharmacy there. DPYD genotype: ").c("no variants detected").t("\n")
    n.t("Reviewed: hand-foot syndrome (urea cream), diarrhea (call if ").c(">4/day").t(" over baseline), mucositis, fever ")
    n.c(">38.0").t(" -> ED. Take within 30 min after meals, 12 h apart. Missed dose: skip.\n")
    n.t("Calendar given; first dose ").d(n.today + timedelta(days=n.ri(2, 6)), "dmon").t(" evening.\n")
    n.t("Pharmacist: ").nm(ph.fl).t(", BSc(Pharm)\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ca_ab_homecare(n: C) -> Note:
    q = n.pat(grp=n.ch(["ca", "cauk", "cauk"]))
    dob, a = n.dob(66, 97)
    son = n.rel(q, "m")
    doc = n.staff()
    uli = _uli(n.r)
    line, city, pc, area = ca_addr(n, "AB")
    gcd = n.today - timedelta(days=n.ri(10, 60))
    n.t("Palliative Home Care Referral\n")
    n.t("Client: ").nm(q.LF).t("   ULI ").id(uli).t("   DOB ").d(dob, "uss").t("   Age ").age(a).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" AB ").p("ZIP", pc).t("   Phone ")
    n.ph(ca_ph(n, area, 1)).t("\n")
    n.t("Agent (personal directive): son ").nm(son.fl).t(", ").ph(ca_ph(n, area, 0)).t("\n")
    n.t("Dx: metastatic NSCLC, progression after 2nd line. PPS ").c(f"{n.ch([30, 40, 50])}%").t("\n")
    n.t("ESAS: pain ").c(str(n.ri(2, 7))).t(", tiredness ").c(str(n.ri(5, 9))).t(", dyspnea ").c(str(n.ri(3, 8)))
    n.t(", appetite ").c(str(n.ri(5, 9))).t("\n")
    n.t("Goals of Care Designation: ").c("C1").t(" (GCD form on file ").d(gcd, "uss").t(")\n")
    n.t("Meds: hydromorphone ").c("2 mg PO q4h").t(" + ").c("1 mg q1h PRN").t("; dexamethasone ").c("4 mg daily")
    n.t("; senna ").c("2 tabs HS").t("\n")
    n.t("Requests: hospital bed, home O2 ").c("2 L NP").t(", palliative consult team visit this week\n")
    n.t("Referring: Dr. ").nm(doc.fl).t(", Medical Oncology - ph ").ph(ca_ph(n, area, 0)).t(" fax ").ph(ca_ph(n, area, 0)).t("\n")
    n.t("Date of referral: ").d(n.today, "iso").t("\n")
    return n.build(_fhir(q, dob, [("uli", uli)]))


def ca_ns_elig(n: C) -> Note:
    q = n.pat(grp=n.ch(["ca", "caac", "caac"]))
    dob, _a = n.dob(35, 76)
    cra, inv = n.staff("f"), n.staff()
    msi = f"{n.dig(4)} {n.dig(3)} {n.dig(3)}"
    hosp = n.dig(7)
    _l, _city, _pc, area = ca_addr(n, "NS")
    labs = n.today - timedelta(days=n.ri(3, 6))
    cons = n.today - timedelta(days=2)
    n.t("CCTG ").t(n.ch(["MA", "BR", "CO", "LY"])).t(".").t(str(n.ri(20, 40))).t(" - ELIGIBILITY CHECKLIST\n")
    n.t("Patient: ").nm(q.fl).t("   MSI ").id(msi).t("   Hospital # ").id(hosp).t("   DOB ").d(dob, "iso").t("\n")
    n.t("Registration # ").id(n.dig(6)).t("   Reg date ").d(n.today, "camd").t("\n\n")
    n.t("[x] histologically confirmed, measurable disease (RECIST 1.1)\n")
    n.t("[x] ECOG 0-1 (pt ").c("ECOG 1").t(")\n")
    n.t("[x] ANC >= 1.5 (pt ").c(n.rf(1.6, 6.0)).t(" on ").d(labs, "camd").t("); plt ").c(str(n.ri(120, 400))).t("; Hgb ")
    n.c(str(n.ri(95, 150))).t("\n")
    n.t("[x] CrCl ").c(f"{n.ri(52, 120)} mL/min").t("; bili ").c(str(n.ri(4, 20))).t("; ALT ").c(str(n.ri(10, 60))).t("\n")
    n.t("[x] consent signed ").d(cons, "camd").t("\n")
    n.t("Exclusion criteria: none met.\n")
    n.t("Completed by ").nm(cra.fl).t(", CRA (").ph(ca_ph(n, area, 0)).t(")\n")
    n.t("Investigator: Dr. ").nm(inv.fl).t("   signed ").d(n.today, "camd").t("\n")
    return n.build(_fhir(q, dob, [("msi", msi.replace(" ", ""))]))


def ca_sk_jw(n: C) -> Note:
    q = n.pat(grp=n.ch(["ca", "cauk"]))
    dob, _a = n.dob(45, 82)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    hlc, doc = n.staff("m"), n.staff()
    hsn = f"{n.dig(3)} {n.dig(3)} {n.dig(3)}"
    _l, _c, _p, area = ca_addr(n, "SK")
    ad = n.today - timedelta(days=n.ri(200, 900))
    n.t("Hematology - Progress Note   ").d(n.today, "iso").t("\n")
    n.nm(q.fl).t(", HSN ").id(hsn).t(", DOB ").d(dob, "iso").t("\n\n")
    n.t("DLBCL on R-CHOP, due ").c(f"C{n.ri(3, 5)}").t(". Hgb today ").c(str(n.ri(68, 84))).t(" (from ").c(str(n.ri(92, 110)))
    n.t("), plt ").c(str(n.ri(60, 140))).t(", ANC ").c(n.rf(1.0, 3.0)).t(".\n")
    n.t("Pt is a Jehovah's Witness and again declines all blood components (RBC, platelets, plasma). Advance directive\n")
    n.t("(\"No Blood\") dated ").d(ad, "iso").t(" on chart. Accepts IV iron, ESA, tranexamic acid; cell salvage case by case.\n")
    n.t("Present: ").t("wife" if q.sex == "m" else "husband").t(" ").nm(sp.first).t("; Hospital Liaison Committee member ")
    n.nm(hlc.fl).t(" by phone (").ph(ca_ph(n, area, n.ri(0, 3))).t(").\n")
    n.t("Plan: epoetin alfa ").c("40,000 units SC weekly").t(", iron sucrose ").c("200 mg IV x5").t(", folic acid ")
    n.c("5 mg daily").t("; delay next cycle 1 week; G-CSF support; recheck Hgb ").d(n.today + timedelta(days=7), "iso").t(".\n")
    n.t("Capacity confirmed; risk of death without transfusion discussed and understood.\n")
    n.t("Dr. ").nm(doc.fl).t(", Hematology\n")
    return n.build(_fhir(q, dob, [("hsn", hsn.replace(" ", ""))]))


# ------------------------------------------------------------------------------ Ireland
def ie_sact(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(42, 80)
    prof, spr, pharm, cnm = n.staff(), n.staff(), n.staff(), n.staff("f")
    mrn = n.dig(7)
    line, town, county, eir, _code = ie_addr(n)
    ht, wt = n.ri(150, 176), n.ri(48, 92)
    bsa = _bsa(ht, wt)
    gfr = n.ri(60, 115)
    b12 = n.today - timedelta(days=n.ri(20, 50))
    n.t("SYSTEMIC ANTI-CANCER THERAPY PRESCRIPTION - NCCP regimen ").t(f"00{n.ri(200, 799)}").t(" (carboplatin AUC5 / pemetrexed)\n")
    n.t("Patient: ").nm(q.fl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", Co. ").t(county).t(" ").p("ZIP", eir).t("\n")
    n.t("Consultant: Prof. ").nm(prof.fl).t("   Cycle ").c(str(n.ri(2, 6))).t("  Day ").c("1").t("   Date ").d(n.today, "dmy").t("\n")
    n.t("Ht ").c(f"{ht} cm").t("  Wt ").c(f"{wt} kg").t("  BSA ").c(f"{bsa:.2f} m2").t("  GFR (Cockcroft-Gault) ")
    n.c(f"{gfr} mL/min").t("\n")
    n.t("Carboplatin AUC ").c("5").t(" = ").c(f"{5 * (gfr + 25)} mg").t(" IV over 30 min\n")
    n.t("Pemetrexed ").c("500 mg/m2").t(" = ").c(f"{round(500 * bsa / 10) * 10} mg").t(" IV over 10 min\n")
    n.t("Supportive: folic acid ").c("400 mcg daily").t(", vitamin B12 ").c("1000 mcg IM q9w").t(" (last ").d(b12, "dmy")
    n.t("), dexamethasone ").c("4 mg bd").t(" D-1 to D+1\n")
    n.t("Prescribed: Dr ").nm(spr.fl).t(", SpR, MCRN ").id(str(n.ri(400000, 460000))).t("\n")
    n.t("Verified: ").nm(pharm.fl).t(", Senior Pharmacist (Oncology)\n")
    n.t("Administered: ").nm(cnm.fl).t(", CNM2 - patient's mobile ").ph(ie_mob(n, n.ri(0, 3))).t(" checked for the 24 h line\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_family_mtg(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(60, 92)
    wife, son = n.rel(q, "f"), n.rel(q, "m")
    dau = n.rel(q, "f", same=False)
    reg, cns, gp = n.staff(), n.staff("f"), n.staff()
    msw = n._first("ie", "f")
    mrn = n.dig(7)
    line, town, county, eir, code = ie_addr(n)
    n.t("Palliative Care - Family Meeting Record\n")
    n.t("Date: ").d(n.today, "dmy").t("   Venue: family room, oncology ward\n")
    n.t("Patient: ").nm(q.fl).t(" (").age(a).t("), MRN ").id(mrn).t(", PPS No. ").p("SSN", _ppsn(n.r)).t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", Co. ").t(county).t(" ").p("ZIP", eir).t("\n")
    n.t("Present: patient; wife ").nm(wife.first).t("; son ").nm(son.first).t(" (lives in ").p("ADDRESS", "London")
    n.t("); daughter ").nm(dau.fl).t("; Dr ").nm(reg.fl).t(" (Reg); ").nm(cns.fl).t(" (CNS); ").nm(msw).t(" (MSW)\n\n")
    n.t("Summary: progressive disease on second-line chemotherapy. PPS ").c(f"{n.ch([30, 40, 50])}%").t(", ECOG ").c("3")
    n.t(", albumin ").c(str(n.ri(24, 31))).t(".\n")
    n.t("Agreed: no further SACT; DNACPR discussed and agreed; preferred place of care home; referral to the homecare\n")
    n.t("team. GP Dr ").nm(gp.last).t(" to be informed. ").nm(son.first).t(" will travel back Friday.\n")
    n.t("Contacts: ").nm(son.first).t(" ").ph(uk_mob(n, 2)).t("; home ").ph(f"({code}) {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_sae(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(40, 78)
    inv = n.staff()
    site = f"{n.ri(1, 20):02d}"
    onset = n.today - timedelta(days=1)
    ld = onset - timedelta(days=n.ri(6, 10))
    dob_s = "UN/" + MONTHS[dob.month - 1][:3].upper() + f"/{dob.year}"
    n.t("SERIOUS ADVERSE EVENT REPORT - INITIAL       fax to sponsor PV: ").ph(f"+353 1 {n.dig(3)} {n.dig(4)}").t("\n")
    n.t("Protocol: CTRIAL-IE ").t(f"{n.ri(18, 23)}-{n.dig(2)}").t("   EudraCT ").t(f"20{n.ri(18, 22)}-00{n.dig(4)}-{n.dig(2)}").t("\n")
    n.t("Site no.: ").t(site).t("   Patient study no.: ").id(f"{site}-{n.dig(3)}").t("   Patient initials: ").nm(_ini3(n, q)).t("\n")
    n.t("Date of birth: ").p("DATE", dob_s).t("   Sex: ").t(q.sex.upper()).t("   Weight: ").c(f"{n.ri(50, 100)} kg").t("\n\n")
    n.t("Event: febrile neutropenia - CTCAE grade ").c("3").t("   Onset: ").d(onset, "dmonu").t("\n")
    n.t("Seriousness: hospitalisation (admitted ").d(onset, "dmonu").t(")\n")
    n.t("IMP / chemo last dose: ").d(ld, "dmonu").t(", cycle ").c(str(n.ri(1, 4))).t("\n")
    n.t("Treatment: piperacillin-tazobactam ").c("4.5 g IV tds").t("; ANC nadir ").c(n.rf(0.0, 0.4)).t("; T max ").c(n.rf(38.3, 39.5)).t("\n")
    n.t("Outcome: recovering. Causality: related to chemotherapy; possibly related to IMP.\n")
    n.t("Reporter: Dr ").nm(inv.fl).t(", Sub-Investigator   Tel ").ph(f"(021) 4{n.dig(2)} {n.dig(4)}").t("   Date ")
    n.d(n.today, "dmonu").t("\n")
    return n.build(_fhir(q, dob, []))


# ------------------------------------------------------------------------------ New Zealand
def nz_fct(n: C) -> Note:
    q = n.pat(grp=n.ch(["nz", "nzm", "nzm", "nzp"]))
    dob, _a = n.dob(48, 84)
    fsa_doc, coord = n.staff(), n.staff("f")
    kai = n.pat(grp="nzm")
    nhi = _nhi_new(n.r)
    line, sub, city, pc, _area = nz_addr(n)
    ref = n.today - timedelta(days=n.ri(50, 60))
    tri = ref + timedelta(days=1)
    fsa = ref + timedelta(days=n.ri(6, 12))
    dtt = fsa + timedelta(days=n.ri(14, 24))
    ftx = n.today
    d62 = (ftx - ref).days
    d31 = (ftx - dtt).days
    n.t("FASTER CANCER TREATMENT - 62/31 day tracking\n")
    n.t("Patient: ").nm(q.fL).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy1").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Tumour stream: lung   Ethnicity: ").t({"nz": "NZ European", "nzm": "NZ Maori", "nzp": "Tongan"}.get(q.grp, "Other")).t("\n")
    n.t("HSCan referral received: ").d(ref, "dmy").t("   triaged high suspicion ").d(tri, "dmy").t("\n")
    n.t("FSA: ").d(fsa, "dmy").t(" (Dr ").nm(fsa_doc.last).t(", respiratory)\n")
    n.t("Decision to treat: ").d(dtt, "dmy").t("   First treatment: ").d(ftx, "dmy").t(" - SABR ").c("54 Gy/3#").t("\n")
    n.t("62-day: day ").c(str(d62)).t(" - ").t("MET" if d62 <= 62 else "NOT MET").t("   31-day: day ").c(str(d31)).t(" - MET\n")
    n.t("Delay codes: nil. Whanau hui held before DTT.\n")
    n.t("Tracker: ").nm(coord.fl).t(", FCT Coordinator, ext ").ph(n.dig(5)).t("\n")
    n.t("Kaiawhina: ").nm(kai.fl).t(" (").ph(nz_mob(n, n.ri(0, 2))).t(")\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_hospice_line(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(58, 94)
    sp = n.rel(q, "f" if q.sex == "m" else "m")
    rn, day = n.staff("f"), n.staff()
    nhi = _nhi_old(n.r)
    _l, sub, _city, _pc, _area = nz_addr(n)
    cd = n.next_wd(n.today, n.ch([5, 6]))
    n.t("Hospice 24/7 advice line - call record\n")
    n.t(n.wd(cd)).t(" ").d(cd, "sh").t("   03:10\n")
    n.t("Caller: ").nm(sp.first).t(" (").t("wife" if q.sex == "m" else "husband").t(") ").ph(nz_mob(n, n.ri(0, 2))).t("\n")
    n.t("Patient: ").nm(q.fl).t("   NHI ").id(nhi).t("   ").age(a).t("y   head & neck SCC, known carotid encasement\n")
    n.t("Issue: bright red bleeding from mouth ~").c("100 mL").t(", pt frightened, RR ").c(str(n.ri(24, 30))).t("\n")
    n.t("Advice: catastrophic bleed plan in home - midazolam ").c("10 mg SC").t(" given by ").nm(sp.first)
    n.t(" 03:14; dark towels; stay with ").t("him" if q.sex == "m" else "her").t(", recovery position.\n")
    n.t("Outcome: on-call nurse ").nm(rn.fl).t(" visited ").p("ADDRESS", sub).t(" 03:55 - bleeding settled, pt drowsy, ")
    n.t("SD continues (oxycodone ").c("10 mg").t(" / midazolam ").c("5 mg").t(" / 24 h).\n")
    n.t("Handover to day team (").nm(day.first).t(") 08:00; family aware this may recur.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_bmat(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 86)
    reg = n.staff()
    asst = n._first("nz", "f")
    interp = n.pat(grp="nzp")
    nhi = n.ch([_nhi_old, _nhi_new])(n.r)
    _l, _s, _c, _p, area = nz_addr(n)
    n.t("PROCEDURE NOTE - bone marrow aspirate and trephine\n")
    n.d(n.today, "dmy2").t("   Haematology day stay   Operator: Dr ").nm(reg.fl).t(" (haem reg)   Assist: ").nm(asst).t(" RN\n")
    n.t("Patient: ").nm(q.lf).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Indication: pancytopenia ?MDS - Hb ").c(str(n.ri(72, 99))).t(", neut ").c(n.rf(0.5, 1.4)).t(", plt ")
    n.c(str(n.ri(20, 80))).t(", MCV ").c(str(n.ri(98, 112))).t("\n")
    n.t("Consent: written; bleeding, infection, pain discussed. Interpreter ").nm(interp.fl).t(" (Samoan) by phone.\n")
    n.t("Pre: INR ").c(n.rf(0.9, 1.2)).t("; platelets not required.\n")
    n.t("L PSIS. Lignocaine 1% ").c("10 mL").t(" + Penthrox ").c("3 mL").t(" inhaled. Aspirate ").c(str(n.ri(3, 6)))
    n.t(" slides + EDTA for flow / cytogenetics; trephine ").c(f"{n.ri(14, 24)} mm").t(".\n")
    n.t("Samples labelled x2 with NHI and lab no. ").id(f"{n.today.year % 100}HA{n.dig(6)}").t("\n")
    n.t("Haemostasis after 10 min pressure; BP ").c(f"{n.ri(110, 150)}/{n.ri(60, 90)}").t(". Results to haem MDM ")
    n.d(n.today + timedelta(days=n.ri(7, 14)), "dm0").t("; to ring ").ph(f"({area}) {n.ri(3, 9)}{n.dig(2)} {n.dig(4)}")
    n.t(" if bleeding.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India, South Africa, HK, Nigeria
IN_ADDR = [("Hyderabad", "Telangana", "500", ["Banjara Hills", "Ameerpet", "Kukatpally"], "TSMC"),
           ("Chennai", "Tamil Nadu", "600", ["Anna Nagar", "Adyar", "T. Nagar"], "TNMC"),
           ("Lucknow", "Uttar Pradesh", "226", ["Gomti Nagar", "Aliganj", "Indira Nagar"], "UPMC"),
           ("Jaipur", "Rajasthan", "302", ["Malviya Nagar", "Vaishali Nagar", "Mansarovar"], "RMC"),
           ("Kochi", "Kerala", "682", ["Kakkanad", "Edappally", "Palarivattom"], "TCMC")]


def in_daycare(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(38, 70)
    hus = n.rel(q, "m")
    doc = n.staff()
    city, state, pin3, locs, council = n.ch(IN_ADDR)
    tlc = n.ri(4200, 9800)
    uhid = f"{n.ch(['UH', 'MRD'])}{n.dig(8)}"
    ht, wt = n.ri(145, 168), n.ri(42, 78)
    bsa = _bsa(ht, wt)
    n.t("DAY CARE CHEMOTHERAPY SUMMARY\n")
    n.t("UHID: ").id(uhid).t("    DC No.: ").id(f"DC/{n.today.year}/{n.dig(5)}").t("\n")
    n.t("Name: Mrs. ").nm(q.fl).t("    Age/Sex: ").age(a).t("/F\n")
    n.t("Attendant: Mr. ").nm(hus.fl).t(" (husband)  Mob: ").ph(in_mob(n, n.ri(0, 3))).t("\n")
    n.t("Address: ").p("ADDRESS", f"H.No. {n.ri(1, 12)}-{n.ri(1, 9)}-{n.ri(10, 600)}, {n.ch(locs)}").t(", ").p("ADDRESS", city)
    n.t(" - ").p("ZIP", f"{pin3} {n.dig(3)}").t(", ").t(state).t("\n")
    n.t("Aadhaar: ").id(_aadhaar(n.r)).t("    PM-JAY ID: ").id("".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))).t("\n")
    n.t("Diagnosis: Ca ovary (HGSC) FIGO ").c("IIIC").t(", post interval debulking - adjuvant cycle ").c(str(n.ri(4, 6))).t("\n")
    n.t("Date: ").d(n.today, "dash").t("   Ht ").c(f"{ht} cm").t("  Wt ").c(f"{wt} kg").t("  BSA ").c(f"{bsa:.2f}").t("\n")
    n.t("Pre-chemo: Hb ").c(f"{n.rf(9.5, 12.5)} g/dL").t("  TLC ").c(str(tlc)).t("  ANC ").c(str(round(tlc * n.r.uniform(0.45, 0.75))))
    n.t("  Plt ").c(f"{n.rf(1.5, 3.8)} lakh").t("  S. Cr ").c(n.rf(0.5, 1.1)).t("  CA-125 ").c(f"{n.ri(8, 60)} U/mL").t("\n")
    n.t("Inj. Paclitaxel ").c("175 mg/m2").t(" = ").c(f"{round(175 * bsa / 10) * 10} mg").t(" in ").c("500 mL NS").t(" over 3 hrs\n")
    n.t("Inj. Carboplatin AUC ").c("5").t(" = ").c(f"{n.ri(40, 60) * 10} mg").t(" in ").c("500 mL D5").t(" over 1 hr\n")
    n.t("Premedication: Inj. Dexamethasone ").c("20 mg").t(", Inj. Pheniramine ").c("45.5 mg").t(", Inj. Pantoprazole ")
    n.c("40 mg").t(", Inj. Ondansetron ").c("8 mg").t("\n")
    n.t("Tolerated well. Next cycle due on ").d(n.today + timedelta(days=21), "dash").t(" - review with CBC, RFT.\n")
    n.t("Dr. ").nm(doc.fl).t(", MD, DM (Medical Oncology)   Reg. No. ").id(f"{council}/{n.dig(5)}").t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid)]))


def in_bloodbank(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(18, 60)
    bro = n.rel(q, "m")
    fr = n.pat(grp=n.ch(["inn", "ins"]), sex="m")
    doc, tech = n.staff(), n.staff()
    ipn = f"IP{n.today.year % 100}{n.dig(6)}"
    d = n.today
    n.t("BLOOD CENTRE - REQUISITION / CROSS-MATCH & ISSUE\n")
    n.t("Req. No.: ").id(f"BR/{n.today.year % 100}/{n.dig(5)}").t("    Date: ").d(d, "dot2").t("    Time: ").t(n.tm(9, 13)).t("\n")
    n.t("Patient: ").nm(q.fl).t("    Age/Sex: ").age(a).t("/M    IP No.: ").id(ipn).t("    Ward: Clinical Haematology, Bed ")
    n.t(str(n.ri(1, 30))).t("\n")
    n.t("Diagnosis: AML - induction day ").c(f"+{n.ri(10, 18)}").t("; Hb ").c(f"{n.rf(5.6, 7.4)} g/dL").t(", Plt ")
    n.c(f"{n.ri(5, 15) * 1000:,}/cumm").t("\n")
    n.t("Requested: PRBC (leucodepleted) ").c("1 unit").t(" + SDP ").c("1 unit").t("\n")
    n.t("Patient group: ").c(n.ch(["B Rh(D) Positive", "O Rh(D) Positive", "A Rh(D) Positive", "AB Rh(D) Positive"]))
    n.t("   Antibody screen: ").c("Negative").t("\n")
    n.t("Issued: PRBC Bag No. ").id(f"{n.today.year % 100}{n.dig(2)}-{n.dig(5)}").t("  |  SDP Bag No. ").id(f"SDP/{n.today.year % 100}/{n.dig(4)}").t("\n")
    n.t("Replacement donors: brother ").nm(bro.fl).t(" (Donor ID ").id(f"D/{n.today.year % 100}/{n.dig(5)}").t(") and friend ")
    n.nm(fr.fl).t("\n")
    n.t("Requesting doctor: Dr. ").nm(doc.fl).t(" (JR, Clinical Haematology)  Mob ").ph(in_mob(n, n.ri(0, 3))).t("\n")
    n.t("Cross-match (AHG) compatible - done by ").nm(tech.fl).t(" (Technical Supervisor)\n")
    return n.build(_fhir(q, dob, [("ip", ipn)]))


ZA_PLACE = [("Soshanguve", "0152", "Stand {n}, Block {b}"), ("Umlazi", "4031", "{n} Section {b}"),
            ("Mitchells Plain", "7785", "{n} Eastridge Road"), ("Mamelodi", "0122", "Stand {n}, Extension {b}"),
            ("Seshego", "0742", "{n} Zone {b}"), ("Chatsworth", "4092", "{n} Road {b}")]


def _za_line(n: C) -> tuple[str, str, str]:
    town, pc, fmt = n.ch(ZA_PLACE)
    return fmt.format(n=n.ri(10, 9999), b=n.ri(1, 12)), town, pc


def za_ks(n: C) -> Note:
    q = n.pat(grp="zaz")
    dob, _a = n.dob(24, 55)
    mom = n.rel(q, "f")
    doc = n.staff()
    said = _said(n.r, dob, q.sex)
    folder = n.dig(8)
    line, town, pc = _za_line(n)
    art = n.today - timedelta(days=n.ri(200, 1500))
    vl = n.today - timedelta(days=n.ri(20, 90))
    ht, wt = n.ri(155, 182), n.ri(48, 80)
    bsa = _bsa(ht, wt)
    n.t("ONCOLOGY CLINIC - ").d(n.today, "dmy").t("\n")
    n.t("Name: ").nm(q.fl).t("   Folder no: ").id(folder).t("   ID no: ").id(said).t("   DOB: ").d(dob, "ymd").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("   Cell: ").ph(za_cell(n, n.ri(0, 3))).t("\n")
    n.t("NOK: mother ").nm(mom.fl).t(" ").ph(za_cell(n, n.ri(0, 3))).t("\n\n")
    n.t("Dx: Kaposi sarcoma, visceral + cutaneous (").c("T1 I1 S0").t("); HIV+ on TLD since ").d(art, "mys")
    n.t("; CD4 ").c(str(n.ri(120, 480))).t(", VL ").c("<50").t(" (").d(vl, "dmy").t(")\n")
    n.t("Chemo: paclitaxel ").c("100 mg/m2").t(" 2-weekly, cycle ").c(str(n.ri(3, 8))).t(" today; BSA ").c(f"{bsa:.2f}")
    n.t(" -> ").c(f"{round(100 * bsa)} mg").t("\n")
    n.t("FBC: Hb ").c(n.rf(9.5, 13.5)).t(", WCC ").c(n.rf(3.0, 8.0)).t(", neut ").c(n.rf(1.5, 5.0)).t(", plt ")
    n.c(str(n.ri(150, 420))).t("\n")
    n.t("Lesions flatter, leg oedema improved. TB screen negative. Continue to cycle 8 then reassess.\n")
    n.t("Dr ").nm(doc.fl).t(" (MO, Oncology)   MP ").id(f"0{n.dig(6)}").t("\n")
    return n.build(_fhir(q, dob, [("said", said), ("folder", folder)]))


def za_paeds_fn(n: C) -> Note:
    q = n.pat(grp=n.ch(["zaz", "zaa", "zai"]))
    dob, a = n.dob(3, 11)
    mom = n.rel(q, "f")
    cons, mo = n.staff(), n.staff()
    said = _said(n.r, dob, q.sex)
    folder = n.dig(8)
    _l, town, _pc = _za_line(n)
    wt = round(n.r.uniform(13, 34), 1)
    vcr = n.today - timedelta(days=n.ri(5, 9))
    n.t("PAEDIATRIC ONCOLOGY - febrile neutropenia (HIGH RISK) admission\n")
    n.t("Patient: ").nm(q.fl).t(" (").age(a).t(" yrs)   ID ").id(said).t("   Folder ").id(folder).t("   Wt ").c(f"{wt} kg").t("\n")
    n.t("Mother: ").nm(mom.fl).t(", cell ").ph(za_cell(n, 2)).t("; lives ").p("ADDRESS", town).t("\n")
    n.t("Dx: pre-B ALL, standard risk, delayed intensification day ").c(str(n.ri(15, 28))).t("; last VCR ").d(vcr, "dm0").t("\n")
    n.t("Obs: T ").c(n.rf(38.5, 39.8)).t("  HR ").c(str(n.ri(120, 160))).t("  CRT ").c("<2 s").t("  BP ").c(f"{n.ri(84, 100)}/{n.ri(46, 62)}").t("\n")
    n.t("FBC: WCC ").c(n.rf(0.2, 0.9)).t(", ANC ").c(n.rf(0.0, 0.3)).t(", Hb ").c(n.rf(7.0, 9.5)).t(", plt ").c(str(n.ri(10, 60)))
    n.t("; CRP ").c(str(n.ri(30, 160))).t("\n")
    n.t("Rx: piperacillin-tazobactam ").c("90 mg/kg").t(" IV 6-hourly = ").c(f"{round(0.09 * wt, 2)} g").t("; amikacin ")
    n.c("15 mg/kg").t(" daily = ").c(f"{round(15 * wt)} mg").t("\n")
    n.t("Blood culture from port + peripheral. Paracetamol ").c(f"{round(15 * wt)} mg").t(" PO.\n")
    n.t("Discussed with Dr ").nm(cons.last).t(" (consultant), reviewed 22:30.\n")
    n.t("Clerked by Dr ").nm(mo.fl).t(" (MO)\n")
    return n.build(_fhir(q, dob, [("said", said), ("folder", folder)]))


HK_EST = [("Ping Shek Estate", "Kwun Tong"), ("Lek Yuen Estate", "Sha Tin"), ("Lei Muk Shue Estate", "Tsuen Wan"),
          ("On Ting Estate", "Tuen Mun"), ("Cheung Sha Wan Estate", "Sham Shui Po"), ("Choi Hung Estate", "Wong Tai Sin")]


def hk_booking(n: C) -> Note:
    q = n.pat("f", grp="hk")
    dob, a = n.dob(45, 78)
    hus = n.pat("m", grp="hk")
    doc, apn = n.staff(), n.staff("f")
    hkid = _hkid(n.r)
    hn = f"HN{n.dig(8)}"
    est, dist = n.ch(HK_EST)
    if any(w.lower() in n.used for w in dist.split()) or any(w.lower() in n.used for w in est.split()):
        raise Redraw
    wd = n.wd(n.today)
    n.t("ONCOLOGY DAY WARD - CHEMOTHERAPY BOOKING / CONSENT SUMMARY\n")
    n.t("Name: ").nm(q.SG).t(" (Ms)   HKID: ").id(hkid).t("   Hosp No: ").id(hn).t("\n")
    n.t("Sex/Age: F/").age(a).t("   DOB: ").d(dob, "dash").t("\n")
    n.t("Address: ").p("ADDRESS", f"Flat {n.ch('ABCDEFGH')}, {n.ri(3, 38)}/F, {n.ch(['Block', 'Tower'])} {n.ri(1, 12)}, {est}").t(", ")
    n.p("ADDRESS", dist).t(", Kowloon\n" if dist in ("Kwun Tong", "Sham Shui Po", "Wong Tai Sin") else ", New Territories\n")
    n.t("Tel: ").ph(f"{n.ch('569')}{n.dig(3)} {n.dig(4)}").t("   Contact person: husband ").nm(hus.SG).t(" ")
    n.ph(f"{n.ch('569')}{n.dig(3)} {n.dig(4)}").t("\n")
    n.t("Diagnosis: Ca pancreas (head) with liver metastases; ECOG ").c("1").t("\n")
    n.t("Regimen: gemcitabine ").c("1000 mg/m2").t(" D1, D8 + nab-paclitaxel ").c("125 mg/m2").t(" q21d\n")
    n.t("Cycle ").c("2").t(" Day ").c("1").t(": ").d(n.today, "iso").t(" (").t(wd).t(")   Day 8: ").d(n.today + timedelta(days=7), "iso").t("\n")
    n.t("Pre-chemo blood: Hb ").c(n.rf(9.5, 12.8)).t("  WBC ").c(n.rf(3.5, 9.0)).t("  ANC ").c(n.rf(1.6, 6.0)).t("  Plt ")
    n.c(str(n.ri(110, 380))).t("  ALT ").c(str(n.ri(10, 60))).t("  Bil ").c(str(n.ri(6, 22))).t("\n")
    n.t("Consent signed by patient; witness: APN ").nm(apn.SG).t("\n")
    n.t("Dr ").nm(doc.SG).t(" (MO)   ").d(n.today - timedelta(days=n.ri(2, 7)), "dash").t("\n")
    return n.build(_fhir(q, dob, [("hkid", hkid), ("hn", hn)]))


NG_ADDR = [("Lagos", ["Surulere", "Yaba", "Ikeja"], ["Adeniran Ogunsanya Street", "Herbert Macaulay Way", "Allen Avenue"]),
           ("Ibadan", ["Bodija", "Ring Road", "Mokola"], ["Awolowo Avenue", "Oyo Road", "Secretariat Road"]),
           ("Enugu", ["Independence Layout", "Uwani", "GRA"], ["Chime Avenue", "Zik Avenue", "Ogui Road"]),
           ("Kano", ["Nassarawa GRA", "Sabon Gari", "Tarauni"], ["Zaria Road", "Murtala Mohammed Way", "Ibrahim Taiwo Road"])]


def ng_radonc(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(32, 68)
    hus = n.rel(q, "m")
    sr, cons = n.staff(), n.staff()
    city, areas, sts = n.ch(NG_ADDR)
    hosp = f"{n.dig(2)}/{n.dig(6)}"
    nin = n.dig(11)
    ht, wt = n.ri(150, 172), n.ri(48, 90)
    bsa = _bsa(ht, wt)
    txd = n.today - timedelta(days=n.ri(3, 10))
    sim = n.today + timedelta(days=7)
    n.t("DEPARTMENT OF RADIATION ONCOLOGY - CLINIC NOTE\n")
    n.t("Date: ").d(n.today, "ngord").t("\n")
    n.t("Name: Mrs ").nm(q.fl).t("    Hosp. No.: ").id(hosp).t("    NIN: ").id(nin).t("\n")
    n.t("Age: ").age(a).t("    Address: ").p("ADDRESS", f"No. {n.ri(1, 80)}, {n.ch(sts)}").t(", ").p("ADDRESS", n.ch(areas)).t(", ")
    n.p("ADDRESS", city).t("\n")
    n.t("Phone: ").ph(ng_mob(n, n.ri(0, 3))).t("    NOK: husband, Mr ").nm(hus.fl).t(", ").ph(ng_mob(n, n.ri(0, 3))).t("\n")
    n.t("NHIA No.: ").id(f"{n.ch(['LAG', 'OYO', 'ENU', 'KAN'])}/{n.dig(7)}").t("\n\n")
    n.t("Dx: Ca cervix FIGO ").c("IIB").t(" (SCC). PCV ").c(f"{n.ri(24, 33)}%").t(" -> transfused 2 units on ").d(txd, "dmy").t("\n")
    n.t("Plan: EBRT ").c("50 Gy/25#").t(" with weekly cisplatin ").c("40 mg/m2").t(" (").c(f"{round(40 * bsa)} mg").t("), then HDR brachytherapy ")
    n.c("7 Gy x 4").t("\n")
    n.t("E/U/Cr: creat ").c(f"{n.ri(55, 110)} umol/L").t(", K ").c(n.rf(3.5, 4.8)).t("; RVS non-reactive.\n")
    n.t("CT simulation booked ").d(sim, "dmy").t(" - pt to come with full bladder protocol.\n")
    n.t("Seen by Dr ").nm(sr.fl).t(" (Senior Registrar) / Consultant: Dr ").nm(cons.last).t("\n")
    return n.build(_fhir(q, dob, [("hosp", hosp), ("nin", nin)]))


# ------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "SACT day-unit administration record", uk_daycase),
    ("uk", "SACT e-prescription printout", uk_sact_rx),
    ("uk", "blood component administration record", uk_transfusion),
    ("uk", "neutropenic sepsis pathway proforma", uk_neutsepsis),
    ("uk", "24 h oncology triage call log", uk_hotline),
    ("uk", "upper GI MDT outcome list", uk_mdt),
    ("uk", "allograft day +100 clinic letter", uk_allo_letter),
    ("uk", "trial patient identification and screening log", uk_trial_log),
    ("sc", "myeloma day-case continuation sheet", sc_myeloma),
    ("sc", "radiotherapy consent form", sc_rt_consent),
    ("cy", "acute oncology referral (bilingual)", cy_aos),
    ("ni", "CLL watch-and-wait letter", ni_cll),
    ("us", "infusion center nursing note", us_infusion),
    ("us", "oncology pharmacist order verification", us_pharm_verify),
    ("us", "transfusion reaction workup", us_txn_reaction),
    ("us", "BMT coordinator related-donor search", us_donor_search),
    ("us", "research informed-consent note", us_trial_consent),
    ("us", "after-hours hospice triage log", us_hospice_call),
    ("us", "breast tumor board summary", us_tumor_board),
    ("us", "ED neutropenic fever note", us_ed_fn),
    ("us", "autologous PBSC apheresis record", us_apheresis),
    ("us", "specialty pharmacy oral chemo refill call", us_spec_pharm),
    ("us", "nurse navigator new-patient intake", us_navigator),
    ("au", "immunotherapy pre-treatment checklist", au_io_check),
    ("au", "IVIg infusion record", au_ivig),
    ("au", "community palliative syringe-driver visit", au_pall_home),
    ("au", "colorectal MDM outcome", au_mdm),
    ("au", "trial randomisation confirmation e-mail", au_trial_mail),
    ("ca", "allogeneic transplant discharge summary (ON)", ca_on_allo),
    ("ca", "oral chemotherapy teaching record (BC)", ca_bc_teach),
    ("ca", "palliative home care referral (AB)", ca_ab_homecare),
    ("ca", "trial eligibility checklist (NS)", ca_ns_elig),
    ("ca", "blood-refusal haematology progress note (SK)", ca_sk_jw),
    ("ie", "SACT prescription (NCCP regimen)", ie_sact),
    ("ie", "palliative family meeting record", ie_family_mtg),
    ("ie", "SAE report form", ie_sae),
    ("nz", "Faster Cancer Treatment tracking sheet", nz_fct),
    ("nz", "hospice advice-line call record", nz_hospice_line),
    ("nz", "bone marrow biopsy procedure note", nz_bmat),
    ("in", "day-care chemotherapy summary", in_daycare),
    ("in", "blood centre requisition and issue", in_bloodbank),
    ("za", "oncology clinic folder note (KS / HIV)", za_ks),
    ("za", "paediatric febrile neutropenia admission", za_paeds_fn),
    ("hk", "chemotherapy booking / consent summary", hk_booking),
    ("ng", "radiation oncology clinic note", ng_radonc),
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
        seed = 70_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
