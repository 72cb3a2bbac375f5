"""HELD-OUT v61 PHI corpus: written independently, before any round-61 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout56 / heldout57 / heldout58 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/`` and
``git status``; the other held-out corpora being written at the same time were not read; ruff was
run on this file with the project's configuration; the scrubber was never run on this corpus while
it was written, nor was any of its output looked at). Like v14-v58 it aims at the MAINSTREAM of
English-language hospital text with ordinary PHI density; it is modelled on HOSPITAL OPERATIONS AND
HEALTH-RECORDS ADMINISTRATION: bed-management and site reports, patient-flow huddles, discharge
lounge logs, interpreter and transport bookings, incident reports (Datix, RiskMan, NIMS, safety
event reports), complaint investigations and responses (PALS, grievance, PCQO, HDC), subject-access,
FOI, Privacy Act and release-of-information requests, solicitor, attorney, insurer and WCB letters,
police and Garda information requests, clinical-coding and CDI queries, M&M minutes, audit data
extracts, switchboard and security logs, chaplaincy and volunteer rotas, valuables and lost-property
forms - in the United Kingdom (12 templates: England 9, Scotland 1, Wales 1, Northern Ireland 1),
the United States (10), Australia (6), Canada (6: Ontario 2, British Columbia, Alberta, Manitoba,
Nova Scotia), Ireland (4), New Zealand (3), Singapore (1), the United Arab Emirates (1), Kenya (1)
and Malta (1). Templates, cycled in order (see ``TEMPLATES``): 08:00 site reports (weekday outside,
"dd/mm/yyyy", site and duty managers' full names, 4-digit bleep, a DTA list of "LAST, First" with
ages (>= 90 labelled) and hospital numbers, an NCTR patient "Mr F Last" (title outside), "dd/m"
partial date, CHC nurse with landline, the manager's initials) (England); patient-flow huddles
("14 Jul 2024", attendees' initials, "Mrs A Last" with the age and NHS number, MFFD "6/7", SW's full
name, "w/c 19/7", the daughter's first name and mobile, another patient's surname in capitals, EDD,
OT visit date, escalation name and ext) (England); discharge-lounge logs (nurse i/c " RN", a
pasted table of "F. Last" patients and hospital numbers, PTS reference, the patient's street, town
and postcode, the son's first name and mobile, O2 flow clinical, lower-case handover initials)
(England); face-to-face interpreter requests (job reference and tracking URL carrying it, "Last,
First", DOB, NHS, appointment weekday and date, clerk with 5-digit ext and nhs.net e-mail, the
spouse's first name, a safeguarding-flag date) (England); Datix falls reports (Datix ID, report and
incident dates, "First Last" with age, HCA, SpR "Dr F Last" (title outside) with bleep, NOK's first
name, RN reporter, Matron handler, review date, "AB/CD" initials as two spans; BP, HR, NEWS2
clinical) (England); complaint response letters from the chief executive (reference with the
handler's lower-case initials, "9 October 2024", "Mrs W Last" address block with street, town and
postcode, "Dear Mrs Last", "8th September 2024", the father's full name, "23rd July", Matron,
"Dr Last", complaints-team name and landline, hospital number; the drug clinical; the PHSO web
address is not PHI) (England); SAR log entries (SAR number, received and due dates, surname in
capitals and forename as two spans, "dd.mm.yyyy" DOB, spaced NHS number, street, town, postcode,
personal e-mail and mobile, checker's initials, "dd-Mon-yyyy" record dates, the partner's full name,
the release officer) (England); police DPA Schedule 2 requests (PC with collar number and
police.uk e-mail, mobile, crime reference, subject's name, DOB, street, town and postcode, "12 Jun
2025", the victim's full name, IG lead with ext, hospital number) (England); clinical-coding queries
("Dr F Last", coder with ext, "LAST, First", hospital number, spell dates "dd/mm/yy", "d/m"; CRP,
creatinine and the antibiotic dose clinical) (England); hip-fracture audit extracts (ISO run date,
a lower-case user name, a table of CHI numbers built from the DOB, "Last, First", admission and
theatre dates; hours to theatre and 4AT clinical; the auditor's nhs.scot e-mail) (Scotland);
security / switchboard occurrence logs (weekday and date, switch operator's initials, ward ext,
"LAST, First" with hospital number, officers' full names, CCTV camera private IP, police log
number, nurse in charge, Welsh street, town and postcode) (Wales); property lost / found reports
(spaced H&C number, "First Last", DOB with the age, "d/m" dates, porter and nurse, the son's full
name and 028 number) (Northern Ireland); capacity huddles ("mm/dd/yyyy", house supervisor ", RN,
CCRN" with 4-digit pager, ED boarders "LAST, FIRST M" with MRN and "9xM" ages (number labelled),
"Dr. Last", transfer-center reference, accepting "Dr. First Last") (US); NEMT trip requests
(confirmation number, member name, DOB, Medicaid ID, street with apartment as two ADDRESS spans,
city, state (unlabelled) and ZIP, phone, trip date "m/d/yyyy", the attendant's first name, case
manager ", RN, CCM" with phone and "x" ext; O2 clinical) (US); safety event reports (event number,
date with a separate time, "Last, First", MRN, FIN, age, RN, PharmD, attending's surname, the
wife's first name, ", MSN, RN" manager, "m/d/yy"; the apixaban dose clinical) (US); grievance
response letters ("Month d, yyyy", "First M. Last" address block, grievance number, MRN, "Dear
Ms. Last" (title outside), billing date and payment URL with the account, charge nurse, patient
advocate with phone and e-mail) (US); HIPAA release authorizations (name, DOB, full SSN, MRN, law
office surname, suite street, city and ZIP, fax, "m/d/yy" service dates, expiry, the patient's
lower-case typed e-signature, ROI specialist ", RHIT", portal URL with the request number) (US);
attorney letters of representation (firm named for the attorney (surname in capitals labelled),
street, city, ZIP and phone, "Apr 18, 2025", client "First M. Last", DOB, date of loss, claim
number, adjuster with e-mail, ", Esq.", paralegal's first name and 3-digit ext) (US); M&M minutes
(moderator and presenter ", MD (PGY-3)", "Last, First M", MRN, "9xyo", admission and event dates
"m/d"; Hgb and PRBC clinical; the attending's surname and initials) (US); public-safety activity
logs (officers' surnames with badge numbers labelled ID, "LAST, First", MRN, RN, police officer
with badge and report numbers, a visitor's full name, a badge-reader IP) (US); chaplaincy rotas
("w/c m/d", chaplains ", MDiv, BCC" with pagers, volunteers, referrals "First Last" with MRNs, a
son's first name and the city he flies from) (US); CDI queries (", DO" provider, ", RN, CCDS" with
ext, "LAST, FIRST", MRN, FIN, admission date, "m/d"; sodium values and hypertonic saline clinical;
the provider's initials) (US); patient-flow meetings ("d/m/yyyy", NUM with mobile, a table of UR,
"LAST, First", ages and EDD "d/m", "Mrs Last", director of nursing with landline; NEAT clinical)
(AU); RiskMan pressure-injury reports (RiskMan ID, "LAST, First", UR, spaced Medicare (check digit,
issue number), age, Braden clinical, RN, the daughter's full name and mobile, NUM and initials)
(AU); access-to-health-information applications (unit / street, suburb, state (unlabelled) and
postcode, personal e-mail, mobile, receipt number, secure-share URL, HIM officer) (AU); TIS
interpreter bookings (job number, name, UR, "d/m/yyyy" DOB, weekday and date, booker's first name
and ext, the niece's first name, landline) (AU); police requests for information (senior constable
with registration number and landline, event number, "LAST, First", DOB, UR, street, suburb and
postcode; BAC clinical; the HIM officer's full name and lower-case initials) (AU); pastoral-care
and volunteer rosters (coordinator with landline and health.nsw.gov.au e-mail, volunteers, "F. Last"
with UR and age, the wife's first name) (AU); ALC / patient-flow reports (ISO date, "LAST, First"
with OHIP "1234-567-890-AB" and version code, ALC dates "Mon d, yyyy", HCCSS coordinator with phone
and ext, the MRP's surname) (ON); PCQO complaint files (file number, PHN (mod 11), ISO DOB, the
daughter as complainant with phone, "Mon d", unit manager, hospitalist's surname, quality officer)
(BC); WCB records requests (claim number, "LAST, First", ULI (Luhn) "12345-6789", DOB, street, city
and postal code, adjudicator with phone and fax) (AB); valuables envelopes ("First M. Last", PHIN,
age, security officer, RN witness, the spouse's full name, release date, phone; cash clinical)
(MB); CritiCall referrals (referral number, ISO date with a separate time, "LAST, FIRST", OHIP with
version code, "9xM", referring and accepting physicians, Ornge request, the son's first name and
cell, call taker's first name; the thrombolytic dose clinical) (ON); release-of-information
requests ("19-Apr-2025", spaced health card number, underwriter with 1-800 number, street, city and
postal code, processor's full name and lower-case initials) (NS); NIMS absconsion reports (NIMS
number, "dd.mm.yyyy", "First Last" with fadas, MRN, DOB with age, SN, CNM2, NOK's full name and 08x
mobile, "14th March") (IE); FOI / data-access requests (reference, "6th July 2024", PPSN (check
letter) as SSN, MRN, street, town, county (unlabelled) and Eircode, the son's first name and birth
date, FOI officer and hse.ie e-mail) (IE); Garda requests (Garda's full name, station town
unlabelled, Garda registration and PULSE numbers, "Last, First", DOB, MRN, ED date, records
manager with landline) (IE); bed-management huddles (full weekday outside, "ordinal Month year",
bed manager and mobile, TrolleyGAR count clinical, "SURNAME First" rows with MRNs, ages and DTA
"d/m", the GM) (IE); HDC complaint responses ("Mrs First Last" address block with street, suburb,
city and postcode, "Kia ora First", HDC reference, NHI (check digit), surgery dates, consumer
liaison with landline, group manager) (NZ); National Travel Assistance claims (NHI, "LAST, First",
DOB, mobile, flat / street, suburb, city and postcode, support person's full name ("whānau"
unlabelled), coordinator) (NZ); Privacy Act IPP6 requests (personal xtra.co.nz e-mail, NHI, DOB,
date ranges, the sister's first name, "Dr Last", privacy officer with mobile) (NZ); bed-management
unit reports ("DD-Mon-YYYY", BMU MO with +65 number, "SURNAME Given" and "Given bin / binti
Father" names with NRIC (check letter) and ages, MSW with ext) (SG); insurer release logs (MRN,
Emirates ID, "+971" mobile, claim number and e-claim URL carrying it, op-note date, the husband's or
son's name, the releasing officer's seha.ae e-mail) (AE); police P3 form requests (OB number
carrying a date, corporal with mobile, inpatient and national ID numbers, SHA number, estate as
ADDRESS and "Nairobi" unlabelled, admission date, "Dr Last", the brother's first name) (KE);
patient-services complaint logs (reference, ID card number, age, the niece's full name, "+356"
mobile, "27, Triq il-..." street, locality and postcode, patient services officer) (MT).

Names: curated groups per region, a person's first name and surname from one group (English,
Welsh, Scottish, British South Asian, Caribbean, Northern Irish; US white, African American,
Hispanic, Vietnamese and Filipino; Anglo, Greek, Italian, Lebanese and Vietnamese Australian;
Maritime, Québécois, Punjabi, Ukrainian and Chinese Canadian; Irish with fadas and Gaelic surnames
that take the bearer's sex ("Ó Súilleabháin" / "Ní Shúilleabháin", "Ó Briain" / "Ní Bhriain", "Mac
Giolla Phádraig" / "Nic Giolla Phádraig"); Pākehā, Māori, Tongan / Samoan and Indian New
Zealanders; Chinese Singaporean (surname first) and Malay; Emirati; Kikuyu, Luo and Kalenjin;
Maltese), about one patient name in five from Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ /
en_IN (re-seeded per note; word-like and eponymous names such as Ward, Bell, Rose, Hope, Day,
Porter or Bishop never drawn), relatives' first names from the family's group (a son keeps the
surname, a daughter or spouse may not), staff from the local groups and a mixed international
workforce (Filipino, Keralite, Nigerian, Romanian, Afrikaans and Zimbabwean). Forms: "First Last",
"LAST, First", "Last, First", "Last, First M", "LAST, FIRST M", "LAST, FIRST", "First M. Last",
"SURNAME First", "F. Last", "F Last" after a title, surnames alone (also in capitals), first names
alone, a lower-case typed patient e-signature and user name, staff initials in upper and lower
case. A note never reuses a first or last name for unrelated people, and a note in which a labelled
string (or a word of a labelled name) also appears unlabelled, or whose initials read as an
abbreviation, is redrawn from the next fixed seed.

Conventions (as heldout56 - heldout58): titles, ranks and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms.", "PC", "Cpl", "Senior Constable", "Garda", " RN", ", RN, CCRN", ", MSN, RN", ", RN, CCM",
", RN, CCDS", ", PharmD", ", MD (PGY-3)", ", DO", ", MDiv, BCC", ", RHIT", ", Esq.", "(SpR)",
"(SW)", "(OT)", "(NUM)", "(PSO)") are outside NAME spans; "LAST, First" is one NAME span;
surname and forename in separate fields are two spans; staff initials, typed user names and
lower-case names are NAME, each side of "AB/CD" its own span. A street line (with flat / unit /
suite), an apartment field, a suburb, estate or locality and a city / town are ADDRESS; a state /
province / county ("PA", "NS", "Co. Donegal"), "Nairobi" after an estate, a Garda station's town
and a country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ
postcodes and Maltese postcodes are ZIP. DATE: anything more specific than a year (including
partial "d/m", "m/d" and "w/c" dates, weekday outside) and a date followed by a separate time labels
only the date; times of day are never labelled. PHONE includes mobiles, landlines, fax, bleeps,
pagers, extensions (the digits after "ext", "ext." or "x"), 1-800 and "+65" / "+971" / "+356"
forms. SSN: full US SSNs and Irish PPSNs. ID: hospital / MRN / FIN / UR / IP numbers, NHS (mod 11),
H&C, CHI (from the DOB), Medicaid, AU Medicare (check digit), OHIP with version code, BC PHN (mod
11), ULI (Luhn), PHIN, NS health card, NHI (check digit), NRIC (check letter), Emirates ID, Kenyan
national ID and SHA numbers, Maltese ID card, and every reference that points at a person's case
(Datix, RiskMan, NIMS, safety-event, grievance, complaint, PCQO, HDC, SAR, FOI, ROI, crime, PULSE,
QPRIME, OB, police log, claim, job, PTS, transfer, CritiCall, Ornge, receipt, valuables envelope
numbers) and police / Garda badge and registration numbers. AGE: ages >= 90 only, number part
only; ages < 90 are unlabelled. Not PHI and unlabelled: hospital, trust, agency, insurer and police
station names, ward / bay / room / camera numbers, generic web sites (www.ombudsman.org.uk),
ICD-10 codes, NCC MERP categories, legislation sections, "whānau", years alone ("since 2021") and
times of day. Vitals, labs, drug doses, O2 flows, scores (NEWS2, Braden, 4AT), hours to theatre,
trolley counts, cash and fees are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September
2025, the dates they cite from 2021 to 2026). Run it only for final figures: its misses and lost clinical values are not to be inspected
while the scrubber is being changed.
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

__all__ = ["TEMPLATES", "generate"]

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Gareth", "Stuart", "Neville", "Darren", "Keith", "Trevor", "Graham", "Clive", "Barry",
            "Nigel", "Ronald", "Leonard", "Callum", "Jordan"],
           ["Janet", "Beverley", "Pauline", "Shirley", "Lorraine", "Dawn", "Tracey", "Gillian",
            "Maureen", "Doreen", "Hayley", "Kirsty", "Vera", "Marjorie"],
           ["Pickering", "Ashworth", "Thwaite", "Cartwright", "Haworth", "Birtwistle", "Pennington",
            "Oldroyd", "Hebblethwaite", "Sowerby", "Tolley", "Brackenbury", "Ridgway", "Crowther",
            "Eastwood", "Stanier", "Mottram", "Fairclough"]),
    "cy": (["Rhodri", "Gwilym", "Iwan", "Emyr", "Dafydd", "Aled"],
           ["Nia", "Eirlys", "Angharad", "Ffion", "Carys", "Menna"],
           ["Prydderch", "Llewellyn", "Bowen", "Pritchard", "Gruffydd", "Vaughan", "Rees-Jones"]),
    "sc": (["Alasdair", "Murdo", "Hamish", "Fraser", "Iain"],
           ["Morag", "Isla", "Catriona", "Eilidh", "Senga"],
           ["MacLeod", "Urquhart", "Menzies", "Drummond", "Buchanan", "Kinnear", "Cruickshank"]),
    "sa": (["Imran", "Tariq", "Rajesh", "Harjinder", "Mohammed", "Sanjay"],
           ["Nasreen", "Parveen", "Harpreet", "Shabana", "Anjali", "Rukhsana"],
           ["Hussain", "Akhtar", "Mistry", "Sandhu", "Chaudhry", "Bhatti", "Parmar"]),
    "ca_carib": (["Winston", "Delroy", "Errol", "Lloyd"],
                 ["Claudette", "Hyacinth", "Marcia", "Beverly"],
                 ["Campbell-Reid", "Forbes", "McKenzie", "Grant", "Blackwood"]),
    "ni": (["Seamus", "Gerard", "Colm", "Desmond"],
           ["Bernadette", "Roisin", "Geraldine", "Orla"],
           ["McCallion", "Devlin", "Quinn", "McGlinchey", "Hegarty", "Mulholland"]),
    "us_w": (["Dwayne", "Kyle", "Travis", "Randall", "Harold", "Chester", "Wesley", "Dale"],
             ["Brittany", "Tammy", "Darlene", "Crystal", "Loretta", "Kayla", "Mildred", "Bonnie"],
             ["Kowalski", "Hendricks", "Dunbar", "Schaefer", "Whitaker", "Lindqvist", "Pruitt",
              "McAllister", "Strickland", "Yoder", "Boggs"]),
    "us_aa": (["DeShawn", "Tyrone", "Marcus", "Jerome", "Cedric"],
              ["LaToya", "Shaniqua", "Keisha", "Ebony", "Tamika"],
              ["Jefferson", "Washington", "Gaines", "Pettaway", "Mayfield"]),
    "us_hi": (["Jesús", "Alejandro", "Rogelio", "Mateo", "Luis"],
              ["Guadalupe", "Marisol", "Yesenia", "Lucía", "Araceli"],
              ["Villanueva", "Ochoa", "Zamora", "Cervantes", "Delgado", "Quintanilla"]),
    "us_vn": (["Minh", "Tuan", "Quang"], ["Thuy", "Lan", "Ngoc"],
              ["Nguyen", "Tran", "Pham", "Huynh"]),
    "us_ph": (["Rodel", "Jericho", "Arnel"], ["Maricel", "Rowena", "Jocelyn"],
              ["Dimaculangan", "Bautista", "Macaraeg", "Villaroman"]),
    "au": (["Bruce", "Shane", "Wayne", "Brett", "Lachlan", "Kym", "Darryl"],
           ["Narelle", "Bronwyn", "Kylie", "Raelene", "Tegan", "Leanne", "Merle"],
           ["Dunstan", "Kettle", "Tregenza", "Woolcott", "Pendergast", "Hocking", "Blundell"]),
    "au_gr": (["Konstantinos", "Dimitrios", "Spiros"], ["Eleni", "Despina", "Voula"],
              ["Papadopoulos", "Karagiannis", "Theodorakis"]),
    "au_it": (["Salvatore", "Giuseppe", "Rocco"], ["Concetta", "Rosaria", "Carmela"],
              ["Marchetti", "Lombardo", "DiStefano", "Ferraro"]),
    "au_lb": (["Georges", "Tony", "Khalil"], ["Rania", "Mariam", "Nadia"],
              ["Haddad", "Khoury", "Nassif"]),
    "au_vn": (["Duc", "Hieu"], ["Hoa", "Mai"], ["Truong", "Vo", "Dang"]),
    "ca_qc": (["Réjean", "Gilles", "Mathieu", "Sylvain"], ["Ginette", "Josée", "Mélanie", "Manon"],
              ["Gagnon", "Tremblay", "Bélanger", "Ouellet", "Lévesque", "Thibodeau"]),
    "ca_pb": (["Gurpreet", "Jaswinder", "Manpreet"], ["Harleen", "Simran", "Kulwinder"],
              ["Dhaliwal", "Grewal", "Sidhu", "Brar"]),
    "ca_ua": (["Taras", "Bohdan", "Mykola"], ["Oksana", "Halyna", "Lesia"],
              ["Hnatiuk", "Kowalchuk", "Melnyk", "Sawchuk"]),
    "ca_zh": (["Wei", "Jun", "Kwok"], ["Mei", "Xiu", "Ling"], ["Leung", "Chow", "Tsang", "Yip"]),
    "ca_mar": (["Cyril", "Everett", "Gordie"], ["Marlene", "Darla", "Glenda"],
               ["MacIsaac", "Gillis", "Rafuse", "Boutilier", "LeBlanc"]),
    "ie": (["Seán", "Pádraig", "Ciarán", "Eoin", "Donncha", "Tadhg", "Micheál"],
           ["Siobhán", "Aoife", "Máire", "Niamh", "Róisín", "Caoimhe", "Gráinne"],
           [("Ó Súilleabháin", "Ní Shúilleabháin"), ("Mac Giolla Phádraig", "Nic Giolla Phádraig"),
            ("Ó Briain", "Ní Bhriain"), "Fitzgerald", "Moriarty", "Cullinane", "Hennessy",
            "Geraghty", "Keohane", "Twomey", "Lenihan", "Brosnan"]),
    "nz": (["Hamish", "Blair", "Grant", "Ross"], ["Robyn", "Raewyn", "Kiri-Ann", "Shona"],
           ["Fergusson", "McKechnie", "Ballantyne", "Pomeroy"]),
    "nz_mi": (["Wiremu", "Rāwiri", "Hēmi", "Tamati"], ["Aroha", "Mere", "Huia", "Ngaire"],
              ["Te Huia", "Ngata", "Tūhoe-Parata", "Rangihau", "Waititi"]),
    "nz_pi": (["Sione", "Tavita", "Viliami"], ["Losana", "Mele", "Sefo"],
              ["Taufa", "Faleolo", "Tuilagi", "Havili"]),
    "nz_in": (["Vikram", "Arjun"], ["Priya", "Deepika"], ["Narayan", "Prasad", "Chandra"]),
    "sg_zh": (["Wei Ming", "Kok Leong", "Jun Jie"], ["Mei Ling", "Hui Min", "Siew Lan"],
              ["TAN", "LIM", "GOH", "ONG", "CHUA", "KOH"]),
    "sg_ml": (["Muhammad Faizal", "Azman", "Hafiz"], ["Siti Nurhaliza", "Nur Aisyah", "Faridah"],
              ["Ismail", "Rahman", "Osman"]),
    "ae": (["Khalid", "Saeed", "Omar", "Faisal"], ["Mariam", "Fatima", "Noura", "Hessa"],
           ["Al Mansoori", "Al Hammadi", "Al Shamsi", "Al Ketbi"]),
    "ke": (["Kamau", "Otieno", "Kipchoge", "Mwangi", "Ochieng"],
           ["Wanjiru", "Akinyi", "Chebet", "Nyambura", "Atieno"],
           ["Njoroge", "Odhiambo", "Kiprotich", "Wambui", "Omondi", "Mutua"]),
    "mt": (["Joseph", "Carmelo", "Ġużeppi", "Kurt"], ["Marija", "Doris", "Rita", "Ġorġina"],
           ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Grech"]),
    # mixed international workforce
    "st_ph": (["Jonathan", "Mark Anthony"], ["Mary Grace", "Kristine", "Lovely"],
              ["Magbanua", "Dela Cruz", "Pascual", "Manalo"]),
    "st_kl": (["Jijo", "Anish", "Binu"], ["Sini", "Jincy", "Reshma"],
              ["Kuriakose", "Varghese", "Thomas-Mathew", "Pillai"]),
    "st_ng": (["Oluwaseun", "Chinedu", "Emeka"], ["Funmilayo", "Ngozi", "Adaeze"],
              ["Adeyemi", "Okonkwo", "Olanrewaju", "Eze"]),
    "st_ro": (["Bogdan", "Andrei"], ["Ioana", "Roxana"], ["Popescu", "Dumitrescu", "Ionescu"]),
    "st_za": (["Pieter", "Johan"], ["Elna", "Marietjie"], ["Van der Merwe", "Botha", "Coetzee"]),
    "st_zw": (["Tendai", "Farai"], ["Rutendo", "Chipo"], ["Moyo", "Chikwanha", "Ncube"]),
}
PAT = {
    "uk": ["en", "en", "en", "cy", "sc", "sa", "ca_carib"], "us": ["us_w", "us_w", "us_aa",
    "us_hi", "us_vn", "us_ph"], "au": ["au", "au", "au_gr", "au_it", "au_lb", "au_vn"],
    "ca": ["ca_mar", "ca_qc", "ca_pb", "ca_ua", "ca_zh"], "ie": ["ie", "ie"], "ni": ["ni", "en"],
    "nz": ["nz", "nz_mi", "nz_pi", "nz_in"], "sg": ["sg_zh", "sg_ml"], "ae": ["ae"],
    "ke": ["ke"], "mt": ["mt"], "sc": ["sc", "en"], "cy": ["cy", "en"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_ng", "st_ro", "st_za", "st_zw"]
FAKER_LOC = {"uk": "en_GB", "us": "en_US", "au": "en_AU", "ca": "en_CA", "ie": "en_IE",
             "nz": "en_NZ", "ni": "en_GB", "sc": "en_GB", "cy": "en_GB", "ke": "en_IN"}
_FAKERS: dict[str, Faker] = {}
BAD_NAMES = {"Ward", "Bell", "Foley", "Kell", "Duffy", "Kidd", "Lewis", "Gram", "Guthrie", "Coombs",
             "Bed", "Day", "Rose", "Hope", "May", "Page", "Hall", "Bay", "Mark", "Will", "Case",
             "Cross", "Price", "Bishop", "Porter", "Nurse", "Parsons", "Lord", "Bond", "Chase"}
BAD_INITS = {"BP", "HR", "PR", "GP", "RN", "OD", "MR", "DR", "ED", "AE", "CT", "ID", "IV", "PO",
             "SC", "IM", "OT", "PT", "SW", "NA", "OK", "NO", "IT", "IS", "ON", "AM", "PM", "TO",
             "SAR", "RCA", "DTA", "NOK", "ICU", "ITU", "MDT", "BMS", "CNS", "AKI", "DNR", "DOB",
             "NHS", "ENT", "GCS", "RSO", "CCU", "RMO", "SHO", "AN", "AS", "AT", "BE", "BY", "DO",
             "GO", "HE", "IF", "IN", "ME", "MY", "OF", "OR", "SO", "UP", "US", "WE", "HCA", "LSO",
             "NCTR", "EDD", "MD", "CC", "PA", "NP", "RT", "MA", "PC", "SN", "ST", "LP", "ALC", "ACC", "HDC", "FOI", "ROI", "CDI", "PPE", "TTO", "MS", "MO"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The note drew something it must not (clash, abbreviation initials): take the next seed."""


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
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def inits(self) -> str:
        return self.first[0] + self.last.replace("Ó ", "O").replace("Ní ", "N")[0]

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs" if self.first[-1] in "aeiy" else "Ms"


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "uk2": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dm": f"{d.day}/{d.month}", "dmy": f"{d.day}/{d.month}/{d.year}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{suf} {m} {d.year}", "ordm": f"{d.day}{suf} {m}",
        "sh": f"{d.day} {m[:3]} {d.year}", "shm": f"{d.day} {m[:3]}", "dmon": f"{d.day:02d}-{m[:3]}-{d.year}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}", "md": f"{d.month}/{d.day}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}",
        "iso": d.isoformat(), "DMON": f"{d.day:02d}{m[:3].upper()}{d.year}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


def _nhs(r: random.Random) -> str:
    while True:
        ds = [r.randint(0, 9) for _ in range(9)]
        ds[0] = r.randint(4, 6)
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, ds)) + str(c)
            return s


def _luhn_ok(body: str) -> str:
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return s
    raise AssertionError


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, ds)) + str(chk) + str(r.randint(1, 4))


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        c = 11 - tot % 11
        if c not in (11,):
            return s + str(c % 10)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


def _nric(r: random.Random, born: int) -> str:
    pre = "S" if born < 2000 else "T"
    ds = [born % 100 // 10, born % 10] + [r.randint(0, 9) for _ in range(5)]
    tot = sum(a * b for a, b in zip(ds, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + "".join(map(str, ds)) + "JZIHGFEDCBA"[tot % 11]


def _phn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, ds)) + str(c)


class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self.inits: dict[str, str] = {}
        loc = FAKER_LOC.get(region)
        self.fk: Faker | None = None
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(seed)
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))

    # builder shortcuts
    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, k: str, s: str) -> C:
        self.b.p(k, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    # drawing
    def ch(self, xs: list[Any]) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not (first.replace(" ", "").replace("-", "").isalpha() and last.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()):
                continue
            if first in BAD_NAMES or last in BAD_NAMES or first in self.firsts or last in self.lasts:
                continue
            words = [w for w in first.split() + last.split() if len(w) > 3]
            if any(w in self.lasts or w in self.firsts for w in words):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(first.split())
            self.lasts.update(last.split())
            return P(first, last, sex, self.ch("ABCDEFGHJKLMNPRSTW"))
        raise Redraw

    def pat(self, region: str | None = None, sex: str | None = None) -> P:
        reg = region or self.region
        sex = sex or self.ch("mf")
        fake = self.r.random() < 0.2 and reg in FAKER_LOC
        return self._take(self.ch(PAT[reg]), sex, fake)

    def rel(self, pt: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the patient's group; surname kept or a new one."""
        sex = sex or self.ch("mf")
        grp = next((g for g, v in G.items() if pt.first in v[0] + v[1]), None) or self.ch(
            PAT[self.region])
        q = self._take(grp, sex, False)
        if keep:
            self.lasts.discard(q.last)
            q.last = pt.last
        return q

    def staff(self, region: str | None = None) -> P:
        reg = region or self.region
        grp = self.ch(STAFF_INTL) if self.r.random() < 0.35 else self.ch(PAT[reg])
        return self._take(grp, self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False, three: bool = False) -> str:
        s = q.first[0] + (q.mid if three else "") + q.last.split()[-1][0]
        s = s.upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 25, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def old(self) -> tuple[date, int]:
        return self.dob(60, 99) if self.r.random() < 0.6 else self.dob(90, 101)

    def hosp(self) -> str:
        return self.ch(["RX", "K", "H", "M"]) + self.dig(self.r.randint(6, 7))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(pt: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": [pt.first]}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if pt.sex == "m" else "female",
    }
    if phone:
        res["telecom"] = [{"system": "phone", "value": phone}]
    if line or city or zip_:
        addr: dict[str, Any] = {}
        if line:
            addr["line"] = [line]
        if city:
            addr["city"] = city
        if zip_:
            addr["postalCode"] = zip_
        res["address"] = [addr]
    return res


# ---------------------------------------------------------------- regional numbers / places
def uk_mob(n: C) -> str:
    return f"07{n.r.randint(700, 979)} {n.dig(6)}"


def uk_land(n: C) -> str:
    return n.ch(["0161 ", "0113 ", "0121 ", "0114 ", "01274 "]) + f"{n.r.randint(200, 899)} {n.dig(4)}"


def uk_pc(n: C) -> str:
    return (n.ch(["LS", "M", "BD", "S", "B", "HX", "WF", "OL"]) + str(n.r.randint(1, 28)) + " "
            + str(n.r.randint(1, 9)) + n.ch(list("ABDEFGHJLNPQRSTUWXYZ")) + n.ch(list("ABDEFGHJLNPQRSTUWXYZ")))


UK_ST = ["Albion Street", "Cross Lane", "Moorside Road", "Tenterfield Avenue", "Grange Crescent",
         "Halifax Old Road", "Victoria Terrace", "Beech Grove", "Mill Lane", "Carr Road"]
UK_TOWN = ["Huddersfield", "Rochdale", "Keighley", "Dewsbury", "Oldham", "Barnsley", "Bradford",
           "Todmorden", "Rotherham", "Pudsey"]


def uk_street(n: C) -> str:
    return f"{n.r.randint(1, 140)} {n.ch(UK_ST)}"


def us_phone(n: C) -> str:
    return f"({n.ch(['614', '312', '713', '412', '919', '503'])}) {n.r.randint(201, 989)}-{n.dig(4)}"


US_ST = ["Maple Ave", "N High St", "Cedar Ridge Dr", "Old Orchard Rd", "W 5th St", "Linden Blvd",
         "Sycamore Ln", "Brookside Ct"]
US_CITY = [("Columbus", "OH"), ("Dayton", "OH"), ("Pittsburgh", "PA"), ("Raleigh", "NC"),
           ("Houston", "TX"), ("Portland", "OR"), ("Joliet", "IL")]


US_ZIP3 = {"Columbus": "432", "Dayton": "454", "Pittsburgh": "152", "Raleigh": "276",
           "Houston": "770", "Portland": "972", "Joliet": "604"}


def us_zip(n: C, city: str) -> str:
    return US_ZIP3[city] + n.dig(2)


def au_mob(n: C) -> str:
    return f"04{n.dig(2)} {n.dig(3)} {n.dig(3)}"


def au_land(n: C) -> str:
    return f"({n.ch(['02', '03', '07', '08'])}) {n.r.randint(8, 9)}{n.dig(3)} {n.dig(4)}"


AU_SUB = [("Parramatta", "NSW", "2150"), ("Wollongong", "NSW", "2500"), ("Footscray", "VIC", "3011"),
          ("Geelong", "VIC", "3220"), ("Chermside", "QLD", "4032"), ("Toowoomba", "QLD", "4350"),
          ("Elizabeth", "SA", "5112"), ("Joondalup", "WA", "6027")]
AU_ST = ["Bent Street", "Wattle Grove", "Jacaranda Drive", "Anzac Parade", "Banksia Close",
         "Macquarie Road"]
CA_CITY = [("Hamilton", "ON", "L8N"), ("Sudbury", "ON", "P3E"), ("Kelowna", "BC", "V1Y"),
           ("Red Deer", "AB", "T4N"), ("Brandon", "MB", "R7A"), ("Halifax", "NS", "B3H"),
           ("Saskatoon", "SK", "S7K")]
CA_ST = ["Kingsway", "Rue Principale", "Concession Rd 4", "Sherbrooke St W", "Lakeshore Dr",
         "Portage Ave"]


def ca_phone(n: C, area: str = "") -> str:
    return f"({area or n.ch(['905', '705', '250', '403', '204', '902'])}) {n.r.randint(201, 989)}-{n.dig(4)}"


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.r.randint(1, 9)}{n.ch(list('ABCEGHJKLMNPRSTVWXYZ'))}{n.r.randint(0, 9)}"


IE_TOWN = [("Ennis", "Co. Clare", "V95"), ("Tralee", "Co. Kerry", "V92"), ("Mallow", "Co. Cork", "P51"),
           ("Navan", "Co. Meath", "C15"), ("Tullamore", "Co. Offaly", "R35"), ("Letterkenny", "Co. Donegal", "F92")]
IE_ST = ["Bóthar na Trá", "Church Street", "Ard na Gréine", "Main Street", "Cluain Mhuire",
         "Greenfields Road"]


def ie_eir(n: C, k: str) -> str:
    return f"{k} {n.ch(list('ACDEFHKNPRTVWXY'))}{n.dig(1)}{n.ch(list('ACDEFHKNPRTVWXY'))}{n.dig(1)}"


def ie_mob(n: C) -> str:
    return f"08{n.ch('3567')} {n.dig(3)} {n.dig(4)}"


NZ_SUB = [("Papatoetoe", "Auckland", "2025"), ("Ōtara", "Auckland", "2023"), ("Naenae", "Lower Hutt", "5011"),
          ("Frankton", "Hamilton", "3204"), ("Aranui", "Christchurch", "8061")]
NZ_ST = ["Kowhai Street", "Te Irirangi Drive", "Puriri Road", "Rimu Crescent"]


def nz_mob(n: C) -> str:
    return f"02{n.ch('127')} {n.dig(3)} {n.dig(4)}"


# ============================================================================ UK templates
def uk_site_report(n: C) -> Note:
    d = n.today
    mgr, dm = n.staff(), n.staff()
    n.t(f"SITE REPORT 08:00  {_wd(d)} ").p("DATE", _d(d, "uk")).t("\nSite manager: ").p("NAME", mgr.fl)
    n.t(" (bleep ").p("PHONE", n.dig(4)).t(")   Duty manager: ").p("NAME", dm.fl).t(" via switch\n")
    n.t("OPEL 3. ED 41 in dept, 14 DTA, longest DTA 19h.\n\nDTA list (ED)\n")
    pt = None
    dob = None
    for i in range(n.r.randint(3, 5)):
        q = n.pat()
        db, a = n.old()
        hn = n.hosp()
        n.t(f"{i + 1}. ").p("NAME", q.LF).t(" (").call = None
        _age(n, a).t(") ").p("ID", hn).t(" - DTA ").t(n.ch(["AMU", "Ward 22 resp", "SAU", "Cardio"]))
        n.t(" since ").t(f"{n.r.randint(0, 23):02d}:{n.ch(['05', '20', '40'])}")
        n.t(n.ch([", side room req (C diff)", ", needs NIV bed", "", ", bariatric bed"])).t("\n")
        if pt is None:
            pt, dob, php = q, db, hn
    n.t("\nMFFD / NCTR on base wards: 63 (P1 18, P2 9, P3 11). ")
    s = n.pat()
    n.t("Longest NCTR ").t(f"{s.title} ").p("NAME", f"{s.first[0]} {s.last}").t(" on Ward 9 since ")
    n.p("DATE", _d(n.dt(-40, -20), "dm")).t(", awaiting Fastrack - chase CHC nurse ")
    chc = n.staff()
    n.p("NAME", chc.fl).t(" on ").p("PHONE", uk_land(n)).t(".\n")
    n.t("Actions: 4 x boarding escalation beds opened (").p("NAME", n.ini(mgr)).t("). Next update 12:00.\n")
    return n.build(_fhir(pt, dob, [("hospital", php)]))


def uk_flow_huddle(n: C) -> Note:
    d = n.today
    pt = n.pat()
    dob, a = n.old()
    nhs = _nhs(n.r)
    chair, sw, ot = n.staff(), n.staff(), n.staff()
    n.t("Patient flow huddle - Ward 7 (Care of Elderly)  ").p("DATE", _d(d, "sh")).t(" 11:15\n")
    n.t("Present: ").p("NAME", n.ini(chair)).t(" (chair), ").p("NAME", n.ini(sw)).t(" (SW), ")
    n.p("NAME", n.ini(ot)).t(" (OT), ward sister\n\n")
    n.t("Bed 4  ").t(f"{pt.title} ").p("NAME", f"{pt.first[0]} {pt.last}").t(" (")
    _age(n, a).t(") NHS ").p("ID", nhs).t("\n  MFFD since ").p("DATE", _d(n.dt(-12, -5), "dm"))
    n.t(". NCTR reason: awaiting POC (P1), 4 calls/day double-handed.\n  SW ")
    n.p("NAME", sw.fl).t(" - provider found, start w/c ").p("DATE", _d(n.dt(3, 9), "dm")).t(".\n")
    dau = n.rel(pt, "f")
    n.t("  Daughter ").p("NAME", dau.first).t(" aware, will collect key safe code from neighbour. Mob ")
    n.p("PHONE", uk_mob(n)).t("\n")
    o = n.pat()
    n.t("Bed 11 ").p("NAME", o.last.upper()).t(" - EDD ").p("DATE", _d(n.dt(1, 2), "dm"))
    n.t(", TTO with pharmacy, transport booked for 14:00.\nBed 16 - DTA from AMU, cleaned & ready.\n")
    n.t("Action: OT home visit ").p("DATE", _d(n.dt(1, 4), "dm")).t(" (").p("NAME", n.ini(ot))
    n.t(").  Escalate delays to ").p("NAME", chair.fl).t(" ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)]))


def uk_discharge_lounge(n: C) -> Note:
    d = n.today
    n.t("DISCHARGE LOUNGE LOG   ").p("DATE", _d(d, "uk2")).t("   Nurse i/c: ")
    nic = n.staff()
    n.p("NAME", nic.fl).t(" RN\n")
    n.t("Time in | Patient | Hosp no | From | TTO | Transport | Left\n")
    pt = None
    for _ in range(n.r.randint(3, 5)):
        q = n.pat()
        hn = n.hosp()
        n.t(f"{n.r.randint(8, 15):02d}:{n.ch(['10', '25', '45'])} | ").p("NAME", q.fi).t(" | ").p("ID", hn)
        n.t(" | ").t(n.ch(["Wd 5", "Wd 12", "AMU", "Wd 30"])).t(" | ").t(n.ch(["Y", "awaiting", "Y"]))
        n.t(" | ").t(n.ch(["PTS booked ", "family ", "taxi (voucher) "]))
        if pt is None:
            pt, hp = q, hn
            dob, _ = n.dob(50, 88)
        n.t("| ").t(n.ch(["", "15:30"])).t("\n")
    n.t("\nNotes: ").p("NAME", pt.fi).t(" - PTS ref ").p("ID", "PTS" + n.dig(7)).t(" to ")
    st, town, pc = uk_street(n), n.ch(UK_TOWN), uk_pc(n)
    n.p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t(". Son ")
    son = n.rel(pt, "m", keep=True)
    n.p("NAME", son.first).t(" to meet at house (").p("PHONE", uk_mob(n)).t("). Oxygen ")
    n.c("2 L/min").t(" for journey, cylinder supplied.\nHandover given by ").p("NAME", n.ini(nic, lower=True)).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hp)], line=st, city=town, zip_=pc))


def uk_interpreter(n: C) -> Note:
    d = n.dt(2, 14)
    pt = n.pat(sex=n.ch("mf"))
    dob, _ = n.dob(20, 85)
    nhs = _nhs(n.r)
    bk = n.staff()
    lang = n.ch(["Polish", "Urdu", "Tigrinya", "Romanian", "Kurdish Sorani", "BSL"])
    job = "ITS-" + n.dig(6)
    n.t("INTERPRETING REQUEST - face to face\nJob ref: ").p("ID", job).t("\nTrack: ")
    n.p("URL", f"https://bookings.wyinterpreting.nhs.uk/jobs/{job}").t("\n")
    n.t("Patient: ").p("NAME", pt.lf).t("   DOB ").p("DATE", _d(dob, "uk")).t("   NHS ").p("ID", nhs)
    n.t(f"\nLanguage: {lang}  Gender pref: {'female' if pt.sex == 'f' else 'none'}\n")
    n.t("Appt: ").t(_wd(d) + " ").p("DATE", _d(d, "uk")).t(" 09:40 Fracture clinic, Level 2 OPD\n")
    n.t("Booked by: ").p("NAME", bk.fl).t(" (clinic clerk) ext ").p("PHONE", n.dig(5)).t("  ")
    em = f"{bk.first.lower()}.{bk.last.lower().replace(' ', '')}@nhs.net"
    n.p("EMAIL", em).t("\nNotes: pt's husband " if pt.sex == "f" else "\nNotes: pt's wife ")
    rel = n.rel(pt, "m" if pt.sex == "f" else "f")
    n.p("NAME", rel.first).t(" NOT to interpret (safeguarding flag ").p("DATE", _d(n.dt(-90, -30), "uk2"))
    n.t("). Phone interp fallback if agency can't cover - Language Line code 4471.\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)]))


def uk_datix(n: C) -> Note:
    d = n.dt(-4, -1)
    pt = n.pat()
    dob, a = n.old()
    hn = n.hosp()
    rep, hca, reg, mgr = n.staff(), n.staff(), n.staff(), n.staff()
    n.t("Datix ID: ").p("ID", "W" + n.dig(6)).t("   Reported ").p("DATE", _d(n.dt(0, 0), "uk")).t("\n")
    n.t("Incident date: ").p("DATE", _d(d, "uk")).t(" 03:20   Location: Ward 24 bay C bed 3\n")
    n.t("Category: Slips, trips & falls - unwitnessed.  Harm: low\n")
    n.t("Patient: ").p("NAME", pt.fl).t("  ").p("ID", hn).t("  age ")
    _age(n, a).t("\nDescription: Pt found on floor beside bed by HCA ").p("NAME", hca.fl)
    n.t(". Bed rails down, call bell in reach. Obs: BP ").c("142/80").t(" HR ").c("96").t(" NEWS2 ").c("2")
    n.t(". Reviewed by ").t("Dr ").p("NAME", f"{reg.first[0]} {reg.last}").t(" (SpR) bleep ").p("PHONE", n.dig(4))
    n.t(" - no head injury, CT not required. Lying/standing BP requested.\nImmediate action: falls ")
    n.t("bundle reviewed, low bed, sensor mat. NOK (").p("NAME", n.rel(pt, "f").first).t(") informed ")
    n.t("by phone 07:50, duty of candour - verbal.\nReporter: ").p("NAME", rep.fl).t(" RN\n")
    n.t("Handler: ").p("NAME", mgr.fl).t(" (Matron) - review by ").p("DATE", _d(n.dt(10, 14), "uk"))
    n.t(". Initials on falls tool: ").p("NAME", n.ini(rep)).t("/").p("NAME", n.ini(hca)).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hn)]))


def uk_complaint(n: C) -> Note:
    d = n.today
    cmp_ = n.pat(sex="f")
    pt = n.rel(cmp_, "m", keep=n.r.random() < 0.7)
    dob, _a = n.old()
    hn = n.hosp()
    ce, cons, mat, pals = n.staff(), n.staff(), n.staff(), n.staff()
    st, town, pc = uk_street(n), n.ch(UK_TOWN), uk_pc(n)
    n.t("Our ref: COMP/").p("ID", n.dig(5)).t("/").p("NAME", n.ini(pals, lower=True)).t("\n")
    n.p("DATE", _d(d, "long")).t("\n\nPRIVATE AND CONFIDENTIAL\n")
    n.t(f"{cmp_.title} ").p("NAME", f"{cmp_.first[0]} {cmp_.last}").t("\n").p("ADDRESS", st).t("\n")
    n.p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\nDear ").t(f"{cmp_.title} ").p("NAME", f"{cmp_.last}")
    n.t("\n\nThank you for your letter of ").p("DATE", _d(n.dt(-40, -30), "ord"))
    n.t(" about the care your father, ").p("NAME", pt.fl).t(", received on the Acute Medical Unit ")
    n.t("between ").p("DATE", _d(n.dt(-80, -70), "ordm")).t(" and ").p("DATE", _d(n.dt(-66, -60), "ordm"))
    n.t(". I am sorry it has taken longer than the 25 working days we aim for.\n\n")
    n.t("Your concerns were investigated by ").p("NAME", mat.fl).t(", Matron, who spoke with the ")
    n.t("nursing team, and ").t("Dr ").p("NAME", f"{cons.last}").t(", Consultant Physician, who reviewed ")
    n.t("the records. The delay in giving his ").c("co-amoxiclav").t(" was not acceptable and has been ")
    n.t("shared with the ward as learning.\n\nIf you would like to meet, please contact ")
    n.p("NAME", pals.fl).t(" in the Complaints Team on ").p("PHONE", uk_land(n)).t(". If you remain ")
    n.t("unhappy you may contact the Parliamentary and Health Service Ombudsman, ")
    n.t("www.ombudsman.org.uk.\n\nYours sincerely\n\n").p("NAME", ce.fl).t("\nChief Executive\n")
    n.t("cc patient record ").p("ID", hn).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hn)]))


def uk_sar(n: C) -> Note:
    d = n.dt(-3, 0)
    pt = n.pat()
    dob, _ = n.dob(25, 80)
    nhs = _nhs(n.r)
    off = n.staff()
    st, town, pc = uk_street(n), n.ch(UK_TOWN), uk_pc(n)
    em = f"{pt.first.lower()}{pt.last.lower().replace(' ', '')[:5]}{n.dig(2)}@gmail.com"
    n.t("SUBJECT ACCESS REQUEST - LOG ENTRY\nSAR no: ").p("ID", "SAR" + str(d.year)[2:] + "-" + n.dig(4))
    n.t("\nReceived: ").p("DATE", _d(d, "uk")).t("   Due (1 calendar month): ").p("DATE", _d(d + timedelta(days=30), "uk"))
    n.t("\nData subject: ").p("NAME", pt.last.upper()).t(" ").p("NAME", pt.first).t("   DOB ").p("DATE", _d(dob, "dot"))
    n.t("\nNHS no: ").p("ID", f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}").t("\nAddress: ").p("ADDRESS", st)
    n.t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\nContact: ").p("EMAIL", em).t(" / ").p("PHONE", uk_mob(n))
    n.t("\nRequester: self.  ID checked: passport + utility bill (").p("NAME", n.ini(off)).t(")\n")
    n.t("Records requested: ED + maternity ").p("DATE", _d(n.dt(-700, -400), "dmon")).t(" to ")
    n.p("DATE", _d(n.dt(-390, -300), "dmon")).t(", incl. CTG traces.\n3rd party info: partner ")
    n.p("NAME", n.rel(pt, "m" if pt.sex == "f" else "f").fl).t(" named in social hx - redact.\n")
    n.t("Released via Egress ").p("DATE", _d(n.dt(1, 20), "uk")).t(" - ").p("NAME", off.fl)
    n.t(", Records Release Officer\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], line=st, city=town, zip_=pc))


def uk_police(n: C) -> Note:
    d = n.today
    pt = n.pat(sex="m")
    dob, _ = n.dob(18, 60)
    hn = n.hosp()
    pc_, ig = n.staff(), n.staff()
    st, town, post = uk_street(n), n.ch(UK_TOWN), uk_pc(n)
    force = n.ch(["westyorkshire", "gmp", "southyorkshire"])
    n.t("REQUEST FOR PERSONAL DATA - DPA 2018 Sch 2 Pt 1 para 2\nFrom: PC ").p("NAME", pc_.fl)
    n.t(" ").p("ID", str(n.r.randint(1000, 9999))).t("   Email: ")
    n.p("EMAIL", f"{pc_.first.lower()}.{pc_.last.lower().replace(' ', '')}@{force}.police.uk").t("\n")
    n.t("Tel: ").p("PHONE", uk_mob(n)).t("   Crime ref: ").p("ID", f"13{str(d.year)[2:]}{n.dig(7)}").t("\n")
    n.t("Subject: ").p("NAME", pt.fl).t("  DOB ").p("DATE", _d(dob, "uk")).t("\nLast known addr: ")
    n.p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", post).t("\n")
    n.t("Info sought: time of attendance, injuries documented, ED ").t("discharge time on ")
    n.p("DATE", _d(n.dt(-5, -2), "sh")).t(" (assault GBH s.18 investigation). Victim is ")
    v = n.pat(sex="m")
    n.p("NAME", v.fl).t(" - separate request.\n\nIG decision (").p("DATE", _d(d, "uk2")).t("): ")
    n.t("DISCLOSE attendance + times only, not clinical notes. Hosp no ").p("ID", hn)
    n.t(". Logged by ").p("NAME", ig.fl).t(", IG Lead, ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("hospital", hn)], line=st, city=town, zip_=post))


def uk_coding(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(40, 88)
    hn = n.hosp()
    coder, cons = n.staff(), n.staff()
    adm = n.dt(-40, -25)
    n.t("CLINICAL CODING QUERY   ").p("DATE", _d(n.today, "uk")).t("\nTo: ").t("Dr ").p("NAME", f"{cons.first[0]} {cons.last}")
    n.t(" (Resp)   From: ").p("NAME", coder.fl).t(", ACC coder, ext ").p("PHONE", n.dig(4))
    n.t("\nPt: ").p("NAME", pt.LF).t("  ").p("ID", hn).t("  Spell ").p("DATE", _d(adm, "uk2"))
    n.t(" - ").p("DATE", _d(adm + timedelta(days=n.r.randint(3, 12)), "uk2")).t("\n")
    n.t("Discharge summary states 'CAP'. Sputum grew Pseudomonas, CRP ").c("286").t(", treated with ")
    n.c("piperacillin-tazobactam 4.5 g TDS").t(". Please confirm: J15.1 (pneumonia due to Pseudomonas)? ")
    n.t("Also AKI stage 2 (creat ").c("214").t(") on ").p("DATE", _d(adm + timedelta(days=1), "dm"))
    n.t(" - please confirm for coding.\nReply (").p("NAME", n.ini(cons)).t("): Yes to both. Sepsis - no.\n")
    return n.build(_fhir(pt, dob, [("hospital", hn)]))


def uk_audit_scot(n: C) -> Note:
    d = n.today
    aud = n.staff("sc")
    n.t("NHS Board hip fracture audit extract (SHFA) - run ").p("DATE", _d(d, "iso")).t(" by ")
    n.p("NAME", aud.first[0].lower() + aud.last.lower()).t("\n")
    n.t("CHI        | Surname, Forename | Adm      | Theatre  | Time to theatre | 4AT | Status\n")
    pt = None
    for _ in range(n.r.randint(3, 5)):
        q = n.pat("sc")
        db, _a = n.old()
        chi = f"{db.day:02d}{db.month:02d}{db.year % 100:02d}{n.dig(3)}{(n.r.randint(0, 4) * 2 + (q.sex == 'm'))}"
        ad = n.dt(-60, -30)
        n.p("ID", chi).t(" | ").p("NAME", q.lf).t(" | ").p("DATE", _d(ad, "uk2")).t(" | ")
        n.p("DATE", _d(ad + timedelta(days=n.r.randint(0, 3)), "uk2")).t(" | ").c(f"{n.r.randint(14, 60)}h")
        n.t(" | ").c(str(n.r.randint(0, 8))).t(" | ").t(n.ch(["home", "HDU", "died", "rehab"])).t("\n")
        if pt is None:
            pt, dob, pc = q, db, chi
    n.t("\nExcluded: 1 (periprosthetic). Query to ").p("NAME", aud.fl).t(" by ").p("DATE", _d(d + timedelta(days=7), "sh"))
    n.t(". ").p("EMAIL", f"{aud.first.lower()}.{aud.last.lower().replace(' ', '')}@nhs.scot").t("\n")
    return n.build(_fhir(pt, dob, [("chi", pc)]))


def uk_security_wales(n: C) -> Note:
    d = n.dt(-2, 0)
    pt = n.pat("cy")
    dob, _ = n.dob(30, 85)
    hn = n.hosp()
    so1, so2, nurse = n.staff("cy"), n.staff("cy"), n.staff("cy")
    n.t("SECURITY / SWITCHBOARD OCCURRENCE LOG - Ysbyty Cwm Rhondda  ").t(_wd(d)).t(" ").p("DATE", _d(d, "uk"))
    n.t("\n22:41 Switch (").p("NAME", n.ini(so1)).t(") - call from Ward 3 ext ").p("PHONE", n.dig(4))
    n.t(": pt absconded, ").p("NAME", pt.LF).t(" ").p("ID", hn).t(", lacks capacity, DoLS in place.\n")
    n.t("22:44 Officers ").p("NAME", so1.fl).t(" & ").p("NAME", so2.fl).t(" to main entrance; ")
    n.t("CCTV cam 14 (").p("IP", f"10.{n.r.randint(20, 90)}.{n.r.randint(1, 250)}.{n.r.randint(2, 250)}")
    n.t(") shows pt leaving 22:31 towards bus stop.\n22:50 Police informed, log ").p("ID", n.dig(4) + " " + _d(d, "uk2").replace("/", ""))
    n.t(". Description given by N/C ").p("NAME", nurse.fl).t(".\n23:35 Pt located at home address ")
    st, pc = f"{n.r.randint(1, 80)} {n.ch(['Heol y Parc', 'Stryd Fawr', 'Tŷ Coch Terrace'])}", f"CF{n.r.randint(37, 47)} {n.dig(1)}RA"
    n.p("ADDRESS", st).t(", ").p("ADDRESS", n.ch(["Tonypandy", "Porth", "Treorchy"])).t(" ").p("ZIP", pc)
    n.t(" by police, returned by ambulance 00:20.\n")
    return n.build(_fhir(pt, dob, [("hospital", hn)], line=st, zip_=pc))


def uk_lost_property_ni(n: C) -> Note:
    d = n.dt(-6, 0)
    pt = n.pat("ni")
    dob, a = n.old()
    hc = _nhs(n.r)
    porter, nurse = n.staff("ni"), n.staff("ni")
    son = n.rel(pt, "m", keep=True)
    n.t("PATIENTS' PROPERTY - LOST / FOUND REPORT\nH&C No: ").p("ID", f"{hc[:3]} {hc[3:6]} {hc[6:]}")
    n.t("\nName: ").p("NAME", pt.fl).t("  DOB ").p("DATE", _d(dob, "uk")).t(" (")
    _age(n, a).t(")\nWard: 6 North   Date lost: ").p("DATE", _d(d, "dm")).t(" (transfer from ED)\n")
    n.t("Item: upper denture in pot, hearing aid (L) in blue case, wedding ring\n")
    n.t("Searched: ED resus, trolley bay, porters' lodge (").p("NAME", porter.fl).t(") - denture found ")
    n.p("DATE", _d(d + timedelta(days=1), "dm")).t(".\nReturned to son ").p("NAME", son.fl)
    n.t(" who signed for it, contact ").p("PHONE", f"028 {n.r.randint(7000, 9799)} {n.dig(4)}")
    n.t("\nHearing aid still missing - referred to audiology for replacement; patient advised re ")
    n.t("claims process.  Completed by ").p("NAME", nurse.fl).t(" (Band 5)\n")
    return n.build(_fhir(pt, dob, [("hcn", hc)]))


# ============================================================================ US templates
def us_capacity(n: C) -> Note:
    d = n.today
    hs = n.staff()
    n.t("CAPACITY HUDDLE 0730  ").p("DATE", _d(d, "us")).t("\nHouse supervisor: ").p("NAME", hs.fl)
    n.t(", RN, CCRN  pager ").p("PHONE", n.dig(4)).t("\nCensus 412/436. ED holds 17. Surge level 2.\n\n")
    n.t("ED boarders > 6h:\n")
    pt = None
    for _ in range(n.r.randint(3, 4)):
        q = n.pat()
        db, a = n.old()
        mrn = n.dig(8)
        md = n.staff()
        n.p("NAME", f"{q.last.upper()}, {q.first.upper()} {q.mid}").t("  MRN ").p("ID", mrn).t("  ")
        _age(n, a).t(q.sex.upper()).t(" - admit ").t(n.ch(["tele", "med-surg", "step-down", "ICU"]))
        n.t(", Dr. ").p("NAME", md.last).t(", hold ").t(str(n.r.randint(7, 30))).t("h\n")
        if pt is None:
            pt, dob, m0 = q, db, mrn
    tc = n.staff()
    n.t("\nTransfer center: 3 pending. Ref ").p("ID", "TC-" + n.dig(6)).t(" from outside hospital, ")
    n.t("accepted by ").t("Dr. ").p("NAME", f"{tc.first} {tc.last}").t(", ETA 1100.\nDischarges by noon: 22 goal.\n")
    return n.build(_fhir(pt, dob, [("MRN", m0)]))


def us_transport(n: C) -> Note:
    d = n.dt(1, 6)
    pt = n.pat()
    dob, _ = n.dob(40, 88)
    mid = f"{n.ch(['1', '2', '9'])}{n.dig(2)}{n.ch('ABCDEFGH')}{n.dig(5)}"
    cm = n.staff()
    city, stt = n.ch(US_CITY)
    st, z = f"{n.r.randint(100, 9999)} {n.ch(US_ST)}", us_zip(n, city)
    ph = us_phone(n)
    n.t("NEMT TRIP REQUEST\nConfirmation #: ").p("ID", n.dig(9)).t("\nMember: ").p("NAME", pt.fl)
    n.t("   DOB ").p("DATE", _d(dob, "us")).t("   Medicaid ID ").p("ID", mid).t("\nPick-up: ")
    n.p("ADDRESS", st).t(" Apt ").p("ADDRESS", str(n.r.randint(1, 40)) + n.ch("ABCD")).t(", ")
    n.p("ADDRESS", city).t(f", {stt} ").p("ZIP", z).t("\nPhone: ").p("PHONE", ph).t("\n")
    n.t("Trip date: ").p("DATE", _d(d, "us1")).t("  Appt 1:15 PM dialysis (TIW)\nLevel: wheelchair, ")
    n.t("O2 ").c("2L NC").t(", 1 attendant: ").p("NAME", n.rel(pt).first).t("\n")
    n.t("Requested by: ").p("NAME", cm.fl).t(", RN, CCM (case management) ").p("PHONE", us_phone(n))
    n.t(" x").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("medicaid", mid)], phone=ph, line=st, city=city, zip_=z))


def us_safety_event(n: C) -> Note:
    d = n.dt(-3, -1)
    pt = n.pat()
    dob, a = n.old()
    mrn, fin = n.dig(8), n.dig(10)
    rn, ph, mgr = n.staff(), n.staff(), n.staff()
    n.t("SAFETY EVENT REPORT #").p("ID", f"{d.year}-{n.dig(5)}").t("\nEvent date/time: ").p("DATE", _d(d, "us"))
    n.t(" 1415  Unit: 5 West\nType: Medication - wrong time/omission\nPatient: ").p("NAME", pt.lf)
    n.t("  MRN ").p("ID", mrn).t("  FIN ").p("ID", fin).t("  Age ")
    _age(n, a).t("\nSummary: Scheduled ").c("apixaban 5 mg").t(" not given 0900 - pt off unit in IR. ")
    n.t("Discovered at 1400 by ").p("NAME", rn.fl).t(", RN. Pharmacist ").p("NAME", ph.fl).t(", PharmD ")
    n.t("consulted; dose given 1420. No harm (NCC MERP C).\nAttending notified: Dr. ")
    n.p("NAME", n.staff().last).t(". Family (wife ").p("NAME", n.rel(pt, "f").first).t(") notified.\n")
    n.t("Follow-up: ").p("NAME", mgr.fl).t(", MSN, RN, Nurse Manager - due ").p("DATE", _d(d + timedelta(days=14), "us2"))
    n.t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_grievance(n: C) -> Note:
    d = n.today
    pt = n.pat()
    dob, _ = n.dob(30, 85)
    mrn = n.dig(8)
    pr = n.staff()
    city, stt = n.ch(US_CITY)
    st, z = f"{n.r.randint(100, 9999)} {n.ch(US_ST)}", us_zip(n, city)
    n.p("DATE", _d(d, "usl")).t("\n\n").p("NAME", f"{pt.first} {pt.mid}. {pt.last}").t("\n").p("ADDRESS", st)
    n.t("\n").p("ADDRESS", city).t(f", {stt} ").p("ZIP", z).t("\n\nRE: Grievance #").p("ID", "G" + n.dig(6))
    n.t(" (MRN ").p("ID", mrn).t(")\n\nDear ").t(f"{'Mr.' if pt.sex == 'm' else 'Ms.'} ").p("NAME", f"{pt.last}")
    n.t(":\n\nWe received your grievance on ").p("DATE", _d(n.dt(-9, -7), "usl")).t(" regarding your ")
    n.t("wait in the Emergency Department on ").p("DATE", _d(n.dt(-14, -11), "usl"))
    n.t(" and the billing statement dated ").p("DATE", _d(n.dt(-30, -20), "us")).t(" (")
    n.p("URL", f"https://pay.mercyvalley.org/?acct={n.dig(9)}").t("). We reviewed ")
    n.t("records and interviewed staff, including the charge nurse, ").p("NAME", n.staff().fl)
    n.t(", RN. The statement has been placed on hold.\n\nIf you are not satisfied you may contact the ")
    n.t("state survey agency or the Joint Commission.\n\nSincerely,\n").p("NAME", pr.fl)
    n.t("\nPatient Advocate  ").p("PHONE", us_phone(n)).t("  ").p("EMAIL", f"{pr.first[0].lower()}{pr.last.lower().replace(' ', '')}@mercyvalley.org")
    n.t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)], line=st, city=city, zip_=z))


def us_roi(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(25, 80)
    mrn = n.dig(7)
    ssn = f"{n.r.randint(100, 665)}-{n.dig(2)}-{n.dig(4)}"
    att, roi = n.staff(), n.staff()
    city, stt = n.ch(US_CITY)
    n.t("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\nPatient: ").p("NAME", pt.fl)
    n.t("  DOB: ").p("DATE", _d(dob, "us")).t("  SSN: ").p("SSN", ssn).t("  MRN: ").p("ID", mrn)
    n.t("\nRelease to: Law Offices of ").p("NAME", att.last).t(" & Reyes-Hart, ").p("ADDRESS", f"{n.r.randint(100, 999)} {n.ch(US_ST)}, Ste {n.r.randint(100, 900)}")
    n.t(", ").p("ADDRESS", city).t(f", {stt} ").p("ZIP", us_zip(n, city)).t("  Fax ").p("PHONE", us_phone(n))
    n.t("\nInformation: ED records, imaging, billing - dates of service ").p("DATE", _d(n.dt(-200, -150), "us2"))
    n.t(" through ").p("DATE", _d(n.dt(-140, -100), "us2")).t("\nExcludes: psychotherapy notes, SUD (42 CFR Part 2)\n")
    n.t("Expires: ").p("DATE", _d(n.dt(300, 365), "us")).t("   Signed: ").p("NAME", pt.first.lower() + " " + pt.last.lower())
    n.t(" (e-sig) ").p("DATE", _d(n.dt(-5, -2), "us")).t("\n---\nHIM use: logged ").p("DATE", _d(n.today, "md"))
    n.t(" by ").p("NAME", roi.fl).t(", RHIT, ROI Specialist; portal ")
    n.p("URL", f"https://roi.mercyvalley.org/requests/{n.dig(7)}").t("; invoice $").c("6.50").t(" per CD.\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("ssn", ssn)]))


def us_attorney(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(20, 70)
    att, adj = n.staff(), n.staff()
    city, stt = n.ch(US_CITY)
    n.p("NAME", att.last.upper()).t(" LAW GROUP, PLLC\n").p("ADDRESS", f"{n.r.randint(10, 999)} {n.ch(US_ST)}")
    n.t(" | ").p("ADDRESS", city).t(f", {stt} ").p("ZIP", us_zip(n, city)).t(" | ").p("PHONE", us_phone(n))
    n.t("\n\n").p("DATE", _d(n.today, "uss")).t("\n\nVIA FAX: Health Information Management\n\n")
    n.t("Re: Our client: ").p("NAME", f"{pt.first} {pt.mid}. {pt.last}").t("\n    DOB: ").p("DATE", _d(dob, "us1"))
    n.t("\n    Date of loss: ").p("DATE", _d(n.dt(-120, -60), "us1")).t("\n    Claim No.: ").p("ID", f"{n.dig(2)}-{n.dig(7)}-{n.dig(2)}")
    n.t("\n\nPlease be advised this office represents the above client for injuries sustained in a ")
    n.t("motor vehicle collision. Enclosed is a HIPAA-compliant authorization. Kindly forward a ")
    n.t("certified copy of all records and itemized billing. The adjuster, ").p("NAME", adj.fl)
    n.t(" (").p("EMAIL", f"{adj.first.lower()}.{adj.last.lower().replace(' ', '')}@statewideins.com")
    n.t("), has requested the same.\n\nVery truly yours,\n").p("NAME", att.fl).t(", Esq.\n")
    n.t("Paralegal: ").p("NAME", n.staff().first).t(" ext. ").p("PHONE", n.dig(3)).t("\n")
    return n.build(_fhir(pt, dob, []))


def us_mm(n: C) -> Note:
    d = n.dt(-10, -3)
    pt = n.pat()
    dob, a = n.old()
    mrn = n.dig(8)
    res, att, chief = n.staff(), n.staff(), n.staff()
    n.t("Department of Medicine M&M - ").p("DATE", _d(d, "usl")).t(" (peer review privileged)\n")
    n.t("Moderator: ").p("NAME", f"{chief.first} {chief.last}").t(", MD   Presenter: ").p("NAME", res.fl)
    n.t(", MD (PGY-3)\nCase: ").p("NAME", f"{pt.last}, {pt.first} {pt.mid}").t(" MRN ").p("ID", mrn).t(" ")
    _age(n, a).t("yo ").t("admitted ").p("DATE", _d(d - timedelta(days=40), "us2")).t(" w/ UGIB, Hgb ")
    n.c("6.2").t(", transfused ").c("2 u PRBC").t(". Rapid response ").p("DATE", _d(d - timedelta(days=38), "md"))
    n.t(", EGD delayed over weekend. Expired ").p("DATE", _d(d - timedelta(days=37), "md")).t(".\n")
    n.t("Attending of record: Dr. ").p("NAME", att.last).t(".\nDiscussion: GI call schedule gap; ")
    n.t("massive transfusion criteria not met. Classification: system issue, preventable - possibly.\n")
    n.t("Actions: (1) weekend GI on-call escalation pathway - ").p("NAME", n.ini(att)).t("; (2) RCA referral - ")
    n.p("NAME", n.ini(chief)).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_security(n: C) -> Note:
    d = n.dt(-1, 0)
    pt = n.pat(sex="m")
    dob, _ = n.dob(20, 60)
    mrn = n.dig(8)
    o1, o2, pd = n.staff(), n.staff(), n.staff()
    n.t("PUBLIC SAFETY DAILY ACTIVITY LOG  ").p("DATE", _d(d, "us")).t("\n")
    n.t("0214  Code Gray ED rm 22. Ofc. ").p("NAME", o1.last).t(" #").p("ID", n.dig(3)).t(" and Ofc. ")
    n.p("NAME", o2.last).t(" #").p("ID", n.dig(3)).t(" resp. Pt ").p("NAME", pt.LF).t(" (MRN ").p("ID", mrn)
    n.t(") verbally aggressive, struck RN ").p("NAME", n.staff().fl).t(". Restraints per MD order.\n")
    n.t("0240  PD notified, Officer ").p("NAME", pd.fl).t(" badge ").p("ID", n.dig(4)).t(", report # ")
    n.p("ID", f"{str(d.year)[2:]}-{n.dig(6)}").t(".\n0410  Visitor ").p("NAME", n.pat().fl).t(" trespass-warned, escorted off campus.\n")
    n.t("0600  Badge access audit: door 3S-114 reader ").p("IP", f"172.{n.r.randint(16, 31)}.{n.r.randint(0, 255)}.{n.r.randint(2, 254)}")
    n.t(" offline - ticket to facilities.\nSupervisor: ").p("NAME", n.ini(o1)).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_chaplain(n: C) -> Note:
    d = n.today
    ch1, ch2 = n.staff(), n.staff()
    n.t("SPIRITUAL CARE - weekly on-call rota w/c ").p("DATE", _d(d, "md")).t("\n")
    n.t("Mon-Wed  Chaplain ").p("NAME", ch1.fl).t(", MDiv, BCC  pager ").p("PHONE", n.dig(4)).t("\n")
    n.t("Thu-Sun  Chaplain ").p("NAME", ch2.fl).t(", MDiv  pager ").p("PHONE", n.dig(4)).t("\n")
    v1, v2 = n.staff(), n.staff()
    n.t("Volunteers (Eucharistic ministers): ").p("NAME", v1.fl).t(" (Tue), ").p("NAME", v2.fl).t(" (Sat)\n\n")
    n.t("Open referrals:\n")
    pt = None
    for _ in range(3):
        q = n.pat()
        db, _a = n.old()
        mrn = n.dig(8)
        n.t("- ").p("NAME", f"{q.first} {q.last}").t(", MRN ").p("ID", mrn).t(", 6W-").t(str(n.r.randint(10, 40)))
        n.t(" - ").t(n.ch(["comfort care, family requests Catholic sacrament of the sick",
                          "pre-op anxiety, requests rabbi", "end of life, son "]))
        if n.b.parts[-1].endswith("son "):
            n.p("NAME", n.rel(q, "m").first).t(" flying in from ").p("ADDRESS", n.ch(US_CITY)[0])
        n.t("\n")
        if pt is None:
            pt, dob, m0 = q, db, mrn
    return n.build(_fhir(pt, dob, [("MRN", m0)]))


def us_cdi(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(45, 88)
    mrn, fin = n.dig(8), n.dig(10)
    cdi, md = n.staff(), n.staff()
    adm = n.dt(-5, -2)
    n.t("CDI QUERY (concurrent)  ").p("DATE", _d(n.today, "us")).t("\nTo: ").p("NAME", f"{md.first} {md.last}")
    n.t(", DO   From: ").p("NAME", cdi.fl).t(", RN, CCDS  ext ").p("PHONE", n.dig(5)).t("\nPt: ")
    n.p("NAME", f"{pt.last.upper()}, {pt.first.upper()}").t("  MRN ").p("ID", mrn).t("  FIN ").p("ID", fin)
    n.t("  Adm ").p("DATE", _d(adm, "us2")).t("\nClinical indicators: Na ").c("124").t(" on ")
    n.p("DATE", _d(adm, "md")).t(", ").c("119").t(" on ").p("DATE", _d(adm + timedelta(days=1), "md"))
    n.t("; ").c("3% saline 150 mL").t(" given; neuro checks q2h.\nBased on your clinical judgment, please ")
    n.t("clarify: [ ] hyponatremia [ ] SIADH [ ] other [ ] unable to determine\nResponse: SIADH - ")
    n.p("NAME", n.ini(md)).t(" ").p("DATE", _d(n.today, "md")).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


# ============================================================================ AU templates
def au_flow(n: C) -> Note:
    d = n.today
    num = n.staff()
    n.t("PATIENT FLOW MEETING 0830 ").p("DATE", _d(d, "dmy")).t("  NUM: ").p("NAME", num.fl).t(" ")
    n.p("PHONE", au_mob(n)).t("\nNEAT today ").c("61%").t(". ED occupancy 118%. Ambulance offload delays x4.\n")
    n.t("UR      | Name            | Age | EDD   | Barrier\n")
    pt = None
    for _ in range(n.r.randint(3, 5)):
        q = n.pat()
        db, a = n.old()
        ur = n.dig(7)
        n.p("ID", ur).t(" | ").p("NAME", q.LF).t(" | ")
        _age(n, a).t(" | ").p("DATE", _d(n.dt(0, 5), "dm")).t(" | ")
        n.t(n.ch(["awaiting ACAT", "NDIS funding", "RACF bed offer", "SNF transfer", "TCP start"])).t("\n")
        if pt is None:
            pt, dob, u0 = q, db, ur
    n.t("Long stay review > 21 days: ").t(f"{pt.title} ").p("NAME", f"{pt.last}").t(" - escalate to ")
    n.p("NAME", n.staff().fl).t(" (Director Nursing) ").p("PHONE", au_land(n)).t("\n")
    return n.build(_fhir(pt, dob, [("UR", u0)]))


def au_riskman(n: C) -> Note:
    d = n.dt(-5, -1)
    pt = n.pat()
    dob, a = n.old()
    ur, mc = n.dig(7), _medicare(n.r)
    rn, num = n.staff(), n.staff()
    n.t("RiskMan ID ").p("ID", n.dig(6)).t("   Incident date ").p("DATE", _d(d, "uk")).t("\n")
    n.t("Person affected: ").p("NAME", pt.LF).t("  UR ").p("ID", ur).t("  Medicare ").p("ID", f"{mc[:4]} {mc[4:9]} {mc[9]}")
    n.t("  Age ")
    _age(n, a).t("\nType: Pressure injury, stage 2, sacrum - hospital acquired\nSAC (initial): 3\n")
    n.t("Detail: Braden ").c("12").t(" on admission ").p("DATE", _d(d - timedelta(days=6), "dm"))
    n.t(", repositioning chart gaps overnight. Found at skin check by ").p("NAME", rn.fl).t(" (RN).\n")
    dau = n.rel(pt, "f")
    n.t("Open disclosure: daughter ").p("NAME", dau.fl).t(" informed ").p("DATE", _d(d, "shm"))
    n.t(", mob ").p("PHONE", au_mob(n)).t(".\nManager review: ").p("NAME", num.fl).t(" (NUM) - closed pending ")
    n.t("wound CNC review. Initials: ").p("NAME", n.ini(num)).t("\n")
    return n.build(_fhir(pt, dob, [("UR", ur), ("medicare", mc)]))


def au_foi(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(25, 75)
    ur = n.dig(7)
    off = n.staff()
    sub, stt, pc = n.ch(AU_SUB)
    st = f"{n.r.randint(1, 30)}/{n.r.randint(1, 200)} {n.ch(AU_ST)}"
    em = f"{pt.first.lower()}.{pt.last[0].lower()}{n.dig(2)}@bigpond.com"
    n.t("ACCESS TO HEALTH INFORMATION - application received ").p("DATE", _d(n.dt(-4, 0), "sh"))
    n.t("\nApplicant: ").p("NAME", f"{pt.first} {pt.last}").t(" (self)   DOB ").p("DATE", _d(dob, "uk"))
    n.t("\nUR ").p("ID", ur).t("\nPostal: ").p("ADDRESS", st).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pc)
    n.t("\nEmail: ").p("EMAIL", em).t("   Ph ").p("PHONE", au_mob(n)).t("\nScope: ").t("all records from ")
    n.p("DATE", _d(n.dt(-500, -400), "sh")).t(" admission (ortho) incl. imaging on CD\n")
    n.t("Fee: $").c("30.00").t(" paid (receipt ").p("ID", "R" + n.dig(7)).t(")\nID sighted: NSW driver licence.\n")
    n.t("Released via ").p("URL", f"https://share.health.nsw.gov.au/s/{n.dig(4)}{n.ch(['Qx', 'kT', 'Zp'])}{n.dig(3)}")
    n.t("\nDecision due ").p("DATE", _d(n.dt(20, 25), "uk")).t(". Officer: ").p("NAME", off.fl).t(", HIM\n")
    return n.build(_fhir(pt, dob, [("UR", ur)], line=st, city=sub, zip_=pc))


def au_tis(n: C) -> Note:
    d = n.dt(1, 10)
    pt = n.pat("au")
    dob, _ = n.dob(30, 85)
    ur = n.dig(7)
    bk = n.staff()
    n.t("Interpreter booking (TIS National on-site) - Job no. ").p("ID", n.dig(8)).t("\n")
    n.t("Client: ").p("NAME", pt.fl).t("   UR ").p("ID", ur).t("   DOB ").p("DATE", _d(dob, "dmy"))
    lang = n.ch(["Greek", "Italian", "Arabic (Lebanese)", "Vietnamese", "Dari", "Mandarin"])
    n.t(f"\nLanguage: {lang}\nWhen: ").t(_wd(d)).t(" ").p("DATE", _d(d, "sh")).t(" 1030, Pre-admission clinic\n")
    n.t("Booked by: ").p("NAME", bk.first).t(" (PAC admin) ext ").p("PHONE", n.dig(4)).t("\n")
    n.t("Note: family prefer ").p("NAME", n.rel(pt, "f", keep=True).first).t(" (niece) NOT to interpret for consent. ")
    n.t("Pt phone ").p("PHONE", au_land(n)).t(".\n")
    return n.build(_fhir(pt, dob, [("UR", ur)]))


def au_police(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(18, 65)
    ur = n.dig(7)
    cst, him = n.staff(), n.staff()
    sub, stt, pc = n.ch(AU_SUB)
    n.t("REQUEST FOR INFORMATION - POLICE (s.").t(n.ch(["151", "161"])).t(")\nReceived: ")
    n.p("DATE", _d(n.dt(-3, 0), "uk")).t("\nOfficer: Senior Constable ").p("NAME", cst.fl).t(" Reg ").p("ID", n.dig(6))
    n.t("  ").p("PHONE", au_land(n)).t("\nQPRIME / event no: ").p("ID", "QP" + n.dig(10)).t("\n")
    n.t("Patient: ").p("NAME", pt.LF).t("  DOB ").p("DATE", _d(dob, "uk")).t("  UR ").p("ID", ur)
    n.t("\nAddress on file: ").p("ADDRESS", f"{n.r.randint(1, 99)} {n.ch(AU_ST)}").t(", ").p("ADDRESS", sub)
    n.t(f" {stt} ").p("ZIP", pc).t("\nRequest: BAC result + time of collection, ED ").p("DATE", _d(n.dt(-10, -4), "shm"))
    n.t(".\nOutcome: released (BAC ").c("0.11").t(") per legislation, pt notified. HIM officer ")
    n.p("NAME", him.fl).t(" - ").p("NAME", n.ini(him, lower=True)).t("\n")
    return n.build(_fhir(pt, dob, [("UR", ur)]))


def au_volunteer(n: C) -> Note:
    d = n.today
    co = n.staff()
    n.t("Pastoral care & volunteer roster - fortnight from ").p("DATE", _d(d, "shm")).t("\nCoordinator: ")
    n.p("NAME", co.fl).t(" ").p("PHONE", au_land(n)).t(" / ").p("EMAIL", f"{co.first.lower()}.{co.last.lower().replace(' ', '')}@health.nsw.gov.au")
    n.t("\nMon  ").p("NAME", n.staff().fl).t(" (Uniting)   Wed  ").p("NAME", n.staff().fl).t(" (Catholic)\n")
    n.t("Fri  ").p("NAME", n.staff().fl).t(" (Greek Orthodox, Fr.)\n\nVisit requests:\n")
    pt = None
    for _ in range(3):
        q = n.pat()
        db, a = n.old()
        ur = n.dig(7)
        n.t("- ").p("NAME", f"{q.first[0]}. {q.last}").t(" UR ").p("ID", ur).t(" (")
        _age(n, a).t(") Ward 4B - ").t(n.ch(["lives alone, no visitors", "wife ", "requests communion"]))
        if n.b.parts[-1] == "wife ":
            n.p("NAME", n.rel(q, "f", keep=True).first).t(" in RACF")
        n.t("\n")
        if pt is None:
            pt, dob, u0 = q, db, ur
    return n.build(_fhir(pt, dob, [("UR", u0)]))


# ============================================================================ CA templates
def ca_alc_on(n: C) -> Note:
    d = n.today
    n.t("ALC / PATIENT FLOW REPORT  ").p("DATE", _d(d, "iso")).t("\n")
    pt = None
    for _ in range(n.r.randint(3, 4)):
        q = n.pat("ca")
        db, a = n.old()
        oh = n.dig(10)
        vc = n.ch(["AB", "KL", "MX", "TR"])
        n.p("NAME", q.LF).t("  OHIP ").p("ID", f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}").t("  ")
        _age(n, a).t("  ALC since ").p("DATE", _d(n.dt(-60, -5), "uss")).t(" - ")
        n.t(n.ch(["LTC crisis list", "convalescent care", "retirement home + HCCSS", "rehab bed"])).t("\n")
        if pt is None:
            pt, dob, o0 = q, db, f"{oh}{vc}"
    hc = n.staff("ca")
    n.t("\nHCCSS care coordinator: ").p("NAME", hc.fl).t(" ").p("PHONE", ca_phone(n, "905")).t(" ext. ")
    n.p("PHONE", n.dig(4)).t("\nMRP for ").p("NAME", pt.last.upper()).t(": Dr. ").p("NAME", n.staff("ca").last)
    n.t("\n")
    return n.build(_fhir(pt, dob, [("OHIP", o0)]))


def ca_patient_relations_bc(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(30, 88)
    phn = _phn(n.r)
    pcqo = n.staff("ca")
    comp = n.rel(pt, "f")
    n.t("Patient Care Quality Office - file ").p("ID", "PCQO-" + n.dig(5)).t("\nOpened ").p("DATE", _d(n.dt(-20, -15), "uss"))
    n.t(" | 30 business-day target ").p("DATE", _d(n.dt(20, 25), "uss")).t("\nPatient: ").p("NAME", pt.fl)
    n.t("  PHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("  DOB ").p("DATE", _d(dob, "iso"))
    n.t("\nComplainant: ").p("NAME", comp.fl).t(" (daughter) ").p("PHONE", ca_phone(n, "250"))
    n.t("\nIssue: discharge from Kelowna General ").p("DATE", _d(n.dt(-30, -25), "usm")).t(" at 2300 without ")
    n.t("walker; readmitted next day with fall.\nContacts: unit manager ").p("NAME", n.staff("ca").fl)
    n.t("; hospitalist Dr. ").p("NAME", n.staff("ca").last).t("\nStatus: response letter drafted ").p("DATE", _d(n.today, "usm"))
    n.t(" - ").p("NAME", pcqo.fl).t(", Patient Care Quality Officer\n")
    return n.build(_fhir(pt, dob, [("PHN", phn)]))


def ca_wcb_ab(n: C) -> Note:
    pt = n.pat("ca", "m")
    dob, _ = n.dob(20, 64)
    uli = _luhn_ok(str(n.r.randint(1, 9)) + n.dig(7))
    adj = n.staff("ca")
    city, prov, fsa = CA_CITY[3]
    st, pc = f"{n.r.randint(10, 9999)} {n.r.randint(40, 70)} Ave", ca_pc(n, fsa)
    n.t("WCB-Alberta\n").p("DATE", _d(n.today, "usl")).t("\n\nHealth Records, Central Zone\n\n")
    n.t("Claim #: ").p("ID", n.dig(7)).t("\nWorker: ").p("NAME", pt.LF).t("\nULI: ").p("ID", f"{uli[:5]}-{uli[5:]}")
    n.t("   DOB: ").p("DATE", _d(dob, "uss")).t("\nAddress: ").p("ADDRESS", st).t(", ").p("ADDRESS", city)
    n.t(f", {prov} ").p("ZIP", pc).t("\nDate of accident: ").p("DATE", _d(n.dt(-60, -30), "uss"))
    n.t("\n\nPlease provide the emergency record, x-ray reports and any OR notes for the above worker. ")
    n.t("Consent on file (C060). Invoice per Physician Fee Schedule.\n\nAdjudicator: ").p("NAME", adj.fl)
    n.t("\nTel ").p("PHONE", ca_phone(n, "780")).t("  Fax ").p("PHONE", ca_phone(n, "780")).t("\n")
    return n.build(_fhir(pt, dob, [("ULI", uli)], line=st, city=city, zip_=pc))


def ca_valuables_mb(n: C) -> Note:
    pt = n.pat("ca")
    dob, a = n.old()
    phin = n.dig(9)
    sec, rn = n.staff("ca"), n.staff("ca")
    n.t("PATIENT VALUABLES / LOST & FOUND - Brandon Regional\nDate: ").p("DATE", _d(n.dt(-3, 0), "uss"))
    n.t("  Envelope #").p("ID", "V" + n.dig(5)).t("\nPatient: ").p("NAME", f"{pt.first} {pt.mid}. {pt.last}")
    n.t("  PHIN ").p("ID", phin).t("  Age ")
    _age(n, a).t("\nItems: wallet ($").c("85").t(" cash), MB health card, house keys, cell phone\n")
    n.t("Received by security: ").p("NAME", sec.fl).t("   Witness: ").p("NAME", rn.fl).t(", RN\n")
    n.t("Released to: spouse ").p("NAME", n.rel(pt, keep=True).fl).t(" on ").p("DATE", _d(n.dt(1, 4), "usm"))
    n.t(", ID checked. Phone ").p("PHONE", ca_phone(n, "204")).t("\n")
    return n.build(_fhir(pt, dob, [("PHIN", phin)]))


def ca_criticall_on(n: C) -> Note:
    d = n.today
    pt = n.pat("ca")
    dob, a = n.old()
    oh = n.dig(10)
    vc = n.ch(["XY", "HG", "PQ"])
    md1, md2, cc = n.staff("ca"), n.staff("ca"), n.staff("ca")
    n.t("CritiCall Ontario - referral ").p("ID", n.dig(7)).t("  ").p("DATE", _d(d, "iso")).t(" 02:14\n")
    n.t("Pt: ").p("NAME", f"{pt.last.upper()}, {pt.first.upper()}").t(" OHIP ").p("ID", f"{oh} {vc}").t(" ")
    _age(n, a).t(pt.sex.upper()).t("\nReferring: Dr. ").p("NAME", md1.fl).t(", Sudbury ED ").p("PHONE", ca_phone(n, "705"))
    n.t("\nDx: STEMI, lytics given 01:40 (").c("tenecteplase 40 mg").t(")\nAccepting: Dr. ").p("NAME", md2.fl)
    n.t(" (interventional)\nOrnge transport req ").p("ID", "T" + n.dig(7)).t(", ETA 04:00. Family: son ")
    n.p("NAME", n.rel(pt, "m", keep=True).first).t(" driving, cell ").p("PHONE", ca_phone(n, "705"))
    n.t("\nCall taker: ").p("NAME", cc.first).t("\n")
    return n.build(_fhir(pt, dob, [("OHIP", oh + vc)]))


def ca_roi_ns(n: C) -> Note:
    pt = n.pat("ca")
    dob, _ = n.dob(25, 80)
    hcn = n.dig(10)
    off = n.staff("ca")
    city, prov, fsa = CA_CITY[5]
    st, pc = f"{n.r.randint(1, 999)} {n.ch(CA_ST)}", ca_pc(n, fsa)
    n.t("Nova Scotia Health - Release of Information request\nReq #").p("ID", n.dig(6))
    n.t("  Rec'd ").p("DATE", _d(n.dt(-5, 0), "dmon")).t("\nPatient: ").p("NAME", pt.fl).t("  HCN ").p("ID", f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}")
    n.t("  DOB ").p("DATE", _d(dob, "dmon")).t("\nRequester: insurer (life) - ").p("NAME", n.staff("ca").fl)
    n.t(", underwriting, ").p("PHONE", "1-800-" + n.dig(3) + "-" + n.dig(4)).t("\nMail copy to patient at: ")
    n.p("ADDRESS", st).t(", ").p("ADDRESS", city).t(f", {prov} ").p("ZIP", pc).t("\nRecords: ")
    n.t("clinic notes + labs since 2021\nProcessed by ").p("NAME", off.fl).t(" - ").p("NAME", n.ini(off, lower=True))
    n.t("\n")
    return n.build(_fhir(pt, dob, [("HCN", hcn)], line=st, city=city, zip_=pc))


# ============================================================================ IE templates
def ie_nims(n: C) -> Note:
    d = n.dt(-4, -1)
    pt = n.pat("ie")
    dob, a = n.old()
    mrn = n.dig(7)
    cnm, sn = n.staff("ie"), n.staff("ie")
    n.t("NIMS incident ").p("ID", "IE" + n.dig(7)).t("   Date ").p("DATE", _d(d, "dot")).t("\n")
    n.t("Patient: ").p("NAME", pt.fl).t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", _d(dob, "dot")).t(" (")
    _age(n, a).t(")\nCategory: Absconsion / missing patient - dementia\nDetails: Pt left St Finbarr's ward ")
    n.t("~15:20, found by Garda at Kent station 16:05. Returned unharmed. NEWS ").c("1").t(".\n")
    n.t("Reported by: ").p("NAME", sn.fl).t(", SN. CNM2 ").p("NAME", cnm.fl).t(" informed; NOK ")
    n.p("NAME", n.rel(pt).fl).t(" phoned ").p("PHONE", ie_mob(n)).t(".\nReview by ").p("DATE", _d(d + timedelta(days=7), "ordm"))
    n.t(". Signed ").p("NAME", n.ini(cnm)).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def ie_foi(n: C) -> Note:
    pt = n.pat("ie")
    dob, _ = n.dob(25, 80)
    mrn, pps = n.dig(7), _ppsn(n.r)
    off = n.staff("ie")
    town, co, ek = n.ch(IE_TOWN)
    st, eir = f"{n.r.randint(1, 60)} {n.ch(IE_ST)}", ie_eir(n, ek)
    n.t("FOI / Data Access Request - ref ").p("ID", f"FOI-{str(n.today.year)[2:]}-{n.dig(4)}").t("\n")
    n.t("Date received: ").p("DATE", _d(n.dt(-3, 0), "ord")).t("\nRequester: ").p("NAME", pt.fl).t("\nDOB: ")
    n.p("DATE", _d(dob, "uk")).t("   PPSN: ").p("SSN", pps).t("   MRN: ").p("ID", mrn).t("\nAddress: ")
    n.p("ADDRESS", st).t(", ").p("ADDRESS", town).t(f", {co} ").p("ZIP", eir).t("\nRecords sought: maternity ")
    n.t("chart, birth of son ").p("NAME", n.rel(pt, "m", keep=True).first).t(" ").p("DATE", _d(n.dt(-800, -500), "dot"))
    n.t("\nDecision due (4 weeks): ").p("DATE", _d(n.dt(25, 28), "uk")).t("\nDecision maker: ").p("NAME", off.fl)
    n.t(", FOI Officer  ").p("EMAIL", f"{off.first.lower().replace('á', 'a').replace('í', 'i').replace('é', 'e').replace('ó', 'o').replace('ú', 'u')}.foi@hse.ie")
    n.t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("PPSN", pps)], line=st, city=town, zip_=eir))


def ie_garda(n: C) -> Note:
    pt = n.pat("ie", "m")
    dob, _ = n.dob(18, 60)
    mrn = n.dig(7)
    g, mgr = n.staff("ie"), n.staff("ie")
    town, _co, _ek = n.ch(IE_TOWN)
    n.t("Garda request for information\nGarda ").p("NAME", g.fl).t(", ").t(town).t(" Garda Station, reg no. ")
    n.p("ID", n.dig(5) + n.ch("ABCDEFGH")).t("\nPULSE incident: ").p("ID", n.dig(8)).t("\nRe: ").p("NAME", pt.lf)
    n.t(", DOB ").p("DATE", _d(dob, "uk")).t(", MRN ").p("ID", mrn).t("\nRequest: confirm attendance ED ")
    n.p("DATE", _d(n.dt(-6, -2), "dot")).t(" and injuries (RTC). Signed patient consent: attached.\n")
    n.t("Response sent ").p("DATE", _d(n.today, "ordm")).t(" by ").p("NAME", mgr.fl).t(", Health Records Manager, ")
    n.p("PHONE", f"(0{n.ch(['65', '66', '22', '46'])}) {n.dig(3)} {n.dig(4)}").t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def ie_trolley_huddle(n: C) -> Note:
    d = n.today
    bm = n.staff("ie")
    n.t("Bed management huddle ").t(_wd(d, True)).t(" ").p("DATE", _d(d, "ord")).t("\n")
    n.t("Bed manager: ").p("NAME", bm.fl).t(" (").p("PHONE", ie_mob(n)).t(")\nTrolleyGAR 08:00: ").c("34")
    n.t(" on trolleys (ED 22, wards 12)\nAdmitted pts waiting > 24h:\n")
    pt = None
    for _ in range(n.r.randint(3, 4)):
        q = n.pat("ie")
        db, a = n.old()
        mrn = n.dig(7)
        n.p("NAME", f"{q.last.upper()} {q.first}").t(" - ").p("ID", mrn).t(" - ")
        _age(n, a).t("y - DTA ").p("DATE", _d(n.dt(-2, -1), "dm")).t(" - ").t(n.ch(["medical", "surgical", "ortho"])).t("\n")
        if pt is None:
            pt, dob, m0 = q, db, mrn
    n.t("Delayed transfers of care: 19 (NHSS/Fair Deal 11, home support 6).\nAction: ")
    n.p("NAME", n.ini(bm)).t(" to escalate to ").p("NAME", n.staff("ie").fl).t(" (GM).\n")
    return n.build(_fhir(pt, dob, [("MRN", m0)]))


# ============================================================================ NZ templates
def nz_hdc(n: C) -> Note:
    pt = n.pat("nz")
    dob, _ = n.dob(30, 85)
    nhi = _nhi(n.r)
    cm, mgr = n.staff("nz"), n.staff("nz")
    sub, city, pc = n.ch(NZ_SUB)
    st = f"{n.r.randint(1, 200)} {n.ch(NZ_ST)}"
    n.p("DATE", _d(n.today, "long")).t("\n\n").t(f"{pt.title} ").p("NAME", f"{pt.fl}").t("\n").p("ADDRESS", st)
    n.t("\n").p("ADDRESS", sub).t("\n").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\nKia ora ")
    n.p("NAME", pt.first).t("\n\nRe: HDC complaint ").p("ID", f"C{str(n.today.year)[2:]}HDC{n.dig(5)}")
    n.t(" (NHI ").p("ID", nhi).t(")\n\nThe Health and Disability Commissioner has asked us to respond to your ")
    n.t("complaint about the delay to your surgery booked ").p("DATE", _d(n.dt(-120, -90), "long")).t(". ")
    n.t("Our review found the list was cancelled twice due to acute demand. Your surgery is now booked for ")
    n.p("DATE", _d(n.dt(20, 40), "long")).t(".\n\nPlease contact ").p("NAME", cm.fl).t(", Consumer Liaison, on ")
    n.p("PHONE", f"(0{n.ch('3479')}) {n.dig(3)} {n.dig(4)}").t(".\n\nNgā mihi\n").p("NAME", mgr.fl)
    n.t("\nGroup Manager, Surgical Services\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)], line=st, city=city, zip_=pc))


def nz_travel(n: C) -> Note:
    pt = n.pat("nz")
    dob, _ = n.dob(20, 85)
    nhi = _nhi(n.r)
    co = n.staff("nz")
    sub, city, pc = n.ch(NZ_SUB)
    st = f"{n.r.randint(1, 9)}/{n.r.randint(1, 150)} {n.ch(NZ_ST)}"
    mob = nz_mob(n)
    n.t("NATIONAL TRAVEL ASSISTANCE - claim\nNHI: ").p("ID", nhi).t("   Name: ").p("NAME", f"{pt.last.upper()}, {pt.first}")
    n.t("\nDOB: ").p("DATE", _d(dob, "dmy")).t("   Ph: ").p("PHONE", mob).t("\nHome: ").p("ADDRESS", st)
    n.t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\nSpecialist appt: ")
    n.p("DATE", _d(n.dt(-10, -3), "sh")).t(" - renal, ").c("312").t(" km return; support person ")
    n.p("NAME", n.rel(pt, keep=n.r.random() < 0.5).fl).t(" (whānau) eligible.\nAccommodation: 1 night ")
    n.t("(Ronald McDonald? n/a). Bank acct on file.\nApproved by ").p("NAME", co.fl).t(", NTA coordinator, ")
    n.p("DATE", _d(n.today, "dmy")).t("\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)], phone=mob, line=st, city=city, zip_=pc))


def nz_privacy(n: C) -> Note:
    pt = n.pat("nz")
    dob, _ = n.dob(20, 75)
    nhi = _nhi(n.r)
    off = n.staff("nz")
    n.t("Privacy Act 2020 - IPP6 request\nReceived ").p("DATE", _d(n.dt(-4, 0), "uk")).t(" via ")
    n.p("EMAIL", f"{pt.first.lower().replace('ā', 'a').replace('ē', 'e').replace('ū', 'u')}{n.dig(3)}@xtra.co.nz")
    n.t("\nRequester: ").p("NAME", pt.fl).t("  NHI ").p("ID", nhi).t("  DOB ").p("DATE", _d(dob, "uk"))
    n.t("\nRequest: copy of mental health notes ").p("DATE", _d(n.dt(-400, -300), "sh")).t(" - ")
    n.p("DATE", _d(n.dt(-250, -200), "sh")).t("\nWithholding (s.49): info about sister ").p("NAME", n.rel(pt, "f").first)
    n.t(" supplied in confidence. Clinician review by Dr ").p("NAME", n.staff("nz").last).t(".\n")
    n.t("Due (20 working days): ").p("DATE", _d(n.dt(25, 30), "uk")).t("   Privacy officer: ").p("NAME", off.fl)
    n.t(" ").p("PHONE", nz_mob(n)).t("\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)]))


# ============================================================================ SG / AE / KE / MT
def sg_bmu(n: C) -> Note:
    d = n.today
    n.t("BED MANAGEMENT UNIT - 0900 report ").p("DATE", _d(d, "dmon")).t("\nBMU MO on duty: Dr ")
    mo = n.staff("sg")
    n.p("NAME", mo.fl).t(" (").p("PHONE", f"+65 {n.r.randint(8, 9)}{n.dig(3)} {n.dig(4)}").t(")\n")
    n.t("ED pending admission: 48; overflow to Ward 56 (ortho) approved.\n")
    pt = None
    for _ in range(3):
        q = n.pat("sg")
        db, a = n.old()
        nric = _nric(n.r, db.year)
        name = f"{q.last} {q.first}" if q.last.isupper() else f"{q.first} {'bin' if q.sex == 'm' else 'binti'} {q.last}"
        n.p("NAME", name).t(" (").p("ID", nric).t(") ")
        _age(n, a).t(q.sex.upper()).t(" - ").t(n.ch(["Class C", "Class B2", "Class A"])).t(", ")
        n.t(n.ch(["waiting 14h", "isolation bed (MRSA)", "needs telemetry"])).t("\n")
        if pt is None:
            pt, dob, nr0 = q, db, nric
    n.t("MSW referral for ").p("NAME", pt.first if not pt.last.isupper() else pt.last + " " + pt.first)
    n.t(": ").p("NAME", n.staff("sg").fl).t(" ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("NRIC", nr0)]))


def ae_insurer(n: C) -> Note:
    pt = n.pat("ae")
    dob, _ = n.dob(25, 80)
    eid = f"784-{dob.year}-{n.dig(7)}-{n.dig(1)}"
    mrn = n.dig(8)
    off = n.staff("ae")
    n.t("Medical Records - Insurance Release Log\nDate: ").p("DATE", _d(n.today, "uk")).t("\nPatient: ")
    n.p("NAME", f"{pt.first} {pt.last}").t("   MRN ").p("ID", mrn).t("   Emirates ID ").p("ID", eid)
    n.t("\nDOB ").p("DATE", _d(dob, "uk")).t("   Mob ").p("PHONE", f"+971 5{n.ch('0256')} {n.dig(3)} {n.dig(4)}")
    clm = "CLM" + n.dig(9)
    n.t("\nInsurer: Daman - claim ").p("ID", clm).t(" ").p("URL", f"https://eclaim.seha.ae/c/{clm}")
    n.t("\nRequested: discharge summary, ")
    n.t("op note ").p("DATE", _d(n.dt(-40, -20), "uk")).t(", invoice\nConsent: signed by patient's ")
    if pt.sex == "f":
        n.t("husband ").p("NAME", n.rel(pt, "m").fl)
    else:
        n.t("son ").p("NAME", n.rel(pt, "m", keep=True).first).t(" (POA)")
    n.t("\nReleased via secure portal by ").p("NAME", off.fl).t(" - ").p("EMAIL", f"{off.first.lower()}.{off.last.lower().replace(' ', '')}@seha.ae")
    n.t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("EID", eid)]))


def ke_p3(n: C) -> Note:
    pt = n.pat("ke")
    dob, _ = n.dob(18, 60)
    ipno, nid = n.dig(6), n.dig(8)
    ocs, mo = n.staff("ke"), n.staff("ke")
    n.t("RECORDS OFFICE - POLICE FORM P3 REQUEST\nDate: ").p("DATE", _d(n.today, "uk")).t("\n")
    n.t("OB No: ").p("ID", f"{n.r.randint(10, 60)}/{_d(n.dt(-8, -3), 'uk')}").t(" - Kilimani Police Station\nOfficer: Cpl ")
    n.p("NAME", ocs.fl).t(" (").p("PHONE", f"07{n.dig(2)} {n.dig(3)} {n.dig(3)}").t(")\nPatient: ").p("NAME", f"{pt.first} {pt.last}")
    n.t("  IP No. ").p("ID", ipno).t("  ID No. ").p("ID", nid).t("\nSHA no: ").p("ID", "CR" + n.dig(10))
    n.t("\nResidence: ").p("ADDRESS", n.ch(["Kawangware", "Kibera Olympic", "Githurai 45", "Kayole"])).t(", Nairobi\n")
    n.t("Admitted ").p("DATE", _d(n.dt(-8, -4), "uk")).t(" assault; P3 to be filled by Dr ").p("NAME", mo.last)
    n.t(" (MO). Brother ").p("NAME", n.rel(pt, "m").first).t(" collected copy ").p("DATE", _d(n.today, "uk")).t(".\n")
    return n.build(_fhir(pt, dob, [("IP", ipno), ("NID", nid)]))


def mt_complaint(n: C) -> Note:
    pt = n.pat("mt")
    dob, a = n.old()
    idc = n.dig(7) + n.ch("MGAL")
    pe = n.staff("mt")
    n.t("Mater Dei Hospital - Patient Services complaint log\nRef: ").p("ID", f"PS/{n.today.year}/{n.dig(4)}")
    n.t("   Received ").p("DATE", _d(n.dt(-5, 0), "uk")).t("\nPatient: ").p("NAME", f"{pt.first} {pt.last}")
    n.t("  ID card ").p("ID", idc).t("  age ")
    _age(n, a).t("\nComplainant: niece ").p("NAME", n.rel(pt, "f").fl).t(", ").p("PHONE", f"+356 79{n.dig(2)} {n.dig(4)}")
    n.t(", ").p("ADDRESS", f"{n.r.randint(1, 90)}, Triq il-{n.ch(['Kbira', 'Kappillan', 'Ġnien'])}").t(", ")
    loc, pre = n.ch([("Birkirkara", "BKR"), ("Żabbar", "ZBR"), ("Qormi", "QRM"), ("Mosta", "MST")])
    n.p("ADDRESS", loc).t(" ").p("ZIP", f"{pre} {n.dig(4)}")
    n.t("\nIssue: lost hearing aids on transfer from Medical Ward 2 on ").p("DATE", _d(n.dt(-20, -10), "dm"))
    n.t(".\nAssigned: ").p("NAME", pe.fl).t(" (PSO).\n")
    return n.build(_fhir(pt, dob, [("ID card", idc)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "site report", uk_site_report),
    ("uk", "patient-flow huddle", uk_flow_huddle),
    ("uk", "discharge lounge log", uk_discharge_lounge),
    ("uk", "interpreter booking", uk_interpreter),
    ("uk", "Datix incident", uk_datix),
    ("uk", "complaint response", uk_complaint),
    ("uk", "SAR log", uk_sar),
    ("uk", "police DPA request", uk_police),
    ("uk", "clinical coding query", uk_coding),
    ("sc", "hip fracture audit extract", uk_audit_scot),
    ("cy", "security / switchboard log", uk_security_wales),
    ("ni", "lost property report", uk_lost_property_ni),
    ("us", "capacity huddle", us_capacity),
    ("us", "NEMT trip request", us_transport),
    ("us", "safety event report", us_safety_event),
    ("us", "grievance letter", us_grievance),
    ("us", "ROI authorization", us_roi),
    ("us", "attorney letter", us_attorney),
    ("us", "M&M minutes", us_mm),
    ("us", "public safety log", us_security),
    ("us", "chaplaincy rota", us_chaplain),
    ("us", "CDI query", us_cdi),
    ("au", "patient flow meeting", au_flow),
    ("au", "RiskMan incident", au_riskman),
    ("au", "access to health information", au_foi),
    ("au", "TIS interpreter booking", au_tis),
    ("au", "police request", au_police),
    ("au", "pastoral care roster", au_volunteer),
    ("ca", "ALC report (ON)", ca_alc_on),
    ("ca", "PCQO file (BC)", ca_patient_relations_bc),
    ("ca", "WCB records request (AB)", ca_wcb_ab),
    ("ca", "valuables form (MB)", ca_valuables_mb),
    ("ca", "CritiCall referral (ON)", ca_criticall_on),
    ("ca", "ROI request (NS)", ca_roi_ns),
    ("ie", "NIMS incident", ie_nims),
    ("ie", "FOI request", ie_foi),
    ("ie", "Garda request", ie_garda),
    ("ie", "bed management huddle", ie_trolley_huddle),
    ("nz", "HDC complaint response", nz_hdc),
    ("nz", "travel assistance claim", nz_travel),
    ("nz", "Privacy Act request", nz_privacy),
    ("sg", "BMU report", sg_bmu),
    ("ae", "insurer release log", ae_insurer),
    ("ke", "P3 request", ke_p3),
    ("mt", "complaint log", mt_complaint),
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", re.IGNORECASE if ci and len(frag) > 2 else 0)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 61_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
