"""HELD-OUT v73 PHI corpus: written independently, before any round-73 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout70 / heldout71 / heldout72 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout72's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, not its template texts; its helper section - name groups, word-like-name
lists, date formats, check-digit helpers, the ``P`` / ``C`` classes - and a grep of its function and
table names, with the first and last entries of its ``TEMPLATES`` list, were seen, but this file's
name groups, word-like and eponym list, places, phone and date formats and templates are its own,
and its check digits are written from the published algorithms - several (NHS / H&C, CHI, Luhn,
PPSN, old-format NHI) necessarily computing the same way - and checked against separately written
validators); also a listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` lines of
``pyproject.toml`` and the installed Faker name lists and ``english-words`` web2 list (used offline
to build ``_FAKER_WORDS`` and to screen the curated names); the other held-out corpora being
written at the same time were not read; ruff check (not ruff format) was run on this file; the
scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import
of ``processors.deid`` - nor was any of its output looked at). Like v14-v72 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is modelled
on NEUROLOGY, STROKE AND NEUROREHABILITATION: thrombolysis / thrombectomy pathway records (NIHSS,
ASPECTS, door-to-needle minutes and doses clinical), stroke registry forms (SSNAP, Get With The
Guidelines, AuSCR), EEG, video-telemetry, EMG and nerve-conduction reports, MS and epilepsy clinic
letters and nurse logs, seizure diaries kept by families, driving-licence notifications and medical
certificates (DVLA, a California morbidity report, Queensland, NZTA, MTO, RoadSafetyBC, RSA),
neurorehab goal meetings, team conferences, admissions and discharges, and TIA clinic triage - in
the United Kingdom (12: England 8, Scotland 2, Wales 1, Northern Ireland 1), the United States
(11), Australia (6), Canada (5: Ontario, British Columbia, Manitoba, Alberta, Newfoundland and
Labrador), Ireland (3), New Zealand (3), India (2), South Africa (1), Singapore (1) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (8): hyperacute stroke unit thrombolysis
pathway records ("Mr / Mrs / Ms First LAST", spaced NHS number, hospital number, "d-Mon-yyyy" DOB
with age (>= 90 labelled), the paramedic's full name, "dd/mm/yyyy" pre-alert date with a separate
time, the wife's / husband's first name (twice), "Dr F Last" StR with a 4-digit bleep (PHONE), the
telestroke consultant, the stroke CNS signature with date and time; weight, door-to-needle minutes,
NIHSS, BP, labetalol, CBG, INR, ASPECTS, CTA finding and tenecteplase dose clinical; times of
door / CT / bolus unlabelled); SSNAP audit record exports (dotted-leader "1.3 Surname ....."
rows, the exporting clerk, SSNAP patient ID and unspaced NHS number (ID), surname in capitals and
forename as two NAME spans, DOB, postcode of usual address alone (ZIP), "Age on arrival" (>= 90
labelled), arrival / onset / imaging / swallow-screen dates each followed by a separate time;
team code and ethnicity code unlabelled; NIHSS, pre-stroke and discharge modified Rankin and the
alteplase dose clinical); routine EEG reports (EEG number "E24-nnnn" (ID), "First LAST", "dd.mm.yyyy"
DOB, hospital number, "Dr F. Last" referrer, "Weekday dth Month yyyy" recording date (weekday
outside), "dd/mm" last event, the clinical physiologist with an HCPC number "PSnnnnnn" (ID), the
reporting neurophysiologist and report date; levetiracetam dose, recording length, HV, photic
range, posterior rhythm and burst length clinical); epilepsy nurse letters to the patient about
DVLA driving (the nurse's direct line and nhs.net e-mail, "d Month yyyy" date, the patient's name,
street, town and postcode as an address block, "Dear First", "dth Month" seizure date, the GB
driving licence number built from the surname, DOB, sex and initials (ID, one span), "dth of Month
yyyy" earliest driving date, "Dr Last", "dth Month" dose change, the nurse's signature, "cc: Dr F.
Last" consultant and "Dr F Last" GP; the anti-seizure dose clinical); family seizure diaries
e-mailed by a parent (the parent's full name and personal e-mail, "Sent: d Month yyyy hh:mm", the
child's lower-case first name in the subject and text, hospital number, the nurse's and
consultant's lower-case names, a pasted diary table of "dd/mm" and "d/m" dates with times,
descriptions, durations and buccal midazolam doses, "(mum)" outside, a UK mobile in varied
forms; durations, midazolam and Keppra doses and weight clinical; the child's age never written);
TIA clinic referral triage sheets (e-RS UBRN "nnnn nnnn nnnn" (ID), "LAST, First (Ms)" with the
title outside, DOB, age (>= 90 labelled), dashed NHS number, street, town, postcode, home landline,
the daughter's full name and mobile, "Dr F. Last" GP with the practice unlabelled, "dd/mm" event
and slot dates, "Dr Last" SpR, the TIA nurse practitioner with bleep; ABCD2, BP, pulse, symptom
duration, aspirin / clopidogrel loading doses clinical); neurorehab goal planning meeting minutes
("Weekday dd/mm/yyyy" (weekday outside), "First LAST", "d Mon yyyy" DOB, hospital number, an
attendee list of full names with roles in brackets outside, first names alone as goal leads, "w/c
dd/mm" ("w/c" outside), the village of the patient's bungalow (ADDRESS), EDD; TICI grade, FIM+FAM,
Barthel, 10MWT, MoCA, HADS and baclofen clinical); nerve conduction / EMG reports ("LAST, First",
MRN, "Mr F. Last" hand surgeon, "dd Mon yyyy", a column table of latencies, amplitudes and
velocities, physiologist and neurophysiologist; temperature, every table value, EMG findings and
the CTS grade clinical). Scotland (2): thrombectomy referral telephone logs (date with a separate
time, the referring ST4's full name with a switchboard number, "FIRST LAST" in capitals, CHI (from
the DOB and sex), age (>= 90 labelled), the town the patient lives in (ADDRESS), the daughter's full
name and mobile, "Dr F. Last" INR consultant, SAS CAD reference (ID), the coordinator; mRS, NIHSS,
ASPECTS, CTA, collaterals, TNK dose and weight clinical) and MS clinic letters ("Our ref: AB/cd" -
the consultant's and secretary's initials, two NAME spans -, clinic and typed dates, the GP's
practice street, town and postcode (same town as the patient), "Dear Dr Last", "First LAST",
"dd.mm.yyyy" DOB, CHI, Glasgow-style "Flat 2/1, nn Street" line, town and postcode, a diagnosis year
alone (unlabelled), "dth Month" last infusion, the partner's first name, "dd/mm/yyyy" MRI, the MS
nurse cc'd with a landline; ocrelizumab, EDSS, T25FW, MRI result, IgG and lymphocytes clinical).
Wales (1): early supported discharge referrals for a Welsh-speaking patient (referral and "d Month
yyyy" discharge dates, full name, unspaced NHS number, DOB with age (>= 90 labelled), a street
line (Welsh or English), town and LL / SA / CF postcode, landline, the spouse's first name, the
OT referrer with ward bleep (PHONE), the ESD team lead; OCSP class, thrombolysis, mRS, Barthel,
mobility aid and medicines clinical). Northern Ireland (1): video-EEG telemetry summaries
(admission / discharge dates, "LAST, First", H&C number (mod 11) spaced or not, DOB, "dd/mm" event
dates each with a separate time, the mother's first name, "Dr F Last" SpR, consultant and EEG
physiologist; AED reduction doses, event types, durations and localisation clinical; "DVA"
unlabelled). United States (11): ED code stroke notes ("LAST, FIRST M", MRN and CSN, "m/d/yyyy" DOB,
age (>= 90 labelled), "mm/dd/yyyy" date of service, the son's first name and cell, "Dr. Last" NIR,
the attending ", MD (Vascular Neurology)" and the resident ", MD, PGY-3 Neurology" with a
"nnn-nnnn" pager; LAMS, itemised NIHSS total, glucose, BP, labetalol, ASPECTS, CTA, DTN, weight and
TNK clinical); Get With The Guidelines-Stroke abstraction forms (padded "Label:" columns, PMT
patient ID and MRN (ID), "Last Name" / "First Name" as two spans, DOB, age (>= 90 labelled), 5-digit
ZIP alone, arrival and discharge dates, an arrival time "hhmm" unlabelled, payer unlabelled, the
abstractor ", RN, SCRN" with date; NIHSS, door-to-needle, BP, LDL and statin clinical); California
confidential morbidity reports of a lapse of consciousness ("First M. Last", DOB, street (apartment
inside), city, "CA" unlabelled and ZIP, phone, California driver license "A1234567" (ID), episode and
start dates, the reporting physician with a medical license "G12345" and NPI (Luhn) (ID), phone;
diagnosis and anti-seizure drug clinical); EMG / NCS consultations ("Mon d, yyyy", "Last, First",
MRN, DOB with "(nn y)" (>= 90 labelled), "F. Last, PA-C", "m/d" surgery date, "First M. Last, MD -
Diplomate, ABPN"; height, NCS and needle-EMG table values clinical); epilepsy portal messages from a
parent ("From: First Last (proxy for First Last)" - a mother who may not share the child's surname
-, "m/d/yyyy h:mm PM", "hi dr last" and the child's lower-case first name, "sat m/d" / "sun m/d"
(weekday outside), a seizure-tracker share link with a token (URL), a phone, the RN reply with
"Hi First", "Dr. Last" and the RN's full name and clinic phone; durations and Nayzilam / Xcopri /
cenobamate doses clinical; the teenager's coming age unlabelled); inpatient rehabilitation team
conferences (date, full name, MRN, Medicare MBI (ID), "m/d/yy" admit and discharge dates, "Dr. Last
(PM&R)", ", DPT", ", OTR/L", ", MS, CCC-SLP", ", RN, CCM" outside NAME, the son's first name (twice)
and cell, the city where they live (ADDRESS; state unlabelled), "m/d" family training; impairment
group, LOS, GG scores, 10MWT, BBS, distance, diet level and pain clinical); MS letters of medical
necessity to an insurer (clinic phone and fax, "Month d, yyyy", "First M. Last", DOB, member ID and
PA case number (ID), "Ms. Last", month-year diagnosis "Month yyyy" and relapse dates "mm/yyyy"
(DATE), MRI date, ", MD" with NPI and DEA number (check digit; ID); DMF, ALC, IVMP, MRI lesions,
EDSS and ocrelizumab doses clinical); neuro ICU sign-outs in lower case (three patients: "bed n
last, first 57m" - the age run into the sex letter, >= 90 labelled -, "m/d", "dtr first is hcpoa"
with cell, "dr last", "spouse first", "-- first (nf), pgr nnn-nnnn"; Hunt-Hess / modified Fisher
codes, ICP, Na, nimodipine, TCD velocities, ICH volume and score, nicardipine, TICI and NIHSS
clinical; bed numbers and times unlabelled); 90-day post-stroke follow-up calls ("LAST, FIRST",
MRN, DOB, age (>= 90 labelled), index admission dates, "m/d" call attempts with phones, the
daughter's full name (her own surname) and the city she lives in (ADDRESS), "m/d" ED visit, the
coordinator ", RN"; diagnosis, mRS, medicines and home BP clinical); botulinum toxin spasticity
procedure notes ("mm/dd/yyyy", full name, MRN, DOB, ", DO (PM&R)", ", LPN", "Dr. Last", the OT's
first name; lot number unlabelled; Modified Ashworth grades, dilution, a dose-per-muscle table and
totals clinical); DBS programming visits ("First M. Last", MRN, DOB, implant date, IPG serial number
(ID), the spouse's first name, ", NP-C", "Dr. Last"; UPDRS scores, contacts, amplitude, pulse
width, rate and levodopa / amantadine doses clinical). Australia (6): ED code stroke records
(Ambulance Victoria case number (ID), "Mrs / Ms / Mr First LAST", UR, "d/m/yyyy" DOB, age (>= 90
labelled), Medicare "nnnn nnnnn n" (check digit, issue number inside), street, suburb, "VIC"
unlabelled and postcode, the son's full name and mobile, "dd/mm" last-seen-well date, "Dr Last"
VST neurologist, "F. Last" registrar; MASS, NIHSS, CT perfusion volumes, mismatch ratio, TNK,
weight, time to needle, BP and BSL clinical); AuSCR episode data forms (the data collector, entry
date, "Family name" in capitals and "Given name(s)" as two spans, DOB, age (>= 90 labelled),
postcode alone, unspaced Medicare, IHI "8003 60nn nnnn nnnn" (Luhn; ID), admission, discharge and
opt-out dates, a "1800" registry line; stroke type, onset-to-treatment or the reason for no
thrombolysis clinical); Queensland private / commercial driver medical certificates (customer
reference (licence) number (ID), "Family name" / "Given name(s)" in capitals as two spans, DOB,
street (unit "n/nn" inside), suburb, "QLD" and postcode, mobile, "seizure-free since dd/mm/yyyy",
"Dr First Last" with AHPRA "MED000nnnnnnn" and Medicare provider number (check character) (ID),
practice landline, date; anti-seizure dose and the driving standard periods clinical); subacute
rehab admission summaries (episode start, UR, "First LAST", DOB with age (>= 90 labelled), an NDIS
participant number "43nnnnnnn" under 65 or a My Aged Care ID "ACnnnnnnnn" (ID), the partner's full
name and mobile, event date, "Dr F. Last" and first-name PT / OT; AROC impairment code, FIM,
AN-SNAP class, mobility and medicines clinical); MS nurse phone logs in lower case ("dd/mm/yy
hhmm", lower-case full name, UR, "d/m/yy" DOB, mobile, "dr last" GP with the suburb of the practice
(ADDRESS), "mm/yy" last relapse (DATE), "d/m/yy" infusion date, "d/m" IVMP start, the spouse's
lower-case first name, "- first, ms cns"; lymphocytes, EDSS, walking distance and IVMP dose
clinical); TIA clinic letters to the GP (clinic phone and fax, "d Month yyyy", the GP's name and
practice street, suburb, state (unlabelled) and postcode, "Dear Dr Last", "Re: Mr First LAST",
"dd.mm.yyyy" DOB, UR "Annnnnn", an "85-year-old" (>= 90 labelled), "d/m/yyyy" visit, the stroke
fellow "for A/Prof First Last"; ABCD2, CTA, MRI, DAPT doses and duration, statin, BP target and
driving stand-down clinical). Canada (5): Ontario stroke prevention clinic referrals (fax,
"yyyy/mm/dd" dates, "LAST, First", OHIP "nnnn-nnn-nnn XY" (Luhn; version code inside the span),
street, city, "ON" and postal code, phone, MTO report with the Ontario driver's licence number
"Annnn-nnnnn-nnnnn" built from the surname initial and the DOB (month + 50 for women) (ID), "Dr.
First Last (Emergency)" with CPSO and billing numbers (ID); symptoms, BP, ECG, imaging and
antiplatelet loading clinical); BC first seizure clinic letters ("Month d, yyyy", "Dr. First
Last" at an unlabelled clinic, "Re: First LAST, PHN nnnn nnn nnn (mod 11), DOB yyyy-mm-dd", unit
street, city, BC and postal code, "Dear Dr. Last:", "Month d, yyyy" seizure date, "Month dth" EEG
date, "Ms. Last" and the partner's first name, a RoadSafetyBC driver's licence number (ID), ", MD,
FRCPC" with phone; durations, EEG / MRI results and lamotrigine titration clinical); Manitoba stroke
unit nursing admissions (ISO date with "hhmmh", "First LAST", PHIN (9 digits), MHSC registration
number and MRN (ID), ISO DOB, age (>= 90 labelled), street, city, MB and postal code, the spouse's
first name and phone, the RN; swallow screen, NIHSS, Canadian Neurological Scale, BG, T, BP, falls
risk and skin clinical); Alberta neurorehab discharge summaries ("Last, First M", ULI "nnnnn-nnnn"
(Luhn), MRN, "yyyy Mon dd" DOB, admission, discharge and injury dates, the spouse's first name,
unit-street, city, AB and postal code, the home care case manager with phone, ", MD, FRCPC (PM&R)",
"D:" / "T:" ISO dictation dates; diagnosis, PTA, FIM, MoCA and medicines clinical); Newfoundland and
Labrador telehealth neurology consultations ("dd-Mon-yyyy", full name, MCP number (12 digits, ID),
street (unit inside), city, NL and postal code, phone, the LPN facilitator, the video endpoint's
address (IP), "Dr. F. Last", "Mon d" next clinic, ", MD, FRCPC"; ice-pack test, ptosis,
power and pyridostigmine doses clinical). Ireland (3): ED thrombolysis checklists ("dd/mm/yyyy"
with the arrival time separate, "First LAST" with fadas, MRN, DOB with age (>= 90 labelled), street
or townland, town, "Co. ..." unlabelled and Eircode, the daughter's full name and mobile, the GP,
the spouse's first name, "Dr F. Last" registrar, "Dr Last" consultant, ", CNM1", a "(0nn) nnn nnnn"
switch number; NIHSS, BP, glucose, weight and weight-based alteplase bolus / infusion doses
clinical); epilepsy clinic notes ("Fri dd/mm/yyyy" (weekday outside), full name, MRN, DOB, PPSN
(SSN), street, town, county and Eircode, mobile, the RANP, "Dr Last", "dth Month" and "d Month"
dates, an RSA driving licence number (ID), "cc: Dr First Last, GP" with landline; seizure duration,
lacosamide, folic acid and contraception clinical); brain injury pre-admission assessments ("dth
of Month yyyy", the case manager, "First M. Last", MRN, DOB, "PPS No." PPSN (SSN), street, town,
county and Eircode, injury date, the wife's first name (twice) and mobile; GCS, injury, PTA, DRS,
FIM+FAM and category clinical). New Zealand (3): stroke discharge checklists ("First LAST", NHI
(old format, check digit), "d/m/yyyy" DOB, age (>= 90 labelled), street, suburb, city and postcode,
the daughter as whānau contact with mobile, the GP with a "(0n)" landline, discharge date, a 5-digit
extension (PHONE); OCSP class, mRS, medicines and the driving stand-down clinical); NZTA driver
licence medical certificates (licence number "AAnnnnnn" (ID) with the 3-digit version unlabelled,
"First LAST", DOB, NHI, street, suburb, city and postcode, TIA date, "Dr First Last" with MCNZ
registration number (ID), phone, date; TIA details, stenosis, BP and visual fields clinical);
paediatric epilepsy clinic letters ("d Month yyyy", "Dr First Last" GP, "Kia ora Dr Last", Māori,
Pākehā or Cook Islands "First LAST", NHI, DOB, the child's age (unlabelled), street, suburb, city,
postcode, mum's first name (twice), the koro's full name, a whānau support worker's first
name, EEG date, the epilepsy nurse's mobile, "Ngā mihi"; EEG, absence counts, weight-based
ethosuximide and weight clinical). India (2): stroke unit case sheets (UHID, IPD number and ABHA
number "91-nnnn-nnnn-nnnn" (ID), "Mr. / Smt." outside, "71/M" unlabelled, the son as attendant with
a mobile, "Plot No. n, Sector n, Locality" line and city (ADDRESS), state unlabelled, PIN code,
"dd-mm-yyyy" admission date with a separate time; window period, medicines, BP, PR, RBS, NIHSS,
ASPECTS and weight-based tenecteplase clinical) and neurology OPD prescriptions ("dd/mm/yy", OPD
registration number (ID), "Smt. First Last", "nn yrs" unlabelled, "nnnnn-nnnnn" mobile, "Vill.",
"Teh." and "Distt." names (three ADDRESS spans; "(Raj.)" unlabelled), "d/m" last seizure, "Dr. First
Last, MD, DM (Neurology)" with a state council registration number "RMC/nnnnn" (ID); CT finding, BP
and the "T." doses clinical). South Africa (1): medical admissions for stroke (folder number, SA ID
number (DOB, sex digits, Luhn), full name, age unlabelled, a street or "No. nnnn Site C" line, township
and postal code, "08x" cell, the daughter's full name with a "+27" cell, "dd/mm/yyyy" and "dd/mm"
dates with separate times, "Dr First Last (intern)", "Dr F. Last (MO)"; HCTZ, amlodipine, TLD, VL,
CD4, GCS, BP, HGT, CT result and aspirin / atorvastatin clinical). Singapore (1): community
hospital rehabilitation referrals ("dd Mon yyyy", "SURNAME Given Name" Chinese order as one span,
NRIC "S / T nnnnnnn X" (check letter), "87/F" age (>= 90 labelled), MRN, DOB, "Blk nnn Town Street
nn #nn-nnn" (ADDRESS), "Singapore" unlabelled and the 6-digit postal code, the son's English first
name with the family surname, "+65" mobile and 8-digit home number, the foreign domestic helper's
first name alone, "Dr Surname Given" with an SMC registration "MnnnnnX" (ID); diagnosis, HbA1c,
MBI, FAC, AMT and medicines clinical). Jamaica (1): neurology clinic follow-up notes (date, docket
number, full name, DOB with "(nn yrs)" unlabelled, TRN "nnn-nnn-nnn" and NHF card number (ID), "Lot
nnn, Scheme" line and town (ADDRESS) with the parish unlabelled, "(876)" / "876-" / "1-876-"
phones, the mother's full name, "dd/mm/yyyy" last seizure, "Dr First Last (SR)" and "Dr Last
(consultant)"; carbamazepine / phenytoin doses, BP and gum hypertrophy clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Lancashire / Yorkshire surnames), British Pakistani, British Sikh, British Gujarati, British
Caribbean and Polish (surnames that take the bearer's sex: Michalski / Michalska); Scottish; Welsh;
Northern Irish; US white, African American, Hispanic and Vietnamese American; Anglo, Greek and
Lebanese Australian; English Canadian (Prairie Mennonite, Ukrainian and Maritime surnames), Filipino
Canadian and Newfoundland; Irish with fadas; Pākehā, Māori and Cook Islands; North and South
Indian; Black and Cape Coloured / Cape Malay South African; Chinese Singaporean (two-syllable given names, the
surname written first); Jamaican), about one patient name in five (UK, US, AU, CA, IE, NZ, IN groups)
from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (a relative of a
Faker patient takes a Faker first name too). Word-like, eponymous and place names are never drawn
(``BAD_NAMES``: common nouns, colours, trades and virtue names - Ward, Bell, Rose, Hope, Day,
Porter, Bishop, Cook, Young, Long, Brown - word-like syllables (Soon, Boon, Hock, Ling), the eponyms
of this field's scales, signs, syndromes and devices (Rankin, Barthel, Glasgow, Ashworth, Tardieu,
Berg, Fugl-Meyer, Hunt, Hess, Fisher, Spetzler, Fazekas, Babinski, Romberg, Hoffmann, Tinel,
Phalen, Lhermitte, Uhthoff, Todd, Horner, Wernicke, Broca, Guillain, Barré, Parkinson, Huntington,
Willis, Charcot, Dravet, Lennox, Gastaut, Rasmussen, Jackson, Wada, Lambert, Eaton, Kernig,
Brudzinski, Cushing, Monro, Sylvius, Rolando, Binswanger, Hoover, Gowers, Hachinski, Bamford,
Rivermead, Addenbrooke, Folstein, Hodkinson, Kurtzke, McDonald, Dawson, Lewy, Pick, Wilson,
Friedreich, Tinetti, Wechsler, Stroop, Rey, Westmead, Braden, Morse, Bland, Bobath, Holter, Ommaya
...) and the towns, suburbs and cities used; Faker draws also skip ``_FAKER_WORDS``, the Faker names
that are lower-case words in the english-words web2 list). Relatives take a first name from the
family's group (or the same Faker locale); blood relatives keep the surname (a Polish surname takes
the relative's sex), a spouse, a mother or a daughter may have another; staff in the UK, US, AU, CA,
IE and NZ come from the local groups and, about one in four, a mixed international workforce
(Filipino, Keralite, Nigerian, Zimbabwean, Egyptian and Pakistani); elsewhere staff are local; a
Singapore helper's first name comes from Filipino and Indonesian names. Forms: "First Last",
"First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST, FIRST", "LAST, FIRST M", "Last,
First M", "First M. Last", "F. Last", "F Last", "Dr Last" / "Dr. Last" / "dr last", lower-case full
names ("last, first" and "first last"), lower-case first names and surnames, first names alone,
separate "Surname" / "Forename", "Last Name" / "First Name" and "Family name" / "Given name(s)"
fields (two spans), "SURNAME Given Name" (Singapore, one span), "Dr Surname Given" (one span) and
two-letter reference initials "AB/cd" (two spans). No initials spell a clinical or common
abbreviation (``BAD_INITS``), and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string - or a word of a labelled name - also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout70 - heldout72): titles, roles and credentials ("Dr", "Dr.", "dr", "Mr",
"Mrs", "Ms", "Mr.", "Ms.", "Smt.", "A/Prof", ", MD", ", DO", ", RN", ", LPN", ", RN, SCRN", ", RN,
CCM", ", DPT", ", OTR/L", ", MS, CCC-SLP", ", NP-C", ", PA-C", ", MD, FRCPC", ", MD, FRCPC (PM&R)",
", MD, DM (Neurology)", ", CNM1", ", MD - Diplomate, ABPN ...", "(StR)", "(SpR)", "(SR)", "(MO)",
"(intern)", "(OT)", "(PT)", "(SLT)", "(RN)", "(RANP)", "(consultant)", "(mum)", "(daughter)",
"(husband)", "(wife)", "(patient)", "(nf)", "(FDW ...)", "Stroke CNS", "Consultant Neurologist")
are outside NAME spans; "LAST, First" is one NAME span; separate surname and forename fields are
two spans; a Singapore "SURNAME Given Name" is one span. A street line (with flat / unit /
apartment part, "Flat 2/1, ...", "n/nn ...", "nnn-nnn ...", "Plot No. ..., Sector ..., Locality",
"No. nnnn Site C", "Lot nnn, Scheme", "Blk nnn ... #nn-nnn"; also a GP practice's street), a townland,
village, tehsil, district, suburb, township, town or city where a person lives or a practice stands
is ADDRESS; a state, province, county, parish or country ("VIC", "QLD", "ON", "BC", "MB", "AB",
"NL", "CA", "Co. Mayo", "Rajasthan", "(Raj.)", "St. Catherine", "Singapore") is not PHI; UK
postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ postcodes, Indian PIN codes, South
African postal codes and Singapore postal codes are ZIP. DATE: anything more specific than a year,
in the formats above - also "d-Mon-yyyy", "dd Mon yyyy", "dth of Month yyyy", "Month dth", "yyyy
Mon dd", "mm/yyyy", "mm/yy", "Month yyyy", "m/d/yy", "d/m/yy", "dd/mm", "d/m" and "m/d"; weekdays
("Tuesday", "Fri", "sat", "sun") stay outside; "w/c" stays outside; a date followed by a separate
time labels only the date; times of day ("14:05", "1035h", "0237"), years alone (a diagnosis year,
"(2022)" guideline editions), durations, ages < 90 and follow-up intervals ("6/12", "4/7") are
never labelled. AGE: ages >= 90 only, number part only (also "91f" in a sign-out, where the sex
letter stays outside). PHONE: mobiles, landlines, direct lines, switchboards, fax numbers,
4-digit bleeps, 5-digit extensions, "nnn-nnnn" pagers and "1800" numbers, in the regional forms
shown ("+44 7xxx", "07xxx-xxxxxx", "(07) xxxx xxxx", "04 xxxx xxxx", "(xxx) xxx-xxxx", "xxx.xxx.xxxx",
"1-876-", "+65", "+27", "+64", "+61", "+353"); labels ("Tel", "Mob", "Cell", "Ph", "Fax", "bleep",
"pgr", "ext", "Switch") outside. SSN: Irish PPSNs (also after "PPS No."). ID: NHS (mod 11; spaced,
dashed or unspaced), CHI (from the DOB and sex), H&C (mod 11), hospital / MRN / CSN / UR / UHID /
IPD / OPD / folder / docket numbers, the e-RS UBRN, SSNAP and GWTG registry patient IDs, EEG
numbers, HCPC registration, SAS CAD and Ambulance Victoria case references, GB driving licence
numbers (built from the surname, DOB, sex and initials), California, Queensland, RoadSafetyBC,
Ontario (built from the surname initial and DOB), Irish and NZ driving licence numbers, US
Medicare MBI, NPI (Luhn), DEA (check digit), a California medical license, insurer member ID and
PA case number, IPG serial number, AU Medicare (check digit, issue number inside), IHI (Luhn),
AHPRA registration, Medicare provider number (check character), NDIS and My Aged Care IDs, OHIP
(Luhn, version code inside), CPSO and OHIP billing numbers, BC PHN (mod 11), Manitoba PHIN and
MHSC registration numbers, Alberta ULI (Luhn), NL MCP number, NZ NHI (check digit) and MCNZ
registration, ABHA number, a state medical council registration, SA ID number (Luhn), Singapore
NRIC (check letter) and SMC registration, Jamaican TRN and NHF card numbers. EMAIL: a nurse's
nhs.net address and a parent's personal address. URL: a seizure-tracker share link with a
token. IP: a telehealth video endpoint address. Not PHI and unlabelled: hospital, ward, unit,
clinic, practice, service, registry and programme names, team codes, form numbers (FEP1, D501,
F3712), drug lot numbers, licence version numbers, ethnicity codes, payer names, bed numbers, "DVA",
"MTO", "RSA", "NZTA", "AV", the facility site named in passing, times of day and years alone.
Vitals, labs, scores (NIHSS and its items' total, ASPECTS, mRS, ABCD2, LAMS, MASS, TICI, Hunt-Hess
/ modified Fisher codes, ICH score, GCS, EDSS, T25FW, FIM, FIM+FAM, GG scores, BBS, 10MWT, MoCA,
HADS, Barthel, MBI, FAC, AMT, DRS, Canadian Neurological Scale, MDS-UPDRS, Modified Ashworth, AROC
impairment codes, AN-SNAP class, OCSP class), imaging results and volumes, EEG / EMG / NCS values,
durations of events, door-to-needle and onset-to-treatment minutes, drug doses (also weight-based
tenecteplase and alteplase), DBS settings, weights and driving stand-down periods are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 73_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to reviews in late 2025). Run it only for final figures: its misses and lost
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

# ------------------------------------------------------------------------------ names
# group -> (male first names, female first names, surnames); "m/f" surnames take the bearer's sex;
# "+" joins the words of one name ("Wei+Ming", "Van+Wyk")
_G: dict[str, tuple[str, str, str]] = {
    "eng": ("Trevor Gavin Martyn Declan Leighton Howard Kenneth Terence Roderick Lionel Barrington Gareth",
            "Janice Beverley Maureen Pauline Yvonne Tracey Christine Gillian Wendy Sandra Lesley Marianne",
            ("Ackroyd Brocklehurst Cheetham Ormerod Hattersley Nuttall Lomax Heywood Sowerby Holroyd Mottram "
             "Fazackerley Catterall Eckersley Postlethwaite Warburton Tattersall Royle Gledhill Pilkington")),
    "bpk": ("Zubair Asif Shahid Arif Waqar Sajid Tahir",
            "Rubina Shazia Bushra Sabeena Nazia Samina Shaheen",
            "Mahmood Iqbal Siddiqui Rafiq Aslam Mirza Anwar Hanif"),
    "bsk": ("Harjit Kuldip Jaswant Gurdev Sukhwinder Balvinder",
            "Harpreet Kulwinder Manjeet Parminder Sukhjit Rajinder",
            "Bains Sidhu Dhillon Sandhu Grewal Bhogal Sahota"),
    "bgu": ("Rakesh Nitin Hitesh Jayesh Bharat Mahendra",
            "Meena Hema Bhavna Jyoti Sheetal Hansa",
            "Parekh Desai Thakkar Lakhani Solanki Chauhan Vekaria"),
    "bca": ("Winston Delroy Errol Leroy Clifton Desmond Lascelles Neville",
            "Marcia Claudette Paulette Sonia Yvette Hortense Merline Joycelyn",
            "McFarlane Gayle Facey Whyte Morrison Reid Forbes Bryan Lindo Samuels Ebanks"),
    "pol": ("Jarosław Bartosz Dariusz Przemysław Sławomir Rafał",
            "Joanna Aleksandra Renata Bożena Grażyna Iwona",
            ("Nowak Wróbel Kowalczyk Pawlak Michalski/Michalska Jankowski/Jankowska "
             "Grabowski/Grabowska Zając Krawczyk Nowicki/Nowicka")),
    "sco": ("Lachlan Ewan Iain Torquil Finlay Alistair Neil Murdoch Fergus",
            "Kirsteen Moira Elspeth Iona Marion Sheena Rhona Ishbel Kirsty",
            ("MacInnes MacPhail Lamont Ferguson Cameron Sutherland Dunbar MacRae Galbraith Menzies "
             "Kinnear Crichton Lindsay Gilchrist")),
    "wel": ("Idris Bryn Elfed Meirion Cledwyn Tomos Deiniol Islwyn Alun",
            "Gwenllian Mererid Heledd Elin Catrin Glenys Delyth Eirlys Nerys",
            "Rowlands Humphreys Watkins Llewelyn Edwards Morgan Davies Roberts Hughes Gruffydd Bowen Meredith"),
    "nir": ("Seamus Eunan Fintan Dermot Wesley Raymond Cormac Aidan Brendan",
            "Bernadette Nuala Deirdre Sinead Philomena Gillian Ursula Catriona",
            ("McGlinchey Quinn McCrea Hutchinson McKeown Mullan Corrigan Gilmore McNally Loughran Quigley "
             "McCloskey Hegarty Doherty")),
    "usw": ("Randall Dwight Clayton Wesley Lyle Curtis Gregory Duane Kurt Russell",
            "Tammy Rhonda Sheryl Brenda Kimberly Deanna Stacy Melinda Darlene Krista",
            ("Olmstead Haverkamp Brinkman Schaefer Lundgren Whitacre Vanderpool Hochstetler Eberhardt "
             "Kaminski Novotny Hatfield Stoltzfus Ostrander")),
    "usb": ("Jermaine Darius Rashad Cornell Alonzo Maurice Dwayne Terrell",
            "Latasha LaShonda Tiana Shaniqua Yolanda Kiara Tamika Denise",
            "Holloway Pruitt Coleman Bynum Fulton Rucker Merriweather Tillman Gaither Whitlock"),
    "ush": ("Eduardo Fernando Armando Gilberto Héctor Ignacio Rodolfo Abelardo",
            "Maricela Rosalinda Alejandra Veronica Claudia Adriana Consuelo Yadira",
            "Gallegos Espinoza Maldonado Salazar Cervantes Orozco Villalobos Trujillo Benavides Alvarado"),
    "usv": ("Tuan Minh Quang Khanh Phuoc",
            "Thuy Hoa Ngoc Hanh Trinh",
            "Nguyen Tran Pham Huynh Truong Luong"),
    "aus": ("Damien Craig Wayne Glenn Shaun Warrick Kym Darren Brett",
            "Tanya Kerri Belinda Melissa Jodie Narelle Tegan Kirra Leanne",
            "McGrath Carmody Kearney Delaney Treloar Penhaligon Hocking Nankervis Rossiter Fahey Quinlan Hannaford"),
    "augr": ("Stavros Christos Spiros Kosta Anastasios Panagiotis",
             "Voula Angeliki Stavroula Paraskevi Fotini Eleni",
             "Papadopoulos Christodoulou Karagiannis Tsiolis Kyriakou Nikolaidis Vlahos"),
    "aulb": ("Elias Bilal Samir Fadi Ziad Antoine",
             "Nadia Rania Layla Mirna Zeina Rita",
             "Haddad Khoury Nassar Saliba Taleb Fakhoury Abboud Chahine"),
    "can": ("Garth Rodney Lorne Clifford Darcy Brent Ryan",
            "Sheila Marlene Cheryl Debra Joanne Heidi Lorraine Trudy",
            ("Schellenberg Klassen Dueck Janzen Andrusiak Hnatiuk Yaremko Lapointe MacIsaac McNeil "
             "Gillis Pottie Kroeker")),
    "cafi": ("Jerome Reynante Marvin Jomel Rommel",
             "Maricar Joanna Rhodora Liezel Cherryl",
             "Santos Reyes Aquino Soriano Manalastas Dimalanta Sarmiento"),
    "nfl": ("Clarence Wilfred Gerald Cyril Leonard Melvin",
            "Phyllis Bernice Loretta Theresa Doreen Glenda",
            "Furey Hynes Penney Noseworthy Tobin Hiscock Keough Mullowney Tizzard"),
    "iri": ("Seán Ciarán Darragh Oisín Lorcan Tomás Peadar Micheál Colm",
            "Aoibheann Sinéad Clíona Muireann Siobhán Eimear Ailbhe Orlaith Bláthnaid",
            ("Brosnan Culhane Fennelly Hennigan Keaveney McGettigan Naughton O'Dwyer O'Riordan "
             "Prendergast Twomey Ruane Mulready Gilligan")),
    "nzp": ("Hamish Stuart Regan Dougal Brendon Kieran",
            "Raewyn Lynette Kerryn Janine Glenys Alison",
            "Crosbie McAlpine Ferrier Tunnicliffe Carmichael Bisset Jardine Rennie Brebner"),
    "mao": ("Rāwiri Tama Hōne Nikora Whetu Aperahama",
            "Aroha Moana Hinemoa Ngaio Pania Wairimu",
            "Waaka Ruatapu Tamihana Horomona Pomare Kereama Hetaraka Paraone"),
    "cki": ("Teariki Mataiti Tupou Tangi",
            "Tepaeru Mareta Ngapoko Teina",
            "Tangitoru Pokoati Tuara Tamarua Vainerere"),
    "inn": ("Arvind Gaurav Rohit Sachin Vivek Alok Tarun Ashish",
            "Shweta Meenu Ritu Nidhi Preeti Komal Swati Sunita",
            "Gupta Mishra Pandey Tripathi Dubey Rastogi Chaturvedi Malhotra Khanna Tandon"),
    "ins": ("Murugan Senthil Karthikeyan Prabhu Ramesh Balaji Naveen Srinivas",
            "Kavitha Malathi Saranya Deepa Jayanthi Selvi Vasanthi Revathi",
            "Ramasamy Sundaram Natarajan Raghavan Reddy Naidu Gowda Hegde Shetty Venkataraman"),
    "zax": ("Lunga Siyabonga Mzwandile Xolani Thabiso Tshepo Kagiso Lebohang",
            "Nosipho Ntombi Thandiwe Palesa Dineo Lerato Nolwazi Zodwa",
            "Mokoena Ndlovu Molefe Mabaso Sithole Mthethwa Radebe Nxumalo Mahlaba Tshabalala"),
    "zac": ("Ebrahim Ashraf Clinton Mogamat Ridwaan Shafiek",
            "Fatima Raeesa Charmaine Shireen Ilhaam Nazeema",
            "Isaacs Hendricks Abrahams Petersen Solomons Fortuin Arendse Jacobs"),
    "sgc": ("Wei+Ming Chee+Keong Kah+Wai Yong+Sheng Jun+Hao Kok+Wah",
            "Siew+Hwee Mei+Yun Geok+Lan Hui+Min Swee+Lian Ai+Hwa",
            "Lim Goh Ong Teo Koh Chua Wong Yeo Seah Quek Toh"),
    "jam": ("Delroy Errol Garfield Fitzroy Dwayne Omar Courtney Ainsley",
            "Marcia Shanique Tamika Keisha-Ann Nadine Camille Sophia Tanisha",
            "Campbell Stewart McKenzie Gayle Facey Lindo Samuels Walters McLean Reid Ebanks Thorpe"),
    # a mixed international workforce: staff in the UK, US, AU, CA, IE and NZ are drawn from these about
    # one time in four (first name and surname from the same group)
    "phl": ("Arnel Rodel Jonathan Ronaldo Efren", "Mylene Joanna Rowena Lorelei",
            "Villanueva Bautista Pangilinan Macaraeg Tolentino"),
    "ker": ("Jijo Shibu Anish Binoy Sajan", "Jincy Sherin Ancy Remya Linta",
            "Mathew Kuriakose Thekkekara Palatty Puthenpurackal"),
    "nga": ("Olufemi Chidi Tunde Ikechukwu Yakubu", "Funke Chinwe Amina Titilayo Uchenna",
            "Adeleke Okafor Nwankwo Balogun Ibekwe"),
    "zwe": ("Tapiwa Tonderai Farai Munyaradzi", "Chipo Rudo Tariro Nyasha",
            "Chigumba Makoni Mushonga Zinyama"),
    "egy": ("Mostafa Karim Ayman Hesham", "Yasmin Heba Nermeen Salma",
            "Abdelaziz Elshafei Hamdy Ragab"),
    "pak": ("Usman Bilal Hamza Ahsan", "Sana Mehwish Aqsa Rabia",
            "Chaudhary Awan Qazi Abbasi Janjua"),
    # helpers (foreign domestic workers) in Singapore: first names alone
    "fdw": ("Arnulfo", "Marites Jennylyn Siti+Rahayu Ani Wulandari Rosalie", "Dela+Paz"),
}


def _words(s: str) -> list[str]:
    return s.replace("+", " ").split()


def _names(s: str) -> list[str]:
    return [w.replace("+", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_names(m), _names(f), _names(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region (a group is drawn, then the first name and surname from it)
PAT = {"uk": ["eng", "eng", "eng", "eng", "bpk", "bsk", "bgu", "bca", "pol"], "sc": ["sco"], "cy": ["wel"], "ni": ["nir"],
       "us": ["usw", "usw", "usb", "ush", "usv"], "au": ["aus", "aus", "augr", "aulb"],
       "ca": ["can", "can", "cafi"], "nl": ["nfl"], "ie": ["iri"], "nz": ["nzp", "nzp", "mao", "cki"],
       "in": ["inn", "ins"], "inn": ["inn"], "za": ["zax", "zac"], "sg": ["sgc"], "jm": ["jam"]}
STAFF_INTL = ["phl", "ker", "nga", "zwe", "egy", "pak"]
FAKER_LOC = {"eng": "en_GB", "sco": "en_GB", "wel": "en_GB", "nir": "en_GB", "usw": "en_US", "aus": "en_AU",
             "can": "en_CA", "nfl": "en_CA", "iri": "en_IE", "nzp": "en_NZ", "inn": "en_IN", "ins": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like names, eponyms of this field (scales, signs, syndromes, devices) and place names: never drawn
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Gold
Wood King Knight Mason Baker Miller Fisher Hunter Page Price Rich Sharp Little Stone Marsh Moss Lane Hall
Field Banks Steel Summer Winter Love Joy Grace Faith Mercy Dawn Ivy Lily Holly April May June Will Mark
Jack Frank Chase Hunt Booth Church Parker Cross Pope Street Glass Fox Wolf Lamb Bird Crane Swan Best
Drake Finch Nash Sage Rush Rivers Ray Major Noble Golden Savage Sweet Moody Read Case Fair Way Kerry
Wells Hale Heath Holt Brooks Ford Shaw Chad Troy Travis Parry Pugh Power Pike Butt Squires Harder Wade
Grant Blair Marquis Tammy Soon Boon Hock Bee Ling Hoon Rankin Barthel Glasgow Ashworth Tardieu Berg
Fugl Meyer Hess Spetzler Fazekas Hunt Babinski Romberg Hoffmann Hoffman Tinel Phalen Lhermitte Uhthoff
Todd Horner Wernicke Broca Korsakoff Guillain Barre Parkinson Huntington Alzheimer Willis Rinne Weber
Dix Hallpike Epley Holmes Adie Argyll Robertson Gunn Marcus Sequard Wallenberg Ramsay Charcot Marie
Tooth Duchenne Becker Erb Klumpke Dravet Lennox Gastaut West Rasmussen Jackson Wada Lance Adams
Creutzfeldt Jakob Devic Schilder Tolosa Bickerstaff Lambert Eaton Kernig Brudzinski Cushing Monro
Kellie Sylvius Rolando Binswanger Sturge Hoover Oppenheim Chaddock Trendelenburg Gowers Hachinski
Bamford Rivermead Addenbrooke Folstein Hodkinson Boston Kurtzke McDonald MacDonald Dawson Tourette
Sydenham Gerstmann Anton Balint Capgras Papez Purkinje Betz Schwann Ranvier Nissl Lewy Pick Wilson
Friedreich Kennedy Dejerine Sottas Denny Pancoast Parsonage Turner Tinetti Wechsler Stroop Rey Benton
Hayling Brixton Barrow Mayo Cleveland Cincinnati Melbourne Westmead Braden Morse Waterlow Norton
Bland Martin Hamilton Beck Marshall Miller Penumbra Solitaire Trevo Sofia Wingspan Medtronic Seldinger
Ommaya Monroe Kellie Holter Doppler Valsalva Bobath Brunnstrom Rood Carr Shepherd Frenchay Rockwood
Apgar Snellen Ishihara Tensilon Gordon Russell Smith Jones Harris Thomas Murphy Ross Murray Henry
Lincoln Kingston Perth Preston Livingston Bangor Newport London Edmonton Brandon Selkirk Gander
Sudbury Surrey Hastings Mackay Salisbury Ipswich Ballarat Penrith Palmerston Launceston Richmond
Worcester Toledo Fresno Omaha Boise Tucson Knoxville Dandenong Joondalup Wollongong Winnipeg Steinbach
Castlebar Mullingar Letterkenny Tullamore Clonmel Drogheda Papatoetoe Naenae Hornby Frankton Flaxmere
Dunedin Lucknow Jaipur Bhopal Coimbatore Mysuru Madurai Patna Khayelitsha Soshanguve Umlazi Tampines
Bedok Woodlands Yishun Portmore Mandeville Clarendon Manchester Catherine James Ann Elizabeth Victoria
Wigan Stockport Barnsley Northampton Shrewsbury Gloucester Norwich Plymouth Bolton Carlisle Luton
Sunderland Kirkcaldy Paisley Elgin Ayr Dundee Wrexham Carmarthen Bridgend Newry Enniskillen Lisburn
Craigavon Antrim Kelowna Kamloops Nanaimo Lethbridge Oshawa Standish Bowen Meredith Morgan"""
BAD_NAMES = set(_BAD_TXT.split()) - {"Bowen", "Meredith", "Morgan"}
# Faker names that are lower-case words in the english-words web2 list (built offline from the installed
# Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN name lists; checked on Faker draws only)
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia
Amrita Amy Ana Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker
Barlow Barman Barry Barton Bass Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton
Ben Bender Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill
Billy Birch Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner
Booker Boon Booth Bora Bose Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer
Brick Bridge Bright Brock Brogan Brown Browning Bryony Buck Bull Bullock Burgess Burke Burr Burt
Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny Carl Carlin Carney Carol
Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chandler
Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Cline Clive Cole Colin Coll
Colleen Colley Collier Collin Collins Colly Colon Comber Comer Conal Conn Conner Contractor Convey
Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley Creed Cross Cruise
Crystal Cully Curry Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw Dawn Day Dayal
De Deacon Dean Decker Dee Deep Demi Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan
Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum Drummy
Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emmet Eric Erika Eta Eve
Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood
Florence Flores Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely
Freeman Fresh Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison
Garvey Gaskin Gay Gee Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard
Goel Goff Gola Golden Good Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin
Gross Guard Gullery Gunning Guy Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper
Harry Harsh Hart Hastings Hasty Haugh Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal
Henry Herd Hereward Heron Herring Hickey Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Hood
Hook Hooper Hope Hora Horn Hough House Howe Huff Huia Hull Hunt Hurley Hurst Irene Ivory Ivy Jack
Jackman Jade Jagat Jake Jane Jasmine Jasper Jay Jean Jeff Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh
Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelvin Kemp
Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora
Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Lane Larry Lata Laura Law Lawless
Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low
Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mac Mack Mackle Madden Madeline Malik Mall Mand Mane
Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Master
Maxwell May Maya Mellon Melody Melton Mercer Merchant Merry Mike Mila Miller Millet Mistry Misty
Mitra Moan Mollie Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy Muir
Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori
Norma North Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Park Parker Parkin
Parry Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton
Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy Porter
Potter Power Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill Quin Rafter Raj Raja
Ralph Ram Rana Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice
Rich Rick Rickey Riddle Ridge Riley Ring Rishi Rita Roach Robin Rock Rodney Roe Roger Rohan Romero
Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai Sally Salmon
Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf Saunders Savage Savant Sawyer
Schneider Scot Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp
Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short Shroff Sienna Sierra
Silk Silva Simmon Singh Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow
Somers Sophia Sparks Spence Spencer Stack Stark Steed Steer Stein Stella Steven Steward Stone Story
Stout Street Strong Sue Summer Sunder Supple Sur Sura Sweeny Swift Tai Tailor Tait Talbot Talwar
Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Te Terry Thakur Therese Tiffany Timothy
Toby Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood
Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali Walker Wall
Waller Walsh Walter Wang Ward Ware Warner Warren Warrior Watt Waugh Way Weaver Webby Weber Webster
Weever Weir West Wheeler White Whitehead Willie Willow Winter Wise Wolf Wong Wood Woodward Wren
Wright Yang Yogi York Young Zac Zak de
"""
_FAKER_WORDS = set(_FW_TXT.split())
# two-letter initials never used (they spell a clinical abbreviation or a short word)
BAD_INITS = {"BP", "HR", "GP", "PA", "UR", "CM", "MD", "DO", "RN", "ID", "OT", "PT", "ED", "ER", "IV", "AB",
             "NP", "MI", "PE", "CT", "DR", "MR", "MS", "NO", "OK", "SA", "DM", "CA", "HB", "AF", "TB", "HH",
             "OM", "NG", "SC", "IM", "PO", "PR", "OD", "AE", "RR", "GA", "LA", "UK", "US", "NZ", "IE", "EM",
             "IN", "PH", "ZA", "OR", "AN", "AS", "AT", "BE", "BY", "GO", "HE", "IF", "IS", "IT", "ME", "MY",
             "OF", "ON", "SO", "TO", "UP", "WE", "LP", "BD", "TD", "HA", "HI", "AM", "PM", "OS", "OU", "DC",
             "SN", "CN", "TM", "EEG", "GC", "LL", "RL", "LE", "RE", "UE", "ST", "SP", "SE", "DW", "WA", "MG",
             "SG", "JM", "TIA", "IR", "CS", "VT", "RA", "TC", "FM", "NF", "SH", "SL"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    loc: str | None
    stem: str

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def low(self) -> str:
        return f"{self.first} {self.last}".lower()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJ" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, style: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la}{style % 90 + 10}@{dom}", f"{f}_{la}@{dom}",
                f"{la}.{f[0]}@{dom}"][style % 5]


def _sexed(stem: str, sex: str) -> str:
    if "/" in stem:
        m, f = stem.split("/")
        return m if sex == "m" else f
    return stem


def _ordsuf(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    dd, mm, yy = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}"
    return {
        "dmy": f"{dd}/{mm}/{d.year}", "dmy1": f"{d.day}/{d.month}/{d.year}", "dmy2": f"{dd}/{mm}/{yy}",
        "dmy3": f"{d.day}/{d.month}/{yy}", "dot": f"{dd}.{mm}.{d.year}", "dot2": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{d.year}", "dash2": f"{dd}-{mm}-{yy}", "iso": d.isoformat(),
        "ymdsl": f"{d.year}/{mm}/{dd}", "us": f"{mm}/{dd}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{mm}/{dd}/{yy}", "us3": f"{d.month}/{d.day}/{yy}", "usdash": f"{mm}-{dd}-{d.year}",
        "md": f"{d.month}/{d.day}", "dm": f"{d.day}/{d.month}", "dm0": f"{dd}/{mm}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{_ordsuf(d.day)} {m} {d.year}",
        "ofm": f"{d.day}{_ordsuf(d.day)} of {m} {d.year}", "ofm0": f"{d.day}{_ordsuf(d.day)} of {m}",
        "ordm": f"{d.day}{_ordsuf(d.day)} {m}", "dmo": f"{d.day} {m}", "usl": f"{m} {d.day}, {d.year}",
        "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}", "uslo": f"{m} {d.day}{_ordsuf(d.day)}",
        "sh": f"{d.day} {m[:3]} {d.year}", "sh0": f"{dd} {m[:3]} {d.year}", "dmsh": f"{d.day} {m[:3]}",
        "dmon": f"{d.day}-{m[:3]}-{d.year}", "dmon0": f"{dd}-{m[:3]}-{d.year}", "dmonyy": f"{d.day}-{m[:3]}-{yy}",
        "monyr": f"{m[:3]} {d.year}", "my": f"{m} {d.year}", "mysl": f"{mm}/{d.year}", "mysl2": f"{mm}/{yy}",
        "ymon": f"{d.year} {m[:3]} {dd}", "mdash": f"{m[:3]}-{dd}-{d.year}", "cmp": f"{dd}{m[:3]}{d.year}",
        "ymd8": f"{d.year}{mm}{dd}", "dmlow": f"{d.day} {m[:3].lower()}",
    }[k]


def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str(-tot % 10)


def _mod11(r: random.Random, lead: str, n: int = 10) -> str:
    """NHS / H&C numbers: n digits, weights n .. 2 on the first n-1, check 11 - sum mod 11 (10 never issued)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(n - 1 - len(lead)))
        chk = (11 - sum(int(c) * (n - i) for i, c in enumerate(body)) % 11) % 11
        if chk != 10:
            return body + str(chk)


def _nhs(r: random.Random) -> str:
    return _mod11(r, str(r.randint(4, 7)))


def _hc(r: random.Random) -> str:
    return _mod11(r, "3" + str(r.randint(2, 9)))


def _sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd male), mod 11 check (weights 10 .. 2)."""
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice("13579" if sex == "m" else "02468"))
        chk = (11 - sum(int(c) * (10 - i) for i, c in enumerate(body)) % 11) % 11
        if chk != 10:
            return body + str(chk)


def _dvla(r: random.Random, q: P, dob: date) -> str:
    """GB driving licence number: surname (5, padded 9), decade, month (+50 female), day, year digit,
    initials (2, padded 9), an arbitrary 9 and two computer check characters."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    sur = "MC" + sur[3:] if sur.startswith("MAC") else sur
    sur = (sur + "99999")[:5]
    mm = dob.month + (50 if q.sex == "f" else 0)
    ini = (_ascii(q.first)[0] + q.mid).upper()
    chk = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return f"{sur}{dob.year % 100 // 10}{mm:02d}{dob.day:02d}{dob.year % 10}{ini}9{chk}"


def _npi(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def _dea(r: random.Random, last: str) -> str:
    """DEA registration: two letters (the second the surname initial), six digits and a check digit."""
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFG") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(chk)


def _mbi(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(an)
         + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9)) + str(r.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _medicare_au(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    chk = sum(int(c) * w for c, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return f"{body}{chk}{r.randint(1, 5)}"


def _ihi(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def _ahpra(r: random.Random, prof: str = "MED") -> str:
    return prof + "000" + "".join(str(r.randint(0, 9)) for _ in range(7))


def _prov_au(r: random.Random) -> str:
    """AU Medicare provider number: 6-digit stem, practice-location character, check character."""
    stem = f"{r.randint(200000, 599999)}"
    plv = r.choice("0123456789ABCDEFGHJKLMNPQRTUVWXY")
    vals = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    tot = sum(int(c) * w for c, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + vals.index(plv) * 6
    return stem + plv + "YXWTLKJHFBA"[tot % 11]


def _ohip(r: random.Random) -> tuple[str, str]:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body), "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))


def _on_dl(r: random.Random, q: P, dob: date) -> str:
    """Ontario driver's licence: surname initial, 8 digits from the name, then YY MM(+50 female) DD."""
    mm = dob.month + (50 if q.sex == "f" else 0)
    body = _ascii(q.last)[0].upper() + "".join(str(r.randint(0, 9)) for _ in range(8)) + str(dob.year % 100 // 10)
    tail = f"{dob.year % 10}{mm:02d}{dob.day:02d}"
    return f"{body[:5]}-{body[5:]}-{tail}"


def _bc_phn(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        tot = sum((v * w) % 11 for v, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True))
        chk = 11 - tot % 11
        if chk < 10:
            s = "9" + "".join(map(str, d)) + str(chk)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def _uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def _ppsn(r: random.Random) -> str:
    d = [r.randint(0, 9) for _ in range(7)]
    return "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[sum(v * (8 - i) for i, v in enumerate(d)) % 23]


def _nhi(r: random.Random) -> str:
    """Old-format NHI (AAANNNN): letters A=1 .. Z=24 without I and O, weights 7 .. 2, mod 11 check digit."""
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        let = "".join(r.choice(al) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        s = sum((al.index(c) + 1) * (7 - i) for i, c in enumerate(let)) + sum(v * (4 - i) for i, v in enumerate(nums))
        chk = 11 - s % 11
        if chk == 11:
            continue
        return let + "".join(map(str, nums)) + str(chk % 10)


def _said(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(0, 4999) if sex == "f" else r.randint(5000, 9999)
    body = dob.strftime("%y%m%d") + f"{g:04d}" + "08"
    return body + _luhn(body)


def _nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits, weights 2 7 6 5 4 3 2 (+4 for T), check letter."""
    pre = "S" if dob.year < 2000 else "T"
    if dob.year >= 1968:
        d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    else:
        d = str(r.randint(0, 1)) + "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = sum(int(c) * w for c, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note drawing context: seeded random, Faker (re-seeded per note), names used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 610))
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

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def ad(self, s: str) -> C:
        return self.p("ADDRESS", s)

    def z(self, s: str) -> C:
        return self.p("ZIP", s)

    def ph(self, s: str) -> C:
        return self.p("PHONE", s)

    def i(self, s: str) -> C:
        return self.p("ID", s)

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, k: int) -> str:
        return _dig(self.r, k)

    def zdig(self, k: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(k))

    def let(self, k: int, al: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.r.choice(al) for _ in range(k))

    def faker(self, loc: str) -> Faker:
        if loc not in _FAKERS:
            _FAKERS[loc] = Faker(loc)
        fk = _FAKERS[loc]
        if loc not in self._seeded:
            fk.seed_instance(self.seed)
            self._seeded.add(loc)
        return fk

    def _ok(self, words: list[str], fake: bool) -> bool:
        for w in words:
            a = _ascii(w)
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or a in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False) -> P:
        sex = sex or self.ch("mf")
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        loc = FAKER_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                stem = fk.last_name()
            else:
                ms, fs, ls = G[grp]
                first, stem = self.ch(ms if sex == "m" else fs), self.ch(ls)
            last = _sexed(stem, sex)
            words = first.replace("-", " ").split() + last.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words, bool(loc)):
                continue
            self.used.update(w.lower() for w in words)
            for _ in range(10):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, last, sex, mid, grp, loc, stem)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        fake = grp in FAKER_LOC and self.r.random() < 0.2
        return self.person(grp, sex, fake)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the surname."""
        sex = sex or self.ch("mf")
        if not same:
            return self.person(q.grp, sex, q.loc is not None)
        for _ in range(40):
            if q.loc:
                fk = self.faker(q.loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
            else:
                ms, fs, _ls = G[q.grp]
                first = self.ch(ms if sex == "m" else fs)
            words = first.replace("-", " ").split()
            if len(first) < 3 or not self._ok(words, bool(q.loc)):
                continue
            self.used.update(w.lower() for w in words)
            return P(first, _sexed(q.stem, sex), sex, self.ch("ABDEFGJKLNRSTW"), q.grp, q.loc, q.stem)
        raise Redraw

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("uk", "sc", "cy", "ni", "us", "au", "ca", "nl", "ie", "nz")
            grp = "intl" if intl and self.r.random() < 0.25 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P, lower: bool = False) -> str:
        s = _ascii(q.first)[0].upper() + _ascii(q.last.split()[-1])[0].upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 19, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k))

    def tm(self, lo: int = 0, hi: int = 23, sep: str = ":") -> str:
        return f"{self.r.randint(lo, hi):02d}{sep}{self.r.randint(0, 59):02d}"

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)


def _plus(t0: str, mins: int) -> str:
    h, m = int(t0[:2]), int(t0[-2:])
    tot = (h * 60 + m + mins) % 1440
    return f"{tot // 60:02d}:{tot % 60:02d}"


# ------------------------------------------------------------------------------ places / phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
# England: town, postcode district, dialling code, streets
ENG = [("Wigan", "WN1", "01942", ["Mesnes Road", "Wigan Lane", "Darlington Street"]),
       ("Stockport", "SK2", "0161", ["Dialstone Lane", "Hall Street", "Bramhall Lane"]),
       ("Barnsley", "S70", "01226", ["Dodworth Road", "Park Road", "Racecommon Road"]),
       ("Northampton", "NN3", "01604", ["Kettering Road", "Billing Road", "Wellingborough Road"]),
       ("Shrewsbury", "SY2", "01743", ["Longden Road", "Belvidere Road", "Sutton Road"]),
       ("Gloucester", "GL4", "01452", ["Painswick Road", "Barnwood Road", "Stroud Road"]),
       ("Norwich", "NR4", "01603", ["Unthank Road", "Earlham Road", "Colney Lane"]),
       ("Plymouth", "PL6", "01752", ["Tavistock Road", "Mannamead Road", "Crownhill Road"]),
       ("Bolton", "BL3", "01204", ["Deane Road", "Chorley New Road", "Tonge Moor Road"]),
       ("Carlisle", "CA1", "01228", ["Warwick Road", "Botchergate", "Blackwell Road"]),
       ("Sunderland", "SR4", "0191", ["Chester Road", "Hylton Road", "Durham Road"]),
       ("Luton", "LU4", "01582", ["Dunstable Road", "Leagrave High Street", "Marsh Road"])]
SCO = [("Kirkcaldy", "KY2", "01592", ["Dunnikier Road", "Balwearie Road", "Hayfield Road"]),
       ("Paisley", "PA2", "0141", ["Causeyside Street", "Glasgow Road", "Neilston Road"]),
       ("Elgin", "IV30", "01343", ["Moss Street", "Pluscarden Road", "Morriston Road"]),
       ("Ayr", "KA7", "01292", ["Holmston Road", "Dalblair Road", "Maybole Road"]),
       ("Dundee", "DD3", "01382", ["Strathmartine Road", "Clepington Road", "Blackness Road"]),
       ("Livingston", "EH54", "01506", ["Carmondean Centre", "Dedridge East", "Howden South Road"])]
WAL = [("Bangor", "LL57", "01248", ["Ffordd Caergybi", "Ffordd y Coleg", "Lon Popty"]),
       ("Wrexham", "LL11", "01978", ["Rhosddu Road", "Ffordd Garner", "Mold Road"]),
       ("Carmarthen", "SA31", "01267", ["Heol Ffynnon Ddu", "Priory Street", "Heol y Prior"]),
       ("Bridgend", "CF31", "01656", ["Heol y Nant", "Merthyr Mawr Road", "Coity Road"])]
NIR = [("Newry", "BT35", ["Armagh Road", "Dublin Road", "Rathfriland Road"]),
       ("Enniskillen", "BT74", ["Tempo Road", "Irvinestown Road", "Sligo Road"]),
       ("Lisburn", "BT28", ["Hillsborough Road", "Magheralave Road", "Antrim Road"]),
       ("Craigavon", "BT65", ["Lake Road", "Tullygally Road", "Drumgask Road"])]


def _pc(n: C, district: str) -> str:
    return f"{district} {n.ri(1, 9)}{n.let(2, _PCL)}"


def uk_addr(n: C, tbl: list[Any], town: str | None = None) -> tuple[str, str, str, str]:
    """street line, town, postcode, dialling code (in the given town if one is named)"""
    row = n.ch([x for x in tbl if town is None or x[0] == town])
    town, dist = row[0], row[1]
    code = row[2] if len(row) == 4 else "028"
    st = n.ch(row[-1])
    line = f"{n.ri(2, 180)} {st}" if n.r.random() < 0.75 else f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}"
    return line, town, _pc(n, dist), code


def uk_mob(n: C, k: int = 0) -> str:
    a, b = f"7{n.ri(400, 999)}", n.zdig(6)
    return [f"0{a} {b}", f"0{a}{b}", f"+44 {a} {b}", f"0{a} {b[:3]} {b[3:]}", f"0{a}-{b}"][k % 5]


def uk_land(n: C, code: str) -> str:
    if code == "028":
        return f"028 {n.ri(3, 9)}{n.zdig(3)} {n.zdig(4)}"
    if len(code) == 4:
        return f"{code} {n.ri(2, 9)}{n.zdig(2)} {n.zdig(4)}"
    return f"{code} {n.ri(2, 9)}{n.zdig(5)}"


US = [("Toledo", "OH", "436", "419"), ("Knoxville", "TN", "379", "865"), ("Des Moines", "IA", "503", "515"),
      ("Tucson", "AZ", "857", "520"), ("Richmond", "VA", "232", "804"), ("Grand Rapids", "MI", "495", "616"),
      ("Little Rock", "AR", "722", "501"), ("Boise", "ID", "837", "208"), ("Worcester", "MA", "016", "508"),
      ("Omaha", "NE", "681", "402")]
US_CA = [("Fresno", "937", "559"), ("Sacramento", "958", "916"), ("Riverside", "925", "951"),
         ("Oakland", "946", "510"), ("Bakersfield", "933", "661")]
US_ST = ["W Sylvania Ave", "Kingston Pike", "Ingersoll Ave", "E Speedway Blvd", "Monument Ave", "Plainfield Ave NE",
         "Cantrell Rd", "W State St", "Pleasant St", "Leavenworth St", "N Blackstone Ave", "Arden Way",
         "Magnolia Ave", "MacArthur Blvd", "Ming Ave", "Secor Rd", "Bearden Pl", "Douglas Ave"]


def us_line(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    return s + (f" Apt {n.ri(1, 40)}" if n.r.random() < 0.25 else "")


def us_ph(n: C, area: str, k: int = 0) -> str:
    a, b = f"{n.ri(2, 9)}{n.zdig(2)}", n.zdig(4)
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"1-{area}-{a}-{b}"][k % 5]


AU = [("Dandenong", "VIC", "3175", "03", ["Lonsdale Street", "Foster Street", "Princes Highway"]),
      ("Ballarat", "VIC", "3350", "03", ["Sturt Street", "Drummond Street North", "Mair Street"]),
      ("Penrith", "NSW", "2750", "02", ["High Street", "Jamison Road", "Derby Street"]),
      ("Wollongong", "NSW", "2500", "02", ["Crown Street", "Keira Street", "Smith Street"]),
      ("Mackay", "QLD", "4740", "07", ["Nebo Road", "Shakespeare Street", "Sydney Street"]),
      ("Ipswich", "QLD", "4305", "07", ["Brisbane Street", "Chermside Road", "Warwick Road"]),
      ("Salisbury", "SA", "5108", "08", ["John Street", "Park Terrace", "Waterloo Corner Road"]),
      ("Joondalup", "WA", "6027", "08", ["Grand Boulevard", "Lakeside Drive", "Shenton Avenue"]),
      ("Launceston", "TAS", "7250", "03", ["Wellington Street", "Elphin Road", "Charles Street"])]


def au_addr(n: C, states: tuple[str, ...] = ()) -> tuple[str, str, str, str, str]:
    rows = [r for r in AU if not states or r[1] in states]
    sub, st, pc, code, streets = n.ch(rows)
    line = f"{n.ri(2, 160)} {n.ch(streets)}" if n.r.random() < 0.6 else f"{n.ri(1, 12)}/{n.ri(2, 90)} {n.ch(streets)}"
    return line, sub, st, pc, code


def au_mob(n: C, k: int = 0) -> str:
    a, b = f"4{n.zdig(2)}", n.zdig(6)
    return [f"0{a} {b[:3]} {b[3:]}", f"0{a}{b}", f"+61 {a} {b[:3]} {b[3:]}", f"0{a[0]} {a[1:]}{b[:2]} {b[2:]}"][k % 4]


def au_land(n: C, code: str) -> str:
    return f"({code}) {n.ri(4, 9)}{n.zdig(3)} {n.zdig(4)}"


CA = {"MB": [("Winnipeg", "R3T", "204", ["Pembina Hwy", "Grant Ave", "St Mary's Rd"]),
             ("Brandon", "R7A", "204", ["Rosser Ave", "Princess Ave", "18th St"]),
             ("Steinbach", "R5G", "204", ["Main St", "Loewen Blvd", "Elmdale St"])],
      "ON": [("Kingston", "K7L", "613", ["Princess St", "Brock St", "Johnson St"]),
             ("Sudbury", "P3E", "705", ["Regent St", "Paris St", "Lasalle Blvd"]),
             ("Oshawa", "L1H", "905", ["Simcoe St N", "King St E", "Ritson Rd S"]),
             ("Thunder Bay", "P7B", "807", ["Red River Rd", "Memorial Ave", "Algoma St N"])],
      "BC": [("Kelowna", "V1Y", "250", ["Bernard Ave", "Harvey Ave", "Ethel St"]),
             ("Kamloops", "V2C", "250", ["Columbia St", "Battle St", "Tranquille Rd"]),
             ("Nanaimo", "V9R", "250", ["Wallace St", "Bowen Rd", "Terminal Ave"])],
      "AB": [("Red Deer", "T4N", "403", ["Gaetz Ave", "Ross St", "Taylor Dr"]),
             ("Lethbridge", "T1J", "403", ["Mayor Magrath Dr S", "Scenic Dr S", "13 St N"]),
             ("Grande Prairie", "T8V", "780", ["Resources Rd", "Richmond Ave", "100 Ave"])],
      "NL": [("Corner Brook", "A2H", "709", ["O'Connell Dr", "West St", "Riverside Dr"]),
             ("Gander", "A1V", "709", ["Elizabeth Dr", "Airport Blvd", "Magee Rd"]),
             ("Happy Valley-Goose Bay", "A0P", "709", ["Hamilton River Rd", "Loring Dr", "Kelland Dr"])]}


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area, streets = n.ch(CA[prov])
    line = f"{n.ri(10, 2400)} {n.ch(streets)}" if n.r.random() < 0.7 else f"{n.ri(101, 1204)}-{n.ri(10, 900)} {n.ch(streets)}"
    return line, city, f"{fsa} {n.ri(1, 9)}{n.let(1, 'ABCEGHJKLMNPRSTVWXYZ')}{n.ri(0, 9)}", area


IE = [("Castlebar", "Co. Mayo", "F23", "094", ["Carrowbeg", "Knockthomas", "Rathbawn Road"]),
      ("Mullingar", "Co. Westmeath", "N91", "044", ["Ballinderry", "Ashe Road", "Grange Park"]),
      ("Letterkenny", "Co. Donegal", "F92", "074", ["Glencar Irish", "Ballyraine", "Gortlee Road"]),
      ("Tullamore", "Co. Offaly", "R35", "057", ["Charleville Road", "Arden View", "Clonminch"]),
      ("Clonmel", "Co. Tipperary", "E91", "052", ["Heywood Road", "Kickham Street", "Glenconnor"]),
      ("Drogheda", "Co. Louth", "A92", "041", ["Donore Road", "Tullyallen", "Marsh Road"])]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, rk, code, streets = n.ch(IE)
    st = n.ch(streets)
    line = st if " " not in st else f"{n.ri(1, 80)} {st}"
    return line, town, county, f"{rk} {n.let(4, _EIR)}", code


def ie_mob(n: C, k: int = 0) -> str:
    a, b = n.ch(["083", "085", "086", "087", "089"]), n.zdig(7)
    return [f"{a} {b[:3]} {b[3:]}", f"{a}{b}", f"+353 {a[1:]} {b[:3]} {b[3:]}", f"{a}-{b}"][k % 4]


NZ = [("Papatoetoe", "Auckland", "2025", "09", ["Great South Road", "Kolmar Road", "Puhinui Road"]),
      ("Glen Innes", "Auckland", "1072", "09", ["Taniwha Street", "Line Road", "Apirana Avenue"]),
      ("Naenae", "Lower Hutt", "5011", "04", ["Seddon Street", "Treadwell Street", "Rata Street"]),
      ("Hornby", "Christchurch", "8042", "03", ["Main South Road", "Shands Road", "Amyes Road"]),
      ("Flaxmere", "Hastings", "4120", "06", ["Caernarvon Drive", "Swansea Road", "Flaxmere Avenue"]),
      ("Otumoetai", "Tauranga", "3110", "07", ["Windsor Road", "Bureta Road", "Ngatai Road"])]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, code, streets = n.ch(NZ)
    line = f"{n.ri(2, 240)} {n.ch(streets)}" if n.r.random() < 0.7 else f"{n.ri(1, 9)}/{n.ri(2, 120)} {n.ch(streets)}"
    return line, sub, city, pc, code


def nz_mob(n: C, k: int = 0) -> str:
    a, b = n.ch(["021", "022", "027", "029"]), n.zdig(7)
    return [f"{a} {b[:3]} {b[3:]}", f"{a}-{b[:3]} {b[3:]}", f"+64 {a[1:]} {b[:3]} {b[3:]}", f"{a}{b}"][k % 4]


IN = [("Lucknow", "Uttar Pradesh", "U.P.", "226", "0522", ["Gomti Nagar", "Aliganj", "Indira Nagar"]),
      ("Jaipur", "Rajasthan", "Raj.", "302", "0141", ["Vaishali Nagar", "Malviya Nagar", "Mansarovar"]),
      ("Bhopal", "Madhya Pradesh", "M.P.", "462", "0755", ["Arera Colony", "Kolar Road", "Shahpura"]),
      ("Coimbatore", "Tamil Nadu", "T.N.", "641", "0422", ["R.S. Puram", "Saibaba Colony", "Peelamedu"]),
      ("Mysuru", "Karnataka", "Kar.", "570", "0821", ["Saraswathipuram", "Kuvempunagar", "Vijayanagar"]),
      ("Madurai", "Tamil Nadu", "T.N.", "625", "0452", ["Anna Nagar", "K.K. Nagar", "Tallakulam"])]


def in_mob(n: C, k: int = 0) -> str:
    a, b = f"{n.ch('6789')}{n.zdig(4)}", n.zdig(5)
    return [f"+91 {a} {b}", f"{a}-{b}", f"{a}{b}", f"+91-{a}{b}", f"0{a} {b}"][k % 5]


IN_RURAL = {"Jaipur": [("Kishanpura", "Chomu"), ("Ramgarh", "Jamwa Ramgarh"), ("Bagru", "Sanganer")],
            "Lucknow": [("Sarai Mir", "Mohanlalganj"), ("Itaunja", "Bakshi Ka Talab"), ("Kakori", "Malihabad")],
            "Bhopal": [("Barkheda", "Berasia"), ("Nandgaon", "Huzur"), ("Phanda Kalan", "Huzur")]}
# South African township / suburb, postal code, dialling code, street-line patterns ("#" takes a number)
ZA = [("Khayelitsha", "7784", "021", ["No. # Site C", "# Mew Way", "# Ncumo Road"]),
      ("Mitchells Plain", "7785", "021", ["# Merrydale Avenue", "# Spine Road", "# Eisleben Road"]),
      ("Mdantsane", "5219", "043", ["No. # NU 2", "No. # NU 9", "# Billie Road"]),
      ("Umlazi", "4031", "031", ["No. # D Section", "# Mangosuthu Highway", "No. # V Section"])]
SG = [("Tampines", "52", "Street 81"), ("Jurong West", "64", "Street 42"), ("Ang Mo Kio", "56", "Avenue 3"),
      ("Bedok", "46", "North Road"), ("Woodlands", "73", "Drive 14"), ("Yishun", "76", "Ring Road"),
      ("Toa Payoh", "31", "Lorong 1")]
JM = [("Portmore", "St. Catherine", ["Greater Portmore", "Waterford", "Passage Fort"]),
      ("Spanish Town", "St. Catherine", ["Ensom City", "Willowdene", "Lakes Pen"]),
      ("May Pen", "Clarendon", ["Denbigh", "Palmers Cross", "Sandy Bay"]),
      ("Mandeville", "Manchester", ["Caledonia Road", "Royal Flats", "Greenvale"]),
      ("Montego Bay", "St. James", ["Catherine Hall", "Glendevon", "Mount Salem"])]


def jm_ph(n: C, k: int = 0) -> str:
    a, b = f"{n.ch(['3', '4', '8'])}{n.zdig(2)}", n.zdig(4)
    return [f"(876) {a}-{b}", f"876-{a}-{b}", f"1-876-{a}-{b}", f"876 {a} {b}"][k % 4]


# ------------------------------------------------------------------------------ templates: England
def uk_hasu_lysis(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(45, 95)
    nhs = _nhs(n.r)
    hosp = n.let(2) + n.dig(7)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    para, reg, cons, cns = n.staff(), n.staff(), n.staff(), n.staff()
    day = n.dt()
    lkw = n.tm(7, 17)
    door = _plus(lkw, n.ri(40, 150))
    ct, cta = _plus(door, n.ri(6, 14)), _plus(door, n.ri(15, 20))
    dtn = n.ri(22, 58)
    wt = n.ri(58, 104)
    tnk = min(25, round(wt * 0.25))
    n.t("HYPERACUTE STROKE UNIT - THROMBOLYSIS PATHWAY RECORD                      page 1 of 2\n")
    n.t(f"Patient: {q.title} ").nm(q.fL).t("     NHS No: ").i(_sp334(nhs)).t("     Hosp No: ").i(hosp).t("\n")
    n.t("DOB: ").d(dob, "dmon").t(" (").age(age).t(")     Weight: ").c(f"{wt} kg").t(" (estimated)\n")
    n.t("Pre-alert from ambulance crew (paramedic ").nm(para.fl).t(f") at {_plus(door, -14)} on ").d(day, "dmy").t("\n")
    n.t(f"LKW {lkw} - {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(f" says {q.he} was fine at lunch, then dropped "
                                                            f"{q.his} cup, R arm weak + slurred speech\n")
    n.t(f"Door {door}  |  CT {ct}  |  CTA {cta}  |  bolus {_plus(door, dtn)}      door-to-needle: ").c(f"{dtn} min").t("\n")
    n.t("NIHSS on arrival ").c(str(n.ri(5, 22))).t(f"  (gaze {n.ri(0, 1)}, face {n.ri(1, 2)}, R arm {n.ri(2, 4)}, "
                                                     f"R leg {n.ri(1, 3)}, language {n.ri(1, 2)})\n")
    n.t("BP pre-bolus ").c(f"{n.ri(172, 196)}/{n.ri(88, 112)}").t(" -> labetalol ").c("10 mg").t(" IV -> ")
    n.c(f"{n.ri(150, 178)}/{n.ri(80, 100)}").t("   CBG ").c(n.fl(5.1, 9.8)).t("   INR ").c(n.fl(0.9, 1.2)).t("\n")
    n.t("CT: no haemorrhage, ASPECTS ").c(str(n.ri(7, 10))).t("; CTA: ").c(n.ch(["L M1 occlusion", "L M2 occlusion",
                                                                                  "no LVO", "L ICA-T occlusion"])).t("\n")
    n.t("Tenecteplase ").c(f"{tnk} mg").t(" IV bolus (").c("0.25 mg/kg").t(", max 25 mg)\n")
    n.t("Decision: Dr ").nm(reg.f_l).t(" (StR, bleep ").ph(str(n.ri(2000, 7999))).t(") with Dr ").nm(cons.fl)
    n.t(" (consultant, via telestroke video link). Verbal assent; ").nm(sp.first).t(" present.\n")
    n.t("Post-lysis obs q15 min x 2 h; angio-oedema check at 30 min: ").c("nil").t("\n")
    n.t("Signed ").nm(cns.fl).t(", Stroke CNS   ").d(day, "dmy").t(f" {_plus(door, dtn + 55)}\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def uk_ssnap(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 97)
    nhs = _nhs(n.r)
    clerk = n.staff()
    _line, _town, pc, _code = uk_addr(n, ENG)
    arr = n.dt(-40, -10)
    exp = n.dt(-3, 0)
    onset = n.tm(5, 16)
    at = _plus(onset, n.ri(45, 200))
    lys = n.r.random() < 0.5
    rows = [
        ("1.1", "SSNAP patient ID", "I", n.dig(7)), ("1.2", "NHS number", "I", nhs),
        ("1.3", "Surname", "N", q.last.upper()), ("1.4", "Forename", "N", q.first),
        ("1.5", "Date of birth", "D", dob), ("1.6", "Gender", "", "Male" if q.sex == "m" else "Female"),
        ("1.7", "Postcode of usual address", "Z", pc), ("1.8", "Ethnicity", "", n.ch(["A - White British", "J - Pakistani",
                                                                                      "N - Black African", "C - Other White"])),
        ("1.9", "Age on arrival", "A", age),
    ]
    n.t(f"SSNAP clinical audit - patient record (team code {n.let(3)})   exported ").d(exp, "dmy").t(" by ").nm(clerk.fl).t("\n\n")
    for num, lab, kind, val in rows:
        n.t(f"{num:<5}{lab} ".ljust(40, "."))
        n.t(" ")
        if kind == "I":
            n.i(str(val))
        elif kind == "N":
            n.nm(str(val))
        elif kind == "D":
            n.d(val, "dmy")
        elif kind == "Z":
            n.z(str(val))
        elif kind == "A":
            n.age(int(val))
        else:
            n.t(str(val))
        n.t("\n")
    n.t("1.10 Arrival date / time ".ljust(40, ".") + " ").d(arr, "dmy").t(f"  {at}\n")
    n.t("1.13 Onset date / time ".ljust(40, ".") + " ").d(arr, "dmy").t(f"  {onset} (precise)\n")
    n.t("2.1  NIHSS on arrival ".ljust(40, ".") + " ").c(str(n.ri(2, 24))).t("\n")
    n.t("2.5  Pre-stroke modified Rankin ".ljust(40, ".") + " ").c(str(n.ri(0, 3))).t("\n")
    n.t("3.1  First brain imaging ".ljust(40, ".") + " ").d(arr, "dmy").t(f"  {_plus(at, n.ri(8, 40))}\n")
    if lys:
        n.t("4.3  Thrombolysis ".ljust(40, ".") + " Yes - ").c("alteplase 0.9 mg/kg").t(f" at {_plus(at, n.ri(25, 70))}\n")
    else:
        n.t("4.3  Thrombolysis ".ljust(40, ".") + " No - outside window\n")
    n.t("4.9  Swallow screen within 4 h ".ljust(40, ".") + " Yes  ").d(arr, "dmy").t(f"  {_plus(at, n.ri(60, 230))}\n")
    n.t("6.2  Discharge modified Rankin ".ljust(40, ".") + " ").c(str(n.ri(1, 4))).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def uk_eeg(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(17, 70)
    hosp = n.let(1) + n.dig(6)
    ref, phys, rep = n.staff(), n.staff(), n.staff()
    rec = n.dt(-20, -1)
    last_ev = rec - timedelta(days=n.ri(6, 30))
    lev = n.ch(["250", "500", "750"])
    n.t("DEPARTMENT OF CLINICAL NEUROPHYSIOLOGY\n")
    n.t("ROUTINE EEG REPORT                                            EEG no. ").i(f"E{rec.year % 100}-{n.dig(4)}").t("\n")
    n.t("Name: ").nm(f"{q.first} {q.last.upper()}").t("        DOB: ").d(dob, "dot").t("        Hosp no: ").i(hosp).t("\n")
    n.t("Referred by: Dr ").nm(ref.fi).t(", Neurology (first seizure clinic)\n")
    n.t(f"Date of recording: {WDAYS[rec.weekday()]} ").d(rec, "ord").t("\n\n")
    n.t("Clinical question: ?epilepsy. Two episodes of LOC with tongue biting, most recent ").d(last_ev, "dm0")
    n.t(". Holds a car licence.\n")
    n.t("Medication: levetiracetam ").c(f"{lev} mg bd").t(" (started by ED)\n")
    n.t("Recording: 21 channels, 10-20 system, ").c(f"{n.ri(22, 35)} min").t(" awake and drowsy; HV ").c("3 min")
    n.t(", photic ").c("1-30 Hz").t(". Good cooperation.\n")
    n.t("Findings: posterior dominant rhythm ").c(f"{n.ri(8, 11)} Hz").t(", symmetrical, reactive to eye opening. ")
    n.t(n.ch(["Intermittent left temporal sharp waves, maximal at T7, ",
              "Brief runs of generalised 3-4 Hz spike and polyspike-wave, ",
              "Occasional right frontal sharp-slow complexes, "]))
    n.t("increasing in drowsiness (longest burst ").c(f"{n.fl(1.2, 4.5)} s").t("). No photoparoxysmal response.\n")
    n.t("Conclusion: abnormal record. The interictal discharges support a diagnosis of epilepsy in the right "
        "clinical context; a normal EEG would not have excluded it.\n\n")
    n.t("Recorded by: ").nm(phys.fl).t(", Clinical Physiologist (HCPC ").i(f"PS{n.zdig(6)}").t(")\n")
    n.t("Reported by: Dr ").nm(rep.fl).t(", Consultant Clinical Neurophysiologist      ").d(rec + timedelta(days=n.ri(1, 4)), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def uk_dvla_letter(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 75)
    line, town, pc, code = uk_addr(n, ENG)
    esn, cons = n.staff(), n.staff()
    gp = n.staff()
    day = n.today
    sz = day - timedelta(days=n.ri(5, 30))
    back = date(sz.year + (sz.month + 6 > 12), (sz.month + 5) % 12 + 1, min(sz.day, 28))
    inc = day + timedelta(days=n.ri(7, 20))
    drug = n.ch([("lamotrigine", "100 mg twice a day"), ("levetiracetam", "750 mg twice a day"),
                 ("lacosamide", "150 mg twice a day"), ("zonisamide", "200 mg once a day")])
    n.t("Epilepsy Specialist Nurse Service\n")
    n.t("Direct line: ").ph(uk_land(n, code)).t("   |   e-mail: ").p("EMAIL", esn.mail("nhs.net")).t("\n\n")
    n.d(day, "long").t("\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").z(pc).t("\n\n")
    n.t("Dear ").nm(q.first).t(",\n\n")
    n.t("Driving after your seizure on ").d(sz, "ordm").t("\n\n")
    n.t("Following our telephone conversation today I am writing to confirm what we discussed. By law you must "
        "tell the DVLA yourself about the seizure; you can do this online or on form FEP1. You will need your "
        "driving licence number, which is printed on your photocard: ").i(_dvla(n.r, q, dob)).t(".\n\n")
    n.t("If there are no further seizures, the DVLA will usually let you drive again once you have been "
        "seizure-free for six months, i.e. not before ").d(back, "ofm").t(".\n\n")
    n.t("As agreed with Dr ").nm(cons.last).t(f", your {drug[0]} goes up to ").c(f"{drug[0]} {drug[1]}")
    n.t(" from ").d(inc, "ordm").t(". Please keep writing any events in your diary and bring it to clinic.\n\n")
    n.t("With best wishes,\n\n").nm(esn.fl).t("\nEpilepsy Specialist Nurse (RGN)\n\n")
    n.t("cc: Dr ").nm(cons.fi).t(", Consultant Neurologist;  Dr ").nm(gp.f_l).t(", GP\n")
    return n.build(_fhir(q, dob, []))


def uk_seizure_diary(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(4, 14)
    mum = n.rel(q, "f", same=n.r.random() < 0.8)
    nurse, cons = n.staff("f"), n.staff()
    hosp = n.let(1) + n.dig(7)
    sent = n.dt(-10, 0)
    wt = n.fl(16, 48)
    mid = n.ch(["5", "7.5", "10"])
    lev = n.ri(4, 12) * 50
    clinic = sent + timedelta(days=n.ri(5, 20))
    n.t("From: ").nm(mum.fl).t(" <").p("EMAIL", mum.mail(n.ch(["gmail.com", "hotmail.co.uk", "icloud.com"]), n.ri(0, 9)))
    n.t(">\nTo: Children's Epilepsy Nurses\n")
    n.t("Sent: ").d(sent, "long").t(f" {n.tm(19, 23)}\n")
    n.t("Subject: ").nm(q.first.lower()).t(" seizure diary (hosp no ").i(hosp).t(")\n\n")
    n.t("hi ").nm(nurse.first.lower()).t(", here is the last 2 wks of ").nm(q.first.lower())
    n.t("'s diary like u asked. dr ").nm(cons.last.lower()).t(" wanted it before clinic on ").d(clinic, "dm0").t("\n\n")
    n.t("date     time    what happened                                 how long    rescue\n")
    d0 = sent - timedelta(days=14)
    evs = sorted(n.r.sample(range(14), n.ri(3, 5)))
    for k, off in enumerate(evs):
        dd = d0 + timedelta(days=off)
        desc, dur = n.ch([("stared, lip smacking, didnt answer", f"~{n.ri(20, 60)} sec"),
                          ("stiff then jerking both arms, blue round lips", f"{n.ri(2, 6)} min"),
                          ("head turned to left, R arm up, then sleepy", f"{n.ri(40, 90)} sec"),
                          ("woke up crying + jerking, wet the bed", f"{n.ri(2, 4)} min")])
        rescue = "buccal midaz " if "min" in dur and k % 2 == 0 else ""
        n.d(dd, n.ch(["dm", "dm0"])).t("    ")
        n.t(f"{n.tm(0, 23)}   {desc:<46}").c(dur).t("    ")
        if rescue:
            n.t(rescue).c(f"{mid}mg").t("\n")
        else:
            n.t("no\n")
    n.t(f"\n{q.he}'s on keppra ").c(f"{lev}mg").t(" twice a day since the increase on ").d(d0 - timedelta(days=n.ri(3, 20)), "dm")
    n.t(". weighed ").c(f"{wt}kg").t(f" at the GP. mostly the stiff ones are when {q.he}s tired.\n")
    n.t("thanks, ").nm(mum.first).t(" (mum)\nmob ").ph(uk_mob(n, n.ri(0, 4))).t("\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def uk_tia_triage(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(50, 96)
    nhs = _nhs(n.r)
    line, town, pc, code = uk_addr(n, ENG)
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    gp, tnp, spr = n.staff(), n.staff(), n.staff()
    rec = n.dt(-5, 0)
    ev = rec - timedelta(days=n.ri(1, 3))
    slot = rec + timedelta(days=1)
    n.t("TIA / MINOR STROKE RAPID ACCESS SERVICE - REFERRAL TRIAGE SHEET\n")
    n.t("Received: ").d(rec, "dmy").t(f" {n.tm(8, 11)} via e-RS     UBRN: ").i(f"{n.zdig(4)} {n.zdig(4)} {n.zdig(4)}").t("\n")
    n.t("Patient: ").nm(q.LF).t(f" ({q.title})     DOB ").d(dob, "dmy").t("  Age ").age(age).t("\n")
    n.t("NHS No ").i(f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(" ").z(pc).t("    Tel (home): ").ph(uk_land(n, code)).t("\n")
    n.t("Contact if no answer: daughter ").nm(dau.fl).t(" ").ph(uk_mob(n, n.ri(0, 4))).t("\n")
    n.t("GP: Dr ").nm(gp.fi).t(", ").t(n.ch(["Lakeside Surgery", "The Elms Medical Practice", "Parkway Health Centre"])).t("\n\n")
    n.t("Event: ").d(ev, "dm0").t(f" approx {n.tm(7, 21)} - ").c(f"{n.ri(5, 50)} min").t(" of L face / arm weakness "
                                                                                     "with slurred speech, fully resolved.\n")
    n.t("ABCD2 (as scored by GP) ").c(str(n.ri(4, 6))).t("   BP ").c(f"{n.ri(140, 182)}/{n.ri(78, 104)}")
    n.t("   pulse ").c(n.ch(["irregular", "regular"])).t("   on anticoagulant: ").c("no").t("\n")
    n.t("Loading given by GP: ").c("aspirin 300 mg").t("  (advised ").c("clopidogrel 300 mg").t(" then ").c("75 mg od")
    n.t(" per local pathway)\n\n")
    n.t("TRIAGE: suspected TIA - seen within 24 h.  Slot ").d(slot, "dm0").t(f" {n.tm(9, 15)} with Dr ").nm(spr.last)
    n.t(" (SpR); carotid duplex same visit.\n")
    n.t("Not to drive until seen (told by phone).\n")
    n.t("Triaged by ").nm(tnp.fl).t(", TIA nurse practitioner, bleep ").ph(str(n.ri(2000, 6999))).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def uk_rehab_goals(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(30, 80)
    hosp = n.let(2) + n.dig(6)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    cons, ot, pt, slt, kw = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    psy = n.staff()
    mtg = n.dt(-4, 0)
    while mtg.weekday() >= 5:
        mtg -= timedelta(days=1)
    adm = mtg - timedelta(days=n.ri(14, 35))
    edd = mtg + timedelta(days=n.ri(21, 50))
    town = n.ch(["Hindley", "Orrell", "Atherton", "Marple", "Cheadle Hulme", "Royton"])
    n.t("NEUROREHABILITATION UNIT - GOAL PLANNING MEETING\n")
    n.t(f"{WDAYS[mtg.weekday()]} ").d(mtg, "dmy").t("      Patient: ").nm(q.fL).t("  (DOB ").d(dob, "sh").t(")  hosp no ").i(hosp).t("\n")
    n.t("Present: ").nm(q.first).t(" (patient), ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}), Dr ")
    n.nm(cons.fi).t(" (consultant in rehabilitation medicine), ").nm(ot.fl).t(" (OT), ").nm(pt.fl).t(" (physio), ")
    n.nm(slt.fl).t(" (SLT), ").nm(psy.first).t(" (assistant psychologist), key worker ").nm(kw.fl).t(" (RN)\n\n")
    n.t("Admitted ").d(adm, "dmy").t(" after L MCA infarct (thrombectomy, ").c("TICI 2b").t("). Aphasic, R hemiparesis.\n")
    n.t("Baseline: FIM+FAM ").c(str(n.ri(70, 140))).t(" / 210,  Barthel ").c(f"{n.ri(4, 12)}/20").t(",  10MWT ")
    n.c(f"{n.fl(0.2, 0.6, 2)} m/s").t(",  MoCA ").c(f"{n.ri(12, 24)}/30").t(" (aphasia-limited),  HADS-D ").c(str(n.ri(4, 14))).t("\n\n")
    n.t("GOALS (GAS, baseline -1):\n")
    n.t("1. ").nm(q.first).t(" to transfer bed <-> chair with 1 assist by ").d(mtg + timedelta(days=21), "dm0").t("   lead: ").nm(pt.first).t("\n")
    n.t("2. walk 10 m indoors with quad stick + AFO, supervision only   lead: ").nm(pt.first).t("\n")
    n.t("3. use communication book to order lunch independently   lead: ").nm(slt.first).t("\n")
    n.t(f"4. access visit to {q.his} bungalow in ").ad(town).t(" w/c ").d(mtg + timedelta(days=n.ri(7, 14)), "dm0")
    n.t("   lead: ").nm(ot.first).t("\n\n")
    n.nm(q.first).t(f" said {q.his} own goal is 'to get back to the allotment'. ").nm(sp.first)
    n.t(" worried about stairs. Baclofen ").c("5 mg tds").t(" started for tone.\n")
    n.t("EDD ").d(edd, "dmy").t(". Next review in 2 weeks.\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def uk_ncs(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(30, 85)
    hosp = n.let(1) + n.dig(7)
    surg, phys, rep = n.staff(), n.staff(), n.staff()
    day = n.dt(-10, 0)
    n.t("NERVE CONDUCTION STUDIES AND EMG\n")
    n.t("Name: ").nm(f"{q.last.upper()}, {q.first}").t("       DOB ").d(dob, "dmy").t("       MRN ").i(hosp).t("\n")
    n.t("Requested by: Mr ").nm(surg.fi).t(", Consultant Hand Surgeon\n")
    n.t("Date: ").d(day, "sh0").t("          Hand temperature ").c(f"{n.fl(31.0, 33.5)} C").t("\n")
    n.t(f"Clinical: {n.ri(4, 18)}/12 bilateral hand numbness, waking at night, R > L.\n\n")
    n.t("Motor            Site         Lat (ms)   Amp (mV)   CV (m/s)\n")
    n.t("R median (APB)   wrist        ").c(n.fl(4.6, 7.2)).t("       ").c(n.fl(2.0, 6.5)).t("\n")
    n.t("                 elbow        ").c(n.fl(8.9, 11.8)).t("       ").c(n.fl(1.8, 6.2)).t("       ").c(str(n.ri(48, 56))).t("\n")
    n.t("R ulnar (ADM)    wrist        ").c(n.fl(2.4, 3.2)).t("       ").c(n.fl(8.0, 11.5)).t("\n")
    n.t("Sensory          Site         Peak (ms)  Amp (uV)\n")
    n.t("R median (D2)    wrist        ").c(n.fl(3.9, 5.0)).t("       ").c(str(n.ri(3, 9))).t("\n")
    n.t("R ulnar (D5)     wrist        ").c(n.fl(2.9, 3.4)).t("       ").c(str(n.ri(10, 22))).t("\n")
    n.t("L median (D2)    wrist        ").c(n.fl(3.6, 4.4)).t("       ").c(str(n.ri(8, 16))).t("\n\n")
    n.t("EMG R APB: ").c(n.ch(["fibrillations 1+", "no spontaneous activity"])).t(", reduced recruitment.\n")
    n.t("Impression: R carpal tunnel syndrome, ").c(n.ch(["moderately severe (grade 4)", "severe (grade 5)",
                                                           "moderate (grade 3)"])).t("; mild L CTS. No ulnar neuropathy.\n")
    n.t("Physiologist: ").nm(phys.fl).t("     Reporting neurophysiologist: Dr ").nm(rep.fl).t("\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


# ------------------------------------------------------------------------------ templates: Scotland, Wales, NI
def sc_thrombectomy_call(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 92)
    chi = _chi(n.r, dob, q.sex)
    _line, town, _pc, code = uk_addr(n, SCO)
    dau = n.rel(q, "f", same=n.r.random() < 0.4)
    ref, inr, coord = n.staff(), n.staff(), n.staff()
    day = n.dt()
    onset = n.tm(6, 15)
    call = _plus(onset, n.ri(70, 140))
    wt = n.ri(55, 98)
    n.t("REGIONAL THROMBECTOMY SERVICE - REFERRAL TELEPHONE LOG\n")
    n.t("Call received ").d(day, "dmy").t(f" at {call} from Dr ").nm(ref.fl).t(", ST4 General Medicine, via switchboard ")
    n.ph(uk_land(n, code)).t("\n")
    n.t("Patient: ").nm(f"{q.first.upper()} {q.last.upper()}").t("   CHI ").i(chi).t("   DOB ").d(dob, "dmy").t(" (")
    n.age(age).t(" yrs)\n")
    n.t("Lives ").t(n.ch(["alone", "with spouse", "with daughter"])).t(" in ").ad(town).t("; independent, pre-morbid mRS ").c(str(n.ri(0, 2))).t("\n")
    n.t(f"Onset {onset}, witnessed by daughter ").nm(dau.fl).t(" (mob ").ph(uk_mob(n, n.ri(0, 4))).t(")\n")
    n.t("NIHSS ").c(str(n.ri(8, 24))).t("   ASPECTS ").c(str(n.ri(6, 10))).t("   CTA: ").c(n.ch(["L M1 occlusion", "R M1 occlusion",
                                                                                                  "basilar occlusion", "R ICA-T occlusion"]))
    n.t(", collaterals ").c(n.ch(["good", "moderate"])).t("\n")
    n.t("TNK ").c(f"{min(25, round(wt * 0.25))} mg").t(f" given at {_plus(call, -n.ri(5, 25))} (wt ").c(f"{wt} kg").t(")\n")
    n.t("Discussed with Dr ").nm(inr.fi).t(" (INR consultant) - ACCEPTED. SAS CAD ref ").i(n.dig(7))
    n.t(f", ETA {_plus(call, n.ri(60, 110))}. Family to travel separately.\n")
    n.t("Logged by ").nm(coord.fl).t(", thrombectomy coordinator\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_ms_letter(n: C) -> Note:
    q = n.pat(sex=n.ch("ffm"))
    dob, _age = n.dob(22, 58)
    chi = _chi(n.r, dob, q.sex)
    cons, sec, msn, gp = n.staff(), n.staff("f"), n.staff(), n.staff()
    partner = n.rel(q, "m" if q.sex == "f" else "f", same=False)
    line, town, pc, code = uk_addr(n, SCO)
    gline, gtown, gpc, _ = uk_addr(n, SCO, town)
    clinic = n.dt(-20, -5)
    typed = clinic + timedelta(days=n.ri(3, 9))
    lastinf = clinic - timedelta(days=n.ri(30, 150))
    mri = clinic - timedelta(days=n.ri(10, 60))
    flat = line if line.startswith("Flat") else f"Flat {n.ri(0, 3)}/{n.ri(1, 2)}, {line}"
    n.t("Department of Clinical Neurosciences\n")
    n.t("Our ref: ").nm(n.ini(cons)).t("/").nm(n.ini(sec, lower=True)).t("\n")
    n.t("Clinic date: ").d(clinic, "dmy").t("   Typed: ").d(typed, "dmy").t("\n\n")
    n.t("Dr ").nm(gp.fi).t("\n").t(n.ch(["Abbey Medical Centre", "Links Health Centre", "Bankhead Surgery"])).t("\n")
    n.ad(gline).t("\n").ad(gtown).t(" ").z(gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t("\n\n")
    n.t("Re: ").nm(f"{q.first} {q.last.upper()}").t(", DOB ").d(dob, "dot").t(", CHI ").i(chi).t("\n")
    n.t("     ").ad(flat).t(", ").ad(town).t(" ").z(pc).t("\n\n")
    n.t("Diagnosis: relapsing-remitting multiple sclerosis (").t(str(clinic.year - n.ri(3, 9))).t(")\n")
    n.t("Treatment: ").c("ocrelizumab 600 mg IV").t(" six-monthly, last infusion ").d(lastinf, "ordm").t("\n")
    n.t("EDSS ").c(n.ch(["2.0", "2.5", "3.0", "3.5", "4.0"])).t("; timed 25-foot walk ").c(f"{n.fl(4.8, 9.5)} s").t("\n\n")
    n.t("I reviewed ").nm(q.first).t(" today with ").nm(partner.first).t(f". {q.he.capitalize()} has had no new symptoms "
                                                                         "since we last met, although fatigue limits "
                                                                         f"{q.his} working week to four days. The MRI of ")
    n.d(mri, "dmy").t(" shows ").c(n.ch(["no new or enhancing lesions", "one new T2 lesion, non-enhancing"])).t(". IgG ")
    n.c(f"{n.fl(5.8, 9.9)} g/L").t(", lymphocytes ").c(f"{n.fl(0.9, 2.1)}").t(".\n\n")
    n.t(f"We will continue treatment and see {q.him} again in a year; the MS nurses will review in six months.\n\n")
    n.t("Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant Neurologist\n")
    n.t("cc: ").nm(msn.fl).t(", MS Specialist Nurse (tel ").ph(uk_land(n, code)).t(")\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_esd_referral(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(55, 96)
    nhs = _nhs(n.r)
    line, town, pc, code = uk_addr(n, WAL)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    ref, lead = n.staff(), n.staff()
    dc = n.dt(0, 3)
    n.t("EARLY SUPPORTED DISCHARGE (STROKE) - REFERRAL\n")
    n.t("Referral date: ").d(n.today, "dmy").t("     Planned discharge: ").d(dc, "long").t("\n")
    n.t("Name: ").nm(q.fl).t("     NHS number: ").i(nhs).t("     DOB: ").d(dob, "dmy").t(" (").age(age).t(")\n")
    n.t("Home: ").ad(line).t(", ").ad(town).t(", ").z(pc).t("     Tel: ").ph(uk_land(n, code)).t("\n")
    n.t("Preferred language: WELSH - please allocate a Welsh-speaking therapist if possible\n")
    n.t("Lives with: ").nm(sp.first).t(f" ({'husband' if sp.sex == 'm' else 'wife'}), bungalow, 2 steps to front door; "
                                       "key safe fitted\n\n")
    n.t("Stroke: ").c(n.ch(["R TACS", "L PACS", "R PACS", "L LACS"])).t(" (Oxfordshire), thrombolysed: ").c(n.ch(["yes", "no"]))
    n.t("\nOn referral: mRS ").c(str(n.ri(2, 3))).t(", Barthel ").c(f"{n.ri(12, 18)}/20").t(", mobile indoors with ")
    n.c(n.ch(["frame", "stick", "no aid"])).t(", ").c(n.ch(["mild dysphasia", "no dysphagia", "L inattention"])).t("\n")
    n.t("Meds: ").c("clopidogrel 75 mg od").t(", ").c("atorvastatin 80 mg nocte").t(", ").c("ramipril 2.5 mg od").t("\n")
    n.t("Goals: kitchen tasks, return to chapel, walk to the post office.\n\n")
    n.t("Referrer: ").nm(ref.fl).t(", Band 6 OT, ward bleep ").ph(str(n.ri(2000, 7999))).t("\n")
    n.t("Accepted by ESD team lead ").nm(lead.fl).t(" - first visit within 24 h of discharge.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def ni_telemetry(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(18, 55)
    hc = _hc(n.r)
    mum = n.rel(q, "f", same=n.r.random() < 0.8)
    cons, reg, phys = n.staff(), n.staff(), n.staff()
    adm = n.dt(-14, -5)
    dc = adm + timedelta(days=4)
    lam = n.ch(["150", "200", "250"])
    n.t("REGIONAL EPILEPSY SERVICE - VIDEO-EEG TELEMETRY SUMMARY\n")
    n.t("Admitted ").d(adm, "dmy").t("   Discharged ").d(dc, "dmy").t("\n")
    n.nm(q.LF).t("     H&C ").i(_sp334(hc) if n.r.random() < 0.5 else hc).t("     DOB ").d(dob, "dmy").t("\n\n")
    n.t("AED reduction: lamotrigine ").c(f"{lam} mg bd").t(" -> ").c(f"{int(lam) // 2} mg bd").t(" day 2 -> stopped day 3; ")
    n.t("clobazam ").c("10 mg").t(" rescue prescribed.\n\n")
    n.t("Events captured:\n")
    for k in range(n.ri(2, 3)):
        ev = adm + timedelta(days=k + 1)
        n.t(f"  #{k + 1}  ").d(ev, "dm0").t(f" {n.tm(0, 23)}   ").c(n.ch(["habitual focal impaired awareness",
                                                                          "focal to bilateral tonic-clonic",
                                                                          "hypermotor, from sleep"]))
        n.t(", duration ").c(f"{n.ri(25, 140)} s").t("\n")
    n.t("Mother (").nm(mum.first).t(") present for event 2 and confirmed it as typical.\n\n")
    n.t("Conclusion: ").c(n.ch(["right frontal onset", "left temporal onset", "left frontal onset"]))
    n.t("; candidate for MRI 3T review at the epilepsy surgery MDT.\n")
    n.t("Discharge: restart lamotrigine ").c(f"{lam} mg bd").t(". Not to drive (DVA informed by patient).\n\n")
    n.t("Dr ").nm(reg.f_l).t(" (SpR) for Dr ").nm(cons.fl).t(", Consultant Neurologist.  EEG physiologist: ").nm(phys.fl).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ templates: United States
def us_code_stroke(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 96)
    mrn = n.dig(8)
    csn = n.dig(10)
    son = n.rel(q, "m", same=True)
    att, res, ir = n.staff(), n.staff(), n.staff()
    _city, _st, _z3, area = n.ch(US)
    day = n.dt()
    lkw = n.tm(6, 17)
    act = _plus(lkw, n.ri(25, 120))
    door = _plus(act, n.ri(4, 12))
    ct = _plus(door, n.ri(7, 15))
    dtn = n.ri(24, 60)
    wt = n.ri(55, 120)
    items = [n.ri(0, 1), n.ri(0, 1), n.ri(0, 1), n.ri(0, 2), n.ri(0, 2), n.ri(0, 2), n.ri(1, 4), n.ri(0, 3), n.ri(0, 2),
             n.ri(0, 2), n.ri(0, 2)]
    n.t("NEUROLOGY - CODE STROKE NOTE\n")
    n.t("Pt: ").nm(q.LFm).t("   MRN ").i(mrn).t("   CSN ").i(csn).t("   DOB ").d(dob, "us1").t("   Age ").age(age).t("\n")
    n.t("Date of service: ").d(day, "us").t("\n\n")
    n.t(f"Code stroke called {act} by EMS (prehospital LAMS ").c(str(n.ri(2, 5))).t(f"). LKW {lkw} per son ")
    n.nm(son.first).t(f", who was on the phone w/ pt when {q.his} speech became garbled. Son's cell ")
    n.ph(us_ph(n, area, n.ri(0, 2))).t(".\n\n")
    n.t("NIHSS: 1a " + str(items[0]) + ", 1b " + str(items[1]) + ", 1c " + str(items[2]) + ", 2 " + str(items[3])
        + ", 3 " + str(items[4]) + ", 4 " + str(items[5]) + ", 5b " + str(items[6]) + ", 6b " + str(items[7])
        + ", 8 " + str(items[8]) + ", 9 " + str(items[9]) + ", 10 " + str(items[10]) + "  => total ").c(str(sum(items))).t("\n")
    n.t("POC glucose ").c(str(n.ri(88, 240))).t("   BP ").c(f"{n.ri(168, 205)}/{n.ri(90, 118)}").t(" -> labetalol ")
    n.c("10 mg IV").t(" x1 -> ").c(f"{n.ri(150, 180)}/{n.ri(82, 104)}").t("\n")
    n.t("CT head: no ICH, ASPECTS ").c(str(n.ri(7, 10))).t(". CTA: ").c(n.ch(["L M2 occlusion", "R M1 occlusion",
                                                                             "no LVO", "L ICA occlusion"])).t(".\n")
    n.t(f"Door {door} / CT {ct} / TNK {_plus(door, dtn)}; DTN ").c(f"{dtn} min").t("\n")
    n.t("Tenecteplase ").c("0.25 mg/kg").t(" = ").c(f"{min(25, round(wt * 0.25))} mg").t(" IV push (wt ").c(f"{wt} kg").t(")\n")
    n.t("NIR (Dr. ").nm(ir.last).t(") paged for CTP review. Dispo: Neuro ICU.\n\n")
    n.t("Staffed with ").nm(att.fl).t(", MD (Vascular Neurology).\n")
    n.t("-- ").nm(res.fl).t(", MD, PGY-3 Neurology, pager ").ph(f"{n.ri(200, 999)}-{n.zdig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_gwtg_abstraction(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(35, 97)
    mrn = n.zdig(8)
    _city, _st, z3, _area = n.ch(US)
    abst = n.staff("f")
    arr = n.dt(-60, -20)
    dc = arr + timedelta(days=n.ri(2, 8))
    dtn = n.ri(28, 95)
    rows = [("Patient ID (PMT)", "I", f"{n.let(1)}{n.dig(2)}-{n.dig(5)}"), ("Medical Record Number", "I", mrn),
            ("Last Name", "N", q.last), ("First Name", "N", q.first), ("Date of Birth", "D", dob),
            ("Age", "A", age), ("Gender", "", "Male" if q.sex == "m" else "Female"),
            ("Zip Code", "Z", f"{z3}{n.zdig(2)}"), ("Payment Source", "", n.ch(["Medicare", "Medicaid", "Private/VA/Champus/Other"])),
            ("Arrival Date", "D", arr)]
    n.t("Get With The Guidelines(R) - Stroke | Patient Management Tool | Abstraction form\n")
    n.t("-" * 72 + "\n")
    for lab, kind, val in rows:
        n.t(f"{lab + ':':<28}")
        if kind == "I":
            n.i(str(val))
        elif kind == "N":
            n.nm(str(val))
        elif kind == "D":
            n.d(val, "us")
        elif kind == "Z":
            n.z(str(val))
        elif kind == "A":
            n.age(int(val))
        else:
            n.t(str(val))
        n.t("\n")
    n.t(f"{'Arrival Time:':<28}{n.tm(0, 23, '')}\n")
    n.t(f"{'Discharge Date:':<28}").d(dc, "us").t("\n")
    n.t(f"{'Initial NIHSS:':<28}").c(str(n.ri(2, 20))).t("\n")
    n.t(f"{'IV thrombolytic:':<28}Yes - tenecteplase\n")
    n.t(f"{'Door-to-needle (min):':<28}").c(str(dtn)).t("\n")
    if dtn > 60:
        n.t(f"{'Reason for delay:':<28}BP > 185/110 requiring aggressive treatment (").c(f"{n.ri(186, 220)}/{n.ri(100, 125)}").t(")\n")
    n.t(f"{'LDL (mg/dL):':<28}").c(str(n.ri(62, 190))).t("\n")
    n.t(f"{'Statin at discharge:':<28}").c(n.ch(["atorvastatin 80 mg", "rosuvastatin 20 mg", "atorvastatin 40 mg"])).t("\n")
    n.t(f"{'Discharge disposition:':<28}{n.ch(['Home', 'IRF', 'SNF'])}\n")
    n.t(f"{'Abstracted by:':<28}").nm(abst.fl).t(", RN, SCRN   ").d(dc + timedelta(days=n.ri(10, 30)), "us1").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_ca_morbidity_report(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(17, 80)
    city, z3, area = n.ch(US_CA)
    doc = n.staff()
    ep = n.dt(-12, -3)
    start = ep + timedelta(days=1)
    dl = n.let(1, "ABCDEFGHJKLMNPRSTVWXYZ") + n.zdig(7)
    n.t("CONFIDENTIAL MORBIDITY REPORT - DISORDERS CHARACTERIZED BY LAPSES OF CONSCIOUSNESS\n")
    n.t("(Cal. Health & Safety Code 103900)  To: County Health Officer, Communicable Disease / CMR unit\n\n")
    n.t("Patient name: ").nm(q.fml).t("        Sex: ").t("M" if q.sex == "m" else "F").t("\n")
    n.t("Date of birth: ").d(dob, "us").t("\n")
    n.t("Address: ").ad(us_line(n)).t(", ").ad(city).t(", CA ").z(f"{z3}{n.zdig(2)}").t("\n")
    n.t("Telephone: ").ph(us_ph(n, area, n.ri(0, 2))).t("\n")
    n.t("California driver license no.: ").i(dl).t("\n\n")
    n.t("Date of episode: ").d(ep, "us").t("     Diagnosis: ").c(n.ch(["first unprovoked generalized tonic-clonic seizure",
                                                                         "focal impaired awareness seizures",
                                                                         "convulsive syncope vs seizure"])).t("\n")
    n.t("Current treatment: ").c(n.ch(["levetiracetam 500 mg PO BID", "lacosamide 100 mg PO BID", "lamotrigine 25 mg daily"]))
    n.t(" (started ").d(start, "us").t(")\n")
    n.t("Is the condition likely to recur?  [X] Unknown - EEG pending\n\n")
    n.t("Reporting physician: ").nm(doc.fl).t(", MD     CA medical license ").i(f"{n.ch('AG')}{n.zdig(5)}")
    n.t("     NPI ").i(_npi(n.r)).t("\n")
    n.t("Phone: ").ph(us_ph(n, area, 0)).t("     Date: ").d(n.today, "us").t("\n")
    return n.build(_fhir(q, dob, [("dl", dl)]))


def us_emg(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(30, 90)
    mrn = n.dig(7)
    pa, md = n.staff(), n.staff()
    day = n.dt(-10, 0)
    surg = day - timedelta(days=n.ri(40, 120))
    n.t("ELECTRODIAGNOSTIC CONSULTATION (EMG / NCS)\n")
    n.t("Test date: ").d(day, "uss").t("\n")
    n.t("Patient: ").nm(q.lf).t("     MRN: ").i(mrn).t("     DOB: ").d(dob, "us").t(" (").age(age).t(" y)\n")
    n.t("Referring: ").nm(pa.fi).t(", PA-C (Orthopedics)\n")
    n.t("History: L foot drop since total knee arthroplasty on ").d(surg, "md").t(". Height ").c("5'10\"").t(".\n\n")
    n.t("Motor NCS       Site         Lat (ms)  Amp (mV)  CV (m/s)\n")
    n.t("L fibular-EDB   ankle        ").c(n.fl(4.2, 6.8)).t("      ").c(n.fl(0.2, 1.5)).t("\n")
    n.t("                bel fib head ").c(n.fl(10.5, 13.5)).t("     ").c(n.fl(0.2, 1.3)).t("       ").c(str(n.ri(36, 44))).t("\n")
    n.t("                pop fossa    ").c(n.fl(13.8, 17.5)).t("     ").c(n.fl(0.1, 0.6)).t("       ").c(str(n.ri(24, 34))).t("\n")
    n.t("L tibial-AH     ankle        ").c(n.fl(3.8, 5.2)).t("      ").c(n.fl(6.0, 12.0)).t("\n")
    n.t("Sensory         L sup fibular ").c(n.ch(["NR", "3 uV", "4 uV"])).t("   R sup fibular ").c(f"{n.ri(7, 14)} uV").t("\n\n")
    n.t("Needle EMG      Fibs  PSW  MUAP      Recruit\n")
    n.t("L TA            ").c("2+").t("    ").c("2+").t("   normal    reduced\n")
    n.t("L short head BF ").c("0").t("     ").c("0").t("    normal    normal\n\n")
    n.t("Impression: L common fibular neuropathy at the fibular head, mixed demyelinating (conduction block) and "
        "axonal. No L5 radiculopathy.\n\n")
    n.nm(md.fml).t(", MD - Diplomate, ABPN (Clinical Neurophysiology)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_portal_message(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(14, 17)
    mom = n.rel(q, "f", same=n.r.random() < 0.7)
    rn, doc = n.staff("f"), n.staff()
    _city, _st, _z3, area = n.ch(US)
    sent = n.dt(-5, 0)
    while sent.weekday() != 6:
        sent -= timedelta(days=1)
    sat = sent - timedelta(days=1)
    cen = n.ch(["100", "150"])
    n.t("Patient Medical Advice Request (proxy)\n")
    n.t("From: ").nm(mom.fl).t(" (proxy for ").nm(q.fl).t(")\n")
    n.t("Received: ").d(sent, "us1").t(f" {n.ri(8, 11)}:{n.ri(0, 5)}{n.ri(0, 9)} PM\n")
    n.t("Subject: seizure log + nayzilam question\n\n")
    n.t("hi dr ").nm(doc.last.lower()).t(", mom here. ").nm(q.first.lower()).t(" had 2 more this weekend:\n")
    n.t("- sat ").d(sat, "md").t(f" around {n.ri(5, 8)}am, eyes rolled back and L arm jerking, ~").c(f"{n.ri(2, 4)} min")
    n.t(", gave nayzilam ").c("5mg").t(" and it stopped\n")
    n.t("- sun ").d(sent, "md").t(f" {n.ri(1, 5)}:30pm just staring, maybe ").c(f"{n.ri(20, 45)} sec").t("\n")
    n.t(f"{q.he}'s been on the xcopri ").c(f"{cen}mg").t(" every night, hasnt missed. also "
                                                      f"{q.he} turns {age + 1} next month - can {q.he} still get a learners permit??\n")
    n.t("here's the log from the app too ").p("URL", f"https://www.seizuretracker.com/share/{n.tok(10)}").t("\n")
    n.t("our new # is ").ph(us_ph(n, area, n.ri(0, 2))).t("\n\n")
    n.t("---- Reply ").d(sent + timedelta(days=1), "us1").t(" 10:02 AM ----\n")
    n.t("Hi ").nm(mom.first).t(", thank you for the log. Dr. ").nm(doc.last).t(" would like to increase cenobamate to ")
    n.c(f"{int(cen) + 50} mg").t(" at bedtime starting tonight. Regarding the permit: state law requires a period "
                                 "seizure-free before driving, so we will discuss this at the visit on ")
    n.d(sent + timedelta(days=n.ri(10, 30)), "md").t(".\n")
    n.nm(rn.fl).t(", RN | Comprehensive Epilepsy Center | ").ph(us_ph(n, area, 1)).t("\n")
    return n.build(_fhir(q, dob, []))


def us_irf_conference(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(45, 88)
    mrn = n.dig(8)
    son = n.rel(q, "m", same=True)
    pmr, pt, ot, slp, cm = n.staff(), n.staff(), n.staff(), n.staff(), n.staff("f")
    city, _st, _z3, area = n.ch(US)
    adm = n.dt(-14, -7)
    conf = adm + timedelta(days=n.ri(7, 9))
    dc = adm + timedelta(days=n.ri(15, 21))
    n.t("INPATIENT REHABILITATION - INTERDISCIPLINARY TEAM CONFERENCE (week 2)\n")
    n.t("Date: ").d(conf, "us").t("     Patient: ").nm(q.fl).t("     MRN ").i(mrn).t("     Admit: ").d(adm, "us3").t("\n")
    n.t("Payer: Medicare Part A, MBI ").i(_mbi(n.r)).t("\n")
    n.t("Impairment group: ").c("01.2 Stroke, right body involvement").t("     Attending: Dr. ").nm(pmr.last).t(" (PM&R)\n")
    n.t("Est. LOS ").c(f"{(dc - adm).days} days").t("; tentative d/c ").d(dc, "us3").t("\n\n")
    n.t("PT - ").nm(pt.fl).t(", DPT: GG mobility adm ").c(str(n.ri(18, 40))).t(" -> now ").c(str(n.ri(42, 70)))
    n.t("; 10MWT ").c(f"{n.fl(0.2, 0.8, 2)} m/s").t("; BBS ").c(f"{n.ri(18, 44)}/56").t("; ambulating ").c(f"{n.ri(50, 250)} ft")
    n.t(" with hemi-walker, CGA\n")
    n.t("OT - ").nm(ot.fl).t(", OTR/L: GG self-care ").c(str(n.ri(14, 30))).t("; LB dressing mod A; toilet transfers min A\n")
    n.t("SLP - ").nm(slp.fl).t(", MS, CCC-SLP: mild expressive aphasia, diet ").c("IDDSI 7 regular / thin liquids").t("\n")
    n.t("Nursing: continent of bladder; skin intact; pain ").c(f"{n.ri(0, 4)}/10").t("\n")
    n.t("Case management - ").nm(cm.fl).t(", RN, CCM: lives with son ").nm(son.first).t(" in a split-level in ")
    n.ad(city).t(f", {n.ri(3, 8)} steps to enter. Son works days; ").nm(son.first).t(" cell ").ph(us_ph(n, area, n.ri(0, 2)))
    n.t(". Family training scheduled ").d(dc - timedelta(days=3), "md").t(".\n\n")
    n.t("Plan: continue 3 h/day, 5 days/wk. D/c home with HH PT/OT; DME: hemi-walker, TTB, bedside commode.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_dmt_necessity(n: C) -> Note:
    q = n.pat(sex="f")
    dob, _age = n.dob(24, 55)
    _city, _st, _z3, area = n.ch(US)
    doc = n.staff()
    day = n.today
    dxd = date(day.year - n.ri(4, 9), n.ri(1, 12), 1)
    r1 = day - timedelta(days=n.ri(120, 300))
    r2 = day - timedelta(days=n.ri(30, 100))
    mri = day - timedelta(days=n.ri(10, 40))
    member = n.let(3) + n.dig(9)
    n.t("Multiple Sclerosis Center      Phone ").ph(us_ph(n, area, 0)).t("   Fax ").ph(us_ph(n, area, 1)).t("\n\n")
    n.d(day, "usl").t("\n\n")
    n.t("To: Utilization Management / Prior Authorization Department\n")
    n.t("RE: Letter of medical necessity - ocrelizumab (Ocrevus)\n")
    n.t("Patient: ").nm(q.fml).t("     DOB: ").d(dob, "us").t("\n")
    n.t("Member ID: ").i(member).t("     PA case #: ").i(f"PA-{day.year % 100}-{n.dig(7)}").t("\n\n")
    n.t("Dear Medical Reviewer:\n\n")
    n.t("I am writing on behalf of my patient, Ms. ").nm(q.last).t(", who was diagnosed with relapsing-remitting MS in ")
    n.d(dxd, "my").t(". She was treated with ").c("dimethyl fumarate 240 mg BID").t(" until it was stopped for persistent "
                                                                                      "lymphopenia (ALC ").c(f"{n.fl(0.3, 0.7)}")
    n.t("). Since then she has had two clinical relapses (").d(r1, "mysl").t(", ").d(r2, "mysl").t("), the second "
                                                                                                     "treated with ")
    n.c("methylprednisolone 1 g IV x 5 days").t(". MRI of ").d(mri, "us").t(" showed ").c(f"{n.ri(2, 6)} new T2 lesions")
    n.t(", ").c(f"{n.ri(1, 3)} gadolinium-enhancing").t(". EDSS is ").c(n.ch(["2.5", "3.0", "3.5", "4.0"])).t(".\n\n")
    n.t("I am requesting ").c("ocrelizumab 300 mg IV on days 1 and 15, then 600 mg IV every 6 months").t(". HBV screening "
                                                                                                          "is negative.\n\n")
    n.t("Sincerely,\n\n").nm(doc.fl).t(", MD\nNPI ").i(_npi(n.r)).t("   DEA ").i(_dea(n.r, doc.last)).t("\n")
    return n.build(_fhir(q, dob, [("member", member)]))


def us_nicu_signout(n: C) -> Note:
    res, att = n.staff(), n.staff()
    day = n.dt()
    n.t("neuro icu sign out ").d(day, "md").t(" (day team -> nf)\n\n")
    pats = []
    for bed, kind in zip(sorted(n.r.sample(range(1, 16), 3)), n.r.sample(["sah", "ich", "lvo"], 3), strict=True):
        q = n.pat()
        dob, age = n.dob(35, 92)
        pats.append((q, dob))
        sx = "m" if q.sex == "m" else "f"
        n.t(f"bed {bed}  ").nm(q.lf.lower()).t("  ").age(age).t(f"{sx}  ")
        if kind == "sah":
            n.t("aSAH ").c(f"hh{n.ri(2, 4)} mf{n.ri(3, 4)}").t(f" pbd {n.ri(3, 9)}\n")
            n.t("  - evd open @ 10, icp ").c(f"{n.ri(6, 12)}-{n.ri(13, 19)}").t(", cpp > 60\n")
            n.t("  - nimodipine ").c("60 mg q4h").t(", na ").c(str(n.ri(131, 139))).t(" -> ").c("2 g nacl tid").t("\n")
            n.t("  - tcds today L MCA ").c(f"{n.ri(110, 190)} cm/s").t(", LR ").c(n.fl(2.1, 4.2)).t("; if > 200 call ir\n")
            d = n.rel(q, "f")
            n.t("  - dtr ").nm(d.first.lower()).t(" is hcpoa, cell ").ph(us_ph(n, n.ch(US)[3], 1)).t("\n")
        elif kind == "ich":
            n.t("L BG ICH vol ").c(f"{n.ri(12, 40)} mL").t(", ich score ").c(str(n.ri(1, 3))).t("\n")
            n.t("  - sbp goal < 140, nicardipine gtt ").c(f"{n.ri(2, 10)} mg/h").t("\n")
            w = n.rel(q, "f" if q.sex == "m" else "m")
            n.t("  - family mtg tmrw 11am w dr ").nm(att.last.lower()).t(" + palliative; spouse ").nm(w.first.lower()).t("\n")
        else:
            n.t("s/p thrombectomy L M1, ").c("tici 2c").t("\n")
            n.t(f"  - sbp < 160, 24h ct due {n.tm(0, 23)}, asa on hold\n")
            n.t("  - nihss ").c(str(n.ri(3, 14))).t(" (from ").c(str(n.ri(15, 24))).t(")\n")
    n.t("\n-- ").nm(res.first.lower()).t(" (nf), pgr ").ph(f"{n.ri(200, 999)}-{n.zdig(4)}").t("\n")
    q, dob = pats[0]
    return n.build(_fhir(q, dob, []))


def us_90day_call(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(50, 96)
    mrn = n.dig(8)
    dau = n.rel(q, "f", same=False)
    coord = n.staff("f")
    _city, _st, _z3, area = n.ch(US)
    other = n.ch(["Council Bluffs", "Maryville", "Nampa", "Conway", "Sahuarita", "Shrewsbury"])
    adm = n.dt(-100, -92)
    dc = adm + timedelta(days=n.ri(3, 7))
    a1 = adm + timedelta(days=88)
    a2 = a1 + timedelta(days=n.ri(1, 3))
    fall = a1 - timedelta(days=n.ri(5, 30))
    n.t("STROKE PROGRAM - 90-DAY POST-DISCHARGE FOLLOW-UP CALL\n")
    n.t("Patient: ").nm(q.LFF).t("   MRN ").i(mrn).t("   DOB ").d(dob, "us1").t("   Age ").age(age).t("\n")
    n.t("Index admission ").d(adm, "us1").t(" - ").d(dc, "us1").t(" (").c(n.ch(["L MCA ischemic stroke", "cardioembolic R MCA stroke",
                                                                            "lacunar infarct, L thalamus"])).t(")\n\n")
    n.t("Attempt 1 ").d(a1, "md").t(": home ").ph(us_ph(n, area, n.ri(0, 2))).t(" - no answer, VM left.\n")
    n.t("Attempt 2 ").d(a2, "md").t(": spoke with daughter ").nm(dau.fl).t(" (lives in ").ad(other).t(") at ")
    n.ph(us_ph(n, area, n.ri(0, 2))).t("; pt unable to come to phone.\n")
    n.t("Structured mRS interview: ").c(f"mRS {n.ri(2, 4)}").t(" - needs help with bathing and shopping, walks with a "
                                                               "cane indoors.\n")
    n.t("Meds per daughter: ").c("apixaban 5 mg BID").t(", ").c("atorvastatin 40 mg daily").t(", ").c("lisinopril 10 mg daily").t("\n")
    n.t("Readmission since discharge: no.  ED visit: ").d(fall, "md").t(" for a fall, no fracture.\n")
    n.t("Home BP readings ").c(f"{n.ri(120, 150)}s/{n.ri(70, 90)}s").t(".\n")
    n.t("-- ").nm(coord.fl).t(", RN, stroke program coordinator\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_botox_spasticity(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(30, 80)
    mrn = n.dig(8)
    doc, lpn, ther = n.staff(), n.staff(), n.staff()
    day = n.dt()
    muscles = [("Biceps brachii", n.ch([75, 100])), ("Brachioradialis", n.ch([40, 50])), ("FCR", n.ch([40, 50])),
               ("FDS", n.ch([50, 60])), ("FDP", n.ch([40, 50])), ("Pronator teres", n.ch([25, 40]))]
    n.t("PROCEDURE NOTE - chemodenervation for spasticity (EMG and e-stim guided)\n")
    n.t("Date: ").d(day, "us").t("     Patient: ").nm(q.fl).t("     MRN ").i(mrn).t("     DOB ").d(dob, "us").t("\n")
    n.t("Provider: ").nm(doc.fl).t(", DO (PM&R)     Assist: ").nm(lpn.fl).t(", LPN\n\n")
    n.t("Indication: post-stroke R UE spasticity. Modified Ashworth elbow flexors ").c(n.ch(["2", "3"])).t(", wrist flexors ")
    n.c(n.ch(["1+", "2", "3"])).t(", finger flexors ").c(n.ch(["2", "3"])).t(".\n")
    n.t("Product: onabotulinumtoxinA, lot ").t(f"C{n.zdig(4)}C{n.zdig(1)}").t(", diluted ").c("100 U / 2 mL NS").t("\n\n")
    n.t("Muscle             Dose (U)   Sites\n")
    tot = 0
    for mname, dose in muscles:
        tot += dose
        n.t(f"{mname:<19}").c(str(dose)).t(" " * (11 - len(str(dose))) + f"{n.ri(1, 3)}\n")
    n.t("Total: ").c(f"{tot} U").t("; wasted ").c(f"{n.ri(0, 3) * 5} U").t("\n\n")
    n.t("Tolerated well, no complications. Written consent on file.\n")
    n.t("Follow-up 12 weeks with Dr. ").nm(doc.last).t("; OT ").nm(ther.first).t(" to start serial casting of the wrist.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_dbs_programming(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(50, 80)
    mrn = n.dig(8)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    np_, doc = n.staff(), n.staff()
    day = n.dt()
    impl = day - timedelta(days=n.ri(200, 900))
    n.t("DBS PROGRAMMING VISIT - Movement Disorders Clinic      ").d(day, "us").t("\n")
    n.nm(q.fml).t("  |  MRN ").i(mrn).t("  |  DOB ").d(dob, "us1").t("  |  bilat STN DBS implanted ").d(impl, "us").t("\n")
    n.t("IPG: rechargeable, serial no. ").i(f"{n.let(3)}{n.dig(6)}{n.let(1)}").t("     Accompanied by ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(".\n\n")
    n.t("Pre-op MDS-UPDRS III off-med ").c(str(n.ri(35, 60))).t("; today on-stim/on-med ").c(str(n.ri(10, 25))).t("\n")
    n.t("Settings      contacts    amp        PW       rate\n")
    for side in ("L STN", "R STN"):
        n.t(f"{side:<14}").c(f"C+ {n.ri(1, 3)}-").t("      ").c(f"{n.fl(1.5, 3.8)} mA").t("     ").c(f"{n.ch([60, 90])} us")
        n.t("    ").c(f"{n.ch([130, 160, 180])} Hz").t("\n")
    n.t("Carbidopa/levodopa ").c("25/100").t(" ").c(f"{n.ch(['1', '1.5'])} tab 5x/day").t("; amantadine ").c("100 mg BID").t("\n")
    n.t("Dyskinesia mild; speech softer since last increase. Reduced R amplitude by ").c("0.2 mA").t(".\n")
    n.t("Seen by ").nm(np_.fl).t(", NP-C, with Dr. ").nm(doc.last).t(". RTC 3 months.\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ templates: Australia
def au_code_stroke(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(45, 95)
    ur = n.dig(7)
    mc = _medicare_au(n.r)
    line, sub, st, pc, _code = au_addr(n, ("VIC",))
    son = n.rel(q, "m", same=True)
    neuro, reg = n.staff(), n.staff()
    day = n.dt()
    prev = day - timedelta(days=1)
    pre = n.tm(6, 10)
    arr = _plus(pre, n.ri(12, 25))
    ttn = n.ri(30, 70)
    wt = n.ri(50, 100)
    n.t("EMERGENCY DEPARTMENT - CODE STROKE RECORD\n")
    n.t("AV case no. ").i(f"{day.year % 100}{n.zdig(2)}-{n.dig(4)}").t(f"   pre-notification {pre}, arrival {arr}\n")
    n.t("Patient: ").t(q.title + " ").nm(q.fL).t("   UR ").i(ur).t("   DOB ").d(dob, "dmy1").t("   Age ").age(age).t("\n")
    n.t("Medicare ").i(f"{mc[:4]} {mc[4:9]} {mc[9]}").t("   Address ").ad(line).t(", ").ad(sub).t(f" {st} ").z(pc).t("\n")
    n.t("NOK: son ").nm(son.fL).t(" ").ph(au_mob(n, n.ri(0, 3))).t("\n\n")
    n.t("Wake-up stroke: last seen well 22:30 on ").d(prev, "dm0").t(", found by son at ")
    n.t(f"{n.tm(6, 8)} with R weakness and no speech. MASS ").c("positive").t(", NIHSS ").c(str(n.ri(6, 20))).t("\n")
    n.t("CT perfusion: core ").c(f"{n.ri(4, 30)} mL").t(", penumbra ").c(f"{n.ri(50, 140)} mL").t(", mismatch ratio ")
    n.c(n.fl(3.0, 9.5)).t("\n")
    n.t("VST consult - Dr ").nm(neuro.last).t(" (neurologist, by video): thrombolysis recommended\n")
    n.t("Tenecteplase ").c("0.25 mg/kg").t(" = ").c(f"{min(25, round(wt * 0.25))} mg").t(" IV (wt ").c(f"{wt} kg").t("), time to needle ")
    n.c(f"{ttn} min").t("\n")
    n.t("For ECR - transfer accepted, MICA crew booked.\n")
    n.t("F/u: BP ").c(f"{n.ri(140, 180)}/{n.ri(70, 100)}").t(", BSL ").c(n.fl(5.0, 11.0)).t("\n")
    n.t("Signed ").nm(reg.fi).t(", ED registrar\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", mc)]))


def au_auscr(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 96)
    mc = _medicare_au(n.r)
    ihi = _ihi(n.r)
    _line, _sub, _st, pc, _code = au_addr(n, ("NSW", "VIC", "QLD"))
    coll = n.staff()
    adm = n.dt(-60, -14)
    dc = adm + timedelta(days=n.ri(3, 12))
    n.t("AUSTRALIAN STROKE CLINICAL REGISTRY (AuSCR) - EPISODE DATA COLLECTION\n")
    n.t("Data collector: ").nm(coll.fl).t("     Entered: ").d(n.today, "dmy").t("\n\n")
    n.t("Family name:        ").nm(q.last.upper()).t("\n")
    n.t("Given name(s):      ").nm(q.first).t("\n")
    n.t("Date of birth:      ").d(dob, "dmy").t("      Age at admission: ").age(age).t("\n")
    n.t("Sex:                ").t("M" if q.sex == "m" else "F").t("      Postcode: ").z(pc).t("\n")
    n.t("Medicare number:    ").i(mc).t("\n")
    n.t("IHI:                ").i(ihi).t("\n")
    n.t("Admission date:     ").d(adm, "dmy").t("      Discharge date: ").d(dc, "dmy").t("\n")
    n.t("Stroke type:        ").c(n.ch(["Ischaemic", "Intracerebral haemorrhage", "TIA"])).t("\n")
    if n.r.random() < 0.4:
        n.t("Thrombolysis:       Yes      Onset-to-treatment: ").c(f"{n.ri(70, 260)} min").t("\n")
    else:
        n.t("Thrombolysis:       No       Reason: ").c(n.ch(["outside time window", "mild / rapidly improving", "on DOAC"])).t("\n")
    n.t("Stroke unit care:   Yes     Discharged on antihypertensive: Yes\n")
    n.t("Discharge destination: ").t(n.ch(["Inpatient rehabilitation", "Usual residence", "Residential aged care"])).t("\n")
    n.t("Opt-out information given to patient / NOK on ").d(adm + timedelta(days=2), "dmy").t("; registry line ")
    n.ph(f"1800 {n.zdig(3)} {n.zdig(3)}").t("\n")
    return n.build(_fhir(q, dob, [("medicare", mc), ("ihi", ihi.replace(" ", ""))]))


def au_driver_cert(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(20, 70)
    line, sub, st, pc, code = au_addr(n, ("QLD",))
    doc = n.staff()
    day = n.dt()
    sf = day - timedelta(days=n.ri(380, 700))
    crn = n.dig(9)
    drug = n.ch(["carbamazepine CR 400 mg bd", "levetiracetam 1000 mg bd", "lamotrigine 150 mg bd", "sodium valproate 500 mg bd"])
    n.t("PRIVATE AND COMMERCIAL VEHICLE DRIVER MEDICAL CERTIFICATE\n")
    n.t("Section 1 - Customer details\n")
    n.t("Customer reference number (licence no.): ").i(crn).t("\n")
    n.t("Family name: ").nm(q.last.upper()).t("      Given name(s): ").nm(q.first.upper()).t("\n")
    n.t("Date of birth: ").d(dob, "dmy").t("\n")
    n.t("Residential address: ").ad(line).t(", ").ad(sub).t(f" {st} ").z(pc).t("\n")
    n.t("Phone: ").ph(au_mob(n, n.ri(0, 3))).t("\n\n")
    n.t("Section 2 - Medical assessment (health professional)\n")
    n.t("Condition: epilepsy (focal, on treatment). Seizure-free since ").d(sf, "dmy").t(" on ").c(drug).t("\n")
    n.t("EEG / imaging reviewed: yes. Compliance: good (levels ").c(n.ch(["therapeutic", "n/a"])).t(")\n")
    n.t("Standard applied: Assessing Fitness to Drive (2022), epilepsy - private ").c("12 months seizure-free").t("\n")
    n.t("Outcome: FIT for private vehicles, CONDITIONAL licence - review in ").c("12 months").t("; NOT fit for commercial.\n\n")
    n.t("Health professional: Dr ").nm(doc.fl).t("     AHPRA reg. ").i(_ahpra(n.r)).t("\n")
    n.t("Provider no. ").i(_prov_au(n.r)).t("     Practice phone ").ph(au_land(n, code)).t("\n")
    n.t("Signature: ______________      Date: ").d(day, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("dl", crn)]))


def au_rehab_admission(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 86)
    ur = n.dig(7)
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    rp, pt, ot = n.staff(), n.staff(), n.staff()
    st_date = n.dt(-10, -2)
    event = st_date - timedelta(days=n.ri(8, 25))
    n.t("SUBACUTE REHABILITATION - ADMISSION SUMMARY\n")
    n.t("Episode start ").d(st_date, "dmy").t(" (care type: rehabilitation)     UR ").i(ur).t("\n")
    n.nm(q.fL).t("   DOB ").d(dob, "dmy").t(" (").age(age).t(")\n")
    if age < 65:
        n.t("NDIS participant no. ").i("43" + n.zdig(7)).t("  (plan review requested)\n")
    else:
        n.t("My Aged Care ID ").i("AC" + n.zdig(8)).t("  (ACAT referral pending)\n")
    n.t("Carer / NOK: partner ").nm(partner.fl).t(" ").ph(au_mob(n, n.ri(0, 3))).t("\n\n")
    n.t("Impairment: ").c(n.ch(["AROC 1.2 stroke, right body involvement", "AROC 1.1 stroke, left body involvement",
                                "AROC 2.21 traumatic brain injury, closed"])).t("; event ").d(event, "dmy").t("\n")
    n.t("FIM on admission ").c(str(n.ri(45, 90))).t(" (motor ").c(str(n.ri(25, 60))).t(", cognitive ").c(str(n.ri(15, 30)))
    n.t(");  AN-SNAP class ").c(n.ch(["4AR3", "4AR4", "4BR2"])).t("\n")
    n.t("Mobility: ").c(n.ch(["1 assist + 4WW", "standby + single-point stick", "wheelchair, hoist transfers"])).t("\n")
    n.t("Meds: ").c("apixaban 5 mg bd").t(", ").c("rosuvastatin 20 mg nocte").t(", ").c("sertraline 50 mg mane").t("\n")
    n.t("Team: Dr ").nm(rp.fi).t(" (rehab physician), ").nm(pt.first).t(" (PT), ").nm(ot.first).t(" (OT)\n")
    n.t("Goals agreed with ").nm(q.first).t(" and ").nm(partner.first).t(": home with supports, return to driving assessment.\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_ms_phone_log(n: C) -> Note:
    q = n.pat(sex=n.ch("ffm"))
    dob, _age = n.dob(22, 60)
    ur = n.dig(6)
    _line, sub, _st, _pc, _code = au_addr(n)
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=True)
    gp, reg, cns = n.staff(), n.staff(), n.staff("f")
    day = n.dt()
    lastrel = date(day.year - n.ri(1, 3), n.ri(1, 12), 1)
    inf = day - timedelta(days=n.ri(40, 160))
    ivmp = day + timedelta(days=n.ri(1, 3))
    n.t("ms nurse phone log - ").d(day, "dmy2").t(f" {n.tm(8, 16, '')}\n")
    n.t("pt rang: ").nm(q.low).t("  ur ").i(ur).t("  dob ").d(dob, "dmy3").t("  mob ").ph(au_mob(n, n.ri(0, 3))).t("\n")
    n.t(f"c/o {n.ri(3, 7)}/7 worsening L leg numbness + urinary urgency. no fever, no dysuria.\n")
    n.t("urine dip neg at GP (dr ").nm(gp.last.lower()).t(", ").ad(sub.lower()).t(")\n")
    n.t("last relapse ").d(lastrel, "mysl2").t(". on ocrelizumab, last infusion ").d(inf, "dmy3").t(", lymphs ").c(n.fl(0.8, 2.0)).t("\n")
    n.t("baseline edss ").c(n.ch(["1.5", "2.0", "2.5"])).t(", now walking ").c(f"~{n.ri(100, 400)} m").t(" before resting\n")
    n.t("d/w dr ").nm(reg.last.lower()).t(" (neuro reg) - for IVMP ").c("1 g daily x 3 days").t(" via day unit from ")
    n.d(ivmp, "dm").t(", booked. ")
    n.t("husband " if sp.sex == "m" else "wife ").nm(sp.first.lower()).t(" to drive her in.\n" if q.sex == "f" else " to drive him in.\n")
    n.t("- ").nm(cns.first.lower()).t(", ms cns\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_tia_letter(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(50, 95)
    ur = n.let(1) + n.dig(6)
    gp, fel, prof = n.staff(), n.staff(), n.staff()
    gline, gsub, gst, gpc, code = au_addr(n, ("WA", "SA", "TAS"))
    seen = n.dt(-6, -1)
    n.t("TIA RAPID ACCESS CLINIC          Ph ").ph(au_land(n, code)).t("   Fax ").ph(au_land(n, code)).t("\n\n")
    n.d(n.today, "long").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").t(n.ch(["Lakeside Family Practice", "Northgate Medical Centre", "Riverview GP Clinic"])).t("\n")
    n.ad(gline).t("\n").ad(gsub).t(f" {gst} ").z(gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t(f"Re: {q.title} ").nm(q.fL).t("   DOB ").d(dob, "dot").t("   UR ").i(ur).t("\n\n")
    n.t("Thank you for referring this ").age(age).t(f"-year-old {'man' if q.sex == 'm' else 'woman'}, "
                                                                             "whom I saw on ").d(seen, "dmy1")
    n.t(f" after two episodes of transient {n.ch(['left', 'right'])} hand clumsiness. ABCD2 ").c(str(n.ri(3, 6))).t(".\n")
    n.t("CTA: ").c(n.ch(["50-69% L ICA stenosis", "no significant stenosis", "70-79% R ICA stenosis"])).t("; MRI DWI ")
    n.c(n.ch(["small cortical infarct", "negative"])).t("; ECG sinus rhythm, 72-h Holter booked.\n")
    n.t("Management: ").c("clopidogrel 75 mg daily").t(" with ").c("aspirin 100 mg daily").t(" for ").c("21 days")
    n.t(", then clopidogrel alone; ").c("atorvastatin 80 mg").t("; target BP ").c("< 130/80").t(".\n")
    n.t("I have advised no driving for ").c("2 weeks").t(".\n\n")
    n.t("Yours sincerely,\n\nDr ").nm(fel.fl).t(", Stroke Fellow, for A/Prof ").nm(prof.fl).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


# ------------------------------------------------------------------------------ templates: Canada
def ca_on_prevention_referral(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(40, 88)
    ohip, vc = _ohip(n.r)
    line, city, pcode, area = ca_addr(n, "ON")
    ed = n.staff()
    day = n.dt()
    ev = day - timedelta(days=n.ri(0, 3))
    dl = _on_dl(n.r, q, dob)
    n.t("SECONDARY STROKE PREVENTION CLINIC - REFERRAL          Fax to ").ph(us_ph(n, area, 0)).t("\n")
    n.t("Date: ").d(day, "ymdsl").t("\n")
    n.t("Patient: ").nm(q.LF).t("     OHIP: ").i(f"{ohip[:4]}-{ohip[4:7]}-{ohip[7:]} {vc}").t("     DOB: ").d(dob, "ymdsl").t("\n")
    n.t("Address: ").ad(line).t(", ").ad(city).t(" ON ").z(pcode).t("     Phone: ").ph(us_ph(n, area, 1)).t("\n\n")
    n.t("Event date: ").d(ev, "ymdsl").t("   Symptoms: ").c(n.ch(["transient R arm weakness x 40 min",
                                                               "expressive aphasia x 15 min, resolved",
                                                               "L amaurosis fugax x 5 min"])).t("\n")
    n.t("Risk: [X] HIGHEST (within 24 h)   [ ] increased (within 2 wk)\n")
    n.t("BP ").c(f"{n.ri(140, 190)}/{n.ri(76, 102)}").t("   ECG ").c(n.ch(["NSR", "AF, new", "NSR, LVH"])).t("   CT/CTA ")
    n.c(n.ch(["no acute findings, no stenosis > 50%", "old L parietal infarct; R ICA 60% stenosis"])).t("\n")
    n.t("Started: ").c("ASA 160 mg x1 then 81 mg daily").t(" + ").c("clopidogrel 300 mg load then 75 mg daily").t("\n")
    n.t("MTO report: [X] completed ").d(day, "ymdsl").t("  - driver's licence no. ").i(dl).t("\n\n")
    n.t("Referring: Dr. ").nm(ed.fl).t(" (Emergency)   CPSO # ").i(n.dig(5)).t("   Billing # ").i(n.zdig(6)).t("\n")
    return n.build(_fhir(q, dob, [("ohip", ohip)]))


def ca_bc_first_seizure(n: C) -> Note:
    q = n.pat(sex="f")
    dob, age = n.dob(19, 45)
    phn = _bc_phn(n.r)
    line, city, pcode, area = ca_addr(n, "BC")
    fp, doc = n.staff(), n.staff()
    partner = n.rel(q, n.ch("mf"), same=False)
    day = n.today
    sz = day - timedelta(days=n.ri(25, 50))
    eeg = sz + timedelta(days=n.ri(8, 18))
    dl = n.zdig(7)
    n.t("First Seizure Clinic\n\n")
    n.d(day, "usl").t("\n\n")
    n.t("Dr. ").nm(fp.fl).t("\n").t(n.ch(["Mission Creek Medical", "Westside Family Practice", "Northshore Health Clinic"])).t("\n")
    n.t("\nRe: ").nm(q.fL).t(", PHN ").i(phn).t(", DOB ").d(dob, "iso").t("\n")
    n.t("    ").ad(line).t(", ").ad(city).t(", BC ").z(pcode).t("\n\n")
    n.t("Dear Dr. ").nm(fp.last).t(":\n\n")
    n.t(f"Thank you for asking me to see this {age}-year-old who had a generalized tonic-clonic seizure at work on ")
    n.d(sz, "usl").t(", witnessed by a colleague (").c(f"~{n.ri(1, 3)} min").t(", tongue bite, post-ictal confusion ")
    n.c(f"{n.ri(15, 40)} min").t("). Sleep deprivation preceded it.\n\n")
    n.t("EEG on ").d(eeg, "uslo").t(": ").c(n.ch(["left temporal sharp waves", "normal", "generalized 4 Hz polyspike-wave"]))
    n.t(". MRI: ").c(n.ch(["normal", "L hippocampal sclerosis"])).t(".\n")
    n.t("After discussion with Ms. ").nm(q.last).t(" and ").t("her partner ").nm(partner.first)
    n.t(", I have started ").c("lamotrigine 25 mg daily x 2 weeks, then 50 mg daily x 2 weeks").t(" and will titrate.\n")
    n.t("I have notified RoadSafetyBC (driver's licence ").i(dl).t(") and advised her not to drive.\n\n")
    n.t("Sincerely,\n\n").nm(doc.fl).t(", MD, FRCPC\nNeurology     tel ").ph(us_ph(n, area, 1)).t("\n")
    return n.build(_fhir(q, dob, [("phn", phn.replace(" ", ""))]))


def ca_mb_nursing_admission(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(55, 97)
    phin = n.dig(9)
    reg = n.zdig(6)
    mrn = n.dig(7)
    line, city, pcode, area = ca_addr(n, "MB")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    rn = n.staff()
    day = n.dt()
    n.t("STROKE UNIT - NURSING ADMISSION ASSESSMENT        ").d(day, "iso").t(f" {n.tm(8, 22, '')}h\n")
    n.t("Name: ").nm(q.fL).t("     PHIN ").i(phin).t("     MHSC reg # ").i(reg).t("     MRN ").i(mrn).t("\n")
    n.t("DOB ").d(dob, "iso").t("   Age ").age(age).t("   Language: ").t(n.ch(["English", "English / Plautdietsch", "English / Tagalog"])).t("\n")
    n.t("Lives at ").ad(line).t(", ").ad(city).t(" MB ").z(pcode).t(" with ").t("wife " if sp.sex == "f" else "husband ")
    n.nm(sp.first).t(" (").ph(us_ph(n, area, n.ri(0, 1))).t(")\n\n")
    n.t("Code status: ").t(n.ch(["Full", "Medical care, no CPR"])).t("\n")
    n.t("Swallow screen: ").c(n.ch(["fail - NPO, SLP consult", "pass - minced / mildly thick"])).t("\n")
    n.t("NIHSS ").c(str(n.ri(2, 14))).t("   CNS ").c(n.ch(["7.5", "8.0", "9.0", "10.0"])).t("   BG ").c(n.fl(5.0, 12.0))
    n.t("   T ").c(n.fl(36.2, 37.6)).t("   BP ").c(f"{n.ri(130, 185)}/{n.ri(70, 100)}").t("\n")
    n.t("Falls risk: ").c("high").t("; bed alarm on. Skin: ").c("intact").t("\n")
    n.t("Belongings: glasses, upper denture, walker (left with family).\n")
    n.t("RN: ").nm(rn.fl).t("\n")
    return n.build(_fhir(q, dob, [("phin", phin)]))


def ca_ab_rehab_discharge(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(20, 70)
    uli = _uli(n.r)
    mrn = n.dig(8)
    line, city, pcode, area = ca_addr(n, "AB")
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    cm, doc = n.staff(), n.staff()
    dc = n.dt(-6, -1)
    adm = dc - timedelta(days=n.ri(30, 70))
    inj = adm - timedelta(days=n.ri(10, 30))
    n.t("NEUROREHABILITATION - DISCHARGE SUMMARY\n")
    n.t("Patient: ").nm(f"{q.last}, {q.first} {q.mid}").t("     ULI ").i(uli).t("     MRN ").i(mrn).t("\n")
    n.t("DOB ").d(dob, "ymon").t("     Admitted ").d(adm, "ymon").t("     Discharged ").d(dc, "ymon").t("\n\n")
    n.t("Diagnosis: ").c(n.ch(["moderate TBI", "severe TBI with L frontal contusions", "SAH with R MCA vasospasm infarct"]))
    n.t(" after MVC ").d(inj, "ymon").t("; PTA ").c(f"{n.ri(7, 40)} days").t("\n")
    n.t("FIM admission ").c(str(n.ri(40, 80))).t(" -> discharge ").c(str(n.ri(90, 120))).t("; MoCA ").c(f"{n.ri(18, 27)}/30").t("\n")
    n.t("Meds at discharge: ").c("levetiracetam 500 mg BID").t(", ").c("amantadine 100 mg BID").t(", ").c("melatonin 3 mg HS").t("\n\n")
    n.t("Discharged home with spouse ").nm(sp.first).t(" to ").ad(line).t(", ").ad(city).t(" AB ").z(pcode).t(".\n")
    n.t("Home care case manager: ").nm(cm.fl).t(", ").ph(us_ph(n, area, 1)).t("\n")
    n.t("No driving until cleared by a specialized driver assessment.\n\n")
    n.t("Dictated by: ").nm(doc.fl).t(", MD, FRCPC (PM&R)   D: ").d(dc, "iso").t("   T: ").d(dc + timedelta(days=1), "iso").t("\n")
    return n.build(_fhir(q, dob, [("uli", uli.replace("-", ""))]))


def ca_nl_telehealth(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(30, 80)
    mcp = n.dig(12)
    line, city, pcode, area = ca_addr(n, "NL")
    fac, fp, doc = n.staff(), n.staff(), n.staff()
    day = n.dt()
    nxt = day + timedelta(days=n.ri(30, 60))
    n.t(f"TELEHEALTH NEUROLOGY CONSULTATION - patient site: {n.ch(['Labrador Health Centre', 'Western Memorial', 'James Paton Memorial'])}\n")
    n.t("Date: ").d(day, "dmon0").t("\n")
    n.t("Patient: ").nm(q.fl).t("     MCP ").i(f"{mcp[:3]} {mcp[3:6]} {mcp[6:9]} {mcp[9:]}").t("     DOB ").d(dob, "dmon0").t("\n")
    n.t("Home: ").ad(line).t(", ").ad(city).t(", NL ").z(pcode).t("     Tel ").ph(us_ph(n, area, 1)).t("\n")
    n.t("Facilitator at patient site: ").nm(fac.fl).t(", LPN     Video endpoint ").p("IP", f"142.163.{n.ri(1, 254)}.{n.ri(2, 254)}")
    n.t(" (H.323), connection good\n")
    n.t("Referred by Dr. ").nm(fp.fi).t(" (family medicine) re: fatigable ptosis and diplopia.\n\n")
    n.t("Exam by video: R ptosis worse after ").c("60 s").t(" upgaze; ice pack test ").c("positive").t(" (").c("2 mm").t(" improvement);")
    n.t(" neck flexion ").c("4/5").t("; no bulbar signs.\n")
    n.t("Impression: ocular vs early generalized myasthenia gravis.\n")
    n.t("Plan: AChR and MuSK antibodies, CT chest; start ").c("pyridostigmine 30 mg TID").t(", increase to ").c("60 mg TID")
    n.t(" if tolerated. Next telehealth clinic ").d(nxt, "usm").t(".\n\n")
    n.nm(doc.fl).t(", MD, FRCPC\n")
    return n.build(_fhir(q, dob, [("mcp", mcp)]))


# ------------------------------------------------------------------------------ templates: Ireland
def ie_lysis_checklist(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(45, 95)
    mrn = n.zdig(7)
    line, town, county, eir, code = ie_addr(n)
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    hus = n.rel(q, "m" if q.sex == "f" else "f", same=True)
    gp, reg, cons, cnm = n.staff(), n.staff(), n.staff(), n.staff("f")
    day = n.dt()
    onset = n.tm(7, 16)
    arr = _plus(onset, n.ri(40, 120))
    wt = n.ri(55, 95)
    tot = round(wt * 0.9, 1)
    n.t("ED STROKE THROMBOLYSIS CHECKLIST\n")
    n.t("Date: ").d(day, "dmy").t(f"     Time of arrival: {arr}\n")
    n.t("Name: ").nm(q.fL).t("     MRN: ").i(mrn).t("     DOB: ").d(dob, "dmy").t(" (").age(age).t(")\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(f", {county} ").z(eir).t("\n")
    n.t("NOK: daughter ").nm(dau.fl).t(" ").ph(ie_mob(n, n.ri(0, 3))).t("     GP: Dr ").nm(gp.fl).t("\n\n")
    n.t(f"Onset {onset}, witnessed by ").t("husband " if hus.sex == "m" else "wife ").nm(hus.first).t("; FAST positive\n")
    n.t("[x] age > 18   [x] onset < 4.5 h   [x] CT no haemorrhage   [ ] anticoagulated   [ ] surgery < 14 days\n")
    n.t("NIHSS ").c(str(n.ri(5, 22))).t("   BP ").c(f"{n.ri(150, 184)}/{n.ri(80, 104)}").t("   glucose ").c(n.fl(4.5, 10.5))
    n.t("   weight ").c(f"{wt} kg").t("\n")
    n.t("Alteplase ").c("0.9 mg/kg").t(" = ").c(f"{tot} mg").t(": bolus ").c(f"{round(tot / 10, 1)} mg").t(" over 1 min, infusion ")
    n.c(f"{round(tot * 0.9, 1)} mg").t(" over 60 min. Bolus at ").t(_plus(arr, n.ri(25, 60))).t("\n")
    n.t("Registrar: Dr ").nm(reg.fi).t("     Consultant Dr ").nm(cons.last).t(" informed by phone\n")
    n.t("Nurse: ").nm(cnm.fl).t(", CNM1   Switch ").ph(f"({code}) {n.ri(2, 9)}{n.zdig(2)} {n.zdig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_epilepsy_clinic(n: C) -> Note:
    q = n.pat(sex=n.ch("ffm"))
    dob, _age = n.dob(18, 45)
    mrn = n.zdig(7)
    ppsn = _ppsn(n.r)
    line, town, county, eir, code = ie_addr(n)
    anp, cons, gp = n.staff("f"), n.staff(), n.staff()
    day = n.dt()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    prev = day - timedelta(days=n.ri(100, 200))
    ev = prev + timedelta(days=n.ri(20, 80))
    n.t("EPILEPSY SERVICE - CLINIC NOTE (EPR)\n")
    n.t(f"Clinic: {WDAYS[day.weekday()][:3]} ").d(day, "dmy").t("\n")
    n.t("Patient: ").nm(q.fl).t("   MRN ").i(mrn).t("   DOB ").d(dob, "dmy").t("   PPSN ").p("SSN", ppsn).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(town).t(f", {county}, ").z(eir).t("   Mob ").ph(ie_mob(n, n.ri(0, 3))).t("\n")
    n.t("Seen by: ").nm(anp.fl).t(" (RANP) with Dr ").nm(cons.last).t("\n\n")
    n.t("Since last visit (").d(prev, "ordm").t("): one focal aware seizure ").d(ev, "dmo")
    n.t(" - rising epigastric feeling, ").c(f"{n.ri(30, 90)} s").t(", no loss of awareness.\n")
    n.t("Meds: ").c("lacosamide 100 mg bd").t(", ").c("folic acid 5 mg od").t(". Adherence good; no side effects.\n")
    if q.sex == "f":
        n.t("Contraception: ").c("LNG-IUS").t(". Not on valproate; pregnancy planning discussed.\n")
    n.t("Driving: discussed the RSA Medical Fitness to Drive guidelines - aware seizures only for > 1 year may "
        "allow a Group 1 licence; licence no. ").i(n.zdig(9)).t(". Consultant to complete form D501.\n")
    n.t("Plan: increase lacosamide to ").c("150 mg bd").t(". Review 6/12.\n")
    n.t("cc: Dr ").nm(gp.fl).t(", GP   tel ").ph(f"{code} {n.ri(2, 9)}{n.zdig(2)} {n.zdig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", ppsn)]))


def ie_rehab_preadmission(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _age = n.dob(20, 60)
    mrn = n.zdig(7)
    ppsn = _ppsn(n.r)
    line, town, county, eir, _code = ie_addr(n)
    wife = n.rel(q, "f", same=n.r.random() < 0.5)
    cm = n.staff()
    day = n.dt()
    inj = day - timedelta(days=n.ri(25, 60))
    n.t("PRE-ADMISSION ASSESSMENT - BRAIN INJURY PROGRAMME\n")
    n.t("Assessed on ").d(day, "ofm").t(" at the referring acute hospital by ").nm(cm.fl).t(" (case manager)\n\n")
    n.t("Patient: ").nm(f"{q.first} {q.mid}. {q.last}").t("     MRN (acute) ").i(mrn).t("     DOB ").d(dob, "dmy").t("\n")
    n.t("PPS No. ").p("SSN", ppsn).t("     Medical card: ").t(n.ch(["yes", "no (GP visit card)"])).t("\n")
    n.t("Home: ").ad(line).t(", ").ad(town).t(f", {county}  ").z(eir).t("\n")
    n.t("Mechanism: fall from ladder at work ").d(inj, "dmy").t("; GCS at scene ").c(f"{n.ri(5, 9)}/15").t("; ")
    n.c(n.ch(["R frontal contusion + SDH (evacuated)", "diffuse axonal injury", "L temporal contusion"])).t("\n")
    n.t("PTA: ").c(n.ch(["emerged day 21", "emerged day 34", "ongoing"])).t("   DRS ").c(str(n.ri(4, 12))).t("   FIM+FAM ")
    n.c(str(n.ri(90, 150))).t("\n")
    n.t("Behaviour: disinhibited at times; 1:1 special overnight until last week.\n")
    n.t("Family: wife ").nm(wife.first).t(" (mob ").ph(ie_mob(n, n.ri(0, 3))).t("), two children; ").nm(wife.first)
    n.t(" visiting daily.\n")
    n.t("Recommendation: accept to waiting list - category ").c("B").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", ppsn)]))


# ------------------------------------------------------------------------------ templates: New Zealand
def nz_stroke_discharge(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(45, 95)
    nhi = _nhi(n.r)
    line, sub, city, pc, code = nz_addr(n)
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    gp, cns = n.staff(), n.staff()
    dc = n.dt(-2, 0)
    n.t("STROKE DISCHARGE CHECKLIST\n")
    n.t("Patient: ").nm(q.fL).t("   NHI ").i(nhi).t("   DOB ").d(dob, "dmy1").t("   Age ").age(age).t("\n")
    n.t("Address: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").z(pc).t("\n")
    n.t("Whānau contact: ").nm(dau.fl).t(" (daughter) ").ph(nz_mob(n, n.ri(0, 3))).t("\n")
    n.t("GP: Dr ").nm(gp.fl).t(", ").t(n.ch(["Manukau Family Health", "Eastside Medical", "Southgate Health Centre"]))
    n.t("  ph ").ph(f"({code}) {n.ri(2, 9)}{n.zdig(2)} {n.zdig(4)}").t("\n")
    n.t("Discharge date: ").d(dc, "dmy").t("\n\n")
    n.t("[x] Stroke: ").c(n.ch(["L PACI", "R TACI", "posterior circulation infarct", "L LACI"])).t("; mRS at discharge ")
    n.c(str(n.ri(1, 3))).t("\n")
    n.t("[x] Meds reconciled: ").c("clopidogrel 75 mg od").t(", ").c("atorvastatin 80 mg nocte").t(", ").c("cilazapril 2.5 mg od").t("\n")
    n.t("[x] Driving: no driving for ").c("1 month").t(" (NZTA guidelines), discussed with ").nm(dau.first).t("\n")
    n.t("[x] Community stroke rehab referral sent   [x] Stroke Foundation pack given\n")
    n.t("Stroke CNS: ").nm(cns.fl).t(", ext ").ph(n.zdig(5)).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_driver_certificate(n: C) -> Note:
    q = n.pat()
    dob, _age = n.dob(25, 80)
    nhi = _nhi(n.r)
    line, sub, city, pc, code = nz_addr(n)
    doc = n.staff()
    day = n.dt()
    tia = day - timedelta(days=n.ri(30, 60))
    lic = n.let(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + n.zdig(6)
    n.t("MEDICAL CERTIFICATE FOR DRIVER LICENCE\n")
    n.t("Driver licence number: ").i(lic).t("     Version: ").t(n.zdig(3)).t("\n")
    n.t("Full name: ").nm(f"{q.first} {q.last.upper()}").t("     Date of birth: ").d(dob, "dmy").t("\n")
    n.t("NHI: ").i(nhi).t("\n")
    n.t("Residential address: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").z(pc).t("\n\n")
    n.t("Licence classes held: 1 (car)\n")
    n.t("Relevant condition: TIA on ").d(tia, "dmy").t(" (").c(n.ch(["L hemisphere, 20 min", "R hemisphere, 45 min"]))
    n.t("); no recurrence; carotid imaging ").c("< 50% stenosis").t("; on ").c("clopidogrel 75 mg").t("\n")
    n.t("Stand-down of ").c("1 month").t(" completed; BP ").c(f"{n.ri(118, 145)}/{n.ri(70, 90)}").t("; visual fields ")
    n.c("full to confrontation").t("\n")
    n.t("Outcome: [x] meets the medical standards for the licence classes held\n\n")
    n.t("Medical practitioner: Dr ").nm(doc.fl).t("     MCNZ reg. ").i(n.dig(5)).t("\n")
    n.t("Phone ").ph(f"({code}) {n.ri(2, 9)}{n.zdig(2)} {n.zdig(4)}").t("     Date ").d(day, "dmy").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_paed_epilepsy_letter(n: C) -> Note:
    q = n.pat(grp=n.ch(["mao", "mao", "nzp", "cki"]))
    dob, age = n.dob(5, 12)
    nhi = _nhi(n.r)
    line, sub, city, pc, _code = nz_addr(n)
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    koro = n.rel(q, "m", same=True)
    gp, doc, sw = n.staff(), n.staff(), n.staff()
    day = n.today
    eeg = day - timedelta(days=n.ri(14, 50))
    wt = n.ri(18, 40)
    n.t("Paediatric Neurology\n\n").d(day, "long").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").t(n.ch(["Te Puna Hauora", "Kowhai Medical Centre", "Harbourside Doctors"])).t("\n\n")
    n.t("Kia ora Dr ").nm(gp.last).t("\n\n")
    n.t("Re: ").nm(q.fL).t(" (NHI ").i(nhi).t("), DOB ").d(dob, "dmy").t(f", {age} years\n")
    n.t("    ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(" ").z(pc).t("\n\n")
    n.t("I saw ").nm(q.first).t(" today with ").t(f"{q.his} mum ").nm(mum.first).t(" and koro ").nm(koro.fl)
    n.t(", supported by ").nm(sw.first).t(" from the whānau support service.\n\n")
    n.t("Diagnosis: childhood absence epilepsy. EEG ").d(eeg, "dmy").t(": ").c("3 Hz generalised spike-wave")
    n.t(", ").c(f"{n.ri(6, 14)}").t(" absences on hyperventilation.\n")
    n.t("Treatment: ").c(f"ethosuximide {wt * 10} mg bd").t(" (").c("20 mg/kg/day").t("; weight ").c(f"{wt} kg").t(").\n")
    n.t("Mum reports the absences have dropped from ").c("~20 a day").t(" to ").c("2-3 a week").t(". Teachers have noticed "
                                                                                               "better concentration.\n")
    n.t("Water safety and bath supervision discussed. Review in 4 months; ").nm(mum.first).t(" can ring ").ph(nz_mob(n, 0))
    n.t(" (epilepsy nurse) in between.\n\n")
    n.t("Ngā mihi\n\nDr ").nm(doc.fl).t("\nPaediatric Neurologist\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ templates: India, South Africa,
# Singapore, Jamaica
def in_stroke_case_sheet(n: C) -> Note:
    q = n.pat(sex=n.ch("mmf"))
    dob, age = n.dob(40, 80)
    city, state, _sab, pin3, _std, locs = n.ch(IN)
    son = n.rel(q, "m", same=True)
    sr, cons = n.staff(), n.staff()
    day = n.dt()
    onset = n.tm(6, 12)
    win = n.ri(80, 200)
    adm = _plus(onset, win)
    wt = n.ri(48, 85)
    abha = f"91-{n.zdig(4)}-{n.zdig(4)}-{n.zdig(4)}"
    uhid = n.dig(10)
    n.t("DEPARTMENT OF NEUROLOGY - STROKE UNIT CASE SHEET\n")
    n.t("UHID: ").i(uhid).t("    IPD No: ").i(f"{day.year % 100}/{n.dig(5)}").t("    ABHA No: ").i(abha).t("\n")
    n.t(f"Name: {'Mr.' if q.sex == 'm' else 'Smt.'} ").nm(q.fl).t(f"    Age/Sex: {age}/{'M' if q.sex == 'm' else 'F'}\n")
    n.t("Attendant: son ").nm(son.fl).t(", Mob ").ph(in_mob(n, n.ri(0, 4))).t("\n")
    n.t("Address: ").ad(f"Plot No. {n.ri(4, 380)}, Sector {n.ri(2, 18)}, {n.ch(locs)}").t(", ").ad(city).t(f", {state} - ")
    n.z(f"{pin3}{n.zdig(3)}").t("\n")
    n.t("Date/time of admission: ").d(day, "dash").t(f" {adm} hrs\n\n")
    n.t(f"H/o sudden onset R sided weakness with inability to speak since {onset} am. Window period ").c(f"{win // 60} hr {win % 60} min").t("\n")
    n.t("k/c/o HTN on T. Amlodipine ").c("5 mg").t(" OD (irregular), DM on T. Metformin ").c("500 mg").t(" BD\n")
    n.t("O/E: BP ").c(f"{n.ri(150, 190)}/{n.ri(86, 108)}").t(" mmHg, PR ").c(f"{n.ri(70, 110)}/min").t(", RBS ").c(f"{n.ri(120, 260)} mg/dl")
    n.t(", NIHSS ").c(str(n.ri(8, 20))).t("\n")
    n.t("NCCT head: no bleed, ASPECTS ").c(str(n.ri(7, 10))).t("\n")
    n.t("Inj. Tenecteplase ").c("0.25 mg/kg").t(" = ").c(f"{round(wt * 0.25)} mg").t(" IV bolus given (wt ").c(f"{wt} kg")
    n.t("). Consent taken from son after explaining risk of bleed.\n")
    n.t("Sr. Resident: Dr. ").nm(sr.fl).t("    Consultant: Dr. ").nm(cons.fl).t(", DM (Neurology)\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("abha", abha)]))


def in_neuro_opd(n: C) -> Note:
    q = n.pat(sex="f", grp="inn")
    dob, age = n.dob(18, 45)
    city, _state, sab, _pin3, _std, _locs = n.ch(IN[:3])
    vill, teh = n.ch(IN_RURAL[city])
    doc = n.staff(grp="inn")
    day = n.dt()
    last = day - timedelta(days=n.ri(3, 20))
    n.t("NEUROLOGY OPD                Date: ").d(day, "dmy2").t("        OPD Reg. No. ").i(f"{day.year % 100}-{n.dig(6)}").t("\n")
    n.t("Name: Smt. ").nm(q.fl).t(f"   Age: {age} yrs   Sex: F   Mob: ").ph(in_mob(n, 1)).t("\n")
    n.t("Add: Vill. ").ad(vill).t(", Teh. ").ad(teh).t(", Distt. ").ad(city).t(f" ({sab})\n\n")
    n.t("c/o 3 episodes of GTCS in last 2 months, last on ").d(last, "dm").t(". No h/o fever.\n")
    n.t("CT brain (outside): ").c("single ring-enhancing lesion L parietal, 9 mm").t(" - ? NCC\n")
    n.t("O/E: BP ").c(f"{n.ri(104, 130)}/{n.ri(66, 86)}").t(", no FND, fundus ").c("normal").t("\n\n")
    n.t("Adv: MRI brain with contrast, EEG, CBC, LFT\n")
    n.t("Rx:\n")
    n.t("1. T. Levipil ").c("500 mg").t(" 1-0-1 x 1 month\n")
    n.t("2. T. Albendazole ").c("400 mg").t(" 1-0-1 x 14 days\n")
    n.t("3. T. Prednisolone ").c("20 mg").t(" 1-0-0 x 10 days, then taper\n")
    n.t("4. T. Pantoprazole ").c("40 mg").t(" 1-0-0 before breakfast\n")
    n.t("Not to drive, swim or work near fire / heights. Review after 1 month with reports.\n\n")
    n.t("Dr. ").nm(doc.fl).t(", MD, DM (Neurology)   Reg. No. ").i(f"{n.ch(['RMC', 'UPMC', 'MPMC'])}/{n.dig(5)}").t("\n")
    return n.build(_fhir(q, dob, []))


def za_stroke_admission(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(40, 85)
    said = _said(n.r, dob, q.sex)
    folder = n.dig(8)
    sub, pc, _code, streets = n.ch(ZA)
    dau = n.rel(q, "f", same=n.r.random() < 0.6)
    intern, mo = n.staff(), n.staff()
    day = n.dt()
    prev = day - timedelta(days=1)
    n.t("MEDICAL ADMISSION - ACUTE WARD\n")
    n.t("Folder no: ").i(folder).t("     ID no: ").i(said).t("\n")
    n.t("Name: ").nm(q.fl).t(f"     Age: {age}     Sex: {'M' if q.sex == 'm' else 'F'}\n")
    n.t("Address: ").ad(n.ch(streets).replace("#", str(n.ri(2, 4800)))).t(", ").ad(sub).t(", ").z(pc).t("\n")
    n.t("Cell: ").ph(f"0{n.ch(['72', '73', '82', '83', '84'])} {n.zdig(3)} {n.zdig(4)}").t("     NOK: daughter ")
    n.nm(dau.fl).t(" ").ph(f"+27 {n.ch(['71', '79', '82'])} {n.zdig(3)} {n.zdig(4)}").t("\n\n")
    n.t("Collateral from daughter: found on the floor at ").t(n.tm(5, 7)).t(" on ").d(day, "dmy")
    n.t(f", last seen well at {n.tm(20, 22)} the previous night (").d(prev, "dm0").t(").\n")
    n.t("Background: HPT on ").c("HCTZ 12.5 mg").t(" and ").c("amlodipine 10 mg").t("; RVD on ").c("TLD").t(", VL ")
    n.c("LDL").t(", CD4 ").c(str(n.ri(250, 700))).t("\n")
    n.t("O/E: GCS ").c(f"{n.ri(10, 15)}/15").t(", BP ").c(f"{n.ri(170, 210)}/{n.ri(96, 120)}").t(", HGT ").c(n.fl(5.0, 12.0))
    n.t(", R dense hemiplegia, global aphasia\n")
    n.t("CT brain: ").c(n.ch(["L MCA territory infarct, no haemorrhage", "L capsular infarct", "R MCA infarct with early oedema"]))
    n.t("\nPlan: out of window for thrombolysis; ").c("aspirin 300 mg").t(" stat via NGT after SLP, ").c("atorvastatin 40 mg")
    n.t(", BP permissive. Social worker for home assessment.\n")
    n.t("Dr ").nm(intern.fl).t(" (intern) / Dr ").nm(mo.fi).t(" (MO)\n")
    return n.build(_fhir(q, dob, [("said", said), ("folder", folder)]))


def sg_community_referral(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(60, 92)
    nric = _nric(n.r, dob)
    town, sec, st = n.ch(SG)
    blk = n.ri(101, 899)
    son_en = n.ch(["Kelvin", "Alvin", "Desmond", "Melvin", "Winston", "Jeremy"])
    if son_en.lower() in n.used:
        raise Redraw
    n.used.add(son_en.lower())
    helper = n.person("fdw", "f")
    doc = n.staff(grp="sgc")
    mrn = n.dig(8)
    day = n.dt()
    given = q.first
    n.t("REFERRAL TO COMMUNITY HOSPITAL - REHABILITATION\n")
    n.t("Date of referral: ").d(day, "sh0").t("\n")
    n.t("Patient: ").nm(f"{q.last.upper()} {given}").t("     NRIC: ").i(nric).t("     Age/Sex: ").age(age)
    n.t(f"/{'M' if q.sex == 'm' else 'F'}     MRN: ").i(mrn).t("\n")
    n.t("DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").ad(f"Blk {blk} {town} {st} #{n.ri(2, 14):02d}-{n.ri(10, 399)}").t(", Singapore ").z(f"{sec}{blk:04d}")
    n.t("\n")
    n.t("NOK: son ").nm(f"{son_en} {q.last}").t(" ").ph(f"+65 {n.ch('89')}{n.zdig(3)} {n.zdig(4)}").t("; home ")
    n.ph(f"6{n.zdig(3)} {n.zdig(4)}").t("\n")
    n.t("Main caregiver: helper ").nm(helper.first).t(" (FDW, with family 4 years, trained in transfers)\n\n")
    n.t("Diagnosis: ").c(n.ch(["L PACI", "R LACI", "R PACI with L neglect"])).t(" on ").d(day - timedelta(days=n.ri(6, 14)), "sh0")
    n.t("; background HTN, HLD, DM (HbA1c ").c(f"{n.fl(6.5, 9.5)}%").t(")\n")
    n.t("Function: MBI ").c(f"{n.ri(20, 60)}/100").t(", FAC ").c(str(n.ri(1, 3))).t(", AMT ").c(f"{n.ri(6, 10)}/10").t("\n")
    n.t("Meds: ").c("aspirin 100 mg OM").t(", ").c("atorvastatin 40 mg ON").t(", ").c("metformin 850 mg BD").t("\n")
    n.t("Goals: ambulate with quad stick, supervised ADLs; family prefers discharge home to the HDB flat (lift-landing).\n\n")
    n.t("Referring doctor: Dr ").nm(f"{doc.last} {doc.first}").t(" (MO, Neurology)   MCR ").i(f"M{n.zdig(5)}{n.let(1)}").t("\n")
    return n.build(_fhir(q, dob, [("nric", nric), ("mrn", mrn)]))


def jm_neuro_clinic(n: C) -> Note:
    q = n.pat()
    dob, age = n.dob(16, 40)
    town, parish, areas = n.ch(JM)
    mum = n.rel(q, "f", same=n.r.random() < 0.6)
    sr, cons = n.staff(), n.staff()
    day = n.dt()
    last = day - timedelta(days=n.ri(10, 40))
    trn = n.dig(9)
    n.t("NEUROLOGY CLINIC - FOLLOW-UP NOTE\n")
    n.t("Date: ").d(day, "dmy").t("     Docket no: ").i(n.dig(6)).t("\n")
    n.t("Name: ").nm(q.fl).t("     DOB: ").d(dob, "dmy").t(f" ({age} yrs)\n")
    n.t("TRN: ").i(f"{trn[:3]}-{trn[3:6]}-{trn[6:]}").t("     NHF card no: ").i(n.dig(8)).t("\n")
    n.t("Address: ").ad(f"Lot {n.ri(4, 900)}, {n.ch(areas)}").t(", ").ad(town).t(f", {parish}\n")
    n.t("Tel: ").ph(jm_ph(n, n.ri(0, 3))).t("     Mother: ").nm(mum.fl).t(" ").ph(jm_ph(n, n.ri(0, 3))).t("\n\n")
    n.t(f"Hx: seizures since age {n.ri(10, 15)}; GTC, mostly nocturnal. Last seizure ").d(last, "dmy")
    n.t(" after missing doses for 3 days (ran out, pharmacy out of stock).\n")
    n.t("Meds: ").c("carbamazepine 400 mg bd").t(" (Tegretol CR); previously on ").c("phenytoin 300 mg nocte").t("\n")
    n.t("O/E: BP ").c(f"{n.ri(110, 135)}/{n.ri(70, 88)}").t(", gum hypertrophy ").c("mild").t(", no nystagmus, gait normal\n")
    n.t("Plan: increase carbamazepine to ").c("400 mg mane, 600 mg nocte").t("; EEG requested; LFTs and Na.\n")
    n.t("Advised not to drive; sleep hygiene; NHF card to be used at the pharmacy.\n\n")
    n.t("Dr ").nm(sr.fl).t(" (SR) / Dr ").nm(cons.last).t(" (consultant)\n")
    return n.build(_fhir(q, dob, [("trn", trn)]))


# ------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "HASU thrombolysis pathway record", uk_hasu_lysis),
    ("uk", "SSNAP audit record export", uk_ssnap),
    ("uk", "routine EEG report", uk_eeg),
    ("uk", "epilepsy nurse DVLA driving letter", uk_dvla_letter),
    ("uk", "family seizure diary e-mail", uk_seizure_diary),
    ("uk", "TIA clinic referral triage sheet", uk_tia_triage),
    ("uk", "neurorehab goal planning meeting", uk_rehab_goals),
    ("uk", "nerve conduction / EMG report", uk_ncs),
    ("sc", "thrombectomy referral telephone log", sc_thrombectomy_call),
    ("sc", "MS clinic letter", sc_ms_letter),
    ("cy", "stroke ESD referral", cy_esd_referral),
    ("ni", "video-EEG telemetry summary", ni_telemetry),
    ("us", "ED code stroke note", us_code_stroke),
    ("us", "GWTG-Stroke abstraction form", us_gwtg_abstraction),
    ("us", "California lapse-of-consciousness morbidity report", us_ca_morbidity_report),
    ("us", "EMG / NCS consultation", us_emg),
    ("us", "epilepsy portal message from a parent", us_portal_message),
    ("us", "IRF team conference", us_irf_conference),
    ("us", "MS DMT letter of medical necessity", us_dmt_necessity),
    ("us", "neuro ICU sign-out", us_nicu_signout),
    ("us", "90-day stroke follow-up call", us_90day_call),
    ("us", "botulinum toxin spasticity procedure note", us_botox_spasticity),
    ("us", "DBS programming visit", us_dbs_programming),
    ("au", "ED code stroke record", au_code_stroke),
    ("au", "AuSCR episode data form", au_auscr),
    ("au", "driver medical certificate (epilepsy)", au_driver_cert),
    ("au", "subacute rehab admission summary", au_rehab_admission),
    ("au", "MS nurse phone log", au_ms_phone_log),
    ("au", "TIA clinic letter to GP", au_tia_letter),
    ("ca", "stroke prevention clinic referral (ON)", ca_on_prevention_referral),
    ("ca", "first seizure clinic letter (BC)", ca_bc_first_seizure),
    ("ca", "stroke unit nursing admission (MB)", ca_mb_nursing_admission),
    ("ca", "neurorehab discharge summary (AB)", ca_ab_rehab_discharge),
    ("nl", "telehealth neurology consultation (NL)", ca_nl_telehealth),
    ("ie", "ED thrombolysis checklist", ie_lysis_checklist),
    ("ie", "epilepsy clinic note", ie_epilepsy_clinic),
    ("ie", "brain injury pre-admission assessment", ie_rehab_preadmission),
    ("nz", "stroke discharge checklist", nz_stroke_discharge),
    ("nz", "driver licence medical certificate", nz_driver_certificate),
    ("nz", "paediatric epilepsy clinic letter", nz_paed_epilepsy_letter),
    ("in", "stroke unit case sheet", in_stroke_case_sheet),
    ("inn", "neurology OPD prescription", in_neuro_opd),
    ("za", "medical admission, stroke", za_stroke_admission),
    ("sg", "community hospital rehab referral", sg_community_referral),
    ("jm", "neurology clinic follow-up note", jm_neuro_clinic),
]

_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a word of a labelled name) appears unlabelled elsewhere in the note."""
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
        for m in re.finditer(r"(?<![\w])" + re.escape(frag) + r"(?![\w])", text, flags):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        try:
            note = fn(C(73_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
