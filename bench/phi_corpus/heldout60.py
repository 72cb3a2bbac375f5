"""HELD-OUT v60 PHI corpus: written independently, before any round-60 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout56 / heldout57 / heldout58 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/``,
``git status`` and the two lines of ``pyproject.toml`` that name ``[tool.ruff]`` and its line
length; the other held-out corpora being written at the same time were not read; ruff was run on
this file with the project's configuration; the scrubber was never run on this corpus while it was
written, nor was any of its output looked at). Like v14-v58 it aims at the MAINSTREAM of
English-language clinical text with ordinary PHI density; it is modelled on GENERAL PRACTICE AND
PRIMARY CARE AND ITS ADMINISTRATION: GP consultations (face-to-face, telephone, online / e-consult,
video), home visits, out-of-hours GP, repeat-prescription requests and medication reviews,
practice-nurse chronic-disease reviews, community-pharmacy consultations, vaccination and screening
clinics, fit notes, disability and insurance forms, referral letters out, results handling,
practice messages to patients (SMS, portal), registration and record-transfer paperwork and a
complaint to the practice - in the United Kingdom (12 templates: England 9, Scotland 1, Wales 1,
Northern Ireland 1), the United States (10, family medicine), Australia (6), Canada (6: Ontario 2,
British Columbia, Alberta, Quebec, Manitoba), Ireland (4), New Zealand (3), Singapore (1), Hong
Kong (1), Nigeria (1) and Barbados (1). Templates, cycled in order (see ``TEMPLATES``): EMIS-style
face-to-face hypertension consultations ("LAST, First (Mrs)", "dd-Mon-yyyy" DOB with "(9xy)" often
>= 90, spaced NHS number, "Wed dd-Mon-yyyy", "Dr F Last", daughter's first name, HCA initials,
practice nurse's full name; BPs, BMI and amlodipine doses clinical) (England); telephone
consultations with the wife on the line ("Mr F Last", "dd.mm.yyyy" DOB, mobile twice, the wife's
first name, the first line of the address as an ID check, pharmacy name (unlabelled) and its town
in brackets, GPST2's full name, duty GP's surname; nitrofurantoin clinical) (England);
online-consultation (e-consult) requests (reference, ISO date-time without seconds and the
submitting IP, "First Last", DOB, unspaced NHS number, mobile and personal e-mail, the partner's
first name in a quoted answer, care navigator's full name and initials, GP "Dr F Last" then "Dr
Last", "dd/mm/yy" SMS date, the patient's first name, booking URL; Dermovate clinical) (England);
clinical-pharmacist structured medication reviews ("Last, First M", DOB with the age (>= 90
labelled), spaced NHS, invitation "d Month yyyy", "Tuesday dd/mm/yyyy", a son's or carer's first
name, the nominated pharmacy's street, town and postcode (pharmacy name unlabelled), a medication
table, bloods "dd/mm/yy", re-authorised "dd/mm/yyyy", pharmacist " MRPharmS" with GPhC number;
doses, eGFR, K+, Na and lying / standing BP clinical) (England); practice-nurse annual asthma
reviews ("First LAST", DOB, spaced NHS, home landline, "d Mon yyyy", flu booking "Sat d/m", nurse "
RGN" with a 3-digit ext; ACT, PEFR, FeNO and Fostair clinical; "since 2019" unlabelled) (Wales);
home-visit requests and visit notes (receptionist's first name, "Mon dd/mm/yyyy", "Mr Last (First)"
sometimes 'known as "Nobby"', age (>= 90 labelled), unspaced NHS number, street, town and postcode,
agency carer's full name and mobile, "Dr F. Last", the son's first name thrice; obs, NEWS2 and
doxycycline clinical) (England); GP out-of-hours (NHS 24 / PCEC) case records (case number, "Sat
dd/mm/yyyy", "First Last", CHI built from the DOB, street, town and postcode, caller's full name
(parent or relative) and mobile, OOH doctor's full name, the caller's first name, own GP "Dr F
Last" (practice name unlabelled); obs, FeverPAIN and penicillin dose clinical) (Scotland); fit
notes (MED3) with an employer's e-mail ("Mrs F Last", spaced NHS, "dd/mm/yy" DOB, assessed / from /
to dates, GP's full name with GMC number, the HR contact's full name and work e-mail, the patient's
first name, "dd/mm"; lifting limit clinical) (England); referral letters to the memory assessment
service (practice name unlabelled with the practice street, town and postcode and landline, "d
Month yyyy", "Mrs V Last", DOB, spaced NHS, the patient's street, town and postcode, "9x-year-old"
(>= 90 labelled), the daughter's full name (LPA) then first name and mobile, bloods "dd/mm/yy", GP
" MRCGP"; 6CIT, PHQ-9, eGFR and doses clinical) (England); pathology results workflow with an
AccuRx SMS ("Dr F Last", "Thu dd/mm/yyyy", a pasted table of 3-5 "LAST, First" patients with spaced
NHS numbers and the filing GP's initials, the first patient's full and first name and mobile,
practice landline; results clinical) (England); new-patient registration (GMS1) and GP2GP logs
("Surname:" in capitals and "First name(s):" as separate spans, a previous surname, DOB, unspaced
NHS, current and previous street (with "Flat n,"), town and postcode, mobile, e-mail, previous GP
"Dr F Last" and town, the clerk's initials, "dd/mm/yy" transfer dates, PCSE reference, "w/c dd/mm")
(England); complaint e-mails and acknowledgement letters (the son's full name and e-mail, "Tuesday,
d Month yyyy" (weekday outside), practice hscni.net mailbox, the father's full name and spaced
Health and Care number, the father's age (>= 90 labelled), "21st August", a GP's surname, the son's
"Mr F Last" address block (street, town, postcode on separate lines), "Dear Mr Last", practice
manager's full name, 028 landline) (Northern Ireland); Medicare annual wellness visits ("Last,
First M" sometimes with a nickname in quotes, MRN, "mm/dd/yyyy" DOB, "Age: 9x y" (>= 90 labelled),
MBI, PCP ", MD", CMA's first name, the daughter's full then first name (HCPOA), DEXA "m/d/yyyy",
Shingrix "m/d/yy", e-signature "First M. Last, MD"; vitals, PHQ-2, Mini-Cog and T-score clinical)
(US); nurse telephone triage of a febrile child ("mm/dd/yy", "LAST, First" or "LAST, FIRST", MRN,
"m/d/yyyy" DOB, the mother's full then first name and callback, "F Last, DO", ", RN"; Tmax and
ibuprofen clinical) (US); refill requests with a controlled-substance agreement (DOB, MRN, the
pharmacy's street, city, state and ZIP and fax (chain name and store number unlabelled), "m/d/yy"
fill and visit dates, CSA "mm/dd/yyyy", UDS "m/d", the MA's full name, "F Last, MD"; tramadol, MME
and lisinopril clinical) (US); patient-portal threads (thread number, "First M. Last", MRN, DOB,
"mm/dd/yyyy" with separate times, "Month d", the spouse's first name, the doctor's surname and the
patient's first name typed in lower case, the CMA's first name, "Dr. Last", "First M. Last, MD";
nitrofurantoin clinical) (US); well-child immunization records ("LAST, First", DOB, MRN, state IIS
ID, street (sometimes "Apt"), city, state and ZIP, the father's full name and phone, the mother's
first name, the LPN's initials thrice and full name, "F Last, MD", next due "m/d/yy"; volumes
clinical) (US); sports pre-participation physical forms ("First Last", DOB, MRN, the parent's full
name and phone, "m/d/yy", a prior sprain "m/d", the coach "F Last", ", MD"; anthropometrics, BP and
vision clinical) (US); referral coordination notes ("LAST, First", DOB, MRN, member ID, referral
number, ordering ", MD", GI "Dr. First Last" and fax, "m/d" and "mm/dd" log lines with the
coordinator's initials, the patient's phone, "Sat m/d/yy" (weekday outside), the coordinator's full
name; Hgb and ferritin clinical) (US); FMLA certifications (HR contact's full name and work e-mail,
"First M. Last", full SSN, DOB, chart number, provider ", MD" with the office street, city, state,
ZIP and phone, "mm/dd/yyyy", "m/d" and "m/d/yy" dates, "First M. Last, MD") (US); lab result notes
("LAST, FIRST", "9x y.o." (>= 90 labelled), MRN, DOB, accession, collection and baseline dates, ",
FNP-C", the RN's full name, the son's first name and phone, "m/d"; BMP values and HCTZ clinical)
(US); records-release authorizations ("First M. Last", a prior surname, DOB, full SSN, MRN, street,
city, state and ZIP, phone, e-mail, the receiving ", DO" with street, city, ZIP and fax, expiry and
signature dates, the ROI clerk's full name) (US); GP management plans and team care arrangements
("First LAST" sometimes with a preferred name in quotes, DOB, spaced Medicare with the IRN after
"/" unlabelled, "Dr First Last" with provider number, "dd/mm/yyyy", podiatrist's and dietitian's
full names with unit / street, suburb, state (unlabelled) and postcode, review "d/m/yy"; HbA1c, BP
and weight goals clinical) (AU); telehealth consults with an eScript token (clinic name unlabelled,
"dd/mm/yyyy", "First Last", "d/m/yyyy" DOB, unspaced Medicare with "-IRN" unlabelled, street and
suburb as the identity check, "d/m/yy", "d Mon yyyy", mobile, eScript token URL, "Dr F Last"; eGFR
and colchicine clinical) (AU); community-pharmacist UTI prescribing records ("Last, First", DOB,
mobile, usual GP "Dr F. Last", LMP "d/m", pharmacist's full name and AHPRA registration;
trimethoprim clinical) (AU); aged-care vaccination clinic tables ("Sunday d Month yyyy" (weekday
outside), the immuniser's full name " RN" and initials, "Dr Last", three residents "LAST, First"
with DOBs, ages (>= 90 labelled, in "| 96 |" cells) and spaced IHIs (Luhn), an EPOA daughter's full
then first name; vaccine volumes clinical) (AU); GP referral letters to a cardiologist (practice
name unlabelled, practice unit / street, suburb, state and postcode and fax, "d Month yyyy", "Dr
First Last" then "Dr Last", "First Last" with DOB, the patient's street, suburb and postcode,
mobile, spaced Medicare, "d/m/yy", the GP's full name and provider number; HR, LDL, BP and doses
clinical; "quit 2015" unlabelled) (AU); recall / reminder SMS batch logs (the sender's full name,
practice landline in the message template, a table of four "LAST, First" with mobiles, "d/m" reply
dates, a first name and a lower-case typed first name) (AU); Ontario family-practice visits with a
cumulative patient profile ("LAST, First", chart number, OHIP with version code, ISO DOB, phone,
street, city and postal code, the spouse's full name, "Mon d, yyyy", ", MD CCFP", ", RPN"; vitals,
TSH and levothyroxine clinical) (ON); BC virtual walk-in video visits (ISO visit date with a
separate time, "First Last", PHN (mod 11), "Mon d, yyyy", the verified location as street, city and
postal code, callback, session IP, pharmacy fax, "First M. Last, MD" with MSP number; temperature
and amoxicillin clinical) (BC); Alberta pharmacist renewals ("dd-Mon-yyyy", "First M. Last", ULI
"12345-6789" (Luhn), DOB, phone, "Dr. F Last", "Mon d", ", RPh" with licence number; Cr, K, BP and
doses clinical) (AB); bilingual CLSC vaccination records (ISO date, "LAST, First", RAMQ built from
the name and DOB, "DDN / DOB: 1933/02/05", "Âge: 9x ans" (>= 90 labelled), the daughter's full name
and phone, "yyyy/mm/dd", the nurse's initials and full name; vaccine volumes clinical) (QC);
Manitoba chart-transfer requests ("Month d, yyyy", "Dr. First Last" with fax then "Dr. Last",
"First Last", "dd-Mon-yyyy" DOB, PHIN and MB Health registration number, street, city and postal
code, phone, the new doctor's full name, "dd/mm/yyyy", "Mon d", the clerk's first name) (MB);
short-term-disability attending physician statements (claim number, case manager's full name and
1-866 fax, "First M. Last", "dd/mm/yyyy" dates, OHIP with version code, phone, "Mon d" and "Mon d,
yyyy", ", MD" with CPSO number; PHQ-9 and sertraline clinical) (ON); Irish GP consultation notes
("Wed dd/mm/yyyy", "Dr F Last", "First Last (9x)" (>= 90 labelled), DOB, GMS number, street, town,
county (unlabelled) and Eircode, mobile, the sister's first name; obs, ECG rate, CHA2DS2-VASc,
weight, Cr and doses clinical) (IE); repeat-prescription requests with a Healthmail to the pharmacy
(the secretary's first name, "dd.mm.yyyy", "Last, First", PPSN, "Dr F Last", the pharmacy's
healthmail.ie address, the pharmacist's full name " MPSI" (Gaelic surnames with fadas possible)
with the pharmacy's street, town and Eircode, the patient's full name, 0xx landline; doses
clinical) (IE); CervicalCheck smear-taker records ("Friday 30th May 2025" (weekday outside), "First
LAST", DOB, PPSN, CSP ID, mobile, street, town and Eircode, previous result "dd.mm.yyyy", LMP
"d/m", the practice nurse " RGN" with smear-taker number) (IE); GP out-of-hours co-op call records
(call number, "Sun dd/mm/yyyy", "First Last", DOB, town and Eircode, the mother's full name (Gaelic
"Ní ..." surnames) and mobile, own GP's full name, triage nurse's first name, OOH doctor's full
name; croup score, SpO2 and dexamethasone clinical) (IE); NZ general practice consults ("d/m/yyyy",
"Dr F. Last", "LAST, First", NHI (check digit), street (also "4/21" flat form), suburb, city and
postcode, cell, the son's full name, the kaiāwhina's first name, "d Mon"; HbA1c, BP, weight and
empagliflozin clinical; "whānau" and "kai" unlabelled) (NZ); 6-week immunisation checks ("d Month
yyyy", the baby's full name, NHI, "d/m/yy" DOB, the mum's full name and mobile, the dad's first
name, "d/m", the nurse's full name " RN"; weight, head circumference and vaccine volumes clinical)
(NZ); ACC45 injury claims at an A&M clinic (claim number, "First M. Last", NHI, DOB, street, suburb
and city, the employer contact's full name and landline (company unlabelled), injury date, "d/m",
"d Month yyyy", the doctor's full name and MCNZ number; paracetamol clinical; ICD-10 code
unlabelled) (NZ); Singapore polyclinic chronic-disease reviews ("SURNAME Given" as one span, Malay
"Given bin Father" as one span, Indian "Given s/o Father" as two spans, NRIC (check letter), DOB,
"Blk ... #xx-xxx" line with "Singapore" unlabelled and the postal code, "+65" mobile, "ddMONyyyy",
the care manager's full name, "Dr SURNAME Given" with MCR number; HbA1c, LDL, uACR, BP, BMI and
doses clinical) (SG); Hong Kong GOPC episodic consultations ("dd-Mon-yyyy", "SURNAME Given" with an
English name in brackets, HKID with check digit, "F/9x" (>= 90 labelled), flat / floor / block
line, estate and district, "+852" mobile, the daughter's given name, "dd/mm/yyyy", "Dr SURNAME
Given"; obs and doses clinical) (HK); Nigerian primary health centre hypertension clinic records
("dd-mm-yyyy", "Mrs First LAST", card number "PHC/nnn/yy", NHIA number, DOB, "080x" phone, "No 11,
Ogui Road" line, area and city, next of kin's full name, the CHEW's full name, missed clinic
"dd/mm/yy", "Dr F Last"; BP, weight, RBS and doses clinical) (NG); Barbados polyclinic CNCD clinic
records (polyclinic name unlabelled, "d Month yyyy", "LAST, First", registration number, NRN built
from the DOB, DOB with "(xx yrs)" (>= 90 labelled), "(246)" phone, "Lot 60 ..." line with the
parish unlabelled and the "BB" postal code, the niece's full name, the nurse's full name, "Dr
Last", "d/m/yy"; BP, FBG, weight and doses clinical) (BB).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian, Caribbean, West African and Polish with surnames that take
the bearer's sex; Irish with fadas and Gaelic surnames that change with sex, "Ó Conchúir" / "Ní
Chonchúir", "Ó Murchú" / "Ní Mhurchú", "Mac Suibhne" / "Nic Suibhne", "Ó Súilleabháin" / "Ní
Shúilleabháin", "Mac Cárthaigh" / "Nic Cárthaigh"; US white, African American, Hispanic, Vietnamese
and Filipino; Anglo, Greek, Italian, Lebanese, Vietnamese and Filipino Australian; Maritime,
Québécois, Punjabi, Ukrainian and Chinese Canadian; Pākehā, Māori, Tongan / Samoan and Indian New
Zealanders; Chinese Singaporean (surname first), Malay and Singapore Indian; Hong Kong Chinese
(surname first, with an English name); Yoruba, Igbo and Hausa; Bajan), about one patient name in
five (one in ten in the list templates, none in Singapore, Hong Kong, Nigeria and Barbados) from
Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ (re-seeded per note; word-like, eponymous and
test-named names such as Ward, Bell, Foley, Kell, Duffy, Kidd, Lewis, Gram, Guthrie, Coombs, Hope,
Gay or Brandy never drawn; a Faker name's relatives come from the region's first group), relatives'
first names from the family's group (a son keeps the surname, a daughter, sister or spouse may not;
Gaelic and Polish surnames take the relative's sex), staff from a mixed international workforce
(Filipino, Keralite, Yoruba, Igbo, Ghanaian, Romanian, Afrikaans, Sri Lankan, Arab, Brazilian,
Zimbabwean and North / South Indian groups among the local ones). Forms: "First Last", "LAST,
First", "Last, First", "Last, First M", "LAST, FIRST", "First M. Last", "First LAST", "F. Last", "F
Last" after a title ("Mrs V Last", "Dr N Last"), "Mr Last", "Dr. Last", surnames alone, "SURNAME
Given", "Given bin Father", "s/o" names, first names of relatives and staff alone, nicknames and
preferred names in quotes ('"Bubba"', 'known as "Nobby"', 'prefers "Shazza"'), a lower-case typed
doctor's surname and patient first name, staff initials. No initials spell a clinical or common
abbreviation, and a note never reuses a first or last name for unrelated people (a note in which a
labelled PHI string also appears unlabelled, word-bounded and ignoring case, or whose initials read
as an abbreviation, is redrawn from the next fixed seed).

Conventions (as heldout58): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss",
" RN", ", RN", " RGN", ", LPN", ", RPN", ", CMA", ", MA", ", MD", ", DO", ", MD CCFP", ", FNP-C",
", RPh", " MRPharmS", " MPSI", " MRCGP", "(GPST2)", "(MBBS FRACGP)", "CHEW", "MO") are outside NAME
spans; "s/o" is outside and "bin" inside the Malay name's span; "LAST, First" is one NAME span;
"Surname:" and "First name(s):" values are separate spans; a nickname in quotes is its own NAME
span (quotes outside); staff initials and lower-case names are NAME. A street line (with its flat /
unit / "Blk ... #xx-xxx" / "No 11," / "Lot 60" / "Flat 24C, 36/F, Block 3" part, also a GP
practice's, pharmacy's, allied-health provider's or prescriber's line), a suburb, estate, district,
area and a city / town (also a pharmacy's, a previous GP's or a relative's town) are ADDRESS; a
state / province / county ("Co. Louth", "NSW", "ON", "MN"), a Barbados parish and a country
("Singapore" after an HDB line) are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal
codes, AU / NZ postcodes, Singapore postal codes and Barbados "BB" codes are ZIP. DATE: anything
more specific than a year ("22/03/2025", "22/03/25", "22/3/25", "22/3/2025", "22/3", "22/03",
"22.03.2025", "12-07-2024", "22 Mar 2025", "22 March 2025", "30th May 2025", "21st August", "22
Mar", "22-Mar-2025", "30JUL2024", "03/22/2025", "3/22/2025", "3/22/25", "03/22/25", "3/22",
"03/22", "Mar 22, 2025", "March 22, 2025", "Mar 22", "March 22", "2025-03-22", "2025/03/22") plus
ISO date-times ("2024-11-09T07:12") as one span; weekdays ("Sun", "Tuesday,"), "w/c", "by" and
"DOB" stay outside; a date followed by a separate time labels only the date; times of day are never
labelled. Vitals, lab values, doses, vaccine volumes, scores (ACT, NEWS2, FeverPAIN, 6CIT, PHQ,
CHA2DS2-VASc, croup score), PEFR / FeNO, anthropometrics and goals are clinical (``Note.clinical``)
where marked; durations and follow-up shorthand ("r/v 2/52", "3/12", "2/7", "10/7") are unlabelled.
PHONE includes mobiles, landlines, fax and extensions (the digits after "ext"), "+65" / "+852" /
"(246)" forms and 0300 / 1-866 service numbers; labels like "Tel", "Mob", "Cell", "HP", "Fax", "Ph"
are outside. SSN: full US SSNs and Irish PPSNs. ID: MRN, chart, card, registration, hospital, case,
call, claim, referral, thread, accession and reference numbers, NHS (mod 11), CHI (from the DOB),
Health and Care (mod 11), MBI, payer member IDs, state IIS IDs, AU Medicare (check digit; the IRN
unlabelled), IHI (Luhn), NHI (check digit), OHIP with version code, BC PHN (mod 11), ULI (Luhn),
RAMQ (from the name and DOB), PHIN and MB registration number, GMS number, CSP ID, NRIC (check
letter), HKID (check digit), NHIA number, Barbados NRN (from the DOB), professional registrations
(GMC, GPhC, AHPRA, CPSO, MSP, MCNZ, MCR, smear-taker and pharmacist licence numbers) and AU
provider numbers. AGE: ages >= 90 only, number part only ("(93y)", "Age: 91 y", "| 96 |", "(92)",
"9x-year-old", "Âge: 9x ans", "F/9x"); ages < 90 are unlabelled. EMAIL: personal, work, nhs / hscni
/ healthmail mailboxes. URL: booking and eScript token links. IP: the e-consult submitter's and the
video session's public addresses. Not PHI and unlabelled: practice, clinic, polyclinic, pharmacy,
company and insurer names (Moorview Surgery, Bayside Medical Centre, Walgreens and its store
number, Chemist Warehouse, Southern Cross Scaffolding, BCBS), hospital names ("the Ulster", QEH),
drug and vaccine brands, ICD-10 codes, MBS item numbers, "whānau", "kaiāwhina", "kai", years alone
and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September
2025, never today's date). Run it only for final figures: its misses and lost clinical values are
not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ----------------------------------------------------------------------------------------------
# name groups: (male firsts, female firsts, surnames); a surname may be a (male, female) pair

G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "english": (
        ["Graham", "Trevor", "Nigel", "Keith", "Darren", "Clive", "Malcolm", "Derek", "Colin",
         "Neville", "Royston", "Lionel"],
        ["Maureen", "Brenda", "Sandra", "Gillian", "Janet", "Pauline", "Lorraine", "Tracey",
         "Deborah", "Shirley", "Yvonne", "Valerie", "Doreen"],
        ["Hargreaves", "Whitworth", "Pickering", "Ackroyd", "Cartwright", "Sutcliffe",
         "Bradshaw", "Fairbrother", "Thornton", "Higginbottom", "Pemberton", "Ormerod",
         "Kershaw", "Gledhill", "Entwistle", "Lockwood", "Marsden", "Wainwright"],
    ),
    "welsh": (
        ["Gethin", "Rhodri", "Dafydd", "Emyr", "Iwan", "Aled", "Gwyn"],
        ["Carys", "Ffion", "Eluned", "Sioned", "Bethan", "Angharad", "Nerys"],
        ["Pritchard", "Llewellyn", "Prosser", "Powell", "Bevan", "Vaughan", "Gwilliam", "Parry"],
    ),
    "scottish": (
        ["Alasdair", "Fraser", "Hamish", "Callum", "Murdo", "Lachlan"],
        ["Morag", "Isla", "Catriona", "Kirsty", "Mhairi", "Eilidh"],
        ["McAllister", "Drummond", "Urquhart", "Buchanan", "MacLeod", "Sinclair", "Menzies",
         "Lamont"],
    ),
    "asian_uk": (
        ["Imran", "Tariq", "Sanjay", "Rajesh", "Harjit", "Bilal", "Zubair"],
        ["Nasreen", "Shabana", "Priya", "Jaswinder", "Rukhsana", "Anjali", "Farzana"],
        ["Chaudhry", "Hussain", "Patel", "Mistry", "Sandhu", "Bhatti", "Qureshi", "Akhtar"],
    ),
    "caribbean": (
        ["Delroy", "Winston", "Leroy", "Errol", "Desmond", "Clement"],
        ["Marcia", "Hyacinth", "Claudette", "Paulette", "Merline", "Icilda"],
        ["Gayle", "McKenzie", "Forbes", "Beckford", "Brissett", "Wedderburn", "Lindo"],
    ),
    "wafrican": (
        ["Olumide", "Chukwuemeka", "Kwabena", "Babatunde", "Kofi"],
        ["Folasade", "Adaeze", "Abena", "Yetunde", "Efua"],
        ["Adeyemi", "Okonkwo", "Mensah", "Oyelaran", "Nwachukwu", "Asante", "Boateng"],
    ),
    "polish": (
        ["Tomasz", "Krzysztof", "Piotr", "Grzegorz", "Wojciech"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Zofia", "Bożena"],
        [("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
         ("Lewandowski", "Lewandowska"), ("Dąbrowski", "Dąbrowska")],
    ),
    "us_white": (
        ["Dale", "Randall", "Kurt", "Troy", "Dwight", "Garrett", "Clayton"],
        ["Tammy", "Kimberly", "Darlene", "Rhonda", "Shelby", "Tonya", "Brandi"],
        ["Schroeder", "Lindqvist", "Hoffmann", "Brandt", "Yoder", "Gallagher", "Whitaker",
         "Kowalczyk", "Mueller", "Pruitt"],
    ),
    "us_black": (
        ["Darnell", "Terrence", "Jerome", "Cedric", "Marcus", "Tyrone"],
        ["Latoya", "Keisha", "Shondra", "Tanisha", "Yolanda", "Lakisha"],
        ["Broussard", "Gaines", "Dorsey", "Mayfield", "Pettaway", "Ransom", "Battle"],
    ),
    "us_hisp": (
        ["Alejandro", "Jesús", "Rigoberto", "Ernesto", "Joaquín"],
        ["Guadalupe", "Maricela", "Yesenia", "Araceli", "Xiomara"],
        ["Villarreal", "Castañeda", "Ochoa", "Zamora", "Quintanilla", "Trujillo", "Benavides"],
    ),
    "viet": (
        ["Minh", "Tuan", "Hieu", "Khang", "Quang"],
        ["Thuy", "Ngoc", "Huong", "Phuong", "Trang"],
        ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Truong"],
    ),
    "filipino": (
        ["Rodel", "Jericho", "Arnel", "Rommel", "Reynaldo"],
        ["Maricel", "Rowena", "Jocelyn", "Marites", "Analyn"],
        ["Dimaculangan", "Bautista", "Macaraeg", "Villanueva", "Tolentino", "Pangilinan",
         "Magbanua"],
    ),
    "au_anglo": (
        ["Shane", "Brett", "Craig", "Wayne", "Darryl", "Kym"],
        ["Kylie", "Narelle", "Leanne", "Tania", "Raelene", "Jodie"],
        ["Fitzgerald", "McCormack", "Hennessy", "Whitfield", "Coghlan", "Treloar", "Pocock",
         "Ashcroft"],
    ),
    "greek": (
        ["Konstantinos", "Dimitrios", "Spiros", "Stavros"],
        ["Eleni", "Voula", "Despina", "Georgia"],
        ["Papadopoulos", "Karagiannis", "Theodorakis", "Georgiou", "Kyriakou"],
    ),
    "italian": (
        ["Salvatore", "Giuseppe", "Rocco", "Vincenzo"],
        ["Concetta", "Rosaria", "Carmela", "Antonietta"],
        ["Lombardo", "Caruso", "Russo", "Ferraro", "Sciacca"],
    ),
    "lebanese": (
        ["Elias", "Fadi", "Wassim", "Georges"],
        ["Rania", "Nadine", "Mirna", "Rola"],
        ["Haddad", "Khoury", "Nassif", "Saliba", "Tannous"],
    ),
    "maritime": (
        ["Wendell", "Lorne", "Rollie", "Gerard"],
        ["Charlene", "Heather", "Marlene", "Joanne"],
        ["MacIsaac", "Doucette", "LeBlanc", "Comeau", "MacNeil", "Chiasson"],
    ),
    "quebec": (
        ["Réjean", "Gilles", "Sylvain", "Benoît", "Normand"],
        ["Ginette", "Nathalie", "Josée", "Chantal", "Sylvie"],
        ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Pelletier", "Bergeron"],
    ),
    "punjabi": (
        ["Gurpreet", "Harjinder", "Jaspal", "Kulwant"],
        ["Harpreet", "Navneet", "Simranjit", "Rajwinder"],
        ["Dhaliwal", "Grewal", "Sidhu", "Brar", "Randhawa", "Sekhon"],
    ),
    "ukrainian": (
        ["Bohdan", "Taras", "Mykola", "Yaroslav"],
        ["Oksana", "Halyna", "Nadia", "Lesia"],
        ["Kowalchuk", "Hrynchuk", "Melnyk", "Bondarenko", "Shevchuk"],
    ),
    "chinese_ca": (
        ["Wei", "Jian", "Kwok-Wing", "Zhiqiang"],
        ["Mei-Ling", "Xiaoyan", "Wing-Yee", "Jiahui"],
        ["Leung", "Chow", "Wong", "Zhang", "Kwan", "Yip"],
    ),
    "irish": (
        ["Seán", "Pádraig", "Cathal", "Dónal", "Eoin", "Ciarán", "Tadhg", "Colm", "Diarmuid"],
        ["Siobhán", "Aoife", "Gráinne", "Niamh", "Máire", "Caoimhe", "Sinéad", "Róisín",
         "Clodagh"],
        ["Fitzpatrick", "Brennan", "Cullinane", "Dunphy", "Moriarty", "Scanlon", "Tierney",
         "Hegarty", "Kavanagh", "Geraghty", ("Ó Conchúir", "Ní Chonchúir"),
         ("Ó Murchú", "Ní Mhurchú"), ("Mac Suibhne", "Nic Suibhne"),
         ("Ó Súilleabháin", "Ní Shúilleabháin"), ("Mac Cárthaigh", "Nic Cárthaigh")],
    ),
    "pakeha": (
        ["Brent", "Warwick", "Murray", "Bryce"],
        ["Raewyn", "Robyn", "Glenys", "Maxine"],
        ["Rutherford", "Hollis", "Pritchett", "Kingsbury", "Fergusson", "Cleverley"],
    ),
    "maori": (
        ["Wiremu", "Hēmi", "Rāwiri", "Tamati", "Manaaki"],
        ["Aroha", "Mereana", "Ngaire", "Kahurangi", "Huia"],
        ["Ngata", "Te Whata", "Parata", "Rangihuna", "Waititi", "Tipene"],
    ),
    "pasifika": (
        ["Sione", "Tevita", "Viliami", "Iosefa"],
        ["Mele", "Salote", "Lesieli", "Seini"],
        ["Tupou", "Fifita", "Leiataua", "Aumua", "Taufa"],
    ),
    "indian": (
        ["Rohit", "Vikram", "Sandeep", "Ashwin"],
        ["Pooja", "Kavita", "Sunita", "Deepika"],
        ["Prasad", "Naidu", "Chand", "Reddy", "Bhatnagar"],
    ),
    "afrikaans": (
        ["Pieter", "Johan", "Wynand", "Hendrik"],
        ["Annelie", "Marelize", "Elna", "Riana"],
        ["van der Merwe", "Botha", "Pretorius", "Steyn", "Oosthuizen"],
    ),
    "sg_chinese": (
        ["Wei Ming", "Boon Huat", "Kok Leong", "Chee Keong"],
        ["Siew Ling", "Mei Hua", "Hui Min", "Bee Lian"],
        ["TAN", "LIM", "ONG", "GOH", "TEO", "KOH", "CHUA"],
    ),
    "hk": (
        ["Tai Man", "Wai Lun", "Chi Keung", "Kwok Fai"],
        ["Siu Ying", "Ka Yan", "Mei Kuen", "Wai Han"],
        ["CHAN", "CHEUNG", "LEUNG", "LAU", "YEUNG", "TSANG"],
    ),
    "yoruba": (
        ["Adebayo", "Oluwaseun", "Olufemi", "Ayodele"],
        ["Funmilayo", "Bisola", "Temitope", "Omolara"],
        ["Ogunleye", "Adebisi", "Olawale", "Akinyemi", "Fashola"],
    ),
    "igbo": (
        ["Chinedu", "Ikenna", "Obinna", "Emeka"],
        ["Ngozi", "Chiamaka", "Uchenna", "Ifeoma"],
        ["Okafor", "Nwosu", "Okeke", "Onyekachi", "Eze"],
    ),
    "hausa": (
        ["Abubakar", "Usman", "Sani", "Musa"],
        ["Hauwa", "Zainab", "Aisha", "Hadiza"],
        ["Danjuma", "Abdullahi", "Garba", "Shehu"],
    ),
    "bajan": (
        ["Carlisle", "Everton", "Rawle", "Anderson"],
        ["Marva", "Sonia", "Cheryl", "Hyacinth"],
        ["Greaves", "Alleyne", "Gittens", "Skeete", "Cumberbatch", "Worrell", "Brathwaite"],
    ),
    "keralite": (
        ["Jibin", "Anoop", "Shijo", "Bibin"],
        ["Soumya", "Jincy", "Ancy", "Reshma"],
        ["Kuriakose", "Varghese", "Chacko", "Kurian", "Puthenpurackal"],
    ),
    "romanian": (
        ["Bogdan", "Mihai", "Ionuț", "Florin"],
        ["Andreea", "Ioana", "Roxana", "Cristina"],
        ["Popescu", "Ionescu", "Dumitrescu", "Constantinescu"],
    ),
    "srilankan": (
        ["Chaminda", "Ruwan", "Nuwan"],
        ["Dilhani", "Nirosha", "Chathurika"],
        ["Wickramasinghe", "Jayawardena", "Perera", "Gunasekara"],
    ),
    "arab": (
        ["Khaled", "Yousef", "Tarek"],
        ["Reem", "Lina", "Dalia"],
        ["Al-Hashimi", "Mansour", "Al-Khatib", "Haddadin"],
    ),
    "brazilian": (
        ["Thiago", "Rodrigo", "Leandro"],
        ["Larissa", "Fernanda", "Juliana"],
        ["Carvalho", "Figueiredo", "Nascimento"],
    ),
    "nindian": (
        ["Anupam", "Vivek", "Saurabh"],
        ["Shweta", "Neha", "Ritu"],
        ["Srivastava", "Agarwal", "Malhotra", "Tripathi"],
    ),
    "sindian": (
        ["Karthik", "Senthil", "Ramesh"],
        ["Deepa", "Lavanya", "Meenakshi"],
        ["Ramaswamy", "Venkatesan", "Subramanian", "Krishnamurthy"],
    ),
    "zimbabwean": (
        ["Tendai", "Farai", "Tatenda"],
        ["Rutendo", "Nyasha", "Chipo"],
        ["Moyo", "Chikwanha", "Mutasa", "Makoni"],
    ),
}

REGION = {
    "uk": ["english", "english", "english", "welsh", "scottish", "asian_uk", "caribbean",
           "wafrican", "polish"],
    "wales": ["welsh", "welsh", "english"],
    "scot": ["scottish", "scottish", "english", "asian_uk", "polish"],
    "ni": ["english", "scottish", "irish"],
    "us": ["us_white", "us_white", "us_black", "us_hisp", "viet", "filipino"],
    "au": ["au_anglo", "au_anglo", "greek", "italian", "lebanese", "viet", "filipino"],
    "ca": ["maritime", "quebec", "punjabi", "ukrainian", "chinese_ca", "english"],
    "qc": ["quebec"],
    "ie": ["irish"],
    "nz": ["pakeha", "maori", "pasifika", "indian"],
    "sg": ["sg_chinese", "sg_chinese"],
    "hk": ["hk"],
    "ng": ["yoruba", "igbo", "hausa"],
    "bb": ["bajan"],
}
STAFF = ["filipino", "keralite", "yoruba", "igbo", "romanian", "afrikaans", "srilankan", "arab",
         "brazilian", "nindian", "sindian", "zimbabwean", "wafrican", "asian_uk"]
FAKER_LOCALE = {"uk": "en_GB", "wales": "en_GB", "scot": "en_GB", "ni": "en_GB", "us": "en_US",
                "au": "en_AU", "ca": "en_CA", "qc": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
# word-like, eponymous or test-named names never drawn from Faker
_BLOCK = {
    "Ward", "Bell", "Foley", "Kell", "Duffy", "Kidd", "Lewis", "Gram", "Guthrie", "Coombs",
    "Hope", "Joy", "Grace", "Faith", "Rose", "May", "June", "April", "August", "Mark", "Bill",
    "Will", "Pat", "Sue", "Brandy", "Crystal", "Amber", "Hall", "Long", "Short", "Little",
    "Young", "Green", "Brown", "White", "Black", "Gray", "Grey", "King", "Hill", "Wood", "Day",
    "Cross", "Moss", "Marsh", "Rich", "Rice", "Page", "Price", "Cook", "Baker", "Mason", "Nurse",
    "Doctor", "Bush", "Lane", "Parsons", "Bishop", "Chase", "Frank", "Dean", "Case", "Hunt",
    "Fox", "Field", "Banks", "Low", "Best", "Love", "Major", "Ray", "Sharp", "Stone", "Summer",
    "Winter", "Carol", "Paris", "Dawn", "Sage", "Glass", "Mills", "Gill", "Lamb", "Street",
    "Church", "North", "South", "West", "East", "Weeks", "Wells", "Holmes", "Parkinson", "Addison",
    "Crohn", "Graves", "Paget", "Bowen", "Cushing", "Down", "Hunter", "Turner", "Marshall",
    "Sherwood", "Norman", "Jordan", "Kent", "York", "Lincoln", "Victoria", "Georgia",
    "Florence", "Sydney", "Austin", "Dallas", "Phoenix", "Mercy", "Sandy", "Rusty", "Buck",
    "Pearl", "Ruby", "Ivy", "Holly", "Heather", "Iris", "Olive", "Violet", "Penny", "Robin",
    "Sunny", "Misty", "Hazel", "Jade", "Star", "Destiny", "Honey", "Bliss", "Gay", "Person",
    "Christian", "Patience", "Constance", "Prudence", "Earl", "Baron", "Guy", "Frost", "Snow",
}
# initials that read as a clinical or common abbreviation
BAD_INITIALS = {
    "BP", "GP", "OE", "HR", "RR", "NO", "IN", "AM", "PM", "MO", "DR", "MR", "MS", "CT", "ED",
    "ER", "OT", "PT", "RN", "EN", "NP", "PA", "DN", "HV", "CC", "SN", "ST", "BD", "OD", "TD",
    "GI", "UK", "US", "NZ", "AU", "IE", "CA", "HB", "IV", "IM", "SC", "PO", "PR", "PV", "SR",
    "MG", "ML", "ID", "OK", "AF", "MI", "TB", "HA", "DM", "OA", "RA", "UC", "AS", "AT",
    "BE", "BY", "DO", "GO", "HE", "IF", "IS", "IT", "ME", "MY", "OF", "ON", "OR", "SO", "TO",
    "UP", "WE", "AN", "EM", "FM", "NB", "PS", "RE", "VS", "WC", "CD", "DC", "EC", "FH", "SH",
    "PC", "PE", "PH", "PN", "QI", "RV", "TC", "TT", "HP", "LD", "MH", "NA", "NG", "OP", "PD",
    "SA", "SE", "SP", "SS", "TA", "TM", "BB", "HK", "SG", "IP", "AE", "CH", "CO", "CP", "DH",
    "DV", "EP", "FB", "FU", "GA", "HC", "JC", "LA", "LFT", "FBC", "ALT", "ACE", "BMI", "DNA",
    "ECG", "ENT", "EPA", "GMC", "MRI", "NHS", "PHN", "RGN", "SOB", "TIA", "UTI", "VAC", "KT",
    "KG", "CM", "MM", "BS", "PRN", "ACT", "BNF", "CKD", "CVD", "HbA",
}

_FAKERS: dict[str, Faker] = {}


def _faker(loc: str, seed: int) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(seed)
    return f


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "m" / "f"
    mid: str
    group: str
    pair: tuple[str, str] | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # "LAST, First"
        return f"{self.last.upper()}, {self.first}"

    @property
    def lfc(self) -> str:  # "Last, First"
        return f"{self.last}, {self.first}"

    @property
    def fl_caps(self) -> str:  # "First LAST"
        return f"{self.first} {self.last.upper()}"

    @property
    def fml(self) -> str:  # "First M. Last"
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:  # "Last, First M"
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def ini(self) -> str:
        return (self.first[0] + self.last.replace("Mac ", "M").replace("Ó ", "O")[0]).upper()

    @property
    def fdot(self) -> str:  # "F. Last"
        return f"{self.first[0]}. {self.last}"

    @property
    def f_(self) -> str:  # "F Last"
        return f"{self.first[0]} {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else self.r_title

    r_title: str = "Mrs"


class Redraw(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# date formats


def _ord(d: int) -> str:
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def fd(d: _dt.date, f: str) -> str:
    D, M, Y, y = d.day, d.month, d.year, d.year % 100
    mon, month = d.strftime("%b"), d.strftime("%B")
    return {
        "dd/mm/yyyy": f"{D:02d}/{M:02d}/{Y}",
        "dd/mm/yy": f"{D:02d}/{M:02d}/{y:02d}",
        "d/m/yy": f"{D}/{M}/{y:02d}",
        "d/m/yyyy": f"{D}/{M}/{Y}",
        "d/m": f"{D}/{M}",
        "dd/mm": f"{D:02d}/{M:02d}",
        "dd.mm.yyyy": f"{D:02d}.{M:02d}.{Y}",
        "dd.mm.yy": f"{D:02d}.{M:02d}.{y:02d}",
        "dd-mm-yyyy": f"{D:02d}-{M:02d}-{Y}",
        "d Mon yyyy": f"{D} {mon} {Y}",
        "d Month yyyy": f"{D} {month} {Y}",
        "dth Month yyyy": f"{_ord(D)} {month} {Y}",
        "dth Month": f"{_ord(D)} {month}",
        "dth of Month": f"{_ord(D)} of {month}",
        "d Mon": f"{D} {mon}",
        "d Month": f"{D} {month}",
        "dd-Mon-yyyy": f"{D:02d}-{mon}-{Y}",
        "dd-MON-yyyy": f"{D:02d}-{mon.upper()}-{Y}",
        "ddMONyyyy": f"{D:02d}{mon.upper()}{Y}",
        "mm/dd/yyyy": f"{M:02d}/{D:02d}/{Y}",
        "m/d/yyyy": f"{M}/{D}/{Y}",
        "m/d/yy": f"{M}/{D}/{y:02d}",
        "mm/dd/yy": f"{M:02d}/{D:02d}/{y:02d}",
        "m/d": f"{M}/{D}",
        "mm/dd": f"{M:02d}/{D:02d}",
        "Mon d, yyyy": f"{mon} {D}, {Y}",
        "Month d, yyyy": f"{month} {D}, {Y}",
        "Mon d": f"{mon} {D}",
        "Month d": f"{month} {D}",
        "iso": d.isoformat(),
        "yyyy/mm/dd": f"{Y}/{M:02d}/{D:02d}",
    }[f]


# ----------------------------------------------------------------------------------------------
# identifiers


def _digits(r: random.Random, k: int, first_nonzero: bool = True) -> str:
    s = str(r.randint(1, 9)) if first_nonzero else str(r.randint(0, 9))
    return s + "".join(str(r.randint(0, 9)) for _ in range(k - 1))


def nhs_number(r: random.Random, spaced: bool = True) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        d[0] = r.randint(4, 7)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        s = "".join(map(str, d)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s


def hc_number_ni(r: random.Random) -> str:  # NI Health and Care number, mod 11, spaced
    while True:
        d = [3] + [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 10:
            continue
        c = 0 if c == 11 else c
        s = "".join(map(str, d)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}"


def chi_number(r: random.Random, dob: _dt.date, sex: str) -> str:
    while True:
        base = dob.strftime("%d%m%y") + str(r.randint(0, 9)) + str(r.randint(0, 9))
        sx = r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8])
        d = [int(x) for x in base] + [sx]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 10:
            continue
        return "".join(map(str, d)) + str(0 if c == 11 else c)


def luhn_digit(s: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def npi(r: random.Random) -> str:
    base = "1" + _digits(r, 8, False)
    return base + luhn_digit("80840" + base)


def ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 899) if x != 666])
    return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def medicare_au(r: random.Random, spaced: bool = True) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 3))
    return f"{s[:4]} {s[4:9]} {s[9]}" if spaced else s


def ihi(r: random.Random) -> str:
    base = "800360" + _digits(r, 9, False)
    s = base + luhn_digit(base)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def nhi(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        a = [r.choice(letters) for _ in range(3)]
        n = [r.randint(0, 9) for _ in range(3)]
        vals = [letters.index(x) + 1 for x in a] + n
        s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        c = 11 - s
        if c == 11:
            continue
        c = 0 if c == 10 else c
        return "".join(a) + "".join(map(str, n)) + str(c)


def ohip(r: random.Random) -> str:
    base = _digits(r, 9)
    s = base + luhn_digit(base)
    vc = r.choice("ABCDEFGHJKLMNPRSTVWXY") + r.choice("ABCDEFGHJKLMNPRSTVWXY")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"


def bc_phn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        s = sum(((x * w) % 11) for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True))
        c = 11 - s % 11
        if c > 9:
            continue
        s9 = "9" + "".join(map(str, d)) + str(c)
        return f"{s9[:4]} {s9[4:7]} {s9[7:]}"


def uli(r: random.Random) -> str:
    base = _digits(r, 8)
    s = base + luhn_digit(base)
    return f"{s[:5]}-{s[5:]}"


def ramq(r: random.Random, p: Person, dob: _dt.date) -> str:
    last = re.sub(r"[^A-Z]", "", p.last.upper().translate(str.maketrans("ÉÈÊÎÔÛÂ", "EEEIOUA")))
    mm = dob.month + (50 if p.sex == "f" else 0)
    return f"{last[:3]}{p.first[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(10, 99)}"


def ppsn(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, [8, 7, 6, 5, 4, 3, 2], strict=True)) % 23
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s]


def nric(r: random.Random, dob: _dt.date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    d = [int(x) for x in f"{dob.year % 100:02d}" + _digits(r, 5, False)]
    s = sum(x * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + "".join(map(str, d)) + "JZIHGFEDCBA"[s % 11]


def hkid(r: random.Random) -> str:
    ch = r.choice("ACDEGHKPRVYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    s = 36 * 9 + (ord(ch) - 55) * 8 + sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2], strict=True))
    c = (11 - s % 11) % 11
    return f"{ch}{''.join(map(str, d))}({'A' if c == 10 else c})"


# ----------------------------------------------------------------------------------------------
# places

UK_TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Sheffield", "S"), ("Norwich", "NR"),
            ("Exeter", "EX"), ("Reading", "RG"), ("Stockport", "SK"), ("Luton", "LU"),
            ("Derby", "DE"), ("Bristol", "BS"), ("Wakefield", "WF"), ("Huddersfield", "HD"),
            ("Ipswich", "IP"), ("Coventry", "CV"), ("Bolton", "BL"), ("Swindon", "SN"),
            ("Worcester", "WR"), ("Peterborough", "PE"), ("Oldham", "OL"), ("Preston", "PR")]
WALES_TOWNS = [("Llanelli", "SA"), ("Aberystwyth", "SY"), ("Bridgend", "CF"), ("Wrexham", "LL"),
               ("Caerphilly", "CF"), ("Pontypridd", "CF")]
SCOT_TOWNS = [("Kirkcaldy", "KY"), ("Paisley", "PA"), ("Dundee", "DD"), ("Inverness", "IV"),
              ("Falkirk", "FK"), ("Perth", "PH")]
NI_TOWNS = [("Lisburn", "BT"), ("Newry", "BT"), ("Coleraine", "BT"), ("Omagh", "BT"),
            ("Bangor", "BT")]
UK_STREETS = ["Thornhill Road", "Westfield Avenue", "Carr Lane", "Moorside Drive",
              "Hollins Close", "Beech Grove", "Albert Terrace", "Cemetery Road", "Kirkgate",
              "Orchard Way", "Priory Crescent", "Rydal Mount", "Sandringham Court",
              "Mill Bank Road", "Cross Flatts Grove", "Heol y Felin", "Ffordd Las",
              "Brae Street", "Kilnwick Avenue", "Chapel Fold"]
US_PLACES = [("Dayton", "OH", "454"), ("Springfield", "MO", "658"), ("Lubbock", "TX", "794"),
             ("Fresno", "CA", "937"), ("Eau Claire", "WI", "547"), ("Asheville", "NC", "288"),
             ("Boise", "ID", "837"), ("Knoxville", "TN", "379"), ("Tulsa", "OK", "741"),
             ("Duluth", "MN", "558"), ("Scranton", "PA", "185"), ("Macon", "GA", "312")]
US_STREETS = ["Sycamore Ln", "N Maple Ave", "W 14th St", "Ridgecrest Dr", "Old Mill Rd",
              "Hawthorne Ct", "E Pleasant Valley Rd", "Cottonwood Trl", "Lakeview Blvd",
              "S Elm St", "Whispering Pines Dr", "County Road 12"]
AU_PLACES = [("Blacktown", "NSW", "2148"), ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"),
             ("Frankston", "VIC", "3199"), ("Dandenong", "VIC", "3175"), ("Ipswich", "QLD", "4305"),
             ("Mackay", "QLD", "4740"), ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027"),
             ("Glenorchy", "TAS", "7010"), ("Belconnen", "ACT", "2617"), ("Toowoomba", "QLD", "4350")]
AU_STREETS = ["Bungarribee Rd", "Wattle St", "Jacaranda Cres", "Kurrajong Ave", "Banksia Dr",
              "Grevillea Pl", "Murray St", "Boronia Rd", "Waratah Pde", "Illawarra Hwy"]
CA_PLACES = [("Hamilton", "ON", "L8"), ("Sudbury", "ON", "P3"), ("Kitchener", "ON", "N2"),
             ("Kamloops", "BC", "V2"), ("Surrey", "BC", "V3"), ("Red Deer", "AB", "T4"),
             ("Lethbridge", "AB", "T1"), ("Brandon", "MB", "R7"), ("Moncton", "NB", "E1"),
             ("Sherbrooke", "QC", "J1"), ("Gatineau", "QC", "J8"), ("Halifax", "NS", "B3")]
CA_STREETS = ["Concession St", "Maple Leaf Dr", "rue Principale", "boul. des Forges",
              "Dundas St E", "Glenmore Trail", "Portage Ave", "Pembina Hwy", "Birch Bay Rd",
              "Riverside Dr W"]
IE_PLACES = [("Tullamore", "Co. Offaly", "R35"), ("Mullingar", "Co. Westmeath", "N91"),
             ("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"),
             ("Castlebar", "Co. Mayo", "F23"), ("Navan", "Co. Meath", "C15"),
             ("Clonmel", "Co. Tipperary", "E91"), ("Letterkenny", "Co. Donegal", "F92"),
             ("Naas", "Co. Kildare", "W91"), ("Dundalk", "Co. Louth", "A91")]
IE_STREETS = ["Bóthar na Trá", "Church View", "Ard na Gréine", "Main Street", "Cluain Árd",
              "The Crescent", "Páirc an Easpaig", "Ballymore Road", "Hawthorn Drive"]
NZ_PLACES = [("Ōtara", "Auckland", "2023"), ("Māngere", "Auckland", "2022"),
             ("Naenae", "Lower Hutt", "5011"), ("Hornby", "Christchurch", "8042"),
             ("Fairfield", "Hamilton", "3214"), ("Kaiti", "Gisborne", "4010"),
             ("Otumoetai", "Tauranga", "3110"), ("Aramoho", "Whanganui", "4500")]
NZ_STREETS = ["Kōwhai Street", "Rata Road", "Pōhutukawa Drive", "Tōtara Crescent",
              "Matai Place", "Huia Road", "Kauri Avenue", "Rimu Street"]


def uk_postcode(r: random.Random, area: str) -> str:
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}"


def ca_postal(r: random.Random, fsa: str) -> str:
    L = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa}{r.choice(L)} {r.randint(1, 9)}{r.choice(L)}{r.randint(0, 9)}"


def eircode(r: random.Random, key: str) -> str:
    L = "ACDEFHKNPRTVWXY"
    return f"{key} {r.choice(L)}{r.randint(0, 9)}{r.choice(L)}{r.randint(0, 9)}"


# ----------------------------------------------------------------------------------------------
# the note context


class Ctx:
    def __init__(self, seed: int, region: str) -> None:
        self.r = random.Random(seed)
        self.seed = seed
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.date = _dt.date(2024, 1, 8) + _dt.timedelta(days=self.r.randint(0, 620))

    # text / labels
    def t(self, s: str) -> Ctx:
        self.b.t(s)
        return self

    def c(self, s: str) -> Ctx:
        self.b.c(s)
        return self

    def nm(self, s: str) -> Ctx:
        self.b.p("NAME", s)
        return self

    def dt(self, d: _dt.date, f: str) -> Ctx:
        self.b.p("DATE", fd(d, f))
        return self

    def dts(self, s: str) -> Ctx:
        self.b.p("DATE", s)
        return self

    def ph(self, s: str) -> Ctx:
        self.b.p("PHONE", s)
        return self

    def id(self, s: str) -> Ctx:
        self.b.p("ID", s)
        return self

    def ad(self, s: str) -> Ctx:
        self.b.p("ADDRESS", s)
        return self

    def zp(self, s: str) -> Ctx:
        self.b.p("ZIP", s)
        return self

    def em(self, s: str) -> Ctx:
        self.b.p("EMAIL", s)
        return self

    def url(self, s: str) -> Ctx:
        self.b.p("URL", s)
        return self

    def ip(self, s: str) -> Ctx:
        self.b.p("IP", s)
        return self

    def ssn(self, s: str) -> Ctx:
        self.b.p("SSN", s)
        return self

    def age(self, a: int) -> Ctx:
        if a >= 90:
            self.b.p("AGE", str(a))
            return self
        return self.t(str(a))

    # draws
    def ch(self, seq: list[Any]) -> Any:
        return self.r.choice(seq)

    def days(self, lo: int, hi: int, base: _dt.date | None = None) -> _dt.date:
        return (base or self.date) + _dt.timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 18, hi: int = 96) -> tuple[_dt.date, int]:
        age = self.r.randint(lo, hi)
        d = self.date - _dt.timedelta(days=age * 365 + self.r.randint(10, 350))
        a = self.date.year - d.year - ((self.date.month, self.date.day) < (d.month, d.day))
        return d, a

    def _free(self, *names: str) -> bool:
        toks = {w.lower() for nme in names for w in re.split(r"[ \-]", nme) if w}
        return not toks & self.used

    def _take(self, *names: str) -> None:
        self.used |= {w.lower() for nme in names for w in re.split(r"[ \-]", nme) if w}

    def person(self, region: str | None = None, sex: str | None = None, group: str | None = None,
               faker_rate: float = 0.2, staff: bool = False) -> Person:
        r = self.r
        sex = sex or r.choice("mf")
        for _ in range(200):
            if staff and group is None:
                grp = r.choice(STAFF + REGION.get(region or self.region, ["english"]) * 2)
            else:
                grp = group or r.choice(REGION[region or self.region])
            males, females, surs = G[grp]
            loc = FAKER_LOCALE.get(region or self.region)
            if loc and not staff and group is None and r.random() < faker_rate:
                fk = _faker(loc, self.seed * 7 + len(self.used) + _)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                last = fk.last_name()
                pair = None
                grp = REGION[region or self.region][0]
                if (first in _BLOCK or last in _BLOCK or not first.isalpha()
                        or not re.fullmatch(r"[A-Z][A-Za-z'\-]+", last) or len(last) < 3):
                    continue
            else:
                first = r.choice(males if sex == "m" else females)
                sn = r.choice(surs)
                pair = sn if isinstance(sn, tuple) else None
                last = (sn[0] if sex == "m" else sn[1]) if pair else sn
            if self._free(first, last) and not (pair and not self._free(*pair)):
                self._take(first, last)
                if pair:
                    self._take(*pair)
                mid = r.choice("ABCDEFGHJKLMNPRSTW")
                p = Person(first, last, sex, mid, grp, pair)
                p.r_title = r.choice(["Mrs", "Ms", "Miss", "Mrs"])
                return p
        raise Redraw("no free name")

    def staff(self, sex: str | None = None) -> Person:
        return self.person(sex=sex, staff=True)

    def first(self, like: Person, sex: str | None = None) -> str:
        """A relative's first name from the family's group."""
        sex = sex or self.r.choice("mf")
        grp = like.group if like.group in G else "english"
        for _ in range(100):
            f = self.r.choice(G[grp][0] if sex == "m" else G[grp][1])
            if self._free(f):
                self._take(f)
                return f
        raise Redraw("no free first name")

    def relative(self, like: Person, sex: str, same_surname: bool) -> Person:
        f = self.first(like, sex)
        if same_surname:
            last = like.pair[0 if sex == "m" else 1] if like.pair else like.last
            self._take(last)
            return Person(f, last, sex, self.r.choice("ABDEJLMRS"), like.group, like.pair)
        for _ in range(100):
            sn = self.r.choice(G[like.group if like.group in G else "english"][2])
            last = (sn[0] if sex == "m" else sn[1]) if isinstance(sn, tuple) else sn
            if self._free(last):
                self._take(last)
                return Person(f, last, sex, "A", like.group)
        raise Redraw("no free surname")

    # phones
    def uk_mob(self) -> str:
        return f"07{self.r.randint(400, 999)} {self.r.randint(100000, 999999)}"

    def uk_land(self) -> str:
        r = self.r
        return r.choice([f"0113 {r.randint(200, 499)} {r.randint(1000, 9999)}",
                         f"01{r.randint(200, 999)} {r.randint(200000, 899999)}",
                         f"0300 {r.randint(100, 999)} {r.randint(1000, 9999)}"])

    def us_ph(self) -> str:
        r = self.r
        return f"({r.randint(201, 989)}) {r.randint(201, 989)}-{r.randint(1000, 9999)}"

    def au_mob(self) -> str:
        r = self.r
        return f"04{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"

    def au_land(self) -> str:
        r = self.r
        return f"({r.choice(['02', '03', '07', '08'])}) {r.randint(5000, 9899)} {r.randint(1000, 9999)}"

    def ca_ph(self) -> str:
        r = self.r
        return f"{r.choice(['416', '905', '604', '403', '204', '506', '819', '902'])}-{r.randint(201, 989)}-{r.randint(1000, 9999)}"

    def ie_mob(self) -> str:
        r = self.r
        return f"08{r.choice('35679')} {r.randint(100, 999)} {r.randint(1000, 9999)}"

    def ie_land(self) -> str:
        r = self.r
        return f"0{r.choice(['57', '44', '65', '66', '94', '46', '52', '74', '45', '42'])} {r.randint(91, 99)}{r.randint(10000, 99999)}"

    def nz_mob(self) -> str:
        r = self.r
        return f"02{r.choice('1279')} {r.randint(100, 999)} {r.randint(1000, 9999)}"

    def nz_land(self) -> str:
        r = self.r
        return f"(0{r.choice('34679')}) {r.randint(200, 999)} {r.randint(1000, 9999)}"

    # addresses
    def uk_addr(self, towns: list[tuple[str, str]] | None = None) -> tuple[str, str, str]:
        r = self.r
        town, area = r.choice(towns or UK_TOWNS)
        st = r.choice(UK_STREETS)
        line = r.choice([f"{r.randint(1, 180)} {st}", f"Flat {r.randint(1, 24)}, {r.randint(2, 90)} {st}"])
        return line, town, uk_postcode(r, area)

    def us_addr(self) -> tuple[str, str, str, str]:
        r = self.r
        city, st, z = r.choice(US_PLACES)
        line = f"{r.randint(100, 9899)} {r.choice(US_STREETS)}" + r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABC')}"])
        return line, city, st, f"{z}{r.randint(10, 99)}"

    def au_addr(self) -> tuple[str, str, str, str]:
        r = self.r
        sub, st, pc = r.choice(AU_PLACES)
        line = r.choice([f"{r.randint(1, 120)} {r.choice(AU_STREETS)}", f"{r.randint(1, 12)}/{r.randint(2, 60)} {r.choice(AU_STREETS)}"])
        return line, sub, st, pc

    def ca_addr(self, prov: str | None = None) -> tuple[str, str, str, str]:
        r = self.r
        opts = [p for p in CA_PLACES if prov is None or p[1] == prov]
        city, pv, fsa = r.choice(opts)
        line = f"{r.randint(10, 2999)} {r.choice(CA_STREETS)}"
        return line, city, pv, ca_postal(r, fsa)

    def ie_addr(self) -> tuple[str, str, str, str]:
        r = self.r
        town, co, key = r.choice(IE_PLACES)
        return f"{r.randint(1, 60)} {r.choice(IE_STREETS)}", town, co, eircode(r, key)

    def nz_addr(self) -> tuple[str, str, str, str]:
        r = self.r
        sub, city, pc = r.choice(NZ_PLACES)
        line = r.choice([f"{r.randint(1, 140)} {r.choice(NZ_STREETS)}", f"{r.randint(1, 9)}/{r.randint(2, 80)} {r.choice(NZ_STREETS)}"])
        return line, sub, city, pc


def fhir(p: Person, dob: _dt.date, ids: list[tuple[str, str]], phone: str | None = None,
         addr: tuple[str, ...] | None = None, email: str | None = None, country: str = "GB",
         given: list[str] | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": p.last, "given": given or [p.first]}],
        "gender": "male" if p.sex == "m" else "female",
        "birthDate": dob.isoformat(),
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "telecom": [],
    }
    if phone:
        res["telecom"].append({"system": "phone", "value": phone})
    if email:
        res["telecom"].append({"system": "email", "value": email})
    if addr:
        a: dict[str, Any] = {"line": [addr[0]], "city": addr[1], "country": country}
        if len(addr) == 3:
            a["postalCode"] = addr[2]
        elif len(addr) >= 4:
            a["state"], a["postalCode"] = addr[2], addr[3]
        res["address"] = [a]
    return res


def mail(p: Person, dom: str) -> str:
    def clean(s: str) -> str:
        return re.sub(r"[^a-z]", "", s.lower().translate(str.maketrans("áéíóúāēīōūąęłńśźżøñ", "aeiouaeiouaelnszzon")))
    return f"{clean(p.first)}.{clean(p.last)}{dom}"


TEMPLATES: list[tuple[str, str, Callable[[Ctx], dict[str, Any]]]] = []


def template(name: str, region: str) -> Callable[[Callable[[Ctx], dict[str, Any]]], Callable[[Ctx], dict[str, Any]]]:
    def deco(fn: Callable[[Ctx], dict[str, Any]]) -> Callable[[Ctx], dict[str, Any]]:
        TEMPLATES.append((name, region, fn))
        return fn
    return deco


UK_PRACTICES = ["Moorview Surgery", "Riverside Medical Practice", "Beech House Surgery",
                "Canal Side Health Centre", "The Parks Medical Centre", "Oakwood Lane Surgery"]
UK_PHARMACIES = ["Boots", "Well Pharmacy", "Superdrug Pharmacy", "Asda Pharmacy"]


NICKS = {"uk": ["Bunty", "Nobby", "Chalky", "Ginny", "Topsy", "Dusty"],
         "us": ["Bubba", "Sissy", "Tootie", "Skip", "Butch", "Boots"],
         "au": ["Shazza", "Robbo", "Davo", "Bluey", "Macca", "Tezza"]}


def _nick(n: Ctx, region: str) -> str:
    for _ in range(20):
        k = n.ch(NICKS[region])
        if n._free(k):
            n._take(k)
            return k
    raise Redraw("nickname")


def _ini(n: Ctx, p: Person) -> str:
    if p.ini in BAD_INITIALS:
        raise Redraw("initials")
    return p.ini


# ---------------------------------------------------------------------------------- UK (12)


@template("gp face-to-face hypertension consultation (EMIS style)", "uk")
def uk_f2f(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    dob, age = n.dob(55, 96)
    nhs = nhs_number(r)
    gp, hca, pn = n.staff(), n.staff(), n.staff(sex="f")
    dau = n.first(p, "f")
    n.nm(p.lf).t(f" ({p.r_title})   DOB ").dt(dob, "dd-Mon-yyyy").t(" (").age(age).t("y)   NHS ").id(nhs)
    n.t("\nConsultation - ").t(n.date.strftime("%a") + " ").dt(n.date, "dd-Mon-yyyy")
    n.t(" 10:20 - Surgery - Dr ").nm(gp.f_).t(" (GP Partner)\n")
    n.t("Problem: Essential hypertension (Review)\n")
    n.t("History: 3/52 intermittent occipital headaches, worse mornings. Home BP diary brought in by "
        "daughter ").nm(dau).t(", avg ").c("148/92").t(". No visual sx, no chest pain. Taking ")
    n.c("amlodipine 5mg od").t(" - says compliant, occ. forgets w/e.\n")
    n.t("Examination: BP ").c("152/94").t(" rpt ").c("146/90").t(", P ").c("76").t(" reg, BMI ")
    n.c("31.2").t(". HS I+II+0.\n")
    n.t("Comment: Imp - suboptimal control on monotherapy.\n")
    n.t("Plan: increase to ").c("amlodipine 10mg od").t(". U&E, lipids, ACR. HCA (").nm(_ini(n, hca))
    n.t(") to do ECG today. r/v 4/52 with practice nurse ").nm(pn.full)
    n.t(". Safety-netted re chest pain / SOB / severe headache -> 999.\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])


@template("gp telephone consultation with a relative on the line", "uk")
def uk_tel(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="m")
    dob, _ = n.dob(30, 85)
    mob = n.uk_mob()
    line, town, pc = n.uk_addr()
    wife = n.first(p, "f")
    reg, duty = n.staff(), n.staff()
    n.t("Telephone encounter  ").dt(n.date, "dd/mm/yyyy").t(" 16:42\n")
    n.t("Pt: Mr ").nm(p.f_).t("  DOB ").dt(dob, "dd.mm.yyyy").t("  Tel ").ph(mob).t("\n")
    n.t("Caller: wife ").nm(wife).t(" (pt present, consents to her speaking for him)\n")
    n.t("ID checked: name + DOB + 1st line of address (").ad(line).t(")\n")
    n.t("Hx: 2/7 dysuria, frequency, no loin pain, no fevers/rigors. No haematuria. "
        "Not on anticoag. NKDA.\n")
    n.t("Imp: ?lower UTI in male - MSU requested, pot to be dropped at reception.\n")
    n.t("Rx: ").c("nitrofurantoin 100mg MR bd 7/7").t(" via EPS to ").t(n.ch(UK_PHARMACIES))
    n.t(" (").ad(town).t(").\n")
    n.t("Safety-netted: rigors / flank pain / vomiting -> 111 or A&E. Will ring back on ")
    n.ph(mob).t(" with MSU result.\n")
    n.t("Dr ").nm(reg.full).t(" (GPST2) - d/w Dr ").nm(duty.last).t(" (duty GP)\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs_number(r, False))],
                mob, (line, town, pc))


@template("online consultation (e-consult) request and SMS reply", "uk")
def uk_econsult(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(19, 70)
    nhs = nhs_number(r, False)
    mob = n.uk_mob()
    email = mail(p, r.choice(["@gmail.com", "@hotmail.co.uk", "@outlook.com"]))
    partner = n.first(p, "m" if p.sex == "f" else "f")
    nav, gp = n.staff(), n.staff()
    ipaddr = f"{r.choice([81, 86, 90, 151, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    n.t("ONLINE CONSULTATION  ref ").id(f"OC-{r.randint(1000000, 9999999)}").t("  submitted ")
    n.dts(f"{n.date.isoformat()}T07:{r.randint(10, 59)}").t(" from ").ip(ipaddr).t("\n")
    n.t("Patient: ").nm(p.full).t("   DOB ").dt(dob, "dd/mm/yyyy").t("   NHS No: ").id(nhs).t("\n")
    n.t("Contact: ").ph(mob).t(" / ").em(email).t("\n")
    n.t("Q1 What do you need help with?  \"rash on both shins for about 3 weeks, itchy, "
        "my partner ").nm(partner).t(" thinks it's eczema, tried E45 no better\"\n")
    n.t("Q2 Photos attached: yes (3)\n")
    n.t("Care navigator triage: ").nm(nav.full).t(" -> routed to GP (non-urgent, photos)\n")
    n.t("GP review: Dr ").nm(gp.f_).t(" - discoid eczema likely. Rx ").c("Dermovate 0.05% ointment 30g")
    n.t(" od 2/52 then step down. Photos saved to record.\n")
    n.t("SMS sent ").dt(n.days(0, 1), "dd/mm/yy").t(" 11:02 by ").nm(_ini(n, nav))
    n.t(": \"Hi ").nm(p.first).t(", Dr ").nm(gp.last).t(" has reviewed your request. A prescription "
        "has gone to your pharmacy. If not improving book here: ")
    n.url(f"https://book.practice-online.nhs.uk/s/{r.randint(10 ** 7, 10 ** 8)}").t("\"\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], mob, None, email)


@template("clinical pharmacist structured medication review with repeat re-authorisation", "uk")
def uk_smr(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, age = n.dob(70, 98)
    nhs = nhs_number(r)
    ph = n.staff()
    carer = n.first(p, r.choice("mf"))
    line, town, pc = n.uk_addr()
    invite = n.days(-30, -14)
    n.t("STRUCTURED MEDICATION REVIEW (SMR)\n")
    n.t("Patient: ").nm(p.lfm).t("   DOB ").dt(dob, "dd/mm/yyyy").t(" (").age(age).t(")   NHS ").id(nhs)
    n.t("\nInvited by letter ").dt(invite, "d Month yyyy").t("; seen ").t(n.date.strftime("%A") + " ")
    n.dt(n.date, "dd/mm/yyyy").t(" F2F, with ").t("son " if r.random() < .5 else "carer ").nm(carer).t("\n")
    n.t("Nominated pharmacy: ").t(n.ch(UK_PHARMACIES)).t(", ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    n.t("\n\nDrug                     | Dose      | Comment\n")
    n.t("ramipril 5mg caps        | ").c("1 od").t("      | continue\n")
    n.t("omeprazole 20mg caps     | ").c("1 od").t("      | on since 2016, no ind. - trial stop\n")
    n.t("amitriptyline 10mg tabs  | ").c("2 on").t("      | falls x2 - reduce to ").c("10mg on").t("\n")
    n.t("Adcal-D3 chew tabs       | ").c("1 bd").t("      | continue\n\n")
    n.t("Bloods ").dt(n.days(-40, -10), "dd/mm/yy").t(": eGFR ").c("54").t(", K+ ").c("4.9")
    n.t(", Na ").c("137").t(". Lying/standing BP ").c("138/76").t(" -> ").c("118/70").t(".\n")
    n.t("Repeats re-authorised to ").dt(n.days(330, 365), "dd/mm/yyyy").t(". Pt and ").nm(carer)
    n.t(" happy with plan. Summary posted.\n")
    n.nm(ph.full).t(" MRPharmS, GPhC ").id(_digits(r, 7, True)).t("\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], None,
                (line, town, pc))


@template("practice nurse annual asthma review", "wales")
def wa_asthma(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(18, 75)
    nhs = nhs_number(r)
    land = n.uk_land()
    nurse = n.staff(sex="f")
    n.t("Asthma Review (Annual) - Practice Nurse - ").dt(n.date, "dd/mm/yyyy").t("\n")
    n.nm(p.fl_caps).t("    DOB ").dt(dob, "dd/mm/yyyy").t("    NHS no. ").id(nhs).t("    Home ").ph(land)
    n.t("\nACT score ").c("17/25").t(" (was ").c("21").t(" in ").dt(n.days(-380, -340), "d Mon yyyy")
    n.t("). Night waking 1-2x/wk, using SABA ~4x/wk.\n")
    n.t("Inhaler technique: MDI poor coordination - changed to spacer, re-demo'd, good.\n")
    n.t("PEFR ").c("380").t(" L/min (best ").c("450").t("). FeNO ").c("42 ppb").t(".\n")
    n.t("Smoking: ex-smoker since 2019. Vaping occ.\n")
    n.t("Rx: step up to ").c("Fostair 100/6 2 puffs bd").t(" (MART discussed). PAAP updated, copy given.\n")
    flu = n.days(7, 20)
    n.t("Flu vacc due - booked ").t(flu.strftime("%a") + " ").dt(flu, "d/m")
    n.t(". r/v 3/12 or sooner if worse. Safety-netted re red flags on PAAP.\n")
    n.nm(nurse.full).t(" RGN, Practice Nurse, ext ").ph(str(r.randint(200, 299))).t("\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], land,
                country="GB-WLS")


@template("home visit request and GP home visit note", "uk")
def uk_home_visit(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="m")
    dob, age = n.dob(84, 99)
    line, town, pc = n.uk_addr()
    recep, gp = n.staff(sex="f"), n.staff()
    carer = n.person(faker_rate=0)
    cmob = n.uk_mob()
    son = n.first(p, "m")
    nhs = nhs_number(r, False)
    n.t("HOME VISIT REQUEST - taken by ").nm(recep.first).t(" 09:05 ").t(n.date.strftime("%a") + " ")
    n.dt(n.date, "dd/mm/yyyy").t("\nPt: Mr ").nm(p.last).t(" (").nm(p.first).t(")")
    if r.random() < 0.5:
        n.t(' known as "').nm(_nick(n, "uk")).t('"')
    n.t(", ").age(age)
    n.t(", housebound. NHS ").id(nhs).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    n.t(" - key safe, code with carers\nCarer ").nm(carer.full).t(" (agency) on ").ph(cmob)
    n.t(" reports cough + more confused since yesterday, eating less.\n\n")
    n.t("VISIT - Dr ").nm(gp.fdot).t(" 13:15\nHx: as above, son ").nm(son)
    n.t(" present. Productive cough 3/7, no falls. Usual mobility frame + 1.\n")
    n.t("O/E: T ").c("37.9").t(", HR ").c("102").t(", BP ").c("108/64").t(", RR ").c("22")
    n.t(", SpO2 ").c("93%").t(" RA, NEWS2 ").c("5").t(". Coarse creps R base. Not clinically dry.\n")
    n.t("Imp: LRTI, mild delirium\n")
    n.t("Plan: ").c("doxycycline 200mg stat then 100mg od").t(" 5/7. Encourage fluids. ")
    n.t("Discussed escalation with pt and ").nm(son).t(" - ReSPECT form completed, wishes to stay "
        "at home. DN r/v tomorrow. GP r/v 48h.\n")
    n.t("Safety-netted ").nm(son).t(" and carer: worsening breathing / drowsy -> 999 or 111.\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], None, (line, town, pc))


@template("GP out-of-hours (NHS 24 / PCEC) case record", "scot")
def sc_ooh(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(1, 60)
    chi = chi_number(r, dob, p.sex)
    line, town, pc = n.uk_addr(SCOT_TOWNS)
    caller = n.relative(p, r.choice("mf"), r.random() < 0.6)
    cmob = n.uk_mob()
    ooh, own = n.staff(), n.person(faker_rate=0)
    d = n.date + _dt.timedelta(days=(5 - n.date.weekday()) % 7)
    n.t("GP OUT OF HOURS   Case No ").id(f"{r.randint(10, 99)}{r.randint(100000, 999999)}")
    n.t("   Received ").t(d.strftime("%a") + " ").dt(d, "dd/mm/yyyy").t(" 21:07 via NHS 24\n")
    n.t("Patient: ").nm(p.full).t("   CHI ").id(chi).t("   DOB ").dt(dob, "dd/mm/yyyy").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    n.t("Caller: ").nm(caller.full).t(" (").t("parent" if dob.year > d.year - 16 else "relative")
    n.t(") on ").ph(cmob).t("\nNHS 24 disposition: PCEC appt within 2h\n\n")
    n.t("Seen PCEC 22:30 - Dr ").nm(ooh.full).t("\nHx: fever 2/7, sore throat, not eating well, "
        "fluids ok. PU x3 today.\nO/E: T ").c("38.4").t(", HR ").c("112").t(", CRT ").c("<2s")
    n.t(". Tonsils enlarged with exudate, tender ant. cervical LNs. FeverPAIN ").c("4").t(".\n")
    n.t("Imp: acute tonsillitis\nPlan: ").c("phenoxymethylpenicillin 500mg qds 10/7")
    n.t(" (dose checked), regular paracetamol. Safety-netted ").nm(caller.first)
    n.t(" re drooling / SOB / unable to swallow fluids.\n")
    n.t("Message to own GP: Dr ").nm(own.f_).t(", ").t(n.ch(UK_PRACTICES)).t(".\n")
    return fhir(p, dob, [("http://www.scot.nhs.uk/chi", chi)], None, (line, town, pc),
                country="GB-SCT")


@template("fit note (MED3) record and employer e-mail", "uk")
def uk_fitnote(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(22, 64)
    nhs = nhs_number(r)
    gp = n.staff()
    hr = n.person(faker_rate=0)
    dom = r.choice(["@brightwell-logistics.co.uk", "@northgatecare.org.uk", "@halfordsretail.com"])
    start, end = n.date, n.date + _dt.timedelta(days=r.choice([13, 20, 27]))
    n.t("Fit note (MED3) issued ").dt(n.date, "dd/mm/yyyy").t("\n")
    n.t("Patient: ").t(p.title + " ").nm(p.f_).t(", NHS ").id(nhs).t(", DOB ").dt(dob, "dd/mm/yy").t("\n")
    n.t("Assessed: ").dt(n.days(-1, 0), "dd/mm/yyyy").t(" by telephone\n")
    n.t("Condition: low back pain with L sciatica\n")
    n.t("[x] May be fit for work taking account of: [x] phased return [x] amended duties\n")
    n.t("Comments: no lifting > ").c("10kg").t(", able to sit/stand as needed.\n")
    n.t("From ").dt(start, "dd/mm/yyyy").t(" to ").dt(end, "dd/mm/yyyy").t(". Follow-up needed: yes\n")
    n.t("Issued by: Dr ").nm(gp.full).t(", GMC ").id(_digits(r, 7)).t("\n\n")
    n.t("-- Email received ").dt(n.days(2, 4), "dd/mm/yyyy").t(" from ").nm(hr.full).t(" <")
    n.em(mail(hr, dom)).t(">\n\"Hi, could the surgery confirm whether ").nm(p.first)
    n.t(" can drive a forklift on amended duties? Their fit note runs to ").dt(end, "dd/mm")
    n.t(".\"\nReply (admin): we cannot release info without written consent from the patient; "
        "consent form sent to pt by SMS.\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))])


@template("referral letter out to the memory assessment service", "uk")
def uk_memory_ref(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    dob, age = n.dob(80, 97)
    nhs = nhs_number(r)
    line, town, pc = n.uk_addr()
    pl, ptown, ppc = n.uk_addr()
    prac_tel = n.uk_land()
    dau = n.relative(p, "f", False)
    dmob = n.uk_mob()
    gp = n.staff()
    n.t(n.ch(UK_PRACTICES)).t("\n").ad(pl.split(", ")[-1]).t(", ").ad(ptown).t(" ").zp(ppc)
    n.t("\nTel ").ph(prac_tel).t("\n\n").dt(n.date, "d Month yyyy").t("\n\n")
    n.t("Memory Assessment Service\nDear colleague,\n\n")
    n.t("Re: ").t(p.r_title + " ").nm(p.f_).t("   DOB ").dt(dob, "dd/mm/yyyy").t("   NHS ").id(nhs)
    n.t("\n    ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    n.t("Thank you for seeing this ").age(age).t("-year-old lady who attended with her daughter ")
    n.nm(dau.full).t(" (LPA health & welfare, registered). Over ~12 months increasing "
        "forgetfulness, repeating questions, missed ").nm(dau.first).t("'s birthday, two "
        "episodes of leaving the gas on.\n")
    n.t("6CIT ").c("14/28").t(". Bloods ").dt(n.days(-21, -7), "dd/mm/yy").t(" incl B12, folate, "
        "TFT, Ca, HbA1c unremarkable; eGFR ").c("58").t(". No depression on PHQ-9 (").c("4").t(").\n")
    n.t("Meds: ").c("bisoprolol 2.5mg od").t(", ").c("atorvastatin 20mg on").t(". Lives alone, "
        "carers nil, ").nm(dau.first).t(" visits daily.\n")
    n.t(f"{p.r_title} ").nm(p.last).t(" is happy to be referred. Please contact ").nm(dau.first)
    n.t(" on ").ph(dmob).t(" to arrange.\n\nYours sincerely\n\nDr ").nm(gp.full).t(" MRCGP\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))], None,
                (line, town, pc))


@template("pathology results workflow with AccuRx SMS", "uk")
def uk_results(n: Ctx) -> dict[str, Any]:
    r = n.r
    gp = n.staff()
    g = _ini(n, gp)
    pts = [n.person(faker_rate=0.1) for _ in range(r.randint(3, 5))]
    dob, _ = n.dob(25, 88)
    nhs0 = nhs_number(r)
    mob = n.uk_mob()
    tel = n.uk_land()
    n.t("Pathology results - workflow - filed by Dr ").nm(gp.f_).t(" ").t(n.date.strftime("%a") + " ")
    n.dt(n.date, "dd/mm/yyyy").t("\n| Patient | NHS no | Test | Result | Action | By |\n")
    rows = [("FBC", "Hb ", "98 g/L", "Book GP appt - SMS"), ("U&E", "K+ ", "4.2", "No action"),
            ("HbA1c", "", "52 mmol/mol", "Nurse r/v 3/12"), ("TFT", "TSH ", "6.8", "Repeat 6/52"),
            ("LFT", "ALT ", "61", "Repeat 3/12 + USS")]
    for i, q in enumerate(pts):
        test, lab, val, act = rows[i]
        n.t("| ").nm(q.lf).t(" | ").id(nhs0 if i == 0 else nhs_number(r)).t(f" | {test} | {lab}")
        n.c(val).t(f" | {act} | ").nm(g).t(" |\n")
    n.t("\nAccuRx SMS to ").nm(pts[0].full).t(" (").ph(mob).t(") 11:14: \"Hi ").nm(pts[0].first)
    n.t(", your recent blood test needs a follow-up appointment with a doctor (not urgent). "
        "Please call ").ph(tel).t(" or reply to this message.\" - sent by ").nm(g).t("\n")
    return fhir(pts[0], dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs0.replace(" ", ""))], mob)


@template("new patient registration (GMS1) and GP2GP record transfer log", "uk")
def uk_registration(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    maiden = n.relative(p, "f", False).last
    dob, _ = n.dob(18, 80)
    nhs = nhs_number(r, False)
    line, town, pc = n.uk_addr()
    oline, otown, opc = n.uk_addr()
    mob = n.uk_mob()
    email = mail(p, "@yahoo.co.uk")
    oldgp = n.person(faker_rate=0)
    clerk = n.staff()
    c = _ini(n, clerk)
    n.t("NEW PATIENT REGISTRATION - GMS1 (online form)\n")
    n.t("Surname: ").nm(p.last.upper()).t("   First name(s): ").nm(p.first).t("   Previous surname: ")
    n.nm(maiden).t("\nDOB: ").dt(dob, "dd/mm/yyyy").t("   Sex: F   NHS No: ").id(nhs).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nMobile: ").ph(mob)
    n.t("   Email: ").em(email).t("\nPrevious address: ").ad(oline).t(", ").ad(otown).t(" ").zp(opc)
    n.t("\nPrevious GP: Dr ").nm(oldgp.f_).t(", ").ad(otown).t("\n")
    n.t("Armed forces: no.  Organ donor: yes.\n\n")
    n.t("Registered ").dt(n.date, "dd/mm/yyyy").t(" by ").nm(c)
    n.t("; GP2GP transfer requested ").dt(n.days(1, 2), "dd/mm/yy").t(", received ")
    n.dt(n.days(3, 8), "dd/mm/yy").t(" - integrated, 4 degraded attachments.\n")
    n.t("Paper notes (Lloyd George) requested via PCSE, ref ").id(f"PCSE{r.randint(1000000, 9999999)}")
    n.t(". New patient check booked w/c ").dt(n.days(9, 15), "dd/mm").t(" with HCA.\n")
    return fhir(p, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], mob, (line, town, pc), email)


@template("complaint e-mail to the practice and acknowledgement letter", "ni")
def ni_complaint(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="m", region="ni")
    dob, age = n.dob(70, 95)
    hc = hc_number_ni(r)
    son = n.relative(p, "m", True)
    pm, gp = n.person(region="ni", faker_rate=0), n.person(region="ni", faker_rate=0)
    email = mail(son, r.choice(["@btinternet.com", "@gmail.com"]))
    tel = f"028 {r.randint(9020, 9299)} {r.randint(1000, 9999)}"
    line, town, pc = n.uk_addr(NI_TOWNS)
    sent = n.date
    n.t("From: ").nm(son.full).t(" <").em(email).t(">\nSent: ").t(sent.strftime("%A") + ", ")
    n.dt(sent, "d Month yyyy").t(" 21:14\nTo: ").em(f"reception.{r.choice(['glenside', 'clanrye', 'ballyholme'])}@hscni.net")
    n.t("\nSubject: Complaint - my father ").nm(p.full).t(" H&C ").id(hc).t("\n\n")
    n.t("My father (").age(age).t(") waited 3 hours on the phone on ").dt(n.days(-9, -5), "dth Month")
    n.t(" and was then told there were no appointments. He was admitted to the Ulster the next day. "
        "Dr ").nm(gp.last).t(" had said to ring if things got worse. I would like an explanation.\n\n")
    n.t("--- Acknowledgement letter ").dt(n.days(1, 3), "d Month yyyy").t("\n")
    n.t("Mr ").nm(son.f_).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\nDear Mr ")
    n.nm(son.last).t(",\nThank you for your e-mail. With your father's consent (form enclosed) "
        "the practice manager, ").nm(pm.full).t(", will investigate and reply by ")
    n.dt(n.days(14, 20), "d Month yyyy").t(". You may also contact the Patient Client Council.\n")
    n.t("Practice tel ").ph(tel).t("\n")
    return fhir(p, dob, [("urn:hscni:hc-number", hc.replace(" ", ""))], None, None,
                country="GB-NIR")


# ---------------------------------------------------------------------------------- US (10)


def _mrn(r: random.Random) -> str:
    return str(r.randint(1000000, 99999999))


def _mbi(r: random.Random) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}"
            f"{r.choice(L)}{r.choice(L + '0123456789')}{r.randint(0, 9)}{r.choice(L)}{r.choice(L)}"
            f"{r.randint(0, 9)}{r.randint(0, 9)}")


@template("Medicare annual wellness visit (family medicine)", "us")
def us_awv(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, age = n.dob(66, 97)
    mrn, mbi = _mrn(r), _mbi(r)
    md, ma = n.person(faker_rate=0), n.staff(sex="f")
    dau = n.relative(p, "f", False)
    n.t("FAMILY MEDICINE - MEDICARE ANNUAL WELLNESS VISIT (subsequent)\n")
    n.t("Patient: ").nm(p.lfm)
    if r.random() < 0.5:
        n.t(' "').nm(_nick(n, "us")).t('"')
    n.t("   MRN: ").id(mrn).t("   DOB: ").dt(dob, "mm/dd/yyyy")
    n.t("   Age: ").age(age).t(" y\nMBI: ").id(mbi).t("   DOS: ").dt(n.date, "mm/dd/yyyy").t("\n")
    n.t("PCP: ").nm(md.full).t(", MD   Roomed by: ").nm(ma.first).t(", CMA\n\n")
    n.t("Accompanied by daughter ").nm(dau.full).t(" (HCPOA).\n")
    n.t("HRA reviewed. Falls: 1 in past yr (no injury). PHQ-2 ").c("0").t(". Mini-Cog ").c("4/5").t(".\n")
    n.t("Vitals: BP ").c("134/78").t(", HR ").c("68").t(", Wt ").c("142 lb").t(", BMI ").c("24.6")
    n.t(", Vision ").c("20/30 OU").t("\n")
    n.t("Screening: colonoscopy aged out; DEXA ").dt(n.days(-800, -500), "m/d/yyyy").t(" T-score ")
    n.c("-2.1").t("; AAA n/a. Immunizations: Shingrix #2 ").dt(n.days(-400, -200), "m/d/yy")
    n.t(", RSV given today (lot in MAR).\n")
    n.t("Advance directive on file, POLST reviewed with ").nm(dau.first).t(".\n")
    n.t("Plan: personalized prevention plan printed. Home safety eval referral. RTC 12 mo / PRN.\n")
    n.t("Electronically signed: ").nm(md.fml).t(", MD ").dt(n.date, "mm/dd/yyyy").t(" 16:05\n")
    return fhir(p, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mbi)], country="US")


@template("nurse telephone triage encounter (protocol-based)", "us")
def us_phone_triage(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    dob, _ = n.dob(1, 12)
    mom = n.relative(p, "f", r.random() < .7)
    ph = n.us_ph()
    rn, md = n.staff(), n.person(faker_rate=0)
    mrn = _mrn(r)
    n.t("TELEPHONE ENCOUNTER   ").dt(n.date, "mm/dd/yy").t(" 08:12\n")
    n.t("Patient: ").nm(p.lf.upper() if r.random() < .5 else p.lf).t("  MRN ").id(mrn)
    n.t("  DOB ").dt(dob, "m/d/yyyy").t("\nCaller: mother, ").nm(mom.full).t("  Callback: ").ph(ph)
    n.t("\nReason: fever x 2 days\nProtocol: Fever - Pediatric (after-hours)\n")
    n.t("Tmax ").c("102.8 F").t(" last night, ibuprofen given ").c("7.5 mL").t(". Drinking, 3 wet "
        "diapers since midnight. No rash, no stiff neck, no trouble breathing. Pulling at R ear.\n")
    n.t("Disposition: see today within 24 h. Appt made 10:40 w/ ").nm(md.f_).t(", DO.\n")
    n.t("Care advice given per protocol; call back / ED if lethargic, not drinking, or rash. "
        "Mom ").nm(mom.first).t(" verbalized understanding.\n")
    n.nm(rn.full).t(", RN\n")
    return fhir(p, dob, [("urn:mrn", mrn)], ph, country="US")


@template("refill request with controlled-substance agreement and PDMP check", "us")
def us_refill(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(30, 80)
    mrn = _mrn(r)
    md = n.person(faker_rate=0)
    ma = n.staff()
    line, city, st, z = n.us_addr()
    fax = n.us_ph()
    n.t("Rx REFILL REQUEST (pharmacy e-request)   rec'd ").dt(n.date, "mm/dd/yyyy").t("\n")
    n.t("Pt: ").nm(p.lfc).t("   DOB ").dt(dob, "mm/dd/yyyy").t("   MRN ").id(mrn).t("\n")
    n.t("Pharmacy: Walgreens #").t(str(r.randint(1000, 19999))).t(", ").ad(line.split(" Apt")[0])
    n.t(", ").ad(city).t(f", {st} ").zp(z).t("  Fax ").ph(fax).t("\n")
    n.t("Requested: ").c("tramadol 50 mg tab, 1 po q12h prn, #60").t("\n")
    n.t("Last filled ").dt(n.days(-35, -28), "m/d/yy").t(" (#60). Last OV ").dt(n.days(-100, -60), "m/d/yy")
    n.t(". CSA signed ").dt(n.days(-400, -300), "mm/dd/yyyy").t(". UDS ").dt(n.days(-200, -120), "m/d")
    n.t(" appropriate.\nPDMP checked by ").nm(ma.full).t(", MA ").dt(n.date, "m/d").t(": single "
        "prescriber, no overlaps. MME ").c("20").t("/day.\n")
    n.t("Routed to ").nm(md.f_).t(", MD -> approved x1, needs OV before next fill. Pt notified via "
        "portal.\n")
    n.t("Also req: ").c("lisinopril 20 mg daily #90 RF3").t(" - approved per protocol.\n")
    return fhir(p, dob, [("urn:mrn", mrn)], country="US")


@template("patient-portal message thread (family medicine)", "us")
def us_portal(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(25, 70)
    mrn = _mrn(r)
    ma, md = n.staff(), n.person(faker_rate=0)
    spouse = n.first(p, "m" if p.sex == "f" else "f")
    thr = str(r.randint(10 ** 8, 10 ** 9))
    n.t("MyChart message thread #").id(thr).t("   Patient: ").nm(p.fml).t("  (MRN ").id(mrn)
    n.t(", DOB ").dt(dob, "m/d/yyyy").t(")\n\n")
    d1 = n.date
    n.t("[").dt(d1, "mm/dd/yyyy").t(" 9:47 PM] From patient: hi, i've had a UTI again, this is "
        "the 3rd since ").dt(n.days(-120, -90), "Month d").t(". ").nm(spouse)
    n.t(" picked up a home test and it's positive for nitrites. can dr ").nm(md.last.lower())
    n.t(" send something in? thanks ").nm(p.first.lower()).t("\n\n")
    n.t("[").dt(n.days(1, 1), "mm/dd/yyyy").t(" 8:21 AM] ").nm(ma.first).t(" (CMA): Hi ")
    n.nm(p.first).t(", I've routed this to Dr. ").nm(md.last).t(". Any fever, back pain or blood?\n\n")
    n.t("[").dt(n.days(1, 1), "mm/dd/yyyy").t(" 12:05 PM] ").nm(md.fml).t(", MD: Sent ")
    n.c("nitrofurantoin 100 mg bid x 5 days").t(". With 3 in 4 months let's get a urine culture "
        "and a visit - please schedule a 20-min appt.\n")
    return fhir(p, dob, [("urn:mrn", mrn)], country="US")


@template("well-child visit immunization record with state registry", "us")
def us_vaccine(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob = n.date - _dt.timedelta(days=r.choice([122, 183, 366, 457, 1461]) + r.randint(0, 20))
    dad = n.relative(p, "m", True)
    mom = n.first(p, "f")
    mrn = _mrn(r)
    iis = str(r.randint(10 ** 7, 10 ** 9))
    rn, md = n.staff(), n.person(faker_rate=0)
    line, city, st, z = n.us_addr()
    ph = n.us_ph()
    n.t("IMMUNIZATION ADMINISTRATION RECORD   ").dt(n.date, "mm/dd/yyyy").t("\n")
    n.t("Child: ").nm(p.lf).t("   DOB ").dt(dob, "mm/dd/yyyy").t("   MRN ").id(mrn)
    n.t("   State IIS ID ").id(iis).t("\nAddress: ").ad(line).t(", ").ad(city).t(f", {st} ").zp(z)
    n.t("\nParent/guardian present: ").nm(dad.full).t(" (father), ").ph(ph)
    n.t(". Mother ").nm(mom).t(" on speaker for consent questions.\nVFC eligible: Y (Medicaid)\n")
    n.t("VIS given and reviewed. No contraindications on screening questionnaire.\n\n")
    n.t("Vaccine          Dose      Route/Site   Given by\n")
    n.t("DTaP-IPV-Hib-HepB ").c("0.5 mL").t("   IM R thigh   ").nm(_ini(n, rn)).t("\n")
    n.t("PCV20             ").c("0.5 mL").t("   IM L thigh   ").nm(_ini(n, rn)).t("\n")
    n.t("Rotavirus         ").c("2 mL").t("     PO           ").nm(_ini(n, rn)).t("\n\n")
    n.t("Observed 15 min, no reaction. Next due ").dt(n.days(58, 62), "m/d/yy")
    n.t(". Submitted to IIS. ").nm(rn.full).t(", LPN  /  ordering ").nm(md.f_).t(", MD\n")
    return fhir(p, dob, [("urn:mrn", mrn), ("urn:state-iis", iis)], ph, (line, city, st, z),
                country="US")


@template("sports pre-participation physical evaluation form", "us")
def us_sports(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="m")
    dob, _ = n.dob(14, 17)
    mrn = _mrn(r)
    mom = n.relative(p, "f", r.random() < 0.6)
    coach = n.person(faker_rate=0)
    md = n.person(faker_rate=0)
    ph = n.us_ph()
    n.t("PREPARTICIPATION PHYSICAL EVALUATION - PHYSICAL EXAMINATION FORM\n")
    n.t("Name: ").nm(p.full).t("   Date of birth: ").dt(dob, "mm/dd/yyyy").t("   MRN ").id(mrn)
    n.t("\nSport(s): football, track   Grade: 10\nParent: ").nm(mom.full).t("  Ph ").ph(ph).t("\n")
    n.t("History form reviewed ").dt(n.date, "m/d/yy").t(" - Q5 (chest pain with exercise): no; "
        "Q13 (family sudden death < 35): no.\n")
    n.t("Ht ").c("5' 10\"").t("  Wt ").c("168 lb").t("  BP ").c("118/72").t("  P ").c("64")
    n.t("  Vision R ").c("20/20").t(" L ").c("20/25").t("\n")
    n.t("Cardio: no murmur supine/standing/Valsalva. MSK: mild L ankle laxity (sprain ").dt(n.days(-200, -100), "m/d")
    n.t(").\n")
    n.t("[x] Medically eligible for all sports without restriction\n")
    n.t("Coach ").nm(coach.f_).t(" may contact office re ankle brace.\n")
    n.t("Name of health care professional: ").nm(md.full).t(", MD   Date ").dt(n.date, "mm/dd/yyyy").t("\n")
    return fhir(p, dob, [("urn:mrn", mrn)], ph, country="US")


@template("referral coordinator note for an outgoing specialty referral", "us")
def us_referral(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(40, 75)
    mrn = _mrn(r)
    member = f"{r.choice(['XEH', 'W', 'ZGP', 'MCD'])}{r.randint(10 ** 8, 10 ** 9)}"
    coord, md, spec = n.staff(), n.person(faker_rate=0), n.person(faker_rate=0)
    ph = n.us_ph()
    sfax = n.us_ph()
    refno = f"REF-{r.randint(100000, 999999)}"
    n.t("REFERRAL COORDINATION NOTE\n")
    n.t("Pt: ").nm(p.lf).t("  DOB ").dt(dob, "mm/dd/yyyy").t("  MRN ").id(mrn).t("\n")
    n.t("Ins: BCBS PPO  Member ID ").id(member).t("\nReferral ").id(refno).t(" ordered by ")
    n.nm(md.full).t(", MD on ").dt(n.days(-6, -3), "mm/dd/yyyy").t("\n")
    n.t("To: GI - Dr. ").nm(spec.full).t(" (in network)  Fax ").ph(sfax).t("\n")
    n.t("Dx: iron deficiency anemia, Hgb ").c("9.8 g/dL").t(", ferritin ").c("6 ng/mL")
    n.t(" - EGD/colonoscopy requested\n\n")
    n.dt(n.days(-2, -2), "m/d").t(" ").nm(_ini(n, coord)).t(": records + labs faxed, "
        "confirmation rec'd.\n")
    appt = n.days(14, 24)
    n.dt(n.date, "mm/dd").t(" ").nm(_ini(n, coord)).t(": spoke w/ pt at ").ph(ph)
    n.t(", appt ").t(appt.strftime("%a") + " ").dt(appt, "m/d/yy")
    n.t(" 1:30 PM given. Pt aware of bowel prep instructions to come from GI.\n")
    n.nm(coord.full).t(", Referral Coordinator\n")
    return fhir(p, dob, [("urn:mrn", mrn), ("urn:payer-member", member)], ph, country="US")


@template("FMLA certification of a serious health condition (WH-380-E) as completed", "us")
def us_fmla(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(25, 62)
    mrn = _mrn(r)
    ss = ssn(r)
    hr = n.person(faker_rate=0)
    md = n.person(faker_rate=0)
    office = n.us_ph()
    line, city, st, z = n.us_addr()
    onset = n.days(-20, -10)
    n.t("FMLA - CERTIFICATION OF HEALTH CARE PROVIDER (employee's serious health condition)\n")
    n.t("Employer contact: ").nm(hr.full).t(", HR Benefits  ").em(mail(hr, "@tri-county-freight.com"))
    n.t("\nEmployee name: ").nm(p.fml).t("   SSN: ").ssn(ss).t("   DOB: ").dt(dob, "mm/dd/yyyy")
    n.t("\nChart #").id(mrn).t("\n\nPart A - Provider: ").nm(md.full).t(", MD  Family Medicine  ")
    n.ad(line.split(" Apt")[0]).t(", ").ad(city).t(f", {st} ").zp(z).t("  Tel ").ph(office).t("\n")
    n.t("Part B - Condition began ").dt(onset, "mm/dd/yyyy").t("; inpatient ").dt(onset, "m/d")
    n.t(" - ").dt(n.days(-8, -6), "m/d").t(" (pneumonia, sepsis). Follow-up visits ")
    n.dt(n.days(0, 0), "m/d/yy").t(" and ").dt(n.days(14, 14), "m/d/yy").t(".\n")
    n.t("Incapacity: ").dt(onset, "m/d/yy").t(" through ").dt(n.days(14, 21), "m/d/yy")
    n.t(", then reduced schedule 4 h/day x 2 wks.\n")
    n.t("Signature: ").nm(md.fml).t(", MD   Date: ").dt(n.date, "mm/dd/yyyy").t("\n")
    n.t("Form faxed to HR ").dt(n.date, "m/d").t("; copy to patient portal. Fee waived.\n")
    return fhir(p, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-ssn", ss)], country="US")


@template("lab result note with patient call documentation", "us")
def us_results(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, age = n.dob(45, 96)
    mrn = _mrn(r)
    np_, rn = n.person(faker_rate=0), n.staff()
    son = n.relative(p, "m", True)
    ph = n.us_ph()
    acc = f"{r.choice(['L', 'C'])}{r.randint(24, 25)}-{r.randint(100000, 999999)}"
    n.t("RESULT NOTE   ").nm(p.lf.upper()).t("  ").age(age).t(" y.o.  MRN ").id(mrn)
    n.t("  DOB ").dt(dob, "mm/dd/yyyy").t("\nAccession ").id(acc).t("  collected ").dt(n.days(-2, -1), "mm/dd/yyyy")
    n.t("\nBMP: Na ").c("128").t(" (L), K ").c("5.4").t(" (H), Cr ").c("1.62").t(" (baseline ")
    n.c("1.1").t(" on ").dt(n.days(-200, -150), "m/d/yy").t("), eGFR ").c("39").t("\n\n")
    n.nm(np_.full).t(", FNP-C: Likely HCTZ + lisinopril. Hold ").c("HCTZ 25 mg")
    n.t(", repeat BMP in 1 wk, increase fluids moderately. Please call pt.\n\n")
    n.t("Call ").dt(n.date, "m/d").t(" 2:15 PM - ").nm(rn.full).t(", RN: pt hard of hearing, spoke "
        "with son ").nm(son.first).t(" (on HIPAA release) at ").ph(ph).t(". Instructions read back. "
        "Lab order placed for ").dt(n.days(7, 8), "m/d").t(".\n")
    return fhir(p, dob, [("urn:mrn", mrn)], country="US")


@template("authorization for release of records to a new practice", "us")
def us_records(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(20, 80)
    ss = ssn(r)
    mrn = _mrn(r)
    line, city, st, z = n.us_addr()
    ph = n.us_ph()
    email = mail(p, r.choice(["@gmail.com", "@yahoo.com", "@icloud.com"]))
    newdoc = n.person(faker_rate=0)
    nline, ncity, nst, nz = n.us_addr()
    nfax = n.us_ph()
    clerk = n.staff()
    n.t("AUTHORIZATION FOR USE OR DISCLOSURE OF PROTECTED HEALTH INFORMATION\n")
    n.t("Patient name: ").nm(p.fml).t("   Other names used: ").nm(n.relative(p, p.sex, False).last)
    n.t(" (prior)\nDOB: ").dt(dob, "mm/dd/yyyy").t("   SSN: ").ssn(ss).t("   Acct/MRN: ").id(mrn)
    n.t("\nAddress: ").ad(line).t(", ").ad(city).t(f", {st} ").zp(z).t("\nPhone: ").ph(ph)
    n.t("   Email: ").em(email).t("\n")
    n.t("Release TO: ").nm(newdoc.full).t(", DO, ").ad(nline.split(" Apt")[0]).t(", ").ad(ncity)
    n.t(f", {nst} ").zp(nz).t("  Fax ").ph(nfax).t("\n")
    n.t("Information: last 2 yrs office notes, labs, imaging, immunizations. [ ] psychotherapy "
        "notes  [x] exclude SUD records\nPurpose: continuity of care (moving)\n")
    n.t("Expires: ").dt(n.days(180, 180), "mm/dd/yyyy").t("\nSignature on file ")
    n.dt(n.date, "mm/dd/yyyy").t("\n\nROI log: processed ").dt(n.days(2, 5), "m/d/yy").t(" by ")
    n.nm(clerk.full).t(", 143 pages faxed, confirmation on file.\n")
    return fhir(p, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-ssn", ss)], ph,
                (line, city, st, z), email, country="US")


# ---------------------------------------------------------------------------------- AU (6)

AU_CLINICS = ["Wattle Grove Family Practice", "Bayside Medical Centre", "Ironbark GP Clinic",
              "Northside Family Doctors"]


def _prov(r: random.Random) -> str:
    return f"{r.randint(200000, 499999)}{r.choice('ABCDEFHJKLTWXY')}{r.choice('ABCDEFHJKLTWXY')}"


@template("GP management plan and team care arrangement review", "au")
def au_gpmp(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(50, 85)
    med = medicare_au(r)
    gp, pod, diet = n.person(faker_rate=0), n.staff(), n.staff()
    l1, s1, st1, pc1 = n.au_addr()
    l2, s2, st2, pc2 = n.au_addr()
    n.t("GP MANAGEMENT PLAN (721) / TEAM CARE ARRANGEMENTS (723)\n")
    n.t("Patient: ").nm(p.fl_caps)
    if r.random() < 0.5:
        n.t(' (prefers "').nm(_nick(n, "au")).t('")')
    n.t("   DOB: ").dt(dob, "dd/mm/yyyy").t("   Medicare: ").id(med)
    n.t(" / 1\nGP: Dr ").nm(gp.full).t("  Provider no. ").id(_prov(r)).t("   Date: ").dt(n.date, "dd/mm/yyyy")
    n.t("\n\nCondition        | Goal                       | Action\n")
    n.t("T2DM             | HbA1c < ").c("7%").t(" (now ").c("8.1%").t(")    | diet r/v, metformin XR\n")
    n.t("CKD 3a           | BP < ").c("130/80").t(" (now ").c("142/86").t(")  | ACEi uptitrate\n")
    n.t("Obesity          | wt loss ").c("5 kg").t("             | dietitian x2\n\n")
    n.t("TCA providers (5 Medicare-rebated visits/yr):\n")
    n.t("- Podiatrist: ").nm(pod.full).t(", ").ad(l1).t(", ").ad(s1).t(f" {st1} ").zp(pc1).t("\n")
    n.t("- Dietitian (APD): ").nm(diet.full).t(", ").ad(l2).t(", ").ad(s2).t(f" {st2} ").zp(pc2).t("\n")
    n.t("Copy given to patient; consent to share obtained. Review (732) due ").dt(n.days(90, 100), "d/m/yy")
    n.t(".\n")
    return fhir(p, dob, [("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", ""))],
                country="AU")


@template("telehealth phone consult with eScript token sent", "au")
def au_telehealth(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(20, 70)
    med = medicare_au(r, False)
    mob = n.au_mob()
    gp = n.person(faker_rate=0)
    line, sub, st, pc = n.au_addr()
    n.t(n.ch(AU_CLINICS)).t(" - TELEHEALTH (phone) consult ").dt(n.date, "dd/mm/yyyy").t(" 14:20\n")
    n.t("Pt ").nm(p.full).t(", DOB ").dt(dob, "d/m/yyyy").t(", Medicare ").id(med).t("-")
    n.t(str(r.randint(1, 4))).t("\nIdentity confirmed (name, DOB, address: ").ad(line).t(", ").ad(sub).t(")\n")
    n.t("Consent for telehealth obtained. Established pt (seen in rooms ").dt(n.days(-200, -40), "d/m/yy")
    n.t(").\nS: flare of gout R 1st MTPJ 2/7, same as before. No fever.\n")
    n.t("A: acute gout, eGFR ").c("72").t(" (").dt(n.days(-60, -30), "d Mon yyyy")
    n.t(")\nP: ").c("colchicine 500mcg 2 tabs stat, 1 tab 1h later, then 1 bd").t(", max 3 days. "
        "Urate + FBC/UEC request emailed. F2F r/v 2/52 to discuss allopurinol.\n")
    n.t("eScript token sent by SMS to ").ph(mob).t(" - token URL ")
    n.url(f"https://ausscripts.erx.com.au/scripts/{r.randint(16 ** 17, 16 ** 18):X}")
    n.t("\nDr ").nm(gp.f_).t(" (MBBS FRACGP)\n")
    return fhir(p, dob, [("http://ns.electronichealth.net.au/id/medicare-number", med)], mob,
                (line, sub, st, pc), country="AU")


@template("community pharmacist UTI prescribing consultation record", "au")
def au_pharmacy(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    dob, _ = n.dob(19, 64)
    mob = n.au_mob()
    pharm = n.staff()
    gp = n.person(faker_rate=0)
    ahpra = f"PHA000{r.randint(1000000, 9999999)}"
    n.t("UNCOMPLICATED UTI - PHARMACIST CONSULTATION RECORD (QLD)\n")
    n.t("Date: ").dt(n.date, "dd/mm/yyyy").t("   Pharmacy: Chemist Warehouse (consult room)\n")
    n.t("Patient: ").nm(p.lfc).t("   DOB: ").dt(dob, "dd/mm/yyyy").t("   Mobile: ").ph(mob).t("\n")
    n.t("Usual GP: Dr ").nm(gp.fdot).t(" (consent to send summary: Y)\n")
    n.t("Inclusion: female 18-65, dysuria + frequency 1/7. Exclusions checked: not pregnant "
        "(LMP ").dt(n.days(-18, -10), "d/m").t("), no fever/flank pain, no UTI in last 3/12, no "
        "catheter.\n")
    n.t("Supplied: ").c("trimethoprim 300mg nocte x 3 days").t(". Counselled re fluids, "
        "ural not with ABx.\n")
    n.t("Advised see GP if not better in 48h. Summary faxed to GP.\n")
    n.t("Pharmacist: ").nm(pharm.full).t("  AHPRA ").id(ahpra).t("\n")
    return fhir(p, dob, [], mob, country="AU")


@template("residential aged-care vaccination clinic record (AIR upload)", "au")
def au_vacc(n: Ctx) -> dict[str, Any]:
    r = n.r
    rn = n.staff()
    gp = n.person(faker_rate=0)
    pts = [n.person(faker_rate=0.1) for _ in range(3)]
    ages = [r.randint(78, 101) for _ in range(3)]
    dobs = [n.date - _dt.timedelta(days=a * 365 + r.randint(20, 340)) for a in ages]
    poa = n.relative(pts[1], "f", False)
    ih0 = ihi(r)
    n.t("RACF VACCINATION CLINIC - ").t(n.date.strftime("%A") + " ").dt(n.date, "d Month yyyy")
    n.t("\nImmuniser: ").nm(rn.full).t(" RN (authorised immuniser)  GP on call: Dr ").nm(gp.last).t("\n\n")
    n.t("Resident            | DOB         | Age | IHI                 | Vaccine        | Consent\n")
    for i, q in enumerate(pts):
        n.nm(q.lf).t(" | ").dt(dobs[i], "dd/mm/yyyy").t(" | ").age(ages[i]).t(" | ")
        n.id(ih0 if i == 0 else ihi(r)).t(" | ").t(["Fluad Quad ", "Comirnaty ", "Arexvy "][i])
        n.c(["0.5 mL", "0.3 mL", "0.5 mL"][i]).t(" | ")
        if i == 1:
            n.t("EPOA - daughter ").nm(poa.full).t("\n")
        else:
            n.t("self\n")
    n.t("\nAll observed 15 min; no AEFI. Uploaded to AIR ").dt(n.days(0, 1), "dd/mm/yy")
    n.t(" by ").nm(_ini(n, rn)).t(". ").nm(poa.first).t(" informed by phone.\n")
    return fhir(pts[0], dobs[0], [("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ih0.replace(" ", ""))],
                country="AU")


@template("GP referral letter to a cardiologist", "au")
def au_referral(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(40, 85)
    med = medicare_au(r)
    gp, card = n.person(faker_rate=0), n.person(faker_rate=0)
    l, s, st, pc = n.au_addr()
    pl, ps, pst, ppc = n.au_addr()
    mob = n.au_mob()
    fax = n.au_land()
    n.t(n.ch(AU_CLINICS)).t("\n").ad(pl).t(", ").ad(ps).t(f" {pst} ").zp(ppc).t("  Fax ").ph(fax)
    n.t("\n\n").dt(n.date, "d Month yyyy").t("\n\nDr ").nm(card.full).t("\nCardiologist\n\n")
    n.t("Dear Dr ").nm(card.last).t(",\n\nRe: ").nm(p.full).t(", DOB ").dt(dob, "dd/mm/yyyy")
    n.t("\n    ").ad(l).t(", ").ad(s).t(f" {st} ").zp(pc).t("   Mob ").ph(mob)
    n.t("\n    Medicare ").id(med).t(" (ref 2)\n\n")
    n.t("Thank you for seeing ").nm(p.first).t(" with 2 months of exertional chest tightness. "
        "ECG in rooms ").dt(n.days(-10, -3), "d/m/yy").t(" SR ").c("78").t(", no acute changes. "
        "Lipids: LDL ").c("3.9 mmol/L").t(". BP ").c("148/88").t(". Ex-smoker (quit 2015). "
        "Started ").c("aspirin 100mg").t(" and ").c("rosuvastatin 20mg").t(".\n")
    n.t("Referral valid 12 months. Kind regards,\nDr ").nm(gp.full).t("  Provider ").id(_prov(r)).t("\n")
    return fhir(p, dob, [("http://ns.electronichealth.net.au/id/medicare-number", med.replace(" ", "")[:10])],
                mob, (l, s, st, pc), country="AU")


@template("screening recall SMS batch log (cervical / bowel)", "au")
def au_recall(n: Ctx) -> dict[str, Any]:
    r = n.r
    admin = n.staff()
    pts = [n.person(faker_rate=0.15, sex=r.choice("mf")) for _ in range(4)]
    mobs = [n.au_mob() for _ in pts]
    dob0, _ = n.dob(30, 70)
    land = n.au_land()
    n.t("RECALL / REMINDER SMS BATCH - sent ").dt(n.date, "dd/mm/yyyy").t(" 10:00 by ").nm(admin.full)
    n.t("\nTemplate: \"Hi <first>, our records show you are due for <recall>. Please call ")
    n.ph(land).t(" or book online. Reply STOP to opt out.\"\n\n")
    n.t("# | Patient            | Mobile        | Recall                       | Status\n")
    recs = ["cervical screening (CST)", "iFOBT kit (NBCSP)", "diabetes cycle of care",
            "cervical screening (self-collect)"]
    for i, q in enumerate(pts):
        n.t(f"{i + 1} | ").nm(q.lf).t(" | ").ph(mobs[i]).t(f" | {recs[i]} | ")
        n.t(["Delivered", "Delivered", "Failed - invalid", "Delivered"][i]).t("\n")
    n.t("\nReplies: ").dt(n.days(0, 1), "d/m").t(" ").nm(pts[0].first).t(": \"booked online for ")
    n.dt(n.days(8, 14), "d/m").t(" thanks\". ").nm(pts[3].first.lower()).t(" (typed): \"already done "
        "at Family Planning\" - record updated.\n")
    return fhir(pts[0], dob0, [], mobs[0], country="AU")


# ---------------------------------------------------------------------------------- CA (6)


@template("Ontario family practice visit with cumulative patient profile", "ca")
def ca_on_visit(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(35, 85)
    hc = ohip(r)
    chart = str(r.randint(10000, 99999))
    md = n.person(faker_rate=0)
    rpn = n.staff()
    ph = n.ca_ph()
    line, city, pv, pc = n.ca_addr("ON")
    spouse = n.relative(p, "m" if p.sex == "f" else "f", r.random() < 0.5)
    n.t("Patient: ").nm(p.lf).t("   Chart # ").id(chart).t("   OHIP ").id(hc).t("\nDOB: ")
    n.dt(dob, "iso").t("   Tel: ").ph(ph).t("   ").ad(line).t(", ").ad(city).t(f", {pv} ").zp(pc)
    n.t("\n\nCPP - Ongoing problems: HTN (2012), OA knees, hypothyroid. Family hx: father MI at 58. "
        "Social: retired, lives with spouse ").nm(spouse.full).t(".\n\n")
    n.t("Visit ").dt(n.date, "Mon d, yyyy").t(" - ").nm(md.full).t(", MD CCFP\n")
    n.t("S: f/u TSH; more tired, cold intolerance.\nO: BP ").c("128/80").t(", HR ").c("58")
    n.t(", wt ").c("81.4 kg").t(". TSH ").c("7.9 mIU/L").t(" (").dt(n.days(-10, -4), "Mon d")
    n.t(").\nA: under-replaced hypothyroidism\nP: ").c("levothyroxine 100 mcg -> 112 mcg daily")
    n.t(". TSH in 6 wks - req given. Flu shot today by ").nm(rpn.full).t(", RPN.\n")
    return fhir(p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                          hc[:12].replace("-", ""))], ph, (line, city, pv, pc), country="CA")


@template("BC virtual walk-in clinic video visit", "ca")
def ca_bc_virtual(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(19, 65)
    phn = bc_phn(r)
    md = n.person(faker_rate=0)
    ph = n.ca_ph()
    fax = n.ca_ph()
    ipaddr = f"{r.choice([24, 70, 96, 142, 154])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
    line, city, pv, pc = n.ca_addr("BC")
    n.t("VIRTUAL CARE VISIT (video)   ").dt(n.date, "iso").t(" 19:42 PT\n")
    n.t("Patient: ").nm(p.full).t("  PHN ").id(phn).t("  DOB ").dt(dob, "Mon d, yyyy").t("\n")
    n.t("Location at time of visit (verified): ").ad(line).t(", ").ad(city).t(f", {pv} ").zp(pc)
    n.t("   Callback ").ph(ph).t("\nSession IP ").ip(ipaddr).t("  Platform: clinic video link\n")
    n.t("No family doctor (on HealthLinkBC registry since ").dt(n.days(-300, -200), "Mon d, yyyy")
    n.t(").\nHx: 4/7 nasal congestion, facial pain, double-sickening, fever ").c("38.3 C").t(".\n")
    n.t("Imp: acute bacterial sinusitis\nPlan: ").c("amoxicillin 1 g PO tid x 5 days")
    n.t(" faxed to pharmacy ").ph(fax).t(". Saline rinses. In-person care if orbital sx.\n")
    n.t("Provider: ").nm(md.fml).t(", MD  (MSP practitioner ").id(str(r.randint(10000, 99999))).t(")\n")
    return fhir(p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id",
                          phn.replace(" ", ""))], ph, (line, city, pv, pc), country="CA")


@template("Alberta pharmacist minor-ailment / prescribing assessment", "ca")
def ca_ab_pharm(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(18, 75)
    u = uli(r)
    pharm = n.staff()
    doc = n.person(faker_rate=0)
    ph = n.ca_ph()
    n.t("PHARMACIST ASSESSMENT - RENEWAL / ADAPTATION (AB)\n")
    n.t("Date: ").dt(n.date, "dd-Mon-yyyy").t("   Patient: ").nm(p.fml).t("   AHCIP/ULI: ").id(u)
    n.t("\nDOB: ").dt(dob, "dd-Mon-yyyy").t("   Phone: ").ph(ph).t("\n")
    n.t("Original prescriber: Dr. ").nm(doc.f_).t(" (away until ").dt(n.days(20, 40), "Mon d")
    n.t(")\nRequest: renewal of ").c("rosuvastatin 10 mg daily").t(" and ")
    n.c("ramipril 5 mg daily").t("\nNetcare reviewed: Cr ").c("88 umol/L").t(", K ").c("4.6")
    n.t(" (").dt(n.days(-90, -30), "Mon d, yyyy").t("); BP in pharmacy ").c("126/78").t("\n")
    n.t("Renewed x 90 days each. Prescriber notified by fax. Pt to book labs before next renewal.\n")
    n.nm(pharm.full).t(", RPh (APA)  Lic# ").id(str(r.randint(1000, 9999))).t("\n")
    return fhir(p, dob, [("urn:ab:uli", u.replace("-", ""))], ph, country="CA")


@template("Quebec CLSC vaccination record, bilingual", "qc")
def ca_qc_vacc(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(region="qc")
    dob, age = n.dob(60, 95)
    rq = ramq(r, p, dob)
    inf = n.person(region="qc", faker_rate=0, sex="f")
    dau = n.relative(p, "f", False)
    ph = f"819-{r.randint(201, 989)}-{r.randint(1000, 9999)}"
    n.t("CLSC - Clinique de vaccination / Vaccination clinic   ").dt(n.date, "iso").t("\n")
    n.t("Nom / Name: ").nm(p.lf).t("   RAMQ: ").id(rq).t("\nDDN / DOB: ").dt(dob, "yyyy/mm/dd")
    n.t("   Âge: ").age(age).t(" ans\nAccompagné(e) de sa fille ").nm(dau.full).t(", tél. ").ph(ph).t("\n")
    n.t("Questionnaire pré-vaccination: aucune contre-indication. Consentement verbal obtenu.\n")
    n.t("Vaccin: Influenza haute dose ").c("0,7 mL").t(" IM deltoïde G; Arexvy (VRS) ").c("0,5 mL")
    n.t(" IM deltoïde D\nObservation 15 min - aucune réaction.\n")
    n.t("Registre de vaccination du Québec: saisi ").dt(n.date, "yyyy/mm/dd").t(" par ")
    n.nm(_ini(n, inf)).t("\nInfirmière: ").nm(inf.full).t(", inf. clinicienne\n")
    n.t("Next dose: none. Pneumo-C-20 given ").dt(n.days(-500, -380), "iso").t(".\n")
    return fhir(p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-healthcare-id",
                          rq.replace(" ", ""))], country="CA")


@template("Manitoba request to transfer a patient's chart to a new clinic", "ca")
def ca_mb_transfer(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(20, 80)
    phin = str(r.randint(100000000, 999999999))
    reg = str(r.randint(100000, 999999))
    oldmd = n.person(faker_rate=0)
    newmd = n.person(faker_rate=0)
    clerk = n.staff()
    line, city, pv, pc = n.ca_addr("MB")
    ph = f"204-{r.randint(201, 989)}-{r.randint(1000, 9999)}"
    fax = f"204-{r.randint(201, 989)}-{r.randint(1000, 9999)}"
    n.t("REQUEST FOR TRANSFER OF MEDICAL RECORDS\nDate: ").dt(n.date, "Month d, yyyy").t("\n")
    n.t("To: Dr. ").nm(oldmd.full).t(" - fax ").ph(fax).t("\n")
    n.t("Patient: ").nm(p.full).t("   DOB: ").dt(dob, "dd-Mon-yyyy").t("\nPHIN: ").id(phin)
    n.t("   MB Health Reg #: ").id(reg).t("\nAddress: ").ad(line).t(", ").ad(city).t(f", {pv} ").zp(pc)
    n.t("   Ph: ").ph(ph).t("\n")
    n.t("I authorize release of a summary (CPP, last 3 yrs of visit notes, labs, consults, "
        "immunizations) to Dr. ").nm(newmd.full).t(", who has accepted me via Family Doctor Finder.\n")
    n.t("Patient signature on file - ").dt(n.date, "dd/mm/yyyy").t("\n\n")
    n.t("Office use: rec'd ").dt(n.days(3, 6), "Mon d").t(" by ").nm(clerk.first)
    n.t("; summary sent ").dt(n.days(8, 12), "Mon d").t("; $30 fee waived per Dr. ").nm(oldmd.last).t(".\n")
    return fhir(p, dob, [("urn:mb:phin", phin)], ph, (line, city, pv, pc), country="CA")


@template("insurer attending physician statement for short-term disability", "ca")
def ca_aps(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(25, 62)
    hc = ohip(r)
    md = n.person(faker_rate=0)
    case = n.person(faker_rate=0)
    cl = f"{r.randint(10 ** 7, 10 ** 8)}"
    ph = n.ca_ph()
    fax = f"1-866-{r.randint(201, 989)}-{r.randint(1000, 9999)}"
    n.t("ATTENDING PHYSICIAN'S STATEMENT - SHORT TERM DISABILITY\n")
    n.t("Claim # ").id(cl).t("   Case manager: ").nm(case.full).t("  fax ").ph(fax).t("\n")
    n.t("Plan member: ").nm(p.fml).t("   DOB (DD/MM/YYYY): ").dt(dob, "dd/mm/yyyy").t("\nOHIP: ")
    n.id(hc).t("   Phone: ").ph(ph).t("\n")
    n.t("1. Diagnosis: major depressive episode, moderate (PHQ-9 ").c("19").t(")\n")
    n.t("2. Date symptoms began: ").dt(n.days(-70, -50), "dd/mm/yyyy").t("   First visit: ")
    n.dt(n.days(-45, -40), "dd/mm/yyyy").t("   Last visit: ").dt(n.days(-3, -1), "dd/mm/yyyy").t("\n")
    n.t("3. Treatment: ").c("sertraline 100 mg daily").t(" (increased ").dt(n.days(-20, -15), "Mon d")
    n.t("), CBT referral (wait ~3 mo)\n4. Restrictions: unable to perform own job at present; "
        "reassess ").dt(n.days(25, 35), "Mon d, yyyy").t("\n")
    n.t("Physician: ").nm(md.full).t(", MD  CPSO # ").id(str(r.randint(50000, 129999)))
    n.t("   Fee $80 billed to patient\n")
    return fhir(p, dob, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                          hc[:12].replace("-", ""))], ph, country="CA")


# ---------------------------------------------------------------------------------- IE (4)


@template("Irish GP consultation note (GMS patient)", "ie")
def ie_consult(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, age = n.dob(40, 96)
    gms = f"{r.randint(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTW')}"
    gp = n.person(faker_rate=0)
    line, town, co, ec = n.ie_addr()
    mob = n.ie_mob()
    sis = n.relative(p, "f", r.random() < 0.5)
    n.t("Consultation ").t(n.date.strftime("%a") + " ").dt(n.date, "dd/mm/yyyy").t(" - Dr ")
    n.nm(gp.f_).t("\n").nm(p.full).t(" (").age(age).t(")  DOB ").dt(dob, "dd/mm/yyyy")
    n.t("  GMS ").id(gms).t("\n").ad(line).t(", ").ad(town).t(f", {co}, ").zp(ec).t("  Mob ").ph(mob)
    n.t("\n\nHx: SOB on exertion worse over 3/52, ankles swelling, 2 pillows -> 3. Sister ")
    n.nm(sis.first).t(" noticed puffing on the stairs.\n")
    n.t("O/E: BP ").c("156/90").t(", P ").c("96").t(" irreg irreg, SpO2 ").c("95%").t(", bibasal creps, "
        "pitting oedema to mid-shin.\nECG: AF, rate ").c("98").t(".\n")
    n.t("Imp: new AF with ?HF\nPlan: ").c("bisoprolol 2.5mg od").t(", ").c("apixaban 5mg bd")
    n.t(" (CHA2DS2-VASc ").c("4").t(", wt ").c("72 kg").t(", Cr ").c("94").t("), NT-proBNP, "
        "U&E, TFT. Echo referral via Healthlink. r/v 1/52. Safety-netted re chest pain / "
        "worsening SOB -> ED.\n")
    return fhir(p, dob, [("urn:ie:gms", gms)], mob, (line, town, co, ec), country="IE")


@template("repeat prescription request and Healthmail to the pharmacy", "ie")
def ie_repeat(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(30, 85)
    ps = ppsn(r)
    gp, sec = n.person(faker_rate=0), n.staff()
    pharmacist = n.person(faker_rate=0)
    line, town, co, ec = n.ie_addr()
    land = n.ie_land()
    n.t("Repeat Rx request (phone, via ").nm(sec.first).t(") ").dt(n.date, "dd.mm.yyyy").t("\n")
    n.t("Pt: ").nm(p.lfc).t("  DOB ").dt(dob, "dd.mm.yyyy").t("  PPSN ").ssn(ps).t("\n")
    n.t("Items: ").c("Eltroxin 75mcg od").t(", ").c("Lipitor 20mg nocte").t(", ").c("Lyrica 75mg bd")
    n.t(" - last issued ").dt(n.days(-35, -28), "dd/mm/yy").t("\nAuthorised Dr ").nm(gp.f_)
    n.t(" x 6 months (Lyrica x 1 month only - needs r/v).\n\n")
    n.t("Healthmail sent ").dt(n.date, "dd/mm/yyyy").t(" 12:31 to ").em(f"{r.choice(['mcgraths', 'hickeys', 'lloyds.ennis', 'cara'])}.pharmacy@healthmail.ie")
    n.t("\nTo: ").nm(pharmacist.full).t(" MPSI, ").ad(line).t(", ").ad(town).t(f", {co} ").zp(ec)
    n.t("\nPlease find attached prescription for ").nm(p.full).t(". Patient will collect. Any "
        "queries ").ph(land).t(".\n")
    return fhir(p, dob, [("urn:ie:ppsn", ps)], country="IE")


@template("CervicalCheck screening sample-taker record at the practice", "ie")
def ie_cervical(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(sex="f")
    dob, _ = n.dob(25, 64)
    csp = f"CSP{r.randint(1000000, 9999999)}"
    ps = ppsn(r)
    nurse = n.person(faker_rate=0, sex="f")
    mob = n.ie_mob()
    line, town, co, ec = n.ie_addr()
    n.t("CervicalCheck - smear taker record ").t(n.date.strftime("%A") + " ").dt(n.date, "dth Month yyyy")
    n.t("\nName: ").nm(p.fl_caps).t("   DOB: ").dt(dob, "dd/mm/yyyy").t("   PPSN: ").ssn(ps)
    n.t("\nCSP ID: ").id(csp).t("   Mobile: ").ph(mob).t("\nAddress for results: ").ad(line).t(", ")
    n.ad(town).t(f", {co}, ").zp(ec).t("\n")
    n.t("Previous: HPV not detected ").dt(n.days(-1900, -1800), "dd.mm.yyyy").t(". LMP ")
    n.dt(n.days(-14, -8), "d/m").t(". Not pregnant. No PCB/IMB.\n")
    n.t("Cervix visualised, appears healthy. LBC sample taken, vial labelled x2 IDs and checked "
        "with pt.\nSample taker: ").nm(nurse.full).t(" RGN (practice nurse), smear taker no. ")
    n.id(str(r.randint(10000, 99999))).t("\nResult expected in 4-6 weeks by letter; we will text "
        "if follow-up needed.\n")
    return fhir(p, dob, [("urn:ie:ppsn", ps)], mob, (line, town, co, ec), country="IE")


@template("GP out-of-hours co-op call and treatment centre record", "ie")
def ie_ooh(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(1, 10)
    mum = n.relative(p, "f", r.random() < 0.5)
    mob = n.ie_mob()
    triage, doc = n.person(faker_rate=0, sex="f"), n.person(faker_rate=0)
    own = n.person(faker_rate=0)
    line, town, co, ec = n.ie_addr()
    d = n.date + _dt.timedelta(days=(6 - n.date.weekday()) % 7)
    n.t("OUT OF HOURS - CALL ").id(f"{r.randint(2024000000, 2025999999)}").t("  ")
    n.t(d.strftime("%a") + " ").dt(d, "dd/mm/yyyy").t(" 02:14\n")
    n.t("Patient: ").nm(p.full).t("  DOB ").dt(dob, "dd/mm/yyyy").t("  ").ad(town).t(f", {co} ").zp(ec)
    n.t("\nCaller: mother ").nm(mum.full).t("  ").ph(mob).t("\nOwn GP: Dr ").nm(own.full).t("\n")
    n.t("Triage nurse ").nm(triage.first).t(": barking cough, stridor at rest? - mum says only when "
        "crying. Temp ").c("38.1").t(". -> Treatment centre within 1 hr.\n\n")
    n.t("Seen 03:05 Dr ").nm(doc.full).t(": Westley croup score ").c("2").t(", SpO2 ").c("98%")
    n.t(". Given ").c("dexamethasone 0.15 mg/kg PO").t(". Advice leaflet. Safety-netted ").nm(mum.first)
    n.t(" - 999 if stridor at rest / drooling / blue. Note faxed to own GP.\n")
    return fhir(p, dob, [], mob, (line, town, co, ec), country="IE")


# ---------------------------------------------------------------------------------- NZ (3)


@template("NZ general practice consult with whānau present", "nz")
def nz_consult(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(35, 80)
    nh = nhi(r)
    gp = n.person(faker_rate=0)
    kai = n.staff()
    son = n.relative(p, "m", True)
    line, sub, city, pc = n.nz_addr()
    mob = n.nz_mob()
    n.t("Consult ").dt(n.date, "d/m/yyyy").t("  Dr ").nm(gp.fdot).t("\n")
    n.t("Pt: ").nm(p.lf).t("  NHI ").id(nh).t("  DOB ").dt(dob, "d/m/yyyy").t("\n")
    n.t("Addr: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("   Cell ").ph(mob).t("\n")
    n.t("Whānau present: son ").nm(son.full).t("; kaiāwhina ").nm(kai.first).t(" joined.\n")
    n.t("S: diabetes r/v, HbA1c ").c("78 mmol/mol").t(" (").dt(n.days(-14, -7), "d Mon").t(
        "), feet numb at night. Finding it hard to afford kai - food parcel arranged.\n")
    n.t("O: BP ").c("138/84").t(", wt ").c("104 kg").t(", monofilament reduced both feet.\n")
    n.t("A/P: start ").c("empagliflozin 10 mg daily").t(" (SA approved), podiatry referral, "
        "retinal screen due. Green prescription. r/v 3/12 with practice nurse.\n")
    return fhir(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nh)], mob,
                (line, sub, city, pc), country="NZ")


@template("practice nurse 6-week immunisation and well-baby check", "nz")
def nz_imms(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob = n.date - _dt.timedelta(days=r.randint(42, 50))
    nh = nhi(r)
    mum = n.relative(p, "f", r.random() < 0.5)
    dad = n.first(p, "m")
    nurse = n.person(faker_rate=0, sex="f")
    mob = n.nz_mob()
    n.t("6 WEEK IMMUNISATIONS - ").dt(n.date, "d Month yyyy").t("\nBaby: ").nm(p.full)
    n.t("  NHI ").id(nh).t("  DOB ").dt(dob, "d/m/yy").t("\nMum: ").nm(mum.full).t(" (").ph(mob)
    n.t(")  Dad: ").nm(dad).t("\nLMC discharge rec'd ").dt(n.days(-20, -10), "d/m").t(". Well Child "
        "Tamariki Ora provider: Plunket.\n")
    n.t("Wt ").c("4.9 kg").t(", HC ").c("38.5 cm").t(". Feeding well (breast).\n")
    n.t("Given: Infanrix-hexa ").c("0.5 mL").t(" IM L thigh, Prevenar 13 ").c("0.5 mL")
    n.t(" IM R thigh, Rotarix ").c("1.5 mL").t(" oral. NIR updated.\n")
    n.t("20 min obs - settled. Next imms due ").dt(n.days(56, 62), "d/m/yy").t(". ")
    n.nm(nurse.full).t(" RN\n")
    return fhir(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nh)], mob, country="NZ")


@template("accident & medical clinic ACC45 injury claim", "nz")
def nz_acc(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(18, 65)
    nh = nhi(r)
    claim = f"{r.choice('ABCDEKLMNPQ')}{r.choice('ABCDEKLMNPQ')}{r.randint(10000, 99999)}"
    doc = n.person(faker_rate=0)
    boss = n.person(faker_rate=0)
    land = n.nz_land()
    line, sub, city, pc = n.nz_addr()
    inj = n.days(-2, 0)
    n.t("ACC45 INJURY CLAIM   Claim no. ").id(claim).t("\nClaimant: ").nm(p.fml).t("   NHI: ").id(nh)
    n.t("   DOB: ").dt(dob, "dd/mm/yyyy").t("\nAddress: ").ad(line).t(", ").ad(sub).t(", ").ad(city)
    n.t("\nEmployer: Southern Cross Scaffolding, contact ").nm(boss.full).t(" ").ph(land).t("\n")
    n.t("Date of injury: ").dt(inj, "dd/mm/yyyy").t("  Work-related: Y\n")
    n.t("How: slipped on wet plank on site, fell approx 1 m onto R wrist.\n")
    n.t("Diagnosis: S62.5 fracture scaphoid (clinical - XR NAD, snuffbox tender)\n")
    n.t("Tx: thumb spica, ").c("paracetamol 1 g qid").t(" prn. Repeat XR/CT ").dt(n.days(10, 14), "d/m")
    n.t(". Unfit for work to ").dt(n.days(14, 14), "d Month yyyy").t(" (ACC18 issued).\n")
    n.t("Provider: Dr ").nm(doc.full).t("  MCNZ ").id(str(r.randint(10000, 99999))).t("\n")
    return fhir(p, dob, [("https://standards.digital.health.nz/ns/nhi-id", nh)], None,
                (line, sub, city, pc), country="NZ")


# ------------------------------------------------------------------- SG / HK / NG / BB (4)


@template("Singapore polyclinic chronic disease review", "sg")
def sg_poly(n: Ctx) -> dict[str, Any]:
    r = n.r
    kind = r.choice(["chinese", "malay", "indian"])
    if kind == "chinese":
        p = n.person(group="sg_chinese")
        disp = f"{p.last} {p.first}"
    else:
        grp = "sg_chinese"
        males = {"malay": ["Muhammad Faizal", "Ahmad Rizal", "Zulkifli"],
                 "indian": ["Suresh", "Rajendran", "Murugan"]}[kind]
        fathers = {"malay": ["Ismail", "Osman", "Rahman", "Hashim"],
                   "indian": ["Subramaniam", "Krishnan", "Pillay", "Govindasamy"]}[kind]
        first, father = r.choice(males), r.choice(fathers)
        n._take(first, father)
        p = Person(first, father, "m", "A", grp)
        disp = f"{first} bin {father}" if kind == "malay" else f"{first} s/o {father}"
    dob, _ = n.dob(45, 80)
    ic = nric(r, dob)
    doc = n.person(group="sg_chinese", faker_rate=0)
    nurse = n.staff()
    mob = f"+65 {r.choice('89')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
    blk = f"Blk {r.randint(100, 799)} {r.choice(['Bedok North Ave 3', 'Jurong West St 52', 'Ang Mo Kio Ave 10', 'Tampines St 21'])} #{r.randint(2, 16):02d}-{r.randint(100, 999)}"
    n.t("POLYCLINIC - CHRONIC DISEASE MANAGEMENT   Visit ").dt(n.date, "dd/mm/yyyy").t("\n")
    if kind == "indian":
        n.t("Name: ").nm(p.first).t(" s/o ").nm(p.last)
    else:
        n.t("Name: ").nm(disp)
    n.t("   NRIC: ").id(ic).t("   DOB: ").dt(dob, "dd/mm/yyyy").t("\nAddress: ").ad(blk)
    n.t(" Singapore ").zp(str(r.randint(460000, 640999))).t("   HP: ").ph(mob).t("\n")
    n.t("CHAS: Orange.  Healthier SG enrolled ").dt(n.days(-300, -100), "ddMONyyyy").t("\n")
    n.t("Dx: DM2, HTN, HLD.  HbA1c ").c("7.4%").t(" (prev ").c("8.0%").t("), LDL ").c("2.1 mmol/L")
    n.t(", uACR ").c("4.2 mg/mmol").t("\nBP ").c("132/78").t("  BMI ").c("27.9").t("\n")
    n.t("DRP done by care manager ").nm(nurse.full).t(" - no retinopathy. Foot screen: low risk.\n")
    n.t("Plan: cont ").c("metformin 850mg bd").t(", ").c("losartan 50mg om").t(". TCU 4/12 with "
        "HbA1c/lipids. Seen by Dr ").nm(f"{doc.last} {doc.first}").t(" (MCR ")
    n.id(f"M{r.randint(10000, 99999)}{r.choice('ABCDEFGHJZ')}").t(")\n")
    return fhir(p, dob, [("urn:sg:nric", ic)], mob, country="SG", given=[p.first])


@template("Hong Kong general outpatient clinic (GOPC) episodic consultation", "hk")
def hk_gopc(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person(group="hk")
    eng = r.choice(["Peter", "Winnie", "Kelvin", "Cindy", "Raymond", "Jacky", ""])
    if eng:
        n._take(eng)
    dob, age = n.dob(50, 95)
    hk = hkid(r)
    doc = n.person(group="hk", faker_rate=0)
    mob = f"+852 {r.choice('569')}{r.randint(100, 999)} {r.randint(1000, 9999)}"
    dau = n.first(p, "f")
    flat = f"Flat {r.randint(1, 30)}{r.choice('ABCDEFGH')}, {r.randint(2, 40)}/F, {r.choice(['Block 3', 'Tower 2', 'Hing Wah House'])}"
    n.t("GOPC EPISODIC CONSULTATION   ").dt(n.date, "dd-Mon-yyyy").t("\n")
    n.t("Name: ").nm(f"{p.last} {p.first}")
    if eng:
        n.t(" (").nm(eng).t(")")
    n.t("   HKID: ").id(hk).t("   Sex/Age: ").t(p.sex.upper() + "/").age(age).t("\n")
    n.t("Address: ").ad(flat).t(", ").ad(r.choice(["Choi Hung Estate", "Lei Tung Estate", "Shek Lei Estate"]))
    n.t(", ").ad(r.choice(["Wong Tai Sin", "Ap Lei Chau", "Kwai Chung"])).t("   Tel: ").ph(mob).t("\n")
    n.t("Booked via HA Go app. Accompanied by daughter ").nm(dau).t(" (interprets).\n")
    n.t("C/O: cough with yellow sputum 5 days, no fever, no SOB.\nP/E: T ").c("36.9")
    n.t(", SpO2 ").c("97%").t(", chest clear, throat injected.\n")
    n.t("Imp: URTI\nRx: ").c("dextromethorphan 15mg tds x 5 days").t(", ").c("paracetamol 500mg qid prn")
    n.t("\nFU: PRN; reminded DM FU at GOPC ").dt(n.days(20, 40), "dd/mm/yyyy").t(".  Dr ")
    n.nm(f"{doc.last} {doc.first}").t("\n")
    return fhir(p, dob, [("urn:hk:hkid", hk)], mob, country="HK")


@template("Nigerian primary health centre hypertension clinic record", "ng")
def ng_phc(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, _ = n.dob(40, 80)
    hosp = f"PHC/{r.randint(100, 999)}/{n.date.year % 100}"
    nhia = f"{r.randint(10 ** 7, 10 ** 8)}"
    chew = n.person(faker_rate=0)
    mo = n.person(faker_rate=0)
    husband = n.relative(p, "m", True) if p.sex == "f" else n.relative(p, "f", True)
    ph = f"080{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    st = f"No {r.randint(1, 60)}, {r.choice(['Adeola Street', 'Okigwe Road', 'Ibrahim Taiwo Road', 'Ogui Road'])}"
    n.t("PRIMARY HEALTH CENTRE - HYPERTENSION CLINIC   ").dt(n.date, "dd-mm-yyyy").t("\n")
    n.t("Name: ").t(p.title + " ").nm(p.fl_caps).t("   Card No: ").id(hosp).t("   NHIA No: ").id(nhia)
    n.t("\nDOB: ").dt(dob, "dd/mm/yyyy").t("   Phone: ").ph(ph).t("\nAddress: ").ad(st).t(", ")
    n.ad(r.choice(["Mokola", "Ogbete", "Tudun Wada", "Agbowo"])).t(", ").ad(r.choice(["Ibadan", "Enugu", "Kaduna"]))
    n.t("\nNext of kin: ").nm(husband.full).t("\n\n")
    n.t("Vitals (CHEW ").nm(chew.full).t("): BP ").c("168/102").t(" -> ").c("160/98").t(", wt ")
    n.c("86 kg").t(", RBS ").c("7.2 mmol/L").t("\n")
    n.t("Missed clinic ").dt(n.days(-40, -30), "dd/mm/yy").t(" - drugs finished 2/52 ago (cost).\n")
    n.t("Plan: restart ").c("amlodipine 10mg daily").t(" + ").c("HCTZ 25mg daily")
    n.t(" (NHIA covered), salt reduction counselled. Return ").dt(n.days(14, 14), "dd/mm/yyyy")
    n.t(". MO: Dr ").nm(mo.f_).t("\n")
    return fhir(p, dob, [("urn:ng:nhia", nhia)], ph, country="NG")


@template("Barbados polyclinic visit and Drug Service repeat", "bb")
def bb_poly(n: Ctx) -> dict[str, Any]:
    r = n.r
    p = n.person()
    dob, age = n.dob(55, 98)
    nrn = f"{dob.strftime('%y%m%d')}-{r.randint(1000, 9999)}"
    reg = f"{r.randint(10000, 99999)}"
    doc, nurse = n.person(faker_rate=0), n.staff()
    niece = n.relative(p, "f", False)
    ph = f"(246) {r.randint(230, 439)}-{r.randint(1000, 9999)}"
    lot = f"{r.choice(['Lot', '#'])} {r.randint(1, 90)} {r.choice(['Hothersal Turning', 'Jackmans Gap', 'Haynesville Rd', 'Rock Dundo Road'])}"
    n.t(r.choice(["Winston Scott", "Branford Taitt", "Glebe"])).t(" Polyclinic - Chronic Non-"
        "Communicable Disease Clinic\nDate: ").dt(n.date, "d Month yyyy").t("\n")
    n.t("Patient: ").nm(p.lf).t("   Reg #: ").id(reg).t("   NRN: ").id(nrn).t("\nDOB: ")
    n.dt(dob, "dd/mm/yyyy").t(" (").age(age).t(" yrs)   Tel: ").ph(ph).t("\nAddress: ").ad(lot)
    n.t(", St. ").t(r.choice(["Michael", "Philip", "George", "Thomas"])).t(", ").zp(f"BB{r.randint(11000, 28099)}")
    n.t("\nBrought by niece ").nm(niece.full).t(".\n")
    n.t("Nurse (").nm(nurse.full).t("): BP ").c("144/86").t(", FBG ").c("8.9 mmol/L").t(", wt ")
    n.c("71 kg").t(". Foot check: healed ulcer L hallux.\n")
    n.t("Dr ").nm(doc.last).t(": DM/HTN fair control. Cont ").c("metformin 1 g bd").t(", ")
    n.c("enalapril 20 mg od").t(". BDS repeat x 3 months. Labs at QEH ").dt(n.days(20, 30), "d/m/yy")
    n.t(". RTC 3 months.\n")
    return fhir(p, dob, [("urn:bb:nrn", nrn)], ph, country="BB")


# ----------------------------------------------------------------------------------------------


def _bad(note: Note) -> bool:
    """A labelled PHI string that also appears unlabelled (word-bounded, case-insensitive)."""
    text = note.text
    low = text.lower()
    mask = bytearray(len(text))
    for s, e, _ in note.phi:
        mask[s:e] = b"\x01" * (e - s)
    for s, e, _ in note.phi:
        needle = text[s:e].lower()
        for m in re.finditer(re.escape(needle), low):
            a, b = m.start(), m.end()
            if (a > 0 and low[a - 1].isalnum()) or (b < len(low) and low[b].isalnum()):
                continue
            if not all(mask[a:b]):
                return True
    return False


def generate(n: int) -> list[Note]:
    notes: list[Note] = []
    for i in range(n):
        name, region, fn = TEMPLATES[i % len(TEMPLATES)]
        for attempt in range(200):
            ctx = Ctx(60_000_000 + i * 1009 + attempt * 7_000_003, region)
            try:
                patient = fn(ctx)
            except Redraw:
                continue
            note = ctx.b.build(patient)
            if not _bad(note):
                break
        else:  # pragma: no cover
            raise RuntimeError(f"template {name} could not be drawn for note {i}")
        notes.append(note)
    return notes
