"""HELD-OUT v99 PHI corpus: written independently, before any round-99 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout94 / heldout95 / heldout96 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout94's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the
shape of ``TEMPLATES``, with the ``P`` class, the date-format helper, the identifier check-digit
helpers and the place / phone helpers beside them; not its template texts, and its name groups,
place and phone tables, seen in passing, were not reused); ``_clean`` is copied from it, and the
``P`` / ``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``, ``generate`` and the NHS, H&C,
CHI, NPI, SSN, AU Medicare, OHIP, PPSN, NZ NHI, Aadhaar and ABHA helpers follow those mechanics;
the name groups, word-like and eponym list, places, streets, phone formats, document types and
templates are this file's own, as are the NMC PIN, HCPC dietitian (DT) and practitioner
psychologist (PYL) registrations, the Medicare Beneficiary Identifier (MBI, its letter rules),
the AU DVA file number, the Alberta PHN, the BC PHN (mod 11), the NZ HPI common person number,
the Indian PAN (its fourth and fifth letters), the Singapore NRIC (check letter) and MCR number,
and the Jamaican TRN (format only where no check digit is published); the other held-out corpora
being written at the same time were not read; ruff check (not ruff format) was run on this file;
the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no
import of ``processors.deid`` - nor was any of its output looked at). Like v14-v97 it aims at the
MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it is modelled
on BARIATRIC SURGERY AND SPECIALIST WEIGHT MANAGEMENT: tier 3 weight management clinic letters,
bariatric pre-assessment and MDT summaries, dietetic reviews with weight and BMI trajectories,
GLP-1 prescribing records, sleeve gastrectomy and bypass operation notes, post-bariatric nutrition
bloods and supplement plans, psychology assessments before surgery, support group attendance and
body contouring referrals - in the United Kingdom (15: England 8, Greater Manchester and
Lancashire; Scotland 3, Dundee, Angus, Aberdeenshire, Fife and West Lothian; Wales 2, Swansea Bay,
Carmarthenshire and Pembrokeshire; Northern Ireland 2, Derry / Londonderry, the north-west and
Newry), the United States (8, Texas: Houston and the Gulf coast, San Antonio, Laredo), Australia
(4, south-east Queensland and the Darling Downs), Canada (4: Edmonton and Calgary 2, the Greater
Toronto Area, the Lower Mainland and interior of British Columbia), Ireland (3: south Dublin and
Wicklow, Cork), New Zealand (3: south Auckland, Canterbury), India (2: Mumbai, Delhi), Singapore
(2), South Africa (2: Durban, Pretoria) and Jamaica (2: Kingston and St Catherine, the west).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: Tier 3 weight management clinic letter to the GP ("Clinic: Mon dd/mm/yy" with the short
weekday outside, "Typed:", "Dr F Last, <town>", "Re: First LAST, d.o.b. dd.mm.yyyy, NHS number"
plain, spaced or dashed, numbered diagnoses, semaglutide start, "FRCP" and "GMC nnnnnnn" after the
consultant, "cc: Mrs Last (patient) by email: <personal address>"); 1. en: bariatric / metabolic
surgery MDT outcome record (weekday outside "dd/mm/yyyy", "LAST, First" or "LAST, FIRST", unit
number with a K / S / RM prefix, "(54)" age unlabelled, the referring GP's town in brackets, five
attendees as "Mr / Miss / Ms F. Last" or full names with their roles in brackets, OS-MRS, EOSS, BES,
"Minuted by"); 2. en: post-op dietetic review (video / telephone / face to face, a weight history
table of "dd-Mon-yy" rows with weight, BMI and %TWL, the partner or spouse by first name, a "Month
yyyy" next review, "HCPC DTnnnnnn"); 3. en: GLP-1 RA specialist prescribing record ("First LAST |
DOB d/m/yyyy | NHS ... | mob ..." on one line, a dose-escalation table of "dd.mm.yy" start dates with
the prescriber's initials unlabelled, "NMC PIN nnXnnnnX", a "F. Last" pharmacist); 4. en: bariatric
anaesthetic pre-operative assessment ("Seen: Mon dth Mon" with the weekday outside, "TCI:",
"Surgeon: Mr / Miss Last", STOP-BANG, a "Mon yyyy" sleep study, Mallampati, the NOK with a relation
word and mobile); 5. en: lower-case post-op day 1 ward round ("pt: first last", lower-case hospital
number, "d/m/yy" DOB, "mr / miss / ms last (cons)", "<first> (fy1)", the spouse's lower-case first
name and mobile, a "f last fy1" sign-off); 6. en: individual funding request for body contouring
("Surname:" in capitals and "Forename(s):" two NAME spans, "dd Mon yyyy" DOB, street, town and
postcode, the patient's personal e-mail, "stable since mm/yyyy", a tokenised photo-upload link as
URL, "Dr First Last, GP, <town>"); 7. en: bariatric support group register (a pasted table of 3-5
members as "First Last" or "First L", procedure, "Mon 'yy" operation dates, weight lost; the
facilitator and a guest dietitian; a weekday outside "d Month" next session); 8. sc: annual
post-bariatric nutritional bloods (CHI, "LAST, First", "Sample collected: yyyy-mm-ddThh:mm" with the
time outside the DATE span, lab number as ID, a pasted result table with reference ranges and
flags, "Copy to GP: Dr F Last, <town> Medical Group" with the town as ADDRESS); 9. sc: clinical
psychology pre-surgical assessment ("dth Month yyyy", the surgeon as "Mr / Miss / Ms First Last",
the town the patient lives in, the partner by first name, the gran by full name with "(aged n)"
labelled only when >= 90, PHQ-9, GAD-7, BES, EDE-Q, AUDIT-C, "HCPC PYLnnnnn"); 10. sc: operation date
and liver reduction diet letter to the patient (address block, "Your CHI number:" plain or 6-4,
weekday outside "dth Month yyyy" and "d Month", "last dose no later than dth Month", a nurse
specialist by first name, the team landline); 11. cy: sleeve gastrectomy operation note
(Morriston; "First LAST", NHS number, an MRN with a letter at each end, "Mr / Miss / Ms F. Last"
surgeon, an ST6 assistant, "Dr F Last" anaesthetist, the scrub nurse by first name with "(SN)",
bougie, staple loads and leak test, "Signed: F Last (Consultant)"); 12. cy: All Wales Level 3
weight management discharge summary to the GP ("To: Dr F. Last, <town> Health Centre", the
patient's street, town and postcode on one line, "d-Month-yyyy" DOB, a programme "d Month" to
"d Month yyyy", an outcomes table, an optional Welsh-language Active Offer line); 13. ni: Tier 3
referral triage ("LAST, First (Mrs)" with the title outside, H&C plain or spaced, "dd.mm.yy" DOB,
"Derry/Londonderry" as one ADDRESS span where drawn, a checklist, a weekday outside "d Mon" group
induction); 14. ni: bariatric nurse specialist letter about dumping syndrome ("RE: Mrs First LAST",
"dd.mm.yyyy" DOB, spaced H&C, the address on the next line, "dth Month yyyy" operation date, the
daughter by first name, Sigstad score, acarbose, CGM); 15. us: bariatric insurance
pre-certification checklist ("Last, First Middle" with the whole middle name inside one NAME span,
member ID, "SSN (last 4): nnnn" as SSN, the group number unlabelled, six monthly "mm/dd/yyyy"
supervised-diet weights in lb, psychologist "PhD" and dietitian "RD, LD" with dates, "m/d" EGD
date, the coordinator's office line with "ext. nnnn" outside the PHONE span, an auth reference as
ID); 16. us: medical weight loss clinic GLP-1 progress note ("First M Last" without the full stop,
"mm-dd-yyyy" DOB, account number, "m/d/yyyy" visit, dotted or bracketed cell, "m/d" and "m/d/yy"
dates, "PA approved through mm/yyyy", PA number as ID, "FNP-C"); 17. us: Roux-en-Y gastric bypass
operative report ("Patient Name: Last, First Middle", "DATE OF SERVICE: mm/dd/yyyy", "First M.
Last, MD, FACS" surgeon, "PA-C", anesthesiologist, limb lengths, "Electronically signed by ... on
... hh:mm"); 18. us: post-discharge nursing phone call (POD 2-3, "m/d" surgery date, "m/d/yy" call
date, "hhmm" time outside, the husband or wife by first name "per pt's HIPAA release" or by full
name on speaker, fluids in oz, a verified call-back number, "BSN, RN"); 19. us: psychological
evaluation for bariatric surgery ("First LAST", "Month d, yyyy" DOB and interview date, "Dr. Last"
surgeon, the town the patient is from as ADDRESS, MMPI-3, BES, collateral from the sister by full
name and phone, "PhD, Licensed Psychologist (TX Lic. nnnnn)" with the licence number as ID); 20. us:
MBSAQIP 30-day data abstraction for a Medicare patient (case number as ID, "LAST, FIRST",
"mm/dd/yy" dates, the Medicare Beneficiary Identifier plain or dashed 4-3-4, residence ZIP, surgeon
NPI, readmission / leak / VTE fields, "RN, MBSAQIP MBSCR"); 21. us: patient portal message thread
about hair loss ("From: First Last", "Sent: m/d/yyyy h:mm PM" with the portal's "(web, IP n.n.n.n)"
audit note, the patient's first-name sign-off, the nurse's reply "Hi First", the patient's
personal e-mail on file, the nurse line); 22. us: panniculectomy letter of medical necessity
("Month d, yyyy" letter date, "RE: First Last DOB ... Member ID", "Ms. Last", the PCP by full name
and the town where the PCP practises, the office phone, "First M. Last, MD, FACS", NPI); 23. au:
Queensland public bariatric surgery referral ("First LAST" or "LAST, First", URN, Medicare 4-5-1,
plain or dashed, with the IRN unlabelled and an "mm/yyyy" expiry as DATE, an optional DVA gold
card file number, "Unit n, nn <street>" line, suburb, "QLD" unlabelled, postcode, a Samoan or
Tongan interpreter note with a son or daughter by first name, the NOK otherwise, the referring GP's
suburb and Medicare provider number); 24. au: sleeve gastrectomy discharge summary (Princess
Alexandra; "d/m/yyyy" DOB, admission and discharge "dd/mm/yyyy", discharge medication list, the GP's
suburb, "QLD" unlabelled, postcode and practice phone, "(RMO)"); 25. au: Gold Coast Lap-Band
adjustment log ("LAST First" without a comma, "d/mm/yy" DOB and rows, UR, Medicare with "/IRN"
outside, the surgeon's surname alone, fill volumes and restriction with staff initials unlabelled,
a reminder-SMS mobile); 26. au: exercise physiology CDM report to the GP (Medicare with the IRN in
brackets outside, the patient's personal e-mail, "d Mon" to "d Mon yyyy" sessions, 6MWT, sit-to-
stand and grip table, "AEP (ESSA)"); 27. ab: Weight Wise pre-surgical readiness summary (Edmonton;
Alberta PHN 5-4, MRN, "Mon-dd-yyyy" DOB and orientation date, "(47 y)" unlabelled, "Unit n, nnnn
<street>" line, "AB" unlabelled, postal code, the family physician's town in brackets); 28. ab:
Calgary obesity medicine telephone follow-up ("yyyy-mm-dd" DOB, "yyyy-Mon-dd" call and lab dates,
the spouse by first name, an Alberta Blue Cross ID, "1 (403) ..." phone, "MD, CCFP, Dip. ABOM",
CPSA number as ID); 29. on: Ontario Bariatric Network 12-month post-op visit (Humber River; OHIP
with the version code inside, in three layouts, ISO dates, the family physician by full name,
the dietitian "RD", "MD, CCFP"); 30. bc: interpreted dietitian assessment (Fraser Health; a
Punjabi patient written "First Kaur / Singh Last", one NAME span, or a Filipino patient; BC PHN
4-3-3 with its check digit, "yyyy/mm/dd", the son by full name as interpreter with his cell, "BC"
unlabelled); 31. ie: GP referral letter to the national bariatric service (the GP's practice line,
town and Eircode in the letterhead, "Dear Colleague", PPSN old or new form as SSN, medical card
status, "IMC no." as ID); 32. ie: post-bypass vitamin and mineral plan for the patient (PPSN, MRN,
"dth Month yyyy" DOB, "d Mon" result date, "[ ]" tick boxes, "next due dth Month", the CNM2 by
first name with her landline and work e-mail); 33. ie: Cork body contouring referral to plastic
surgery ("dd.mm.yyyy", "Prof. First Last" / "Dear Prof. Last", the patient's line, town and Eircode
after the DOB, MRN, the husband by first name, "Le gach dea-ghuí", "FRCPI"); 34. nz: Counties
Manukau bariatric first specialist assessment (NHI old or 2022 form, "First LAST", "d Mon yyyy" or
"dd/mm/yyyy" DOB, the town and postcode, the spouse and a child by first name, helping to interpret
for Pacific and Fijian Indian families, "Dr F. Last, <town>" referrer, "FRACS"); 35. nz:
Canterbury dietitian e-mail to the patient ("From: First Last <work address>", the patient's
personal address, "Sent: Weekday, d Month yyyy hh:mm a.m." with the weekday outside, the NHI in the
subject line, "Hi First", "Cheers, First", "DDI" direct dial as PHONE); 36. nz: CPAC prioritisation
form ("LAST, First", "dd.mm.yy", the surgeon as "F. Last" with an HPI common person number as ID,
a points table); 37. in: Mumbai bariatric discharge summary (Marathi or Gujarati names with the
husband's or father's first name as the middle name, "Mrs. / Mr." outside, "nn Y / Female"
unlabelled, UHID, "IP/yyyy/nnnnnn", "dd/mm/yyyy" admission, surgery and discharge dates, a society
flat line with its road, the locality and "Mumbai" as separate ADDRESS spans, PIN, the
husband's or father's full name with the contact mobile, ABHA number, "(MS, FMAS, FALS)", a
cashless-claim policy number and the policyholder's PAN as ID); 38. in: Delhi obesity clinic OPD
prescription (doctor's "DMC/R/nnnnn" registration as ID, Punjabi "First Kaur / Singh Last" or Hindi
names, "dd-mm-yyyy", a "House No." or "C-34, Block C" line, locality, "New Delhi" as ADDRESS and the
PIN after a hyphen ("New Delhi-110024"), the Aadhaar spaced, hyphenated or masked "XXXX XXXX nnnn"
(the masked form labelled ID), "Tab. / Inj." prescriptions, "dd.mm.yy" review); 39. sg: pre-operative
bariatric counselling by a nurse clinician (the NRIC-style capitalised Chinese name "CHUA KAI WEN"
with the NRIC and its check letter, case number, "dd/mm/yyyy" DOB, "Blk nnn <street> #nn-nnn" line,
"Singapore" unlabelled before the postal code, "HP" mobiles, the wife or husband by her or his own
surname-first name, a surgeon and nurse clinician with or without an English name, "dd Mon yyyy",
MediSave); 40. sg: dietitian review before Ramadan (Malay "First binte Father" one NAME span, the
NRIC whole or masked "S****nnnX" as ID, "Encik <first name>" and "Mdm <first name>" with the titles
outside, "dd Mon yyyy", a Tamil "First s/o / d/o Father" or Chinese staff name); 41. za: Durban
motivation to a medical scheme for bariatric surgery (the surgeon's practice number and "MP
nnnnnnn" HPCSA number as ID, "d Month yyyy", SA ID (Luhn), membership number as ID with the
dependant code unlabelled, the suburb and "Durban" as two ADDRESS spans, ICD-10 and tariff codes
unlabelled, "Dr F. Last"); 42. za: Pretoria iron infusion record after gastric bypass (Afrikaans or
Zulu names, SA ID, medical aid number, "dd/mm/yyyy", batch number unlabelled, pre / post
observation table, the wife or husband by first name, "Sr First Last" with "Sr" outside); 43. jm:
UHWI bariatric surgery clinic note ("FIRST LAST" or "First Last", docket number and TRN as ID, "dth
Month, yyyy" DOB and visit date, the street line and "Kingston n" postal district, Portmore, Spanish
Town or Old Harbour as ADDRESS with "St. Andrew" / "St. Catherine" unlabelled, "(876)" phones, the
mother by full name, "(DM Surgery resident)", "Mr / Miss / Ms F. Last"); 44. jm: western Jamaica
nutrition counselling record ("Miss First Last", "d/m/yyyy" DOB, NHF card number as ID, the street
and town, a 24-hour recall, the grandmother by full name with her age labelled only when >= 90).

Names: curated groups per region, a person's first name and surname from one group (Lancashire
English, Oldham Bangladeshi, Polish and British Caribbean in Greater Manchester; north-east Scots,
Scots-Irish and Polish in Scotland; west Wales Welsh and Swansea Bangladeshi; Derry Irish and
Ulster-Scots; Anglo Texan, Tejano, Houston Creole African American and Nigerian American;
Queensland Anglo, Samoan / Tongan and Italian Australian; Alberta prairie Anglo, Scandinavian and
Ukrainian, Punjabi Sikh (Kaur / Singh between the given name and the surname), Filipino Canadian,
Toronto Anglo and Portuguese Canadian; Irish with fadas and "O'" surnames; Pākehā, Māori, Samoan
and Fijian Indian; Marathi and Gujarati (the husband's or father's first name as the middle name),
Hindi-speaking Delhi families; Chinese Singaporean (surname first, two-syllable given name, an
optional English name before it), Malay (bin / binte and the father's name) and Singapore Tamil
(s/o, d/o and the father's name); Zulu, Durban Indian and Afrikaans (with "van der" and "du"
surnames); Jamaican), about one patient in five in the Lancashire, north-east Scots, west Wales,
Ulster-Scots, Texan, Queensland, Alberta, Toronto, Irish, Pākehā, Marathi and Delhi groups from
Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a
Faker patient take Faker names too; Faker names that are a lower-case web2 word or its plural are
skipped); some US patients and surgeons take a whole middle name; staff are local or, in the UK, US,
Australia, Canada, Ireland and New Zealand about three in ten, Egyptian, Iranian, Brazilian or
Turkish. Word-like and eponymous names are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day,
Porter, Bishop, Cook, Young, Long, Brown and the like, trades, colours, virtues, months, nationality
words (French, English, Welsh ...), words of size and weight (Small, Short, Little, Large, Stout,
Slim, Lean, Trim, Weight, Pound, Stone ...), foods, every word of the places, streets and hospitals
named, and the eponyms, scores, devices, drugs and brands of obesity medicine and bariatric and
plastic surgery - Roux, Petersen, Scopinaro, Mason, Nissen, Toupet, Sigstad, Clavien, Dindo,
Mallampati, Epworth, Edmonton, King, Mifflin, Harris, Benedict, Quetelet, Pittsburgh, Regnault,
Pfannenstiel, Whipple, Wernicke, Ozempic, Wegovy, Mounjaro, Saxenda, Zepbound, Mysimba, Orlistat,
Forceval, Adcal, Ferinject, Echelon, Signia, Seamguard, Orbera, Allurion, Lapband, Clexane,
Optifast, Slimfast ...). No two-letter initials spell a common abbreviation (``BAD_INITS``) and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string,
or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is redrawn
from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First
Middle", "First M Last", "First M. Last", "F. Last", "F Last", "f last", "First L", "LAST First"
(no comma), lower-case full names, first names and surnames alone, separate surname and forename
fields (two spans), Punjabi "First Kaur Last" / "First Singh Last", Marathi / Gujarati "First
Father Last", Singapore "Lim Wei Ming", "LIM WEI MING", "Jasmine Lim Hui Min", Malay "Nur Atiqah
binte Osman", Tamil "Suresh s/o Subramaniam" (each one NAME span; "bin", "binte", "s/o" and "d/o"
inside), Malay first names after "Encik" / "Mdm", Afrikaans "Marius van der Merwe".
Conventions (as heldout94 / heldout95 / heldout96): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "mr", "miss", "ms", "Prof.", "Mdm",
"Encik", "NC", "Sr", "wife", "husband", "partner", "spouse", "son", "daughter", "sister", "mother",
"father", "gran", "grandmother", "NOK:", "(patient)", "(partner)", "(spouse)", "(sister)",
"(cons)", "(fy1)", "fy1", "(SN)", "(ST6)", "(RMO)", "(Consultant)", "(Mrs)", "(Consultant Upper GI
Surgeon)", "(Obesity Physician)", "(Specialist Dietitian)", "(Clinical Psychologist)", "(Bariatric
CNS)", "(DM Surgery resident)", " FRCP", ", FRCPI", ", FRACS", " MB BCh BAO MICGP", ", MD",
", MD, FACS", ", PhD", ", PhD, Licensed Psychologist", ", RD", ", RD, LD", ", RN", ", BSN, RN",
", RN, MBSAQIP MBSCR", ", RN, Weight Wise", ", PA-C", ", FNP-C", ", MD, CCFP", ", MD, CCFP, Dip.
ABOM", ", AEP (ESSA)", " (MS, FMAS, FALS)", "  MBChB (UKZN), FCS (SA)", ", Specialist Bariatric
Dietitian", ", Bariatric Nurse Specialist", ", Non-Medical Prescriber (Bariatric CNS)",
", Specialist Pharmacist", ", Pre-op Nurse Practitioner", ", MDT coordinator", ", Insurance
Coordinator", ", Bariatric Pathway Coordinator", ", Dietetic Lead", ", Consultant Bariatric
Surgeon", ", Consultant Endocrinologist", ", Senior Dietitian", ", Nutritionist", " | Bariatric
Dietitian") are outside NAME spans; "LAST, First", "Last, First Middle", "LAST First" and the
Punjabi, Marathi / Gujarati, Singapore Chinese, Malay and Tamil forms are one NAME span each. A
street line (flat, unit, apartment, "Apt n,", "Unit n,", "n/n", "Flat n/n", "#n", "Lot n,", Indian
society / "House No." / "C-34, Block C" lines, Singapore "Blk nnn <street> #nn-nnn" lines) and the
town, suburb, locality, postal district ("Kingston 6") or city where a person lives, where a
relative lives or where the GP / family physician / PCP / referrer practises are ADDRESS ("Mumbai",
"New Delhi" and "Durban" separate spans after the locality; "Derry/Londonderry" one span); states,
provinces, counties, parishes and regions ("QLD", "AB", "ON", "BC", "St. Andrew", "St.
Catherine") and "Singapore" before a postal code are not PHI; UK postcodes, ZIP codes (including an
MBSAQIP residence ZIP), Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes
and Singapore postal codes are ZIP (Jamaica has none). DATE: anything more
specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/mm/yy",
"d/m/yy", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "d-Month-yyyy", "dth Month yyyy",
"dth Month, yyyy", "dth Month", "dth Mon", "d Month", "d Mon yyyy", "dd Mon yyyy", "d Mon",
"dd-Mon-yy", "Month yyyy", "Mon yyyy", "Mon 'yy", "mm/yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy",
"m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Mon-dd-yyyy", "yyyy-mm-dd" (also before "Thh:mm",
the time outside), "yyyy-Mon-dd", "yyyy/mm/dd", card expiry and "PA approved through mm/yyyy");
weekdays (full, "Mon", "Tues", "Thurs") and times of day stay outside; years alone (an operation
year, a highest-weight year, a band placed in yyyy), post-operative days, durations and ages under
90 are not labelled. AGE: ages >= 90 only (a gran or grandmother), the number alone. PHONE: mobiles,
landlines, cells, a team landline, a practice phone, an office line (with "ext. nnnn" outside), a
nurse line, a "DDI" direct dial (country code, "(0)" and area-code brackets inside; labels
outside). SSN: the last four digits of a US SSN on a pre-certification checklist and Irish PPSNs
(old and new form). ID: NHS (mod 11), CHI (from DOB and sex), H&C (mod 11), hospital / unit / MRN /
UR / URN / account / case / docket numbers (lower-case too), a lab number, GMC number, NMC PIN,
HCPC DT and PYL numbers, insurer member IDs, a prior-authorization number and an auth reference,
an MBSAQIP case number, the Medicare Beneficiary Identifier, NPI (Luhn), a Texas psychologist
licence number, AU Medicare (check digit), the DVA file number, the Medicare provider number,
Alberta PHN, BC PHN (mod 11), an Alberta Blue Cross ID, CPSA number, OHIP (Luhn, version code
inside), IMC number, NZ NHI (old mod 11 and 2022 mod 23 forms), HPI CPN, UHID, IPD number, ABHA
number, an insurance policy number, PAN, DMC registration, Aadhaar (Verhoeff; whole or masked),
Singapore NRIC (check letter; whole or masked), Singapore case numbers, SA ID (Luhn), medical
scheme membership numbers, practice and HPCSA numbers, a Jamaican docket number, TRN and NHF card
number. EMAIL: staff work addresses and patients' personal addresses. URL: a tokenised
photo-upload link. IP: the address a portal message was sent from. Not PHI and unlabelled:
hospital, unit, service, programme, clinic, pharmacy, insurer and medical scheme names, group
numbers, dependant codes, batch numbers, CPT, ICD-10 and tariff codes, Medicare item numbers, the
AU Medicare IRN, initials alone, drug, supplement, stapler and device brands, scales and scores.
Weights (kg and lb), heights, BMI, waist and neck circumference, %TWL, weight trajectories,
vitals, HbA1c, glucose, lipids, liver and renal tests, ferritin, B12, folate, vitamin D, PTH,
calcium, albumin, zinc, copper, haemoglobin, STOP-BANG, AHI, ODI, CPAP use, Mallampati, ASA, OS-MRS,
EOSS, BES, EDE-Q, PHQ-9, GAD-7, AUDIT, MMPI-3, SCOFF, Sigstad and CPAC scores, 6MWT, sit-to-stand and
grip, drugs with doses and titration steps (GLP-1 RAs, metformin, enoxaparin, PPIs, ursodeoxycholic
acid, supplements, iron infusions), procedures, bougie, staple loads, limb lengths, band fill
volumes, diet prescriptions and goals, comorbidities and diagnoses are clinical (``Note.clinical``)
where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 99_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated June 2024 to November 2025, with appointments, operation
dates and reviews up to a few months later). Run it only for final figures: its misses and lost
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    # England (Greater Manchester and Lancashire): Lancashire English, Oldham Bangladeshi, Polish,
    # British Caribbean
    "man": ("Gareth Darren Craig Stuart Neil Jason Scott Kieran Shaun Liam Ryan Karl Mathew Jonathon",
            "Joanne Nicola Kerry Leanne Tracey Donna Gemma Kirsty Stacey Michelle Lindsay Jodie Hayley Lisa",
            ("Whittaker Ashworth Hargreaves Haworth Kenyon Entwistle Crompton Bamber Rigby Lomax Greenhalgh "
            "Schofield Ogden Duckworth Horrocks Tattersall Cunliffe Fairclough Livesey Birtwistle Openshaw")),
    "bng": ("Mohammed Abdul Rahim Shahid Jamal Anwar Rezaul Shafiqul Mizanur Kamrul Habibur",
            "Rumana Shahnaz Nazma Taslima Rokeya Shirin Fahmida Salma Jesmin Roksana Shamima",
            "Miah Uddin Rahman Chowdhury Ahmed Hoque Talukdar Sarkar Choudhury Majumder"),
    "pol": ("Tomasz Krzysztof Piotr Marcin Grzegorz Paweł Łukasz Dariusz Wojciech Jakub",
            "Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewelina Dorota Justyna Beata Monika",
            "Nowak Kowalczyk Woźniak Mazur Krawczyk Zając Kaczmarek Pawlak Sikora Szymczak Wróbel Dudek"),
    "car": ("Delroy Winston Leon Marlon Clive Desmond Errol Trevor Lloyd Everton",
            "Paulette Marcia Claudette Beverley Sonia Yvonne Angela Jacqueline Hyacinth Sharon",
            "Campbell McKenzie Gayle Samuels Morrison Edwards Lindo Forbes Dacres Ricketts Nembhard"),
    # Scotland (Aberdeen, Dundee, Fife, West Lothian): north-east Scots, Scots-Irish Catholic
    "nes": ("Graeme Euan Alistair Murray Struan Ewan Callum Gregor Duncan Hamish Grigor",
            "Kirsteen Morag Lorna Shona Ailsa Catriona Mhairi Gillian Rhona Eilidh Kirsty",
            ("Ritchie Milne Duthie Cowie Gauld Strachan Mackie Imlay Forsyth Lawrie Coutts Riddoch Ogston "
            "Cruickshank Paterson Slessor")),
    "edi": ("Declan Ciaran Stephen Brian Kevin Derek Gerard Martin Dominic",
            "Nicola Siobhan Lynne Karen Gail Pauline Laura Bernadette Louise",
            "McGuigan Docherty Brannigan Rooney Quinn Devlin McAllister Gallacher Hendry Rafferty Boyle"),
    # Wales (Swansea, Neath Port Talbot, Carmarthenshire, Pembrokeshire)
    "swa": ("Rhodri Gethin Dafydd Huw Geraint Aled Rhys Emyr Dylan Iwan Meirion Gwilym",
            "Sian Bethan Nia Ffion Rhiannon Carys Eleri Catrin Heledd Lowri Manon Elin",
            ("Bowen Llewellyn Pugh Prosser Rees Howells Parry Vaughan Protheroe Beynon Rowlands Jenkins "
            "Harries Bevan Gwynne Hopkin Lewis")),
    # Northern Ireland (Derry / Londonderry, the north-west, Belfast, Newry)
    "der": ("Ciarán Eamonn Pádraig Seamus Colm Declan Niall Fergal Ronan Donal",
            "Bronagh Roisin Orla Caoimhe Siobhán Mairead Grainne Clodagh Sinead Nuala",
            ("McLaughlin Doherty O'Donnell McCloskey Gallagher Devine Harkin Quigley Mullan McDaid Coyle "
            "Duddy Friel Bonner")),
    "ant": ("Trevor Alan Norman Ivan Raymond Gordon Mervyn Sammy Nigel Alistair",
            "Elaine Lorraine Gillian Valerie Wendy Sandra Avril Yvonne Irene Ruth",
            ("McCullough Stewart Patterson Gillespie Boyd Kerr Beattie Crawford McIlroy Rankin Orr Nesbitt "
            "Ferguson Agnew McCrea")),
    # United States (Texas: Houston, the Gulf coast, San Antonio, Laredo)
    "tex": ("Cody Travis Dustin Brandon Kyle Colton Garrett Tyler Clint Shane Justin Bryce",
            "Brittany Kayla Courtney Ashley Kristen Lacey Kelsey Tiffany Whitney Shelby Brandi",
            ("Hollis Pruitt Dawson Whitfield Tate Kimbrough Burleson Harwell Sutton Cates Pickett Lockhart "
            "Stroud Yancey Ledbetter Hutchins Grissom")),
    "tej": ("Jesús Rogelio Gilberto Arturo Raúl Efraín Javier Ramiro Ignacio Héctor Rodrigo",
            "Guadalupe Yesenia Marisol Leticia Rosalinda Maribel Araceli Veronica Esmeralda Griselda",
            ("Garza Treviño Villarreal Cantú Salinas Ybarra Saldaña Zamora Longoria Benavides Olivarez "
            "Cavazos Hinojosa")),
    "aam": ("DeAndre Terrance Cedric Marcus Darnell Jerome Tyrone Reginald Demetrius Lamar",
            "LaToya Keisha Tamika Shanice Monique Yolanda Tanisha Shonda Aaliyah Latrice",
            "Batiste Broussard Fontenot Guidry Celestine Mouton Toussaint Jefferson Washington Thibodeaux"),
    "nga": ("Chukwuemeka Olumide Babatunde Ikechukwu Adebayo Tunde Obinna Emeka",
            "Ngozi Folake Chiamaka Adaeze Funmilayo Yetunde Ifeoma Oluwaseun",
            "Okafor Adeyemi Okonkwo Oyelaran Nwosu Adebisi Ogunleye Okoro Nnamdi Olaniyan"),
    # Australia (south-east Queensland, Toowoomba): Anglo, Samoan / Tongan (Logan), Italian
    "qld": ("Brendan Shane Troy Luke Jarrod Bradley Mitchell Corey Damien Nathan Adam",
            "Kylie Renee Belinda Tegan Jodie Melissa Rebecca Narelle Chantelle Kristy Tanya",
            ("Hinchcliffe Dwyer Maguire Kennedy Doyle McGrath Sheehan Costigan Radcliffe Pedersen Treloar "
            "Sorensen Fitzgerald")),
    "pas": ("Sione Tevita Ioane Siaosi Lealofi Tavita Malakai Viliami Semisi",
            "Mele Losa Salote Fetu Lagi Sina Seini Vaimoana Lupe Talia",
            "Tuilagi Faleolo Leota Tuimavave Fonoti Sapolu Fa'asavalu Taufa Vaipulu Lolohea Havili Tupou"),
    "ita": ("Giuseppe Salvatore Antonio Vincenzo Rocco Domenico Carmelo",
            "Concetta Rosaria Carmela Giuseppina Assunta Teresa Lucia",
            "Cardillo Zappala Scuderi Lamari Bonanno Caruso Ferraro Pennisi Nicolosi Ruggeri"),
    # Canada: Alberta (Anglo / Scandinavian / Ukrainian prairie), Punjabi, Filipino, Toronto,
    # Portuguese Canadian
    "alb": ("Tyler Dustin Brett Kurt Trevor Darcy Curtis Jordan Kyle Travis",
            "Tara Shannon Carla Jolene Tammy Dana Kendra Leanne Cheryl Krista",
            ("Lindquist Sorenson Thorsteinson McLeod Gustafson Halvorson Kowalchuk Hrynchuk Semeniuk "
            "Boychuk Melnyk Fedoruk Sawchuk Kereliuk")),
    "pun": ("Gurpreet Harjit Jaswinder Kulwant Manpreet Sukhwinder Amarjit Balwinder Rajinder",
            "Jasleen Simran Navdeep Kulwinder Manjit Rajwinder Amandeep Gurleen Baljit",
            "Sandhu Dhaliwal Grewal Sidhu Brar Bains Johal Dhillon Sekhon Randhawa Toor"),
    "fil": ("Rodel Jerome Ariel Renato Rommel Joel Arnel Jomar",
            "Maricel Jocelyn Rowena Lorna Marites Analyn Rhodora Lovelyn",
            "Santos Bautista Villanueva Mendoza Aquino Dizon Manalo Pascual Gatchalian Macaraeg"),
    "tor": ("Jeffrey Kevin Ryan Andrew Sean Derek Brent Trent",
            "Jennifer Stephanie Lindsay Erin Krista Andrea Meghan Courtney",
            ("MacDonald Armstrong Fitzpatrick Gallant Kilpatrick Ainsworth Brennan Connolly Pellegrino "
            "Stasiuk")),
    "ptg": ("Manuel Joaquim Fernando Paulo Rui Nuno Duarte",
            "Fátima Conceição Lurdes Isabel Filomena Natália Olívia",
            "Medeiros Furtado Pacheco Rego Cabral Sousa Raposo Arruda Teixeira Botelho"),
    # Ireland (south Dublin, Wicklow, Cork)
    "irc": ("Donncha Cathal Diarmuid Tadhg Ruairí Conor Eoin Fiachra Seán Mícheál Dónal",
            "Aoife Sinéad Gráinne Máire Niamh Úna Deirdre Treasa Bríd Orlaith Éimear",
            ("Buckley O'Sullivan Crowley O'Callaghan Twomey Cronin O'Mahony Kiely Hegarty Ahern O'Riordan "
            "Nagle Keohane Dineen Cotter")),
    # New Zealand (south and central Auckland, Canterbury)
    "pke": ("Hamish Blair Fraser Angus Nigel Murray Bevan Craig",
            "Kirsty Raewyn Megan Tania Nicola Bridget Kate Sarah",
            "Rutherford Fulton McIntyre Sinclair Harcourt Tocker Mathieson Sutherland Grigg Pennell"),
    "mao": ("Wiremu Hemi Rawiri Tamati Nikau Tipene Manaia Hone Rangi Pita",
            "Aroha Hine Mere Ngaire Kiri Marama Anahera Wikitoria Tui Moana",
            "Ngata Tautahi Parata Waaka Rewiti Kereama Hetaraka Whaanga Paewai Tomoana Haronga"),
    "fij": ("Rajesh Sanjay Vinod Ravinesh Shalendra Pravin Ashneel Ronil",
            "Shalini Sunita Anjali Kavita Reshmi Shobna Nirmala Ashika",
            "Prasad Chand Lal Narayan Goundar Sami Deo Nand"),
    # India (Mumbai: Marathi and Gujarati; Delhi: Hindi-speaking Punjabi / Baniya families)
    "mar": ("Sachin Rahul Vikrant Amol Prashant Nikhil Sameer Tushar Ajinkya Mandar",
            "Snehal Pradnya Madhuri Ashwini Manasi Vrushali Shubhangi Rupali Sayali Tejashri",
            "Deshpande Kulkarni Patil Joshi Gokhale Bhosale Jadhav Pawar Sawant Shinde Gaikwad Chavan"),
    "guj": ("Hitesh Jignesh Ketan Bhavesh Mehul Nilesh Paresh Chirag",
            "Hetal Falguni Bhavna Jigna Komal Kinjal Nisha Hemali",
            "Shah Mehta Patel Desai Parikh Doshi Thakkar Vora Sheth Trivedi"),
    "dlh": ("Ankit Rohit Saurabh Vivek Gaurav Pankaj Abhishek Tarun",
            "Neha Pooja Shweta Priyanka Ritu Swati Divya Ruchi",
            "Aggarwal Gupta Bansal Malhotra Khanna Arora Chopra Kapoor Bhatia Saxena Srivastava"),
    # Singapore: Chinese (surname first, two-syllable given name, an English name for some), Malay
    # (bin / binte and the father's name), Tamil (s/o, d/o and the father's name)
    "sgc": ("Wei/Ming Kok/Leong Chee/Keong Zhi/Hao Kai/Wen Boon/Huat Yong/Sheng Teck/Seng",
            "Hui/Min Mei/Ling Siew/Lan Pei/Shan Li/Ting Xin/Yi Jia/Hui Shu/Fen",
            "Lim Ong Teo Goh Chua Koh Yeo Toh Quek Seah Heng Lau Tay Chia Soh Khoo Liew"),
    "sgm": ("Muhammad/Faizal Mohamed/Hafiz Ahmad/Zulkifli Muhammad/Irfan Mohd/Shahrul Azman Rosli",
            "Nurul/Huda Siti/Aishah Nur/Farhana Noraini Rosnah Zarina Nur/Atiqah Siti/Nadiah",
            "Rahmat Ismail Osman Salleh Hamzah Yusof Jaafar Ibrahim Kassim Samad"),
    "sgi": ("Suresh Selvam Murugan Prakash Ramesh Dinesh Saravanan Kannan",
            "Kavitha Malathi Revathi Jayanthi Shanthi Vasanthi Kalaiselvi Thenmozhi",
            "Rajendran Subramaniam Krishnan Ramasamy Govindasamy Arumugam Velayutham Palanisamy"),
    # South Africa (Durban: Zulu and Indian South African; Pretoria: Afrikaans)
    "zul": ("Sipho Bongani Mandla Sibusiso Themba Lungile Nkosinathi Sizwe Thulani",
            "Nomvula Thandeka Zanele Nokuthula Ayanda Lindiwe Nompumelelo Zodwa Khanyisile",
            "Dlamini Mkhize Ngcobo Shabalala Khumalo Ndlovu Mthembu Cele Gumede Zungu Mchunu Nxumalo"),
    "zin": ("Kubendran Pregasen Dhesigan Rajen Vishal Kreesan Nevin Yugen",
            "Saras Kogilam Thanusha Sharmila Revashnee Kamini Devashnee Pravina",
            "Pillay Naidoo Govender Moodley Chetty Padayachee Naicker Moonsamy Maharaj"),
    "afr": ("Marius Pieter Johan Hennie Gerrit Francois Riaan Wynand Jaco Deon",
            "Annelie Marietjie Elsabe Riana Hanlie Liezl Mariska Ronel Carien Sonja",
            ("van der Merwe/Botha/Pretorius/du Plessis/Venter/Coetzee/Steyn/Potgieter/Viljoen/"
            "Swanepoel/Joubert/Nel")),
    # Jamaica (Kingston and St Andrew, St Catherine, St James)
    "jam": ("Andre Kemar Omar Rohan Dwayne Jermaine Kevon Odane Romario Garfield",
            "Shanique Tameka Kerry-Ann Simone Nadine Kimone Sasha-Gaye Latoya Shelly-Ann Tanisha",
            ("McKenzie Samuels Lindo Dacres Gordon Ricketts Powell Ellis Spence McLean Walters Ebanks "
            "Nembhard Brissett Mullings")),
    # staff trained abroad (UK, US, Australia, Canada, Ireland, New Zealand)
    "egy": ("Mahmoud Tarek Hany Sherif Wael Karim Amr Osama",
            "Rania Dalia Heba Yasmine Mona Nermeen Shaimaa Ghada",
            "Elsayed Abdelaziz Elshafei Mansour Farag Hassanein Soliman Elnaggar Abdelrahman"),
    "irn": ("Reza Mehdi Arash Babak Kamran Farshid Dariush",
            "Shirin Leila Mahsa Nazanin Parisa Roya Shadi",
            "Karimi Ahmadi Rostami Jafari Moradi Hosseini Rahimi Sadeghi Najafi"),
    "brz": ("Thiago Rodrigo Leandro Gustavo Felipe Vinicius Bruno",
            "Juliana Fernanda Camila Larissa Thaís Mariana Renata",
            "Oliveira Carvalho Ribeiro Almeida Nascimento Barbosa Cavalcanti Figueiredo Moreira Araújo"),
    "tur": ("Emre Burak Mehmet Serkan Onur Murat Kerem",
            "Elif Zeynep Ayşe Esra Seda Derya Büşra",
            "Yılmaz Demir Aydın Öztürk Kaya Çelik Şahin Arslan Doğan"),
}
# English names some Chinese Singaporeans use before the Chinese name ("Jasmine Lim Hui Min")
SG_ENG = {"m": ["Desmond", "Alvin", "Jason", "Melvin", "Terence", "Benjamin"],
          "f": ["Jasmine", "Vivian", "Adeline", "Doris", "Shirley", "Serene"]}


def _grp(m: str, f: str, la: str) -> tuple[list[str], list[str], list[str]]:
    def words(s: str) -> list[str]:
        return [x.replace("/", " ") for x in s.split()]

    return words(m), words(f), (la.split("/") if "/" in la and " " in la else la.split())


G: dict[str, tuple[list[str], list[str], list[str]]] = {k: _grp(*v) for k, v in _G.items()}
PAT: dict[str, list[str]] = {
    "en": ["man", "man", "man", "bng", "pol", "car"], "sc": ["nes", "nes", "edi", "pol"],
    "cy": ["swa", "swa", "swa", "bng"], "ni": ["der", "ant"], "us": ["tex", "tex", "tej", "aam", "nga"],
    "au": ["qld", "qld", "pas", "ita"], "ab": ["alb", "alb", "fil", "pun"], "on": ["tor", "ptg", "car"],
    "bc": ["pun", "pun", "fil", "alb"], "ie": ["irc", "irc", "irc", "pol"], "nz": ["pke", "mao", "pas", "fij"],
    "in": ["mar", "guj", "dlh", "pun"], "sg": ["sgc", "sgc", "sgm", "sgi"], "za": ["zul", "zin", "afr"],
    "jm": ["jam"],
}
STAFF_INTL = ["egy", "irn", "brz", "tur"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "ab", "on", "bc", "ie", "nz")
GRP_LOC = {"man": "en_GB", "nes": "en_GB", "swa": "en_GB", "ant": "en_GB", "tex": "en_US", "qld": "en_AU",
           "alb": "en_CA", "tor": "en_CA", "irc": "en_IE", "pke": "en_NZ", "dlh": "en_IN", "mar": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like names, the eponyms, scores, devices, drugs and brands of obesity medicine and bariatric and
# plastic surgery, and hospital words: never drawn as names (place and street words are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Banks Shaw Fisher Hunter Walker
Carter Turner Glass Fox Nash Price Cross Street Church Parish Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Jolly Gay Sage Sweet Miles Major Judge Marshal Sheriff Law Constable Knight Dean Pope
Abbott Monk Parsons Butler Steward Chamberlain Carpenter Smith Taylor Weaver Potter Cooper Mercer Draper Dyer
Fuller Tanner Slater Thatcher Glover Barber Clerk Clarke Fletcher Archer Bowman Booth Barnes Lamb Bull Crow Finch
Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat Sue Peg Will Jack Wayne
Amber Crystal Ruby Pearl Jade Hazel Holly Ivy Heather Daisy Lily Iris Violet Poppy Fern Robin Wren Sky Skye Willow
Autumn May June April August Dawn Eve Honey Misty Brady Wade Park Tan Sim Ng Low Wee Boon Pang Kale Grasso Chambers
Moore Lowe Burrows Ebony Cherry Dimple Lovely Precious Blessing Miracle Justice Sunday Gift Angel Destiny Heaven
Walters Holt Bacon Fry Friend Rich Hart Love Start Wright Cox Payne Hale Lent Small Short Little Large Fatt Stout
Slim Lean Trim French English Welsh Irish Dutch German Christian Fatima Bonny Plump Fullerton Weight Waite Weigh Pound Stone Sugar Candy Cake Pie Bun Butter Cream
Roux Petersen Scopinaro Mason Miller Printen Fobi Capella Torres Rutledge Gagner Marceau Hess DeMeester Nissen
Toupet Dor Hill Belsey Collis Heller Whipple Wernicke Korsakoff Sigstad Arts Clavien Dindo Mallampati Cormack
Lehane Epworth Berlin Edmonton Pittsburgh Regnault Pfannenstiel Kocher Hartmann Trendelenburg Fowler Murphy Foley
Mifflin Jeor Harris Benedict Quetelet Garrow Jebb Rubino Buchwald Sjostrom Ozempic Wegovy Mounjaro Saxenda Victoza
Zepbound Trulicity Rybelsus Mysimba Contrave Qsymia Xenical Alli Orlistat Forceval Adcal Fultium Calcichew
Accrete Sytron Ferinject Monofer Cosmofer Venofer Bariatric Echelon Signia Endo Ethicon Medtronic Covidien
Seamguard Duet Gore Veria Orbera Apollo Allurion Elipse Lapband Realize Obalon Surgisleeve Stryker Storz Olympus
Lovenox Clexane Fragmin Innohep Xarelto Ensure Fortisip Optifast Modifast Celebrity Slimfast Exante Tesco Asda
Boots Omeprazole Lansoprazole Ursofalk Destolit Zantac Buscopan Oramorph Oxynorm Fentanyl Nystatin Daktarin
Clotrimazole Kenalog Pilates Zumba Slimming World Weightwatchers Noom Juniper Numan Voy Lloyds Superdrug Chemist
Kentucky Colonel Apple Samsung Fitbit Garmin Withings Omron Resmed Philips Dreamstation Airsense Cpap Vitamin
Doctor Nurse Sister Matron Registrar Fellow Surgeon Consultant Dietitian Psychologist Patient Client Member
Royal Queen Princess Victoria Alexandra Elizabeth Edward Charles James Mary Joseph Francis Memorial General
Infirmary Hospital Health Centre Center Medical Methodist Baylor Hermann Ochsner Mercy Sinai Vincent Columcille
Mater Beaumont Tallaght Mercy Morriston Singleton Altnagelvin Ulster Craigavon Daisy Hill Ninewells Foresterhill
Victoria Salford Royal Fairfield Chorley Preston Lancashire Wythenshawe Middlemore Christchurch Burwood Greenlane
Princess Alexandra Logan Ipswich Toowoomba Prince Charles Hamad Lilavati Kokilaben Hinduja Breach Candy Jaslok
Ganga Apollo Fortis Medanta Max Saket Changi Tan Tock Seng Khoo Teck Puat Sengkang Alexandra Mount Elizabeth
Netcare Life Mediclinic Parklands Umhlanga Westville Entabeni Kloof Unitas Wilgers Zuid Afrikaans Steve Biko
Kalafong Cornwall Regional Andrews Nuttall Hopsital Kingston Public Spanish Town Victoria Jubilee Bustamante
Royal Alexandra Misericordia Grey Nuns Rockyview Foothills Peter Lougheed Humber Toronto Western Mount Sinai
Surrey Memorial Richmond Burnaby Abbotsford Kelowna Vernon Jubilee Nanaimo Lions Gate Prince Vancouver"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # screen Faker draws against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical (bariatric) or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BF",
             "BG", "BM", "BO", "BP", "BS", "BW", "CC", "CD", "CF", "CH", "CO", "CP", "CR", "CT", "DA", "DC", "DM",
             "DR", "DS", "DT", "ED", "EG", "ER", "FT", "GA", "GI", "GP", "HB", "HC", "HD", "HR", "HT", "HV", "IC",
             "IM", "IN", "IO", "IP", "IS", "IT", "IV", "IX", "KC", "LA", "LD", "LP", "MA", "MD", "ME", "MG", "MI",
             "ML", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OG", "OH", "OK", "ON", "OP", "OR",
             "OT", "PA", "PC", "PE", "PM", "PN", "PO", "PR", "PT", "PW", "RE", "RN", "RR", "SC", "SO", "SR", "ST",
             "SW", "TB", "TC", "TO", "TV", "UA", "UK", "UP", "US", "WE", "SS", "PI", "FY", "HO", "DN", "SN", "CN",
             "KG", "CM", "MM", "TT", "LL", "RA", "RD", "DP", "SP", "BC", "EN", "HM", "HN", "NE", "NN", "PH", "SB",
             "UV", "VP", "VK", "TP", "GB", "SG", "LB", "WL", "EW", "TW", "BB", "RY", "OS", "WT", "HW", "LR", "JP",
             "AG", "DJ", "JD", "KM", "LF", "MB", "MH", "NH", "PS", "RT", "SA", "SD", "TA", "WA", "ZA", "JM", "GD"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_D4 = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    s = s.translate(str.maketrans("ŁłıØø", "LliOo"))
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
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/mm/yy": f"{d.day}/{mm}/{yy}", "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}",
        "d/m": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}",
        "d.m.y": f"{d.day}.{d.month}.{y}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "nthmo": f"{_nth(d.day)} {mo}", "nthsh": f"{_nth(d.day)} {m3}", "dmo": f"{d.day} {mo}", "sh": f"{d.day} {m3} {y}",
        "ddsh": f"{dd} {m3} {y}", "shyy": f"{d.day} {m3} {yy}", "dsh": f"{d.day} {m3}",
        "nthapos": f"{_nth(d.day)} {m3} '{yy}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "d-mo-y": f"{d.day}-{mo}-{y}", "DMONY": f"{dd}{m3.upper()}{y}", "DMONsp": f"{dd} {m3.upper()} {y}",
        "dmon/": f"{dd}/{m3}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "mmdd": f"{mm}/{dd}",
        "usdash": f"{mm}-{dd}-{y}", "usdot": f"{d.month}.{d.day}.{yy}", "usl": f"{mo} {d.day}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}", "mnth": f"{mo} {_nth(d.day)}",
        "mnthy": f"{mo} {_nth(d.day)}, {y}", "mondd": f"{m3}-{dd}-{y}",
        # month and year
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "myapos": f"{m3} '{yy}", "mm/y": f"{mm}/{y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}", "ymdc": f"{y}{mm}{dd}",
        "ymd.": f"{y}.{mm}.{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str
    loc: str | None
    midn: str = ""  # a full middle name (US), "Kaur" / "Singh" (Punjabi)
    eng: str = ""  # an English name (Chinese Singaporean)

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
    def Lf(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fm_l(self) -> str:
        """"First M Last" without the full stop."""
        return f"{self.first} {self.mid} {self.last}"

    @property
    def lfmid(self) -> str:
        """"Last, First Middle" with the whole middle name."""
        return f"{self.last}, {self.first} {self.midn}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi_(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def legal(self) -> str:
        """The name as the person's own community writes it in full."""
        g = self.grp
        if g == "sgc":
            return f"{self.eng} {self.last} {self.first}" if self.eng else f"{self.last} {self.first}"
        if g == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if g == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        if g == "pun" and self.midn:
            return f"{self.first} {self.midn} {self.last}"
        return self.fl

    @property
    def call(self) -> str:
        """The part of the name used after a title ("Mdm Lim", "Encik Faizal", "Mr Suresh", "Mrs Lomax")."""
        if self.grp in ("sgm", "sgi"):
            return self.first.split()[-1] if self.first.startswith(("Muhammad", "Mohamed", "Mohd", "Ahmad")) \
                else self.first
        return self.last

    @property
    def title(self) -> str:
        if self.sex == "m":
            return "Mr"
        if self.grp == "sgc":
            return "Mdm"
        return "Mrs" if self.mid in "ABCDEFGHJK" else "Ms"

    @property
    def st(self) -> str:
        """A surgeon's title (UK, Ireland, Jamaica)."""
        return "Mr" if self.sex == "m" else ("Miss" if self.mid in "ABCDEFGHJKL" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def He(self) -> str:
        return "He" if self.sex == "m" else "She"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def His(self) -> str:
        return "His" if self.sex == "m" else "Her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first.split()[0]), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}.{la}2@{dom}", f"{la}{f[0]}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]

    def pmail(self, dom: str, yob: int, k: int = 0) -> str:
        """A personal address."""
        f, la = _slug(self.first.split()[0]), _slug(self.last)
        return [f"{f}{la}{yob % 100:02d}@{dom}", f"{f}.{la}{yob}@{dom}", f"{la}.{f[0]}@{dom}",
                f"{f}_{la[:4]}{yob % 100:02d}@{dom}", f"{f[0]}{la}{yob % 1000}@{dom}"][k % 5]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _zd(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _luhn(body: str) -> str:
    """The Luhn digit that makes body + digit valid."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11(r: random.Random, lead: str) -> str:
    """NHS / H&C: nine digits weighted 10..2, check = 11 - sum mod 11 (11 -> 0; 10 is never issued)."""
    while True:
        body = lead + _zd(r, 9 - len(lead))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: the DOB as ddmmyy, two digits, a sex digit (odd male), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def sp334(s: str, sep: str = " ") -> str:
    return f"{s[:3]}{sep}{s[3:6]}{sep}{s[6:]}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4100000, 7999999))


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two digits (year), a letter (month), four digits and a country letter (E, S, W, N, O)."""
    return f"{r.randint(0, 23):02d}{r.choice('ABCDEFGHIJKL')}{_zd(r, 4)}{r.choice('ESWNO')}"


def hcpc_no(r: random.Random, prof: str) -> str:
    """HCPC registration: the profession prefix (DT dietitian, PYL practitioner psychologist) and digits."""
    return f"{prof}{r.randint(10000 if prof == 'PYL' else 1000, 39999):0{6 if prof == 'DT' else 5}d}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + _zd(r, 8)
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z), printed 4-3-4."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + _zd(r, 2))
    return s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 6))


def dva_no(r: random.Random) -> str:
    """DVA file number: the state letter (Q), a war code and the file digits (format only)."""
    code = r.choice(["X", "X", "SM", "SR", "N"])
    return f"Q{code}{_dig(r, 8 - len(code) - 1)}"


def ab_phn(r: random.Random) -> str:
    """Alberta personal health number: nine digits printed 5-4 (format only)."""
    s = _dig(r, 9)
    return f"{s[:5]}-{s[5:]}"


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2,4,8,5,10,9,7,3 and the mod-11 check digit; printed 4-3-3."""
    while True:
        body = "9" + _zd(r, 8)
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            s = body + str(c)
            return f"{s[:4]} {s[4:7]} {s[7:]}"


def ohip_no(r: random.Random) -> str:
    body = _dig(r, 9)
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
    digits = _zd(r, 7)
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))
        if new:
            vals = [_NHI.index(ch) + 1 for ch in letters] + [r.randint(0, 9), r.randint(0, 9)]
            fifth = r.choice(_NHI)
            vals.append(_NHI.index(fifth) + 1)
            c = 23 - sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 23
            return letters + f"{vals[3]}{vals[4]}" + fifth + _NHI[c - 1]
        nums = [r.randint(0, 9) for _ in range(3)]
        vals = [_NHI.index(ch) + 1 for ch in letters] + nums
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def hpi_cpn(r: random.Random) -> str:
    """NZ Health Practitioner Index common person number: two digits and four letters (format only)."""
    return f"{r.randint(10, 99)}{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random, sep: str = " ") -> str:
    """Aadhaar: eleven digits (first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + _zd(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def abha_no(r: random.Random) -> str:
    """ABHA number: 14 digits printed 2-4-4-4 (format only)."""
    s = _dig(r, 14)
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def pan_no(r: random.Random, q: P) -> str:
    """Indian PAN: three letters, P for a person, the surname's initial, four digits, a letter."""
    az = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return ("".join(r.choice(az) for _ in range(3)) + "P" + _ascii(q.last)[0].upper() + _zd(r, 4)
            + r.choice(az))


def nric(r: random.Random) -> str:
    """Singapore NRIC (born before 2000): S, seven digits weighted 2,7,6,5,4,3,2, the mod-11 check letter."""
    digits = _zd(r, 7)
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True))
    return f"S{digits}{'JZIHGFEDCBA'[tot % 11]}"


def mcr_no(r: random.Random) -> str:
    """Singapore Medical Council registration (MCR) number: M, five digits and a letter (format only)."""
    return f"M{r.randint(10000, 99999)}{r.choice('ABCDEFGHIJZ')}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def trn_no(r: random.Random) -> str:
    """Jamaican taxpayer registration number: nine digits, 1 first for a person, printed 3-3-3 (format only)."""
    s = "1" + _zd(r, 8)
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn and q.grp not in ("pun",) else [])
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
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
        d = date(2024, 6, 3) + timedelta(days=self.r.randint(0, 530))
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

    def ph(self, s: str) -> C:
        return self.p("PHONE", s)

    def id(self, s: str) -> C:
        return self.p("ID", s)

    def ad(self, s: str) -> C:
        return self.p("ADDRESS", s)

    def zp(self, s: str) -> C:
        return self.p("ZIP", s)

    def em(self, s: str) -> C:
        return self.p("EMAIL", s)

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
            q = P(first, la, sex, mid, grp, loc)
            if grp == "pun":
                q.midn = "Singh" if sex == "m" else "Kaur"
            if grp == "sgc" and self.yes(0.4):
                self._eng(q)
            return q
        raise Redraw

    def _eng(self, q: P) -> None:
        for _ in range(20):
            e = self.ch(SG_ENG[q.sex])
            if self._ok([e], False):
                self.used.add(e.lower())
                q.eng = e
                return
        raise Redraw

    def middle(self, q: P) -> P:
        """Give a person a whole middle name from the group's first names (US forms)."""
        ms, fs, _ = G[q.grp] if q.loc is None else G["tex"]
        for _ in range(30):
            m = self.ch(ms if q.sex == "m" else fs)
            if m != q.first and self._ok(m.split(), False):
                self.used.add(m.lower())
                q.midn = m
                q.mid = _ascii(m)[0]
                return q
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname
        (in Singapore Malay and Tamil families a child's second name is the father's first name)."""
        if q.grp in ("sgm", "sgi"):
            return self.person(q.grp, sex)
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
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

    def adult(self, lo: int = 22, hi: int = 64) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self, lo: int = 78, hi: int = 97) -> int:
        return self.r.randint(lo, hi)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, k: int = 0) -> str:
        return [DAYS[d.weekday()], DAYS[d.weekday()][:3], _D4[d.weekday()]][k]

    def ip(self) -> str:
        a = self.ch([24, 47, 68, 73, 98, 99, 104, 172, 174, 184, 203, 209])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode / ZIP, area code)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Bolton", "BL3 5HX", "01204"), ("Wigan", "WN5 9BE", "01942"), ("Oldham", "OL8 4QR", "0161"),
           ("Rochdale", "OL11 3LE", "01706"), ("Bury", "BL9 7SA", "0161"), ("Leigh", "WN7 2AB", "01942"),
           ("Blackburn", "BB2 4JJ", "01254"), ("Chorley", "PR7 2QU", "01257"), ("Eccles", "M30 0FN", "0161"),
           ("Stockport", "SK3 8BL", "0161"), ("Accrington", "BB5 1SY", "01254"), ("Farnworth", "BL4 7QE", "01204")],
    "sc": [("Dundee", "DD3 8EA", "01382"), ("Kirkcaldy", "KY1 2ND", "01592"), ("Dunfermline", "KY12 7LZ", "01383"),
           ("Arbroath", "DD11 1QX", "01241"), ("Inverurie", "AB51 4SX", "01467"), ("Peterhead", "AB42 1YR", "01779"),
           ("Glenrothes", "KY6 1NJ", "01592"), ("Livingston", "EH54 6PP", "01506"), ("Forfar", "DD8 3BT", "01307"),
           ("Stonehaven", "AB39 2HG", "01569")],
    "cy": [("Llanelli", "SA15 3DJ", "01554"), ("Neath", "SA11 3BT", "01639"), ("Carmarthen", "SA31 1QN", "01267"),
           ("Port Talbot", "SA13 1YE", "01639"), ("Gorseinon", "SA4 4LW", "01792"), ("Ammanford", "SA18 3HY", "01269"),
           ("Haverfordwest", "SA61 1PG", "01437"), ("Pontardawe", "SA8 4JN", "01792"), ("Burry Port", "SA16 0DW", "01554")],
    "ni": [("Derry/Londonderry", "BT48 7SX", "028"), ("Strabane", "BT82 8DX", "028"), ("Limavady", "BT49 0AA", "028"),
           ("Coleraine", "BT52 1HA", "028"), ("Newry", "BT35 6PH", "028"), ("Omagh", "BT79 0AP", "028"),
           ("Dungannon", "BT70 1AW", "028"), ("Ballymoney", "BT53 6BN", "028")],
    "us": [("Houston", "77036", "713"), ("Pasadena", "77502", "713"), ("Sugar Land", "77478", "281"),
           ("Katy", "77449", "281"), ("Pearland", "77584", "281"), ("Baytown", "77520", "281"),
           ("San Antonio", "78207", "210"), ("Laredo", "78041", "956"), ("Conroe", "77301", "936"),
           ("Beaumont", "77706", "409"), ("Humble", "77338", "281")],
    "au": [("Logan Central", "4114", "07"), ("Caboolture", "4510", "07"), ("Southport", "4215", "07"),
           ("Redcliffe", "4020", "07"), ("Springwood", "4127", "07"), ("Browns Plains", "4118", "07"),
           ("Nambour", "4560", "07"), ("Goodna", "4300", "07"), ("Strathpine", "4500", "07"), ("Dalby", "4405", "07")],
    "ab": [("Edmonton", "T5B 0S1", "780"), ("Sherwood Park", "T8A 3H9", "780"), ("St. Albert", "T8N 1M1", "780"),
           ("Red Deer", "T4N 6R2", "403"), ("Airdrie", "T4B 2A3", "403"), ("Calgary", "T2E 7P4", "403"),
           ("Lethbridge", "T1J 4L5", "403"), ("Fort McMurray", "T9H 1P3", "780"), ("Leduc", "T9E 6Y9", "780")],
    "on": [("Etobicoke", "M9V 2Y4", "416"), ("Scarborough", "M1B 5N6", "416"), ("Mississauga", "L5B 3C2", "905"),
           ("Brampton", "L6T 4M9", "905"), ("Oshawa", "L1H 7K4", "905"), ("Vaughan", "L4L 8R1", "905"),
           ("Pickering", "L1V 3W8", "905")],
    "bc": [("Surrey", "V3W 1H6", "604"), ("Richmond", "V6X 2B3", "604"), ("Burnaby", "V5H 3Z7", "604"),
           ("Abbotsford", "V2S 4N5", "604"), ("Delta", "V4C 3N1", "604"), ("Kamloops", "V2C 1Y9", "250"),
           ("Prince George", "V2L 3B3", "250")],
    "ie": [("Bray", "A98 E2F7", "01"), ("Dún Laoghaire", "A96 X2P8", "01"), ("Wicklow", "A67 V6C9", "0404"),
           ("Greystones", "A63 K7R2", "01"), ("Ballincollig", "P31 DX84", "021"), ("Carrigaline", "P43 W2N5", "021"),
           ("Mallow", "P51 T3H6", "022"), ("Midleton", "P25 R6K3", "021"), ("Shankill", "D18 A7K2", "01"),
           ("Arklow", "Y14 H2X6", "0402")],
    "nz": [("Manukau", "2104", "09"), ("Papatoetoe", "2025", "09"), ("Ōtāhuhu", "1062", "09"),
           ("Pukekohe", "2120", "09"), ("Māngere", "2022", "09"), ("Rolleston", "7614", "03"),
           ("Rangiora", "7400", "03"), ("Hornby", "8042", "03"), ("Kaiapoi", "7630", "03"), ("Papakura", "2110", "09")],
    "in": [("Andheri East", "400069", "22"), ("Borivali West", "400092", "22"), ("Dadar", "400014", "22"),
           ("Chembur", "400071", "22"), ("Mulund West", "400080", "22"), ("Ghatkopar East", "400077", "22"),
           ("Lajpat Nagar", "110024", "11"), ("Rohini", "110085", "11"), ("Janakpuri", "110058", "11"),
           ("Mayur Vihar", "110091", "11"), ("Pitampura", "110034", "11")],
    "sg": [("Jurong West", "64", ""), ("Tampines", "52", ""), ("Woodlands", "73", ""), ("Ang Mo Kio", "56", ""),
           ("Bedok", "46", ""), ("Yishun", "76", ""), ("Sengkang", "54", ""), ("Hougang", "53", "")],
    "za": [("Chatsworth", "4092", "031"), ("Phoenix", "4068", "031"), ("Umlazi", "4031", "031"),
           ("Pinetown", "3610", "031"), ("KwaMashu", "4360", "031"), ("Centurion", "0157", "012"),
           ("Pretoria North", "0182", "012"), ("Mamelodi", "0122", "012"), ("Moreleta Park", "0044", "012"),
           ("Soshanguve", "0152", "012")],
    "jm": [("Kingston 6", "", "876"), ("Kingston 10", "", "876"), ("Kingston 11", "", "876"),
           ("Kingston 20", "", "876"), ("Portmore", "", "876"), ("Spanish Town", "", "876"),
           ("Old Harbour", "", "876"), ("Montego Bay", "", "876"), ("Falmouth", "", "876"), ("Lucea", "", "876")],
}
CITY_IN = {"22": "Mumbai", "11": "New Delhi"}
STREETS: dict[str, list[str]] = {
    "en": ["Tonge Moor Road", "Chorley New Road", "Hollins Lane", "Coppull Avenue", "Ainsworth Close",
           "Kearsley Drive", "Werneth Hall Road", "Spotland Crescent", "Deane Road", "Ramsbottom Walk"],
    "sc": ["Clepington Road", "Strathmartine Crescent", "Balgarvie Place", "Dalgety Drive", "Kinghorn Terrace",
           "Sheddocksley Gardens", "Burnside Court", "Mastrick Avenue", "Lochgelly Road"],
    "cy": ["Heol y Nant", "Felinfoel Road", "Cwmavon Terrace", "Maes yr Haf", "Pentre Road", "Trallwn Crescent",
           "Dyfed Close", "Heol Gwili"],
    "ni": ["Creggan Heights", "Rathmor Gardens", "Shantallow Park", "Glenowen Drive", "Ballyholme Avenue",
           "Camlough Road", "Drumahoe Crescent", "Mourne View"],
    "us": ["Bellaire Blvd", "Westheimer Rd", "Airline Dr", "Telephone Rd", "Fondren Rd", "Culebra Rd",
           "Guadalupe St", "Zapata Hwy", "Spencer Hwy", "Cypress Creek Pkwy"],
    "au": ["Wembley Road", "Kingston Road", "Morayfield Road", "Scarborough Street", "Anzac Avenue", "Boundary Road",
           "Bruce Highway", "Mt Cotton Road"],
    "ab": ["118 Avenue NW", "Jasper Avenue", "Whyte Avenue", "Centre Street NE", "Bow Trail SW", "Gaetz Avenue",
           "Mayor Magrath Drive S", "Franklin Avenue"],
    "on": ["Finch Avenue West", "Kingston Road", "Hurontario Street", "Queen Street East", "Simcoe Street North",
           "Rutherford Road", "Kipling Avenue"],
    "bc": ["King George Boulevard", "No. 3 Road", "Kingsway", "South Fraser Way", "Scott Road", "Victoria Street",
           "Ladner Trunk Road"],
    "ie": ["Boghall Road", "Ballywaltrim Lane", "Kilbogget Grove", "Sallynoggin Road", "Muskerry Estate",
           "Crosshaven Road", "Ballyviniter Drive", "Broomfield Close"],
    "nz": ["Great South Road", "Massey Road", "Hunters Corner Place", "Kings Road", "Tennyson Street",
           "Goulds Road", "Ivory Street", "Buckleys Road"],
    "in": ["Sahar Road", "L.T. Road", "Gokhale Road", "R.C. Marg", "Jawahar Road", "M.G. Road", "Ring Road",
           "Sector 7 Road", "Pankha Road"],
    "sg": ["Jurong West Street 91", "Tampines Street 21", "Woodlands Drive 14", "Ang Mo Kio Avenue 3",
           "Bedok North Road", "Yishun Ring Road", "Compassvale Walk", "Hougang Avenue 8"],
    "za": ["Road 712", "Phoenix Highway", "Mbhele Road", "Old Main Road", "Malandela Road", "Lenchen Avenue",
           "Rachel de Beer Street", "Tsamaya Road", "Garsfontein Road"],
    "jm": ["Mona Road", "Old Hope Road", "Waltham Park Road", "Molynes Road", "Spanish Town Road", "Bogue Road",
           "Hagley Park Road", "Greenwood Avenue", "Barnett Street"],
}
for _towns in TOWNS.values():
    for _t, _z, _a in _towns:
        BAD_NAMES.update(w for w in re.split(r"[\s/.-]+", _t) if w.isalpha())
for _sts in STREETS.values():
    for _st in _sts:
        BAD_NAMES.update(w for w in re.split(r"[\s/.-]+", _st) if w.isalpha())
BAD_NAMES.update({"Mumbai", "Delhi", "New", "Singapore", "Durban", "Pretoria", "Aberdeen", "Swansea", "Belfast",
                  "Manchester", "Brisbane", "Auckland", "Dublin", "Cork", "Toronto", "Canterbury", "Lancashire",
                  "Queensland", "Texas", "Alberta", "Ontario", "Wicklow", "Andrew", "Catherine", "James",
                  "Ann", "Thomas", "Elizabeth", "Mary", "Kwazulu", "Natal", "Gauteng", "Jamaica", "Fife"})


def place(c: C) -> tuple[str, str, str, str]:
    """(street line, town, postcode / ZIP, area code)."""
    town, z, area = c.ch(TOWNS[c.region])
    g = c.region
    sts = STREETS[g]
    if g == "in":  # Mumbai streets first, then Delhi's
        sts = sts[:6] if area == "22" else sts[6:]
    elif g == "za":
        sts = sts[:5] if area == "031" else sts[5:]
    elif g == "ie":
        sts = sts[4:] if area in ("021", "022") else sts[:4]
    elif g == "jm":
        sts = sts[:7] if town.startswith(("Kingston", "Portmore", "Spanish", "Old")) else sts[7:]
    st = sts[[t[0] for t in TOWNS["sg"]].index(town)] if g == "sg" else c.ch(sts)
    n = c.ri(2, 140)
    if g in ("en", "cy", "ni"):
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 12)}, {n} {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "sc":
        line = c.ch([f"{n} {st}", f"Flat {c.ri(1, 3)}/{c.ri(1, 4)}, {n} {st}", f"{n}/{c.ri(1, 9)} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {st}", (f"{n} {c.ch(['Ashfield', 'Castle', 'Lios'])} "
                                                              f"{c.ch(['Lawns', 'Heights', 'Grove'])}")])
    elif g == "us":
        line = c.ch([f"{n * 83} {st}", f"{n * 83} {st} Apt {c.ri(101, 950)}", f"{n * 83} {st} #{c.ri(1, 40)}"])
    elif g in ("ab", "on", "bc"):
        line = c.ch([f"{n * 71} {st}", f"{c.ri(101, 1808)}-{n * 71} {st}", f"Unit {c.ri(1, 40)}, {n * 71} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 20)}/{n} {st}", f"Unit {c.ri(1, 9)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('ABC')} {st}"])
    elif g == "in":
        if area == "22":
            soc = c.ch(["Shree Ganesh CHS", "Vrindavan Apartments", "Sai Darshan Co-op Hsg Society"])
            line = c.ch([f"Flat {c.ri(1, 12)}0{c.ri(1, 8)}, {soc}, {st}", f"{c.ri(1, 20)}/{c.ri(1, 300)}, {soc}"])
        else:
            line = c.ch([f"{c.ch('ABCDE')}-{c.ri(1, 240)}, {c.ch(['Block C', 'Pocket 2', 'Sector 9'])}",
                         f"House No. {c.ri(10, 900)}, {st}"])
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {st} #{c.ri(2, 16):02d}-{c.ri(10, 450)}"
        z = f"{z}{blk:04d}"[:6]
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 99)} {c.ch(['Kestrel', 'Impala', 'Protea'])} Close",
                     f"{c.ri(1000, 9999)} {st}" if "Road 7" in st else f"{n} {st}"])
    else:  # jm
        line = c.ch([f"{n} {st}", f"Lot {c.ri(1, 600)}, {st}", f"Apt {c.ri(1, 12)}, {n} {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True) -> str:
    g = c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"+44 (0)7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}"])
        a = area or "0161"
        if a == "028":
            return c.ch([f"028 {c.ch(['71', '77', '30', '90', '87'])}{c.dig(2)} {c.dig(4)}",
                         f"(028) {c.ch(['71', '30'])}{c.dig(6)}"])
        if a == "0161":
            return c.ch([f"0161 {c.dig(3)} {c.dig(4)}", f"0161-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g in ("us", "ab", "on", "bc"):
        a = area or "713"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}",
                     f"+1 {a} {x} {c.dig(4)}", f"1 ({a}) {x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(2)}-{c.dig(3)}-{c.dig(3)}",
                         f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}"])
        return c.ch([f"(07) {c.ch('345')}{c.dig(3)} {c.dig(4)}", f"07 {c.ch('345')}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"08{c.ri(3, 9)}-{c.dig(7)}",
                         f"+353 (0)8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ri(3, 9)} {c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}" if a == "01" else f"{a} {c.dig(6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}", f"02{c.ch([1, 2, 7])}-{c.dig(3)}-{c.dig(3)}",
                         f"+64 2{c.ch([1, 2, 7])} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '09'}) {c.dig(3)} {c.dig(4)}", f"{area or '09'} {c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}",
                         f"+91-{c.ri(7, 9)}{c.dig(9)}", f"{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
        return c.ch([f"0{area}-{c.ri(2, 6)}{c.dig(7)}", f"({area}) {c.ri(2, 6)}{c.dig(3)} {c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"+65-{c.ch('89')}{c.dig(3)}-{c.dig(4)}", f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 79, 82, 83, 84])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([72, 82, 61, 83])} {c.dig(3)} {c.dig(4)}",
                         f"+27 (0){c.ch([72, 82])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([71, 84])}{c.dig(7)}"])
        return c.ch([f"{area or '031'} {c.dig(3)} {c.dig(4)}", f"({area or '031'}) {c.dig(3)}-{c.dig(4)}"])
    # jm
    x = f"{c.ch(['3', '4', '5', '8', '9'])}{c.dig(2)}"
    return c.ch([f"(876) {x}-{c.dig(4)}", f"876-{x}-{c.dig(4)}", f"1-876-{x}-{c.dig(4)}", f"876 {x} {c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]]) -> Note:
    return c.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- clinical helpers
def height(c: C, q: P) -> float:
    return round(c.r.uniform(1.66, 1.90) if q.sex == "m" else c.r.uniform(1.52, 1.75), 2)


def bmi(w: float, h: float) -> str:
    return f"{w / h / h:.1f}"


def heavy(c: C, h: float, lo: float = 38.0, hi: float = 58.0) -> float:
    """A weight (kg, one decimal) for a BMI between lo and hi."""
    return round(c.r.uniform(lo, hi) * h * h, 1)


def lb(kg: float) -> str:
    return f"{kg * 2.2046:.0f}"


def hba1c(c: C, si: bool = True, dm: bool | None = None) -> str:
    dm = c.yes(0.45) if dm is None else dm
    if si:
        return f"{c.ri(50, 86) if dm else c.ri(36, 46)} mmol/mol"
    return f"{c.fl(6.6, 10.2) if dm else c.fl(5.1, 6.3)}%"


def comorbid(c: C, k: int = 3, us: bool = False) -> list[str]:
    if us:
        pool = ["type 2 diabetes", "obstructive sleep apnea", "hypertension", "GERD", "hyperlipidemia",
                "osteoarthritis", "MASLD", "lymphedema", "depression", "asthma"]
        return c.r.sample(pool, k)
    pool = ["type 2 diabetes", "obstructive sleep apnoea on CPAP", "hypertension", "osteoarthritis of both knees",
            "GORD", "NAFLD", "PCOS", "depression", "asthma", "dyslipidaemia", "lymphoedema", ("idiopathic intracranial "
            "hypertension"), "urinary stress incontinence", "chronic low back pain"]
    return c.r.sample(pool, k)


def _hosp_en(c: C) -> str:
    return c.ch(["K", "S", "RM"]) + c.dig(7)


def _nhs(c: C, s: str) -> str:
    return c.ch([sp334(s), s, sp334(s, "-")])


def supps_uk(c: C, band: bool = False) -> list[str]:
    out = [c.ch(["Forceval 1 capsule daily", "A-Z multivitamin and mineral 2 tablets daily",
                 "complete multivitamin 1 tablet BD"])]
    if not band:
        out += [c.ch(["Adcal-D3 1 tablet BD", "calcium carbonate 1.5 g / colecalciferol 400 units BD"]),
                c.ch(["ferrous fumarate 210 mg OD", "ferrous sulphate 200 mg OD", "ferrous fumarate 210 mg BD"]),
                "hydroxocobalamin 1 mg IM every 3 months"]
    return out


# ---------------------------------------------------------------------------------------- England (8)
def en_t3_letter(c: C) -> Note:
    q = c.pat()
    gp, cons, diet = c.staff(), c.staff(), c.staff("f")
    dob, age = c.adult(26, 63)
    h = height(c, q)
    w = heavy(c, h, 40, 55)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["en"])[0]
    seen = c.wdt(-20, -5)
    yob = dob.year
    c.t("Specialist Weight Management Service (Tier 3), Salford Care Organisation\n")
    c.t(f"Clinic: {c.wd(seen, 2)} ").d(seen, "dmyy").t("          Typed: ").d(seen + timedelta(days=c.ri(2, 6)), "dmyy")
    c.t("\nDr ").nm(gp.fi_).t(", ").ad(gtown).t("\n\nDear Dr ").nm(gp.last).t("\nRe: ").nm(c.ch([q.fL, q.fl]))
    c.t(", d.o.b. ").d(dob, "dot").t(", NHS number ").id(_nhs(c, nhs)).t("\n    ").ad(line).t(", ").ad(town).t("  ").zp(pc)
    c.t("\nDiagnoses:\n1. ").c("Obesity class III").t(" (BMI ").c(f"{bmi(w, h)} kg/m2").t("), EOSS stage ")
    c.c(str(c.ri(1, 3)))
    dm = c.yes(0.5)
    if dm:
        c.t("\n2. ").c("Type 2 diabetes").t(" (HbA1c ").c(hba1c(c, True, True)).t(")")
    c.t(f"\n{3 if dm else 2}. ").c(c.ch(["Obstructive sleep apnoea on CPAP", "Hypertension", "Knee osteoarthritis",
                                      "Depression (on sertraline 100 mg OD)"]))
    who = "gentleman" if q.sex == "m" else "lady"
    c.t(f"\n\nThank you for referring this {age}-year-old {who}, whom I saw jointly with our specialist dietitian, ")
    c.nm(diet.first).t(f". {q.He} has struggled with {q.his} weight since {c.ch(['childhood', 'adolescence', 'the birth of a child', 'a knee injury'])} ")
    c.t(f"and has tried {c.ch(['Slimming World', 'a commercial meal replacement plan', 'the NHS Digital Weight Management Programme'])} ")
    c.t(f"with a best loss of about {c.ri(8, 25)} kg. Today {q.he} weighed ").c(f"{w} kg").t(" (height ").c(f"{h:.2f} m")
    c.t(f"), down from a highest weight of {w + c.ri(4, 20):.1f} kg in {c.ri(2016, 2022)}. BP ")
    c.c(f"{c.ri(128, 158)}/{c.ri(78, 96)}").t(", waist ").c(f"{c.ri(118, 152)} cm").t(".\n\n")
    c.t("Plan:\n- Started ").c("semaglutide (Wegovy) 0.25 mg once weekly").t(", escalating every 4 weeks to ")
    c.c("2.4 mg").t(" as tolerated; nausea advice given\n- ").c(c.ch(["Continue metformin 1 g BD",
                                                                  "Stop orlistat 120 mg TDS",
                                                                  "Ramipril 5 mg OD unchanged"]))
    c.t("\n- Dietetic review 6-weekly; physical activity referral\n- Discuss bariatric surgery at 6 months if BMI > ")
    c.c("40").t("\n\nYours sincerely\nDr ").nm(cons.fl).t(" FRCP\nConsultant Physician in Obesity Medicine\nGMC ")
    c.id(gmc_no(c.r)).t(f"\ncc: {q.title} ").nm(q.last).t(" (patient) by email: ")
    c.em(q.pmail(c.ch(["hotmail.co.uk", "gmail.com", "outlook.com", "yahoo.co.uk"]), yob, c.ri(0, 4))).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_mdt_outcome(c: C) -> Note:
    q = c.pat()
    sur, phys, diet, psy, cns, gp = (c.staff(), c.staff(), c.staff("f"), c.staff(), c.staff(), c.staff())
    dob, age = c.adult(28, 62)
    h = height(c, q)
    w0 = heavy(c, h, 45, 58)
    w1 = round(w0 * c.r.uniform(0.90, 0.97), 1)
    nhs = nhs_no(c.r)
    hn = _hosp_en(c)
    mdt = c.wdt(-10, 0)
    gtown = c.ch(TOWNS["en"])[0]
    proc = c.ch(["laparoscopic Roux-en-Y gastric bypass", "laparoscopic sleeve gastrectomy",
                 "one-anastomosis gastric bypass"])
    c.t(f"BARIATRIC / METABOLIC SURGERY MDT - OUTCOME RECORD\nMeeting: {c.wd(mdt)} ").d(mdt, "dmy").t("\n\n")
    c.t("Patient:      ").nm(c.ch([q.LF, q.LFF])).t("\nUnit no:      ").id(hn).t("\nNHS:          ").id(nhs)
    c.t("\nDOB:          ").d(dob, c.ch(["dmy", "ddsh"])).t(f" ({age})\nReferred by:  Dr ").nm(gp.fi).t(" (").ad(gtown)
    c.t(f") via Tier 3\n\nPresent: {sur.st} ").nm(sur.fi).t(" (Consultant Upper GI Surgeon), Dr ").nm(phys.fi)
    c.t(" (Obesity Physician), ").nm(diet.fl).t(" (Specialist Dietitian), Dr ").nm(psy.fl)
    c.t(" (Clinical Psychologist), ").nm(cns.fl).t(" (Bariatric CNS)\n\n")
    c.t("Weight at referral ").c(f"{w0} kg").t(" (BMI ").c(bmi(w0, h)).t(") -> today ").c(f"{w1} kg").t(" (BMI ")
    c.c(bmi(w1, h)).t("); pre-op loss ").c(f"{(w0 - w1) / w0 * 100:.1f}%").t("\nComorbidities: ")
    c.c("T2DM").t(" (HbA1c ").c(hba1c(c, True, True)).t(" on ").c("metformin 1 g BD").t(" + ")
    c.c(c.ch(["gliclazide 80 mg BD", "dapagliflozin 10 mg OD", "insulin glargine 34 units nocte"])).t("), ")
    c.c(f"OSA (AHI {c.ri(16, 62)}/h) on CPAP").t(", ").c(c.ch(["HTN", "GORD", "PCOS", "OA knees"])).t("\n")
    c.t("OS-MRS ").c(str(c.ri(0, 3))).t("; EOSS ").c(str(c.ri(2, 3))).t("; ASA ").c(str(c.ri(2, 3)))
    c.t("\nPsychology: no contraindication identified; BES ").c(str(c.ri(6, 17))).t(", PHQ-9 ").c(str(c.ri(3, 11)))
    c.t("\nH. pylori stool antigen: ").c("negative").t("\n\nOUTCOME: APPROVED for ").c(proc).t(".\n")
    c.t(f"Actions:\n 1. Consent clinic with {sur.st} ").nm(sur.last).t("\n 2. ").c("Liver reduction diet 800-1000 kcal for 2 weeks")
    c.t("\n 3. Stop SGLT2i / sulphonylurea per peri-op diabetes plan\n 4. Listing category: routine\n\n")
    c.t("Minuted by: ").nm(c.staff().fl).t(", MDT coordinator\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hn)])


def en_diet_review(c: C) -> Note:
    q = c.pat()
    diet = c.staff("f")
    dob, _age = c.adult(25, 60)
    h = height(c, q)
    w0 = heavy(c, h, 42, 55)
    op = c.dt(-420, -100)
    proc = c.ch(["Sleeve gastrectomy", "RYGB", "OAGB"])
    hn = _hosp_en(c)
    partner = c.rel(q, "m" if q.sex == "f" else "f", same=c.yes(0.6))
    c.t(f"Bariatric Dietetics - post-op review ({c.ch(['face to face', 'telephone', 'video (Attend Anywhere)'])})\n")
    c.t("Name: ").nm(q.fl).t("   Hosp no: ").id(hn).t("   DOB: ").d(dob, "dmyy").t("\nSurgery: ").c(proc)
    c.t(" on ").d(op, "dmonyy").t(f"   Attended with: {c.ch(['partner', 'spouse'])} ").nm(partner.first)
    c.t("\n\nWeight history\nDate        Wt (kg)   BMI    %TWL\n")
    d = op - timedelta(days=c.ri(1, 3))
    w = w0
    rows = [d, op + timedelta(days=c.ri(40, 50)), op + timedelta(days=c.ri(85, 100))]
    if (c.today - op).days > 200:
        rows.append(op + timedelta(days=c.ri(175, 190)))
    rows.append(c.today)
    for i, rd in enumerate(rows):
        if i:
            w = round(w * c.r.uniform(0.84, 0.93), 1)
        c.d(rd, "dmonyy").t("   ").c(f"{w:.1f}").pad(f"{w:.1f}", 10).c(bmi(w, h)).t("   ")
        c.c(f"{(w0 - w) / w0 * 100:.1f}" if i else "-").t("\n")
    c.t("\nIntake: ").c(f"protein ~{c.ri(50, 85)} g/day").t(" (").c(f"{c.ri(2, 3)} protein shakes").t("), ")
    c.c(f"fluid {c.fl(1.2, 2.2)} L/day").t(f"; eating {c.ri(3, 5)} small meals, chewing well; ")
    c.t(c.ch(["occasional regurgitation with bread", "no vomiting", "some food aversion to red meat"]) + ".\n")
    c.t("Supplements: ").cl(supps_uk(c, False)[:3], "; ").t("\n")
    c.t("Bowels: ").c(c.ch(["constipated - Laxido 1 sachet OD", "regular", "loose after dairy"])).t("\n")
    c.t(f"Plan: continue; aim {c.ri(60, 80)} g protein; next review at 12 months (").d(op + timedelta(days=365), "my")
    c.t(") with bloods.\n\n").nm(diet.fl).t(", Specialist Bariatric Dietitian  HCPC ").id(hcpc_no(c.r, "DT")).t("\n")
    return _end(c, q, dob, [("mrn", hn)])


def en_glp1_record(c: C) -> Note:
    q = c.pat()
    np_, pharm = c.staff("f"), c.staff()
    dob, _age = c.adult(24, 64)
    h = height(c, q)
    w = heavy(c, h, 35, 48)
    nhs = nhs_no(c.r)
    st = c.dt(-130, -95)
    i1 = c.ini(np_)
    c.t("WEIGHT MANAGEMENT SERVICE - GLP-1 RA PRESCRIBING RECORD (specialist initiation)\n")
    c.t("Patient: ").nm(q.fL).t(" | DOB ").d(dob, "d/m/y").t(" | NHS ").id(_nhs(c, nhs)).t(" | mob ")
    c.ph(phone(c)).t(" (delivery texts)\n")
    c.t("Eligibility: BMI ").c(bmi(w, h)).t(" + ").c(c.ch(["hypertension", "T2DM", "OSA", "dyslipidaemia"]))
    c.t(" [x]   Tier 3 engagement [x]\nBaseline: wt ").c(f"{w} kg").t(", HbA1c ").c(hba1c(c, True, False))
    c.t(", eGFR ").c(f"{c.ri(70, 110)}").t(", ALT ").c(f"{c.ri(18, 64)} U/L")
    if q.sex == "f":
        c.t("\nContraception: ").c(c.ch(["LNG-IUS in situ", "POP - advised additional barrier", "not sexually active"]))
    c.t(f"\nDrug: {c.ch(['Wegovy', 'Mounjaro'])} pen, supplied by homecare\n\n")
    c.t("Dose      Start       Wt (kg)  Side effects              By\n")
    mg = ["0.25 mg", "0.5 mg", "1 mg", "1.7 mg", "2.4 mg"]
    d = st
    for i in range(c.ri(3, 5)):
        w2 = round(w * (1 - 0.022 * i - c.r.uniform(0, 0.01)), 1)
        se = c.ch(["nil", "mild nausea", "constipation", "reflux - omeprazole 20 mg", "nil", "fatigue wk 1"])
        c.c(mg[i]).pad(mg[i], 10).d(d, "dotyy").t("    ").c(f"{w2:.1f}").t("    ").c(se).pad(se, 26).t(i1 + "\n")
        d += timedelta(days=28)
    c.t("\nPrescriber: ").nm(np_.fl).t(", Non-Medical Prescriber (Bariatric CNS), NMC PIN ").id(nmc_pin(c.r))
    c.t("\nClinical check: ").nm(pharm.fi).t(", Specialist Pharmacist\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_preassess(c: C) -> Note:
    q = c.pat()
    sur, nurse = c.staff(), c.staff("f")
    nok = c.rel(q, c.ch("mf"), same=c.yes(0.5))
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 56)
    hn = _hosp_en(c)
    seen = c.wdt(-3, 0)
    tci = seen + timedelta(days=c.ri(10, 24))
    rel = c.ch(["sister", "brother", "mum", "son", "daughter"]) if nok.last == q.last else c.ch(["partner", "friend"])
    c.t("PRE-OPERATIVE ASSESSMENT - BARIATRIC\nSeen: ").t(f"{c.wd(seen, 1)} ").d(seen, "nthsh").t("   TCI: ")
    c.d(tci, "dmy").t(f"   Surgeon: {sur.st} ").nm(sur.last).t("\nPatient: ").nm(q.LFF).t("   Hosp no ").id(hn)
    c.t("   DOB ").d(dob, "dmy").t("\nProcedure: ").c("laparoscopic sleeve gastrectomy").t("\n\n")
    c.t("Wt ").c(f"{w} kg").t("  Ht ").c(f"{h * 100:.0f} cm").t("  BMI ").c(bmi(w, h)).t("  Neck ")
    c.c(f"{c.ri(40, 50)} cm").t("\nSTOP-BANG ").c(f"{c.ri(4, 7)}/8").t("; sleep study ").d(c.dt(-300, -120), "mshy")
    c.t(": AHI ").c(f"{c.ri(18, 70)}/h").t(", ODI ").c(f"{c.ri(15, 60)}").t("; CPAP compliant ")
    c.c(f"{c.fl(4.5, 7.8)} h/night").t("\nAirway: Mallampati ").c(str(c.ri(2, 4))).t(", TMD ")
    c.c(c.ch(["> 6.5 cm", "6 cm"])).t(", mouth opening ").c("3 fb").t("\nObs: BP ").c(f"{c.ri(128, 160)}/{c.ri(76, 98)}")
    c.t(", HR ").c(str(c.ri(64, 98))).t(", SpO2 ").c(f"{c.ri(93, 98)}% RA").t("\nBloods: Hb ").c(str(c.ri(118, 152)))
    c.t(", plt ").c(str(c.ri(180, 390))).t(", eGFR ").c(c.ch([">90", str(c.ri(60, 89))])).t(", HbA1c ")
    c.c(hba1c(c)).t(", G&S ").c("sent").t("\nECG: ").c(c.ch(["SR 78", "SR 92, LAD", "SR 64, normal"])).t("\n\n")
    c.t("Plan: ASA ").c("3").t("; bring CPAP on admission; ").c("liver reduction diet from 2 weeks pre-op").t("; ")
    c.t("omit ").c(c.ch(["metformin on the morning of surgery", "ramipril on the day", "semaglutide 1 week before"]))
    c.t("\nNOK: ").nm(nok.fl).t(f" ({rel}) ").ph(phone(c)).t("\nAssessed by: ").nm(nurse.fl)
    c.t(", Pre-op Nurse Practitioner\n")
    return _end(c, q, dob, [("mrn", hn)])


def en_postop_lower(c: C) -> Note:
    q = c.pat()
    cons, fy = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    dob, _age = c.adult(25, 60)
    hn = _hosp_en(c).lower()
    w = c.ri(110, 160)
    c.t(f"pod1 {c.ch(['lrygb', 'lap sleeve', 'oagb'])} - ward round {c.tm(7, 9, False)}\n")
    c.t("pt: ").nm(q.low).t("  hosp no ").id(hn).t("  dob ").d(dob, "d/m/yy").t("\n")
    c.t(f"seen w/ {cons.st.lower()} ").nm(cons.last.lower()).t(" (cons) + ").nm(fy.first.lower()).t(" (fy1)\n")
    c.t("o/e: comf, mobilised x2, obs stable hr ").c(str(c.ri(72, 104))).t(" bp ").c(f"{c.ri(118, 150)}/{c.ri(64, 90)}")
    c.t(" sats ").c(f"{c.ri(93, 97)}% {c.ch(['ra', '2l'])}").t(" t ").c(f"{c.fl(36.6, 37.6)}").t("\n")
    c.t("abdo soft, port sites clean, no peritonism\n")
    c.t("fluids: tolerating ").c(f"{c.ch([30, 60])} ml/hr").t(" sips, uo ").c(f"{c.fl(0.5, 1.2)} ml/kg/hr").t("\n")
    c.t("bloods: hb ").c(str(c.ri(110, 140))).t(" (pre ").c(str(c.ri(130, 150))).t("), wcc ").c(c.fl(8, 14))
    c.t(", crp ").c(str(c.ri(30, 140))).t("\nplan:\n - step up to free fluids, ").c("protein shakes from day 2")
    c.t("\n - ").c(f"enoxaparin {60 if w > 120 else 40} mg sc od").t(" + teds, ").c("28 days")
    c.t("\n - ").c("omeprazole 20 mg od (dispersible)").t("\n - ").c("paracetamol 1 g qds (liquid)")
    c.t(f"\n - {c.ch(['wife', 'husband', 'partner'])} ").nm(sp.first.lower()).t(" aware, will ring ward later on ")
    c.ph(phone(c)).t("\n - ?d/c tomorrow if crp trending down, hr < 100\n").nm(fy.first.lower()[0] + " " + fy.last.lower())
    c.t(" fy1\n")
    return _end(c, q, dob, [("mrn", hn)])


def en_ifr_contour(c: C) -> Note:
    q = c.pat()
    gp = c.staff()
    dob, _age = c.adult(28, 60)
    h = height(c, q)
    w0 = heavy(c, h, 46, 58)
    w1 = round(h * h * c.r.uniform(26.5, 31.5), 1)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["en"])[0]
    op = date(c.today.year - c.ri(2, 4), c.ri(1, 12), c.ri(1, 28))
    stable = c.today - timedelta(days=c.ri(400, 560))
    c.t("INDIVIDUAL FUNDING REQUEST - Body contouring after massive weight loss\n\nSection 1 - Patient\n")
    c.t("Surname: ").nm(q.last.upper()).t("        Forename(s): ").nm(q.first).t("\nNHS number: ").id(nhs)
    c.t("\nDate of birth: ").d(dob, "ddsh").t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc)
    c.t("\nEmail (for appointment letters): ").em(q.pmail(c.ch(["gmail.com", "icloud.com", "hotmail.com"]), dob.year, c.ri(0, 4)))
    c.t("\n\nSection 2 - Weight history\nPre-operative weight ").c(f"{w0} kg").t(" (BMI ").c(bmi(w0, h)).t(")")
    c.t("\nSurgery: ").c(c.ch(["RYGB", "sleeve gastrectomy"])).t(", Salford Royal, ").d(op, "dmy")
    c.t("\nCurrent weight ").c(f"{w1} kg").t(" (BMI ").c(bmi(w1, h)).t("), stable within ").c("2 kg")
    c.t(" since ").d(stable, "mm/y").t("\n\nSection 3 - Clinical need\n")
    c.c("Recurrent intertrigo under a grade 3 pannus").t(f", {c.ri(3, 7)} courses of ").c("clotrimazole 1% cream")
    c.t(" and ").c("flucloxacillin 500 mg QDS").t(" in the past year; ").c("skin breakdown").t(" requiring practice nurse dressings. ")
    c.t("Impact on mobility and intimacy; PHQ-9 ").c(str(c.ri(9, 18))).t(".\nNon-smoker (CO ").c(f"{c.ri(1, 3)} ppm")
    c.t("), HbA1c ").c(hba1c(c, True, False)).t(", Hb ").c(f"{c.ri(118, 145)} g/L").t("\n\nSection 4 - Photographs\n")
    c.t("Uploaded by the patient via ").p("URL", f"https://photos.gmhealth.nhs.uk/ifr/u/{c.tok(14)}").t("\n\n")
    c.t("Requested by: Dr ").nm(gp.fl).t(", GP, ").ad(gtown).t("   Date: ").d(c.today, "dmy").t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_support_group(c: C) -> Note:
    q = c.pat()
    cns, diet = c.staff("f"), c.staff()
    dob, _ = c.adult(28, 62)
    d = c.wdt(-2, 0)
    others = [c.pat() for _ in range(c.ri(2, 4))]
    c.t("Bariatric Support Group - evening session (hybrid)\n").t(f"{c.wd(d, 1)} ").d(d, "dmy").t(" 18:30-20:00\n")
    c.t("Facilitator: ").nm(cns.fl).t(" (Bariatric CNS); guest: ").nm(diet.fl).t(" (Specialist Dietitian) - ")
    c.t(c.ch(['"Protein first"', '"Eating out after surgery"', '"Alcohol and transfer addiction"']) + "\n\n")
    c.t("Name                  Procedure   Op date    Now        Notes\n")
    for i, p in enumerate([q] + others):
        nm = p.fl if i == 0 else c.ch([p.fl, f"{p.first} {_ascii(p.last)[0]}"])
        c.nm(nm).pad(nm, 22)
        pr = c.ch(["RYGB", "sleeve", "OAGB", "band"])
        c.c(pr).pad(pr, 12)
        if c.yes(0.75):
            od = c.dt(-900, -60)
            c.d(od, "myapos").pad(fmt(od, "myapos"), 11)
            lost = f"-{c.ri(12, 60)} kg"
        else:
            c.t("pre-op     ")
            lost = "awaiting date"
        c.c(lost).pad(lost, 11)
        c.t(c.ch(["first time", "on Zoom", "struggling w/ hair loss", "regain ~5 kg", "brought a friend",
                  "going back to work"]) + "\n")
    nd = d + timedelta(days=28)
    c.t("\nNext session: ").t(f"{c.wd(nd)} ").d(nd, "dmo").t(" (same time). Notes by ").nm(cns.first).t(".\n")
    return _end(c, q, dob, [])


# ---------------------------------------------------------------------------------------- Scotland (3)
def sc_nutrition_bloods(c: C) -> Note:
    q = c.pat()
    diet, gp = c.staff(), c.staff()
    dob, _age = c.adult(30, 65)
    chi = chi_no(c.r, dob, q.sex)
    op_y = c.today.year - c.ri(1, 5)
    gtown = c.ch(TOWNS["sc"])[0]
    when = c.dt(-14, -3)
    c.t("Bariatric Surgery Annual Review - Nutritional Bloods\n").t("CHI: ").id(chi).t("   Name: ").nm(q.LF)
    c.t("   DOB: ").d(dob, "dmy").t(f"\nProcedure: RYGB ({op_y})\nSample collected: ").d(when, "iso")
    c.t(f"T{c.tm(8, 11)}   Lab no. ").id(f"{when.year % 100}B{c.dig(6)}").t("\n\n")
    c.t("Test              Result   Units      Ref range     Flag\n")
    rows = [("Haemoglobin", str(c.ri(104, 142)), "g/L", "115-165"), ("Ferritin", str(c.ri(5, 60)), "ug/L", "15-300"),
            ("Folate", c.fl(2.5, 12), "ug/L", ">3.9"), ("Vitamin B12", str(c.ri(150, 620)), "ng/L", "197-771"),
            ("25-OH vitamin D", str(c.ri(22, 90)), "nmol/L", ">50"), ("PTH", c.fl(3.0, 11.5), "pmol/L", "1.6-6.9"),
            ("Adj calcium", f"{c.r.uniform(2.15, 2.5):.2f}", "mmol/L", "2.20-2.60"),
            ("Albumin", str(c.ri(33, 45)), "g/L", "35-50"), ("Zinc", c.fl(8.5, 16), "umol/L", "11-24"),
            ("Copper", c.fl(9, 20), "umol/L", "11-22"), ("HbA1c", str(c.ri(33, 47)), "mmol/mol", "<42")]
    for name, val, unit, ref in rows:
        lo = re.findall(r"[\d.]+", ref)
        flag = ""
        if ref.startswith(">") and float(val) < float(lo[0]) or "-" in ref and float(val) < float(lo[0]):
            flag = "L"
        elif "-" in ref and float(val) > float(lo[1]) or ref.startswith("<") and float(val) > float(lo[0]):
            flag = "H"
        c.t(name).pad(name, 18).c(val).pad(val, 9).t(unit).pad(unit, 11).t(ref).pad(ref, 14).t(flag + "\n")
    c.t("\nPlan (").nm(diet.fl).t(", bariatric dietitian): ").c(c.ch(["increase ferrous fumarate 210 mg to BD",
                                                                    "start ferrous fumarate 210 mg OD"]))
    c.t("; ").c("colecalciferol 40,000 units weekly for 7 weeks").t(" then ").c("3,200 units daily").t("; continue ")
    c.c("Forceval 1 daily").t(" and ").c("hydroxocobalamin 1 mg IM 3-monthly").t(". Repeat ferritin and PTH in ")
    c.c("3 months").t(".\nCopy to GP: Dr ").nm(gp.fi_).t(", ").ad(gtown).t(" Medical Group\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_psychology(c: C) -> Note:
    q = c.pat()
    psy, sur = c.staff(), c.staff()
    partner = c.rel(q, "f" if q.sex == "m" else "m", same=False)
    gran = c.rel(q, "f", same=c.yes(0.5))
    dob, age = c.adult(24, 55)
    chi = chi_no(c.r, dob, q.sex)
    _line, town, _pc, _area = place(c)
    gage = c.old(84, 98)
    c.t("Clinical Health Psychology - Pre-bariatric Surgery Assessment\n\n")
    c.t("Name: ").nm(q.fl).t("        CHI: ").id(chi).t("\nDate of assessment: ").d(c.dt(-12, -2), "nth")
    c.t(f"\nReferrer: {sur.st} ").nm(sur.fl).t(", Consultant Bariatric Surgeon\n\nBackground\n").nm(q.first)
    c.t(f" is a {age}-year-old {c.ch(['care assistant', 'bus driver', 'call-centre team leader', 'student nurse', 'retail manager'])} ")
    c.t("who lives in ").ad(town).t(" with ").nm(partner.first).t(f" ({c.ch(['partner', 'husband' if partner.sex == 'm' else 'wife'])}) ")
    c.t(f"and {q.his} gran, ").nm(gran.fl).t(" (aged ").age(gage).t(f"), whom {q.he} helps to care for. ")
    c.t(f"{q.He} describes emotional eating since {c.ch(['school', 'a bereavement in her teens' if q.sex == 'f' else 'a bereavement in his teens', 'leaving the army'])} ")
    c.t(f"and night-time grazing {c.ri(2, 5)} times a week; no compensatory behaviours.\n\nMeasures\n")
    c.t("PHQ-9 ").c(str(c.ri(4, 14))).t("   GAD-7 ").c(str(c.ri(3, 12))).t("   BES ").c(str(c.ri(10, 26)))
    c.t("   EDE-Q global ").c(c.fl(1.2, 3.6)).t("   AUDIT-C ").c(str(c.ri(0, 5))).t("\n\n")
    c.t("Formulation: eating is the main strategy for managing low mood and caring stress. No evidence of ")
    c.c("binge eating disorder").t(" meeting DSM-5 threshold; ").c("no active suicidal ideation").t(".\n\n")
    c.t(f"Recommendation: psychologically suitable to proceed. Offered {c.ri(3, 6)} sessions of ")
    c.c("CBT for emotional eating").t(" pre-operatively; to attend the support group.\n\nDr ").nm(psy.fl)
    c.t("\nClinical Psychologist, HCPC ").id(hcpc_no(c.r, "PYL")).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_surgery_letter(c: C) -> Note:
    q = c.pat()
    co, cns = c.staff(), c.staff()
    dob, _age = c.adult(26, 62)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _area = place(c)
    op = c.wdt(25, 50)
    lrd = op - timedelta(days=14)
    c.t("Private and Confidential\n\n").t(f"{q.title} ").nm(c.ch([q.fl, q.fi])).t("\n").ad(line).t("\n").ad(town)
    c.t("\n").zp(pc).t("\n\nYour CHI number: ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("\nDate: ")
    c.d(c.today, "long").t(f"\n\nDear {q.title} ").nm(q.last).t("\n\nYour operation: ").c(c.ch(["laparoscopic sleeve gastrectomy",
                                                                                              "laparoscopic gastric bypass"]))
    c.t("\n\nI am pleased to confirm that your operation has been booked for ").t(f"{c.wd(op)} ").d(op, "nth")
    c.t(". Please come to the Surgical Admissions Unit, Ninewells Hospital, at 07:00, having had nothing to eat from ")
    c.t("midnight.\n\nLiver reduction diet: please start this on ").t(f"{c.wd(lrd)} ").d(lrd, "dmo")
    c.t(" and follow it for ").c("14 days").t(" (").c("about 1000 kcal a day").t(").\n")
    if c.yes(0.6):
        c.t("Please stop your ").c("Ozempic (semaglutide 1 mg weekly)").t(" one week before; last dose no later than ")
        c.d(op - timedelta(days=7), "nthmo").t(".\n")
    c.t("\n").nm(cns.first).t(", one of our Bariatric Nurse Specialists, will telephone you the week before. ")
    c.t("If you cannot attend, please call the team on ").ph(phone(c, "01382", False))
    c.t(" (Monday to Friday, 9am-4pm).\n\nKind regards\n\n").nm(co.fl).t("\nBariatric Pathway Coordinator\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales (2)
def cy_op_note(c: C) -> Note:
    q = c.pat()
    sur, asst, an, scrub = c.staff(), c.staff(), c.staff(), c.staff()
    dob, _age = c.adult(26, 60)
    h = height(c, q)
    w = heavy(c, h, 40, 52)
    nhs = nhs_no(c.r)
    mrn = c.ch(["B", "G"]) + c.dig(6) + c.ch("ABCDEFGHJK")
    d = c.wdt(-3, 0)
    c.t("OPERATION NOTE - Welsh Institute of Metabolic and Obesity Surgery, Morriston Hospital\n")
    c.t("Name: ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("   NHS no: ").id(_nhs(c, nhs)).t("   MRN: ").id(mrn)
    c.t("\nDate: ").d(d, "dmy").t(f"   Knife to skin {c.tm(8, 9)}, closure {c.tm(10, 11)}\n")
    c.t(f"Surgeon: {sur.st} ").nm(sur.fi).t("   Assistant: Dr ").nm(asst.fl).t(" (ST6)   Anaesthetist: Dr ").nm(an.fi_)
    c.t("   Scrub: ").nm(scrub.first).t(" (SN)\n\nProcedure: ").c("Laparoscopic sleeve gastrectomy").t("\n")
    c.t("Indication: BMI ").c(bmi(w, h)).t(" (wt ").c(f"{w} kg").t(") with ").c(c.ch(["T2DM", "OSA", "HTN", "PCOS"])).t("\n\n")
    c.t("Findings: ").c(c.ch(["large fatty liver", "moderately fatty liver", "normal-looking liver"])).t("; ")
    c.c(c.ch(["small hiatus hernia - crura approximated with 2 x 0 Ethibond", "no hiatus hernia"])).t("\n")
    c.t("Steps:\n- ").c("5 ports").t(", liver retractor via subxiphoid stab\n- greater curve mobilised from ")
    c.c(f"{c.ri(3, 6)} cm proximal to pylorus").t(" to the left crus\n- ").c(f"{c.ch([36, 38, 40])} Fr bougie")
    c.t("; ").c(f"{c.ri(5, 7)} x 60 mm staple loads").t(" (").c("first two black, then purple").t(")\n- staple line ")
    c.c(c.ch(["oversewn with 3/0 V-Loc", "reinforced with clips", "not reinforced"])).t("\n- leak test: ")
    c.c("methylene blue 60 mL - negative").t("\n- specimen retrieved via 15 mm port, fascia closed\n")
    c.t("EBL: ").c(c.ch(["< 50 mL", "minimal", "100 mL"])).t("\n\nPost-op: ").c("free fluids at 4 h")
    c.t("; ").c("enoxaparin 60 mg SC OD for 28 days").t("; ").c("omeprazole 20 mg OD for 6 months")
    c.t("; bloods day 1 incl. CRP; ERAS pathway.\n\nSigned: ").nm(sur.fi_).t(" (Consultant)\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", mrn)])


def cy_level3_discharge(c: C) -> Note:
    q = c.pat()
    diet, gp = c.staff(), c.staff()
    dob, _age = c.adult(25, 68)
    h = height(c, q)
    w0 = heavy(c, h, 36, 46)
    w1 = round(w0 * c.r.uniform(0.9, 0.98), 1)
    nhs = nhs_no(c.r)
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["cy"])[0]
    st = c.dt(-200, -150)
    c.t("All Wales Weight Management Pathway - Level 3 (Swansea Bay)\nDISCHARGE SUMMARY\n\n")
    c.t("To: Dr ").nm(gp.fi).t(", ").ad(gtown).t(" Health Centre\nPatient: ").nm(q.fl).t(", ").ad(line).t(", ")
    c.ad(town).t(" ").zp(pc).t("\nDOB: ").d(dob, "d-mo-y").t("   NHS: ").id(nhs)
    if c.yes(0.4):
        c.t("\nLanguage: Welsh speaker - correspondence in Welsh requested (Active Offer)")
    c.t("\n\nProgramme: 12-session group + 1:1 dietetics, ").d(st, "dmo").t(" to ").d(st + timedelta(days=c.ri(80, 95)), "long")
    c.t(f"\nAttendance: {c.ri(8, 12)}/12 sessions\n\nOutcomes (start -> end)\n")
    c.t("Weight       ").c(f"{w0} -> {w1} kg").t(" (").c(f"-{(w0 - w1) / w0 * 100:.1f}%").t(")\nBMI          ")
    c.c(f"{bmi(w0, h)} -> {bmi(w1, h)}").t("\nWaist        ").c(f"{c.ri(118, 140)} -> {c.ri(108, 130)} cm")
    c.t("\nPHQ-9        ").c(f"{c.ri(10, 18)} -> {c.ri(4, 11)}").t("\nEQ-5D VAS    ").c(f"{c.ri(30, 55)} -> {c.ri(55, 80)}")
    c.t("\n\nMedication: ").c(c.ch(["liraglutide 3 mg daily started", "semaglutide 2.4 mg weekly (month 5)",
                                    "no weight-loss medication"])).t("\n")
    c.t("Bariatric surgery discussed; patient ").t(c.ch(["does not wish to proceed at present",
                                                          "would like referral to WIMOS - referral sent",
                                                          "will consider after a further 6 months"]))
    c.t(".\n\n").nm(diet.fl).t(", Specialist Dietitian (HCPC ").id(hcpc_no(c.r, "DT")).t(")\n")
    return _end(c, q, dob, [("nhs", nhs)])


# ---------------------------------------------------------------------------------------- Northern Ireland (2)
def ni_triage(c: C) -> Note:
    q = c.pat()
    gp, lead = c.staff(), c.staff("f")
    dob, _age = c.adult(22, 66)
    h = height(c, q)
    w = heavy(c, h, 38, 52)
    hc = hc_no(c.r)
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["ni"])[0]
    rec = c.dt(-20, -5)
    grp = c.wdt(14, 40)
    c.t("REFERRAL TRIAGE - Adult Weight Management (Tier 3)\nReceived: ").d(rec, "dmyy").t(" via CCG e-referral\n\n")
    c.t("Patient: ").nm(q.LF).t(f" ({q.title})\nH&C: ").id(c.ch([hc, sp334(hc)])).t("\nDOB: ").d(dob, "dotyy")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\nMobile: ").ph(phone(c)).t("\nReferrer: Dr ")
    c.nm(gp.fi_).t(", ").ad(gtown).t("\n\nCriteria\n[x] BMI ").c(bmi(w, h)).t(" (wt ").c(f"{w} kg").t(")\n")
    c.t("[x] aged 18+\n[x] previous Tier 2 programme (").c(c.ch(["Slimming World 2022", "Weight to Go"])).t(")\n")
    c.t("[x] comorbidity: ").c(c.ch(["T2DM, HbA1c " + hba1c(c, True, True), "OSA on CPAP", "HTN, NAFLD"])).t("\n")
    c.t("[ ] eating disorder screen - SCOFF ").c(f"{c.ri(0, 2)}/5").t("\n\nOutcome: ACCEPT - routine. ")
    c.t("Booked to group induction ").t(f"{c.wd(grp, 1)} ").d(grp, "dsh").t(", Waterside Health Centre.\n")
    c.t("Triaged by: ").nm(lead.fl).t(", Dietetic Lead\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_dumping_letter(c: C) -> Note:
    q = c.pat("f")
    gp, cns = c.staff(), c.staff("f")
    dtr = c.rel(q, "f", same=c.yes(0.7))
    dob, _age = c.adult(38, 64)
    h = height(c, q)
    w0 = heavy(c, h, 44, 54)
    w1 = round(w0 * c.r.uniform(0.66, 0.76), 1)
    hc = hc_no(c.r)
    line, town, pc, _area = place(c)
    op = c.dt(-320, -200)
    seen = c.wdt(-5, 0)
    c.t("Regional Bariatric Service - Nurse Specialist Clinic, Ulster Hospital\nDate of clinic: ").d(seen, "dmy")
    c.t("\n\nDear Dr ").nm(gp.last).t(",\n\nRE: Mrs ").nm(q.fL).t(", DOB ").d(dob, "dot").t(", H&C ").id(sp334(hc))
    c.t("\n    ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\nI reviewed Mrs ").nm(q.last)
    c.t(f" today, {(seen - op).days // 30} months after her ").c("Roux-en-Y gastric bypass").t(" (").d(op, "nth")
    c.t("). Her daughter ").nm(dtr.first).t(" came with her. She describes ").c("early dumping").t(" within ")
    c.c("20 minutes").t(" of sweet drinks (").c(f"Sigstad score {c.ri(7, 14)}").t(") and ").c("late dumping")
    c.t(" about 2 hours after meals, with a capillary glucose of ").c(f"{c.fl(2.5, 3.4)} mmol/L").t(" on one occasion.\n\n")
    c.t("Weight ").c(f"{w1} kg").t(" (pre-op ").c(f"{w0} kg").t("), ").c(f"%TWL {(w0 - w1) / w0 * 100:.1f}").t(".\n\n")
    c.t("Plan:\n- dietary advice re low-GI meals, fluids separate from food\n- trial of ")
    c.c("acarbose 50 mg TDS with meals").t("\n- ").c("14-day CGM (Libre 2)").t(" - sensor applied today\n- review in ")
    c.c("6 weeks").t("\n\nYours sincerely\n\n").nm(cns.fl).t("\nBariatric Nurse Specialist\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (8)
def _mrn_us(c: C) -> str:
    return c.ch(["", "E", "MR"]) + c.dig(c.ch([8, 9]))


def _ht_us(h: float) -> str:
    inch = round(h / 0.0254)
    return f"{inch // 12}'{inch % 12}\""


def _member(c: C) -> str:
    return c.ch(["XOJ", "ZGP", "YXT", "HMO", "W"]) + c.dig(9)


def us_precert(c: C) -> Note:
    q = c.middle(c.pat())
    psy, rd, coord = c.staff(), c.staff("f"), c.staff("f")
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 52)
    mrn = _mrn_us(c)
    mem = _member(c)
    ssn4 = f"{c.ri(1, 9999):04d}"
    c.t("BARIATRIC SURGERY PRE-CERTIFICATION CHECKLIST\nGulf Coast Bariatric & Metabolic Center\n\n")
    c.t("Patient: ").nm(q.lfmid).t("     DOB: ").d(dob, "us").t("     MRN: ").id(mrn).t("\n")
    c.t(f"Insurance: {c.ch(['BCBS of Texas PPO', 'UnitedHealthcare Choice Plus', 'Cigna OAP', 'Aetna Open Access'])}")
    c.t("   Member ID: ").id(mem).t(f"   Group #: {c.dig(6)}\nSSN (last 4): ").p("SSN", ssn4).t("\n")
    c.t("Procedure requested: ").c(c.ch(["Laparoscopic sleeve gastrectomy (CPT 43775)",
                                        "Laparoscopic Roux-en-Y gastric bypass (CPT 43644)"]))
    c.t("   Dx: E66.01, Z68.4x\nBMI: ").c(bmi(w, h)).t(" (wt ").c(f"{lb(w)} lb").t(", ht ").c(_ht_us(h)).t(")\n\n")
    c.t("[x] 6 consecutive months physician-supervised diet:\n")
    d = c.dt(-210, -195)
    ww = w + c.ri(3, 8)
    for _ in range(6):
        c.t("     ").d(d, "us").t("   wt ").c(f"{lb(ww)} lb").t("\n")
        d += timedelta(days=c.ri(27, 33))
        ww = round(ww - c.r.uniform(-0.5, 1.8), 1)
    c.t("[x] Psych clearance - ").nm(psy.fl).t(", PhD - ").d(c.dt(-40, -20), "us").t("\n")
    c.t("[x] Nutrition clearance - ").nm(rd.fl).t(", RD, LD - ").d(c.dt(-30, -10), "us").t("\n")
    c.t("[x] Sleep study - ").c(f"AHI {c.ri(8, 55)}").t("; CPAP ").c(c.ch(["started", "not required"])).t("\n")
    c.t("[x] EGD ").d(c.dt(-60, -20), "md").t(" - ").c(c.ch(["LA grade A esophagitis", "small hiatal hernia",
                                                               "normal"])).t(", H. pylori ").c("neg").t("\n")
    c.t("[x] Nicotine: cotinine ").c("negative").t("\n\nSubmitted by: ").nm(coord.fl).t(", Insurance Coordinator  ")
    c.ph(phone(c, "713", False)).t(" ext. " + str(c.ri(2100, 2999)) + "\nAuth ref: ").id(f"A{c.dig(10)}").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)])


def us_glp1_visit(c: C) -> Note:
    q = c.pat()
    np_ = c.staff("f")
    dob, _age = c.adult(26, 62)
    h = height(c, q)
    w0 = heavy(c, h, 36, 44)
    w1 = round(w0 * c.r.uniform(0.86, 0.93), 1)
    mrn = _mrn_us(c)
    st = c.dt(-170, -120)
    dose_d = c.dt(-60, -40)
    c.t("Bayou City Medical Weight Loss - Progress Note\n")
    c.t("Patient: ").nm(q.fm_l).t("   DOB: ").d(dob, "usdash").t("   Acct: ").id(mrn).t("   Visit: ").d(c.today, "us1")
    c.t("\nCell (refill texts): ").ph(phone(c, c.ch(["281", "832", "713"]))).t("\n\n")
    c.t("CC: f/u anti-obesity medication\nWt ").c(f"{lb(w1)} lb").t(" (start ").c(f"{lb(w0)} lb").t(" on ").d(st, "us1")
    c.t(" = ").c(f"-{(w0 - w1) / w0 * 100:.1f}%").t("), BMI ").c(bmi(w1, h)).t(", BP ").c(f"{c.ri(116, 142)}/{c.ri(70, 90)}")
    cur, nxt = c.ch([("Zepbound 7.5 mg SC weekly", "Zepbound 10 mg weekly x4 wk"),
                     ("Wegovy 1.7 mg SC weekly", "Wegovy 2.4 mg weekly"),
                     ("tirzepatide 5 mg SC weekly (compounded)", "tirzepatide 7.5 mg weekly")])
    c.t(", HR ").c(str(c.ri(66, 96))).t("\nCurrent: ").c(cur)
    c.t(" since ").d(dose_d, "md").t("\nSE: ").c(c.ch(["mild constipation", "early satiety", "nausea day 1-2 post dose"]))
    c.t("; denies abdominal pain, no pancreatitis/gallbladder sx\nLabs ").d(c.dt(-20, -5), "us1yy").t(": A1c ")
    c.c(hba1c(c, False, False)).t(", TG ").c(str(c.ri(90, 240))).t(", ALT ").c(str(c.ri(16, 58))).t(", lipase ")
    c.c(str(c.ri(20, 60))).t("\n\nA/P: ").c("Obesity class II").t(" w/ ").c(c.ch(["prediabetes", "HTN", "OSA", "PCOS" if q.sex == "f" else "MASLD"]))
    c.t("\n- increase to ").c(nxt).t("\n- PA approved through ")
    c.d(c.today + timedelta(days=c.ri(150, 200)), "mm/y").t(" (PA# ").id(c.dig(10)).t(")\n- protein ")
    c.c("80-100 g/d").t(", resistance training 2x/wk\n- RTC 4 wk\n\n").nm(np_.fl).t(", FNP-C\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_rygb_opnote(c: C) -> Note:
    q = c.middle(c.pat())
    sur, pa, an = c.staff(), c.staff(), c.staff()
    c.middle(sur)
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 60)
    mrn = _mrn_us(c)
    dos = c.wdt(-2, 0)
    c.t("OPERATIVE REPORT\n\nPatient Name: ").nm(q.lfmid).t("\nMRN: ").id(mrn).t("\nDATE OF SERVICE: ").d(dos, "us")
    c.t("\n\nPREOPERATIVE DIAGNOSIS: ").c(f"Morbid obesity, BMI {bmi(w, h)}").t(", ").c(c.ch(["type 2 diabetes",
                                                                                            "GERD", "OSA"]))
    c.t("\nPOSTOPERATIVE DIAGNOSIS: Same\nPROCEDURE: ").c("Laparoscopic Roux-en-Y gastric bypass, antecolic, antegastric")
    c.t("; ").c("EGD").t("\nSURGEON: ").nm(sur.fml).t(", MD, FACS\nASSISTANT: ").nm(pa.fl).t(", PA-C\n")
    c.t("ANESTHESIOLOGIST: ").nm(an.fl).t(", MD\nANESTHESIA: General endotracheal\nEBL: ")
    c.c(f"{c.ch([15, 20, 25, 50])} mL").t("\nSPECIMENS: None\nDRAINS: ")
    if c.yes(0.3):
        c.c("19 Fr Blake").t(" in the left upper quadrant\n\n")
    else:
        c.t("None\n\n")
    c.t("FINDINGS: ").c(c.ch(["Enlarged fatty liver", "Moderate steatosis"])).t(", ")
    c.c(c.ch(["no hiatal hernia", "2 cm hiatal hernia repaired posteriorly"])).t(".\n\nDESCRIPTION: After consent ")
    c.t("the patient was taken to the OR and placed supine... A ").c(f"{c.ch([25, 30])} mL gastric pouch").t(" was ")
    c.t("created with ").c("60 mm tan loads").t(". The ligament of Treitz was identified; the biliopancreatic limb ")
    c.t("measured ").c(f"{c.ch([50, 75, 100])} cm").t(" and the Roux limb ").c(f"{c.ch([100, 125, 150])} cm").t(". ")
    c.t("Jejunojejunostomy with a ").c("60 mm white load").t("; common enterotomy closed with ").c("2-0 V-Loc")
    c.t(". Gastrojejunostomy ").c("linear stapled, 25 mm").t("; mesenteric and Petersen defects closed. ")
    c.c("Intraoperative EGD leak test negative").t(". Sponge and needle counts correct x2.\n\n")
    c.t("Electronically signed by ").nm(sur.fml).t(", MD on ").d(dos, "us").t(f" {c.tm(12, 18)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_postdc_call(c: C) -> Note:
    q = c.pat()
    rn = c.staff("f")
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.7))
    dob, _age = c.adult(24, 62)
    mrn = _mrn_us(c)
    op = c.dt(-5, -3)
    call = op + timedelta(days=c.ri(2, 3))
    c.t("Post-Discharge Phone Call - Bariatric (POD ").t(str((call - op).days)).t(")\n")
    c.t("Pt: ").nm(q.fl).t("  DOB ").d(dob, "us1").t("  MRN ").id(mrn).t("  Surgery: ").c(c.ch(["LSG", "LRYGB"]))
    c.t(" ").d(op, "md").t("\nCall ").d(call, "us1yy").t(f" at {c.tm(9, 16, False)}. ")
    if c.yes(0.5):
        c.t("Pt asleep; spoke with pt's ").t("husband" if sp.sex == "m" else "wife").t(", ").nm(sp.first)
        c.t(", per pt's HIPAA release.\n")
    else:
        c.t("Spoke with pt; ").t("husband" if sp.sex == "m" else "wife").t(" ").nm(sp.fl).t(" also on speaker.\n")
    c.t("Fluids: ").c(f"~{c.ri(32, 64)} oz/day").t(" (goal ").c("64 oz").t("), protein shakes ").c(f"{c.ri(1, 3)}/day")
    c.t("\nPain: ").c(f"{c.ri(2, 5)}/10").t(" on ").c("acetaminophen 650 mg q6h liquid").t("; incisions ")
    c.c(c.ch(["clean/dry", "mild bruising LUQ", "slight serous drainage from umbilical port"])).t("\nNausea: ")
    c.c(c.ch(["none", "mild, relieved by ondansetron 4 mg ODT", "AM only"])).t("; voiding ")
    c.c(c.ch(["well", "q3-4h", "less than usual - encouraged sips"])).t("\nMeds reviewed: ").c("enoxaparin 40 mg SC q12h x 14 days")
    c.t(", ").c("pantoprazole 40 mg daily").t(", ").c("ursodiol 300 mg BID x 6 mo").t(" - pt/family doing injections ok.\n")
    c.t("Reinforced: red flags (HR > 120, fever, CP/SOB, unable to keep fluids). Post-op visit ").d(op + timedelta(days=c.ri(12, 16)), "md")
    c.t(". Call-back no. ").ph(phone(c, c.ch(["281", "832", "936", "409"]))).t(" verified.\n").nm(rn.fl).t(", BSN, RN\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_psych_eval(c: C) -> Note:
    q = c.pat()
    psy, sur = c.staff(), c.staff()
    sis = c.rel(q, "f", same=c.yes(0.5))
    dob, age = c.adult(22, 60)
    mrn = _mrn_us(c)
    _line, town, _z, area = place(c)
    d = c.wdt(-20, -5)
    c.t("PSYCHOLOGICAL EVALUATION FOR BARIATRIC SURGERY\n\n")
    c.t("Name: ").nm(q.fL).t("     DOB: ").d(dob, "usl").t("     MRN: ").id(mrn).t("\nDate of interview: ").d(d, "usl")
    c.t(" (in person)\nReferring surgeon: Dr. ").nm(sur.last).t("\n\nIdentifying information: ").nm(q.first)
    c.t(f" is a {age}-year-old {c.ch(['married', 'single', 'divorced'])} { {'tex': 'white', 'tej': 'Hispanic', 'aam': 'African American', 'nga': 'Nigerian American'}.get(q.grp, 'white')} ")
    c.t(f"{'man' if q.sex == 'm' else 'woman'} from ").ad(town).t(f", employed as a {c.ch(['school bus driver', 'HVAC technician', 'pharmacy tech', 'medical assistant', 'refinery operator'])}.\n\n")
    c.t("Weight history: obese since age ").c(str(c.ri(8, 16))).t("; highest ").c(f"{c.ri(280, 380)} lb").t("; ")
    c.t("prior attempts include phentermine (").c("37.5 mg").t(f", {c.ri(2016, 2022)}) and meal replacements.\n")
    c.t("Testing: MMPI-3 ").c(c.ch(["valid, no clinically significant elevations", "mild elevation on RC2 (low positive emotions)"]))
    c.t("; BES ").c(str(c.ri(8, 22))).t("; PHQ-9 ").c(str(c.ri(2, 12))).t("; GAD-7 ").c(str(c.ri(2, 10)))
    c.t("; AUDIT ").c(str(c.ri(0, 6))).t("\nCollateral: with consent, spoke with sister ").nm(sis.fl).t(" at ")
    c.ph(phone(c, area)).t(", who confirmed good family support.\n\nImpression: ").c(c.ch(["No contraindication", "Adjustment disorder, resolved"]))
    c.t(". ").c("Cleared for surgery").t(" with recommendation for 2 post-op psychotherapy check-ins.\n\n")
    c.nm(psy.fl).t(", PhD, Licensed Psychologist (TX Lic. ").id(str(c.ri(30000, 39999))).t(")\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_mbsaqip(c: C) -> Note:
    q = c.pat()
    rn = c.staff("f")
    dob, age = c.adult(60, 76)
    h = height(c, q)
    w = heavy(c, h, 37, 48)
    mbi = mbi_no(c.r)
    mrn = _mrn_us(c)
    _line, _town, z, _area = place(c)
    adm = c.dt(-50, -38)
    dc = adm + timedelta(days=c.ri(1, 2))
    c.t("MBSAQIP DATA ABSTRACTION - 30-DAY\nCase #: ").id(f"{c.today.year}-{c.dig(5)}").t("\n\n")
    c.t("Patient: ").nm(q.LFF).t("    DOB: ").d(dob, "usyy").t(f"    Age: {age}    Sex: {q.mf}\n")
    c.t("Medicare MBI: ").id(c.ch([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"])).t("    MRN: ").id(mrn).t("\n")
    c.t("Residence ZIP: ").zp(z).t("\nAdmission: ").d(adm, "usyy").t("   Operation: ").d(adm, "usyy").t("   Discharge: ")
    c.d(dc, "usyy").t("\nProcedure: ").c(c.ch(["Sleeve gastrectomy", "Roux-en-Y gastric bypass"])).t("   Approach: ")
    c.c("laparoscopic").t("   ASA: ").c(str(c.ri(2, 3))).t("\nSurgeon NPI: ").id(npi_no(c.r)).t("\n\n")
    c.t("Highest recorded BMI: ").c(f"{float(bmi(w, h)) + c.ri(2, 6):.1f}").t("   BMI at surgery: ").c(bmi(w, h))
    c.t("\nComorbidities: ").cl(comorbid(c, c.ri(2, 4), True)).t("\nPreop albumin ").c(f"{c.fl(3.4, 4.4)} g/dL")
    c.t("; HbA1c ").c(hba1c(c, False)).t("; creatinine ").c(c.fl(0.7, 1.3, 2)).t("\n\n30-day outcomes\n")
    c.t("Follow-up date: ").d(adm + timedelta(days=c.ri(28, 34)), "usyy").t("   Readmission: ").c(c.ch(["N", "N", "Y - dehydration"]))
    c.t("\nReoperation: ").c("N").t("   Leak: ").c("N").t("   VTE: ").c("N").t("   ED visit: ").c(c.ch(["N", "Y"]))
    c.t("\n\nClinical reviewer: ").nm(rn.fl).t(", RN, MBSAQIP MBSCR\n")
    return _end(c, q, dob, [("mbi", mbi), ("mrn", mrn)])


def us_portal_thread(c: C) -> Note:
    q = c.pat()
    rn = c.staff("f")
    dob, _age = c.adult(24, 58)
    mrn = _mrn_us(c)
    op = c.dt(-150, -100)
    s1 = c.dt(-2, -1)
    s2 = s1 + timedelta(days=1)
    c.t("Patient Message - Bariatric Surgery Nurse Pool\nMRN: ").id(mrn).t("\n\nFrom: ").nm(q.fl).t("\nSent: ")
    c.d(s1, "us1").t(f" {c.ri(6, 10)}:{c.ri(10, 59)} PM   (web, IP ").p("IP", c.ip()).t(")\nSubject: vitamins / hair falling out\n\n")
    c.t(f"Hi, I'm {(s1 - op).days // 30} months out from my {c.ch(['sleeve', 'bypass'])} (").d(op, "md")
    c.t(") and my hair is coming out in clumps in the shower. I'm down ").c(f"{c.ri(45, 80)} lb").t(". Taking ")
    c.c("bariatric chewable multi 2/day").t(" and ").c("calcium citrate 500 mg 3x/day").t(", protein maybe ")
    c.c(f"{c.ri(35, 60)} g").t(". Is this normal?? Should I take biotin?\n- ").nm(q.first).t("\n\n")
    c.t("Reply - ").d(s2, "us1").t(f" 9:{c.ri(10, 59)} AM - ").nm(rn.fl).t(", RN\n").t("Hi ").nm(q.first)
    c.t(", hair shedding (").c("telogen effluvium").t(") is common 3-6 months after surgery and usually recovers. ")
    c.t("Please aim for ").c("60-80 g protein").t(" a day. Biotin is not needed and can interfere with some labs. ")
    c.t("I have ordered ").cl(["ferritin", "zinc", "B12", "vitamin D"]).t(" - you can go to any of our lab sites. ")
    c.t("A copy of this message has also gone to your e-mail on file (").em(q.pmail(c.ch(["yahoo.com", "gmail.com", "icloud.com"]), dob.year, c.ri(0, 4)))
    c.t("). Call us at ").ph(phone(c, "713", False)).t(" if you have questions.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_panni_lomn(c: C) -> Note:
    q = c.pat("f")
    ps, pcp = c.middle(c.staff()), c.staff()
    dob, age = c.adult(30, 58)
    h = height(c, q)
    w0 = heavy(c, h, 46, 58)
    w1 = round(h * h * c.r.uniform(26.5, 31.5), 1)
    mem = _member(c)
    ptown = c.ch(TOWNS["us"])[0]
    op = c.dt(-900, -500)
    c.d(c.today, "usl").t(f"\n\n{c.ch(['Blue Cross Blue Shield of Texas', 'Aetna', 'Cigna'])} - Utilization Management\n\n")
    c.t("RE: ").nm(q.fl).t("     DOB: ").d(dob, "us").t("     Member ID: ").id(mem).t("\n")
    c.t("Requested: ").c("Panniculectomy (CPT 15830)").t("\n\nTo Whom It May Concern:\n\n")
    c.t("I am writing on behalf of my patient, Ms. ").nm(q.last).t(f", a {age}-year-old woman who underwent ")
    c.c("Roux-en-Y gastric bypass").t(" on ").d(op, "us").t(", with weight loss from ").c(f"{lb(w0)} lb").t(" to ")
    c.c(f"{lb(w1)} lb").t(" (BMI ").c(bmi(w1, h)).t("), stable for more than ").c("6 months").t(". She has a ")
    c.c("grade 3 pannus").t(" extending below the pubis with ").c("recurrent intertrigo").t(" and ")
    c.c(f"{c.ri(2, 4)} episodes of cellulitis").t(" treated with ").c("nystatin powder").t(", ")
    c.c("ketoconazole 2% cream").t(" and ").c("cephalexin 500 mg QID").t(", documented by her PCP, Dr. ").nm(pcp.fl)
    c.t(" in ").ad(ptown).t(". Conservative measures over ").c("6 months").t(" have failed. HbA1c ")
    c.c(hba1c(c, False, False)).t("; non-smoker.\n\nPhotographs are enclosed. Please contact our office at ")
    c.ph(phone(c, "713", False)).t(" with any questions.\n\nSincerely,\n\n").nm(ps.fml).t(", MD, FACS\n")
    c.t("Plastic & Reconstructive Surgery\nNPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("member", mem)])


# ---------------------------------------------------------------------------------------- Australia (4)
def _urn(c: C) -> str:
    return c.ch(["", "UR", "0"]) + c.dig(c.ch([6, 7]))


def _mc(c: C) -> tuple[str, str, str]:
    mc, irn = medicare_au(c.r)
    shown = c.ch([f"{mc[:4]} {mc[4:9]} {mc[9]}", mc, f"{mc[:4]}-{mc[4:9]}-{mc[9]}"])
    return mc, irn, shown


def au_qh_referral(c: C) -> Note:
    q = c.pat()
    gp = c.staff()
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 55)
    urn = _urn(c)
    mc, irn, shown = _mc(c)
    line, town, pc, _area = place(c)
    nok = c.rel(q, c.ch("mf"), same=c.yes(0.6))
    c.t("SPECIALIST OUTPATIENT REFERRAL - Bariatric Surgery (Metro South)\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("    URN: ").id(urn).t("\nDOB: ").d(dob, "dmy").t(f"    Sex: {q.mf}\n")
    c.t("Medicare: ").id(shown).t(f"   IRN {irn}   Exp ").d(date(c.today.year + c.ri(1, 4), c.ri(1, 12), 1), "mm/y")
    if c.yes(0.3):
        c.t("\nDVA: ").id(dva_no(c.r)).t(" (Gold)")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" QLD ").zp(pc).t("\nPhone: ").ph(phone(c)).t("\n")
    if q.grp == "pas":
        lang = c.ch(["Samoan", "Tongan"])
        c.t(f"Interpreter: yes - {lang}; ").nm(nok.first).t(" (").t(c.ch(["son", "daughter"]) if nok.last == q.last else "friend")
        c.t(") prefers to be present\n")
    else:
        c.t("NOK: ").nm(nok.fl).t(" ").ph(phone(c)).t("\n")
    c.t("\nReason: BMI ").c(bmi(w, h)).t(" (").c(f"{w} kg").t(") with ").cl(comorbid(c, 2)).t("; HbA1c ")
    c.c(hba1c(c, True)).t(".\nCurrent meds: ").c("metformin XR 1 g BD").t(", ").c(c.ch(["irbesartan 150 mg",
                                                                                     "atorvastatin 40 mg",
                                                                                     "pantoprazole 40 mg"]))
    c.t("\nPrevious attempts: ").c(c.ch(["Optifast 12 weeks (-9 kg)", "phentermine 30 mg 2021", "Saxenda - ceased, cost"]))
    c.t("\nCategory requested: ").c(c.ch(["2", "3"])).t("\n\nReferring GP: Dr ").nm(gp.fl).t(", ").ad(c.ch(TOWNS["au"])[0])
    c.t("  Provider no. ").id(f"{c.dig(6)}{c.ch('ABCDEFGHJK')}{c.ch('ABCDEFHJKLTWXY')}").t("\n")
    return _end(c, q, dob, [("urn", urn), ("medicare", mc)])


def au_discharge(c: C) -> Note:
    q = c.pat()
    sur, gp, jmo = c.staff(), c.staff(), c.staff()
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 38, 52)
    urn = _urn(c)
    adm = c.dt(-5, -2)
    dc = adm + timedelta(days=c.ri(1, 3))
    gsub, gpc, _ = c.ch(TOWNS["au"])
    c.t("DISCHARGE SUMMARY - Princess Alexandra Hospital, Upper GI / Bariatric Surgery\n\n")
    c.t("Name: ").nm(q.fl).t("   URN: ").id(urn).t("   DOB: ").d(dob, "d/m/y").t("\nAdmitted: ").d(adm, "dmy")
    c.t("   Discharged: ").d(dc, "dmy").t("   Consultant: Dr ").nm(sur.fi).t("\n\nPrincipal diagnosis: ")
    c.c(f"Obesity, BMI {bmi(w, h)}").t("\nProcedure: ").c("Laparoscopic sleeve gastrectomy").t(" (").d(adm, "dmy").t(")\n")
    c.t("Progress: uncomplicated; ").c("free fluids day 0").t(", ").c("pureed diet from day 1").t("; CRP ")
    c.c(str(c.ri(20, 90))).t(" on day 1.\n\nDischarge medications\n- ").c("enoxaparin 40 mg SC daily x 4 weeks")
    c.t("\n- ").c("pantoprazole 40 mg daily x 3 months").t("\n- ").c("ondansetron 4 mg wafer TDS PRN")
    c.t("\n- ").c("paracetamol 1 g QID PRN (liquid)").t("\n- ").c("Centrum Advance 2 tablets daily")
    c.t("\nCeased: ").c(c.ch(["metformin 1 g BD", "gliclazide MR 60 mg", "empagliflozin 10 mg"])).t(" - GP to review BSLs\n\n")
    c.t("Follow-up: bariatric clinic ").d(dc + timedelta(days=c.ri(12, 16)), "dmy").t(", dietitian at 2 weeks.\n")
    c.t("GP: Dr ").nm(gp.fi_).t(", ").ad(gsub).t(" QLD ").zp(gpc).t("  Ph ").ph(phone(c, "07", False)).t("\n")
    c.t("Completed by: Dr ").nm(jmo.fl).t(" (RMO)\n")
    return _end(c, q, dob, [("urn", urn)])


def au_band_adjust(c: C) -> Note:
    q = c.pat()
    nps, sur = c.staff("f"), c.staff()
    dob, _age = c.adult(28, 62)
    h = height(c, q)
    w = heavy(c, h, 32, 42)
    urn = _urn(c)
    mc, irn, shown = _mc(c)
    i1 = c.ini(nps)
    i2 = c.ini(sur)
    c.t("Gold Coast Surgical Weight Loss - Lap-Band adjustment log\n")
    c.t("Patient: ").nm(q.Lf).t("   DOB ").d(dob, "d/mm/yy").t("   UR ").id(urn).t("   Medicare ").id(shown)
    c.t(f"/{irn}\nBand: ").c("10 cm band, placed " + str(c.ri(2012, 2021))).t("   Surgeon: Dr ").nm(sur.last).t("\n\n")
    c.t("Date       Added   Total    Wt (kg)  Restriction           By\n")
    d = c.dt(-300, -240)
    tot = c.fl(3.0, 5.5)
    ww = w + c.ri(5, 12)
    for i in range(c.ri(3, 5)):
        add = c.ch(["0.5 mL", "0.3 mL", "1.0 mL", "-0.5 mL"]) if i else "-"
        if i:
            tot = f"{float(tot) + float(add.split()[0]):.1f}"
        restr = c.ch(["nil", "good", "too tight - reflux", "eating bread easily", "good"])
        c.d(d, "d/mm/yy").pad(fmt(d, "d/mm/yy"), 11).c(add).pad(add, 8).c(f"{tot} mL").pad(tot + " mL", 9)
        c.c(f"{ww:.1f}").t("    ").c(restr).pad(restr, 22).t(c.ch([i1, i2]) + "\n")
        d += timedelta(days=c.ri(35, 70))
        ww = round(ww - c.r.uniform(0, 3), 1)
    c.t("\nToday: BMI ").c(bmi(ww, h)).t("; no dysphagia, no nocturnal cough. Plan: ").c(c.ch(["no change", "add 0.3 mL",
                                                                                             "remove 0.5 mL"]))
    c.t(", review ").c("6 weeks").t(". Reminder SMS to ").ph(phone(c)).t(".\n")
    return _end(c, q, dob, [("urn", urn), ("medicare", mc)])


def au_ep_cdm(c: C) -> Note:
    q = c.pat()
    ep, gp = c.staff(), c.staff()
    dob, _age = c.adult(30, 70)
    h = height(c, q)
    w0 = heavy(c, h, 36, 48)
    w1 = round(w0 - c.r.uniform(1, 6), 1)
    mc, irn, shown = _mc(c)
    gsub = c.ch(TOWNS["au"])[0]
    st = c.dt(-90, -60)
    c.t("Exercise Physiology Report - Chronic Disease Management (Medicare item 10953)\n\n")
    c.t("To: Dr ").nm(gp.fl).t(", ").ad(gsub).t("\nRe: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", Medicare ").id(shown)
    c.t(f" ({irn})\nEmail: ").em(q.pmail(c.ch(["bigpond.com", "gmail.com", "outlook.com.au"]), dob.year, c.ri(0, 4)))
    c.t(f"\n\nThank you for referring {q.title} ").nm(q.last).t(" for 5 sessions (").d(st, "dsh").t(" - ")
    c.d(st + timedelta(days=c.ri(35, 56)), "sh").t(").\n\n")
    c.t("Measure                   Initial    Final\n")
    wa, mw, sts, gr, rpe = c.ri(118, 140), c.ri(260, 380), c.ri(6, 10), c.ri(18, 36), c.ri(13, 16)
    rows = [("Weight (kg)", f"{w0}", f"{w1}"), ("Waist (cm)", str(wa), str(wa - c.ri(1, 6))),
            ("6MWT (m)", str(mw), str(mw + c.ri(20, 90))), ("30 s sit-to-stand", str(sts), str(sts + c.ri(1, 4))),
            ("Grip R (kg)", str(gr), str(gr + c.ri(0, 4))), ("RPE at 4 km/h", str(rpe), str(rpe - c.ri(1, 3)))]
    for a, b, d in rows:
        c.t(a).pad(a, 26).c(b).pad(b, 11).c(d).t("\n")
    c.t("\nProgram: ").c("aquatic walking 2x/week").t(", ").c("resistance bands 3x10").t("; knee pain ")
    c.c(f"{c.ri(5, 7)}/10 -> {c.ri(2, 4)}/10").t(". Home program: ").c("150 min/week moderate activity").t(".\n")
    c.t("Recommend a further GPMP/TCA for ongoing sessions, and Tier 3 / bariatric review if no further progress.\n\nKind regards\n")
    c.nm(ep.fl).t(", AEP (ESSA)\n")
    return _end(c, q, dob, [("medicare", mc)])


# ---------------------------------------------------------------------------------------- Canada (4)
def ab_readiness(c: C) -> Note:
    q = c.pat()
    fp, sur, nur = c.staff(), c.staff(), c.staff("f")
    dob, age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 55)
    phn = ab_phn(c.r)
    mrn = c.dig(7)
    line, town, pc, _area = place(c)
    ftown = c.ch(TOWNS["ab"])[0]
    ori = c.dt(-400, -300)
    c.t("Alberta Health Services - Weight Wise Adult Bariatric Specialty Clinic\nPRE-SURGICAL READINESS SUMMARY\n\n")
    c.t("Name: ").nm(q.fL).t("\nPHN: ").id(phn).t("     MRN: ").id(mrn).t("\nDOB: ").d(dob, "mondd").t(f"   ({age} y)\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", AB ").zp(pc).t("\nFamily physician: Dr. ").nm(fp.fi).t(" (").ad(ftown).t(")\n\n")
    c.t("Orientation session: ").d(ori, "mondd").t("\nWeight at orientation: ").c(f"{w + c.ri(2, 10):.1f} kg")
    c.t("   Today: ").c(f"{w} kg").t(" (BMI ").c(bmi(w, h)).t(")\n")
    items = [("Dietitian sessions (6)", "complete"), ("Mental health assessment", "cleared"),
             ("Smoking / vaping", c.ch(["never", "quit 2021", "cotinine neg"])), ("CPAP adherence", f"{c.ri(70, 98)}% > 4 h"),
             ("HbA1c", hba1c(c, False)), ("Ferritin / B12 / vit D", "within range")]
    for a, b in items:
        c.t(f"  - {a}: ").c(b).t("\n")
    c.t("\nReadiness: ").c("READY").t(" - to surgical consult with Dr. ").nm(sur.last).t(" (").c(c.ch(["sleeve vs RYGB", "RYGB preferred - GERD"]))
    c.t(").\nSummary by ").nm(nur.fl).t(", RN, Weight Wise\n")
    return _end(c, q, dob, [("phn", phn), ("mrn", mrn)])


def ab_phone_glp1(c: C) -> Note:
    q = c.pat()
    doc = c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    dob, _age = c.adult(26, 64)
    h = height(c, q)
    w = heavy(c, h, 33, 42)
    phn = ab_phn(c.r)
    abc = c.dig(9)
    d = c.wdt(-2, 0)
    c.t("Obesity Medicine - Telephone Follow-up (Calgary)\n")
    c.t("Patient: ").nm(q.fl).t("   PHN ").id(phn).t("   DOB ").d(dob, "iso").t("\nCall date: ").d(d, "ymon")
    c.t(" - identity confirmed (name, DOB); ").nm(sp.first).t(" (spouse) also on the line\n\n")
    c.t("S: on ").c(c.ch(["semaglutide 2.4 mg weekly", "semaglutide 1.7 mg weekly", "liraglutide 3 mg daily"]))
    c.t(f" x {c.ri(4, 10)} months. Alberta Blue Cross special authorization declined (ID ").id(abc)
    c.t(f"); paying ${c.ri(280, 420)}/month out of pocket, considering stopping. Home scale ").c(f"{w} kg")
    c.t(" (BMI ").c(bmi(w, h)).t("); lost ").c(f"{c.ri(8, 20)} kg").t(". GI sx ").c(c.ch(["resolved", "mild constipation"]))
    c.t(".\nO: last labs ").d(c.dt(-40, -20), "ymon").t(" A1c ").c(hba1c(c, False)).t(", ALT ").c(str(c.ri(18, 55)))
    c.t(", eGFR ").c(str(c.ri(70, 110))).t("\nA: ").c("Obesity, EOSS 2").t("; good response; cost barrier.\n")
    c.t("P: letter of appeal to ABC; if unsuccessful, taper ").c("to 1 mg weekly").t(" and review; ")
    c.c("metformin 500 mg BID").t(" as adjunct. Call back ").d(d + timedelta(days=c.ri(28, 42)), "ymon").t(" on ")
    c.ph(phone(c, c.ch(["403", "587"]))).t(".\n\nDr. ").nm(doc.fl).t(", MD, CCFP, Dip. ABOM   CPSA ").id(str(c.ri(10000, 39999))).t("\n")
    return _end(c, q, dob, [("phn", phn)])


def on_year1(c: C) -> Note:
    q = c.pat()
    fp, doc, rd = c.staff(), c.staff(), c.staff("f")
    dob, _age = c.adult(28, 62)
    h = height(c, q)
    w0 = heavy(c, h, 42, 55)
    w1 = round(w0 * c.r.uniform(0.64, 0.75), 1)
    oh = ohip_no(c.r)
    vc = c.ch(["AB", "KT", "HM", "ZX", "MP", "RN"])
    line, town, pc, _area = place(c)
    op = c.dt(-390, -350)
    ohs = c.ch([f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{vc}", f"{oh} {vc}", f"{oh[:4]} {oh[4:7]} {oh[7:]} {vc}"])
    c.t("Ontario Bariatric Network - Humber River Health Bariatric Centre of Excellence\n12-MONTH POST-OP VISIT\n\n")
    c.t("Patient: ").nm(q.fl).t("   OHIP: ").id(ohs).t("\nDOB: ").d(dob, "iso").t("   Visit: ").d(c.today, "iso")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("\nSurgery: ").c(c.ch(["RYGB", "sleeve gastrectomy"]))
    c.t(" on ").d(op, "iso").t("\n\nWeight ").c(f"{w1} kg").t(" (pre-op ").c(f"{w0} kg").t("; ").c(f"TWL {(w0 - w1) / w0 * 100:.0f}%")
    c.t("), BMI ").c(bmi(w1, h)).t(", BP ").c(f"{c.ri(104, 132)}/{c.ri(62, 84)}").t("\nComorbidities: ")
    c.c(c.ch(["T2DM in remission (A1c 5.6%, off meds)", "HTN - amlodipine stopped", "OSA - CPAP returned"])).t("\n")
    c.t("Labs: Hb ").c(f"{c.ri(112, 145)} g/L").t(", ferritin ").c(f"{c.ri(8, 90)} ug/L").t(", B12 ").c(f"{c.ri(160, 560)} pmol/L")
    c.t(", 25-OH D ").c(f"{c.ri(45, 120)} nmol/L").t(", PTH ").c(f"{c.fl(3, 9)} pmol/L").t("\n")
    c.t("Supplements: ").cl(["multivitamin 2 daily", "calcium citrate 1200 mg/d", "vitamin D 2000 IU",
                              "B12 1000 mcg SL daily"], "; ").t("\n\nPlan: transfer of care to family physician Dr. ")
    c.nm(fp.fl).t(" at year 2; annual bloods per OBN protocol. Seen with ").nm(rd.fl).t(", RD.\n\n").nm(doc.fl)
    c.t(", MD, CCFP\n")
    return _end(c, q, dob, [("ohip", oh)])


def bc_diet_group(c: C) -> Note:
    q = c.pat(grps=["pun", "pun", "fil"])
    son = c.rel(q, "m")
    diet, doc = c.staff("f"), c.staff()
    dob, _age = c.adult(44, 70)
    h = height(c, q)
    w = heavy(c, h, 36, 45)
    phn = bc_phn(c.r)
    line, town, pc, _area = place(c)
    d = c.wdt(-3, 0)
    lang = "Punjabi" if q.grp == "pun" else "Tagalog"
    c.t("Fraser Health - Adult Weight Management Program\nDIETITIAN ASSESSMENT (interpreted)\n\n")
    c.t("Name: ").nm(q.legal).t("\nPHN: ").id(phn).t("   DOB: ").d(dob, "ymd/").t("   Date: ").d(d, "ymd/").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" BC ").zp(pc).t("\n")
    c.t(f"Language: {lang}; son ").nm(son.legal).t(" interpreted (pt declined professional interpreter). Son's cell ")
    c.ph(phone(c, "604")).t("\n\nWt ").c(f"{w} kg").t(", BMI ").c(bmi(w, h)).t(" (Asian cut-off applied), waist ")
    c.c(f"{c.ri(100, 124)} cm").t("\nDx: ").c("T2DM").t(" (A1c ").c(hba1c(c, False, True)).t("), ").c("HTN").t(", ")
    c.c("knee OA").t("\nMeds: ").c("metformin 1000 mg BID").t(", ").c("Jardiance 10 mg daily").t(", ").c("ramipril 10 mg")
    if q.grp == "pun":
        hx, soc, g1, g2, stream = (c.ch(["2-3 rotis per meal with ghee", "sweet chai x4/day", "parathas most mornings"]),
                                   c.ch(["gurdwara langar", "family weddings"]), "1 roti less per meal",
                                   "chai without sugar", "South Asian")
    else:
        hx, soc, g1, g2, stream = (c.ch(["rice 3 cups/day with ulam", "pandesal and 3-in-1 coffee breakfast"]),
                                   c.ch(["church potlucks", "family parties"]), "half cup less rice per meal",
                                   "coffee without the sugar sachet", "Filipino community")
    c.t("\n\nDiet hx: ").c(hx)
    c.t(f"; {soc} most weekends; walks ").c(f"{c.ri(10, 30)} min/day").t(".\n")
    c.t("Goals: ").c(g1).t("; ").c(g2).t("; ").c("walk 30 min after dinner").t(".\n")
    c.t(f"Referred to 8-week group ({stream} stream). Physician review with Dr. ").nm(doc.last).t(" re ")
    c.c("semaglutide").t(".\n").nm(diet.fl).t(", RD\n")
    return _end(c, q, dob, [("phn", phn.replace(" ", ""))])


# ---------------------------------------------------------------------------------------- Ireland (3)
def _mrn_ie(c: C) -> str:
    return c.dig(c.ch([6, 7, 8]))


def ie_gp_referral(c: C) -> Note:
    q = c.pat()
    gp = c.staff()
    dob, age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 40, 56)
    pps = ppsn(c.r, c.yes(0.3))
    line, town, ez, _area = place(c)
    pline, ptown, pez, parea = place(c)
    while pline.startswith("Apt"):
        pline, ptown, pez, parea = place(c)
    c.t("Dr ").nm(gp.fl).t(" MB BCh BAO MICGP, ").ad(pline).t(", ").ad(ptown).t(", ").zp(pez).t("   Tel ")
    c.ph(phone(c, parea, False)).t("\n").d(c.today, c.ch(["long", "dmy"])).t("\n")
    c.t("National Adult Bariatric Service, St Columcille's Hospital, Loughlinstown\n\nDear Colleague,\n")
    c.t("I would be grateful if you would assess the following patient for bariatric surgery.\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(ez)
    c.t("\nMobile: ").ph(phone(c)).t("   PPSN: ").p("SSN", pps).t("   Medical card: ")
    c.t(c.ch(["yes (GMS)", "no - private (VHI)", "GP visit card"])).t("\n\n")
    c.nm(q.first).t(f" is {age} and has had obesity since {c.ch(['her teens', 'childhood', 'her first pregnancy']) if q.sex == 'f' else c.ch(['his teens', 'childhood', 'his twenties'])}. ")
    c.t("Current weight ").c(f"{w} kg").t(", BMI ").c(bmi(w, h)).t(". Comorbidities: ").cl(comorbid(c, 3)).t(". ")
    c.t("HbA1c ").c(hba1c(c, True)).t(", BP ").c(f"{c.ri(130, 160)}/{c.ri(80, 98)}").t(".\nMedication: ")
    c.cl([c.ch(["metformin 1 g BD", "Jardiance 10 mg OD"]), c.ch(["perindopril 4 mg OD", "amlodipine 5 mg OD"]),
          c.ch(["esomeprazole 40 mg OD", "sertraline 50 mg OD", "salbutamol inhaler PRN"])], "; ")
    c.t("\nPrevious attempts: ").c(c.ch(["Unislim and Weight Watchers", "orlistat 120 mg TDS (2022)",
                                         "HSE Weigh2Live programme"]))
    c.t(f"\n{q.He} is well motivated and has stopped smoking (").c("CO 2 ppm").t("). I enclose recent bloods.\n\n")
    c.t("Yours sincerely,\nDr ").nm(gp.fl).t("\nIMC no. ").id(str(c.ri(10000, 429999))).t("\n")
    return _end(c, q, dob, [("ppsn", pps)])


def ie_supplement_plan(c: C) -> Note:
    q = c.pat()
    cnm = c.staff("f")
    dob, _age = c.adult(26, 62)
    pps = ppsn(c.r, c.yes(0.4))
    mrn = _mrn_ie(c)
    bd = c.dt(-12, -4)
    nxt = c.today + timedelta(days=c.ri(20, 70))
    c.t("St Columcille's Hospital, Loughlinstown - National Adult Bariatric Service\n")
    c.t("YOUR VITAMIN AND MINERAL PLAN (after gastric bypass)\n\n")
    c.t("Name: ").nm(q.fl).t("      MRN: ").id(mrn).t("\nPPSN: ").p("SSN", pps).t("      DOB: ").d(dob, "nth")
    c.t("\nDate: ").d(c.today, "dmy").t("\n\nYour blood results (").d(bd, "dsh").t("):\n")
    rows = [("Iron (ferritin)", f"{c.ri(5, 40)} ug/L"), ("Vitamin B12", f"{c.ri(140, 500)} ng/L"),
            ("Vitamin D", f"{c.ri(25, 80)} nmol/L"), ("Folate", f"{c.fl(2.5, 14)} ug/L"),
            ("Haemoglobin", f"{c.ri(10, 14)}.{c.ri(0, 9)} g/dL")]
    for a, b in rows:
        c.t("  " + a).pad(a, 20).c(b).t("\n")
    c.t("\nWhat to take EVERY day:\n")
    c.t("  [ ] ").c("Multivitamin with minerals - 2 tablets").t("\n  [ ] ").c("Calcichew D3 Forte - 1 tablet twice a day")
    c.t("\n  [ ] ").c(c.ch(["Galfer (ferrous fumarate 305 mg) - 1 capsule", "ferrous fumarate 305 mg - 1 capsule twice a day"]))
    c.t(" with orange juice, 2 hours apart from calcium\n  [ ] ").c("Vitamin D3 1000 IU (25 micrograms) - 1 tablet")
    c.t("\n  [ ] ").c("Vitamin B12 injection 1 mg").t(" every 3 months at your GP - next due ").d(nxt, "nthmo").t("\n\n")
    c.t("Repeat bloods in ").c("3 months").t(". Questions? Ring ").nm(cnm.first).t(", bariatric CNM2, on ")
    c.ph(phone(c, "01", False)).t(" or email ").em(cnm.mail("hse.ie", c.ri(0, 5))).t(".\n")
    return _end(c, q, dob, [("ppsn", pps), ("mrn", mrn)])


def ie_cork_contour(c: C) -> Note:
    q = c.pat("f")
    doc, prof = c.staff(), c.staff()
    sp = c.rel(q, "m", same=c.yes(0.6))
    dob, age = c.adult(28, 56)
    h = height(c, q)
    w0 = heavy(c, h, 44, 56)
    w1 = round(h * h * c.r.uniform(26, 29.8), 1)
    mrn = _mrn_ie(c)
    line, town, ez, area = place(c)
    while area not in ("021", "022"):
        line, town, ez, area = place(c)
    op_y = c.today.year - c.ri(2, 4)
    c.t("Obesity Medicine Service, Cork University Hospital\n\n").d(c.today, "dot").t("\n\nProf. ").nm(prof.fl)
    c.t("\nDepartment of Plastic and Reconstructive Surgery\n\nDear Prof. ").nm(prof.last).t(",\n\nRe: ").nm(q.fl)
    c.t(" (DOB ").d(dob, "dot").t("), ").ad(line).t(", ").ad(town).t(", ").zp(ez).t("   MRN ").id(mrn)
    c.t(f"\n\nThank you for seeing this {age}-year-old woman who had a ").c(c.ch(["sleeve gastrectomy", "Roux-en-Y gastric bypass"]))
    c.t(f" in {op_y}. She has lost ").c(f"{w0 - w1:.0f} kg").t(" and now weighs ").c(f"{w1} kg").t(" (BMI ").c(bmi(w1, h))
    c.t("), stable for ").c(f"{c.ri(12, 24)} months").t(". She has symptomatic excess skin of the ")
    c.cl(c.r.sample(["abdomen", "upper arms", "thighs", "breasts"], 2), " and ").t(", with ")
    c.c("recurrent intertrigo").t(" and ").c("lower back pain").t(". Her husband ").nm(sp.first).t(" is very supportive.\n\n")
    c.t("HSE criteria: BMI < ").c("30").t(" [x]  weight stable 12 months [x]  non-smoker [x]  HbA1c ").c(hba1c(c, True, False))
    c.t(" [x]\nNutrition: ferritin ").c(f"{c.ri(30, 120)} ug/L").t(", albumin ").c(f"{c.ri(38, 46)} g/L").t(" on ")
    c.c("full supplements").t(".\n\nI would be grateful for assessment for ").c(c.ch(["abdominoplasty", "apronectomy"])).t(".\n\n")
    c.t("Le gach dea-ghuí,\n\nDr ").nm(doc.fl).t(", FRCPI\nConsultant Endocrinologist\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- New Zealand (3)
def _nhi(c: C) -> str:
    return nhi_no(c.r, c.yes(0.35))


def nz_fsa(c: C) -> Note:
    q = c.pat(grps=["pas", "pas", "mao", "fij", "pke"])
    sur, gp = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.6))
    kid = c.rel(q, c.ch("mf"), same=True)
    dob, _age = c.adult(26, 60)
    h = height(c, q)
    w = heavy(c, h, 40, 58)
    nhi = _nhi(c)
    line, town, pc, area = place(c)
    while area != "09":
        line, town, pc, area = place(c)
    eth = {"pas": c.ch(["Samoan", "Tongan"]), "mao": "Maori", "fij": "Fijian Indian", "pke": "NZ European"}[q.grp]
    c.t("Counties Manukau - Bariatric Surgery First Specialist Assessment (Middlemore)\n\n")
    c.t("NHI: ").id(nhi).t("    Name: ").nm(q.fL).t("    DOB: ").d(dob, c.ch(["sh", "dmy"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t(f"\nEthnicity: {eth}\nAttended with: ")
    c.t("husband " if sp.sex == "m" else "wife ").nm(sp.first).t(" and ").t("son " if kid.sex == "m" else "daughter ")
    c.nm(kid.first).t(" (helped interpret)" if q.grp in ("pas", "fij") else " (support)").t("\nReferrer: Dr ").nm(gp.fi).t(", ").ad(c.ch(TOWNS["nz"])[0]).t("\n\n")
    c.t("History: weight gain after ").c(c.ch(["pregnancies", "shift work", "knee surgery", "starting quetiapine"])).t("; ")
    c.c("T2DM").t(" (HbA1c ").c(hba1c(c, True, True)).t(") on ").c(c.ch(["metformin 1 g BD + vildagliptin 50 mg BD",
                                                                           "insulin glargine 40 u + metformin"]))
    c.t("; ").c(c.ch(["OSA - CPAP", "gout - allopurinol 300 mg", "HTN - cilazapril 5 mg"])).t("\n")
    c.t("Exam: wt ").c(f"{w} kg").t(", ht ").c(f"{h * 100:.0f} cm").t(", BMI ").c(bmi(w, h)).t(", BP ")
    c.c(f"{c.ri(128, 160)}/{c.ri(76, 98)}").t("\n\nImpression: suitable for ").c("laparoscopic sleeve gastrectomy").t(".\n")
    c.t("Plan: 8-week pre-operative programme; dietitian and psychology; ").c("HbA1c target < 64").t("; ")
    c.c("liver reduction diet 3 weeks").t(" pre-op; CPAC score to be completed.\n\n")
    c.t("Dr ").nm(sur.fl).t(", FRACS\nGeneral, Upper GI & Bariatric Surgeon\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_diet_email(c: C) -> Note:
    q = c.pat(grps=["pke", "pke", "mao"])
    diet = c.staff("f")
    dob, _age = c.adult(26, 60)
    h = height(c, q)
    w0 = heavy(c, h, 40, 52)
    w1 = round(w0 * c.r.uniform(0.72, 0.82), 1)
    nhi = _nhi(c)
    sent = c.wdt(-1, 0)
    op = c.dt(-200, -170)
    c.t("From: ").nm(diet.fl).t(" <").em(diet.mail("cdhb.health.nz", c.ri(0, 5))).t(">\nTo: ")
    c.em(q.pmail(c.ch(["xtra.co.nz", "gmail.com", "outlook.co.nz"]), dob.year, c.ri(0, 4))).t("\nSent: ")
    c.t(f"{c.wd(sent)}, ").d(sent, "long").t(f" {c.ri(9, 11)}:{c.ri(10, 59)} a.m.\n")
    c.t("Subject: Your 6-month dietitian check-in (NHI ").id(nhi).t(")\n\nHi ").nm(q.first).t(",\n\n")
    c.t("Thanks for the video call this morning - great work. As we discussed, you are now ").c(f"{w1} kg").t(", down from ")
    c.c(f"{w0} kg").t(" before your sleeve on ").d(op, "dmo").t(" (").c(f"{(w0 - w1) / w0 * 100:.0f}% total weight loss").t(").\n\n")
    c.t("Things to focus on:\n- protein ").c("80 g/day").t(" (you're at about ").c(f"{c.ri(45, 70)} g").t(")\n- keep taking ")
    c.c("Healtheries multi 1 daily").t(" and ").c("Ferro-tab 1 daily").t("\n- your ferritin was ").c(f"{c.ri(8, 25)} ug/L")
    c.t(" - I've asked your GP to consider an ").c("iron infusion").t("\n- ").c("vitamin D 1.25 mg monthly").t(" continues\n\n")
    c.t("Cheers,\n").nm(diet.first).t("\n\n").nm(diet.fl).t(" | Bariatric Dietitian | Te Whatu Ora Waitaha Canterbury | DDI ")
    c.ph(phone(c, "03", False)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_cpac(c: C) -> Note:
    q = c.pat()
    sur = c.staff()
    dob, _age = c.adult(24, 62)
    h = height(c, q)
    w = heavy(c, h, 38, 55)
    nhi = _nhi(c)
    d = c.wdt(-7, 0)
    pts = [c.ri(10, 25), c.ri(0, 25), c.ri(5, 20), c.ri(0, 15), c.ri(0, 10)]
    c.t("CLINICAL PRIORITY ASSESSMENT CRITERIA (CPAC) - BARIATRIC SURGERY\n\n")
    c.t("Patient: ").nm(q.LF).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dotyy").t("\nAssessed: ").d(d, "dotyy")
    c.t("   Surgeon: ").nm(sur.fi).t(" (HPI CPN ").id(hpi_cpn(c.r)).t(")\n\n")
    c.t("Criterion                                   Points\n")
    labels = [f"BMI {bmi(w, h)}", f"Diabetes (HbA1c {hba1c(c, True)})", "Other comorbidities (OSA, HTN)",
              "Functional limitation", "Ability to benefit"]
    for lab, p in zip(labels, pts, strict=True):
        c.c(lab).pad(lab, 44).c(str(p)).t("\n")
    tot = sum(pts)
    c.t("TOTAL").pad("TOTAL", 44).c(str(tot)).t(" / 95\n\nThreshold for treatment this year: ").c("60").t("\nOutcome: ")
    c.c("accepted - waiting list" if tot >= 60 else "not accepted - active review in 6 months").t("\n")
    return _end(c, q, dob, [("nhi", nhi)])


# ---------------------------------------------------------------------------------------- India (2)
def in_mumbai_discharge(c: C) -> Note:
    q = c.pat(grps=["mar", "mar", "guj"])
    kin = c.person(q.grp, "m", False, q.last)  # husband / father: his first name is the patient's middle name
    sur, an = c.staff(grp=q.grp), c.staff(grp=c.ch(["mar", "guj", "dlh"]))
    dob, age = c.adult(26, 58)
    h = height(c, q)
    w = heavy(c, h, 38, 50)
    line, town, pin, area = place(c)
    while area != "22":
        line, town, pin, area = place(c)
    uhid = f"{c.ch(['KH', 'LH', 'MH'])}{c.dig(8)}"
    ipd = f"IP/{c.today.year}/{c.dig(6)}"
    adm = c.dt(-6, -3)
    rel = "husband" if q.sex == "f" else "father"
    full = f"{q.first} {kin.first} {q.last}"
    c.t("DISCHARGE SUMMARY - Department of Bariatric & Metabolic Surgery\n\n")
    c.t(f"Patient Name: {'Mrs.' if q.sex == 'f' else 'Mr.'} ").nm(full).t(f"     {age} Y / {'Female' if q.sex == 'f' else 'Male'}\n")
    c.t("UHID: ").id(uhid).t("     IPD No.: ").id(ipd).t("\nDate of Admission: ").d(adm, "dmy").t("   Date of Surgery: ")
    c.d(adm + timedelta(days=1), "dmy").t("   Date of Discharge: ").d(adm + timedelta(days=c.ri(2, 3)), "dmy")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad("Mumbai").t(" ").zp(pin).t("\nContact: ").ph(phone(c))
    c.t(f" ({rel} Mr. ").nm(kin.fl).t(")\nABHA No.: ").id(abha_no(c.r)).t("\n")
    c.t("Consultant: Dr. ").nm(sur.fl).t(" (MS, FMAS, FALS)\nAnaesthetist: Dr. ").nm(an.fi).t("\n\n")
    c.t("Diagnosis: ").c(f"Morbid obesity (BMI {bmi(w, h)} kg/m2)").t(", ").c(c.ch(["T2DM", "hypothyroidism", "PCOD"
                                                                                  if q.sex == "f" else "OSA"]))
    c.t("\nProcedure: ").c(c.ch(["Laparoscopic Mini Gastric Bypass (OAGB), BPL 150 cm", "Laparoscopic Sleeve Gastrectomy"]))
    c.t("\nCourse: uneventful; ").c("oral liquids on POD 1").t("; drain removed POD 2.\nInvestigations: Hb ")
    c.c(f"{c.fl(10.5, 14.5)} g/dL").t(", HbA1c ").c(hba1c(c, False)).t(", TSH ").c(c.fl(1.2, 6.5)).t(", SGPT ")
    c.c(str(c.ri(22, 70))).t("\n\nAdvice on discharge:\n1. ").c("Tab. Pan 40 mg 1-0-0 before breakfast x 3 months")
    c.t("\n2. ").c("Inj. Clexane 40 mg s/c OD x 10 days").t("\n3. ").c("Tab. Udiliv 300 mg 1-0-1 x 6 months")
    c.t("\n4. ").c("Syp. multivitamin 10 ml OD").t("; ").c("Tab. Shelcal 500 1-0-1").t("\n5. ")
    c.c("Clear liquids x 2 weeks, then full liquids").t("\nFollow-up: in OPD on ").d(adm + timedelta(days=c.ri(9, 12)), "dmy")
    c.t("\n\nCashless claim: policy no. ").id(f"{c.dig(4)}/{c.dig(8)}/{c.dig(2)}/000").t(", PAN ").id(pan_no(c.r, kin if q.sex == "f" else q))
    c.t("\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_delhi_opd(c: C) -> Note:
    q = c.pat(grps=["dlh", "dlh", "pun"])
    doc = c.staff(grp=c.ch(["dlh", "pun"]))
    dob, age = c.adult(28, 60)
    h = height(c, q)
    w = heavy(c, h, 32, 42)
    line, town, pin, area = place(c)
    while area != "11":
        line, town, pin, area = place(c)
    d = c.wdt(-1, 0)
    aad = aadhaar(c.r, c.ch([" ", "-"]))
    c.t("Dr. ").nm(doc.legal).t("\nMBBS, MD (Medicine), DM (Endocrinology)  Reg. No. ").id(f"DMC/R/{c.ri(1000, 29999)}")
    c.t("\nObesity & Metabolic Clinic, OPD 14\n\nName: ").nm(q.legal).t(f"   Age: {age} Y   Sex: {q.mf}   Date: ")
    c.d(d, "dash").t("\nMob: ").ph(phone(c)).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad("New Delhi").t("-").zp(pin)
    c.t("\nAadhaar: ").id(c.ch([aad, f"XXXX XXXX {aad[-4:]}"])).t("\n\nc/o: weight gain ").c(f"{c.ri(10, 25)} kg")
    c.t(f" over {c.ri(2, 6)} years, ").c(c.ch(["snoring", "knee pain", "irregular cycles" if q.sex == "f" else "fatigue"]))
    c.t("\nWt ").c(f"{w} kg").t("  Ht ").c(f"{h * 100:.0f} cm").t("  BMI ").c(bmi(w, h)).t("  Waist ").c(f"{c.ri(96, 122)} cm")
    c.t("  BP ").c(f"{c.ri(128, 156)}/{c.ri(80, 96)}").t("\n\nRx\n1. ").c("Tab. Metformin SR 500 mg 1-0-1 after meals")
    c.t("\n2. ").c(c.ch(["Inj. Semaglutide 0.25 mg s/c once weekly x 4 weeks, then 0.5 mg",
                         "Tab. Rybelsus 3 mg OD empty stomach x 30 days"]))
    c.t("\n3. ").c("Tab. Vitamin D3 60,000 IU once weekly x 8 weeks").t("\n\nAdv: diet chart (").c("1400 kcal").t("), ")
    c.c("brisk walk 45 min/day").t("\nInv: HbA1c, lipid profile, TSH, LFT, USG whole abdomen\nReview after 4 weeks (")
    c.d(d + timedelta(days=28), "dotyy").t(")\n")
    return _end(c, q, dob, [("aadhaar", aad.replace(" ", "").replace("-", ""))])


# ---------------------------------------------------------------------------------------- Singapore (2)
def sg_preop(c: C) -> Note:
    q = c.pat(grps=["sgc"])
    wife_or_h = c.person("sgc", "f" if q.sex == "m" else "m")
    nc, sur = c.staff(grp="sgc"), c.staff(grp=c.ch(["sgc", "sgi", "sgm"]))
    dob, age = c.adult(26, 60)
    h = height(c, q)
    w = heavy(c, h, 34, 46)
    ic = nric(c.r)
    case = f"{c.today.year % 100}{c.ch('ABCDEFGH')}{c.dig(7)}"
    line, _town, pc, _area = place(c)
    op = c.wdt(10, 30)
    c.t("Metabolic & Bariatric Surgery - Pre-operative Counselling (Nurse Clinician)\n\n")
    c.t("Patient: ").nm(q.legal.upper()).t(" (NRIC ").id(ic).t(")\nCase no: ").id(case).t("\nDOB: ").d(dob, "dmy")
    c.t(f"   Age: {age}   Race: Chinese\nAddress: ").ad(line).t(", Singapore ").zp(pc).t("\nHP: ").ph(phone(c))
    c.t("\nNOK: ").t("wife" if wife_or_h.sex == "f" else "husband").t(", ").nm(wife_or_h.legal).t(", HP ").ph(phone(c))
    c.t("\n\nProcedure: ").c(c.ch(["LSG", "LRYGB"])).t(" on ").d(op, "ddsh").t(" (Dr ").nm(sur.legal).t(")\n")
    c.t("BMI ").c(bmi(w, h)).t(" (Asian cut-off), ").c("T2DM").t(" on ").c("metformin 850 mg BD").t(" + ")
    c.c(c.ch(["Forxiga 10 mg OM", "Januvia 100 mg OM", "insulin glargine 22 u ON"])).t("; HbA1c ").c(hba1c(c, False, True))
    c.t("\n\nCounselled on:\n- ").c("2-week liquid diet pre-op").t("; stop ").c(c.ch(["Forxiga", "metformin"])).t(" 3 days before\n")
    c.t("- MediSave claimable for the procedure; ward class ").t(c.ch(["B1", "B2", "A"])).t("\n")
    c.t("- post-op: ").c("clear fluids day 1").t(", ").c("puree 2 weeks").t(", lifelong ").c("multivitamin + calcium + iron").t("\n")
    c.t("- bring CPAP machine\nPatient and ").t("wife" if wife_or_h.sex == "f" else "husband").t(" verbalised understanding.\n\n")
    c.t("NC ").nm(nc.legal).t("\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)])


def sg_ramadan(c: C) -> Note:
    q = c.pat("f", grps=["sgm"])
    hus = c.person("sgm", "m")
    diet = c.staff(grp=c.ch(["sgc", "sgi", "sgm"]))
    dob, _age = c.adult(28, 56)
    h = height(c, q)
    w0 = heavy(c, h, 38, 46)
    w1 = round(w0 * c.r.uniform(0.72, 0.84), 1)
    ic = nric(c.r)
    case = f"{c.today.year % 100}{c.ch('ABCDEFGH')}{c.dig(7)}"
    op = c.dt(-300, -150)
    c.t("DIETETICS - Bariatric follow-up (pre-Ramadan)\n")
    c.t("Name: ").nm(q.legal).t("   NRIC: ").id(c.ch([ic, f"S****{ic[5:]}"])).t("   Case: ").id(case)
    c.t("\nDate: ").d(c.today, "ddsh").t("   Accompanied by husband, Encik ").nm(hus.call).t("\n\n")
    c.t("S: ").c(c.ch(["LSG", "OAGB"])).t(" on ").d(op, "ddsh").t(". Mdm ").nm(q.call).t(" wishes to fast the full month this year. ")
    c.t("Eating ").c("3 small meals").t("; protein ").c(f"~{c.ri(45, 70)} g/day").t("; fluids ").c(f"{c.fl(1.0, 1.8)} L").t(".\n")
    c.t("O: wt ").c(f"{w1} kg").t(" (pre-op ").c(f"{w0} kg").t("), %TWL ").c(f"{(w0 - w1) / w0 * 100:.0f}").t("; HbA1c ")
    c.c(hba1c(c, False, False)).t(" off meds\nA: suitable to fast with precautions.\n")
    c.t("P:\n- sahur: ").c("eggs / tempeh + oats").t("; take ").c("multivitamin and iron").t(" at sahur, ")
    c.c("calcium citrate").t(" at iftar\n- break fast with ").c("water + 1 date").t(", wait 15 min, small plate\n")
    c.t("- aim ").c("1.5 L fluid").t(" between iftar and sahur, sip slowly\n- stop fast if dizzy, vomiting\n")
    c.t("Review after Hari Raya.\n\n").nm(diet.legal).t(", Senior Dietitian\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)])


# ---------------------------------------------------------------------------------------- South Africa (2)
def za_motivation(c: C) -> Note:
    q = c.pat(grps=["zin", "zin", "zul"])
    sur = c.staff(grp=c.ch(["zin", "zul", "afr"]))
    dob, age = c.adult(26, 60)
    h = height(c, q)
    w = heavy(c, h, 40, 52)
    sid = za_id(c.r, dob, q.sex)
    mem = c.dig(c.ch([8, 9]))
    _line, town, _pc, area = place(c)
    while area != "031":
        _line, town, _pc, area = place(c)
    c.t("Dr ").nm(sur.fl).t("  MBChB (UKZN), FCS (SA)\nSpecialist Surgeon - Bariatric & Metabolic\nPractice no. ")
    c.id(f"0{c.dig(6)}").t("   HPCSA ").id(f"MP {c.dig(7)}").t("\n\n").d(c.today, "long").t("\n\n")
    c.t(f"The Clinical Review Unit\n{c.ch(['Discovery Health', 'Bonitas Medical Fund', 'GEMS'])}\n\n")
    c.t("MOTIVATION FOR BARIATRIC SURGERY\nPatient: ").nm(q.fl).t("   ID: ").id(sid).t("\nMembership no.: ").id(mem)
    c.t(f"  Dependant code: 0{c.ri(0, 2)}\nResides: ").ad(town).t(", ").ad("Durban").t("   Tel: ").ph(phone(c)).t("\n")
    c.t("ICD-10: E66.0 / E11.9   Tariff: 0310, 1786\n\n")
    c.t(f"{q.title} ").nm(q.last).t(f" is a {age}-year-old with class III obesity (BMI ").c(bmi(w, h)).t(", weight ")
    c.c(f"{w} kg").t(") and ").c("type 2 diabetes").t(" (HbA1c ").c(hba1c(c, False, True)).t(") on ")
    c.c(c.ch(["metformin 1 g bd + gliclazide 80 mg bd", "insulin (Actraphane 30/46 units)"])).t(", ").c("hypertension")
    c.t(" and ").c(c.ch(["OSA (AHI 32)", "NAFLD", "osteoarthritis"])).t(". Documented dietetic and medical weight management over ")
    c.c("12 months").t(" (").c(f"{c.ri(3, 9)} kg").t(" loss). Psychological and dietetic assessments are attached.\n\n")
    c.t("I request authorisation for a ").c(c.ch(["laparoscopic Roux-en-Y gastric bypass", "laparoscopic sleeve gastrectomy"]))
    c.t(" at Netcare Parklands.\n\nYours faithfully\n\nDr ").nm(sur.fi).t("\n")
    return _end(c, q, dob, [("said", sid), ("member", mem)])


def za_iron(c: C) -> Note:
    q = c.pat(grps=["afr", "afr", "zul"])
    sr, doc = c.staff("f", grp=c.ch(["afr", "zul"])), c.staff(grp=c.ch(["afr", "zin"]))
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    dob, _age = c.adult(30, 64)
    sid = za_id(c.r, dob, q.sex)
    mem = c.dig(9)
    d = c.wdt(-1, 0)
    op_y = c.today.year - c.ri(3, 8)
    pre = [c.ri(110, 130), c.ri(64, 80), c.ri(70, 88)]
    c.t("Infusion Unit - IRON INFUSION RECORD\n\nName: ").nm(q.fl).t("     ID no: ").id(sid).t("\n")
    c.t(f"Medical aid: {c.ch(['Medshield', 'Momentum Health', 'Discovery Health'])} no. ").id(mem).t("\nDate: ").d(d, "dmy")
    c.t("   Prescriber: Dr ").nm(doc.fi).t("\n\nIndication: ").c("iron deficiency anaemia").t(f" after RYGB ({op_y}); ")
    c.t("intolerant of oral iron\nHb ").c(f"{c.fl(8.4, 10.8)} g/dL").t(", ferritin ").c(f"{c.ri(3, 12)} ng/mL")
    c.t(", TSAT ").c(f"{c.ri(4, 12)}%").t(" (").d(d - timedelta(days=c.ri(5, 12)), "dmy").t(")\nWeight ")
    c.c(f"{c.ri(62, 92)} kg").t("\n\nDrug: ").c("ferric carboxymaltose 1000 mg in 250 mL NaCl 0.9% over 15 min").t("\n")
    c.t("Batch ").t(f"{c.ch('ABCDEFGH')}{c.dig(5)}").t("\n\nObs        BP        HR   Temp\n")
    c.t("Pre        ").c(f"{pre[0]}/{pre[1]}").t("    ").c(str(pre[2])).t("   ").c(c.fl(36.2, 36.9)).t("\n")
    c.t("Post 30m   ").c(f"{pre[0] + c.ri(-6, 6)}/{pre[1] + c.ri(-4, 4)}").t("    ").c(str(pre[2] + c.ri(-5, 5))).t("   ")
    c.c(c.fl(36.2, 37.0)).t("\n\nNo reaction. Advised re ").c("hypophosphataemia").t(" symptoms; repeat FBC + ferritin in ")
    c.c("6 weeks").t(". ").t("Wife " if sp.sex == "f" else "Husband ").nm(sp.first).t(" collected patient.\n\nSr ").nm(sr.fl).t("\n")
    return _end(c, q, dob, [("said", sid), ("member", mem)])


# ---------------------------------------------------------------------------------------- Jamaica (2)
def jm_uhwi(c: C) -> Note:
    q = c.pat()
    sur, res = c.staff(), c.staff()
    mum = c.rel(q, "f", same=c.yes(0.5))
    dob, age = c.adult(24, 58)
    h = height(c, q)
    w = heavy(c, h, 40, 55)
    dk = c.dig(6)
    trn = trn_no(c.r)
    line, town, _, _area = place(c)
    while not town.startswith(("Kingston", "Portmore", "Spanish", "Old")):
        line, town, _, _area = place(c)
    c.t("UNIVERSITY HOSPITAL OF THE WEST INDIES - Bariatric Surgery Clinic\n\n")
    c.t("Name: ").nm(c.ch([q.FL, q.fl])).t("     Docket No.: ").id(dk).t("\nDOB: ").d(dob, "nthc").t("     TRN: ").id(trn)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(", St. Andrew" if town.startswith("Kingston") else ", St. Catherine").t("\nTel: ").ph(phone(c))
    c.t("\nNOK: mother, ").nm(mum.fl).t(", ").ph(phone(c)).t("\nDate: ").d(c.today, "nthc").t("\n\n")
    c.t(f"{age} y/o {'M' if q.sex == 'm' else 'F'} referred by ").c("Endocrine clinic").t(" for bariatric surgery. ")
    c.c("HTN").t(" x ").c(f"{c.ri(3, 12)} yrs").t(", ").c("T2DM").t(" (HbA1c ").c(hba1c(c, False, True)).t("), ")
    c.c(c.ch(["OSA - awaiting sleep study", "knee OA", "PCOS"] if q.sex == "f" else ["OSA - awaiting sleep study", "knee OA", "gout"]))
    c.t(".\nMeds: ").c("metformin 1 g bd").t(", ").c("losartan 100 mg od").t(", ").c("amlodipine 10 mg od").t("\n")
    c.t("O/E: wt ").c(f"{w} kg").t(", BMI ").c(bmi(w, h)).t(", BP ").c(f"{c.ri(132, 168)}/{c.ri(82, 104)}").t(", acanthosis nigricans\n")
    c.t("Plan: ").c("sleeve gastrectomy").t(" - to complete dietitian x3, psych eval, OGD, echo. Apply NHF card for meds.\n")
    c.t("Seen by Dr ").nm(res.fl).t(f" (DM Surgery resident) / {sur.st} ").nm(sur.fi).t("\n")
    return _end(c, q, dob, [("docket", dk), ("trn", trn.replace("-", ""))])


def jm_mobay_nutrition(c: C) -> Note:
    q = c.pat("f")
    nut = c.staff("f")
    gran = c.rel(q, "f", same=c.yes(0.5))
    dob, _age = c.adult(22, 50)
    h = height(c, q)
    w = heavy(c, h, 34, 44)
    nhf = c.dig(c.ch([8, 10]))
    line, town, _, _area = place(c)
    while town.startswith(("Kingston", "Portmore", "Spanish", "Old")):
        line, town, _, _area = place(c)
    gage = c.old(86, 99)
    c.t("Nutrition Counselling Record - Health Centre, Western Regional Health Authority\n")
    c.t("Client: Miss ").nm(q.fl).t("   DOB: ").d(dob, "d/m/y").t("   NHF card: ").id(nhf).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("   Cell: ").ph(phone(c)).t("\nVisit: ").d(c.today, "dmy")
    c.t(" (3rd of 6)\n\n").t("Wt ").c(f"{w} kg").t(" (last visit ").c(f"{w + c.ri(1, 4):.1f} kg").t("), BMI ").c(bmi(w, h))
    c.t(", waist ").c(f"{c.ri(98, 120)} cm").t(", FBS ").c(f"{c.fl(5.6, 7.9)} mmol/L").t("\n")
    c.t("24-h recall: ").c("fried dumpling + saltfish breakfast").t("; ").c("2 patties at lunch").t("; ")
    c.c("box food (rice & peas, fried chicken) dinner").t("; ").c("1 L soda/day").t("\n")
    c.t("Lives with her grandmother, ").nm(gran.fl).t(" (").age(gage).t("), and 2 children; cooks for the house.\n")
    c.t("Goals agreed: swap soda for water/coconut water; ").c("half plate vegetables").t("; ").c("walk 30 min 5 days/week")
    c.t("\nReferred to doctor re ").c("metformin").t(" (prediabetes). Next visit ").d(c.today + timedelta(days=c.ri(21, 35)), "dmy")
    c.t(".\n").nm(nut.fl).t(", Nutritionist\n")
    return _end(c, q, dob, [("nhf", nhf)])


# ---------------------------------------------------------------------------------------- corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "Tier 3 weight management clinic letter to the GP", en_t3_letter),
    ("en", "bariatric / metabolic surgery MDT outcome record", en_mdt_outcome),
    ("en", "post-op bariatric dietetic review with a weight trajectory table", en_diet_review),
    ("en", "GLP-1 RA specialist prescribing record with a dose-escalation table", en_glp1_record),
    ("en", "bariatric anaesthetic pre-operative assessment", en_preassess),
    ("en", "lower-case post-op day 1 ward round note", en_postop_lower),
    ("en", "individual funding request for body contouring", en_ifr_contour),
    ("en", "bariatric support group attendance register", en_support_group),
    ("sc", "annual post-bariatric nutritional bloods with a lab table", sc_nutrition_bloods),
    ("sc", "clinical psychology pre-bariatric assessment", sc_psychology),
    ("sc", "operation date and liver reduction diet letter to the patient", sc_surgery_letter),
    ("cy", "sleeve gastrectomy operation note (Morriston)", cy_op_note),
    ("cy", "Level 3 weight management discharge summary to the GP", cy_level3_discharge),
    ("ni", "Tier 3 weight management referral triage", ni_triage),
    ("ni", "bariatric nurse specialist letter about dumping syndrome", ni_dumping_letter),
    ("us", "bariatric surgery insurance pre-certification checklist", us_precert),
    ("us", "medical weight loss clinic GLP-1 progress note", us_glp1_visit),
    ("us", "Roux-en-Y gastric bypass operative report", us_rygb_opnote),
    ("us", "post-discharge bariatric nursing phone call", us_postdc_call),
    ("us", "psychological evaluation for bariatric surgery", us_psych_eval),
    ("us", "MBSAQIP 30-day data abstraction (Medicare patient)", us_mbsaqip),
    ("us", "patient portal message thread about hair loss and vitamins", us_portal_thread),
    ("us", "panniculectomy letter of medical necessity", us_panni_lomn),
    ("au", "public bariatric surgery outpatient referral (Queensland)", au_qh_referral),
    ("au", "sleeve gastrectomy discharge summary", au_discharge),
    ("au", "gastric band adjustment log", au_band_adjust),
    ("au", "exercise physiology CDM report to the GP", au_ep_cdm),
    ("ab", "Weight Wise pre-surgical readiness summary (Edmonton)", ab_readiness),
    ("ab", "obesity medicine telephone follow-up about GLP-1 coverage (Calgary)", ab_phone_glp1),
    ("on", "Ontario Bariatric Network 12-month post-op visit", on_year1),
    ("bc", "interpreted dietitian assessment in a weight management program (Surrey)", bc_diet_group),
    ("ie", "GP referral to the national bariatric service", ie_gp_referral),
    ("ie", "post-bypass vitamin and mineral plan for the patient", ie_supplement_plan),
    ("ie", "body contouring referral to plastic surgery (Cork)", ie_cork_contour),
    ("nz", "bariatric first specialist assessment (Counties Manukau)", nz_fsa),
    ("nz", "dietitian e-mail to the patient after a sleeve (Canterbury)", nz_diet_email),
    ("nz", "CPAC prioritisation form for bariatric surgery", nz_cpac),
    ("in", "bariatric discharge summary (Mumbai)", in_mumbai_discharge),
    ("in", "obesity clinic OPD prescription (Delhi)", in_delhi_opd),
    ("sg", "pre-operative bariatric counselling by a nurse clinician", sg_preop),
    ("sg", "dietitian review before Ramadan after bariatric surgery", sg_ramadan),
    ("za", "motivation to a medical scheme for bariatric surgery (Durban)", za_motivation),
    ("za", "iron infusion record after gastric bypass (Pretoria)", za_iron),
    ("jm", "bariatric surgery clinic note (Kingston)", jm_uhwi),
    ("jm", "nutrition counselling record at a health centre (Montego Bay)", jm_mobay_nutrition),
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
            note = fn(C(99_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
