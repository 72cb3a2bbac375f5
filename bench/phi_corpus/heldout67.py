"""HELD-OUT v67 PHI corpus: written independently, before any round-67 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout62 / heldout63 / heldout64 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout64's docstring for
its mechanics only (the ``C`` helper class, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its helper section - name groups, word-like-name list,
check-digit helpers, place lists - was seen but not copied: this file's groups, lists and places are
its own and the check digits are re-implemented from the published algorithms); also a listing of
``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` lines of ``pyproject.toml`` and the
installed packages (the Faker name lists and the ``english-words`` web2 list were used, offline, to
build ``BAD_NAMES``); the other held-out corpora being written at the same time were not read; ruff
check (not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v65 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on CLINICAL MESSAGING, DICTATION AND EHR EXPORTS:
secure-chat threads between clinicians (sender names, timestamps, @mentions, emoji), pager / bleep
logs, e-mail chains with forwarded headers, signatures and confidentiality footers,
voice-recognition dictation transcripts (spoken punctuation, misrecognised words, numbers spelled
out), letters typed from dictation with typists' queries, CSV and pipe-delimited report exports with
header rows, HL7 v2 segments pasted into tickets and inboxes, patient-portal messages written by
patients and relatives (informal, lower case), referral-management records, EHR access-audit trails
(user IDs, workstations, IP addresses) and printed-report headers and footers (page x of y, printed
by, printed at) - in the United Kingdom (12 templates: England 8, Scotland 2, Wales 1, Northern
Ireland 1), the United States (10), Australia (6: NSW, QLD, VIC, WA, SA, TAS), Canada (6: Ontario,
British Columbia, Alberta, Quebec, Manitoba, Saskatchewan), Ireland (4), New Zealand (3), Singapore
(1), Hong Kong (1), Jamaica (1) and Kenya (1). Templates, cycled in order (see ``TEMPLATES``):
secure messaging app exports (Pando / Hospify / Medic Bleep: "[dd/mm/yyyy, hh:mm] Name:" lines with
the date alone labelled, the ward clerk's lower-case login, "Dr First Last", "@First" ("@" outside),
"Mrs Last" with age (>= 90 labelled), hospital number, the daughter's first name and mobile, spaced
NHS number, a 3- or 4-digit bleep, "(Renal SpR)" outside, emoji, "<Media omitted>"; NEWS, RR, sats,
K, lactate, calcium gluconate, Actrapid and Calcium Resonium clinical) (England); Hospital at Night
task / bleep logs ("Night of Sat dd/mm/yyyy -> Sun dd/mm/yyyy", weekdays outside; the coordinator's
full name and bleep, "Dr F Last" with bleep, a pipe table with a ward nurse's first name and "x"
extension, three "LAST, First" patients with hospital numbers, an FY1's first name, upper-case
initials in the "By" column, surnames alone in capitals, "Dr Last", a son's first name with
landline, street, town and postcode, lower-case closing initials; NEWS, HR, T, BP, Tazocin,
Hartmann's and lactate clinical) (England); NHSmail forwarded chains ("SURNAME, First (TRUST NAME)"
display names - one NAME span, the trust outside - nhs.net addresses, "Sent: Monday, 27 May 2024
09:51", "FW: 2WW lung - SURNAME", "Hi First", first-name sign-off, the GP "Dr First Last" / "Dr F
Last", "Mr First Last", "dd/mm/yyyy" DOB, NHS number, street, town, postcode and landline, NHSmail
confidentiality footer; weight loss, CRP, Hb, platelets, eGFR, pack-years and PS clinical)
(England); raw speech-recognition transcripts (dictation job number (ID), "Dr First Last", "Recorded
dd/mm/yyyy", lower-case text with "comma" / "full stop" / "new paragraph", "dear doctor last", "mrs
first last", the DOB spoken as "the thirteenth of the eighth nineteen sixty two" ("the" outside),
the NHS number spoken digit by digit (ID), the age in words (< 90, unlabelled), the husband's first
name and the author's full name in lower case, the typist's lower-case initials with "dd/mm", "Dr F
Last"; HbA1c and BP in words, dapagliflozin and the misrecognised "met for men one gram twice a day"
clinical) (England); NHS App online consultations sent by a daughter ("submitted dd/mm/yyyy", "Mrs
First LAST", "dd-Mon-yyyy" DOB, NHS number, the daughter's full name and mobile, her lower-case
first name, the mother's lower-case first name with a possessive "s" and no apostrophe ("s"
outside), "d/m", "dr last", a care navigator's first name, "dd/mm", "Dr F Last", an Accurx video
link (URL); glucose, metformin, HbA1c, ketones and gliclazide clinical) (England); e-RS Advice and
Guidance conversations (spaced 12-digit UBRN (ID), "LAST, First (Mr)", spaced NHS number,
"dd-Mon-yyyy" DOB and "[dd-Mon-yyyy hh:mm]" entries, a postcode alone, requester and provider "Dr
First Last", the booked date, street and town; Hb, MCV, ferritin, FIT, ferrous fumarate and eGFR
clinical) (England); information-governance EPR access audit extracts (case ref "IG-yyyy-nnnn" (ID),
"LAST, First", MRN, NHS number, DOB, the runner's "first.last" login, the period "dd/mm/yyyy -
dd/mm/yyyy", a table of ISO dates with separate times, upper-case user IDs built from the names
(NAME), "Last, First" names, workstation names (unlabelled) and private IPs, the finding naming the
former partner, the line manager's full name; beta-hCG clinical) (England); printed cumulative
biochemistry reports ("Page 1 of 2", "LAST, FIRST", "dd.mm.yyyy" DOB with age (>= 90 labelled),
spaced NHS number, hospital number, flat / street, town and postcode, "Dr F Last (GP)", "dd/mm/yy"
result columns, "Dr Last's" ("'s" outside), the BMS's full name, "dd/mm", the footer "Printed by:
USERID (First Last) on dd/mm/yyyy at hh:mm from LAB-PRN-0n"; U&E and eGFR values clinical)
(England); service-desk tickets with a rejected HL7 v2 ORU pasted in (ticket number unlabelled, the
raiser's full name, MSH-7 "yyyymmdd" run into the time (the date part alone labelled), MSH-10
message control ID (ID), PID-3 CHI (built from the DOB and sex) and MRN, PID-5 "LAST^FIRST^M" (one
NAME span), PID-7 "yyyymmdd", street, town and postcode components, landline, PV1-7 consultant code
(ID) with "LAST^FIRST", OBR accession number, the ward nurse's full name; K, creatinine and eGFR
clinical) (Scotland); machine-transcribed practice voicemails ("Sun dd/mm/yyyy", caller ID, the
son's lower-case full name, the father's lower-case first name, the DOB in words, the CHI and the
call-back mobile spoken digit by digit with "oh" (ID, PHONE), the district nurse's lower-case first
name; call-back log with the receptionist's and son's first names, "Dr First Last" / "Dr F Last";
glucose in words, CBG, ketones, T, nitrofurantoin and Lantus clinical) (Scotland); WPAS discharge
CSV exports (the exporter's login and full name, "dd/mm/yyyy", a file name carrying "yyyymmdd"
(DATE), header row, three rows with NHS number, SURNAME and FORENAME as two spans, ISO DOB,
postcode, ISO admission and discharge dates, "DR SURNAME"; NEWS2, eGFR and weight clinical;
bilingual sensitivity footer) (Wales); GP out-of-hours case summaries (case number "yymm-nnnnnn",
"Sat d Mon yyyy", the call handler's first name, "Mr First LAST", DOB with age (>= 90 labelled),
spaced H&C number (mod 11), street, town and BT postcode, "028" landline and the wife's mobile, the
wife's full name, "Dr Last", nurse and GP full names, "dd/mm", "dd/mm/yyyy"; RR, sats, Trimbow, T,
HR, BP, CRB-65 and prednisolone clinical) (Northern Ireland); portal patient advice requests
("m/d/yyyy" with a time, MRN, DOB, "Dr. Last", the wife's first name, "m/d", dotted and dashed
cells, first-name sign-off, the RN's reply with ", RN", "m/d/yy", clinic phone; glucose, glipizide,
A1c and Jardiance clinical) (US); secure text threads ("-- Friday, March 28, 2025 --" separators
(weekday outside), ", RN (5W Charge)", "Dr. First Last", "Last, First" with MRN, age / sex
unlabelled, "@First", ", PharmD", "Read by First Last"; BP, HR, T, lactate, LR bolus, cefepime,
vancomycin, weight and MAP clinical) (US); paging-system histories (pager "n-nnnn" (PHONE), "F.
Last", "mm/dd/yy" with times, the exporter's "f.last" login, an RN's first name with "x5-nnnn"
extensions, "LAST, FIRST", "ED Dr Last", MRN, surnames alone in capitals; K, Cr, HCO3, lisinopril,
Lokelma and UF clinical) (US); Dragon-dictated H&Ps ("LAST, FIRST M", MRN, "mm/dd/yyyy" DOB and
admission, ", MD", "F. Last, DO", "mail" for male, "C O P D", "period", "comma", numbers in words,
the daughter's first name, "m/d", "D:" / "T:" dates with times, "Job #" (ID), author initials
"AB/dgn"; SpO2, pulse and RR in words, pH, pCO2, BiPAP, methylprednisolone, DuoNeb and doxycycline
clinical) (US); interface-engine error-queue ORU messages (MSH-7 date part, MSH-10, PID-3 MRN,
"LAST^FIRST^M", "yyyymmdd" DOB, street, apartment component, city, state (unlabelled) and ZIP,
"(xxx) xxx-xxxx" phone, PID-19 SSN, NK1 spouse "LAST^FIRST" with phone, OBR accession, the error
text with two MRNs, "LAST, FIRST" and "mm/dd/yyyy" DOB, the analyst's "first.last" login, "m/d/yy";
A1c and glucose clinical) (US); pipe-delimited registry exports (file name
"dm_registry_yyyy-mm-dd.txt" (DATE), a service account unlabelled, panel "Dr. First Last" with the
clinic's city unlabelled, header row, four rows with MRN, LAST and FIRST in capitals as two spans,
"mm/dd/yyyy" DOB, 10-digit phone, ZIP, result and appointment dates; A1c and LDL clinical) (US);
case-management e-mail chains with a SNF liaison ("Last, First <flast@...>", "Sent: Monday, June 16,
2025 3:59 PM", "RE: referral - LAST, F (DOB m/d/yy)", the son (POA) with cell, "m/d", ", RN, BSN"
signature with dotted phone and fax, "-----Original Message-----", MRN, Medicaid ID, HIPAA footer;
PT distance, Part A days, Eliquis, metoprolol and BP clinical) (US); privacy-office access reports
(case "PRV-yy-nnnn", "LAST, FIRST M", MRN, DOB, "Last, First" analyst, "mm/dd/yyyy" rows, upper-case
user IDs built from the names (NAME), employee IDs (ID), devices (unlabelled), private IPs,
manager's full name, "m/d"; HIV viral load clinical) (US); received faxes (the fax machine's header
line "mm/dd/yyyy hh:mm FAX nnnnnnnnnn CITY FAMILY MED -> nnnnnnnnnn P.001/004" with both bare
10-digit numbers as PHONE, cover sheet "Dr. First Last", "(xxx) xxx-xxxx" fax, ", PA-C", "First M.
Last", "m/d/yyyy" DOB, street (with apartment), city, state, ZIP, insurance member ID, "m/d", "Page
2 of 4 Received ... m/d/yy"; RF, anti-CCP, ESR, CRP and prednisone clinical) (US); referral
work-queue notes ("Referral #" (ID), "Last, First", MRN, DOB, phone, "F. Last, MD", schedulers'
lower-case "flast" user names (NAME) on "m/d/yy" entries, the daughter's first name, "Dr. Last";
CHA2DS2-VASc, apixaban and HR clinical) (US); Teams chats copied into the eMR ("Name dd/mm/yyyy h:mm
pm" headers, the RMO's full name, "Mr Last" with MRN and age / sex (>= 90 labelled), "@First Last",
the wife's first name and mobile, "(Med Reg)"; BGL, Lantus, juice, eGFR and gliclazide clinical)
(NSW); unmatched HL7 pathology results in a GP inbox (PID-3 repetitions: lab MR number, 10-digit
Medicare (check digit) "^AUSHIC^MC", IHI (Luhn) "^AUSHIC^NI", "LAST^FIRST^M", DOB, street, suburb in
capitals, QLD unlabelled, postcode, "(07)" landline, OBR lab number "yy-nnnnnnn" and OBR-7 date
part, ordering provider number (ID) with "LAST^FIRST", the practice manager's full name, mobile, "Dr
Last"; ALT, GGT and bilirubin clinical) (QLD); HotDoc patient messages ("dd/mm/yyyy h:mm pm",
lower-case full name, "d/m/yyyy" DOB, mobile, "dr last", spaced Medicare with its issue number "nnnn
nnnnn n" (ID), a nickname sign-off (NAME), the RN's full name, "Hi First", "Dr Last", an eScript
token link (URL); ferritin, Hb and iron doses clinical) (VIC); privacy-unit access-log letters ("Our
ref: PRIVyy/nnnn" (ID), "d Month yyyy", "Mrs First Last" address block with street, suburb in
capitals, WA and postcode, "Dear Mrs Last", UMRN, DOB, request and period dates, a table of staff
full names with a remote public IP, the officer's full name; HbA1c clinical; hospital names
unlabelled) (WA); letters typed from dictation ("[Transcribed dd/mm/yyyy ... typist ab ...]", "Dr
First Last" with the practice street, suburb, SA and postcode, "Dear First", "Mrs First Last", DOB,
UR, "d Month", typist's "[?spelling]" and "[?... - inaudible 01:42]" flags, the son's first name,
the suburb again in title case, "AB/cd" as two spans; Holter, echo, CHA2DS2-VASc and doses clinical)
(SA); central referral unit records ("CRU-yy-nnnnnn", "dd/mm/yyyy", "First LAST", DOB, spaced
Medicare, mobile, unit / street, suburb, TAS, postcode, referrer with provider number (ID), triage
"Dr First Last", log lines with the clerk's login; ALT, AST, platelets, FibroScan and AUDIT-C
clinical) (TAS); Ocean eReferrals ("XXXX-XXXX" reference (ID), "Last, First", OHIP "1234-567-890-AB"
(Luhn, version code inside the span), "yyyy/mm/dd" DOB, phone, personal e-mail, unit-street, city,
ON and postal code, a message thread dated "Mon d, yyyy", "Dr. First Last" / "Dr. Last", the clinic
clerk, ISO "opened" date, a booking-confirmation URL; thyroid results and doses clinical) (ON);
transcribed consult reports ("LAST, FIRST", spaced BC PHN (mod 11), MRN, "dd-Mon-yyyy" DOB and
consult date, "Dr. First Last" consultant and referrer, "Mr. Last", the city he lives in, the wife's
first name, "Mon yyyy" PSA dates, "1-604-..." phone, "F. Last, MD, FRCSC", "DD:" / "DT:" ISO dates
with times, "Doc #" (ID), "AB/cd", cc with the patient's street, city, BC and postal code; PSA,
prostate volume, IPSS, tamsulosin and ASA clinical) (BC); MyAHS Connect messages ("Mon d, yyyy" with
a time, the patient's full name with ULI "12345-6789" (Luhn), "Mon d" LMP, the city she lives in,
cell, reply "Hi First", "Dr. Last", the RN's full name; gestation, Diclectin and ondansetron
clinical) (AB); e-mail chains with French Outlook headers ("De :", "Envoyé : mercredi 18 juin 2025
08:47" - the weekday outside, the French date one DATE span - "À :", "Objet : RE: suivi INR - LAST,
First", accented names, ssss.gouv.qc.ca addresses, "Dr Last", "yyyy/mm/dd", "First, inf.
clinicienne", "First Last (73 ans)" (age unlabelled), RAMQ (built from the name, DOB and sex),
street, city, "(QC)" unlabelled, postal code, the TSP's full name; INR, warfarine and creatinine
clinical) (QC); printed eChart Manitoba summaries ("Page 1 of 3", "LAST, First", PHIN, "dd-Mon-yyyy"
DOB with age (>= 90 labelled), street, city in capitals, MB, postal code, phone, a dispensing list
with ISO dates and "Dr F Last" / "Dr F. Last", "Printed by: Last, First (flast) yyyy-mm-dd
hh:mm:ss"; doses, Cr, K, NT-proBNP and Hb clinical) (MB); pipe-delimited eHR Viewer lab exports
(requester login, ISO date run into "Thh:mm:ss" (date part labelled), header row, nine rows with
HSN, "LAST^FIRST", ISO DOB and collection dates, "LAST, FIRST" ordering provider; HbA1c, eGFR and
ACR clinical) (SK); HSE e-mail chains ("Sent: Monday 16 June 2025 15:14", hse.ie addresses, first
names in greetings and sign-offs, the PHN's full name, the patient's full name, MRN, "dd.mm.yyyy"
DOB with age (>= 90 labelled), street, town, county (unlabelled) and Eircode, the daughter's full
name and mobile, "(0xx) xxx xxxx" landline, environment line and HSE disclaimer; Barthel, MUST,
weight and apixaban clinical) (IE); printed ED records (attendance number, "dd.mm.yyyy" with a time,
"LAST, FIRST" with fadas, MRN, DOB, PPSN (SSN), street, town, county, Eircode, mobile, "Dr F Last"
GP, triage nurse " RGN", NCHD ", SHO", the footer "Printed: dd.mm.yyyy hh:mm by SURNAME_F" (NAME);
pain, HR, BP, SpO2, troponins, HEART score and aspirin clinical) (IE); letters typed from digital
dictation ("Dictated: dd/mm/yyyy Typed: dd/mm/yyyy AB/cd", the GP's address block with street, town,
county and Eircode on separate lines, "Re: First Last, DOB dd.mm.yyyy, MRN", "Dear First", "on the
2nd of July", typist's "[?weekly / ?daily]" queries, "Month yyyy", ", MB FRCPI", "Dictated but not
read ... F. Last"; DAS28-CRP, methotrexate, folic acid, CRP, ALT and hydroxychloroquine clinical)
(IE); a husband's lower-case e-mail to the CNS shared inbox (his personal address, "dd Mon yyyy"
with a time, the wife's lower-case first name in the subject, "nurse first", his and her lower-case
full names (her possessive "s" outside), hospital number, "d/m/yyyy" DOB, mobile; the CNS's reply
"Hi First", "Dr Last", 4-digit ext; chemo day, temperatures and filgrastim clinical) (IE); clinical
portal access audits (Privacy Act request "PA-yy-nnn" (ID), "First LAST", NHI (check digit), DOB, "d
Mon yyyy" period and rows with times, upper-case user codes built from the names (NAME), full names,
machine names (unlabelled), private IPs, the privacy officer; HCG clinical; "Privacy Act 2020"
unlabelled) (NZ); Celo secure chats ("d Mon yyyy", "Name (ED reg) · hh:mm" headers, the patient's
full name, age / sex unlabelled, NHI, "@First", the daughter's first name twice and mobile; CURB-65,
RR, SpO2, lactate, antibiotics, CRP and WCC clinical; "Kia ora", "whānau" unlabelled) (NZ);
ManageMyHealth messages ("d Mon yyyy h:mmpm", full name, NHI, "Dr First Last", "dr last", a new
address - flat / street, suburb, city and postcode - "ngā mihi", reply "Kia ora First", mobile, a
video-consult join URL, the practice nurse's full name; cilazapril, felodipine and BP clinical)
(NZ); Singapore polyclinic registry CSVs (the generator's login, "dd/mm/yyyy", header row, three
rows with NRIC (check letter; S / T from the year of birth), names in capitals as "SURNAME GIVEN"
(one span), "GIVEN BIN / BINTE FATHER" (one span) or "GIVEN" and "FATHER" with "S/O" / "D/O" outside
(two spans), "dd/mm/yyyy" DOB, "+65" mobile, the quoted HDB line "Blk nnn Street, #nn-nnnn"
(ADDRESS), 6-digit postal code (ZIP), result and visit dates, the care coordinator, "d Mon yyyy";
HbA1c and eGFR clinical) (SG); Hospital Authority CMS discharge-summary printouts ("SURNAME Given"
and the Chinese-character name as a second NAME span, HKID "A123456(3)" (check digit), HN
"HNnnnnnnnn(c)", "F/60Y" (>= 90 labelled), "dd-Mon-yyyy" DOB, the "Flat n, nn/F, Block X, ...
Estate" line and district (ADDRESS; Kowloon / New Territories unlabelled), 8-digit phones, the
daughter "SURNAME Given", "dd-mm-yyyy" admission, discharge and follow-up, "Dr SURNAME Given (MO)",
"Printed by: SURNAME Given (APN)" with "dd-Mon-yyyy"; NT-proBNP, Cr, K, LVEF and discharge doses
clinical) (HK); WhatsApp (Android export "dd/mm/yyyy, h:mm am - Name:") between a health-centre
nurse and a patient's daughter (full names, "Mr Last" with age (>= 90 labelled), NHF card number and
TRN "1nn-nnn-nnn" (ID), "Dr Last", "Lot n, Scheme" line and town (ADDRESS), parish unlabelled,
"(876)" phone; BP readings, amlodipine and losartan clinical) (JM); HIV clinic appointment-reminder
SMS logs (facility MFL code unlabelled, "Printed dd/mm/yyyy ... by First Last", CCC numbers
"nnnnn-nnnnn" (ID), clients' full names, "+254 7nn nnn nnn" phones, "dd/mm/yyyy" appointments and
ISO send dates with times, defaulter tracing with the national ID number, the treatment supporter
(sister) with an "07nn nnnnnn" phone, estate and town (ADDRESS), "P.O. Box nnnn" (ADDRESS) joined by
"-" to its postal code (ZIP), the CHV's full name; VL and TLD clinical) (KE).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British South Asian, British Caribbean, Polish (surnames that take the bearer's sex) and Romanian;
Scottish; Welsh; Northern Irish; US white, African American, Hispanic, Vietnamese and Indian
American; Anglo, Lebanese, Vietnamese and Italian Australian; English Canadian, Québécois, Tamil and
Punjabi Canadian; Irish with fadas and Gaelic surnames that take the bearer's sex ("Ó Súilleabháin"
/ "Ní Shúilleabháin", "Mac Cárthaigh" / "Nic Cárthaigh", "Ó Briain" / "Ní Bhriain"), Irish-English,
Nigerian and Keralite Irish; Pākehā, Māori and Pasifika; Singapore Chinese, Malay and Indian; Hong
Kong Cantonese (with Chinese characters); Jamaican; Kenyan), about one patient name in five (UK, US,
AU, CA, IE, NZ, KE) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_KE re-seeded per
note; word-like, eponymous and place names are never drawn (``BAD_NAMES``: the Faker names that are
common nouns in the web2 list, also as plurals - Brown, Young, Rose, Hope, Day, Ward, Bell, Porter,
Bishop, Cook, Long - plus eponyms of scales, signs and devices (Wilson, Parkinson, Apgar, Doppler,
Holter, Glasgow, Braden, Waterlow ...), places, months, weekdays, virtue names and the messaging
products named in the notes). Relatives' first names come from the family's group (or the same Faker
locale), blood relatives often keep the surname (a Polish or Gaelic surname takes the relative's
sex); staff come from the local groups and, in the UK, US, AU, CA, IE and NZ, a mixed international
workforce (Filipino, Keralite, Nigerian, Zimbabwean, Pakistani, Egyptian, Sri Lankan and Spanish).
Forms: "First Last", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M", "First LAST",
"First M. Last", "F. Last", "F Last" after "Dr", "Dr Last", "Dr. Last", "SURNAME, First (ORG)"
e-mail display names, HL7 "LAST^FIRST^M" and "LAST^FIRST", separate SURNAME / FORENAME and LAST /
FIRST export fields, "SURNAME Given", "GIVEN BINTE FATHER", "GIVEN S/O FATHER", Chinese characters,
lower-case first names, surnames and full names, possessives without an apostrophe, "@First"
mentions, nickname sign-offs, login and user IDs built from names ("jkershaw", "KERSHAWT",
"tracey.kershaw", "KERSHATR", "t.kershaw", "KERSHAW_T"), staff initials in upper and lower case. No
initials spell a clinical or common abbreviation (``BAD_INITS``), and a note never reuses a first or
last name for unrelated people (a note in which a labelled PHI string - or a word of a labelled name
- also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout62 - heldout64): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms", "Mr.", "nurse", "doctor" and "dr" in lower case, "FY1", "CHV", "TSP", ", RN", " RGN", ", RN,
BSN", ", PharmD", ", MD", ", DO", ", PA-C", ", MD, FRCSC", ", MB FRCPI", ", SHO", ", inf.
clinicienne", "(Renal SpR)", "(RN)", "(Med Reg)", "(ED reg)", "(CCN)", "(RMO)", "(MO)", "(APN)",
"(BMS)", "(GP)", "(H@N practitioner)", "(Privacy Analyst)", "(practice manager)", "(daughter)",
"(wife)", "(sister)", "(patient)", "(POA)") and an e-mail display name's organisation are outside
NAME spans, as are "@", "S/O" and "D/O" ("BIN" / "BINTE" are inside); "LAST, First" is one NAME
span; separate surname and forename fields are two spans; a login or user ID built from a person's
name is NAME (a service account such as "svc_popmed" is not), each side of "AB/cd" its own span. A
street line (with flat / unit / apartment / "Lot" / HDB "Blk ..., #nn-nnnn" / "Flat n, nn/F, Block
X, ... Estate" part; also a GP practice's line), a suburb, district, estate or town / city (also a
city a patient lives in and an HL7 address component) and a "P.O. Box nnnn" are ADDRESS; a state,
province, county, parish or region ("QLD", "(QC)", "Co. Clare", "St. Ann", "Kowloon") and a country
are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ postcodes,
Singapore postal codes and Kenyan postal codes are ZIP. DATE: anything more specific than a year
(month-year too) in the formats above plus spoken dates; weekdays ("Sat", "Sun", "Monday",
"mercredi") stay outside; a date followed by a separate time labels only the date, and a date run
into its time ("20250528113649", "2024-10-24T17:16:00") labels only the date part; dates inside file
names are DATE; times of day, durations and follow-up shorthand ("3/12", "x 7/7") are never
labelled. PHONE includes mobiles, landlines, bleeps (3-4 digits), pager numbers ("4-6348"),
extensions (the digits after "x" or "ext"), fax numbers (also bare 10-digit numbers in a fax
header), numbers spoken digit by digit and "+44" / "+61" / "+64" / "+353" / "+65" / "+254" / "(876)"
forms; labels are outside. SSN: full US SSNs and Irish PPSNs. ID: NHS (mod 11, spaced, unspaced or
spoken), CHI (from the DOB and sex), H&C (mod 11), UBRN, hospital / MRN / UR / UMRN / HN numbers,
attendance, case, referral, privacy and IG case references, dictation job and document numbers, HL7
message control IDs, accession and lab numbers, consultant codes, AU Medicare (check digit; the
issue number inside the span when written) and provider numbers, IHI (Luhn), OHIP with its version
code, BC PHN (mod 11), ULI (Luhn), RAMQ, PHIN, SK HSN, NHI (check digit), NRIC (check letter), HKID
(check digit), Jamaican TRN and NHF card numbers, Kenyan CCC and national ID numbers, Medicaid and
insurance member IDs and employee IDs. AGE: ages >= 90 only, number part only; ages < 90 (also in
words) are unlabelled. EMAIL: personal and work addresses (nhs.net, hse.ie, ssss.gouv.qc.ca,
hospital and care-home domains). URL: a patient's video-visit, eScript token, booking-confirmation
and video-consult links. IP: workstation and remote-access addresses in audit trails. Not PHI and
unlabelled: hospital, ward, trust, practice, clinic, facility and app names (also those built on a
place or person: "Queen Elizabeth Hospital", "Fiona Stanley Hospital", "Elizabeth Grove Medical
Centre"), workstation, printer and device names ("WS-OPD-01", "LAB-PRN-07", "EDREG-WS12",
"WKS43003", "QEH-W9-08"), IT ticket numbers, the Kenyan MFL facility code, bed, bay, room and ward
numbers, drug and product brands, "Privacy Act 2020", "Kia ora", "whānau", "ngā mihi", years alone
and times of day. Vitals, labs, scores (NEWS, NEWS2, CRB-65, CURB-65, HEART, DAS28, IPSS, AUDIT-C,
CHA2DS2-VASc, Barthel, MUST), drug doses, fluid volumes, weights and gestations - also when spoken
in words or misrecognised - are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, never today's date: notes dated January
2024 to September 2025, the dates they cite from births in the 1920s to follow-ups in 2026). Run it
only for final figures: its misses and lost clinical values are not to be inspected while the
scrubber is being changed.
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

# ------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female)
# pair (Polish and Gaelic surnames take the bearer's sex)
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Wayne", "Gareth", "Dominic", "Russell", "Neville", "Trevor", "Malcolm", "Royston",
            "Gordon", "Barrington", "Lyndon", "Desmond"],
           ["Tracey", "Michelle", "Lorraine", "Deborah", "Hayley", "Carly", "Danielle", "Lisa",
            "Julie", "Wendy", "Natalie", "Samantha"],
           ["Pemberton", "Kershaw", "Ormerod", "Ramsbottom", "Haworth", "Fairclough", "Nuttall",
            "Duckworth", "Heseltine", "Wainwright", "Postlethwaite", "Bradbury", "Cheetham",
            "Mottershead", "Thistlethwaite", "Boothroyd", "Hebblethwaite", "Crossley"]),
    "sa": (["Imran", "Tariq", "Rajesh", "Harjinder", "Shahid", "Mohsin"],
           ["Shazia", "Parveen", "Nazia", "Manjit", "Rukhsana", "Priti"],
           ["Hussain", "Akhtar", "Choudhury", "Parmar", "Hanif", "Bashir", "Sohal", "Lodhi"]),
    "carib": (["Winston", "Delroy", "Errol", "Everard", "Fitzroy"],
              ["Marcia", "Beverley", "Claudette", "Pauline", "Lorna"],
              ["Samuels", "Wedderburn", "McKenzie", "Ebanks", "Pinnock", "Gordon-Lyle"]),
    "pl": (["Marek", "Dariusz", "Piotr", "Wojciech", "Sławomir"],
           ["Beata", "Dorota", "Małgorzata", "Iwona", "Renata"],
           [("Lewandowski", "Lewandowska"), ("Kamiński", "Kamińska"), ("Dąbrowski", "Dąbrowska"),
            "Mazur", "Krawczyk", "Pawlak"]),
    "ro": (["Ionuț", "Florin", "Mihai"], ["Ioana", "Alina", "Roxana"],
           ["Popescu", "Dumitrescu", "Stoica", "Munteanu"]),
    "sc": (["Alasdair", "Hamish", "Iain", "Lachlan", "Murdo", "Ruairidh"],
           ["Shona", "Catriona", "Iona", "Morag", "Kirsteen", "Elspeth"],
           ["MacLeod", "Cunningham", "Buchanan", "McIntyre", "Sinclair", "MacPhail", "Gilchrist",
            "Urquhart", "Matheson"]),
    "cy": (["Rhodri", "Emyr", "Dafydd", "Iwan", "Aled"],
           ["Ffion", "Nia", "Lowri", "Angharad", "Mererid"],
           ["Prys", "Vaughan", "Meredith", "Pritchard", "Hopcyn", "Tudur", "Gruffydd"]),
    "ni": (["Seamus", "Gerard", "Cormac", "Mervyn", "Oliver"],
           ["Siobhan", "Niamh", "Bronagh", "Colette", "Una"],
           ["McGuinness", "Devlin", "McCrory", "Mulholland", "Rafferty", "McVeigh", "Hegarty",
            "Agnew"]),
    "us_w": (["Jared", "Shane", "Bradley", "Trent", "Colby", "Wesley", "Clint"],
             ["Ashley", "Kayla", "Whitney", "Lindsey", "Brittany", "Kelsey", "Kendra"],
             ["Vanderpool", "Hutchens", "Ostrander", "Kowalski", "Schaefer", "Dombrowski",
              "Lundquist", "Pfeiffer", "Ridenour", "Strickland", "Eckert", "Huffman"]),
    "us_aa": (["DeShawn", "Marquis", "Cedric", "Jerome", "Reginald"],
              ["Keisha", "LaToya", "Tamika", "Shaniqua", "Imani"],
              ["Mayfield", "Pettaway", "Gaither", "Boykin", "McCray", "Stallworth"]),
    "us_hi": (["Luis", "Ernesto", "Mauricio", "Arturo", "Rigoberto"],
              ["Marisol", "Yadira", "Leticia", "Araceli", "Esperanza"],
              ["Villanueva", "Quintanilla", "Ochoa", "Zamora", "Cárdenas", "Bustamante", "Arreola"]),
    "us_vn": (["Minh", "Tuan", "Quang"], ["Thuy", "Ngoc", "Hoa"],
              ["Nguyen", "Pham", "Truong", "Vuong"]),
    "us_in": (["Vikram", "Anil", "Sunil"], ["Deepa", "Shruti", "Anjali"],
              ["Ramaswamy", "Kulkarni", "Venkataraman", "Deshpande"]),
    "au": (["Shaun", "Todd", "Damien", "Corey", "Nathan", "Brendan"],
           ["Narelle", "Tegan", "Belinda", "Simone", "Leonie", "Kirrily"],
           ["Lockyer", "Blanchard", "Fitzpatrick", "O'Halloran", "Trengove", "McGuigan",
            "Heffernan", "Rosewarne", "Pascoe"]),
    "au_lb": (["Rami", "Fadi", "Georges"], ["Rania", "Nadine", "Mariam"],
              ["Haddad", "Khoury", "Nasser", "Saliba"]),
    "au_vn": (["Thanh", "Duc", "Hieu"], ["Linh", "Trang", "Phuong"],
              ["Huynh", "Doan", "Luong", "Quach"]),
    "au_it": (["Salvatore", "Giuseppe", "Carmelo"], ["Rosaria", "Concetta", "Giuseppina"],
              ["Lombardo", "Bianchi", "Russo", "Marchetti"]),
    "ca": (["Darcy", "Kurtis", "Landon", "Garrett", "Dwayne"],
           ["Shelby", "Janelle", "Kendall", "Raelynn", "Tracy"],
           ["Kowalchuk", "Sawchuk", "MacIsaac", "Thiessen", "Hiebert", "Fehr", "Gillis", "LeBlanc"]),
    "ca_fr": (["Mathieu", "Gilles", "Stéphane", "Benoît", "Yannick"],
              ["Josée", "Mélanie", "Sylvie", "Manon", "Véronique"],
              ["Tremblay", "Gagnon", "Bergeron", "Lévesque", "Ouellet", "Thibodeau", "Poirier"]),
    "ca_ta": (["Thusyanthan", "Kajan", "Prashanth"], ["Tharshini", "Nirosha", "Sinthuja"],
              ["Sivakumar", "Tharmalingam", "Kanagaratnam", "Balachandran"]),
    "ca_pb": (["Gurpreet", "Manpreet", "Jaswinder"], ["Simran", "Harleen", "Navjot"],
              ["Grewal", "Dhaliwal", "Brar", "Cheema", "Sekhon"]),
    "ie": (["Pádraig", "Tadhg", "Donncha", "Seán", "Eoin", "Rónán"],
           ["Caoimhe", "Aoife", "Síle", "Róisín", "Méabh", "Saoirse"],
           [("Ó Súilleabháin", "Ní Shúilleabháin"), ("Mac Cárthaigh", "Nic Cárthaigh"),
            ("Ó Briain", "Ní Bhriain"), "Moynihan", "Lenihan", "Cronin", "Guerin", "Keohane",
            "Twomey", "Buckley"]),
    "ie2": (["Declan", "Ciarán", "Gearóid", "Fintan", "Killian"],
            ["Deirdre", "Fionnuala", "Bernadette", "Mairéad", "Ailbhe"],
            ["Fitzgibbon", "Geraghty", "Mulvihill", "Nagle", "Hennessy", "Cullinane", "Dwyer"]),
    "ie_ng": (["Emeka", "Tobenna"], ["Ifeoma", "Uchenna"], ["Okonkwo", "Anyanwu", "Chukwu"]),
    "ie_kl": (["Jijo", "Sebin"], ["Jincy", "Ambily"], ["Varghese", "Cherian", "Kallarakkal"]),
    "nz": (["Murray", "Warrick", "Jonty", "Nigel", "Jarrod"],
           ["Robyn", "Kerryn", "Sharlene", "Megan", "Jolene"],
           ["Bidois", "Kerslake", "McKerras", "Tregidga", "Monteith", "Doull", "Burrell"]),
    "nz_mi": (["Wiremu", "Tamati", "Rangi", "Aperahama"], ["Mereana", "Wikitoria", "Ngaire", "Riria"],
              ["Tawhai", "Ruatapu", "Waititi", "Te Whata", "Hēnare", "Ngata", "Kereama"]),
    "nz_pi": (["Viliami", "Sione", "Tavita"], ["Mele", "Losana", "Sela"],
              ["Taufa", "Havili", "Tuilagi", "Leavasa", "Fuimaono"]),
    # surname first in use (SURNAME Given)
    "sg_cn": (["Wei Jie", "Jun Hao", "Kok Leong"], ["Hui Min", "Mei Ling", "Xin Yi"],
              ["Goh", "Teo", "Koh", "Ong", "Chua", "Seah"]),
    # "Given bin / binti Father"
    "sg_my": (["Mohd Hafiz", "Ahmad Faizal", "Azman Shah"],
              ["Siti Nurhaliza", "Nurul Aini", "Farah Diyana"],
              ["Osman", "Ismail", "Yusof", "Rahmat"]),
    # "Given s/o / d/o Father"
    "sg_in": (["Rajendran", "Suresh", "Manikam"], ["Kalaivani", "Devika", "Santhi"],
              ["Govindasamy", "Rajoo", "Pillai", "Subramaniam"]),
    "hk": (["Chi Keung", "Wai Ming", "Ka Lok", "Siu Fai"], ["Siu Ling", "Mei Kuen", "Wing Yan",
                                                          "Lai Ping"],
           ["Chan", "Leung", "Cheung", "Lau", "Yeung", "Tsang", "Kwok", "Fung"]),
    "jm": (["Delano", "Kemar", "Andre", "Romario", "Oneil"],
           ["Shanique", "Tamoy", "Kerry-Ann", "Nordia", "Sashana"],
           ["Brissett", "Beckford", "Wilmot", "Dacres", "Hylton", "Ferron", "Stennett"]),
    "ke": (["Geoffrey", "Wycliffe", "Duncan", "Elijah", "Kennedy"],
           ["Lilian", "Everlyne", "Winnie", "Beatrice", "Jacinta", "Eunice"],
           ["Kamau", "Ochieng", "Njoroge", "Wekesa", "Mutiso", "Kiplagat", "Omondi", "Wambua"]),
    # mixed international workforce
    "st_ph": (["Arnel", "Rodel"], ["Lorelie", "Jovelyn"], ["Dimaculangan", "Bautista", "Macaraeg"]),
    "st_kl": (["Jobin", "Tinu"], ["Reshma", "Sheeba"], ["Kuriakose", "Vadakkan", "Pulikkottil"]),
    "st_ng": (["Oluwaseun", "Chinedu"], ["Temitope", "Ngozi"], ["Adeleke", "Okoro", "Afolabi"]),
    "st_zw": (["Farai", "Tafadzwa"], ["Chipo", "Ruvimbo"], ["Chikwanha", "Mutasa", "Makoni"]),
    "st_pk": (["Hassan", "Waqas"], ["Amna", "Saba"], ["Chaudhry", "Qadir", "Siddiqi"]),
    "st_eg": (["Mahmoud", "Karim"], ["Heba", "Mona"], ["Abdelrahman", "Soliman", "Elsayed"]),
    "st_lk": (["Chaminda", "Nuwan"], ["Dilani", "Sanduni"], ["Wickramasinghe", "Jayawardena"]),
    "st_es": (["Íñigo", "Sergio"], ["Marta", "Lucía"], ["Etxeberria", "Navarro", "Domínguez"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "carib", "pl", "ro"], "sc": ["sc", "sc", "en"],
    "cy": ["cy", "cy", "en"], "ni": ["ni", "ni", "en"],
    "us": ["us_w", "us_w", "us_aa", "us_hi", "us_vn", "us_in"],
    "au": ["au", "au", "au_lb", "au_vn", "au_it"], "ca": ["ca", "ca", "ca_fr", "ca_ta", "ca_pb"],
    "qc": ["ca_fr", "ca_fr", "ca"], "ie": ["ie", "ie2", "ie2", "ie_ng", "ie_kl"],
    "nz": ["nz", "nz_mi", "nz_pi"], "sg": ["sg_cn", "sg_cn", "sg_my", "sg_in"], "hk": ["hk"],
    "jm": ["jm"], "ke": ["ke"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_ng", "st_zw", "st_pk", "st_eg", "st_lk", "st_es"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "ke": "en_KE"}
_FAKERS: dict[str, Faker] = {}
# Faker names that are English words (web2 common nouns, also as plurals), eponyms of scales,
# signs and devices, place names, months and weekdays, virtue names, product names of the
# messaging systems below, and very common names that would clash across a note: never drawn
_BAD_NAMES_TXT = """
Abbey Abdi Abigail Addison Adelaide Africa Ahmed Aisling Alan Alanis Alannah Alec Alexander Ali
Alison Allan Alzheimer Amani Amber Ambrose Amelia Amin Amy Ana Angel Angelica Angeline Ann Anna
Annet Apgar April Archer Aria Arias Ariel Arroyo Ashe Ashling Ashman Asia Atchison Auckland August
Aurora Austin Autumn Ava Babinski Bailey Bailie Baker Bale Ball Banks Bann Barber Bare Barker
Barlow Barrett Barry Barthel Barton Bartter Bass Bates Baxter Baya Beal Bean Beard Beau Beck Becker
Begum Bell Belton Ben Bender Benedict Benjamin Benn Bennet Berg Berger Berry Beryl Best Beth Betty
Bibi Bill Billy Birch Bird Bishop Black Blair Blake Blanch Blatchford Blessing Blick Bob Bobby
Bodhi Bodkin Bogan Boke Boles Bond Boner Bones Booker Boon Booth Bor Bore Bowers Bowler Bowles
Bowman Boyer Brad Braden Branch Brandon Brandy Bray Bree Brent Brett Brewer Brick Bridge Bridges
Bright Brisbane Bristol Brock Brogan Brooklyn Brooks Brown Browning Bryony Buck Bull Bullock
Burgess Burke Burns Burr Burrows Burt Burton Bush Butcher Butler Caddow Cain Cairn Cairns Cal
Campos Canning Cannon Canny Cantu Capples Caprini Carl Carlin Carney Carol Carolina Caroline
Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Celestine Celo Centor Cerner Chad
Chai Chamberlain Chambers Chandler Chang Chapman Charcot Charity Chase Che Chelsea Chen Cherry
Chester Child Ching Christmas Church Clark Clay Clear Clement Clements Clifton Cline Clive Cole
Coles Colin Coll Colleen Colles Colley Collier Collin Collins Colly Colon Comber Combs Comer
Comfort Conal Conn Conner Constance Convey Cook Cooper Cora Corinne Cork Corrie Cortez Costa Cotter
Cousins Cox Crane Craven Craw Crawley Creed Crohn Cross Cruise Crystal Cully Cummins Curry Cushing
Cyrus Daisy Dakota Dale Dallas Dalton Dan Darwin Daud Davenport Davies Davy Daw Dawn Day Deacon
Dean December Decker Dee Demi Denver Derrick Destiny Devon Diamond Dick Dickey Diver Divine Dobbin
Dobbins Dobson Doctor Dodd Don Donna Dooley Doppler Dowd Dower Down Downs Dragon Drake Drew Drum
Drummy Dublin Dudley Duff Duke Dunne Dunny Dyer Earl Early Easter Ebony Edinburgh Eimer Elaine Emma
Emmet Epic Epley Epworth Eric Erika Essex Evans Eve Ewing Fair Faith Fall Fallot Fancy Fanning
Farmer Fay February Fee Ferris Ferry Field Fields Finch Fisher Flannelly Flavin Fletcher Flood
Flora Florence Flores Flowers Foley Foody Foot Ford Fortune Foster Fowler Fox Foy Francisca Franco
Frank Franklin Fraser Frazer Freely Freeman Fresh Friday Frost Fry Fuller Fundi Gaine Gaines
Galloway Galway Gamble Ganz Garland Garner Garrison Garvey Gaskin Gates Gay Gee Gemma Gene Geneva
Gentry Georgia Gibbon Gibbons Gift Gilbert Gill Gillick Gillies Ging Gladys Glasgow Glass Glazier
Glen Glover Goddard Goff Golden Good Goodman Gore Gorevan Grace Graham Grahams Grant Graves Gray
Green Greenwood Grey Griffin Grimes Gross Guard Gullery Gunning Guthrie Guy Haines Haire Hale Hall
Ham Hamilton Hamza Hanbury Hanna Hansen Hardy Hare Harmony Harper Harry Hart Hartmann Harvey
Hastings Hasty Haugh Hawthorn Hay Hays Hayward Hazel Hearty Heath Heather Hector Henry Herd
Hereward Heron Herring Hickey Hicks Hill Hills Hinney Histon Ho Hobart Hodgkin Hogan Holden Holder
Hollins Holly Holt Holter Honor Honour Hood Hook Hooper Hope Horn Horner Hough House Houston Howe
Huff Huia Hull Hunt Huntington Hurd Hurley Hurst Hussein Hynes Immaculate India Indiana Innocent
Irene Ishihara Israel Ivory Ivy Jack Jackman Jackson Jade Jaeger Jake Jama James Jane January
Jasmine Jasper Jay Jean Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Job Joe John Jones Jordan Josh Joy
Judge July Jumba June Junior Justice Kahu Kaiser Karnofsky Kauri Kawasaki Kay Kelly Kelvin Kemp Ken
Kennelly Kensington Kent Kerrie Kerry Key Khan Kibe Kidney Killeen Killip Kim Kindness King
Kingston Kiri Kirk Knight Kora Kori Korsakoff Kyle Lachman Lacy Lam Lamb Lambert Lammas Lana
Lancaster Lance Landers Lane Larry Laura Lavender Law Lawless Leach Lee Leech Lees Levy Lewis Li
Lily Limo Lin Lincoln Lister Little Liu Logan London Long Longan Looney Lord Lori Love Low Lowery
Loyalty Lucid Lucky Lucy Luke Luna Lynch Mack Mackle Madden Madeline Madison Major Malik Mallampati
Mambo Mamo Manning Manus Marc March Marco Marfan Maria Mark Marks Marron Marry Marsh Martin Mary
Masha Mason Matara Matron Maxwell May Maya Mays McMurray Meadows Meads Melbourne Mellon Melody
Melton Mercer Mercy Merry Mia Mike Mila Miles Miller Millet Mills Mistry Misty Moan Mohamed
Mohammed Mollie Molly Monday Monk Monks Montana Montes Moody Moon Mora Morales Moreen Morgan Morris
Morrow Morse Moss Mountain Moy Moyo Muga Muhammad Muir Muktar Mule Mulligan Munga Murage Murphy
Nancy Nary Nash Nate Nea Neal Nee Needham Nelson Nevada Newton Nikau Nissen Noble Noel Norma North
Norton November Nurse Ocean October Oisin Olive Omar Orchard Orlando Pace Padua Page Paget Palmer
Pam Paris Park Parker Parkin Parkinson Parks Parry Parsons Patel Paten Patience Patrice Patty
Peacock Peck Pedro Peggy Penny Peris Perkins Perry Perth Peter Peters Petty Peyton Phalen Phoebe
Phoenix Pickering Pierce Pike Pinder Piper Plover Pollard Ponce Pope Poppy Porter Pott Potter Potts
Power Powers Precious Prentice Preston Price Priest Prince Pringle Proctor Prudence Pugh Purity
Quest Quill Quin Rafter Rails Ralph Ramsay Randles Randy Ranson Raven Ray Raynaud Rea Read Reader
Reddy Reed Reen Rees Reese Reeves Regina Reiter Rex Rhapsody Ria Rice Rich Richmond Rick Rickey
Riddle Ridge Riley Ring Rios Risper Rita Rivas Rivers Roach Robbins Roberts Robin Robles Rock
Rockall Rodney Roe Roger Rogers Rohan Romberg Romero Rory Rosario Rose Rosemary Ross Rourke Roux
Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sabina Safari Said Salat Salinas Sally Salma Salmon Sam
Sammy Samson Sanders Sandy Sang Saturday Saunders Savage Savannah Sawyer Sayers Schneider Scot
Scriven Scullion Sears Sellers September Sergeant Serrano Seth Sexton Shah Shanna Shanny Sharp
Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Shiel Shields Shiels Shine Short Sidi Sienna
Sierra Siilo Silk Silva Simmon Simmons Singh Singleton Sister Sjogren Skelly Skinner Slater
Slattery Sloan Small Smart Smith Smyth Snellen Snow Solis Somers Sophia Sophy Sparks Spears Spence
Spencer Spok Stack Stafford Stark Steed Steer Stein Stella Steven Stevens Steward Stokes Stone
Story Stout Street Strong Stubbs Sue Summer Summers Sunday Supple Swan Sweeny Swift Swords Sydney
Sylvester Tai Tait Talbot Tama Tamara Tami Tammie Tammy Tane Tania Tanner Tapia Tara Tate Taylor
Teams Terry Therese Thomas Thompson Thursday Tiffany Timothy Tinel Toby Tolan Tom Tommy Toms Toner
Tony Too Tory Tourette Travis Trendelenburg Trenton Trinity Troy Trust Tucker Tuesday Tui Turner
Tutty Tyrone Underwood Unity Valentine Vallary Valsalva Vang Victor Victoria Victory Villa Vincent
Viola Violet Virginia Wade Walker Wall Waller Walls Walsh Walter Walters Wang Wanga Ward Ware
Warner Warren Warwick Washington Waterlow Waters Watt Watts Waugh Way Weaver Webby Weber Webster
Wednesday Weeks Weever Weir Wellington Wells Were Wernicke West Westley Wheeler Whipple White
Whitehead Wilkins Williams Willie Willow Wills Willy Wilms Wilson Winter Winters Wise Wolf Wong
Wood Woods Woodward Wren Wright Yang Yates York Young Yu Yusuf Zac Zak Zhang
"""
BAD_NAMES = set(_BAD_NAMES_TXT.split())
# initials that spell a clinical or common abbreviation (never used as staff initials)
BAD_INITS = {
    "AB", "AF", "AM", "AN", "AS", "AT", "AV", "BD", "BE", "BM", "BO", "BP", "BS", "BY", "CC", "CD",
    "CF", "CK", "CM", "CO", "CR", "CT", "CV", "DC", "DH", "DM", "DN", "DO", "DR", "DS", "DT", "DX",
    "ED", "EF", "EH", "ER", "ET", "FH", "FU", "GA", "GI", "GO", "GP", "GU", "HA", "HB", "HD", "HE",
    "HH", "HO", "HR", "HT", "HX", "ID", "IF", "IM", "IN", "IO", "IP", "IS", "IT", "IV", "JM", "KG",
    "KO", "LA", "LD", "LL", "LN", "LP", "LV", "MA", "MD", "ME", "MG", "MI", "ML", "MO", "MR", "MS",
    "MY", "NA", "NB", "NG", "NH", "NI", "NO", "NP", "NS", "NT", "NZ", "OD", "OF", "OH", "OK", "OM",
    "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PH", "PM", "PN", "PO", "PR", "PT", "PV", "QC", "RA",
    "RN", "RR", "RT", "RV", "RX", "SA", "SC", "SE", "SG", "SH", "SN", "SO", "SR", "ST", "SW", "SX",
    "TB", "TC", "TO", "TV", "TX", "UA", "UK", "UP", "US", "UV", "VL", "VT", "WA", "WE", "WS", "KE",
    "HK", "AU", "IE", "CA", "CY", "GB", "LH", "RH", "VS", "WC", "BC", "AG", "AE", "CS", "DD", "DV",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


class Redraw(Exception):
    """The note drew something it must not (a clash, initials that spell an abbreviation)."""


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in " -'"))


def _slug(s: str) -> str:
    return _ascii(s).replace(" ", "").replace("-", "").replace("'", "").lower()


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
    def SF(self) -> str:
        """Surname-first in capitals, no comma (Hong Kong, Singapore Chinese)."""
        return f"{self.last.upper()} {self.first}"

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
    def low(self) -> str:
        return f"{self.first} {self.last}".lower()

    @property
    def hl7(self) -> str:
        return f"{self.last.upper()}^{self.first.upper()}^{self.mid}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Ms" if self.first[-1] in "nrtdkl" else "Mrs")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def login(self, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f[0]}{la}", f"{la[:7].upper()}{f[0].upper()}", f"{f}.{la}",
                f"{la[:6].upper()}{f[:2].upper()}", f"{f[0]}.{la}"][style % 5]

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}",
                f"{f}.{la}{len(la) % 7 + 1}@{dom}"][style % 4]


# ------------------------------------------------------------------------------------- dates
def _ordsuf(n: int) -> str:
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "dmy": f"{dd}/{mm}/{d.year}", "dmy2": f"{dd}/{mm}/{yy}", "dmy1": f"{d.day}/{d.month}/{d.year}",
        "dm": f"{d.day}/{d.month}", "dm0": f"{dd}/{mm}", "dot": f"{dd}.{mm}.{d.year}",
        "dot1": f"{d.day}.{d.month}.{yy}", "long": f"{d.day} {m} {d.year}",
        "ord": f"{d.day}{_ordsuf(d.day)} {m} {d.year}", "ordof": f"{d.day}{_ordsuf(d.day)} of {m}",
        "sh": f"{d.day} {m[:3]} {d.year}", "sh0": f"{dd} {m[:3]} {d.year}", "shm": f"{d.day} {m[:3]}",
        "dmon": f"{dd}-{m[:3]}-{d.year}", "DMON": f"{dd}-{m[:3].upper()}-{d.year}",
        "dmon2": f"{dd}-{m[:3]}-{yy}", "iso": d.isoformat(), "hl7": f"{d.year}{mm}{dd}",
        "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}", "us2": f"{d.month}/{d.day}/{yy}",
        "us02": f"{mm}/{dd}/{yy}", "md": f"{d.month}/{d.day}", "usl": f"{m} {d.day}, {d.year}",
        "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}", "mon_d": f"{m} {d.day}",
        "vista": f"{m[:3].upper()} {d.day},{d.year}", "apos": f"{m[:3]} {d.day} '{yy}",
        "ymd": f"{d.year}/{mm}/{dd}", "my": f"{m} {d.year}", "mys": f"{m[:3]} {d.year}",
        "dmo": f"{d.day} {m}", "dash": f"{dd}-{mm}-{d.year}", "ordm": f"{d.day}{_ordsuf(d.day)} {m}",
        "fr": f"{d.day} {MOIS[d.month - 1]} {d.year}", "dmyd": f"{dd}-{mm}-{yy}",
        "DMONY": f"{dd}{m[:3].upper()}{d.year}", "ym": f"{d.year}-{mm}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
        "nine": "ninth", "twelve": "twelfth"}


def _w(n: int, hyph: bool = False) -> str:
    """A number as voice recognition leaves it in raw text ("fifty two", "one forty two")."""
    sep = "-" if hyph else " "
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + (sep + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " " + ("hundred" if rest == 0 else
                                       ("oh " + _ONES[rest] if rest < 10 else _w(rest, hyph)))
    raise ValueError(n)


def _wo(n: int) -> str:
    """An ordinal in words (day of month / month number)."""
    w = _w(n)
    head, _, last = w.rpartition(" ")
    if last in _ORD:
        o = _ORD[last]
    elif last.endswith("y"):
        o = last[:-1] + "ieth"
    else:
        o = last + "th"
    return (head + " " + o) if head else o


def _wyear(y: int) -> str:
    a, b = divmod(y, 100)
    if b == 0:
        return _w(a) + " hundred"
    return _w(a) + " " + (("oh " + _ONES[b]) if b < 10 else _w(b))


def _wdigits(s: str, oh: bool = True) -> str:
    return " ".join(("oh" if oh else "zero") if ch == "0" else _ONES[int(ch)]
                    for ch in s if ch.isdigit())


# ------------------------------------------------------------------------------ check digits
def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _mod11(r: random.Random, lead: str, n: int = 9) -> str:
    """NHS / H&C: n digits weighted 10..2, check 11 - sum % 11 (11 -> 0, 10 never issued)."""
    while True:
        body = lead + _dig(r, n - len(lead))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return body + str(c)


def _nhs(r: random.Random) -> str:
    return _mod11(r, r.choice(["4", "6", "7"]))


def _hc(r: random.Random) -> str:
    return _mod11(r, "3" + str(r.randint(2, 9)))


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}" + _dig(r, 2)
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return body + str(c)


def _sp3(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return body + str((10 - tot % 10) % 10)


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 772) if x != 666])
    return f"{a:03d}-{r.randint(10, 99):02d}-{r.randint(1000, 9999):04d}"


def _medicare(r: random.Random) -> str:
    """AU Medicare: 8 digits, check digit (weights 1 3 7 9), issue number; plus the IRN."""
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, ds)) + str(chk) + str(r.randint(1, 5))


def _ihi(r: random.Random) -> str:
    return _luhn("800360" + _dig(r, 9))


def _ohip(r: random.Random) -> str:
    return _luhn(str(r.randint(1, 9)) + _dig(r, 8))


def _bcphn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, ds)) + str(c)


def _uli(r: random.Random) -> str:
    s = _luhn(str(r.randint(1, 9)) + _dig(r, 7))
    return f"{s[:5]}-{s[5:]}"


def _ramq(r: random.Random, q: P, dob: date) -> str:
    last = _ascii(q.last).upper().replace(" ", "").replace("-", "").replace("'", "")
    mm = dob.month + (50 if q.sex == "f" else 0)
    return (f"{(last + 'XXX')[:3]}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mm:02d} "
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


def _nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) / T, 7 digits, check letter."""
    pre = "S" if dob.year < 2000 else "T"
    ds = f"{dob.year % 100:02d}" + _dig(r, 5) if dob.year >= 1968 else str(r.randint(0, 1)) + _dig(r, 6)
    tot = sum(int(x) * w for x, w in zip(ds, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + ds + "JZIHGFEDCBA"[tot % 11]


def _hkid(r: random.Random) -> str:
    """Hong Kong identity card number "A123456(3)" with its check digit."""
    ch = r.choice("ACDEGHKPRVYZ")
    ds = _dig(r, 6)
    tot = 36 * 9 + (ord(ch) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(ds))
    c = (11 - tot % 11) % 11
    return f"{ch}{ds}({'A' if c == 10 else c})"


# ------------------------------------------------------------------------------ drawing context
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
        # notes dated January 2024 to September 2025, moved off weekends
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

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

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    # drawing
    def ch(self, xs: list[Any] | str) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

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
            if any(w in BAD_NAMES for w in words + first.split("-") + last.split("-")):
                continue
            if first in self.firsts or last in self.lasts:
                continue
            if any(w in self.lasts or w in self.firsts for w in words if len(w) > 2):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(first.split())
            self.lasts.update(last.split())
            return P(first, last, sex, self.ch("ABCDEFGHJKLMNPRSTW"))
        raise Redraw

    def pat(self, region: str | None = None, sex: str | None = None, fake_ok: bool = True) -> P:
        reg = region or self.region
        sex = sex or self.ch("mf")
        fake = fake_ok and self.r.random() < 0.2 and reg in FAKER_LOC
        return self._take(self.ch(PAT[reg]), sex, fake)

    def grp_of(self, q: P) -> str | None:
        return next((g for g, v in G.items() if q.first in v[0] + v[1]), None)

    def rel(self, q: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the person's group (or Faker locale); surname kept or new."""
        sex = sex or self.ch("mf")
        grp = self.grp_of(q)
        x = self._take(grp or self.ch(PAT[self.region]), sex, grp is None and self.fk is not None)
        if keep:
            self.lasts.discard(x.last)
            x.last = q.last
            if isinstance(G.get(grp or "", ([], [], []))[2], list):
                for s in G.get(grp or "", ([], [], []))[2]:
                    if isinstance(s, tuple) and q.last in s:
                        x.last = s[0] if sex == "m" else s[1]
                        self.lasts.add(x.last)
        return x

    def staff(self, region: str | None = None, sex: str | None = None) -> P:
        reg = region or self.region
        intl = reg in {"uk", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz"} and self.r.random() < 0.3
        grp = self.ch(STAFF_INTL) if intl else self.ch(PAT[reg])
        return self._take(grp, sex or self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False, three: bool = False) -> str:
        s = q.first[0] + (q.mid if three else "") + q.last.split()[-1][0]
        s = _ascii(s).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0, wk: bool = False) -> date:
        d = self.today + timedelta(days=self.r.randint(lo, hi))
        while wk and d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def old(self) -> tuple[date, int]:
        return self.dob(70, 89) if self.r.random() < 0.6 else self.dob(90, 99)

    def tm(self, lo: int = 7, hi: int = 20) -> str:
        return f"{self.r.randint(lo, hi):02d}:{self.r.randint(0, 59):02d}"

    def times(self, k: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """k distinct increasing (hour, minute) pairs between lo:00 and hi:59."""
        ms = sorted(self.r.sample(range(lo * 60, hi * 60 + 60), k))
        return [divmod(m, 60) for m in ms]

    def tm12(self, lo: int = 1, hi: int = 11) -> str:
        return f"{self.r.randint(lo, hi)}:{self.r.randint(0, 59):02d} {self.ch(['AM', 'PM'])}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90 (number part only)."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": q.last, "given": q.first.split()}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
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


# ------------------------------------------------------------------- regional places / phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWN = [("Rochdale", "OL11", "01706"), ("Burnley", "BB10", "01282"),
           ("Huddersfield", "HD2", "01484"), ("Doncaster", "DN4", "01302"),
           ("Grimsby", "DN32", "01472"), ("Sunderland", "SR4", "0191"), ("Gateshead", "NE8", "0191"),
           ("Northampton", "NN3", "01604"), ("Norwich", "NR3", "01603"), ("Swindon", "SN2", "01793"),
           ("Plymouth", "PL5", "01752"), ("Coventry", "CV6", "024"), ("Leicester", "LE4", "0116")]
UK_ST = ["Tong Lane", "Larkhill Close", "Whitegate Drive", "Alma Road", "Scarsdale Avenue",
         "Bury Old Road", "Thornhill Crescent", "Pennine View", "Cemetery Lane", "Wharncliffe Street",
         "Stanningley Grove", "Sefton Terrace"]
SC_TOWN = [("Aberdeen", "AB24", "01224"), ("Inverness", "IV2", "01463"), ("Falkirk", "FK2", "01324"),
           ("Kilmarnock", "KA1", "01563"), ("Motherwell", "ML1", "01698"), ("Ayr", "KA8", "01292")]
SC_ST = ["Great Northern Road", "Culduthel Road", "Brechin Road", "Kirkhill Drive", "Whinhill Gardens",
         "Craigie Street", "Auchinleck Place"]
CY_TOWN = [("Cardiff", "CF24", "029"), ("Llanelli", "SA15", "01554"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Aberystwyth", "SY23", "01970"), ("Rhyl", "LL18", "01745")]
CY_ST = ["Heol Llanishen Fach", "Stryd y Castell", "Ffordd Penrhos", "Clos Cae Derw", "Lôn Las",
         "Heol y Parc"]
NI_TOWN = [("Ballymena", "BT43", "028 25"), ("Omagh", "BT78", "028 82"), ("Coleraine", "BT52", "028 70"),
           ("Armagh", "BT61", "028 37"), ("Enniskillen", "BT74", "028 66"), ("Newtownards", "BT23", "028 91")]
NI_ST = ["Cushendall Road", "Lisnamallard Avenue", "Mountsandel Road", "Killylea Road",
         "Tempo Road", "Comber Road"]


def uk_place(n: C, region: str = "uk") -> tuple[str, str, str, str]:
    towns, sts = {"uk": (UK_TOWN, UK_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST),
                  "ni": (NI_TOWN, NI_ST)}[region]
    town, out, code = n.ch(towns)
    line = f"{n.ri(2, 148)} {n.ch(sts)}"
    if n.r.random() < 0.2:
        line = f"Flat {n.ri(1, 12)}, " + line
    pc = f"{out} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"
    return line, town, pc, code


def uk_land(n: C, code: str) -> str:
    if code.startswith("028"):
        return f"{code}{n.dig(2)} {n.dig(4)}"
    rest = 11 - len(code)
    if rest == 8:
        return f"{code} {n.ri(3, 8)}{n.dig(3)} {n.dig(4)}"
    return f"{code} {n.dig(3)} {n.dig(rest - 3)}" if rest == 7 and n.r.random() < 0.4 else \
        f"{code} {n.dig(rest)}"


def uk_mob(n: C) -> str:
    s = "07" + n.ch(["4", "5", "7", "8", "9"]) + n.dig(8)
    return n.ch([f"{s[:5]} {s[5:]}", f"{s[:5]} {s[5:8]} {s[8:]}", s, f"+44 {s[1:5]} {s[5:]}"])


def bleep(n: C) -> str:
    return n.dig(4) if n.r.random() < 0.7 else n.dig(3)


US_CITY = [("Spokane", "WA", "992", "509"), ("Toledo", "OH", "436", "419"),
           ("Lubbock", "TX", "794", "806"), ("Albuquerque", "NM", "871", "505"),
           ("Rochester", "NY", "146", "585"), ("Greenville", "SC", "296", "864"),
           ("Des Moines", "IA", "503", "515"), ("Tucson", "AZ", "857", "520"),
           ("Omaha", "NE", "681", "402"), ("Fort Wayne", "IN", "468", "260")]
US_ST = ["W Sprague Ave", "N Monroe St", "Dorr St", "Central Ave SE", "E Broad St", "Ingersoll Ave",
         "E Speedway Blvd", "Lake Ave", "N 72nd St", "Coliseum Blvd"]


def us_place(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3, area = n.ch(US_CITY)
    line = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    if n.r.random() < 0.3:
        line += n.ch([f" Apt {n.ri(1, 40)}", f" #{n.ri(100, 420)}", f", Unit {n.ch('ABCDEF')}"])
    return line, city, st, z3 + n.dig(2), area


def us_ph(n: C, area: str, style: int | None = None) -> str:
    ex, ln = str(n.ri(201, 989)), n.dig(4)
    s = n.ri(0, 3) if style is None else style
    return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area}{ex}{ln}"][s]


AU_SUB = [("Penrith", "NSW", "2750", "02"), ("Frankston", "VIC", "3199", "03"),
          ("Sunshine", "VIC", "3020", "03"), ("Salisbury", "SA", "5108", "08"),
          ("Mirrabooka", "WA", "6061", "08"), ("Woodridge", "QLD", "4114", "07"),
          ("Palmerston", "NT", "0830", "08"), ("Glenorchy", "TAS", "7010", "03"),
          ("Belconnen", "ACT", "2617", "02"), ("Morayfield", "QLD", "4506", "07")]
AU_ST = ["Wattle Avenue", "Main North Road", "Yirrigan Drive", "Henty Street", "Jacaranda Crescent",
         "Derby Street", "Nepean Highway", "Kingsford Smith Drive", "Boronia Road"]


def au_place(n: C, state: str | None = None) -> tuple[str, str, str, str, str]:
    opts = [x for x in AU_SUB if state is None or x[1] == state] or AU_SUB
    sub, st, pc, code = n.ch(opts)
    line = f"{n.ri(2, 180)} {n.ch(AU_ST)}"
    if n.r.random() < 0.3:
        line = f"{n.ri(1, 24)}/" + line
    return line, sub, st, pc, code


def au_mob(n: C) -> str:
    s = "04" + n.dig(8)
    return n.ch([f"{s[:4]} {s[4:7]} {s[7:]}", s, f"+61 {s[1:4]} {s[4:7]} {s[7:]}"])


def au_land(n: C, code: str) -> str:
    return f"({code}) {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}"


CA_CITY = [("Hamilton", "ON", "L8L", "905"), ("Scarborough", "ON", "M1K", "416"),
           ("Kelowna", "BC", "V1Y", "250"), ("Surrey", "BC", "V3W", "604"),
           ("Red Deer", "AB", "T4N", "403"), ("Lethbridge", "AB", "T1J", "403"),
           ("Steinbach", "MB", "R5G", "204"), ("Winnipeg", "MB", "R2W", "204"),
           ("Gatineau", "QC", "J8Y", "819"), ("Laval", "QC", "H7N", "450"),
           ("Sherbrooke", "QC", "J1H", "819"), ("Saskatoon", "SK", "S7K", "306"),
           ("Prince Albert", "SK", "S6V", "306")]
CA_ST = {"ON": ["Barton St E", "Kingston Rd", "Upper James St"], "BC": ["Bernard Ave", "King George Blvd",
                                                                      "Harvey Ave"],
         "AB": ["Gaetz Ave", "Mayor Magrath Dr", "Ross St"], "MB": ["Main St", "Selkirk Ave", "Loewen Blvd"],
         "QC": ["boul. Saint-Joseph", "boul. des Laurentides", "rue King Ouest"],
         "SK": ["Avenue C N", "15th St E", "Central Ave"]}


def ca_place(n: C, prov: str) -> tuple[str, str, str, str]:
    opts = [x for x in CA_CITY if x[1] == prov]
    city, _, fsa, area = n.ch(opts)
    line = f"{n.ri(12, 4890)} {n.ch(CA_ST[prov])}"
    if n.r.random() < 0.25:
        line = f"{n.ri(101, 1804)}-" + line
    pc = f"{fsa} {n.ri(1, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}"
    return line, city, pc, area


def ca_ph(n: C, area: str) -> str:
    ex, ln = str(n.ri(201, 989)), n.dig(4)
    return n.ch([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"1-{area}-{ex}-{ln}", f"{area} {ex} {ln}"])


IE_TOWN = [("Tralee", "Co. Kerry", "V92", "066"), ("Ennis", "Co. Clare", "V95", "065"),
           ("Mallow", "Co. Cork", "P51", "022"), ("Clonmel", "Co. Tipperary", "E91", "052"),
           ("Carlow", "Co. Carlow", "R93", "059"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Tullamore", "Co. Offaly", "R35", "057")]
IE_ST = ["Ballyard Road", "Bóthar na Trá", "Ard na Gréine", "Cnoc na Sí", "Oakpark Drive",
         "Páirc an Chrócaigh", "Fairgreen Road", "Ashgrove Meadows"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_place(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, code = n.ch(IE_TOWN)
    line = f"{n.ri(1, 90)} {n.ch(IE_ST)}"
    eir = rk + " " + n.ch("ACDEFHKNPRTVWXY") + "".join(n.ch(_EIR) for _ in range(3))
    return line, town, county, eir, code


def ie_mob(n: C) -> str:
    s = "08" + n.ch("35679") + n.dig(7)
    return n.ch([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:]}", f"+353 {s[1:3]} {s[3:6]} {s[6:]}"])


NZ_SUB = [("Ōtara", "Auckland", "2023", "09"), ("Glen Innes", "Auckland", "1072", "09"),
          ("Naenae", "Lower Hutt", "5011", "04"), ("Aranui", "Christchurch", "8061", "03"),
          ("Flaxmere", "Hastings", "4120", "06"), ("Fordlands", "Rotorua", "3015", "07"),
          ("Nawton", "Hamilton", "3200", "07")]
NZ_ST = ["Ruru Street", "Apirana Avenue", "Koromiko Street", "Kowhai Road", "Hinemoa Street",
         "Pūriri Crescent", "Tui Glen Road"]


def nz_place(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, code = n.ch(NZ_SUB)
    line = f"{n.ri(1, 160)} {n.ch(NZ_ST)}"
    if n.r.random() < 0.3:
        line = f"{n.ri(1, 6)}/" + line
    return line, sub, city, pc, code


def nz_mob(n: C) -> str:
    return n.ch([f"021 {n.dig(3)} {n.dig(4)}", f"022 {n.dig(3)} {n.dig(4)}",
                 f"027 {n.dig(3)} {n.dig(4)}", f"+64 21 {n.dig(3)} {n.dig(4)}"])


def _tok(n: C, k: int, al: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(n.ch(al) for _ in range(k))


def _priv_ip(n: C) -> str:
    return n.ch([f"10.{n.ri(1, 254)}.{n.ri(0, 254)}.{n.ri(2, 254)}",
                 f"172.{n.ri(16, 31)}.{n.ri(0, 254)}.{n.ri(2, 254)}",
                 f"192.168.{n.ri(0, 40)}.{n.ri(2, 254)}"])


def _pub_ip(n: C) -> str:
    return f"{n.ch([31, 46, 78, 86, 92, 109, 151, 176, 203])}.{n.ri(1, 254)}.{n.ri(0, 254)}.{n.ri(2, 254)}"


# ======================================================================== England (8)
def uk_chat_thread(n: C) -> Note:
    """Secure clinical messaging app export (WhatsApp-style "[dd/mm/yyyy, hh:mm]" lines)."""
    pt = n.pat(sex="f")
    dob, age = n.old()
    d = n.today
    nhs, hosp = _nhs(n.r), "RM" + n.dig(7)
    sen, reg, spr, clerk = n.staff(sex="m"), n.staff(sex="f"), n.staff(), n.staff()
    dau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    mob, bl = uk_mob(n), bleep(n)
    app = n.ch(["Pando", "Hospify", "Medic Bleep"])
    bay, k, lac = n.ri(1, 6), f"{n.ri(61, 72) / 10:.1f}", f"{n.ri(22, 48) / 10:.1f}"
    n.t(f"{app} conversation export - \"AMU take \U0001fa7a\" - exported ")
    n.d(d + timedelta(days=1), "dmy").t(f" {n.tm(6, 8)} by ").nm(clerk.login(0)).t(" (ward clerk)\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(18, 19)}] Dr ").nm(sen.fl).t(": @").nm(reg.first)
    n.t(f" can you see the lady in bay {bay} pls - {pt.title} ").nm(pt.last).t(", ")
    _age(n, age).t(", hosp no ").p("ID", hosp).t(". NEWS ").c(str(n.ri(5, 8))).t(", RR ")
    n.c(str(n.ri(24, 30))).t(", sats ").c(f"{n.ri(86, 91)}%").t(" on 2L\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(19, 19)}] ").nm(reg.fl).t(": on my way \U0001f44d\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(19, 20)}] ").nm(reg.fl).t(": gas - K ").c(k).t(", lactate ")
    n.c(lac).t(", peaked T waves. started ").c("calcium gluconate 10% 30 ml").t(" + ")
    n.c("Actrapid 10 units in 50 ml 50% glucose").t(". NOK daughter ").nm(dau.first)
    n.t(" on ").p("PHONE", mob).t(" - rang her, she's coming in\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(20, 20)}] Dr ").nm(sen.fl).t(": thanks \U0001f64f nhs no ")
    n.p("ID", _sp3(nhs)).t(" for the renal referral. bleep me on ").p("PHONE", bl)
    n.t(" if she drops her pressure\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(20, 21)}] ").nm(spr.fl).t(" (Renal SpR): accepted, ")
    n.t("not for HD tonight - repeat K at 23:00, if > ").c("6.5").t(" call me. ")
    n.c("Calcium resonium 15 g").t(" tds\n")
    n.t("[").d(d, "dmy").t(f", {n.tm(22, 23)}] ").nm(reg.fl).t(": repeat K ")
    n.c(f"{n.ri(52, 59) / 10:.1f}").t(" \U0001f44c handed to night team\n")
    n.t("<Media omitted>\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs), ("hosp", hosp)]))


def uk_bleep_log(n: C) -> Note:
    """Hospital at Night task / bleep log over a weekend night."""
    d = n.today
    while d.weekday() != 5:
        d -= timedelta(days=1)
    coord, reg, fy, cons = n.staff(), n.staff(), n.staff(), n.staff()
    pts = [n.pat() for _ in range(3)]
    son = n.rel(pts[2], "m", keep=True)
    line, town, pc, code = uk_place(n)
    hs = ["K" + n.dig(7) for _ in pts]
    cb, rb, rn = bleep(n), bleep(n), n.staff(sex="f")
    ci, ri = n.ini(coord), n.ini(reg)
    n.t("HOSPITAL AT NIGHT - TASK / BLEEP LOG       Night of Sat ").d(d, "dmy").t(" -> Sun ")
    n.d(d + timedelta(days=1), "dmy").t("\n")
    n.t("Coordinator: ").nm(coord.fl).t(" (H@N practitioner) bleep ").p("PHONE", cb)
    n.t("    Med reg: Dr ").nm(reg.f_l).t(", bleep ").p("PHONE", rb).t("\n")
    n.t("Time  | From                  | Ward | Patient / hosp no             | Task                      | By\n")
    n.t(f"{n.tm(21, 21)} | Ward {n.ri(20, 29)} - ").nm(rn.first).t(" x").p("PHONE", n.dig(4))
    n.t(f" | {n.ri(20, 29)}   | ").nm(pts[0].LF).t(" ").p("ID", hs[0])
    n.t(" | IV abx due, cannula tissued  | FY1 ").nm(fy.first).t("\n")
    n.t(f"{n.tm(22, 23)} | ").p("PHONE", cb).t(f"                  | {n.ri(30, 39)}   | ")
    n.nm(pts[1].LF).t(" ").p("ID", hs[1]).t(" | NEWS ").c(str(n.ri(6, 8))).t(": HR ").c(str(n.ri(118, 135)))
    n.t(", T ").c(f"{n.ri(383, 395) / 10:.1f}").t(", BP ").c(f"{n.ri(84, 96)}/{n.ri(48, 58)}").t(" | ")
    n.nm(ri).t("\n")
    n.t(f"0{n.ri(1, 3)}:{n.ri(10, 59)} | ").p("PHONE", cb).t(f"                  | {n.ri(40, 46)}   | ")
    n.nm(pts[2].LF).t(" ").p("ID", hs[2]).t(" | verification of death       | ").nm(ci).t("\n")
    n.t("Escalated: sepsis pt (").nm(pts[1].last.upper()).t(") to cons on call Dr ").nm(cons.last)
    n.t(f" at 0{n.ri(2, 4)}:{n.ri(10, 59)} - ").c("Tazocin 4.5 g").t(" IV + ").c("1 L Hartmann's")
    n.t(" given, lactate ").c(f"{n.ri(21, 39) / 10:.1f}").t("\n")
    n.t("Family of ").nm(pts[2].last.upper()).t(" - son ").nm(son.first).t(" (")
    n.p("PHONE", uk_land(n, code)).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t(") informed by phone\n")
    n.t(f"Log closed 08:0{n.ri(0, 9)} - ").nm(ci.lower()).t("\n")
    return n.build(_fhir(pts[0], n.dob()[0], [("hosp", hs[0])]))


def uk_email_fwd(n: C) -> Note:
    """NHSmail forwarded chain: "SURNAME, First (ORG)" display names, GP 2WW e-mail below."""
    pt = n.pat(sex="m")
    dob, _ = n.dob(55, 84)
    gp, cons, sec = n.staff(), n.staff(), n.staff(sex="f")
    line, town, pc, code = uk_place(n)
    nhs = _nhs(n.r)
    d1 = n.dt(-3, -1, wk=True)
    d2 = n.today
    trust = n.ch(["NORTHERN CARE ALLIANCE NHS FOUNDATION TRUST", "EAST LANCASHIRE HOSPITALS NHS TRUST",
                  "CALDERDALE AND HUDDERSFIELD NHS FOUNDATION TRUST"])
    tel = uk_land(n, code)
    n.t("From: ").nm(f"{cons.last.upper()}, {cons.first}").t(f" ({trust}) <")
    n.p("EMAIL", cons.mail("nhs.net", n.ri(0, 3))).t(">\n")
    n.t(f"Sent: {_wd(d2, True)}, ").d(d2, "long").t(f" {n.tm(8, 17)}\nTo: ")
    n.nm(f"{sec.last.upper()}, {sec.first}").t(f" ({trust}) <").p("EMAIL", sec.mail("nhs.net"))
    n.t(">\nSubject: FW: 2WW lung - ").nm(f"{pt.last.upper()}").t("\n\n")
    n.t("Hi ").nm(sec.first).t(", please can you book him into Thurs RACC and request CT chest/abdo ")
    n.t("with contrast (eGFR ").c(str(n.ri(62, 88))).t(") before. Thanks, ").nm(cons.first).t("\n\n")
    n.t("________________________________\nFrom: Dr ").nm(gp.fl).t(" <").p("EMAIL", gp.mail("nhs.net", 1))
    n.t(f">\nSent: {_wd(d1, True)}, ").d(d1, "long").t(f" {n.tm(8, 18)}\nSubject: 2WW lung - ")
    n.nm(pt.last.upper()).t("\n\nRe: ").t(f"{pt.title} ").nm(pt.fl).t(", DOB ").d(dob, "dmy")
    n.t(", NHS No ").p("ID", nhs).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ")
    n.p("ZIP", pc).t(". Tel ").p("PHONE", tel).t("\n")
    n.t("Weight loss ").c(f"{n.ri(5, 11)} kg").t(" over 3 months, haemoptysis x2. CRP ")
    n.c(str(n.ri(30, 110))).t(", Hb ").c(str(n.ri(98, 124))).t(", plt ").c(str(n.ri(420, 610)))
    n.t(". CXR: R hilar mass. Ex-smoker ").c("40 pack-years").t(". PS ").c("1").t(".\n")
    n.t("Kind regards\nDr ").nm(gp.f_l).t(" | GP Partner\n\n")
    n.t("********************************************************************\n")
    n.t("This message may contain confidential information. If you are not the intended recipient "
        "please inform the\nsender that you have received the message in error before deleting it.\n")
    n.t("NHSmail is the secure email and directory service available for all NHS staff in England.\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs)], tel, line, town, pc))


def uk_dictation(n: C) -> Note:
    """Raw speech-recognition transcript (spoken punctuation, numbers in words), typist query."""
    pt = n.pat(sex="f", fake_ok=False)
    dob, age = n.dob(52, 83)
    gp, cons, typ = n.staff(), n.staff(), n.staff(sex="f")
    hus = n.rel(pt, "m", keep=True)
    nhs = _nhs(n.r)
    d = n.today
    a1, a2 = n.ri(70, 96), n.ri(52, 66)
    sy, di = n.ri(132, 168), n.ri(76, 94)
    ti = n.ini(typ, lower=True)
    n.t("Dictation job ").p("ID", str(n.ri(80000, 99999))).t(" | Author: Dr ").nm(cons.fl).t(" | Recorded ")
    n.d(d, "dmy").t(f" {n.tm(9, 12)} | Status: speech recognised - awaiting correction\n\n")
    n.t("dear doctor ").nm(gp.last.lower()).t(" comma new paragraph re colon mrs ").nm(pt.low)
    n.t(" comma date of birth the ").p("DATE", f"{_wo(dob.day)} of the {_wo(dob.month)} {_wyear(dob.year)}")
    n.t(" comma NHS number ").p("ID", _wdigits(nhs, oh=False)).t(" full stop new paragraph ")
    n.t(f"I saw this pleasant {_w(age)} year old lady in the diabetes clinic today full stop her "
        "H B A 1 C has come down from ")
    n.c(_w(a1)).t(" to ").c(f"{_w(a2)} millimoles per mole").t(" full stop blood pressure was ")
    n.c(f"{_w(sy)} over {_w(di)}").t(" full stop she is now tolerating ")
    n.c("dapagliflozin ten milligrams once daily").t(" and I have asked her to continue the ")
    n.c("met for men one gram twice a day").t(" full stop her husband ").nm(hus.first.lower())
    n.t(" who came with her asked about driving comma which is fine full stop new paragraph review in ")
    n.t("the clinic in six months full stop yours sincerely ").nm(cons.low)
    n.t(" consultant physician\n\n")
    n.t("[typist ").nm(ti).t(" ").d(d, "dm0").t(f" {n.tm(13, 16)}: \"met for men\" = metformin; ")
    n.t("GP is Dr ").nm(gp.f_l).t("? - please confirm before release]\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs)]))


def uk_portal_msg(n: C) -> Note:
    """NHS App online consultation sent by a daughter (lower case), care navigator and GP reply."""
    pt = n.pat(sex="f", fake_ok=False)
    dob, _ = n.dob(62, 86)
    dau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    gp, nav = n.staff(), n.staff(sex="f")
    nhs, mob = _nhs(n.r), uk_mob(n)
    d = n.today
    d0 = n.dt(-9, -5)
    sug = n.ri(140, 199) / 10
    n.t("Online consultation - submitted ").d(d - timedelta(days=1), "dmy").t(f" {n.tm(20, 23)} via NHS App\n")
    n.t("Patient: ").t(f"{pt.title} ").nm(pt.FL).t("   DOB ").d(dob, "dmon").t("   NHS ").p("ID", nhs)
    n.t("\nSubmitted by: someone else (daughter) - ").nm(dau.fl).t(", mobile ").p("PHONE", mob).t("\n")
    n.t("What do you need help with? Other\nMessage:\n\"hi its ").nm(dau.first.lower()).t(", ")
    n.nm(pt.first.lower()).t("s daughter. mum had her bloods done on the ").d(d0, "dm")
    n.t(" and the nurse said her sugar was ").c(f"{sug:.1f}").t(" something?? shes been really thirsty ")
    n.t("and up weeing all night. shes still on the ").c("metformin 500 twice a day").t(". can dr ")
    n.nm(gp.last.lower()).t(" ring her after 4 tomorrow, i'll be there. my number is ")
    n.p("PHONE", mob).t(" thanks x\"\n--\n")
    n.t("Care navigator ").nm(nav.first).t(" ").d(d, "dm0").t(f" {n.tm(8, 9)}: routed to duty GP, ")
    n.t("consent to speak to daughter recorded\n")
    n.t("Dr ").nm(gp.f_l).t(" ").d(d, "dm0").t(f" {n.tm(16, 17)}: TC pt + daughter. HbA1c ")
    n.c(f"{n.ri(78, 104)} mmol/mol").t(" on ").d(d0, "dm").t(", ketones ").c(f"{n.ri(1, 6) / 10:.1f}")
    n.t(". Start ").c("gliclazide 40 mg od").t(", DSN referral, repeat bloods 3/12. Video review link SMS'd: ")
    n.p("URL", f"https://www.accurx.live/p/{_tok(n, 10, '0123456789abcdefghjkmnpqrstuvwxyz')}").t("\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs)], mob))


def uk_ers_ag(n: C) -> Note:
    """e-Referral Service Advice & Guidance conversation converted to a referral."""
    pt = n.pat(sex="m")
    dob, age = n.dob(48, 80)
    gp, prov = n.staff(), n.staff()
    line, town, pc, _ = uk_place(n)
    nhs = _nhs(n.r)
    ubrn = n.dig(12)
    d1 = n.dt(-12, -8, wk=True)
    d2 = d1 + timedelta(days=2)
    while d2.weekday() >= 5:
        d2 += timedelta(days=1)
    d3 = n.today + timedelta(days=n.ri(10, 20))
    n.t("NHS e-Referral Service - Advice and Guidance\n")
    n.t("UBRN: ").p("ID", f"{ubrn[:4]} {ubrn[4:8]} {ubrn[8:]}").t("     Specialty: Gastroenterology (A&G)\n")
    n.t("Patient: ").nm(pt.LF).t(f" ({pt.title})   NHS No: ").p("ID", _sp3(nhs)).t("   DOB: ")
    n.d(dob, "dmon").t("   Postcode: ").p("ZIP", pc).t("\nRequester: Dr ").nm(gp.fl).t("\n\n")
    n.t("[").d(d1, "dmon").t(f" {n.tm(9, 12)}] Dr ").nm(gp.fl).t(f" (Requester): {age}M, IDA - Hb ")
    n.c(f"{n.ri(92, 112)} g/L").t(", MCV ").c(str(n.ri(68, 76))).t(", ferritin ").c(str(n.ri(4, 11)))
    n.t(", FIT ").c(f"{n.ri(40, 400)} ug/g").t(". No PR bleeding. On ").c("ferrous fumarate 210 mg bd")
    n.t(". Coeliac serology neg. ?2WW or routine OGD/colon\n")
    n.t("[").d(d2, "dmon").t(f" {n.tm(13, 17)}] Dr ").nm(prov.fl).t(" (Provider): FIT > 10 with IDA ")
    n.t("meets 2WW criteria - I will convert. Please check U&E (eGFR ").c(str(n.ri(55, 85)))
    n.t(" last year) for bowel prep.\n")
    n.t("[").d(d2, "dmon").t(f" {n.tm(17, 18)}] System: Conversation converted to referral by ")
    n.nm(prov.fl).t("\nBooked: ").d(d3, "dmon").t(f" 09:{n.ch(['00', '30'])} - Endoscopy Unit. Letter to ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", town).t("\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs)], None, line, town, pc))


def uk_audit_trail(n: C) -> Note:
    """IG investigation: EPR access audit extract (ISO timestamps, user IDs, workstations, IPs)."""
    pt = n.pat(sex="f")
    dob, _ = n.dob(24, 45)
    ex, ok1, ok2, ig, mgr = n.staff(sex="m"), n.staff(), n.staff(), n.staff(), n.staff()
    mrn, nhs = "M" + n.dig(7), _nhs(n.r)
    d = n.today
    lo = (d - timedelta(days=45)).replace(day=1)
    acc = [lo + timedelta(days=x) for x in sorted(n.r.sample(range(28), 4))]
    ids = [ex.login(1), ok1.login(1), ok2.login(1)]
    if len(set(ids)) < 3:
        raise Redraw
    ips = [_priv_ip(n) for _ in range(3)]
    n.t("INFORMATION GOVERNANCE - EPR ACCESS AUDIT EXTRACT        Case ref: ")
    n.p("ID", f"IG-{d.year}-{n.dig(4)}").t("\nPatient: ").nm(pt.LF).t("   MRN ").p("ID", mrn)
    n.t("   NHS ").p("ID", nhs).t("   DOB ").d(dob, "dmy").t("\nRun by: ").nm(ig.login(2)).t(" on ")
    n.d(d, "dmy").t(f" at {n.tm(9, 16)}   Period: ").d(lo, "dmy").t(" - ")
    n.d(lo + timedelta(days=27), "dmy").t("\n\n")
    n.t("Date/Time           | User ID  | Name                  | Role         | Workstation      | IP address     | Action\n")
    rows = [(acc[0], 0, "Staff Nurse", "Open chart"), (acc[1], 1, "Consultant", "Clinic letter - view"),
            (acc[2], 0, "Staff Nurse", "Results - view"), (acc[3], 2, "Midwife", "Maternity record - view")]
    for dd, who, role, act in rows:
        q = [ex, ok1, ok2][who]
        n.d(dd, "iso").t(f" {n.tm(0, 23)}:{n.ri(10, 59)} | ").nm(ids[who]).t(" | ").nm(q.lf)
        n.t(f" | {role:<12} | WS-{n.ch(['W24', 'AMU', 'ANC', 'OPD'])}-{n.ri(1, 40):02d}       | ")
        n.p("IP", ips[who]).t(f" | {act}")
        if act == "Results - view":
            n.t(" (beta-hCG ").c(f"{n.ri(800, 4200)} IU/L").t(")")
        n.t("\n")
    n.t("\nFinding: ").nm(ids[0]).t(" (").nm(ex.fl).t(") has no care relationship; the patient states ")
    n.t("he is her former partner. Referred to line manager ").nm(mgr.fl).t(" and HR. Accesses by ")
    n.nm(ids[1]).t(" / ").nm(ids[2]).t(" are legitimate (booked ANC).\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("NHS", nhs)]))


def uk_print_report(n: C) -> Note:
    """Printed cumulative pathology report with "Page x of y" header and "Printed by" footer."""
    pt = n.pat()
    dob, age = n.old()
    gp, bms, prn = n.staff(), n.staff(), n.staff()
    line, town, pc, _ = uk_place(n)
    nhs, hosp = _nhs(n.r), "H" + n.dig(7)
    ds = [n.today, n.dt(-9, -6), n.dt(-70, -40)]
    pid = prn.login(3)
    n.t("CLINICAL BIOCHEMISTRY - CUMULATIVE REPORT                                   Page 1 of 2\n")
    n.t("Name: ").nm(pt.LFF).t(f"   Sex: {pt.sex.upper()}   DOB: ").d(dob, "dot").t(" (")
    _age(n, age).t("y)   NHS No: ").p("ID", _sp3(nhs)).t("   Hosp No: ").p("ID", hosp).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Requested by: Dr ").nm(gp.f_l).t(" (GP)        Location: Ward 7 (Elderly Care)\n\n")
    n.t("Collected         ").d(ds[0], "dmy2").t("   ").d(ds[1], "dmy2").t("   ").d(ds[2], "dmy2").t("   Units    Ref\n")
    for lab, lo, hi, unit, ref, sc in [("Sodium", 128, 146, "mmol/L", "133-146", 1),
                                       ("Potassium", 35, 61, "mmol/L", "3.5-5.3", 10),
                                       ("Urea", 40, 250, "mmol/L", "2.5-7.8", 10),
                                       ("Creatinine", 70, 260, "umol/L", "45-84", 1),
                                       ("eGFR", 18, 75, "mL/min", ">90", 1)]:
        n.t(f"{lab:<18}")
        for _ in range(3):
            v = n.ri(lo, hi)
            n.c(f"{v / sc:.1f}" if sc > 1 else str(v)).t(" " * (11 - len(f"{v / sc:.1f}" if sc > 1 else str(v))))
        n.t(f"{unit:<9}{ref}\n")
    n.t("\nComment: AKI stage 2 alert. Phoned to Dr ").nm(gp.last).t("'s surgery by ").nm(bms.fl)
    n.t(" (BMS) ").d(ds[0], "dm0").t(f" {n.tm(11, 15)}\n")
    n.t("-" * 92 + "\nPrinted by: ").nm(pid).t(" (").nm(prn.fl).t(") on ").d(n.today, "dmy")
    n.t(f" at {n.tm(15, 18)} from LAB-PRN-0{n.ri(1, 9)}    CONFIDENTIAL - patient identifiable    Page 1 of 2\n")
    return n.build(_fhir(pt, dob, [("NHS", nhs), ("hosp", hosp)], None, line, town, pc))


# ======================================================================== Scotland (2)
def sc_hl7_ticket(n: C) -> Note:
    """Service-desk ticket with a rejected HL7 v2 ADT / ORU message pasted in (CHI in PID-3)."""
    pt = n.pat("sc")
    dob, _ = n.dob(40, 88)
    cons, it, ward = n.staff("sc"), n.staff("sc"), n.staff("sc")
    line, town, pc, code = uk_place(n, "sc")
    chi = _chi(n.r, dob, pt.sex)
    mrn = "G" + n.dig(6)
    tel = uk_land(n, code)
    d = n.today
    ts = f"{n.tm(6, 11).replace(':', '')}{n.ri(10, 59)}"
    ccode = "C" + n.dig(7)
    ctl = "NHSH" + n.dig(8)
    k = f"{n.ri(58, 66) / 10:.1f}"
    n.t(f"ServiceNow INC{n.dig(7)} - TrakCare -> SCI Store interface: message rejected\n")
    n.t("Raised by: ").nm(it.fl).t(" (eHealth, Clinical Systems) ").d(d, "dmy").t(f" {n.tm(9, 11)}\n")
    n.t("Raw message (segments pasted as received):\n")
    n.t("MSH|^~\\&|TRAK|NHSH|SCISTORE|NHSS|").d(d, "hl7").t(ts).t("||ORU^R01|").p("ID", ctl).t("|P|2.4\n")
    n.t("PID|1||").p("ID", chi).t("^^^CHI~").p("ID", mrn).t("^^^MRN||").nm(pt.hl7).t("||")
    n.d(dob, "hl7").t(f"|{pt.sex.upper()}|||").p("ADDRESS", line).t("^^").p("ADDRESS", town).t("^^")
    n.p("ZIP", pc).t("||").p("PHONE", tel).t("\n")
    n.t(f"PV1|1|I|WD{n.ri(1, 9)}{n.ch('ABC')}^^^RAIGMORE||||").p("ID", ccode).t("^").nm(cons.hl7[:-2])
    n.t("^^^DR\n")
    n.t("OBR|1||").p("ID", f"{d.year % 100}{n.dig(7)}").t("|U&E^Urea and electrolytes\n")
    n.t("OBX|1|NM|K^Potassium||").c(k).t("|mmol/L|3.5-5.3|H|||F\n")
    n.t("OBX|2|NM|CREAT^Creatinine||").c(str(n.ri(140, 320))).t("|umol/L|45-90|H|||F\n")
    n.t("OBX|3|NM|EGFR^eGFR||").c(str(n.ri(14, 40))).t("|mL/min/1.73m2|>60|L|||F\n")
    n.t("Error: PID-13 fails schema (spaces in telephone field) - result not filed to SCI Store.\n")
    n.t("Action: result phoned to ward by ").nm(ward.fl).t(f" (Ward {n.ri(1, 9)}) at {n.tm(11, 13)}; ")
    n.t("interface mapping fixed, message resubmitted ").d(d, "dmy").t(". Resolved.\n")
    return n.build(_fhir(pt, dob, [("CHI", chi), ("MRN", mrn)], tel, line, town, pc))


def sc_voicemail(n: C) -> Note:
    """Practice voicemail, machine-transcribed (numbers spoken digit by digit), and call-back log."""
    pt = n.pat("sc", sex="m", fake_ok=False)
    dob, age = n.dob(72, 89)
    son = n.rel(pt, "m", keep=True)
    dn, rec, gp = n.staff("sc", sex="f"), n.staff("sc", sex="f"), n.staff("sc")
    chi = _chi(n.r, dob, "m")
    mob = "07" + n.ch("4579") + n.dig(8)
    d = n.today
    while d.weekday() != 0:
        d += timedelta(days=1)
    sun = d - timedelta(days=1)
    bg = n.ri(19, 27)
    n.t("Voicemail - Practice line 2 (auto-transcribed) - received Sun ").d(sun, "dmy")
    n.t(f" {n.tm(17, 21)}, 1 min {n.ri(10, 55)} s\nCaller ID: ").p("PHONE", f"{mob[:5]} {mob[5:]}").t("\n")
    n.t("\"hi yes this is ").nm(son.low).t(" phoning about my dad ").nm(pt.first.lower())
    n.t(" his date of birth is the ").p("DATE", f"{_wo(dob.day)} of the {_wo(dob.month)} {_wyear(dob.year)}")
    n.t(" and his chi number is ").p("ID", _wdigits(chi)).t(" em he's not right he's been ")
    n.t("sleepy since saturday and his sugar was ").c(_w(bg)).t(" on the machine the nurse ")
    n.nm(dn.first.lower()).t(" said phone you on monday first thing eh you can get me on ")
    n.p("PHONE", _wdigits(mob)).t(" cheers\"\n\n")
    n.t("Call-back ").d(d, "dmy").t(f" {n.tm(8, 8)} - ").nm(rec.first).t(" (reception): spoke to son ")
    n.nm(son.first).t(", HV booked with Dr ").nm(gp.fl).t(".\n")
    n.t("Dr ").nm(gp.f_l).t(" ").d(d, "dmy").t(f" {n.tm(11, 13)} HV: {age} yo, drowsy but rousable, ")
    n.t("CBG ").c(f"{bg - n.ri(1, 4)}.{n.ri(0, 9)} mmol/L").t(", ketones ").c(f"0.{n.ri(2, 9)}")
    n.t(", T ").c(f"{n.ri(378, 389) / 10:.1f}").t(", urine dip nitrites +. ?UTI/hyperglycaemia. ")
    n.c("Nitrofurantoin 50 mg qds").t(" x 7/7, ").c("Lantus 10 units").t(" mane restarted, DN to check daily.\n")
    return n.build(_fhir(pt, dob, [("CHI", chi)]))


# ======================================================================== Wales (1)
def cy_csv_export(n: C) -> Note:
    """WPAS discharge-list CSV export (bilingual footer, a date in the file name)."""
    d = n.today
    exp = n.staff("cy")
    pts = [n.pat("cy") for _ in range(3)]
    cons = [n.staff("cy") for _ in range(2)]
    n.t("Exported from WPAS by ").nm(exp.login(0)).t(" (").nm(exp.fl).t(") ").d(d, "dmy")
    n.t(f" {n.tm(16, 18)}  file: W{n.ri(2, 12)}_discharges_").d(d, "hl7").t(".csv\n")
    n.t("NHS_NUMBER,SURNAME,FORENAME,DOB,POSTCODE,ADMITTED,DISCHARGED,CONSULTANT,DEST,NEWS2,EGFR,WEIGHT_KG\n")
    first: tuple[P, date, str, str] | None = None
    for i, q in enumerate(pts):
        dob, _ = n.dob(45, 89)
        nhs = _nhs(n.r)
        _, _, pc, _ = uk_place(n, "cy")
        adm = d - timedelta(days=n.ri(2, 19))
        n.p("ID", nhs).t(",").nm(q.last.upper()).t(",").nm(q.first).t(",").d(dob, "iso").t(",")
        n.p("ZIP", pc).t(",").d(adm, "iso").t(",").d(d, "iso").t(",DR ").nm(cons[i % 2].last.upper())
        n.t(f",{n.ch(['HOME', 'HOME', 'CARE HOME', 'COMMUNITY HOSP'])},").c(str(n.ri(0, 3))).t(",")
        n.c(str(n.ri(25, 88))).t(",").c(f"{n.ri(480, 1050) / 10:.1f}").t("\n")
        if first is None:
            first = (q, dob, nhs, pc)
    n.t("# rows: 3 | SENSITIVE - personal data | SENSITIF - data personol | Cyfrinachol\n")
    assert first is not None
    return n.build(_fhir(first[0], first[1], [("NHS", first[2])], None, None, None, first[3]))


# ======================================================================== Northern Ireland (1)
def ni_ooh_case(n: C) -> Note:
    """GP out-of-hours case summary (Adastra-style call log, callbacks, triage, outcome)."""
    pt = n.pat("ni", sex="m")
    dob, age = n.old()
    wife = n.rel(pt, "f", keep=n.r.random() < 0.7)
    ch, nurse, gp, own = n.staff("ni", sex="f"), n.staff("ni"), n.staff("ni"), n.staff("ni")
    line, town, pc, code = uk_place(n, "ni")
    hc, land, mob = _hc(n.r), uk_land(n, code), uk_mob(n)
    d = n.today
    while d.weekday() != 5:
        d -= timedelta(days=1)
    case = f"{d.year % 100}{d.month:02d}-{n.dig(6)}"
    n.t("GP OUT OF HOURS - CASE SUMMARY        Case No: ").p("ID", case).t("    Priority: Urgent (1 h)\n")
    n.t("Received: Sat ").d(d, "sh").t(f" {n.tm(21, 23)}   Call handler: ").nm(ch.first).t("\n")
    n.t("Patient: ").t(f"{pt.title} ").nm(pt.FL).t("   DOB ").d(dob, "dmy").t(" (")
    _age(n, age).t(")   H&C No: ").p("ID", _sp3(hc)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("Callback: ").p("PHONE", land).t(" (home) / ").p("PHONE", mob).t(" (wife's mobile)\n")
    n.t("Caller: ").nm(wife.fl).t(" (wife)      Usual GP: Dr ").nm(own.last).t("\n")
    n.t("-- Call log --\n")
    n.t(f"{n.tm(23, 23)} Nurse triage (").nm(nurse.fl).t("): SOB worse x2 days, green sputum, ")
    n.t("RR ").c(str(n.ri(24, 30))).t(" counted over phone, home sats ").c(f"{n.ri(86, 91)}%")
    n.t(". COPD, on ").c("Trimbow 2 puffs bd").t(". Rescue pack used ").d(d - timedelta(days=n.ri(20, 60)), "dm0")
    n.t(".\n")
    n.t("00:1").t(str(n.ri(0, 9))).t(" Home visit - Dr ").nm(gp.fl).t(": T ").c(f"{n.ri(378, 392) / 10:.1f}")
    n.t(", HR ").c(str(n.ri(98, 120))).t(", BP ").c(f"{n.ri(104, 138)}/{n.ri(60, 82)}").t(", CRB-65 ")
    n.c(str(n.ri(1, 2))).t(". Admitted to Causeway/SWAH via NIAS, ")
    n.c("prednisolone 40 mg").t(" given.\nOutcome: Admission. Message sent to own GP ").d(d + timedelta(days=2), "dmy")
    n.t(".\n")
    return n.build(_fhir(pt, dob, [("HC", hc)], land, line, town, pc))


# ======================================================================== United States (10)
def us_inbasket(n: C) -> Note:
    """Patient advice request via the portal (patient's own words) and the RN's reply."""
    pt = n.pat("us", sex="m")
    dob, _ = n.dob(40, 75)
    wife = n.rel(pt, "f", keep=n.r.random() < 0.6)
    doc, rn = n.staff("us"), n.staff("us", sex="f")
    line, city, _, zp, area = us_place(n)
    cell = us_ph(n, area)
    mrn = n.dig(7)
    d = n.today
    g1, g2 = n.ri(230, 260), n.ri(261, 310)
    n.t("Patient Advice Request   From: ").nm(pt.fl).t(" (patient)   To: IM Clinic Nurse Pool\n")
    n.t("Received: ").d(d - timedelta(days=1), "us1").t(f" {n.tm12(6, 10)}   MRN: ").p("ID", mrn)
    n.t("   DOB: ").d(dob, "us1").t("\nSubject: sugars high / question about my meds\n\n")
    n.t("Hi Dr. ").nm(doc.last).t(", since you upped the ").c("glipizide to 10 mg twice a day")
    n.t(" my sugars are still running ").c(f"{g1}-{g2}").t(" fasting, yesterday it was ").c(str(g2 + 12))
    n.t(" after lunch. I'm peeing a lot and my wife ").nm(wife.first).t(" says I'm cranky lol. ")
    n.t("Can I get in before my appt on ").d(d + timedelta(days=n.ri(20, 40)), "md").t("? Best # is my cell ")
    n.p("PHONE", cell).t(". Thanks, ").nm(pt.first).t("\n\n")
    n.t("--- ").d(d, "us1").t(f" {_bh12(n)} ").nm(rn.fl).t(", RN ---\n")
    n.t("Called pt at ").p("PHONE", cell).t(", 2 identifiers verified. No N/V, no abd pain. Last A1c ")
    n.c(f"{n.ri(88, 112) / 10:.1f}%").t(" on ").d(d - timedelta(days=n.ri(40, 90)), "us2").t(". Per Dr. ")
    n.nm(doc.last).t(": start ").c("Jardiance 10 mg daily").t(", sent to pharmacy on file. Appt moved to ")
    n.d(d + timedelta(days=n.ri(3, 8)), "md").t(". Pt verbalized understanding.\n")
    n.t("Thanks,\n").nm(rn.fl).t(", RN | Internal Medicine - ").t(f"{city} Clinic | ")
    n.p("PHONE", us_ph(n, area, 1)).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)], cell, line, city, zp))


def us_secure_text(n: C) -> Note:
    """Secure text-messaging thread between the charge RN and the hospitalist (day separators)."""
    pt = n.pat("us")
    dob, age = n.dob(55, 88)
    rn, md, pharm = n.staff("us", sex="f"), n.staff("us"), n.staff("us")
    mrn = n.dig(8)
    d = n.today
    room = n.ri(501, 540)
    lac = f"{n.ri(36, 62) / 10:.1f}"
    n.t("TigerConnect | Conversation: 5W Charge RN <> Hospitalist Team B | exported for chart\n")
    n.t(f"-- {_wd(d, True)}, ").d(d, "usl").t(" --\n")
    n.nm(rn.fl).t(", RN (5W Charge)   11:4").t(str(n.ri(0, 9))).t(" PM\n")
    n.t(f"rm {room} ").nm(pt.lf).t(" (MRN ").p("ID", mrn).t(f") {age}{pt.sex.upper()} BP ")
    n.c(f"{n.ri(78, 88)}/{n.ri(42, 52)}").t(" HR ").c(str(n.ri(112, 132))).t(" T ").c(f"{n.ri(1010, 1034) / 10:.1f}")
    n.t(" lactate ").c(lac).t(" - can someone come see pt?\n")
    n.t("Dr. ").nm(md.fl).t("   11:4").t(str(n.ri(5, 9))).t(" PM\n@").nm(rn.first)
    n.t(" on my way \U0001f3c3 give ").c("30 mL/kg LR").t(" now, BCx x2, start ").c("cefepime 2 g IV q8h")
    n.t(" + ").c("vanc 25 mg/kg").t(" load\n")
    n.t(f"-- {_wd(d + timedelta(days=1), True)}, ").d(d + timedelta(days=1), "usl").t(" --\n")
    n.nm(pharm.fl).t(", PharmD   12:2").t(str(n.ri(0, 9))).t(" AM\nvanc load for wt ")
    n.c(f"{n.ri(62, 110)} kg").t(" = ").c(f"{n.ri(16, 25) * 100} mg").t(" - verified \u2705\n")
    n.nm(rn.fl).t(", RN (5W Charge)   1:0").t(str(n.ri(0, 9))).t(" AM\nrepeat lactate ")
    n.c(f"{n.ri(14, 29) / 10:.1f}").t(" MAP ").c(str(n.ri(66, 74))).t(" \U0001f44d\n")
    n.t("Read by ").nm(md.fl).t(" 1:1").t(str(n.ri(0, 9))).t(" AM\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_pager_log(n: C) -> Note:
    """Paging system history for the on-call fellow (alphanumeric pages, callback extensions)."""
    fel, rn1, ed, exp = n.staff("us"), n.staff("us", sex="f"), n.staff("us"), n.staff("us")
    pts = [n.pat("us") for _ in range(2)]
    d = n.today
    pager = f"{n.ri(2, 8)}-{n.dig(4)}"
    mrns = [n.dig(7) for _ in pts]
    n.t("Spok page history - pager ").p("PHONE", pager).t(" (Nephrology fellow on call: ").nm(fel.fi)
    n.t(") - exported ").d(d + timedelta(days=1), "us02").t(" 07:0").t(str(n.ri(0, 9))).t(" by ")
    n.nm(exp.login(4)).t("\n\n")
    n.d(d, "us02").t(f" 21:{n.ri(10, 59)}  FROM: 6E RN ").nm(rn1.first).t(" x").p("PHONE", f"5-{n.dig(4)}")
    n.t("  RE: ").nm(pts[0].LFF).t(f" rm 6{n.ri(101, 140)} K ").c(f"{n.ri(60, 68) / 10:.1f}")
    n.t(" on AM labs, repeat pending, on ").c("lisinopril 20 mg").t(" - pls call\n")
    n.d(d, "us02").t(f" 22:{n.ri(10, 59)}  FROM: ED Dr ").nm(ed.last).t(" x").p("PHONE", f"5-{n.dig(4)}")
    n.t("  RE: new consult ").nm(pts[1].last.upper()).t(" MRN ").p("ID", mrns[1]).t(" CKD4 Cr ")
    n.c(f"{n.ri(42, 71) / 10:.1f}").t(" K ").c(f"{n.ri(66, 74) / 10:.1f}").t(" HCO3 ").c(str(n.ri(12, 17)))
    n.t(" ?emergent HD\n")
    n.d(d + timedelta(days=1), "us02").t(f" 00:{n.ri(10, 59)}  FROM: ").p("PHONE", f"5-{n.dig(4)}")
    n.t("  RE: ").nm(pts[0].last.upper()).t(" repeat K ").c(f"{n.ri(55, 59) / 10:.1f}")
    n.t(" after ").c("Lokelma 10 g").t(", ok to hold?\n")
    n.d(d + timedelta(days=1), "us02").t(f" 03:{n.ri(10, 59)}  ACK by ").nm(fel.fi)
    n.t(" - HD cath placed for ").nm(pts[1].last.upper()).t(", first run 1.5 h UF ")
    n.c(f"{n.ri(5, 15) * 100} mL").t("\n")
    return n.build(_fhir(pts[0], n.dob()[0], [("MRN", mrns[0])]))


def us_dragon_hp(n: C) -> Note:
    """Dragon-dictated H&P with recognition errors and the dictation / transcription footer."""
    pt = n.pat("us", sex="m")
    dob, age = n.dob(58, 84)
    dau = n.rel(pt, "f", keep=n.r.random() < 0.4)
    att, pcp = n.staff("us"), n.staff("us")
    mrn = n.dig(7)
    d = n.today
    ai = n.ini(att)
    sat, pul = n.ri(84, 89), n.ri(104, 122)
    n.t("HISTORY AND PHYSICAL\nPATIENT: ").nm(f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}")
    n.t("     MRN: ").p("ID", mrn).t("     DOB: ").d(dob, "us").t("     ADMIT DATE: ").d(d, "us")
    n.t("\nATTENDING: ").nm(att.fl).t(", MD     PCP: ").nm(pcp.fi).t(", DO\n\n")
    art = "an" if str(age).startswith("8") else "a"
    n.t(f"HISTORY OF PRESENT ILLNESS: The patient is {art} {age} year old mail with history of C O P D on ")
    n.t("2 L home oxygen who presents with 3 days of worsening shortness of breath period. His daughter ")
    n.nm(dau.first).t(" who is at bedside states he ran out of his ").c("Trelegy one puff daily").t(" on ")
    n.d(d - timedelta(days=n.ri(5, 9)), "md").t(". In the ED oxygen saturation was ").c(f"{sat} percent")
    n.t(" on room air comma pulse ").c(_w(pul)).t(", respiratory rate ").c(_w(n.ri(24, 30)))
    n.t(". VBG pH ").c(f"7.{n.ri(28, 34)}").t(", pCO2 ").c(str(n.ri(58, 72))).t(".\n")
    n.t("ASSESSMENT AND PLAN: Acute on chronic hypercapnic respiratory failure. BiPAP ")
    n.c("12/5").t(", ").c("methylprednisolone 40 mg IV every 8 hours").t(", ")
    n.c("DuoNeb every 4 hours").t(", ").c("doxycycline 100 mg by mouth twice daily").t(". ")
    n.t("Code status full code, confirmed with patient and daughter.\n\n")
    n.t("This note was dictated using Dragon voice recognition; please excuse transcription errors.\n")
    n.t("D: ").d(d, "us").t(f" {n.tm(13, 16)}   T: ").d(d, "us").t(f" {n.tm(17, 19)}   Job #: ")
    n.p("ID", n.dig(7)).t("   ").nm(ai).t("/dgn\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_hl7_error(n: C) -> Note:
    """Interface-engine error queue entry with an ORU^R01 (SSN in PID-19, NK1 spouse)."""
    pt = n.pat("us", sex="f")
    dob, _ = n.dob(35, 78)
    sp = n.rel(pt, "m", keep=True)
    an = n.staff("us")
    line, city, st, zp, area = us_place(n)
    mrn, dup = "E" + n.dig(7), "E" + n.dig(7)
    ssn = _ssn(n.r)
    hp, sph = us_ph(n, area, 0), us_ph(n, area, 0)
    d = n.today
    a1c = f"{n.ri(78, 124) / 10:.1f}"
    n.t("Rhapsody error queue - LAB_IN route - ").d(d, "us1").t(f" {n.tm12(5, 7)}\n")
    n.t("MSH|^~\\&|SUNQUEST|REFLAB|EPIC|MAIN|").d(d, "hl7").t(f"{n.ri(5, 7):02d}{n.ri(10, 59)}{n.ri(10, 59)}||ORU^R01|")
    n.p("ID", n.dig(10)).t("|P|2.5.1\n")
    n.t("PID|1||").p("ID", mrn).t("^^^MRN||").nm(pt.hl7).t("||").d(dob, "hl7").t("|F|||")
    ln2 = line.split(" Apt ")
    n.p("ADDRESS", ln2[0]).t("^")
    if len(ln2) > 1:
        n.p("ADDRESS", "Apt " + ln2[1])
    n.t("^").p("ADDRESS", city).t(f"^{st}^").p("ZIP", zp).t("||").p("PHONE", hp).t("||||||").p("SSN", ssn)
    n.t("\nNK1|1|").nm(sp.hl7[:-2]).t("|SPO|||").p("PHONE", sph).t("\n")
    n.t("OBR|1||").p("ID", f"{n.ch('QW')}{n.dig(9)}").t("|4548-4^HEMOGLOBIN A1C\n")
    n.t("OBX|1|NM|4548-4^Hemoglobin A1c^LN||").c(a1c).t("|%|4.0-5.6|H|||F\n")
    n.t("OBX|2|NM|2345-7^Glucose^LN||").c(str(n.ri(160, 290))).t("|mg/dL|70-99|H|||F\n")
    n.t("ERROR 2104: PID-3 ").p("ID", mrn).t(" not found. Possible match ").p("ID", dup).t(" (")
    n.nm(f"{pt.last.upper()}, {pt.first.upper()}").t(" DOB ").d(dob, "us").t(") - transposed digits?\n")
    n.t("Resolution (").nm(an.login(2)).t(", ").d(d, "us2").t("): merged to ").p("ID", dup)
    n.t(", result filed, PCP in-basket notified.\n")
    return n.build(_fhir(pt, dob, [("MRN", dup), ("SSN", ssn)], hp, line, city, zp))


def us_registry_export(n: C) -> Note:
    """Pipe-delimited population-health registry export with a header row."""
    d = n.today
    pcp = n.staff("us")
    _, city, _, zp0, area = us_place(n)
    pts = [n.pat("us") for _ in range(4)]
    n.t("-- dm_registry_").d(d, "iso").t(".txt | run by svc_popmed | panel: Dr. ").nm(pcp.fl).t(f" ({city})\n")
    n.t("MRN|LAST|FIRST|DOB|PHONE|ZIP|LAST_A1C|A1C_DATE|LDL|ON_STATIN|NEXT_APPT\n")
    keep: tuple[P, date, str] | None = None
    for q in pts:
        dob, _ = n.dob(38, 82)
        mrn = n.dig(7)
        zp = zp0[:3] + n.dig(2)
        n.p("ID", mrn).t("|").nm(q.last.upper()).t("|").nm(q.first.upper()).t("|").d(dob, "us")
        n.t("|").p("PHONE", us_ph(n, area, 3)).t("|").p("ZIP", zp).t("|").c(f"{n.ri(62, 121) / 10:.1f}")
        n.t("|").d(d - timedelta(days=n.ri(20, 300)), "us").t("|").c(str(n.ri(58, 182)))
        n.t(f"|{n.ch(['Y', 'Y', 'N'])}|")
        if n.r.random() < 0.7:
            n.d(d + timedelta(days=n.ri(5, 90)), "us")
        n.t("\n")
        if keep is None:
            keep = (q, dob, mrn)
    n.t("-- 4 rows | CONFIDENTIAL: contains PHI, do not e-mail outside the network\n")
    assert keep is not None
    return n.build(_fhir(keep[0], keep[1], [("MRN", keep[2])]))


def us_email_snf(n: C) -> Note:
    """Case-management e-mail chain with a SNF liaison (Original Message headers, HIPAA footer)."""
    pt = n.pat("us", sex="m")
    dob, age = n.dob(68, 89)
    cm, liaison = n.staff("us", sex="f"), n.staff("us")
    son = n.rel(pt, "m", keep=True)
    _, _, _, _, area = us_place(n)
    mrn, mcd = n.dig(7), n.dig(11) + n.ch("ABCDEF")
    d2 = n.today
    d1 = n.dt(-2, -1)
    cmp, fax = us_ph(n, area, 2), us_ph(n, area, 2)
    dom = n.ch(["hmc.org", "mercyhealth.org", "stlukes-health.org"])
    n.t("From: ").nm(f"{cm.last}, {cm.first}").t(" <").p("EMAIL", cm.mail(dom, 1)).t(">\n")
    n.t(f"Sent: {_wd(d2, True)}, ").d(d2, "usl").t(f" {_bh12(n)}\nTo: ").nm(liaison.fl).t(" <")
    n.p("EMAIL", liaison.mail("brookhavenpac.com")).t(">\nSubject: RE: referral - ")
    n.nm(f"{pt.last.upper()}, {pt.first[0]}").t(" (DOB ").d(dob, "us2").t(")\n\n")
    n.nm(liaison.first).t(" - updated PT note attached. He ambulated ").c("60 ft with RW, min A")
    n.t(". Medicare A days remaining: ").c(str(n.ri(60, 100))).t(". Son ").nm(son.fl)
    n.t(" is POA, cell ").p("PHONE", us_ph(n, area, 1)).t(". Can you accept for ").d(d2 + timedelta(days=1), "md")
    n.t("?\n\n").nm(cm.fl).t(", RN, BSN | Case Management | Phone ").p("PHONE", cmp).t(" | Fax ")
    n.p("PHONE", fax).t("\n\n-----Original Message-----\nFrom: ").nm(liaison.fl).t(" <")
    n.p("EMAIL", liaison.mail("brookhavenpac.com")).t(f">\nSent: {_wd(d1, True)}, ").d(d1, "usl")
    n.t(f" {_bh12(n)}\nSubject: referral - ").nm(f"{pt.last.upper()}, {pt.first[0]}").t("\n\n")
    n.t("Reviewed in Allscripts. Need: last 24h vitals, med list, MRN and Medicaid # for auth.\n")
    n.t("> MRN ").p("ID", mrn).t(", Medicaid ").p("ID", mcd).t(f", {age}M, ").c("Eliquis 5 mg bid")
    n.t(", ").c("metoprolol tartrate 25 mg bid").t(", BP ").c(f"{n.ri(112, 148)}/{n.ri(62, 84)}").t("\n\n")
    n.t("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain protected health "
        "information\nand is intended only for the named recipient(s). If you received it in error, "
        "notify the sender and destroy all copies.\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("Medicaid", mcd)]))


def us_privacy_audit(n: C) -> Note:
    """Privacy-office access report: an employee-patient's chart looked at by co-workers."""
    pt = n.pat("us", sex="f")
    dob, _ = n.dob(24, 50)
    an, u1, u2, mgr = n.staff("us"), n.staff("us"), n.staff("us"), n.staff("us")
    mrn = n.dig(7)
    d = n.today
    lo = d - timedelta(days=n.ri(20, 40))
    ips = [_priv_ip(n) for _ in range(2)]
    ls = [u1.login(1), u2.login(1)]
    emp = [n.dig(5), n.dig(5)]
    n.t("PRIVACY OFFICE - ACCESS REPORT        Case ").p("ID", f"PRV-{d.year % 100}-{n.dig(4)}").t("\n")
    n.t("Patient: ").nm(f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}").t("   MRN ").p("ID", mrn)
    n.t("   DOB ").d(dob, "us").t("   (employee, 4E)\nRun ").d(d, "us").t(" by ").nm(an.lf)
    n.t(" (Privacy Analyst)\n\n")
    n.t("Access date  Time   User ID   Emp ID  Dept       Device        IP            Activity\n")
    for i, (who, act) in enumerate([(0, "Demographics"), (0, "Results Review"), (1, "Chart Review")]):
        dd = lo + timedelta(days=i * n.ri(2, 5))
        n.d(dd, "us").t(f"   {n.tm(0, 23)}  ").nm(ls[who]).t("  ").p("ID", emp[who])
        n.t(f"   {['ED Reg', 'ED Reg', 'Radiology'][i]:<10} {['EDREG-WS12', 'EDREG-WS12', 'RAD-RR-03'][i]}    ")
        n.p("IP", ips[who]).t(f"  {act}")
        if act == "Results Review":
            n.t(" (HIV-1/2 Ag/Ab; viral load ").c("<20 copies/mL").t(")")
        n.t("\n")
    n.t("\nFinding: ").nm(ls[0]).t(" (").nm(u1.fl).t(") had no treatment relationship; accessed ")
    n.t("sensitive results. Referred to manager ").nm(mgr.fl).t("; ").nm(ls[1]).t(" access appropriate ")
    n.t("(ordered CT ").d(lo + timedelta(days=n.ri(8, 12)), "md").t(").\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def us_fax_referral(n: C) -> Note:
    """Received fax: machine header line, cover sheet, referral page footer."""
    pt = n.pat("us")
    dob, _ = n.dob(30, 80)
    ref, to = n.staff("us"), n.staff("us")
    line, city, st, zp, area = us_place(n)
    ff, tf, ph = area + str(n.ri(201, 989)) + n.dig(4), area + str(n.ri(201, 989)) + n.dig(4), us_ph(n, area, 0)
    fh, fm = n.ri(9, 15), n.ri(10, 55)
    mid = n.ch(["W", "U", "H"]) + n.dig(9)
    d = n.today
    n.d(d, "us").t(f" {fh:02d}:{fm}  FAX ").p("PHONE", ff).t(f"   {city.upper()} FAMILY MED  ->  ")
    n.p("PHONE", tf).t("   P.001/004\n\nFAX COVER SHEET\nTo: Dr. ").nm(to.fl).t(" - Rheumatology   Fax: ")
    n.p("PHONE", f"({tf[:3]}) {tf[3:6]}-{tf[6:]}").t("\nFrom: ").nm(ref.fl).t(", PA-C   Phone: ").p("PHONE", ph)
    n.t("\nPages: 4 (incl. cover)   RE: Referral - ").nm(pt.fl).t("\n\n")
    n.t("REFERRAL FOR CONSULTATION\nPatient: ").nm(pt.fml).t("   DOB: ").d(dob, "us1").t("   Ph: ")
    n.p("PHONE", us_ph(n, area, 1)).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city)
    n.t(f", {st} ").p("ZIP", zp).t("\nInsurance: BCBS  Member ID: ").p("ID", mid).t("\n")
    n.t("Reason: inflammatory arthritis - MCP/PIP synovitis, AM stiffness 2 h. RF ").c(str(n.ri(40, 180)))
    n.t(", anti-CCP ").c(f">{n.ri(200, 250)}").t(", ESR ").c(str(n.ri(38, 70))).t(", CRP ").c(f"{n.ri(18, 60) / 10:.1f}")
    n.t(". On ").c("prednisone 10 mg daily").t(" since ").d(d - timedelta(days=n.ri(14, 40)), "md").t(".\n")
    n.t(f"Page 2 of 4                           Received {(fh - 1) % 12 + 1}:{fm + 1:02d} "
        f"{'AM' if fh < 12 else 'PM'} ").d(d, "us2").t("\n")
    return n.build(_fhir(pt, dob, [("member", mid)], None, line, city, zp))


def _bh12(n: C) -> str:
    """A business-hours time, 12-hour clock."""
    h = n.ch([8, 9, 10, 11, 1, 2, 3, 4])
    return f"{h}:{n.ri(0, 59):02d} {'AM' if h >= 8 else 'PM'}"


def us_referral_wq(n: C) -> Note:
    """Referral work-queue notes by schedulers (lower-case user names, LVM, interpreter)."""
    pt = n.pat("us", sex="f")
    dob, _ = n.dob(50, 86)
    dau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    s1, s2, card, pcp = n.staff("us"), n.staff("us"), n.staff("us"), n.staff("us")
    _, _, _, _, area = us_place(n)
    ph = us_ph(n, area, 0)
    mrn, refn = n.dig(6), n.dig(7)
    d = n.today
    ds = [d - timedelta(days=6), d - timedelta(days=4), d]
    appt = d + timedelta(days=n.ri(10, 25))
    n.t("Referral #").p("ID", refn).t(" - Cardiology (internal) - Status: Scheduled\n")
    n.t("Patient: ").nm(pt.lf).t(" (MRN ").p("ID", mrn).t(")   DOB: ").d(dob, "us").t("   Ph: ")
    n.p("PHONE", ph).t("\nReferring: ").nm(pcp.fi).t(", MD   Dx: new AF, CHA2DS2-VASc ").c(str(n.ri(3, 6)))
    n.t(", on ").c("apixaban 5 mg BID").t("\n\nWQ notes:\n")
    u1, u2 = s1.login(0), s2.login(0)
    n.d(ds[0], "us2").t(f" {_bh12(n)}  ").nm(u1).t(": LVM for pt at ").p("PHONE", ph).t(", 1st attempt\n")
    n.d(ds[1], "us2").t(f" {_bh12(n)}  ").nm(u1).t(": spoke w/ daughter ").nm(dau.first)
    n.t(" (on HIPAA form), pt prefers AM, needs Spanish interpreter\n")
    n.d(ds[2], "us2").t(f" {_bh12(n)}  ").nm(u2).t(": sched ").d(appt, "us2").t(" 8:30 w/ Dr. ")
    n.nm(card.last).t(" + echo same day; HR ").c(str(n.ri(96, 128))).t(" on last ECG so flagged for ")
    n.t("sooner if cancellation. Letter mailed.\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)], ph))


# ======================================================================== Australia (6)
def au_teams_chat(n: C) -> Note:
    """Teams chat copied into the eMR progress notes ("Name  dd/mm/yyyy h:mm pm" lines)."""
    pt = n.pat("au", sex="m")
    dob, age = n.old()
    jmo, reg, nurse = n.staff("au"), n.staff("au"), n.staff("au", sex="f")
    wife = n.rel(pt, "f", keep=True)
    mrn = n.dig(7)
    d = n.today
    mob = au_mob(n)
    bed = n.ri(1, 28)
    n.t("PROGRESS NOTE - copied from Teams chat \"7B Medical Handover\" for documentation by ")
    n.nm(jmo.fl).t(" (RMO)\n\n")
    m1 = n.ri(10, 40)
    n.nm(nurse.fl).t("  ").d(d, "dmy").t(f" 9:{m1} pm\n")
    n.t(f"bed {bed} ").t(f"{pt.title} ").nm(pt.last).t(" (MRN ").p("ID", mrn).t(", ")
    _age(n, age).t(f"{pt.sex.upper()}) more confused, BGL ").c(f"{n.ri(25, 33) / 10:.1f}")
    n.t(" - has had ").c("Lantus 18 units").t(" at 8pm \U0001f62c\n")
    n.nm(jmo.fl).t("  ").d(d, "dmy").t(f" 9:{m1 + n.ri(2, 9)} pm\n@").nm(nurse.fl)
    n.t(" give ").c("150 mL juice").t(" + recheck 15 min, hypo protocol. will come up\n")
    n.nm(nurse.fl).t("  ").d(d, "dmy").t(f" 10:{n.ri(10, 59)} pm\nBGL ").c(f"{n.ri(52, 68) / 10:.1f}")
    n.t(" \U0001f44d wife ").nm(wife.first).t(" wants a call back on ").p("PHONE", mob).t("\n")
    n.nm(reg.fl).t(" (Med Reg)  ").d(d + timedelta(days=1), "dmy").t(f" 7:{n.ri(10, 59)} am\n")
    n.t("Thanks - halve ").c("Lantus to 9 units").t(", eGFR ").c(str(n.ri(18, 35)))
    n.t(" so stop the ").c("gliclazide MR 60 mg").t(". I'll ring ").nm(wife.first).t(" after the round.\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def au_hl7_inbox(n: C) -> Note:
    """GP clinical-software inbox: unmatched pathology HL7 result (Medicare and IHI in PID-3)."""
    pt = n.pat("au")
    dob, _ = n.dob(30, 70)
    gp, pm = n.staff("au"), n.staff("au", sex="f")
    line, sub, st, pc, code = au_place(n, "QLD")
    mc, ihi = _medicare(n.r), _ihi(n.r)
    prov = n.dig(6) + n.ch("ABCDEFGHJKL") + n.ch("ABCDEFHJKLTWXY")
    ph, mob = au_land(n, code), au_mob(n)
    d = n.today
    lab = f"{d.year % 100}-{n.dig(7)}"
    n.t("INBOX - UNMATCHED RESULT (HL7 ORU from Sullivan Nicolaides) received ").d(d, "dmy")
    n.t(f" {n.tm(5, 7)}\nPID|1||").p("ID", n.dig(8)).t("^^^SNP^MR~").p("ID", mc[:10])
    n.t("^^^AUSHIC^MC~").p("ID", ihi).t("^^^AUSHIC^NI||").nm(pt.hl7).t("||").d(dob, "hl7")
    n.t(f"|{pt.sex.upper()}|||").p("ADDRESS", line).t("^^").p("ADDRESS", sub.upper()).t(f"^{st}^")
    n.p("ZIP", pc).t("||").p("PHONE", ph).t("\n")
    n.t("OBR|1||").p("ID", lab).t("|LFT^Liver function tests|||").d(d - timedelta(days=1), "hl7")
    n.t(f"{n.ri(7, 11):02d}{n.ri(10, 59)}|||||||||").p("ID", prov).t("^").nm(gp.hl7[:-2]).t("\n")
    n.t("OBX|1|NM|ALT||").c(str(n.ri(120, 480))).t("|U/L|<40|H\n")
    n.t("OBX|2|NM|GGT||").c(str(n.ri(90, 600))).t("|U/L|<50|H\n")
    n.t("OBX|3|NM|BIL||").c(str(n.ri(12, 40))).t("|umol/L|<20|H\n\n")
    n.t("Reason unmatched: Medicare IRN differs (card reissued). Matched by ").nm(pm.fl)
    n.t(" (practice manager) ").d(d, "dmy").t(" after calling pt on ").p("PHONE", mob)
    n.t(". Sent to Dr ").nm(gp.last).t(" - action: recall, repeat LFT + hepatitis serology.\n")
    return n.build(_fhir(pt, dob, [("Medicare", mc), ("IHI", ihi)], mob, line, sub, pc))


def au_portal_msg(n: C) -> Note:
    """Patient message via the practice booking app (lower case, nickname sign-off), RN reply."""
    pt = n.pat("au", sex="f", fake_ok=False)
    dob, _ = n.dob(19, 40)
    gp, rn = n.staff("au"), n.staff("au", sex="f")
    mc = _medicare(n.r)
    mob = au_mob(n)
    d = n.today
    fer = n.ri(4, 9)
    nick = {"Tegan": "teegs", "Belinda": "bindy", "Simone": "simmo", "Narelle": "relly",
            "Kirrily": "kiz", "Leonie": "lee-lee", "Rania": "ran", "Nadine": "nads",
            "Concetta": "connie", "Rosaria": "ro"}.get(pt.first, pt.first.lower())
    n.t("Secure message from patient (via HotDoc) - ").d(d - timedelta(days=1), "dmy")
    n.t(f" {n.ri(9, 11)}:{n.ri(10, 59)} pm\nFrom: ").nm(pt.low).t(" | DOB ").d(dob, "dmy1").t(" | ")
    n.p("PHONE", mob).t("\n\n\"hi dr ").nm(gp.last.lower()).t(", just following up my iron from ")
    n.t("last week?? the lady at the collection place said my ferritin was ").c(str(fer))
    n.t(" which sounds low lol. can u send a script for the ").c("ferrous sulfate 325mg")
    n.t(" or do i need to come in? my medicare is ").p("ID", f"{mc[:4]} {mc[4:9]} {mc[9]}")
    n.t(" if u need it. ta, ").nm(nick).t(" \U0001f60a\"\n\n")
    n.t("Reply - ").nm(rn.fl).t(" (RN) ").d(d, "dmy").t(f" 9:{n.ri(10, 59)} am\n")
    n.t("Hi ").nm(pt.first).t(", Dr ").nm(gp.last).t(" has reviewed - Hb ").c(f"{n.ri(104, 118)} g/L")
    n.t(", ferritin ").c(f"{fer} ug/L").t(". eScript for ").c("Ferro-tab 350 mg daily")
    n.t(" sent to ").p("PHONE", mob).t(" (token ").p("URL", f"https://ausscripts.erx.com.au/scripts/{_tok(n, 18)}")
    n.t("). Please book a telehealth review in 6 weeks.\n")
    return n.build(_fhir(pt, dob, [("Medicare", mc)], mob))


def au_privacy_letter(n: C) -> Note:
    """Health-service privacy unit letter replying to a request for an access log."""
    pt = n.pat("au")
    dob, _ = n.dob(30, 70)
    po, s1, s2, s3 = n.staff("au"), n.staff("au"), n.staff("au"), n.staff("au")
    line, sub, st, pc, _ = au_place(n, "WA")
    umrn = n.ch("ABCDEFGHJK") + n.dig(7)
    d = n.today
    req = n.dt(-40, -28)
    lo, hi = req - timedelta(days=180), req
    rip = _pub_ip(n)
    n.t("Our ref: ").p("ID", f"PRIV{d.year % 100}/{n.dig(4)}").t("\n\n").d(d, "long").t("\n\n")
    n.t(f"{pt.title} ").nm(pt.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", sub.upper())
    n.t(f" {st} ").p("ZIP", pc).t("\n\nDear ").t(f"{pt.title} ").nm(pt.last).t("\n\n")
    n.t("Re: Request for access log - UMRN ").p("ID", umrn).t(", date of birth ").d(dob, "dmy").t("\n\n")
    n.t("Thank you for your request received on ").d(req, "long").t(". The audit of the electronic ")
    n.t("medical record for ").d(lo, "dmy").t(" to ").d(hi, "dmy").t(" shows:\n\n")
    n.t("Date        Staff member              Position                 Location / access\n")
    rows = [(s1, "Registered Nurse", "ED - Fiona Stanley Hospital"),
            (s2, "Registrar (Surgery)", "Ward 6B"),
            (s3, "Clerical Officer", "Remote (Citrix) - IP ")]
    for i, (q, pos, loc) in enumerate(rows):
        n.d(lo + timedelta(days=30 + i * n.ri(3, 20)), "dmy").t("  ").nm(q.fl).t(" " * max(2, 26 - len(q.fl)))
        n.t(f"{pos:<25}{loc}")
        if i == 2:
            n.p("IP", rip)
        n.t("\n")
    n.t("\nThe remote access by ").nm(s3.fl).t(" has been referred for investigation. Your pathology ")
    n.t("(HbA1c ").c(f"{n.ri(60, 95) / 10:.1f}%").t(") was the only result viewed.\n\n")
    n.t("Yours sincerely\n").nm(po.fl).t("\nPrivacy and Information Access Officer\n")
    return n.build(_fhir(pt, dob, [("UMRN", umrn)], None, line, sub, pc))


def au_dictation_letter(n: C) -> Note:
    """Specialist letter typed from digital dictation with typist's bracketed flags."""
    pt = n.pat("au", sex="f")
    dob, age = n.dob(55, 85)
    gp, cons, typ = n.staff("au"), n.staff("au"), n.staff("au", sex="f")
    son = n.rel(pt, "m", keep=True)
    gl, gsub, st, gpc, _ = au_place(n, "SA")
    ur = n.dig(7)
    d = n.today
    ci, ti = n.ini(cons), n.ini(typ, lower=True)
    n.t("[Transcribed ").d(d, "dmy").t(" from digital dictation - typist ").nm(ti)
    n.t(" - 2 items flagged for author]\n\n")
    n.t("Dr ").nm(gp.fl).t("\nElizabeth Grove Medical Centre\n").p("ADDRESS", gl).t("\n")
    n.p("ADDRESS", gsub.upper()).t(f" {st} ").p("ZIP", gpc).t("\n\nDear ").nm(gp.first).t(",\n\n")
    n.t("Re: ").t(f"{pt.title} ").nm(pt.fl).t("  DOB ").d(dob, "dmy").t("  UR ").p("ID", ur).t("\n\n")
    n.t(f"Thank you for referring this {age} year old lady with palpitations. Holter on ")
    n.d(d - timedelta(days=n.ri(8, 20)), "dmo").t(" showed paroxysmal AF, burden ").c(f"{n.ri(8, 30)}%")
    n.t(", max rate ").c(str(n.ri(138, 172))).t(". Echo: LVEF ").c(f"{n.ri(50, 62)}%").t(", LA ")
    n.c(f"{n.ri(38, 46)} mL/m2").t(". CHA2DS2-VASc ").c(str(n.ri(3, 5))).t(". I have started ")
    n.c("apixaban 5 mg bd").t(" and ").c("[?metoprolol / ?bisoprolol - inaudible 01:42] 2.5 mg daily")
    n.t(". Her son ").nm(son.first).t(" [?spelling] drives her in from ").p("ADDRESS", gsub.title())
    n.t(".\n\nKind regards\n\nDr ").nm(cons.fl).t("\nCardiologist\n\n").nm(ci).t("/").nm(ti).t("\n")
    return n.build(_fhir(pt, dob, [("UR", ur)]))


def au_referral_triage(n: C) -> Note:
    """Central referral unit: acknowledgement, triage category, SMS and letter log."""
    pt = n.pat("au", sex="m")
    dob, _ = n.dob(30, 70)
    gp, tri, clerk = n.staff("au"), n.staff("au"), n.staff("au")
    line, sub, st, pc, _ = au_place(n, "TAS")
    mc = _medicare(n.r)
    prov = n.dig(6) + n.ch("ABCDEFGHJKL") + n.ch("ABCDEFHJKLTWXY")
    mob = au_mob(n)
    d1 = n.dt(-14, -9, wk=True)
    d2 = d1 + timedelta(days=3)
    rid = f"CRU-{d1.year % 100}-{n.dig(6)}"
    n.t("CENTRAL REFERRAL UNIT - REFERRAL RECORD        Referral ID: ").p("ID", rid).t("\n")
    n.t("Received: ").d(d1, "dmy").t(" (e-referral via HealthLink)   Clinic: Hepatology\n")
    n.t("Patient: ").nm(pt.FL).t("   DOB ").d(dob, "dmy").t("   Medicare ")
    n.p("ID", f"{mc[:4]} {mc[4:9]} {mc[9]}").t("   Mob ").p("PHONE", mob).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("Referrer: Dr ").nm(gp.fl).t(" (prov. no ").p("ID", prov).t(")\n")
    n.t("Clinical: ALT ").c(str(n.ri(110, 260))).t(", AST ").c(str(n.ri(80, 200))).t(", plt ")
    n.c(str(n.ri(90, 140))).t(", FibroScan ").c(f"{n.ri(95, 180) / 10:.1f} kPa").t(", AUDIT-C ")
    n.c(str(n.ri(4, 10))).t("\n\nTriage: Category 2 (seen within 90 days) - Dr ").nm(tri.fl).t(" ")
    n.d(d2, "dmy").t("\n\"Needs HCC surveillance US + AFP before appt.\"\n")
    n.t("Log: ").d(d2, "dmy").t(" ack letter to GP; ").d(d2 + timedelta(days=1), "dmy")
    n.t(" SMS to ").p("PHONE", mob).t(" sent by ").nm(clerk.login(0)).t("\n")
    return n.build(_fhir(pt, dob, [("Medicare", mc)], mob, line, sub, pc))


# ======================================================================== Canada (6)
def ca_on_ereferral(n: C) -> Note:
    """Ocean eReferral (ON): referral reference, OHIP with version code, message thread."""
    pt = n.pat("ca", sex="f")
    dob, _ = n.dob(25, 70)
    gp, spec, clerk = n.staff("ca"), n.staff("ca"), n.staff("ca", sex="f")
    line, city, pc, area = ca_place(n, "ON")
    oh = _ohip(n.r)
    vc = n.ch("ABCDEFGHJKLMNPRSTVWXYZ") + n.ch("ABCDEFGHJKLMNPRSTVWXYZ")
    ph = ca_ph(n, area)
    d = n.today
    ds = [d - timedelta(days=9), d - timedelta(days=5), d - timedelta(days=2)]
    ref = "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
        "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
    appt = d + timedelta(days=n.ri(14, 40))
    n.t("Ocean eReferral  Ref: ").p("ID", ref).t("   Status: Booked   Service: Endocrinology\n")
    n.t("Patient: ").nm(pt.lf).t("   HN: ").p("ID", f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}").t("   DOB: ")
    n.d(dob, "ymd").t("\nPhone: ").p("PHONE", ph).t("   Email: ").p("EMAIL", pt.mail("gmail.com", n.ri(0, 3)))
    n.t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("\n\n")
    n.t("Messages\n").d(ds[0], "uss").t(" - Dr. ").nm(gp.fl).t(" (referrer): TSH ").c("<0.01")
    n.t(", FT4 ").c(f"{n.ri(32, 60)} pmol/L").t(", TRAb ").c(f"{n.ri(4, 18)}.{n.ri(0, 9)}")
    n.t(". Started ").c("methimazole 20 mg daily").t(" + ").c("propranolol 20 mg tid").t(".\n")
    n.d(ds[1], "uss").t(" - ").nm(clerk.fl).t(" (clinic): Accepted by Dr. ").nm(spec.last)
    n.t(". Please send CBC/ALT baseline.\n")
    n.d(ds[2], "uss").t(" - Dr. ").nm(gp.last).t(": WBC ").c(f"{n.ri(45, 90) / 10:.1f}").t(", ALT ")
    n.c(str(n.ri(18, 45))).t(" attached.\n")
    n.t("Appointment: ").d(appt, "uss").t(f" {_bh12(n)} - patient notified by email ")
    n.t("(opened ").d(ds[2] + timedelta(days=1), "iso").t(") - confirm link ")
    n.p("URL", f"https://ocean.cognisantmd.com/patient/appt/{ref.replace('-', '')}?k={_tok(n, 12)}").t("\n")
    return n.build(_fhir(pt, dob, [("OHIP", oh)], ph, line, city, pc))


def ca_bc_dictation(n: C) -> Note:
    """Transcribed consult (BC): DD / DT lines, document number, PHN, cc list."""
    pt = n.pat("ca", sex="m")
    dob, age = n.dob(60, 84)
    cons, gp = n.staff("ca"), n.staff("ca")
    wife = n.rel(pt, "f", keep=n.r.random() < 0.5)
    line, city, pc, area = ca_place(n, "BC")
    phn = _bcphn(n.r)
    mrn = "KGH" + n.dig(7)
    d = n.today
    ci = n.ini(cons)
    n.t("KELOWNA GENERAL HOSPITAL - CONSULTATION REPORT\n")
    n.t("PATIENT: ").nm(pt.LFF).t("   PHN: ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   MRN: ")
    n.p("ID", mrn).t("\nDOB: ").d(dob, "dmon").t("   DATE OF CONSULT: ").d(d, "dmon").t("\n")
    n.t("CONSULTANT: Dr. ").nm(cons.fl).t(", Urology   REFERRING: Dr. ").nm(gp.fl).t("\n\n")
    n.t("Mr. ").nm(pt.last).t(f" is a {age}-year-old retired millwright from ").p("ADDRESS", city)
    n.t(" seen with his wife ").nm(wife.first).t(" for a rising PSA: ").c(f"{n.ri(41, 69) / 10:.1f}")
    n.t(" (").d(d - timedelta(days=n.ri(200, 380)), "mys").t(") to ").c(f"{n.ri(70, 140) / 10:.1f}")
    n.t(" (").d(d - timedelta(days=n.ri(10, 30)), "mys").t("). DRE: ").c("40 g")
    n.t(", nodule R lobe. IPSS ").c(str(n.ri(8, 20))).t(". On ").c("tamsulosin 0.4 mg daily")
    n.t(".\nPLAN: MRI prostate, then TRUS/transperineal biopsy. Stop ").c("ASA 81 mg")
    n.t(" 7 days prior. Reached at ").p("PHONE", ca_ph(n, area)).t(".\n\n")
    n.nm(cons.fi).t(", MD, FRCSC\n\nDD: ").d(d, "iso").t(f" {n.tm(10, 16)}   DT: ")
    n.d(d + timedelta(days=1), "iso").t(f" {n.tm(8, 12)}   Doc #: ").p("ID", n.dig(8)).t("   ")
    n.nm(ci).t("/").nm(n.ini(n.staff("ca", sex="f"), lower=True)).t("\ncc: Dr. ").nm(gp.fl).t("; ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t(" (patient)\n")
    return n.build(_fhir(pt, dob, [("PHN", phn), ("MRN", mrn)], None, line, city, pc))


def ca_ab_portal(n: C) -> Note:
    """MyAHS Connect message written by the patient (AB: ULI), nurse reply with smart-phrase sign-off."""
    pt = n.pat("ca", sex="f", fake_ok=False)
    dob, _ = n.dob(22, 45)
    md, rn = n.staff("ca"), n.staff("ca", sex="f")
    line, city, pc, area = ca_place(n, "AB")
    uli = _uli(n.r)
    cell = ca_ph(n, area)
    d = n.today
    lmp = d - timedelta(days=n.ri(40, 60))
    n.t("MyAHS Connect message - received ").d(d - timedelta(days=1), "uss").t(f" {n.tm12(8, 11)}\n")
    n.t("From: ").nm(pt.fl).t(" (ULI ").p("ID", uli).t(")   Re: nausea!!\n\n")
    n.t("hey so im ").c("7 weeks").t(" (lmp was ").d(lmp, "usm").t(") and i cant keep anything down ")
    n.t("since tuesday, maybe 10x a day?? peeing hardly at all. the ").c("diclectin 2 tabs at bedtime")
    n.t(" isnt doing anything. my partner says go to emerg but i dont want to wait 8 hrs in ")
    n.p("ADDRESS", city).t(" lol. can someone call me ").p("PHONE", cell).t("\n\n")
    n.t("--- Reply ").d(d, "uss").t(f" {_bh12(n)} ---\nHi ").nm(pt.first).t(",\nDr. ")
    n.nm(md.last).t(" reviewed your message. With ketones and less urine you need fluids today - please ")
    n.t("go to the Women's Assessment Unit at the regional hospital (bypass ED triage). We will ")
    n.t("add ").c("ondansetron 4 mg q8h PRN").t(".\n").nm(rn.fl).t(", RN | Women's Health Clinic\n")
    n.t("This message is confidential and intended for the patient above.\n")
    return n.build(_fhir(pt, dob, [("ULI", uli)], cell, line, city, pc))


def ca_qc_courriel(n: C) -> Note:
    """Québec e-mail chain with French Outlook headers ("De :", "Envoyé :", "mars 2025")."""
    pt = n.pat("qc")
    dob, age = n.dob(60, 89)
    inf, md, tsp = n.staff("qc", sex="f"), n.staff("qc"), n.staff("qc")
    line, city, pc, _ = ca_place(n, "QC")
    ramq = _ramq(n.r, pt, dob)
    d2 = n.today
    d1 = n.dt(-2, -1)
    dom = "ssss.gouv.qc.ca"
    n.t("De : ").nm(inf.fl).t(" (CIUSSS de l'Estrie - CHUS) <").p("EMAIL", inf.mail(dom, 0)).t(">\n")
    n.t(f"Envoyé : {JOURS[d2.weekday()]} ").d(d2, "fr").t(f" {n.tm(8, 16)}\nÀ : ").nm(md.fl).t(" <")
    n.p("EMAIL", md.mail(dom, 0)).t(">\nObjet : RE: suivi INR - ").nm(pt.LF).t("\n\n")
    n.t("Bonjour Dr ").nm(md.last).t(",\nINR today ").c(f"{n.ri(38, 52) / 10:.1f}").t(" - patient is on ")
    n.c("warfarine 5 mg").t(" die. Held tonight's dose as per protocol. Next INR ")
    n.d(d2 + timedelta(days=3), "ymd").t(". Merci,\n").nm(inf.first).t(", inf. clinicienne, SAD\n\n")
    n.t("De : ").nm(md.fl).t(" <").p("EMAIL", md.mail(dom, 0)).t(f">\nEnvoyé : {JOURS[d1.weekday()]} ")
    n.d(d1, "fr").t(f" {n.tm(12, 19)}\nObjet : suivi INR - ").nm(pt.LF).t("\n\n")
    n.t("Pt ").nm(pt.fl).t(f" ({age} ans), RAMQ ").p("ID", ramq).t(", ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", city).t(" (QC) ").p("ZIP", pc).t(" - TSP ").nm(tsp.fl).t(" reports bruising. ")
    n.t("Creat ").c(f"{n.ri(90, 160)} umol/L").t(". Please check INR tomorrow.\n\n")
    n.t("AVIS DE CONFIDENTIALITÉ - Ce courriel est confidentiel. / This e-mail is confidential.\n")
    return n.build(_fhir(pt, dob, [("RAMQ", ramq)], None, line, city, pc))


def ca_mb_print(n: C) -> Note:
    """Printed eChart Manitoba summary: header, PHIN, medication list, print footer."""
    pt = n.pat("ca")
    dob, age = n.old()
    prn, gp = n.staff("ca"), n.staff("ca")
    line, city, pc, area = ca_place(n, "MB")
    phin = n.dig(9)
    d = n.today
    n.t("eChart Manitoba - Patient Summary                                  Page 1 of 3\n")
    n.t("Name: ").nm(pt.LF).t("    PHIN: ").p("ID", phin).t("    DOB: ").d(dob, "dmon").t(" (")
    _age(n, age).t(" y)\nAddress: ").p("ADDRESS", line).t(" ").p("ADDRESS", city.upper()).t(" MB ")
    n.p("ZIP", pc).t("    Phone: ").p("PHONE", ca_ph(n, area)).t("\n\nDispensed medications (DPIN), last 120 days\n")
    for drug in ["furosemide 40 mg tab  1 daily", "metoprolol 25 mg tab  1 bid",
                 "apixaban 2.5 mg tab  1 bid", "atorvastatin 20 mg tab  1 daily"]:
        n.d(d - timedelta(days=n.ri(5, 110)), "iso").t("  ").c(drug).t("  Dr ").nm(gp.f_l if n.r.random() < .6 else gp.fi)
        n.t("\n")
    n.t("\nLab (most recent): Cr ").c(f"{n.ri(110, 190)} umol/L").t(", K ").c(f"{n.ri(38, 54) / 10:.1f}")
    n.t(", NT-proBNP ").c(str(n.ri(900, 6000))).t(", Hb ").c(str(n.ri(98, 128))).t("\n\n")
    n.t("Printed by: ").nm(prn.lf).t(" (").nm(prn.login(0)).t(")  ").d(d, "iso")
    n.t(f" {n.tm(9, 17)}:{n.ri(10, 59)}  Printed from: SBH-ED-WS{n.ri(1, 40):02d}\n")
    n.t("CONFIDENTIAL - Personal Health Information Act (PHIA). Destroy securely when no longer needed.\n")
    return n.build(_fhir(pt, dob, [("PHIN", phin)], None, line, city, pc))


def ca_sk_pipe(n: C) -> Note:
    """Pipe-delimited lab export (SK) with header row, HSN, ordering provider."""
    pt = n.pat("ca", sex="m")
    dob, _ = n.dob(40, 80)
    ordp, exp = n.staff("ca"), n.staff("ca")
    hsn = n.dig(9)
    d = n.today
    ds = [d - timedelta(days=k) for k in (0, n.ri(60, 100), n.ri(180, 260))]
    n.t("# eHR Viewer export | requested by ").nm(exp.login(2)).t(" | ").d(d, "iso").t(f"T{n.tm(9, 17)}:00\n")
    n.t("HSN|PATIENT|DOB|COLLECTED|TEST|RESULT|UNITS|FLAG|ORDERING\n")
    for dd in ds:
        for test, lo, hi, unit, sc in [("HBA1C", 62, 110, "%", 10), ("EGFR", 35, 80, "mL/min/1.73m2", 1),
                                       ("ACR", 3, 60, "mg/mmol", 1)]:
            v = n.ri(lo, hi)
            n.p("ID", hsn).t("|").nm(f"{pt.last.upper()}^{pt.first.upper()}").t("|").d(dob, "iso").t("|")
            n.d(dd, "iso").t(f"|{test}|").c(f"{v / sc:.1f}" if sc > 1 else str(v))
            n.t(f"|{unit}|{'H' if test != 'EGFR' else 'L'}|").nm(f"{ordp.last.upper()}, {ordp.first.upper()}")
            n.t("\n")
    n.t("# 9 rows\n")
    return n.build(_fhir(pt, dob, [("HSN", hsn)]))


# ======================================================================== Ireland (4)
def ie_email_chain(n: C) -> Note:
    """HSE e-mail chain (delayed discharge), "Sent: Friday 14 March 2025" headers, HSE disclaimer."""
    pt = n.pat("ie")
    dob, age = n.old()
    cnm, bm, phn = n.staff("ie", sex="f"), n.staff("ie"), n.staff("ie", sex="f")
    dau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    line, town, county, eir, code = ie_place(n)
    mrn = n.dig(6)
    d2 = n.today
    d1 = n.dt(-2, -1)
    n.t("From: ").nm(bm.fl).t(" <").p("EMAIL", bm.mail("hse.ie", 0)).t(">\n")
    n.t(f"Sent: {_wd(d2, True)} ").d(d2, "long").t(f" {n.tm(9, 17)}\nTo: ").nm(cnm.fl).t(" <")
    n.p("EMAIL", cnm.mail("hse.ie", 0)).t(">\nSubject: FW: DTOC - St Brendan's ward, bed ")
    n.t(f"{n.ri(1, 28)}\n\n").nm(cnm.first).t(", see below from the PHN - home care package approved ")
    n.t("from Monday. Can we plan discharge for Monday AM? Thanks, ").nm(bm.first).t("\n\n")
    n.t("From: ").nm(phn.fl).t(" <").p("EMAIL", phn.mail("hse.ie", 2)).t(f">\nSent: {_wd(d1, True)} ")
    n.d(d1, "long").t(f" {n.tm(10, 16)}\nSubject: DTOC - St Brendan's ward\n\n")
    n.t("Re: ").nm(pt.fl).t(", MRN ").p("ID", mrn).t(", DOB ").d(dob, "dot").t(" (")
    _age(n, age).t("), ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir)
    n.t("\nHCSS approved 4 x 30 min calls/day. Daughter ").nm(dau.fl).t(" (").p("PHONE", ie_mob(n))
    n.t(") has key. Please send: Barthel (last ").c(str(n.ri(35, 70))).t("), MUST ").c(str(n.ri(0, 2)))
    n.t(", weight ").c(f"{n.ri(48, 78)} kg").t(", meds incl. ").c("apixaban 2.5 mg bd").t(".\n")
    n.nm(phn.fl).t(" | Public Health Nurse | ").p("PHONE", f"({code}) {n.dig(3)} {n.dig(4)}").t("\n\n")
    n.t("Please consider the environment before printing this email.\n")
    n.t("The information in this email is confidential and may be legally privileged. It is intended "
        "solely for the\naddressee. If you are not the intended recipient please notify the HSE "
        "immediately.\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)], None, line, town, eir))


def ie_ed_printout(n: C) -> Note:
    """Printed ED record (Manchester Triage), header and "Printed ... by ... Page x of y" footer."""
    pt = n.pat("ie", sex="m")
    dob, _ = n.dob(18, 60)
    tn, nchd, prn = n.staff("ie", sex="f"), n.staff("ie"), n.staff("ie")
    line, town, county, eir, _ = ie_place(n)
    mrn, ppsn = n.dig(7), _ppsn(n.r)
    mob = ie_mob(n)
    d = n.today
    att = f"ED{d.year % 100}{n.dig(6)}"
    n.t("EMERGENCY DEPARTMENT RECORD                                            Page 1 of 2\n")
    ah = n.ri(8, 16)
    n.t("Attendance: ").p("ID", att).t("   Arrived: ").d(d, "dot").t(f" {ah:02d}:{n.ri(10, 40)}   Mode: own transport\n")
    n.t("Name: ").nm(pt.LFF).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "dot").t("   PPSN: ")
    n.p("SSN", ppsn).t("\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ")
    n.p("ZIP", eir).t("   Mobile: ").p("PHONE", mob).t("\nGP: Dr ").nm(n.staff("ie").f_l).t("\n\n")
    n.t("TRIAGE (MTS) - ").nm(tn.fl).t(" RGN: Chest pain - Cat 2 (orange). Pain ").c("7/10")
    n.t(", HR ").c(str(n.ri(96, 124))).t(", BP ").c(f"{n.ri(140, 176)}/{n.ri(84, 104)}").t(", SpO2 ")
    n.c(f"{n.ri(95, 99)}%").t(f", ECG at {ah:02d}:{n.ri(41, 59)} - no STE.\n")
    n.t("NCHD (").nm(nchd.fl).t(", SHO): hs-TnT ").c(f"{n.ri(8, 14)} ng/L").t(" -> ")
    n.c(f"{n.ri(9, 15)} ng/L").t(" at 3 h. HEART score ").c(str(n.ri(2, 3))).t(". Given ")
    n.c("aspirin 300 mg").t(". D/C to GP, OPD stress test.\n\n")
    n.t("Printed: ").d(d, "dot").t(f" {ah + n.ri(4, 7):02d}:{n.ri(10, 59)} by ").nm(f"{prn.last.upper().replace(' ', '')}_{prn.first[0]}")
    n.t("   iPM/Symphony   Page 1 of 2   CONFIDENTIAL\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn), ("PPSN", ppsn)], mob, line, town, eir))


def ie_dictation_letter(n: C) -> Note:
    """Letter typed from digital dictation: Dictated / Typed dates, "AB/cd", typist's [?] queries."""
    pt = n.pat("ie", sex="f")
    dob, age = n.dob(40, 80)
    cons, gp, typ = n.staff("ie"), n.staff("ie"), n.staff("ie", sex="f")
    gl, gt, gc, ge, _ = ie_place(n)
    mrn = n.dig(6)
    d = n.today
    ty = d + timedelta(days=n.ri(2, 6))
    ci, ti = n.ini(cons), n.ini(typ, lower=True)
    n.t("Dictated: ").d(d, "dmy").t("   Typed: ").d(ty, "dmy").t("   ").nm(ci).t("/").nm(ti).t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").p("ADDRESS", gl).t("\n").p("ADDRESS", gt).t("\n").t(gc).t("\n")
    n.p("ZIP", ge).t("\n\nRe: ").nm(pt.fl).t(", DOB ").d(dob, "dot").t(", MRN ").p("ID", mrn).t("\n\n")
    n.t("Dear ").nm(gp.first).t(",\n")
    n.t(f"I reviewed this {age} year old lady in the rheumatology clinic on the ").p("DATE", _d(d, "ordof"))
    n.t(". Her DAS28-CRP is ").c(f"{n.ri(22, 51) / 10:.1f}").t(" on ").c("methotrexate 20 mg weekly")
    n.t(" with ").c("folic acid 5 mg").t(" [?weekly / ?daily - please check]. CRP ").c(str(n.ri(3, 30)))
    n.t(", ALT ").c(str(n.ri(20, 70))).t(". I have added ").c("hydroxychloroquine 200 mg daily")
    n.t(" [?300 - unclear on tape] and she will need an eye screen by ").d(d + timedelta(days=n.ri(150, 200)), "my")
    n.t(".\nKind regards,\n\n").nm(cons.fl).t(", MB FRCPI\nConsultant Rheumatologist\n")
    n.t("Dictated but not read - typed on behalf of ").nm(cons.fi).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)]))


def ie_family_email(n: C) -> Note:
    """E-mail from a husband to the CNS shared inbox (lower case), CNS reply with sign-off."""
    pt = n.pat("ie", sex="f", fake_ok=False)
    dob, _ = n.dob(55, 82)
    hus = n.rel(pt, "m", keep=n.r.random() < 0.6)
    cns, reg = n.staff("ie", sex="f"), n.staff("ie")
    mrn = n.dig(6)
    mob = ie_mob(n)
    d = n.today
    hm = hus.mail(n.ch(["gmail.com", "eircom.net", "outlook.ie"]), n.ri(0, 3))
    n.t("From: ").p("EMAIL", hm).t("\nSent: ").d(d - timedelta(days=1), "sh0").t(f" {n.tm(21, 23)}\n")
    n.t("To: Oncology CNS (shared inbox)\nSubject: my wife ").nm(pt.first.lower()).t("\n\n")
    n.t("hello nurse ").nm(cns.first.lower()).t(" this is ").nm(hus.low).t(" ").nm(pt.low)
    n.t("s husband, her hospital number is ").p("ID", mrn).t(" dob ").d(dob, "dmy1")
    n.t(". shes on day ").c("8").t(" after the chemo and her temp tonite was ").c("37.9")
    n.t(" and then ").c("38.2").t(" an hour later, shes shivery. we have the ").c("filgrastim")
    n.t(" injections done. do we come in or wait?? my mobile is ").p("PHONE", mob).t(" thanks\n\n")
    n.t("--- Reply ").d(d - timedelta(days=1), "sh0").t(f" {n.tm(22, 23)} ---\nHi ").nm(hus.first)
    n.t(", please bring ").nm(pt.first).t(" to the ED now and show her chemo alert card - a temp of ")
    n.t("38 after chemo needs bloods and antibiotics within the hour. I have phoned the oncology reg, Dr ")
    n.nm(reg.last).t(", to expect her.\n").nm(cns.fl).t(" | Oncology CNS | ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("MRN", mrn)], mob))


# ======================================================================== New Zealand (3)
def nz_access_audit(n: C) -> Note:
    """Clinical portal access audit for a Privacy Act complaint (NHI, user codes, IPs)."""
    pt = n.pat("nz", sex="f")
    dob, _ = n.dob(25, 60)
    u1, u2, pm = n.staff("nz"), n.staff("nz"), n.staff("nz")
    nhi = _nhi(n.r)
    d = n.today
    lo = d - timedelta(days=n.ri(40, 70))
    ips = [_priv_ip(n), _priv_ip(n)]
    c1, c2 = u1.login(3), u2.login(3)
    n.t("Te Whatu Ora - Clinical Portal access audit  |  Privacy Act 2020 request ")
    n.p("ID", f"PA-{d.year % 100}-{n.dig(3)}").t("\nPatient: ").nm(pt.FL).t("  NHI ").p("ID", nhi)
    n.t("  DOB ").d(dob, "dmy").t("\nPeriod: ").d(lo, "sh").t(" - ").d(d - timedelta(days=7), "sh")
    n.t("   Prepared by ").nm(pm.fl).t(" (Privacy Officer) ").d(d, "sh").t("\n\n")
    n.t("When                 User code   Name                 Machine          IP              Screen\n")
    for i, (who, scr) in enumerate([(0, "Results - Lab"), (0, "Clinical documents"), (1, "ED summary")]):
        q = [u1, u2][who]
        n.d(lo + timedelta(days=3 + i * n.ri(4, 9)), "sh").t(f" {n.tm(0, 23)}    ").nm([c1, c2][who])
        n.t("    ").nm(q.fl).t(" " * max(2, 21 - len(q.fl))).t(f"WKS{n.ri(10000, 99999)}         ")
        n.p("IP", ips[who]).t(f"   {scr}")
        if i == 0:
            n.t(" (HCG ").c(f"{n.ri(20, 900)} IU/L").t(")")
        n.t("\n")
    n.t("\nOutcome: access by ").nm(c1).t(" not for care; employment process started; patient informed by ")
    n.t("letter ").d(d, "sh").t(".\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)]))


def nz_secure_chat(n: C) -> Note:
    """Celo secure chat between the ED registrar and the on-call medical registrar."""
    pt = n.pat("nz", sex="m")
    dob, age = n.dob(50, 88)
    ed, med, cn = n.staff("nz"), n.staff("nz"), n.staff("nz", sex="f")
    whanau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    nhi = _nhi(n.r)
    mob = nz_mob(n)
    d = n.today
    tt = [f"{h:02d}:{m:02d}" for h, m in n.times(5, 13, 18)]
    n.t("Celo | ED \u2194 Medicine referrals | ").d(d, "sh").t("\n")
    n.nm(ed.fl).t(" (ED reg) \u00b7 ").t(tt[1]).t("\nKia ora, referral: ").nm(pt.fl)
    n.t(f" {age}{pt.sex.upper()} NHI ").p("ID", nhi).t(" - CAP, CURB-65 ").c(str(n.ri(2, 3)))
    n.t(", RR ").c(str(n.ri(24, 30))).t(", SpO2 ").c(f"{n.ri(88, 92)}%").t(" on 4L, lactate ")
    n.c(f"{n.ri(20, 34) / 10:.1f}").t(". Had ").c("amoxicillin 1 g IV").t(" + ").c("clarithromycin 500 mg")
    n.t(" at ").t(tt[0]).t("\n")
    n.nm(med.fl).t(" (Med reg) \u00b7 ").t(tt[2]).t("\nAccepted \U0001f44d bed on Ward ")
    n.t(f"{n.ri(2, 9)}. @").nm(cn.first).t(" pls hold a bed\n")
    n.nm(cn.fl).t(" (CCN) \u00b7 ").t(tt[3]).t("\nbed ").t(str(n.ri(1, 24))).t(" ready. whānau - ")
    n.t("his daughter ").nm(whanau.first).t(" - on ").p("PHONE", mob).t(" wants an update\n")
    n.nm(med.fl).t(" (Med reg) \u00b7 ").t(tt[4]).t("\nwill call ").nm(whanau.first).t(" after ward round. ")
    n.t("CXR RLL consolidation, CRP ").c(str(n.ri(140, 320))).t(", WCC ").c(f"{n.ri(140, 240) / 10:.1f}").t("\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)]))


def nz_portal(n: C) -> Note:
    """ManageMyHealth patient message and the practice nurse's reply."""
    pt = n.pat("nz", sex="f", fake_ok=False)
    dob, _ = n.dob(25, 70)
    gp, pn = n.staff("nz"), n.staff("nz", sex="f")
    line, sub, city, pc, _ = nz_place(n)
    nhi = _nhi(n.r)
    mob = nz_mob(n)
    d = n.today
    n.t("ManageMyHealth - message received ").d(d - timedelta(days=1), "sh").t(f" {n.ri(6, 11)}:{n.ri(10, 59)}pm\n")
    n.t("From: ").nm(pt.fl).t(" (NHI ").p("ID", nhi).t(")   To: Dr ").nm(gp.fl).t("\n")
    n.t("Subject: repeat script + blood pressure\n\n")
    n.t("kia ora dr ").nm(gp.last.lower()).t(", can i get my repeat of the ").c("cilazapril 5mg")
    n.t(" and ").c("felodipine 10mg").t(" please. my bp on the machine at the pharmacy was ")
    n.c(f"{n.ri(150, 172)}/{n.ri(92, 104)}").t(" which seems high? also i moved - new address is ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc)
    n.t(". ngā mihi\n\n--- Reply ").d(d, "sh").t(f" {n.ri(9, 11)}:{n.ri(10, 59)}am ---\nKia ora ")
    n.nm(pt.first).t(", script sent to your pharmacy. Please book a BP check with me this week - ")
    n.t("I've updated your address and will text ").p("PHONE", mob).t(" to confirm; or use the video link ")
    n.p("URL", f"https://vc.managemyhealth.co.nz/join/{_tok(n, 8, '0123456789')}-{_tok(n, 6)}").t(". ").nm(pn.fl)
    n.t(", Practice Nurse\n")
    return n.build(_fhir(pt, dob, [("NHI", nhi)], mob, line, city, pc))


# ======================================================================== other settings (4)
SG_ADDR = [("Ang Mo Kio Avenue 10", "56"), ("Tampines Street 21", "52"), ("Jurong West Street 42", "64"),
           ("Bedok North Road", "46"), ("Woodlands Drive 14", "73"), ("Toa Payoh Lorong 1", "31")]


def _sg_name(n: C, q: P) -> list[tuple[str, str]]:
    """A Singapore name as (kind, text) parts: "GOH WEI JIE", "NURUL AINI BINTE OSMAN", "SURESH S/O RAJOO"."""
    g = n.grp_of(q)
    if g == "sg_my":
        return [("NAME", f"{q.first} {'bin' if q.sex == 'm' else 'binte'} {q.last}".upper())]
    if g == "sg_in":
        return [("NAME", q.first.upper()), ("", f" {'S/O' if q.sex == 'm' else 'D/O'} "),
                ("NAME", q.last.upper())]
    return [("NAME", q.SF.upper())]


def sg_registry_csv(n: C) -> Note:
    """Polyclinic diabetes registry CSV for care-coordinator outreach (NRIC, HP, block address)."""
    d = n.today
    gen, cc = n.staff("sg"), n.staff("sg", sex="f")
    pts = [n.pat("sg") for _ in range(3)]
    n.t("DM registry extract - PCN outreach list | generated ").d(d, "dmy").t(f" {n.tm(8, 10)} by ")
    n.nm(gen.login(3)).t("\nS/N,NRIC,NAME,DOB,SEX,HP,ADDRESS,POSTAL,HBA1C,HBA1C_DATE,EGFR,LAST_VISIT\n")
    keep: tuple[P, date, str] | None = None
    for i, q in enumerate(pts, 1):
        dob, _ = n.dob(45, 80)
        nric = _nric(n.r, dob)
        st, pre = n.ch(SG_ADDR)
        blk = n.ri(100, 699)
        addr = f"Blk {blk} {st}, #{n.ri(2, 16):02d}-{n.ri(10, 1999)}"
        post = pre + str(blk).zfill(4)[-4:]
        n.t(f"{i},").p("ID", nric).t(",")
        for k, s in _sg_name(n, q):
            n.p(k, s) if k else n.t(s)
        n.t(",").d(dob, "dmy").t(f",{q.sex.upper()},").p("PHONE", f"+65 {n.ch('89')}{n.dig(3)} {n.dig(4)}")
        n.t(",\"").p("ADDRESS", addr).t("\",").p("ZIP", post).t(",").c(f"{n.ri(72, 118) / 10:.1f}").t(",")
        n.d(d - timedelta(days=n.ri(30, 300)), "dmy").t(",").c(str(n.ri(28, 95))).t(",")
        n.d(d - timedelta(days=n.ri(20, 400)), "dmy").t("\n")
        if keep is None:
            keep = (q, dob, nric)
    n.t("Assigned to care coordinator ").nm(cc.fl if n.grp_of(cc) != "sg_cn" else cc.SF)
    n.t(" - call by ").d(d + timedelta(days=14), "sh").t("; RESTRICTED (SENSITIVE-NORMAL)\n")
    assert keep is not None
    return n.build(_fhir(keep[0], keep[1], [("NRIC", keep[2])]))


_HK_ZH = {"Chan": "陳", "Leung": "梁", "Cheung": "張", "Lau": "劉", "Yeung": "楊", "Tsang": "曾",
          "Kwok": "郭", "Fung": "馮", "Chi Keung": "志強", "Wai Ming": "偉明", "Ka Lok": "家樂",
          "Siu Fai": "小輝", "Siu Ling": "小玲", "Mei Kuen": "美娟", "Wing Yan": "詠欣", "Lai Ping": "麗萍"}
HK_ADDR = [("Lok Fu Estate", "Wong Tai Sin", "Kowloon"), ("Shek Wai Kok Estate", "Tsuen Wan", "New Territories"),
           ("Choi Hung Estate", "Ngau Chi Wan", "Kowloon"), ("Oi Man Estate", "Ho Man Tin", "Kowloon"),
           ("Tai Hing Estate", "Tuen Mun", "New Territories"), ("Wah Fu Estate", "Pok Fu Lam", "Hong Kong")]


def hk_cms_printout(n: C) -> Note:
    """Hospital Authority CMS discharge summary printout (HKID, Chinese name, print footer)."""
    pt = n.pat("hk")
    dob, age = n.dob(60, 95)
    dau = n.rel(pt, "f", keep=True)
    mo, prn = n.staff("hk"), n.staff("hk", sex="f")
    if n.grp_of(mo) != "hk" or n.grp_of(prn) != "hk":
        raise Redraw
    hkid = _hkid(n.r)
    hn = f"HN{n.dig(8)}({n.ch('0123456789AX')})"
    est, dist, reg = n.ch(HK_ADDR)
    addr = f"Flat {n.ri(1, 24)}, {n.ri(2, 38)}/F, {n.ch(['Block', 'Blk'])} {n.ch('ABCDEFG')}, {est}"
    d = n.today
    adm = d - timedelta(days=n.ri(4, 14))
    zh = _HK_ZH[pt.last] + _HK_ZH[pt.first]
    n.t("Hospital Authority - Clinical Management System                       Page 1 of 2\n")
    n.t("DISCHARGE SUMMARY    Queen Elizabeth Hospital    Ward ").t(f"{n.ri(5, 12)}{n.ch('ABCD')}\n")
    n.t("Name: ").nm(pt.SF).t(" (").nm(zh).t(")   HKID: ").p("ID", hkid).t("   HN: ").p("ID", hn).t("\n")
    n.t(f"Sex/Age: {pt.sex.upper()}/")
    _age(n, age).t("Y   DOB: ").d(dob, "dmon").t("\nAddress: ").p("ADDRESS", addr).t(", ").p("ADDRESS", dist)
    n.t(f", {reg}\nTel: ").p("PHONE", f"{n.ch('2369')}{n.dig(3)} {n.dig(4)}").t("   Contact person: ")
    n.nm(dau.SF).t(" (daughter) ").p("PHONE", f"{n.ch('569')}{n.dig(3)} {n.dig(4)}").t("\n")
    n.t("Admission: ").d(adm, "dash").t("   Discharge: ").d(d, "dash").t("\n\n")
    n.t("Principal diagnosis: Congestive heart failure\nInvestigations: NT-proBNP ")
    n.c(f"{n.ri(2000, 9000)} pg/mL").t(", Cr ").c(f"{n.ri(110, 220)} umol/L").t(", K ").c(f"{n.ri(35, 52) / 10:.1f}")
    n.t(", Echo LVEF ").c(f"{n.ri(25, 40)}%").t("\nDischarge medication: ").c("Furosemide 40mg BD")
    n.t(", ").c("Bisoprolol 2.5mg daily").t(", ").c("Empagliflozin 10mg daily").t("\n")
    n.t("Follow-up: MED SOPC ").d(d + timedelta(days=n.ri(40, 90)), "dash").t(". Dr ").nm(mo.SF).t(" (MO)\n")
    n.t("Printed by: ").nm(prn.SF).t(" (APN)   Printed at: ").d(d, "dmon").t(f" {n.tm(14, 18)}   ")
    n.t(f"Workstation: QEH-W{n.ri(5, 12)}-0{n.ri(1, 9)}   RESTRICTED\n")
    return n.build(_fhir(pt, dob, [("HKID", hkid), ("HN", hn)]))


JM_TOWN = [("Portmore", "St. Catherine"), ("Spanish Town", "St. Catherine"), ("Mandeville", "Manchester"),
           ("Montego Bay", "St. James"), ("Ocho Rios", "St. Ann"), ("Old Harbour", "St. Catherine")]
JM_ST = ["Cumberland Meadows", "Greater Portmore", "Caymanas Gardens", "Ingleside", "Irwin Heights",
         "Pimento Walk"]


def jm_whatsapp(n: C) -> Note:
    """WhatsApp (Android export) between a health-centre nurse and a patient's daughter (Jamaica)."""
    pt = n.pat("jm", sex="m")
    dob, age = n.old()
    dau = n.rel(pt, "f", keep=n.r.random() < 0.5)
    nurse, doc = n.staff("jm", sex="f"), n.staff("jm")
    town, parish = n.ch(JM_TOWN)
    lot = f"Lot {n.ri(2, 480)}, {n.ch(JM_ST)}"
    trn = f"1{n.dig(2)}-{n.dig(3)}-{n.dig(3)}"
    nhf = n.dig(9)
    d = n.today
    tt = [f"{h}:{m:02d} am" for h, m in n.times(8, 7, 11)]
    bps = [(n.ri(150, 178), n.ri(92, 104)) for _ in range(3)]
    n.t("WhatsApp chat with ").nm(dau.fl).t(" (daughter of ").t(f"{pt.title} ").nm(pt.last).t(", ")
    _age(n, age).t(" yrs) - exported to ")
    n.t("EHR by ").nm(nurse.fl).t("\n\n")
    n.d(d, "dmy").t(f", {tt[0]} - ").nm(dau.fl).t(": Morning nurse, daddy pressure them ")
    n.t("from yesterday \U0001f447\n")
    for i, (s, di) in enumerate(bps):
        n.d(d, "dmy").t(f", {tt[1 + i]} - ").nm(dau.fl).t(f": {['6am', '12pm', '9pm'][i]} ")
        n.c(f"{s}/{di}").t("\n")
    n.d(d, "dmy").t(f", {tt[4]} - ").nm(nurse.fl).t(": Thanks ").nm(dau.first)
    n.t(". Is he taking the ").c("amlodipine 10mg").t(" every morning and the ").c("losartan 50mg").t("?\n")
    n.d(d, "dmy").t(f", {tt[5]} - ").nm(dau.fl).t(": yes miss but him run out from ")
    n.t("tuesday, NHF card no. ").p("ID", nhf).t(" TRN ").p("ID", trn).t(" if u need it\n")
    n.d(d, "dmy").t(f", {tt[6]} - ").nm(nurse.fl).t(": Bring him in today, Dr ")
    n.nm(doc.last).t(" is in clinic.")
    n.t(" Confirm address still ").p("ADDRESS", lot).t(", ").p("ADDRESS", town).t(f", {parish}?\n")
    n.d(d, "dmy").t(f", {tt[7]} - ").nm(dau.fl).t(": yes miss \U0001f64f call me ")
    n.p("PHONE", f"(876) {n.ch('34589')}{n.dig(2)}-{n.dig(4)}").t(" if anything\n")
    return n.build(_fhir(pt, dob, [("TRN", trn), ("NHF", nhf)], None, lot, town))


KE_AREA = [("Kayole", "Nairobi", "00518"), ("Kibera", "Nairobi", "00100"), ("Nyalenda", "Kisumu", "40100"),
           ("Bamburi", "Mombasa", "80100"), ("Kaptembwo", "Nakuru", "20100"), ("Langas", "Eldoret", "30100")]


def ke_sms_log(n: C) -> Note:
    """HIV clinic appointment-reminder SMS log (CCC numbers, +254 phones) and defaulter tracing."""
    d = n.today
    mfl = n.dig(5)
    prn, chv = n.staff("ke"), n.staff("ke")
    pts = [n.pat("ke") for _ in range(3)]
    sup = n.rel(pts[2], "f", keep=True)
    area, city, box_pc = n.ch(KE_AREA)
    box = f"P.O. Box {n.ri(100, 9999)}"
    ccc = [f"{mfl}-{n.dig(5)}" for _ in pts]
    n.t(f"Appointment reminder SMS log - Comprehensive Care Clinic (MFL {mfl})   Printed ")
    n.d(d, "dmy").t(f" {n.tm(8, 12)} by ").nm(prn.fl).t("   Page 1 of 1\n")
    n.t("CCC No      | Client             | Phone            | Appt date  | SMS sent          | Status\n")
    phones = []
    for i, q in enumerate(pts):
        ph = f"+254 7{n.dig(2)} {n.dig(3)} {n.dig(3)}"
        phones.append(ph)
        ap = d + timedelta(days=n.ri(1, 3)) if i < 2 else d - timedelta(days=n.ri(14, 30))
        n.p("ID", ccc[i]).t(" | ").nm(q.fl).t(" | ").p("PHONE", ph).t(" | ").d(ap, "dmy").t(" | ")
        n.d(ap - timedelta(days=1), "iso").t(f" 09:0{i} | {['DELIVERED', 'DELIVERED', 'FAILED'][i]}\n")
    q = pts[2]
    dob, _ = n.dob(25, 55)
    nid = n.dig(8)
    n.t("\nDefaulter tracing - ").nm(q.fl).t(" (").p("ID", ccc[2]).t("), ID No. ").p("ID", nid)
    n.t(", missed appt. Last VL ").c("1,240 copies/mL").t(" on ").d(d - timedelta(days=n.ri(90, 150)), "dmy")
    n.t(", on ").c("TLD 1 tab od").t(". Phone ").p("PHONE", phones[2]).t(" off. Treatment supporter ")
    n.nm(sup.fl).t(" (sister) on ").p("PHONE", f"07{n.dig(2)} {n.dig(6)}").t(" says client moved to ")
    n.p("ADDRESS", area).t(", ").p("ADDRESS", city).t("; postal ").p("ADDRESS", box).t("-").p("ZIP", box_pc)
    n.t(". CHV ").nm(chv.fl).t(" to home-visit ").d(d + timedelta(days=2), "dmy").t(".\n")
    return n.build(_fhir(q, dob, [("CCC", ccc[2]), ("NationalID", nid)]))


# ------------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "secure messaging app thread", uk_chat_thread),
    ("uk", "hospital at night bleep log", uk_bleep_log),
    ("uk", "NHSmail forwarded 2WW chain", uk_email_fwd),
    ("uk", "raw speech-recognition dictation", uk_dictation),
    ("uk", "NHS App online consultation by a relative", uk_portal_msg),
    ("uk", "e-RS advice and guidance conversation", uk_ers_ag),
    ("uk", "EPR access audit extract", uk_audit_trail),
    ("uk", "printed cumulative pathology report", uk_print_report),
    ("sc", "service desk ticket with HL7 message", sc_hl7_ticket),
    ("sc", "transcribed practice voicemail", sc_voicemail),
    ("cy", "WPAS discharge CSV export", cy_csv_export),
    ("ni", "GP out-of-hours case summary", ni_ooh_case),
    ("us", "portal patient advice request", us_inbasket),
    ("us", "secure text thread", us_secure_text),
    ("us", "pager history export", us_pager_log),
    ("us", "Dragon-dictated H&P", us_dragon_hp),
    ("us", "interface error queue ORU", us_hl7_error),
    ("us", "pipe-delimited registry export", us_registry_export),
    ("us", "case management e-mail chain", us_email_snf),
    ("us", "privacy office access report", us_privacy_audit),
    ("us", "received fax referral", us_fax_referral),
    ("us", "referral work queue notes", us_referral_wq),
    ("au", "Teams chat copied to progress notes", au_teams_chat),
    ("au", "unmatched HL7 pathology result", au_hl7_inbox),
    ("au", "practice app patient message", au_portal_msg),
    ("au", "privacy unit access-log letter", au_privacy_letter),
    ("au", "letter typed from dictation", au_dictation_letter),
    ("au", "central referral unit record", au_referral_triage),
    ("ca", "Ocean eReferral (ON)", ca_on_ereferral),
    ("ca", "transcribed consult (BC)", ca_bc_dictation),
    ("ca", "MyAHS Connect message (AB)", ca_ab_portal),
    ("qc", "French-header e-mail chain (QC)", ca_qc_courriel),
    ("ca", "printed eChart summary (MB)", ca_mb_print),
    ("ca", "pipe-delimited lab export (SK)", ca_sk_pipe),
    ("ie", "HSE e-mail chain", ie_email_chain),
    ("ie", "printed ED record", ie_ed_printout),
    ("ie", "letter typed from digital dictation", ie_dictation_letter),
    ("ie", "husband's e-mail to CNS inbox", ie_family_email),
    ("nz", "clinical portal access audit", nz_access_audit),
    ("nz", "Celo secure chat referral", nz_secure_chat),
    ("nz", "ManageMyHealth message", nz_portal),
    ("sg", "polyclinic registry CSV", sg_registry_csv),
    ("hk", "CMS discharge summary printout", hk_cms_printout),
    ("jm", "WhatsApp with a patient's daughter", jm_whatsapp),
    ("ke", "appointment SMS log and tracing", ke_sms_log),
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
        seed = 67_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
