"""HELD-OUT v53 PHI corpus: written independently, before any round-53 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout50 / heldout51 / heldout52 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/`` and
``bench/phi_corpus/``; ruff was run on this file with the project's configuration; the scrubber was
never run on this corpus while it was written, nor was any of its output looked at). Like v14-v52
it aims at the MAINSTREAM of English-language hospital text with ordinary PHI density; it is
modelled on EMERGENCY, PRE-HOSPITAL AND URGENT CARE AND THE PAPERWORK AROUND IT: ambulance patient
report forms and ambulance-to-ED handovers (ATMIST, IMIST-AMBO), ED triage (Manchester Triage
System, ESI, ATS, CTAS, ÉTG, SATS, PAC), resus, majors and minor-injury / urgent-care notes,
poisons-information calls, police and custody liaison, mental-health assessments and detention
paperwork in ED (s136, 5150, Schedule 1, Form 4, s8A / s8B), safeguarding referrals (child and
adult), 72-hour returns, frequent-attender care plans, retrieval and inter-hospital transfer forms,
ED discharge letters and summaries, specialty referral calls, major-incident casualty records and a
complaint about a long wait - in the United Kingdom (12 templates), the United States (10),
Australia (6), Canada (6), Ireland (4), New Zealand (3), Singapore (1), South Africa (1), Nigeria
(1) and the Philippines (1). Note kinds and phrasing differ from v50 - v52. Templates, cycled in
order (see ``TEMPLATES``): ambulance ePRFs printed at handover (incident and CAD numbers, ISO call
time "2024-10-05T00:57", incident street, town and postcode, "LAST, First", "Age: 9x" often >= 90,
spaced or unspaced NHS number, GP "Dr A Last", the neighbour's full name, an obs table with NEWS2,
son's full name and mobile, receiving RN, paramedic with HCPC number and ECA) (England); trauma
team activations from an ATMIST pre-alert ("Fri 18/07/25", the Sister taking the call, "A - 9x y/o
female" for an older faller or a young motorcyclist, TTL, airway "Dr K. Last", ODP's first name,
scribe's initials, surgical registrar's surname and bleep, temporary number, "FIRST LAST"
identified from a licence or a prescription, DOB, merged hospital and NHS numbers, PC's surname and
collar number, "incident log 6901 of 18/07/25", partner's first name and mobile) (England);
Manchester Triage System triage records ("LAST, First" / "Last, First" / "LAST, FIRST M", DOB with
the age, hospital and NHS numbers, receptionist's initials, triage RN "(Band 6)", daughter's first
name and mobile, spouse's first name, street, town and postcode, GP "Dr I Last", EM registrar's
surname and initials on the ECG) (England); majors clerking of an older faller with a long lie
("Mrs P Last (101F)", "Wed 09/10/24", the carer's first name, her town, daughter's full name and
phone, son's first name and city, a baseline creatinine dated "17/12/23", med reg's surname and
bleep, "Dr K. Last ST4 GMC 7552930") (England); mental health liaison assessments after a s136
("Thursday 18th January 2024", FY2, RMN, ST4 via Teams, the mother's first name, two PCs' surnames,
s136 expiry date, "Police log 1872 of 18/01/24", "First Last, 40M", DOB, NHS number, street, town
and postcode, CRHTT landline, CPN, GP's surname and a practice nhs.net e-mail, MHLT ext) (England);
multi-agency referral forms to children's social care (child "First LAST", DOB, NHS and hospital
numbers, address, mother's name and DOB, her partner's name, a sibling's first name, health visitor
and landline, GP, ED consultant, community paediatrician "Dr R. Last" on "Wed 20/03", duty social
worker, MASH reference, paediatric liaison nurse's landline and nhs.net e-mail) (England); adult
safeguarding concerns (council hub e-mail, "7/8/2025", "Mrs M Last (LAST, First)", "aged 9x" often
>= 90, NHS number, address, son's first name and later full name and mobile, the FY2 doing the MCA
assessment, staff nurse and ext, named nurse, Datix number, charge nurse) (England);
high-intensity-use care plans (name with a preferred name in quotes that returns in capitals in
"WHEN EDIE ATTENDS", DOB, NHS and MRN, supported-housing address, "since 16 March 2021", MDT date,
ED consultant, HIU coordinator, CPN, GP "Dr F. Last", advanced paramedic, a contacts table with
mobile and landlines, review date and "w/c 6/5", alert initials, special patient note reference,
shared-care-record URL, an audit line with an ISO date-time with seconds, a typed user name
"kwaku.appiah" and a private IP) (England); minor injuries unit records in Wales ("Saturday 23 Aug
2025", a parent's first name, "First LAST", hospital number with a check letter, NHS number, Welsh
street names, buckle fracture or ankle sprain, radiographer "C. Last", mobile, "Fri 5/9", ENP,
lower-case typist's name) (Wales); ED discharge letters to the GP (practice street, town and
postcode on three lines, "Dr A Last", CHI built from the DOB, DOB, address, "29 December 2024",
pharmacist, clinical development fellow and consultant) (Scotland); ED referral and bed-request
logs (four patients as "LAST, First" with hospital numbers, registrars' surnames with 4-digit
bleeps, staff initials per row, surnames alone in capitals in the notes, ED consultant) (England);
major incident casualty records ("02/11/2024", casualty label number, identified later as "LAST,
First" with DOB and address, merged numbers, escort RN, treating doctor, casualty bureau reference,
next of kin's full name and mobile, documentation officer's initials) (England); EMS patient care
reports (PCR and incident numbers, "01/09/2024", scene street, city, state and ZIP, "LAST, FIRST
M", "Age: 9x Yrs" often >= 90, MBI, "SSN (last 4)", home phone, spouse's first name, OLMC
physician, receiving RN typed and as a lower-case tablet signature, "NRP" with certification
number, EMT) (US); ESI triage notes with a positive sepsis screen ("Last, First M", MRN and CSN,
"(9x y.o. F)" sometimes >= 90, triage RN ", RN, CEN", the physician's surname, PCP ", MD",
daughter's first name and cell, video interpreter ID for Spanish speakers) (US); ED provider notes
for chest pain with a scribe attestation ("FIRST LAST", MRN, FIN, DOS, attending "First M. Last,
MD", resident ", DO (PGY-2)", the scribe's full name twice, cardiology fellow's pager, "1/29/25")
(US); poison center case records for a toddler's ingestion (case number, "03/14/24", mother's full
name, callback number, caller ZIP and city, the child's name, grandmother's first name, charge RN
and ext, "3/14" follow-up rows, ED physician, SPI ", RN, CSPI", toxicologist's phone) (US);
psychiatric emergency evaluations on a 5150 hold ("First M. Last", MRN, DOB, Medi-Cal CIN,
officer's surname and badge number, hold start and expiry dates, PMHNP, attending, roommate's full
name and phone, sister's first name, city and phone, LCSW) (California); 72-hour return quality
reviews (review number, reviewer, "Aug 27, 2024", "LAST, FIRST", MRN, "Age 9x" often >= 90, index
and return visit dates, attendings' surnames, APP ", PA-C" then by first name, son's full name,
complaint date "8/9" and number, the reviewer's IP) (US); EMTALA transfer certifications (sending
ED's street, city, state and ZIP, "Last, First", DOB, MRN, accepting physician, transfer-center
reference, "10/26/2024", receiving RN's phone and ext, certifying MD with "10/26/24", a lower-case
typed patient signature or a spouse's consent by phone) (US); after-visit summaries ("First Last",
MRN, "April 9, 2024", "Dear First", MD and PA-C, PCP's street with suite, city, state, ZIP and
phone, work-note dates, MyChart activation code, expiry date and sign-up URL, pharmacy street, city
and phone) (US); suspected child abuse social-work notes ("Last, First", DOB, MRN, mother "First M.
Last" with DOB, father, address and phone, child abuse pediatrician, CPS hotline date, intake
worker's first name and ID, referral number, detective's surname, badge and case number, LCSW
pager) (US); ED complex care plans for sickle cell disease ("LAST, FIRST M" with a nickname in
quotes, MRN, DOB, hematology approval date, hematologist and clinic phone, NP, care coordinator's
phone and e-mail, a full SSN on file with social work, the patient's and mother's phones, PDMP date
and report number, "Dec 7, 2024") (US); IMIST-AMBO ambulance handovers (case number, "26/1/2025",
triage RN's first name, ICP and paramedic, "First LAST", "61M", DOB, spaced Medicare with the IRN
in brackets, partner's first name, unit / street line, suburb, state, postcode and mobile) (AU);
ATS triage ("10/06/2024", triage nurse, UR, "LAST, First", DOB, spaced IHI, Medicare with "IRN 1",
a TIS interpreter's first name and ID for Greek, Italian, Arabic or Vietnamese speakers, NOK's full
name and mobile, address, GP "Dr D Last") (AU); ED discharge summaries to the GP ("Dr N. Last",
practice address block and fax, "First LAST", UR, "Medicare 4877318842-2" with the IRN outside the
span, address, "5 Sep 2024", a healthdirect / Better Health URL, registrar, consultant, ED
follow-up mailbox) (AU); Poisons Information Centre call records (reference, "22/4/2025", a rural
CMO and landline, an adolescent's name, DOB and UR, toxicologist's mobile, SPI) (AU); NSW Mental
Health Act Schedule 1 certificates (name, DOB, MRN, NSW address, "28th May 2025", senior
constable's surname, registration and event number, PACER clinician's first name, mother's full
name and mobile, "17 Mar", "Dr L. Last") (AU); residential aged care transfer forms (facility
street, suburb, postcode and landline, "Mrs L Last (LAST, First)", "Age 9x" often >= 90, Medicare
with the "ref" digit unlabelled, DVA Gold Card number, advance care directive date, EPOA daughter
and mobile, GP and landline, RN in charge and direct line) (AU); Ontario CTAS triage with an
ambulance offload delay ("Last, First", OHIP with version code, MRN, ISO DOB and arrival date,
paramedic "ACP" with badge number, triage RN, spouse's first name and cell, family physician's
surname) (ON); BC Mental Health Act Form 4 certificates ("First M. Last", PHN, "May 23, 1976", BC
street, city and postal code, RCMP constable's surname and regimental number, "July 13, 2024", RCMP
file, ED physician, mother's full name and cell, RN giving Form 13) (BC); Alberta EMS ePCRs with a
STARS rendezvous (event number, "Jul 28, 2025", "FIRST LAST", ULI "49481-2803", ISO DOB, home
street, city and postal code, STARS mission number, transport physician, RCMP constable and file,
spouse's full name and phone, ACP with registration number, PCP) (AB); Quebec ÉTG triage in French
with an English reassessment ("2025/02/27", "LAST, First", dossier, RAMQ built from the name and
DOB, "DDN: 1944/11/20", the paramedic (TAP) or the daughter's first name, family doctor's surname,
daughter's full name and cell, triage nurse and her initials) (QC); an e-mail complaint about a
14-hour ED wait and the patient relations log (the daughter's name and personal e-mail, "Friday,
August 2, 2024", the patient relations mailbox, "July 30", the father's name, "July 20, 1934", OHIP
with or without version code, "He is 9x years old" often >= 90, a nurse's first name, a doctor's
surname, the department phone, the daughter's street, city, postal code and phone, file number, ISO
received / acknowledged dates, specialist's phone and ext, program director, Patient Ombudsman URL,
a public IP) (ON); LifeFlight interfacility transfer records (mission number, "18 Jan 2024",
referring physician and phone, "Last, First M", MSI, DOB, accepting physician, crew, son's full
name and cell) (NS); ED triage and clerking with a trolley wait (MRN, "First LAST" with Gaelic
surnames in capitals, "15.02.1944", street, town, county and Eircode, medical card number, PPSN,
NOK's first name and mobile, GP's full name and town, triage RGN, SHO, consultant, "18/12") (IE);
National Ambulance Service patient care reports for a STEMI (incident number, "01.01.25", name,
DOB, "Age: 9x" sometimes >= 90, address with Eircode, CNM2, spouse's first name and mobile, AP and
paramedic with PINs, receiving MRN) (IE); self-harm CNS assessments ("Sunday 9th of February", CNS,
name, MRN, "14.09.1993", address, a parent's first name and mobile, psychiatry registrar, the
CMHT's town and clinician, "12th February", GP's surname, CNS landline and hse.ie e-mail) (IE); ED
assessments of a person in Garda custody (two Gardaí - full name with registration number and
surname -, station landline, PULSE incident number, "First LAST", DOB, MRN, street and town,
Sergeant's surname, registrar with MCRN) (IE); Hato Hone St John handovers with ED triage (incident
number, "14 Nov 2024", name, NHI with check digit, DOB, "(56M)", street, suburb, city and postcode,
a whānau member's first name and mobile, the full name of a kaumātua, of a church minister after
"Rev." or of a neighbour, paramedic, triage RN) (NZ); Accident & Medical consultations with an
ACC45 claim ("18 Nov 2024", name, NHI, DOB, address, mobile, personal e-mail, claim number,
"18/11", triage nurse's first name, ACC18 "until 01/12/2024", physio's full name, GP's surname, ACC
URL, registrar) (NZ); Mental Health (CAT) Act s8A / s8B / s9 records ("LAST, First", NHI, DOB,
address, applicant sister's full name and mobile, DAO and phone, constable's surname, ED SMO, "3
June 2024", psychiatrist, s9 date) (NZ); Singapore ED notes ("05 MAY 2025", Chinese names surname
first in capitals "SEAH Hui Ying", Malay "bin" / "binti" names and Indian names, NRIC with check
letter, "27SEP1923", "Age: 9x" sometimes >= 90, "Blk 320 Ang Mo Kio Ave 10 #12-127" and a 6-digit
postal code, SCDF incident number, MO and registrar, NOK's name and 8-digit or +65 number, a
domestic helper's first name) (SG); SATS triage and J88 notes after an assault (folder number,
"10/04/2024", name, 13-digit SA ID built from the DOB and sex (Luhn), ISO DOB, street, suburb,
township, city and postal code, Sister's name, SAPS CAS number, constable's surname, doctor with
HPCSA number, mother's first name and 0xx / +27 mobile) (ZA); teaching-hospital A&E clerking after
an okada crash ("LUTH/035688", NIN, NHIA number, "Mr First LAST", "No 5, Bank Road", area, city and
postcode, "13/10/2024", a Good Samaritan's full name and phone, IPO's surname, wife's first name
and phone, house officer, registrar and consultant) (NG); ER records for dengue or CAP (case
number, PhilHealth PIN, "27/05/2025", "SURNAME, Given M.", "Blk 18 Lot 5, Ilang-Ilang St",
barangay, city and ZIP, spouse's name with a nickname in quotes, watcher's 09xx / +63 phone, ROD,
IM resident's surname and local, NOD) (PH).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British Pakistani / Bangladeshi, British Sikh, British West African / Caribbean,
Polish; Irish with fadas and Gaelic surnames that change with sex, "Ó Súilleabháin" / "Ní
Shúilleabháin", "Mac Cárthaigh" / "Nic Cárthaigh"; US white, African American, Hispanic and
Vietnamese; Maritime, Ukrainian, Punjabi, Chinese, Métis and Québécois Canadian; Anglo, Greek,
Italian, Lebanese and Vietnamese Australian; Māori, Tongan / Samoan and Pākehā; Chinese Singaporean
(surname first) and Malay; Afrikaans, Nguni / Sotho and Cape Malay; Yoruba, Igbo and Hausa;
Filipino with a middle initial), about one patient or relative name in five from Faker en_GB /
en_US / en_CA / en_AU / en_IE / en_NZ, and en_IN for Indian Singaporeans (re-seeded from the note's
stream; word-like and eponymous names such as Ward, Bell, Walls, Woods, Burns, Heath, Iris or Cliff
never drawn), relatives' first names from the family's group (a son keeps the surname, a daughter
or spouse may not; Gaelic and Polish surnames take the relative's sex), staff from a mixed
international workforce (Filipino, Keralite, Polish, Romanian, Nigerian, Ghanaian, Zimbabwean,
Indian, Arab and Korean groups among the local ones), police officers and neighbours from the local
groups. Forms: "First Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "LAST,
FIRST", "First M. Last", "FIRST LAST", "First LAST", "F. Last", "F Last" after a title ("Mrs P
Last", "Dr A Last"), "Mr Last", "Dr. Last", "SURNAME Given" (Singapore), "Given bin / binti Father"
(Malay), "SURNAME, Given M." (Philippines), first names of relatives and staff alone, nicknames and
preferred names in quotes, lower-case typed signatures and names, typed user names
("kwaku.appiah"), staff initials. No staff initials spell a clinical abbreviation ("BP", "FC", "TA"
and the like are never drawn), and a note never reuses a first or last name for unrelated people (a
note in which a labelled string also occurs unlabelled - a name that is also a word of the text, a
suburb that names a hospital - is redrawn from the next fixed seed).

Conventions (same as heldout52): titles, ranks and credentials ("Dr", "Dr.", "Mr", "Mrs", "Sr",
"Sister", "PC", "Cst.", "Garda", "Constable", "Senior Constable", "Sergeant", "Detective",
"Officer", "Inspector", "Rev.", ", RN", ", RN, CEN", ", RN, CSPI", ", MD", ", DO", ", PA-C", ",
NP", ", NRP", ", EMT", ", ACP", ", PCP", ", LCSW", ", LMSW", ", PMHNP-BC", " RN", " RGN", " AP",
"(CNM2)", "(ST4 EM)", "(SHO)", "(ICP)", "(MO)", "ENP", "RMN", "inf.") are outside NAME spans;
"LAST, First" is one NAME span; a nickname in quotes is its own NAME span (quotes outside); staff
initials, typed user names and lower-case signatures are NAME. A street line (with its flat / unit
/ "Blk ... #12-127" / "Blk 18 Lot 5" / "No 5" part, a GP practice's, a care facility's or a sending
hospital's street), a suburb, township, barangay or Nigerian area and a city / town (also a
relative's city, the GP's town and a CMHT's town) are ADDRESS; a state / province / county ("Co.
Clare", "NSW", "ON", "AB"), a country and "Singapore" after an HDB line are not PHI; UK postcodes,
Eircodes, US ZIP codes, Canadian postal codes, AU / NZ / ZA postcodes, Singapore postal codes,
Nigerian postcodes and Philippine ZIP codes are ZIP. DATE: anything more specific than a year, in
26 formats ("04/05/2024", "18/07/25", "7/8/2025", "4/5/24", "20/03", "5/9", "03/14/2024",
"03/14/24", "3/6/2025", "1/29/25", "8/9", "5 Sep 2024", "29 December 2024", "18th January 2024",
"12th February", "9th of February", "17 Mar", "Aug 27, 2024", "April 9, 2024", "July 30",
"2025-08-04", "2025/02/27", "15.02.1944", "01.01.25", "27SEP1923", "05 MAY 2025") plus ISO
date-times ("2024-10-05T00:57", "2024-10-11T03:23:00") as one span; weekdays ("Fri", "Thursday"),
"w/c" and "the" stay outside; a date followed by a separate time ("03/14/24 17:58", "24/08/2024
1000") labels only the date; times of day ("0324", "22:40") are never labelled. Vitals, labs with
units, doses, infusion rates, fluid volumes, offload and lobby-wait durations and scores (NEWS2,
GCS, 4AT, HEART, TEWS, CURB-65, triage priorities where marked) are clinical (``Note.clinical``)
where marked. PHONE includes mobiles, landlines, fax, bleeps, pagers and hospital locals (3 to 11
digits), extensions (the digits after "ext", "ext."), and +44 / +353 / +61 / +64 / +65 / +27 / +234
/ +63 forms; labels like "mob", "cell", "bleep", "pager", "tel", "fax" are outside. SSN: full US
SSNs, the digits of "SSN (last 4)" and Irish PPSNs. ID: hospital numbers / MRN / CSN / FIN / UR /
dossier / folder / case numbers, NHS (mod 11), CHI (from the DOB), MBI, Medi-Cal CIN, AU Medicare
(check and issue digit), IHI (Luhn), DVA, OHIP with version code, BC PHN (mod 11), ULI (Luhn), MSI,
RAMQ (from the name and DOB), Irish medical card numbers, NHI (check digit), NRIC (check letter),
SA ID numbers (Luhn), Nigerian NIN and NHIA numbers, PhilHealth PINs, professional registrations
(GMC, HCPC, MCRN, HPCSA, PHECC PIN, EMS certification, paramedic badge / registration numbers),
police collar, badge, registration and regimental numbers, police logs, event, PULSE, SAPS CAS,
RCMP file and case numbers, ambulance / EMS incident, CAD, PCR, case, event and mission numbers,
casualty labels and casualty bureau references, temporary (unknown-patient) numbers, MASH, Datix,
poison-centre, transfer-centre, review, complaint and patient-relations file numbers, CPS referral
and intake IDs, interpreter IDs, ACC45 claim numbers, MyChart activation codes, PDMP report numbers
and special patient note references. AGE: ages >= 90 only, number part only ("(101F)", "Age: 93",
"aged 93", "9x y/o", "(94 y.o. M)", "He is 90 years old", "Age 9x Yrs"); ages < 90 ("40M", "(72)",
"Age: 56", "61M") are unlabelled. Not PHI and unlabelled: hospital, ambulance service, council,
police station and division, GMF, practice, care-home, clinic and company names (Pinderfields,
Store Street Garda Station, Bupa Lakeside, White Cross, Walgreens, Foothills Medical Centre), call
signs and ambulance unit numbers ("DCA613", "Medic 11", "unit 7839"), ward / bay / room / cubicle
names, "identity unknown on arrival", drug and device brands (Trimbow, Webster pack), eponyms and
rules (Ottawa, Canadian CT head rule, Gustilo, Morse, CIWA-Ar, Hartmann's), the AU Medicare IRN
digit, kinship and respect terms ("kaumātua", "whānau", "tūpuna"), public toll-free numbers ("111",
"911", "995"), years alone ("DHS 2019", "prev. CAP 2022", "2023 admission") and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded from the note's own stream, so
note ``i`` does not depend on how many were generated; fixed absolute dates, notes dated January
2024 to September 2025, never today's date). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]

# ---------------------------------------------------------------------------------------------
# Names: (male first names, female first names, surnames); a surname is a str or a (male, female)
# pair for Gaelic / Polish surnames that change with sex.
# ---------------------------------------------------------------------------------------------

_G: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[Any, ...]]] = {
    "en": (
        ("Oliver", "Callum", "Nathan", "Stephen", "Graham", "Keith", "Derek", "Trevor", "Malcolm",
         "Colin", "Dominic", "Jordan", "Kieran", "Bradley", "Neville", "Clive", "Raymond", "Duncan"),
        ("Charlotte", "Hannah", "Chloe", "Megan", "Lauren", "Joanne", "Tracey", "Deborah", "Pauline",
         "Maureen", "Brenda", "Sheila", "Gillian", "Hayley", "Patricia", "Margaret", "Kerry-Ann",
         "Natasha", "Beverley", "Doreen", "Edith", "Winifred"),
        ("Thompson", "Robinson", "Harrison", "Whitfield", "Pearson", "Hutchinson", "Atkinson",
         "Barraclough", "Sutcliffe", "Ramsbottom", "Entwistle", "Pickering", "Holroyd", "Fairclough",
         "Aldridge", "Cartwright", "Ollerenshaw", "Hargreaves", "Braithwaite", "Illingworth",
         "Heseltine", "Openshaw", "Dewhurst", "Kettlewell"),
    ),
    "welsh": (
        ("Dafydd", "Rhys", "Gethin", "Iwan", "Aled", "Emyr", "Gwilym", "Huw", "Geraint", "Owain"),
        ("Cerys", "Siân", "Ffion", "Nia", "Bethan", "Eirlys", "Gwenllian", "Angharad", "Manon",
         "Rhiannon"),
        ("Pritchard", "Llewellyn", "Prosser", "Bowen", "Vaughan", "Gwilliam", "Parry", "Jenkins",
         "Rees", "Griffiths", "Probert", "Pugh"),
    ),
    "scot": (
        ("Ewan", "Fraser", "Alasdair", "Hamish", "Murdo", "Calum", "Struan", "Ruaridh"),
        ("Isla", "Morag", "Kirsty", "Eilidh", "Catriona", "Fiona", "Ishbel", "Shona"),
        ("MacLeod", "McKenzie", "Sinclair", "Ferguson", "Buchanan", "Drummond", "Urquhart",
         "McAllister", "Gillespie", "Lamont", "Crichton", "Mackintosh"),
    ),
    "sasian": (
        ("Imran", "Tariq", "Zubair", "Faisal", "Rizwan", "Shahid", "Nadeem", "Asif"),
        ("Nasreen", "Shabana", "Ayesha", "Parveen", "Sabina", "Rukhsana", "Tahira", "Farzana"),
        ("Hussain", "Akhtar", "Mahmood", "Chaudhry", "Rahman", "Uddin", "Iqbal", "Qureshi",
         "Bhatti"),
    ),
    "sikh": (
        ("Harjit", "Sandeep", "Amarjit", "Jaswinder", "Kuldip", "Balvinder"),
        ("Harpreet", "Rupinder", "Manjit", "Kulvinder", "Parminder"),
        ("Sandhu", "Bains", "Sohal", "Dhaliwal", "Johal", "Kang"),
    ),
    "wafr": (
        ("Kwame", "Olumide", "Tunde", "Delroy", "Winston", "Chidi", "Kofi", "Leroy"),
        ("Abena", "Folasade", "Ngozi", "Marcia", "Yvonne", "Adaeze", "Hyacinth", "Claudette"),
        ("Mensah", "Adeyemi", "Okafor", "Boateng", "Okonkwo", "Asante", "Gayle", "Thomas-Ogunde",
         "Ofori", "Lindo"),
    ),
    "irish": (
        ("Seán", "Pádraig", "Ciarán", "Darragh", "Oisín", "Cathal", "Tadhg", "Eoin", "Donal",
         "Micheál", "Fergal", "Colm", "Declan", "Diarmuid"),
        ("Aoife", "Siobhán", "Niamh", "Caoimhe", "Gráinne", "Róisín", "Sinéad", "Áine", "Bríd",
         "Orla", "Deirdre", "Clodagh", "Nuala", "Éabha"),
        ("Fitzgerald", "McCarthy", "Gallagher", "Donnelly", "Cullinane", "Mulcahy", "Tierney",
         "Kavanagh", "Hennessy", "Moloney", "Brosnan", "Lynch",
         ("Ó Súilleabháin", "Ní Shúilleabháin"), ("Ó Murchú", "Ní Mhurchú"),
         ("Ó Briain", "Ní Bhriain"), ("Ó Conaill", "Ní Chonaill"), ("Mac Cárthaigh", "Nic Cárthaigh"),
         ("Ó Dónaill", "Ní Dhónaill"), "de Búrca"),
    ),
    "pol": (
        ("Tomasz", "Piotr", "Krzysztof", "Paweł", "Marek", "Łukasz"),
        ("Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Ewelina", "Magdalena"),
        (("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
         ("Lewandowski", "Lewandowska"), "Nowak", "Wójcik", "Kaczmarek", "Mazur"),
    ),
    "rom": (
        ("Mihai", "Bogdan", "Alexandru", "Cătălin"),
        ("Ioana", "Andreea", "Raluca", "Mădălina", "Roxana"),
        ("Popescu", "Ionescu", "Dumitrescu", "Constantinescu", "Stoica", "Munteanu"),
    ),
    "fil": (
        ("Jerome", "Arnel", "Rodel", "Rommel", "Ariel", "Rowell", "Jonathan", "Reynaldo", "Ferdinand"),
        ("Marites", "Rowena", "Maricel", "Jocelyn", "Lorna", "Rosalinda", "Marivic", "Analyn",
         "Kristine"),
        ("Dizon", "Pangilinan", "Macaraeg", "Villanueva", "Bautista", "Dimaculangan", "Manalo",
         "Sarmiento", "Tolentino", "Mercado", "Dela Cruz", "Soriano", "Evangelista"),
    ),
    "kerala": (
        ("Jomon", "Shinto", "Sijo", "Anoop", "Binu", "Renjith"),
        ("Anju", "Bincy", "Tintu", "Jincy", "Soumya", "Liji", "Neethu"),
        ("Varghese", "Kuriakose", "Chacko", "Mathai", "Puthenpurackal", "Kuruvilla", "Pallikunnel"),
    ),
    "nig": (
        ("Oluwaseun", "Adewale", "Babatunde", "Chinedu", "Ikenna", "Obinna", "Emeka", "Abubakar",
         "Yakubu", "Olanrewaju"),
        ("Folake", "Yetunde", "Temitope", "Chioma", "Chiamaka", "Funmilayo", "Hauwa", "Ifeoma",
         "Aisha", "Nkechi"),
        ("Ogunleye", "Adebisi", "Olatunji", "Akinwale", "Nwachukwu", "Ugwu", "Okeke", "Nwosu",
         "Balogun", "Abdullahi", "Danjuma", "Eze", "Oyelaran", "Adeniji"),
    ),
    "ghana": (
        ("Yaw", "Kwabena", "Kojo", "Kwaku"),
        ("Akosua", "Efua", "Adjoa", "Ama"),
        ("Owusu", "Asamoah", "Appiah", "Agyemang", "Amoako"),
    ),
    "zim": (
        ("Tendai", "Tatenda", "Farai", "Tapiwa"),
        ("Rutendo", "Chipo", "Nyasha", "Tsitsi"),
        ("Moyo", "Chikore", "Mutasa", "Chinyanga", "Mapfumo"),
    ),
    "indoc": (
        ("Arjun", "Karthik", "Vikram", "Rohan", "Sanjay", "Aditya"),
        ("Priya", "Deepa", "Kavitha", "Meenakshi", "Shruti", "Ananya"),
        ("Raghavan", "Subramanian", "Iyer", "Venkatesh", "Krishnamurthy", "Bhattacharya",
         "Deshpande", "Kulkarni", "Menon", "Natarajan"),
    ),
    "arab": (
        ("Omar", "Yousef", "Khaled", "Tarek", "Bilal"),
        ("Layla", "Rania", "Nour", "Dalia", "Hala"),
        ("Al-Masri", "Khalil", "Nasser", "Haddad", "Shalabi", "Al-Hashimi", "Darwish"),
    ),
    "us_w": (
        ("Cody", "Tyler", "Brandon", "Dustin", "Randall", "Curtis", "Travis", "Garrett", "Kenneth",
         "Harold", "Chester", "Wendell", "Clifford", "Duane", "Jeffrey"),
        ("Brittany", "Ashley", "Kayla", "Tammy", "Debra", "Sheryl", "Kristen", "Lorraine",
         "Doris", "Mildred", "Bernice", "Darlene", "Shelby", "Katherine", "Roberta"),
        ("Kowalczyk", "Hendricks", "Schultz", "Lindqvist", "Brennan", "Yoder", "Hollister", "Pruitt",
         "Whitaker", "Dunleavy", "Sorensen", "Kuykendall", "Albrecht", "McCallister", "Vanderhoek",
         "Haskins", "Stroud", "Pfeiffer", "Ostrander", "Gerlach"),
    ),
    "us_aa": (
        ("DeShawn", "Jamal", "Terrence", "Darnell", "Andre", "Tyrone", "Reginald", "Cedric"),
        ("LaToya", "Keisha", "Tanisha", "Aaliyah", "Imani", "Latrice", "Shanice", "Odessa"),
        ("Washington", "Coleman", "Gaines", "Booker", "Mayfield", "Dorsey", "Pettaway", "Hairston",
         "Thigpen", "Witherspoon", "Merriweather"),
    ),
    "us_hisp": (
        ("José", "Luis", "Alejandro", "Miguel", "Héctor", "Ramón", "Joaquín", "Rigoberto"),
        ("Guadalupe", "Yesenia", "Marisol", "Araceli", "Lucía", "Xiomara", "Maricela", "Esperanza"),
        ("Hernández", "Ramírez", "Gutiérrez", "Villarreal", "Castañeda", "Ochoa", "Zamora",
         "Barrios", "Saldaña", "Quintanilla", "Arredondo"),
    ),
    "us_viet": (
        ("Minh", "Tuan", "Quang", "Huy", "Khoa"),
        ("Thuy", "Ngoc", "Hanh", "Phuong", "Trang"),
        ("Nguyen", "Tran", "Pham", "Huynh", "Dang", "Bui", "Truong"),
    ),
    "us_kor": (
        ("Jae-hyun", "Dong-hyun", "Sung-jin"),
        ("Ji-yeon", "Eun-ji", "Hye-jin"),
        ("Park", "Choi", "Jeong", "Yoon", "Hwang"),
    ),
    "qc": (
        ("Mathieu", "Étienne", "Sébastien", "Jean-François", "Maxime", "Guillaume", "Réjean"),
        ("Geneviève", "Mélanie", "Chantal", "Josée", "Isabelle", "Nathalie", "Ginette"),
        ("Tremblay", "Gagnon", "Bouchard", "Côté", "Pelletier", "Lévesque", "Ouellet", "Gauthier",
         "Bergeron", "Desrosiers", "Thibodeau"),
    ),
    "punj": (
        ("Gurpreet", "Harjinder", "Jaskaran", "Manpreet", "Kulwinder", "Baljit"),
        ("Simranjit", "Navneet", "Jasleen", "Kamaljeet", "Gurleen"),
        ("Dhillon", "Grewal", "Sidhu", "Brar", "Sekhon", "Randhawa", "Gill"),
    ),
    "ukr": (
        ("Taras", "Bohdan", "Orest", "Yaroslav"),
        ("Oksana", "Nadia", "Halyna", "Olena"),
        ("Hnatyshyn", "Kowalchuk", "Melnyk", "Shevchuk", "Bilyk", "Fedoruk"),
    ),
    "mar": (
        ("Colby", "Brent", "Jody", "Wade", "Gordie", "Lorne"),
        ("Darlene", "Shelley", "Krista", "Tanya", "Bonnie", "Marlene"),
        ("MacIsaac", "Doucette", "LeBlanc", "Chisholm", "MacNeil", "Boudreau", "Comeau", "MacEachern"),
    ),
    "cn_ca": (
        ("Kelvin", "Raymond", "Wai-Lun", "Jun"),
        ("Mei Ling", "Winnie", "Xiaoling", "Ka-Yan"),
        ("Chan", "Wong", "Leung", "Cheung", "Yip", "Kwok"),
    ),
    "metis": (
        ("Dwayne", "Clayton", "Marcel"),
        ("Shawna", "Cheyenne", "Roxanne"),
        ("Laboucane", "Gladue", "Desjarlais", "Ladouceur", "Belcourt"),
    ),
    "au": (
        ("Brayden", "Lachlan", "Mitchell", "Darren", "Craig", "Brendan", "Kym", "Warwick", "Jarrod"),
        ("Kylie", "Tegan", "Narelle", "Bronwyn", "Leanne", "Cheryl", "Jacinta", "Shelby", "Noeline"),
        ("Hoskins", "McGrath", "Pemberton", "Tregear", "Bartholomew", "Sutherland", "Kirkwood",
         "Treloar", "Blakeney", "Dunstan", "Hayward", "Colquhoun"),
    ),
    "greek": (
        ("Nikolaos", "Kostas", "Stavros", "Dimitrios", "Spiros"),
        ("Eleni", "Despina", "Vasiliki", "Anastasia", "Panagiota"),
        ("Papadopoulos", "Karagiannis", "Georgiou", "Konstantinidis", "Theodorou", "Mavromatis"),
    ),
    "ital": (
        ("Salvatore", "Giuseppe", "Franco", "Domenico", "Vincenzo"),
        ("Rosaria", "Carmela", "Concetta", "Assunta", "Graziella"),
        ("Esposito", "Barbagallo", "Tripodi", "Marchetti", "Iannuzzi", "Calabrese"),
    ),
    "leb": (
        ("Georges", "Elias", "Fadi", "Ziad"),
        ("Nadine", "Maya", "Rita", "Joumana"),
        ("Khoury", "Nassif", "Saab", "Karam", "Haddad", "Fakhoury"),
    ),
    "viet_au": (
        ("Thanh", "Duc", "Hieu", "Phuc"),
        ("Hoa", "Linh", "Mai", "Huong"),
        ("Nguyen", "Tran", "Le Van", "Pham", "Vo", "Huynh"),
    ),
    "maori": (
        ("Wiremu", "Hemi", "Rawiri", "Tamati", "Manaia", "Nikau", "Tipene", "Hōhepa"),
        ("Aroha", "Huia", "Ngaire", "Hine", "Kiri", "Anahera", "Wairua", "Mereana"),
        ("Ngata", "Parata", "Te Whata", "Rangihuna", "Takerei", "Herewini", "Pōmare", "Tūhoe-Nikora",
         "Tawhiri", "Waititi"),
    ),
    "pasifika": (
        ("Sione", "Tevita", "Iosefa", "Viliami", "Semisi"),
        ("Losa", "Mele", "Salote", "Lupe", "Ana-Lisa"),
        ("Faleolo", "Tuilagi", "Fifita", "Vaipulu", "Taufa", "Leota", "Fonoti", "Havili"),
    ),
    "pakeha": (
        ("Brodie", "Hamish", "Murray-John", "Blair", "Lindsay"),
        ("Kerry", "Raewyn", "Jocelyn", "Alison", "Robyn"),
        ("Whitcombe", "Fenwick", "Hollis", "Marsden", "Gilchrist", "Rutherford", "Cotterill"),
    ),
    "sg_cn": (
        ("Boon Keng", "Kok Wai", "Wei Jie", "Chee Meng", "Jun Hao"),
        ("Wei Ling", "Hui Ying", "Siew Lan", "Mei Xuan", "Li Ting"),
        ("TAN", "LIM", "GOH", "TEO", "CHUA", "KOH", "SEAH", "ANG", "YEO"),
    ),
    "sg_malay": (
        ("Muhammad Faizal", "Ahmad Rizal", "Mohd Hafiz"),
        ("Nurul Aina", "Siti Rohani", "Nur Hidayah"),
        ("Osman", "Rahmat", "Ismail", "Jalil", "Yusof"),
    ),
    "afr": (
        ("Pieter", "Johan", "Riaan", "Hennie", "Francois"),
        ("Marietjie", "Annelie", "Elna", "Riana", "Hanlie"),
        ("van der Merwe", "Botha", "du Toit", "Pretorius", "Venter", "Coetzee", "Steenkamp"),
    ),
    "nguni": (
        ("Sipho", "Thabo", "Mandla", "Bongani", "Lwazi", "Themba"),
        ("Nomvula", "Thandeka", "Lerato", "Palesa", "Zanele", "Nokuthula"),
        ("Dlamini", "Nkosi", "Mokoena", "Khumalo", "Mahlangu", "Ndlovu", "Mthembu", "Sithole"),
    ),
    "capemalay": (
        ("Riedwaan", "Ebrahim", "Faiek", "Gasant"),
        ("Fatima", "Shireen", "Zulfa", "Nazeema"),
        ("Isaacs", "Hendricks", "Jacobs", "Abrahams", "Salie"),
    ),
    "ph": (
        ("Rodolfo", "Ernesto", "Danilo", "Renato", "Eduardo", "Rogelio", "Wilfredo"),
        ("Maria Luisa", "Remedios", "Teresita", "Erlinda", "Rosario", "Leonora", "Ma. Cecilia"),
        ("Santos", "Reyes", "Mendoza", "Macapagal", "Dimaano", "Lacson", "Magbanua", "Sison",
         "Cabrera", "Ignacio", "Panganiban"),
    ),
}

_NICK = {
    "Patricia": "Trish", "Margaret": "Peggy", "Natasha": "Tash", "Deborah": "Debbie",
    "Raymond": "Ray", "Katherine": "Kath", "Roberta": "Bobbie", "Kenneth": "Kenny",
    "Jeffrey": "Jeff", "Reginald": "Reggie", "Rodolfo": "Dolfo", "Eduardo": "Eddie",
    "Remedios": "Medy", "Teresita": "Tessie", "Jonathan": "Jonno", "Lachlan": "Lachie",
    "Nikolaos": "Nick", "Giuseppe": "Joe", "Dimitrios": "Jim", "Konstantinos": "Con",
    "Salvatore": "Sam", "Concetta": "Connie", "Anastasia": "Tasia", "Pádraig": "Paudie",
    "Micheál": "Mike", "Diarmuid": "Dermot", "Guadalupe": "Lupe", "Rigoberto": "Rigo",
    "Gwenllian": "Gwen", "Catriona": "Trina", "Winifred": "Winnie", "Edith": "Edie",
    "Doreen": "Dodie", "Mildred": "Millie", "Bernice": "Bernie", "Wiremu": "Bill",
    "Alasdair": "Ally", "Hamish": "Hame", "Alexandru": "Alex", "Clifford": "Cliff",
}

def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# words a generated name must not be (common English / clinical words, eponyms used in the text)
_WORDY = _words("""
ward bell brown walker foley green day king young hill white black long little may rose page
hope grace joy faith will mark bill sue chase stone wood field park lane hall rich price cook
baker fish fox lamb frost snow rain summer winter dawn april june august dale glen cliff ray
penny sandy rusty holly ivy lily daisy heather amber ruby jade crystal pearl autumn sky storm
brook brooks banks marsh house murray parkinson addison cushing graves crohn wilson hodgkin
down hunter turner marfan paget barrett horner whipple hartmann fowler glasgow manchester
ottawa canadian hart heart moss mills miles lee le ng vo bo an ha do ma jo ed al art best
street bishop church cross dean major sergeant marshall chamberlain constable nurse doctor
sister matron porter ambulance police paramedic chance chevalier march power star victory
walls wall sharp sharpe rush woods gray grey potter carpenter fisher butler heath wade reed read
hardy cox meadows brooke kay holland roman hunt short lamb wolf wolfe bird nash west north south
east moon rice mason glass ball bush cross pope knight judge steel steele love jesus sweet gentry
english french welsh irish head bull booth summers spring field fields golden gold silver chapel
hood payne pain small strong bright light blank hale child friend guy hand home jay lord man
noble pool poole powers quick sage salt savage shepherd singer slater swift tanner tucker ware
warren watts weaver wells wise worth burns blood bone beat chambers case cash bond bass battle
bean berry brand bridges bush cannon combs crane drake duck finch flowers ford frank gates grant
hawk hays hicks hooper horn horne huff key kidd kirk lake mann moody nurse oakes parks pike pitts
potts pratt preston reeves rhodes rivers roach rowe sanders shields skinner sparks spencer stark
stokes strange sutton tate terry todd vance warner waters weeks wild winters yates
destiny precious unique royal prince reign sonny earl don rod miles lance colt clay rocky buck
ace merry iris violet hazel olive opal ginger honey candy brandy sherry goldie bunny kitty
patience prudence charity constance felicity harmony melody serenity trinity liberty journey
haven harbor river forest rock marina misty sunny stormy angel low won wing mere hung
""")

_PARTICLES = frozenset(("ó", "ní", "nic", "mac", "de", "van", "der", "du", "la", "le", "da",
                        "dos", "bin", "binti", "al", "el", "s/o", "d/o", "a/l", "dela", "ma.",
                        "te", "st"))

_FK_LOC = {"UK": "en_GB", "US": "en_US", "CA": "en_CA", "AU": "en_AU", "IE": "en_IE",
           "NZ": "en_NZ", "SG": "en_IN"}


@cache
def _faker(loc: str) -> Faker:
    return Faker(loc)


_REG_PT = {
    "UK": ("en", "en", "en", "welsh", "scot", "sasian", "sikh", "wafr", "pol"),
    "WALES": ("welsh", "welsh", "en"),
    "SCOT": ("scot", "scot", "en", "sasian", "pol"),
    "US": ("us_w", "us_w", "us_aa", "us_hisp", "us_viet"),
    "CA": ("mar", "ukr", "punj", "cn_ca", "metis", "qc"),
    "QC": ("qc", "qc", "qc"),
    "AU": ("au", "au", "greek", "ital", "leb", "viet_au"),
    "IE": ("irish", "irish", "irish", "pol"),
    "NZ": ("maori", "pasifika", "pakeha"),
    "SG": ("sg_cn", "sg_cn", "sg_malay"),
    "ZA": ("afr", "nguni", "nguni", "capemalay"),
    "NG": ("nig",),
    "PH": ("ph",),
}
_REG_STAFF = {
    "UK": ("en", "scot", "welsh", "sasian", "sikh", "wafr", "fil", "kerala", "pol", "rom", "nig",
           "ghana", "zim", "indoc", "arab"),
    "US": ("us_w", "us_aa", "us_hisp", "us_viet", "us_kor", "fil", "indoc", "nig", "arab"),
    "CA": ("mar", "qc", "punj", "cn_ca", "ukr", "fil", "indoc", "arab"),
    "AU": ("au", "greek", "ital", "leb", "fil", "kerala", "indoc", "zim"),
    "IE": ("irish", "irish", "fil", "kerala", "pol", "rom", "indoc", "nig"),
    "NZ": ("pakeha", "maori", "pasifika", "fil", "indoc", "zim"),
    "SG": ("sg_cn", "sg_malay", "indoc", "fil"),
    "ZA": ("afr", "nguni", "capemalay", "indoc"),
    "NG": ("nig",),
    "PH": ("ph",),
}

# staff initials that would read as a word or a clinical abbreviation
_BAD_INITS = _words("""
AB AC AF AG AI AJ FC FR TA AK AL AM AN AP AR AS AT AV AX BD BE BM BO BP BS CA CB CC CD CF CI CK CL CM CO
CP CR CS CT CV CX DC DI DM DN DO DR DS DT DU DV DW DX EB EC ED EF EG EH EM EN EP ER ES ET EU EW
EX FB FH FM FP FU FY GA GB GC GI GO GP GU GW HB HD HF HI HM HO HR HS HT HV ID IF IM IN IO IP IQ
IR IS IT IU IV JB JP JR KG KO LA LD LE LF LL LO LP LR LS LV MA MC MD ME MG MH MI ML MM MO MP MR
MS MT MV NA NB NC ND NE NG NH NI NJ NM NO NP NR NS NY OA OB OD OE OH OK OM ON OP OR OS OT OX PA
PB PC PD PE PG PH PI PM PN PO PR PS PT PV QT RA RB RC RD RE RF RL RM RN RO RR RS RT RU RV SA
SB SC SD SE SH SI SL SN SO SP SR SS ST SU SV TA TB TC TD TE TI TO TP TR TV UK UN UP US UT UV VE
VF VS VT WA WC WE WR XR
""")


def _tokens(name: str) -> set[str]:
    out = set()
    for w in re.split(r"[\s\-]+", name.lower()):
        w = w.strip(".'")
        if w and w not in _PARTICLES:
            out.add(w)
    return out


def _name_ok(name: str) -> bool:
    if not re.fullmatch(r"[A-Za-zÀ-ɏĀ-ž' .\-]+", name):
        return False
    return all(len(w) >= 2 and w not in _WORDY for w in _tokens(name))


@dataclass
class _P:
    first: str
    last: str
    sex: str
    grp: str
    sur: Any = None  # the raw surname entry (str or (male, female))
    mid: str = ""
    dob: date | None = None
    age: int = 0

    def f(self, form: str) -> str:
        first, last, mid = self.first, self.last, self.mid
        if form == "fl":
            return f"{first} {last}"
        if form == "FL":
            return f"{first} {last}".upper()
        if form == "LF":
            return f"{last.upper()}, {first}"
        if form == "Lf":
            return f"{last}, {first}"
        if form == "LfM":
            return f"{last}, {first} {mid}"
        if form == "LFM":
            return f"{last}, {first} {mid}".upper()
        if form == "LF_":
            return f"{last.upper()}, {first.upper()}"
        if form == "fmL":
            return f"{first} {mid}. {last}"
        if form == "Lsf":
            return f"{last.upper()} {first}"
        if form == "fLU":
            return f"{first} {last.upper()}"
        if form == "iL":
            return f"{first[0]}. {last}"
        if form == "i L":
            return f"{first[0]} {last}"
        if form == "l":
            return last
        if form == "f":
            return first
        if form == "low":
            return f"{first} {last}".lower()
        if form == "init":
            return self.init()
        raise ValueError(form)

    def init(self) -> str:
        lw = [w for w in self.last.split() if w.lower() not in _PARTICLES] or [self.last]
        return (self.first[0] + lw[-1][0]).upper()

    @property
    def nick(self) -> str | None:
        return _NICK.get(self.first)


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _th(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fd(d: date | datetime, style: str) -> str:
    """A date in one of the corpus formats (the whole string is the DATE span)."""
    y, m, dd = d.year, d.month, d.day
    return {
        "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmy2": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "d/m/y": f"{dd}/{m}/{y}",
        "d/m/yy": f"{dd}/{m}/{y % 100:02d}",
        "dm": f"{dd:02d}/{m:02d}",
        "d/m": f"{dd}/{m}",
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy2": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "m/d/y": f"{m}/{dd}/{y}",
        "m/d/yy": f"{m}/{dd}/{y % 100:02d}",
        "m/d": f"{m}/{dd}",
        "dMy": f"{dd} {_MON[m - 1]} {y}",
        "dMMy": f"{dd} {_MONTH[m - 1]} {y}",
        "d-M-y": f"{dd:02d}-{_MON[m - 1]}-{y}",
        "d-M-yy": f"{dd:02d}-{_MON[m - 1]}-{y % 100:02d}",
        "thMMy": f"{_th(dd)} {_MONTH[m - 1]} {y}",
        "thMM": f"{_th(dd)} {_MONTH[m - 1]}",
        "thofMM": f"{_th(dd)} of {_MONTH[m - 1]}",
        "dM": f"{dd} {_MON[m - 1]}",
        "dMM": f"{dd} {_MONTH[m - 1]}",
        "Md,y": f"{_MON[m - 1]} {dd}, {y}",
        "MMd,y": f"{_MONTH[m - 1]} {dd}, {y}",
        "Md": f"{_MON[m - 1]} {dd}",
        "MMd": f"{_MONTH[m - 1]} {dd}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "ymd/": f"{y}/{m:02d}/{dd:02d}",
        "d.m.y": f"{dd:02d}.{m:02d}.{y}",
        "d.m.yy": f"{dd:02d}.{m:02d}.{y % 100:02d}",
        "dMONy": f"{dd:02d}{_MON[m - 1].upper()}{y}",
        "d-m-y": f"{dd:02d}-{m:02d}-{y}",
        "d-MON-y": f"{dd:02d}-{_MON[m - 1].upper()}-{y}",
        "d MON y": f"{dd:02d} {_MON[m - 1].upper()} {y}",
    }[style]


def fdt(d: datetime, style: str) -> str:
    """ISO date-times (one DATE span)."""
    if style == "isoT":
        return d.strftime("%Y-%m-%dT%H:%M")
    if style == "isoTs":
        return d.strftime("%Y-%m-%dT%H:%M:%S")
    if style == "iso sp":
        return d.strftime("%Y-%m-%d %H:%M")
    raise ValueError(style)


def hm(d: datetime, colon: bool = False) -> str:
    return d.strftime("%H:%M" if colon else "%H%M")


# ---------------------------------------------------------------------------------------------
# Identifiers
# ---------------------------------------------------------------------------------------------


def _luhn_digit(body: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


def _digits(r: random.Random, n: int, first: str = "123456789") -> str:
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


def nhs_number(r: random.Random, spaced: bool = True) -> str:
    while True:
        body = _digits(r, 9, "3456789")
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        n = body + str(chk)
        return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


def chi_number(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + _digits(r, 2, "0123456789")
        sexd = r.choice("13579" if sex == "M" else "02468")
        body += sexd
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        return body + str(chk)


def ni_number(r: random.Random) -> str:
    a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    while a in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    d = _digits(r, 6, "0123456789")
    return f"{a} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}"


def us_ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def us_mbi(r: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (r.choice("123456789") + r.choice(al) + r.choice(an) + r.choice("0123456789")
         + r.choice(al) + r.choice(an) + r.choice("0123456789") + r.choice(al) + r.choice(al)
         + r.choice("0123456789") + r.choice("0123456789"))
    return s


def au_medicare(r: random.Random) -> tuple[str, str]:
    body = r.choice("23456") + _digits(r, 7, "0123456789")
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    chk = sum(int(c) * w[i] for i, c in enumerate(body)) % 10
    issue = r.choice("123")
    return body + str(chk) + issue, str(r.randint(1, 5))


def au_ihi(r: random.Random) -> str:
    body = "800360" + _digits(r, 9, "0123456789")
    return body + str(_luhn_digit(body))


def nz_nhi(r: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        a = "".join(r.choice(letters) for _ in range(3))
        d = _digits(r, 3, "0123456789")
        vals = [letters.index(c) + 1 for c in a] + [int(c) for c in d]
        s = sum(v * (7 - i) for i, v in enumerate(vals))
        rem = s % 11
        if rem == 0:
            continue
        chk = 11 - rem
        if chk == 10:
            chk = 0
        return a + d + str(chk)


def ohip(r: random.Random) -> str:
    body = _digits(r, 9)
    n = body + str(_luhn_digit(body))
    vc = r.choice("ABCEGHJKLMNPRSTVWXY") + r.choice("ABCEGHJKLMNPRSTVWXY")
    return f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}"


def bc_phn(r: random.Random) -> str:
    w = (2, 4, 8, 5, 10, 9, 7, 3)
    while True:
        body = _digits(r, 8, "0123456789")
        chk = 11 - sum((int(c) * w[i]) % 11 for i, c in enumerate(body)) % 11
        if chk >= 10:
            continue
        n = "9" + body + str(chk)
        return f"{n[:4]} {n[4:7]} {n[7:]}"


def ab_uli(r: random.Random) -> str:
    body = _digits(r, 8)
    n = body + str(_luhn_digit(body))
    return f"{n[:5]}-{n[5:]}"


def ns_msi(r: random.Random) -> str:
    n = "00" + _digits(r, 8)
    return f"{n[:4]} {n[4:7]} {n[7:]}"


def ca_sin(r: random.Random) -> str:
    body = _digits(r, 8, "1234567")
    n = body + str(_luhn_digit(body))
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ramq(r: random.Random, p: _P) -> str:
    assert p.dob is not None
    last = re.sub(r"[^A-Z]", "", p.last.upper().translate(str.maketrans("ÉÈÊÔÎÇÂ", "EEEOICA")))
    first = p.first.upper().translate(str.maketrans("ÉÈÊÔÎÇÂ", "EEEOICA"))[0]
    mm = p.dob.month + (50 if p.sex == "F" else 0)
    return f"{(last + 'XXX')[:3]}{first} {p.dob.year % 100:02d}{mm:02d} {p.dob.day:02d}{r.randint(11, 98)}"


def ppsn(r: random.Random) -> str:
    d = _digits(r, 7, "0123456789")
    s = sum(int(c) * (8 - i) for i, c in enumerate(d))
    second = r.choice(("", "", "A", "W")) if r.random() < 0.3 else ""
    if second == "A":
        s += 1 * 9
    rem = s % 23
    chk = "W" if rem == 0 else chr(ord("A") + rem - 1)
    return d + chk + second


def sg_nric(r: random.Random, dob: date) -> str:
    pre = "T" if dob.year >= 2000 else "S"
    d = (f"{dob.year % 100:02d}" if r.random() < 0.7 else _digits(r, 2)) + _digits(r, 5, "0123456789")
    w = (2, 7, 6, 5, 4, 3, 2)
    s = sum(int(c) * w[i] for i, c in enumerate(d)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[s % 11]


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "M" else r.randint(0, 4999)
    body = dob.strftime("%y%m%d") + f"{seq:04d}" + "08"
    return body + str(_luhn_digit(body))


def philhealth(r: random.Random) -> str:
    n = _digits(r, 12, "01")
    return f"{n[:2]}-{n[2:11]}-{n[11]}"


# ---------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------

_UK_TOWNS = (("Wakefield", "WF"), ("Doncaster", "DN"), ("Stockport", "SK"), ("Bolton", "BL"),
             ("Preston", "PR"), ("Norwich", "NR"), ("Exeter", "EX"), ("Swindon", "SN"),
             ("Luton", "LU"), ("Coventry", "CV"), ("Leicester", "LE"), ("Derby", "DE"),
             ("Huddersfield", "HD"), ("Halifax", "HX"), ("Rotherham", "S"), ("Sunderland", "SR"),
             ("Middlesbrough", "TS"), ("Carlisle", "CA"), ("Lincoln", "LN"), ("Worcester", "WR"),
             ("Telford", "TF"), ("Peterborough", "PE"), ("Colchester", "CO"), ("Maidstone", "ME"),
             ("Crawley", "RH"), ("Oldham", "OL"), ("Wigan", "WN"), ("Blackpool", "FY"))
_WALES_TOWNS = (("Llanelli", "SA"), ("Wrexham", "LL"), ("Merthyr Tydfil", "CF"), ("Bridgend", "CF"),
                ("Aberystwyth", "SY"), ("Pontypridd", "CF"), ("Newport", "NP"), ("Bangor", "LL"))
_SCOT_TOWNS = (("Kirkcaldy", "KY"), ("Paisley", "PA"), ("Dundee", "DD"), ("Inverness", "IV"),
               ("Livingston", "EH"), ("Falkirk", "FK"), ("Perth", "PH"), ("Ayr", "KA"))
_UK_STREETS = ("Albert Road", "Victoria Street", "Station Road", "Church Lane", "Mill Lane",
               "Coronation Avenue", "Beechwood Drive", "Westfield Crescent", "Holly Bank",
               "Sycamore Close", "Queensway", "Hawthorn Grove", "Moorland View", "Cemetery Road",
               "Chapel Street", "Fountains Way", "Ashgrove Terrace", "Lowther Street",
               "Tennyson Avenue", "Rosedale Walk", "Kingfisher Court", "Ladysmith Road")
_WALES_STREETS = ("Heol y Felin", "Ffordd Las", "Stryd Fawr", "Heol Llanishen", "Maes y Coed",
                  "Lôn Ceredigion", "Bryn Glas", "Heol Isaf")
_US_CITIES = (("Columbus", "OH", "432", "614"), ("Toledo", "OH", "436", "419"),
              ("Dayton", "OH", "454", "937"), ("Louisville", "KY", "402", "502"),
              ("Memphis", "TN", "381", "901"), ("Knoxville", "TN", "379", "865"),
              ("Tucson", "AZ", "857", "520"), ("Mesa", "AZ", "852", "480"),
              ("Fresno", "CA", "937", "559"), ("Bakersfield", "CA", "933", "661"),
              ("Oakland", "CA", "946", "510"), ("Sacramento", "CA", "958", "916"),
              ("Spokane", "WA", "992", "509"), ("Tacoma", "WA", "984", "253"),
              ("Omaha", "NE", "681", "402"), ("Wichita", "KS", "672", "316"),
              ("Tulsa", "OK", "741", "918"), ("El Paso", "TX", "799", "915"),
              ("Lubbock", "TX", "794", "806"), ("Albuquerque", "NM", "871", "505"),
              ("Milwaukee", "WI", "532", "414"), ("Dearborn", "MI", "481", "313"),
              ("Flint", "MI", "485", "810"), ("Rochester", "NY", "146", "585"),
              ("Syracuse", "NY", "132", "315"), ("Richmond", "VA", "232", "804"),
              ("Raleigh", "NC", "276", "919"), ("Savannah", "GA", "314", "912"),
              ("Baton Rouge", "LA", "708", "225"), ("Pueblo", "CO", "810", "719"))
_US_STREETS = ("Maple", "Cedar", "Sycamore", "Linden", "Hawthorne", "Prospect", "Washington",
               "Lincoln", "Cherokee", "Magnolia", "Oakridge", "Willowbrook", "Chestnut", "Pioneer",
               "Ridgeview", "Cottonwood", "Sunset", "Juniper", "Mockingbird", "Bluebonnet")
_US_SUFF = ("St", "Ave", "Dr", "Rd", "Blvd", "Ln", "Ct", "Way", "Pkwy")
_AU_SUBURBS = (("Footscray", "VIC", "3011", "03"), ("Dandenong", "VIC", "3175", "03"),
               ("Frankston", "VIC", "3199", "03"), ("Reservoir", "VIC", "3073", "03"),
               ("Sunshine", "VIC", "3020", "03"), ("Blacktown", "NSW", "2148", "02"),
               ("Penrith", "NSW", "2750", "02"), ("Campbelltown", "NSW", "2560", "02"),
               ("Wollongong", "NSW", "2500", "02"), ("Bankstown", "NSW", "2200", "02"),
               ("Logan Central", "QLD", "4114", "07"), ("Caboolture", "QLD", "4510", "07"),
               ("Townsville", "QLD", "4810", "07"), ("Salisbury", "SA", "5108", "08"),
               ("Morphett Vale", "SA", "5162", "08"), ("Joondalup", "WA", "6027", "08"),
               ("Mandurah", "WA", "6210", "08"), ("Launceston", "TAS", "7250", "03"),
               ("Palmerston", "NT", "0830", "08"), ("Belconnen", "ACT", "2617", "02"))
_AU_STREETS = ("Gilbert Rd", "Ballarat Rd", "Princes Hwy", "Wattle St", "Banksia Cres",
               "Kurrajong Ave", "Boronia Rd", "Illawarra St", "Yarra St", "Waratah Pde",
               "Jacaranda Dr", "Bottlebrush Ct", "Mitchell St", "Grevillea Way")
_CA_CITIES = (("Scarborough", "ON", "M1"), ("Mississauga", "ON", "L5"), ("Brampton", "ON", "L6"),
              ("Hamilton", "ON", "L8"), ("Sudbury", "ON", "P3"), ("Thunder Bay", "ON", "P7"),
              ("Oshawa", "ON", "L1"), ("Kitchener", "ON", "N2"), ("Surrey", "BC", "V3"),
              ("Kamloops", "BC", "V2"), ("Nanaimo", "BC", "V9"), ("Prince George", "BC", "V2"),
              ("Red Deer", "AB", "T4"), ("Lethbridge", "AB", "T1"), ("Grande Prairie", "AB", "T8"),
              ("Dartmouth", "NS", "B2"), ("Truro", "NS", "B2"), ("Antigonish", "NS", "B2"),
              ("Laval", "QC", "H7"), ("Longueuil", "QC", "J4"), ("Sherbrooke", "QC", "J1"),
              ("Trois-Rivières", "QC", "G8"))
_CA_STREETS = ("Lawrence Ave E", "Dundas St W", "King St E", "Main St", "Portage Ave",
               "Fraser Hwy", "Gaetz Ave", "Windmill Rd", "Highfield Park Dr", "Lakeshore Rd",
               "Victoria Ave N", "Robson Cres", "Tecumseh Rd", "Chemin Sainte-Foy",
               "Boulevard des Laurentides", "Rue Principale")
_IE_TOWNS = (("Ballincollig", "Cork", "P31"), ("Mallow", "Cork", "P51"), ("Tralee", "Kerry", "V92"),
             ("Ennis", "Clare", "V95"), ("Navan", "Meath", "C15"), ("Drogheda", "Louth", "A92"),
             ("Athlone", "Westmeath", "N37"), ("Castlebar", "Mayo", "F23"),
             ("Letterkenny", "Donegal", "F92"), ("Tullamore", "Offaly", "R35"),
             ("Portlaoise", "Laois", "R32"), ("Clonmel", "Tipperary", "E91"),
             ("Swords", "Dublin", "K67"), ("Tallaght", "Dublin", "D24"), ("Gorey", "Wexford", "Y25"),
             ("Thurles", "Tipperary", "E41"), ("Carrick-on-Shannon", "Leitrim", "N41"))
_IE_STREETS = ("Ard na Gréine", "Bóthar na Trá", "Church View", "Páirc an Rí", "Cluain Árd",
               "Main Street", "The Paddocks", "Sráid an Mhuilinn", "Meadowbrook Lawn",
               "Oakfield Grove", "Cnoc na Sí", "Radharc an Chuain", "Millbrook Avenue")
_NZ_SUBURBS = (("Ōtara", "Auckland", "2023", "09"), ("Māngere", "Auckland", "2022", "09"),
               ("Papatoetoe", "Auckland", "2025", "09"), ("Glen Innes", "Auckland", "1072", "09"),
               ("Cannons Creek", "Porirua", "5024", "04"), ("Naenae", "Lower Hutt", "5011", "04"),
               ("Flaxmere", "Hastings", "4120", "06"), ("Onekawa", "Napier", "4110", "06"),
               ("Fairfield", "Hamilton", "3214", "07"), ("Aranui", "Christchurch", "8061", "03"),
               ("Kaikorai", "Dunedin", "9010", "03"), ("Castlecliff", "Whanganui", "4501", "06"),
               ("Pukete", "Hamilton", "3200", "07"), ("Tikipunga", "Whangārei", "0112", "09"))
_NZ_STREETS = ("Rongomai Rd", "Bairds Rd", "Kohuora Cres", "Tītahi Bay Rd", "Te Ngaio Rd",
               "Hayward Rd", "Kowhai Ave", "Tamaki Drive", "Tainui St", "Wairere Rd")


_ASCII = str.maketrans("áéíóúàèçâêîôûëïüñāēīōūłśźżćńąęőöäåă",
                       "aeiouaecaeioueiunaeioulszzcnaeooaaa")


def _ascii(s: str) -> str:
    s = s.lower().translate(_ASCII)
    return re.sub(r"[^a-z]", "", s)


@dataclass
class _Addr:
    line: str
    town: str
    pc: str
    state: str = ""
    extra: str = ""  # suburb / barangay / area line where a country uses one
    country: str = ""


# ---------------------------------------------------------------------------------------------
# Note context: a seeded random stream, a NoteBuilder and the names already used in the note.
# ---------------------------------------------------------------------------------------------

_FMT = re.compile(r"\{(N|D|P|E|S|I|A|Z|U|IP|G|C)\}")
_KIND = {"N": "NAME", "D": "DATE", "P": "PHONE", "E": "EMAIL", "S": "SSN", "I": "ID",
         "A": "ADDRESS", "Z": "ZIP", "U": "URL", "IP": "IP"}
_T0 = datetime(2024, 1, 3, 0, 0)
_SPAN_S = int((datetime(2025, 9, 28) - _T0).total_seconds())


class _X:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self.now = _T0 + timedelta(seconds=self.r.randrange(_SPAN_S))
        self.now = self.now.replace(second=0, microsecond=0)

    # -- builder ---------------------------------------------------------------------------
    def t(self, s: str) -> _X:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> _X:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> _X:
        self.b.c(s)
        return self

    def f(self, fmt: str, *vals: Any) -> _X:
        """Text with markers {N} {D} {P} {E} {S} {I} {A} {Z} {U} {IP} (PHI of that type),
        {G} (an age: labelled AGE only when >= 90) and {C} (a clinical value)."""
        pos = 0
        it = iter(vals)
        for m in _FMT.finditer(fmt):
            if m.start() > pos:
                self.b.t(fmt[pos:m.start()])
            v = next(it)
            k = m.group(1)
            if k == "G":
                if int(v) >= 90:
                    self.b.p("AGE", str(v))
                else:
                    self.b.t(str(v))
            elif k == "C":
                self.b.c(str(v))
            elif v == "":
                pass
            else:
                self.b.p(_KIND[k], str(v))
            pos = m.end()
        if pos < len(fmt):
            self.b.t(fmt[pos:])
        rest = list(it)
        assert not rest, rest
        return self

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # -- random helpers --------------------------------------------------------------------
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def pr(self, p: float) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, n: int, first: str = "123456789") -> str:
        return _digits(self.r, n, first)

    def ago(self, days_lo: int, days_hi: int) -> date:
        return (self.now - timedelta(days=self.ri(days_lo, days_hi))).date()

    def ahead(self, days_lo: int, days_hi: int) -> date:
        return (self.now + timedelta(days=self.ri(days_lo, days_hi))).date()

    def later(self, min_lo: int, min_hi: int, base: datetime | None = None) -> datetime:
        return (base or self.now) + timedelta(minutes=self.ri(min_lo, min_hi))

    def earlier(self, min_lo: int, min_hi: int, base: datetime | None = None) -> datetime:
        return (base or self.now) - timedelta(minutes=self.ri(min_lo, min_hi))

    # -- people ----------------------------------------------------------------------------
    def _sur(self, entry: Any, sex: str) -> str:
        if isinstance(entry, tuple):
            return entry[0] if sex == "M" else entry[1]
        return entry

    def _take(self, first: str, last: str, *, share_last: bool = False) -> bool:
        if not (_name_ok(first) and _name_ok(last)):
            return False
        ft, lt = _tokens(first), _tokens(last)
        if ft & self.used or (not share_last and lt & self.used) or ft & lt:
            return False
        self.used |= ft | (set() if share_last else lt)
        return True

    def person(self, groups: tuple[str, ...] | str, sex: str | None = None, fk: str | None = None,
               fk_p: float = 0.0, mid: bool = False) -> _P:
        if isinstance(groups, str):
            groups = (groups,)
        for _ in range(400):
            sx = sex or self.ch("MF")
            if fk and self.pr(fk_p):
                fkr = _faker(fk)
                fkr.seed_instance(self.r.randrange(1 << 30))
                first = fkr.first_name_male() if sx == "M" else fkr.first_name_female()
                entry: Any = fkr.last_name()
                grp = "fk:" + fk
            else:
                grp = self.ch(groups)
                males, females, surs = _G[grp]
                first = self.ch(males if sx == "M" else females)
                entry = self.ch(surs)
            last = self._sur(entry, sx)
            if self._take(first, last):
                p = _P(first, last, sx, grp, entry)
                if mid:
                    p.mid = self.ch("ABCDEFGHJKLMNPRSTVW")
                return p
        raise RuntimeError("names exhausted")

    def rel(self, of: _P, sex: str | None = None, same_last: bool = True, mid: bool = False) -> _P:
        """A relative of `of`: first name from the family's group; the surname is shared
        (in the form for the relative's sex) or a different one from the same group."""
        sx = sex or self.ch("MF")
        for _ in range(400):
            if of.grp.startswith("fk:"):
                fkr = _faker(of.grp[3:])
                fkr.seed_instance(self.r.randrange(1 << 30))
                first = fkr.first_name_male() if sx == "M" else fkr.first_name_female()
                other: Any = fkr.last_name()
            else:
                males, females, surs = _G[of.grp]
                first = self.ch(males if sx == "M" else females)
                other = self.ch(surs)
            if same_last:
                last = self._sur(of.sur if of.sur is not None else of.last, sx)
                ok = self._take(first, last, share_last=True)
            else:
                last = self._sur(other, sx)
                ok = self._take(first, last)
            if ok:
                p = _P(first, last, sx, of.grp, of.sur if same_last else other)
                if mid:
                    p.mid = self.ch("ABCDEFGHJKLMNPRSTVW")
                return p
        raise RuntimeError("relative names exhausted")

    def staff(self, reg: str, sex: str | None = None, inits: bool = False, mid: bool = False) -> _P:
        for _ in range(400):
            p = self.person(_REG_STAFF[reg], sex=sex, mid=mid)
            if not inits:
                return p
            i = p.init()
            if i not in _BAD_INITS and i not in self.inits and re.fullmatch(r"[A-Z]{2}", i):
                self.inits.add(i)
                return p
        raise RuntimeError("staff names exhausted")

    def pt(self, reg: str, *, lo: int = 18, hi: int = 88, old: float = 0.0, sex: str | None = None,
           fk_p: float = 0.2, mid: bool = False) -> _P:
        base = {"WALES": "UK", "SCOT": "UK", "QC": "CA"}.get(reg, reg)
        p = self.person(_REG_PT[reg], sex=sex, fk=_FK_LOC.get(base), fk_p=fk_p, mid=mid)
        age = self.ri(90, 101) if self.pr(old) else self.ri(lo, hi)
        self.set_age(p, age)
        return p

    def set_age(self, p: _P, age: int) -> None:
        today = self.now.date()
        lo = int(age * 365.25) + 2
        hi = int((age + 1) * 365.25) - 2
        dob = today - timedelta(days=self.ri(lo, hi))
        p.dob = dob
        p.age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))

    def nick(self, p: _P) -> str | None:
        n = p.nick
        if n and _name_ok(n) and not (_tokens(n) & self.used):
            self.used |= _tokens(n)
            return n
        return None

    # -- phones ----------------------------------------------------------------------------
    def uk_mob(self) -> str:
        n = "07" + self.dig(3, "3456789") + self.dig(6, "0123456789")
        return self.ch((f"{n[:5]} {n[5:]}", n, f"{n[:5]} {n[5:8]} {n[8:]}", f"+44 {n[1:5]} {n[5:]}"))

    def uk_land(self) -> str:
        code = self.ch(("0113", "0114", "0161", "0121", "0115", "0116", "01924", "01302", "01204",
                        "01772", "01603", "01392", "01793", "01582", "024", "01484", "0191"))
        if len(code) == 3:
            return f"{code} {self.dig(4, '2345678')} {self.dig(4, '0123456789')}"
        if len(code) == 4:
            return f"{code} {self.dig(3, '2345678')} {self.dig(4, '0123456789')}"
        return f"{code} {self.dig(6, '2345678')}"

    def us_ph(self, area: str | None = None, style: int | None = None) -> str:
        a = area or self.ch(("614", "502", "901", "520", "559", "916", "509", "402", "918", "915",
                             "505", "414", "313", "585", "804", "919", "912", "225"))
        e = self.dig(3, "23456789")
        n = self.dig(4, "0123456789")
        s = self.ri(0, 2) if style is None else style
        return (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}")[s]

    def ca_ph(self, prov: str) -> str:
        area = self.ch({"ON": ("416", "647", "905", "289", "705", "807"), "BC": ("604", "778", "250", "236"),
                        "AB": ("403", "587", "780", "825"), "QC": ("450", "514", "819", "438", "418"),
                        "NS": ("902", "782"), "MB": ("204", "431")}[prov])
        return self.us_ph(area)

    def au_mob(self) -> str:
        n = "04" + self.dig(8, "0123456789")
        return self.ch((f"{n[:4]} {n[4:7]} {n[7:]}", n, f"+61 {n[1:4]} {n[4:7]} {n[7:]}"))

    def au_land(self, area: str = "03") -> str:
        return f"({area}) {self.dig(4, '56789')} {self.dig(4, '0123456789')}"

    def ie_mob(self) -> str:
        pre = self.ch(("083", "085", "086", "087", "089"))
        n = self.dig(7, "0123456789")
        return self.ch((f"{pre} {n[:3]} {n[3:]}", f"{pre}-{n}", f"+353 {pre[1:]} {n[:3]} {n[3:]}"))

    def nz_mob(self) -> str:
        pre = self.ch(("021", "022", "027", "029"))
        n = self.dig(7, "0123456789")
        return self.ch((f"{pre} {n[:3]} {n[3:]}", f"{pre} {n}", f"+64 {pre[1:]} {n[:3]} {n[3:]}"))

    # -- addresses -------------------------------------------------------------------------
    def uk_pc(self, area: str) -> str:
        unit = "".join(self.ch("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return f"{area}{self.ri(1, 19)} {self.ri(1, 9)}{unit}"

    def uk_addr(self, kind: str = "UK", flat: bool = True) -> _Addr:
        towns = {"UK": _UK_TOWNS, "WALES": _WALES_TOWNS, "SCOT": _SCOT_TOWNS}[kind]
        town, area = self.ch(towns)
        street = self.ch(_WALES_STREETS if kind == "WALES" and self.pr(0.6) else _UK_STREETS)
        line = f"{self.ri(1, 148)} {street}"
        if flat and self.pr(0.2):
            line = f"Flat {self.ri(1, 12)}, {line}"
        return _Addr(line, town, self.uk_pc(area))

    def us_addr(self, apt: bool = True, state: str | None = None) -> tuple[_Addr, str]:
        city, st, z3, area = self.ch([c for c in _US_CITIES if state in (None, c[1])])
        pre = self.ch(("", "N ", "S ", "E ", "W "))
        line = f"{self.ri(101, 9899)} {pre}{self.ch(_US_STREETS)} {self.ch(_US_SUFF)}"
        if apt and self.pr(0.25):
            line += self.ch((f" Apt {self.ri(1, 40)}{self.ch('ABCD')}", f" #{self.ri(100, 420)}",
                             f", Apt {self.ri(2, 19)}"))
        return _Addr(line, city, z3 + self.dig(2, "0123456789"), st), area

    def au_addr(self, state: str | None = None) -> tuple[_Addr, str]:
        sub, st, pc, area = self.ch([s for s in _AU_SUBURBS if state in (None, s[1])])
        line = f"{self.ri(1, 220)} {self.ch(_AU_STREETS)}"
        if self.pr(0.35):
            line = f"{self.ri(1, 24)}/{line}" if self.pr(0.5) else f"Unit {self.ri(1, 12)}, {line}"
        return _Addr(line, sub, pc, st), area

    def ca_addr(self, prov: str | None = None) -> _Addr:
        opts = [c for c in _CA_CITIES if prov is None or c[1] == prov]
        city, pv, fsa = self.ch(opts)
        let = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{fsa}{self.ch(let)} {self.ri(1, 9)}{self.ch(let)}{self.ri(0, 9)}"
        line = f"{self.ri(12, 4890)} {self.ch(_CA_STREETS)}"
        if self.pr(0.25):
            line = f"{self.ri(101, 1905)}-{line}" if self.pr(0.5) else f"{line}, Unit {self.ri(2, 40)}"
        return _Addr(line, city, pc, pv)

    def ie_addr(self) -> _Addr:
        town, county, rk = self.ch(_IE_TOWNS)
        code = "".join(self.ch("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        line = f"{self.ri(1, 86)} {self.ch(_IE_STREETS)}"
        return _Addr(line, town, f"{rk} {code}", f"Co. {county}")

    def nz_addr(self) -> tuple[_Addr, str]:
        sub, city, pc, area = self.ch(_NZ_SUBURBS)
        line = f"{self.ri(1, 190)} {self.ch(_NZ_STREETS)}"
        if self.pr(0.25):
            line = f"{self.ri(1, 6)}/{line}" if self.pr(0.5) else f"Flat {self.ri(1, 4)}, {line}"
        return _Addr(line, city, pc, extra=sub), area

    # -- misc ------------------------------------------------------------------------------
    def ip(self, private: bool | None = None) -> str:
        if private is None:
            private = self.pr(0.6)
        if private:
            return self.ch((f"10.{self.ri(1, 254)}.{self.ri(0, 254)}.{self.ri(2, 254)}",
                            f"172.{self.ri(16, 31)}.{self.ri(0, 254)}.{self.ri(2, 254)}",
                            f"192.168.{self.ri(0, 254)}.{self.ri(2, 254)}"))
        first = self.ch((81, 86, 92, 109, 146, 203, 24, 73, 98, 121))
        return f"{first}.{self.ri(1, 254)}.{self.ri(0, 254)}.{self.ri(2, 254)}"

    def uname(self, p: _P, style: str = "f.l") -> str:
        """A typed user name ("m.holroyd", "mholroyd", "holroydm")."""
        f, last = _ascii(p.first), _ascii(p.last)
        return {"f.l": f"{f}.{last}", "i.l": f"{f[0]}.{last}", "il": f"{f[0]}{last}",
                "li": f"{last}{f[0]}"}[style]

    def email(self, p: _P, domain: str, style: str = "f.l") -> str:
        f, last = _ascii(p.first), _ascii(p.last)
        local = {"f.l": f"{f}.{last}", "fl": f"{f[0]}{last}", "f_l": f"{f}_{last}",
                 "lf": f"{last}{f[0]}", "fl99": f"{f}{last}{self.ri(1, 99)}",
                 "f.l99": f"{f}.{last}{self.ri(70, 99)}"}[style]
        return f"{local}@{domain}"

    def fhir(self, p: _P, ids: list[tuple[str, str]], phone: str | None = None,
             addr: _Addr | None = None, country: str = "") -> dict[str, Any]:
        given = p.first.split() + ([p.mid] if p.mid else [])
        res: dict[str, Any] = {
            "resourceType": "Patient",
            "name": [{"family": p.last, "given": given}],
            "gender": "male" if p.sex == "M" else "female",
            "identifier": [{"system": s, "value": v} for s, v in ids],
        }
        if p.dob:
            res["birthDate"] = p.dob.isoformat()
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone}]
        if addr:
            a: dict[str, Any] = {"line": [addr.line], "city": addr.town, "postalCode": addr.pc}
            if addr.state:
                a["state"] = addr.state
            if country:
                a["country"] = country
            res["address"] = [a]
        return res


# =============================================================================================
# United Kingdom
# =============================================================================================


def _uk_hosp_no(x: _X) -> str:
    return x.ch((f"RX{x.dig(7, '0123456789')}", f"K{x.dig(7, '0123456789')}",
                 f"M{x.dig(6, '0123456789')}", f"D{x.dig(7, '0123456789')}",
                 f"{x.dig(2, '1234')}{x.ch('ABCDHJ')}{x.dig(5, '0123456789')}"))


def _uk_eprf(x: _X) -> Note:
    """Ambulance ePRF printed at handover (England)."""
    pt = x.pt("UK", lo=55, hi=89, old=0.35, sex=x.ch("MF"))
    ad = x.uk_addr()
    nhs = nhs_number(x.r, spaced=x.pr(0.7))
    nb = x.person(_REG_PT["UK"], sex=x.ch("MF"))
    son = x.rel(pt, sex="M")
    pm = x.staff("UK")
    eca = x.staff("UK")
    rn = x.staff("UK")
    trust, ed = x.ch((("YORKSHIRE AMBULANCE SERVICE NHS TRUST", "Pinderfields ED"),
                      ("NORTH WEST AMBULANCE SERVICE NHS TRUST", "Royal Albert Edward Infirmary ED"),
                      ("EAST MIDLANDS AMBULANCE SERVICE NHS TRUST", "Queen's Medical Centre ED"),
                      ("WEST MIDLANDS AMBULANCE SERVICE", "Worcestershire Royal ED")))
    call = x.now
    hcpc = f"PA{x.dig(5, '0123456789')}"
    cad = x.dig(8)
    spo2 = x.ri(84, 91)
    x.t(f"{trust}\nElectronic Patient Report Form - PATIENT COPY (printed at hospital handover)\n\n")
    x.f("Incident no: {I}   CAD: {I}   Call received: {D}   Category: C2   Call sign: ",
        f"{call.strftime('%y%m')}-{x.dig(4, '0123456789')}", cad, fdt(call, "isoT"))
    x.t(f"{x.ch(('AMB', 'DCA', 'RRV'))}{x.ri(301, 689)}\n")
    x.f("Incident location: {A}, {A} {Z}  (patient's home)\n\n", ad.line, ad.town, ad.pc)
    x.f("PATIENT: {N}    DOB: {D}    Age: {G}    Sex: " + pt.sex + "\n",
        pt.f("LF"), fd(pt.dob, "dmy"), pt.age)
    surgery = x.ch(("Park View Surgery", "The Health Centre", "Moorside Medical Practice",
                    "Chapelgreen Surgery"))
    x.f("NHS number: {I} (verified - Summary Care Record)    GP: Dr {N}, " + surgery + "\n",
        nhs, x.staff("UK").f("i L"))
    x.t("\nPRESENTING COMPLAINT: SOB, productive cough 3/7, found on floor by neighbour.\n")
    x.f("HISTORY: Neighbour {N} (lives opposite) called 999 after pt did not answer door; "
        "key from key safe. Pt states slid off chair approx 0100, unable to get up, no LOC, "
        "no head injury. ", nb.f("fl"))
    x.t(x.ch(("Increasing breathlessness since Monday, ", "GP started doxycycline last week, ",
              "Not eating well for several days, ")))
    x.t("green sputum, rigors overnight.\n")
    x.t("PMHx: COPD (home O2 not on), AF, T2DM (diet), OA knees. Allergies: penicillin (rash).\n")
    x.f("DHx: {C}, {C}, Trimbow inhaler, {C}.\n",
        "apixaban 5 mg BD", "bisoprolol 2.5 mg OD", "salbutamol PRN")
    x.t("\nOBSERVATIONS\nTime  | RR | SpO2        | HR  | BP      | Temp | GCS | BM   | NEWS2\n")
    t0 = call + timedelta(minutes=x.ri(14, 22))
    for k in range(3):
        tk = t0 + timedelta(minutes=18 * k)
        x.f(hm(tk) + "  | {C} | {C} | {C} | {C} | {C} | {C} | {C} | {C}\n",
            x.ri(22, 30), f"{spo2 + 2 * k}% {'air' if k == 0 else 'O2'}", x.ri(96, 128),
            f"{x.ri(92, 118)}/{x.ri(50, 70)}", f"{x.ri(378, 392) / 10:.1f}", 15 - (k == 0),
            f"{x.ri(60, 140) / 10:.1f}", 9 - k)
    x.t("\nTREATMENT: ")
    x.f("{C} via venturi, titrated to target {C}; {C} neb; {C} PO.\n",
        "O2 28%", "88-92%", "salbutamol 5 mg", "paracetamol 1 g")
    x.t("Skin check: no pressure damage. Lying and standing BP not possible.\n")
    x.f("SOCIAL: Lives alone, bungalow, no package of care. NOK son {N} - {P} (informed by "
        "phone, will meet at ED). Dog left with neighbour.\n", son.f("fl"), x.uk_mob())
    hand = call + timedelta(minutes=x.ri(70, 160))
    x.f("\nConveyed to: " + ed + ". Pre-alert: no. Arrived " + hm(hand) + ", handover to {N} RN at "
        + hm(hand + timedelta(minutes=x.ri(15, 95))) + " (delay - corridor care).\n", rn.f("fl"))
    x.f("Crew: {N} (Paramedic, HCPC {I}) / {N} (ECA)\n", pm.f("fl"), hcpc, eca.f("fl"))
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
                          addr=ad, country="GB"))


def _uk_atmist(x: _X) -> Note:
    """ATMIST pre-alert and trauma reception record (England)."""
    elderly = x.pr(0.4)
    pt = x.pt("UK", lo=68 if elderly else 19, hi=89 if elderly else 44, old=0.55 if elderly else 0,
              sex=x.ch("MF") if elderly else "M")
    ttl, airway, odp, surg, scribe, sister = (x.staff("UK"), x.staff("UK"), x.staff("UK"),
                                               x.staff("UK"), x.staff("UK", inits=True),
                                               x.staff("UK", sex="F"))
    pc1 = x.person(_REG_PT["UK"])
    partner = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.5))
    hosp = _uk_hosp_no(x)
    temp_no = f"{x.ch(('U', 'ZZ', 'X'))}{x.dig(6, '0123456789')}"
    nhs = nhs_number(x.r, spaced=True)
    t = x.now
    x.f("TRAUMA TEAM ACTIVATION - ED RESUS {C}\n".replace("{C}", str(x.ri(1, 4)))
        + _WD[t.weekday()] + " {D}\n\n", fd(t, "dmy2"))
    x.f("Pre-alert via red phone at " + hm(t) + ", taken by Sr {N}:\n", sister.f("fl"))
    if elderly:
        x.f(" A - {G} y/o " + ("female" if pt.sex == "F" else "male") + "\n", pt.age)
        x.t(" T - found " + hm(t - timedelta(minutes=55)) + ", fall time unknown (overnight?)\n")
        x.t(" M - fall down full flight of stairs at home, on anticoagulation\n")
        x.t(" I - boggy scalp haematoma occiput, ?# R wrist, pain R hip, shortened + ext rotated\n")
        x.f(" S - {C}, {C}, {C}, {C}, {C}\n", "HR 92 irreg", "BP 168/94", "RR 20", "SpO2 95% RA",
            "GCS 14 (E3 V5 M6)")
        x.f(" T - {C}, {C}, c-spine immobilised (head blocks)\n",
            "fentanyl 25 mcg IV", "Hartmann's 250 ml")
    else:
        x.f(" A - approx {G}, male\n", 30 if pt.age < 35 else 40)
        x.t(" T - time of injury " + hm(t - timedelta(minutes=32)) + "\n")
        x.t(" M - motorcyclist v car, est 40 mph, helmet on, thrown approx 10 m\n")
        x.t(" I - obvious deformity L femur, abrasions L flank, ?pelvis\n")
        x.f(" S - {C}, {C}, {C}, {C}, {C}\n", "HR 124", "BP 98/60", "RR 26", "SpO2 96% 15L NRB",
            "GCS 14 (E3 V5 M6)")
        x.f(" T - pelvic binder, traction splint, {C}, {C}\n", "TXA 1 g IV", "fentanyl 100 mcg IN")
    x.t(" ETA " + hm(t + timedelta(minutes=x.ri(12, 25))) + "\n\n")
    x.f("TEAM: TTL Dr {N} (ST6 EM) | Airway Dr {N} (anaes reg) | ODP {N} | Scribe {N} | "
        "General surg reg Dr {N} bleep {P}\n\n", ttl.f("fl"), airway.f("iL"), odp.f("f"),
        scribe.init(), surg.f("l"), x.dig(4))
    x.f("IDENTIFICATION: arrived as {I} (temporary number). Identified at " +
        hm(t + timedelta(minutes=x.ri(40, 90))) + " from " +
        ("driving licence in jacket" if not elderly else "repeat prescription in handbag") +
        " as {N}, DOB {D}. Records merged to hospital no. {I}, NHS {I}.\n",
        temp_no, pt.f("FL"), fd(pt.dob, "d/m/y" if x.pr(0.5) else "dmy"), hosp, nhs)
    if elderly:
        x.t("\nPrimary survey: <C> nil. A patent. B equal AE, no crepitus. C HR irreg, ")
        x.f("{C}, {C}. D {C}, pupils 3 mm equal reactive. E ", "CRT 2 s", "lactate 2.1",
            "GCS 14")
        x.t("shortened R leg, R wrist dinner-fork deformity.\n")
        x.f("Anticoag reversal: on {C} (last dose last night per GP record) - {C} given.\n",
            "apixaban 2.5 mg BD", "andexanet alfa per protocol")
        x.t("CT head / c-spine / trauma series requested (silver trauma pathway).\n")
    else:
        x.t("\nPrimary survey: <C> nil. A patent, talking. B RR 26, decreased AE L base. C ")
        x.f("{C}, {C}, pelvic binder in situ. D {C}, PEARL. E L femur #, L flank bruising.\n",
            "BP 94/58", "HR 128", "GCS 14")
        x.f("Code red declared " + hm(t + timedelta(minutes=18)) +
            " - MHP activated, {C} + {C} given via rapid infuser.\n", "2 units O neg RBC", "2 FFP")
        x.t("To CT (WBCT) with TTL, then IR / theatre depending on findings.\n")
    x.f("\nPOLICE: PC {N} (collar {I}) attended; incident log {I} of {D}. ",
        pc1.f("l"), x.dig(4, "123456789"), x.dig(4, "0123456789"), fd(t, "dmy2"))
    rel = "Partner" if not elderly else ("Husband" if partner.sex == "M" else "Wife")
    x.f(rel + " {N} informed by police and travelling in; contact {P}.\n",
        partner.f("f"), x.uk_mob())
    x.f("\nScribe: {N} " + hm(t + timedelta(minutes=x.ri(95, 150))) + "\n", scribe.init())
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                               ("urn:trust:hospital-number", hosp)], country="GB"))


def _uk_mts_triage(x: _X) -> Note:
    """Manchester Triage System triage record (England)."""
    pt = x.pt("UK", lo=38, hi=89, old=0.2, mid=x.pr(0.3))
    hosp = _uk_hosp_no(x)
    nhs = nhs_number(x.r, spaced=x.pr(0.5))
    rn = x.staff("UK")
    reg = x.staff("UK", inits=True)
    rec = x.staff("UK", inits=True)
    gp = x.staff("UK")
    kid = x.rel(pt, sex="F", same_last=x.pr(0.4))
    spouse = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=True)
    ad = x.uk_addr()
    arr = x.now
    tri = arr + timedelta(minutes=x.ri(6, 38))
    flow = x.ch((("Chest pain", "Cardiac pain", "2 - ORANGE (very urgent, 10 min)",
                  "central chest tightness", "radiating to L arm"),
                 ("Shortness of breath in adults", "Inadequate ventilation? no - Low SpO2",
                  "2 - ORANGE (very urgent, 10 min)", "SOB and wheeze", "worse on lying flat"),
                 ("Abdominal pain in adults", "Moderate pain", "3 - YELLOW (urgent, 60 min)",
                  "RIF pain", "with vomiting x3"),
                 ("Collapse", "Altered conscious level? no - Hot adult",
                  "3 - YELLOW (urgent, 60 min)", "collapse at home", "felt clammy beforehand")))
    x.f("EMERGENCY DEPARTMENT - TRIAGE\nArrival: {D} " + hm(arr, True) + "   Mode: " +
        x.ch(("BIBA", "walk-in", "walk-in (GP letter)", "BIBA - handover delay 47 min")) + "\n",
        fd(arr, "dmy"))
    fmt = x.ch(("LF", "LFM" if pt.mid else "LF_", "Lf"))
    x.f("Name: {N}   DOB: {D} ({G})   Hosp no: {I}   NHS: {I}\n", pt.f(fmt), fd(pt.dob, "dmy"),
        pt.age, hosp, nhs)
    x.f("Booked in by: {N} (reception) " + hm(arr - timedelta(minutes=2), True) + "\n",
        rec.init())
    x.t(f"\nFlowchart: {flow[0]}\nDiscriminator: {flow[1]}\nPriority: {flow[2]}\n")
    x.f("Triaged " + hm(tri, True) + " by {N}, RN (Band 6)\n", rn.f("fl"))
    x.f("\nObs: {C}  {C}  {C}  {C}  {C}  {C}  {C}  Pain {C}\n", f"RR {x.ri(16, 28)}",
        f"SpO2 {x.ri(91, 99)}% RA", f"HR {x.ri(62, 124)}", f"BP {x.ri(104, 178)}/{x.ri(58, 98)}",
        f"T {x.ri(362, 389) / 10:.1f}", "GCS 15", f"NEWS2 {x.ri(1, 6)}", f"{x.ri(3, 9)}/10")
    x.t("c/o " + flow[3] + " since " + x.ch(("this am", "yesterday evening", "0400")) + ", " +
        flow[4] + ".\n")
    x.t("PMHx: " + x.ch(("IHD (PCI 2018), HTN, T2DM", "COPD, ex-smoker, AF", "HTN, CKD 3a, gout",
                         "Nil significant")) + "\n")
    x.f("DHx: see GP summary; {C}, {C}\n", "aspirin 75 mg OD", "ramipril 5 mg OD")
    x.t("Allergies: " + x.ch(("NKDA", "NKDA", "penicillin - anaphylaxis", "codeine (vomiting)")) +
        "\n")
    x.f("Accompanied by daughter {N} (mob {P}). Lives with " +
        ("wife" if pt.sex == "M" else "husband") + " {N} at {A}, {A} {Z}.\n", kid.f("f"),
        x.uk_mob(), spouse.f("f"), ad.line, ad.town, ad.pc)
    x.f("GP: Dr {N}\n", gp.f("i L"))
    x.f("ECG at " + hm(tri + timedelta(minutes=4), True) +
        " shown to Dr {N} (EM reg): {C}, no acute ST changes - signed {N}.\n",
        reg.f("l"), f"SR {x.ri(64, 110)}", reg.init())
    x.t("Bloods + VBG taken, cannula 18G L ACF. Streamed to " +
        x.ch(("Majors cubicle 7", "Majors corridor space C3", "Resus 4", "SDEC")) + ".\n")
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                               ("urn:trust:hospital-number", hosp)], addr=ad, country="GB"))


def _uk_majors(x: _X) -> Note:
    """ED majors clerking by the ED doctor, older faller with a long lie (England)."""
    pt = x.pt("UK", lo=74, hi=89, old=0.6, sex="F")
    dr = x.staff("UK")
    medreg = x.staff("UK")
    carer = x.person(_REG_STAFF["UK"], sex="F")
    dau = x.rel(pt, sex="F", same_last=False)
    son = x.rel(pt, sex="M")
    hosp = _uk_hosp_no(x)
    town = x.ch(_UK_TOWNS)[0]
    city = x.ch(("Bristol", "Nottingham", "Newcastle", "Aberdeen", "Southampton", "Cardiff"))
    t = x.now
    x.f("ED MAJORS - CLERKING\nMrs {N} ({G}F)   Hosp no {I}\n", pt.f("i L"), pt.age, hosp)
    x.f("Seen " + hm(t) + " " + _WD[t.weekday()] + " {D} by Dr {N} (ST4 EM)\n\n",
        fd(t, "dmy2"), dr.f("fl"))
    lie = x.ri(4, 14)
    x.f("PC: fall at home, long lie approx {C}. Found by carer {N} on the " +
        x.ch(("0800", "0730", "morning")) + " call.\n", f"{lie} hrs", carer.f("f"))
    x.t("HPC: got up to toilet in the night, legs \"gave way\", no prodrome, no CP/palps, "
        "did not hit head (per pt). Unable to get up, no pendant alarm on. Some confusion per "
        "carer (\"not herself\").\n")
    x.t("PMHx: AF, HTN, T2DM, OA, previous L NOF # (DHS 2019), cataracts.\n")
    x.f("DHx: {C}, {C}, {C}, {C}. Allergies: NKDA\n", "apixaban 2.5 mg BD", "amlodipine 5 mg OD",
        "metformin 500 mg BD", "paracetamol 1 g QDS")
    x.f("SHx: lives alone in bungalow in {A}, carers QDS. Mobilises with frame. NOK daughter {N} "
        "(tel {P}); son {N} lives in {A}.\n", town, dau.f("fl"), x.uk_land() if x.pr(0.5) else x.uk_mob(),
        son.f("f"), city)
    x.f("\nO/E: {C} {C} {C} {C} {C} {C}. Dry mucous membranes. Chest clear. Abdo SNT. "
        "Pressure areas: grade 2 sacrum, R heel blanching. No # on exam, hips pain-free.\n",
        f"HR {x.ri(88, 112)} irreg", f"BP {x.ri(100, 138)}/{x.ri(50, 78)}", "RR 18",
        "SpO2 96% RA", f"T {x.ri(364, 383) / 10:.1f}", "4AT 5")
    base = t - timedelta(days=x.ri(40, 300))
    x.f("Bloods: {C} {C} {C} {C} {C} {C} {C} (baseline {C} on {D}).\n",
        f"Hb {x.ri(98, 132)}", f"WCC {x.ri(88, 168) / 10:.1f}", f"CRP {x.ri(8, 140)}",
        f"CK {x.ri(900, 6400)}", f"Na {x.ri(128, 146)}", f"K {x.ri(38, 58) / 10:.1f}",
        f"Cr {x.ri(110, 210)}", f"Cr {x.ri(64, 104)}", fd(base, "d/m/yy"))
    x.f("ECG AF {C}, no acute changes. CXR clear. Urine dip nitrite +ve (not diagnostic >65).\n",
        f"rate {x.ri(78, 118)}")
    x.t("\nImp: long lie with rhabdo + AKI 1-2, delirium ?cause (?dehydration ?UTI), "
        "pressure damage.\n")
    x.f("Plan: {C} over 6 h, hold metformin + amlodipine, repeat CK/U&E 6 h, 4AT, falls "
        "bundle, skin bundle. CTH not indicated (no head injury, on DOAC - discussed, no "
        "criteria met).\n", "1 L 0.9% NaCl")
    x.f("d/w med reg Dr {N} bleep {P} - accepted to AMU.\n", medreg.f("l"), x.dig(4))
    x.f("Daughter {N} updated by phone " + hm(t + timedelta(minutes=70)) + ".\n\n", dau.f("f"))
    x.f("Dr {N} ST4  GMC {I}\n", dr.f("iL"), x.dig(7, "67"))
    return x.build(x.fhir(pt, [("urn:trust:hospital-number", hosp)], country="GB"))


def _uk_mhlt(x: _X) -> Note:
    """Mental health liaison assessment in ED after a s136 (England)."""
    pt = x.pt("UK", lo=18, hi=46, old=0)
    nhs = nhs_number(x.r, spaced=True)
    rmn, st4, fy2, cpn, gp = (x.staff("UK"), x.staff("UK"), x.staff("UK"), x.staff("UK"),
                              x.staff("UK"))
    pc1, pc2 = x.person(_REG_PT["UK"]), x.person(_REG_PT["UK"])
    mum = x.rel(pt, sex="F", same_last=x.pr(0.6))
    ad = x.uk_addr()
    t = x.now.replace(hour=x.ri(0, 4))
    s136 = t - timedelta(minutes=x.ri(150, 260))
    exp = s136 + timedelta(hours=24)
    x.t("MENTAL HEALTH LIAISON TEAM - ED ASSESSMENT\n")
    x.f(_WEEKDAY[t.weekday()] + " {D}, " + hm(t, True) + ", ED mental health assessment room\n\n",
        fd(t, "thMMy"))
    x.f("Referred by Dr {N} (ED FY2) at " + hm(s136 + timedelta(minutes=60), True) +
        " - medically fit: {C}, {C} at 4 h.\n", fy2.f("fl"), "NEWS2 0",
        "paracetamol level <10 mg/L")
    x.f("Present: {N} (RMN, MHLT); Dr {N} (ST4 psychiatry, via Teams); pt's mother {N} for the "
        "collateral part only, with pt's consent.\n", rmn.f("fl"), st4.f("fl"), mum.f("f"))
    x.f("Legal status: s136 MHA - detained by PC {N} and PC {N} at " + hm(s136, True) +
        " on a road bridge; s136 expires " + hm(exp, True) + " {D}. Police log {I} of {D}.\n",
        pc1.f("l"), pc2.f("l"), fd(exp, "dmy"), x.dig(4, "123456789"), fd(s136, "dmy2"))
    x.f("\nIdentifying details: {N}, {G}" + pt.sex + ", DOB {D}, NHS {I}. Lives with mother at "
        "{A}, {A} {Z}.\n", pt.f("fl"), pt.age, fd(pt.dob, "dmy"), nhs, ad.line, ad.town, ad.pc)
    x.t("\nHx: 3/12 low mood after redundancy, stopped sertraline 2/52 ago, drinking ~6 cans/day. "
        "Tonight argued with a friend, walked out, texted a friend a goodbye message. Took "
        "approx 16 x 500 mg paracetamol 2 h before police contact (level negative). Previous "
        "OD 2022, no previous admissions.\n")
    x.t("MSE: unkempt, good rapport after initial guardedness, speech normal rate, mood "
        "\"numb\", affect flat, no psychotic features, passive death wish, no current plan, "
        "future-oriented re " + ("his" if pt.sex == "M" else "her") + " dog and mum. Cognition grossly "
        "intact. Insight partial.\n")
    x.t("Risk: to self - moderate (recent OD, alcohol, recent job loss); to others - low; from "
        "others - low.\n")
    x.t("Formulation: adjustment disorder with depressive sx vs relapse of depression, in the "
        "context of alcohol use.\n\n")
    crht = x.uk_land()
    gp_box = x.ch(("wakefield", "bolton", "derby", "luton", "swindon"))
    gp_mail = f"{gp_box}.{x.ch(('gp', 'admin', 'reception'))}{x.ri(10, 99)}@nhs.net"
    x.f("Plan: s136 discharged " + hm(t + timedelta(minutes=85), True) +
        ". Not for admission; agrees to CRHTT follow-up within 24 h (CRHTT {P}). Safety plan "
        "completed and copy given. Restart sertraline via GP. Alcohol liaison referral. Care "
        "co-ordinator {N} (CPN) informed by voicemail. GP Dr {N} informed by e-mail to {E}.\n",
        crht, cpn.f("fl"), gp.f("l"), gp_mail)
    x.f("\n{N}, RMN - MHLT ext {P}\n", rmn.f("fl"), x.dig(5, "2345678"))
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
                          addr=ad, country="GB"))


def _uk_child_sg(x: _X) -> Note:
    """Multi-agency referral form from ED to children's social care (England)."""
    child = x.pt("UK", lo=0, hi=11, old=0)
    mum = x.rel(child, sex="F", same_last=x.pr(0.6))
    mp = x.person(_REG_PT["UK"], sex="M")
    sib1 = x.rel(child, sex=x.ch("MF"))
    hv, gp, pln, cons, sw, paed = (x.staff("UK", sex="F"), x.staff("UK"), x.staff("UK", sex="F"),
                                   x.staff("UK"), x.staff("UK"), x.staff("UK"))
    ad = x.uk_addr()
    nhs = nhs_number(x.r, spaced=x.pr(0.5))
    hosp = _uk_hosp_no(x)
    t = x.now
    mum_dob = child.dob - timedelta(days=x.ri(6800, 12000))
    x.t("MULTI-AGENCY REFERRAL FORM (MARF) - CHILDREN'S SOCIAL CARE\n")
    x.f("Referring agency: Emergency Department, " +
        x.ch(("Pinderfields Hospital", "Northern General Hospital", "Queen Elizabeth Hospital",
              "Royal Stoke University Hospital")) + "\nDate/time of referral: {D} " + hm(t, True) + "\n\n",
        fd(t, "dmy"))
    x.f("CHILD: {N}   DOB: {D}   Age: {G}   Gender: " + ("M" if child.sex == "M" else "F") +
        "\nNHS No: {I}   Hospital No: {I}\nAddress: {A}, {A}, {Z}\n",
        child.f("fLU"), fd(child.dob, "dmy"), child.age, nhs, hosp, ad.line, ad.town, ad.pc)
    x.f("Parent/carer: mother {N} (DOB {D}), mother's partner {N} (not the birth father; DOB "
        "not known). Sibling: {N} ({G}), same address.\n", mum.f("fl"), fd(mum_dob, "dmy"),
        mp.f("fl"), sib1.f("f"), x.ri(1, 15))
    x.f("Health visitor / 0-19 practitioner: {N} ({P}). GP: Dr {N}.\n", hv.f("fl"), x.uk_land(),
        gp.f("i L"))
    x.t("\nREASON FOR REFERRAL:\n")
    if child.age < 1:
        x.t("Non-mobile infant brought with a bruise to the L cheek and a further bruise behind "
            "the R ear. Mother says sibling \"hit " + ("him" if child.sex == "M" else "her") +
            " with a toy\". No bruising on previous HV contact. Per local policy all bruising in "
            "non-mobile infants is referred.\n")
    else:
        x.t("Attended with a 4 cm partial-thickness scald to the R forearm, 2 days old, not "
            "previously seen. Explanations differed between mother and partner (kettle vs bath). "
            "Child quiet, flinched when partner approached. Two previous ED attendances in 3 "
            "months (head injury, \"fell off sofa\").\n")
    x.f("Obs on arrival: {C} {C} {C}. Weight {C} (on 9th centile; 50th at last HV check).\n",
        f"HR {x.ri(90, 150)}", f"Temp {x.ri(364, 378) / 10:.1f}", "AVPU A",
        f"{(child.age * 2.6 + 5.5 + x.ri(-8, 8) / 10):.1f} kg")
    x.f("Seen by ED consultant Dr {N}. Child protection medical booked with Dr {N} (community "
        "paediatrics) " + _WD[(t + timedelta(days=1)).weekday()] + " {D}.\n", cons.f("fl"),
        paed.f("iL"), fd(t + timedelta(days=1), "dm"))
    x.t("Are parents aware of this referral? Yes - explained to mother at " +
        hm(t - timedelta(minutes=25), True) + "; she was upset but agreed.\n")
    x.f("\nMASH contact: spoke to duty social worker {N} at " +
        hm(t + timedelta(minutes=30), True) + ", MASH ref {I}. Child to stay on CAU overnight "
        "pending strategy discussion.\n", sw.f("fl"), f"MASH-{t.year % 100}-{x.dig(5, '0123456789')}")
    pemail = x.email(pln, "nhs.net")
    x.f("\nReferrer: {N}, Paediatric Liaison Nurse, tel {P}, {E}\n", pln.f("fl"), x.uk_land(), pemail)
    return x.build(x.fhir(child, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                                  ("urn:trust:hospital-number", hosp)], addr=ad, country="GB"))


def _uk_adult_sg(x: _X) -> Note:
    """Adult safeguarding concern (Care Act s42) raised from ED (England)."""
    pt = x.pt("UK", lo=72, hi=89, old=0.65, sex="F")
    son = x.rel(pt, sex="M")
    sn, lead, ctr, fy = x.staff("UK"), x.staff("UK", sex="F"), x.staff("UK"), x.staff("UK")
    ad = x.uk_addr()
    nhs = nhs_number(x.r, spaced=x.pr(0.6))
    t = x.now
    council, dom = x.ch((("Wakefield Council", "wakefield.gov.uk"), ("Derby City Council", "derby.gov.uk"),
                         ("Bolton Council", "bolton.gov.uk"), ("Norfolk County Council", "norfolk.gov.uk"),
                         ("Swindon Borough Council", "swindon.gov.uk")))
    hub = f"{x.ch(('safeguarding.adults', 'asc.safeguarding', 'adultsafeguardinghub'))}@{dom}"
    x.f("ADULT SAFEGUARDING CONCERN FORM\nTo: " + council + " - Adult Social Care ({E})\n"
        "Raised by: Emergency Department, date {D} time " + hm(t, True) + "\n\n", hub,
        fd(t, "d/m/y"))
    x.f("Adult at risk: Mrs {N} ({N}), aged {G}, DOB {D}\nNHS number {I}\n", pt.f("i L"),
        pt.f("LF"), pt.age, fd(pt.dob, "d/m/y"), nhs)
    x.f("Address: {A}, {A} {Z} (lives with son)\n", ad.line, ad.town, ad.pc)
    x.t("\nNature of concern (tick): [x] physical  [x] neglect / acts of omission  [ ] financial  "
        "[ ] sexual  [ ] psychological\n")
    x.f("Details: brought by ambulance after a fall. Multiple bruises of different ages on both "
        "upper arms (fingertip pattern), category 3 pressure ulcer sacrum, heavily soiled, "
        "{C}. Says son {N} \"gets cross\" when she cannot manage the stairs. Son states she "
        "refuses carers. No package of care in place.\n", f"weight {x.ri(36, 48)} kg",
        son.f("f"))
    x.f("Capacity: lacks capacity regarding returning home today (MCA assessment by Dr {N}, "
        "FY2, at " + hm(t + timedelta(minutes=40), True) + "). Views: wants to \"go home to my "
        "own bed\".\n", fy.f("fl"))
    x.t("Immediate safety: admitted to Care of the Elderly ward; son aware; no police referral at "
        "this stage (discussed with safeguarding lead).\n")
    x.f("Person alleged to have caused harm: {N} (son, carer, same address, {P}).\n",
        son.f("fl"), x.uk_mob())
    x.f("\nReported by: {N}, Staff Nurse, ED - ext {P}\nSafeguarding adults lead informed: {N} "
        "(Named Nurse)\nDatix {I}; handover to ward Charge Nurse {N}.\n", sn.f("fl"),
        x.dig(5, "2345678"), lead.f("fl"), f"W{x.dig(6, '123456789')}", ctr.f("fl"))
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", ""))],
                          addr=ad, country="GB"))


def _uk_hiu_plan(x: _X) -> Note:
    """High-intensity-use (frequent attender) ED care plan (England)."""
    pt = x.pt("UK", lo=24, hi=66, old=0)
    nk = x.nick(pt)
    hosp = _uk_hosp_no(x)
    nhs = nhs_number(x.r, spaced=True)
    cons, hiu, cpn, gp, ap, ed_user = (x.staff("UK"), x.staff("UK"), x.staff("UK"), x.staff("UK"),
                                       x.staff("UK"), x.staff("UK", inits=True))
    ad = x.uk_addr()
    t = x.now
    since = t - timedelta(days=x.ri(500, 1400))
    mdt = t - timedelta(days=x.ri(2, 20))
    rev = t + timedelta(days=x.ri(80, 120))
    x.t("EMERGENCY DEPARTMENT - INDIVIDUAL PATIENT CARE PLAN (High Intensity Use)\n")
    x.f("Name: {N}" + (' (prefers "{N}")' if nk else "") + "   DOB: {D}   NHS: {I}   MRN: {I}\n",
        *([pt.f("fl")] + ([nk] if nk else []) + [fd(pt.dob, "dmy"), nhs, hosp]))
    x.f("Address: {A}, {A} {Z} (supported housing - staff on site 0900-1700)\n", ad.line, ad.town,
        ad.pc)
    x.f("ED attendances: {C} in the last 12 months ({C} since {D}); ambulance conveyances {C}\n",
        x.ri(18, 46), x.ri(60, 160), fd(since, "dMMy"), x.ri(10, 30))
    x.f("Plan agreed at HIU MDT on {D}: Dr {N} (ED consultant), {N} (HIU coordinator), {N} (CPN), "
        "Dr {N} (GP), {N} (Advanced Paramedic, ambulance frequent caller lead)\n",
        fd(mdt, "dmy2"), cons.f("fl"), hiu.f("fl"), cpn.f("fl"), gp.f("iL"), ap.f("fl"))
    who = nk or pt.first
    x.t("\nSUMMARY\nEUPD, alcohol dependence, recurrent self-harm by ligature and cutting; "
        "chronic abdominal pain fully investigated (CT x6, OGD, colonoscopy - all normal).\n\n")
    x.f("WHEN {N} ATTENDS\n- Triage as usual; do not assume a repeat presentation.\n", who.upper())
    x.f("- If intoxicated: observe, {C} and {C} if withdrawing (CIWA-Ar), no IV opioids for "
        "abdominal pain (agreed with pt).\n", "thiamine 100 mg TDS", "chlordiazepoxide per protocol")
    x.t("- Cuts: glue / steri-strips where possible; plastics only if tendon involvement.\n")
    x.t("- Ligature: remove, full assessment, MHLT referral every time.\n")
    x.t("- Offer a short conversation with HIU service next working day rather than admission.\n")
    x.t("\nKEY CONTACTS\n")
    x.f("  HIU coordinator        {N}  {P}  (Mon-Fri)\n", hiu.f("f"), x.uk_mob())
    x.f("  Care co-ordinator      {N}  {P}\n", cpn.f("fl"), x.uk_land())
    x.f("  Supported housing      {P} (24 h)\n", x.uk_land())
    wc = rev - timedelta(days=rev.weekday() + 7)
    x.f("\nReview date: {D} (next HIU MDT w/c {D}). Alert added to EPR by {N}. Ambulance special "
        "patient note ref {I}.\n", fd(rev, "dmy"), fd(wc, "d/m"), ed_user.init(),
        f"SPN{x.dig(6, '0123456789')}")
    x.f("Shared care record link: {U}\n",
        f"https://shcr.{x.ch(('wyh', 'gm', 'lnr', 'bnssg'))}.nhs.uk/careplans/{x.dig(7)}")
    x.f("Audit: last viewed {D} by {N} from {IP}\n", fdt(t - timedelta(minutes=x.ri(5, 900)), "isoTs"),
        x.uname(ed_user), x.ip(True))
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                               ("urn:trust:mrn", hosp)], addr=ad, country="GB"))


def _uk_miu_wales(x: _X) -> Note:
    """Minor injuries unit record, child or adult with a wrist / ankle injury (Wales)."""
    kid = x.pr(0.55)
    pt = x.pt("WALES", lo=4 if kid else 17, hi=15 if kid else 78, old=0)
    parent = x.rel(pt, sex=x.ch("MF"))
    enp, rad, sec = x.staff("UK"), x.staff("UK"), x.staff("UK")
    ad = x.uk_addr("WALES")
    hosp = f"{x.ch(('G', 'W', 'B'))}{x.dig(6, '0123456789')}{x.ch('ABCDEFGHJK')}"
    nhs = nhs_number(x.r, spaced=True)
    t = x.now.replace(hour=x.ri(8, 19))
    site = x.ch(("Ysbyty Aneurin Bevan", "Ysbyty Cwm Cynon", "Ysbyty Alltwen", "Ysbyty Tywyn",
                 "Llandrindod Wells Hospital", "Neath Port Talbot Hospital"))
    x.f(site + " - Minor Injuries Unit\nAttendance: " + _WEEKDAY[t.weekday()] + " {D} " +
        hm(t, True) + "   Arrived: own transport", fd(t, "dMy"))
    if kid:
        x.f(", with " + ("dad" if parent.sex == "M" else "mum") + " {N}", parent.f("f"))
    x.t("\n")
    x.f("Patient: {N}   DOB {D} ({G})   Hosp no {I}   NHS {I}\nAddress: {A}, {A} {Z}\n",
        pt.f("fLU"), fd(pt.dob, "dmy"), pt.age, hosp, nhs, ad.line, ad.town, ad.pc)
    if kid:
        x.t("\nPC: FOOSH off trampoline yesterday teatime, L wrist pain, using arm less.\n")
        x.f("O/E: {C}, no deformity, NV intact, tender distal radius dorsally, not scaphoid. "
            "Elbow and clavicle NAD.\n", "pain 4/10")
        x.f("Analgesia: {C} PO " + hm(t + timedelta(minutes=10), True) + ".\n",
            f"ibuprofen {x.ch((100, 150, 200, 300))} mg")
        x.f("XR L wrist: buckle # distal radius (red dot - radiographer {N}).\n", rad.f("iL"))
        x.t("Dx: buckle fracture distal radius.\nTx: removable wrist splint 3/52, no follow-up "
            "needed per buckle # pathway, leaflet given, no trampoline/PE 4/52.\n")
        x.f("School note provided. Parent's mobile {P}.\n", x.uk_mob())
    else:
        x.t("\nPC: inversion injury R ankle on kerb " + x.ch(("this am", "last night")) +
            ", able to weight bear 4 steps with pain.\n")
        x.f("O/E: swelling lat malleolus, tender ATFL, not tender posterior edge/tip of lat or "
            "med malleolus, 5th MT base or navicular - Ottawa negative. {C}.\n", "pain 6/10")
        x.t("No XR indicated.\nDx: lateral ligament sprain R ankle.\nTx: RICE, crutches, "
            "ibuprofen PRN (no CI), ankle exercise leaflet.\n")
        x.f("Fit note for work ({C}), employer informed by pt. Mobile {P}.\n", "7 days",
            x.uk_mob())
    rev = t + timedelta(days=x.ri(5, 14))
    x.f("Review: MIU ENP clinic " + _WD[rev.weekday()] + " {D} if not improving.\n",
        fd(rev, "d/m"))
    x.f("\nSeen by {N}, ENP - " + hm(t + timedelta(minutes=x.ri(30, 90)), True) +
        ". Discharge letter to GP via WCCG; copy typed by {N}.\n", enp.f("fl"), sec.f("low"))
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                               ("urn:hb:hospital-number", hosp)], addr=ad, country="GB"))


def _uk_scot_discharge(x: _X) -> Note:
    """ED discharge letter to the GP (Scotland, CHI)."""
    pt = x.pt("SCOT", lo=20, hi=89, old=0.15, mid=x.pr(0.3))
    chi = chi_number(x.r, pt.dob, pt.sex)
    gp, dr, sen, pharm = x.staff("UK"), x.staff("UK"), x.staff("UK"), x.staff("UK")
    ad = x.uk_addr("SCOT")
    pr = x.uk_addr("SCOT", flat=False)
    surgery = x.ch(("Links Medical Practice", "Bank Street Surgery", "Riverside Medical Group",
                    "Muirhouse Health Centre", "Carse Medical Practice"))
    board = x.ch(("NHS Fife", "NHS Tayside", "NHS Highland", "NHS Lothian", "NHS Forth Valley",
                  "NHS Ayrshire & Arran"))
    t = x.now
    arr = t.replace(hour=x.ri(9, 22))
    dis = arr + timedelta(minutes=x.ri(150, 420))
    x.f(board + " - Emergency Department Discharge Letter\n\nTo: Dr {N}\n" + surgery +
        "\n{A}\n{A}\n{Z}\n\n", gp.f("i L"), pr.line, pr.town, pr.pc)
    x.f("Patient: {N}   CHI: {I}   DOB: {D}\nAddress: {A}, {A} {Z}\n", pt.f("fl"), chi,
        fd(pt.dob, "dmy"), ad.line, ad.town, ad.pc)
    x.f("Attended: {D}   Arrived " + hm(arr, True) + "   Discharged " + hm(dis, True) + "\n\n",
        fd(arr, "dMMy"))
    k = x.ri(0, 2)
    if k == 0:
        x.t("Presenting complaint: pleuritic chest pain after a long-haul flight.\n")
        x.f("Investigations: {C}, {C} (age-adjusted), CTPA - no PE. {C}.\n", "Wells 2",
            "D-dimer 820", "ECG SR 88")
        x.t("Diagnosis: musculoskeletal chest pain, PE excluded.\n")
        x.t("Treatment: simple analgesia advice.\n")
    elif k == 1:
        x.t("Presenting complaint: first seizure, witnessed by partner, approx 2 min, post-ictal "
            "20 min.\n")
        x.f("Investigations: {C}, {C}, CT head normal, ECG normal QTc.\n", "glucose 6.1",
            "Na 139")
        x.t("Diagnosis: first unprovoked seizure.\n")
        x.t("Advice: DVLA - must not drive and must inform DVLA; first seizure clinic referral "
            "made; no bathing alone / heights.\n")
    else:
        x.t("Presenting complaint: dog bite to L hand (own dog), 6 h old.\n")
        x.f("Treatment: washout, loosely closed, {C} 5 days, tetanus up to date.\n",
            "co-amoxiclav 625 mg TDS")
        x.t("Diagnosis: dog bite L hand, no tendon involvement.\n")
    x.f("Medicines supplied: TTO checked by {N} (pharmacist).\n", pharm.f("fl"))
    x.t("Follow-up requested of GP: please review in 1-2 weeks; no routine ED follow-up.\n")
    x.t("If symptoms return within 72 hours please advise the patient to call NHS 24 on 111.\n\n")
    x.f("Dr {N}, Clinical Development Fellow, on behalf of Dr {N}, ED Consultant\n", dr.f("fl"),
        sen.f("fl"))
    x.t("cc: patient (home address above)\n")
    return x.build(x.fhir(pt, [("urn:nhs-scotland:chi", chi)], addr=ad, country="GB"))


def _uk_referral_log(x: _X) -> Note:
    """ED specialty referral telephone log for a shift (England)."""
    pts = [x.pt("UK", lo=19, hi=89, old=0.2) for _ in range(4)]
    nos = [_uk_hosp_no(x) for _ in pts]
    regs = [x.staff("UK") for _ in range(4)]
    ed = [x.staff("UK", inits=True) for _ in range(3)]
    cons = x.staff("UK")
    t = x.now.replace(hour=x.ri(13, 20))
    rows = (("Gen surg", "?appendicitis, CRP 86", "accepted to SAU"),
            ("T&O", "# NOF R, Garden IV", "accepted, ward 22"),
            ("Medicine", "CAP, CURB-65 3", "accepted - AMU when bed"),
            ("Gynae", "PV bleed 9/40, stable", "to EPAU tomorrow 0900"),
            ("Urology", "obstructed infected stone", "wants CT KUB first"),
            ("Cardiology", "NSTEMI, trop 820", "accepted to CCU"))
    picks = x.r.sample(range(len(rows)), 4)
    while any(rows[k][0] == "Gynae" and pts[j].sex == "M" for j, k in enumerate(picks)):
        picks = x.r.sample(range(len(rows)), 4)
    x.f("ED REFERRALS / BED REQUEST LOG - {D} (late shift)\n", fd(t, "d.m.y"))
    x.t("Time | Patient (hosp no) | Specialty | Issue | Spoken to (bleep) | Outcome | By\n")
    for i, (p, no, rg) in enumerate(zip(pts, nos, regs, strict=True)):
        sp, iss, out = rows[picks[i]]
        ti = t + timedelta(minutes=35 * i + x.ri(0, 20))
        x.f(hm(ti, True) + " | {N} ({I}) | " + sp + " | " + iss + " | Dr {N} ({P}) | " + out +
            " | {N}\n", p.f("LF"), no, rg.f("l"), x.dig(4), ed[i % 3].init())
    x.t("\nNotes:\n")
    p0, rg0 = pts[0], regs[0]
    x.f("{N}: first call to Dr {N} " + hm(t, True) + " - asked for repeat bloods; re-bleeped x2 "
        "(no answer " + hm(t + timedelta(minutes=40), True) + ", " +
        hm(t + timedelta(minutes=70), True) + "); escalated to ED consultant Dr {N} who spoke to "
        "the on-call consultant. Accepted " + hm(t + timedelta(minutes=95), True) + ".\n",
        p0.f("l").upper(), rg0.f("l"), cons.f("l"))
    x.f("{N}: 12-hour decision-to-admit breach likely - reported to site team.\n",
        pts[1].f("l").upper())
    return x.build(x.fhir(pts[0], [("urn:trust:hospital-number", nos[0])], country="GB"))


def _uk_major_incident(x: _X) -> Note:
    """Major incident casualty record from a triage card (England)."""
    pt = x.pt("UK", lo=18, hi=80, old=0)
    wife = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.5))
    doc, nurse, loggist = x.staff("UK"), x.staff("UK"), x.staff("UK", inits=True)
    hosp = _uk_hosp_no(x)
    nhs = nhs_number(x.r, spaced=x.pr(0.5))
    ad = x.uk_addr()
    t = x.now.replace(hour=x.ri(7, 21))
    arr = t + timedelta(minutes=x.ri(40, 90))
    ident = arr + timedelta(minutes=x.ri(60, 180))
    mi_no = f"{x.ch(('MI', 'MIC', 'CAS'))}-{x.dig(4, '0123456789')}"
    x.f("*** MAJOR INCIDENT - CASUALTY RECORD ***\nIncident: " +
        x.ch(("tram collision", "building collapse", "coach RTC on motorway",
              "explosion at industrial unit")) + ", MAJOR INCIDENT DECLARED " + hm(t, True) +
        " {D}\n", fd(t, "dmy"))
    x.f("Casualty no (triage label): {I}    Triage sieve at scene: " +
        x.ch(("P1 (RED)", "P2 (YELLOW)", "P2 (YELLOW)", "P3 (GREEN)")) + "    ED re-triage: " +
        x.ch(("P1", "P2")) + "\n", mi_no)
    x.t("Arrived " + hm(arr, True) + " by ambulance; identity unknown on arrival (label only).\n")
    x.f("Identified " + hm(ident, True) + " as {N}, DOB {D}, address {A}, {A} {Z} - "
        "records merged, hospital no {I}, NHS {I}\n", pt.f("LF"), fd(pt.dob, "dmy"), ad.line,
        ad.town, ad.pc, hosp, nhs)
    x.f("\nInjuries: {C}\nObs: {C}  {C}  {C}  {C}\n",
        x.ch(("flash burns face/hands approx 4% TBSA, ?inhalation", "open # R tib/fib, scalp lac",
              "blast lung ?, TM rupture bilat", "crush injury L forearm, ?compartment")),
        f"RR {x.ri(14, 30)}", f"HR {x.ri(80, 130)}", f"BP {x.ri(90, 150)}/{x.ri(50, 90)}",
        f"GCS {x.ri(13, 15)}")
    x.f("Rx: {C}, {C}, {C}\n", "morphine 5 mg IV", "cefazolin 2 g IV", "tetanus booster")
    x.f("Disposal: " + x.ch(("theatre (CEPOD)", "burns unit transfer", "ward 31", "ITU")) +
        " " + hm(ident + timedelta(minutes=30), True) + ", accompanied by {N} RN\n",
        nurse.f("fl"))
    x.f("Treating clinician: Dr {N}\n", doc.f("fl"))
    x.f("\nPolice Casualty Bureau notified " + hm(ident + timedelta(minutes=10), True) +
        " (bureau ref {I}). Next of kin {N} at the Survivor Reception Centre, tel {P}.\n",
        f"CB{x.dig(5, '0123456789')}", wife.f("fl"), x.uk_mob())
    x.f("Documentation officer: {N}\n", loggist.init())
    return x.build(x.fhir(pt, [("https://fhir.nhs.uk/Id/nhs-number", nhs.replace(" ", "")),
                               ("urn:trust:hospital-number", hosp)], addr=ad, country="GB"))


# =============================================================================================
# United States
# =============================================================================================


_US_STATE = {"OH": "Ohio", "KY": "Kentucky", "TN": "Tennessee", "AZ": "Arizona",
             "CA": "California", "WA": "Washington", "NE": "Nebraska", "KS": "Kansas",
             "OK": "Oklahoma", "TX": "North Texas", "NM": "New Mexico", "WI": "Wisconsin",
             "MI": "Michigan", "NY": "Upstate New York", "VA": "Virginia", "NC": "Carolinas",
             "GA": "Georgia", "LA": "Louisiana", "CO": "Rocky Mountain"}


def _us_mrn(x: _X) -> str:
    return x.ch((x.dig(8), f"E{x.dig(7, '0123456789')}", x.dig(7), f"MR{x.dig(7, '0123456789')}",
                 f"{x.dig(3)}-{x.dig(3, '0123456789')}-{x.dig(3, '0123456789')}"))


def _us_ems_pcr(x: _X) -> Note:
    """EMS patient care report (NEMSIS-style) for a COPD exacerbation or fall."""
    pt = x.pt("US", lo=62, hi=89, old=0.35, mid=True)
    sp = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=True)
    medic, emt, rn, mc = x.staff("US"), x.staff("US"), x.staff("US"), x.staff("US")
    ad, area = x.us_addr()
    mbi = us_mbi(x.r)
    last4 = f"{x.ri(1, 9999):04d}"
    t = x.now
    x.f(x.ch(("Metro Fire Rescue", "County EMS", "Regional EMS Authority", "Fire Department EMS Division")) +
        " - Patient Care Report\nPCR #: {I}   Incident #: {I}   Unit: Medic " +
        str(x.ri(2, 41)) + "   Shift: " + x.ch("ABC") + "\n",
        f"{t.year}-{x.dig(6, '0123456789')}", f"{t.strftime('%y')}{x.dig(6, '0123456789')}")
    tt = [t + timedelta(minutes=m) for m in (0, 1, 8, 10, 27, 44)]
    x.f("Dispatched {D} " + hm(tt[0], True) + " | Enroute " + hm(tt[1], True) + " | On scene " +
        hm(tt[2], True) + " | Pt contact " + hm(tt[3], True) + " | Transport " +
        hm(tt[4], True) + " | At dest " + hm(tt[5], True) + "\n", fd(t, "mdy"))
    x.f("Nature: Breathing problem (P1)   Scene: residence - {A}, {A}, " + ad.state + " {Z}\n\n",
        ad.line, ad.town, ad.pc)
    x.f("PATIENT: {N}   DOB: {D}   Age: {G} Yrs   Sex: " + ("Male" if pt.sex == "M" else "Female") +
        "   Wt (est): {C}\n", pt.f("LFM"), fd(pt.dob, "mdy"), pt.age, f"{x.ri(52, 110)} kg")
    x.f("Insurance (from face sheet at dest): Medicare MBI {I}   SSN (last 4): {S}\n", mbi, last4)
    x.f("Home phone: {P}\n\n", x.us_ph(area))
    x.t("CC: SOB x 2 days, worse tonight.\n")
    x.f("NARRATIVE: Medic dispatched to above address for difficulty breathing. On arrival pt "
        "found sitting tripod on edge of bed, speaking 2-3 word sentences. " +
        ("Wife" if sp.sex == "F" else "Husband") + " {N} states pt has had a cough with yellow "
        "sputum since the weekend and ran out of albuterol yesterday. Pt has home O2 {C} PRN, not "
        "using. Hx COPD, CHF, HTN, DM2. Meds per list from " + ("wife" if sp.sex == "F" else
                                                                "husband") +
        ". NKDA. Lung sounds diminished w/ exp wheezes bilat, no JVD, trace pedal edema. ",
        sp.f("f"), "2 L NC")
    x.f("{C} applied, {C} neb x2, IV 20g L AC, {C} IV. Pt improved, speaking full sentences "
        "on arrival at dest. Pt's " + ("wife" if sp.sex == "F" else "husband") +
        " following in POV.\n\n", "CPAP 5 cmH2O", "albuterol/ipratropium 2.5/0.5 mg",
        "methylprednisolone 125 mg")
    x.t("VITALS\nTime   BP       HR   RR  SpO2          EtCO2  GCS  BGL\n")
    for k, m in enumerate((11, 20, 36)):
        tk = t + timedelta(minutes=m)
        x.f(hm(tk, True) + "  {C}  {C}  {C}  {C}  {C}  {C}  {C}\n",
            f"{x.ri(150, 190) - 10 * k}/{x.ri(80, 104)}", x.ri(104, 126) - 6 * k,
            x.ri(28, 34) - 4 * k, f"{x.ri(82, 87) + 4 * k}% {'RA' if k == 0 else 'CPAP'}",
            x.ri(48, 58) - 3 * k, 15, x.ri(140, 260))
    x.f("\nOLMC: Dr. {N} contacted " + hm(tt[4] - timedelta(minutes=6), True) +
        " for CPAP >10 min transport - approved.\n", mc.f("l"))
    x.f("Transfer of care: " + hm(tt[5] + timedelta(minutes=4), True) + " to {N}, RN "
        "(verbal + written report). Receiving signature on tablet: {N}\n", rn.f("fl"),
        rn.f("low"))
    x.f("Crew: {N}, NRP (lead, cert #{I}) / {N}, EMT\n", medic.f("fl"), f"P{x.dig(6, '0123456789')}",
        emt.f("fl"))
    return x.build(x.fhir(pt, [("http://hl7.org/fhir/sid/us-mbi", mbi)], addr=ad, country="US"))


def _us_esi_triage(x: _X) -> Note:
    """ED triage note with ESI level and a positive sepsis screen."""
    pt = x.pt("US", lo=45, hi=89, old=0.25, mid=True)
    dau = x.rel(pt, sex="F", same_last=x.pr(0.4))
    rn, doc, pcp = x.staff("US"), x.staff("US"), x.staff("US")
    mrn, csn = _us_mrn(x), x.dig(10)
    t = x.now
    hisp = pt.grp == "us_hisp"
    x.f("ED TRIAGE NOTE\nArrival {D} " + hm(t, True) + " via " +
        x.ch(("POV", "EMS", "wheelchair from lobby")) + "\n", fd(t, "m/d/y"))
    x.f("{N}   MRN {I}   CSN {I}   DOB {D} ({G} y.o. " + pt.sex + ")\n\n", pt.f("LfM"), mrn, csn,
        fd(pt.dob, "m/d/y"), pt.age)
    x.t("Chief complaint: " + x.ch(("fever, confusion", "dysuria, flank pain, chills",
                                    "cough, fever, weakness")) + "\n")
    x.f("Triage RN: {N}, RN, CEN   Triage start " + hm(t + timedelta(minutes=7), True) + "\n",
        rn.f("fl"))
    x.t("ESI level: 2 (high-risk situation)\n")
    x.f("Vitals: {C}  {C}  {C}  {C}  {C}  {C}\n", f"T {x.ri(1008, 1036) / 10:.1f} F",
        f"HR {x.ri(104, 132)}", f"BP {x.ri(84, 112)}/{x.ri(44, 68)}", f"RR {x.ri(20, 28)}",
        f"SpO2 {x.ri(90, 97)}% RA", f"pain {x.ri(2, 8)}/10")
    x.f("Sepsis screen: POSITIVE (SIRS 3 + suspected infection). Sepsis alert " +
        hm(t + timedelta(minutes=11), True) + ", Dr. {N} notified at bedside; {C} drawn.\n",
        doc.f("l"), "lactate")
    x.t("Allergies: " + x.ch(("sulfa (hives)", "NKDA", "PCN (swelling)")) + "\n")
    x.t("PMH: DM2, CKD 3b, HTN, recurrent UTI\n")
    x.f("PCP: {N}, MD\n", pcp.f("fl"))
    x.f("Accompanied by daughter {N} (cell {P}), requests updates by phone.\n", dau.f("f"),
        x.us_ph())
    if hisp:
        x.f("Language: Spanish - video interpreter ID {I} used for triage.\n", x.dig(6))
    x.t("Fall risk: high (Morse 55) - bed low, alarm on. ASQ suicide screen: negative.\n")
    x.t("To room " + str(x.ri(1, 42)) + ", primary RN aware.\n")
    return x.build(x.fhir(pt, [("urn:mrn", mrn)], country="US"))


def _us_provider_note(x: _X) -> Note:
    """ED provider note for chest pain with a scribe attestation."""
    pt = x.pt("US", lo=38, hi=76, old=0, mid=x.pr(0.5))
    att, res, scribe, fellow = (x.staff("US", mid=True), x.staff("US"), x.staff("US"),
                                x.staff("US"))
    mrn, fin = _us_mrn(x), x.dig(9)
    t = x.now.replace(hour=x.ri(18, 23))
    x.f("EMERGENCY DEPARTMENT PROVIDER NOTE\nPatient: {N} | MRN: {I} | FIN: {I} | DOS: {D}\n",
        pt.f("FL"), mrn, fin, fd(t, "mdy"))
    x.f("Attending: {N}, MD   Resident: {N}, DO (PGY-2)\n", att.f("fmL"), res.f("fl"))
    x.f("\nScribe statement: I, {N}, am scribing for and in the presence of Dr. {N}. " +
        hm(t, True) + "\n\n", scribe.f("fl"), att.f("l"))
    x.f("HPI: {G} y.o. " + ("male" if pt.sex == "M" else "female") + " with h/o HTN, HLD, "
        "tobacco use presents with substernal chest pressure that began at rest around " +
        hm(t - timedelta(hours=3)) + ", 6/10, radiating to the jaw, associated with diaphoresis, "
        "lasting ~40 min, now 2/10. No prior similar episodes. Father had MI in his 50s.\n",
        pt.age)
    x.t("ROS: otherwise negative except as per HPI.\n")
    x.f("Exam: {C} {C} {C} {C}. Well appearing, RRR no murmur, lungs clear, no edema.\n",
        f"BP {x.ri(140, 176)}/{x.ri(82, 100)}", f"HR {x.ri(68, 96)}", "RR 16", "SpO2 98%")
    x.t("\nED COURSE\n")
    x.f(hm(t + timedelta(minutes=12), True) + "  ECG: NSR {C}, no STE, TWI III.\n", "78")
    x.f(hm(t + timedelta(minutes=50), True) + "  {C} (0 h)\n", f"hs-troponin I {x.ri(6, 20)} ng/L")
    x.f(hm(t + timedelta(minutes=170), True) + "  {C} (2 h), delta {C}\n",
        f"hs-troponin I {x.ri(20, 44)} ng/L", f"{x.ri(6, 24)}")
    x.f("HEART score {C}. Given {C} chewed, {C} SL x1 with relief.\n", x.ri(4, 6),
        "aspirin 324 mg", "nitroglycerin 0.4 mg")
    x.f("Discussed with cardiology fellow Dr. {N} (pager {P}) at " +
        hm(t + timedelta(minutes=190), True) + " - agrees with obs, stress echo in AM, "
        "will see.\n", fellow.f("fl"), x.dig(4))
    x.t("\nMDM: chest pain with intermediate-risk HEART score and rising hs-troponin below the "
        "99th percentile - NSTE-ACS not excluded. Heparin not started (delta below threshold "
        "per pathway).\nDisposition: observation, chest pain pathway.\n\n")
    x.f("Attestation: I personally performed the services described in this documentation, as "
        "scribed by {N} in my presence, and it is both accurate and complete. - {N}, MD "
        "{D} " + hm(t + timedelta(minutes=240), True) + "\n", scribe.f("fl"), att.f("fl"),
        fd(t + timedelta(minutes=240), "m/d/yy"))
    return x.build(x.fhir(pt, [("urn:mrn", mrn)], country="US"))


def _us_poison_call(x: _X) -> Note:
    """Regional poison center case record for a toddler's unintentional ingestion."""
    kid = x.pt("US", lo=1, hi=4, old=0)
    mum = x.rel(kid, sex="F", same_last=x.pr(0.7))
    gran = x.rel(kid, sex="F", same_last=False)
    spi, tox, charge, edoc = x.staff("US"), x.staff("US"), x.staff("US"), x.staff("US")
    ad, area = x.us_addr()
    t = x.now.replace(hour=x.ri(16, 21))
    case = f"{t.year % 100}-{x.dig(6, '0123456789')}"
    wt = round(kid.age * 2.2 + 8.5 + x.ri(-10, 10) / 10, 1)
    drug, per_tab = x.ch((("amlodipine 10 mg", 10), ("clonidine 0.1 mg", 0.1),
                          ("glipizide 10 mg", 10), ("metoprolol succinate 50 mg", 50)))
    n_tab = x.ri(1, 3)
    x.f(_US_STATE.get(ad.state, "Regional") +
        " Poison Center - Case Record\nCase #: {I}   Call {D} " + hm(t, True) +
        "   Call type: exposure\n", case, fd(t, "mdy2"))
    x.f("Caller: mother, {N}   Callback: {P}   Site: own residence   Caller ZIP: {Z} ({A})\n",
        mum.f("fl"), x.us_ph(area), ad.pc, ad.town)
    x.f("Patient: {N}   Age: " + f"{kid.age} y {x.ri(0, 11)} m" + "   Wt: {C}   Sex: " + kid.sex +
        "\n", kid.f("fl"), f"{wt} kg")
    x.f("Substance: grandmother's ({N}) {C} tablets, pill organizer found open; up to {C} "
        "missing. Time of exposure approx " + hm(t - timedelta(minutes=35), True) + ".\n",
        gran.f("f"), drug, f"{n_tab} tab")
    x.f("Max dose: {C}. Assessment: potentially toxic.\n", f"{n_tab * per_tab / wt:.2f} mg/kg")
    hosp = x.ch(("Nationwide Children's", "Le Bonheur", "Banner Children's", "Valley Children's",
                 "Levine Children's", "OU Children's"))
    x.f("Recommendation: referred to HCF - " + hosp + " ED, 24 h obs advised. Called ahead, "
        "spoke with charge RN {N} (ext {P}).\n", charge.f("fl"), x.dig(4))
    x.t("\nFOLLOW-UP\n")
    for k, (mins, txt) in enumerate(((45, "at HCF, HR 118, BP 94/56, glucose 104, alert"),
                                     (240, "HR 110, BP 88/50 - advised IV fluid bolus 20 mL/kg"),
                                     (780, "admitted PICU overnight, no pressors"))):
        tk = t + timedelta(minutes=mins)
        x.f("{D} " + hm(tk, True) + "  " + txt + (" - Dr. {N}" if k == 1 else "")
            + "\n", *([fd(tk, "m/d")] + ([edoc.f("l")] if k == 1 else [])))
    x.t("Outcome: minor effect. Case closed after 24 h.\n")
    x.f("\nSPI: {N}, RN, CSPI   Toxicologist on call: Dr. {N} ({P})\n", spi.f("fl"),
        tox.f("fl"), x.us_ph())
    return x.build(x.fhir(kid, [("urn:poison-center:case", case)], addr=ad, country="US"))


def _us_psych_hold(x: _X) -> Note:
    """Psychiatric emergency evaluation on a WIC 5150 hold (California)."""
    pt = x.pt("US", lo=19, hi=58, old=0, mid=True)
    rm = x.person(_REG_PT["US"])
    sis = x.rel(pt, sex="F", same_last=x.pr(0.5))
    off, np_, psy, lcsw = x.person(_REG_PT["US"]), x.staff("US"), x.staff("US"), x.staff("US")
    mrn = _us_mrn(x)
    cin = f"9{x.dig(7, '0123456789')}{x.ch('ABCDEFGH')}"
    city = x.ch(("Oakland", "Fresno", "Sacramento", "Bakersfield", "Stockton", "Modesto"))
    other_city = x.ch(("San Diego", "Reno", "Portland", "Riverside", "Eureka"))
    t = x.now.replace(hour=x.ri(1, 6))
    hold = t - timedelta(minutes=x.ri(60, 180))
    x.t("PSYCHIATRIC EMERGENCY SERVICES - INITIAL EVALUATION\n")
    x.f("Pt: {N}   MRN {I}   DOB {D}   Medi-Cal CIN {I}\n", pt.f("fmL"), mrn,
        fd(pt.dob, "mdy"), cin)
    x.f("Legal: WIC 5150 (DTS, GD) written by Officer {N} #{I} (" + city + " PD) {D} " +
        hm(hold) + "; hold expires {D} " + hm(hold) + ".\n", off.f("l"), x.dig(4),
        fd(hold, "mdy"), fd(hold + timedelta(hours=72), "mdy"))
    x.f("Evaluated {D} " + hm(t + timedelta(minutes=40)) + " by {N}, PMHNP-BC, with attending "
        "Dr. {N}.\n\n", fd(t, "m/d/yy"), np_.f("fl"), psy.f("l"))
    x.f("HPI: {G} y.o. with h/o schizoaffective d/o, bipolar type, BIBP after roommate called 911 "
        "reporting pt had not slept x4 nights, was throwing belongings from the balcony, and "
        "said \"the voices want me to finish it\". Off paliperidone palmitate since ~3 mo (missed "
        "injections). Uses methamphetamine intermittently.\n", pt.age)
    x.f("Collateral: roommate {N} ({P}) - confirms above, no weapons at home. Sister {N} in " +
        other_city + " ({P}) - pt similar prior to 2023 admission, no known suicide attempts.\n",
        rm.f("fl"), x.us_ph(), sis.f("f"), x.us_ph())
    x.t("MSE: disheveled, psychomotor agitation, pressured speech, mood \"amazing\", affect "
        "labile, thought process tangential, +AH command, +grandiose delusions, denies "
        "current SI/HI when asked directly, insight and judgment poor.\n")
    x.f("Labs: {C}, {C}, {C}.\n", "UDS +amphetamines", "BAL 0.00", "TSH 1.8")
    x.f("Meds given: {C} + {C} PO " + hm(t + timedelta(minutes=55)) + " (accepted).\n",
        "olanzapine 10 mg", "lorazepam 2 mg")
    x.t("\nAssessment: acute mania with psychotic features in the setting of nonadherence and "
        "stimulant use; meets criteria for danger to self and grave disability.\n")
    x.f("Plan: continue 5150; bed search for LPS-designated facility; rights advisement given by "
        "{N}, LCSW at " + hm(t + timedelta(minutes=90)) + ". Sister to be updated (pt consented).\n",
        lcsw.f("fl"))
    return x.build(x.fhir(pt, [("urn:mrn", mrn), ("urn:medi-cal:cin", cin)], country="US"))


def _us_return72(x: _X) -> Note:
    """72-hour return quality review triggered by a bounce-back admission and a complaint."""
    pt = x.pt("US", lo=60, hi=89, old=0.5)
    rev, att1, app, att2 = x.staff("US"), x.staff("US"), x.staff("US"), x.staff("US")
    son = x.rel(pt, sex="M")
    mrn = _us_mrn(x)
    t1 = x.now - timedelta(days=x.ri(20, 60))
    t2 = t1 + timedelta(hours=x.ri(30, 66))
    rv = x.now
    x.f("ED 72-HOUR RETURN - QUALITY REVIEW (peer review privileged and confidential)\n"
        "Review #: {I}   Reviewer: {N}, MD (ED Quality Committee)   Completed: {D}\n\n",
        f"QR-{rv.year}-{x.dig(4, '0123456789')}", rev.f("fl"), fd(rv, "Md,y"))
    x.f("Patient: {N}   MRN {I}   Age {G}\n", pt.f("LF_"), mrn, pt.age)
    x.f("Index visit: {D} " + hm(t1, True) + "-" + hm(t1 + timedelta(hours=5), True) +
        "; attending Dr. {N}, APP {N}, PA-C. Dx: constipation. Discharged home.\n",
        fd(t1, "m/d/y"), att1.f("l"), app.f("fl"))
    x.f("Return visit: {D} " + hm(t2, True) + " via EMS; attending Dr. {N}. Dx: " +
        x.ch(("perforated appendicitis", "small bowel obstruction (closed loop)",
              "ischemic colitis", "urosepsis with obstructing stone")) + "; admitted to " +
        x.ch(("surgery", "SICU", "medicine")) + ".\n", fd(t2, "m/d/y"), att2.f("l"))
    x.f("Trigger: 72-h return with admission. Also: complaint from son {N} to Patient Relations "
        "on {D} (#{I}) about a 9-hour wait in the lobby at the index visit and being told "
        "\"it's just constipation\".\n\n", son.f("fl"), fd(t2 + timedelta(days=2), "m/d"),
        f"PR{x.dig(6, '0123456789')}")
    x.t("INDEX VISIT TIMELINE\n")
    x.f("  arrival " + hm(t1 - timedelta(hours=9), True) + " -> ESI 3 -> roomed " + hm(t1, True) +
        " (lobby wait {C})\n", "9 h 05 min")
    x.f("  {C}; {C}; {C}; UA neg; KUB \"moderate stool burden\"; no CT\n", "WBC 13.8",
        "lipase 22", "lactate 1.4")
    x.t("  re-exam documented? no   return precautions given? yes (generic)\n\n")
    x.t("FINDINGS\n- Leukocytosis and age not addressed in MDM.\n- Abdominal CT would have been "
        "reasonable in an older adult with pain and leukocytosis.\n- Department in surge (42 "
        "boarders), pod staffed by 1 APP.\n")
    x.t("Determination: opportunity for improvement - provider and system.\n")
    x.f("Actions: feedback to {N} and Dr. {N} (completed); case for M&M; reply to complainant "
        "by Patient Relations.\n", app.f("f"), att1.f("l"))
    x.f("Chart access for this review logged from {IP}.\n", x.ip(True))
    return x.build(x.fhir(pt, [("urn:mrn", mrn)], country="US"))


def _us_emtala(x: _X) -> Note:
    """EMTALA physician certification and consent for interfacility transfer."""
    pt = x.pt("US", lo=44, hi=84, old=0)
    sp = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.7))
    md, acc, rn_recv, rn_send = x.staff("US"), x.staff("US"), x.staff("US"), x.staff("US")
    mrn = _us_mrn(x)
    fac, _area = x.us_addr()
    t = x.now
    acc_t = t + timedelta(minutes=x.ri(20, 70))
    dx, why, acc_svc, bed = x.ch((
        ("acute type A aortic dissection", "cardiothoracic surgery", "CT surgery", "CVICU 12"),
        ("STEMI, cath lab unavailable", "interventional cardiology", "cardiology", "cath lab direct"),
        ("SAH, Hunt-Hess 3", "neurosurgery / neuro-IR", "neurosurgery", "NSICU 4"),
        ("necrotizing fasciitis thigh", "general surgery + burn ICU", "trauma surgery", "TICU 9")))
    hosp = x.ch(("Mercy Regional", "St. Luke's Community", "Valley View", "Memorial"))
    x.f("PHYSICIAN CERTIFICATION AND CONSENT FOR TRANSFER (EMTALA)\nSending: " + hosp +
        " Hospital Emergency Department, {A}, {A}, " + fac.state + " {Z}\n\n", fac.line, fac.town,
        fac.pc)
    x.f("Patient: {N}   DOB {D}   MRN {I}\n", pt.f("Lf"), fd(pt.dob, "mdy"), mrn)
    x.t("Diagnosis: " + dx + "\nCondition: not stabilized - transfer for a higher level of care "
        "(" + why + " not available at this facility).\n")
    x.f("Vitals at certification: {C} {C} {C} {C}\n", f"BP {x.ri(86, 170)}/{x.ri(50, 96)}",
        f"HR {x.ri(58, 122)}", f"SpO2 {x.ri(92, 99)}%", f"GCS {x.ri(13, 15)}")
    recv = x.ch(("University Medical Center", "Regional Medical Center", "Methodist University Hospital"))
    x.f("Accepting facility: " + recv + "   Accepting physician: Dr. {N} (" + acc_svc +
        ")\nAccepted {D} " + hm(acc_t, True) + " via transfer center, ref #{I} (recorded line). "
        "Bed: " + bed + "\n", acc.f("fl"), fd(acc_t, "mdy"), f"TC{x.dig(7, '0123456789')}")
    x.f("Nurse report called to {N}, RN at {P} ext {P} by {N}, RN\n", rn_recv.f("fl"),
        x.us_ph(), x.dig(4), rn_send.f("fl"))
    x.t("Mode: " + x.ch(("ALS critical care ground", "rotor wing", "fixed wing")) +
        ", with RN/paramedic crew; equipment: monitor, 2 pumps, vent if needed.\n")
    x.t("\nRisks: deterioration en route, vehicle accident, delay. Benefits: definitive "
        "specialty care.\n")
    x.f("I certify that the medical benefits reasonably expected from transfer outweigh the "
        "increased risks. - {N}, MD  {D} " + hm(acc_t + timedelta(minutes=12), True) + "\n",
        md.f("fl"), fd(acc_t, "m/d/yy"))
    if x.pr(0.5):
        x.f("Patient consent: I consent to transfer.  Signature: {N}  (typed on tablet)\n",
            pt.f("low"))
    else:
        x.f("Patient unable to sign (intubated / sedated). Consent by " +
            ("wife" if sp.sex == "F" else "husband") + " {N} by phone {P}, witnessed by {N}, RN.\n",
            sp.f("fl"), x.us_ph(), rn_send.f("fl"))
    x.t("Records sent: ED chart, labs, ECGs, imaging on CD + PACS push, MAR.\n")
    return x.build(x.fhir(pt, [("urn:mrn", mrn)], country="US"))


def _us_avs(x: _X) -> Note:
    """ED discharge instructions (after visit summary) with follow-up and a work note."""
    pt = x.pt("US", lo=18, hi=64, old=0)
    md, pa, pcp = x.staff("US"), x.staff("US"), x.staff("US")
    mrn = _us_mrn(x)
    off, area = x.us_addr(apt=False)
    phm, parea = x.us_addr(apt=False, state=off.state)
    t = x.now
    system = x.ch(("OhioHealth", "Baptist Health", "Banner Health", "WakeMed", "Nebraska Medicine",
                   "Sutter Health"))
    dx, meds, fu = x.ch((
        ("Closed fracture of the left fifth metatarsal (Jones fracture)",
         ("ibuprofen 600 mg every 6 hours as needed", "acetaminophen 1,000 mg every 8 hours"),
         "Orthopedics walk-in fracture clinic within 5-7 days"),
        ("Acute bronchitis", ("benzonatate 100 mg three times a day as needed",),
         "your primary care provider in 1 week if not improving"),
        ("Kidney stone (4 mm, right ureter)", ("tamsulosin 0.4 mg daily", "ketorolac 10 mg every 6 hours"),
         "Urology in 1-2 weeks"),
        ("Laceration of the right hand, repaired (5 sutures)", ("cephalexin 500 mg four times a day",),
         "suture removal in 10-14 days at urgent care or your PCP")))
    x.f(system + " Emergency Department - After Visit Summary\n{N}   MRN: {I}   Visit date: {D}\n\n",
        pt.f("fl"), mrn, fd(t, "MMd,y"))
    x.f("Dear {N}, thank you for choosing us. You were seen by {N}, MD and {N}, PA-C.\n\n",
        pt.f("f"), md.f("fl"), pa.f("fl"))
    x.t("Your diagnosis: " + dx + "\n\nMedications - START taking:\n")
    for m in meds:
        x.f("  - {C}\n", m)
    x.t("\nFollow up: " + fu + "\n")
    x.f("Primary care: Dr. {N}, {A}, {A}, " + off.state + " {Z}, {P}\n", pcp.f("fl"),
        off.line + f", Suite {x.ri(100, 450)}",
        off.town, off.pc, x.us_ph(area))
    back = (t + timedelta(days=x.ri(2, 7))).date()
    x.f("\nWork/School note: {N} was seen in our Emergency Department on {D} and may return to "
        "work on {D}" + x.ch((" with no restrictions.", " - no lifting > 10 lb until cleared.")) +
        "\n", pt.f("fl"), fd(t, "m/d/y"), fd(back, "m/d/y"))
    x.f("\nMyChart: activation code {I} (expires {D}). Sign up at {U}\n",
        "-".join(x.dig(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(3)),
        fd(t + timedelta(days=30), "m/d/y"),
        f"https://mychart.{system.lower().replace(' ', '')}.org/MyChart/signup")
    x.f("Prescriptions sent to: Walgreens, {A}, {A}, {P}\n", phm.line, phm.town, x.us_ph(parea))
    x.t("\nReturn to the ED right away for: fever > 101 F, worsening pain, numbness, chest pain, "
        "trouble breathing, or any other concern.\n")
    return x.build(x.fhir(pt, [("urn:mrn", mrn)], country="US"))


def _us_cps(x: _X) -> Note:
    """ED social work note: suspected child abuse report to CPS and law enforcement."""
    kid = x.pt("US", lo=0, hi=3, old=0)
    mum = x.rel(kid, sex="F", same_last=x.pr(0.5), mid=True)
    x.set_age(mum, x.ri(19, 36))
    dad = x.rel(kid, sex="M", same_last=True)
    sw, cap, det, intake = x.staff("US"), x.staff("US"), x.person(_REG_PT["US"]), x.staff("US")
    mrn = _us_mrn(x)
    ad, area = x.us_addr()
    t = x.now.replace(hour=x.ri(10, 22))
    age_txt = f"{x.ri(2, 11)} months" if kid.age == 0 else f"{kid.age} y"
    x.t("ED SOCIAL WORK NOTE - SUSPECTED CHILD ABUSE / NEGLECT\n")
    x.f("Child: {N}   DOB {D} (" + age_txt + ")   MRN {I}\n", kid.f("Lf"), fd(kid.dob, "m/d/y"), mrn)
    x.f("Caregivers: mother {N} (DOB {D}), father {N}. Address: {A}, {A}, " + ad.state +
        " {Z}. Phone {P}.\n\n", mum.f("fmL"), fd(mum.dob, "m/d/y"),
        dad.f("fl"), ad.line, ad.town, ad.pc, x.us_ph(area))
    x.t("Reason for consult: " + (x.ch((
        "infant with R femur spiral fracture, history of \"leg caught in crib slats\"",
        "bruising to ears, neck and torso (TEN-4-FACESp positive) in a non-ambulatory infant"))
        if kid.age == 0 else x.ch((
            "toddler with immersion-pattern scald to both feet, delayed presentation 2 days",
            "toddler with bilateral periorbital bruising and a torn frenulum, no history of a fall"))) +
        ".\n")
    x.t("Skeletal survey: " + x.ch(("2 healing posterior rib fractures (L 6-7)", "no additional fractures",
                                    "classic metaphyseal lesion distal L tibia")) +
        ". Head CT: " + x.ch(("negative", "thin L SDH")) + ". LFTs/lipase sent.\n")
    x.f("Child abuse pediatrics: Dr. {N} consulted, saw pt at bedside.\n", cap.f("fl"))
    x.f("\nCPS hotline called {D} " + hm(t, True) + "; intake worker {N} (ID {I}); referral #{I}; "
        "response priority: immediate (2 h).\n", fd(t, "mdy"), intake.f("f"), x.dig(5),
        f"{t.year}-{x.dig(7, '0123456789')}")
    x.f("Law enforcement: Detective {N}, badge {I}, Crimes Against Children unit, case #{I}.\n",
        det.f("l"), x.dig(4), f"{t.year % 100}-{x.dig(6, '0123456789')}")
    x.t("Safety plan: child admitted to pediatrics; parents may visit with staff present pending "
        "CPS assessment; hospital security aware.\n")
    x.f("\n{N}, LCSW   pager {P}\n", sw.f("fl"), x.dig(4))
    return x.build(x.fhir(kid, [("urn:mrn", mrn)], addr=ad, country="US"))


def _us_complex_care(x: _X) -> Note:
    """ED complex care plan for a high utilizer with sickle cell disease."""
    pt = x.pt("US", lo=19, hi=42, old=0, mid=True)
    nk = x.nick(pt)
    mum = x.rel(pt, sex="F", same_last=x.pr(0.6))
    heme, pcp, coord, sw = x.staff("US"), x.staff("US"), x.staff("US"), x.staff("US")
    mrn = _us_mrn(x)
    ssn = us_ssn(x.r)
    t = x.now
    appr = t - timedelta(days=x.ri(10, 60))
    x.t("ED COMPLEX CARE PLAN - Care Management\n")
    x.f("Name: {N}" + (' "{N}"' if nk else "") + "   MRN {I}   DOB {D}\n",
        *([pt.f("LFM")] + ([nk] if nk else []) + [mrn, fd(pt.dob, "mdy")]))
    x.f("ED visits, last 12 mo: {C} here, {C} at other systems (HIE)   Admissions: {C}\n",
        x.ri(22, 48), x.ri(3, 15), x.ri(6, 14))
    x.t("Dx: sickle cell disease (HbSS), chronic pain, avascular necrosis R hip, hx ACS x2, "
        "depression.\n\n")
    x.f("INDIVIDUALIZED PAIN PLAN (approved by hematology {D})\n", fd(appr, "m/d/y"))
    x.f("- Within 60 min of arrival: {C} SQ/IV, may repeat q20 min x2.\n",
        f"hydromorphone {x.ch(('1', '1.5', '2'))} mg")
    x.f("- {C}, avoid NSAIDs (CKD).\n", "IV fluids D5 1/2NS at 125 mL/h")
    x.t("- If fever, chest pain, hypoxia or new neuro sx: treat as ACS / stroke - not a "
        "routine pain visit.\n- No additional opioid prescriptions from the ED (single prescriber: "
        "hematology).\n\n")
    x.t("CARE TEAM\n")
    x.f("  Hematology: Dr. {N} (SCD clinic {P})\n", heme.f("fl"), x.us_ph())
    x.f("  PCP: {N}, NP\n", pcp.f("fl"))
    x.f("  Care coordinator: {N}, RN   {P}   {E}\n", coord.f("fl"), x.us_ph(),
        x.email(coord, x.ch(("ohiohealth.com", "bmhcc.org", "bannerhealth.com", "wakemed.org"))))
    x.f("  Social work: {N}, LMSW - SSI application in process; SSN on file {S}.\n", sw.f("fl"),
        ssn)
    x.f("Patient cell {P}; mother {N} {P} (emergency contact).\n", x.us_ph(), mum.f("f"),
        x.us_ph())
    x.f("PDMP reviewed {D}, report #{I}.\n", fd(t, "m/d/y"), x.dig(9))
    x.f("Plan review due {D}.\n", fd(t + timedelta(days=90), "Md,y"))
    return x.build(x.fhir(pt, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-ssn", ssn)],
                          country="US"))


# =============================================================================================
# Australia
# =============================================================================================


_AU_HOSP = {
    "VIC": ("Northern Hospital Epping", "ed.followup@nh.org.au"),
    "NSW": ("Westmead Hospital", "WSLHD-EDFollowup@health.nsw.gov.au"),
    "QLD": ("Logan Hospital", "ED-Discharge-Liaison@health.qld.gov.au"),
    "SA": ("Lyell McEwin Hospital", "Health.NALHNEDReview@sa.gov.au"),
    "WA": ("Fiona Stanley Hospital", "FSH.EDFollowup@health.wa.gov.au"),
    "TAS": ("Royal Hobart Hospital", "rhh.edfollowup@ths.tas.gov.au"),
    "NT": ("Palmerston Regional Hospital", "ED.Followup.TEHS@nt.gov.au"),
    "ACT": ("Canberra Hospital", "ED.Followup@act.gov.au"),
}


def _medicare_fmt(x: _X, m: str) -> str:
    return x.ch((f"{m[:4]} {m[4:9]} {m[9]}", m, f"{m[:4]} {m[4:9]} {m[9]}"))


def _au_imist(x: _X) -> Note:
    """Ambulance-to-ED handover in IMIST-AMBO format."""
    pt = x.pt("AU", lo=58, hi=89, old=0.3)
    partner = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.7))
    icp, para, tri = x.staff("AU"), x.staff("AU"), x.staff("AU")
    ad, _area = x.au_addr()
    med, irn = au_medicare(x.r)
    t = x.now
    svc = {"VIC": "Ambulance Victoria", "NSW": "NSW Ambulance", "QLD": "Queensland Ambulance Service",
           "SA": "SA Ambulance Service", "WA": "St John WA", "TAS": "Ambulance Tasmania",
           "NT": "St John NT", "ACT": "ACT Ambulance Service"}[ad.state]
    case = x.dig(9) if ad.state != "VIC" else f"{t.strftime('%y%m%d')}{x.dig(4, '0123456789')}"
    arr = t + timedelta(minutes=x.ri(35, 70))
    x.f(svc + " - ED handover (IMIST-AMBO)\nCase no: {I}   {D}   Arrived " + hm(arr) +
        ", handover " + hm(arr + timedelta(minutes=x.ri(5, 40))) + " to triage RN {N}\n",
        case, fd(t, "d/m/y"), tri.f("f"))
    x.f("Crew: {N} (ICP) / {N} (ALS paramedic)\n\n", icp.f("fl"), para.f("fl"))
    x.f("I  {N}, {G}" + ("M" if pt.sex == "M" else "F") + ", DOB {D}, Medicare {I} (" + irn +
        ")\n", pt.f("fLU"), pt.age, fd(pt.dob, "d/m/y"), _medicare_fmt(x, med))
    mi = x.ch((("fall from ladder approx 2 m while cleaning gutters",
                "R wrist deformity, pain R lower ribs, no LOC"),
               ("sudden onset L-sided weakness and slurred speech, LKW " + hm(t - timedelta(minutes=50)),
                "L facial droop, L arm drift, dysarthria - stroke pre-notification made"),
               ("central chest pain at rest, onset 40 min prior", "inferior STE on 12-lead, transmitted")))
    x.t("M  " + mi[0] + "\nI  " + mi[1] + "\n")
    x.f("S  {C} {C} {C} {C} {C} {C} {C}\n", f"HR {x.ri(56, 118)}",
        f"BP {x.ri(100, 190)}/{x.ri(60, 100)}", f"RR {x.ri(14, 26)}", f"SpO2 {x.ri(92, 99)}%",
        f"GCS {x.ri(13, 15)}", f"BGL {x.ri(48, 140) / 10:.1f}", f"pain {x.ri(2, 9)}/10")
    x.f("T  {C}, {C}, IV 18G R ACF\n", "methoxyflurane 3 mL", "fentanyl 50 mcg IN")
    x.t("A  " + x.ch(("NKDA", "penicillin (rash)", "sulfur drugs")) + "\n")
    x.f("M  {C}, {C}, Webster pack (list with pt)\n", "apixaban 5 mg BD", "metoprolol 47.5 mg")
    x.t("B  AF, T2DM, HTN, prev TIA. Independent, drives.\n")
    x.f("O  Lives with partner {N} at {A}, {A} " + ad.state + " {Z}. Partner following by car, "
        "mob {P}. Dog locked inside - partner aware.\n", partner.f("f"), ad.line, ad.town, ad.pc,
        x.au_mob())
    return x.build(x.fhir(pt, [("http://ns.electronichealth.net.au/id/medicare-number", med)],
                          addr=ad, country="AU"))


def _au_ats_triage(x: _X) -> Note:
    """ED triage with the Australasian Triage Scale, interpreter and NOK."""
    pt = x.pt("AU", lo=30, hi=89, old=0.2)
    nok = x.rel(pt, sex=x.ch("MF"), same_last=x.pr(0.6))
    rn, gp, interp = x.staff("AU"), x.staff("AU"), x.person(_REG_PT["AU"])
    ur = x.dig(7, "123456789")
    ihi = au_ihi(x.r)
    med, irn = au_medicare(x.r)
    ad, _area = x.au_addr()
    t = x.now.replace(hour=x.ri(0, 23))
    cat, why = x.ch(((2, "chest pain ?ACS"), (3, "abdominal pain, vomiting, HR 110"),
                     (3, "SOB, SpO2 93% RA"), (4, "laceration L forearm, bleeding controlled")))
    x.f("EMERGENCY DEPARTMENT - TRIAGE\n{D} " + hm(t) + "   Triage nurse: {N}, RN\n", fd(t, "dmy"),
        rn.f("fl"))
    x.f("UR {I}   {N}   DOB {D}   IHI {I}\nMedicare {I} / IRN " + irn + "\n", ur, pt.f("LF"),
        fd(pt.dob, "dmy"), f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}", _medicare_fmt(x, med))
    x.t("Arrival: " + x.ch(("self-presented", "ambulance", "brought by family")) +
        "\nATS category " + str(cat) + " - " + why + "\n")
    x.f("Obs: {C} {C} {C} {C} {C} {C}\n", f"HR {x.ri(64, 118)}", f"BP {x.ri(98, 170)}/{x.ri(56, 96)}",
        f"RR {x.ri(14, 26)}", f"SpO2 {x.ri(92, 99)}% RA", f"T {x.ri(362, 389) / 10:.1f}",
        f"pain {x.ri(2, 9)}/10")
    if pt.grp in ("greek", "ital", "leb", "viet_au"):
        lang = {"greek": "Greek", "ital": "Italian", "leb": "Arabic", "viet_au": "Vietnamese"}[pt.grp]
        x.f("Interpreter: " + lang + " - phone interpreter {N} via TIS, ID {I}\n", interp.f("f"),
            x.dig(6))
    else:
        x.t("Interpreter: not required\n")
    x.f("NOK: {N} (" + ("partner" if nok.sex != pt.sex else "sibling") + ") mob {P}\n",
        nok.f("fl"), x.au_mob())
    x.f("Address: {A}, {A} " + ad.state + " {Z}\nGP: Dr {N}, " +
        x.ch(("Family Medical Centre", "Bulk Billing Clinic", "Medical & Dental Centre")) + "\n",
        ad.line, ad.town, ad.pc, gp.f("i L"))
    x.t("Allocated: " + x.ch(("Acute 14", "Fast track 3", "Resus 2", "Waiting room - re-triage at 30 min")) +
        "\n")
    return x.build(x.fhir(pt, [("urn:au:ur", ur), ("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi)],
                          addr=ad, country="AU"))


def _au_ed_discharge(x: _X) -> Note:
    """ED discharge summary to the GP (EMR-generated)."""
    pt = x.pt("AU", lo=18, hi=89, old=0.15)
    gp, reg, cons = x.staff("AU"), x.staff("AU"), x.staff("AU")
    ur = x.dig(7, "123456789")
    med, irn = au_medicare(x.r)
    ad, _area = x.au_addr()
    pr, parea = x.au_addr(state=ad.state)
    t = x.now
    hosp, fu_mail = _AU_HOSP[ad.state]
    x.f(hosp + " - Emergency Department Discharge Summary\n\nTo: Dr {N}\n" +
        x.ch(("Westside Medical Centre", "Ochre Health Clinic", "Suburban Family Practice")) +
        "\n{A}\n{A} " + pr.state + " {Z}\nFax {P}\n\n", gp.f("iL"), pr.line, pr.town, pr.pc,
        x.au_land(parea))
    x.f("Patient: {N}   UR {I}   DOB {D}   Medicare {I}-" + irn + "\n", pt.f("fLU"), ur,
        fd(pt.dob, "dmy"), med)
    x.f("Address: {A}, {A} " + ad.state + " {Z}\n", ad.line, ad.town, ad.pc)
    arr = t.replace(hour=x.ri(8, 20))
    x.f("Presented: {D} " + hm(arr) + "   Departed: " +
        hm(arr + timedelta(minutes=x.ri(160, 460))) + "   Mode of separation: home\n\n",
        fd(arr, "dMy"))
    k = x.ri(0, 2)
    if k == 0:
        x.t("Diagnosis: renal colic (5 mm R VUJ calculus on CT KUB)\n")
        x.f("Management: {C} PR, {C} IV. Pain settled.\nMedications: {C} for 14 days.\n",
            "diclofenac 100 mg", "ondansetron 4 mg", "tamsulosin 400 mcg nocte")
        x.t("GP actions: please repeat KUB XR in 2 weeks; refer to urology if not passed in 4 weeks "
            "or earlier if fever.\n")
    elif k == 1:
        x.t("Diagnosis: cellulitis L lower leg, not requiring admission\n")
        x.f("Management: {C} IV in ED; {C} for 5 days. Leg marked.\n", "cefazolin 2 g",
            "cephalexin 500 mg QID")
        x.t("GP actions: review in 48 h; HITH not required.\n")
    else:
        x.t("Diagnosis: concussion after fall from push-bike, CT brain normal\n")
        x.t("Management: observed 4 h, GCS 15 throughout.\n")
        x.t("GP actions: review in 1 week; graduated return to work and sport per handout.\n")
    x.f("Patient information: {U}\n", (
        "https://www.healthdirect.gov.au/kidney-stones", "https://www.healthdirect.gov.au/cellulitis",
        x.ch(("https://www.healthdirect.gov.au/concussion",
              "https://www.betterhealth.vic.gov.au/health/conditionsandtreatments/concussion")))[k])
    x.f("\nCompleted by Dr {N} (ED Registrar), consultant Dr {N}. ED follow-up nurse: {E}\n",
        reg.f("fl"), cons.f("l"), fu_mail)
    return x.build(x.fhir(pt, [("urn:au:ur", ur),
                               ("http://ns.electronichealth.net.au/id/medicare-number", med)],
                          addr=ad, country="AU"))


def _au_pic_call(x: _X) -> Note:
    """Poisons Information Centre call from a rural ED about an adolescent overdose."""
    pt = x.pt("AU", lo=14, hi=17, old=0)
    doc, tox, spi = x.staff("AU"), x.staff("AU"), x.staff("AU")
    ur = x.dig(6, "123456789")
    t = x.now.replace(hour=x.ri(19, 23))
    hosp = x.ch(("Dubbo Base Hospital", "Broken Hill Hospital", "Moree Hospital", "Griffith Base Hospital",
                 "Bega Hospital", "Tamworth Rural Referral Hospital"))
    ref = f"{t.strftime('%y')}{x.dig(6, '0123456789')}"
    ingest = t - timedelta(minutes=x.ri(90, 240))
    x.f("NSW Poisons Information Centre - Call Record   Ref: {I}\n", ref)
    x.f("Date: {D}   Time: " + hm(t) + "   Caller: health professional\n", fd(t, "d/m/y"))
    x.f("Caller: Dr {N} (CMO), " + hosp + " ED, ph {P}\n", doc.f("fl"), x.au_land("02"))
    x.f("Patient: {N}, {G} " + pt.sex + ", DOB {D}, UR {I} (caller's hospital), wt {C}\n",
        pt.f("fl"), pt.age, fd(pt.dob, "dmy"), ur, f"{x.ri(45, 80)} kg")
    drug = x.ch((("quetiapine XR 300 mg", "approx 20 tabs (6 g)", "sedation, tachycardia, hypotension"),
                 ("sertraline 100 mg", "28 tabs (2.8 g)", "serotonin toxicity, seizures"),
                 ("paracetamol 500 mg", "40 tabs (20 g)", "hepatotoxicity - treat with NAC"),
                 ("promethazine 25 mg", "30 tabs (750 mg)", "anticholinergic delirium")))
    x.t(f"Exposure: deliberate self-poisoning - {drug[0]}, {drug[1]}, ingested approx " +
        hm(ingest) + ". Co-ingestants: alcohol ?nil.\n")
    x.f("Current: {C} {C} {C} {C}\n", f"GCS {x.ri(9, 15)}", f"HR {x.ri(96, 140)}",
        f"BP {x.ri(86, 124)}/{x.ri(40, 74)}", f"QTc {x.ri(420, 500)} ms")
    x.t(f"Risk assessment: significant ingestion - expect {drug[2]}.\n")
    x.f("Advice: supportive care; no activated charcoal (GCS / airway); serial ECGs; {C} "
        "(co-ingestion screen), NAC if above the nomogram line; observe minimum " +
        ("12 h post XR ingestion" if drug[0].startswith("quetiapine") else "6-12 h") + ".\n",
        "4-h paracetamol level")
    x.f("Discussed with clinical toxicologist on call Dr {N} (mob {P}) who suggests early "
        "retrieval if GCS falls - NETS / aeromedical notified by caller.\n", tox.f("fl"), x.au_mob())
    x.f("Callback: " + hm(t + timedelta(minutes=x.ri(90, 180))) + " - caller reports {C}, stable.\n",
        f"GCS {x.ri(10, 15)}")
    x.f("SPI: {N}\n", spi.f("fl"))
    return x.build(x.fhir(pt, [("urn:au:ur", ur)], country="AU"))


def _au_schedule1(x: _X) -> Note:
    """NSW Mental Health Act Schedule 1 certificate completed in ED."""
    pt = x.pt("AU", lo=18, hi=54, old=0)
    mum = x.rel(pt, sex="F", same_last=x.pr(0.6))
    doc, cop, pacer = x.staff("AU"), x.person(_REG_PT["AU"]), x.staff("AU")
    mrn = x.dig(8, "123456789")
    ad, _area = x.au_addr(state="NSW")
    t = x.now.replace(hour=x.ri(20, 23))
    hosp = x.ch(("Nepean Hospital", "Liverpool Hospital", "Westmead Hospital", "St George Hospital",
                 "Concord Repatriation General Hospital"))
    x.t("MENTAL HEALTH ACT 2007 (NSW) - SCHEDULE 1\nMedical certificate as to examination or "
        "observation of person (s19)\n\n")
    x.f("Person: {N}   DOB {D}   MRN {I}\nAddress: {A}, {A} NSW {Z}\n", pt.f("fl"),
        fd(pt.dob, "dmy"), mrn, ad.line, ad.town, ad.pc)
    x.f("I, Dr {N}, a medical practitioner, examined the above person at " + hosp +
        " Emergency Department on {D} at " + hm(t) + ".\n", doc.f("fl"), fd(t, "thMMy"))
    x.f("Brought by NSW Police under s22: Senior Constable {N} (reg {I}), event {I}. PACER "
        "clinician {N} attended.\n", cop.f("l"), x.dig(5), f"E{x.dig(9, '0123456789')}",
        pacer.f("f"))
    x.t("\nI am of the opinion that the person is a mentally ill person.\n")
    x.t("Observations: pacing, hostile, shouting that neighbours are poisoning the water, "
        "barricaded in unit for 3 days, not eating, threatened neighbour with a hammer. Thought "
        "disorder, persecutory delusions, no insight.\n")
    x.f("Information from others: mother {N} ({P}) - stopped risperidone after moving out in "
        "{D}; similar episode requiring admission two years ago.\n", mum.f("fl"), x.au_mob(),
        fd(t - timedelta(days=x.ri(40, 120)), "dM"))
    x.t("Least restrictive: voluntary admission offered and refused; community care not "
        "adequate given risk to others.\n")
    x.f("Sedation: {C} + {C} PO accepted " + hm(t + timedelta(minutes=25)) + ".\n",
        "olanzapine 10 mg", "diazepam 10 mg")
    x.f("\nSigned: Dr {N}, ED registrar   Date/time: {D} " + hm(t + timedelta(minutes=50)) + "\n",
        doc.f("iL"), fd(t, "dmy"))
    return x.build(x.fhir(pt, [("urn:au:mrn", mrn)], addr=ad, country="AU"))


def _au_racf_transfer(x: _X) -> Note:
    """Residential aged care facility transfer-to-hospital form."""
    pt = x.pt("AU", lo=78, hi=89, old=0.7, sex=x.ch("FFM"))
    dau = x.rel(pt, sex="F", same_last=x.pr(0.3))
    rn, gp = x.staff("AU"), x.staff("AU")
    med, irn = au_medicare(x.r)
    dva = f"{x.ch(('N', 'V', 'Q', 'W', 'S'))}{x.ch(('X', ''))}{x.dig(6, '0123456789')}"
    fac, area = x.au_addr()
    t = x.now.replace(hour=x.ri(5, 8))
    acd = t - timedelta(days=x.ri(200, 1400))
    home = x.ch(("Bupa", "Regis", "Uniting", "Arcare", "Estia Health", "Opal"))
    x.f("TRANSFER TO HOSPITAL FORM - Residential Aged Care\nFacility: " + home + " " +
        x.ch(("Gardens", "Lakeside", "Parkview", "on the Bay")) +
        ", {A}, {A} " + fac.state + " {Z}   Ph {P}\n\n", fac.line, fac.town, fac.pc,
        x.au_land(area))
    title = "Mrs" if pt.sex == "F" else "Mr"
    x.f("Resident: " + title + " {N} ({N})   DOB {D}   Age {G}\nMedicare {I} ref " + irn +
        "   DVA Gold Card {I}\n", pt.f("i L"), pt.f("LF"), fd(pt.dob, "dmy"), pt.age, med, dva)
    x.f("Date/time of transfer: {D} " + hm(t) + "  via ambulance\n", fd(t, "dmy"))
    x.t("Reason: " + x.ch(("unwitnessed fall, found on floor, ?hip # - R leg shortened",
                          "reduced conscious state, febrile, ?sepsis", "vomiting coffee grounds x2",
                          "new confusion and SOB, SpO2 86% RA")) + "\n")
    x.f("Last obs: {C} {C} {C} {C} {C} {C}\n", f"BP {x.ri(86, 160)}/{x.ri(40, 90)}",
        f"HR {x.ri(60, 124)}", f"RR {x.ri(16, 30)}", f"SpO2 {x.ri(85, 97)}%",
        f"T {x.ri(360, 392) / 10:.1f}", f"BGL {x.ri(48, 160) / 10:.1f}")
    x.t("Usual function: walks with 4WW + 1 assist, mild dementia, oriented to person, "
        "soft diet, continent with prompting.\n")
    x.f("Advance care directive: yes, dated {D} - not for CPR, for ward-based treatment; copy "
        "attached.\n", fd(acd, "d/m/y"))
    x.f("EPOA / substitute decision-maker: daughter {N} - mob {P} - informed " +
        hm(t - timedelta(minutes=10)) + ", meeting at ED.\n", dau.f("fl"), x.au_mob())
    x.f("GP: Dr {N} ({P}) - not contactable overnight; locum service notified.\n",
        gp.f("fl"), x.au_land(area))
    x.f("Medication chart + Webster pack sent. Last {C} given " + hm(t - timedelta(hours=2)) + ".\n",
        "paracetamol 1 g")
    x.f("RN in charge: {N} - direct line {P}\n", rn.f("fl"), x.au_land(area))
    return x.build(x.fhir(pt, [("http://ns.electronichealth.net.au/id/medicare-number", med),
                               ("urn:au:dva", dva)], country="AU"))


# =============================================================================================
# Canada
# =============================================================================================


def _ca_mrn(x: _X) -> str:
    return x.ch((x.dig(7), f"M{x.dig(7, '0123456789')}", x.dig(8), f"{x.dig(2)}-{x.dig(6, '0123456789')}"))


def _ca_ctas_offload(x: _X) -> Note:
    """Ontario ED CTAS triage with an ambulance offload delay."""
    pt = x.pt("CA", lo=50, hi=89, old=0.25)
    sp = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.6))
    pm, rn, fam = x.staff("CA"), x.staff("CA"), x.staff("CA")
    hcn = ohip(x.r)
    mrn = _ca_mrn(x)
    arr = x.now
    off = arr + timedelta(minutes=x.ri(40, 190))
    hosp = x.ch(("Scarborough Health Network - General", "Trillium Health Partners - Credit Valley",
                 "William Osler - Brampton Civic", "Hamilton General", "Health Sciences North",
                 "Lakeridge Health Oshawa"))
    x.f(hosp + " Emergency - Triage Assessment\n{N}   HCN {I}   MRN {I}   DOB {D}\n\n",
        pt.f("Lf"), hcn, mrn, fd(pt.dob, "iso"))
    x.f("Arrival {D} " + hm(arr, True) + " by paramedic services, unit " + str(x.ri(1100, 7999)) +
        "; paramedic {N}, ACP (badge {I})\n", fd(arr, "iso"), pm.f("fl"), x.dig(5))
    x.f("Transfer of care " + hm(off, True) + " - offload {C} (ambulance offload delay "
        "reported to EMS supervisor)\n", f"{int((off - arr).total_seconds() // 60)} min")
    cc, ctas, hr = x.ch((("chest pain, cardiac features", "CTAS 2", x.ri(70, 118)),
                         ("shortness of breath, mild resp distress", "CTAS 3", x.ri(90, 118)),
                         ("weakness, bradycardia on EMS strip", "CTAS 2", x.ri(34, 42)),
                         ("fall, hip pain, unable to weight bear", "CTAS 3", x.ri(70, 104))))
    x.t("Presenting complaint: " + cc + "\n" + ctas + " (modifiers: vitals, pain)\n")
    x.f("Vitals: {C}  {C}  {C}  {C}  {C}  {C}\n", f"HR {hr}",
        f"BP {x.ri(96, 178)}/{x.ri(52, 98)}", f"RR {x.ri(14, 28)}", f"SpO2 {x.ri(88, 99)}%",
        f"T {x.ri(361, 386) / 10:.1f}", f"CBG {x.ri(48, 150) / 10:.1f}")
    x.t("Hx: " + x.ch(("HTN, DM2, CABG x3", "COPD, AF on apixaban", "CKD 4, gout",
                        "dementia (moderate), lives in LTC")) + ". Allergies: " +
        x.ch(("NKA", "codeine", "sulfa")) + "\n")
    x.f("Triage RN: {N}, RN  " + hm(off + timedelta(minutes=x.ri(2, 9)), True) + "\n",
        rn.f("fl"))
    x.f("Family: " + ("wife" if sp.sex == "F" else "husband") + " {N} at bedside, cell {P}. "
        "Family physician: Dr. {N}.\n", sp.f("f"), x.ca_ph("ON"),
        fam.f("l"))
    x.t("Placed in: " + x.ch(("hallway stretcher H4", "acute A12", "resus 2", "offload nurse area")) + "\n")
    return x.build(x.fhir(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                                hcn[:12].replace("-", ""))], country="CA"))


def _ca_bc_form4(x: _X) -> Note:
    """BC Mental Health Act Form 4 medical certificate written in ED after an RCMP apprehension."""
    pt = x.pt("CA", lo=18, hi=58, old=0, mid=True)
    mum = x.rel(pt, sex="F", same_last=x.pr(0.6))
    cst, doc, rn = x.person(_REG_PT["CA"]), x.staff("CA"), x.staff("CA")
    phn = bc_phn(x.r)
    ad = x.ca_addr("BC")
    t = x.now.replace(hour=x.ri(1, 6))
    app = t - timedelta(minutes=x.ri(60, 200))
    x.t("MENTAL HEALTH ACT - FORM 4 - MEDICAL CERTIFICATE (INVOLUNTARY ADMISSION)\n"
        "Emergency Department, " + x.ch(("Royal Columbian Hospital", "Royal Inland Hospital",
                                          "Vernon Jubilee Hospital",
                                          "University Hospital of Northern BC")) + "\n\n")
    x.f("Patient: {N}   PHN {I}   DOB {D}\nAddress: {A}, {A}, BC {Z}\n", pt.f("fmL"), phn,
        fd(pt.dob, "Md,y"), ad.line, ad.town, ad.pc)
    x.f("Apprehended under s.28 by RCMP Cst. {N} (reg. #{I}) on {D} at " + hm(app) +
        "; RCMP file {I}.\n", cst.f("l"), x.dig(5, "123456789"), fd(app, "MMd,y"),
        f"{app.year}-{x.dig(6, '0123456789')}")
    x.f("Examined by Dr. {N} on {D} at " + hm(t) + ".\n\n", doc.f("fl"), fd(t, "Md,y"))
    x.t("1. The patient has a mental disorder that seriously impairs the ability to react "
        "appropriately to the environment or to associate with others.\n2. The patient requires "
        "psychiatric treatment in or through a designated facility.\n3. Requires care, "
        "supervision and control to prevent substantial mental or physical deterioration or for "
        "the protection of the patient or others.\n4. Cannot suitably be admitted as a voluntary "
        "patient.\n\n")
    x.t("Facts observed by me: internally preoccupied, responding to unseen stimuli, believes "
        "the RCMP are \"replicas\", has not eaten in 4 days, 5 kg weight loss, refuses "
        "food here, tried to leave through the ambulance bay.\n")
    x.f("Facts communicated by others: mother {N} (cell {P}) - stopped clozapine 6 weeks ago, "
        "found walking on the highway shoulder at night.\n", mum.f("fl"),
        x.ca_ph("BC"))
    x.f("\nForm 13 (notification of rights) read and given by {N}, RN at " +
        hm(t + timedelta(minutes=30)) + ". Form 15 (nearest relative) to mother.\n", rn.f("fl"))
    x.f("Labs: {C}, {C}, {C} - clozapine not restarted at previous dose (titrate).\n",
        "ANC 3.4", "troponin <5", "CK 410")
    return x.build(x.fhir(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id",
                                phn.replace(" ", ""))], addr=ad, country="CA"))


def _ca_ab_epcr(x: _X) -> Note:
    """Alberta EMS ePCR for a rural rollover with a STARS rendezvous."""
    pt = x.pt("CA", lo=17, hi=70, old=0)
    wife = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.7))
    p1, p2, stars, rcmp = x.staff("CA"), x.staff("CA"), x.staff("CA"), x.person(_REG_PT["CA"])
    uli = ab_uli(x.r)
    ad = x.ca_addr("AB")
    t = x.now
    ev = f"{t.strftime('%Y%m%d')}-{x.dig(4, '0123456789')}"
    x.f("ALBERTA HEALTH SERVICES EMS - ePCR\nEvent #: {I}   Unit: " +
        x.ch(("Olds", "Sylvan Lake", "Innisfail", "Ponoka", "Lacombe")) + " ALS " + str(x.ri(1, 9)) +
        "   Date: {D}\n", ev, fd(t, "Md,y"))
    x.t("Location: Hwy " + x.ch(("2", "11", "12", "21", "43")) + " approx " + str(x.ri(2, 30)) +
        " km " + x.ch(("N", "S", "E", "W")) + " of town, rural ditch\n")
    x.f("Patient: {N}   ULI {I}   DOB {D}   Sex " + pt.sex + "\nHome: {A}, {A}, AB {Z}\n\n",
        pt.f("FL"), uli, fd(pt.dob, "iso"), ad.line, ad.town, ad.pc)
    x.t("Mechanism: single-vehicle rollover, est 100 km/h, restrained driver, self-extricated, "
        "ambulatory at scene then collapsed.\n")
    x.f("Findings: {C}, seatbelt sign, L chest tenderness, decreased AE L. {C} {C} {C} {C}\n",
        f"GCS {x.ri(12, 15)}", f"HR {x.ri(110, 140)}", f"BP {x.ri(78, 104)}/{x.ri(40, 62)}",
        f"RR {x.ri(26, 36)}", f"SpO2 {x.ri(86, 94)}% NRB")
    x.f("Tx: {C}, {C}, {C} (per TXA protocol), pelvic binder.\n", "2 x 16G IV", "NS 500 mL",
        "TXA 1 g")
    rv = t + timedelta(minutes=x.ri(30, 60))
    x.f("STARS activated " + hm(t + timedelta(minutes=12)) + ", mission #{I}; rendezvous at "
        "highway pull-out " + hm(rv) + ", care transferred to STARS crew ({N}, transport "
        "physician). Destination: Foothills Medical Centre.\n", x.dig(6), stars.f("fl"))
    x.f("RCMP on scene: Cst. {N}, file {I}.\n", rcmp.f("l"), f"{t.year}-{x.dig(7, '0123456789')}")
    x.f("Next of kin: " + ("wife" if wife.sex == "F" else "husband") + " {N} notified by RCMP, "
        "phone {P}.\n", wife.f("fl"), x.ca_ph("AB"))
    x.f("\nCrew: {N}, ACP (reg #{I}) / {N}, PCP\n", p1.f("fl"), x.dig(5), p2.f("fl"))
    return x.build(x.fhir(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-ab-patient-healthcare-id",
                                uli.replace("-", ""))], addr=ad, country="CA"))


def _ca_qc_triage(x: _X) -> Note:
    """Quebec ED triage (ÉTG) in French with English notes."""
    pt = x.pt("QC", lo=40, hi=89, old=0.25)
    dau = x.rel(pt, sex="F", same_last=x.pr(0.4))
    inf, md, ambu = x.staff("CA", inits=True), x.staff("CA"), x.staff("CA")
    r = ramq(x.r, pt)
    dossier = x.dig(7)
    t = x.now
    hosp = x.ch(("Hôpital de la Cité-de-la-Santé", "Hôpital Charles-LeMoyne",
                 "CHUS - Hôpital Fleurimont", "CHRTR - Hôpital Sainte-Marie"))
    x.f(hosp + " - Urgence\nTRIAGE (ÉTG)   {D} " + hm(t, True) + "\n\n", fd(t, "ymd/"))
    x.f("Nom: {N}   No dossier: {I}   RAMQ: {I}   DDN: {D}\n", pt.f("LF"), dossier, r,
        fd(pt.dob, "ymd/"))
    if x.pr(0.5):
        x.f("Arrivée: ambulance (TAP {N})\n", ambu.f("fl"))
    else:
        x.f("Arrivée: ambulatoire, accompagné" + ("e" if pt.sex == "F" else "") +
            " de sa fille {N}\n", dau.f("f"))
    x.t("Raison de consultation: " + x.ch(("douleur abdominale FID depuis 24 h",
                                          "dyspnée, toux, fièvre x 3 jours",
                                          "chute, douleur hanche droite",
                                          "palpitations, étourdissements")) + "\n")
    x.f("Priorité ÉTG: {C}\n", x.ch(("P2", "P3", "P3", "P4")))
    x.f("SV: {C}  {C}  {C}  {C}  {C}  {C}\n", f"TA {x.ri(98, 176)}/{x.ri(54, 96)}",
        f"FC {x.ri(58, 128)}", f"FR {x.ri(14, 26)}", f"SatO2 {x.ri(89, 99)} %",
        f"T {x.ri(362, 389) / 10:.1f}", f"glycémie {x.ri(48, 160) / 10:.1f}")
    x.t("ATCD: HTA, DB2, FA sous apixaban. Allergies: aucune connue.\n")
    x.f("Médecin de famille: Dr {N}, GMF " + x.ch(("du Vieux-Longueuil", "des Laurentides",
                                                 "de Fleurimont", "Trois-Rivières Ouest")) + "\n",
        md.f("l"))
    x.f("Contact: fille {N}, cell {P}\n", dau.f("fl"), x.ca_ph("QC"))
    x.f("Infirmière au triage: {N}, inf.\n", inf.f("fl"))
    re_t = t + timedelta(minutes=x.ri(90, 240))
    x.f("\nRéévaluation " + hm(re_t, True) + " (EN): still in waiting room, pain {C}, vitals "
        "stable, priority unchanged - {N}\n", f"{x.ri(3, 8)}/10", inf.init())
    return x.build(x.fhir(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-qc-patient-healthcare-id",
                                r.replace(" ", ""))], country="CA"))


def _ca_complaint(x: _X) -> Note:
    """Patient relations file: a daughter's e-mail complaint about an ED wait (Ontario)."""
    pt = x.pt("CA", lo=74, hi=89, old=0.45, sex="M")
    dau = x.rel(pt, sex="F", same_last=x.pr(0.4))
    nurse, doc, prs, dirc = x.staff("CA"), x.staff("CA"), x.staff("CA"), x.staff("CA")
    hcn = ohip(x.r)
    ad = x.ca_addr("ON")
    vis = x.now - timedelta(days=x.ri(3, 20))
    sent = vis + timedelta(days=x.ri(1, 3), hours=x.ri(1, 10))
    hosp_dom = x.ch(("shn.ca", "thp.ca", "williamoslerhs.ca", "hhsc.ca", "hsnsudbury.ca", "lh.ca"))
    mail = x.email(dau, x.ch(("gmail.com", "hotmail.com", "rogers.com", "sympatico.ca")),
                   x.ch(("f.l", "fl99", "f_l")))
    x.f("From: {N} <{E}>\n", dau.f("fl"), mail)
    x.f("Sent: " + _WEEKDAY[sent.weekday()] + ", {D} " + sent.strftime("%I:%M %p").lstrip("0") +
        "\nTo: Patient Relations <{E}>\nSubject: Complaint - 14 hours in Emergency on {D}\n\n",
        fd(sent, "MMd,y"), f"patientrelations@{hosp_dom}", fd(vis, "MMd"))
    x.f("To whom it may concern,\n\nMy father, {N} (DOB {D}, OHIP {I}), was brought to your "
        "Emergency by ambulance on {D} after a fall. He is {G} years old. The paramedics had to "
        "stay with him on their stretcher in the hallway for almost three hours before anyone "
        "took over. He did not get anything for pain until after midnight and he was left in a "
        "wet brief for hours.\n", pt.f("fl"), fd(pt.dob, "MMd,y"), hcn[:12] if x.pr(0.5) else hcn,
        fd(vis, "MMd"), pt.age)
    x.f("A nurse named {N} was kind but clearly had too many patients. Dr. {N} finally saw him "
        "around 4 a.m. and said the hip was not broken. We were sent home at 10 a.m. in a taxi.\n",
        nurse.f("f"), doc.f("l"))
    x.f("I phoned the department twice at {P} and nobody could tell me anything.\n",
        x.ca_ph("ON"))
    x.t("I would like an explanation and to know what will change.\n\n")
    x.f("{N}\n{A}, {A}, ON {Z}\n{P}\n\n", dau.f("fl"), ad.line, ad.town, ad.pc, x.ca_ph("ON"))
    x.t("--- PATIENT RELATIONS LOG ---\n")
    x.f("File #: {I}   Received {D}   Acknowledged {D} (within 5 business days) by {N}, Patient "
        "Relations Specialist, {P} ext. {P}\n", f"PR-{sent.year % 100}-{x.dig(4, '0123456789')}",
        fd(sent, "iso"), fd(sent + timedelta(days=2), "iso"), prs.f("fl"), x.ca_ph("ON"), x.dig(4))
    x.t("Consent: patient gave verbal consent to share information with daughter (documented).\n")
    x.f("Routed to: ED Program Director {N}; response due in 30 days.\n", dirc.f("fl"))
    x.f("Patient Ombudsman information provided: {U}\n", "https://www.patientombudsman.ca")
    x.f("Web-form copy received from {IP}\n", x.ip(False))
    return x.build(x.fhir(pt, [("https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn",
                                hcn[:12].replace("-", ""))], country="CA"))


def _ca_ns_transfer(x: _X) -> Note:
    """Nova Scotia LifeFlight interfacility transfer record."""
    pt = x.pt("CA", lo=30, hi=84, old=0, mid=True)
    son = x.rel(pt, sex="M")
    ref, acc, ccp, ccn = x.staff("CA"), x.staff("CA"), x.staff("CA"), x.staff("CA")
    msi = ns_msi(x.r)
    t = x.now
    hosp = x.ch(("St. Martha's Regional Hospital", "Cape Breton Regional Hospital",
                 "Yarmouth Regional Hospital", "Aberdeen Hospital", "Valley Regional Hospital"))
    x.f("EHS LIFEFLIGHT - INTERFACILITY TRANSFER RECORD\nMission #: {I}   Date: {D}\n", x.dig(7),
        fd(t, "dMy"))
    x.f("Requested " + hm(t) + " by Dr. {N}, " + hosp + " ED ({P})\n", ref.f("fl"),
        x.ca_ph("NS"))
    x.f("Patient: {N}   MSI {I}   DOB {D}   Wt {C}\n", pt.f("LfM"), msi, fd(pt.dob, "dmy"),
        f"{x.ri(55, 120)} kg")
    dx = x.ch(("STEMI post thrombolysis (TNK " + hm(t - timedelta(minutes=40)) + "), for PCI",
               "ICH on CT, GCS 9, for neurosurgery", "pelvic fracture, transient responder",
               "DKA with pH 6.9, needs ICU bed"))
    x.t("Diagnosis / reason: " + dx + "\n")
    x.f("Accepting: Dr. {N}, QEII Health Sciences Centre, Halifax (via Critical Care line) "
        "accepted " + hm(t + timedelta(minutes=25)) + "\n", acc.f("l"))
    x.f("Crew: {N} (critical care paramedic) / {N} (flight RN)\n", ccp.f("fl"), ccn.f("fl"))
    x.t("Timeline: launch " + hm(t + timedelta(minutes=38)) + ", at bedside " +
        hm(t + timedelta(minutes=80)) + ", depart " + hm(t + timedelta(minutes=115)) +
        ", QEII " + hm(t + timedelta(minutes=160)) + "\n")
    x.f("En route: {C} {C} {C}; {C} running.\n", f"HR {x.ri(60, 120)}",
        f"BP {x.ri(92, 160)}/{x.ri(50, 90)}", f"SpO2 {x.ri(93, 99)}%",
        x.ch(("heparin 1000 units/h", "NS at 150 mL/h", "propofol 20 mcg/kg/min",
              "norepinephrine 0.05 mcg/kg/min")))
    x.f("Family: son {N} driving to Halifax, cell {P}.\n", son.f("fl"), x.ca_ph("NS"))
    return x.build(x.fhir(pt, [("urn:ca-ns:msi", msi.replace(" ", ""))], country="CA"))


# =============================================================================================
# Ireland
# =============================================================================================


def _ie_mrn(x: _X) -> str:
    return x.ch((x.dig(7), f"{x.dig(6)}{x.ch('ABCDEFGH')}", x.dig(6)))


def _ie_triage_clerk(x: _X) -> Note:
    """Irish ED triage (MTS) and medical clerking with a long trolley wait."""
    pt = x.pt("IE", lo=52, hi=89, old=0.3)
    rel = x.ch(("son", "daughter", "spouse"))
    if rel == "spouse":
        nok = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.5))
        rel = "wife" if nok.sex == "F" else "husband"
    else:
        nok = x.rel(pt, sex="M" if rel == "son" else "F", same_last=True)
    rgn, sho, cons, gp = x.staff("IE"), x.staff("IE"), x.staff("IE"), x.staff("IE")
    mrn = _ie_mrn(x)
    pps = ppsn(x.r)
    gms = f"{x.dig(7, '0123456789')}{x.ch('ABCDEFGHJKLMNPRSTW')}"
    ad = x.ie_addr()
    t = x.now
    clerk = t + timedelta(minutes=x.ri(150, 420))
    hosp = x.ch(("University Hospital Limerick", "Mayo University Hospital", "Cork University Hospital",
                 "Our Lady of Lourdes Hospital, Drogheda", "Letterkenny University Hospital",
                 "Midland Regional Hospital Tullamore"))
    x.f(hosp + " - Emergency Department\nMRN: {I}   {N}   DOB: {D}\n", mrn, pt.f("fLU"),
        fd(pt.dob, "d.m.y"))
    x.f("Address: {A}, {A}, " + ad.state + ", {Z}\nMedical card: yes - no. {I}   PPSN: {S}\n",
        ad.line, ad.town, ad.pc, gms, pps)
    x.f("NOK: " + rel + " {N} - {P}\nGP: Dr {N}, {A}\n\n", nok.f("f"), x.ie_mob(),
        gp.f("fl"), ad.town)
    x.f("TRIAGE {D} " + hm(t, True) + " - {N} RGN\n", fd(t, "dmy"), rgn.f("fl"))
    x.f("MTS: Shortness of breath in adults - Cat {C} (Orange)\n", "2")
    x.f("Obs: {C} {C} {C} {C} {C}\n", f"RR {x.ri(22, 32)}", f"SpO2 {x.ri(86, 93)}% RA",
        f"HR {x.ri(96, 128)}", f"BP {x.ri(96, 150)}/{x.ri(50, 88)}", f"T {x.ri(372, 394) / 10:.1f}")
    x.f("\nMEDICAL CLERKING - Dr {N} (SHO) " + hm(clerk, True) + "\n", sho.f("fl"))
    x.t("PC: SOB x3/7, productive cough, pleuritic R chest pain.\n")
    x.t("PMH: COPD (GOLD 3, home O2 nil), T2DM, HTN, prev. CAP 2022.\n")
    x.f("Meds: {C}, {C}, {C}, {C}.\n", "Trimbow 2 puffs BD", "metformin 1 g BD",
        "ramipril 5 mg OD", "atorvastatin 40 mg")
    x.t("SH: lives with family, ex-smoker 50 pack-years, farmer (retired), independent.\n")
    x.f("Ix: {C}, {C}, {C}, {C}; CXR R lower zone consolidation.\n", f"WCC {x.ri(12, 24)}",
        f"CRP {x.ri(80, 320)}", f"pH {x.ri(728, 740) / 100:.2f}", f"pCO2 {x.ri(58, 80) / 10:.1f}")
    x.f("Imp: CAP (CURB-65 {C}) with infective exacerbation of COPD, type 2 resp failure.\n", "2")
    x.f("Plan: {C} + {C}, controlled O2 88-92%, BiPAP if pH worsens, admit under Dr {N}.\n",
        "co-amoxiclav 1.2 g IV TDS", "clarithromycin 500 mg IV BD", cons.f("l"))
    wait = x.ri(18, 36)
    x.f("\nBed status: admitted {D}, on trolley in ED - {C} h at time of writing (trolley watch "
        "reported).\n", fd(clerk, "dm"), str(wait))
    return x.build(x.fhir(pt, [("urn:ie:mrn", mrn), ("urn:ie:ppsn", pps)], addr=ad, country="IE"))


def _ie_nas_pcr(x: _X) -> Note:
    """National Ambulance Service patient care report (Ireland)."""
    pt = x.pt("IE", lo=48, hi=89, old=0.25)
    wife = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=x.pr(0.6))
    ap, para, cnm = x.staff("IE"), x.staff("IE"), x.staff("IE")
    mrn = _ie_mrn(x)
    ad = x.ie_addr()
    t = x.now
    x.f("NATIONAL AMBULANCE SERVICE - PATIENT CARE REPORT\nIncident no: {I}   Date: {D}   "
        "Call sign: " + x.ch(("CK", "MO", "DL", "LH", "WX")) + str(x.ri(101, 899)) + "\n",
        f"{t.strftime('%y')}-{x.dig(7, '0123456789')}", fd(t, "d.m.yy"))
    x.f("Patient: {N}   DOB: {D}   Age: {G}\nAddress: {A}, {A}, " + ad.state + " {Z}\n\n",
        pt.f("fl"), fd(pt.dob, "dmy"), pt.age, ad.line, ad.town, ad.pc)
    x.t("Chief complaint: central chest pain radiating to L arm since " +
        hm(t - timedelta(minutes=50), True) + ", nausea, diaphoretic.\n")
    x.t("Time   HR   BP        RR  SpO2  GCS  Pain\n")
    for k in range(3):
        tk = t + timedelta(minutes=10 + 14 * k)
        x.f(hm(tk, True) + "  {C}  {C}  {C}  {C}  {C}  {C}\n", x.ri(62, 104),
            f"{x.ri(118, 168)}/{x.ri(70, 98)}", x.ri(16, 24), f"{x.ri(93, 99)}%", 15,
            f"{max(1, 8 - 3 * k)}/10")
    x.f("12-lead: {C} - transmitted to PPCI centre, accepted by cath lab " +
        hm(t + timedelta(minutes=30), True) + ".\n", x.ch(("STE II, III, aVF", "STE V1-V4", "STE I, aVL")))
    x.f("Medications (PHECC CPG): {C} PO, {C} SL, {C} IV, {C} IV.\n", "aspirin 300 mg",
        "GTN 0.4 mg", "morphine 2.5 mg", "ondansetron 4 mg")
    hosp = x.ch(("Cork University Hospital", "University Hospital Galway", "Mater Misericordiae",
                 "University Hospital Waterford", "St James's Hospital"))
    x.f("Handover: " + hosp + " cath lab " + hm(t + timedelta(minutes=68), True) +
        " to {N} (CNM2).\n", cnm.f("fl"))
    x.f("Family: " + ("wife" if wife.sex == "F" else "husband") + " {N} travelling by car, "
        "mob {P}.\n", wife.f("f"), x.ie_mob())
    x.f("Crew: {N} AP (PIN {I}) / {N} Paramedic (PIN {I})\n", ap.f("fl"), x.dig(6),
        para.f("fl"), x.dig(6))
    x.f("Receiving hospital MRN (added at handover): {I}\n", mrn)
    return x.build(x.fhir(pt, [("urn:ie:mrn", mrn)], addr=ad, country="IE"))


def _ie_selfharm(x: _X) -> Note:
    """Self-harm CNS assessment in ED (National Clinical Programme), with bridging plan."""
    pt = x.pt("IE", lo=16, hi=48, old=0)
    parent = x.rel(pt, sex=x.ch("MF"))
    cns, reg, gp, cmht = x.staff("IE"), x.staff("IE"), x.staff("IE"), x.staff("IE")
    mrn = _ie_mrn(x)
    ad = x.ie_addr()
    t = x.now.replace(hour=x.ri(0, 5))
    fu = t + timedelta(days=x.ri(2, 6))
    x.t("NATIONAL CLINICAL PROGRAMME FOR SELF-HARM AND SUICIDE-RELATED IDEATION\nED "
        "biopsychosocial assessment\n")
    x.f(_WEEKDAY[t.weekday()] + " {D}, seen " + hm(t, True) + " by {N}, CNS Self-Harm\n\n",
        fd(t, "thofMM"), cns.f("fl"))
    x.f("Name: {N}   MRN: {I}   DOB: {D}\nAddress: {A}, {A}, " + ad.state + ", {Z}\n",
        pt.f("fl"), mrn, fd(pt.dob, "d.m.y"), ad.line, ad.town, ad.pc)
    x.t("Presentation: " + x.ch(("superficial self-laceration L forearm x8, sutured by ED",
                                 "intentional OD of 12 x sertraline 50 mg, medically cleared",
                                 "suicide-related ideation, no act, self-presented")) + ".\n")
    x.t("Context: exam stress, break-up 2/52 ago, cannabis most days, poor sleep. First "
        "presentation. No previous contact with mental health services.\n")
    x.t("Risk: intent low-moderate, no plan now, protective factors - family, sport, "
        "future plans (college). Access to means discussed.\n")
    x.f("Family involvement: " + ("father" if parent.sex == "M" else "mother") + " {N} present "
        "(with consent) and agrees to remove medication from the house; mob {P}.\n",
        parent.f("f"), x.ie_mob())
    x.t("Safety plan completed with pt; copy given.\n")
    x.f("Discussed with Dr {N} (psychiatry registrar on call) - not for admission.\n",
        reg.f("fl"))
    x.f("Bridging: follow-up phone call by CNS within 24 h; appointment with CMHT ({A}, {N}) on "
        "{D}; letter to GP Dr {N}.\n", ad.town, cmht.f("fl"), fd(fu, "thMM"), gp.f("l"))
    land = f"0{x.ch(('21', '91', '61', '51', '1'))} {x.dig(3)} {x.dig(4, '0123456789')}"
    x.f("CNS contact: {P} / {E}\n", land, x.email(cns, "hse.ie"))
    return x.build(x.fhir(pt, [("urn:ie:mrn", mrn)], addr=ad, country="IE"))


def _ie_garda_custody(x: _X) -> Note:
    """ED assessment of a person in Garda custody: fitness for detention."""
    pt = x.pt("IE", lo=18, hi=52, old=0, sex=x.ch("MMF"))
    g1, g2, sgt, dr = x.person(_REG_PT["IE"]), x.person(_REG_PT["IE"]), x.person(_REG_PT["IE"]), x.staff("IE")
    mrn = _ie_mrn(x)
    ad = x.ie_addr()
    t = x.now.replace(hour=x.ri(0, 6))
    stn = x.ch(("Store Street", "Anglesea Street", "Mill Street", "Henry Street", "Bridewell",
                "Pearse Street", "Mayorstone"))
    x.f("EMERGENCY DEPARTMENT - PERSON IN GARDA CUSTODY\n{D} " + hm(t, True) + "\n\n",
        fd(t, "dmy"))
    x.f("Accompanied by Garda {N} (reg. {I}) and Garda {N}, " + stn + " Garda Station "
        "(tel {P}). PULSE incident {I}.\n", g1.f("fl"), x.dig(5, "0123456789").replace("0", "1", 1),
        g2.f("l"), f"0{x.ch(('1', '21', '41', '66', '94'))} {x.dig(3)} {x.dig(4, '0123456789')}",
        x.dig(8))
    x.f("Name: {N}   DOB: {D}   MRN: {I}\nAddress given: {A}, {A}\n", pt.f("fLU"),
        fd(pt.dob, "dmy"), mrn, ad.line, ad.town)
    x.t("Reason: " + x.ch(("head injury during arrest (struck head on kerb), intoxicated",
                          "intoxication, ?co-ingestion, found unresponsive in cell",
                          "laceration R hand from broken glass prior to arrest")) + ".\n")
    x.f("O/E: {C} {C} {C} {C}, {C}, pupils equal. Smells of alcohol. Small occipital "
        "haematoma, no boggy swelling.\n", f"GCS {x.ri(13, 15)}", f"HR {x.ri(70, 110)}",
        f"BP {x.ri(110, 150)}/{x.ri(60, 92)}", f"SpO2 {x.ri(95, 99)}%", f"BAC est. {x.ri(12, 30) / 100:.2f}")
    x.t("CT brain per Canadian CT head rule - not indicated / performed - no acute findings.\n")
    x.t("Fit to be detained: YES, with conditions - rouse and check verbal response every 30 "
        "min for the first 4 h; return to ED if vomiting, worsening headache, drowsiness or "
        "seizure.\n")
    x.f("Head injury advice given to member in charge, Sergeant {N}.\n", sgt.f("l"))
    x.f("Dr {N} (ED registrar), MCRN {I}\n", dr.f("fl"), x.dig(6))
    return x.build(x.fhir(pt, [("urn:ie:mrn", mrn)], country="IE"))


# =============================================================================================
# New Zealand
# =============================================================================================


def _nz_stjohn(x: _X) -> Note:
    """Hato Hone St John ePRF handover and ED triage (ATS)."""
    pt = x.pt("NZ", lo=40, hi=89, old=0.15)
    wh = x.rel(pt, sex=x.ch("MF"), same_last=x.pr(0.6))
    para, tri = x.staff("NZ"), x.staff("NZ")
    nhi = nz_nhi(x.r)
    ad, _area = x.nz_addr()
    t = x.now
    x.f("HATO HONE ST JOHN - ePRF HANDOVER SUMMARY\nIncident {I}   {D}\n",
        f"{t.strftime('%y%m%d')}-{x.dig(4, '0123456789')}", fd(t, "dMy"))
    x.f("Patient: {N}   NHI {I}   DOB {D}   ({G}" + pt.sex + ")\nAddress: {A}, {A}, {A} {Z}\n",
        pt.f("fl"), nhi, fd(pt.dob, "dmy"), pt.age, ad.line, ad.extra, ad.town, ad.pc)
    x.t("Chief complaint: " + x.ch(("SOB, swollen legs, orthopnoea", "fever, rigors, cellulitis R leg",
                                    "hyperglycaemia, vomiting, BGL HI")) + "\n")
    x.f("Obs: {C} {C} {C} {C} {C} {C}\n", f"HR {x.ri(88, 128)}", f"BP {x.ri(96, 170)}/{x.ri(56, 98)}",
        f"RR {x.ri(18, 30)}", f"SpO2 {x.ri(86, 96)}%", f"T {x.ri(363, 394) / 10:.1f}",
        f"BGL {x.ri(60, 330) / 10:.1f}")
    x.f("Tx: {C}, {C}, IV access\n", "GTN 400 mcg SL", "O2 6 L/min")
    x.f("Whānau: " + ("son" if wh.sex == "M" else "daughter") + " {N} travelling with pt "
        "(mob {P}); ", wh.f("f"), x.nz_mob())
    if pt.grp == "maori":
        x.f("pt asked for kaumātua {N} to be called.\n", x.person("maori").f("fl"))
    elif pt.grp == "pasifika":
        x.f("church minister Rev. {N} informed by family.\n", x.person("pasifika", sex="M").f("fl"))
    else:
        x.f("neighbour {N} has the house key.\n", x.person(_REG_PT["NZ"]).f("fl"))
    x.f("Paramedic: {N}\n\n", para.f("fl"))
    x.f("ED TRIAGE " + hm(t + timedelta(minutes=x.ri(30, 70))) + " - ATS {C} - triage RN {N}\n",
        x.ch(("2", "3")), tri.f("fl"))
    x.t("Placed: " + x.ch(("Resus 3", "Acute 8", "corridor space 2 (ED at capacity)")) + "\n")
    return x.build(x.fhir(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], addr=ad,
                          country="NZ"))


def _nz_am_acc(x: _X) -> Note:
    """Accident & Medical clinic consultation with an ACC45 claim (New Zealand)."""
    pt = x.pt("NZ", lo=18, hi=64, old=0)
    dr, nurse, gp, physio = x.staff("NZ"), x.staff("NZ"), x.staff("NZ"), x.staff("NZ")
    nhi = nz_nhi(x.r)
    ad, _area = x.nz_addr()
    t = x.now.replace(hour=x.ri(8, 21))
    claim = f"{x.ch(('K', 'L', 'M'))}{x.dig(2)}{x.ch('ABCDEFGH')}{x.dig(4, '0123456789')}"
    off_to = t + timedelta(days=x.ri(7, 14))
    x.f(x.ch(("Shorecare Urgent Care", "White Cross Accident & Medical", "Moorhouse Medical",
              "Urgent Doctors A&M", "After Hours & Accident Clinic")) +
        " - Consultation\nDate: {D}   Time: " + hm(t) + "\n", fd(t, "dMy"))
    x.f("Patient: {N}   NHI {I}   DOB {D}\nAddress: {A}, {A}, {A} {Z}\nMobile {P}   Email {E}\n\n",
        pt.f("fl"), nhi, fd(pt.dob, "dmy"), ad.line, ad.extra, ad.town, ad.pc, x.nz_mob(),
        x.email(pt, x.ch(("gmail.com", "xtra.co.nz", "outlook.co.nz")), x.ch(("f.l99", "fl99", "f_l"))))
    x.f("ACC45 claim {I} lodged electronically. Injury at work - " +
        x.ch(("hand caught in conveyor", "fell from truck deck ~1.5 m", "lifting a pallet, sudden back pain",
              "slipped on wet floor in chiller")) + " on {D}.\n", claim, fd(t, "dm"))
    x.f("Triage nurse {N}: {C} {C} {C}\n", nurse.f("f"), f"HR {x.ri(64, 104)}",
        f"BP {x.ri(110, 150)}/{x.ri(60, 92)}", f"pain {x.ri(4, 9)}/10")
    x.t("Hx/Ex: as above, no other injuries. Localised tenderness, NV intact, ROM reduced.\n")
    x.t(x.ch(("XR: undisplaced # base of 5th MC (reported on site).\nDx: crush injury L hand\n",
              "XR: not indicated (ankle rules negative).\nDx: ankle sprain R\n",
              "XR: not indicated.\nDx: lumbar strain, no red flags\n",
              "XR: no bony injury (reported on site).\nDx: wrist sprain\n")))
    x.f("Tx: {C}, {C}; splint / advice sheet.\n", "paracetamol 1 g QID", "ibuprofen 400 mg TDS")
    x.f("ACC18 medical certificate: fully unfit for work until {D}, then review.\n",
        fd(off_to, "dmy"))
    x.f("Referrals: physio ({N}, " + x.ch(("Physio Plus", "ProActive Physiotherapy", "Kinetic Physio")) +
        ") under ACC; follow-up with GP Dr {N} in 1 week.\n", physio.f("fl"), gp.f("l"))
    x.f("Patient given: {U}\n", "https://www.acc.co.nz/im-injured/what-we-cover/")
    x.f("\nDr {N}, urgent care registrar\n", dr.f("fl"))
    return x.build(x.fhir(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], addr=ad,
                          country="NZ"))


def _nz_mhact(x: _X) -> Note:
    """Mental Health (Compulsory Assessment and Treatment) Act s8A/8B process in ED."""
    pt = x.pt("NZ", lo=18, hi=60, old=0)
    sis = x.rel(pt, sex="F", same_last=x.pr(0.5))
    dao, dr, psy, cop = x.staff("NZ"), x.staff("NZ"), x.staff("NZ"), x.person(_REG_PT["NZ"])
    nhi = nz_nhi(x.r)
    ad, _area = x.nz_addr()
    t = x.now.replace(hour=x.ri(0, 4))
    s9 = t.replace(hour=10, minute=0) + timedelta(days=1 if t.hour > 10 else 0)
    x.t("MENTAL HEALTH (COMPULSORY ASSESSMENT AND TREATMENT) ACT 1992\nED record - s8A / s8B / "
        "s9\n\n")
    x.f("Proposed patient: {N}   NHI {I}   DOB {D}\nAddress: {A}, {A}, {A} {Z}\n", pt.f("LF"), nhi,
        fd(pt.dob, "dmy"), ad.line, ad.extra, ad.town, ad.pc)
    x.f("s8A application made by sister {N} (mob {P}), assisted by DAO {N} ({P}).\n",
        sis.f("fl"), x.nz_mob(), dao.f("fl"), x.nz_mob())
    x.f("Police assisted transport (s41): Constable {N}.\n", cop.f("l"))
    x.f("s8B medical certificate: Dr {N} (ED SMO), {D} " + hm(t) + " - reasonable grounds for "
        "believing the person may be mentally disordered.\n", dr.f("fl"), fd(t, "dMMy"))
    x.t("Findings: not slept 5 nights, believes tūpuna are instructing " +
        ("him" if pt.sex == "M" else "her") + " to walk to Wellington, walked on the motorway, "
        "not eating, pressured speech, grandiose. No drug/alcohol use reported by whānau.\n")
    x.f("Bloods: {C} {C} {C} {C}.\n", "Na 139", "glucose 5.4", "TSH 2.1", "lithium <0.1")
    x.f("s9 assessment arranged with Dr {N} (psychiatrist) for {D} " + hm(s9) + "; pt and whānau "
        "given s9 notice and the district inspector's details.\n", psy.f("fl"), fd(s9, "dmy"))
    x.t("Cultural support: Māori mental health team to attend in the morning.\n")
    return x.build(x.fhir(pt, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], addr=ad,
                          country="NZ"))


# =============================================================================================
# Singapore, South Africa, Nigeria, Philippines
# =============================================================================================


def _sg_name(p: _P) -> str:
    if p.grp.startswith("fk:"):
        return p.f("fl")
    if p.grp == "sg_cn":
        return f"{p.last} {p.first}"
    return f"{p.first} {'bin' if p.sex == 'M' else 'binti'} {p.last}"


def _sg_staff(p: _P) -> str:
    return f"{p.last} {p.first}" if p.grp == "sg_cn" else p.f("fl")


def _sg_ed(x: _X) -> Note:
    """Singapore ED case note with PAC triage and an SCDF conveyance."""
    pt = x.pt("SG", lo=45, hi=89, old=0.2, fk_p=0.2)
    kid = x.rel(pt, sex=x.ch("MF"), same_last=pt.grp == "sg_cn" and x.pr(0.7))
    helper = x.person("fil", sex="F")
    mo, reg = x.staff("SG"), x.staff("SG")
    nric = sg_nric(x.r, pt.dob)
    blk = x.ri(101, 899)
    est = x.ch((("Tampines St 45", "52"), ("Jurong West St 64", "64"), ("Ang Mo Kio Ave 10", "56"),
                ("Bedok North Rd", "46"), ("Woodlands Dr 73", "73"), ("Yishun Ring Rd", "76"),
                ("Toa Payoh Lor 8", "31")))
    line = f"Blk {blk} {est[0]} #{x.ri(2, 16):02d}-{x.ri(10, 580)}"
    pc = f"{est[1]}0{blk:03d}"
    t = x.now
    hosp = x.ch(("Changi General Hospital", "Ng Teng Fong General Hospital", "Tan Tock Seng Hospital",
                 "Khoo Teck Puat Hospital", "Sengkang General Hospital"))
    x.f(hosp + " - Emergency Medicine Department\n{D} " + hm(t) + "\n", fd(t, "d MON y"))
    x.f("Name: {N}   NRIC: {I}   DOB: {D}   Age: {G}\nAddress: {A}, Singapore {Z}\n",
        _sg_name(pt), nric, fd(pt.dob, "dMONy"), pt.age, line, pc)
    x.f("Conveyed by SCDF ambulance (995), incident {I}.\n",
        f"{t.strftime('%Y%m%d')}{x.dig(5, '0123456789')}")
    x.t("Triage: PAC " + x.ch(("1", "2", "2")) + " - " +
        x.ch(("chest pain with diaphoresis", "L-sided weakness, onset 1 h", "fever, hypotension",
              "giddiness, HR 38")) + "\n")
    x.f("Vitals: {C} {C} {C} {C} {C} {C}\n", f"BP {x.ri(80, 190)}/{x.ri(40, 100)}",
        f"HR {x.ri(38, 130)}", f"RR {x.ri(14, 28)}", f"SpO2 {x.ri(90, 99)}%",
        f"T {x.ri(362, 392) / 10:.1f}", f"CBG {x.ri(40, 220) / 10:.1f}")
    x.t("PMHx: HTN, HLD, DM on OHGA, IHD s/p PCI. NKDA.\n")
    x.f("Seen by Dr {N} (MO) " + hm(t + timedelta(minutes=x.ri(8, 40))) + "; d/w Dr {N} (Reg).\n",
        _sg_staff(mo), _sg_staff(reg))
    x.t("Plan: admit " + x.ch(("CVM", "NL (neurology)", "GM", "CCU")) + "; inform family.\n")
    d3, d4 = x.dig(3, "0123456789"), x.dig(4, "0123456789")
    sg_ph = x.ch((f"9{d3} {d4}", f"8{d3} {d4}", f"+65 9{d3} {d4}"))
    x.f("NOK: " + ("son" if kid.sex == "M" else "daughter") + " {N} {P}. Domestic helper {N} "
        "accompanied pt.\n", _sg_name(kid),
        sg_ph, helper.f("f"))
    return x.build(x.fhir(pt, [("urn:sg:nric", nric)], addr=_Addr(line, "Singapore", pc), country="SG"))


def _za_sats_j88(x: _X) -> Note:
    """South African emergency centre: SATS triage, assault, SAPS case and J88."""
    pt = x.pt("ZA", lo=18, hi=55, old=0, fk_p=0)
    mum = x.rel(pt, sex="F", same_last=x.pr(0.8))
    sis, dr, const = x.staff("ZA", sex="F"), x.staff("ZA"), x.person(_REG_PT["ZA"])
    folder = x.dig(8)
    sa_id = za_id(x.r, pt.dob, pt.sex)
    town, sub, city, pc, hosp = x.ch((
        ("Khayelitsha", "Site C", "Cape Town", "7784", "Tygerberg Hospital"),
        ("Mitchells Plain", "Tafelsig", "Cape Town", "7785", "Groote Schuur Hospital"),
        ("Soweto", "Orlando East", "Johannesburg", "1804", "Chris Hani Baragwanath Academic Hospital"),
        ("Umlazi", "Section V", "Durban", "4031", "Prince Mshiyeni Memorial Hospital"),
        ("Mamelodi", "Mamelodi East", "Pretoria", "0122", "Steve Biko Academic Hospital")))
    line = f"{x.ri(1, 4999)} {x.ch(('Ngqolo St', 'Mthembu Rd', 'Sisulu Ave', 'Lansdowne Rd', 'Vilakazi St'))}"
    t = x.now.replace(hour=x.ri(0, 4))
    x.f(hosp + " - Emergency Centre\nFolder no: {I}   {D} " + hm(t) + "\n", folder, fd(t, "dmy"))
    x.f("Name: {N}   ID no: {I}   DOB {D}\nAddress: {A}, {A}, {A}, {A}, {Z}\n", pt.f("fl"),
        sa_id, fd(pt.dob, "iso"), line, sub, town, city, pc)
    x.f("SATS: TEWS {C} -> ORANGE (very urgent). Triaged by Sister {N}.\n", x.ri(5, 6), sis.f("fl"))
    x.t("Hx: assaulted with a knife at a tavern approx 1 h PTA; stab wound L chest and L forearm. "
        "Brought by private vehicle.\n")
    x.f("O/E: {C} {C} {C} {C} {C}. 2 cm SW L 5th ICS MAL, decreased AE L.\n",
        f"HR {x.ri(100, 136)}", f"BP {x.ri(84, 120)}/{x.ri(48, 76)}", f"RR {x.ri(22, 32)}",
        f"SpO2 {x.ri(88, 95)}%", f"GCS {x.ri(14, 15)}")
    x.f("Mx: ICD 28 Fr L, drained {C} blood; {C} IV; tetanus toxoid.\n", f"{x.ri(300, 900)} mL",
        "ceftriaxone 1 g")
    x.f("SAPS: CAS {I}, investigating officer Const. {N}. J88 completed by Dr {N} (HPCSA {I}).\n",
        f"{x.ri(10, 450)}/{t.month:02d}/{t.year}", const.f("l"), dr.f("fl"), f"MP{x.dig(7, '0')}")
    x.f("Mother {N} informed, {P}.\n", mum.f("f"),
        x.ch((f"0{x.ch(('72', '73', '82', '83', '61'))} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}",
              f"+27 {x.ch(('72', '82', '83'))} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}")))
    return x.build(x.fhir(pt, [("urn:za:id", sa_id), ("urn:za:folder", folder)],
                          addr=_Addr(line, city, pc), country="ZA"))


def _ng_ae(x: _X) -> Note:
    """Nigerian teaching-hospital A&E clerking after a road traffic crash."""
    pt = x.pt("NG", lo=19, hi=70, old=0, fk_p=0)
    wife = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=True)
    sam, ho, reg, cons, ipo = (x.person("nig"), x.staff("NG"), x.staff("NG"), x.staff("NG"),
                               x.person("nig"))
    site = x.ri(0, 3)
    hosp, pre = (("LUTH, Idi-Araba", "LUTH"), ("University College Hospital (UCH)", "UCH"),
                 ("UNTH Ituku-Ozalla", "UNTH"), ("ABUTH Shika", "ABUTH"))[site]
    hno = f"{pre}/{x.dig(6, '0123456789')}"
    nin = x.dig(11)
    nhia = f"{x.dig(2)}{x.ch('ABCDEFG')}{x.dig(6, '0123456789')}"
    area, city, pc = x.ch(((("Yaba", "Lagos", "101212"), ("Surulere", "Lagos", "101241")),
                           (("Bodija", "Ibadan", "200284"), ("Mokola", "Ibadan", "200285")),
                           (("Ogui", "Enugu", "400102"), ("Independence Layout", "Enugu", "400223")),
                           (("Sabon Gari", "Zaria", "810106"), ("Tudun Wada", "Zaria", "810107")))[site])
    road = x.ch(("Akinola Street", "Herbert Macaulay Way", "Awolowo Avenue", "Okpara Avenue", "Bank Road"))
    line = f"No {x.ri(1, 88)}, {road}"
    t = x.now

    def ngph() -> str:
        n = x.dig(7, "0123456789")
        pre2 = x.ch(("0803", "0806", "0813", "0705", "0802", "0816"))
        return x.ch((f"{pre2} {n[:3]} {n[3:]}", f"+234 {pre2[1:]} {n[:3]} {n[3:]}", pre2 + n))

    title = "Mr" if pt.sex == "M" else "Mrs"
    x.f(hosp + " - Accident & Emergency\nHospital No: {I}   NIN: {I}   NHIA No: {I}\n", hno, nin, nhia)
    x.f("Name: " + title + " {N}   Age: {G}   Sex: " + pt.sex + "\nAddress: {A}, {A}, {A} {Z}\n",
        pt.f("fLU"), pt.age, line, area, city, pc)
    x.f("Date/Time: {D} " + hm(t) + "\nBrought in by: a Good Samaritan, {N} ({P}), by commercial "
        "bus\n\n", fd(t, "dmy"), sam.f("fl"), ngph())
    x.t("PC: RTA - motorcycle (okada) passenger hit by a car ~2 h PTA; brief LOC, vomited x2, "
        "bleeding from scalp laceration, pain and deformity R leg.\n")
    x.f("O/E: {C}, {C}, {C}, {C}. Pupils equal. 6 cm scalp laceration. R tibia open # "
        "(Gustilo II).\n", f"GCS {x.ri(11, 15)}/15", f"PR {x.ri(96, 130)} bpm",
        f"BP {x.ri(90, 130)}/{x.ri(50, 80)} mmHg", f"SpO2 {x.ri(93, 99)}%")
    x.t("Imp: moderate head injury; open R tibial fracture.\n")
    x.f("Plan: {C}; {C}; ATS; wound toilet; POP backslab; CT brain (relatives to pay - "
        "referred to social welfare); NHIA verification.\n", "IV ceftriaxone 1 g",
        "IV paracetamol 1 g")
    x.f("Police: accident report from " + ("Denton", "Iyaganku", "Abakpa", "Samaru")[site] +
        " Division, IPO Inspector {N}.\n", ipo.f("l"))
    x.f("NOK: " + ("wife" if wife.sex == "F" else "husband") + " {N} - {P} (called, on the way).\n",
        wife.f("f"), ngph())
    x.f("\nClerked by Dr {N} (House Officer); reviewed by Dr {N} (Registrar); Consultant on call: "
        "Dr {N}.\n", ho.f("fl"), reg.f("fl"), cons.f("l"))
    return x.build(x.fhir(pt, [("urn:ng:hospital-number", hno), ("urn:ng:nin", nin)],
                          addr=_Addr(line, city, pc), country="NG"))


def _ph_er(x: _X) -> Note:
    """Philippine government-hospital ER record (dengue / CAP) with PhilHealth PIN."""
    pt = x.pt("PH", lo=18, hi=78, old=0, fk_p=0, mid=True)
    sp = x.rel(pt, sex="F" if pt.sex == "M" else "M", same_last=True)
    nk = x.nick(sp)
    rod, res, nod = x.staff("PH"), x.staff("PH"), x.staff("PH")
    pin = philhealth(x.r)
    case = f"ER-{x.now.year}-{x.dig(6, '0123456789')}"
    brgy, city, z = x.ch((("Brgy. Sto. Niño", "Marikina City", "1800"),
                          ("Brgy. Batasan Hills", "Quezon City", "1126"),
                          ("Brgy. Lahug", "Cebu City", "6000"), ("Brgy. Talomo", "Davao City", "8000"),
                          ("Brgy. Malanday", "Valenzuela City", "1444")))
    st = x.ch(("Sampaguita St", "Ilang-Ilang St", "Mabini St", "Rizal Ext"))
    line = f"Blk {x.ri(1, 40)} Lot {x.ri(1, 60)}, {st}"
    t = x.now
    hosp = x.ch(("Philippine General Hospital", "Amang Rodriguez Memorial Medical Center",
                 "Vicente Sotto Memorial Medical Center", "Southern Philippines Medical Center",
                 "Valenzuela Medical Center"))
    x.f(hosp + " - Emergency Room\nCase No: {I}   PhilHealth PIN: {I}   {D} " + hm(t) + "\n",
        case, pin, fd(t, "dmy"))
    x.f("Name: {N}   Age/Sex: {G}/" + pt.sex + "   Civil status: married\nAddress: {A}, {A}, {A} {Z}\n",
        f"{pt.last.upper()}, {pt.first} {pt.mid}.", pt.age, line, brgy, city, z)
    x.f("Informant: " + ("wife" if sp.sex == "F" else "husband") + ", {N}" +
        (' ("{N}")' if nk else "") + ", reliability good\n", *([sp.f("fl")] + ([nk] if nk else [])))
    k = x.ri(0, 1)
    if k == 0:
        x.t("CC: fever x5 days\nHPI: high-grade fever, myalgia, retro-orbital pain; now with "
            "abdominal pain and gum bleeding. No consult. Neighbor with dengue.\n")
        x.f("PE: {C} {C} {C} {C}; (+) petechiae, (+) tourniquet test, RUQ tenderness.\n",
            f"BP {x.ri(86, 110)}/{x.ri(50, 70)}", f"HR {x.ri(96, 124)}", f"T {x.ri(370, 390) / 10:.1f}",
            f"RR {x.ri(18, 26)}")
        x.f("Labs: {C} {C} {C}, NS1 (+).\n", f"Hct {x.ri(44, 54)}%", f"Plt {x.ri(18, 90)}",
            f"WBC {x.ri(20, 40) / 10:.1f}")
        x.t("Assessment: Dengue with warning signs\nPlan: admit IM; PNSS per WHO protocol; "
            "monitor Hct q6.\n")
    else:
        x.t("CC: cough and difficulty of breathing x3 days\n")
        x.f("PE: {C} {C} {C} {C}; crackles R base.\n", f"BP {x.ri(96, 140)}/{x.ri(56, 90)}",
            f"HR {x.ri(90, 118)}", f"RR {x.ri(24, 32)}", f"SpO2 {x.ri(88, 94)}%")
        x.t("Assessment: CAP - moderate risk\n")
        x.f("Plan: {C} + {C}; O2 via NC; admit IM.\n", "ceftriaxone 2 g IV OD",
            "azithromycin 500 mg PO OD")
    a, b, c = x.dig(2, "0123456789"), x.dig(3, "0123456789"), x.dig(4, "0123456789")
    x.f("Watcher contact: {P}\n", x.ch((f"09{a} {b} {c}", f"+63 9{a} {b} {c}")))
    x.f("ROD: Dr {N}; IM resident notified by phone (local {P}): Dr {N}; NOD: {N}, RN\n",
        rod.f("fl"), x.dig(4), res.f("l"), nod.f("fl"))
    return x.build(x.fhir(pt, [("urn:ph:philhealth", pin.replace("-", ""))],
                          addr=_Addr(line, city, z), country="PH"))


# =============================================================================================
# Corpus
# =============================================================================================

TEMPLATES: list[Callable[[_X], Note]] = [
    # United Kingdom (12)
    _uk_eprf, _uk_atmist, _uk_mts_triage, _uk_majors, _uk_mhlt, _uk_child_sg, _uk_adult_sg,
    _uk_hiu_plan, _uk_miu_wales, _uk_scot_discharge, _uk_referral_log, _uk_major_incident,
    # United States (10)
    _us_ems_pcr, _us_esi_triage, _us_provider_note, _us_poison_call, _us_psych_hold, _us_return72,
    _us_emtala, _us_avs, _us_cps, _us_complex_care,
    # Australia (6)
    _au_imist, _au_ats_triage, _au_ed_discharge, _au_pic_call, _au_schedule1, _au_racf_transfer,
    # Canada (6)
    _ca_ctas_offload, _ca_bc_form4, _ca_ab_epcr, _ca_qc_triage, _ca_complaint, _ca_ns_transfer,
    # Ireland (4)
    _ie_triage_clerk, _ie_nas_pcr, _ie_selfharm, _ie_garda_custody,
    # New Zealand (3)
    _nz_stjohn, _nz_am_acc, _nz_mhact,
    # Singapore, South Africa, Nigeria, Philippines (4)
    _sg_ed, _za_sats_j88, _ng_ae, _ph_er,
]

_SEED = 53_530_000
_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def _collisions(note: Note) -> list[str]:
    """Labelled PHI strings (and name words) that also occur unlabelled elsewhere in the note."""
    text = note.text
    covered = bytearray(len(text))
    for s, e, _ in note.phi:
        covered[s:e] = b"\x01" * (e - s)
    for s, e in note.clinical:
        covered[s:e] = b"\x01" * (e - s)
    low = text.lower()
    found: list[str] = []
    seen: set[str] = set()
    for s, e, kind in note.phi:
        frag = text[s:e]
        probes = {frag.lower()}
        if kind == "NAME":
            probes |= {w.lower() for w in _WORD_RE.findall(frag)
                       if len(w) >= 3 and w.lower() not in _PARTICLES}
        for pr in probes:
            if pr in seen or len(pr) < 2:
                continue
            seen.add(pr)
            for m in re.finditer(r"(?<![\w/.\-])" + re.escape(pr) + r"(?![\w/\-]|\.\d)", low):
                if not any(covered[m.start():m.end()]):
                    found.append(f"{kind}:{pr!r}@{m.start()}")
                    break
    return found


def _make(i: int, attempt: int) -> Note:
    x = _X(_SEED + i * 7919 + attempt * 1_000_003)
    return TEMPLATES[i % len(TEMPLATES)](x)


def generate(n: int) -> list[Note]:
    """n notes, templates cycled in order; note i depends only on i (fixed seeds). A note in
    which a labelled string also occurs unlabelled (a name that is also a word of the text) is
    redrawn from the next fixed seed."""
    out = []
    for i in range(n):
        for attempt in range(40):
            note = _make(i, attempt)
            if not _collisions(note):
                break
        out.append(note)
    return out
