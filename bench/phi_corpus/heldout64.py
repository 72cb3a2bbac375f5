"""HELD-OUT v64 PHI corpus: written independently, before any round-64 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout59 / heldout60 / heldout61 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout61's docstring
for its mechanics only (the ``C`` drawing context, ``_clean``, ``_one``, ``generate``, the
``TEMPLATES`` shape, curated name groups, check-digit helpers), not its template texts; also a
listing of ``bench/phi_corpus/``, ``git status`` and the ``[tool.ruff]`` lines and dev-dependency
list of ``pyproject.toml``; the other held-out corpora being written at the same time were not
read; ruff check was run on this file with the project's configuration; the scrubber was never run
on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid``
- nor was any of its output looked at). Like v14-v61 it aims at the MAINSTREAM of English-language
hospital and clinic text with ordinary PHI density; it is modelled on SEXUAL HEALTH, INFECTIOUS
DISEASES, PUBLIC HEALTH AND OCCUPATIONAL HEALTH: GUM / sexual-health consultations and partner
notification (contacts by first name, nickname or dating-app handle), HIV clinic reviews, PrEP
follow-ups (oral and long-acting), TB clinic, DOT / vDOT and notification records, contact-tracing
logs, notifiable-disease reports (measles, meningococcal, legionella, pertussis, STEC, Lassa
fever), food-poisoning questionnaires, travel-clinic consultations, infection-prevention alerts,
huddles and line lists (C. diff, CRE, VRE / CPE, RSV), needlestick and blood-exposure reports
(source patient and staff member both named), occupational-health fitness-for-work and
return-to-work reports, staff immunisation and pre-placement records, work restrictions and
exclusion letters - in the United Kingdom (12 templates: England 9, Scotland 1, Wales 1, Northern
Ireland 1), the United States (10), Australia (6), Canada (6: Ontario 2, British Columbia, Alberta,
Quebec, Manitoba), Ireland (4), New Zealand (3), South Africa (1), India (1), the Philippines (1)
and Nigeria (1). Templates, cycled in order (see ``TEMPLATES``): GUM consultation records ("SH" /
"GU" clinic number, "02 MAR 2025" with a separate time, "Dr First Last (StR GUM)", "First LAST",
"d.m.yy" DOB, UK mobiles also as "+44 (0)7xxx", UPSI "d/m", the regular partner's first name, a
dating-app profile handle in quotes (NAME), "d Mon", TOC "dd/mm", the health adviser's first name,
the clinician's initials; temperature, PMNL count, ceftriaxone and doxycycline clinical) (England);
syphilis partner-notification worksheets ("LAST, First" index, "SH/yy/nnnnn" clinic ID, health
adviser, "dd/mm/yyyy", "d/m", a contact table with a first name, a nickname in quotes and an app
handle, "dd/mm" and "Mon yyyy" last-sex dates, attendance date; RPR and benzathine penicillin
clinical) (England); HIV annual-review letters to the GP (dictated / typed "dd/mm/yy", "AB/cd"
reference initials as two spans, "Dr F Last" with the practice street, town and postcode, "Dear Dr
Last", "First Last", "d Mon yyyy" DOB, spaced NHS number, clinic number, first name, "d Month
yyyy", diagnosis "Month yyyy", results "d/m", the partner's first name, next review "Mon yyyy",
consultant, the patient's personal e-mail in the cc; CD4, VL, ART, eGFR, ALT, lipids, QRISK3
clinical) (England); hurried lower-case PrEP reviews ("d.m.yy", lower-case first name and surname
as two spans, clinic number, "dd/mm/yy" DOB, "Mon yyyy", the regular partner's first name, mobile,
"w/c dd/mm" ("w/c" outside), lower-case initials; PrEP, creatinine, eGFR, uPCR, anti-HBs clinical)
(England); TB DOT records (full name, NHS, hospital number, "dd-Mon-yyyy", DOT worker and TB CNS, a
table of "Mon dd/mm" days with observers' initials, mobile, the spouse's and a child's first names,
"d/m"; weight, Rifater, ethambutol, pyridoxine, 3RH, ALT, bilirubin clinical) (England); NOID
e-mails to the health protection team (the GP's nhs.net address, "Saturday 10 August 2024" with a
time, a child "First Last" with "dd/mm/yyyy" DOB and age, street, town and postcode, NHS, the
parent's full name and mobile, "d/m" onset dates, a sibling's first name, "Dr First Last" with GMC
number and the surgery landline; temperature clinical) (England); C. difficile PII huddles ("d Mon
yyyy", IPCN / Matron / WM full names, microbiologist "Dr Last" twice, two "LAST, First" patients
with hospital numbers and ages, toxin "dd/mm", the WM's first name, next huddle "Sat dd/mm",
minute-taker's initials; WCC and vancomycin clinical) (England); inoculation-injury reports
(employee, assignment number, "dd/mm/yy" DOB, mobile, manager with nhs.net e-mail, "Saturday
dd/mm/yyyy" with a time, Datix number, source "LAST, First" with hospital number, consenting "Dr F.
Last", "d/m" follow-up dates, OH nurse with 4-digit ext; anti-HBs clinical) (England); OH
return-to-work reports after pulmonary TB (manager with nhs.net e-mail, employee number,
"dd-mm-yyyy" DOB, "d/m", "25th June 2025", "21st May", TB consultant "Dr Last", "d Month yyyy",
physician ", MFOM" with GMC number; weights clinical) (England); meningococcal close-contact
records (case's full name, CHI built from the DOB and sex, "dd.mm.yyyy", HPZone incident number,
CPHM and HPN, a contact table with "dd/mm/yy" DOBs and "d/m" dates, mother (same surname),
flatmate, a kissing contact's first name, HPT landline; ciprofloxacin doses clinical) (Scotland);
bilingual staff immunisation records ("LAST, First", staff number, DOB, Welsh street, town and
postcode, hep B "dd/mm/yy" dose dates, "d/m", "d/m/yy", "d Mon yyyy", vaccinator " RN" with NMC
PIN; anti-HBs, VZV IgG, T-SPOT and QIVc clinical) (Wales); Salmonella food-history questionnaires
(HPN, "d.m.yy", "First LAST", spaced H&C number (mod 11), DOB, 028 landline, street, town and BT
postcode, GP "Dr F Last", onset "d/m" with a time, lab number, "d/m" meal dates, the sister's first
name, a friend's full name; temperature clinical) (Northern Ireland); county STD clinic notes
(client number, "mm-dd-yyyy", ", FNP-BC", "LAST, FIRST M", "mm/dd/yyyy" DOB, phone, DIS with field
record number, "m/d", partners' first names and a street nickname in quotes, "Mon d", the
ex-partner's last known street (with "Apt" / "#"), city, state and ZIP, e-signature "First M. Last"
with "m/d/yy"; BP, RPR, Bicillin clinical) (US); Ryan White HIV progress notes ("Mon d, yyyy",
"First M. Last", MRN, "m/d/yyyy" DOB, ADAP and Medicaid IDs, case manager, the sister's first name
and her city, "m/d", "F Last, MD, AAHIVS" with "mm/dd/yyyy"; ART, statin, vitals, VL, CD4, Cr,
HbA1c clinical) (US); long-acting PrEP injection visits ("LAST, First", MRN, "m/d/yy" DOB, "m/d"
target and window dates, "m/d/yyyy", "Mon d", phone, a video check-in URL, ", RN" and ", PA-C";
Apretude, pain score, weight clinical) (US); county vDOT logs (full name, "TB-yy-nnnn" case number,
DOB, session URL with a token, "m/d" rows with separate times and reviewers' initials, phone,
outreach worker, the upload IP, ", RN, PHN"; RIPE doses, dose counts, weights clinical) (US);
legionellosis CMRs ("mm/dd/yyyy", CalREDIE ID, "LAST, FIRST", full SSN, street, city, state and
ZIP, phone, "m/d/yyyy" onset and admission, "m/d" exposure dates, PHL accession, reporter ", RN,
CIC" with phone and fax; T max, Na, levofloxacin clinical) (US); foodborne-outbreak case interviews
(", MPH", "Month d, yyyy", case, DOB, phone, "Friday Mon d", "m/d", the spouse's and son's first
names, another attendee's full name; stool frequency and temperature clinical) (US);
travel-medicine consults ("mm-dd-yyyy", "First M. Last", DOB, MRN, "m/d/yy" itinerary dates, ICVP
certificate number, "m/d/yyyy", the mother's full name and phone, ", MSN, APRN-CNP"; vaccine
volumes, malaria, altitude and TD drugs clinical) (US); bloodborne-pathogen exposure records
(employee "Last, First" with ID, DOB, cell, supervisor, "mm/dd/yyyy" with a time, source "LAST,
FIRST" with MRN, "m/d", OSHA 300 log case number, ", MD, MPH"; source VL, PEP, anti-HBs, ALT, Cr
clinical) (US); varicella work-restriction letters ("Month d, yyyy", employee and ID, "Month d"
through "Month d, yyyy", "m/d", phone with an "x" extension, ", RN, COHN-S", cc the manager with a
work e-mail; VZV index and Varivax clinical) (US); CRE alerts ("mm/dd/yyyy" with a time, "LAST,
FIRST M", MRN, FIN, age, "m/d", roommate "Last, First" with MRN, "Dr. Last", the charge RN's first
name, HAI report number, ", MPH, CIC" with a 5-digit pager; MIC clinical) (US); sexual health
centre consults ("d/m/yyyy", full name, DOB, MRN, spaced Medicare (check digit, IRN inside the
span), mobile, LMP / last sex "d/m", partners' first names, "d Mon", "Dr F. Last"; NAAT result,
ceftriaxone, azithromycin clinical) (AU); measles case interviews (NCIMS number, "LAST, First" with
age, DOB, unit / street, suburb, state and postcode, mobile, "d Mon yyyy", "d/m" exposure-site
dates with time ranges, the housemate's full name and mobile, "d/m/yyyy", surveillance officer,
PHMO "Dr Last"; NHIG dose clinical) (AU); Q fever pre-vaccination screening ("First LAST", "d/m/yy"
DOB, Medicare, mobile, the employer's HR contact with work e-mail, "d Month", day-0 / day-7 "d/m",
"dd/mm/yyyy", Q Fever Register ID; skin test, serology, Q-VAX clinical) (AU); VRE / CPE alerts (ISO
date, "LAST, First", UR, age, "d/m" ranges, two bay contacts with URs, NUM, ICP " RN" with mobile;
result clinical) (AU); certificates of capacity after a needlestick (worker, DOB, claim number,
street, suburb, state and postcode, phone, "d/m/yyyy", "dd/mm/yyyy" capacity dates, "d Mon yyyy",
doctor with provider number; hours, days, K10 clinical) (AU); Hajj travel consults ("d Month yyyy",
"First Last (age)", "dd.mm.yyyy" DOB, Medicare, spaced IHI (Luhn), the spouse's first name, "d
Mon", passport number, mobile, nurse immuniser, "Dr F Last"; HbA1c, metformin, eGFR, vaccine
volumes clinical) (AU); STI case follow-ups (iPHIS case number, "Last, First", ISO DOB, OHIP (Luhn)
with version code in the span, street, city, province and postal code, cell, "Mon d, yyyy", "Mon
d", contacts' first names, "Mon yyyy", "Month d, yyyy", PHN ", RN, BScN"; doxycycline clinical)
(ON); 3HP DOT records ("First LAST", spaced PHN (mod 11), "Mon d, yyyy" DOB, CHW, a dose table with
"yyyy/mm/dd" dates, "Mon d", cell, "F. Last, RN"; 3HP doses, ALT, BP clinical) (BC); graduated
return-to-work plans after a blood splash ("First M. Last", employee ID, ULI (Luhn) "12345-6789",
WCB claim, SIN (Luhn; SSN), "dd-Mon-yyyy" DOB, "Mon d, yyyy", "Mon d", unit manager, OHN ", RN,
COHN(C)" with phone; hours, PHQ-9, GAD-7 clinical) (AB); bilingual MADO pertussis declarations (ISO
dates, infant "LAST, First", RAMQ built from the name, DOB and sex, "yyyy/mm/dd" DOB, street, city,
"(QC)" and postal code, both parents' full names, phone, "Dr First Last, pédiatre", public-health
nurse; WBC, lymphocytes, azithromycin clinical) (QC); measles PEP records (exposure "Month d,
yyyy", two children "First Last" with PHINs and "dd-Mon-yyyy" DOBs, "Mon d", the parent's full
name, street, city, province, postal code and phone, PHN; weight and GamaSTAN clinical) (MB); IPAC
outbreak line lists ("Mon d, yyyy", IPAC lead and manager, three residents "LAST, First" with MRNs,
ages, "Mon d" onset and "mm/dd" swab dates; SpO2 and O2 flow clinical) (ON); mpox vaccination / STI
visits ("dd.mm.yyyy", "GUI" clinic number, "First LAST", "d.m.yy" DOB, mobile, "14th November", the
partner's first name, " CNM2", "Dr F. Last"; Imvanex and creatinine clinical) (IE); STEC
notifications (CIDR event number, "11th July 2024", microbiologist, a child "First Last" with age,
"dd.mm.yyyy" DOB, MRN, street, town, county and Eircode, the mother's full name and mobile,
"d.m.yy", "d/m", EHO, SMO "Dr Last"; Hb, platelets, creatinine clinical) (IE); HSE pre-placement
assessments ("LAST, First", personnel number, PPSN (SSN), "dd.mm.yyyy" DOB, NMBI PIN, "d.m.yy", an
online questionnaire "d/m" with a time and the submitting IP, "Month yyyy", OHN with hse.ie e-mail,
"Dr Last, OHP"; anti-HBs and IGRA clinical) (IE); CPE-contact letters to patients ("23rd November
2024", "Mr / Ms / Mrs First Last" address block with street, town, county and Eircode on separate
lines, "Dear Mr Last", hospital number, "dd.mm.yyyy" DOB, "18th October" to "27th October 2024",
IPC CNS with landline and ext, signed again; no clinical values) (IE); syphilis consults
("d/m/yyyy", "LAST, First", NHI (check digit), DOB, mobile, the current partner's first name, a
nickname in quotes, "d Mon", "d Mon yyyy", "Dr First Last"; RPR and benzathine clinical) (NZ);
measles quarantine advice (case number "yy-nnnnnn-AK", "First Last (age)", NHI, "d Mon yyyy" DOB,
street / flat, suburb, city and postcode, mobile, "d Month yyyy", "d/m" quarantine dates, a
personal symptom-diary URL, public health nurse, MOH "Dr Last"; IgG and MMR clinical) (NZ);
food-handler exclusion letters from the Medical Officer of Health ("d Month yyyy", name and address
block with street, suburb, city and postcode, "Kia ora First", NHI, "d Month" dates, EHO, "Dr First
Last"; case count clinical) (NZ); TB treatment cards (TB register and folder numbers, "First LAST",
SA ID (Luhn) built from the DOB and sex, street, township, city and postcode, cells, treatment
supporter's full name, next of kin's first name, "Mon yyyy", "dd/mm/yyyy", "dd/mm", "Sr First Last"
with SANC number; CD4, VL, RHZE / RH, weight, pyridoxine clinical) (ZA); Ni-kshay TB notifications
(Nikshay ID, "dd-mm-yyyy", "First Last S/o First Last" ("S/o" outside), "39/M", Aadhaar (Verhoeff
check digit), "+91" mobiles, plot / door / flat line, locality, city and PIN code, ASHA's full
name, the wife's and son's first names, "Dr. First Last" with a state medical council registration
number; 4FDC, weight, isoniazid clinical) (IN); HIV treatment hub visits ("Month d, yyyy", UIC
built from the parents' first names, birth order and DOB, PhilHealth PIN, "First M. Last",
"mm/dd/yyyy" DOB, "Blk / Lot / Phase" line, barangay ("Brgy." outside), city and ZIP, "+63" /
"09xx" mobile, treatment partner's full name, "Mon yyyy", case manager, "Dr. F. Last"; TLD, VL,
CD4, weight, BP, isoniazid clinical) (PH); Lassa fever IDSR case investigation forms (EPID number,
"dd/mm/yyyy", "Surname:" in capitals and "Other names:" as two spans, NIN, "+234" / "080x" phones,
street, area and town, "dd-mm-yyyy", "d/m" lab dates, the spouse's full name, the sister's first
name, a nurse contact, DSNO; temperature, ribavirin, creatinine clinical) (NG).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British South Asian, Caribbean, Polish (surnames that take the bearer's sex) and British Nigerian;
Scottish; Welsh; Northern Irish; US white, African American, Hispanic, Chinese and Somali; Anglo,
Greek, Italian and Chinese Australian; English Canadian, Québécois, Punjabi and Filipino
Canadian; Irish with fadas and Gaelic surnames that take the bearer's sex ("Ó Conaill" / "Ní
Chonaill", "Mac Mathúna" / "Nic Mhathúna", "Ó Ceallaigh" / "Ní Cheallaigh"), Irish-English,
Polish and Brazilian Irish; Pākehā, Māori and Pasifika; Nguni, Sotho / Tswana and Afrikaans;
North and South Indian; Filipino; Yoruba, Igbo and Hausa), about one patient name in five (UK,
US, AU, CA, IE, NZ, IN) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN
re-seeded per note, never a word-like or eponymous name (the Faker names that are common English
words, also as plurals - Brown, Young, Chambers, Fields - and eponyms such as Ward, Bell, Wilson,
Hansen, Koch, Lister, Mantoux, Kaposi or Epstein are listed in ``BAD_NAMES``); relatives' first
names from the family's group (from the same Faker locale for a Faker-drawn patient; a son, child
or mother may keep the surname), staff from the local groups and a mixed international workforce
(Filipino, Keralite, Ghanaian, Pakistani, Spanish, Greek and Zimbabwean). Contacts named only by a
first name, a nickname ('"Dazza"', '"Kiki"') or a dating-app handle ("bearcub_mcr"; NAME, as typed
user names are). Forms: "First Last", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST
M", "First LAST", "First M. Last", "F. Last", "F Last" after a title or before ", MD", "Dr Last",
"Dr. Last", surnames alone, first names alone, lower-case first name and surname, "Surname:" /
"Other names:" fields, "First Last S/o First Last", staff initials in upper and lower case. No
initials spell a clinical or common abbreviation (TB, HA, PN, GU, VL ...), and a note never reuses
a first or last name for unrelated people (a note in which a labelled PHI string - or a word of a
labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next
fixed seed).

Conventions (as heldout59 - heldout61): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms", "Sr", "Nurse", "ASHA", "HA", "DIS", "PHN", "NUM", "ICP", "OHN", "EHO", "SMO", "MOH", "PHMO",
"CPHM", "HPN", " RN", ", RN", " CNM2", ", FNP-BC", ", MD", ", MD, AAHIVS", ", PA-C", ", MPH",
", RN, CIC", ", MSN, APRN-CNP", ", MD, MPH", ", RN, COHN-S", ", MPH, CIC", ", RN, BScN",
", RN, COHN(C)", ", RN, PHN", ", MFOM", ", OHP", ", DSNO", "(StR GUM)", "(IPCN)", "(Matron)",
"(Micro)", "(WM)", "(CHW)") are outside NAME spans; "S/o" is outside; "LAST, First" is one NAME
span; "Surname:" and "Other names:" values are two spans; a nickname in quotes is its own NAME
span (quotes outside); staff initials and lower-case names are NAME, each side of "AB/cd" its own
span. A street line (with flat / unit "9/25" / "Apt" / "#" / "Plot" / "Door No." / "Blk ... Lot
... Phase" part, also a GP practice's line), a suburb, township, locality, area, barangay and a
city / town (also the city a relative lives in) are ADDRESS; a state / province / county ("MD",
"NSW", "ON", "(QC)", "Co. Donegal"), "Brgy." and a country are not PHI; UK and BT postcodes,
Eircodes, US ZIP codes, Canadian postal codes, AU / NZ / ZA postcodes, Indian PIN codes and
Philippine ZIP codes are ZIP. DATE: anything more specific than a year (month-year too), in the
formats named above; weekdays ("Sat", "Friday", "Saturday"), "w/c", "DOB" and "from" stay outside;
a date followed by a separate time labels only the date; times of day, time ranges, durations
and follow-up shorthand ("x 4/7", "2/52", "3/12", "6 wk", "day 8 to day 21") are never labelled.
PHONE includes mobiles, landlines, fax, pagers and extensions (the digits after "ext" or "x"),
"+44" / "+61" / "+353" / "+27" / "+91" / "+63" / "+234" forms; labels ("Mob", "Cell", "Tel",
"Ph", "pager") are outside. SSN: full US SSNs, Irish PPSNs and Canadian SINs. ID: clinic,
hospital, MRN, FIN, UR, folder, client, case, personnel, staff, employee and assignment numbers,
NHS (mod 11), CHI (from the DOB and sex), H&C (mod 11), AU Medicare (check digit), IHI (Luhn),
OHIP (Luhn) with version code, BC PHN (mod 11), ULI (Luhn), RAMQ (from the name, DOB and sex),
PHIN, NHI (check digit), SA ID (Luhn, from the DOB and sex), Aadhaar (Verhoeff), Nikshay ID,
PhilHealth PIN, PH HIV UIC, Nigerian NIN, ADAP and Medicaid IDs, passport and ICVP certificate
numbers, every reference that points at a person's case or specimen (Datix, HPZone, CalREDIE,
NCIMS, iPHIS, CIDR, EPID, TB register, field record, OSHA log, HAI report, claim, WCB, lab and
accession numbers, Q Fever Register ID) and professional registrations (GMC, NMC PIN, NMBI PIN,
SANC, state medical council, AU provider number). AGE: ages >= 90 only, number part only; ages
< 90 are unlabelled ("Age 81", "(38)", "39/M", "9y"). EMAIL: personal and work addresses (nhs.net,
hse.ie, employers'). URL: personal video-visit, vDOT-session and symptom-diary links. IP: a vDOT
upload address and an online-questionnaire submitter's address. Not PHI and unlabelled:
hospital, clinic, ward, bed, unit and room numbers ("Ward 23", "4 North, bed 12", "room 412"),
team and service names, restaurants, cafés, nurseries and employers ("Spice Garden", "La
Palapa"), flight numbers and seats ("JQ 36, seat 27C"), vaccine lot / batch numbers, outbreak and
cluster numbers ("PHU outbreak # 2266-2024-0204", "cluster 25-14"), legislation ("Health Act
1956"), "Let Them Know", Māori greetings and sign-offs ("Kia ora", "Nāku noa, nā"), years alone
("dx HIV 2009", "BCG 1998", "born 1996") and times of day. Vitals, labs, titres, viral loads, CD4
counts, drug doses, vaccine volumes, scores (K10, PHQ-9, GAD-7, pain), weights, hours of work, dose
counts and case counts are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, never today's date: notes dated December
2023 to September 2025, follow-up dates into 2026, diagnosis months back to 2004). Run it only for
final figures: its misses and lost clinical values are not to be inspected while the scrubber is
being changed.
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

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Gavin", "Darren", "Kieran", "Jamie", "Lyndon", "Damian", "Nathan", "Stuart", "Ricky",
            "Aiden", "Mitchell", "Kenneth"],
           ["Kerry", "Leanne", "Jodie", "Stacey", "Kirsty", "Lindsey", "Nicola", "Sharon", "Joanne",
            "Bethany", "Gail", "Yvette"],
           ["Ackroyd", "Sutcliffe", "Hargreaves", "Whitworth", "Entwistle", "Pilkington",
            "Greenhalgh", "Lofthouse", "Rushworth", "Shackleton", "Holroyd", "Tattersall", "Bairstow",
            "Brearley", "Dransfield", "Illingworth", "Openshaw", "Sugden"]),
    "sa": (["Asif", "Zubair", "Naveed", "Sukhdev", "Kamran", "Bilal"],
           ["Samina", "Rubina", "Kiran", "Nusrat", "Sunita", "Farzana"],
           ["Rehman", "Qureshi", "Mahmood", "Bains", "Dhillon", "Chauhan", "Iqbal", "Lakhani"]),
    "carib": (["Leroy", "Desmond", "Linton", "Carlton", "Everton"],
              ["Yvonne", "Paulette", "Sonia", "Merline", "Janice"],
              ["Brathwaite", "Gayle", "Sealy", "Lindo", "McFarlane", "Clarke-Benjamin"]),
    "pl": (["Tomasz", "Krzysztof", "Łukasz", "Paweł", "Grzegorz"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewelina"],
           [("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"), ("Nowakowski", "Nowakowska"),
            "Kowalczyk", "Wróbel", "Szymańczyk"]),
    "ng_uk": (["Olumide", "Chukwuemeka", "Babatunde"], ["Folake", "Chiamaka", "Yetunde"],
              ["Adebayo", "Okafor", "Ogunleye", "Nwosu"]),
    "sc": (["Ruaridh", "Euan", "Gregor", "Struan", "Callum", "Fergus"],
           ["Mhairi", "Kirsteen", "Ailsa", "Fiona", "Eilidh", "Morven"],
           ["McAulay", "Dalgleish", "Baird", "Lamont", "Gillespie", "Rennie", "Crichton", "Souter"]),
    "cy": (["Geraint", "Huw", "Owain", "Elfed", "Gethin"],
           ["Bethan", "Sioned", "Rhian", "Eleri", "Catrin"],
           ["Pryce", "Llywelyn", "Bevan", "Griffiths", "Morgan-Hughes", "Gwynne", "Prosser"]),
    "ni": (["Ciaran", "Declan", "Padraig", "Eamonn", "Conor"],
           ["Roisin", "Clodagh", "Aine", "Sinead", "Deirdre"],
           ["McAleese", "Donnelly", "McKeown", "Gallagher", "Magennis", "McCann", "Hamill"]),
    "us_w": (["Brandon", "Cody", "Dustin", "Garrett", "Jeremy", "Derek", "Kurt"],
             ["Amanda", "Kristen", "Heidi", "Courtney", "Brianna", "Megan", "Shawna"],
             ["Halverson", "Brinkerhoff", "Olmstead", "Lindgren", "Yoder", "Pruett", "Kessler",
              "McCandless", "Hollister", "Sorensen"]),
    "us_aa": (["Darnell", "Terrell", "Jamal", "Andre", "Lamar"],
              ["Latasha", "Shanice", "Aaliyah", "Tanisha", "Monique"],
              ["Dorsey", "Gadson", "Whitfield", "Pettiford", "Singletary", "McNeal"]),
    "us_hi": (["Jorge", "Héctor", "Ramón", "Eduardo", "Alejandro"],
              ["Yesenia", "Maritza", "Guadalupe", "Xiomara", "Rocío"],
              ["Barrientos", "Castañeda", "Ybarra", "Salazar", "Montoya", "Espinoza"]),
    "us_zh": (["Hao", "Jian", "Zhiming"], ["Xiaoling", "Yuting", "Meiling"],
              ["Zhou", "Liang", "Guo", "Feng"]),
    "us_so": (["Abdirahman", "Abdullahi", "Mohamed"], ["Hodan", "Fadumo", "Ayaan"],
              ["Warsame", "Abdi", "Farah", "Jama"]),
    "au": (["Jarrod", "Darcy", "Brendan", "Rhys", "Dylan", "Kane"],
           ["Shannon", "Tahlia", "Jacinta", "Chloe", "Kirra", "Bree"],
           ["Wheatley", "Tregear", "Pietsch", "McMenamin", "Hoskins", "Dunleavy", "Cotterill"]),
    "au_gr": (["Nikolaos", "Christos", "Vasilis"], ["Sofia", "Katerina", "Antonia"],
              ["Papadakis", "Economou", "Stavrou", "Kyriakou"]),
    "au_it": (["Domenico", "Vincenzo", "Luca"], ["Francesca", "Giovanna", "Lucia"],
              ["Ricciardi", "Santoro", "Caruso", "Mancini"]),
    "au_cn": (["Zhiwei", "Yong", "Haoran"], ["Xiaomei", "Jiahui", "Yan"],
              ["Zhang", "Huang", "Cheng", "Luo"]),
    "ca": (["Brayden", "Dwight", "Curtis", "Trent", "Corey"],
           ["Jolene", "Carla", "Tamara", "Krista", "Brandi"],
           ["MacKinnon", "Friesen", "Penner", "Doucette", "Fougère", "Boychuk", "Wiebe"]),
    "ca_fr": (["Sébastien", "Jean-François", "Éric", "Marc-André"],
              ["Geneviève", "Isabelle", "Nathalie", "Chantal"],
              ["Pelletier", "Bouchard", "Côté", "Gauthier", "Desjardins", "Lapointe"]),
    "ca_pb": (["Harjit", "Navdeep", "Parminder"], ["Jasleen", "Rupinder", "Amandeep"],
              ["Sandhu", "Bhullar", "Johal", "Randhawa"]),
    "ca_ph": (["Rommel", "Reynaldo", "Ferdinand"], ["Marites", "Analyn", "Rosalie"],
              ["Dizon", "Sarmiento", "Tolentino", "Soriano"]),
    "ie": (["Oisín", "Fiachra", "Ruairí", "Colm", "Diarmuid", "Cathal"],
           ["Sadhbh", "Bríd", "Éabha", "Orlaith", "Clíodhna", "Muireann"],
           [("Ó Conaill", "Ní Chonaill"), ("Mac Mathúna", "Nic Mhathúna"),
            ("Ó Ceallaigh", "Ní Cheallaigh"), "Mulcahy", "Flanagan", "Scanlon", "Tierney",
            "Houlihan", "Culhane", "Dineen"]),
    "ie2": (["Niall", "Fergal", "Shane", "Darragh", "Eoghan"],
            ["Sinéad", "Aisling", "Orla", "Gráinne", "Emer"],
            ["Kavanagh", "Doherty", "Brennan", "Fogarty", "Dunne", "Hanrahan", "Coughlan"]),
    "br": (["Thiago", "Rodrigo", "Leandro"], ["Fernanda", "Juliana", "Larissa"],
           ["Oliveira", "Carvalho", "Pereira", "Rodrigues"]),
    "nz": (["Cameron", "Hayden", "Reuben", "Blair"], ["Kelsey", "Alana", "Tania", "Raewyn"],
           ["McLachlan", "Vercoe", "Heppner", "Fitzsimons", "Rountree", "Aitken"]),
    "nz_mi": (["Manaia", "Tipene", "Nikau", "Rāwiri"], ["Anahera", "Kahurangi", "Hinewai", "Ngaio"],
              ["Tawhiri", "Parata", "Tuhiwai", "Ngārimu", "Te Rangi", "Horomona"]),
    "nz_pi": (["Iosefa", "Tevita", "Sefa"], ["Lupe", "Salote", "Telesia"],
              ["Fonoti", "Leota", "Fifita", "Tupou", "Aumua"]),
    "za_ng": (["Sipho", "Thabo", "Mandla", "Lwazi", "Bongani"],
              ["Nomvula", "Thandeka", "Zanele", "Lindiwe", "Ayanda"],
              ["Dlamini", "Nkosi", "Mthembu", "Ndlovu", "Khumalo", "Zungu", "Mahlangu"]),
    "za_so": (["Tshepo", "Kagiso", "Teboho"], ["Palesa", "Dineo", "Lerato"],
              ["Molefe", "Mokoena", "Motaung", "Mofokeng"]),
    "za_af": (["Gerhard", "Hennie", "Riaan"], ["Annelie", "Liezel", "Sunette"],
              ["Pretorius", "Steyn", "Du Plessis", "Venter", "Le Roux"]),
    "in_n": (["Rakesh", "Sandeep", "Manoj", "Vinod", "Pankaj"],
             ["Poonam", "Rekha", "Kavita", "Pooja", "Sarita"],
             ["Yadav", "Sharma", "Verma", "Gupta", "Tiwari", "Kushwaha"]),
    "in_s": (["Senthil", "Karthik", "Murugan", "Venkatesh"],
             ["Lakshmi", "Kavya", "Revathi", "Meenakshi"],
             ["Subramanian", "Natarajan", "Krishnan", "Ramasamy"]),
    "ph": (["Jomar", "Ronaldo", "Efren", "Marlon", "Joselito"],
           ["Maricar", "Jennylyn", "Cherryl", "Mylene", "Rhea"],
           ["Macapagal", "Dimaano", "Pangilinan", "Buenaventura", "Lacson", "Evangelista"]),
    "ng_yo": (["Olusegun", "Adewale", "Tunde"], ["Funke", "Bukola", "Omolara"],
              ["Balogun", "Adeyemi", "Ogunbiyi", "Akinola"]),
    "ng_ig": (["Chukwudi", "Ifeanyi", "Obinna"], ["Chidinma", "Ngozi", "Adaobi"],
              ["Okeke", "Nwachukwu", "Eze", "Onyekachi"]),
    "ng_ha": (["Abubakar", "Musa", "Sani"], ["Halima", "Aisha", "Zainab"],
              ["Ibrahim", "Usman", "Danjuma", "Bello"]),
    # mixed international workforce
    "st_ph": (["Jayson", "Rolando"], ["Rachelle", "Jonalyn", "Kristine"],
              ["Manalastas", "Villareal", "Panganiban", "Cabrera"]),
    "st_kl": (["Shijo", "Bibin", "Anoop"], ["Ancy", "Smitha", "Teena"],
              ["Chacko", "Kurian", "Punnoose", "Thekkekara"]),
    "st_gh": (["Kwame", "Kofi", "Yaw"], ["Abena", "Akosua", "Efua"],
              ["Mensah", "Boateng", "Asante", "Owusu"]),
    "st_pk": (["Usman", "Faisal"], ["Ayesha", "Sadia"], ["Siddiqui", "Malik", "Javed"]),
    "st_es": (["Javier", "Álvaro"], ["Nuria", "Pilar"], ["Fernández", "Gutiérrez", "Ruiz"]),
    "st_gr": (["Georgios", "Panagiotis"], ["Eleni", "Dimitra"], ["Papadimitriou", "Antoniou"]),
    "st_zw": (["Tatenda", "Tinashe"], ["Nyasha", "Rumbidzai"], ["Chiweshe", "Mupfumira", "Dube"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "carib", "pl", "ng_uk"], "sc": ["sc", "sc", "en"],
    "cy": ["cy", "cy", "en"], "ni": ["ni", "ni", "en"],
    "us": ["us_w", "us_w", "us_aa", "us_hi", "us_zh", "us_so"],
    "au": ["au", "au", "au_gr", "au_it", "au_cn"], "ca": ["ca", "ca", "ca_fr", "ca_pb", "ca_ph"],
    "ie": ["ie", "ie2", "ie2", "pl", "br"], "nz": ["nz", "nz_mi", "nz_pi"],
    "za": ["za_ng", "za_ng", "za_so", "za_af"], "in": ["in_n", "in_s"], "ph": ["ph"],
    "ng": ["ng_yo", "ng_ig", "ng_ha"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_gh", "st_pk", "st_es", "st_gr", "st_zw"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# word-like and eponymous names in the Faker lists (never drawn): Ward, Bell, Rose, Hope, Day ...
_BAD_NAMES_TXT = """
Abbey Abigail Adam Adams Addison Aditya Adrian Agate Alan Alexander Alexandria Alzheimer Amber
Amy Ana Andrew Andrews Angel Angelica Ann Anna April Archer Argyll Aria Arias Ariel Arroyo
Aryan Aurora Austin Autumn Ava Babu Bail Bailey Baker Baldwin Bale Ball Banks Barbara Barber
Barker Barnes Barr Barrett Barry Bartlett Barton Bass Bates Bath Baxter Beal Bean Beard Beau
Beck Becker Begum Bell Ben Bender Benjamin Bennet Berg Berry Best Beth Betty Bill Billy Birch
Bird Birmingham Bishop Black Blanch Blessing Bob Bobby Bond Boner Bones Boniface Bonnie Booker
Boon Boone Booth Bordet Bowler Bowles Bowman Boyer Brad Branch Brandy Bray Brent Brett Brewer
Brick Bridge Bridges Bright Brill Brock Brogan Brookes Brooks Brown Browning Bruce Buck Bull
Bullock Burgess Burke Burkitt Burns Burr Burrows Burt Burton Bush Butcher Butler Cairn Cal
Calvin Cannon Canny Carl Carlin Carney Carol Caroline Carpenter Carry Carter Carton Cartwright
Case Cassie Chad Chagas Chamberlain Chambers Chandler Chapman Char Charity Charlie Charlotte
Chase Chen Cherry Christian Church Claire Clare Clarence Clay Clear Clements Clinton Coates
Cole Coles Colin Coll Colleen Collier Collin Collins Colon Combs Comer Comfort Conn Conner
Contractor Convey Cook Coombs Cooper Cora Corinne Corrie Costa Cotter Cousins Cowan Cox Crane
Craven Crawford Creed Crohn Cross Cruise Crystal Currie Curry Cushing Cynthia Daisy Dale
Dalton Dan Dane Daniel Daniels Dash Date Davenport Daw Dawn Day De Deacon Dean Decker Dee Deep
Demi Derrick Destiny Dev Devi Devon Dey Diamond Diana Dickey Dickie Din Divan Diver Divine
Dobson Doctor Dodd Dominique Don Donna Doris Downes Downs Drake Drew Drum Duff Duffy Duke
Durham Dyer Earl Early Ebony Eden Elaine Elizabeth Emmanuel Emmet English Epstein Eric Erica
Erin Ernest Escherich Estes Eve Fair Faith Fall Fallot Farmer Fay Fee Ferry Field Fielding
Fields Finch Finn Fisher Fitzgerald Fleming Fletcher Flood Florence Flowers Foley Foot Ford
Forster Forum Foster Fowler Fox Foy Frances Frank Franklin Fred Freely Freeman French Fresh
Frey Freya Frost Fry Fuller Gaines Gala Galloway Gamble Gandhi Ganesh Garland Garner Garrison
Gates Gay Gee Gemma Gentry George Gibbon Gilbert Gill Gillian Glass Glen Gloria Glover Goff
Golden Golding Good Goodman Gore Grace Gram Grant Graves Gray Green Greenwood Gregory Grey
Griffin Grimes Gross Guard Guinness Gunning Guthrie Guy Hale Hall Ham Hans Hansen Hardy Hare
Harmony Harper Harry Harsh Hart Hartmann Hastings Hasty Hawthorn Hay Hayes Hays Hayward Hazel
Hearty Heath Heather Hector Helena Hemi Henry Herd Heron Herring Herxheimer Hickey Hill Hills
Ho Hodgkin Hogan Holder Holland Holly Holmes Holt Hood Hook Hooper Hoover Hope Horn Horner
Hough House Howell Howells Huff Hull Hunt Hunter Huntington Hurst Hutchinson India Ira Isabel
Isabella Ivory Ivy Jack Jackman Jacob Jacobs Jade Jain James Jan Jane Jarisch Jasmine Jason
Jasper Jay Jean Jenkins Jenner Jenny Jerry Jesse Jesus Jill Jimmy Jo Joe John Johnny Johns
Jordan Joseph Joy Judge Julian June Kaiser Kale Kamala Kant Kaposi Karen Kate Kawasaki Kell
Kelvin Kemp Kevin Key Keyes Khan Kidd Kidney King Kingston Kirk Klebs Knight Koch Koplik
Korsakoff Krishna Kylie Lad Lam Lamb Lancaster Lance Landers Lane Lang Larry Laura Law Lawless
Leach Lee Leech Lees Leo Leon Lester Levy Lewis Li Lily Lin Lister Little Logan London Long
Looney Lord Lori Love Low Lowery Lowry Loyal Lucid Lucky Luke Luna Lyme Lynch MacKenzie Mack
Mackenzie Madden Maia Mall Mane Mantoux Manus Mara Marc Marfan Maria Marian Marie Mark Marks
Marry Marsh Martin Mary Mason Master Matthew Matthews Maxwell May Maya Mays McKinley Meadows
Meads Meg Melissa Melody Melton Melville Mercer Merchant Merry Mike Miles Miller Millet Mills
Misty Moan Mohammed Molly Monk Monks Montes Moody Moon Mora Morales More Morgan Morris Morrow
Morse Moses Moss Mountain Mullen Mulligan Murphy Mya Naik Nash Nath Neal Nee Neelsen Neisser
Nestor Newton Nina Noah Noble Noel Nori Norma Norman North Oak Obi Olive Oliver Om Orchard
Owen Owens Pace Page Paget Pal Pall Palmer Pam Pandit Pant Paris Park Parker Parkes Parkinson
Parks Parry Pasteur Patience Patty Pau Paul Pauline Peace Peacock Peck Pedro Penelope Penny
Peri Perry Peter Peters Petty Philip Phoebe Phoenix Pickering Pierce Pike Piper Plover Pollard
Polly Pope Poppy Porter Pott Potter Power Powers Prentice Price Priest Prince Proctor Pugh
Puri Quill Quin Rafter Rails Raj Raja Ralph Ram Rana Rattan Ravel Raven Ray Read Reader Reed
Rees Reiter Rex Rice Rich Rick Ricketts Riddle Ridge Ring Rivers Roach Robert Roberts Robin
Roche Rochelle Rock Roddy Roe Roger Rogers Roman Rory Rose Rosemary Ross Rout Rowan Roy Ruby
Ruddy Rush Ruth Ryder Sabin Sai Salk Sally Salmon Sam Sandal Sanders Sandy Sane Saul Saunders
Savage Savant Sawyer Scot Sean Sellers Sen Seth Sexton Shah Sharp Shaw Shay Shelly Shepherd
Sherry Shields Shine Shirley Short Sienna Sierra Silk Silva Singleton Skinner Slater Small
Smart Smith Snow Solomon Sparks Spears Spence Spencer Stack Stark Steed Steer Stein Steve
Steven Stevens Steward Still Stoices Stokes Stone Storey Story Stout Street Strong Sue Summer
Summers Supple Sur Sura Swift Swords Tai Tailor Tait Talbot Tammy Tank Tanner Terry Thea
Thorpe Tiffany Timothy Toby Tom Tommy Toms Tony Tory Tourette Travers Trinity Troy Tucker
Turner Tyler Underwood Ursula Valencia Valentine Vanessa Veda Veer Vega Veronica Victor
Victoria Victory Villa Violet Virginia Wade Walker Wall Waller Walls Walter Walters Wang Ward
Ware Warner Warren Warrior Waters Watt Watts Way Weaver Weber Webster Weeks Weil Weir Welch
Wells Wernicke West Wheeler Whipple White Whitehead Widal Willow Wills Wilson Winter Winters
Wise Wolf Wong Wood Woods Woodward Wren Wright Yang Yersin Yogi Young Yu Ziehl Zion
"""
BAD_NAMES = set(_BAD_NAMES_TXT.split())
BAD_INITS = {
    "BP", "HR", "PR", "GP", "RN", "OD", "MR", "DR", "ED", "AE", "CT", "ID", "IV", "PO", "SC", "IM",
    "OT", "PT", "SW", "NA", "OK", "NO", "IT", "IS", "ON", "AM", "PM", "TO", "AN", "AS", "AT", "BE",
    "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "OF", "OR", "SO", "UP", "US", "WE", "MD", "CC",
    "PA", "NP", "RT", "MA", "PC", "SN", "ST", "LP", "MS", "MO", "TB", "HA", "PN", "CD", "VL", "GU",
    "SH", "IP", "OH", "HB", "HC", "GC", "RH", "KS", "LA", "DH", "BC", "NZ", "AU", "UK", "IE", "ZA",
    "PH", "NG", "SA", "EH", "PE", "RA", "NB", "FU", "LN", "CS", "QC", "MB", "AB", "NS", "NT", "WA",
    "ER", "UA", "DX", "RX", "TX", "HX", "SX", "FH", "CV", "HD", "DM", "LD", "OP", "HV", "MH", "CM",
    "DN", "NH", "SE", "NE", "SR", "KG", "MG", "ML", "IU", "MU", "PV", "PCR", "HIV", "STI", "MSM",
    "DOT", "TOC", "IPC", "CPE", "DNA", "EPP", "HPV", "HBV", "HCV", "PEP", "ART", "VOT", "LTB",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NICKS = ["Gaz", "Jonno", "Dazza", "Macca", "Robbo", "Deano", "Shaz", "Kez", "Tinks", "Sully",
         "Bazza", "Jojo", "Stevo", "Fitzy"]
HANDLES = ["jay_b91", "tommo_ldn", "quietguy85", "bearcub_mcr", "nightowl_88", "dan_xo",
           "leo.m.2000", "just_kev"]


class Redraw(Exception):
    """The note drew something it must not (clash, abbreviation initials): take the next seed."""


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch == "-")).replace("-", "")


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
    def FL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else self.ttl_f

    @property
    def ttl_f(self) -> str:
        return "Ms" if self.first[-1] in "nrtdk" else "Mrs"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _ascii(self.first).lower(), _ascii(self.last).lower()
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}"][style % 3]


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "uk": f"{dd}/{mm}/{d.year}", "uk2": f"{dd}/{mm}/{yy}", "dm": f"{d.day}/{d.month}",
        "dm0": f"{dd}/{mm}", "dmy": f"{d.day}/{d.month}/{d.year}", "dmy2": f"{d.day}/{d.month}/{yy}",
        "dot": f"{dd}.{mm}.{d.year}", "dot2": f"{d.day}.{d.month}.{yy}", "long": f"{d.day} {m} {d.year}",
        "ord": f"{d.day}{suf} {m} {d.year}", "ordm": f"{d.day}{suf} {m}", "sh": f"{d.day} {m[:3]} {d.year}",
        "shm": f"{d.day} {m[:3]}", "SH": f"{dd} {m[:3].upper()} {d.year}",
        "SHy": f"{dd}-{m[:3].upper()}-{yy}", "dmon": f"{dd}-{m[:3]}-{d.year}", "dash": f"{dd}-{mm}-{d.year}",
        "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}", "us2": f"{d.month}/{d.day}/{yy}",
        "usd": f"{mm}-{dd}-{d.year}", "md": f"{d.month}/{d.day}", "md0": f"{mm}/{dd}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}",
        "usmo": f"{m} {d.day}{suf}", "iso": d.isoformat(), "isoc": f"{d.year}{mm}{dd}",
        "ymd": f"{d.year}/{mm}/{dd}", "ymon": f"{d.year}-{m[:3]}-{dd}", "my": f"{m} {d.year}",
        "mys": f"{m[:3]} {d.year}", "mon_d": f"{m} {d.day}", "dmo": f"{d.day} {m}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


# ----------------------------------------------------------------------------- check digits
def _mod11_10(r: random.Random, first: list[int]) -> str:
    """NHS / H&C style: 9 digits weighted 10..2, check 11 - sum % 11 (10 never issued)."""
    while True:
        ds = first + [r.randint(0, 9) for _ in range(9 - len(first))]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, ds)) + str(c)


def _nhs(r: random.Random) -> str:
    return _mod11_10(r, [r.choice([4, 6, 7])])


def _hc(r: random.Random) -> str:
    return _mod11_10(r, [3, r.randint(2, 9)])


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        ds = [int(x) for x in f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"]
        ds += [r.randint(0, 9), r.randint(0, 9)]
        ds.append(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, ds)) + str(c)


def _luhn(body: str) -> str:
    """body + the Luhn check digit."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return body + str((10 - tot % 10) % 10)


def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _npi(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + _dig(r, 8)
    return _luhn("80840" + body)[5:]


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _sin(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 7)) + _dig(r, 7))
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, ds)) + str(chk) + str(r.randint(1, 4))


def _ihi(r: random.Random) -> str:
    s = _luhn("800360" + _dig(r, 9))
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def _ohip(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 9)) + _dig(r, 8))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _phn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, ds)) + str(c)


def _ramq(r: random.Random, pt: P, dob: date) -> str:
    """Quebec health insurance number: surname / given-name letters, YYMM(+50 female) DD, 2 digits."""
    last = _ascii(pt.last).upper().replace(" ", "")
    mm = dob.month + (50 if pt.sex == "f" else 0)
    return (f"{(last + 'XXX')[:3]}{_ascii(pt.first)[0].upper()} {dob.year % 100:02d}{mm:02d} "
            f"{dob.day:02d}{r.randint(1, 9)}{r.randint(0, 9)}")


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + _dig(r, 3)
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        c = 11 - tot % 11
        if c != 11:
            return s + str(c % 10)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    return _luhn(f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08")


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + _dig(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


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
        self.today = date(2024, 1, 15) + timedelta(days=self.r.randint(0, 600))

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

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    # drawing
    def ch(self, xs: list[Any]) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

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
                    .replace("-", "").replace("'", "").isalpha()) or len(first) < 3:
                continue
            words = first.split() + last.split()
            if any(w in BAD_NAMES for w in words) or first in self.firsts or last in self.lasts:
                continue
            if any(w in self.lasts or w in self.firsts for w in words if len(w) > 2):
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
        grp = next((g for g, v in G.items() if pt.first in v[0] + v[1]), None)
        # a Faker-drawn patient's relatives come from the same Faker locale
        q = self._take(grp or self.ch(PAT[self.region]), sex, grp is None and self.fk is not None)
        if keep:
            self.lasts.discard(q.last)
            q.last = pt.last
        return q

    def staff(self, region: str | None = None) -> P:
        reg = region or self.region
        grp = self.ch(STAFF_INTL) if self.r.random() < 0.35 else self.ch(PAT[reg])
        return self._take(grp, self.ch("mf"), False)

    def nick(self) -> str:
        for _ in range(20):
            k = self.ch(NICKS)
            if k not in self.firsts:
                self.firsts.add(k)
                return k
        raise Redraw

    def ini(self, q: P, lower: bool = False, three: bool = False) -> str:
        s = q.first[0] + (q.mid if three else "") + q.last.split()[-1][0]
        s = _ascii(s).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 80) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def old(self) -> tuple[date, int]:
        return self.dob(66, 89) if self.r.random() < 0.55 else self.dob(90, 100)

    def hosp(self) -> str:
        return self.ch(["RX", "K", "H", "M", "RJ"]) + self.dig(self.r.randint(6, 7))

    def tm(self) -> str:
        return f"{self.r.randint(7, 20):02d}:{self.ch(['00', '05', '15', '20', '30', '40', '45', '50'])}"

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
def _pc_in(n: C) -> str:
    return f"{n.r.randint(1, 9)}{n.ch(list('ABDEFGHJLNPQRSTUWXYZ'))}{n.ch(list('ABDEFGHJLNPQRSTUWXYZ'))}"


UK_TOWN = [("Leeds", "LS7"), ("Wakefield", "WF1"), ("Halifax", "HX1"), ("Stockport", "SK4"),
           ("Bolton", "BL3"), ("Wigan", "WN5"), ("Luton", "LU2"), ("Walsall", "WS2"), ("Derby", "DE23"),
           ("Gateshead", "NE8"), ("Peterborough", "PE1"), ("Northampton", "NN3"), ("Leicester", "LE5")]
UK_ST = ["Hollins Lane", "Victoria Road", "Beckside Close", "Marlborough Terrace", "Stainbeck Avenue",
         "Carr Mill Drive", "Cardigan Road", "Harehills Lane", "Belgrave Gate", "Coniston Way"]
SC_TOWN = [("Dundee", "DD3"), ("Paisley", "PA1"), ("Kirkcaldy", "KY1"), ("Livingston", "EH54"),
           ("Inverness", "IV2"), ("Motherwell", "ML1")]
SC_ST = ["Lochee Road", "Glenburn Drive", "Muirhouse Crescent", "Braeside Place", "Kirkton Avenue"]
CY_TOWN = [("Swansea", "SA1"), ("Newport", "NP20"), ("Wrexham", "LL11"), ("Bangor", "LL57"),
           ("Merthyr Tydfil", "CF47"), ("Llanelli", "SA15")]
CY_ST = ["Heol y Felin", "Ffordd Las", "Bryn Road", "Stryd Fawr", "Heol Gwili", "Maes y Coed"]
NI_TOWN = [("Belfast", "BT5"), ("Newry", "BT34"), ("Lisburn", "BT28"), ("Derry", "BT48"),
           ("Omagh", "BT78"), ("Ballymena", "BT43")]
NI_ST = ["Ravenhill Road", "Glen Road", "Knockbreda Park", "Shore Road", "Springfield Avenue"]


def uk_place(n: C, region: str = "uk") -> tuple[str, str, str]:
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST),
                  "ni": (NI_TOWN, NI_ST)}[region]
    town, out = n.ch(towns)
    num = n.r.randint(2, 240)
    line = f"{num} {n.ch(sts)}" if n.r.random() < 0.7 else f"Flat {n.r.randint(1, 24)}, {num} {n.ch(sts)}"
    return line, town, f"{out} {_pc_in(n)}"


def uk_mob(n: C) -> str:
    a, b = "7" + n.dig(3), n.dig(6)
    return n.ch([f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}"])


def uk_land(n: C) -> str:
    return n.ch([f"0113 {n.r.randint(240, 399)} {n.dig(4)}", f"0161 {n.r.randint(200, 999)} {n.dig(4)}",
                 f"(01924) {n.r.randint(200, 999)}{n.dig(3)}", f"0191 {n.r.randint(200, 599)} {n.dig(4)}",
                 f"0116 {n.r.randint(250, 299)} {n.dig(4)}"])


US_CITY = [("Fresno", "CA", "937", "559"), ("Oakland", "CA", "946", "510"), ("Sacramento", "CA", "958", "916"),
           ("Baltimore", "MD", "212", "410"), ("Atlanta", "GA", "303", "404"), ("Houston", "TX", "770", "713"),
           ("Phoenix", "AZ", "850", "602"), ("Minneapolis", "MN", "554", "612"), ("Newark", "NJ", "071", "973"),
           ("Memphis", "TN", "381", "901")]
US_ST = ["E Shields Ave", "Telegraph Ave", "Florin Rd", "N Charles St", "Ponce de Leon Ave",
         "Westheimer Rd", "W McDowell Rd", "Cedar Ave S", "Springfield Ave", "Poplar Ave"]


def us_place(n: C) -> tuple[str, str, str, str, str]:
    """street line, city, state, ZIP, area code"""
    city, st, z3, area = n.ch(US_CITY)
    line = f"{n.r.randint(100, 9899)} {n.ch(US_ST)}"
    if n.r.random() < 0.35:
        line += n.ch([f" Apt {n.r.randint(1, 40)}{n.ch('ABCD')}", f" #{n.r.randint(101, 420)}"])
    return line, city, st, z3 + n.dig(2), area


def us_phone(n: C, area: str = "") -> str:
    a = area or n.ch(["559", "510", "916", "410", "404", "713", "602", "612", "973", "901"])
    x, y = f"{n.r.randint(201, 989)}", n.dig(4)
    return n.ch([f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"+1 {a} {x} {y}"])


AU_SUB = [("Liverpool", "NSW", "2170"), ("Blacktown", "NSW", "2148"), ("Dandenong", "VIC", "3175"),
          ("Werribee", "VIC", "3030"), ("Logan Central", "QLD", "4114"), ("Salisbury", "SA", "5108"),
          ("Mirrabooka", "WA", "6061"), ("Palmerston", "NT", "0830"), ("Glenorchy", "TAS", "7010")]
AU_ST = ["Macquarie Street", "Boundary Road", "Lonsdale Street", "Kingfisher Way", "Waratah Avenue",
         "Coolabah Crescent", "Illawarra Road"]


def au_place(n: C) -> tuple[str, str, str, str]:
    sub, st, pc = n.ch(AU_SUB)
    num = n.r.randint(2, 180)
    line = f"{num} {n.ch(AU_ST)}" if n.r.random() < 0.6 else f"{n.r.randint(1, 30)}/{num} {n.ch(AU_ST)}"
    return line, sub, st, pc


def au_mob(n: C) -> str:
    a, b = n.dig(2), n.dig(6)
    return n.ch([f"04{a} {b[:3]} {b[3:]}", f"+61 4{a} {b[:3]} {b[3:]}", f"04{a}{b}"])


def au_land(n: C) -> str:
    return f"({n.ch(['02', '03', '07', '08'])}) {n.r.randint(8, 9)}{n.dig(3)} {n.dig(4)}"


CA_CITY = [("Brampton", "ON", "L6T", "905"), ("Mississauga", "ON", "L5B", "905"),
           ("Surrey", "BC", "V3T", "604"), ("Red Deer", "AB", "T4N", "403"), ("Saskatoon", "SK", "S7K", "306"),
           ("Winnipeg", "MB", "R2W", "204"), ("Laval", "QC", "H7N", "450"), ("Moncton", "NB", "E1C", "506"),
           ("Dartmouth", "NS", "B2Y", "902"), ("Longueuil", "QC", "J4K", "450")]
CA_ST = ["Queen St E", "King George Blvd", "Gaetz Ave", "Selkirk Ave", "boul. des Laurentides",
         "Portland St", "Confederation Pkwy", "Mountain Rd"]


def ca_place(n: C, prov: str | None = None) -> tuple[str, str, str, str, str]:
    opts = [c for c in CA_CITY if prov is None or c[1] == prov]
    city, pr, fsa, area = n.ch(opts)
    ldu = f"{n.r.randint(1, 9)}{n.ch(list('ABCEGHJKLMNPRSTVWXYZ'))}{n.r.randint(0, 9)}"
    line = f"{n.r.randint(10, 9800)} {n.ch(CA_ST)}"
    if n.r.random() < 0.3:
        line = f"{n.r.randint(101, 1904)}-{line}"
    return line, city, pr, f"{fsa} {ldu}", area


def ca_phone(n: C, area: str = "") -> str:
    a = area or n.ch(["905", "604", "403", "204", "450", "902", "306"])
    x, y = f"{n.r.randint(201, 989)}", n.dig(4)
    return n.ch([f"{a}-{x}-{y}", f"({a}) {x}-{y}", f"{a} {x} {y}"])


IE_TOWN = [("Athlone", "Co. Westmeath", "N37"), ("Navan", "Co. Meath", "C15"),
           ("Letterkenny", "Co. Donegal", "F92"), ("Carlow", "Co. Carlow", "R93"),
           ("Tullamore", "Co. Offaly", "R35"), ("Castlebar", "Co. Mayo", "F23"), ("Drogheda", "Co. Louth", "A92")]
IE_ST = ["Ard Caoin", "Bóthar Buí", "Pearse Street", "Cois Abhann", "Lios na Gréine", "Dublin Road",
         "Páirc an Rí"]


def ie_place(n: C) -> tuple[str, str, str, str]:
    town, co, rk = n.ch(IE_TOWN)
    line = f"{n.r.randint(1, 96)} {n.ch(IE_ST)}"
    al = "ACDEFHKNPRTVWXY"
    return line, town, co, f"{rk} {n.ch(list(al))}{n.dig(1)}{n.ch(list(al))}{n.dig(1)}"


def ie_mob(n: C) -> str:
    a, b = n.ch(["83", "85", "86", "87", "89"]), n.dig(7)
    return n.ch([f"0{a} {b[:3]} {b[3:]}", f"+353 {a} {b[:3]} {b[3:]}", f"0{a}-{b}"])


NZ_SUB = [("Ōtāhuhu", "Auckland", "1062"), ("Māngere", "Auckland", "2022"), ("Cannons Creek", "Porirua", "5024"),
          ("Riccarton", "Christchurch", "8041"), ("Frankton", "Hamilton", "3204"), ("Flaxmere", "Hastings", "4120")]
NZ_ST = ["Massey Road", "Bader Drive", "Mungavin Avenue", "Clarence Street", "Tōtara Crescent", "Kahikatea Drive"]


def nz_place(n: C) -> tuple[str, str, str, str]:
    sub, city, pc = n.ch(NZ_SUB)
    num = n.r.randint(1, 160)
    line = f"{num} {n.ch(NZ_ST)}" if n.r.random() < 0.7 else f"{n.r.randint(1, 6)}/{num} {n.ch(NZ_ST)}"
    return line, sub, city, pc


def nz_mob(n: C) -> str:
    return f"02{n.ch(['1', '2', '7'])} {n.dig(3)} {n.dig(4)}"


def za_mob(n: C) -> str:
    a, b = n.ch(["72", "73", "76", "82", "83", "84"]), n.dig(7)
    return n.ch([f"0{a} {b[:3]} {b[3:]}", f"+27 {a} {b[:3]} {b[3:]}"])


def ng_mob(n: C) -> str:
    a, b = n.ch(["803", "806", "813", "703", "905"]), n.dig(7)
    return n.ch([f"0{a} {b[:3]} {b[3:]}", f"+234 {a} {b[:3]} {b[3:]}"])


def ph_mob(n: C) -> str:
    a, b = n.ch(["917", "918", "927", "939", "998"]), n.dig(7)
    return n.ch([f"0{a}-{b[:3]}-{b[3:]}", f"+63 {a} {b[:3]} {b[3:]}"])


def in_mob(n: C) -> str:
    b = str(n.r.randint(6, 9)) + n.dig(9)
    return n.ch([f"+91 {b[:5]} {b[5:]}", f"+91-{b}", b])


def pmail(n: C, q: P) -> str:
    dom = n.ch(["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com"])
    f, la = _ascii(q.first).lower(), _ascii(q.last).lower()
    return n.ch([f"{f}.{la}{n.r.randint(70, 99)}@{dom}", f"{f[0]}{la}{n.r.randint(1, 30)}@{dom}",
                 f"{f}{la[0]}_{n.r.randint(100, 999)}@{dom}"])


def _ip_pub(n: C) -> str:
    return f"{n.ch([82, 86, 92, 109, 151, 174, 203])}.{n.r.randint(1, 254)}.{n.r.randint(1, 254)}.{n.r.randint(1, 254)}"


# ---------------------------------------------------------------------------- UK templates
def uk_gum_consult(n: C) -> Note:
    pt = n.pat(sex="m")
    dob, _ = n.dob(19, 55)
    doc, ha = n.staff(), n.staff()
    reg = n.rel(pt, "m")
    seen = n.dt()
    clinic = f"{n.ch(['SH', 'GU'])}{n.dig(6)}"
    mob = uk_mob(n)
    upsi, app = seen - timedelta(days=n.r.randint(3, 9)), seen - timedelta(days=n.r.randint(10, 20))
    toc = seen + timedelta(days=n.r.randint(14, 28))
    n.t("SEXUAL HEALTH - CLINICAL RECORD\nClinic no: ").p("ID", clinic).t("    Seen: ").d(seen, "SH")
    n.t(f" {n.tm()}    Clinician: Dr ").p("NAME", doc.fl).t(" (StR GUM)\n")
    n.t("Name held: ").p("NAME", pt.FL).t("   DOB ").d(dob, "dot2").t("   Gender: M   Orientation: MSM\n")
    n.t("Contact mob (ok to text, no voicemail): ").p("PHONE", mob).t("\n")
    n.t("PC: dysuria x 4/7, urethral discharge. Last UPSI ").d(upsi, "dm")
    n.t(" with regular male partner ").p("NAME", reg.first).t(" (3 yrs); receptive oral only with a casual")
    n.t(" met on an app (profile \"").p("NAME", n.ch(HANDLES)).t("\") on ").d(app, "shm").t(".\n")
    n.t("O/E: T ").c("36.9").t(", mucopurulent urethral d/c, no inguinal LN, no rash.\n")
    n.t("Micro (GS urethral smear): GNDC seen, PMNL ").c("12/hpf").t(".\n")
    n.t("Rx: ").c("ceftriaxone 1 g IM").t(" stat + ").c("doxycycline 100 mg bd x 7/7").t(" (presumptive CT).\n")
    n.t("PN: patient referral for ").p("NAME", reg.first).t("; provider referral via app messaging for")
    n.t(" casual - passed to HA ").p("NAME", ha.first).t(". Abstain until both partners treated.\n")
    n.t("TOC NAAT ").d(toc, "dm0").t(" (pharyngeal).   ").p("NAME", n.ini(doc)).t("\n")
    return n.build(_fhir(pt, dob, [("clinic", clinic)], mob))


def uk_pn_worksheet(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(18, 60)
    ha = n.staff()
    opened = n.dt()
    clinic = f"{n.ch(['SH', 'GU'])}/{opened.year % 100}/{n.dig(5)}"
    onset = opened - timedelta(days=n.r.randint(10, 30))
    c1, c2, c3 = n.rel(pt), n.nick(), n.ch(HANDLES)
    tx = opened - timedelta(days=n.r.randint(0, 3))
    d1 = onset - timedelta(days=n.r.randint(5, 25))
    d2 = onset - timedelta(days=n.r.randint(30, 70))
    att = opened + timedelta(days=n.r.randint(2, 9))
    n.t("PARTNER NOTIFICATION WORKSHEET - infectious syphilis (secondary)\nIndex: ")
    n.p("NAME", pt.LF).t("   Clinic ID ").p("ID", clinic).t("   HA: ").p("NAME", ha.fl)
    n.t("   Opened ").d(opened, "uk").t("\n")
    n.t("RPR ").c("1:32").t(" / TPPA reactive; ").c("benzathine penicillin 2.4 MU IM").t(" given ")
    n.d(tx, "dm").t("\nLook-back: 3 months before symptom onset (").d(onset, "dm").t(")\n\n")
    n.t("#  Contact        Rel.           Last sex   Route      Outcome\n")
    n.t("1  ").p("NAME", c1.first).t(" " * max(1, 15 - len(c1.first))).t("regular        ").d(d1, "dm0")
    n.t("      patient    attended ").d(att, "dm0").t(" - treated\n")
    n.t("2  \"").p("NAME", c2).t("\"" + " " * max(1, 13 - len(c2))).t("casual/sauna   ").d(d2, "mys")
    n.t("   provider   not traceable (no surname)\n")
    n.t("3  ").p("NAME", c3).t(" " * max(1, 15 - len(c3))).t("app            ").d(d2 + timedelta(days=9), "dm0")
    n.t("      provider   message sent via app, no reply\n\n")
    n.t("HA note: ").p("NAME", pt.first).t(" agreed to tell ").p("NAME", c1.first)
    n.t(" himself" if pt.sex == "m" else " herself").t("; contact slip 2 issued. Review at 2/52.\n")
    return n.build(_fhir(pt, dob, [("clinic", clinic)]))


def uk_hiv_letter(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(28, 75)
    gp, cons = n.staff(), n.staff()
    typist = n.staff()
    part = n.rel(pt)
    nhs = _nhs(n.r)
    clinic = n.dig(6)
    seen = n.dt(-20, -5)
    dic = seen + timedelta(days=n.r.randint(0, 3))
    dx = date(n.r.randint(2004, 2021), n.r.randint(1, 12), 1)
    res = seen - timedelta(days=n.r.randint(7, 20))
    email = pmail(n, pt)
    line, town, pc = uk_place(n)
    n.t("Department of Sexual Health & HIV\nDictated ").d(dic, "uk2").t("  Typed ")
    n.d(dic + timedelta(days=2), "uk2").t("  Ref: ").p("NAME", n.ini(cons)).t("/").p("NAME", n.ini(typist, True))
    n.t("\n\nDr ").p("NAME", gp.f_l).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t("\n\nDear Dr ").p("NAME", gp.last).t(",\n\nRe: ").p("NAME", pt.fl).t("   DOB ")
    n.d(dob, "sh").t("   NHS ").p("ID", f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}").t("   Clinic no. ")
    n.p("ID", clinic).t("\n(Consent to share HIV status with GP: yes)\n\n")
    n.t("I reviewed ").p("NAME", pt.first).t(" in the HIV clinic on ").d(seen, "long").t(". Diagnosed ")
    n.d(dx, "my").t(", nadir CD4 ").c("210").t(". Remains on ").c("Biktarvy 50/200/25 mg once daily")
    n.t(" with good adherence.\n")
    n.t("Results (").d(res, "dm").t("): HIV-1 viral load ").c("<50 copies/mL").t(", CD4 ")
    n.c("640 cells/uL").t(" (").c("31%").t("), eGFR ").c("88").t(", ALT ").c("24").t(", total chol ")
    n.c("5.2").t(", HDL ").c("1.3").t(", QRISK3 ").c("6.4%").t(".\n")
    n.t("His" if pt.sex == "m" else "Her").t(" partner ").p("NAME", part.first)
    n.t(" is on PrEP via our service. No drug interactions with current meds; please check before")
    n.t(" prescribing.\nNext review: ").d(seen + timedelta(days=180), "mys").t(".\n\n")
    n.t("Yours sincerely\n\nDr ").p("NAME", cons.fl).t(", Consultant in HIV Medicine\ncc: patient (by email ")
    n.p("EMAIL", email).t(")\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs), ("clinic", clinic)], line=line, city=town, zip_=pc))


def uk_prep_review(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(19, 50)
    nurse = n.staff()
    reg = n.rel(pt, "m")
    seen = n.dt()
    clinic = n.ch(["", "P"]) + n.dig(6)
    mob = uk_mob(n)
    start = seen - timedelta(days=n.r.randint(120, 700))
    nxt = seen + timedelta(days=n.r.randint(80, 95))
    n.t("prep 3/12 review - tel + bloods ").d(seen, "dot2").t("\n")
    n.t("pt ").p("NAME", pt.first.lower()).t(" ").p("NAME", pt.last.lower()).t(", clinic ")
    n.p("ID", clinic).t(", dob ").d(dob, "uk2").t("\n")
    n.t("on daily prep (").c("emtricitabine/tenofovir DF 200/245 mg 1 od").t(") since ")
    n.d(start, "mys").t(". ~1 missed dose/wk. cai with 3 partners since last visit incl regular (")
    n.p("NAME", reg.first).t(").\n")
    n.t("hiv 4th gen poct neg today; syph ab neg; ng/ct naat x3 sites sent.\n")
    n.t("creat ").c("78 umol/L").t(", egfr ").c(">90").t(", uPCR ").c("12 mg/mmol").t("\n")
    n.t("hep b immune (anti-HBs ").c("230 IU/L").t(", 2022). renewed 3 bottles (90 tabs).\n")
    n.t("results by sms to ").p("PHONE", mob).t(" - consent ok. next review w/c ").d(nxt, "dm0").t("\n")
    n.p("NAME", n.ini(nurse, True)).t(" / SHA\n")
    return n.build(_fhir(pt, dob, [("clinic", clinic)], mob))


def uk_tb_dot(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(20, 70)
    nurse, dot1 = n.staff(), n.staff()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    kid = n.rel(pt, keep=True)
    nhs, hosp = _nhs(n.r), n.hosp()
    wk = n.r.randint(3, 20)
    mon = n.today - timedelta(days=n.today.weekday() + 7)
    mob = uk_mob(n)
    xp = mon - timedelta(days=7 * wk + n.r.randint(1, 5))
    n.t(f"TB SERVICE - directly observed therapy record, week {wk}\nName: ").p("NAME", pt.fl)
    n.t("   NHS: ").p("ID", nhs).t("   Hosp no: ").p("ID", hosp).t("\n")
    n.t("Pulmonary TB, smear +ve, fully sensitive (Xpert MTB/RIF, RIF resistance not detected ")
    n.d(xp, "dmon").t("). Notified to UKHSA.\n")
    n.t("Regimen (wt ").c("62 kg").t("): ").c("Rifater 5 tabs od").t(" + ").c("ethambutol 900 mg od")
    n.t(" + ").c("pyridoxine 10 mg od").t("\nDOT worker: ").p("NAME", dot1.fl).t("   TB CNS: ")
    n.p("NAME", nurse.fl).t("\n\nDay        Observed by   Doses   Comment\n")
    i1, i2 = n.ini(dot1), n.ini(nurse)
    for k, (ini, ok, com) in enumerate([(i1, "yes", "mild nausea"), (i1, "yes", "-"),
                                        (i2, "NO", "not at home")]):
        d = mon + timedelta(days=2 * k)
        n.t(f"{_wd(d)} ").d(d, "dm0").t("  ").p("NAME", ini).t(f"            {ok:<8}{com}\n")
    n.t("Fri: rang ").p("PHONE", mob).t(" - ").p("NAME", sp.first)
    n.t(" says on night shift, will attend pharmacy Sat.\n")
    n.t("Household contacts: ").p("NAME", sp.first).t(" (IGRA neg ").d(mon - timedelta(days=30), "dm")
    n.t("), ").p("NAME", kid.first).t(" 9y (IGRA pos - LTBI, ").c("3RH").t(").\n")
    n.t("LFTs ").d(mon - timedelta(days=3), "dm").t(": ALT ").c("41").t(", bili ").c("9")
    n.t(". Ishihara normal.\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs), ("hosp", hosp)], mob))


def uk_noids_measles(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(1, 6)
    gp = n.staff()
    mum = n.rel(pt, "f", keep=n.r.random() < 0.7)
    sib = n.rel(pt, keep=True)
    nhs = _nhs(n.r)
    sent = n.dt()
    rash = sent - timedelta(days=n.r.randint(1, 3))
    fev = rash - timedelta(days=n.r.randint(2, 4))
    line, town, pc = uk_place(n)
    mob, land = uk_mob(n), uk_land(n)
    gmc = str(n.r.randint(3000000, 7999999))
    mail = gp.mail("nhs.net", n.r.randint(0, 2))
    n.t("From: ").p("EMAIL", mail).t("\nSent: ").t(_wd(sent, True) + " ").d(sent, "long")
    n.t(f" {n.tm()}\nTo: Health Protection Team (duty desk)\nSubject: NOID - suspected measles\n\n")
    n.t("Notification under the Health Protection (Notification) Regulations 2010\n")
    n.t("Patient: ").p("NAME", pt.fl).t(f"   Sex: {pt.sex.upper()}   DOB: ").d(dob, "uk")
    n.t(f" (age {age})\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t("\nNHS no: ").p("ID", nhs).t("\nParent: ").p("NAME", mum.fl).t(", mob ")
    n.p("PHONE", mob).t("\nOnset: fever from ").d(fev, "dm").t(", maculopapular rash from ")
    n.d(rash, "dm").t("; T ").c("39.2").t(", coryza, conjunctivitis, Koplik spots.\n")
    n.t("MMR: none (declined at 1 yr). Sibling ").p("NAME", sib.first)
    n.t(" (unvaccinated) attends the same nursery.\nOral fluid kit given to parent today.\n")
    n.t("Notifying RMP: Dr ").p("NAME", gp.fl).t(", GMC ").p("ID", gmc).t(", surgery ")
    n.p("PHONE", land).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], mob, line, town, pc))


def uk_cdiff_huddle(n: C) -> Note:
    ipcn, mat, mic, wm = n.staff(), n.staff(), n.staff(), n.staff()
    pa, pb = n.pat(), n.pat()
    (da, aa), (_db, ab) = n.old(), n.old()
    ha, hb = n.hosp(), n.hosp()
    day = n.dt()
    t1, t2 = day - timedelta(days=n.r.randint(1, 4)), day - timedelta(days=n.r.randint(6, 20))
    nxt = day + timedelta(days=7)
    n.t("IPC - period of increased incidence huddle, Ward 23 (Care of the Elderly) ").d(day, "sh")
    n.t("\nPresent: ").p("NAME", ipcn.fl).t(" (IPCN), ").p("NAME", mat.fl).t(" (Matron), Dr ")
    n.p("NAME", mic.last).t(" (Micro), ").p("NAME", wm.fl).t(" (WM)\n\n")
    n.t("Two hospital-onset C. difficile cases within 28 days:\n1. ").p("NAME", pa.LF).t(" (")
    n.p("ID", ha).t("), ")
    _age(n, aa).t("y - toxin +ve ").d(t1, "dm0").t(", type 7 x5; WCC ").c("17.2").t("; ")
    n.c("vancomycin 125 mg qds PO").t("\n2. ").p("NAME", pb.LF).t(" (").p("ID", hb).t("), ")
    _age(n, ab).t("y - GDH +ve / toxin -ve ").d(t2, "dm0").t(" (carrier); side room 4\n\n")
    n.t("Ribotyping sent for both; same ribotype = outbreak, escalate to DIPC.\n")
    n.t("Actions: HPV decon bay 2; co-amoxiclav stopped pt 1 (antimicrobial review with Dr ")
    n.p("NAME", mic.last).t("); hand hygiene audit by ").p("NAME", wm.first).t(".\n")
    n.t("Next huddle ").t(_wd(nxt) + " ").d(nxt, "dm0").t(". Minutes: ").p("NAME", n.ini(ipcn)).t("\n")
    return n.build(_fhir(pa, da, [("hosp", ha)]))


def uk_needlestick(n: C) -> Note:
    emp = n.staff("uk")
    dob, _ = n.dob(22, 60)
    mgr, src, ohn, fy = n.staff(), n.pat(), n.staff(), n.staff()
    inc = n.dt(-10, -1)
    asg, hosp = n.dig(8), n.hosp()
    datix = n.dig(6)
    mob = uk_mob(n)
    ext = n.dig(4)
    n.t("OCCUPATIONAL HEALTH - inoculation / body-fluid exposure\nEmployee: ").p("NAME", emp.fl)
    n.t("   Staff Nurse (Band 5)   Assignment no. ").p("ID", asg).t("\nDOB ").d(dob, "uk2")
    n.t("   Mob ").p("PHONE", mob).t("   Manager: ").p("NAME", mgr.fl).t(" (")
    n.p("EMAIL", mgr.mail("nhs.net")).t(")\n")
    n.t("Incident: ").t(_wd(inc, True) + " ").d(inc, "uk").t(f" at {n.tm()}, hollow-bore needle after")
    n.t(" SC injection, L index finger through glove; bled, washed. Datix ").p("ID", datix).t("\n")
    n.t("Source: ").p("NAME", src.LF).t(", hosp no ").p("ID", hosp).t(", consented by Dr ")
    n.p("NAME", fy.fi).t(": HIV Ag/Ab neg, HBsAg neg, HCV Ab neg (").d(inc, "dm").t(")\n")
    n.t("Recipient: HBV course complete, anti-HBs ").c("148 mIU/mL").t("; baseline serum saved.\n")
    n.t("PEP: not indicated (source negative).\nFollow-up: HCV PCR at 6/52 (")
    n.d(inc + timedelta(days=42), "dm").t("), HCV Ab + HIV at 12/52 (").d(inc + timedelta(days=84), "dm")
    n.t(")\nSeen by ").p("NAME", ohn.fl).t(", OH Nurse Practitioner, ext ").p("PHONE", ext).t("\n")
    return n.build(_fhir(emp, dob, [("assignment", asg)], mob))


def uk_oh_rtw(n: C) -> Note:
    emp = n.staff("uk")
    dob, _ = n.dob(24, 62)
    mgr, phys, tbd = n.staff(), n.staff(), n.staff()
    eno = n.dig(7)
    seen = n.dt()
    off = seen - timedelta(days=n.r.randint(20, 40))
    adm = off + timedelta(days=n.r.randint(1, 4))
    rtw = seen + timedelta(days=n.r.randint(5, 12))
    gmc = str(n.r.randint(3000000, 7999999))
    n.t("Occupational Health Report - CONFIDENTIAL (released with the employee's consent)\nTo: ")
    n.p("NAME", mgr.fl).t(", Ward Manager (").p("EMAIL", mgr.mail("nhs.net", 2)).t(")\nRe: ")
    n.p("NAME", emp.fl).t(", Healthcare Assistant, Employee no. ").p("ID", eno).t(", DOB ")
    n.d(dob, "dash").t("\nReferral received ").d(seen - timedelta(days=6), "dm").t("; seen by telephone ")
    n.d(seen, "ord").t(".\n\n")
    n.p("NAME", emp.first).t(" has been absent since ").d(off, "ordm").t(" and was admitted on ")
    n.d(adm, "dm").t(" with smear-positive pulmonary TB. The TB team (Dr ").p("NAME", tbd.last)
    n.t(") confirm more than 2 weeks of treatment, clinical response and a fully sensitive isolate;")
    n.t(" no longer infectious.\nWeight ").c("58 kg").t(" (was ").c("52 kg").t(" on admission).\n\n")
    n.t("Opinion: fit for a phased return from ").d(rtw, "long").t(": 4-hour shifts week 1, no nights")
    n.t(" for 4 weeks; time to attend DOT / clinic. Not a risk to patients or colleagues.\n")
    n.t("Colleagues screened by the TB service; no further action for the ward.\n\n")
    n.p("NAME", phys.fl).t(", MFOM, Consultant Occupational Physician, GMC ").p("ID", gmc).t("\n")
    return n.build(_fhir(emp, dob, [("employee", eno)]))


def sc_mening_contacts(n: C) -> Note:
    pt = n.pat("sc")
    dob, age = n.dob(18, 22)
    cphm, hpn = n.staff(), n.staff()
    mum = n.rel(pt, "f", keep=True)
    fm = n.pat("sc")
    kc = n.pat("sc")
    chi = _chi(n.r, dob, pt.sex)
    adm = n.dt(-3, -1)
    inc = f"HPZ{n.dig(7)}"
    mdob, _ = n.dob(42, 60)
    fdob, _ = n.dob(18, 23)
    land = n.ch([f"0131 {n.r.randint(200, 699)} {n.dig(4)}", f"0141 {n.r.randint(200, 999)} {n.dig(4)}",
                  f"01382 {n.r.randint(2, 9)}{n.dig(5)}", f"01463 {n.r.randint(2, 7)}{n.dig(5)}"])
    n.t("Health Protection Team - meningococcal disease: close-contact record\nCase: ")
    n.p("NAME", pt.fl).t(", CHI ").p("ID", chi).t(f", {age}y, admitted ").d(adm, "dot")
    n.t("; N. meningitidis group B PCR positive.\nIncident ").p("ID", inc).t("   CPHM: Dr ")
    n.p("NAME", cphm.fl).t("   HPN: ").p("NAME", hpn.fl).t("\n\n")
    n.t("Prophylaxis: ciprofloxacin single dose; MenB/MenACWY vaccine per guidance.\n")
    n.t("Name                     DOB         Link           Dose     Given\n")
    for q, d, link in [(mum, mdob, "mother"), (fm, fdob, "flatmate")]:
        n.p("NAME", q.fl).t(" " * max(1, 25 - len(q.fl))).d(d, "uk2").t(f"    {link:<15}").c("500 mg")
        n.t("   ").d(adm, "dm").t("\n")
    n.p("NAME", kc.first).t(" (surname not known)" + " " * max(1, 6 - len(kc.first)))
    n.t("-   kissing contact  ").c("500 mg").t("   via GP ").d(adm + timedelta(days=1), "dm").t("\n\n")
    n.t("Warn-and-inform letter to student services. Contacts given the HPT number ")
    n.p("PHONE", land).t(".\n")
    return n.build(_fhir(pt, dob, [("chi", chi)]))


def cy_staff_imm(n: C) -> Note:
    emp = n.pat("cy")
    dob, _ = n.dob(19, 45)
    vac = n.staff()
    sno = n.dig(8)
    line, town, pc = uk_place(n, "cy")
    h1 = n.dt(-400, -300)
    h2, h3 = h1 + timedelta(days=30), h1 + timedelta(days=180)
    titre = h3 + timedelta(days=n.r.randint(40, 70))
    flu = n.dt(-40, -1)
    pin = f"{n.r.randint(0, 24):02d}{n.ch(list('ABCDEFHIJKLY'))}{n.dig(4)}{n.ch(list('ABCDEOW'))}"
    n.t("Gwasanaeth Iechyd Galwedigaethol / Occupational Health Service\nIMMUNISATION RECORD\n")
    n.t("Name: ").p("NAME", emp.LF).t("   Staff no. ").p("ID", sno).t("   Role: Healthcare Support Worker\n")
    n.t("DOB: ").d(dob, "uk").t("   Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t("\n\n")
    n.t("Hep B   dose 1 ").d(h1, "uk2").t(" / dose 2 ").d(h2, "uk2").t(" / dose 3 ").d(h3, "uk2").t("\n")
    n.t("        anti-HBs ").c("11 mIU/mL").t(" on ").d(titre, "dm").t(" - poor responder, booster given\n")
    n.t("MMR     2 doses documented (GP record, 1996 and 2001)\n")
    n.t("VZV     IgG ").c("positive").t("\nTB      BCG scar seen; T-SPOT.TB ").c("negative")
    n.t(" (").d(titre, "dmy2").t(")\nFlu     ").d(flu, "sh").t(" - ").c("QIVc 0.5 mL IM")
    n.t(" L deltoid, batch ").t(f"{n.ch(['TFA', 'AB', 'QX'])}{n.dig(4)}{n.ch('ABC')}\n")
    n.t("EPP clearance not required for role.\nVaccinator: ").p("NAME", vac.fl).t(" RN, NMC PIN ")
    n.p("ID", pin).t("\n")
    return n.build(_fhir(emp, dob, [("staff", sno)], line=line, city=town, zip_=pc))


def ni_food_questionnaire(n: C) -> Note:
    pt = n.pat("ni")
    dob, _ = n.dob(20, 75)
    hpn, gp = n.staff(), n.staff()
    sis = n.rel(pt, "f")
    fr = n.pat("ni")
    hc = _hc(n.r)
    line, town, pc = uk_place(n, "ni")
    land = f"028 {n.r.randint(20, 97)} {n.dig(6)}"
    itv = n.dt()
    onset = itv - timedelta(days=n.r.randint(3, 7))
    m1, m2 = onset - timedelta(days=1), onset - timedelta(days=2)
    lab = f"M{itv.year % 100}.{n.dig(7)}"
    n.t("Public Health Agency - Gastrointestinal infection questionnaire (Salmonella Enteritidis)\n")
    n.t("Interviewer: ").p("NAME", hpn.fl).t(", Health Protection Nurse   Interview: ").d(itv, "dot2")
    n.t("\nCase: ").p("NAME", pt.FL).t("   H&C ").p("ID", f"{hc[:3]} {hc[3:6]} {hc[6:]}")
    n.t("   DOB ").d(dob, "uk").t("   Tel ").p("PHONE", land).t("\nAddress: ").p("ADDRESS", line)
    n.t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\nGP: Dr ").p("NAME", gp.f_l).t("\n")
    n.t("Onset ").d(onset, "dm").t(f" {n.tm()}: diarrhoea (non-bloody), fever ").c("38.6")
    n.t(", vomiting x6. Stool culture")
    n.t(" positive, lab no. ").p("ID", lab).t(".\n\nFood history, 72 h before onset:\n")
    n.t("  ").d(m1, "dm").t(" evening - chicken korma, takeaway from \"Spice Garden\"\n")
    n.t("  ").d(m2, "dm").t(" lunch - christening party buffet (coronation chicken, egg sandwiches)\n")
    n.t("Others unwell after the party: ").p("NAME", sis.first).t(" (sister) and ").p("NAME", fr.fl)
    n.t(" (friend, not tested).\nTravel outside NI in last 14 days: no.\n")
    n.t("Occupation: kitchen assistant - excluded until 48 h symptom-free.\n")
    return n.build(_fhir(pt, dob, [("hc", hc)], land, line, town, pc))


# ---------------------------------------------------------------------------- US templates
NICKS_US = ["Dre", "Tito", "Kiki", "Bubba", "Chuy", "Mookie", "Pooh"]


def _unick(n: C) -> str:
    for _ in range(20):
        k = n.ch(NICKS_US)
        if k not in n.firsts:
            n.firsts.add(k)
            return k
    raise Redraw


def us_std_clinic(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(19, 45)
    prov, dis = n.staff(), n.staff()
    p1, p2 = n.rel(pt), n.rel(pt)
    nk = _unick(n)
    vis = n.dt()
    cid, fr = n.dig(7), n.dig(6)
    line, city, st, z, area = us_place(n)
    ph = us_phone(n, area)
    named = vis - timedelta(days=n.r.randint(3, 12))
    n.t("DEPARTMENT OF PUBLIC HEALTH - SEXUAL HEALTH CLINIC\nClient #: ").p("ID", cid)
    n.t("   Visit: ").d(vis, "usd").t("   Provider: ").p("NAME", prov.fl).t(", FNP-BC\n")
    n.t("Client: ").p("NAME", f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}").t("   DOB: ")
    n.d(dob, "us").t("   Phone: ").p("PHONE", ph).t("\n\n")
    n.t(f"S: {age} y/o {pt.sex.upper()} referred by DIS ").p("NAME", dis.fl).t(" (field record #")
    n.p("ID", fr).t(") - named ").d(named, "md").t(" as a partner of an early syphilis case. No sx.\n")
    n.t("Partners last 12 mo: ").p("NAME", p1.first).t(" (main), \"").p("NAME", nk)
    n.t("\" (anonymous, hookup), ").p("NAME", p2.first).t(" (ex, last sex ").d(vis - timedelta(days=70), "usm")
    n.t(").\nO: no chancre, no rash, no LAD. BP ").c("128/76").t("\n")
    n.t("Labs: RPR reactive ").c("1:64").t(", TP-PA reactive; HIV Ag/Ab nonreactive; GC/CT NAAT pending.\n")
    n.t("A/P: early latent syphilis - ").c("Bicillin L-A 2.4 million units IM").t(" x1 given today.")
    n.t(" Repeat RPR at 6 mo. Offered PrEP - will think about it.\n")
    n.t("DIS to locate ").p("NAME", p2.first).t(" - last known address ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(".\n")
    n.t("e-signed ").p("NAME", prov.fml).t(", FNP-BC ").d(vis, "us2").t(f" {n.tm()}\n")
    return n.build(_fhir(pt, dob, [("client", cid)], ph))


def us_hiv_clinic(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(28, 70)
    doc, cm = n.staff(), n.staff()
    sis = n.rel(pt, "f")
    mrn, adap, mcd = n.dig(8), n.dig(9), f"{n.ch(['9', 'A', 'K'])}{n.dig(8)}"
    vis = n.dt()
    lab = vis - timedelta(days=n.r.randint(5, 14))
    _, city, _, _, _ = us_place(n)
    n.t("RYAN WHITE HIV CLINIC - PROGRESS NOTE   ").d(vis, "uss").t("\n")
    n.t("Pt: ").p("NAME", pt.fml).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "us1").t("\n")
    n.t("ADAP ID ").p("ID", adap).t("   Medicaid ").p("ID", mcd).t("   Case mgr: ").p("NAME", cm.fl).t("\n\n")
    n.t(f"S: {age}yo here for 6-mo f/u, dx HIV 2009. Missed ~2 doses while staying with sister ")
    n.p("NAME", sis.first).t(" in ").p("ADDRESS", city).t(". No fevers, wt stable.\n")
    n.t("Meds: ").c("Biktarvy 1 tab PO daily").t("; ").c("atorvastatin 20 mg daily").t("\n")
    n.t("O: BP ").c("132/84").t(", HR ").c("72").t(", wt ").c("81.2 kg").t("\n")
    n.t("Labs ").d(lab, "md").t(": HIV-1 RNA ").c("38 copies/mL").t(", CD4 ").c("512").t(" (")
    n.c("28%").t("), Cr ").c("1.02").t(", HbA1c ").c("5.9%").t(", RPR NR\n")
    n.t("A/P: virally suppressed (<200). Continue ART. Adherence counseling; pillbox.")
    n.t(" Annual STI screen done. Flu + COVID boosters today.\nRTC 6 mo with labs 2 wk prior.\n\n")
    n.t("").p("NAME", doc.f_l).t(", MD, AAHIVS   ").d(vis, "us").t(f" {n.tm()}\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("adap", adap)]))


def us_prep_inj(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(19, 48)
    rn, pa = n.staff(), n.staff()
    mrn = n.dig(8)
    due = n.dt(-3, 0)
    given = due + timedelta(days=n.r.randint(-2, 4))
    rna = given - timedelta(days=n.r.randint(3, 10))
    nxt = given + timedelta(days=61)
    ph = us_phone(n)
    link = f"https://telehealth.bayviewhealth.org/join/{n.dig(4)}-{n.dig(3)}-{n.dig(4)}"
    inj = n.r.randint(3, 9)
    n.t("LONG-ACTING PrEP (CAB-LA) - INJECTION VISIT\nPatient: ").p("NAME", pt.LF).t("   MRN ")
    n.p("ID", mrn).t("   DOB ").d(dob, "us2").t("\n")
    n.t(f"Injection #{inj} (q2mo). Target date ").d(due, "md").t(", window +/- 7 days; given ")
    n.d(given, "us1").t(" (on time).\nHIV-1 RNA qualitative ").d(rna, "md").t(": not detected.\n")
    n.c("Apretude 600 mg/3 mL IM").t(f" {n.ch(['R', 'L'])} ventrogluteal; lot {n.ch(['KZ', 'JT'])}{n.dig(4)}.\n")
    n.t("Prior ISR: pain ").c("3/10").t(" x 2 days, resolved. Wt ").c("74 kg").t("\n")
    n.t("STI screen: GC/CT 3-site NAAT, RPR sent.\n")
    n.t("Next injection due ").d(nxt, "usm").t(" (window ").d(nxt - timedelta(days=7), "md").t("-")
    n.d(nxt + timedelta(days=7), "md").t("). Reminder texts to ").p("PHONE", ph).t(".\n")
    n.t("Mid-cycle check-in (video): ").p("URL", link).t("\n")
    n.t("Given by ").p("NAME", rn.fl).t(", RN; provider ").p("NAME", pa.fl).t(", PA-C\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], ph))


def us_tb_vdot(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(20, 75)
    rn, r2, ow = n.staff(), n.staff(), n.staff()
    case = f"TB-{n.today.year % 100}-{n.dig(4)}"
    tok = "".join(n.ch(list("abcdefghjkmnpqrstuvwxyz23456789")) for _ in range(10))
    url = f"https://vdot.{n.ch(['countytb', 'phvideo', 'emocha'])}.com/s/{tok}"
    ph = us_phone(n)
    d0 = n.dt(-6, -3)
    spu = d0 - timedelta(days=n.r.randint(5, 15))
    n.t("COUNTY TB CONTROL - VIDEO DOT (vDOT) LOG\nClient: ").p("NAME", pt.fl).t("   Case #: ")
    n.p("ID", case).t("   DOB: ").d(dob, "us").t("\n")
    n.t("Regimen: ").c("isoniazid 300 mg").t(", ").c("rifampin 600 mg").t(", ").c("pyrazinamide 1500 mg")
    n.t(", ").c("ethambutol 1200 mg").t(" daily + ").c("pyridoxine 25 mg").t("\n")
    n.t("Session link: ").p("URL", url).t("\n\nDate   Time   Reviewer   Doses   Notes\n")
    i1, i2 = n.ini(rn), n.ini(r2)
    n.d(d0, "md").t(f"   07:{n.r.randint(10, 59)}   ").p("NAME", i1).t("         ").c("4/4").t("     ok\n")
    n.d(d0 + timedelta(days=1), "md").t(f"   08:{n.r.randint(10, 59)}   ").p("NAME", i2).t("         ")
    n.c("4/4").t("     video froze; confirmed by phone ").p("PHONE", ph).t("\n")
    n.d(d0 + timedelta(days=2), "md").t("   --      --         missed  no upload; home visit by outreach ")
    n.t("worker ").p("NAME", ow.fl).t(" ").d(d0 + timedelta(days=3), "md").t("\n")
    n.t("Upload IP ").p("IP", _ip_pub(n)).t(" (new device - pt got new phone).\n")
    n.t("Sputum ").d(spu, "md").t(": AFB smear neg, culture pending. Wt ").c("58.9 kg").t(" (baseline ")
    n.c("55.1 kg").t(").\nNurse case manager: ").p("NAME", rn.fl).t(", RN, PHN\n")
    return n.build(_fhir(pt, dob, [("case", case)], ph))


def us_cmr_legionella(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(50, 84)
    ip = n.staff()
    rep = n.dt()
    onset = rep - timedelta(days=n.r.randint(5, 9))
    adm = onset + timedelta(days=n.r.randint(1, 3))
    s1 = onset - timedelta(days=n.r.randint(4, 9))
    line, city, st, z, area = us_place(n)
    ph, tel, fax = us_phone(n, area), us_phone(n), us_phone(n)
    ssn = _ssn(n.r)
    acc, cal = f"PHL{rep.year % 100}-{n.dig(5)}", n.dig(7)
    n.t("CONFIDENTIAL MORBIDITY REPORT - Legionellosis\nDate of report: ").d(rep, "us")
    n.t("   CalREDIE ID: ").p("ID", cal).t("\nPatient: ").p("NAME", pt.LFF).t("   DOB ").d(dob, "us")
    n.t(f"   Age {age}   Sex {pt.sex.upper()}\nSSN: ").p("SSN", ssn).t("\nAddress: ").p("ADDRESS", line)
    n.t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Phone ").p("PHONE", ph).t("\n")
    n.t("Onset ").d(onset, "us1").t("; admitted ").d(adm, "us1").t(" (ICU). T max ").c("103.1 F")
    n.t(", Na ").c("129").t(", CXR RLL consolidation.\n")
    n.t("Lab: urine antigen POSITIVE (collected ").d(adm, "md").t("); sputum to PHL, accession ")
    n.p("ID", acc).t("\nExposures (14 d): hotel stay, room 412, ").d(s1, "md").t("-")
    n.d(s1 + timedelta(days=3), "md").t(" - hot tub used; no cruise; home plumbing work none.\n")
    n.t("Treatment: ").c("levofloxacin 750 mg IV daily").t("\n")
    n.t("Reporter: ").p("NAME", ip.fl).t(", RN, CIC, Infection Preventionist   Tel ").p("PHONE", tel)
    n.t("   Fax ").p("PHONE", fax).t("\n")
    return n.build(_fhir(pt, dob, [("ssn", ssn)], ph, line, city, z))


def us_food_interview(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(20, 65)
    epi = n.staff()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    son = n.rel(pt, "m", keep=True)
    oth = n.pat()
    itv = n.dt()
    meal = itv - timedelta(days=n.r.randint(4, 8))
    while meal.weekday() != 4:
        meal -= timedelta(days=1)
    onset = meal + timedelta(days=1)
    stool = onset + timedelta(days=2)
    ph = us_phone(n)
    n.t("FOODBORNE ILLNESS - CASE INTERVIEW (cluster 25-14)\nInterviewer: ").p("NAME", epi.fl)
    n.t(", MPH, Epidemiologist   Interview date: ").d(itv, "usl").t("\nCase: ").p("NAME", pt.fl)
    n.t("   DOB ").d(dob, "us1").t("   Phone ").p("PHONE", ph).t("   Respondent: self\n\n")
    n.t("Meal of interest: rehearsal dinner, \"La Palapa\" restaurant, Friday ").d(meal, "usm").t(" ~7 pm\n")
    n.t("  carne asada Y   rice Y   ceviche N   salsa verde Y   horchata Y   flan DK\n")
    n.t("Onset ").d(onset, "md").t(" ~2 am: diarrhea ").c("8x/day").t(", cramps, fever ").c("101.3 F")
    n.t("; ill 3 days; ED visit no.\nStool collected ").d(stool, "md").t(" - Salmonella, serotype pending.\n")
    n.t("Household: ").p("NAME", sp.first).t(" (spouse) ill, same onset; ").p("NAME", son.first)
    n.t(" (son, 7) did not attend, well.\nOther ill attendees named: ").p("NAME", oth.fl)
    n.t(" (groom's uncle)" if oth.sex == "m" else " (groom's aunt)").t(".\nFood handler / daycare / healthcare worker: none.\n")
    return n.build(_fhir(pt, dob, [], ph))


def us_travel_clinic(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(19, 70)
    np_, mom = n.staff(), n.rel(pt, "f", keep=n.r.random() < 0.5)
    mrn = n.dig(8)
    vis = n.dt()
    dep = vis + timedelta(days=n.r.randint(14, 40))
    ret = dep + timedelta(days=n.r.randint(14, 25))
    icvp = f"{n.ch(['US', 'CA'])}{n.dig(7)}"
    ph = us_phone(n)
    n.t("TRAVEL MEDICINE CONSULT   ").d(vis, "usd").t("\nPatient: ").p("NAME", pt.fml).t("   DOB ")
    n.d(dob, "us").t("   MRN ").p("ID", mrn).t("\n")
    n.t("Itinerary: Lima ").d(dep, "us2").t(" -> Cusco (3,400 m) -> Iquitos, Amazon lodge 5 nights;")
    n.t(" return ").d(ret, "us2").t(". Church volunteer group.\nPMH: mild asthma (albuterol prn).")
    n.t(" No egg allergy." + (" Not pregnant (urine hCG neg)." if pt.sex == "f" else ""))
    n.t("\n\nVaccines given today:\n")
    n.t("  Yellow fever (YF-Vax) ").c("0.5 mL SC").t(f" L arm, lot UJ{n.dig(3)}{n.ch('ABC')}{n.dig(2)}\n")
    n.t("  Typhoid Vi (Typhim Vi) ").c("0.5 mL IM").t(f" R deltoid, lot X{n.dig(4)}-{n.dig(2)}\n")
    n.t("  Hep A #1 (Havrix) ").c("1 mL IM").t(" L deltoid\n")
    n.t("Rx: ").c("atovaquone-proguanil 250/100 mg 1 tab daily").t(" (Iquitos leg, + 7 d after);")
    n.t(" ").c("acetazolamide 125 mg bid").t(" from day before Cusco; ").c("azithromycin 1000 mg x1")
    n.t(" for severe TD.\nICVP issued no. ").p("ID", icvp).t(", valid from ").d(vis + timedelta(days=10), "us1")
    n.t(".\nEmergency contact: mother ").p("NAME", mom.fl).t(" ").p("PHONE", ph).t("\n")
    n.p("NAME", np_.fl).t(", MSN, APRN-CNP, Travel Clinic\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_bbfe(n: C) -> Note:
    emp = n.staff()
    dob, _ = n.dob(22, 60)
    sup, doc = n.staff(), n.staff()
    src = n.pat()
    eid, mrn, osha = n.dig(6), n.dig(8), n.dig(4)
    exp = n.dt(-6, -1)
    vl = exp - timedelta(days=n.r.randint(30, 90))
    ph = us_phone(n)
    n.t("EMPLOYEE HEALTH - BLOODBORNE PATHOGEN EXPOSURE\nEmployee: ").p("NAME", emp.lf)
    n.t("   ID ").p("ID", eid).t("   Environmental Services   DOB ").d(dob, "us1").t("\n")
    n.t("Cell ").p("PHONE", ph).t("   Supervisor: ").p("NAME", sup.fl).t("\n\n")
    n.t("Exposure ").d(exp, "us").t(f" {n.tm()}: percutaneous, needle protruding from overfilled sharps")
    n.t(" container, R thumb, through glove.\nSource: ").p("NAME", src.LFF).t(", MRN ").p("ID", mrn)
    n.t(" - known HIV (VL ").c("1,240 copies/mL").t(" on ").d(vl, "md").t("), HBsAg neg, HCV Ab pos.\n")
    n.t("PEP: ").c("bictegravir/emtricitabine/TAF 1 tab daily x 28 days").t(", first dose 1 h 40 min")
    n.t(" post-exposure.\nBaseline: HIV Ag/Ab neg, anti-HBs ").c("94 mIU/mL").t(", HCV Ab neg, ALT ")
    n.c("22").t(", Cr ").c("0.8").t("\nFollow-up: HCV RNA + HIV at 6 wk (").d(exp + timedelta(days=42), "md")
    n.t("), 3 mo (").d(exp + timedelta(days=90), "md").t(").\nOSHA 300 log case #").p("ID", osha)
    n.t("\nOcc Med: ").p("NAME", doc.fl).t(", MD, MPH\n")
    return n.build(_fhir(emp, dob, [("employee", eid)], ph))


def us_vzv_restrict(n: C) -> Note:
    emp = n.staff()
    mgr, ehn = n.staff(), n.staff()
    eid = n.dig(6)
    let = n.dt()
    exp = let - timedelta(days=n.r.randint(1, 5))
    igg = let - timedelta(days=1)
    ph = us_phone(n)
    ext = n.dig(4)
    job = n.ch(["Patient Care Technician", "Unit Secretary", "Respiratory Therapist", "Phlebotomist"])
    n.t("Employee Health Services\n").d(let, "usl").t("\n\nTo: ").p("NAME", emp.fl).t(f", {job}")
    n.t(", Employee ID ").p("ID", eid).t("\nRE: Work restriction after varicella exposure\n\n")
    n.t("On ").d(exp, "usl").t(" you cared for a patient on 6 West later found to have disseminated")
    n.t(" zoster, before airborne precautions were in place. We have no record of two varicella")
    n.t(" vaccines, and your VZV IgG of ").d(igg, "md").t(" was equivocal (index ").c("0.9").t(").\n\n")
    n.t("You may not work in patient-care areas from day 8 to day 21 after exposure: ")
    n.d(exp + timedelta(days=8), "mon_d").t(" through ").d(exp + timedelta(days=21), "usl").t(".\n")
    n.t("Varivax dose 1 (").c("0.5 mL SC").t(") given ").d(let, "md").t("; dose 2 due ")
    n.d(let + timedelta(days=28), "md").t(". Call ").p("PHONE", ph).t(" x").p("PHONE", ext)
    n.t(" for fever or rash.\n\n").p("NAME", ehn.fl).t(", RN, COHN-S\ncc: ").p("NAME", mgr.fl)
    n.t(", Nurse Manager (").p("EMAIL", mgr.mail("bayviewhealth.org", 1)).t(")\n")
    dob, _ = n.dob(22, 60)
    return n.build(_fhir(emp, dob, [("employee", eid)]))


def us_cre_alert(n: C) -> Note:
    pt, rm = n.pat(), n.pat()
    dob, age = n.old()
    ip, att, chg = n.staff(), n.staff(), n.staff()
    mrn, fin, mrn2, hai = n.dig(8), n.dig(10), n.dig(8), n.dig(6)
    al = n.dt()
    sw = al - timedelta(days=n.r.randint(1, 3))
    adm_rm = al - timedelta(days=n.r.randint(3, 6))
    pgr = n.dig(5)
    n.t("*** INFECTION PREVENTION ALERT - CRE (KPC) ***   ").d(al, "us").t(f" {n.tm()}\n")
    n.t("Patient: ").p("NAME", f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}").t("   MRN ")
    n.p("ID", mrn).t("   FIN ").p("ID", fin).t("   4 North, bed 12   Age ")
    _age(n, age).t("\nOrganism: Klebsiella pneumoniae, carbapenem-resistant; KPC PCR detected (rectal")
    n.t(" surveillance swab ").d(sw, "md").t(").\nMeropenem MIC ").c(">=16").t("; ceftazidime-avibactam S.\n")
    n.t("Actions: Contact Plus precautions, private room, dedicated equipment, bleach terminal clean;")
    n.t(" EHR flag placed.\nRoommate ").p("NAME", rm.lf).t(" (MRN ").p("ID", mrn2).t(") exposed ")
    n.d(adm_rm, "md").t("-").d(al, "md").t(" - surveillance swab ordered.\n")
    n.t("Notified: Dr. ").p("NAME", att.last).t(" (attending), charge RN ").p("NAME", chg.first)
    n.t(", state HAI program (report #").p("ID", hai).t(").\nIP: ").p("NAME", ip.fl)
    n.t(", MPH, CIC   pager ").p("PHONE", pgr).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("fin", fin)]))


# ---------------------------------------------------------------------------- AU templates
def au_sh_clinic(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(18, 40)
    doc = n.staff()
    c1, c2 = n.rel(pt), n.rel(pt)
    mc = _medicare(n.r)
    vis = n.dt()
    lmp = vis - timedelta(days=n.r.randint(8, 25))
    res = vis + timedelta(days=n.r.randint(2, 4))
    mob = au_mob(n)
    mrn = n.dig(7)
    n.t("Sexual Health Centre - new patient consult ").d(vis, "dmy").t("\nName: ").p("NAME", pt.fl)
    n.t("  DOB ").d(dob, "dmy").t("  MRN ").p("ID", mrn).t("  Medicare ")
    n.p("ID", f"{mc[:4]} {mc[4:9]} {mc[9]}").t("\nATSI: No.  Mob ").p("PHONE", mob).t(" (SMS results OK)\n")
    n.t("Presents with 5/7 of vaginal discharge and post-coital bleeding. LMP " if pt.sex == "f" else
        "Presents with 3/7 of dysuria and penile discharge. Last sex ")
    n.d(lmp, "dm").t(".\nSexual partners 3/12: ").p("NAME", c1.first).t(" (regular, 6 mths), ")
    n.p("NAME", c2.first).t(" (once, festival ").d(vis - timedelta(days=n.r.randint(10, 30)), "shm")
    n.t(").\nNAAT: NG ").c("detected").t(", CT not detected, TV not detected. Culture taken before Rx.\n")
    n.t("Rx: ").c("ceftriaxone 500 mg IM").t(" + ").c("azithromycin 1 g PO").t(" stat.\n")
    n.t("Contact tracing: pt will tell ").p("NAME", c1.first).t(" in person; anonymous SMS to ")
    n.p("NAME", c2.first).t(" via Let Them Know. No sex for 7 days and until partners treated.\n")
    n.t("Culture sensitivities due ").d(res, "dm").t("; TOC NAAT 2/52.\n")
    n.t("Dr ").p("NAME", doc.fi).t(" (Sexual Health Physician)\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("medicare", mc)], mob))


def au_phu_measles(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(22, 45)
    off, mo = n.staff(), n.staff()
    ct = n.pat()
    ncims = n.dig(8)
    itv = n.dt()
    rash = itv - timedelta(days=n.r.randint(1, 3))
    fl = rash - timedelta(days=n.r.randint(6, 9))
    inf0 = rash - timedelta(days=4)
    line, sub, st, pc = au_place(n)
    mob, cmob = au_mob(n), au_mob(n)
    n.t("PUBLIC HEALTH UNIT - measles case interview   NCIMS ").p("ID", ncims).t("\nCase: ")
    n.p("NAME", pt.LF).t(f", {age}, DOB ").d(dob, "uk").t("\nHome: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Mob ").p("PHONE", mob).t("\n")
    n.t("Rash onset ").d(rash, "sh").t("; measles IgM + PCR positive. MMR status: 1 dose (childhood).\n")
    n.t("Acquisition: returned from Denpasar on ").d(fl, "sh").t(" (JQ 36, seat 27C).\n")
    n.t("Infectious period ").d(inf0, "dm").t(" to ").d(rash + timedelta(days=4), "dm").t(". Exposure sites:\n")
    n.t("  - GP clinic waiting room ").d(inf0 + timedelta(days=1), "dm").t(", 09:15-11:00\n")
    n.t("  - Westfield food court ").d(inf0 + timedelta(days=2), "dm").t(", 12:30-14:00\n")
    n.t("Close contact: housemate ").p("NAME", ct.fl).t(" (born 1996, no MMR record) - ").c("NHIG 0.6 mL/kg IM")
    n.t(" offered; mob ").p("PHONE", cmob).t(".\n")
    n.t("Case excluded from work (child care) until ").d(rash + timedelta(days=5), "dmy").t(".\n")
    n.t("Interviewer: ").p("NAME", off.fl).t(", Surveillance Officer; PHMO Dr ").p("NAME", mo.last).t("\n")
    return n.build(_fhir(pt, dob, [("ncims", ncims)], mob, line, sub, pc))


def au_qfever(n: C) -> Note:
    emp = n.pat()
    dob, _ = n.dob(18, 55)
    doc, hr = n.staff(), n.staff()
    d0 = n.dt(-10, -7)
    read = d0 + timedelta(days=7)
    mob = au_mob(n)
    aqfr = f"QF{n.dig(6)}"
    mc = _medicare(n.r)
    n.t("Q FEVER PRE-VACCINATION SCREENING (abattoir employee)\nName: ").p("NAME", emp.FL)
    n.t("   DOB ").d(dob, "dmy2").t("   Medicare ").p("ID", mc).t("\nMob ").p("PHONE", mob)
    n.t("   Employer contact: ").p("NAME", hr.fl).t(" (").p("EMAIL", hr.mail("murraybeef.com.au"))
    n.t(")\nHistory: no prior Q fever illness or vaccination; started on the kill floor ")
    n.d(d0 - timedelta(days=n.r.randint(7, 20)), "dmo").t(".\n\n")
    n.t("Day 0 (").d(d0, "dm").t("): serology sent; skin test ").c("0.1 mL ID").t(" L forearm.\n")
    n.t("Day 7 (").d(read, "dm").t("): skin test induration ").c("0 mm").t("; serology Phase II IgG ")
    n.c("<1:25").t(" (neg).\nResult: NON-IMMUNE -> Q-VAX ").c("0.5 mL SC").t(" given ").d(read, "uk")
    n.t(".\nImmune from ").d(read + timedelta(days=15), "dm").t(" - no work with animals or products before.\n")
    n.t("Recorded on the Q Fever Register, ID ").p("ID", aqfr).t(".\nDr ").p("NAME", doc.fl)
    n.t(", occupational physician\n")
    return n.build(_fhir(emp, dob, [("medicare", mc)], mob))


def au_mro_alert(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    icp, num = n.staff(), n.staff()
    c1, c2 = n.pat(), n.pat()
    ur, ur1, ur2 = n.dig(7), n.dig(7), n.dig(7)
    al = n.dt()
    spec = al - timedelta(days=n.r.randint(1, 3))
    mob = au_mob(n)
    n.t("IPC ALERT - VRE (vanB) and CPE screening | ").d(al, "iso").t("\nPatient: ").p("NAME", pt.LF)
    n.t("  UR ").p("ID", ur).t("  Age ")
    _age(n, age).t("  Ward 7B bed 4\nRectal swab ").d(spec, "dm").t(": Enterococcus faecium vanB ")
    n.c("DETECTED").t("; CPE PCR not detected.\nAction: single room with ensuite, contact precautions,")
    n.t(" alert on iPM; inform on transfer.\nBay 7B-1 contacts (shared bathroom ")
    n.d(spec - timedelta(days=4), "dm").t("-").d(spec, "dm").t(") - screen x3 over 7 days:\n")
    n.t("  ").p("NAME", c1.LF).t("  UR ").p("ID", ur1).t("\n  ").p("NAME", c2.LF).t("  UR ").p("ID", ur2)
    n.t("\nNUM ").p("NAME", num.fl).t(" informed; family (daughter) to be told by ward.\n")
    n.t("ICP: ").p("NAME", icp.fl).t(" RN, ph ").p("PHONE", mob).t("\n")
    return n.build(_fhir(pt, dob, [("ur", ur)]))


def au_cert_capacity(n: C) -> Note:
    w = n.pat()
    dob, _ = n.dob(20, 62)
    doc = n.staff()
    claim = f"{n.ch(['1', '2'])}{n.dig(8)}"
    inj = n.dt(-20, -7)
    d1 = n.dt(-2, 0)
    d2 = d1 + timedelta(days=14)
    line, sub, st, pc = au_place(n)
    mob = au_mob(n)
    prov = f"{n.dig(6)}{n.ch('ABCDEFHJKLTWXY')}{n.ch('ABFHJKLTWY')}"
    n.t("CERTIFICATE OF CAPACITY (workers' compensation)\nWorker: ").p("NAME", w.fl).t("   DOB ")
    n.d(dob, "uk").t("   Claim no. ").p("ID", claim).t("\nAddress: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Ph ").p("PHONE", mob).t("\n")
    n.t("Occupation: disability support worker. Date of injury: ").d(inj, "dmy").t("\n")
    n.t("Diagnosis: needlestick injury (used insulin pen needle) with acute stress reaction;")
    n.t(" source client HBV/HCV/HIV negative. Baseline serology negative.\n")
    n.t("Capacity from ").d(d1, "uk").t(" to ").d(d2, "uk").t(": suitable duties - no sharps handling,")
    n.t(" no lone shifts, max ").c("6 hours").t("/day, ").c("4 days").t("/week.\n")
    n.t("Treatment: psychology x6 (K10 ").c("28").t("); repeat serology 6 and 12 weeks.\n")
    n.t("Next review ").d(d2 - timedelta(days=1), "sh").t(".\nMedical practitioner: Dr ").p("NAME", doc.fl)
    n.t(", provider no. ").p("ID", prov).t("\n")
    return n.build(_fhir(w, dob, [("claim", claim)], mob, line, sub, pc))


def au_travel_hajj(n: C) -> Note:
    pt = n.pat()
    dob, age = n.dob(35, 75)
    doc, rn = n.staff(), n.staff()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=True)
    vis = n.dt()
    dep = vis + timedelta(days=n.r.randint(12, 30))
    mc = _medicare(n.r)
    ihi = _ihi(n.r)
    mob = au_mob(n)
    pp = f"{n.ch(['PA', 'PB', 'RA'])}{n.dig(7)}"
    n.t("TRAVEL HEALTH CONSULTATION\n").d(vis, "long").t("\n").p("NAME", pt.fl).t(f" ({age}), DOB ")
    n.d(dob, "dot").t(", Medicare ").p("ID", mc).t(", IHI ").p("ID", ihi).t("\n")
    n.t("Trip: Hajj with ").p("NAME", sp.first).t(" (spouse, seen separately); depart ").d(dep, "shm")
    n.t(" via Dubai, Makkah/Mina 3 weeks. Passport ").p("ID", pp).t(" (for certificate).\n")
    n.t("Hx: T2DM (HbA1c ").c("7.4%").t("), metformin ").c("1 g bd").t(". eGFR ").c("71").t("\n")
    n.t("Given: Menquadfi (MenACWY) ").c("0.5 mL IM").t(", certificate issued; influenza ")
    n.c("0.5 mL IM").t("; dTpa ").c("0.5 mL IM").t(". Batch numbers in AIR.\n")
    n.t("Advised: heat illness, sick-day rules for metformin, mask in crowds, no raw dairy.\n")
    n.t("Ph ").p("PHONE", mob).t("  Nurse immuniser: ").p("NAME", rn.fl).t("  Dr ").p("NAME", doc.f_l).t("\n")
    return n.build(_fhir(pt, dob, [("medicare", mc), ("ihi", ihi)], mob))


# ---------------------------------------------------------------------------- CA templates
def ca_on_sti_followup(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(17, 35)
    phn_nurse = n.staff()
    c1, c2 = n.rel(pt), n.rel(pt)
    ohip = _ohip(n.r)
    vc = n.ch(["AB", "KM", "XR", "HN", "TP"])
    case = n.dig(8)
    lab = n.dt(-12, -5)
    call = lab + timedelta(days=n.r.randint(2, 5))
    line, city, pr, pc, area = ca_place(n, "ON")
    ph = ca_phone(n, area)
    n.t("PUBLIC HEALTH - STI CASE FOLLOW-UP (iPHIS case ").p("ID", case).t(")\nClient: ")
    n.p("NAME", pt.lf).t("   DOB ").d(dob, "iso").t("   OHIP ").p("ID", f"{ohip} {vc}").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {pr} ").p("ZIP", pc)
    n.t("   Cell ").p("PHONE", ph).t("\nLab: C. trachomatis NAAT positive (urine), collected ")
    n.d(lab, "uss").t("; N. gonorrhoeae negative.\n")
    n.t("Phone contact ").d(call, "usm").t(": client aware, treated by walk-in clinic with ")
    n.c("doxycycline 100 mg PO BID x 7 days").t(".\nContacts (60 days): ").p("NAME", c1.first)
    n.t(" - client will notify, has ph#; ").p("NAME", c2.first)
    n.t(" - no contact info, met at a party in ").d(lab - timedelta(days=30), "mys").t(".\n")
    n.t("Retest in 3 months advised (").d(lab + timedelta(days=90), "usl").t(").\nPHN: ")
    n.p("NAME", phn_nurse.fl).t(", RN, BScN\n")
    return n.build(_fhir(pt, dob, [("ohip", ohip)], ph, line, city, pc))


def ca_bc_tb_dot(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(20, 80)
    nurse, ow = n.staff(), n.staff()
    phn = _phn(n.r)
    wk0 = n.dt(-12, -7)
    wk0 -= timedelta(days=wk0.weekday())
    lft = wk0 - timedelta(days=n.r.randint(3, 9))
    ph = ca_phone(n, "604")
    n.t("TB Services - DOT record (LTBI, 3HP weekly)\nName: ").p("NAME", pt.FL).t("   PHN ")
    n.p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB ").d(dob, "uss").t("\nRegimen: ")
    n.c("isoniazid 900 mg").t(" + ").c("rifapentine 900 mg").t(" + ").c("pyridoxine 50 mg")
    n.t(" once weekly x 12 doses\nDOT by ").p("NAME", ow.fl).t(" (community health worker), home visits\n\n")
    n.t("Dose  Date          Given  Notes\n")
    for k in range(3):
        d = wk0 + timedelta(days=7 * k)
        n.t(f"{k + 4:<6}").d(d, "ymd").t(f"    {'Y' if k < 2 else 'N':<7}")
        n.t(["flu-like sx 2 h after dose, settled", "-", "away (funeral in Kamloops)"][k]).t("\n")
    n.t("ALT ").d(lft, "usm").t(": ").c("38 U/L").t(". BP ").c("118/70").t(" after dose 5.\n")
    n.t("Missed dose rescheduled ").d(wk0 + timedelta(days=16), "usm").t("; client cell ").p("PHONE", ph)
    n.t("\nTB nurse: ").p("NAME", nurse.fi).t(", RN\n")
    return n.build(_fhir(pt, dob, [("phn", phn)], ph))


def ca_ab_rtw(n: C) -> Note:
    emp = n.pat("ca")
    dob, _ = n.dob(25, 60)
    ohn, mgr = n.staff(), n.staff()
    eid, wcb = n.dig(6), n.dig(7)
    uli = _luhn(str(n.r.randint(1, 9)) + n.dig(7))
    inj = n.dt(-60, -30)
    st = n.dt(0, 7)
    ph = ca_phone(n, "403")
    n.t("Workplace Health & Safety - Graduated Return to Work Plan\nEmployee: ").p("NAME", emp.fml)
    n.t("   Employee ID ").p("ID", eid).t("   ULI ").p("ID", f"{uli[:5]}-{uli[5:]}").t("\nPosition: LPN,")
    n.t(" medicine unit   WCB claim ").p("ID", wcb).t("   SIN ").p("SSN", _sin(n.r)).t("\nDOB ")
    n.d(dob, "dmon").t("\n")
    n.t("Injury ").d(inj, "uss").t(": blood splash to eyes while suctioning; source HCV RNA positive.")
    n.t(" Follow-up HCV RNA at 3 and 6 weeks negative. Absent since with anxiety and insomnia.\n")
    n.t("Plan (agreed with ").p("NAME", mgr.fl).t(", unit manager, on ").d(st - timedelta(days=2), "usm")
    n.t("):\n  Wk 1 from ").d(st, "dmon").t(": ").c("4 h").t(" x 3 days, days only, no suctioning\n")
    n.t("  Wk 2: ").c("8 h").t(" x 3 days\n  Wk 3: regular rotation, nights excluded until review\n")
    n.t("PHQ-9 ").c("11").t(", GAD-7 ").c("9").t("; EFAP counselling in place.\nFinal HCV Ab at 6 months: ")
    n.d(inj + timedelta(days=182), "uss").t(".\nOHN: ").p("NAME", ohn.fl).t(", RN, COHN(C)  ")
    n.p("PHONE", ph).t("\n")
    return n.build(_fhir(emp, dob, [("uli", uli)], ph))


def ca_qc_mado(n: C) -> Note:
    pt = n.pat("ca", sex=n.ch("mf"))
    dob = n.dt(-70, -40)
    mum = n.rel(pt, "f", keep=True)
    dad = n.rel(pt, "m", keep=n.r.random() < 0.5)
    doc, inf = n.staff(), n.staff()
    ramq = _ramq(n.r, pt, dob)
    decl = n.dt()
    cough = decl - timedelta(days=n.r.randint(8, 14))
    line, city, pr, pc, area = ca_place(n, "QC")
    ph = ca_phone(n, area)
    n.t("DÉCLARATION MADO / NOTIFIABLE DISEASE REPORT - Coqueluche / pertussis\nDate: ")
    n.d(decl, "iso").t("\nEnfant / child: ").p("NAME", pt.LF).t("   RAMQ ").p("ID", ramq).t("\n")
    n.t("Date de naissance / DOB: ").d(dob, "ymd").t(" (6 weeks)\nAdresse: ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", city).t(f" ({pr}) ").p("ZIP", pc).t("\nParents: ").p("NAME", mum.fl).t(" and ")
    n.p("NAME", dad.fl).t(", tél. ").p("PHONE", ph).t("\n")
    n.t("Cough since ").d(cough, "iso").t(", apnoeas x3, admitted PICU. B. pertussis PCR positive.\n")
    n.t("WBC ").c("31.2").t(", lymphocytes ").c("22.4").t(". Treated ").c("azithromycin 10 mg/kg PO daily x 5 days")
    n.t(".\nMother did not receive dTpa in pregnancy.\n")
    n.t("Household chemoprophylaxis: ").c("azithromycin 500 mg day 1 then 250 mg days 2-5").t(" for")
    n.t(" both parents and grandmother.\nDéclarant: Dr ").p("NAME", doc.fl).t(", pédiatre;")
    n.t(" enquête: ").p("NAME", inf.fl).t(", infirmière, santé publique\n")
    return n.build(_fhir(pt, dob, [("ramq", ramq)], ph, line, city, pc))


def ca_mb_measles_pep(n: C) -> Note:
    kid = n.pat("ca")
    dob, _ = n.dob(1, 4)
    sib = n.rel(kid, keep=True)
    sdob, _ = n.dob(5, 9)
    par = n.rel(kid, "f", keep=n.r.random() < 0.6)
    phn_ = n.staff()
    phin, sphin = n.dig(9), n.dig(9)
    exp = n.dt(-4, -2)
    line, city, pr, pc, area = ca_place(n, "MB")
    ph = ca_phone(n, area)
    n.t("Public Health - measles contact management\nExposure: clinic waiting room ").d(exp, "usl")
    n.t(", 14:00-16:30 (index case rash onset next day)\n\n1) ").p("NAME", kid.fl).t("   PHIN ")
    n.p("ID", phin).t("   DOB ").d(dob, "dmon").t("\n   wt ").c("12.4 kg").t("; MMR 1 dose; exposed <6 days ->")
    n.t(" ").c("GamaSTAN 0.5 mL/kg = 6.2 mL IM").t(" given ").d(exp + timedelta(days=3), "usm").t("\n")
    n.t("2) ").p("NAME", sib.fl).t("   PHIN ").p("ID", sphin).t("   DOB ").d(sdob, "dmon").t("\n")
    n.t("   2 doses MMR documented -> no PEP, monitor\n\n")
    n.t("Exclusion from daycare for child 1 until ").d(exp + timedelta(days=21), "usl").t(".\n")
    n.t("Parent: ").p("NAME", par.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    n.t(f", {pr} ").p("ZIP", pc).t(", ").p("PHONE", ph).t("\nPHN: ").p("NAME", phn_.fl).t("\n")
    return n.build(_fhir(kid, dob, [("phin", phin)], ph, line, city, pc))


def ca_on_ipac_linelist(n: C) -> Note:
    ipac, mgr = n.staff(), n.staff()
    rs = [n.pat() for _ in range(3)]
    dobs = [n.old() for _ in range(3)]
    mrns = [n.dig(7) for _ in range(3)]
    dec = n.dt()
    n.t("IPAC - OUTBREAK LINE LIST (respiratory, RSV)   PHU outbreak # 2266-")
    n.t(f"{dec.year}-0{n.dig(3)}\nDeclared ").d(dec, "uss").t(" - 5 East   IPAC lead: ")
    n.p("NAME", ipac.fl).t("   Manager: ").p("NAME", mgr.fl).t("\n\n")
    n.t("Name                    MRN       Age  Onset    Swab     Result   Isolation\n")
    for q, (d, a), m in zip(rs, dobs, mrns, strict=True):
        on = dec - timedelta(days=n.r.randint(1, 5))
        n.p("NAME", q.LF).t(" " * max(1, 24 - len(q.LF))).p("ID", m).t("   ")
        _age(n, a).t("   ").d(on, "usm").t(" " * (9 - len(_d(on, "usm"))))
        n.d(on + timedelta(days=n.r.randint(0, 1)), "md0")
        n.t("    RSV+     droplet/contact\n")
    n.t("\nResident 1: SpO2 ").c("89%").t(" on RA, on ").c("2 L NP").t("; resident 3 afebrile.\n")
    n.t("Staff cases: 2 (details on staff line list, not here). Next OMT call ").d(dec + timedelta(days=2), "usm")
    n.t(".\n")
    return n.build(_fhir(rs[0], dobs[0][0], [("mrn", mrns[0])]))


# ---------------------------------------------------------------------------- IE / NZ templates
def ie_gum_mpox(n: C) -> Note:
    pt = n.pat("ie", sex="m")
    dob, _ = n.dob(20, 55)
    nurse, doc = n.staff(), n.staff()
    reg = n.rel(pt, "m")
    clinic = f"GUI{n.dig(5)}"
    d1 = n.dt()
    prev = d1 - timedelta(days=n.r.randint(28, 60))
    mob = ie_mob(n)
    n.t("GUIDE CLINIC (STI / mpox vaccination)   ").d(d1, "dot").t("\nClinic no. ").p("ID", clinic)
    n.t("   ").p("NAME", pt.FL).t("   DOB ").d(dob, "dot2").t("   Mob ").p("PHONE", mob).t("\n")
    n.t("Dose 2 mpox vaccine - dose 1 given ").d(prev, "ordm").t(" (no reaction).\n")
    n.c("Imvanex 0.1 mL intradermal").t(" L forearm. Observed 15 min, well.\n")
    n.t("STI screen (asymptomatic, partner ").p("NAME", reg.first).t(" also attending): HIV/syphilis")
    n.t(" bloods, 3-site NG/CT NAAT. HIV-PrEP ongoing - creatinine ").c("91 umol/L").t(".\n")
    n.t("Hep A/B: completed Twinrix course 2023.\nResults by text; review only if positive.\n")
    n.t("Vaccinator: ").p("NAME", nurse.fl).t(" CNM2   Prescriber: Dr ").p("NAME", doc.fi).t("\n")
    return n.build(_fhir(pt, dob, [("clinic", clinic)], mob))


def ie_vtec_notif(n: C) -> Note:
    kid = n.pat("ie")
    dob, age = n.dob(1, 4)
    mum = n.rel(kid, "f", keep=n.r.random() < 0.6)
    gp, smo, ehp = n.staff(), n.staff(), n.staff()
    mrn = n.dig(7)
    notif = n.dt()
    onset = notif - timedelta(days=n.r.randint(4, 8))
    line, town, co, eir = ie_place(n)
    mob = ie_mob(n)
    cidr = f"{notif.year}-{n.dig(6)}"
    n.t("Department of Public Health - STEC/VTEC notification   CIDR event ").p("ID", cidr)
    n.t("\nNotified ").d(notif, "ord").t(" by Dr ").p("NAME", gp.fl).t(" (consultant microbiologist)\n")
    n.t("Case: ").p("NAME", kid.fl).t(f" ({age} yrs)   DOB ").d(dob, "dot").t("   MRN ").p("ID", mrn).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {co} ").p("ZIP", eir).t("\n")
    n.t("Mother: ").p("NAME", mum.fl).t(", ").p("PHONE", mob).t("\n")
    n.t("Onset ").d(onset, "dot2").t(" bloody diarrhoea; STEC O157 stx2 PCR positive. Hb ").c("96 g/L")
    n.t(", plt ").c("88").t(", creat ").c("61 umol/L").t(" - monitor for HUS, daily bloods.\n")
    n.t("Risk factors: private well (untested), farm visit with calves ").d(onset - timedelta(days=5), "dm")
    n.t(", attends a creche 3 days/week.\n")
    n.t("Actions: creche exclusion until 2 negative stools 48 h apart; sibling screening; EHO ")
    n.p("NAME", ehp.fl).t(" to sample the well.\nSMO: Dr ").p("NAME", smo.last).t("\n")
    return n.build(_fhir(kid, dob, [("mrn", mrn)], mob, line, town, eir))


def ie_oh_preplacement(n: C) -> Note:
    emp = n.pat("ie")
    dob, _ = n.dob(20, 45)
    ohn, ohp = n.staff(), n.staff()
    pers = n.dig(8)
    pin = n.dig(6)
    pps = _ppsn(n.r)
    ass = n.dt()
    h3 = ass - timedelta(days=n.r.randint(200, 900))
    mail = ohn.mail("hse.ie")
    n.t("HSE Occupational Health - pre-placement health assessment\nName: ").p("NAME", emp.LF)
    n.t("   Personnel no. ").p("ID", pers).t("   PPSN ").p("SSN", pps).t("\nDOB ").d(dob, "dot")
    n.t("   Post: staff nurse, ED (exposure-prone procedures: no)   NMBI PIN ").p("ID", pin).t("\n")
    n.t("Assessed ").d(ass, "dot2").t(" (online questionnaire submitted ").d(ass - timedelta(days=3), "dm")
    n.t(f" {n.tm()} from ").p("IP", _ip_pub(n)).t(" + nurse review)\n\n")
    n.t("Hep B: 3 doses, last ").d(h3, "my").t("; anti-HBs ").c(">1000 IU/L").t("\n")
    n.t("MMR: 2 doses documented. Varicella: history of chickenpox.\n")
    n.t("TB: BCG 1998; IGRA ").c("negative").t(" (").d(ass - timedelta(days=14), "dm").t(")\n")
    n.t("Seasonal flu: offered, accepted. COVID-19: 3 doses.\n")
    n.t("Outcome: FIT for the post, no restrictions.\nOHN ").p("NAME", ohn.fl).t(" (").p("EMAIL", mail)
    n.t(")   Reviewed: Dr ").p("NAME", ohp.last).t(", OHP\n")
    return n.build(_fhir(emp, dob, [("ppsn", pps), ("personnel", pers)]))


def ie_cpe_letter(n: C) -> Note:
    pt = n.pat("ie")
    dob, _ = n.dob(50, 88)
    cns = n.staff()
    mrn = n.dig(7)
    let = n.dt()
    adm = let - timedelta(days=n.r.randint(15, 40))
    dis = adm + timedelta(days=n.r.randint(5, 12))
    line, town, co, eir = ie_place(n)
    land = f"(0{n.ch(['90', '46', '74', '59', '57'])}) {n.r.randint(6, 9)}{n.dig(2)} {n.dig(4)}"
    ext = n.dig(4)
    n.t("Infection Prevention and Control Team\n").d(let, "ord").t("\n\nPRIVATE\n")
    n.t(f"{pt.title} ").p("NAME", pt.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t("\n")
    n.t(f"{co}\n").p("ZIP", eir).t("\n\nDear ").t(f"{pt.title} ").p("NAME", pt.last).t(",\n\n")
    n.t("Hospital no. ").p("ID", mrn).t("   Date of birth ").d(dob, "dot").t("\n\n")
    n.t("During your stay on St Brigid's ward from ").d(adm, "ordm").t(" to ").d(dis, "ord")
    n.t(" you shared a room with a patient later found to carry CPE (a resistant gut bacterium).")
    n.t(" You are well and do not need treatment. Your screening swabs were negative.\n")
    n.t("Your chart now has a 'CPE contact' flag; if you are admitted again please show this letter.\n\n")
    n.t("Questions: ").p("NAME", cns.fl).t(", IPC CNS, ").p("PHONE", land).t(" ext ").p("PHONE", ext)
    n.t("\n\nYours sincerely,\n").p("NAME", cns.fl).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], line=line, city=town, zip_=eir))


def nz_sh_syphilis(n: C) -> Note:
    pt = n.pat("nz")
    dob, _ = n.dob(18, 45)
    doc = n.staff()
    c1 = n.rel(pt)
    nk = n.nick()
    nhi = _nhi(n.r)
    vis = n.dt()
    mob = nz_mob(n)
    n.t("Sexual Health Service - consult ").d(vis, "dmy").t("\n").p("NAME", pt.LF).t("   NHI ").p("ID", nhi)
    n.t("   DOB ").d(dob, "dmy").t("   mob ").p("PHONE", mob).t("\n")
    n.t("Referred by GP: RPR ").c("1:128").t(", TPPA +. Widespread non-itchy rash 2/52, palms and soles.\n")
    n.t("Dx secondary syphilis. ").c("Benzathine benzylpenicillin 2.4 million units IM").t(" given today.\n")
    n.t("Partners 6/12: ").p("NAME", c1.first).t(" (current) - attending with pt next week; \"")
    n.p("NAME", nk).t("\" (casual, Wellington, ").d(vis - timedelta(days=n.r.randint(40, 90)), "shm")
    n.t(") - pt will text.\nHIV neg, hep B immune.\nFollow-up RPR at 3, 6, 12 months - next ")
    n.d(vis + timedelta(days=91), "sh").t(".\nDr ").p("NAME", doc.fl).t("\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], mob))


def nz_measles_quarantine(n: C) -> Note:
    pt = n.pat("nz")
    dob, age = n.dob(19, 40)
    off, moh = n.staff(), n.staff()
    nhi = _nhi(n.r)
    exp = n.dt(-5, -2)
    line, sub, city, pc = nz_place(n)
    mob = nz_mob(n)
    case = f"{exp.year % 100}-{n.dig(6)}-{n.ch(['AK', 'WN', 'CH'])}"
    n.t("Public Health - measles contact management (case ").p("ID", case).t(")\nContact: ")
    n.p("NAME", pt.fl).t(f" ({age}), NHI ").p("ID", nhi).t(", DOB ").d(dob, "sh").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pc).t("   Mob ").p("PHONE", mob).t("\n")
    n.t("Exposure: same Auckland-bound flight as the index case, ").d(exp, "long").t(", seated 2 rows away.\n")
    n.t("Immunity: no MMR record, born after 1969; IgG taken - ").c("negative").t(".\n")
    n.t("Advice: quarantine at home day 7 to day 14 after exposure (").d(exp + timedelta(days=7), "dm")
    n.t(" to ").d(exp + timedelta(days=14), "dm").t("); MMR given ").c("0.5 mL SC").t(" today.\n")
    tok = "".join(n.ch(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")) for _ in range(8))
    n.t("Symptom diary link sent by text: ").p("URL", f"https://forms.phs.health.nz/mmr/{tok}").t("\n")
    n.t("Daily text check-ins by ").p("NAME", off.fl).t(", Public Health Nurse. MOH: Dr ")
    n.p("NAME", moh.last).t("\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], mob, line, sub, pc))


def nz_food_handler(n: C) -> Note:
    emp = n.pat("nz")
    dob, _ = n.dob(18, 60)
    moh, ehoff = n.staff(), n.staff()
    nhi = _nhi(n.r)
    let = n.dt()
    onset = let - timedelta(days=n.r.randint(3, 6))
    line, sub, city, pc = nz_place(n)
    n.t("Medical Officer of Health\n").d(let, "long").t("\n\n").p("NAME", emp.fl).t("\n").p("ADDRESS", line)
    n.t("\n").p("ADDRESS", sub).t("\n").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\nKia ora ")
    n.p("NAME", emp.first).t(",\n\nExclusion from food handling - norovirus (NHI ").p("ID", nhi).t(")\n\n")
    n.t("Your faecal sample of ").d(onset + timedelta(days=1), "dmo").t(" was positive for norovirus")
    n.t(" GII. You work as a cook at a café linked to an outbreak; ").c("23").t(" diners reported")
    n.t(" illness after meals between ").d(onset - timedelta(days=3), "dmo").t(" and ").d(onset, "dmo").t(".\n")
    n.t("Under the Health Act 1956 you must not handle food until 48 hours after your symptoms stop.")
    n.t(" You may return from ").d(let + timedelta(days=2), "dmo").t(" if well.\n")
    n.t("Environmental Health Officer ").p("NAME", ehoff.fl).t(" will speak with your employer.\n\n")
    n.t("Nāku noa, nā\nDr ").p("NAME", moh.fl).t("\n")
    return n.build(_fhir(emp, dob, [("nhi", nhi)], line=line, city=sub, zip_=pc))


# ---------------------------------------------------------------------------- other regions
ZA_AREA = [("Soweto", "Johannesburg", "1804"), ("Umlazi", "Durban", "4031"),
           ("Khayelitsha", "Cape Town", "7784"), ("Mamelodi", "Pretoria", "0122"),
           ("Mdantsane", "East London", "5219")]
ZA_ST = ["Vilakazi Street", "Ntlazane Road", "Mahlangu Drive", "Tsamaya Avenue", "Mangosuthu Highway"]


def za_tb_card(n: C) -> Note:
    pt = n.pat("za")
    dob, age = n.dob(20, 65)
    sr, chw = n.staff(), n.pat("za")
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    said = _said(n.r, dob, pt.sex)
    reg = f"{n.today.year}/{n.dig(4)}"
    fold = n.dig(6)
    start = n.dt(-75, -60)
    xp = start - timedelta(days=n.r.randint(2, 6))
    sm = start + timedelta(days=56)
    area, city, pc = n.ch(ZA_AREA)
    line = f"{n.r.randint(100, 9999)} {n.ch(ZA_ST)}"
    mob, cmob = za_mob(n), za_mob(n)
    sanc = n.dig(8)
    n.t("TB TREATMENT RECORD (clinic copy)\nTB register no. ").p("ID", reg).t("   Folder ").p("ID", fold)
    n.t("\nName: ").p("NAME", pt.FL).t("   ID no. ").p("ID", said).t(f"   Age {age}\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pc).t("   Cell ").p("PHONE", mob).t("\nTreatment supporter: ").p("NAME", chw.fl)
    n.t(" (CHW) ").p("PHONE", cmob).t("   Next of kin: ").p("NAME", sp.first).t("\n")
    n.t("HIV positive, on TLD since ").d(start - timedelta(days=n.r.randint(200, 900)), "mys")
    n.t("; CD4 ").c("184").t(", VL ").c("1 200 copies/mL").t("\n")
    n.t("Xpert Ultra ").d(xp, "uk").t(": MTB detected (medium), RIF resistance not detected\n")
    n.t("Intensive phase from ").d(start, "uk").t(": ").c("RHZE 4 tabs daily").t(" (wt ").c("58 kg")
    n.t(") + ").c("pyridoxine 25 mg").t("\nSmear at 2 months ").d(sm, "uk").t(": negative -> continuation ")
    n.c("RH 4 tabs daily").t(" from ").d(sm + timedelta(days=1), "uk").t("\n")
    n.t("Missed doses ").d(sm - timedelta(days=20), "dm0").t(" and ").d(sm - timedelta(days=19), "dm0")
    n.t(" - tracer visit, patient was at a funeral in the Eastern Cape.\nSr ").p("NAME", sr.fl)
    n.t(", SANC ").p("ID", sanc).t("\n")
    return n.build(_fhir(pt, dob, [("said", said), ("folder", fold)], mob, line, area, pc))


IN_AREA = [("Shahdara", "Delhi", "110032"), ("Dharavi", "Mumbai", "400017"),
           ("Tambaram", "Chennai", "600045"), ("Kankarbagh", "Patna", "800020"),
           ("Aminabad", "Lucknow", "226018")]


def in_nikshay(n: C) -> Note:
    pt = n.pat("in", sex="m")
    dob, age = n.dob(22, 60)
    fa = n.rel(pt, "m", keep=True)
    wife, son = n.rel(pt, "f", keep=True), n.rel(pt, "m", keep=True)
    asha, doc = n.pat("in", "f"), n.staff("in")
    nik = n.dig(8)
    aad = _aadhaar(n.r)
    notif = n.dt()
    cb = notif - timedelta(days=n.r.randint(1, 5))
    loc, city, pin = n.ch(IN_AREA)
    line = n.ch([f"Flat {n.r.randint(101, 504)}, Sai Krupa Apartments",
                 f"Door No. {n.r.randint(1, 90)}/{n.r.randint(1, 12)}, Gandhi Street",
                 f"Plot {n.r.randint(2, 80)}, 2nd Cross Road"])
    mob, amob = in_mob(n), in_mob(n)
    regno = f"{n.ch(['DMC/R', 'MMC', 'TNMC'])}/{n.dig(5)}"
    n.t("NI-KSHAY - TB notification (private provider)\nNikshay ID: ").p("ID", nik)
    n.t("   Date of notification: ").d(notif, "dash").t("\nPatient: ").p("NAME", pt.fl).t("  S/o ")
    n.p("NAME", fa.fl).t(f"   Age/Sex: {age}/M\nAadhaar: ").p("ID", aad).t(" (consent taken)   Mobile: ")
    n.p("PHONE", mob).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", loc).t(", ")
    n.p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n")
    n.t("Dx: pulmonary TB, microbiologically confirmed (CBNAAT ").d(cb, "dash")
    n.t(": MTB detected, Rif resistance not detected)\nRegimen: ").c("4FDC (HRZE) 4 tablets daily")
    n.t(", weight band 55-69 kg (wt ").c("58 kg").t(")\nTreatment supporter: ASHA ").p("NAME", asha.fl)
    n.t(", ").p("PHONE", amob).t("\nContacts: wife ").p("NAME", wife.first).t(" - symptom-free, TPT offered;")
    n.t(" son ").p("NAME", son.first).t(" (6 yrs) - ").c("isoniazid 10 mg/kg daily x 6 months").t("\n")
    n.t("Notifying doctor: Dr. ").p("NAME", doc.fl).t(", MD (Resp. Med.), Reg. No. ").p("ID", regno).t("\n")
    return n.build(_fhir(pt, dob, [("nikshay", nik), ("aadhaar", aad)], mob, line, city, pin))


PH_AREA = [("Tondo", "Manila", "1012"), ("Bagong Silangan", "Quezon City", "1119"),
           ("Malibay", "Pasay City", "1300"), ("Lahug", "Cebu City", "6000"), ("Bankerohan", "Davao City", "8000")]


def ph_hiv_hub(n: C) -> Note:
    pt = n.pat("ph", sex=n.ch("mmf"))
    dob, age = n.dob(19, 45)
    mo, fa = n.rel(pt, "f"), n.rel(pt, "m")
    tp = n.pat("ph")
    cm, doc = n.staff(), n.staff()
    bo = n.r.randint(1, 4)
    uic = (_ascii(mo.first)[:2] + _ascii(fa.first)[:2]).upper() + f"{bo:02d}{dob.month:02d}{dob.day:02d}{dob.year}"
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.dig(1)}"
    vis = n.dt()
    vl = vis - timedelta(days=n.r.randint(10, 30))
    conf = date(n.r.randint(2016, 2023), n.r.randint(1, 12), 1)
    brgy, city, z = n.ch(PH_AREA)
    line = f"Blk {n.r.randint(1, 40)} Lot {n.r.randint(1, 30)}, Phase {n.r.randint(1, 3)}"
    mob = ph_mob(n)
    n.t("HIV TREATMENT HUB - CLINIC VISIT\nDate: ").d(vis, "usl").t("\nUIC: ").p("ID", uic)
    n.t("   PhilHealth PIN: ").p("ID", pin).t("\nName: ").p("NAME", pt.fml).t(f"   Age {age}   Birthdate ")
    n.d(dob, "us").t("\nAddress: ").p("ADDRESS", line).t(", Brgy. ").p("ADDRESS", brgy).t(", ")
    n.p("ADDRESS", city).t(" ").p("ZIP", z).t("   Mobile ").p("PHONE", mob).t("\n")
    n.t("Treatment partner: ").p("NAME", tp.fl).t("\nConfirmed reactive (SACCL) ").d(conf, "mys").t("\n")
    n.t("ARV: ").c("TLD (tenofovir/lamivudine/dolutegravir 300/300/50 mg) 1 tab OD").t(", 90 tabs dispensed\n")
    n.t("VL ").d(vl, "us").t(": ").c("target not detected").t("; CD4 ").c("455").t("; Wt ").c("62 kg")
    n.t(", BP ").c("110/70").t("\nNo OI symptoms. TPT (").c("isoniazid 300 mg").t(") completed 2022.\n")
    n.t("Next refill ").d(vis + timedelta(days=90), "us").t("\nCase manager: ").p("NAME", cm.fl)
    n.t(", RN   Physician: Dr. ").p("NAME", doc.fi).t("\n")
    return n.build(_fhir(pt, dob, [("uic", uic), ("philhealth", pin)], mob, line, city, z))


NG_AREA = [("Ikeja", "Lagos"), ("Surulere", "Lagos"), ("Bodija", "Ibadan"), ("Wuse", "Abuja"),
           ("Irrua", "Edo"), ("Ekpoma", "Edo")]
NG_ST = ["Adeniyi Jones Avenue", "Ogui Road", "Ring Road", "Awolowo Way", "Sapele Road"]


def ng_lassa_idsr(n: C) -> Note:
    pt = n.pat("ng")
    dob, age = n.dob(20, 55)
    hus = n.rel(pt, "m" if pt.sex == "f" else "f", keep=True)
    sis = n.rel(pt, "f")
    hcw, dsno = n.staff(), n.staff()
    seen = n.dt()
    onset = seen - timedelta(days=n.r.randint(4, 8))
    res = seen + timedelta(days=1)
    epid = f"NIE-EDS-{n.ch(['ESN', 'ORD', 'OWO'])}-{seen.year % 100}-{n.dig(3)}"
    nin = n.dig(11)
    area, town = n.ch(NG_AREA)
    line = f"{n.r.randint(1, 120)} {n.ch(NG_ST)}"
    mob, dmob = ng_mob(n), ng_mob(n)
    n.t("IDSR CASE INVESTIGATION FORM - LASSA FEVER\nEPID No: ").p("ID", epid).t("   Date seen: ")
    n.d(seen, "uk").t("\nSurname: ").p("NAME", pt.last.upper()).t("   Other names: ").p("NAME", pt.first)
    n.t(f"   Age: {age} yrs   Sex: {pt.sex.upper()}\nNIN: ").p("ID", nin).t("   Phone: ").p("PHONE", mob)
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", town).t("\n")
    n.t("Onset ").d(onset, "dash").t(": fever ").c("39.4 C").t(", sore throat, vomiting, gum bleeding.\n")
    n.t("Rodent exposure at home: yes (grain stored indoors).\nSample to ISTH lab ").d(seen, "dm")
    n.t(": Lassa RT-PCR POSITIVE (").d(res, "dm").t(")\nRx: ").c("ribavirin 33 mg/kg IV loading")
    n.t(" then ").c("16 mg/kg 6-hourly").t("; creatinine ").c("186 umol/L").t("\n")
    n.t("Contacts for 21-day follow-up (to ").d(seen + timedelta(days=21), "uk").t("):\n")
    n.t("  ").p("NAME", hus.fl).t(" - spouse, high risk\n  ").p("NAME", sis.first).t(" - sister, nursed the case at home\n")
    n.t("  Nurse ").p("NAME", hcw.fl).t(" - HCW, cannulated without gloves, ").c("ribavirin PEP").t(" started\n")
    n.t("Investigator: ").p("NAME", dsno.fl).t(", DSNO, ").p("PHONE", dmob).t("\n")
    return n.build(_fhir(pt, dob, [("nin", nin)], mob, line, town))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "GUM consultation", uk_gum_consult),
    ("uk", "partner notification worksheet", uk_pn_worksheet),
    ("uk", "HIV annual review letter", uk_hiv_letter),
    ("uk", "PrEP review", uk_prep_review),
    ("uk", "TB DOT record", uk_tb_dot),
    ("uk", "NOID measles e-mail", uk_noids_measles),
    ("uk", "C. difficile PII huddle", uk_cdiff_huddle),
    ("uk", "needlestick exposure report", uk_needlestick),
    ("uk", "OH return-to-work report", uk_oh_rtw),
    ("sc", "meningococcal contact record", sc_mening_contacts),
    ("cy", "staff immunisation record", cy_staff_imm),
    ("ni", "food poisoning questionnaire", ni_food_questionnaire),
    ("us", "STD clinic note", us_std_clinic),
    ("us", "Ryan White HIV note", us_hiv_clinic),
    ("us", "CAB-LA PrEP injection visit", us_prep_inj),
    ("us", "vDOT log", us_tb_vdot),
    ("us", "CMR legionellosis", us_cmr_legionella),
    ("us", "foodborne outbreak interview", us_food_interview),
    ("us", "travel medicine consult", us_travel_clinic),
    ("us", "BBP exposure record", us_bbfe),
    ("us", "varicella work restriction letter", us_vzv_restrict),
    ("us", "CRE alert", us_cre_alert),
    ("au", "sexual health consult", au_sh_clinic),
    ("au", "measles case interview", au_phu_measles),
    ("au", "Q fever screening", au_qfever),
    ("au", "VRE / CPE alert", au_mro_alert),
    ("au", "certificate of capacity", au_cert_capacity),
    ("au", "Hajj travel consult", au_travel_hajj),
    ("ca", "STI case follow-up (ON)", ca_on_sti_followup),
    ("ca", "3HP DOT record (BC)", ca_bc_tb_dot),
    ("ca", "return-to-work plan (AB)", ca_ab_rtw),
    ("ca", "MADO pertussis (QC)", ca_qc_mado),
    ("ca", "measles PEP (MB)", ca_mb_measles_pep),
    ("ca", "outbreak line list (ON)", ca_on_ipac_linelist),
    ("ie", "mpox vaccination / STI", ie_gum_mpox),
    ("ie", "STEC notification", ie_vtec_notif),
    ("ie", "pre-placement assessment", ie_oh_preplacement),
    ("ie", "CPE contact letter", ie_cpe_letter),
    ("nz", "syphilis consult", nz_sh_syphilis),
    ("nz", "measles quarantine", nz_measles_quarantine),
    ("nz", "food handler exclusion", nz_food_handler),
    ("za", "TB treatment card", za_tb_card),
    ("in", "Nikshay notification", in_nikshay),
    ("ph", "HIV treatment hub visit", ph_hiv_hub),
    ("ng", "Lassa fever IDSR form", ng_lassa_idsr),
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
        seed = 64_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
