"""HELD-OUT v52 PHI corpus: written independently, before any round-52 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of earlier held-out corpora not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout49 / heldout50 / heldout51 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/`` and
the ``[tool.ruff]`` table of ``pyproject.toml``; ruff was run on this file with the project's
configuration; the scrubber was never run on this corpus while it was written, nor was any of its
output looked at). Like v14-v51 it aims at the MAINSTREAM of English-language hospital text with
ordinary PHI density; it is modelled on SURGICAL, ORTHOPAEDIC AND TRAUMA WARD CARE AND THE
PAPERWORK AROUND IT: general surgery, colorectal, upper GI, vascular, urology, orthopaedics and
trauma, plastics and burns, ENT and maxillofacial surgery - post-take ward rounds, consent forms,
pre-admission / pre-operative assessment, enhanced-recovery pathways, stoma nurse reviews, wound,
pressure-injury and NPWT reviews, fracture clinic and virtual fracture clinic letters, hip-fracture
pathways with orthogeriatric input, trauma calls and tertiary surveys, burns dressing charts, VTE
risk assessments, discharge letters and summaries, telephone follow-up after day surgery,
patient-portal questions about wounds and drains, complaints / PALS / patient-relations responses
and theatre booking / waiting-list letters - in the United Kingdom (12 templates), the United
States (10), Australia (6), Canada (6), Ireland (4), New Zealand (3), India (1), Pakistan (1),
Kenya (1) and Hong Kong (1). Note kinds and phrasing differ from v49 - v51. Templates, cycled in
order (see ``TEMPLATES``): general-surgery post-take ward rounds ("Wed 10/07/24", "Consultant:
Miss Last", "Dr First Last (SpR) bleep", "LAST, First", hospital and spaced NHS numbers, "(28)" or
an age >= 90, "Adm via ED 9/7", spouse's first name and mobile, "hot clinic w/c 24/7", "FY1 K.
Last" with bleep; cholecystitis, appendicitis, SBO, perforated DU, diverticulitis) (UK); colorectal
ERAS POD 2 notes ("Last, First M", MRN and CSN, "DOS 01/06/2025", "(1/4/25)", the ERAS checklist
with doses, spouse's first name and phone, "First Last, MD (PGY-4), pager", attending) (US);
general-surgery unit admission / post-take notes ("Ms J Last (LAST, First)", UR, Medicare with
check and issue digit, the IRN digit unlabelled, "ADMITTED 30/12/2024", "EDD 2/1", NOK's first
name and 04xx mobile, registrar's pager, RMO "First L") (AU); Ontario fracture / cast clinic notes
("Last, First", "May 26, 1997", OHIP with version code, "DOI Jun 9", a parent's first name, the
ortho tech's first name, clinic number and ext) (ON); Consent Form 1 (surname and first names on
separate lines, "12.02.1973", unspaced NHS number, risks with frequencies, the patient's own words
in quotes, surgeon signing "E Last" and printing "EDNA LAST", GMC number, contact landline, a
typed lower-case patient signature, the confirming ST's name) (UK); vascular-surgery consults for
CLTI ("First M. Last", "2/5/1949", ABI / TBI / TcPO2 / WIfI kept clinical, "quit 2019"
unlabelled, a perfusionist ", CCP", sister's first name and city, the HCPOA child's full name and
cell, fellow's pager "376-1167") (US); surgical discharge letters to the GP (practice line, town,
county and Eircode, "Dear Dr Ní Cheallaigh", "03.01.1941", MRN, the patient's street, town and
Eircode, medical card number, "14th May 2025", "15th May", "since 2021" unlabelled, registrar's
3-digit bleep, secretary's landline) (IE); acute surgical ward rounds with whānau (NHI with check
digit, "10/6/1967", SMO "Ms Last", whānau first names, a kaitiaki's first name, an elder
preferring "Koro" / "Kui" (unlabelled), street and suburb, 02x mobile) (NZ); nurse-led
pre-operative assessment clinics ("Saturday 18 January 2025", POA Sister with a 5-digit ext, "Mrs
First Last", MRN and spaced NHS number, "TCI w/c 24/02/25", STOP-BANG, spouse's and child's first
names, the child's mobile, the patient's personal e-mail, last apixaban dose, joint school "Mon
29/01", signature "H. Last" and initials) (UK); MyChart message threads about a drain (sender's
name, MRN, "6/14/2024", IPv4 or IPv6 sender IP, surgeon's surname and the patient's and sister's
first names typed in lower case, "6/8", clinic phone, MyChart education URL, nurse navigator,
message ID) (US); discharge summaries after sigmoid colectomy for a colovesical fistula ("LAST,
First M", PHN, MRN, ISO dates, street, city and postal code, "Dr. M. Last" with fax, home-care
nurse, intake line, spouse's first name and cell) (BC); arthroplasty pathways with a
Rehab-in-the-Home referral (UR, spaced IHI, "4 Aug 2025", D0-D3 goals table signed with initials,
RITH coordinator, unit / street line, suburb, state and postcode, carer's first name and mobile,
key-safe code) (AU); stoma care CNS reviews ("Last, First M", "01-Apr-1980", "Mr Y. Last", "POD
3", Fittleworth delivery to street, town and postcode, "Dr Last's surgery", "w/c 10/6", "12 Jul",
stoma office landline, CNS nhs.net e-mail) (UK); level I trauma H&Ps ("Last, First", MRN and FIN,
a full SSN from the face sheet, EMS run number, mother's first name and cell, a state trooper's
surname and badge number, trauma RN with "TCRN" / "CCRN" / "CEN") (US); private-hospital
discharge summaries after laparoscopic surgery ("60Y/F", "S/o" / "D/o" / "W/o Mr. First Last",
UHID, IP number, ABHA, "Door No." / "No." / "Flat" lines, locality, city, state and PIN, "+91"
mobile, "D.O.A: 11-07-2025", "Dr. M. Last, MS, FMAS", hospital emergency landline) (IN);
hip-fracture pathway orthogeriatric reviews ("Mrs D Last (First LAST)", "AGE: 9x" often >= 90,
care-home town and postcode, "25/04", "Fri 26/04/24", 4AT / AMTS / CFS / NHFS, LPA child's first
name and landline, ST bleep, "Dr S Last") (UK); general-surgery discharge summaries ("LAST, FIRST
M" with a nickname in quotes, MRN, "2/9/2024", PCP fax, PA-C clinic suite line, city, state and
ZIP, "Feb 26", pathology accession, e-signature "Y. Last 2/12/24") (US); Quebec urology progress
notes in French and English after TURP, TWOC planned ("LAST, First", RAMQ built from the name and
DOB, dossier, "DDN: 1959/10/23", "16/09", wife's first name and cell, resident "R1", nurse's
"poste") (QC); Irish Hip Fracture Database pathways ("LAST, First", MRN, PPSN, "Age 9x" often
>= 90, nursing-home town and Eircode, child's first name and 08x mobile, "DNAR ... 3/4", CNM2
with ext) (IE); adult burns dressing charts ("LAST First", UR, unspaced IHI, "23 Oct 2024", TBSA,
a "23/10 | 1015" dressing table with RN initials, burns registrar's pager, partner's first name
and mobile, RN key "LK Liezl Last") (AU); virtual fracture clinic letters ("VFC/24/08306",
address block, sometimes with Welsh street names, "Dear Mr Last", "3rd May 2024", the consultant,
leaflet URL, helpline landline, physio's nhs.net / wales.nhs.uk e-mail, "cc GP: Dr J Last")
(UK); ambulatory surgery center post-op calls (ACL, cuff repair, carpal tunnel, septoplasty,
child T&A; "Last, First", "3/26/24", the caller's first name, phone on file in three styles,
"4/4") (US); ACC orthopaedic letters to the GP (practice street, suburb, city and postcode, "Dear
First", NHI, ACC claim number, "16 March 2025", physio's name, "cc: patient" with the unit /
street line, suburb, city and postcode) (NZ); home-care NPWT wound visits after a workplace
injury ("First Last", ULI "40289-9780", "Aug 30, 1973", street, city and postal code, WCB claim
number, case manager, SIN on the WCB form, V.A.C. serial, spouse's first name and cell) (AB);
paediatric burns outpatient dressing charts ("LAST, First", the child's DOB and "(4y 5m)", mum's
first name and mobile, health visitor's name, "04/08" rows with nurse initials, "Mr Last", a
nurse key of initials = names with bands) (UK); WOC nurse pressure-injury consults ("LAST, FIRST
M", "Age: 9x" sometimes, SNF street and city, Braden subscores, wound measurements, wound ID,
primary RN's first name, HCPOA daughter's name and phone, "CWOCN" pager) (US); fracture-clinic
letters to the GP ("Dr B Last", "Shop 20, 267 Illawarra Rd", suburb in capitals, state and
postcode, the patient's street, suburb and postcode, unspaced Medicare, "22/4/2024", "29 June
2024", "for Dr A. Last", bookings landline) (AU); burns-unit admissions (MR No., "First Last W/o
First Last" or "(minor) S/o / D/o", CNIC with the sex digit, "House No. 177, Street 27", locality,
city and postal code, "+92" mobile, a relative's first name, Parkland volume, a dressing log by
staff nurses' first names, PGR and Assistant Professor) (PK); PALS / complaints responses to a
daughter (team line and officer's nhs.net e-mail, "PR-2024-44290", the daughter's name, street,
town and postcode, "Mr First Last (DOB ...)", "31st March - 18th April 2024", "the 2nd of April",
"18/04", ward manager and consultant, the officer's first name, PHSO URL, Chief Executive) (UK);
bariatric surgery scheduling confirmations (street, city, state and ZIP+4, "Dear First", "Friday,
January 31, 2025", insurer member ID and group number, prior-auth number, "SSN (last 4)", MRN,
"1/17", phone + ext, scheduler's "fsurname@" e-mail, program coordinator) (US); hand trauma
clinics after zone II flexor tendon repair ("First Last", MRN, "22.05.1968", street, town and
county, "+353" mobile, "Miss Last", hand therapist, "26th February", SHO "Dr C. Ó Ceallaigh")
(IE); surgical wait-list letters (street, town and postal code, MSI, surgeon, decision-to-operate
date, priority level, wait-times URL, the clerk's first name, phone + ext and nshealth.ca e-mail)
(NS); elective admission (TCI) letters ("Mrs H Last", street, town and postcode, hospital and
spaced NHS numbers, RTT pathway ID, "Thursday 1 May 2025", clopidogrel last dose "23/04/25", a
reply-by date, admissions co-ordinator's nhs.net e-mail) (UK); hospitalist hip-fracture
co-management notes ('First M. Last "Nick"', "9x y/o" often >= 90, MRN, MBI, "1/8", POLST date,
son's full name, street, city, state and ZIP and cell, PA-C, Vocera "x7925") (US); trauma
tertiary surveys ("First LAST", often >= 90 as "93M", UR, spaced IHI, admission date and time,
police event number for road trauma, NOK's full name and mobile, Trauma CNC 3-digit pager, "Dr G.
Last (trauma reg)") (AU); ManageMyHealth secure messages about a wound (name and personal e-mail,
NHI, "2 Oct 2024", client IP, surgeon's surname, the relative's and the patient's own first names
typed in lower case, "24/9", Health Navigator URL, day-unit landline) (NZ); VTE risk assessment
printouts ("LAST, FIRST M", MRN, unspaced NHS number, ISO DOB, ISO date-time of the assessment,
FY's name, workstation IP, ticked risk factors, enoxaparin dose by weight and eGFR, reassessment
initials, pharmacist "R. Last 8/5") (UK); patient-relations grievance letters ("Mr. First Last",
street, city, state and ZIP, grievance number, MRN, "January 28, 2025", "01/22/2025", surgeon,
Joint Commission URL, QIO 1-888 number, advocate's phone and e-mail, director) (US); OMFS
mandible-fracture consults ("Last, First", PHIN, MRN, ISO DOB, ED doctor "Dr. G. Last", police
report number, tooth numbers "34/35" unlabelled, social worker, a relative's first name and cell,
"DMD, FRCD(C)" pager) (MB); open-tibia admissions after boda boda crashes (name in capitals, IP
number, national ID, SHA number, "P.O. Box 9478-90100" with the code as ZIP, town and estate, 07xx
and "+254" phones, NOK's full name, "05/05/2024", MO intern, consultant, nursing officer) (KE);
day-surgery next-day telephone follow-up ("H. Last", hospital number, procedure date, surgeon,
escort's first name, "5/4" calls, the patient's mobile, TWOC "Fri 22/11", DSU landline, RN)
(UK); pre-admission telephone interviews ("Mrs T Last", UR, Medicare, surgeon, "Wed 20/11/2024",
"4/11/2024", last-dose date "19/11", anaesthetist, a relative's first name and mobile, the
patient's e-mail, clinic landline + ext) (AU); Your Service Your Say complaint responses (the
writer's name, street, town, county and Eircode, "YSYS/2025/9845", "the 17th of December", the
patient's name and DOB, general manager and consultant, Ombudsman and HSE URLs, complaints
officer's landline and hse.ie e-mail) (IE); major-trauma team records ("08-Nov-24", CAD incident
number, an unknown-patient alias (unlabelled) with its emergency number, TTL / airway / ODP names,
scribe initials, T&O registrar and bleep, partner's first name, "FIRST LAST" on identification,
DOB, merged hospital and NHS numbers, NOK mobile, police collar number and incident log) (UK);
ortho-geriatric hip-fracture co-management ("POON KAM WAH" surname first, "M/9x" often >= 90,
HKID with check digit, HN number, "Flat 20B, 3/F, Block 2, ... Estate", district, "Dr WONG Yuk
Lan", a Filipino domestic helper's first name, "MSW Ms YEUNG", son "Mr POON Ka Wai" and an
8-digit mobile) (HK).

Names: curated groups per region, a person's first name and surname taken from one group (English,
Welsh, Scottish, British South Asian and West African; Irish with fadas and Gaelic surnames that
change with sex, "Ó Ceallaigh" / "Ní Cheallaigh", "Mac Cárthaigh" / "Nic Cárthaigh"; US white,
African American, Hispanic and Vietnamese; Québécois, Punjabi, Ukrainian, Chinese and Maritime
Canadian; Anglo, Greek, Italian, Lebanese and Maltese Australian; Māori, Tongan / Samoan and
Pākehā; South and North Indian; Pakistani; Kenyan; Hong Kong Cantonese, surname first), about one
patient name in five from Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ / en_IN (re-seeded
per note; word-like and eponymous names such as Ward, Bell, Brown, Walker or Foley never drawn),
relatives' first names from the family's group (a son keeps the surname, a daughter or spouse may
not; Gaelic and Polish surnames take the relative's sex), staff from a mixed international
workforce (Filipino, Keralite, Polish, Romanian, Arab, Brazilian, Afrikaans and Chinese
Singaporean groups among the local ones). Forms: "First Last", "LAST, First", "Last, First",
"Last, First M", "LAST, FIRST M", "First M. Last", "LAST First", "First LAST", "FIRST LAST",
"F. Last", "F Last" after a title ("Mrs D Last", "Dr B Last"), "Mr Last", "Dr. Last", "First L",
"SURNAME Given Name" (Hong Kong), "W/o" / "S/o" / "D/o" names, first names of relatives and staff
alone, nicknames in quotes, lower-case typed names, staff initials. No staff initials spell a
clinical abbreviation, and a note never reuses a first or last name for unrelated people (a note
whose names collide with other words in it is redrawn from the next fixed seed).

Conventions (same as heldout51): titles and credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss",
"Mr.", ", RN", ", RN, BSN", ", TCRN", ", CCRN", ", CCP", ", PA-C", ", MD", ", DO", ", FACS",
", CWOCN", ", DMD, FRCD(C)", ", FRACS (Orth)", ", MS, FMAS", " ODP", "(SpR)", "(ST6)", "(FY2)",
"(SHO)", "(PGR-3)", "(MO intern)", "R1", "CNM2", "Band 5") are outside NAME spans; "LAST, First"
is one NAME span; a nickname in quotes is its own NAME span (quotes outside); staff initials are
NAME. A street line (with its flat / unit / shop / suite / "House No." / "Door No." / "P.O. Box"
part, a GP practice's line), an Indian or Pakistani locality, a Kenyan estate, a Hong Kong estate
line and district, a suburb and a city / town (also a relative's city) are ADDRESS; a state /
province / county ("Co. Wexford", "NSW", "ON", "Tamil Nadu", "Hong Kong Island") and a country
are not PHI; UK postcodes, Eircodes, US ZIP (and ZIP+4) codes, Canadian postal codes, AU / NZ
postcodes, Indian PIN codes and Pakistani and Kenyan postal codes are ZIP. DATE: anything more
specific than a year, in 24 formats ("10/07/24", "9/7", "30/12/2024", "04/08", "12.02.1973",
"11-07-2025", "01-Apr-1980", "08-Nov-24", "27 February 2025", "17th May 2025", "15th May", "the
2nd of April", "12 Jul", "23 Oct 2024", "10/6/1967", "01/26/1962", "2/5/1949", "1/4/25", "6/8",
"Jul 8, 2024", "October 3, 2024", "Jun 9", "2024-10-30", "1959/10/23") plus ISO date-times
("2025-05-07T19:03:49") as one span; weekdays ("Wed", "Thursday"), "w/c" and "the" stay outside;
a date followed by a separate time ("5/4 10:25", "6/14/2024 10:24 PM") labels only the date;
times of day ("0839", "22:40") are never labelled. Vitals, labs with units, doses, infusion and
fluid volumes (Parkland), TBSA, wound sizes, NPWT pressure, ABI / TBI, stoma sizes,
scores (4AT, AMTS, AMT, CFS, NHFS, Braden, FLACC, STOP-BANG, ASA, GCS, MUST, Barthel, MBI, WIfI,
Rutherford) and durations are clinical (``Note.clinical``) where marked; follow-up shorthand
("6/52", "2/7", "3/7"), tooth numbers ("34/35") and Garden / Weber / Gustilo grades are
unlabelled. PHONE includes mobiles, landlines, fax, bleeps and pagers (3 to 10 digits),
extensions (the digits after "ext", "poste"; "x7925" whole), and +353 / +91 / +92 / +254 forms;
labels like "mob", "cell", "bleep", "pager", "ext", "fax" are outside. SSN: full US SSNs, the
digits of "SSN (last 4)", Irish PPSNs and Canadian SINs. ID: hospital numbers / MRN / CSN / FIN
/ UR / UHID / IP / MR / dossier / HN numbers, NHS (mod 11), IHI (AU, Luhn), NHI (check digit),
OHIP with version code, BC PHN (mod 11), ULI, MSI, PHIN, RAMQ (from the name and DOB), Medicare
(AU, check and issue digit), MBI, medical card (GMS) number, ABHA, Pakistani CNIC, Kenyan
national ID and SHA numbers, HKID (check digit), GMC numbers, ACC / WCB claim numbers, RTT
pathway IDs, VFC / PALS / YSYS / grievance references, insurer member, group and prior-auth
numbers, EMS run, CAD, police event / report / incident numbers, police badge and collar numbers,
unknown-patient emergency numbers, pathology accession, wound and message IDs, NPWT serials and
key-safe codes. AGE: ages >= 90 only, number part only ("AGE: 94", "Age 9x", "93M", "M/9x",
"9x y/o"); ages < 90 ("(28)", "60Y/F", "Age: 65") are unlabelled. Not PHI and unlabelled:
hospital, unit, service, practice, care-home and company names (Beechwood Lodge, Lakeview Nursing
Home, Fittleworth, Rehab in the Home, Home & Community Care, ManageMyHealth, MyChart, KCI),
ward / room / bed numbers, device and drug brands (Coloplast SenSura Mio, Dansac, Acticoat,
Mepitel, Mepilex, Jelonet, Penthrox, V.A.C. Freedom, Juven, Vashe, Ozempic, Dolo, Cremaffin,
Laxido), eponyms (Hartmann's, Murphy's, Rovsing's, Broström, Lund & Browder, Parkland), an
unknown-patient alias ("UNKNOWN MALE DELTA"), the AU Medicare IRN digit, kinship and respect
terms ("Koro", "Kui", "whānau"), years alone ("since 2021", "quit 2019") and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
August 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
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

# ---------------------------------------------------------------------------------------------
# names: curated groups (male first names, female first names, surnames); a surname given as a
# tuple is (male form, female form)
# ---------------------------------------------------------------------------------------------

Surname = str | tuple[str, str]

GROUPS: dict[str, tuple[list[str], list[str], list[Surname]]] = {
    "uk_en": (
        ["Graham", "Trevor", "Keith", "Nigel", "Malcolm", "Derek", "Roger", "Clive", "Stuart",
         "Barry", "Colin", "Neil", "Philip", "Adrian", "Jeremy", "Howard", "Dennis", "Raymond",
         "Geoffrey", "Kenneth", "Darren", "Liam", "Callum", "Oliver", "Harvey", "Toby", "Jason"],
        ["Pauline", "Janet", "Maureen", "Brenda", "Shirley", "Gillian", "Hazel", "Valerie",
         "Beverley", "Lorraine", "Tracey", "Sharon", "Deborah", "Joanne", "Kerry", "Hayley",
         "Gemma", "Chloe", "Bethany", "Lucy", "Philippa", "Rosemary", "Marjorie", "Doreen",
         "Edna", "Winifred", "Elsie", "Sylvia"],
        ["Pickering", "Ashworth", "Thornton", "Whitaker", "Holroyd", "Sutcliffe", "Ackroyd",
         "Barraclough", "Hepworth", "Pilkington", "Broadbent", "Haigh", "Kershaw", "Lister",
         "Metcalfe", "Outhwaite", "Rushworth", "Scholes", "Tattersall", "Wainwright", "Crowther",
         "Dobson", "Fairclough", "Hinchcliffe", "Illingworth", "Jagger", "Lumb", "Mottram",
         "Naylor", "Oldroyd", "Pollard", "Riley", "Shackleton", "Townend", "Varley", "Womersley",
         "Beresford", "Cartwright", "Eastwood", "Fothergill", "Gledhill", "Horsfall"],
    ),
    "uk_welsh": (
        ["Gareth", "Rhys", "Dafydd", "Emyr", "Huw", "Gwilym", "Iwan", "Gethin", "Owain",
         "Meirion", "Elfed", "Aneurin"],
        ["Sian", "Ffion", "Carys", "Bethan", "Nia", "Eirlys", "Gwenllian", "Mererid", "Rhian",
         "Catrin", "Angharad", "Lowri"],
        ["Pritchard", "Prosser", "Bevan", "Gwynne", "Llewellyn", "Pugh", "Vaughan", "Probert",
         "Meredith", "Powell", "Rowlands", "Jenkins", "Parry", "Griffiths", "Howells", "Bowen",
         "Lloyd"],
    ),
    "uk_scot": (
        ["Alasdair", "Hamish", "Fraser", "Ewan", "Calum", "Murdo", "Angus", "Struan", "Ruaridh"],
        ["Morag", "Kirsty", "Isla", "Eilidh", "Fiona", "Catriona", "Shona", "Mhairi", "Ishbel"],
        ["MacLeod", "McKenzie", "Drummond", "Cameron", "Urquhart", "Buchanan", "Ferguson",
         "Macintyre", "Sinclair", "Lennox", "Gillespie", "Kerr", "Munro", "Robertson"],
    ),
    "uk_sasian": (
        ["Imran", "Tariq", "Farhan", "Sanjeev", "Rajesh", "Harjit", "Gurdeep", "Asif", "Zubair",
         "Kamran", "Nadeem", "Bilal", "Ravinder", "Shahid"],
        ["Nasreen", "Shazia", "Farzana", "Rukhsana", "Parveen", "Harpreet", "Kiran", "Sunita",
         "Anjali", "Rehana", "Yasmin", "Ayesha", "Saima"],
        ["Hussain", "Akhtar", "Mahmood", "Chaudhry", "Iqbal", "Rashid", "Sandhu", "Dhillon",
         "Bains", "Mistry", "Patel", "Parmar", "Chauhan", "Qureshi", "Siddiqui", "Rahman",
         "Uddin", "Miah"],
    ),
    "uk_wafr": (
        ["Oluwaseun", "Chukwuemeka", "Kwabena", "Kofi", "Tunde", "Emeka", "Adebayo", "Yaw",
         "Femi", "Kwame"],
        ["Abimbola", "Ngozi", "Folasade", "Chiamaka", "Adwoa", "Funmilayo", "Yetunde", "Efua",
         "Nkechi"],
        ["Adeyemi", "Okonkwo", "Mensah", "Owusu", "Okafor", "Oyelaran", "Boateng", "Asante",
         "Nwachukwu", "Olawale", "Ogunleye", "Darko", "Agyeman"],
    ),
    "ie": (
        ["Seán", "Pádraig", "Ciarán", "Dónal", "Tadhg", "Cathal", "Eoin", "Colm", "Diarmuid",
         "Fergal", "Declan", "Brendan", "Niall", "Ruairí", "Micheál", "Oisín", "Cormac",
         "Darragh", "Kieran", "Gerard", "Noel", "Fintan"],
        ["Siobhán", "Aoife", "Niamh", "Gráinne", "Máire", "Caoimhe", "Sinéad", "Orla", "Bríd",
         "Róisín", "Eimear", "Deirdre", "Áine", "Clodagh", "Nuala", "Mairéad", "Fionnuala",
         "Ailbhe", "Saoirse", "Úna", "Breda", "Majella"],
        ["Brennan", "Fitzgerald", "Hennessy", "Kavanagh", "Moriarty", "Mulcahy", "Nolan",
         "O'Brien", "O'Donoghue", "O'Driscoll", "O'Mahony", "O'Sullivan", "Quinlan", "Shanahan",
         "Tierney", "Walsh", "McCarthy", "McGrath", "Cullinane", "Dunne", "Hegarty", "Kinsella",
         "Mannion", "Nagle", "Phelan", "Scanlon", "Twomey", "Whelan", "Ahern", "Costigan",
         "Delaney", "Geraghty", "Hanrahan",
         ("Ó Súilleabháin", "Ní Shúilleabháin"), ("Ó Briain", "Ní Bhriain"),
         ("Mac Cárthaigh", "Nic Cárthaigh"), ("Ó Ceallaigh", "Ní Cheallaigh"),
         ("Ó Murchú", "Ní Mhurchú"), ("Ó Dónaill", "Ní Dhónaill"),
         ("Mac Aodha", "Nic Aodha"),
         ("Ó Conchúir", "Ní Chonchúir")],
    ),
    "us_white": (
        ["Dale", "Randy", "Wayne", "Travis", "Brandon", "Tyler", "Cody", "Garrett", "Kurt",
         "Duane", "Clayton", "Dwight", "Lyle", "Russell", "Gregory", "Douglas", "Chad"],
        ["Tammy", "Kimberly", "Heather", "Rhonda", "Darlene", "Peggy", "Lois", "Carolyn",
         "Kristen", "Megan", "Brittany", "Lindsey", "Shelby", "Colleen"],
        ["Schneider", "Lindqvist", "Hoffmann", "Brandt", "Gallagher", "Sorensen", "Yoder",
         "Zimmerman", "Mueller", "Hendricks", "Kowalczyk", "McAllister", "Pruitt", "Caldwell",
         "Whitfield", "Lundgren", "Hartley", "Bauer", "Novak", "Fitzpatrick", "Dempsey",
         "Olson", "Swenson", "Stroud", "Beckett", "Tillman", "Kessler"],
    ),
    "us_aa": (
        ["DeShawn", "Tyrone", "Darnell", "Marcus", "Jerome", "Cedric", "Terrence", "Andre",
         "Jamal", "Demetrius", "Reginald", "Lamar", "Darius", "Malik"],
        ["Latoya", "Keisha", "Tanisha", "Shaniqua", "Ebony", "Monique", "Aaliyah", "Jasmine",
         "Imani", "Kiara", "Tamika", "Yolanda", "Gwendolyn", "Bernice"],
        ["Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Gaines", "Dorsey",
         "Holloway", "Mosley", "Pettaway", "Tolliver", "Whitlock", "Boykin", "Merriweather",
         "Gadsden", "Bynum", "Pickett", "Ruffin", "Swain"],
    ),
    "us_hisp": (
        ["Alejandro", "Joaquín", "Ramón", "Esteban", "Héctor", "Guillermo", "Luis", "Mateo",
         "Rogelio", "Arturo", "Eduardo", "Ignacio"],
        ["Guadalupe", "Marisol", "Yesenia", "Araceli", "Rocío", "Xiomara", "Leticia", "Maribel",
         "Graciela", "Ximena", "Lourdes", "Esperanza"],
        ["Gutiérrez", "Villarreal", "Castañeda", "Quintanilla", "Ochoa", "Barrientos", "Zamora",
         "Espinoza", "Montoya", "Salazar", "Cervantes", "Alvarado", "Fuentes", "Navarro",
         "Trujillo", "Delgado", "Saldaña"],
    ),
    "viet": (
        ["Minh", "Tuan", "Quang", "Huy", "Thanh", "Duc", "Khoa", "Vinh"],
        ["Thuy", "Huong", "Ngoc", "Trang", "Linh", "Phuong", "Hanh"],
        ["Nguyen", "Tran", "Pham", "Huynh", "Dang", "Bui", "Ngo", "Duong", "Truong", "Lam",
         "Phan"],
    ),
    "ca_qc": (
        ["Jean-Guy", "Réjean", "Gilles", "Yves", "Sylvain", "Mathieu", "Benoît", "Étienne",
         "Luc", "Marc-André", "Normand"],
        ["Josée", "Ginette", "Nathalie", "Geneviève", "Chantal", "Sylvie", "Manon", "Lise",
         "Johanne", "Mélanie", "Véronique", "Francine"],
        ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Côté", "Pelletier", "Bergeron",
         "Gauthier", "Ouellet", "Thibault", "Fortin", "Bélanger", "Lapointe", "Desjardins",
         "Cloutier", "Poirier", "Gendron", "Paquette", "Lachance", "Boucher"],
    ),
    "ca_punjabi": (
        ["Gurpreet", "Harjinder", "Jaspreet", "Manpreet", "Sukhwinder", "Amarjit", "Baljit",
         "Navdeep", "Kulwant", "Paramjit"],
        ["Simranjit", "Rajwinder", "Navneet", "Jasleen", "Gurleen", "Manjit", "Kulwinder",
         "Sukhpreet"],
        ["Grewal", "Sidhu", "Dhaliwal", "Brar", "Aulakh", "Toor", "Sekhon", "Bhullar",
         "Randhawa", "Johal", "Cheema"],
    ),
    "ca_ukr": (
        ["Taras", "Bohdan", "Yaroslav", "Myroslav", "Oleksandr", "Volodymyr", "Stepan", "Mykola",
         "Orest"],
        ["Oksana", "Halyna", "Nadia", "Olena", "Lesia", "Iryna", "Khrystyna", "Tetiana"],
        ["Kowalchuk", "Hrynchuk", "Bilyk", "Zelinsky", "Melnyk", "Shevchenko", "Tkachuk",
         "Bondarenko", "Kravchuk", "Yaremko", "Stefaniuk", "Dmytruk", "Lysenko"],
    ),
    "ca_chinese": (
        ["Kwok-Wai", "Chun-Ming", "Wai-Keung", "Ka-Lok", "Siu-Ming"],
        ["Mei-Ling", "Yuk-Lan", "Shuk-Yee", "Wai-Ling", "Pui-Shan"],
        ["Leung", "Cheung", "Wong", "Chan", "Lau", "Kwan", "Tse", "Yip", "Fung", "Mak"],
    ),
    "ca_maritime": (
        ["Gordie", "Wendell", "Ronnie", "Allister", "Trent", "Elwood", "Glenn"],
        ["Marlene", "Lorna", "Dianne", "Rhoda", "Verna", "Charlene", "Glenda"],
        ["MacIsaac", "MacNeil", "Chiasson", "LeBlanc", "Boudreau", "Arsenault", "Cormier",
         "MacDougall", "Gillis", "MacKinnon", "Doucette", "Comeau"],
    ),
    "au_anglo": (
        ["Bruce", "Darryl", "Craig", "Brett", "Warren", "Lachlan", "Jarrod", "Rodney", "Kym",
         "Troy", "Mitchell"],
        ["Kylie", "Narelle", "Leanne", "Sharyn", "Raelene", "Tegan", "Jacinta", "Bronwyn",
         "Deidre", "Carmel", "Coralie"],
        ["McPherson", "Hetherington", "Brodie", "Rutherford", "Cornish", "Pascoe", "Treloar",
         "Hocking", "Trevaskis", "Blackwood", "Gillard", "Kilpatrick", "Henshaw", "Dunstan",
         "Polkinghorne", "Trengove"],
    ),
    "au_greek": (
        ["Konstantinos", "Dimitrios", "Georgios", "Christos", "Nikolaos", "Spiros", "Vasilis",
         "Yianni", "Panagiotis"],
        ["Eleni", "Vasiliki", "Despina", "Angeliki", "Sofia", "Katerina", "Anastasia",
         "Paraskevi"],
        ["Papadopoulos", "Karagiannis", "Georgiou", "Dimitriou", "Christodoulou",
         "Konstantinidis", "Pappas", "Antoniou", "Vlahos", "Tsiolkas", "Kyriakou", "Manolas"],
    ),
    "au_ital": (
        ["Giuseppe", "Salvatore", "Domenico", "Vincenzo", "Antonio", "Francesco", "Rocco",
         "Carmelo"],
        ["Concetta", "Giuseppina", "Rosaria", "Carmela", "Antonietta", "Filomena", "Lucia",
         "Annunziata"],
        ["Russo", "Esposito", "Romano", "Ricci", "Marino", "Greco", "Conti", "Mancini",
         "Barbaro", "Lombardo", "Caruso", "Santoro", "Vitale"],
    ),
    "au_leb": (
        ["Georges", "Elias", "Khalil", "Antoun", "Fadi", "Rami", "Charbel", "Maroun"],
        ["Rania", "Nadine", "Mirna", "Hoda", "Samira", "Layla", "Joumana", "Ghada"],
        ["Khoury", "Haddad", "Nassar", "Saab", "Fakhoury", "Tannous", "Azzi", "Harb", "Daher",
         "Rahme", "Chidiac", "Karam"],
    ),
    "au_malt": (
        ["Emanuel", "Nazzareno", "Godfrey", "Carmelo", "Joseph"],
        ["Doris", "Josephine", "Carmen", "Marija", "Rita"],
        ["Borg", "Camilleri", "Vella", "Farrugia", "Grech", "Azzopardi", "Zammit", "Cauchi",
         "Mifsud", "Galea"],
    ),
    "nz_maori": (
        ["Wiremu", "Tamati", "Rawiri", "Tane", "Mikaere", "Nikau", "Hone", "Rewi", "Piripi",
         "Manaia"],
        ["Aroha", "Mere", "Hine", "Kiri", "Ngaire", "Huia", "Moana", "Anahera", "Marama",
         "Rangimarie", "Awhina"],
        ["Ngata", "Parata", "Tipene", "Te Whata", "Waititi", "Kereama", "Herewini", "Tamihana",
         "Horomona", "Te Kani", "Pōmare", "Hōhaia", "Wihongi", "Ruatapu"],
    ),
    "nz_pasifika": (
        ["Sione", "Viliami", "Tevita", "Sefo", "Ioane", "Falani", "Malakai", "Siaosi", "Tavita"],
        ["Mele", "Losana", "Salote", "Lupe", "Seini", "Fetu", "Ofa", "Tupou", "Malia"],
        ["Taufa", "Fonua", "Vaipulu", "Tuilagi", "Leota", "Faleolo", "Aumua", "Fifita",
         "Havili", "Latu", "Mataele", "Pouono", "Sapolu", "Tapueluelu"],
    ),
    "nz_pakeha": (
        ["Blair", "Campbell", "Logan", "Dougal", "Hamish", "Nigel"],
        ["Robyn", "Raewyn", "Glenys", "Annabel", "Jocelyn", "Ngaio"],
        ["McIntosh", "Dunlop", "Sutherland", "Beattie", "Crosbie", "McLachlan", "Rountree",
         "Tregear", "Haslam"],
    ),
    "in_south": (
        ["Venkatesh", "Srinivasan", "Karthik", "Murugan", "Senthil", "Ramesh", "Balaji",
         "Prakash", "Anand", "Suresh", "Raghavan", "Vignesh", "Dinesh"],
        ["Lakshmi", "Kavitha", "Meenakshi", "Revathi", "Saranya", "Priya", "Deepa", "Selvi",
         "Anitha", "Padmavathi", "Vasanthi"],
        ["Subramanian", "Krishnamurthy", "Raghunathan", "Venkataraman", "Iyer", "Nair", "Menon",
         "Pillai", "Reddy", "Naidu", "Rao", "Shetty", "Gowda", "Chandrasekaran"],
    ),
    "in_north": (
        ["Rajendra", "Vikram", "Sanjay", "Amit", "Rohit", "Pankaj", "Manoj", "Deepak", "Ashok",
         "Rakesh"],
        ["Pooja", "Neha", "Rekha", "Suman", "Anita", "Kamla", "Savita", "Meera", "Shalini"],
        ["Sharma", "Verma", "Gupta", "Agarwal", "Srivastava", "Mishra", "Tiwari", "Yadav",
         "Pandey", "Joshi", "Saxena", "Bhatia"],
    ),
    "pk": (
        ["Zahid", "Tahir", "Waqas", "Usman", "Faisal", "Haroon", "Adnan", "Junaid", "Rizwan",
         "Naveed", "Sohail"],
        ["Sadia", "Bushra", "Rabia", "Samina", "Uzma", "Amna", "Hina", "Fozia", "Mehwish",
         "Shabnam", "Nighat"],
        ["Malik", "Qureshi", "Khan", "Awan", "Bhatti", "Chaudhry", "Rana", "Sheikh", "Abbasi",
         "Mirza", "Javed", "Gondal", "Warraich", "Cheema"],
    ),
    "ke": (
        ["Brian", "Kevin", "Dennis", "Samuel", "Geoffrey", "Moses", "Evans", "Kennedy", "Wycliffe",
         "Alfred"],
        ["Esther", "Beatrice", "Caroline", "Naomi", "Jacinta", "Winnie", "Wanjiku", "Achieng",
         "Nyambura", "Atieno", "Jepkoech", "Wambui"],
        ["Otieno", "Odhiambo", "Ochieng", "Kamau", "Njoroge", "Mwangi", "Kiprotich", "Cheruiyot",
         "Mutua", "Wekesa", "Barasa", "Onyango", "Kibet", "Nyaga", "Kariuki", "Wafula"],
    ),
    "hk": (
        ["Siu Ming", "Ka Wai", "Chi Keung", "Wai Kuen", "Kam Wah", "Yiu Tong", "Chun Yip",
         "Kin Lok", "Tsz Chung"],
        ["Yuk Lan", "Sau Ying", "Pui Shan", "Mei Ling", "Shuk Yee", "Lai Ping", "Hoi Yan",
         "Tsz Ching", "Kit Ying"],
        ["Chan", "Wong", "Leung", "Cheung", "Lau", "Yeung", "Tsang", "Tam", "Kwok", "Choi",
         "Mak", "Fung", "Tse", "Chow", "Lai", "Yuen", "Poon", "Kwan"],
    ),
    # staff from a mixed international workforce
    "ph": (
        ["Rodel", "Arnel", "Jomar", "Ariel", "Reynaldo", "Marvin", "Rommel"],
        ["Maricel", "Rowena", "Analyn", "Rosalie", "Marites", "Jenalyn", "Cherrie"],
        ["dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Manalo",
         "Pascual", "Aquino", "Soriano", "Dizon", "Macaraeg"],
    ),
    "kerala": (
        ["Jibin", "Shijo", "Anish", "Bibin", "Jithin", "Sreejith"],
        ["Jincy", "Anju", "Sheeba", "Remya", "Divya", "Sini", "Jisha", "Bincy"],
        ["Varghese", "Kurian", "Mathew", "Abraham", "Chacko", "Kuriakose", "Eapen",
         "Thankachan", "Mathai"],
    ),
    "pl": (
        ["Tomasz", "Krzysztof", "Paweł", "Marcin", "Grzegorz", "Łukasz"],
        ["Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Magdalena", "Ewelina"],
        [("Wiśniewski", "Wiśniewska"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
         ("Zieliński", "Zielińska"), "Nowak", "Wójcik", "Mazur", "Krawczyk"],
    ),
    "ro": (
        ["Andrei", "Mihai", "Bogdan", "Ionuț", "Cristian"],
        ["Ioana", "Andreea", "Roxana", "Alina", "Mihaela"],
        ["Popescu", "Ionescu", "Stoica", "Dumitru", "Munteanu", "Ungureanu", "Moldovan"],
    ),
    "arab": (
        ["Omar", "Khalid", "Yousef", "Ahmed", "Hamza", "Tarek"],
        ["Noor", "Dalia", "Hala", "Reem", "Lina", "Maha"],
        ["Al-Sayed", "Mansour", "Abdelrahman", "Al-Hashimi", "Farouk", "Nasser", "El-Amin"],
    ),
    "br": (
        ["Thiago", "Rafael", "Gustavo", "Leandro"],
        ["Fernanda", "Larissa", "Juliana", "Camila"],
        ["Oliveira", "Carvalho", "Pereira", "Rodrigues", "Almeida"],
    ),
    "sg": (
        ["Wei Ming", "Jun Hao", "Zhi Wei", "Kok Leong", "Boon Keat"],
        ["Hui Min", "Xin Yi", "Pei Shan", "Li Ting", "Siew Ling"],
        ["Tan", "Lim", "Goh", "Teo", "Koh", "Ong", "Chua", "Sim", "Ang"],
    ),
    "za": (
        ["Pieter", "Johannes", "Hendrik", "Francois", "Jaco", "Riaan", "Gerhard", "Wynand"],
        ["Anri", "Marelize", "Elmarie", "Annelie", "Liezl", "Riana", "Mariska"],
        ["van der Merwe", "Botha", "Pretorius", "du Plessis", "Joubert", "Venter", "Steyn",
         "Kruger", "Coetzee", "van Niekerk", "Labuschagne", "Erasmus", "Fourie", "le Roux"],
    ),
}

# patient groups (weights) and the Faker fallback locale per region
REGIONS: dict[str, tuple[list[tuple[str, int]], str]] = {
    "uk": ([("uk_en", 6), ("uk_welsh", 2), ("uk_scot", 1), ("uk_sasian", 2), ("uk_wafr", 1)],
           "en_GB"),
    "us": ([("us_white", 4), ("us_aa", 3), ("us_hisp", 3), ("viet", 1)], "en_US"),
    "ca": ([("ca_qc", 2), ("ca_punjabi", 2), ("ca_ukr", 2), ("ca_chinese", 1),
            ("ca_maritime", 2)], "en_CA"),
    "qc": ([("ca_qc", 1)], "en_CA"),
    "au": ([("au_anglo", 4), ("au_greek", 2), ("au_ital", 2), ("au_leb", 2), ("au_malt", 1),
            ("viet", 1)], "en_AU"),
    "ie": ([("ie", 1)], "en_IE"),
    "nz": ([("nz_maori", 3), ("nz_pasifika", 2), ("nz_pakeha", 2)], "en_NZ"),
    "in": ([("in_south", 2), ("in_north", 1)], "en_IN"),
    "pk": ([("pk", 1)], "en_IN"),
    "ke": ([("ke", 1)], ""),
    "hk": ([("hk", 1)], ""),
}

STAFF: dict[str, list[tuple[str, int]]] = {
    "uk": [("uk_en", 4), ("uk_welsh", 1), ("uk_scot", 1), ("uk_sasian", 3), ("uk_wafr", 2),
           ("ph", 2), ("kerala", 2), ("pl", 1), ("ro", 1), ("arab", 1), ("br", 1), ("ie", 1),
           ("sg", 1), ("za", 1)],
    "us": [("us_white", 4), ("us_aa", 2), ("us_hisp", 2), ("viet", 1), ("ph", 2), ("kerala", 1),
           ("arab", 1), ("uk_wafr", 1), ("in_north", 1)],
    "ca": [("ca_qc", 2), ("ca_punjabi", 2), ("ca_ukr", 1), ("ca_chinese", 1), ("ca_maritime", 2),
           ("ph", 2), ("arab", 1), ("in_south", 1)],
    "qc": [("ca_qc", 5), ("arab", 1), ("ro", 1)],
    "au": [("au_anglo", 4), ("au_greek", 1), ("au_ital", 1), ("au_leb", 1), ("viet", 1),
           ("sg", 2), ("kerala", 1), ("ph", 1), ("za", 1), ("in_south", 1)],
    "ie": [("ie", 6), ("ph", 2), ("kerala", 2), ("pl", 1), ("ro", 1), ("arab", 1), ("pk", 1)],
    "nz": [("nz_pakeha", 3), ("nz_maori", 2), ("nz_pasifika", 1), ("za", 2), ("ph", 1),
           ("in_south", 1), ("sg", 1)],
    "in": [("in_south", 3), ("in_north", 2), ("kerala", 2)],
    "pk": [("pk", 1)],
    "ke": [("ke", 1)],
    "hk": [("hk", 1)],
}

# name tokens never drawn from Faker: words of English or of these notes, and eponyms
WORDLIKE = frozenset(
    ["ward", "bell", "hill", "green", "brown", "white", "black", "gray", "grey", "rose", "may",
     "june", "hope", "grace", "joy", "faith", "day", "long", "short", "little", "young", "wood",
     "moss", "lane", "street", "page", "hall", "rich", "cross", "bishop", "chase", "mark", "bill",
     "pat", "will", "art", "sage", "dawn", "summer", "autumn", "frank", "price", "stone", "marsh",
     "banks", "cole", "fox", "lamb", "bird", "swan", "crane", "nurse", "foster", "mason", "porter",
     "cook", "baker", "walker", "frame", "fields", "english", "french", "irish", "welsh", "bond",
     "read", "reading", "bath", "hull", "power", "mann", "butt", "guard", "smart", "lad", "golden",
     "king", "knight", "sharp", "bright", "booth", "carr", "wall", "small", "strong", "hunt",
     "gold", "silver", "drake", "jay", "ray", "rush", "best", "bass", "field", "moon", "crystal",
     "amber", "ivy", "holly", "robin", "sunny", "lee", "love", "north", "south", "east", "west",
     "pope", "dean", "gay", "heath", "hardy", "noble", "brooks", "may", "burns", "murray", "foley",
     "hartmann", "parsons", "barber", "mills", "head", "sky", "sterling", "pearl", "ruby", "jade",
     "olive", "penny", "fern", "poppy", "sandy", "storm", "lance", "dick", "pierce", "wolf", "ash",
     "alex"]
)

PARTICLES = frozenset(
    ["de", "da", "van", "der", "den", "du", "le", "la", "mac", "nic", "ní", "ó", "uí", "bin",
     "binti", "al", "el", "ap", "von", "di", "del", "dos", "te"]
)

# two-letter strings never used as a person's initials (clinical and common abbreviations)
BAD_INITIALS = frozenset(
    ["AB", "AC", "AD", "AE", "AF", "AI", "AK", "AM", "AN", "AP", "AS", "AT", "BD", "BE", "BM",
     "BO", "BP", "BS", "BY", "CA", "CD", "CI", "CO", "CR", "CS", "CT", "CV", "DC", "DH", "DM",
     "DN", "DO", "DR", "DS", "DU", "DW", "EA", "EB", "EC", "ED", "EF", "EM", "EN", "ER", "ES",
     "EU", "EX", "FB", "FH", "FY", "GA", "GB", "GI", "GM", "GO", "GP", "GU", "HB", "HD", "HE",
     "HF", "HM", "HR", "HT", "ID", "IF", "IM", "IN", "IO", "IP", "IS", "IT", "IU", "IV", "JP",
     "KG", "LA", "LD", "LL", "LP", "LV", "MA", "MC", "MD", "ME", "MH", "MI", "ML", "MO", "MR",
     "MS", "MY", "NA", "NB", "ND", "NG", "NH", "NO", "NP", "NS", "NT", "OA", "OB", "OD", "OF",
     "OH", "OK", "OM", "ON", "OP", "OR", "OS", "OT", "PA", "PC", "PD", "PE", "PH", "PM", "PO",
     "PR", "PS", "PT", "PV", "QE", "RA", "RD", "RE", "RF", "RL", "RM", "RN", "RR", "RV", "SA",
     "SB", "SC", "SD", "SE", "SH", "SI", "SO", "SP", "SR", "SS", "ST", "SW", "TA", "TB", "TC",
     "TD", "TF", "TO", "TT", "TV", "UA", "UC", "UE", "UK", "UP", "US", "UV", "VA", "VC", "VF",
     "VS", "VT", "WC", "WD", "WE", "WR", "WT", "XR"]
)


@dataclass
class Person:
    first: str
    last: str
    sex: str  # "M" / "F"
    group: str
    middle: str = ""
    rel: str = ""  # for a relative: "son", "wife", ...

    @property
    def fi(self) -> str:
        return self.first[0]

    @property
    def mi(self) -> str:
        return self.middle[0] if self.middle else ""

    @property
    def core_last(self) -> str:
        """The surname without its particles ("Ó Súilleabháin" -> "Súilleabháin")."""
        parts = [w for w in self.last.split() if w.lower() not in PARTICLES]
        return parts[-1] if parts else self.last

    @property
    def inits(self) -> str:
        return (self.first[0] + self.core_last[0]).upper()

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _tokens(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"[\s\-']+", name) if w and w.lower() not in PARTICLES]


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(d: date, style: str) -> str:
    """One of the date formats of the corpus."""
    y, m, dd = d.year, d.month, d.day
    return {
        "dmy": f"{dd:02d}/{m:02d}/{y}",
        "dmy_nz": f"{dd}/{m}/{y}",
        "dmy2": f"{dd:02d}/{m:02d}/{y % 100:02d}",
        "dmy2_nz": f"{dd}/{m}/{y % 100:02d}",
        "dm": f"{dd}/{m}",
        "dm0": f"{dd:02d}/{m:02d}",
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "dot2": f"{dd}.{m}.{y % 100:02d}",
        "dash": f"{dd:02d}-{m:02d}-{y}",
        "d_mon_y": f"{dd} {MON[m - 1]} {y}",
        "d_month_y": f"{dd} {MONTH[m - 1]} {y}",
        "th_month_y": f"{ordinal(dd)} {MONTH[m - 1]} {y}",
        "th_month": f"{ordinal(dd)} {MONTH[m - 1]}",
        "th_of_month": f"{ordinal(dd)} of {MONTH[m - 1]}",
        "d_mon": f"{dd} {MON[m - 1]}",
        "d_month": f"{dd} {MONTH[m - 1]}",
        "d-mon-y2": f"{dd:02d}-{MON[m - 1]}-{y % 100:02d}",
        "d-mon-y": f"{dd:02d}-{MON[m - 1]}-{y}",
        "D-MON-Y": f"{dd:02d}-{MON[m - 1].upper()}-{y}",
        "DMONY": f"{dd:02d}{MON[m - 1].upper()}{y}",
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy_nz": f"{m}/{dd}/{y}",
        "mdy2": f"{m}/{dd}/{y % 100:02d}",
        "md": f"{m}/{dd}",
        "mon_d_y": f"{MON[m - 1]} {dd}, {y}",
        "month_d_y": f"{MONTH[m - 1]} {dd}, {y}",
        "mon_d": f"{MON[m - 1]} {dd}",
        "month_d": f"{MONTH[m - 1]} {dd}",
        "iso": d.isoformat(),
        "ymd_slash": f"{y}/{m:02d}/{dd:02d}",
        "month_y": f"{MONTH[m - 1]} {y}",
        "mon_y": f"{MON[m - 1]} {y}",
        "m_y": f"{m}/{y}",
        "compact": f"{y}{m:02d}{dd:02d}",
    }[style]


# ---------------------------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------------------------

def luhn_digit(digits: str) -> int:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return (10 - total % 10) % 10


# ---------------------------------------------------------------------------------------------
# places: (town, county / state / province, postcode prefix)
# ---------------------------------------------------------------------------------------------

UK_TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Wakefield", "WF"), ("Sheffield", "S"),
            ("Nottingham", "NG"), ("Derby", "DE"), ("Leicester", "LE"), ("Stockport", "SK"),
            ("Bolton", "BL"), ("Wigan", "WN"), ("Norwich", "NR"), ("Ipswich", "IP"),
            ("Exeter", "EX"), ("Plymouth", "PL"), ("Truro", "TR"), ("Swindon", "SN"),
            ("Luton", "LU"), ("Coventry", "CV"), ("Sunderland", "SR"), ("Carlisle", "CA"),
            ("Lancaster", "LA"), ("Preston", "PR"), ("Blackburn", "BB"), ("York", "YO"),
            ("Doncaster", "DN"), ("Lincoln", "LN"), ("Peterborough", "PE"), ("Gloucester", "GL"),
            ("Worcester", "WR"), ("Telford", "TF"), ("Shrewsbury", "SY"), ("Stoke-on-Trent", "ST"),
            ("Chester", "CH"), ("Warrington", "WA"), ("Crewe", "CW"), ("Northampton", "NN"),
            ("Colchester", "CO"), ("Chelmsford", "CM"), ("Maidstone", "ME"),
            ("Canterbury", "CT"), ("Portsmouth", "PO"), ("Southampton", "SO"),
            ("Bournemouth", "BH"), ("Salisbury", "SP"), ("Taunton", "TA"), ("Bristol", "BS"),
            ("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"), ("Wrexham", "LL"),
            ("Halifax", "HX"), ("Huddersfield", "HD"), ("Harrogate", "HG"), ("Rotherham", "S"),
            ("Barnsley", "S"), ("Oldham", "OL"), ("Rochdale", "OL"), ("Kendal", "LA"),
            ("Scunthorpe", "DN"), ("Grimsby", "DN"), ("Kettering", "NN")]
WELSH_TOWNS = [("Cardiff", "CF"), ("Swansea", "SA"), ("Newport", "NP"), ("Wrexham", "LL"),
               ("Bangor", "LL"), ("Carmarthen", "SA"), ("Aberystwyth", "SY"), ("Llanelli", "SA"),
               ("Merthyr Tydfil", "CF"), ("Bridgend", "CF")]
UK_STREETS = ["Cromwell Road", "Beech Grove", "Station Road", "Westfield Avenue", "Priory Close",
              "Mill Street", "Church View", "Rowan Drive", "Elmfield Terrace", "Kingsway",
              "Albert Road", "Manor Park Crescent", "Sandringham Way", "Orchard Close",
              "Brunswick Street", "Tennyson Avenue", "Heathfield Road", "Larch Close",
              "Windsor Gardens", "Highfield Lane", "Rectory Lane", "Castle Street",
              "Victoria Terrace", "Moorland View", "Belmont Avenue", "Ash Tree Close",
              "Queensway", "Chapel Fold", "Ferncliffe Road", "Springbank Rise", "Lidget Lane",
              "Whinmoor Way", "Hollybush Grove", "Marlborough Court", "Alder Way"]
WELSH_STREETS = ["Heol y Nant", "Ffordd y Brenin", "Heol Llanishen Fach", "Maes y Coed",
                 "Stryd Fawr", "Heol Eglwys", "Cae Glas", "Lôn Las", "Heol Tyn y Coed"]
US_PLACES = [("Dayton", "OH", "454"), ("Columbus", "OH", "432"), ("Toledo", "OH", "436"),
             ("Louisville", "KY", "402"), ("Lexington", "KY", "405"), ("Knoxville", "TN", "379"),
             ("Memphis", "TN", "381"), ("Birmingham", "AL", "352"), ("Jackson", "MS", "392"),
             ("Little Rock", "AR", "722"), ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"),
             ("Des Moines", "IA", "503"), ("Madison", "WI", "537"), ("Milwaukee", "WI", "532"),
             ("Grand Rapids", "MI", "495"), ("Lansing", "MI", "489"), ("Fort Wayne", "IN", "468"),
             ("Peoria", "IL", "616"), ("Springfield", "MO", "658"), ("Wichita", "KS", "672"),
             ("Albuquerque", "NM", "871"), ("El Paso", "TX", "799"), ("San Antonio", "TX", "782"),
             ("Austin", "TX", "787"), ("Lubbock", "TX", "794"), ("Tucson", "AZ", "857"),
             ("Fresno", "CA", "937"), ("Bakersfield", "CA", "933"), ("Spokane", "WA", "992"),
             ("Boise", "ID", "837"), ("Richmond", "VA", "232"), ("Raleigh", "NC", "276"),
             ("Greenville", "SC", "296"), ("Savannah", "GA", "314"), ("Macon", "GA", "312"),
             ("Tampa", "FL", "336"), ("Pensacola", "FL", "325"), ("Baton Rouge", "LA", "708"),
             ("Shreveport", "LA", "711"), ("Scranton", "PA", "185"), ("Allentown", "PA", "181"),
             ("Worcester", "MA", "016"), ("Hartford", "CT", "061"), ("Syracuse", "NY", "132"),
             ("Rochester", "NY", "146"), ("Cleveland", "OH", "441"), ("Akron", "OH", "443")]
US_STREETS = ["Ridgeview Dr", "N Oak St", "Maple Ave", "Briarwood Ln", "E 14th St",
              "Lakeshore Blvd", "Old Mill Rd", "Cedar Crest Ct", "W Washington Ave",
              "Pinehurst Dr", "S Elm St", "Hawthorne Pl", "Sycamore Ridge Rd", "County Rd 12",
              "Magnolia Way", "Kingsbury Ave", "Prairie View Dr", "Dogwood Trl",
              "Frontage Rd", "Windmill Ln", "Meadowbrook Cir", "Clearwater Dr"]
AU_PLACES = [("Ringwood", "VIC", "3134"), ("Frankston", "VIC", "3199"),
             ("Reservoir", "VIC", "3073"), ("Sunshine", "VIC", "3020"), ("Werribee", "VIC", "3030"),
             ("Geelong West", "VIC", "3218"),
             ("Ballarat Central", "VIC", "3350"), ("Dandenong", "VIC", "3175"),
             ("Parramatta", "NSW", "2150"), ("Blacktown", "NSW", "2148"),
             ("Penrith", "NSW", "2750"), ("Liverpool", "NSW", "2170"), ("Bankstown", "NSW", "2200"),
             ("Hurstville", "NSW", "2220"),
             ("Wollongong", "NSW", "2500"), ("Newcastle West", "NSW", "2302"),
             ("Chermside", "QLD", "4032"), ("Logan Central", "QLD", "4114"),
             ("Toowoomba City", "QLD", "4350"), ("Townsville City", "QLD", "4810"),
             ("Elizabeth", "SA", "5112"), ("Salisbury", "SA", "5108"), ("Norwood", "SA", "5067"),
             ("Joondalup", "WA", "6027"), ("Mandurah", "WA", "6210"), ("Rockingham", "WA", "6168"),
             ("Glenorchy", "TAS", "7010"), ("Launceston", "TAS", "7250"),
             ("Palmerston", "NT", "0830"), ("Belconnen", "ACT", "2617")]
AU_STREETS = ["Banksia Cres", "Wattle St", "Boronia Rd", "Jacaranda Ave", "Kookaburra Ct",
              "Grevillea Pl", "Waratah Pde", "Bottlebrush Dr", "Melaleuca Way", "Illawarra Rd",
              "Coolabah Cl", "Bunya St", "Currawong Tce", "Tallowwood Dr", "Mulga Ct"]
CA_PLACES = [("Hamilton", "ON", "L"), ("London", "ON", "N"), ("Ottawa", "ON", "K"),
             ("Kingston", "ON", "K"), ("Sudbury", "ON", "P"), ("Mississauga", "ON", "L"),
             ("Brampton", "ON", "L"), ("Scarborough", "ON", "M"), ("Thunder Bay", "ON", "P"),
             ("Surrey", "BC", "V"), ("Burnaby", "BC", "V"), ("Kelowna", "BC", "V"),
             ("Nanaimo", "BC", "V"), ("Abbotsford", "BC", "V"), ("Red Deer", "AB", "T"),
             ("Lethbridge", "AB", "T"), ("Edmonton", "AB", "T"), ("Calgary", "AB", "T"),
             ("Brandon", "MB", "R"), ("Winnipeg", "MB", "R"), ("Steinbach", "MB", "R"),
             ("Saskatoon", "SK", "S"), ("Regina", "SK", "S"), ("Halifax", "NS", "B"),
             ("Dartmouth", "NS", "B"), ("Truro", "NS", "B"), ("Sydney", "NS", "B"),
             ("Antigonish", "NS", "B"), ("Moncton", "NB", "E"), ("Laval", "QC", "H"),
             ("Longueuil", "QC", "J"), ("Sherbrooke", "QC", "J"), ("Trois-Rivières", "QC", "G"),
             ("Lévis", "QC", "G"), ("Montréal", "QC", "H")]
CA_STREETS = ["Concession St", "Sherwood Dr", "Upper James St", "Kingsway Ave",
              "Portage Ave", "Jasper Ave NW", "Elgin St", "Ridgewood Cres", "Birchmount Rd",
              "Robie St", "Main St E", "Lakeview Dr", "Glenmore Trail SW", "Whyte Ave",
              "Victoria Park Ave", "Dufferin St", "Oakridge Blvd"]
QC_STREETS = ["rue Sainte-Catherine Est", "boul. Saint-Laurent", "rue Principale",
              "rue des Érables", "avenue du Parc", "rue Saint-Denis", "boul. de la Concorde",
              "rue Notre-Dame Ouest", "chemin du Lac"]
IE_PLACES = [("Ballincollig", "Co. Cork", "P31"), ("Midleton", "Co. Cork", "P25"),
             ("Mallow", "Co. Cork", "P51"), ("Clonakilty", "Co. Cork", "P85"),
             ("Tralee", "Co. Kerry", "V92"), ("Killarney", "Co. Kerry", "V93"),
             ("Ennis", "Co. Clare", "V95"), ("Nenagh", "Co. Tipperary", "E45"),
             ("Thurles", "Co. Tipperary", "E41"), ("Tullamore", "Co. Offaly", "R35"),
             ("Mullingar", "Co. Westmeath", "N91"), ("Athlone", "Co. Westmeath", "N37"),
             ("Navan", "Co. Meath", "C15"), ("Drogheda", "Co. Louth", "A92"),
             ("Dundalk", "Co. Louth", "A91"), ("Swords", "Co. Dublin", "K67"),
             ("Lucan", "Co. Dublin", "K78"), ("Tallaght", "Dublin 24", "D24"),
             ("Clontarf", "Dublin 3", "D03"), ("Castlebar", "Co. Mayo", "F23"),
             ("Ballina", "Co. Mayo", "F26"), ("Tuam", "Co. Galway", "H54"),
             ("Loughrea", "Co. Galway", "H62"), ("Letterkenny", "Co. Donegal", "F92"),
             ("Bagenalstown", "Co. Carlow", "R21"), ("Callan", "Co. Kilkenny", "R95"),
             ("Gorey", "Co. Wexford", "Y25"), ("Enniscorthy", "Co. Wexford", "Y21"),
             ("Dungarvan", "Co. Waterford", "X35"), ("Tubbercurry", "Co. Sligo", "F91")]
IE_STREETS = ["Main Street", "Church Road", "Ard na Gréine", "Cois Abhann", "Bóthar na Trá",
              "Parnell Street", "Fairgreen", "Oakwood Drive", "Cnoc na Móna", "Friary Lane",
              "Castlepark", "The Crescent, Abbeyfield", "Greenfield Heights", "Chapel Hill"]
NZ_PLACES = [("Ōtāhuhu", "Auckland", "1062"), ("Māngere East", "Auckland", "2024"),
             ("Papatoetoe", "Auckland", "2025"), ("Ōtara", "Auckland", "2023"),
             ("Henderson", "Auckland", "0612"), ("Glen Innes", "Auckland", "1072"),
             ("Porirua", "Porirua", "5022"), ("Naenae", "Lower Hutt", "5011"),
             ("Fairfield", "Hamilton", "3214"), ("Gisborne Central", "Gisborne", "4010"),
             ("Kaikohe", "Kaikohe", "0405"), ("Whakatāne", "Whakatāne", "3120"),
             ("Riccarton", "Christchurch", "8011"), ("Aranui", "Christchurch", "8061"),
             ("Mosgiel", "Dunedin", "9024"), ("Onekawa", "Napier", "4110"),
             ("Flaxmere", "Hastings", "4120"), ("Kelvin Grove", "Palmerston North", "4414")]
NZ_STREETS = ["Kowhai Street", "Rata Road", "Pohutukawa Avenue", "Manuka Crescent",
              "Tui Place", "Kauri Road", "Nīkau Way", "Rimu Street", "Tōtara Drive",
              "Karaka Road", "Harakeke Lane"]
IN_PLACES = [("Anna Nagar", "Chennai", "Tamil Nadu", "600040"),
             ("T. Nagar", "Chennai", "Tamil Nadu", "600017"),
             ("Velachery", "Chennai", "Tamil Nadu", "600042"),
             ("Jayanagar", "Bengaluru", "Karnataka", "560041"),
             ("Whitefield", "Bengaluru", "Karnataka", "560066"),
             ("Kakkanad", "Kochi", "Kerala", "682030"),
             ("RS Puram", "Coimbatore", "Tamil Nadu", "641002"),
             ("Kukatpally", "Hyderabad", "Telangana", "500072"),
             ("Gomti Nagar", "Lucknow", "Uttar Pradesh", "226010"),
             ("Malviya Nagar", "Jaipur", "Rajasthan", "302017")]
PK_PLACES = [("Gulberg III", "Lahore", "54660"), ("Model Town", "Lahore", "54700"),
             ("Johar Town", "Lahore", "54782"), ("Satellite Town", "Rawalpindi", "46300"),
             ("Gulshan-e-Iqbal", "Karachi", "75300"), ("North Nazimabad", "Karachi", "74700"),
             ("Hayatabad", "Peshawar", "25100"), ("Peoples Colony", "Faisalabad", "38000"),
             ("Cantt", "Multan", "60000")]
KE_PLACES = [("Kayole", "Nairobi", "00518"), ("Embakasi", "Nairobi", "00521"),
             ("Githurai 45", "Nairobi", "00608"), ("Kasarani", "Nairobi", "00608"),
             ("Kimbo", "Ruiru", "00232"), ("Makongeni", "Thika", "01000"),
             ("Noonkopir", "Kitengela", "00241"), ("Mjini", "Machakos", "90100"),
             ("Mavoko", "Athi River", "00204")]
HK_PLACES = [("Sha Tin", "New Territories"), ("Tuen Mun", "New Territories"),
             ("Tseung Kwan O", "New Territories"), ("Kwun Tong", "Kowloon"),
             ("Sham Shui Po", "Kowloon"), ("Wong Tai Sin", "Kowloon"),
             ("Chai Wan", "Hong Kong Island"), ("Aberdeen", "Hong Kong Island"),
             ("Tai Po", "New Territories"), ("Yuen Long", "New Territories")]
HK_ESTATES = ["Lek Yuen Estate", "Tai Hing Gardens", "Po Lam Estate", "Kwai Shing West Estate",
              "Choi Hung Estate", "Lei Muk Shue Estate", "Hing Wah Estate", "On Ting Estate",
              "Fu Heng Estate", "Shek Wai Kok Estate"]

# hospitals and sites: never named for a person
UK_HOSP = ["Airedale General Hospital", "Calderdale Royal Hospital", "Pinderfields Hospital",
           "Northern General Hospital", "Queen's Medical Centre", "Royal Preston Hospital",
           "Castle Hill Hospital", "Derriford Hospital", "Musgrove Park Hospital",
           "Royal Derby Hospital", "Furness General Hospital", "Southmead Hospital",
           "University Hospital of Wales", "Morriston Hospital", "Arrowe Park Hospital",
           "Salford Royal", "Royal Stoke University Hospital", "Addenbrooke's Hospital"]
US_HOSP = ["Riverside Methodist Hospital", "Mercy Health - Lakeside", "Baptist Medical Center",
           "Good Samaritan Regional Medical Center", "University Medical Center",
           "St. Luke's Regional Medical Center", "Prairie Lakes Health", "Valley View Hospital",
           "Memorial Hermann Northeast", "Banner University Medical Center"]
AU_HOSP = ["Box Hill Hospital", "Westmead Hospital", "Royal North Shore Hospital",
           "Frankston Hospital", "Gold Coast University Hospital", "Lyell McEwin Hospital",
           "Fiona Stanley Hospital", "Royal Hobart Hospital", "Canberra Hospital",
           "Sunshine Hospital", "Liverpool Hospital", "Townsville University Hospital"]


# ---------------------------------------------------------------------------------------------
# the per-note context
# ---------------------------------------------------------------------------------------------

_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


class Ctx:
    """One note being written: its random stream, builder, names in use and patient."""

    def __init__(self, index: int, attempt: int) -> None:
        self.seed = f"heldout52:{index}:{attempt}"
        self.rng = random.Random(self.seed)
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits_used: set[str] = set()
        self.patient: dict[str, Any] = {}
        self.base = date(2024, 1, 8) + timedelta(days=self.rng.randrange(0, 590))
        self._seeded: set[str] = set()

    # builder --------------------------------------------------------------------------------
    def t(self, text: str) -> Ctx:
        self.b.t(text)
        return self

    def p(self, kind: str, text: str) -> Ctx:
        self.b.p(kind, text)
        return self

    def c(self, text: str) -> Ctx:
        self.b.c(text)
        return self

    def name(self, text: str) -> Ctx:
        return self.p("NAME", text)

    def date(self, d: date, style: str) -> Ctx:
        return self.p("DATE", fd(d, style))

    def age(self, years: int) -> Ctx:
        """Ages >= 90 are PHI (AGE); younger ages are plain text."""
        return self.p("AGE", str(years)) if years >= 90 else self.t(str(years))

    # randomness -----------------------------------------------------------------------------
    def pick(self, seq: list[Any] | tuple[Any, ...]) -> Any:
        return self.rng.choice(seq)

    def chance(self, prob: float) -> bool:
        return self.rng.random() < prob

    def digits(self, n: int, first_nonzero: bool = True) -> str:
        s = "".join(str(self.rng.randrange(10)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.rng.randrange(1, 10)) + s[1:]
        return s

    def letters(self, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXY") -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def day(self, offset: int = 0) -> date:
        return self.base + timedelta(days=offset)

    def dob(self, years: int) -> date:
        return self.base - timedelta(days=int(years * 365.25) + self.rng.randrange(1, 360))

    @staticmethod
    def spouse(p: Person) -> str:
        return "wife" if p.sex == "M" else "husband"

    def elderly_age(self, p90: float = 0.6) -> int:
        return self.rng.randint(90, 102) if self.chance(p90) else self.rng.randint(66, 89)

    # names ----------------------------------------------------------------------------------
    def _fk(self, locale: str) -> Faker:
        fk = _faker(locale)
        if locale not in self._seeded:
            fk.seed_instance(f"{self.seed}:{locale}")
            self._seeded.add(locale)
        return fk

    def _free(self, *names: str) -> bool:
        toks = [t for n in names for t in _tokens(n)]
        return bool(toks) and not any(t in self.used or t in WORDLIKE for t in toks) and len(
            set(toks)) == len(toks)

    def _claim(self, *names: str) -> None:
        for n in names:
            self.used.update(_tokens(n))

    def _surname_for(self, s: Surname, sex: str) -> str:
        if isinstance(s, tuple):
            return s[0] if sex == "M" else s[1]
        return s

    def person(self, region: str = "", group: str = "", sex: str = "", p_faker: float = 0.2,
               middle: bool = False) -> Person:
        """A patient (or other unrelated person) with first and last names unused in the note."""
        groups, locale = REGIONS.get(region, ([(group, 1)], ""))
        for _ in range(400):
            sx = sex or self.pick("MF")
            use_faker = bool(locale) and not group and self.chance(p_faker)
            if use_faker:
                fk = self._fk(locale)
                first = fk.first_name_male() if sx == "M" else fk.first_name_female()
                last = fk.last_name()
                g = "faker:" + locale
                mid_pool = [fk.first_name_male() if sx == "M" else fk.first_name_female()]
            else:
                g = group or self.rng.choices([k for k, _ in groups], [w for _, w in groups])[0]
                males, females, lasts = GROUPS[g]
                first = self.pick(males if sx == "M" else females)
                last = self._surname_for(self.pick(lasts), sx)
                mid_pool = males if sx == "M" else females
            mid = ""
            if middle:
                mid = self.pick(mid_pool)
                if not self._free(mid) or mid == first:
                    continue
            if "'" in first or not self._free(first, last):
                continue
            self._claim(first, last, mid)
            return Person(first, last, sx, g, mid)
        raise RuntimeError("no free name")

    def staff(self, region: str, sex: str = "") -> Person:
        """A member of staff from the region's workforce, with initials that spell nothing."""
        groups = STAFF[region]
        for _ in range(400):
            g = self.rng.choices([k for k, _ in groups], [w for _, w in groups])[0]
            sx = sex or self.pick("MF")
            males, females, lasts = GROUPS[g]
            first = self.pick(males if sx == "M" else females)
            last = self._surname_for(self.pick(lasts), sx)
            person = Person(first, last, sx, g)
            if not self._free(first, last) or person.inits in BAD_INITIALS or (
                    person.inits in self.inits_used):
                continue
            self._claim(first, last)
            self.inits_used.add(person.inits)
            return person
        raise RuntimeError("no free staff name")

    def relative(self, of: Person, rel: str) -> Person:
        """A relative: a first name from the family's group, the surname kept or married."""
        male = rel in ("son", "husband", "brother", "father", "grandson", "nephew", "uncle")
        sx = "M" if male else "F"
        keeps = rel in ("son", "brother", "father", "grandson", "mother") or (
            rel in ("wife", "husband", "daughter", "sister", "granddaughter") and self.chance(0.6))
        for _ in range(400):
            if of.group.startswith("faker:"):
                fk = self._fk(of.group[6:])
                first = fk.first_name_male() if male else fk.first_name_female()
                new_last = fk.last_name()
            else:
                males, females, lasts = GROUPS[of.group]
                first = self.pick(males if male else females)
                new_last = self._surname_for(self.pick(lasts), sx)
            if keeps:
                last = of.last
                if of.group == "ie":
                    for pair in GROUPS["ie"][2]:
                        if isinstance(pair, tuple) and of.last in pair:
                            last = pair[0] if male else pair[1]
                if of.group == "pl":
                    for pair in GROUPS["pl"][2]:
                        if isinstance(pair, tuple) and of.last in pair:
                            last = pair[0] if male else pair[1]
                if "'" in first or not self._free(first):
                    continue
                self._claim(first, last)
                return Person(first, last, sx, of.group, rel=rel)
            if "'" in first or not self._free(first, new_last):
                continue
            self._claim(first, new_last)
            return Person(first, new_last, sx, of.group, rel=rel)
        raise RuntimeError("no free relative name")

    # places ---------------------------------------------------------------------------------
    def uk_postcode(self, prefix: str) -> str:
        district = self.rng.randint(1, 29) if len(prefix) == 2 else self.rng.randint(1, 35)
        sector = self.rng.randint(0, 9)
        return f"{prefix}{district} {sector}{self.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"

    def eircode(self, key: str) -> str:
        alpha = "ACDEFHKNPRTVWXY"
        return f"{key} {self.pick(alpha)}{self.letters(3, alpha + '0123456789')}"

    def ca_postal(self, first: str) -> str:
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        r = self.rng
        fsa = f"{first}{r.randint(0, 9)}{self.pick(letters)}"
        ldu = f"{r.randint(0, 9)}{self.pick(letters)}{r.randint(0, 9)}"
        return f"{fsa} {ldu}"

    def us_zip(self, prefix: str, plus4: bool = False) -> str:
        z = prefix + f"{self.rng.randint(1, 99):02d}"
        return z + (f"-{self.rng.randint(1000, 9999)}" if plus4 else "")

    def uk_addr(self, welsh: bool = False) -> tuple[str, str, str]:
        town, pre = self.pick(WELSH_TOWNS if welsh else UK_TOWNS)
        street = f"{self.rng.randint(1, 148)} {self.pick(WELSH_STREETS if welsh else UK_STREETS)}"
        if self.chance(0.2):
            street = f"Flat {self.rng.randint(1, 24)}, " + street
        return street, town, self.uk_postcode(pre)

    def us_addr(self) -> tuple[str, str, str, str]:
        city, st, pre = self.pick(US_PLACES)
        street = f"{self.rng.randint(100, 9899)} {self.pick(US_STREETS)}"
        if self.chance(0.25):
            kind, num = self.pick(["Apt", "Unit", "#"]), self.rng.randint(1, 40)
            street += f" {kind} {num}{self.pick(['', 'B', 'C'])}"
        return street, city, st, self.us_zip(pre, self.chance(0.2))

    def au_addr(self) -> tuple[str, str, str, str]:
        suburb, st, pc = self.pick(AU_PLACES)
        street = f"{self.rng.randint(1, 220)} {self.pick(AU_STREETS)}"
        if self.chance(0.3):
            street = f"{self.rng.randint(1, 12)}/" + street
        return street, suburb, st, pc

    def ca_addr(self, qc: bool = False) -> tuple[str, str, str, str]:
        places = [p for p in CA_PLACES if (p[1] == "QC") == qc]
        city, prov, first = self.pick(places)
        if qc:
            street = f"{self.rng.randint(10, 8999)}, {self.pick(QC_STREETS)}"
        else:
            street = f"{self.rng.randint(10, 3999)} {self.pick(CA_STREETS)}"
            if self.chance(0.25):
                street = f"Unit {self.rng.randint(1, 40)}, " + street
        return street, city, prov, self.ca_postal(first)

    def ie_addr(self) -> tuple[str, str, str, str]:
        town, county, key = self.pick(IE_PLACES)
        street = self.pick(IE_STREETS)
        if street[0].isupper() and not street.startswith("The"):
            street = f"{self.rng.randint(1, 90)} {street}"
        return street, town, county, self.eircode(key)

    def nz_addr(self) -> tuple[str, str, str, str]:
        suburb, city, pc = self.pick(NZ_PLACES)
        street = f"{self.rng.randint(1, 140)} {self.pick(NZ_STREETS)}"
        if self.chance(0.3):
            street = f"{self.rng.randint(1, 8)}/" + street
        return street, suburb, city, pc

    # phones ---------------------------------------------------------------------------------
    def uk_mobile(self) -> str:
        return f"07{self.digits(3, False)} {self.digits(6, False)}"

    def uk_landline(self, code: str = "") -> str:
        code = code or self.pick(["0113", "0114", "0115", "0116", "0117", "0118", "0161", "0191"])
        return f"{code} {self.digits(3)} {self.digits(4, False)}"

    def us_phone(self, style: int = 0) -> str:
        a, b, c = self.digits(3), "555", f"01{self.digits(2, False)}"
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"][style]

    def au_mobile(self) -> str:
        return f"04{self.digits(2, False)} {self.digits(3, False)} {self.digits(3, False)}"

    def ie_mobile(self) -> str:
        return f"08{self.pick('35679')} {self.digits(3)} {self.digits(4, False)}"

    def nz_mobile(self) -> str:
        return f"02{self.pick('0127')} {self.digits(3)} {self.digits(4, False)}"

    def ca_phone(self, prov: str = "") -> str:
        codes = {"ON": ["416", "905", "613", "519", "705"], "BC": ["604", "778", "250"],
                 "AB": ["403", "780", "587"], "MB": ["204", "431"], "NS": ["902", "782"],
                 "QC": ["514", "450", "418", "819"]}.get(prov, ["416", "905", "604", "403"])
        return f"{self.pick(codes)}-555-01{self.digits(2, False)}"

    # identifiers ----------------------------------------------------------------------------
    def nhs(self) -> str:
        while True:
            d = self.digits(9)
            r = sum(int(ch) * (10 - k) for k, ch in enumerate(d)) % 11
            check = 11 - r
            if check == 11:
                check = 0
            if check != 10:
                return d + str(check)

    def medicare_au(self) -> str:
        d = str(self.rng.randint(2, 6)) + self.digits(7, False)
        check = sum(int(ch) * w for ch, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        return f"{d}{check}{self.rng.randint(1, 9)}"

    def ihi(self) -> str:
        d = "800360" + self.digits(9, False)
        return d + str(luhn_digit(d))

    def nhi(self) -> str:
        alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            letters = self.letters(3, alpha)
            nums = self.digits(3, False)
            total = sum((alpha.index(ch) + 1) * w for ch, w in zip(letters, [7, 6, 5], strict=True))
            total += sum(int(ch) * w for ch, w in zip(nums, [4, 3, 2], strict=True))
            r = total % 11
            if r == 0:
                continue
            check = (11 - r) % 10
            return f"{letters}{nums}{check}"

    def ohip(self) -> str:
        d = self.digits(9)
        d += str(luhn_digit(d))
        return f"{d[:4]}-{d[4:7]}-{d[7:]}-{self.letters(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"

    def bc_phn(self) -> str:
        while True:
            d = self.digits(8, False)
            r = sum(int(ch) * w for ch, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
            check = 11 - r
            if check < 10:
                s = "9" + d + str(check)
                return f"{s[:4]} {s[4:7]} {s[7:]}"

    def ramq(self, p: Person, dob: date) -> str:
        letters = (re.sub(r"[^A-Z]", "", p.last.upper().replace("É", "E").replace("È", "E")
                          .replace("Ô", "O").replace("Ê", "E").replace("Î", "I"))[:3]
                   + p.first[0].upper().replace("É", "E"))
        mm = dob.month + (50 if p.sex == "F" else 0)
        return f"{letters} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{self.digits(2, False)}"

    def ppsn(self) -> str:
        d = self.digits(7)
        total = sum(int(ch) * w for ch, w in zip(d, [8, 7, 6, 5, 4, 3, 2], strict=True))
        second = self.pick(["", "A"])
        if second:
            total += 9
        r = total % 23
        return d + ("W" if r == 0 else chr(64 + r)) + second

    def sin(self) -> str:
        d = str(self.rng.randint(1, 7)) + self.digits(7, False)
        d += str(luhn_digit(d))
        return f"{d[:3]} {d[3:6]} {d[6:]}"

    def ssn(self) -> str:
        area = self.rng.choice([self.rng.randint(1, 665), self.rng.randint(667, 899)])
        return f"{area:03d}-{self.rng.randint(1, 99):02d}-{self.rng.randint(1, 9999):04d}"

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        r = self.rng
        s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9))
             + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(al)
             + str(r.randint(0, 9)) + str(r.randint(0, 9)))
        return f"{s[:4]}-{s[4:7]}-{s[7:]}"

    def npi(self) -> str:
        d = "1" + self.digits(8, False)
        return d + str(luhn_digit("80840" + d))

    def hkid(self) -> str:
        letter = self.letters(1, "ABCDEGHKMPRVYZ")
        d = self.digits(6, False)
        total = 36 * 9 + (ord(letter) - 55) * 8 + sum(
            int(ch) * w for ch, w in zip(d, [7, 6, 5, 4, 3, 2], strict=True))
        check = (11 - total % 11) % 11
        return f"{letter}{d}({'A' if check == 10 else check})"

    # the FHIR Patient -----------------------------------------------------------------------
    def fhir(self, p: Person, dob: date, ids: list[tuple[str, str]], phone: str = "",
             line: list[str] | None = None, city: str = "", state: str = "",
             postcode: str = "", country: str = "") -> None:
        given = [p.first] + ([p.middle] if p.middle else [])
        name: dict[str, Any] = {"family": p.last, "given": given}
        res: dict[str, Any] = {
            "resourceType": "Patient",
            "name": [name],
            "gender": "male" if p.sex == "M" else "female",
            "birthDate": dob.isoformat(),
            "identifier": [{"system": s, "value": v} for s, v in ids],
        }
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone}]
        if line or city or postcode:
            addr: dict[str, Any] = {}
            if line:
                addr["line"] = line
            if city:
                addr["city"] = city
            if state:
                addr["state"] = state
            if postcode:
                addr["postalCode"] = postcode
            if country:
                addr["country"] = country
            res["address"] = [addr]
        self.patient = res


# ---------------------------------------------------------------------------------------------
# the templates
# ---------------------------------------------------------------------------------------------

def _uk_hosp_no(x: Ctx) -> str:
    return x.pick([
        lambda: x.letters(1, "DHKMRSTWX") + x.digits(7),
        lambda: "RX" + x.letters(1, "FHNP") + x.digits(7, False),
        lambda: x.digits(8),
        lambda: f"{x.letters(1, 'ABCDEFGHJK')}{x.digits(6)}",
    ])()


def _mail(*parts: str) -> str:
    """Name parts as they appear in an e-mail address: lower case, no accents or spaces."""
    out = []
    for part in parts:
        t = unicodedata.normalize("NFKD", part.lower())
        out.append("".join(ch for ch in t if ch.isalnum() or ch in "-"))
    return ".".join(out)


def _mr(x: Ctx, p: Person) -> str:
    """A surgeon's title (the same for one person throughout a note)."""
    return "Mr" if p.sex == "M" else ["Miss", "Ms", "Mrs"][(len(p.first) + len(p.last)) % 3]


def _spaced_nhs(n: str) -> str:
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def t_uk_ptwr(x: Ctx) -> None:
    """UK general surgery post-take ward round."""
    pt = x.person("uk")
    years = x.rng.randint(19, 88) if x.chance(0.85) else x.rng.randint(90, 97)
    dob = x.dob(years)
    hosp, nhs = _uk_hosp_no(x), x.nhs()
    cons, spr, fy1 = x.staff("uk"), x.staff("uk"), x.staff("uk")
    spouse = x.relative(pt, "wife" if pt.sex == "M" else "husband")
    adm = x.day(-1)
    mob = x.uk_mobile()
    street, town, pc = x.uk_addr()
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], x.uk_mobile(), [street], town, "", pc)
    dx = x.pick([
        ("2/7 RUQ pain, rigors, vomiting", "Murphy's +ve, not peritonitic",
         "acute calculous cholecystitis", "USS: thick-walled GB with stones, CBD 5 mm",
         "For hot lap chole if CEPOD slot - consent on PTWR (risks inc. bile leak, CBD injury)"),
        ("24 h periumbilical pain migrating to RIF, anorexia", "RIF guarding, Rovsing's +ve",
         "acute appendicitis (Alvarado 8)", "CT AP: 9 mm appendix, fat stranding, no collection",
         "For lap appendicectomy today - on CEPOD list, G&S sent"),
        ("3/7 colicky pain, distension, not opened bowels or passed flatus 2/7",
         "distended, tympanic, tender, no peritonism; old lap scars",
         "adhesional SBO", "CT AP: SBO with transition point RIF, no closed loop / ischaemia",
         ("Conservative: NGT on free drainage + 4 hrly aspirates, Gastrografin challenge, "
          "AXR at 8 h")),
        ("sudden severe epigastric pain 6 h, NSAIDs for back pain", "board-like rigidity",
         "perforated duodenal ulcer", "CT AP: free gas + fluid around D1",
         "For laparotomy + omental patch tonight; IV PPI; H. pylori serology"),
        ("LIF pain 3/7, fevers, loose stool", "LIF tender + localised guarding",
         "acute sigmoid diverticulitis (Hinchey Ib)", "CT AP: 3 cm pericolic collection",
         "IV abx, not for drain (too small); repeat CT if not settling; colonoscopy 6/52"),
    ])
    x.t("GENERAL SURGERY - POST-TAKE WARD ROUND\n")
    x.t(WD[x.base.weekday()] + " ").date(x.base, "dmy2").t(" 08:")
    x.t(f"{x.rng.randint(5, 55):02d}   Consultant: {_mr(x, cons)} ").name(cons.last).t("\n")
    x.t("Reg: Dr ").name(spr.full).t(" (SpR) bleep ").p("PHONE", x.digits(4)).t("\n")
    x.t("Pt: ").name(f"{pt.last.upper()}, {pt.first}").t("   Hosp No: ").p("ID", hosp)
    x.t("   NHS: ").p("ID", _spaced_nhs(nhs)).t("\nDOB: ").date(dob, "dmy").t(" (").age(years)
    x.t(")\n\n")
    x.t("Adm via ED ").date(adm, "dm").t(f" @ 22:{x.rng.randint(10, 59)} with {dx[0]}.\n")
    x.t("PMH: ").t(x.pick(["T2DM (metformin), HTN", "asthma, GORD", "nil of note",
                           "AF on apixaban, CKD 3a"]))
    x.t(". NKDA.\n")
    x.t("O/E: T ").c(f"{x.rng.randint(370, 389) / 10:.1f}").t("  HR ")
    x.c(str(x.rng.randint(78, 118)))
    x.t("  BP ").c(f"{x.rng.randint(100, 150)}/{x.rng.randint(58, 90)}").t("  RR ")
    x.t("").c(str(x.rng.randint(14, 24))).t("  SpO2 ").c(f"{x.rng.randint(94, 99)}%").t(" RA. ")
    x.t(dx[1] + ".\n")
    x.t("Bloods: WCC ").c(f"{x.rng.randint(95, 228) / 10:.1f}").t("  CRP ")
    x.c(str(x.rng.randint(12, 310)))
    x.t("  Bili ").c(str(x.rng.randint(6, 44))).t("  Cr ").c(str(x.rng.randint(58, 140)))
    x.t("  Lactate ").c(f"{x.rng.randint(8, 31) / 10:.1f}").t("\n")
    x.t(dx[3] + "\nImp: " + dx[2] + "\n\nPlan:\n")
    x.t(f"- {x.pick(['NBM', 'NBM, sips only', 'NBM from now'])}. IV Hartmann's ").c("125 ml/h")
    x.t("\n")
    x.t("- IV ").c(x.pick(["co-amoxiclav 1.2 g TDS", "piperacillin-tazobactam 4.5 g TDS",
                            "cefuroxime 1.5 g TDS + metronidazole 500 mg TDS"])).t("\n")
    x.t("- " + dx[4] + "\n")
    x.t("- VTE: ").c("enoxaparin 40 mg OD").t(" + TEDs (held if for theatre today)\n")
    x.t("- ")
    x.t(spouse.rel.capitalize() + " ").name(spouse.first).t(" updated at bedside, mob ")
    x.p("PHONE", mob).t("\n")
    x.t("- If discharged before surgery: hot clinic w/c ").date(x.day(x.rng.randint(8, 14)), "dm")
    x.t("\n\nScribe: FY1 ").name(f"{fy1.fi}. {fy1.last}").t(", bleep ").p("PHONE", x.digits(4))
    x.t("\n")


def t_uk_consent(x: Ctx) -> None:
    """UK Consent Form 1 with risks and the patient's own words."""
    pt = x.person("uk", middle=True)
    years = x.rng.randint(24, 84)
    dob = x.dob(years)
    nhs, hosp = x.nhs(), _uk_hosp_no(x)
    surgeon, confirm = x.staff("uk"), x.staff("uk")
    street, town, pc = x.uk_addr()
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], x.uk_mobile(), [street], town, "", pc)
    proc = x.pick([
        ("Laparoscopic reversal of Hartmann's procedure +/- defunctioning loop ileostomy",
         "restore bowel continuity; avoid a permanent colostomy",
         ["anastomotic leak (about 5 in 100) - may need further surgery / a stoma",
          "conversion to open operation (about 1 in 5)", "injury to bladder, ureter or bowel",
          "hernia at port / stoma sites"],
         ("They are going to join my bowel back up so I don't need the bag. I might wake up with "
          "a smaller bag for a few months. If the join leaks I could need another operation.")),
        ("Laparoscopic cholecystectomy +/- on-table cholangiogram",
         "stop further attacks of biliary pain / cholecystitis / pancreatitis",
         ["bile leak (1 in 100)", "injury to the bile duct (about 1 in 500)",
          "retained stone needing ERCP", "conversion to open (about 1 in 20)"],
         ("Keyhole operation to take out my gallbladder. Small chance of damage to the bile pipe "
          "which is serious. May have shoulder tip pain after.")),
        ("Right total hip replacement (cemented)",
         "relieve pain and improve mobility",
         ["dislocation (about 1 in 100)", "leg length difference", "fracture around the implant",
          "nerve injury (foot drop)", "deep infection (1 in 100) needing revision"],
         ("New hip joint for the arthritis. Could dislocate or get infected and need more "
          "surgery. I will need to use a frame at first and do my exercises.")),
        ("Right inguinal hernia repair (open, mesh)",
         "repair the hernia and reduce the risk of strangulation",
         ["chronic groin pain (about 1 in 10)", "recurrence (about 1 in 100)",
          "numbness of the skin of the groin / upper thigh", "mesh infection"],
         ("Fixing my hernia with a mesh. It could come back or I might get long-term pain in the "
          "groin.")),
        ("Tonsillectomy (adult)",
         "stop recurrent tonsillitis (7 episodes this year)",
         ["bleeding (about 1 in 30 adults) - may need a return to theatre",
          "damage to teeth, lips or gums", "infection", "taste change"],
         ("Taking my tonsils out. It will be very sore for two weeks and if it bleeds I must come "
          "straight back in.")),
    ])
    x.t("CONSENT FORM 1\nPATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\n\n")
    x.t("Patient's surname/family name: ").name(pt.last.upper()).t("\n")
    x.t("Patient's first names: ").name(f"{pt.first} {pt.middle}").t("\n")
    x.t("Date of birth: ").date(dob, "dot").t("\n")
    x.t("NHS number: ").p("ID", nhs).t("     Hospital number: ").p("ID", hosp).t("\n")
    x.t("Responsible health professional: ").t(_mr(x, surgeon) + " ")
    x.name(surgeon.full).t(", Consultant Surgeon\n")
    x.t("Special requirements: ").t(x.pick(["none", "hearing aid - speak on left side",
                                            "large print copy"])).t("\n\n")
    x.t("Name of proposed procedure or course of treatment: " + proc[0] + "\n\n")
    x.t("STATEMENT OF HEALTH PROFESSIONAL\nIntended benefits: " + proc[1] + "\n")
    x.t("Serious or frequently occurring risks:\n")
    for r in ["bleeding (transfusion risk less than 1 in 100)",
              "infection - wound, chest or urine", *proc[2],
              "blood clots (DVT / PE)", "risks of anaesthetic incl. heart attack, stroke, death"]:
        x.t(" - " + r + "\n")
    x.t("Any extra procedures which may become necessary: ")
    x.t(x.pick(["blood transfusion", "stoma formation", "conversion to open"]) + "\n")
    x.t("Patient's own words: \"" + proc[3] + "\"\n")
    x.t("Leaflet given: ").t(x.pick(["yes (RCS consent leaflet)", "yes - procedure-specific PIL"]))
    x.t("\nSigned: ").name(f"{surgeon.fi} {surgeon.last}").t("   Name (PRINT): ")
    x.name(surgeon.full.upper()).t("   Job title: Consultant\n")
    d_sign = x.day(-x.rng.randint(14, 60))
    x.t("Date: ").date(d_sign, "d_month_y").t("   GMC no: ").p("ID", x.digits(7)).t("\n")
    x.t("Contact details (if patient wishes to discuss options later): ")
    x.p("PHONE", x.uk_landline()).t("\n\n")
    x.t("STATEMENT OF PATIENT\nI agree to the procedure described on this form.\n")
    x.t("Patient's signature: ").name(f"{pt.first.lower()} {pt.last.lower()}")
    x.t("   Date: ").date(d_sign, "dmy").t("\n")
    x.t("Copy accepted by patient: yes\n\n")
    x.t("CONFIRMATION OF CONSENT (on the day)\n")
    x.t("Signed: ").name(confirm.full).t(" (ST").t(str(x.rng.randint(3, 8))).t(")   Date: ")
    x.date(x.base, "dmy").t(" 07:45\n")
    x.t("Important notes (tick if applicable): [ ] refusal of blood products  [x] none\n")


def t_uk_poac(x: Ctx) -> None:
    """UK nurse-led pre-operative assessment clinic."""
    pt = x.person("uk", sex="F" if x.chance(0.6) else "M")
    years = x.rng.randint(48, 86)
    dob = x.dob(years)
    mrn, nhs = _uk_hosp_no(x), x.nhs()
    nurse, surgeon = x.staff("uk", sex="F"), x.staff("uk")
    spouse = x.relative(pt, "husband" if pt.sex == "F" else "wife")
    child = x.relative(pt, x.pick(["son", "daughter"]))
    street, town, pc = x.uk_addr()
    email = f"{_mail(pt.first, pt.last)}{x.rng.randint(40, 99)}@" + x.pick(
        ["btinternet.com", "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com"])
    x.fhir(pt, dob, [("nhs", nhs), ("mrn", mrn)], x.uk_landline(), [street], town, "", pc)
    op = (x.pick(["L TKR", "R THR", "lap chole", "open umbilical hernia repair",
                  "cystoscopy + TURBT", "ventral hernia repair (lap)"]), _mr(x, surgeon))
    x.t("PRE-OPERATIVE ASSESSMENT CLINIC - nurse-led, face to face\n")
    x.t("Date: " + WEEKDAY[x.base.weekday()] + " ").date(x.base, "d_month_y").t("   Seen by: ")
    x.name(nurse.full).t(", POA Sister   ext ").p("PHONE", x.digits(5)).t("\n")
    title = "Mrs" if pt.sex == "F" else "Mr"
    x.t(f"Name: {title} ").name(pt.full).t("    DOB ").date(dob, "dmy").t(f" ({years})    MRN ")
    x.p("ID", mrn).t("   NHS ").p("ID", _spaced_nhs(nhs)).t("\n")
    x.t(f"Listed for: {op[0]} ({op[1]} ").name(surgeon.last).t(") - provisional TCI w/c ")
    x.date(x.day(x.rng.randint(20, 50)), "dmy2").t("\n\n")
    h, w = x.rng.randint(150, 185) / 100, x.rng.randint(58, 118)
    x.t("Ht ").c(f"{h:.2f} m").t("  Wt ").c(f"{w} kg").t("  BMI ").c(f"{w / h / h:.1f}")
    x.t("  BP ").c(f"{x.rng.randint(118, 168)}/{x.rng.randint(64, 96)}").t("  HR ")
    x.c(f"{x.rng.randint(58, 92)}").t(" reg  SpO2 ").c(f"{x.rng.randint(95, 99)}%").t("\n")
    sb = x.rng.randint(1, 6)
    x.t("ASA ").c(str(x.rng.randint(1, 3))).t("   STOP-BANG ").c(str(sb))
    x.t(" -> anaesthetic review requested\n" if sb >= 5 else "\n")
    pmh = x.pick(["HTN, OA, hypothyroid", "T2DM (diet), hypercholesterolaemia",
                  "asthma, IBS", "AF (CHA2DS2-VASc 3) on apixaban", "nil significant"])
    x.t("PMH: " + pmh)
    x.t("\nDH: ").c(x.pick(["ramipril 5 mg OD", "amlodipine 10 mg OD", "bisoprolol 2.5 mg OD"]))
    x.t(", ").c(x.pick(["levothyroxine 100 mcg OD", "atorvastatin 20 mg ON",
                        "omeprazole 20 mg OD"])).t(", paracetamol PRN\n")
    x.t("Allergies: " + x.pick(["penicillin (rash)", "NKDA", "elastoplast", "codeine (vomiting)"]))
    x.t("\nBloods today: FBC, U&E, HbA1c ").c(f"{x.rng.randint(34, 58)} mmol/mol").t(", G&S. ")
    x.t("Hb ").c(f"{x.rng.randint(104, 148)} g/L").t(". MRSA screen (nose/groin) sent.\n")
    x.t("ECG: SR ").c(str(x.rng.randint(58, 90))).t(", no acute changes.\n")
    x.t("Social: lives with " + spouse.rel + " ").name(spouse.first)
    x.t(", house with stairs. Will be collected by " + child.rel + " ").name(child.first)
    x.t(" (mob ")
    x.p("PHONE", x.uk_mobile()).t(").\n")
    x.t("Letters by e-mail (patient consent): ").p("EMAIL", email).t("\n")
    x.t("Advised: NBM from 02:30, clear fluids until 06:30; chlorhexidine wash x2; continue meds "
        "except as below.\n")
    if "AF" in pmh:
        x.t("Anticoagulation plan: last apixaban dose ").date(x.day(x.rng.randint(18, 48)), "dm")
        x.t(" (72 h pre-op) - no bridging, confirmed with POA pharmacist.\n")
    x.t("Joint school / ERAS education: booked ").t(WD[(x.base.weekday() + 2) % 7] + " ")
    x.date(x.day(x.rng.randint(7, 14)), "dm0").t("\n")
    x.t("Signed ").name(f"{nurse.fi}. {nurse.last}").t(" / ").name(nurse.inits).t("\n")


def t_uk_stoma(x: Ctx) -> None:
    """UK stoma care CNS review on a colorectal ward."""
    pt = x.person("uk", middle=True)
    years = x.rng.randint(38, 88)
    dob = x.dob(years)
    hosp = _uk_hosp_no(x)
    cons, cns, gp = x.staff("uk"), x.staff("uk", sex="F"), x.staff("uk")
    carer = x.relative(pt, "wife" if pt.sex == "M" else x.pick(["husband", "daughter"]))
    street, town, pc = x.uk_addr()
    op_day = x.day(-x.rng.randint(2, 6))
    pod = (x.base - op_day).days
    x.fhir(pt, dob, [("hosp", hosp), ("nhs", x.nhs())], x.uk_mobile(), [street], town, "", pc)
    kind = x.pick([("Emergency Hartmann's (perforated sigmoid diverticulitis)", "end colostomy",
                    "LIF", "Coloplast SenSura Mio 1-pc closed"),
                   ("Lap anterior resection + defunctioning loop ileostomy", "loop ileostomy",
                    "RIF", "Dansac NovaLife 1-pc drainable"),
                   ("Subtotal colectomy + end ileostomy (acute severe UC)", "end ileostomy",
                    "RIF", "Salts Confidence BE drainable")])
    x.t("Stoma Care CNS Review - Ward ")
    x.t(x.pick(["22", "8", "K7", "Ashby", "Ward 4 (Colorectal)"]))
    x.t("\nPatient: ").name(f"{pt.last}, {pt.first} {pt.mi}").t("   Hosp no: ").p("ID", hosp)
    x.t("   DOB ").date(dob, "d-mon-y").t("\n")
    x.t("Procedure: " + kind[0] + " ").date(op_day, "dmy").t(f" - {_mr(x, cons)} ")
    x.name(f"{cons.fi}. {cons.last}")
    x.t(f"\nPOD {pod}. Stoma: {kind[1]} {kind[2]}, ").c(f"{x.rng.randint(25, 45)} mm").t(
        " round, spouted ").c(f"{x.rng.randint(2, 15)} mm").t(", healthy red / moist. MCJ intact. "
                                                              "Peristomal skin intact.\n")
    x.t("Output: ").c(f"{x.rng.randint(150, 1400)} ml").t(" / 24 h, ")
    x.t(x.pick(["porridge consistency", "loose", "watery - see plan", "soft formed"]) + ".\n")
    x.t("Appliance: " + kind[3] + ", cut to ").c(f"{x.rng.randint(28, 48)} mm").t(" + seal ring.\n")
    x.t("Teaching: patient observed change x1; ")
    x.t(carer.rel + " ").name(carer.first).t(" did a supervised change today - good technique.\n")
    if kind[1] == "loop ileostomy":
        x.t("High output watch: if > 1.5 L/24 h start ").c("loperamide 2 mg QDS")
        x.t(", check U&E.\n")
    x.t("Plan:\n - home delivery via Fittleworth to ").p("ADDRESS", street).t(", ")
    x.p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n - prescription request sent to Dr ")
    x.name(gp.last).t("'s surgery\n - community stoma nurse home visit w/c ")
    x.date(x.day(x.rng.randint(6, 12)), "dm").t("\n - stoma clinic ")
    x.date(x.day(x.rng.randint(35, 56)), "d_mon").t(" (letter to follow)\n")
    x.t("Stoma Care office ").p("PHONE", x.uk_landline()).t(" (Mon-Fri 08:30-16:30), ")
    x.p("EMAIL", _mail(cns.first, cns.last) + "@nhs.net").t("\n")
    x.t("Signed: ").name(cns.full).t(", Stoma Care CNS\n")


def t_uk_nof(x: Ctx) -> None:
    """UK hip-fracture pathway: orthogeriatric review day 1 after surgery."""
    pt = x.person("uk", sex="F" if x.chance(0.7) else "M")
    years = x.elderly_age(0.6)
    dob = x.dob(years)
    hosp, nhs = _uk_hosp_no(x), x.nhs()
    surgeon, og, cons = x.staff("uk"), x.staff("uk"), x.staff("uk")
    son = x.relative(pt, x.pick(["son", "daughter"]))
    home = x.pick(["Beechwood Lodge", "Ashgrove House", "The Laurels", "Highfield Court",
                   "Meadowbank", "Oakdene"])
    town, pre = x.pick(UK_TOWNS)
    pc = x.uk_postcode(pre)
    adm, op = x.day(-2), x.day(-1)
    title = "Mrs" if pt.sex == "F" else "Mr"
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], "", [home], town, "", pc)
    side = x.pick(["R", "L"])
    x.t("HIP FRACTURE PATHWAY - ORTHOGERIATRIC REVIEW (day 1 post-op)\n")
    x.t(f"NAME: {title} ").name(f"{pt.fi} {pt.last}").t(" (").name(f"{pt.first} {pt.last.upper()}")
    x.t(")   AGE: ").age(years).t("   Hosp No: ").p("ID", hosp).t("   NHS No: ")
    x.p("ID", _spaced_nhs(nhs)).t("\nFrom: " + home + " care home, ").p("ADDRESS", town).t(" ")
    x.p("ZIP", pc).t("\n")
    x.t("Admitted ").date(adm, "dmy").t(f" after fall at 02:{x.rng.randint(10, 55)} - {side} ")
    frac = x.pick(["intracapsular NOF (Garden IV)", "intertrochanteric #", "subtrochanteric #"])
    x.t(frac + ".\nTheatre: ").date(op, "dm0").t(f" - {side} ")
    x.t("hemiarthroplasty (cemented)" if "intracap" in frac else "DHS" if "inter" in frac
        else "IM nail").t(f" - {_mr(x, surgeon)} ").name(surgeon.last).t(". Time to theatre ")
    x.c(f"{x.rng.randint(18, 44)} h").t(".\n")
    x.t("Pre-op: 4AT ").c(str(x.rng.randint(0, 8))).t(", AMTS ").c(f"{x.rng.randint(3, 10)}/10")
    x.t(", CFS ").c(str(x.rng.randint(4, 7))).t(", Nottingham Hip Fracture Score ")
    x.c(str(x.rng.randint(4, 8))).t(".\n")
    x.t("Today (" + WD[x.base.weekday()] + " ").date(x.base, "dmy2").t("): 4AT ")
    x.c(str(x.rng.randint(0, 7))).t(", drowsy but rousable. Pain controlled with FICB + ")
    x.c("paracetamol 500 mg QDS").t(" (wt ").c(f"{x.rng.randint(38, 49)} kg").t(").\n")
    x.t("Hb ").c(f"{x.rng.randint(72, 99)} g/L").t(" (from ").c(str(x.rng.randint(110, 132)))
    x.t(") - 1 unit RBC prescribed. Na ").c(str(x.rng.randint(128, 141))).t(", K ")
    x.c(f"{x.rng.randint(35, 52) / 10:.1f}").t(", eGFR ").c(str(x.rng.randint(22, 70))).t(".\n")
    x.t("Bone health: vit D ").c(f"{x.rng.randint(12, 60)} nmol/L").t(" -> loading ")
    x.c("colecalciferol 20,000 units twice weekly x 7 wk").t("; IV zoledronate once replete.\n")
    x.t("Falls: multifactorial assessment started - lying/standing BP, meds review (")
    x.t(x.pick(["amitriptyline stopped", "doxazosin stopped", "zopiclone stopped"]) + ").\n")
    x.t("Mobility: PT sat out with frame - day 1 mobilisation achieved.\n")
    x.t("Escalation: ReSPECT completed ").date(adm, "dmy").t(" - not for CPR, ward-based care. "
                                                              "Discussed with ")
    x.t(son.rel + " ").name(son.first).t(" (LPA health & welfare) on ")
    x.p("PHONE", x.uk_landline()).t(" - will visit ").t(WEEKDAY[(x.base.weekday() + 1) % 7])
    x.t(".\n")
    x.t("Discharge: back to " + home + " when MFFD.\n\n")
    x.t("Dr ").name(og.full).t(" (ST").t(str(x.rng.randint(4, 7))).t(" geriatrics) bleep ")
    x.p("PHONE", x.digits(4)).t(" / Consultant orthogeriatrician Dr ")
    x.name(f"{cons.fi} {cons.last}")
    x.t("\n")


def t_uk_vfc(x: Ctx) -> None:
    """UK virtual fracture clinic letter to the patient."""
    welsh = x.chance(0.35)
    pt = x.person("uk", group="uk_welsh" if welsh else "")
    years = x.rng.randint(18, 82)
    dob = x.dob(years)
    hosp = _uk_hosp_no(x)
    cons, physio, gp = x.staff("uk"), x.staff("uk"), x.staff("uk")
    street, town, pc = x.uk_addr(welsh)
    injury = x.day(-x.rng.randint(1, 4))
    title = "Mr" if pt.sex == "M" else x.pick(["Mrs", "Ms", "Miss"])
    x.fhir(pt, dob, [("hosp", hosp), ("nhs", x.nhs())], x.uk_mobile(), [street], town, "", pc)
    inj = x.pick([
        ("left ankle", "a stable fracture of the fibula at the ankle (Weber A)",
         "a walking boot for comfort, fully weight bearing, for 6 weeks", "weber-a-ankle"),
        ("right foot", "a fracture at the base of the fifth metatarsal (avulsion type)",
         "a walking boot or firm shoe, weight bearing as pain allows", "5th-metatarsal"),
        ("left wrist", "a buckle (torus) fracture of the radius",
         "a removable wrist splint for 3 weeks", "wrist-buckle"),
        ("right elbow", "a minimally displaced fracture of the radial head (Mason 1)",
         "a sling for comfort for up to 1 week and early movement", "radial-head"),
        ("left little finger", "a fracture of the neck of the fifth metacarpal (boxer's fracture)",
         "neighbour (buddy) strapping for 3 weeks", "boxers-fracture"),
    ])
    trust = x.pick(["ldh", "nbt", "sth", "mft", "uhcw", "cavuhb.nhs.wales", "sbuhb.nhs.wales"])
    dom = trust if "." in trust else trust + ".nhs.uk"
    x.t("Virtual Fracture Clinic - Trauma & Orthopaedics\n")
    x.t("Our ref: ").p("ID", f"VFC/{injury.year % 100}/{x.digits(5, False)}").t("   Hospital No: ")
    x.p("ID", hosp).t("\n")
    x.t("Date: ").date(x.base, "d_month_y").t("\n\n")
    x.t(title + " ").name(pt.full).t("\n").p("ADDRESS", street)
    x.t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    x.t(f"Dear {title} ").name(pt.last).t("\n\n")
    x.t(f"Re: your {inj[0]} injury on ").date(injury, "th_month_y").t("\n\n")
    x.t("Your X-rays have been reviewed in our Virtual Fracture Clinic by ")
    x.t(_mr(x, cons) + " ").name(cons.full)
    x.t(", consultant orthopaedic surgeon, and the team. You have " + inj[1] + ". ")
    x.t("This usually heals well without an operation. We recommend " + inj[2] + ". ")
    x.t("You do not need a routine fracture clinic appointment.\n\n")
    x.t("Please follow the advice and exercises in the leaflet, also at ")
    x.p("URL", f"https://www.{dom}/vfc/{inj[3]}").t(" . It is normal to have some pain and "
                                                    "swelling for 6-12 weeks.\n\n")
    x.t("If your pain is getting worse rather than better after 6 weeks, or you have any "
        "concerns, call the VFC helpline on ").p("PHONE", x.uk_landline(x.pick(["029", "01792"]) if
                                                                        welsh else ""))
    x.t(" (Mon-Fri 9am-4pm, leave a message with your hospital number) or e-mail ")
    x.p("EMAIL", _mail(physio.first, physio.core_last) + ("@wales.nhs.uk" if welsh else "@nhs.net"))
    x.t(".\n\nYours sincerely\n\n").name(physio.full).t("\nAdvanced Practitioner Physiotherapist, "
                                                         "Virtual Fracture Clinic\n\n")
    x.t("cc GP: Dr ").name(f"{gp.fi} {gp.last}").t("\n")


def t_uk_burns_child(x: Ctx) -> None:
    """UK regional burns service: outpatient dressing chart for a child's scald."""
    pt = x.person("uk")
    months = x.rng.randint(11, 60)
    dob = x.base - timedelta(days=months * 30 + x.rng.randint(0, 25))
    hosp, nhs = _uk_hosp_no(x), x.nhs()
    mum = x.relative(pt, "mother")
    hv = x.staff("uk", sex="F")
    nurses = [x.staff("uk") for _ in range(3)]
    cons = x.staff("uk")
    street, town, pc = x.uk_addr()
    injury = x.day(-x.rng.randint(9, 14))
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], "", [street], town, "", pc)
    site = x.pick(["R chest / shoulder / upper arm", "L forearm + dorsum of hand",
                   "anterior chest + abdomen", "R thigh + knee"])
    x.t("REGIONAL BURNS SERVICE - PAEDIATRIC OUTPATIENT DRESSING CHART\n")
    x.t("Child: ").name(f"{pt.last.upper()}, {pt.first}").t("   DOB ").date(dob, "dmy")
    x.t(f" ({months // 12}y {months % 12}m)   Hosp no ").p("ID", hosp).t("   NHS ")
    x.p("ID", _spaced_nhs(nhs)).t("\n")
    x.t("Parent/carer: mum ").name(mum.first).t(" - mob ").p("PHONE", x.uk_mobile()).t("\n")
    x.t("Injury ").date(injury, "dmy").t(" - scald (" + x.pick(["cup of tea", "kettle flex pulled",
                                                               "noodles", "hot bath tap"]) + ") ")
    x.t(f"to {site}, ").c(f"{x.rng.randint(2, 9)}% TBSA").t(", superficial partial thickness with "
                                                             "patches of mid-dermal.\n")
    x.t("First aid: ").t(x.pick(["20 min cool running water - yes", "10 min only, then cling film",
                                 "none - came straight in"])).t("\n")
    x.t("Safeguarding: history consistent with injury and developmental stage; HV ")
    x.name(hv.full).t(" informed ").date(injury + timedelta(days=1), "dm").t(", no concerns.\n\n")
    x.t("Date  | Day | Dressing                         | Healed | FLACC | Nurse\n")
    plan = [(2, "Mepitel One + Acticoat Flex 3", "-"), (5, "Mepitel One + Acticoat Flex 3", "40%"),
            (9, "Mepilex Ag", "75%"), (12, "Mepilex Border Lite", "95%")]
    for k, (d, dressing, healed) in enumerate(plan):
        n = nurses[k % 3]
        x.date(injury + timedelta(days=d), "dm0").t(f" | D{d:<2} | {dressing:<32} | {healed:>6} | ")
        x.c(str(max(0, 4 - k))).t("     | ").name(n.inits).t("\n")
    x.t("\nTemp ").c(f"{x.rng.randint(364, 378) / 10:.1f}").t(" - no signs of toxic shock. Wt ")
    x.c(f"{x.rng.randint(9, 19)} kg").t(". Analgesia before dressings: ")
    x.c("paracetamol 15 mg/kg").t(" + ").c("ibuprofen 10 mg/kg").t(".\n")
    x.t("Plan: review ").date(injury + timedelta(days=16), "dm").t("; if not healed by D21 -> scar "
                                                                   "review with ")
    x.t(_mr(x, cons) + " ").name(cons.last)
    x.t(" (consultant plastic surgeon); moisturise + sun protection once healed.\n")
    x.t("Nurse key: ")
    for k, n in enumerate(nurses):
        x.name(n.inits).t(" = ").name(n.full).t(x.pick([" (Burns CNS)", " (Band 6)", " (Band 5)"]))
        x.t("; " if k < 2 else "\n")


def t_uk_pals(x: Ctx) -> None:
    """UK patient relations (PALS / complaints) response to a daughter."""
    pt = x.person("uk", sex="M")
    years = x.rng.randint(62, 92)
    dob = x.dob(years)
    dtr = x.relative(pt, "daughter")
    hosp = _uk_hosp_no(x)
    nhs = x.nhs()
    manager, cons = x.staff("uk", sex="F"), x.staff("uk")
    ceo, officer = x.staff("uk"), x.staff("uk")
    street, town, pc = x.uk_addr()
    p_street, p_town, p_pc = x.uk_addr()
    adm = x.day(-x.rng.randint(60, 75))
    dis = adm + timedelta(days=x.rng.randint(9, 18))
    letter = dis + timedelta(days=x.rng.randint(7, 15))
    ref = f"PR-{x.base.year}-{x.digits(5, False)}"
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], x.uk_landline(), [p_street], p_town, "", p_pc)
    op = x.pick(["anterior resection", "right hemicolectomy", "emergency laparotomy",
                 "incisional hernia repair"])
    night = adm + timedelta(days=2)
    d_title = x.pick(["Mrs", "Ms"])
    c_title = _mr(x, cons)
    x.t("Patient Relations Team\nDirect line: ").p("PHONE", x.uk_landline()).t("\n")
    x.t("E-mail: ").p("EMAIL", _mail(officer.first, officer.core_last) + "@nhs.net")
    x.t("\n\nOur ref: ").p("ID", ref).t("\n").date(x.base, "d_month_y").t("\n\n")
    x.t("PRIVATE AND CONFIDENTIAL\n")
    x.t(d_title + " ").name(dtr.full).t("\n").p("ADDRESS", street).t("\n")
    x.p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    x.t(f"Dear {d_title} ").name(dtr.last).t("\n\n")
    x.t("Re: Mr ").name(pt.full).t(" (DOB ").date(dob, "dmy").t("), Ward " + x.pick(
        ["A7", "C3", "19", "Cedar"]) + " (Colorectal Surgery), ").date(adm, "th_month")
    x.t(" - ").date(dis, "th_month_y").t("\n\n")
    x.t("Thank you for your letter dated ").date(letter, "th_month_y")
    x.t(f" about the care your father received after his {op}. I am sorry it has taken longer than "
        "the 25 working days we aim for to reply. With your consent the concerns were investigated "
        "by ")
    x.name(manager.full).t(", Ward Manager, and ").t(c_title + " ").name(cons.full)
    x.t(", Consultant Colorectal Surgeon. You raised:\n\n")
    x.t("1. A delay in pain relief on the night of the ").date(night, "th_of_month")
    x.t(". The records show his PCA was empty for about 50 minutes while a new syringe was "
        "obtained from pharmacy. This should not have happened and the ward now keeps a "
        "stock of pre-filled syringes.\n")
    x.t("2. Communication about his stoma. The stoma nurses saw your father on days 2, 4 and 6 "
        "but we accept the family was not included and that the booklet was not given.\n")
    x.t("3. Discharge without stoma supplies. Supplies were ordered on ").date(dis, "dm0")
    x.t(" but did not arrive until three days later. Your father should have gone home with a "
        "10-day pack; I apologise.\n\n")
    x.t("I hope this answers your concerns. If you would like to meet ")
    x.name(manager.first).t(" and ").t(c_title + " ").name(cons.last)
    x.t(", please call ").name(officer.first).t(" on the number above. If you remain unhappy you "
                                                "can ask the Parliamentary and Health Service "
                                                "Ombudsman to review your complaint: ")
    x.p("URL", "https://www.ombudsman.org.uk/making-complaint").t("\n\nYours sincerely\n\n")
    x.name(ceo.full).t("\nChief Executive\n")


def t_uk_booking(x: Ctx) -> None:
    """UK elective admissions letter offering a date for surgery (waiting list)."""
    pt = x.person("uk", sex="M" if x.chance(0.6) else "F")
    years = x.rng.randint(28, 84)
    dob = x.dob(years)
    hosp, nhs = _uk_hosp_no(x), x.nhs()
    cons, clerk = x.staff("uk"), x.staff("uk", sex="F")
    street, town, pc = x.uk_addr()
    title = "Mr" if pt.sex == "M" else x.pick(["Mrs", "Ms"])
    x.fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], x.uk_mobile(), [street], town, "", pc)
    adm = x.day(x.rng.randint(21, 42))
    while adm.weekday() > 4:
        adm += timedelta(days=1)
    proc = x.pick([
        ("Transurethral resection of prostate (TURP)", "Urology", "1-2 nights",
         ("You will go home with a catheter or have it removed on the ward (TWOC) before "
          "discharge.")),
        ("Septoplasty and bilateral inferior turbinate reduction", "ENT", "day case",
         "Please arrange for a responsible adult to collect you and stay with you for 24 hours."),
        ("Laparoscopic cholecystectomy", "General Surgery", "day case / 1 night",
         "Please arrange for a responsible adult to collect you and stay with you for 24 hours."),
        ("Right carpal tunnel decompression", "Plastic Surgery (Hand)", "day case",
         "The operation is under local anaesthetic; you may eat and drink normally."),
        ("Flexible cystoscopy and removal of ureteric stent", "Urology", "day case",
         "You will need to pass urine before going home."),
    ][0 if pt.sex == "M" else 1:])
    x.t("Elective Admissions Office - " + proc[1] + "\nDirect line: ").p("PHONE", x.uk_landline())
    x.t("   E-mail: ").p("EMAIL", _mail(clerk.first, clerk.core_last) + "1@nhs.net")
    x.t("\n\n").date(x.base, "dmy").t("\n\n")
    x.t(title + " ").name(f"{pt.fi} {pt.last}").t("\n").p("ADDRESS", street).t("\n")
    x.p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    x.t("Hospital number: ").p("ID", hosp).t("   NHS number: ").p("ID", _spaced_nhs(nhs))
    x.t("\nRTT pathway ID: ").p("ID", f"RTT{x.digits(9)}").t("\n\n")
    x.t(f"Dear {title} ").name(pt.last).t("\n\nADMISSION FOR SURGERY: " + proc[0] + " under ")
    x.t(_mr(x, cons) + " ").name(cons.full).t("\n\n")
    x.t("We are pleased to offer you the following date:\n\n  " + WEEKDAY[adm.weekday()] + " ")
    x.date(adm, "d_month_y").t(" - please arrive at 07:00 at the Day Surgery Unit reception.\n"
                               "  Expected length of stay: " + proc[2] + ".\n\n")
    x.t("Please do not eat after 02:00; you may drink water until 06:00. ")
    if x.chance(0.5):
        x.t("Stop clopidogrel 7 days before surgery (last dose ")
        x.date(adm - timedelta(days=8), "dmy2")
        x.t(") unless the pre-assessment team told you otherwise. ")
    x.t(proc[3] + "\n\n")
    x.t("If you cannot attend, please telephone us by ").date(adm - timedelta(days=14), "dmy2")
    x.t(" so the date can be offered to another patient. If you decline two reasonable offers, "
        "you may be referred back to your GP under the Trust Access Policy.\n\n")
    x.t("Yours sincerely\n\n").name(clerk.full).t("\nAdmissions Co-ordinator\n")


def t_uk_vte(x: Ctx) -> None:
    """UK electronic VTE risk assessment on a surgical admission (printout)."""
    pt = x.person("uk", middle=True)
    years = x.rng.randint(22, 89)
    dob = x.dob(years)
    mrn, nhs = x.digits(7), x.nhs()
    cons, fy, reg, pharm = x.staff("uk"), x.staff("uk"), x.staff("uk"), x.staff("uk")
    wt = x.rng.randint(52, 128)
    egfr = x.rng.randint(25, 90)
    street, town, pc = x.uk_addr()
    x.fhir(pt, dob, [("nhs", nhs), ("mrn", mrn)], "", [street], town, "", pc)
    ts = (f"{x.base.isoformat()}T{x.rng.randint(10, 22):02d}:{x.rng.randint(0, 59):02d}:"
          f"{x.rng.randint(0, 59):02d}")
    ip = f"10.{x.rng.randint(16, 250)}.{x.rng.randint(1, 250)}.{x.rng.randint(2, 250)}"
    spec = x.pick(["Urology", "General Surgery", "Trauma & Orthopaedics", "Vascular Surgery",
                   "ENT"])
    x.t("VTE RISK ASSESSMENT - surgical / trauma admission (NICE NG89)\n")
    x.t("Patient: ").name(f"{pt.last.upper()}, {pt.first.upper()} {pt.mi}").t("    MRN ")
    x.p("ID", mrn).t("    NHS ").p("ID", nhs).t("\nDOB ").date(dob, "iso")
    x.t(f"   Sex {pt.sex}   Wt ").c(f"{wt} kg").t("\n")
    x.t(f"Specialty: {spec}   Consultant: {_mr(x, cons)} ").name(f"{cons.fi} {cons.last}").t("\n")
    x.t("Assessed: ").p("DATE", ts).t(" by Dr ").name(fy.full).t(" (FY").t(x.pick(["1", "2"]))
    x.t(") at workstation ").p("IP", ip)
    x.t("\n\nMOBILITY\n[x] Surgical patient\n[")
    x.t(x.pick(["x", " "])).t("] Expected significant reduction in mobility\n\n")
    x.t("THROMBOSIS RISK\n")
    for item, ticked in [
            ("Surgery with total anaesthetic + surgical time > 90 min", x.chance(0.6)),
            ("Hip or knee replacement / hip fracture", spec == "Trauma & Orthopaedics"),
            ("Active cancer or cancer treatment", x.chance(0.3)), ("Age > 60", years > 60),
            ("Obesity (BMI > 30)", wt > 100), ("Dehydration", x.chance(0.2)),
            ("One or more significant medical comorbidities", x.chance(0.4)),
            ("Personal history of VTE", x.chance(0.1)),
            ("Use of HRT / oestrogen-containing contraception", pt.sex == "F" and x.chance(0.3)),
            ("Critical care admission", False)]:
        x.t("[" + ("x" if ticked else " ") + "] " + item + "\n")
    x.t("\nBLEEDING RISK\n")
    for item in ["Active bleeding", "Acquired bleeding disorder (e.g. liver failure)",
                 "Concurrent anticoagulant", ("Lumbar puncture / epidural in previous 4 h or "
                 "next 12 h"), "Uncontrolled systolic hypertension (> 230/120)"]:
        x.t("[ ] " + item + "\n")
    x.t("Plt ").c(f"{x.rng.randint(140, 420)} x10^9/L").t("   eGFR ").c(str(egfr)).t("\n\n")
    dose = "enoxaparin 20 mg SC OD" if egfr < 30 else (
        "enoxaparin 40 mg SC BD" if wt > 120 else "enoxaparin 40 mg SC OD")
    x.t("OUTCOME: pharmacological prophylaxis - ").c(dose).t(" at 18:00 + ")
    x.t(x.pick(["anti-embolism stockings (thigh length)", "IPC in theatre + stockings",
                "no stockings (PAD - ABPI 0.6)"])).t("\n")
    x.t("Duration: ").t(x.pick(["until mobile", "28 days (major abdominal/pelvic cancer surgery)",
                                "14 days (TKR)", "28 days (THR)"])).t("\n")
    x.t("Leaflet given: yes\n\nREASSESSMENT (within 24 h / on clinical change)\n")
    re_d = x.base + timedelta(days=1)
    x.date(re_d, "dmy2").t(f" 09:{x.rng.randint(0, 59):02d} - no change - ").name(reg.inits)
    x.t("\n").date(re_d + timedelta(days=2), "dmy2").t(" 08:40 - post-op, dose confirmed - ")
    x.name(fy.inits).t("\nPharmacy check: ").name(f"{pharm.fi}. {pharm.last}").t(" ")
    x.date(re_d, "dm").t("\n")


def t_uk_dsu_call(x: Ctx) -> None:
    """UK day surgery unit next-day telephone follow-up."""
    pt = x.person("uk")
    years = x.rng.randint(19, 86)
    dob = x.dob(years)
    hosp = _uk_hosp_no(x)
    surgeon, nurse = x.staff("uk"), x.staff("uk", sex="F")
    esc = x.relative(pt, "wife" if pt.sex == "M" else x.pick(["husband", "daughter"]))
    mob = x.uk_mobile()
    street, town, pc = x.uk_addr()
    x.fhir(pt, dob, [("hosp", hosp), ("nhs", x.nhs())], mob, [street], town, "", pc)
    op_d = x.day(-1)
    proc = x.pick([
        ("L inguinal hernia repair (open, mesh) under GA", "some bruising to the groin - reassured",
         ("remove dressing day 5; no heavy lifting 4-6 weeks; no driving until you can do an "
          "emergency stop")),
        ("lap cholecystectomy", "port sites dry; shoulder-tip pain settling",
         "remove dressings day 5; eat little and often"),
        ("cystoscopy + TURBT, discharged with catheter", "catheter draining clear / rosé urine",
         "TWOC clinic booked"),
        ("R knee arthroscopy + partial medial meniscectomy", "dressing dry, knee swollen - ice",
         "remove bulky dressing at 48 h, keep plasters on; physio exercises sheet"),
        ("excision of sebaceous cyst (back) under LA", "dressing dry",
         "sutures out at practice nurse day 10-14"),
    ])
    x.t("DAY SURGERY UNIT - NEXT-DAY TELEPHONE FOLLOW-UP\n")
    x.t("Patient: ").name(f"{pt.fi}. {pt.last}").t("   Hosp no ").p("ID", hosp).t("   DOB ")
    x.date(dob, "dmy").t("\nProcedure: " + proc[0] + " - ").date(op_d, "dmy").t(" - ")
    x.t(_mr(x, surgeon) + " ").name(surgeon.last).t("\n")
    rel = esc.rel
    x.t(f"Discharged 17:{x.rng.randint(10, 55)} same day, escorted by {rel} ").name(esc.first)
    x.t(".\n\n")
    d = x.base
    x.t("Call 1 ").date(d, "dm").t(f" 10:{x.rng.randint(0, 29):02d} - no answer, VM left on ")
    x.p("PHONE", mob).t("\nCall 2 ").date(d, "dm").t(f" 11:{x.rng.randint(30, 59)} - spoke to pt")
    x.t(f" ({rel} also on speaker).\n")
    x.t("  Pain: ").c(f"{x.rng.randint(1, 6)}/10").t(", taking ").c("paracetamol 1 g QDS")
    x.t(" + ").c(x.pick(["ibuprofen 400 mg TDS", "codeine 30 mg QDS PRN", "naproxen 500 mg BD"]))
    x.t("\n  Wound / site: " + proc[1] + "\n  N&V: none.  PU: yes.  BO: not yet - advised ")
    x.t("Laxido").t("\n  Advice: " + proc[2])
    if "TWOC" in proc[2]:
        twoc = x.base + timedelta(days=x.rng.randint(4, 8))
        x.t(" for " + WD[twoc.weekday()] + " ").date(twoc, "dm").t(" at 09:00")
    x.t("\n  Concerns out of hours: DSU ").p("PHONE", x.uk_landline()).t(" until 20:00, then ")
    x.t(x.pick(["the surgical SDEC", "Ward 20", "NHS 111"])).t(".\n")
    x.t("Outcome: ").t(x.pick(["no further follow-up needed", "GP practice nurse wound check",
                               "OPA 6/52 (letter to follow)"])).t("\n")
    x.t("Called by: ").name(nurse.full).t(" RN\n")


def t_uk_trauma_call(x: Ctx) -> None:
    """UK major trauma centre: trauma team call record."""
    pt = x.person("uk", sex="M" if x.chance(0.7) else "F")
    years = x.rng.randint(18, 78)
    dob = x.dob(years)
    hosp, nhs = _uk_hosp_no(x), x.nhs()
    ttl, airway, scribe, reg = x.staff("uk"), x.staff("uk"), x.staff("uk"), x.staff("uk")
    odp = x.staff("uk")
    partner = x.relative(pt, "wife" if pt.sex == "M" else "husband")
    street, town, pc = x.uk_addr()
    x.fhir(pt, dob, [("hosp", hosp), ("nhs", nhs)], "", [street], town, "", pc)
    alias = x.pick(["UNKNOWN MALE ECHO", "UNKNOWN MALE TANGO", "UNKNOWN FEMALE KILO",
                    "UNKNOWN FEMALE DELTA"])
    if pt.sex == "M":
        alias = alias.replace("FEMALE", "MALE")
    else:
        alias = alias.replace("MALE", "FEMALE").replace("FEFEMALE", "FEMALE")
    emerg = "Z" + x.digits(7)
    hh = x.rng.randint(8, 20)
    mech = x.pick(["motorcyclist vs car, approx 40 mph", "fall from ladder ~3 m",
                   "pedestrian vs van, 30 mph zone", "driver, car vs tree, airbag deployed"])
    x.t("MAJOR TRAUMA - TRAUMA TEAM RECORD\nDate: ").date(x.base, "d-mon-y2")
    x.t(f"   Pre-alert {hh:02d}:{x.rng.randint(0, 30):02d} from ambulance service (CAD ")
    x.p("ID", f"{x.base.strftime('%y%m')}-{x.digits(6)}").t(")\n")
    x.t("ATMIST: A ~").t(str(years // 10 * 10 + 5)).t(f"{pt.sex}  T of injury {hh - 1:02d}:40  "
                                                      f"M {mech}\n")
    x.t("  I: L chest, deformed L thigh   S: HR ").c(str(x.rng.randint(100, 135))).t(" BP ")
    x.c(f"{x.rng.randint(82, 110)}/{x.rng.randint(48, 70)}").t(" RR ").c(str(x.rng.randint(22, 32)))
    x.t(" SpO2 ").c(f"{x.rng.randint(88, 95)}%").t(" GCS ").c(str(x.rng.randint(12, 15)))
    x.t("\n  T: pelvic binder, traction splint, ").c("TXA 1 g").t(" IV, ")
    x.c(f"morphine {x.pick(['5', '10'])} mg").t(" IV\n\n")
    x.t("Arrived ").t(f"{hh:02d}:{x.rng.randint(31, 59):02d}. Registered as ").t(alias)
    x.t(" - emergency no. ").p("ID", emerg).t("\n")
    x.t("TTL: Dr ").name(ttl.full).t("   Airway: Dr ").name(airway.full).t(" (").t(
        x.pick(["ST6 anaes", "ACCS ST3", "ICM reg"])).t(")   ODP: ").name(odp.full).t(" ODP")
    x.t("   Scribe: ").name(scribe.inits).t("\n\n")
    x.t("<C> nil catastrophic haemorrhage\nA: patent, talking, c-spine blocks\n")
    x.t("B: RR ").c(str(x.rng.randint(20, 30)))
    x.t(", reduced AE L base, surgical emphysema L chest\n")
    x.t("C: HR ").c(str(x.rng.randint(100, 130))).t(", BP ").c(f"{x.rng.randint(85, 115)}/60")
    x.t(", eFAST: no free fluid, L PTX -> finger thoracostomy then ").c("28Fr").t(" ICD\n")
    x.t("   Code Red not activated; ").c("1 unit O neg RBC").t(" via rapid infuser\n")
    x.t("D: GCS ").c(f"{x.rng.randint(13, 15)} (E{x.rng.randint(3, 4)}V5M6)").t(", PEARL 3 mm\n")
    x.t("E: closed L femoral shaft deformity, abrasions, T ").c("35.8").t("\n\n")
    x.t("CT trauma series ").t(f"{hh + 1:02d}:{x.rng.randint(0, 30):02d}").t(
        ": L haemopneumothorax, L ribs 4-8 #, L femoral shaft #, grade 2 splenic lac (no blush), "
        "no head / c-spine injury.\n")
    x.t("Plan: T&O (").t(_mr(x, reg) + " ").name(reg.last).t(", on-call reg, bleep ")
    x.p("PHONE", x.digits(4)).t(") for IMN tonight; splenic obs on MTW; rib pathway + SAB.\n\n")
    x.t("IDENTIFICATION ").t(f"{hh + 2:02d}:{x.rng.randint(0, 59):02d}")
    x.t(f": {partner.rel} ").name(partner.first)
    x.t(" arrived, confirmed ID as ").name(f"{pt.first.upper()} {pt.last.upper()}").t(", DOB ")
    x.date(dob, "dmy").t(". Records merged: ").t(alias).t(" -> ").p("ID", hosp).t(" / NHS ")
    x.p("ID", _spaced_nhs(nhs)).t(". NOK mob ").p("PHONE", x.uk_mobile()).t("\n")
    x.t("Police present (RTC): PC ").p("ID", x.digits(4)).t(", incident log ")
    x.p("ID", f"{x.digits(4)}-{fd(x.base, 'dm0').replace('/', '')}").t("\n")


def _us_mrn(x: Ctx) -> str:
    return x.pick([lambda: x.digits(7), lambda: x.digits(8), lambda: "E" + x.digits(7),
                   lambda: "00" + x.digits(6)])()


def _md(x: Ctx) -> str:
    return x.pick(["MD", "DO"])


def t_us_eras(x: Ctx) -> None:
    """US colorectal ERAS pathway progress note, POD 2."""
    pt = x.person("us", middle=True)
    years = x.rng.randint(34, 84)
    dob = x.dob(years)
    mrn, csn = _us_mrn(x), x.digits(10)
    att, res = x.staff("us"), x.staff("us")
    sp = x.relative(pt, "husband" if pt.sex == "F" else "wife")
    street, city, st, zp = x.us_addr()
    op = x.day(-2)
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    proc = x.pick(["lap R hemicolectomy", "robotic LAR with diverting loop ileostomy",
                   "lap sigmoid colectomy", "open ileocecectomy (Crohn's stricture)"])
    x.t("Colorectal Surgery - ERAS Progress Note - POD #2\n")
    x.t("Pt: ").name(f"{pt.last}, {pt.first} {pt.mi}").t("   MRN: ").p("ID", mrn).t("   CSN ")
    x.p("ID", csn).t("   DOB ").date(dob, "mdy").t("\nDOS: ").date(x.base, "mdy").t("\n")
    x.t(f"S/p {proc} (").date(op, "mdy2").t(") - Dr. ").name(att.last).t("\n\n")
    x.t("ERAS checklist\n [x] carb load pre-op   [x] TAP block   [x] OOB to chair POD0\n")
    x.t(" [x] multimodal analgesia: ").c("acetaminophen 1 g q6h").t(", ")
    x.c("celecoxib 200 mg BID").t(", ").c("gabapentin 300 mg TID").t("\n")
    x.t(" [x] oxycodone PRN - used ").c(f"{x.rng.randint(0, 4)} doses").t(" / 24 h\n")
    x.t(" [x] diet: clears POD0 -> soft today   [x] Foley out POD1, voiding\n")
    x.t(" [x] ambulating ").c(f"{x.rng.randint(3, 6)}x").t(" / day   [x] ")
    x.c("alvimopan 12 mg BID").t(" until BM\n")
    x.t(" PONV: " + x.pick(["none", "mild POD1 - ondansetron x1"]) + ".  Flatus +, BM "
        + x.pick(["-", "+ x1"]) + ".\n\n")
    x.t("Vitals: T ").c(f"{x.rng.randint(365, 380) / 10:.1f}").t("  HR ")
    x.c(str(x.rng.randint(62, 98)))
    x.t("  BP ").c(f"{x.rng.randint(104, 146)}/{x.rng.randint(58, 88)}").t("  SpO2 ")
    x.c(f"{x.rng.randint(94, 99)}%").t(" RA   I/O ").c(f"{x.rng.randint(14, 26) / 10:.1f} L")
    x.t(" / ").c(f"{x.rng.randint(12, 24) / 10:.1f} L").t("\n")
    k = x.rng.randint(32, 45) / 10
    x.t("Labs: Hgb ").c(f"{x.rng.randint(95, 135) / 10:.1f}").t(", WBC ")
    x.c(f"{x.rng.randint(55, 128) / 10:.1f}").t(", Cr ").c(f"{x.rng.randint(6, 13) / 10:.1f}")
    x.t(", K ").c(f"{k:.1f}")
    if k < 3.6:
        x.t(" -> ").c("KCl 40 mEq PO").t(" x1")
    x.t("\nExam: incisions c/d/i, abd soft, appropriately tender, no distension\n\n")
    x.t("Plan: advance diet; d/c POD3 if tolerating diet, pain controlled on PO, ambulating.\n")
    if "ileostomy" in proc:
        x.t("WOC RN teaching (ileostomy) - needs 2 more sessions; I/O goal < 1.2 L.\n")
    if "Crohn" not in proc:
        x.t("VTE: ").c("enoxaparin 40 mg SQ daily").t(" x 28 days post-discharge (cancer) - "
                                                      "teaching by RN.\n")
    x.t(sp.rel.capitalize() + " ").name(sp.first)
    x.t(" at bedside; prefers updates at ").p("PHONE", x.us_phone()).t(".\n\n")
    x.name(f"{res.first} {res.last}").t(f", {_md(x)} (PGY-{x.rng.randint(2, 4)}), pager ")
    x.p("PHONE", x.digits(4)).t("\nSeen and discussed with attending Dr. ").name(att.full).t(".\n")


def t_us_vascular(x: Ctx) -> None:
    """US vascular surgery inpatient consult for chronic limb-threatening ischaemia."""
    pt = x.person("us", sex="M" if x.chance(0.7) else "F", middle=True)
    years = x.rng.randint(52, 86)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    hosp_doc, fellow, att, perf = x.staff("us"), x.staff("us"), x.staff("us"), x.staff("us")
    sib = x.relative(pt, "sister")
    child = x.relative(pt, x.pick(["son", "daughter"]))
    street, city, st, zp = x.us_addr()
    sib_city = x.pick([c for c, s2, _ in US_PLACES if s2 == st and c != city] or
                      [c for c, _, _ in US_PLACES if c != city])
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    side = x.pick(["R", "L"])
    x.t("VASCULAR SURGERY CONSULT NOTE\n")
    x.t("Patient: ").name(f"{pt.first} {pt.mi}. {pt.last}").t("   DOB: ").date(dob, "mdy_nz")
    x.t(f"   Age: {years}   MRN ").p("ID", mrn).t("\nDate: ").date(x.base, "mon_d_y")
    x.t("   Requesting: Dr. ").name(hosp_doc.last).t(" (Hospital Medicine)\n")
    x.t(f"Reason: {side} foot wound / rest pain - ?CLTI\n\n")
    x.t(f"HPI: {years} y/o with DM2, HTN, CKD 3b, 50 pk-yr smoker (quit ").t(
        x.pick(["2019", "2021", "2016"])).t(f"), presenting with {side} 2nd toe dry gangrene and "
                                            "rest pain x ").c("3 wks").t(
        ". Pain worse at night, relieved by dangling the leg.\n")
    x.t("Exam: absent pedal pulses " + side + ", monophasic DP/PT on Doppler; dependent rubor.\n")
    x.t("ABI: R ").c(f"{x.rng.randint(30, 95) / 100:.2f}").t("  L ")
    x.c(f"{x.rng.randint(30, 95) / 100:.2f}").t("   TBI " + side + " ")
    x.c(f"{x.rng.randint(8, 30) / 100:.2f}").t("   TcPO2 ").c(f"{x.rng.randint(12, 38)} mmHg")
    x.t("\nLabs: Cr ").c(f"{x.rng.randint(14, 24) / 10:.1f}").t(" (eGFR ")
    x.c(str(x.rng.randint(24, 44)))
    x.t("), HbA1c ").c(f"{x.rng.randint(68, 102) / 10:.1f}%").t(", WBC ")
    x.c(f"{x.rng.randint(62, 118) / 10:.1f}").t("\nWIfI: W").c(str(x.rng.randint(1, 2)))
    x.t(" I").c("3").t(" fI").c(str(x.rng.randint(0, 1))).t(" - Rutherford ").c("5").t("\n\n")
    x.t("A/P: CLTI " + side + " LE.\n - CTA runoff today with pre-hydration (")
    x.c("NS 1 mL/kg/h").t("); hold metformin 48 h\n - vein mapping bilateral GSV\n")
    x.t(" - likely SFA-pop angioplasty vs fem-pop bypass; toe amputation after revascularization\n")
    x.t(" - if bypass: hybrid OR, cell saver - perfusion (").name(perf.full)
    x.t(", CCP) aware\n")
    x.t(" - ").c("aspirin 81 mg").t(" + ").c("atorvastatin 80 mg").t("; smoking cessation\n\n")
    x.t("Social: lives alone; plans to stay with sister ").name(sib.first).t(" in ")
    x.p("ADDRESS", sib_city).t(" after discharge. ")
    x.t(child.rel.capitalize() + " ").name(child.full).t(" is HCPOA - cell ")
    x.p("PHONE", x.us_phone(1)).t(".\n\n")
    x.t("Discussed with Dr. ").name(f"{att.fi}. {att.last}").t(" (attending). \n")
    x.name(fellow.full).t(f", {_md(x)} - Vascular Surgery Fellow - pager ")
    x.p("PHONE", f"{x.digits(3)}-{x.digits(4, False)}").t("\n")


def t_us_portal(x: Ctx) -> None:
    """US patient-portal message thread about a surgical drain."""
    pt = x.person("us")
    years = x.rng.randint(24, 78)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    surgeon, rn = x.staff("us"), x.staff("us", sex="F")
    sib = x.relative(pt, "sister")
    street, city, st, zp = x.us_addr()
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    op = x.day(-x.rng.randint(4, 9))
    sent = x.base
    ip = x.pick([f"73.{x.rng.randint(1, 250)}.{x.rng.randint(1, 250)}.{x.rng.randint(2, 250)}",
                 f"174.{x.rng.randint(192, 255)}.{x.rng.randint(1, 250)}.{x.rng.randint(2, 250)}",
                 (f"2600:1700:{x.rng.randint(4096, 65535):x}:{x.rng.randint(4096, 65535):x}::"
                 f"{x.rng.randint(16, 255):x}")])
    proc = x.pick(["ventral hernia repair", "abdominoplasty", "axillary node dissection",
                   "thyroidectomy", "lap colectomy"])
    x.t("MyChart Message - Patient Medical Advice Request\n")
    x.t("From: ").name(pt.full).t(" (patient)   MRN ").p("ID", mrn).t("\n")
    x.t("Sent: ").date(sent, "mdy_nz").t(f" {x.rng.randint(8, 11)}:{x.rng.randint(10, 59)} PM   ")
    x.t("from IP ").p("IP", ip).t("\n")
    x.t("To: General Surgery Clinic - Dr. ").name(surgeon.last).t("'s team\nSubject: drain question"
                                                                  "\n\n")
    x.t("hi dr ").name(surgeon.last.lower()).t(", its ").name(pt.first.lower())
    x.t(f". im {(x.base - op).days} days out from my {proc} on ").date(op, "md")
    x.t(". the drain is putting out like ").c(f"{x.rng.randint(35, 90)} ml").t(
        " a day of pinkish stuff, it was ").c(f"{x.rng.randint(15, 30)} ml").t(
        " yesterday. theres a little redness around where it goes in, maybe the size of a quarter."
        " no fever ").c("99.1").t(" last night. my sister ").name(sib.first.lower())
    x.t(" says i should come in?? also can i shower with it. thank you\n\n")
    reply = sent + timedelta(days=1)
    x.t("Reply - ").date(reply, "mdy_nz").t(f" 8:{x.rng.randint(10, 59)} AM\n")
    x.t("Hi ").name(pt.first).t(", thank you for the message. A small increase in drainage can "
                                "happen as you move around more. Please keep recording the output "
                                "twice a day and upload a photo of the site through MyChart "
                                "(Menu > Upload photo) so Dr. ")
    x.name(surgeon.last).t(" can look at it today. You may shower - pat the site dry and "
                           "reattach the bulb. Go to the ED or call us at ")
    x.p("PHONE", x.us_phone()).t(" if you have a temperature over 101, the redness spreads, or the "
                                 "fluid turns cloudy or smells. Drain care sheet: ")
    org = x.pick(["ohiohealth", "baptisthealth", "bannerhealth", "umc"])
    x.p("URL", f"https://mychart.{org}.org/education/jp-drain-care")
    x.t("\n\n").name(rn.full).t(", RN, BSN\nSurgical nurse navigator\n")
    x.t("Message ID: ").p("ID", x.digits(9)).t("\n")


def t_us_trauma_hp(x: Ctx) -> None:
    """US level I trauma activation history and physical."""
    pt = x.person("us", sex="M" if x.chance(0.7) else "F")
    years = x.rng.randint(18, 70)
    dob = x.dob(years)
    mrn, fin = _us_mrn(x), x.digits(11)
    ssn = x.ssn()
    att, res, rn, trooper = x.staff("us"), x.staff("us"), x.staff("us"), x.staff("us")
    mom = x.relative(pt, "mother")
    street, city, st, zp = x.us_addr()
    x.fhir(pt, dob, [("mrn", mrn), ("ssn", ssn.replace("-", ""))], x.us_phone(), [street], city, st,
           zp)
    arr = x.base
    hh = x.rng.randint(0, 5)
    x.t("TRAUMA H&P - LEVEL I ACTIVATION\n")
    x.t("Name: ").name(f"{pt.last}, {pt.first}").t("   MRN ").p("ID", mrn).t("   FIN ").p("ID", fin)
    x.t("\nDOB ").date(dob, "mdy").t("   SSN ").p("SSN", ssn).t(" (from registration face sheet)\n")
    x.t("Arrival: ").date(arr, "mdy").t(f" {hh:02d}:{x.rng.randint(0, 59):02d} via EMS (run # ")
    x.p("ID", f"{arr.year % 100}-{x.digits(6)}").t(")\n\n")
    mech = x.pick(["single-vehicle rollover, restrained driver, prolonged extrication 25 min",
                   "motorcycle vs pickup, helmeted, ~45 mph", "pedestrian struck by SUV, ~30 mph",
                   "fall from roof ~15 ft onto concrete"])
    x.t(f"Mechanism: {mech}\nPre-hospital: HR ").c(str(x.rng.randint(95, 130))).t(" SBP ")
    x.c(str(x.rng.randint(86, 120))).t(" GCS ").c("15").t(", ").c("TXA 1 g").t(", ")
    x.c("fentanyl 100 mcg").t("\n\n")
    x.t("PRIMARY: A intact, speaking. B bilateral BS, ").c("SpO2 96%").t(
        ". C HR ").c(str(x.rng.randint(90, 120))).t(", BP ").c(f"{x.rng.randint(98, 132)}/70")
    x.t(", 2 large-bore IVs, FAST ").t(x.pick(["negative", "positive RUQ (Morison's)"]))
    x.t(". D GCS ").c("15").t(", MAE. E: see below\n")
    x.t("SECONDARY: R wrist deformity, L chest wall TTP, abrasions L flank.\n")
    x.t("Imaging: CT head/C-spine neg. CT C/A/P: L ribs 6-8 fx, grade II liver lac (no blush), "
        "R distal radius fx.\n")
    x.t("Labs: Hgb ").c(f"{x.rng.randint(105, 145) / 10:.1f}").t(", lactate ")
    x.c(f"{x.rng.randint(12, 38) / 10:.1f}").t(", EtOH ").c(str(x.rng.randint(0, 240)))
    x.t(", INR ").c("1.1").t("\n\nA/P: ").t(f"{years}").t(" y/o ").t("M" if pt.sex == "M" else "F")
    x.t(" s/p " + mech.split(",")[0] + ".\n")
    x.t(" - admit Trauma step-down; serial Hgb q6h x3; bed rest 24 h (liver lac)\n")
    x.t(" - rib fx: ").c("lidocaine 5% patch").t(", IS q1h while awake, ").c(
        "acetaminophen 1 g q8h").t("\n - ortho hand: closed reduction + sugar-tong splint in ED\n")
    x.t(" - tertiary survey in AM; SBIRT consult\n")
    x.t("Family: mother ").name(mom.first).t(" notified by SW, cell ").p("PHONE", x.us_phone(1))
    x.t("\nState Trooper ").name(trooper.last).t(" (badge ").p("ID", x.digits(4))
    x.t(") at bedside for report\n\n")
    x.t("Trauma RN: ").name(rn.full).t(", RN, " + x.pick(["TCRN", "CCRN", "CEN"]) + "\nResident: ")
    x.name(f"{res.fi}. {res.last}")
    x.t(f", {_md(x)}   Attending: ").name(att.full).t(f", {_md(x)}, FACS\n")


def t_us_discharge(x: Ctx) -> None:
    """US general surgery discharge summary."""
    pt = x.person("us", middle=True)
    years = x.rng.randint(19, 80)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    pcp, att, pa = x.staff("us"), x.staff("us"), x.staff("us")
    street, city, st, zp = x.us_addr()
    c_street = f"{x.rng.randint(100, 9800)} {x.pick(US_STREETS)}, Suite {x.rng.randint(100, 450)}"
    c_zip = x.us_zip(zp[:3])
    adm = x.day(-x.rng.randint(1, 4))
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    dx = x.pick([("Acute appendicitis, uncomplicated", "Laparoscopic appendectomy"),
                 ("Acute calculous cholecystitis", "Laparoscopic cholecystectomy"),
                 ("Incarcerated umbilical hernia", "Open umbilical hernia repair with mesh"),
                 ("Perforated appendicitis with abscess", "Laparoscopic appendectomy, drain")])
    nick = x.pick(["", "", "Bud", "Tommy", "Sissy", "Bubba", "Dee"])
    x.t("DISCHARGE SUMMARY - General Surgery\n")
    x.t("Patient: ").name(f"{pt.last.upper()}, {pt.first.upper()} {pt.mi}")
    if nick and x._free(nick):
        x._claim(nick)
        x.t(' ("').name(nick).t('")')
    x.t("   MRN ").p("ID", mrn).t("   DOB ").date(dob, "mdy").t("\n")
    x.t("Admit date: ").date(adm, "mdy_nz").t("   Discharge date: ").date(x.base, "mdy_nz").t("\n")
    x.t("Attending: ").name(att.full).t(f", {_md(x)}   PCP: ").name(f"{pcp.first} {pcp.last}")
    x.t(", MD (fax ").p("PHONE", x.us_phone(1)).t(")\n\n")
    x.t(f"Diagnosis: {dx[0]}\nProcedure: {dx[1]} (").date(adm, "md").t(")\n\n")
    x.t("Hospital course: Presented with abdominal pain; CT consistent with the above. Taken to "
        "the OR on the day of admission; uncomplicated. Diet advanced POD1, pain controlled on "
        "oral analgesia, voiding, ambulating. ")
    if "abscess" in dx[0]:
        x.t("IR drain not required; ").c("piperacillin-tazobactam").t(" -> ")
        x.c("amoxicillin-clavulanate 875 mg BID").t(" to complete 7 days. ")
    x.t("Afebrile, WBC ").c(f"{x.rng.randint(60, 115) / 10:.1f}").t(" at discharge.\n\n")
    x.t("Discharge meds: ").c("acetaminophen 1,000 mg q8h").t("; ").c("ibuprofen 600 mg q6h PRN")
    x.t("; ").c("oxycodone 5 mg q6h PRN severe pain, #8").t("; ").c("docusate 100 mg BID").t("\n")
    x.t("Activity: no lifting > 10 lb x 4 weeks; may shower.\n")
    x.t("Follow-up: ").name(pa.full).t(", PA-C, General Surgery Clinic, ").p("ADDRESS", c_street)
    x.t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", c_zip).t(" - in 2 weeks (").date(
        x.base + timedelta(days=14), "mon_d").t("). Clinic ").p("PHONE", x.us_phone()).t(".\n")
    x.t("Pathology pending (accession ").p("ID", f"S{x.base.year % 100}-{x.digits(5)}").t(").\n")
    x.t("Electronically signed: ").name(f"{att.fi}. {att.last}").t(" ").date(x.base, "mdy2")
    x.t(f" {x.rng.randint(13, 17)}:{x.rng.randint(10, 59)}\n")


def t_us_asc_call(x: Ctx) -> None:
    """US ambulatory surgery center post-op day-1 phone call (orthopaedics / ENT)."""
    pt = x.person("us")
    child = x.chance(0.35)
    years = x.rng.randint(5, 15) if child else x.rng.randint(19, 72)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    surgeon, rn = x.staff("us"), x.staff("us")
    who = "mother" if child else ("wife" if pt.sex == "M" else x.pick(["husband", "sister"]))
    caller = x.relative(pt, who)
    street, city, st, zp = x.us_addr()
    phone = x.us_phone(x.rng.randint(0, 2))
    x.fhir(pt, dob, [("mrn", mrn)], phone, [street], city, st, zp)
    op = x.day(-1)
    if child:
        proc = ("tonsillectomy and adenoidectomy", "throat pain 6/10, drinking popsicles and water",
                "no bleeding; call/ED for any bright red blood", "ibuprofen 10 mg/kg q6h")
    else:
        proc = x.pick([
            ("R ACL reconstruction (BTB autograft) with adductor canal block",
             "block wore off at 02:00, pain 7/10 -> 4/10 after oxycodone",
             "cryo cuff on 20 min every hour; brace locked in extension to walk",
             "oxycodone 5 mg q4h PRN"),
            ("L shoulder arthroscopic rotator cuff repair with interscalene block",
             "some numbness still in fingers - expected for up to 24 h",
             "sling at all times except PT exercises", "oxycodone 5 mg q4h PRN"),
            ("R carpal tunnel release", "fingers pink and warm, mild numbness",
             "keep dressing dry and hand elevated", "acetaminophen 1000 mg q8h"),
            ("septoplasty", "nasal packing out, some oozing on gauze",
             "saline spray 4x daily; no nose blowing for 1 week", "acetaminophen 1000 mg q8h"),
        ])
    x.t("POST-OPERATIVE PHONE CALL - Ambulatory Surgery Center\n")
    x.t("Patient: ").name(f"{pt.last}, {pt.first}").t("   DOB ").date(dob, "mdy").t("   MRN ")
    x.p("ID", mrn).t("\nDOS: ").date(op, "mdy2").t("   Procedure: " + proc[0] + "   Surgeon: Dr. ")
    x.name(surgeon.last).t("\nCall date: ").date(x.base, "mdy2")
    x.t(f"   Time: {x.rng.randint(9, 11)}:{x.rng.randint(10, 59)}\n")
    x.t("Spoke with: " + ("patient's " if child else "patient and ") + who + " ")
    x.name(caller.first).t(" at ").p("PHONE", phone).t(" (number on file)\n\n")
    x.t("Pain/comfort: " + proc[1] + "\nMedication: ").c(proc[3]).t("\n")
    x.t("Nausea/vomiting: " + x.pick(["none", "once last evening, none since"]) + "\n")
    x.t("Dressing/site: " + proc[2] + "\n")
    x.t("Voiding: yes   Fever: no (").c(f"{x.rng.randint(981, 995) / 10:.1f} F").t(")\n")
    x.t("Questions answered; reviewed when to call. Post-op visit ").date(
        x.base + timedelta(days=x.rng.randint(6, 13)), "md").t(" with ")
    x.t("Dr. ").name(f"{surgeon.first} {surgeon.last}").t(".\n")
    x.t("Satisfaction survey link sent by text.\n")
    x.t("Call completed by: ").name(rn.full).t(", RN\n")


def t_us_woc(x: Ctx) -> None:
    """US wound, ostomy and continence (WOC) nurse consult for a pressure injury."""
    pt = x.person("us", middle=True)
    years = x.rng.randint(58, 96)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    woc, hosp, rn = x.staff("us"), x.staff("us"), x.staff("us")
    dtr = x.relative(pt, "daughter")
    street, city, st, zp = x.us_addr()
    snf = x.pick(["Willow Creek Rehabilitation", "Heritage Manor", "Autumn Ridge Care Center",
                  "Pine Valley Post-Acute"])
    snf_street = f"{x.rng.randint(100, 9800)} {x.pick(US_STREETS)}"
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    x.t("WOC Nursing Consult - Pressure Injury\nDate: ").date(x.base, "month_d_y")
    x.t("   Requested by: ").name(f"{hosp.first} {hosp.last}").t(", MD (Hospitalist)\n")
    x.t("Patient: ").name(f"{pt.last.upper()}, {pt.first.upper()} {pt.mi}").t("   MRN ")
    x.p("ID", mrn).t("   Age: ").age(years).t("   Rm ")
    x.t(f"{x.rng.randint(3, 8)}{x.rng.randint(10, 40)}")
    x.t("\nAdmitted ").date(x.day(-x.rng.randint(3, 8)), "md").t(" from ").t(snf).t(" (")
    x.p("ADDRESS", snf_street).t(", ").p("ADDRESS", city).t(f", {st}) with sepsis / UTI.\n\n")
    x.t("Braden: ").c(str(x.rng.randint(10, 14))).t(" (sensory ").c("2").t(", moisture ")
    x.c("2").t(", activity ").c("1").t(", mobility ").c("2").t(", nutrition ").c("2")
    x.t(", friction/shear ").c("1").t(")\n")
    stage = x.pick(["Stage 3", "Stage 4", "Unstageable", "Deep tissue pressure injury"])
    x.t(f"Location: sacrum / coccyx. Classification: {stage} (present on admission: ")
    x.t(x.pick(["yes - documented on SNF transfer form", "no - hospital-acquired, event reported"]))
    x.t(")\nSize: ").c(f"{x.rng.randint(20, 80) / 10:.1f} x {x.rng.randint(15, 60) / 10:.1f} x "
                       f"{x.rng.randint(1, 25) / 10:.1f} cm").t(", undermining ")
    x.c(f"{x.rng.randint(0, 20) / 10:.1f} cm").t(" at 12 o'clock\n")
    x.t("Wound bed: ").c(f"{x.rng.randint(30, 90)}%").t(" slough / ").c(f"{x.rng.randint(10, 70)}%")
    x.t(" granulation; moderate serosanguineous exudate; no odor; periwound macerated.\n")
    x.t("Labs: albumin ").c(f"{x.rng.randint(22, 34) / 10:.1f}").t(", prealbumin ")
    x.c(str(x.rng.randint(8, 18))).t(", HbA1c ").c(f"{x.rng.randint(58, 92) / 10:.1f}%").t("\n\n")
    x.t("Plan:\n - cleanse with Vashe, apply calcium alginate to base, cover with silicone foam; "
        "change daily and PRN\n - low-air-loss mattress ordered; turn q2h; heels floated\n")
    x.t(" - nutrition consult; ").c("Juven 1 packet BID").t("\n - fecal management: ")
    x.t(x.pick(["barrier cream after each episode", "consider FMS if stools remain liquid"]))
    x.t("\n - photos uploaded to Media tab (wound ID ").p("ID", f"W-{x.digits(6)}").t(")\n")
    x.t(" - surgical consult for debridement if no improvement in 1 week\n")
    x.t("Discussed with primary RN ").name(rn.first).t(" and with daughter ").name(dtr.full)
    x.t(" (HCPOA) by phone ").p("PHONE", x.us_phone(1)).t(".\n\n")
    x.name(woc.full).t(", BSN, RN, CWOCN - WOC Nursing, pager ").p("PHONE", x.digits(4)).t("\n")


def t_us_bariatric_sched(x: Ctx) -> None:
    """US bariatric surgery scheduling confirmation with insurance authorization."""
    pt = x.person("us", sex="F" if x.chance(0.7) else "M")
    years = x.rng.randint(24, 62)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    surgeon, sched, coord = x.staff("us"), x.staff("us", sex="F"), x.staff("us")
    street, city, st, zp = x.us_addr()
    ssn = x.ssn()
    x.fhir(pt, dob, [("mrn", mrn), ("ssn", ssn.replace("-", ""))], x.us_phone(), [street], city,
           st, zp)
    surg = x.day(x.rng.randint(18, 40))
    while surg.weekday() > 4:
        surg += timedelta(days=1)
    payer = x.pick(["Anthem Blue Cross", "UnitedHealthcare", "Aetna", "Cigna", "Humana",
                    "BlueCross BlueShield of Tennessee"])
    proc = x.pick(["Laparoscopic sleeve gastrectomy (CPT 43775)",
                   "Robotic Roux-en-Y gastric bypass (CPT 43644)"])
    x.t("Metabolic & Bariatric Surgery - Surgery Scheduling Confirmation\n\n").date(x.base,
                                                                                   "month_d_y")
    x.t("\n\n").name(f"{pt.first} {pt.last}").t("\n").p("ADDRESS", street).t("\n")
    x.p("ADDRESS", city).t(f", {st} ").p("ZIP", zp).t("\n\nDear ").name(pt.first).t(",\n\n")
    x.t("Congratulations - your insurance has approved your surgery. Details:\n\n")
    x.t("  Procedure:   " + proc + "\n  Surgeon:     Dr. ").name(surgeon.full).t("\n")
    x.t("  Date:        " + WEEKDAY[surg.weekday()] + ", ").date(surg, "month_d_y").t("\n")
    x.t("  Arrival:     5:30 AM, Surgical Admissions, 2nd floor\n")
    x.t(f"  Insurance:   {payer}, member ID ")
    x.p("ID", x.letters(3, "ABCEHJKMPRTUWXYZ") + x.digits(9))
    x.t(", group ").p("ID", x.digits(6)).t("\n  Prior auth:  ").p("ID", f"A{x.digits(10)}")
    x.t(" valid through ").date(surg + timedelta(days=60), "mdy").t("\n")
    x.t("  Verification: patient ID on file - SSN (last 4) ").p("SSN", ssn[-4:]).t(", MRN ")
    x.p("ID", mrn).t("\n\n")
    x.t("Before surgery:\n  - Pre-op liquid diet starts ").date(surg - timedelta(days=14), "md")
    x.t(" (2 weeks: protein shakes, broth, sugar-free gelatin)\n")
    x.t("  - Pre-op class and labs: ").date(surg - timedelta(days=10), "mdy_nz").t(" at 1:00 PM\n")
    x.t("  - Stop phentermine / GLP-1 injections 1 week before (last dose by ")
    x.date(surg - timedelta(days=8), "md").t(")\n  - Weight today ").c(
        f"{x.rng.randint(230, 360)} lb").t(", BMI ").c(f"{x.rng.randint(380, 560) / 10:.1f}")
    x.t(" - program goal before surgery: no weight gain\n\n")
    x.t("Questions: call me at ").p("PHONE", x.us_phone()).t(" ext ").p("PHONE", x.digits(4))
    x.t(" or e-mail ").p("EMAIL", _mail(sched.fi + sched.core_last) + "@"
                                  + x.pick(["mbsc-health.org", "uhsurgery.com", "baptistmd.org"]))
    x.t(". Your program coordinator is ").name(coord.full).t(".\n\nSincerely,\n\n").name(sched.full)
    x.t("\nSurgery Scheduler\n")


def t_us_hip_comanage(x: Ctx) -> None:
    """US hospitalist co-management of a geriatric hip fracture."""
    pt = x.person("us", sex="F" if x.chance(0.7) else "M", middle=True)
    years = x.elderly_age(0.6)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    mbi = x.mbi()
    ortho, hosp, pa = x.staff("us"), x.staff("us"), x.staff("us")
    son = x.relative(pt, "son")
    street, city, st, zp = x.us_addr()
    son_street, son_city, son_st, son_zip = x.us_addr()
    x.fhir(pt, dob, [("mrn", mrn), ("mbi", mbi.replace("-", ""))], x.us_phone(), [street], city,
           st, zp)
    op = x.day(-1)
    nick = x.pick(["", "Dot", "Bea", "Birdie", "Mimi"] if pt.sex == "F" else
                  ["", "Hank", "Buzz", "Chet"])
    x.t("HOSPITAL MEDICINE - ORTHOPEDIC CO-MANAGEMENT PROGRESS NOTE\n")
    x.t("Patient: ").name(f"{pt.first} {pt.mi}. {pt.last}")
    if nick and x._free(nick):
        x._claim(nick)
        x.t(' "').name(nick).t('"')
    x.t("   ").age(years).t(" y/o " + ("F" if pt.sex == "F" else "M") + "   MRN ").p("ID", mrn)
    x.t("   MBI ").p("ID", mbi).t("\nDate: ").date(x.base, "mdy").t("   HD #3 / POD #1\n\n")
    x.t("S/p ").t(x.pick(["L", "R"])).t(" hip ").t(
        x.pick(["IMN (TFNA) for intertrochanteric fx", "hemiarthroplasty for displaced FNF"]))
    x.t(" (").date(op, "md").t(") by Dr. ").name(ortho.last).t(". Mechanical fall at home.\n\n")
    x.t("Overnight: sundowning, pulled at IV; CAM ").t(x.pick(["positive", "negative"])).t(
        ". No PRN antipsychotic needed.\n")
    x.t("Vitals: T ").c(f"{x.rng.randint(980, 1004) / 10:.1f}").t("  HR ")
    x.c(str(x.rng.randint(66, 104)))
    x.t("  BP ").c(f"{x.rng.randint(100, 160)}/{x.rng.randint(50, 88)}").t("  SpO2 ")
    x.c(f"{x.rng.randint(91, 98)}%").t(" 2L NC\n")
    x.t("Labs: Hgb ").c(f"{x.rng.randint(72, 98) / 10:.1f}").t(" (pre-op ")
    x.c(f"{x.rng.randint(105, 128) / 10:.1f}").t("), Na ").c(str(x.rng.randint(129, 141)))
    x.t(", Cr ").c(f"{x.rng.randint(8, 19) / 10:.1f}").t(", 25-OH vit D ")
    x.c(str(x.rng.randint(11, 38)))
    x.t("\n\nA/P:\n1. Hip fx s/p fixation - WBAT per ortho; PT/OT; ").c("enoxaparin 30 mg daily")
    x.t(" x 4 wk\n2. Acute blood loss anemia - transfuse if Hgb < ").c("8").t(" or symptomatic\n")
    x.t("3. Delirium - non-pharm bundle, glasses/hearing aids, family at bedside, avoid "
        "benzodiazepines\n4. Osteoporosis - ").c("vitamin D3 2,000 IU daily").t(
        "; zoledronic acid at 2-week f/u; referral to FLS\n5. Pain - ").c(
        "acetaminophen 1 g q8h").t(" scheduled + ").c("oxycodone 2.5 mg q4h PRN").t("\n")
    x.t("6. Goals: DNR/DNI (POLST on file dated ").date(x.day(-x.rng.randint(200, 700)), "mdy_nz")
    x.t(")\n\nDispo: SNF likely. Son ").name(son.full).t(" (POA) lives at ")
    x.p("ADDRESS", son_street).t(", ").p("ADDRESS", son_city).t(f", {son_st} ").p("ZIP", son_zip)
    x.t(" - prefers SNF near him; cell ").p("PHONE", x.us_phone(1)).t(".\n\n")
    x.name(hosp.full).t(f", {_md(x)} (Hospitalist) / ").name(f"{pa.first} {pa.last}")
    x.t(", PA-C (Ortho) - Vocera ").p("PHONE", f"x{x.digits(4)}").t("\n")


def t_us_grievance(x: Ctx) -> None:
    """US patient relations grievance resolution letter."""
    pt = x.person("us")
    years = x.rng.randint(30, 84)
    dob = x.dob(years)
    mrn = _us_mrn(x)
    advocate, director, surgeon = x.staff("us"), x.staff("us"), x.staff("us")
    street, city, st, zp = x.us_addr()
    x.fhir(pt, dob, [("mrn", mrn)], x.us_phone(), [street], city, st, zp)
    recv = x.day(-x.rng.randint(14, 28))
    dos = recv - timedelta(days=x.rng.randint(5, 20))
    gnum = f"GRV-{x.base.year}-{x.digits(5)}"
    title = "Mr." if pt.sex == "M" else x.pick(["Ms.", "Mrs."])
    issue = x.pick([
        ("your outpatient hernia surgery",
         ("the cancellation of your surgery on the morning of the procedure after you had "
          "already stopped your blood thinner"),
         ("surgical scheduling now confirms OR availability 72 hours before any patient is asked "
          "to hold anticoagulation")),
        ("your stay on the surgical unit after your gallbladder surgery",
         "a delay in responding to your call light and being left in a soiled gown",
         "the unit has added hourly rounding and a charge-nurse review of call-light times"),
        ("your bill for the emergency appendectomy", ("being billed as out-of-network for the "
         "anesthesia services"), "the claim has been reprocessed at the in-network rate"),
    ])
    x.t("Patient Relations Department\n\n").date(x.base, "month_d_y").t("\n\n")
    x.t(title + " ").name(pt.full).t("\n").p("ADDRESS", street).t("\n").p("ADDRESS", city)
    x.t(f", {st} ").p("ZIP", zp).t("\n\nRE: Grievance # ").p("ID", gnum).t("   MRN ").p("ID", mrn)
    x.t("\n\nDear " + title + " ").name(pt.last).t(":\n\n")
    x.t("Thank you for contacting us on ").date(recv, "month_d_y").t(" about " + issue[0]
                                                                      + " on ")
    x.date(dos, "mdy").t(". Your concern regarding " + issue[1] + " was reviewed by the nursing "
                                                                  "and surgical leadership, "
                                                                  "including Dr. ")
    x.name(surgeon.full).t(".\n\nWe are sorry for your experience. As a result of the review, "
                           + issue[2] + ".\n\n")
    x.t("This letter closes your grievance. If you are not satisfied, you may contact the state "
        "Department of Health or the Joint Commission at ")
    x.p("URL", "https://www.jointcommission.org/report-a-patient-safety-concern").t(
        ". Medicare beneficiaries may also contact the BFCC-QIO at ")
    x.p("PHONE", f"1-888-{x.digits(3)}-{x.digits(4, False)}")
    x.t(".\n\nYou can reach me directly at ")
    x.p("PHONE", x.us_phone()).t(" or ").p(
        "EMAIL", _mail(advocate.first, advocate.core_last) + "@"
                 + x.pick(["mercyhealth.org", "bswhealth.org", "atriumhealth.org"]))
    x.t(".\n\nSincerely,\n\n").name(advocate.full).t("\nPatient Advocate\ncc: ").name(director.full)
    x.t(", RN, MSN, Director of Perioperative Services\n")


def _medicare_fmt(m: str) -> str:
    return f"{m[:4]} {m[4:9]} {m[9]}"


def _au_landline(x: Ctx, state: str) -> str:
    code = {"VIC": "03", "TAS": "03", "NSW": "02", "ACT": "02", "QLD": "07", "SA": "08", "WA": "08",
            "NT": "08"}.get(state, "03")
    return f"({code}) {x.digits(4)} {x.digits(4, False)}"


def _ihi_fmt(v: str) -> str:
    return f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}"


def t_au_surg_admission(x: Ctx) -> None:
    """AU general surgery unit admission / post-take round (surgical admitting registrar)."""
    pt = x.person("au", middle=x.chance(0.3))
    years = x.rng.randint(18, 89)
    dob = x.dob(years)
    ur = x.digits(x.pick([6, 7, 8]))
    med = x.medicare_au()
    reg, cons, intern = x.staff("au"), x.staff("au"), x.staff("au")
    nok = x.relative(pt, x.pick([x.spouse(pt), "daughter", "son"] if years > 55 else
                                [x.spouse(pt), "mother", "brother", "sister"]))
    street, suburb, st, pc = x.au_addr()
    hosp = x.pick(AU_HOSP)
    x.fhir(pt, dob, [("ur", ur), ("medicare", med)], x.au_mobile(), [street], suburb, st, pc)
    title = "Mr" if pt.sex == "M" else x.pick(["Mrs", "Ms"])
    dx = x.pick([
        ("gallstone pancreatitis", "lipase ", "4,820 U/L", "USS: cholelithiasis, CBD 6 mm",
         "IV fluids, analgesia, early oral diet as tolerated; index-admission lap chole + IOC"),
        ("small bowel obstruction ?adhesional", "lactate ", "1.6 mmol/L",
         "CT: SBO, transition point pelvis, no closed loop",
         "NBM, NGT, IVT, Gastrografin challenge; surgery if no progress at 48 h"),
        ("perianal abscess", "CRP ", "96 mg/L", "clinical diagnosis, no imaging needed",
         "EUA + I&D on emergency list; NBM from 0600"),
        ("acute appendicitis", "CRP ", "58 mg/L", "CT: 11 mm appendix with appendicolith",
         "lap appendicectomy tonight; IV ceftriaxone + metronidazole"),
    ])
    x.t(f"{hosp.upper()} - GENERAL SURGERY UNIT ").t(x.pick(["A", "B", "2", "Red"]))
    x.t("\nADMISSION NOTE / POST-TAKE\n")
    x.t("Patient: ").t(title + " ").name(f"{pt.fi} {pt.last}").t(" (").name(
        f"{pt.last.upper()}, {pt.first}").t(")   UR ").p("ID", ur).t("\nDOB ").date(dob, "dmy")
    x.t(f" ({years}y)   Medicare ").p("ID", _medicare_fmt(med)).t(" IRN ")
    x.t(str(x.rng.randint(1, 5))).t("\nADMITTED ").date(x.base, "dmy").t(" via ED")
    x.t(f"   Cons: {'Mr' if cons.sex == 'M' else 'Ms'} ").name(cons.last).t("\n\n")
    x.t(f"Dx: {dx[0]}\nKey results: {dx[1]}").c(dx[2]).t("; WCC ")
    x.c(f"{x.rng.randint(88, 214) / 10:.1f}").t("; Cr ").c(str(x.rng.randint(55, 130)))
    x.t("\nImaging: " + dx[3] + "\nObs: HR ").c(str(x.rng.randint(70, 112))).t(" BP ")
    x.c(f"{x.rng.randint(105, 150)}/{x.rng.randint(60, 90)}").t(" T ")
    x.c(f"{x.rng.randint(366, 388) / 10:.1f}").t(" SpO2 ").c(f"{x.rng.randint(94, 99)}%").t(
        " RA  - no MET criteria\n\nPlan: " + dx[4] + "\n")
    x.t(" - VTE: ").c("enoxaparin 40 mg SC daily").t(" + TEDS\n - bloods mane (FBC/EUC/LFT/CRP)\n")
    x.t(" - EDD ").date(x.day(x.rng.randint(2, 5)), "dm").t("\n")
    x.t(f"NOK: {nok.rel} ").name(nok.first).t(" ").p("PHONE", x.au_mobile())
    x.t(" - updated by phone\n\n")
    x.t("Reg: Dr ").name(reg.full).t(", pager ").p("PHONE", x.digits(4)).t("\nRMO: ")
    x.name(f"{intern.first} {intern.last[0]}").t("\n")


def t_au_arthroplasty(x: Ctx) -> None:
    """AU joint replacement clinical pathway (ERAS) with a Rehab in the Home referral."""
    pt = x.person("au")
    years = x.rng.randint(54, 88)
    dob = x.dob(years)
    ur, ihi = x.digits(7), x.ihi()
    surgeon, physio, nurse, rith = x.staff("au"), x.staff("au"), x.staff("au"), x.staff("au")
    carer = x.relative(pt, "wife" if pt.sex == "M" else x.pick(["husband", "daughter"]))
    street, suburb, st, pc = x.au_addr()
    joint = x.pick([("TKR", "knee", "ROM"), ("THR", "hip", "hip precautions")])
    op = x.day(-3)
    x.fhir(pt, dob, [("ur", ur), ("ihi", ihi)], _au_landline(x, st), [street], suburb, st, pc)
    x.t(f"ARTHROPLASTY CLINICAL PATHWAY - {'RIGHT' if x.chance(0.5) else 'LEFT'} {joint[0]}\n")
    x.t("Name: ").name(f"{pt.last.upper()}, {pt.first}").t("   UR ").p("ID", ur).t("   IHI ")
    x.p("ID", _ihi_fmt(ihi)).t("\nDOB ").date(dob, "dmy").t("   Surgeon: Dr ").name(surgeon.last)
    x.t("   Op date: ").date(op, "d_mon_y").t("\n\n")
    x.t("Day | Goal                                   | Met | Sign\n")
    rows = [("D0", "mobilise 4 h post-op with 4WW", "Y"),
            ("D1", "TED/IPC, sit out 3x, walk 30 m", "Y"),
            ("D2", f"{joint[2]}; stairs practice; oral analgesia only", x.pick(["Y", "N"])),
            ("D3", "independent transfers; d/c criteria met", x.pick(["Y", "pending"]))]
    for d, goal, met in rows:
        who = physio if d in ("D0", "D2") else nurse
        x.t(f"{d}  | {goal:<38} | {met:<3} | ").name(who.inits).t("\n")
    x.t("\nAnalgesia: ").c("paracetamol 1 g QID").t(", ").c("celecoxib 100 mg BD").t(", ")
    x.c("tapentadol SR 50 mg BD").t(" (wean by D7)\nVTE: ").c("rivaroxaban 10 mg daily")
    x.t(" x ").c("14 days" if joint[0] == "TKR" else "35 days").t("\nHb D1 ")
    x.c(f"{x.rng.randint(92, 128)} g/L")
    if joint[0] == "TKR":
        x.t("   Knee flexion D2 ").c(f"{x.rng.randint(60, 95)} deg")
    x.t("\n\nREHAB IN THE HOME referral sent ").date(x.base, "dm").t(" to ")
    x.name(f"{rith.first} {rith.last}").t(" (RITH coordinator)\n  Address: ").p("ADDRESS", street)
    x.t(", ").p("ADDRESS", suburb).t(f" {st} ").p("ZIP", pc).t("\n  Lives with ")
    x.t(carer.rel + " ")
    x.name(carer.first).t(" - mob ").p("PHONE", x.au_mobile()).t("; key in lockbox, code ")
    x.p("ID", x.digits(4)).t("\n  First visit: ").date(x.day(1), "dmy_nz").t("\n\n")
    x.t("Physio: ").name(physio.full).t("  Nurse: ").name(nurse.full).t("\n")


def t_au_burns(x: Ctx) -> None:
    """AU adult burns unit dressing chart."""
    pt = x.person("au", sex="M" if x.chance(0.7) else "F")
    years = x.rng.randint(19, 78)
    dob = x.dob(years)
    ur, ihi = x.digits(7), x.ihi()
    cons, reg = x.staff("au"), x.staff("au")
    nurses = [x.staff("au") for _ in range(3)]
    partner = x.relative(pt, "wife" if pt.sex == "M" else "husband")
    street, suburb, st, pc = x.au_addr()
    injury = x.day(-x.rng.randint(3, 6))
    x.fhir(pt, dob, [("ur", ur), ("ihi", ihi)], x.au_mobile(), [street], suburb, st, pc)
    cause = x.pick(["petrol flame (burn-off of garden waste)", "BBQ gas flash",
                    "hot oil (deep fryer at work)", "contact - motorbike exhaust",
                    "steam from radiator cap"])
    x.t("STATEWIDE BURNS SERVICE - DRESSING CHART (adult)\n")
    x.t("Pt: ").name(f"{pt.last.upper()} {pt.first}").t("   UR ").p("ID", ur).t("   IHI ")
    x.p("ID", ihi).t("   DOB ").date(dob, "dmy").t("\n")
    x.t("Injury: ").date(injury, "d_mon_y").t(f" - {cause}\n")
    x.t("TBSA ").c(f"{x.rng.randint(3, 18)}%").t(" (Lund & Browder): ").t(
        x.pick(["R forearm + hand (circumferential wrist)", "anterior trunk + L arm",
                "face + neck + bilat hands", "L lower leg"])).t("\n")
    x.t("Depth: SPT with DD patches. Tetanus: up to date. Parkland not required.\n")
    x.t("Consultant: Dr ").name(cons.last).t("   Burns reg: Dr ").name(reg.full).t(" pager ")
    x.p("PHONE", x.digits(4)).t("\n\n")
    x.t("Date   | Time | Dressing                               | Exudate | Pain | RN\n")
    dressings = ["Acticoat 7 + Jelonet + crepe", "Acticoat 7 + Jelonet + crepe",
                 "Mepilex Ag", "Mepilex Ag + Tubigrip"]
    d = injury
    for k, dr in enumerate(dressings):
        d = injury + timedelta(days=[0, 3, 7, 10][k])
        n = nurses[k % 3]
        x.date(d, "dm0").t(f"  | {x.rng.randint(8, 16):02d}{x.pick(['00', '15', '30', '45'])} | ")
        x.t(f"{dr:<38} | {x.pick(['mod', 'low', 'low', 'nil']):<7} | ").c(f"{max(1, 7 - 2 * k)}/10")
        x.t(" | ").name(n.inits).t("\n")
    x.t("\nPre-dressing: ").c("oxycodone IR 10 mg").t(" + ").c("methoxyflurane 3 mL").t(
        " (Penthrox) PRN\nNutrition: ").c("Ensure Plus 2x daily").t("\n")
    x.t("Plan: ?split skin graft to DD areas on ").date(d + timedelta(days=4), "d_mon").t(
        " if < 80% healed; OT for hand splint + ROM.\n")
    x.t("Partner ").name(partner.first).t(" (")
    x.p("PHONE", x.au_mobile()).t(") will do Tubigrip at home.\n")
    x.t("RN key: ")
    for k, n in enumerate(nurses):
        x.name(n.inits).t(" ").name(n.full).t("; " if k < 2 else "\n")


def t_au_fracture_letter(x: Ctx) -> None:
    """AU fracture clinic letter to the GP."""
    pt = x.person("au")
    years = x.rng.randint(16, 86)
    dob = x.dob(years)
    ur, med = x.digits(7), x.medicare_au()
    gp, reg, cons = x.staff("au"), x.staff("au"), x.staff("au")
    street, suburb, st, pc = x.au_addr()
    g_suburb, g_st, g_pc = suburb, st, pc
    g_street = f"Shop {x.rng.randint(1, 24)}, {x.rng.randint(1, 300)} {x.pick(AU_STREETS)}"
    if x.chance(0.5):
        g_suburb, g_st, g_pc = x.pick([p for p in AU_PLACES if p[1] == st] or AU_PLACES)
    x.fhir(pt, dob, [("ur", ur), ("medicare", med)], x.au_mobile(), [street], suburb, st, pc)
    inj = x.day(-x.rng.randint(14, 44))
    op = inj + timedelta(days=x.rng.randint(2, 6))
    title = "Mr" if pt.sex == "M" else x.pick(["Mrs", "Ms"])
    fx = x.pick([
        ("L distal radius fracture (dorsally angulated, intra-articular)",
         "ORIF with volar locking plate", "wrist ROM and grip; no heavy lifting until 8/52",
         "x-rays show maintained position, early callus"),
        ("R bimalleolar ankle fracture", "ORIF (lateral plate + 2 medial malleolar screws)",
         "CAM boot, partial weight bearing progressing to full over 2 weeks",
         "x-rays satisfactory, syndesmosis intact"),
        ("R proximal humerus fracture (2-part, surgical neck)", "non-operative, collar and cuff",
         "pendulum exercises, physio referral", "x-rays show acceptable alignment"),
        ("L 5th metacarpal neck fracture", "closed reduction + ulnar gutter splint",
         "buddy strapping and active ROM", "x-rays show acceptable angulation"),
    ])
    x.t("ORTHOPAEDIC FRACTURE CLINIC\n").date(x.base, "dmy").t("\n\n")
    x.t("Dr ").name(f"{gp.fi} {gp.last}").t("\n").p("ADDRESS", g_street).t("\n")
    x.p("ADDRESS", g_suburb.upper()).t(f" {g_st} ").p("ZIP", g_pc).t("\n\n")
    x.t("Dear Dr ").name(gp.last).t(",\n\n")
    x.t(f"RE: {title} ").name(pt.full).t("   DOB ").date(dob, "dmy").t("   UR ").p("ID", ur)
    x.t("\n    ").p("ADDRESS", street).t(", ").p("ADDRESS", suburb).t(f" {st} ").p("ZIP", pc)
    x.t("   Medicare ").p("ID", med[:10]).t("\n\n")
    x.t("Diagnosis: " + fx[0] + " - injured ").date(inj, "dmy_nz").t("\nManagement: " + fx[1])
    if "non-operative" not in fx[1] and "closed" not in fx[1]:
        x.t(", ").date(op, "d_mon_y")
    x.t("\n\nThank you for your ongoing care of ").name(pt.first).t(
        f", reviewed in fracture clinic today at {(x.base - inj).days // 7} weeks post injury. "
        + ("Wound healed, " if "ORIF" in fx[1] else "Skin intact, ") + fx[3]
        + ". Pain well controlled on ")
    x.c("paracetamol 1 g QID PRN").t(".\n\nPlan: " + fx[2] + ". Review in fracture clinic in 6/52 "
                                                             "with x-ray on arrival. Medical "
                                                             "certificate: unfit for manual work "
                                                             "until ")
    x.date(x.base + timedelta(days=28), "d_month_y").t(".\n\nKind regards,\n\nDr ")
    x.name(reg.full).t("\nOrthopaedic Registrar, for Dr ").name(f"{cons.fi}. {cons.last}")
    x.t("\nFracture clinic bookings ").p("PHONE", _au_landline(x, st)).t("\n")


def t_au_tertiary(x: Ctx) -> None:
    """AU trauma service tertiary survey."""
    elderly = x.chance(0.45)
    pt = x.person("au", sex="F" if elderly and x.chance(0.6) else "M")
    years = x.elderly_age(0.55) if elderly else x.rng.randint(18, 64)
    dob = x.dob(years)
    ur, ihi = x.digits(7), x.ihi()
    cnc, reg = x.staff("au"), x.staff("au")
    nok = x.relative(pt, x.pick(["daughter", "son"]) if elderly else x.pick([x.spouse(pt), "mother",
                                                                              "brother"]))
    street, suburb, st, pc = x.au_addr()
    x.fhir(pt, dob, [("ur", ur), ("ihi", ihi)], "", [street], suburb, st, pc)
    adm = x.day(-1)
    mech = ("ground-level fall at home, found on floor by " + nok.rel + " after ~6 h"
            if elderly else x.pick(["MBA vs car at intersection, ~60 km/h",
                                    "quad bike rollover on property", "fall from horse",
                                    "cyclist vs car door"]))
    x.t("TRAUMA SERVICE - TERTIARY SURVEY\n")
    x.t("Pt: ").name(f"{pt.first} {pt.last.upper()}").t("  ").age(years)
    x.t("M" if pt.sex == "M" else "F").t("  UR ").p("ID", ur).t("  IHI ").p("ID", _ihi_fmt(ihi))
    x.t("\nAdmitted: ").date(adm, "dmy").t(f" {x.rng.randint(0, 23):02d}{x.rng.randint(0, 59):02d}")
    x.t("   Tertiary: ").date(x.base, "dmy").t(f" {x.rng.randint(8, 11):02d}00 (> 24 h)\n")
    x.t("Mechanism: " + mech + "\n")
    if not elderly:
        x.t("Police event no. ").p("ID", f"E{x.digits(9)}").t("\n")
    x.t("\nInjuries identified at primary/secondary survey:\n")
    inj = (["R NOF fracture (subcapital)", "L pubic rami fractures", "R 4-6 rib fractures"]
           if elderly else ["L clavicle fracture (midshaft)", "L 3-7 rib fractures + small HTX",
                            "grade 2 splenic laceration"])
    for i in inj:
        x.t(" - " + i + "\n")
    x.t("New findings at tertiary: ").t(x.pick(["L 5th finger PIP dislocation (reduced)",
                                                 "R ankle lateral ligament sprain - x-ray NAD",
                                                 "nil new"])).t("\n")
    x.t("Head-to-toe exam: GCS ").c("15").t(", C-spine cleared clinically (CT NAD); ")
    x.t("abdo soft; pelvis stable; peripheries NV intact.\n")
    x.t("Bloods: Hb ").c(f"{x.rng.randint(88, 140)} g/L").t(", lactate ")
    x.c(f"{x.rng.randint(8, 22) / 10:.1f}").t(", CK ").c(str(x.rng.randint(300, 4800)))
    x.t("\nPain: ").c("PCA fentanyl 20 mcg bolus / 5 min lockout").t(" -> ")
    x.c("oxycodone SR 10 mg BD").t("; rib fracture pathway (IS q1h, physio)\n")
    if elderly:
        x.t("Geri-trauma: 4AT ").c(str(x.rng.randint(0, 6))).t(", CFS ").c(str(x.rng.randint(4, 7)))
        x.t("; geriatrics co-management requested; ?long lie -> CK monitoring\n")
    x.t("Disposition: ").t(x.pick(["ortho for NOF fixation today", "ward-based care under trauma",
                                   "transfer to rehab when pain controlled"])).t("\n")
    x.t("NOK: ").name(nok.full).t(" (" + nok.rel + ") ")
    x.p("PHONE", x.au_mobile()).t(" - updated\n\n")
    x.t("Completed by: ").name(cnc.full).t(", Trauma CNC, pager ").p("PHONE", x.digits(3))
    x.t(" / Dr ").name(f"{reg.fi}. {reg.last}").t(" (trauma reg)\n")


def t_au_preadmission(x: Ctx) -> None:
    """AU pre-admission clinic telephone interview."""
    pt = x.person("au")
    years = x.rng.randint(26, 84)
    dob = x.dob(years)
    ur, med = x.digits(7), x.medicare_au()
    nurse, surgeon, anaes = x.staff("au", sex="F"), x.staff("au"), x.staff("au")
    nok = x.relative(pt, x.pick([x.spouse(pt), "son", "daughter"]))
    street, suburb, st, pc = x.au_addr()
    x.fhir(pt, dob, [("ur", ur), ("medicare", med)], x.au_mobile(), [street], suburb, st, pc)
    surg = x.day(x.rng.randint(7, 21))
    title = "Mr" if pt.sex == "M" else x.pick(["Mrs", "Ms"])
    email = f"{_mail(pt.first[0] + pt.last)}{x.rng.randint(1, 99)}@" + \
        x.pick(["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"])
    proc = x.pick(["laparoscopic inguinal hernia repair (TEP)", ("cystoscopy + ureteroscopy + "
                   "laser lithotripsy + stent"), "tonsillectomy", "lap cholecystectomy",
                   "hemithyroidectomy"])
    x.t("PRE-ADMISSION CLINIC - TELEPHONE INTERVIEW\n")
    x.t(f"{title} ").name(f"{pt.fi} {pt.last}").t("   UR ").p("ID", ur).t("   DOB ")
    x.date(dob, "dmy").t("   Medicare ").p("ID", _medicare_fmt(med)).t("\n")
    x.t("Booked: " + proc + " - Dr ").name(surgeon.last).t(" - ").t(WD[surg.weekday()] + " ")
    x.date(surg, "dmy_nz").t("\nCall: ").date(x.base, "dmy_nz")
    x.t(" - identity confirmed (name, DOB, address)\n\n")
    wt, ht = x.rng.randint(55, 135), x.rng.randint(152, 190)
    x.t("Wt ").c(f"{wt} kg").t("  Ht ").c(f"{ht} cm").t("  BMI ").c(f"{wt / (ht / 100) ** 2:.1f}")
    hx = x.pick([("T2DM on metformin + semaglutide (Ozempic)", ("withhold Ozempic 1 week pre-op "
                  "- last dose "), 8), ("AF on apixaban", "withhold apixaban 48 h - last dose ", 3),
                 ("OSA on CPAP", "bring CPAP on the day; no changes to meds - confirmed ", 1),
                 ("HTN, GORD", "withhold perindopril morning of surgery - confirmed ", 1)])
    x.t("\nHx: " + hx[0] + "\nMeds instructions:\n - " + hx[1])
    x.date(surg - timedelta(days=hx[2]), "dm")
    x.t("\n - fasting from 0200, clear fluids until 0530\n")
    if x.chance(0.5):
        x.t("Anaesthetic review: phone review booked with Dr ").name(anaes.last)
    else:
        x.t("Anaesthetic review: not required")
    x.t("\nDischarge: " + nok.rel + " ")
    x.name(nok.first).t(" to collect and stay overnight - ").p("PHONE", x.au_mobile()).t("\n")
    x.t("Admission letter and fasting sheet e-mailed to ").p("EMAIL", email).t("\n\n")
    x.t("RN ").name(nurse.full).t(" - Pre-Admission Clinic ").p("PHONE", _au_landline(x, st))
    x.t(" ext ").p("PHONE", x.digits(4)).t("\n")


def t_ca_cast_clinic(x: Ctx) -> None:
    """Ontario fracture / cast clinic note."""
    pt = x.person("ca")
    years = x.rng.randint(8, 84)
    dob = x.dob(years)
    ohip, mrn = x.ohip(), x.digits(7)
    surgeon, res, tech = x.staff("ca"), x.staff("ca"), x.staff("ca")
    parent = x.relative(pt, x.pick(["mother", "father"])) if years < 16 else None
    street, city, prov, pc = x.ca_addr()
    while prov != "ON":
        street, city, prov, pc = x.ca_addr()
    x.fhir(pt, dob, [("ohip", ohip.replace("-", "")), ("mrn", mrn)], x.ca_phone("ON"), [street],
           city, prov, pc)
    inj = x.day(-x.rng.randint(10, 30))
    fx = x.pick([("R scaphoid waist fracture, non-displaced", "thumb spica cast",
                  "CT at 6 weeks to confirm union"),
                 ("L distal radius fracture, extra-articular, acceptable alignment",
                  "short arm cast", "cast off at 5-6 weeks, then removable splint + physio"),
                 ("R both-bone forearm fracture (greenstick)", "long arm cast",
                  "x-ray out of cast in 3 weeks"),
                 ("L 5th metatarsal base (zone 1) fracture", "walking boot, WBAT",
                  "discharge from clinic if pain-free at 6 weeks")])
    x.t("FRACTURE CLINIC - Orthopaedic Surgery\n")
    x.t("Patient: ").name(f"{pt.last}, {pt.first}").t("   DOB: ").date(dob, "mon_d_y")
    x.t("   MRN ").p("ID", mrn).t("\nOHIP: ").p("ID", ohip).t("\nVisit: ").date(x.base, "mon_d_y")
    x.t("   Attending: Dr. ").name(surgeon.last).t("\n\n")
    x.t("Dx: " + fx[0] + " - DOI ").date(inj, "mon_d").t(" (")
    x.t(x.pick(["FOOSH playing hockey", "FOOSH on ice", "fall off trampoline", "fall down stairs",
                "twisted on curb"])).t(")\n")
    x.t(f"Seen with {parent.rel} " if parent else "Seen alone. ")
    if parent:
        x.name(parent.first).t(". ")
    x.t("Pain ").c(f"{x.rng.randint(0, 5)}/10").t(", NV intact, cast/boot intact.\n")
    x.t("XR today: " + x.pick(["no displacement, early callus", "alignment maintained",
                               "fracture line less distinct"]) + ".\n\n")
    x.t("Plan: " + fx[1] + " applied/continued by ").name(tech.first).t(" (ortho tech). "
                                                                         + fx[2] + ".\n")
    x.t("Return: ").date(x.base + timedelta(days=x.rng.randint(14, 28)), "mon_d_y").t(
        " - please book at front desk or call ").p("PHONE", x.ca_phone("ON")).t(" ext ")
    x.p("PHONE", x.digits(4)).t(".\n")
    if parent:
        x.t("School note provided (no gym x 6 weeks).\n")
    else:
        x.t("Work note: modified duties, no lifting with affected limb x 6 weeks.\n")
    x.t("\n").name(f"{res.first} {res.last}").t(", MD, PGY-").t(str(x.rng.randint(1, 5)))
    x.t(" Orthopaedics, for Dr. ").name(f"{surgeon.fi}. {surgeon.last}").t("\n")


def t_ca_bc_discharge(x: Ctx) -> None:
    """BC surgical discharge summary (lap sigmoid colectomy for diverticulitis)."""
    pt = x.person("ca", middle=x.chance(0.4))
    years = x.rng.randint(38, 82)
    dob = x.dob(years)
    phn, mrn = x.bc_phn(), x.digits(8)
    fp, surgeon, hcn = x.staff("ca"), x.staff("ca"), x.staff("ca")
    sp = x.relative(pt, x.spouse(pt))
    places = [p for p in CA_PLACES if p[1] == "BC"]
    city, prov, first = x.pick(places)
    num = x.rng.randint(100, 19999)
    street = f"{num} " + x.pick(["King George Blvd", "Fraser Hwy", "152 St", "Lougheed Hwy",
                                 "Bernard Ave", "Hastings St E"])
    pc = x.ca_postal(first)
    x.fhir(pt, dob, [("phn", phn.replace(" ", "")), ("mrn", mrn)], x.ca_phone("BC"), [street], city,
           prov, pc)
    adm = x.day(-x.rng.randint(4, 7))
    op = adm + timedelta(days=1)
    x.t("DISCHARGE SUMMARY - General Surgery\n")
    x.t("Name: ").name(f"{pt.last.upper()}, {pt.first}" + (f" {pt.middle}" if pt.middle else ""))
    x.t("   PHN ").p("ID", phn).t("   MRN ").p("ID", mrn).t("\nDOB ").date(dob, "iso")
    x.t("   Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc)
    x.t("\nAdmitted ").date(adm, "iso").t("   Discharged ").date(x.base, "iso").t("\n")
    x.t("Most responsible physician: Dr. ").name(surgeon.full).t("\nFamily physician: Dr. ")
    x.name(f"{fp.fi}. {fp.last}").t(" (fax ").p("PHONE", x.ca_phone("BC")).t(")\n\n")
    x.t("Diagnosis: recurrent sigmoid diverticulitis with colovesical fistula\n")
    x.t("Procedure: laparoscopic sigmoid colectomy, primary anastomosis, repair of bladder dome - ")
    x.date(op, "iso").t("\n\nCourse: ERAS pathway. Diet POD1. Foley kept x 7 days for bladder "
                        "repair; cystogram ")
    x.date(op + timedelta(days=x.rng.randint(4, 6)), "mon_d")
    x.t(" no leak. Ileus POD2-3 resolved. Hgb ").c(f"{x.rng.randint(98, 132)} g/L").t(
        " at discharge; CRP ").c(f"{x.rng.randint(18, 90)} mg/L").t(".\n\n")
    x.t("Medications: ").c("acetaminophen 1 g QID").t(", ").c("HYDROmorphone 1-2 mg q4h PRN (#12)")
    x.t(", ").c("PEG 3350 17 g daily").t(", ").c("dalteparin 5,000 units SC daily x 28 days")
    x.t("\n\nHome support: Home & Community Care nurse ").name(hcn.full)
    x.t(" to visit for Foley removal ").date(op + timedelta(days=7), "mon_d").t(
        " - intake line ").p("PHONE", x.ca_phone("BC")).t(".\n")
    x.t(f"{sp.rel.capitalize()} ").name(sp.first).t(" will drive; cell ")
    x.p("PHONE", x.ca_phone("BC"))
    x.t(".\nFollow-up: Dr. ").name(surgeon.last).t(" clinic in 3-4 weeks; pathology to follow.\n")
    x.t("Dictated by: Dr. ").name(surgeon.last).t("  ").date(x.base, "iso").t(" 15:12\n")


def t_qc_urology(x: Ctx) -> None:
    """Quebec urology ward note after TURP (French and English), TWOC."""
    pt = x.person("qc", sex="M")
    years = x.rng.randint(58, 89)
    dob = x.dob(years)
    ramq, dossier = x.ramq(pt, dob), x.digits(7)
    res, uro, inf = x.staff("qc"), x.staff("qc"), x.staff("qc", sex="F")
    sp = x.relative(pt, "wife")
    street, city, prov, pc = x.ca_addr(qc=True)
    x.fhir(pt, dob, [("ramq", ramq.replace(" ", "")), ("dossier", dossier)], x.ca_phone("QC"),
           [street], city, prov, pc)
    op = x.day(-1)
    x.t("UROLOGIE - NOTE D'ÉVOLUTION / PROGRESS NOTE\n")
    x.t("Nom: ").name(f"{pt.last.upper()}, {pt.first}").t("   RAMQ: ").p("ID", ramq)
    x.t("   Dossier: ").p("ID", dossier).t("\nDDN: ").date(dob, "ymd_slash").t("   Date: ")
    x.date(x.base, "ymd_slash").t("   Chambre ").t(f"{x.rng.randint(3, 7)}{x.rng.randint(10, 45)}")
    x.t("\n\nJ1 post RTUP bipolaire (").date(op, "dm0").t(") - Dr ").name(uro.last).t("\n")
    x.t("Irrigation vésicale arrêtée à 06h00; urine rosée claire. Sonde 22Fr 3-voies.\n")
    x.t("Hb ").c(f"{x.rng.randint(112, 148)} g/L").t(" (pré-op ").c(f"{x.rng.randint(130, 155)}")
    x.t("), Na ").c(f"{x.rng.randint(134, 142)}").t(", créat ")
    x.c(f"{x.rng.randint(70, 130)} µmol/L")
    x.t("\nSV: TA ").c(f"{x.rng.randint(110, 160)}/{x.rng.randint(60, 90)}").t(" FC ")
    x.c(str(x.rng.randint(58, 90))).t(" T ").c(f"{x.rng.randint(364, 378) / 10:.1f}").t("\n\n")
    x.t("Plan:\n- essai mictionnel (TWOC) demain matin 06h00; bladder scan post-void, "
        "RPM < 150 mL OK\n")
    x.t("- ").c("tamsulosin 0,4 mg die").t(" à cesser après 2 sem; ")
    x.c("ciprofloxacine 500 mg BID x 3 j").t("\n- congé prévu ").date(x.base + timedelta(days=1),
                                                                        "dm0")
    x.t(" si miction OK; épouse ").name(sp.first).t(" (cell ").p("PHONE", x.ca_phone("QC"))
    x.t(") viendra le chercher.\n\n")
    x.t("Family updated in English at patient's request (his wife is anglophone).\n")
    x.t("Signé: ").name(f"{res.first} {res.last}").t(", R").t(str(x.rng.randint(1, 5)))
    x.t(" urologie / inf. ").name(inf.full).t(" poste ").p("PHONE", x.digits(5)).t("\n")


def t_ab_npwt(x: Ctx) -> None:
    """Alberta home care wound assessment with negative-pressure therapy (workplace injury)."""
    pt = x.person("ca", sex="M" if x.chance(0.7) else "F")
    years = x.rng.randint(24, 63)
    dob = x.dob(years)
    uli = f"{x.digits(5)}-{x.digits(4, False)}"
    sin = x.sin()
    nurse, plastics, cm = x.staff("ca"), x.staff("ca"), x.staff("ca")
    sp = x.relative(pt, x.spouse(pt))
    places = [p for p in CA_PLACES if p[1] == "AB"]
    city, prov, first = x.pick(places)
    num = x.rng.randint(10, 399)
    street = f"{num} " + x.pick(["Lakeview Dr", "Whyte Ave", "50 St", "Gaetz Ave",
                                 "Mayor Magrath Dr S", "Jasper Ave NW"])
    pc = x.ca_postal(first)
    x.fhir(pt, dob, [("uli", uli.replace("-", ""))], x.ca_phone("AB"), [street], city, prov, pc)
    inj = x.day(-x.rng.randint(20, 40))
    serial = f"{x.letters(3, 'ABCDEFGHKLMNPRSTVWXYZ')}{x.digits(6)}"
    x.t("HOME CARE - WOUND ASSESSMENT & NPWT VISIT\n")
    x.t("Client: ").name(f"{pt.first} {pt.last}").t("   ULI ").p("ID", uli).t("   DOB ")
    x.date(dob, "mon_d_y").t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", city)
    x.t(", AB ").p("ZIP", pc).t("\nVisit: ").date(x.base, "mon_d_y").t("\n\n")
    x.t("History: crush / degloving injury L lower leg at work site ").date(inj, "mon_d")
    x.t(", I&D x2 + partial STSG by Dr. ").name(plastics.last).t(" (plastics). WCB claim ")
    x.p("ID", x.digits(8)).t(" - case manager ").name(cm.full).t(". SIN on WCB form: ")
    x.p("SSN", sin).t(".\n\n")
    x.t("NPWT: V.A.C. Freedom, serial ").p("ID", serial).t(", ").c("-125 mmHg continuous")
    x.t(", dressing change M/W/F\n")
    x.t("Wound (anterior shin): ").c(f"{x.rng.randint(40, 120) / 10:.1f} x "
                                     f"{x.rng.randint(20, 60) / 10:.1f} x "
                                     f"{x.rng.randint(2, 15) / 10:.1f} cm").t(" (prev ")
    x.c(f"{x.rng.randint(60, 140) / 10:.1f} x {x.rng.randint(30, 70) / 10:.1f} cm").t(")\n")
    x.t("Bed ").c(f"{x.rng.randint(70, 100)}%").t(" red granulation; graft take ")
    x.c(f"{x.rng.randint(70, 98)}%").t("; canister ").c(f"{x.rng.randint(20, 120)} mL")
    x.t(" serous since last visit; periwound intact; no s/s infection. Pain ")
    x.c(f"{x.rng.randint(1, 5)}/10").t(" during change.\n\n")
    x.t("Plan: continue NPWT to ").date(x.base + timedelta(days=x.rng.randint(7, 14)), "mon_d")
    x.t(", then reassess for Mepitel + foam. Plastics f/u ").date(
        x.base + timedelta(days=x.rng.randint(5, 12)), "mon_d_y").t(".\n")
    x.t(f"{sp.rel.capitalize()} ").name(sp.first).t(" taught to troubleshoot alarms; cell ")
    x.p("PHONE", x.ca_phone("AB")).t(". KCI 24-h line on fridge.\n\n")
    x.name(nurse.full).t(", RN, Home Care - ").p("PHONE", x.ca_phone("AB")).t("\n")


def t_ns_waitlist(x: Ctx) -> None:
    """Nova Scotia surgical wait-list letter (orthopaedics / ENT)."""
    pt = x.person("ca")
    years = x.rng.randint(30, 84)
    dob = x.dob(years)
    msi = f"{x.digits(4, False)} {x.digits(3)} {x.digits(3)}"
    surgeon, clerk = x.staff("ca"), x.staff("ca", sex="F")
    places = [p for p in CA_PLACES if p[1] == "NS"]
    city, prov, first = x.pick(places)
    num = x.rng.randint(5, 3999)
    street = f"{num} " + x.pick(["Robie St", "Prince St", "Main St", "Portland St", "Hollis St",
                                 "Coburg Rd", "Pleasant St"])
    pc = x.ca_postal(first)
    x.fhir(pt, dob, [("msi", msi.replace(" ", ""))], x.ca_phone("NS"), [street], city, prov, pc)
    ref = x.day(-x.rng.randint(90, 300))
    proc = x.pick([("right total knee arthroplasty", "Orthopaedic Surgery", "Priority Level IV",
                    "365"), ("functional endoscopic sinus surgery", "Otolaryngology",
                             "Priority Level III", "182"),
                   ("left total hip arthroplasty", "Orthopaedic Surgery", "Priority Level IV",
                    "365"), ("laparoscopic inguinal hernia repair", "General Surgery",
                             "Priority Level III", "182")])
    title = "Mr." if pt.sex == "M" else "Ms."
    x.t(proc[1] + " - Surgical Booking Office\n").date(x.base, "month_d_y").t("\n\n")
    x.t(title + " ").name(pt.full).t("\n").p("ADDRESS", street).t("\n").p("ADDRESS", city)
    x.t(", NS  ").p("ZIP", pc).t("\n\nHealth card (MSI): ").p("ID", msi).t("\n\n")
    x.t("Dear " + title + " ").name(pt.last).t(",\n\n")
    x.t("You have been added to the surgical wait list of Dr. ").name(surgeon.full)
    x.t(" for " + proc[0] + ". The decision to operate was made on ").date(ref, "month_d_y")
    x.t(". Your case has been assigned " + proc[2] + " (target " + proc[3] + " days).\n\n")
    x.t("Current wait times for this surgeon and procedure are posted at ")
    x.p("URL", "https://waittimes.novascotia.ca/procedure/" + proc[0].split()[-1].lower())
    x.t(". You will be contacted with a date at least 4 weeks in advance. If your health changes, "
        "or you wish to be considered for a shorter-notice cancellation date, please call ")
    x.name(clerk.first).t(" at ").p("PHONE", x.ca_phone("NS")).t(" ext ").p("PHONE", x.digits(4))
    x.t(" or e-mail ").p("EMAIL", _mail(clerk.first, clerk.core_last) + "@nshealth.ca")
    x.t(".\n\nPre-admission clinic will call you once a date is confirmed. Please keep your "
        "contact information up to date.\n\nSincerely,\n\n").name(clerk.full)
    x.t("\nSurgical Booking Clerk\n")


def t_mb_omfs(x: Ctx) -> None:
    """Manitoba oral and maxillofacial surgery consult for a mandible fracture."""
    pt = x.person("ca", sex="M" if x.chance(0.75) else "F")
    years = x.rng.randint(17, 55)
    dob = x.dob(years)
    phin, mrn = x.digits(9), x.digits(7)
    omfs, res, sw = x.staff("ca"), x.staff("ca"), x.staff("ca")
    partner = x.relative(pt, x.pick([x.spouse(pt), "mother", "sister"]))
    places = [p for p in CA_PLACES if p[1] == "MB"]
    city, prov, first = x.pick(places)
    num = x.rng.randint(10, 1999)
    street = f"{num} " + x.pick(["Portage Ave", "Main St", "Pembina Hwy", "Selkirk Ave",
                                 "Henderson Hwy", "Rosser Ave"])
    pc = x.ca_postal(first)
    x.fhir(pt, dob, [("phin", phin), ("mrn", mrn)], x.ca_phone("MB"), [street], city, prov, pc)
    inj = x.day(-1)
    x.t("OMFS CONSULT - Emergency Department\n")
    x.t("Pt: ").name(f"{pt.last}, {pt.first}").t("   PHIN ").p("ID", phin).t("   MRN ")
    x.p("ID", mrn).t("   DOB ").date(dob, "iso").t("\nDate: ").date(x.base, "mon_d_y")
    x.t("   Requested by ED: Dr. ").name(f"{res.fi}. {res.last}").t("\n\n")
    x.t("HPI: assaulted (punched x2) outside a bar night of ").date(inj, "mon_d").t(
        "; LOC ?brief. Malocclusion, L jaw pain, numb lower lip L. WPS attended - report no. ")
    x.p("ID", f"{inj.year % 100}-{x.digits(6)}").t(".\n")
    x.t("Exam: step deformity L body of mandible between 34/35, gingival laceration (open fx), "
        "anterior open bite; mouth opening ").c(f"{x.rng.randint(15, 28)} mm").t(
        "; V3 paraesthesia L.\n")
    x.t("CT facial bones: L mandibular body fx (34/35) + R subcondylar fx, minimally displaced.\n")
    x.t("Plan: ORIF L body (").c("2.0 mm").t(" plates) + MMF / elastics for R condyle, OR ")
    x.date(x.base + timedelta(days=1), "mon_d").t("; ").c("cefazolin 2 g IV q8h").t(
        "; chlorhexidine 0.12% rinse; NPO after midnight; full liquid diet x 6 wk post-op.\n")
    x.t("Social work (").name(sw.full).t(") seen re: safety and victim services; ")
    x.t(partner.rel + " ").name(partner.first).t(" at bedside, cell ").p("PHONE", x.ca_phone("MB"))
    x.t(".\n\nDr. ").name(omfs.full).t(", DMD, FRCD(C) - OMFS on call, pager ")
    x.p("PHONE", x.digits(4)).t("\n")


def _ie_landline(x: Ctx) -> str:
    code = x.pick(["021", "01", "091", "061", "051", "066", "074", "090"])
    return f"({code}) {x.digits(3)} {x.digits(4, False)}"


def t_ie_discharge(x: Ctx) -> None:
    """Irish surgical discharge letter to the GP (lap cholecystectomy / appendicectomy)."""
    pt = x.person("ie")
    years = x.rng.randint(22, 84)
    dob = x.dob(years)
    mrn = x.digits(x.pick([6, 7]))
    gms = f"{x.digits(7)}{x.letters(1, 'ABCDEFGHJKLMNPRSTW')}"
    gp, cons, reg = x.staff("ie"), x.staff("ie"), x.staff("ie")
    street, town, county, eir = x.ie_addr()
    g_town, g_county, g_key = x.pick(IE_PLACES)
    g_eir = x.eircode(g_key)
    g_street = x.pick(["Main Street", "The Square", "Market Street", "Bridge Street", "Mill Road"])
    g_street = f"{x.pick(['The Surgery', 'Medical Centre'])}, {x.rng.randint(1, 40)} {g_street}" \
        if x.chance(0.5) else f"{x.rng.randint(1, 40)} {g_street}"
    x.fhir(pt, dob, [("mrn", mrn), ("gms", gms)], x.ie_mobile(), [street], town, county, eir)
    adm = x.day(-x.rng.randint(2, 5))
    op = x.pick([("Laparoscopic cholecystectomy", "acute cholecystitis",
                  "Histology: chronic cholecystitis with cholelithiasis, no malignancy."),
                 ("Laparoscopic appendicectomy", "acute appendicitis",
                  "Histology: acute suppurative appendicitis."),
                 ("Open repair of incarcerated inguinal hernia", "incarcerated inguinal hernia",
                  "Bowel viable at surgery, no resection needed.")])
    x.t("Department of Surgery\n").date(x.base, "th_month_y").t("\n\n")
    x.t("Dr ").name(gp.full).t("\n").p("ADDRESS", g_street).t("\n").p("ADDRESS", g_town)
    x.t("\n" + g_county + "\n").p("ZIP", g_eir).t("\n\nDear Dr ").name(gp.last).t(",\n\n")
    x.t("Re: ").name(pt.full).t(", DOB ").date(dob, "dot").t(", MRN ").p("ID", mrn).t("\n")
    x.t("    ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", " + county + " ")
    x.p("ZIP", eir).t("\n    Medical card no. ").p("ID", gms).t("\n\n")
    x.t("Admitted: ").date(adm, "th_month_y").t("   Discharged: ").date(x.base, "th_month_y")
    x.t("\nDiagnosis: " + op[1] + "\nProcedure: " + op[0] + " (").date(adm + timedelta(days=1),
                                                                       "th_month")
    x.t(")\n\nThank you for referring ").name(pt.first).t(", who presented with ")
    x.c(f"{x.rng.randint(2, 5)} days").t(" of abdominal pain. Background of "
                                         + x.pick(["hypertension since 2019",
                                                   "asthma since childhood",
                                                   "no significant history",
                                                   "T2DM since 2021"]) + ". ")
    x.t("WCC ").c(f"{x.rng.randint(110, 190) / 10:.1f}").t(", CRP ").c(str(x.rng.randint(40, 240)))
    x.t(" on admission. Uneventful post-operative recovery. " + op[2] + "\n\n")
    x.t("Medications on discharge: ").c("paracetamol 1 g QDS").t(", ")
    x.c("ibuprofen 400 mg TDS with food x 5 days").t(x.pick(["", (", tinzaparin 3,500 units SC "
                                                                  "daily x 7 days")])).t("\n")
    x.t("Plan: wound check with practice nurse day 10; sutures are dissolvable. Return to work in "
        "2 weeks. OPD review with ").t(_mr(x, cons) + " ").name(cons.last).t(" in 6 weeks.\n\n")
    x.t("Yours sincerely,\n\nDr ").name(reg.full).t("\nSurgical Registrar to ").t(
        _mr(x, cons) + " ").name(f"{cons.first} {cons.last}").t("\nBleep ")
    x.p("PHONE", x.digits(3)).t(" / Surgical secretary ").p("PHONE", _ie_landline(x)).t("\n")


def t_ie_hip(x: Ctx) -> None:
    """Irish hip fracture care pathway (IHFD) with orthogeriatric review."""
    pt = x.person("ie", sex="F" if x.chance(0.7) else "M")
    years = x.elderly_age(0.6)
    dob = x.dob(years)
    mrn, ppsn = x.digits(7), x.ppsn()
    og, surgeon, cnm = x.staff("ie"), x.staff("ie"), x.staff("ie", sex="F")
    dtr = x.relative(pt, x.pick(["daughter", "son"]))
    home = x.pick(["St Joseph's Nursing Home", "Oakwood Lodge", "Cois Cuain Nursing Home",
                   "Ard Mhuire Care Centre", "Lakeview Nursing Home"])
    town, county, key = x.pick(IE_PLACES)
    eir = x.eircode(key)
    x.fhir(pt, dob, [("mrn", mrn), ("ppsn", ppsn)], "", [home], town, county, eir)
    adm = x.day(-2)
    x.t("IRISH HIP FRACTURE DATABASE - CARE PATHWAY / ORTHOGERIATRIC REVIEW\n")
    x.t("Name: ").name(f"{pt.last.upper()}, {pt.first}").t("   MRN ").p("ID", mrn)
    x.t("   PPSN ").p("SSN", ppsn).t("\nDOB ").date(dob, "dmy").t("   Age ").age(years)
    x.t("   Residence: " + home + ", ").p("ADDRESS", town).t(", " + county + " ").p("ZIP", eir)
    x.t("\n\nED arrival ").date(adm, "dmy")
    x.t(f" {x.rng.randint(0, 23):02d}:{x.rng.randint(0, 59):02d}")
    x.t("  -> ward < 4 h: ").t(x.pick(["Y", "N (trolley wait)"])).t("\n")
    x.t("Fracture: ").t(x.pick(["L", "R"])).t(" ").t(x.pick(["intracapsular displaced",
                                                              "intertrochanteric",
                                                              "intracapsular undisplaced"]))
    x.t("\nSurgery: ").date(adm + timedelta(days=1), "dmy").t(" - ").t(
        x.pick(["hemiarthroplasty", "DHS", "cannulated screws", "IM nail"])).t(" - ")
    x.t(_mr(x, surgeon) + " ").name(surgeon.last).t("   <48 h: Y\n")
    x.t("Pre-op: AMTS ").c(f"{x.rng.randint(3, 10)}/10").t("  4AT ").c(str(x.rng.randint(0, 8)))
    x.t("  CFS ").c(str(x.rng.randint(4, 7))).t("  Barthel (pre-fracture) ").c(
        str(x.rng.randint(40, 95))).t("\n\nOrthogeriatric review (day 1):\n")
    x.t(" - delirium screen: 4AT ").c(str(x.rng.randint(0, 6))).t("; hypoactive features\n")
    x.t(" - Hb ").c(f"{x.rng.randint(78, 104)} g/L").t(", Na ").c(str(x.rng.randint(128, 140)))
    x.t(", eGFR ").c(str(x.rng.randint(25, 65))).t(" - ").c("IV 0.9% NaCl 1 L over 10 h")
    x.t("\n - bone health: ").c("Adcal-D3 1 tab BD").t("; DXA not needed (treat); ")
    x.c("denosumab 60 mg SC").t(" before discharge if Ca normal\n")
    x.t(" - falls: syncope screen, stopped ").t(x.pick(["zopiclone", "tamsulosin",
                                                        "amitriptyline"])).t("\n")
    x.t(" - nutrition: MUST ").c(str(x.rng.randint(1, 3))).t(", ONS prescribed\n")
    x.t(" - mobilised day 1 with physio: ").t(x.pick(["Y", "N - drowsy"])).t("\n")
    x.t("Discussed with ").t(dtr.rel + " ").name(dtr.first).t(" (")
    x.p("PHONE", x.ie_mobile()).t(") - in agreement with plan to return to nursing home.\n")
    x.t("DNAR discussed and documented ").date(adm, "dm").t(".\n\n")
    x.t("Dr ").name(og.full).t(", SpR Geriatric Medicine\nCNM2 ").name(cnm.full).t(
        ", Orthopaedic Ward, ext ").p("PHONE", x.digits(4)).t("\n")


def t_ie_hand(x: Ctx) -> None:
    """Irish plastic surgery hand trauma clinic (flexor tendon repair)."""
    pt = x.person("ie", sex="M" if x.chance(0.65) else "F")
    years = x.rng.randint(17, 64)
    dob = x.dob(years)
    mrn = x.digits(7)
    cons, sho, ht = x.staff("ie"), x.staff("ie"), x.staff("ie", sex="F")
    street, town, county, eir = x.ie_addr()
    mob = x.ie_mobile()
    x.fhir(pt, dob, [("mrn", mrn)], mob, [street], town, county, eir)
    inj = x.day(-x.rng.randint(10, 21))
    op = inj + timedelta(days=1)
    finger = x.pick(["R index", "L middle", "R ring", "L little"])
    x.t("PLASTIC SURGERY - HAND TRAUMA CLINIC\n")
    x.t("Patient: ").name(pt.full).t("   MRN ").p("ID", mrn).t("   DOB ").date(dob, "dot")
    x.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", " + county)
    x.t("   Mob: ").p("PHONE", "+353 " + mob[1:]).t("\nDate: ").date(x.base, "dot").t("\n\n")
    how = x.pick(["knife while deboning meat at work", "broken glass", "angle grinder",
                  "stanley knife - DIY"])
    x.t("Injury ").date(inj, "dot").t(f": {how} - {finger} finger\n")
    x.t("Op ").date(op, "dot").t(": FDP + FDS repair zone II (").c("4-strand core + epitendinous")
    x.t("), digital nerve repair (radial), under WALANT - ").t(_mr(x, cons) + " ").name(cons.last)
    x.t("\n\nToday: wound healed, sutures removed. Dorsal blocking splint intact. Active flexion ")
    x.c(f"{x.rng.randint(30, 70)} deg").t(" at PIPJ; Tinel's ").c(f"{x.rng.randint(5, 15)} mm")
    x.t(" distal to repair.\n")
    x.t("Hand therapy (").name(ht.full).t(", Clinical Specialist OT): early active motion "
                                          "protocol, splint for 6 weeks, no gripping / lifting "
                                          "for 12 weeks.\n")
    x.t("Work: cert for 8 weeks given. Smoker - cessation advised.\n")
    x.t("Review: ").date(x.base + timedelta(days=x.rng.randint(21, 35)), "th_month").t(
        ", hand therapy weekly (next ").t(WEEKDAY[(x.base.weekday() + 3) % 7]).t(").\n\n")
    x.t("Dr ").name(f"{sho.fi}. {sho.last}").t(" (SHO) for ").t(_mr(x, cons) + " ").name(cons.full)
    x.t(", Consultant Plastic Surgeon\n")


def t_ie_complaint(x: Ctx) -> None:
    """Irish HSE 'Your Service Your Say' complaint response."""
    pt = x.person("ie")
    years = x.rng.randint(40, 88)
    dob = x.dob(years)
    mrn = x.digits(7)
    clo, cons, gm = x.staff("ie"), x.staff("ie"), x.staff("ie")
    writer = x.relative(pt, x.pick(["son", "daughter", x.spouse(pt)]))
    street, town, county, eir = x.ie_addr()
    x.fhir(pt, dob, [("mrn", mrn)], x.ie_mobile(), [street], town, county, eir)
    recv = x.day(-x.rng.randint(20, 28))
    ev = recv - timedelta(days=x.rng.randint(7, 25))
    ref = f"YSYS/{x.base.year}/{x.digits(4, False)}"
    title = "Mr" if writer.sex == "M" else "Ms"
    x.t("Your Service Your Say - Complaints Office\n").date(x.base, "th_month_y").t("\n\n")
    x.t(title + " ").name(writer.full).t("\n").p("ADDRESS", street).t("\n").p("ADDRESS", town)
    x.t("\n" + county + "\n").p("ZIP", eir).t("\n\nOur ref: ").p("ID", ref).t("\n\nDear " + title
                                                                                 + " ")
    x.name(writer.last).t(",\n\nI refer to your complaint received on the ").date(recv,
                                                                                   "th_of_month")
    x.t(" regarding the care of your " + {"son": "mother" if pt.sex == "F" else "father",
                                          "daughter": "mother" if pt.sex == "F" else "father",
                                          "wife": "husband", "husband": "wife"}[writer.rel] + ", ")
    x.name(pt.full).t(" (DOB ").date(dob, "dmy").t("), in the Emergency Department and the "
                                                   "surgical assessment unit on the ")
    x.date(ev, "th_of_month").t(".\n\n")
    x.t("Your complaint was examined under Part 9 of the Health Act 2004 by ")
    x.name(gm.full).t(", General Manager, with input from ").t(_mr(x, cons) + " ").name(cons.full)
    x.t(", Consultant General Surgeon. The review found that your "
        + ("mother" if pt.sex == "F" else "father") + " waited ")
    x.c(f"{x.rng.randint(14, 31)} hours").t(" on a trolley before transfer to a bed and that "
                                             + ("her" if pt.sex == "F" else "his")
                                             + " pain score was not recorded between 02:00 and "
                                             "07:00. This fell below the standard expected and "
                                             "we apologise.\n\n")
    x.t("Actions: hourly comfort rounds on the SAU; escalation when trolley waits exceed 9 hours "
        "(HSE target).\n\nIf you are not satisfied with this outcome you may request a review, "
        "or contact the Office of the Ombudsman at ")
    x.p("URL", "https://www.ombudsman.ie/making-a-complaint").t(". Information on the process: ")
    x.p("URL", "https://www2.hse.ie/services/feedback-complaints/").t("\n\nYours sincerely,\n\n")
    x.name(clo.full).t("\nComplaints Officer\n").p("PHONE", _ie_landline(x)).t(" | ")
    x.p("EMAIL", _mail(clo.first, clo.core_last) + "@hse.ie").t("\n")


def _nhi_note(x: Ctx) -> str:
    return x.nhi()


def t_nz_ward_round(x: Ctx) -> None:
    """NZ acute general surgery ward round with whānau present."""
    pt = x.person("nz")
    years = x.rng.randint(24, 86)
    dob = x.dob(years)
    nhi = x.nhi()
    sr, reg, hc = x.staff("nz"), x.staff("nz"), x.staff("nz")
    wh1 = x.relative(pt, x.pick(["daughter", "son"]))
    wh2 = x.relative(pt, x.spouse(pt))
    street, suburb, city, pc = x.nz_addr()
    x.fhir(pt, dob, [("nhi", nhi)], x.nz_mobile(), [street], suburb, city, pc)
    op = x.day(-3)
    title = "Mr" if sr.sex == "M" else "Ms"
    proc = x.pick(["laparotomy, Hartmann's procedure (perforated sigmoid)",
                   "laparotomy + small bowel resection (closed-loop obstruction)",
                   "lap converted to open right hemicolectomy"])
    koro = "Koro" if pt.sex == "M" else "Kui"
    x.t("GENERAL SURGERY WARD ROUND - ").date(x.base, "d_mon_y").t("\n")
    x.t("Patient: ").name(pt.full)
    if years >= 70 and pt.group == "nz_maori":
        x.t(f' (prefers "{koro}")')
    x.t("   NHI ").p("ID", nhi).t("   DOB ").date(dob, "dmy_nz").t("\n")
    x.t(f"SMO: {title} ").name(sr.last).t("   Reg: Dr ").name(reg.full).t("\n\n")
    x.t("POD 3 " + proc + " (").date(op, "dm").t(")\n")
    x.t("Kia ora - whānau present: " + wh2.rel + " ").name(wh2.first).t(" and " + wh1.rel + " ")
    x.name(wh1.first).t(". Karakia before the round at whānau request.\n\n")
    x.t("S: pain ").c(f"{x.rng.randint(2, 6)}/10").t(", passing flatus, nil BO. Tolerating sips.\n")
    x.t("O: T ").c(f"{x.rng.randint(365, 384) / 10:.1f}").t(" HR ").c(str(x.rng.randint(70, 108)))
    x.t(" BP ").c(f"{x.rng.randint(105, 150)}/{x.rng.randint(60, 90)}").t(" EWS ")
    x.c(str(x.rng.randint(0, 4))).t("\n   Abdo soft, wound clean, stoma pink, output ")
    x.c(f"{x.rng.randint(50, 400)} mL").t("\n   Hb ").c(f"{x.rng.randint(92, 130)}").t(" CRP ")
    x.c(str(x.rng.randint(60, 220))).t(" Cr ").c(str(x.rng.randint(60, 120))).t("\n")
    x.t("A/P: progressing. Free fluids -> light diet. Remove IDC. Chest physio. ")
    x.c("enoxaparin 40 mg daily").t(". Stoma nurse teaching with whānau.\n")
    x.t("Māori health / Kaitiaki service referral made - ").name(hc.first).t(" to visit.\n")
    x.t("Discharge planning: home to ").p("ADDRESS", street).t(", ").p("ADDRESS", suburb)
    x.t(" - " + wh1.rel + " contact ").p("PHONE", x.nz_mobile()).t("\n")


def t_nz_acc_letter(x: Ctx) -> None:
    """NZ orthopaedic clinic letter to the GP for an ACC claim."""
    pt = x.person("nz")
    years = x.rng.randint(16, 80)
    dob = x.dob(years)
    nhi = x.nhi()
    acc = f"{x.letters(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{x.digits(5)}"
    gp, smo, physio = x.staff("nz"), x.staff("nz"), x.staff("nz")
    street, suburb, city, pc = x.nz_addr()
    g_suburb, g_city, g_pc = x.pick(NZ_PLACES)
    g_street = f"{x.rng.randint(1, 300)} {x.pick(NZ_STREETS)}"
    x.fhir(pt, dob, [("nhi", nhi)], x.nz_mobile(), [street], suburb, city, pc)
    inj = x.day(-x.rng.randint(30, 90))
    title = "Mr" if pt.sex == "M" else x.pick(["Ms", "Mrs"])
    x.t("Orthopaedic Outpatients\n").date(x.base, "d_mon_y").t("\n\nDr ").name(gp.full).t("\n")
    x.t(x.pick(["Te Whare Hauora", "Family Health Centre", "Medical Centre"])).t("\n")
    x.p("ADDRESS", g_street).t("\n").p("ADDRESS", g_suburb).t(", ").p("ADDRESS", g_city).t(" ")
    x.p("ZIP", g_pc).t("\n\nDear ").name(gp.first).t("\n\n")
    x.t(f"RE: {title} ").name(pt.full).t(", DOB ").date(dob, "dmy_nz").t(", NHI ").p("ID", nhi)
    x.t("\nACC claim number: ").p("ID", acc).t(" - date of injury ").date(inj, "d_month_y")
    x.t("\n\n")
    inj_d = x.pick([("L knee", "complete ACL rupture with a bucket-handle medial meniscal tear",
                     "ACL reconstruction (hamstring autograft) + meniscal repair",
                     "ACC2152 treatment injury / surgery request"),
                    ("R shoulder", "full-thickness supraspinatus tear (2 cm, retracted)",
                     "arthroscopic rotator cuff repair", "ACC32 request for prior approval"),
                    ("R ankle", "chronic lateral ligament instability after inversion injury",
                     "modified Broström repair", "ACC32 request for prior approval")])
    x.t("I reviewed ").name(pt.first).t(f" today regarding the {inj_d[0]} injury sustained ")
    x.t(x.pick(["playing rugby", "at netball", "falling from a ladder at work",
                "slipping on a wet deck"])).t(". MRI (").date(inj + timedelta(days=21), "dmy_nz")
    x.t(") shows a " + inj_d[1] + ".\n\n")
    x.t("We have discussed " + inj_d[2] + " and " + ("he" if pt.sex == "M" else "she")
        + " would like to proceed. I have submitted an " + inj_d[3] + " today and "
                                                                      "placed " + (
            "him" if pt.sex == "M" else "her") + " on the waiting list. In the meantime please "
                                                 "continue ACC-funded physiotherapy with ")
    x.name(physio.full).t(".\n\nNgā mihi\n\n").name(smo.full).t(", FRACS (Orth)\nConsultant "
                                                                 "Orthopaedic Surgeon\n")
    x.t("cc: patient - ").p("ADDRESS", street).t(", ").p("ADDRESS", suburb).t(", ")
    x.p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")


def t_nz_portal(x: Ctx) -> None:
    """NZ patient-portal message about a wound after day surgery, with the nurse's reply."""
    pt = x.person("nz")
    years = x.rng.randint(20, 75)
    dob = x.dob(years)
    nhi = x.nhi()
    surgeon, nurse = x.staff("nz"), x.staff("nz", sex="F")
    helper = x.relative(pt, x.pick([x.spouse(pt), "daughter", "son"]))
    street, suburb, city, pc = x.nz_addr()
    email = f"{_mail(pt.first)}{x.rng.randint(70, 99)}@" + x.pick(
        ["xtra.co.nz", "gmail.com", "outlook.co.nz", "hotmail.com"])
    x.fhir(pt, dob, [("nhi", nhi)], x.nz_mobile(), [street], suburb, city, pc)
    op = x.day(-x.rng.randint(3, 8))
    first_octet = x.pick(["122", "203", "125", "49"])
    ip = f"{first_octet}.{x.rng.randint(1, 254)}.{x.rng.randint(1, 254)}.{x.rng.randint(2, 254)}"
    x.t("ManageMyHealth - secure message\n")
    x.t("From: ").name(pt.full).t(" <").p("EMAIL", email).t(">   NHI ").p("ID", nhi).t("\n")
    x.t("Received: ").date(x.base, "d_mon_y").t(f" {x.rng.randint(19, 22)}:{x.rng.randint(10, 59)}")
    x.t("   Client IP ").p("IP", ip).t("\nTo: Surgical Day Unit nurses\n\n")
    proc = x.pick(["lap chole", "hernia op", "excision of the lump on my back",
                   "varicose vein op", "thyroid op"])
    x.t(f"kia ora, I had my {proc} on ").date(op, "dm").t(" with Dr ").name(surgeon.last).t(
        ". the wound has gone a bit red and its weeping yellowish stuff onto the dressing, "
        "not much. my " + helper.rel + " ").name(helper.first.lower()).t(
        " changed the dressing tonight. no fever that I know of. do I need to come in or see my "
        "GP? photo attached. cheers ").name(pt.first.lower()).t("\n\n")
    x.t("Reply (").date(x.base + timedelta(days=1), "d_mon").t(" 08:20):\nKia ora ")
    x.name(pt.first).t(", thanks for the photo. There is some redness around the top of the "
                       "wound. Please see your GP or practice nurse today for a wound check and "
                       "swab - we have sent them a copy of your operation note. If you develop a "
                       "fever, spreading redness or feel unwell, go to ED or call Healthline. "
                       "Wound care advice: ")
    x.p("URL", "https://www.healthnavigator.org.nz/health-a-z/w/wound-care/").t("\n")
    area = x.pick("3679")
    x.t("Ngā mihi, ").name(nurse.full).t(" RN, Surgical Day Unit, ")
    x.p("PHONE", f"(0{area}) {x.digits(3)} {x.digits(4, False)}")
    x.t("\n")


def t_in_discharge(x: Ctx) -> None:
    """Indian private-hospital discharge summary after laparoscopic surgery."""
    pt = x.person("in")
    years = x.rng.randint(22, 74)
    dob = x.dob(years)
    site = x.pick(["MGM", "KMC", "SRM", "AIG", "NHB"])
    uhid = f"{site}{x.base.strftime('%y%m')}-{x.digits(7, False)}"
    ipno = f"IP/{x.base.year % 100}/{x.digits(6, False)}"
    abha = f"91-{x.digits(4)}-{x.digits(4, False)}-{x.digits(4, False)}"
    cons, jr = x.staff("in"), x.staff("in")
    rel = x.relative(pt, "father" if pt.sex == "M" or x.chance(0.3) else "husband")
    loc, city, state, pin = x.pick(IN_PLACES)
    door = f"{x.pick(['Door No.', 'No.', 'Flat'])} {x.rng.randint(1, 120)}{x.pick(['', '/2', 'A'])}"
    street = f"{door}, " + x.pick(["2nd Cross Street", "5th Main Road", "Gandhi Street",
                                   "Temple Road", "Sai Krupa Apartments", "Lake View Road"])
    mob = f"+91 {x.pick('6789')}{x.digits(4, False)} {x.digits(5, False)}"
    x.fhir(pt, dob, [("uhid", uhid), ("abha", abha.replace("-", ""))], mob, [street, loc], city,
           state, pin)
    doa = x.day(-x.rng.randint(2, 4))
    dos = doa + timedelta(days=1)
    proc = x.pick([("Symptomatic cholelithiasis", "Laparoscopic cholecystectomy"),
                   ("Right inguinal hernia", "Laparoscopic TEP repair with 15 x 15 cm mesh"),
                   ("Acute appendicitis", "Laparoscopic appendicectomy")])
    title = "Mr." if pt.sex == "M" else "Mrs."
    x.t("DEPARTMENT OF GENERAL & MINIMAL ACCESS SURGERY\nDISCHARGE SUMMARY\n\n")
    x.t(f"Name: {title} ").name(pt.full).t("   Age/Sex: ").t(f"{years}Y/{pt.sex}").t("\n")
    x.t("S/o " if rel.rel == "father" and pt.sex == "M" else
        "D/o " if rel.rel == "father" else "W/o ").t("Mr. ").name(rel.full).t("\n")
    x.t("UHID: ").p("ID", uhid).t("   IP No: ").p("ID", ipno).t("   ABHA: ").p("ID", abha).t("\n")
    x.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city)
    x.t(f", {state} - ").p("ZIP", pin).t("\nMobile: ").p("PHONE", mob).t("\n")
    x.t("D.O.A: ").date(doa, "dash").t("   D.O.S: ").date(dos, "dash").t("   D.O.D: ")
    x.date(x.base, "dash").t("\nConsultant: Dr. ").name(f"{cons.fi}. {cons.last}").t(
        ", MS, FMAS\n\n")
    x.t("Diagnosis: " + proc[0] + "\nProcedure: " + proc[1] + " under GA on ").date(dos, "dash")
    x.t("\n\nCourse in hospital: Patient admitted with complaints of pain abdomen x ")
    x.c(f"{x.rng.randint(2, 10)} days").t(". Evaluated and taken up for surgery. Post-op period "
                                          "uneventful. Drain removed on POD 1. Tolerating orally, "
                                          "ambulant, passed motion.\n")
    x.t("Investigations: Hb ").c(f"{x.rng.randint(100, 150) / 10:.1f} g/dL").t(", TC ")
    x.c(f"{x.rng.randint(56, 128) * 100:,}").t(", RBS ").c(f"{x.rng.randint(88, 210)} mg/dL")
    x.t(", S. creat ").c(f"{x.rng.randint(6, 12) / 10:.1f}").t(", HBsAg/HCV/HIV - NR\n\n")
    x.t("Medications:\n 1. Tab. ").c("Cefuroxime 500 mg").t(" 1-0-1 x 5 days\n 2. Tab. ")
    x.c("Pantoprazole 40 mg").t(" 1-0-0 before food x 7 days\n 3. Tab. ").c("Dolo 650 mg")
    x.t(" 1-1-1 x 3 days then SOS\n 4. Syp. ").c("Cremaffin 15 ml").t(" HS\n\n")
    x.t("Advice: soft diet; avoid lifting heavy weights x 6 weeks; dressing to be kept dry.\n")
    x.t("Review in OPD on ").date(x.base + timedelta(days=7), "dash").t(" for suture removal.\n")
    x.t("In case of emergency (fever, vomiting, wound discharge) contact: ")
    x.p("PHONE", f"0{x.pick(['44', '80', '484', '422'])}-{x.digits(4)} {x.digits(4, False)}")
    x.t(" (24 hrs)\n\nPrepared by: Dr. ").name(jr.full).t(" (Junior Resident)\n")
    x.t("Verified by: Dr. ").name(cons.full).t("\n")


def t_pk_burns(x: Ctx) -> None:
    """Pakistani burns and plastic surgery unit admission with a dressing log."""
    pt = x.person("pk")
    years = x.rng.randint(6, 60)
    dob = x.dob(years)
    mr = f"{x.base.year}-{x.digits(6, False)}"
    cnic_owner = pt if years >= 18 else x.relative(pt, "father")
    g_digit = x.rng.randint(0, 4) * 2 + (1 if cnic_owner.sex == "M" else 2)
    cnic = f"{x.pick(['35202', '35201', '37405', '42101', '17301'])}-{x.digits(7)}-{g_digit % 10}"
    att = cnic_owner if cnic_owner is not pt else None
    kin = x.relative(pt, "husband" if pt.sex == "F" and years >= 22 else
                     ("brother" if years >= 18 else "mother"))
    pgr, ap = x.staff("pk"), x.staff("pk")
    nurses = [x.staff("pk", sex="F") for _ in range(2)]
    loc, city, pc = x.pick(PK_PLACES)
    street = f"House No. {x.rng.randint(1, 400)}, Street {x.rng.randint(1, 30)}"
    mob = f"+92 3{x.rng.randint(0, 4)}{x.rng.randint(0, 9)} {x.digits(7, False)}"
    x.fhir(pt, dob, [("mr", mr), ("cnic", cnic.replace("-", ""))], mob, [street, loc], city, "",
           pc)
    burn = x.day(-x.rng.randint(3, 6))
    wt = x.rng.randint(20, 40) if years < 14 else x.rng.randint(45, 85)
    tbsa = x.rng.randint(12, 38)
    x.t("BURNS & PLASTIC SURGERY UNIT - ADMISSION / PROGRESS\n")
    x.t("MR No.: ").p("ID", mr).t("   Bed ").t(str(x.rng.randint(1, 40))).t("\n")
    x.t("Name: ").name(pt.full)
    if pt.sex == "F" and kin.rel == "husband":
        x.t(" W/o ").name(kin.full)
    elif att is not None:
        x.t(" (minor) ").t("D/o " if pt.sex == "F" else "S/o ").name(att.full)
    x.t(f"   Age: {years} yrs   Sex: {pt.sex}\nCNIC").t(" (father)" if att else "").t(": ")
    x.p("ID", cnic).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", loc).t(", ")
    x.p("ADDRESS", city).t(" ").p("ZIP", pc).t("\nContact: ").p("PHONE", mob)
    x.t(" (" + kin.rel + " ").name(kin.first).t(")\n\n")
    x.t("Date of burn: ").date(burn, "dash").t(" - " + x.pick(
        ["flame burn, gas cylinder leak in kitchen", "scald - boiling milk",
         "flame burn - kerosene stove", "electrical burn (low voltage) with flame"]) + "\n")
    x.t("TBSA: ").c(f"{tbsa}%").t(" (SPT + DPT), face spared, no inhalation injury\n")
    x.t("Wt ").c(f"{wt} kg").t(" - Parkland: ").c(f"4 mL x {wt} kg x {tbsa} = {4 * wt * tbsa:,} mL")
    x.t(" RL / 24 h (half in first 8 h)\nUrine output target ").c(
        "1 mL/kg/h" if years < 14 else "0.5 mL/kg/h").t("\n\n")
    x.t("Dressing log:\n")
    for k in range(3):
        d = burn + timedelta(days=1 + 2 * k)
        x.date(d, "dm0").t(" - ").t(x.pick(["silver sulfadiazine 1% + paraffin gauze",
                                             "collagen sheet to face/neck",
                                             "SSD + Kerlix, slough +"])).t(" - S/N ")
        x.name(nurses[k % 2].first).t("\n")
    x.t("\nAlb ").c(f"{x.rng.randint(22, 34) / 10:.1f} g/dL").t(", Hb ").c(
        f"{x.rng.randint(88, 130) / 10:.1f}").t(", TLC ").c(f"{x.rng.randint(8, 19)},000")
    x.t("\nPlan: tangential excision + STSG on ").date(x.base + timedelta(days=2), "dash")
    x.t("; arrange 2 pints blood (donors from family); high-protein diet, ").c("Zinc 20 mg OD")
    x.t("\n\nDr ").name(pgr.full).t(" (PGR-").t(str(x.rng.randint(1, 4))).t(")\nSeen by Dr ")
    x.name(ap.full).t(", Assistant Professor\n")


def t_ke_ortho(x: Ctx) -> None:
    """Kenyan orthopaedic trauma admission (boda boda injury)."""
    pt = x.person("ke", sex="M" if x.chance(0.8) else "F")
    years = x.rng.randint(18, 52)
    dob = x.dob(years)
    ipno = f"{x.base.year}/{x.digits(6)}"
    nat_id = x.digits(8)
    sha = f"CR{x.digits(10)}-{x.rng.randint(1, 9)}"
    mo, cons, sis = x.staff("ke"), x.staff("ke"), x.staff("ke", sex="F")
    kin = x.relative(pt, x.pick(["brother", x.spouse(pt), "mother"]))
    est, town, pc = x.pick(KE_PLACES)
    box = f"P.O. Box {x.rng.randint(10, 9999)}"
    mob = f"07{x.digits(2)} {x.digits(6)}"
    x.fhir(pt, dob, [("ip", ipno), ("national-id", nat_id)], mob, [box, est], town, "", pc)
    adm = x.day(-1)
    x.t("ORTHOPAEDIC TRAUMA - ADMISSION & POST-OP NOTE\n")
    x.t("Name: ").name(pt.full.upper()).t("   IP No.: ").p("ID", ipno).t(f"   Age: {years}   Sex: ")
    x.t(pt.sex).t("\nID No.: ").p("ID", nat_id).t("   SHA No.: ").p("ID", sha).t("\n")
    x.t("Address: ").p("ADDRESS", box).t("-").p("ZIP", pc).t(", ").p("ADDRESS", town)
    x.t("   Residence: ").p("ADDRESS", est).t("\nTel: ").p("PHONE", mob).t("\n")
    x.t("NOK: ").name(kin.full).t(" (" + kin.rel + ") ").p("PHONE", f"+254 7{x.digits(2)} "
                                                                   f"{x.digits(3)} {x.digits(3)}")
    x.t("\n\nDate of admission: ").date(adm, "dmy").t("\n")
    hpi = x.pick(["boda boda rider hit by a matatu", ("pillion passenger on a motorbike that "
                  "skidded"), "pedestrian knocked down by a motorbike"])
    x.t("HPI: " + hpi)
    x.t(" on " + x.pick(["Thika Road", "Outer Ring Road", "Mombasa Road", "Kangundo Road"])
        + ", brought in by well-wishers. No LOC.\n")
    x.t("Exam: BP ").c(f"{x.rng.randint(100, 140)}/{x.rng.randint(60, 90)}").t(" PR ")
    x.c(str(x.rng.randint(80, 120))).t(" SpO2 ").c(f"{x.rng.randint(94, 99)}%").t(" GCS ")
    x.c("15/15").t("; open wound 6 x 3 cm anteromedial L leg, bone exposed; distal pulses "
                   "present.\n")
    x.t("Dx: open L tibia-fibula fracture, Gustilo-Anderson IIIA\n")
    x.t("Given: ").c("IV ceftriaxone 1 g").t(", ").c("IV metronidazole 500 mg").t(", ")
    x.c("TT 0.5 mL IM").t(", ").c("IV tramadol 100 mg").t("\n")
    x.t("Theatre ").date(x.base, "dmy").t(": debridement + uniplanar external fixator. EBL ")
    x.c("300 mL").t(". Hb post-op ").c(f"{x.rng.randint(85, 120) / 10:.1f} g/dL").t("\n")
    x.t("Plan: IV antibiotics x 72 h, pin-site care, wound review 48 h; definitive SIGN IM nail "
        "in 10-14 days; physio NWB with crutches.\n")
    x.t("Social: " + ("rider - loss of income; " if "rider" in hpi else "")
        + "social worker to review SHA cover and waiver.\n\n")
    x.t("Dr ").name(mo.full).t(" (MO intern)\nConsultant: Dr ").name(f"{cons.fi}. {cons.last}")
    x.t("\nNursing officer in charge: ").name(sis.full).t("\n")


def t_hk_hip(x: Ctx) -> None:
    """Hong Kong ortho-geriatric co-management note for a hip fracture."""
    pt = x.person("hk", sex="F" if x.chance(0.7) else "M")
    years = x.elderly_age(0.6)
    dob = x.dob(years)
    hkid = x.hkid()
    hn = f"HN{x.base.year % 100}{x.digits(6)}({x.pick('0123456789A')})"
    ortho, geri, msw = x.staff("hk"), x.staff("hk"), x.staff("hk", sex="F")
    son = x.relative(pt, "son")
    helper = x.person(group="ph", sex="F")
    district, region = x.pick(HK_PLACES)
    estate = x.pick(HK_ESTATES)
    flat = f"Flat {x.rng.randint(1, 40)}{x.pick('ABCDEFGH')}, {x.rng.randint(2, 35)}/F, " \
           f"{x.pick(['Block', 'Tower', 'Blk'])} {x.rng.randint(1, 12)}, {estate}"
    mob = f"{x.pick('569')}{x.digits(3)} {x.digits(4, False)}"
    x.fhir(pt, dob, [("hkid", hkid), ("hn", hn)], mob, [flat], district, region, "")
    adm = x.day(-3)
    op = adm + timedelta(days=1)
    x.t("ORTHOPAEDICS & TRAUMATOLOGY - ORTHO-GERIATRIC CO-MANAGEMENT\n")
    x.t("Name: ").name(f"{pt.last.upper()} {pt.first.upper()}").t("   Sex/Age: ")
    x.t(f"{pt.sex}/").age(years).t("   HKID: ").p("ID", hkid).t("   ").p("ID", hn).t("\n")
    x.t("Address: ").p("ADDRESS", flat).t(", ").p("ADDRESS", district).t(", " + region).t("\n")
    x.t("Date: ").date(x.base, "dmy").t("   Adm ").date(adm, "dmy").t(" via AED\n\n")
    side = x.pick(["L", "R"])
    x.t(f"Fall at home (slipped in bathroom). {side} #NOF, displaced (Garden III).\n")
    x.t("OT ").date(op, "dm0").t(f": {side} cemented hemiarthroplasty - Dr ")
    x.name(f"{ortho.last.upper()} {ortho.first}").t("\n")
    x.t("Pre-morbid: walks with stick indoors, MBI ").c(str(x.rng.randint(55, 95)))
    x.t("/100, AMT ").c(f"{x.rng.randint(3, 10)}/10").t("; lives with son's family; domestic "
                                                         "helper ").name(helper.first)
    x.t(" assists with bathing.\n")
    x.t("POD ").t(str((x.base - op).days)).t(": afebrile, BP ").c(f"{x.rng.randint(100, 150)}/"
                                                                  f"{x.rng.randint(55, 85)}")
    x.t(", Hb ").c(f"{x.rng.randint(78, 110) / 10:.1f} g/dL").t(", Na ").c(
        str(x.rng.randint(126, 140))).t(", Cr ").c(f"{x.rng.randint(60, 160)} umol/L").t("\n")
    x.t("Delirium: CAM ").t(x.pick(["+ve (hypoactive)", "-ve"])).t("; ")
    x.t("pain controlled with ").c("paracetamol 500 mg QID").t(" + ").c("tramadol 50 mg Q8H PRN")
    x.t("\nBone health: ").c("calcium carbonate 1.25 g daily").t(", ")
    x.c("vitamin D 1000 IU daily").t("; plan ").c("zoledronic acid 5 mg")
    x.t(" at 2/52 if eGFR > 35\n")
    x.t("Plan: PT/OT daily; transfer to convalescent hospital for rehab when medically stable; "
        "MSW Ms ").name(msw.last.upper())
    x.t(" to assess for CSSA / elderly home placement.\n")
    x.t("Family: son Mr ").name(f"{son.last.upper()} {son.first}").t(" (").p(
        "PHONE", f"{x.pick('569')}{x.digits(3)} {x.digits(4, False)}").t(") updated by phone; "
                                                                          "prefers Cantonese.\n\n")
    x.t("Dr ").name(f"{geri.last.upper()} {geri.first}").t(" (AC, Geriatrics)\n")


# ---- registry ----

TEMPLATES: list[Callable[[Ctx], None]] = [
    t_uk_ptwr,
    t_us_eras,
    t_au_surg_admission,
    t_ca_cast_clinic,
    t_uk_consent,
    t_us_vascular,
    t_ie_discharge,
    t_nz_ward_round,
    t_uk_poac,
    t_us_portal,
    t_ca_bc_discharge,
    t_au_arthroplasty,
    t_uk_stoma,
    t_us_trauma_hp,
    t_in_discharge,
    t_uk_nof,
    t_us_discharge,
    t_qc_urology,
    t_ie_hip,
    t_au_burns,
    t_uk_vfc,
    t_us_asc_call,
    t_nz_acc_letter,
    t_ab_npwt,
    t_uk_burns_child,
    t_us_woc,
    t_au_fracture_letter,
    t_pk_burns,
    t_uk_pals,
    t_us_bariatric_sched,
    t_ie_hand,
    t_ns_waitlist,
    t_uk_booking,
    t_us_hip_comanage,
    t_au_tertiary,
    t_nz_portal,
    t_uk_vte,
    t_us_grievance,
    t_mb_omfs,
    t_ke_ortho,
    t_uk_dsu_call,
    t_au_preadmission,
    t_ie_complaint,
    t_uk_trauma_call,
    t_hk_hip,
]


def _unlabelled_copies(note: Note) -> list[tuple[str, str, int]]:
    """Labelled strings (NAME: each name word, case-insensitive) found again outside PHI spans."""
    covered = bytearray(len(note.text))
    for s, e, _ in note.phi:
        covered[s:e] = b"\x01" * (e - s)
    found: list[tuple[str, str, int]] = []
    seen: set[tuple[str, int]] = set()
    for s, e, kind in note.phi:
        if kind == "AGE":
            continue
        text = note.text[s:e]
        if kind == "NAME":
            needles = [w for w in re.split(r"[\s,.'()\"/-]+", text)
                       if len(w) >= 2 and w.lower() not in PARTICLES]
            flags = re.IGNORECASE
        else:
            needles, flags = [text], 0
        for needle in needles:
            if (needle, flags) in seen:
                continue
            seen.add((needle, flags))
            for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", note.text, flags):
                if not all(covered[m.start():m.end()]):
                    found.append((kind, needle, m.start()))
    return found


def _build(index: int, attempt: int) -> Note:
    x = Ctx(index, attempt)
    TEMPLATES[index % len(TEMPLATES)](x)
    return x.b.build(x.patient)


def generate(n: int) -> list[Note]:
    """``n`` notes, templates cycled in order; note ``i`` is the same whatever ``n`` is (a note
    whose names collide with its other words is redrawn from the next fixed seed)."""
    notes = []
    for i in range(n):
        note = _build(i, 0)
        for attempt in range(1, 40):
            if not _unlabelled_copies(note):
                break
            note = _build(i, attempt)
        notes.append(note)
    return notes
