"""HELD-OUT v75 PHI corpus: written independently, before any round-75 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout72 / heldout73 / heldout74 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout74's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its ``P`` name-form class, its date-format helper, the
opening lines of its name table, its region / staff / locale maps and a grep of its function and
table names were seen in passing, but this file's name groups, word-like and eponym list, places,
phone and date formats and templates are its own, and its check digits are written from the
published algorithms - NHS / H&C / CHI modulus 11, Luhn for NPI, OHIP, Alberta ULI, IHI and SA ID
numbers, BC PHN modulus 11, AU Medicare, old-format NZ NHI, Irish PPSN modulus 23, the HKID check
character and Verhoeff for Aadhaar - and checked against separately written validators and published
examples); also a listing of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and
dependency lines of ``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2
list and ``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the
other held-out corpora being written at the same time were not read; ruff check (not ruff format)
was run on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no
``wardwatch deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like
v14-v74 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI
density; it is modelled on CRITICAL CARE AND OUTREACH: ICU admission and daily review notes,
ventilator and sedation charts (RASS, CPOT, CAM-ICU, FiO2, PEEP, pressures and tidal volumes
clinical), critical care outreach, MET and rapid response calls, organ-support summaries, ICU
step-down and discharge letters, relatives' / family / whanau meetings, ICU diaries written for the
patient, network and retrieval transfer forms, tele-ICU and ECMO notes and post-ICU follow-up - in
the United Kingdom (12: England 8, Scotland 2, Wales 1, Northern Ireland 1), the United States (10),
Australia (6), Canada (4: Ontario, British Columbia, Alberta, Nova Scotia), Ireland (3), New Zealand
(3), India (2), South Africa (2), Hong Kong (2) and the Philippines (1).

Templates, cycled in order (see ``TEMPLATES``). England (8): critical care outreach call records
("Date of call" in "dd/mm/yyyy" or "dd.mm.yyyy" with separate received / seen times, the referring
"SN First Last" with an "Ascom nnnnn" handset number (PHONE), "LAST, First", unit number, spaced NHS
number, "dd-MON-yyyy" DOB in capitals, age (>= 90 labelled), "d Mon" / "dth Mon" admission date, "Dr
F Last (ICU ST5)", the wife's or husband's first name with a mobile in "07", "+44 7", "+44 (0)7",
dashed or "0044" form, "First Last, Sister"; NEWS2, RR, SpO2, oxygen device, HR, BP, T, ABG,
lactate, antibiotic, fluid, UO and NIV pressures clinical); ICU admission notes by the ICM registrar
("Weekday d Month yyyy" / "dth Month yyyy" - weekday outside - with a time, "Mr / Mrs / Ms First
LAST, nny" (>= 90 labelled), hospital number "RXnnnnnnn", unspaced NHS number, "dd.mm.yyyy" DOB, "Dr
F. Last (EM consultant)", the son / daughter (or, under 48, the mother / father) by first name and
then full name with a mobile, the home town (ADDRESS) repeated as the GP's town, "Dr F Last" GP, "Dr
Last (consultant intensivist)"; GCS, vitals, bloods, RSI drugs, ETT depth, infusions, ventilator
settings and APACHE II clinical); ICU patient diaries ("This diary belongs to: First Last", "Started
by First Last, staff nurse, on dd/mm/yy", entries headed "Weekday dth Month", "dth of Month", "d
Month" or "d.m" (weekday outside), "Hello First, my name is First", "- First (your nurse)", a
daughter's entry naming a grandchild by first name, "Physio First", the nurse's full name as
signature; oxygen percentage, temperature and minutes sitting out clinical); records of discussion
with the family ("d/m/yyyy", "Mr / Mrs First LAST (nn)" (>= 90 labelled), MRN, a "Present:" list of
full names with roles in brackets (outside), the granddaughter by first name with a virtual-visiting
link carrying a token (URL), "dd/mm" CVVHDF start, "Main contact: First on <mobile>", "F. Last,
Consultant GMC nnnnnnn" (GMC number ID); noradrenaline, vasopressin, P/F ratio and SOFA clinical);
ventilation and sedation chart extracts ("First LAST", hospital number, "dd/mm/yyyy" DOB, "Weekday d
Month yyyy", a column table of mode, FiO2, PEEP, Pinsp, Vte, RR, SpO2, RASS, CPOT and propofol /
fentanyl rates with the bedside nurses' two-letter initials in the "Sign" column (NAME), SAT / SBT
lines, "Dr F. Last" extubating, "Bedside RN: First Last (AB)"; every chart value, weight, RSBI and
post-extubation oxygen clinical); critical care step-down summaries (full name, hospital number, NHS
number, "d/m/yyyy" DOB, age (>= 90 labelled), "dd Mon yy" ICU admission and discharge dates, "dd/mm"
tracheostomy and decannulation dates, the physiotherapist's full name, the outreach "CCOT ext nnnnn"
(PHONE), the follow-up nurse's full name and nhs.net address (EMAIL), "Dr F. Last, STn ICM"; days of
organ support, vitals, medicines, MRC sum score and CPAx clinical); ICU follow-up clinic letters to
the GP (secretary landline, dictated / typed "dd/mm/yyyy", "Dr F. Last" with the practice name
unlabelled, "Dear Dr Last", "Re: Title First Last, DOB dth Month yyyy, NHS nnn-nnn-nnnn", street
line (flat / court lines inside), town and postcode, "Title Last" and the spouse's first name, "d
Month" clinic date, "dd/mm/yy" admission, "cc: Title First Last (patient)"; 6MWT, grip, HADS, IES-R,
MoCA, EQ-5D VAS and the medicine clinical); critical care network transfer records (transfer ID
"ACC-yy-nnnnn" (ID), ISO date with depart / arrive times, "Patient name: First Last", "ddMonyyyy"
DOB (no spaces), NHS and hospital numbers, "Dr F Last (STn anaesthesia)", "ODP First Last", the
NOK's full name with "(partner)" / "(brother)" outside and a mobile, the accepting consultant, the
receiving unit's landline; level of care, ventilator settings, infusions, ICU day and MRSA screen
clinical). Scotland (2): consultant ICU ward-round reviews ("Day n" (unlabelled) with "dd/mm/yyyy",
"Dr F Last" / "Dr F. Last" / the nurse's first name, "FIRST LAST (nnM)" in capitals with the age run
into the sex letter (>= 90 labelled), CHI (from the DOB and sex), the spouse's first name and the
town they travel from (ADDRESS), "Dr Last" phoning with a mobile; systems review values - FiO2,
PEEP, P/F, noradrenaline, lactate, balance, RASS, CAM-ICU, dexmedetomidine, CPOT, feed rate,
glucose, insulin, urea, creatinine, UO, T, CRP and Tazocin dose - clinical) and emergency retrieval
tasking records (mission number "EMRSyy-nnnn" (ID), "d/m/yyyy" with a time, the referring rural
doctor with a Highlands and Islands landline ("01397", "01851", "01595", "01856", "01470"), "FIRST
LAST" in capitals, age (>= 90 labelled), CHI, "Lives in: <town>" (ADDRESS), "Dr F Last (retrieval
consultant)", the retrieval practitioner's full name, the partner / parent NOK with a mobile; GCS,
vitals, RSI doses and transport ventilator settings clinical). Wales (1): outreach-to-Hospital at
Night handover lists ("Thu dd.mm.yy" (weekday outside), "First Last (CCOT)" and "(H@N practitioner)"
with a 4-digit bleep (PHONE), a pasted table of three ward patients as "LAST, First" with hospital
numbers and ages (>= 90 labelled; the first patient is the note's patient), "Dr Last" with a 5-digit
extension; NEWS2, FiO2 threshold, UO, K+, HFNC flow / FiO2 and pH threshold clinical). Northern
Ireland (1): information for the GP after critical illness ("d Month yyyy", "Title First Last", H&C
number (mod 11) spaced or unspaced, "dd/mm/yyyy" DOB, street line, town and BT postcode, "Dr First
Last" GP, "d Mon" to "d Mon yyyy" ICU stay and "d/m/yyyy" home date, the rehabilitation
co-ordinator's full name with an "028" landline; days ventilated, MRC sum score, IDDSI level, PHQ-9,
mirtazapine and creatinine clinical). United States (10): MICU admission H&Ps ("LAST, First M", MRN
(several forms) and CSN, "mm/dd/yyyy" DOB, age (>= 90 labelled, twice), "mm/dd/yy" DOS, ", MD" and
", MD (PCCM)" outside, the home city (ADDRESS) with the state unlabelled, the daughter HCP's full
name with a cell, street, city and ZIP or ZIP+4, "Dr. Last" PCP; vitals in Fahrenheit,
lung-protective ventilator settings, ABG, P/F, labs and infusion / antimicrobial doses clinical);
respiratory therapy ventilator checks ("Last, First", MRN, "m/d/yyyy" DOB, "mm/dd/yy", a table of
ventilator checks with the therapists' initials (NAME), SBT values, "Dr. Last", "First Last, RRT
(AB)" / ", RRT-ACCS"; all table values, RSBI and racemic epinephrine clinical); rapid response team
event notes ("Mon d, yyyy" with called / arrived times, the caller ", RN (primary)", "First M.
Last", MRN, "mm-dd-yy" DOB, age (>= 90 labelled), "Dr. Last (surgery)" via a "nnn-nnnn" pager
(PHONE), the spouse's and son's first names with a phone, ", RN, CCRN" and ", RRT"; MEWS, vitals,
POC glucose, lactate, LR volume and pip-tazo clinical); ICU family meetings on goals of care
("m/d/yyyy h:mm PM", "First Last (nn yo)" (>= 90 labelled), MRN, the daughter HCPOA's full name and
phone, a "Present:" list with ", MD", ", NP" and "Chaplain" outside, the spouse's and daughter's
first names, a Zoom link with meeting ID and passcode (URL); pressors, FiO2, SOFA, morphine and
glycopyrrolate clinical); tele-ICU intervention notes (an ISO date run into a time
"2024-07-31T05:12" - the date alone labelled -, ", MD", the video session's public IP address (IP),
"LAST, FIRST", MRN, DOB, age (>= 90 labelled), the bedside RN's full name, "Dr. Last" with a cell;
MAP threshold, lactate, vitals, bolus, norepinephrine and cefepime clinical); ICU liberation (A-F
bundle) checklists ("Last, First", MRN, "mm/dd/yyyy", the PT's and charge nurse's first names, the
spouse's full name with a phone, ", RN, CCRN"; CPOT, fentanyl, SAT / SBT results, dexmedetomidine,
RASS, CAM-ICU, quetiapine and mobility level clinical); transfer center ECMO requests (case number
"TCyymmdd-nnnn" (ID, one span), "Month d, yyyy" with a time, "Dr. First Last (ICU)" with NPI (Luhn;
ID) and a callback phone, "LAST, First M", "mm/dd/yyyy" DOB, SSN (SSN), payer unlabelled and member
ID (ID), the ECMO physician ", MD", the spouse's full name with a phone, "TC RN First Last, RN";
weight, P/F, FiO2, PEEP, proning count, cisatracurium and RESP score clinical); ECMO daily progress
notes ("m/d/yyyy", "First M. Last", MRN, "nnyo F", "m/d" cannulation date, ", RRT" ECMO specialist,
", MD" and "Dr. Last" fellow, the spouse's first name; cannula sizes, circuit flow, rpm, sweep,
FdO2, post-oxygenator PaO2, pressure drop, heparin, anti-Xa, platelets, fibrinogen, LDH, pfHb, rest
ventilator settings and CHG clinical); ICU recovery clinic e-mails to the PCP ("From: First Last,
ACNP-BC <address>" and "To: First Last, MD <address>" with work e-mail addresses (EMAIL), "Sent:
Weekday, Month d, yyyy h:mm AM" (weekday and time outside), "Subject: ... - LAST, FIRST (DOB
m/d/yyyy, MRN ...)", "Dr. Last,", "Mon d" visit, the caregiver's full name, "m/d/yy" ICU dates, the
patient's street, city and ZIP and phone in the body, the NP's first name as sign-off, "cc: First
Last, MD (PCCM)"; MoCA, PHQ-9, GAD-7, PCL-5, 6MWD, TUG and medicines clinical); lower-case SICU SBAR
handoffs ("rm n first last 73f" - the age run into the sex letter, >= 90 labelled -, MRN, "m/d"
admission, "dr last", the spouse's lower-case first name with a phone, "- first rn"; vitals, levo,
NG output, UOP, K, KCl, pain score and dilaudid PCA clinical). Australia (6): MET call records
("dd/mm/yyyy", "Surname: LAST" and "Given names: First" (two NAME spans), UR, "dd.mm.yyyy" DOB, "Dr
First Last (ICU registrar)", the ICU liaison CNC's full name, the son's full name with a mobile, "Dr
Last" treating consultant; MET thresholds, vitals, BGL, GCS, fluids, antibiotics, HFNP settings,
lactate and modified calling criteria clinical); ICU liaison nurse reviews ("Wed dd/mm" (weekday
outside), "First LAST", UR, Medicare (check digit, issue number inside), age (>= 90 labelled), "d/m"
ICU discharge date with the time outside, the physio's first name, "First Last, ICU Liaison CNS"
with a 4-digit pager; obs, trache size and cuff-down hours, suctions, balance and frusemide
clinical); aeromedical retrieval records for a Yolngu patient from a remote NT community (mission
number (ID), "dd-mm-yy", the Remote Area Nurse's full name with a "(08)" clinic landline, "First
LAST, nnF", HRN, "dd/mm/yyyy" DOB, the community (ADDRESS) with NT unlabelled and postcode, the
interpreter's full name, the retrieval consultant and flight nurse, the son / daughter escort's full
name with a mobile; benzathine penicillin, vitals, BGL, lactate, meropenem, fluids and adrenaline
clinical); ICU eDischarge summaries to the GP ("Dr First Last" with the practice name unlabelled,
"Title First Last", "d/m/yyyy" DOB, UR, Medicare, IHI "8003 60nn nnnn nnnn" (Luhn; ID), street
("n/nn", "Unit n, nn"), suburb, state unlabelled and postcode, "dd/mm/yyyy" admission and discharge,
"Dr First Last, FCICM" with a "(0n)" landline; LOS, ventilated days, noradrenaline, creatinine and
discharge medicines clinical); organ support summaries ("Surname: LAST Given names: First Middle"
(two spans), UR, DOB, a day-by-day table with "d/m" dates (DATE) and FiO2, PEEP, noradrenaline, CRRT
and SOFA columns, the registrar's full name and "Dr Last"; every table value and the summary days
clinical; ICU day numbers unlabelled); lower-case ICU follow-up phone calls at three months
("dd/mm/yy hhmm", "pt first last and wife / husband first", UR, "d/m" home date, "gp dr last", the
lower-case suburb (ADDRESS), a mobile, the patient's personal e-mail (EMAIL), "- first, icu f/u
cnc"; walking distance, EQ-5D VAS, K10, weight loss and sertraline clinical; "3/12" unlabelled).
Canada (4): Ontario critical care referral line logs (case number, "yyyy/mm/dd", the ED physician
with a "nnn-nnn-nnnn" phone and a 4-digit "ext." (both PHONE), "Last, First", ISO DOB, age (>= 90
labelled), OHIP "nnnn-nnn-nnn-XX" (Luhn, version code inside), the home city (ADDRESS) with "ON"
unlabelled, the accepting intensivist, the patient-flow clerk; vitals, pH and Hgb clinical); BC ICU
daily progress notes ("Mon d, yyyy", "First Last | PHN nnnn nnn nnn (mod 11) | MRN", "nn F", the
spouse's first name with a phone, the city they drive in from (ADDRESS), "Dr. First Last, FRCPC
(Critical Care)"; RASS, CAM-ICU, hydromorphone, propofol, PRVC settings, P/F, norepinephrine, MAP,
lactate, creatinine, UO, balance and pip-tazo clinical); Alberta ICU family conferences
("dd-MON-yyyy" in capitals, "LAST, First M", ULI "nnnnn-nnnn" (Luhn), MRN, age (>= 90 labelled), the
agent under a personal directive with a phone, "unit-number street", city, "AB" and postal code,
"Dr. First Last (intensivist)", "(social work)", "(RN)", the son's first name; ventilation days,
failed SBTs, CVVHD and the goals of care designation codes "R1" / "M2" clinical); Nova Scotia
ICU-to-ward transfers of accountability (ISO date, full name, 10-digit NS health card "nnnn nnn nnn"
(ID), MRN, "Mon d, yyyy" DOB, street (", Unit n" inside), town, "NS" and postal code, "Dr. Last"
hospitalist, the NOK's full name with "(brother)" etc. outside and a phone, sending and receiving
RNs' full names; pack-years, vitals, CBG and insulin clinical). Ireland (3): mobile intensive care
transfer referrals ("dd/mm/yyyy", "Dr First Last, ICU" with a "(0nn) nnn nnnn" direct line, the
accepting consultant, full name, MRN, DOB, PPSN (SSN; mod 23, old and new formats), street or estate
line, town, "Co. ..." unlabelled and Eircode, the brother's full name with a mobile, "Dr Last
(consultant)" and the ICU nurse's full name; APRV pressures, FiO2, PaO2 and infusions clinical); ICU
nursing 12-hour evaluations ("Weekday dth Month yyyy" / "dth of Month yyyy", the named nurse's and
CNM2's full names, full name with MRN and "nn yrs" (>= 90 labelled), the spouse's and daughter's
first names, "Dr Last", a mobile; RASS, pupils, propofol, pressure support settings, MAP,
noradrenaline, UO, balance and K clinical); tracheostomy bedside information sheets ("First LAST",
MRN, "dd.mm.yyyy" DOB, "dd/mm/yyyy" or "dth Mon" insertion date, "Dr First Last", the SLT's and
physio's first names; tube type and size, cuff pressure, laryngoscopy grade, cuff-deflation hours,
HME oxygen and spare tube sizes clinical). New Zealand (3): whanau hui in ICU (Maori or Pakeha
patient "First LAST", NHI (old format, check digit), age (>= 90 labelled), iwi unlabelled, "Dr First
Last (ICU specialist)", the Maori health kaiatawhai, RN, daughter, son and kaumatua by full name,
the kaumatua's first name for the karakia, the patient's first name, the suburb of the family home
(ADDRESS), the daughter's first name with a mobile and a "(0n)" / "0n" home landline; ventilated
days, noradrenaline, FiO2 and the CT finding clinical); DCCM admission notes ("dth Month yyyy" /
"dd/mm/yyyy" with a time, "Dr First Last (ICU registrar), under Dr Last", "First Last, nnF" (>= 90
labelled), NHI, "d/m/yyyy" DOB, street, suburb, city and postcode, "Dr F. Last" GP with the practice
suburb (ADDRESS) inside "<suburb> Medical Centre", the brother / sister / partner NOK with a mobile;
vitals, infusions and scenario-matched drug doses, lactate, CK and creatinine clinical);
patient-at-risk post-ICU reviews ("Sun dd.mm.yyyy" (weekday outside), "LAST, First", NHI, age (>= 90
labelled), "d Mon" ICU discharge, the house surgeon's full name, "First Last, PAR CNS" with a
5-digit extension; EWS, vitals, Hb, iron, 4AT and melatonin clinical). India (2): MICU daily
progress sheets ("dd-mm-yyyy", "Sh." / "Smt." outside, "nn/F" age (>= 90 labelled), UHID and
"IP/yy/nnnnn" (ID), "Dr. First Last (Pulmonary & Critical Care)", the son's full name with a mobile,
"Dr. First Last, JR (Medicine)"; GCS "E3VtM6", vitals, "Inj." doses, ventilator settings, labs in
g/dl, lakh platelets and mg/dl creatinine clinical) and referral letters to a higher centre
("dd/mm/yyyy", "Dr. First Last, Head, Critical Care Medicine", "Mr. / Mrs. First Last", "nn yrs/F"
(>= 90 labelled), Aadhaar (Verhoeff) and ABHA number (ID), "R/o" house line, locality and city
(three ADDRESS spans), state unlabelled, " - " PIN code (ZIP), "dd.mm.yyyy" admission date, the
attendant spouse's full name with a mobile, "Dr. First Last, MD (Anaesthesia)"; FiO2, PEEP, BP and
noradrenaline clinical). South Africa (2): public-hospital ICU admission request / triage forms
("yyyy/mm/dd", "First LAST", folder number, SA ID number (DOB, sex digits, Luhn), age (>= 90
labelled), street, township or suburb and postal code, "Dr First Last (MO)" with a cell, "Dr Last
(ICU)", the mother (under 45) or son / daughter / spouse with a cell; HIV status, GCS, vitals, HGT
and triage priority clinical) and private ICU admission notes (date with a time, "Dr First Last
(physician/intensivist)", "Last, First", hospital number, SA ID number, medical-aid scheme
unlabelled and member number (ID), the principal member's full name, suburb and city (ADDRESS), "nn
years old" (unlabelled under 90), the spouse's first name with a cell and a "(0nn)" home landline,
"Dr F Last, registrar"; vitals, lactate, Hb, troponin, INR and scenario-matched infusions clinical).
Hong Kong (2): ICU discharge summaries ("SURNAME Given-name" Chinese order as one NAME span with the
English name in brackets as a second span, HKID "Annnnnn(n)" (check character; ID), HN number,
"M/nn" (>= 90 labelled), "ddMonyyyy" DOB, "Flat nX, nn/F, Block n, ... Estate" line and district
(two ADDRESS spans; Kowloon / New Territories / Hong Kong Island unlabelled), "dd/mm/yyyy" dates,
the son's / daughter's name in Chinese order with an 8-digit or "+852" phone, "Dr SURNAME
Given-name" MO and consultant; intubation days, noradrenaline and discharge medicines clinical) and
ICU family meeting records ("d Mon yyyy", "SURNAME, Given Name" with the given name written as two
words, HKID, HN, age (>= 90 labelled), "Dr" / "APN" outside the Chinese-order names of staff, son
and daughter, two phones; ICU day, FiO2, PEEP, CVVH and APACHE IV clinical). Philippines (1): ICU
nursing shift endorsements ("Month d, yyyy", "LAST, First M" with the full stop after the middle
initial outside, "nn/F" (>= 90 labelled), hospital number "yy-nnnnnn" and PhilHealth number
"nn-nnnnnnnnn-n" (ID), "Blk n Lot n, ... Subdivision", "Brgy. ..." and city (three ADDRESS spans),
province unlabelled and ZIP, "Dr. First Last" attending, the watcher spouse's full name with a
mobile, "First Last, RN" endorsing and receiving; vitals, ventilator settings, drips, CBG, UO,
transfusion and Hgb threshold clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(East Midlands / Yorkshire / East Anglian surnames), British Pakistani, British Somali and British
Greek Cypriot; Scottish; Welsh; Northern Irish; US white, African American, Hispanic, Navajo (Dine)
and Haitian American; Anglo (Cornish-descended surnames), Italian and South Sudanese Australian, and
Yolngu for the NT retrieval; English / Maritime / Acadian / Mennonite Canadian, Punjabi Canadian and
Metis; Irish with fadas and O' surnames, and Brazilian Irish; Pakeha, Maori and Fiji Indian; North
Indian, Bengali and Marathi; Tswana, Venda, Afrikaans ("Du Toit") and Cape Coloured; Hong Kong
Cantonese (surname first, hyphenated two-syllable given names, an English first name); Filipino with
the mother's maiden name as middle initial), about one patient name in five (UK, US, AU, CA, IE, NZ,
North Indian and Bengali groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN
re-seeded per note (relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA,
IE and NZ come from the local groups and, about three in ten, a mixed international workforce
(Filipino, Keralite, Nigerian, Zimbabwean, Sri Lankan, Nepali and Spanish); elsewhere staff are
local. Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns, colours,
trades, virtue names, months and weekdays - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook,
Young, Long, Brown, Martin, Parry, Kirk, Wade, Dale, Mere, Tam, Poon, Yip, Tan, Lee - the eponyms
and makers of critical care (Glasgow, Richmond, Ramsay, Murray, Horowitz, Swan, Ganz, Seldinger,
Foley, Guedel, Magill, Macintosh, Yankauer, Hudson, Venturi, Trendelenburg, Valsalva, Kussmaul,
Cheyne, Stokes, Cushing, Riker, Norton, Waterlow, Braden, Child, Pugh, Rockall, Mallampati, Cormack,
Lehane, Sellick, Starling, Fick, Henderson, Hasselbalch, Stewart, Hartmann, Ringer, Sengstaken,
Hickman, Quinton, Tenckhoff, Mapleson, Severinghaus, Fowler, Hamilton, Maquet, Baxter, Fresenius,
Killip, Lindqvist, Doppler, Wenckebach, Charlson, Rockwood, Barthel, Borg, Vaughan Williams,
Cockcroft, Gault ...) and the towns, suburbs, communities and cities the notes name); Faker draws
also skip ``_FAKER_WORDS`` (the Faker names that are lower-case words in the english-words web2
list) and names shorter than three letters. Relatives take a first name from the family's group (or
the same Faker locale); blood relatives keep the surname, a spouse, a son-in-law, a married daughter
or a partner sometimes has another. Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First",
"Last, First", "LAST, FIRST", "LAST, First M", "First M. Last", "F. Last", "F Last", "Dr Last" /
"Dr. Last" / "dr last", lower-case full and first names, first names alone, separate "Surname" /
"Given names" fields (two spans; the given names may hold a middle name), "SURNAME Given-name" and
"SURNAME, Given Name" (Hong Kong, one span) with an English name in brackets (a second span), "LAST,
First M." (Philippines) and two-letter staff initials in chart columns. No initials spell a clinical
or common abbreviation (``BAD_INITS``), and a note never reuses a first or last name for unrelated
people (a note in which a labelled PHI string - or a word of a labelled name - also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout72 - heldout74): titles, roles and credentials ("Dr", "Dr.", "dr", "Mr",
"Mrs", "Ms", "Mr.", "Mrs.", "Sh.", "Smt.", "SN", "ODP", "APN", "Chaplain", "Sister", ", MD", ", MD
(PCCM)", ", NP", ", RN", ", RN, CCRN", ", RRT", ", RRT-ACCS", ", ACNP-BC", ", PharmD", ", FCICM", ",
FRCPC (Critical Care)", ", MD (Anaesthesia)", ", JR (Medicine)", ", Consultant", ", ICU Liaison
CNS", ", PAR CNS", "(ICU ST5)", "(ICM StR)", "(EM consultant)", "(CCOT)", "(H@N practitioner)",
"(Remote Area Nurse)", "(retrieval consultant)", "(flight nurse)", "(MO)", "(social work)",
"(daughter)", "(son-in-law)", "(brother)", "(partner)", "(wife)", "(husband)", "rn", "icu f/u cnc")
are outside NAME spans; "LAST, First" is one NAME span; separate surname and given-name fields are
two spans. A street line (with flat / court / unit / apartment / "#" part, "n/nn", "unit-number",
Indian house / plot / flat lines, a Hong Kong estate line, a Philippine block-and-lot line), a
barangay, locality, township, suburb, remote community, district, town or city where a person lives
(also a GP practice's suburb and the town a relative travels from) is ADDRESS; a state, province,
county, region or country ("OH", "NSW", "NT", "ON", "AB", "NS", "Co. Mayo", "West Bengal",
"Bulacan", "Kowloon", "New Territories") is not PHI; UK postcodes, Eircodes, US ZIP and ZIP+4 codes,
Canadian postal codes, AU / NZ postcodes, Indian PIN codes, South African and Philippine postal
codes are ZIP. DATE: anything more specific than a year, in the formats above - "dd/mm/yyyy",
"d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", a handwritten "d.m", "dd-mm-yyyy",
"dd-mm-yy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy", "mm-dd-yy", "m/d", ISO (also run into a
"Thh:mm" time, the time outside), "yyyy/mm/dd", "d Month yyyy", "dth Month yyyy", "dth of Month",
"dth Month", "d Month", "d Mon yyyy", "d Mon", "dth Mon", "dd Mon yy", "dd-MON-yyyy", "ddMonyyyy",
"Month d, yyyy", "Mon d, yyyy", "Mon d"; weekdays ("Tuesday", "Thu", "Sun") stay outside; a date
followed by a separate time labels only the date; times of day, years alone, durations, ICU / MV /
ECMO / post-operative day numbers and follow-up intervals ("3/12", "2/7") are never labelled. AGE:
ages >= 90 only, number part only (also run into a sex letter, "91f", or before "-year-old", "y",
"yo", "yrs"); ages < 90 are unlabelled. PHONE: mobiles, landlines, direct lines, clinic lines, Ascom
handset numbers, 4-digit bleeps and pagers, 5-digit extensions, "nnn-nnnn" pagers and 4-digit "ext."
numbers, in the regional forms shown ("07xxx", "+44 7", "+44 (0)7", "0044 7", "01xxx", "028", "(xxx)
xxx-xxxx", "xxx.xxx.xxxx", "xxx/xxx-xxxx", "1-xxx-", "+1", "04xx", "+61 4", "(0x)", "08x", "+353",
"(08x)", "02x", "+64", "+91", "0xx", "+27", "+852", "09xx", "+63"), labels ("Tel", "Ph", "Mob",
"Cell", "bleep", "pager", "ext", "Ascom") outside. SSN: a US SSN on a transfer intake and Irish
PPSNs. ID: NHS (mod 11; spaced, dashed or unspaced), CHI (from the DOB and sex), H&C (mod 11),
hospital / unit / MRN / CSN / UR / HRN / UHID / IP / folder / HN numbers, transfer, mission,
retrieval and transfer-center case numbers, the GMC number, NPI (Luhn), insurer and medical-aid
member numbers, AU Medicare (check digit, issue number inside) and IHI (Luhn), OHIP (Luhn, version
code inside), BC PHN (mod 11), Alberta ULI (Luhn), Nova Scotia health card, NHI (check digit),
Aadhaar (Verhoeff), ABHA number, SA ID numbers (Luhn), HKID (check character) and PhilHealth
numbers. EMAIL: staff nhs.net and health-system work addresses and patients' personal addresses.
URL: an NHS virtual-visiting waiting-room link and Zoom meeting links with passcodes. IP: a tele-ICU
video session address. Not PHI and unlabelled: hospital, ward, unit, bed, room, practice, clinic,
payer, scheme and ambulance-service names, iwi and language, drug and device brands, eponymous
scales and fluids, times of day and years alone. Vitals, blood gases, labs, scores (NEWS2, MEWS,
EWS, RASS, CPOT, CAM-ICU, SOFA, APACHE II / IV, GCS, MRC sum score, CPAx, HADS, IES-R, MoCA, EQ-5D
VAS, PHQ-9, GAD-7, PCL-5, K10, 4AT, RSBI, RESP score, triage priority), goals of care designation
codes, ventilator and ECMO settings, infusion rates, drug doses, fluid volumes, balances, urine
outputs, tube sizes, walking distances and organ-support days are clinical (``Note.clinical``) where
marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 74_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to the day of the note). Run it only for final figures: its misses and lost
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
# group -> (male first names, female first names, surnames); "/" separates multi-word entries
_G: dict[str, tuple[str, str, str]] = {
    # England: East Midlands / Yorkshire / East Anglian surnames, British Pakistani, British Somali,
    # British Greek Cypriot
    "en": ("Neil Derek Trevor Malcolm Keith Darren Wayne Craig Nigel Adrian Julian Stuart Duncan Barrington",
           "Janet Lorraine Sharon Deborah Beverley Gillian Michelle Joanne Hayley Stacey Bethany Chloe Imogen Harriet Yvonne Tanya",
           "Gathercole Fairbrother Sillitoe Wragg Blencowe Pettifer Hebblethwaite Oakshott Summerfield Whitlock Blackledge Capstick Elsworth Greatorex Heppenstall Inchbald Jeffcoat Marchbank Openshaw Quarmby Rushworth Snelgrove Thistlethwaite Winterbottom"),
    "bpk": ("Imran Tariq Shahid Asif Zubair Rizwan Kamran Nadeem Waqas",
            "Nasreen Shabana Rukhsana Sadia Farzana Aneesa Nabila Saima",
            "Hussain Rashid Qureshi Iqbal Mahmood Chaudhry Akhtar Bashir Siddique"),
    "bso": ("Abdirahman Abdullahi Hassan Liban Mukhtar Abdikarim",
            "Hodan Fadumo Sagal Ifrah Hibaq Ayaan Ubah",
            "Warsame Egal Hirsi Duale Abdi Mohamud Yusuf"),
    "bgc": ("Andreas Christakis Panayiotis Kyriacos Stelios Michalis",
            "Androulla Eleni Stavroula Despina Maroulla Panayiota",
            "Charalambous Kyriakou Hadjipavlou Constantinou Panayi Stylianou Demetriou Georgiou"),
    "sc": ("Hamish Fraser Lachlan Alasdair Callum Euan Gregor Ruaridh Iain Calum",
           "Morag Isla Catriona Eilidh Mhairi Kirsty Shona Fiona Ailsa Rhona",
           "MacLeod Urquhart Drummond Sinclair Buchanan Gillespie Cruickshank Lamont Macaulay Rennie Menzies Galbraith Kerr Strachan"),
    "cy": ("Dafydd Rhodri Gethin Iwan Emyr Aled Rhys Meirion Geraint Owain",
           "Ffion Angharad Bethan Sioned Rhiannon Eleri Catrin Mared Nerys Lowri",
           "Pritchard Prosser Griffiths Llewellyn Beynon Gwilym Jenkins Rees Lloyd Meredith Bevan Powell Jarman"),
    "ni": ("Seamus Eamonn Ciaran Gerard Alastair Wesley Desmond Raymond Brendan",
           "Siobhan Orla Caroline Gail Lynda Roisin Noeleen Bronagh",
           "McCann Gilmore McAleese Quinn Devlin Hamill Magee McKeown Boyd Irvine Crothers Millar McIlwaine Gribben"),
    # United States: white, African American, Hispanic, Navajo (Dine) and Haitian American
    "usw": ("Brandon Tyler Kyle Dustin Cody Garrett Bradley Dwight Randall Brett",
            "Brittany Ashley Courtney Kelsey Amanda Megan Lindsey Brandi Kayla",
            "Kowalczyk Schumacher Gustafson Vandenberg Brubaker Yoder Stoltzfus Ostrowski McAllister Whitaker Hollenbeck Lindgren"),
    "usb": ("DeShawn Jamal Terrence Darnell Rashad Cedric Demetrius",
            "LaToya Keisha Tanisha Aaliyah Imani Shanice Latrice Monique",
            "Jefferson Gaines Dorsey Mayfield Robinson Coleman Pettaway Whitfield Thibodeaux"),
    "ush": ("Alejandro Joaquin Rodrigo Ernesto Guillermo Mauricio Arturo",
            "Guadalupe Yesenia Marisol Araceli Xiomara Ximena Maribel Leticia",
            "Villarreal Zamora Quintanilla Arredondo Cervantes Ibarra Montoya Saldana Olivares Trevino"),
    "usn": ("Darrell Leonard Lorenzo Wilfred Vernon Delbert Harrison Lionel Elwood",
            "Loretta Bernadine Marlene Verna Lorena Darlene Arlene Geraldine Rosita",
            "Yazzie Tsosie Benally Etsitty Tsinajinnie Manygoats Nakai Bitsui Begaye Chee"),
    "usht": ("Wilner Frantz Mackenson Jocelyn Reginald Pierre-Richard Wisly Ernst Fritzner",
             "Guerline Fabiola Nadege Ketly Mirlande Gladys Yveline Nathalie",
             "Toussaint Desrosiers Pierre-Louis Dorvil Lafortune Jean-Baptiste"),
    # Australia: Anglo (Cornish-descended surnames), Italian, South Sudanese; Yolngu (retrieval only)
    "au": ("Brodie Jarrod Bradley Darcy Mitchell Shane Damien Rhys Nathan",
           "Kylie Tegan Jacinta Kirra Shannon Danielle Leanne Narelle Bronwyn Tahlia",
           "Dunstan Pendergast Treloar Kerslake Polkinghorne Hocking Liddell Batchelor Rosewarne Trevaskis Pascoe Penhall Hosking"),
    "auit": ("Salvatore Giuseppe Domenico Carmelo Rocco Vincenzo",
             "Concetta Giuseppina Rosaria Antonella Carmela Filomena",
             "Scarcella Lombardo Zappia Iannello Pugliese Fiorentino Marchetti"),
    "auss": ("Majok Mading Akuei Manyang Garang",
             "Achol Nyandeng Abuk Ayen Adut Nyibol",
             "Akech Mabior Malual Kuol Ajak Makuei"),
    "auab": ("Desmond Clifford Reginald Kevin Jeffrey",
             "Rosalie Marjorie Lorraine Valerie Bernadette",
             "Yunupingu Marika Gumana Wunungmurra Mununggurr Dhamarrandji Garrawurra"),
    # Canada: English / Maritime / Acadian / Mennonite, Punjabi Canadian, Metis
    "ca": ("Curtis Darryl Shane Trent Rodney Dwayne Lorne Wendell",
           "Krista Shelley Tamara Darlene Jolene Tracey Charmaine",
           "MacIsaac MacNeil Chisholm Gillis Boudreau LeBlanc Arsenault Doucette Savoie Thiessen Klassen Hrynchuk Fehr MacKinnon"),
    "capj": ("Gurpreet Harjit Jaspal Manpreet Amrit Baljinder Sukhwinder",
             "Harpreet Navdeep Rajvinder Simran Kulwinder Jasleen",
             "Dhaliwal Sandhu Grewal Sidhu Brar Randhawa Bains Dhillon"),
    "came": ("Lyle Clarence Roderick Delbert",
             "Bernice Yvonne Doreen Marlene Rhonda",
             "Ladouceur Desjarlais Gladue Laboucan Letendre Belcourt"),
    # Ireland: Irish (fadas) and Brazilian Irish
    "ie": ("Pádraig Donncha Tadhg Diarmuid Cathal Eoin Colm Declan Fergal Oisín",
           "Aoife Gráinne Niamh Clodagh Sorcha Deirdre Úna Aisling Caoimhe Sinéad",
           "Moloney Cronin Hennessy Kavanagh Geraghty Mulcahy Tierney Lenihan Nolan Fennelly O'Driscoll O'Halloran Cuddihy Brosnan Twomey"),
    "iebr": ("Thiago Leandro Rafael Gustavo Marcelo",
             "Fernanda Luciana Thaís Juliana Priscila",
             "Nascimento Oliveira Carvalho Figueiredo Rodrigues Monteiro"),
    # New Zealand: Pakeha, Maori, Fiji Indian
    "nz": ("Brendon Hamish Logan Warrick Kieran Corey Shane",
           "Shelley Robyn Philippa Kirsten Nicola Raewyn Leanne Janine",
           "McGillivray Tremain Rattray Sinnott Kerrigan Aitken McAlister"),
    "mao": ("Wiremu Hemi Rawiri Tama Tipene Manaia",
            "Aroha Ngaire Hinemoa Anahera Kahurangi Mereana",
            "Ngata Pomare Rangihuna Waaka Parata Heke Tamihana Rewiti Tawhai Paewai"),
    "fji": ("Ravinesh Shalendra Ashneel Vikash Pranesh",
            "Shalini Roshni Anjani Shivani Kamini",
            "Prasad Chand Narayan Goundar"),
    # India: North Indian, Bengali, Marathi
    "inn": ("Vikram Sandeep Rakesh Manoj Ashok Deepak Pankaj Alok",
            "Sunita Neelam Poonam Rekha Kavita Anjali Pooja Meenakshi",
            "Sharma Verma Agarwal Saxena Tiwari Mishra Chauhan Srivastava Pandey"),
    "inb": ("Sourav Arnab Debashis Prasanta Subhajit Indranil",
            "Moumita Sharmistha Paromita Sreeparna Tanushree",
            "Chatterjee Banerjee Mukherjee Bhattacharya Ghosh Sengupta Chakraborty"),
    "inm": ("Sachin Aniket Omkar Nilesh Tushar",
            "Madhuri Ashwini Pradnya Snehal Vaishali",
            "Kulkarni Deshpande Joshi Patil Gokhale Jadhav Bhosale"),
    # South Africa: Tswana, Venda, Afrikaans, Cape Coloured
    "zat": ("Kagiso Tshepo Thabo Onkarabile Itumeleng Tumelo",
            "Boitumelo Kelebogile Dineo Lerato Refilwe Masego",
            "Molefe Mokoena Moagi Seleka Motsepe Modise Sebego"),
    "zav": ("Rudzani Tshilidzi Khathutshelo Livhuwani",
            "Mashudu Ndivhuwo Phathutshedzo Rendani",
            "Netshitenzhe Ramavhoya Mudau Nemavhola Tshivhase Nethengwe"),
    "zaa": ("Jacobus Hendrik Gerhard Wynand Pieter Johannes",
            "Marietjie Annelie Elmarie Riana Ilse Charlene",
            "Botha/Steyn/Pretorius/Coetzee/Oosthuizen/Swanepoel/Du Toit/Vermeulen"),
    "zac": ("Shaun Ricardo Clayton Ashwin Ebrahim",
            "Natasha Chantelle Roxanne Lynette Shireen",
            "Abrahams Hendricks Isaacs Petersen Booysen Samuels"),
    # Hong Kong: Cantonese (surname, hyphenated given name)
    "hk": ("Wai-kit Chun-hei Ho-yin Siu-ming Tsz-kin Kwok-wai Chi-keung Yiu-wah Ka-lok",
           "Ka-yan Mei-ling Wing-sze Ching-yee Pui-shan Shuk-fan Lai-ming Yuk-lan Hoi-yan",
           "Chan Wong Cheung Leung Lau Yeung Tsang Kwok Fung Choi Fong Hui Chiu Tse Mak Siu"),
    # Philippines (middle name = mother's maiden surname)
    "ph": ("Rommel Rodel Jomar Reynaldo Efren Arnel Jerome",
           "Maricel Rowena Marilou Jocelyn Lorna Analyn Evangeline",
           "Dimaculangan Macaraeg Bautista Villanueva Manalo Soriano Panganiban Pangilinan Tolentino Dizon Mercado Salazar"),
    # international staff
    "stph": ("Jericho Ronaldo Jayson Arvin", "Kristine Rhodora Mylene Joanna", "Cabrera Ocampo Navarro Aquino Gatchalian"),
    "stker": ("Jinu Binu Shibu Jithin Anish", "Anju Resmi Neethu Jincy Smitha", "Varghese Kurian Mathew Chacko Thekkekara"),
    "stng": ("Chukwuemeka Oluwaseun Obinna Babatunde Ikechukwu", "Ngozi Funmilayo Chiamaka Adaeze Yetunde",
             "Okonkwo Adeyemi Nwosu Adebayo Okafor Onyekachi"),
    "stzw": ("Tendai Tafadzwa Farai Tinashe Kudakwashe", "Rumbidzai Nyasha Chipo Tsitsi Vimbai",
             "Chikwanha Mutasa Sibanda Mavhunga Chigumba"),
    "stlk": ("Chaminda Ruwan Nuwan Dinesh Lasantha", "Dilani Chathurika Nadeesha Thilini Sachini",
             "Perera Jayasinghe Wickramasinghe Senanayake Gunawardena"),
    "stnp": ("Bikash Suman Prakash Rojan Dipesh", "Sushila Pratima Bimala Sabita Anita", "Gurung Thapa Shrestha Tamang Magar"),
    "stes": ("Javier Sergio Ignacio Alberto", "Lucia Nerea Ainhoa Beatriz", "Fernandez Gutierrez Iglesias Alonso"),
}
HK_ENG = {"m": ["Kenny", "Alvin", "Ivan", "Dickson", "Raymond", "Edmond"],
          "f": ["Winnie", "Phoebe", "Cecilia", "Vivian", "Mandy", "Connie"]}


def _names(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_names(m), _names(f), _names(la)) for k, (m, f, la) in _G.items()
}
PAT = {"en": ["en", "en", "en", "bpk", "bso", "bgc"], "sc": ["sc", "sc", "sc", "bpk"], "cy": ["cy", "cy", "en"],
       "ni": ["ni"], "us": ["usw", "usw", "usb", "ush", "usn", "usht"], "au": ["au", "au", "auit", "auss"],
       "ca": ["ca", "ca", "capj", "came"], "ie": ["ie", "ie", "ie", "iebr"], "nz": ["nz", "mao", "mao", "fji"],
       "in": ["inn", "inb", "inm"], "za": ["zat", "zav", "zaa", "zac"], "hk": ["hk"], "ph": ["ph"]}
STAFF_INTL = ["stph", "stker", "stng", "stzw", "stlk", "stnp", "stes"]
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "inn": "en_IN", "inb": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like, eponymous and place names never drawn: common nouns, colours, trades, virtues and months, the
# eponyms of critical care (scores and scales, signs, formulas, manoeuvres, tubes, catheters, devices and
# ventilator makers) and the places these notes name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Hall Hill King
Wood Stone Field Marsh Lane Mills Price Rich Best Sharp Strong Power Moody Hunt Fish Bird Fox Wolf Lamb Bush Page
Mason Carpenter Baker Butler Cooper Turner Walker Fisher Hunter Miller Gardner Shepherd Dean Knight Pope Noble
Golden Silver Snow Frost Winter Summer Spring May June April August Faith Grace Joy Patience Charity Honor Amber
Ruby Crystal Iris Ivy Holly Hazel Heather Daisy Lily Violet Olive Sky Autumn Dawn Sunny Sandy Rusty Bill Frank
Mark Jack Will Pat Sue Ray Guy Drew Rob Bob Art Chase Mercy Penny Robin Carol Miles Lance Grant Glen Dale Cliff
Martin Graham Colin Lewis Kerry Verity Parry Tiffany Marquis Kirk Wade Morris Cardinal Mere Brent Tam Yip Poon
Tan Lee Park Gill Kit Wing Man Fan Ling Chow Lam Wan Law Sin Tang Kong Tai Ho Ng Ma Lo Ko Yu Au
Glasgow Richmond Ramsay Murray Berlin Horowitz Swan Ganz Seldinger Foley Guedel Magill Macintosh Mackintosh
Yankauer Hudson Venturi Allen Trendelenburg Valsalva Kussmaul Cheyne Stokes Cushing Korotkoff Riker Aldrete
Norton Waterlow Braden Bromage Child Pugh Rockall Blatchford Wells Mallampati Cormack Lehane Sellick Heimlich
Mallory Weiss Starling Fick Henderson Hasselbalch Stewart Marshall Ranson Atlanta Parkland Hartmann Ringer
Sengstaken Blakemore Minnesota Hickman Groshong Quinton Tenckhoff Arndt Robertshaw Mapleson Waters Bain Clark
Severinghaus Fowler Hamilton Servo Maquet Philips Edwards Baxter Fresenius Abbott Roche Siemens Stryker Zoll
Laerdal Ambu Apgar Killip Wilson Addison Guillain Barre Johnson Lund Browder Bezold Jarisch Hering Breuer Bohr
Haldane Fahraeus Lindqvist Bernoulli Doppler Holter Salter Harris Weber Kerley Beck Dressler Takotsubo Brugada
Wolff Parkinson Mobitz Wenckebach Osborn Levine Mayo Cleveland Dieulafoy Boerhaave Virchow Homans Caprini
Padua Geneva Charlson Rockwood Barthel Karnofsky Katz Lawton Borg Rankin McConnell Chvostek Trousseau Kernig
Ferguson Gillies Sequential Richmond Confusion Morse Hendrich Beers Wernicke Korsakoff Hoover Quincke Ludwig
Nightingale Durie Spiegel Vaughan Williams Lown Ely Bernard Levey Cockcroft Gault Friedewald Kellum Vincent
Marik Rivers Surviving Boussignac Bird Bennett Draeger Puritan Nellcor Vigileo Flotrac Medtronic Gambro Prisma
Welch Allyn Lifepak Lambert Eaton Miller Fisher Kawasaki Stevens Sengstaken Linton Sheehan Hampton Westermark
Pemberton Murphy Rovsing Grey-Turner Cullen Kehr Rigler Chilaiditi Kocher Pfannenstiel Hartmann Whipple
January February March July September October November December Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Christmas Easter
Rochdale Stockport Huddersfield Chesterfield Mansfield Worksop Grantham Peterborough Kettering Ipswich Colchester
Taunton Yeovil Truro Barnstaple Carlisle Darlington Scunthorpe Walsall Telford Gloucester Lethbridge Kirkcaldy
Livingston Motherwell Inverness Stirling Kilmarnock Elgin Dumfries Perth Llanelli Bridgend Aberystwyth Caernarfon
Pontypridd Merthyr Bangor Ballymena Omagh Coleraine Portadown Downpatrick Dungannon Newtownards Lubbock Amarillo
Gallup Farmington Flagstaff Shreveport Lafayette Spokane Boise Dayton Toledo Syracuse Scranton Macon Greenville
Wichita Duluth Fargo Miami Brockton Chinle Dubbo Wagga Penrith Geelong Shepparton Mildura Rockhampton Mackay
Caboolture Salisbury Whyalla Mandurah Joondalup Launceston Devonport Palmerston Nhulunbuy Galiwinku Ramingining
Yirrkala Gapuwiyak Barrie Kingston Timmins Belleville Brantford Kenora Kamloops Nanaimo Kelowna Chilliwack Surrey
Abbotsford Airdrie Wetaskiwin Sydney Antigonish Yarmouth Bridgewater Kentville Dartmouth Tullamore Ennis
Castlebar Thurles Navan Dundalk Tuam Tralee Clonmel Gorey Ballinasloe Gort Otara Manurewa Frankton Flaxmere
Naenae Aranui Porirua Hamilton Hastings Christchurch Auckland Gisborne Kaikohe Kothrud Pune Noida Dhakuria
Kolkata Banjara Hyderabad Nagpur Lucknow Soshanguve Mabopane Thohoyandou Mahikeng Bellville Atlantis Rustenburg
Polokwane Bloemfontein Brandwag Pretoria Tuen Sha Lok Antipolo Dasmarinas Calamba Malolos Lipa Bayan Lourdes
London Manchester Leeds Sheffield Nottingham Leicester Norwich Exeter Preston Newcastle Sunderland Durham York
Edinburgh Aberdeen Dundee Cardiff Swansea Belfast Derry Boston Denver Phoenix Houston Austin Dallas Tucson
Melbourne Brisbane Adelaide Darwin Hobart Toronto Ottawa Vancouver Calgary Edmonton Halifax Winnipeg Dublin Cork
Galway Limerick Waterford Wellington Dunedin Mumbai Delhi Chennai Kerala Durban Soweto Johannesburg Manila Cebu
Victoria Florence Georgia Jordan Kenya India Lincoln Chester Warwick Devon Kent Clare Kerry Mayo Down Antrim"""
BAD_NAMES = set(_BAD_TXT.split())
# Faker names (en_GB, en_US, en_IE, en_NZ, en_IN person lists) that are lower-case words in the english-words
# web2 list, never drawn
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
BAD_INITS = {
    "AB", "AC", "AD", "AE", "AF", "AG", "AI", "AK", "AM", "AN", "AS", "AT", "AV", "BD", "BE", "BG", "BM", "BO", "BP",
    "BS", "BY", "CC", "CD", "CF", "CI", "CK", "CL", "CO", "CP", "CR", "CT", "CV", "CX", "DC", "DD", "DM", "DN", "DO",
    "DR", "DS", "DT", "DU", "DV", "DX", "EA", "EC", "ED", "EF", "EN", "ER", "ET", "EX", "FB", "FH", "FM", "FU", "GA",
    "GB", "GI", "GM", "GO", "GP", "GU", "HB", "HD", "HE", "HI", "HO", "HR", "HS", "ID", "IE", "IF", "IM", "IN", "IO",
    "IP", "IS", "IT", "IV", "KG", "KO", "LA", "LD", "LE", "LL", "LO", "LP", "LR", "LV", "MA", "MD", "ME", "MG", "MI",
    "ML", "MM", "MO", "MP", "MR", "MS", "MT", "MV", "MY", "NA", "NB", "NG", "NH", "NO", "NP", "NR", "NS", "NT", "NV",
    "OD", "OF", "OG", "OH", "OK", "ON", "OP", "OR", "OT", "OX", "PA", "PC", "PD", "PE", "PG", "PH", "PI", "PM", "PN",
    "PO", "PR", "PS", "PT", "PU", "PV", "QA", "RA", "RE", "RN", "RR", "RS", "RT", "RV", "SA", "SB", "SC", "SD", "SE",
    "SH", "SI", "SL", "SO", "SP", "SR", "ST", "SU", "SV", "TB", "TC", "TD", "TE", "TF", "TO", "TP", "TR", "TV", "UA",
    "UE", "UK", "UN", "UO", "UP", "UR", "US", "UV", "VA", "VC", "VE", "VF", "VS", "VT", "WA", "WB", "WE", "WO", "XR",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


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

    @property
    def fl(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:
        return f"{self.first} {self.last}".upper()

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
        return f"{self.last.upper()}, {self.first} {self.mid}"

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
        return self.fl.lower()

    @property
    def hk(self) -> str:
        """Hong Kong order: SURNAME Given-name."""
        return f"{self.last.upper()} {self.first}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJK" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}_{la}{k % 97}@{dom}",
                f"{f}{la[:3]}@{dom}"][k % 5]


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _d(d: date, k: str) -> str:
    """A date in one of the formats these notes use."""
    m = MONTHS[d.month - 1]
    m3 = m[:3]
    m4 = "Sept" if d.month == 9 else m3
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    fm = {
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmy2": f"{dd}/{mm}/{yy}", "dm": f"{d.day}/{d.month}",
        "ddmm": f"{dd}/{mm}", "dot": f"{dd}.{mm}.{y}", "dot2": f"{dd}.{mm}.{yy}", "dotdm": f"{d.day}.{d.month}",
        "iso": d.isoformat(), "ymd": f"{y}/{mm}/{dd}", "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}",
        "us2": f"{mm}/{dd}/{yy}", "us3": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}",
        "long": f"{d.day} {m} {y}", "ordl": f"{_ord(d.day)} {m} {y}", "ofl": f"{_ord(d.day)} of {m} {y}",
        "ordm": f"{_ord(d.day)} {m}", "ofm": f"{_ord(d.day)} of {m}", "usl": f"{m} {d.day}, {y}",
        "ussh": f"{m3} {d.day}, {y}", "msh": f"{m4} {d.day}", "mord": f"{m} {_ord(d.day)}",
        "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "apos": f"{d.day} {m3} '{yy}", "shyy": f"{dd} {m3} {yy}",
        "DMONY": f"{dd}-{m3.upper()}-{y}", "dMony": f"{dd}{m3}{y}", "compact": f"{y}{mm}{dd}",
        "dash": f"{dd}-{mm}-{y}", "dash2": f"{dd}-{mm}-{yy}", "my": f"{m} {y}", "dmo": f"{d.day} {m}",
        "dmonyyyy": f"{dd}-{m3}-{y}", "ordsh": f"{_ord(d.day)} {m3}", "usdash": f"{mm}-{dd}-{yy}",
    }
    return fm[k]


# ------------------------------------------------------------------------------ identifiers (check digits)
def _dig(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _luhn(body: str) -> str:
    """The Luhn check digit for ``body``."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def _m11(body: str) -> int | None:
    """NHS / CHI / H&C style modulus 11 (weights 10..2 over nine digits); None when the check would be 10."""
    s = sum(int(ch) * w for ch, w in zip(body, range(10, 1, -1), strict=True))
    ck = 11 - s % 11
    return None if ck == 10 else (0 if ck == 11 else ck)


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.randint(4, 7)) + _dig(r, 8)
        ck = _m11(body)
        if ck is not None:
            return body + str(ck)


def hc_no(r: random.Random) -> str:
    while True:
        body = str(r.randint(320, 399)) + _dig(r, 6)
        ck = _m11(body)
        if ck is not None:
            return body + str(ck)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        sx = r.choice("13579" if sex == "m" else "02468")
        body = dob.strftime("%d%m%y") + _dig(r, 2) + sx
        ck = _m11(body)
        if ck is not None:
            return body + str(ck)


def sp3(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + _dig(r, 8)
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    while True:
        a = r.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    body = str(r.randint(2, 6)) + _dig(r, 7)
    ck = sum(int(ch) * w for ch, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return f"{body[:4]} {body[4:]}{ck} {r.randint(1, 6)}"


def ihi_no(r: random.Random) -> str:
    body = "800360" + _dig(r, 9)
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + _dig(r, 8)
    s = body + _luhn(body)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{''.join(r.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))}"


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + _dig(r, 8)
        s = sum((int(ch) * w) % 11 for ch, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True))
        ck = 11 - s % 11
        if ck < 10:
            v = body + str(ck)
            return f"{v[:4]} {v[4:7]} {v[7:]}"


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + _dig(r, 7)
    v = body + _luhn(body)
    return f"{v[:5]}-{v[5:]}"


_NHI_AL = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """Old-format NZ NHI (AAAnnnC): letters A-Z less I and O as 1-24, weights 7..2, check 11 - sum mod 11."""
    while True:
        letters = "".join(r.choice(_NHI_AL) for _ in range(3))
        digs = _dig(r, 3)
        vals = [_NHI_AL.index(ch) + 1 for ch in letters] + [int(ch) for ch in digs]
        rem = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        ck = 11 - rem
        if ck == 10:
            ck = 0
        return letters + digs + str(ck)


def ppsn_no(r: random.Random) -> str:
    digs = _dig(r, 7)
    second = r.choice(["", "", "A"])
    s = sum(int(ch) * w for ch, w in zip(digs, range(8, 1, -1), strict=True))
    if second:
        s += 9 * (ord(second) - 64)
    rem = s % 23
    return digs + ("W" if rem == 0 else chr(64 + rem)) + second


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = dob.strftime("%y%m%d") + f"{seq:04d}" + "08"
    return body + _luhn(body)


def hkid_no(r: random.Random) -> str:
    letter = r.choice("ACDEGHKMPRVYZ")
    digs = _dig(r, 6)
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(int(ch) * w for ch, w in zip(digs, range(7, 1, -1), strict=True))
    ck = (11 - s % 11) % 11
    return f"{letter}{digs}({'A' if ck == 10 else ck})"


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
for _ in range(7):
    _VP.append([_VP[-1][x] for x in (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + _dig(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    v = body + str(_VINV[c])
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(3, 7)) + _dig(r, 6)


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
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))
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

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fv(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, k: int) -> str:
        return _dig(self.r, k)

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
            if not w.replace("'", "").replace("-", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3 or _ascii(w) in BAD_NAMES):
                return False
        return True

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words)

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None) -> P:
        if grp == "st":
            grp = self.ch(STAFF_INTL)
        ms, fs, _ls = G[grp]
        sex = sex or self.ch("mf")
        loc = GRP_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                la = last or fk.last_name()
            else:
                first = self.ch(ms if sex == "m" else fs)
                la = last or self.ch(G[grp][2])
            words = first.replace("-", " ").split() + ([] if last else la.replace("-", " ").split())
            if grp == "hk":
                words = [first] + ([] if last else [la])
            if len(first) < 3 or not self._ok(words, bool(loc)):
                continue
            self._take(words)
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTVW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None) -> P:
        grp = grp or self.ch(PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in ("en", "sc", "cy", "ni", "us", "au", "ca", "ie", "nz")
            grp = "st" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def eng(self, q: P) -> str:
        """A Hong Kong patient's English first name."""
        for _ in range(20):
            e = self.ch(HK_ENG[q.sex])
            if self._ok([e], False):
                self._take([e])
                return e
        raise Redraw

    def ini(self, q: P, lower: bool = False) -> str:
        s = (_ascii(q.first)[0] + _ascii(q.last.split()[-1].replace("'", ""))[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 7, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def later(self, t: str, lo: int, hi: int) -> str:
        """A time of day ``lo``-``hi`` minutes after ``t`` (hh:mm), wrapping at midnight."""
        h, m = int(t[:2]), int(t[3:])
        v = (h * 60 + m + self.r.randint(lo, hi)) % 1440
        return f"{v // 60:02d}:{v % 60:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places and phones
_PCL = "ABDEFGHJLNPQRSTUWXYZ"
EN_TOWN = [("Rochdale", "OL11", "01706"), ("Stockport", "SK3", "0161"), ("Huddersfield", "HD2", "01484"),
           ("Chesterfield", "S40", "01246"), ("Mansfield", "NG18", "01623"), ("Worksop", "S80", "01909"),
           ("Grantham", "NG31", "01476"), ("Peterborough", "PE1", "01733"), ("Kettering", "NN16", "01536"),
           ("Ipswich", "IP4", "01473"), ("Colchester", "CO3", "01206"), ("Taunton", "TA1", "01823"),
           ("Yeovil", "BA20", "01935"), ("Truro", "TR1", "01872"), ("Barnstaple", "EX31", "01271"),
           ("Carlisle", "CA1", "01228"), ("Darlington", "DL3", "01325"), ("Scunthorpe", "DN15", "01724"),
           ("Walsall", "WS1", "01922"), ("Telford", "TF3", "01952"), ("Gloucester", "GL1", "01452")]
EN_ST = ["Hollins Lane", "Birchfield Avenue", "Sandy Lane", "Coppice Road", "Thornton Grove", "Elmfield Crescent",
         "Ashby Road", "Mill Hey", "Beech Drive", "Kingsway", "Raven Close", "Orchard Rise", "Station Road",
         "Wellington Terrace", "Cromwell Road", "Fernlea Avenue", "Meadow Way", "Park View"]
SC_TOWN = [("Kirkcaldy", "KY1", "01592"), ("Livingston", "EH54", "01506"), ("Motherwell", "ML1", "01698"),
           ("Inverness", "IV2", "01463"), ("Stirling", "FK8", "01786"), ("Kilmarnock", "KA1", "01563"),
           ("Elgin", "IV30", "01343"), ("Dumfries", "DG1", "01387"), ("Perth", "PH1", "01738")]
SC_ST = ["Dunnikier Road", "Howden Road West", "Muirhouse Crescent", "Culduthel Road", "Balmoral Terrace",
         "Glebe Street", "Kirkton Avenue", "Annan Road", "Craigie Drive", "Ballantrae Gardens"]
CY_TOWN = [("Llanelli", "SA15", "01554"), ("Bridgend", "CF31", "01656"), ("Aberystwyth", "SY23", "01970"),
           ("Caernarfon", "LL55", "01286"), ("Pontypridd", "CF37", "01443"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Bangor", "LL57", "01248")]
CY_ST = ["Heol y Felin", "Lôn Las", "Ffordd Caerfyrddin", "Maes y Dref", "Heol Pentre", "Stryd y Castell",
         "Clos y Wern", "Coed Glas Road"]
NI_TOWN = [("Ballymena", "BT43"), ("Omagh", "BT78"), ("Coleraine", "BT52"), ("Portadown", "BT62"),
           ("Downpatrick", "BT30"), ("Dungannon", "BT71"), ("Newtownards", "BT23")]
NI_ST = ["Galgorm Road", "Gortin Road", "Mountsandel Road", "Armagh Road", "Saul Street", "Killyman Road",
         "Comber Road", "Loughview Drive"]


def uk_pc(c: C, outward: str) -> str:
    return f"{outward} {c.ri(1, 9)}{c.ch(_PCL)}{c.ch(_PCL)}"


def uk_street(c: C, streets: list[str]) -> str:
    k = c.ri(0, 5)
    if k == 0:
        return f"Flat {c.ri(1, 14)}, {c.ch(['Marlowe', 'Ashcombe', 'Grosvenor', 'Kestrel', 'Linden'])} Court, " \
               f"{c.ri(2, 80)} {c.ch(streets)}"
    if k == 1:
        return f"{c.ri(1, 40)}{c.ch('AB')} {c.ch(streets)}"
    return f"{c.ri(1, 240)} {c.ch(streets)}"


def uk_mob(c: C, k: int | None = None) -> str:
    a, b, d = c.dig(3), c.dig(3), c.dig(3)
    k = c.ri(0, 4) if k is None else k
    return [f"07{c.ri(4, 9)}{c.dig(2)} {a}{b}", f"+44 7{c.ri(4, 9)}{c.dig(2)} {a} {b}",
            f"+44 (0)7{c.ri(4, 9)}{c.dig(2)} {a}{b}", f"07{c.ri(4, 9)}{c.dig(2)}-{a}-{b}",
            f"0044 7{c.ri(4, 9)}{c.dig(2)} {a}{d}"][k]


def uk_land(c: C, code: str) -> str:
    if code == "028":
        return f"028 {c.ri(25, 97)}{c.dig(2)} {c.dig(4)}"
    if len(code) == 4:
        return f"{code} {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}"
    return f"{code} {c.ri(2, 8)}{c.dig(5)}"


US_CITY = [("Lubbock", "TX", "794", "806"), ("Amarillo", "TX", "791", "806"), ("Gallup", "NM", "873", "505"),
           ("Farmington", "NM", "874", "505"), ("Flagstaff", "AZ", "860", "928"), ("Shreveport", "LA", "711", "318"),
           ("Lafayette", "LA", "705", "337"), ("Spokane", "WA", "992", "509"), ("Boise", "ID", "837", "208"),
           ("Dayton", "OH", "454", "937"), ("Toledo", "OH", "436", "419"), ("Syracuse", "NY", "132", "315"),
           ("Scranton", "PA", "185", "570"), ("Macon", "GA", "312", "478"), ("Greenville", "SC", "296", "864"),
           ("Wichita", "KS", "672", "316"), ("Duluth", "MN", "558", "218"), ("Fargo", "ND", "581", "701"),
           ("Miami", "FL", "331", "305"), ("Brockton", "MA", "023", "508"), ("Chinle", "AZ", "865", "928")]
US_ST = ["W 19th St", "Erskine Rd", "Indiana Ave", "Monroe St", "Cedar Ridge Dr", "Woodlawn Ave", "Hickory Bend Ln",
         "N Grand Blvd", "Pinecrest Ct", "E 3rd Ave", "Brookside Dr", "Old Mill Rd", "Sycamore St", "NW 7th Ave"]


def us_place(c: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, st, z3, area = c.ch(US_CITY)
    k = c.ri(0, 4)
    street = f"{c.ri(100, 9899)} {c.ch(US_ST)}"
    if k == 0:
        street += f" Apt {c.ri(1, 30)}{c.ch('ABCD')}"
    elif k == 1:
        street += f" #{c.ri(101, 418)}"
    z = z3 + c.dig(2)
    if c.r.random() < 0.2:
        z += "-" + c.dig(4)
    return street, city, st, z, area


def us_ph(c: C, area: str, k: int | None = None) -> str:
    ex, ln = f"{c.ri(201, 989)}", c.dig(4)
    k = c.ri(0, 5) if k is None else k
    return [f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"+1 {area} {ex} {ln}",
            f"1-{area}-{ex}-{ln}", f"{area}/{ex}-{ln}"][k]


AU_SUB = [("Dubbo", "NSW", "2830", "02"), ("Wagga Wagga", "NSW", "2650", "02"), ("Penrith", "NSW", "2750", "02"),
          ("Geelong West", "VIC", "3218", "03"), ("Shepparton", "VIC", "3630", "03"), ("Mildura", "VIC", "3500", "03"),
          ("Rockhampton", "QLD", "4700", "07"), ("Mackay", "QLD", "4740", "07"), ("Caboolture", "QLD", "4510", "07"),
          ("Salisbury", "SA", "5108", "08"), ("Whyalla", "SA", "5600", "08"), ("Mandurah", "WA", "6210", "08"),
          ("Joondalup", "WA", "6027", "08"), ("Launceston", "TAS", "7250", "03"), ("Devonport", "TAS", "7310", "03"),
          ("Palmerston", "NT", "0830", "08")]
AU_ST = ["Cobra St", "Fitzroy St", "Bolton Pde", "Wattle Ave", "Banksia Cres", "Boundary Rd", "Paringa Ave",
         "Gladstone Rd", "Sheridan St", "Ocean Rd", "Bluegum Dr", "Kurrajong Way", "Victoria Pde", "Blackwood St"]
AU_REMOTE = [("Galiwinku", "0822"), ("Ramingining", "0822"), ("Yirrkala", "0880"), ("Gapuwiyak", "0880")]


def au_street(c: C) -> str:
    k = c.ri(0, 3)
    if k == 0:
        return f"{c.ri(1, 12)}/{c.ri(2, 90)} {c.ch(AU_ST)}"
    if k == 1:
        return f"Unit {c.ri(1, 20)}, {c.ri(2, 140)} {c.ch(AU_ST)}"
    return f"{c.ri(1, 260)} {c.ch(AU_ST)}"


def au_mob(c: C, k: int | None = None) -> str:
    a, b = c.dig(3), c.dig(3)
    k = c.ri(0, 3) if k is None else k
    return [f"04{c.dig(2)} {a} {b}", f"04{c.dig(2)}-{a}-{b}", f"+61 4{c.dig(2)} {a} {b}", f"04{c.dig(2)}{a}{b}"][k]


def au_land(c: C, area: str) -> str:
    return c.ch([f"({area}) {c.ri(4, 9)}{c.dig(3)} {c.dig(4)}", f"{area} {c.ri(4, 9)}{c.dig(3)} {c.dig(4)}"])


CA_CITY = {"ON": [("Barrie", "L4N", "705"), ("North Bay", "P1B", "705"), ("Timmins", "P4N", "705"),
                  ("Belleville", "K8N", "613"), ("Brantford", "N3T", "519"), ("Kenora", "P9N", "807")],
           "BC": [("Kamloops", "V2C", "250"), ("Nanaimo", "V9R", "250"), ("Kelowna", "V1Y", "250"),
                  ("Chilliwack", "V2P", "604"), ("Surrey", "V3T", "604"), ("Abbotsford", "V2S", "604")],
           "AB": [("Grande Prairie", "T8V", "780"), ("Medicine Hat", "T1A", "403"), ("Fort McMurray", "T9H", "780"),
                  ("Airdrie", "T4B", "403"), ("Wetaskiwin", "T9A", "780"), ("Lac La Biche", "T0A", "780")],
           "NS": [("Sydney", "B1P", "902"), ("Antigonish", "B2G", "902"), ("Yarmouth", "B5A", "902"),
                  ("Bridgewater", "B4V", "902"), ("Kentville", "B4N", "902"), ("Dartmouth", "B2W", "902")]}
CA_ST = ["Lakeshore Dr", "Algonquin Blvd E", "Bayfield St", "Victoria Rd", "Tranquille Rd", "Dufferin Blvd",
         "Main St W", "Ridgewood Cres", "Charlotte St", "Prospect Ave", "Kings Rd", "100 Ave", "Tamarack Way"]
_CAL = "ABCEGHJKLMNPRSTVWXYZ"


def ca_place(c: C, prov: str) -> tuple[str, str, str, str]:
    """(street line, city, postal code, area code)."""
    city, fsa, area = c.ch(CA_CITY[prov])
    n = c.ri(10, 2990)
    street = c.ch([f"{n} {c.ch(CA_ST)}", f"{c.ri(101, 1408)}-{n} {c.ch(CA_ST)}", f"{n} {c.ch(CA_ST)}, Unit {c.ri(1, 30)}"])
    return street, city, f"{fsa} {c.ri(1, 9)}{c.ch(_CAL)}{c.ri(0, 9)}", area


IE_TOWN = [("Tullamore", "Co. Offaly", "R35", "057"), ("Ennis", "Co. Clare", "V95", "065"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Thurles", "Co. Tipperary", "E41", "0504"),
           ("Navan", "Co. Meath", "C15", "046"), ("Dundalk", "Co. Louth", "A91", "042"),
           ("Tuam", "Co. Galway", "H54", "093"), ("Tralee", "Co. Kerry", "V92", "066"),
           ("Clonmel", "Co. Tipperary", "E91", "052"), ("Gorey", "Co. Wexford", "Y25", "053"),
           ("Ballinasloe", "Co. Galway", "H53", "090"), ("Gort", "Co. Galway", "H91", "091")]
IE_ST = ["Ardmore Park", "Cluain Ard", "Bóthar na Trá", "Sli an Mhuilinn", "Friary Road", "Parnell Street",
         "Church View", "Oakfield Drive", "Cnoc na Gréine", "Abbey Court", "Ashgrove Lawn"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_place(c: C) -> tuple[str, str, str, str, str]:
    """(street line, town, county, Eircode, landline code)."""
    town, county, rk, code = c.ch(IE_TOWN)
    st = c.ch([f"{c.ri(1, 88)} {c.ch(IE_ST)}", f"No. {c.ri(1, 60)} {c.ch(IE_ST)}", c.ch(IE_ST)])
    return st, town, county, f"{rk} {''.join(c.ch(_EIR) for _ in range(4))}", code


def ie_mob(c: C, k: int | None = None) -> str:
    p = c.ch(["083", "085", "086", "087", "089"])
    a, b = c.dig(3), c.dig(4)
    k = c.ri(0, 3) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a}{b}", f"+353 {p[1:]} {a} {b}", f"({p}) {a}{b}"][k]


NZ_SUB = [("Ōtara", "Auckland", "2023", "09"), ("Manurewa", "Auckland", "2102", "09"), ("Glen Eden", "Auckland", "0602", "09"),
          ("Frankton", "Hamilton", "3204", "07"), ("Flaxmere", "Hastings", "4120", "06"), ("Naenae", "Lower Hutt", "5011", "04"),
          ("Cannons Creek", "Porirua", "5024", "04"), ("Aranui", "Christchurch", "8061", "03"),
          ("Kaiti", "Gisborne", "4010", "06")]
NZ_ST = ["Bairds Road", "Russell Road", "Great North Road", "Massey Street", "Caernarvon Drive", "Waddington Drive",
         "Wainui Street", "Breezes Road", "Hirini Street", "Kahutia Street", "Te Rehunga Place"]


def nz_mob(c: C, k: int | None = None) -> str:
    p = c.ch(["021", "022", "027", "029"])
    a, b = c.dig(3), c.dig(4)
    k = c.ri(0, 3) if k is None else k
    return [f"{p} {a} {b}", f"{p}-{a}-{b}", f"+64 {p[1:]} {a} {b}", f"{p}{a}{b}"][k]


def nz_land(c: C, area: str) -> str:
    return c.ch([f"({area}) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}", f"{area} {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}"])


IN_CITY = [("Flat {a}, Sai Krupa Apartments, Paud Road", "Kothrud", "Pune", "Maharashtra", "4110{b:02d}"),
           ("B-{a}, Block C", "Sector 62", "Noida", "Uttar Pradesh", "2013{b:02d}"),
           ("{a}/4B, Lake Terrace", "Dhakuria", "Kolkata", "West Bengal", "7000{b:02d}"),
           ("H.No. 8-2-{a}, Road No. 12", "Banjara Hills", "Hyderabad", "Telangana", "5000{b:02d}"),
           ("Plot {a}, Yeshwant Stadium Road", "Dhantoli", "Nagpur", "Maharashtra", "4400{b:02d}"),
           ("House No. {a}, Lane 4", "Vikas Nagar", "Lucknow", "Uttar Pradesh", "2260{b:02d}")]


def in_mob(c: C, k: int | None = None) -> str:
    a, b = f"{c.ri(6, 9)}{c.dig(4)}", c.dig(5)
    k = c.ri(0, 3) if k is None else k
    return [f"+91 {a} {b}", f"{a}{b}", f"0{a}-{b}", f"+91-{a}{b}"][k]


ZA_SUB = [("Soshanguve", "Pretoria", "0152", "012"), ("Mabopane", "Pretoria", "0190", "012"),
          ("Thohoyandou", "Thohoyandou", "0950", "015"), ("Mahikeng", "Mahikeng", "2745", "018"),
          ("Bellville", "Cape Town", "7530", "021"), ("Atlantis", "Cape Town", "7349", "021"),
          ("Elsies River", "Cape Town", "7490", "021"), ("Brandwag", "Bloemfontein", "9301", "051")]
ZA_ST = ["Mmamelodi Street", "Block L Extension 3", "Sibasa Road", "Dr Nelson Mandela Drive", "Voortrekker Road",
         "Reygersdal Drive", "Halt Road", "Paul Kruger Street", "Tlhabane Street"]


def za_cell(c: C, k: int | None = None) -> str:
    p = c.ch(["72", "73", "76", "79", "82", "83", "84"])
    a, b = c.dig(3), c.dig(4)
    k = c.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}-{a}-{b}"][k]


HK_EST = [("Kwong Tin Estate", "Lam Tin"), ("Wah Fu Estate", "Pok Fu Lam"), ("Yau Oi Estate", "Tuen Mun"),
          ("Sau Mau Ping Estate", "Kwun Tong"), ("Tin Yiu Estate", "Tin Shui Wai"), ("Lek Yuen Estate", "Sha Tin")]
HK_REGION = {"Lam Tin": "Kowloon", "Kwun Tong": "Kowloon", "Pok Fu Lam": "Hong Kong Island", "Tuen Mun": "New Territories",
             "Tin Shui Wai": "New Territories", "Sha Tin": "New Territories"}


def hk_ph(c: C, mobile: bool = True, k: int | None = None) -> str:
    a = (c.ch("569") if mobile else c.ch("23")) + c.dig(3)
    b = c.dig(4)
    k = c.ri(0, 2) if k is None else k
    return [f"{a} {b}", f"+852 {a} {b}", f"{a}{b}"][k]


PH_CITY = [("Antipolo City", "Rizal", "1870"), ("Dasmariñas", "Cavite", "4114"), ("Calamba", "Laguna", "4027"),
           ("Malolos", "Bulacan", "3000"), ("Lipa City", "Batangas", "4217")]
PH_BRGY = ["Brgy. Dela Paz", "Brgy. Mambog", "Brgy. Sampaloc IV", "Brgy. Halang", "Brgy. Sumulong", "Brgy. Bulihan"]


def ph_mob(c: C, k: int | None = None) -> str:
    p = c.ch(["917", "918", "927", "939", "995", "998"])
    a, b = c.dig(3), c.dig(4)
    k = c.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+63 {p} {a} {b}", f"0{p}-{a}-{b}"][k]


# ------------------------------------------------------------------------------ England (8)
EN_WARDS = ["Ward 23 (Respiratory)", "AMU Bay C", "Ward 7 (Gastro)", "Surgical Ward 14", "Ward 31 (Care of Elderly)",
            "Orthopaedic Ward 9", "Ward 4 (Renal)", "SAU"]


def en_ccot_call(c: C) -> Note:
    """Critical care outreach call record: ward referral, NEWS2, bedside response and escalation decision."""
    q = c.pat()
    dob, age = c.dob(42, 94)
    nhs, hosp = nhs_no(c.r), f"{c.ch('JKLMW')}{c.dig(6)}"
    sn, reg, ccot = c.staff(), c.staff(), c.staff("f")
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.6)
    news, rr, spo2, hr = c.ri(6, 10), c.ri(25, 34), c.ri(84, 91), c.ri(108, 138)
    c.t("CRITICAL CARE OUTREACH TEAM (CCOT) - CALL RECORD\n")
    t0 = c.tm(0, 23)
    c.t("Date of call: ").d(c.today, c.ch(["dmy", "dot"])).t(f"     Time received: {t0}     Seen: {c.later(t0, 8, 28)}\n")
    c.t("Referred by: SN ").nm(sn.fl).t(f" ({c.ch(EN_WARDS)})     Contact: Ascom ").p("PHONE", str(c.ri(40000, 49999))).t("\n")
    c.t("Patient: ").nm(q.LF).t("     Unit no: ").p("ID", hosp).t("     NHS: ").p("ID", sp3(nhs)).t("\n")
    c.t("DOB: ").d(dob, "DMONY").t("     Age: ").age(age).t("\n")
    c.t("Trigger: NEWS2 ").c(str(news)).t(" - RR ").c(str(rr)).t(", SpO2 ").c(f"{spo2}%").t(" on ")
    c.c(c.ch(["4 L/min NC", "28% Venturi", "35% Venturi", "15 L NRB"])).t(", HR ").c(str(hr)).t(", BP ")
    c.c(f"{c.ri(78, 99)}/{c.ri(40, 58)}").t(", T ").c(c.fv(38.1, 39.6)).t(c.ch([", new confusion", ", alert", ", V on ACVPU"]) + "\n")
    c.t(f"Background: {c.ch(['COPD (home O2 nil)', 'T2DM, CKD 3b', 'IHD, AF on apixaban', 'alcohol excess'])}; admitted ")
    c.d(c.dt(-6, -1), c.ch(["dsh", "ordsh"])).t(f" with {c.ch(['CAP', 'biliary sepsis', 'IECOPD', 'pyelonephritis'])}.\n")
    c.t("ABG: pH ").c(c.fv(7.21, 7.34, 2)).t("  pCO2 ").c(f"{c.fv(4.1, 9.4)} kPa").t("  pO2 ").c(f"{c.fv(6.6, 8.4)} kPa")
    c.t("  HCO3 ").c(c.fv(16, 29)).t("  lactate ").c(c.fv(2.4, 6.2)).t("\n")
    c.t("Actions: sepsis six; ").c(c.ch(["co-amoxiclav 1.2 g IV", "piperacillin-tazobactam 4.5 g IV", "meropenem 1 g IV"]))
    c.t("; ").c(f"{c.ch([250, 500])} mL Hartmann's").t(" bolus x2; catheterised, UO ").c(f"{c.ri(10, 25)} mL/h").t(".\n")
    c.t("Discussed with Dr ").nm(reg.f_l).t(f" (ICU ST{c.ri(4, 7)}), reviewed at bedside. ")
    if c.r.random() < 0.5:
        c.t("TEP: for full escalation. Accepted to ICU bed 6.\n")
    else:
        c.t("ReSPECT: ward-based care + NIV, not for intubation. NIV started, IPAP ").c("16").t(" / EPAP ").c("5").t(".\n")
    c.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.first).t(" updated by phone (").p("PHONE", uk_mob(c)).t(").\n")
    c.t("CCOT: ").nm(ccot.fl).t(", Sister     Re-review due in 1 h\n")
    return c.build(_fhir(q, dob, [("nhs", nhs), ("unit", hosp)]))


def en_icu_admission(c: C) -> Note:
    """ICU admission note by the ICM registrar (prose history, organ support started, NOK and GP)."""
    q = c.pat()
    dob, age = c.dob(19, 92)
    town, _outw, _code = c.ch(EN_TOWN)
    nhs, hosp = nhs_no(c.r), f"RX{c.dig(7)}"
    reg, ed, cons, gp = c.staff(), c.staff(), c.staff(), c.staff()
    if age >= 48:
        ks = c.ch("mf")
        kid = c.rel(q, ks, same=ks == "m" or c.r.random() < 0.5)
        kt = "son" if kid.sex == "m" else "daughter"
    else:
        kid = c.rel(q, same=True)
        kt = "father" if kid.sex == "m" else "mother"
    d = c.today
    c.t("ADULT CRITICAL CARE - ADMISSION NOTE\n")
    c.t(f"{c.wd(d)} ").d(d, c.ch(["long", "ordl"])).t(f", {c.tm(0, 23)}. Clerked by Dr ").nm(reg.fl).t(" (ICM StR)\n")
    c.t(f"{q.title} ").nm(q.fL).t(", ").age(age).t("y, hosp no ").p("ID", hosp).t(", NHS ").p("ID", nhs)
    c.t(", DOB ").d(dob, "dot").t("\n")
    c.t("Referred from ED resus by Dr ").nm(ed.fi).t(" (EM consultant).\n")
    c.t(f"HPC: found on the floor by {q.his} {kt} ").nm(kid.first).t(" at home in ").p("ADDRESS", town)
    c.t(f", last seen well the evening before. {c.ch(['3/7 of productive cough', 'vomiting for 2/7', '1/52 of dysuria and rigors'])}.\n")
    c.t("On arrival: GCS ").c(f"{c.ri(7, 12)}").t(" (E2 V3 M5), HR ").c(f"{c.ri(118, 150)}").t(" AF, BP ")
    c.c(f"{c.ri(70, 88)}/{c.ri(35, 50)}").t(", MAP ").c(f"{c.ri(48, 60)}").t(", RR ").c(f"{c.ri(28, 40)}")
    c.t(", SpO2 ").c(f"{c.ri(82, 90)}%").t(" on 15 L, T ").c(c.fv(34.8, 39.8)).t("\n")
    c.t("Bloods: Hb ").c(str(c.ri(82, 140))).t(", WCC ").c(c.fv(1.1, 28)).t(", CRP ").c(str(c.ri(90, 420)))
    c.t(", Cr ").c(str(c.ri(140, 460))).t(", K ").c(c.fv(3.1, 6.4)).t(", lactate ").c(c.fv(3.0, 9.5)).t("\n")
    c.t("RSI in resus: ").c(f"ketamine {c.ch([80, 100, 120])} mg").t(", ").c(f"rocuronium {c.ch([70, 80, 100])} mg")
    c.t("; grade 1 view, 8.0 ETT at ").c("23 cm").t(". Now on ").c(f"propofol 1% {c.ri(10, 20)} mL/h").t(", ")
    c.c(f"noradrenaline {c.fv(0.08, 0.45, 2)} mcg/kg/min").t(".\n")
    c.t("Vent: PC-AC, FiO2 ").c(c.fv(0.4, 0.9, 2)).t(", PEEP ").c(str(c.ri(5, 12))).t(", Pinsp ").c(str(c.ri(16, 26)))
    c.t(", RR ").c(str(c.ri(14, 24))).t(". APACHE II ").c(str(c.ri(14, 34))).t(".\n")
    c.t(f"NOK: {kt} ").nm(kid.fl).t(" ").p("PHONE", uk_mob(c)).t(". GP: Dr ").nm(gp.f_l).t(", ")
    c.p("ADDRESS", town).t(".\n")
    c.t("Discussed with Dr ").nm(cons.last).t(" (consultant intensivist), who agrees with plan above.\n")
    return c.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def en_icu_diary(c: C) -> Note:
    """Patient diary kept at the bedside by nurses and family, written to the patient."""
    q = c.pat()
    dob, _age = c.dob(25, 80)
    n1, n2, phy = c.staff("f"), c.staff(), c.staff()
    kid = c.rel(q, "f", same=c.r.random() < 0.6)
    gk = c.rel(q, same=False)
    d0 = c.dt(-20, -8)
    d1, d2, d3 = d0 + timedelta(days=1), d0 + timedelta(days=c.ri(3, 4)), d0 + timedelta(days=c.ri(6, 8))
    c.t("MY ICU DIARY\n")
    c.t("This diary belongs to: ").nm(q.fl).t("     Bed ").t(str(c.ri(1, 16))).t(", General Critical Care\n")
    c.t("Started by ").nm(n1.fl).t(", staff nurse, on ").d(d0, "dmy2").t("\n\n")
    c.t(f"{c.wd(d1)} ").d(d1, c.ch(["ordm", "ofm"])).t("\n")
    c.t("Hello ").nm(q.first).t(", my name is ").nm(n1.first).t(" and I am looking after you today. You came to us "
                                                               "last night from theatre. You are asleep and a "
                                                               "machine is helping you breathe; we turned your "
                                                               "oxygen down to ").c(f"{c.ri(35, 50)}%").t(" this afternoon.\n")
    c.t("- ").nm(n1.first).t(" (your nurse)\n\n")
    c.t(f"{c.wd(d2)} ").d(d2, c.ch(["ordm", "ofm", "dmo"])).t("\n")
    c.t(f"{'Dad' if q.sex == 'm' else 'Mum'}, it's ").nm(kid.first).t(". ").nm(gk.first)
    c.t(" drew you a picture - it's on the wall next to the monitor. The doctors say your kidneys are "
        "working a bit better and your temperature was ").c(c.fv(37.2, 38.4)).t(" today. Love you xx\n\n")
    c.t(f"{c.wd(d3)} ").d(d3, "dotdm").t("\n")
    c.t("Big day! The breathing tube came out at lunchtime. Physio ").nm(phy.first)
    c.t(" sat you on the edge of the bed for ").c(f"{c.ri(4, 12)} minutes").t(". You asked for a cup of tea. - ")
    c.nm(n2.fl).t("\n")
    return c.build(_fhir(q, dob, []))


def en_relatives_meeting(c: C) -> Note:
    """Record of a discussion with the family in the relatives' room."""
    q = c.pat("f" if c.r.random() < 0.5 else "m")
    dob, age = c.dob(55, 96)
    mrn = f"{c.dig(3)}{c.ch('ABCDEFGHJ')}{c.dig(4)}"
    cons, rn = c.staff(), c.staff("f")
    da = c.rel(q, "f", same=False)
    sil = c.rel(q, "m", same=False)
    gd = c.rel(q, "f", same=True)
    ddmm = c.dt(-6, -3)
    c.t("RECORD OF DISCUSSION WITH FAMILY / NOK\n")
    c.t("Date: ").d(c.today, "dmy1").t(f"   Time: {c.tm(10, 19)}   Place: relatives' room, ICU\n")
    c.t(f"Patient: {q.title} ").nm(q.fL).t(" (").age(age).t(")   MRN ").p("ID", mrn).t("\n")
    c.t("Present: Dr ").nm(cons.fl).t(" (Consultant, ICM); ").nm(rn.fl).t(" (bedside RN); ").nm(da.fl)
    c.t(" (daughter); ").nm(sil.fl).t(" (son-in-law); ").nm(gd.first).t(" (granddaughter, joined by video: ")
    c.p("URL", f"https://virtualvisit.nhs.uk/wr/{c.tok(12)}").t(")\n")
    c.t("Update given: day ").c(str(c.ri(6, 14))).t(" on ICU. Remains on ").c(f"noradrenaline {c.fv(0.2, 0.5, 2)} mcg/kg/min")
    c.t(" and ").c("vasopressin 0.03 units/min").t("; CVVHDF since ").d(ddmm, "ddmm").t("; P/F ratio ")
    c.c(f"{c.fv(9, 18)} kPa").t("; SOFA ").c(str(c.ri(11, 16))).t(".\n")
    c.t(f"Family understand {q.he} is very unwell and that {q.he} would not want prolonged life support "
        f"(\"{q.he} always said no machines\").\n")
    c.t("Outcome: ReSPECT completed - not for CPR; continue current support, no escalation (no tracheostomy, no "
        "further vasopressors). Review together in 48 h.\n")
    c.t("Main contact: ").nm(da.first).t(" on ").p("PHONE", uk_mob(c)).t(" - happy to be called overnight.\n")
    c.t("Signed: ").nm(cons.fi).t(", Consultant   GMC ").p("ID", gmc_no(c.r)).t("\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def en_vent_chart(c: C) -> Note:
    """Hourly ventilation and sedation chart extract with the bedside nurses' initials, SAT / SBT and extubation."""
    q = c.pat()
    dob, _age = c.dob(30, 85)
    hosp = f"{c.ch('AHKT')}{c.dig(7)}"
    n1, n2, reg = c.staff(), c.staff(), c.staff()
    i1, i2 = c.ini(n1), c.ini(n2)
    d = c.today
    wt = c.ri(58, 110)
    c.t(f"GENERAL ICU - VENTILATION & SEDATION CHART (extract)     Bed {c.ri(1, 18)}\n")
    c.t("Name: ").nm(q.fL).t("   Hosp no: ").p("ID", hosp).t("   DOB: ").d(dob, "dmy").t("   Wt ").c(f"{wt} kg").t("\n")
    c.t(f"{c.wd(d)} ").d(d, "long").t("   Sedation target RASS ").c(c.ch(["-1 to 0", "0", "-2 to -1"])).t("\n")
    c.t("Time   Mode    FiO2  PEEP  Pinsp  Vte   RR  SpO2  RASS  CPOT  Prop mg/h  Fent mcg/h  Sign\n")
    fio2, peep = c.ri(35, 50), c.ri(6, 10)
    for k, h in enumerate(["08:00", "10:00", "12:00"]):
        c.t(f"{h}  {'PC-AC ' if k < 2 else 'PSV   '}  ").c(f"0.{fio2 - 5 * k:02d}").t("  ").c(str(max(peep - 2 * k, 5)))
        c.t("    ").c(str(c.ri(14, 22) if k < 2 else c.ri(6, 10))).t("     ").c(str(c.ri(380, 520))).t("  ")
        c.c(str(c.ri(14, 24))).t("  ").c(str(c.ri(93, 99))).t("    ").c(c.ch(["-3", "-2"]) if k == 0 else c.ch(["0", "-1"]))
        c.t("    ").c(str(c.ri(0, 2))).t("     ").c(str(c.ch([150, 120, 100]) if k == 0 else 0)).t("        ")
        c.c(str(c.ch([75, 50]) if k < 2 else 25)).t("          ").nm(i1 if k < 2 else i2).t("\n")
    c.t("09:30 SAT - propofol off; RASS ").c("0").t(" at 10:15, CAM-ICU ").c("negative").t(".\n")
    c.t("10:30 SBT PS ").c("8").t(" / PEEP ").c("5").t(" for 30 min - passed, RSBI ").c(str(c.ri(45, 90))).t(".\n")
    c.t(f"{c.tm(12, 14)} extubated by Dr ").nm(reg.fi).t(" to ").c("2 L NC").t("; cough strong.\n")
    c.t("Bedside RN: ").nm(n1.fl).t(" (").nm(i1).t(") / ").nm(n2.fl).t(" (").nm(i2).t(")\n")
    return c.build(_fhir(q, dob, [("hosp", hosp)]))


def en_stepdown(c: C) -> Note:
    """Critical care discharge (step-down) summary to the ward with a rehabilitation prescription."""
    q = c.pat()
    dob, age = c.dob(35, 91)
    nhs, hosp = nhs_no(c.r), f"{c.dig(2)}{c.ch('ABCDE')}{c.dig(5)}"
    phy, fu, dr = c.staff(), c.staff("f"), c.staff()
    a = c.dt(-22, -14)
    tr = a + timedelta(days=c.ri(5, 8))
    dc = tr + timedelta(days=c.ri(4, 7))
    c.t(f"CRITICAL CARE DISCHARGE SUMMARY - to {c.ch(['Ward 5B', 'Ward 12', 'Respiratory HDU', 'Ward 20 (Surgical)'])}\n")
    c.t("Name: ").nm(q.fl).t("   Hospital No: ").p("ID", hosp).t("   NHS No: ").p("ID", nhs).t("   DOB: ")
    c.d(dob, "dmy1").t("   Age ").age(age).t("\n")
    c.t("Admitted to ICU: ").d(a, "shyy").t("   Discharged: ").d(c.today, "shyy").t("\n")
    c.t(f"Reason: {c.ch(['type 1 RF - COVID pneumonitis', 'perforated sigmoid, Hartmann procedure', 'urosepsis with AKI 3', 'aspiration pneumonia'])}\n")
    c.t("Organ support: advanced respiratory ").c(f"{(dc - a).days} days").t(" (trache ").d(tr, "ddmm").t(", decannulated ")
    c.d(dc, "ddmm").t("); CV ").c(f"{c.ri(2, 5)} days").t("; renal nil.\n")
    c.t("Now: ").c("2 L NC").t(", SpO2 ").c("94-96%").t(", HR ").c(str(c.ri(70, 98))).t(", BP ").c(f"{c.ri(110, 145)}/{c.ri(60, 85)}").t("\n")
    c.t("Meds of note: ").c("enoxaparin 40 mg OD").t(", ").c("pantoprazole 40 mg OD").t(", ").c("quetiapine 12.5 mg nocte")
    c.t(" (delirium - wean and stop before discharge).\n")
    c.t("Rehab prescription: MRC sum score ").c(f"{c.ri(30, 48)}/60").t(", CPAx ").c(str(c.ri(18, 34)))
    c.t("; sit out daily, walking frame. Physio ").nm(phy.fl).t(".\n")
    c.t("Outreach to review within 12 h of step-down (CCOT ext ").p("PHONE", str(c.ri(20000, 29999))).t(").\n")
    c.t("ICU follow-up clinic at 8-12 weeks - ").nm(fu.fl).t(", ICU follow-up nurse, ").p("EMAIL", fu.mail("nhs.net", c.ri(0, 4))).t("\n")
    c.t("Discharging clinician: Dr ").nm(dr.fi).t(f", ST{c.ri(3, 6)} ICM\n")
    return c.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def en_followup_letter(c: C) -> Note:
    """Post-ICU follow-up clinic letter to the GP, copied to the patient."""
    q = c.pat()
    dob, _age = c.dob(28, 80)
    town, outw, code = c.ch(EN_TOWN)
    nhs = nhs_no(c.r)
    gp, cons = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.6)
    seen = c.today - timedelta(days=c.ri(2, 6))
    adm = c.today - timedelta(days=c.ri(80, 120))
    c.t("Intensive Care Follow-up Clinic\nSecretary: ").p("PHONE", uk_land(c, code)).t("\n")
    c.t("Dictated: ").d(seen, "dmy").t("   Typed: ").d(c.today, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fi).t("\n").t(c.ch(["Brookside Surgery", "The Health Centre", "Parkway Medical Practice"]) + "\n\n")
    c.t("Dear Dr ").nm(gp.last).t("\n\n")
    c.t(f"Re: {q.title} ").nm(q.fl).t(", DOB ").d(dob, "ordl").t(", NHS ").p("ID", f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}").t("\n")
    c.p("ADDRESS", uk_street(c, EN_ST)).t(", ").p("ADDRESS", town).t(" ").p("ZIP", uk_pc(c, outw)).t("\n\n")
    c.t(f"I saw {q.title} ").nm(q.last).t(f" with {q.his} {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first)
    c.t(" in clinic on ").d(seen, "dmo").t(", some weeks after an ICU admission on ").d(adm, "dmy2")
    c.t(f" with {c.ch(['severe pancreatitis', 'ARDS after influenza A', 'meningococcal sepsis', 'DKA and aspiration'])}.\n")
    c.t("Physical: 6MWT ").c(f"{c.ri(180, 420)} m").t(", grip ").c(f"{c.ri(14, 34)} kg").t("; still breathless on stairs.\n")
    c.t("Psychological: HADS-A ").c(str(c.ri(6, 15))).t(", HADS-D ").c(str(c.ri(4, 13))).t("; IES-R ").c(str(c.ri(20, 48)))
    c.t(" (intrusive memories of the ventilator) - referred to clinical psychology.\n")
    c.t("Cognition: MoCA ").c(f"{c.ri(21, 29)}/30").t(". EQ-5D-5L VAS ").c(str(c.ri(35, 80))).t(".\n")
    c.t("Tracheostomy scar healed; voice hoarse - I have asked ENT to see. Please continue ")
    c.c(c.ch(["sertraline 50 mg OD", "mirtazapine 15 mg nocte", "apixaban 5 mg BD"])).t(".\n\n")
    c.t("Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant in Intensive Care Medicine\ncc: ")
    c.t(f"{q.title} ").nm(q.fl).t(" (patient)\n")
    return c.build(_fhir(q, dob, [("nhs", nhs)]))


def en_network_transfer(c: C) -> Note:
    """Adult critical care network inter-hospital transfer form (capacity transfer)."""
    q = c.pat()
    dob, _age = c.dob(24, 86)
    nhs, hosp = nhs_no(c.r), f"{c.dig(8)}"
    doc, odp, acc = c.staff(), c.staff(), c.staff()
    nok = c.rel(q, same=c.r.random() < 0.5)
    if nok.last == q.last:
        rel = "brother" if nok.sex == "m" else c.ch(["sister", "mother"])
    else:
        rel = "partner"
    c.t("ADULT CRITICAL CARE ODN - INTER-HOSPITAL TRANSFER RECORD\n")
    c.t("Transfer ID: ").p("ID", f"ACC-{c.today.year % 100}-{c.dig(5)}").t("   Reason: capacity (non-clinical)   Level ")
    c.c("3").t("\n")
    t0 = c.tm(8, 20)
    c.t("Date: ").d(c.today, "iso").t(f"   Depart {t0}   Arrive {c.later(t0, 35, 140)}\n")
    c.t("Patient name: ").nm(q.fl).t("   DOB: ").d(dob, "dMony").t("   NHS no: ").p("ID", nhs).t("   Hosp no: ")
    c.p("ID", hosp).t("\n")
    c.t("Diagnosis: ").t(c.ch(["pneumococcal pneumonia", "post-op anastomotic leak", "alcohol-related pancreatitis"]))
    c.t("; ICU day ").c(str(c.ri(2, 9))).t("\n")
    c.t("Vent: ").c(c.ch(["BIPAP", "PC-AC", "VC-AC"])).t("  FiO2 ").c(c.fv(0.35, 0.6, 2)).t("  PEEP ").c(str(c.ri(6, 12)))
    c.t("  Pinsp ").c(str(c.ri(16, 26))).t("  RR ").c(str(c.ri(14, 22))).t("  Vte ").c(f"{c.ri(380, 520)} mL").t("\n")
    c.t("Infusions: ").c(f"propofol 2% {c.ri(8, 18)} mL/h").t(", ").c(f"alfentanil {c.fv(0.5, 2.0)} mg/h").t(", ")
    c.c(f"noradrenaline {c.ri(4, 16)} mcg/min").t("\n")
    c.t("Lines: R IJ CVC, L radial art line, NGT, urinary catheter. MRSA screen ").c("negative").t(".\n")
    c.t("Transfer team: Dr ").nm(doc.f_l).t(f" (ST{c.ri(4, 7)} anaesthesia), ODP ").nm(odp.fl).t("\n")
    c.t("NOK informed: ").nm(nok.fl).t(f" ({rel}) ").p("PHONE", uk_mob(c)).t(" - aware of destination unit.\n")
    c.t("Accepting consultant: Dr ").nm(acc.fl).t("   Receiving unit tel ").p("PHONE", uk_land(c, c.ch(EN_TOWN)[2])).t("\n")
    return c.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


# ------------------------------------------------------------------------------ Scotland (2), Wales (1), Northern Ireland (1)
def sc_daily_review(c: C) -> Note:
    """Consultant-led daily ICU ward round review, systems-based, with CHI."""
    q = c.pat()
    dob, age = c.dob(30, 93)
    chi = chi_no(c.r, dob, q.sex)
    town = c.ch(SC_TOWN)[0]
    cons, reg, rn = c.staff(), c.staff(), c.staff("f")
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.6)
    day = c.ri(3, 11)
    c.t(f"ICU WARD ROUND - Day {day}     ").d(c.today, "dmy").t("\n")
    c.t("Consultant: Dr ").nm(cons.f_l).t("   Registrar: Dr ").nm(reg.fi).t("   Nurse: ").nm(rn.first).t("\n")
    c.t(f"Bed {c.ri(1, 12)}: ").nm(q.FL).t(" (").age(age).t(f"{q.sex.upper()})   CHI ").p("ID", chi).t("\n")
    c.t(f"Problems: 1. {c.ch(['faecal peritonitis post laparotomy', 'severe CAP (Strep pneumoniae)', 'necrotising pancreatitis'])}"
        "  2. AKI  3. delirium\n")
    c.t("A/B: ETT, SIMV-PS, FiO2 ").c(c.fv(0.3, 0.5, 2)).t(", PEEP ").c(str(c.ri(5, 10))).t(", P/F ")
    c.c(f"{c.fv(22, 38)} kPa").t("; secretions moderate, thick.\n")
    c.t("C: ").c(f"noradrenaline {c.fv(0.02, 0.15, 2)} mcg/kg/min").t(" (weaning); lactate ").c(c.fv(0.9, 2.2))
    c.t("; balance ").c(f"+{c.fv(0.3, 2.4)} L").t(".\n")
    c.t("D: RASS ").c(c.ch(["+1", "0", "-1"])).t(", CAM-ICU ").c("positive").t(" -> ").c(f"dexmedetomidine {c.fv(0.4, 1.0)} mcg/kg/h")
    c.t("; CPOT ").c(str(c.ri(0, 3))).t(".\n")
    c.t("E/G: NG feed ").c(f"{c.ri(40, 70)} mL/h").t("; glucose ").c(f"{c.fv(6, 11)} mmol/L").t(" on ").c(f"Actrapid {c.ri(1, 4)} units/h").t(".\n")
    c.t("R: urea ").c(c.fv(12, 28)).t(", creat ").c(str(c.ri(140, 320))).t(", UO ").c(f"{c.fv(0.3, 0.9)} mL/kg/h").t(" - no RRT today.\n")
    c.t("I: T ").c(c.fv(36.9, 38.6)).t(", CRP ").c(str(c.ri(80, 260))).t(" (falling), ").c("Tazocin 4.5 g 8-hourly")
    c.t(f" day {c.ri(3, 6)}/7.\n")
    c.t(f"Social: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(" travelling daily from ").p("ADDRESS", town)
    c.t("; updated by Dr ").nm(cons.last).t(" by phone, ").p("PHONE", uk_mob(c)).t(".\n")
    c.t("Plan: SBT tomorrow if FiO2 <0.4; consider trache day 10; physio x2.\n")
    return c.build(_fhir(q, dob, [("chi", chi)]))


def sc_retrieval(c: C) -> Note:
    """Emergency medical retrieval tasking record from a rural general hospital to a regional ICU."""
    q = c.pat()
    dob, age = c.dob(18, 90)
    chi = chi_no(c.r, dob, q.sex)
    town = c.ch(SC_TOWN)[0]
    ref, cons, rp = c.staff(), c.staff(), c.staff()
    nok = c.rel(q, same=c.r.random() < 0.5)
    nt = ("father" if nok.sex == "m" else "mother") if nok.last == q.last else "partner"
    t0 = c.tm(0, 23)
    c.t("EMERGENCY MEDICAL RETRIEVAL SERVICE - TASKING & CLINICAL RECORD\n")
    c.t("Mission no: ").p("ID", f"EMRS{c.today.year % 100}-{c.dig(4)}").t("   Tasked: ").d(c.today, "dmy1")
    c.t(f" {t0}   Platform: rotary wing\n")
    c.t("Referring clinician: Dr ").nm(ref.fl).t(" (rural GP/ED), tel ").p("PHONE", uk_land(c, c.ch(["01397", "01851", "01595", "01856", "01470"]))).t("\n")
    c.t("Patient: ").nm(q.FL).t(f"   {q.sex.upper()}   Age ").age(age).t("   CHI: ").p("ID", chi).t("\n")
    c.t("Lives in: ").p("ADDRESS", town).t(" (on holiday in the area)\n")
    c.t(f"Dx: {c.ch(['fall from height - chest trauma, L haemopneumothorax', 'status epilepticus, aspiration', 'severe asthma, exhaustion'])}\n")
    c.t("At referral: GCS ").c(str(c.ri(6, 14))).t(", HR ").c(str(c.ri(105, 140))).t(", BP ").c(f"{c.ri(85, 130)}/{c.ri(45, 80)}")
    c.t(", SpO2 ").c(f"{c.ri(84, 94)}%").t(" on ").c("15 L").t("\n")
    c.t("Team: Dr ").nm(cons.f_l).t(" (retrieval consultant), ").nm(rp.fl).t(" (retrieval practitioner)\n")
    c.t("RSI: ").c(f"ketamine {c.ri(1, 2)} mg/kg").t(", ").c("rocuronium 1 mg/kg").t("; transport vent FiO2 ").c(c.fv(0.5, 1.0, 1))
    c.t(", PEEP ").c(str(c.ri(5, 10))).t(", Vt ").c(f"{c.ri(400, 520)} mL").t(", EtCO2 ").c(f"{c.fv(4.2, 5.6)} kPa").t("\n")
    c.t(f"NOK: {nt} ").nm(nok.fl).t(", ").p("PHONE", uk_mob(c)).t(" - travelling by road, aware of destination ICU.\n")
    c.t(f"Handover to receiving ICU team at {c.later(t0, 150, 260)}.\n")
    return c.build(_fhir(q, dob, [("chi", chi)]))


def cy_outreach_handover(c: C) -> Note:
    """Outreach-to-Hospital at Night handover list: three ward patients in a pasted table."""
    d = c.today
    ccot, hn, reg = c.staff(), c.staff(), c.staff()
    c.t("CCOT -> H@N NIGHT HANDOVER   ").t(c.wd(d, True) + " ").d(d, "dot2").t("   20:00\n")
    c.t("From: ").nm(ccot.fl).t(" (CCOT)   To: ").nm(hn.fl).t(" (H@N practitioner), bleep ").p("PHONE", str(c.ri(2000, 2999))).t("\n")
    c.t("Bed     Patient                    Hosp no    Age  Issue                          NEWS2  Plan\n")
    first: tuple[P, date] | None = None
    rows = [("ICU step-down, trache in situ", "2-hrly obs; call if FiO2 >"),
            ("post-op AKI, UO ", "fluid chart; K+ "),
            ("CAP on HFNC ", "ABG at 23:00; NIV if pH <")]
    for k, (issue, plan) in enumerate(rows):
        q = c.pat()
        dob, age = c.dob(40, 95)
        hosp = f"{c.ch('GMBX')}{c.dig(6)}"
        if first is None:
            first = (q, dob)
        bed = f"{['W2', 'W7', 'AMU'][k]}-{c.ri(1, 28):<3d}"
        c.t(f"{bed:<8}").nm(q.LF).t(" " * max(1, 27 - len(q.LF))).p("ID", hosp).t("    ").age(age).t("   ")
        if k == 0:
            c.t(issue + "  ").c(str(c.ri(3, 5))).t("      " + plan).c("0.4").t("\n")
        elif k == 1:
            c.t(issue).c(f"{c.ri(10, 25)} mL/h").t("          ").c(str(c.ri(4, 6))).t("      " + plan).c(f"{c.fv(5.6, 6.3)}").t(" at 22:00\n")
        else:
            c.t(issue).c(f"{c.ri(40, 60)} L {c.ri(40, 60)}%").t("       ").c(str(c.ri(5, 7))).t("      " + plan).c("7.30").t("\n")
    c.t("ICU reg on call: Dr ").nm(reg.last).t(", ext ").p("PHONE", str(c.ri(43000, 43999))).t(". Outreach back 08:00.\n")
    assert first is not None
    return c.build(_fhir(first[0], first[1], []))


def ni_discharge_letter(c: C) -> Note:
    """Letter to the GP after hospital discharge following critical illness (rehabilitation needs)."""
    q = c.pat()
    dob, _age = c.dob(30, 84)
    town, outw = c.ch(NI_TOWN)
    hc = hc_no(c.r)
    gp, cons, co = c.staff(), c.staff(), c.staff("f")
    a = c.today - timedelta(days=c.ri(30, 50))
    b = a + timedelta(days=c.ri(6, 18))
    h = b + timedelta(days=c.ri(7, 20))
    c.t("Critical Care Unit\nInformation for GP following discharge after critical illness\n\n")
    c.t("Date: ").d(c.today, "long").t("\n")
    c.t(f"Patient: {q.title} ").nm(q.fl).t("     H&C No: ").p("ID", c.ch([hc, sp3(hc)])).t("     DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").p("ADDRESS", uk_street(c, NI_ST)).t(", ").p("ADDRESS", town).t(", ").p("ZIP", uk_pc(c, outw)).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t("\n\n")
    c.t("ICU stay: ").d(a, "dsh").t(" to ").d(b, "sh").t("; home from hospital ").d(h, "dmy1").t(".\n")
    c.t(f"Admitted with {c.ch(['septic shock secondary to a liver abscess', 'Guillain-Barre syndrome needing ventilation', 'severe COVID-19 pneumonitis'])}; "
        "ventilated for ").c(f"{c.ri(4, 15)} days").t(".\n")
    c.t("Problems we found before discharge (NICE CG83 assessment):\n")
    c.t(" - ICU-acquired weakness: MRC sum score ").c(f"{c.ri(36, 52)}/60").t("; walks with a stick.\n")
    c.t(" - Swallow: IDDSI level ").c(c.ch(["6", "7"])).t(" diet, SLT review complete.\n")
    c.t(" - Mood/sleep: PHQ-9 ").c(str(c.ri(5, 16))).t("; nightmares. Started ").c("mirtazapine 15 mg nocte").t(".\n")
    c.t("Please review renal function in 2 weeks (creatinine at discharge ").c(f"{c.ri(95, 160)} umol/L").t(").\n")
    c.t("We will invite them to our follow-up clinic at 3 months. Rehab co-ordinator: ").nm(co.fl)
    c.t(", ").p("PHONE", uk_land(c, "028")).t("\n\n")
    c.t("Dr ").nm(cons.fl).t(", Consultant in Critical Care\n")
    return c.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ United States (10)
def pub_ip(c: C) -> str:
    return f"{c.ch([23, 45, 63, 68, 71, 73, 96, 98, 104, 107, 142, 162, 173, 184, 199, 208])}.{c.ri(1, 254)}." \
           f"{c.ri(0, 254)}.{c.ri(1, 254)}"


def us_mrn(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(7)}", f"{c.dig(3)}-{c.dig(2)}-{c.dig(2)}"])


def us_micu_hp(c: C) -> Note:
    """MICU admission history and physical: ARDS on lung-protective ventilation, surrogate and PCP."""
    q = c.pat()
    dob, age = c.dob(22, 95)
    street, city, st, z, area = us_place(c)
    mrn, csn = us_mrn(c), c.dig(10)
    att, fel, pcp = c.staff(), c.staff(), c.staff()
    hcp = c.rel(q, "f", same=c.r.random() < 0.6)
    c.t("MICU ADMISSION H&P\n")
    c.t("Pt: ").nm(q.LFm).t("   MRN: ").p("ID", mrn).t("   CSN: ").p("ID", csn).t("\n")
    c.t("DOB: ").d(dob, "us").t("   Age: ").age(age).t(f" y   Sex: {q.sex.upper()}   DOS: ").d(c.today, "us2").t("\n")
    c.t("Attending: ").nm(att.fl).t(", MD   Fellow: ").nm(fel.fl).t(", MD (PCCM)\n")
    c.t("CC: acute hypoxemic respiratory failure\n")
    c.t("HPI: ").age(age).t(f"-year-old {'man' if q.sex == 'm' else 'woman'} brought by EMS from home in ").p("ADDRESS", city)
    c.t(f", {st} after 4 days of fever and cough; intubated in the ED for SpO2 ").c(f"{c.ri(72, 85)}%").t(" on NRB.\n")
    c.t("Vitals: T ").c(f"{c.fv(100.4, 103.2)} F").t(", HR ").c(str(c.ri(110, 140))).t(", BP ").c(f"{c.ri(82, 100)}/{c.ri(44, 60)}")
    c.t(" (MAP ").c(str(c.ri(56, 70))).t("), SpO2 ").c(f"{c.ri(88, 94)}%").t("\n")
    pbw = c.ri(55, 80)
    c.t("Vent: AC/VC Vt ").c(f"{pbw * 6} mL").t(" (6 mL/kg PBW), RR ").c(str(c.ri(22, 30))).t(", PEEP ").c(str(c.ri(10, 16)))
    c.t(", FiO2 ").c(f"{c.ri(60, 100)}%").t("; Pplat ").c(str(c.ri(24, 30))).t(", DP ").c(str(c.ri(11, 15))).t("\n")
    c.t("ABG ").c(f"{c.fv(7.18, 7.32, 2)}/{c.ri(44, 62)}/{c.ri(55, 75)}").t("  P/F ").c(str(c.ri(70, 180)))
    c.t("  lactate ").c(c.fv(2.1, 5.8)).t("  procalcitonin ").c(c.fv(0.8, 18.0)).t("  Cr ").c(c.fv(0.9, 3.2)).t("\n")
    c.t("A/P: moderate-severe ARDS, likely influenza A + bacterial superinfection.\n")
    c.t(" - ").c(f"propofol {c.ri(20, 50)} mcg/kg/min").t(", ").c(f"fentanyl {c.ch([50, 75, 100])} mcg/h").t("; RASS goal ")
    c.c("-2 to -3").t(" while proned\n")
    c.t(" - ").c(f"norepinephrine {c.fv(0.05, 0.25, 2)} mcg/kg/min").t(" for MAP >=65\n")
    c.t(" - ").c("oseltamivir 75 mg BID").t(", ").c("vancomycin 25 mg/kg load").t(", ").c("cefepime 2 g q8h").t("\n")
    c.t("Code status: Full. HCP: ").nm(hcp.fl).t(" (daughter), cell ").p("PHONE", us_ph(c, area)).t("\n")
    c.t("Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   PCP: Dr. ").nm(pcp.last).t("\n")
    return c.build(_fhir(q, dob, [("mrn", mrn), ("csn", csn)]))


def us_rt_flowsheet(c: C) -> Note:
    """Respiratory therapy ventilator checks with the therapists' initials, SBT and extubation."""
    q = c.pat()
    dob, _age = c.dob(25, 88)
    mrn = us_mrn(c)
    r1, r2, md = c.staff(), c.staff(), c.staff()
    i1, i2 = c.ini(r1), c.ini(r2)
    c.t("RESPIRATORY CARE - VENTILATOR CHECKS / SBT\n")
    c.t("Pt: ").nm(q.lf).t("   MRN ").p("ID", mrn).t(f"   Rm {c.ri(3, 9)}-{c.ri(10, 40)}   DOB ").d(dob, "us1").t("   Date ")
    c.d(c.today, "us2").t("\n")
    c.t("Time  Mode    Vt   RR set/tot  PEEP  FiO2  PIP  Pplat  SpO2  RT\n")
    for k, h in enumerate(["0000", "0400", "0800"]):
        c.t(f"{h}  AC/VC   ").c(str(c.ch([420, 450, 480]))).t("  ").c(f"{c.ri(14, 18)}/{c.ri(18, 26)}").t("       ")
        c.c(str(max(5, 10 - 2 * k))).t("     ").c(str(50 - 5 * k)).t("    ").c(str(c.ri(24, 32))).t("   ").c(str(c.ri(18, 25)))
        c.t("     ").c(str(c.ri(92, 98))).t("    ").nm(i1 if k < 2 else i2).t("\n")
    c.t("0600 SAT/SBT safety screen: passed (RASS ").c("-1").t(", PEEP ").c("<=8").t(", FiO2 ").c("<=50%").t(").\n")
    c.t("0830 SBT CPAP ").c("5").t(" / PS ").c("5").t(" x 30 min: RR ").c(str(c.ri(16, 26))).t(", Vt ").c(str(c.ri(320, 480)))
    c.t(", RSBI ").c(str(c.ri(38, 85))).t(", HR ").c(str(c.ri(78, 104))).t(" - passed. Cuff leak present.\n")
    c.t(f"{c.tm(9, 10, False)} extubated per Dr. ").nm(md.last).t(" to ").c("4 L NC").t("; no stridor; ")
    c.c("racemic epi").t(" not needed.\n")
    c.nm(r1.fl).t(", RRT (").nm(i1).t(")  /  ").nm(r2.fl).t(", RRT-ACCS (").nm(i2).t(")\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_rrt_event(c: C) -> Note:
    """Rapid response team event note (SBAR) with transfer to the SICU."""
    q = c.pat()
    dob, age = c.dob(35, 93)
    mrn = us_mrn(c)
    _s, _city, _st, _z, area = us_place(c)
    rn, surg, rrt, rt = c.staff(), c.staff(), c.staff("f"), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    son = c.rel(q, "m", same=True)
    c.t("RAPID RESPONSE TEAM (RRT) EVENT NOTE\n")
    t0 = c.tm(0, 23)
    c.t("Date: ").d(c.today, "ussh").t(f"   Called: {t0}   Arrived: {c.later(t0, 2, 7)}   Location: 6 West rm {c.ri(601, 640)}\n")
    c.t("Caller: ").nm(rn.fl).t(", RN (primary)   Trigger: MEWS ").c(str(c.ri(5, 8))).t(", SBP <90\n")
    c.t("Pt: ").nm(q.fml).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "usdash").t("   Age ").age(age).t("\n")
    c.t(f"S: hypotension and new confusion on POD #{c.ri(1, 3)}\n")
    c.t(f"B: s/p {c.ch(['open sigmoid colectomy', 'Whipple', 'ventral hernia repair with mesh', 'R hemicolectomy'])}; DM2, HTN\n")
    c.t("A: HR ").c(str(c.ri(112, 138))).t(", BP ").c(f"{c.ri(74, 88)}/{c.ri(38, 50)}").t(", RR ").c(str(c.ri(24, 32)))
    c.t(", SpO2 ").c(f"{c.ri(89, 95)}%").t(", T ").c(f"{c.fv(100.8, 103.0)} F").t(", POC glucose ").c(str(c.ri(180, 320)))
    c.t(", lactate ").c(c.fv(3.1, 6.4)).t("\n")
    c.t("R: ").c("LR 30 mL/kg").t(" (").c(f"{c.ch([2, 2.5, 3])} L").t("), BCx x2, ").c("piperacillin-tazobactam 4.5 g IV")
    c.t("; CT A/P ordered; transfer to SICU.\n")
    c.t("Notified: Dr. ").nm(surg.last).t(" (surgery) via pager ").p("PHONE", f"{c.ri(200, 899)}-{c.dig(4)}").t("\n")
    c.t(f"Family: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(" at bedside; son ").nm(son.first)
    c.t(" by phone ").p("PHONE", us_ph(c, area)).t("\n")
    c.t("RRT RN: ").nm(rrt.fl).t(", RN, CCRN   RT: ").nm(rt.fl).t(", RRT\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_goc_meeting(c: C) -> Note:
    """ICU family meeting / goals-of-care note with the surrogate, palliative care and the chaplain."""
    q = c.pat()
    dob, age = c.dob(60, 97)
    mrn = us_mrn(c)
    _s, _city, _st, _z, area = us_place(c)
    att, np_, chap, rn = c.staff(), c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    dau = c.rel(q, "f", same=c.r.random() < 0.5)
    c.t("ICU FAMILY MEETING NOTE (goals of care)\n")
    c.t("Date/time: ").d(c.today, "us1").t(f" {c.ri(1, 5)}:{c.ch(['05', '20', '40', '50'])} PM\n")
    c.t("Patient: ").nm(q.fl).t(" (").age(age).t(" yo)   MRN ").p("ID", mrn).t("\n")
    c.t("Surrogate: ").nm(dau.fl).t(" (daughter, HCPOA), ").p("PHONE", us_ph(c, area)).t("\n")
    c.t("Present: ").nm(att.fl).t(", MD (MICU attending); ").nm(np_.fl).t(", NP (palliative care); Chaplain ")
    c.nm(chap.fl).t("; ").nm(rn.fl).t(", RN; family - ").nm(sp.first).t(f" ({'wife' if sp.sex == 'f' else 'husband'}), ")
    c.nm(dau.first).t("; son joined by Zoom (").p("URL", f"https://{c.ch(['umich', 'osumc', 'hca', 'sanfordhealth'])}.zoom.us/j/{c.dig(11)}?pwd={c.tok(22)}").t(")\n")
    c.t(f"Clinical summary: hospital day {c.ri(9, 20)}; multiorgan failure despite ").c(f"norepinephrine {c.fv(0.25, 0.6, 2)} mcg/kg/min")
    c.t(" + ").c("vasopressin 0.04 U/min").t(", CRRT, FiO2 ").c(f"{c.ri(60, 90)}%").t("; SOFA ").c(str(c.ri(12, 17))).t(".\n")
    c.t(f"Family shared that {q.he} \"would never want to live on machines.\" Prognosis for meaningful recovery discussed as very poor.\n")
    c.t("Decision: DNR/DNI; transition to comfort-focused care this evening; POLST updated. ").c("Morphine 2 mg/h")
    c.t(" infusion with boluses per comfort order set; ").c("glycopyrrolate 0.2 mg q4h PRN").t(".\n")
    c.t("Time spent: 70 minutes, >50% counseling.\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_teleicu(c: C) -> Note:
    """Tele-critical care (eICU) intervention note with the video session address."""
    q = c.pat()
    dob, age = c.dob(30, 94)
    mrn = us_mrn(c)
    _s, _city, _st, _z, area = us_place(c)
    doc, rn, hosp = c.staff(), c.staff(), c.staff()
    c.t("eICU TELE-CRITICAL CARE - INTERVENTION NOTE\n")
    c.t("Encounter: ").d(c.today, "iso").t(f"T{c.tm(0, 5)}   Remote intensivist: ").nm(doc.fl).t(", MD\n")
    c.t("Video session from ").p("IP", pub_ip(c)).t(f" (camera assessment, bed {c.ri(1, 8)}, community ICU)\n")
    c.t("Patient: ").nm(q.LFF).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "us").t("   Age ").age(age).t("\n")
    c.t("Alert: MAP <").c("60").t(" x 15 min; lactate ").c(c.fv(3.2, 5.5)).t("\n")
    c.t("On camera: mottled knees, RR ").c(str(c.ri(26, 34))).t(", HR ").c(str(c.ri(110, 140))).t(" sinus tach, SpO2 ")
    c.c(f"{c.ri(90, 96)}%").t(" on ").c("6 L NC").t("\n")
    c.t("Interventions: ").c("LR 1 L bolus").t("; start ").c("norepinephrine 0.05 mcg/kg/min").t(" via R IJ, titrate to MAP ")
    c.c(">=65").t("; repeat lactate 2 h; ").c("cefepime 2 g IV").t(" moved up.\n")
    c.t("Discussed with bedside RN ").nm(rn.fl).t(" and on-call hospitalist Dr. ").nm(hosp.last).t(" (cell ")
    c.p("PHONE", us_ph(c, area)).t(").\n")
    c.t("Category: 2 (major intervention). Time: 35 min.\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_abcdef(c: C) -> Note:
    """ICU liberation (A-F) bundle daily checklist kept by the bedside nurse."""
    q = c.pat()
    dob, _age = c.dob(30, 90)
    mrn = us_mrn(c)
    _s, _city, _st, _z, area = us_place(c)
    rn, pt, ch = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.7)
    c.t(f"ICU LIBERATION (A-F BUNDLE) DAILY CHECKLIST     CVICU bed {c.ri(1, 24)}\n")
    c.t("Patient: ").nm(q.lf).t("   MRN ").p("ID", mrn).t("   Date: ").d(c.today, "us").t("   MV day ").c(str(c.ri(2, 8))).t("\n")
    c.t("A - Pain: CPOT ").c(str(c.ri(1, 4))).t(" -> ").c(f"fentanyl {c.ch([25, 50])} mcg/h").t("\n")
    c.t(f"B - SAT done {c.tm(6, 8)}: ").c("passed").t("; SBT ").c(c.ch(["failed (RR 38)", "passed, extubated"])).t("\n")
    c.t("C - Sedation: ").c(f"dexmedetomidine {c.fv(0.3, 1.2)} mcg/kg/h").t("; RASS goal ").c("0 to -1").t(", actual ")
    c.c(c.ch(["-1", "0", "+1"])).t("\n")
    c.t("D - Delirium: CAM-ICU ").c(c.ch(["positive", "negative"])).t("; ").c("quetiapine 25 mg qHS").t("\n")
    c.t("E - Mobility: level ").c(str(c.ri(2, 4))).t(" (dangled, stood with RW) - PT ").nm(pt.first).t("\n")
    c.t(f"F - Family: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.fl).t(" present for rounds, updated; ")
    c.p("PHONE", us_ph(c, area)).t("\n")
    c.t("RN: ").nm(rn.fl).t(", RN, CCRN   Charge RN: ").nm(ch.first).t("\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_transfer_center(c: C) -> Note:
    """Transfer center log of an interfacility ECMO referral and acceptance."""
    q = c.pat()
    dob, _age = c.dob(19, 60)
    _s, _city, _st, _z, area = us_place(c)
    ref, ecmo, tcrn = c.staff(), c.staff(), c.staff("f")
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=True)
    d = c.today
    c.t("TRANSFER CENTER - INTERFACILITY REQUEST (ECMO)\n")
    c.t("Case #: ").p("ID", f"TC{_d(d, 'compact')[2:]}-{c.dig(4)}").t("   Call received: ").d(d, "usl").t(f" {c.tm(0, 23)}\n")
    c.t("Referring MD: Dr. ").nm(ref.fl).t(" (ICU), NPI ").p("ID", npi_no(c.r)).t(", callback ").p("PHONE", us_ph(c, area, c.ch([0, 1, 2]))).t("\n")
    c.t("Patient: ").nm(q.LFm).t("   DOB: ").d(dob, "us").t("   SSN: ").p("SSN", ssn_no(c.r)).t("   Wt ").c(f"{c.ri(60, 130)} kg").t("\n")
    c.t("Insurance: ").t(c.ch(["BCBS", "Aetna", "Medicaid", "UnitedHealthcare"])).t(" member ID ").p("ID", f"{c.ch(['XQJ', 'W', 'ZGP'])}{c.dig(9)}").t("\n")
    c.t("Dx: severe ARDS, influenza A; P/F ").c(str(c.ri(50, 75))).t(" on FiO2 ").c("100%").t(" PEEP ").c(str(c.ri(14, 18)))
    c.t(", proned x").c("2").t(", ").c("cisatracurium").t(" infusion; RESP score ").c(str(c.ri(1, 5))).t("\n")
    c.t("ECMO physician: ").nm(ecmo.fl).t(", MD - accepted for VV-ECMO; mobile ECMO team dispatched.\n")
    c.t(f"Family: {'husband' if sp.sex == 'm' else 'wife'} ").nm(sp.fl).t(" ").p("PHONE", us_ph(c, area))
    c.t(" - updated by TC RN ").nm(tcrn.fl).t(", RN\n")
    return c.build(_fhir(q, dob, []))


def us_ecmo_daily(c: C) -> Note:
    """ECMO daily progress note: circuit, anticoagulation and rest ventilator settings."""
    q = c.pat()
    dob, age = c.dob(19, 62)
    mrn = us_mrn(c)
    spec, att, fel = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    can = c.dt(-9, -3)
    c.t("ECMO DAILY PROGRESS NOTE - CVICU   ").d(c.today, "us1").t("\n")
    c.t("").nm(q.fml).t(", MRN ").p("ID", mrn).t(", ").age(age).t(f"yo {q.sex.upper()}; ECMO day {(c.today - can).days} (cannulated ")
    c.d(can, "md").t(")\n")
    c.t("Config: VV, ").c("25 Fr").t(" R fem drainage / ").c("21 Fr").t(" R IJ return\n")
    c.t("Circuit: flow ").c(f"{c.fv(3.8, 5.2)} L/min").t(" @ ").c(f"{c.ri(2900, 3600)} rpm").t(", sweep ").c(f"{c.ri(2, 7)} L/min")
    c.t(", FdO2 ").c("1.0").t(", post-oxy PaO2 ").c(str(c.ri(380, 520))).t(", deltaP ").c(str(c.ri(10, 24))).t("\n")
    c.t("Anticoag: ").c(f"heparin {c.ri(700, 1400)} units/h").t(", anti-Xa ").c(c.fv(0.2, 0.4, 2)).t("; Plt ").c(str(c.ri(70, 160)))
    c.t(", fibrinogen ").c(str(c.ri(180, 420))).t(", LDH ").c(str(c.ri(300, 700))).t(", pfHb ").c(str(c.ri(5, 40))).t("\n")
    c.t("Vent (rest): PC ").c("10").t(" over PEEP ").c("10").t(", RR ").c("10").t(", FiO2 ").c("30%").t("; Vt ").c(f"{c.ri(90, 250)} mL").t("\n")
    c.t("Plan: sweep trial off if Vt >").c("4 mL/kg").t("; CXR; bath with ").c("CHG 2%").t(".\n")
    c.t("ECMO specialist: ").nm(spec.fl).t(", RRT   Attending: ").nm(att.fl).t(", MD   Fellow: Dr. ").nm(fel.last).t("\n")
    c.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.first).t(" at bedside, updated.\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_recovery_clinic(c: C) -> Note:
    """E-mail from the ICU recovery clinic nurse practitioner to the primary care physician after a PICS visit."""
    q = c.pat()
    dob, _age = c.dob(28, 79)
    mrn = us_mrn(c)
    street, city, st, z, area = us_place(c)
    np_, pcp, md = c.staff(), c.staff(), c.staff()
    cg = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.5)
    dom = c.ch(["bannerhealth.org", "ochsner.org", "sanfordhealth.org", "prismahealth.org", "upstate.edu"])
    i0 = c.today - timedelta(days=c.ri(60, 110))
    i1 = i0 + timedelta(days=c.ri(6, 20))
    seen = c.today - timedelta(days=c.ri(1, 3))
    c.t("From: ").nm(np_.fl).t(", ACNP-BC <").p("EMAIL", np_.mail(dom, c.ri(0, 4))).t(">\n")
    c.t("To: ").nm(pcp.fl).t(", MD <").p("EMAIL", pcp.mail(dom, c.ri(0, 4))).t(">\n")
    c.t(f"Sent: {c.wd(c.today)}, ").d(c.today, "usl").t(f" {c.ri(1, 11)}:{c.ch(['04', '18', '32', '47'])} {c.ch(['AM', 'PM'])}\n")
    c.t("Subject: ICU Recovery Clinic visit - ").nm(q.LFF).t(" (DOB ").d(dob, "us1").t(", MRN ").p("ID", mrn).t(")\n\n")
    c.t("Dr. ").nm(pcp.last).t(",\n")
    c.t("We saw your patient in the ICU Recovery Clinic on ").d(seen, "msh").t(" with ").nm(cg.fl)
    c.t(f" ({'spouse' if cg.last == q.last else 'partner'}). Index ICU stay ").d(i0, "us3").t(" - ").d(i1, "us3")
    c.t(f", {c.ch(['septic shock (cholangitis)', 'COVID-19 ARDS', 'necrotizing soft tissue infection'])}.\n")
    c.t("Screens: MoCA ").c(f"{c.ri(19, 28)}/30").t(", PHQ-9 ").c(str(c.ri(3, 18))).t(", GAD-7 ").c(str(c.ri(2, 15)))
    c.t(", PCL-5 ").c(str(c.ri(10, 52))).t(", 6MWD ").c(f"{c.ri(180, 450)} m").t(", TUG ").c(f"{c.ri(8, 18)} s").t("\n")
    c.t("Med rec: stopped ").c("quetiapine 25 mg").t(" (started in ICU); continue ").c("metoprolol succinate 25 mg daily").t(".\n")
    c.t("Referred to outpatient PT/OT and CBT; repeat spirometry in 6 weeks. Address on file ").p("ADDRESS", street).t(", ")
    c.p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("; best number ").p("PHONE", us_ph(c, area)).t(".\n\n")
    c.t("Thanks,\n").nm(np_.first).t("\ncc: ").nm(md.fl).t(", MD (PCCM)\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def us_sbar_lower(c: C) -> Note:
    """Lower-case SICU nursing SBAR handoff typed in a hurry."""
    q = c.pat()
    dob, age = c.dob(30, 95)
    mrn = us_mrn(c)
    _s, _city, _st, _z, area = us_place(c)
    rn, surg = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    c.t(f"sicu handoff {c.ch(['1900', '0700'])} - sbar\n")
    c.t(f"s: rm {c.ri(1, 20)} ").nm(q.low).t(" ").age(age).t(f"{q.sex}, pod 1 ex lap/sbo, mrn ").p("ID", mrn).t("\n")
    c.t("b: admitted ").d(c.dt(-2, -1), "md").t(", hx copd, afib on eliquis (held), ckd3\n")
    c.t("a: neuro aox3, rass ").c("0").t(". hr ").c(f"{c.ri(88, 118)}").t(" afib, bp ").c(f"{c.ri(98, 130)}/{c.ri(50, 70)}")
    c.t(" on ").c(f"levo {c.ri(2, 6)} mcg/min").t(", 2l nc sat ").c(f"{c.ri(92, 97)}%").t(". ngt to lcws ").c(f"{c.ri(200, 600)}cc")
    c.t(" bilious this shift. uop ").c(f"{c.ri(25, 50)}cc/hr").t(". k ").c(c.fv(3.1, 3.6)).t(" - ").c("40 meq kcl")
    c.t(" running. pain ").c(f"{c.ri(3, 7)}/10").t(" on ").c("dilaudid pca").t(".\n")
    c.t("r: wean levo off, recheck k at 2200, ambulate in am. dr ").nm(surg.last.lower()).t(" wants call if uop <")
    c.c("20cc/hr").t(" x2h.\n")
    c.t(f"{'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first.lower()).t(" - ").p("PHONE", us_ph(c, area, 1))
    c.t(", wants a call if any change\n")
    c.t("- ").nm(rn.first.lower()).t(" rn\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ Australia (6)
def au_met_call(c: C) -> Note:
    """Medical Emergency Team call record (ward deterioration) with the ICU registrar and liaison nurse."""
    q = c.pat()
    dob, _age = c.dob(40, 96)
    ur = c.dig(7)
    _sub, _state, _pc, _area = c.ch(AU_SUB)
    reg, cnc, cons = c.staff(), c.staff("f"), c.staff()
    son = c.rel(q, "m", same=True)
    c.t("MEDICAL EMERGENCY TEAM (MET) CALL RECORD\n")
    c.t("Date: ").d(c.today, "dmy").t(f"   Time called: {c.tm(0, 23)}   Ward {c.ri(2, 9)}{c.ch('ABCD')} bed {c.ri(1, 30)}\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Given names: ").nm(q.first).t("   UR: ").p("ID", ur).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("MET criteria met: RR >").c("30").t(" / SBP <").c("90").t(" / acute change in conscious state\n")
    c.t("Team leader: Dr ").nm(reg.fl).t(" (ICU registrar)   ICU liaison: ").nm(cnc.fl).t(" (CNC)\n")
    c.t("Findings: RR ").c(str(c.ri(30, 40))).t(", SpO2 ").c(f"{c.ri(82, 90)}%").t(" on ").c("6 L HM").t(", HR ").c(str(c.ri(115, 150)))
    c.t(", BP ").c(f"{c.ri(72, 89)}/{c.ri(40, 55)}").t(", T ").c(c.fv(38.0, 39.8)).t(", BGL ").c(c.fv(4.2, 19.5))
    c.t(", GCS ").c(str(c.ri(11, 14))).t("\n")
    c.t("Management: ").c("1 L Hartmann's").t(", ").c("ceftriaxone 2 g IV").t(" + ").c("azithromycin 500 mg IV").t(", HFNP ")
    c.c(f"{c.ri(40, 60)} L/min FiO2 {c.fv(0.4, 0.6, 2)}").t(", VBG lactate ").c(c.fv(2.2, 5.0)).t("\n")
    if c.r.random() < 0.5:
        c.t("Outcome: transferred to ICU.\n")
    else:
        c.t("Outcome: remains on ward; modified calling criteria RR up to ").c("32").t(", SpO2 >=").c("88%").t(" for 24 h.\n")
    c.t("NOK: son ").nm(son.fl).t(" ").p("PHONE", au_mob(c)).t(" - informed.\n")
    c.t("Treating team consultant Dr ").nm(cons.last).t(" notified. Goals of care: for MET calls and ICU.\n")
    return c.build(_fhir(q, dob, [("ur", ur)]))


def au_liaison_review(c: C) -> Note:
    """ICU liaison nurse ward review the morning after an after-hours ICU discharge."""
    q = c.pat()
    dob, age = c.dob(30, 92)
    ur, mc = c.dig(7), medicare_au(c.r)
    ln, phys = c.staff("f"), c.staff()
    dd = c.today - timedelta(days=1)
    c.t("ICU LIAISON NURSE REVIEW - post-ICU day 1\n")
    c.t(f"{c.wd(c.today, True)} ").d(c.today, "ddmm").t(f" {c.tm(8, 11)}   Ward {c.ri(3, 8)}{c.ch('NSEW')}\n")
    c.t("Pt: ").nm(q.fL).t("   UR ").p("ID", ur).t("   Medicare ").p("ID", mc).t("   Age ").age(age).t("\n")
    c.t("Discharged from ICU ").d(dd, "dm").t(f" at {c.ch(['22:10', '23:30', '21:45'])} (after-hours discharge)\n")
    c.t("Obs: RR ").c(str(c.ri(16, 24))).t(", SpO2 ").c(f"{c.ri(92, 97)}%").t(" on ").c("2 L NP").t(", HR ").c(str(c.ri(72, 104)))
    c.t(", BP ").c(f"{c.ri(105, 150)}/{c.ri(55, 85)}").t(", T ").c(c.fv(36.4, 37.8)).t(", BGL ").c(c.fv(5.5, 14)).t("\n")
    c.t("Trache: ").c("size 8 cuffed Portex").t(", cuff down ").c("4 h").t(" yesterday; speaking valve with SLT.\n")
    c.t("Issues: weak cough, needed ").c("2").t(" suctions overnight; fluid balance ").c(f"+{c.fv(0.5, 2.5)} L").t("; ")
    c.c("frusemide 40 mg IV").t(" given.\n")
    c.t("Physio ").nm(phys.first).t(" to review chest this am. Standard MET criteria.\n")
    c.t("LN review again tomorrow. - ").nm(ln.fl).t(", ICU Liaison CNS, pager ").p("PHONE", str(c.ri(3000, 3999))).t("\n")
    return c.build(_fhir(q, dob, [("ur", ur), ("medicare", mc)]))


def au_retrieval(c: C) -> Note:
    """Aeromedical retrieval record for a Yolngu patient from a remote NT community to a tertiary ICU."""
    q = c.pat(grp="auab")
    dob, age = c.dob(25, 75)
    hrn = c.dig(6)
    comm, pc = c.ch(AU_REMOTE)
    ran, cons, fn, interp = c.staff(), c.staff(), c.staff("f"), c.person("auab")
    kid = c.rel(q, same=True)
    rel = "son" if kid.sex == "m" else "daughter"
    c.t("AEROMEDICAL RETRIEVAL - CLINICAL RECORD\n")
    c.t("Mission: ").p("ID", f"R{c.today.year % 100}-{c.dig(5)}").t("   Date: ").d(c.today, "dash2").t(f"   Referral call {c.tm(0, 23)}\n")
    c.t("Referring: ").nm(ran.fl).t(" (Remote Area Nurse), clinic ph ").p("PHONE", au_land(c, "08")).t("\n")
    c.t("Patient: ").nm(q.fL).t(", ").age(age).t(f"{q.sex.upper()}, HRN ").p("ID", hrn).t(", DOB ").d(dob, "dmy").t("\n")
    c.t("Community: ").p("ADDRESS", comm).t(" NT ").p("ZIP", pc).t("   Language: Yolngu Matha - interpreter ")
    c.nm(interp.fl).t(" (by phone)\n")
    c.t(f"Dx: {c.ch(['melioidosis with septic shock', 'severe CAP with RHD', 'DKA and pneumonia'])}; "
        "RHD on ").c("benzathine penicillin 1.2 MU monthly").t(".\n")
    c.t("Vitals: HR ").c(str(c.ri(115, 145))).t(", BP ").c(f"{c.ri(70, 90)}/{c.ri(35, 50)}").t(", RR ").c(str(c.ri(28, 40)))
    c.t(", SpO2 ").c(f"{c.ri(85, 92)}%").t(" on ").c("15 L").t(", BGL ").c(c.fv(3.8, 28)).t(", lactate ").c(c.fv(3, 8)).t("\n")
    c.t("Pre-retrieval: ").c("meropenem 1 g IV").t(", ").c("2 L Hartmann's").t(", ").c("adrenaline 5 mcg/min").t(" peripheral.\n")
    c.t("Team: Dr ").nm(cons.fl).t(" (retrieval consultant) / ").nm(fn.fl).t(" (flight nurse)\n")
    c.t(f"Escort: {rel} ").nm(kid.fl).t(", mob ").p("PHONE", au_mob(c)).t(" - travelling with patient.\n")
    return c.build(_fhir(q, dob, [("hrn", hrn)]))


def au_discharge_gp(c: C) -> Note:
    """ICU eDischarge summary to the GP with address and Medicare."""
    q = c.pat()
    dob, _age = c.dob(25, 90)
    sub, state, pc, area = c.ch(AU_SUB)
    ur, mc, ihi = c.dig(7), medicare_au(c.r), ihi_no(c.r)
    gp, cons = c.staff(), c.staff()
    a = c.today - timedelta(days=c.ri(10, 25))
    c.t("eDISCHARGE SUMMARY - INTENSIVE CARE UNIT\n")
    c.t("To: Dr ").nm(gp.fl).t(", ").t(c.ch(["Riverside Family Practice", "Central Medical Centre", "Lakeside GP Clinic"])).t("\n")
    c.t(f"Patient: {q.title} ").nm(q.fl).t("   DOB ").d(dob, "dmy1").t("   UR ").p("ID", ur).t("   Medicare ").p("ID", mc).t("\n")
    c.t("IHI: ").p("ID", ihi).t("\n")
    c.t("Address: ").p("ADDRESS", au_street(c)).t(", ").p("ADDRESS", sub).t(f" {state} ").p("ZIP", pc).t("\n")
    los = c.ri(4, 9)
    c.t("Admission ").d(a, "dmy").t(" - discharge ").d(c.today, "dmy").t("; ICU LOS ").c(f"{los} days").t("\n")
    c.t(f"Principal diagnosis: {c.ch(['Staph aureus bacteraemia with septic shock', 'diabetic ketoacidosis', 'post-op respiratory failure'])}\n")
    c.t("ICU course: ventilated ").c(f"{c.ri(2, los - 1)} days").t("; peak ").c(f"noradrenaline {c.ri(10, 35)} mcg/min").t("; AKI recovered, creat ")
    c.c(f"{c.ri(70, 140)} umol/L").t(" at discharge.\n")
    c.t("Discharge medications: ").c("flucloxacillin 2 g IV 6-hourly via PICC").t(" (HITH, total 4 weeks), ")
    c.c("metformin 1 g BD").t(", ").c("atorvastatin 40 mg nocte").t("\n")
    c.t("GP actions: FBC/UEC weekly while on IV antibiotics; check mood and sleep at 4-6 weeks.\n")
    c.t("Authorised by: Dr ").nm(cons.fl).t(", FCICM, Consultant Intensivist   Ph ").p("PHONE", au_land(c, area)).t("\n")
    return c.build(_fhir(q, dob, [("ur", ur), ("medicare", mc), ("ihi", ihi.replace(" ", ""))]))


def au_organ_support(c: C) -> Note:
    """Organ support summary table over an ICU stay, one row a day."""
    q = c.pat()
    dob, _age = c.dob(25, 85)
    ur = c.dig(7)
    reg, cons = c.staff(), c.staff()
    mid = c.rel(q, q.sex, same=True).first
    d0 = c.today - timedelta(days=5)
    c.t("ORGAN SUPPORT SUMMARY - ICU\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Given names: ").nm(f"{q.first} {mid}").t("   UR ").p("ID", ur).t("   DOB ")
    c.d(dob, "dmy").t("\n\n")
    c.t("Date   Day  MV  FiO2  PEEP  Vasoactive (max)               CRRT  SOFA\n")
    for k in range(5):
        d = d0 + timedelta(days=k)
        c.d(d, "dm").t(" " * (7 - len(_d(d, "dm")))).t(f"{k + 1}    {'Y ' if k < 4 else 'N '}  ")
        c.c(f"{max(0.21, 0.6 - 0.1 * k):.2f}").t("  ").c(str(max(5, 12 - 2 * k))).t("    ")
        if k < 3:
            c.c(f"NA {c.fv(0.05, 0.4, 2)} mcg/kg/min").t("              ")
        else:
            c.t("nil                            ")
        c.t("Y     " if k < 3 else "N     ").c(str(max(2, 13 - 2 * k))).t("\n")
    c.t("\nSummary: ").c(f"{c.ri(4, 6)} days").t(" MV, ").c("3 days").t(" vasopressors, CVVHDF ").c("72 h").t("; extubated day 5.\n")
    c.t("Completed by: ").nm(reg.fl).t(" (ICU registrar) - reviewed Dr ").nm(cons.last).t("\n")
    return c.build(_fhir(q, dob, [("ur", ur)]))


def au_followup_lower(c: C) -> Note:
    """Lower-case ICU follow-up phone call at three months."""
    q = c.pat()
    dob, _age = c.dob(25, 80)
    ur = c.dig(7)
    sub = c.ch(AU_SUB)[0]
    cnc, gp = c.staff("f"), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.6)
    c.t("icu follow-up phone call (3/12)\n")
    c.d(c.today, "dmy2").t(f" {c.tm(9, 16, False)} - spoke with pt ").nm(q.low).t(" and ").t("wife " if sp.sex == "f" else "husband ")
    c.nm(sp.first.lower()).t(". ur ").p("ID", ur).t("\n")
    c.t("- home since ").d(c.dt(-80, -60), "dm").t(", walking ").c(f"{c.ri(300, 2000)} m").t(" most days, not back at work yet\n")
    c.t("- eq-5d-5l vas ").c(str(c.ri(45, 85))).t(", k10 ").c(str(c.ri(12, 32))).t(", still poor sleep + flashbacks\n")
    c.t("- hair loss + weight loss ").c(f"{c.ri(5, 14)} kg").t(", appetite improving\n")
    c.t("- meds: ").c("sertraline 50 mg").t(" started by gp dr ").nm(gp.last.lower()).t("\n")
    c.t("- lives in ").p("ADDRESS", sub.lower()).t(", mobile ").p("PHONE", au_mob(c)).t("\n")
    c.t("plan: invite to icu follow-up clinic, psych referral via gp, email icu diary copy to ")
    c.p("EMAIL", q.mail(c.ch(["bigpond.com", "gmail.com", "outlook.com.au", "iinet.net.au"]), c.ri(0, 4))).t("\n")
    c.t("- ").nm(cnc.first.lower()).t(", icu f/u cnc\n")
    return c.build(_fhir(q, dob, [("ur", ur)]))


# ------------------------------------------------------------------------------ Canada (4)
def on_criticall(c: C) -> Note:
    """Provincial critical care referral line log (Ontario): call times, health card, accepting intensivist."""
    q = c.pat()
    dob, age = c.dob(30, 92)
    hcn = ohip_no(c.r)
    _street, city, _pc, area = ca_place(c, "ON")
    ref, icu, clerk = c.staff(), c.staff(), c.staff()
    d = c.today
    c.t("CRITICAL CARE REFERRAL LINE - CALL LOG (urgent)\n")
    c.t("Case #: ").p("ID", c.dig(7)).t("   Date: ").d(d, "ymd").t(f"   Call opened {c.tm(0, 23)}\n")
    c.t("Referring: Dr. ").nm(ref.fl).t(" (ED), ").p("PHONE", f"{area}-{c.ri(201, 989)}-{c.dig(4)}").t(" ext. ")
    c.p("PHONE", c.dig(4)).t("\n")
    c.t("Patient: ").nm(q.lf).t(f"   Sex: {q.sex.upper()}   DOB: ").d(dob, "iso").t("   Age: ").age(age).t("\n")
    c.t("Health card: ").p("ID", hcn).t("   Home: ").p("ADDRESS", city).t(", ON\n")
    c.t(f"Request: ICU bed - {c.ch(['urosepsis, on pressors', 'GI bleed, Hb falling', 'COPD with hypercapnic failure'])}\n")
    c.t("Status at call: HR ").c(str(c.ri(105, 135))).t(", BP ").c(f"{c.ri(76, 92)}/{c.ri(38, 52)}").t(", SpO2 ")
    c.c(f"{c.ri(86, 94)}%").t(", pH ").c(c.fv(7.18, 7.32, 2)).t(", Hgb ").c(f"{c.ri(58, 90)} g/L").t("\n")
    c.t(f"{c.tm(0, 23)} consultant paged: Dr. ").nm(icu.fl).t(" (Critical Care) - accepted.\n")
    c.t("Transport: land critical care ambulance; ETA 90 min. Bed: ICU 2, bed 14.\n")
    c.t("Logged by: ").nm(clerk.fl).t(", patient flow\n")
    return c.build(_fhir(q, dob, [("hcn", hcn)]))


def bc_progress(c: C) -> Note:
    """ICU daily progress note (British Columbia), organ systems, PHN, family update."""
    q = c.pat()
    dob, age = c.dob(25, 90)
    phn = bc_phn(c.r)
    mrn = c.dig(8)
    _street, city, _pc, area = ca_place(c, "BC")
    doc = c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.r.random() < 0.6)
    c.t("ICU DAILY PROGRESS NOTE   ").d(c.today, "ussh").t("\n")
    c.nm(q.fl).t(" | PHN ").p("ID", phn).t(" | MRN ").p("ID", mrn).t(" | ").age(age).t(f" {q.sex.upper()} | ICU day {c.ri(2, 9)}\n")
    c.t("Neuro: RASS ").c("-1").t(", CAM-ICU ").c("negative").t("; ").c(f"hydromorphone {c.fv(0.2, 1.0)} mg/h").t(", ")
    c.c(f"propofol {c.ri(10, 40)} mcg/kg/min").t("\n")
    c.t("Resp: PRVC Vt ").c(str(c.ri(380, 480))).t(", PEEP ").c(str(c.ri(6, 12))).t(", FiO2 ").c(c.fv(0.3, 0.55, 2))
    c.t("; P/F ").c(str(c.ri(140, 280))).t("; CXR improving bibasal consolidation\n")
    c.t("CVS: ").c(f"norepinephrine {c.ri(2, 10)} mcg/min").t(", MAP ").c(str(c.ri(65, 78))).t("; lactate ").c(c.fv(0.8, 2.0)).t("\n")
    c.t("Renal: Cr ").c(f"{c.ri(90, 260)} umol/L").t(", UO ").c(f"{c.ri(30, 90)} mL/h").t(", balance ").c(f"+{c.fv(0.2, 3)} L").t("\n")
    c.t("ID: ").c("pip-tazo 4.5 g IV q6h").t(" day ").c(str(c.ri(2, 6))).t("; sputum: H. influenzae\n")
    c.t(f"Family: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(" updated by phone (").p("PHONE", f"{area}-{c.ri(201, 989)}-{c.dig(4)}")
    c.t("); drives in from ").p("ADDRESS", city).t(" daily.\n")
    c.t("Plan: SBT in am, diurese, mobilize with PT.\nDr. ").nm(doc.fl).t(", FRCPC (Critical Care)\n")
    return c.build(_fhir(q, dob, [("phn", phn), ("mrn", mrn)]))


def ab_family_conf(c: C) -> Note:
    """ICU family conference (Alberta): agent under a personal directive, goals of care designation change."""
    q = c.pat()
    dob, age = c.dob(55, 96)
    uli, mrn = ab_uli(c.r), c.dig(7)
    street, city, pcode, area = ca_place(c, "AB")
    att, sw, rn = c.staff(), c.staff("f"), c.staff()
    agent = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    son = c.rel(q, "m", same=True)
    c.t("ICU FAMILY CONFERENCE - GOALS OF CARE\n")
    c.t("Date: ").d(c.today, "DMONY").t(f"   {c.tm(13, 17)}   Location: family room, GSICU\n")
    c.t("Patient: ").nm(q.LFm).t("   ULI ").p("ID", uli).t("   MRN ").p("ID", mrn).t("   Age ").age(age).t("\n")
    c.t("Agent (Personal Directive): ").nm(agent.fl).t(f" ({'wife' if agent.sex == 'f' else 'husband'}), ").p("PHONE", f"({area}) {c.ri(201, 989)}-{c.dig(4)}").t("\n")
    c.t("Home: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(", AB ").p("ZIP", pcode).t("\n")
    c.t("Attendees: Dr. ").nm(att.fl).t(" (intensivist), ").nm(sw.fl).t(" (social work), ").nm(rn.fl).t(" (RN), son ")
    c.nm(son.first).t(" (via Zoom)\n")
    c.t("Medical update: day ").c(str(c.ri(8, 20))).t(" of ventilation, failed ").c("3").t(" SBTs; new ").c("CVVHD").t("; ")
    c.t("MRC weakness; trach discussed.\n")
    c.t("Outcome: GCD changed from ").c("R1").t(" to ").c("M2").t(" - no CPR, no re-intubation if extubated, continue ICU care "
                                                             "short of that; revisit Friday.\n")
    return c.build(_fhir(q, dob, [("uli", uli), ("mrn", mrn)]))


def ns_toa(c: C) -> Note:
    """ICU-to-ward transfer of accountability (Nova Scotia), SBAR form between nurses."""
    q = c.pat()
    dob, _age = c.dob(25, 93)
    hcn, mrn = f"{c.dig(4)} {c.dig(3)} {c.dig(3)}", c.dig(7)
    street, city, pcode, area = ca_place(c, "NS")
    s_rn, r_rn, hosp = c.staff(), c.staff(), c.staff()
    nok = c.rel(q, same=True)
    nrel = c.ch(["brother", "son"]) if nok.sex == "m" else c.ch(["sister", "daughter"])
    c.t("TRANSFER OF ACCOUNTABILITY - ICU TO 6B (SBAR)\n")
    c.t("Date: ").d(c.today, "iso").t(f"   Time: {c.tm(10, 18)}\n")
    c.t("Name: ").nm(q.fl).t("   HCN: ").p("ID", hcn).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "ussh").t("\n")
    c.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", city).t(" NS ").p("ZIP", pcode).t("\n")
    c.t(f"S: ICU day {c.ri(3, 8)}, {c.ch(['resolving DKA', 'post-op AAA repair', 'post-arrest, neuro intact'])}; stable for ward\n")
    c.t("B: T2DM, HTN, smoker ").c("40 pack-years").t("\n")
    c.t("A: HR ").c(str(c.ri(70, 100))).t(", BP ").c(f"{c.ri(110, 150)}/{c.ri(60, 85)}").t(", RR ").c(str(c.ri(14, 22)))
    c.t(", SpO2 ").c(f"{c.ri(92, 98)}%").t(" RA, CBG ").c(c.fv(6, 12)).t("; ").c("insulin glargine 18 units").t(" qHS, ")
    c.c("lispro sliding scale").t("; voiding; ambulating with 1 assist\n")
    c.t("R: q4h vitals x 24 h; CCOT follow-up; hospitalist Dr. ").nm(hosp.last).t(" now MRP\n")
    c.t("NOK: ").nm(nok.fl).t(f" ({nrel}) ").p("PHONE", f"({area}) {c.ri(201, 989)}-{c.dig(4)}").t("\n")
    c.t("Sending RN: ").nm(s_rn.fl).t("   Receiving RN: ").nm(r_rn.fl).t("\n")
    return c.build(_fhir(q, dob, [("hcn", hcn), ("mrn", mrn)]))


# ------------------------------------------------------------------------------ Ireland (3)
def ie_micas(c: C) -> Note:
    """Mobile intensive care ambulance referral for an inter-hospital critical care transfer (Ireland)."""
    q = c.pat()
    dob, _age = c.dob(20, 85)
    street, town, county, eir, code = ie_place(c)
    mrn, pps = c.dig(7), ppsn_no(c.r)
    ref, acc, mc, nurse = c.staff(), c.staff(), c.staff(), c.staff("f")
    bro = c.rel(q, "m", same=True)
    c.t("MOBILE INTENSIVE CARE TRANSFER - REFERRAL FORM\n")
    c.t("Date: ").d(c.today, "dmy").t(f"   Referral time {c.tm(0, 23)}\n")
    c.t("Referring consultant: Dr ").nm(ref.fl).t(", ICU; direct line ").p("PHONE", f"({code}) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}").t("\n")
    c.t("Accepting consultant: Dr ").nm(acc.fl).t(" (tertiary ICU) - accepted\n")
    c.t("Patient: ").nm(q.fl).t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "dmy").t("   PPSN ").p("SSN", pps).t("\n")
    c.t("Address: ").p("ADDRESS", street).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir).t("\n")
    c.t(f"Reason: {c.ch(['needs ECMO assessment', 'for neurosurgical input - SAH', 'liver failure for transplant assessment'])}\n")
    c.t("Vent: ").c("APRV").t(" P-high ").c(str(c.ri(26, 32))).t(", P-low ").c("0").t(", FiO2 ").c(c.fv(0.6, 1.0, 2))
    c.t("; PaO2 ").c(f"{c.fv(7.5, 10)} kPa").t("\n")
    c.t("Infusions: ").c(f"noradrenaline {c.fv(0.1, 0.4, 2)} mcg/kg/min").t(", ").c(f"midazolam {c.ri(4, 10)} mg/h").t(", ")
    c.c(f"morphine {c.ri(2, 6)} mg/h").t("\n")
    c.t("NOK: ").nm(bro.fl).t(" (brother) ").p("PHONE", ie_mob(c)).t("\n")
    c.t("Transfer team: Dr ").nm(mc.last).t(" (consultant), ").nm(nurse.fl).t(" (ICU nurse)\n")
    return c.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


def ie_nursing_eval(c: C) -> Note:
    """ICU 12-hour nursing evaluation (day shift) with the named nurse and family contact."""
    q = c.pat()
    dob, age = c.dob(48, 94)
    mrn = c.dig(7)
    rn, cnm, reg = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "m" if q.sex == "f" else "f", same=True)
    dau = c.rel(q, "f", same=c.r.random() < 0.5)
    d = c.today
    c.t("ICU NURSING EVALUATION - day shift 08:00-20:00\n")
    c.t(f"{c.wd(d)} ").d(d, c.ch(["ordl", "ofl"])).t("   Named nurse: ").nm(rn.fl).t("   CNM2: ").nm(cnm.fl).t("\n")
    c.nm(q.fl).t(" (MRN ").p("ID", mrn).t(", ").age(age).t(f" yrs) - day {c.ri(2, 6)} post {c.ch(['oesophagectomy', 'emergency laparotomy', 'cardiac arrest (VF)'])}\n")
    c.t("Neuro: RASS ").c("-2").t(" -> ").c("-1").t("; PEARL ").c("3 mm").t("; ").c(f"propofol {c.ri(80, 200)} mg/h").t(" weaned to ")
    c.c(f"{c.ri(20, 60)} mg/h").t("\n")
    c.t("Resp: PS ").c(str(c.ri(8, 14))).t(" / PEEP ").c(str(c.ri(5, 8))).t(", FiO2 ").c(c.fv(0.3, 0.45, 2)).t(", Vt ")
    c.c(str(c.ri(400, 600))).t("; moderate creamy secretions, sputum sent\n")
    c.t("CVS: SR ").c(str(c.ri(70, 100))).t(", MAP ").c(str(c.ri(65, 85))).t(" off ").c("noradrenaline").t(" since 11:00\n")
    c.t("Renal: UO ").c(f"{c.ri(40, 120)} mL/h").t("; balance ").c(f"-{c.ri(200, 900)} mL").t("; K ").c(c.fv(3.6, 4.8)).t("\n")
    c.t(f"Family: {'husband' if sp.sex == 'm' else 'wife'} ").nm(sp.first).t(" and daughter ").nm(dau.first)
    c.t(" visited; spoke with Dr ").nm(reg.last).t(". Contact: ").p("PHONE", ie_mob(c)).t("\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_trach_sheet(c: C) -> Note:
    """Tracheostomy bedside information sheet with the weaning plan."""
    q = c.pat()
    dob, _age = c.dob(25, 88)
    mrn = c.dig(7)
    ins = c.dt(-12, -4)
    doc, slt, phys = c.staff(), c.staff(), c.staff()
    c.t("TRACHEOSTOMY BEDSIDE INFORMATION - keep at bedside\n")
    c.t("Name: ").nm(q.fL).t("   MRN: ").p("ID", mrn).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("Inserted: ").d(ins, c.ch(["dmy", "ordsh"])).t(" - percutaneous, ICU, by Dr ").nm(doc.fl).t("\n")
    c.t("Tube: ").c(c.ch(["Portex Blueline Ultra size 8.0", "Shiley size 7.0 XLT", "Tracoe Twist size 8"])).t(", cuffed, inner cannula; "
                                                                                                  "first change due day ")
    c.c(str(c.ri(7, 10))).t("\nCuff pressure ").c(f"{c.ri(20, 30)} cmH2O").t(" (check 8-hourly)\n")
    g = c.ch(["1", "2", "3"])
    c.t("Grade of laryngoscopy at intubation: ").c(g).t(" (difficult - see alert)\n" if g == "3" else " (easy airway)\n")
    c.t("Weaning plan: cuff deflation ").c("2 h").t(" x2 today -> ").c("4 h").t("; speaking valve with SLT ").nm(slt.first)
    c.t("; FEES booked; HME ").c(f"{c.ri(28, 40)}%").t(" O2.\n")
    c.t("Physio ").nm(phys.first).t(": suction PRN, ").c(f"{c.ri(2, 3)}").t(" sessions/day.\n")
    c.t("Emergency: call ICU outreach; spare tube sizes ").c("8.0 and 7.0").t(" at bedside.\n")
    return c.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ New Zealand (3)
def nz_whanau_hui(c: C) -> Note:
    """Whanau hui (family meeting) in ICU with the kaumatua and the Maori health team."""
    q = c.pat(grp=c.ch(["mao", "mao", "nz"]))
    dob, age = c.dob(40, 95)
    nhi = nhi_no(c.r)
    sub, _city, _pc, area = c.ch(NZ_SUB)
    cons, kc, rn = c.staff(), c.person("mao"), c.staff()
    kau = c.person("mao", "m")
    dau = c.rel(q, "f", same=c.r.random() < 0.6)
    son = c.rel(q, "m", same=True)
    c.t("WHANAU HUI - ICU\n")
    c.t("Date: ").d(c.today, "dmy1").t(f"   {c.tm(10, 18)}   Whanau room\n")
    c.t("Patient: ").nm(q.fL).t("   NHI ").p("ID", nhi).t("   Age ").age(age).t("   Iwi: ")
    c.t(c.ch(["Ngapuhi", "Ngati Porou", "Tainui", "Ngati Kahungunu"])).t("\n")
    c.t("Present: Dr ").nm(cons.fl).t(" (ICU specialist); ").nm(kc.fl).t(" (Maori health kaiatawhai); ").nm(rn.fl)
    c.t(" (RN); whanau - ").nm(dau.fl).t(" (daughter), ").nm(son.fl).t(" (son), kaumatua ").nm(kau.fl).t("\n")
    c.t("Opened with karakia (").nm(kau.first).t(").\n")
    c.t("Update: ventilated day ").c(str(c.ri(4, 12))).t("; ").c(f"noradrenaline {c.fv(0.1, 0.4, 2)} mcg/kg/min").t("; FiO2 ")
    c.c(c.fv(0.4, 0.7, 2)).t("; CT brain showed ").c(c.ch(["large L MCA infarct", "extensive hypoxic injury"])).t(".\n")
    c.t("Whanau wish to bring ").nm(q.first).t(" home to ").p("ADDRESS", sub).t(" if ").t(q.he).t(" dies; staff to support "
                                                                                         "tikanga, incl. karakia at "
                                                                                         "extubation.\n")
    c.t("Agreed: no CPR, continue current support for 48 h then meet again.\n")
    c.t("Main contact: ").nm(dau.first).t(" ").p("PHONE", nz_mob(c)).t("; home ").p("PHONE", nz_land(c, area)).t("\n")
    return c.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_icu_admission(c: C) -> Note:
    """ICU admission note (New Zealand) with NHI, home address and GP."""
    q = c.pat()
    dob, age = c.dob(18, 90)
    nhi = nhi_no(c.r)
    sub, city, pc, _area = c.ch(NZ_SUB)
    reg, gp, cons = c.staff(), c.staff(), c.staff()
    nok = c.rel(q, same=c.r.random() < 0.5)
    nr = ("brother" if nok.sex == "m" else "sister") if nok.last == q.last else "partner"
    c.t("DCCM ADMISSION NOTE\n")
    c.d(c.today, c.ch(["dmy", "ordl"])).t(f", {c.tm(0, 23)} - Dr ").nm(reg.fl).t(" (ICU registrar), under Dr ").nm(cons.last).t("\n")
    c.nm(q.fl).t(", ").age(age).t(f"{q.sex.upper()}, NHI ").p("ID", nhi).t(", DOB ").d(dob, "dmy1").t("\n")
    c.t("Address: ").p("ADDRESS", f"{c.ri(1, 180)} {c.ch(NZ_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ")
    c.p("ZIP", pc).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").p("ADDRESS", sub).t(" Medical Centre\n")
    k = c.ri(0, 2)
    c.t("Presentation: " + ["Group A strep necrotising fasciitis L leg", "severe asthma, silent chest",
                            "rheumatic MS with pulmonary oedema"][k] + "\n")
    c.t("Obs: HR ").c(str(c.ri(110, 150))).t(", BP ").c(f"{c.ri(75, 95)}/{c.ri(40, 55)}").t(", RR ").c(str(c.ri(28, 40)))
    c.t(", SpO2 ").c(f"{c.ri(85, 93)}%").t(", T ").c(c.fv(36, 40)).t(", GCS ").c(str(c.ri(10, 15))).t("\n")
    c.t("Support: ").c(f"noradrenaline {c.ri(8, 25)} mcg/min").t(", ")
    if k == 0:
        c.c("benzylpenicillin 2.4 g 4-hourly").t(" + ").c("clindamycin 900 mg IV 8-hourly").t(", ").c("IVIG 1 g/kg").t(" considered\n")
    elif k == 1:
        c.c("magnesium 2 g IV").t(", ").c("salbutamol 10 mcg/min").t(" infusion, ").c("hydrocortisone 100 mg IV").t("\n")
    else:
        c.c("furosemide 80 mg IV").t(", ").c("GTN 50 mcg/min").t("; rate control ").c("digoxin 500 mcg IV").t("\n")
    c.t("Lactate ").c(c.fv(2, 7)).t(", CK ").c(str(c.ri(300, 9000))).t(", creat ").c(str(c.ri(90, 350))).t("\n")
    c.t("NOK: ").nm(nok.fl).t(f" ({nr}) ").p("PHONE", nz_mob(c)).t("\n")
    return c.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_par_review(c: C) -> Note:
    """Patient-at-risk (outreach) nurse review two days after ICU discharge."""
    q = c.pat()
    dob, age = c.dob(25, 93)
    nhi = nhi_no(c.r)
    par, hs = c.staff("f"), c.staff()
    d = c.today
    dis = d - timedelta(days=2)
    c.t("PATIENT AT RISK (PAR) TEAM - POST-ICU REVIEW\n")
    c.t(f"{c.wd(d, True)} ").d(d, "dot").t(f" {c.tm(8, 12)}   Ward {c.ri(2, 9)}{c.ch('ABCD')}\n")
    c.t("Pt: ").nm(q.LF).t("   NHI ").p("ID", nhi).t("   Age ").age(age).t("   ICU discharge ").d(dis, "dsh").t("\n")
    c.t("EWS ").c(str(c.ri(1, 5))).t("; RR ").c(str(c.ri(16, 24))).t(", SpO2 ").c(f"{c.ri(92, 98)}%").t(" on ").c("1 L NP")
    c.t(", HR ").c(str(c.ri(70, 105))).t(", BP ").c(f"{c.ri(100, 150)}/{c.ri(55, 85)}").t("\n")
    c.t("Mobilising with frame, eating ").c("50%").t(" of meals; Hb ").c(str(c.ri(78, 105))).t("; ").c("ferric carboxymaltose 1 g IV")
    c.t(" given yesterday.\n")
    c.t("Delirium screen (4AT) ").c(str(c.ri(0, 4))).t(". Sleep poor - ").c("melatonin 2 mg nocte").t(" charted by house surgeon ")
    c.nm(hs.fl).t(".\n")
    c.t("Plan: PAR sign off if EWS <").c("3").t(" tomorrow. - ").nm(par.fl).t(", PAR CNS, ext ").p("PHONE", str(c.ri(20000, 29999))).t("\n")
    return c.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India (2), South Africa (2), Hong Kong (2), Philippines (1)
def in_micu_progress(c: C) -> Note:
    """MICU daily progress sheet (India): UHID, IP number, relatives' counselling."""
    q = c.pat()
    dob, age = c.dob(25, 85)
    uhid, ipno = f"UH{c.dig(9)}", f"IP/{c.today.year % 100}/{c.dig(5)}"
    cons, jr = c.staff(), c.staff()
    att = c.rel(q, "m", same=True)
    hon = "Sh." if q.sex == "m" else "Smt."
    c.t("MEDICAL ICU - DAILY PROGRESS SHEET\n")
    c.t("Date: ").d(c.today, "dash").t(f"   Bed No: MICU-{c.ri(1, 20)}   Day {c.ri(2, 9)} of ICU stay\n")
    c.t(f"Name: {hon} ").nm(q.fl).t("   Age/Sex: ").age(age).t(f"/{q.sex.upper()}   UHID: ").p("ID", uhid).t("   IP No: ").p("ID", ipno).t("\n")
    c.t("Consultant: Dr. ").nm(cons.fl).t(" (Pulmonary & Critical Care)\n")
    k = c.ri(0, 3)
    c.t("Dx: " + ["scrub typhus with ARDS and MODS", "severe falciparum malaria",
                  "OP poisoning (chlorpyrifos) on ventilator", "leptospirosis with pulmonary haemorrhage"][k] + "\n")
    c.t("O/E: GCS ").c(f"E{c.ri(2, 4)}VtM{c.ri(4, 6)}").t(", PR ").c(f"{c.ri(96, 130)}/min").t(", BP ").c(f"{c.ri(86, 120)}/{c.ri(50, 75)} mmHg")
    c.t(" on ").c(f"Inj. Noradrenaline {c.fv(0.05, 0.3, 2)} mcg/kg/min").t(", SpO2 ").c(f"{c.ri(90, 97)}%").t("\n")
    c.t("Vent: VC-AC, TV ").c(f"{c.ri(360, 450)} ml").t(", RR ").c(str(c.ri(16, 24))).t(", PEEP ").c(str(c.ri(6, 12))).t(", FiO2 ")
    c.c(f"{c.ri(40, 70)}%").t("\n")
    c.t("Ix: Hb ").c(f"{c.fv(8, 12.5)} g/dl").t(", TLC ").c(str(c.ri(4000, 22000))).t(", Platelets ").c(f"{c.fv(0.2, 1.4)} lakh")
    c.t(", S. creat ").c(f"{c.fv(0.9, 3.8)} mg/dl").t(", ABG pH ").c(c.fv(7.22, 7.44, 2)).t("\n")
    c.t("Rx: ").c(["Inj. Doxycycline 100 mg IV BD", "Inj. Artesunate 2.4 mg/kg IV", "Inj. Atropine 2 mg IV PRN",
                   "Inj. Ceftriaxone 2 g IV OD"][k])
    c.t(", ").c("Inj. Pantoprazole 40 mg IV OD").t(", ").c(f"Inj. Fentanyl {c.ri(25, 75)} mcg/h").t("\n")
    c.t("Relatives counselled (son ").nm(att.fl).t(", mob ").p("PHONE", in_mob(c)).t(") regarding guarded prognosis; consent for "
                                                                                    "tracheostomy taken.\n")
    c.t("- Dr. ").nm(jr.fl).t(", JR (Medicine)\n")
    return c.build(_fhir(q, dob, [("uhid", uhid), ("ip", ipno)]))


def in_referral(c: C) -> Note:
    """Referral letter from a district hospital ICU to a tertiary centre (India), with Aadhaar and ABHA."""
    q = c.pat()
    dob, age = c.dob(20, 80)
    house, loc, city, state, pin = c.ch(IN_CITY)
    aad = aadhaar_no(c.r)
    abha = f"{c.dig(2)}-{c.dig(4)}-{c.dig(4)}-{c.dig(4)}"
    ref, rec = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    rel = "wife" if sp.sex == "f" else "husband"
    c.t("REFERRAL LETTER - ICU TO HIGHER CENTRE\n")
    c.t("Date: ").d(c.today, "dmy").t("\n")
    c.t("To,\nDr. ").nm(rec.fl).t(", Head, Critical Care Medicine\n\n")
    c.t("Respected Sir/Madam,\n")
    c.t(f"Kindly see {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(q.fl).t(", ").age(age).t(f" yrs/{q.sex.upper()}, Aadhaar ").p("ID", aad)
    c.t(", ABHA No. ").p("ID", abha).t(", R/o ").p("ADDRESS", house.format(a=c.ri(3, 400), b=c.ri(1, 99))).t(", ")
    c.p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(f", {state} - ").p("ZIP", pin.format(b=c.ri(1, 60))).t(".\n")
    c.t("Admitted here on ").d(c.dt(-5, -2), "dot").t(f" with {c.ch(['acute pancreatitis with ARDS', 'paraquat ingestion', 'snake bite (neurotoxic) on ventilator', 'post-partum haemorrhage with DIC'])}. "
                                                       "Currently intubated, on VC-AC FiO2 ")
    c.c(f"{c.ri(50, 80)}%").t(", PEEP ").c(str(c.ri(8, 14))).t(", BP ").c(f"{c.ri(90, 110)}/{c.ri(50, 70)}").t(" on ")
    c.c(f"noradrenaline {c.fv(0.1, 0.3, 2)} mcg/kg/min").t(".\n")
    c.t("Referred for dialysis/ECMO facility not available here. Attendant: ").nm(sp.fl).t(f" ({rel}), ").p("PHONE", in_mob(c)).t(".\n")
    c.t("Thanking you,\nDr. ").nm(ref.fl).t(", MD (Anaesthesia), ICU in-charge\n")
    return c.build(_fhir(q, dob, [("aadhaar", aad.replace(" ", "")), ("abha", abha)]))


def za_icu_request(c: C) -> Note:
    """ICU bed request / triage form at a public hospital (South Africa)."""
    q = c.pat()
    dob, age = c.dob(18, 75)
    sub, _city, pc, _code = c.ch(ZA_SUB)
    idn = za_id(c.r, dob, q.sex)
    folder = f"{c.ch(['FN', 'HN'])}{c.dig(7)}"
    mo, icu = c.staff(), c.staff()
    if age < 45:
        mom, mrel = c.rel(q, "f", same=True), "Mother"
    else:
        mom = c.rel(q, same=c.r.random() < 0.6)
        mrel = ("Son" if mom.sex == "m" else "Daughter") if mom.last == q.last else ("Husband" if mom.sex == "m" else "Wife")
    c.t("REQUEST FOR ICU ADMISSION - TRIAGE FORM\n")
    c.t("Date: ").d(c.today, "ymd").t(f"   Time: {c.tm(0, 23)}   Ward: {c.ch(['Casualty resus', 'Medical ward M3', 'Surgical ward S2'])}\n")
    c.t("Patient: ").nm(q.fL).t("   Folder no: ").p("ID", folder).t("   ID no: ").p("ID", idn).t("   Age ").age(age).t("\n")
    c.t("Address: ").p("ADDRESS", f"{c.ri(1, 4000)} {c.ch(ZA_ST)}").t(", ").p("ADDRESS", sub).t(", ").p("ZIP", pc).t("\n")
    c.t("Requesting doctor: Dr ").nm(mo.fl).t(" (MO), cell ").p("PHONE", za_cell(c)).t("\n")
    c.t(f"Diagnosis: {c.ch(['TB meningitis, GCS dropping', 'PCP pneumonia, new HIV', 'blunt abdominal trauma post laparotomy', 'eclampsia, post C-section'])}\n")
    c.t("HIV: ").c(c.ch(["positive, CD4 42, not on ART", "negative", "positive, VL <50 on TLD"])).t("\n")
    c.t("Vitals: GCS ").c(str(c.ri(7, 14))).t(", HR ").c(str(c.ri(100, 145))).t(", BP ").c(f"{c.ri(80, 160)}/{c.ri(45, 100)}")
    c.t(", RR ").c(str(c.ri(22, 38))).t(", SpO2 ").c(f"{c.ri(80, 94)}%").t(", HGT ").c(c.fv(3.5, 18)).t("\n")
    c.t("Priority (SCCSSA triage): ").c(c.ch(["1", "2", "3"])).t("   Outcome: ").t(c.ch(["accepted - bed 4", "declined - no bed, re-discuss at 18:00", "accepted to HCU"]))
    c.t(" per Dr ").nm(icu.last).t(" (ICU)\n")
    c.t(f"{mrel} ").nm(mom.fl).t(" informed, cell ").p("PHONE", za_cell(c)).t("\n")
    return c.build(_fhir(q, dob, [("za_id", idn), ("folder", folder)]))


def za_icu_admission(c: C) -> Note:
    """Private-sector ICU admission note (South Africa) with medical aid and the treating specialist."""
    q = c.pat()
    dob, age = c.dob(30, 92)
    sub, city, _pc, code = c.ch(ZA_SUB)
    idn = za_id(c.r, dob, q.sex)
    hosp = c.dig(8)
    ma = f"{c.dig(9)}"
    spec, reg = c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    c.t("ICU ADMISSION NOTE\n")
    c.d(c.today, c.ch(["dmy", "ymd"])).t(f" {c.tm(0, 23)}   Admitted under Dr ").nm(spec.fl).t(" (physician/intensivist)\n")
    c.t("Name: ").nm(q.lf).t("   Hosp no: ").p("ID", hosp).t("   ID: ").p("ID", idn).t("\n")
    c.t("Medical aid: ").t(c.ch(["Discovery", "Bonitas", "GEMS", "Momentum"])).t(", member no ").p("ID", ma).t(" (principal member: ")
    c.nm(sp.fl if c.r.random() < 0.5 else q.fl).t(")\n")
    c.t("Lives in ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t("; ").age(age).t(" years old.\n")
    k = c.ri(0, 2)
    c.t("PC: " + ["NSTEMI with cardiogenic shock", "COVID pneumonia with HFNO failure", "upper GI bleed on warfarin"][k] + "\n")
    c.t("HR ").c(str(c.ri(95, 140))).t(", BP ").c(f"{c.ri(78, 105)}/{c.ri(40, 65)}").t(", SpO2 ").c(f"{c.ri(86, 95)}%").t(", lactate ")
    c.c(c.fv(2.0, 6.5)).t(", Hb ").c(c.fv(6.5, 13.5)).t(", troponin ").c(str(c.ri(20, 5000))).t(", INR ").c(c.fv(1.0, 4.5)).t("\n")
    c.t("Plan: ").c(["dobutamine 5 mcg/kg/min", "noradrenaline 0.1 mcg/kg/min", "vitamin K 10 mg IV"][k]).t(", arterial line, CVC; ")
    c.c(["enoxaparin 1 mg/kg BD", "dexamethasone 6 mg daily", "pantoprazole 80 mg IV stat then 8 mg/h"][k]).t("\n")
    c.t(f"{'Wife' if sp.sex == 'f' else 'Husband'}: ").nm(sp.first).t(", ").p("PHONE", za_cell(c)).t("; home ")
    c.p("PHONE", f"({code}) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}").t("\n")
    c.t("- Dr ").nm(reg.f_l).t(", registrar\n")
    return c.build(_fhir(q, dob, [("za_id", idn), ("hosp", hosp)]))


def hk_icu_discharge(c: C) -> Note:
    """ICU discharge summary (Hong Kong public hospital): HKID, HN, Chinese name order and English name."""
    q = c.pat()
    dob, age = c.dob(40, 96)
    hkid = hkid_no(c.r)
    hn = f"HN{c.dig(8)}{c.ch('0123456789')}"
    est, dist = c.ch(HK_EST)
    eng = c.eng(q)
    mo, cons = c.staff(), c.staff()
    kid = c.rel(q, same=True)
    c.t("INTENSIVE CARE UNIT - DISCHARGE SUMMARY\n")
    c.t("Name: ").nm(q.hk).t(" (").nm(eng).t(")   HKID: ").p("ID", hkid).t("   HN: ").p("ID", hn).t("\n")
    c.t(f"Sex/Age: {q.sex.upper()}/").age(age).t("   DOB: ").d(dob, "dMony").t("\n")
    c.t("Address: ").p("ADDRESS", f"Flat {c.ri(1, 40)}{c.ch('ABCDEFGH')}, {c.ri(2, 38)}/F, Block {c.ri(1, 12)}, {est}").t(", ")
    c.p("ADDRESS", dist).t(f", {HK_REGION[dist]}\n")
    c.t("ICU admission: ").d(c.dt(-12, -4), "dmy").t("   Discharge to: medical ward ").d(c.today, "dmy").t("\n")
    c.t(f"Diagnosis: {c.ch(['severe CAP with type 1 respiratory failure', 'septic shock from liver abscess (Klebsiella)', 'acute on chronic respiratory failure, COPD'])}\n")
    c.t("Progress: intubated ").c(f"{c.ri(3, 8)} days").t("; ").c("noradrenaline").t(" max ").c(f"{c.fv(0.1, 0.5, 2)} mcg/kg/min")
    c.t("; extubated to HFNC then ").c("2 L NC").t(".\n")
    c.t("Meds on discharge: ").c("Augmentin 1 g BD").t(", ").c("famotidine 20 mg BD").t(", ").c("enoxaparin 40 mg SC daily").t("\n")
    c.t(f"Family: {'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.hk).t(", tel ").p("PHONE", hk_ph(c)).t("\n")
    c.t("MO: Dr ").nm(mo.hk).t("   Consultant: Dr ").nm(cons.hk).t("\n")
    return c.build(_fhir(q, dob, [("hkid", hkid), ("hn", hn)]))


def hk_family_meeting(c: C) -> Note:
    """Family meeting in ICU (Hong Kong) with the patient's children; limitation of treatment recorded."""
    q = c.pat()
    dob, age = c.dob(60, 98)
    hkid = hkid_no(c.r)
    hn = f"HN{c.dig(8)}{c.ch('0123456789')}"
    cons, rn, mo = c.staff(), c.staff("f"), c.staff()
    s1 = c.rel(q, "m", same=True)
    d1 = c.rel(q, "f", same=True)
    c.t("ICU FAMILY MEETING RECORD\n")
    c.t("Date: ").d(c.today, "sh").t(f"   Time: {c.tm(14, 19)}   Language: Cantonese\n")
    c.t("Patient: ").nm(f"{q.last.upper()}, {q.first.replace('-', ' ').title()}").t("   HKID ").p("ID", hkid).t("   HN ")
    c.p("ID", hn).t("   Age ").age(age).t("\n")
    c.t("Attended: Dr ").nm(cons.hk).t(" (Consultant, ICU), Dr ").nm(mo.hk).t(" (MO), APN ").nm(rn.hk).t("; son ").nm(s1.hk)
    c.t(", daughter ").nm(d1.hk).t("\n")
    c.t("Condition explained: ICU day ").c(str(c.ri(5, 14))).t(", ventilated, FiO2 ").c(c.fv(0.5, 0.8, 2)).t(", PEEP ")
    c.c(str(c.ri(8, 14))).t(", on ").c("CVVH").t("; APACHE IV ").c(str(c.ri(80, 130))).t("\n")
    c.t("Family decision: DNACPR; no escalation (no ECMO); continue current treatment. Advance directive not available.\n")
    c.t("Contact: son ").p("PHONE", hk_ph(c, True, 0)).t(", daughter ").p("PHONE", hk_ph(c, True, 1)).t("\n")
    return c.build(_fhir(q, dob, [("hkid", hkid), ("hn", hn)]))


def ph_endorsement(c: C) -> Note:
    """ICU nurse-to-nurse shift endorsement (Philippines)."""
    q = c.pat()
    dob, age = c.dob(25, 85)
    city, prov, zp = c.ch(PH_CITY)
    hosp = f"{c.today.year % 100}-{c.dig(6)}"
    phic = f"{c.dig(2)}-{c.dig(9)}-{c.dig(1)}"
    n1, n2, att = c.staff(), c.staff(), c.staff()
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=True)
    mname = c.rel(q, "f", same=False).last
    c.t("ICU ENDORSEMENT - 7AM-7PM shift\n")
    c.t("Date: ").d(c.today, "usl").t(f"   Bed {c.ri(1, 12)}\n")
    c.t("Pt: ").nm(f"{q.last.upper()}, {q.first} {mname[0]}").t(".   ").age(age).t(f"/{q.sex.upper()}   Hosp # ").p("ID", hosp).t("   PhilHealth ")
    c.p("ID", phic).t("\n")
    c.t("Address: ").p("ADDRESS", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, {c.ch(['Villa Verde Subdivision', 'Greenfields Homes', 'Camella Homes'])}").t(", ")
    c.p("ADDRESS", c.ch(PH_BRGY)).t(", ").p("ADDRESS", city).t(f", {prov} ").p("ZIP", zp).t("\n")
    c.t(f"Dx: {c.ch(['Dengue severe, shock', 'Leptospirosis with pulmonary hemorrhage', 'HCAP, septic shock', 'ACS-NSTEMI, cardiogenic shock'])}; "
        "AP: Dr. ").nm(att.fl).t("\n")
    c.t("VS: BP ").c(f"{c.ri(80, 110)}/{c.ri(50, 70)}").t(", HR ").c(str(c.ri(90, 130))).t(", RR ").c(str(c.ri(18, 30))).t(", T ")
    c.c(c.fv(36.5, 39)).t(", O2 sat ").c(f"{c.ri(90, 98)}%").t(" via MV: AC, FiO2 ").c(f"{c.ri(40, 70)}%").t(", PEEP ").c(str(c.ri(5, 10))).t("\n")
    c.t("Drips: ").c(f"norepinephrine {c.ri(4, 16)} mcg/min").t(", ").c(f"midazolam {c.ri(2, 6)} mg/hr").t("; CBG ")
    c.c(f"{c.ri(90, 240)} mg/dL").t("; UO ").c(f"{c.ri(20, 60)} cc/hr").t("\n")
    c.t("For: CBC, creatinine AM; BT ").c("1 unit PRBC").t(" if Hgb <").c("7").t(".\n")
    c.t("Watcher: ").nm(sp.fl).t(f" ({'wife' if sp.sex == 'f' else 'husband'}), ").p("PHONE", ph_mob(c)).t("\n")
    c.t("Endorsed by: ").nm(n1.fl).t(", RN   Received by: ").nm(n2.fl).t(", RN\n")
    return c.build(_fhir(q, dob, [("hosp", hosp), ("philhealth", phic)]))


# ------------------------------------------------------------------------------ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "critical care outreach call record", en_ccot_call),
    ("en", "ICU admission note (ICM registrar)", en_icu_admission),
    ("en", "ICU patient diary", en_icu_diary),
    ("en", "record of discussion with family", en_relatives_meeting),
    ("en", "ventilation and sedation chart extract", en_vent_chart),
    ("en", "critical care step-down summary", en_stepdown),
    ("en", "ICU follow-up clinic letter", en_followup_letter),
    ("en", "critical care network transfer record", en_network_transfer),
    ("sc", "ICU daily ward round review", sc_daily_review),
    ("sc", "emergency retrieval tasking record", sc_retrieval),
    ("cy", "outreach to Hospital at Night handover list", cy_outreach_handover),
    ("ni", "GP information after critical illness", ni_discharge_letter),
    ("us", "MICU admission H&P", us_micu_hp),
    ("us", "respiratory therapy ventilator checks and SBT", us_rt_flowsheet),
    ("us", "rapid response team event note", us_rrt_event),
    ("us", "ICU family meeting (goals of care)", us_goc_meeting),
    ("us", "tele-ICU intervention note", us_teleicu),
    ("us", "ICU liberation bundle checklist", us_abcdef),
    ("us", "transfer center ECMO request", us_transfer_center),
    ("us", "ECMO daily progress note", us_ecmo_daily),
    ("us", "ICU recovery clinic e-mail to the PCP", us_recovery_clinic),
    ("us", "lower-case SICU SBAR handoff", us_sbar_lower),
    ("au", "MET call record", au_met_call),
    ("au", "ICU liaison nurse review", au_liaison_review),
    ("au", "aeromedical retrieval record (NT)", au_retrieval),
    ("au", "ICU eDischarge summary to GP", au_discharge_gp),
    ("au", "organ support summary table", au_organ_support),
    ("au", "lower-case ICU follow-up phone call", au_followup_lower),
    ("ca", "critical care referral line log (ON)", on_criticall),
    ("ca", "ICU daily progress note (BC)", bc_progress),
    ("ca", "ICU family conference, goals of care designation (AB)", ab_family_conf),
    ("ca", "ICU-to-ward transfer of accountability (NS)", ns_toa),
    ("ie", "mobile intensive care transfer referral", ie_micas),
    ("ie", "ICU nursing 12-hour evaluation", ie_nursing_eval),
    ("ie", "tracheostomy bedside information sheet", ie_trach_sheet),
    ("nz", "whanau hui in ICU", nz_whanau_hui),
    ("nz", "DCCM admission note", nz_icu_admission),
    ("nz", "patient-at-risk post-ICU review", nz_par_review),
    ("in", "MICU daily progress sheet", in_micu_progress),
    ("in", "ICU referral letter to a higher centre", in_referral),
    ("za", "ICU admission request / triage form", za_icu_request),
    ("za", "private ICU admission note", za_icu_admission),
    ("hk", "ICU discharge summary", hk_icu_discharge),
    ("hk", "ICU family meeting record", hk_family_meeting),
    ("ph", "ICU nursing shift endorsement", ph_endorsement),
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
            note = fn(C(74_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
