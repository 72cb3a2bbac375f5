"""HELD-OUT v83 PHI corpus: written independently, before any round-83 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout78 / heldout79 / heldout80 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout80's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, ``_split`` / ``G`` / ``PAT`` / ``STAFF_INTL`` /
``HOME_STAFF`` / ``GRP_LOC`` lines, ``Redraw`` / ``P`` classes, date-format helper, check-digit
helpers, ``_fhir``, ``C`` class, place-word loop, first place helpers, the first and last entries of
its ``TEMPLATES`` list and a grep of its function and table names were seen while reading for those
mechanics, but this file's name groups, word-like and eponym list, places, hospitals, phone and date
formats and templates are its own; its check digits follow the published algorithms - NHS / H&C /
CHI modulus 11, Luhn for NPI, OHIP, Alberta ULI, the AU IHI and SA ID numbers, BC PHN modulus 11,
the AU Medicare check digit, Irish PPSN modulus 23, NZ NHI (the old modulus-11 digit and the 2022
modulus-23 check letter, the latter checked against a public validator's test values), the Hong Kong
identity card check character and the ISO 7064 mod 37-2 check character of ISBT 128 donation numbers
- and were checked, outside the repository, with separately written validators); also a listing of
``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and dependency lines of
``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2 list and
``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the other
held-out corpora being written at the same time were not read; ruff check (not ruff format) was run
on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v80 it
aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it
is modelled on HAEMATOLOGY, ANTICOAGULATION AND TRANSFUSION: anticoagulation clinic warfarin / INR
dosing records, charts, cards and letters (hospital, general practice, community pharmacy and
patient self-testing), DOAC reviews and peri-procedural advice, blood transfusion requests, consent,
crossmatch and massive-transfusion logs, transfusion reaction reports and haemovigilance (SHOT, NHO)
forms, red cell antibody letters, sickle cell and thalassaemia day-unit and clinic notes and care
plans, bone marrow biopsy, myeloma, CML, ITP, HIT and thrombosis clinic notes and letters, day-case
chemotherapy and iron infusion records, stem cell donor correspondence and transplant follow-up,
haemophilia and von Willebrand treatment diaries and plans - in the United Kingdom (15: England 9,
Scotland 2, Wales 2, Northern Ireland 2), the United States (10), Australia (5), Canada (4: Ontario,
British Columbia, Alberta, Nova Scotia), Ireland (3), New Zealand (3), Nigeria (2), South Africa
(1), Hong Kong (1) and the Philippines (1).

Templates, cycled in order (see ``TEMPLATES``). England (9): computer-assisted warfarin dosing
records ("LAST, First", spaced NHS number, a hospital number in one of several local forms, "dd Mon
yyyy" DOB with "(nn y)" (>= 90 labelled), a mobile for dosing texts, "Month yyyy" start, an INR
table with "dd Mon yy" test and next-test dates and the dosers' two-letter initials (NAME), the
patient's first name with a "d Mon" call, "F. Last" nurse practitioner with an NMC PIN (ID), the
HCA's full name; target, range, INRs, doses, time in therapeutic range and the interacting
antibiotic clinical); DOAC monitoring letters from an anticoagulation pharmacist (a direct line, an
nhs.net address (EMAIL), "d Month yyyy", "Dr First Last" GP with the practice unlabelled, "Re: Title
First Last | DOB dd/mm/yyyy | NHS nnnnnnnnnn" over street, town and postcode, "Weekday d Month"
(weekday outside), the age in the text (>= 90 labelled), "Month yyyy", the daughter's first name, a
GPhC number (ID), "cc: Title First Last (patient)"; apixaban doses, CHA2DS2-VASc, ORBIT, weight,
creatinine, Cockcroft-Gault CrCl, Hb, platelets and the NSAID stopped clinical); blood transfusion
request forms (a 5-digit blood bank "ext" (PHONE), "Family name:" in capitals and "Given name(s):"
(two NAME spans), DOB with "(nn)" (>= 90 labelled), unspaced NHS number, hospital number, "Dr Last"
consultant, "Dr First Last (FY2)" with a 4-digit bleep (PHONE), "dd/mm" Hb date, "Month yyyy" last
transfusion, the phlebotomist, "dd/mm/yyyy" sample date with the time outside, a "TXyy-nnnnnn"
laboratory sample number (ID), the group-and-save expiry, "F Last" BMS with an HCPC "BSnnnnn" number
(ID); Hb, units, rate, furosemide, TACO risk factors, indication code, group and antibody screen
clinical); suspected transfusion reaction e-mails to the blood bank ("From: First Last <nhs.net
address>", the transfusion practitioner's full and first names, "Sent: d Month yyyy" with the time
outside, "Subject: ... - LAST hospital-number", "Title First LAST", "d.m.yyyy" DOB, an ISBT 128
donation number "G0925 yy nnnnnn C" (ID), "Dr First Last (haematology SpR)", the spouse's first name
with a mobile, a first-name sign-off; observations before and at the reaction, volume and
paracetamol clinical; Datix unlabelled); wrong-blood-in-tube incident reviews (SABRE, SHOT category
and Datix references unlabelled, "Weekday dth Month yyyy" (weekday outside), "LAST, First" with MRN
and DOB, "Mon yyyy" historical group, "dd/mm" repeat with the time outside, the other patient "Title
First Last" with MRN, the sample taker, "F. Last" action owner with "d Month", the transfusion
practitioner with "dd/mm/yyyy", "d Mon yyyy"; blood groups clinical); haemoglobinopathy day unit red
cell exchange records ("Tue dd/mm/yy" (weekday outside), "First Last" of Nigerian or Ghanaian
descent, hospital and spaced NHS numbers, "dd.mm.yyyy" DOB, a London street, district and postcode,
"Mon yyyy" care plan, the partner's first name with a mobile, "d Mon" next exchange, the CNS and "Dr
F Last"; genotype, phenotype, Hb, HbS, retics, ferritin, units, volume, pain score, hydroxycarbamide
and folic acid clinical); myeloma clinic letters to the GP (secretary landline, "dd/mm/yyyy" seen
and typed dates, "Dr First Last, practice", "FIRST LAST" in capitals with DOB, spaced NHS number,
street, town and postcode, "Month yyyy" diagnosis, "Title Last", the son's or daughter's first name,
"Dr First Last, Consultant Haematologist", "cc: Title First Last"; type, R-ISS, DRd doses,
paraprotein, light chains, FBC, creatinine, calcium, prophylaxis and zoledronic acid clinical); bone
marrow aspirate and trephine procedure notes ("First LAST | hospital number | DOB dd Mon yy | nnF"
(>= 90 labelled, the sex letter outside), "dd/mm/yyyy" with the time outside, the nurse specialist
with an NMC PIN, the HCA's first name, the patient's spoken identity check - name and a "dth of
Month yyyy" DOB in quotation marks -, "Weekday d Mon" MDT (weekday outside), the son's or daughter's
full name with a mobile, a unit landline; indication bloods, apixaban, site, lidocaine, Entonox,
samples, trephine length and obs clinical); haemophilia home-treatment diary exports (the boy's full
name, "d/m/yyyy" DOB, hospital and NHS numbers, "Mon yyyy" inhibitor screen, a diary table with "Mon
dd/mm" dates (weekday outside) and "Mum" (unlabelled) or the boy's first name under "Given by", the
mother's first name, "d Month" school trip, a tokenised shared-diary link (URL), the nurse
specialist, the mother's mobile; diagnosis, factor VIII doses, weight and doses to settle clinical).
Scotland (2): stem cell donor work-up letters from the donor programme (an "0131" line, "d Month
yyyy" or "dth Month yyyy", "Title First Last" over a street (also "Flat C, nn Street"), town and
postcode, a registry donor ID "SNnnnnnnn" (ID), CHI (from the DOB and sex), "Dear First", the
recipient's age and sex unlabelled, "Weekday d Month" medical and G-CSF start (weekday outside) with
the time outside, a tokenised questionnaire link (URL), "dd/mm/yyyy" collection, the home-visit
nurse's full name, "Dr F Last" GP, a mobile, the coordinator; diagnosis, HLA match, blood group, CMV
and filgrastim dose clinical) and haematology day unit SACT administration records ("LAST, First",
CHI dashed "nnnnnn-nnnn", "dd/mm/yy" DOB, "Dr Last", "dd/mm/yyyy", "dd/mm" bloods, the two checking
nurses, the patient's and spouse's first names, a helpline landline, "Mon d Mon" next cycle (weekday
outside); height, weight, BSA, bloods, CTCAE grades, premeds and the BSA-based R-CHOP, BR or ABVD
doses clinical; cycle numbers unlabelled). Wales (2): bilingual day-14 DOAC telephone reviews ("Claf
/ Patient", "Rhif y GIG / NHS number" spaced, "Geni / Born" "d/m/yyyy", "Cartref / Home" street,
town and postcode, "Ffôn / Tel" landline, "Dyddiad yr alwad / Call date" "dd.mm.yyyy", the patient's
and spouse's first names, "dd/mm" start and bloods dates, "d Month" and "Month yyyy", a tokenised
video link (URL), "Fferyllydd / Pharmacist" with a GPhC number; DOAC dose, checklist findings,
weight, creatinine and CrCl clinical) and IV iron infusion records ("Patient label: LAST, First /
hospital number / NHS nnnnnnnnnn / DOB dd-mm-yyyy" on one line, "Dr F Last (GP)" with "dd/mm/yy",
"dd/mm" bloods, the spouse's first name, two nurses, "Month yyyy"; indication, ferrous sulfate, Hb,
ferritin, TSAT, MCV, phosphate, weight, ferric derisomaltose dose, diluent, rate and an observation
table clinical). Northern Ireland (2): anticoagulant clinic dosing letters to the patient (an "028"
clinic line, "dth Month yyyy", "Title First Last" over street, town and BT postcode, spaced H&C
number (mod 11), "dd/mm/yyyy" DOB, "Weekday dth Month" INR date and "Weekday d Mon" next test
(weekdays outside), a seven-day dose schedule by weekday, the daughter's first name with "d/m" and a
mobile, the nurse specialist; INR, target, daily and weekly doses clinical) and ITP outpatient
reviews ("First M. Last, nn y", unspaced H&C number, "dd.mm.yy" DOB, the town the patient lives in
(ADDRESS), "Mon yyyy", "dd/mm", "Dr Last" GP, "Dr First Last, ST5" and "Dr F Last, Consultant"; ITP
treatments and doses, platelets, Hb, ALT, bilirubin, bleeding, tranexamic acid and thresholds
clinical). United States (10): anticoagulation clinic telephone encounters ("Last, First M", MRN in
one of several forms, "mm/dd/yyyy" DOB, "Age: nn y" (>= 90 labelled), the daughter's full name on a
HIPAA release (or the patient) with a phone, "m/d" INR dates, "m/d/yy" next INR, ", PharmD, CACP"
with a phone, "First M. Last, MD" cosign; indication, goal, INRs, weekly regimen, diet, interacting
drug and the new regimen clinical); hematology consults for suspected HIT ("Month d, yyyy", "FIRST
LAST", MRN, "mm-dd-yyyy" DOB, "nnM" / "nnF" (>= 90 labelled, the sex letter outside), "Dr. Last (CT
surgery)", "m/d", "Month yyyy" inside the allergy entry, the spouse's first name, the fellow with a
4-digit pager, the attending "First M. Last, MD"; POD, platelet counts, 4Ts, PF4 ELISA OD, duplex,
labs, argatroban and apixaban clinical); massive transfusion protocol blood bank logs ("mm/dd/yyyy"
with the time outside, "Dr. Last (Trauma Surgery)", an unidentified-patient alias such as "TRAUMA,
TANGO" (unlabelled: not a person's name), temporary and permanent MRNs, "LAST, FIRST M", DOB, the
brother's full name, phone and the city he lives in (ADDRESS; state unlabelled), the tech and
medical director; historical type, emergency release, cooler table product counts, TEG, iCa, TXA and
calcium clinical); blood bank crossmatch and antibody workup logs (a padded table of three or four
unrelated patients with MRNs and "LAST, FIRST", two-letter tech initials (NAME), "Weekday, mm/dd/yy"
(weekday outside), the antibody patient's surname again, "m/d/yyyy", "Dr. Last", a callback phone,
the SBB reviewer; ABO/Rh, screens, antibody identifications and product / crossmatch results
clinical; the Patient is the antibody patient); individualized sickle cell ED pain plans
("mm/dd/yyyy" validity, "First Last", "m/d/yyyy" DOB, MRN, the hematologist, nurse navigator and
mother with phones, "m/d"; genotype, baseline labs, home meds, ED analgesia, fluids, transfusion
threshold and antigen-negative requirements clinical); myeloma infusion center nursing notes ("Mon
d, yyyy", "Last, First M", MRN, DOB with "(nn y/o)" (>= 90 labelled), "m/d" labs, the spouse's first
name, "m/d/yy", ", RN, OCN"; weight, BSA, labs, premeds, daratumumab, bortezomib, neuropathy and
acyclovir clinical; cycle-day codes unlabelled); related stem cell donor evaluations (recipient's
full name and MRN, the sibling donor "First M. Last" with DOB, MRN and SSN (SSN), street (apartment
/ unit inside), city, ZIP or ZIP+4 (state unlabelled), cell and personal e-mail (EMAIL), "m/d/yy",
an e-signature "mm/dd/yyyy" with the time outside and the public IP address (IP), "m/d" mobilisation
and apheresis, the donor advocate and coordinator with a phone; HLA, ABO, CMV, donor vitals and labs
and the filgrastim dose clinical; the Patient is the donor); hemophilia treatment center
comprehensive visits (the boy's full name, DOB, MRN, the mother's full name, the PT's first and full
names, the school nurse with a phone, an insurance member ID (ID), a home infusion pharmacy phone,
"Month yyyy", four clinicians with credentials outside; severity, inhibitor titre, emicizumab dose,
weight, bleeds, rFVIIa, HJHS and labs clinical); patient portal threads on holding apixaban before a
colonoscopy ("From: First Last (patient)", "Sent: m/d/yyyy h:mm PM" (time outside), a lower-case
message with "first last", "m/d/yy" DOB, "weekday month d" (the weekday outside, "month d" a DATE),
"dr last" and a phone; the reply with "m/d/yyyy", "Ms. / Mr. Last", "m/d", "Weekday m/d" (weekday
outside), "Dr. Last", the nurse with a phone, and an audit line with the IP address the reply was
opened from (IP); apixaban, CrCl and timings clinical); lower-case AML induction progress notes
("m/d hhmm" (time outside), "pt: first last 54m" - the age run into the sex letter, under 90 -, a
lower-case MRN, the spouse's lower-case first name, "m/d" marrow, "dr last", "- first l, md
(fellow)" with a pager; temperatures, vitals, labs, antibiotics, transfusions, marrow result and
prophylaxis clinical). Australia (5): general practice warfarin management charts ("First LAST",
"dd/mm/yyyy" DOB, Medicare with the individual reference number inside the span ("nnnn nnnnn n / n",
"nnnnnnnnnn-n", check digit), IHI (16 digits, Luhn), street and suburb in capitals (ADDRESS), state
unlabelled and postcode, a mobile, an INR table with "d/m/yy" dates and the GPs' initials (NAME),
the daughter's full name and mobile; indication, target, INRs and doses clinical; tablet colours
unlabelled); consent forms for blood and blood products ("UR:", "Surname:" in capitals and "Given
names:" (two NAME spans), DOB, street, suburb, state unlabelled and "Postcode:" (ZIP), a landline,
"d Month yyyy" validity, "(signed) First Last", "dd/mm/yy" signature dates, the registrar, a Greek
or Vietnamese interpreter's full name with a NAATI number (ID); products, reason and risks
clinical); thalassaemia day unit transfusion notes ("Weekday d Month yyyy" (weekday outside), "First
LAST (nny)", UR, "dd.mm.yyyy" DOB, "d Mon", "Mon yyyy", "Month yyyy", Mum's and the patient's first
names, "d Mon" next transfusion, the CNC and "Dr F. Last"; diagnosis, splenectomy (its year
unlabelled), Hb, target, units, matching, ferritin, T2*, liver iron, deferasirox, renal and liver
labs, vitamin D, HbA1c and zoledronic acid clinical); post-transplant myeloma letters to the GP (the
consultant with ", FRACP FRCPA" outside, a landline and an AHPRA "MED000nnnnnnn" number (ID), "d
Month yyyy", "Dr First Last" with the practice suburb (ADDRESS), "Dear First", "Re: First LAST DOB
... Medicare ...", street, suburb, state unlabelled and postcode, "Month yyyy", "d Mon" transplant,
a PBS authority approval number (ID), the patient's first name, the consultant's first-name
sign-off; type, R-ISS, marrow, treatment, lenalidomide dose, paraprotein, sFLC ratio and FBC
clinical); haematology registrar telephone advice logs for a bleed on rivaroxaban ("dd/mm/yyyy" with
the time outside, "Dr First Last" ED registrar with a landline, "First LAST, nnM" (>= 90 labelled),
UR, "d/m/yyyy" DOB, the registrar's mobile and full name; rivaroxaban, SDH, labs, Prothrombinex-VF
dose, tranexamic acid and timings clinical). Canada (4): Ontario thrombosis clinic consultation
letters ("Month d, yyyy", "Dr. First Last, Family Physician" with a fax, "LAST, First", "yyyy/mm/dd"
DOB, OHIP "nnnn-nnn-nnn-XX" (Luhn, version code inside), "unit-number street" or "number street",
city, "ON" unlabelled, postal code, phone, "Mr. / Ms. Last", "nn-year-old" unlabelled, "Mon d", the
partner's first name, "Month yyyy", ", MD, FRCPC" with a CPSO number (ID); DVT / PE, provoking
factor, D-dimer, Hb, platelets, creatinine, weight and the rivaroxaban regimen and duration
clinical); British Columbia red cell antibody letters from transfusion medicine ("Mon-dd-yyyy", "To:
First M. Last" over street, city, "BC" unlabelled and postal code, unspaced PHN (mod 11), "Dear
First", "Mon d, yyyy", "Dr. Last" obstetrician, a wallet card number "TMnnnnnn" (ID), the MLT with a
phone and an "ext." 4-digit extension (PHONE), "Dr. First Last"; antibody, titre, antigen-negative
requirement and interval clinical); Alberta BMT day +100 assessments ("yyyy-MON-dd" in capitals,
"LAST, First", ULI "nnnnn-nnnn" (Luhn), DOB, "Month d, yyyy" day 0, "Mon d" marrow, the city the
patient lives in (ADDRESS), the spouse's first name, the NP with a phone, "Dr. First Last";
diagnosis, transplant type, conditioning, GVHD prophylaxis, chimerism, MRD, GVHD stages, drugs and
levels, labs and the taper day clinical); Nova Scotia INR self-testing phone reviews ("Month d,
yyyy", "First LAST", health card "nnnn nnn nnn" (ID), "dd-Mon-yyyy" DOB, phone, street, town, "NS"
unlabelled and postal code, the INR meter serial number (ID), "Mon d" dates in a results list, the
RN's full name and "Dr. Last"; INRs, dose, TTR and the interacting antibiotic clinical). Ireland
(3): anticoagulation clinic discharge letters to the GP (a landline, "dd/mm/yyyy", "Dr First Last"
with "Main Street Medical Centre, Town" (the town ADDRESS), "Re: First Last, DOB dd.mm.yyyy, MRN,
street, town, Co. ... (unlabelled), Eircode" on one line, PPSN (SSN; mod 23, old or "A" form), the
patient's first name with "(nn)" (>= 90 labelled), "dth Month", "Mon d/m" (weekday outside), the
spouse's first name with a mobile, "Is mise le meas," an ANP with an NMBI PIN (ID); indication, TTR,
INR, target, dose, Hb and creatinine clinical); haemostatic plans for dental extraction in von
Willebrand disease (full name, DOB, an "NCCnnnnnn" centre number (ID), PPSN, mobile, "Month yyyy"
DDAVP trial, the dentist's full name and the town of the practice (ADDRESS), "Weekday dth Month
yyyy" (weekday outside), a "+353 1" / "(01)" 24-hour line, the CNS and consultant; VWF levels, DDAVP
response, teeth, desmopressin dose, tranexamic acid, mouthwash and fluid restriction clinical);
haemovigilance serious adverse reaction notifications (the haemovigilance officer's full name,
landline and hse.ie address (EMAIL), patient initials "F L", "FL" or "F.L" with O' surnames as "F
O'S" (one NAME span), DOB, age (>= 90 labelled), MRN, "dd/mm/yyyy" transfusion, reaction and report
dates, an ISBT 128 donation number (ID), "F. Last"; TACO findings, treatment, imputability and
severity clinical). New Zealand (3): community pharmacy point-of-care INR (CPAMS) records (the
pharmacy name unlabelled with its suburb (ADDRESS), "d/m/yyyy" with the time outside, "First LAST",
NHI (old or 2022 format), DOB, a mobile and personal e-mail (EMAIL), "Dr F Last", "Month yyyy", "d
Month", "d/m", "d Mon", the accredited pharmacist with a Pharmacy Council registration number (ID);
indication, target, INRs, bleeding, missed doses, alcohol and dose clinical); CML clinic letters to
the GP ("d Month yyyy", "Dr First Last" with the practice suburb (ADDRESS), "Tēnā koe Dr Last", "Re:
First LAST, NHI (mostly the 2022 format), DOB d/m/yyyy, street, suburb, city postcode" on one line,
"Month yyyy", the patient's and partner's first names, "Ngā mihi,", "Dr First Last"; phase, Sokal
risk, TKI dose, BCR::ABL1 (IS), molecular response, FBC and creatinine clinical); pre-operative
anaemia clinic notes ("dd/mm/yyyy", "LAST, First | NHI | DOB dd.mm.yyyy (nn)" (>= 90 labelled), "d
Month" surgery with "Mr Last", "Dr F. Last" GP, the daughter's first name and the suburb she drove
from (ADDRESS) with a mobile, "d Mon", the nurse; operation, iron studies and labs, ferric
carboxymaltose dose, weight and tests clinical). South Africa (1): anticoagulation clinic warfarin
cards (folder number (ID), SA ID number (DOB, sex digits, Luhn), "Surname:" in capitals and "First
names:" (two NAME spans), "dd/mm/yyyy" DOB, street, suburb, city and postal code, cell, an INR table
with "dd/mm/yy" dates, "dd/mm" next visits and the sisters' initials (NAME), "d Month", "Dr Last",
"Mon yyyy", the next of kin's full name with a cell; indication, target, INRs, doses, TB and HIV
treatment and viral load clinical). Hong Kong (1): thalassaemia day ward notes ("dd-Mon-yyyy",
"SURNAME Given Given" (one span), HKID with its bracketed check character (ID), "HNnnnnnnnn" (ID),
"Sex/Age: F/nn" unlabelled, DOB, "Flat n, nn/F, Block n, ... Estate" (ADDRESS) and the district
(ADDRESS), an 8-digit or "+852" mobile, the husband as "English SURNAME Given Given" (one span) with
a phone, "Dr SURNAME Given Given" (MO), the APN as "Given Given Surname"; diagnosis, Hb in g/dL,
units, matching, ferritin, T2*, liver iron, chelation doses and ANC clinical). Nigeria (2): adult
sickle cell clinic notes (the teaching hospital's abbreviation - LUTH, LASUTH, UCH, UNTH, ABUTH -
unlabelled, "dd/mm/yyyy", a hospital number "ABBR/nnnnnn", "ABBR/yy/nnnnn" or bare digits (ID),
"SURNAME First" (one span), "Age: nn yrs" unlabelled, occupation unlabelled, "No. nn, Street" or
"nnB Street" (ADDRESS), area and city (ADDRESS), "+234" / "080x" mobiles, the next of kin's full
name with the relationship outside, "Dr First Last (Senior Registrar)" and "Dr F. Last (Consultant
Haematologist)"; genotype, HbF, crises, admissions, examination, SpO2, BP, weight, PCV, WBC,
platelets, retics and drugs clinical) and blood bank requests with family replacement donors
("dd-mm-yyyy" with the time outside, "Mrs First Last", hospital number, "Age: nn" unlabelled, the
husband and brother-in-law donors by full name with mobiles, "dd/mm" bled date, the MLS, "Dr First
Last (Resident)" with an MDCN folio "MDCN/R/nnnnn" (ID); diagnosis, Hb, PCV, group, units, donor
groups, screening, crossmatch and vitals clinical). Philippines (1): paediatric ALL maintenance
day-care notes ("Month d, yyyy", "SURNAME, GIVEN MIDDLE" in capitals with the mother's maiden
surname as the middle name (one span), "Age/Sex: n/M" unlabelled, "mm/dd/yyyy" birthday, hospital
number, PhilHealth PIN "nn-nnnnnnnnn-n" (ID; no published check digit used), a "Blk nn Lot nn, Phase
n" or "nnn ... Street" line, "Brgy. ..." and the city (three ADDRESS spans) and the ZIP code, the
mother as "Ma. First M. Last" or "First M. Last" (one span, "Ma." inside), a "09xx" / "+63" mobile,
"First M. Last, MD, FPPS", "Dr. Last" and the nurse; diagnosis, maintenance week, weight, height,
BSA, CBC and the BSA-based 6-mercaptopurine, methotrexate, vincristine, dexamethasone and
cotrimoxazole doses clinical; "Z Benefit" unlabelled).

Names: curated groups per region, a person's first name and surname taken from one group (English
(West Riding / Potteries surnames), Nigerian Yoruba and Igbo (also in England), Ghanaian, Greek
Cypriot and Pakistani British; Scottish (Fife / Tayside / Ayrshire surnames); Welsh; Northern Irish;
US Midwest white (German, Scandinavian and Polish surnames), African American and Mexican American;
Anglo-Irish, Greek and Vietnamese Australian; Maritime / Ontario Anglo and Acadian, Punjabi and
Cantonese (English given names) Canadian; Irish with fadas and O' surnames; Pākehā, Māori and
Samoan; Xhosa and Cape Coloured / Cape Malay South African; Hong Kong Cantonese (surname,
two-syllable given name, an English name before it); Nigerian Yoruba, Igbo and Hausa; Filipino (the
mother's maiden surname as the middle name)), children born since 2008 taking current first names
for the UK and US groups, about one patient name in five (UK, US white and African American, AU, CA,
IE and NZ groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ re-seeded per note
(relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ come
from the local groups and, about three in ten, a mixed international workforce (Keralite,
Zimbabwean, Egyptian, Filipino, Nigerian Igbo and Pakistani); elsewhere staff are local. Word-like,
eponymous and place names are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtue
names, months and weekdays - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown -
word-like Cantonese syllables, and the eponyms, blood group systems, tests, scores, devices and
brands of haematology, anticoagulation and transfusion (Christmas, Willebrand, Glanzmann, Bernard,
Soulier, Kell, Duffy, Kidd, Lewis, Lutheran, Diego, Coombs, Hodgkin, Waldenstrom, Bence, Jones,
Fanconi, Diamond, Evans, Howell, Jolly, Heinz, Burkitt, Sternberg, Auer, Pelger, Perls, Leishman,
Russell, Clauss, Leiden, Bombay, Wells, Caprini, Khorana, Warkentin, Rosendaal, Fennerty, Tait,
Kovacs, Mentzer, Kleihauer, Betke, Cockcroft, Gault, Hickman, Jamshidi, Sokal, Binet, Rai, Durie,
Salmon, Karnofsky, Nolan, Anthony, Pearson, Gilbert, Scott, Stuart, Prower, Fitzgerald, Hageman,
Fletcher, Rosenthal, Kyle, Howard, Paterson, Kelly, Coumadin, Marevan, Eliquis, Xarelto,
Prothrombinex, Hemlibra, Revlimid, Darzalex, Exjade, Ferinject ...) and every word of the towns,
suburbs, streets, estates and hospitals these notes name); the curated lists were screened against
the web2 word list (lower-case entries) and wordfreq, and Faker draws also skip ``_FAKER_WORDS``
(the Faker names of those locales that are, or contain, lower-case web2 words) and names shorter
than three letters. Relatives take a first name from the family's group (or locale); blood relatives
keep the surname, spouses and partners sometimes have their own. Forms: "First Last", "First LAST",
"FIRST LAST", "LAST, First", "Last, First M", "LAST, FIRST", "LAST, FIRST M", "First M. Last", "F.
Last", "F Last", "Title Last", "Dr Last" / "Dr. Last" / "dr last", "Mr / Ms. Last", lower-case full
and first names and "first l", first names alone, separate family-name and given-name fields (two
spans), two-letter initials in dosing and laboratory tables, patient initials on a haemovigilance
form, "SURNAME First" (Nigeria), "SURNAME Given Given", "English SURNAME Given Given" and "Given
Given Surname" (Hong Kong), "SURNAME, GIVEN MIDDLE" and "Ma. First M. Last" (Philippines), the
patient's name inside a quoted identity check. No initials spell a clinical, haematology, dosing or
common abbreviation (``BAD_INITS``), and a note never reuses a first or last name for unrelated
people (a note in which a labelled PHI string - or a word of a labelled name - also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout78 - heldout80): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Mr.", "Ms.", "Mum", "mom", "husband", "wife", "partner", "daughter",
"son", "brother", "sister", "(HCA)", "(SN)", "(FY1)", "(FY2)", "(haematology SpR)", "(consultant)",
"(GP)", "(patient)", "(phlebotomist)", "(Transfusion Practitioner)", "(Trauma Surgery)", "(CT
surgery)", "(attending)", "(fellow)", "(MO)", "(MLS)", "(Resident)", "(Senior Registrar)",
"(Consultant Haematologist)", "(Haematology Registrar)", "(orthopaedics)", "APN", ", Staff Nurse",
", RN", ", RN, OCN", ", RN, BMTCN", ", LCSW", ", PT, DPT", ", MD", ", MD, FRCPC", ", NP", ", MLT",
", MLS(ASCP)CM", ", MLS(ASCP)SBB", ", PharmD, CACP", ", MD, FPPS", " FRACP FRCPA", ", CNC
Haematology", ", Haemophilia Nurse Specialist", ", Anticoagulant Nurse Practitioner", ", Fferyllydd
/ Pharmacist" and the like) are outside NAME spans; "LAST, First" is one NAME span. A street line
(with flat / apartment / unit part, "n/nn", "unit-number", "Blk nn Lot nn, Phase n", "No. nn,
Street", a Hong Kong "Flat n, nn/F, Block n, ... Estate" line), a suburb, district, area, barangay
("Brgy. ..." inside the span), town or city where a person lives (also the suburb or town of a GP
practice, a pharmacy or a dentist the patient uses, the city a relative lives in and the suburb a
patient travels in from) is ADDRESS; a state, province, county or region ("TN", "NSW", "ON", "BC",
"NS", "Co. Offaly") is not PHI; UK postcodes, US ZIP and ZIP+4 codes, Canadian postal codes,
Eircodes, AU / NZ / South African postcodes and Philippine ZIP codes are ZIP. DATE: anything more
specific than a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy",
"dd.mm.yy", "d.m.yyyy", "dd-mm-yyyy", "dd-Mon-yyyy", "dd Mon yyyy", "dd Mon yy", "d Mon yyyy", "d
Mon", "d Month yyyy", "dth Month yyyy", "dth of Month yyyy", "dth Month", "d Month", "Month yyyy",
"Mon yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy",
"Mon d, yyyy", "Mon d", "Mon-dd-yyyy", "yyyy/mm/dd", "yyyy-MON-dd", a lower-case "month d"; weekdays
("Tue", "Monday") stay outside; a date followed by a separate time labels only the date; times of
day ("14:32", "0640", "2:34 PM"), years alone ("splenectomy 2009"), durations and intervals, cycle
and day codes ("C3D1", "day +100", "POD 7"), maintenance weeks and ages < 90 are never labelled.
AGE: ages >= 90 only, number part only (also "(nn y)", "(nn)", "(nn y/o)", "Age: nn y" and "nnM" /
"nnF", the sex letter outside). PHONE: mobiles, landlines, direct and secretary lines, fax and
callback numbers, 4-digit bleeps and pagers and 4- and 5-digit extensions (digits only; "ext"
outside), with the country code ("+1", "+27", "+44", "+44 (0)", "0044", "+61", "+63", "+64", "+234",
"+353", "+852") and area-code brackets inside the span and labels ("Tel", "Mob", "Mobile", "Cell",
"Fax", "Ph", "bleep", "pager", "Ffôn") outside. SSN: a US donor's SSN and Irish PPSNs. ID: NHS (mod
11; spaced or unspaced), CHI (from the DOB and sex; also dashed), H&C (mod 11), hospital / MRN / UR
/ folder / HN / NCC numbers, laboratory sample numbers, ISBT 128 donation numbers, a stem cell
registry donor ID, NMC PINs, GPhC, HCPC, NMBI, AHPRA, CPSO, Pharmacy Council, NAATI and MDCN
numbers, US MRNs and an insurance member ID, AU Medicare (check digit, individual reference number
inside the span), IHI (Luhn), a PBS authority approval number, OHIP (Luhn, version code inside), BC
PHN (mod 11), Alberta ULI (Luhn), the Nova Scotia health card, an INR meter serial number, a red
cell antibody wallet card number, NZ NHI (old and 2022 formats), SA ID numbers (Luhn), Hong Kong
identity card numbers (check character), the PhilHealth PIN. EMAIL: staff work addresses (nhs.net,
hse.ie) and personal addresses. URL: a tokenised shared-diary link, a donor questionnaire link and a
video-consultation link. IP: the address a donor's e-consent was signed from and the address a
portal reply was opened from. Not PHI and unlabelled: hospital, ward, unit, practice, pharmacy,
laboratory, registry and programme names and abbreviations, SHOT categories, SABRE and Datix
references, an unidentified-patient trauma alias, factor concentrate and drug brands, blood group
and antigen names, eponymous tests and scores, times of day and years alone. INRs and targets, doses
and regimens, blood groups, antibodies and phenotypes, haematology and chemistry results,
transfusion volumes and product counts, observations, scores (CHA2DS2-VASc, ORBIT, 4Ts, HJHS, CTCAE
grades, pain scores), iron and chelation values, molecular and transplant results and the other
interventions are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 83_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated March 2024 to September 2025, the dates they cite from births
in the 1920s to reviews in late 2026). Run it only for final figures: its misses and lost clinical
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G = {
    # English: West Riding and Potteries surnames
    "en": (("Trevor Keith Nigel Stuart Malcolm Derek Geoffrey Adrian Kenneth Dennis Barrie Leslie "
            "Philip Clifford Gordon Raymond Melvyn Darren Andrew Jason Richard Jonathan Neville"),
           ("Maureen Brenda Pauline Sandra Janet Lorraine Tracey Sharon Julie Gillian Denise "
            "Beverley Wendy Lesley Christine Marion Shirley Valerie Sheila Jacqueline Deborah "
            "Nicola Kathleen Margaret Yvonne Glenys Hilary Joanne Rachel"),
           ("Haigh Sykes Ackroyd Hirst Brearley Oldroyd Crowther Holroyd Mellor Tunnicliffe "
            "Bagnall Bloor Hulme Mycock Boothroyd Barraclough Ibbotson Dransfield Illingworth "
            "Sugden Bairstow Ramsden Widdop Stott Hinchliffe Greenhalgh Shackleton Ormerod Pogson "
            "Lockwood Townend Kershaw Beardsell Gledhill Brammah Bickerstaffe Tomlinson Hargreaves "
            "Whiteley Copley Ledgard")),
    # Nigerian Yoruba (also British Nigerian)
    "ngy": (("Oluwaseun Babatunde Olumide Adewale Kayode Oluwafemi Tobiloba Damilola Segun Ayodeji "
             "Olamide Gbenga"),
            ("Folasade Funmilayo Yetunde Temitope Bukola Omolara Abimbola Oluwakemi Titilayo "
             "Adenike Morenike Oyinkansola"),
            ("Adeyemi Ogunbanjo Adebayo Oyelaran Balogun Akinola Olaniyan Adesanya Oyinlola "
             "Akintola Ogundipe Adeleke Fashola Oyebanji Ajayi Olatunji Ogunleye Adegoke")),
    # Nigerian Igbo (also British Nigerian)
    "ngi": (("Chinedu Emeka Ifeanyi Obinna Chukwudi Nnamdi Uchenna Ikechukwu Chibuzor Kelechi "
             "Obiora Somtochukwu"),
            ("Chiamaka Adaeze Ngozi Ifeoma Chidinma Nkechi Uchechi Amarachi Obiageli Ebere Chinwe "
             "Ogechi"),
            ("Okonkwo Nwachukwu Okafor Onuoha Ezeani Nwosu Anyanwu Okoro Udeh Nwankwo Okeke Ibekwe "
             "Chukwuma Onyeama Nwafor Ezeobi")),
    # Nigerian Hausa
    "ngh": ("Abubakar Sani Aminu Yusuf Haruna Kabiru Nasiru Shehu Umar Bashir Jamilu Auwalu",
            "Hauwa Zainab Hadiza Maryam Aisha Rukayya Halima Bilkisu Amina Jamila Saadatu Zuwaira",
            ("Bello Danjuma Abdullahi Garba Suleiman Yakubu Dahiru Tijjani Sadiq Shuaibu Bagudu "
             "Lawan")),
    # British Ghanaian
    "bgh": ("Kwame Kofi Kwabena Kwaku Kojo Kwesi Kwadwo Ekow Fiifi",
            "Akosua Abena Efua Adwoa Afua Akua Esi Adjoa Maame",
            ("Mensah Owusu Boateng Asante Osei Agyeman Appiah Ofori Amoah Acheampong Frimpong "
             "Antwi Bonsu Asamoah Adjei Nkansah Ampofo")),
    # British Greek Cypriot
    "bcy": (("Andreas Christos Panayiotis Stelios Costas Michalis Savvas Yiannis Demetris Kyriakos "
             "Loizos"),
            ("Eleni Androulla Despina Stavroula Panayiota Chrystalla Maroulla Katerina Anthoulla "
             "Loukia Georgoulla"),
            ("Christodoulou Georgiou Charalambous Constantinou Hadjipetrou Ioannou Kyriacou "
             "Stylianou Panayi Hadjimichael Theodorou Efstathiou Neophytou Xenophontos Pittas")),
    # British Pakistani (Mirpuri / Punjabi)
    "bpk": ("Imran Tariq Asif Zubair Bilal Usman Kamran Naveed Shahid Waqas Adeel Zeeshan",
            "Nadia Saima Rubina Shazia Ayesha Farzana Sadia Nabila Samina Uzma Nasreen Tahira",
            ("Hussain Akhtar Iqbal Mahmood Rashid Bashir Siddiqui Chaudhry Qureshi Rehman Aslam "
             "Javed Shafiq")),
    # Scottish: Fife, Tayside and Ayrshire surnames
    "sc": (("Alasdair Euan Hamish Ruaridh Callum Gregor Lachlan Struan Murdo Niall Ewan Finlay "
            "Douglas Iain Angus Alistair"),
           ("Morag Catriona Eilidh Mhairi Kirsty Shona Isla Ailsa Rhona Lorna Iona Elspeth Fiona "
            "Agnes Senga"),
           ("Strachan Rennie Lumsden Pirie Cruickshank Duthie Kinnear Soutar Beveridge Dalgleish "
            "Affleck Hutcheson Ogilvie Fyfe Lamont Dunsmuir Gilchrist Imrie Laing Meiklejohn "
            "Wishart Birrell Gourlay Halkett Bruce")),
    # Welsh
    "cy": (("Dafydd Gwyn Rhodri Iestyn Emyr Huw Aled Geraint Osian Carwyn Ieuan Gethin Tomos "
            "Gareth Meirion Elfed"),
           ("Angharad Eirlys Sian Bethan Ffion Gwenllian Rhiannon Carys Lowri Mererid Eleri Delyth "
            "Nerys Heledd Menna Gwenda"),
           ("Prosser Bowen Pritchard Vaughan Griffiths Powell Probert Gwilliam Meredith Jenkins "
            "Rees Llewellyn Howells Watkins Prytherch Rowlands Gruffydd Pryce Lloyd Hopkin")),
    # Northern Irish
    "ni": ("Seamus Ciaran Declan Eamon Gerard Raymond Wilbert Cathal Fergus Brendan Dermot Aidan",
           ("Roisin Siobhan Orla Bronagh Mairead Clodagh Grainne Nuala Geraldine Marian Sinead "
            "Dympna"),
           ("McAleese McKeown Hagan Mulholland McCrory Devlin Donnelly Magee Gilmore McIlroy Agnew "
            "Beattie McCausland Gribben Cunningham McGuigan Mallon Quinn")),
    # US Midwest white (German / Scandinavian / Polish surnames)
    "usw": (("Randall Douglas Gregory Dwayne Curtis Leland Harlan Vernon Marvin Duane Lonnie "
             "Brandon Dustin Kurt Darrell Gerald"),
            ("Brenda Darlene Lorna Rhonda Kimberly Sherri Charlene Deanna Ashley Brittany Kayla "
             "Shelby Marcia Lorene"),
            ("Schroeder Hoffmann Kowalczyk Lindquist Nordstrom Oberholtzer Reinhardt Swanson "
             "Vanderbeek Brinkmann Stoltzfus Gustafson Ostrowski Pfeiffer Kuehn Hegland Jorgensen "
             "Wojcik Brueggemann Hollenbeck Schaefer Mueller Kessler Dietrich")),
    # African American
    "usb": ("DeShawn Jamal Terrence Darnell Cedric Reginald Andre Demetrius Jalen Deandre Rashad",
            ("LaToya Keisha Tanisha Aaliyah Imani Monique Tamika Latrice Shonda Kiara Shaniece "
             "Yolanda Lakeisha Tiana Dominique"),
            ("Dorsey Pettaway Bynum Hairston Boykin Gaines Coleman Mayfield Tillman McKnight "
             "Whitaker Jeter Staton Lockett Spruill Merriweather Bledsoe Mabry")),
    # Mexican American
    "usmx": (("Alejandro Rigoberto Humberto Arturo Ernesto Eduardo Joaquin Efrain Gilberto Raul "
              "Rogelio Fidel"),
             ("Maricela Yesenia Araceli Leticia Rocio Marisol Graciela Guadalupe Esmeralda "
              "Veronica Adriana"),
             ("Villarreal Cisneros Zamora Alvarado Ochoa Salazar Trevino Quintanilla Elizondo "
              "Garza Cantu Olivares Saucedo Galindo Espinoza Montemayor")),
    # Anglo-Irish Australian
    "au": (("Darren Wayne Shane Glenn Bradley Lachlan Nathan Mitchell Damien Jarrod Trent Kieran "
            "Warrick Garry"),
           ("Kylie Narelle Leanne Raelene Sharelle Bronwyn Kerryn Jodie Belinda Tegan Bianca "
            "Rochelle Tameka"),
           ("Heffernan Cavanagh McMahon Doolan Considine Whelan Gleeson Hanrahan Tobin Brennan "
            "Costigan Mulcahy Dwyer Keogh Finnane Lenehan Corrigan Rafferty")),
    # Greek Australian
    "augr": (("Konstantinos Dimitrios Spiros Nikolaos Vasilis Theodoros Georgios Panagiotis "
              "Stavros Evangelos"),
             ("Vasiliki Anastasia Panagiota Eleftheria Paraskevi Dimitra Athina Sotiria Kalliopi "
              "Evangelia"),
             ("Papadopoulos Katsaros Stavropoulos Karagiannis Tsiolis Mavromatis Nikolaidis "
              "Economou Kontos Vlahos Galanis Triantafyllou Zervos Sarris")),
    # Vietnamese Australian
    "auvn": ("Minh Quang Thanh Duc Khoa Vinh Bao Hieu Phong",
             "Linh Thuy Huong Phuong Trang Ngoc Thao Hanh Tuyet Diep",
             "Nguyen Tran Pham Hoang Huynh Phan Truong Bui Ngo Duong"),
    # Maritime and Ontario Anglo / Acadian Canadian
    "ca": ("Trent Lorne Blaine Dwight Darcy Gordie Clayton Kirby Cody Dustin",
           ("Shannon Lorrie Tanya Melanie Krista Shelley Darlene Tracy Dana Rhonda Kristen Janelle "
            "Sheena"),
           ("MacIsaac Fennell Schofield Lalonde Beaton Chisholm MacNeil Boudreau Thibodeau "
            "Arsenault LeBlanc Doucette Gillis MacDougall Publicover Langille Fougere Comeau Hiltz "
            "Zinck")),
    # Punjabi Canadian
    "capj": ("Gurpreet Harjit Kuldeep Amandeep Navjot Sukhwinder Gurdeep Rajinder Jasvir Balraj",
             ("Harleen Simranjeet Navneet Rupinder Jasleen Kamaljit Manjit Sukhpreet Gurleen "
              "Jaspreet"),
             ("Sandhu Dhillon Grewal Brar Sidhu Bains Randhawa Cheema Sahota Toor Aujla Dhaliwal "
              "Mangat Johal Atwal")),
    # Cantonese Canadian (English given names)
    "cach": ("Edmond Alvin Dickson Terence Jeffrey Clarence Benson",
             "Winnie Queenie Gloria Carmen Vivian Cecilia Priscilla Eunice Yvonne Connie",
             "Leung Cheung Lau Kwok Tsang Fung Siu Yeung Chiu Szeto"),
    # Irish
    "ie": (("Pádraig Donal Fergal Colm Cathal Tadhg Diarmuid Eoin Oisín Ronan Niall Ciarán Enda "
            "Fiachra Seán Tomás Mícheál"),
           ("Aoife Síle Caoimhe Sinéad Úna Bríd Éadaoin Niamh Deirdre Treasa Gráinne Máire "
            "Muireann Clíona Orlaith"),
           ("O'Sullivan Cullinane Kavanagh Moloney Hennessy Buckley Brosnan Crowley Dineen Fahy "
            "Hegarty McCarthy Nagle O'Mahony Scanlon Twomey Keane Lenihan O'Driscoll Cronin")),
    # Pākehā New Zealander
    "nz": ("Hamish Brendon Alistair Angus Cameron Duncan Stuart Bevan Hayden Nigel",
           ("Nicola Kirsten Rebecca Belinda Megan Alana Raewyn Shona Jocelyn Gaylene Maxine Tracey "
            "Raylene"),
           ("McKenzie Sutherland Dobbie Guthrie Stevenson Finlayson Moffatt McIntyre Harland "
            "Pennington Cathcart Galbraith")),
    # Māori
    "mao": ("Wiremu/Rawiri/Tamati/Hemi/Mikaere/Manaia/Hohepa/Matiu/Rewi/Piripi",
            "Aroha/Mereana/Ngaire/Moana/Hinemoa/Marama/Anahera/Whetu/Pania",
            "Ngata/Tamihana/Parata/Rangihuna/Pomare/Paewai/Tautahi/Herewini/TipeneWaaka/Rapana"),
    # Samoan New Zealander
    "sam": ("Tavita Ioane Mikaele Faamanu Lealofi Iosefa Sefo Fuimaono",
            "Losa Fetu Malia Leilani Tausala Salome Luisa Lagi",
            ("Faleolo Tuilagi Leaupepe Sapolu Tuimavave Aumua Lemalu Toleafoa Leota Seiuli Tafuna "
             "Aiono")),
    # Xhosa South African
    "zax": ("Sipho Thando Lwazi Mandla Luvuyo Siyabonga Xolani Mzwandile Lungisa Bongani Themba",
            ("Nomvula Thandeka Nosipho Zintle Lindiwe Ayanda Nokuthula Noluthando Siphokazi "
             "Nandipha Babalwa"),
            ("Mthembu Ngcobo Dlamini Mabaso Sithole Nkosi Mqhayi Ntshona Gqirana Jali Magwaza "
             "Sokhela Ndlovu Tshabalala Mkhize")),
    # Cape Coloured / Cape Malay South African
    "zac": ("Riyaad Ebrahim Shafiek Clinton Ricardo Faiek Mogamat Gavin Igshaan",
            "Shireen Nazeema Charmaine Bronwyn Fatiema Raashida Chantal Lucinda Natasha Ilse",
            ("Hendricks Isaacs Abrahams Pietersen Davids Solomons Booysen Jaftha Fortuin Arendse "
             "Adriaanse Kleinsmidt Mentoor")),
    # Hong Kong Cantonese: surnames, two-syllable given names (written "Given Given" or "Given-given")
    "hk": (("Ka Wai/Chi Keung/Kwok Leung/Tsz Fung/Wai Lun/Chi Ho/Siu Kwong/Yiu Chung/Kwok Fai/"
            "Hok Yiu/Wai Keung"),
           ("Mei Fong/Yuk Ying/Pui Sze/Siu Fong/Yuet Ngor/Wai Kei/Sau Ying/Mei Kuen/Kam Ying/"
            "Suk Kuen/Yuk Chu"),
           "Chan/Leung/Cheung/Lau/Kwok/Tsang/Fung/Siu/Yeung/Tse/Chiu/Szeto/Chung/Yuen"),
    # Filipino
    "ph": (("Rodrigo Ramon Rogelio Reynaldo Jomar Danilo Arnel Jayson Romeo Edgardo Rolando Marlon "
            "Jerome Efren Wilfredo"),
           ("Rowena Marites Jocelyn Analyn Lorelie Maricel Rosalinda Erlinda Luzviminda Cristina "
            "Teresita Imelda Marilou Jennylyn Rhodora"),
           ("Bautista/Villanueva/Mendoza/Macaraeg/Dimaculangan/Pangilinan/Manalo/Tolentino/Soriano/"
            "SarmientoOcampo/Gatchalian/Magbanua/Dela Cruz/Panganiban/Aquino/Lacson/Sumalde")),
    # staff groups of a mixed international workforce
    "ker": ("Jijo Binu Shiju Anish Jobin Sanju Renjith Tinu Shibu Libin",
            "Jincy Ancy Smitha Bincy Sherin Jisha Reshma Deepthi Soumya Teena",
            ("Varghese Kurian Cherian Chacko Kuruvilla Pulikkal Vadakkel Manjaly Parackal "
             "Thottathil Puthenpurayil Elavunkal")),
    "zw": ("Tendai Tatenda Farai Tinashe Kudakwashe Tafadzwa Tonderai Takudzwa",
           "Rufaro Nyasha Chipo Rutendo Tsitsi Vimbai Ruvimbo Shamiso",
           ("Ncube Chikwanha Mutasa Zvobgo Mhlanga Mupfumira Marufu Makoni Chinembiri Sibanda "
            "Mazhindu")),
    "egy": ("Mohamed Mostafa Karim Hossam Ayman Wael Khaled Ehab",
            "Mariam Dina Rania Heba Yasmin Nermeen Shaimaa Ghada Noha Reham",
            ("Abdelrahman Elsayed Fathy Shalaby Mansour Soliman Elshafei Ragab Abdelaziz Hegazy "
             "Farouk Elnaggar")),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region (templates may pass a narrower list)
PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "en", "ngy", "ngi", "bgh", "bcy", "bpk"], "sc": ["sc", "sc", "sc", "bpk"],
    "cy": ["cy", "cy", "cy", "en"], "ni": ["ni"], "us": ["usw", "usw", "usb", "usmx"],
    "au": ["au", "au", "augr", "auvn"], "on": ["ca", "ca", "capj", "cach"], "bc": ["ca", "capj", "cach"],
    "ab": ["ca", "ca", "capj"], "ns": ["ca"], "ie": ["ie"], "nz": ["nz", "nz", "mao", "sam"],
    "za": ["zax", "zac"], "hk": ["hk"], "ng": ["ngy", "ngi", "ngh"], "ph": ["ph"],
}
STAFF_INTL = ["ker", "zw", "egy", "ph", "ngi", "bpk"]
HOME_STAFF = {"en": ["en", "en", "en", "bpk", "ngy", "bgh"], "sc": ["sc"], "cy": ["cy", "cy", "en"], "ni": ["ni"],
              "us": ["usw", "usw", "usb", "usmx"], "au": ["au", "au", "augr", "auvn"], "on": ["ca", "capj", "cach"],
              "bc": ["ca", "capj", "cach"], "ab": ["ca", "capj"], "ns": ["ca"], "ie": ["ie"], "nz": ["nz", "mao"],
              "za": ["zax", "zac"], "hk": ["hk"], "ng": ["ngy", "ngi", "ngh"], "ph": ["ph"]}
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "usb": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ"}
_FAKERS: dict[str, Faker] = {}

# children's first names (born 2008 on) where the family's group has a current list
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Alfie Harrison Reggie Freddie Harley Kian Brody Louie Ezra Jenson Tobias Arlo Zachary Ronnie",
           "Freya Evie Ellie Millie Esme Maisie Isla Lexi Darcie Harriet Imogen Elsie"),
    "us": ("Jaxon Brayden Kayden Easton Grayson Jayce Kolton Ryker Kamari Jabari Zaire Amari Mateo Santiago",
           "Brynlee Kinsley Jaylee Oaklynn Kenzie Emersyn Nevaeh Aubree Ximena Camila Zuri Amaya"),
    "au": ("Lachlan Archie Flynn Koby Jett Harvey Hamish Darcy", "Matilda Chloe Tahlia Sienna Isabella Zara Mia"),
    "ca": ("Jayden Owen Brody Easton Landon Dawson Tristan", "Avery Kaylee Hailey Madison Peyton Brielle"),
}
KID_OF = {"en": "uk", "sc": "uk", "cy": "uk", "ni": "uk", "usw": "us", "usb": "us", "usmx": "us", "au": "au",
          "ca": "ca"}

# word-like names and the eponyms, antigens, tests, scores, devices and brands of haematology,
# anticoagulation and transfusion: never drawn as a person's name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Carter Cooper Hunter Taylor Smith Fisher Walker Price Parry Lamb Hill Wood Moss Marsh Stone Field Banks Rivers Lake
Waters Dale Glen Brook Grace Faith Joy Charity Patience Prudence Constance Mercy Honor Trinity Destiny Amber Crystal
Jade Ruby Pearl Opal Coral Ivy Holly Hazel Heather Daisy Lily Poppy Violet Iris Jasmine Willow Summer Autumn Winter
Dawn Sky April May June Mark Bill Frank Sue Will Guy Chase Wade Dean Drew Bob Rob Pat Don Ray Roy Sunny Rusty Buck
Duke Earl King Prince Noble Major Sterling Penny Candy Ginger Honey Sugar Blessing Precious Goodness Gift Lucky
Fortune Chance Miracle Justice Liberty Story Legend Royal Reign Angel Dove Robin Wren Finch Raven Sparrow Swan Crane
Heron Hawk Drake Fox Wolf Lyon Bull Hart Bear Steel Iron Gold Silver Brass Tin Copper Salt Pepper Plant Root Branch
Leaf Bush Reed Rush Sage Basil Rosemary Kit Sum Fun Han Man Wing Hung Yip Chow Tang Lee Ho Ma Lam Mak Ng Long Ling
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March August September October November
December Christmas Willebrand Glanzmann Bernard Soulier Kell Cellano Duffy Kidd Lewis Lutheran Diego Dombrock Colton
Cartwright Knops Scianna Gerbich Cromer Vel Langereis Augustine Milton Rhesus Coombs Hodgkin Waldenstrom Bence Jones
Kahler Fanconi Diamond Blackfan Shwachman Kostmann Evans Wiskott Aldrich Howell Jolly Heinz Cabot Pappenheimer Cooley
Burkitt Sternberg Auer Pelger Huet Dohle Hegglin Chediak Higashi Wright Giemsa Leishman Perls Schilling Addison
Biermer Donath Landsteiner Bethesda Nijmegen Owren Quick Hageman Stuart Prower Fletcher Fitzgerald Rosenthal Passovoy
Leiden Cambridge Bombay Virchow Wells Caprini Padua Khorana Geneva Hestia Villalta Warkentin Moschcowitz Upshaw
Schulman Gaucher Niemann Pick Budd Chiari Trousseau Kasabach Merritt Osler Weber Rendu Sezary Richter Durie Salmon
Binet Rai Sokal Hasford Karnofsky Charlson Sorror Glucksberg Seattle Baltimore Cairo Howard Kyle Mayo Tamm Horsfall
Hickman Groshong Broviac Jamshidi Islam Salah Klima Ganzoni Cockcroft Gault Nolan Anthony Philadelphia Rosendaal
Fennerty Tait Sefton Kovacs Gage Douketis Mentzer Kleihauer Betke Liley Russell Clauss Duke Ivy Born Wintrobe
Westergren Ehlers Danlos Marfan Scott Jacobsen Quebec Hermansky Pudlak Epstein Fechtner Sebastian Felty Banti Gilbert
Crigler Najjar Dubin Johnson Rotor Zieve Castleman Rosai Dorfman Erdheim Chester Langerhans Kikuchi Kaposi Pearson
Imerslund Grasbeck Menkes Bruton Job Plummer Vinson Paterson Kelly Ham Hess Lugano Deauville Cotswolds Arbor Ann
Durham Wilson Whipple Hartmann Ringer Glasgow Rockwood Barthel Waterlow Apgar Fraser Gillick Caldicott Jehovah
Coumadin Marevan Eliquis Xarelto Pradaxa Lixiana Savaysa Clexane Fragmin Innohep Octaplex Beriplex Prothrombinex
Kcentra Praxbind Ondexxya Andexxa Advate Elocta Alprolix Refacto Kogenate Novoseven Hemlibra Esperoct Adynovi Idelvion
Velcade Revlimid Darzalex Imnovid Kyprolis Neulasta Zarzio Desferal Exjade Jadenu Ferriprox Siklos Oxbryta Adakveo
Aranesp Venofer Ferinject Monofer Cosmofer Injectafer Coaguchek Haemtrack Inrstar Stago Sysmex Werfen Siemens Abbott
Beckman Coulter Hemochron Terumo Haemonetics Optia Spectra Grifols Octapharma Takeda Novo Nordisk Sobi Roche Janssen
Celgene Amgen Sanofi Bayer Pfizer Daiichi Sankyo Boehringer Ingelheim Baxter Fenwal Cepheid Mabthera Rituxan
Imbruvica Calquence Venclexa Jakavi Glivec Gleevec Sprycel Tasigna Bosulif Promacta Revolade Nplate Doptelet Tavalisse
Cablivi Soliris Ultomiris Empaveli Zynteglo Casgevy Lyfgenia Reblozyl Luspatercept Hemgenix Roctavian"""
BAD_NAMES = set(_BAD_TXT.split())

_FW_TXT = """
Abbey Abigail Aisling Alan Alannah Alec Alison Allan Amber Amelia Amy Amy-Lee Amy-Leigh Ana Angel Angelica Ann
Anna Archer Aria Ariel Arroyo Ashling Ashman Atchison Aurora Autumn Ava Bailey Bailie Baker Bale Ball Barber
Barker Barlow Barry Barton Bass Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender Benjamin
Benn Bennet Berg Berger Berry Best Beth Betty Bibi Bill Billie-Jo Billy Birch Bird Bishop Black Blair Blake
Blanch Blick Bob Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bowler Bowman Boyer Brad Branch Brandy
Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown Browning Bryony Buck Bull Bullock Burgess
Burke Burr Burt Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny Carl Carlin Carney Carol
Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chandler Chang
Chapman Chase Che Cherry Ching Church Clark Clay Clear Cline Clive Clunies-Ross Cole Colin Coll Colleen Colley
Collier Collin Collins Colly Colon Comber Comer Conal Conn Conner Convey Cook Cooper Cora Corinne Corrie
Cortez Costa Cotter Cox Crane Craven Craw Crawley Creed Cross Cruise Crystal Cully Curry D'Arcy Daisy Dale
Dalton Dan Davenport Davy Daw Dawn Day Deacon Dean Decker Dee Demi Demi-Lee Demi-Leigh Derrick Destiny Diamond
Dick Dickey Diver Divine Dobbin Dobson Dodd Don Donna Dooley Dowd Dower Drake Drew Drum Drummy Dudley Duff
Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika Eve Fair Faith Fall
Fanning Farmer Fay Fee Ferry Field Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores Foody Foot
Ford Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh Frost Fry Fuller Gaine Galloway
Gamble Garland Garner Garrison Garvey Gaskin Gay Gee Gemma Gene Gentry Gibbon Gilbert Gill Ging Glass Glazier
Glen Glover Goddard Goff Golden Good Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin
Gross Guard Gullery Gunning Guy Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harmony Harper Harry Hart
Hastings Hasty Haugh Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Henry Herd Hereward Heron Herring
Hickey Hill Hinney Histon Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Horn Hough House Howe Huff
Huia Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade Jake Jamie-Lee Jane Jasmine Jasper Jay Jean Jeff
Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joy Judge June Kahu Kaiser Kauri Kay Kelly Kelly-Anne Kelly-Marie
Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khan Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kyle Lacy
Lam Lamb Lambert Lammas Lance Landon-Lane Lane Larry Laura Law Lawless Leach Lee Leech Lees Levy Lewis Li Lily
Lin Little Long Longan Looney Lord Lori Love Low Lowery Lucid Lucy Luke Luna Lynch Mac Breen Mack Mackle
Madden Madeline Malik Manning Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Maxwell May
Maya Mellon Melody Melton Mercer Merry Mike Mila Miller Millet Mistry Misty Moan Mollie Molly Monk Moody Moon
Mora Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Murphy Nancy Nary Nash Nea Neal Nee Needham
Nelson Newton Nikau Noble Noel Norma North O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien
O'Brown O'Bryan O'Bryen O'Byrne O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary
O'Clery O'Connell O'Connor O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell
O'Donoghue O'Donohoe O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn
O'Freil O'Friel O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan O'Haire O'Halloran
O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora
O'Houlihan O'Hurley O'Hussey O'Kane O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Leary O'Loan
O'Looney O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan
O'Murnaghan O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke
O'Ruane O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan
O'Sweeney O'Tierney O'Togher O'Toole Oisin Olive Orchard Pace Page Palmer Pam Park Parker Parkin Parry Patel
Paten Patrice Patty Peacock Peck Pedro Peggy Penny Perry Peter Petty Peyton Phoebe Phoenix Pickering Pierce
Pike Pinder Piper Plover Pollard Ponce Pope Poppy Porter Potter Power Prentice Price Priest Prince Pringle
Proctor Pugh Quill Quin Rafter Ralph Randy Raven Ray Rea Read Reader Reddy Reed Reen Reese Rex Ria Rice Rich
Rick Rickey Riddle Ridge Riley Ring Rita Roach Robin Rock Rodney Roe Roger Rohan Romero Rory Rosario Rose
Rosemary Ross Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sally Salmon Sam Sanders Sandy Sarah-Jane Saunders
Savage Sawyer Schneider Scot Scriven Scullion Serrano Seth Sexton Shah Shanna Shanny Sharp Sharry Shaw Shay
Shea Shelly Shepherd Sherlock Sherry Shiel Shine Short Sienna Sierra Silk Silva Simmon Singh Singleton Skelly
Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Somers Sophia Sparks Spence Spencer Stack Stark
Steed Steer Stein Stella Steven Steward Stone Story Stout Street Strong Sue Summer Supple Sweeny Swift Tai
Tait Talbot Tamara Tammie Tammy Tane Tania Tanner Tapia Tara Tate Te Ariki Te Koha Terry Therese Tiffany
Timothy Toby Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood
Valentine Vang Victor Victory Villa Vincent Violet Wade Walker Wall Waller Walsh Walter Wang Ward Ware Warner
Warren Watt Waugh Way Weaver Webby Weber Webster Weever Weir West Wheeler White Whitehead Willie Willow Winter
Wise Wolf Wong Wood Woodward Wren Wright Yang York Young Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())

# two-letter initials never drawn: clinical, haematology, dosing and common abbreviations
BAD_INITS = {"AB", "AC", "AD", "AF", "AI", "AL", "AM", "AN", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "BS", "CC",
             "CD", "CF", "CK", "CL", "CO", "CR", "CT", "DC", "DD", "DI", "DM", "DR", "DS", "DT", "DU", "EC", "ED",
             "EG", "EP", "ER", "ES", "FA", "FB", "FH", "FM", "FP", "GA", "GI", "GO", "GP", "GS", "HB", "HD", "HE",
             "HI", "HR", "HS", "HT", "IM", "IN", "IO", "IS", "IT", "IU", "IV", "KG", "KO", "LA", "LD", "LP", "MD",
             "ME", "MG", "MI", "ML", "MM", "MO", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NR", "OD", "OF",
             "OH", "OK", "ON", "OP", "OR", "OT", "OW", "PA", "PC", "PE", "PM", "PO", "PR", "PT", "PV", "RA", "RE",
             "RN", "RR", "RT", "SC", "SD", "SL", "SO", "SR", "ST", "TB", "TD", "TO", "TT", "UK", "UP", "US", "VF",
             "VS", "VT", "WE", "WT", "XM"}

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
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.y": f"{d.day}.{d.month}.{y}",
        "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}", "d-m": f"{d.day}-{d.month}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}",
        "ddsh": f"{dd} {m3} {y}", "ddshyy": f"{dd} {m3} {yy}", "nthsh": f"{_nth(d.day)} {m3}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "d-mon": f"{d.day}-{m3}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "DMONc": f"{dd}{m3.upper()}{y}", "dmonc": f"{dd}{m3}{yy}",
        "DMONs": f"{dd} {m3.upper()} {y}", "dMONyy": f"{d.day} {m3.upper()} {yy}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usdot": f"{d.month}.{d.day}.{yy}", "usl": f"{mo} {d.day}, {y}", "uslnth": f"{mo} {_nth(d.day)}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "usshp": f"{m3}. {d.day}, {y}", "msh": f"{m3} {d.day}",
        "mshnth": f"{m3} {_nth(d.day)}", "mon-dd-y": f"{m3}-{dd}-{y}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymdc": f"{y}{mm}{dd}",
        "ymon": f"{y}-{m3}-{dd}", "YMON": f"{y}-{m3.upper()}-{dd}",
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
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def Lf(self) -> str:  # surname first, no comma (Hong Kong: "CHAN Ka Wai")
        return f"{self.last.upper()} {self.first}"

    @property
    def lf_sp(self) -> str:
        return f"{self.last} {self.first}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fli(self) -> str:
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

    def mail(self, dom: str, k: int = 0, yr: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}{yr % 100:02d}@{dom}", f"{f}{la}{yr % 100:02d}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}{yr % 10}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


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
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def sp3(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 4))


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))  # Z-prefixed numbers are test values
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


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: letter, six digits, check character (mod 11, 10 -> A) in brackets."""
    pre = r.choice("ACDEGHKRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    vals = [36, ord(pre) - 55] + [int(x) for x in digits]
    c = (11 - sum(v * w for v, w in zip(vals, range(9, 1, -1), strict=True)) % 11) % 11
    return f"{pre}{digits}({'A' if c == 10 else c})"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


_M37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def din(r: random.Random, fin: str, year: int) -> str:
    """ISBT 128 donation identification number, printed with its ISO 7064 mod 37-2 check character."""
    s = f"{fin}{year % 100:02d}{r.randint(0, 999999):06d}"
    tot = 0
    for ch in s:
        tot = ((tot + _M37.index(ch)) * 2) % 37
    return f"{fin} {s[5:7]} {s[7:]} {_M37[(38 - tot) % 37]}"


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
        d = date(2024, 3, 4) + timedelta(days=self.r.randint(0, 570))
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
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def kid(self, q: P | None = None, sex: str | None = None, grps: list[str] | None = None) -> P:
        """A child born 2008 on: a current first name where the group has a list; the parent's surname."""
        grp = q.grp if q else self.ch(grps or PAT[self.region])
        sex = sex or self.ch("mf")
        key = KID_OF.get(grp)
        if key is None or (q is not None and q.loc is not None):
            return self.person(grp, sex, q is not None and q.loc is not None, q.last if q else None)
        ms, fs = (x.split() for x in _KID[key])
        for _ in range(30):
            first = self.ch(ms if sex == "m" else fs)
            la = q.last if q else self.ch(G[grp][2])
            words = [first] + ([] if q else re.split(r"[\s-]+", la))
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
        return self.dob(90, 98) if self.r.random() < 0.25 else self.dob(62, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([2, 5, 31, 37, 62, 78, 81, 86, 90, 109, 146, 151, 176, 185, 203, 212])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
EN_TOWN = [("Huddersfield", "HD1", "01484"), ("Halifax", "HX3", "01422"), ("Dewsbury", "WF13", "01924"),
           ("Wakefield", "WF1", "01924"), ("Barnsley", "S70", "01226"), ("Rotherham", "S65", "01709"),
           ("Stoke-on-Trent", "ST4", "01782"), ("Burslem", "ST6", "01782"), ("Walsall", "WS2", "01922"),
           ("Wolverhampton", "WV10", "01902"), ("Bradford", "BD8", "01274")]
EN_LDN = [("Peckham", "SE15", "020"), ("Tottenham", "N17", "020"), ("Croydon", "CR0", "020"),
          ("Lewisham", "SE13", "020"), ("Edmonton", "N9", "020"), ("Leyton", "E10", "020"),
          ("Palmers Green", "N13", "020"), ("Plumstead", "SE18", "020")]
EN_ST = ["Trinity Street", "Birkby Hall Road", "Savile Park Road", "Lidget Street", "Ravensknowle Road", "Northgate",
         "Kirkgate", "Wellington Road", "Lichfield Street", "Hartshill Road", "Stafford Street", "Manningham Lane",
         "Oakdale Road", "Westbourne Road", "Birchfield Lane"]
EN_ST_LDN = ["Rye Lane", "Bellenden Road", "Lordship Lane", "Whitehorse Road", "Fore Street", "Lea Bridge Road",
             "Green Lanes", "Plumstead High Street", "Sandhurst Road", "Brownhill Road"]
SC_TOWN = [("Kirkcaldy", "KY1", "01592"), ("Dunfermline", "KY12", "01383"), ("Glenrothes", "KY7", "01592"),
           ("Kilmarnock", "KA1", "01563"), ("Ayr", "KA7", "01292"), ("Dundee", "DD3", "01382"),
           ("Arbroath", "DD11", "01241"), ("Perth", "PH1", "01738")]
SC_ST = ["Links Street", "Hendry Road", "Pittencrieff Street", "Woodside Way", "Strathmore Avenue", "Clepington Road",
         "Dunnikier Road", "Holmston Road", "Annick Road", "Glamis Road", "Tay Street"]
CY_TOWN = [("Llanelli", "SA15", "01554"), ("Carmarthen", "SA31", "01267"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Pontypridd", "CF37", "01443"), ("Aberystwyth", "SY23", "01970"), ("Bridgend", "CF31", "01656")]
CY_ST = ["Heol Goffa", "Stryd y Castell", "Ffordd y Môr", "Penrhyn Avenue", "Lon Bedw", "Heol Maengwyn",
         "Brynmor Road", "Coedcae Road", "Ffordd Penglais", "Heol Tabernacl"]
NI_TOWN = [("Ballymena", "BT43", "028 25"), ("Coleraine", "BT52", "028 70"), ("Lisburn", "BT28", "028 92"),
           ("Omagh", "BT78", "028 82"), ("Enniskillen", "BT74", "028 66"), ("Portadown", "BT62", "028 38")]
NI_ST = ["Galgorm Road", "Mountsandel Road", "Killyclogher Road", "Tempo Road", "Hillsborough Road", "Lurgan Road",
         "Dunclug Park", "Drumcoo Green", "Ballycastle Road"]
US_CITY = [("Toledo", "OH", "436", "419"), ("Dayton", "OH", "454", "937"), ("Memphis", "TN", "381", "901"),
           ("Milwaukee", "WI", "532", "414"), ("Des Moines", "IA", "503", "515"), ("Omaha", "NE", "681", "402"),
           ("Shreveport", "LA", "711", "318"), ("Columbia", "SC", "292", "803"), ("Akron", "OH", "443", "330"),
           ("Flint", "MI", "485", "810")]
US_ST = ["Secor Rd", "Poplar Ave", "Lamar Ave", "N 72nd St", "Dodge St", "Ingersoll Ave", "Fleur Dr", "Youree Dr",
         "Two Notch Rd", "W Capitol Dr", "S 27th St", "Germantown Pkwy", "Wilmington Pike", "Corunna Rd",
         "Kercheval Ave", "Tallmadge Ave"]
AU_SUB = [("Campbelltown", "NSW", "2560", "02"), ("Fairfield", "NSW", "2165", "02"), ("Cabramatta", "NSW", "2166", "02"),
          ("Lakemba", "NSW", "2195", "02"), ("Sunshine", "VIC", "3020", "03"), ("Footscray", "VIC", "3011", "03"),
          ("Dandenong", "VIC", "3175", "03"), ("Salisbury", "SA", "5108", "08"), ("Inala", "QLD", "4077", "07"),
          ("Mirrabooka", "WA", "6061", "08"), ("Springvale", "VIC", "3171", "03"), ("Oakleigh", "VIC", "3166", "03")]
AU_ST = ["Queen Street", "Hampshire Road", "Railway Parade", "Boundary Road", "Waminda Street", "Alexandra Parade",
         "Kororoit Creek Road", "Canley Vale Road", "Haldon Street", "Heatherton Road", "Atherton Road",
         "Ballandella Road"]
CA_CITY = {"on": [("Hamilton", "L8N", "905"), ("Mississauga", "L5B", "905"), ("Brampton", "L6T", "905"),
                  ("Kitchener", "N2H", "519"), ("Windsor", "N9A", "519"), ("Oshawa", "L1H", "905")],
           "bc": [("Surrey", "V3T", "604"), ("Burnaby", "V5H", "604"), ("Richmond", "V6X", "604"),
                  ("Kelowna", "V1Y", "250"), ("Abbotsford", "V2S", "604")],
           "ab": [("Calgary", "T2E", "403"), ("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"),
                  ("Edmonton", "T5K", "780"), ("Airdrie", "T4B", "403")],
           "ns": [("Halifax", "B3H", "902"), ("Dartmouth", "B2Y", "902"), ("Truro", "B2N", "902"),
                  ("New Glasgow", "B2H", "902"), ("Antigonish", "B2G", "902")]}
CA_ST = {"on": ["Upper James St", "Hurontario St", "Ottawa St N", "Wyandotte St E", "Simcoe St S", "Queen St W"],
         "bc": ["King George Blvd", "Kingsway", "No. 3 Rd", "South Fraser Way", "Harvey Ave"],
         "ab": ["Edmonton Trail NE", "Gaetz Ave", "Mayor Magrath Dr S", "Jasper Ave", "Centre St N"],
         "ns": ["Gottingen St", "Portland St", "Provost St", "Robie St", "Willow St"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
IE_TOWN = [("Tullamore", "Co. Offaly", "R35", "057"), ("Athlone", "Co. Westmeath", "N37", "090"),
           ("Mullingar", "Co. Westmeath", "N91", "044"), ("Portlaoise", "Co. Laois", "R32", "057"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Nenagh", "Co. Tipperary", "E45", "067"),
           ("Tralee", "Co. Kerry", "V92", "066"), ("Navan", "Co. Meath", "C15", "046")]
IE_ST = ["Harbour Street", "Bury Quay", "Connaught Street", "Dominick Street", "Kenyon Street", "Clonminch Road",
         "Ard na Gréine", "Ballymahon Road", "Mitchel Street", "Trim Road", "Páirc an Chrócaigh"]
_EIR = "ACDEFHKNPRTVWXY"
NZ_SUB = [("Porirua", "Wellington", "5022", "04"), ("Naenae", "Lower Hutt", "5011", "04"),
          ("Taita", "Lower Hutt", "5011", "04"), ("Frankton", "Hamilton", "3204", "07"),
          ("Greerton", "Tauranga", "3112", "07"), ("Aranui", "Christchurch", "8061", "03"),
          ("Hornby", "Christchurch", "8042", "03"), ("Otahuhu", "Auckland", "1062", "09"),
          ("Glen Innes", "Auckland", "1072", "09")]
NZ_ST = ["Kenepuru Drive", "Waiwhetu Road", "Pages Road", "Awatea Street", "Main South Road", "Atkinson Avenue",
         "Treadwell Street", "Taniwha Street", "Mahora Road", "Ruawai Road"]
ZA_SUB = [("Mitchells Plain", "Cape Town", "7785", "021"), ("Khayelitsha", "Cape Town", "7784", "021"),
          ("Bellville", "Cape Town", "7530", "021"), ("Gugulethu", "Cape Town", "7750", "021"),
          ("Elsies River", "Cape Town", "7490", "021"), ("Bonteheuwel", "Cape Town", "7764", "021")]
ZA_ST = ["Spine Road", "Eisleben Road", "Jakes Gerwel Drive", "Halt Road", "Duinefontein Road", "Vanguard Drive",
         "Klipfontein Road", "Cwangco Crescent"]
HK_EST = [("Lek Yuen Estate", "Sha Tin", "New Territories"), ("Wo Che Estate", "Sha Tin", "New Territories"),
          ("Sam Shing Estate", "Tuen Mun", "New Territories"), ("Butterfly Estate", "Tuen Mun", "New Territories"),
          ("Shun On Estate", "Kwun Tong", "Kowloon"), ("Shek Kip Mei Estate", "Sham Shui Po", "Kowloon"),
          ("Pak Tin Estate", "Sham Shui Po", "Kowloon"), ("Hing Man Estate", "Chai Wan", "Hong Kong"),
          ("Tin Yiu Estate", "Tin Shui Wai", "New Territories")]
NG_AREA = [("Surulere", "Lagos", "101283"), ("Ikorodu", "Lagos", "104101"), ("Yaba", "Lagos", "101212"),
           ("Mushin", "Lagos", "100263"), ("Bodija", "Ibadan", "200284"), ("Agodi", "Ibadan", "200211"),
           ("Ogui", "Enugu", "400102"), ("Kurmi Mashi", "Kaduna", "800283")]
NG_ST = ["Adeniran Ogunsanya Street", "Ojuelegba Road", "Itire Road", "Awolowo Avenue", "Ososami Road",
         "Obafemi Awolowo Way", "Ogui Road", "Zaria Road", "Akerele Street"]
PH_BRGY = [("Batasan Hills", "Quezon City", "1126"), ("Commonwealth", "Quezon City", "1121"),
           ("Bagong Silang", "Caloocan City", "1428"), ("Concepcion Uno", "Marikina City", "1807"),
           ("San Isidro", "Antipolo City", "1870"), ("Pinagbuhatan", "Pasig City", "1602"),
           ("Tatalon", "Quezon City", "1113")]
PH_ST = ["Sampaguita Street", "Ilang-Ilang Street", "Molave Street", "Narra Street", "Mabini Street",
         "Kamagong Street", "Dahlia Street"]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, EN_LDN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, ZA_SUB, HK_EST, NG_AREA,
             PH_BRGY, *CA_CITY.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, EN_ST_LDN, SC_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, ZA_ST, NG_ST, PH_ST, *CA_ST.values()):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())


def _n4(n: C) -> str:
    return f"{n.ri(0, 9999):04d}"


def _n3(n: C) -> str:
    return f"{n.ri(0, 999):03d}"


def hno(n: C, hi: int = 140) -> str:
    return str(n.ri(1, hi))


def uk_town(n: C, reg: str, ldn: bool | None = None) -> tuple[str, str, str]:
    if reg == "en":
        if ldn is None:
            ldn = n.yes(0.3)
        return n.ch(EN_LDN if ldn else EN_TOWN)
    return n.ch({"sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg])


def uk_pc(n: C, district: str) -> str:
    al = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {n.ri(1, 9)}{n.ch(al)}{n.ch(al)}"


def uk_street(n: C, reg: str, town: str = "") -> str:
    ldn = any(town == row[0] for row in EN_LDN)
    st = n.ch({"en": EN_ST_LDN if ldn else EN_ST, "sc": SC_ST, "cy": CY_ST, "ni": NI_ST}[reg])
    k = n.ri(0, 9)
    if k == 0:
        return f"Flat {n.ri(1, 24)}, {hno(n)} {st}"
    if k == 1 and reg == "sc":
        return f"Flat {n.ch(['C', 'D', 'E', 'F'])}, {hno(n)} {st}"
    if k == 2:
        return f"{hno(n)}{n.ch('ABC')} {st}"
    return f"{hno(n)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 4) if k is None else k
    if code == "020":
        a, b = f"{n.ch([7, 8])}{_n3(n)}", _n4(n)
        return [f"020 {a} {b}", f"(020) {a} {b}", f"020-{a}-{b}", f"+44 20 {a} {b}", f"020 {a}{b}"][k]
    if code.startswith("028 "):
        a, b = f"{n.ri(10, 99)}", _n4(n)
        return [f"{code}{a} {b}", f"({code[:3]}) {code[4:]}{a} {b}", f"{code[:3]} {code[4:]}{a}{b}",
                f"+44 28 {code[4:]}{a} {b}", f"{code}{a} {b}"][k]
    if len(code) == 4:  # large-city codes: 0131, 0141, 0113 ... take seven digits
        a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
        return [f"{code} {a} {b}", f"({code}) {a} {b}", f"{code}-{a}-{b}", f"+44 {code[1:]} {a} {b}",
                f"{code} {a}{b}"][k]
    six = f"{n.ri(2, 9)}{n.ri(0, 99999):05d}"
    return [f"{code} {six}", f"({code}) {six}", f"{code}-{six[:3]} {six[3:]}", f"+44 {code[1:]} {six}",
            f"{code} {six[:3]} {six[3:]}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"7{n.ri(400, 999)}", _n3(n), _n3(n)
    k = n.ri(0, 5) if k is None else k
    return [f"0{a} {b}{c}", f"0{a} {b} {c}", f"+44 {a} {b}{c}", f"0{a}-{b}-{c}", f"+44 (0){a} {b} {c}",
            f"0044 {a} {b}{c}"][k]


def us_city(n: C) -> tuple[str, str, str, str]:
    return n.ch(US_CITY)


def us_zip(n: C, pre: str) -> str:
    z = f"{pre}{n.ri(1, 99):02d}"
    return z + (f"-{_n4(n)}" if n.yes(0.2) else "")


def us_street(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    return s + n.ch(["", "", "", f" Apt {n.ri(1, 40)}{n.ch(['', 'B', 'C'])}", f" Unit {n.ri(1, 12)}", f" #{n.ri(2, 30)}"])


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    k = n.ri(0, 4) if k is None else k
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}", f"1-{ac}-{a}-{b}"][k]


def au_sub(n: C) -> tuple[str, str, str, str]:
    return n.ch(AU_SUB)


def au_street(n: C) -> str:
    st = n.ch(AU_ST)
    return n.ch([f"{hno(n)} {st}", f"{n.ri(1, 12)}/{hno(n, 80)} {st}", f"Unit {n.ri(1, 9)}, {hno(n, 80)} {st}",
                 f"{hno(n)} {st}"])


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"4{n.ri(0, 99):02d}", _n3(n), _n3(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"0{a}-{b}-{c}"][k]


def au_land(n: C, ac: str) -> str:
    a, b = f"{n.ri(5, 9)}{_n3(n)}", _n4(n)
    return n.ch([f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+61 {ac[1]} {a} {b}"])


def ca_place(n: C, prov: str) -> tuple[str, str, str]:
    return n.ch(CA_CITY[prov])


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}"


def ca_street(n: C, prov: str) -> str:
    st = n.ch(CA_ST[prov])
    return n.ch([f"{n.ri(10, 9999)} {st}", f"{n.ri(101, 1804)}-{n.ri(10, 999)} {st}", f"{n.ri(10, 999)} {st}"])


def ca_ph(n: C, ac: str, k: int | None = None) -> str:
    return us_ph(n, ac, k)


def ie_town(n: C) -> tuple[str, str, str, str]:
    return n.ch(IE_TOWN)


def eircode(n: C, rk: str) -> str:
    return f"{rk} {n.ch(_EIR)}{n.ri(0, 9)}{n.ch(_EIR + '0123456789')}{n.ch(_EIR + '0123456789')}"


def ie_street(n: C) -> str:
    st = n.ch(IE_ST)
    return n.ch([f"{hno(n, 60)} {st}", f"{n.ri(1, 40)} {st}", f"Apartment {n.ri(1, 30)}, {st}", f"{hno(n, 90)} {st}"])


def ie_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["83", "85", "86", "87", "89"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"(0{p}) {a} {b}"][k]


def ie_land(n: C, ac: str) -> str:
    return n.ch([f"({ac}) {n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}", f"{ac} {n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}",
                 f"+353 {ac[1:]} {n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}"])


def nz_sub(n: C) -> tuple[str, str, str, str]:
    return n.ch(NZ_SUB)


def nz_street(n: C) -> str:
    st = n.ch(NZ_ST)
    return n.ch([f"{hno(n)} {st}", f"{n.ri(1, 9)}/{hno(n, 90)} {st}", f"{hno(n, 90)}{n.ch('ABC')} {st}"])


def nz_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["21", "22", "27"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}-{a} {b}", f"0{p} {a}{b}"][k]


def nz_land(n: C, ac: str) -> str:
    return n.ch([f"({ac}) {n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}", f"{ac}-{n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}",
                 f"+64 {ac[1]} {n.ri(2, 9)}{n.ri(0, 99):02d} {_n4(n)}"])


def za_cell(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["72", "73", "76", "78", "79", "82", "83", "84"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"][k]


def hk_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    a = f"{n.ch('569') if mobile else n.ch('23')}{_n3(n)}"
    b = _n4(n)
    k = n.ri(0, 2) if k is None else k
    return [f"{a} {b}", f"+852 {a} {b}", f"{a}{b}"][k]


def ng_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["803", "805", "806", "807", "808", "809", "813", "816", "703", "706", "905"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+234 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}"][k]


def ph_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["917", "918", "927", "939", "945", "966", "998"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"0{p}-{a}-{b}", f"+63 {p} {a} {b}", f"0{p}{a}{b}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(60, 99))


HOSP = {
    "en": ["Calderdale Royal Hospital", "Huddersfield Royal Infirmary", "Pinderfields Hospital", "Barnsley Hospital",
           "Royal Stoke University Hospital", "New Cross Hospital", "North Middlesex University Hospital",
           "University Hospital Lewisham", "Whipps Cross Hospital", "Bradford Royal Infirmary"],
    "sc": ["Ninewells Hospital", "University Hospital Crosshouse", "Perth Royal Infirmary", "Forth Valley Royal Hospital"],
    "cy": ["Glangwili General Hospital", "Royal Glamorgan Hospital", "Bronglais General Hospital",
           "Ysbyty Cwm Cynon"],
    "ni": ["Antrim Area Hospital", "Causeway Hospital", "South West Acute Hospital", "Craigavon Area Hospital",
           "Lagan Valley Hospital"],
    "us": ["Mercy Health St. Vincent Medical Center", "Miami Valley Hospital", "Methodist University Hospital",
           "Froedtert Hospital", "Nebraska Medicine", "Ochsner LSU Health", "Prisma Health Richland",
           "Summa Health Akron Campus"],
    "au": ["Campbelltown Hospital", "Liverpool Hospital", "Sunshine Hospital", "Monash Medical Centre",
           "Lyell McEwin Hospital", "Princess Alexandra Hospital", "Westmead Hospital"],
    "on": ["Juravinski Hospital", "Trillium Health Partners", "Grand River Hospital", "Windsor Regional Hospital",
           "Lakeridge Health"],
    "bc": ["Surrey Memorial Hospital", "Kelowna General Hospital", "Royal Columbian Hospital", "Burnaby Hospital"],
    "ab": ["Foothills Medical Centre", "Red Deer Regional Hospital", "Chinook Regional Hospital"],
    "ns": ["QEII Health Sciences Centre", "Aberdeen Hospital", "Colchester East Hants Health Centre"],
    "ie": ["Midland Regional Hospital Tullamore", "University Hospital Limerick", "Regional Hospital Mullingar",
           "University Hospital Kerry", "Our Lady of Lourdes Hospital"],
    "nz": ["Wellington Regional Hospital", "Hutt Hospital", "Waikato Hospital", "Tauranga Hospital",
           "Christchurch Hospital", "Middlemore Hospital"],
    "za": ["Groote Schuur Hospital", "Tygerberg Hospital", "Mitchells Plain District Hospital"],
    "hk": ["Prince of Wales Hospital", "Tuen Mun Hospital", "Queen Elizabeth Hospital", "United Christian Hospital"],
    "ng": ["LUTH", "LASUTH", "UCH", "UNTH", "ABUTH"],
    "ph": ["Philippine General Hospital", "East Avenue Medical Center", "Quirino Memorial Medical Center",
           "Philippine Children's Medical Center"],
}
for _hs in HOSP.values():
    for _h in _hs:
        BAD_NAMES.update(w for w in re.split(r"[\s.'-]+", _h) if w[:1].isupper())


def nmc_pin(n: C) -> str:
    return f"{n.ri(0, 23) if n.yes() else n.ri(85, 99):02d}{n.ch('ABCDEFGHIJKL')}{_n4(n)}{n.ch('ESWN')}"


def uk_hosp(n: C) -> str:
    return n.ch([f"K{n.dig(7)}", f"H{n.ri(100000, 999999)}", f"RXF{n.dig(7)}", f"M{n.dig(6)}", n.dig(8),
                 f"D{n.dig(6)}"])


def _inr(n: C, target: float) -> str:
    return f"{max(1.1, n.r.gauss(target, 0.55)):.1f}"


def _wk(d: date) -> date:
    """The next weekday on or after d."""
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


# ---------------------------------------------------------------------------------------- England (9)
def en_inr_dosing(n: C) -> Note:
    q = n.pat(grps=["en", "en", "en", "bcy", "bpk", "ngy"])
    dob, a = n.old()
    nurse, hca = n.staff(), n.staff()
    i1, i2 = n.ini(nurse), n.ini(hca)
    nhs, hosp = nhs_no(n.r), uk_hosp(n)
    ind, tgt, rng, dur = n.ch([("atrial fibrillation", 2.5, "2.0-3.0", "long term"),
                               ("recurrent DVT", 2.5, "2.0-3.0", "long term"),
                               ("mechanical mitral valve", 3.0, "2.5-3.5", "lifelong"),
                               ("pulmonary embolism", 2.5, "2.0-3.0", "6 months")])
    n.t(f"{n.ch(HOSP['en'])} - Anticoagulation Service\nWARFARIN DOSING RECORD (computer-assisted dosing)\n\n")
    n.t("Patient: ").nm(q.LF).t("     NHS No: ").id(sp3(nhs)).t("     Hosp No: ").id(hosp).t("\n")
    n.t("DOB: ").d(dob, "ddsh").t(" (").age(a).t(" y)     Mobile for dosing texts: ").ph(uk_mob(n)).t("\n")
    n.t(f"Indication: {ind}   Target INR: ").c(f"{tgt}").t(" (range ").c(rng).t(f")   Duration: {dur}\n")
    started = n.dt(-150, -60) if dur == "6 months" else n.dt(-2400, -200)
    n.t("Warfarin started: ").d(started, "my").t("   Tablets held: 1 mg, 3 mg, 5 mg\n\n")
    n.t("Test date    INR   Dose (mg/day)          Next test    By\n")
    dk = _wk(n.today - timedelta(days=7 * n.ri(6, 9)))
    doses = ["4 mg", "4.5 mg", "5 mg", "5 mg / 4 mg alt", "3.5 mg", "6 mg", "5.5 mg", "3 mg / 4 mg alt"]
    while dk <= n.today:
        nxt = _wk(dk + timedelta(days=n.ch([7, 7, 14, 14, 21])))
        s, inr, dose = fmt(dk, "ddshyy"), _inr(n, tgt), n.ch(doses)
        n.d(dk, "ddshyy").pad(s, 13).c(inr).pad(inr, 6).c(dose).pad(dose, 23)
        n.d(nxt, "ddshyy").pad(fmt(nxt, "ddshyy"), 13).nm(n.ch([i1, i1, i2])).t("\n")
        dk = nxt
    n.t("\nTime in therapeutic range (last 6 months, Rosendaal): ").c(f"{n.ri(48, 86)}%").t("\n")
    n.t("Comments: ").nm(q.first).t(" rang on ").d(n.dt(-9, -2), "dsh").t(" - GP started ")
    n.c(n.ch(["clarithromycin 500 mg bd", "doxycycline 100 mg od", "fluconazole 150 mg stat",
              "amiodarone 200 mg tds"])).t(" so test brought forward. No bleeding, no missed doses.\n")
    n.t("Dosed by: ").nm(nurse.fi).t(", Anticoagulant Nurse Practitioner (NMC PIN ").id(nmc_pin(n)).t(")\n")
    n.t("Sample taken by: ").nm(hca.fl).t(" (HCA), community clinic\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def en_doac_review(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    town, dist, code = uk_town(n, "en")
    gp, ph = n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.yes())
    nhs = nhs_no(n.r)
    wt = n.fl(48, 92)
    cr = n.ri(68, 165)
    n.t(f"Anticoagulation Pharmacy Team, {n.ch(HOSP['en'])}\n")
    n.t("Direct line: ").ph(uk_land(n, code)).t("  |  Email: ").em(ph.mail("nhs.net", n.ri(0, 1))).t("\n\n")
    n.d(n.today, "long").t("\nDr ").nm(gp.fl).t(f"\n{n.ch(['Beech House Surgery', 'Northfield Medical Practice', 'The Grange Health Centre', 'Riverbank Surgery'])}\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").t(f"{q.title} ").nm(q.fl).t("  |  DOB ").d(dob, "dmy").t("  |  NHS ").id(nhs).t("\n      ")
    n.ad(uk_street(n, "en", town)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n\n")
    seen = n.wdt(-6, -1)
    n.t(f"I reviewed {q.title} ").nm(q.last).t(" in the DOAC monitoring clinic on ").t(n.wd(seen) + " ")
    n.d(seen, "dmo").t(". ")
    n.t(f"{q.He} is ").age(a).t(" and takes ").c("apixaban 5 mg twice daily").t(" for non-valvular AF (")
    n.c(f"CHA2DS2-VASc {n.ri(3, 7)}").t(", ").c(f"ORBIT {n.ri(1, 4)}").t(") since ").d(n.dt(-1500, -400), "my").t(".\n\n")
    n.t("Today: weight ").c(f"{wt} kg").t(", creatinine ").c(f"{cr} umol/L").t(", CrCl (Cockcroft-Gault) ")
    n.c(f"{round((140 - min(a, 100)) * float(wt) * (1.23 if q.sex == 'm' else 1.04) / cr)} mL/min").t(", Hb ").c(f"{n.ri(98, 141)} g/L").t(", platelets ").c(f"{n.ri(140, 320)}").t(".\n")
    crit = (a >= 80) + (float(wt) <= 60) + (cr >= 133)
    if crit >= 2:
        n.t(f"{crit} of the three dose-reduction criteria are met (age 80 or over, weight 60 kg or under, creatinine "
            "133 or over), so I have reduced the dose to ").c("apixaban 2.5 mg twice daily").t(". No bleeding reported; ")
    else:
        n.t("Fewer than two dose-reduction criteria are met, so ").c("apixaban 5 mg twice daily").t(" continues. "
                                                                                                   "No bleeding reported; ")
    n.c(n.ch(["naproxen 250 mg", "aspirin 75 mg", "ibuprofen 400 mg prn"])).t(" stopped after discussion.\n")
    n.t(f"{q.His} daughter ").nm(dau.first).t(" fills the dosette box and has been given the new counselling leaflet.\n\n")
    n.t("Next review: ").d(n.dt(150, 200), "my").t(" (renal function 6-monthly).\n\nYours sincerely,\n")
    n.nm(ph.fl).t("\nAdvanced Specialist Pharmacist - Anticoagulation, GPhC ").id(f"20{n.dig(5)}").t("\n")
    n.t(f"cc: {q.title} ").nm(q.fl).t(" (patient)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_transfusion_request(n: C) -> Note:
    q = n.pat()
    dob, a = n.old() if n.yes(0.6) else n.dob(24, 60)
    doc, cons, phleb, bms = n.staff(), n.staff(), n.staff(), n.staff()
    nhs, hosp = nhs_no(n.r), uk_hosp(n)
    taken = n.dt(-1, 0)
    hb = n.ri(58, 78)
    n.t(f"BLOOD TRANSFUSION REQUEST - {n.ch(HOSP['en'])} Blood Bank (ext ").ph(f"{n.ri(2, 7)}{_n4(n)}").t(")\n")
    n.t("------------------------------------------------------------\n")
    n.t("Family name: ").nm(q.last.upper()).t("        Given name(s): ").nm(q.first).t("\n")
    n.t("Date of birth: ").d(dob, "dmy").t(" (").age(a).t(f")   Sex: {q.sex.upper()}   NHS number: ").id(nhs).t("   Hospital no: ").id(hosp).t("\n")
    n.t(f"Ward: {n.ch(['AMU', 'Ward 7', 'Haematology day unit', 'Ward 21 (elderly care)', 'SAU'])}    Consultant: Dr ")
    n.nm(cons.last).t("\nRequested by: Dr ").nm(doc.fl).t(f" ({n.ch(['FY1', 'FY2', 'CT1', 'IMT2'])}), bleep ").ph(_n4(n)).t("\n\n")
    det = n.ch(["symptomatic anaemia, upper GI bleed", "MDS, transfusion dependent",
                "post-op anaemia after hemiarthroplasty", "chemotherapy-induced anaemia"])
    n.t("Clinical details: ").c(det).t("; Hb ").c(f"{hb} g/L").t(" on ").d(taken, "dm").t(". Previous transfusion: ")
    if det.startswith("MDS") or n.yes(0.4):
        n.t("yes, last ").d(n.dt(-60, -10) if det.startswith("MDS") else n.dt(-400, -60), "my")
    else:
        n.t("none")
    n.t("\nSpecial requirements:  Irradiated [").t(n.ch([" ", "x"])).t("]   CMV negative [ ]   HEV negative [ ]\n")
    units = n.ch(["1 unit red cells", "2 units red cells", "2 units red cells"])
    n.t("Product / quantity: ").c(units).t(", each over " if units[0] == "2" else ", over ")
    n.c("2 hours")
    n.t("; ").c("furosemide 20 mg PO").t(" with the second unit (TACO checklist: " if units[0] == "2" else " with the unit (TACO checklist: ").c(n.ch(["2 risk factors", "1 risk factor"])).t(")\n")
    n.t("Indication code (NICE NG24): ").c(n.ch(["R1", "R2", "R3"])).t("    Consent: verbal, leaflet given\n\n")
    n.t("Sample taken by: ").nm(phleb.fl).t(" (phlebotomist)    Date/time taken: ").d(taken, "dmy").t(f" {n.tm(7, 22)}\n")
    n.t("Patient ID confirmed at bedside: name + DOB stated, wristband checked\n")
    n.t("Lab sample no: ").id(f"TX{taken.year % 100}-{n.dig(6)}").t("\n\n")
    n.t("FOR LAB USE: Group ").c(n.ch(["O RhD positive", "A RhD positive", "B RhD negative", "O RhD negative"]))
    n.t(", antibody screen ").c("negative").t("; electronic issue. G&S valid until ").d(taken + timedelta(days=3), "dmy")
    n.t(f" {n.tm(7, 22)}.  BMS: ").nm(bms.f_l).t(" (HCPC ").id(f"BS{n.dig(5)}").t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def en_transfusion_reaction(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 95)
    rn, tp, spr = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.6))
    hosp = uk_hosp(n)
    d = n.dt(-2, 0)
    t0 = n.ri(9, 20)
    unit = din(n.r, "G0925", d.year)
    n.t("From: ").nm(rn.fl).t(" <").em(rn.mail("nhs.net")).t(">\nTo: Blood Bank; ").nm(tp.fl).t("\n")
    n.t("Sent: ").d(d, "long").t(f" {t0:02d}:{n.ri(10, 59)}\n")
    n.t("Subject: Suspected transfusion reaction - ").nm(q.last.upper()).t(" ").id(hosp).t("\n\n")
    n.t("Hi ").nm(tp.first).t(",\n\n")
    n.t(f"{q.title} ").nm(q.fL).t(", ").id(hosp).t(", DOB ").d(dob, "d.m.y").t(f", bay {n.ri(1, 6)} on ")
    n.t(n.ch(["Ward 12", "the haematology ward", "AMU", "Ward 30"])).t(" - reaction about ").c(f"{n.ri(20, 60)} min")
    n.t(" into the second unit of red cells (DIN ").id(unit).t(").\n\n")
    n.t("Obs pre-unit:  T ").c(f"{n.fl(36.2, 37.1)}").t("  HR ").c(f"{n.ri(68, 96)}").t("  BP ").c(f"{n.ri(112, 148)}/{n.ri(60, 84)}")
    n.t("  RR ").c(f"{n.ri(14, 18)}").t("  SpO2 ").c(f"{n.ri(95, 99)}% RA").t("\n")
    n.t("At reaction:   T ").c(f"{n.fl(38.1, 39.4)}").t("  HR ").c(f"{n.ri(104, 128)}").t("  BP ").c(f"{n.ri(96, 118)}/{n.ri(50, 66)}")
    n.t("  RR ").c(f"{n.ri(20, 26)}").t("  SpO2 ").c(f"{n.ri(93, 97)}% RA").t(" - rigors, no urticaria, no wheeze\n\n")
    n.t(f"Transfusion stopped at {t0 + 1:02d}:{n.ri(0, 59):02d}, approx ").c(f"{n.ri(60, 180)} mL").t(" given. ")
    n.c("Paracetamol 1 g PO").t(" given. Dr ").nm(spr.fl).t(" (haematology SpR) reviewed - likely febrile non-haemolytic, "
                                                            "but bag and giving set returned to you with post-transfusion samples "
                                                            "(FBC, DAT, LDH, bilirubin, U&E, blood cultures).\n")
    n.t(f"{q.His} {'husband' if sp.sex == 'm' else 'wife'} ").nm(sp.first).t(" was visiting and has been updated (mob ")
    n.ph(uk_mob(n)).t("). Datix submitted.\n\nThanks,\n").nm(rn.first).t("\n\n").nm(rn.fl).t(", Staff Nurse\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def en_wbit_review(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(25, 90)
    q2 = n.pat()
    hca, tp, hd = n.staff(), n.staff(), n.staff()
    h1, h2 = uk_hosp(n), uk_hosp(n)
    d = n.dt(-40, -10)
    grp1, grp2 = n.ch([("O RhD positive", "A RhD positive"), ("A RhD negative", "O RhD positive"),
                       ("B RhD positive", "A RhD positive")])
    n.t("HOSPITAL TRANSFUSION TEAM - INCIDENT REVIEW: WRONG BLOOD IN TUBE (WBIT)\n")
    n.t(f"SABRE ref: {n.dig(6)}    SHOT category: WBIT (near miss)    Datix: W{n.dig(6)}\n\n")
    n.t("Date of incident: ").t(n.wd(d) + " ").d(d, "nth").t("\nArea: ").t(n.ch(["ED majors", "AMU", "Ward 8", "Day case unit"])).t("\n\n")
    n.t("Sample received labelled as: ").nm(q.LF).t(", MRN ").id(h1).t(", DOB ").d(dob, "dmy").t("\n")
    n.t("Historical group on LIMS (").d(n.dt(-900, -100), "mshy").t("): ").c(grp1).t("\n")
    n.t("Group on this sample: ").c(grp2).t(" - discrepancy; no units issued.\n")
    n.t("Repeat sample ").d(d, "dm").t(f" {n.tm(10, 23)}: ").c(grp1).t(".\n\n")
    n.t(f"Findings: the sample had been taken from {q2.title} ").nm(q2.fl).t(" (MRN ").id(h2).t("), in the next bed, whose group is ")
    n.c(grp2).t(". Labels had been printed for both patients at the start of the round. Sample taker: ").nm(hca.fl)
    n.t(" (HCA) - no wristband check at the bedside, patient not asked to state name and DOB.\n\n")
    n.t("Actions: 1) bedside label printing only (PDA scanning) - ").nm(hd.fi).t(" to raise with IT by ").d(n.dt(20, 40), "dmo")
    n.t(";  2) competency reassessed by ").nm(tp.fl).t(" (Transfusion Practitioner) on ").d(n.dt(-8, -1), "dmy")
    n.t(";  3) both patients informed (Duty of Candour not required - no harm).\n\n")
    n.t("Reported to SHOT by ").nm(tp.fi).t(" on ").d(n.dt(-6, 0), "sh").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", h1)]))


def en_sickle_day_unit(n: C) -> Note:
    q = n.pat(grps=["ngy", "ngi", "bgh", "bgh"])
    dob, a = n.dob(18, 52)
    town, dist, _code = uk_town(n, "en", ldn=True)
    cns, cons = n.staff(), n.staff()
    ptn = n.rel(q, "m" if q.sex == "f" else "f", same=False)
    nhs, hosp = nhs_no(n.r), uk_hosp(n)
    pre, post = n.ri(68, 86), n.ri(98, 112)
    n.t("HAEMOGLOBINOPATHY DAY UNIT - nursing and medical record\n")
    n.t(n.wd(n.today, True) + " ").d(n.today, "dmyy").t("\n\n")
    n.t("Name: ").nm(q.fl).t("   Hosp no: ").id(hosp).t("   NHS: ").id(sp3(nhs)).t("\nDOB: ").d(dob, "dot").t(f" ({a})   Address: ")
    n.ad(uk_street(n, "en", town)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n")
    n.t("Genotype: ").c("HbSS").t("   Baseline Hb: ").c(f"{n.ri(70, 88)} g/L").t("   Red cell phenotype: ").c("Ro (cDe), K-").t("\n")
    n.t("Individual care plan reviewed: ").d(n.dt(-300, -60), "mshy").t("\n\n")
    n.t("Attended for: elective automated red cell exchange (").c("programme every 6 weeks").t(") - indication: ")
    n.c(n.ch(["previous stroke", "recurrent acute chest syndrome", "frequent painful crises despite hydroxycarbamide"])).t("\n")
    n.t("Pre:  Hb ").c(f"{pre} g/L").t("  HbS ").c(f"{n.ri(32, 48)}%").t("  retics ").c(f"{n.ri(150, 320)} x10^9/L")
    n.t("  ferritin ").c(f"{n.ri(300, 2400)} ug/L").t("\n")
    n.t("Procedure: ").c(f"{n.ri(7, 10)} units HbS-negative red cells").t(" exchanged via ").c("right femoral vascath").t(", ")
    n.c(f"{n.ri(1900, 2900)} mL").t(" removed.\nPost: Hb ").c(f"{post} g/L").t("  HbS (estimated) ").c(f"{n.ri(8, 18)}%").t("\n")
    n.t("Pain score ").c(f"{n.ri(0, 3)}/10").t(" throughout; ").c(f"hydroxycarbamide {n.ch(['1000', '1500', '1250'])} mg once daily")
    n.t(" and ").c("folic acid 5 mg").t(" continued.\n\n")
    n.t("Partner ").nm(ptn.first).t(" collecting; contact number on file ").ph(uk_mob(n)).t(".\n")
    n.t("Next exchange: ").d(n.today + timedelta(days=42), "dsh").t(".\n\n")
    n.t("Nurse: ").nm(cns.fl).t(", Haemoglobinopathy CNS     Doctor: Dr ").nm(cons.f_l).t(" (consultant)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


def en_myeloma_letter(n: C) -> Note:
    q = n.pat(grps=["en", "en", "bcy", "bpk", "ngi"])
    dob, _a = n.old()
    town, dist, code = uk_town(n, "en")
    gp, cons = n.staff(), n.staff()
    kid = n.rel(q, n.ch("mf"), same=True)
    nhs = nhs_no(n.r)
    pp0 = n.ri(18, 46)
    n.t(f"Department of Haematology, {n.ch(HOSP['en'])}\nSecretary: ").ph(uk_land(n, code)).t("\n\n")
    n.t("Clinic: Myeloma    Seen: ").d(n.dt(-10, -3), "dmy").t("    Typed: ").d(n.dt(-2, 0), "dmy").t("\n")
    n.t("Dr ").nm(gp.fl).t(", Moorside Medical Practice\n\n")
    n.t("Dear Dr ").nm(gp.last).t("\n\n").nm(q.FL).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(sp3(nhs)).t("\n")
    n.ad(uk_street(n, "en", town)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n\n")
    n.t("Diagnosis: ").c(n.ch(["IgG kappa multiple myeloma", "IgA lambda multiple myeloma", "light chain (kappa) myeloma"]))
    n.t(", ").c(f"R-ISS {n.ch(['I', 'II', 'II', 'III'])}").t(", diagnosed ").d(n.dt(-700, -200), "my").t("\n")
    n.t("Treatment: ").c("daratumumab, lenalidomide and dexamethasone (DRd)").t(", currently cycle ").c(f"{n.ri(4, 14)}")
    n.t("; ").c(f"lenalidomide {n.ch(['10', '15', '25'])} mg days 1-21").t(", ").c("dexamethasone 20 mg weekly").t("\n\n")
    n.t("Results today: paraprotein ").c(f"{n.fl(0.5, 6)} g/L").t(f" (from {pp0} g/L at diagnosis), serum free kappa ")
    n.c(f"{n.fl(8, 40)} mg/L").t(", lambda ").c(f"{n.fl(5, 20)} mg/L").t("; Hb ").c(f"{n.ri(96, 132)} g/L").t(", neutrophils ")
    n.c(f"{n.fl(0.9, 3.5)}").t(", platelets ").c(f"{n.ri(90, 260)}").t(", creatinine ").c(f"{n.ri(70, 140)}").t(", adjusted calcium ")
    n.c(f"{n.fl(2.2, 2.55, 2)}").t("\n\n")
    n.t(f"{q.title} ").nm(q.last).t(" is well; grade 1 fatigue only. ")
    n.t(f"{q.His} {'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.first).t(" came with " + q.him + " today. ")
    n.t("Plan: continue DRd; ").c("aciclovir 400 mg bd").t(" and ").c("co-trimoxazole 480 mg bd Mon/Wed/Fri").t("; ")
    n.c("zoledronic acid 4 mg").t(" every 12 weeks. Review in clinic in ").c("4 weeks").t(".\n\n")
    n.t("Yours sincerely\nDr ").nm(cons.fl).t(", Consultant Haematologist\nDictated but not checked\n")
    n.t(f"cc: {q.title} ").nm(q.fl).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_bmat_procedure(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    cns, hca = n.staff(), n.staff()
    kid = n.rel(q, n.ch("mf"), same=n.yes(0.7))
    hosp = uk_hosp(n)
    code = uk_town(n, "en")[2]
    n.t("BONE MARROW ASPIRATE AND TREPHINE - PROCEDURE NOTE\n\n")
    n.t("Pt: ").nm(q.fL).t("  |  ").id(hosp).t("  |  DOB ").d(dob, "ddshyy").t("  |  ").age(a).t(f"{q.sex.upper()}\n")
    n.t("Date: ").d(n.today, "dmy").t(f"   Time: {n.tm(9, 16)}\n")
    n.t("Operator: ").nm(cns.fl).t(", Haematology Nurse Specialist (NMC ").id(nmc_pin(n)).t(")   Assistant: ").nm(hca.first).t(" (HCA)\n\n")
    n.t("Indication: ").c(n.ch(["pancytopenia ?MDS", "paraproteinaemia ?myeloma", "lymphocytosis and splenomegaly",
                                 "restaging after induction"])).t(" (Hb ").c(f"{n.ri(72, 110)}").t(", WCC ").c(f"{n.fl(1.2, 4.5)}")
    n.t(", neut ").c(f"{n.fl(0.4, 2.2)}").t(", plt ").c(f"{n.ri(22, 140)}").t(")\n")
    n.t("ID: patient stated name and date of birth (\"").nm(q.fl).t(", ").d(dob, "nthof").t("\") - matches wristband and request.\n")
    n.t("Consent: form 1 signed; bleeding, infection, pain and failed procedure discussed.\n")
    n.t("Anticoagulation: ").c("apixaban 2.5 mg bd").t(" held since ").t(n.wd(n.dt(-3, -2)) + " morning").t(".\n\n")
    n.t("Position left lateral; site ").c("right posterior iliac crest").t(". LA ").c("lidocaine 1% 10 mL").t("; ")
    n.c("Entonox").t(" self-administered.\nAspirate: ").c("2 mL EDTA, 5 mL heparin").t(" (morphology, flow, cytogenetics, NGS myeloid panel). ")
    n.t("Trephine ").c(f"{n.ri(14, 28)} mm").t(".\nHaemostasis with pressure ").c("10 min").t("; obs stable (BP ")
    n.c(f"{n.ri(110, 150)}/{n.ri(62, 88)}").t(", HR ").c(f"{n.ri(62, 92)}").t(").\n\n")
    mdt = n.wdt(14, 20)
    n.t("Results in 2-3 weeks; for haematology MDT ").t(n.wd(mdt)).t(" ").d(mdt, "dsh").t(". ")
    n.t(f"{'Son' if kid.sex == 'm' else 'Daughter'} ").nm(kid.fl).t(" (").ph(uk_mob(n)).t(") driving home. Unit number for queries ")
    n.ph(uk_land(n, code)).t(".\n")
    return n.build(_fhir(q, dob, [("mrn", hosp)]))


def en_haemophilia_diary(n: C) -> Note:
    par = n.pat("f", grps=["en", "en", "bpk", "bcy"])
    boy = n.kid(par, "m")
    dob, _a = n.dob(7, 16)
    cns = n.staff()
    nhs, hosp = nhs_no(n.r), uk_hosp(n)
    wt = n.fl(24, 62)
    iu = n.ch(["1000", "1500", "2000"])
    n.t("HOME TREATMENT RECORD - export for review ").d(n.today, "dmy").t("\n")
    n.t("Patient: ").nm(boy.fl).t("  |  DOB ").d(dob, "d/m/y").t("  |  Hosp no ").id(hosp).t("  |  NHS ").id(nhs).t("\n")
    n.t("Diagnosis: ").c("severe haemophilia A (FVIII <1 IU/dL)").t(", no inhibitor (last screen ").d(n.dt(-200, -60), "mshy").t(")\n")
    n.t("Prophylaxis: ").c(f"recombinant FVIII {iu} IU IV").t(" Mon / Wed / Fri    Weight: ").c(f"{wt} kg").t("\n\n")
    n.t("Date        Time   Dose       Reason                        Given by\n")
    d = n.today - timedelta(days=21)
    while d.weekday() != 0:
        d += timedelta(days=1)
    bleed_k = n.ri(0, 5)
    site = n.ch(["bleed - L ankle after football", "bleed - R knee, swollen", "bleed - L elbow"])
    rows: list[tuple[int, str, str]] = []
    for k, off in enumerate([0, 2, 4, 7, 9, 11]):
        if k == bleed_k:
            rows.append((off, f"{int(iu) * 2} IU", site))
            rows.append((off + 1, f"{iu} IU", "bleed - day 2 dose"))
        else:
            rows.append((off, f"{iu} IU", "prophylaxis"))
    for off, dose, reason in rows:
        dk = d + timedelta(days=off)
        if dk > n.today:
            break
        n.t(n.wd(dk, True) + " ").d(dk, "dm").t("   " + n.tm(6, 8) + "  ").c(dose).pad(dose, 11).t(reason).pad(reason, 30)
        if n.yes(0.6):
            n.t("Mum")
        else:
            n.nm(boy.first)
        n.t("\n")
    n.t("\nComments (").nm(par.first).t(", Mum): ").nm(boy.first).t(" is learning to self-infuse; school trip ")
    n.d(n.dt(10, 30), "dmo").t(" - will need a travel letter.\n")
    n.t("Shared diary link for the team: ").p("URL", f"https://hometx.nhs.uk/d/{n.tok(12)}").t("\n\n")
    n.t("Reviewed by ").nm(cns.fl).t(", Haemophilia Nurse Specialist. Called Mum on ").ph(uk_mob(n)).t(" - bleed settled after ")
    n.c("2 doses").t("; physio referral made.\n")
    return n.build(_fhir(boy, dob, [("nhs", nhs), ("mrn", hosp)]))


def _bsa(h: int, w: float) -> float:
    return round((h * w / 3600) ** 0.5, 2)


# ---------------------------------------------------------------------------------------- Scotland (2)
def sc_donor_workup(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 54)
    town, dist, _ = uk_town(n, "sc")
    coord, nurse, gp = n.staff(), n.staff(), n.staff()
    chi = chi_no(n.r, dob, q.sex)
    med = n.wdt(7, 20)
    start = n.wdt(30, 45)
    while start.weekday() > 2:
        start -= timedelta(days=1)
    n.t("Scottish National Blood Transfusion Service\nStem Cell Donor Programme - Donor Office\nTel ")
    n.ph(uk_land(n, "0131")).t("\n\n").d(n.today, n.ch(["long", "nth"])).t("    PRIVATE AND CONFIDENTIAL\n\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").ad(uk_street(n, "sc")).t("\n").ad(town).t("\n").zp(uk_pc(n, dist)).t("\n\n")
    n.t("Donor ID: ").id(f"SN{n.dig(7)}").t("    CHI: ").id(chi).t("\nDear ").nm(q.first).t(",\n\n")
    n.t(f"Thank you for agreeing to move forward as a possible stem cell donor for a {n.ri(19, 68)}-year-old "
        f"{n.ch(['man', 'woman'])} with ").c(n.ch(["acute myeloid leukaemia", "myelodysplastic syndrome",
                                                     "acute lymphoblastic leukaemia", "severe aplastic anaemia"]))
    n.t(". Your confirmatory typing is a ").c("10/10 match").t(" (HLA-A, -B, -C, -DRB1, -DQB1); your blood group is ")
    n.c(n.ch(["O RhD positive", "A RhD positive", "B RhD negative"])).t(" and CMV IgG ").c(n.ch(["negative", "positive"])).t(".\n\n")
    n.t("Your medical is on ").t(n.wd(med) + " ").d(med, "dmo").t(f" at {n.tm(9, 14)} in the donor suite. Please fill in the "
                                                                   "health questionnaire before then: ")
    n.p("URL", f"https://donor.snbts.scot/q/{n.tok(10)}").t("\n\n")
    n.t("If you are cleared, you will have ").c("filgrastim (G-CSF) 10 micrograms/kg").t(" once a day for ").c("4 days")
    n.t(" from ").t(n.wd(start) + " ").d(start, "dmo").t(", given at home by our nurse ").nm(nurse.fl).t(", and the collection "
                                                                                                   "by apheresis will be on day 5 (")
    n.d(start + timedelta(days=4), "dmy").t(").\n\n")
    n.t("We have Dr ").nm(gp.f_l).t(" as your GP - please tell us if this has changed. If you have any questions, ring me on the "
                                     "number above or on my mobile ").ph(uk_mob(n)).t(".\n\nKind regards,\n")
    n.nm(coord.fl).t("\nDonor Coordinator\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_chemo_daycase(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(34, 86)
    cons, sn, rn = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    chi = chi_no(n.r, dob, q.sex)
    code = uk_town(n, "sc")[2]
    h = n.ri(152, 188)
    w = float(n.fl(52, 104))
    bsa = _bsa(h, w)
    reg = n.ch(["R-CHOP-21", "BR", "ABVD"])
    cyc = n.ri(2, 5)
    n.t("HAEMATOLOGY DAY UNIT - SACT ADMINISTRATION RECORD\n\n")
    n.t("Name: ").nm(q.LF).t("    CHI: ").id(f"{chi[:6]}-{chi[6:]}").t("    DOB: ").d(dob, "dmyy").t("\n")
    n.t("Consultant: Dr ").nm(cons.last).t(f"    Regimen: {reg}, cycle {cyc} of 6 (C{cyc}D1)\n")
    n.t("Date: ").d(n.today, "dmy").t("   Height ").c(f"{h} cm").t("   Weight ").c(f"{w} kg").t("   BSA ").c(f"{bsa} m2")
    n.t(" (dose-banded)\n\n")
    n.t("Pre-treatment bloods (").d(n.dt(-2, -1), "dm").t("): Hb ").c(f"{n.ri(98, 138)}").t(", neut ").c(f"{n.fl(1.1, 5.6)}")
    n.t(", plt ").c(f"{n.ri(105, 340)}").t(", bili ").c(f"{n.ri(4, 18)}").t(", ALT ").c(f"{n.ri(12, 48)}").t(", creat ")
    n.c(f"{n.ri(58, 112)}").t(" - within parameters to proceed\n")
    n.t("Toxicity (CTCAE v5): peripheral neuropathy ").c(f"G{n.ri(0, 1)}").t(", mucositis ").c("G0").t(", fatigue ")
    n.c(f"G{n.ri(0, 2)}").t(", nausea ").c("G0").t("\n\n")
    if reg == "R-CHOP-21":
        n.t("Premeds: ").cl(["chlorphenamine 10 mg IV", "paracetamol 1 g PO", "hydrocortisone 100 mg IV"]).t("\nGiven:\n")
        items = [f"rituximab {round(375 * bsa / 10) * 10} mg IV", f"doxorubicin {round(50 * bsa)} mg IV bolus",
                 f"vincristine {min(2.0, round(1.4 * bsa, 1))} mg IV in 50 mL", f"cyclophosphamide {round(750 * bsa / 10) * 10} mg IV",
                 "prednisolone 100 mg PO days 1-5"]
    elif reg == "BR":
        n.t("Premeds: ").cl(["chlorphenamine 10 mg IV", "paracetamol 1 g PO", "ondansetron 8 mg PO"]).t("\nGiven:\n")
        items = [f"rituximab {round(375 * bsa / 10) * 10} mg IV", f"bendamustine {round(90 * bsa / 5) * 5} mg IV over 30 min (day 1 of 2)"]
    else:
        n.t("Premeds: ").cl(["ondansetron 8 mg PO", "dexamethasone 8 mg PO", "aprepitant 125 mg PO"]).t("\nGiven:\n")
        items = [f"doxorubicin {round(25 * bsa)} mg", f"bleomycin {round(10000 * bsa / 1000) * 1000} units",
                 f"vinblastine {round(6 * bsa, 1)} mg", f"dacarbazine {round(375 * bsa / 10) * 10} mg"]
    for it in items:
        n.t("  - ").c(it).t("\n")
    n.t("Checked by: ").nm(sn.fl).t(" (SN) and ").nm(rn.fl).t(" (SACT-trained RN)\n\n")
    n.nm(q.first).t(" tolerated well. ").t("Wife " if sp.sex == "f" else "Husband ").nm(sp.first).t(" collecting. "
                                                                                          "24-hour haematology helpline ")
    n.ph(uk_land(n, code)).t(" reiterated; thermometer at home.\n")
    nxt = _wk(n.today + timedelta(days=21 if reg != "ABVD" else 14))
    n.t(f"Next: C{cyc + 1}D1 ").t(n.wd(nxt, True) + " ").d(nxt, "dsh").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


# ---------------------------------------------------------------------------------------- Wales (2)
def cy_doac_call(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    town, dist, code = uk_town(n, "cy")
    pharm = n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    nhs = nhs_no(n.r)
    drug, ind = n.ch([("rivaroxaban 20 mg once daily with the evening meal", "atrial fibrillation"),
                      ("edoxaban 60 mg once daily", "atrial fibrillation"),
                      ("apixaban 5 mg twice daily", "DVT (after 10 mg twice daily for 7 days)")])
    started = n.today - timedelta(days=14)
    n.t("Gwasanaeth Gwrthgeulo / Anticoagulation Service\nGalwad ffôn / Telephone review - day 14 after starting a DOAC\n\n")
    n.t("Claf / Patient: ").nm(q.fl).t("\nRhif y GIG / NHS number: ").id(sp3(nhs)).t("\nGeni / Born: ").d(dob, "d/m/y")
    n.t("\nCartref / Home: ").ad(uk_street(n, "cy")).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\nFfôn / Tel: ")
    n.ph(uk_land(n, code)).t("\n\nDyddiad yr alwad / Call date: ").d(n.today, "dot").t("\n\n")
    n.t("Spoke to ").nm(q.first).t(f" (and {q.his} {'husband' if sp.sex == 'm' else 'wife'} ").nm(sp.first)
    n.t(") - call held in Welsh at their request. Started ").c(drug).t(" on ").d(started, "dm").t(f" for {ind}.\n")
    n.t("Checklist: bleeding - ").c("none").t("; bruising - ").c("minor, forearms").t("; missed doses - ").c(f"{n.ri(0, 1)}")
    n.t("; alert card carried; no herbal remedies or NSAIDs.\n")
    w, cr = float(n.fl(52, 110)), n.ri(60, 118)
    crcl = round((140 - min(a, 100)) * w * (1.23 if q.sex == "m" else 1.04) / cr)
    n.t("Weight ").c(f"{w} kg").t(", creatinine ").c(f"{cr} umol/L").t(", CrCl ").c(f"{crcl} mL/min")
    n.t(" (").d(started - timedelta(days=n.ri(1, 5)), "dm").t(") - dose appropriate.\n")
    n.t("Bloods (U&E, FBC) at the surgery on ").d(n.dt(150, 190), "dmo").t("; annual review due ").d(n.dt(330, 380), "my").t(".\n")
    n.t("Video follow-up link sent by text: ").p("URL", f"https://gig.cymru/fideo/{n.tok(8)}").t("\n\n")
    n.nm(pharm.fl).t(", Fferyllydd / Pharmacist (GPhC ").id(f"20{n.dig(5)}").t(")\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_iron_infusion(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 88)
    gp, rn1, rn2 = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    nhs, hosp = nhs_no(n.r), uk_hosp(n)
    w = float(n.fl(44, 96))
    dose = 1000 if w >= 50 else round(20 * w / 100) * 100
    n.t("IV IRON INFUSION RECORD - Uned Ddydd Haematoleg / Haematology Day Unit\n\n")
    n.t("Patient label: ").nm(q.LF).t(" / ").id(hosp).t(" / NHS ").id(nhs).t(" / DOB ").d(dob, "dash").t("\n")
    n.t("Referred by: Dr ").nm(gp.f_l).t(" (GP) on ").d(n.dt(-40, -14), "dmyy").t("\n")
    n.t("Indication: ").c("iron deficiency anaemia").t(", intolerant of ").c("ferrous sulfate 200 mg").t("\n")
    n.t("Bloods (").d(n.dt(-20, -7), "dm").t("): Hb ").c(f"{n.ri(82, 112)} g/L").t(", ferritin ").c(f"{n.ri(3, 18)} ug/L")
    n.t(", TSAT ").c(f"{n.ri(3, 14)}%").t(", MCV ").c(f"{n.ri(66, 79)} fL").t(", phosphate ").c(f"{n.fl(0.8, 1.3, 2)} mmol/L").t("\n")
    n.t("Weight ").c(f"{w} kg").t(". Prescribed ").c(f"ferric derisomaltose {dose} mg").t(" in ").c("100 mL sodium chloride 0.9%")
    n.t(" over ").c("20 min").t("\n\n")
    n.t("Obs      pre        15 min     30 min post\n")
    for lab, f in (("BP", lambda: f"{n.ri(104, 150)}/{n.ri(60, 90)}"), ("HR", lambda: f"{n.ri(62, 96)}"),
                   ("SpO2", lambda: f"{n.ri(95, 100)}%")):
        vals = [f(), f(), f()]
        n.t(lab).pad(lab, 9)
        for v in vals:
            n.c(v).pad(v, 11)
        n.t("\n")
    n.t("\nNo reaction. Skin staining and low-phosphate symptoms explained; ").t("husband " if sp.sex == "m" else "wife ")
    n.nm(sp.first).t(" drove " + q.him + " home.\n")
    n.t("Given by: ").nm(rn1.fl).t(", RN    Checked by: ").nm(rn2.fl).t(", RN\n")
    n.t("Repeat FBC and ferritin at the surgery in 4 weeks (").d(n.dt(26, 32), "my").t("). Diolch.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", hosp)]))


# ---------------------------------------------------------------------------------------- Northern Ireland (2)
def ni_warfarin_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.old()
    town, dist, code = uk_town(n, "ni")
    nurse = n.staff()
    dau = n.rel(q, "f", same=n.yes(0.5))
    hc = hc_no(n.r)
    tested = n.wdt(-3, -1)
    nxt = n.wdt(5, 10)
    inr = n.fl(3.9, 6.2)
    n.t(f"Anticoagulant Clinic, {n.ch(HOSP['ni'])}\nTel: ").ph(uk_land(n, code)).t(" (Mon-Fri 9am-4pm)\n\n")
    n.d(n.today, "nth").t("\n").t(f"{q.title} ").nm(q.fl).t("\n").ad(uk_street(n, "ni")).t("\n").ad(town).t("\n")
    n.zp(uk_pc(n, dist)).t("\n\nH&C No: ").id(sp3(hc)).t("     DOB: ").d(dob, "dmy").t("\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\n\nYour INR on ").t(n.wd(tested) + " ").d(tested, "nthmo").t(" was ").c(inr)
    n.t(" (target ").c("2.5").t("). Please leave out tonight's dose, then take:\n")
    per = [n.ch(["3 mg", "3.5 mg", "3 mg", "2.5 mg"]) for _ in range(7)]
    for k, (dname, ds) in enumerate(zip(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], per, strict=True)):
        n.t(f"  {dname} ").c(ds).t("\n" if k in (3, 6) else "  ")
    tot = sum(float(x.split()[0]) for x in per)
    n.t("\nNew weekly total: ").c(f"{tot:g} mg").t(f" (was {tot + n.ch([2, 2.5, 3]):g} mg).\n")
    n.t("Next blood test: ").t(n.wd(nxt) + " ").d(nxt, "dsh").t(" at your GP surgery - please bring your yellow book.\n")
    n.t("If you notice any bleeding, black stools or a bad headache, phone us or go to the Emergency Department.\n\n")
    n.t("Your daughter ").nm(dau.first).t(" rang on your behalf on ").d(tested, "d/m").t("; we have noted her number ")
    n.ph(uk_mob(n)).t(" as a contact.\n\nYours sincerely\n").nm(nurse.fl).t("\nAnticoagulant Nurse Specialist\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_itp_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 79)
    town = uk_town(n, "ni")[0]
    reg, cons, gp = n.staff(), n.staff(), n.staff()
    hc = hc_no(n.r)
    n.t("Haematology OPD - ITP review   ").d(n.today, "dmy").t("\n\n")
    n.nm(q.fml).t(f", {a} y, H&C ").id(hc).t(", DOB ").d(dob, "dotyy").t(". Lives in ").ad(town).t(f", works as {n.ch(['a teacher', 'a care assistant', 'a joiner', 'an accountant', 'a bus driver'])}.\n\n")
    dx = n.dt(-700, -120)
    n.t("Dx: ").c("primary ITP").t(" ").d(dx, "mshy").t(". Treated with ").c("prednisolone 1 mg/kg").t(" then taper; ")
    n.c("IVIg 1 g/kg x2").t(" (").d(dx + timedelta(days=n.ri(20, 60)), "dm").t("); now ").c(f"eltrombopag {n.ch(['25', '50', '75'])} mg od")
    n.t(" since ").d(n.dt(-100, -30), "mshy").t(".\n\n")
    n.t("Today: plt ").c(f"{n.ri(38, 160)}").t(" (was ").c(f"{n.ri(8, 30)}").t(" on ").d(n.dt(-60, -20), "dm").t("), Hb ")
    n.c(f"{n.ri(112, 148)}").t(", ALT ").c(f"{n.ri(14, 48)}").t(", bili ").c(f"{n.ri(5, 19)}").t("\n")
    n.t("Bleeding: ").c(n.ch(["mild bruising only", "no bleeding", "occasional gum bleeding"]))
    if q.sex == "f":
        n.t("; heavy periods improving on ").c("tranexamic acid 1 g tds").t(" days 1-4")
    n.t(".\n\nPlan:\n- continue current dose; FBC every 2 weeks via GP (Dr ").nm(gp.last).t(")\n")
    n.t("- if plt > ").c("250").t(" reduce to alternate days\n- review 6 weeks\n\n")
    n.t("Dr ").nm(reg.fl).t(", ST5 Haematology / Dr ").nm(cons.f_l).t(", Consultant\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ---------------------------------------------------------------------------------------- United States (10)
def us_mrn(n: C) -> str:
    return n.ch([n.dig(8), f"E{n.dig(7)}", f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}", n.dig(9), f"MR{n.dig(7)}"])


def us_member(n: C) -> str:
    return n.ch([f"{n.ch(['XEH', 'ZGP', 'YLU', 'JQK'])}{n.dig(9)}", f"W{n.dig(9)}", f"{n.dig(3)}{n.ch('ABCDEFG')}{n.dig(5)}"])


def us_anticoag_phone(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    _city, _st, _zp, ac = us_city(n)
    pharm, md = n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.yes(0.6))
    mrn = us_mrn(n)
    ind, goal = n.ch([("mechanical mitral valve (On-X)", "2.5-3.5"), ("atrial fibrillation, CHA2DS2-VASc 5", "2.0-3.0"),
                      ("antiphospholipid syndrome with prior DVT", "2.0-3.0"), ("LV thrombus", "2.0-3.0")])
    inr = n.fl(1.5, 2.2)
    talk_to = n.yes(0.5)
    n.t("ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER\n")
    n.t("Patient: ").nm(q.lfm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("   Age: ").age(a).t(" y\n")
    n.t("Encounter date: ").d(n.today, "us").t("   Indication: ").c(ind).t("   INR goal: ").c(goal).t("\n\n")
    n.t("Spoke with: ")
    if talk_to:
        n.t("daughter ").nm(dau.fl).t(" (on HIPAA release) at ")
    else:
        n.t("patient at ")
    n.ph(us_ph(n, ac)).t("; identity verified with 2 identifiers (name, DOB).\n")
    n.t("Home INR (self-test meter): ").c(inr).t(" on ").d(n.dt(-1, 0), "md").t(";  previous ").c(n.fl(2.0, 3.0)).t(" on ")
    n.d(n.dt(-16, -10), "md").t("\n")
    n.t("Current regimen: ").c("7.5 mg Sun/Wed, 5 mg all other days = 40 mg/week").t("\n")
    n.t("Missed doses: none. Diet: ").c(n.ch(["more salads (vitamin K) this week", "no change", "reduced appetite"]))
    n.t(". New meds: ").c(n.ch(["none", "prednisone 40 mg taper started by PCP", "rifampin 600 mg daily"])).t(". Bleeding/bruising: denies.\n\n")
    n.t("Plan: ").c("boost 7.5 mg x1 tonight").t(", then increase to ").c("42.5 mg/week (7.5 mg Sun/Tue/Thu, 5 mg other days)")
    n.t(" (+6%). No bridging required.\nNext INR: ").d(n.dt(6, 9), "us1yy").t("\n\n")
    n.nm(pharm.fl).t(", PharmD, CACP  |  Anticoagulation Service  |  ").ph(us_ph(n, ac)).t("\n")
    n.t("Cosign: ").nm(md.fml).t(", MD\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_hit_consult(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    surg, fel, att = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    mrn = us_mrn(n)
    p0 = n.ri(190, 320)
    p1 = round(p0 * n.r.uniform(0.2, 0.4))
    n.t("HEMATOLOGY CONSULT NOTE\nDate of service: ").d(n.today, "usl").t("\n")
    n.t("Patient: ").nm(q.FL).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, "usdash").t(" | ").age(a).t(q.sex.upper()).t("\n")
    n.t("Requesting: Dr. ").nm(surg.last).t(" (CT surgery)    Reason: thrombocytopenia POD ").c(f"{n.ri(6, 9)}")
    n.t(" s/p CABG on heparin\n\n")
    n.t("HPI: platelets ").c(f"{p0}").t(" pre-op -> ").c(f"{p1}").t(f" today (fall of {round(100 - 100 * p1 / p0)}%, onset day 5). "
                                                                   "New R calf swelling.\n")
    n.t("4Ts score: ").c(f"{n.ri(6, 8)} (high probability)").t("\nPF4/heparin ELISA: ").c(f"OD {n.fl(1.2, 2.9, 2)}").t(" (positive); SRA sent ")
    n.d(n.dt(-1, 0), "md").t("\nLE duplex: ").c(n.ch(["R popliteal DVT", "R peroneal and posterior tibial DVT", "no DVT"])).t("\n")
    n.t("Labs: Hgb ").c(f"{n.fl(8.0, 11.5)}").t(", INR ").c(f"{n.fl(1.0, 1.4)}").t(", fibrinogen ").c(f"{n.ri(280, 520)}")
    n.t(", ALT ").c(f"{n.ri(14, 60)}").t(", Cr ").c(f"{n.fl(0.7, 1.6)}").t("\n\n")
    n.t("Recommendations:\n1. Stop ALL heparin incl. flushes and heparin-coated lines.\n2. Start ").c("argatroban 0.5 mcg/kg/min")
    n.t(", titrate to aPTT ").c("1.5-3x baseline").t(".\n3. No platelet transfusion unless bleeding.\n4. When plt > ").c("150")
    n.t(", transition to ").c("apixaban 10 mg BID x7 days, then 5 mg BID").t(".\n5. Add \"heparin - HIT (")
    n.d(n.today, "my").t(")\" to allergy list.\n\n")
    n.t("Discussed with pt and ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first).t(" at bedside.\n")
    n.nm(fel.fl).t(", MD | Hematology/Oncology Fellow | pager ").ph(_n4(n)).t("\n")
    n.t("Attending attestation: seen and examined with the fellow; agree with plan. ").nm(att.fml).t(", MD\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_mtp_log(n: C) -> Note:
    q = n.pat(grps=["usw", "usb", "usmx"])
    dob, _a = n.dob(18, 64)
    city, st, _zp, ac = us_city(n)
    trauma, tech, md = n.staff(), n.staff(), n.staff()
    bro = n.rel(q, "m", same=True)
    mrn1, mrn2 = us_mrn(n), us_mrn(n)
    alias = n.ch(["TRAUMA, ZULU", "TRAUMA, TANGO", "DOE, UNKNOWN 47", "TRAUMA, KILO", "UNKNOWN, ALPHA"])
    h = n.ri(0, 21)
    mm = n.ri(0, 45)
    n.t("MASSIVE TRANSFUSION PROTOCOL - BLOOD BANK LOG\n")
    n.t("Activated: ").d(n.today, "us").t(f" {h:02d}:{mm:02d} by Dr. ").nm(trauma.last).t(" (Trauma Surgery)\n")
    n.t(f"Registered as: {alias}  (temp MRN ").id(mrn1).t(")\n")
    n.t(f"Identified {h:02d}:{mm + 14:02d} as: ").nm(q.LFm).t(", DOB ").d(dob, "us").t(", MRN ").id(mrn2).t(" - records merged, "
                                                                                                    "historical type ")
    n.c(n.ch(["O POS", "A POS", "B POS", "O NEG"])).t(" on file\n\n")
    n.t("Emergency release: ").c("2 units O NEG RBC").t(" + ").c("2 units thawed plasma").t(" (uncrossmatched)\n")
    n.t("Cooler  Time   RBC  Plasma  Plt  Cryo\n")
    for k in range(n.ri(2, 4)):
        tt = f"{(h + (mm + 25 * (k + 1)) // 60) % 24:02d}:{(mm + 25 * (k + 1)) % 60:02d}"
        n.t(f"{k + 1}       {tt}  ").c("6").t("    ").c("6").t("       ").c("1" if k % 2 == 0 else "0").t("    ")
        n.c("10" if k == 1 else "0").t("\n")
    n.t("TEG: R ").c(f"{n.fl(6, 12)} min").t(", MA ").c(f"{n.ri(38, 58)} mm").t(", LY30 ").c(f"{n.fl(1, 9)}%").t("; iCa ")
    n.c(f"{n.fl(0.85, 1.1, 2)}").t("\n")
    n.c("TXA 1 g IV over 10 min").t(" then ").c("1 g over 8 h").t("; ").c("calcium chloride 1 g IV x2").t("\n")
    n.t("Stood down: ").t(f"{(h + 2) % 24:02d}:{n.ri(0, 59):02d}").t(" (hemorrhage controlled in OR)\n\n")
    n.t("Brother ").nm(bro.fl).t(" arrived, contact ").ph(us_ph(n, ac)).t("; lives in ").ad(city).t(f", {st}.\n")
    n.t("Tech: ").nm(tech.fl).t(", MLS(ASCP)CM    Medical director notified: ").nm(md.fl).t(", MD\n")
    return n.build(_fhir(q, dob, [("mrn", mrn2)]))


def us_crossmatch_log(n: C) -> Note:
    ps = [n.pat() for _ in range(n.ri(3, 4))]
    dob, _a = n.dob(20, 92)
    t1, t2, sbb, doc = n.staff(), n.staff(), n.staff(), n.staff()
    i1, i2 = n.ini(t1), n.ini(t2)
    ac = us_city(n)[3]
    mrns = [us_mrn(n) for _ in ps]
    rows = [("O POS", "NEG", "-", "2 RBC, IS XM compatible"), ("A NEG", "POS", "anti-E, anti-K", "2 RBC E-K-, AHG XM compatible"),
            ("B POS", "POS", "warm autoantibody, DAT IgG 2+", "adsorption sent to reference lab"),
            ("O NEG", "NEG", "-", "1 apheresis PLT, 2 RBC"), ("A POS", "POS", "anti-Fya", "2 RBC Fy(a-), AHG XM compatible")]
    n.r.shuffle(rows)
    rows[1] = ("A NEG", "POS", "anti-E, anti-K", "2 RBC E-K-, AHG XM compatible")
    d = n.today
    n.t("BLOOD BANK - CROSSMATCH / ANTIBODY WORKUP LOG    ").t(n.wd(d)).t(", ").d(d, "usyy").t("  (day shift)\n\n")
    n.t("MRN           Patient                    ABO/Rh  Screen  Antibody ID                     Product / XM                         Tech\n")
    for k, p in enumerate(ps):
        ab, scr, ident, prod = rows[k]
        nm = p.LFF
        n.id(mrns[k]).pad(mrns[k], 14).nm(nm).pad(nm, 27).c(ab).pad(ab, 8).c(scr).pad(scr, 8).c(ident).pad(ident, 32)
        n.c(prod).pad(prod, 37).nm(i1 if k % 2 == 0 else i2).t("\n")
    n.t("\nNote: ").nm(ps[1].last.upper()).t(" also has a historical anti-Jka (").d(n.dt(-1500, -200), "us1").t(", outside hospital) - ")
    n.c("Jk(a-) units").t(" selected. Notified Dr. ").nm(doc.last).t(" at ").t(n.tm(9, 14)).t("; callback ").ph(us_ph(n, ac)).t(".\n")
    n.t("Reviewed: ").nm(sbb.fl).t(", MLS(ASCP)SBB\n")
    pt = ps[1]
    return n.build(_fhir(pt, dob, [("mrn", mrns[1])]))


def us_sickle_ed_plan(n: C) -> Note:
    q = n.pat(grps=["usb", "usb", "usb", "usmx"])
    dob, _a = n.dob(19, 48)
    _city, _st, _zp, ac = us_city(n)
    hem, nav = n.staff(), n.staff()
    mom = n.rel(q, "f", same=n.yes(0.6))
    mrn = us_mrn(n)
    n.t("SICKLE CELL DISEASE - INDIVIDUALIZED ED PAIN PLAN  (valid through ").d(n.dt(300, 365), "us").t(")\n\n")
    n.t("Name: ").nm(q.fl).t("    DOB: ").d(dob, "us1").t("    MRN: ").id(mrn).t("\n")
    n.t("Genotype: ").c(n.ch(["HbSS", "HbSS", "HbS-beta0 thalassemia", "HbSC"])).t("   Baseline: Hgb ").c(f"{n.fl(6.8, 10.2)} g/dL")
    n.t(", retic ").c(f"{n.ri(4, 16)}%").t(", T bili ").c(f"{n.fl(1.2, 4.5)}").t("\n")
    n.t("Home meds: ").cl([f"hydroxyurea {n.ch(['1000', '1500', '2000'])} mg daily", "oxycodone 10 mg q6h PRN",
                           "folic acid 1 mg daily"]).t("\n\n")
    n.t("ED ANALGESIA (start within 60 min of triage):\n- ").c("hydromorphone 2 mg IV").t(" (or ").c("3 mg SC").t(" if no IV access), repeat ")
    n.c("q30 min x3").t(" and reassess\n- ").c("ondansetron 4 mg IV PRN").t("; ").c("IV fluids D5 1/2NS at 100 mL/h").t(" (avoid boluses)\n")
    n.t("- Do NOT use meperidine. Incentive spirometry 10x/h while awake.\n\n")
    n.t("Transfusion: only for Hgb < ").c("6 g/dL").t(" or acute chest syndrome; give ").c("C, E, K antigen-negative").t(" units (history of ")
    n.c("anti-Fya").t(").\n\n")
    n.t("Contacts: Hematologist ").nm(hem.fl).t(", MD ").ph(us_ph(n, ac)).t("; SCD nurse navigator ").nm(nav.fl).t(", RN ")
    n.ph(us_ph(n, ac)).t("; emergency contact (mother) ").nm(mom.fl).t(" ").ph(us_ph(n, ac)).t("\n")
    n.t("Plan reviewed with patient on ").d(n.today, "md").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_myeloma_infusion(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    rn = n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    mrn = us_mrn(n)
    h, w = n.ri(152, 188), float(n.fl(52, 104))
    bsa = _bsa(h, w)
    n.t("INFUSION CENTER - NURSING NOTE  ").d(n.today, "ussh").t("\n")
    n.nm(q.lfm).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, "us").t(" (").age(a).t(" y/o) | Wt ").c(f"{w} kg").t(" | BSA ").c(f"{bsa} m2").t("\n")
    n.t("Dx: ").c(n.ch(["multiple myeloma, IgA lambda", "multiple myeloma, IgG kappa"])).t("; regimen ").c("Dara-VRd")
    n.t(f" C{n.ri(2, 6)}D{n.ch(['1', '8', '15'])}\n")
    n.t("Labs ").d(n.dt(-2, 0), "md").t(": ANC ").c(f"{n.fl(1.0, 4.2)}").t(", Hgb ").c(f"{n.fl(8.8, 12.6)}").t(", Plt ").c(f"{n.ri(72, 240)}")
    n.t(", Cr ").c(f"{n.fl(0.7, 1.8)}").t(", Ca ").c(f"{n.fl(8.6, 10.2)}").t(" - OK to treat per protocol\n")
    n.t("Premeds (60 min prior): ").cl(["acetaminophen 650 mg PO", "diphenhydramine 25 mg PO", "montelukast 10 mg PO",
                                        "dexamethasone 20 mg PO"]).t("\n")
    hh = n.ri(9, 12)
    n.t(f"{hh:02d}:{n.ri(0, 29):02d} ").c("daratumumab-hyaluronidase 1800 mg SC").t(" abdomen over 5 min - tolerated\n")
    n.t(f"{hh:02d}:{n.ri(35, 59):02d} ").c(f"bortezomib {round(1.3 * bsa, 1)} mg SC").t(" (1.3 mg/m2) L thigh\n")
    n.t("Neuropathy: ").c(n.ch(["grade 1 numbness toes, no functional limit", "none", "grade 1 tingling fingertips"])).t("\n")
    n.t("Shingles prophylaxis ").c("acyclovir 400 mg BID").t(" - adherent. Lenalidomide REMS survey done.\n")
    n.t("Pt accompanied by ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first).t(". Next appt ").d(n.dt(6, 8), "us1yy")
    n.t(".\n").nm(rn.fl).t(", RN, OCN\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_sibling_donor(n: C) -> Note:
    rec = n.pat()
    don = n.rel(rec, n.ch("mf"), same=True)
    dob, _a = n.dob(22, 66)
    city, st, zp, ac = us_city(n)
    adv, coord = n.staff(), n.staff()
    m1, m2 = us_mrn(n), us_mrn(n)
    wt = n.ri(58, 112)
    start = n.wdt(20, 40)
    n.t("BMT PROGRAM - RELATED DONOR EVALUATION\n\n")
    n.t("Recipient: ").nm(rec.fl).t(" (MRN ").id(m1).t("), ").c(n.ch(["AML in CR1", "MDS-EB2", "ALL in CR1", "myelofibrosis"])).t("\n")
    n.t("Donor: ").nm(don.fml).t(f" ({'brother' if don.sex == 'm' else 'sister'}), DOB ").d(dob, "us1").t(", MRN ").id(m2)
    n.t(", SSN ").p("SSN", ssn_no(n.r)).t(" (billing)\n")
    n.t("Address: ").ad(us_street(n)).t(", ").ad(city).t(f", {st} ").zp(us_zip(n, zp)).t("   Cell: ").ph(us_ph(n, ac))
    n.t("   Email: ").em(pmail(n, don, ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])).t("\n\n")
    n.t("HLA: ").c("10/10 matched sibling").t("; ABO donor ").c("O+").t(" / recipient ").c("A+").t(" (minor mismatch); CMV IgG donor ")
    n.c(n.ch(["neg", "pos"])).t(" / recipient ").c(n.ch(["pos", "neg"])).t("\n")
    n.t("Donor health: BMI ").c(f"{n.fl(21, 33)}").t(", BP ").c(f"{n.ri(108, 138)}/{n.ri(64, 88)}").t(", Hgb ").c(f"{n.fl(12.4, 16.2)}")
    n.t(", Plt ").c(f"{n.ri(170, 360)}").t("; IDMs negative (").d(n.dt(-10, -3), "us1yy").t(")\n")
    n.t("Consent for PBSC collection e-signed ").d(n.dt(-2, 0), "us").t(f" {n.tm(8, 21)} from IP ").p("IP", n.ip()).t("\n")
    n.t("Mobilization: ").c(f"filgrastim 10 mcg/kg/day ({round(wt * 10 / 60) * 60} mcg)").t(" x4-5 days from ").d(start, "md")
    n.t("; apheresis ").d(start + timedelta(days=4), "md").t("\n\n")
    n.t("Donor advocate: ").nm(adv.fl).t(", LCSW.  Coordinator: ").nm(coord.fl).t(", RN, BMTCN ").ph(us_ph(n, ac)).t("\n")
    return n.build(_fhir(don, dob, [("mrn", m2)]))


def us_htc_visit(n: C) -> Note:
    mom = n.pat("f", grps=["usw", "usb", "usmx"])
    boy = n.kid(mom, "m")
    dob, _a = n.dob(11, 17)
    _city, _st, _zp, ac = us_city(n)
    md, rn, pt, sw, sch = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    mrn = us_mrn(n)
    w = float(n.fl(36, 72))
    n.t("HEMOPHILIA TREATMENT CENTER - COMPREHENSIVE CLINIC   ").d(n.today, "usl").t("\n\n")
    n.t("Patient: ").nm(boy.fl).t(" | DOB ").d(dob, "us").t(" | MRN ").id(mrn).t(" | with mother ").nm(mom.fl).t("\n")
    n.t("Dx: ").c("severe hemophilia A (FVIII <1%)").t("; high-titer inhibitor (peak ").c(f"{n.ri(8, 40)} BU").t("), ITI completed\n")
    n.t("Prophylaxis: ").c(f"emicizumab 3 mg/kg every 2 weeks ({round(3 * w)} mg)").t("   Weight ").c(f"{w} kg").t("\n")
    n.t("Bleeds past 12 mo: ").c(f"{n.ri(0, 3)}").t(" (").c("R ankle, traumatic").t("), treated with ").c("rFVIIa 90 mcg/kg x2").t("\n")
    n.t("Joints: no target joints; HJHS ").c(f"{n.ri(0, 8)}").t(". PT (").nm(pt.first).t("): full ROM, single-leg stance 30 s.\n")
    n.t("Labs: Hgb ").c(f"{n.fl(12.4, 15.0)}").t(", FVIII chromogenic (bovine) ").c("<1%").t(", inhibitor (bovine) ").c("0.0 BU").t("\n\n")
    n.t("School nurse ").nm(sch.fl).t(" (").ph(us_ph(n, ac)).t(") has the emergency letter; mom carries the factor card.\n")
    n.t("Insurance member ID ").id(us_member(n)).t("; home infusion pharmacy ").ph(us_ph(n, ac)).t("\nNext visit: ")
    n.d(n.dt(170, 200), "my").t("\n\n")
    n.nm(md.fl).t(", MD;  ").nm(rn.fl).t(", RN (HTC nurse coordinator);  ").nm(pt.fl).t(", PT, DPT;  ").nm(sw.fl).t(", LCSW\n")
    return n.build(_fhir(boy, dob, [("mrn", mrn)]))


def us_portal_periproc(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(48, 85)
    ac = us_city(n)[3]
    gi, rn = n.staff(), n.staff()
    proc = n.wdt(6, 14)
    last = proc - timedelta(days=3)
    sent = n.dt(-2, -1)
    n.t("PATIENT PORTAL MESSAGE\nFrom: ").nm(q.fl).t(" (patient)    Sent: ").d(sent, "us1").t(f" {n.ri(1, 11)}:{n.ri(10, 59)} PM\n")
    n.t("To: Anticoagulation Clinic Pool\nSubject: eliquis before colonoscopy\n\n")
    n.t("hi its ").nm(q.low).t(" dob ").d(dob, "us1yy").t(". i have my colonoscopy on ").t(n.wd(proc).lower() + " ")
    n.p("DATE", f"{MONTHS[proc.month - 1].lower()} {proc.day}").t(" with dr ").nm(gi.last.lower())
    n.t(". when do i stop my ").c("eliquis 5mg").t("? i take it twice a day. my # is ").ph(us_ph(n, ac, 1)).t(" thanks\n\n")
    reply = sent + timedelta(days=1)
    n.t("--- Reply ").d(reply, "us1").t(f" {n.ri(8, 11)}:{n.ri(10, 59)} AM ---\n")
    n.t(f"Hi {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(", for a low/moderate bleeding-risk procedure with your kidney "
                                                              "function (CrCl ").c(f"{n.ri(55, 96)} mL/min").t(" on ")
    n.d(n.dt(-40, -5), "md").t("), take your last dose of ").c("apixaban 5 mg").t(" on the morning of ").t(n.wd(last) + " ")
    n.d(last, "md").t(". No bridging needed. Restart ").c("24 hours").t(" after the procedure if Dr. ").nm(gi.last)
    n.t(" confirms no bleeding.\n\n").nm(rn.fl).t(", RN, Anticoagulation Nurse | ").ph(us_ph(n, ac)).t("\n")
    n.t("Audit: reply opened ").d(reply, "us1").t(" from ").p("IP", n.ip()).t("\n")
    return n.build(_fhir(q, dob, []))


def us_aml_progress_lower(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(24, 76)
    fel, att = n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    mrn = us_mrn(n)
    hd = n.ri(14, 22)
    n.t(f"heme/onc progress note - hd {hd} (day {hd - 2} of 7+3)\n").d(n.today, "md").t(f" {n.tm(5, 7, False)}\n")
    n.t("pt: ").nm(q.low).t(f" {a}{q.sex} | mrn ").id(mrn.lower()).t("\n\n")
    n.t("s: febrile overnight, tmax ").c(f"{n.fl(38.1, 39.4)}").t(f" ({n.tm(0, 4, False)}), rigors x1. mucositis ")
    n.c(f"grade {n.ri(1, 2)}").t(". ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first.lower()).t(" at bedside.\n")
    n.t("o: bp ").c(f"{n.ri(88, 118)}/{n.ri(48, 70)}").t(" hr ").c(f"{n.ri(98, 126)}").t(" rr ").c(f"{n.ri(16, 24)}")
    n.t(" spo2 ").c(f"{n.ri(93, 98)}% ra").t("\nlabs: wbc ").c(f"{n.fl(0.1, 0.4)}").t(" anc ").c("0").t(" hgb ")
    n.c(f"{n.fl(6.6, 8.2)}").t(" plt ").c(f"{n.ri(5, 24)}").t(" cr ").c(f"{n.fl(0.6, 1.3)}").t(" k ").c(f"{n.fl(3.1, 4.4)}").t("\n\n")
    n.t("a/p: neutropenic fever\n - bcx x2 drawn, start ").c("cefepime 2 g iv q8h").t(", stop ").c("levofloxacin ppx").t("\n")
    n.t(" - add vanc if hemodynamically unstable or line infection\n - transfuse ").c("1 u prbc").t(" (hgb <").c("7").t(")")
    n.t(" + ").c("1 u apheresis plt").t(" (plt <").c("10").t(")\n - d14 marrow (").d(n.dt(-3, -1), "md").t("): ")
    n.c(n.ch(["hypocellular 5%, blasts <5%", "hypocellular 10%, residual blasts 8%"])).t("\n")
    n.t(" - ").c("posaconazole 300 mg daily").t(", ").c("acyclovir 400 mg bid").t(" continue\n")
    n.t("d/w dr ").nm(att.last.lower()).t(" (attending)\n- ").nm(f"{fel.first.lower()} {_ascii(fel.last)[0].lower()}")
    n.t(", md (fellow) pager ").ph(_n4(n)).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- Australia (5)
def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"{n.dig(3)}-{n.dig(3)}", f"MRN{n.dig(7)}", n.dig(8)])


def au_medicare(n: C) -> tuple[str, str]:
    """(card number with the individual reference number, as written; the bare ten digits)."""
    m = medicare_au(n.r)
    irn = n.ri(1, 4)
    return n.ch([f"{m[:4]} {m[4:9]} {m[9]} / {irn}", f"{m}-{irn}", f"{m[:4]} {m[4:9]} {m[9]}-{irn}", f"{m}/{irn}"]), m


def au_gp_warfarin(n: C) -> Note:
    q = n.pat()
    dob, _a = n.old()
    sub, stt, pc, _ac = au_sub(n)
    gp1, gp2 = n.staff(), n.staff()
    i1, i2 = n.ini(gp1), n.ini(gp2)
    dau = n.rel(q, "f", same=n.yes(0.5))
    med, mraw = au_medicare(n)
    ihi = ihi_no(n.r)
    n.t(f"{n.ch(['Ingleburn Family Practice', 'Eastside Medical Centre', 'Parkview Clinic', 'Sunbury Road Medical'])}"
        " - WARFARIN MANAGEMENT CHART (printed ").d(n.today, "dmy").t(")\n\n")
    n.t("Patient: ").nm(q.fL).t("    DOB ").d(dob, "dmy").t("    Medicare ").id(med).t("\n")
    n.t("IHI ").id(ihi).t("\nAddress: ").ad(au_street(n).upper()).t(" ").ad(sub.upper()).t(f" {stt} ").zp(pc).t("    Mob ").ph(au_mob(n)).t("\n")
    n.t("Indication: ").c("AF with prior TIA").t("; target INR ").c("2.0-3.0").t("; tablets held: 1 mg (brown), 3 mg (blue), 5 mg (pink)\n\n")
    n.t("Date       INR   Dose                         Next INR    Dr\n")
    d = n.today - timedelta(days=7 * n.ri(5, 8))
    doses = ["4 mg daily", "4 mg / 5 mg alternate", "5 mg daily", "3 mg daily", "4.5 mg daily", "5 mg exc. 4 mg Sun"]
    while True:
        d = _wk(d)
        if d > n.today:
            break
        nxt = _wk(d + timedelta(days=n.ch([7, 14, 14, 28])))
        inr, ds, s = _inr(n, 2.5), n.ch(doses), fmt(d, "d/m/yy")
        n.d(d, "d/m/yy").pad(s, 11).c(inr).pad(inr, 6).c(ds).pad(ds, 29).d(nxt, "d/m/yy").pad(fmt(nxt, "d/m/yy"), 12)
        n.nm(n.ch([i1, i1, i2])).t("\n")
        d = nxt
    n.t("\nNote: daughter ").nm(dau.fl).t(" manages the Webster pack; contact ").ph(au_mob(n)).t(".\n")
    return n.build(_fhir(q, dob, [("medicare", mraw)]))


def au_transfusion_consent(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 94)
    sub, stt, pc, ac = au_sub(n)
    reg = n.staff()
    ur = _ur(n)
    interp = q.grp in ("augr", "auvn")
    terp = n.staff(grp=q.grp) if interp else None
    n.t(f"{n.ch(HOSP['au'])} - CONSENT FOR BLOOD AND BLOOD PRODUCTS\n\n")
    n.t("UR: ").id(ur).t("    Surname: ").nm(q.last.upper()).t("    Given names: ").nm(q.first).t("\n")
    n.t("DOB: ").d(dob, "dmy").t(f"    Sex: {q.sex.upper()}    Address: ").ad(au_street(n)).t(", ").ad(sub).t(f" {stt}  Postcode: ")
    n.zp(pc).t("\nPhone: ").ph(au_land(n, ac)).t("\n\n")
    n.t("Products: ").c(n.ch(["red cells, platelets", "red cells, platelets, fresh frozen plasma", "red cells",
                              "Prothrombinex-VF, fresh frozen plasma"])).t("\n")
    n.t("Reason: ").c(n.ch(["induction chemotherapy for AML", "anaemia from myelodysplasia", "planned hip replacement",
                            "chemotherapy for lymphoma"])).t("\n")
    n.t("Risks discussed: fever and allergic reactions, ").c("TACO").t(", ").c("TRALI").t(", infection (HIV less than 1 in 1 million). "
                                                                                          "Alternatives: IV iron, tranexamic acid, cell salvage.\n")
    n.t("Consent valid for this course of treatment until ").d(n.dt(120, 200), "long").t(".\n\n")
    n.t("Patient signature: (signed) ").nm(q.fl).t("    Date: ").d(n.today, "dmyy").t("\n")
    n.t("Doctor: ").nm(reg.fl).t(" (Haematology Registrar)    Date: ").d(n.today, "dmyy").t("\n")
    if terp is not None:
        lang = "Greek" if q.grp == "augr" else "Vietnamese"
        n.t("Interpreter: ").nm(terp.fl).t(f" ({lang}, NAATI ").id(n.dig(6)).t(") - on site\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_thal_day(n: C) -> Note:
    q = n.pat(grps=["augr", "augr", "auvn", "auvn"])
    dob, a = n.dob(19, 55)
    cnc, dr = n.staff(), n.staff()
    mum = n.rel(q, "f", same=True)
    ur = _ur(n)
    w = float(n.fl(44, 82))
    dfx = round(n.ri(20, 28) * w / 90) * 90
    n.t("THALASSAEMIA DAY UNIT   ").t(n.wd(n.today) + " ").d(n.today, "long").t("\n\n")
    n.nm(q.fL).t(f" ({a}y)   UR ").id(ur).t("   DOB ").d(dob, "dot").t("\n")
    n.t("Dx: ").c(n.ch(["beta-thalassaemia major", "HbE/beta-thalassaemia", "beta-thalassaemia major (IVS-II-654)"]))
    n.t(", transfusion-dependent; ").c("splenectomy").t(" 2009\n\n")
    n.t("Pre-transfusion Hb ").c(f"{n.ri(88, 102)} g/L").t(" (target ").c("95-105").t("). Given ").c(f"{n.ri(2, 3)} units red cells")
    n.t(" (").c("K-, C-, E- matched, less than 14 days old").t(") over ").c("4 h").t(". Weight ").c(f"{w} kg").t(".\n")
    n.t("Iron: ferritin ").c(f"{n.ri(600, 3200)} ug/L").t(" (").d(n.dt(-30, -7), "dsh").t("); cardiac T2* ").c(f"{n.ri(12, 38)} ms")
    n.t("; LIC ").c(f"{n.fl(2, 14)} mg/g dw").t(" (MRI ").d(n.dt(-200, -60), "mshy").t(")\n")
    n.t("Chelation: ").c(f"deferasirox FCT {dfx} mg daily").t("; creatinine ").c(f"{n.ri(48, 92)}").t(", urine PCR ").c(f"{n.ri(8, 40)}")
    n.t(", ALT ").c(f"{n.ri(12, 58)}").t("\nEndocrine: vitamin D ").c(f"{n.ri(38, 96)} nmol/L").t(", HbA1c ").c(f"{n.fl(4.8, 6.3)}%")
    n.t("; ").c("zoledronic acid 4 mg").t(" due ").d(n.dt(60, 120), "my").t("\n\n")
    n.t("Mum ").nm(mum.first).t(" came in with ").nm(q.first).t(" today. Next transfusion: ").d(_wk(n.today + timedelta(days=21)), "dsh")
    n.t(" (3-weekly).\n").nm(cnc.fl).t(", CNC Haematology;  Dr ").nm(dr.fi).t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_myeloma_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.old()
    sub, stt, pc, ac = au_sub(n)
    gp, cons = n.staff(), n.staff()
    gsub = au_sub(n)[0]
    med, mraw = au_medicare(n)
    asct = n.dt(-400, -120)
    n.t(f"Department of Haematology, {n.ch(HOSP['au'])}\nDr ").nm(cons.fl).t(" FRACP FRCPA    Ph ").ph(au_land(n, ac)).t("\n")
    n.t("AHPRA ").id(f"MED000{n.dig(7)}").t("\n\n").d(n.today, "long").t("\n\nDr ").nm(gp.fl).t("\nKingsway Medical Practice, ").ad(gsub).t("\n\n")
    n.t("Dear ").nm(gp.first).t(",\n\nRe: ").nm(q.fL).t("  DOB ").d(dob, "dmy").t("  Medicare ").id(med).t("\n")
    n.t("    ").ad(au_street(n)).t(", ").ad(sub).t(f" {stt} ").zp(pc).t("\n\n")
    n.t("Diagnosis: ").c(n.ch(["IgG kappa myeloma", "IgA lambda myeloma"])).t(", ").c(f"R-ISS {n.ch(['I', 'II'])}")
    n.t(", diagnosed ").d(asct - timedelta(days=n.ri(150, 240)), "my").t("; marrow ").c(f"{n.ri(20, 70)}% plasma cells").t("\n")
    n.t("Treatment: ").c("VRd induction x4").t(", ").c("autologous stem cell transplant").t(" ").d(asct, "dsh").t("; now ")
    n.c("lenalidomide 10 mg days 1-21 of 28").t(" maintenance (PBS authority approval ").id(f"{n.dig(8)}").t(")\n")
    n.t("Latest: paraprotein ").c("not detected").t(", sFLC ratio ").c(f"{n.fl(0.8, 1.6, 2)}").t(", Hb ").c(f"{n.ri(110, 140)}")
    n.t(", neutrophils ").c(f"{n.fl(1.1, 3.4)}").t(", platelets ").c(f"{n.ri(100, 220)}").t("\n\n")
    n.t("Post-transplant re-vaccination schedule enclosed; please give the 12-month vaccines. ").nm(q.first)
    n.t(" is back to bowls twice a week.\n\nBest wishes,\n").nm(cons.first).t("\n")
    return n.build(_fhir(q, dob, [("medicare", mraw)]))


def au_reg_phone_advice(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    _sub, _stt, _pc, ac = au_sub(n)
    ed, reg = n.staff(), n.staff()
    ur = _ur(n)
    w = n.ri(54, 104)
    t0 = n.ri(8, 22)
    n.t("HAEMATOLOGY REGISTRAR ON CALL - TELEPHONE ADVICE LOG\n").d(n.today, "dmy").t(f"  {t0:02d}:{n.ri(0, 59):02d}\n\n")
    n.t("Caller: Dr ").nm(ed.fl).t(f", ED registrar, {n.ch(HOSP['au'])}, ph ").ph(au_land(n, ac)).t("\n")
    n.t("Patient: ").nm(q.fL).t(", ").age(a).t(q.sex.upper()).t(", UR ").id(ur).t(", DOB ").d(dob, "d/m/y").t("\n\n")
    n.t("Hx: AF on ").c("rivaroxaban 20 mg daily").t(", last dose ~").t(f"{n.ri(6, 9)}am").t("; fall at home -> ")
    n.c(f"acute SDH {n.ri(5, 14)} mm, midline shift {n.ri(0, 5)} mm").t(" on CT\n")
    n.t("Bloods: Hb ").c(f"{n.ri(110, 150)}").t(", plt ").c(f"{n.ri(140, 320)}").t(", PT ").c(f"{n.fl(13, 19)} s").t(", APTT ")
    n.c(f"{n.ri(28, 40)} s").t(", fibrinogen ").c(f"{n.fl(2.0, 4.4)}").t(", Cr ").c(f"{n.ri(70, 160)}").t("; anti-Xa level pending\n\n")
    n.t("Advice:\n- ").c(f"Prothrombinex-VF 50 IU/kg (weight {w} kg: {round(w * 50 / 500) * 500} IU)").t(" IV now\n- ")
    n.c("tranexamic acid 1 g IV").t("; no FFP; hold rivaroxaban\n- repeat CT at ").c("6 h").t("; neurosurgery aware\n")
    n.t("- restart decision with neurosurgery at ").c("7-14 days").t("\n\n")
    n.t("Call back on my mobile ").ph(au_mob(n)).t(" if deteriorates.\n- ").nm(reg.fl).t(", Haematology Advanced Trainee\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


# ---------------------------------------------------------------------------------------- Canada (4)
def on_thrombosis_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(22, 78)
    city, fsa, ac = ca_place(n, "on")
    fp, md = n.staff(), n.staff()
    ptn = n.rel(q, "m" if q.sex == "f" else "f", same=False)
    oh = ohip_no(n.r)
    dx = n.dt(-12, -4)
    w = float(n.fl(52, 112))
    n.t(f"{n.ch(HOSP['on'])} - Thrombosis Clinic\n").d(n.today, "usl").t("\n\nDr. ").nm(fp.fl).t(", Family Physician    Fax: ")
    n.ph(ca_ph(n, ac)).t("\n\nRE: ").nm(q.LF).t(" | DOB: ").d(dob, "ymd/").t(" | OHIP: ")
    n.id(f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{n.ch('ABCDEFGHJKLMNPRSTVWXY')}{n.ch('ABCDEFGHJKLMNPRSTVWXY')}").t("\n")
    n.t("Address: ").ad(ca_street(n, "on")).t(", ").ad(city).t(", ON ").zp(ca_pc(n, fsa)).t("   Tel: ").ph(ca_ph(n, ac)).t("\n\n")
    n.t(f"Thank you for referring {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(f", a {a}-year-old "
                                                                                  f"{n.ch(['teacher', 'nurse', 'truck driver', 'software developer'])}, with a ")
    n.c(n.ch(["right proximal DVT (popliteal and femoral veins)", "left popliteal DVT", "segmental PE without RV strain"]))
    n.t(" diagnosed ").d(dx, "msh").t(". Provoked by ").c(n.ch(["a 14-hour flight", "knee arthroscopy", "combined oral contraceptive",
                                                                "ankle fracture in a cast"])).t(".\n")
    n.t("D-dimer ").c(f"{n.fl(1.1, 6.8)} mg/L FEU").t("; Hb ").c(f"{n.ri(118, 160)}").t("; plt ").c(f"{n.ri(160, 380)}").t("; creatinine ")
    n.c(f"{n.ri(52, 104)} umol/L").t("; weight ").c(f"{w} kg").t(".\n\n")
    n.t("Plan: ").c("rivaroxaban 15 mg BID x21 days, then 20 mg daily").t(" for a total of ").c("3 months").t("; graduated compression "
                                                                                                           "for symptoms only. ")
    n.t("Partner ").nm(ptn.first).t(" was present and asked about travel.\nFollow-up: ").d(n.dt(75, 95), "my").t("\n\n")
    n.nm(md.fl).t(", MD, FRCPC    CPSO #").id(n.dig(5)).t("\n")
    return n.build(_fhir(q, dob, [("ohip", oh)]))


def bc_antibody_letter(n: C) -> Note:
    q = n.pat("f")
    dob, _a = n.dob(20, 42)
    city, fsa, ac = ca_place(n, "bc")
    mlt, md, ob = n.staff(), n.staff(), n.staff()
    phn = bc_phn(n.r)
    tested = n.dt(-14, -4)
    abs_ = n.ch([("anti-E", "E-negative"), ("anti-K (Kell)", "K-negative"), ("anti-c and anti-E", "c-negative, E-negative"),
                 ("anti-Fya", "Fy(a)-negative")])
    n.t(f"Transfusion Medicine Laboratory, {n.ch(HOSP['bc'])}\n").d(n.today, "mon-dd-y").t("\n\nTo: ").nm(q.fml).t("\n")
    n.ad(ca_street(n, "bc")).t("\n").ad(city).t(", BC ").zp(ca_pc(n, fsa)).t("\nPHN: ").id(phn).t("\n\nDear ").nm(q.first).t(",\n\n")
    n.t("During routine prenatal testing on ").d(tested, "ussh").t(" we found a red cell antibody in your blood: ").c(abs_[0])
    n.t(" (titre ").c(f"1:{n.ch([2, 4, 8, 16])}").t(").\n")
    n.t("What this means: if you ever need a transfusion, you must receive ").c(abs_[1]).t(" blood. During this pregnancy we will repeat "
                                                                                          "the titre every ").c("4 weeks")
    n.t("; your obstetrician, Dr. ").nm(ob.last).t(", has been informed.\n")
    n.t("Please carry the enclosed wallet card (card no. ").id(f"TM{n.dig(6)}").t(") and show it at any hospital.\n\n")
    n.t("Questions: ").nm(mlt.fl).t(", MLT, ").ph(ca_ph(n, ac)).t(" ext. ").ph(f"{n.ri(2, 7)}{_n3(n)}").t("\n\n")
    n.t("Dr. ").nm(md.fl).t(", Medical Director, Transfusion Medicine\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ab_bmt_day100(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(24, 69)
    city, _fsa, ac = ca_place(n, "ab")
    np_, md = n.staff(), n.staff()
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    uli = ab_uli(n.r)
    d0 = n.today - timedelta(days=100)
    n.t("ALBERTA BLOOD AND MARROW TRANSPLANT PROGRAM - DAY +100 ASSESSMENT\n")
    n.t("Date: ").d(n.today, "YMON").t("\nPatient: ").nm(q.LF).t("   ULI ").id(uli).t("   DOB ").d(dob, "dmy").t("\n\n")
    n.t("Dx: ").c(n.ch(["AML with NPM1 mutation", "AML with FLT3-ITD", "MDS-EB2", "ALL, Ph-negative"])).t(" -> ")
    n.c(n.ch(["MUD allo-HCT (10/10)", "MRD allo-HCT (sibling)", "haplo-identical HCT"])).t(" on ").d(d0, "usl").t("; ")
    n.c("Bu/Flu").t(" conditioning; GVHD prophylaxis ").c("PTCy, tacrolimus, MMF").t("\n")
    n.t("Chimerism (PB CD3) ").c(f"{n.ri(92, 100)}% donor").t(", whole blood ").c("100% donor").t("; MRD ").c("negative").t(" (marrow ")
    n.d(n.dt(-6, -2), "msh").t(")\n")
    n.t("aGVHD: skin ").c("stage 1").t(" (day +").c(f"{n.ri(20, 45)}").t(") resolved on topical steroid; GI and liver ").c("none")
    n.t(". Overall ").c("grade I").t(".\n")
    n.t("Meds: ").cl([f"tacrolimus {n.ch(['1', '1.5', '2'])} mg BID (level {n.fl(5, 11)} ug/L)", "posaconazole 300 mg daily",
                      "acyclovir 800 mg BID", "TMP-SMX DS Mon/Wed/Fri", "ursodiol 300 mg TID"]).t("\n")
    n.t("Labs: ANC ").c(f"{n.fl(1.4, 4.8)}").t(", Hgb ").c(f"{n.ri(96, 138)}").t(", Plt ").c(f"{n.ri(70, 220)}").t(", Cr ").c(f"{n.ri(60, 120)}")
    n.t(", Mg ").c(f"{n.fl(0.6, 0.9, 2)}").t("\n\n")
    n.t("Plan: start tacrolimus taper at day +").c("120").t(" if no GVHD; revaccination from 6 months. Lives in ").ad(city)
    n.t(" with ").t("husband " if sp.sex == "m" else "wife ").nm(sp.first).t(" - cleared to drive.\n")
    n.nm(np_.fl).t(", NP (").ph(ca_ph(n, ac)).t(")  /  Dr. ").nm(md.fl).t("\n")
    return n.build(_fhir(q, dob, [("uli", uli.replace("-", ""))]))


def ns_inr_selftest(n: C) -> Note:
    q = n.pat()
    dob, _a = n.old()
    city, fsa, ac = ca_place(n, "ns")
    rn, md = n.staff(), n.staff()
    hc = f"{n.dig(4)} {_n3(n)} {_n3(n)}"
    n.t("INR PATIENT SELF-TESTING PROGRAM - PHONE REVIEW\n").d(n.today, "usl").t("\n\n")
    n.t("Client: ").nm(q.fL).t("   NS health card ").id(hc).t("   DOB ").d(dob, "dmon").t("\n")
    n.t("Tel ").ph(ca_ph(n, ac)).t("   ").ad(ca_street(n, "ns")).t(", ").ad(city).t(" NS ").zp(ca_pc(n, fsa)).t("\n")
    n.t("Meter serial no. ").id(f"UP{n.dig(8)}").t(" (QC passed ").d(n.dt(-30, -5), "msh").t(")\n\n")
    n.t("Self-test results:\n")
    d = n.today - timedelta(days=28)
    for _ in range(4):
        r = _inr(n, 2.5)
        n.t("  ").d(d, "msh").pad(fmt(d, "msh"), 9).c(r).t("\n")
        d += timedelta(days=7)
    n.t("Dose: ").c("warfarin 4 mg daily except 6 mg Fri (30 mg/week)").t("; no change.\n")
    n.t("TTR last 6 months: ").c(f"{n.ri(58, 88)}%").t(". No bleeding; one high reading after ").c("a course of ciprofloxacin").t(".\n")
    n.t("Next review ").d(n.dt(25, 35), "msh").t(". Reviewed by ").nm(rn.fl).t(", RN; physician Dr. ").nm(md.last).t(".\n")
    return n.build(_fhir(q, dob, [("nshc", hc.replace(" ", ""))]))


# ---------------------------------------------------------------------------------------- Ireland (3)
def ie_mrn(n: C) -> str:
    return n.ch([n.dig(7), f"H{n.dig(6)}", f"{n.dig(6)}", f"MRN {n.dig(7)}"[4:]])


def ie_warfarin_letter(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    town, co, rk, ac = ie_town(n)
    gp, anp = n.staff(), n.staff()
    gtown = ie_town(n)[0]
    sp = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.7))
    mrn = ie_mrn(n)
    nxt = n.wdt(20, 30)
    n.t(f"Anticoagulation Clinic, {n.ch(HOSP['ie'])}\nTel: ").ph(ie_land(n, ac)).t("\n\n").d(n.today, "dmy").t("\n\nDr ").nm(gp.fl)
    n.t("\nMain Street Medical Centre, ").ad(gtown).t("\n\nRe: ").nm(q.fl).t(", DOB ").d(dob, "dot").t(", MRN ").id(mrn).t(", ")
    n.ad(ie_street(n)).t(", ").ad(town).t(f", {co}, ").zp(eircode(n, rk)).t("\nPPSN: ").p("SSN", ppsn(n.r, n.yes(0.3))).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n").nm(q.first).t(" (").age(a).t(") has been stable on warfarin for ").c(n.ch(["atrial fibrillation", "recurrent PE",
                                                                                                     "a mechanical aortic valve"]))
    n.t(", with a time in therapeutic range of ").c(f"{n.ri(70, 92)}%").t(" over 6 months. INR today ").c(n.fl(2.1, 2.9))
    n.t(" (target ").c("2.0-3.0").t(") on ").c("5 mg daily (35 mg/week)").t("; Hb ").c(f"{n.ri(118, 152)}").t(", creatinine ")
    n.c(f"{n.ri(62, 118)}").t(".\n")
    n.t(f"We discussed switching to a DOAC; {q.he} prefers to stay on warfarin. We are discharging {q.him} to GP-led INR monitoring from ")
    n.d(nxt, "nthmo").t("; the next INR is due ").t(n.wd(nxt, True) + " ").d(nxt, "d/m").t(".\n")
    n.t(f"{q.His} {'husband' if sp.sex == 'm' else 'wife'} ").nm(sp.first).t(" collects the results (mobile ").ph(ie_mob(n)).t(").\n\n")
    n.t("Is mise le meas,\n").nm(anp.fl).t("\nAdvanced Nurse Practitioner, Anticoagulation (NMBI PIN ").id(n.dig(6)).t(")\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_vwd_dental(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 70)
    dtown = ie_town(n)[0]
    cns, cons, dent = n.staff(), n.staff(), n.staff()
    ncc = f"NCC{n.dig(6)}"
    ext = n.wdt(10, 30)
    w = float(n.fl(48, 98))
    n.t("National Coagulation Centre - HAEMOSTATIC PLAN FOR DENTAL EXTRACTION\n\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "dmy").t("    NCC no: ").id(ncc).t("    PPSN: ").p("SSN", ppsn(n.r, n.yes(0.3))).t("\n")
    n.t("Mobile: ").ph(ie_mob(n)).t("\n\nDiagnosis: ").c("type 1 von Willebrand disease").t("; VWF:Ag ").c(f"{n.fl(0.25, 0.45, 2)} IU/mL")
    n.t(", VWF activity ").c(f"{n.fl(0.2, 0.4, 2)} IU/mL").t(", FVIII ").c(f"{n.fl(0.4, 0.7, 2)} IU/mL").t("\n")
    n.t("DDAVP trial (").d(n.dt(-800, -200), "my").t("): good response, VWF activity peak ").c(f"{n.fl(0.9, 1.6, 2)} IU/mL").t("\n\n")
    n.t("Procedure: extraction of ").c(n.ch(["LL6 and LL7", "UR8", "LR6", "UL7 and UL8"])).t(" by ").nm(dent.fl)
    n.t(" (general dental practitioner) in ").ad(dtown).t(" on ").t(n.wd(ext) + " ").d(ext, "nth").t("\n\n")
    n.t("Plan:\n1. ").c(f"desmopressin 0.3 micrograms/kg SC ({round(0.3 * w)} micrograms)").t(" 1 hour before\n")
    n.t("2. ").c("tranexamic acid 1 g PO tds for 5 days").t(", first dose 2 hours before\n3. ").c("tranexamic acid 5% mouthwash")
    n.t(" 10 mL qds\n4. Fluid restriction ").c("1.5 L for 24 h").t(" (hyponatraemia risk); no NSAIDs\n\n")
    n.t("24-hour contact: National Coagulation Centre ").ph(ie_land(n, "01")).t("\n").nm(cns.fl).t(", CNS Haemophilia;  Dr ")
    n.nm(cons.fl).t(", Consultant Haematologist\n")
    return n.build(_fhir(q, dob, [("ncc", ncc)]))


def ie_nho_report(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    hvo = n.staff()
    mrn = ie_mrn(n)
    fi = _ascii(q.first)[0]
    li = q.last[:3] if q.last.startswith("O'") else _ascii(q.last)[0]
    if (fi + li[0]).upper() in BAD_INITS:
        raise Redraw
    tx = n.dt(-10, -3)
    n.t("NATIONAL HAEMOVIGILANCE OFFICE - SERIOUS ADVERSE REACTION NOTIFICATION\n\n")
    n.t(f"Reporting establishment: {n.ch(HOSP['ie'])}\nHaemovigilance Officer: ").nm(hvo.fl).t(", tel ").ph(ie_land(n, n.ch(IE_TOWN)[3]))
    n.t(", email ").em(hvo.mail("hse.ie")).t("\n\n")
    n.t("Patient initials: ").nm(n.ch([f"{fi} {li}", f"{fi}{li}", f"{fi}.{li}"])).t(f"   Sex: {q.sex.upper()}   DOB: ").d(dob, "dmy")
    n.t("   Age: ").age(a).t("\nMRN (local use only): ").id(mrn).t("\n")
    n.t("Date of transfusion: ").d(tx, "dmy").t("    Date of reaction: ").d(tx, "dmy").t("\n")
    n.t("Component: red cell concentrate, donation no. ").id(din(n.r, "G0986", tx.year)).t("\n\n")
    n.t("Reaction: ").c("transfusion-associated circulatory overload (TACO)").t(" - dyspnoea ").c(f"{n.ri(40, 120)} min")
    n.t(" into the second unit. SpO2 ").c(f"{n.ri(82, 89)}% on air").t(", BP ").c(f"{n.ri(162, 196)}/{n.ri(84, 104)}").t(", HR ")
    n.c(f"{n.ri(104, 130)}").t(", RR ").c(f"{n.ri(26, 34)}").t("; CXR ").c("bilateral interstitial oedema").t("; NT-proBNP ")
    n.c(f"{n.ri(1200, 6800)} ng/L").t("; fluid balance ").c(f"+{n.fl(1.6, 3.2)} L").t(" in 24 h.\n")
    n.t("Treatment: transfusion stopped, ").c("furosemide 40 mg IV x2").t(", ").c("oxygen 4 L/min").t("; recovered within ").c("12 h").t(".\n")
    n.t("Imputability: ").c("probable").t("    Severity: ").c("severe (HDU transfer)").t("\n\nReported by: ").nm(hvo.fi)
    n.t(" on ").d(n.dt(-2, 0), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- New Zealand (3)
def nz_cpams(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 89)
    sub, _city, _pc, _ac = nz_sub(n)
    ph_, gp = n.staff(), n.staff()
    nhi = nhi_no(n.r, n.yes(0.3))
    tgt_end = n.dt(30, 120)
    n.t("CPAMS - POINT-OF-CARE INR RECORD\n").t(f"{n.ch(['Unichem', 'Life Pharmacy', 'Community', 'Kiwi Care'])} Pharmacy, ")
    n.ad(sub).t("\nDate: ").d(n.today, "d/m/y").t(f"  {n.tm(9, 17)}\n\n")
    n.t("Patient: ").nm(q.fL).t("   NHI ").id(nhi).t("   DOB ").d(dob, "dmy").t("\nContact: ").ph(nz_mob(n)).t("   ")
    n.em(pmail(n, q, ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz"])).t("\n")
    n.t("Prescriber: Dr ").nm(gp.f_l).t("\nIndication: ").c(n.ch(["DVT", "PE", "atrial fibrillation"])).t(" (").d(n.dt(-200, -40), "my")
    n.t("); target INR ").c("2.5").t("; planned stop ").d(tgt_end, "dmo").t("\n\n")
    inr = _inr(n, 2.4)
    n.t("INR today ").c(inr).t(" (last ").c(_inr(n, 2.5)).t(" on ").d(n.dt(-21, -7), "d/m").t(")\n")
    n.t("Bleeding/bruising: ").c("nil").t("   Missed doses: ").c(f"{n.ri(0, 2)}").t("   Alcohol: ").c(f"{n.ri(0, 10)} standard drinks/week")
    n.t("\nDose: ").c(n.ch(["5 mg daily -> 5.5 mg daily", "4 mg daily, no change", "6 mg daily -> 5 mg Mon/Thu, 6 mg other days"]))
    n.t("\nNext test: ").d(n.dt(7, 21), "dsh").t("\n\nTested and dosed by ").nm(ph_.fl).t(", accredited pharmacist (Pharmacy Council reg. ")
    n.id(n.dig(5)).t(")\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_cml_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 82)
    sub, city, pc, _ac = nz_sub(n)
    gp, dr = n.staff(), n.staff()
    gsub = nz_sub(n)[0]
    ptn = n.rel(q, "m" if q.sex == "f" else "f", same=n.yes(0.5))
    nhi = nhi_no(n.r, n.yes(0.6))
    dx = n.dt(-1500, -400)
    n.t(f"Haematology Department, {n.ch(HOSP['nz'])}\n").d(n.today, "long").t("\n\nDr ").nm(gp.fl).t("\nKowhai Health Centre, ")
    n.ad(gsub).t("\n\nTēnā koe Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fL).t(", NHI ").id(nhi).t(", DOB ").d(dob, "d/m/y").t(", ")
    n.ad(nz_street(n)).t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("\n\n")
    n.t("Diagnosis: ").c("chronic myeloid leukaemia, chronic phase").t(", ").d(dx, "my").t("; ").c("Sokal low risk").t("\n")
    n.t("Treatment: ").c(n.ch(["imatinib 400 mg daily", "dasatinib 100 mg daily", "nilotinib 300 mg bd"])).t("; MMR since ")
    n.d(dx + timedelta(days=n.ri(300, 500)), "my").t("\nBCR::ABL1 (IS) today: ").c(f"{n.fl(0.002, 0.09, 4)}%").t(" (")
    n.c(n.ch(["MR4", "MR4.5", "MMR"])).t(")\n")
    n.t("FBC: Hb ").c(f"{n.ri(118, 156)}").t(", WCC ").c(f"{n.fl(3.8, 8.9)}").t(", plt ").c(f"{n.ri(150, 340)}").t("; LFTs normal; creatinine ")
    n.c(f"{n.ri(58, 110)}").t("\n\n").nm(q.first).t(" reports good adherence; mild ").c("muscle cramps").t(". ").nm(q.first)
    n.t(" and ").nm(ptn.first).t(" asked about stopping treatment - ").nm(q.first).t(" will meet the criteria for a treatment-free "
                                                                                       "remission attempt after ").c("2 years in MR4").t(".\n")
    n.t("Next review ").d(n.dt(90, 120), "my").t(" with PCR.\n\nNgā mihi,\nDr ").nm(dr.fl).t(", Haematologist\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_pbm_preop(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    _sub, _city, _pc, _ac = nz_sub(n)
    surg, gp, rn = n.staff(), n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.yes(0.5))
    dsub = nz_sub(n)[0]
    nhi = nhi_no(n.r)
    w = float(n.fl(58, 104))
    op = n.wdt(21, 42)
    n.t(f"PRE-OPERATIVE ANAEMIA CLINIC (Patient Blood Management) - {n.ch(HOSP['nz'])}\nSeen ").d(n.today, "dmy").t("\n\n")
    n.nm(q.LF).t(" | NHI ").id(nhi).t(" | DOB ").d(dob, "dot").t(" (").age(a).t(")\n")
    n.t("Surgery: ").c(n.ch(["R total knee joint replacement", "L total hip joint replacement", "revision hip arthroplasty"]))
    n.t(" planned ").d(op, "dmo").t(" with Mr ").nm(surg.last).t(" (orthopaedics)\n\n")
    n.t("Hb ").c(f"{n.ri(98, 124)} g/L").t(" / ferritin ").c(f"{n.ri(8, 40)} ug/L").t(" / TSAT ").c(f"{n.ri(6, 18)}%").t(" / CRP ")
    n.c(f"{n.ri(1, 12)}").t(" / B12 ").c(f"{n.ri(180, 600)}").t(" / folate ").c(f"{n.ri(8, 40)}").t(" / eGFR ").c(f"{n.ri(42, 90)}").t("\n")
    n.t("Impression: ").c("iron deficiency anaemia").t(". Given ").c("ferric carboxymaltose 1000 mg IV").t(" today (weight ")
    n.c(f"{w} kg").t("); observed 30 min, no reaction.\n")
    n.t("GP (Dr ").nm(gp.fi).t(") asked to investigate the cause: ").c("coeliac serology").t(", ").c("FIT").t(".\n")
    n.t("Daughter ").nm(dau.first).t(" drove ").t(q.him).t(" in from ").ad(dsub).t("; contact ").ph(nz_mob(n)).t(".\n")
    n.t("Recheck Hb ").d(op - timedelta(days=7), "dsh").t(".  - ").nm(rn.fl).t(", RN (PBM CNS)\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ---------------------------------------------------------------------------------------- South Africa (1)
def za_warfarin_card(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 70)
    sub, city, pc, _ac = n.ch(ZA_SUB)
    sr1, sr2, dr = n.staff(), n.staff(), n.staff()
    i1, i2 = n.ini(sr1), n.ini(sr2)
    nok = n.rel(q, n.ch("mf"), same=n.yes(0.6))
    folder = n.dig(8)
    zid = za_id(n.r, dob, q.sex)
    n.t(f"{n.ch(HOSP['za'])} - ANTICOAGULATION CLINIC (WARFARIN CARD)\n")
    n.t("Folder no: ").id(folder).t("    ID no: ").id(zid).t("\n")
    n.t("Surname: ").nm(q.last.upper()).t("    First names: ").nm(q.first).t("    DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").ad(f"{n.ri(1, 60)} {n.ch(ZA_ST)}").t(", ").ad(sub).t(", ").ad(city).t(", ").zp(pc).t("    Cell: ").ph(za_cell(n)).t("\n")
    n.t("Indication: ").c("mechanical mitral valve (rheumatic heart disease)").t("    Target INR: ").c("2.5-3.5").t("\n\n")
    n.t("Date       INR   Warfarin dose          Next    Sr\n")
    d = n.today - timedelta(days=7 * n.ri(6, 9))
    while True:
        d = _wk(d)
        if d > n.today:
            break
        nxt = _wk(d + timedelta(days=n.ch([14, 14, 28])))
        inr, ds = _inr(n, 2.7), n.ch(["5 mg daily", "7.5 mg daily", "5 mg / 7.5 mg alt", "10 mg daily"])
        n.d(d, "dmyy").t("   ").c(inr).pad(inr, 6).c(ds).pad(ds, 23).d(nxt, "dm").t("   ").nm(n.ch([i1, i2])).t("\n")
        d = nxt
    n.t("\nNotes: started ").c("TB treatment (RHZE)").t(" on ").d(n.dt(-40, -20), "dmo").t(" - rifampicin increases warfarin needs; "
                                                                                          "discussed with Dr ").nm(dr.last)
    n.t(". HIV on ").c("TLD").t(", VL ").c("lower than detectable").t(" (").d(n.dt(-200, -60), "mshy").t(").\n")
    n.t("NOK: ").nm(nok.fl).t(f" ({'son' if nok.sex == 'm' else 'daughter'}) cell ").ph(za_cell(n)).t("\n")
    return n.build(_fhir(q, dob, [("said", zid), ("folder", folder)]))


# ---------------------------------------------------------------------------------------- Hong Kong (1)
HK_ENG = {"m": ["Peter", "Kenneth", "Raymond", "Dickson", "Edmond", "Alvin", "Terence", "Samuel", "Eric"],
          "f": ["Winnie", "Queenie", "Gloria", "Carmen", "Connie", "Eunice", "Vivian", "Cecilia", "Priscilla"]}


def _hk_eng(n: C, q: P) -> str:
    for _ in range(10):
        e = n.ch(HK_ENG[q.sex])
        if n._ok([e], False):
            n.used.add(e.lower())
            return f"{e} {q.last.upper()} {q.first}"
    raise Redraw


def hk_thal_day(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(20, 48)
    hus = n.person("hk", "m")
    mo, apn = n.staff(), n.staff()
    est, dist, _ = n.ch(HK_EST)
    hn = f"HN{n.dig(8)}"
    hid = hkid(n.r)
    w = float(n.fl(40, 62))
    n.t(f"{n.ch(HOSP['hk'])} - Haematology Day Ward (Thalassaemia Clinic)\nDate: ").d(n.today, "dmon").t("\n\n")
    n.t("Name: ").nm(q.Lf).t("    HKID: ").id(hid).t("    HN: ").id(hn).t("\n")
    n.t(f"Sex/Age: F/{a}    DOB: ").d(dob, "dmy").t("\nAddress: ").ad(f"Flat {n.ri(1, 40)}, {n.ri(2, 38)}/F, Block {n.ri(1, 8)}, {est}")
    n.t(", ").ad(dist).t("\nTel: ").ph(hk_ph(n)).t("\n\n")
    n.t("Dx: ").c(n.ch(["beta-thalassaemia major (CD41/42 / IVS-II-654)", "HbH disease, transfusion-dependent",
                        "beta-thalassaemia major (CD17 / CD41/42)"])).t("\n")
    n.t("Pre-Tx Hb ").c(f"{n.fl(8.2, 9.6)} g/dL").t("; transfused ").c(f"{n.ri(2, 3)} units leucodepleted RBC").t(" (")
    n.c("Rh and K matched").t(")\n")
    n.t("Ferritin ").c(f"{n.ri(900, 4200)} ug/L").t("; T2* heart ").c(f"{n.ri(10, 36)} ms").t(", liver ").c(f"{n.fl(2, 15)} mg/g")
    n.t("\nChelation: ").c(f"deferasirox {round(n.ri(20, 28) * w / 90) * 90} mg daily").t(" + ").c("deferiprone 1 g tds")
    n.t("; ANC ").c(f"{n.fl(1.6, 4.8)}").t(" (weekly on deferiprone)\n\n")
    n.t("Husband ").nm(_hk_eng(n, hus)).t(" accompanying; contact ").ph(hk_ph(n)).t("\n")
    n.t("Seen by Dr ").nm(mo.Lf).t(" (MO) and APN ").nm(apn.fl).t("\nNext FU: ").d(_wk(n.today + timedelta(days=28)), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("hkid", hid), ("hn", hn)]))


# ---------------------------------------------------------------------------------------- Nigeria (2)
def ng_hosp_no(n: C, hosp: str) -> str:
    return n.ch([f"{hosp}/{n.dig(6)}", f"{hosp}/{n.today.year % 100:02d}/{n.dig(5)}", f"{n.dig(6)}"])


def ng_street(n: C) -> str:
    return n.ch([f"No. {n.ri(1, 80)}, {n.ch(NG_ST)}", f"{n.ri(1, 80)}{n.ch(['', 'B', 'A'])} {n.ch(NG_ST)}"])


def ng_sickle_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(17, 45)
    area, city, _pc = n.ch(NG_AREA)
    reg, cons = n.staff(), n.staff()
    nok = n.rel(q, n.ch("mf"), same=n.yes(0.6))
    hosp = n.ch(HOSP["ng"])
    hno_ = ng_hosp_no(n, hosp)
    w = float(n.fl(42, 68))
    n.t(f"{hosp} - Adult Sickle Cell Clinic (Haematology)\nDate: ").d(n.today, "dmy").t("    Hosp. No: ").id(hno_).t("\n\n")
    n.t("Name: ").nm(f"{q.last.upper()} {q.first}").t(f"    Age: {a} yrs    Sex: {q.sex.upper()}    Occupation: ")
    n.t(n.ch(["trader", "student", "civil servant", "tailor", "teacher"])).t("\nAddress: ").ad(ng_street(n)).t(", ").ad(area)
    rel = n.ch(["brother", "father"] if nok.sex == "m" else ["sister", "mother"])
    n.t(", ").ad(city).t("\nPhone: ").ph(ng_mob(n)).t("    NOK: ").nm(nok.fl).t(f" ({rel}) ")
    n.ph(ng_mob(n)).t("\n\nGenotype: ").c("HbSS (HPLC)").t(", HbF ").c(f"{n.fl(4, 18)}%").t("\n")
    n.t("Since last visit (").d(n.dt(-120, -60), "dmy").t("): ").c(f"{n.ri(0, 3)} crises").t(" managed at home, ").c(n.ch(["no admissions", "1 admission", "2 admissions"]))
    n.t("\nO/E: pale ").c("+").t(", icteric ").c("+").t(", spleen not palpable, liver ").c(f"{n.ri(0, 4)} cm").t("; SpO2 ")
    n.c(f"{n.ri(93, 99)}%").t("; BP ").c(f"{n.ri(96, 124)}/{n.ri(56, 78)}").t("; weight ").c(f"{w} kg").t("\n")
    n.t("PCV ").c(f"{n.ri(18, 27)}%").t(", WBC ").c(f"{n.fl(8, 16)}").t(", plt ").c(f"{n.ri(240, 520)}").t(", retics ").c(f"{n.ri(4, 14)}%")
    n.t("\nDrugs: ").cl(["folic acid 5 mg daily", "proguanil 100 mg daily", f"hydroxyurea {round(20 * w / 500) * 500} mg daily"])
    n.t("\nPlan: continue; FBC in 4 weeks; next clinic ").d(n.dt(56, 90), "dmy").t("\n")
    n.t("Dr ").nm(reg.fl).t(" (Senior Registrar) / Dr ").nm(cons.fi).t(" (Consultant Haematologist)\n")
    return n.build(_fhir(q, dob, [("hospno", hno_)]))


def ng_blood_request(n: C) -> Note:
    q = n.pat("f")
    dob, a = n.dob(18, 40)
    d1 = n.rel(q, "m", same=False)
    d2 = n.rel(d1, "m", same=True)
    mls, doc = n.staff(), n.staff()
    hosp = n.ch(HOSP["ng"])
    hno_ = ng_hosp_no(n, hosp)
    t0 = n.ri(8, 20)
    n.t(f"{hosp} BLOOD BANK - REQUEST FOR BLOOD / CROSS-MATCH\n")
    n.t("Date: ").d(n.today, "dash").t(f"   Time: {t0:02d}:{n.ri(0, 59):02d}   Ward: ").t(n.ch(["Female Medical Ward", "O&G Ward", "Labour Ward"])).t("\n")
    n.t("Patient: Mrs ").nm(q.fl).t("   Hosp No: ").id(hno_).t(f"   Age: {a}   Sex: F\n")
    n.t("Diagnosis: ").c(n.ch(["severe anaemia in SCD", "primary PPH", "severe malaria with anaemia"])).t("; Hb ")
    n.c(f"{n.fl(4.2, 6.4)} g/dL").t(" (PCV ").c(f"{n.ri(13, 19)}%").t(")\n")
    n.t("Blood group: ").c("O RhD positive").t("    Units requested: ").c(f"{n.ri(2, 3)} units packed cells").t("\n\n")
    n.t("Replacement donors:\n 1. ").nm(d1.fl).t(" (husband) - ").ph(ng_mob(n)).t(" - group ").c("O+").t("; HIV, HBsAg, HCV, VDRL ")
    n.c("non-reactive").t("; bled ").d(n.today, "dm").t("\n 2. ").nm(d2.fl).t(" (brother-in-law) - ").ph(ng_mob(n)).t(" - group ")
    n.c(n.ch(["O+", "A+", "B+"])).t("; screening ").c("non-reactive").t("\n\n")
    n.t("Cross-match: ").c("compatible (saline, albumin, IAT)").t(" - ").nm(mls.fl).t(" (MLS)\n")
    n.t(f"Unit issued {(t0 + 2) % 24:02d}:{n.ri(0, 59):02d}; transfusion started {(t0 + 3) % 24:02d}:{n.ri(0, 59):02d}; pre-transfusion BP ")
    n.c(f"{n.ri(90, 120)}/{n.ri(50, 76)}").t(", PR ").c(f"{n.ri(96, 128)}").t(", temp ").c(f"{n.fl(36.4, 37.6)}").t("\n")
    n.t("Requesting doctor: Dr ").nm(doc.fl).t(" (Resident), MDCN folio ").id(f"MDCN/R/{n.dig(5)}").t("\n")
    return n.build(_fhir(q, dob, [("hospno", hno_)]))


# ---------------------------------------------------------------------------------------- Philippines (1)
def ph_all_daycare(n: C) -> Note:
    mom = n.pat("f")
    kid = n.kid(mom, n.ch("mf"))
    dob, a = n.dob(4, 14)
    for _ in range(20):
        maiden = n.ch(G["ph"][2])
        if n._ok(maiden.split(), False):
            n.used.update(w.lower() for w in maiden.split())
            break
    else:
        raise Redraw
    att, fel, rn = n.staff(), n.staff(), n.staff()
    brgy, city, zp = n.ch(PH_BRGY)
    hno_ = n.dig(7)
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.ri(0, 9)}"
    h = 6 * a + 77 + n.ri(-6, 6)
    w = round(2 * a + 8 + n.r.uniform(-3, 4), 1)
    bsa = _bsa(h, w)
    n.t(f"{n.ch(HOSP['ph'])} - Pediatric Hematology-Oncology Day Care\nDate: ").d(n.today, "usl").t("\n\n")
    n.t("Name: ").nm(f"{kid.last}, {kid.first} {maiden}".upper()).t(f"    Age/Sex: {a}/{kid.sex.upper()}    Birthday: ").d(dob, "us")
    n.t("\nHospital No.: ").id(hno_).t("    PhilHealth PIN: ").id(pin).t("\n")
    line = n.ch([f"Blk {n.ri(1, 40)} Lot {n.ri(1, 30)}, Phase {n.ri(1, 4)}", f"{n.ri(1, 300)} {n.ch(PH_ST)}"])
    n.t("Address: ").ad(line).t(", ").ad(f"Brgy. {brgy}").t(", ").ad(city).t(" ").zp(zp).t("\n")
    mname = n.ch([f"Ma. {mom.first} {maiden[0]}. {mom.last}", f"{mom.first} {maiden[0]}. {mom.last}"])
    n.t("Mother/Guardian: ").nm(mname).t(" - ").ph(ph_mob(n)).t("\n\n")
    n.t("Dx: ").c(n.ch(["B-cell ALL, standard risk", "B-cell ALL, high risk", "T-cell ALL"])).t("; PhilHealth Z Benefit; maintenance week ")
    n.c(f"{n.ri(10, 90)}").t("\nWt ").c(f"{w} kg").t("   Ht ").c(f"{h} cm").t("   BSA ").c(f"{bsa} m2").t("\n")
    n.t("CBC today: Hgb ").c(f"{n.ri(98, 130)} g/L").t(", WBC ").c(f"{n.fl(2.2, 5.5)}").t(", ANC ").c(f"{n.ri(800, 2400):,}")
    n.t(", plt ").c(f"{n.ri(110, 360)}").t("\nMeds: ").cl([f"6-mercaptopurine {round(75 * bsa / 25) * 25} mg daily",
                                                          f"methotrexate {round(20 * bsa / 2.5) * 2.5:g} mg PO weekly (Fridays)",
                                                          f"vincristine {min(2.0, round(1.5 * bsa, 1))} mg IV today",
                                                          "dexamethasone 6 mg/m2/day x5 days",
                                                          "cotrimoxazole 5 mg/kg/day TMP Sat-Sun"]).t("\n")
    n.t("Next: ").d(_wk(n.today + timedelta(days=28)), "us").t("\n\n").nm(att.fml).t(", MD, FPPS (attending);  Dr. ").nm(fel.last)
    n.t(" (fellow);  ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(kid, dob, [("mrn", hno_), ("philhealth", pin.replace("-", ""))]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "anticoagulation clinic warfarin dosing record with an INR table", en_inr_dosing),
    ("en", "DOAC monitoring review letter from the anticoagulation pharmacist", en_doac_review),
    ("en", "blood transfusion request form with the laboratory section", en_transfusion_request),
    ("en", "suspected transfusion reaction e-mail to the blood bank", en_transfusion_reaction),
    ("en", "wrong-blood-in-tube incident review for SHOT", en_wbit_review),
    ("en", "haemoglobinopathy day unit record of a red cell exchange", en_sickle_day_unit),
    ("en", "myeloma clinic letter to the GP", en_myeloma_letter),
    ("en", "bone marrow aspirate and trephine procedure note", en_bmat_procedure),
    ("en", "haemophilia home treatment diary export", en_haemophilia_diary),
    ("sc", "stem cell donor work-up letter to the donor", sc_donor_workup),
    ("sc", "haematology day unit SACT administration record", sc_chemo_daycase),
    ("cy", "bilingual day-14 DOAC telephone review", cy_doac_call),
    ("cy", "IV iron infusion record", cy_iron_infusion),
    ("ni", "anticoagulant clinic dosing letter to the patient", ni_warfarin_letter),
    ("ni", "ITP outpatient review", ni_itp_clinic),
    ("us", "anticoagulation clinic telephone encounter", us_anticoag_phone),
    ("us", "hematology consult for suspected HIT", us_hit_consult),
    ("us", "massive transfusion protocol blood bank log", us_mtp_log),
    ("us", "blood bank crossmatch and antibody workup log", us_crossmatch_log),
    ("us", "individualized sickle cell ED pain plan", us_sickle_ed_plan),
    ("us", "myeloma infusion center nursing note", us_myeloma_infusion),
    ("us", "related stem cell donor evaluation", us_sibling_donor),
    ("us", "hemophilia treatment center comprehensive visit", us_htc_visit),
    ("us", "patient portal thread on holding apixaban before a procedure", us_portal_periproc),
    ("us", "lower-case AML induction progress note", us_aml_progress_lower),
    ("au", "general practice warfarin management chart", au_gp_warfarin),
    ("au", "consent for blood and blood products", au_transfusion_consent),
    ("au", "thalassaemia day unit transfusion note", au_thal_day),
    ("au", "post-transplant myeloma letter to the GP", au_myeloma_letter),
    ("au", "haematology registrar telephone advice log for a bleed on rivaroxaban", au_reg_phone_advice),
    ("on", "thrombosis clinic consultation letter", on_thrombosis_clinic),
    ("bc", "red cell antibody notification letter from transfusion medicine", bc_antibody_letter),
    ("ab", "BMT day +100 assessment", ab_bmt_day100),
    ("ns", "INR patient self-testing phone review", ns_inr_selftest),
    ("ie", "anticoagulation clinic discharge letter to the GP", ie_warfarin_letter),
    ("ie", "haemostatic plan for a dental extraction in von Willebrand disease", ie_vwd_dental),
    ("ie", "haemovigilance serious adverse reaction notification", ie_nho_report),
    ("nz", "community pharmacy point-of-care INR record", nz_cpams),
    ("nz", "CML clinic letter to the GP", nz_cml_letter),
    ("nz", "pre-operative anaemia clinic note", nz_pbm_preop),
    ("za", "anticoagulation clinic warfarin card", za_warfarin_card),
    ("hk", "thalassaemia day ward note", hk_thal_day),
    ("ng", "adult sickle cell clinic note", ng_sickle_clinic),
    ("ng", "blood bank request with family replacement donors", ng_blood_request),
    ("ph", "paediatric ALL maintenance day-care note", ph_all_daycare),
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
            note = fn(C(83_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
