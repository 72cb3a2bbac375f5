"""HELD-OUT v59 PHI corpus: written independently, before any round-59 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout56 / heldout57 / heldout58 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/``,
``git status`` and the ``[tool.ruff]`` lines of ``pyproject.toml``; the other held-out corpora
being written at the same time were not read; ruff check was run on this file with the project's
configuration; the scrubber (and ``bench/scrubber.py``) was never run on this corpus while it was
written, nor was any of its output looked at). Like v14-v58 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on MENTAL HEALTH,
ADDICTIONS AND EATING DISORDERS AND THE PAPERWORK AROUND THEM: acute psychiatric ward rounds,
observation and seclusion records, crisis / home-treatment and mobile crisis visits, triage lines,
Mental Health Act, involuntary-hold and tribunal / board papers, early intervention in psychosis,
clozapine monitoring, detox flowsheets, opioid-substitution (OST / OTP / OAT) clinics and
dispensing logs, eating-disorder meal support and programmes, perinatal and mother-baby units,
older-adult services, forensic and court liaison reports, disability paperwork and carers'
correspondence - in the United Kingdom (12 templates: England 9, Wales 2, Scotland 1), the United
States (10), Australia (6), Canada (6), Ireland (4), New Zealand (3), Singapore (1), South Africa
(1), India (1) and Jamaica (1). Note kinds and phrasing differ from v56 - v58 (whose AU clozapine
review is not reused: the clozapine note here is a UK pharmacist-led clinic list). Templates,
cycled in order (see ``TEMPLATES``): acute ward-round entries under s3 ("LAST, First", "Thu
13/03/25" (weekday outside), DOB, hospital and NHS numbers, s2 date "20/2", RC by surname, ST4 "Dr
R. Last" then "Dr Last" and full name with 4-digit bleep, named nurse, CCO's first name, mum's
first name, "15/03", CPA "dd/mm/yy"; PRN, doses, weight and BMI clinical) (England); enhanced
observation records (full name, RiO number, "dd/mm/yy" DOB, "12 Oct 2024", AWOL date "7/10", an
obs table signed with staff initials, "B. Last RN", 2nd checker's first name, doctor's surname,
HCA's full name; lorazepam clinical) (England); CRHTT home visits ("Last, First", NHS, "dd.mm.yyyy"
DOB, street / flat line, town and postcode, mobile, two workers' full names, partner's first name,
"7/8", "w/c 12/08", upper / lower-case initials "AP/sp"; doses clinical) (England); AMHP outcomes
(AMHP reference, "18 Sep 1976", NHS, address, two s12 doctors with a GMC number, nearest relative
with own street, town, postcode and mobile, PC by surname with collar number, AMHP's nhs.net
e-mail) (England); First-tier Tribunal RC reports (tribunal reference "MP/2024/59396", "LAST,
First", hospital number, "26 August 1966", hearing "Friday 8th March 2024", "Ms Last", month-year
"August 2023", sister's full name, solicitor's name and firm e-mail, AMHP, RC; LAI dose clinical)
(England); PICU seclusion records ("Last, First M", hospital number, ISO date-times, NIC, RT
given with two sets of initials, doctor "Dr N. Last", matron, an EPR user name "sgalbraith7" and
the workstation's private IP; RT doses, obs and NEWS2 clinical) (England); EIP letters to the GP
(dictated / typed "dd/mm/yy", "Dr F Last" with practice street, town and postcode on separate
lines, "Dear Dr Last", patient's name, "dd.mm.yyyy" DOB, NHS, address, first name, care
co-ordinator, brother's first name, "18th March", "13 Apr 2024", consultant, cc; doses, BMI, BP,
HbA1c, prolactin clinical) (England); clozapine clinic lists ("22-Jan-2024", pharmacist
" MRPharmS", phlebotomist's first name, four rows "LAST, First" / "Last, First" with CPMS numbers
and FBC dates "20/01", a surname alone, "C. Last", a first name alone, doctor with ext; WBC / ANC,
doses and Laxido clinical) (England); community pharmacy OST supervised-consumption logs ("First
LAST", DOB, Welsh street, town and postcode, FP10MDA script number, prescriber "Dr G. Last", a
dosing table "02/06" signed with initials, pharmacy.wales and wales.nhs.uk e-mails, surname in
the subject, keyworker's and patient's first names, missed "4/6", 5-digit-code landline;
methadone volumes clinical) (Wales); eating-disorder unit meal-support records ("First LAST", CHI
built from the DOB and sex, date with "(Tuesday)" outside, HCSW, dad's first name, dietitian
"Y. Last", "19/12", initials; kcal, weight, BMI, %mBMI, MARSIPAN obs, Ensure volume, phosphate
clinical) (Scotland); perinatal referral triage (midwife and HV full names, mobiles, EDD
"dd/mm/yy", NHS, DOB, Welsh address, partner's full then first name, month-year, "16th April",
perinatal CPN; EPDS and sertraline clinical) (Wales); carers' e-mails about a parent with
dementia and the team manager's reply (carer's name and webmail address, "Thursday, 20 June
2024", X-Originating-IP, parent's name, NHS, first name, age (>= 90 labelled), street, town,
"8 May", CPN's first then full name, "11/06", mobile, carer's first name, reply "dd/mm/yyyy",
doctor's surname, manager with landline; memantine clinical) (England); California 5150
admission H&Ps ("LAST, FIRST M", MRN, "mm/dd/yyyy" DOB with an age < 90 unlabelled, officer
"F. Last" with badge number, Medi-Cal CIN, street, city, CA and ZIP, mother's full name and
phone, attending and PGY-2 ", MD"; vitals and doses clinical) (US); inpatient psychiatry SOAP
progress notes ("m/d/yy", "LAST, FIRST M", MRN, FIN, spouse's first then full name, RN, LCSW,
"9/29", "First M. Last, MD" e-signature with date and a separate time; BP, HR, PHQ-9, C-SSRS,
doses clinical) (US); withdrawal-management flowsheets ("LAST, FIRST", MRN, "mm/dd/yy" DOB, last
drink "10/25", a CIWA table "mm/dd/yy" with separate times and RN initials, sister's full name,
"Dr. Last", 5-digit pager, two ", RN"; CIWA, vitals, lorazepam, thiamine, Mg clinical) (US); OTP
intake face sheets (client ID, "Last, First M", DOB, full SSN, street with apartment, city, state,
ZIP, cell, emergency contact with phone, Medicaid ID, registry check "m/d/yy", counselor
", CADC", ", DO", RN initials; COWS and methadone doses clinical) (US); buprenorphine telehealth
visits ("Last, First", MRN, "m/d/yyyy" DOB, "April 2, 2024", ", NP", session URL and the client's
public IP, UDT "3/28", PDMP report URL, pharmacy phone (pharmacy name unlabelled), NPI (Luhn),
"4/30"; Suboxone doses and craving score clinical) (US); competency-to-stand-trial evaluations
("State v. First M. Last", case number, judge, public defender with phone, ADA, DOB, booking
number, "October 1, 2024", "04/06/23", "Ms. Last", psychologist ", Psy.D., ABPP" with a county
e-mail; ECST-R and haloperidol decanoate clinical) (US); C-L capacity consults ("LAST, FIRST M",
MRN, "9x y.o. F" (>= 90 labelled), "Dr. Last", "6/6", son (HCPOA) full name and phone, daughter's
first name, fellow with pager; CAM, MoCA, Na, doses clinical) (US); eating-disorder PHP UR
summaries (full name, DOB, member ID, "Oct 28"-"Nov 1, 2024", auth number, mother's first name,
", RD", ", LMFT", UR contact with phone and ext; weight, %IBW, K, meal completion, EDE-Q
clinical) (US); 988 mobile-crisis records (incident number, ISO call time, roommate's full name
and callback, street, city, state, ZIP, subject's full name, DOB, ", LPC" and peer specialist,
roommate's first name, follow-up "mm/dd/yy", initials; tablet count and dose clinical) (US);
aftercare plans (full name, MRN, "SSN xxx-xx-" + last 4 (SSN), discharge date, home and clinic
addresses with city, state, ZIP, "First M. Last, MD", "Tuesday, January 21, 2025" (weekday
outside), clinic phone, LCSW, level date "1/15", LMSW; lithium and level clinical) (US); VIC
Mental Health and Wellbeing Act order summaries ("LAST, First", UR, "d/m/yyyy" DOB, Medicare
(check digit), street / unit line, suburb, VIC and postcode, assessment and TTO dates, registrar,
"Dr Last", "3 Dec 2024", nominated support person with mobile, "28/11", case manager;
paliperidone and lithium level clinical) (AU); mental-health line triage logs (1800 service line
unlabelled, ISO time, triage clinician, mother's full name and mobile, full name, DOB, MRN,
"1/72 Boronia Rd" line, suburb, NSW, postcode, mobile, "4 Feb 2024", ACIS clinician, "4/3";
triage category and YMRS clinical) (AU); adolescent eating-disorder nursing notes ("dd/mm/yyyy"
with a separate time, "LAST, First", UR, spaced IHI (Luhn), parents' first names, "Dr T. Last",
dietitian's first name, "28/5", RN; obs, phosphate, K, feed volume and kcal clinical) (AU); OTP
prescription reviews with SafeScript (full name, DOB, Medicare, VIC address, permit number,
"2 January 2025", ISO check time and the clinic's private IP, "22/12", dosing pharmacist with
(03) landline, prescriber with provider number, SafeScript URL; methadone dose and QTc
clinical) (AU); mother-baby unit admissions ("First LAST", UR, "dd/mm/yy" DOB, the infant's full
name, DOB and UR, WA address, "23 Oct 2024", partner's full name and mobile, child health nurse,
consultant; EPDS, sertraline and infant weight clinical) (AU); older persons mental health reviews
("d/m/yyyy", "Mr / Mrs First Last", "9xyo" (>= 90 labelled), DOB, SA address, Medicare, GP
"Dr F Last", month-year, daughter's full name, "25 Feb", CNC with mobile; GDS-15, MMSE, weight,
mirtazapine clinical) (AU); Ontario Form 1 / Form 42 notes ("LAST, First", OHIP with version code,
MRN, ISO DOB, street, city, ON and postal code, "Jun 9, 2024", ED physician, RN, rights adviser,
"Jun 9", brother's first name and phone, constable by surname with badge number; BAL clinical)
(ON); BC involuntary-patient night shift notes ("Jun 8, 2025", full name, BC PHN (mod 11), MRN,
"Oct 12, 1973", renewal "Jun 14", a visitor's full name, "Dr. Last", ", RN" and ", LPN"; loxapine
and vitals clinical) (BC); Alberta OAT clinic follow-ups (ISO date, "Last, First M", ULI (Luhn),
DOB, street / unit, city, AB, postal code, phone, "Jan 30", "April 30", "Mar 27, 2025",
pharmacist with fax, "Dr. First Last" with CPSA number; Sublocade doses clinical) (AB); Consent
and Capacity Board hearing notices (file number, "First M. Last", DOB, OHIP, hearing weekday and
"April 14, 2025", physician, counsel with e-mail and phone, SDM's full name and phone, notice
date) (ON); Nova Scotia eating-disorder intakes (full name, health card number, "dd/mm/yyyy" DOB,
street, city, NS, postal code, "Dr. K Last", "Jan 19, 2025", ", MSW, RSW", month-year, mother's
full name and cell; height, weight, K, EDE-Q clinical) (NS); ODSP health status reports ("LAST,
First", SIN (SSN), "1972/05/10", member ID, OHIP, address, admission dates, psychiatrist
", MD, FRCPC" with CPSO number and phone, caseworker; methadone dose and length of stay
clinical) (ON); Irish involuntary admission records (Forms 2 / 5 / 6: "First LAST", MRN,
"dd.mm.yyyy" DOB, street, town, county (unlabelled) and Eircode, applicant's full name, GP,
"dd.mm.yy", Garda with registration number, consultant, "7th July", "18/6"; zuclopenthixol
clinical) (IE); CMHT letters to the GP ("13th December 2024", GP's name, street, town, county
and Eircode on separate lines, patient's name and address, DOB, MRN, "Dear Dr Last", first name,
spouse's first name, "27.10.24", registrar's surname, consultant; venlafaxine, PHQ-9, BP
clinical) (IE); HSE methadone treatment cards ("LAST, First" (Gaelic surnames too), PPSN (SSN),
Central Treatment List number, DOB, address with Eircode, pharmacist ", MPSI" with mobile, start
and review dates, "28/04", prescriber with MCRN, nurse with hse.ie e-mail; methadone dose
clinical) (IE); psychiatry-of-later-life home visits ("dd.mm.yyyy", "LAST, First" (also "Ó
DÓNAILL, Eoghan") with "(9x yrs)" (>= 90 labelled), MRN, DOB, street, town, niece's full name and
mobile, GP's surname, "dd.mm.yy", "16th September", CNM2; MoCA, Na, B12, trazodone clinical)
(IE); crisis-team assessments under the MH(CAT) Act ("LAST, First", NHI (check digit),
"d/m/yyyy" DOB, street, suburb, city and postcode, aunty's full name and mobile, DAO, "Dr First
Last", s11 "14/1"; "whānau" unlabelled) (NZ); OST three-monthly reviews (full name, NHI, DOB,
address, mobile, "8 November 2024", "9 Apr 2024", "3/11", keyworker, GP "Dr W Last", prescriber
with MCNZ number; methadone dose clinical) (NZ); court liaison reports ("8 February 2024", "LAST,
First", DOB, CRI number, NHI, "Judge Last", counsel, CMHT contact date, nurse with mobile) (NZ);
CPN home visits ("SURNAME Given", "Given bin / binti Father" as one span or "First s/o / d/o
Last" as two spans, NRIC (check letter), DOB, "Blk ... #04-247" with "Singapore" unlabelled and
the postal code, "27 Jul 2024", IMH case number, sibling's first name, "+65" mobile, "08/07", CPN)
(SG); MHCA 72-hour assessments ("First LAST", folder number, SA ID (Luhn) built from the DOB and
sex, ISO DOB, street, area, postal code, applicant relative's full name and 0xx mobile, start and
end dates, "Dr F Last" with HPCSA MP number, Sister with SANC number; doses and serology
clinical) (ZA); de-addiction ward discharge summaries ("First Last S/O First Last" (S/O outside),
"39/F" (< 90 unlabelled), UHID, ABHA, "H.No." line, locality, city and PIN, "dd-mm-yyyy"
admission / discharge, follow-up date, "+91" mobile, JR and Asst Prof; doses and GGT clinical)
(IN); community mental-health clinic follow-ups (full name, TRN, hospital number, "2 October
1961", "Lot 191, Molynes Road" line, "Kingston 20" / town as ADDRESS, parish unlabelled, discharge
and visit dates, mother's full name with "(876)" phone, MHO, "21st July", "Dr T. Last"; depot
and benzhexol doses clinical) (JM).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian, Caribbean; Irish with fadas and Gaelic surnames that change
with sex, "Ó Briain" / "Ní Bhriain", "Mac Cárthaigh" / "Nic Cárthaigh", "Ó Dónaill" / "Ní
Dhónaill", "Ó Súilleabháin" / "Ní Shúilleabháin"; US white, African American, Hispanic,
Vietnamese and Korean; Anglo and Greek / Italian / Lebanese / Vietnamese / Filipino Australian;
Québécois, Acadian / Maritime, Punjabi, Ukrainian and Chinese Canadian; Pākehā, Māori and
Tongan / Samoan; Chinese Singaporean (surname first), Malay and Singapore Indian; Afrikaans and
Nguni; North and South Indian; Jamaican), about one patient name in five (UK, US, AU, CA, IE, NZ)
from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per note (word-like and
eponymous names such as Ward, Bell, Hope, Rose, Parkinson or Graves never drawn); relatives' first
names from the family's group (a son, a father and sometimes a mother, sister or daughter keep the
surname; Gaelic surnames take the relative's sex); staff from a mixed international workforce
(Filipino, Keralite, Nigerian, Zimbabwean, Romanian and Sri Lankan groups among the local ones).
Forms: "First Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "LAST,
FIRST", "First M. Last", "First LAST", "F. Last", "F Last" after a title, "Mr / Ms / Mrs Last",
"Dr. Last", surnames alone, "SURNAME Given", "Given bin / binti Father", "s/o" / "S/O" / "D/O"
names, first names of relatives and staff alone, a typed EPR user name, staff initials in upper
and lower case. No staff initials spell a clinical or common abbreviation (ID, NP, MD, GP, OT ...),
and a note never reuses a first or last name for unrelated people (a note in which a labelled
string - or a word of a labelled name - also occurs unlabelled is redrawn from the next fixed
seed).

Conventions (as heldout58): titles, roles and credentials ("Dr", "Dr.", "Mr", "Ms.", "PC",
"Constable", "Officer", "Garda", "Judge", "Hon.", "Sister", "CNM2", " RN", ", RN", ", LPN", ", MD",
", DO", ", NP", ", LCSW", ", LMSW", ", LMFT", ", RD", ", LPC", ", CADC", ", Psy.D., ABPP",
", MD, FRCPC", ", MSW, RSW", ", MPSI", " MRPharmS", "(RC)", "(ST4)", "(HCA)", "(HCSW)", "(RMN)",
"(CNC)", "(AMHP)", "(JR)", "(PGY-2)") are outside NAME spans; "S/O", "D/O", "s/o", "d/o" are
outside; "bin" / "binti" are inside the Malay name's span; "LAST, First" is one NAME span; staff
initials and typed user names are NAME, each side of "AP/sp" its own span. A street line (with
its flat / unit / "Apt" / "Blk ... #xx-xxx" / "H.No." / "Lot" part, a GP practice's or clinic's
line), a suburb, locality or area and a city / town (also a relative's or GP's town, "Kingston
20") are ADDRESS; a state / province / county / parish ("Co. Clare", "VIC", "ON", "CA", "St.
Catherine"), a country and "Singapore" after an HDB line are not PHI; UK postcodes, Eircodes, US
ZIP codes, Canadian postal codes, AU / NZ / ZA postcodes, Singapore postal codes and Indian PIN
codes are ZIP. DATE: anything more specific than a year (month-year too), in the formats of
heldout58 plus ISO date-times ("2025-04-29T21:00") as one span; weekdays, "w/c" and "DOB" stay
outside; a date followed by a separate time labels only the date; times of day, durations and
follow-up shorthand ("3/52", "3/12", "12/40" gestation) are never labelled. Vitals, doses, volumes,
labs with units, weights, BMI and scores (CIWA-Ar, COWS, PHQ-9, C-SSRS, EPDS, YMRS, EDE-Q, MoCA,
MMSE, GDS-15, NEWS2, ECST-R) are clinical (``Note.clinical``) where marked. PHONE includes
mobiles, landlines, fax, bleeps and pagers (4 to 5 digits), extensions (the digits after "ext")
and +65 / +91 / (876) forms; labels like "mob", "cell", "tel", "ph", "bleep", "pager", "ext",
"cb" are outside; service and emergency lines ("988", "911", "000", "1800 011 511") are
unlabelled. SSN: full US SSNs, the last four digits after "SSN xxx-xx-" (as heldout56), Irish
PPSNs and Canadian SINs. ID: hospital / RiO / UR / MRN / FIN / folder / UHID numbers, NHS (mod 11),
CHI (from the DOB), Medi-Cal CIN, Medicaid and member IDs, NPI (Luhn), AU Medicare (check digit),
IHI (Luhn), OHIP with version code, BC PHN (mod 11), ULI (Luhn), NS health card, NHI (check
digit), NRIC (check letter), SA ID (Luhn), ABHA, Jamaican TRN, CPMS, FP10MDA script, OTP permit,
CTL, client, incident, tribunal, AMHP, CCB, court case, booking, CRI and IMH case numbers,
authorisation numbers, police collar / badge and Garda numbers, and professional registrations
(GMC, CPSA, CPSO, MCRN, MCNZ, HPCSA, SANC, AU provider number). AGE: ages >= 90 only, number part
only; ages < 90 are unlabelled. Not PHI and unlabelled: hospital, ward, team, service, court,
pharmacy-chain and law-firm names ("Juniper Ward", "Hawthorn (PICU)", "Walgreens #03150",
"Kerr Ashby Solicitors", "SJPD", "Peel Regional Police"), form names and numbers (Form 1, Form 42,
Form A, MHCA 04, s2 / s3 / s17 / s135, s11), drug and product brands (Suboxone, Sublocade,
Biodone, Ensure Plus, Laxido), ICD-10 / DSM codes, "whānau", years alone ("since 2019") and times
of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to August 2025
with follow-up dates into late 2025). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

N, D, PH, EM, SSN, ID, AD, ZP, URL, IP, AGE = (
    "NAME", "DATE", "PHONE", "EMAIL", "SSN", "ID", "ADDRESS", "ZIP", "URL", "IP", "AGE",
)

# ----------------------------------------------------------------------------- name groups
# (male first names, female first names, surnames); a person's names come from one group
G: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        ["Gareth", "Callum", "Darren", "Stuart", "Nathaniel", "Jamie", "Robin", "Toby", "Lewin",
         "Graham", "Kieran", "Shaun", "Declan", "Marcus"],
        ["Kirsty", "Leanne", "Gemma", "Harriet", "Philippa", "Jodie", "Abigail", "Rosalind",
         "Maxine", "Tamsin", "Hollie", "Bethany", "Lorraine", "Imogen"],
        ["Ashworth", "Pendleton", "Whitfield", "Brocklehurst", "Hargreaves", "Tattersall",
         "Cowling", "Ellwood", "Summersby", "Pickering", "Ransome", "Threlfall", "Dunmore",
         "Oakden", "Fairclough", "Marsden", "Stanway", "Blenkinsop", "Haworth", "Catterall"],
    ),
    "welsh": (
        ["Rhodri", "Gethin", "Iwan", "Aled", "Dafydd", "Emyr", "Geraint", "Owain"],
        ["Catrin", "Ffion", "Nia", "Sioned", "Eleri", "Rhiannon", "Bethan", "Mali"],
        ["Prydderch", "Llewellyn", "Bowen", "Pritchard", "Gruffydd", "Vaughan", "Meredith",
         "Rowlands", "Probert", "Eynon"],
    ),
    "scottish": (
        ["Ewan", "Fraser", "Hamish", "Lachlan", "Murdo", "Ruaridh", "Alasdair", "Struan"],
        ["Eilidh", "Morag", "Isla", "Kirsteen", "Mhairi", "Shona", "Catriona", "Fiona"],
        ["MacLeod", "Cruickshank", "Buchanan", "Strachan", "Menzies", "Urquhart", "Dalgleish",
         "McKendrick", "Lamont", "Galbraith"],
    ),
    "brit_asian": (
        ["Imran", "Tariq", "Kamran", "Harjit", "Sukhdeep", "Faisal", "Rizwan", "Anish"],
        ["Nusrat", "Shabana", "Rukhsana", "Gurpreet", "Nazia", "Parveen", "Sabina", "Hina"],
        ["Chaudhry", "Bashir", "Sandhu", "Mahmood", "Begum", "Dhaliwal", "Rahman", "Siddiqui",
         "Bains", "Hussain"],
    ),
    "caribbean": (
        ["Delroy", "Winston", "Leroy", "Marlon", "Errol", "Clive", "Desmond", "Tyrone"],
        ["Marcia", "Yvonne", "Beverley", "Paulette", "Sonia", "Hyacinth", "Claudette", "Jolene"],
        ["Campbell", "McKenzie", "Grant", "Thompson", "Forbes", "Beckford", "Spencer", "Gayle",
         "Ricketts", "Bailey"],
    ),
    "irish": (
        ["Seán", "Pádraig", "Ciarán", "Donnacha", "Oisín", "Tadhg", "Cathal", "Eoghan", "Colm",
         "Fiachra"],
        ["Aoife", "Síle", "Niamh", "Gráinne", "Caoimhe", "Róisín", "Clodagh", "Orlaith",
         "Siobhán", "Méabh"],
        ["Brennan", "Kavanagh", "Moloney", "Fitzgerald", "McGrath", "Dunphy", "Hanrahan",
         "Lenihan", "Tierney", "Geraghty", "Madigan", "Scanlon"],
    ),
    "us_white": (
        ["Brandon", "Tyler", "Dustin", "Cody", "Garrett", "Wesley", "Travis", "Bradley"],
        ["Brittany", "Kayla", "Courtney", "Shelby", "Heather", "Megan", "Lindsey", "Amber"],
        ["Kowalczyk", "Hendricks", "Lindqvist", "Pruitt", "Vanderbeek", "Stoltzfus", "Gentry",
         "Holcomb", "Mattingly", "Rasmussen", "Yoder", "Schaefer"],
    ),
    "us_black": (
        ["DeShawn", "Jamal", "Terrence", "Darnell", "Malik", "Andre", "Cedric", "Reginald"],
        ["Keisha", "Latoya", "Shanice", "Tamika", "Ebony", "Aaliyah", "Monique", "Jasmine"],
        ["Washington", "Jefferson", "Merriweather", "Whitaker", "Coleman", "Dorsey", "Pettaway",
         "Gaines", "Battle", "Toussaint"],
    ),
    "us_hispanic": (
        ["Alejandro", "Mateo", "Joaquín", "Rogelio", "Esteban", "Ramiro", "Ignacio", "Héctor"],
        ["Yesenia", "Marisol", "Guadalupe", "Xiomara", "Araceli", "Belén", "Citlali", "Rocío"],
        ["Villanueva", "Quintanilla", "Saucedo", "Arellano", "Benavides", "Olivares",
         "Zamudio", "Cervantes", "Ybarra", "Montoya"],
    ),
    "us_viet": (
        ["Minh", "Quang", "Tuan", "Bao", "Khoa"],
        ["Thuy", "Hoa", "Linh", "Ngoc", "Trang"],
        ["Nguyen", "Tran", "Pham", "Truong", "Huynh", "Dang"],
    ),
    "us_korean": (
        ["Jun-ho", "Sung-min", "Dong-hyun", "Min-jae"],
        ["Ji-woo", "Eun-ji", "Seo-yeon", "Hye-jin"],
        ["Park", "Choi", "Hwang", "Jeong", "Yoon"],
    ),
    "au_anglo": (
        ["Brodie", "Lachie", "Mitchell", "Jarrod", "Corey", "Hayden", "Blake", "Kane"],
        ["Chloe", "Tayla", "Brooke", "Kirra", "Jessica", "Shannon", "Tahlia", "Renee"],
        ["Fenwick", "Blackwood", "McInerney", "Treloar", "Sheedy", "Huxtable", "Penhaligon",
         "Lovett", "Sainsbury", "Dowell"],
    ),
    "au_mixed": (
        ["Giorgos", "Nikolaos", "Salvatore", "Domenico", "Bilal", "Khaled", "Thanh", "Rodel"],
        ["Eleni", "Despina", "Rosaria", "Carmela", "Rania", "Mariam", "Tuyet", "Maricel"],
        ["Papadopoulos", "Karagiannis", "Trimboli", "Mazzaferro", "Haddad", "Nasrallah",
         "Luong", "Dimaculangan", "Kostopoulos", "Zappia"],
    ),
    "ca": (
        ["Mathieu", "Étienne", "Gurdeep", "Taras", "Wei", "Colby", "Landon", "Jasmeet"],
        ["Geneviève", "Mélanie", "Simranjit", "Oksana", "Mei", "Kaitlyn", "Brianne", "Nathalie"],
        ["Tremblay", "Gagnon", "Bouchard", "Grewal", "Kovalenko", "Hrynchuk", "Leung", "MacIsaac",
         "Boudreau", "Thibodeau", "Sidhu", "Chiasson"],
    ),
    "nz_pakeha": (
        ["Hamish", "Reuben", "Tane", "Blair", "Jarrad", "Cameron"],
        ["Sian", "Brooke", "Kate", "Ngaire", "Jessie", "Anna"],
        ["Whitcombe", "Pilkington", "Duthie", "Rutherford", "Kennedy", "Harwood"],
    ),
    "maori": (
        ["Wiremu", "Rawiri", "Tamati", "Hēmi", "Manaaki", "Nikau", "Rangi", "Hohepa"],
        ["Aroha", "Mereana", "Huia", "Kiri", "Tūī", "Ataahua", "Moana", "Hinewai"],
        ["Te Whare", "Ngata", "Tipene", "Parata", "Rāwiri", "Tawhiri", "Hōhaia", "Kereama"],
    ),
    "pasifika": (
        ["Sione", "Tevita", "Iosefa", "Faleolo", "Viliami", "Ioane"],
        ["Mele", "Losana", "Salote", "Fetu", "Ana", "Litia"],
        ["Tuilagi", "Fonoti", "Havili", "Taufa", "Aumua", "Leota"],
    ),
    "sg_chinese": (
        ["Wei Jie", "Jun Hao", "Kai Xiang", "Zhi Hao", "Yong Sheng"],
        ["Hui Min", "Xin Yi", "Shu Fen", "Mei Ling", "Jia Hui"],
        ["TAN", "LIM", "ONG", "GOH", "CHUA", "NG", "KOH", "SEAH"],
    ),
    "malay": (
        ["Muhammad Firdaus", "Ahmad Hafiz", "Khairul Anwar", "Mohd Faizal"],
        ["Nurul Aisyah", "Siti Hajar", "Nur Farhana", "Noraini"],
        ["Rahim", "Ismail", "Osman", "Salleh", "Yusof", "Hamzah"],
    ),
    "sg_indian": (
        ["Ravi", "Suresh", "Karthik", "Vignesh"],
        ["Kavitha", "Priya", "Revathi", "Malathi"],
        ["Rajendran", "Subramaniam", "Pillai", "Krishnan", "Ramasamy"],
    ),
    "afrikaans": (
        ["Johannes", "Pieter", "Hendrik", "Wynand", "Stefan"],
        ["Annelie", "Elmarie", "Marietjie", "Liezl", "Ronel"],
        ["van der Merwe", "Botha", "Pretorius", "Oosthuizen", "Steyn", "Coetzee"],
    ),
    "nguni": (
        ["Sipho", "Thabo", "Mandla", "Lwazi", "Bongani"],
        ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Nosipho"],
        ["Dlamini", "Ndlovu", "Mokoena", "Mthembu", "Khumalo", "Zulu"],
    ),
    "n_indian": (
        ["Rohit", "Vikram", "Amandeep", "Sandeep", "Manoj", "Aditya"],
        ["Pooja", "Sunita", "Neha", "Anjali", "Rekha", "Shweta"],
        ["Sharma", "Verma", "Chauhan", "Yadav", "Saxena", "Tiwari", "Bhatia"],
    ),
    "s_indian": (
        ["Rajesh", "Anand", "Srinivas", "Harish", "Bijoy", "Jithin"],
        ["Lakshmi", "Deepa", "Bindu", "Sowmya", "Reshma", "Anitha"],
        ["Reddy", "Gowda", "Nair", "Menon", "Iyer", "Hegde", "Kurian"],
    ),
    "jamaican": (
        ["Damion", "Kemar", "Andrae", "Rohan", "Omar", "Garfield"],
        ["Shanique", "Tameka", "Kerry-Ann", "Nadine", "Sasha-Gaye", "Odette"],
        ["Brown", "Williams", "Reid", "Ellis", "Henry", "Powell", "Clarke", "Mullings"],
    ),
    # an international workforce, drawn for staff
    "filipino": (
        ["Jericho", "Rommel", "Arnel", "Rodrigo"],
        ["Maricar", "Jocelyn", "Rowena", "Lorna"],
        ["Dimaano", "Bautista", "Macaraeg", "Villareal", "Pangilinan", "Soriano"],
    ),
    "keralite": (
        ["Jinu", "Shibu", "Tijo", "Libin"],
        ["Sheeba", "Jincy", "Lincy", "Soumya"],
        ["Varghese", "Thomas", "Mathew", "Kuriakose", "Chacko", "Joseph"],
    ),
    "nigerian": (
        ["Oluwaseun", "Chinedu", "Babatunde", "Emeka", "Adewale"],
        ["Folake", "Ngozi", "Temitope", "Chiamaka", "Yewande"],
        ["Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwachukwu"],
    ),
    "zimbabwean": (
        ["Tendai", "Farai", "Tapiwa", "Kudzai"],
        ["Rutendo", "Chipo", "Tsitsi", "Nyasha"],
        ["Moyo", "Chikwanha", "Mutasa", "Sibanda", "Gumbo"],
    ),
    "romanian": (
        ["Andrei", "Bogdan", "Florin", "Cătălin"],
        ["Ioana", "Roxana", "Andreea", "Mihaela"],
        ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu"],
    ),
    "srilankan": (
        ["Dinesh", "Chaminda", "Ruwan", "Nuwan"],
        ["Dilani", "Chathurika", "Nirmala", "Sachini"],
        ["Perera", "Fernando", "Jayasuriya", "Wickramasinghe", "Gunawardena"],
    ),
}

GAELIC = [  # (male form, female form)
    ("Ó Briain", "Ní Bhriain"), ("Mac Cárthaigh", "Nic Cárthaigh"),
    ("Ó Dónaill", "Ní Dhónaill"), ("Ó Súilleabháin", "Ní Shúilleabháin"),
]

STAFF = {
    "UK": ["english", "welsh", "scottish", "brit_asian", "caribbean", "filipino", "keralite",
           "nigerian", "zimbabwean", "romanian", "srilankan"],
    "US": ["us_white", "us_black", "us_hispanic", "us_viet", "us_korean", "filipino",
           "nigerian", "keralite"],
    "AU": ["au_anglo", "au_mixed", "filipino", "keralite", "srilankan", "zimbabwean"],
    "CA": ["ca", "filipino", "nigerian", "keralite", "us_viet"],
    "IE": ["irish", "filipino", "keralite", "nigerian", "romanian", "zimbabwean"],
    "NZ": ["nz_pakeha", "maori", "pasifika", "filipino", "srilankan", "s_indian"],
    "SG": ["sg_chinese", "malay", "sg_indian", "filipino"],
    "ZA": ["afrikaans", "nguni", "zimbabwean"],
    "IN": ["n_indian", "s_indian", "keralite"],
    "JM": ["jamaican", "nigerian"],
}
PAT = {
    "UK": ["english", "english", "welsh", "scottish", "brit_asian", "caribbean"],
    "US": ["us_white", "us_white", "us_black", "us_hispanic", "us_viet", "us_korean"],
    "AU": ["au_anglo", "au_anglo", "au_mixed"],
    "CA": ["ca"],
    "IE": ["irish"],
    "NZ": ["nz_pakeha", "maori", "maori", "pasifika"],
    "SG": ["sg_chinese", "malay", "sg_indian"],
    "ZA": ["afrikaans", "nguni"],
    "IN": ["n_indian", "s_indian"],
    "JM": ["jamaican"],
}
LOCALE = {"UK": "en_GB", "US": "en_US", "AU": "en_AU", "CA": "en_CA", "IE": "en_IE",
          "NZ": "en_NZ", "IN": "en_IN"}
BANNED = {
    "ward", "bell", "hope", "rose", "kell", "foley", "duffy", "kidd", "lewis", "gram", "coombs",
    "guthrie", "smart", "bishop", "carry", "may", "june", "april", "grace", "faith", "joy",
    "will", "mark", "page", "long", "short", "black", "white", "green", "brown", "gray", "grey",
    "hall", "king", "young", "day", "moss", "rich", "low", "sharp", "law", "marsh", "stone",
    "wood", "field", "street", "lane", "nurse", "doctor", "mann", "dean", "parkinson",
    "addison", "cushing", "graves", "down", "crohn", "hodgkin", "wilson", "huntington",
    "chamberlain", "baker", "cook", "butler", "clozapine", "lorazepam", "park",
}
# initials that read as clinical or common abbreviations: never drawn for staff
BAD_INITIALS = {
    "BP", "HR", "GP", "OT", "IM", "IV", "PO", "PR", "SC", "MSE", "PRN", "OST", "ED", "AE",
    "CT", "MR", "MS", "DR", "NG", "NA", "OD", "BD", "TD", "TDS", "QDS", "ST", "SN", "RN",
    "CO", "NO", "US", "UK", "IT", "AM", "PM", "RE", "TO", "OK", "HE", "ME", "WE", "BE", "DO",
    "GO", "SO", "IF", "IS", "OR", "AN", "AT", "BY", "IN", "ON", "OF", "UP", "AS", "HI",
    "MHA", "CPN", "CMHT", "AWOL", "SAD", "MAD", "BAD", "DIE", "CPA", "RC", "AMP", "NHS", "BMI",
    "ECG", "ECT", "EPS", "PD", "PT", "RT", "LD", "SU", "DV", "FH", "PH", "SH", "DSH", "CD",
    "MDT", "HTT", "EIP", "CCO", "PC", "SW", "TL", "DA", "CA", "CR", "FBC", "ANC", "TCI", "NFA",
    "HB", "LFT", "TFT", "UDS", "UDT", "SI", "VH", "AH", "TH", "LL", "EI", "DS", "MH",
    "AA", "AB", "AC", "AD", "AF", "AG", "CC", "DD", "EE", "FF", "JJ", "KK", "MM", "NN",
    "PP", "QQ", "SS", "TT", "WW", "XX", "ZZ", "BB", "GG", "HH", "II", "OO", "RR", "UU", "VV",
    "YY", "CF", "DM", "MI", "PE", "UTI", "ID", "NP", "PA", "MD", "RD", "TB", "HD", "CS", "GA",
    "LA", "SA", "WA", "NZ", "SG", "JM", "IE", "CN", "PN", "HV", "MW", "GCS", "LOC", "CBT", "DBT", "EUPD", "ADHD", "OCD",
}


class Person:
    def __init__(self, first: str, last: str, sex: str, middle: str = "") -> None:
        self.first, self.last, self.sex, self.middle = first, last, sex, middle

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:  # "Last, First"
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:  # "LAST, First"
        return f"{self.last.upper()}, {self.first}"

    @property
    def FL(self) -> str:  # "First LAST"
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:  # "F. Last"
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:  # "F Last"
        return f"{self.first[0]} {self.last}"

    @property
    def m(self) -> str:
        return self.middle[0] if self.middle else "J"

    @property
    def lfm(self) -> str:  # "Last, First M"
        return f"{self.last}, {self.first} {self.m}"

    @property
    def fml(self) -> str:  # "First M. Last"
        return f"{self.first} {self.m}. {self.last}"

    @property
    def LFM(self) -> str:  # "LAST, FIRST M"
        return f"{self.last.upper()}, {self.first.upper()} {self.m}"

    @property
    def ini(self) -> str:
        return (self.first[0] + self.last.replace(" ", "")[0]).upper()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else self.rng_title

    rng_title = "Ms"


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


class Ctx:
    """One note's random stream, its used name words and the builder."""

    def __init__(self, seed: int, region: str) -> None:
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.used_ini: set[str] = set()
        loc = LOCALE.get(region, "en_GB")
        self.fk = Faker(loc)
        self.fk.seed_instance(seed)

    # -- text
    def t(self, s: str) -> Ctx:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> Ctx:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> Ctx:
        self.b.c(s)
        return self

    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def digits(self, k: int, first_nonzero: bool = False) -> str:
        s = "".join(str(self.r.randint(0, 9)) for _ in range(k))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, k: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(pool) for _ in range(k))

    # -- names
    def _free(self, *words: str) -> bool:
        for w in words:
            for part in re.split(r"[\s'-]+", w):
                if part.lower() in self.used or part.lower() in BANNED:
                    return False
        return True

    def _take(self, *words: str) -> None:
        for w in words:
            for part in re.split(r"[\s'-]+", w):
                if part:
                    self.used.add(part.lower())

    def person(self, group: str | None = None, sex: str | None = None, faker: bool = False,
               last: str | None = None, staff: bool = False) -> Person:
        sex = sex or self.ch("mf")
        for _ in range(200):
            if faker and self.region in LOCALE and self.r.random() < 0.2:
                fn = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                ln = self.fk.last_name() if last is None else last
                mid = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
            else:
                g = group or self.ch((STAFF if staff else PAT)[self.region])
                ms, fs, ls = G[g]
                fn = self.ch(ms if sex == "m" else fs)
                if last is not None:
                    ln = last
                elif g == "irish" and self.r.random() < 0.3:
                    ln = self.ch(GAELIC)[0 if sex == "m" else 1]
                else:
                    ln = self.ch(ls)
                mid = self.ch(ms if sex == "m" else fs)
            if not (fn.replace(" ", "").replace("-", "").isalpha() and ln.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()):
                continue
            if not self._free(fn, mid) or (last is None and not self._free(ln)):
                continue
            if staff:
                ini = (fn[0] + ln.replace(" ", "")[0]).upper()
                if ini in BAD_INITIALS or ini in self.used_ini:
                    continue
                self.used_ini.add(ini)
            self._take(fn, mid)
            if last is None:
                self._take(ln)
            p = Person(fn, ln, sex, mid)
            p.rng_title = self.ch(["Ms", "Mrs", "Miss"]) if sex == "f" else "Mr"
            return p
        raise RuntimeError("names exhausted")

    def staff(self, sex: str | None = None) -> Person:
        return self.person(staff=True, sex=sex)

    def kin(self, of: Person, sex: str | None = None, keep: bool = False) -> Person:
        """A relative: same group as far as possible; keeps the surname when asked."""
        grp = None
        for g, (ms, fs, ls) in G.items():
            if of.first in ms or of.first in fs:
                grp = g
                break
        if grp is None:
            grp = PAT[self.region][0]
        last = of.last if keep else None
        if keep and grp == "irish":
            for mform, fform in GAELIC:
                if of.last in (mform, fform):
                    last = mform if sex == "m" else fform
        return self.person(grp, sex, last=last)

    def first_only(self, group: str | None = None, sex: str | None = None) -> str:
        return self.person(group, sex).first

    def word_ok(self, w: str) -> bool:
        return self._free(w)

    # -- dates
    def day(self, start: date = date(2024, 1, 8), span: int = 600) -> date:
        return start + timedelta(days=self.ri(0, span))

    def dob(self, lo: int = 18, hi: int = 70, ref: date = date(2025, 1, 1)) -> date:
        return ref - timedelta(days=self.ri(lo * 365 + 10, hi * 365 + 300))

    def dob_age(self, age: int, ref: date) -> date:
        d = ref - timedelta(days=age * 365 + self.ri(20, 330) + age // 4)
        return d

    @staticmethod
    def age(dob: date, ref: date) -> int:
        return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))

    # -- phones
    def uk_mob(self) -> str:
        s = "07" + self.ch("3456789") + self.digits(8)
        return self.ch([s, f"{s[:5]} {s[5:]}", f"{s[:5]} {s[5:8]} {s[8:]}"])

    def uk_land(self, code: str | None = None) -> str:
        code = code or self.ch(["0161", "0113", "0121", "0114", "0115", "0117", "0191"])
        if len(code) == 5:
            return f"{code} {self.digits(6, True)}"
        return f"{code} {self.digits(3, True)} {self.digits(4)}"

    def us_phone(self, area: str | None = None) -> str:
        a = area or self.ch(["312", "414", "614", "919", "503", "720", "408", "215", "617"])
        n = f"{self.ri(201, 989)}"
        return self.ch([f"({a}) {n}-{self.digits(4)}", f"{a}-{n}-{self.digits(4)}",
                        f"{a}.{n}.{self.digits(4)}"])

    def au_mob(self) -> str:
        s = "04" + self.digits(8)
        return self.ch([f"{s[:4]} {s[4:7]} {s[7:]}", s])

    def ie_mob(self) -> str:
        return f"08{self.ch('3567')} {self.digits(3, True)} {self.digits(4)}"

    def nz_mob(self) -> str:
        return f"02{self.ch('1279')} {self.digits(3, True)} {self.digits(4)}"

    # -- identifiers
    def nhs(self, spaced: bool | None = None) -> str:
        while True:
            ds = [self.ri(1, 9)] + [self.ri(0, 9) for _ in range(8)]
            chk = 11 - sum(d * w for d, w in zip(ds, range(10, 1, -1), strict=True)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                break
        s = "".join(map(str, ds)) + str(chk)
        if spaced is None:
            spaced = self.r.random() < 0.6
        return f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s

    def chi(self, dob: date, sex: str) -> str:
        while True:
            body = dob.strftime("%d%m%y") + self.digits(2)
            sx = self.ch("13579" if sex == "m" else "02468")
            body += sx
            chk = 11 - sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                return body + str(chk)

    def ssn(self) -> str:
        return f"{self.ri(101, 665)}-{self.ri(10, 99)}-{self.ri(1000, 9999)}"

    def ppsn(self) -> str:
        ds = self.digits(7)
        tot = sum(int(d) * w for d, w in zip(ds, range(8, 1, -1), strict=True))
        return ds + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]

    def sin(self) -> str:
        body = self.ch("12345679") + self.digits(7)
        s = body + _luhn_digit(body)
        return f"{s[:3]} {s[3:6]} {s[6:]}"

    def medicare_au(self) -> str:
        first = str(self.ri(2, 6))
        body = first + self.digits(7)
        chk = sum(int(d) * w for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        s = body + str(chk) + str(self.ri(1, 5))
        return self.ch([s, f"{s[:4]} {s[4:9]} {s[9]}"])

    def ihi(self) -> str:
        body = "800360" + self.digits(9)
        s = body + _luhn_digit(body)
        return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"

    def nhi(self) -> str:
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            ls = self.letters(3, alpha)
            ds = self.digits(3)
            vals = [alpha.index(x) + 1 for x in ls] + [int(x) for x in ds]
            rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
            if rem == 0:
                continue
            chk = 11 - rem
            return ls + ds + str(0 if chk == 10 else chk)

    def ohip(self) -> str:
        body = self.ch("123456789") + self.digits(8)
        s = body + _luhn_digit(body)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}-{self.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"

    def bc_phn(self) -> str:
        while True:
            ds = [9] + [self.ri(0, 9) for _ in range(8)]
            tot = sum((ds[i] * w) % 11 for i, w in zip(range(1, 9), [2, 4, 8, 5, 10, 9, 7, 3],
                                                        strict=True))
            chk = 11 - tot % 11
            if chk < 10:
                s = "".join(map(str, ds)) + str(chk)
                return f"{s[:4]} {s[4:7]} {s[7:]}"

    def uli(self) -> str:
        body = self.ch("123456789") + self.digits(7)
        s = body + _luhn_digit(body)
        return f"{s[:5]}-{s[5:]}"

    def nric(self, prefix: str = "S") -> str:
        ds = self.digits(7)
        tot = sum(int(d) * w for d, w in zip(ds, [2, 7, 6, 5, 4, 3, 2], strict=True))
        if prefix == "T":
            tot += 4
        return prefix + ds + "JZIHGFEDCBA"[tot % 11]

    def sa_id(self, dob: date, sex: str) -> str:
        g = self.ri(5000, 9999) if sex == "m" else self.ri(0, 4999)
        body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
        return body + _luhn_digit(body)

    def npi(self) -> str:
        body = "1" + self.digits(8)
        return body + _luhn_digit("80840" + body)


# ----------------------------------------------------------------------------- date formats
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fd(d: date, f: str) -> str:
    """Date in a named format."""
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dmys": f"{d.day}/{d.month}/{d.year % 100:02d}",
        "dmyl": f"{d.day}/{d.month}/{d.year}",
        "dm": f"{d.day}/{d.month}",
        "dm0": f"{d.day:02d}/{d.month:02d}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot2": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dMy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "dMMy": f"{d.day} {MONTH[d.month - 1]} {d.year}",
        "oMMy": f"{_ord(d.day)} {MONTH[d.month - 1]} {d.year}",
        "oMM": f"{_ord(d.day)} {MONTH[d.month - 1]}",
        "dM": f"{d.day} {MON[d.month - 1]}",
        "dMM": f"{d.day} {MONTH[d.month - 1]}",
        "d-M-y": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        "d-MU-y": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "dMUy": f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}",
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdyl": f"{d.month}/{d.day}/{d.year}",
        "mdys": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "mdy2": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "md": f"{d.month}/{d.day}",
        "Mdy": f"{MON[d.month - 1]} {d.day}, {d.year}",
        "MMdy": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "Md": f"{MON[d.month - 1]} {d.day}",
        "MMd": f"{MONTH[d.month - 1]} {d.day}",
        "MMy": f"{MONTH[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[f]


def iso_dt(d: date, c: Ctx, secs: bool = False) -> str:
    t = f"{d.isoformat()}T{c.ri(0, 23):02d}:{c.ri(0, 59):02d}"
    return t + (f":{c.ri(0, 59):02d}" if secs else "")


def hhmm(c: Ctx, colon: bool = False, lo: int = 0, hi: int = 23) -> str:
    h, m = c.ri(lo, hi), c.ch([0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55])
    return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"


# ----------------------------------------------------------------------------- places
UK_TOWNS = [("Stockport", "SK4"), ("Oldham", "OL8"), ("Bolton", "BL3"), ("Wakefield", "WF2"),
            ("Rotherham", "S65"), ("Gateshead", "NE8"), ("Luton", "LU4"), ("Swindon", "SN2"),
            ("Ipswich", "IP4"), ("Walsall", "WS2"), ("Lincoln", "LN6"), ("Exeter", "EX4"),
            ("Leicester", "LE5"), ("Burnley", "BB11"), ("Doncaster", "DN4")]
SCOT_TOWNS = [("Paisley", "PA3"), ("Kirkcaldy", "KY1"), ("Dundee", "DD4"), ("Falkirk", "FK2"),
              ("Inverness", "IV2")]
WAL_TOWNS = [("Wrexham", "LL13"), ("Llanelli", "SA15"), ("Pontypridd", "CF37"),
             ("Bridgend", "CF31"), ("Aberystwyth", "SY23")]
UK_STREETS = ["Tithebarn Lane", "Coppice Close", "Hollins Road", "Marlborough Crescent",
              "Sycamore Grove", "Brindley Way", "Foxhill Drive", "Albion Terrace",
              "Kestrel Rise", "Canal Side", "Poplar Avenue", "Millstone Court", "Heys Lane",
              "Wellington Parade"]
WAL_STREETS = ["Heol y Nant", "Ffordd Las", "Stryd Fawr", "Maes y Coed", "Heol Dewi",
               "Llys Glas"]
SCOT_STREETS = ["Braehead Crescent", "Kirkton Road", "Craigie Wynd", "Burnside Place",
                "Glebe Street", "Cairnhill Drive"]
US_CITIES = [("Milwaukee", "WI", "532"), ("Columbus", "OH", "432"), ("Durham", "NC", "277"),
             ("Portland", "OR", "972"), ("Aurora", "CO", "800"), ("San Jose", "CA", "951"),
             ("Fresno", "CA", "937"), ("Allentown", "PA", "181"), ("Worcester", "MA", "016"),
             ("Rockford", "IL", "611"), ("Tacoma", "WA", "984"), ("Tucson", "AZ", "857")]
US_STREETS = ["N Humboldt Blvd", "Cedar Hollow Rd", "E Lincoln Hwy", "Pinecrest Dr",
              "W Burleigh St", "Orchard Ridge Ln", "S Alvarado St", "Maple Bluff Ct",
              "Old Mill Rd", "Grandview Ave", "Tamarack Way", "Mesquite Trl"]
AU_SUBS = [("Dandenong", "VIC", "3175"), ("Frankston", "VIC", "3199"), ("Sunshine", "VIC",
                                                                         "3020"),
           ("Ipswich", "QLD", "4305"), ("Logan Central", "QLD", "4114"), ("Mount Druitt", "NSW",
                                                                             "2770"),
           ("Campbelltown", "NSW", "2560"), ("Elizabeth", "SA", "5112"), ("Mirrabooka", "WA",
                                                                          "6061"),
           ("Glenorchy", "TAS", "7010"), ("Werribee", "VIC", "3030"), ("Nerang", "QLD", "4211")]
AU_STREETS = ["Banksia Cres", "Wattle Grove", "Jacaranda St", "Kurrajong Ave", "Boronia Rd",
              "Ironbark Cl", "Bottlebrush Dr", "Coolabah Pde", "Waratah St"]
CA_CITIES = [("Brampton", "ON", "L6"), ("Hamilton", "ON", "L8"), ("Sudbury", "ON", "P3"),
             ("Surrey", "BC", "V3"), ("Kamloops", "BC", "V2"), ("Red Deer", "AB", "T4"),
             ("Lethbridge", "AB", "T1"), ("Dartmouth", "NS", "B2"), ("Brandon", "MB", "R7"),
             ("Moncton", "NB", "E1")]
CA_STREETS = ["Birchmount Rd", "Queen St E", "Lakeshore Blvd W", "Aspen Ridge Dr",
              "Chinook Cres", "Sackville St", "Tamarack Way", "Riverview Dr", "Prospect St"]
IE_TOWNS = [("Tralee", "Co. Kerry", "V92"), ("Mullingar", "Co. Westmeath", "N91"),
            ("Ennis", "Co. Clare", "V95"), ("Navan", "Co. Meath", "C15"),
            ("Castlebar", "Co. Mayo", "F23"), ("Letterkenny", "Co. Donegal", "F92"),
            ("Clonmel", "Co. Tipperary", "E91"), ("Tullamore", "Co. Offaly", "R35")]
IE_STREETS = ["Bóthar na Trá", "Ard Mhuire", "Church View", "Ashgrove Park", "Cluain Ard",
              "Fairgreen Road", "Oakpark Drive", "Radharc na Sléibhte"]
NZ_SUBS = [("Ōtara", "Auckland", "2023"), ("Porirua", "Porirua", "5022"),
           ("Flaxmere", "Hastings", "4120"), ("Aranui", "Christchurch", "8061"),
           ("Fairfield", "Hamilton", "3214"), ("Kaikohe", "Kaikohe", "0405"),
           ("Naenae", "Lower Hutt", "5011")]
NZ_STREETS = ["Rata Street", "Kowhai Road", "Totara Avenue", "Puriri Place", "Nikau Crescent",
              "Karaka Street"]


def eircode(c: Ctx, rk: str) -> str:
    return f"{rk} {c.letters(1, 'ACDEFHKNPRTVWXY')}{c.digits(2)}{c.letters(1, 'ACDEFHKNPRTVWXY')}"


def uk_pc(c: Ctx, out: str) -> str:
    return f"{out} {c.ri(1, 9)}{c.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def ca_pc(c: Ctx, fsa: str) -> str:
    lt = "ABCEGHJKLMNPRSTVWXYZ"
    return f"{fsa}{c.letters(1, lt)} {c.ri(0, 9)}{c.letters(1, lt)}{c.ri(0, 9)}"


def fhir(p: Person, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
         line: str | None = None, city: str | None = None, pc: str | None = None,
         country: str = "") -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": p.last, "given": [p.first] + ([p.middle] if p.middle else [])}],
        "gender": "male" if p.sex == "m" else "female",
        "birthDate": dob.isoformat(),
        "identifier": [{"system": s, "value": v} for s, v in ids],
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if line or city or pc:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if pc:
            addr["postalCode"] = pc
        if country:
            addr["country"] = country
        res["address"] = [addr]
    return res


# ----------------------------------------------------------------------------- templates
TEMPLATES: list[Callable[[Ctx], dict[str, Any]]] = []
REGION: dict[str, str] = {}


def _tpl(region: str) -> Callable[[Callable[[Ctx], dict[str, Any]]], Callable[[Ctx], dict[str,
                                                                                          Any]]]:
    def deco(fn: Callable[[Ctx], dict[str, Any]]) -> Callable[[Ctx], dict[str, Any]]:
        TEMPLATES.append(fn)
        REGION[fn.__name__] = region
        return fn

    return deco


def _uk_addr(c: Ctx, towns: list[tuple[str, str]] | None = None,
             streets: list[str] | None = None) -> tuple[str, str, str]:
    town, out = c.ch(towns or UK_TOWNS)
    st = c.ch(streets or UK_STREETS)
    line = c.ch([f"{c.ri(1, 140)} {st}", f"Flat {c.ri(1, 24)}, {c.ri(2, 90)} {st}",
                 f"{c.ri(1, 60)} {st}"])
    return line, town, uk_pc(c, out)


@_tpl("UK")
def uk_ward_round(c: Ctx) -> dict[str, Any]:
    """Acute adult ward round entry under s3 (England)."""
    pt = c.person(faker=True)
    dob = c.dob(19, 64)
    d0 = c.day()
    hosp = "RT" + c.digits(6)
    nhs = c.nhs()
    cons, spr, nurse, cpn = c.staff(), c.staff(), c.staff(), c.staff()
    mum = c.kin(pt, "f", keep=c.r.random() < 0.5)
    sec_start = d0 - timedelta(days=c.ri(9, 40))
    ward = c.ch(["Juniper Ward", "Hawthorn (PICU)", "Bluebell Ward", "Laurel Ward"])
    c.t(f"WARD ROUND - {ward} - {WD[d0.weekday()]} ").p(D, fd(d0, "dmy2")).t("\n")
    c.t("Pt: ").p(N, pt.LF).t("  DOB ").p(D, fd(dob, "dmy")).t("  Hosp no ").p(ID, hosp)
    c.t("  NHS ").p(ID, nhs).t("\n")
    c.t("Legal: s3 MHA (converted from s2 on ").p(D, fd(sec_start, "dm")).t("). s132 rights "
                                                                                "re-read.\n")
    c.t("Present: Dr ").p(N, cons.last).t(" (RC), Dr ").p(N, spr.fi).t(" (ST4), ")
    c.p(N, nurse.full).t(" (named nurse), ").p(N, cpn.first).t(" (CCO, CMHT)\n\n")
    c.t("Nursing update: settled on Obs level 1 since ").p(D, fd(d0 - timedelta(days=3), "dm"))
    c.t(". Sleeping 6-7h. Ate in dining room. PRN x1 in 72h (promethazine ").c("25mg")
    c.t(" PO). No incidents.\n")
    c.t(f"MSE: {c.ch(['casually dressed, kempt', 'unkempt, malodorous', 'well groomed'])}. "
        "Good rapport. Speech normal rate. Mood 'alright', affect restricted. Thought: less "
        "guarded, persecutory beliefs re neighbours persist but less preoccupied. No AH "
        "reported, not RTS. No thoughts of self-harm. Insight partial.\n")
    c.t("Mum (").p(N, mum.first).t(") phoned yesterday - keen for s17 leave to include home "
                                      "visit.\n")
    c.t("Meds: olanzapine ").c(f"{c.ch([10, 15, 20])}mg").t(" nocte, sertraline ")
    c.c("50mg").t(" OD. Wt ").c(f"{c.ri(62, 110)}.{c.ri(0, 9)}kg").t(", BMI ")
    c.c(f"{c.ri(21, 34)}.{c.ri(0, 9)}").t(".\n")
    c.t("Plan:\n1. s17 leave - escorted ground leave 2x30min, unescorted from ")
    c.p(D, fd(d0 + timedelta(days=2), "dm0")).t(" if settled.\n")
    c.t("2. CPA review ").p(D, fd(d0 + timedelta(days=c.ri(7, 14)), "dmy2"))
    c.t(" - invite ").p(N, cpn.first).t(" and mum.\n3. Bloods (prolactin, lipids) - Dr ")
    c.p(N, spr.last).t(" to request.\n")
    c.p(N, spr.full).t(" ST4, bleep ").p(PH, c.digits(4, True)).t("\n")
    return fhir(pt, dob, [("nhs", nhs.replace(" ", "")), ("local", hosp)])


@_tpl("UK")
def uk_obs_record(c: Ctx) -> dict[str, Any]:
    """Enhanced observation record, level 2 with a PRN line and an AWOL attempt (England)."""
    pt = c.person(faker=True)
    dob = c.dob(18, 55)
    d0 = c.day()
    hosp = c.ch(["M", "P"]) + c.digits(7)
    ns = [c.staff() for _ in range(4)]
    hca = c.staff()
    c.t("ENHANCED OBSERVATION RECORD\nName: ").p(N, pt.full).t("   RiO: ").p(ID, hosp)
    c.t("   DOB: ").p(D, fd(dob, "dmy2")).t("\n")
    c.t("Date: ").p(D, fd(d0, "dMy")).t("   Level: Obs level 2 (within eyesight)\n")
    c.t("Reason: absconding risk - AWOL ").p(D, fd(d0 - timedelta(days=c.ri(2, 9)), "dm"))
    c.t(", returned by police\n\n")
    c.t("Time  | Location      | Presentation             | Init\n")
    locs = ["bedroom", "lounge", "corridor", "garden", "dining rm", "bedroom"]
    pres = ["lying on bed, awake", "watching TV", "pacing", "smoking, calm", "eating",
            "asleep, resp observed"]
    times = sorted(hhmm(c, True, 7, 21) for _ in range(6))
    for i in range(6):
        who = ns[i % 2] if i < 4 else hca
        c.t(f"{times[i]} | {locs[i]:<13} | {pres[i]:<24} | ").p(N, who.ini).t("\n")
    c.t("\n1410 tried door to airlock behind visitor, redirected. Verbally hostile. PRN "
        "lorazepam ").c("1mg").t(" PO given by ").p(N, ns[2].fi).t(" RN, 2nd checker ")
    c.p(N, ns[3].first).t(". Effective @1450.\n")
    c.t("Obs reviewed with Dr ").p(N, c.staff().last)
    c.t(" - remain level 2 overnight.\n")
    c.t("Handover to nights: ").p(N, hca.full).t(" (HCA) on obs from 1930.\n")
    return fhir(pt, dob, [("rio", hosp)])


@_tpl("UK")
def uk_htt_visit(c: Ctx) -> dict[str, Any]:
    """Crisis resolution / home treatment team home visit (England)."""
    pt = c.person(faker=True)
    dob = c.dob(20, 70)
    d0 = c.day()
    line, town, pc = _uk_addr(c)
    mob = c.uk_mob()
    nhs = c.nhs()
    partner = c.kin(pt, c.ch("mf"))
    w1, w2 = c.staff(), c.staff()
    gp = c.staff()
    c.t("CRHTT - Home visit\n").p(N, pt.lf).t(" | NHS ").p(ID, nhs).t(" | DOB ").p(D, fd(dob,
                                                                                       "dot"))
    c.t("\nAddress: ").p(AD, line).t(", ").p(AD, town).t(" ").p(ZP, pc).t("  Mob: ").p(PH, mob)
    c.t("\nSeen ").p(D, fd(d0, "dmy")).t(f" {hhmm(c, False, 9, 17)} by ").p(N, w1.full)
    c.t(" (RMN) & ").p(N, w2.full).t(" (STR worker). Day ").c(str(c.ri(3, 12)))
    c.t(" of HTT episode.\n\n")
    c.t("S: 'a bit better'. Sleeping 4-5h with zopiclone ").c("7.5mg").t(". Partner ")
    c.p(N, partner.first).t(" present for part, reports pt ate yesterday, less tearful.\n")
    c.t("MSE: dressed, eye contact fleeting, PMR+. Mood low 3/10, affect congruent. Passive "
        "SI, no plan/intent, protective factors kids + ").p(N, partner.first).t(".\n")
    c.t("Risk: moderate, static unchanged. Meds box checked - mirtazapine ").c("30mg")
    c.t(" 5 tabs left (supervised supply).\n")
    c.t("Plan: daily visits, next ").p(D, fd(d0 + timedelta(days=1), "dm")).t(" am. Med "
                                                                             "review Dr ")
    c.p(N, gp.last).t(" w/c ").p(D, fd(d0 + timedelta(days=7 - d0.weekday()), "dm0"))
    c.t(". Crisis line given. ").p(N, w1.ini).t("/").p(N, w2.ini.lower()).t("\n")
    return fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], mob, line, town, pc)


@_tpl("UK")
def uk_amhp_outcome(c: Ctx) -> dict[str, Any]:
    """AMHP outcome of a Mental Health Act assessment with the nearest relative (England)."""
    pt = c.person(faker=True)
    dob = c.dob(18, 80)
    d0 = c.day()
    line, town, pc = _uk_addr(c)
    nr_sex = c.ch("mf")
    nr = c.kin(pt, nr_sex, keep=nr_sex == "m" or c.r.random() < 0.5)
    nline, ntown, npc = _uk_addr(c)
    amhp, s12a, s12b, pc_officer = c.staff(), c.staff(), c.staff(), c.staff()
    nr_mob = c.uk_mob()
    nhs = c.nhs()
    ref = "AMHP-" + c.digits(6)
    rel = "father" if nr.sex == "m" else "mother"
    c.t("AMHP Service - Outcome of MHA assessment    Ref ").p(ID, ref).t("\n")
    c.t("Person assessed: ").p(N, pt.full).t(", DOB ").p(D, fd(dob, "dMy")).t(", NHS ")
    c.p(ID, nhs).t("\nUsual address: ").p(AD, line).t(", ").p(AD, town).t(", ").p(ZP, pc)
    c.t("\nDate of assessment: ").p(D, fd(d0, "dmy")).t(" at home (warrant s135(1) not req'd)\n")
    c.t("Section 12 approved: Dr ").p(N, s12a.full).t(" (GMC ").p(ID, c.digits(7, True))
    c.t("); Dr ").p(N, s12b.full).t(" (GP, prev acquaintance)\n")
    c.t(f"Nearest relative (s26): {rel}, ").p(N, nr.full).t(", ").p(AD, nline).t(", ")
    c.p(AD, ntown).t(" ").p(ZP, npc).t(", tel ").p(PH, nr_mob).t("\n")
    c.t("NR consulted by phone at 1540: did not object to s2. Informed of right to discharge "
        "(s23) - letter to follow.\n")
    c.t("Police: PC ").p(N, pc_officer.last).t(" collar ").p(ID, c.digits(4, True))
    c.t(" attended, left 1710.\n")
    c.t("Outcome: application s2 completed ").p(D, fd(d0, "dm0")).t(". Conveyed by ambulance "
                                                                     "to Ash Ward.\n")
    c.t("Least restrictive options considered: HTT declined by pt, informal adm refused.\n")
    c.t("AMHP: ").p(N, amhp.full).t(", ").p(EM, f"{amhp.first.lower()}.{amhp.last.lower()}"
                                           .replace(" ", "") + "@nhs.net").t("\n")
    return fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], None, line, town, pc)


@_tpl("UK")
def uk_tribunal_report(c: Ctx) -> dict[str, Any]:
    """Responsible clinician's report to the First-tier Tribunal (Mental Health)."""
    pt = c.person(faker=True)
    dob = c.dob(20, 70)
    d0 = c.day()
    hearing = d0 + timedelta(days=c.ri(7, 21))
    rc, sol, sw = c.staff(), c.staff(), c.staff()
    sis = c.kin(pt, "f", keep=c.r.random() < 0.4)
    tref = f"MP/{hearing.year}/{c.digits(5, True)}"
    hosp = "H" + c.digits(6)
    firm = c.ch(["Kerr Ashby Solicitors", "Lyons Mental Health Law", "Greenhalgh & Co"])
    dom = firm.split()[0].lower()
    c.t("FIRST-TIER TRIBUNAL (MENTAL HEALTH)\nRESPONSIBLE CLINICIAN'S REPORT - IN-PATIENT\n\n")
    c.t("Tribunal ref: ").p(ID, tref).t("\nPatient: ").p(N, pt.LF).t("   Hospital no: ")
    c.p(ID, hosp).t("\nDate of birth: ").p(D, fd(dob, "dMMy")).t("\nSection: 3\nHearing: ")
    c.t(WEEKDAY[hearing.weekday()] + " ").p(D, fd(hearing, "oMMy")).t(" (CVP)\n\n")
    c.t(f"1. I am the RC and have known {pt.title} ").p(N, pt.last).t(" since admission on ")
    c.p(D, fd(d0 - timedelta(days=c.ri(30, 120)), "dMMy")).t(".\n")
    c.t("2. Diagnosis: paranoid schizophrenia (F20.0). Relapse after stopping aripiprazole "
        "depot in ").p(D, fd(d0 - timedelta(days=c.ri(150, 300)), "MMy"))
    c.t(".\n")
    c.t("3. Current treatment: aripiprazole LAI ").c("400mg").t(" monthly, last given ")
    c.p(D, fd(d0 - timedelta(days=c.ri(3, 20)), "dmy")).t(".\n")
    c.t("4. Family: sister ").p(N, sis.full).t(" attends weekly; she supports continued "
                                                "detention.\n")
    c.t("5. Legal representative: ").p(N, sol.full).t(", ").t(firm).t(" (")
    c.p(EM, f"{sol.first[0].lower()}{sol.last.lower().replace(' ', '')}@{dom}law.co.uk")
    c.t(").\n6. Social circumstances report by ").p(N, sw.full).t(" (AMHP).\n\n")
    c.t("Signed: Dr ").p(N, rc.full).t(", Consultant Psychiatrist   Date: ")
    c.p(D, fd(d0, "dmy")).t("\n")
    return fhir(pt, dob, [("local", hosp)])


@_tpl("UK")
def uk_seclusion(c: Ctx) -> dict[str, Any]:
    """Seclusion record with rapid tranquillisation and reviews, exported from the EPR."""
    pt = c.person(faker=True)
    dob = c.dob(18, 45)
    d0 = c.day()
    hosp = "RX" + c.digits(7)
    n1, n2, n3, doc, mdt = c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    uname = (n1.first[0] + n1.last.replace(" ", "")).lower() + str(c.ri(1, 9))
    c.t("SECLUSION RECORD - PICU\nPatient: ").p(N, pt.lfm).t("  (").p(ID, hosp).t(")  DOB ")
    c.p(D, fd(dob, "dmy")).t("\nCommenced: ").p(D, iso_dt(d0, c)).t("  Authorised by: ")
    c.p(N, n1.full).t(" (NIC)\n")
    c.t("Reason: assault on staff, unable to be managed in ECA. RT given: lorazepam ")
    c.c("2mg IM").t(" + haloperidol ").c("5mg IM").t(" (").p(N, n2.ini).t("/").p(N, n3.ini)
    c.t(")\nPhysical obs post-RT: HR ").c(str(c.ri(88, 118))).t(" RR ").c(str(c.ri(14, 22)))
    c.t(" SpO2 ").c(f"{c.ri(95, 99)}%").t(" - NEWS2 ").c(str(c.ri(0, 3))).t("\n\n")
    c.t("Reviews:\n- Nursing 2-hourly: ").p(N, n2.full).t(", ").p(N, n3.full).t("\n")
    c.t("- Medical (within 1h): Dr ").p(N, doc.fi).t(" @ ").t(hhmm(c, True)).t("\n")
    c.t("- Independent MDT review: ").p(N, mdt.full).t(" (Modern Matron) ")
    c.p(D, fd(d0 + timedelta(days=1), "dmy2")).t("\n")
    c.t("Terminated: ").p(D, iso_dt(d0 + timedelta(days=1), c)).t(" - calm, accepting "
                                                                     "diet/fluids.\n")
    c.t("Last edited by ").p(N, uname).t(" from ").p(IP, f"10.{c.ri(20, 200)}.{c.ri(0, 255)}."
                                                         f"{c.ri(2, 254)}").t("\n")
    return fhir(pt, dob, [("local", hosp)])


@_tpl("UK")
def uk_eip_letter(c: Ctx) -> dict[str, Any]:
    """Early intervention in psychosis clinic letter to the GP (England)."""
    pt = c.person(faker=True)
    dob = c.dob(16, 34)
    d0 = c.day()
    line, town, pc = _uk_addr(c)
    gp = c.staff()
    gline, gtown, gpc = _uk_addr(c)
    cons, cc = c.staff(), c.staff()
    nhs = c.nhs()
    bro = c.kin(pt, "m", keep=True)
    c.t("Early Intervention in Psychosis Service\nDictated: ").p(D, fd(d0, "dmy2"))
    c.t("   Typed: ").p(D, fd(d0 + timedelta(days=c.ri(2, 6)), "dmy2")).t("\n\n")
    c.t("Dr ").p(N, gp.f_l).t("\n").p(AD, gline).t("\n").p(AD, gtown).t("\n").p(ZP, gpc)
    c.t("\n\nDear Dr ").p(N, gp.last).t("\n\nRe: ").p(N, pt.full).t(", DOB ")
    c.p(D, fd(dob, "dot")).t(", NHS No. ").p(ID, nhs).t("\n").p(AD, line).t(", ")
    c.p(AD, town).t(", ").p(ZP, pc).t("\n\n")
    c.t("I reviewed ").p(N, pt.first).t(" in EIP clinic today with care co-ordinator ")
    c.p(N, cc.full).t(". FEP, DUP approx 5 months. Cannabis use down to weekends.\n")
    c.t("Now on risperidone ").c("3mg").t(" nocte. Some akathisia - propranolol ")
    c.c("10mg").t(" BD added. Physical health: BMI ").c(f"{c.ri(22, 31)}.{c.ri(0, 9)}")
    c.t(", BP ").c(f"{c.ri(110, 138)}/{c.ri(66, 88)}").t(", HbA1c ").c(f"{c.ri(33, 41)}")
    c.t(" mmol/mol, prolactin ").c(f"{c.ri(300, 900)} mIU/L").t(".\n")
    c.t(("His" if pt.sex == "m" else "Her") + " brother ").p(N, bro.first).t(" attended and is joining the family "
                                               "intervention group starting ")
    c.p(D, fd(d0 + timedelta(days=c.ri(10, 30)), "oMM")).t(".\n")
    c.t("Review in clinic ").p(D, fd(d0 + timedelta(days=42), "dMy")).t(".\n\nYours sincerely\n\n")
    c.t("Dr ").p(N, cons.full).t("\nConsultant Psychiatrist, EIP\ncc ").p(N, pt.full)
    c.t(" (patient); ").p(N, cc.full).t("\n")
    return fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], None, line, town, pc)


@_tpl("UK")
def uk_clozapine_clinic(c: Ctx) -> dict[str, Any]:
    """Pharmacist-led clozapine clinic list with ZTAS / CPMS numbers (England)."""
    d0 = c.day()
    pharm, tech = c.staff(), c.staff()
    c.t("CLOZAPINE CLINIC - ").p(D, fd(d0, "d-M-y")).t(" (").t(WD[d0.weekday()]).t(")\n")
    c.t("Pharmacist: ").p(N, pharm.full).t(" MRPharmS   Phleb: ").p(N, tech.first).t("\n\n")
    c.t("Name                  | CPMS no    | FBC date | WBC  | ANC  | Status | Dose\n")
    rows = []
    for i in range(4):
        p = c.person(faker=True)
        cp = "C" + c.digits(6)
        dt = d0 - timedelta(days=c.ri(0, 3))
        nm = p.LF if i % 2 == 0 else p.lf
        c.p(N, nm).t(" " * max(1, 22 - len(nm)) + "| ").p(ID, cp).t("    | ").p(D, fd(dt, "dm0"))
        c.t("    | ").c(f"{c.ri(40, 95) / 10:.1f}").t("  | ").c(f"{c.ri(20, 70) / 10:.1f}")
        c.t("  | ").t(c.ch(["GREEN", "GREEN", "GREEN", "AMBER"])).t("  | ")
        c.c(f"{c.ch([150, 200, 250, 300, 350, 400])}mg").t("\n")
        rows.append((p, cp, dt))
    p, cp, _ = rows[1]
    dob = c.dob(25, 65)
    hosp = "RT" + c.digits(6)
    c.t("\nNotes:\n- ").p(N, p.last).t(": constipation - Laxido ").c("1 sachet").t(" BD, "
                                                                               "bowel chart.\n")
    q = rows[3][0]
    c.t("- ").p(N, q.fi).t(": AMBER - repeat FBC ").p(D, fd(d0 + timedelta(days=2), "dm"))
    c.t(" per ZTAS. Informed Dr ").p(N, c.staff().last).t(", ext ").p(PH, c.digits(4, True))
    c.t(".\n- ").p(N, rows[0][0].first).t(" missed >48h last wk - retitrate from ").c("12.5mg")
    c.t(".\n")
    return fhir(p, dob, [("cpms", cp), ("local", hosp)])


@_tpl("UK")
def uk_ost_pharmacy(c: Ctx) -> dict[str, Any]:
    """Community pharmacy supervised-consumption (OST) log and missed-dose e-mail (Wales)."""
    pt = c.person(faker=True)
    dob = c.dob(22, 60)
    d0 = c.day()
    line, town, pc = _uk_addr(c, WAL_TOWNS, WAL_STREETS)
    kw, presc, pharm = c.staff(), c.staff(), c.staff()
    scr = "FP10MDA " + c.digits(8)
    dose = c.ch([30, 45, 60, 70, 80, 90])
    c.t("SUPERVISED CONSUMPTION LOG - methadone 1mg/ml oral soln\nClient: ").p(N, pt.FL)
    c.t("  DOB: ").p(D, fd(dob, "dmy")).t("\nAddress: ").p(AD, line).t(", ").p(AD, town)
    c.t(" ").p(ZP, pc).t("\nScript: ").p(ID, scr).t("  Prescriber: Dr ").p(N, presc.fi)
    c.t("  Dose: ").c(f"{dose}ml").t(" daily (Sun t/a)\n\n")
    c.t("Date     | Dose  | Supervised | Sig\n")
    for k in range(5):
        dd = d0 + timedelta(days=k)
        miss = k in (2, 3)
        c.p(D, fd(dd, "dm0")).t(f"    | {'--' if miss else ''}")
        if not miss:
            c.c(f"{dose}ml")
        c.t(f"{'   ' if miss else ' '} | {'MISSED' if miss else 'Y':<10} | ")
        c.p(N, pharm.ini).t("\n")
    c.t("\nFrom: ").p(EM, f"{pharm.first.lower()}.{pharm.last.lower()}@pharmacy.wales"
                       .replace(" ", "")).t("\nTo: ").p(EM, f"{kw.first.lower()}.{kw.last.lower()}"
                                                           f"@wales.nhs.uk".replace(" ", ""))
    c.t("\nSubject: 3 missed doses - ").p(N, pt.last).t("\n")
    c.t("Hi ").p(N, kw.first).t(", ").p(N, pt.first).t(" missed ").p(D, fd(d0 + timedelta(
        days=2), "dm")).t(" and ").p(D, fd(d0 + timedelta(days=3), "dm"))
    c.t(". Per protocol we will not supply on 3rd consecutive miss without prescriber "
        "contact. Pharmacy tel ").p(PH, c.uk_land("01792")).t(". Thanks, ").p(N, pharm.first)
    c.t("\n")
    return fhir(pt, dob, [("script", scr)], None, line, town, pc)


@_tpl("UK")
def uk_ed_meal_support(c: Ctx) -> dict[str, Any]:
    """Eating-disorder unit meal-support note (Scotland, CHI)."""
    pt = c.person(faker=True, sex=c.ch("fffm"), group=c.ch(["scottish", "english",
                                                            "brit_asian"]))
    dob = c.dob(17, 30)
    d0 = c.day()
    chi = c.chi(dob, pt.sex)
    sw1, diet = c.staff(), c.staff()
    dad = c.kin(pt, "m", keep=True)
    c.t("EDU - Meal support record\n").p(N, pt.FL).t("   CHI ").p(ID, chi).t("   ")
    c.p(D, fd(d0, "dmy")).t(" (").t(WEEKDAY[d0.weekday()]).t(")\n")
    c.t("Meal: lunch   Plan: Stage 3 (").c("2400 kcal").t(")   Supported by: ")
    c.p(N, sw1.full).t(" (HCSW)\n")
    c.t("Weight (Mon, gown, post-void): ").c(f"{c.ri(38, 49)}.{c.ri(0, 9)}kg").t("  BMI ")
    c.c(f"{c.ri(14, 17)}.{c.ri(0, 9)}").t("  %mBMI ").c(f"{c.ri(68, 85)}%").t("\n")
    c.t("MARSIPAN: amber (HR ").c(str(c.ri(44, 55))).t(", lying/standing BP ")
    c.c(f"{c.ri(88, 100)}/{c.ri(55, 65)}").t(" -> ").c(f"{c.ri(80, 95)}/{c.ri(50, 60)}")
    c.t(")\n\nCompleted main within 30 min; hiding butter in napkin - prompted x2. Dessert "
        "refused, replaced with Ensure Plus ").c("200ml").t(" as per plan.\n")
    c.t("Post-meal: 1h supervised in lounge. Urges to exercise high. ").p(N, pt.first)
    c.t(" asked for call with dad (").p(N, dad.first).t(") - facilitated 1515.\n")
    c.t("Dietitian ").p(N, diet.fi).t(" to review plan ").p(D, fd(d0 + timedelta(days=2), "dm"))
    c.t(". Phosphate ").c("0.7").t(" - Phosphate Sandoz ").c("500mg").t(" BD cont.\n")
    c.p(N, sw1.ini).t("\n")
    return fhir(pt, dob, [("chi", chi)])


@_tpl("UK")
def uk_perinatal(c: Ctx) -> dict[str, Any]:
    """Perinatal mental health referral acceptance (Wales)."""
    pt = c.person(faker=True, sex="f", group=c.ch(["welsh", "english", "brit_asian"]))
    dob = c.dob(19, 41)
    d0 = c.day()
    edd = d0 + timedelta(days=c.ri(20, 120))
    line, town, pc = _uk_addr(c, WAL_TOWNS, WAL_STREETS)
    mw, hv, pnn = c.staff("f"), c.staff("f"), c.staff()
    partner = c.kin(pt, "m")
    mob = c.uk_mob()
    nhs = c.nhs()
    c.t("Perinatal Mental Health Team - referral triage\nRec'd ").p(D, fd(d0, "dmy"))
    c.t(" from community midwife ").p(N, mw.full).t(" (mob ").p(PH, c.uk_mob()).t(")\n")
    c.t("Woman: ").p(N, pt.full).t("  G2P1  EDD ").p(D, fd(edd, "dmy2")).t("  NHS ")
    c.p(ID, nhs).t("\nDOB ").p(D, fd(dob, "dmy")).t("  ").p(AD, line).t(", ").p(AD, town)
    c.t(" ").p(ZP, pc).t("  Mob ").p(PH, mob).t("\nPartner: ").p(N, partner.full).t("\n\n")
    c.t("Hx: PND after 1st baby (").p(D, fd(d0 - timedelta(days=c.ri(700, 1400)), "MMy")).t("), sertraline ").c("100mg")
    c.t(" restarted at 12/40. EPDS ").c(str(c.ri(13, 22))).t(", Q10 scored ").c("1").t(".\n")
    c.t("Outcome: ACCEPTED - urgent. Pre-birth planning meeting ").p(D, fd(d0 + timedelta(
        days=c.ri(7, 14)), "oMM")).t(" with HV ").p(N, hv.full).t(".\n")
    c.t("Allocated: ").p(N, pnn.full).t(" (perinatal CPN). Pt aware, happy for ")
    c.p(N, partner.first).t(" to attend.\n")
    return fhir(pt, dob, [("nhs", nhs.replace(" ", ""))], mob, line, town, pc)


@_tpl("UK")
def uk_carer_email(c: Ctx) -> dict[str, Any]:
    """A carer's e-mail about a parent with dementia and the team manager's reply (England)."""
    mum = c.person(faker=True, sex=c.ch("fm"))
    d0 = c.day()
    agev = c.ri(86, 99)
    dob = c.dob_age(agev, d0)
    carer = c.kin(mum, c.ch("fm"), keep=c.r.random() < 0.5)
    mgr, cpn = c.staff(), c.staff()
    nhs = c.nhs()
    line, town, pc = _uk_addr(c)
    cem = f"{carer.first.lower()}{c.ri(60, 99)}@{c.ch(['gmail.com', 'hotmail.co.uk'])}"
    c.t("From: ").p(N, carer.full).t(" <").p(EM, cem).t(">\nSent: ")
    c.t(WEEKDAY[d0.weekday()] + ", ").p(D, fd(d0, "dMMy")).t(" 22:41\nTo: OPMH CMHT admin\n")
    c.t("X-Originating-IP: [").p(IP, f"86.{c.ri(1, 190)}.{c.ri(0, 255)}.{c.ri(1, 254)}")
    c.t("]\nSubject: my ").t("mum" if mum.sex == "f" else "dad").t(" ").p(N, mum.full)
    c.t(" NHS ").p(ID, nhs).t("\n\nTo whom it may concern,\n")
    c.t("I am writing again about ").p(N, mum.first).t(" who is ")
    _age_span(c, agev)
    c.t(" and lives alone at ").p(AD, line).t(", ").p(AD, town).t(". Since the memory clinic "
                                                                   "on ")
    c.p(D, fd(d0 - timedelta(days=c.ri(30, 90)), "dMM")).t(" things are worse - wandering at "
                                                             "night, accusing the carers of "
                                                             "stealing. ")
    c.t("Nobody has rung me back since I spoke to ").p(N, cpn.first).t(" on ")
    c.p(D, fd(d0 - timedelta(days=c.ri(5, 12)), "dm0")).t(". My number is ").p(PH, c.uk_mob())
    c.t(".\n").p(N, carer.first).t("\n\n---\nReply ").p(D, fd(d0 + timedelta(days=1), "dmy"))
    c.t(":\nDear ").p(N, carer.full).t(", thank you. I have asked ").p(N, cpn.full)
    c.t(" (CPN) to visit this week and the carers' assessment will be offered. "
        "Memantine was started at ").c("5mg").t(" - Dr ").p(N, c.staff().last)
    c.t(" will review.\n").p(N, mgr.full).t(", Team Manager, OPMH CMHT, ").p(PH, c.uk_land())
    c.t("\n")
    return fhir(mum, dob, [("nhs", nhs.replace(" ", ""))], None, line, town, pc)


def _us_addr(c: Ctx) -> tuple[str, str, str, str]:
    city, st, z3 = c.ch(US_CITIES)
    line = c.ch([f"{c.ri(100, 9899)} {c.ch(US_STREETS)}",
                 f"{c.ri(100, 9899)} {c.ch(US_STREETS)} Apt {c.ri(1, 30)}{c.ch('ABCD')}"])
    return line, city, st, z3 + c.digits(2)


@_tpl("US")
def us_5150_admission(c: Ctx) -> dict[str, Any]:
    """Involuntary 5150 hold admission H&P (California)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 66, d0)
    mrn = c.digits(8, True)
    city, z3 = c.ch([("San Jose", "951"), ("Fresno", "937"), ("Oakland", "946"),
                     ("Stockton", "952")])
    line, zp = _us_addr(c)[0], z3 + c.digits(2)
    off, att, res = c.staff(), c.staff(), c.staff()
    mom = c.kin(pt, "f", keep=True)
    medi = "9" + c.digits(7) + c.ch("ABCDEFG")
    c.t("PSYCHIATRIC ADMISSION H&P - Adult Inpatient Unit\nPatient: ").p(N, pt.LFM).t("   MRN: ")
    c.p(ID, mrn).t("   DOB: ").p(D, fd(dob, "mdy")).t(f" ({Ctx.age(dob, d0)} y/o)\n")
    c.t("Admit: ").p(D, fd(d0, "mdy")).t(" 02:15   Legal status: WIC 5150 (DTS/GD)\n")
    c.t("5150 written by Officer ").p(N, off.fi).t(", Badge #").p(ID, c.digits(4, True))
    c.t(", SJPD\nMedi-Cal CIN: ").p(ID, medi).t("\nAddress: ").p(AD, line).t(", ").p(AD, city)
    c.t(", CA ").p(ZP, zp).t("\n\nCC: \"they're poisoning the water\"\n")
    c.t("HPI: Pt BIBP after mother (").p(N, mom.full).t(", ").p(PH, c.us_phone("408"))
    c.t(") called 911 - pt barricaded in room x2 days, not eating, threatened her with a "
        "knife. UDS + amphetamines, THC. BAL ").c("0").t(".\n")
    c.t("MSE: disheveled, guarded, poor EC. Speech pressured. Mood \"fine\". Affect "
        "irritable. TP disorganized, TC + paranoid delusions, +AH. Denies SI. Endorses HI "
        "toward neighbor, no plan. Insight/judgment poor.\n")
    c.t("Vitals: BP ").c(f"{c.ri(128, 158)}/{c.ri(80, 98)}").t(" HR ").c(str(c.ri(90, 122)))
    c.t(" T ").c(f"{c.ri(97, 99)}.{c.ri(0, 9)}").t("\n")
    c.t("Plan: admit, q15 checks, olanzapine ").c("10mg").t(" PO qHS, PRN olanzapine ")
    c.c("5mg IM").t(" for severe agitation. Notify pt of rights, advocate packet given.\n")
    c.t("Seen with attending ").p(N, att.full).t(", MD. ").p(N, res.full).t(", MD (PGY-2)\n")
    return fhir(pt, dob, [("mrn", mrn), ("medi-cal", medi)], None, line, city, zp)


@_tpl("US")
def us_progress_note(c: Ctx) -> dict[str, Any]:
    """Daily inpatient psychiatry progress note with C-SSRS (SOAP)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 75, d0)
    mrn = c.digits(7, True)
    fin = c.digits(10, True)
    sw, att, rn = c.staff(), c.staff(), c.staff()
    wife = c.kin(pt, "f") if pt.sex == "m" else c.kin(pt, "m")
    c.t("PSYCHIATRY PROGRESS NOTE    ").p(D, fd(d0, "mdys")).t("\n").p(N, pt.LFM).t(" | MRN ")
    c.p(ID, mrn).t(" | FIN ").p(ID, fin).t(" | HD#").c(str(c.ri(2, 12))).t("\n\n")
    c.t("S: Pt seen in dayroom. Reports sleeping \"better, like 6 hrs\". Attended 2 groups. "
        "Spoke w/ spouse ").p(N, wife.first).t(" on phone last night - \"she's still "
                                              "upset.\"\n")
    c.t("Per RN ").p(N, rn.full).t(", no PRNs overnight, no behavioral issues.\n")
    c.t("O: BP ").c(f"{c.ri(110, 140)}/{c.ri(68, 90)}").t(" HR ").c(str(c.ri(60, 95)))
    c.t(". MSE: BAR, fair hygiene, mood \"okay\", affect constricted, brighter than "
        "admission. Denies SI/HI/AVH. C-SSRS screen ").c("negative").t(". PHQ-9 ")
    c.c(str(c.ri(8, 19))).t(" (from ").c(str(c.ri(20, 27))).t(")\n")
    c.t("A: MDD, recurrent, severe w/o psychotic features - improving on sertraline ")
    c.c("150mg").t(" (day ").c(str(c.ri(8, 20))).t(").\n")
    c.t("P: cont current meds; SW ").p(N, sw.full).t(", LCSW to call ").p(N, wife.full)
    c.t(" re family mtg ").p(D, fd(d0 + timedelta(days=2), "md")).t("; tentative d/c ")
    c.p(D, fd(d0 + timedelta(days=c.ri(3, 6)), "mdys")).t(" w/ IOP referral.\n\n")
    c.t("Electronically signed: ").p(N, att.fml).t(", MD ").p(D, fd(d0, "mdy")).t(" 14:22\n")
    return fhir(pt, dob, [("mrn", mrn)])


@_tpl("US")
def us_ciwa_flowsheet(c: Ctx) -> dict[str, Any]:
    """Medical detox flowsheet with CIWA-Ar / COWS entries."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(24, 70, d0)
    mrn = c.digits(8, True)
    rns = [c.staff(), c.staff()]
    doc = c.staff()
    c.t("WITHDRAWAL MANAGEMENT FLOWSHEET\n").p(N, pt.LF.upper()).t("  MRN ").p(ID, mrn)
    c.t("  DOB ").p(D, fd(dob, "mdy2")).t("\nLast drink per pt: ").p(D, fd(d0 - timedelta(
        days=1), "md")).t(" ~2000 (1/5th vodka daily)\n")
    c.t("Date/Time        CIWA  BP        HR   Lorazepam   RN\n")
    times = sorted(hhmm(c, True, 0, 11) for _ in range(3)) + sorted(hhmm(c, True, 12, 23)
                                                                   for _ in range(2))
    for k in range(5):
        dd = d0 + timedelta(days=k // 3)
        c.p(D, fd(dd, "mdy2")).t(f" {times[k]}   ").c(f"{c.ri(4, 22):<3}").t("   ")
        c.c(f"{c.ri(120, 170)}/{c.ri(70, 102)}").t("   ").c(str(c.ri(78, 118))).t("   ")
        c.c(c.ch(["2mg", "1mg", "--", "2mg"])).t("        ").p(N, rns[k % 2].ini).t("\n")
    c.t("\nThiamine ").c("500mg IV").t(" TID x3d. Mg ").c(f"1.{c.ri(3, 9)}").t(" - replaced.\n")
    c.t("Note ").p(D, fd(d0 + timedelta(days=1), "md")).t(": tremor improving, no "
                                                          "hallucinosis. Pt's sister ")
    c.p(N, c.kin(pt, "f", keep=True).full).t(" visited. Addiction medicine (Dr. ")
    c.p(N, doc.last).t(") consulted re naltrexone. Pager ").p(PH, c.digits(5, True)).t("\n")
    c.p(N, rns[0].full).t(", RN / ").p(N, rns[1].full).t(", RN\n")
    return fhir(pt, dob, [("mrn", mrn)])


@_tpl("US")
def us_otp_intake(c: Ctx) -> dict[str, Any]:
    """Opioid treatment program intake face sheet with central-registry check."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(20, 62, d0)
    line, city, st, zp = _us_addr(c)
    ssn = c.ssn()
    phone = c.us_phone()
    pid = "OTP-" + c.digits(6)
    ec = c.kin(pt, c.ch("mf"))
    couns, md, nurse = c.staff(), c.staff(), c.staff()
    c.t("OTP INTAKE / FACE SHEET\nClient ID: ").p(ID, pid).t("   Admit date: ")
    c.p(D, fd(d0, "mdy")).t("\nName: ").p(N, pt.lfm).t("   DOB: ").p(D, fd(dob, "mdy"))
    c.t("   SSN: ").p(SSN, ssn).t("\nAddress: ").p(AD, line).t(", ").p(AD, city).t(f", {st} ")
    c.p(ZP, zp).t("   Cell: ").p(PH, phone).t("\nEmergency contact: ").p(N, ec.full)
    c.t(" (friend) ").p(PH, c.us_phone()).t("\nMedicaid ID: ").p(ID, c.digits(9, True))
    c.t("\n\nCentral registry checked ").p(D, fd(d0, "mdys")).t(" - no dual enrollment.\n")
    c.t("DSM-5: OUD severe (F11.20), fentanyl IV/smoked since 2019. COWS on arrival ")
    c.c(str(c.ri(9, 18))).t(". UDS: fentanyl +, norfentanyl +, benzo -.\n")
    c.t("Methadone induction ").c("30mg").t(" observed, +").c("10mg").t(" after 3h per MD.\n")
    c.t("Counselor: ").p(N, couns.full).t(", CADC   Medical: ").p(N, md.full).t(", DO   RN: ")
    c.p(N, nurse.ini).t("\nNaloxone kit dispensed. Take-home eligibility: phase 0.\n")
    return fhir(pt, dob, [("otp", pid), ("ssn", ssn.replace("-", ""))], phone, line, city, zp)


@_tpl("US")
def us_bup_telehealth(c: Ctx) -> dict[str, Any]:
    """Buprenorphine telehealth follow-up with PDMP query and session audit."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(22, 60, d0)
    mrn = "E" + c.digits(7)
    prov = c.staff()
    ph_name = c.ch(["Walgreens #0", "CVS #", "Rite Aid #"]) + c.digits(4, True)
    c.t("Telehealth visit - Office-Based Addiction Treatment\n").p(N, pt.lf).t("  ")
    c.p(ID, mrn).t("  DOB ").p(D, fd(dob, "mdyl")).t("\nVisit: ").p(D, fd(d0, "MMdy"))
    c.t(" (video)  Pt location: home  Provider: ").p(N, prov.fml).t(", NP\n")
    c.t("Session: ").p(URL, f"https://telehealth.{c.ch(['ochsner', 'bayviewhealth', 'mercyone'])}"
                            f".org/visit/{c.digits(9)}").t("  client IP ")
    c.p(IP, f"{c.ri(24, 199)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}").t("\n\n")
    c.t("Doing well on Suboxone ").c("16-4mg").t(" SL daily. Cravings ").c("2/10")
    c.t(". Working at warehouse. No return to use. Fentanyl test strip use discussed.\n")
    c.t("UDT (collected ").p(D, fd(d0 - timedelta(days=c.ri(2, 6)), "md"))
    c.t("): bup +, norbup +, fentanyl neg.\n")
    c.t("PDMP queried ").p(D, fd(d0, "mdys")).t(": no other controlled Rx. Report ")
    c.p(URL, f"https://pmp.awarxe.net/report/{c.digits(8)}").t("\n")
    c.t("Rx: buprenorphine-naloxone ").c("8-2mg").t(" film, ").c("2").t(" daily, #").c("56")
    c.t(" -> ").t(ph_name).t(" ").p(PH, c.us_phone()).t("\nNPI ").p(ID, c.npi())
    c.t("  RTC 4 wks ").p(D, fd(d0 + timedelta(days=28), "md")).t("\n")
    return fhir(pt, dob, [("mrn", mrn)])


@_tpl("US")
def us_competency_eval(c: Ctx) -> dict[str, Any]:
    """Forensic competency-to-stand-trial evaluation cover and summary."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(19, 60, d0)
    judge, pd, da, evalr = c.staff(), c.staff(), c.staff(), c.staff()
    docket = f"{d0.year % 100}CR{c.digits(6)}"
    book = c.digits(8, True)
    county = c.ch(["Dane", "Franklin", "Multnomah", "Pima", "Lehigh"])
    c.t(f"{county.upper()} COUNTY CIRCUIT COURT - EVALUATION OF COMPETENCY TO PROCEED\n")
    c.t("State v. ").p(N, pt.fml).t("   Case No. ").p(ID, docket).t("\nHon. ").p(N, judge.full)
    c.t("\nDefense: ").p(N, pd.full).t(", Asst. Public Defender, ").p(PH, c.us_phone())
    c.t("\nProsecution: ").p(N, da.full).t(", ADA\n\n")
    c.t("Defendant DOB ").p(D, fd(dob, "mdy")).t("; jail booking # ").p(ID, book)
    c.t("\nOrder for evaluation dated ").p(D, fd(d0 - timedelta(days=c.ri(20, 40)), "MMdy"))
    c.t("; interview at county jail ").p(D, fd(d0 - timedelta(days=c.ri(3, 10)), "MMdy"))
    c.t(" (2.5 hrs). Records reviewed incl. prior admissions ").p(D, fd(d0 - timedelta(
        days=c.ri(400, 900)), "mdy2")).t(".\n\n")
    c.t(f"Opinion: {'Mr.' if pt.sex == 'm' else 'Ms.'} ").p(N, pt.last).t(" currently lacks substantial mental capacity to "
                                              "understand the proceedings or assist counsel. "
                                              "Psychosis (schizoaffective, bipolar type). "
                                              "ECST-R atypical scale ").c(str(c.ri(3, 9)))
    c.t(". Likely restorable within statutory period with treatment (haloperidol decanoate ")
    c.c("100mg").t(" q4wk recommended).\n\n").p(N, evalr.full).t(", Psy.D., ABPP\nForensic "
                                                                 "Psychologist   ")
    c.p(EM, f"{evalr.first[0].lower()}{evalr.last.lower().replace(' ', '')}@"
            f"{county.lower()}county.gov").t("\n")
    return fhir(pt, dob, [("booking", book)])


@_tpl("US")
def us_cl_capacity(c: Ctx) -> dict[str, Any]:
    """Consult-liaison psychiatry consult for capacity in an older inpatient."""
    pt = c.person(faker=True)
    d0 = c.day()
    agev = c.ch([88, 90, 91, 92, 93, 94, 95, 96, 97, 99, 101])
    dob = c.dob_age(agev, d0)
    mrn = c.digits(8, True)
    hosp_, fellow = c.staff(), c.staff()
    son = c.kin(pt, "m", keep=True)
    dau = c.kin(pt, "f")
    c.t("C-L PSYCHIATRY CONSULT\n").p(N, pt.LFM).t("  MRN ").p(ID, mrn).t("  ")
    _age_span(c, agev)
    c.t(f" y.o. {'M' if pt.sex == 'm' else 'F'}  Date ").p(D, fd(d0, "mdy")).t("\n")
    c.t("Requesting: Dr. ").p(N, hosp_.last).t(" (hospitalist)  Q: capacity to refuse SNF "
                                               "placement\n\n")
    c.t("Admitted ").p(D, fd(d0 - timedelta(days=c.ri(3, 9)), "md")).t(" after fall at home. "
                                                                         "Delirium resolving, "
                                                                         "CAM ")
    c.c("negative").t(" x48h. MoCA ").c(f"{c.ri(14, 22)}/30").t(". Na ").c(str(c.ri(130, 141)))
    c.t(".\nSon ").p(N, son.full).t(" (HCPOA, ").p(PH, c.us_phone()).t(") favors SNF; daughter ")
    c.p(N, dau.first).t(" lives out of state.\n")
    c.t("Capacity: pt able to express choice and reason consistently but could not "
        "appreciate fall risk or describe alternatives. LACKS capacity for this decision.\n")
    c.t("Recs: avoid benzos; melatonin ").c("3mg").t(" qHS; quetiapine ").c("12.5mg")
    c.t(" PRN severe agitation only; SW to involve HCPOA.\n").p(N, fellow.full)
    c.t(", MD (C-L fellow), pager ").p(PH, c.digits(4, True)).t("\n")
    return fhir(pt, dob, [("mrn", mrn)])


@_tpl("US")
def us_ed_php_summary(c: Ctx) -> dict[str, Any]:
    """Eating-disorder partial hospitalization weekly summary for utilization review."""
    pt = c.person(faker=True, sex=c.ch("fffm"))
    d0 = c.day()
    dob = c.dob(15, 28, d0)
    mem = c.letters(3) + c.digits(9)
    mom = c.kin(pt, "f", keep=True)
    rd, ther, ur = c.staff(), c.staff(), c.staff()
    c.t("EATING DISORDER PHP - WEEKLY UR SUMMARY\nPt: ").p(N, pt.full).t("  DOB ")
    c.p(D, fd(dob, "mdy")).t("  Member ID ").p(ID, mem).t("\nWeek of ").p(D, fd(d0, "Md"))
    c.t("-").p(D, fd(d0 + timedelta(days=4), "Mdy")).t("  Auth #").p(ID, c.digits(10, True))
    c.t("\n\nDx: AN, restricting type. Wt ").c(f"{c.ri(88, 110)}.{c.ri(0, 9)} lb").t(" (")
    c.c(f"+{c.ri(1, 3)}.{c.ri(0, 9)} lb").t(" this wk), ").c(f"{c.ri(78, 88)}% IBW")
    c.t(". Orthostatics neg x3. K ").c(f"{c.ri(34, 44) / 10:.1f}").t(".\n")
    c.t("Meal completion ").c(f"{c.ri(70, 98)}%").t(". EDE-Q global ").c(f"{c.ri(30, 50) / 10:.1f}")
    c.t(".\nFBT session w/ mother ").p(N, mom.first).t(" ").p(D, fd(d0 + timedelta(days=2), "md"))
    c.t(". Dietitian ").p(N, rd.full).t(", RD; therapist ").p(N, ther.full).t(", LMFT.\n")
    c.t("Requesting 10 additional PHP days. UR contact: ").p(N, ur.full).t(" ")
    c.p(PH, c.us_phone()).t(" ext ").p(PH, c.digits(4, True)).t("\n")
    return fhir(pt, dob, [("member", mem)])


@_tpl("US")
def us_mobile_crisis(c: Ctx) -> dict[str, Any]:
    """988 mobile crisis team dispatch and encounter record."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(16, 70, d0)
    line, city, st, zp = _us_addr(c)
    caller = c.kin(pt, c.ch("mf"))
    m1, m2 = c.staff(), c.staff()
    inc = f"MCT-{d0.year}-{c.digits(5)}"
    cph = c.us_phone()
    c.t("MOBILE CRISIS RESPONSE  Incident ").p(ID, inc).t("\nCall rec'd: ").p(D, iso_dt(d0, c))
    c.t("  via 988 transfer\nCaller: ").p(N, caller.full).t(" (roommate)  cb ").p(PH, cph)
    c.t("\nLocation: ").p(AD, line).t(", ").p(AD, city).t(f", {st} ").p(ZP, zp)
    c.t("\nSubject: ").p(N, pt.full).t("  DOB ").p(D, fd(dob, "mdy2")).t("\n")
    c.t("Team: ").p(N, m1.full).t(", LPC / ").p(N, m2.full).t(", peer specialist. Arrived ")
    c.t(f"+{c.ri(35, 90)} min\n\n")
    c.t("Subject tearful, stated \"I just wanted it to stop\". Took ~").c("10")
    c.t(" tabs acetaminophen ").c("500mg").t(" approx 3h ago. C-SSRS high risk.\n")
    c.t("Disposition: EMS transport to ED for medical clearance; pt agreed (voluntary). "
        "Safety plan w/ ").p(N, caller.first).t(" - meds locked.\nFollow-up call ")
    c.p(D, fd(d0 + timedelta(days=1), "mdy2")).t(" by ").p(N, m2.ini).t(".\n")
    return fhir(pt, dob, [("incident", inc)], None, line, city, zp)


@_tpl("US")
def us_aftercare_plan(c: Ctx) -> dict[str, Any]:
    """Psychiatric discharge aftercare plan given to the patient."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 80, d0)
    mrn = c.digits(7, True)
    ssn = c.ssn()
    line, city, st, zp = _us_addr(c)
    prov, ther, sw = c.staff(), c.staff(), c.staff()
    cline, ccity, cst, czp = _us_addr(c)
    c.t("AFTERCARE PLAN / DISCHARGE INSTRUCTIONS\n").p(N, pt.full).t("   MRN ").p(ID, mrn)
    c.t("   SSN xxx-xx-").p(SSN, ssn[-4:]).t("\nDischarge: ").p(D, fd(d0, "mdy")).t("  To: home, ")
    c.p(AD, line).t(", ").p(AD, city).t(f", {st} ").p(ZP, zp).t("\n\nAPPOINTMENTS\n")
    c.t("1) Psychiatry - ").p(N, prov.fml).t(", MD\n   ").p(AD, cline).t(", ").p(AD, ccity)
    c.t(f", {cst} ").p(ZP, czp).t("\n   ").t(WEEKDAY[(d0 + timedelta(days=5)).weekday()] + ", ")
    c.p(D, fd(d0 + timedelta(days=5), "MMdy")).t(" at 10:30 AM   Ph ").p(PH, c.us_phone())
    c.t("\n2) Therapy - ").p(N, ther.full).t(", LCSW  ").p(D, fd(d0 + timedelta(days=8), "mdy"))
    c.t(" 3:00 PM\n\nMEDICATIONS\nlithium carbonate ").c("300mg").t(" BID (level ")
    c.c("0.8").t(" on ").p(D, fd(d0 - timedelta(days=1), "md")).t(" - recheck in 1 wk)\n")
    c.t("quetiapine ").c("100mg").t(" qHS\n\nCrisis: call or text 988. Discharging SW: ")
    c.p(N, sw.full).t(", LMSW\n")
    return fhir(pt, dob, [("mrn", mrn), ("ssn", ssn.replace("-", ""))], None, line, city, zp)


def _au_addr(c: Ctx, state: str | None = None) -> tuple[str, str, str, str]:
    sub, st, pc = c.ch([x for x in AU_SUBS if state is None or x[1] == state])
    street = c.ch(AU_STREETS)
    line = c.ch([f"{c.ri(1, 180)} {street}", f"{c.ri(1, 12)}/{c.ri(2, 80)} {street}"])
    return line, sub, st, pc


def _age_span(c: Ctx, agev: int) -> None:
    if agev >= 90:
        c.p(AGE, str(agev))
    else:
        c.t(str(agev))


@_tpl("AU")
def au_mht_order(c: Ctx) -> dict[str, Any]:
    """Inpatient treatment order summary for a Mental Health Tribunal hearing (VIC)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 65, d0)
    ur = c.digits(7, True)
    mcare = c.medicare_au()
    line, sub, st, pc = _au_addr(c, "VIC")
    psy, reg, cm = c.staff(), c.staff(), c.staff()
    nom = c.kin(pt, c.ch("mf"))
    c.t("MENTAL HEALTH AND WELLBEING ACT 2022 - ORDER SUMMARY\nConsumer: ").p(N, pt.LF)
    c.t("   UR ").p(ID, ur).t("   DOB ").p(D, fd(dob, "dmyl")).t("\nMedicare ").p(ID, mcare)
    c.t("   Address: ").p(AD, line).t(", ").p(AD, sub).t(f" {st} ").p(ZP, pc).t("\n")
    c.t("Assessment Order made ").p(D, fd(d0 - timedelta(days=c.ri(20, 27)), "dmyl"))
    c.t(" by ").p(N, reg.full).t(" (reg). Temporary Treatment Order ").p(D, fd(d0 - timedelta(
        days=c.ri(15, 19)), "dmyl")).t(" by Dr ").p(N, psy.last).t(".\n")
    c.t("MHT hearing: ").p(D, fd(d0, "dMy")).t(", application for Inpatient Treatment Order "
                                               "(").c("8").t(" wks).\n")
    c.t("Nominated support person: ").p(N, nom.full).t(" ").p(PH, c.au_mob())
    c.t(" - notified ").p(D, fd(d0 - timedelta(days=5), "dm")).t(".\nIMHA advocate requested.\n")
    c.t("Treatment: paliperidone palmitate ").c("150mg").t(" IM d1, ").c("100mg").t(" d8; "
                                                                                  "lithium level ")
    c.c("0.6").t(".\nCase manager on discharge: ").p(N, cm.full).t(" (AMHS)\n")
    return fhir(pt, dob, [("ur", ur), ("medicare", mcare.replace(" ", ""))], None, line, sub, pc)


@_tpl("AU")
def au_triage_log(c: Ctx) -> dict[str, Any]:
    """Mental health triage line telephone log leading to an acute community visit (NSW)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(16, 60, d0)
    line, sub, st, pc = _au_addr(c, "NSW")
    caller = c.kin(pt, "f")
    tri, acis = c.staff(), c.staff()
    mob = c.au_mob()
    mrn = c.digits(8, True)
    c.t("MH Line 1800 011 511 - Triage\n").p(D, iso_dt(d0, c)).t("  Triage clinician: ")
    c.p(N, tri.full).t("\nCaller: ").p(N, caller.full).t(" (mother) ").p(PH, c.au_mob())
    c.t("\nRe: ").p(N, pt.full).t("  DOB ").p(D, fd(dob, "dmy")).t("  MRN ").p(ID, mrn)
    c.t("\n").p(AD, line).t(", ").p(AD, sub).t(f" {st} ").p(ZP, pc).t("  Mob ").p(PH, mob)
    c.t("\n\nReason: not sleeping 4 nights, spending money, talking about going to Byron to "
        "'start a church'. Hx bipolar I, stopped lithium ").p(D, fd(d0 - timedelta(
            days=c.ri(20, 60)), "dMy")).t(".\nMHTS triage scale: ").c("C")
    c.t(" (within 12h).\nSituation discussed with ACIS - ").p(N, acis.full)
    c.t(" to home visit ").p(D, fd(d0 + timedelta(days=1), "dm")).t(" am. Mother advised 000 "
                                                                   "if escalates.\n")
    c.t("Outcome: ACIS visit completed - YMRS ").c(str(c.ri(18, 32))).t(", voluntary adm "
                                                                        "arranged.\n")
    return fhir(pt, dob, [("mrn", mrn)], mob, line, sub, pc)


@_tpl("AU")
def au_adol_ed_ng(c: Ctx) -> dict[str, Any]:
    """Adolescent eating-disorder admission NG-feed and meal-support note (QLD)."""
    pt = c.person(faker=True, sex=c.ch("ffm"))
    d0 = c.day()
    dob = c.dob(12, 17, d0)
    ur = c.digits(6, True)
    ihi = c.ihi()
    dad = c.kin(pt, "m", keep=True)
    mum = c.kin(pt, "f")
    rn, paed, dt = c.staff(), c.staff(), c.staff()
    c.t("Nursing progress note - Adolescent ward\n").p(D, fd(d0, "dmy")).t(f" {hhmm(c)}  ")
    c.p(N, pt.LF).t(" UR ").p(ID, ur).t(" IHI ").p(ID, ihi).t("\n")
    c.t("Day ").c(str(c.ri(2, 8))).t(" of admission for medical instability (AN). Bed rest, "
                                    "1:1 meal support.\n")
    c.t("Obs: HR ").c(str(c.ri(38, 50))).t(" (lying) -> ").c(str(c.ri(70, 95))).t(" (standing), "
                                                                                  "temp ")
    c.c(f"35.{c.ri(5, 9)}").t(". Phos ").c(f"0.{c.ri(6, 9)}").t(", K ").c(f"3.{c.ri(1, 6)}")
    c.t(".\nBreakfast 50% -> top-up via NGT: Resource ").c("250ml").t(". Remained on bed for "
                                                                      "30 min post.\n")
    c.t("Parents ").p(N, mum.first).t(" and ").p(N, dad.first).t(" visited 1600; dad "
                                                                  "supported dinner.\n")
    c.t("Dr ").p(N, paed.fi).t(" (paeds) - cont refeeding protocol, daily bloods x5. Dietitian ")
    c.p(N, dt.first).t(" upgrading to ").c("2000 kcal").t(" ").p(D, fd(d0 + timedelta(days=1),
                                                                       "dm")).t(".\n")
    c.p(N, rn.full).t(" RN\n")
    return fhir(pt, dob, [("ur", ur), ("ihi", ihi.replace(" ", ""))])


@_tpl("AU")
def au_otp_authority(c: Ctx) -> dict[str, Any]:
    """Opioid treatment program prescription review with SafeScript check (VIC)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(22, 60, d0)
    line, sub, st, pc = _au_addr(c, "VIC")
    mcare = c.medicare_au()
    gp, pharm = c.staff(), c.staff()
    permit = "OTP" + c.digits(6)
    c.t("OTP REVIEW - GP clinic\nPatient: ").p(N, pt.full).t("  DOB ").p(D, fd(dob, "dmy"))
    c.t("  Medicare ").p(ID, mcare).t("\n").p(AD, line).t(", ").p(AD, sub).t(f" {st} ")
    c.p(ZP, pc).t("\nPermit no: ").p(ID, permit).t("  Review date: ").p(D, fd(d0, "dMMy"))
    c.t("\n\nOn Biodone (methadone) ").c(f"{c.ch([60, 70, 80, 95])}mg").t(" daily; 2 "
                                                                         "takeaways/wk "
                                                                         "(Sat/Sun).\n")
    c.t("SafeScript checked ").p(D, iso_dt(d0, c)).t(" from ").p(IP, f"10.{c.ri(1, 99)}."
                                                                    f"{c.ri(0, 255)}.{c.ri(2, 250)}")
    c.t(" - alprazolam from another prescriber ").p(D, fd(d0 - timedelta(days=c.ri(5, 30)), "dm"))
    c.t(". Discussed.\nECG QTc ").c(f"{c.ri(420, 470)} ms").t(". UDS pending.\n")
    c.t("Dosing pharmacy: ").p(N, pharm.full).t(" (pharmacist) ph ").p(PH, f"(03) {c.digits(4, True)} "
                                                                          f"{c.digits(4)}")
    c.t("\nPrescriber: Dr ").p(N, gp.full).t(" prov no ").p(ID, c.digits(6) + c.ch("ABCDEFHJ")
                                                           + c.ch("ABCDEFHJKLTWXY"))
    c.t("\nResource: ").p(URL, f"https://www.safescript.vic.gov.au/patient/{c.digits(7)}")
    c.t("\n")
    return fhir(pt, dob, [("medicare", mcare.replace(" ", ""))], None, line, sub, pc)


@_tpl("AU")
def au_mbu_admission(c: Ctx) -> dict[str, Any]:
    """Mother-baby unit admission note (WA)."""
    pt = c.person(faker=True, sex="f")
    d0 = c.day()
    dob = c.dob(20, 42, d0)
    ur = "K" + c.digits(7)
    partner = c.kin(pt, "m")
    baby = c.kin(pt, c.ch("mf"), keep=c.r.random() < 0.5)
    bdob = d0 - timedelta(days=c.ri(14, 120))
    psy, mw = c.staff(), c.staff("f")
    line, sub, st, pc = _au_addr(c, "WA")
    c.t("MBU ADMISSION\nMother: ").p(N, pt.FL).t("  UR ").p(ID, ur).t("  DOB ")
    c.p(D, fd(dob, "dmy2")).t("\nInfant: ").p(N, baby.full).t("  DOB ").p(D, fd(bdob, "dmy2"))
    c.t("  UR ").p(ID, "K" + c.digits(7)).t("\nHome: ").p(AD, line).t(", ").p(AD, sub)
    c.t(f" {st} ").p(ZP, pc).t("\nAdmitted ").p(D, fd(d0, "dMy")).t(" via ED with partner ")
    c.p(N, partner.full).t(" (").p(PH, c.au_mob()).t(")\n\n")
    c.t("PPD with intrusive thoughts of harm to baby (ego-dystonic), no intent. EPDS ")
    c.c(str(c.ri(18, 27))).t(". Breastfeeding - sertraline ").c("50mg").t(" commenced.\n")
    c.t("Child health nurse ").p(N, mw.full).t(" to liaise. Infant wt ").c(f"{c.ri(4, 7)}."
                                                                           f"{c.ri(0, 9)} kg")
    c.t(".\nConsultant: Dr ").p(N, psy.full).t("\n")
    return fhir(pt, dob, [("ur", ur)], None, line, sub, pc)


@_tpl("AU")
def au_older_persons(c: Ctx) -> dict[str, Any]:
    """Older persons mental health community review (SA)."""
    pt = c.person(faker=True)
    d0 = c.day()
    agev = c.ch([84, 90, 91, 92, 93, 95, 96, 98])
    dob = c.dob_age(agev, d0)
    line, sub, st, pc = _au_addr(c, "SA")
    cl, gp, dau_ = c.staff(), c.staff(), c.kin(pt, "f")
    mcare = c.medicare_au()
    c.t("OPMHS Community Review   ").p(D, fd(d0, "dmyl")).t("\n" + pt.title + " ")
    c.p(N, pt.full).t(", ")
    _age_span(c, agev)
    c.t("yo, DOB ").p(D, fd(dob, "dmyl")).t("\n").p(AD, line).t(", ").p(AD, sub)
    c.t(f" {st} ").p(ZP, pc).t("   Medicare ").p(ID, mcare).t("\n")
    c.t("Referred by GP Dr ").p(N, gp.f_l).t(" re low mood & weight loss since " + ("wife" if pt.sex == "m" else "husband")
                                              + "'s death "
                                              "(").p(D, fd(d0 - timedelta(days=c.ri(60, 200)),
                                                           "MMy")).t(").\n")
    c.t("Seen at home with daughter ").p(N, dau_.full).t(". GDS-15 ").c(str(c.ri(8, 13)))
    c.t(", MMSE ").c(f"{c.ri(21, 28)}/30").t(". Wt ").c(f"{c.ri(42, 60)}kg").t(".\n")
    c.t("Plan: mirtazapine ").c("7.5mg").t(" nocte; ACAT referral; review ")
    c.p(D, fd(d0 + timedelta(days=21), "dM")).t(".\nClinician: ").p(N, cl.full)
    c.t(" (CNC) ").p(PH, c.au_mob()).t("\n")
    return fhir(pt, dob, [("medicare", mcare.replace(" ", ""))], None, line, sub, pc)


def _ca_addr(c: Ctx, prov: str | None = None) -> tuple[str, str, str, str]:
    opts = [x for x in CA_CITIES if prov is None or x[1] == prov]
    city, pv, fsa = c.ch(opts)
    line = c.ch([f"{c.ri(10, 9800)} {c.ch(CA_STREETS)}",
                 f"{c.ri(101, 1908)}-{c.ri(10, 400)} {c.ch(CA_STREETS)}"])
    return line, city, pv, ca_pc(c, fsa)


def _ca_phone(c: Ctx, area: str) -> str:
    mid, last = c.ri(201, 989), c.digits(4)
    return c.ch([f"({area}) {mid}-{last}", f"{area}-{mid}-{last}"])


@_tpl("CA")
def ca_form1(c: Ctx) -> dict[str, Any]:
    """Ontario Form 1 / Form 42 documentation in an ED psychiatry note."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 70, d0)
    ohip = c.ohip()
    mrn = c.digits(7, True)
    line, city, pv, pc = _ca_addr(c, "ON")
    edp, cst, ra = c.staff(), c.staff(), c.staff()
    bro = c.kin(pt, "m", keep=True)
    c.t("ED PSYCHIATRY - Form 1 documentation\n").p(N, pt.LF).t(" | OHIP ").p(ID, ohip)
    c.t(" | MRN ").p(ID, mrn).t(" | DOB ").p(D, fd(dob, "iso")).t("\n").p(AD, line).t(", ")
    c.p(AD, city).t(f", {pv} ").p(ZP, pc).t("\n\n")
    c.t("Form 1 (Application by Physician for Psychiatric Assessment) signed ")
    c.p(D, fd(d0, "Mdy")).t(" at 03:40 by Dr. ").p(N, edp.full).t(" - Box A (serious bodily harm "
                                                                  "to self).\n")
    c.t("Form 42 given to pt at 03:55 by ").p(N, cst.full).t(", RN. Rights adviser ")
    c.p(N, ra.full).t(" notified ").p(D, fd(d0, "Md")).t(".\n")
    c.t("Collateral from brother ").p(N, bro.first).t(" (").p(PH, _ca_phone(c, "905"))
    c.t("): texted goodbye messages, gave away dog.\nBAL ").c("22 mmol/L").t(" on arrival; "
                                                                            "reassess at 08:00.\n")
    c.t("Constable ").p(N, c.staff().last).t(" #").p(ID, c.digits(4, True)).t(" (Peel Regional "
                                                                            "Police) handed "
                                                                            "over.\n")
    return fhir(pt, dob, [("ohip", ohip.split("-")[0] + ohip.split("-")[1] + ohip.split("-")[2]),
                          ("mrn", mrn)], None, line, city, pc)


@_tpl("CA")
def ca_bc_shift_note(c: Ctx) -> dict[str, Any]:
    """Involuntary patient nursing shift note under the BC Mental Health Act."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 60, d0)
    phn = c.bc_phn()
    mrn = "V" + c.digits(8)
    rn, lpn, psy = c.staff(), c.staff(), c.staff()
    friend = c.person()
    c.t("Nursing Note - Night shift ").p(D, fd(d0, "Mdy")).t(" 1900-0730\n").p(N, pt.full)
    c.t("  PHN ").p(ID, phn).t("  MRN ").p(ID, mrn).t("  DOB ").p(D, fd(dob, "Mdy")).t("\n")
    c.t("Status: involuntary (Form 4 & 6, renewal due ").p(D, fd(d0 + timedelta(days=c.ri(3, 20)),
                                                                "Md")).t("). Close obs q15.\n")
    c.t("Pt pacing early in shift, responding to internal stimuli. Declined HS meds initially. "
        "PRN loxapine ").c("25mg").t(" PO given 2215 with good effect. Slept from 0100.\n")
    c.t("Visitor ").p(N, friend.full).t(" left belongings at desk - searched, lighter removed.\n")
    c.t("Vitals 0600: BP ").c(f"{c.ri(108, 135)}/{c.ri(65, 85)}").t(", HR ").c(str(c.ri(62, 96)))
    c.t(". Dr. ").p(N, psy.last).t(" to review re Form 13 leave.\n").p(N, rn.fml).t(", RN / ")
    c.p(N, lpn.full).t(", LPN\n")
    return fhir(pt, dob, [("phn", phn.replace(" ", "")), ("mrn", mrn)])


@_tpl("CA")
def ca_oat_clinic(c: Ctx) -> dict[str, Any]:
    """Opioid agonist therapy clinic visit with pharmacy fax (Alberta)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(20, 60, d0)
    uli = c.uli()
    line, city, pv, pc = _ca_addr(c, "AB")
    doc, pharm = c.staff(), c.staff()
    c.t("OAT Clinic - Follow-up   ").p(D, fd(d0, "iso")).t("\nClient: ").p(N, pt.lfm)
    c.t("   ULI ").p(ID, uli).t("   DOB ").p(D, fd(dob, "Mdy")).t("\n").p(AD, line).t(", ")
    c.p(AD, city).t(f", {pv} ").p(ZP, pc).t("   ph ").p(PH, _ca_phone(c, "403"))
    c.t("\n\nOn Sublocade ").c("300mg").t(" SC monthly (last ").p(D, fd(d0 - timedelta(days=28),
                                                                        "Md"))
    c.t("), transitioning to ").c("100mg").t(" maintenance. UDT: fentanyl neg x3.\n")
    c.t("Works at auto shop; partner pregnant (due ").p(D, fd(d0 + timedelta(days=c.ri(40, 150)),
                                                                "MMd")).t(").\n")
    c.t("Next injection ").p(D, fd(d0 + timedelta(days=28), "Mdy")).t(". Fax to ")
    c.p(N, pharm.full).t(", pharmacist: ").p(PH, _ca_phone(c, "403")).t("\nDr. ").p(N, doc.full)
    c.t(" (CPSA ").p(ID, c.digits(6, True)).t(")\n")
    return fhir(pt, dob, [("uli", uli.replace("-", ""))], None, line, city, pc)


@_tpl("CA")
def ca_ccb_notice(c: Ctx) -> dict[str, Any]:
    """Consent and Capacity Board hearing notice and SDM contacts (Ontario)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(20, 80, d0)
    ohip = c.ohip()
    file_no = f"TO-{d0.year % 100}-{c.digits(5)}"
    law, sdm, psy = c.staff(), c.kin(pt, c.ch("mf")), c.staff()
    c.t("CONSENT AND CAPACITY BOARD - NOTICE OF HEARING\nFile: ").p(ID, file_no).t("\nParty: ")
    c.p(N, pt.fml).t("   DOB: ").p(D, fd(dob, "Mdy")).t("   OHIP: ").p(ID, ohip).t("\n")
    c.t("Application: Form A (review of finding of incapacity to consent to treatment)\n")
    hd = d0 + timedelta(days=7)
    hd += timedelta(days=max(0, 7 - hd.weekday()) if hd.weekday() >= 5 else 0)
    c.t("Hearing: ").t(WEEKDAY[hd.weekday()] + ", ")
    c.p(D, fd(hd, "MMdy")).t(", 9:30 a.m., by videoconference\n")
    c.t("Health practitioner: Dr. ").p(N, psy.full).t("\nCounsel for the party: ")
    c.p(N, law.full).t(", ").p(EM, f"{law.first.lower()}@{law.last.lower().replace(' ', '')}"
                                   f"law.ca").t(", ").p(PH, _ca_phone(c, "416"))
    c.t("\nSDM: ").p(N, sdm.full).t(" (").t("parent" if c.r.random() < 0.5 else "sibling")
    c.t(") ").p(PH, _ca_phone(c, "647")).t("\nNotice sent ").p(D, fd(d0, "Mdy")).t("\n")
    return fhir(pt, dob, [("ohip", ohip[:12].replace("-", ""))])


@_tpl("CA")
def ca_ns_ed_intake(c: Ctx) -> dict[str, Any]:
    """Eating disorder program intake (Nova Scotia)."""
    pt = c.person(faker=True, sex=c.ch("ffm"))
    d0 = c.day()
    dob = c.dob(16, 30, d0)
    hc = c.digits(4, True) + " " + c.digits(3) + " " + c.digits(3)
    line, city, _pv, pc = _ca_addr(c, "NS")
    mom, fp, clin = c.kin(pt, "f"), c.staff(), c.staff()
    c.t("EATING DISORDERS PROGRAM - INTAKE\nName: ").p(N, pt.full).t("  HCN: ").p(ID, hc)
    c.t("  DOB: ").p(D, fd(dob, "dmy")).t("\nAddress: ").p(AD, line).t(", ").p(AD, city)
    c.t(", NS ").p(ZP, pc).t("\nReferral from Dr. ").p(N, fp.f_l).t(" (family physician) rec'd ")
    c.p(D, fd(d0 - timedelta(days=c.ri(10, 60)), "Mdy")).t("\nIntake ").p(D, fd(d0, "Mdy"))
    c.t(" with ").p(N, clin.full).t(", MSW, RSW\n\n")
    c.t("Binge-purge 5-6x/wk since ").p(D, fd(d0 - timedelta(days=c.ri(200, 700)), "MMy"))
    c.t(". Ht ").c(f"{c.ri(155, 178)} cm").t(", wt ").c(f"{c.ri(52, 80)} kg").t(". K ")
    c.c(f"3.{c.ri(0, 8)}").t(". EDE-Q ").c(f"{c.ri(30, 50) / 10:.1f}").t(". Mother ")
    c.p(N, mom.full).t(" attended, cell ").p(PH, _ca_phone(c, "902")).t(".\n")
    c.t("Plan: group CBT-E, waitlist est. 8 wks; medical monitoring with FP.\n")
    return fhir(pt, dob, [("hcn", hc.replace(" ", ""))], None, line, city, pc)


@_tpl("CA")
def ca_odsp_form(c: Ctx) -> dict[str, Any]:
    """ODSP Health Status and Activities of Daily Living report (Ontario) for a psychiatric
    disability claim."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(25, 62, d0)
    sin = c.sin()
    ohip = c.ohip()
    line, city, pv, pc = _ca_addr(c, "ON")
    psy = c.staff()
    cw = c.staff()
    c.t("ODSP - HEALTH STATUS REPORT (excerpt)\nApplicant: ").p(N, pt.LF).t("   SIN: ")
    c.p(SSN, sin).t("\nDate of birth: ").p(D, fd(dob, "ymd/")).t("   Member ID: ")
    c.p(ID, c.digits(9, True)).t("   Health card: ").p(ID, ohip).t("\nAddress: ").p(AD, line)
    c.t(", ").p(AD, city).t(f", {pv} ").p(ZP, pc).t("\n\n")
    c.t("Diagnoses: schizoaffective disorder (since 2014); OUD in sustained remission on "
        "methadone ").c("80 mg").t(".\nAdmissions: ").p(D, fd(d0 - timedelta(days=c.ri(200, 400)),
                                                              "Mdy")).t(" - ")
    c.p(D, fd(d0 - timedelta(days=c.ri(150, 199)), "Mdy")).t(" (").c("43").t(" days).\n")
    c.t("Cannot sustain work due to negative symptoms and cognitive deficits.\n")
    c.t("Completed by: ").p(N, psy.full).t(", MD, FRCPC  CPSO ").p(ID, c.digits(5, True))
    c.t("  Tel ").p(PH, _ca_phone(c, "705")).t("  Date ").p(D, fd(d0, "ymd/")).t("\n")
    c.t("Caseworker: ").p(N, cw.full).t("\n")
    return fhir(pt, dob, [("ohip", ohip[:12].replace("-", ""))], None, line, city, pc)


def _ie_addr(c: Ctx) -> tuple[str, str, str, str]:
    town, county, rk = c.ch(IE_TOWNS)
    line = c.ch([f"{c.ri(1, 90)} {c.ch(IE_STREETS)}", f"Apt {c.ri(1, 40)}, {c.ch(IE_STREETS)}"])
    return line, town, county, eircode(c, rk)


@_tpl("IE")
def ie_admission_order(c: Ctx) -> dict[str, Any]:
    """Mental Health Act 2001 involuntary admission: Forms 2, 5 and 6 summary (Ireland)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 75, d0)
    mrn = c.digits(7, True)
    line, town, county, ec = _ie_addr(c)
    app = c.kin(pt, c.ch("mf"))
    gp, cons, garda = c.staff(), c.staff(), c.staff()
    c.t("APPROVED CENTRE - INVOLUNTARY ADMISSION RECORD\nPatient: ").p(N, pt.FL).t("  MRN ")
    c.p(ID, mrn).t("  DOB ").p(D, fd(dob, "dot")).t("\nAddress: ").p(AD, line).t(", ")
    c.p(AD, town).t(f", {county} ").p(ZP, ec).t("\n\n")
    c.t("Form 2 (application by spouse/relative): ").p(N, app.full).t(", signed ")
    c.p(D, fd(d0, "dot")).t("\nForm 5 (recommendation): Dr ").p(N, gp.full).t(" (GP), ")
    c.p(D, fd(d0, "dot2")).t("\nGardaí assisted removal - Garda ").p(N, garda.full)
    c.t(" (reg ").p(ID, c.digits(5, True) + c.ch("ABCDEFG")).t(")\nForm 6 (admission order) "
                                                                "made by ")
    c.p(N, cons.full).t(", Consultant Psychiatrist, ").p(D, fd(d0 + timedelta(days=1), "dot"))
    c.t(" at 11:05 - 21 days.\nMHC notified; Mental Health Tribunal to be held by ")
    c.p(D, fd(d0 + timedelta(days=c.ri(14, 20)), "oMM")).t(". Legal aid solicitor assigned.\n")
    c.t("Rx: zuclopenthixol acetate ").c("100mg IM").t(" given ").p(D, fd(d0, "dm")).t(".\n")
    return fhir(pt, dob, [("mrn", mrn)], None, line, town, ec)


@_tpl("IE")
def ie_cmht_letter(c: Ctx) -> dict[str, Any]:
    """Community mental health team outpatient letter to the GP (Ireland)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(20, 70, d0)
    line, town, _county, ec = _ie_addr(c)
    gp, reg, cons = c.staff(), c.staff(), c.staff()
    gline, gtown, gcounty, gec = _ie_addr(c)
    husb = c.kin(pt, "m" if pt.sex == "f" else "f")
    mrn = c.digits(6, True)
    c.p(D, fd(d0, "oMMy")).t("\n\nDr ").p(N, gp.full).t("\n").p(AD, gline).t("\n")
    c.p(AD, gtown).t("\n").t(gcounty).t("\n").p(ZP, gec).t("\n\nRe: ").p(N, pt.full).t(", ")
    c.p(AD, line).t(", ").p(AD, town).t(" ").p(ZP, ec).t(". DOB ").p(D, fd(dob, "dot"))
    c.t(" MRN ").p(ID, mrn).t("\n\nDear Dr ").p(N, gp.last).t(",\n")
    c.t("I saw ").p(N, pt.first).t(" in the Sector clinic today with ").p(N, husb.first)
    c.t(". Mood has lifted since venlafaxine was increased to ").c("225mg").t(" on ")
    c.p(D, fd(d0 - timedelta(days=c.ri(30, 60)), "dot2")).t(". PHQ-9 ").c(str(c.ri(4, 11)))
    c.t(". BP ").c(f"{c.ri(118, 142)}/{c.ri(72, 90)}").t(". Back at work three days a week.\n")
    c.t("Plan: continue; review in 3/12 with Dr ").p(N, reg.last).t(" (Registrar).\n\nIs mise "
                                                                  "le meas,\n\nDr ")
    c.p(N, cons.full).t("\nConsultant Psychiatrist\n")
    return fhir(pt, dob, [("mrn", mrn)], None, line, town, ec)


@_tpl("IE")
def ie_methadone_protocol(c: Ctx) -> dict[str, Any]:
    """HSE addiction service methadone treatment card and CTL registration (Ireland)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(22, 58, d0)
    ppsn = c.ppsn()
    ctl = "CTL" + c.digits(6)
    line, town, _county, ec = _ie_addr(c)
    doc, nurse, pharm = c.staff(), c.staff(), c.staff()
    c.t("METHADONE TREATMENT CARD\nName: ").p(N, pt.LF).t("\nPPSN: ").p(SSN, ppsn)
    c.t("   CTL no: ").p(ID, ctl).t("   DOB: ").p(D, fd(dob, "dmy")).t("\nAddress: ")
    c.p(AD, line).t(", ").p(AD, town).t(" ").p(ZP, ec).t("\n")
    c.t("Methadone ").c(f"{c.ch([40, 60, 75, 90, 100])}mg").t(" daily, supervised at ")
    c.t("community pharmacy (").p(N, pharm.full).t(", MPSI) - ").p(PH, c.ie_mob()).t("\n")
    c.t("Start date: ").p(D, fd(d0, "dmy")).t("   Review: ").p(D, fd(d0 + timedelta(days=56),
                                                                     "dmy"))
    c.t("\nUrinalysis ").p(D, fd(d0 - timedelta(days=7), "dm0")).t(": morphine neg, benzos +\n")
    c.t("Prescriber: Dr ").p(N, doc.full).t(" (MCRN ").p(ID, c.digits(6, True)).t(")  Nurse: ")
    c.p(N, nurse.full).t(", ").p(EM, f"{nurse.first.lower()}.{nurse.last.lower()}@hse.ie"
                                    .replace(" ", "").replace("ó", "o").replace("í", "i")
                                    .replace("á", "a").replace("é", "e").replace("ú", "u"))
    c.t("\n")
    return fhir(pt, dob, [("ppsn", ppsn), ("ctl", ctl)], None, line, town, ec)


@_tpl("IE")
def ie_poll_visit(c: Ctx) -> dict[str, Any]:
    """Psychiatry of later life home visit (Ireland)."""
    pt = c.person(faker=True)
    d0 = c.day()
    agev = c.ch([87, 90, 91, 92, 94, 95, 97])
    dob = c.dob_age(agev, d0)
    line, town, county, ec = _ie_addr(c)
    nie = c.kin(pt, "f")
    cnm, gp = c.staff(), c.staff()
    mrn = c.digits(7, True)
    c.t("POLL - Home visit ").p(D, fd(d0, "dot")).t("\n").p(N, pt.LF).t(" (")
    _age_span(c, agev)
    c.t(" yrs)  MRN ").p(ID, mrn).t("  DOB ").p(D, fd(dob, "dot")).t("\n").p(AD, line).t(", ")
    c.p(AD, town).t(f", {county}\n")
    c.t("Seen with niece ").p(N, nie.full).t(" (").p(PH, c.ie_mob()).t("). Home help 3x daily.\n")
    c.t("Increasing confusion, wandering to the road at night. MoCA ").c(f"{c.ri(10, 19)}/30")
    c.t(". Bloods via GP Dr ").p(N, gp.last).t(" ").p(D, fd(d0 - timedelta(days=c.ri(4, 12)),
                                                             "dot2")).t(": Na ")
    c.c(str(c.ri(131, 140))).t(", B12 ").c(str(c.ri(180, 600))).t(".\nImp: Alzheimer's "
                                                                     "dementia with BPSD.\n")
    c.t("Plan: trazodone ").c("50mg").t(" nocte, day centre referral, review ")
    c.p(D, fd(d0 + timedelta(days=28), "oMM")).t(". ").p(N, cnm.full).t(" CNM2\n")
    return fhir(pt, dob, [("mrn", mrn)], None, line, town, ec)


def _nz_addr(c: Ctx) -> tuple[str, str, str, str]:
    sub, city, pc = c.ch(NZ_SUBS)
    return f"{c.ri(1, 120)} {c.ch(NZ_STREETS)}", sub, city, pc


@_tpl("NZ")
def nz_cat_assessment(c: Ctx) -> dict[str, Any]:
    """Crisis team assessment leading to a s11 certificate under the MH(CAT) Act (NZ)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 60, d0)
    nhi = c.nhi()
    line, sub, city, pc = _nz_addr(c)
    aunty = c.kin(pt, "f")
    dao, mo = c.staff(), c.staff()
    c.t("CRISIS TEAM ASSESSMENT  ").p(D, fd(d0, "dmy")).t("\n").p(N, pt.LF).t("  NHI ")
    c.p(ID, nhi).t("  DOB ").p(D, fd(dob, "dmyl")).t("\n").p(AD, line).t(", ").p(AD, sub)
    if city != sub:
        c.t(", ").p(AD, city)
    c.t(" ").p(ZP, pc).t("\n\n")
    c.t("Whānau present: aunty ").p(N, aunty.full).t(" (").p(PH, c.nz_mob()).t(").\n")
    c.t("Presentation: 3/52 escalating paranoia, stopped eating, barricaded bedroom. Meth "
        "use reported.\nAssessed with DAO ").p(N, dao.full).t(" under s8A/8B; s9 "
                                                             "assessment by Dr ")
    c.p(N, mo.full).t(".\nOutcome: s11 certificate issued ").p(D, fd(d0, "dm")).t(" - "
                                                                             "admitted to IPU "
                                                                             "for 5 days.\n")
    c.t("Kaupapa Māori service referral with consent. Cultural support requested.\n")
    return fhir(pt, dob, [("nhi", nhi)], None, line, city, pc)


@_tpl("NZ")
def nz_ost_review(c: Ctx) -> dict[str, Any]:
    """Opioid substitution treatment review with takeaway authorisation (NZ)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(25, 62, d0)
    nhi = c.nhi()
    line, sub, city, pc = _nz_addr(c)
    kw, dr, gp = c.staff(), c.staff(), c.staff()
    c.t("CADS OST - 3-monthly review\nClient: ").p(N, pt.full).t("  NHI ").p(ID, nhi)
    c.t("  DOB ").p(D, fd(dob, "dmy")).t("\n").p(AD, line).t(", ").p(AD, sub).t(" ")
    c.p(ZP, pc).t("  Ph ").p(PH, c.nz_mob()).t("\nDate: ").p(D, fd(d0, "dMMy")).t("\n\n")
    c.t("Methadone ").c(f"{c.ch([50, 70, 85, 110])}mg").t(" daily. 4 takeaways/wk since ")
    c.p(D, fd(d0 - timedelta(days=c.ri(100, 300)), "dMy")).t(". No concerns from pharmacy. "
                                                              "UDS ")
    c.p(D, fd(d0 - timedelta(days=5), "dm")).t(" - methadone only.\n")
    c.t("Keyworker ").p(N, kw.full).t(" recommends shared care transfer to GP Dr ")
    c.p(N, gp.f_l).t(".\nAuthorised prescriber: Dr ").p(N, dr.full).t(" (MCNZ ")
    c.p(ID, c.digits(5, True)).t(")\n")
    return fhir(pt, dob, [("nhi", nhi)], None, line, city, pc)


@_tpl("NZ")
def nz_court_liaison(c: Ctx) -> dict[str, Any]:
    """Court liaison nurse report to the District Court (NZ)."""
    pt = c.person(faker=True)
    d0 = c.day()
    dob = c.dob(18, 55, d0)
    nhi = c.nhi()
    cln, lawyer, judge = c.staff(), c.staff(), c.staff()
    cri = c.digits(9, True)
    c.t("COURT LIAISON REPORT - ").t(c.ch(["Manukau", "Porirua", "Christchurch"]))
    c.t(" District Court\nDate: ").p(D, fd(d0, "dMMy")).t("\nDefendant: ").p(N, pt.LF)
    c.t("  DOB ").p(D, fd(dob, "dmy")).t("  CRI ").p(ID, cri).t("  NHI ").p(ID, nhi)
    c.t("\nJudge ").p(N, judge.last).t("   Counsel: ").p(N, lawyer.full).t("\n\n")
    c.t("Known to forensic services. Last contact with CMHT ").p(D, fd(d0 - timedelta(
        days=c.ri(40, 200)), "dmy")).t(". Presented as thought disordered in cells.\n")
    c.t("Recommend: remand to hospital s38(2)(c) CP(MIP) Act report.\n")
    c.p(N, cln.full).t(", Court Liaison Nurse  ").p(PH, c.nz_mob()).t("\n")
    return fhir(pt, dob, [("nhi", nhi)])


@_tpl("SG")
def sg_cpn_visit(c: Ctx) -> dict[str, Any]:
    """Community psychiatric nurse home visit (Singapore)."""
    g = c.ch(["sg_chinese", "malay", "sg_indian"])
    pt = c.person(g)
    d0 = c.day()
    dob = c.dob(20, 70, d0)
    nric = c.nric(c.ch("ST") if dob.year >= 1968 else "S")
    if g == "sg_chinese":
        nm = f"{pt.last} {pt.first}"
    elif g == "malay":
        nm = f"{pt.first} {'bin' if pt.sex == 'm' else 'binti'} {pt.last}"
    else:
        nm = f"{pt.first} {'s/o' if pt.sex == 'm' else 'd/o'} {pt.last}"
    blk = f"Blk {c.ri(100, 899)} {c.ch(['Jurong West St 42', 'Woodlands Ave 6', 'Bedok North Rd', 'Yishun Ring Rd', 'Ang Mo Kio Ave 3'])} #{c.ri(2, 16):02d}-{c.ri(10, 599)}"
    post = str(c.ri(3, 8)) + c.digits(5)
    cpn = c.staff()
    sib = c.kin(pt, c.ch("mf"))
    c.t("Community Psychiatric Nursing - Home Visit\nName: ")
    if g == "sg_indian":
        c.p(N, pt.first).t(" s/o " if pt.sex == "m" else " d/o ").p(N, pt.last)
    else:
        c.p(N, nm)
    c.t("   NRIC ").p(ID, nric).t("   DOB ").p(D, fd(dob, "dmy")).t("\nAddress: ").p(AD, blk)
    c.t(" Singapore ").p(ZP, post).t("\nVisit: ").p(D, fd(d0, "dMy")).t("  Case no ")
    c.p(ID, f"IMH{c.digits(7)}").t("\n\nStaying with sibling ").p(N, sib.first).t(" (")
    c.p(PH, f"+65 {c.ch('89')}{c.digits(3)} {c.digits(4)}").t("). Compliant with ")
    c.t("fluphenazine decanoate ").c("25mg").t(" IM monthly, last ").p(D, fd(d0 - timedelta(
        days=c.ri(5, 25)), "dm0")).t(".\nNo positive symptoms. Sleeping well. Attending sheltered "
                                      "workshop.\nNext depot ").p(D, fd(d0 + timedelta(days=14),
                                                                         "dMy"))
    c.t(". CPN: ").p(N, f"{cpn.last} {cpn.first}" if cpn.last.isupper() else cpn.full).t("\n")
    return fhir(pt, dob, [("nric", nric)], None, blk, None, post)


@_tpl("ZA")
def za_72h_assessment(c: Ctx) -> dict[str, Any]:
    """72-hour assessment under the Mental Health Care Act (South Africa)."""
    pt = c.person(c.ch(["afrikaans", "nguni"]))
    d0 = c.day()
    dob = c.dob(18, 60, d0)
    said = c.sa_id(dob, pt.sex)
    folder = c.digits(8, True)
    mo, sis_, app = c.staff(), c.staff("f"), c.kin(pt, c.ch("mf"), keep=True)
    line = f"{c.ri(1, 300)} {c.ch(['Voortrekker Rd', 'Sisulu St', 'Kerk St', 'Mandela Dr'])}"
    area, pc = c.ch([("Bellville", "7530"), ("Soweto", "1804"), ("Mitchells Plain", "7785"),
                     ("Pietermaritzburg", "3201")])
    c.t("MHCA 72-HOUR ASSESSMENT (Form MHCA 07)\nUser: ").p(N, pt.FL).t("  Folder ")
    c.p(ID, folder).t("\nID no: ").p(ID, said).t("  DOB ").p(D, fd(dob, "iso")).t("\nAddress: ")
    c.p(AD, line).t(", ").p(AD, area).t(" ").p(ZP, pc).t("\n")
    c.t("Application (MHCA 04) by ").p(N, app.full).t(" (relative) ").p(PH, f"0{c.ch('678')}"
                                                                         f"{c.digits(1)} "
                                                                         f"{c.digits(3)} "
                                                                         f"{c.digits(4)}")
    c.t(" on ").p(D, fd(d0, "dmy")).t("\n72h period ends ").p(D, fd(d0 + timedelta(days=3),
                                                                     "dmy")).t(" 14:00\n\n")
    c.t("Day 1: aggressive, grandiose. Haloperidol ").c("5mg").t(" + promethazine ").c("50mg")
    c.t(" IM. HIV ").c("neg").t(", RPR ").c("neg").t(".\nDay 3: recommend involuntary care "
                                                   "(MHCA 08) - referred to Review Board.\n")
    c.t("MO: Dr ").p(N, mo.f_l).t(" (HPCSA MP ").p(ID, "0" + c.digits(6, True)).t(")  Sister ")
    c.p(N, sis_.full).t(" (SANC ").p(ID, c.digits(8, True)).t(")\n")
    return fhir(pt, dob, [("said", said), ("folder", folder)], None, line, area, pc)


@_tpl("IN")
def in_deaddiction(c: Ctx) -> dict[str, Any]:
    """De-addiction centre in-patient discharge summary (India)."""
    pt = c.person(c.ch(["n_indian", "s_indian"]), sex=c.ch("mmmf"))
    d0 = c.day()
    dob = c.dob(20, 60, d0)
    uhid = c.digits(10, True)
    abha = f"91-{c.digits(4)}-{c.digits(4)}-{c.digits(4)}"
    fath = c.kin(pt, "m", keep=True)
    line = f"H.No. {c.ri(1, 400)}-{c.ri(1, 60)}, {c.ch(['Shivaji Nagar', 'Gandhi Road', '3rd Cross, Jayanagar'])}"
    city, pin = c.ch([("Bengaluru", "5600"), ("Pune", "4110"), ("Lucknow", "2260"),
                      ("Kochi", "6820")])
    pin += c.digits(2)
    sr, jr = c.staff(), c.staff()
    c.t("DEPARTMENT OF PSYCHIATRY - DE-ADDICTION WARD\nDISCHARGE SUMMARY\nName: ").p(N, pt.full)
    c.t(" S/O " if pt.sex == "m" else " D/O ").p(N, fath.full).t("\nAge/Sex: ")
    c.t(f"{Ctx.age(dob, d0)}/{pt.sex.upper()}  UHID: ").p(ID, uhid).t("  ABHA: ").p(ID, abha)
    c.t("\nAddress: ").p(AD, line).t(", ").p(AD, city).t(" - ").p(ZP, pin)
    c.t("\nDOA: ").p(D, fd(d0 - timedelta(days=c.ri(10, 21)), "dash")).t("  DOD: ")
    c.p(D, fd(d0, "dash")).t("\n\nDx: Alcohol dependence syndrome (F10.2), complicated "
                             "withdrawal.\nTx: chlordiazepoxide ").c("80mg/day")
    c.t(" tapered; thiamine ").c("300mg").t(". LFT: GGT ").c(f"{c.ri(90, 400)} U/L").t(".\n")
    c.t("Advised baclofen ").c("10mg").t(" TDS. Follow-up OPD ").p(D, fd(d0 + timedelta(
        days=14), "dmy")).t(". Attendant mob ").p(PH, f"+91 {c.ch('6789')}{c.digits(4)} "
                                                     f"{c.digits(5)}").t("\n")
    c.t("Dr ").p(N, jr.full).t(" (JR)  Dr ").p(N, sr.full).t(" (Asst Prof)\n")
    return fhir(pt, dob, [("uhid", uhid), ("abha", abha)], None, line, city, pin)


@_tpl("JM")
def jm_clinic_followup(c: Ctx) -> dict[str, Any]:
    """Community mental health clinic follow-up after hospital discharge (Jamaica)."""
    pt = c.person("jamaican")
    d0 = c.day()
    dob = c.dob(18, 70, d0)
    trn = f"1{c.digits(2)}-{c.digits(3)}-{c.digits(3)}"
    dno = "BH" + c.digits(6)
    line = f"Lot {c.ri(1, 400)}, {c.ch(['Red Hills Road', 'Molynes Road', 'Spanish Town Road', 'Hagley Park Road'])}"
    area = c.ch(["Kingston 10", "Kingston 20", "Portmore", "Spanish Town"])
    mo, mho = c.staff(), c.staff()
    moth = c.kin(pt, "f", keep=True)
    c.t("COMMUNITY MENTAL HEALTH CLINIC - St. Catherine\nName: ").p(N, pt.full).t("  TRN: ")
    c.p(ID, trn).t("  Hosp no: ").p(ID, dno).t("\nDOB: ").p(D, fd(dob, "dMMy")).t("  Address: ")
    c.p(AD, line).t(", ").p(AD, area).t("\n")
    c.t("Discharged from hospital ").p(D, fd(d0 - timedelta(days=c.ri(7, 30)), "dmy"))
    c.t(". Seen today ").p(D, fd(d0, "dmy")).t(" with mother ").p(N, moth.full).t(" (")
    c.p(PH, f"(876) {c.ri(201, 999)}-{c.digits(4)}").t(").\n")
    c.t("On fluphenazine decanoate ").c("25mg").t(" IM q3wk + benzhexol ").c("5mg")
    c.t(". Ganja use reduced. No aggression.\n")
    c.t("MHO ").p(N, mho.full).t(" to visit home. Next clinic ").p(D, fd(d0 + timedelta(days=21),
                                                                         "oMM")).t(".\nDr ")
    c.p(N, mo.fi).t("\n")
    return fhir(pt, dob, [("trn", trn), ("hosp", dno)], None, line, area, None)


# ----------------------------------------------------------------------------- generation
_SEED = 59_590_000


def _leaks(note: Note) -> bool:
    """True when a labelled PHI string (or a word of a labelled name) also occurs unlabelled."""
    text = note.text
    mask = bytearray(len(text))
    for s, e, _ in note.phi:
        mask[s:e] = b"\x01" * (e - s)
    needles: set[tuple[str, bool]] = set()
    for s, e, kind in note.phi:
        frag = text[s:e]
        if kind == AGE:
            continue
        needles.add((frag, len(frag) >= 3))
        if kind == N:
            for w in re.split(r"[\s,.'\"-]+", frag):
                if len(w) >= 3:
                    needles.add((w, True))
    for frag, fold in needles:
        pat = re.compile(r"(?<![\w/])" + re.escape(frag) + r"(?![\w/])",
                         re.IGNORECASE if fold else 0)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return True
    return False


def _one(i: int) -> Note:
    fn = TEMPLATES[i % len(TEMPLATES)]
    note: Note | None = None
    for attempt in range(60):
        c = Ctx(_SEED + i * 1009 + attempt * 7_000_003, REGION[fn.__name__])
        patient = fn(c)
        note = c.b.build(patient)
        if not _leaks(note):
            return note
    assert note is not None
    return note


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, templates cycled in order (deterministic)."""
    return [_one(i) for i in range(n)]
