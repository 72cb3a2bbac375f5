"""HELD-OUT v58 PHI corpus: written independently, before any round-58 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout53 / heldout54 / heldout55 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus a listing of ``bench/phi_corpus/``
and the two lines of ``pyproject.toml`` that name ``[tool.ruff]`` and its line length; the other
held-out corpora being written at the same time were not read; ruff was run on this file with the
project's configuration; the scrubber was never run on this corpus while it was written, nor was
any of its output looked at). Like v14-v55 it aims at the MAINSTREAM of English-language hospital
text with ordinary PHI density; it is modelled on DIAGNOSTIC SERVICES AND THE MESSAGES AROUND
THEM: blood-sciences and microbiology reports with their telephoned-result logs ("Phoned to",
"Read back", "GNR"), histopathology and cytology reports, radiology reports with critical and
unexpected-finding communication, blood-bank and transfusion-laboratory records (antibody
investigations, crossmatch, transfusion-reaction work-ups, massive transfusion logs, traceability
reminders, family replacement donors), pharmacy interventions and controlled-drug discrepancy
records, infection-prevention outbreak line lists, contact tracing and notifications,
point-of-care testing logs, specimen-rejection notices, genetic and newborn-screening result
letters, audiology and sleep-study reports, and courier / requester queries - in the United
Kingdom (12 templates: England 10, Scotland 1, Wales 1), the United States (10), Australia (6),
Canada (6), Ireland (4), New Zealand (3), Singapore (1), Nigeria (1), Pakistan (1) and Fiji (1).
Note kinds and phrasing differ from v53 - v55. Templates, cycled in order (see ``TEMPLATES``):
blood-sciences telephoned-results logs (duty biochemist's 3-digit bleep, BMS initials in upper and
later lower case, "Fri 31/05/24", lab number "B25.0812345", "Rec'd 31/05" with a separate time,
"LAST, First" or "Last, First", DOB with the age (">= 90" labelled), hospital number, NHS number
spaced or not, FY1 "Dr O. Last" then "Dr Last" with a 4-digit bleep, SN's full name and ext, a
baseline date "dd/mm/yy", clinical scientist; K+ / Na+ / creatinine / urea / osmolality clinical)
(UK); blood-culture reports with the phoned preliminary (specimen number "M25.843587", "Last,
First M", "dd.mm.yyyy" DOB, "RX" hospital number, NHS, consultant "Dr A Last", "Phoned to Dr First
Last (SpR) bleep ...", BMS initials, "UPDATE Wed 09/07/2025", a sensitivity table, IPCN's first or
full name with ext, consultant microbiologist; temperature, antibiotic doses, time to positivity
and MIC clinical) (UK); cellular pathology reports (lab number "H25/34846", "Surname:" and
"Forename(s):" as two spans, "02-Jun-1936", NHS and hospital numbers, "Mr C Last", taken /
reported dates, a CT date "dd/mm/yy", macroscopy initials "FA/ao", pathologist with GMC number,
MDT weekday and date, a copy to the GP with street, town and postcode; sizes, pTNM, node counts and
Breslow clinical) (UK); CT reports with an unexpected significant finding ("Mr First LAST",
accession "RKV25298379", unspaced NHS, "RKV" hospital number, referrer "Dr N Last" then "Dr Last",
comparison date, AlertBox e-mail "first.last@nhs.net" with a separate time, ED coordinator's
first name and ext, ISO verification time; CRP and nodule size clinical) (UK); transfusion
laboratory antibody investigations ("Mrs E Last (LAST, First)", DOB, hospital and spaced NHS
numbers, theatre date, HCA and RN sample takers, NHSBT RCI reference, two ISBT donation numbers,
an ODP collecting from the satellite fridge, GP "Dr G Last" with street, town and postcode, BMS
with initials, checker's initials, consultant haematologist's surname, "4/10"; titre, phenotype
and unit volumes clinical) (UK); controlled-drug discrepancy investigations ("Mon 05/05/2025",
three patients as "LAST, First" with hospital numbers on "03/05" rows, giving and witnessing
nurses as "F. Last", an SN's first name, patient 1's DOB, Datix number, pharmacist " MRPharmS"
with GPhC number and bleep, ward manager; Oramorph strength and mL balances clinical) (UK);
norovirus outbreak line lists (outbreak reference, "Sun 23/2/25", IPCN with ext, HPT landline, a
pasted table of four to six "LAST, First" (the first sometimes with a nickname in quotes) with
hospital numbers, DOBs, ages often >= 90, onsets "23/2" and stool lab numbers, affected staff by
full and first name, "w/c 2/3/25", compiler's initials; chlorine ppm clinical) (UK);
specimen-rejection notices (requester's full name, "Wed 07.02.24", lab reference, the patient
"LAST, First" on form and tube with the true DOB and a transposed DOB, hospital number, ward
clerk's first name and ext, SN, sample-taker's initials, Datix number, BMS) (UK); newborn blood
spot screening letters to parents ("Ms First Last", street, town and postcode on separate lines,
"6 February 2025", "Dear Ms Last", the baby's full and first name, DOB, spaced NHS number, card
number, sample and sweat-test dates ("12th February 2025"), the father's first name, health
visitor, screening coordinator with landline and nhs.net e-mail, gov.uk URL, "cc: Dr S Last"; Hb
FAS / IRT / CFTR variant clinical) (UK); missing-sample courier e-mail threads (practice
manager's name and nhs.net e-mail, pathology reception mailbox, sent dates with separate times,
collection "10/01", three patients "Last, First" with DOBs and one first name, bag seal number,
the driver's first name, reply with tracking number, scan date "dd/mm/yy", tracking URL,
workstation IP, "LAST, First") (UK); home respiratory polygraphy reports ("First LAST", CHI built
from the DOB, "dd/mm/yy" DOB, street, town and postcode, GP "Dr I Last", "Wed 17/07/2024", the
partner's first name, CPAP set-up "Sunday 4th August 2024" (weekday outside), scorer's initials,
physiologist, consultant; ESS, BMI, AHI, ODI, SpO2, T90 and CPAP pressures clinical) (Scotland);
adult audiology reports ("Mr First Last" then "Mr Last", DOB with the age (">= 90" labelled), NHS
number, hospital number with a check letter, Welsh street line, town and postcode, GP, "22 Feb
2025", the spouse's first name, review "03/04 (Thu)", audiologist with HCPC number, landline and
wales.nhs.uk e-mail; PTA thresholds clinical) (Wales); LIS critical-value notifications
(accession "24-186-C9442", "mm/dd/yyyy" dates with separate times, "LAST, FIRST M", MRN and FIN,
DOB with the age, ordering ", MD" with 5-digit pager, "CALLED TO first last RN" typed in lower
case, "7/4/24", tech initials, cardiology fellow's surname and pager, "MLS(ASCP)CM"; troponin /
glucose clinical) (US); breast core-biopsy surgical pathology reports (accession "S25-03148",
"m/d/yyyy" dates, "Last, First M", DOB, MRN, two physicians ", MD", the specimen label "LAST,
FIRST" in quotes, grosser's initials upper / lower case, tumor board "Thursday, January 9, 2025"
(weekday outside), pathologist; grade, ER / PR / HER2 / Ki-67 and core lengths clinical) (US);
CTA chest reports with critical-result communication ("Jul 11, 2024", "LAST, FIRST", MRN, DOB,
"AGE: 9x" labelled when >= 90, ordering ", DO" then "Dr. Last", comparison "5/17/2023", read-back
"7/11/2024", PGY-3 resident, attending, "07/11/24"; HR, D-dimer, contrast, DLP and RV/LV ratio
clinical) (US); suspected transfusion-reaction investigations ("Last, First M", MRN, DOB, ISBT DIN
"W4363 24 857275 2", start date with a separate time, reporter ", RN, CCRN" with "x6086", two RNs
as "F. Last", charge RN's initials, hemovigilance report number, tech "MLS(ASCP)", medical
director, "05/30/24"; vitals, volumes, BNP and furosemide clinical) (US); vancomycin dosing
consults ("LAST, FIRST M", MRN, age (">= 90" labelled), hospitalist "Dr. Last" then full name
with pager, culture and SCr dates "6/22", "06/24/24", ", PharmD, BCPS" with "ext."; weight,
height, SCr, levels, AUC and doses clinical) (US); automated dispensing cabinet discrepancy
reports (report number, station host IP, "mm/dd/yyyy", upper-case user names "LMAGBANUA3", three
"LAST, FIRST" patients with MRNs, an RN's full name and another's first name, a patient surname
alone, "Jan. 31, 2025", DOB, diversion specialist ", PharmD", nurse manager ", RN, MSN";
hydromorphone doses clinical) (US); reference-laboratory send-out requisitions ("Last, First M",
DOB, full SSN, MRN, street, city, state and ZIP, phone, MBI with or without dashes, ordering MD
with NPI (Luhn), requisition and courier tracking numbers, phlebotomist's initials; CK and
atorvastatin clinical; the client account number unlabelled) (US); TB contact-investigation
worksheets (index "LAST, First" with a nickname in quotes, DOB, state case number, street, city,
state, ZIP and phone, culture and infectious-period dates, spouse's full name and cell, a
grandchild's first name, a coworker's full name, street, city and ZIP, PHN ", RN", epidemiologist
", MPH" with a county e-mail; smear grade, IGRA / TST and RIPE doses clinical) (US); split-night
polysomnography reports ("First M. Last", "m/d/yyyy" DOB, MRN, study date, referring ", NP",
", RPSGT", scorer's initials, ", MD, D.ABSM", "5/23"; anthropometrics, ESS, AHI, RDI, SpO2 and CPAP
pressures clinical) (US); cancer-genetics result letters ("August 29, 2024", "First M. Last" with
street, city, state and ZIP, DOB, MRN, lab accession, "Dear Ms. Last", "Monday, August 26"
(weekday outside), oncologist's surname, sister's and mother's full names, brother's first name,
counselor's phone, portal URL with the accession, ", MS, CGC"; the variant clinical) (US);
community microbiology wound-swab reports with a new MRSA (lab number "24-515796987", "LAST,
First", "d/m/yyyy" DOB, Medicare with check digit (the IRN after "/" unlabelled), mobile, unit /
street line, suburb, NSW and postcode, requesting GP "Dr B. Last" with the practice's street,
suburb and postcode and provider number, practice nurse's first name, "13/10", FRCPA; doxycycline
and co-trimoxazole doses clinical) (AU); venous duplex reports phoned to the GP's rooms ("Mrs P
Last", DOB and "(9x)" often >= 90, unspaced Medicare with "-IRN", referrer with rooms street,
suburb and postcode, referral "dd/mm/yy", "Wed 26 Feb 2025", accession, receptionist's first
name, sonographer's initials, radiologist; calf measurement, Wells score and cyst size clinical)
(AU); massive transfusion protocol laboratory logs ("Mon 10/06/2024", anaesthetics registrar
then "Dr Last", "LAST, First", UR, spaced IHI (Luhn), runner's first name and ext, an issue table
with ISBT donation numbers and collectors' names, perfusionist "(CCP)", scientist, haematologist's
surname; pack contents, ROTEM, fibrinogen, Hb, calcium and cell-salvage volume clinical) (AU);
measles exposure contact lists (index "LAST, First", DOB, UR, rash and PCR dates, exposure
weekday and date, a table of an infant (with the mum's first name), an adult and an older contact
(age >= 90 labelled) with DOBs, mobiles or a landline and suburbs, triage RN, PHU landline and
health.wa.gov.au mailbox, CNC; NHIG dose clinical) (AU); glucose-meter POCT exception reports
(period dates, middleware IP, operator ID and name, ISO date-times with seconds, a mistyped and a
corrected UR, the patient's name typed in lower case in quotes, "LAST, First", operators "First
Last RN", a surname alone with DOB, NUM's first name, POCT coordinator with landline; BGLs
clinical) (AU); clozapine monitoring reviews ('First LAST (prefers "Nell")', UR, DOB, monitoring
registration, start and FBC dates, psychiatrist, registrar's surname, case manager's mobile, mum's
first name, pharmacist's landline; clozapine doses, WCC / ANC, levels, CRP, troponin and Movicol
clinical) (AU); C. difficile notifications to IPAC ("LAST, First", OHIP with version code, MRN,
ISO DOB, admission and collection dates, charge RN, MLT initials, ICP with ext and e-mail, the
roommate "LAST, First" with MRN, MRP's surname; GDH / toxin and vancomycin clinical) (ON);
newborn-screening screen-positive notifications to the family physician ("Dr. First Last" with
fax, "June 25, 2024", "Baby Boy LAST" ("Baby Boy" outside), BC PHN (mod 11), ISO DOB and
collection date, mother's full and first name, card number, metabolic or endocrine physician with
phone, mother's phone, father's full name, genetic counsellor; C8 / TSH and levothyroxine
clinical) (BC); specimen transport incident reports with a requester's query (incident number,
"Jun 23, 2025", courier driver, three "LAST, First" patients with ULI (Luhn) "12345-6789" and DOBs
"Nov 24, 1969", requesting physician with phone, a surname alone, MLA and MLT, "Jun 26"; logger
temperature and warfarin clinical) (AB); bilingual French / English CT head reports with a
critical-result call ("LAST, First", dossier, RAMQ built from the name and DOB, "DDN: 1963/06/30"
with "(xx ans)" (>= 90 labelled), ISO exam date, emergency physician then "Dr Last", daughter's
first name, radiologist, transcriber's lower-case initials; INR and haematoma size clinical) (QC);
diagnostic audiology reports ("First M. Last", "Aug 4, 1968", PHIN and MB Health registration
number, street, city and postal code, ENT, "June 2, 2025", spouse's first name, audiologist
"M.Sc., Aud(C)" with phone and ext; PTA / WRS clinical) (MB); anticoagulation-clinic POC INR logs
(weekday and ISO date, pharmacist ", RPh", four "LAST, First" rows with OHIP numbers and next
dates "Apr 30", a surname alone, walk-in date, family physician with phone, DOB "Oct 12, 1956";
INRs and warfarin doses clinical) (ON); EBUS-TBNA cytopathology reports (lab number, MRN, "First
LAST" (Gaelic surnames in capitals), "dd.mm.yyyy" DOB and receipt date, "Dr B Last", ROSE
initials, "Phoned to Dr First Last (SpR) 18.10.24", cytopathologist with MCRN, authorisation
"dd/mm/yyyy", MDM "24th of October"; mass size, pack-years and PD-L1 clinical) (IE);
haemovigilance traceability reminders ("CNM2 First Last", officer with ext, "2nd April 2025",
"LAST, First" (also "NIC SUIBHNE, Éabha"), MRN, DOB, ISBT donation numbers, issue dates with
separate times, HCA, the administering nurse's first name, "by Friday 4th April" (weekday
outside), landline and hse.ie e-mail; volumes clinical) (IE); clinical genetics letters to the GP
("6 March 2025", GP's name, street, town, county (unlabelled) and Eircode, "Miss First Last" with
"dd.mm.yyyy" DOB, MRN and PPSN, the patient's street, town and Eircode, "Dear Dr Last", "Miss
Last", genetic counsellor, result date, son's first name, daughter's and sibling's full names,
the sibling's town, consultant geneticist; LDLR variant, LDL-C, statin and ezetimibe clinical)
(IE); CPE contact-tracing lists ("LAST, First", MRN, "dd.mm.yyyy" DOB, swab date "dd.mm.yy",
exposure "22/3" - "28/3", a table of contacts with MRNs, DOBs and ages often >= 90, a discharged
contact's GP with town ("Finglas, Dublin 11" as one span), "30 March 2024", CNM2 IPC with 3-digit
bleep and hse.ie e-mail) (IE); after-hours critical-result call logs ("Thu 16/01/2025",
pathologist, "First LAST", NHI (check digit), "d/m/yyyy" DOB with the age, street (also "8/21"
flat form), suburb, city and postcode, landline, requesting GP "Dr B. Last", previous INR "2/1",
after-hours GP's full name then "Dr Last", the daughter's full name and mobile, MLS initials; INR,
Hb and vitamin K clinical) (NZ); level 3 home sleep studies ("LAST, First" sometimes with a
nickname in quotes, NHI, DOB, "13 May 2025", GP, partner's first name, the patient's first name
alone ("whānau" unlabelled), clinic "6 Jun", physiologist, SMO, landline; ESS, BMI, AHI, ODI, SpO2
and APAP pressures clinical) (NZ); MRI knee reports under ACC ("LAST, First", NHI, DOB, ACC claim
number, injury date "d/m/yy", physiotherapist's full then first name, "7 Jul 2024", "7/7",
orthopaedic surgeon "Mr Last", radiologist; tear size clinical) (NZ); dengue notifications
(notification ID, ISO submission time with seconds and the submitting IP, "TAN Wei Ming" surname
first, Malay "bin" / "binti" names as one span, Indian "First s/o Last" as two spans, NRIC (check
letter), DOB, "Blk 651 Toa Payoh Lor 1 #15-349" with "Singapore" unlabelled and the postal code,
"+65" mobile, onset "dd/mm/yyyy" and admission "22MAY2024", spouse, a workplace street, notifying
doctor with MCR number and landline; platelets, Hct and ALT clinical) (SG); family replacement
blood-donor records ("Mrs First LAST", DOB "15-10-1985", "UCH/" hospital number, "No 56, Aroloya
Street", area, city and postcode, surgery "17 April", a donor table with the husband's, brother's
and a church friend's full names, "080x" / "+234" phones and donor numbers "D/25/6066", the
counsellor, MLS; PCV and screening results clinical) (NG); private laboratory reports ("Mr. First
Last S/O First Last" (S/O outside), MR number, age < 90 unlabelled, CNIC, "03xx-xxxxxxx" phones,
"House No. 42, Street 26", locality, city and postal code, referring doctor "(MBBS, FCPS)" then
surname, "14-Nov-2024" / "14-NOV-2024" with separate times, technologist, consultant pathologist;
CBC, NS1 and anti-HCV clinical) (PK); typhoid case investigations with contact tracing (iTaukei
and Indo-Fijian names, "CWM" hospital number, DOB, settlement as ADDRESS and province unlabelled,
"+679" mobile, culture and onset dates, a neighbour's full then first name, spouse's first name,
a child's full name, health inspector and MO; antibiotic doses clinical) (FJ).

Names: curated groups per region, a person's first name and surname taken from one group
(English, Welsh, Scottish, British South Asian, Caribbean, West African and Polish with surnames
that take the bearer's sex; Irish with fadas and Gaelic surnames that change with sex, "Ó
Conchúir" / "Ní Chonchúir", "Ó Murchú" / "Ní Mhurchú", "Mac Suibhne" / "Nic Suibhne", "Mac Aodha"
/ "Nic Aodha"; US white, African American, Hispanic, Vietnamese and Filipino; Anglo, Greek,
Italian, Lebanese, Vietnamese and Filipino Australian; Maritime, Québécois, Punjabi, Ukrainian and
Chinese Canadian; Pākehā, Māori, Tongan / Samoan and Indian New Zealanders; Chinese Singaporean
(surname first), Malay and Singapore Indian; Yoruba, Igbo and Hausa; Pakistani; iTaukei and
Indo-Fijian), about one patient name in five (one in ten in some notes, none in Singapore, Nigeria
and Pakistan) from Faker en_GB / en_US / en_CA / en_AU / en_IE / en_NZ / en_IN (re-seeded per
note; word-like, eponymous and test-named names such as Ward, Bell, Foley, Kell, Duffy, Kidd,
Lewis, Gram, Guthrie or Coombs never drawn), relatives' first names from the family's group (a son
keeps the surname, a daughter or spouse may not; Gaelic and Polish surnames take the relative's
sex), staff from a mixed international workforce (Filipino, Keralite, Yoruba, Igbo, Ghanaian,
Romanian, Arab, Brazilian, Zimbabwean, Afrikaans, Sri Lankan and North / South Indian groups among
the local ones). Forms: "First Last", "LAST, First", "Last, First", "Last, First M", "LAST, FIRST
M", "LAST, FIRST", "First M. Last", "First LAST", "F. Last", "F Last" after a title ("Mrs E
Last", "Dr N Last"), "Mr Last", "Dr. Last", surnames alone, "SURNAME Given" (Singapore), "Given
bin / binti Father", "s/o" / "S/O" names, first names of relatives and staff alone, nicknames and
preferred names in quotes, a lower-case typed nurse's name and a lower-case typed patient name,
upper-case user names ("LMAGBANUA3"), staff initials in upper and lower case. No initials spell a
clinical or common abbreviation, and a note never reuses a first or last name for unrelated people
(a note in which a labelled name or other PHI string also appears unlabelled, or whose initials
read as an abbreviation, is redrawn from the next fixed seed).

Conventions (as heldout53 - heldout55): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mr.",
"Mrs", "Ms", "Miss", "SN", "CNM2", "NUM", " RN", ", RN", ", RN, CCRN", ", RN, MSN", ", MD", ", DO",
", NP", ", MPH", ", PharmD", ", PharmD, BCPS", ", MS, CGC", ", RPSGT", ", MD, D.ABSM",
", MLS(ASCP)", ", MLS(ASCP)CM", ", RPh", ", MLA", ", MLT", ", M.Sc., Aud(C)", " MRPharmS", " ODP",
" FRCPA", " FRANZCR", "(SpR)", "(FY1)", "(CT1)", "(HCA)", "(BMS)", "(IPCN)", "(CCP)", "(PSA)",
"(AMS)", "(MLS)", "(MBBS, FCPS)", "(PGY-3)") are outside NAME spans; "Baby Boy" / "Baby Girl",
"S/O", "s/o" and "d/o" are outside; "bin" / "binti" are inside the Malay name's span; "LAST,
First" is one NAME span; "Surname:" and "Forename(s):" values are separate spans; a nickname in
quotes is its own NAME span (quotes outside); staff initials, typed user names and lower-case
names are NAME, each side of "FA/ao" its own span. A street line (with its flat / unit / "Blk ...
#xx-xxx" / "No 56," / "House No. ..., Street ..." part, a GP practice's or rooms' line), a suburb,
locality, area or settlement and a city / town (also a relative's or GP's town, "Finglas, Dublin
11") are ADDRESS; a state / province / county ("Co. Offaly", "NSW", "QLD", "MB", "OH"), a Fijian
province and a country (and "Singapore" after an HDB line) are not PHI; UK postcodes, Eircodes,
US ZIP codes, Canadian postal codes, AU / NZ postcodes, Singapore, Nigerian and Pakistani postal
codes are ZIP. DATE: anything more specific than a year, in 31 formats ("22/03/2025", "22/03/25",
"22/3/25", "22/3/2025", "22/3", "22/03", "22.03.2025", "22.03.25", "15-10-1985", "22 Mar 2025",
"22 March 2025", "22nd March 2025", "22nd March", "22nd of March", "22 Mar", "22 March",
"22-Mar-2025", "22-MAR-2025", "22MAR2025", "03/22/2025", "3/22/2025", "3/22/25", "03/22/25",
"3/22", "Mar 22, 2025", "March 22, 2025", "Mar. 22, 2025", "Mar 22", "March 22", "2025-03-22",
"2025/03/22") plus ISO date-times ("2025-01-28T17:13", "2024-04-06T07:33:48") as one span;
weekdays ("Sun", "Thursday,"), "w/c", "by" and "DOB" stay outside; a date followed by a separate
time ("04/10/24 08:10", "2024-05-25 06:40", "07/04/2024 0312") labels only the date; times of day
are never labelled. Lab values with units, vitals, doses, infusion and product volumes, blood
components per pack, titres, phenotypes, pTNM / grade / receptor results, sizes, CPAP / APAP
pressures, sleep indices, hearing thresholds, INRs, screening results and scores (ESS, Wells) are
clinical (``Note.clinical``) where marked; durations and follow-up shorthand ("4/7", "3/7",
"7/7") are unlabelled. PHONE includes mobiles, landlines, fax, bleeps and pagers (3 to 5 digits),
extensions (the digits after "ext", "ext." or "x"), and +65 / +234 / +679 forms; labels like
"bleep", "pager", "ext", "Ph", "Tel", "mob", "Cell", "fax" are outside. SSN: full US SSNs and
Irish PPSNs. ID: lab, specimen, accession, requisition and notification numbers, hospital / MRN /
FIN / UR / dossier / MR numbers, NHS (mod 11), CHI (from the DOB), IHI (Luhn), AU Medicare (check
digit; the IRN unlabelled), NHI (check digit), OHIP with version code, BC PHN (mod 11), ULI
(Luhn), PHIN and MB registration number, RAMQ (from the name and DOB), MBI, NPI (Luhn), NRIC
(check letter), CNIC, ACC claim, state TB case, CPMS registration, POCT operator ID, ISBT
donation numbers and donor numbers, blood-spot and newborn-screening card numbers, NHSBT RCI,
hemovigilance, Datix, outbreak, incident and discrepancy report numbers, bag seal and courier
tracking numbers, professional registrations (GMC, GPhC, HCPC, MCRN, MCR) and AU provider
numbers. AGE: ages >= 90 only, number part only ("(93y)", "AGE: 98", "| 91 |", "(92)", "(9x
yrs)", "(9x ans)"); ages < 90 are unlabelled. Not PHI and unlabelled: hospital, laboratory,
service, practice and company names (Moorfield Surgery, Riverbend Family Practice, Kōwhai Medical
Centre, Prairie Crest Health Lab and its client account number), ward, bay,
room, theatre and station names and numbers ("Larch (Resp)", "St Brigid's Ward", "Rm 712-B",
"4N-MEDSURG-01"), courier routes, device and drug brands (Oramorph, Omnipaque, Movicol), SNOMED and
ICD-10 codes, gene variants, "whānau", years alone and times of day.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does
not depend on how many were generated; fixed absolute dates, notes dated January 2024 to
September 2025, never today's date). Run it only for final figures: its misses and lost clinical
values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

from faker import Faker

from bench.phi_corpus.builder import Note, NoteBuilder

__all__ = ["TEMPLATES", "generate"]


def _s(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


def _pairs(text: str) -> list[str | tuple[str, str]]:
    """Surnames; "Male/Female" where the surname takes the bearer's sex."""
    out: list[str | tuple[str, str]] = []
    for w in _s(text):
        if "/" in w:
            m, f = w.split("/")
            out.append((m.strip(), f.strip()))
        else:
            out.append(w)
    return out


# group -> (male first names, female first names, surnames)
_G: dict[str, tuple[list[str], list[str], list[str | tuple[str, str]]]] = {
    "english": (
        _s("Oliver|Harry|George|Jack|Samuel|Daniel|Matthew|Christopher|Stephen|Graham|Keith|"
           "Derek|Trevor|Nigel|Colin|Malcolm|Roger|Geoffrey|Clive|Alan|Neil|Gary|Darren|Craig|"
           "Adam|Callum|Kieran|Ryan|Harvey|Alfie|Stanley|Arthur|Leonard|Sidney|Cyril|Dennis|"
           "Raymond|Terence|Barry|Philip"),
        _s("Margaret|Patricia|Susan|Janet|Pauline|Sandra|Brenda|Doreen|Maureen|Joan|Elsie|Edna|"
           "Gladys|Hilda|Jean|Beryl|Sheila|Lorraine|Tracey|Deborah|Nicola|Claire|Emma|Gemma|"
           "Hannah|Chloe|Sophie|Lucy|Amelia|Freya|Ellie|Megan|Joanne|Wendy|Gillian|Valerie|"
           "Marjorie|Irene|Audrey|Kathleen"),
        _pairs("Hargreaves|Whitworth|Ackroyd|Pickering|Sutcliffe|Holroyd|Clegg|Brierley|"
               "Thwaite|Ormerod|Marsden|Hepworth|Pilling|Fairclough|Entwistle|Bagshaw|Critchley|"
               "Openshaw|Royle|Kershaw|Swindells|Dunkerley|Lomax|Bamford|Crossley|Ainsworth|"
               "Wadsworth|Tattersall|Pennington|Stansfield|Cartwright|Ellison|Moorhouse|"
               "Leadbetter|Appleyard|Bottomley|Butterworth|Rushworth|Shackleton|Whittaker|"
               "Horrocks|Duckworth|Sowerby|Atherton|Gledhill|Pemberton|Birtwistle|Haslam"),
    ),
    "welsh": (
        _s("Rhys|Gareth|Dafydd|Iwan|Gethin|Emyr|Huw|Aled|Geraint|Owain|Ieuan|Cai|Meirion|"
           "Gwilym|Elfed|Trefor"),
        _s("Angharad|Bethan|Cerys|Eleri|Ffion|Gwenllian|Lowri|Manon|Nia|Rhiannon|Sioned|Siân|"
           "Mair|Eirlys|Delyth|Glenys"),
        _pairs("Pritchard|Bowen|Griffiths|Llewellyn|Prosser|Vaughan|Parry|Rees|Howells|Gwynne|"
               "Meredith|Bevan|Powell|Prydderch|Watkins|Jenkins|Tudor|Gruffydd|Bowtell|Protheroe"),
    ),
    "scottish": (
        _s("Alasdair|Callum|Euan|Fraser|Hamish|Iain|Lachlan|Murdo|Ruaridh|Struan|Finlay|Gregor|"
           "Douglas|Alistair|Dougal"),
        _s("Catriona|Eilidh|Fiona|Kirsty|Morag|Mhairi|Shona|Ailsa|Iona|Rhona|Agnes|Elspeth|"
           "Jessie|Isobel|Lorna"),
        _pairs("MacLeod|MacKinnon|Drummond|Buchanan|Lindsay|Cameron|Henderson|Sinclair|McIntyre|"
               "Ferguson|Gillespie|Robertson|Urquhart|Menzies|McAllister|Chalmers|Dalgleish|"
               "Rennie|Galbraith|Strachan|Lamont|Cruickshank"),
    ),
    "brit_asian": (
        _s("Imran|Tariq|Asif|Zubair|Bilal|Kamran|Rizwan|Jaspal|Gurpreet|Harjit|Sanjay|Rakesh|"
           "Shahid|Nadeem|Faisal|Amjad"),
        _s("Nasreen|Shazia|Rukhsana|Farzana|Ayesha|Sabiha|Parveen|Harpreet|Manjit|Anjali|Nusrat|"
           "Rehana|Shabana|Tahira|Jaswinder"),
        _pairs("Hussain|Akhtar|Rashid|Iqbal|Mahmood|Chaudhry|Sandhu|Dhillon|Sidhu|Mistry|"
               "Chauhan|Parmar|Siddiqui|Qureshi|Uddin|Miah|Choudhury|Bhatti|Kaur-Dhesi"),
    ),
    "caribbean": (
        _s("Winston|Delroy|Leroy|Errol|Clinton|Desmond|Everton|Carlton|Marlon|Lascelles|Neville"),
        _s("Hyacinth|Beverley|Marcia|Paulette|Yvonne|Claudette|Merline|Sonia|Janice|Icilda"),
        _pairs("Campbell|Forbes|Thompson|McKenzie|Bailey|Samuels|Beckford|McFarlane|Gayle|"
               "Bromfield|Spence|Dacres"),
    ),
    "west_african": (
        _s("Oluwaseun|Chukwuemeka|Babatunde|Emeka|Tunde|Femi|Kwabena|Olumide|Adewale|Ikenna"),
        _s("Adaeze|Ngozi|Folasade|Abimbola|Yetunde|Chiamaka|Funmilayo|Omotola|Ifeoma|Bukola"),
        _pairs("Adeyemi|Balogun|Adebayo|Nwosu|Okafor|Oyelaran|Afolabi|Ogunleye|Ezeani|Anyanwu"),
    ),
    "polish": (
        _s("Krzysztof|Tomasz|Paweł|Grzegorz|Marcin|Piotr|Andrzej|Łukasz|Wojciech|Jarosław"),
        _s("Małgorzata|Agnieszka|Katarzyna|Joanna|Magdalena|Ewa|Beata|Dorota|Bożena|Urszula"),
        _pairs("Kowalczyk|Wiśniewski/Wiśniewska|Lewandowski/Lewandowska|Zieliński/Zielińska|"
               "Szymański/Szymańska|Woźniak|Dąbrowski/Dąbrowska|Kamiński/Kamińska|"
               "Jankowski/Jankowska|Krawczyk|Pawlak|Wróblewski/Wróblewska"),
    ),
    "irish": (
        _s("Seán|Pádraig|Ciarán|Éamonn|Dónal|Cathal|Tadhg|Colm|Diarmuid|Fiachra|Oisín|Darragh|"
           "Conor|Declan|Niall|Ruairí|Micheál|Tomás|Séamus|Fergal|Eoin|Donncha"),
        _s("Siobhán|Áine|Aoife|Caoimhe|Gráinne|Máire|Niamh|Orla|Róisín|Sinéad|Clodagh|Deirdre|"
           "Bríd|Nóirín|Éabha|Méabh|Síle|Ailbhe|Muireann|Treasa"),
        _pairs("Brennan|Kavanagh|Fitzgerald|Moriarty|Doherty|Gallagher|McNamara|Hennessy|Lynch|"
               "Cullinane|Dwyer|Tierney|Kinsella|Geraghty|Mulcahy|Hegarty|Culhane|Keohane|"
               "McGrath|Corcoran|Quinlan|Whelan|Nolan|Rafferty|Loughnane|Twomey|Cronin|Horgan|"
               "Sheehy|Ó Conchúir/Ní Chonchúir|Ó Murchú/Ní Mhurchú|Mac Suibhne/Nic Suibhne|"
               "Ó Dálaigh/Ní Dhálaigh|Mac Aodha/Nic Aodha|Ó Flaithearta/Ní Fhlaithearta"),
    ),
    "us_white": (
        _s("Bradley|Dustin|Travis|Kyle|Cody|Garrett|Wesley|Randall|Gerald|Harold|Eugene|Vernon|"
           "Lyle|Duane|Curtis|Donald|Kenneth|Larry|Ronald|Jeffrey"),
        _s("Brittany|Ashley|Kayla|Courtney|Tiffany|Amanda|Melissa|Rhonda|Tammy|Darlene|Marlene|"
           "Loretta|Bonnie|Peggy|Shirley|Judith|Carolyn|Kathryn|Lindsey|Erin"),
        _pairs("Schneider|Hoffman|Lindqvist|Swanson|Jorgensen|Hendricks|Mueller|Kaufman|"
               "Whitaker|Prescott|Holloway|Caldwell|Brandt|Novak|Sorensen|Pruitt|Tillman|Yoder|"
               "Hostetler|Kowalski|Lindgren|Schaefer|Dietrich|Brubaker|Fitzsimmons"),
    ),
    "us_black": (
        _s("DeShawn|Tyrone|Jamal|Marcus|Darnell|Terrence|Jerome|Cedric|Reginald|Andre|Lamar|"
           "Dwayne|Cornelius|Maurice"),
        _s("LaToya|Keisha|Tamika|Shaniqua|Imani|Aaliyah|Latrice|Monique|Yolanda|Bernice|"
           "Gwendolyn|Odessa|Lashonda|Earlene"),
        _pairs("Washington|Jefferson|Robinson|Coleman|Gaines|Mosley|Pettaway|Whitfield|Mayfield|"
               "Boykin|Dorsey|Merriweather|Tolliver|McCray|Gadsden|Battles"),
    ),
    "hispanic": (
        _s("José|Luis|Alejandro|Miguel|Ricardo|Héctor|Javier|Rafael|Arturo|Guillermo|Ramón|"
           "Ernesto|Joaquín"),
        _s("Guadalupe|María|Lourdes|Yesenia|Maribel|Rosario|Ximena|Graciela|Araceli|Leticia|"
           "Marisol|Esperanza|Dolores"),
        _pairs("Hernández|Ramírez|Gutiérrez|Castillo|Mendoza|Velázquez|Orozco|Zamora|"
               "Villanueva|Delgado|Ochoa|Salazar|Cervantes|Barrios|Fuentes|Quintanilla"),
    ),
    "vietnamese": (
        _s("Minh|Tuan|Quang|Huy|Thanh|Khanh|Phuc|Bao|Duc|Hieu"),
        _s("Huong|Linh|Thuy|Ngoc|Hoa|Trang|Phuong|Hanh|Nhung|Thao"),
        _pairs("Nguyen|Tran|Pham|Hoang|Dang|Bui|Ngo|Duong|Truong|Huynh|Phan|Vo"),
    ),
    "filipino": (
        _s("Jericho|Rommel|Arnel|Jonel|Rodel|Reynaldo|Efren|Danilo|Ariel|Jayson"),
        _s("Maricel|Rowena|Marites|Jocelyn|Analyn|Rosalinda|Lorelei|Maribeth|Jovelyn|Kristine"),
        _pairs("Dela Cruz|Bautista|Santos|Reyes|Manalo|Macaraeg|Villareal|Dimaculangan|"
               "Pangilinan|Mendiola|Tolentino|Cabrera|Aquino|Panganiban|Soriano|Magbanua"),
    ),
    "keralite": (
        _s("Jijo|Binu|Shibu|Anish|Sijo|Biju|Jinto|Sreejith|Arun|Libin"),
        _s("Jincy|Smitha|Bincy|Anju|Reshma|Divya|Soumya|Lincy|Jisha|Neethu"),
        _pairs("Varghese|Kurian|Chacko|Puthenpurayil|Kuriakose|Cherian|Pillai|Nair|Menon|"
               "Thekkekara|Vadakkel"),
    ),
    "yoruba": (
        _s("Oluwaseun|Adewale|Babajide|Olumide|Kayode|Segun|Ayodele|Oladele"),
        _s("Olufunke|Omotola|Temitope|Adenike|Bukola|Yewande|Folake|Morenike"),
        _pairs("Adeyemi|Ogunleye|Oladipo|Akinola|Bamidele|Oyewole|Fashola|Adesanya|Ogundipe"),
    ),
    "igbo": (
        _s("Chinedu|Obinna|Ikenna|Nnamdi|Chukwudi|Emeka|Kelechi|Uchenna"),
        _s("Chidinma|Nkechi|Ifeoma|Amarachi|Chiamaka|Ngozi|Adaora|Obiageli"),
        _pairs("Okeke|Nwankwo|Onyekachi|Okonkwo|Nwachukwu|Ezeani|Igwe|Anyanwu|Okoro"),
    ),
    "hausa": (
        _s("Abubakar|Ibrahim|Usman|Aminu|Musa|Sani|Abdullahi|Haruna"),
        _s("Aisha|Hauwa|Zainab|Fatima|Hadiza|Maryam|Halima|Rakiya"),
        _pairs("Danjuma|Garba|Yusuf|Lawal|Umar|Sule|Shehu|Bala"),
    ),
    "ghanaian": (
        _s("Kwame|Kofi|Kwabena|Yaw|Kwaku|Kojo"),
        _s("Akosua|Abena|Adwoa|Efua|Afua|Akua"),
        _pairs("Mensah|Asante|Owusu|Boateng|Osei|Darko|Amponsah|Agyemang|Frimpong"),
    ),
    "romanian": (
        _s("Andrei|Bogdan|Mihai|Ionuț|Florin|Cătălin|Sorin"),
        _s("Ioana|Andreea|Roxana|Mihaela|Alina|Simona|Florentina"),
        _pairs("Popescu|Ionescu|Constantinescu|Dumitrescu|Munteanu|Ardeleanu|Moldovan"),
    ),
    "arab": (
        _s("Omar|Khaled|Tarek|Mahmoud|Yousef|Hisham|Samer|Waleed"),
        _s("Rania|Dalia|Lina|Noor|Reem|Hala|Mariam|Suha"),
        _pairs("Haddad|Al-Rashid|El-Sayed|Mansour|Nassar|Saleh|Abdelrahman|Al-Khatib"),
    ),
    "brazilian": (
        _s("Thiago|Rodrigo|Gustavo|Leandro|Felipe|Vinícius"),
        _s("Juliana|Fernanda|Camila|Larissa|Tatiane|Priscila"),
        _pairs("Oliveira|Carvalho|Ferreira|Rodrigues|Almeida|Pereira|Souza|Barbosa"),
    ),
    "zimbabwean": (
        _s("Tendai|Tatenda|Farai|Tafadzwa|Kudakwashe|Tinashe"),
        _s("Chipo|Rutendo|Nyasha|Rumbidzai|Tsitsi|Vimbai"),
        _pairs("Moyo|Ncube|Dube|Sibanda|Mutasa|Chikore|Nyathi|Mlambo"),
    ),
    "afrikaans": (
        _s("Johannes|Pieter|Jacobus|Gerhardus|Willem|Hendrik|Francois|Stefan|Wynand"),
        _s("Anneke|Marike|Elmarie|Riana|Annelie|Lizelle|Carike|Mariska|Ilse"),
        _pairs("van der Merwe|Botha|Pretorius|du Plessis|Venter|Joubert|Steyn|Coetzee|van Wyk|"
               "Fourie|Kruger|Louw|Bezuidenhout|Oosthuizen"),
    ),
    "srilankan": (
        _s("Dinesh|Tharindu|Kasun|Ravindu|Chaminda|Lahiru"),
        _s("Dilani|Nirmala|Thushari|Sanduni|Chathurika|Ishara"),
        _pairs("Perera|Fernando|Jayawardena|Wickramasinghe|Rajapaksha|Gunasekara"),
    ),
    "north_indian": (
        _s("Rajesh|Amit|Vikram|Sandeep|Rohit|Anil|Manoj|Vivek"),
        _s("Sunita|Pooja|Neha|Kavita|Anita|Rekha|Shweta|Meenu"),
        _pairs("Sharma|Verma|Gupta|Agarwal|Bhatia|Kapoor|Malhotra|Saxena|Tiwari|Chopra"),
    ),
    "south_indian": (
        _s("Venkatesh|Srinivasan|Karthik|Suresh|Ramesh|Ganesh|Prakash|Murali"),
        _s("Lakshmi|Meenakshi|Deepa|Revathi|Kavitha|Sujatha|Padma|Vani"),
        _pairs("Iyer|Subramanian|Krishnan|Raghavan|Reddy|Naidu|Ramachandran|Venkataraman"),
    ),
    "au_anglo": (
        _s("Bradley|Jarrod|Brendan|Lachlan|Mitchell|Darcy|Nathan|Wayne|Barry|Keith|Shane|Troy|"
           "Graeme|Dean"),
        _s("Kylie|Narelle|Leanne|Sharon|Jacinta|Tegan|Chelsea|Bianca|Danielle|Lorraine|Merle|"
           "Noeline|Bronwyn|Raelene"),
        _pairs("Fitzpatrick|McMahon|Henwood|Tregear|Pocock|Rowlands|Cartwright|Hollis|Treloar|"
               "Pascoe|Kingsley|Chandler|Woolcott|Gleeson|Hocking|Trengove|Mangan|Brookman"),
    ),
    "greek": (
        _s("Konstantinos|Georgios|Dimitrios|Nikolaos|Panagiotis|Spiros|Christos|Vasilios"),
        _s("Eleni|Despina|Vasiliki|Paraskevi|Athena|Sophia|Katerina|Stavroula"),
        _pairs("Papadopoulos|Karagiannis|Georgiou|Nikolaidis|Christodoulou|Stavropoulos|"
               "Kyriakou|Antonopoulos|Theodorou|Mavromatis"),
    ),
    "italian": (
        _s("Giuseppe|Salvatore|Antonio|Vincenzo|Domenico|Rocco|Luca|Francesco"),
        _s("Giuseppina|Carmela|Rosaria|Concetta|Franca|Lucia|Teresa|Antonella"),
        _pairs("Esposito|Russo|Romano|Ferraro|Marchetti|Lombardo|Caruso|Santoro|Palumbo|Ricci"),
    ),
    "lebanese": (
        _s("Elias|Antoine|Michel|Fadi|Tony|Charbel|Ziad|Nabil"),
        _s("Rita|Nadia|Mirna|Samira|Layla|Maha|Joumana|Nayla"),
        _pairs("Khoury|Nasr|Abboud|Saad|Tannous|Rizk|Chidiac|Fakhoury|Daher|Sleiman"),
    ),
    "quebecois": (
        _s("Jean-François|Mathieu|Sébastien|Étienne|Guillaume|Benoît|Réjean|Gilles|Marc-André|"
           "Yves|Normand|Sylvain"),
        _s("Geneviève|Marie-Ève|Josée|Chantal|Nathalie|Sylvie|Francine|Lise|Isabelle|Mélanie|"
           "Ginette|Manon"),
        _pairs("Tremblay|Gagnon|Bouchard|Gauthier|Bélanger|Pelletier|Lavoie|Fortin|Ouellet|"
               "Lévesque|Bergeron|Côté|Thibodeau|Desjardins|Beaulieu|Paquette|Gingras|Lapointe"),
    ),
    "punjabi": (
        _s("Gurinder|Harjinder|Manpreet|Jaskaran|Amandeep|Sukhwinder|Navdeep|Balwinder"),
        _s("Harpreet|Jasleen|Navneet|Simran|Gurleen|Rajwinder|Kulwinder|Parminder"),
        _pairs("Sandhu|Grewal|Dhaliwal|Brar|Sidhu|Bains|Johal|Sangha|Toor|Randhawa"),
    ),
    "ukrainian": (
        _s("Taras|Bohdan|Mykola|Orest|Yaroslav|Wasyl|Ostap|Roman"),
        _s("Oksana|Nadia|Halyna|Olena|Lesia|Kateryna|Iryna|Daria"),
        _pairs("Kowalchuk|Hnatiuk|Melnyk|Shevchenko|Boyko|Tkachuk|Romaniuk|Sawchuk|Ostapchuk|"
               "Kuzyk"),
    ),
    "ca_chinese": (
        _s("Kevin|Raymond|Alvin|Edmund|Vincent|Kelvin|Stanley|Wilfred"),
        _s("Winnie|Cindy|Shirley|Vivian|Connie|Mabel|Queenie|Eunice"),
        _pairs("Wong|Chan|Leung|Cheung|Tsang|Yip|Kwan|Chow|Fung|Lui|Tam|Kwok"),
    ),
    "maritime": (
        _s("Murray|Darren|Wade|Trevor|Gordon|Blaine|Cyril|Clayton|Lorne|Wendell"),
        _s("Darlene|Tammy|Rhonda|Shelley|Kimberley|Colleen|Maxine|Loretta|Bernadette|Marlene"),
        _pairs("MacDonald|MacIsaac|Chisholm|MacNeil|Boudreau|LeBlanc|Doucette|Cormier|Gillis|"
               "Rankin|MacPherson|Arsenault"),
    ),
    "maori": (
        _s("Wiremu|Tāne|Hēmi|Rāwiri|Tamati|Nikau|Manaia|Ihaia|Hōhepa|Rangi"),
        _s("Aroha|Mere|Hine|Anahera|Kiri|Moana|Ngaio|Huia|Mereana|Hinewai"),
        _pairs("Ngata|Te Whata|Parata|Tipene|Rangihuna|Horomona|Tawhiri|Paewai|Te Kani|"
               "Tuhiwai|Karaka|Ruatapu|Hēnare|Tamihana"),
    ),
    "pasifika": (
        _s("Sione|Tevita|Viliami|Siaosi|Ioane|Pita|Malakai|Tavita|Semisi"),
        _s("Losa|Mele|Salote|Lupe|Fetu|Seini|Ofa|Tupou|Leilani"),
        _pairs("Faleolo|Tuilagi|Fifita|Taufa|Tuipulotu|Leota|Aumua|Fuimaono|Sapolu|Vaifale|"
               "Havili|Latu"),
    ),
    "pakeha": (
        _s("Hamish|Blair|Brent|Shane|Warrick|Murray|Ross|Bevan|Craig|Clive"),
        _s("Raewyn|Kerryn|Adele|Nicola|Bronwyn|Tania|Robyn|Janine|Sheryl|Megan"),
        _pairs("McGregor|Harcourt|Findlay|Fitzsimons|Rutherford|Galloway|Carmody|Kingsbury|"
               "Templeton|Ashworth|Mackenzie|Thorburn|Wilding|Pickett"),
    ),
    "sg_chinese": (
        _s("Wei Ming|Jun Jie|Kok Leong|Boon Huat|Chee Wai|Kian Seng|Yong Sheng|Teck Soon|"
           "Eng Kiat|Zhi Hao"),
        _s("Hui Ling|Mei Ling|Shu Fen|Li Hua|Siew Lan|Pei Shan|Xin Yi|Bee Choo|Geok Hoon|"
           "Ai Leng"),
        _pairs("Tan|Lim|Lee|Ng|Ong|Goh|Chua|Koh|Teo|Yeo|Toh|Quek|Heng|Seah"),
    ),
    "malay": (
        _s("Muhammad Faizal|Ahmad Zulkifli|Mohd Hafiz|Khairul Anuar|Azman|Rosli|Hairudin"),
        _s("Nur Aisyah|Siti Hajar|Noraini|Rohani|Zarina|Faridah|Nurul Huda"),
        _pairs("Ismail|Osman|Rahman|Hassan|Yusof|Salleh|Jaafar|Kassim"),
    ),
    "sg_indian": (
        _s("Rajendran|Muthu|Selvam|Kumaravel|Balakrishnan|Ganesan"),
        _s("Kalaivani|Thenmoli|Saraswathy|Vasanthi|Malathi|Pushpa"),
        _pairs("Krishnan|Ramasamy|Subramaniam|Arumugam|Govindasamy|Pillay"),
    ),
    "pakistani": (
        _s("Waqas|Usman|Zeeshan|Hamza|Kashif|Naveed|Adeel|Shahzad|Tahir|Arslan"),
        _s("Sana|Rabia|Mehwish|Nida|Saima|Fozia|Hina|Samina|Iqra|Bushra"),
        _pairs("Malik|Chaudhry|Qureshi|Raza|Abbasi|Awan|Rana|Warraich|Javed|Hashmi|Mirza|Gondal"),
    ),
    "indo_fijian": (
        _s("Ravindra|Ashwin|Vinesh|Shalendra|Rajneel|Pravin|Sanjeet|Kamal"),
        _s("Shobna|Roshni|Shalini|Prerna|Vandana|Ashika|Sangeeta|Kusum"),
        _pairs("Prasad|Chand|Narayan|Goundar|Dutt|Maharaj|Sharan|Deo"),
    ),
    "itaukei": (
        _s("Josaia|Semi|Viliame|Apisai|Isireli|Sakiusa|Epeli|Jone|Maciu|Waisale"),
        _s("Litia|Mereseini|Losana|Akanisi|Makereta|Titilia|Unaisi|Vasemaca|Salanieta|Kelera"),
        _pairs("Vakacegu|Naivalu|Ravuvu|Rokotuiwai|Koroi|Waqa|Nadakuitavuki|Delai|"
               "Baleilevuka|Matanitobua|Ratuvou|Qarase|Tikoduadua"),
    ),
}

# which groups a region's patients (weighted) and staff come from
_PAT: dict[str, list[str]] = {
    "UK": ["english"] * 6 + ["welsh", "scottish", "brit_asian", "brit_asian", "caribbean",
                             "west_african", "polish", "irish"],
    "WAL": ["welsh"] * 5 + ["english", "english", "polish"],
    "SCO": ["scottish"] * 5 + ["english", "brit_asian", "polish", "irish"],
    "US": ["us_white"] * 4 + ["us_black"] * 2 + ["hispanic"] * 2 + ["vietnamese", "filipino"],
    "AU": ["au_anglo"] * 4 + ["greek", "italian", "lebanese", "vietnamese", "filipino"],
    "CA": ["maritime", "maritime", "quebecois", "punjabi", "ukrainian", "ca_chinese",
           "filipino"],
    "QC": ["quebecois"] * 5 + ["arab", "hispanic"],
    "IE": ["irish"] * 6 + ["polish", "filipino"],
    "NZ": ["pakeha"] * 3 + ["maori"] * 3 + ["pasifika"] * 2 + ["north_indian"],
    "NG": ["yoruba", "igbo", "hausa"],
    "PK": ["pakistani"],
    "FJ": ["itaukei", "indo_fijian"],
    "SG": ["sg_chinese"] * 3 + ["malay", "sg_indian"],
}
_STAFF: dict[str, list[str]] = {
    "UK": ["english"] * 5 + ["scottish", "welsh", "brit_asian", "brit_asian", "caribbean",
                             "west_african", "polish", "irish", "filipino", "keralite",
                             "keralite", "yoruba", "ghanaian", "romanian", "arab", "zimbabwean",
                             "srilankan", "south_indian"],
    "US": ["us_white"] * 4 + ["us_black", "us_black", "hispanic", "hispanic", "filipino",
                              "filipino", "keralite", "vietnamese", "north_indian", "igbo",
                              "arab"],
    "AU": ["au_anglo"] * 4 + ["greek", "italian", "lebanese", "vietnamese", "filipino",
                              "keralite", "srilankan", "afrikaans", "zimbabwean", "north_indian"],
    "CA": ["maritime", "maritime", "quebecois", "punjabi", "ukrainian", "ca_chinese",
           "filipino", "filipino", "arab", "yoruba", "south_indian"],
    "QC": ["quebecois"] * 4 + ["arab", "hispanic", "romanian"],
    "IE": ["irish"] * 5 + ["filipino", "keralite", "keralite", "polish", "romanian",
                           "brazilian", "yoruba", "south_indian", "zimbabwean"],
    "NZ": ["pakeha"] * 3 + ["maori", "maori", "pasifika", "filipino", "keralite", "afrikaans",
                            "english", "north_indian", "scottish"],
    "NG": ["yoruba", "igbo", "hausa"],
    "PK": ["pakistani"],
    "FJ": ["itaukei", "indo_fijian"],
    "SG": ["sg_chinese"] * 3 + ["malay", "sg_indian", "filipino"],
}
_STAFF["SCO"] = _STAFF["WAL"] = _STAFF["UK"]
_FAKER_LOCALE = {"UK": "en_GB", "WAL": "en_GB", "SCO": "en_GB", "US": "en_US", "AU": "en_AU",
                 "CA": "en_CA", "QC": "en_CA", "IE": "en_IE", "NZ": "en_NZ", "FJ": "en_IN",
                 "SG": "en_IN"}
_FAKER_GROUP = {"UK": "english", "WAL": "english", "SCO": "scottish", "US": "us_white",
                "AU": "au_anglo", "CA": "maritime", "QC": "maritime", "IE": "irish",
                "NZ": "pakeha", "FJ": "indo_fijian", "SG": "sg_indian"}
# word-like, eponymous or test-named names that Faker may offer: never drawn
_NAME_STOP = set(_s(
    "Ward|Bell|Day|Hall|Moss|Marsh|Hill|Wood|Woods|Field|Fields|Green|White|Black|Brown|Gray|"
    "Grey|Young|Long|Short|Little|Small|Rich|Hope|Grace|Joy|Faith|Rose|May|June|April|August|"
    "Summer|Autumn|Winter|Frost|Snow|Rain|Storm|Banks|Bank|Church|Chapel|King|Knight|Bishop|"
    "Dean|Page|Price|Cash|Cook|Baker|Butler|Carter|Mason|Potter|Porter|Turner|Fisher|Hunter|"
    "Archer|Walker|Parker|Marshall|Barber|Glass|Stone|Lamb|Fox|Wolf|Hart|Swan|Crane|Finch|"
    "Bird|Drake|Heath|Lane|Street|Read|Best|Strong|Sharp|Wise|Free|Noble|Gold|Silver|Pearl|"
    "Ruby|Crystal|Amber|Jade|Holly|Ivy|Iris|Daisy|Lily|Violet|Poppy|Heather|Fern|Olive|Hazel|"
    "Ash|Birch|Oak|Reed|Rush|Cliff|Dale|Glen|Forest|Lake|Brook|Brooke|Rivers|Shore|Major|Bond|"
    "Power|Powers|Law|Love|Good|Gill|Mark|Will|Bill|Pat|Sue|Guy|Miles|Mills|Mill|Foley|Graves|"
    "Wilson|Addison|Parkinson|Hodgkin|Barrett|Paget|Gilbert|Guthrie|Coombs|Kell|Duffy|Kidd|"
    "Lewis|Jones|Wright|Down|Downs|Crohn|Cushing|Bence|Levey|Jennings|Westgard|Gram|Giemsa|"
    "Hartmann|Whipple|Nissen|Colles|Smith|Barton|Bennett|Pott|Potts|Hickman|Allen|Romberg|"
    "Murphy|Chance|Fleming|Doppler|Holter|Wells|Child|Pugh|Morse|Braden|Norton|Ringer|Harris|"
    "Benedict|Tanner|Mallory|Weiss|Howell|Jolly|Heinz|Cabot|Russell|Kent|Essex|York|Durham|"
    "Lincoln|Preston|Bolton|Stafford|Chester|Warwick|Kendal|Carlisle|Jackson|Hamilton|"
    "Henderson|Brandon|Thompson|George|Elizabeth|Georgia|Virginia|Carolina|Dakota|Austin|"
    "Houston|Dallas|Phoenix|Sydney|Victoria|Adelaide|Perth|Darwin|Hobart|Regan|Sterling|"
    "Flower|Flowers|Beach|Baron|Earl|Sage|Hale|Hardy|Stout|Lord|Noon|Pope|Abbott|Monk|Dye|"
    "Gross|Cross|Paris|Rome|Berlin|Bridge|Bridges|Pond|Wall|Walls|Burns|Burn|Nurse|Doctor|"
    "Patient|Case|Test|Blood|Sample|Culture|Marrow|Bone|Gene|Lab|Scan|Ray|Xray|Chest|Head|"
    "Hand|Foot|Leg|Arms|Back|Mann|Cole|Coles|Mayer|Booth|Banner|Sample|Tucker|Nash|Payne|"
    "Pain|Hurst|Kerr|Still|Cannon|Gunn|Pike|Spears|Shields|Sheldon|Stroud|Reading|Worthing|"
    "Sutton|Newton|Norman|Rivers|Ellis|Santos|Reyes|Lucas|Francis|Charity|Prudence|Constance|"
    "Patience|Mercy|Honor|Honour|Trinity|Destiny|Chastity|Star|Sky|Skye|River|Ocean|Storm|"
    "Blaze|Rocky|Sunny|Candy|Ginger|Brandy|Sherry|Misty|Dusty|Chip|Buck|Hank|Rusty|Spencer|"
    "Ward|Dick|Randy|Willy|Harry"))

# initials that would read as a clinical or common abbreviation: never used as a person's initials
_ABBR = set(_s(
    "AB|AC|AD|AE|AF|AG|AH|AI|AK|AL|AM|AN|AP|AR|AS|AT|AV|AW|BB|BC|BD|BE|BG|BM|BN|BO|BP|BS|BT|BW|"
    "CA|CB|CC|CD|CF|CH|CI|CK|CL|CM|CN|CO|CP|CR|CS|CT|CV|CX|DC|DD|DH|DI|DM|DN|DO|DR|DS|DT|DU|DV|DX|"
    "EB|EC|ED|EF|EG|EM|EN|EP|ER|ES|ET|EU|EX|FB|FC|FE|FH|FM|FP|FS|FT|FU|FX|FY|GA|GB|GC|GH|GI|GM|GN|"
    "GO|GP|GS|GT|GU|HA|HB|HC|HD|HE|HF|HH|HI|HL|HM|HO|HP|HR|HS|HT|HV|HX|IA|IC|ID|IE|IF|IG|IM|IN|IO|"
    "IP|IR|IS|IT|IU|IV|JP|JR|JV|KG|KO|KS|LA|LB|LD|LE|LF|LL|LM|LN|LO|LP|LR|LS|LT|LV|MA|MB|MC|MD|ME|"
    "MG|MH|MI|ML|MM|MO|MP|MR|MS|MT|MU|MV|NA|NB|NC|ND|NE|NG|NH|NI|NJ|NK|NM|NO|NP|NR|NS|NT|NV|NZ|OA|"
    "OB|OD|OE|OG|OH|OK|OM|ON|OP|OR|OS|OT|OW|PA|PB|PC|PD|PE|PF|PG|PH|PI|PK|PM|PN|PO|PP|PR|PS|PT|PU|"
    "PV|PW|QA|QC|QI|RA|RB|RC|RF|RH|RI|RL|RM|RN|RO|RR|RS|RT|RU|RV|SA|SB|SC|SD|SE|SG|SH|SI|SK|SL|SM|"
    "SN|SO|SP|SR|SS|ST|SU|SV|SX|TA|TB|TC|TD|TE|TF|TG|TH|TI|TK|TL|TM|TN|TO|TP|TR|TS|TT|TV|TX|UA|UC|"
    "UE|UK|UP|UR|US|UV|VA|VC|VD|VF|VP|VQ|VS|VT|VW|WA|WB|WC|WE|WG|WI|WS|WT|XM|XR|ZN"))

_PARTICLES = {"bin", "binti", "s/o", "d/o", "van", "der", "du", "de", "dela", "ó", "ní", "mac",
              "nic", "te", "al", "el", "la"}


class _Redraw(Exception):
    """The note drew something unusable (a clash of names or initials): redraw it."""


def _toks(name: str) -> set[str]:
    return {t for t in re.split(r"[\s\-]+", name.lower()) if t and t not in _PARTICLES}


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _ini_of(first: str, last: str) -> str:
    f = "".join(w[0] for w in first.split("-"))[:2]
    caps = [w for w in last.replace("-", " ").split() if w[:1].isupper()]
    words = [w for w in caps if w.lower() not in _PARTICLES] or caps or [last]
    return _ascii(f[0] + words[0][0]).upper()


@dataclass
class _P:
    first: str
    last: str
    sex: str
    group: str
    fam: Any = None
    middle: str = ""

    @property
    def full(self) -> str:  # First Last
        return f"{self.first} {self.last}"

    @property
    def LF(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def Lf(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def mi(self) -> str:
        return self.middle[:1] or "J"

    @property
    def LfM(self) -> str:  # Last, First M
        return f"{self.last}, {self.first} {self.mi}"

    @property
    def LFM(self) -> str:  # LAST, FIRST M
        return f"{self.last.upper()}, {self.first.upper()} {self.mi}"

    @property
    def fmL(self) -> str:  # First M. Last
        return f"{self.first} {self.mi}. {self.last}"

    @property
    def fL(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:  # FIRST LAST
        return f"{self.first} {self.last}".upper()

    @property
    def iL(self) -> str:  # F. Last
        return f"{self.first[0]}. {self.last}"

    @property
    def i_L(self) -> str:  # F Last (after a title)
        return f"{self.first[0]} {self.last}"

    @property
    def ini(self) -> str:
        return _ini_of(self.first, self.last)

    @property
    def user(self) -> str:  # typed user name / e-mail local part
        f = _ascii(self.first).lower().replace(" ", "").replace("'", "")
        la = _ascii(self.last).lower().replace(" ", "").replace("'", "")
        return f"{f}.{la}"

    @property
    def mr(self) -> str:
        return "Mr" if self.sex == "M" else self.r_title

    r_title: str = "Mrs"


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


_MON = _s("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTH = _s("January|February|March|April|May|June|July|August|September|October|November|"
            "December")
_WD = _s("Mon|Tue|Wed|Thu|Fri|Sat|Sun")
_WEEKDAY = _s("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")


def _ord(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


# date formats (the whole string is one DATE span)
def dmy(d: date) -> str:  # 22/03/2025
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def dmy2(d: date) -> str:  # 22/03/25
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def dmy_s(d: date) -> str:  # 22/3/25
    return f"{d.day}/{d.month}/{d.year % 100:02d}"


def dmy_s4(d: date) -> str:  # 22/3/2025
    return f"{d.day}/{d.month}/{d.year}"


def dm(d: date) -> str:  # 22/3
    return f"{d.day}/{d.month}"


def dm0(d: date) -> str:  # 22/03
    return f"{d.day:02d}/{d.month:02d}"


def dot(d: date) -> str:  # 22.03.2025
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def dot2(d: date) -> str:  # 22.03.25
    return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"


def dash(d: date) -> str:  # 22-03-2025
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def dMy(d: date) -> str:  # 22 Mar 2025
    return f"{d.day} {_MON[d.month - 1]} {d.year}"


def dMMy(d: date) -> str:  # 22 March 2025
    return f"{d.day} {_MONTH[d.month - 1]} {d.year}"


def ordMy(d: date) -> str:  # 22nd March 2025
    return f"{_ord(d.day)} {_MONTH[d.month - 1]} {d.year}"


def ordM(d: date) -> str:  # 22nd March
    return f"{_ord(d.day)} {_MONTH[d.month - 1]}"


def ordofM(d: date) -> str:  # 22nd of March
    return f"{_ord(d.day)} of {_MONTH[d.month - 1]}"


def dM(d: date) -> str:  # 22 Mar
    return f"{d.day} {_MON[d.month - 1]}"


def dMM(d: date) -> str:  # 22 March
    return f"{d.day} {_MONTH[d.month - 1]}"


def dMony(d: date) -> str:  # 22-Mar-2025
    return f"{d.day:02d}-{_MON[d.month - 1]}-{d.year}"


def dMONy(d: date) -> str:  # 22-MAR-2025
    return f"{d.day:02d}-{_MON[d.month - 1].upper()}-{d.year}"


def cmp(d: date) -> str:  # 22MAR2025
    return f"{d.day:02d}{_MON[d.month - 1].upper()}{d.year}"


def us(d: date) -> str:  # 03/22/2025
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us1(d: date) -> str:  # 3/22/2025
    return f"{d.month}/{d.day}/{d.year}"


def us2(d: date) -> str:  # 3/22/25
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def us02(d: date) -> str:  # 03/22/25
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def usmd(d: date) -> str:  # 3/22
    return f"{d.month}/{d.day}"


def Mdy(d: date) -> str:  # Mar 22, 2025
    return f"{_MON[d.month - 1]} {d.day}, {d.year}"


def MMdy(d: date) -> str:  # March 22, 2025
    return f"{_MONTH[d.month - 1]} {d.day}, {d.year}"


def Mdy_dot(d: date) -> str:  # Mar. 22, 2025
    m = _MON[d.month - 1]
    return f"{m}{'' if m == 'May' else '.'} {d.day}, {d.year}"


def Md(d: date) -> str:  # Mar 22
    return f"{_MON[d.month - 1]} {d.day}"


def MMd(d: date) -> str:  # March 22
    return f"{_MONTH[d.month - 1]} {d.day}"


def iso(d: date) -> str:  # 2025-03-22
    return d.isoformat()


def isoslash(d: date) -> str:  # 2025/03/22
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def isodt(dt: datetime, secs: bool = False) -> str:  # 2025-03-22T14:05(:33)
    return dt.strftime("%Y-%m-%dT%H:%M:%S" if secs else "%Y-%m-%dT%H:%M")


def wd(d: date) -> str:
    return _WD[d.weekday()]


def wday(d: date) -> str:
    return _WEEKDAY[d.weekday()]


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


class _X:
    """Per-note drawing context: seeded random, names already used, phone / ID / address makers."""

    def __init__(self, seed: int, region: str) -> None:
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.used: set[str] = set()
        self.inis: set[str] = set()
        self.d0 = date(2024, 1, 8) + timedelta(days=self.r.randrange(0, 600))
        self._fk_seeded: set[str] = set()

    # ---- randomness
    def ch(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, k: int, lead: str = "123456789") -> str:
        return self.ch(lead) + "".join(str(self.r.randrange(10)) for _ in range(k - 1))

    def day(self, a: int, b: int) -> date:
        return self.d0 + timedelta(days=self.r.randint(a, b))

    def dt(self, d: date, h0: int = 0, h1: int = 23) -> datetime:
        return datetime(d.year, d.month, d.day, self.r.randint(h0, h1), self.r.randint(0, 59),
                        self.r.randint(0, 59))

    def dob(self, a0: int, a1: int, old: float = 0.0) -> tuple[date, int]:
        age = self.n(90, 99) if old and self.p(old) else self.n(a0, a1)
        d = self.d0 - timedelta(days=365 * age + self.n(10, 350) + age // 4)
        real = self.d0.year - d.year - ((self.d0.month, self.d0.day) < (d.month, d.day))
        return d, real

    # ---- people
    def fk(self) -> Faker:
        loc = _FAKER_LOCALE[self.region]
        f = _faker(loc)
        if loc not in self._fk_seeded:
            f.seed_instance(self.seed)
            self._fk_seeded.add(loc)
        return f

    def person(self, group: str | None = None, sex: str | None = None, surname: Any = None,
               staff: bool = False, faker: float = 0.0, need_ini: bool = False,
               middle: bool = False) -> _P:
        sex = sex or self.ch("MF")
        for _ in range(80):
            grp = group or self.ch((_STAFF if staff else _PAT)[self.region])
            fam: Any = None
            if faker and group is None and self.region in _FAKER_LOCALE and self.p(faker):
                fk = self.fk()
                first = fk.first_name_male() if sex == "M" else fk.first_name_female()
                last = fk.last_name() if surname is None else surname
                if (first in _NAME_STOP or last in _NAME_STOP
                        or not re.fullmatch(r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?", first)
                        or not re.fullmatch(r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?", last)):
                    continue
                grp = _FAKER_GROUP[self.region]
                fam = last
            else:
                males, females, sur = _G[grp]
                first = self.ch(males if sex == "M" else females)
                if surname is None:
                    fam = self.ch(sur)
                    last = fam if isinstance(fam, str) else fam[1 if sex == "F" else 0]
                else:
                    fam = surname
                    last = surname if isinstance(surname, str) else surname[1 if sex == "F" else 0]
            ft, lt = _toks(first), _toks(last)
            if ft & self.used or ft & lt or (surname is None and lt & self.used):
                continue
            ini = _ini_of(first, last)
            if need_ini and (ini in _ABBR or ini in self.inis):
                continue
            mid = ""
            if middle:
                males, females, _ = _G[grp]
                cands = [m for m in (males if sex == "M" else females)
                         if not _toks(m) & (self.used | ft) and " " not in m]
                if not cands:
                    continue
                mid = self.ch(cands)
                self.used |= _toks(mid)
            self.used |= ft | lt
            if need_ini:
                self.inis.add(ini)
            pp = _P(first, last, sex, grp, fam, mid)
            pp.r_title = self.ch(["Mrs", "Ms", "Mrs", "Miss"]) if sex == "F" else "Mr"
            return pp
        raise _Redraw

    def nick(self, p: _P) -> str:
        """A nickname / preferred name, never a word of the text or another name of the note."""
        for _ in range(30):
            m, f = _NICK_GROUP.get(p.group, (_NICK_M, _NICK_F))
            nk = self.ch(m if p.sex == "M" else f)
            if not _toks(nk) & self.used:
                self.used |= _toks(nk)
                return nk
        raise _Redraw

    def kin(self, of: _P, sex: str | None = None, same: bool = True) -> _P:
        """A relative: first name from the family's group; keeps the family surname if same."""
        return self.person(group=of.group, sex=sex, surname=of.fam if same else None)

    def staff(self, sex: str | None = None, ini: bool = False, group: str | None = None) -> _P:
        return self.person(group=group, sex=sex, staff=True, need_ini=ini)

    def pat(self, sex: str | None = None, faker: float = 0.2, middle: bool = True,
            group: str | None = None) -> _P:
        return self.person(group=group, sex=sex, faker=faker, middle=middle)

    # ---- phones
    def uk_mob(self) -> str:
        return f"07{self.n(400, 999)} {self.dig(6, '123456789')}"

    def uk_land(self) -> str:
        return self.ch([f"01{self.n(200, 999)} {self.dig(6)}",
                        f"0{self.n(113, 191)} {self.dig(3)} {self.dig(4)}"])

    def ext(self, k: int = 4) -> str:
        return self.dig(k)

    def us_ph(self) -> str:
        a, b, c = self.n(201, 989), self.n(201, 989), self.dig(4, "0123456789")
        return self.ch([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])

    def au_mob(self) -> str:
        return f"04{self.n(0, 99):02d} {self.dig(3)} {self.dig(3)}"

    def au_land(self, area: str = "02") -> str:
        return f"({area}) {self.dig(4)} {self.dig(4)}"

    def ca_ph(self, area: str | None = None) -> str:
        a = area or self.ch(["416", "647", "905", "613", "604", "778", "403", "780", "204", "902",
                             "514", "418"])
        return f"{a}-{self.n(201, 989)}-{self.dig(4, '0123456789')}"

    def ie_mob(self) -> str:
        return f"08{self.ch('35679')} {self.dig(3)} {self.dig(4)}"

    def ie_land(self) -> str:
        area = self.ch(["21", "61", "91", "51", "71"])
        return self.ch([f"(01) {self.dig(3)} {self.dig(4)}",
                        f"0{area} {self.dig(3)} {self.dig(4)}"])

    def nz_mob(self) -> str:
        return f"02{self.ch('1279')} {self.dig(3)} {self.dig(4)}"

    def nz_land(self) -> str:
        return f"(0{self.ch('34679')}) {self.dig(3)} {self.dig(4)}"

    # ---- identifiers
    def nhs(self, spaced: bool = True) -> str:
        while True:
            body = self.dig(9, "4679")
            s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
            chk = 11 - s % 11
            if chk == 10:
                continue
            num = body + ("0" if chk == 11 else str(chk))
            return f"{num[:3]} {num[3:6]} {num[6:]}" if spaced else num

    def chi(self, dob: date, sex: str) -> str:
        while True:
            body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + self.dig(2, "0123456789")
            sx = self.ch("13579" if sex == "M" else "02468")
            body += sx
            s = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
            chk = 11 - s % 11
            if chk == 10:
                continue
            return body + ("0" if chk == 11 else str(chk))

    def medicare_au(self) -> str:
        d = [self.n(2, 6)] + [self.n(0, 9) for _ in range(7)]
        chk = sum(v * w for v, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
        return "".join(map(str, d)) + str(chk) + str(self.n(1, 5))

    def ihi(self) -> str:
        body = "800360" + self.dig(9, "0123456789")
        return body + _luhn_digit(body)

    def nhi(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        while True:
            a = "".join(self.ch(letters) for _ in range(3))
            nums = self.dig(3, "0123456789")
            vals = [letters.index(c) + 1 for c in a] + [int(c) for c in nums]
            s = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True))
            r = s % 11
            if r == 0:
                continue
            chk = 11 - r
            if chk == 10:
                chk = 0
            return a + nums + str(chk)

    def ohip(self) -> str:
        body = self.dig(9)
        num = body + _luhn_digit(body)
        vc = "ABCDEFGHJKLMNPRSTVWXYZ"
        return f"{num[:4]}-{num[4:7]}-{num[7:]}-{self.ch(vc)}{self.ch(vc)}"

    def bc_phn(self) -> str:
        while True:
            body = "9" + self.dig(8, "0123456789")
            wts = [2, 4, 8, 5, 10, 9, 7, 3]
            s = sum((int(c) * w) % 11 for c, w in zip(body[1:], wts, strict=True))
            chk = 11 - s % 11
            if chk >= 10:
                continue
            num = body + str(chk)
            return f"{num[:4]} {num[4:7]} {num[7:]}"

    def nric(self, prefix: str = "S") -> str:
        body = self.dig(7, "0123456789")
        s = sum(int(c) * w for c, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True))
        if prefix in "TG":
            s += 4
        return prefix + body + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[s % 11]

    def ppsn(self) -> str:
        body = self.dig(7, "0123456789")
        s = sum(int(c) * w for c, w in zip(body, range(8, 1, -1), strict=True))
        return body + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]

    def ssn(self) -> str:
        a = self.n(1, 899)
        while a == 666:
            a = self.n(1, 899)
        return f"{a:03d}-{self.n(1, 99):02d}-{self.n(1, 9999):04d}"

    def ni_uk(self) -> str:
        pre = self.ch(["JK", "NP", "SH", "WL", "YR", "PB", "RE", "JT", "AR", "ZX"])
        d = "0123456789"
        return f"{pre} {self.dig(2, d)} {self.dig(2, d)} {self.dig(2, d)} {self.ch('ABCD')}"

    def npi(self) -> str:
        body = self.ch("12") + self.dig(8, "0123456789")
        return body + _luhn_digit("80840" + body)

    def mbi(self) -> str:
        al = "ACDEFGHJKMNPQRTUVWXY"
        an = al + "0123456789"
        c = [self.dig(1), self.ch(al), self.ch(an), self.dig(1, "0123456789"), self.ch(al),
             self.ch(an), self.dig(1, "0123456789"), self.ch(al), self.ch(al),
             self.dig(1, "0123456789"), self.dig(1, "0123456789")]
        m = "".join(c)
        return f"{m[:4]}-{m[4:7]}-{m[7:]}" if self.p(0.5) else m

    def din(self, fac: str = "G") -> str:  # ISBT 128 donation identification number
        flag = self.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
        return f"{fac}{self.dig(4)} {self.d0.year % 100:02d} {self.dig(6, '0123456789')} {flag}"

    def place(self, seq: list[Any], key: Callable[[Any], str] = lambda v: v[0]) -> Any:
        """A town / suburb not yet used in this note (and not sharing a word with a name)."""
        for _ in range(40):
            v = self.ch(seq)
            if not _toks(key(v)) & self.used:
                self.used |= _toks(key(v))
                return v
        raise _Redraw

    # ---- addresses (line, town / suburb, postcode)
    def uk_addr(self, wales: bool = False, scot: bool = False) -> tuple[str, str, str]:
        if wales:
            town, area = self.place(_WAL_TOWNS)
            street = f"{self.n(1, 88)} {self.ch(_WAL_STREETS)}"
        elif scot:
            town, area = self.place(_SCO_TOWNS)
            street = f"{self.n(1, 140)} {self.ch(_UK_STREET_NAMES)} {self.ch(_SCO_TYPES)}"
        else:
            town, area = self.place(_UK_TOWNS)
            street = f"{self.n(1, 140)} {self.ch(_UK_STREET_NAMES)} {self.ch(_UK_TYPES)}"
            if self.p(0.2):
                street = f"Flat {self.n(1, 24)}, {street}"
        inw = "ABDEFGHJLNPQRSTUWXYZ"
        pc = f"{area}{self.n(1, 29)} {self.n(1, 9)}{self.ch(inw)}{self.ch(inw)}"
        return street, town, pc

    def us_addr(self) -> tuple[str, str, str, str]:
        city, st, z3 = self.place(_US_CITIES)
        kind = self.ch(["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way"])
        line = f"{self.n(100, 9899)} {self.ch(_US_STREETS)} {kind}"
        if self.p(0.25):
            line += f" {self.ch(['Apt', 'Unit', '#'])} {self.n(1, 30)}{self.ch(['', 'A', 'B'])}"
        return line, city, st, z3 + self.dig(2, "0123456789")

    def au_addr(self, state: str) -> tuple[str, str, str]:
        sub, pc = self.place(_AU_SUBURBS[state])
        kind = self.ch(["St", "Rd", "Ave", "Cres", "Pde", "Ct", "Pl", "Dr"])
        line = f"{self.n(1, 220)} {self.ch(_AU_STREETS)} {kind}"
        if self.p(0.3):
            line = self.ch([f"Unit {self.n(1, 20)}/", f"{self.n(1, 12)}/"]) + line
        return line, sub, pc

    def ca_addr(self, prov: str) -> tuple[str, str, str]:
        city, letter = self.place(_CA_CITIES[prov])
        lets = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{letter}{self.n(0, 9)}{self.ch(lets)} {self.n(0, 9)}{self.ch(lets)}{self.n(0, 9)}"
        if prov == "QC":
            kind = self.ch(["rue", "boul.", "av.", "rue"])
            line = f"{self.n(10, 9800)}, {kind} {self.ch(_QC_STREETS)}"
            if self.p(0.3):
                line += f", app. {self.n(1, 40)}"
        else:
            kind = self.ch(["St", "Ave", "Rd", "Dr", "Cres", "Blvd"])
            line = f"{self.n(10, 9800)} {self.ch(_US_STREETS)} {kind}"
            if self.p(0.25):
                line = f"{self.n(101, 2304)}-" + line
        return line, city, pc

    def ie_addr(self) -> tuple[str, str, str | None, str]:
        town, county, key = self.place(_IE_TOWNS)
        line = self.ch([f"{self.n(1, 120)} {self.ch(_IE_STREETS)}",
                        f"{self.ch(_IE_HOUSES)}, {self.ch(_IE_STREETS)}"])
        uid = "ACDEFHKNPRTVWXY"
        code = key + " " + self.ch(uid) + "".join(self.ch(uid + "0123456789") for _ in range(3))
        return line, town, county, code

    def nz_addr(self) -> tuple[str, str, str, str]:
        sub, city, pc = self.place(_NZ_SUBURBS, lambda v: v[0] + " " + v[1])
        kind = self.ch(["Street", "Road", "Avenue", "Crescent", "Place", "Terrace"])
        line = f"{self.n(1, 190)} {self.ch(_NZ_STREETS)} {kind}"
        if self.p(0.25):
            line = f"{self.n(1, 8)}/" + line
        return line, sub, city, pc


_NICK_M = _s("Sonny|Mick|Bertie|Dougie|Jimmy|Stevie|Benny|Lenny|Chas|Tommy|Ronnie|Bobby")
_NICK_F = _s("Peggy|Bunty|Trixie|Dolly|Queenie|Nell|Tilly|Cissie|Bessie|Lulu|Kiki|Betty|"
             "Nettie|Mimi|Jojo")
_NICK_GROUP = {  # (male, female) nicknames used within some groups
    "hispanic": (_s("Chuy|Memo|Tito|Beto|Pepe|Nacho"), _s("Lupita|Chela|Nena|Lety|Mari")),
    "au_anglo": (_s("Gazza|Robbo|Macca|Tommo|Baz|Fitzy"), _s("Shaz|Kaz|Bec|Jacqui|Tash")),
    "vietnamese": (_s("Tony|Danny|Johnny"), _s("Kim|Vicky|Linda")),
}

_UK_TOWNS = [
    ("Rochdale", "OL"), ("Bury", "BL"), ("Oldham", "OL"), ("Burnley", "BB"), ("Halifax", "HX"),
    ("Huddersfield", "HD"), ("Dewsbury", "WF"), ("Keighley", "BD"), ("Harrogate", "HG"),
    ("Barnsley", "S"), ("Rotherham", "S"), ("Doncaster", "DN"), ("Wakefield", "WF"),
    ("Chesterfield", "S"), ("Mansfield", "NG"), ("Grantham", "NG"), ("Kettering", "NN"),
    ("Northampton", "NN"), ("Swindon", "SN"), ("Taunton", "TA"), ("Yeovil", "BA"),
    ("Exeter", "EX"), ("Truro", "TR"), ("Ipswich", "IP"), ("Colchester", "CO"),
    ("Chelmsford", "CM"), ("Luton", "LU"), ("Stevenage", "SG"), ("Crawley", "RH"),
    ("Maidstone", "ME"), ("Lancaster", "LA"), ("Blackburn", "BB"), ("Wigan", "WN"),
    ("Warrington", "WA"), ("Crewe", "CW"), ("Telford", "TF"), ("Shrewsbury", "SY"),
    ("Hereford", "HR"), ("Worcester", "WR"), ("Nuneaton", "CV"), ("Loughborough", "LE"),
    ("Grimsby", "DN"), ("Darlington", "DL"), ("Hartlepool", "TS"), ("Gateshead", "NE"),
    ("Sunderland", "SR"), ("Hexham", "NE"), ("Scunthorpe", "DN"), ("Accrington", "BB"),
]
_UK_STREET_NAMES = _s(
    "Beechwood|Ashfield|Hollins|Cranbrook|Langdale|Whinmoor|Fernbank|Hawthorn|Moorside|"
    "Lindley|Westfield|Brookside|Kingsway|Elmfield|Highfield|Oakley|Rowan|Sycamore|Laburnum|"
    "Chatsworth|Belgrave|Stanhope|Wellington|Albion|Clarendon|Coniston|Ullswater|Windermere|"
    "Hartington|Primrose|Bracken|Heatherdale|Mayfield|Thornhill|Greenacre|Cherry Tree")
_UK_TYPES = _s("Road|Street|Avenue|Close|Crescent|Drive|Grove|Lane|Way|Terrace|Gardens|Walk")
_SCO_TYPES = _s("Road|Street|Avenue|Crescent|Drive|Gardens|Place|Terrace|Wynd|Brae")
_SCO_TOWNS = [("Paisley", "PA"), ("Kilmarnock", "KA"), ("Dunfermline", "KY"), ("Kirkcaldy", "KY"),
              ("Stirling", "FK"), ("Falkirk", "FK"), ("Livingston", "EH"), ("Inverness", "IV"),
              ("Elgin", "IV"), ("Dumfries", "DG"), ("Motherwell", "ML"), ("Arbroath", "DD"),
              ("Peterhead", "AB"), ("Greenock", "PA"), ("Irvine", "KA")]
_WAL_TOWNS = [("Llanelli", "SA"), ("Bridgend", "CF"), ("Carmarthen", "SA"), ("Aberystwyth", "SY"),
              ("Pontypridd", "CF"), ("Merthyr Tydfil", "CF"), ("Neath", "SA"), ("Caerphilly", "CF"),
              ("Wrexham", "LL"), ("Bangor", "LL"), ("Haverfordwest", "SA"), ("Llandudno", "LL"),
              ("Ammanford", "SA"), ("Porthcawl", "CF")]
_WAL_STREETS = _s("Heol y Bryn|Ffordd Glyndŵr|Stryd Fawr|Maes y Coed|Heol Tŷ Gwyn|Rhodfa'r Môr|"
                  "Ffordd yr Eglwys|Heol Ddu|Bryn Glas|Cae Mawr|Heol Pant-y-Celyn|Maes yr Haf")
_US_CITIES = [
    ("Columbus", "OH", "432"), ("Dayton", "OH", "454"), ("Toledo", "OH", "436"),
    ("Akron", "OH", "443"), ("Pittsburgh", "PA", "152"), ("Scranton", "PA", "185"),
    ("Harrisburg", "PA", "171"), ("Louisville", "KY", "402"), ("Lexington", "KY", "405"),
    ("Indianapolis", "IN", "462"), ("Fort Wayne", "IN", "468"), ("Milwaukee", "WI", "532"),
    ("Madison", "WI", "537"), ("Des Moines", "IA", "503"), ("Omaha", "NE", "681"),
    ("Wichita", "KS", "672"), ("Tulsa", "OK", "741"), ("Albuquerque", "NM", "871"),
    ("Tucson", "AZ", "857"), ("Mesa", "AZ", "852"), ("Fresno", "CA", "937"),
    ("Sacramento", "CA", "958"), ("Bakersfield", "CA", "933"), ("Spokane", "WA", "992"),
    ("Boise", "ID", "837"), ("Richmond", "VA", "232"), ("Norfolk", "VA", "235"),
    ("Raleigh", "NC", "276"), ("Charlotte", "NC", "282"), ("Greenville", "SC", "296"),
    ("Savannah", "GA", "314"), ("Macon", "GA", "312"), ("Memphis", "TN", "381"),
    ("Knoxville", "TN", "379"), ("Baton Rouge", "LA", "708"), ("Shreveport", "LA", "711"),
    ("Little Rock", "AR", "722"), ("Rochester", "NY", "146"), ("Syracuse", "NY", "132"),
    ("Buffalo", "NY", "142"), ("Hartford", "CT", "061"), ("Providence", "RI", "029"),
    ("Tacoma", "WA", "984"), ("Reno", "NV", "895"), ("El Paso", "TX", "799"),
    ("Lubbock", "TX", "794"), ("Gainesville", "FL", "326"), ("Tallahassee", "FL", "323"),
]
_US_STREETS = _s("Maple|Elm|Sycamore|Linden|Chestnut|Hickory|Walnut|Birchwood|Cedar Ridge|"
                 "Meadowbrook|Willowbend|Fairview|Ridgeway|Lakeshore|Pinecrest|Briarwood|"
                 "Hillcrest|Magnolia|Dogwood|Orchard|Cottonwood|Prairie View|Timberline|"
                 "Kensington|Brookhaven|Foxboro|Greenbriar|Lexford|Redbud|Wexley")
_AU_SUBURBS = {
    "NSW": [("Parramatta", "2150"), ("Blacktown", "2148"), ("Penrith", "2750"),
            ("Campbelltown", "2560"), ("Hurstville", "2220"), ("Bankstown", "2200"),
            ("Wollongong", "2500"), ("Gosford", "2250"), ("Dubbo", "2830"),
            ("Tamworth", "2340"), ("Wagga Wagga", "2650"), ("Auburn", "2144"),
            ("Mount Druitt", "2770"), ("Fairfield", "2165"), ("Lakemba", "2195")],
    "VIC": [("Footscray", "3011"), ("Dandenong", "3175"), ("Frankston", "3199"),
            ("Ballarat", "3350"), ("Bendigo", "3550"), ("Geelong", "3220"), ("Werribee", "3030"),
            ("Box Hill", "3128"), ("Brunswick", "3056"), ("Thomastown", "3074"),
            ("Broadmeadows", "3047"), ("Springvale", "3171"), ("Oakleigh", "3166")],
    "QLD": [("Ipswich", "4305"), ("Logan Central", "4114"), ("Caboolture", "4510"),
            ("Toowoomba", "4350"), ("Townsville", "4810"), ("Cairns", "4870"),
            ("Chermside", "4032"), ("Inala", "4077"), ("Nambour", "4560"), ("Redcliffe", "4020")],
    "SA": [("Salisbury", "5108"), ("Modbury", "5092"), ("Port Adelaide", "5015"),
           ("Mount Barker", "5251"), ("Morphett Vale", "5162"), ("Whyalla", "5600"),
           ("Murray Bridge", "5253")],
    "WA": [("Joondalup", "6027"), ("Midland", "6056"), ("Rockingham", "6168"),
           ("Armadale", "6112"), ("Mandurah", "6210"), ("Mirrabooka", "6061"),
           ("Bunbury", "6230"), ("Geraldton", "6530"), ("Cannington", "6107")],
}
_AU_STREETS = _s("Wattle|Banksia|Jacaranda|Waratah|Grevillea|Kurrajong|Bottlebrush|Bimbadeen|"
                 "Warrigal|Coolibah|Ironbark|Tallowwood|Currawong|Kookaburra|Lorikeet|Murrumba|"
                 "Narrabeen|Yarrabee|Boronia|Melaleuca")
_CA_CITIES = {
    "ON": [("Toronto", "M"), ("Mississauga", "L"), ("Brampton", "L"), ("Kitchener", "N"),
           ("Ottawa", "K"), ("Sudbury", "P"), ("Thunder Bay", "P"), ("Barrie", "L"),
           ("Oshawa", "L"), ("Windsor", "N"), ("Kingston", "K"), ("Peterborough", "K"),
           ("Guelph", "N"), ("Belleville", "K")],
    "BC": [("Surrey", "V"), ("Burnaby", "V"), ("Richmond", "V"), ("Kelowna", "V"),
           ("Kamloops", "V"), ("Nanaimo", "V"), ("Abbotsford", "V"), ("Chilliwack", "V"),
           ("Vernon", "V"), ("Coquitlam", "V")],
    "AB": [("Calgary", "T"), ("Edmonton", "T"), ("Red Deer", "T"), ("Lethbridge", "T"),
           ("Medicine Hat", "T"), ("Grande Prairie", "T"), ("Fort McMurray", "T"),
           ("Airdrie", "T"), ("Camrose", "T"), ("Lloydminster", "T")],
    "MB": [("Winnipeg", "R"), ("Steinbach", "R"), ("Selkirk", "R"), ("Portage la Prairie", "R"),
           ("Dauphin", "R"), ("Morden", "R"), ("Winkler", "R")],
    "QC": [("Montréal", "H"), ("Laval", "H"), ("Longueuil", "J"), ("Sherbrooke", "J"),
           ("Gatineau", "J"), ("Trois-Rivières", "G"), ("Saguenay", "G"), ("Lévis", "G"),
           ("Drummondville", "J"), ("Rimouski", "G")],
}
_QC_STREETS = _s("Sainte-Catherine|Saint-Denis|des Érables|Notre-Dame|Beaubien|Jean-Talon|"
                 "de la Montagne|Saint-Joseph|des Pins|Lacordaire|Papineau|Mont-Royal")
_IE_TOWNS = [
    ("Ballincollig", "Co. Cork", "P31"), ("Mallow", "Co. Cork", "P51"),
    ("Ennis", "Co. Clare", "V95"), ("Tuam", "Co. Galway", "H54"),
    ("Castlebar", "Co. Mayo", "F23"), ("Letterkenny", "Co. Donegal", "F92"),
    ("Athlone", "Co. Westmeath", "N37"), ("Mullingar", "Co. Westmeath", "N91"),
    ("Tullamore", "Co. Offaly", "R35"), ("Portlaoise", "Co. Laois", "R32"),
    ("Clonmel", "Co. Tipperary", "E91"), ("Tralee", "Co. Kerry", "V92"),
    ("Killarney", "Co. Kerry", "V93"), ("Navan", "Co. Meath", "C15"),
    ("Drogheda", "Co. Louth", "A92"), ("Dundalk", "Co. Louth", "A91"),
    ("Naas", "Co. Kildare", "W91"), ("Swords", "Co. Dublin", "K67"),
    ("Nenagh", "Co. Tipperary", "E45"), ("Thurles", "Co. Tipperary", "E41"),
    ("Cavan", None, "H12"), ("Gorey", "Co. Wexford", "Y25"), ("Dungarvan", "Co. Waterford", "X35"),
    ("Cabra, Dublin 7", None, "D07"), ("Finglas, Dublin 11", None, "D11"),
    ("Clondalkin, Dublin 22", None, "D22"), ("Drumcondra, Dublin 9", None, "D09"),
]
_IE_STREETS = _s("Ard na Gréine|Bóthar na Trá|Church View|Páirc an Fhéir|Cluain Ard|"
                 "Ashgrove Park|Mountain View|Bridge Street|Ard Mhuire|Castle Heights|"
                 "Cnoc na Rí|Willow Court|Hazelwood Drive|Oakfield Lawn|Gleann Rua")
_IE_HOUSES = _s("Glenview|Carrigmore|Rose Cottage|Tigh na Mara|Árd Aoibhinn|Knockane House|"
                "Dun Rí|Lios Mór")
_NZ_SUBURBS = [
    ("Ōtāhuhu", "Auckland", "1062"), ("Māngere", "Auckland", "2022"),
    ("Papatoetoe", "Auckland", "2025"), ("Manurewa", "Auckland", "2102"),
    ("Glen Innes", "Auckland", "1072"), ("Ōtara", "Auckland", "2023"),
    ("Mount Roskill", "Auckland", "1041"), ("Onehunga", "Auckland", "1061"),
    ("Cannons Creek", "Porirua", "5024"), ("Newtown", "Wellington", "6021"),
    ("Naenae", "Lower Hutt", "5011"), ("Wainuiomata", "Lower Hutt", "5014"),
    ("Aranui", "Christchurch", "8061"), ("Riccarton", "Christchurch", "8041"),
    ("Hornby", "Christchurch", "8042"), ("Fairfield", "Hamilton", "3214"),
    ("Fordlands", "Rotorua", "3015"), ("Tikipunga", "Whangārei", "0112"),
    ("Kaiti", "Gisborne", "4010"), ("Mosgiel", "Dunedin", "9024"),
    ("Flaxmere", "Hastings", "4120"), ("Awapuni", "Palmerston North", "4412"),
]
_NZ_STREETS = _s("Kowhai|Rimu|Tōtara|Pōhutukawa|Kauri|Mataī|Karaka|Harakeke|Tūī|Kererū|"
                 "Nīkau|Mānuka|Ranui|Te Ara|Puriri|Matipo")


def _weekday(d: date) -> date:
    """The next Monday for a Saturday or Sunday (clinic and office notes)."""
    return d + timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d


def _age(b: NoteBuilder, n: int) -> NoteBuilder:
    """Ages >= 90 are PHI (the number only); younger ages are plain text."""
    return b.p("AGE", str(n)) if n >= 90 else b.t(str(n))


def _fhir(x: _X, pt: _P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          addr: dict[str, Any] | None = None) -> dict[str, Any]:
    saved = set(x.used)
    reg = x.region
    if phone is None:
        phone = {"UK": x.uk_land, "WAL": x.uk_land, "SCO": x.uk_land, "US": x.us_ph,
                 "AU": x.au_mob, "CA": x.ca_ph, "QC": x.ca_ph, "IE": x.ie_mob,
                 "NZ": x.nz_mob}.get(reg, lambda: "+" + x.dig(11))()
    if addr is None:
        try:
            if reg in ("UK", "WAL", "SCO"):
                s, t, pc = x.uk_addr(wales=reg == "WAL", scot=reg == "SCO")
                addr = {"line": [s], "city": t, "postalCode": pc, "country": "GB"}
            elif reg == "US":
                s, t, st, z = x.us_addr()
                addr = {"line": [s], "city": t, "state": st, "postalCode": z, "country": "US"}
            elif reg == "AU":
                s, t, pc = x.au_addr("NSW")
                addr = {"line": [s], "city": t, "state": "NSW", "postalCode": pc, "country": "AU"}
            elif reg in ("CA", "QC"):
                prov = "QC" if reg == "QC" else "ON"
                s, t, pc = x.ca_addr(prov)
                addr = {"line": [s], "city": t, "state": prov, "postalCode": pc, "country": "CA"}
            elif reg == "IE":
                s, t, _c, pc = x.ie_addr()
                addr = {"line": [s], "city": t, "postalCode": pc, "country": "IE"}
            elif reg == "NZ":
                s, sub, city, pc = x.nz_addr()
                addr = {"line": [s, sub], "city": city, "postalCode": pc, "country": "NZ"}
        except _Redraw:
            addr = None
    x.used = saved
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last,
                  "given": ([pt.first] if pt.first else []) + ([pt.middle] if pt.middle else [])}],
        "gender": "male" if pt.sex == "M" else "female",
        "birthDate": dob.isoformat(),
        "identifier": [{"system": sys_, "value": val} for sys_, val in ids],
        "telecom": [{"system": "phone", "value": phone}],
    }
    if addr:
        res["address"] = [addr]
    return res


def _uka(s: str, t: str, pc: str) -> dict[str, Any]:
    return {"line": [s], "city": t, "postalCode": pc, "country": "GB"}


# ------------------------------------------------------------------ United Kingdom (12)

def _uk_biochem_phoned(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, age = x.dob(45, 89, old=0.3)
    hosp = x.ch("KMD") + x.dig(7, "0123456789")
    nhs = x.nhs(x.p(0.6))
    d = x.d0
    bms, req, sn, sci = x.staff(ini=True), x.staff(), x.staff(), x.staff()
    base = x.day(-90, -20)
    labno = f"B{d.year % 100}.{x.dig(7, '0123456789')}"
    ext, bleep, duty = x.ext(4), x.ext(4), x.ext(3)
    b = NoteBuilder()
    b.t("BLOOD SCIENCES - TELEPHONED RESULTS LOG\n")
    b.t("Duty biochemist bleep ").p("PHONE", duty).t(" | BMS on: ").p("NAME", bms.ini).t("\n")
    b.t(f"{wd(d)} ").p("DATE", dmy2(d)).t("   Late shift\n\n")
    b.t("Lab No: ").p("ID", labno).t("   Rec'd ").p("DATE", dm0(d)).t(" 15:41\n")
    b.t("Patient: ").p("NAME", x.ch([pt.LF, pt.Lf])).t("   DOB ").p("DATE", dmy(dob)).t(" (")
    _age(b, age).t("y)   Hosp No: ").p("ID", hosp).t("   NHS: ").p("ID", nhs).t("\n")
    b.t("Location: AMU Bay 3   Requested by: Dr ").p("NAME", req.iL).t(" (FY1)\n")
    if x.p(0.5):
        k1 = round(x.r.uniform(6.6, 7.4), 1)
        b.t("Clinical details: ?AKI. On ramipril + spironolactone. D&V x3/7.\n")
        b.t("Results: K+ ").c(f"{k1} mmol/L").t(" (non-haemolysed; repeat on same sample ")
        b.c(f"{k1 - 0.1:.1f}").t(")  Creat ").c(f"{x.n(240, 520)} umol/L").t(" (baseline ")
        b.c(f"{x.n(70, 120)}").t(" on ").p("DATE", dmy2(base)).t(")  Urea ")
        b.c(f"{x.r.uniform(15, 32):.1f} mmol/L").t("\n")
        second = ("K+ ", f"{k1 - x.r.uniform(0.8, 1.4):.1f} mmol/L")
    else:
        na = x.n(112, 119)
        b.t("Clinical details: confusion, fall at home, on indapamide + sertraline\n")
        b.t("Results: Na+ ").c(f"{na} mmol/L").t(" (prev ").c(f"{x.n(131, 136)}").t(" on ")
        b.p("DATE", dmy2(base)).t(")  K+ ").c(f"{x.r.uniform(3.0, 3.6):.1f} mmol/L")
        b.t("  Osmo ").c(f"{x.n(238, 262)} mOsm/kg").t("\n")
        second = ("Na+ ", f"{na + x.n(2, 5)} mmol/L")
    b.t("PHONED TO: SN ").p("NAME", sn.full).t(", AMU ext ").p("PHONE", ext)
    b.t(" at 15:58. Read back: YES. By: ").p("NAME", bms.ini.lower()).t("\n")
    b.t("Comment: Dr ").p("NAME", req.last).t(" made aware by SN, ECG being done. Urgent repeat ")
    b.t("U&E advised.\n")
    b.t("17:05 repeat ").t(second[0]).c(second[1]).t(" phoned direct to Dr ").p("NAME", req.last)
    b.t(" bleep ").p("PHONE", bleep).t(" - read back correctly.\n")
    b.t("Authorised: ").p("NAME", sci.full).t(", Clinical Scientist\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs.replace(" ", "")), ("hosp", hosp)]))


def _uk_blood_culture(x: _X) -> Note:
    pt = x.pat()
    dob, _ = x.dob(30, 88, old=0.15)
    hosp = "RX" + x.dig(6, "0123456789")
    nhs = x.nhs(x.p(0.5))
    coll = x.d0
    rec = coll + timedelta(days=1)
    fin = rec + timedelta(days=x.n(1, 2))
    cons, doc, micro, ipcn = x.staff(), x.staff(), x.staff(), x.staff()
    bms = x.staff(ini=True)
    spec = f"M{coll.year % 100}.{x.dig(6, '0123456789')}"
    b = NoteBuilder()
    b.t("MICROBIOLOGY - BLOOD CULTURE REPORT\n")
    b.t("Specimen No: ").p("ID", spec).t("   Collected: ").p("DATE", dmy(coll)).t(" 22:40")
    b.t("   Received: ").p("DATE", dmy(rec)).t(" 01:12\n")
    b.t("Patient: ").p("NAME", pt.LfM).t("   DOB: ").p("DATE", dot(dob)).t("   Hosp No: ")
    b.p("ID", hosp).t("   NHS No: ").p("ID", nhs).t("\n")
    b.t("Ward: Larch (Resp)   Consultant: Dr ").p("NAME", cons.i_L).t("\n")
    b.t("Clinical details: rigors, T ").c("39.1").t(", PICC in situ ?line sepsis. On ")
    b.c("co-amoxiclav 1.2 g IV tds").t(".\n\n")
    b.t("PRELIMINARY: aerobic bottle flagged positive at ").c("14 h").t(". Gram stain: GNR.\n")
    b.t("Anaerobic bottle: no growth to date.\n")
    b.t("Phoned to Dr ").p("NAME", doc.full).t(" (SpR) bleep ").p("PHONE", x.ext(4))
    b.t(" at 06:55 ").p("DATE", dmy2(rec)).t(". Advised: escalate to ")
    b.c("meropenem 1 g IV tds").t(" per sepsis guideline, take further cultures before dose, ")
    b.t("review PICC. Read back correctly. ").p("NAME", bms.ini).t(" (BMS)\n\n")
    org = x.ch([("Escherichia coli", "ESBL producer"), ("Klebsiella pneumoniae", "ESBL producer"),
                ("Pseudomonas aeruginosa", "")])
    b.t(f"UPDATE {wd(fin)} ").p("DATE", dmy(fin)).t(f": {org[0]} isolated")
    b.t(f" ({org[1]})" if org[1] else "").t("\n")
    b.t("  Amoxicillin          R\n  Co-amoxiclav         R\n  Ceftriaxone          ")
    b.t("R\n" if org[1] else "S\n")
    b.t("  Gentamicin           S\n  Piperacillin/tazo    I\n  Meropenem            S\n")
    b.t("  Ciprofloxacin        ").t(x.ch(["S", "R"])).t("\n")
    b.t("Gentamicin MIC ").c("0.5 mg/L").t(".\n")
    if org[1]:
        b.t("Alert organism - IPC informed (").p("NAME", ipcn.first).t(", IPCN, ext ")
        b.p("PHONE", x.ext(4)).t("). Side room please.\n")
    else:
        b.t("IPC: no action. Discussed with ").p("NAME", ipcn.full).t(" (IPCN).\n")
    b.t("Authorised: Dr ").p("NAME", micro.full).t(", Consultant Microbiologist ")
    b.p("DATE", dmy2(fin)).t(" 11:20\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs.replace(" ", "")), ("hosp", hosp)]))


def _uk_histopath(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, _ = x.dob(50, 89, old=0.2)
    nhs = x.nhs(x.p(0.5))
    hosp = "D" + x.dig(6, "0123456789")
    taken = x.d0
    rep = taken + timedelta(days=x.n(5, 9))
    mdt = rep + timedelta(days=x.n(3, 8))
    surg, path = x.staff(), x.staff()
    gp = x.staff(group=x.ch(["english", "brit_asian", "scottish"]))
    mac1, mac2 = x.staff(ini=True), x.staff(ini=True)
    s, t, pc = x.uk_addr()
    labno = f"H{taken.year % 100}/{x.dig(5, '0123456789')}"
    b = NoteBuilder()
    b.t("CELLULAR PATHOLOGY REPORT\n")
    b.t("Lab No: ").p("ID", labno).t("\n")
    b.t("Surname: ").p("NAME", pt.last.upper()).t("    Forename(s): ")
    b.p("NAME", f"{pt.first} {pt.middle}").t("\n")
    b.t("DOB: ").p("DATE", dMony(dob)).t("   Sex: ").t(pt.sex).t("   NHS No: ").p("ID", nhs)
    b.t("   Hosp No: ").p("ID", hosp).t("\n")
    b.t("Requesting clinician: Mr ").p("NAME", surg.i_L).t(" (Colorectal)   Location: SAU\n")
    b.t("Date taken: ").p("DATE", dmy(taken)).t("   Date reported: ").p("DATE", dmy(rep)).t("\n\n")
    if x.p(0.5):
        b.t("Specimen: Right hemicolectomy.\n")
        b.t("Clinical details: caecal mass on CT ")
        b.p("DATE", dmy2(taken - timedelta(days=x.n(20, 40))))
        b.t(", CEA ").c(f"{x.n(6, 40)} ug/L").t(". Anaemia.\n")
        b.t("MACROSCOPY: Right hemicolectomy, ileum ").c("85 mm").t(", colon ").c("210 mm")
        b.t(". Ulcerated caecal tumour ").c("48 x 41 mm").t(", ").c("6 mm")
        b.t(" from nearest margin. Blocks A1-A22. (").p("NAME", mac1.ini).t("/")
        b.p("NAME", mac2.ini.lower()).t(")\n")
        nodes = x.n(14, 24)
        pos = x.n(0, 3)
        b.t("MICROSCOPY: moderately differentiated adenocarcinoma invading through muscularis ")
        b.t("propria into pericolic fat. EMVI positive. Margins clear. Lymph nodes ")
        b.c(f"{pos}/{nodes}").t(". MMR proteins retained.\n")
        b.t("SUMMARY: Right hemicolectomy - adenocarcinoma, ")
        b.c(f"pT3 pN{('0', '1a', '1b', '1b')[pos]}").t(" R0. SNOMED T59100 M81403.\n")
    else:
        b.t("Specimen: Ellipse of skin, left cheek.\n")
        b.t("Clinical details: 2-year enlarging pigmented lesion ?LM. Removed at minor ops.\n")
        b.t("MACROSCOPY: skin ellipse ").c("32 x 14 x 6 mm").t(" with a ").c("9 x 7 mm")
        b.t(" irregular pigmented lesion. Inked, serially sliced, all embedded. (")
        b.p("NAME", mac1.ini).t("/").p("NAME", mac2.ini.lower()).t(")\n")
        b.t("MICROSCOPY: lentigo maligna melanoma, Breslow thickness ").c("0.6 mm")
        b.t(", no ulceration, mitoses ").c("<1/mm2").t(". Peripheral margin ").c("3 mm")
        b.t(", deep margin ").c("4 mm").t(".\n")
        b.t("SUMMARY: LMM ").c("pT1a").t(". SNOMED T02120 M87423. Refer skin MDT.\n")
    b.t("\nReported by: Dr ").p("NAME", path.full).t(", Consultant Histopathologist (GMC ")
    b.p("ID", x.dig(7, "4567")).t(")\n")
    b.t(f"For discussion at MDT {wday(mdt)} ").p("DATE", dmy(mdt)).t(".\n")
    b.t("Copy to: Dr ").p("NAME", gp.full).t(", GP, ").p("ADDRESS", s).t(", ").p("ADDRESS", t)
    b.t(" ").p("ZIP", pc).t("\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs.replace(" ", "")), ("hosp", hosp)]))


def _uk_radiology_alert(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(45, 89, old=0.15)
    hosp = "RKV" + x.dig(7, "0123456789")
    nhs = x.nhs(False)
    d = x.d0
    ref, rad, coord = x.staff(), x.staff(), x.staff(sex="F")
    prior = x.day(-400, -60)
    acc = f"RKV{d.year % 100}{x.dig(6, '0123456789')}"
    size = x.n(9, 22)
    b = NoteBuilder()
    b.t("RADIOLOGY REPORT\n")
    b.t("Exam: CT Thorax, Abdomen & Pelvis with contrast    Accession: ").p("ID", acc).t("\n")
    b.t("Patient: ").t(pt.mr + " ").p("NAME", pt.fL).t("   DOB: ").p("DATE", dmy(dob))
    b.t("   Hosp No: ").p("ID", hosp).t("   NHS: ").p("ID", nhs).t("\n")
    b.t("Referrer: Dr ").p("NAME", ref.i_L).t(" (ED)   Scanned: ").p("DATE", dmy(d)).t(" 14:32\n")
    b.t("Clinical information: RIF pain, raised CRP ").c(f"{x.n(60, 210)}").t(", ?appendicitis.\n")
    b.t("Comparison: CXR ").p("DATE", dmy(prior)).t(".\n\n")
    b.t("Findings: Appendix normal calibre. No collection or free gas. Incidental ")
    b.c(f"{size} mm").t(" spiculated nodule in the right upper lobe (Se 4 Im 61), not visible on ")
    b.t("the previous radiograph. No mediastinal or hilar lymphadenopathy. Liver, adrenals ")
    b.t("and bones unremarkable.\n\n")
    b.t("Conclusion: 1. No CT evidence of appendicitis. 2. Suspicious RUL nodule - recommend ")
    b.t("urgent referral to the lung cancer pathway.\n\n")
    b.t("** UNEXPECTED SIGNIFICANT FINDING ** AlertBox e-mail sent to referrer ")
    b.p("EMAIL", f"{ref.user}@nhs.net").t(" ").p("DATE", dmy(d)).t(" 17:12. ")
    b.t("Also phoned ED nurse coordinator ").p("NAME", coord.first).t(" (ext ")
    b.p("PHONE", x.ext(4)).t(") as Dr ").p("NAME", ref.last).t(" off shift.\n")
    b.t("Reported by: Dr ").p("NAME", rad.full).t(", Consultant Radiologist   Verified ")
    b.p("DATE", isodt(x.dt(d, 17, 17))).t("\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs), ("hosp", hosp)]))


def _uk_transfusion_antibody(x: _X) -> Note:
    pt = x.pat(sex="F", middle=False)
    dob, _ = x.dob(40, 89, old=0.1)
    hosp = "K" + x.dig(7, "0123456789")
    nhs = x.nhs(True)
    d1 = x.d0
    hca, rn, bms, chk, odp, haem = (x.staff(), x.staff(), x.staff(ini=True), x.staff(ini=True),
                                    x.staff(), x.staff())
    gp = x.staff(group="english")
    s, t, pc = x.uk_addr()
    abs_ = x.ch(["anti-E + anti-c", "anti-Fya", "anti-Jka", "anti-E"])
    rci = f"RCI/{d1.year % 100}/{x.dig(5, '0123456789')}"
    b = NoteBuilder()
    b.t("BLOOD TRANSFUSION LABORATORY - ANTIBODY INVESTIGATION / CROSSMATCH\n")
    b.t("Patient: ").t(pt.r_title + " ").p("NAME", pt.i_L).t(" (").p("NAME", pt.LF).t(")   DOB ")
    b.p("DATE", dmy(dob)).t("   Hosp No ").p("ID", hosp).t("   NHS ").p("ID", nhs).t("\n")
    b.t("Request: 2 units for elective THR, theatre ").p("DATE", dmy2(d1 + timedelta(days=2)))
    b.t(" (list 08:00)\n")
    b.t("Sample 1: ").p("DATE", dmy2(d1)).t(" 08:10 taken by ").p("NAME", hca.full).t(" (HCA)\n")
    b.t("Sample 2: ").p("DATE", dmy2(d1)).t(" 11:25 taken by ").p("NAME", rn.full).t(" RN\n")
    b.t("Group: O RhD negative.  Antibody screen: POSITIVE (panel cells 1 & 3).\n")
    b.t(f"Identified: {abs_}").t(", titre ").c(x.ch(["1:8", "1:16", "1:32"]))
    b.t(". DAT negative. Phenotype: ").c("R1r, K-").t("\n")
    b.t("Previous history: nil on our LIMS; Spine record - none. Sample referred to NHSBT RCI, ")
    b.t("ref ").p("ID", rci).t(".\n")
    b.t("Requirement: antigen-negative, K-negative red cells; allow 24 h for crossmatch.\n")
    b.t("Units crossmatched (IAT compatible):\n")
    for _ in range(2):
        b.t("  ").p("ID", x.din("G")).t("  O neg  ").c(f"{x.n(260, 310)} mL").t("\n")
    b.t("Issued to Theatre 4 satellite fridge; collected by ").p("NAME", odp.full).t(" ODP\n")
    b.t("Antibody card issued; letter to GP Dr ").p("NAME", gp.i_L).t(", ").p("ADDRESS", s)
    b.t(", ").p("ADDRESS", t).t(" ").p("ZIP", pc).t(".\n")
    b.t("Tested by: ").p("NAME", bms.full).t(" (").p("NAME", bms.ini).t(")   Checked: ")
    b.p("NAME", chk.ini).t("\n")
    b.t("Consultant haematologist (Dr ").p("NAME", haem.last).t(") informed ")
    b.p("DATE", dm(d1)).t(" - OK to proceed.\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs.replace(" ", "")), ("hosp", hosp)]))


def _uk_cd_discrepancy(x: _X) -> Note:
    pts = [x.pat(middle=False) for _ in range(3)]
    dobs = [x.dob(50, 95)[0] for _ in range(3)]
    hs = ["K" + x.dig(7, "0123456789") for _ in range(3)]
    d = x.d0
    nurses = [x.staff() for _ in range(4)]
    pharm, mgr = x.staff(), x.staff()
    datix = "W" + x.dig(6)
    bal = x.n(180, 260)
    diff = x.ch([5, 7.5, 10, 12.5, 15])
    b = NoteBuilder()
    b.t("CONTROLLED DRUG DISCREPANCY - PHARMACY INVESTIGATION RECORD\n")
    b.t(f"Ward: 23 (Acute Medicine)   Identified: {wd(d)} ").p("DATE", dmy(d)).t(" 07:40 at ")
    b.t("handover check\n")
    b.t("Drug: Morphine sulfate oral solution ").c("10 mg/5 mL").t(" (Oramorph)   Register p.14\n")
    b.t("Register balance: ").c(f"{bal} mL").t("   Measured: ").c(f"{bal - diff:g} mL")
    b.t("   Discrepancy: ").c(f"{diff:g} mL").t("\n\n")
    b.t("Administrations since last correct check:\n")
    for i in range(3):
        dd = d - timedelta(days=2 - i if i < 2 else 1)
        b.t("  ").p("DATE", dm0(dd)).t(f" {x.n(0, 23):02d}:{x.n(0, 59):02d}  ")
        b.p("NAME", pts[i].LF).t(" (").p("ID", hs[i]).t(")  ").c(x.ch(["2.5 mL", "5 mL"]))
        b.t("  given ").p("NAME", nurses[i].iL).t(" / witness ").p("NAME", nurses[3].iL).t("\n")
    b.t("\nNo wastage recorded. Measuring syringes used for all doses per SN ")
    b.p("NAME", nurses[0].first).t(". Possible loss in bottle neck/meniscus error.\n")
    b.t("Patient 1 DOB ").p("DATE", dmy(dobs[0]))
    b.t(" - doses reconciled against EPMA, all match.\n")
    b.t("Outcome: unresolved; discrepancy >5% of balance so escalated. Datix ").p("ID", datix)
    b.t(". CDAO notified ").p("DATE", dmy(d + timedelta(days=1))).t(".\n")
    b.t("Pharmacist: ").p("NAME", pharm.full).t(" MRPharmS, GPhC ").p("ID", x.dig(7, "2"))
    b.t(", bleep ").p("PHONE", x.ext(3)).t("\n")
    b.t("Ward manager: ").p("NAME", mgr.full).t(" - to re-brief staff at safety huddle.\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("hosp", hs[0])]))


def _uk_outbreak_line_list(x: _X) -> Note:
    n = x.n(4, 6)
    pts = [x.pat(middle=False, faker=0.15) for _ in range(n)]
    dobages = [x.dob(72, 89, old=0.4) for _ in range(n)]
    hs = [x.ch("KM") + x.dig(7, "0123456789") for _ in range(n)]
    closed = x.d0
    ipc, staff1, staff2 = x.staff(), x.staff(), x.staff()
    comp = x.staff(ini=True)
    ref = f"OB-{closed.year}-{x.dig(4, '0123456789')}"
    nick = x.nick(pts[0]) if x.p(0.5) else ""
    b = NoteBuilder()
    b.t("INFECTION PREVENTION & CONTROL - OUTBREAK LINE LIST (D&V)\n")
    b.t("Ward: Elm (Care of Elderly), Bays B & C   Outbreak ref: ").p("ID", ref).t("\n")
    b.t(f"Bays closed: {wd(closed)} ").p("DATE", dmy_s(closed)).t("   IPC lead: ")
    b.p("NAME", ipc.full).t(" (IPCN, ext ").p("PHONE", x.ext(4)).t(")\n")
    b.t("UKHSA HPT informed ").p("DATE", dm0(closed)).t(" on ").p("PHONE", x.uk_land()).t("\n\n")
    b.t("No | Name | Hosp No | DOB | Age | Onset | Sx | Stool lab no | Result\n")
    for i in range(n):
        dob, age = dobages[i]
        onset = closed - timedelta(days=x.n(0, 3))
        b.t(f"{i + 1} | ").p("NAME", pts[i].LF)
        if i == 0 and nick:
            b.t(' ("').p("NAME", nick).t('")')
        b.t(" | ").p("ID", hs[i]).t(" | ")
        b.p("DATE", dmy(dob)).t(" | ")
        _age(b, age).t(" | ").p("DATE", dm(onset)).t(" | ")
        b.t(x.ch(["D x4, V x1", "V x3", "D x2", "D x6", "V x1, D x3"])).t(" | ")
        if x.p(0.8):
            b.p("ID", f"M{closed.year % 100}.{x.dig(6, '0123456789')}").t(" | ")
            b.t(x.ch(["Norovirus GII DETECTED", "Norovirus GII DETECTED", "pending",
                      "Not detected"])).t("\n")
        else:
            b.t("not sent - formed stool | -\n")
    b.t("\nStaff affected: ").p("NAME", staff1.full).t(" (HCA) onset ")
    b.p("DATE", dm(closed)).t(" - excluded until 48 h symptom-free; ").p("NAME", staff2.first)
    b.t(" (SN) onset ").p("DATE", dm(closed + timedelta(days=1))).t(".\n")
    b.t("Actions: enhanced clean (chlorine ").c("1,000 ppm").t("), no admissions/transfers, ")
    b.t("visitors restricted. Next OCT meeting w/c ").p("DATE", dmy_s(closed + timedelta(days=7)))
    b.t(".\nCompleted by: ").p("NAME", comp.ini).t("\n")
    return b.build(_fhir(x, pts[0], dobages[0][0], [("hosp", hs[0])]))


def _uk_specimen_rejection(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(25, 85)
    hosp = "K" + x.dig(7, "0123456789")
    d = x.d0
    req, clerk, sn, bms = x.staff(), x.staff(), x.staff(), x.staff()
    taker = x.staff(ini=True)
    wrong = date(dob.year, dob.day, dob.month) if dob.day <= 12 and dob.day != dob.month else (
        dob + timedelta(days=365))
    labref = f"B{d.year % 100}.{x.dig(7, '0123456789')}"
    b = NoteBuilder()
    b.t("PATHOLOGY SPECIMEN REJECTION NOTICE\n")
    b.t("To: Ward 9 (Surgery)   Requester: Dr ").p("NAME", req.full).t(" (CT1)\n")
    b.t(f"Sample received {wd(d)} ").p("DATE", dot2(d)).t(" 10:14   Lab ref ").p("ID", labref)
    b.t("\nTests requested: Group & Save, FBC, coagulation screen\n\n")
    b.t("REASON FOR REJECTION: patient details on sample and request form do not match.\n")
    b.t("  Request form: ").p("NAME", pt.LF).t(", DOB ").p("DATE", dmy(dob)).t(", Hosp No ")
    b.p("ID", hosp).t("\n")
    b.t("  Sample tube:  ").p("NAME", pt.LF).t(", DOB ").p("DATE", dmy(wrong))
    b.t(", no hospital number (handwritten label)\n")
    b.t("Transfusion samples are rejected under the zero-tolerance labelling policy; FBC / ")
    b.t("coag also rejected (same draw). Please re-bleed and label at the bedside.\n\n")
    b.t("Phoned to ward clerk ").p("NAME", clerk.first).t(" ext ").p("PHONE", x.ext(4))
    b.t(" at 10:31; message passed to SN ").p("NAME", sn.full).t(".\n")
    b.t("Sample taken by (form): ").p("NAME", taker.ini).t(". Datix ").p("ID", "W" + x.dig(6))
    b.t(" raised.\nRejected by: ").p("NAME", bms.full).t(", BMS\n")
    return b.build(_fhir(x, pt, dob, [("hosp", hosp)]))


def _uk_bloodspot_letter(x: _X) -> Note:
    mum = x.pat(sex="F", middle=False, faker=0.2)
    baby = x.kin(mum, sex=x.ch("MF"))
    dad = x.kin(mum, sex="M", same=x.p(0.5))
    bdob = x.d0 - timedelta(days=x.n(14, 24))
    taken = bdob + timedelta(days=5)
    letter = x.d0
    nhs = x.nhs(True)
    hv, coord = x.staff(sex="F"), x.staff()
    gp = x.staff(group="english")
    s, t, pc = x.uk_addr()
    card = x.dig(10, "0123456789")
    cond = x.ch([("sickle cell carrier (Hb FAS)", "carrier"),
                 ("cystic fibrosis - IRT raised, 1 CFTR variant detected", "cf")])
    b = NoteBuilder()
    b.t("NEWBORN SCREENING LABORATORY - RESULT LETTER (parents)\n\n")
    b.t(f"{mum.r_title} ").p("NAME", mum.full).t("\n").p("ADDRESS", s).t("\n").p("ADDRESS", t)
    b.t("\n").p("ZIP", pc).t("\n\n").p("DATE", dMMy(letter)).t("\n\n")
    b.t(f"Dear {mum.r_title} ").p("NAME", mum.last).t(",\n\n")
    b.t("Baby: ").p("NAME", baby.full).t("   DOB: ").p("DATE", dmy(bdob)).t("   NHS No: ")
    b.p("ID", nhs).t("\nBlood spot card: ").p("ID", card).t("   Sample taken ")
    b.p("DATE", dmy(taken)).t(" (day 5)\n\n")
    if cond[1] == "carrier":
        b.t("The screening test shows that ").p("NAME", baby.first).t(" is a healthy carrier ")
        b.t("of sickle cell (result: ").c("Hb FAS").t("). This is not an illness and needs no ")
        b.t("treatment. It may matter for future pregnancies, so we offer both parents a free ")
        b.t("blood test. ").p("NAME", dad.first).t(" can book this through your GP.\n")
    else:
        b.t("The screening test shows a raised IRT (").c(f"{x.n(70, 140)} ng/mL").t(") and one ")
        b.t("CFTR variant (").c("F508del").t("). This means ").p("NAME", baby.first)
        b.t(f" needs a sweat test to find out whether {'he' if baby.sex == 'M' else 'she'} has ")
        b.t("cystic fibrosis. An ")
        b.t("appointment has been made for ").p("DATE", ordMy(letter + timedelta(days=6)))
        b.t(" at the children's outpatient department.\n")
    b.t("Your health visitor, ").p("NAME", hv.full).t(", has been told and will call you.\n\n")
    b.t("If you have questions please contact the screening coordinator, ")
    b.p("NAME", coord.full).t(", on ").p("PHONE", x.uk_land()).t(" or ")
    b.p("EMAIL", f"{coord.user}@nhs.net").t(".\n")
    b.t("More information: ").p("URL", "https://www.gov.uk/government/publications/"
                                      "newborn-blood-spot-screening-results").t("\n\n")
    b.t("Yours sincerely,\nNewborn Screening Laboratory\ncc: Dr ").p("NAME", gp.i_L).t(" (GP)\n")
    ids = [("nhs", nhs.replace(" ", "")), ("bloodspot", card)]
    return b.build(_fhir(x, baby, bdob, ids, addr=_uka(s, t, pc)))


def _uk_courier_query(x: _X) -> Note:
    x.d0 -= timedelta(days=max(0, x.d0.weekday() - 3))
    pm, mla, drv = x.staff(sex="F"), x.staff(), x.staff(sex="M")
    pts = [x.pat(middle=False) for _ in range(3)]
    dobs = [x.dob(20, 88)[0] for _ in range(3)]
    sent = x.d0
    q = sent + timedelta(days=1)
    trk = "TRK" + x.dig(8, "0123456789")
    seal = x.dig(7)
    ip = f"10.{x.n(16, 250)}.{x.n(0, 255)}.{x.n(2, 254)}"
    b = NoteBuilder()
    b.t("From: ").p("NAME", pm.full).t(" <").p("EMAIL", f"{pm.user}@nhs.net").t(">\n")
    b.t("To: Pathology Reception <").p("EMAIL", "pathology.reception@kvh.nhs.uk").t(">\n")
    b.t(f"Sent: {wd(q)} ").p("DATE", dmy(q)).t(" 10:02\n")
    b.t("Subject: Missing samples - courier collection ").p("DATE", dm0(sent)).t("\n\n")
    b.t("Hi,\nWe sent 11 samples with the 14:30 courier on ").p("DATE", dm0(sent))
    b.t(" and 3 have no results on ICE:\n")
    tests = ["U&E, LFT, CRP", x.ch(["HbA1c, lipids", "FBC, HbA1c"]), x.ch(["TFT", "lipids"])]
    for i in range(3):
        b.t("  - ").p("NAME", pts[i].Lf).t(" DOB ").p("DATE", dmy(dobs[i])).t(f" ({tests[i]})\n")
    b.t("Bag seal no ").p("ID", seal).t(". Driver was ").p("NAME", drv.first)
    b.t(". Can you check please - one is an urgent U&E for our ").p("NAME", pts[0].first)
    b.t(".\nThanks, ").p("NAME", pm.first).t("\nPractice Manager, Moorfield Surgery\n\n")
    b.t("---- Reply ----\n")
    b.t("From: ").p("NAME", mla.full).t(" (MLA, Pathology Reception)\n")
    b.t("Sent: ").p("DATE", dmy(q)).t(" 11:47\n\n")
    b.t("The bag was found in the transport van's cool box this morning (tracking ")
    b.p("ID", trk).t(", scanned ").p("DATE", dmy2(sent)).t(" 15:05 then no hub scan). Samples ")
    b.t("are over 18 h old: the others can be run, but the U&E for ")
    b.p("NAME", pts[0].LF).t(" (K+ unreliable when delayed) must be re-bled - result would read ")
    b.t("falsely high. Tracking history: ").p("URL", f"https://pathtrack.kvh.nhs.uk/bags/{trk}")
    b.t(" (viewed from ").p("IP", ip).t(").\n")
    b.t("Incident logged with transport. Sorry for the inconvenience.\n").p("NAME", mla.first)
    b.t("\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("gp-request", trk)]))


def _sco_sleep_study(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(30, 78)
    chi = x.chi(dob, pt.sex)
    partner = x.kin(pt, sex="F" if pt.sex == "M" else "M", same=x.p(0.6))
    gp, phys, cons = x.staff(group="scottish"), x.staff(), x.staff()
    scorer = x.staff(ini=True)
    s, t, pc = x.uk_addr(scot=True)
    night = x.d0
    setup = night + timedelta(days=x.n(14, 30))
    ess, ahi = x.n(9, 19), round(x.r.uniform(16, 58), 1)
    b = NoteBuilder()
    b.t("SLEEP & VENTILATION SERVICE - HOME RESPIRATORY POLYGRAPHY REPORT\n")
    b.t("Name: ").p("NAME", pt.fL).t("   CHI: ").p("ID", chi).t("   DOB: ").p("DATE", dmy2(dob))
    b.t("\nAddress: ").p("ADDRESS", s).t(", ").p("ADDRESS", t).t(" ").p("ZIP", pc).t("\n")
    b.t("Referrer: Dr ").p("NAME", gp.i_L).t(" (GP)   Study night: ").t(wd(night)).t(" ")
    b.p("DATE", dmy(night)).t("\n\n")
    b.t("History: snoring, witnessed apnoeas (reported by ").p("NAME", partner.first)
    b.t("), unrefreshing sleep. ESS ").c(f"{ess}/24").t(". BMI ").c(f"{x.n(29, 41)} kg/m2")
    b.t(", neck ").c(f"{x.n(40, 48)} cm").t(". HGV driver: ").t(x.ch(["yes", "no"])).t(".\n\n")
    b.t("Recording: ").c(f"{x.r.uniform(6.1, 8.2):.1f} h").t(" analysable (flow, effort, SpO2).\n")
    b.t("AHI ").c(f"{ahi}/h").t("   ODI 4% ").c(f"{ahi * x.r.uniform(0.8, 1.0):.1f}/h")
    b.t("   SpO2 mean ").c(f"{x.n(91, 95)}%").t(", nadir ").c(f"{x.n(71, 85)}%")
    b.t("   T90 ").c(f"{x.n(2, 21)}%").t("\n")
    b.t("Supine AHI ").c(f"{ahi * 1.6:.1f}/h").t(", non-supine ").c(f"{ahi * 0.5:.1f}/h").t("\n\n")
    sev = "severe" if ahi >= 30 else "moderate"
    b.t(f"Conclusion: {sev} obstructive sleep apnoea. Recommend auto-CPAP ")
    b.c("5-15 cmH2O").t(". DVLA: must not drive if excessively sleepy; notify DVLA.\n")
    b.t("CPAP set-up booked ").t(wday(setup) + " ").p("DATE", ordMy(setup))
    b.t(".\nScored by: ").p("NAME", scorer.ini).t("   Physiologist: ").p("NAME", phys.full)
    b.t(", Clinical Physiologist\nConsultant: Dr ").p("NAME", cons.full)
    b.t(", Respiratory Medicine\n")
    return b.build(_fhir(x, pt, dob, [("chi", chi)], addr=_uka(s, t, pc)))


def _wal_audiology(x: _X) -> Note:
    x.d0 = _weekday(x.d0)
    pt = x.pat(middle=False, group=x.ch(["welsh", "welsh", "english"]))
    dob, age = x.dob(62, 89, old=0.3)
    nhs = x.nhs(x.p(0.5))
    hosp = "H" + x.dig(6, "0123456789") + x.ch("ABCDEFGHJKLMNPRTX")
    spouse = x.kin(pt, sex="F" if pt.sex == "M" else "M")
    gp, aud = x.staff(group="welsh"), x.staff()
    s, t, pc = x.uk_addr(wales=True)
    d = x.d0
    fu = d + timedelta(days=x.n(28, 42))
    r4, l4 = x.n(35, 70), x.n(35, 70)
    b = NoteBuilder()
    b.t("Adran Awdioleg / Audiology Department - Adult Hearing Assessment\n")
    b.t("Name: ").t(pt.mr + " ").p("NAME", pt.full).t("   DOB: ").p("DATE", dmy(dob)).t(" (")
    _age(b, age).t(" yrs)\nNHS No: ").p("ID", nhs).t("   Hosp No: ").p("ID", hosp).t("\n")
    b.t("Address: ").p("ADDRESS", s).t(", ").p("ADDRESS", t).t(", ").p("ZIP", pc).t("\n")
    b.t("Referred by: Dr ").p("NAME", gp.full).t(" (GP) - gradual bilateral hearing loss, L>R ")
    b.t("tinnitus. Seen ").p("DATE", dMy(d)).t(".\n\n")
    b.t("Attended with ").p("NAME", spouse.first).t(" (").t("wife" if pt.sex == "M" else "husband")
    b.t("), who reports TV volume high and difficulty in groups.\n")
    b.t("Otoscopy: R clear, L small wax not occluding. Tympanometry: Type A bilaterally.\n")
    b.t("PTA (4FA): R ").c(f"{r4} dB HL").t("  L ").c(f"{l4} dB HL").t(" - bilateral ")
    b.t("symmetrical sloping SNHL.\n")
    b.t(pt.mr + " ").p("NAME", pt.last).t(" keen to try aids.\n")
    b.t("Plan: bilateral RITE hearing aids fitted today, REM verified to NAL-NL2. ")
    b.t("Tinnitus leaflet given. Review ").p("DATE", f"{dm0(fu)}").t(f" ({wd(fu)}).\n\n")
    b.t("Audiologist: ").p("NAME", aud.full).t(" (HCPC ").p("ID", "AS" + x.dig(5, "0123456789"))
    b.t(")  Tel ").p("PHONE", x.uk_land()).t("  ").p("EMAIL", f"{aud.user}@wales.nhs.uk").t("\n")
    return b.build(_fhir(x, pt, dob, [("nhs", nhs.replace(" ", "")), ("hosp", hosp)],
                         addr=_uka(s, t, pc)))


# ------------------------------------------------------------------ United States (10)

def _usa(s: str, c: str, st: str, z: str) -> dict[str, Any]:
    return {"line": [s], "city": c, "state": st, "postalCode": z, "country": "US"}


def _us_critical_call(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, age = x.dob(40, 89, old=0.2)
    mrn, fin = x.dig(9, "0"), x.dig(11, "7")
    d = x.d0
    prior = d - timedelta(days=x.n(1, 3))
    md, rn, fel, mls = x.staff(), x.staff(), x.staff(), x.staff()
    t1, t2 = x.staff(ini=True), x.staff(ini=True)
    acc = f"{d.year % 100}-{d.timetuple().tm_yday:03d}-C{x.dig(4, '0123456789')}"
    b = NoteBuilder()
    b.t("CHEMISTRY - CRITICAL VALUE NOTIFICATION\n")
    b.t("Accession: ").p("ID", acc).t("   Collected: ").p("DATE", us(d))
    b.t(" 0312   Received: 0329\n")
    b.t("Patient: ").p("NAME", pt.LFM).t("   MRN: ").p("ID", mrn).t("   FIN: ").p("ID", fin).t("\n")
    b.t("DOB: ").p("DATE", us(dob)).t(" (")
    _age(b, age).t(" y)   Location: 5W-12 Telemetry\n")
    b.t("Ordering: ").p("NAME", md.fmL if md.middle else md.full).t(", MD (pager ")
    b.p("PHONE", x.dig(5)).t(")\n\n")
    if x.p(0.6):
        r1, r2 = x.n(900, 2900), x.n(3000, 6800)
        b.t("Test: Troponin I, high sensitivity   Result: ").c(f"{r1:,} ng/L").t(" (ref <= ")
        b.c("34").t(")  *CRITICAL*\nPrior: ").c(f"{x.n(8, 30)} ng/L").t(" on ")
        b.p("DATE", us02(prior))
        rep = ("Repeat 0615: ", f"{r2:,} ng/L")
    else:
        g1 = x.n(28, 39)
        b.t("Test: Glucose, plasma   Result: ").c(f"{g1} mg/dL").t("  *CRITICAL LOW*\n")
        b.t("Prior: ").c(f"{x.n(80, 140)} mg/dL").t(" on ").p("DATE", us02(prior))
        rep = ("Repeat 0615 (post D50): ", f"{x.n(95, 160)} mg/dL")
    b.t("\n\nCRITICAL RESULT CALLED TO ").p("NAME", rn.full.lower()).t(" RN 5W AT 0341 ON ")
    b.p("DATE", us2(d)).t(" BY ").p("NAME", t1.ini).t(". READ BACK VERIFIED.\n")
    b.t(rep[0]).c(rep[1]).t(". Called to Dr. ").p("NAME", fel.last).t(" (cards fellow) pager ")
    b.p("PHONE", x.dig(5)).t(" at 0624 by ").p("NAME", t2.ini).t(". Read back verified.\n")
    b.t("Result verified by: ").p("NAME", mls.full).t(", MLS(ASCP)CM\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn), ("fin", fin)]))


def _us_surg_path(x: _X) -> Note:
    pt = x.pat(sex="F", middle=True)
    dob, _ = x.dob(35, 85)
    mrn = x.dig(8, "1234")
    coll = x.d0
    so = coll + timedelta(days=x.n(2, 4))
    tb = so + timedelta(days=x.n(4, 8))
    rad, surg, path = x.staff(), x.staff(), x.staff()
    g1, g2 = x.staff(ini=True), x.staff(ini=True)
    acc = f"S{coll.year % 100}-{x.dig(5, '0123456789')}"
    er, pr, ki = x.ch([90, 95, 100]), x.ch([5, 40, 70, 90]), x.ch([10, 15, 20, 30])
    b = NoteBuilder()
    b.t("SURGICAL PATHOLOGY REPORT\n")
    b.t("Accession #: ").p("ID", acc).t("   Collected: ").p("DATE", us1(coll)).t("   Signed out: ")
    b.p("DATE", us1(so)).t("\n")
    b.t("Patient: ").p("NAME", pt.LfM).t("   DOB: ").p("DATE", us(dob)).t("   MRN: ").p("ID", mrn)
    b.t("\nPhysician(s): ").p("NAME", rad.full).t(", MD (Breast Imaging); cc ")
    b.p("NAME", surg.fmL if surg.middle else surg.full).t(", MD (Surgical Oncology)\n")
    b.t("Clinical history: ").c(f"{x.r.uniform(0.9, 2.6):.1f} cm").t(" irregular mass R breast ")
    b.t("10:00, BI-RADS 5. US-guided core biopsy.\n\n")
    b.t("FINAL DIAGNOSIS:\nRight breast, 10:00, 6 cm FN, core biopsy:\n")
    b.t("- INVASIVE DUCTAL CARCINOMA, Nottingham grade ").c("2 (3+2+1 = 6/9)").t(".\n")
    b.t("- DCIS, intermediate grade, solid and cribriform.\n- LVI: not identified.\n\n")
    b.t("BIOMARKERS (block A1): ER ").c(f"positive ({er}%, strong)").t("; PR ")
    b.c(f"positive ({pr}%, moderate)").t("; HER2 IHC ").c(x.ch(["1+", "2+ (equivocal)", "0"]))
    b.t("; Ki-67 ").c(f"{ki}%").t(".\n\n")
    b.t('GROSS: Received in formalin labeled "').p("NAME", pt.LF.upper()).t('" and "R breast ')
    b.t('10:00", five tan-white cores ').c("1.1-1.7 cm").t(". Entirely submitted (A1). ")
    b.t("Cold ischemia < 1 h; formalin ").c("8 h").t(". (").p("NAME", g1.ini).t("/")
    b.p("NAME", g2.ini.lower()).t(")\n\n")
    b.t(f"Case to be presented at Breast Tumor Board, {wday(tb)}, ").p("DATE", MMdy(tb)).t(".\n")
    b.t("Electronically signed out by ").p("NAME", path.full).t(", MD ").p("DATE", us1(so))
    b.t(" 16:22\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn), ("accession", acc)]))


def _us_radiology_cta(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, age = x.dob(25, 89, old=0.12)
    mrn = x.dig(7, "1234567")
    d = x.d0
    prior = x.day(-500, -60)
    ed, res, att = x.staff(), x.staff(), x.staff()
    acc = "CT" + x.dig(8, "0123456789")
    rv = round(x.r.uniform(1.1, 1.6), 2)
    b = NoteBuilder()
    b.t("EXAM: CTA CHEST PE PROTOCOL    ACC#: ").p("ID", acc).t("\n")
    b.t("DATE: ").p("DATE", Mdy(d)).t(" 02:14\n")
    b.t("PATIENT: ").p("NAME", pt.LF.upper()).t("    MRN: ").p("ID", mrn).t("    DOB: ")
    b.p("DATE", us(dob)).t("    AGE: ")
    _age(b, age).t("\nORDERING: ").p("NAME", ed.full).t(", DO (Emergency Medicine)\n")
    b.t("INDICATION: acute dyspnea, HR ").c(f"{x.n(110, 135)}").t(", D-dimer ")
    b.c(f"{x.r.uniform(2.1, 7.9):.2f} ug/mL FEU").t(", recent ORIF.\n")
    b.t("TECHNIQUE: CTA chest with ").c("75 mL Omnipaque 350").t(" IV. DLP ").c("412 mGy-cm")
    b.t(".\n")
    b.t("COMPARISON: CT abdomen/pelvis ").p("DATE", us1(prior)).t(".\n\n")
    b.t("FINDINGS: Occlusive filling defects in the right main pulmonary artery extending into ")
    b.t("the right lower lobe segmental branches; non-occlusive emboli in the left lower lobe. ")
    b.t("RV/LV ratio ").c(f"{rv}").t(". Straightening of the interventricular septum. ")
    b.t("Small right effusion. No consolidation.\n\n")
    b.t("IMPRESSION:\n1. Extensive bilateral PE with CT evidence of right heart strain.\n\n")
    b.t("CRITICAL RESULT: discussed with Dr. ").p("NAME", ed.last).t(" by telephone at 02:41 on ")
    b.p("DATE", us1(d)).t("; read-back confirmed. Communicated by ").p("NAME", res.full)
    b.t(", MD (PGY-3).\n\n")
    b.t("Attending attestation: I have personally reviewed the images and agree with the ")
    b.t("report above. ").p("NAME", att.fmL if att.middle else att.full).t(", MD  ")
    b.p("DATE", us02(d)).t(" 07:05\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn), ("accession", acc)]))


def _us_transfusion_reaction(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, _ = x.dob(45, 89, old=0.15)
    mrn = x.dig(8, "2345")
    d = x.d0
    rn, rn2, tech, med = x.staff(), x.staff(), x.staff(), x.staff()
    rn2i = x.staff(ini=True)
    grp = x.ch(["A POS", "O POS", "B POS", "A NEG", "O NEG"])
    din = f"W{x.dig(4)} {d.year % 100} {x.dig(6, '0123456789')} {x.dig(1, '0123456789')}"
    hv = f"HV-{d.year % 100}-{x.dig(4, '0123456789')}"
    b = NoteBuilder()
    b.t("BLOOD BANK - SUSPECTED TRANSFUSION REACTION INVESTIGATION\n")
    b.t("Patient: ").p("NAME", pt.LfM).t("   MRN: ").p("ID", mrn).t("   DOB: ").p("DATE", us(dob))
    b.t(f"   ABO/Rh: {grp}\n")
    b.t("Product: RBC, leukoreduced, irradiated   DIN: ").p("ID", din).t("   Vol ")
    b.c(f"{x.n(280, 340)} mL").t("\n")
    b.t("Start ").p("DATE", us(d)).t(" 1405; stopped 1440 after ~").c(f"{x.n(90, 130)} mL").t("\n")
    b.t("Reported by: ").p("NAME", rn.full).t(", RN, CCRN (SICU) x").p("PHONE", x.dig(4)).t("\n\n")
    b.t("Vitals pre: T ").c("36.9 C").t(" HR ").c("88").t(" BP ").c("132/70").t(" SpO2 ")
    b.c("97% RA")
    b.t("\nAt reaction: T ").c(f"{x.r.uniform(38.4, 39.4):.1f} C").t(" HR ").c(f"{x.n(110, 130)}")
    b.t(" BP ").c(f"{x.n(92, 108)}/{x.n(50, 62)}").t(" SpO2 ").c(f"{x.n(88, 92)}% on 2 L")
    b.t(", rigors, no urticaria.\n")
    b.t("Bedside check: armband vs tag match; 2-RN verification ").p("NAME", rn.iL).t(" / ")
    b.p("NAME", rn2.iL).t(" (").p("NAME", rn2i.ini).t(" co-signed as charge RN).\n\n")
    b.t("LAB WORK-UP: clerical check OK. Post sample: no visible hemolysis; DAT neg (poly, IgG, ")
    b.t("C3); repeat ABO/Rh ").t(grp).t(", IAT crossmatch compatible. Bag Gram stain: no ")
    b.t("organisms seen, culture pending. BNP ").c(f"{x.n(380, 1400)} pg/mL").t(" (pre ")
    b.c(f"{x.n(80, 300)}").t(").\n")
    b.t("Interpretation: febrile non-hemolytic reaction; TACO not excluded - slower rate, ")
    b.c("furosemide 20 mg IV").t(" pre-transfusion for future units.\n")
    b.t("Hemovigilance report ").p("ID", hv).t(" entered.\n")
    b.t("Tech: ").p("NAME", tech.full).t(", MLS(ASCP)   Medical Director: ").p("NAME", med.full)
    b.t(", MD  ").p("DATE", us02(d + timedelta(days=1))).t("\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


def _us_vanco_consult(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, age = x.dob(30, 89, old=0.1)
    mrn = x.dig(8, "3456")
    d = x.d0
    bcx = d - timedelta(days=2)
    hosp, pharm = x.staff(), x.staff()
    wt = x.n(58, 118)
    pk, tr = round(x.r.uniform(30, 38), 1), round(x.r.uniform(13, 19), 1)
    b = NoteBuilder()
    b.t("PHARMACY CONSULT - VANCOMYCIN DOSING (AUC-guided)\n")
    b.t("Patient: ").p("NAME", pt.LFM).t("   MRN ").p("ID", mrn).t("   Age ")
    _age(b, age).t("   Wt ").c(f"{wt} kg").t("   Ht ").c(f"{x.n(155, 190)} cm").t("\n")
    b.t("Consult from Dr. ").p("NAME", hosp.last).t(" (Hospitalist) - MRSA bacteremia, BCx ")
    b.p("DATE", usmd(bcx)).t(" GPC in clusters x2; TTE ordered.\n")
    b.t("Current regimen: ").c(f"{x.ch([1250, 1500])} mg IV q12h").t(" (started ")
    b.p("DATE", usmd(bcx)).t(")\n")
    b.t("SCr: ").c("1.0").t(" (").p("DATE", usmd(bcx - timedelta(days=1))).t(") -> ")
    b.c(f"{x.r.uniform(1.2, 1.6):.1f} mg/dL").t(" today; UOP ").c(f"{x.n(600, 1100)} mL/24 h")
    b.t("\nLevels: peak ").c(f"{pk} mg/L").t(" (1130) / trough ").c(f"{tr} mg/L").t(" (2230)\n")
    b.t("Calculated AUC24 ").c(f"{x.n(620, 720)} mg*h/L").t(" - above target 400-600.\n\n")
    b.t("RECOMMENDATION: change to ").c("1,000 mg IV q12h").t(" (predicted AUC ")
    b.c(f"{x.n(470, 540)}").t("). Repeat two levels with ").p("DATE", usmd(d + timedelta(days=2)))
    b.t(" AM labs. Daily BMP. Avoid concomitant pip-tazo.\n")
    b.t("Discussed with Dr. ").p("NAME", hosp.full).t(" (pager ").p("PHONE", x.dig(5))
    b.t(") - accepted, order modified ").p("DATE", us02(d)).t(" 1552.\n")
    b.t("Intervention type: renal dose adjustment; cost avoidance documented.\n")
    b.p("NAME", pharm.full).t(", PharmD, BCPS  ext. ").p("PHONE", x.dig(4)).t("\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


def _us_adc_discrepancy(x: _X) -> Note:
    n = 3
    pts = [x.pat(middle=False) for _ in range(n)]
    dobs = [x.dob(20, 85)[0] for _ in range(n)]
    mrns = [x.dig(8, "4567") for _ in range(n)]
    rns = [x.staff() for _ in range(3)]
    spec, mgr = x.staff(), x.staff()
    d = x.d0
    ip = f"10.{x.n(20, 200)}.{x.n(0, 255)}.{x.n(2, 254)}"
    rep = f"CSD-{d.year}-{x.dig(4, '0123456789')}"

    unames = [_ascii(p.first[0] + p.last).upper().replace(" ", "").replace("-", "")
              + str(x.n(1, 3)) for p in rns]

    def uname(p: _P) -> str:
        return unames[rns.index(p)]

    b = NoteBuilder()
    b.t("CONTROLLED SUBSTANCE DISCREPANCY REPORT - AUTOMATED DISPENSING CABINET\n")
    b.t("Report #: ").p("ID", rep).t("   Station: 4N-MEDSURG-01 (host ").p("IP", ip).t(")\n")
    b.t("Discrepancy created: ").p("DATE", us(d)).t(" 2218 by ").p("NAME", uname(rns[2]))
    b.t(" during blind count\n")
    b.t("Item: HYDROmorphone ").c("1 mg/mL").t(" inj 1 mL   Expected ").c("6").t("   Found ")
    b.c("5").t("\n\nTransactions since last resolved count (").p("DATE", usmd(d)).t(" 0700):\n")
    for i in range(n):
        b.t(f"  {x.n(8, 21):02d}{x.n(0, 59):02d}  REMOVE 1  ").p("NAME", uname(rns[i % 2]))
        b.t("  Pt ").p("NAME", pts[i].LF.upper()).t(" (").p("ID", mrns[i]).t(")  ")
        b.t("dose ").c(x.ch(["0.5 mg", "0.25 mg", "1 mg"])).t("; waste ")
        b.t(x.ch(["witnessed", "witnessed", "NOT DOCUMENTED"])).t("\n")
    b.t("\nFollow-up: RN ").p("NAME", rns[1].full).t(" interviewed ")
    b.p("DATE", Mdy_dot(d + timedelta(days=1)))
    b.t(" - states waste for ").p("NAME", pts[1].last).t(" was done with ")
    b.p("NAME", rns[0].first).t(" but not entered. Pt ").p("NAME", pts[0].LF).t(" DOB ")
    b.p("DATE", us(dobs[0])).t(" - MAR reconciled.\n")
    b.t("Status: unresolved -> diversion review. Drug diversion specialist: ")
    b.p("NAME", spec.full).t(", PharmD. Nurse manager: ").p("NAME", mgr.full).t(", RN, MSN\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("mrn", mrns[0])]))


def _us_sendout_requisition(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, _ = x.dob(25, 80)
    mrn = x.dig(8, "5678")
    ssn = x.ssn()
    s, c, st, z = x.us_addr()
    ph = x.us_ph()
    mbi = x.mbi()
    npi = x.npi()
    md = x.staff()
    phleb = x.staff(ini=True)
    d = x.d0
    trk = x.dig(12, "0123456789")
    b = NoteBuilder()
    b.t("REFERENCE LABORATORY TEST REQUISITION - SEND-OUT\n")
    b.t("Client: Prairie Crest Health Lab (acct 40117)   Req #: ")
    b.p("ID", "R" + x.dig(9, "0123456789"))
    b.t("\n\nPatient (Last, First MI): ").p("NAME", f"{pt.last}, {pt.first} {pt.mi}").t("   Sex: ")
    b.t(pt.sex).t("   DOB: ").p("DATE", us(dob)).t("\nSSN: ").p("SSN", ssn).t("   MRN: ")
    b.p("ID", mrn)
    b.t("\nAddress: ").p("ADDRESS", s).t(", ").p("ADDRESS", c).t(f", {st} ").p("ZIP", z).t("\n")
    b.t("Phone: ").p("PHONE", ph).t("\n")
    b.t("Bill to: Medicare Part B   MBI: ").p("ID", mbi).t("\n\n")
    b.t("Ordering provider: ").p("NAME", md.full).t(", MD   NPI ").p("ID", npi).t("\n")
    b.t("Tests: Myositis-specific antibody panel; HMGCR Ab; aldolase\n")
    b.t("ICD-10: M33.20, M62.81\n")
    b.t("Clinical: proximal weakness, CK ").c(f"{x.n(2400, 9800)} U/L").t(", on ")
    b.c("atorvastatin 40 mg").t(".\n")
    b.t("Collected: ").p("DATE", us(d)).t(" 0830 by ").p("NAME", phleb.ini).t(" (phlebotomy)   ")
    b.t("Specimen: serum x2, ").c("1 mL").t(" aliquots, frozen\n")
    b.t("Courier pickup ").p("DATE", usmd(d)).t(" 1600, tracking ").p("ID", trk).t("\n")
    ids = [("mrn", mrn), ("ssn", ssn), ("mbi", mbi.replace("-", ""))]
    return b.build(_fhir(x, pt, dob, ids, phone=ph, addr=_usa(s, c, st, z)))


def _us_tb_contacts(x: _X) -> Note:
    pt = x.pat(middle=False, faker=0.25)
    dob, _ = x.dob(25, 80)
    s, c, st, z = x.us_addr()
    ph = x.us_ph()
    d = x.d0
    start = d - timedelta(days=x.n(80, 130))
    case = f"{d.year % 100}-TB-{x.dig(4, '0123456789')}"
    spouse = x.kin(pt, sex="F" if pt.sex == "M" else "M")
    gkid = x.kin(pt)
    cow = x.pat(middle=False)
    cs, cc, cst, cz = x.us_addr()
    phn, epi = x.staff(sex="F"), x.staff()
    b = NoteBuilder()
    b.t("COUNTY HEALTH DEPARTMENT - TB CONTACT INVESTIGATION WORKSHEET\n")
    b.t("Index: ").p("NAME", pt.LF).t(' "').p("NAME", x.nick(pt)).t('"   DOB ').p("DATE", us(dob))
    b.t("   State case # ")
    b.p("ID", case).t("\nAddress: ").p("ADDRESS", s).t(", ").p("ADDRESS", c).t(f", {st} ")
    b.p("ZIP", z).t("   Ph ").p("PHONE", ph).t("\n")
    b.t("Lab: sputum AFB smear ").c("3+").t(", NAAT MTB complex DETECTED, rpoB mutation not ")
    b.t("detected; culture positive ").p("DATE", us1(d - timedelta(days=10))).t(" (state lab).\n")
    b.t("CXR: RUL cavity. Infectious period used: ").p("DATE", us1(start)).t(" - ")
    b.p("DATE", us1(d + timedelta(days=14))).t(" (2 wk after effective tx).\n")
    b.t("RIPE started ").p("DATE", usmd(d - timedelta(days=3))).t(": ").c("isoniazid 300 mg")
    b.t(", ").c("rifampin 600 mg").t(", ").c("pyrazinamide 1,500 mg").t(", ")
    b.c("ethambutol 1,200 mg").t(" daily, DOT M-F.\n\n")
    b.t("CONTACTS (priority / exposure / test / result):\n")
    b.t("1. ").p("NAME", spouse.full).t(" (spouse) HIGH, household. IGRA ")
    b.p("DATE", usmd(d + timedelta(days=2))).t(": ").c("POSITIVE").t(" -> CXR clear, offered 3HP. ")
    b.t("Cell ").p("PHONE", x.us_ph()).t("\n")
    b.t("2. ").p("NAME", gkid.first).t(" (grandchild, age ").t(str(x.n(2, 4)))
    b.t(") HIGH, <5y, stays weekends. TST ").c("0 mm").t(" -> window prophylaxis INH, repeat ")
    b.t("8 wk.\n")
    b.t("3. ").p("NAME", cow.full).t(" (coworker, same warehouse shift) MEDIUM. ")
    b.p("ADDRESS", cs).t(", ").p("ADDRESS", cc).t(f", {cst} ").p("ZIP", cz).t(". IGRA pending.\n")
    b.t("4. Church small group (~12) - LOW, deferred pending round 1.\n\n")
    b.t("Public health nurse: ").p("NAME", phn.full).t(", RN   Epidemiologist: ")
    b.p("NAME", epi.full)
    b.t(", MPH  ").p("EMAIL", f"{epi.user}@countyhealth.org").t("\n")
    return b.build(_fhir(x, pt, dob, [("state-case", case)], phone=ph, addr=_usa(s, c, st, z)))


def _us_psg(x: _X) -> Note:
    pt = x.pat(middle=True)
    dob, _ = x.dob(28, 80)
    mrn = x.dig(8, "6789")
    d = x.d0
    ref, tech, md = x.staff(), x.staff(), x.staff()
    scorer = x.staff(ini=True)
    ahi = round(x.r.uniform(18, 64), 1)
    b = NoteBuilder()
    b.t("SLEEP DISORDERS CENTER - POLYSOMNOGRAPHY REPORT (SPLIT NIGHT)\n")
    b.t("Patient: ").p("NAME", pt.fmL).t("   DOB: ").p("DATE", us1(dob)).t("   MRN: ")
    b.p("ID", mrn).t("\nStudy date: ").p("DATE", us(d)).t("   Referring: ").p("NAME", ref.full)
    b.t(", NP\nHt ").c(f"{x.n(60, 75)} in").t("  Wt ").c(f"{x.n(180, 320)} lb").t("  BMI ")
    b.c(f"{x.r.uniform(29, 46):.1f}").t("  ESS ").c(f"{x.n(8, 20)}").t("\n\n")
    b.t("DIAGNOSTIC PORTION: TST ").c(f"{x.n(140, 190)} min").t(", sleep efficiency ")
    b.c(f"{x.n(70, 90)}%").t(". AHI ").c(f"{ahi}/h").t(" (4% rule), RDI ").c(f"{ahi + 6:.1f}/h")
    b.t(". SpO2 nadir ").c(f"{x.n(70, 84)}%").t(". Periodic limb movements ").c(f"{x.n(0, 12)}/h")
    b.t(".\nTITRATION: CPAP ").c("5-14 cm H2O").t(". Optimal ").c(f"{x.n(9, 13)} cm H2O")
    b.t(" with AHI ").c(f"{x.r.uniform(0.5, 4.5):.1f}/h").t(", supine REM observed. Mask: medium ")
    b.t("nasal pillows.\n")
    b.t("ECG: sinus rhythm, no arrhythmia.\n\n")
    b.t("IMPRESSION: severe OSA (G47.33), responsive to CPAP.\n")
    b.t("PLAN: CPAP ").c(f"{x.n(9, 13)} cm H2O").t(" with heated humidification; compliance ")
    b.t("download at 31-90 days; f/u sleep clinic ").p("DATE", usmd(d + timedelta(days=60)))
    b.t(".\n")
    b.t("Technologist: ").p("NAME", tech.full).t(", RPSGT   Scored by: ").p("NAME", scorer.ini)
    b.t("\nInterpreting physician: ").p("NAME", md.full).t(", MD, D.ABSM  ")
    b.p("DATE", us02(d + timedelta(days=3))).t("\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


def _us_genetics_letter(x: _X) -> Note:
    x.d0 = _weekday(x.d0)
    pt = x.pat(sex="F", middle=True, faker=0.2)
    dob, _ = x.dob(30, 68)
    mrn = x.dig(8, "7891")
    sis = x.kin(pt, sex="F", same=False)
    bro = x.kin(pt, sex="M")
    mom = x.kin(pt, sex="F", same=False)
    gc, onc = x.staff(sex="F"), x.staff()
    s, c, st, z = x.us_addr()
    d = x.d0
    res = d - timedelta(days=x.n(3, 10))
    acc = f"GX{x.dig(8, '0123456789')}"
    gene = x.ch([("BRCA2", "c.5946delT (p.Ser1982fs)"), ("BRCA1", "c.68_69delAG (p.Glu23fs)"),
                 ("PALB2", "c.3113G>A (p.Trp1038*)")])
    b = NoteBuilder()
    b.t("Cancer Genetics Program\n\n").p("DATE", MMdy(d)).t("\n\n")
    b.p("NAME", pt.fmL).t("\n").p("ADDRESS", s).t("\n").p("ADDRESS", c).t(f", {st} ").p("ZIP", z)
    b.t("\n\nRE: genetic test result   DOB ").p("DATE", us(dob)).t("   MRN ").p("ID", mrn)
    b.t("   Lab accession ").p("ID", acc).t("\n\n")
    b.t("Dear Ms. ").p("NAME", pt.last).t(",\n\n")
    b.t(f"Thank you for meeting with me. As we discussed by phone on {wday(res)}, ")
    b.p("DATE", MMd(res)).t(", your multigene panel found a pathogenic variant in ")
    b.t(f"{gene[0]}: ").c(gene[1]).t(". This raises the lifetime risk of breast and ovarian ")
    b.t("cancer; Dr. ").p("NAME", onc.last)
    b.t(" will see you to discuss screening and risk-reducing ")
    b.t("options.\n\n")
    b.t("Your relatives each have a 50% chance of carrying the same variant. We recommend ")
    b.t("testing for your sister ").p("NAME", sis.full).t(", your brother ").p("NAME", bro.first)
    b.t(" and your mother ").p("NAME", mom.full).t(". A family letter is enclosed; they can ")
    b.t("order single-site testing at no cost within 90 days using your accession number.\n\n")
    b.t("Questions: call me at ").p("PHONE", x.us_ph()).t(" or message through the portal: ")
    b.p("URL", f"https://mychart.prairiecresthealth.org/genetics?acc={acc}").t("\n\n")
    b.t("Sincerely,\n").p("NAME", gc.full).t(", MS, CGC\nLicensed Genetic Counselor\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)], addr=_usa(s, c, st, z)))


# ------------------------------------------------------------------ Australia (6)

def _aua(s: str, sub: str, st: str, pc: str) -> dict[str, Any]:
    return {"line": [s], "city": sub, "state": st, "postalCode": pc, "country": "AU"}


def _mc(m: str) -> str:
    return f"{m[:4]} {m[4:9]} {m[9]}"


def _au_micro_mrsa(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(40, 89, old=0.15)
    mc = x.medicare_au()
    s, sub, pc = x.au_addr("NSW")
    ph = x.au_mob()
    gp = x.staff()
    gs, gsub, gpc = x.au_addr("NSW")
    pn = x.staff(sex="F")
    path = x.staff()
    coll = x.d0
    rep = coll + timedelta(days=2)
    lab = f"{coll.year % 100}-{x.dig(9, '0123456789')}"
    prov = x.dig(7, "2345") + x.ch("ABCDFHJKLTWXY")
    b = NoteBuilder()
    b.t("MICROBIOLOGY REPORT\n")
    b.t("Lab No: ").p("ID", lab).t("   Collected: ").p("DATE", dmy(coll)).t(" 10:20   Reported: ")
    b.p("DATE", dmy(rep)).t(" 16:05\n")
    b.t("Patient: ").p("NAME", pt.LF).t("   DOB: ").p("DATE", dmy_s4(dob)).t("   Sex: ").t(pt.sex)
    b.t("\nMedicare: ").p("ID", _mc(mc)).t(f" / {x.n(1, 4)}   Ph: ").p("PHONE", ph).t("\n")
    b.t("Address: ").p("ADDRESS", s).t(", ").p("ADDRESS", sub).t(" NSW ").p("ZIP", pc).t("\n")
    b.t("Requesting Dr: Dr ").p("NAME", gp.iL).t(", Riverbend Family Practice, ")
    b.p("ADDRESS", gs).t(", ").p("ADDRESS", gsub).t(" NSW ").p("ZIP", gpc).t("   Prov No ")
    b.p("ID", prov).t("\n")
    b.t("Clinical notes: infected venous ulcer L shin, failed 7/7 fluclox. Diabetic.\n")
    b.t("Specimen: wound swab, L shin\n\n")
    b.t("MICROSCOPY: Gram stain - pus cells +++, Gram positive cocci ++\n")
    b.t("CULTURE: Staphylococcus aureus (MRSA) - heavy growth; mixed skin flora - light\n\n")
    b.t("                 S. aureus\n  Flucloxacillin   R\n  Cefalexin        R\n")
    b.t("  Clindamycin      S\n  Co-trimoxazole   S\n  Doxycycline      S\n")
    b.t("  Vancomycin       S\n\n")
    b.t("Comment: first MRSA isolate for this patient. Suggest ").c("doxycycline 100 mg bd")
    b.t(" or ").c("co-trimoxazole 160/800 mg bd").t(" pending review. Flag for contact ")
    b.t("precautions on admission.\n")
    b.t("Phoned to practice nurse ").p("NAME", pn.first).t(" at 15:50 ").p("DATE", dm(rep))
    b.t(", read back.\nPathologist: Dr ").p("NAME", path.full).t(" FRCPA\n")
    return b.build(_fhir(x, pt, dob, [("medicare", mc)], phone=ph, addr=_aua(s, sub, "NSW", pc)))


def _au_doppler_phoned(x: _X) -> Note:
    pt = x.pat(sex="F", middle=False)
    dob, age = x.dob(35, 89, old=0.2)
    mc = x.medicare_au()
    gp, rec, son, rad = x.staff(), x.staff(sex="F"), x.staff(ini=True), x.staff()
    gs, gsub, gpc = x.au_addr("QLD")
    d = x.d0
    ref = x.day(-3, -1)
    acc = f"QN{x.dig(8, '0123456789')}"
    b = NoteBuilder()
    b.t("DIAGNOSTIC IMAGING REPORT\n")
    b.t("Patient: ").t(pt.r_title + " ").p("NAME", pt.i_L).t("   DOB: ").p("DATE", dmy(dob)).t(" (")
    _age(b, age).t(")   Medicare: ").p("ID", mc).t("-").t(str(x.n(1, 3))).t("\n")
    b.t("Referrer: Dr ").p("NAME", gp.full).t(", ").p("ADDRESS", gs).t(", ").p("ADDRESS", gsub)
    b.t(" QLD ").p("ZIP", gpc).t("   (referral dated ").p("DATE", dmy2(ref)).t(")\n")
    b.t("Exam: Venous duplex ultrasound, left lower limb   Date: ").t(wd(d) + " ")
    b.p("DATE", dMy(d)).t("   Acc: ").p("ID", acc).t("\n\n")
    b.t("Clinical: L calf swelling 4/7, ").c("+3.5 cm").t(" calf circumference, recent long-haul ")
    b.t("flight. Wells score ").c("3").t(".\n")
    b.t("Findings: Non-compressible popliteal vein containing echogenic thrombus, extending into ")
    b.t("the posterior tibial and peroneal veins. CFV and SFV compressible with phasic flow. ")
    b.t("Baker's cyst ").c("32 x 11 mm").t(", intact.\n")
    b.t("Conclusion: acute left popliteal and calf DVT.\n\n")
    b.t("Result phoned to Dr ").p("NAME", gp.last).t("'s rooms 11:40 (spoke to ")
    b.p("NAME", rec.first).t(" at reception, then Dr ").p("NAME", gp.last)
    b.t(" directly; read back). Patient advised to attend ED with films.\n")
    b.t("Sonographer: ").p("NAME", son.ini).t(" (AMS)   Radiologist: Dr ").p("NAME", rad.full)
    b.t(" FRANZCR\n")
    return b.build(_fhir(x, pt, dob, [("medicare", mc)]))


def _au_mtp_log(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(45, 84)
    ur = x.dig(7, "0123456789")
    ihi = x.ihi()
    d = x.d0
    anr, runner, psa2, perf, sci, haem = (x.staff(), x.staff(), x.staff(), x.staff(), x.staff(),
                                         x.staff())
    grp = x.ch(["O POS", "A POS", "B POS", "O NEG"])
    b = NoteBuilder()
    b.t("MASSIVE TRANSFUSION PROTOCOL - TRANSFUSION LAB LOG\n")
    b.t(wd(d) + " ").p("DATE", dmy(d)).t("   Activated 13:52 by Dr ").p("NAME", anr.full)
    b.t(" (Anaes reg) - Theatre 6 (cardiac, redo AVR)\n")
    b.t("Patient: ").p("NAME", pt.LF).t("   UR ").p("ID", ur).t("   DOB ").p("DATE", dmy(dob))
    b.t("   IHI ").p("ID", f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}").t("\n")
    b.t(f"Group {grp}, antibody screen neg (sample 07:30). Runner: ").p("NAME", runner.first)
    b.t(" (PSA) ext ").p("PHONE", x.ext(4)).t("\n\n")
    b.t("Pack | Issued | Contents | Donation numbers | Collected by\n")
    b.t("1 | 13:58 | ").c("4 RBC + 4 FFP").t(" | ").p("ID", x.din("A")).t(", ").p("ID", x.din("A"))
    b.t(" ... | ").p("NAME", runner.full).t("\n")
    b.t("2 | 14:21 | ").c("4 RBC + 4 FFP + 1 plt + 10 cryo").t(" | ").p("ID", x.din("A"))
    b.t(" ... | ").p("NAME", psa2.full).t("\n\n")
    b.t("POC/lab 14:10: ROTEM FIBTEM A5 ").c("6 mm").t(", Clauss fibrinogen ").c("0.9 g/L")
    b.t(", Hb ").c(f"{x.n(62, 78)} g/L").t(", plt ").c(f"{x.n(40, 70)}").t(", iCa ")
    b.c("0.98 mmol/L").t(" -> cryo + ").c("calcium chloride 10 mL 10%").t(".\n")
    b.t("Perfusionist ").p("NAME", perf.full).t(" (CCP): cell salvage returned ")
    b.c(f"{x.n(600, 1100)} mL").t(".\n")
    b.t("MTP stood down 15:41 by Dr ").p("NAME", anr.last).t(". Pack 3 (prepared, not issued) ")
    b.t("returned to stock; 2 FFP thawed - re-labelled 5-day expiry.\n")
    b.t("Scientist: ").p("NAME", sci.full).t("   Haematologist on call Dr ").p("NAME", haem.last)
    b.t(" informed 15:50.\n")
    return b.build(_fhir(x, pt, dob, [("ur", ur), ("ihi", ihi)]))


def _au_measles_contacts(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(19, 40)
    ur = x.dig(7, "0123456789")
    d = x.d0
    exp = d - timedelta(days=2)
    cs = [x.pat(middle=False, faker=0.15) for _ in range(3)]
    baby_mum = x.kin(cs[0], sex="F")
    old_dob, gage = x.dob(90, 97)
    dobs = [exp - timedelta(days=x.n(120, 300)), x.dob(60, 80)[0], old_dob]
    subs = [x.place(_AU_SUBURBS["WA"])[0] for _ in range(3)]
    rn, cnc = x.staff(), x.staff(sex="F")
    b = NoteBuilder()
    b.t("MEASLES EXPOSURE - CONTACT LIST (ED waiting room)\n")
    b.t("Index: ").p("NAME", pt.LF).t("  DOB ").p("DATE", dmy(dob)).t("  UR ").p("ID", ur)
    b.t("\nRash onset ").p("DATE", dm(exp - timedelta(days=1)))
    b.t("; measles PCR (throat) DETECTED ")
    b.p("DATE", dmy(d)).t(", IgM positive. Returned from Bali 10 days prior. Unvaccinated.\n")
    b.t(f"Exposure: {wd(exp)} ").p("DATE", dmy(exp)).t(" 18:10-23:45 ED waiting room + X-ray.\n\n")
    b.t("Name | DOB | Phone | Suburb | Immunity | Action\n")
    b.p("NAME", cs[0].LF).t(" | ").p("DATE", dmy(dobs[0])).t(" | ").p("PHONE", x.au_mob())
    b.t(" (mum ").p("NAME", baby_mum.first).t(") | ").p("ADDRESS", subs[0])
    b.t(" | <12 m, no MMR | NHIG ").c("0.6 mL/kg IM").t(" booked ").p("DATE", dm(d)).t("\n")
    b.p("NAME", cs[1].LF).t(" | ").p("DATE", dmy(dobs[1])).t(" | ").p("PHONE", x.au_mob())
    b.t(" | ").p("ADDRESS", subs[1]).t(" | born <1966, presumed immune | letter + SMS\n")
    b.p("NAME", cs[2].LF).t(" | ").p("DATE", dmy(dobs[2])).t(" (").p("AGE", str(gage))
    b.t(") | ").p("PHONE", x.au_land("08")).t(" | ").p("ADDRESS", subs[2])
    b.t(" | presumed immune | letter\n\n")
    b.t("Staff: ").p("NAME", rn.full).t(" (triage RN) - 2 doses MMR documented, no exclusion.\n")
    b.t("PHU notified: CDCD ").p("PHONE", x.au_land("08")).t(", ")
    b.p("EMAIL", "measles.contacts@health.wa.gov.au").t("\n")
    b.t("Compiled by ").p("NAME", cnc.full).t(", CNC Infection Prevention\n")
    return b.build(_fhir(x, pt, dob, [("ur", ur)]))


def _au_poct_log(x: _X) -> Note:
    d1 = x.d0
    d2 = d1 + timedelta(days=6)
    ops = [x.staff() for _ in range(3)]
    pts = [x.pat(middle=False) for _ in range(2)]
    dobs = [x.dob(40, 90)[0] for _ in range(2)]
    urs = [x.dig(7, "0123456789") for _ in range(2)]
    nic, coord = x.staff(sex="F"), x.staff()
    host = f"172.{x.n(16, 31)}.{x.n(0, 255)}.{x.n(2, 254)}"
    wrong = urs[0][:5] + urs[0][6] + urs[0][5]
    if wrong == urs[0]:
        wrong = urs[0][:6] + str((int(urs[0][6]) + 1) % 10)
    b = NoteBuilder()
    b.t("POINT OF CARE TESTING - BLOOD GLUCOSE METER EXCEPTION REPORT\n")
    b.t("Ward 5B   Period: ").p("DATE", dmy(d1)).t(" to ").p("DATE", dmy(d2))
    b.t("   Source: POCT middleware (").p("IP", host).t(")\n\n")
    b.t("1. OPERATOR LOCKOUTS\n   Op ID ").p("ID", x.dig(6, "0")).t(" ").p("NAME", ops[0].full)
    b.t(" (EN) - competency expired ").p("DATE", dm0(d1 - timedelta(days=3)))
    b.t("; locked. Booked for e-learning + practical.\n\n")
    b.t("2. PATIENT ID EXCEPTIONS (manual entry, wristband not scanned)\n")
    t1 = x.dt(d1 + timedelta(days=2), 5, 7)
    b.t("   ").p("DATE", isodt(t1, True)).t(" | UR entered ").p("ID", wrong)
    b.t(' (name typed "').p("NAME", f"{pts[0].last} {pts[0].first}".lower())
    b.t('") -> no match -> corrected to ').p("ID", urs[0]).t(" (").p("NAME", pts[0].LF)
    b.t(") | BGL ")
    b.c(f"{x.r.uniform(2.4, 3.6):.1f} mmol/L").t(" | op ").p("NAME", ops[1].full).t(" RN\n")
    t2 = x.dt(d1 + timedelta(days=4), 11, 14)
    b.t("   ").p("DATE", isodt(t2, True)).t(" | UR ").p("ID", urs[1]).t(" (").p("NAME", pts[1].LF)
    b.t(") | BGL ").c(f"{x.r.uniform(25, 31):.1f} mmol/L").t(" (>HI range) | op ")
    b.p("NAME", ops[2].full).t(" RN - lab glucose not sent\n\n")
    b.t("3. QC: 2 failures (level 2 low, strip lot expired) - meter removed, lot quarantined.\n\n")
    b.t("Follow-up: critical result for ").p("NAME", pts[1].last).t(" (DOB ")
    b.p("DATE", dmy(dobs[1]))
    b.t(") discussed with NUM ").p("NAME", nic.first).t(" - IIMS lodged.\n")
    b.t("Reviewed by: ").p("NAME", coord.full).t(", POCT Coordinator, ").p("PHONE", x.au_land("08"))
    b.t("\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("ur", urs[0])]))


def _au_clozapine(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(19, 55)
    ur = x.dig(7, "0123456789")
    mum = x.kin(pt, sex="F", same=x.p(0.7))
    psy, reg, cm, ph = x.staff(), x.staff(), x.staff(), x.staff()
    d = x.d0
    start = d - timedelta(days=7 * x.n(10, 16))
    wcc, anc = round(x.r.uniform(3.0, 3.5), 1), round(x.r.uniform(1.5, 1.9), 1)
    b = NoteBuilder()
    b.t("CLOZAPINE MONITORING - PHARMACY REVIEW\n")
    b.t("Patient: ").p("NAME", pt.fL).t(' (prefers "').p("NAME", x.nick(pt)).t('")   UR ')
    b.p("ID", ur).t("   DOB ").p("DATE", dmy(dob))
    b.t("\nMonitoring registration: ").p("ID", "CPMS-" + x.dig(6, "0123456789"))
    b.t("   Started ").p("DATE", dmy(start)).t(f" (week {(d - start).days // 7})\n")
    b.t("Dose: ").c("clozapine 100 mg mane + 300 mg nocte").t("\n\n")
    b.t("FBC ").p("DATE", dmy(d)).t(": WCC ").c(f"{wcc} x10^9/L").t(", ANC ").c(f"{anc} x10^9/L")
    b.t(" -> AMBER (prev ").c(f"ANC {x.r.uniform(2.2, 3.1):.1f}").t(" on ")
    b.p("DATE", dm(d - timedelta(days=7))).t(")\n")
    b.t("Clozapine level ").c(f"{x.r.uniform(0.35, 0.7):.2f} mg/L").t(" (norclozapine ")
    b.c(f"{x.r.uniform(0.2, 0.4):.2f}").t("). Stopped smoking ~2 wk ago - level may keep rising.\n")
    b.t("CRP ").c(f"{x.n(1, 6)} mg/L").t(", troponin ").c("<5 ng/L").t(".\n\n")
    b.t("Actions: twice-weekly FBC until green x2; continue dose for now, consider reduction to ")
    b.c("300 mg/day").t(" if level > 0.6. Constipation screen - on ").c("Movicol 1 sachet bd")
    b.t(".\nDiscussed with Dr ").p("NAME", psy.full).t(" (Consultant) and Dr ").p("NAME", reg.last)
    b.t(" (registrar). Case manager ").p("NAME", cm.full).t(" mob ").p("PHONE", x.au_mob())
    b.t(" will arrange Thursday bloods; mum ").p("NAME", mum.first).t(" aware.\n")
    b.t("Pharmacist: ").p("NAME", ph.full).t(", Senior Pharmacist Mental Health, ")
    b.p("PHONE", x.au_land("02")).t("\n")
    return b.build(_fhir(x, pt, dob, [("ur", ur)]))


# ------------------------------------------------------------------ Canada (6)

def _caa(s: str, c: str, prov: str, pc: str) -> dict[str, Any]:
    return {"line": [s], "city": c, "state": prov, "postalCode": pc, "country": "CA"}


def _ramq(x: _X, p: _P, dob: date) -> str:
    last = re.sub(r"[^A-Z]", "", _ascii(p.last).upper())
    first = _ascii(p.first).upper()
    mm = dob.month + (50 if p.sex == "F" else 0)
    tail = x.dig(2, "0123456789")
    return f"{(last + 'XXX')[:3]}{first[0]} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{tail}"


def _ca_cdiff_ipac(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(55, 89, old=0.2)
    ohip = x.ohip()
    mrn = "M" + x.dig(7, "0123456789")
    room = x.pat(middle=False)
    rmrn = "M" + x.dig(7, "0123456789")
    cn, icp, mrp = x.staff(), x.staff(), x.staff()
    mlt = x.staff(ini=True)
    d = x.d0
    adm = d - timedelta(days=x.n(5, 12))
    b = NoteBuilder()
    b.t("MICROBIOLOGY - ALERT ORGANISM NOTIFICATION (IPAC)\n")
    b.t("Patient: ").p("NAME", pt.LF).t("   OHIP: ").p("ID", ohip).t("   MRN: ").p("ID", mrn)
    b.t("\nDOB: ").p("DATE", iso(dob)).t("   Unit: 7 West, Rm 712-B   Admitted: ")
    b.p("DATE", iso(adm))
    b.t("\nSpecimen: stool (Bristol 7), collected ").p("DATE", iso(d)).t(" 06:40\n")
    b.t("C. difficile: GDH ").c("POSITIVE").t(", toxin A/B EIA ").c("POSITIVE").t("\n")
    b.t("Interpretation: C. difficile infection likely. Healthcare-associated (onset > 72 h).\n\n")
    b.t("Called to: ").p("NAME", cn.full).t(", RN (charge, 7W) at 11:15, read back. By: ")
    b.p("NAME", mlt.ini).t(" (MLT)\n")
    b.t("IPAC notified: ").p("NAME", icp.full).t(", ICP, ext ").p("PHONE", x.ext(4)).t(", ")
    b.p("EMAIL", f"{icp.user}@northshorehealth.ca").t("\n\n")
    b.t("IPAC note: Contact Plus precautions, dedicated commode, sporicidal clean of 712. ")
    b.t("Roommate ").p("NAME", room.LF).t(" (712-A, MRN ").p("ID", rmrn).t(") - asymptomatic, ")
    b.t("moved to 718 single, monitor x 10 days. MRP Dr. ").p("NAME", mrp.last).t(" informed; ")
    b.c("vancomycin 125 mg PO QID x 10 days").t(" started, PPI reviewed.\n")
    return b.build(_fhir(x, pt, dob, [("ohip", ohip.replace("-", "")), ("mrn", mrn)]))


def _ca_bc_nbs_letter(x: _X) -> Note:
    mum = x.pat(sex="F", middle=False, faker=0.2)
    dad = x.kin(mum, sex="M", same=x.p(0.4))
    sex = x.ch("MF")
    baby_last = mum.last if x.p(0.5) else dad.last
    bdob = x.d0 - timedelta(days=x.n(6, 10))
    coll = bdob + timedelta(days=1)
    d = x.d0
    phn = x.bc_phn()
    fp, met, gc = x.staff(), x.staff(), x.staff(sex="F")
    card = x.dig(9, "0123456789")
    mob = x.ca_ph("604")
    label = "Baby Girl" if sex == "F" else "Baby Boy"
    b = NoteBuilder()
    b.t("NEWBORN SCREENING - SCREEN POSITIVE NOTIFICATION\n")
    b.t("To: Dr. ").p("NAME", fp.full).t(" (family physician)   Fax: ").p("PHONE", x.ca_ph("604"))
    b.t("\nDate: ").p("DATE", MMdy(d)).t("\n\n")
    b.t(f"RE: {label} ").p("NAME", baby_last.upper()).t("   PHN ").p("ID", phn).t("   DOB ")
    b.p("DATE", iso(bdob)).t("\nMother: ").p("NAME", mum.full).t("   Card # ").p("ID", card)
    b.t("   Collected ").p("DATE", iso(coll)).t(" at ").c("26 h").t(" of age\n\n")
    if x.p(0.5):
        b.t("Result: SCREEN POSITIVE for MCAD deficiency. C8 ").c("1.84 umol/L")
        b.t(" (cutoff < 0.30); C8/C10 ").c("6.2").t(".\n")
        b.t("Action: please see the infant TODAY - check feeding, glucose; avoid fasting > 4 h. ")
        b.t("Confirmatory plasma acylcarnitines and urine organic acids arranged at the ")
        b.t("Biochemical Diseases clinic with Dr. ").p("NAME", met.full).t(" (")
        b.p("PHONE", x.ca_ph("604")).t(").\n")
    else:
        b.t("Result: SCREEN POSITIVE for congenital hypothyroidism. TSH ").c("78 mIU/L")
        b.t(" (cutoff 17).\nAction: serum TSH and free T4 today; Endocrinology (Dr. ")
        b.p("NAME", met.full).t(", ").p("PHONE", x.ca_ph("604")).t(") will start ")
        b.c("levothyroxine 10-15 mcg/kg/day").t(" if confirmed.\n")
    b.t("Parents: mother ").p("NAME", mum.first).t(" reached by phone at ").p("PHONE", mob)
    b.t("; father ").p("NAME", dad.full).t(" also present.\n")
    b.t("Genetic counsellor ").p("NAME", gc.full).t(" will follow up.\n")
    ids = [("phn", phn.replace(" ", ""))]
    s, c, pc = x.ca_addr("BC")
    return b.build(_fhir(x, _P("", baby_last, sex, mum.group), bdob, ids, phone=mob,
                         addr=_caa(s, c, "BC", pc)))


def _ca_ab_transport_incident(x: _X) -> Note:
    pts = [x.pat(middle=False) for _ in range(3)]
    dobs = [x.dob(20, 89)[0] for _ in range(3)]
    ulis = []
    for _ in range(3):
        body = x.dig(8, "123456789")
        u = body + _luhn_digit(body)
        ulis.append(f"{u[:5]}-{u[5:]}")
    drv, req, mla, sup = x.staff(), x.staff(), x.staff(), x.staff()
    d = x.d0
    inc = f"STI-{d.year}-{x.dig(4, '0123456789')}"
    b = NoteBuilder()
    b.t("SPECIMEN TRANSPORT INCIDENT REPORT\n")
    b.t("Incident #: ").p("ID", inc).t("   Date: ").p("DATE", Mdy(d)).t("\n")
    b.t("Origin: rural health centre lab -> regional core lab, courier route 14, driver ")
    b.p("NAME", drv.full).t("\n")
    b.t("Problem: cooler arrived 4 h late (highway closure); logger showed ").c("31 C")
    b.t(" for 2 h 40 min. 14 specimens affected incl.:\n")
    for i in range(3):
        b.t("  ").p("NAME", pts[i].LF).t("  ULI ").p("ID", ulis[i]).t("  DOB ")
        b.p("DATE", Mdy(dobs[i])).t("  ").t(x.ch(["PT/INR", "lytes", "CBC", "lipase"])).t("\n")
    b.t("Outcome: potassium/glucose/INR results unreliable - CANCELLED; recollect notices ")
    b.t("faxed to requesting clinics.\n\n")
    b.t("Requester query: Dr. ").p("NAME", req.full).t(" called (").p("PHONE", x.ca_ph("403"))
    b.t(") at 15:20 for the INR on ").p("NAME", pts[0].last).t(" (on ").c("warfarin 5 mg")
    b.t("). Advised recollect at the centre tomorrow AM; POC INR available at his clinic ")
    b.t("today.\n")
    b.t("Reported by: ").p("NAME", mla.full).t(", MLA   Supervisor: ").p("NAME", sup.full)
    b.t(", MLT   Follow-up: route review with courier ").p("DATE", Md(d + timedelta(days=3)))
    b.t("\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("uli", ulis[0].replace("-", ""))]))


def _qc_radiology(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, age = x.dob(60, 89, old=0.2)
    ramq = _ramq(x, pt, dob)
    dossier = x.dig(7, "0123456789")
    d = x.d0
    urg, rad = x.staff(), x.staff()
    tr = x.staff(ini=True)
    fille = x.kin(pt, sex="F", same=x.p(0.5))
    mm = x.n(6, 14)
    b = NoteBuilder()
    b.t("RAPPORT D'IMAGERIE / IMAGING REPORT\n")
    b.t("Nom / Name: ").p("NAME", pt.LF).t("   No dossier: ").p("ID", dossier)
    b.t("\nRAMQ: ").p("ID", ramq).t("   DDN: ").p("DATE", isoslash(dob)).t(" (")
    _age(b, age).t(" ans)\n")
    b.t("Date de l'examen: ").p("DATE", iso(d)).t(" 22:41   Requérant: Dr ").p("NAME", urg.full)
    b.t(" (urgence)\n")
    b.t("Examen: TDM cérébrale sans contraste / CT head without contrast\n")
    b.t("Renseignements cliniques: chute, sous ").c("warfarine").t(", RNI ").c("3,4")
    b.t(", céphalée. Fille ").p("NAME", fille.first).t(" rapporte confusion depuis 2 jours.\n\n")
    b.t("Constatations: hématome sous-dural aigu fronto-pariétal droit de ").c(f"{mm} mm")
    b.t(" d'épaisseur, déviation de la ligne médiane de ").c(f"{mm // 2} mm")
    b.t(". Pas d'engagement. Atrophie et leucoaraïose.\n")
    b.t("Conclusion: HSD aigu droit avec effet de masse. / Acute right SDH with mass effect.\n\n")
    b.t("RÉSULTAT CRITIQUE communiqué par téléphone au Dr ").p("NAME", urg.last).t(" le ")
    b.p("DATE", iso(d)).t(" à 23:10; relecture confirmée. / Critical result phoned, read back.\n")
    b.t("Radiologiste: Dr ").p("NAME", rad.full).t("   Transcrit par: ").p("NAME", tr.ini.lower())
    b.t("\n")
    ids = [("ramq", ramq.replace(" ", "")), ("dossier", dossier)]
    return b.build(_fhir(x, pt, dob, ids))


def _mb_audiology(x: _X) -> Note:
    x.d0 = _weekday(x.d0)
    pt = x.pat(middle=True)
    dob, _ = x.dob(40, 80)
    phin = x.dig(9, "0123456789")
    reg = x.dig(6)
    spouse = x.kin(pt, sex="F" if pt.sex == "M" else "M")
    ent, aud = x.staff(), x.staff()
    s, c, pc = x.ca_addr("MB")
    d = x.d0
    rt, lt = x.n(45, 65), x.n(10, 25)
    b = NoteBuilder()
    b.t("DIAGNOSTIC AUDIOLOGY REPORT\n")
    b.t("Client: ").p("NAME", pt.fmL).t("   DOB: ").p("DATE", Mdy(dob)).t("\n")
    b.t("PHIN: ").p("ID", phin).t("   MB Health Reg #: ").p("ID", reg).t("\n")
    b.t("Address: ").p("ADDRESS", s).t(", ").p("ADDRESS", c).t(", MB ").p("ZIP", pc).t("\n")
    b.t("Referral: Dr. ").p("NAME", ent.full).t(" (Otolaryngology) - asymmetric hearing loss, ")
    b.t("R tinnitus.\nDate of assessment: ").p("DATE", MMdy(d)).t("\n\n")
    b.t("History: 8-month R-sided hearing loss, constant R tinnitus, occasional imbalance. ")
    b.p("NAME", spouse.first)
    b.t(f" notes {'he' if pt.sex == 'M' else 'she'} favours the left ear on ")
    b.t("the phone. No noise ")
    b.t("exposure history.\n")
    b.t("Otoscopy clear. Tympanometry Type A bilat; R acoustic reflexes absent.\n")
    b.t("PTA (0.5-4 kHz avg): R ").c(f"{rt} dB HL").t(", L ").c(f"{lt} dB HL").t("\n")
    b.t("WRS: R ").c(f"{x.n(36, 60)}% at 85 dB HL").t(", L ").c("96% at 55 dB HL").t("\n")
    b.t("Impression: asymmetric sensorineural hearing loss, right, with poor word ")
    b.t("recognition - retrocochlear cause not excluded. MRI IAC recommended.\n")
    b.t("Audiologist: ").p("NAME", aud.full).t(", M.Sc., Aud(C), Reg. Audiologist  ")
    b.p("PHONE", x.ca_ph("204")).t(" ext ").p("PHONE", x.ext(4)).t("\n")
    return b.build(_fhir(x, pt, dob, [("phin", phin), ("mb-reg", reg)], addr=_caa(s, c, "MB", pc)))


def _ca_inr_log(x: _X) -> Note:
    d = _weekday(x.d0)
    n = 4
    pts = [x.pat(middle=False, faker=0.15) for _ in range(n)]
    dobs = [x.dob(55, 92)[0] for _ in range(n)]
    ohips = [x.ohip() for _ in range(n)]
    rph = x.staff()
    gp = x.staff()
    b = NoteBuilder()
    b.t("ANTICOAGULATION CLINIC - POINT-OF-CARE INR LOG (pharmacist-led)\n")
    b.t(wd(d) + " ").p("DATE", iso(d)).t("   Pharmacist: ").p("NAME", rph.full).t(", RPh\n")
    b.t("Meter QC: level 1 / level 2 PASS 08:40\n\n")
    b.t("Time | Patient | OHIP | INR | Target | Plan | Next\n")
    for i in range(n):
        inr = round(x.r.uniform(1.6, 4.9), 1) if i else round(x.r.uniform(5.1, 6.8), 1)
        b.t(f"{9 + i}:{x.n(0, 5)}5 | ").p("NAME", pts[i].LF).t(" | ").p("ID", ohips[i]).t(" | ")
        b.c(f"{inr}").t(" | 2.0-3.0 | ")
        if i == 0:
            b.t("hold x2, then ").c("warfarin 4 mg daily").t(" (was ").c("5 mg").t(")")
        else:
            b.c(x.ch(["no change", "warfarin 5 mg daily", "warfarin 2.5/5 mg alt days",
                      "+10% weekly dose"]))
        b.t(" | ").p("DATE", Md(d + timedelta(days=x.n(3, 28)))).t("\n")
    b.t("\nNotes: ").p("NAME", pts[0].last).t(" - INR > 5, no bleeding; started ")
    b.c("clarithromycin 500 mg bid").t(" at a walk-in clinic ").p("DATE", Md(d - timedelta(days=4)))
    b.t(". Phoned family physician Dr. ").p("NAME", gp.full).t(" (").p("PHONE", x.ca_ph())
    b.t(") - agrees. Patient DOB ").p("DATE", Mdy(dobs[0])).t(" given bleeding precautions.\n")
    return b.build(_fhir(x, pts[0], dobs[0], [("ohip", ohips[0].replace("-", ""))]))


# ------------------------------------------------------------------ Ireland (4)

def _iea(s: str, t: str, pc: str) -> dict[str, Any]:
    return {"line": [s], "city": t, "postalCode": pc, "country": "IE"}


def _ie_cytology(x: _X) -> Note:
    pt = x.pat(middle=False, faker=0.1)
    dob, _ = x.dob(45, 88)
    mrn = x.dig(7, "0123456789")
    cons, spr, path = x.staff(), x.staff(), x.staff()
    rose = x.staff(ini=True)
    d = x.d0
    rep = d + timedelta(days=2)
    lab = f"C{d.year % 100}/{x.dig(5, '0123456789')}"
    tps = x.ch([1, 5, 30, 60, 80])
    b = NoteBuilder()
    b.t("CYTOPATHOLOGY REPORT\n")
    b.t("Lab No: ").p("ID", lab).t("   MRN: ").p("ID", mrn).t("\n")
    b.t("Name: ").p("NAME", pt.fL).t("   DOB: ").p("DATE", dot(dob)).t("\n")
    b.t("Consultant: Dr ").p("NAME", cons.i_L).t(" (Respiratory)   Received: ").p("DATE", dot(d))
    b.t("\nSpecimen: EBUS-TBNA, stations 7 and 4R (3 passes each). ROSE: adequate (")
    b.p("NAME", rose.ini).t(").\n")
    b.t("Clinical details: ").c(f"{x.n(25, 48)} mm").t(" LLL mass, PET-avid subcarinal nodes, ")
    b.t("ex-smoker ").c(f"{x.n(20, 60)} pack-years").t(".\n\n")
    b.t("MICROSCOPY: cellular aspirates with clusters of malignant epithelial cells with ")
    b.t("nuclear pleomorphism and intracytoplasmic mucin, background lymphocytes.\n")
    b.t("IHC (cell block): TTF-1 +, napsin A +, p40 -, CK7 +.\n")
    b.t("DIAGNOSIS: station 7 and 4R - POSITIVE for metastatic adenocarcinoma, lung primary.\n")
    b.t("PD-L1 (22C3) TPS ").c(f"{tps}%")
    b.t(". Cell block sent for NGS (EGFR, ALK, ROS1, KRAS).\n\n")
    b.t("Phoned to Dr ").p("NAME", spr.full).t(" (SpR) ").p("DATE", dot2(rep))
    b.t(" 12:30, read back.\n")
    b.t("Reported by Dr ").p("NAME", path.full).t(", Consultant Cytopathologist, MCRN ")
    b.p("ID", x.dig(6, "0123456789")).t("   Authorised ").p("DATE", dmy(rep)).t("\n")
    b.t("For Lung MDM ").p("DATE", ordofM(rep + timedelta(days=x.n(2, 6)))).t(".\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


def _ie_haemovigilance(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(30, 89, old=0.2)
    mrn = x.dig(7, "0123456789")
    cnm, hvo, hca, rn = x.staff(), x.staff(), x.staff(), x.staff()
    d = x.d0
    iss = d - timedelta(days=x.n(3, 6))
    due = _weekday(d + timedelta(days=4))
    b = NoteBuilder()
    b.t("HAEMOVIGILANCE - TRACEABILITY REMINDER (fate of unit not confirmed)\n")
    b.t("To: CNM2 ").p("NAME", cnm.full).t(", St Brigid's Ward\nFrom: ").p("NAME", hvo.full)
    b.t(", Haemovigilance Officer, ext ").p("PHONE", x.ext(4)).t("\nDate: ")
    b.p("DATE", ordMy(d)).t("\n\n")
    b.t("Re: ").p("NAME", pt.LF).t("   MRN ").p("ID", mrn).t("   DOB ").p("DATE", dmy(dob))
    b.t("\n\n")
    b.t("The following component(s) were issued but the traceability label has not been ")
    b.t("returned to the Blood Transfusion Laboratory:\n")
    b.t("  Donation no ").p("ID", x.din("G")).t("  Red cells ").c(f"{x.n(250, 300)} mL")
    b.t("  issued ").p("DATE", dmy(iss)).t(" 14:10, collected by ").p("NAME", hca.full)
    b.t(" (HCA)\n")
    if x.p(0.5):
        b.t("  Donation no ").p("ID", x.din("G")).t("  Platelets (pooled) ").c("1 adult dose")
        b.t("  issued ").p("DATE", dmy(iss)).t(" 19:45\n")
    b.t("\nThe drug chart records the transfusion as given by ").p("NAME", rn.first)
    b.t(" (surname not legible). Please confirm the fate of each unit (transfused / returned / ")
    b.t(f"discarded), sign the tag and return it by {wday(due)} ").p("DATE", ordM(due)).t(".\n")
    b.t("100% traceability is a legal requirement. Queries: ").p("PHONE", x.ie_land()).t(" or ")
    b.p("EMAIL", f"{hvo.user}@hse.ie").t("\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


def _ie_genetics_letter(x: _X) -> Note:
    x.d0 = _weekday(x.d0)
    pt = x.pat(middle=False)
    dob, _ = x.dob(28, 65)
    mrn = x.dig(7, "0123456789")
    ppsn = x.ppsn()
    s, t, county, pc = x.ie_addr()
    gp = x.staff(group="irish")
    gs, gt, gcounty, gpc = x.ie_addr()
    cg, gc = x.staff(), x.staff(sex="F")
    son = x.kin(pt, sex="M")
    dau = x.kin(pt, sex="F")
    sib = x.kin(pt)
    d = x.d0
    res = d - timedelta(days=x.n(5, 14))
    b = NoteBuilder()
    b.t("DEPARTMENT OF CLINICAL GENETICS\n\n").p("DATE", dMMy(d)).t("\n\n")
    b.t("Dr ").p("NAME", gp.full).t("\n").p("ADDRESS", gs).t("\n").p("ADDRESS", gt).t("\n")
    if gcounty:
        b.t(gcounty + "\n")
    b.p("ZIP", gpc).t("\n\n")
    b.t("Re: ").t(pt.mr + " ").p("NAME", pt.full).t(", DOB ").p("DATE", dot(dob)).t(", MRN ")
    b.p("ID", mrn).t(", PPSN ").p("SSN", ppsn).t("\n").p("ADDRESS", s).t(", ").p("ADDRESS", t)
    b.t(", ").t(f"{county}, " if county else "").p("ZIP", pc).t("\n\n")
    b.t("Dear Dr ").p("NAME", gp.last).t(",\n\n")
    b.t(f"I reviewed {pt.mr} ").p("NAME", pt.last).t(" in clinic today with genetic counsellor ")
    b.p("NAME", gc.full).t(". Familial hypercholesterolaemia panel (result ").p("DATE", dot(res))
    b.t("): heterozygous pathogenic LDLR variant ").c("c.681C>G (p.Asp227Glu)").t(". Untreated ")
    b.t("LDL-C ").c(f"{x.r.uniform(5.6, 8.4):.1f} mmol/L").t("; now on ").c("atorvastatin 80 mg")
    b.t(" + ").c("ezetimibe 10 mg").t(", LDL-C ").c(f"{x.r.uniform(2.2, 3.4):.1f}").t(".\n\n")
    b.t("Cascade testing is recommended for first-degree relatives: son ").p("NAME", son.first)
    b.t(" and daughter ").p("NAME", dau.full).t(" (children should have a lipid profile from ")
    b.t("age 5-10), and ").p("NAME", sib.full).t(" who lives in ")
    b.p("ADDRESS", x.place(_IE_TOWNS)[0]).t(". We will send family letters.\n\n")
    b.t("Yours sincerely,\nDr ").p("NAME", cg.full).t(", Consultant Clinical Geneticist\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn), ("ppsn", ppsn)], addr=_iea(s, t, pc)))


def _ie_cpe_contacts(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(60, 89, old=0.2)
    mrn = x.dig(7, "0123456789")
    d = x.d0
    det = d - timedelta(days=2)
    n = x.n(3, 5)
    cs = [x.pat(middle=False, faker=0.1) for _ in range(n)]
    cds = [x.dob(55, 89, old=0.3) for _ in range(n)]
    cm = [x.dig(7, "0123456789") for _ in range(n)]
    cnm, gp = x.staff(), x.staff(group="irish")
    gtown = x.place(_IE_TOWNS)[0]
    b = NoteBuilder()
    b.t("CPE CONTACT TRACING - ST JOSEPH'S WARD (Bay 3)\n")
    b.t("Index: ").p("NAME", pt.LF).t("  MRN ").p("ID", mrn).t("  DOB ").p("DATE", dot(dob))
    b.t("\nCPE (OXA-48) detected, rectal swab ").p("DATE", dot2(det)).t(". Isolated in SR 12.\n")
    b.t("Exposure period: shared bay ").p("DATE", dm(det - timedelta(days=6))).t(" - ")
    b.p("DATE", dm(det)).t("\n\n")
    b.t("Contact | MRN | DOB | Age | Location now | Screen 1 | 2 | 3\n")
    for i in range(n):
        dd, ag = cds[i]
        b.p("NAME", cs[i].LF).t(" | ").p("ID", cm[i]).t(" | ").p("DATE", dot(dd)).t(" | ")
        _age(b, ag).t(" | ")
        if i == n - 1:
            b.t("DISCHARGED home | not done | - | -\n")
        else:
            b.t(x.ch(["Bay 3", "SR 9", "Ward 2B", "Bay 3"])).t(" | ").c("neg").t(" | ")
            b.t(x.ch(["neg", "pending"])).t(" | pending\n")
    b.t("\nDischarged contact: letter sent to GP Dr ").p("NAME", gp.full).t(", ")
    b.p("ADDRESS", gtown).t(", re flag + screen on any readmission.\n")
    b.t("Weekly point-prevalence screen of ward from ").p("DATE", dMMy(d)).t(".\n")
    b.t("IPC: ").p("NAME", cnm.full).t(", CNM2 IPC, bleep ").p("PHONE", x.ext(3)).t(", ")
    b.p("EMAIL", f"{cnm.user}@hse.ie").t("\n")
    return b.build(_fhir(x, pt, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------ New Zealand (3)

def _nza(s: str, sub: str, city: str, pc: str) -> dict[str, Any]:
    return {"line": [s, sub], "city": city, "postalCode": pc, "country": "NZ"}


def _nz_afterhours_critical(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, age = x.dob(55, 89, old=0.25)
    nhi = x.nhi()
    s, sub, city, pc = x.nz_addr()
    ph = x.nz_land()
    gp, ah, path, dau = x.staff(), x.staff(), x.staff(), x.kin(pt, sex="F", same=x.p(0.5))
    mls = x.staff(ini=True)
    d = x.d0
    b = NoteBuilder()
    b.t("AFTER-HOURS CRITICAL RESULT - CALL LOG\n")
    b.t(wd(d) + " ").p("DATE", dmy(d)).t("   Pathologist on call: Dr ").p("NAME", path.full)
    b.t("\n\n")
    b.t("Patient: ").p("NAME", pt.fL).t("   NHI ").p("ID", nhi).t("   DOB ").p("DATE", dmy_s4(dob))
    b.t(" (")
    _age(b, age).t("y)\nAddress: ").p("ADDRESS", s).t(", ").p("ADDRESS", sub).t(", ")
    b.p("ADDRESS", city).t(" ").p("ZIP", pc).t("   Ph ").p("PHONE", ph).t("\n")
    b.t("Requester: Dr ").p("NAME", gp.iL).t(", Kōwhai Medical Centre (closed until Monday)\n")
    inr = round(x.r.uniform(8.1, 11.5), 1)
    b.t("Result: INR ").c(f"{inr}").t(" (on ").c("warfarin").t("; prev ")
    b.c(f"{x.r.uniform(2.1, 3.2):.1f}")
    b.t(" ").p("DATE", dm(d - timedelta(days=14))).t("). Hb ").c(f"{x.n(104, 128)} g/L").t(".\n\n")
    b.t("16:40 practice phone -> message redirects to after-hours clinic.\n")
    b.t("16:46 spoke to Dr ").p("NAME", ah.full).t(" (after-hours GP) - will contact patient.\n")
    b.t("17:20 Dr ").p("NAME", ah.last).t(" called back: no answer at home; daughter ")
    b.p("NAME", dau.full).t(" reached on ").p("PHONE", x.nz_mob()).t(" - patient well, no ")
    b.t("bleeding. Advised hold warfarin, ").c("vitamin K 2 mg oral").t(" given at clinic, ")
    b.t("repeat INR Monday.\nRead back: yes. Logged by ").p("NAME", mls.ini).t(" (MLS)\n")
    return b.build(_fhir(x, pt, dob, [("nhi", nhi)], phone=ph, addr=_nza(s, sub, city, pc)))


def _nz_sleep_study(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(30, 75)
    nhi = x.nhi()
    wh = x.kin(pt, sex="F" if pt.sex == "M" else "M", same=x.p(0.6))
    gp, phys, smo = x.staff(), x.staff(), x.staff()
    d = x.d0
    ahi = round(x.r.uniform(15, 70), 1)
    b = NoteBuilder()
    b.t("RESPIRATORY & SLEEP SERVICE - LEVEL 3 HOME SLEEP STUDY\n")
    b.t("Name: ").p("NAME", pt.LF)
    if x.p(0.5):
        b.t(' ("').p("NAME", x.nick(pt)).t('")')
    b.t("   NHI: ").p("ID", nhi).t("   DOB: ").p("DATE", dmy(dob))
    b.t("\nStudy: night of ").p("DATE", dMy(d)).t("   Referrer: Dr ").p("NAME", gp.full)
    b.t(" (GP)\n\n")
    b.t("Background: loud snoring, witnessed pauses (").p("NAME", wh.first).t("), falls asleep ")
    b.t("driving truck. ESS ").c(f"{x.n(12, 20)}/24").t(". BMI ").c(f"{x.n(32, 48)}").t(".\n")
    b.t("Results: AHI ").c(f"{ahi}/h").t(", ODI ").c(f"{ahi * 0.9:.1f}/h").t(", mean SpO2 ")
    b.c(f"{x.n(89, 94)}%").t(", nadir ").c(f"{x.n(65, 82)}%").t(", time <90% ")
    b.c(f"{x.n(5, 35)}%").t(".\n")
    b.t("Impression: severe OSA with significant nocturnal hypoxaemia. Commercial driver - ")
    b.t("advised not to drive until treated (NZTA guidance discussed with ")
    b.p("NAME", pt.first).t(" and whānau).\n")
    b.t("Plan: urgent APAP trial ").c("6-16 cmH2O").t(", CPAP funding application, review in ")
    b.t("sleep clinic ").p("DATE", dM(d + timedelta(days=x.n(21, 35)))).t(".\n")
    b.t("Sleep physiologist: ").p("NAME", phys.full).t("   SMO: Dr ").p("NAME", smo.full)
    b.t("   Ph ").p("PHONE", x.nz_land()).t("\n")
    return b.build(_fhir(x, pt, dob, [("nhi", nhi)]))


def _nz_mri_acc(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(16, 60)
    nhi = x.nhi()
    physio, rad, ortho = x.staff(), x.staff(), x.staff()
    d = x.d0
    inj = d - timedelta(days=x.n(10, 40))
    claim = x.ch("ABCDFHJKLMPRT") + x.ch("ABCDFHJKLMPRT") + x.dig(5, "0123456789")
    b = NoteBuilder()
    b.t("MRI RIGHT KNEE\n")
    b.t("Patient: ").p("NAME", pt.LF).t("   NHI ").p("ID", nhi).t("   DOB ").p("DATE", dmy(dob))
    b.t("\nACC claim: ").p("ID", claim).t("   Date of injury: ").p("DATE", dmy_s(inj)).t("\n")
    b.t("Referrer: ").p("NAME", physio.full).t(" (physiotherapist, ACC direct referral)\n")
    b.t("Date: ").p("DATE", dMy(d)).t("\n")
    b.t(f"Clinical: twisting injury at {x.ch(['netball', 'rugby', 'touch', 'football'])}, ")
    b.t("effusion, positive Lachman.\n\n")
    b.t("Findings: complete tear of the ACL mid-substance. Bone bruising lateral femoral condyle ")
    b.t("and posterolateral tibial plateau. Vertical tear posterior horn medial meniscus ")
    b.c(f"{x.n(8, 16)} mm").t(". MCL grade 1 sprain. Moderate effusion.\n")
    b.t("Conclusion: complete ACL rupture with a medial meniscal tear (ramp lesion likely).\n\n")
    b.t("Discussed with ").p("NAME", physio.first).t(" 16:30 ").p("DATE", dm(d))
    b.t("; orthopaedic referral to Mr ").p("NAME", ortho.last).t(" recommended.\n")
    b.t("Radiologist: Dr ").p("NAME", rad.full).t(" FRANZCR\n")
    return b.build(_fhir(x, pt, dob, [("nhi", nhi), ("acc-claim", claim)]))


# ----------------------------------------------------- Singapore, Nigeria, Pakistan, Fiji (4)

_SG_STREETS = [("Bedok North Ave 2", "46"), ("Jurong West St 42", "64"), ("Tampines St 81", "52"),
               ("Woodlands Dr 14", "73"), ("Hougang Ave 8", "53"), ("Sengkang East Way", "54"),
               ("Bukit Batok West Ave 6", "65"), ("Toa Payoh Lor 1", "31"),
               ("Pasir Ris Dr 6", "51"), ("Choa Chu Kang Ave 4", "68"), ("Yishun St 61", "76")]


def _sg_name(b: NoteBuilder, p: _P) -> NoteBuilder:
    if p.group == "sg_chinese":
        return b.p("NAME", f"{p.last.upper()} {p.first}")
    if p.group == "malay":
        return b.p("NAME", f"{p.first} {'bin' if p.sex == 'M' else 'binti'} {p.last}")
    return b.p("NAME", p.first).t(" s/o " if p.sex == "M" else " d/o ").p("NAME", p.last)


def _sg_dengue_notification(x: _X) -> Note:
    pt = x.pat(middle=False, faker=0.0)
    dob, _ = x.dob(20, 70)
    nric = x.nric(x.ch("ST") if dob.year >= 2000 else "S")
    street, sector = x.ch(_SG_STREETS)
    blk = x.n(101, 899)
    unit = f"#{x.n(2, 16):02d}-{x.n(10, 480)}"
    pc = f"{sector}{blk:04d}"
    mob = f"+65 {x.ch('89')}{x.dig(3, '0123456789')} {x.dig(4, '0123456789')}"
    spouse = x.person(group=pt.group, sex="F" if pt.sex == "M" else "M")
    doc = x.staff()
    d = x.d0
    onset = d - timedelta(days=x.n(3, 5))
    adm = d - timedelta(days=1)
    sub = x.dt(d, 15, 18)
    ip = f"203.{x.n(116, 127)}.{x.n(0, 255)}.{x.n(2, 254)}"
    mcr = "M" + x.dig(5, "0123456789") + x.ch("ABCDEFGHJ")
    b = NoteBuilder()
    b.t("NOTIFICATION OF INFECTIOUS DISEASE - DENGUE FEVER\n")
    b.t("Notification ID: ").p("ID", f"N{d.year}-{x.dig(7, '0123456789')}").t("   Submitted ")
    b.p("DATE", isodt(sub, True)).t(" from ").p("IP", ip).t("\n\n")
    b.t("Patient: ")
    _sg_name(b, pt).t("   NRIC: ").p("ID", nric).t("   DOB: ").p("DATE", dmy(dob)).t("   Sex: ")
    b.t(pt.sex).t("\nResidential address: ").p("ADDRESS", f"Blk {blk} {street} {unit}")
    b.t(", Singapore ").p("ZIP", pc).t("\nContact: ").p("PHONE", mob)
    b.t("   Occupation: food delivery rider\n")
    b.t("Onset: ").p("DATE", dmy(onset)).t("   Admitted: ").p("DATE", cmp(adm)).t(", Ward 56\n")
    b.t("Lab: Dengue NS1 Ag POSITIVE (").p("DATE", dmy(d)).t("), IgM negative; platelets ")
    b.c(f"{x.n(40, 95)} x10^9/L").t(", Hct ").c(f"{x.n(42, 49)}%").t(", ALT ")
    b.c(f"{x.n(60, 240)} U/L")
    b.t("\nTravel in last 14 days: nil. Household members with fever: ")
    _sg_name(b, spouse).t(" (spouse) - advised to see GP.\n")
    b.t("Other addresses frequented (day): workplace hub, ").p("ADDRESS", x.ch(["Ubi Ave 1",
                                                                                "Kallang Way 3",
                                                                                "Tai Seng St"]))
    b.t(".\nNotifying doctor: Dr ")
    _sg_name(b, doc).t(" (MCR ").p("ID", mcr).t("), Infectious Diseases, tel ")
    b.p("PHONE", f"6{x.dig(3, '0123456789')} {x.dig(4, '0123456789')}").t("\n")
    addr = {"line": [f"Blk {blk} {street} {unit}"], "postalCode": pc, "country": "SG"}
    return b.build(_fhir(x, pt, dob, [("nric", nric)], phone=mob, addr=addr))


def _ng_phone(x: _X) -> str:
    pre = x.ch(["0803", "0806", "0813", "0703", "0805", "0807", "0816", "0909"])
    if x.p(0.25):
        return f"+234 {pre[1:]} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}"
    return f"{pre} {x.dig(3, '0123456789')} {x.dig(4, '0123456789')}"


def _ng_replacement_donors(x: _X) -> Note:
    pt = x.pat(sex="F", middle=False)
    dob, _ = x.dob(25, 55)
    hosp = f"UCH/{x.dig(6, '0123456789')}"
    area, city, pc = x.ch([("Bodija", "Ibadan", "200284"), ("Mokola", "Ibadan", "200285"),
                           ("Surulere", "Lagos", "101283"), ("Yaba", "Lagos", "101245"),
                           ("Agodi", "Ibadan", "200261")])
    street = f"No {x.n(1, 60)}, {x.ch(['Adeola', 'Akinwale', 'Oyo', 'Bamgbose', 'Aroloya'])} Street"
    hub = x.kin(pt, sex="M", same=True)
    bro = x.person(group=pt.group, sex="M")
    fr = x.person(group=x.ch(["yoruba", "igbo", "hausa"]))
    mls, hr = x.staff(), x.staff()
    d = x.d0
    b = NoteBuilder()
    b.t("BLOOD BANK - FAMILY REPLACEMENT DONOR RECORD\n")
    b.t("Patient: ").t("Mrs ").p("NAME", pt.fL).t("   DOB: ").p("DATE", dash(dob))
    b.t("   Hosp No: ").p("ID", hosp)
    b.t("   Ward: Gynae\n")
    b.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city)
    b.t(" ").p("ZIP", pc).t("\n")
    b.t("Request: 2 units whole blood for myomectomy on ").p("DATE", dMM(d + timedelta(days=2)))
    b.t(". Patient group ").c("O Rh(D) positive").t(", PCV ").c(f"{x.n(27, 33)}%").t(".\n\n")
    b.t("Donor | Relationship | Phone | Donor No | HBsAg | HCV | HIV | VDRL | PCV | Outcome\n")
    rows = [(hub, "husband", "Accepted - bled 450 mL"),
            (bro, "brother", "DEFERRED - HBsAg reactive"),
            (fr, "friend (church)", "Accepted - bled 450 mL")]
    for p, rel, out in rows:
        hbs = "R" if "HBsAg" in out else "NR"
        b.p("NAME", p.full).t(f" | {rel} | ").p("PHONE", _ng_phone(x)).t(" | ")
        b.p("ID", f"D/{d.year % 100}/{x.dig(4, '0123456789')}").t(" | ").c(hbs).t(" | ").c("NR")
        b.t(" | ").c("NR").t(" | ").c("NR").t(" | ").c(f"{x.n(40, 48)}%").t(" | ").t(out).t("\n")
    b.t("\nDeferred donor counselled in private by ").p("NAME", hr.full).t(" and referred to the ")
    b.t("hepatitis clinic; result not disclosed to the family.\n")
    b.t("Units crossmatched ").p("DATE", dmy(d)).t(". Bled and screened by ").p("NAME", mls.full)
    b.t(" (MLS).\n")
    addr = {"line": [street, area], "city": city, "postalCode": pc, "country": "NG"}
    return b.build(_fhir(x, pt, dob, [("hosp", hosp)], phone=_ng_phone(x), addr=addr))


def _pk_lab_report(x: _X) -> Note:
    pt = x.pat(sex="M", middle=False)
    fa = x.kin(pt, sex="M")
    dob, age = x.dob(20, 60)
    d = x.d0
    mr = f"{d.year % 100}{d.month:02d}-{x.dig(5, '0123456789')}"
    cnic = f"{x.ch(['35202', '37405', '42101', '61101'])}-{x.dig(7, '0123456789')}-{x.ch('13579')}"
    mob = f"03{x.n(0, 49):02d}-{x.dig(7, '0123456789')}"
    area, city, pc = x.ch([("Gulberg III", "Lahore", "54660"), ("Model Town", "Lahore", "54700"),
                           ("Satellite Town", "Rawalpindi", "46300"),
                           ("Gulshan-e-Iqbal", "Karachi", "75300"),
                           ("G-9/2", "Islamabad", "44090")])
    house = f"House No. {x.n(1, 480)}, Street {x.n(1, 40)}"
    refd, path, tech = x.staff(), x.staff(), x.staff()
    b = NoteBuilder()
    b.t("DIAGNOSTIC LABORATORY REPORT\n")
    b.t("MR No: ").p("ID", mr).t("   Patient: ").t("Mr. ").p("NAME", pt.full).t(" S/O ")
    b.p("NAME", fa.full).t("\nAge/Sex: ").t(f"{age}Y/M").t("   CNIC: ").p("ID", cnic)
    b.t("   Contact: ")
    b.p("PHONE", mob).t("\nAddress: ").p("ADDRESS", house).t(", ").p("ADDRESS", area).t(", ")
    b.p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    b.t("Ref. By: Dr. ").p("NAME", refd.full).t(" (MBBS, FCPS)\n")
    b.t("Sample collected: ").p("DATE", dMony(d)).t(" 09:14   Reported: ").p("DATE", dMONy(d))
    b.t(" 18:40\n\n")
    b.t("HAEMATOLOGY\n  Hb ").c(f"{x.r.uniform(12.5, 16):.1f} g/dL").t("  TLC ")
    b.c(f"{x.r.uniform(2.1, 3.8):.1f} x10^9/L").t("  Platelets ").c(f"{x.n(18, 45)} x10^9/L")
    b.t(" (CRITICAL)  HCT ").c(f"{x.n(44, 52)}%").t("\n")
    b.t("SEROLOGY\n  Dengue NS1 Ag: ").c("POSITIVE").t("   Dengue IgM: ").c("Negative").t("\n")
    b.t("  Anti-HCV (CMIA): ").c(f"Reactive (S/CO {x.r.uniform(8, 14):.2f})")
    b.t(" - HCV RNA PCR advised\n\n")
    b.t("Critical platelet count communicated to Dr. ").p("NAME", refd.last).t(" on ")
    b.p("PHONE", f"03{x.n(0, 49):02d}-{x.dig(7, '0123456789')}").t(" at 19:05; read back.\n")
    b.t("Technologist: ").p("NAME", tech.full).t("   Verified by: Dr. ").p("NAME", path.full)
    b.t(", Consultant Pathologist\n")
    addr = {"line": [house, area], "city": city, "postalCode": pc, "country": "PK"}
    return b.build(_fhir(x, pt, dob, [("mr", mr), ("cnic", cnic)], phone=mob, addr=addr))


def _fj_typhoid(x: _X) -> Note:
    pt = x.pat(middle=False)
    dob, _ = x.dob(18, 65)
    hosp = f"CWM {x.dig(6, '0123456789')}"
    vill, dist = x.ch([("Naduruloulou", "Naitasiri"), ("Lomaivuna", "Naitasiri"),
                       ("Nakasi", "Nasinu"), ("Wainibuku", "Nasinu"), ("Vunidawa", "Naitasiri"),
                       ("Navua", "Serua"), ("Nausori", "Tailevu")])
    mob = f"+679 {x.ch('79')}{x.dig(2, '0123456789')} {x.dig(4, '0123456789')}"
    wife = x.kin(pt, sex="F" if pt.sex == "M" else "M")
    kid = x.kin(pt)
    nb = x.pat(middle=False, faker=0.0)
    hi, mo = x.staff(), x.staff()
    d = x.d0
    onset = d - timedelta(days=x.n(6, 10))
    b = NoteBuilder()
    b.t("TYPHOID FEVER - CASE INVESTIGATION & CONTACT TRACING\n")
    b.t("Case: ").p("NAME", pt.full).t("   DOB ").p("DATE", dmy(dob)).t("   Hosp No ").p("ID", hosp)
    b.t("\nAddress: ").p("ADDRESS", vill).t(f" settlement, {dist}   Ph ").p("PHONE", mob).t("\n")
    b.t("Lab: blood culture ").p("DATE", dmy(d)).t(" - Salmonella Typhi isolated; ceftriaxone S, ")
    b.t("azithromycin S, ciprofloxacin I (nalidixic acid R).\n")
    b.t("Onset: fever ").p("DATE", dm(onset)).t(", headache, abdominal pain. Treated ")
    b.c("ceftriaxone 2 g IV daily").t(" then ").c("azithromycin 1 g daily").t(".\n")
    b.t("Occupation: food handler, school canteen - EXCLUDED until 3 negative stools.\n")
    b.t("Water source: creek + rainwater tank (untreated). Pit latrine shared with neighbour ")
    b.p("NAME", nb.full).t(".\n\n")
    b.t("Contacts:\n  ").p("NAME", wife.first).t(" (spouse) - stool sent ").p("DATE", dm(d))
    b.t("\n  ").p("NAME", kid.full).t(" (child, ").t(str(x.n(4, 12)))
    b.t(") - afebrile, stool sent\n")
    b.t("  ").p("NAME", nb.first).t(" (neighbour) - fever 3/7, referred to health centre\n")
    b.t("Investigating officer: ").p("NAME", hi.full).t(" (Health Inspector)   MO: Dr ")
    b.p("NAME", mo.full).t("\n")
    addr = {"line": [vill], "district": dist, "country": "FJ"}
    return b.build(_fhir(x, pt, dob, [("hosp", hosp.replace(" ", ""))], phone=mob, addr=addr))


# ------------------------------------------------------------------ registry

TEMPLATES: list[tuple[str, str, Callable[[_X], Note]]] = [
    ("uk_biochem_phoned", "UK", _uk_biochem_phoned),
    ("uk_blood_culture", "UK", _uk_blood_culture),
    ("uk_histopath", "UK", _uk_histopath),
    ("uk_radiology_alert", "UK", _uk_radiology_alert),
    ("uk_transfusion_antibody", "UK", _uk_transfusion_antibody),
    ("uk_cd_discrepancy", "UK", _uk_cd_discrepancy),
    ("uk_outbreak_line_list", "UK", _uk_outbreak_line_list),
    ("uk_specimen_rejection", "UK", _uk_specimen_rejection),
    ("uk_bloodspot_letter", "UK", _uk_bloodspot_letter),
    ("uk_courier_query", "UK", _uk_courier_query),
    ("sco_sleep_study", "SCO", _sco_sleep_study),
    ("wal_audiology", "WAL", _wal_audiology),
    ("us_critical_call", "US", _us_critical_call),
    ("us_surg_path", "US", _us_surg_path),
    ("us_radiology_cta", "US", _us_radiology_cta),
    ("us_transfusion_reaction", "US", _us_transfusion_reaction),
    ("us_vanco_consult", "US", _us_vanco_consult),
    ("us_adc_discrepancy", "US", _us_adc_discrepancy),
    ("us_sendout_requisition", "US", _us_sendout_requisition),
    ("us_tb_contacts", "US", _us_tb_contacts),
    ("us_psg", "US", _us_psg),
    ("us_genetics_letter", "US", _us_genetics_letter),
    ("au_micro_mrsa", "AU", _au_micro_mrsa),
    ("au_doppler_phoned", "AU", _au_doppler_phoned),
    ("au_mtp_log", "AU", _au_mtp_log),
    ("au_measles_contacts", "AU", _au_measles_contacts),
    ("au_poct_log", "AU", _au_poct_log),
    ("au_clozapine", "AU", _au_clozapine),
    ("ca_cdiff_ipac", "CA", _ca_cdiff_ipac),
    ("ca_bc_nbs_letter", "CA", _ca_bc_nbs_letter),
    ("ca_ab_transport_incident", "CA", _ca_ab_transport_incident),
    ("qc_radiology", "QC", _qc_radiology),
    ("mb_audiology", "CA", _mb_audiology),
    ("ca_inr_log", "CA", _ca_inr_log),
    ("ie_cytology", "IE", _ie_cytology),
    ("ie_haemovigilance", "IE", _ie_haemovigilance),
    ("ie_genetics_letter", "IE", _ie_genetics_letter),
    ("ie_cpe_contacts", "IE", _ie_cpe_contacts),
    ("nz_afterhours_critical", "NZ", _nz_afterhours_critical),
    ("nz_sleep_study", "NZ", _nz_sleep_study),
    ("nz_mri_acc", "NZ", _nz_mri_acc),
    ("sg_dengue_notification", "SG", _sg_dengue_notification),
    ("ng_replacement_donors", "NG", _ng_replacement_donors),
    ("pk_lab_report", "PK", _pk_lab_report),
    ("fj_typhoid", "FJ", _fj_typhoid),
]

_WORD = r"(?<![A-Za-z0-9]){}(?![A-Za-z0-9])"


def _problems(note: Note) -> list[str]:
    """Labelling faults: overlaps, untrimmed spans, and labelled strings that recur unlabelled."""
    out: list[str] = []
    text = note.text
    spans = sorted([(s, e) for s, e, _ in note.phi] + list(note.clinical))
    for (_s1, e1), (s2, _e2) in pairwise(spans):
        if s2 < e1:
            out.append(f"overlap at {s2}")
    covered = bytearray(len(text))
    for s, e, _ in note.phi:
        covered[s:e] = b"\x01" * (e - s)
        frag = text[s:e]
        if not frag or frag != frag.strip():
            out.append(f"untrimmed {frag!r}")
    seen: set[str] = set()
    for s, e, kind in note.phi:
        frag = text[s:e]
        cands = {frag}
        if kind == "NAME":
            cands |= {t for t in re.split(r"[\s,./()\"]+", frag) if len(t) >= 2}
        for c in cands:
            if c in seen or kind == "AGE":
                continue
            seen.add(c)
            short = len(c) < 3 or (len(c) == 3 and c.isupper())
            flags = 0 if short else re.IGNORECASE
            for m in re.finditer(_WORD.format(re.escape(c)), text, flags):
                if not all(covered[m.start():m.end()]):
                    out.append(f"unlabelled {kind} {c!r} at {m.start()}")
                    break
    return out


def _one(i: int) -> Note:
    name, region, fn = TEMPLATES[i % len(TEMPLATES)]
    for k in range(60):
        x = _X(58_000_003 + 7_919 * i + 104_729 * k, region)
        try:
            note = fn(x)
        except _Redraw:
            continue
        if not _problems(note):
            return note
    raise RuntimeError(f"template {name}: no clean draw for note {i}")


def generate(n: int) -> list[Note]:
    """``n`` labelled notes, the templates cycled in order; note ``i`` depends only on ``i``."""
    return [_one(i) for i in range(n)]
