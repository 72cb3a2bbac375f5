"""HELD-OUT v71 PHI corpus: written independently, before any round-71 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout67 / heldout68 / heldout69 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout69's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its helper section was seen - a listing command
also showed some of its name-group lines - but this file's name groups, word-like-name list,
places, phone and date formats are its own, and its check digits are re-implemented from the
published algorithms, several (NHI, BC PHN, PPSN) necessarily computing the same way); also a
listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and dev-dependency lines of
``pyproject.toml``, and the installed Faker name lists and ``english-words`` web2 list (used
offline to build ``BAD_NAMES``); the other held-out corpora being written at the same time were not
read; ruff check (not ruff format) was run on this file; the scrubber was never run on this corpus
- no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any
of its output looked at). Like v14-v69 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on SURGERY AND THEATRES: operation notes,
anaesthetic pre-assessment and charts (ASA grade, Mallampati, airway), consent forms, WHO checklist
sign-in / time-out records, theatre lists and session plans, implant and prosthesis logs (lot /
serial / catalogue numbers), day-surgery discharge letters, post-op ward round entries, surgical
site infection surveillance forms and endoscopy reports - in the United Kingdom (12: England 8,
Scotland 2, Wales 1, Northern Ireland 1), the United States (10), Australia (6: NSW, VIC, QLD, WA),
Canada (5: Ontario, British Columbia, Alberta, Nova Scotia), Ireland (4), New Zealand (3), India
(2), South Africa (1), Nigeria (1) and Hong Kong (1).

Templates, cycled in order (see ``TEMPLATES``, where the regions are interleaved). England (8):
laparoscopic cholecystectomy operation notes ("First LAST", hospital number, NHS number spaced,
unspaced or dashed "nnn-nnn-nnnn", "dd/mm/yy" DOB and operation date, an ultrasound "mm/yyyy", "Ms
/ Mr F Last (Consultant)", "Miss First Last (ST5)", "Dr F Last", the signature with a GMC number
(ID); ASA, CBD, pneumoperitoneum, bupivacaine, EBL and analgesia clinical); nurse-led
pre-assessment forms (separate "Surname:" in capitals and "Forename(s):" with a middle name as two
NAME spans, "dd.mm.yyyy" DOB, "d Month yyyy" clinic date, street with flat, town, postcode,
"(0xxxx)" landline and mobiles in "07xxx xxxxxx", "+44 (0)7xxx xxx xxx", "07xxxxxxxxx" and
"07xxx-xxx-xxx" forms, next of kin with "(wife)", "Dr F. Last" GP with the practice unlabelled,
"(Ms Last)" surgeon, the nurse's NMC PIN (ID); height, weight, BMI, obs, Mallampati, STOP-BANG,
doses, bloods, ECG and ASA clinical); theatre-system checklist audit trails (session date
"ddMONyyyy", "LAST, First", "ddMONyyyy" DOB, SIGN IN / TIME OUT / SIGN OUT lines naming surgeon,
assistant, anaesthetist, ODP, scrub and a runner's first name, count initials "AB / CD" as two NAME
spans, "Entered by:" a login built from the ODP's name (NAME) with the workstation name unlabelled
and its IP address (IP); co-amoxiclav, enoxaparin, CBG and epidural rates clinical); trauma /
hip-fracture lists ("Friday dd/mm" - weekday outside -, coordinator's 4-digit bleep, a column table
with "LAST First" (one span), hospital numbers and ages (>= 90 labelled), "dd/mm" apixaban dose
date, the son's full name and mobile; AMTS, Hb, Na and fluid rates clinical); hemiarthroplasty
implant record sheets ("LAST, First", "Age 91" (AGE), NHS number, scrub practitioner, a component
table in which serial numbers are ID while REF (catalogue) and LOT numbers stay unlabelled, sizes
and cement clinical, NJR reference (ID), sticker-check initials); day-surgery discharge letters to
the GP (weekday outside "d Month yyyy", the GP's name and practice address block - street, town,
postcode -, "Dear Dr Last", "Re: Mr First Last", "dd.mm.yyyy" DOB, the patient's address, the
wife's first name, wound check "dd/mm", sign-off "for Mr Last"; block, take-home doses and lifting
limit clinical); lower-case post-op ward round entries ("d/m" date, "mr last", "reg first", "fy1
first", the sticker "LAST, First", the daughter's lower-case first name and mobile, the FY1's full
name and bleep; obs, NEWS2, drain, fluid balance, bloods and doses clinical); SSI surveillance
day-30 follow-up forms ("dd.mm.yyyy" operation and discharge dates, unspaced NHS number, landline
called, surveillance nurse, practice nurse's first name, "Dr Last", "dd/mm" onset, SSISS record
number (ID) and the nurse's initials; flucloxacillin, ASA, duration, BMI and prophylaxis clinical).
Scotland (2): OGD reports ("FIRST LAST", CHI (from the DOB and sex), endoscopist and nurses, "Dr F
Last (GP)", lab number (ID), e-signature initials with "dd/mm"; Hb, ferritin, sedation, Prague and
LA grades, biopsy count and omeprazole clinical) and consent form 1 ("surname/family name" and
"first names" as two spans, "dth Month yyyy" DOB, street, town, postcode, "dd/mm/yy" signatures,
the confirming CT2; risk percentages and Hb clinical). Wales (1): a theatre scheduler's revised
list e-mail (wales.nhs.uk address, "Sent: d Month yyyy hh:mm", "Subject: Thu dd/mm ... - Mr Last",
table of "Last, First" patients with hospital numbers, a nurse's first name, "Diolch", the
scheduler's first name, "Ffôn / Tel:" landline and "est. nnnn" extension (PHONE); estimated
minutes, BMI, Hb, latex allergy and HbA1c clinical). Northern Ireland (1): intra-operative
anaesthetic records ("LAST, First", H&C number (mod 11) spaced or not, "dd.mm.yy" date, "Miss F
Last", "(ST5)", "supervising Dr F Last", ODP, the recovery nurse's first name; weight, ASA,
Mallampati, induction and analgesic doses, airway grade, ETT, MAC, fluids, obs, sugammadex and TOF
clinical). United States (10): robotic operative reports ("LAST, FIRST M", "Month dth, yyyy", ", MD
(NPI ...)" (Luhn), ", PA-C", "First M. Last, CRNA", "Electronically signed by ... on mm/dd/yyyy at
h:mm AM", "F. Last, MD (PCP)"; defect and mesh sizes, EBL, fluids, urine, cefazolin, pressure and
bupivacaine clinical); pre-anesthesia evaluations ("m/d/yyyy", "Age/Sex: n y.o." with ages >= 90
labelled, MRN and CSN, "Dr. Last", "m/d" labs, the spouse's first name, signature with date and
time; vitals, Mallampati, RCRI, METs, labs, doses, ASA and Apfel clinical); consents for operation
and anesthesia ("First M. Last", patient initials or the daughter (health care POA) as signer,
surgeon's marking initials, video interpreter ID (ID), "mm/dd/yy hhmm" witness and attestation
lines, "(resident for Dr. Last)"; weight, Hgb and dislocation risk clinical); main OR daily
schedules (weekday outside, "printed mm/dd/yyyy hh:mm by First Last", a column table of "Last,
First", MRN, ages (>= 90 labelled), "Dr. Last" surgeon and anesthesiologist columns, an add-on
case, charge nurse "x4-nnnn" (PHONE: the digits after "x"), pager "nnn-nnnn"; INR and vitamin K
clinical); knee arthroplasty implant logs (case number (ID), "LAST, FIRST", "m/d/yyyy", circulator,
vendor rep, serial numbers (ID) with catalogue and lot numbers unlabelled, ", CST"; sizes, cement,
tourniquet and tranexamic acid clinical); ambulatory-surgery post-op phone calls ("(xxx) xxx-xxxx",
"xxx-xxx-xxxx" and "xxx.xxx.xxxx" phones, the husband's first name, "Dr. Last's PA" ("'s" outside),
a texted survey link with a token (URL); pain scores, ibuprofen, oxycodone and temperature
threshold clinical); NHSN SSI event worksheets (MRN, SSN, "Last Name / First Name / Middle Name" as
three spans, "mm/dd/yyyy", NHSN and ICD-10-PCS codes unlabelled, infection preventionist ", MPH,
CIC" with phone and work e-mail; fever, ASA, duration and BMI clinical); colonoscopy reports
(padded "Label: value" columns, "mm/dd/yyyy h:mm AM", age (>= 90 labelled), account number,
attending, referring and CRNA names, "Note Initiated On: m/d/yyyy"; Boston score, polyp sizes,
withdrawal time and aspirin clinical); PACU handoffs in lower case ("m/d hhmm", "LAST, F" one span,
"63yo F" unlabelled, "Dr Last", the receiving RN's first name with "x4-nnnn", the son's full name
and cell; block, EBL, fluids, Aldrete, pain scores, doses and vitals clinical); difficult-airway
letters to the patient ("Month d, yyyy", "Ms. First Last" with street (with apartment), city, state
(unlabelled) and ZIP (or ZIP+4), MRN, "Dear Ms. Last:", MedicAlert enrollment number (ID), airway
clinic phone, "First M. Last, MD", cc; grades, ETT, SpO2 nadir, BMI and Mallampati clinical).
Australia (6): appendicectomy operation reports (UR, "First LAST", "d/m/yyyy", Medicare with its
issue number, registrar and "Dr F. Last FRACS", "FANZCA", lab number "yy-nnnnnn" (ID); antibiotics,
washout and post-op doses clinical); VIC pre-admission anaesthetic assessments (URN, "LAST, First",
"d Mon yyyy" DOB with "(nn yrs)", "n/nn" unit street, suburb, VIC (unlabelled) and postcode, "04xx
xxx xxx", "+61" and unspaced mobiles, the daughter; obs, CFS, airway measures, HbA1c, CPAP
pressure, doses, Hb, eGFR and ASA clinical); WA joint registry hip forms ("Family name:" in
capitals and "Given names:" with a middle name as two spans, Medicare "nnnnnnnnn-n", suburb and
postcode, component stickers with REF and LOT unlabelled, the theatre NUM; sizes and tranexamic
acid clinical); NSW procedure consents ("FAMILY NAME" and "GIVEN NAME(S)" in capitals as two spans,
"Unit n, nn Street" lines, an Arabic / Italian / Auslan interpreter with a NAATI practitioner
number (ID), registrar, "I, First Last, agree", the wife (person responsible); risk percentages and
Hb clinical); QLD cataract day-procedure discharge summaries ("Mr First Last (nn)" (>= 90
labelled), UR, "(07) xxxx xxxx", "Dr N. Last (provider no. ...)" (check character), "Dr Last's
rooms" ("'s" outside), the son's full name and mobile; IOL power, VA, IOP and drops clinical); WA
emergency theatre bookings ("dd/mm/yyyy hh:mm", "+61 4xx xxx xxx" mobiles, "LAST First", UMRN,
"Age: nn" (>= 90 labelled), the son, the bed manager's first name; weight, NG output, bloods, ASA
3E and CFS clinical). Canada (5): Ontario sleeve gastrectomy notes ("LAST, First", OHIP with its
version code in "nnnn-nnn-nnn-XX" or spaced form (Luhn), "yyyy/mm/dd" DOB, "Mon. d, yyyy" operation
date, "Dr. F. Last, MD FRCSC", "(PGY-3 ...)", ISO dictation date; BMI, bougie, staple loads, EBL
and doses clinical); BC pre-anesthetic clinic notes (PHN (mod 11), "yyyy-Mon-dd" DOB, "250-" phone,
"nnn-nnn Street" unit line, city, BC and postal code, ISO booking date, the partner's first name,
", FRCPC"; airway measures, vitals, labs, doses and ASA clinical); Alberta safety checklists (ULI
(Luhn), MRN, ISO DOB and date, briefing with "Dr. Last (surgeon)", "First Last RN (scrub)", a
student's first name, biomed ticket unlabelled; heparin, cefazolin, ketorolac and blood loss
clinical); Nova Scotia post-thyroidectomy notes (health card "nnnn nnn nnn" (ID), MRN, "38F"
unlabelled, "Dr. Last's clinic", the husband's first name and a "902" phone, ", PGY-2, for Dr.
Last"; T, HR, BP, calcium, PTH and doses clinical); Ontario ERCP reports (OHIP, "Month d, yyyy"
DOB, referring and family physicians, fax number, ", MD FRCPC", cc "Dr. Last"; ALP, bilirubin, CBD,
sedation, indomethacin and counts clinical). Ireland (4): theatre register pages ("dd/mm/yyyy", "Mr
Last's list", a column table of MRN, "First Last" with fadas and Gaelic surnames that take the
bearer's sex ("Ó Murchú" / "Ní Mhurchú"), DOB, "Mr Last", "Dr Last" and scrub first names, in / out
times; EBL and specimen count clinical); day-ward carpal tunnel letters to the GP ("dd.mm.yyyy",
"Dear Dr Last", "Re: First Last, street, town, Co. County (unlabelled) Eircode", suture removal "on
the dth Month" ("the" outside), the hand therapist's first name and mobile, ", MCh FRCSI (Plast)";
WALANT mixture, Boston symptom score, sutures and paracetamol clinical); BowelScreen colonoscopy
reports (BowelScreen ID, MRN, PPSN (SSN), Eircode alone (ZIP), "d Mon yyyy" FIT and procedure
dates, endoscopist, nurse and CNS, "08x xxx xxxx" mobile, histology reference; FIT value, sedation,
Boston score, withdrawal time and polyp sizes clinical); pre-assessment nurse e-mails to an
anaesthetist (the nurse's work e-mail, "Sent: Weekday d Month yyyy hh:mm" (weekday outside),
"Subject: ... MRN ... for Thu dd/mm", "Hi First", "Ms Last's list", "Ms First Last", "dd/mm/yyyy"
DOB, first-name sign-off, "ext nnnn"; BMI, AHI, STOP-BANG, HbA1c, doses and ASA clinical). New
Zealand (3): ORIF distal radius notes (NHI (check digit), ACC45 number (ID), "d/m/yyyy" dates of
injury and surgery, registrar and consultant "Ms / Mr F Last", "d/m/yy" signature, plate LOT
unlabelled; block, AO class, tourniquet, pegs, sutures and cefazolin clinical); surgical ward round
entries ("(Mr Last, reg Dr First Last, HO First)", weekday outside "dd/mm/yy", "First Last, NHI
..., 73M", the wife's first name, whānau hui, a mobile; obs, stoma output, bloods and Tazocin
clinical); pre-anaesthetic assessments (NHI, "d Mon yyyy", "n/nn Street" line, city and postcode, a
Tongan / Samoan / te reo Māori interpreter from the patient's own name group or a support person,
the daughter's mobile and a "(0x)" landline, "Ms Last", the fellow's name; weight, BMI, obs,
airway, HbA1c, STOP-BANG, doses and ASA clinical). India (2): pre-anaesthetic check-up records
("dd-mm-yyyy", "Mr. First Last", "54/M" unlabelled, UHID and IP number, "S/o: Mr. First Last"
("S/o" outside), "H.No. n-n-nnn/n" line, locality, city and 6-digit PIN code (ZIP), "+91" and
"nnnnn-nnnnn" mobiles, ", MS (Gen Surg)", ", MD (Anaesthesia), Reg. No." (ID); "T." and "Inj."
doses, obs, airway, investigations in lakh and ASA clinical) and OT safety checklists ("Mrs. First
Last W/o Mr. First Last" ("W/o" outside), UHID "nn/nnnnnn", Aadhaar (Verhoeff), team with "Sr.
First" scrub, HPE number (ID), the husband as "Mr. Last" with mobile, "Sr. First Last (OT
In-charge)"; blood loss, PRBC units, doses and Hb clinical). South Africa (1): private knee
arthroscopy notes (SA ID number (DOB, sex digits, Luhn), medical-aid member number (ID; scheme name
and "Dep. code 01" unlabelled), street, suburb, city and postal code, "08x" / "+27" cell, practice
number "Pr. No." (ID), "0xx" rooms number; tourniquet, local anaesthetic and script doses
clinical). Nigeria (1): myomectomy notes ("Mrs First Last", "34 yrs" unlabelled, hospital number
"yy/nnnnn" and NHIA number (ID), "No. n, ... Street" line, area and city (ADDRESS), the husband as
NOK with "080x" / "+234" phone, consultant, SR, HO, anaesthetist and "Nurse First Last"; PCV, blood
units, uterine size, fibroid counts and sizes, EBL and post-op doses clinical). Hong Kong (1): OGD
haemostasis reports ("SURNAME Given" for the patient, son, endoscopist and nurse, "M / nn" (>= 90
labelled), HKID (check digit), "HN" case number, "Room nnnn, X House, Y Estate" line and district
(ADDRESS), 8-digit and "+852" phones; Hb, Glasgow-Blatchford score, sedation, Forrest class,
adrenaline, heater-probe energy and pantoprazole clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British South Asian, British Caribbean and Polish (surnames that take the bearer's sex:
"Wiśniewski" / "Wiśniewska"); Scottish; Welsh; Northern Irish; US white, African American, Hispanic
and Vietnamese American; Anglo, Italian and Lebanese Australian; English Canadian, Québécois, Tamil
and Chinese Canadian; Irish with fadas and Gaelic surnames that take the bearer's sex; Pākehā,
Māori and Pasifika; North and South Indian; Black and Afrikaans South African; Yoruba, Igbo and
Hausa; Hong Kong Cantonese), about one patient name in five (UK, US, AU, CA, IE, NZ, IN) from Faker
en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note; word-like, eponymous and
place names are never drawn (``BAD_NAMES``: the Faker names that are, or pluralise, a lower-case
web2 word - Brown, Young, Rose, Hope, Day, Ward, Bell, Porter, Bishop, Cook, Long - plus the
eponyms of this field's classifications, signs, scores, instruments and implants (Hartmann,
Mallampati, Cormack, Lehane, Apfel, Aldrete, Forrest, Blatchford, Garden, Thompson, Moore,
Charnley, Exeter, Barrett, Boston, Pfannenstiel, Lichtenstein, Chvostek, Outerbridge ...), months,
weekdays and the places used). Relatives take a first name from the family's own group (or the same
Faker locale) and blood relatives keep the surname (in its sex form); a spouse may have another
surname; interpreters come from the patient's group; staff come from the local groups and, in the
UK, US, AU, CA, IE and NZ, a mixed international workforce (Filipino, Keralite, Nigerian, Sri
Lankan, Egyptian, Romanian, Greek and Spanish). Forms: "First Last", "First LAST", "FIRST LAST",
"LAST First" (theatre lists, HK order), "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST
M", "LAST, F", "First M. Last", "F. Last", "F Last", "Dr Last", separate surname / forename(s) /
middle-name fields, lower-case surnames and first names, first names alone, staff initials and a
login built from a name. No initials spell a clinical or common abbreviation (``BAD_INITS``), and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string
- or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn
from the next fixed seed).

Conventions (as heldout67 - heldout69): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mr.",
"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Sr.", "Nurse", ", MD", ", MD FRCSC", ", FRCPC", ", PA-C", ",
CRNA", ", RN", " RN", ", CST", ", MPH, CIC", ", PGY-2", " FRACS", " FANZCA", ", MCh FRCSI (Plast)",
", MS (Gen Surg)", ", MD (Anaesthesia)", "(Consultant)", "(ST5)", "(CT2)", "(SR)", "(HO)", "(APN)",
"(theatre NUM)", "(Surgical Reg)", "(husband)", "(wife)", "(daughter, health care POA)", "S/o",
"W/o") and a possessive "'s" are outside NAME spans; "LAST, First" and "LAST First" are one NAME
span; separate surname, forename(s) and middle-name fields are separate spans (a forename field
holding a middle name is one span); each side of "AB / CD" is its own span; a login built from a
person's name is NAME. A street line (with flat / unit / apartment / "n/nn" part, an Indian "H.No."
line, a Nigerian "No. n, ..." line, an HK "Room ..., ... House, ... Estate" line; also a GP
practice's street), a suburb, locality, district, area or town / city is ADDRESS; a state,
province, county ("Co. Tipperary") or country is not PHI; UK postcodes, Eircodes, US ZIP (and
ZIP+4) codes, Canadian postal codes, AU / NZ postcodes, Indian PIN codes and South African postal
codes are ZIP. DATE: anything more specific than a year (month-year "mm/yyyy" too) in the formats
above ("dd/mm/yy", "ddMONyyyy", "dd/mm", "d/m", "dth Month", "Month dth, yyyy", "Mon. d, yyyy",
"yyyy-Mon-dd", "yyyy/mm/dd", ISO, "m/d", ...); weekdays stay outside; a date followed by a separate
time labels only the date; years alone ("(2021)", "GA 2015"), times of day, durations, follow-up
intervals and post-operative days are never labelled. AGE: ages >= 90 only, number part only (table
cells, "Age 91", "(91)", "M / 91", "92 y.o."); ages < 90 ("54/M", "73M", "63yo F", "(74 yrs)") are
unlabelled. PHONE: mobiles, landlines, fax numbers, 4-digit bleeps, pager numbers and extensions
(the digits after "x", "ext" or the Welsh "est."), labels outside. SSN: US SSNs and Irish PPSNs.
ID: NHS (mod 11; spaced, unspaced or dashed), CHI, H&C, hospital / MRN / UR / URN / UMRN / UHID /
IP numbers, CSN and account numbers, OR case numbers, NJR and SSISS references, lab, histology and
HPE numbers, implant serial numbers, staff registration numbers (GMC, NMC PIN, NPI, AU provider
number, Indian registration number, SA practice number), AU Medicare (check digit, issue number
inside the span), OHIP with version code, BC PHN, ULI, NS health card number, NHI, ACC45 number,
Aadhaar, SA ID number, medical-aid member number, NHIA number, HKID, HN case number, BowelScreen
ID, MedicAlert enrollment number, interpreter ID and NAATI practitioner number. EMAIL: work
addresses. URL: a patient's tokenised survey link. IP: a theatre workstation's address in an audit
line. Not PHI and unlabelled: hospital, theatre, ward, unit, practice and centre names ("Castleton
Health Centre", "Riverside Endoscopy Center", "Peel Health Campus"), workstation names, biomed
ticket numbers, the NHSN facility ID, implant catalogue (REF / Cat #) and LOT numbers, product and
drug brands, CPT / ICD-10-PCS / NHSN procedure codes, a medical-aid dependant code, eponymous
procedures and classifications, years alone and times of day. Vitals, labs, scores (ASA,
Mallampati, Cormack-Lehane, STOP-BANG, Apfel, RCRI, CFS, NEWS2, AMTS, Aldrete, Boston, Prague, LA
grade, Forrest, Glasgow-Blatchford, AO class), drug doses, fluid volumes, EBL, tourniquet pressures
and times, implant sizes, IOL powers, risk percentages and list-time estimates are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 71_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to follow-ups late in 2025). Run it only for final figures: its misses and lost
clinical values are not to be inspected while the scrubber is being changed.
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

# ------------------------------------------------------------------------------ names
# group -> (male first names, female first names, surnames); "A|B" is a surname that takes the
# bearer's sex (male form | female form)
G: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (["Malcolm", "Nigel", "Darren", "Keith", "Adrian", "Trevor", "Stuart", "Duncan"],
           ["Deborah", "Tracey", "Lorraine", "Kirsty", "Hayley", "Maureen", "Sandra", "Wendy"],
           ["Rowbotham", "Fairclough", "Openshaw", "Haworth", "Cheetham", "Blenkinsop", "Ormerod",
            "Dewhurst", "Kenyon", "Pilkington", "Thwaites", "Heseltine", "Stanworth", "Allsop"]),
    "bsa": (["Imran", "Tariq", "Sanjay", "Faisal", "Kamran", "Zubair", "Rizwan"],
            ["Nasreen", "Shabana", "Farzana", "Rukhsana", "Tahira", "Bushra", "Sadia"],
            ["Hussain", "Akhtar", "Bhatti", "Parmar", "Solanki", "Chaudhry", "Rashid", "Lakhani",
             "Mirza"]),
    "bcar": (["Delroy", "Winston", "Leroy", "Errol", "Desmond", "Linton"],
             ["Marcia", "Beverley", "Paulette", "Sonia", "Yvonne", "Claudette"],
             ["Gayle", "Brathwaite", "McKenzie", "Lindo", "Samuels", "Nembhard", "Morrison"]),
    "pl": (["Krzysztof", "Tomasz", "Paweł", "Grzegorz", "Marek"],
           ["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Ewa"],
           ["Nowak", "Wiśniewski|Wiśniewska", "Zieliński|Zielińska", "Wójcik",
            "Kamiński|Kamińska", "Lewandowski|Lewandowska"]),
    "sc": (["Alasdair", "Hamish", "Callum", "Ewan", "Murdo", "Lachlan"],
           ["Morag", "Catriona", "Eilidh", "Shona", "Isla", "Kirsteen"],
           ["MacLeod", "Sutherland", "Munro", "Buchanan", "Urquhart", "MacKinnon", "Baird", "Moffat",
            "Lamont"]),
    "cy": (["Rhys", "Dafydd", "Gethin", "Emyr", "Iwan", "Aled", "Huw"],
           ["Ffion", "Angharad", "Siân", "Rhiannon", "Cerys", "Nia", "Eleri"],
           ["Pritchard", "Vaughan", "Prosser", "Meredith", "Gwynne", "Bevan", "Probert", "Watkins"]),
    "ni": (["Mervyn", "Cathal", "Ciarán", "Gerard", "Raymond", "Declan"],
           ["Róisín", "Geraldine", "Bronagh", "Sinéad", "Orla", "Clodagh"],
           ["Magee", "McIlroy", "Crothers", "Gilmore", "McCartan", "Maginnis", "McAteer", "Lavery"]),
    "usw": (["Dustin", "Cody", "Randall", "Brandon", "Garrett", "Wesley", "Dwayne"],
            ["Brittany", "Kimberly", "Courtney", "Lindsey", "Kristin", "Shelby"],
            ["Kowalski", "Lindgren", "Schroeder", "Hendricks", "Novak", "Delaney", "Whitaker",
             "Sorensen", "Gustafson", "Ostrowski", "Pfeiffer", "Hollister"]),
    "usb": (["DeShawn", "Jamal", "Darnell", "Reginald", "Cedric", "Terrence"],
            ["Latoya", "Keisha", "Tamika", "Shanice", "Monique", "Denise", "Ayanna"],
            ["Hairston", "Toliver", "Bynum", "McClendon", "Boykin", "Satterwhite", "Pettaway",
             "Gadsden"]),
    "ush": (["Rogelio", "Alejandro", "Ernesto", "Javier", "Arturo", "Joaquín"],
            ["Yesenia", "Marisol", "Araceli", "Leticia", "Guadalupe", "Rocío"],
            ["Ibarra", "Quintanilla", "Montoya", "Saldaña", "Arredondo", "Espinoza", "Cervantes",
             "Villegas"]),
    "usv": (["Tuan", "Minh", "Quang", "Khanh", "Thanh"],
            ["Thuy", "Ngoc", "Huong", "Phuong", "Trinh"],
            ["Nguyen", "Tran", "Pham", "Truong", "Huynh", "Luong"]),
    "au": (["Shane", "Wayne", "Craig", "Glenn", "Lachlan", "Jarrod"],
           ["Kylie", "Narelle", "Tanya", "Belinda", "Simone", "Jodie"],
           ["McGuinness", "Hoskins", "Tregear", "Pennington", "Radcliffe", "Bowditch", "Cavanagh",
            "Fenech", "Mifsud", "Dwyer"]),
    "auit": (["Salvatore", "Giuseppe", "Domenico", "Carmelo", "Vincenzo"],
             ["Concetta", "Rosaria", "Carmela", "Antonella", "Giuseppina"],
             ["Mancuso", "Lombardo", "Caruso", "Palumbo", "Ferraro", "Santoro"]),
    "aule": (["Khaled", "Ziad", "Bilal", "Georges", "Walid"],
             ["Rania", "Nadia", "Layla", "Samira", "Mariam"],
             ["Haddad", "Nassar", "Khoury", "Saab", "Daher", "Hamdan", "Tannous"]),
    "ca": (["Bryce", "Darcy", "Trent", "Kurt", "Gordon"],
           ["Shannon", "Kristen", "Lindsay", "Tanis", "Heidi"],
           ["McIntyre", "Boutilier", "Fitzpatrick", "Dunphy", "Gillis", "Robichaud", "MacPhee",
            "Langille", "Comeau"]),
    "caf": (["Yannick", "Mathieu", "Sébastien", "Éric", "Luc", "Pierre-Yves"],
            ["Geneviève", "Mélanie", "Josée", "Chantal", "Isabelle", "Marie-Ève"],
            ["Gauthier", "Lapointe", "Bergeron", "Côté", "Fortin", "Girard", "Thibodeau"]),
    "cat": (["Thayalan", "Kumaran", "Suresh", "Niranjan"],
            ["Tharshini", "Nirosha", "Kavitha", "Sharmila"],
            ["Sivakumar", "Thevarajah", "Balasingam", "Yogarajah", "Kanagaratnam"]),
    "cach": (["Kenneth", "Raymond", "Calvin", "Stanley"],
             ["Winnie", "Shirley", "Karen", "Cecilia"],
             ["Leung", "Cheung", "Chow", "Yip", "Kwan", "Tsui"]),
    "ie": (["Donal", "Fergal", "Tadhg", "Colm", "Eamon", "Pádraig", "Diarmuid", "Cormac"],
           ["Aoife", "Gráinne", "Síle", "Niamh", "Deirdre", "Máire", "Caoimhe"],
           ["Brosnan", "Mulcahy", "Kehoe", "Tierney", "Hennessy", "Moynihan", "Lenihan",
            "Ó Murchú|Ní Mhurchú", "Ó Conaill|Ní Chonaill"]),
    "nzp": (["Logan", "Hamish", "Brendon", "Corey", "Nathan"],
            ["Hayley", "Renee", "Kerryn", "Stacey", "Bridget"],
            ["Hollis", "Beattie", "Galbraith", "Sinclair", "Twentyman", "McEwan", "Fenwick"]),
    "nzm": (["Wiremu", "Rawiri", "Hemi", "Tamati", "Manaia"],
            ["Mere", "Ngaire", "Aroha", "Moana", "Hine", "Anahera"],
            ["Waititi", "Paewai", "Ruatapu", "Kereama", "Poutama", "Tautahi", "Herewini"]),
    "nzs": (["Sione", "Tevita", "Iosefa", "Semisi"],
            ["Mele", "Salote", "Losaline", "Fetu"],
            ["Fifita", "Faleolo", "Leota", "Vaipulu", "Taufa", "Havili"]),
    "inn": (["Vikram", "Rohit", "Amit", "Anil", "Deepak", "Sandeep"],
            ["Sunita", "Neha", "Pooja", "Kavita", "Anjali", "Ritu"],
            ["Chaturvedi", "Bhardwaj", "Tiwari", "Mishra", "Srivastava", "Pandey", "Kapoor"]),
    "ins": (["Ramesh", "Karthik", "Venkatesh", "Senthil", "Murali", "Prakash"],
            ["Lakshmi", "Revathi", "Divya", "Meenakshi", "Shalini", "Kavya"],
            ["Pillai", "Nair", "Raghavan", "Venkataraman", "Gopalakrishnan", "Shetty", "Rao"]),
    "zab": (["Sipho", "Thabo", "Mandla", "Lwazi", "Bongani", "Themba"],
            ["Nomvula", "Zanele", "Thandiwe", "Lindiwe", "Nokuthula", "Ayanda"],
            ["Mthembu", "Mahlangu", "Ngcobo", "Zungu", "Buthelezi", "Shabalala", "Ndlovu"]),
    "zaa": (["Johan", "Pieter", "Hendrik", "Wouter", "Francois"],
            ["Annelie", "Marietjie", "Elmarie", "Riana", "Chantelle"],
            ["Pretorius", "Steyn", "Du Plessis", "Venter", "Coetzee", "Grobler", "Visagie"]),
    "ngy": (["Oluwaseun", "Babatunde", "Adewale", "Olumide"],
            ["Folasade", "Funmilayo", "Omolara", "Titilayo"],
            ["Adebayo", "Ogunleye", "Olawale", "Akinyemi", "Adeleke"]),
    "ngi": (["Chukwuemeka", "Ikechukwu", "Obinna", "Chinonso"],
            ["Ngozi", "Chiamaka", "Adaeze", "Nkechi"],
            ["Okonkwo", "Nwosu", "Chukwu", "Onyekachi", "Nwachukwu"]),
    "ngh": (["Ibrahim", "Abdullahi", "Sani", "Aminu"],
            ["Aisha", "Hauwa", "Zainab", "Fatima"],
            ["Abubakar", "Danjuma", "Usman", "Garba", "Lawal"]),
    "hk": (["Chi Keung", "Ka Chun", "Wai Lun", "Siu Ming", "Kwok Wing"],
           ["Mei Yee", "Wing Yan", "Suk Yee", "Hoi Yan", "Yuk Ying"],
           ["Chan", "Leung", "Cheung", "Lau", "Tsang", "Kwok", "Yeung", "Chiu"]),
    # mixed international workforce (staff only)
    "fil": (["Jomar", "Arnel", "Reynaldo"], ["Maricel", "Rowena", "Jocelyn"],
            ["Macapagal", "Sarmiento", "Pangilinan", "Evangelista", "Manalo"]),
    "ker": (["Binu", "Shibu", "Jomon", "Anish"], ["Jincy", "Sheeba", "Reshma", "Smitha"],
            ["Varghese", "Kurian", "Chacko", "Thekkekara"]),
    "ngs": (["Chinedu", "Tunde"], ["Ifeoma", "Bukola"], ["Okoro", "Adeyinka", "Eze-Uzoma"]),
    "sri": (["Tharindu", "Chaminda"], ["Dilani", "Sanduni"],
            ["Wickramasinghe", "Jayawardena", "Perera"]),
    "egy": (["Mostafa", "Karim"], ["Yasmin", "Heba"], ["Elsayed", "Abdelrahman", "Farouk"]),
    "rom": (["Andrei", "Mihai"], ["Ioana", "Roxana"], ["Popescu", "Ionescu", "Dumitrescu"]),
    "gr": (["Nikolaos", "Dimitrios"], ["Eleni", "Vasiliki"], ["Karagiannis", "Oikonomou"]),
    "esp": (["Álvaro", "Iñigo"], ["Nerea", "Lucía"], ["Etxeberria", "Fernández", "Ruiz-Gallardo"]),
}
PAT = {"uk": ["en", "en", "en", "bsa", "bcar", "pl"], "sc": ["sc", "sc", "pl"], "cy": ["cy"],
       "ni": ["ni"], "us": ["usw", "usw", "usb", "ush", "usv"], "au": ["au", "au", "auit", "aule"],
       "ca": ["ca", "ca", "caf", "cat", "cach"], "ie": ["ie"], "nz": ["nzp", "nzp", "nzm", "nzs"],
       "in": ["inn", "ins"], "za": ["zab", "zab", "zaa"], "ng": ["ngy", "ngi", "ngh"], "hk": ["hk"]}
INTL = ["fil", "ker", "ngs", "sri", "egy", "rom", "gr", "esp"]
INTL_REGIONS = {"uk", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz"}
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# Faker first names and surnames that are (or pluralise) a lower-case web2 word, plus eponyms of
# this field's classifications, scores, instruments and products, months, weekdays, places
_BAD_TXT = """
5415 984 Abbey Abigail Acu Addison Agarwal Agate Ahluwalia Aisling Akron Alan Alanis Alannah
Albany Aldrete Alec Alison Allan Allis Alvarado Alzheimer Amber Amble Amelia Amrita Amy Ana Anay
Angel Angelica Ann Anna Apfel Apgar April Archer Aria Arias Ariel Arjun Arroyo Ashling Ashman
Atchison Auckland August Aurora Austin Autumn Ava Ayr Babinski Babu Bail Bailey Bailie Bains Bair
Baker Bal Bale Balfour Bali Ball Bandi Banks Barad Barber Baria Barker Barlow Barman Barnes Baron
Barrett Barry Barthel Barton Bass Bates Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum
Belfast Bell Belton Ben Bender Benjamin Benn Bennet Berg Berger Berry Best Betadine Beth Bethesda
Betty Bhakta Bhandari Bhat Bibi Bier Bill Billroth Billy Birch Bird Bishop Black Blair Blake
Blakemore Blanch Blatchford Blick Bob Bobby Bodhi Bodkin Boerhaave Bogan Boise Bolam Boles Bond
Boner Bones Bonney Booker Boon Booth Bora Bose Bosniak Boston Bowers Bowler Bowles Bowman Boyer
Brad Braden Branch Brandy Bray Bree Brent Breslow Brett Brewer Brick Bridge Bridges Bright Bristol
Brock Brogan Brooke Brookes Brooks Browder Brown Browning Bryony Buck Bull Bullock Burgess Burke
Burns Burr Burrows Burt Burton Bush Butcher Butler Caddow Cain Cairn Cairns Cal Caldicott Calot
Campos Canning Cannon Canny Capples Caprini Cardiff Carl Carlin Carney Carol Caroline Carpenter
Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chambers Chandler Chang
Chapman Char Charlson Charnley Chase Che Chennai Cherry Chester Child Ching Church Chvostek Clark
Clavien Clay Clear Clements Cline Clinical Clive Coates Cockcroft Cole Coles Colin Coll Colleen
Colles Colley Collier Collin Collins Colly Colon Comber Combs Comer Conal Conn Conner Contractor
Convey Cook Cooper Cora Corail Corinne Cormack Corrie Cortez Costa Cotter Cotton Cousins Cox Crane
Craven Craw Crawley Creed Crohn Cross Cruise Crystal Cully Cummins Curry Cusco Cushing Dada Daisy
Dale Dalton Dan Dar Das Dash Dass Date Davenport Davies Davy Daw Dawn Day Dayal De Deacon Dean
Deaver December Decker Dee Deep Demi Dermabond Derrick Destiny Detsky Dev Dewan Dey Diamond Dick
Dickey Din Dindo Divan Diver Divine Dixit Dobbin Dobbins Dobson Doctor Dodd Don Donna Dooley
Doppler Dowd Dower Down Downes Downs Drake Drew Drum Drummy Dublin Dudley Duff Dugal Duke Dukes
Dunne Dunny Durban Dyer Earl Early Ebony Edmonton Eimer Elaine Emma Emmet Ennis Enugu Epley Eric
Erika Eta Eve Exeter Fair Faith Fall Fanning Farmer Fay February Fee Ferris Ferry Field Fields
Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores Flowers Fogarty Foley Folstein
Fontaine Foody Foot Forbes Ford Forrest Forum Foster Fowler Fox Foy Frailty Frances Franco Frank
Franklin Frankston Fraser Frazer Freely Freeman Fresh Friday Frost Fry Fuller Gade Gaine Gaines
Gala Galeazzi Galloway Gamble Ganga Ganz Gara Garden Garland Garner Garrison Garvey Gaskin Gates
Gault Gay Gee Gelpi Gemma Gene Geneva Gentry Gibbon Gibbons Gilbert Gill Gillick Gillies Ging
Glasgow Glass Glazier Gleason Glen Glide Glover Goddard Goel Goff Gola Golden Goldman Good Goodman
Gore Gorevan Grace Graham Grahams Grant Graves Gray Green Greenwood Grey Griffin Grimes Gross
Guard Guedel Gullery Gunning Gustilo Guy Haggitt Haines Haire Hale Hall Ham Hamilton Hanbury Hanna
Hans Hardy Hare Harish Harmony Harper Harris Harry Harsh Hart Hartmann Hashimoto Hasson Hastings
Hasty Haugh Hawthorn Hay Hayes Hays Hayward Hazel Hearty Heath Heather Hector Hegar Hemal Hemolok
Henry Herd Hereward Heron Herring Hickey Hickman Hicks Hill Hills Hines Hinney Hirschsprung Histon
Ho Hogan Holden Holder Hollins Holly Holmes Holt Hood Hook Hooper Hope Hora Horn Horner Hough
House Howard Howe Hudson Huff Hugger Huia Hull Hunt Huntington Hurley Hurst Hynes Ibadan Ipswich
Irene Ivory Ivy Jack Jackman Jackson Jade Jagat Jake James Jane January Jasmine Jasper Jay Jean
Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge July June Kahu Kai Kaiser
Kakar Kala Kale Kamala Kapur Karnofsky Katz Kauri Kay Kelly Kelso Kelvin Kemp Kennelly Kent Kerrie
Kerry Key Keyes Khalsa Khan Khatri Khorana Kibe Kidney Kikuchi Killeen Kim King Kingston Kiri Kirk
Kirschner Knight Kocher Kora Kori Kudo Kulkarni Kyle Lacy Lad Lagos Lall Lam Lamb Lambert Lammas
Lance Landers Lane Langenbeck Lanz Larry Lata Laura Law Lawless Lawton Leach Lee Leech Lees Lehane
Lekha Levy Lewis Li Lichtenstein Lily Lin Lincoln Lister Listeria Little Lloyd Loc Loke Long
Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luer Lugol Luke Luna Lund Lynch Mac
Macintosh Mack Mackle Madden Madeline Magill Major Malik Mall Mallampati Mallory Mand Mane Mangal
Mani Mannan Manning Manus Marc March Marco Marfan Maria Mark Marks Marron Marry Marsh Martin Mary
Mason Master Matron Maxwell May Maya Mayfield Mayo Mays McBurney McCoy Meadows Meads Meckel
Medicare Mellon Melody Melton Mepore Mercer Merchant Merry Mets Mike Mila Miles Miller Millet
Mills Mini Mistry Misty Mitra Moan Mollie Molly Monday Monk Monks Monocryl Monteggia Montes
Montgomery Montreal Moody Moon Moore Mora Morales More Morgan Morris Morrow Morse Moss Mountain
Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Navan Nea Neal Nee Needham Nelson Nephew
Newton Nikau Nissen Noble Noel Nori Norma North Norton November Nurse Oak October Oisin Olive Om
Omagh Opsite Orchard Osler Outerbridge Pace Padua Page Pal Palacos Pall Palla Palmer Pam Pant
Paris Park Parker Parkes Parkin Parkinson Parkland Parks Parry Parsons Patel Paten Patrice Patty
Pau Pauwels Peacock Peck Pedro Peggy Penny Penrith Penrose Peri Perkins Perry Peter Peters Petty
Peyton Pfannenstiel Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Pipelle Piper Plover
Pollard Ponce Pope Poppy Porter Potter Potts Power Powers Prabhu Prague Pratt Prentice Preston
Pretoria Price Priest Prince Pringle Proctor Prolene Pugh Quill Quin Quincke Rafter Rails Raj Raja
Ralph Ram Rana Randles Randy Rankin Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Redivac
Reed Reen Rees Reese Reeves Reno Rex Ria Rice Rich Richmond Rick Rickey Riddle Ridge Riley Ring
Ringer Rinne Rios Rishi Rita Rivas Rivers Roach Robbins Robin Robinson Robles Rock Rockall
Rockwood Rodney Roe Roger Rogers Rohan Romberg Romero Rory Rosales Rosario Rose Rosemary Ross Rout
Roux Rovsing Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Ryle Sai Salinas Sally Salmon Salter Sam
Sandal Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf Saturday Saunders Savage Savant
Savary Sawyer Sayers Scale Schatzker Schatzki Schneider Scope Scot Scriven Scullion Sears
Seldinger Sellers Sen Sengstaken September Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny
Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shields Shiels Shine Short
Shroff Sienna Sierra Silk Silva Simmon Simmons Simplex Sims Singapore Singh Singleton Sister
Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Solis Somers Sophia Soweto
Sparks Spears Spence Spencer Spigelman Sprotte Stack Stark Steed Steer Stein Steinmann Stella
Steri Sterling Steven Stevens Steward Stirling Stoices Stokes Stone Story Stout Street Strong
Stryker Stubbs Sudbury Sue Summer Summers Sunday Sunder Sunny Supple Sur Sura Surgeon Swan Sweeny
Swift Swords Sydney Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia
Tara Tate Te Tegaderm Terry Thakur Theatre Therese Thompson Thursday Tiffany Timothy Toby Tolan
Tom Tommy Toms Toner Tony Tory Tralee Travis Trendelenburg Trinity Trousseau Troy Truelove Truro
Tucker Tuesday Tui Tuohy Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer
Veress Vicryl Victor Victory Vienna Villa Vincent Violet Virchow Volkmann Wade Wagner Wali Walker
Wall Wallace Waller Walls Walsh Walter Walters Wang Ward Ware Warner Warren Warrior Waterlow
Waters Watt Watts Waugh Way Weaver Webby Weber Webster Wednesday Weeks Weever Weir Weiss
Wellington Wells Wertheim West Wheeler Whipple Whitacre White Whitehead Wilkins Willie Willow
Wills Wilson Winter Winters Wise Wolf Wong Wood Woods Woodward Wren Wright Yang Yankauer Yates
Yogi York Young Zac Zak Zenker Zimmer Zubrod de
"""
BAD_NAMES = set(_BAD_TXT.split())
BAD_INITS = {"BP", "HR", "GP", "PA", "UR", "MD", "DO", "RN", "ID", "OT", "PT", "ED", "ER", "IV",
             "AB", "NP", "MI", "PE", "CT", "DR", "MR", "MS", "NO", "OK", "SA", "DM", "CA", "HB",
             "GA", "LA", "OD", "OR", "PR", "SC", "TV", "WR", "AF", "BD", "CS", "FU", "GI", "HO",
             "IM", "IP", "KG", "LL", "ML", "NG", "PO", "RA", "RR", "SR", "TT", "UO", "VT", "WC"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Redraw(Exception):
    """The note drew something it must not: draw it again from the next seed."""


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    base: str = ""
    grp: str = ""  # the name group drawn from ("faker" for a Faker name)

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
    def fL(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def Lf(self) -> str:  # LAST First (no comma: theatre lists, HK order)
        return f"{self.last.upper()} {self.first}"

    @property
    def Li(self) -> str:  # Last F (surname and initial)
        return f"{self.last} {self.first[0]}"

    @property
    def Fi(self) -> str:  # F. Last
        return f"{self.first[0]}. {self.last}"

    @property
    def Fs(self) -> str:  # F Last
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:  # First M. Last
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def LFM(self) -> str:  # LAST, FIRST M
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def FL(self) -> str:  # FIRST LAST
        return f"{self.first.upper()} {self.last.upper()}"

    @property
    def low(self) -> str:
        return f"{self.first.lower()} {self.last.lower()}"

    @property
    def mr(self) -> str:  # a UK / IE / NZ surgeon's title
        return "Mr" if self.sex == "m" else "Ms"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs"

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la[0]}@{dom}", f"{la}.{f}@{dom}"][style % 4]


def _ordsuf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    mp = m[:3] + ("" if m in ("May", "June", "July") else ".")
    if m in ("June", "July"):
        mp = m
    return {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}",
        "dmy12": f"{d.day}/{d.month}/{yy}", "dot": f"{dd}.{mm}.{y}", "dot2": f"{dd}.{mm}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "dash2": f"{dd}-{mm}-{yy}", "long": f"{d.day} {m} {y}",
        "ord": f"{d.day}{_ordsuf(d.day)} {m} {y}", "sh": f"{d.day} {m[:3]} {y}",
        "sh2": f"{dd} {m[:3]} {yy}", "dMON": f"{dd}{m[:3].upper()}{y}",
        "dmon": f"{dd}-{m[:3]}-{y}", "dmon2": f"{d.day}-{m[:3]}-{yy}",
        "DMON": f"{dd}-{m[:3].upper()}-{y}", "iso": d.isoformat(), "ymon": f"{y}-{m[:3]}-{dd}",
        "ymd": f"{y}/{mm}/{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}",
        "us2": f"{d.month}/{d.day}/{yy}", "us02": f"{mm}/{dd}/{yy}", "usl": f"{m} {d.day}, {y}",
        "uss": f"{m[:3]} {d.day}, {y}", "usp": f"{mp} {d.day}, {y}",
        "usord": f"{m} {d.day}{_ordsuf(d.day)}, {y}", "md": f"{d.month}/{d.day}",
        "dm": f"{dd}/{mm}", "dm1": f"{d.day}/{d.month}", "dmo": f"{d.day} {m[:3]}",
        "ordmo": f"{d.day}{_ordsuf(d.day)} {m}", "my": f"{m} {y}", "mmy": f"{mm}/{y}",
        "mony": f"{m[:3]} {y}",
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _digs(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


# ------------------------------------------------------------------------------ identifiers
def _luhn(body: str) -> str:
    """The Luhn check digit to append to ``body``."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)


def _mod11_10(r: random.Random, lead: str) -> str:
    """NHS / H&C style: 9 digits weighted 10..2, check = 11 - sum % 11 (11 -> 0, 10 rejected)."""
    while True:
        body = lead + _digs(r, 9 - len(lead))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        chk = 0 if chk == 11 else chk
        if chk < 10:
            return body + str(chk)


def _nhs(r: random.Random) -> str:
    return _mod11_10(r, str(r.choice([4, 4, 6, 7])))


def _hc(r: random.Random) -> str:
    return _mod11_10(r, str(r.randint(320, 399)))


def _nhsf(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + _digs(r, 2) + str(r.choice("13579" if sex == "m" else "02468"))
        chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11
        chk = 0 if chk == 11 else chk
        if chk < 10:
            return body + str(chk)


def _gmc(r: random.Random) -> str:
    return str(r.randint(3, 7)) + _digs(r, 6)


def _nmc(r: random.Random) -> str:
    """NMC PIN: year, month letter, four digits, country letter."""
    return f"{r.randint(0, 23):02d}{r.choice('ABCDEFGHIJKL')}{_digs(r, 4)}{r.choice('EEESWNO')}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def _npi(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + _digs(r, 8)
    return body + _luhn("80840" + body)


def _medicare_au(r: random.Random, k: int = 0) -> str:
    body = str(r.randint(2, 6)) + _digs(r, 7)
    chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    irn = r.randint(1, 5)
    return [f"{body[:4]} {body[4:]}{chk} {irn}", f"{body}{chk}-{irn}", f"{body}{chk}{irn}"][k % 3]


def _provider_au(r: random.Random) -> str:
    """Medicare provider number: 6-digit stem, practice-location character, check character."""
    stem = _digs(r, 6)
    locs = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    loc = r.choice(locs[:20])
    tot = sum(int(c) * w for c, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + locs.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


def _ohip(r: random.Random, k: int = 0) -> str:
    body = str(r.randint(1, 9)) + _digs(r, 8)
    s = body + _luhn(body)
    vc = "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return [f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}", f"{s[:4]} {s[4:7]} {s[7:]} {vc}"][k % 2]


def _bcphn(r: random.Random) -> str:
    while True:
        body = _digs(r, 8)
        chk = 11 - sum(int(c) * w % 11 for c, w in zip(body, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if chk < 10:
            s = "9" + body + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + _digs(r, 7)
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        let = "".join(r.choice(al) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        s = sum((al.index(ch) + 1) * (7 - i) for i, ch in enumerate(let))
        s += sum(v * (4 - i) for i, v in enumerate(nums))
        chk = 11 - s % 11
        if chk == 11:
            continue
        return let + "".join(map(str, nums)) + str(chk % 10)


def _ppsn(r: random.Random) -> str:
    al = "WABCDEFGHIJKLMNOPQRSTUV"
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(v * (8 - i) for i, v in enumerate(d))
    if r.random() < 0.4:  # newer numbers carry a second letter "A" (value 1, weight 9)
        return "".join(map(str, d)) + al[(s + 9) % 23] + "A"
    return "".join(map(str, d)) + al[s % 23]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
for _i in range(2, 8):
    _VP.append([_VP[_i - 1][_VP[1][j]] for j in range(10)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + _digs(r, 10)
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
    digs = _digs(r, 6)
    tot = 9 * 36 + 8 * (ord(let) - 55) + sum(int(c) * (7 - i) for i, c in enumerate(digs))
    chk = 11 - tot % 11
    return f"{let}{digs}({'0' if chk == 11 else 'A' if chk == 10 else chk})"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


# ------------------------------------------------------------------------------ drawing context
class C:
    """Per-note drawing context: seeded random, Faker, the names already used and the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self.fk: Faker | None = None
        loc = FAKER_LOC.get(region)
        if loc:
            if loc not in _FAKERS:
                _FAKERS[loc] = Faker(loc)
            self.fk = _FAKERS[loc]
            self.fk.seed_instance(seed)
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    # builder
    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, k: str, s: str) -> C:
        self.b.p(k, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def cell(self, s: str, w: int, k: str = "") -> C:
        """A table cell padded to ``w``: k is a PHI type, "c" for a clinical value, or plain."""
        if k == "c":
            self.c(s)
        elif k:
            self.p(k, s)
        else:
            self.t(s)
        return self.t(" " * max(1, w - len(s)))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # random
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def dig(self, n: int) -> str:
        return _dig(self.r, n)

    def f1(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tm(self, lo: int = 7, hi: int = 18, sep: str = ":") -> str:
        return f"{self.r.randint(lo, hi):02d}{sep}{self.r.randint(0, 59):02d}"

    # people
    def _ok(self, words: list[str]) -> bool:
        if not all(w.replace("'", "").isalpha() for w in words):
            return False
        return not any(w in BAD_NAMES or w.lower() in self.used for w in words)

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            base = ""
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first, base = self.ch(ms if sex == "m" else fs), self.ch(ls)
                last = base.split("|")[0 if sex == "m" else 1] if "|" in base else base
            words = first.replace("-", " ").split() + last.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words):
                continue
            self.used.update(w.lower() for w in words)
            if "|" in base:
                self.used.update(w.lower() for w in base.replace("|", " ").split())
            return P(first, last, sex, self.ch("BCDEFGHJKLMNRSTW"), base, "faker" if fake else grp)
        raise Redraw

    def pat(self, sex: str | None = None) -> P:
        sex = sex or self.ch("mf")
        fake = self.r.random() < 0.2 and self.region in FAKER_LOC
        return self._take(self.ch(PAT[self.region]), sex, fake)

    def staff(self, sex: str | None = None) -> P:
        intl = self.region in INTL_REGIONS and self.r.random() < 0.25
        grp = self.ch(INTL) if intl else self.ch(PAT[self.region])
        return self._take(grp, sex or self.ch("mf"), False)

    def first(self, q: P | None = None, sex: str | None = None) -> str:
        """A fresh first name from the family's (or the region's) group."""
        sex = sex or self.ch("mf")
        for _ in range(40):
            grp = q.grp if q is not None and q.grp else self.ch(PAT[self.region])
            if grp == "faker" and self.fk is not None:
                f = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
            else:
                ms, fs, _ls = G[grp if grp in G else self.ch(PAT[self.region])]
                f = self.ch(ms if sex == "m" else fs)
            if len(f) >= 3 and self._ok(f.replace("-", " ").split()):
                self.used.update(w.lower() for w in f.replace("-", " ").split())
                return f
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a blood relative keeps the surname (in its sex form), a spouse may not."""
        sex = sex or self.ch("mf")
        if not same:
            grp = q.grp if q.grp in G and self.r.random() < 0.7 else self.ch(PAT[self.region])
            return self._take(grp, sex, q.grp == "faker")
        last = q.last
        if "|" in q.base:
            last = q.base.split("|")[0 if sex == "m" else 1]
        return P(self.first(q, sex), last, sex, self.ch("BCDEFGHJKLMNRSTW"), q.base, q.grp)

    def ini(self, q: P) -> str:
        s = _slug(q.first)[0].upper() + _slug(q.last.replace("-", " ").split()[-1])[0].upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def like(self, q: P, sex: str | None = None) -> P:
        """An unrelated person from the same name group as ``q`` (an interpreter, say)."""
        grp = q.grp if q.grp in G else self.ch(PAT[self.region])
        return self._take(grp, sex or self.ch("mf"), False)

    def midname(self, q: P) -> str:
        return self.first(q, q.sex)


# ------------------------------------------------------------------------------ places and phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWN = [("Rochdale", "OL11", "01706"), ("Doncaster", "DN4", "01302"), ("Huddersfield", "HD2", "01484"),
           ("Grimsby", "DN32", "01472"), ("Stoke-on-Trent", "ST4", "01782"),
           ("Northampton", "NN3", "01604"), ("Gloucester", "GL2", "01452"), ("Scunthorpe", "DN16", "01724")]
UK_ST = ["Spotland Road", "Thorne Road", "Leeds Road", "Cleethorpe Road", "Trentham Road",
         "Kettering Road", "Stroud Road", "Balby Road", "Weelsby Street", "Frodingham Road",
         "Tuffley Lane", "Wellingborough Road"]
SC_TOWN = [("Aberdeen", "AB16", "01224"), ("Inverness", "IV2", "01463"), ("Falkirk", "FK1", "01324"),
           ("Kilwinning", "KA13", "01294"), ("Dunfermline", "KY12", "01383")]
SC_ST = ["Great Northern Road", "Culduthel Road", "Camelon Road", "Byres Road", "Holburn Street",
         "Halbeath Road"]
CY_TOWN = [("Llanelli", "SA15", "01554"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Aberystwyth", "SY23", "01970"), ("Pontypridd", "CF37", "01443")]
CY_ST = ["Heol y Deri", "Penydarren Road", "Ffordd Penglais", "Heol Goffa", "Lôn Glanmor"]
NI_TOWN = [("Coleraine", "BT52", "028 70"), ("Ballymena", "BT43", "028 25"),
           ("Cookstown", "BT80", "028 86"), ("Craigavon", "BT66", "028 38")]
NI_ST = ["Mountsandel Road", "Galgorm Road", "Molesworth Street", "Lurgan Road"]


def uk_pc(n: C, out: str) -> str:
    return f"{out} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_addr(n: C, reg: str = "uk") -> tuple[str, str, str, str]:
    """(street line, town, postcode, landline area code)."""
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST),
                  "ni": (NI_TOWN, NI_ST)}[reg]
    town, out, area = n.ch(towns)
    st = n.ch(sts)
    line = n.ch([f"{n.ri(1, 140)} {st}", f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}", f"{n.ri(2, 60)}a {st}"])
    return line, town, uk_pc(n, out), area


def uk_mob(n: C, k: int = 0) -> str:
    a, b = f"7{n.ri(400, 999)}", f"{n.ri(100000, 999999)}"
    return [f"0{a} {b}", f"+44 (0){a} {b[:3]} {b[3:]}", f"0{a}{b}", f"0{a}-{b[:3]}-{b[3:]}"][k % 4]


def uk_land(n: C, area: str, k: int = 0) -> str:
    rest = 10 - len(area.replace(" ", ""))
    num = str(n.ri(2, 8)) + "".join(str(n.ri(0, 9)) for _ in range(rest))
    if " " in area:  # 028 / 029 numbers
        return f"{area}{num[:2]} {num[2:]}" if k % 2 == 0 else f"({area.split()[0]}) {area.split()[1]}{num}"
    return [f"{area} {num}", f"({area}) {num}"][k % 2]


US_CITY = [("Akron", "OH", "443", "330"), ("Spokane", "WA", "992", "509"), ("Knoxville", "TN", "379", "865"),
           ("Shreveport", "LA", "711", "318"), ("Wichita", "KS", "672", "316"),
           ("Allentown", "PA", "181", "610"), ("El Paso", "TX", "799", "915"), ("Lansing", "MI", "489", "517"),
           ("Tucson", "AZ", "857", "520")]
US_ST = ["W Market St", "E Sprague Ave", "Kingston Pike", "Youree Dr", "E Douglas Ave", "Tilghman St",
         "Montana Ave", "Saginaw Hwy", "N Oracle Rd", "Copley Rd", "N Division St"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, stt, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}" + n.ch(["", "", f", Apt {n.ri(1, 4)}{n.ch('ABCD')}",
                                                       f" #{n.ri(101, 412)}"])
    z = f"{z3}{n.ri(1, 99):02d}" + (f"-{n.ri(1000, 9999)}" if n.r.random() < 0.25 else "")
    return line, city, stt, z, area


def us_ph(n: C, area: str, k: int = 0) -> str:
    a, b = n.ri(201, 989), n.ri(1000, 9999)
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}"][k % 4]


AU_SUB = [("Penrith", "NSW", "2750", "02"), ("Frankston", "VIC", "3199", "03"), ("Ipswich", "QLD", "4305", "07"),
          ("Mandurah", "WA", "6210", "08"), ("Launceston", "TAS", "7250", "03"),
          ("Campbelltown", "NSW", "2560", "02"), ("Werribee", "VIC", "3030", "03"),
          ("Toowoomba", "QLD", "4350", "07"), ("Salisbury", "SA", "5108", "08")]
AU_ST = ["Mulgoa Road", "Nepean Highway", "Brisbane Street", "Mandurah Terrace", "Wellington Street",
         "Watton Street", "Ruthven Street", "Park Terrace", "Queen Street", "Henty Street"]


def au_addr(n: C, state: str | None = None) -> tuple[str, str, str, str, str]:
    """(street line, suburb, state, postcode, area code)."""
    opts = [s for s in AU_SUB if state is None or s[1] == state] or AU_SUB
    sub, stt, pc, area = n.ch(opts)
    line = n.ch([f"{n.ri(1, 180)} {n.ch(AU_ST)}", f"{n.ri(1, 24)}/{n.ri(2, 90)} {n.ch(AU_ST)}",
                 f"Unit {n.ri(1, 12)}, {n.ri(2, 60)} {n.ch(AU_ST)}"])
    return line, sub, stt, pc, area


def au_mob(n: C, k: int = 0) -> str:
    a, b, c = f"4{n.ri(0, 9)}{n.ri(0, 9)}", n.ri(100, 999), n.ri(100, 999)
    return [f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}"][k % 3]


def au_land(n: C, area: str) -> str:
    return f"({area}) {n.ri(4000, 9899)} {n.ri(1000, 9999)}"


CA_CITY = [("Sudbury", "ON", "P3E", "705"), ("Kingston", "ON", "K7L", "613"), ("Kamloops", "BC", "V2C", "250"),
           ("Kelowna", "BC", "V1Y", "250"), ("Lethbridge", "AB", "T1J", "403"), ("Red Deer", "AB", "T4N", "403"),
           ("Truro", "NS", "B2N", "902"), ("Dartmouth", "NS", "B2Y", "902"), ("Barrie", "ON", "L4M", "705")]
CA_ST = ["Lasalle Blvd", "Princess St", "Columbia St", "Bernard Ave", "Mayor Magrath Dr", "Gaetz Ave",
         "Prince St", "Portland St", "Bayfield St", "Notre Dame Ave"]


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street line, city, postal code, area code)."""
    city, _p, fsa, area = n.ch([c for c in CA_CITY if c[1] == prov])
    line = n.ch([f"{n.ri(10, 2900)} {n.ch(CA_ST)}", f"{n.ri(101, 1204)}-{n.ri(10, 900)} {n.ch(CA_ST)}"])
    pc = f"{fsa} {n.ri(0, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}"
    return line, city, pc, area


def ca_ph(n: C, area: str, k: int = 0) -> str:
    a, b = n.ri(201, 989), n.ri(1000, 9999)
    return [f"{area}-{a}-{b}", f"({area}) {a}-{b}", f"1-{area}-{a}-{b}"][k % 3]


IE_TOWN = [("Ennis", "Co. Clare", "V95", "065"), ("Tralee", "Co. Kerry", "V92", "066"),
           ("Navan", "Co. Meath", "C15", "046"), ("Mullingar", "Co. Westmeath", "N91", "044"),
           ("Letterkenny", "Co. Donegal", "F92", "074"), ("Drogheda", "Co. Louth", "A92", "041"),
           ("Clonmel", "Co. Tipperary", "E91", "052")]
IE_ST = ["Gort Road", "Oakpark Drive", "Kells Road", "Ballinderry Park", "Port Road", "Cashel Road",
         "Mell Road", "Clonard Court"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, town, county, Eircode, landline area code)."""
    town, county, rk, area = n.ch(IE_TOWN)
    line = n.ch([f"{n.ri(1, 120)} {n.ch(IE_ST)}", f"Apt {n.ri(1, 30)}, {n.ch(IE_ST)}"])
    eir = f"{rk} {n.ch('ACDEFHKNPRTVWXY')}{''.join(n.ch(_EIR) for _ in range(3))}"
    return line, town, county, eir, area


def ie_mob(n: C, k: int = 0) -> str:
    p, a, b = n.ch(["083", "085", "086", "087", "089"]), n.ri(100, 999), n.ri(1000, 9999)
    return [f"{p} {a} {b}", f"{p}-{a}{b}", f"+353 {p[1:]} {a} {b}"][k % 3]


NZ_CITY = [("Tauranga", "3110", "07"), ("Palmerston North", "4410", "06"), ("Whangārei", "0110", "09"),
           ("Rotorua", "3010", "07"), ("Invercargill", "9810", "03"), ("Manukau", "2104", "09"),
           ("Napier", "4110", "06")]
NZ_ST = ["Devonport Road", "Ruahine Street", "Kamo Road", "Fenton Street", "Tay Street",
         "Great South Road", "Kennedy Road"]


def nz_addr(n: C) -> tuple[str, str, str, str]:
    city, pc, area = n.ch(NZ_CITY)
    line = n.ch([f"{n.ri(1, 300)} {n.ch(NZ_ST)}", f"{n.ri(1, 9)}/{n.ri(2, 120)} {n.ch(NZ_ST)}"])
    return line, city, pc, area


def nz_mob(n: C, k: int = 0) -> str:
    p = n.ch(["021", "022", "027"])
    a, b = n.ri(100, 999), n.ri(1000, 9999)
    return [f"{p} {a} {b}", f"+64 {p[1:]} {a} {b}", f"{p}{a}{b}"][k % 3]


IN_CITY = [("Hyderabad", "Telangana", "500", ["Ameerpet", "Kukatpally", "Yousufguda"]),
           ("Bengaluru", "Karnataka", "560", ["Jayanagar", "Malleshwaram", "Basavanagudi"]),
           ("Chennai", "Tamil Nadu", "600", ["Anna Nagar", "Adyar", "Mylapore"]),
           ("Lucknow", "Uttar Pradesh", "226", ["Gomti Nagar", "Aliganj", "Indira Nagar"]),
           ("Jaipur", "Rajasthan", "302", ["Vaishali Nagar", "Mansarovar", "Malviya Nagar"]),
           ("Kochi", "Kerala", "682", ["Edappally", "Kadavanthra", "Palarivattom"])]


def in_mob(n: C, k: int = 0) -> str:
    a, b = f"{n.ch('6789')}{n.ri(1000, 9999)}", f"{n.ri(10000, 99999)}"
    return [f"+91 {a} {b}", f"{a}{b}", f"{a}-{b}", f"+91-{a}{b}"][k % 4]


# ------------------------------------------------------------------------------ UK: England
def uk_chole_opnote(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 79)
    hosp, nhs = n.ch("KMRJ") + n.dig(7), _nhs(n.r)
    s, asst, an = n.staff(), n.staff(), n.staff()
    scan = n.dt(-160, -45)
    n.t("OPERATION NOTE").t(" " * 24).t("Theatre 4 (Day Case Unit)\n")
    n.t("Patient: ").nm(q.fL).t("    Hosp No: ").p("ID", hosp).t("    NHS No: ").p("ID", _nhsf(nhs, n.ri(0, 2)))
    n.t("    DOB: ").d(dob, "dmy2").t("\n")
    n.t("Date of operation: ").d(n.today, "dmy2").t("    Urgency: elective    ").c("ASA 2").t("\n")
    n.t(f"Operating surgeon: {s.mr} ").nm(s.Fs).t(" (Consultant)    Assistant: ")
    n.t("Miss " if asst.sex == "f" else "Mr ").nm(asst.fl).t(" (ST5)\n")
    n.t("Anaesthetist: Dr ").nm(an.Fs).t("    Anaesthetic: GA + local infiltration\n")
    n.t("Procedure: Laparoscopic cholecystectomy\n")
    n.t("Indication: recurrent biliary colic; USS ").d(scan, "mmy").t(" multiple calculi, ").c("CBD 5 mm").t("\n")
    n.t("Findings: ").t(n.ch(["thick-walled GB, omental adhesions", "distended GB, stone in the neck",
                              "chronic cholecystitis, short cystic duct"]))
    n.t("; critical view of safety obtained\n")
    n.t("Steps:\n - open umbilical entry, pneumoperitoneum ").c("12 mmHg").t("\n")
    n.t(" - 10 mm epigastric + 2 x 5 mm ports\n")
    n.t(" - cystic artery and duct clipped (2 proximal, 1 distal) and divided; GB off liver bed with diathermy\n")
    n.t(" - GB removed in retrieval bag via umbilicus; washout ").c("500 mL").t(" saline\n")
    n.t(" - ports infiltrated with ").c(f"bupivacaine 0.25% {n.ch([10, 20])} mL").t("\n")
    n.t(" - 0 PDS to umbilical sheath, 4/0 Monocryl subcuticular, glue\n")
    n.t("EBL: ").c(f"{n.ch([10, 15, 20])} mL").t("   Drain: nil   Specimen: gallbladder to histopathology\n")
    n.t("Post-op: home today if eating and mobilising; ").c("paracetamol 1 g QDS").t(", ")
    n.t("").c("ibuprofen 400 mg TDS").t(" with food. No routine follow-up; histology to GP.\n")
    n.t("Signed: ").nm(s.Fs).t(", Consultant Upper GI Surgeon (GMC ").p("ID", _gmc(n.r)).t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def uk_poa_form(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 84)
    hosp, nhs = n.ch("RDH") + n.dig(6), _nhs(n.r)
    line, town, pc, area = uk_addr(n)
    nok = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    gp, surg, nurse = n.staff(), n.staff(), n.staff("f")
    mid = n.midname(q) if n.r.random() < 0.5 else ""
    wt, ht = n.ri(78, 118), n.ri(152, 188)
    bmi = wt / (ht / 100) ** 2
    n.t("PRE-OPERATIVE ASSESSMENT - ANAESTHETIC SCREEN        seen ").d(n.today, "long").t(" (nurse-led)\n")
    n.t("Surname:        ").nm(q.last.upper()).t("              Forename(s): ").nm(f"{q.first} {mid}".strip()).t("\n")
    n.t("D.O.B.:         ").d(dob, "dot").t("              Hospital no.: ").p("ID", hosp).t("\n")
    n.t("NHS number:     ").p("ID", _nhsf(nhs, 0)).t("\n")
    n.t("Address:        ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t("  ").p("ZIP", pc).t("\n")
    n.t("Tel (home):     ").p("PHONE", uk_land(n, area, n.ri(0, 1))).t("      Mobile: ").p("PHONE", uk_mob(n, n.ri(0, 3))).t("\n")
    n.t("Next of kin:    ").nm(nok.fl).t(f" ({'wife' if nok.sex == 'f' else 'husband'})  ")
    n.p("PHONE", uk_mob(n, 0)).t("\n")
    n.t("GP:             Dr ").nm(gp.Fi).t(", Castleton Health Centre\n")
    n.t(f"Planned:        L total knee replacement ({surg.mr} ").nm(surg.last).t(")\n")
    n.t("Obs:            ").c(f"Ht {ht} cm").t("  ").c(f"Wt {wt} kg").t("  ").c(f"BMI {bmi:.1f}").t("  ")
    n.c(f"BP {n.ri(128, 162)}/{n.ri(72, 94)}").t("  ").c(f"HR {n.ri(58, 92)}").t(" reg  ").c(f"SpO2 {n.ri(94, 99)}%").t(" RA\n")
    n.t("Airway:         ").c(f"Mallampati {n.ch(['I', 'II', 'III'])}").t(", mouth opening > 3 FB, TMD > 6.5 cm, ")
    n.t(n.ch(["full neck extension", "reduced neck extension"])).t(", ").t(n.ch(["upper denture", "own teeth", "crowned incisors"])).t("\n")
    n.t("STOP-BANG:      ").c(f"{n.ri(3, 6)}/8").t(" - ").t(n.ch(["refer to sleep service", "discussed with anaesthetist"])).t("\n")
    n.t("Medication:     ").c("metformin 1 g BD").t(", ").c(f"ramipril {n.ch([2.5, 5, 10])} mg OD").t(", ")
    n.c(f"amlodipine {n.ch([5, 10])} mg OD").t("\n")
    n.t("Allergies:      ").t(n.ch(["penicillin (rash)", "NKDA", "codeine (vomiting)"])).t("\n")
    n.t("Bloods:         ").c(f"Hb {n.ri(118, 156)} g/L").t(", ").c(f"Na {n.ri(134, 143)}").t(", ").c(f"K {n.f1(3.6, 5.2)}")
    n.t(", ").c(f"creat {n.ri(61, 132)}").t(", ").c(f"HbA1c {n.ri(44, 78)} mmol/mol").t("\n")
    n.t("ECG:            ").c(f"SR {n.ri(58, 88)}").t(", normal axis\n")
    n.t("ASA:            ").c(n.ch(["II", "III"])).t("     Outcome: fit to list; omit ramipril and metformin on the day\n")
    n.t("Assessed by:    ").nm(nurse.fl).t(", Pre-op Assessment Nurse (NMC PIN ").p("ID", _nmc(n.r)).t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def uk_who_export(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 86)
    mrn = "M" + n.dig(7)
    s, asst, an, odp, scrub, run = (n.staff(), n.staff(), n.staff(), n.staff(), n.staff(), n.staff())
    si, ri = n.ini(scrub), n.ini(run)
    t0 = n.ri(8, 9)
    n.t("Theatre Management System - Safety Checklist audit trail\n")
    n.t("Session: ").d(n.today, "dMON").t(" AM    Theatre: Main 6    List: ")
    n.t(f"{s.mr} ").nm(s.last).t(" (Colorectal)\n")
    n.t("Patient: ").nm(q.LF).t("    MRN: ").p("ID", mrn).t("    DOB: ").d(dob, "dMON").t("\n")
    n.t("-" * 78 + "\n")
    n.t(f"SIGN IN   {t0:02d}:{n.ri(30, 45)}  identity, site, procedure and consent confirmed; allergies: ")
    n.t(n.ch(["NKDA", "latex", "penicillin"])).t("\n")
    n.t("                 difficult airway / aspiration risk: no; risk of ").c(">500 mL").t(" blood loss: yes, 2 units X-matched\n")
    n.t(f"TIME OUT  {t0:02d}:{n.ri(50, 59)}  team introduced - surgeon {s.mr} ").nm(s.Fs).t(", assistant Dr ").nm(asst.fl)
    n.t(", anaesthetist Dr ").nm(an.Fs).t(",\n                 ODP ").nm(odp.fl).t(", scrub ").nm(scrub.fl)
    n.t(", runner ").nm(run.first).t("\n")
    n.t("                 procedure: laparoscopic anterior resection; antibiotic: ").c("co-amoxiclav 1.2 g IV")
    n.t(f" at {t0:02d}:4{n.ri(0, 9)}\n")
    n.t("                 VTE: TEDs + IPC, ").c("enoxaparin 40 mg SC").t(" 6 h post-op; warming on; ").c(f"CBG {n.f1(5.1, 8.9)}").t("\n")
    n.t(f"SIGN OUT  {t0 + 3:02d}:{n.ri(10, 59):02d}  swabs, sharps and instruments correct (").nm(si).t(" / ").nm(ri)
    n.t("); specimen labelled x2\n")
    n.t("                 concerns for recovery: epidural in situ (").c("levobupivacaine 0.1% + fentanyl 2 mcg/mL").t(" at ")
    n.c(f"{n.ri(6, 12)} mL/h").t(")\n")
    n.t("Entered by: ").nm(f"{_slug(odp.first)[0]}{_slug(odp.last)}").t(" (workstation TH6-PC02, ")
    n.p("IP", f"10.{n.ri(16, 250)}.{n.ri(1, 250)}.{n.ri(2, 250)}").t(")\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def uk_trauma_list(n: C) -> Note:
    con, an, coord = n.staff(), n.staff(), n.staff()
    day = n.today
    pts = []
    for k in range(3):
        q = n.pat()
        dob, a = n.dob(88, 97) if k == 0 else n.dob(58, 96)
        pts.append((q, dob, a, n.ch("KMR") + n.dig(7)))
    son = n.rel(pts[0][0], "m")
    dose = day - timedelta(days=2)
    n.t(f"TRAUMA LIST - {day.strftime('%A')} ").d(day, "dm").t(" - Theatre 3 (start 08:30)\n")
    n.t(f"Consultant: {con.mr} ").nm(con.fl).t("    Anaes: Dr ").nm(an.Fs).t("    Trauma coordinator: ")
    n.nm(coord.fl).t(" (bleep ").p("PHONE", str(n.ri(2100, 2999))).t(")\n\n")
    n.t("#  Patient              Hosp no     Age  Injury                      Plan                 Notes\n")
    inj = [("R #NOF intracapsular", "R hemiarthroplasty"), ("L #NOF intertroch", "L DHS"),
           ("R ankle bimalleolar", "ORIF R ankle"), ("L distal radius", "MUA + K-wires")]
    for k, (q, _dob, a, hosp) in enumerate(pts):
        i1, i2 = inj[k] if k < 2 else n.ch(inj[2:])
        n.t(f"{k + 1}  ").cell(q.Lf, 21, "NAME").cell(hosp, 12, "ID").cell(str(a), 5, "AGE" if a >= 90 else "")
        n.t(f"{i1:<28}{i2:<21}")
        if k == 0:
            n.c(f"AMTS {n.ri(3, 7)}/10").t(", ").c(f"Hb {n.ri(96, 118)}").t(", apixaban last ").d(dose, "dm").t(" 21:00\n")
        elif k == 1:
            n.c(f"Na {n.ri(126, 133)}").t(" - ortho-geri review first\n")
        else:
            n.t("fasted from 02:00\n")
    n.t("\nPt 1 lacks capacity - consent form 4; son ").nm(son.fl).t(" informed on ").p("PHONE", uk_mob(n, n.ri(0, 3))).t(".\n")
    n.t("All NBM from 02:00, ").c("IV fluids 1 mL/kg/h").t(" until called; nerve blocks in the anaesthetic room.\n")
    return n.build(_fhir(pts[0][0], pts[0][1], [("hosp", pts[0][3])]))


def uk_implant_sheet(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(72, 97)
    hosp, nhs = n.ch("KRT") + n.dig(7), _nhs(n.r)
    s, scrub = n.staff(), n.staff()
    si = n.ini(scrub)
    njr = f"NJR{n.dig(9)}"
    n.t("IMPLANT RECORD - Theatre 2 - Hemiarthroplasty\n")
    n.t("Patient label: ").nm(q.LF).t(" | ").p("ID", hosp).t(" | DOB ").d(dob, "dmy").t(" | Age ").age(a)
    n.t(" | NHS ").p("ID", _nhsf(nhs, 0)).t("\n")
    n.t("Date of surgery: ").d(n.today, "dmy").t("    Side: ").t(n.ch(["Right", "Left"])).t(f"    Surgeon: {s.mr} ").nm(s.Fs)
    n.t("    Scrub practitioner: ").nm(scrub.fl).t("\n\n")
    n.t("Component                     Manufacturer   REF            LOT          SN           Size\n")
    n.t("Femoral stem, polished taper  Stryker        0580-1-")
    n.t(f"{n.ri(10, 45):03d}    {n.ch('ABCDE')}{n.ri(100000, 999999)}      ").cell(f"S{n.dig(8)}", 13, "ID").c(f"size {n.ri(1, 4)}, 44 mm offset").t("\n")
    n.t("Unipolar head                 Stryker        6260-9-")
    n.t(f"{n.ri(40, 56)}     {n.ch('FGHK')}{n.ri(100000, 999999)}      ").cell(f"U{n.dig(8)}", 13, "ID").c(f"{n.ri(42, 52)} mm").t("\n")
    n.t("Distal cement restrictor      Stryker        0580-0-")
    n.t(f"{n.ri(10, 14)}    {n.ch('LMN')}{n.ri(100000, 999999)}      -            ").c(f"size {n.ri(2, 4)}").t("\n")
    n.t(f"Bone cement (gentamicin)      Heraeus        66039{n.ri(100, 999)}     ")
    n.t(f"{n.ch('PR')}{n.ri(10000, 99999)}       -            ").c("40 g x 2").t("\n\n")
    n.t("NJR consent: yes   NJR ref: ").p("ID", njr).t("   Stickers checked: ").nm(si).t(" / circulating\n")
    n.t("Pre-op ").c(f"Hb {n.ri(98, 131)}").t(", ").c(f"tranexamic acid {n.ch([1, 1.5])} g").t(" at induction, ")
    n.c("cefuroxime 1.5 g").t(" x 3 doses\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def uk_dsu_letter(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(28, 82)
    hosp = n.ch("DSH") + n.dig(7)
    line, town, pc, _area = uk_addr(n)
    gp, s, nurse = n.staff(), n.staff(), n.staff("f")
    wife = n.rel(q, "f", same=n.r.random() < 0.6)
    gline, gtown, gpc, _ga = uk_addr(n)
    chk = n.today + timedelta(days=n.ri(6, 9))
    n.t("Day Surgery Unit\n").t(f"{n.today.strftime('%A')} ").d(n.today, "long").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\nCastleton Health Centre\n").p("ADDRESS", gline).t("\n").p("ADDRESS", gtown).t(" ").p("ZIP", gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: Mr ").nm(q.fl).t("   DOB ").d(dob, "dot").t("   Hosp no ").p("ID", hosp).t("\n    ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Your patient attended today for elective day-case surgery and went home the same evening.\n")
    n.t("Procedure: open ").t(n.ch(["right", "left"])).t(" inguinal hernia repair with mesh\n")
    n.t("Anaesthetic: GA + ilioinguinal block (").c("levobupivacaine 0.25% 20 mL").t(")\n")
    n.t(f"Surgeon: {s.mr} ").nm(s.Fs).t(", Consultant General Surgeon\n")
    n.t("To take home: ").c("paracetamol 1 g QDS").t(", ").c("ibuprofen 400 mg TDS").t(" for 5 days, ")
    n.c("codeine 30 mg QDS PRN").t(" (").c("28 tablets").t(")\n")
    n.t("He was collected by his wife, ").nm(wife.first).t(", who will stay with him overnight.\n")
    n.t("Dissolvable sutures; dressing off at 48 h. Please arrange a wound check with the practice nurse on ")
    n.d(chk, "dm").t(". No lifting over ").c("5 kg").t(" for 4 weeks; driving once he can do an emergency stop.\n\n")
    n.t("Yours sincerely\n").nm(nurse.fl).t("\nDay Surgery Sister, for ").t(f"{s.mr} ").nm(s.last).t("\ncc: patient\n")
    return n.build(_fhir(q, dob, [("hosp", hosp)]))


def uk_ward_round(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(40, 86)
    hosp = n.ch("KMR") + n.dig(7)
    con, reg, fy1 = n.staff(), n.staff(), n.staff()
    kid = n.rel(q, "f")
    n.d(n.today, "dm1").t(f" {n.tm(7, 8, '')} surg wr ({con.mr.lower()} ").nm(con.last.lower()).t(" / reg ")
    n.nm(reg.first.lower()).t(" / fy1 ").nm(fy1.first.lower()).t(")\n")
    n.t("pt: ").nm(q.LF).t("  hosp no ").p("ID", hosp).t("  dob ").d(dob, "dmy").t("\n")
    n.t("pod2 lap r hemicolectomy (eras)\n")
    n.t("s: sore at port sites, passing flatus, no bo, tolerating sips + ").c("2 x fortisip").t("\n")
    n.t("o: ").c(f"hr {n.ri(72, 104)}").t(" ").c(f"bp {n.ri(104, 142)}/{n.ri(60, 84)}").t(" ").c(f"t {n.f1(36.5, 37.9)}").t(" ")
    n.c(f"rr {n.ri(14, 20)}").t(" ").c(f"sats {n.ri(93, 98)}% ra").t(" ").c(f"news2 {n.ri(0, 3)}").t("\n")
    n.t("   abdo soft, approp tender, wounds clean, drain ").c(f"{n.ri(10, 80)} ml serous").t("\n")
    n.t("   fluid bal ").c(f"+{n.f1(0.4, 1.8)} l").t(", uo ").c(f"{n.f1(0.4, 1.1)} ml/kg/h").t("\n")
    n.t("   bloods: ").c(f"hb {n.ri(96, 128)}").t(" ").c(f"wcc {n.f1(8, 15)}").t(" ").c(f"crp {n.ri(90, 210)}").t(" ")
    n.c(f"k {n.f1(3.1, 3.6)}").t(" ").c(f"mg {n.f1(0.55, 0.7, 2)}").t("\n")
    n.t("a: progressing, crp trending down\n")
    n.t("p: - ").c("sando-k 2 tabs bd").t(" x 2 days, ").c("iv mg sulph 20 mmol").t("\n")
    n.t("   - drain out, twoc today\n   - mobilise w physio, ").c("enoxaparin 40 mg od").t(" x 28 days\n")
    n.t("   - spoke to daughter ").nm(kid.first.lower()).t(" on ").p("PHONE", uk_mob(n, 2)).t(" - happy with plan\n")
    n.t("fy1 ").nm(fy1.fl).t(" bleep ").p("PHONE", str(n.ri(3000, 3999))).t("\n")
    return n.build(_fhir(q, dob, [("hosp", hosp)]))


def uk_ssi_followup(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 86)
    hosp, nhs = n.ch("KRM") + n.dig(7), _nhs(n.r)
    _line, _town, _pc, area = uk_addr(n)
    sn, gp = n.staff("f"), n.staff()
    pn = n.first(q, "f")
    op = n.today - timedelta(days=30)
    dc = op + timedelta(days=n.ri(1, 4))
    onset, seen = op + timedelta(days=n.ri(9, 14)), op + timedelta(days=n.ri(15, 19))
    n.t("SURGICAL SITE INFECTION SURVEILLANCE - post-discharge follow-up (day 30)\n")
    n.t("Category: knee prosthesis    Op date: ").d(op, "dot").t("    Discharged: ").d(dc, "dot").t("\n")
    n.t("Patient: ").nm(q.fl).t("    Hosp no: ").p("ID", hosp).t("    NHS: ").p("ID", _nhsf(nhs, 1)).t("    DOB: ").d(dob, "dot").t("\n")
    n.t("Number called: ").p("PHONE", uk_land(n, area, 0)).t(" (home)    Caller: ").nm(sn.fl).t(", SSI Surveillance Nurse, ")
    n.d(n.today, "dot").t("\n")
    n.t("Wound problem since discharge? YES - redness and ooze from the distal wound from about ").d(onset, "dm").t("\n")
    n.t("Seen by practice nurse (").nm(pn).t(") then Dr ").nm(gp.last).t(" on ").d(seen, "dm").t("; swab: MSSA; ")
    n.c("flucloxacillin 500 mg QDS").t(" x 7 days\n")
    n.t("Readmitted: no    Return to theatre: no\n")
    n.t("Operation data: ").c(f"ASA {n.ri(1, 3)}").t(", wound class clean, ").c(f"duration {n.ri(70, 140)} min").t(", ")
    n.c(f"BMI {n.f1(24, 41)}").t(", prophylaxis ").c("cefuroxime 1.5 g").t(" at induction\n")
    n.t("Outcome: meets superficial incisional SSI (patient-reported, clinician-diagnosed)\n")
    n.t("SSISS record ").p("ID", f"SSI{n.today.year % 100}-{n.dig(5)}").t(" completed by ").nm(n.ini(sn)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


# ------------------------------------------------------------------------------ UK: Scotland, Wales, NI
def sc_ogd_report(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 86)
    chi = _chi(n.r, dob, q.sex)
    endo, n1, n2, gp = n.staff(), n.staff("f"), n.staff(), n.staff()
    lab = f"{n.ch(['AB', 'RI', 'NH'])}{n.today.year % 100}/{n.dig(5)}"
    n.t("UPPER GI ENDOSCOPY (OGD) REPORT\n")
    n.t("Patient: ").nm(q.FL).t("    CHI: ").p("ID", chi).t("    DOB: ").d(dob, "dmy").t("\n")
    n.t("Date: ").d(n.today, "dmy").t("    Endoscopist: Dr ").nm(endo.fl).t(" (Consultant Gastroenterologist)\n")
    n.t("Nurses: ").nm(n1.fl).t(", ").nm(n2.fl).t("    Referrer: Dr ").nm(gp.Fs).t(" (GP), Westburn Medical Group\n")
    n.t("Indication: dyspepsia with iron deficiency (").c(f"Hb {n.ri(88, 112)}").t(", ").c(f"ferritin {n.ri(4, 14)}").t(")\n")
    n.t("Sedation: ").c(f"midazolam {n.ch([1, 2, 3])} mg IV").t(" + ").c("lidocaine spray 10% x 5").t("    Comfort: ")
    n.c(f"{n.ri(1, 3)}/5").t("    Extent: D2\n")
    n.t("Findings:\n")
    n.t("  Oesophagus - columnar-lined segment ").c(f"Prague C{n.ri(1, 3)}M{n.ri(3, 6)}").t(", no nodules; ")
    n.c("LA grade A").t(" oesophagitis above\n")
    n.t("  Stomach - patchy antral erythema, CLO test taken\n")
    n.t("  Duodenum - normal; D2 biopsies x 4 for coeliac\n")
    n.t("Biopsies: quadrantic every 2 cm x ").c(str(n.ri(8, 14))).t(", lab no ").p("ID", lab).t("\n")
    n.t("Plan: ").c("omeprazole 20 mg BD").t("; await histology and CLO; surveillance OGD in 3 years if no dysplasia.\n")
    n.t("Report copied to GP and given to patient.  e-signed ").nm(n.ini(endo)).t(" ").d(n.today, "dm").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_consent_form(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(52, 86)
    chi = _chi(n.r, dob, q.sex)
    line, town, pc, _area = uk_addr(n, "sc")
    s, fy = n.staff(), n.staff()
    sign = n.today - timedelta(days=n.ri(14, 40))
    n.t("CONSENT FORM 1 - patient agreement to investigation or treatment\n")
    n.t("Patient's surname/family name: ").nm(q.last).t("      Patient's first names: ").nm(q.first).t("\n")
    n.t("Date of birth: ").d(dob, "ord").t("      CHI number: ").p("ID", chi).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t(f"Responsible health professional: {s.mr} ").nm(s.fl).t("   Job title: Consultant Orthopaedic Surgeon\n")
    n.t("Special requirements: ").t(n.ch(["hearing aid - speak on the left", "none", "large print copy"])).t("\n")
    side = n.ch(["Left", "Right"])
    n.t(f"Proposed procedure: {side} total knee replacement (cemented), spinal anaesthetic + sedation\n")
    n.t("Intended benefits: pain relief, better mobility\n")
    n.t("Serious or frequently occurring risks: infection ").c("1%").t(", DVT/PE ").c("1-2%").t(", ongoing pain ")
    n.c("10-20%").t(", stiffness, nerve injury ").c("<1%").t(", revision\n")
    n.t("Blood transfusion: may be needed (").c(f"Hb {n.ri(118, 150)} g/L").t(" at pre-assessment)\n")
    n.t("Statement of health professional - signed ").nm(s.Fs).t("   date ").d(sign, "dmy2").t("\n")
    n.t("Statement of patient - signed ").nm(q.fl).t("   date ").d(sign, "dmy2").t("\n")
    n.t("Confirmation of consent (day of surgery): reconfirmed by Dr ").nm(fy.fl).t(" (CT2), ").d(n.today, "dmy2").t("\n")
    n.t("Copy accepted by patient: yes\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_list_email(n: C) -> Note:
    sched, s, an = n.staff("f"), n.staff(), n.staff()
    welsh = n.staff("f")
    pts = [n.pat(), n.pat("f"), n.pat()]
    nos = [n.ch("DGH") + n.dig(6) for _ in range(3)]
    dob0, _a0 = n.dob(30, 80)
    list_day = n.today + timedelta(days=3)
    _l, _t, _p, area = uk_addr(n, "cy")
    n.t("From: ").nm(sched.fl).t(" <").p("EMAIL", sched.mail("wales.nhs.uk")).t(">\n")
    n.t("Sent: ").d(n.today, "long").t(f" {n.tm(14, 17)}\n")
    n.t("To: Theatre anaesthetic rota; Ward 7 admissions\n")
    n.t(f"Subject: {list_day.strftime('%a')} ").d(list_day, "dm").t(f" all-day list - {s.mr} ").nm(s.last).t(" - Theatre 5 (revised)\n\n")
    n.t("Hi all,\n")
    n.t("Revised order below. Anaesthetist Dr ").nm(an.Fs).t("; pt 2 has a latex allergy so goes first.\n\n")
    n.t("Order  Patient                  Hosp No    Procedure                        Est.     Notes\n")
    rows = [("Lap cholecystectomy", "90 min", f"BMI {n.ri(38, 46)}"),
            ("Lap TAH + BSO", "150 min", "latex allergy"),
            ("Excision lipoma back", "45 min", f"Hb {n.ri(98, 110)}")]
    order = [1, 0, 2]
    for k, j in enumerate(order):
        proc, est, note = rows[j]
        n.t(f"{k + 1}      ").cell(pts[j].lf, 25, "NAME").cell(nos[j], 11, "ID").t(f"{proc:<33}").cell(est, 9, "c")
        n.c(note).t("\n")
    n.t("\nPt 3 prefers Welsh - Nurse ").nm(welsh.first).t(" (Cymraeg) will be in recovery.\n")
    n.t("Pt 1 DOB ").d(dob0, "dmy").t(" - note the ").c("HbA1c 71").t(", diabetes team aware.\n\n")
    n.t("Diolch,\n").nm(sched.first).t("\nTheatre Scheduler\nFfôn / Tel: ").p("PHONE", uk_land(n, area, 0)).t(" est. ")
    n.p("PHONE", str(n.ri(4000, 4999))).t("\n")
    return n.build(_fhir(pts[1], dob0, [("hosp", nos[1])]))


def ni_anaes_record(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(32, 70)
    hc = _hc(n.r)
    s, an, sup, odp = n.staff("f"), n.staff(), n.staff(), n.staff()
    rec = n.first(None)
    ti = f"{n.ri(8, 9):02d}:{n.ri(10, 55)}"
    n.t("ANAESTHETIC RECORD  (page 1 of 2)\n")
    n.t("Name: ").nm(q.LF).t("    H&C No: ").p("ID", _nhsf(hc, n.ri(0, 1))).t("    DOB: ").d(dob, "dmy").t("    ")
    n.c(f"Wt {n.ri(58, 96)} kg").t("\n")
    n.t("Date: ").d(n.today, "dot2").t("    Theatre: DSU 2    Procedure: laparoscopic total hysterectomy + BSO\n")
    n.t("Surgeon: Miss ").nm(s.Fs).t("    Anaesthetist: Dr ").nm(an.fl).t(" (ST5), supervising Dr ").nm(sup.Fs)
    n.t("    ODP: ").nm(odp.fl).t("\n")
    n.t("Pre-op: ").c("ASA II").t("; fasted from 02:00; ").c(f"Mallampati {n.ri(1, 2)}").t("; no loose teeth\n")
    n.t(f"Induction {ti}: ").c("fentanyl 100 mcg").t(", ").c(f"propofol {n.ch([150, 170, 180, 200])} mg").t(", ")
    n.c(f"rocuronium {n.ch([40, 50, 60])} mg").t("\n")
    n.t("Airway: Mac 3, ").c("CL grade 1").t(", ").c("ETT 7.0").t(" cuffed at ").c("21 cm").t(", easy BMV\n")
    n.t("Maintenance: sevoflurane in O2/air, ").c("MAC 0.9-1.1").t("\n")
    n.t("Drugs: ").c("morphine 8 mg").t(", ").c("paracetamol 1 g IV").t(", ").c("parecoxib 40 mg").t(", ")
    n.c("dexamethasone 6.6 mg").t(", ").c("ondansetron 4 mg").t(", ").c("co-amoxiclav 1.2 g").t("\n")
    n.t("Fluids: ").c("Hartmann's 1000 mL").t("    EBL ").c(f"{n.ri(50, 300)} mL").t("    UO ").c(f"{n.ri(100, 400)} mL").t("\n")
    n.t("Obs: ").c(f"HR {n.ri(55, 65)}-{n.ri(70, 88)}").t(", ").c(f"NIBP {n.ri(98, 110)}-{n.ri(120, 138)}/{n.ri(55, 62)}-{n.ri(70, 82)}")
    n.t(", ").c("SpO2 99-100%").t(", ").c(f"EtCO2 {n.f1(4.2, 4.6)}-{n.f1(4.8, 5.3)} kPa").t("\n")
    n.t("Reversal: ").c("sugammadex 200 mg").t(", ").c(f"TOF ratio 0.{n.ri(92, 99)}").t(" - extubated awake\n")
    n.t("Handed over to ").nm(rec).t(" (recovery RN); PCA ").c("morphine 1 mg / 5 min lockout").t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ US
def us_op_report(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 78)
    mrn = "00" + n.dig(7)
    s, pa, crna, pcp = n.staff(), n.staff(), n.staff(), n.staff()
    signed = n.today + timedelta(days=1)
    n.t("OPERATIVE REPORT\n\n")
    n.t("PATIENT: ").nm(q.LFM).t("    MRN: ").p("ID", mrn).t("    DOB: ").d(dob, "us").t("\n")
    n.t("DATE OF SURGERY: ").d(n.today, "usord").t("\n")
    n.t("SURGEON: ").nm(s.fl).t(", MD (NPI ").p("ID", _npi(n.r)).t(")\nASSISTANT: ").nm(pa.fl).t(", PA-C\n")
    n.t("ANESTHESIA: General endotracheal (").nm(crna.fml).t(", CRNA)\n")
    w, h = n.ri(3, 6), n.ri(4, 8)
    n.t("PREOPERATIVE DIAGNOSIS: Symptomatic ventral hernia, ").c(f"{w} x {h} cm").t("\n")
    n.t("POSTOPERATIVE DIAGNOSIS: Same, with incarcerated omentum\n")
    n.t("PROCEDURE: Robotic-assisted laparoscopic ventral hernia repair with retrorectus mesh (")
    n.c(f"{w + 10} x {h + 12} cm").t(")\n")
    n.t("EBL: ").c(f"{n.ri(10, 50)} mL").t("    IV FLUIDS: ").c(f"{n.ri(8, 16) * 100:,} mL LR").t("    URINE OUTPUT: ")
    n.c(f"{n.ri(150, 500)} mL").t("\n")
    n.t("SPECIMENS: hernia sac    DRAINS: none    COMPLICATIONS: none\n")
    n.t("DESCRIPTION: The patient was identified in pre-op holding and the site confirmed. After induction, ")
    n.c("cefazolin 2 g IV").t(" was given and a time-out performed. ")
    n.t("Pneumoperitoneum to ").c("15 mmHg").t("; three 8 mm robotic ports. The sac was reduced, the posterior sheath ")
    n.t("closed with 2-0 barbed suture, mesh placed and the defect closed. Ports infiltrated with ")
    n.c("0.25% bupivacaine 30 mL").t(". The patient tolerated the procedure well and went to PACU in stable condition.\n\n")
    n.t("Electronically signed by ").nm(s.fl).t(", MD on ").d(signed, "us").t(f" at {n.ri(6, 11)}:{n.ri(10, 59)} AM\n")
    n.t("cc: ").nm(pcp.Fi).t(", MD (PCP)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_preanes_eval(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(55, 95)
    mrn, csn = n.dig(8), n.dig(10)
    s, doc = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    labs = n.today - timedelta(days=n.ri(5, 12))
    n.t("Pre-Anesthesia Evaluation        Date of Service: ").d(n.today, "us1").t("\n")
    n.t("Patient: ").nm(q.fl).t("    Age/Sex: ").age(a).t(f" y.o. {'male' if q.sex == 'm' else 'female'}    MRN: ").p("ID", mrn)
    n.t("    CSN: ").p("ID", csn).t("\n")
    n.t("Planned procedure: TURBT    Surgeon: Dr. ").nm(s.last).t("\n")
    n.t("NPO: solids since 2000, clears until 0400\n")
    n.t("Vitals: ").c(f"BP {n.ri(118, 162)}/{n.ri(64, 92)}").t(" | ").c(f"Pulse {n.ri(56, 90)}").t(" | ")
    n.c(f"Temp {n.f1(36.3, 37.1)} °C").t(" | ").c(f"SpO2 {n.ri(93, 99)}%").t(" | ").c(f"Wt {n.f1(62, 118)} kg").t("\n")
    n.t("Airway: ").c(f"Mallampati: {n.ch(['II', 'III', 'IV'])}").t("   TM distance: >3 FB   Mouth opening: >3 cm   ")
    n.t("Neck ROM: ").t(n.ch(["full", "limited extension"])).t("   Dentition: upper partial\n")
    n.t("Cardiac: ").c("RCRI 1").t(", ").c("METs >4").t("    Pulm: OSA on CPAP (bring machine)\n")
    n.t("Labs (").d(labs, "md").t("): ").c(f"Hgb {n.f1(10.5, 15.5)}").t(", ").c(f"K {n.f1(3.6, 5.0)}").t(", ")
    n.c(f"Cr {n.f1(0.7, 1.6, 2)}").t(", ").c(f"A1c {n.f1(5.6, 8.4)}%").t("\n")
    n.t("Meds: ").c("metoprolol succinate 50 mg daily").t(" (took AM dose), ").c("apixaban 5 mg BID").t(" (held 48 h), ")
    n.c("metformin 1000 mg BID").t("\n")
    n.t("ASA: ").c("3").t("\n")
    n.t("Plan: GA with LMA; PONV prophylaxis (").c("Apfel score 2").t("). Risks, benefits and alternatives ")
    n.t(f"discussed with the patient and {q.his} {'wife' if sp.sex == 'f' else 'husband'}, ").nm(sp.first)
    n.t("; questions answered.\n\n").nm(doc.fl).t(", MD  ").d(n.today, "us1").t(f" {n.ri(5, 7)}:{n.ri(10, 59)} AM\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_consent(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(60, 88)
    mrn = n.dig(8)
    s, rn, dr2 = n.staff(), n.staff("f"), n.staff()
    poa = n.rel(q, "f")
    qi, si = n.ini(q), n.ini(s)
    hgb = n.today - timedelta(days=n.ri(4, 10))
    n.t("CONSENT FOR OPERATION / PROCEDURE AND ANESTHESIA\n")
    n.t("Patient Name: ").nm(q.fml).t("    DOB: ").d(dob, "us").t("    MRN: ").p("ID", mrn).t("\n\n")
    n.t("1. I authorize Dr. ").nm(s.fl).t(" and such associates and assistants as may be selected to perform: ")
    side = n.ch(["Left", "Right"])
    n.t(f"{side} total hip arthroplasty, anterior approach.\n")
    n.t("2. The nature and purpose, risks (infection, bleeding, dislocation ").c("1-2%").t(", leg-length difference, ")
    n.t("blood clots, nerve injury), benefits and alternatives have been explained to me.\n")
    n.t("3. I consent to anesthesia by or under the direction of the Department of Anesthesiology.\n")
    n.t("4. Blood transfusion:  [X] I consent   [ ] I refuse\n")
    n.t("Pre-procedure verification: allergy sulfa (hives); ").c(f"wt {n.f1(58, 110)} kg").t("; ")
    n.c(f"Hgb {n.f1(10.8, 14.6)}").t(" (").d(hgb, "us2").t("); site marked by surgeon (").nm(si).t(")\n\n")
    if n.r.random() < 0.5:
        n.t("Signature of patient: ").nm(qi).t(" (initials - arthritic hands)\n")
    else:
        n.t("Signature of legally authorized representative: ").nm(poa.fl).t(" (daughter, health care POA)\n")
    n.t("Interpreter: ").t(n.ch(["Spanish", "Vietnamese", "Polish"])).t(" video interpreter, ID ").p("ID", n.dig(6)).t("\n")
    n.t("Witness: ").nm(rn.fl).t(", RN    Date/Time: ").d(n.today, "us02").t(f" {n.tm(6, 7, '')}\n")
    n.t("Physician attestation: ").nm(dr2.fl).t(", MD (resident for Dr. ").nm(s.last).t(")  ").d(n.today, "us02").t(f" {n.tm(6, 7, '')}\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_or_schedule(n: C) -> Note:
    day = n.today
    printer = n.staff()
    charge, coord = n.staff("f"), n.staff()
    surgs = [n.staff() for _ in range(3)]
    anes = [n.staff() for _ in range(2)]
    rows = []
    for k in range(4):
        q = n.pat()
        dob, a = n.dob(88, 96) if k == 0 else n.dob(24, 94)
        rows.append((q, dob, a, n.dig(8)))
    addq = n.pat()
    addm = n.dig(8)
    n.t(f"MAIN OR - DAILY SCHEDULE - {day.strftime('%a')} ").d(day, "us").t("     printed ")
    n.d(day - timedelta(days=1), "us").t(f" {n.tm(15, 17)} by ").nm(printer.fl).t("\n")
    n.t("OR  Start  Patient                   MRN       Age/Sex  Procedure                        Surgeon         Anes\n")
    procs = [("ORIF L intertroch fx (IMN)", 0), ("Lap cholecystectomy", 1), ("R TKA", 2), ("Cysto, L ureteral stent", 1)]
    times = ["0730", "0745", "0930", "1015"]
    for k, (q, _dob, a, mrn) in enumerate(rows):
        proc, si = procs[k]
        n.t(f"{3 + k % 2:<4}{times[k]:<7}").cell(q.lf, 26, "NAME").cell(mrn, 10, "ID")
        n.cell(str(a), 3, "AGE" if a >= 90 else "").t(f"{q.sex.upper():<6}{proc:<33}Dr. ").cell(surgs[si].last, 12, "NAME")
        n.t("Dr. ").nm(anes[k % 2].last).t("\n")
    n.t("Add-on: ").nm(addq.lf).t(" (").p("ID", addm).t(") - I&D R hand abscess, from ED, posted by Dr. ").nm(surgs[1].last)
    n.t(f" at 06{n.ri(10, 50)}\n")
    n.t("Notes: pt 1 DNR suspended peri-op per discussion; ").c(f"INR {n.f1(1.0, 1.4)}").t(" this AM; ")
    n.c("vitamin K 10 mg IV").t(" given.\n")
    n.t("Charge RN: ").nm(charge.fl).t(" x").p("PHONE", f"4-{n.ri(1000, 9999)}").t("    Anesthesia coordinator: Dr. ")
    n.nm(coord.fl).t(", pager ").p("PHONE", f"{n.ri(200, 989)}-{n.ri(1000, 9999)}").t("\n")
    return n.build(_fhir(rows[0][0], rows[0][1], [("mrn", rows[0][3])]))


def us_implant_log(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 84)
    mrn = n.dig(8)
    case = f"{n.today.year}-OR-{n.dig(6)}"
    s, circ, rep, tech = n.staff(), n.staff("f"), n.staff(), n.staff()
    n.t("IMPLANT / EXPLANT LOG        Case #: ").p("ID", case).t("\n")
    n.t("Pt: ").nm(q.LFF).t("    MRN: ").p("ID", mrn).t("    DOB: ").d(dob, "us1").t("    Procedure date: ").d(n.today, "us1").t("\n")
    n.t("Procedure: ").t(n.ch(["R", "L"])).t(" total knee arthroplasty    Surgeon: ").nm(s.fl).t(", MD\n")
    n.t("Circulator: ").nm(circ.fl).t(", RN    Vendor rep present: ").nm(rep.fl).t("\n\n")
    n.t("Item                          Mfr       Cat #          Lot #        Serial #      Size\n")
    sz = n.ri(3, 6)
    n.t(f"Femoral component, CR        Zimmer    42-5012-0{sz}-01  {n.dig(8)}     -             ").c(f"#{sz}").t("\n")
    n.t(f"Tibial baseplate             Zimmer    42-5320-0{sz}-02  {n.dig(8)}     ").cell(n.dig(9), 14, "ID").c(f"#{sz}").t("\n")
    ins = n.ch([10, 12, 14])
    n.t(f"Tibial insert, MC            Zimmer    42-5122-0{sz}-{ins}  {n.dig(8)}     ").cell(n.dig(9), 14, "ID")
    n.c(f"{ins} mm").t("\n")
    pat = n.ri(32, 38)
    n.t(f"Patella, 3-peg               Zimmer    42-5402-0{pat}-01 {n.dig(8)}     -             ").c(f"{pat} mm").t("\n")
    n.t(f"Bone cement w/ gentamicin    Stryker   6197-9-001     {n.ch('MNP')}{n.dig(6)}      -             ").c("40 g x 2").t("\n\n")
    n.t("Tourniquet: ").c("250 mmHg").t(", ").c(f"{n.ri(48, 95)} min").t("    ").c("Tranexamic acid 1 g IV").t(" x 2\n")
    n.t("Implant card given to patient: yes    Registry (AJRR) submitted: yes\n")
    n.t("Verified by: ").nm(tech.fl).t(", CST / ").nm(circ.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_asc_phone_call(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(24, 70)
    mrn = n.dig(8)
    _line, city, _st, _z, area = us_addr(n)
    s, pa, rn = n.staff(), n.staff(), n.staff()
    hub = n.rel(q, "m", same=n.r.random() < 0.7)
    call = n.today + timedelta(days=1)
    appt = n.today + timedelta(days=n.ri(8, 12))
    n.t("Ambulatory Surgery Center - Post-Operative Phone Call\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "us1").t("    Acct/MRN: ").p("ID", mrn).t("\n")
    n.t("Procedure date: ").d(n.today, "us1").t("    L knee arthroscopy, partial medial meniscectomy    Surgeon: Dr. ")
    n.nm(s.last).t("\n\n")
    n.t("Call ").d(call, "us1").t(f" {n.ri(9, 10)}:{n.ri(10, 59)} AM to ").p("PHONE", us_ph(n, area, 0))
    n.t(" (home) - no answer, voicemail left.\n")
    n.t("Call ").d(call, "us1").t(f" {n.ri(1, 3)}:{n.ri(10, 59)} PM to cell ").p("PHONE", us_ph(n, area, 1))
    n.t(" - spoke with husband, ").nm(hub.first).t(" (patient napping).\n")
    n.t("  Pain: ").c(f"{n.ri(2, 5)}/10").t(", controlled with ").c("ibuprofen 600 mg q6h").t(" + ").c("oxycodone 5 mg")
    n.t(" x1 overnight\n")
    n.t("  Nausea: none; voiding: yes; dressing dry, ACE wrap on; ice and elevation\n")
    n.t("  Block numbness: resolved by 2100\n")
    n.t("  Reminded: post-op visit ").d(appt, "md").t(" with Dr. ").nm(s.last).t("'s PA, ").nm(pa.fl).t(", PA-C; call the office at ")
    n.p("PHONE", us_ph(n, area, 2)).t(" for ").c("T > 101.5 °F").t(", calf pain or shortness of breath.\n")
    tok = "".join(n.ch("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    host = city.lower().replace(" ", "")
    n.t("Texted post-op survey link: ").p("URL", f"https://survey.{host}asc.com/r/{tok}").t("\n")
    n.t("RN: ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_nhsn_ssi(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(34, 72)
    mrn = n.dig(8)
    mid = n.midname(q)
    s, ip = n.staff(), n.staff()
    _line, _city, _st, _z, area = us_addr(n)
    proc = n.today - timedelta(days=n.ri(18, 30))
    ev = proc + timedelta(days=n.ri(9, 15))
    n.t("Surgical Site Infection (SSI) Event - data entry worksheet\n")
    n.t("Facility ID: ").t(str(n.ri(10000, 99999))).t("    Event type: SSI\n")
    n.t("Patient ID: ").p("ID", mrn).t("    Social Security #: ").p("SSN", _ssn(n.r)).t("\n")
    n.t("Last Name: ").nm(q.last).t("    First Name: ").nm(q.first).t("    Middle Name: ").nm(mid).t("\n")
    n.t("Gender: F    Date of Birth: ").d(dob, "us").t("\n")
    n.t("Date of Event: ").d(ev, "us").t("    NHSN Procedure Code: HYST    Date of Procedure: ").d(proc, "us").t("\n")
    n.t("ICD-10-PCS: 0UT90ZZ    Outpatient: N    Detected: RF (readmission)\n")
    n.t("Specific Event: Deep Incisional Primary (DIP)\n")
    n.t("Criteria: purulent drainage from the deep incision; ").c(f"fever {n.f1(38.1, 39.2)} °C").t("; deep incision opened by ")
    n.t("Dr. ").nm(s.last).t(" on ").d(ev, "md").t("\n")
    n.t("Pathogen: Staphylococcus aureus (MSSA) - cefazolin S, clindamycin R\n")
    n.t("Procedure details: ").c(f"ASA {n.ri(2, 3)}").t(", wound class 2, ").c(f"duration {n.ri(95, 210)} min").t(", ")
    n.c(f"BMI {n.f1(29, 44)}").t(", general anesthesia\n")
    n.t("Reported by: ").nm(ip.fl).t(", MPH, CIC (Infection Prevention)  ").p("PHONE", us_ph(n, area, 0)).t("  ")
    n.p("EMAIL", ip.mail("mercyhealth.org", n.ri(0, 3))).t("\n")
    n.t("Date reported: ").d(n.today, "us").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_colonoscopy(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(46, 93)
    mrn, acct = n.dig(8), n.dig(10)
    md, ref, crna = n.staff(), n.staff(), n.staff()
    t0 = f"{n.ri(7, 11)}:{n.ri(10, 59)}"
    n.t("Riverside Endoscopy Center\n")
    n.t("Patient Name: ").cell(q.fl, 26, "NAME").t("Procedure Date: ").d(n.today, "us").t(f" {t0} AM\n")
    n.t("MRN: ").cell(mrn, 35, "ID").t("Age: ").age(a).t("\n")
    n.t("Date of Birth: ").cell(_d(dob, "us"), 26, "DATE").t(f"Gender: {'Male' if q.sex == 'm' else 'Female'}\n")
    n.t("Account #: ").cell(acct, 30, "ID").t("Attending MD: ").nm(md.fl).t(", MD\n")
    n.t("Referring MD: ").nm(ref.fl).t(", MD\n")
    n.t("Procedure: Colonoscopy\nIndications: Surveillance - history of tubular adenomas (2021)\n")
    n.t("Sedation: Monitored anesthesia care, propofol per CRNA (").nm(crna.fl).t(", CRNA)\n")
    bb = [n.ri(2, 3), n.ri(2, 3), n.ri(2, 3)]
    n.t("Prep: split-dose PEG; ").c(f"Boston Bowel Preparation Score {sum(bb)} ({bb[0]}-{bb[1]}-{bb[2]})").t("\n")
    n.t("Findings:\n - A ").c(f"{n.ri(4, 9)} mm").t(" sessile polyp in the ascending colon, removed with a cold snare, retrieved.\n")
    n.t(" - Two ").c(f"{n.ri(2, 4)} mm").t(" polyps in the sigmoid colon, removed with cold forceps.\n")
    n.t(" - Moderate sigmoid diverticulosis; small internal hemorrhoids.\n")
    n.t("Cecum reached (appendiceal orifice and ICV photographed). Withdrawal time: ").c(f"{n.ri(8, 16)} min").t(".\n")
    n.t("Impression/Recommendations: await pathology; repeat colonoscopy in 3-5 years; resume ")
    n.c("aspirin 81 mg").t(" tomorrow.\n")
    n.t("Procedure Code(s): 45385, 45380\n\n").nm(md.fl).t(", MD\n")
    n.t("Note Initiated On: ").d(n.today, "us1").t(f" {t0}:{n.ri(10, 59)} AM\nNumber of Addenda: 0\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_pacu_handoff(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(40, 84)
    mrn = n.dig(8)
    s, an, rn6, me = n.staff(), n.staff(), n.staff("f"), n.staff()
    son = n.rel(q, "m")
    _line, _city, _st, _z, area = us_addr(n)
    n.t("pacu handoff ").d(n.today, "md").t(f" {n.tm(10, 11, '')} - pt ").nm(f"{q.last.upper()}, {q.first[0]}").t(" (")
    n.p("ID", mrn).t(f") {a}yo {q.sex.upper()} s/p lap sigmoid colectomy w/ Dr ").nm(s.last).t("\n")
    n.t("anes: GETA, Dr ").nm(an.last).t("; airway uneventful; bilat TAP blocks w/ ").c("ropivacaine 0.25% 20 mL").t(" ea side\n")
    n.t("intra-op: EBL ").c(f"{n.ri(50, 200)} mL").t(", ").c(f"{n.f1(1.2, 2.8)} L LR").t(", UOP ").c(f"{n.ri(150, 450)} mL")
    n.t("; rec'd ").c("hydromorphone 1 mg").t(", ").c("ketorolac 15 mg").t("\n")
    n.t("pacu: ").c(f"aldrete {n.ri(8, 10)}").t(" on arrival, pain ").c(f"{n.ri(6, 8)}/10").t(" -> ")
    n.c("hydromorphone 0.4 mg IV").t(" x2 -> ").c(f"{n.ri(2, 4)}/10").t("\n")
    n.t("vs: ").c(f"hr {n.ri(66, 98)}").t(" ").c(f"bp {n.ri(112, 148)}/{n.ri(62, 88)}").t(" ").c(f"rr {n.ri(12, 18)}").t(" ")
    n.c(f"spo2 {n.ri(93, 99)}% 2L NC").t(" ").c(f"temp {n.f1(36.1, 37.2)}").t("\n")
    n.t("foley clear yellow; jp drain ").c(f"{n.ri(15, 60)} mL serosang").t("\n")
    n.t("report called to ").nm(rn6.first).t(", RN on 6W at ").t(n.tm(12, 13, "")).t(", x").p("PHONE", f"4-{n.ri(1000, 9999)}")
    n.t("; son ").nm(son.fl).t(" updated in the waiting room, cell ").p("PHONE", us_ph(n, area, n.ri(0, 2))).t("\n")
    n.t("- ").nm(me.fl).t(", RN (PACU)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_airway_letter(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(30, 78)
    mrn = n.dig(8)
    line, city, st, z, area = us_addr(n)
    doc, pcp = n.staff(), n.staff()
    op = n.today - timedelta(days=n.ri(3, 10))
    n.t("Department of Anesthesiology\nSt. Luke's Regional Medical Center\n\n").d(n.today, "usl").t("\n\n")
    n.t("Ms. ").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n\n")
    n.t("RE: Difficult airway - MRN ").p("ID", mrn).t(", DOB ").d(dob, "us").t("\n\n")
    n.t("Dear Ms. ").nm(q.last).t(":\n\n")
    n.t("During your surgery on ").d(op, "usl").t(", your anesthesia team found that placing a breathing tube was ")
    n.t("difficult. Please show this letter to any anesthesia provider before a future procedure.\n\n")
    n.t("Details: mask ventilation ").c("grade 2").t("; direct laryngoscopy (Mac 3) ").c("Cormack-Lehane grade 3b")
    n.t("; intubated on the second attempt with a video laryngoscope and bougie (").c("6.5 ETT").t("); ")
    n.c(f"SpO2 nadir {n.ri(84, 91)}%").t(". Contributing factors: ").c(f"BMI {n.f1(38, 49)}").t(", ")
    n.c("Mallampati IV").t(", limited mouth opening.\n\n")
    n.t("We recommend registering with MedicAlert; your enrollment number is ").p("ID", n.dig(7)).t(".\n")
    n.t("Questions: Airway Clinic ").p("PHONE", us_ph(n, area, n.ri(0, 3))).t("\n\nSincerely,\n\n").nm(doc.fml).t(", MD\n")
    n.t("Attending Anesthesiologist\ncc: ").nm(pcp.fl).t(", MD (primary care)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ Australia
def au_op_report(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 60)
    ur, med = n.dig(7), _medicare_au(n.r, 0)
    reg, con, an = n.staff(), n.staff(), n.staff()
    lab = f"{n.today.year % 100}-{n.dig(6)}"
    n.t("OPERATION REPORT").t(" " * 30).t("UR: ").p("ID", ur).t("\n")
    n.t("Name: ").nm(q.fL).t("    DOB: ").d(dob, "dmy1").t("    Medicare: ").p("ID", med).t("\n")
    n.t("Date: ").d(n.today, "dmy1").t("    Admission: emergency (category B)\n")
    n.t("Surgeon: Dr ").nm(reg.fl).t(" (Surgical Registrar), supervised by Dr ").nm(con.Fi).t(" FRACS\n")
    n.t("Anaesthetist: Dr ").nm(an.fl).t(" FANZCA\n")
    n.t("Procedure: laparoscopic appendicectomy\n")
    n.t("Findings: ").t(n.ch(["gangrenous retrocaecal appendix", "inflamed pelvic appendix with faecolith",
                              "perforated appendix tip"])).t(", localised pus RIF\n")
    n.t("Details: 3-port technique; mesoappendix with harmonic; base secured with 2 x Endoloop; washout ")
    n.c("1 L").t(" warm saline; specimen in bag via umbilicus\n")
    n.t("Antibiotics: ").c("cephazolin 2 g").t(" + ").c("metronidazole 500 mg").t(" IV at induction; continue IV ")
    n.c("24 h").t(" then cease\n")
    n.t("Specimen: appendix to histopathology, lab no. ").p("ID", lab).t("\n")
    n.t("Post-op: ward diet as tolerated, ").c("enoxaparin 40 mg SC daily").t(", ").c("oxycodone 5 mg PO 4-hourly PRN")
    n.t("; home day 1-2; GP wound review 7-10 days\n")
    n.t("Dr ").nm(reg.Fs).t("  ").d(n.today, "dmy1").t(f" {n.tm(0, 23)}\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", med)]))


def au_pac_assessment(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(60, 86)
    urn = n.dig(7)
    line, sub, st, pc, _area = au_addr(n, "VIC")
    kid = n.rel(q, "f", same=n.r.random() < 0.5)
    s, reg = n.staff(), n.staff()
    surg = n.today + timedelta(days=n.ri(14, 40))
    n.t("PRE-ADMISSION CLINIC - ANAESTHETIC ASSESSMENT\n")
    n.t("URN: ").p("ID", urn).t("   Name: ").nm(q.LF).t("   Sex: F   DOB: ").d(dob, "sh").t(" (").t(str(a)).t(" yrs)\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Mob: ").p("PHONE", au_mob(n, 0)).t("\n")
    n.t("Carer/NOK: daughter ").nm(kid.fl).t(" (").p("PHONE", au_mob(n, n.ri(1, 2))).t(")\n")
    n.t("Proposed: R TKR, Dr ").nm(s.fl).t(" (orthopaedics), booked ").d(surg, "dmy").t("\n")
    wt, ht = n.ri(72, 104), n.ri(150, 168)
    n.t("").c(f"Wt {wt} kg").t("  ").c(f"Ht {ht} cm").t("  ").c(f"BMI {wt / (ht / 100) ** 2:.1f}").t("  ")
    n.c(f"BP {n.ri(130, 168)}/{n.ri(70, 94)}").t("  ").c(f"HR {n.ri(60, 90)}").t("  ").c(f"SpO2 {n.ri(93, 98)}%").t("\n")
    n.t("Function: walks 200 m with a stick, ").c(f"CFS {n.ri(3, 5)}").t("\n")
    n.t("Airway: ").c(f"MP {n.ri(1, 3)}").t(", ").c("TMD > 6.5 cm").t(", ").c(f"IIG {n.ri(3, 5)} cm").t(", neck full ROM, ")
    n.t("own teeth (loose lower incisor noted)\n")
    n.t("Hx: T2DM (").c(f"HbA1c {n.f1(6.4, 8.9)}%").t("), HTN, OSA on CPAP ").c(f"{n.ri(8, 12)} cmH2O").t("\n")
    n.t("Meds: ").c("Jardiance 10 mg mane").t(" (withhold 3 days pre-op), ").c("perindopril 5 mg").t(", ")
    n.c("atorvastatin 40 mg").t(", ").c("aspirin 100 mg").t(" (continue)\n")
    n.t("Ix: ").c(f"Hb {n.ri(112, 142)}").t(", ").c(f"eGFR {n.ri(42, 88)}").t(", ECG SR ").c(str(n.ri(62, 84))).t("\n")
    n.t("").c("ASA 3").t(". Plan: spinal + sedation + adductor canal block; ward with own CPAP.\n")
    n.t("Dr ").nm(reg.fl).t(" (Anaesthetic Registrar)\n")
    return n.build(_fhir(q, dob, [("urn", urn)]))


def au_njrr_form(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(48, 85)
    med = _medicare_au(n.r, 1)
    _line, sub, st, pc, _area = au_addr(n, "WA")
    s, num = n.staff(), n.staff("f")
    mid = n.midname(q)
    n.t("JOINT REPLACEMENT REGISTRY - HIP PROCEDURE FORM\n")
    n.t("Hospital: Peel Health Campus      Surgeon: Dr ").nm(s.fl).t("\n")
    n.t("Family name: ").nm(q.last.upper()).t("      Given names: ").nm(f"{q.first} {mid}").t("\n")
    n.t("Medicare no.: ").p("ID", med).t("      DOB: ").d(dob, "dmy").t(f"      Gender: {q.sex.upper()}\n")
    n.t("Suburb: ").p("ADDRESS", sub).t(f"      State: {st}      Postcode: ").p("ZIP", pc).t("\n")
    n.t("Date of operation: ").d(n.today, "dmy").t("      Side: ").t(n.ch(["L", "R"])).t("      Type: primary total hip\n")
    n.t("Diagnosis: OA    Approach: ").t(n.ch(["anterior", "posterior"])).t("    Robotic/navigation: no\n")
    n.t("Components (stickers attached):\n")
    n.t(f"  Stem       DePuy Corail KA, REF L9{n.ri(10000, 99999)}  LOT {n.dig(7)}  ").c(f"size {n.ri(9, 15)}").t("\n")
    n.t(f"  Cup        Pinnacle Gription, REF 1217-22-0{n.ri(48, 58)}  LOT {n.dig(7)}  ").c(f"{n.ri(48, 58)} mm").t("\n")
    n.t(f"  Liner      AltrX neutral, REF 1221-32-0{n.ri(48, 58)}  LOT {n.dig(7)}  ").c("36 mm").t("\n")
    n.t(f"  Head       Biolox delta, REF 1365-36-{n.ri(310, 340)}  LOT {n.dig(7)}  ").c("36 mm +1.5").t("\n")
    n.t("Cement: none    Bearing: ceramic-on-XLPE    ").c("Tranexamic acid 15 mg/kg").t("\n")
    n.t("Completed by: ").nm(num.fl).t(" (theatre NUM)  ").d(n.today, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("medicare", med)]))


def au_consent_interp(n: C) -> Note:
    q = n.pat("m")
    dob, _a = n.dob(45, 80)
    mrn = n.dig(8)
    line, sub, st, pc, _area = au_addr(n, "NSW")
    lang = {"aule": "Arabic", "auit": "Italian"}.get(q.grp, "Auslan")
    interp = n.staff() if lang == "Auslan" else n.like(q)
    reg = n.staff()
    wife = n.rel(q, "f", same=n.r.random() < 0.7)
    n.t("CONSENT FOR MEDICAL PROCEDURE / TREATMENT (adult)\n")
    n.t("MRN: ").p("ID", mrn).t("   FAMILY NAME: ").nm(q.last.upper()).t("   GIVEN NAME(S): ").nm(q.first.upper()).t("\n")
    n.t("D.O.B.: ").d(dob, "dmy").t("   SEX: M   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t(f"Interpreter required: YES - {lang}; on-site interpreter ").nm(interp.fl).t(", NAATI practitioner no. ")
    n.p("ID", n.dig(5)).t("\n")
    n.t("1. Procedure: laparoscopic right hemicolectomy, possible open\n")
    n.t("2. Risks discussed: anastomotic leak ").c("3-5%").t(", bleeding, infection, ileus, hernia, clots, ")
    n.t("conversion to open ").c("10%").t(", stoma ").c("<5%").t("\n")
    n.t("3. Anaesthetic: general - see separate anaesthetic consent\n")
    n.t("4. Blood products: consent given (").c(f"Hb {n.ri(96, 124)} g/L").t(")\n")
    n.t("Medical practitioner: Dr ").nm(reg.fl).t("   Designation: Surgical Registrar   Date: ").d(n.today, "dmy").t("\n")
    n.t("Patient: I, ").nm(q.fl).t(", agree to the procedure above.   Date: ").d(n.today, "dmy").t("\n")
    n.t("Present: wife, ").nm(wife.fl).t(" (person responsible if required)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def au_cataract_dc(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(62, 94)
    ur = n.dig(6)
    line, sub, st, pc, area = au_addr(n, "QLD")
    gp, oph, rn = n.staff(), n.staff(), n.staff("f")
    son = n.rel(q, "m")
    fu = n.today + timedelta(days=1)
    eye = n.ch(["Right", "Left"])
    n.t("DAY PROCEDURE UNIT - DISCHARGE SUMMARY\n")
    n.t("To: Dr ").nm(gp.fl).t(", Range Medical Centre\n")
    n.t("Patient: Mr ").nm(q.fl).t(" (").age(a).t(")   DOB: ").d(dob, "dmy").t("   UR: ").p("ID", ur).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("   Ph: ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Admitted and discharged: ").d(n.today, "dmy").t(" (day only)\n")
    n.t(f"Procedure: {eye} phacoemulsification + IOL (").c(f"SN60WF {n.ri(18, 24)}.{n.ch([0, 5])} D").t(") under topical and ")
    n.t("intracameral anaesthesia, Dr ").nm(oph.Fi).t(" (provider no. ").p("ID", _provider_au(n.r)).t(")\n")
    n.t("Pre-op: ").c(f"VA {eye[0]} 6/{n.ch([18, 24, 36, 60])}").t(", ").c(f"IOP {n.ri(12, 21)} mmHg").t("; uncomplicated, ")
    n.c("intracameral cefuroxime 1 mg/0.1 mL").t("\n")
    n.t("Drops: ").c("Maxidex 0.1% 1 drop QID").t(" x 4 weeks (taper), ").c("Chlorsig 0.5% QID").t(" x 1 week\n")
    n.t("Review: Dr ").nm(oph.last).t("'s rooms ").d(fu, "dmy").t(" 9:15 am, ph ").p("PHONE", au_land(n, area)).t("\n")
    n.t("Escort home: son, ").nm(son.fl).t(" (").p("PHONE", au_mob(n, 0)).t(")\n")
    n.t("Discharging nurse: ").nm(rn.fl).t(" RN\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_emerg_booking(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(74, 97)
    umrn = n.ch("ABK") + n.dig(6)
    reg, anr, bedm = n.staff(), n.staff(), n.staff()
    son = n.rel(q, "m")
    dose = n.today
    n.t("EMERGENCY THEATRE BOOKING - category 2 (within 8 h)\n")
    n.t("Booked: ").d(n.today, "dmy").t(f" {n.tm(19, 23)} by Dr ").nm(reg.fl).t(" (Surgical Reg), mob ").p("PHONE", au_mob(n, 0)).t("\n")
    n.t("Patient: ").nm(q.Lf).t("   UMRN: ").p("ID", umrn).t("   Age: ").age(a).t("   ").c(f"Wt {n.ri(44, 70)} kg").t("\n")
    n.t("Diagnosis: SBO - incarcerated ").t(n.ch(["right", "left"])).t(" femoral hernia\n")
    n.t("Procedure: open femoral hernia repair, possible small bowel resection\n")
    n.t("Fasted: solids from 14:00, clears from 19:00; NGT on free drainage (").c(f"{n.ri(300, 900)} mL").t(")\n")
    n.t("Consent: obtained by Dr ").nm(reg.last).t("; son ").nm(son.fl).t(" (").p("PHONE", au_mob(n, 1)).t(") aware\n")
    n.t("Bloods: ").c(f"Hb {n.ri(104, 132)}").t(", ").c(f"WCC {n.f1(11, 17)}").t(", ").c(f"lactate {n.f1(1.6, 3.4)}").t(", ")
    n.c(f"K {n.f1(3.0, 3.5)}").t(", ").c(f"creat {n.ri(88, 160)}").t("; G&H done\n")
    n.t("Anticoagulant: apixaban, last dose ").d(dose, "dm").t(" 08:00\n")
    n.t("Anaesthetic review: Dr ").nm(anr.fl).t(" - RSI, ").c("ASA 3E").t(", ").c(f"CFS {n.ri(4, 6)}").t("\n")
    n.t("ICU bed: not required.   Bed manager (").nm(bedm.first).t(") informed.\n")
    return n.build(_fhir(q, dob, [("umrn", umrn)]))


# ------------------------------------------------------------------------------ Canada
def ca_on_sleeve(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(24, 62)
    ohip, mrn = _ohip(n.r, n.ri(0, 1)), n.dig(7)
    s, res, an = n.staff(), n.staff(), n.staff()
    bmi = n.f1(40, 52)
    n.t("OPERATIVE NOTE\n")
    n.t("Patient: ").nm(q.LF).t("    OHIP: ").p("ID", ohip).t("    MRN: ").p("ID", mrn).t("    DOB: ").d(dob, "ymd").t("\n")
    n.t("Date of operation: ").d(n.today, "usp").t("\n")
    n.t("Surgeon: Dr. ").nm(s.Fi).t(", MD FRCSC    Assistant: Dr. ").nm(res.fl).t(" (PGY-3, General Surgery)\n")
    n.t("Anesthesia: Dr. ").nm(an.fl).t(" - GETA\n")
    n.t("Pre-op diagnosis: class III obesity, ").c(f"BMI {bmi}").t(", T2DM, OSA\n")
    n.t("Procedure: laparoscopic sleeve gastrectomy\n")
    n.t("Details: 5 ports; greater curve devascularised from ").c("4 cm").t(" proximal to the pylorus to the angle of His; ")
    n.c("36 Fr bougie").t("; ").c(f"60 mm staple loads x {n.ri(5, 7)}").t(" (black, then gold); staple line oversewn; ")
    n.t("leak test with methylene blue negative.\n")
    n.t("EBL: ").c(f"{n.ri(10, 60)} mL").t("    Specimen: stomach    Drain: none\n")
    n.t("Post-op: clear fluids POD 0; ").c("dalteparin 5000 units SC daily").t(" x 14 days; ")
    n.c("pantoprazole 40 mg daily").t(" x 3 months; bariatric clinic 2 weeks.\n")
    n.t("Dictated by Dr. ").nm(s.last).t(", ").d(n.today, "iso").t("\n")
    return n.build(_fhir(q, dob, [("ohip", ohip), ("mrn", mrn)]))


def ca_bc_preanes(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(48, 82)
    phn = _bcphn(n.r)
    line, city, pc, area = ca_addr(n, "BC")
    fp, s, doc = n.staff(), n.staff(), n.staff()
    partner = n.rel(q, same=False)
    op = n.today + timedelta(days=n.ri(10, 30))
    n.t("Pre-Anesthetic Clinic Consultation\n")
    n.t("Name: ").nm(q.fl).t("    PHN: ").p("ID", phn).t("    DOB: ").d(dob, "ymon").t("    Tel: ").p("PHONE", ca_ph(n, area, 0)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("\n")
    n.t("Family physician: Dr. ").nm(fp.fl).t("\n")
    n.t("Surgery: right reverse total shoulder arthroplasty - Dr. ").nm(s.last).t(", booked ").d(op, "iso").t("\n")
    n.t("History: HTN, GERD, C-spine OA; previous GA 2015 uneventful\n")
    n.t("Airway: ").c(f"Mallampati class {n.ri(2, 3)}").t(", ").c(f"thyromental distance {n.f1(5, 6.5)} cm").t(", ")
    n.t("limited neck extension\n")
    n.t("Vitals: ").c(f"BP {n.ri(120, 158)}/{n.ri(68, 90)}").t(", ").c(f"HR {n.ri(58, 86)}").t(", ").c(f"SpO2 {n.ri(94, 99)}%")
    n.t(", ").c(f"BMI {n.f1(23, 34)}").t("\n")
    n.t("Labs: ").c(f"Hgb {n.ri(118, 156)}").t(", ").c(f"Cr {n.ri(62, 118)}").t(", ").c(f"eGFR {n.ri(55, 90)}").t(", ")
    n.c(f"INR {n.f1(0.9, 1.1)}").t("\n")
    n.t("Meds: ").c("ramipril 10 mg daily").t(" (hold AM of surgery), ").c("pantoprazole 40 mg daily").t("\n")
    n.t("Plan: interscalene block + GA, video laryngoscope first; ").c("ASA 2").t("\n")
    n.t("Discussed with patient and partner (").nm(partner.first).t(").\n")
    n.t("Dr. ").nm(doc.fl).t(", FRCPC (Anesthesiology)\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ca_ab_checklist(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(25, 75)
    uli, mrn = _uli(n.r), n.dig(8)
    s, an, scrub, circ, rec = n.staff(), n.staff(), n.staff(), n.staff("f"), n.staff()
    stu = n.first(None)
    t0 = n.ri(7, 8)
    n.t("Surgical Safety Checklist - OR 12\n")
    n.t("Patient: ").nm(q.fl).t("    ULI: ").p("ID", uli).t("    MRN: ").p("ID", mrn).t("    DOB: ").d(dob, "iso").t("\n")
    n.t("Date: ").d(n.today, "iso").t(f"    Scheduled start {t0:02d}:30\n\n")
    n.t(f"BRIEFING {t0:02d}:{n.ri(10, 25)} - team introduced: Dr. ").nm(s.last).t(" (surgeon), Dr. ").nm(an.last)
    n.t(" (anesthesiologist), ").nm(scrub.fl).t(" RN (scrub), ").nm(circ.fl).t(" RN (circulating), ").nm(stu).t(" (student)\n")
    n.t("  Patient confirmed name and DOB; procedure: laparoscopic left inguinal hernia repair (TEP); site marked\n")
    n.t("  Allergies: none known; anticipated blood loss ").c("< 100 mL").t("; VTE: ").c("heparin 5000 units SC").t(" at ")
    n.t(f"{t0:02d}:2{n.ri(0, 9)}\n")
    n.t("  Antibiotic: ").c("cefazolin 2 g IV").t(f" at {t0:02d}:5{n.ri(0, 9)}\n")
    n.t(f"TIME OUT {t0 + 1:02d}:0{n.ri(0, 9)} - all confirmed; imaging n/a\n")
    n.t(f"DEBRIEFING {t0 + 2:02d}:{n.ri(10, 40)} - counts correct x 2; specimen: none; wound class I; ")
    n.t("equipment issue: insufflator alarm (biomed ticket ").t(str(n.ri(40000, 69999))).t(")\n")
    n.t("  Post-op: ").c("ketorolac 15 mg IV").t(" given; discharge same day\n")
    n.t("Recorded by: ").nm(rec.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("uli", uli), ("mrn", mrn)]))


def ca_ns_postop(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(34, 72)
    hcn = f"{n.ri(0, 9)}{n.ri(0, 9)}{n.dig(2)} {n.dig(3)} {n.dig(3)}"
    mrn = n.dig(7)
    _line, _city, _pc, area = ca_addr(n, "NS")
    res, s = n.staff(), n.staff()
    hub = n.rel(q, "m", same=n.r.random() < 0.6)
    n.t("PROGRESS NOTE - GENERAL SURGERY   ").d(n.today, "iso").t(f" {n.tm(6, 7, '')}\n")
    n.t("Pt: ").nm(q.fl).t(" (HCN ").p("ID", hcn).t(")  MRN ").p("ID", mrn).t(f"  {a}F  POD 1 s/p total thyroidectomy\n")
    n.t("S: voice OK, mild neck pain; perioral tingling overnight\n")
    n.t("O: ").c(f"T {n.f1(36.6, 37.4)}").t(" ").c(f"HR {n.ri(70, 96)}").t(" ").c(f"BP {n.ri(108, 136)}/{n.ri(64, 82)}")
    n.t("; neck soft, no hematoma\n")
    n.t("   ").c(f"Ca {n.f1(1.88, 2.06, 2)}").t(" (corr ").c(f"{n.f1(1.98, 2.12, 2)}").t("); ").c(f"PTH {n.f1(0.4, 1.4)} pmol/L").t("\n")
    n.t("A/P: post-thyroidectomy hypocalcemia\n")
    n.t("   - ").c("calcium carbonate 1 g PO TID").t(" + ").c("calcitriol 0.25 mcg BID").t("\n")
    n.t("   - repeat Ca at 1600; home tomorrow if stable; path to Dr. ").nm(s.last).t("'s clinic in 2 wk\n")
    n.t("Spoke with husband ").nm(hub.first).t(" at ").p("PHONE", ca_ph(n, area, n.ri(0, 2))).t(".\n")
    n.t("- ").nm(res.fl).t(", PGY-2, for Dr. ").nm(s.last).t("\n")
    return n.build(_fhir(q, dob, [("hcn", hcn), ("mrn", mrn)]))


def ca_on_ercp(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(40, 88)
    ohip, mrn = _ohip(n.r, n.ri(0, 1)), n.dig(7)
    _line, _city, _pc, area = ca_addr(n, "ON")
    ref, fp, endo, gs = n.staff(), n.staff(), n.staff(), n.staff()
    n.t("ERCP REPORT\n")
    n.t("Patient: ").nm(q.LF).t("    OHIP: ").p("ID", ohip).t("    MRN: ").p("ID", mrn).t("\n")
    n.t("DOB: ").d(dob, "usl").t("    Procedure date: ").d(n.today, "iso").t("\n")
    n.t("Referring: Dr. ").nm(ref.fl).t("    Family physician: Dr. ").nm(fp.Fi).t(" (fax ").p("PHONE", ca_ph(n, area, 0)).t(")\n")
    n.t("Endoscopist: ").nm(endo.fl).t(", MD FRCPC\n")
    n.t("Indication: choledocholithiasis - ").c(f"ALP {n.ri(240, 520)}").t(", ").c(f"bilirubin {n.ri(38, 96)}").t(", ")
    n.c(f"CBD {n.ri(9, 14)} mm").t(" on US\n")
    n.t("Sedation: ").c("fentanyl 100 mcg").t(" + ").c(f"midazolam {n.ri(3, 5)} mg").t("; ").c("indomethacin 100 mg PR").t(" pre-procedure\n")
    n.t("Findings: dilated CBD with ").c(str(n.ri(1, 3))).t(" filling defects; biliary sphincterotomy; balloon sweeps x ")
    n.c(str(n.ri(2, 4))).t(" - stones removed; occlusion cholangiogram clear\n")
    n.t("Stent: ").t(n.ch(["none", "10 Fr x 7 cm plastic (incomplete clearance)"])).t("    Complications: none\n")
    n.t("Plan: NPO 4 h, lipase at 4 h; refer for laparoscopic cholecystectomy (Dr. ").nm(gs.last).t(")\n")
    n.t("cc: Dr. ").nm(ref.last).t("; Dr. ").nm(fp.last).t("\n")
    return n.build(_fhir(q, dob, [("ohip", ohip), ("mrn", mrn)]))


# ------------------------------------------------------------------------------ Ireland
def ie_theatre_register(n: C) -> Note:
    day = n.today
    cnm, s, an = n.staff("f"), n.staff(), n.staff()
    scrubs = [n.first(None), n.first(None)]
    rows = []
    for _ in range(3):
        q = n.pat()
        dob, _a = n.dob(20, 86)
        rows.append((q, dob, n.dig(7)))
    n.t("THEATRE REGISTER - Theatre 2 - ").d(day, "dmy").t(f" - {s.mr} ").nm(s.last).t("'s list\n")
    n.t("MRN      Patient                 DOB         Procedure                Surgeon        Anaes         Scrub     In     Out\n")
    procs = ["Lap appendicectomy", "EUA + drainage abscess", "ORIF R ankle", "Lap chole", "Excision BCC"]
    h = 8
    for k, (q, dob, mrn) in enumerate(rows):
        proc = n.ch(procs)
        t_in = f"{h:02d}:{n.ri(0, 5)}5"
        h += n.ri(1, 2)
        t_out = f"{h:02d}:{n.ri(0, 5)}0"
        n.cell(mrn, 9, "ID").cell(q.fl, 24, "NAME").cell(_d(dob, "dmy"), 12, "DATE").t(f"{proc:<25}")
        n.t(f"{s.mr} ").cell(s.last, 12, "NAME").t("Dr ").cell(an.last, 11, "NAME").cell(scrubs[k % 2], 10, "NAME")
        n.t(f"{t_in}  {t_out}\n")
        h += 1
    n.t("\nAll counts correct.  ").c(f"EBL {n.ri(5, 60)} mL").t(" (case 3).  Specimens to histology x ").c(str(n.ri(1, 3))).t(".\n")
    n.t("CNM2 in charge: ").nm(cnm.fl).t("\n")
    return n.build(_fhir(rows[0][0], rows[0][1], [("mrn", rows[0][2])]))


def ie_day_ward_letter(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(38, 78)
    mrn = n.dig(6)
    line, town, county, eir, _area = ie_addr(n)
    gp, s, ht = n.staff(), n.staff(), n.staff()
    sut = n.today + timedelta(days=n.ri(10, 14))
    n.t("Day Ward\nUniversity Hospital\n").d(n.today, "dot").t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: ").nm(q.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("DOB ").d(dob, "dmy").t(", MRN ").p("ID", mrn).t("\n\n")
    side = n.ch(["right", "left"])
    n.t(f"I performed a {side} carpal tunnel decompression today under WALANT (").c("lidocaine 1% with adrenaline 1:200,000, 10 mL")
    n.t("). The median nerve was ").t(n.ch(["markedly compressed", "flattened with an hourglass deformity"]))
    n.t("; ").c(f"Boston symptom score {n.f1(2.8, 4.2)}").t(" pre-op.\n")
    n.t("She has a bulky dressing for 48 h; ").c("4/0 nylon").t(" sutures for removal at your practice on the ")
    n.d(sut, "ordmo").t(". ").c("Paracetamol 1 g QDS PRN").t(".\n")
    n.t("Our hand therapist, ").nm(ht.first).t(", will phone her on ").p("PHONE", ie_mob(n, n.ri(0, 2))).t(" this week; OPD in 6 weeks.\n\n")
    n.t("Yours sincerely,\n\n").t(f"{s.mr} ").nm(s.fl).t(", MCh FRCSI (Plast)\nConsultant Plastic Surgeon\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_bowelscreen(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(60, 69)
    bsid, mrn = f"BS{n.dig(7)}", n.dig(7)
    _line, _town, _county, eir, _area = ie_addr(n)
    endo, nurse, cns = n.staff(), n.staff("f"), n.staff("f")
    fit = n.today - timedelta(days=n.ri(20, 40))
    lab = f"H{n.today.year % 100}-{n.dig(5)}"
    n.t("BowelScreen - Colonoscopy Report\n")
    n.t("Client: ").nm(q.fl).t("    BowelScreen ID: ").p("ID", bsid).t("    MRN: ").p("ID", mrn).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("    PPSN: ").p("SSN", _ppsn(n.r)).t("    Eircode: ").p("ZIP", eir).t("\n")
    n.t("FIT positive (").d(fit, "sh").t(", ").c(f"{n.ri(60, 400)} ug Hb/g").t(")\n")
    n.t("Procedure date: ").d(n.today, "sh").t("    Endoscopist: Dr ").nm(endo.fl).t("    Nurse: ").nm(nurse.fl).t("\n")
    n.t("Sedation: ").c("midazolam 2 mg").t(" + ").c("fentanyl 50 mcg").t("    Comfort score: ").c(f"{n.ri(1, 3)}").t("\n")
    b = [n.ri(2, 3) for _ in range(3)]
    n.t("Bowel prep: ").c(f"Boston {sum(b)} ({b[0]}-{b[1]}-{b[2]})").t("    Caecal intubation: yes (photo)    Withdrawal: ")
    n.c(f"{n.ri(8, 14)} min").t("\n")
    n.t("Findings: ").c(f"{n.ri(10, 18)} mm").t(" pedunculated sigmoid polyp (Paris 0-Ip) - hot snare, ").c("1 clip").t("; ")
    n.c(f"{n.ri(2, 5)} x {n.ri(3, 5)} mm").t(" rectal polyps - cold snare\n")
    n.t("Histology ref: ").p("ID", lab).t("\n")
    n.t("Outcome: surveillance per programme; CNS ").nm(cns.fl).t(" will contact the client on ").p("PHONE", ie_mob(n, 0)).t("\n")
    return n.build(_fhir(q, dob, [("bsid", bsid), ("mrn", mrn)]))


def ie_preop_email(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(35, 68)
    mrn = n.dig(6)
    nurse, an, s = n.staff("f"), n.staff(), n.staff()
    day = n.today + timedelta(days=2)
    oz = n.today - timedelta(days=n.ri(2, 5))
    n.t("From: ").nm(nurse.fl).t(" <").p("EMAIL", nurse.mail("svuh.ie", n.ri(0, 3))).t(">\n")
    n.t(f"Sent: {n.today.strftime('%A')} ").d(n.today, "long").t(f" {n.tm(9, 16)}\n")
    n.t("To: Dr ").nm(an.fl).t("\n")
    n.t("Subject: pre-op query - MRN ").p("ID", mrn).t(f" - for {day.strftime('%a')} ").d(day, "dm").t("\n\n")
    n.t("Hi ").nm(an.first).t(",\n")
    n.t(f"Flagging a patient on {s.mr} ").nm(s.last).t(f"'s list on {day.strftime('%A')} (lap chole): Ms ").nm(q.fl)
    n.t(", DOB ").d(dob, "dmy").t(".\n")
    n.t("").c(f"BMI {n.ri(44, 52)}").t(", OSA on CPAP (").c(f"AHI {n.ri(24, 48)}").t("), ").c(f"STOP-BANG {n.ri(5, 7)}").t(", ")
    n.c(f"HbA1c {n.ri(58, 80)}").t(", on ").c("metformin 1 g bd").t(" and ").c("Ozempic 1 mg weekly").t(" (last dose ")
    n.d(oz, "dm").t(").\n")
    n.t("").c("ASA 3").t(". She's happy to come in early for review - her mobile is ").p("PHONE", ie_mob(n, n.ri(0, 2))).t(".\n\n")
    n.t("Thanks a mil,\n").nm(nurse.first).t("\nCNM2 Pre-Assessment, ext ").p("PHONE", str(n.ri(2000, 4999))).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ New Zealand
def nz_orif_note(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 75)
    nhi = _nhi(n.r)
    acc = f"{n.ch(['CA', 'DB', 'KF'])}{n.dig(5)}"
    reg, con, an = n.staff(), n.staff(), n.staff()
    inj = n.today - timedelta(days=n.ri(2, 8))
    n.t("OPERATION NOTE    NHI: ").p("ID", nhi).t("    ACC45: ").p("ID", acc).t("\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "dmy1").t("    Date of injury: ").d(inj, "dmy1").t("    Date: ")
    n.d(n.today, "dmy1").t("\n")
    n.t(f"Surgeon: {reg.mr} ").nm(reg.fl).t(f" (Orthopaedic Registrar); consultant {con.mr} ").nm(con.Fs).t(" (not scrubbed)\n")
    n.t("Anaesthetist: Dr ").nm(an.fl).t(" - GA + supraclavicular block (").c("ropivacaine 0.5% 20 mL").t(")\n")
    n.t("Procedure: ORIF left distal radius, volar locking plate\n")
    n.t("Classification: ").c("AO 23-C1").t("; dorsally angulated, intra-articular\n")
    n.t("Tourniquet: ").c("250 mmHg").t(", ").c(f"{n.ri(45, 80)} min").t("\n")
    n.t("Approach: FCR; pronator quadratus elevated; reduction with K-wires, confirmed on II\n")
    n.t(f"Implant: Acu-Loc 2 standard plate, 3-hole shaft, LOT {n.ch('ABK')}{n.dig(6)}; ").c(f"{n.ri(6, 8)} distal locking pegs").t("\n")
    n.t("Closure: PQ repaired, ").c("3/0 nylon").t("; volar backslab\n")
    n.t("Post-op: elevate, hourly NV obs x 4, ").c("cefazolin 2 g IV").t(" x 1 more dose; fracture clinic 10-14 days\n")
    n.t("Dr ").nm(reg.Fs).t(" / ").d(n.today, "dmy12").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_ward_round(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(58, 86)
    nhi = _nhi(n.r)
    con, reg, ho = n.staff(), n.staff(), n.staff()
    wife = n.rel(q, "f", same=n.r.random() < 0.6)
    n.t(f"Ward round - Gen Surg ({con.mr} ").nm(con.last).t(", reg Dr ").nm(reg.fl).t(", HO ").nm(ho.first).t(f")   {n.today.strftime('%a')} ")
    n.d(n.today, "dmy2").t("\n")
    n.t("").nm(q.fl).t(", NHI ").p("ID", nhi).t(f", {a}M\n")
    n.t("POD 3 Hartmann's procedure for perforated sigmoid diverticulitis (Hinchey III)\n")
    n.t("S: sore, stoma output overnight, nausea settled\n")
    n.t("O: ").c(f"HR {n.ri(76, 104)}").t(", ").c(f"BP {n.ri(104, 140)}/{n.ri(58, 84)}").t(", ").c(f"T {n.f1(36.8, 38.1)}")
    n.t(", ").c(f"SpO2 {n.ri(92, 97)}% RA").t("; stoma pink, ").c(f"{n.ri(150, 600)} mL").t(" output; wound clean\n")
    n.t("   ").c(f"CRP {n.ri(80, 260)}").t(", ").c(f"WCC {n.f1(9, 17)}").t(", ").c(f"Cr {n.ri(70, 130)}").t(", ")
    n.c(f"K {n.f1(3.2, 4.4)}").t("\n")
    n.t("A/P: progressing; continue ").c("Tazocin 4.5 g IV 8-hourly").t(" (day 4/5); stoma nurse review; mobilise\n")
    n.t("   wife ").nm(wife.first).t(" present; whānau hui tomorrow 2 pm - contact ").p("PHONE", nz_mob(n, n.ri(0, 2))).t("\n")
    n.t("HO: ").nm(ho.fl).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_preanaes(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 78)
    nhi = _nhi(n.r)
    line, city, pc, area = nz_addr(n)
    lang = {"nzs": n.ch(["Tongan", "Samoan"]), "nzm": "te reo Māori"}.get(q.grp, "")
    interp = n.like(q) if lang else n.staff()
    s, fel = n.staff(), n.staff()
    kid = n.rel(q, "f")
    n.t("PRE-ANAESTHETIC ASSESSMENT\n")
    n.t("Patient: ").nm(q.fl).t("    NHI: ").p("ID", nhi).t("    DOB: ").d(dob, "sh").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    if lang:
        n.t(f"Interpreter: {lang}, ").nm(interp.fl).t(" (phone interpreter)\n")
    else:
        n.t("Support person: friend ").nm(interp.fl).t("\n")
    n.t("Contact: daughter ").nm(kid.fl).t(" ").p("PHONE", nz_mob(n, n.ri(0, 2))).t("; home ")
    n.p("PHONE", f"({area}) {n.ri(300, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t(f"Planned: laparoscopic cholecystectomy ({s.mr} ").nm(s.last).t(")\n")
    wt = n.ri(100, 136)
    n.t("").c(f"Weight {wt} kg").t(", ").c(f"BMI {n.f1(38, 46)}").t(", ").c(f"BP {n.ri(130, 160)}/{n.ri(76, 96)}").t(", ")
    n.c(f"SpO2 {n.ri(93, 97)}%").t("\n")
    n.t("Airway: ").c("Mallampati 3").t(", beard, " if q.sex == "m" else ", short neck, ").c("neck circumference 46 cm").t(", full dentition\n")
    n.t("PMH: T2DM (").c(f"HbA1c {n.ri(60, 86)}").t("), gout, suspected OSA (").c(f"STOP-BANG {n.ri(5, 7)}").t(")\n")
    n.t("Meds: ").c("metformin 1 g BD").t(", ").c("allopurinol 300 mg daily").t(", ").c("cilazapril 5 mg daily").t("\n")
    n.t("").c("ASA 3").t(". Plan: GA, videolaryngoscope available, ramped position; sleep study after surgery\n")
    n.t("Dr ").nm(fel.fl).t(", Anaesthetic Fellow, ").d(n.today, "sh").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India
def in_pac_record(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(36, 70)
    uhid, ipno = f"{n.ch(['SH', 'KH', 'AP'])}{n.dig(8)}", f"IP{n.today.year % 100}{n.dig(6)}"
    fa = n.rel(q, "m")
    city, _state, pin3, loc = n.ch(IN_CITY)
    s, doc = n.staff(), n.staff()
    reg = n.dig(5)
    n.t("PRE-ANAESTHETIC CHECK-UP (PAC)                  Date: ").d(n.today, "dash").t("\n")
    n.t("Name: Mr. ").nm(q.fl).t(f"    Age/Sex: {a}/M    UHID: ").p("ID", uhid).t("    IP No.: ").p("ID", ipno).t("\n")
    n.t("S/o: Mr. ").nm(fa.fl).t("\n")
    n.t("Address: ").p("ADDRESS", f"H.No. {n.ri(1, 16)}-{n.ri(1, 9)}-{n.ri(10, 400)}/{n.ri(1, 9)}").t(", ")
    n.p("ADDRESS", n.ch(loc)).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", f"{pin3}0{n.ri(10, 99)}").t("\n")
    n.t("Mob: ").p("PHONE", in_mob(n, n.ri(0, 3))).t("\n")
    n.t("Diagnosis: symptomatic cholelithiasis    Proposed: lap cholecystectomy under GA    Surgeon: Dr. ").nm(s.fl)
    n.t(", MS (Gen Surg)\n")
    n.t("K/c/o T2DM x 8 yrs on ").c("T. Metformin 500 mg BD").t(", ").c("T. Glimepiride 1 mg OD").t("; HTN on ")
    n.c("T. Telmisartan 40 mg OD").t("\n")
    n.t("O/E: ").c(f"PR {n.ri(70, 96)}/min").t(", ").c(f"BP {n.ri(124, 150)}/{n.ri(74, 92)} mmHg").t(", ")
    n.c(f"SpO2 {n.ri(96, 99)}% RA").t(", ").c(f"Wt {n.ri(60, 92)} kg").t("\n")
    n.t("Airway: ").c(f"MPC {n.ch(['I', 'II'])}").t(", MO 3 FB, ").c("TMD 6.5 cm").t(", neck movements adequate\n")
    n.t("Inv: ").c(f"Hb {n.f1(11, 14.5)} g/dL").t(", ").c(f"TLC {n.ri(5, 11)},{n.ri(1, 9)}00").t(", ").c(f"Plt {n.f1(1.6, 3.8)} lakh")
    n.t(", ").c(f"RBS {n.ri(110, 190)} mg/dL").t(", ").c(f"HbA1c {n.f1(6.4, 8.4)}%").t(", ").c(f"S. creat {n.f1(0.7, 1.2)}")
    n.t(", ECG NSR, CXR NAD\n")
    n.t("").c("ASA II").t(". Fit for surgery under GA.\n")
    n.t("Advice: NBM 6 h; omit metformin and glimepiride on the morning of surgery; GRBS 6-hourly; ")
    n.c("T. Pantoprazole 40 mg").t(" + ").c("T. Alprazolam 0.25 mg").t(" HS night before\n")
    n.t("Dr. ").nm(doc.fl).t(", MD (Anaesthesia), Reg. No. ").p("ID", reg).t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid)]))


def in_ot_checklist(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(38, 58)
    hub = n.rel(q, "m")
    uhid = f"{n.dig(2)}/{n.dig(6)}"
    aad = _aadhaar(n.r)
    s, asst, an, inch = n.staff(), n.staff(), n.staff(), n.staff("f")
    scrub = n.first(None, "f")
    hpe = f"HP/{n.today.year}/{n.dig(4)}"
    t0 = n.ri(9, 10)
    n.t("OT SURGICAL SAFETY CHECKLIST - OT No. 3    Date: ").d(n.today, "dmy").t("\n")
    n.t("Patient: Mrs. ").nm(q.fl).t(" W/o Mr. ").nm(hub.fl).t(f"    Age/Sex: {a}/F    UHID: ").p("ID", uhid).t("\n")
    n.t("Aadhaar: ").p("ID", aad).t("    Blood group: B +ve\n")
    n.t("Procedure: total abdominal hysterectomy with bilateral salpingo-oophorectomy (TAH + BSO)\n")
    n.t("SIGN IN: identity confirmed with patient and attendant (husband); consent (English + Hindi) signed; ")
    n.t("allergy: NKDA; expected blood loss ").c("500 mL").t(" - ").c("2 units PRBC").t(" reserved\n")
    n.t("TIME OUT: Dr. ").nm(s.fl).t(" (Surgeon), Dr. ").nm(asst.fl).t(" (Asst), Dr. ").nm(an.fl)
    n.t(" (Anaesthetist), Sr. ").nm(scrub).t(" (scrub)\n")
    n.t("   ").c("Inj. Cefuroxime 1.5 g IV").t(f" at {t0:02d}:40; ").c("Inj. Tranexamic acid 1 g IV").t("; ")
    n.c(f"Hb {n.f1(9.8, 12.4)} g/dL").t(" pre-op\n")
    n.t("SIGN OUT: instrument, sponge and needle counts correct; specimen (uterus with adnexa) to histopathology, ")
    n.t("HPE no. ").p("ID", hpe).t("\n")
    n.t("High-risk consent explained to husband Mr. ").nm(hub.last).t(", mobile ").p("PHONE", in_mob(n, n.ri(0, 3))).t("\n")
    n.t("Checked by: Sr. ").nm(inch.fl).t(" (OT In-charge)\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("aadhaar", aad)]))


# ------------------------------------------------------------------------------ South Africa, Nigeria, HK
def za_scope_note(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 64)
    said = _said(n.r, dob, q.sex)
    mem = n.dig(9)
    s, an = n.staff(), n.staff()
    sub, city, pc = n.ch([("Soweto", "Johannesburg", "1804"), ("Bellville", "Cape Town", "7530"),
                          ("Umlazi", "Durban", "4031"), ("Hatfield", "Pretoria", "0083")])
    st = n.ch(["Vilakazi Street", "Voortrekker Road", "Mangosuthu Highway", "Burnett Street"])
    n.t("OPERATION NOTE\n")
    n.t("Patient: ").nm(q.fl).t("    ID No: ").p("ID", said).t("\n")
    n.t("Medical aid: Discovery Health, Classic Comprehensive    Member no.: ").p("ID", mem).t("    Dep. code 01\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(2, 240)} {st}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ")
    n.p("ZIP", pc).t("    Cell: ").p("PHONE", n.ch([f"08{n.ri(2, 4)} {n.ri(100, 999)} {n.ri(1000, 9999)}",
                                                    f"+27 8{n.ri(2, 4)} {n.ri(100, 999)} {n.ri(1000, 9999)}"])).t("\n")
    n.t("Date: ").d(n.today, "iso").t("\n")
    n.t("Surgeon: Dr ").nm(s.fl).t(" (Pr. No. ").p("ID", "0" + n.dig(6)).t(")    Anaesthetist: Dr ").nm(an.fl).t("\n")
    n.t("Procedure: right knee arthroscopy, partial medial meniscectomy, chondroplasty MFC\n")
    n.t("Findings: complex tear posterior horn medial meniscus; ").c("grade 3").t(" chondral change MFC; ACL intact\n")
    n.t("Tourniquet: ").c("300 mmHg").t(", ").c(f"{n.ri(30, 60)} min").t("    Local: ").c("bupivacaine 0.5% 20 mL").t(" intra-articular\n")
    n.t("Script: ").c("Celebrex 200 mg daily").t(" x 7 days, ").c("Tramacet 2 tabs 6-hourly PRN").t(", ")
    n.c("Clexane 40 mg SC daily").t(" x 7 days; physio from day 1\n")
    n.t("Review: rooms in 10 days, ").p("PHONE", f"0{n.ri(11, 21)} {n.ri(100, 999)} {n.ri(1000, 9999)}").t("\n")
    return n.build(_fhir(q, dob, [("said", said)]))


def ng_myomectomy(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(28, 44)
    hosp = f"{n.today.year % 100}/{n.dig(5)}"
    nhia = f"{n.ch(['LAG', 'OYO', 'FCT'])}/{n.dig(6)}"
    hub = n.rel(q, "m")
    s, sr, ho, an = n.staff(), n.staff(), n.staff(), n.staff()
    scrub = n.staff("f")
    area, city = n.ch([("Ikeja", "Lagos"), ("Surulere", "Lagos"), ("Bodija", "Ibadan"), ("Wuse II", "Abuja")])
    st = n.ch(["Awolowo Avenue", "Adeniran Ogunsanya Street", "Aminu Kano Crescent", "Ring Road"])
    n.t("OPERATION NOTE\n")
    n.t("Name: Mrs ").nm(q.fl).t(f"    Age: {a} yrs    Hosp. No.: ").p("ID", hosp).t("    NHIA No.: ").p("ID", nhia).t("\n")
    n.t("Address: ").p("ADDRESS", f"No. {n.ri(2, 60)}, {st}").t(", ").p("ADDRESS", area).t(", ").p("ADDRESS", city).t("\n")
    n.t("NOK: Mr ").nm(hub.fl).t(" (husband), ").p("PHONE", n.ch([f"080{n.ri(3, 9)} {n.ri(100, 999)} {n.ri(1000, 9999)}",
                                                                 f"+234 80{n.ri(3, 9)} {n.ri(100, 999)} {n.ri(1000, 9999)}"])).t("\n")
    n.t("Date: ").d(n.today, "dmy").t("\n")
    n.t("Surgeon: Dr ").nm(s.fl).t(" (Consultant)    Assistants: Dr ").nm(sr.fl).t(" (SR), Dr ").nm(ho.fl).t(" (HO)\n")
    n.t("Anaesthetist: Dr ").nm(an.fl).t(" - GA with ETT    Scrub nurse: Nurse ").nm(scrub.fl).t("\n")
    n.t("Pre-op: ").c(f"PCV {n.ri(31, 38)}%").t("; ").c("2 units whole blood").t(" cross-matched\n")
    n.t("Incision: transverse suprapubic\n")
    n.t("Findings: bulky uterus ~").c(f"{n.ri(14, 22)} weeks").t(" size, ").c(f"{n.ri(6, 18)} fibroids").t(", largest ")
    n.c(f"{n.ri(6, 11)} x {n.ri(5, 9)} cm").t(" fundal intramural; normal tubes and ovaries\n")
    n.t("Procedure: abdominal myomectomy with tourniquet at the isthmus; cavity not breached\n")
    n.t("EBL: ").c(f"{n.ri(5, 12) * 100} mL").t("; ").c("1 unit whole blood").t(" transfused intra-op\n")
    n.t("Post-op orders: vitals half-hourly x 2 h then 4-hourly; ").c("IV ceftriaxone 1 g daily").t(" x 48 h; ")
    n.c("IV metronidazole 500 mg 8-hourly").t("; ").c("IM pentazocine 30 mg 6-hourly").t(" x 24 h; check PCV at 24 h\n")
    return n.build(_fhir(q, dob, [("hosp", hosp)]))


def hk_ogd_report(n: C) -> Note:
    q = n.pat("m")
    dob, a = n.dob(70, 96)
    hkid = _hkid(n.r)
    case = f"HN{n.dig(8)}"
    son = n.rel(q, "m")
    endo, nurse = n.staff(), n.staff("f")
    dist, est = n.ch([("Sha Tin", "Lek Yuen Estate"), ("Tai Po", "Tai Wo Estate"), ("Kwun Tong", "Lam Tin Estate"),
                      ("Tuen Mun", "Butterfly Estate"), ("Sham Shui Po", "Lai Kok Estate")])
    n.t("ENDOSCOPY REPORT - OGD\n")
    n.t("Name: ").nm(q.Lf).t("    Sex/Age: M / ").age(a).t("    HKID: ").p("ID", hkid).t("    Case No.: ").p("ID", case).t("\n")
    n.t("Address: ").p("ADDRESS", f"Room {n.ri(2, 38)}{n.ri(1, 24):02d}, {n.ch(['Wing', 'Ming', 'Fook', 'Hing'])} {n.ch(['Lok', 'Yan', 'Tak'])} House, {est}")
    n.t(", ").p("ADDRESS", dist).t("\n")
    n.t("Tel: ").p("PHONE", f"{n.ch('2369')}{n.ri(100, 999)} {n.ri(1000, 9999)}").t("    Son: ").nm(son.Lf).t(" ")
    n.p("PHONE", f"+852 {n.ch('569')}{n.ri(100, 999)} {n.ri(1000, 9999)}").t("\n")
    n.t("Date of procedure: ").d(n.today, "dmy").t("\n")
    n.t("Indication: melaena; ").c(f"Hb {n.ri(62, 84)} g/L").t(" (baseline ").c(str(n.ri(112, 130))).t("), ")
    n.c(f"Glasgow-Blatchford score {n.ri(10, 15)}").t("\n")
    n.t("Sedation: ").c(f"midazolam {n.ri(1, 2)} mg").t(" + ").c("pethidine 25 mg").t(" IV\n")
    n.t("Findings: ").c(f"{n.f1(1, 2)} cm").t(" DU at the anterior bulb with a visible vessel (").c("Forrest IIa").t(")\n")
    n.t("Therapy: ").c("adrenaline 1:10000 8 mL").t(" injection + heater probe ").c("25 J x 4").t(" - haemostasis achieved\n")
    n.t("CLO test: positive\n")
    n.t("Plan: ").c("IV pantoprazole 8 mg/h").t(" x 72 h; H. pylori eradication; repeat Hb 6-hourly\n")
    n.t("Endoscopist: Dr ").nm(endo.Lf).t("    Nurse: ").nm(nurse.Lf).t(" (APN)\n")
    return n.build(_fhir(q, dob, [("hkid", hkid)]))


# ------------------------------------------------------------------------------ corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "laparoscopic cholecystectomy operation note", uk_chole_opnote),
    ("us", "robotic ventral hernia operative report", us_op_report),
    ("au", "laparoscopic appendicectomy operation report", au_op_report),
    ("ca", "sleeve gastrectomy operative note (ON)", ca_on_sleeve),
    ("ie", "theatre register page", ie_theatre_register),
    ("nz", "ORIF distal radius operation note with ACC45", nz_orif_note),
    ("sc", "OGD endoscopy report", sc_ogd_report),
    ("in", "pre-anaesthetic check-up record", in_pac_record),
    ("uk", "anaesthetic pre-assessment clinic form", uk_poa_form),
    ("us", "pre-anesthesia evaluation", us_preanes_eval),
    ("au", "pre-admission clinic anaesthetic assessment (VIC)", au_pac_assessment),
    ("ca", "pre-anesthetic clinic consultation (BC)", ca_bc_preanes),
    ("ie", "carpal tunnel day-ward letter to the GP", ie_day_ward_letter),
    ("cy", "revised theatre list e-mail", cy_list_email),
    ("za", "knee arthroscopy operation note with medical aid", za_scope_note),
    ("uk", "WHO checklist audit trail export", uk_who_export),
    ("us", "consent for operation and anesthesia", us_consent),
    ("au", "joint replacement registry hip form (WA)", au_njrr_form),
    ("ni", "intra-operative anaesthetic record", ni_anaes_record),
    ("nz", "surgical ward round entry", nz_ward_round),
    ("ca", "surgical safety checklist (AB)", ca_ab_checklist),
    ("uk", "trauma / hip-fracture theatre list", uk_trauma_list),
    ("us", "main OR daily schedule", us_or_schedule),
    ("ie", "BowelScreen colonoscopy report", ie_bowelscreen),
    ("ng", "myomectomy operation note", ng_myomectomy),
    ("au", "procedure consent with interpreter (NSW)", au_consent_interp),
    ("uk", "hemiarthroplasty implant record", uk_implant_sheet),
    ("us", "knee arthroplasty implant log", us_implant_log),
    ("sc", "consent form 1 for knee replacement", sc_consent_form),
    ("ca", "post-thyroidectomy progress note (NS)", ca_ns_postop),
    ("uk", "day-surgery discharge letter to the GP", uk_dsu_letter),
    ("us", "ASC post-operative phone call", us_asc_phone_call),
    ("nz", "pre-anaesthetic assessment with interpreter", nz_preanaes),
    ("hk", "OGD haemostasis report", hk_ogd_report),
    ("au", "cataract day-procedure discharge summary (QLD)", au_cataract_dc),
    ("uk", "post-op ward round entry (lower case)", uk_ward_round),
    ("us", "NHSN SSI event worksheet", us_nhsn_ssi),
    ("ie", "pre-assessment nurse e-mail to an anaesthetist", ie_preop_email),
    ("in", "OT surgical safety checklist and high-risk consent", in_ot_checklist),
    ("ca", "ERCP report (ON)", ca_on_ercp),
    ("uk", "SSI surveillance 30-day follow-up", uk_ssi_followup),
    ("us", "colonoscopy report", us_colonoscopy),
    ("au", "emergency theatre booking form (WA)", au_emerg_booking),
    ("us", "PACU handoff note", us_pacu_handoff),
    ("us", "difficult airway letter to the patient", us_airway_letter),
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
        seed = 71_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
