"""HELD-OUT v80 PHI corpus: written independently, before any round-80 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout75 / heldout76 / heldout77 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout77's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, name-group table, ``P`` class, date-format
helper, word-list and initials tables, the first lines and the last lines of its place section, the
first entries of its ``TEMPLATES`` list and a grep of its function and table names were seen in
passing, but this file's name groups, word-like and eponym list, places, phone and date formats and
templates are its own, and its check digits are written from the published algorithms - NHS / H&C /
CHI modulus 11, Luhn for NPI, OHIP, Alberta ULI and SA ID numbers, BC PHN modulus 11, AU Medicare,
Irish PPSN modulus 23, old-format NZ NHI, Verhoeff for Aadhaar and the Singapore NRIC check letter -
and checked, outside the repository, against python-stdnum and separately written validators); also
a listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and dependency lines of
``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2 list and
``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the other
held-out corpora being written at the same time were not read; ruff check (not ruff format) was run
on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v77 it
aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it
is modelled on SAFEGUARDING, SOCIAL CARE AND CONTINUING CARE: safeguarding adult and child referrals
(MASH, APS, Child Safety, Tusla, Oranga Tamariki, Form 22, the National Children's Registry),
strategy and inter-agency referral discussions, mental capacity and decision-making capacity
assessments, best interests records, DoLS, AWI, Form 33 and enduring power of attorney certificates,
continuing healthcare checklists and funding letters, care-home, long-term care and aged care
placement records, learning disability hospital passports and annual health checks, domestic abuse
(MARAC / DASH, MARAM, strangulation, medico-legal) notes and court, tribunal and guardianship
reports - in the United Kingdom (14: England 9, Scotland 2, Wales 2, Northern Ireland 1), the United
States (9), Australia (5), Canada (4: Ontario, British Columbia, Alberta, Nova Scotia), Ireland (3),
New Zealand (3), India (2: Kolkata, Hyderabad), South Africa (2), Singapore (2) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): adult safeguarding concern forms raised
from a ward (the local authority, hospital and practice names unlabelled, the ward sister's full
name with a landline and a 5-digit "ext" (both PHONE), "dth Mon yyyy" with the time outside,
separate "Forename(s)" / "Surname" fields (two NAME spans, the surname in capitals), "dd.mm.yyyy"
DOB, age (>= 90 labelled), spaced NHS number, street, town and postcode, "Dr Last" GP, "d Mon"
admission, "Title Last" and the son by first name and full name with a mobile, "Month yyyy", "dd/mm"
MCA date, the matron's full name; pressure ulcer category and size, weight, BMI, CK, urea, Waterlow
and MUST clinical; the Datix number unlabelled); children's MASH requests for support from a
paediatric ED ("d.m.yy" with the phone-call time outside, the MASH worker's first name, "Full name:
First LAST" and "Known as: First", "dd-Mon-yyyy" DOB with the age in months unlabelled, unspaced NHS
number, the mother's full name, DOB and mobile, the mother's partner, the health visitor with a
mobile, "d Mon" skeletal survey, "Dr F. Last (ST5)" and the named doctor; bruise, frenulum, weight,
centile, femoral fracture, Hb and clotting clinical); section 42 strategy discussion minutes
("Weekday dth Month yyyy" - the weekday outside -, "Title First LAST, DOB d.m.yyyy (nn)" (>= 90
labelled), the care home name unlabelled, the chair, social worker, "DC" detective, matron and
manager by full name, "Dr First Last (GP)" apologies, "d Month" incident, a padded action table
whose "Owner" column holds two-letter initials (NAME) and "dd/mm" dates, "d Month yyyy" next
meeting, the minute-taker; apixaban dose, NOF fracture, Hb, eGFR and Clinical Frailty Scale
clinical); mental capacity assessment records ("Person's name: Title First Last", "dd-mm-yyyy" DOB,
hospital and NHS numbers, the home street and town inside the decision wording, "dd/mm/yy" MoCA
date, the daughter by first name (twice) and full name with an OPG registration date and mobile, an
interpreter's full name or the OT's first name, "Title Last", the OT with an HCPC "OTnnnnn" number
(ID), "d/m/yy" with the time outside; MoCA, 4AT, Na and CRP clinical); best interests decision
records ("FIRST LAST" in capitals, spaced NHS number, "d Mon yyyy" DOB with "(nn yrs)" (>= 90
labelled), "Dr F. Last (Consultant Geriatrician)", "Weekday d Month" meeting (weekday outside), the
brother / sister, the IMCA with a "dd/mm" instruction date, the SLT's first name, the dietitian, the
patient's first name in the past-wishes line, "dd/mm/yyyy" review; weight, weight loss, BMI,
albumin, VFS result, IDDSI levels clinical); DoLS Form 1 urgent authorisations (the care home's
street, town and postcode - the resident's address - labelled, its name and the supervisory body
unlabelled, "dd/mm/yyyy" DOB, age (>= 90 labelled), "d Mon yyyy" admission, "Dr F Last" GP, the
niece proposed as RPR with a mobile and personal e-mail (EMAIL), urgent authorisation and expiry
"dd/mm/yyyy" dates (times outside), the registered manager with a landline; MMSE, falls, 1:1
supervision, lorazepam and Abbey Pain Scale clinical); NHS continuing healthcare checklists ("LAST,
First", spaced NHS number, "d Mon yyyy" DOB, "dd.mm.yyyy" completion, an eleven-domain A / B / C
table with evidence, the discharge co-ordinator, the son-in-law with a mobile; SpO2, salbutamol,
MUST, weight, Waterlow, pressure ulcer, ACE-III, insulin, CBG and hoist clinical); learning
disability hospital passports ("My name: First Last", "I like to be called: First", "d Month yyyy"
DOB, spaced NHS number, street, town and postcode, "Mum - First Last" with a mobile and a landline,
the keyworker's first name, "First (Mum)" and the community LD nurse, "d Month yyyy" completion;
allergy, seizure type and frequency, buccal midazolam, levetiracetam, lamotrigine, Laxido, TSH,
IDDSI level and weight clinical; "Down syndrome" and "Makaton" unlabelled); MARAC referrals from a
hospital IDVA ("d/m/yyyy", the IDVA with a mobile, the victim's full name, "dd/mm/yyyy" DOB and
unspaced NHS number, a text-only safe mobile, the perpetrator "FIRST LAST" in capitals with DOB, "d
Mon" separation date, children with DOBs, "Dr F. Last (ED)", a crime reference "NP-yyyymmdd-nnnn"
(ID, one span); DASH total, laceration, sutures, neck bruising, GCS, CT and pregnancy / bHCG
clinical). Scotland (2): inter-agency referral discussion (IRD) records ("dd/mm/yy" with the time
outside, the HSCP unlabelled, the child "FIRST LAST" in capitals, CHI (from the DOB and sex),
"dd.mm.yyyy" DOB, "Age: 8" unlabelled, street ("n/n, nn Street" flat form included), town and
postcode, mother and father, "DS" outside the detective's name, the team manager and the
paediatrician, the school nurse's first name, "d Mon" missed appointments, "dd/mm/yyyy" CPPM date
and "d/m" booking, "F. Last" recorder; weight, centile, carious teeth, Hb and ferritin clinical;
attendance percentage unlabelled) and AWI section 47 certificates ("Title First Last", CHI spaced
6-4, "dd/mm/yyyy" DOB, age (>= 90 labelled), street, town and postcode, the welfare attorney (son /
daughter) with an OPG registration "dth Month yyyy" and mobile, "d Mon" MMSE date, "dd/mm/yyyy"
validity dates, "Dr First Last" with a GMC number (ID) and a landline; MMSE, the blood tests,
donepezil and memantine clinical). Wales (2): bilingual CHC eligibility decision letters from a
health board ("Ein cyf / Our ref: CHC/yy/nnnnn" (ID), "Dyddiad / Date: d Month yyyy", the daughter's
name and address on one line, "Dear Title Last," (the daughter's own surname), "Re: First Last (your
father)", "dd/mm/yyyy" DOB, spaced NHS number, "d Month yyyy" MDT date, "dd/mm/yyyy" panel and
eligibility dates, "Yn gywir / Yours sincerely" with the nurse assessor and "Ffôn / Tel"; the
Decision Support Tool levels (High, Moderate, Low, No needs), aggression episodes, 2:1 support and
risperidone clinical) and learning disability annual health checks (Welsh practice names unlabelled,
"First LAST", "d.m.yyyy" DOB, unspaced NHS number, the town of the supported tenancy (ADDRESS), the
support worker's first name, Mum's full name with a mobile, "d Mon" last seizure, "d/m/yy" best
interests discussion, the CTLD nurse, "Dr F. Last" with a landline, "Diolch."; BP, pulse, weight,
BMI, valproate, Bristol stool type, Movicol, TSH, levothyroxine, HbA1c and cholesterol clinical).
Northern Ireland (1): adult safeguarding referrals to the DAPO ("Surname" / "Forename(s)" (two
spans), spaced H&C number (mod 11), "dd/mm/yy" DOB with "(nn yrs)" (>= 90 labelled), street, town
and BT postcode, "Dr First Last" GP, "the dth of Month" ("the" outside), "Title Last", the care
worker, the district nurse with an "028" landline, the DAPO, "dd/mm/yyyy", a PSNI reference
"CCyyyymmddnnnnn" (ID); bruise sizes, INR and Hb clinical). United States (9): social work notes of
an Adult Protective Services report ("mm/dd/yyyy" with the time outside, the state unlabelled, APS
intake number "yyyy-nnnnnn" (ID), "LAST, First M.", DOB, age (>= 90 labelled), MRN in several forms,
SSN, street (apartment inside), city and ZIP, home phone, the grandson, "m/d" dates, ", LCSW" with a
5-digit "ext", the APS caseworker's cell; down time, CK, creatinine, pressure injury stage and
weight in lb clinical); child protection team consultations ("First Last" infant, MRN, DOB, "Age: n
mo" unlabelled, "Dr. Last (PICU)", the parents' full names with their ages (unlabelled), "mm/dd/yy"
presentation, "m/d" dates with times outside, the MSW, a DCS report number "yy-nnnnnn" (ID), the
investigator with a phone, "First M. Last, MD"; bruise size, SDH, rib fractures, retinal
haemorrhages and coagulation / liver / pancreatic labs clinical); physician's reports for a
guardianship petition (probate case number "yyyy GDN nnnnnn" (ID), "In re the Guardianship of: First
M. Last", "Month d, yyyy" DOB, age (>= 90 labelled), the son's full name, street, city (state
unlabelled) and ZIP, "Month dth, yyyy" examination date, the pre-admission city (ADDRESS), ", MD"
with NPI (Luhn) and phone, an e-signature line with "mm/dd/yyyy", the time outside and the signer's
IP address (IP); SLUMS, MoCA, B12, TSH, RPR, CT finding, ADLs and medicines clinical); case
management SNF placement notes ("m/d/yyyy", "First Last, nn y/o F" (>= 90 labelled), MRN, Medicare
MBI (ID; format only), "m/d/yy" Medicaid filing, "m/d" dates, the daughter POA with a phone and the
city she lives in (ADDRESS), ", RN, BSN, Case Manager", "cc: First Last, PT"; gait distance,
assistance level, AM-PAC, BIMS, insulin and ertapenem clinical; payer and facility names
unlabelled); C-L psychiatry capacity evaluations ("mm/dd/yyyy", "LAST, FIRST", MRN, "mm-dd-yyyy"
DOB, "Dr. Last (hospitalist)", "nn yo M" unlabelled, the sister with a phone, the resident ", MD,
PGY-3 Psychiatry" with a 4-digit pager, "Dr. First Last, attending"; A1c, WBC, MoCA, CAM, Na and
pip-tazo clinical); forensic nurse examinations for non-fatal strangulation ("Month d, yyyy" with a
4-digit time outside, "First M. Last", DOB, MRN, the ex-boyfriend, "Officer First Last", a police
case number "yy-nnnnnn" (ID), the advocate's first name, the mother's full name and the city she
lives in (ADDRESS), a safe number, "m/d" follow-up, ", RN, SANE-A"; LOC, incontinence, voice change,
Danger Assessment score, petechiae, abrasion, SpO2, BP, CTA and photograph count clinical); e-mail
threads between a daughter and a hospital social worker ("From: First Last <personal e-mail>",
"Sent: Weekday, Month d, yyyy h:mm AM" (weekday and time outside), "To: First Last <work e-mail>",
"Subject: RE: Dad (First Last) - nursing home", "Hi First", the father's street and the city she
lives in (ADDRESS), her cell, a shared-folder link carrying a token (URL), the daughter's first-name
sign-off, "Ms. Last", "m/d" admission, ", LMSW" with office and fax numbers; insulin dose clinical);
lower-case social work follow-ups ("m/d hhmm", "pt first last 91f" - the age run into the sex
letter, >= 90 labelled -, MRN, "dr last", "dtr first" with a phone, a "m/d/yyyy" HCPOA date, the APS
worker's lower-case full name, "m/d" dates, "- first l, msw"; CAM, haloperidol, weight and albumin
clinical; the payer unlabelled); I/DD waiver support coordination notes ("First M. Last", DOB,
Medicaid ID (ID), group-home street, city and ZIP, the sister guardian with a
letters-of-guardianship date and phone, "mm/dd/yy" visit, the nurse's first name, "Dr. Last" PCP,
"mm/dd/yyyy" next ISP, the support coordinator with a 4-digit "ext"; SpO2, Tmax,
ampicillin-sulbactam, levothyroxine, CPAP pressure, weight, BMI and A1c clinical; "since 2019"
unlabelled). Australia (5): child protection liaison reports to Child Safety ("dd/mm/yyyy" with the
time outside, an intake reference "CS-nnnnnnn" (ID), the baby as "First" and "LAST" (two spans) and
"(Baby of First Last)", baby and mother URs, "dd/mm/yyyy" birth with the time outside, the mother
"First LAST" with "d/m/yyyy" DOB and "(nn)", Medicare (check digit, issue number inside), street
("n/nn", "Unit n, nn"), suburb, state unlabelled and postcode, mobile, the father, "Dr Last"
neonatologist, the midwife's first name, the liaison officer with a "(0n)" landline; antenatal
visits, urine drug screen, gestations, birth weight, Finnegan scores and oral morphine dose
clinical); aged care assessment support plans (My Aged Care ID "ACnnnnnnnn" (ID), "Title First
Last", DOB with "(nn)" (>= 90 labelled), Medicare, street, suburb and postcode, the son with the
suburb he lives in (ADDRESS) and a mobile, "d/m/yyyy" assessment, "Dr F. Last" GP, "dd/mm/yyyy"
delegate decision, the ACAS nurse; RUDAS, falls, Timed Up and Go, modified Barthel, continence,
medicines, respite days and package level clinical); medical reports for guardianship and
administration applications ("First LAST", DOB, UR, street, suburb and postcode, the applicant
social worker, the estranged son, the niece with a mobile, "d Month yyyy" hearing with a tribunal
reference "Gnnnnn/yyyy" (ID), "d/m/yyyy" admission, "Dr First Last" with an AHPRA "MED000nnnnnnn"
number (ID) and landline; drinks per week, Wernicke encephalopathy, thiamine doses, MoCA, ACE-III,
GGT, MCV and albumin clinical; "Korsakoff" and "Wernicke" unlabelled); NDIS participant discharge
plans ("First LAST", UR, NDIS number "43nnnnnnn" (ID), "d Mon yyyy" DOB, the SIL home's street,
suburb and postcode, the plan manager with a work e-mail, the support coordinator's mobile, "Weekday
d/m" (weekday outside), the OT's first name, a tokenised document-share link (URL), "d/m/yy";
baclofen, levetiracetam, Movicol, feed and flush volumes, weight, Waterlow and SpO2 clinical; "GMFCS
V" unlabelled); family violence risk assessments (MARAM) ("First Last", UR, "d.m.yyyy" DOB,
"dd/mm/yyyy", the husband, an IVO date, an "L17-nnnnnnnn" police reference (ID), the children's
first names with ages, a safe mobile, the social worker with a 5-digit "ext"; fracture, bruise size,
EPDS and item-10 score clinical). Canada (4): Ontario Mental Health Act Form 33 notices ("Last,
First", OHIP "nnnn-nnn-nnn XY" or "nnnnnnnnnn XY" (Luhn; version code inside), "yyyy/mm/dd" DOB,
street, city, "ON" unlabelled and postal code, the SDM spouse / sibling with a phone, the rights
adviser with an ISO date and the time outside, "Dr. First Last", "Mon d, yyyy"; YMRS, lithium,
olanzapine, lithium level and TSH clinical); British Columbia long-term care priority access
requests ("Mon. d, yyyy", "First M. Last", spaced PHN (mod 11), ISO DOB, age (>= 90 labelled), "Mon
d" ALC date, street, city, "BC" and postal code, the daughter under a representation agreement with
a phone and personal e-mail, the preferred city (ADDRESS), the case manager's phone, "Dr. F. Last";
interRAI CPS, ADL hierarchy, CHESS, MAPLe, DRS, transfers, quetiapine and Braden clinical); Alberta
social work reports to Children's Services ("yyyy-Mon-dd" with the time outside, "Baby Boy / Girl
LAST" (the NAME span is the surname), "(to be named First)", the baby's and mother's ULIs
"nnnnn-nnnn" (Luhn), the mother's full name with "nn y" unlabelled, a 10-digit treaty status number
(ID), "unit, number street", city, "AB" and postal code, the maternal grandmother with a phone, the
intake worker, "Mon d", "Dr. Last", ", MSW, RSW"; opioid exposure, UDS, birth weight, Apgars and
Eat-Sleep-Console outcome clinical); Nova Scotia referrals to Adult Protection Services ("ddMONyyyy"
compact, "First Last", "dd MON yyyy" DOB in capitals, age (>= 90 labelled), 10-digit health card
spaced 4-3-3 (ID), street, town, "NS" and postal code, the nephew with a "Month yyyy" move-in date,
"Mon d", the home-care RN with a phone, "Dr. Last"; ulcer size, HbA1c, weight, weight loss,
metformin and MoCA clinical). Ireland (3): HSE safeguarding preliminary screening forms (PSF1) (full
name, "dd/mm/yyyy" DOB, age (>= 90 labelled), PPSN (SSN; mod 23, old and new "A" forms), MRN, street
or apartment line, town, county unlabelled and Eircode, "d/m/yyyy", the nephew, "Month yyyy", the
designated officer with a "(0nn)" landline, ", CNM2"; weight, MUST, Hb in g/dL and MMSE clinical;
the State Pension unlabelled); Tusla child protection and welfare report forms ("the dth of Month
yyyy" ("the" outside) report and birth dates, the baby's and mother's MRNs, the mother's full name,
DOB and mobile, address with Eircode, the father, the duty social worker, the senior medical social
worker with a "(01)" landline; methadone dose, toxicology, birth weight, gestation, NAS scores and
oral morphine clinical); Nursing Home Support Scheme common summary assessment reports (full name,
"dd.mm.yyyy" DOB with "(nn years)" (>= 90 labelled), PPSN, address with Eircode, the daughter care
representative with a mobile, the public health nurse with "dd/mm/yyyy", "Dr First Last"
geriatrician with a "d Mon. yyyy" report date, "Title Last"; Barthel, MMSE, Waterlow, falls and
medicines clinical; home-care hours unlabelled). New Zealand (3): reports of concern to Oranga
Tamariki ("d/m/yyyy", a contact-centre reference "ROC-nnnnnnn" (ID), "Tamaiti: First LAST", NHI
(check digit), DOB, street, suburb, city and postcode, the mother's mobile, the nan's full name with
a "(0n)" landline, the paediatrician and the child protection co-ordinator; weight, centile, Hb,
ferritin, weight gain and DNAs clinical); EPOA medical certificates of mental incapacity ("Donor:
First Last", NHI, "d/m/yyyy" DOB with "(nn)" (>= 90 labelled), street, suburb, city and postcode,
the son attorney's mobile, "d Month yyyy", "d Mon" interRAI date, "Dr First Last" with an MCNZ
number (ID), the NASC co-ordinator; MoCA, CT finding and interRAI scales clinical); lower-case ED
family violence screens ("dd/mm/yy hhmm", the patient's lower-case full name with "28f" unlabelled,
a lower-case NHI, the partner's and child's lower-case first names, a lower-case "month yyyy", the
lower-case suburb and city (ADDRESS), the refuge advocate's first name, "d/m" follow-up, "- first
last, ed reg"; nasal fractures, laceration, GCS, CT, paracetamol and ibuprofen clinical). India (2):
medico-legal case records for domestic violence in Kolkata (MLC number "nnnn/yy" (ID), "dd/mm/yyyy"
with the time outside, "Smt. First Last, W/o First Last" (two NAME spans; "Smt." and "W/o" outside),
"Age/Sex: 32/F" unlabelled, a casualty registration number (ID), house line, locality and city
(three ADDRESS spans) " - " PIN code, mobile, Aadhaar (Verhoeff), the brother, a police GD entry
number (ID) with "dd-mm-yyyy", the Protection Officer, "Dr. First Last, MBBS" with a WBMC
registration number (ID); injury dimensions, sutures, vitals, Hb and X-ray clinical) and referrals
to the Child Welfare Committee in Hyderabad ("dd-mm-yyyy", Telugu surname-first names "Surname
Given" (one span each) for the child, the late father and the mother, "Age: 9 years" unlabelled, IP
number (ID), "H.No. n-n-nnn/n", locality and city (three ADDRESS spans) with PIN code, a neighbour's
mobile, a CHILDLINE call reference (ID), "Month yyyy", the medical officer, MSW and DCPO; weight,
height, MUAC, Hb, scabies, stomatitis and treatment doses clinical). South Africa (2): Form 22
reports of child abuse ("First LAST", "yyyy/mm/dd" DOB, SA ID number (DOB, sex digits, Luhn),
hospital folder number, street, township, city and postal code, the grandmother with a cell, a SAPS
case number "CAS nnn/mm/yyyy" (ID, one span), the designated social worker, "Dr First Last" with an
HPCSA "MPnnnnnnn" number (ID) and a landline; burns, weight-for-age z-score, HIV PCR and Hb
clinical) and social work reports of abuse of an older person in Durban ("d Month yyyy", "Title
First Last", SA ID, age (>= 90 labelled), street, suburb, city and postal code, the grandson, the
daughter (own surname) with a cell and the suburb she lives in (ADDRESS), "Dr Last", the social
worker with a landline; pressure sore grade, BP, amlodipine, Hb and albumin clinical; "SASSA" and
"J88" unlabelled). Singapore (2): referrals to the Adult Protective Service (Vulnerable Adults Act)
("dd-Mon-yy", "Name (as in NRIC):" with a Chinese name surname first ("Goh Siew Huay", one span,
sometimes in capitals) or a Malay "FIRST BIN / BINTI FATHER" / Indian "FIRST S/O / D/O FATHER" name
(two spans, the connector outside), NRIC (S / T prefix, check letter; ID), age (>= 90 labelled), an
HDB line "Blk nnnA Street, #nn-nnn" (ADDRESS) and "Singapore" unlabelled before the postal code
(ZIP), a "6nnn nnnn" home line, the son's English-plus-Chinese name "Jason Goh Wei Jie" (one span)
or first name, "+65" mobile, the MSW and geriatrician (Chinese staff surname first); pressure
injury, BMI, albumin, AMT and medicines clinical) and medical social work family violence
assessments ("dd/mm/yyyy" with the time outside, the client and husband in NRIC form, NRIC, the HDB
line and "S(nnnnnn)" (only the digits ZIP), a safe mobile, "ED Dr Last", a police report number
"E/yyyymmdd/nnnn" (ID), the case worker and the MSW; orbital fracture, haematoma, GCS and VA
clinical). Jamaica (1): child abuse reports to the National Children's Registry ("dd/mm/yyyy",
"First Last", "d-m-yy" DOB, "Age: n yrs" unlabelled, docket number and TRN "nnn-nnn-nnn" (ID; no
check digit used), street, community and "Kingston nn" postal district (ADDRESS), "St. Andrew"
unlabelled, the mother's "876" cell in three forms, "Cst." outside the constable's name, "Month d,
yyyy", "Dr First Last" with a phone; burns, immersion pattern, loop marks, weight and Hb clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(North East / Cumbrian surnames), British Bangladeshi, British Polish and British Jamaican; Scottish
(Aberdeenshire / Lanarkshire surnames); Welsh; Northern Irish; US Appalachian white, African
American, Puerto Rican and Ethiopian American (the father's name as surname); Anglo Australian
(Cornish-descended surnames), Lebanese, Greek and Noongar Australian; English / Mennonite Canadian,
Portuguese Canadian, Filipino Canadian and Cree; Irish with fadas and O' surnames, Romanian and
Polish in Ireland; Pākehā, Māori and Tongan; Bengali and Telugu (surname first); Sotho / Tswana,
Durban Indian and Afrikaans South African; Singapore Chinese (surname first, two-syllable given
names), Malay (bin / binti and the father's name) and Tamil (s/o / d/o); Jamaican), children born
since 2008 taking current first names for the UK, US, Australian, Canadian, Irish, New Zealand and
British Bangladeshi groups, about one patient name in five (UK, US, AU, CA, IE, NZ and Bengali
groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note
(relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ come
from the local groups and, about three in ten, a mixed international workforce (Zimbabwean, Goan,
Nepali, Ghanaian, Filipino and Romanian); elsewhere staff are local. Word-like, eponymous and place
names are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtue names, months and
weekdays - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown - the eponyms of
this field's scales, syndromes, tests, reviews and laws (Barthel, Waterlow, Braden, Norton, Abbey,
Folstein, Addenbrooke, Gillick, Fraser, Caldicott, Bournewood, Cheshire, Katz, Lawton, Zarit,
Rockwood, Glasgow, Bristol, Appelbaum, Roper, Logan, Tierney, Munchausen, Wernicke, Korsakoff, Down,
Lewy, Alzheimer, Huntington, Parkinson, Asperger, Prader, Willi, Angelman, Rett, Tourette, Makaton,
Laming, Winterbourne, Lennox, Gastaut, Edwards, Patau, Williams, Finnegan, Apgar, Silverman, Kempe,
Caffey ...) and every town, suburb, street and district these notes name); the curated lists were
checked against the web2 word list and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the
Faker names of those locales that are, or contain, lower-case web2 words) and names shorter than
three letters. Relatives take a first name from the family's group (or locale); blood relatives keep
the surname, spouses, partners, nieces and married daughters sometimes have their own. Forms: "First
Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST, FIRST", "LAST, First M.",
"First M. Last", "F. Last", "F Last", "Title Last", "Dr Last" / "Dr. Last" / "dr last", lower-case
full names, first names and "first l", first names alone (also "Known as" / "I like to be called"),
separate "Forename(s)" / "Surname" fields and a newborn's "First" / "LAST" (two spans each), "Baby
Boy / Girl LAST" (one span, the surname), Singapore Chinese and Telugu surname-first names (one
span), an English name before a Chinese name (one span), "First bin / binti / s/o / d/o Father" and
"First Last, W/o First Last" (two spans each, the connector outside) and two-letter initials in an
action table. No initials spell a clinical, social-care or common abbreviation (``BAD_INITS``), and
a note never reuses a first or last name for unrelated people (a note in which a labelled PHI string
- or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn
from the next fixed seed).

Conventions (as heldout75 - heldout77): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Ms.", "Smt.", "DC", "DS", "Officer", "Cst.", "Baby Boy", "Baby Girl",
"Baby of", "W/o", "bin", "binti", "s/o", "d/o", ", MD", ", LCSW", ", MSW", ", LMSW", ", MSW, RSW",
", RN", ", RN, BSN, Case Manager", ", RN, SANE-A", ", PT", ", MBBS", ", CNM2", ", Senior MSW", ",
MD, PGY-3 Psychiatry", "(son)", "(daughter)", "(niece)", "(sister)", "(brother)", "(son-in-law)",
"(husband)", "(Mum)", "(grandmother)", "(IMCA ...)", "(SLT)", "(GP)", "(ST5)", "(PICU)",
"(hospitalist)", "(Hospital IDVA)", "(support worker)", "(paediatrician)", "(Consultant
Geriatrician)", "Registered Manager", "Social Worker", "Nurse Assessor" and the like) are outside
NAME spans; "LAST, First" is one NAME span. A street line (with flat / apartment / unit part, "n/n"
and "n/nn" forms, a Canadian "unit, number street", an Indian "n/nnA, Para" or "H.No. n-n-nnn/n"
line, a Singapore "Blk nnn Street, #nn-nnn" line), a suburb, township, community, locality, town or
city where a person lives (also the town of a supported tenancy, a care home's address for its
resident, the city where a relative lives or where the patient will stay, and a Jamaican "Kingston
nn" postal district) is ADDRESS; a state, province, county, parish or country ("TN", "QLD", "NT",
"ON", "BC", "AB", "NS", "Co. Mayo", "St. Andrew", "Singapore") is not PHI; UK postcodes, Eircodes,
US ZIP codes, Canadian postal codes, AU / NZ postcodes, Indian PIN codes, South African postal codes
and Singapore postal codes (the digits only in "S(nnnnnn)") are ZIP. DATE: anything more specific
than a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy",
"d.m.yyyy", "d.m.yy", "dd-mm-yyyy", "d-m-yy", ISO, "yyyy/mm/dd", "yyyy-Mon-dd", "mm/dd/yyyy",
"m/d/yyyy", "mm/dd/yy", "m/d/yy", "mm-dd-yyyy", "m/d", "d Month yyyy", "dth Month yyyy", "dth of
Month yyyy", "dth of Month", "dth Mon yyyy", "d Month", "d Mon yyyy", "d Mon. yyyy", "d Mon",
"dd-Mon-yyyy", "dd-Mon-yy", "ddMONyyyy", "dd MON yyyy", "Month d, yyyy", "Month dth, yyyy", "Mon d,
yyyy", "Mon. d, yyyy", "Mon d", "Month yyyy" (also lower-case) and dates inside references
("NP-yyyymmdd-nnnn", "E/yyyymmdd/nnnn", "CAS nnn/mm/yyyy") labelled as part of the ID; weekdays
("Friday", "Fri", "Wed") and a leading "the" stay outside; a date followed by a separate time labels
only the date; times of day ("15:05", "1535", "7:30 AM"), years alone ("since 2019"), durations,
gestations ("38+3/40", "pregnant 20/40"), ratios and scores ("17/27", "MoCA 14/30", "4/6 ADLs") and
ages < 90 are never labelled. AGE: ages >= 90 only, number part only (also "(97)", "(91 yrs)", "nn
y/o" and "100f", the sex letter outside). PHONE: mobiles, landlines, office, fax and direct lines,
4-digit pagers, 4- and 5-digit extensions (digits only; "ext" outside), with the country code ("+1",
"+27", "+44", "(+44)", "+61", "+64", "+65", "+91", "+353") and area-code brackets inside the span
and labels ("Tel", "Mob", "cell", "office", "fax", "pager", "Ffôn") outside. SSN: a US SSN on an APS
report and Irish PPSNs. ID: NHS (mod 11; spaced or unspaced), CHI (from the DOB and sex; also spaced
6-4), H&C (mod 11), hospital / MRN / UR / IP / folder / docket numbers, CHC and My Aged Care
references, NDIS numbers, HCPC, GMC, AHPRA, MCNZ, HPCSA and WBMC numbers, court and tribunal case
numbers, APS intake, DCS report, Child Safety intake, report-of-concern and CHILDLINE call
references, police crime, incident, case, L17, SAPS CAS and GD entry numbers, MLC and casualty
registration numbers, NPI (Luhn), Medicare MBI (format only), Medicaid IDs, AU Medicare (check
digit, issue number inside), OHIP (Luhn; version code inside), BC PHN (mod 11), Alberta ULI (Luhn),
a treaty status number, the Nova Scotia health card, NZ NHI (check digit; also lower-case), Aadhaar
(Verhoeff), SA ID numbers (Luhn), NRIC (check letter) and the Jamaican TRN. EMAIL: relatives'
personal addresses and two staff work addresses. URL: a relative's shared-folder link and a
tokenised document-share link. IP: the signer's address on an electronically signed court report.
Not PHI and unlabelled: hospital, ward, room, care home, council, health board, trust, HSCP,
practice, agency, programme, payer and court names, Datix numbers, form and section numbers (Form 1,
Form 22, Form 33, J88, PSF1, s.42), acts, hotline and service names, times of day and years alone.
Vitals, labs, weights, BMIs, wound and pressure-ulcer grades and sizes, injury descriptions and
dimensions, imaging findings, drug names with doses, feeds, gestations and birth weights, cognitive
and functional scores (MoCA, MMSE, ACE-III, SLUMS, RUDAS, AMT, 4AT, CAM, Barthel, Timed Up and Go,
AM-PAC, BIMS, interRAI scales), risk and wellbeing scores (Waterlow, MUST, Braden, Abbey Pain Scale,
DASH total, Danger Assessment, EPDS, YMRS, Finnegan and NAS scores, Clinical Frailty Scale), CHC
domain levels, support ratios and package levels are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 80_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated February 2024 to September 2025, the dates they cite from
births in the 1920s to an incapacity certificate running into 2028). Run it only for final figures:
its misses and lost clinical values are not to be inspected while the scrubber is being changed.
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    "en": ("Kevin Stephen Ian Gary Neil Wayne Keith Derek Brian Raymond Dennis Alistair Trevor Geoffrey",
           "Tracey Lesley Karen Janice Lynne Christine Pauline Maureen Gillian Sharon Nicola Carole Wendy Joanne",
           "Charlton Robson Milburn Dodds Routledge Hetherington Bewick Tweddle Gascoigne Heslop Hodgson Blenkinsop Liddle Ridley Pattinson Wardle Errington Tindall Craggs Stoddart Nesbitt Armstrong"),
    "bbd": ("Abdul Shahid Jamal Mizanur Rezaul Anwar Habibur Kamrul Moinul Shafiqur Mahbub",
            "Rukhsana Shahana Nasima Rumana Parveen Jahanara Shirin Taslima Rehana Shamima Nazma",
            "Miah Uddin Choudhury Hoque Alom Haque Karim Ullah Chowdhury Khatun Sikder Mostafa"),
    "bpl": ("Krzysztof Tomasz Piotr Marcin Grzegorz Pawel Wojciech Jakub Lukasz Dariusz Sebastian",
            "Agnieszka Katarzyna Malgorzata Magdalena Ewelina Dorota Justyna Renata Monika",
            "Nowak Wozniak Mazur Krawczyk Kaczmarek Pawlak Michalak Sikora Duda Wrobel Jablonski Szymanski Zielinski Dudek"),
    "bjm": ("Delroy Winston Errol Leroy Desmond Courtney Marlon Neville Lascelles Fitzroy Carlton",
            "Marcia Paulette Sonia Claudette Verna Yvonne Maxine Lorna Beverley Merline Icilda",
            "McKenzie Thompson Powell Gayle Anglin Samuels Clarke Morrison Beckford Facey Hinds Ricketts Mullings"),
    "sc": ("Gordon Alistair Kenneth Graeme Stuart Callum Duncan Iain Ewan Gregor Norrie Hugh",
           "Elspeth Morven Ailsa Kirsty Lorna Moira Shona Isla Fiona Gail Wilma Aileen Rhona",
           "Gillespie McLaughlin Docherty Cairney McGuigan Rennie Sangster Thain Milne Cruickshank Duguid Ingram Mackie Gauld Lumsden Reilly Coutts Baird"),
    "cy": ("Gareth Rhys Dylan Ieuan Owain Tomos Eifion Alun Elgan Berwyn Gwyn Emlyn",
           "Catrin Elin Manon Siwan Glesni Meinir Nerys Awen Tegwen Eirlys Delyth Llinos",
           "Roberts Thomas Humphreys Gittins Protheroe Rowlands Llywelyn Beynon Harries Eynon Wynne Parri"),
    "ni": ("Seamus Padraig Niall Brendan Mervyn Trevor Wilfred Cormac Kieran Dessie Gerry Alastair",
           "Aine Sinead Majella Bernadette Roberta Gail Pamela Clodagh Dervla Colette Sharon Noeleen",
           "McGarvey O'Neill McShane Kerr Gallagher Maginnis Breen Logue Hegarty McCusker Mullan Trimble Crossan McVeigh Donaghy"),
    "usw": ("Randall Clayton Dewayne Lonnie Curtis Harlan Jody Cletus Dwight Ricky Vernon",
            "Rhonda Tonya Darlene Wanda Charlene Shelby Loretta Glenda Brenda Trisha",
            "Hatfield Caudill Sizemore Stidham Blevins Napier Begley Mullins Hensley Puckett Honaker Stacy Fugate"),
    "usb": ("Marcus Darius Kendrick Cornell Roderick Jermaine Antwan Quincy Terrance Cedric Rashad",
            "Shanelle Latrice Kiara Tasha Ayesha Rochelle Lashonda Felicia Tameka Keisha Danielle Monique",
            "Jefferson Coleman Batts Bynum Faison Tillman Pegues Staton Pettaway Whitlock Gholston"),
    "uspr": ("Yadiel Luis Eliezer Wilfredo Heriberto Joel Reinaldo Efrain Javier Edwin Ismael",
             "Yamilet Marangely Nilda Migdalia Damaris Lizbeth Yaritza Evelyn Zoraida Maribel Wilmarie",
             "Rivera Colón Figueroa Vázquez Negrón Quiñones Pagán Meléndez Otero Acevedo Cintrón Matos Rosado Irizarry"),
    "uset": ("Dawit Yonas Tesfaye Abebe Bereket Henok Solomon Mulugeta Yohannes Biniam",
             "Selam Hiwot Meron Tigist Mekdes Rahel Tsion Almaz Meseret",
             "Haile Gebremedhin Alemu Bekele Worku Tadesse Mengistu Desta Girma Woldemariam Assefa Kebede"),
    "au": ("Jarrad Bradley Corey Jamie Daniel Kristian Mitchell Rhys Nathan Shaun Brendan Darren",
           "Shannon Kylie Renee Natalie Courtney Tahlia Jodie Kirra Simone Leanne Tegan Bianca",
           "Ferris Garnaut Gilchrist Kilpatrick Nankervis McKinnon Hogarth Pearce Quayle Chalmers Hutchins Trevaskis Penhall"),
    "aulb": ("Bilal Khaled Fadi Charbel Elie Ziad Tarek Wissam Jad",
             "Rania Nadine Joumana Layal Nisrine Mireille Carla Zeina",
             "Haddad Khoury Nasser Saleh Chahine Rahme Bechara Tannous Azzi Fakhoury Karam Harb"),
    "augr": ("Nikolaos Dimitrios Konstantinos Georgios Vasilios Panagiotis Spiros Christos Stavros Theo",
             "Eleni Despina Vasiliki Konstantina Paraskevi Anastasia Chrysoula Katerina Voula",
             "Papadopoulos Georgiou Kyriakou Theodorou Christodoulou Nikolaidis Papageorgiou Stavrou Economou Vlahos Mavromatis Kouris"),
    "auab": ("Clinton Jeremiah Shaquille Dion Lindsay Desmond Dwayne Dominic",
             "Tahnee Shakira Leonie Marcia Cheryl Tanisha Rochelle Kayla Latoya",
             "Kickett Ugle Narkle Bropho Garlett Eades Nannup Hansen Jetta Calyun Humphries"),
    "ca": ("Tyler Shawn Dustin Cory Darcy Garrett Lorne Kurtis Brayden",
           "Brittany Kaitlyn Kristen Melissa Chantelle Erin Lindsay Candace Kendra",
           "McPhail Ferguson Dueck Friesen Wiebe Klassen Thiessen Gillis MacKinnon Hildebrand Braun Enns Neufeld Kroeker"),
    "capt": ("Manuel Fernando Joaquim Antonio Rui Nuno Paulo Jorge Duarte Vitor",
             "Fatima Conceicao Lurdes Graca Filomena Isabel Teresa Albertina Cidalia Natalia",
             "Medeiros Furtado Pacheco Rego Sousa Raposo Cabral Arruda Botelho Melo Tavares Amaral Resendes"),
    "caph": ("Jerome Ronnel Jovito Marvin Rolando Jericho Arvin Reynante",
             "Maricris Jonalyn Rhodora Marissa Jennelyn Rowena Liezl Charmaine",
             "Macaraeg Dizon Cabrera Salazar Gatchalian Lacson Manalastas Pangilinan Tuazon Bautista Malabanan Sarmiento"),
    "cafn": ("Clifford Lyle Wilfred Harvey Elvis Vernon Leon Raymond",
             "Marlene Shauna Bernice Doreen Cecilia Tina Arlene Verna",
             "Whitford Houle Laboucan Gladue Bellerose Okemaw Sinclair Moosomin Cunningham Laboucane"),
    "ie": ("Micheál Colm Darragh Enda Killian Tomás Ultan Pádraic Brendan Cathal Fiachra Oisín",
           "Bríd Nóra Mairéad Ailbhe Caitríona Róisín Eimear Laoise Sorcha Fionnuala Gobnait Deirbhile",
           "Gilmartin Fitzmaurice Gaffney Mulvihill Naughton Kilbride Geraghty Mannion Feeney Hession Concannon O'Malley McNamara Fahey Diskin Conneely"),
    "iero": ("Ionut Bogdan Mihai Catalin Adrian Razvan Sorin Cosmin Vasile",
             "Ioana Andreea Alina Roxana Mihaela Cristina Loredana Gabriela Ionela Florentina",
             "Popescu Ionescu Dumitrescu Stanciu Munteanu Ciobanu Lungu Rusu Moldovan Constantin Marinescu Tudose"),
    "nz": ("Craig Hamish Dougal Shane Reuben Nigel Kieran Bevan Clayton",
           "Robyn Glenda Kerryn Sharyn Nicola Megan Sinead Raewyn Lynette Tracey Kerri",
           "Hislop Gainsford Stobie Burridge McConachie Tothill Galbraith Harnett Kinnaird Dalziel Dobbie"),
    "mao": ("Rangi Ihaia Piripi Hori Matiu Tamati Wiremu Rawiri Nikora",
            "Aroha Ataahua Pania Marama Wairua Hinewai Rangimarie Mihiata",
            "Kawana Ruatapu Hetaraka Karaitiana Waititi Pomare Puketapu Tahana Rapana Tautahi Hohepa"),
    "ton": ("Siaosi Viliami Mosese Sitani Lisiate Taniela Sione Semisi",
            "Losaline Ofa Seini Luseane Sela Lesieli Salote Vika",
            "Fifita Taufa Vaipulu Tupou Havili Lolohea Moala Kaufusi Latu Fonua Tuipulotu Vake"),
    "inb": ("Subhajit Arindam Sourav Debashis Partha Anirban Sandip Prosenjit Kaushik",
            "Moumita Sudeshna Tanushree Rituparna Paromita Sharmistha Madhumita Debjani Sanchita Susmita",
            "Chatterjee Mukherjee Banerjee Bhattacharya Ghosh Sengupta Mondal Majumdar Dasgupta Chakraborty Roychowdhury"),
    "intg": ("Srinivas Venkata Ramana Naresh Suresh Praveen Chaitanya Kiran Raghavendra Mahesh",
             "Padmavathi Sravani Bhargavi Swathi Haritha Sirisha Anusha Sailaja Madhavi Vijaya",
             "Gollapudi Kondapalli Yarlagadda Vemula Pasupuleti Bandaru Nallapati Chilukuri Kotha Mandava Boddu Tummala"),
    "zas": ("Tshepo Kagiso Thabiso Mpho Katlego Tebogo Karabo Lehlohonolo Kabelo",
            "Palesa Lerato Dineo Refilwe Nthabiseng Boitumelo Keitumetso Masego Puleng Mamello",
            "Mokoena Mofokeng Molefe Nkoane Motaung Sebego Letsoalo Moloi Ramokgopa Seleka Mokwena Maseko"),
    "zai": ("Kreeson Vishal Pravesh Dinesh Sashin Nirvan Kershen Yugen Rakesh Kavesh",
            "Kreshnee Prenisha Nalini Saleshni Yashika Devika Roshni Sharlene Vanisha Thirusha",
            "Naidoo Pillay Govender Moodley Padayachee Maharaj Ramsamy Moonsamy Munsamy Perumal"),
    "zaf": ("Wouter Hennie Kobus Ruan Andries Gerrit Willem Jannie Christo",
            "Elize Marelize Sonja Carli Rikie Antoinette Annemarie Lizette Estelle Hester",
            "Kruger Botha Fourie Marais Visagie Cilliers Grobler Oberholzer Badenhorst"),
    "sgc": ("Kok Leong/Jun Jie/Wei Jie/Kian Huat/Zhi Wei/Chong Wei/Chong Keat/Kok Seng",
            "Siew Huay/Geok Choo/Swee Lian/Pei Qi/Hui Xian/Jia Hui/Siok Kheng/Xiu Qing",
            "Goh Chua Ong Koh Teo Quek Heng Toh Ang Phua Sng Seow Khoo"),
    "sgm": ("Faizal Azman Khairul Ridzuan Shahrul Hairul Zulkifli Firdaus Iskandar",
            "Nurul Huda/Siti Aminah/Noraini/Rosnah/Farhana/Nur Aisyah/Zaleha/Rohani/Hasnah",
            "Rahmat Ismail Osman Abdullah Jumaat Sulaiman Hamzah Kassim Rahim Yusof Salleh Jaafar"),
    "sgi": ("Rajendran Suresh Muthusamy Kannan Selvaraj Ganesan Murali Thinesh",
            "Parvathi Santhi Vasuki Shanthi Revathi Devi",
            "Muthusamy Rajendran Krishnasamy Subramaniam Arumugam Ramasamy Govindasamy Veerappan Pakirisamy"),
    "jm": ("Andre Kemar Oneil Damion Jermaine Omar Dwayne Ricardo Kevaughn Shamar",
           "Shanique Kadian Tashana Sherika Kimone Latoya Nordia Shauna Tanisha Jodian Sashakay",
           "McFarlane Dacosta Ebanks Samuels Gayle Facey Beckford Whyte Mullings Stennett Barrett Mattis"),
    "zw": ("Tendai Tatenda Farai Tinashe Tapiwa Kudakwashe Takudzwa Simbarashe",
           "Rumbidzai Chipo Nyasha Tsitsi Rudo Vimbai Chiedza Fadzai",
           "Ncube Chikwanha Mutasa Sibanda Chirwa Makoni Mhlanga Chinembiri Mapfumo"),
    "goa": ("Cyril Savio Joaquim Agnelo Melwyn Aloysius Royston",
            "Flavia Clarissa Lavina Sheryl Precilla Glenda Anisha Reema",
            "Fernandes D'Souza Rodrigues Menezes Gomes Coutinho Noronha Colaco"),
    "nep": ("Bishnu Ramesh Sunil Prakash Dipendra Santosh Kamal Bikash",
            "Sushila Anita Sarita Bimala Manisha Sunita",
            "Gurung Tamang Shrestha Thapa Magar Adhikari Poudel Karki Basnet Limbu"),
    "gh": ("Kwame Kofi Kwasi Kobina Ekow Kojo Kwadwo",
           "Akua Abena Efua Adwoa Afua Ekua",
           "Asamoah Boakye Danquah Nkansah Opoku Sarpong Tetteh Quaye Addo Annan"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region
PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "bbd", "bpl", "bjm"], "sc": ["sc", "sc", "sc", "bpl"], "cy": ["cy", "cy", "cy", "en"],
    "ni": ["ni"], "us": ["usw", "usw", "usb", "uspr", "uset"], "au": ["au", "au", "aulb", "augr", "auab"],
    "on": ["ca", "ca", "capt", "caph"], "bc": ["ca", "caph", "ca"], "ab": ["ca", "cafn", "caph"], "ns": ["ca"],
    "ie": ["ie", "ie", "ie", "iero", "bpl"], "nz": ["nz", "nz", "mao", "ton"], "in": ["inb"], "tg": ["intg"],
    "za": ["zas", "zai", "zaf"], "sg": ["sgc", "sgc", "sgm", "sgi"], "jm": ["jm"],
}
STAFF_INTL = ["zw", "goa", "nep", "gh", "caph", "iero"]
HOME_STAFF = {"en": ["en", "en", "bbd", "bjm"], "sc": ["sc"], "cy": ["cy", "en"], "ni": ["ni"], "us": ["usw", "usb", "uspr"],
              "au": ["au", "au", "augr"], "on": ["ca", "capt"], "bc": ["ca"], "ab": ["ca"], "ns": ["ca"], "ie": ["ie"],
              "nz": ["nz", "mao"], "in": ["inb"], "tg": ["intg"], "za": ["zas", "zai", "zaf"], "sg": ["sgc", "sgm", "sgi"],
              "jm": ["jm"]}
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "usb": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inb": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, virtue, trade and colour names, and the eponyms of this field (scales, syndromes, laws, tests)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Butler Carter Cooper Fisher Hunter Parker Shepherd Smith Taylor Turner Walker Wood Woods Hill Hall King Knight
Page Rich Joy Faith Grace Patience Charity Constance Prudence Honor Honour Mercy Amber Ruby Pearl Jade Crystal
Dawn Summer Autumn Winter Storm Sky River Brook Heather Holly Ivy Lily Daisy Poppy Iris Violet Hazel Olive
Angel Bliss Frank Earnest Sterling Major Marshal Noble Sunny Sandy Rusty Dusty Misty Happy Will Bill Pat Sue
Miles Mark Guy Ray Jack Rob Don Rod Art Gene Chase Cash Grant Hunt Price Marsh Lane Street Field Fields Banks
Rivers Ponds Stone Stones Lake Moore Moor Heath Marsh Castle Church Chapel Rice Bacon Lamb Fox Crane Swan
Finch Drake Wolf Wolfe Lyon Bird Nash Rush Reed Reid Read Best Good Goodman Friend Love Lovely Gay Strong Sharp
Short Little Small Large Legg Hand Foot Head Bone Blood Blade Frost Snow Rain Hail Wind Cloud Sun Moon Star
January February March April May June July August September October November December Monday Tuesday
Wednesday Thursday Friday Saturday Sunday Easter Christmas Noel Carol
Barthel Waterlow Braden Norton Abbey Folstein Addenbrooke Gillick Fraser Caldicott Bournewood Cheshire Katz
Lawton Zarit Rockwood Glasgow Bristol Appelbaum Grisso Roper Logan Tierney Maslow Beck Hamilton Cornell
Mahoney Karnofsky Holmes Rahe Edinburgh Munchausen Wernicke Korsakoff Down Lewy Alzheimer Huntington
Parkinson Asperger Prader Willi Angelman Rett Turner Klinefelter Tourette Duchenne Becker Makaton Richmond
Ramsay Clare Jay Laming Winterbourne Mencap Cornelia Lange Rubinstein Taybi Sotos Cohen Noonan Apert Crouzon
Dravet Lennox Gastaut West Edwards Patau Williams Evans Bowen Hutchinson Finnegan Tanner Denver Bayley
Griffiths Wechsler Raven Vineland Conners Kiddie Mantoux Guthrie Apgar Silverman Caffey Kempe Shaken Stevens
Johnson Crohn Addison Cushing Graves Hashimoto Paget Pick Binswanger Marchiafava Bignami Korotkoff Doppler
Foley Hickman Guedel Yankauer Venturi Hudson Mallampati Braden Pugh Child Childs Ashworth Borg Timed Barrow
Reading Bath Wells Chester Derby Lincoln Preston Kent Devon Cornwall Orlando Santiago Washington Dallas
Austin Houston Jackson Madison Lincoln Sydney Adelaide Victoria Georgia Carolina Virginia Florence Paris
Regina Hamilton Kingston Nelson Wellington Napier Murray Orange Darwin Newton Perth Dundee
"""
BAD_NAMES = set(_BAD_TXT.split())
# children's first names (born 2008 onward) for the groups that have their own
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Alfie Archie Freddie Reggie Jaxon Oakley Harley Jenson Ollie Brodie Kayden Kai",
           "Isla Lola Millie Evie Maisie Darcie Ellie Freya Orla Layla Esme Elsie"),
    "us": ("Jayden Brantley Kayden Kayson Easton Bentley Jaxson Ryker Greyson Kaiden",
           "Kinsley Brynlee Everly Oaklynn Raelynn Kennedy Madelyn Aubree Nevaeh Brielle"),
    "au": ("Harvey Lachlan Jai Flynn Jaxon Tyson Hamish Jett Koby", "Matilda Ayla Mia Chloe Tahlia Evie Zara Indie Frankie"),
    "ca": ("Liam Brody Colton Easton Landon Brayden Jace Kaiden", "Kinsley Hailey Aubrey Avery Kenzie Brynn Emersyn"),
    "ie": ("Tadhg Cillian Fionn Darragh Oisín Senan Rían Cian", "Saoirse Fiadh Ríona Síofra Clodagh Caoimhe Éabha"),
    "nz": ("Manaia Mateo Ari Tama Rawiri", "Maia Kiriana Isla Anahera Kaia Amaia"),
    "bbd": ("Ayaan Zayan Rayyan Ibrahim Zakariya", "Inaaya Zara Maryam Hafsa Safiya"),
}
KID_OF = {"en": "uk", "sc": "uk", "cy": "uk", "ni": "uk", "bpl": "uk", "bjm": "uk", "usw": "us", "usb": "us",
          "uspr": "us", "au": "au", "aulb": "au", "augr": "au", "auab": "au", "ca": "ca", "capt": "ca", "caph": "ca",
          "cafn": "ca", "ie": "ie", "iero": "ie", "nz": "nz", "mao": "nz", "bbd": "bbd"}
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy
Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Barad Barber Baria Barker Barlow
Barman Barry Barton Bass Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender
Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy Birch
Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bora Bose
Bowler Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown
Browning Bryony Buck Bull Bullock Burgess Burke Burr Burt Burton Bush Butcher Butler Caddow Cain Cairn Cal
Canning Cannon Canny Carl Carlin Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty
Case Cassie Chad Chamberlain Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Cline
Clive Clunies-Ross Cole Colin Coll Colleen Colley Collier Collin Collins Colly Colon Comber Comer Conal Conn
Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cox Crane Craven Craw Crawley
Creed Cross Cruise Crystal Cully Curry D'Arcy Dada Daisy Dale Dalton Dan Dar Das Dash Date Davenport Davy Daw
Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond
Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake Drew Drum
Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika
Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood
Florence Flores Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh
Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gay Gee
Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good
Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin Gross Guard Gullery Gunning Guy
Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh
Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hill
Hinney Histon Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe Huff Huia
Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade Jagat Jake Jamie-Lee Jane Jasmine Jasper Jay Jean
Jeff Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser Kakar Kala Kale Kamala
Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri
Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas
Lance Landon-Lane Lane Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little
Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mac Breen Mack Mackle
Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh
Martin Mary Mason Master Maxwell May Maya Mellon Melody Melton Mercer Merchant Merry Mike Mila Miller Millet
Mistry Misty Mitra Moan Mollie Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy
Muir Mulligan Munshi Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori
Norma North O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan O'Bryen O'Byrne
O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery O'Connell O'Connor
O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell O'Donoghue O'Donohoe
O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn O'Freil O'Friel
O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan O'Haire O'Halloran O'Hanlon
O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora O'Houlihan
O'Hurley O'Hussey O'Kane O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Leary O'Loan O'Looney
O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan O'Murnaghan
O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke O'Ruane O'Ryan
O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan O'Sweeney O'Tierney
O'Togher O'Toole Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Park Parker Parkin Parry
Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton Phoebe Phoenix
Pickering Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy Porter Potter Power Prabhu Prentice
Price Priest Prince Pringle Proctor Pugh Quill Quin Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel
Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rishi
Rita Roach Robin Rock Rodney Roe Roger Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush
Ruth Rutherford Ryder Sai Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna
Sarraf Saunders Savage Savant Sawyer Schneider Scot Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan
Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short
Shroff Sienna Sierra Silk Silva Simmon Singh Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith
Smyth Snow Somers Sophia Sparks Spence Spencer Stack Stark Steed Steer Stein Stella Steven Steward Stone Story
Stout Street Strong Sue Summer Sunder Supple Sur Sura Sweeny Swift Tai Tailor Tait Talbot Talwar Tamara Tammie
Tammy Tane Tania Tank Tanner Tapia Tara Tate Te Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan
Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha
Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali Walker Wall Waller Walsh Walter Wang Ward Ware
Warner Warren Warrior Watt Waugh Way Weaver Webby Weber Webster Weever Weir West Wheeler White Whitehead
Willie Willow Winter Wise Wolf Wong Wood Woodward Wren Wright Yang Yogi York Young Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())
# two-letter initials that read as clinical, social-care or common abbreviations
BAD_INITS = {"AB", "AD", "AF", "AI", "AM", "AN", "AS", "AT", "BD", "BE", "BI", "BM", "BO", "BP", "BS", "CC", "CD", "CF",
             "CI", "CO", "CP", "CT", "DC", "DD", "DM", "DN", "DO", "DR", "DS", "DV", "ED", "EG", "EN", "FA", "FH", "GA",
             "GI", "GO", "GP", "HA", "HB", "HC", "HE", "HI", "HR", "HV", "ID", "IE", "IF", "IM", "IN", "IO", "IP", "IS",
             "IT", "IV", "LA", "LD", "LL", "LO", "LP", "MA", "MD", "ME", "MH", "MI", "MO", "MR", "MS", "MY", "NA", "NB",
             "NG", "NO", "NP", "NS", "OD", "OF", "OH", "OK", "OM", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PM", "PO",
             "PR", "PS", "PT", "RA", "RE", "RN", "RR", "SA", "SC", "SH", "SI", "SO", "SR", "ST", "SW", "TB", "TO", "UK",
             "UP", "UR", "US", "VA", "WE"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _nth(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d: date, k: str) -> str:
    """A date in one of this corpus's written forms."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}", "d/m/yy": f"{d.day}/{d.month}/{yy}",
        "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{y}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "d.m.y": f"{d.day}.{d.month}.{y}", "dash": f"{dd}-{mm}-{y}", "d-m-yy": f"{d.day}-{d.month}-{yy}",
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}", "us1yy": f"{d.month}/{d.day}/{yy}",
        "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "nthofm": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}",
        "sh": f"{d.day} {m3} {y}", "shp": f"{d.day} {m3}. {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}{m3.upper()}{y}", "DMONs": f"{dd} {m3.upper()} {y}",
        "usl": f"{mo} {d.day}, {y}", "uslnth": f"{mo} {_nth(d.day)}, {y}", "ussh": f"{m3} {d.day}, {y}",
        "usshp": f"{m3}. {d.day}, {y}", "msh": f"{m3} {d.day}", "my": f"{mo} {y}",
        "ymon": f"{y}-{m3}-{dd}", "nthsh": f"{_nth(d.day)} {m3} {y}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    loc: str | None

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return self.fl.upper()

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:
        return f"{self.last}, {self.first}".upper()

    @property
    def sfirst(self) -> str:  # surname first, no comma (Singapore Chinese, Telugu)
        return f"{self.last} {self.first}"

    @property
    def SFIRST(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def LFm(self) -> str:  # LAST, First M.
        return f"{self.last.upper()}, {self.first} {self.mid}."

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fli(self) -> str:  # First L (a full stop, where written, stays outside)
        return f"{self.first} {_ascii(self.last)[0]}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJK" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}.{la}@{dom}", f"{la}{f[0]}{yr % 100:02d}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}",
                f"{f}_{la}@{dom}", f"{la}.{f}{yr % 10}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn_check(body: str) -> str:
    """The Luhn digit that makes body + digit valid."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return str((10 - tot % 10) % 10)


def _mod11_nhs(r: random.Random, lead: str = "") -> str:
    """NHS / H&C style: 9 digits weighted 10..2, check = 11 - sum mod 11 (11 -> 0, 10 rejected)."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c == 10:
            continue
        return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11_nhs(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11_nhs(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check("80840" + body)


def ssn_no(r: random.Random, sep: str = "-") -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier (format only: C A AN N A AN N A A N N, no S L O I B Z)."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(an)
    s += str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9)) + str(r.randint(0, 9))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def medicare_au(r: random.Random) -> str:
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = "".join(map(str, d)) + str(c) + str(r.randint(1, 5))
    return f"{s[:4]} {s[4:9]} {s[9]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn_check(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        s = sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        c = 11 - s
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return body + _luhn_check(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)  # second letter A = 1, times 9
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        c = 11 - rem
        return letters + "".join(map(str, nums)) + str(0 if c == 10 else c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn_check(body)


def nric(r: random.Random, born: int) -> str:
    pre = "S" if born < 2000 else "T"
    digits = (f"{born % 100:02d}" if born >= 1968 else str(r.randint(0, 1))) + ""
    digits = (digits + "".join(str(r.randint(0, 9)) for _ in range(7)))[:7]
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + digits + "JZIHGFEDCBA"[tot % 11]


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note context: seeded random, Faker (re-seeded per note), names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
        d = date(2024, 2, 1) + timedelta(days=self.r.randint(0, 600))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    # -- building
    def t(self, s: str) -> C:
        self.b.t(s)
        return self

    def p(self, kind: str, s: str) -> C:
        self.b.p(kind, s)
        return self

    def c(self, s: str) -> C:
        self.b.c(s)
        return self

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def d(self, d: date, k: str) -> C:
        return self.p("DATE", fmt(d, k))

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def cl(self, items: list[str], sep: str = ", ") -> C:
        for i, x in enumerate(items):
            if i:
                self.t(sep)
            self.c(x)
        return self

    def pad(self, s: str, w: int) -> C:
        return self.t(" " * max(1, w - len(s)))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # -- drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, k: int) -> str:
        return _dig(self.r, k)

    def yes(self, p: float = 0.5) -> bool:
        return self.r.random() < p

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
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        loc = GRP_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                la = last or fk.last_name()
            else:
                first = self.ch(ms if sex == "m" else fs)
                la = last or self.ch(ls)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok(words, loc is not None):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def kid(self, sex: str | None = None, grp: str | None = None, last: str | None = None) -> P:
        """A child (born 2008 on): a current first name where the group has a list, the family's surname."""
        grp = grp or self.ch(PAT[self.region])
        sex = sex or self.ch("mf")
        key = KID_OF.get(grp)
        if key is None:
            return self.person(grp, sex, last=last)
        ms, fs = (x.split() for x in _KID[key])
        for _ in range(30):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(G[grp][2])
            words = [first] + ([] if last else re.split(r"[\s-]+", la))
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                return P(first, la, sex, self.ch("BCDEFGHJKLMNPRSTW"), grp, None)
        raise Redraw

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "ns", "ie", "nz")
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(HOME_STAFF[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self) -> tuple[date, int]:
        """An older adult's birth date: one in four is 90 or over."""
        return self.dob(90, 99) if self.r.random() < 0.25 else self.dob(66, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([31, 51, 62, 78, 81, 86, 92, 109, 146, 151, 176, 185, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
# England: (town, postcode district, dialling code, local authority)
EN_TOWN = [("Workington", "CA14", "01900", "Cumberland Council"), ("Whitehaven", "CA28", "01946", "Cumberland Council"),
           ("Carlisle", "CA2", "01228", "Cumberland Council"), ("Hexham", "NE46", "01434", "Northumberland County Council"),
           ("Morpeth", "NE61", "01670", "Northumberland County Council"), ("Blyth", "NE24", "01670", "Northumberland County Council"),
           ("Kendal", "LA9", "01539", "Westmorland and Furness Council"), ("Penrith", "CA11", "01768", "Westmorland and Furness Council"),
           ("Consett", "DH8", "01207", "Durham County Council"), ("Spennymoor", "DL16", "01388", "Durham County Council"),
           ("Seaham", "SR7", "0191", "Durham County Council"), ("Chester-le-Street", "DH3", "0191", "Durham County Council")]
EN_ST = ["Lowther Street", "Stanhope Road", "Priestgate", "Hencotes", "Bondgate Within", "Front Street", "Newbiggin Road",
         "Albion Terrace", "Vicarage Lane", "Coronation Crescent", "Durham Road", "Beaumont Street", "Oxford Terrace",
         "Queensway", "Ashfield Court", "Laburnum Grove", "Briar Dene", "Lindisfarne Close", "Tynedale Avenue"]
SC_TOWN = [("Peterhead", "AB42", "01779", "Aberdeenshire"), ("Inverurie", "AB51", "01467", "Aberdeenshire"),
           ("Stonehaven", "AB39", "01569", "Aberdeenshire"), ("Kilmarnock", "KA1", "01563", "East Ayrshire"),
           ("Cumnock", "KA18", "01290", "East Ayrshire"), ("Airdrie", "ML6", "01236", "North Lanarkshire"),
           ("Coatbridge", "ML5", "01236", "North Lanarkshire"), ("Wishaw", "ML2", "01698", "North Lanarkshire")]
SC_ST = ["Queen Street", "Marischal Street", "Burnside Drive", "Portland Road", "Glebe Road", "Academy Street",
         "Ladeside Court", "Craigneuk Street", "Gartlea Road", "Meadowbank Place"]
CY_TOWN = [("Rhyl", "LL18", "01745", "Betsi Cadwaladr University Health Board"),
           ("Llandudno", "LL30", "01492", "Betsi Cadwaladr University Health Board"),
           ("Caernarfon", "LL55", "01286", "Betsi Cadwaladr University Health Board"),
           ("Merthyr Tydfil", "CF47", "01685", "Cwm Taf Morgannwg University Health Board"),
           ("Pontypridd", "CF37", "01443", "Cwm Taf Morgannwg University Health Board"),
           ("Llanelli", "SA15", "01554", "Hywel Dda University Health Board"),
           ("Neath", "SA11", "01639", "Swansea Bay University Health Board")]
CY_ST = ["Ffordd Las", "Heol y Felin", "Stryd Fawr", "Maes y Dref", "Bryn Road", "Coed Glas", "Pen y Bryn",
         "Tan y Bont", "Gwaun Road", "Clos yr Ysgol"]
NI_TOWN = [("Newry", "BT34", "028 30", "Southern HSC Trust"), ("Armagh", "BT61", "028 37", "Southern HSC Trust"),
           ("Enniskillen", "BT74", "028 66", "Western HSC Trust"), ("Strabane", "BT82", "028 71", "Western HSC Trust"),
           ("Larne", "BT40", "028 28", "Northern HSC Trust"), ("Ballymoney", "BT53", "028 27", "Northern HSC Trust"),
           ("Lisburn", "BT28", "028 92", "South Eastern HSC Trust")]
NI_ST = ["Hill Street", "Dromalane Road", "Scotch Street", "Derrychara Road", "Bowling Green", "Glenarm Road",
         "Charlotte Street", "Seymour Street", "Rathfriland Road"]
# US: (city, state, ZIP prefix, area code)
US_CITY = [("Charleston", "WV", "253", "304"), ("Beckley", "WV", "258", "304"), ("Lexington", "KY", "405", "859"),
           ("Knoxville", "TN", "379", "865"), ("Toledo", "OH", "436", "419"), ("Dayton", "OH", "454", "937"),
           ("Springfield", "MO", "658", "417"), ("Tulsa", "OK", "741", "918"), ("Allentown", "PA", "181", "610"),
           ("Hartford", "CT", "061", "860"), ("Worcester", "MA", "016", "508"), ("Rochester", "NY", "146", "585")]
US_ST = ["Quarrier St", "Kanawha Blvd E", "Tates Creek Rd", "Chapman Hwy", "Dorr St", "Salem Ave", "Glenstone Ave",
         "S Peoria Ave", "Hamilton St", "Park St", "Grafton St", "Lake Ave", "Maple Ridge Dr", "Sycamore Ln",
         "Old Mill Rd"]
# Australia: (suburb, state, postcode, area code)
AU_SUB = [("Toowoomba", "QLD", "4350", "07"), ("Bundaberg", "QLD", "4670", "07"), ("Dubbo", "NSW", "2830", "02"),
          ("Tamworth", "NSW", "2340", "02"), ("Shepparton", "VIC", "3630", "03"), ("Frankston", "VIC", "3199", "03"),
          ("Mildura", "VIC", "3500", "03"), ("Midland", "WA", "6056", "08"), ("Rockingham", "WA", "6168", "08"),
          ("Salisbury", "SA", "5108", "08"), ("Launceston", "TAS", "7250", "03"), ("Palmerston", "NT", "0830", "08")]
AU_ST = ["Ruthven St", "Bourbong St", "Macquarie St", "Peel St", "Wyndham St", "Nepean Hwy", "Deakin Ave",
         "Great Eastern Hwy", "Read St", "Park Tce", "Charles St", "Temple Tce", "Jacaranda Cres", "Banksia Dr"]
# Canada: province -> (city, FSA, area code)
CA_CITY = {"on": [("Sudbury", "P3A", "705"), ("Thunder Bay", "P7B", "807"), ("Peterborough", "K9J", "705"),
                  ("Brantford", "N3T", "519"), ("Oshawa", "L1H", "905")],
           "bc": [("Kamloops", "V2C", "250"), ("Nanaimo", "V9R", "250"), ("Chilliwack", "V2P", "604"),
                  ("Kelowna", "V1Y", "250"), ("Vernon", "V1T", "250")],
           "ab": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Medicine Hat", "T1A", "403"),
                  ("Grande Prairie", "T8V", "780"), ("Wetaskiwin", "T9A", "780")],
           "ns": [("Truro", "B2N", "902"), ("Yarmouth", "B5A", "902"), ("New Glasgow", "B2H", "902"),
                  ("Bridgewater", "B4V", "902"), ("Antigonish", "B2G", "902"), ("Kentville", "B4N", "902")]}
CA_ST = {"on": ["Notre Dame Ave", "Red River Rd", "Lansdowne St W", "Colborne St", "Simcoe St N"],
         "bc": ["Tranquille Rd", "Bowen Rd", "Yale Rd", "Bernard Ave", "Pleasant Valley Rd"],
         "ab": ["Gaetz Ave", "Mayor Magrath Dr", "Dunmore Rd", "Resources Rd", "Centennial Dr"],
         "ns": ["Prince St", "Main St", "Provost St", "King St", "College St", "Cornwallis St"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
# Ireland: (town, county, Eircode routing key, area code)
IE_TOWN = [("Castlebar", "Co. Mayo", "F23", "094"), ("Ballina", "Co. Mayo", "F26", "096"),
           ("Athlone", "Co. Westmeath", "N37", "090"), ("Mullingar", "Co. Westmeath", "N91", "044"),
           ("Tullamore", "Co. Offaly", "R35", "057"), ("Portlaoise", "Co. Laois", "R32", "057"),
           ("Letterkenny", "Co. Donegal", "F92", "074"), ("Navan", "Co. Meath", "C15", "046"),
           ("Dundalk", "Co. Louth", "A91", "042")]
IE_ST = ["Chapel Street", "Pearse Street", "Ard Caoin", "Church Street", "Dublin Road", "Lower Main Street",
         "Cluain Ard", "Ashbrook Drive", "Grange Road", "Knockmore Park"]
_EIR = "ACDEFHKNPRTVWXY"
# New Zealand: (suburb, city, postcode, area code)
NZ_SUB = [("Papatoetoe", "Auckland", "2025", "09"), ("Otara", "Auckland", "2023", "09"), ("Mangere", "Auckland", "2022", "09"),
          ("Naenae", "Lower Hutt", "5011", "04"), ("Cannons Creek", "Porirua", "5024", "04"),
          ("Aranui", "Christchurch", "8061", "03"), ("Flaxmere", "Hastings", "4120", "06"),
          ("Gonville", "Whanganui", "4501", "06"), ("Fordlands", "Rotorua", "3015", "07")]
NZ_ST = ["Kolmar Road", "Bairds Road", "Massey Road", "Seddon Street", "Driver Crescent", "Breezes Road",
         "Swansea Road", "Tawa Street", "Te Ngae Road", "Kiwi Street"]
IN_LOC = {"in": [("Behala", "Kolkata", "700034"), ("Tollygunge", "Kolkata", "700033"), ("Baranagar", "Kolkata", "700036"),
                 ("Garia", "Kolkata", "700084"), ("Kasba", "Kolkata", "700042")],
          "tg": [("Kukatpally", "Hyderabad", "500072"), ("Dilsukhnagar", "Hyderabad", "500060"),
                 ("Mehdipatnam", "Hyderabad", "500028"), ("Malkajgiri", "Hyderabad", "500047"),
                 ("Uppal", "Hyderabad", "500039")]}
ZA_SUB = {"gp": [("Soweto", "Johannesburg", "1804", "011"), ("Tembisa", "Ekurhuleni", "1632", "011"),
                 ("Mamelodi", "Pretoria", "0122", "012"), ("Diepsloot", "Johannesburg", "2189", "011")],
          "kzn": [("Chatsworth", "Durban", "4092", "031"), ("Phoenix", "Durban", "4068", "031"),
                  ("Northdale", "Pietermaritzburg", "3201", "033"), ("Merebank", "Durban", "4052", "031")]}
ZA_ST = {"gp": ["Vilakazi Street", "Khumalo Street", "Tsamaya Avenue", "Sekhukhune Street", "Mahlangu Drive"],
         "kzn": ["Road 701", "Lotus Road", "Marigold Crescent", "Jadewood Drive", "Shembe Street"]}
SG_EST = [("Bedok North Street 3", "46"), ("Ang Mo Kio Avenue 10", "56"), ("Jurong West Street 42", "64"),
          ("Toa Payoh Lorong 4", "31"), ("Yishun Ring Road", "76"), ("Tampines Street 21", "52"),
          ("Hougang Avenue 8", "53"), ("Bukit Batok West Avenue 6", "65")]
JM_AREA = [("Seaview Gardens", "Kingston 11"), ("Olympic Gardens", "Kingston 11"), ("Duhaney Park", "Kingston 20"),
           ("Waterhouse", "Kingston 11"), ("Rockfort", "Kingston 2"), ("Harbour View", "Kingston 17")]
JM_ST = ["Marcus Garvey Drive", "Olympic Way", "Seaview Avenue", "Duhaney Drive", "Windward Road", "Spanish Town Road"]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, SG_EST, JM_AREA,
             *CA_CITY.values(), *IN_LOC.values(), *ZA_SUB.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, JM_ST, *CA_ST.values(), *ZA_ST.values()):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())


def _num(n: C, hi: int = 120) -> str:
    return str(n.ri(1, hi))


def uk_pc(n: C, district: str) -> str:
    return f"{district} {n.ri(1, 9)}{n.ch(_PCL)}{n.ch(_PCL)}"


def uk_place(n: C, reg: str) -> tuple[str, str, str, str]:
    """(town, postcode district, dialling code, authority) for the UK nation."""
    return n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg])


def uk_street(n: C, reg: str) -> str:
    st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST, "ni": NI_ST}[reg])
    k = n.ri(0, 5)
    if k == 0:
        return f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}"
    if k == 1 and reg == "sc":
        return f"{n.ri(1, 3)}/{n.ri(1, 4)}, {n.ri(2, 60)} {st}"
    return f"{n.ri(1, 140)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 2) if k is None else k
    if code == "0191":
        body = f"{n.ri(2, 5)}{n.dig(2)} {n.dig(4)}"
    elif code.startswith("028"):
        rest = n.dig(6)
        local = f"{code.split()[1]}{rest[:2]} {rest[2:]}"
        return [f"028 {local}", f"(028) {local}", f"+44 28 {local}"][k]
    else:
        body = f"{n.ri(2, 8)}{n.dig(5)}"
    return [f"{code} {body}", f"({code}) {body}", f"+44 {code[1:]} {body}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b = f"7{n.ri(400, 999)}", f"{n.dig(6)}"
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}", f"0{a}-{b[:3]}-{b[3:]}", f"(+44) {a} {b}"][k]


def us_place(n: C) -> tuple[str, str, str, str]:
    city, st, z3, ac = n.ch(US_CITY)
    return city, st, f"{z3}{n.ri(1, 99):02d}", ac


def us_street(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    return s + (f" Apt {n.ri(1, 40)}{n.ch('ABCD')}" if n.yes(0.25) else "")


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(200, 989)}", f"{n.dig(4)}"
    k = n.ri(0, 3) if k is None else k
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}"][k]


def au_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(AU_SUB)


def au_street(n: C) -> str:
    st = n.ch(AU_ST)
    return n.ch([f"{n.ri(1, 160)} {st}", f"{n.ri(1, 12)}/{n.ri(2, 90)} {st}", f"Unit {n.ri(1, 20)}, {n.ri(2, 90)} {st}"])


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"04{n.ri(0, 9)}{n.ri(0, 9)}", n.dig(3), n.dig(3)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+61 {a[1:]} {b} {c}", f"{a}{b}{c}"][k]


def au_land(n: C, ac: str) -> str:
    return f"({ac}) {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}"


def ca_place(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, ac = n.ch(CA_CITY[prov])
    return city, f"{fsa} {n.ri(1, 9)}{n.ch(_CAL)}{n.ri(1, 9)}", ac, n.ch(CA_ST[prov])


def ie_place(n: C) -> tuple[str, str, str, str]:
    town, county, rk, ac = n.ch(IE_TOWN)
    return town, county, f"{rk} {''.join(n.ch(_EIR + '0123456789') for _ in range(4))}", ac


def ie_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"08{n.ch('35679')}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+353 {a[1:]} {b} {c}", f"{a}-{b}{c}"][k]


def nz_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(NZ_SUB)


def nz_mob(n: C, k: int | None = None) -> str:
    a = n.ch(["021", "022", "027"])
    k = n.ri(0, 2) if k is None else k
    b, c = n.dig(3), n.dig(4)
    return [f"{a} {b} {c}", f"+64 {a[1:]} {b} {c}", f"{a}-{b}-{c}"][k]


def in_mob(n: C, k: int | None = None) -> str:
    s = f"{n.ch('6789')}{n.dig(9)}"
    k = n.ri(0, 2) if k is None else k
    return [f"{s[:5]} {s[5:]}", f"+91 {s}", f"+91-{s[:5]}-{s[5:]}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    a, b, c = f"0{n.ch(['60', '71', '72', '73', '76', '79', '82', '83', '84'])}", n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b} {c}", f"+27 {a[1:]} {b} {c}", f"{a}{b}{c}"][k]


def sg_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    s = f"{n.ch('89') if mobile else '6'}{n.dig(3)} {n.dig(4)}"
    k = n.ri(0, 1) if k is None else k
    return [s, f"+65 {s}"][k]


def jm_ph(n: C, k: int | None = None) -> str:
    a, b = f"{n.ch(['3', '4', '8'])}{n.dig(2)}", n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"876-{a}-{b}", f"(876) {a}-{b}", f"+1 876 {a} {b}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(55, 99))


def nhs_sp(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


# ---------------------------------------------------------------------------------------- England (9)
_EN_HOSP = ["Cumberland Infirmary", "West Cumberland Hospital", "Northumbria Specialist Emergency Care Hospital",
            "University Hospital of North Durham", "Westmorland General Hospital", "Wansbeck General Hospital"]
_EN_PRAC = ["Riverside Medical Group", "Beacon Surgery", "Castlegate and Derwent Surgery", "Oaklands Health Centre",
            "Fellview Healthcare", "Tynevale Practice"]


def en_adult_concern(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    town, pcd, code, council = uk_place(n, "en")
    street, pc, nhs = uk_street(n, "en"), uk_pc(n, pcd), nhs_no(n.r)
    son, rs, mgr, gp = n.rel(q, "m"), n.staff("f"), n.staff(), n.staff()
    seen = n.dt(-3, 0)
    adm = seen - timedelta(days=n.ri(1, 4))
    n.t(f"{council} - Adult Social Care: SAFEGUARDING ADULTS CONCERN (Care Act 2014, s.42)\n")
    n.t("Concern raised by: ").nm(rs.fl).t(f", Ward Sister, Ward {n.ri(20, 40)}, {n.ch(_EN_HOSP)}\n")
    n.t("Contact number: ").p("PHONE", uk_land(n, code, 0)).t(" ext ").p("PHONE", n.dig(5))
    n.t("   Date concern identified: ").d(seen, "nthsh").t(f"   Time: {n.tm()}\n1. ADULT AT RISK\n")
    n.t("Forename(s): ").nm(q.first).t("          Surname: ").nm(q.last.upper()).t("\n")
    n.t("Date of birth: ").d(dob, "dot").t("    Age: ").age(age).t("\nNHS number: ").p("ID", nhs_sp(nhs))
    n.t("\nHome address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    n.t("\nLiving situation: lives with son\nGP: Dr ").nm(gp.last).t(f", {n.ch(_EN_PRAC)}\n")
    n.t("2. CATEGORY OF ABUSE (tick all that apply)\n[x] Neglect and acts of omission   [x] Financial or material   "
        "[ ] Physical   [ ] Psychological   [ ] Self-neglect\n3. WHAT HAS HAPPENED\n")
    n.t("Admitted ").d(adm, "dsh").t(" via ED after being found on the floor at home by a neighbour (down for an "
                                     "estimated 24-36 h). On arrival: ")
    n.c(f"category {n.ch([3, 4])} pressure ulcer").t(" to sacrum (").c(f"{n.ri(4, 8)} x {n.ri(3, 6)} cm").t("), ")
    n.c("category 2").t(" to L heel, weight ").c(f"{n.fl(38, 47)} kg").t(" (").c(f"BMI {n.fl(14.8, 17.9)}").t("), ")
    n.c(f"CK {n.ri(1800, 9500)}").t(", ").c(f"urea {n.fl(9, 21)}").t(". ").c(f"Waterlow {n.ri(20, 28)}").t(", ")
    n.c(f"MUST {n.ri(2, 4)}").t(".\n").t(f"{q.title} ").nm(q.last).t(f" tells us {q.his} son ")
    n.nm(son.first).t(' "sees to the money" and holds the bank card; neighbour reports no carers calling since the '
                      'package was cancelled in ').p("DATE", fmt(n.dt(-120, -40), "my")).t(".\n")
    n.t("4. PERSON ALLEGED TO BE RESPONSIBLE\n").nm(son.fl).t(" (son), same address. Mob: ").p("PHONE", uk_mob(n)).t("\n")
    n.t('5. VIEWS OF THE ADULT (MSP)\n"I don\'t want him getting into bother, he\'s all I\'ve got." Capacity to consent to '
        "this referral: lacks (MCA completed ").d(n.dt(-2, 0), "dm").t(").\n")
    n.t(f"6. IMMEDIATE SAFETY\nNot for discharge home pending s.42 enquiry. Datix W{n.dig(6)}. Matron informed: ")
    n.nm(mgr.fl).t(".\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_child_mash(n: C) -> Note:
    q = n.kid()
    dob, _ = n.dob(0, 1)
    months = max(2, (n.today - dob).days // 30)
    town, pcd, _code, council = uk_place(n, "en")
    street, pc, nhs = uk_street(n, "en"), uk_pc(n, pcd), nhs_no(n.r)
    mum = n.rel(q, "f", same=n.yes(0.5))
    partner = n.person(q.grp, "m")
    hv, cons, reg = n.staff("f"), n.staff(), n.staff()
    seen = n.dt(-1, 0)
    n.t(f"REQUEST FOR SUPPORT - CHILDREN'S MASH ({council})\nReferrer: Paediatric Emergency Department, {n.ch(_EN_HOSP)}\n")
    n.t("Date of referral: ").d(seen, "d.m.yy").t(f"    Phoned through at {n.tm(9, 23)} - spoke to MASH social worker ")
    n.nm(n.staff("f").first).t("\n\nCHILD\nFull name: ").nm(q.fL).t("\nKnown as: ").nm(q.first)
    n.t("\nDOB: ").d(dob, "dmon").t(f" ({months} months)   NHS No: ").p("ID", nhs)
    n.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc)
    n.t("\n\nHOUSEHOLD\nMother: ").nm(mum.fl).t(", DOB ").d(n.dob(17, 34)[0], "dmy").t(", mob ").p("PHONE", uk_mob(n))
    n.t("\nMother's partner (not the child's father): ").nm(partner.fl).t("\nHealth visitor: ").nm(hv.fl)
    n.t(", 0-19 Service, ").p("PHONE", uk_mob(n)).t("\n\nREASON FOR REFERRAL\n")
    n.t("Brought in by mother with a swollen left thigh after reportedly rolling off the sofa. On examination: ")
    n.c(f"{n.fl(1, 3)} cm bruise").t(" L pinna, ").c("torn upper labial frenulum").t(", weight ").c(f"{n.fl(5.6, 9.8, 2)} kg")
    n.t(" (").c(f"{n.ch([2, 9, 25])}th centile").t("). X-ray: ").c("transverse fracture L femoral shaft").t(". ")
    n.c(f"Hb {n.ri(96, 121)}").t(", ").c("clotting normal").t(". Not yet mobile - history inconsistent with injury.\n")
    n.t("Skeletal survey booked ").d(n.dt(1, 3), "dsh").t(" and CT head today; ophthalmology review requested.\n\n")
    n.t("Seen by Dr ").nm(reg.fi).t(" (ST5) and discussed with Dr ").nm(cons.fl).t(", Consultant Paediatrician / named doctor.\n")
    n.t("Child to remain on the ward under section 20 agreement pending strategy discussion.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_s42_strategy(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    _town, _pcd, _code, council = uk_place(n, "en")
    home = n.ch(["Fellside Lodge", "Larchwood Court Care Home", "The Hawthorns Nursing Home", "Eden Mount Care Centre"])
    chair, sw, dc, matron, mgr, gp, scribe = (n.staff() for _ in range(7))
    inits = {x.first: n.ini(x) for x in (sw, matron, mgr)}
    mtg = n.wdt(-2, 0)
    err = mtg - timedelta(days=n.ri(6, 20))
    n.t("SECTION 42 ENQUIRY - STRATEGY DISCUSSION (MS Teams)\n")
    n.t(f"{n.wd(mtg)} ").d(mtg, "nth").t(f", {n.tm(9, 15)}\n\nRe: {q.title} ").nm(q.fL).t(", DOB ").d(dob, "d.m.y")
    n.t(" (").age(age).t(f"), resident at {home}, room {n.ri(1, 40)}\n\nChair: ").nm(chair.fl)
    n.t(f", Safeguarding Adults Practice Lead, {council}\nPresent:\n  ").nm(sw.fl).t(" - Social Worker, Adult Social Care\n  DC ")
    n.nm(dc.fl).t(" - Adult Protection Unit, police\n  ").nm(matron.fl).t(" - Matron for Safeguarding Adults\n  ")
    n.nm(mgr.fl).t(f" - Registered Manager, {home}\nApologies: Dr ").nm(gp.fl).t(" (GP)\n\n")
    n.t("Summary of concern\nOn ").d(err, "dmo").t(f" {q.title} ").nm(q.last).t(" was given ")
    n.c(f"apixaban {n.ch(['5 mg', '2.5 mg'])}").t(" twice in one round (MAR signed by two staff). Fell the next morning; "
                                                 "admitted with ").c("# L NOF").t(", ").c(f"Hb {n.ri(78, 99)} g/L").t(", ")
    n.c(f"eGFR {n.ri(24, 45)}").t(", ").c(f"Clinical Frailty Scale {n.ri(6, 7)}").t(". Third medication incident at the home this "
                                                                                  "quarter.\n\nActions\n")
    n.t("No.  Action                                               Owner   By\n")
    rows = [("Obtain MAR charts and controlled drug book, last 8 weeks", sw),
            ("Review medicines policy and staff competency records", mgr),
            ("Feedback from orthogeriatric team on injuries", matron)]
    for i, (act, who) in enumerate(rows, 1):
        n.t(f"{i}    {act}").pad(act, 53).nm(inits[who.first]).t("      ").d(mtg + timedelta(days=n.ri(5, 14)), "dm").t("\n")
    n.t("Next meeting: ").d(mtg + timedelta(days=n.ri(21, 35)), "long").t(" at 10:00\nMinutes: ").nm(scribe.fl)
    n.t(" (Business Support)\n")
    return n.build(_fhir(q, dob, []))


def en_mca_form(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old()
    town, _pcd, _code, _c = uk_place(n, "en")
    street, nhs = uk_street(n, "en"), nhs_no(n.r)
    dau = n.rel(q, "f", same=n.yes(0.4))
    ot, interp = n.staff(), n.staff()
    when = n.dt(-5, 0)
    hosp = f"RT{n.dig(6)}" if n.yes() else f"{n.ch('AKNW')}{n.dig(7)}"
    n.t("MENTAL CAPACITY ASSESSMENT - RECORD (Mental Capacity Act 2005)\n")
    n.t(f"Person's name: {q.title} ").nm(q.fl).t("        D.O.B: ").d(dob, "dash").t("\nHospital no: ").p("ID", hosp)
    n.t("    NHS no: ").p("ID", nhs).t("\n\nDecision to be made: whether to return home to ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", town).t(" with a package of care, or move to a 24-hour care setting.\n\n")
    n.t("STAGE 1 - impairment of, or disturbance in, the functioning of the mind or brain: YES\n")
    n.t("Mixed Alzheimer's and vascular dementia (").c(f"MoCA {n.ri(9, 17)}/30").t(" on ").d(n.dt(-60, -10), "dmyy")
    n.t("); delirium screen today ").c(f"4AT {n.ri(0, 3)}").t(", ").c(f"Na {n.ri(134, 141)}").t(", ").c("CRP <5").t(".\n\n")
    n.t("STAGE 2 - functional test\n")
    n.t(f"Understand: NO - could not say why {q.he} had been admitted or that {q.he} had fallen {n.ri(4, 7)} times since spring.\n")
    n.t("Retain: NO - after 5 minutes no recall of the discussion or of the OT kitchen assessment.\n")
    n.t("Use or weigh: NO - repeatedly says \"").nm(dau.first).t(" will pop in\"; ").nm(dau.first)
    n.t(f" lives {n.ri(40, 200)} miles away.\nCommunicate: YES - clear preference to go home.\n\n")
    n.t("Steps taken to support: hearing aids in, quiet side room, assessed in the morning")
    if q.grp in ("bbd", "bpl"):
        n.t(", telephone interpreter ").nm(interp.fl).t(f" ({'Sylheti' if q.grp == 'bbd' else 'Polish'}).\n")
    else:
        n.t(", OT ").nm(interp.first).t(" present as a familiar face.\n")
    n.t("Consulted: ").nm(dau.fl).t(" (daughter; registered LPA for Health and Welfare, OPG registration ")
    n.d(n.dt(-1400, -300), "sh").t("), ").p("PHONE", uk_mob(n)).t("\n\nOUTCOME: On the balance of probabilities ")
    n.t(f"{q.title} ").nm(q.last).t(" LACKS capacity to make this decision. Proceed to best interests.\n")
    n.t("Assessor: ").nm(ot.fl).t(", Occupational Therapist, HCPC ").p("ID", f"OT{n.dig(5)}").t("    Date/time: ")
    n.d(when, "d/m/yy").t(f" {n.tm()}\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def en_bi_meeting(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    nhs = nhs_no(n.r)
    sib = n.rel(q, n.ch("mf"), same=n.yes(0.5))
    cons, imca, salt, diet = n.staff(), n.staff(), n.staff(), n.staff()
    mtg = n.wdt(-3, 0)
    n.t("BEST INTERESTS DECISION RECORD (MCA s.4 checklist)\n")
    n.t("Name: ").nm(q.FL).t("   NHS ").p("ID", nhs_sp(nhs)).t("   DOB ").d(dob, "sh").t(" (").age(age).t(" yrs)\n")
    n.t("Decision: insertion of a gastrostomy (PEG) for nutrition\nDecision maker: Dr ").nm(cons.fi)
    n.t(f" (Consultant Geriatrician)\nMeeting: {n.wd(mtg, True)} ").d(mtg, "dmo").t(", ward 9 day room\n\n")
    n.t("Present: ").nm(sib.fl).t(f" ({'brother' if sib.sex == 'm' else 'sister'}); ").nm(imca.fl)
    n.t(" (IMCA, instructed ").d(mtg - timedelta(days=n.ri(4, 12)), "dm").t("); ").nm(salt.first).t(" (SLT); ")
    n.nm(diet.fl).t(" (dietitian)\n\nClinical position\n")
    n.t("Weight ").c(f"{n.fl(36, 44)} kg").t(" (").c(f"{n.ri(6, 11)} kg loss").t(" in 3 months), ").c(f"BMI {n.fl(14.5, 16.4)}")
    n.t(", ").c(f"albumin {n.ri(21, 28)}").t(". VFS: ").c("silent aspiration of thin fluids").t("; SLT recommends ")
    n.c(f"IDDSI level {n.ch([4, 5])}").t(" diet and ").c("level 2 fluids").t(". Two aspiration pneumonias this admission.\n\n")
    n.t("Past wishes and beliefs: ").nm(sib.first).t(" recalls ").nm(q.first)
    faith = {"bbd": "Went to the mosque every Friday.", "bpl": "Attends Mass weekly."}.get(q.grp, "Church of England, not practising.")
    n.t(f" saying \"no tubes\" after their mother's death; nothing written. {faith}\n")
    n.t("Options:\n  1. PEG feeding - benefits: nutrition; burdens: procedure risk, restraint likely, no survival gain in "
        "advanced dementia\n  2. Careful hand feeding for comfort with modified diet - accepted risk of aspiration\n\n")
    n.t(f"Outcome: option 2 is in {q.his} best interests. IMCA in agreement. DNACPR in place. Review ")
    n.d(mtg + timedelta(days=28), "dmy").t(".\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_dols_form1(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    town, pcd, code, council = uk_place(n, "en")
    home = n.ch(["Brackenrigg House", "Saltwell View Care Home", "Coquet Lodge", "Heathfield Nursing Home"])
    street, pc = f"{n.ri(1, 90)} {n.ch(EN_ST)}", uk_pc(n, pcd)
    niece = n.person(q.grp if q.loc is None else "en", "f")
    mgr, gp = n.staff(), n.staff()
    ua = n.dt(-1, 0)
    n.t("FORM 1 - URGENT AUTHORISATION AND REQUEST FOR A STANDARD AUTHORISATION (DoLS)\n")
    n.t(f"Managing authority: {home}, ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc)
    n.t(f"\nSupervisory body: {council}\n\nRelevant person\n  Full name: ").nm(q.fl).t("\n  Date of birth: ").d(dob, "dmy")
    n.t("   Age: ").age(age).t(f"   Sex: {'M' if q.sex == 'm' else 'F'}\n  Admitted to the home: ").d(n.dt(-400, -20), "sh")
    n.t("\n  GP: Dr ").nm(gp.f_l).t("\n\nWhy the person needs to be deprived of liberty\n")
    n.t("Advanced dementia (").c(f"MMSE {n.ri(3, 12)}/30").t("). Repeatedly tries to leave to \"get the bus home\"; ")
    n.c(f"{n.ri(3, 6)} falls").t(" in 4 weeks. Restrictions: keypad on front door, sensor mat, ")
    n.c("1:1 supervision 20:00-08:00").t(", ").c("lorazepam 0.5 mg PRN").t(" (used twice this week). ")
    n.c(f"Abbey Pain Scale {n.ri(2, 7)}").t(".\n\nPerson to consult / proposed RPR: ").nm(niece.fl).t(" (niece), ")
    n.p("PHONE", uk_mob(n)).t(", ").p("EMAIL", pmail(n, niece, ["gmail.com", "hotmail.co.uk", "btinternet.com"]))
    n.t("\n\nUrgent authorisation given: ").d(ua, "dmy").t(f" at {n.tm()}   Expires: ").d(ua + timedelta(days=7), "dmy")
    n.t("\nSigned: ").nm(mgr.fl).t(", Registered Manager   Tel: ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, []))


_CHC_DOM = ["Breathing", "Nutrition", "Continence", "Skin integrity", "Mobility", "Communication",
            "Psychological and emotional", "Cognition", "Behaviour", "Drug therapies and medication",
            "Altered states of consciousness"]


def en_chc_checklist(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old()
    nhs = nhs_no(n.r)
    sil = n.person(q.grp if q.loc is None else "en", "m")
    dc = n.staff()
    done = n.dt(-2, 0)
    ev = {"Breathing": [f"SpO2 {n.ri(89, 94)}% on air", "salbutamol 100 mcg PRN"],
          "Nutrition": [f"MUST {n.ri(2, 3)}", f"weight {n.fl(40, 55)} kg"],
          "Skin integrity": [f"Waterlow {n.ri(16, 25)}", "category 2 sacrum"],
          "Cognition": [f"ACE-III {n.ri(30, 60)}/100"],
          "Drug therapies and medication": ["insulin glargine 14 units", f"CBG {n.fl(3.1, 19.0)}"],
          "Mobility": ["hoist x2"]}
    n.t("NHS CONTINUING HEALTHCARE CHECKLIST\nIndividual's name: ").nm(q.LF).t("    NHS No: ").p("ID", nhs_sp(nhs))
    n.t("    DOB: ").d(dob, "sh").t("\nDate of completion: ").d(done, "dot").t("\n\n")
    n.t("Domain                            A   B   C   Evidence\n")
    a_count = 0
    for dom in _CHC_DOM:
        col = n.ch([0, 1, 1, 2]) if dom in ev else n.ch([1, 2, 2])
        a_count += col == 0
        n.t(dom).pad(dom, 34).t(" " * (4 * col) + "x" + " " * (4 * (2 - col)) + "   ")
        if dom in ev:
            n.cl(ev[dom], "; ")
        n.t("\n")
    n.t(f"\nOutcome: {'full assessment for NHS CHC required' if a_count >= 2 else 'full assessment not required'} "
        f"({a_count} x A).\n")
    n.t("Completed by: ").nm(dc.fl).t(", Discharge Co-ordinator, Integrated Discharge Team\n")
    n.t("Individual / representative present: ").nm(sil.fl).t(" (son-in-law), ").p("PHONE", uk_mob(n))
    n.t(" - informed of outcome and given the Checklist leaflet.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_ld_passport(n: C) -> Note:
    q = n.pat(grp=n.ch(["en", "en", "bjm", "bbd"]))
    dob, _ = n.dob(19, 55)
    town, pcd, code, _c = uk_place(n, "en")
    street, pc, nhs = uk_street(n, "en"), uk_pc(n, pcd), nhs_no(n.r)
    mum = n.rel(q, "f")
    kw, ldn = n.staff(), n.staff()
    n.t("MY HOSPITAL PASSPORT\n(please keep with my notes and give back when I go home)\n\n")
    n.t("My name: ").nm(q.fl).t("      I like to be called: ").nm(q.first).t("\nDate of birth: ").d(dob, "long")
    n.t("   NHS number: ").p("ID", nhs_sp(nhs)).t("\nI live at: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ")
    n.p("ZIP", pc).t(" (supported living, 24h staff)\nMost important person: Mum - ").nm(mum.fl).t(", ")
    n.p("PHONE", uk_mob(n)).t(" / ").p("PHONE", uk_land(n, code)).t("\nMy keyworker: ").nm(kw.first).t(" at the house\n\n")
    n.t("RED - things you MUST know about me\n- Allergies: ").c("penicillin (rash)").t("\n- Epilepsy: ")
    n.c("tonic-clonic seizures").t(", about ").c(f"{n.ri(1, 4)} a month").t(". If longer than 5 minutes give ")
    n.c("buccal midazolam 10 mg").t(".\n- Medicines: ").cl([f"levetiracetam {n.ch([500, 750, 1000])} mg bd",
                                                              "lamotrigine 100 mg bd", "Laxido 1 sachet od"])
    n.t(" - I take them crushed in yoghurt.\n- I have Down syndrome and hypothyroidism (").c(f"TSH {n.fl(0.8, 5.5)}")
    n.t(" last time).\n\nAMBER - things that are important to me\n- I use Makaton and some words. I nod for yes.\n")
    n.t("- I need help cutting food up: ").c("IDDSI level 6").t(" (soft and bite-sized). Weight ").c(f"{n.fl(52, 90)} kg").t(".\n")
    n.t("- Needles frighten me: use numbing cream and let Mum hold my hand.\n\nGREEN - my likes\n- Music, "
        "buses, my tablet, chips.\n\n")
    n.t("Filled in by ").nm(mum.first).t(" (Mum) and ").nm(ldn.fl).t(", Community Learning Disability Nurse, on ")
    n.d(n.dt(-200, -5), "long").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_marac(n: C) -> Note:
    q = n.pat(sex="f")
    dob, _ = n.dob(18, 52)
    nhs = nhs_no(n.r)
    perp = n.person(q.grp if q.loc is None else "en", "m")
    kids = [n.kid(last=perp.last if n.yes(0.6) else q.last, grp=q.grp if q.grp in KID_OF else None) for _ in range(n.ri(1, 2))]
    idva, edr = n.staff("f"), n.staff()
    seen = n.dt(-3, 0)
    n.t("MARAC REFERRAL FORM - Hospital IDVA Service\n")
    n.t("Date of referral: ").d(seen, "d/m/y").t("   Referrer: ").nm(idva.fl).t(" (Hospital IDVA), ").p("PHONE", uk_mob(n))
    n.t("\nDASH RIC completed: yes - total ").c(f"{n.ri(14, 22)}/27").t(" ticks; professional judgement also applied\n\n")
    n.t("VICTIM\nName: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ").p("ID", nhs)
    n.t("\nAddress: withheld - staying with a friend; do NOT share with the perpetrator\n")
    n.t("Safe contact: ").p("PHONE", uk_mob(n)).t(" - TEXT ONLY, do not leave voicemail\n\nPERPETRATOR\nName: ").nm(perp.FL)
    n.t("   DOB: ").d(n.dob(20, 55)[0], "dmy").t(" (partner, not living together since ").d(n.dt(-40, -8), "dsh").t(")\n\n")
    n.t("CHILDREN IN HOUSEHOLD\n")
    for k in kids:
        n.nm(k.fl).t(", DOB ").d(n.dob(1, 12)[0], "dmy").t("\n")
    n.t(f"\nINCIDENT\nAttended ED {n.wd(seen)} night. ")
    n.c(f"{n.ri(2, 4)} cm laceration").t(" L eyebrow closed with ").c(f"{n.ri(3, 5)} sutures").t("; ")
    n.c("fingertip bruising to both sides of neck").t("; reports he \"strangled me until I saw stars\". ")
    n.c("GCS 15").t(", ").c("CT head NAD").t(", ")
    if n.yes(0.3):
        n.c(f"pregnant {n.ri(10, 30)}/40").t(".\n")
    else:
        n.c("bHCG negative").t(".\n")
    n.t("Seen by Dr ").nm(edr.fi).t(" (ED). Police attended; crime reference ").p("ID", f"NP-{fmt(seen, 'iso').replace('-', '')}-{n.dig(4)}")
    n.t(".\nRisks identified: non-fatal strangulation, escalation, separation, threats to kill, access to children.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


# ---------------------------------------------------------------------------------------- Scotland (2), Wales (2), NI (1)
def sc_ird(n: C) -> Note:
    q = n.kid(grp=n.ch(["sc", "sc", "bpl"]))
    dob, age = n.dob(4, 13)
    town, pcd, _code, hscp = uk_place(n, "sc")
    street, pc = uk_street(n, "sc"), uk_pc(n, pcd)
    chi = chi_no(n.r, dob, q.sex)
    mum = n.rel(q, "f", same=n.yes(0.5))
    dad = n.rel(q, "m")
    ds, tm, paed, hv = n.staff(), n.staff(), n.staff(), n.staff("f")
    when = n.dt(-2, 0)
    n.t("INTER-AGENCY REFERRAL DISCUSSION (IRD) - RECORD\n")
    n.t("Date/time of IRD: ").d(when, "dmyy").t(f" {n.tm(9, 16)}   Partnership: {hscp} HSCP\n\n")
    n.t("Child: ").nm(q.FL).t("   CHI: ").p("ID", chi).t("   DOB: ").d(dob, "dot").t(f"   Age: {age}\n")
    n.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Mother: ").nm(mum.fl).t(" (main carer)   Father: ").nm(dad.fl).t(" (non-resident, contact alternate weekends)\n\n")
    n.t("Participants: DS ").nm(ds.fl).t(" (Police Scotland, Public Protection Unit); ").nm(tm.fl)
    n.t(" (Team Manager, Children and Families Social Work); Dr ").nm(paed.fl).t(" (Consultant Paediatrician, child "
                                                                                   "protection)\n\nInformation shared\n")
    n.t("Health: school nurse ").nm(hv.first).t(" reports ").c(f"weight {n.fl(15, 30)} kg").t(" (").c("<0.4th centile")
    n.t("), ").c(f"{n.ri(5, 10)} carious teeth").t(", ").c(f"Hb {n.ri(88, 104)}").t(", ").c(f"ferritin {n.ri(3, 9)}")
    n.t("; two missed dental GA appointments (").d(n.dt(-120, -60), "dsh").t(" and ").d(n.dt(-50, -10), "dsh").t(").\n")
    n.t(f"Education: attendance {n.ri(55, 78)}% this term; arrives hungry, same clothes most days.\n")
    n.t("Police: two domestic incidents at the address in the last 6 months; no current bail conditions.\n\n")
    n.t("Decision: joint investigative interview NOT required. Child protection planning meeting (CPPM) to be held by ")
    n.d(when + timedelta(days=n.ri(14, 28)), "dmy").t("; paediatric neglect assessment booked ").d(when + timedelta(days=n.ri(3, 9)), "d/m")
    n.t(".\nRecorded by ").nm(tm.fi).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_awi_s47(n: C) -> Note:
    q = n.pat(grp=n.ch(["sc", "sc", "sc", "bpl"]))
    dob, age = n.old()
    town, pcd, code, _h = uk_place(n, "sc")
    street, pc = uk_street(n, "sc"), uk_pc(n, pcd)
    chi = chi_no(n.r, dob, q.sex)
    att = n.rel(q, n.ch("mf"), same=n.yes(0.6))
    gp = n.staff()
    start = n.dt(-1, 0)
    yrs = n.ch([1, 2, 3])
    n.t("ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 47 CERTIFICATE OF INCAPACITY\n\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t("\nCHI: ").p("ID", f"{chi[:6]} {chi[6:]}").t("   DOB: ").d(dob, "dmy")
    n.t("   Age: ").age(age).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Welfare attorney: ").nm(att.fl).t(f" ({'son' if att.sex == 'm' else 'daughter'}) - Continuing and Welfare Power of "
                                           "Attorney registered with the Office of the Public Guardian on ")
    n.d(n.dt(-2000, -300), "nth").t("; consulted by phone ").p("PHONE", uk_mob(n)).t(".\n\n")
    n.t("Nature of incapacity: Alzheimer's disease, moderate to severe. ").c(f"MMSE {n.ri(6, 15)}/30").t(" (").d(n.dt(-90, -14), "dsh")
    n.t("). Unable to understand or retain information about proposed treatments.\n\n")
    n.t("Treatment plan covered by this certificate:\n  - routine bloods and monitoring (").c("U&E, FBC, TSH").t(")\n  - ")
    n.c("donepezil 10 mg nocte").t(", ").c("memantine 20 mg daily").t("\n  - annual influenza and COVID-19 vaccination\n  - dental "
                                                                              "treatment under local anaesthetic\n")
    n.t("Excluded: any treatment the attorney objects to (s.50 procedure applies).\n\n")
    n.t("Valid from ").d(start, "dmy").t(" to ").d(start + timedelta(days=365 * yrs), "dmy")
    n.t(f" ({yrs} year{'s' if yrs > 1 else ''})\nMedical practitioner: Dr ").nm(gp.fl).t(", GMC ").p("ID", f"{n.ri(6, 7)}{n.dig(6)}")
    n.t(", tel ").p("PHONE", uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_chc_letter(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _ = n.old()
    town, pcd, code, board = uk_place(n, "cy")
    street, pc, nhs = uk_street(n, "cy"), uk_pc(n, pcd), nhs_no(n.r)
    dau = n.rel(q, "f", same=False)
    nurse = n.staff()
    sent = n.dt(-2, 0)
    mdt = sent - timedelta(days=n.ri(14, 30))
    panel = mdt + timedelta(days=n.ri(5, 10))
    ref = f"CHC/{sent.year % 100}/{n.dig(5)}"
    n.t(f"{board} - Gofal Iechyd Parhaus GIG / NHS Continuing Healthcare\n")
    n.t("Ein cyf / Our ref: ").p("ID", ref).t("\nDyddiad / Date: ").d(sent, "long").t("\n\n")
    n.t(f"{dau.title} ").nm(dau.fl).t(", ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"Dear {dau.title} ").nm(dau.last).t(",\n\nRe: ").nm(q.fl).t(" (your father), DOB ").d(dob, "dmy").t(", NHS number ")
    n.p("ID", nhs_sp(nhs)).t("\n\n")
    n.t("Thank you for attending the multidisciplinary team meeting on ").d(mdt, "long").t(". Using the Decision Support Tool "
                                                                                         "the MDT recorded:\n")
    levels = [("Behaviour", n.ch(["Severe", "High"])), ("Cognition", "High"), ("Psychological and emotional", "Moderate"),
              ("Communication", "Moderate"), ("Mobility", n.ch(["High", "Moderate"])), ("Nutrition", "Low"),
              ("Continence", "Moderate"), ("Skin", "Low"), ("Breathing", "No needs")]
    for i, (dom, lev) in enumerate(levels):
        n.t("  " if i % 3 == 0 else "; ").t(f"{dom}: ").c(lev).t("\n" if i % 3 == 2 else "")
    n.t("The MDT noted ").c(f"{n.ri(3, 8)} episodes of physical aggression").t(" a week towards care staff, needing ")
    n.c("2:1 support for personal care").t(", and ").c("risperidone 250 micrograms bd").t(".\n\n")
    n.t("The eligibility panel met on ").d(panel, "dmy").t(" and ratified the recommendation that your father is eligible for "
                                                       "NHS Continuing Healthcare from ").d(mdt, "dmy").t(". ")
    n.t("If you are unhappy with this decision you may ask for local resolution within six months of this letter.\n\n")
    n.t("Yn gywir / Yours sincerely\n").nm(nurse.fl).t(", CHC Nurse Assessor, Ffôn / Tel: ").p("PHONE", uk_land(n, code, 0)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_ld_health_check(n: C) -> Note:
    q = n.pat(grp=n.ch(["cy", "cy", "en"]))
    dob, _ = n.dob(18, 60)
    town, _pcd, code, _b = uk_place(n, "cy")
    nhs = nhs_no(n.r)
    sw, ctld, gp, mum = n.staff(), n.staff(), n.staff(), n.rel(q, "f")
    seen = n.wdt(-3, 0)
    n.t(f"Annual Health Check - people with a learning disability (Wales)\nPractice: {n.ch(['Meddygfa', 'Canolfan Iechyd'])} "
        f"{n.ch(['Bron Derw', 'Glan Conwy', 'Tŷ Elli', 'Penygraig'])}\n\n")
    n.t("Name: ").nm(q.fL).t("   DOB: ").d(dob, "d.m.y").t("   NHS No: ").p("ID", nhs).t("\nDate of check: ").d(seen, "dmy")
    n.t("   Lives in: supported tenancy, ").p("ADDRESS", town).t("\nAttended with: ").nm(sw.first)
    n.t(" (support worker) - Mum (").nm(mum.fl).t(") joined by phone ").p("PHONE", uk_mob(n)).t("\n\n")
    bmi, ht = n.r.uniform(19, 38), n.r.uniform(1.48, 1.82)
    n.t("Observations: ").cl([f"BP {n.ri(104, 148)}/{n.ri(62, 92)}", f"pulse {n.ri(58, 96)}", f"weight {bmi * ht * ht:.1f} kg",
                             f"BMI {bmi:.1f}"]).t("\n")
    n.t("Epilepsy: last seizure ").d(n.dt(-200, -20), "dsh").t(" - on ").c(f"sodium valproate {n.ch([300, 500])} mg bd").t("\n")
    n.t("Bowels: ").c("Bristol type 2").t(", ").c("Movicol 1 sachet od").t("\nThyroid: ").c(f"TSH {n.fl(0.6, 6.0)}")
    n.t(" on ").c(f"levothyroxine {n.ch([50, 75, 100])} micrograms").t("\nBloods: ").cl([f"HbA1c {n.ri(34, 52)}", f"cholesterol {n.fl(3.6, 6.8)}"])
    n.t("\nScreening: cervical screening declined again - best interests discussion with Mum on ").d(n.dt(-60, -5), "d/m/yy")
    n.t("; bowel screening kit sent.\nFlu vaccine given today. Health Action Plan updated and copy sent to CTLD nurse ")
    n.nm(ctld.fl).t(".\n\nDr ").nm(gp.fi).t(", tel ").p("PHONE", uk_land(n, code, 1)).t("\nDiolch.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def ni_asg_referral(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    town, pcd, code, trust = uk_place(n, "ni")
    street, pc, hc = uk_street(n, "ni"), uk_pc(n, pcd), hc_no(n.r)
    harmer, dn, dapo, gp = n.staff(), n.staff("f"), n.staff(), n.staff()
    seen = n.dt(-2, 0)
    n.t(f"{trust} - ADULT SAFEGUARDING: REFERRAL TO DESIGNATED ADULT PROTECTION OFFICER (DAPO)\n\n")
    n.t("Surname: ").nm(q.last.upper()).t("    Forename(s): ").nm(q.first).t("\nH&C No: ").p("ID", nhs_sp(hc))
    n.t("    DOB: ").d(dob, "dmyy").t(" (").age(age).t(" yrs)\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town)
    n.t(" ").p("ZIP", pc).t("\nGP: Dr ").nm(gp.fl).t("\n\nNature of concern: physical abuse by a paid carer (domiciliary "
                                                    "agency), reported by the adult on the ")
    n.d(seen, "nthofm").t(f".\n{q.title} ").nm(q.last).t(" states the carer \"grabbed my arm and shoved me back into the chair\". ")
    n.t("On examination ").c(f"{n.ri(3, 6)} x {n.ri(2, 4)} cm purple bruise").t(" R upper arm and ")
    n.c("two 1 cm fingertip bruises").t(" L forearm; body map completed. On warfarin - ").c(f"INR {n.fl(2.1, 3.9)}")
    n.t(" today; ").c(f"Hb {n.ri(101, 132)}").t(".\nAlleged harmer: ").nm(harmer.fl).t(", care worker\n\n")
    n.t("Referrer: ").nm(dn.fl).t(", Band 6 District Nurse, ").p("PHONE", uk_land(n, code, n.ri(0, 1))).t("\n")
    n.t("Received by DAPO: ").nm(dapo.fl).t(" on ").d(seen, "dmy").t(". Joint Protocol: PSNI informed, reference ")
    n.p("ID", f"CC{fmt(seen, 'iso').replace('-', '')}{n.dig(5)}").t(".\nInterim protection plan: agency to withdraw the "
                                                                       "carer pending investigation.\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ---------------------------------------------------------------------------------------- United States (9)
def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}", f"E{n.dig(7)}", n.dig(7)])


def us_aps_intake(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    city, st, zp, ac = us_place(n)
    street, mrn, ssn = us_street(n), _mrn(n), ssn_no(n.r)
    gs = n.rel(q, "m")
    sw, apsw = n.staff(), n.staff()
    rep = n.dt(-1, 0)
    n.t("SOCIAL WORK NOTE - Adult Protective Services report\nDate/time of report: ").d(rep, "us").t(f" {n.tm(9, 17, False)}\n")
    n.t("Reported to: ").t(f"{st} Adult Protective Services centralized intake; intake # ").p("ID", f"{rep.year}-{n.dig(6)}")
    n.t("\n\nAlleged victim: ").nm(q.LFm).t("   DOB: ").d(dob, "us").t("   Age: ").age(age).t("\nMRN: ").p("ID", mrn)
    n.t("   SSN: ").p("SSN", ssn).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", zp)
    n.t("\nPhone: ").p("PHONE", us_ph(n, ac)).t(" (home)\n\n")
    n.t("Alleged perpetrator: ").nm(gs.fl).t(" (grandson, lives in the home, identified as caregiver)\n\n")
    n.t("Concern: caregiver neglect and possible exploitation. EMS found pt on the floor; est. down ")
    n.c(f"{n.ri(24, 72)} hrs").t(". On arrival ").c(f"CK {n.ri(2500, 19000):,}").t(", ").c(f"Cr {n.fl(1.4, 3.6)}")
    n.t(", ").c(f"stage {n.ch([3, 4])} sacral pressure injury").t(", ").c(f"wt {n.fl(84, 112)} lb").t(". Home described by EMS as "
                                                                                               "without heat, ")
    n.t("no food in refrigerator. Grandson has pt's debit card; pt's checks stopped arriving ").d(n.dt(-90, -30), "md").t(".\n\n")
    n.t("Reporter: ").nm(sw.fl).t(", LCSW, Case Management, ext ").p("PHONE", n.dig(5)).t("\nAPS caseworker assigned: ")
    n.nm(apsw.fl).t(", cell ").p("PHONE", us_ph(n, ac, 0)).t(" - response priority: 24 hours. Will visit pt on unit ")
    n.d(rep + timedelta(days=1), "md").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ssn", ssn)]))


def us_cpt_consult(n: C) -> Note:
    q = n.kid()
    dob = n.today - timedelta(days=n.ri(60, 330))
    _city, _st, _zp, ac = us_place(n)
    mrn = _mrn(n)
    mom = n.rel(q, "f", same=n.yes(0.5))
    dad = n.rel(q, "m")
    att, fel, msw, inv = n.staff(), n.staff(), n.staff(), n.staff()
    adm = n.dt(-3, -1)
    n.t("CHILD PROTECTION TEAM CONSULTATION\n").t("Patient: ").nm(q.fl).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "us")
    n.t(f"   Age: {(n.today - dob).days // 30} mo\nDate of service: ").d(n.today, "us").t("\nRequested by: Dr. ").nm(fel.last)
    n.t(" (PICU)\n\nHistory: per mother (").nm(mom.fl).t(f", {n.ri(18, 30)}) infant was fussy after being watched by father (")
    n.nm(dad.fl).t(f", {n.ri(19, 34)}). Presented ").d(adm, "usyy").t(" with ").c("vomiting and lethargy").t(".\n\n")
    n.t("Findings:\n- ").c(f"{n.fl(0.8, 2.0)} cm bruise").t(" R ear (TEN-4-FACESp positive)\n- CT head: ").c("thin L SDH")
    n.t("; MRI brain/C-spine pending\n- Skeletal survey: ").c(f"healing posterior rib fractures L {n.ri(5, 7)}-{n.ri(8, 9)}").t("\n")
    n.t("- Ophthalmology (").d(adm + timedelta(days=1), "md").t("): ").c("multilayered retinal hemorrhages OU").t("\n- Labs: ")
    n.cl([f"Hgb {n.fl(8.2, 11.5)}", f"plt {n.ri(210, 480)}", f"PT {n.fl(11, 13.5)}", f"PTT {n.ri(26, 34)}",
          f"AST {n.ri(22, 140)}", f"ALT {n.ri(14, 90)}", f"lipase {n.ri(10, 60)}", "UA neg for blood"]).t("\n\n")
    n.t("Assessment: injuries highly concerning for abusive head trauma.\nDCS hotline report made by ").nm(msw.fl)
    n.t(", MSW on ").d(n.dt(-1, 0), "md").t(f" at {n.tm(10, 22, False)}; report # ").p("ID", f"{n.ri(24, 25)}-{n.dig(6)}")
    n.t(". Investigator ").nm(inv.fl).t(", ").p("PHONE", us_ph(n, ac)).t(". Siblings to be examined.\n\n")
    n.nm(att.fml).t(", MD\nChild Abuse Pediatrics\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_guardianship_report(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    city, st, _zp, ac = us_place(n)
    son = n.rel(q, "m")
    md = n.staff()
    exam = n.dt(-7, -1)
    case = f"{exam.year} GDN {n.dig(6)}"
    s2, c2, z2, _a = us_place(n)
    n.t("PROBATE COURT - PHYSICIAN'S REPORT IN SUPPORT OF PETITION FOR GUARDIANSHIP\n")
    n.t("Case No.: ").p("ID", case).t("\nIn re the Guardianship of: ").nm(q.fml).t("\nDate of birth: ").d(dob, "usl")
    n.t("   Age: ").age(age).t("\nProposed guardian: ").nm(son.fl).t(" (son), ").p("ADDRESS", us_street(n)).t(", ")
    n.p("ADDRESS", s2).t(f", {c2} ").p("ZIP", z2).t("\n\n")
    n.t("1. I examined the respondent on ").d(exam, "uslnth").t(f" for {n.ri(40, 75)} minutes at the hospital.\n")
    n.t("2. Diagnoses: major neurocognitive disorder due to Alzheimer disease, severe; HTN; CKD 3b.\n3. Testing: ")
    n.cl([f"SLUMS {n.ri(4, 14)}/30", f"MoCA {n.ri(3, 13)}/30", f"B12 {n.ri(250, 900)}", f"TSH {n.fl(0.5, 4.5)}",
          "RPR nonreactive"]).t("; CT head ").c("generalized atrophy, no mass").t(".\n")
    n.t(f"4. Functional: cannot name the year or {q.his} medications; could not describe {q.his} income or bills; "
        "requires assistance with all IADLs and ").c(f"{n.ri(4, 6)}/6 ADLs").t(".\n")
    n.t("5. Medications: ").cl(["donepezil 10 mg daily", f"amlodipine {n.ch([5, 10])} mg daily", "sertraline 50 mg daily"])
    n.t(".\n6. Opinion: the respondent is incapacitated and unable to make or communicate responsible decisions about "
        f"{q.his} person or estate. Condition is not expected to improve. Respondent's residence prior to admission: ")
    n.p("ADDRESS", city).t(f", {st}.\n\n")
    n.nm(md.fml).t(", MD   NPI ").p("ID", npi_no(n.r)).t("   Tel ").p("PHONE", us_ph(n, ac)).t("\n")
    n.t("Signed electronically ").d(exam + timedelta(days=1), "us").t(f" {n.tm(8, 18)}; signer IP ").p("IP", n.ip()).t("\n")
    return n.build(_fhir(q, dob, []))


def us_snf_placement(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    _city, _st, _zp, ac = us_place(n)
    mrn = _mrn(n)
    dau = n.rel(q, "f", same=False)
    cm, pt = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("CASE MANAGEMENT PROGRESS NOTE ").d(d0, "us1").t("\n").t("Pt: ").nm(q.fl).t(", ").age(age)
    n.t(f" y/o {'M' if q.sex == 'm' else 'F'}   MRN ").p("ID", mrn).t("   Medicare MBI ").p("ID", mbi_no(n.r))
    n.t("\nMedicaid: application pending (filed ").d(n.dt(-20, -5), "us1yy").t(")\n\n")
    n.t("Discharge plan: long-term care / SNF. PT today: ambulates ").c(f"{n.ri(15, 60)} ft").t(" with RW, ")
    n.c("mod assist x1").t("; ").c(f"AM-PAC 6-Clicks {n.ri(10, 16)}").t("; ").c("BIMS 7").t(".\n")
    n.t("PASRR Level I completed ").d(n.dt(-3, 0), "md").t(" - no Level II triggered.\nReferrals sent via CarePort to 6 "
                                                         "facilities; accepted by 2, bed offer for ").d(d0 + timedelta(days=n.ri(1, 3)), "md")
    n.t(".\n\nSpoke with daughter ").nm(dau.fl).t(" (POA for healthcare and finances) at ").p("PHONE", us_ph(n, ac))
    n.t(". She lives in ").p("ADDRESS", n.ch(["Cincinnati", "Nashville", "Columbus", "Pittsburgh", "Louisville"]))
    n.t(" and will drive up ").d(d0 + timedelta(days=1), "md").t(" to tour. Agrees with SNF; aware of Medicaid spend-down and "
                                                              "that pt's house may be subject to estate recovery.\n")
    n.t("Barriers: ").c(f"insulin glargine {n.ri(10, 30)} units qhs").t(" (facility accepts), ").c("PICC for IV ertapenem 1 g daily x 10 days")
    n.t(".\n\n").nm(cm.fl).t(", RN, BSN, Case Manager | ").p("PHONE", us_ph(n, ac)).t("\ncc: ").nm(pt.fl).t(", PT\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_capacity_eval(n: C) -> Note:
    q = n.pat(sex="m")
    dob, age = n.dob(45, 82)
    _c, _s, _z, ac = us_place(n)
    mrn = _mrn(n)
    sis = n.rel(q, "f", same=n.yes(0.5))
    res, att, hosp = n.staff(), n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("CONSULTATION-LIAISON PSYCHIATRY - DECISION-MAKING CAPACITY\nDate: ").d(d0, "us").t("\nPatient: ").nm(q.LFF)
    n.t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "usdash").t("\nRequesting: Dr. ").nm(hosp.last)
    n.t(" (hospitalist) - capacity to refuse below-knee amputation\n\n")
    n.t(f"ID: {age} yo M with DM2 (").c(f"A1c {n.fl(9.5, 13.9)}").t("), PAD, ").c("wet gangrene R foot").t(", ")
    n.c(f"WBC {n.fl(13, 22)}").t(", who declines BKA recommended by vascular surgery.\n\n")
    n.t("Collateral: spoke with sister ").nm(sis.fl).t(" by phone ").p("PHONE", us_ph(n, ac)).t("; she reports he has "
                                                                                               "always said he would \"rather die with "
                                                                                               "both legs\".\n\n")
    n.t("Exam: alert, oriented x4, linear. ").c(f"MoCA {n.ri(24, 29)}/30").t(". ").c("CAM negative").t(". ").c(f"Na {n.ri(133, 140)}")
    n.t(".\nUnderstanding: accurately paraphrases the risk of sepsis and death without surgery.\n")
    n.t("Appreciation: acknowledges the risk applies to him; no delusional beliefs about the limb.\n")
    n.t("Reasoning: weighs loss of independence and his job against survival; consistent over two interviews.\n")
    n.t("Choice: consistently declines.\n\nImpression: patient HAS capacity to refuse BKA. Continue ")
    n.c("pip-tazo 4.5 g q6h").t(", palliative care consult offered.\n\n").nm(res.fl).t(", MD, PGY-3 Psychiatry, pager ")
    n.p("PHONE", n.dig(4)).t("\nSeen and discussed with Dr. ").nm(att.fl).t(", attending\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_fne_strangulation(n: C) -> Note:
    q = n.pat(sex="f")
    dob, _age = n.dob(18, 50)
    city, _st, _zp, ac = us_place(n)
    mrn = _mrn(n)
    ex = n.person(q.grp if q.loc is None else "usw", "m")
    mom = n.rel(q, "f", same=n.yes(0.5))
    sane, ofc, adv = n.staff("f"), n.staff(), n.staff("f")
    d0 = n.dt(-1, 0)
    n.t("FORENSIC NURSE EXAMINATION - NON-FATAL STRANGULATION\nDate of exam: ").d(d0, "usl").t(f"   Time: {n.tm(0, 23, False)}\n")
    n.t("Patient: ").nm(q.fml).t("   DOB: ").d(dob, "us").t("   MRN: ").p("ID", mrn).t("\n")
    n.t("Reported assailant: ex-boyfriend, ").nm(ex.fl).t(". Law enforcement: Officer ").nm(ofc.fl).t(", case # ")
    n.p("ID", f"{d0.year % 100}-{n.dig(6)}").t("\n\n")
    n.t("Hx: pt states assailant put both hands around her neck for \"maybe 30 seconds\"; reports ").c("loss of consciousness")
    n.t(", ").c("urinary incontinence").t(", ").c("hoarse voice").t(".\nDanger Assessment score: ").c(f"{n.ri(14, 24)}")
    n.t(" (extreme danger)\n\nFindings:\n- ").c("petechiae bilateral conjunctivae and soft palate").t("\n- ")
    n.c(f"{n.ri(5, 11)} cm linear abrasion").t(" anterior neck\n- ").c(f"SpO2 {n.ri(95, 100)}%").t(", ").c(f"BP {n.ri(118, 152)}/{n.ri(70, 96)}")
    n.t("\n- CTA neck: ").c("no vascular injury").t("\n- ").c(f"{n.ri(18, 40)} photographs").t(" taken with scale\n\n")
    n.t("Plan: safety plan completed; advocate ").nm(adv.first).t(" (domestic violence program) at bedside. Pt will stay with her "
                                                                  "mother ").nm(mom.fl).t(" in ").p("ADDRESS", city)
    n.t(". Safe number: ").p("PHONE", us_ph(n, ac)).t(". Protective order information given. Follow-up photos ")
    n.d(d0 + timedelta(days=2), "md").t(".\n\n").nm(sane.fl).t(", RN, SANE-A\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_family_email(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _ = n.old()
    city, _st, _zp, ac = us_place(n)
    dau = n.rel(q, "f", same=n.yes(0.4))
    sw = n.staff()
    sent = n.dt(-1, 0)
    adm = sent - timedelta(days=n.ri(8, 20))
    dom = n.ch(["mercyhealth.org", "stvincenthealth.org", "valleyregional.org"])
    n.t("From: ").nm(dau.fl).t(" <").p("EMAIL", pmail(n, dau, ["gmail.com", "yahoo.com", "aol.com", "outlook.com"]))
    n.t(">\nSent: ").t(f"{n.wd(sent)}, ").d(sent, "usl").t(f" {n.ri(6, 11)}:{n.ri(0, 59):02d} AM\nTo: ").nm(sw.fl)
    n.t(" <").p("EMAIL", sw.mail(dom, n.ri(0, 1))).t(">\nSubject: RE: Dad (").nm(q.fl).t(") - nursing home\n\n")
    n.t("Hi ").nm(sw.first).t(",\n\nThanks for calling yesterday. I talked to my brother and we agree Dad can't go back to the "
                              "house on ").p("ADDRESS", us_street(n)).t(" - the stairs are impossible now. Can you send the "
                                                                         "referral to the place in ").p("ADDRESS", city)
    n.t(" near me? My cell is ").p("PHONE", us_ph(n, ac)).t(". I put his bank statements here: ")
    n.p("URL", f"https://drive.google.com/drive/folders/1{n.tok(32)}?usp=sharing")
    n.t("\nAlso the nurse said his sugars were in the 300s on the new ")
    n.c(f"insulin {n.ri(18, 30)} units").t(" - is that ok?\n\n").nm(dau.first).t("\n\n---- original message ----\n")
    n.t("Hi Ms. ").nm(dau.last).t(", as discussed, your father has been here since ").d(adm, "md").t(" and therapy recommends "
                                                                                                   "long-term care. Medicare will not "
                                                                                                   "cover custodial care; please bring "
                                                                                                   "his last 5 years of bank statements "
                                                                                                   "for the Medicaid application.\n\n")
    n.nm(sw.fl).t(", LMSW | Inpatient Social Work | office ").p("PHONE", us_ph(n, ac, 0)).t(" | fax ").p("PHONE", us_ph(n, ac, 1))
    n.t("\n")
    return n.build(_fhir(q, dob, []))


def us_sw_lower(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    _c, _s, _z, ac = us_place(n)
    mrn = _mrn(n)
    dtr = n.rel(q, "f", same=n.yes(0.4))
    aps, sw, hosp = n.staff(), n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("sw f/u ").d(d0, "md").t(f" {n.tm(9, 17, False)}\npt ").nm(q.low).t(" ").age(age).t(f"{q.sex} mrn ").p("ID", mrn)
    n.t(" - self neglect case, aps open\n")
    n.t("pt A&Ox2 today, ").c("cam +").t(", got ").c("haldol 0.5 mg").t(" overnight per rn. dr ").nm(hosp.last.lower())
    n.t(" says medically ready ").d(d0 + timedelta(days=n.ri(1, 3)), "md").t(".\n")
    n.t("spoke w/ dtr ").nm(dtr.first.lower()).t(" on phone ").p("PHONE", us_ph(n, ac)).t(", she is hcpoa (doc on file dated ")
    n.d(n.dt(-2500, -400), "us1").t(") - wants snf, pt previously refused.\n")
    n.t("aps worker ").nm(aps.low).t(" called back, home visit done ").d(d0 - timedelta(days=n.ri(1, 4)), "md")
    n.t(" - house not safe (no utilities, hoarding).\n")
    n.t(f"snf auth pending w/ {n.ch(['humana', 'aetna', 'uhc'])}. wt ").c(f"{n.ri(88, 130)} lb").t(", ").c(f"alb {n.fl(2.1, 3.2)}").t(".\n")
    n.t("plan: f/u auth tomorrow, update dtr.\n- ").nm(sw.fli.lower()).t(", msw\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_idd_coordination(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(22, 58)
    city, st, zp, ac = us_place(n)
    street, mcd = us_street(n), n.ch([f"{n.dig(11)}", f"{n.ch('ABCDEFGHJKLMNPRSTUVWXYZ')}{n.dig(8)}"])
    sis = n.rel(q, "f", same=n.yes(0.5))
    sc, nurse, pcp = n.staff(), n.staff(), n.staff()
    mtg = n.dt(-2, 0)
    n.t("SUPPORT COORDINATION - HOSPITAL VISIT / ISP CONTACT NOTE\n").t("Individual: ").nm(q.fml).t("   DOB: ").d(dob, "us")
    n.t("\nMedicaid ID: ").p("ID", mcd).t(" (I/DD waiver)\nResidence: group home, ").p("ADDRESS", street).t(", ")
    n.p("ADDRESS", city).t(f", {st} ").p("ZIP", zp).t("\nLegal guardian: ").nm(sis.fl).t(" (sister), letters of guardianship "
                                                                                       "issued ").d(n.dt(-3000, -400), "us")
    n.t(", ").p("PHONE", us_ph(n, ac)).t("\n\nVisit ").d(mtg, "usyy").t(": admitted with ").c("aspiration pneumonia")
    n.t(". Nurse ").nm(nurse.first).t(" reports ").c(f"SpO2 {n.ri(90, 96)}% on 2 L").t(", ").c(f"Tmax {n.fl(99.1, 101.9)}")
    n.t(", on ").c("ampicillin-sulbactam 3 g q6h").t(".\nHealth: Down syndrome, hypothyroidism (").c(f"levothyroxine {n.ch([75, 88, 100])} mcg")
    n.t("), OSA on ").c(f"CPAP {n.ri(8, 12)} cm H2O").t(", ").c(f"wt {n.fl(70, 110)} kg").t(", ").c(f"BMI {n.fl(27, 41)}")
    n.t(", ").c(f"A1c {n.fl(5.4, 6.6)}").t(". Seizure-free since 2019.\n")
    n.t("Plan: SLP swallow eval before return home; staff to attend training. PCP Dr. ").nm(pcp.last)
    n.t(" notified. Next ISP meeting ").d(mtg + timedelta(days=n.ri(20, 60)), "us").t(".\n\n").nm(sc.fl)
    n.t(", Support Coordinator, ext ").p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(q, dob, [("medicaid", mcd)]))


# ---------------------------------------------------------------------------------------- Australia (5)
def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"{n.dig(3)}-{n.dig(3)}", f"UR{n.dig(6)}"])


def au_child_safety(n: C) -> Note:
    mum = n.pat(sex="f")
    mdob, mage = n.dob(17, 38)
    q = n.kid(grp=mum.grp if mum.grp in KID_OF else None, last=mum.last)
    born = n.dt(-4, -1)
    sub, stt, pcode, ac = au_place(n)
    street, ur, bur, mc = au_street(n), _ur(n), _ur(n), medicare_au(n.r)
    dad = n.person(mum.grp if mum.loc is None else "au", "m")
    cplo, neo, mw = n.staff(), n.staff(), n.staff("f")
    n.t("CHILD PROTECTION LIAISON - REPORT TO CHILD SAFETY (Regional Intake Service)\n")
    n.t("Date reported: ").d(n.today, "dmy").t(f" {n.tm()}   Intake ref: ").p("ID", f"CS-{n.dig(7)}").t("\n\n")
    n.t("Child: ").nm(q.first).t(" ").nm(q.last.upper()).t(" (Baby of ").nm(mum.fl).t(")   UR ").p("ID", bur)
    n.t("   Born ").d(born, "dmy").t(f" at {n.tm(0, 23)}\nMother: ").nm(mum.fL).t(", DOB ").d(mdob, "d/m/y").t(f" ({mage}), UR ")
    n.p("ID", ur).t(", Medicare ").p("ID", mc).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(f" {stt} ")
    n.p("ZIP", pcode).t("\nMobile: ").p("PHONE", au_mob(n)).t("\nFather (named by mother): ").nm(dad.fl).t(", whereabouts unknown\n\n")
    n.t("Concerns\n- Antenatal: ").c("2 antenatal visits").t("; ").c("urine drug screen positive for methylamphetamine").t(" at ")
    n.c(f"{n.ri(30, 35)}+{n.ri(0, 6)} weeks").t("\n- Baby: ").c(f"{n.ri(35, 38)}+{n.ri(0, 6)}/40").t(", ").c(f"birth weight {n.ri(2150, 2900)} g")
    n.t(", ").c(f"Finnegan scores {n.ri(4, 7)}, {n.ri(8, 10)}, {n.ri(9, 13)}").t("; ").c("oral morphine 0.05 mg/kg 4-hourly").t(" commenced\n")
    n.t("- Mother self-discharged day 2, returned the following evening; prior child in out-of-home care.\n\n")
    n.t("Plan: baby NOT to be discharged before a Child Safety safety plan. Neonatologist Dr ").nm(neo.last).t(" aware; midwife ")
    n.nm(mw.first).t(" to notify if mother attempts to remove baby.\n\nReported by ").nm(cplo.fl)
    n.t(", Child Protection Liaison Officer, ").p("PHONE", au_land(n, ac)).t("\n")
    return n.build(_fhir(q, born, [("ur", bur)]))


def au_acat_plan(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    sub, stt, pcode, _ac = au_place(n)
    street, mc = au_street(n), medicare_au(n.r)
    son = n.rel(q, "m")
    s2 = n.ch([x for x in AU_SUB if x[0] != sub])
    assr, gp = n.staff(), n.staff()
    d0 = n.dt(-3, 0)
    n.t("AGED CARE ASSESSMENT - SUPPORT PLAN (comprehensive assessment)\nMy Aged Care ID: ").p("ID", f"AC{n.dig(8)}")
    n.t("\nClient: ").t(f"{q.title} ").nm(q.fl).t("   DOB ").d(dob, "dmy").t(" (").age(age).t(")   Medicare ").p("ID", mc)
    n.t("\nHome: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pcode).t(" - lives alone\n")
    n.t("Carer / representative: ").nm(son.fl).t(" (son), lives in ").p("ADDRESS", s2[0]).t(", ").p("PHONE", au_mob(n))
    n.t("\nAssessment: ").d(d0, "d/m/y").t(" on ward 4B, with ").nm(son.first).t(" present\nGP: Dr ").nm(gp.fi).t("\n\n")
    n.t("Assessment findings\n- Cognition: ").c(f"RUDAS {n.ri(13, 21)}/30").t(", word-finding difficulty\n- Falls: ")
    n.c(f"{n.ri(3, 6)} falls in 6 months").t(", ").c(f"Timed Up and Go {n.ri(22, 40)} s").t("\n- Function: ")
    n.c(f"modified Barthel {n.ri(35, 70)}/100").t(", needs help with showering, meals and medicines\n- Continence: ")
    n.c("urge incontinence, pads day and night").t("\n- Medicines: ").cl(["apixaban 2.5 mg bd", "frusemide 40 mg mane",
                                                                          f"paracetamol SR 1330 mg {n.ch(['bd', 'tds'])}"])
    n.t("\n\nApproved: permanent residential care; residential respite (").c("63 days").t("); home care package level ")
    n.c(f"{n.ri(3, 4)}").t(" while awaiting a bed.\nDelegate decision ").d(d0 + timedelta(days=n.ri(1, 5)), "dmy")
    n.t(".\nAssessor: ").nm(assr.fl).t(", Registered Nurse, Aged Care Assessment Service\n")
    return n.build(_fhir(q, dob, [("medicare", mc)]))


def au_guardianship_report(n: C) -> Note:
    q = n.pat(sex="m")
    dob, age = n.dob(52, 80)
    sub, stt, pcode, ac = au_place(n)
    street, ur = au_street(n), _ur(n)
    son = n.rel(q, "m")
    niece = n.person(q.grp if q.loc is None else "au", "f")
    dr, sw = n.staff(), n.staff()
    hearing = n.dt(14, 40)
    n.t("MEDICAL REPORT - APPLICATION FOR GUARDIANSHIP AND ADMINISTRATION ORDERS\n")
    n.t("Proposed represented person: ").nm(q.fL).t("   DOB ").d(dob, "dmy").t("   UR ").p("ID", ur)
    n.t("\nUsual address: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(f" {stt} ").p("ZIP", pcode)
    n.t("\nApplicant: ").nm(sw.fl).t(", Senior Social Worker   Proposed guardian: the Public Advocate\n")
    n.t("Relevant persons: son ").nm(son.fl).t(" (estranged, address unknown); niece ").nm(niece.fl).t(" ")
    n.p("PHONE", au_mob(n)).t("\nTribunal hearing: ").d(hearing, "long").t(" (ref ").p("ID", f"G{n.dig(5)}/{hearing.year}").t(")\n\n")
    n.t(f"1. Diagnosis: alcohol-related brain injury with Korsakoff syndrome, {age} years of age.\n2. History: ")
    n.c(f"{n.ri(60, 140)} standard drinks/week").t(" for >20 years; admitted ").d(n.dt(-70, -30), "d/m/y").t(" with ")
    n.c("Wernicke encephalopathy").t(", treated with ").c("IV thiamine 500 mg tds").t(", now ").c("thiamine 100 mg tds")
    n.t(".\n3. Cognition: ").c(f"MoCA {n.ri(12, 19)}/30").t(", ").c(f"ACE-III {n.ri(48, 70)}/100").t("; marked anterograde amnesia, confabulation.\n")
    n.t("4. Bloods: ").cl([f"GGT {n.ri(90, 420)}", f"MCV {n.ri(99, 108)}", f"albumin {n.ri(27, 34)}"]).t(".\n")
    n.t("5. Opinion: unable to make reasonable decisions about accommodation, services or finances; a guardian and "
        "administrator are required. Least restrictive option considered.\n\n")
    n.t("Dr ").nm(dr.fl).t(", Consultant Geriatrician, AHPRA ").p("ID", f"MED000{n.dig(7)}").t(", ").p("PHONE", au_land(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_ndis_discharge(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 60)
    sub, stt, pcode, _ac = au_place(n)
    street, ur, ndis = au_street(n), _ur(n), f"43{n.dig(7)}"
    pm, coord, ot = n.staff(), n.staff(), n.staff()
    d0 = n.dt(1, 5)
    n.t("NDIS PARTICIPANT - HOSPITAL DISCHARGE PLAN\nParticipant: ").nm(q.fL).t("   UR ").p("ID", ur).t("   NDIS no. ")
    n.p("ID", ndis).t("\nDOB: ").d(dob, "sh").t("\nSIL home: ").p("ADDRESS", street).t(", ").p("ADDRESS", sub).t(f" {stt} ")
    n.p("ZIP", pcode).t(" (24/7 supported independent living)\nPlan manager contact: ").nm(pm.fl).t(", ")
    n.p("EMAIL", pm.mail(n.ch(["planpartners.com.au", "myplanmanager.com.au"]), n.ri(0, 4))).t("\nSupport coordinator: ")
    n.nm(coord.fl).t(", ").p("PHONE", au_mob(n)).t("\n\nPlanned discharge: ").t(f"{n.wd(d0, True)} ").d(d0, "d/m").t("\n\n")
    n.t("Health summary: cerebral palsy (GMFCS V), epilepsy, PEG-fed.\nMedicines: ").cl(["baclofen 10 mg tds", "levetiracetam 500 mg bd",
                                                                                        "Movicol 1 sachet daily"])
    n.t("\nFeeds: ").c(f"Jevity 1.5 {n.ch([1000, 1200])} mL/day").t(" via PEG + ").c("water flushes 200 mL qid").t("\n")
    n.t("Weight ").c(f"{n.fl(38, 62)} kg").t("; ").c(f"Waterlow {n.ri(18, 26)}").t("; ").c(f"SpO2 {n.ri(93, 98)}% RA").t("\n")
    n.t("Equipment: tilt-in-space wheelchair, ceiling hoist, pressure mattress - confirmed in place by OT ").nm(ot.first)
    n.t(" on ").d(n.dt(-2, 0), "d/m").t(". Discharge summary shared with the SIL provider: ")
    n.p("URL", f"https://share.health.{stt.lower()}.gov.au/s/{n.tok(22)}").t("\nNDIS plan review requested for increased nursing supports (change of circumstances form "
                                        "sent ").d(n.dt(-5, -1), "d/m/yy").t(").\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("ndis", ndis)]))


def au_fv_assessment(n: C) -> Note:
    q = n.pat(sex="f")
    dob, _ = n.dob(20, 48)
    _sub, _stt, _pc, _ac = au_place(n)
    ur = _ur(n)
    hub = n.person(q.grp if q.loc is None else "au", "m")
    kids = [n.kid(last=hub.last if n.yes(0.7) else q.last, grp=q.grp if q.grp in KID_OF else None) for _ in range(2)]
    sw = n.staff()
    d0 = n.dt(-1, 0)
    n.t("SOCIAL WORK - FAMILY VIOLENCE RISK ASSESSMENT (MARAM comprehensive)\n").t("Client: ").nm(q.fl).t("   UR ").p("ID", ur)
    n.t("   DOB ").d(dob, "d.m.y").t("\nDate: ").d(d0, "dmy").t("\n\nPerson using violence: ").nm(hub.fl)
    n.t(" (husband). Final family violence intervention order issued ").d(n.dt(-400, -100), "dmy").t("; police L17 ref ")
    n.p("ID", f"L17-{n.dig(8)}").t(".\nChildren: ")
    for i, k in enumerate(kids):
        n.t(", " if i else "").nm(k.first).t(f" ({n.ri(2, 11)})")
    n.t(" - at school today, collected by maternal grandmother.\n\nPresentation: ").c("# L 5th metacarpal").t(", ")
    n.c(f"{n.ri(3, 7)} x {n.ri(3, 5)} cm bruise").t(" R upper arm; ").c(f"EPDS {n.ri(13, 22)}").t(" (").c("item 10 score 1").t(").\n")
    n.t("Evidence-based risk factors: controlling behaviour, recent separation, breach of IVO, strangulation ")
    n.t(f"{n.ri(4, 8)} weeks ago, financial abuse, threats to take the children.\n")
    n.t("Risk level: SERIOUS RISK requiring immediate protection. Referral to The Orange Door; crisis accommodation arranged; "
        "police informed of breach.\nSafe contact: ").p("PHONE", au_mob(n)).t(" - only between 9 and 3 on weekdays.\n\n")
    n.nm(sw.fl).t(", Senior Social Worker, ext ").p("PHONE", n.dig(5)).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


# ---------------------------------------------------------------------------------------- Canada (4)
def on_form33(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 80)
    city, pc, ac, st = ca_place(n, "on")
    hn = f"{ohip_no(n.r)}"
    hcn = n.ch([f"{hn[:4]}-{hn[4:7]}-{hn[7:]} {n.ch('ABCDEFGHJKLMNPRSTVWXYZ')}{n.ch('ABCDEFGHJKLMNPRSTVWXYZ')}", f"{hn} {n.ch('ABCDEFGHJK')}{n.ch('LMNPRSTVWX')}"])
    sdm = n.rel(q, n.ch("mf"), same=n.yes(0.5))
    psych, ra = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("Mental Health Act - FORM 33: Notice to Patient (finding of incapacity)\n").t("Patient: ").nm(q.lf).t("\nHealth number: ")
    n.p("ID", hcn).t("   Date of birth: ").d(dob, "ymd/").t("\nAddress: ").p("ADDRESS", f"{n.ri(10, 999)} {st}").t(", ")
    n.p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("\n\n")
    n.t("I have examined you and found you incapable of (check all that apply):\n  [x] consenting to treatment of a mental "
        "disorder\n  [ ] managing property\n  [x] consenting to collection, use or disclosure of personal health information\n\n")
    n.t("Reasons: acute mania with psychotic features - ").c(f"YMRS {n.ri(28, 40)}").t("; believes ").c("lithium").t(" is poison; "
                                                                                                         "unable to appreciate "
                                                                                                         "consequences of refusing ")
    n.c("olanzapine 10 mg qhs").t(". ").c(f"Li level {n.fl(0.1, 0.3)}").t(", ").c(f"TSH {n.fl(0.7, 4.2)}").t(".\n\n")
    n.t("Substitute decision-maker: ").nm(sdm.fl).t(" (").t("spouse" if sdm.last != q.last else ("brother" if sdm.sex == "m" else "sister"))
    n.t("), ").p("PHONE", us_ph(n, ac)).t("\nRights adviser notified: ").nm(ra.fl).t(" on ").d(d0, "iso").t(f" at {n.tm()}\n")
    n.t("Attending physician: Dr. ").nm(psych.fl).t("   Date: ").d(d0, "ussh").t("\n")
    return n.build(_fhir(q, dob, [("ohip", hn)]))


def bc_ltc_priority(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    city, pc, ac, st = ca_place(n, "bc")
    phn = bc_phn(n.r)
    dau = n.rel(q, "f", same=n.yes(0.4))
    cm, md = n.staff(), n.staff()
    d0 = n.dt(-2, 0)
    n.t("Home & Community Care - LONG-TERM CARE PRIORITY ACCESS REQUEST\nDate: ").d(d0, "usshp").t("\nClient: ").nm(q.fml)
    n.t("   PHN: ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("   DOB: ").d(dob, "iso").t("   Age: ").age(age)
    n.t("\nCurrent location: acute medical unit (alternate level of care since ").d(n.dt(-40, -10), "msh").t(")\n")
    n.t("Home address: ").p("ADDRESS", f"{n.ri(100, 2999)} {st}").t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t("\n")
    n.t("Representative (section 9 representation agreement): ").nm(dau.fl).t(" (daughter), ").p("PHONE", us_ph(n, ac))
    n.t(", ").p("EMAIL", pmail(n, dau, ["shaw.ca", "telus.net", "gmail.com"])).t("\n\n")
    n.t("interRAI: ").cl([f"CPS {n.ri(3, 5)}", f"ADL hierarchy {n.ri(4, 6)}", f"CHESS {n.ri(1, 3)}", f"MAPLe {n.ri(4, 5)}",
                          f"DRS {n.ri(2, 6)}"]).t("\nCare needs: ")
    n.c("2-person transfers with mechanical lift").t(", exit-seeking at night, ").c("quetiapine 12.5 mg qhs").t(", ")
    n.c("Braden 13").t(".\nFirst appropriate bed accepted; family prefers a home close to ").p("ADDRESS", city).t(".\n\n")
    n.t("Case manager: ").nm(cm.fl).t(", ").p("PHONE", us_ph(n, ac, 1)).t("   Physician: Dr. ").nm(md.fi).t("\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ab_child_intervention(n: C) -> Note:
    mum = n.pat(sex="f", grp=n.ch(["cafn", "cafn", "ca"]))
    _mdob, mage = n.dob(16, 34)
    q = n.kid(grp=mum.grp, last=mum.last, sex=n.ch("mf"))
    born = n.dt(-3, -1)
    city, pc, ac, st = ca_place(n, "ab")
    uli_b, uli_m = ab_uli(n.r), ab_uli(n.r)
    gran = n.rel(mum, "f")
    sw, worker, peds = n.staff(), n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("SOCIAL WORK NOTE - report to Children's Services (Child Intervention)\n").d(d0, "ymon").t(f" {n.tm()}\n\n")
    n.t(f"Infant: Baby {'Boy' if q.sex == 'm' else 'Girl'} ").nm(mum.last.upper()).t(" (to be named ").nm(q.first)
    n.t(")   ULI ").p("ID", f"{uli_b[:5]}-{uli_b[5:]}").t("   born ").d(born, "ymon").t("\nMother: ").nm(mum.fl).t(f", {mage} y, ULI ")
    n.p("ID", f"{uli_m[:5]}-{uli_m[5:]}").t(", treaty status no. ").p("ID", n.dig(10)).t("\nMother's address: ")
    n.p("ADDRESS", f"{n.ri(1, 99)}, {n.ri(4000, 6999)} {st}").t(", ").p("ADDRESS", city).t(", AB ").p("ZIP", pc)
    n.t("\nMaternal grandmother: ").nm(gran.fl).t(", ").p("PHONE", us_ph(n, ac)).t(" - willing to be a kinship placement\n\n")
    n.t("Concerns: ").c("prenatal opioid exposure").t(" (").c("UDS + fentanyl").t(" at delivery), no prenatal care. Baby ")
    n.c(f"{n.ri(2400, 3300)} g").t(", ").c(f"Apgars {n.ri(6, 8)}/{n.ri(8, 9)}").t(", managed with Eat, Sleep, Console - ")
    n.c("no morphine required").t(" so far. Mother engaged, breastfeeding not advised.\n\n")
    n.t("Intake worker: ").nm(worker.fl).t(", ").p("PHONE", us_ph(n, ac, 1)).t(" - will attend ward ").d(d0 + timedelta(days=1), "msh")
    n.t(". Paediatrician Dr. ").nm(peds.last).t(" aware.\n").nm(sw.fl).t(", MSW, RSW\n")
    return n.build(_fhir(q, born, [("uli", uli_b)]))


def ns_adult_protection(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    city, pc, ac, st = ca_place(n, "ns")
    hcn = n.dig(10)
    nep = n.rel(q, "m")
    rn, md = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("REFERRAL TO ADULT PROTECTION SERVICES (Adult Protection Act)\nDate: ").d(d0, "DMON").t("\n\n")
    n.t("Adult: ").nm(q.fl).t("   DOB: ").d(dob, "DMONs").t("   Age: ").age(age).t("\nNS health card: ").p("ID", f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}")
    n.t("\nAddress: ").p("ADDRESS", f"{n.ri(10, 999)} {st}").t(", ").p("ADDRESS", city).t(", NS ").p("ZIP", pc)
    n.t("\nLives with: nephew ").nm(nep.fl).t(" (moved in ").p("DATE", fmt(n.dt(-300, -120), "my")).t(")\n\n")
    n.t("Concerns: self-neglect and possible financial exploitation. On home visit: ").c(f"{n.ri(4, 9)} x {n.ri(3, 6)} cm venous ulcer")
    n.t(" L leg, malodorous, dressings not changed; ").c(f"HbA1c {n.fl(9.6, 13.5)}%").t("; ").c(f"weight {n.fl(46, 58)} kg")
    n.t(" (").c(f"down {n.ri(5, 10)} kg").t("); ").c("metformin 500 mg bid").t(" blister packs unopened since ").d(n.dt(-60, -20), "msh")
    n.t(f". Oil tank empty, power bill in arrears; nephew manages {q.his} bank card.\n")
    n.t("Adult declines help but appears not to understand risks (").c(f"MoCA {n.ri(12, 20)}/30").t(").\n\n")
    n.t("Referrer: ").nm(rn.fl).t(", RN, home care nursing, ").p("PHONE", us_ph(n, ac, 0)).t("\nFamily physician: Dr. ").nm(md.last).t("\n")
    return n.build(_fhir(q, dob, [("nshc", hcn)]))


# ---------------------------------------------------------------------------------------- Ireland (3)
def _ie_street(n: C) -> str:
    return n.ch([f"{n.ri(1, 80)} {n.ch(IE_ST)}", f"Apt {n.ri(1, 30)}, {n.ch(['The Maltings', 'Riverside Court', 'Abbey Quay'])}",
                 f"{n.ri(1, 60)} {n.ch(IE_ST)}"])


def ie_psf1(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    town, county, eir, ac = ie_place(n)
    street, mrn, pps = _ie_street(n), n.dig(7), ppsn(n.r, n.yes(0.3))
    nep = n.person(q.grp if q.loc is None else "ie", "m")
    do, cnm = n.staff(), n.staff()
    rec = n.dt(-3, -1)
    n.t("HSE SAFEGUARDING AND PROTECTION TEAM - PRELIMINARY SCREENING FORM (PSF1)\n\n")
    n.t("Name of adult at risk: ").nm(q.fl).t("\nDate of birth: ").d(dob, "dmy").t("   Age: ").age(age).t("   PPSN: ").p("SSN", pps)
    n.t("   MRN: ").p("ID", mrn).t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir)
    n.t("\n\nDate concern received: ").d(rec, "dmy").t("   Screening completed: ").d(n.dt(-1, 0), "d/m/y").t("\n\n")
    n.t("Nature of concern: alleged financial abuse. Nephew ").nm(nep.fl).t(" collects the State Pension (Contributory) at the "
                                                                             "post office and the adult has had no money for "
                                                                             "groceries since ")
    n.p("DATE", fmt(n.dt(-110, -50), "my")).t(". Admitted with ").c(f"weight {n.fl(41, 52)} kg").t(", ").c(f"MUST {n.ri(2, 3)}").t(", ")
    n.c(f"Hb {n.fl(8.6, 10.8)} g/dL").t(", ").c(f"MMSE {n.ri(17, 24)}/30").t(". Adult says \"he minds everything for me\".\n\n")
    n.t("Reasonable grounds for concern: YES. Referred to the Safeguarding and Protection Team.\nInterim safeguarding plan: "
        "MSW to meet the adult with an advocate; bank to be contacted with consent.\n\n")
    n.t("Designated officer: ").nm(do.fl).t(", ").p("PHONE", f"({ac}) {n.dig(3)} {n.dig(4)}").t("\nCompleted by: ").nm(cnm.fl).t(", CNM2\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


def ie_tusla_report(n: C) -> Note:
    mum = n.pat(sex="f")
    mdob, _ = n.dob(18, 38)
    q = n.kid(grp=mum.grp if mum.grp in KID_OF else "ie", last=mum.last)
    born = n.dt(-3, -1)
    town, county, eir, _ac = ie_place(n)
    street, mrn = _ie_street(n), n.dig(7)
    dad = n.person(mum.grp if mum.loc is None else "ie", "m")
    duty, msw = n.staff(), n.staff()
    n.t("TUSLA - CHILD PROTECTION AND WELFARE REPORT FORM\nReport made on the ").d(n.today, "nthof").t(" by telephone and e-mail\n\n")
    n.t("Child: ").nm(q.fl).t(", born ").d(born, "nthof").t(" (MRN ").p("ID", n.dig(7)).t(")\n")
    n.t("Mother: ").nm(mum.fl).t(", DOB ").d(mdob, "dmy").t(", MRN ").p("ID", mrn).t(", mobile ").p("PHONE", ie_mob(n))
    n.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\nFather: ").nm(dad.fl)
    n.t(" (not living with mother)\n\n")
    n.t("Reason for report: maternal opioid use. Mother on ").c(f"methadone {n.ri(50, 110)} mg").t(" daily; ")
    n.c("urine toxicology + benzodiazepines").t(" at booking. Baby ").c(f"{n.fl(2.3, 3.2, 2)} kg").t(" at ")
    n.c(f"{n.ri(36, 39)}+{n.ri(0, 6)} weeks").t("; ").c(f"NAS scores {n.ri(5, 8)}-{n.ri(9, 12)}").t("; ").c("oral morphine started")
    n.t(".\nPrevious involvement: two older children in relative foster care with the maternal grandmother.\n\n")
    n.t("Tusla duty social worker: ").nm(duty.fl).t(" - safety planning meeting arranged before discharge.\n")
    n.t("Reporter: ").nm(msw.fl).t(", Senior Medical Social Worker, ").p("PHONE", f"(01) {n.ri(6, 8)}{n.dig(2)} {n.dig(4)}").t("\n")
    return n.build(_fhir(q, born, [("mrn", mrn)]))


def ie_csar(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    town, county, eir, _ac = ie_place(n)
    street, pps = _ie_street(n), ppsn(n.r, n.yes(0.3))
    dau = n.rel(q, "f", same=n.yes(0.4))
    phn, ger = n.staff("f"), n.staff()
    d0 = n.dt(-4, 0)
    n.t("NURSING HOME SUPPORT SCHEME - COMMON SUMMARY ASSESSMENT REPORT (CSAR)\n\n")
    n.t("Applicant: ").nm(q.fl).t("\nDOB: ").d(dob, "dot").t(" (").age(age).t(" years)   PPSN: ").p("SSN", pps)
    n.t("\nAddress: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir)
    n.t("\nCare representative: ").nm(dau.fl).t(" (daughter), ").p("PHONE", ie_mob(n)).t("\n\n")
    n.t("Care needs assessment\n  Assessment by: ").nm(phn.fl).t(", Public Health Nurse, on ").d(d0, "dmy")
    n.t("\n  Geriatrician: Dr ").nm(ger.fl).t(", report dated ").d(d0 - timedelta(days=n.ri(2, 9)), "shp").t("\n\n")
    n.t("Findings: ").cl([f"Barthel {n.ri(20, 55)}/100", f"MMSE {n.ri(10, 21)}/30", f"Waterlow {n.ri(14, 22)}",
                          f"{n.ri(3, 5)} falls in 6 months"]).t(".\n")
    n.t("Medicines: ").cl(["donepezil 5 mg nocte", f"bisoprolol {n.ch(['1.25', '2.5'])} mg", "alendronic acid 70 mg weekly"]).t(".\n")
    n.t(f"{q.title} ").nm(q.last).t(" requires assistance with all personal care and supervision at night; home care "
                                    f"({n.ri(14, 21)} hours/week) no longer sufficient.\n\n")
    n.t("Recommendation: long-term residential care is appropriate. Section 3 of the application to be completed by the "
        "care representative.\n")
    return n.build(_fhir(q, dob, [("ppsn", pps)]))


# ---------------------------------------------------------------------------------------- New Zealand (3)
def nz_roc(n: C) -> Note:
    q = n.kid()
    dob = n.today - timedelta(days=n.ri(120, 700))
    sub, city, pcode, ac = nz_place(n)
    nhi = nhi_no(n.r)
    mum = n.rel(q, "f", same=n.yes(0.6))
    nan = n.rel(mum, "f")
    cpc, paed = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("REPORT OF CONCERN TO ORANGA TAMARIKI\nDate: ").d(d0, "d/m/y").t("   Contact centre ref: ").p("ID", f"ROC-{n.dig(7)}").t("\n\n")
    n.t("Tamaiti: ").nm(q.fL).t("   NHI ").p("ID", nhi).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(1, 200)} {n.ch(NZ_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pcode).t("\nMother: ").nm(mum.fl).t(", ").p("PHONE", nz_mob(n)).t("\nWhānau support: nan ").nm(nan.fl).t(", ")
    n.p("PHONE", f"({ac}) {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}").t("\n\n")
    n.t("Concerns: faltering growth and medical neglect. ").c(f"Weight {n.fl(6.0, 9.5, 2)} kg").t(" (").c("<0.4th centile")
    n.t(", was 25th at 6 weeks), ").c(f"Hb {n.ri(78, 96)}").t(", ").c(f"ferritin {n.ri(2, 8)}").t("; ")
    n.c("gains 45 g/day on ward feeds").t(". Missed immunisations, ").c("3 DNAs").t(" to paediatric clinic. Mother reports "
                                                                                  "housing is a garage with no running water.\n\n")
    n.t("Seen by Dr ").nm(paed.fl).t(" (paediatrician). Reported by ").nm(cpc.fl).t(", Child Protection Co-ordinator, Te Whatu Ora.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_epoa_activation(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    sub, city, pcode, _ac = nz_place(n)
    nhi = nhi_no(n.r)
    son = n.rel(q, "m")
    dr, nasc = n.staff(), n.staff()
    d0 = n.dt(-2, 0)
    n.t("MEDICAL CERTIFICATE OF MENTAL INCAPACITY - enduring power of attorney (personal care and welfare)\n\n")
    n.t("Donor: ").nm(q.fl).t("   NHI ").p("ID", nhi).t("   DOB ").d(dob, "d/m/y").t(" (").age(age).t(")\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(1, 200)} {n.ch(NZ_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    n.p("ZIP", pcode).t("\nAttorney: ").nm(son.fl).t(" (son), ").p("PHONE", nz_mob(n)).t("\n\n")
    n.t("I certify that on ").d(d0, "long").t(f" I assessed the donor and that {q.he} is wholly lacking in capacity to make "
                                              "decisions about personal care and welfare.\nBasis: ")
    n.c(f"MoCA {n.ri(4, 14)}/30").t("; unable to retain information about accommodation options beyond a few minutes; ")
    n.c("CT: extensive small vessel disease").t(".\ninterRAI (").d(n.dt(-20, -3), "dsh").t("): ")
    n.cl([f"CPS {n.ri(3, 6)}", f"ADL hierarchy {n.ri(3, 5)}", f"CHESS {n.ri(0, 2)}", f"MAPLe {n.ri(4, 5)}"]).t("\n\n")
    n.t("Dr ").nm(dr.fl).t(", MCNZ ").p("ID", n.dig(5)).t(", Older Adults' Health\nNASC co-ordinator informed: ").nm(nasc.fl)
    n.t(" - hospital-level care referral to follow.\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_fv_lower(n: C) -> Note:
    q = n.pat(sex="f")
    dob, age = n.dob(18, 45)
    sub, city, _pc, _ac = nz_place(n)
    nhi = nhi_no(n.r)
    ptnr = n.person(q.grp if q.loc is None else "nz", "m")
    kid = n.kid(last=ptnr.last, grp=q.grp if q.grp in KID_OF else None)
    sw, dr = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("ed fv screen ").d(d0, "dmyy").t(f" {n.tm(0, 23, False)}\n").nm(q.low).t(f" {age}f nhi ").p("ID", nhi.lower()).t("\n")
    n.t("fv screen POSITIVE - partner ").nm(ptnr.first.lower()).t(" punched + kicked her tonight, ").c("# nasal bones").t(", ")
    n.c("2 cm lac L cheek").t(" glued, ").c("gcs 15").t(", ").c("ct facial bones - undisplaced # nasal bones").t("\n")
    n.t("says strangled previously (").p("DATE", fmt(n.dt(-90, -20), "my").lower()).t("). kids at home: ").nm(kid.first.lower())
    n.t(f" ({n.ri(2, 9)}) - with her sister tonight\n")
    n.t("lives ").p("ADDRESS", sub.lower()).t(", wants to stay w/ sister in ").p("ADDRESS", city.lower()).t("\n")
    n.t("safety assessment done, women's refuge advocate ").nm(sw.first.lower()).t(" coming in, police notified (pt consents)\n")
    n.t("analgesia: ").c("paracetamol 1 g").t(", ").c("ibuprofen 400 mg").t(". ent f/u ").d(d0 + timedelta(days=n.ri(5, 8)), "d/m").t("\n")
    n.t("- ").nm(dr.low).t(", ed reg\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ---------------------------------------------------------------------------------------- India (2)
def in_mlc_dv(n: C) -> Note:
    q = n.pat(sex="f")
    dob, age = n.dob(19, 45)
    loc, city, pin = n.ch(IN_LOC["in"])
    hus = n.person("inb", "m", last=q.last)
    bro = n.person("inb", "m")
    dr, po = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    mlc, reg = f"{n.ri(100, 2999)}/{d0.year % 100}", n.dig(5)
    n.t("MEDICO-LEGAL CASE - CASUALTY\nMLC No.: ").p("ID", mlc).t("   Date: ").d(d0, "dmy").t(f"   Time: {n.tm(0, 23)}\n\n")
    n.t("Name: Smt. ").nm(q.fl).t(", W/o ").nm(hus.fl).t(f"\nAge/Sex: {age}/F   Reg. No.: ").p("ID", f"CAS/{n.dig(6)}")
    n.t("\nAddress: ").p("ADDRESS", f"{n.ri(1, 150)}/{n.ri(1, 20)}{n.ch(['A', 'B', ''])}, {n.ch(['Rabindra Sarani', 'Nabapally', 'Sahid Nagar', 'Purba Para'])}")
    n.t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\nMobile: ").p("PHONE", in_mob(n))
    n.t("   Aadhaar: ").p("ID", aadhaar(n.r)).t("\nBrought by: self, with brother ").nm(bro.fl).t("\n\n")
    n.t("Alleged history: assaulted by husband and in-laws at home at about 9 pm with fists and a rolling pin (belan).\n")
    n.t("Injuries:\n 1. ").c(f"Contusion {n.ri(4, 8)} cm x {n.ri(2, 5)} cm").t(" over L forearm, reddish\n 2. ")
    n.c(f"Lacerated wound {n.ri(2, 4)} cm x 0.5 cm x scalp deep").t(" over occiput - ").c("3 sutures").t("\n 3. ")
    n.c("Abrasion 3 cm x 1 cm").t(" over R knee\nVitals: ").cl([f"BP {n.ri(100, 140)}/{n.ri(64, 90)}", f"PR {n.ri(80, 118)}/min",
                                                                 f"SpO2 {n.ri(96, 99)}%"]).t("; ").c(f"Hb {n.fl(8.1, 11.4)} g/dl")
    n.t("; ").c("X-ray skull NAD").t("\nNature of injury: simple, caused by blunt object.\nP.S. informed vide GD entry no. ")
    n.p("ID", f"{n.ri(100, 1999)}").t(" dated ").d(d0, "dash").t(". Protection Officer ").nm(po.fl).t(" informed under the PWDV Act.\n\n")
    n.t("Dr. ").nm(dr.fl).t(", MBBS, Emergency Medical Officer (WBMC Reg. No. ").p("ID", reg).t(")\n")
    return n.build(_fhir(q, dob, []))


def in_cwc_referral(n: C) -> Note:
    q = n.pat(grp="intg", sex=n.ch("mf"))
    dob, age = n.dob(6, 13)
    loc, city, pin = n.ch(IN_LOC["tg"])
    mum = n.person("intg", "f", last=q.last)
    dad = n.person("intg", "m", last=q.last)
    dr, dcpo, msw = n.staff(), n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("REFERRAL TO CHILD WELFARE COMMITTEE\nThrough: District Child Protection Unit\nDate: ").d(d0, "dash").t("\n\n")
    n.t("Name of child: ").nm(q.sfirst).t(f"   Age: {age} years   Sex: {'M' if q.sex == 'm' else 'F'}\n")
    n.t("IP No.: ").p("ID", f"{d0.year}/{n.dig(6)}").t("   Date of admission: ").d(d0 - timedelta(days=n.ri(5, 15)), "dmy").t("\n")
    n.t("Father: ").nm(dad.sfirst).t(" (late)   Mother: ").nm(mum.sfirst).t(" (daily-wage labourer, migrant)\n")
    n.t("Address: ").p("ADDRESS", f"H.No. {n.ri(1, 20)}-{n.ri(1, 9)}-{n.ri(10, 400)}/{n.ri(1, 9)}").t(", ").p("ADDRESS", loc).t(", ")
    n.p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\nContact: ").p("PHONE", in_mob(n)).t(" (neighbour)\n\n")
    n.t("Child brought by CHILDLINE (call ref ").p("ID", f"CL{n.dig(8)}").t(") found working at a roadside hotel. On admission: ")
    n.cl([f"weight {n.fl(14, 24)} kg", f"height {n.ri(108, 135)} cm", f"MUAC {n.fl(11.0, 13.2)} cm",
          f"Hb {n.fl(6.8, 9.6)} g/dl"]).t(", ").c("scabies").t(", ").c("angular stomatitis").t(".\nTreated with ")
    n.c("syp. iron 3 mg/kg/day").t(", ").c("albendazole 400 mg stat").t(", ").c("permethrin 5% cream").t(".\n")
    n.t("Child not attending school since ").p("DATE", fmt(n.dt(-500, -200), "my")).t("; mother unable to be traced at "
                                                                                      "present.\n\n")
    n.t("Request: production before the CWC and placement in a Children's Home pending social investigation.\n")
    n.t("Medical officer: Dr. ").nm(dr.fl).t("   MSW: ").nm(msw.fl).t("   DCPO: ").nm(dcpo.fl).t("\n")
    return n.build(_fhir(q, dob, []))


# ---------------------------------------------------------------------------------------- South Africa (2)
def za_form22(n: C) -> Note:
    q = n.kid(grp="zas")
    dob, age = n.dob(2, 11)
    sub, city, pcode, ac = n.ch(ZA_SUB["gp"])
    sid, folder = za_id(n.r, dob, q.sex), n.dig(8)
    gran = n.rel(q, "f")
    dr, dsw = n.staff(grp="zas"), n.staff(grp=n.ch(["zas", "zai"]))
    d0 = n.dt(-1, 0)
    n.t("FORM 22 - REPORTING OF ABUSE OR DELIBERATE NEGLECT OF A CHILD (section 110, Children's Act 38 of 2005)\n\n")
    n.t("Child: ").nm(q.fL).t("   Date of birth: ").d(dob, "ymd/").t(f"   Age: {age}\nID number: ").p("ID", sid)
    n.t("   Hospital folder no.: ").p("ID", folder).t("\nAddress: ").p("ADDRESS", f"{n.ri(100, 9999)} {n.ch(ZA_ST['gp'])}").t(", ")
    n.p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pcode).t("\nCaregiver: ").nm(gran.fl).t(" (grandmother), ")
    n.p("PHONE", za_cell(n)).t("\n\nNature of abuse: physical. ").c(f"Burns {n.ri(4, 12)}% TBSA").t(" (").c("partial thickness")
    n.t(", glove distribution, both hands) - history of accidental spill not consistent with the pattern. ")
    n.c(f"Weight-for-age z-score {n.fl(-3.0, -1.5)}").t("; ").c("HIV PCR negative").t("; ").c(f"Hb {n.fl(8.5, 11.5)}").t(".\n")
    n.t("Reported to SAPS: case no. ").p("ID", f"CAS {n.ri(10, 400)}/{d0.month:02d}/{d0.year}").t(" ; designated social worker ")
    n.nm(dsw.fl).t(" (DSD) notified ").d(d0, "ymd/").t(".\n\nReporter: Dr ").nm(dr.fl).t(", paediatric registrar, HPCSA ")
    n.p("ID", f"MP{n.dig(7)}").t(", tel ").p("PHONE", f"{ac} {n.dig(3)} {n.dig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("said", sid)]))


def za_older_person(n: C) -> Note:
    q = n.pat(grp="zai")
    dob, age = n.old()
    sub, city, pcode, ac = n.ch(ZA_SUB["kzn"])
    sid = za_id(n.r, dob, q.sex)
    gs = n.rel(q, "m")
    dau = n.rel(q, "f", same=False)
    sw, dr = n.staff(), n.staff()
    d0 = n.dt(-2, 0)
    n.t("SOCIAL WORK REPORT - ABUSE OF AN OLDER PERSON (Older Persons Act 13 of 2006)\nDate: ").d(d0, "long").t("\n\n")
    n.t("Older person: ").t(f"{q.title} ").nm(q.fl).t("\nID no: ").p("ID", sid).t("   Age: ").age(age)
    n.t("\nResidence: ").p("ADDRESS", f"{n.ri(1, 200)} {n.ch(ZA_ST['kzn'])}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city)
    n.t(" ").p("ZIP", pcode).t("\n\nAlleged abuser: grandson ").nm(gs.fl).t(" - takes the SASSA older person's grant each month; "
                                                                            "patient left alone in a back room.\n")
    n.t("Clinical: ").c(f"grade {n.ri(2, 3)} sacral pressure sore").t(", ").c(f"BP {n.ri(150, 190)}/{n.ri(84, 104)}").t(" (")
    n.c("amlodipine 10 mg").t(" not collected for 3 months), ").c(f"Hb {n.fl(8.9, 11.2)}").t(", ").c(f"albumin {n.ri(22, 30)}")
    n.t(".\nDaughter ").nm(dau.fl).t(" (").p("PHONE", za_cell(n)).t(") willing to take the patient home to ")
    n.p("ADDRESS", n.ch([x[0] for x in ZA_SUB["kzn"] if x[0] != sub])).t(".\n\nAction: reported to the Department of "
                                                                           "Social Development; SAPS informed. Ward doctor Dr ")
    n.nm(dr.last).t(" to complete J88.\n").nm(sw.fl).t(", Social Worker, ").p("PHONE", f"({ac}) {n.dig(3)} {n.dig(4)}").t("\n")
    return n.build(_fhir(q, dob, [("said", sid)]))


# ---------------------------------------------------------------------------------------- Singapore (2), Jamaica (1)
def _sg_name(n: C, q: P) -> None:
    """Singapore forms: Chinese surname first (one span), Malay / Tamil "bin / binti / s/o / d/o" (two spans)."""
    if q.grp == "sgc":
        n.nm(n.ch([q.sfirst.upper(), q.sfirst]))
        return
    link = {"sgm": "bin" if q.sex == "m" else "binti", "sgi": "s/o" if q.sex == "m" else "d/o"}[q.grp]
    n.nm(q.first.upper()).t(f" {link.upper()} ").nm(q.last.upper())


def _sgfl(q: P) -> str:
    return q.sfirst if q.grp == "sgc" else q.fl


def sg_aps_referral(n: C) -> Note:
    q = n.pat()
    dob, age = n.old()
    est, pfx = n.ch(SG_EST)
    ic = nric(n.r, dob.year)
    nok = n.rel(q, "m") if q.grp == "sgc" else n.person(q.grp, "m")
    msw, dr = n.staff("f"), n.staff()
    d0 = n.dt(-1, 0)
    n.t("REFERRAL TO ADULT PROTECTIVE SERVICE (Vulnerable Adults Act 2018)\nDate: ").d(d0, "dmonyy").t("\n\n")
    n.t("Name (as in NRIC): ")
    _sg_name(n, q)
    n.t("\nNRIC: ").p("ID", ic).t("   Age: ").age(age).t(f"   Sex: {'Male' if q.sex == 'm' else 'Female'}\n")
    n.t("Address: ").p("ADDRESS", f"Blk {n.ri(100, 899)}{n.ch(['', 'A', 'B'])} {est}, #{n.ri(2, 16):02d}-{n.ri(10, 999)}")
    n.t(", Singapore ").p("ZIP", f"{pfx}{n.dig(4)}").t("\nHome tel: ").p("PHONE", sg_ph(n, False)).t("\nNext-of-kin: son ")
    if q.grp == "sgc":
        n.nm(f"{n.ch(['Jason', 'Kelvin', 'Desmond', 'Alvin', 'Terence'])} {nok.last} {nok.first}")
    else:
        n.nm(nok.first)
    n.t(", ").p("PHONE", sg_ph(n)).t("\n\nConcerns: neglect by caregiver (son). Found by a neighbour lying in urine-soaked "
                                     "clothes; ").c(f"sacral pressure injury stage {n.ri(2, 3)}").t(", ").c(f"BMI {n.fl(14.5, 17.5)}")
    n.t(", ").c(f"albumin {n.ri(21, 29)} g/L").t(", ").c(f"AMT {n.ri(2, 6)}/10").t(". Son works night shifts and has refused "
                                                                                 "home help twice.\nMedication: ")
    n.c("metformin 500 mg bd").t(", ").c("amlodipine 5 mg om").t(" - not taken for weeks.\n\n")
    n.t("Referred by: ").nm(_sgfl(msw)).t(", Medical Social Worker, ").p("PHONE", f"6{n.dig(3)} {n.dig(4)}").t("\nAttending: Dr ")
    n.nm(_sgfl(dr)).t(" (Geriatric Medicine)\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


def sg_fv_msw(n: C) -> Note:
    q = n.pat(sex="f", grp=n.ch(["sgm", "sgm", "sgc", "sgi"]))
    dob, age = n.dob(28, 48)
    est, pfx = n.ch(SG_EST)
    ic = nric(n.r, dob.year)
    hus = n.person(q.grp, "m")
    msw, dr, fsc = n.staff(), n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("MEDICAL SOCIAL WORK - FAMILY VIOLENCE ASSESSMENT\n").d(d0, "dmy").t(f" {n.tm()}\n\nClient: ")
    _sg_name(n, q)
    n.t(f" ({age} yrs), NRIC ").p("ID", ic).t("\nHusband (alleged perpetrator): ")
    _sg_name(n, hus)
    n.t("\nHome: ").p("ADDRESS", f"Blk {n.ri(100, 899)} {est}, #{n.ri(2, 16):02d}-{n.ri(10, 999)}").t(" S(").p("ZIP", f"{pfx}{n.dig(4)}").t(")")
    n.t("\nSafe contact: ").p("PHONE", sg_ph(n)).t("\n\nInjuries (ED Dr ").nm(dr.last).t("): ").c("R orbital floor fracture")
    n.t(", ").c("periorbital haematoma").t(", ").c("GCS 15").t(", ").c("VA 6/9 OD").t(". Police report no. ")
    n.p("ID", f"E/{fmt(d0, 'iso').replace('-', '')}/{n.dig(4)}").t(" lodged.\n")
    n.t("Client wants to apply for a Personal Protection Order; referred to family violence specialist centre (case worker ")
    n.nm(_sgfl(fsc)).t(") and given the hotline. Two children (7 and 4) with her mother.\n\n").nm(_sgfl(msw)).t(", Senior MSW\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


def jm_child_abuse(n: C) -> Note:
    q = n.kid(grp="jm")
    dob, age = n.dob(2, 12)
    area, zone = n.ch(JM_AREA)
    trn = f"{n.ri(100, 199)}-{n.dig(3)}-{n.dig(3)}"
    mum = n.rel(q, "f", same=n.yes(0.5))
    dr, cst = n.staff(), n.staff()
    d0 = n.dt(-1, 0)
    n.t("REPORT OF CHILD ABUSE - to the National Children's Registry / CPFSA\nDate of report: ").d(d0, "dmy").t("\n\n")
    n.t("Child: ").nm(q.fl).t(f"   Age: {age} yrs   DOB: ").d(dob, "d-m-yy").t("\nDocket no.: ").p("ID", n.dig(6)).t("   TRN: ")
    n.p("ID", trn).t("\nAddress: ").p("ADDRESS", f"{n.ri(1, 80)} {n.ch(JM_ST)}").t(", ").p("ADDRESS", area).t(", ")
    n.p("ADDRESS", zone).t(", St. Andrew\nMother: ").nm(mum.fl).t(", cell ").p("PHONE", jm_ph(n)).t("\n\n")
    n.t("Presenting complaint: ").c(f"scald burns {n.ri(5, 14)}% TBSA").t(" buttocks and feet (").c("immersion pattern")
    n.t("), ").c("3 healing loop-shaped marks").t(" on back. ").c(f"Weight {2 * age + 8 + n.r.uniform(-3, 2):.1f} kg").t(", ").c(f"Hb {n.fl(8.8, 11.8)} g/dL")
    n.t(". Child states \"auntie put me in the hot water\".\n")
    n.t("Police (CISOCA) informed - Cst. ").nm(cst.fl).t(" attended on ").d(d0, "usl").t(".\n\nReported by Dr ").nm(dr.fl)
    n.t(", Paediatric resident, tel ").p("PHONE", jm_ph(n, 0)).t("\n")
    return n.build(_fhir(q, dob, [("trn", trn)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "adult safeguarding concern form raised from a ward", en_adult_concern),
    ("en", "children's MASH request for support from paediatric ED", en_child_mash),
    ("en", "section 42 strategy discussion minutes with an action table", en_s42_strategy),
    ("en", "mental capacity assessment record", en_mca_form),
    ("en", "best interests decision record", en_bi_meeting),
    ("en", "DoLS form 1 urgent authorisation", en_dols_form1),
    ("en", "NHS continuing healthcare checklist", en_chc_checklist),
    ("en", "learning disability hospital passport", en_ld_passport),
    ("en", "MARAC referral from a hospital IDVA", en_marac),
    ("sc", "inter-agency referral discussion record", sc_ird),
    ("sc", "AWI section 47 certificate of incapacity", sc_awi_s47),
    ("cy", "CHC eligibility decision letter (bilingual)", cy_chc_letter),
    ("cy", "learning disability annual health check", cy_ld_health_check),
    ("ni", "adult safeguarding referral to the DAPO", ni_asg_referral),
    ("us", "social work note of an APS report", us_aps_intake),
    ("us", "child protection team consultation", us_cpt_consult),
    ("us", "physician's report for a guardianship petition", us_guardianship_report),
    ("us", "case management SNF placement note", us_snf_placement),
    ("us", "C-L psychiatry capacity evaluation", us_capacity_eval),
    ("us", "forensic nurse strangulation exam", us_fne_strangulation),
    ("us", "e-mail thread between a daughter and a social worker", us_family_email),
    ("us", "lower-case social work follow-up", us_sw_lower),
    ("us", "I/DD support coordination note", us_idd_coordination),
    ("au", "child protection liaison report to Child Safety", au_child_safety),
    ("au", "aged care assessment support plan", au_acat_plan),
    ("au", "medical report for a guardianship and administration application", au_guardianship_report),
    ("au", "NDIS participant discharge plan", au_ndis_discharge),
    ("au", "family violence risk assessment (MARAM)", au_fv_assessment),
    ("on", "Mental Health Act Form 33 notice of incapacity", on_form33),
    ("bc", "long-term care priority access request", bc_ltc_priority),
    ("ab", "social work report to Children's Services", ab_child_intervention),
    ("ns", "referral to Adult Protection Services", ns_adult_protection),
    ("ie", "HSE safeguarding preliminary screening form", ie_psf1),
    ("ie", "Tusla child protection and welfare report", ie_tusla_report),
    ("ie", "Nursing Home Support Scheme common summary assessment", ie_csar),
    ("nz", "report of concern to Oranga Tamariki", nz_roc),
    ("nz", "EPOA medical certificate of mental incapacity", nz_epoa_activation),
    ("nz", "lower-case ED family violence screen", nz_fv_lower),
    ("in", "medico-legal case record for domestic violence (Kolkata)", in_mlc_dv),
    ("tg", "referral to the Child Welfare Committee (Hyderabad)", in_cwc_referral),
    ("za", "Form 22 child abuse report", za_form22),
    ("za", "social work report of abuse of an older person", za_older_person),
    ("sg", "referral to the Adult Protective Service", sg_aps_referral),
    ("sg", "medical social work family violence assessment", sg_fv_msw),
    ("jm", "child abuse report to the National Children's Registry", jm_child_abuse),
]


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _clean(note: Note) -> bool:
    """No labelled PHI string (or a word of a labelled name) also appears unlabelled elsewhere in the note."""
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
            note = fn(C(80_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
