"""HELD-OUT v85 PHI corpus: written independently, before any round-85 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout81 / heldout82 / heldout83 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout83's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, the opening and closing lines of its name table,
``_split`` / ``G`` / ``PAT`` / ``STAFF_INTL`` / ``HOME_STAFF`` / ``GRP_LOC`` / ``_KID`` lines, the
opening and closing lines of its word-like and Faker-word lists, ``BAD_INITS``, ``Redraw``,
``fmt``, ``P``, its identifier and check-digit helpers, ``_fhir``, ``C``, the first lines of its
place tables, its place-word loop, its first place and phone helpers, the first entries of its
``TEMPLATES`` list and a grep of its function and table names were seen while reading for those
mechanics, but this file's name groups, word-like and eponym list, places, phone and date formats,
document types and templates are its own; its check digits follow the published algorithms - NHS /
H&C / CHI modulus 11, the Canadian SIN and SA ID numbers (Luhn), BC PHN modulus 11, the AU Medicare
check digit, Irish PPSN modulus 23, NZ NHI (the old modulus-11 digit and the 2022 modulus-23 check
letter), the Singapore NRIC check letter and Verhoeff for Aadhaar - and were checked, outside the
repository, with separately written validators); also a listing of
``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and dependency lines of
``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2 list and
``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the other
held-out corpora being written at the same time were not read; ruff check (with ``--fix`` for F541
and, with its unsafe fix, RUF059 only; not ruff format) was run on this file; the scrubber was never run on this corpus -
no ``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of
its output looked at). Like v14-v83 it aims at the MAINSTREAM of English-language hospital and
clinical text with ordinary PHI density; it is modelled on MILITARY, VETERANS AND REMOTE OR OFFSHORE
MEDICINE: veterans' health administration notes (a VA CPRS primary care note, a VA Video Connect
mental health note, a Community Living Center hospice note), defence medical centre consultations
and fitness-for-duty (medical grading) reports (a JMES / PULHHEEMS medical board, an Army sick call
with a temporary profile, an ADF MEC review, a CAF CF 2088 summary, an NZDF grading, a Singapore PES
review, an Irish Defence Forces pre-deployment medical), training-area casualty reports (a heat
illness report, a CASEVAC 9-liner with a MIST handover), a ship's sick bay log and offshore oil-rig
and platform medic reports and medevac requests (North Sea, North West Shelf, Newfoundland, Mumbai
High), remote-station and expedition medical records (McMurdo, an Australian Antarctic station,
island nurses and GPs in Shetland / Orkney / the Inner Hebrides, Rathlin, the Aran Islands and
Donegal islands and the Chatham Islands), flying-doctor and telehealth consultations to isolated
communities (RFDS, an Alaska community health aide, a Nunavut health centre), repatriation and
aeromedical evacuation requests (travel-insurance repatriation, a TRAC2ES patient movement
request), seafarer medical certificates (OEUK / ENG1, MCA ML5, USCG CG-719K, a Philippine PEME) and
a trawler's radio medical advice log, and disability and pension claim medical reports (Veterans UK
AFCS, Op COURAGE and Veterans' NHS Wales referrals, a VA DBQ and a nexus letter, DVA, VAC, VANZ, a
POEA-SEC disability grading, ECHS and Department of Military Veterans referrals) - in the United
Kingdom (14: England 7, Scotland 3, Wales 2, Northern Ireland 2), the United States (10), Australia
(5), Canada (4: Ontario, British Columbia, Nunavut, Newfoundland and Labrador), Ireland (3), New
Zealand (3), the Philippines (2), India (2), South Africa (1) and Singapore (1).

Templates, cycled in order (see ``TEMPLATES``). England (7): Defence Primary Healthcare medical
board (JMES review) summaries (service number "24" / "25" / "30" + six digits (ID), the rank outside,
"LAST, First Middlename" or "First Middlename Last" (Gurkha middle names "Bahadur" / "Kumari"), DOB
and board dates in "dd Mon yy", "dd MON yy" or "dd Mon yyyy", NHS number spaced or not, a mobile, a
leave address (street, town, postcode), an MRI date "Mon yy" (DATE), the RMO "Maj / Capt / Lt Col
First Last RAMC", "Dr F Last (CMP)" and the physiotherapist by full name, a "Mil 94nnn nnnn" number
and an "01980" landline; ROM, hop test, SLR, ODI, audiometry grade, vision, the PULHHEEMS profile,
the JMES codes and the load limit clinical); Royal Hospital Chelsea infirmary reviews of an
In-Pensioner ("In-Pensioner" outside, the name, DOB with "(nn years)" (>= 90 labelled), an old
regimental number "14" / "22" + six digits (ID) with the corps and service years unlabelled, NHS
number, a fall "dd/mm/yyyy" with the time outside, the daughter by full name with the town she lives
in (ADDRESS) and a landline, "Dr First Last (ST4 ...)", a night nurse "F. Last"; lying / standing
BP, HR, temperature, NEWS2, AMT, Clinical Frailty Scale, drugs, Na and eGFR clinical; "Long Wards"
and berth numbers unlabelled); GP referral e-mails to Op COURAGE ("From: Dr First Last <nhs.net
e-mail>", "Sent: d Month yyyy" / "dd/mm/yyyy" with the time outside, "Subject: Referral - First
Last, DOB dd/mm/yyyy", "Mr / Ms Last", the service start and end as "Mon yyyy" / "Month yyyy"
(DATE), the service number, the spouse's first name, spaced NHS number, street, town, postcode, a
mobile and a personal e-mail, a first-name sign-off; PCL-5, PHQ-9, GAD-7, AUDIT, sertraline,
propranolol and the C-SSRS screen clinical; the referral mailbox and the practice unlabelled);
travel-insurance medical repatriation requests from a Spanish hospital (case reference
"NSA-yy-nnnnnn" and policy "TRV/nnnnnnn" (ID), "Title First LAST", "d Month yyyy" DOB, a UK
passport number (ID), street, town and postcode, "dd/mm/yyyy" admission, PCI and earliest flight
dates, the treating Spanish cardiologist by full name, the spouse by full name with a mobile, the
medical case manager with a person-named work e-mail and a direct line; NSTEMI, LAD, Hb, SpO2, LVEF,
the antiplatelet and other doses, the mode of flight and oxygen clinical); ENT reports to Veterans UK
for an AFCS or war pension claim (secretary landline, "Your ref: AFCS/nnnnnn/yy" (ID), "dth Month
yyyy" / "d Month yyyy", "Re: Title First Middlename Last, DOB dd.mm.yyyy" over street, town and
postcode, the National Insurance number (SSN), the service number, "d Month" seen, service years
unlabelled, "Mr / Miss First Last FRCS (ORL-HNS)"; the audiogram rows, tympanometry, THI and hearing
aids clinical); Royal Navy ship's sick bay logs (the ship, the noon position in degrees and minutes
and the sea state unlabelled, "dd MON yy" / "dd MON yyyy" / "dd Mon yy" log date, three sailors as
"RATE SURNAME F" with the rate outside and service numbers (ID), a tetanus date "mm/yyyy" (DATE), the
medical assistant as "SURNAME F" and "PO(MA) F. Last" with a 4-digit extension (PHONE), "Surg Lt Cdr
First Last RN"; temperature, Centor, penicillin, steristrips, ECG, SpO2, aspirin and GTN clinical;
times unlabelled); heat illness incident reports (F Med 85) from Salisbury Plain (a date-time group
"ddhhmmZMONyy", "ddhhmmZ MON yy" or "ddhhmmZMONyyyy" labelled as one DATE, "Rfn / LCpl / Pte" outside
"SURNAME First" (Gurkha) or "LAST, First", a service number, a "ddmmyy" or "dd Mon yy" DOB, the unit and the
grid reference unlabelled, "Cpl F Last (CMT2 ...)", "Capt First Last RAMC" with a Mil number, the
wife by full name with a mobile, a "dd/mm/yyyy" review; WBGT, load, core temperatures, GCS, HR, BP,
BM, saline and CK clinical). Scotland (3): offshore platform medic reports to the topside doctor
(the installation and POB unlabelled, the date, full name, DOB, a Vantage number (ID), CHI when the
worker lives in Scotland, street, town and postcode, the partner by full name with a mobile, the
topside doctor by full name with an "01224" line, "F. Last" medic with an HCPC "PAnnnnn" number (ID);
obs, urinalysis, diclofenac / ondansetron or Penthrox / paracetamol and pain scores clinical); OEUK
offshore and ENG1 seafarer medical records (separate "Surname:" in capitals and "Forenames:" with a
middle name (two NAME spans), "dd.mm.yyyy" DOB, CHI, street, town and postcode, mobile and personal
e-mail, "d Month yyyy" examination and expiry dates, the OEUK certificate "ABnnnnnn" and ENG1 number
(ID), the examining doctor with a GMC number (ID); height, weight, BMI, waist, BP, pulse, vision,
colour vision, audiometry, FEV1, drug screen and the outcome clinical); remote island nurse records
(Fair Isle, Foula, Papa Westray, Eday, Colonsay, Coll: the croft or township and the island (two
ADDRESS spans) and postcode, "dd/mm/yy" / "dd/mm/yyyy" with the time outside, "(nnM)" / "(nnF)" (>=
90 labelled, the sex letter outside), CHI, a landline, a tokenised Near Me link (URL), the GP and
"Dr F Last" of EMRS, the son's or daughter's first name with a mobile, "F. Last, ANP"; RR, SpO2, HR,
BP, temperature, NEWS2, CRB-65, amoxicillin and oxygen clinical). Wales (2): bilingual Veterans'
NHS Wales letters to the GP ("Dyddiad / Date", "Annwyl / Dear Dr Last", "Ynglŷn â / Re: First
Last", DOB, spaced NHS number, street, town and postcode, "Title Last", the veteran therapist by full
name, "dth Month" / "d Month" seen, service years unlabelled, the peer mentor's first name and a
mobile, "Cofion / Regards", the psychologist, "cc: First Last (patient)"; ITQ, PCL-5, PHQ-9, GAD-7,
AUDIT-C, the therapy plan and sertraline clinical) and Sennybridge CASEVAC 9-liners with a MIST
handover (a DTG (one DATE), the grid and lines 2-9 unlabelled, a ZAP number - two surname letters and
the last four digits of the service number (ID) -, "LAST, First", the service number, a "ddmmyy"
DOB, "Sgt First Last (RSO)", "Cpl F Last (CMT1)", the mother by full name with her town (ADDRESS)
and a landline; HR, RR, SpO2, BP, GCS, collar, fentanyl lozenge or morphine autoinjector, splint
and oxygen clinical). Northern Ireland (2): out-of-hours telephone assessments of a Rathlin Island
patient (the island first responder by full name with an "028 2076" landline, full name, DOB with
"(nn)" (>= 90 labelled), spaced H&C number, the townland and "Rathlin Island" (two ADDRESS spans)
and a BT54 postcode, "Dr First Last, GP OOH", the daughter's first name, the town she lives in
(ADDRESS) and a mobile; obs, the shortened and rotated leg and paracetamol clinical; Causeway
Hospital and Belfast Coastguard unlabelled) and MCA ML5 medical reports for fishermen ("Surname:"
in capitals and "Forename(s):" with a middle name (two NAME spans), "dd/mm/yyyy" DOB, unspaced H&C
number, street, town and postcode, a mobile, the vessel and its port letters and number unlabelled,
examination and expiry dates, "ML5/nnnnn" (ID), the GP with a GMC number and a practice landline;
vision, colour vision, hearing, BP, urinalysis, BMI, metformin, HbA1c and the outcome clinical).
United States (10): VA CPRS PACT primary care notes ("DATE OF NOTE: MON dd, yyyy@hh:mm" - the date
a DATE, "@" and the time outside -, "AUTHOR: LAST,FIRST M" (no space after the comma; one NAME
span), "PATIENT: LAST,FIRST M", the full SSN (SSN), "DOB: MON dd,yyyy" (DATE), "(nn)" unlabelled,
the spouse's first name, an A1C date, a home phone and the home city (ADDRESS; state unlabelled),
"/es/ FIRST M LAST" and "Signed: mm/dd/yyyy" with the time outside; the service-connected
percentage, vitals, A1C, eGFR, upper-case CPRS drug lines, screens and the RTC interval clinical);
VA C&P hearing loss and tinnitus DBQs ("Last, First M" with no full stop, a VA file number (ID),
"mm/dd/yyyy" DOB and exam date, branch, MOS and years unlabelled, the audiologist ", Au.D., CCC-A"
with "Signed m/d/yyyy" and the time outside; the puretone rows, Maryland CNC scores and the
"at least as likely as not" opinions clinical); Army battalion aid station sick call (SF 600) notes
("DATE: yyyymmdd" and "DOB: yyyymmdd" (DATE), the rank outside "LAST, FIRST M", a DoD ID of ten digits
(ID), the unit unlabelled, a DA 3349 profile expiry "ddMONyyyy" / "dd MON yyyy", "CPT First Last,
PA-C", "MAJ First Last, MD", a "DSN 312-nnn-nnnn" number (the digits PHONE); vitals, examination,
the sprain, ibuprofen, ACE wrap, crutches and the PULHES codes clinical); TRAC2ES patient movement
requests from Landstuhl (a PMR number (ID), "LAST, FIRST M", the DoD ID, "dd MON yyyy" DOB, injury
and ready dates, the attending "MAJ First Last, MD" with a DSN number and a
"first.m.last.mil@health.mil" address (EMAIL), "Lt Col First Last, USAF", the spouse by full name
with a phone and the home-of-record city (ADDRESS); precedence, classification, diagnosis, Hgb, SpO2,
cabin altitude restriction, oxygen and drugs clinical); Alaska community health aide telemedicine
encounters ("m/d/yyyy" with the time outside, full name, DOB, a chart number (ID), "HCn Box nnn" and
the village (two ADDRESS spans), "AK" unlabelled and ZIP, the ER doctor with a "907" phone, the
daughter by full name with a cell, "First Last, CHP"; vitals, ceftriaxone, azithromycin and oxygen
clinical); lower-case VA Video Connect mental health follow-ups ("m/d" dates with the time outside,
the home city in lower case (ADDRESS; state unlabelled), the patient's lower-case full name, "m/d/yyyy"
DOB, a tokenised VVC link (URL), the client IP address (IP), the spouse's lower-case first name, a
cell, "- first l, lcsw"; nightmares, PCL-5, PHQ-9, C-SSRS, prazosin, sertraline and the CPT session
count clinical; the 988 crisis line unlabelled); USCG merchant mariner CG-719K summaries ("First M.
Last", "mm/dd/yyyy" DOB and exam date, a mariner reference number (ID), street (apartment or unit
inside), city, state unlabelled, ZIP or ZIP+4, phone and personal e-mail, "Month yyyy" CPAP start,
the practitioner ", MD" with a state licence number (ID) and a phone; vision, colour vision, hearing,
BP, BMI, CPAP compliance, AHI, drugs and the determination clinical); McMurdo winter sitrep e-mails
("From: First Last <first.last@usap.gov>", "Sent: Weekday, Month d, yyyy hh:mm NZST" (weekday and
time outside), "Cc: Dr. First Last", "Subject: ... - LAST, First", full name, "(nnM)" unlabelled, a
participant ID "nn-nnnnn" (ID), DOB, the home city (ADDRESS), an Iridium number (PHONE), a first-name
sign-off; temperature, vitals, labs, ultrasound findings and IV antibiotics clinical); private
pulmonologists' nexus letters for a burn-pit claim (phone and fax, "Month d, yyyy", "RE: First M.
Last", DOB, SSN, street, city and ZIP, "Mr. / Ms. Last", "Month yyyy" since, "m/d/yyyy" PFTs, the
deployment place and years unlabelled, ", MD, FCCP"; FEV1, FVC, ratio, DLCO, HRCT, inhalers and the
opinion clinical); VA Community Living Center hospice notes for veterans aged 88 to 101 ("Last,
First", "Age: nnn" (>= 90 labelled), "mm/dd/yyyy" DOB and date with the time outside, WWII / Korea
service unlabelled, the POA daughter by full name with a phone, the son's first name and the city he
drives from (ADDRESS), ", RN"; PAINAD, vitals, Braden, intake, morphine and lorazepam clinical).
Australia (5): RFDS telehealth consultations to cattle stations ("dd/mm/yyyy" with the time and zone
outside, the station manager by full name, the station (ADDRESS; the state unlabelled), a "0147"
or "+8816" satellite phone, "First LAST", DOB with "(nn)" unlabelled, Medicare "nnnn nnnnn n" (check
digit), "d Month" / "dth Month" clinic run, "Dr First Last (RFDS Medical Officer)"; obs, numbered
medical chest items with doses and the sling clinical; Royal Darwin Hospital unlabelled); GP reports
to DVA for a claim ("Title First Last", a DVA file number such as "NX12345" / "QSM12345" (ID; format
only), "dd/mm/yyyy" DOB with "(aged nn)" (>= 90 labelled), a landline, street ("n/nn", "Unit n,
nn"), suburb, state unlabelled and postcode, service unlabelled, an audiogram date, "Dr First Last,
MBBS FRACGP" with a Medicare provider number (ID; format only) and "d Month yyyy"; thresholds,
binaural loss, lumbar findings, K10, PCL-5 and drugs clinical); ADF garrison health centre MEC
reviews ("RANK First LAST", a PMKeyS number (ID), DOB, a mobile, street, Townsville suburb, "QLD"
and postcode, the surgery and review dates, "CAPT / MAJ First Last, RMO" with a
first.last@defence.gov.au address (EMAIL) and a "(07)" line; shoulder findings, Rowe score, MEC
codes and the lifting limit clinical); Antarctic station sitreps to the Polar Medicine Unit
("dd/mm/yyyy" / "dd Mon yyyy", "First LAST", DOB, the Tasmanian suburb (ADDRESS), "TAS" and postcode,
the lay surgical assistants' first names, "Dr First Last (PMU)" with a "d Month" / "d Mon" video
review, the partner by full name with a mobile, the station medical practitioner; trismus, obs,
i-STAT values, antibiotics, ibuprofen and lignocaine clinical); FPSO medevac requests (the
installation unlabelled, "dd/mm/yyyy" / "dd.mm.yyyy" with the time outside, the offshore medic with
an "(08)" / "+61 8" line and a satellite phone, full name, DOB, an employee number (ID), Medicare
"nnnnnnnnnn-n" (the individual reference number inside) or "nnnn nnnnn n", the Perth suburb
(ADDRESS), "WA" and postcode, the next of kin's first name and mobile, "Dr F Last" topside; priority,
GCS, BP, HR, pupils, SpO2 and drugs clinical). Canada (4): CAF medical employment limitation (CF
2088) summaries ("Rank LAST, First", a service number "Ann nnn nnn" (ID; format only), ISO DOB, MRI
and review dates, the unit unlabelled, street, Ottawa Valley town, "ON" and postal code, a cell,
"Capt First Last, MD" with a first.last@forces.gc.ca address, a "(613)" line and a 4-digit extension
(PHONE); ODI, SLR, reflex, naproxen, gabapentin, the medical category and MEL limits clinical);
Veterans Affairs Canada PTSD medical questionnaires ("Last, First", a VAC client number (ID), SIN
"nnn nnn nnn" (SSN; Luhn), "yyyy/mm/dd" or ISO DOB, BC PHN spaced 4-3-3 (mod 11), street, city,
"BC" and postal code, phone and personal e-mail, service years unlabelled, "Month yyyy" onset,
"Dr. First Last" with a CPSBC number (ID) and a phone, an ISO submission date with the time outside
and the IP address it came from (IP); diagnosis, PCL-5, PHQ-9, AUDIT and treatment clinical);
Nunavut health centre medevac requests (ISO date with the time outside, full name, ISO DOB, a
nine-digit NU health card number (ID; format only), "Box nnn" and the community (two ADDRESS spans),
"NU" and the community postal code, the CHR interpreter by full name, "Dr First Last (Iqaluit)",
the daughter by full name, an "867" health centre line, ", RN"; vitals, lipase, fluids, morphine and
dimenhydrinate clinical); Newfoundland offshore installation medical incident reports (ISO or
"dd-Mon-yyyy" date with the time outside, full name, an employee number and a 12-digit MCP number
(ID; format only), ISO DOB, street, town, "NL" and postal code, the emergency contact by full name
with a phone, "Dr First Last" ashore, the medic ", PCP" with a phone; the injury, obs, pain scores,
lidocaine, cefazolin and Tdap clinical). Ireland (3): Defence Forces pre-deployment (UNIFIL)
medicals ("No./Rank/Name: nnnnnn Rank First Last" - the six-digit service number ID, the rank
outside -, DOB, PPSN (SSN; mod 23, old and "A" forms), street, town, "Co. ..." unlabelled and
Eircode, "dd/mm/yyyy" exam and "dd/mm" rabies dates, the mother by full name with a mobile, "Comdt
First Last (MO)" with a "(045)" line; BP, BMI, urinalysis, audiometry, dental category, vaccines and
the medical category clinical); island GP consultations (Inis Mór, Inis Oírr, Árainn Mhór,
Toraigh: "Dáta / Date", full name, DOB with "(nn y)" (>= 90 labelled), a GMS medical card number
"nnnnnnnX" (ID; format only), the townland and the island (two ADDRESS spans), "Co. na Gaillimhe" /
"Co. Dhún na nGall" unlabelled and Eircode, a "(099)" or "(074)" landline, the island nurse and GP
by full name, the son's first name with a mobile; ECG, obs, aspirin, GTN and morphine clinical) and
trawler radio medical advice logs (the vessel, its port letters and number and its position
unlabelled, "dd/mm/yyyy" with the UTC time outside, the skipper with an Inmarsat "+870" number, the
casualty by full name or, for Filipino crew, "First M. Last" with a SIRB number (ID) and the home
municipality (ADDRESS; "Philippines" unlabelled), an Irish casualty's home town (ADDRESS; county
unlabelled), the on-call ED doctor; the injury, HR, medical chest drugs and the steaming time
clinical; the port steamed for unlabelled). New Zealand (3): NZDF medical gradings ("RANK First
LAST", a service number "Mnnnnnn" (ID; format only), NHI (old or 2022 format), "d/m/yyyy" dates,
street, suburb and city (three ADDRESS spans) and postcode, a mobile, "CAPT / MAJ First Last, MO"
with a first.last@nzdf.mil.nz address and a landline; march distance, vitamin D, BMI, boot, the
PULHEEMS profile and the grading clinical); Chatham Islands video consultations ("First LAST", NHI,
"d/m/yyyy" DOB, road and settlement (two ADDRESS spans), "Chatham Islands" unlabelled and postcode
8942, for a child the mother's first name with a "(03) 305" landline, a tokenised video link (URL),
the Wellington doctor and "RN First Last"; temperature, weight and the weight-based amoxicillin and
paracetamol doses, or the DVT findings and rivaroxaban, clinical) and Veterans' Affairs New Zealand
medical reports ("d Month yyyy", "Mr First Last", a client number (ID), NHI, DOB with "(nn)" (>= 90
labelled), a landline, street, suburb, city and postcode, Korea / Malaya / Vietnam service
unlabelled, an echo date, the wife's first name, "Dr First Last, FRACP"; NYHA class, LVEF, NT-proBNP,
drugs and the impairment percentage clinical). Philippines (2): seafarer pre-employment medical
examinations ("SURNAME, GIVEN MIDDLE" in capitals with the mother's maiden surname as the middle name
(one span), "Age/Sex: nn/M" unlabelled, "Month d, yyyy" or "mm/dd/yyyy" DOB, "Purok n" or a street,
"Brgy. ..." and the city or municipality (three ADDRESS spans), the province unlabelled and the ZIP,
a passport "PnnnnnnnX" and SIRB number (ID), an SSS number "nn-nnnnnnn-n" (SSN; format only), a
"+63" / "09xx" mobile, the position unlabelled, "First M. Last, MD" with a PRC licence number (ID);
height, weight, BMI, BP, vision, colour vision, audiometry, CXR, ECG, FBS, HBsAg, drug test and the
fitness clinical) and company-designated physicians' final disability gradings ("Month d, yyyy",
the crewing manager "First M. Last" with a person-named work e-mail, "Seaman First M. Last", the
vessel unlabelled, "Brgy. ..." and the city (two ADDRESS spans), a mobile, injury and repatriation
dates, the foreign port unlabelled, ", MD, FPOA"; diagnosis, brace, physiotherapy sessions,
celecoxib, flexion, SLR, pain and the POEA-SEC grade clinical). India (2): ECHS polyclinic
referrals (a referral number "ECHS/XXX/nnnn/yy" and an ECHS card number (ID; format only),
"dd.mm.yyyy" / "dd/mm/yyyy" dates, the ex-serviceman's army number "nnnnnnnnX" (ID; format only)
with "Hav / Nb Sub / Sub Maj / Nk (Retd)" outside, the patient as self with a DOB or "Smt" wife (the
title outside), "Age/Sex" unlabelled, a "House No. nn, Lane / Sector ..." line, locality and city
(three ADDRESS spans) " - " PIN code, a "+91" / "0" mobile, "Dr First Last" MO and "Col First Last
(Retd)"; diagnosis, HbA1c, creatinine, LDL, ECG and drugs clinical) and offshore platform casualty
and evacuation records off Mumbai ("Mr. First Last", "Age nn" unlabelled, a CPF number or an INDoS
number "nnXXnnnn" (ID; format only), a "Flat nnn, Building" line, locality and city (three ADDRESS
spans) and PIN, mobiles, the wife "Smt First Last", "Dr. First Last, MBBS"; ECG, vitals, troponin and
the loading doses clinical; the platform code and helicopter operator unlabelled). South Africa (1):
Department of Military Veterans health care benefit referrals ("yyyy/mm/dd" / "dd/mm/yyyy" dates,
"First LAST", SA ID number (DOB, sex digits, Luhn), a force number "nnnnnnnnXX" (ID; format only),
"Stand nnnn, Block X" or a street, the township and the city (three ADDRESS spans) and postal code,
a cell, "Dr First Last" and "Sr First Last (PHC)" with "Sr" outside; BP, viral load, CD4,
creatinine, ART and other drugs clinical). Singapore (1): SAF medical board PES reviews of NSmen
(a Chinese name surname first, in capitals or not, or a Malay name with "bin" / "binte" and the
father's name, each one NAME span; the NRIC with its check letter (ID), the rank and unit
unlabelled, "dd/mm/yyyy" DOB and review, an HDB "Blk nnn Street #nn-nnn" line (ADDRESS),
"Singapore" unlabelled and the six-digit postal code (ZIP), an "HP" mobile, "CPT (Dr) ..." with the
rank and title outside; inhaler, spirometry, FeNO and the PES grades clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(North East, Cumbria and Lancashire surnames), Nepali (Brigade of Gurkhas; "Bahadur" / "Kumari"
middle names), Fijian and British Nigerian; Scottish (Aberdeenshire, Orkney and Shetland); Welsh;
Northern Irish (Mourne and Antrim coast); US Appalachian white, African American, Mexican American,
Filipino American and Yup'ik; Anglo Australian (Cornish, Barossa German and Irish surnames) and
Torres Strait Islander; Newfoundland, Québécois and Inuit; Irish (Connemara, the islands and Donegal,
with fadas, O' and "Ó ..." surnames); Pākehā and Māori; Filipino (the mother's maiden surname as
the middle name); Indian (Rajput, Marathi, Malayali and Garhwali surnames); Nguni and Afrikaans;
Singapore Chinese (two-syllable given names) and Malay; a few Spanish treating doctors), about one
patient name in five (English, Scottish, Welsh, Northern Irish, US white and African American,
Australian, Newfoundland, Irish, Pākehā and Indian groups) from Faker en_GB / en_US / en_AU /
en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take Faker names too);
staff in the UK, US, Australia, Canada, Ireland and New Zealand come from the local groups and, about
one in four, a mixed workforce (British Nigerian, Indian, Filipino and Fijian in the UK; Filipino
American, Indian and Filipino in the US; Indian, Filipino and New Zealand in Australia; Indian and
Filipino in Canada; Indian, Filipino and British Nigerian in Ireland; Indian, Filipino and
Australian in New Zealand - the Irish Defence Forces medical officer always Irish); elsewhere staff
are local. Word-like, eponymous and place names are never drawn (``BAD_NAMES``: common nouns,
colours, trades, virtues, months, weekdays and ranks - Ward, Bell, Rose, Hope, Day, Porter, Bishop,
Cook, Young, Long, Brown, Gunner, Marine, Major -, the eponyms, tests, scores, splints, stretchers,
aircraft, ships, operations and brands of military, maritime, aviation and remote medicine
(Glasgow, Snellen, Ishihara, Farnsworth, Holmes, Wright, Weber, Rinne, Hallpike, Epley, Lachman,
Bankart, Raynaud, Hartmann, Ringer, Stokes, Robertson, Kendrick, Sager, Gamow, Valsalva, Bazett,
Kessler, Epworth, Mallampati, Cormack, Lehane, Wallace, Lund, Browder, Parkland, Centor, Ottawa,
Wells, Murphy, Morse, Braden, Waterlow, Barthel, Rockwood, Borg, Fraser, McKenzie, Bowen, Gunn,
Manson, Fitzpatrick, Boyle, Joubert, Whitfield, Liddle, Robson, Lloyd, Rai, Penthrox, Entonox,
Malarone, Lariam, Iridium, Inmarsat, Learjet, Chinook, Merlin, Medway, Tyne, Mersey, Tamar, Severn,
Helmand, Herrick, Telic, Vantage, Cougar, Pawan, Hans ...) and every word of the towns, suburbs,
stations, villages, islands, streets and buildings these notes name); the curated lists were
screened against the web2 word list (lower-case entries and their plurals), and Faker draws also
skip ``_FAKER_WORDS`` (the Faker names of those locales that are, or contain, lower-case web2 words
or their plurals) and names shorter than three letters. Relatives take a first name from the
family's group (or locale); blood relatives keep the surname, spouses and partners sometimes have
their own. Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "Last, First", "LAST,
FIRST M", "Last, First M", "LAST, First Middlename", "First Middlename Last", "First M. Last",
"F. Last", "F Last", "SURNAME F" (naval rates), "SURNAME First" (Gurkha), the VistA "LAST,FIRST M"
and "FIRST M LAST", "Title Last", "Dr Last", lower-case full names and "first l", first names alone,
separate "Surname:" and "Forename(s):" fields with a middle name (two spans), "SURNAME, GIVEN MIDDLE"
and "First M. Last" (Philippines), "Surname Given Given" and "Given bin / binte Father" (Singapore;
one span each). No initials spell a clinical, military or common abbreviation (``BAD_INITS``), and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI string -
or a word of a labelled name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from
the next fixed seed, up to 60 times).

Conventions (as heldout81 - heldout83): titles, ranks, rates, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Mr.", "Ms.", "Smt", "Sr", "In-Pensioner", "Seaman", "Pte",
"LCpl", "Cpl", "Sgt", "SSgt", "Spr", "Gnr", "Tpr", "Rfn", "Cfn", "Capt", "Maj", "Lt Col", "Surg Lt
Cdr", "PO(MA)", "AB(WS)", "ET(ME)", "LH", "PV2", "PFC", "SPC", "CPL", "SGT", "CPT", "MAJ", "LT",
"CAPT", "LCPL", "PTE", "Comdt", "Hav (Retd)", "Col ... (Retd)", "3SG", "CPT (Dr)", "RAMC", "RN" after
a naval officer, ", MD", ", PA-C", ", Au.D., CCC-A", ", CHP", ", RN", ", LCSW" / ", lcsw", ", MD,
FCCP", ", USAF", ", PCP", ", FRACP", ", MBBS", ", MD, FPOA", "FRCS (ORL-HNS)", "MBBS FRACGP", ", ANP",
", RMO", ", MO", "(RMO, Chair)", "(CMP)", "(PCRF physiotherapist)", "(ST4, Geriatric Medicine)",
"(CMT1)", "(CMT2, team medic)", "(RSO)", "(station manager)", "(offshore medic)", "(island first
responder)", "(GP)", "(ER)", "(PMU)", "(CHR)", "(MO)", "(patient)", "(spouse)", "wife", "husband",
"partner", "mother", "mum", "son", "daughter", "POA daughter", "NOK", "Veteran", "Casualty",
"Skipper") are outside NAME spans; "LAST, First" and "LAST,FIRST M" are one NAME span. A street line
(with flat / unit / apartment part, "n/nn", "Unit n, nn", "HCn Box nnn", "Box nnn", "Purok n",
"House No. nn, Lane ...", "Flat nnn, Building", "Stand nnnn, Block X", an HDB "Blk nnn Street
#nn-nnn" line), a croft, townland, township, barangay ("Brgy. ..." inside the span), locality,
suburb, village, settlement, island, cattle station, town or city where a person lives (also the
town a relative lives in, the city a relative drives from and a home-of-record city) is ADDRESS;
a state, province, territory, county, region or country ("KY", "TX", "AK", "NT", "QLD", "WA",
"TAS", "ON", "BC", "NU", "NL", "Co. Kildare", "Co. na Gaillimhe", "Batangas", "Chatham Islands",
"Philippines", "Singapore") is not PHI, nor are hospitals, health centres, bases, units, ships,
fishing vessels, installations, Antarctic stations, training areas, grid references and positions
at sea; UK postcodes, US ZIP and ZIP+4 codes, Canadian postal codes (also Nunavut community codes),
Eircodes, AU / NZ postcodes, Philippine ZIP codes, Indian PIN codes, South African postal codes and
Singapore postal codes are ZIP. DATE: anything more specific than a year - "dd/mm/yyyy",
"d/m/yyyy", "dd/mm/yy", "dd/mm", "dd.mm.yyyy", "dd-Mon-yyyy", "d Month yyyy", "dth Month yyyy",
"d Month", "dth Month", "d Mon", "dd Mon yyyy", the military "dd Mon yy", "dd MON yy", "dd MON yyyy",
"ddMONyyyy", "ddmmyy" and "yyyymmdd", "Mon yy" (a month and year), "mm/yyyy", "Month yyyy", "Mon
yyyy", "mm/dd/yyyy", "m/d/yyyy", "m/d", "Month d, yyyy", the VistA "MON dd, yyyy" and "MON dd,yyyy",
ISO, "yyyy/mm/dd"; a military date-time group ("231030ZMAY24", "251240Z JUN 23") is one DATE span,
its time and zone letter inside because they cannot be separated from the date; weekdays stay
outside; a date followed by a separate time labels only the date ("@hh:mm" outside); times of day,
years alone (service years, "Vietnam 1968-69"), durations, cycle and session counts and ages under
90 are never labelled. AGE: ages >= 90 only, number part only ("(92 years)", "(aged 97)", "Age: 102",
"(93M)", "(91 y)", "(94)"). PHONE: mobiles, landlines, direct lines, fax numbers, 4-digit ship's and
base extensions, UK Defence "Mil 94nnn nnnn" numbers, US DSN numbers, Iridium ("+8816 ...", "+881
6...", "008816 ...") and Inmarsat ("+870 ...") satellite numbers and Australian "0147" satellite
numbers (digits only; "Mil", "DSN", "ext", "Tel", "Mob", "Cell", "HP", "sat ph" outside), with the
country code and area-code brackets inside the span. SSN: US SSNs, the UK National Insurance number,
the Canadian SIN, Irish PPSNs and the Philippine SSS number. ID: NHS, CHI and H&C numbers, UK, US,
Canadian, Irish, New Zealand, Indian and South African service and force numbers, a Chelsea
regimental number, a ZAP number, DoD IDs, a TRAC2ES PMR number, a VA file number, a mariner
reference number, a USAP participant ID, state medical licence, GMC, HCPC, CPSBC, PRC and Medicare
provider numbers, Vantage, OEUK, ENG1 and ML5 certificate numbers, passport, SIRB and INDoS numbers,
case, policy, claim, client, chart, employee, CPF and referral numbers, AU Medicare, a DVA file
number, PMKeyS, BC PHN, the Nunavut health card and NL MCP numbers, a VAC client number, a GMS card,
NZ NHI, the NRIC, SA ID numbers and the ECHS card. EMAIL: person-named staff work addresses (nhs.net,
an assistance company, health.mil, usap.gov, defence.gov.au, forces.gc.ca, nzdf.mil.nz, a manning
agency) and personal addresses. URL: tokenised Near Me, VA Video Connect and Health NZ video links.
IP: the VVC client address and the address a My VAC Account submission came from. Not PHI and
unlabelled: units, bases, ships and installations, hospitals and practices, assistance companies,
agencies and mailboxes, military operations, deployment places, grid references and positions,
vessel port numbers, POB counts, the 988 crisis line, times of day and years alone. Vitals, GCS,
pain and frailty scores, ECG findings, labs, drugs with doses, oxygen, fluids, audiograms and speech
scores, vision, spirometry, mental health scales (PCL-5, PHQ-9, GAD-7, AUDIT, K10, ITQ, C-SSRS),
medical grading codes (PULHHEEMS, JMES, PULHES, MEC, CF medical category, PEME fitness, PES,
POEA-SEC grades), load and lifting limits and the other interventions are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 85_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025 - a heat illness report may
date from the summer of 2023 -, the dates they cite from births in the 1920s to ENG1, ML5 and PEME
expiry dates in 2026-2030). Run it only for final figures: its misses and lost clinical values are
not to be inspected while the scrubber is being changed.
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
    # England: North East, Cumbria and Lancashire surnames
    "en": (("Liam Callum Kieran Connor Bradley Shaun Darren Craig Gareth Nathan Ryan Stephen Kevin Dominic Aaron "
            "Jamie Declan Martyn Anthony Keith Trevor Brian Raymond Alfred Ronald Kenneth Stanley Leonard Cyril Dennis"),
           ("Leanne Kirsty Stacey Danielle Hayley Kayleigh Natalie Rebecca Claire Joanne Nicola Lindsay Samantha "
            "Lauren Bethany Jodie Maureen Brenda Doreen Audrey Marjorie Edna Winifred"),
           ("Heslop Charlton Armstrong Thirlwell Hetherington Fairclough Gaskell Entwistle Ormerod Pilkington "
            "Tattersall Kenyon Rigby Holroyd Blenkinsop Tweddle Maughan Wardle Scaife Grainger Hepple Lumsden Milburn "
            "Gowland Atkinson Cowell Appleby Nattrass Hebblethwaite Ackroyd Braithwaite Tindall Oxley Dawber "
            "Hindmarsh Cresswell Varley Pybus Halliwell Greenhalgh Ashworth Kershaw Horrocks Openshaw Nuttall Marsden "
            "Dinsdale")),
    # Nepali (Brigade of Gurkhas and their families)
    "gur": ("Bishnu Hari Tek Kamal Bhim Nabin Sunil Bikash Dipendra Rajendra Khagendra Dilip Lalit Gyanendra Padam",
            "Sita Bimala Sarita Laxmi Anita Rekha Manisha Sunita Durga Sangita",
            "Gurung Limbu Magar Tamang Thapa Ghale Chhetri Gharti Sunuwar"),
    # Fijian (British Army)
    "fj": ("Tevita Josefa Apisai Viliame Isireli Jone Saimoni Peni Maika Osea Waisale Sakiusa Ilisoni",
           "Mereani Litia Salote Vasemaca Losana Akanisi Kelera Sereana Unaisi Makereta",
           ("Naivalu Tuilevuka Vunibaka Raikadroka Waqanivalu Nawaqa Ratuvou Tabua Vakaloloma Naqarase Koroibulu "
            "Rokotuibau Vatubua Seruvatu")),
    # British Nigerian
    "ngb": ("Oluwaseun Chukwuemeka Babatunde Olumide Ikechukwu Adebayo Obinna Temitope",
            "Folasade Chiamaka Adaeze Funmilayo Ngozi Oluwakemi Ifeoma Yetunde",
            "Adeyemi Okonkwo Olawale Nwachukwu Adebisi Eze Ogunleye Onyekachi Akinola Chukwu"),
    # Scotland: Aberdeenshire, Orkney and Shetland surnames
    "sc": (("Magnus Ewan Fraser Alistair Duncan Hamish Callum Lachlan Finlay Angus Murdo Calum Iain Gregor Euan "
            "Kenneth Ruaridh Torquil"),
           "Kirsteen Morag Eilidh Shona Catriona Fiona Ishbel Mhairi Ailsa Lorna Rhona Gillian Elspeth Marion",
           ("Tulloch Halcrow Isbister Leask Mowat Flett Rendall Linklater Jamieson Ritchie Sutherland Mackay Sinclair "
            "Cormack Ogston Buchan Duthie Milne Strachan Bremner Gauld Grassick Cruickshank Laurenson Inkster "
            "Sandison Shewan")),
    "cy": (("Rhodri Dafydd Gethin Iwan Emyr Aled Rhys Owain Geraint Huw Meirion Steffan Osian Carwyn Dylan Gwyndaf "
            "Elfed"),
           ("Sioned Angharad Ffion Catrin Eleri Bethan Glenys Gwenllian Mererid Rhiannon Heulwen Llinos Carys Nerys "
            "Eirlys"),
           ("Pritchard Prosser Griffiths Llewellyn Vaughan Gwilym Probert Prydderch Watkins Rowlands Bevan Meredith "
            "Lloyd Maddocks Pryce Gwynne")),
    "ni": (("Gareth Ciaran Eamon Colm Mervyn Trevor Cathal Padraig Stephen Wesley Nigel Ivan Raymond Desmond Ronan "
            "Conor"),
           "Roisin Siobhan Aoife Orla Grainne Noeleen Karen Lorraine Julieann Ashleigh Clodagh Roberta Rosaleen",
           ("Kilpatrick McIlroy Gilmore Magee McCullough Hamill Mulholland Devlin Doherty McAleese McKeown McVeigh "
            "Agnew Beattie McMullan McCann Annett Donnan Trainor McKibbin Cunningham")),
    # US: Appalachian / Ozark white
    "usw": (("Dwayne Dustin Cody Randall Clayton Lonnie Jimmie Harlan Vernon Delbert Wendell Cecil Ronald Kenneth "
             "Elmer Lowell Herschel"),
            "Brenda Rhonda Loretta Darlene Wanda Bobbie Kristy Tonya Charlene Shelby Brandi Imogene Wilma Geraldine",
            ("Blevins Hatfield Caudill Sizemore Tackett Mullins Hensley Ritter Gambill Bledsoe Stidham Kincaid "
             "Pennington Honaker Varney Blankenship Hollifield Ratliff Maynard Lykins")),
    "usb": ("Darnell Marcus Cedric Reginald Terrell Andre Demetrius Jamal Lamar Otis Clarence Leon Alphonso Cornelius",
            "Latoya Keisha Shanice Tamika Yolanda Gwendolyn Lakisha Monique Tanisha Felicia Deloris Ernestine",
            ("Gaither Mosley Hairston Staton Pettiford Crenshaw Dorsey Moultrie Tillman Mayfield Simms Blackmon "
             "Gadsden McNair Pettaway Epps")),
    "usmx": ("Ramon Arturo Ignacio Rogelio Efrain Joaquin Rigoberto Eduardo Alejandro Gilberto Rolando Humberto",
             "Yesenia Marisol Guadalupe Araceli Leticia Rocio Maribel Graciela Esmeralda Xochitl Nayeli",
             ("Villarreal Cantu Garza Trevino Zamora Ybarra Quintanilla Benavides Olivarez Saenz Galindo Arredondo "
              "Sepulveda Longoria")),
    # Filipino American (US Navy veterans and their families)
    "usfil": ("Rodrigo Ernesto Florencio Romeo Danilo Wilfredo Nestor Reynaldo Teodoro Feliciano",
              "Erlinda Corazon Remedios Lourdes Milagros Zenaida Marilou Teresita Rosalinda",
              "Dizon Manalo Pangilinan Tolentino Bautista Macaraeg Manansala Sison Galang Lacson Pineda Ocampo"),
    # Yup'ik (Yukon-Kuskokwim Delta)
    "akn": ("Moses Willard Ephraim Harley Elia Wassillie Nicholai Frederick Evan Alexie Noah",
            "Agnes Marcie Loretta Nora Elena Theresa Martina Dora Natalia Evelyn Cecilia",
            ("Kasayulie Nanalook Kawagley Ayagalria Chanar Nukwak Tikiun Kairaiuak Nicori Chikoyak Angaiak Kanrilak "
             "Ulroan Napoka")),
    # Australia: Cornish South Australian, German Barossa and Irish surnames
    "au": (("Lachlan Bradley Shane Darren Craig Wayne Jarrod Damien Rhys Corey Nathan Mitchell Kieran Ashley Keith "
            "Neville"),
           "Kylie Narelle Tahnee Leanne Bronwyn Jodie Kirralee Tegan Shannon Belinda Rochelle Jacinta Raelene Noeline",
           ("Tregonning Pengelly Trewartha Hocking Penhall McMahon Hogarth Kerrigan Prendergast Fahey Duggan Schultz "
            "Thiele Kuchel Heinrich Lehmann Vandenberg Cavanagh Rowbotham")),
    # Torres Strait Islander
    "atsi": ("Getano Enoch Kapua Elia Aaron Ned Dimas Jerome Saulo",
             "Elsie Ranitha Tina Esther Dulcie Lavinia",
             "Ahmat Tabuai Passi Namok Kaigey Warria Gela Akiba Mosby Nona Baira Tamwoy"),
    # Canada: Newfoundland
    "ca": ("Gerald Clarence Darrell Terrence Corey Dwayne Jody Kendall Gordon Wilfred",
           "Bernadette Geraldine Rhonda Charlene Krista Melanie Dorothy Tina Debbie Marlene Loretta",
           "Kavanagh Furey Tobin Pardy Dwyer Penney Kearley Noseworthy Piercey Mouland Hiscock Keough Ivany"),
    "caf": ("Mathieu Sébastien Frédéric Maxime Olivier Étienne Guillaume Yannick Benoît",
            "Geneviève Mélanie Isabelle Émilie Véronique Nathalie Josée Marie-Ève Karine Annie",
            ("Tremblay Gagnon Pelletier Bouchard Ouellet Lévesque Gauthier Bélanger Cloutier Desjardins Thibodeau "
             "Lapointe Boudreau")),
    # Inuit (Qikiqtani region)
    "inu": ("Joanasie Pauloosie Jaypeetee Simeonie Jacopie Peterloosie Mosesie Inusiq Olayuk Paniloo Ooloota",
            "Elisapee Meeka Leetia Oopah Ooleepeeka Leesee Geela Looty Rhoda Kudloo Annie",
            ("Alookee Kilabuk Akpalialuk Nakashuk Qaqqasiq Ishulutak Kanayuk Maniapik Nowdlak Arnaquq Qappik "
             "Keenainak Veevee Akulukjuk Metuq Qumuatuq")),
    # Ireland: Connemara, the islands and Donegal
    "ie": ("Pádraig Seán Máirtín Colm Tomás Ciarán Donncha Cathal Éamonn Micheál Peadar Breandán Ruairí Darragh",
           "Bríd Máire Nóra Siobhán Úna Caitríona Sorcha Eibhlín Róisín Aoife Gráinne Niamh Síle Deirbhile",
           ("Conneely/Faherty/Dirrane/Mullin/Hernon/Gallagher/McGinley/Sweeney/Bonner/Doohan/Coyle/Gillespie/"
            "O'Donnell/O'Flaherty/Mulkerrin/Ó Conghaile/Ó Flaithearta")),
    "nz": ("Hamish Brendon Shane Corey Nathan Campbell Wayne Logan Bevan Trent",
           "Raewyn Robyn Kerryn Lynette Nadine Shona Megan Sarah Leanne Glenys Maxine",
           "Fairbrother Drummond Kerslake Broughton Wyllie McKenzie Duffield Harnett Ballantyne Sowerby"),
    "mao": ("Wiremu Hemi Tamati Rawiri Mikaere Rangi Tipene Nikora Manaaki Rewi Hohepa Tawhiri",
            "Aroha Mereana Ngaire Hinemoa Awhina Moana Wikitoria Anahera Miriama Roimata",
            ("Ngata Parata Wihongi Paewai Hetaraka Kereama Tomoana Rangihuna Waaka Poutama Karaitiana Tuhiwai Potae "
             "Whaanga Tautahi")),
    # Philippines: the middle name is the mother's maiden surname
    "ph": ("Rodelio Jerome Renato Arnel Jomar Reynante Rommel Jayson Marlon Wilfredo Edgardo Ronaldo Dindo Jonel",
           "Marivic Rowena Jocelyn Lorna Maricel Analyn Jonalyn Rhodora Glenda Cherrylyn Arlene Mylene",
           ("Dimaculangan/Macaraeg/Villanueva/Panganiban/Dimalanta/Sumalpong/Abellana/Cabanlit/Malabanan/Lualhati/"
            "Mangubat/Evangelista/Manalastas/Sarmiento/Fajardo/Quiambao/Bacani/Tumbaga/Gatchalian/Dela Cruz")),
    "in": ("Rajesh Sanjay Ashok Vinod Suresh Ramesh Mahesh Pradeep Deepak Sandeep Satish Ganesh Prakash Balwant",
           "Sunita Kavita Anjali Meena Rekha Shobha Savita Pushpa Usha Asha Nirmala Sushila",
           ("Rathore Shekhawat Chauhan Patil Jadhav Pawar Shinde Gaikwad Kadam Bhosale Nair Menon Pillai Kurup Yadav "
            "Negi Rawat Bisht")),
    "zan": ("Sipho Thabo Mandla Themba Bongani Sibusiso Lwazi Vusi Mpho Tshepo",
            "Nomsa Thandeka Zanele Nokuthula Lindiwe Palesa Busisiwe Dineo",
            "Dlamini Mthembu Ngcobo Khumalo Shabalala Mahlangu Mokoena Maseko Sithole Masilela Mabuza Radebe"),
    "zaa": ("Pieter Francois Hendrik Gerrit Willem Stefan",
            "Annelie Marietjie Elmarie Liezel Anri Charlene Elsabe",
            "Botha Pretorius Coetzee Steyn Swanepoel Oosthuizen Nortje Grobler"),
    # Singapore Chinese (surname written first) and Malay ("bin" / "binte" and the father's name)
    "sg": ("Wei Jie/Kok Leong/Zhi Xiang/Jian Hui/Kian Seng/Swee Kiat/Choon Huat/Yong Kheng/Tiong Huat/Kwang Yi",
           "Hui Xin/Mei Qian/Xiu Hwee/Siew Khim/Jia Yi/Geok Hua/Rui Xuan/Zi Yu",
           "Goh Teo Koh Chua Ong Toh Quek Heng Phua Sng Lau Chong Ang Loh Kwek Tham Kuah"),
    "sgm": ("Muhammad Faizal/Ahmad Syafiq/Mohamed Rizwan/Muhammad Irfan/Nur Azlan/Mohd Khairul/Muhammad Firdaus",
            "Nur Aisyah/Siti Nurhaliza/Nurul Ain/Farah Hanim/Nur Farhana",
            "Rahmat Ismail Osman Salleh Jamaluddin Hashim Yusof Abdullah Sulaiman Zainal"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region
PAT: dict[str, list[str]] = {
    "en": ["en", "en", "en", "en", "gur", "fj", "ngb"], "sc": ["sc", "sc", "sc", "en"], "cy": ["cy", "cy", "cy", "en"],
    "ni": ["ni"], "us": ["usw", "usw", "usb", "usmx", "usfil"], "au": ["au", "au", "au", "atsi"],
    "ca": ["ca", "ca", "caf"], "ie": ["ie"], "nz": ["nz", "nz", "mao"], "ph": ["ph"], "in": ["in"],
    "za": ["zan", "zan", "zaa"], "sg": ["sg", "sg", "sgm"],
}
STAFF_INTL = {"uk": ["ngb", "in", "ph", "fj"], "us": ["usfil", "in", "ph"], "au": ["in", "ph", "nz"],
              "ca": ["in", "ph"], "ie": ["in", "ph", "ngb"], "nz": ["in", "ph", "au"]}
HOME_STAFF = {"en": ["en", "en", "en", "cy", "sc", "ngb"], "sc": ["sc", "sc", "en"], "cy": ["cy", "cy", "en"],
              "ni": ["ni", "ni", "en"], "us": ["usw", "usb", "usmx", "usfil"], "au": ["au"], "ca": ["ca", "caf"],
              "ie": ["ie"], "nz": ["nz", "nz", "mao"], "ph": ["ph"], "in": ["in"], "za": ["zan", "zaa"],
              "sg": ["sg", "sg", "sgm"]}
INTL_OF = {"en": "uk", "sc": "uk", "cy": "uk", "ni": "uk", "us": "us", "au": "au", "ca": "ca", "ie": "ie", "nz": "nz"}
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "usb": "en_US",
           "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# word-like names, and the eponyms, tests, scores, splints, stretchers, brands and bodies of military, maritime,
# remote and aviation medicine: never drawn as a person's name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Carter Cooper Hunter Taylor Smith Fisher Walker Price Parry Lamb Hill Wood Moss Marsh Stone Field Banks Rivers Lake
Waters Dale Glen Brook Grace Faith Joy Charity Patience Prudence Constance Mercy Honor Trinity Destiny Amber Crystal
Jade Ruby Pearl Opal Coral Ivy Holly Hazel Heather Daisy Lily Poppy Violet Iris Jasmine Willow Summer Autumn Winter
Dawn Sky April May June Mark Bill Frank Sue Will Guy Chase Wade Dean Drew Bob Rob Pat Don Ray Roy Sunny Rusty Buck
Duke Earl King Prince Noble Major Sterling Penny Candy Ginger Honey Sugar Blessing Precious Gift Lucky Fortune
Chance Miracle Justice Liberty Story Legend Royal Reign Angel Dove Robin Wren Finch Raven Sparrow Swan Crane Heron
Hawk Drake Fox Wolf Lyon Bull Hart Bear Steel Iron Gold Silver Brass Tin Copper Salt Pepper Plant Root Branch Leaf
Bush Reed Rush Sage Basil Rosemary Kit Gunner Marine Private Captain General Colonel Corporal Sergeant Able
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March August September October November
December Glasgow Snellen Ishihara Farnsworth Holmes Wright Weber Rinne Hallpike Dix Epley Romberg Lachman McMurray
Apley Thomas Trendelenburg Schober Spurling Hawkins Kennedy Neer Jobe Speed Osgood Schlatter Colles Bennett Bankart
Achilles Raynaud Lewis Buerger Dupuytren Hartmann Ringer Foley Stokes Robertson Neil Kendrick Sager Stryker Ferno
Gamow Valsalva Eustachian Bazett Fridericia Holter Doppler Korotkoff Beck Hamilton Kessler Epworth Mallampati Cormack
Lehane Macintosh Guedel Heimlich Wallace Lund Browder Parkland Centor Ottawa Wells Rockall Blatchford Morse Braden
Waterlow Norton Barthel Katz Lawton Folstein Rockwood Borg Bruce Harvard Fraser Gillick McKenzie Bowen Gunn Marcus
Manson Fitzpatrick Boyle Joubert Whitfield Liddle Robson Haworth Cadwaladr Lloyd Osborne Rai Weil Lyme Jones Murphy
Adams Cullen Barrett Mallory Cushing Addison Graves Conn Crohn Kaposi Pott Chagas Hodgkin Parkinson Korsakoff
Wernicke Tinel Phalen Finkelstein Lasegue Yergason Maryland Penthrox Entonox Malarone Lariam Paludrine Stemetil
Buscopan Voltarol Oramorph Anapen Ventolin Seretide Symbicort Keflex Augmentin Rocephin Bactrim Zofran Panadol
Nurofen Celox QuikClot Israeli Combat Bergen Oakley Lowa Camelbak Haix Osprey Iridium Inmarsat Thuraya Starlink
Bristow Babcock Sikorsky Airbus Leonardo Agusta Learjet Cessna Pilatus Beechcraft Hercules Chinook Merlin Puma Wildcat
Lynx Apache Blackhawk Seahawk Dauphin Medway Tyne Mersey Tamar Trent Severn Forth Clyde Thames Solent Whittington
Headley Birdwood Anzac Gallipoli Tobruk Kokoda Somme Mons Ypres Falkland Helmand Herrick Telic Banner Tosca Shader
Courage Combat Stress Blesma Legion Poppy Haig Lodge Help Heroes Vantage Cougar Pawan Hans Evans Logan Campbell"""
BAD_NAMES = set(_BAD_TXT.split())

# Faker names of the locales used here that are, or contain, lower-case web2 words (or their plurals)
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alanis Alannah Alec Alison Allan Amber Amble Amelia Amrita Amy
Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Arias Ariel Arjun Arroyo Ashling Ashman Atchison
Aurora Autumn Ava Babu Bail Bailey Bailie Bains Baker Bal Bale Bali Ball Bandi Banks Barad Barber Baria Barker
Barlow Barman Barnes Barry Barton Bass Bates Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton
Ben Bender Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billie-Jo Billy
Birch Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Boles Bond Boner Bones Booker Boon
Booth Bora Bose Bowers Bowler Bowles Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge
Bridges Bright Brock Brogan Brookes Brooks Brown Browning Bryony Buck Bull Bullock Burgess Burke Burns Burr
Burrows Burt Burton Bush Butcher Butler Caddow Cain Cairn Cairns Cal Campos Canning Cannon Canny Capples Carl
Carlin Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain
Chambers Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Clements Cline Clive
Clunies-Ross Coates Cole Coles Colin Coll Colleen Colley Collier Collin Collins Colly Colon Comber Combs Comer
Conal Conn Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cousins Cox Crane Craven
Craw Crawley Creed Cross Cruise Crystal Cully Cummins Curry D'Arcy Dada Daisy Dale Dalton Dan Dar Das Dash Dass
Date Davenport Davy Daw Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev
Dewan Dey Diamond Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobbins Dobson Doctor Dodd Don Donna Dooley Dowd
Dower Downes Downs Drake Drew Drum Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine
Emma Emma-Louise Emmet Eric Erika Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferris Ferry Field Fields Finch
Fisher Flannelly Flavin Fletcher Flood Florence Flores Flowers Foody Foot Forbes Ford Forum Foster Fowler Fox Foy
Frances Franco Frank Franklin Frazer Freely Freeman Fresh Frost Fry Fuller Gade Gaine Gaines Gala Galloway Gamble
Ganga Gara Garland Garner Garrison Garvey Gaskin Gates Gay Gee Gemma Gene Gentry Gibbon Gibbons Gilbert Gill
Gillies Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good Goodman Gore Gorevan Grace Graham
Grahams Grant Graves Gray Green Greenwood Grey Griffin Grimes Gross Guard Gullery Gunning Guy Haines Haire Hale
Hall Ham Hanbury Hanna Hans Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh Hawthorn Hay
Hayes Hays Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hicks Hill
Hills Hines Hinney Histon Ho Hogan Holden Holder Hollins Holly Holmes Holt Hood Hook Hooper Hope Hora Horn Hough
House Howe Huff Huia Hull Hunt Hurley Hurst Hynes Irene Ivory Ivy Jack Jackman Jade Jagat Jake James Jamie-Lee
Jane Jasmine Jasper Jay Jean Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai
Kaiser Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry
Key Keyes Khalsa Khan Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall
Lam Lamb Lambert Lammas Lance Landers Landon-Lane Lane Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha
Levy Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna
Lynch Mac Breen Mack Mackle Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria
Mark Marks Marron Marry Marsh Martin Mary Mason Master Maxwell May Maya Mays Meadows Meads Mellon Melody Melton
Mercer Merchant Merry Mike Mila Miles Miller Millet Mills Mistry Misty Mitra Moan Mollie Molly Monk Monks Montes
Moody Moon Mora Morales More Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy
Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori Norma North O'Beirn O'Beirne O'Boyle O'Brassil
O'Brazil O'Brennan O'Brien O'Brown O'Bryan O'Bryen O'Byrne O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll
O'Casey O'Cassidy O'Cleary O'Clery O'Connell O'Connor O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny
O'Doherty O'Donnell O'Donoghue O'Donohoe O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly
O'Flaherty O'Flynn O'Freil O'Friel O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan
O'Haire O'Halloran O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir O'Herlihy O'Hickey
O'Higgins O'Hora O'Houlihan O'Hurley O'Hussey O'Kane O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Leary
O'Loan O'Looney O'Loughlin O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan
O'Murnaghan O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke O'Ruane
O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan O'Sweeney
O'Tierney O'Togher O'Toole Oak Oisin Olive Om Orchard Pace Page Pal Pall Palla Palmer Pam Pant Paris Park Parker
Parkes Parkin Parks Parry Parsons Patel Paten Patrice Patty Pau Peacock Peck Pedro Peggy Penny Peri Perkins Perry
Peter Peters Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle Piper Plover Pollard Ponce Pope Poppy
Porter Potter Potts Power Powers Prabhu Prentice Price Priest Prince Pringle Proctor Pugh Quill Quin Rafter Rails
Raj Raja Ralph Ram Rana Randles Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy Reed Reen Rees Reese
Reeves Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rios Rishi Rita Rivas Rivers Roach Robbins Robin
Robles Rock Rodney Roe Roger Rogers Rohan Romero Rory Rosales Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy
Rush Ruth Rutherford Ryder Sai Salinas Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarah-Jane
Sarkar Sarna Sarraf Saunders Savage Savant Sawyer Sayers Schneider Scot Scriven Scullion Sears Sellers Sen Serrano
Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea Shelly Shepherd Sherlock Sherry Sheth
Shiel Shields Shiels Shine Short Shroff Sienna Sierra Silk Silva Simmon Simmons Singh Singleton Skelly Skinner
Slater Slattery Sloan Small Smart Smith Smyth Snow Solis Somers Sophia Sparks Spears Spence Spencer Stack Stark
Steed Steer Stein Stella Steven Stevens Steward Stoices Stokes Stone Story Stout Street Strong Stubbs Sue Summer
Summers Sunder Supple Sur Sura Sweeny Swift Swords Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania
Tank Tanner Tapia Tara Tate Te Ariki Te Koha Terry Thakur Therese Tiffany Timothy Toby Tolan Tom Tommy Toms Toner
Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer
Victor Victory Villa Vincent Violet Wade Wali Walker Wall Waller Walls Walsh Walter Walters Wang Ward Ware Warner
Warren Warrior Waters Watt Watts Waugh Way Weaver Webby Weber Webster Weeks Weever Weir Wells West Wheeler White
Whitehead Wilkins Willie Willow Wills Winter Winters Wise Wolf Wong Wood Woods Woodward Wren Wright Yang Yates
Yogi York Young Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())

# two-letter initials never drawn: clinical, military, maritime and common abbreviations
_BI_TXT = """AB AC AD AF AH AI AL AM AN AS AT AU BD BE BM BO BP BS CA CB CC CD CF CK CL CO CP CR CT DC DD DI DM DO
DR DS DT DU EC ED EG EH EM EP ER ES ET FA FB FH FM FP FS FY GA GI GM GO GP GS HB HD HE HI HM HR HS HT IE IF IM IN IO IS
IT IU IV JS KG LA LD LH LP LS LT MA MC MD ME MG MI ML MM MO MR MS MT MY NA NB NG NO NP NR NZ OC OD OF OH OK ON OP OR OT
OW PA PC PE PH PM PO PR PT PV QD RA RE RM RN RP RR RT SA SC SD SG SL SM SN SO SR ST TA TB TD TO TR TT UK UP US VA VC VF
VS VT WC WE WO WT XM XO ZA"""
BAD_INITS = set(_BI_TXT.split())

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
    """A date in one of this corpus's written forms (military, VistA and civilian)."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    M3 = m3.upper()
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}", "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}",
        "d.m.y": f"{d.day}.{d.month}.{y}", "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}",
        "nth": f"{_nth(d.day)} {mo} {y}", "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}",
        "sh": f"{d.day} {m3} {y}", "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "DMON": f"{dd}-{M3}-{y}", "nthof": f"{_nth(d.day)} of {mo}, {y}",
        # military
        "mil": f"{dd} {m3} {yy}", "MIL": f"{dd} {M3} {yy}", "MILY": f"{dd} {M3} {y}", "milc": f"{dd}{M3}{yy}",
        "milcy": f"{dd}{M3}{y}", "ddmmyy": f"{dd}{mm}{yy}", "ymdc": f"{y}{mm}{dd}", "MY": f"{M3} {y}",
        "mmyyyy": f"{mm}/{y}", "mshyy": f"{m3} {yy}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "my": f"{mo} {y}",
        "mshy": f"{m3} {y}", "cprs": f"{M3} {dd}, {y}", "cprsdob": f"{M3} {d.day:02d},{y}",
        "lowmd": f"{mo.lower()} {d.day}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}",
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
    midname: str = ""

    @property
    def fl(self) -> str:
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sg":
            return f"{self.last} {self.first}"
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
    def cprs(self) -> str:  # VistA / CPRS: "LAST,FIRST M" with no space after the comma
        return f"{self.last.upper()},{self.first.upper()} {self.mid}"

    @property
    def es(self) -> str:  # CPRS electronic signature block: "FIRST M LAST"
        return f"{self.first.upper()} {self.mid} {self.last.upper()}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        return f"{self.first} {self.midname} {self.last}"

    @property
    def LFmn(self) -> str:  # "LAST, First Middlename" (military nominal roll)
        return f"{self.last.upper()}, {self.first} {self.midname}"

    @property
    def ph(self) -> str:  # Philippines: "SURNAME, GIVEN MIDDLE"
        return f"{self.last}, {self.first} {self.midname}".upper()

    @property
    def phi(self) -> str:  # Philippines: "Given M. Surname" (the middle initial from the mother's surname)
        return f"{self.first} {_ascii(self.midname)[0]}. {self.last}"

    @property
    def sv(self) -> str:  # service style: "SURNAME F"
        return f"{self.last.upper()} {_ascii(self.first)[0]}"

    @property
    def Lf(self) -> str:  # "SURNAME First" (Gurkha, Singapore nominal rolls)
        return f"{self.last.upper()} {self.first}"

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
                f"{f}_{la}@{dom}", f"{f}.{la}{yr % 90 + 100}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _digits(r: random.Random, n: int) -> str:
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
        body = lead + _digits(r, 9 - len(lead))
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


def nino(r: random.Random) -> str:
    """UK National Insurance number: two prefix letters (D F I Q U V never; O never second), six digits, A-D."""
    while True:
        a, b = r.choice("ABCEGHJKLMNPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
            return f"{a}{b} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {r.choice('ABCD')}"


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def sin_no(r: random.Random) -> str:
    """Canadian Social Insurance Number: nine digits, Luhn, not starting 0 or 8."""
    body = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(r, 7)
    s = body + _luhn(body)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 4))


def bc_phn(r: random.Random) -> str:
    while True:
        body = "9" + _digits(r, 8)
        c = 11 - sum(int(x) * w for x, w in zip(body[1:], [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return body + str(c)


def ppsn(r: random.Random, new: bool = False) -> str:
    digits = _digits(r, 7)
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


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits, check letter (weights 2,7,6,5,4,3,2; T adds 4)."""
    pre = "S" if dob.year < 2000 else "T"
    if dob.year >= 1968:
        digits = f"{dob.year % 100:02d}" + _digits(r, 5)
    else:
        digits = r.choice("01") + _digits(r, 6)
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + digits + "JZIHGFEDCBA"[tot % 11]


_VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
         [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
         [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    """Aadhaar: eleven digits (first 2-9) and a Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + _digits(r, 10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VH_D[c][_VH_P[(i + 1) % 8][int(ch)]]
    s = body + str(_VH_INV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split() + (q.midname.split() if q.midname and q.grp != "ph" else [])
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
        d = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 600))
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

    def dg(self, k: int) -> str:
        return str(self.r.randint(1, 9)) + _digits(self.r, k - 1)

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
            if grp == "ph":
                self.give_mid(q)
            return q
        raise Redraw

    def give_mid(self, q: P) -> P:
        """A full middle name: a same-sex given name of the group (the mother's maiden surname in the Philippines)."""
        ms, fs, ls = G[q.grp]
        pool = ls if q.grp == "ph" else (ms if q.sex == "m" else fs)
        for _ in range(30):
            m = self.ch(pool)
            words = re.split(r"[\s-]+", m)
            if self._ok(words, False):
                self.used.update(w.lower() for w in words)
                q.midname = m
                q.mid = _ascii(m)[0].upper()
                return q
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = INTL_OF.get(self.region)
            if intl and self.r.random() < 0.25:
                grp = self.ch(STAFF_INTL[intl])
            else:
                grp = self.ch(HOME_STAFF[self.region])
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

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def dtg(self, d: date, hhmm: str, k: int | None = None) -> str:
        """A military date-time group: day, time and zone letter, month, year, as one date."""
        k = self.ri(0, 2) if k is None else k
        m3 = MONTHS[d.month - 1][:3].upper()
        z = "Z" if self.region not in ("au", "us") or self.yes(0.6) else self.ch("KJR")
        return [f"{d.day:02d}{hhmm}{z}{m3}{d.year % 100:02d}", f"{d.day:02d}{hhmm}{z} {m3} {d.year % 100:02d}",
                f"{d.day:02d}{hhmm}{z}{m3}{d.year}"][k]

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 49, 58, 67, 73, 98, 101, 110, 112, 115, 120, 124, 142, 174, 203, 220])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


# ---------------------------------------------------------------------------------------- places and phones
EN_TOWN = [("Darlington", "DL1", "01325"), ("Hartlepool", "TS24", "01429"), ("Gateshead", "NE8", "0191"),
           ("Whitley Bay", "NE26", "0191"), ("Workington", "CA14", "01900"), ("Barrow-in-Furness", "LA14", "01229"),
           ("Accrington", "BB5", "01254"), ("Chorley", "PR7", "01257"), ("Blyth", "NE24", "01670"),
           ("Amesbury", "SP4", "01980"), ("Colchester", "CO2", "01206"), ("Gosport", "PO12", "023"),
           ("Leyland", "PR25", "01772"), ("Consett", "DH8", "01207")]
EN_ST = ["Coniscliffe Road", "Stockton Road", "Marine Avenue", "Whinlatter Drive", "Elswick Road", "Stanhope Road",
         "Harraton Terrace", "Bulford Road", "Blackburn Road", "Rothwell Crescent", "Forest Hall Road", "Stoney Lane",
         "Seaton Crescent", "Ferndene Grove"]
SC_TOWN = [("Peterhead", "AB42", "01779"), ("Fraserburgh", "AB43", "01346"), ("Inverurie", "AB51", "01467"),
           ("Stonehaven", "AB39", "01569"), ("Ellon", "AB41", "01358"), ("Lerwick", "ZE1", "01595"),
           ("Kirkwall", "KW15", "01856"), ("Stromness", "KW16", "01856"), ("Thurso", "KW14", "01847"),
           ("Portlethen", "AB12", "01224"), ("Westhill", "AB32", "01224"), ("Dyce", "AB21", "01224")]
SC_ST = ["Commercial Street", "Harbour Road", "Skene Road", "Gallowhill Road", "St Olaf Street", "Junction Road",
         "Burnside Road", "Market Street", "Kinmundy Drive", "Slains Crescent", "Bridgend Terrace", "Berstane Road"]
SC_ISLE = [("Fair Isle", "ZE2", "01595", ["Upper Leogh", "Barkland", "Pund", "Shirva", "Utra"]),
           ("Foula", "ZE2", "01595", ["Leraback", "Quinister", "Mornington"]),
           ("Papa Westray", "KW17", "01857", ["Backaskaill", "Hundland", "Midhouse"]),
           ("Eday", "KW17", "01857", ["Millbounds", "Cusbay", "Greentoft"]),
           ("Colonsay", "PA61", "01951", ["Scalasaig", "Kiloran", "Machrins"]),
           ("Isle of Coll", "PA78", "01879", ["Arinagour", "Arnabost", "Totronald"])]
CY_TOWN = [("Brecon", "LD3", "01874"), ("Llandovery", "SA20", "01550"), ("Merthyr Tydfil", "CF47", "01685"),
           ("Aberdare", "CF44", "01685"), ("Ebbw Vale", "NP23", "01495"), ("Haverfordwest", "SA61", "01437"),
           ("Pembroke Dock", "SA72", "01646"), ("Ammanford", "SA18", "01269"), ("Caerphilly", "CF83", "029")]
CY_ST = ["Heol Hir", "Stryd Fawr", "The Watton", "Glebeland Street", "Bryn Teg", "Heol y Nant", "Maes y Dderwen",
         "Cardiff Road", "Bethesda Street", "Heol Las"]
NI_TOWN = [("Kilkeel", "BT34", "4176"), ("Annalong", "BT34", "4376"), ("Ballycastle", "BT54", "2076"),
           ("Portavogie", "BT22", "4277"), ("Newry", "BT35", "3026"), ("Ardglass", "BT30", "4484"),
           ("Ballymoney", "BT53", "2766")]
NI_ST = ["Greencastle Street", "Newry Street", "Harbour Road", "Mourne Esplanade", "Quay Road", "Moyle Road",
         "Shore Road", "Bridge Street", "Castle Street", "Knockchree Avenue"]
RATHLIN = ["Coolnagrock", "Ballyconagan", "Kinramer", "Ballynagard", "Knockans"]
US_CITY = [("Hazard", "KY", "417", "606"), ("Pikeville", "KY", "415", "606"), ("Beckley", "WV", "258", "304"),
           ("Bluefield", "WV", "247", "304"), ("Killeen", "TX", "765", "254"), ("San Antonio", "TX", "782", "210"),
           ("Fayetteville", "NC", "283", "910"), ("Clarksville", "TN", "370", "931"),
           ("Jacksonville", "NC", "285", "910"), ("Chula Vista", "CA", "919", "619"),
           ("Oceanside", "CA", "920", "760"), ("Tacoma", "WA", "984", "253"), ("Dothan", "AL", "363", "334"),
           ("Harlingen", "TX", "785", "956"), ("Vallejo", "CA", "945", "707")]
US_ST = ["Rockhouse Rd", "Trace Fork Rd", "Stan Schlueter Loop", "Ramsey St", "Skibo Rd", "Tiny Town Rd", "E 8th St",
         "Highland Ave", "Mission Ave", "S Tacoma Way", "Ross Clark Cir", "Wickersham Dr", "Veterans Memorial Blvd",
         "Sonoma Blvd", "Ed Carey Dr"]
AK_VILLAGE = [("Toksook Bay", "99637"), ("Chefornak", "99561"), ("Kwigillingok", "99622"), ("Kipnuk", "99614"),
              ("Nunapitchuk", "99641"), ("Kasigluk", "99609"), ("Tuntutuliak", "99680"), ("Napaskiak", "99559")]
AU_SUB = {"wa": [("Baldivis", "WA", "6171", "08"), ("Rockingham", "WA", "6168", "08"), ("Ellenbrook", "WA", "6069", "08"),
                 ("Joondalup", "WA", "6027", "08"), ("Mandurah", "WA", "6210", "08")],
          "tsv": [("Kirwan", "QLD", "4817", "07"), ("Deeragun", "QLD", "4818", "07"), ("Condon", "QLD", "4815", "07"),
                  ("Bohle Plains", "QLD", "4817", "07")],
          "dva": [("Hervey Bay", "QLD", "4655", "07"), ("Caboolture", "QLD", "4510", "07"),
                  ("Salisbury", "SA", "5108", "08"), ("Murray Bridge", "SA", "5253", "08"),
                  ("Tweed Heads", "NSW", "2485", "07"), ("Palmerston", "NT", "0830", "08")],
          "tas": [("Kingston", "TAS", "7050", "03"), ("Sandy Bay", "TAS", "7005", "03"),
                  ("New Norfolk", "TAS", "7140", "03"), ("Howrah", "TAS", "7018", "03")]}
AU_ST = ["Safety Bay Road", "Warnbro Sound Avenue", "The Promenade", "Dalrymple Road", "Thuringowa Drive",
         "Temple Terrace", "Gawler Street", "Boat Harbour Drive", "Morayfield Road", "Channel Highway",
         "Churchill Avenue", "Wanneroo Road"]
AU_STATION = [("Wave Hill Station", "NT"), ("Brunette Downs Station", "NT"), ("Anna Plains Station", "WA"),
              ("Carlton Hill Station", "WA"), ("Innamincka Station", "SA"), ("Mount Sanford Station", "NT"),
              ("Alexandria Station", "NT"), ("Lake Nash Station", "NT")]
CA_CITY = {"on": [("Pembroke", "K8A", "613"), ("Renfrew", "K7V", "613"), ("Arnprior", "K7S", "613"),
                  ("Amherstview", "K7N", "613")],
           "nl": [("Conception Bay South", "A1W", "709"), ("Mount Pearl", "A1N", "709"), ("Torbay", "A1K", "709"),
                  ("Carbonear", "A1Y", "709"), ("Clarenville", "A5A", "709"), ("Marystown", "A0E", "709")],
           "bc": [("Langford", "V9B", "250"), ("Colwood", "V9C", "250"), ("Esquimalt", "V9A", "250"),
                  ("Nanaimo", "V9R", "250"), ("Comox", "V9M", "250")]}
CA_ST = {"on": ["Pembroke St W", "Renfrew Ave", "Madawaska Blvd", "Boundary Rd E", "Bath Rd"],
         "nl": ["Topsail Rd", "Conception Bay Hwy", "Water St", "Old Broad Cove Rd", "Columbus Dr"],
         "bc": ["Goldstream Ave", "Island Hwy", "Sooke Rd", "Craigflower Rd", "Ryan Rd"]}
NU_COMM = [("Pangnirtung", "X0A 0R0", "473"), ("Clyde River", "X0A 0E0", "924"), ("Igloolik", "X0A 0L0", "934"),
           ("Pond Inlet", "X0A 0S0", "899"), ("Arctic Bay", "X0A 0A0", "439"), ("Qikiqtarjuaq", "X0A 0B0", "927")]
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
IE_TOWN = {"df": [("Newbridge", "Co. Kildare", "W12", "045"), ("Kilcullen", "Co. Kildare", "R56", "045"),
                  ("Rathangan", "Co. Kildare", "R51", "045"), ("Athy", "Co. Kildare", "R14", "059"),
                  ("Naas", "Co. Kildare", "W91", "045"), ("Portarlington", "Co. Laois", "R32", "057")],
           "sea": [("Killybegs", "Co. Donegal", "F94", "074"), ("Kilcar", "Co. Donegal", "F94", "074"),
                   ("Burtonport", "Co. Donegal", "F94", "074"), ("Castletownbere", "Co. Cork", "P75", "027"),
                   ("Dunmore East", "Co. Waterford", "X91", "051")]}
IE_ISLE = [("Inis Mór", "Co. na Gaillimhe", "H91", "099", ["Cill Rónáin", "Eoghanacht", "Cill Mhuirbhigh",
                                                               "Fearann an Choirce"]),
           ("Inis Oírr", "Co. na Gaillimhe", "H91", "099", ["Baile an Chaisleáin", "Baile an Lurgain"]),
           ("Árainn Mhór", "Co. Dhún na nGall", "F94", "074", ["Leabgarrow", "Plohogue", "Illion"]),
           ("Toraigh", "Co. Dhún na nGall", "F92", "074", ["An Baile Thiar", "An Baile Thoir"])]
IE_ST = ["Fintra Road", "Shore Road", "Pier Road", "Chapel Street", "Cois Cuain", "Bóthar na Trá", "Harbour View",
         "Páirc an Choill", "Bog Road", "Ardmore Lawns"]
_EIR = "ACDEFHKNPRTVWXY"
NZ_SUB = [("Ashhurst", "Palmerston North", "4810", "06"), ("Kelvin Grove", "Palmerston North", "4414", "06"),
          ("Awapuni", "Palmerston North", "4412", "06"), ("Hornby", "Christchurch", "8042", "03"),
          ("Halswell", "Christchurch", "8025", "03"), ("Greerton", "Tauranga", "3112", "07"),
          ("Otumoetai", "Tauranga", "3110", "07"), ("Ngongotaha", "Rotorua", "3010", "07")]
NZ_ST = ["Rangitikei Line", "Kimbolton Road", "Fairview Road", "Cameron Road", "Pyes Pa Road", "Halswell Road",
         "Main South Road", "Te Ngae Road", "Vogel Street", "Brookfield Street"]
CHATHAM = [("Owenga", "Owenga Road"), ("Kaingaroa", "Kaingaroa Road"), ("Te One", "Te One Road"),
           ("Port Hutt", "Port Hutt Road"), ("Waitangi", "Tikitiki Hill Road")]
PH_BRGY = [("Sta. Rita Karsada", "Batangas City", "Batangas", "4200"), ("Wawa", "Nasugbu", "Batangas", "4231"),
           ("Pasong Buaya II", "Imus", "Cavite", "4103"), ("Tabon I", "Kawit", "Cavite", "4104"),
           ("Lapuz Norte", "Iloilo City", "Iloilo", "5000"), ("Pajo", "Lapu-Lapu City", "Cebu", "6015"),
           ("Basak", "Mandaue City", "Cebu", "6014"), ("Tagas", "Tabaco City", "Albay", "4511")]
PH_ST = ["Rizal Street", "Mabini Street", "Bonifacio Street", "Sampaguita Street", "P. Burgos Street",
         "Aguinaldo Highway"]
IN_ECHS = [("Wanowrie", "Pune", "411040"), ("Lohegaon", "Pune", "411047"), ("Trimulgherry", "Secunderabad", "500015"),
           ("Prem Nagar", "Dehradun", "248007"), ("Jhotwara", "Jaipur", "302012"), ("Kharar", "Mohali", "140301")]
IN_LANE = ["Lane 3, Sainik Colony", "Sector 4, Vayu Vihar", "Lane 7, Sainikwadi", "Gali No. 2, Shastri Nagar",
           "Plot 12, Ex-Servicemen Colony"]
IN_MUM = [("Dombivli East", "Thane", "421201"), ("Kharghar", "Navi Mumbai", "410210"), ("Vashi", "Navi Mumbai", "400703"),
          ("New Panvel", "Panvel", "410206"), ("Airoli", "Navi Mumbai", "400708")]
IN_BLDG = ["Shree Ganesh CHS", "Sai Darshan Apartments", "Om Shanti Society", "Gokul Heights", "Sagar Sangam CHS"]
ZA_SUB = [("Soshanguve", "Pretoria", "0152"), ("Mamelodi", "Pretoria", "0122"), ("Atteridgeville", "Pretoria", "0008"),
          ("Lyttelton Manor", "Centurion", "0157"), ("Mabopane", "Pretoria", "0190")]
ZA_ST = ["Tsamaya Avenue", "Stormvoel Road", "Hinterland Avenue", "Jochemus Street", "Ramokonopi Street"]
SG_ST = [("Jurong West Street 41", "64"), ("Tampines Street 81", "52"), ("Woodlands Drive 16", "73"),
         ("Bedok North Avenue 3", "46"), ("Yishun Ring Road", "76"), ("Choa Chu Kang Avenue 4", "68"),
         ("Punggol Field", "82"), ("Ang Mo Kio Avenue 10", "56")]

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AK_VILLAGE, *AU_SUB.values(), AU_STATION,
             *CA_CITY.values(), NU_COMM, *IE_TOWN.values(), NZ_SUB, CHATHAM, PH_BRGY, IN_ECHS, IN_MUM, ZA_SUB, SG_ST):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if isinstance(x, str) and x[:1].isupper())
for _row2 in SC_ISLE + IE_ISLE:
    _PLACE_WORDS.extend([_row2[0], *_row2[-1]])
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, RATHLIN, US_ST, AU_ST, *CA_ST.values(), IE_ST, NZ_ST, PH_ST, IN_LANE,
              IN_BLDG, ZA_ST):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w for w in re.split(r"[\s/.-]+", _x) if w[:1].isupper())


def _n4(n: C) -> str:
    return f"{n.ri(0, 9999):04d}"


def _n3(n: C) -> str:
    return f"{n.ri(0, 999):03d}"


def hno(n: C, hi: int = 140) -> str:
    return str(n.ri(1, hi))


def uk_pc(n: C, district: str) -> str:
    al = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {n.ri(1, 9)}{n.ch(al)}{n.ch(al)}"


def uk_street(n: C, streets: list[str]) -> str:
    st = n.ch(streets)
    k = n.ri(0, 9)
    if k == 0:
        return f"Flat {n.ri(1, 24)}, {hno(n)} {st}"
    if k == 1:
        return f"{hno(n)}{n.ch('ABC')} {st}"
    return f"{hno(n)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 4) if k is None else k
    if len(code) == 3:  # 020 / 023 / 029: eight local digits
        a, b = f"{n.ri(2, 9)}{_n3(n)}", _n4(n)
        return [f"{code} {a} {b}", f"({code}) {a} {b}", f"{code}-{a}-{b}", f"+44 {code[1:]} {a} {b}",
                f"{code} {a}{b}"][k]
    if len(code) == 4:  # 0191 / 0131 / 0141: seven local digits
        a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
        return [f"{code} {a} {b}", f"({code}) {a} {b}", f"{code}-{a}-{b}", f"+44 {code[1:]} {a} {b}",
                f"{code} {a}{b}"][k]
    six = f"{n.ri(2, 9)}{n.ri(0, 99999):05d}"
    return [f"{code} {six}", f"({code}) {six}", f"{code}-{six[:3]} {six[3:]}", f"+44 {code[1:]} {six}",
            f"{code} {six[:3]} {six[3:]}"][k]


def ni_land(n: C, local: str, k: int | None = None) -> str:
    k = n.ri(0, 3) if k is None else k
    b = _n4(n)
    return [f"028 {local} {b}", f"(028) {local} {b}", f"+44 28 {local} {b}", f"028{local}{b}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"7{n.ri(400, 999)}", _n3(n), _n3(n)
    k = n.ri(0, 5) if k is None else k
    return [f"0{a} {b}{c}", f"0{a} {b} {c}", f"+44 {a} {b}{c}", f"0{a}-{b}-{c}", f"+44 (0){a} {b} {c}",
            f"0{a}{b}{c}"][k]


def uk_mil(n: C) -> str:
    """A UK Defence fixed-network number (nine digits, 94xxx xxxx)."""
    return f"94{n.ri(100, 899)} {_n4(n)}"


def sat_ph(n: C, k: int | None = None) -> str:
    """Iridium (+8816) or Inmarsat (+870) satellite numbers."""
    k = n.ri(0, 3) if k is None else k
    if k == 0:
        return f"+8816 {n.ri(2, 9)}{_n3(n)} {_n4(n)}"
    if k == 1:
        return f"+881 6{n.ri(20, 99)} {_n3(n)} {_n3(n)}"
    if k == 2:
        return f"+870 7{n.ri(60, 89)} {_n3(n)} {_n3(n)}"
    return f"008816 {n.ri(2, 9)}{_n3(n)} {_n4(n)}"


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    x, y = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    k = n.ri(0, 4) if k is None else k
    return [f"({ac}) {x}-{y}", f"{ac}-{x}-{y}", f"{ac}.{x}.{y}", f"+1 {ac} {x} {y}", f"1-{ac}-{x}-{y}"][k]


def dsn(n: C, pre: str = "314") -> str:
    return f"{pre}-{n.ri(400, 599)}-{_n4(n)}"


def us_zip(n: C, pre: str) -> str:
    z = f"{pre}{n.ri(1, 99):02d}"
    return z + (f"-{_n4(n)}" if n.yes(0.2) else "")


def us_street(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    k = n.ri(0, 6)
    return s + (f" Apt {n.ri(1, 24)}{n.ch('ABCD')}" if k == 0 else f" Unit {n.ri(1, 40)}" if k == 1 else "")


def au_street(n: C) -> str:
    st = n.ch(AU_ST)
    k = n.ri(0, 5)
    if k == 0:
        return f"{n.ri(1, 12)}/{n.ri(2, 90)} {st}"
    if k == 1:
        return f"Unit {n.ri(1, 12)}, {n.ri(2, 90)} {st}"
    return f"{n.ri(1, 240)} {st}"


def au_mob(n: C, k: int | None = None) -> str:
    a, b = f"4{n.ri(0, 9)}{n.ri(0, 9)}", f"{_n3(n)} {_n3(n)}"
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b}", f"+61 {a} {b}", f"0{a}{b.replace(' ', '')}", f"0{a}-{b.replace(' ', '-')}"][k]


def au_land(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(5, 9)}{_n3(n)}", _n4(n)
    k = n.ri(0, 2) if k is None else k
    return [f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+61 {ac[1]} {a} {b}"][k]


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.ri(1, 9)}{n.ch(_CAL)}{n.ri(0, 9)}"


def ca_ph(n: C, ac: str, k: int | None = None) -> str:
    x, y = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"({ac}) {x}-{y}", f"{ac}-{x}-{y}", f"{ac} {x} {y}", f"+1 {ac}-{x}-{y}"][k]


def eircode(n: C, rk: str) -> str:
    return f"{rk} {n.ch(_EIR)}{n.ri(0, 9)}{n.ch(_EIR)}{n.ri(0, 9)}"


def ie_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"8{n.ch([3, 5, 6, 7, 9])}", _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{a} {b} {c}", f"+353 {a} {b} {c}", f"0{a}-{b}{c}", f"(0{a}) {b} {c}"][k]


def ie_land(n: C, code: str, k: int | None = None) -> str:
    """Irish landlines: five local digits on the Aran Islands (099), seven in Donegal (074), six elsewhere."""
    ln = {"099": 5, "074": 7}.get(code, 6)
    a = f"{n.ri(2, 9)}{n.ri(0, 10 ** (ln - 1) - 1):0{ln - 1}d}"
    k = n.ri(0, 2) if k is None else k
    return [f"({code}) {a}", f"{code} {a[:ln - 4]} {a[ln - 4:]}", f"+353 {code[1:]} {a}"][k]


def nz_mob(n: C, k: int | None = None) -> str:
    a, b = f"2{n.ch([1, 2, 7])}", f"{_n3(n)} {_n4(n)}"
    k = n.ri(0, 2) if k is None else k
    return [f"0{a} {b}", f"+64 {a} {b}", f"0{a}{b.replace(' ', '')}"][k]


def nz_land(n: C, code: str, local3: str = "", k: int | None = None) -> str:
    a = local3 or f"{n.ri(3, 9)}{n.ri(0, 99):02d}"
    k = n.ri(0, 2) if k is None else k
    return [f"({code}) {a} {_n4(n)}", f"{code} {a} {_n4(n)}", f"+64 {code[1]} {a} {_n4(n)}"][k]


def ph_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"9{n.ri(15, 99)}", _n3(n), _n4(n)
    k = n.ri(0, 2) if k is None else k
    return [f"+63 {a} {b} {c}", f"0{a}-{b}-{c}", f"0{a} {b} {c}"][k]


def in_mob(n: C, k: int | None = None) -> str:
    a, b = f"{n.ch([7, 8, 9])}{n.ri(0, 9999):04d}", f"{n.ri(0, 99999):05d}"
    k = n.ri(0, 2) if k is None else k
    return [f"+91 {a} {b}", f"0{a} {b}", f"{a}-{b}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    a, b, c = f"{n.ch([6, 7, 8])}{n.ri(1, 9)}", _n3(n), _n4(n)
    k = n.ri(0, 2) if k is None else k
    return [f"0{a} {b} {c}", f"+27 {a} {b} {c}", f"0{a}-{b}-{c}"][k]


def sg_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    a = f"{n.ch([8, 9]) if mobile else 6}{_n3(n)}"
    b = _n4(n)
    k = n.ri(0, 2) if k is None else k
    return [f"+65 {a} {b}", f"{a} {b}", f"{a}{b}"][k]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(50, 99))


def svc_uk(n: C) -> str:
    """A UK armed forces service number: eight digits (Army 24- / 25-, tri-service 30-)."""
    return n.ch(["24", "25", "30", "30"]) + _digits(n.r, 6)


def mid_of(n: C, q: P) -> P:
    """Give a person a full middle name (Gurkha men "Bahadur", women "Kumari")."""
    if q.grp == "gur":
        w = "Bahadur" if q.sex == "m" else "Kumari"
        if w.lower() in n.used:
            raise Redraw
        n.used.add(w.lower())
        q.midname, q.mid = w, w[0]
        return q
    return n.give_mid(q)


UK_RANK = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "Spr", "Gnr", "Tpr", "Rfn", "Fus", "Bdr", "LBdr", "SAC", "Cfn"]


# ---------------------------------------------------------------------------------------- England
def en_jmes_board(n: C) -> Note:
    q = n.pat(grps=["en", "en", "en", "gur", "fj", "ngb"])
    mid_of(n, q)
    dob, _ = n.dob(19, 44)
    if q.grp == "gur":
        rank, unit = n.ch(["Rfn", "LCpl", "Cpl", "Sgt"]), "1st Battalion Royal Gurkha Rifles"
    else:
        rank, unit = n.ch([("Rfn", "1st Battalion, The Rifles"), ("Gnr", "4th Regiment Royal Artillery"),
                           ("Spr", "32 Engineer Regiment"), ("Tpr", "The Queen's Royal Hussars"),
                           ("Cfn", "3 Close Support Battalion REME"), (n.ch(UK_RANK[1:5]), "2nd Battalion, The Mercian Regiment")])
    board = n.wdt(-20, 0)
    prev = board - timedelta(days=n.ri(150, 220))
    review = board + timedelta(days=n.ch([91, 182]))
    op = board - timedelta(days=n.ri(300, 700))
    town, dist, _code = n.ch(EN_TOWN)
    rmo, cmp_, pt = n.staff(), n.staff(), n.staff()
    svc, nhs = svc_uk(n), nhs_no(n.r)
    df = n.ch(["mil", "MIL", "ddsh"])
    n.t(f"DEFENCE PRIMARY HEALTHCARE - {n.ch(['TIDWORTH', 'CATTERICK', 'LARKHILL', 'BULFORD'])} MEDICAL CENTRE\n")
    n.t("MEDICAL BOARD (JMES REVIEW) - FMed 23 SUMMARY\n")
    n.t("Service No: ").id(svc).t(f"    Rank: {rank}    Name: ")
    n.nm(q.LFmn if n.yes() else q.fmn).t("\nDOB: ").d(dob, df)
    n.t(f"    Unit: {unit}\n")
    n.t("NHS No: ").id(sp3(nhs) if n.yes() else nhs).t("    Mob: ").ph(uk_mob(n)).t("\n")
    n.t("Leave address: ").ad(uk_street(n, EN_ST)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n")
    n.t("Date of board: ").d(board, df).t("    Previous board: ").d(prev, df).t("\n")
    if n.yes():
        n.t("Condition: L knee pain and instability after ACL reconstruction (").d(op, "mshyy").t(").\n")
        n.t("Examination: ROM ").c("0-120 deg").t(", no effusion, single-leg hop ").c(f"{n.ri(68, 86)}%")
        n.t(" of R, Y-balance deficit ").c(f"{n.ri(6, 14)} cm").t(".\n")
        lim = ["no load carriage over ", "25 kg", "; no running on uneven ground; no parachuting"]
    else:
        n.t("Condition: recurrent low back pain with L5 radiculopathy; MRI (").d(op, "mshyy")
        n.t(") L4/5 disc protrusion.\nExamination: SLR ").c(f"{n.ri(40, 70)} deg").t(" L, power ")
        n.c("4+/5").t(" EHL, ODI ").c(f"{n.ri(22, 44)}%").t(".\n")
        lim = ["no load carriage over ", "15 kg", "; no vehicle commander duties over 2 h"]
    n.t("Audiometry: ").c(n.ch(["H1", "H2"])).t("    Vision: ").c("6/6 R, 6/6 L").t("\n")
    n.t("PULHHEEMS: ").c(f"P2 U1 L{n.ri(3, 7)} L2 H{n.ri(1, 2)} H2 E1 E1 M1 S1").t("\n")
    n.t("JMES: previously ").c("L2 M2 E1 MLD").t(", now ").c(n.ch(["L3 M3 E1 MND(T)", "L3 M2 E1 MLD"])).t("\n")
    n.t("Limitations: ").t(lim[0]).c(lim[1]).t(lim[2]).t(".\n")
    n.t("Next review: by ").d(review, df).t(" or on discharge from PCRF.\n")
    n.t(f"Board: {n.ch(['Maj', 'Capt', 'Lt Col'])} ").nm(rmo.fl).t(" RAMC (RMO, Chair); Dr ").nm(cmp_.f_l)
    n.t(" (CMP); ").nm(pt.fl).t(" (PCRF physiotherapist)\n")
    n.t("Enquiries: Mil ").ph(uk_mil(n)).t(" / ").ph(uk_land(n, "01980")).t("\n")
    return n.build(_fhir(q, dob, [("uk-service-number", svc), ("nhs", nhs)]))


def en_chelsea_infirmary(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["en", "en", "sc", "cy"])
    dob, a = n.dob(84, 99)
    fall = n.wdt(-5, 0)
    dtr = n.rel(q, "f", same=n.yes(0.4))
    town, _dist, code = n.ch(EN_TOWN)
    dr, nurse = n.staff(), n.staff()
    reg, nhs = "22" + _digits(n.r, 6) if n.yes() else "14" + _digits(n.r, 6), nhs_no(n.r)
    yr1 = dob.year + 18
    n.t("ROYAL HOSPITAL CHELSEA - INFIRMARY MEDICAL REVIEW\n")
    n.t("In-Pensioner: ").nm(q.fl if n.yes() else q.FL).t("    Berth: Long Wards, ")
    n.t(f"{n.ch(['East', 'West'])} {n.ri(2, 30)}\n")
    n.t("DOB: ").d(dob, n.ch(["dmy", "long", "ddsh"])).t(" (").age(a).t(" years)    Regimental no: ").id(reg)
    n.t(f" ({n.ch(['Royal Artillery', 'Royal Engineers', 'Royal Army Service Corps', 'Durham Light Infantry'])}, {yr1}-{yr1 + n.ri(9, 22)})\n")
    n.t("NHS number: ").id(sp3(nhs)).t("\n")
    n.t("Reason for review: found on floor of berth at ").t(n.tm(5, 7)).t(" on ").d(fall, "dmy")
    n.t(", unwitnessed, no head injury reported.\n")
    n.t("Obs: BP ").c(f"{n.ri(104, 168)}/{n.ri(58, 92)}").t(" lying, ").c(f"{n.ri(96, 140)}/{n.ri(54, 84)}")
    n.t(" standing; HR ").c(str(n.ri(58, 88))).t("; temp ").c(f"{n.fl(36.1, 37.4)}").t("; NEWS2 ").c(str(n.ri(0, 2)))
    n.t("\nAMT ").c(f"{n.ri(6, 10)}/10").t(", Clinical Frailty Scale ").c(str(n.ri(4, 6)))
    n.t(", bruise L hip, full ROM, weight-bearing.\n")
    n.t("Meds: ").cl([f"amlodipine {n.ch([5, 10])} mg OD", "doxazosin 4 mg ON", "tamsulosin 400 micrograms OD"])
    n.t("\nPlan: stop doxazosin; lying/standing BP daily x 3; falls team; bloods (").c(f"Na {n.ri(128, 141)}").t(", ")
    n.c(f"eGFR {n.ri(34, 70)}").t(").\n")
    n.t("NOK: daughter ").nm(dtr.fl).t(" (").ad(town).t("), tel ").ph(uk_land(n, code)).t(", informed.\n")
    n.t("Dr ").nm(dr.fl).t(f" ({n.ch(['ST4', 'ST6', 'specialty doctor'])}, Geriatric Medicine); ")
    n.t("Captain of Invalids aware; night nurse ").nm(nurse.fi).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("regimental-number", reg)]))


def en_op_courage_email(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, a = n.dob(29, 58)
    gp = n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.5))
    sent = n.wdt(-3, 0)
    join = date(dob.year + n.ri(17, 22), n.ri(1, 12), 1)
    leave = date(join.year + n.ri(5, 14), n.ri(1, 12), 1)
    town, dist, _code = n.ch(EN_TOWN)
    svc, nhs = svc_uk(n), nhs_no(n.r)
    n.t("From: Dr ").nm(gp.fl).t(" <").em(pmail(n, gp, ["nhs.net"])).t(">\n")
    n.t("Sent: ").d(sent, n.ch(["long", "dmy"])).t(f" {n.tm(8, 17)}\n")
    n.t("To: Op COURAGE North of England - referrals\n")
    n.t("Subject: Referral - ").nm(q.fl).t(", DOB ").d(dob, "dmy").t("\n\n")
    n.t("Hi team,\n")
    n.t(f"I'd be grateful if you could assess {q.title} ").nm(q.last).t(f", {a}, who served with ")
    n.t(f"{n.ch(['the Royal Engineers', 'the Parachute Regiment', 'the Royal Logistic Corps', 'the Royal Marines'])} from ")
    n.d(join, n.ch(["mshy", "my"])).t(" to ").d(leave, n.ch(["mshy", "my"])).t(" (service no. ").id(svc)
    n.t(f"), including two tours of Helmand.\n{q.He} describes nightmares, hypervigilance and avoidance since leaving. ")
    n.t("PCL-5 ").c(str(n.ri(38, 68))).t(", PHQ-9 ").c(str(n.ri(12, 24))).t(", GAD-7 ").c(str(n.ri(10, 20)))
    n.t(", AUDIT ").c(str(n.ri(8, 24))).t(".\n")
    n.t("Currently on ").c(f"sertraline {n.ch([50, 100, 150])} mg OD").t(" and ").c("propranolol 10 mg PRN")
    n.t("; no current suicidal intent (C-SSRS screen ").c("negative").t(f"), protective factors include {q.his} ")
    n.t(f"{'wife' if spouse.sex == 'f' else 'husband'} ").nm(spouse.first).t(" and two children.\n")
    n.t("NHS no ").id(sp3(nhs)).t("; address ").ad(uk_street(n, EN_ST)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist))
    n.t(f".\n{q.He} is happy to be contacted on ").ph(uk_mob(n)).t(" or ").em(pmail(n, q, ["gmail.com", "hotmail.co.uk", "outlook.com"]))
    n.t(".\n\nBest wishes,\n").nm(gp.first).t("\nDr ").nm(gp.fl).t(", GP Partner, Station Road Surgery\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("uk-service-number", svc)]))


ES_DOC = (["Javier", "Alejandro", "Sergio", "Raúl", "Iñaki"], ["Lucía", "Nuria", "Marta", "Elena"],
          ["Ibáñez", "Serrano", "Navarro", "Cortés", "Garrido", "Soler", "Llorente", "Quiles"])


def en_aeromed_repat(n: C) -> Note:
    q = n.pat(sex=n.ch("mmf"), grps=["en", "en", "sc", "cy", "ni"])
    dob, _a = n.dob(58, 86)
    wife = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    adm = n.dt(-9, -4)
    pci = adm + timedelta(days=1)
    fly = n.dt(1, 4)
    mcm = n.staff(grp="en")
    es_first = n.ch(ES_DOC[0] + ES_DOC[1])
    es_last = n.ch(ES_DOC[2])
    if es_first.lower() in n.used or es_last.lower() in n.used:
        raise Redraw
    n.used.update({es_first.lower(), es_last.lower()})
    tw = n.ch(EN_TOWN + SC_TOWN)
    town, dist, code = tw
    case = f"NSA-{n.today.year % 100}-{n.ri(10000, 99999):06d}"
    pp = n.dg(9)
    n.t("MEDICAL REPATRIATION REQUEST - ASSISTANCE MEDICAL TEAM\n")
    n.t("Case ref: ").id(case).t("    Policy: ").id(f"TRV/{n.dg(7)}").t("\n")
    n.t(f"Patient: {q.title} ").nm(q.fL).t("    DOB: ").d(dob, "long").t("    Passport: ").id(pp).t("\n")
    n.t("Home: ").ad(uk_street(n, EN_ST + SC_ST)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n")
    n.t(f"Location: Hospital General Universitario, {n.ch(['Alicante', 'Málaga', 'Murcia'])} - admitted ")
    n.d(adm, "dmy").t(" (CCU)\nTreating doctor: Dr. ").nm(f"{es_first} {es_last}").t(", Cardiología\n")
    n.t("Diagnosis: ").c("NSTEMI").t("; PCI with DES to ").c("LAD").t(" on ").d(pci, "dmy").t(", uncomplicated.\n")
    n.t("Current: Hb ").c(f"{n.ri(104, 138)} g/L").t(", SpO2 ").c(f"{n.ri(94, 98)}% on air").t(", LVEF ")
    n.c(f"{n.ri(38, 55)}%").t(", mobilising to bathroom, no chest pain since PCI.\n")
    n.t("Meds: ").cl(["aspirin 100 mg OD", "ticagrelor 90 mg BD", "atorvastatin 80 mg ON", "bisoprolol 2.5 mg OD"])
    n.t("\nFitness to fly: ").c(n.ch(["seated with medical escort", "stretcher, air ambulance"])).t(", supplemental ")
    n.c(f"O2 {n.ch([1, 2])} L/min").t(" available; earliest ").d(fly, "dmy").t(", subject to team review.\n")
    n.t(f"NOK: {'wife' if wife.sex == 'f' else 'husband'} ").nm(wife.fl).t(" (travelling with patient), mob ")
    n.ph(uk_mob(n)).t("\n")
    n.t("Requested by: ").nm(mcm.fl).t(", Medical Case Manager, ").em(pmail(n, mcm, ["nsassist.co.uk"]))
    n.t(", direct ").ph(uk_land(n, code if len(code) == 5 else "01325")).t("\n")
    return n.build(_fhir(q, dob, [("case", case), ("passport", pp)]))


def en_afcs_report(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["en", "en", "sc", "cy", "ngb"])
    mid_of(n, q)
    dob, _a = n.dob(34, 66)
    cons = n.staff()
    seen = n.wdt(-40, -10)
    typed = seen + timedelta(days=n.ri(5, 20))
    town, dist, code = n.ch(EN_TOWN)
    ni_, svc = nino(n.r), svc_uk(n)
    ref = f"{n.ch(['AFCS', 'WPS'])}/{n.ri(100000, 999999)}/{n.today.year % 100}"
    yr1 = dob.year + n.ri(17, 21)
    n.t("Department of Otolaryngology - Head & Neck Surgery\nSecretary: ").ph(uk_land(n, code)).t("\n\n")
    n.t("Veterans UK\nYour ref: ").id(ref).t("\n")
    n.d(typed, n.ch(["nth", "long"])).t("\n\n")
    n.t(f"Re: {q.title} ").nm(q.fmn).t(", DOB ").d(dob, "dot").t("\n")
    n.t("    ").ad(uk_street(n, EN_ST)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n")
    n.t("    NI number ").p("SSN", ni_).t("; service number ").id(svc).t("\n\n")
    n.t("Dear Sir or Madam,\n")
    n.t(f"Thank you for asking me to examine {q.title} ").nm(q.last).t(", whom I saw on ").d(seen, "dmo")
    n.t(f". {q.He} served in the Royal Artillery from {yr1} to {yr1 + n.ri(8, 22)} as a gunner and later a ")
    n.t("detachment commander on 105 mm light guns, with hearing protection issued but inconsistently worn.\n")
    n.t("Pure-tone audiometry (dB HL, 0.5 / 1 / 2 / 3 / 4 / 6 kHz):\n")
    base = [n.ri(10, 20), n.ri(15, 25), n.ri(25, 40), n.ri(45, 65), n.ri(55, 75), n.ri(50, 75)]
    n.t("  Right  ").c(" / ".join(str(x) for x in base)).t("\n")
    n.t("  Left   ").c(" / ".join(str(x + n.ri(0, 10)) for x in base)).t("\n")
    n.t("Tympanometry ").c("type A bilaterally").t("; tinnitus constant, bilateral, THI ").c(str(n.ri(36, 76)))
    n.t(".\nThe notch at 4-6 kHz with recovery at higher frequencies is typical of noise-induced hearing loss and ")
    n.t("is, on the balance of probabilities, due to service. I would recommend ").c("bilateral hearing aids")
    n.t(" and a tinnitus management programme.\n\nYours faithfully,\n\n")
    n.t("Mr " if cons.sex == "m" else "Miss ").nm(cons.fl).t(" FRCS (ORL-HNS)\nConsultant Otolaryngologist\n")
    return n.build(_fhir(q, dob, [("nino", ni_), ("uk-service-number", svc)]))


def en_ship_sickbay(n: C) -> Note:
    day = n.dt(-10, 0)
    pats = [n.pat(grps=["en", "en", "sc", "cy", "fj", "ngb"]) for _ in range(3)]
    ma, mo = n.staff(), n.staff()
    q = pats[0]
    dob, _a = n.dob(19, 38)
    svcs = [svc_uk(n) for _ in pats]
    df = n.ch(["MIL", "MILY", "mil"])
    n.t(f"HMS {n.ch(['MEDWAY', 'TYNE', 'MERSEY', 'TAMAR', 'SEVERN'])} - SICK BAY LOG    ").d(day, df).t("\n")
    n.t(f"Position 1200Z: {n.ri(47, 58)}°{n.ri(0, 59):02d}'N {n.ri(1, 9):03d}°{n.ri(0, 59):02d}'W    ")
    n.t(f"Sea state {n.ri(3, 6)}\n")
    n.t("TIME  RATE / NAME          SVC NO    COMPLAINT / FINDINGS / DISPOSAL\n")
    rates = [n.ch(["AB(WS)", "AB(Sea)", "ET(ME)", "LH", "AB(CIS)"]) for _ in pats]
    n.t(f"0815  {rates[0]} ").nm(pats[0].sv).pad(rates[0] + pats[0].sv, 17).id(svcs[0])
    n.t("  sore throat 2/7, T ").c(f"{n.fl(37.9, 39.2)}").t(", exudate, Centor ").c(str(n.ri(3, 4)))
    n.t("; ").c("phenoxymethylpenicillin 500 mg QDS x 10/7").t("; LD 48 h\n")
    last_td = n.dt(-3000, -800)
    n.t(f"1040  {rates[1]} ").nm(pats[1].sv).pad(rates[1] + pats[1].sv, 17).id(svcs[1])
    n.t("  3 cm lac L palm (hatch clip), steristrips x ").c(str(n.ri(3, 5))).t(", tetanus last ")
    n.d(last_td, "mmyyyy").t(", NFD\n")
    n.t(f"1430  {rates[2]} ").nm(pats[2].sv).pad(rates[2] + pats[2].sv, 17).id(svcs[2])
    n.t("  central chest pain 40 min, ECG ").c(n.ch(["sinus 78, no ST change", "sinus 96, 1 mm ST depression V4-V6"]))
    n.t(", SpO2 ").c(f"{n.ri(94, 99)}%").t(", ").c("aspirin 300 mg").t(", ").c("GTN 400 mcg SL").t("; MO informed\n")
    n.t("1510  Telemedical advice (MO): CASEVAC by helicopter to Derriford ED; escort ").nm(ma.sv).t("\n")
    n.t("Signed: PO(MA) ").nm(ma.fi).t("    Ext ").ph(str(n.ri(2000, 4999))).t("\n")
    n.t("Countersigned: Surg Lt Cdr ").nm(mo.fl).t(" RN, ").d(day, df).t("\n")
    return n.build(_fhir(q, dob, [("uk-service-number", svcs[0])]))


def en_heat_illness(n: C) -> Note:
    q = n.pat(sex="m", grps=["gur", "gur", "en", "fj"])
    dob, _a = n.dob(18, 30)
    d = n.dt(-20, 0)
    while d.month not in (5, 6, 7, 8, 9):
        d = date(d.year if d.month > 9 else d.year - 1, n.ri(5, 8), n.ri(1, 28))
    medic, mo, spouse = n.staff(), n.staff(), n.rel(q, "f", same=q.grp == "gur")
    svc = "21" + _digits(n.r, 6) if q.grp == "gur" else svc_uk(n)
    hh = n.tm(10, 16, colon=False)
    temp = float(n.fl(40.1, 41.4))
    n.t("HEAT ILLNESS INCIDENT REPORT - F Med 85\n")
    n.t("DTG of incident: ").p("DATE", n.dtg(d, hh)).t("\n")
    rank = n.ch(["Rfn", "LCpl"]) if q.grp == "gur" else n.ch(["Rfn", "Pte", "LCpl"])
    n.t(f"Casualty: {rank} ").nm(q.Lf if q.grp == "gur" else q.LF).t("    Service No: ").id(svc)
    n.t("    DOB: ").d(dob, n.ch(["mil", "ddmmyy"])).t("\n")
    n.t("Unit: 2nd Battalion, The Royal Gurkha Rifles\n" if q.grp == "gur" else "Unit: 1st Battalion, The Rifles\n")
    n.t(f"Location: SPTA, grid SU {n.ri(100, 299)} {n.ri(400, 520)}; WBGT ").c(f"{n.fl(25.5, 31.0)} °C").t("\n")
    n.t("Activity: 8-mile loaded march, ").c(f"{n.ch([20, 25])} kg").t(", collapsed at mile ").c(str(n.ri(5, 7)))
    n.t(".\nFindings: confused, core (rectal) temp ").c(f"{temp:.1f} °C").t(", GCS ").c(str(n.ri(11, 14)))
    n.t(", HR ").c(str(n.ri(128, 160))).t(", BP ").c(f"{n.ri(86, 108)}/{n.ri(48, 64)}").t(", BM ")
    n.c(f"{n.fl(4.2, 7.8)}").t("\nTreatment: stripped, tarpaulin-assisted cooling with iced water, ")
    n.c("0.9% saline 1 L IV").t("; core temp ").c(f"{temp - float(n.fl(1.4, 2.2)):.1f} °C").t(" after 20 min.\n")
    n.t("Evacuated by ambulance to Salisbury District Hospital ED; CK ").c(f"{n.ri(900, 9000)} U/L").t(" on arrival.\n")
    n.t("Reported by: Cpl ").nm(medic.f_l).t(" (CMT2, team medic)    MO: Capt ").nm(mo.fl).t(" RAMC, Mil ")
    n.ph(uk_mil(n)).t("\n")
    n.t("NOK informed: wife ").nm(spouse.fl).t(", ").ph(uk_mob(n)).t("\n")
    n.t("Return to training only via the heat illness clinical assessment pathway; review ")
    n.d(d + timedelta(days=n.ri(7, 14)), "dmy").t(".\n")
    return n.build(_fhir(q, dob, [("uk-service-number", svc)]))


# ---------------------------------------------------------------------------------------- Scotland
def sc_platform_sickbay(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmmf"))
    dob, _a = n.dob(24, 60)
    medic, topside = n.staff(), n.staff()
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    d = n.dt(-6, 0)
    town, dist, _code = n.ch(SC_TOWN + EN_TOWN[:6])
    chi = chi_no(n.r, dob, q.sex) if town in {t[0] for t in SC_TOWN} else ""
    vant = n.dg(7)
    inst = n.ch(["Skua Alpha", "Cladach Bravo", "North Rona FPSO", "Fionn Alpha"])
    n.t(f"{inst} - OFFSHORE MEDIC REPORT TO TOPSIDE DOCTOR\n")
    n.t("Date: ").d(d, n.ch(["dmy", "ddsh", "dot"])).t(f"    POB: {n.ri(70, 160)}\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "dmy").t("    Vantage no: ").id(vant)
    if chi:
        n.t("    CHI: ").id(chi)
    n.t(f"\nRole: {n.ch(['scaffolder', 'rope access technician', 'crane operator', 'production operator'])} (contractor)\n")
    n.t("Home: ").ad(uk_street(n, SC_ST if chi else EN_ST)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n")
    n.t("NOK: partner ").nm(partner.fl).t(", mob ").ph(uk_mob(n)).t("\n")
    if n.yes():
        n.t("Hx: woke 0300 with R loin pain radiating to groin, vomited x2, no fever.\n")
        n.t("Obs 0430: HR ").c(str(n.ri(88, 112))).t(", BP ").c(f"{n.ri(128, 160)}/{n.ri(78, 96)}").t(", T ")
        n.c(f"{n.fl(36.5, 37.4)}").t(", urinalysis ").c("blood +++, nitrite neg").t("\n")
        n.t("Given: ").cl(["diclofenac 75 mg IM", "ondansetron 4 mg IV"]).t(", pain ").c("8/10").t(" -> ").c("3/10")
        n.t("\n")
        plan = "downman on scheduled flight; CT KUB at ARI"
    else:
        n.t("Hx: struck L forearm against handrail while stepping off the man-riding basket; deformity.\n")
        n.t("Obs: HR ").c(str(n.ri(80, 104))).t(", BP ").c(f"{n.ri(120, 150)}/{n.ri(70, 92)}").t(", CRT ")
        n.c("<2 s").t(", radial pulse ").c("present").t("\n")
        n.t("Given: ").cl(["Penthrox 3 mL inhaled", "paracetamol 1 g PO"]).t(", vacuum splint applied\n")
        plan = "medevac (non-urgent) by next available aircraft to ARI"
    n.t("Topside advice (Dr ").nm(topside.fl).t(", ").ph(uk_land(n, "01224")).t(f"): {plan}.\n")
    n.t("Medic: ").nm(medic.fi).t(", offshore medic, HCPC ").id(f"PA{n.ri(10000, 99999)}").t("\n")
    ids = [("vantage", vant)] + ([("chi", chi)] if chi else [])
    return n.build(_fhir(q, dob, ids))


def sc_oeuk_medical(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    mid_of(n, q)
    dob, _a = n.dob(21, 62)
    dr = n.staff()
    ex = n.wdt(-30, 0)
    town, dist, _code = n.ch(SC_TOWN)
    chi = chi_no(n.r, dob, q.sex)
    cert, eng = f"{n.ch(['AB', 'AX'])}{n.dg(6)}", n.dg(6)
    h, w = n.ri(162, 192), n.ri(64, 118)
    waist = round(80 + (w / (h / 100) ** 2 - 22) * 2.5 + n.ri(-5, 5))
    n.t("OEUK MEDICAL FITNESS TO WORK OFFSHORE / ENG1 - EXAMINATION RECORD\n")
    n.t("Surname: ").nm(q.last.upper()).t("    Forenames: ").nm(f"{q.first} {q.midname}").t("\n")
    n.t("DOB: ").d(dob, "dot").t("    CHI: ").id(chi).t("\n")
    n.t("Address: ").ad(uk_street(n, SC_ST)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n")
    n.t("Mobile: ").ph(uk_mob(n)).t("    E-mail: ").em(pmail(n, q, ["gmail.com", "btinternet.com", "hotmail.com"]))
    n.t("\nDate of examination: ").d(ex, "long").t("\n")
    n.t("Height ").c(f"{h} cm").t("  Weight ").c(f"{w} kg").t("  BMI ").c(f"{w / (h / 100) ** 2:.1f}").t("  Waist ")
    n.c(f"{waist} cm").t("\nBP ").c(f"{n.ri(118, 152)}/{n.ri(70, 94)}").t("  Pulse ").c(str(n.ri(54, 88)))
    n.t("  Urinalysis ").c("NAD").t("\nVision: R ").c(n.ch(["6/5", "6/6", "6/9"])).t(" L ").c(n.ch(["6/5", "6/6", "6/9"]))
    n.t(" (uncorrected); colour vision ").c(n.ch(["normal, 17/17 plates", "normal, lantern pass"])).t("\n")
    n.t("Audiometry: ").c(n.ch(["H1 bilaterally", "H1 R, H2 L"])).t("    Spirometry: FEV1 ")
    n.c(f"{n.fl(3.0, 4.8)} L ({n.ri(84, 108)}% pred)").t("\n")
    n.t("Drug and alcohol screen: ").c("negative").t("    Fitness for breathing apparatus: ").c("fit").t("\n")
    n.t("Outcome: OEUK certificate ").id(cert).t(" - ").c(n.ch(["fit, no restrictions", "fit, restricted: no BA / confined space"]))
    n.t("; ENG1 ").id(eng).t(" issued, valid until ").d(ex + timedelta(days=730 - 1), "long").t("\n")
    n.t("Examining doctor: Dr ").nm(dr.fl).t(", OEUK and MCA approved, GMC ").id(n.dg(7)).t("\n")
    return n.build(_fhir(q, dob, [("chi", chi), ("oeuk", cert), ("eng1", eng)]))


def sc_island_nearme(n: C) -> Note:
    isle, dist, code, crofts = n.ch(SC_ISLE)
    q = n.pat(grps=["sc", "sc", "en"])
    dob, a = n.dob(45, 96)
    d = n.dt(-4, 0)
    anp, gp, emrs = n.staff(), n.staff(), n.staff()
    rel = n.rel(q, same=n.yes())
    chi = chi_no(n.r, dob, q.sex)
    board = {"ZE2": "nhsshetland", "KW17": "nhsorkney"}.get(dist, "nhshighland")
    link = f"https://nhsattend.vc/{board}/{n.tok(10)}"
    n.t("ISLAND NURSE RECORD - telephone and Near Me\n")
    n.t("Date: ").d(d, n.ch(["dmyy", "dmy"])).t(f"  {n.tm(6, 22)}\n")
    n.t("Patient: ").nm(q.fl).t(" (").age(a).t(f"{q.sex.upper()})   CHI ").id(chi).t("\n")
    n.t("Address: ").ad(n.ch(crofts)).t(", ").ad(isle).t(" ").zp(uk_pc(n, dist)).t("    Tel: ").ph(uk_land(n, code))
    n.t("\nSeen at home. ").t(f"{q.He} reports 2 days of productive cough, fever and breathlessness.\n")
    n.t("Obs: RR ").c(str(n.ri(22, 30))).t(", SpO2 ").c(f"{n.ri(88, 94)}% on air").t(", HR ").c(str(n.ri(96, 124)))
    n.t(", BP ").c(f"{n.ri(98, 140)}/{n.ri(56, 84)}").t(", T ").c(f"{n.fl(37.9, 39.4)}").t(", NEWS2 ")
    n.c(str(n.ri(5, 9))).t(", CRB-65 ").c(str(n.ri(1, 3))).t("\n")
    n.t("Near Me video with Dr ").nm(gp.fl).t(" (GP), link ").p("URL", link).t("\n")
    n.t("Ferry and flights cancelled (gale). Discussed with EMRS consultant Dr ").nm(emrs.f_l)
    n.t(": retrieval by helicopter agreed; meanwhile ").cl(["amoxicillin 1 g PO", f"O2 {n.ri(1, 4)} L/min via nasal cannula"])
    n.t(".\n")
    n.t(f"{'Son' if rel.sex == 'm' else 'Daughter'} ").nm(rel.first).t(" informed, on ").ph(uk_mob(n)).t(".\n")
    n.nm(anp.fi).t(", ANP\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


# ---------------------------------------------------------------------------------------- Wales
def cy_veterans_wales(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, _a = n.dob(28, 62)
    gp, ther, psy = n.staff(), n.staff(), n.staff()
    mentor = n.staff(grp="cy")
    d = n.wdt(-14, 0)
    seen = d - timedelta(days=n.ri(3, 12))
    town, dist, _code = n.ch(CY_TOWN)
    nhs = nhs_no(n.r)
    yr1 = dob.year + n.ri(17, 22)
    n.t("GIG Cymru i Gyn-filwyr / Veterans' NHS Wales\n")
    n.t("Dyddiad / Date: ").d(d, "long").t("\n\n")
    n.t("Annwyl / Dear Dr ").nm(gp.last).t(",\n")
    n.t("Ynglŷn â / Re: ").nm(q.fl).t(", DOB ").d(dob, n.ch(["dmy", "dot"])).t(", NHS ").id(sp3(nhs)).t("\n")
    n.t("           ").ad(uk_street(n, CY_ST)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n\n")
    n.t(f"I assessed {q.title} ").nm(q.last).t(" with our Veteran Therapist, ").nm(ther.fl).t(", on ")
    n.d(seen, n.ch(["nthmo", "dmo"])).t(f". {q.He} served with the Welsh Guards from {yr1} to {yr1 + n.ri(6, 14)}")
    n.t(" and describes intrusive memories of a vehicle strike on an operational tour.\n")
    n.t("Measures: ITQ ").c(n.ch(["PTSD criteria met", "CPTSD criteria met"])).t("; PCL-5 ").c(str(n.ri(40, 70)))
    n.t("; PHQ-9 ").c(str(n.ri(10, 24))).t("; GAD-7 ").c(str(n.ri(9, 20))).t("; AUDIT-C ").c(str(n.ri(3, 11)))
    n.t(".\nPlan: ").c("trauma-focused CBT, 16 sessions").t("; we would be grateful if you could consider ")
    n.c("sertraline 50 mg, increasing to 100 mg after 2 weeks").t(". Peer mentor ").nm(mentor.first)
    n.t(" will phone on ").ph(uk_mob(n)).t(" to arrange a walk-and-talk.\n\n")
    n.t("Cofion / Regards,\n").nm(psy.fl).t(", Clinical Psychologist\n")
    n.t("cc: ").nm(q.fl).t(" (patient)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_casevac_9liner(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["cy", "cy", "en", "fj"])
    dob, _a = n.dob(18, 34)
    rso, medic = n.staff(), n.staff()
    mum = n.rel(q, "f", same=n.yes(0.6))
    d = n.dt(-15, 0)
    hh = n.tm(6, 17, colon=False)
    svc = svc_uk(n)
    zap = f"{_ascii(q.last)[:2].upper()}{svc[-4:]}"
    town, _dist, code = n.ch(CY_TOWN)
    n.t("SENNYBRIDGE TRAINING AREA - CASEVAC REQUEST / MIST HANDOVER\nDTG: ").p("DATE", n.dtg(d, hh)).t("\n")
    n.t(f"L1 SN {n.ri(850, 990)} {n.ri(300, 420)}   L2 Range Control ch {n.ri(2, 9)}   L3 1 x A (urgent)\n")
    n.t("L4 nil   L5 1 x L   L6 no enemy   L7 smoke   L8 1 x UK mil   L9 nil\n")
    n.t("ZAP: ").id(zap).t(f"    {n.ch(['Pte', 'LCpl', 'Tpr', 'Gnr'])} ").nm(q.LF).t("    Svc no: ").id(svc)
    n.t("    DOB: ").d(dob, "ddmmyy").t("\n")
    if n.yes():
        n.t("M: rolled vehicle (Jackal), thrown approx 2 m\nI: L chest wall tenderness, abrasions face, ? # L clavicle\n")
        n.t("S: HR ").c(str(n.ri(104, 130))).t(" RR ").c(str(n.ri(22, 30))).t(" SpO2 ").c(f"{n.ri(92, 97)}%")
        n.t(" BP ").c(f"{n.ri(100, 130)}/{n.ri(60, 80)}").t(" GCS ").c(n.ch(["14 (E3V5M6)", "15"])).t("\n")
        n.t("T: ").cl(["C-spine collar", "fentanyl lozenge 800 mcg", "O2 15 L/min NRB"]).t("\n")
    else:
        n.t("M: fall on rocky ground during section attack\nI: open # R tib/fib, bleeding controlled\n")
        n.t("S: HR ").c(str(n.ri(98, 124))).t(" RR ").c(str(n.ri(18, 26))).t(" SpO2 ").c(f"{n.ri(95, 99)}%")
        n.t(" BP ").c(f"{n.ri(104, 136)}/{n.ri(60, 84)}").t(" GCS ").c("15").t("\n")
        n.t("T: ").cl(["morphine 10 mg IM autoinjector", "box splint", "dressing"]).t("\n")
    n.t(f"Handed to Wales Air Ambulance at {n.tm(7, 18, colon=False)}Z.\n")
    n.t("Reported by: Sgt ").nm(rso.fl).t(" (RSO)    Team medic: Cpl ").nm(medic.f_l).t(" (CMT1)\n")
    n.t("NOK (mother): ").nm(mum.fl).t(", ").ad(town).t(", ").ph(uk_land(n, code)).t("\n")
    return n.build(_fhir(q, dob, [("uk-service-number", svc)]))


# ---------------------------------------------------------------------------------------- Northern Ireland
def ni_rathlin_call(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(50, 97)
    resp, gp, dtr = n.staff(grp="ni"), n.staff(), n.rel(q, "f", same=n.yes())
    d = n.dt(-3, 0)
    hc = hc_no(n.r)
    town = n.ch([t for t in NI_TOWN if t[0] != "Ballycastle"])
    n.t("OUT OF HOURS - TELEPHONE ASSESSMENT (island patient)\n")
    n.t("Date: ").d(d, "dmy").t(f"  Time: {n.tm(5, 23)}\n")
    n.t("Caller: ").nm(resp.fl).t(" (island first responder), ").ph(ni_land(n, "2076")).t("\n")
    n.t("Patient: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(" (").age(a).t("), H&C ").id(sp3(hc)).t("\n")
    n.t("Address: ").ad(n.ch(RATHLIN)).t(", ").ad("Rathlin Island").t(", ").zp(f"BT54 6R{n.ch('ABDEFGHJLNPQ')}").t("\n")
    n.t("Hx: fall on the slipway, painful R hip, unable to weight bear.\n")
    n.t("Obs relayed: HR ").c(str(n.ri(72, 104))).t(", BP ").c(f"{n.ri(118, 170)}/{n.ri(62, 94)}").t(", SpO2 ")
    n.c(f"{n.ri(93, 99)}%").t(", R leg ").c("shortened and externally rotated").t("\n")
    n.t("Advice (Dr ").nm(gp.fl).t(", GP OOH): ").c("paracetamol 1 g PO").t(", keep warm, coastguard helicopter ")
    n.t("requested via Belfast Coastguard for transfer to Causeway Hospital ED.\n")
    n.t("Daughter ").nm(dtr.first).t(" (lives in ").ad(town[0]).t(") informed, mob ").ph(uk_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_ml5_fishing(n: C) -> Note:
    q = n.pat(sex="m")
    mid_of(n, q)
    dob, _a = n.dob(19, 68)
    dr = n.staff()
    ex = n.wdt(-20, 0)
    town, dist, local = n.ch(NI_TOWN)
    hc = hc_no(n.r)
    ml5 = f"ML5/{n.ri(10000, 99999)}"
    reg = f"{n.ch(['N', 'B', 'PL'])} {n.ri(10, 999)}"
    n.t("MCA ML5 MEDICAL REPORT (small vessel / fishing)\n")
    n.t("PART 1 - applicant\nSurname: ").nm(q.last.upper()).t("    Forename(s): ").nm(f"{q.first} {q.midname}")
    n.t("\nDate of birth: ").d(dob, "dmy").t("    H&C: ").id(hc).t("\n")
    n.t("Address: ").ad(uk_street(n, NI_ST)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n")
    n.t("Tel: ").ph(uk_mob(n)).t(f"    Vessel: FV {n.ch(['Silver Harvest', 'Boy Conor', 'Ocean Reward', 'Mourne Dawn'])} {reg}\n")
    n.t("PART 2 - doctor\nDate of examination: ").d(ex, n.ch(["dmy", "long"])).t("\n")
    n.t("Vision (unaided): R ").c(n.ch(["6/6", "6/9", "6/12"])).t(" L ").c(n.ch(["6/6", "6/9"])).t("; colour vision ")
    n.c("normal").t("; hearing ").c("whispered voice heard at 2 m").t("\n")
    n.t("BP ").c(f"{n.ri(128, 166)}/{n.ri(76, 98)}").t("; urinalysis ").c(n.ch(["NAD", "glucose +"]))
    n.t("; BMI ").c(f"{n.fl(24, 36)}").t("\n")
    n.t("Conditions: type 2 diabetes on ").c("metformin 500 mg BD").t(", HbA1c ").c(f"{n.ri(46, 68)} mmol/mol")
    n.t(", no hypoglycaemia\n")
    n.t("Outcome: ").c(n.ch(["fit - no restrictions", "fit - restricted to within 60 miles of a safe haven"]))
    n.t("; ML5 no. ").id(ml5).t(", expires ").d(ex + timedelta(days=5 * 365), "dmy").t("\n")
    n.t("Doctor: Dr ").nm(dr.fl).t(", GMC ").id(n.dg(7)).t(", tel ").ph(ni_land(n, local)).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc), ("ml5", ml5)]))


# ---------------------------------------------------------------------------------------- United States
def us_cprs_pact(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["usw", "usw", "usb", "usmx", "usfil"])
    dob, a = n.dob(58, 82)
    np_ = n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.7))
    d = n.wdt(-10, 0)
    a1c_d = d - timedelta(days=n.ri(5, 40))
    city, st, _z3, ac = n.ch(US_CITY)
    ssn = ssn_no(n.r)
    hh, mm = n.ri(8, 15), n.ri(0, 59)
    n.t("LOCAL TITLE: PACT PRIMARY CARE NOTE\nSTANDARD TITLE: PRIMARY CARE NOTE\n")
    n.t("DATE OF NOTE: ").d(d, "cprs").t(f"@{hh:02d}:{mm:02d}     ENTRY DATE: ").d(d, "cprs")
    n.t(f"@{hh:02d}:{(mm + 9) % 60:02d}:{n.ri(10, 59)}\n")
    n.t("      AUTHOR: ").nm(np_.cprs).t("     EXP COSIGNER:\n     URGENCY:                 STATUS: COMPLETED\n")
    n.t("PATIENT: ").nm(q.cprs).t("   ").p("SSN", ssn).t("   DOB: ").d(dob, "cprsdob").t(f" ({a})\n\n")
    n.t("CC: f/u DM2, HTN, PTSD (SC ").c(f"{n.ch([30, 50, 70])}%").t(")\n")
    era = "Vietnam" if dob.year <= 1953 else ("Desert Storm" if dob.year <= 1973 else "OIF")
    n.t(f"S: {era} veteran, reports fair sleep; ")
    n.t(f"{'wife' if spouse.sex == 'f' else 'husband'} ").nm(spouse.first).t(f" manages {q.his} pill box. ")
    n.t("Denies chest pain, SOB.\n")
    n.t("O: BP ").c(f"{n.ri(124, 164)}/{n.ri(70, 94)}").t("  P ").c(str(n.ri(60, 92))).t("  Wt ")
    n.c(f"{n.ri(160, 260)} lb").t("  BMI ").c(f"{n.fl(25, 38)}").t("\n")
    n.t("   A1C ").c(f"{n.fl(6.4, 9.8)}%").t(" (").d(a1c_d, "cprs").t(")  EGFR ").c(str(n.ri(38, 90))).t("\n")
    n.t("MEDS: ").cl([f"METFORMIN {n.ch([500, 1000])}MG TAB BID", f"LISINOPRIL {n.ch([10, 20, 40])}MG TAB QD",
                       f"PRAZOSIN {n.ch([1, 2, 5])}MG CAP QHS"], sep="; ").t("\n")
    n.t("SCREENS: PHQ-2 ").c(str(n.ri(0, 3))).t("; AUDIT-C ").c(str(n.ri(0, 5))).t("; C-SSRS ").c("neg").t("\n")
    n.t("P: continue regimen; diabetic foot and retinal exam ordered; RTC ").c("3 months").t("; ")
    n.t("pt prefers calls to ").ph(us_ph(n, ac)).t(" (home, ").ad(city).t(f", {st}).\n\n")
    n.t("/es/ ").nm(np_.es).t("\nNURSE PRACTITIONER\nSigned: ").d(d, "us").t(f" {hh:02d}:{(mm + 9) % 60:02d}\n")
    return n.build(_fhir(q, dob, [("ssn", ssn)]))


def us_dbq_hearing(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, _a = n.dob(45, 78)
    aud = n.staff()
    d = n.wdt(-20, 0)
    yr1 = dob.year + n.ri(18, 21)
    fno = n.dg(8)
    n.t("HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE\n")
    n.t("Name of patient/Veteran: ").nm(q.lfm).t("    VA file number: ").id(fno).t("\n")
    n.t("Date of birth: ").d(dob, "us").t("    Date of exam: ").d(d, "us").t("\n")
    br, job = n.ch([("USMC", "MOS 0311 rifleman"), ("US Army", "MOS 13B cannon crewmember"),
                    ("USN", "aviation boatswain's mate"), ("US Army", "MOS 19K armor crewman")])
    n.t(f"Military history: {br} {yr1}-{yr1 + n.ri(4, 20)}, {job}\n")
    n.t("Puretone thresholds (dB):\n        500  1000  2000  3000  4000\n")
    vals = [[n.ri(10, 25), n.ri(15, 30), n.ri(25, 45), n.ri(45, 70), n.ri(55, 80)] for _ in range(2)]
    for side, v in zip(["RIGHT", "LEFT "], vals, strict=True):
        n.t(f"{side}   ").c("  ".join(f"{x:>4}" for x in v).strip()).t("\n")
    n.t("Speech recognition (Maryland CNC): R ").c(f"{n.ri(76, 96)}%").t("  L ").c(f"{n.ri(72, 96)}%").t("\n")
    n.t(f"Tinnitus: recurrent, bilateral, onset during service ({yr1 + n.ri(1, 3)}).\n")
    n.t("Opinion: hearing loss is ").c("at least as likely as not (50 percent or greater probability)")
    n.t(" caused by military noise exposure; tinnitus is ").c("at least as likely as not").t(" a symptom of it.\n")
    n.t("Functional impact: difficulty following conversation in groups.\n")
    n.t("Examiner: ").nm(aud.fl).t(", Au.D., CCC-A    Signed ").d(d, "us1").t(f" {n.tm(13, 17)}\n")
    return n.build(_fhir(q, dob, [("va-file-number", fno)]))


def us_sick_call(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    q.mid = n.ch("ABCDEJLMRT")
    dob, _a = n.dob(18, 30)
    pa, sgn = n.staff(), n.staff()
    d = n.wdt(-10, 0)
    dodid = "1" + _digits(n.r, 9)
    exp = d + timedelta(days=n.ch([14, 21, 30]))
    rank = n.ch(["PV2", "PFC", "SPC", "CPL", "SGT"])
    n.t("CHRONOLOGICAL RECORD OF MEDICAL CARE (SF 600) - BAS SICK CALL\n")
    n.t("DATE: ").d(d, "ymdc").t(f"   TIME: {n.tm(6, 9, colon=False)}\n")
    n.t(f"PATIENT: {rank} ").nm(q.LFm).t("   DOD ID: ").id(dodid).t("   DOB: ").d(dob, "ymdc").t("\n")
    n.t(f"UNIT: {n.ch(['B Co, 2-8 IN', 'HHC, 1-22 IN', 'A Btry, 3-16 FA', 'C Co, 2-7 IN'])}\n")
    n.t("S: rolled R ankle on PT run this AM, able to bear weight 4 steps.\n")
    n.t("O: T ").c(f"{n.fl(97.8, 99.1)} F").t("  BP ").c(f"{n.ri(112, 136)}/{n.ri(68, 84)}").t("  HR ")
    n.c(str(n.ri(58, 88))).t("\n   lateral ecchymosis, ATFL TTP, ant drawer ").c("neg").t(", no bony TTP\n")
    n.t("A: ").c("R ankle sprain, grade II").t("\n")
    n.t("P: ").cl(["ibuprofen 800 mg PO TID x 7 days", "ACE wrap", "crutches PRN"])
    n.t("\n   DA 3349 temp profile: no running, rucking, jumping; PULHES ").c("111111").t(" -> ").c("113111")
    n.t("; exp ").d(exp, n.ch(["MILY", "milcy"])).t("\n")
    n.t("   RTC if unable to bear weight; PT referral.\n")
    n.t("CPT ").nm(pa.fl).t(", PA-C    Supervising: MAJ ").nm(sgn.fl).t(", MD, Battalion Surgeon\n")
    n.t("BAS front desk DSN ").ph(dsn(n, "312")).t("\n")
    return n.build(_fhir(q, dob, [("dod-id", dodid)]))


def us_trac2es_pmr(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    q.mid = n.ch("ABCDEJLMRT")
    dob, _a = n.dob(20, 44)
    att, fs = n.staff(), n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.7))
    d = n.wdt(-3, 0)
    ready = d + timedelta(days=n.ri(1, 4))
    inj = d - timedelta(days=n.ri(3, 9))
    dodid = "1" + _digits(n.r, 9)
    city, st, _z3, ac = n.ch(US_CITY)
    pmr = f"{n.tok(3).upper()}{n.ri(10000, 99999)}"
    n.t("PATIENT MOVEMENT REQUEST (TRAC2ES) - LANDSTUHL REGIONAL MEDICAL CENTER\n")
    n.t("PMR no: ").id(pmr).t("    Precedence: ").c(n.ch(["PRIORITY", "ROUTINE"])).t("    Classification: ")
    n.c(n.ch(["2A", "3B", "1C"])).t("\n")
    n.t("Patient: ").nm(q.LFm).t(f"    Grade: {n.ch(['E-4', 'E-5', 'E-6', 'O-3'])}    Svc: {n.ch(['USA', 'USMC', 'USAF'])}\n")
    n.t("DoD ID: ").id(dodid).t("    DOB: ").d(dob, "MILY").t("\n")
    n.t("Dx: ").c(n.ch(["open L tibial shaft fracture s/p IMN", "L4 burst fracture s/p posterior fusion",
                        "grade III splenic laceration s/p splenectomy"])).t(" - injured ").d(inj, "MILY").t("\n")
    n.t("Ready date: ").d(ready, "MILY").t("    Destination: Walter Reed NMMC\n")
    n.t("Flight considerations: Hgb ").c(f"{n.fl(8.6, 12.4)}").t(", SpO2 ").c(f"{n.ri(94, 99)}% RA")
    n.t(", cabin altitude restriction ").c("5,000 ft").t(", ").c("O2 2 L/min PRN").t("\n")
    n.t("Meds: ").cl(["enoxaparin 40 mg SC daily", "oxycodone 5 mg PO q6h PRN", "acetaminophen 1 g PO q6h"])
    n.t("\nAttending: MAJ ").nm(att.fl).t(", MD, DSN ").ph(dsn(n)).t(", ").em(
        f"{_slug(att.first)}.{att.mid.lower()}.{_slug(att.last)}.mil@health.mil").t("\n")
    n.t("Validating flight surgeon: Lt Col ").nm(fs.fl).t(", USAF\n")
    n.t("NOK: spouse ").nm(spouse.fl).t(", ").ph(us_ph(n, ac)).t(", home of record ").ad(city).t(f", {st}\n")
    return n.build(_fhir(q, dob, [("dod-id", dodid)]))


def us_alaska_cha(n: C) -> Note:
    vil, zp = n.ch(AK_VILLAGE)
    q = n.pat(grps=["akn"])
    dob, _a = n.dob(40, 82)
    cha, erdoc = n.staff(grp="akn"), n.staff()
    dtr = n.rel(q, "f", same=n.yes())
    d = n.dt(-5, 0)
    chart = n.dg(6)
    n.t("COMMUNITY HEALTH AIDE ENCOUNTER / TELEMEDICINE CASE\n")
    n.t("Date: ").d(d, "us1").t(f"  Time: {n.tm(0, 5, colon=False)}\n")
    n.t("Patient: ").nm(q.fl).t("   DOB: ").d(dob, "us1").t("   Chart #: ").id(chart).t("\n")
    n.t("Home: ").ad(f"HC{n.ri(1, 9)} Box {n.ri(10, 400)}").t(", ").ad(vil).t(", AK ").zp(zp).t("\n")
    n.t("CC: cough and fever 3 days, short of breath tonight.\n")
    n.t("Vitals: T ").c(f"{n.fl(100.4, 103.2)} F").t("  P ").c(str(n.ri(98, 128))).t("  R ").c(str(n.ri(22, 32)))
    n.t("  BP ").c(f"{n.ri(96, 148)}/{n.ri(58, 88)}").t("  SpO2 ").c(f"{n.ri(84, 91)}% RA").t(" -> ")
    n.c(f"{n.ri(92, 96)}% on 3 L").t("\nLungs: crackles R base. Photos and lung sounds sent with case.\n")
    n.t("Tele-case reviewed by Dr ").nm(erdoc.fl).t(" (ER), ").ph(us_ph(n, "907")).t(": ")
    n.cl(["ceftriaxone 1 g IM", "azithromycin 500 mg PO", "O2 3 L NC"]).t("\n")
    n.t("Medevac requested 0310; weather hold (fog), ETA after first light.\n")
    n.t("Escort: daughter ").nm(dtr.fl).t(", cell ").ph(us_ph(n, "907")).t("\n")
    n.nm(cha.fl).t(", CHP\n")
    return n.build(_fhir(q, dob, [("chart", chart)]))


def us_vvc_lower(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, a = n.dob(26, 48)
    sw = n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.7))
    d = n.wdt(-7, 0)
    nxt = d + timedelta(days=7)
    city, st, _z3, ac = n.ch(US_CITY)
    url = (f"https://care2.va.gov/vvc-app/?join=1&media=1&conference=VVC{n.dg(7)}@care2.va.gov"
           f"&pin={n.dg(6)}")
    ip = n.ip()
    n.t("vvc mh f/u ").d(d, "md").t(f" {n.tm(9, 16, colon=False)} - pt at home in ").ad(city.lower())
    n.t(f", {st.lower()}\n")
    n.t("pt: ").nm(q.low).t(f", {a} yo {q.sex}, oif x2\n")
    n.t("id check: name + dob ").d(dob, "us1").t(" confirmed; link ").p("URL", url).t("\n")
    n.t("client ip ").p("IP", ip).t(" (vvc audit)\n")
    n.t("s: sleeping 4-5 h, nightmares ").c("3x/wk").t(" (was nightly). ")
    n.t(f"{'wife' if spouse.sex == 'f' else 'husband'} ").nm(spouse.first.lower()).t(" aware of safety plan.\n")
    n.t("pcl-5 ").c(str(n.ri(30, 50))).t(" (was ").c(str(n.ri(52, 70))).t("), phq-9 ").c(str(n.ri(6, 16)))
    n.t(", c-ssrs screen ").c("neg").t("\n")
    n.t("meds: ").cl([f"prazosin {n.ch([2, 3, 5])} mg qhs", f"sertraline {n.ch([100, 150, 200])} mg daily"]).t("\n")
    n.t("plan: cpt session ").c(f"{n.ri(5, 9)} of 12").t(" next wk ").d(nxt, "md")
    n.t("; crisis line 988 press 1 reviewed\n")
    n.t("cell ").ph(us_ph(n, ac, n.ch([1, 2]))).t(" confirmed for callback\n")
    n.t("- ").nm(sw.fli.lower()).t(", lcsw\n")
    return n.build(_fhir(q, dob, []))


def us_cg719k(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["usw", "usb", "usmx", "usfil"])
    dob, _a = n.dob(24, 66)
    doc = n.staff()
    d = n.wdt(-15, 0)
    city, st, z3, ac = n.ch(US_CITY)
    ref = n.dg(7)
    lic = f"{n.ch('ABCDGKLMNP')}{n.ri(1000, 99999)}"
    n.t("MERCHANT MARINER MEDICAL EVALUATION (CG-719K) - PRACTITIONER SUMMARY\n")
    n.t("Applicant: ").nm(q.fml).t("    DOB: ").d(dob, "us").t("    Mariner Reference No: ").id(ref).t("\n")
    n.t("Address: ").ad(us_street(n)).t(", ").ad(city).t(f", {st} ").zp(us_zip(n, z3)).t("\n")
    n.t("Phone: ").ph(us_ph(n, ac)).t("    E-mail: ").em(pmail(n, q, ["gmail.com", "yahoo.com", "icloud.com"]))
    n.t(f"\nEndorsement sought: {n.ch(['AB-Unlimited', 'QMED', 'Master 100 GRT', 'Tankerman-PIC'])}\n")
    n.t("Exam date: ").d(d, "us").t("\n")
    n.t("Vision: ").c(n.ch(["20/20 OU corrected", "20/25 OD, 20/20 OS uncorrected"])).t("; color vision ")
    n.c("passed (PIP 14/14)").t("\nHearing: ").c("audiometry within standard, avg 30 dB better ear").t("\n")
    n.t("BP ").c(f"{n.ri(118, 148)}/{n.ri(70, 92)}").t("; BMI ").c(f"{n.fl(24, 39)}").t("\n")
    n.t("OSA on CPAP since ").d(d - timedelta(days=n.ri(400, 2000)), "my").t(": compliance ")
    n.c(f"{n.ri(82, 98)}% of nights >= 4 h").t(", residual AHI ").c(f"{n.fl(1.0, 6.0)}").t("\n")
    n.t("Meds: ").cl([f"lisinopril {n.ch([10, 20])} mg daily", "atorvastatin 20 mg daily"]).t("\n")
    n.t("Determination: ").c("recommend qualified, no waiver required").t("\n")
    n.t("Practitioner: ").nm(doc.fl).t(f", MD, license {st} ").id(lic).t(", ").ph(us_ph(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("mmc-reference", ref)]))


def us_mcmurdo_sitrep(n: C) -> Note:
    q = n.pat(sex=n.ch("mmf"), grps=["usw", "usw", "usb", "usmx"])
    dob, a = n.dob(24, 60)
    doc, cc = n.staff(grp=n.ch(["usw", "usb"])), n.staff()
    d = n.dt(-30, 0)
    while d.month in (11, 12, 1, 2):
        d -= timedelta(days=60)
    city, st, _z3, _ac = n.ch(US_CITY)
    pid = f"{n.ri(25, 26)}-{n.dg(5)}"
    n.t("From: ").nm(doc.fl).t(" <").em(f"{_slug(doc.first)}.{_slug(doc.last)}@usap.gov").t(">\n")
    n.t(f"Sent: {n.wd(d)}, ").d(d, "usl").t(f" {n.tm(19, 23)} NZST\n")
    n.t("To: UTMB Polar telemedicine\nCc: Dr. ").nm(cc.fl).t("\n")
    n.t("Subject: McMurdo winter sitrep - ").nm(q.LF).t("\n\n")
    n.t("Patient: ").nm(q.fl).t(f", {a}{q.sex.upper()}, ").t(n.ch(["heavy equipment operator", "galley staff",
                                                                     "power plant mechanic"]))
    n.t(", participant ID ").id(pid).t(", DOB ").d(dob, "us").t(", home ").ad(city).t(f", {st}.\n")
    n.t("3 days RUQ pain, worse after meals, T ").c(f"{n.fl(100.2, 102.0)} F").t(" last night.\n")
    n.t("Exam: Murphy sign positive, HR ").c(str(n.ri(92, 112))).t(", BP ").c(f"{n.ri(118, 146)}/{n.ri(70, 92)}")
    n.t(".\nPOC labs: WBC ").c(f"{n.fl(11.5, 17.5)}").t(", T bili ").c(f"{n.fl(0.8, 2.2)}").t(", lipase ")
    n.c(str(n.ri(20, 60))).t(". Bedside US: ").c("gallstones, wall 5 mm, pericholecystic fluid").t(".\n")
    n.t("Started ").cl(["ceftriaxone 2 g IV q24h", "metronidazole 500 mg IV q8h", "ondansetron 4 mg IV PRN"])
    n.t(".\nNo flights until WINFLY; please advise on criteria for a medevac request.\n")
    n.t("Station Iridium: ").ph(sat_ph(n, n.ch([0, 1]))).t("\n\nThanks,\n").nm(doc.first).t("\n")
    return n.build(_fhir(q, dob, [("usap", pid)]))


def us_nexus_letter(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    q.mid = n.ch("ABCDEJLMRT")
    dob, _a = n.dob(36, 60)
    doc = n.staff()
    d = n.wdt(-10, 0)
    pft = d - timedelta(days=n.ri(10, 60))
    since = d - timedelta(days=n.ri(400, 1800))
    city, st, z3, ac = n.ch(US_CITY)
    ssn = ssn_no(n.r)
    yr = n.ri(2004, 2011)
    n.t(f"{n.ch(['Valley', 'Southern', 'Cumberland'])} Pulmonary & Sleep Associates\n")
    n.t("Tel ").ph(us_ph(n, ac)).t("  Fax ").ph(us_ph(n, ac)).t("\n\n").d(d, "usl").t("\n\n")
    n.t("RE: ").nm(q.fml).t("    DOB: ").d(dob, "us").t("    SSN: ").p("SSN", ssn).t("\n")
    n.t("    ").ad(us_street(n)).t(", ").ad(city).t(f", {st} ").zp(us_zip(n, z3)).t("\n\n")
    n.t("To whom it may concern:\n")
    n.t(f"I have treated {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(" since ").d(since, "my")
    n.t(f" for shortness of breath that began after deployment to Balad, Iraq ({yr}-{yr + 1}), where ")
    n.t(f"{q.he} lived about 1 km downwind of the open burn pit.\n")
    n.t("Pulmonary function tests on ").d(pft, "us1").t(": FEV1 ").c(f"{n.fl(1.8, 2.9, 2)} L ({n.ri(55, 74)}% pred)")
    n.t(", FVC ").c(f"{n.fl(3.0, 4.2, 2)} L ({n.ri(70, 88)}%)").t(", FEV1/FVC ").c(f"0.{n.ri(58, 69)}")
    n.t(", DLCO ").c(f"{n.ri(52, 72)}%").t(". HRCT: ").c("mosaic attenuation with air trapping").t(".\n")
    n.t("Current treatment: ").cl(["budesonide/formoterol 160/4.5 two puffs BID", "albuterol PRN"]).t(".\n")
    n.t(f"{q.He} never smoked. In my opinion the constrictive bronchiolitis is ")
    n.c("at least as likely as not (50% or greater probability)").t(" due to burn pit exposure in service.\n\n")
    n.t("Sincerely,\n\n").nm(doc.fl).t(", MD, FCCP\n")
    return n.build(_fhir(q, dob, [("ssn", ssn)]))


def us_clc_note(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmmf"), grps=["usw", "usw", "usb", "usfil"])
    dob, a = n.dob(88, 101)
    rn = n.staff()
    poa = n.rel(q, "f", same=n.yes(0.5))
    son = n.rel(q, "m", same=True)
    d = n.dt(-3, 0)
    city, _st, _z3, ac = n.ch(US_CITY)
    city2 = n.ch([c for c in US_CITY if c[0] != city])
    n.t("COMMUNITY LIVING CENTER - NURSING NOTE (HOSPICE)\n")
    n.t("Resident: ").nm(q.lf).t("    Age: ").age(a).t("    DOB: ").d(dob, "us").t("\n")
    n.t("Service: " + ("WWII, USN 1944-1946\n" if dob.year <= 1927 else
                       n.ch(["Korea 1951-1953, US Army\n", "Korea 1952-1954, USMC\n", "USAF 1954-1958\n"])))
    n.t("Date/time: ").d(d, "us").t(f" {n.tm(6, 22, colon=False)}\n")
    n.t("Resting in recliner, intermittent moaning with repositioning; PAINAD ").c(str(n.ri(2, 6))).t(".\n")
    n.t("VS: BP ").c(f"{n.ri(88, 124)}/{n.ri(48, 70)}").t(", HR ").c(str(n.ri(62, 104))).t(", RR ")
    n.c(str(n.ri(14, 26))).t(", SpO2 ").c(f"{n.ri(86, 95)}%").t("; Braden ").c(str(n.ri(10, 15)))
    n.t("; oral intake ").c(f"{n.ri(10, 40)}%").t(" of meals\n")
    n.t("Given ").c("morphine oral solution 5 mg SL").t(" at ").t(n.tm(8, 20, colon=False)).t(" with effect; ")
    n.c("lorazepam 0.5 mg SL").t(" PRN not needed.\n")
    n.t("POA daughter ").nm(poa.fl).t(" updated by phone ").ph(us_ph(n, ac)).t("; son ").nm(son.first)
    n.t(" driving up from ").ad(city2[0]).t(f", {city2[1]} tomorrow.\n")
    n.t("DNR/DNI confirmed. Chaplain visited.\n").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, []))


# ---------------------------------------------------------------------------------------- Australia
def au_rfds_consult(n: C) -> Note:
    stn, state = n.ch(AU_STATION)
    q = n.pat(grps=["au", "au", "atsi"])
    dob, a = n.dob(17, 62)
    mgr, doc = n.staff(grp="au"), n.staff()
    d = n.dt(-5, 0)
    med = medicare_au(n.r)
    clinic = d + timedelta(days=n.ri(5, 16))
    tz = {"NT": "ACST", "SA": "ACST", "WA": "AWST"}[state]
    n.t("RFDS TELEHEALTH CONSULTATION - REMOTE CALL\n")
    n.t("Date: ").d(d, "dmy").t(f"  Time: {n.tm(7, 19, colon=False)} {tz}\n")
    n.t("Caller: ").nm(mgr.fl).t(" (station manager), ").ad(stn).t(f", {state}; sat ph ").ph(n.ch([
        f"0147 {_n3(n)} {_n3(n)}", sat_ph(n, 0)])).t("\n")
    n.t("Patient: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(f" ({a}), Medicare ").id(
        f"{med[:4]} {med[4:9]} {med[9]}").t("\n")
    if n.yes():
        n.t("Hx: thrown from horse while mustering, landed on R shoulder, no LOC.\n")
        n.t("Obs (relayed): HR ").c(str(n.ri(72, 100))).t(", BP ").c(f"{n.ri(112, 142)}/{n.ri(66, 90)}")
        n.t(", RR ").c(str(n.ri(14, 20))).t(", GCS ").c("15").t(", step deformity at ").c("AC joint").t("\n")
        n.t("Medical chest: ").cl(["item 1 paracetamol 500 mg x 2", "item 5 ibuprofen 200 mg x 2", "broad arm sling"])
        n.t("\nPlan: review at RFDS clinic run ").d(clinic, n.ch(["dmo", "nthmo"])).t("; X-ray if not improving.\n")
    else:
        n.t("Hx: 2 days fever, dysuria, now rigors and vomiting.\n")
        n.t("Obs (relayed): T ").c(f"{n.fl(38.5, 39.8)}").t(", HR ").c(str(n.ri(104, 128))).t(", BP ")
        n.c(f"{n.ri(88, 110)}/{n.ri(50, 70)}").t(", renal angle ").c("tender L").t("\n")
        n.t("Medical chest: ").cl(["item 14 cefalexin 500 mg x 2", "item 33 ondansetron wafer 4 mg"])
        n.t("\nPlan: aeromedical retrieval to Royal Darwin Hospital, King Air ETA 2 h; airstrip checked.\n")
    n.t("Doctor: Dr ").nm(doc.fl).t(" (RFDS Medical Officer)\n")
    return n.build(_fhir(q, dob, [("medicare", med)]))


def _dva_file(n: C) -> str:
    return f"{n.ch('NVQSWT')}{n.ch(['X', 'SM', 'MC', 'SS'])}{n.ri(10000, 99999)}"


def au_dva_gp_report(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmmf"), grps=["au", "au", "au", "atsi"])
    dob, a = n.dob(70, 99)
    gp = n.staff()
    d = n.wdt(-15, 0)
    aud = d - timedelta(days=n.ri(20, 120))
    sub, st, pc, ac = n.ch(AU_SUB["dva"])
    fno = _dva_file(n)
    prov = f"{n.dg(6)}{n.ch('ABCDEFGHJK')}{n.ch('ABCDEFHJKLTWXY')}"
    war = "WWII, 2/10th Battalion" if a >= 96 else n.ch(["Vietnam 1968-69, 1RAR", "Vietnam 1970-71, HMAS Sydney",
                                                         "Vietnam 1966-67, 1 ALSG"])
    n.t("MEDICAL REPORT IN SUPPORT OF A CLAIM - DEPARTMENT OF VETERANS' AFFAIRS\n")
    n.t(f"Veteran: {q.title} ").nm(q.fl).t("    DVA file no: ").id(fno).t(" (Gold Card)\n")
    n.t("DOB: ").d(dob, "dmy").t(" (aged ").age(a).t(")    Ph: ").ph(au_land(n, ac)).t("\n")
    n.t("Address: ").ad(au_street(n)).t(", ").ad(sub).t(f" {st} ").zp(pc).t("\n")
    n.t(f"Service: {war}\n")
    n.t("Conditions claimed: bilateral sensorineural hearing loss, tinnitus, lumbar spondylosis.\n")
    n.t("Audiogram ").d(aud, "dmy").t(": 4 kHz thresholds R ").c(f"{n.ri(55, 80)} dB").t(", L ")
    n.c(f"{n.ri(55, 85)} dB").t("; binaural hearing loss ").c(f"{n.fl(12, 38)}%").t("\n")
    n.t("Lumbar spine: flexion ").c(f"{n.ri(30, 60)} deg").t(", SLR ").c("negative").t("; X-ray ")
    n.c("multilevel degenerative change L3-S1").t("\nK10 ").c(str(n.ri(14, 34))).t("; PCL-5 ").c(str(n.ri(18, 52)))
    n.t("\nMedication: ").cl(["paracetamol SR 1330 mg TDS", "meloxicam 7.5 mg daily", "pantoprazole 20 mg daily"])
    n.t("\nIn my opinion these conditions are consistent with the noise and load-bearing of service.\n")
    n.t("Dr ").nm(gp.fl).t(", MBBS FRACGP, provider no. ").id(prov).t(", ").d(d, "long").t("\n")
    return n.build(_fhir(q, dob, [("dva", fno)]))


def au_adf_mec(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["au", "au", "au", "atsi"])
    dob, _a = n.dob(19, 42)
    mo = n.staff()
    d = n.wdt(-15, 0)
    op = d - timedelta(days=n.ri(90, 240))
    rev = d + timedelta(days=n.ch([90, 180]))
    sub, st, pc, _ac = n.ch(AU_SUB["tsv"])
    pmk = n.dg(7) if n.yes(0.3) else n.dg(8)
    rank = n.ch(["PTE", "LCPL", "CPL", "SGT", "LT"])
    n.t("GARRISON HEALTH CENTRE LAVARACK - MEDICAL EMPLOYMENT CLASSIFICATION REVIEW\n")
    n.t(f"Member: {rank} ").nm(q.fL).t("    PMKeyS: ").id(pmk).t("    DOB: ").d(dob, "dmy").t("\n")
    n.t(f"Unit: {n.ch(['3 CER', '1 RAR', '2 Cav Regt', '4 Regt RAA'])}    Mob: ").ph(au_mob(n)).t("\n")
    n.t("Home: ").ad(au_street(n)).t(", ").ad(sub).t(f" {st} ").zp(pc).t("\n")
    n.t("Condition: recurrent anterior dislocation L shoulder; arthroscopic Bankart repair ").d(op, "dmy").t(".\n")
    n.t("Findings: forward flexion ").c(f"{n.ri(150, 175)} deg").t(", ER ").c(f"{n.ri(45, 80)} deg")
    n.t(", apprehension ").c(n.ch(["negative", "mildly positive"])).t(", Rowe score ").c(str(n.ri(60, 90))).t(".\n")
    n.t("Current MEC: ").c("MEC 2").t("  Recommended: ").c("MEC 3 (temporary)").t(" - no weapon live fire, no ")
    n.t("overhead lifting > ").c("10 kg").t(", no deployment.\n")
    n.t("Next review: ").d(rev, "dmy").t(" or MECRB if not resolved.\n")
    n.t(f"{n.ch(['CAPT', 'MAJ'])} ").nm(mo.fl).t(", RMO - ").em(f"{_slug(mo.first)}.{_slug(mo.last)}@defence.gov.au")
    n.t(", ").ph(au_land(n, "07")).t("\n")
    return n.build(_fhir(q, dob, [("pmkeys", pmk)]))


def au_antarctic_sitrep(n: C) -> Note:
    q = n.pat(sex=n.ch("mmf"))
    dob, _a = n.dob(24, 60)
    doc, pmu = n.staff(), n.staff()
    lsa1, lsa2 = n.staff(), n.staff()
    partner = n.rel(q, "f" if q.sex == "m" else "m", same=False)
    d = n.dt(-30, 0)
    vc = d + timedelta(days=1)
    sub, st, pc, _ac = n.ch(AU_SUB["tas"])
    n.t(f"{n.ch(['DAVIS', 'MAWSON', 'CASEY'])} STATION - MEDICAL SITREP TO POLAR MEDICINE UNIT\n")
    n.t("Date: ").d(d, n.ch(["dmy", "ddsh"])).t(" (station time)\n")
    n.t("Expeditioner: ").nm(q.fL).t(", DOB ").d(dob, "dmy").t(f", {n.ch(['diesel mechanic', 'plumber', 'chef', 'electrician'])}")
    n.t(", home ").ad(sub).t(f" {st} ").zp(pc).t("\n")
    n.t("Presentation: 48 h of L lower molar pain and facial swelling, trismus ").c("2 fingerbreadths").t(".\n")
    n.t("Obs: T ").c(f"{n.fl(37.6, 38.9)}").t(", HR ").c(str(n.ri(84, 108))).t(", BP ").c(f"{n.ri(118, 142)}/{n.ri(68, 90)}")
    n.t("\ni-STAT: ").cl([f"Hb {n.ri(138, 168)}", f"K {n.fl(3.6, 4.8)}", f"Cr {n.ri(60, 98)}", f"glucose {n.fl(4.5, 7.8)}"])
    n.t("\nTreatment: ").cl(["amoxicillin/clavulanate 875/125 mg BD", "metronidazole 400 mg TDS", "ibuprofen 400 mg QID"])
    n.t("; incision and drainage under ").c("2% lignocaine with adrenaline").t(", lay surgical assistants ")
    n.nm(lsa1.first).t(" and ").nm(lsa2.first).t(".\n")
    n.t("Video review with Dr ").nm(pmu.fl).t(" (PMU) booked ").d(vc, n.ch(["dmo", "dsh"])).t("; evacuation not required.\n")
    n.t("Partner ").nm(partner.fl).t(" informed on ").ph(au_mob(n)).t(" at expeditioner's request.\n")
    n.t("Dr ").nm(doc.fl).t(", Station Medical Practitioner\n")
    return n.build(_fhir(q, dob, []))


def au_fpso_medevac(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmmf"))
    dob, _a = n.dob(23, 61)
    medic, topside = n.staff(), n.staff()
    wife = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    d = n.dt(-7, 0)
    sub, st, pc, _ac = n.ch(AU_SUB["wa"])
    emp = f"{n.ch(['E', 'C'])}{n.dg(6)}"
    med = medicare_au(n.r)
    n.t(f"MEDEVAC REQUEST - {n.ch(['BROWSE VENTURER FPSO', 'TIMOR SPIRIT FPSO', 'NGANKA PLATFORM'])}\n")
    n.t("Date/time: ").d(d, "dmy").t(f" {n.tm(0, 23)} AWST    Priority: ").c(n.ch(["P1 (immediate)", "P2 (urgent)"])).t("\n")
    n.t("Requested by: ").nm(medic.fl).t(" (offshore medic), ").ph(au_land(n, "08")).t(" / ").ph(sat_ph(n)).t("\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, n.ch(["dmy", "dot"])).t("    Employee no: ").id(emp).t("\n")
    n.t("Medicare: ").id(f"{med}-{n.ri(1, 5)}" if n.yes() else f"{med[:4]} {med[4:9]} {med[9]}").t("\n")
    n.t("Home: ").ad(sub).t(f" {st} ").zp(pc).t("    NOK: ").nm(wife.first).t(" ").ph(au_mob(n)).t("\n")
    n.t("Hx: sudden severe headache while lifting, vomited, now drowsy.\n")
    n.t("Obs: GCS ").c(str(n.ri(11, 14))).t(", BP ").c(f"{n.ri(158, 196)}/{n.ri(92, 112)}").t(", HR ")
    n.c(str(n.ri(52, 70))).t(", pupils ").c("equal, reactive").t(", SpO2 ").c(f"{n.ri(95, 99)}%").t("\n")
    n.t("Given: ").cl(["ondansetron 4 mg IV", "O2 via Hudson mask"]).t("; no anticoagulants.\n")
    n.t("Topside doctor Dr ").nm(topside.f_l).t(" agrees: helicopter to Broome, RFDS jet to Perth; ")
    n.t("neurosurgery aware.\n")
    return n.build(_fhir(q, dob, [("employee", emp), ("medicare", med)]))


# ---------------------------------------------------------------------------------------- Canada
def ca_caf_mel(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["ca", "ca", "caf"])
    dob, _a = n.dob(20, 48)
    mo = n.staff()
    d = n.wdt(-15, 0)
    mri = d - timedelta(days=n.ri(20, 90))
    rev = d + timedelta(days=n.ch([90, 180]))
    city, fsa, ac = n.ch(CA_CITY["on"])
    sn = f"{n.ch('ABCDGHKLMNP')}{n.dg(2)} {_n3(n)} {_n3(n)}"
    rank = n.ch(["Pte", "Cpl", "MCpl", "Sgt", "Bdr", "Capt"])
    n.t("CANADIAN FORCES HEALTH SERVICES - MEDICAL EMPLOYMENT LIMITATIONS (CF 2088 summary)\n")
    n.t(f"Member: {rank} ").nm(q.LF).t("    SN: ").id(sn).t("    DOB: ").d(dob, "iso").t("\n")
    n.t(f"Unit: {n.ch(['2 RCR', '1 RCHA', '2 CER', '3 RCR'])}    Home: ").ad(f"{n.ri(10, 999)} {n.ch(CA_ST['on'])}")
    n.t(", ").ad(city).t(", ON ").zp(ca_pc(n, fsa)).t("\n")
    n.t("Cell: ").ph(ca_ph(n, ac)).t("\n")
    n.t("Condition: L5-S1 disc herniation with L S1 radiculopathy (MRI ").d(mri, "iso").t(").\n")
    n.t("ODI ").c(f"{n.ri(24, 48)}%").t(", SLR ").c(f"{n.ri(35, 60)} deg").t(" L, ankle reflex ").c("absent L")
    n.t("; on ").c("naproxen 500 mg BID").t(" and ").c("gabapentin 300 mg TID").t(".\n")
    n.t("Medical category: ").c(n.ch(["G3O3 (T6)", "G4O3 (T6)", "G3O2 (T3)"])).t("\n")
    n.t("MELs: unfit field or sea duty; no ruck or load > ").c("15 kg").t("; no running; may work ")
    n.c("8 h").t(" day shifts.\n")
    n.t("Review: ").d(rev, "iso").t("\n")
    n.t("Capt ").nm(mo.fl).t(", MD, Medical Officer - ").em(f"{_slug(mo.first)}.{_slug(mo.last)}@forces.gc.ca")
    n.t(", ").ph(ca_ph(n, "613", 0)).t(" ext ").ph(str(n.ri(2000, 7999))).t("\n")
    return n.build(_fhir(q, dob, [("caf-sn", sn)]))


def ca_vac_questionnaire(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["ca", "ca", "caf"])
    dob, _a = n.dob(32, 70)
    doc = n.staff()
    d = n.wdt(-10, 0)
    onset = d - timedelta(days=n.ri(700, 4000))
    city, fsa, ac = n.ch(CA_CITY["bc"])
    vac, sin, phn = n.dg(8), sin_no(n.r), bc_phn(n.r)
    ip = n.ip()
    yr1 = dob.year + n.ri(18, 22)
    n.t("VETERANS AFFAIRS CANADA - MEDICAL QUESTIONNAIRE: POSTTRAUMATIC STRESS DISORDER\n")
    n.t("Client: ").nm(q.lf).t("    VAC client no: ").id(vac).t("    SIN: ").p("SSN", sin).t("\n")
    n.t("DOB: ").d(dob, n.ch(["ymd/", "iso"])).t("    BC PHN: ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}").t("\n")
    n.t("Address: ").ad(f"{n.ri(100, 3999)} {n.ch(CA_ST['bc'])}").t(", ").ad(city).t(", BC ").zp(ca_pc(n, fsa)).t("\n")
    n.t("Phone: ").ph(ca_ph(n, ac)).t("    E-mail: ").em(pmail(n, q, ["shaw.ca", "telus.net", "gmail.com"])).t("\n")
    yr2 = min(yr1 + n.ri(10, 26), n.today.year - 1)
    tour = "Afghanistan rotation" if yr2 >= 2003 and yr1 <= 2013 else "Persian Gulf deployment"
    n.t(f"Service: Royal Canadian Navy {yr1}-{yr2}, naval boarding party; {tour}.\n")
    n.t("Diagnosis (DSM-5-TR): ").c("posttraumatic stress disorder, chronic").t("; onset ").d(onset, "my").t("\n")
    n.t("PCL-5 ").c(str(n.ri(40, 70))).t("; PHQ-9 ").c(str(n.ri(12, 25))).t("; AUDIT ").c(str(n.ri(4, 20))).t("\n")
    n.t("Treatment: ").cl([f"sertraline {n.ch([100, 150, 200])} mg daily", f"prazosin {n.ch([2, 4, 6])} mg at bedtime",
                           "prolonged exposure therapy (OSI clinic)"]).t("\n")
    n.t("Functional impact: unable to tolerate crowds; left employment as a ferry deckhand.\n")
    n.t("Physician: Dr. ").nm(doc.fl).t(", CPSBC ").id(str(n.ri(10000, 49999))).t(", ").ph(ca_ph(n, ac)).t("\n")
    n.t("Submitted through My VAC Account ").d(d, "iso").t(f" {n.tm(9, 21)} PT from ").p("IP", ip).t("\n")
    return n.build(_fhir(q, dob, [("vac", vac), ("sin", sin), ("bc-phn", phn)]))


def ca_nunavut_medevac(n: C) -> Note:
    comm, pc, exch = n.ch(NU_COMM)
    q = n.pat(grps=["inu"])
    dob, _a = n.dob(30, 85)
    rn, doc = n.staff(), n.staff()
    chr_, esc = n.staff(grp="inu"), n.rel(q, "f", same=n.yes())
    d = n.dt(-5, 0)
    hcn = "1" + _digits(n.r, 8)
    n.t("NUNAVUT HEALTH CENTRE - MEDEVAC REQUEST\n")
    h0 = n.ri(0, 21)
    n.t("Date: ").d(d, "iso").t(f"  Time: {h0:02d}{n.ri(0, 29):02d}\n")
    n.t("Patient: ").nm(q.fl).t("    DOB: ").d(dob, "iso").t("    NU HCN: ").id(hcn).t("\n")
    n.t("Address: ").ad(f"Box {n.ri(10, 400)}").t(", ").ad(comm).t(", NU ").zp(pc).t("    Language: Inuktitut\n")
    n.t("Interpreter: ").nm(chr_.fl).t(" (CHR)\n")
    n.t("Hx: 6 h of epigastric pain radiating to back, vomiting, ").c("3 drinks").t(" yesterday.\n")
    n.t("Obs: HR ").c(str(n.ri(104, 130))).t(", BP ").c(f"{n.ri(92, 118)}/{n.ri(54, 72)}").t(", T ").c(f"{n.fl(37.2, 38.6)}")
    n.t(", SpO2 ").c(f"{n.ri(91, 96)}%").t("; lipase ").c(f"{n.ri(600, 3000)} (iSTAT n/a, sent)").t("\n")
    n.t("Given: ").cl(["NS 2 L bolus", "morphine 5 mg IV", "dimenhydrinate 50 mg IV"]).t("\n")
    n.t("Discussed with on-call physician Dr ").nm(doc.fl).t(f" (Iqaluit) at {h0 + 1:02d}{n.ri(30, 59):02d}")
    n.t(": medevac to Iqaluit, then Ottawa if ICU needed.\n")
    n.t("Escort: daughter ").nm(esc.fl).t("    Health centre tel: ").ph(f"867-{exch}-{_n4(n)}").t("\n")
    n.t("Nurse in charge: ").nm(rn.fl).t(", RN\n")
    return n.build(_fhir(q, dob, [("nu-hcn", hcn)]))


def ca_nl_offshore(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"), grps=["ca", "ca", "caf"])
    dob, _a = n.dob(22, 62)
    medic, doc = n.staff(), n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.yes(0.6))
    d = n.dt(-7, 0)
    city, fsa, ac = n.ch(CA_CITY["nl"])
    mcp = n.dg(12)
    emp = n.dg(6)
    n.t(f"OFFSHORE INSTALLATION MEDICAL INCIDENT REPORT - {n.ch(['HIBERNIA', 'HEBRON', 'TERRA NOVA FPSO', 'SEAROSE FPSO'])}\n")
    n.t("Date: ").d(d, n.ch(["iso", "dmon"])).t(f"    Time: {n.tm(0, 23, colon=False)} NST\n")
    n.t("Name: ").nm(q.fl).t("    Employee #: ").id(emp).t("    DOB: ").d(dob, "iso").t("\n")
    n.t("MCP: ").id(f"{mcp[:3]} {mcp[3:6]} {mcp[6:9]} {mcp[9:]}").t("\n")
    n.t("Home: ").ad(f"{n.ri(1, 320)} {n.ch(CA_ST['nl'])}").t(", ").ad(city).t(", NL ").zp(ca_pc(n, fsa)).t("\n")
    n.t("Emergency contact: ").nm(spouse.fl).t(", ").ph(ca_ph(n, ac)).t("\n")
    n.t("Incident: fingers of R hand caught in a hatch, ").c("partial amputation tip R middle finger").t(".\n")
    n.t("Obs: HR ").c(str(n.ri(80, 110))).t(", BP ").c(f"{n.ri(120, 150)}/{n.ri(70, 92)}").t(", pain ")
    n.c(f"{n.ri(6, 9)}/10").t(" -> ").c(f"{n.ri(2, 4)}/10").t("\n")
    n.t("Tx: ").cl(["digital block 1% lidocaine 4 mL", "cefazolin 2 g IV", "tetanus booster (Tdap 0.5 mL IM)"])
    n.t("; amputated part wrapped, bagged, on ice.\n")
    n.t("Shore physician Dr ").nm(doc.fl).t(" (telemedicine): non-emergent medevac by helicopter to St. John's, ")
    n.t("plastics on call.\n")
    n.t("Medic: ").nm(medic.fl).t(", PCP, ").ph(ca_ph(n, "709")).t("\n")
    return n.build(_fhir(q, dob, [("nl-mcp", mcp), ("employee", emp)]))


# ---------------------------------------------------------------------------------------- Ireland
def ie_df_predeploy(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, _a = n.dob(19, 45)
    mo, mum = n.staff(grp="ie"), n.rel(q, "f", same=n.yes(0.6))
    d = n.wdt(-20, 0)
    rab = d - timedelta(days=n.ri(7, 21))
    town, county, rk, _code = n.ch(IE_TOWN["df"])
    svc = f"{n.ri(800000, 899999)}"
    pps = ppsn(n.r, n.yes(0.3))
    rank = n.ch(["Pte", "Cpl", "Sgt", "Lt", "Tpr", "Gnr"])
    n.t("ÓGLAIGH NA hÉIREANN - DEFENCE FORCES MEDICAL BRANCH\nPRE-DEPLOYMENT MEDICAL - UNIFIL\n")
    n.t("No./Rank/Name: ").id(svc).t(f" {rank} ").nm(q.fl).t("\n")
    n.t("DOB: ").d(dob, n.ch(["dmy", "dot"])).t("    PPSN: ").p("SSN", pps).t("\n")
    n.t("Home: ").ad(uk_street(n, IE_ST)).t(", ").ad(town).t(f", {county} ").zp(eircode(n, rk)).t("\n")
    n.t("Date of exam: ").d(d, "dmy").t("\n")
    n.t("BP ").c(f"{n.ri(112, 142)}/{n.ri(66, 90)}").t("; BMI ").c(f"{n.fl(21, 31)}").t("; urinalysis ")
    n.c("NAD").t("; audiometry ").c("H1").t("; dental ").c("Cat 1").t("\n")
    n.t("Vaccinations: ").cl(["hep A booster", "typhoid Vi", "rabies dose 3"]).t(" (").d(rab, "dm").t("), MMR x 2 ")
    n.t("documented\n")
    n.t("Medical category: ").c("Med Cat 1 - fit for overseas service").t("\n")
    n.t("NOK: mother ").nm(mum.fl).t(", ").ph(ie_mob(n)).t("\n")
    n.t("Comdt ").nm(mo.fl).t(" (MO), Curragh Camp - ").ph(ie_land(n, "045")).t("\n")
    return n.build(_fhir(q, dob, [("df-svc", svc), ("ppsn", pps)]))


def ie_island_gp(n: C) -> Note:
    isle, county, rk, code, towns = n.ch(IE_ISLE)
    q = n.pat()
    dob, a = n.dob(55, 97)
    gp, nurse = n.staff(), n.staff()
    son = n.rel(q, "m", same=True)
    d = n.dt(-4, 0)
    gms = f"{n.dg(7)}{n.ch('ABCDEFGHJKLMNPRSTW')}"
    n.t("Island GP - consultation note\n")
    n.t("Dáta / Date: ").d(d, n.ch(["dmy", "d/m/y"])).t(f"  {n.tm(7, 22)}\n")
    n.t("Patient: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(" (").age(a).t(" y), GMS no. ").id(gms).t("\n")
    n.t("Address: ").ad(n.ch(towns)).t(", ").ad(isle).t(f", {county} ").zp(eircode(n, rk)).t("\n")
    n.t("Tel: ").ph(ie_land(n, code)).t("\n")
    n.t("Seen by island nurse ").nm(nurse.fl).t(" then video with me.\n")
    n.t("Hx: 3 h central chest tightness, sweaty. ECG (sent): ").c(n.ch(["2 mm ST elevation II, III, aVF",
                                                                         "ST depression V4-V6"])).t("\n")
    n.t("Obs: HR ").c(str(n.ri(52, 104))).t(", BP ").c(f"{n.ri(98, 160)}/{n.ri(56, 94)}").t(", SpO2 ")
    n.c(f"{n.ri(92, 98)}%").t("\nGiven: ").cl(["aspirin 300 mg chewed", "GTN 400 mcg SL x 2", "morphine 2.5 mg IV"])
    n.t("\nPlan: Coast Guard helicopter tasked for transfer to the cath lab, ETA 40 min; son ").nm(son.first)
    n.t(" travelling with patient, ").ph(ie_mob(n)).t(".\n")
    n.t("Dr ").nm(gp.fl).t(", GP\n")
    return n.build(_fhir(q, dob, [("gms", gms)]))


def ie_trawler_radio(n: C) -> Note:
    crew_ph = n.yes(0.4)
    q = n.pat(sex="m", grps=["ph"] if crew_ph else ["ie"])
    dob, _a = n.dob(20, 60)
    skip, doc = n.staff(grp="ie", sex="m"), n.staff()
    d = n.dt(-10, 0)
    town, county, _rk, _code = n.ch(IE_TOWN["sea"])
    n.t("RADIO MEDICAL ADVICE LOG (via MRCC)\n")
    n.t("Date: ").d(d, "dmy").t(f"    Time: {n.tm(0, 23)} UTC\n")
    n.t(f"Vessel: FV {n.ch(['Atlantic Dawn II', 'Father McKee', 'Girl Eilís', 'Ocean Venture'])} ")
    n.t(f"{n.ch(['SO', 'D', 'W'])} {n.ri(100, 999)}, position {n.ri(51, 56)}°{n.ri(0, 59):02d}'N ")
    n.t(f"{n.ri(8, 14):03d}°{n.ri(0, 59):02d}'W\n")
    n.t("Skipper: ").nm(skip.fl).t(", sat ph ").ph(sat_ph(n, 2)).t("\n")
    n.t("Casualty: ").nm(q.fl if not crew_ph else q.phi).t(", deckhand, DOB ").d(dob, "dmy")
    if crew_ph:
        n.t(", SIRB no. ").id(f"{n.ch('ABCD')}{n.dg(7)}").t(", home ").ad(n.ch(PH_BRGY)[1]).t(", Philippines\n")
    else:
        n.t(", home ").ad(town).t(f", {county}\n")
    n.t("Injury: L hand crushed between trawl door and gantry; ").c("degloving dorsum, cap refill 3 s").t("\n")
    n.t("Obs (skipper): HR ").c(str(n.ri(90, 120))).t(", alert, bleeding controlled with pressure.\n")
    n.t("Advice (Dr ").nm(doc.fl).t(", on-call ED): medical chest ").cl(["paracetamol 1 g", "ibuprofen 400 mg",
                                                                         "flucloxacillin 500 mg QDS"])
    port = n.ch([t[0] for t in IE_TOWN["sea"] if t[0] != town])
    n.t(f"; elevate; steam for {port}, ETA ").c(f"{n.ri(5, 14)} h").t("; Rescue 118 ")
    n.t("on standby if worsens.\n")
    return n.build(_fhir(q, dob, []))


# ---------------------------------------------------------------------------------------- New Zealand
def nz_nzdf_grading(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, _a = n.dob(19, 40)
    mo = n.staff()
    d = n.wdt(-15, 0)
    mri = d - timedelta(days=n.ri(10, 40))
    rev = d + timedelta(days=n.ch([42, 56, 84]))
    sub, city, pc, _code = n.ch(NZ_SUB[:5])
    svc = f"{n.ch(['M', 'R', 'V', 'Q'])}{n.dg(6)}"
    nhi = nhi_no(n.r, n.yes(0.4))
    rank = n.ch(["PTE", "LCPL", "CPL", "SGT", "LT"])
    n.t(f"NZDF HEALTH CENTRE {'LINTON' if city == 'Palmerston North' else 'BURNHAM'} - MEDICAL GRADING\n")
    n.t(f"Member: {rank} ").nm(q.fL).t("    Service no: ").id(svc).t("    NHI: ").id(nhi).t("\n")
    n.t("DOB: ").d(dob, "d/m/y").t(f"    Unit: {n.ch(['1 RNZIR', '2/1 RNZIR', 'QAMR', '16 Fd Regt'])}\n")
    n.t("Home: ").ad(f"{n.ri(1, 220)} {n.ch(NZ_ST)}").t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc)
    n.t("    Mob: ").ph(nz_mob(n)).t("\n")
    n.t("Condition: stress fracture L 2nd metatarsal (MRI ").d(mri, "d/m/y").t(") after ").c("40 km").t(" march.\n")
    n.t("Vit D ").c(f"{n.ri(28, 60)} nmol/L").t("; BMI ").c(f"{n.fl(20, 28)}").t("; ").c("boot 4 weeks").t("\n")
    n.t("PULHEEMS: ").c(f"P2 U1 L{n.ri(3, 7)} H1 E1 E1 M1 S1").t("\n")
    n.t("Grading: ").c("Fit with limitations (temporary)").t(" - no running, marching or field exercise; ")
    n.t("sedentary duties.\nReview: ").d(rev, n.ch(["d/m/y", "long"])).t("\n")
    n.t(f"{n.ch(['CAPT', 'MAJ'])} ").nm(mo.fl).t(", MO - ").em(f"{_slug(mo.first)}.{_slug(mo.last)}@nzdf.mil.nz")
    n.t(", ").ph(nz_land(n, "06" if city == "Palmerston North" else "03")).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi), ("nzdf", svc)]))


def nz_chatham_video(n: C) -> Note:
    vil, road = n.ch(CHATHAM)
    q = n.pat(grps=["nz", "mao", "mao"])
    dob, a = n.dob(1, 12) if n.yes(0.3) else n.dob(30, 90)
    nurse, doc = n.staff(), n.staff()
    parent = n.rel(q, "f", same=n.yes(0.7))
    d = n.dt(-4, 0)
    nhi = nhi_no(n.r, n.yes(0.5))
    link = f"https://vc.{n.ch(['tewhatuora', 'healthnz'])}.nz/join/{n.tok(8)}-{n.dg(4)}"
    kid = a < 16
    n.t("Chatham Islands Health Centre - video consultation\n")
    n.t("Date: ").d(d, n.ch(["d/m/y", "dmy"])).t(f"  {n.tm(8, 17)}\n")
    n.t("Patient: ").nm(q.fL).t("    NHI: ").id(nhi).t("    DOB: ").d(dob, "d/m/y").t("\n")
    n.t("Address: ").ad(f"{n.ri(1, 900)} {road}").t(", ").ad(vil).t(", Chatham Islands ").zp("8942").t("\n")
    if kid:
        n.t("With mum ").nm(parent.first).t(", ").ph(nz_land(n, "03", "305")).t(". 2 days R ear pain, fever, ")
        n.t("eardrum red and bulging on otoscope images.\n")
        w = max(9, 3 * a + 7 + n.ri(-3, 4))
        n.t("T ").c(f"{n.fl(38.0, 39.4)}").t(", weight ").c(f"{w} kg").t("\nPlan: ").c(
            f"amoxicillin {min(w * 30, 1000)} mg BD x 5 days").t(", paracetamol ").c(f"{w * 15} mg").t(" 6-hourly PRN\n")
    else:
        n.t("Hx: R leg swelling 4 days, flew from Wellington a week ago.\n")
        n.t("Obs: HR ").c(str(n.ri(78, 104))).t(", SpO2 ").c(f"{n.ri(93, 99)}%").t(", calf difference ")
        n.c(f"{n.ri(3, 6)} cm").t(", Wells ").c(str(n.ri(2, 4))).t("\nPlan: ").c("rivaroxaban 15 mg BD").t(
            "; ultrasound on next flight to Wellington.\n")
    n.t("Link: ").p("URL", link).t(" (Dr ").nm(doc.fl).t(", Wellington)\n")
    n.t("RN ").nm(nurse.fl).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_vanz_report(n: C) -> Note:
    q = n.pat(sex="m", grps=["nz", "nz", "mao"])
    dob, a = n.dob(72, 98)
    doc = n.staff()
    wife = n.rel(q, "f", same=n.yes(0.7))
    d = n.wdt(-20, 0)
    echo = d - timedelta(days=n.ri(10, 80))
    sub, city, pc, code = n.ch(NZ_SUB[5:] + NZ_SUB[:2])
    nhi = nhi_no(n.r, False)
    cl_no = n.dg(8)
    n.t("Veterans' Affairs New Zealand - medical report, war disablement pension\n")
    n.t("Date: ").d(d, "long").t("\n")
    n.t("Veteran: Mr ").nm(q.fl).t("    Client no: ").id(cl_no).t("    NHI: ").id(nhi).t("\n")
    n.t("DOB: ").d(dob, "d/m/y").t(" (").age(a).t(")    Ph: ").ph(nz_land(n, code)).t("\n")
    n.t("Address: ").ad(f"{n.ri(1, 300)} {n.ch(NZ_ST)}").t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("\n")
    if dob.year <= 1932:
        n.t("Service: Korea 1951-53, 16 Field Regiment RNZA\nCondition claimed: ischaemic heart disease.\n")
    elif dob.year <= 1941:
        n.t(f"Service: Malaya {dob.year + 20}-{(dob.year + 22) % 100:02d}, 1 NZ Regt\n")
        n.t("Condition claimed: ischaemic heart disease.\n")
    else:
        vy = min(max(dob.year + 20, 1965), 1971)
        n.t(f"Service: Vietnam {vy}-{(vy + 1) % 100:02d}, {n.ch(['161 Battery RNZA', 'V Company RNZIR', 'W Company RNZIR'])}\n")
        n.t("Condition claimed: ischaemic heart disease (Agent Orange presumptive list).\n")
    n.t("Findings: NYHA ").c(n.ch(["II", "III"])).t("; echo ").d(echo, "d/m/y").t(": LVEF ").c(f"{n.ri(30, 48)}%")
    n.t(", ").c("inferior wall hypokinesis").t("; NT-proBNP ").c(f"{n.ri(400, 3500)} ng/L").t("\n")
    n.t("Medication: ").cl(["bisoprolol 5 mg daily", "cilazapril 2.5 mg daily", "atorvastatin 40 mg nocte",
                            "furosemide 40 mg mane"]).t("\n")
    n.t("Impairment: ").c(f"{n.ri(30, 70)}% whole person").t("; he relies on his wife ").nm(wife.first)
    n.t(" for driving.\n").t("Dr ").nm(doc.fl).t(", FRACP, Cardiologist\n")
    return n.build(_fhir(q, dob, [("nhi", nhi), ("vanz", cl_no)]))


# ---------------------------------------------------------------------------------------- Philippines
def ph_peme(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmmf"))
    dob, a = n.dob(21, 55)
    doc = n.staff()
    d = n.wdt(-10, 0)
    brgy, city, prov, zp = n.ch(PH_BRGY)
    pp = f"P{n.dg(7)}{n.ch('ABCDEFGH')}"
    sirb = f"{n.ch('ABC')}{n.dg(7)}"
    sss = f"{n.ri(1, 9):02d}-{n.dg(7)}-{n.ri(0, 9)}"
    n.t("PRE-EMPLOYMENT MEDICAL EXAMINATION (PEME) - SEAFARER\nDOH-accredited medical clinic, Ermita, Manila\n")
    n.t("Name: ").nm(q.ph).t(f"    Age/Sex: {a}/{q.sex.upper()}\n")
    n.t("Date of birth: ").d(dob, n.ch(["usl", "us"])).t("    Civil status: married\n")
    street = f"Purok {n.ri(1, 7)}" if n.yes() else f"{n.ri(1, 300)} {n.ch(PH_ST)}"
    n.t("Address: ").ad(street).t(", ").ad(f"Brgy. {brgy}").t(", ").ad(city).t(f", {prov} ").zp(zp).t("\n")
    n.t("Passport no.: ").id(pp).t("    SIRB no.: ").id(sirb).t("    SSS no.: ").p("SSN", sss).t("\n")
    n.t("Mobile: ").ph(ph_mob(n)).t(f"    Position: {n.ch(['Able Seaman', 'Oiler', 'Messman', '2nd Engineer', 'Bosun'])}\n")
    h, w = n.ri(155, 182), n.ri(55, 95)
    n.t("Height ").c(f"{h} cm").t("  Weight ").c(f"{w} kg").t("  BMI ").c(f"{w / (h / 100) ** 2:.1f}").t("  BP ")
    n.c(f"{n.ri(110, 142)}/{n.ri(70, 90)}").t("\nVisual acuity ").c("20/20 OU").t("; colour vision ")
    n.c("adequate").t("; audiometry ").c("normal").t("\n")
    n.t("CXR ").c("normal").t("; ECG ").c("normal sinus rhythm").t("; FBS ").c(f"{n.ri(78, 118)} mg/dL")
    n.t("; HBsAg ").c("non-reactive").t("; drug test ").c("negative").t("\n")
    n.t("Assessment: ").c("FIT FOR SEA DUTY").t(" - valid until ").d(d + timedelta(days=729), "usl").t("\n")
    n.t("Examining physician: ").nm(doc.phi).t(", MD, PRC Lic. No. ").id(f"0{n.dg(6)}").t("  Date: ").d(d, "usl").t("\n")
    return n.build(_fhir(q, dob, [("passport", pp), ("sirb", sirb), ("sss", sss)]))


def ph_disability_grading(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _a = n.dob(26, 58)
    doc, crew = n.staff(), n.staff()
    d = n.wdt(-10, 0)
    rep = d - timedelta(days=n.ri(90, 125))
    inj = rep - timedelta(days=n.ri(5, 20))
    brgy, city, prov, _zp = n.ch(PH_BRGY)
    n.t("FINAL MEDICAL REPORT - COMPANY-DESIGNATED PHYSICIAN\n").d(d, "usl").t("\n\n")
    n.t("To: ").nm(crew.phi).t(", Crewing Manager <").em(f"{_slug(crew.first)}.{_slug(crew.last)}@pacificcrew.com.ph")
    n.t(">\n")
    n.t("Re: Seaman ").nm(q.phi).t(f", {n.ch(['Oiler', 'Able Seaman', 'Fitter'])}, MV ")
    n.t(f"{n.ch(['Pacific Horizon', 'Star Kestrel', 'Nordic Amber'])}; ").ad(f"Brgy. {brgy}").t(", ").ad(city)
    n.t(f", {prov}; mobile ").ph(ph_mob(n)).t("\n\n")
    n.t("This is to report on the above seafarer, injured on board on ").d(inj, "usl")
    n.t(f" (fall from a ladder in the engine room) and medically repatriated from {n.ch(['Rotterdam', 'Singapore', 'Busan'])} on ")
    n.d(rep, "usl").t(".\n")
    n.t("Diagnosis: ").c("L3 compression fracture, 30% loss of height; residual low back pain").t(".\n")
    n.t("Treatment: ").c("TLSO brace").t(", physical therapy ").c(f"{n.ri(24, 40)} sessions").t(", ")
    n.c("celecoxib 200 mg daily").t(".\n")
    n.t("Latest: lumbar flexion ").c(f"{n.ri(40, 60)} deg").t(", SLR ").c("negative").t(", pain ").c(f"{n.ri(3, 5)}/10")
    n.t(".\nFinal assessment: ").c(n.ch(["Grade 8 - 2/3 loss of lifting power of the trunk",
                                           "Grade 11 - slight rigidity or 1/3 loss of motion of the trunk"]))
    n.t(" under the POEA-SEC schedule of disability.\n\n")
    n.t("Respectfully,\n").nm(doc.phi).t(", MD, FPOA\n")
    return n.build(_fhir(q, dob, []))


# ---------------------------------------------------------------------------------------- India
def in_echs_referral(n: C) -> Note:
    q = n.pat(sex="m")
    dob, a = n.dob(54, 84)
    wife = n.rel(q, "f", same=True)
    oic, mo = n.staff(sex="m"), n.staff()
    d = n.wdt(-5, 0)
    valid = d + timedelta(days=30)
    loc, city, pin = n.ch(IN_ECHS)
    card = f"{n.ch(['PN', 'SC', 'DD', 'JP', 'CH'])}{n.dg(10)}"
    armyno = f"{n.ri(13, 15)}{n.dg(6)}{n.ch('ABFHKLMNPWXY')}"
    ref = f"ECHS/{n.ch(['PNE', 'SEC', 'DDN', 'JPR'])}/{n.ri(1000, 9999)}/{n.today.year % 100}"
    pat_is_wife = n.yes(0.4)
    n.t("ECHS POLYCLINIC - REFERRAL TO EMPANELLED HOSPITAL\n")
    n.t("Referral no: ").id(ref).t("    Date: ").d(d, n.ch(["dmy", "dot"])).t("    Valid till: ").d(valid, "dmy").t("\n")
    n.t("ECHS card no: ").id(card).t("\n")
    n.t("ESM: ").id(armyno).t(f" {n.ch(['Hav', 'Nb Sub', 'Sub Maj', 'Nk'])} (Retd) ").nm(q.fl).t("\n")
    wdob, wa = dob + timedelta(days=n.ri(900, 3000)), 0
    wa = n.today.year - wdob.year - ((n.today.month, n.today.day) < (wdob.month, wdob.day))
    if pat_is_wife:
        n.t("Patient: Smt ").nm(wife.fl).t(f" (spouse)    Age/Sex: {wa}/F\n")
    else:
        n.t(f"Patient: self    Age/Sex: {a}/M    DOB: ").d(dob, "dmy").t("\n")
    n.t("Address: ").ad(f"House No. {n.ri(1, 240)}, {n.ch(IN_LANE)}").t(", ").ad(loc).t(", ").ad(city)
    n.t(" - ").zp(pin).t("    Mob: ").ph(in_mob(n)).t("\n")
    n.t("Diagnosis: ").c("CAD - effort angina, TMT positive at 6 METs").t("; T2DM; HTN\n")
    n.t("Investigations: ").cl([f"HbA1c {n.fl(7.0, 9.8)}%", f"S. creatinine {n.fl(0.8, 1.7)} mg/dL",
                                 f"LDL {n.ri(90, 170)} mg/dL", "ECG: ST depression V4-V6"]).t("\n")
    n.t("Current Rx: ").cl(["aspirin 75 mg OD", "atorvastatin 40 mg HS", "metoprolol 25 mg BD",
                            "metformin 500 mg BD"]).t("\n")
    n.t("Referred for: coronary angiography +/- PCI (cardiology OPD).\n")
    n.t("MO: Dr ").nm(mo.fl).t("    OIC Polyclinic: Col ").nm(oic.fl).t(" (Retd)\n")
    if pat_is_wife:
        return n.build(_fhir(wife, wdob, [("echs", card)]))
    return n.build(_fhir(q, dob, [("echs", card)]))


def in_offshore_platform(n: C) -> Note:
    q = n.pat(sex="m")
    dob, a = n.dob(30, 58)
    doc = n.staff()
    wife = n.rel(q, "f", same=True)
    d = n.dt(-8, 0)
    loc, city, pin = n.ch(IN_MUM)
    cpf = n.dg(5) if n.yes() else n.dg(6)
    indos = f"{n.ri(5, 20):02d}{n.ch('ABCDEFGHJKLMNPRSTZ')}{n.ch('ABCDEFGHJKLMNPRSTZ')}{n.dg(4)}"
    contractor = n.yes(0.4)
    n.t(f"OFFSHORE PLATFORM MEDICAL ROOM - CASUALTY AND EVACUATION RECORD ({n.ch(['MHN', 'BHN', 'NQO', 'ICP'])})\n")
    h0 = n.ri(0, 21)
    n.t("Date: ").d(d, n.ch(["dot", "dmy"])).t(f"    Time: {h0:02d}:{n.ri(0, 29):02d} hrs\n")
    n.t("Patient: Mr. ").nm(q.fl).t(f", Age {a}, ")
    if contractor:
        n.t("contract crew, INDoS no. ").id(indos)
    else:
        n.t("CPF no. ").id(cpf)
    n.t("\nResidence: ").ad(f"Flat {n.ri(101, 1204)}, {n.ch(IN_BLDG)}").t(", ").ad(loc).t(", ").ad(city)
    n.t(" - ").zp(pin).t("\nMobile: ").ph(in_mob(n)).t("    NOK: wife Smt ").nm(wife.fl).t(", ").ph(in_mob(n)).t("\n")
    n.t("C/o retrosternal chest pain 45 min, sweating. ECG: ").c("ST elevation V1-V4").t("\n")
    n.t("Vitals: pulse ").c(f"{n.ri(88, 116)}/min").t(", BP ").c(f"{n.ri(100, 160)}/{n.ri(60, 96)} mmHg")
    n.t(", SpO2 ").c(f"{n.ri(92, 97)}%").t("; Trop I ").c("positive (card test)").t("\n")
    n.t("Treatment: ").cl(["aspirin 325 mg chewed", "clopidogrel 600 mg", "atorvastatin 80 mg", "NTG 0.4 mg SL"])
    n.t(f"\nHelicopter medevac requested at {h0 + 1:02d}:{n.ri(0, 59):02d} to Mumbai base, cath-lab hospital alerted.\n")
    n.t("Platform MO: Dr. ").nm(doc.fl).t(", MBBS\n")
    ids = [("indos", indos)] if contractor else [("cpf", cpf)]
    return n.build(_fhir(q, dob, ids))


# ---------------------------------------------------------------------------------------- South Africa
def za_military_veterans(n: C) -> Note:
    q = n.pat(sex=n.ch("mmmf"))
    dob, _a = n.dob(48, 80)
    mo, sister = n.staff(), n.staff(sex="f")
    d = n.wdt(-10, 0)
    appt = d + timedelta(days=n.ri(14, 40))
    sub, city, pc = n.ch(ZA_SUB)
    zid = za_id(n.r, dob, q.sex)
    force = f"{n.dg(8)}{n.ch(['PE', 'MI', 'MC', 'PS'])}"
    n.t("DEPARTMENT OF MILITARY VETERANS - HEALTH CARE BENEFIT REFERRAL\n")
    n.t("Date: ").d(d, n.ch(["ymd/", "dmy"])).t("\n")
    n.t("Veteran: ").nm(q.fL).t("    ID no: ").id(zid).t("    Force no: ").id(force).t("\n")
    line = (f"Stand {n.ri(100, 9999)}, Block {n.ch('ABFHKLMNSX')}" if n.yes() else
            f"{n.ri(1, 600)} {n.ch(ZA_ST)}")
    n.t("Address: ").ad(line).t(", ").ad(sub).t(", ").ad(city).t(", ").zp(pc).t("    Cell: ").ph(za_cell(n)).t("\n")
    n.t("Problems: HTN, HIV on ART, chronic knee OA.\n")
    n.t("BP ").c(f"{n.ri(138, 176)}/{n.ri(84, 104)}").t("; VL ").c(n.ch(["<50 copies/mL", "LDL"])).t("; CD4 ")
    n.c(str(n.ri(320, 780))).t("; creatinine ").c(f"{n.ri(70, 130)} umol/L").t("\n")
    n.t("Meds: ").cl(["TLD 1 tab daily", "amlodipine 10 mg daily", "hydrochlorothiazide 12.5 mg daily",
                      "meloxicam 15 mg PRN"]).t("\n")
    n.t("Referred: orthopaedic OPD for TKR assessment, appointment ").d(appt, n.ch(["ymd/", "dmy"])).t(".\n")
    n.t("MO: Dr ").nm(mo.fl).t("    Sr ").nm(sister.fl).t(" (PHC)\n")
    return n.build(_fhir(q, dob, [("za-id", zid), ("force", force)]))


# ---------------------------------------------------------------------------------------- Singapore
def sg_pes_review(n: C) -> Note:
    q = n.pat(sex="m")
    dob, _a = n.dob(19, 38)
    mo = n.staff()
    d = n.wdt(-15, 0)
    rev = d + timedelta(days=n.ch([180, 365]))
    st, sector = n.ch(SG_ST)
    ic = nric(n.r, dob)
    pc = f"{sector}{n.ri(0, 9)}{n.ri(100, 999)}"
    n.t("SAF MEDICAL BOARD - PES REVIEW (NSman)\n")
    n.t("Name: ").nm(q.FL if n.yes() else q.fl).t("    NRIC: ").id(ic).t(f"    Rank: {n.ch(['3SG', 'CPL', 'LCP', 'PTE', '2SG'])}\n")
    n.t("DOB: ").d(dob, "dmy").t(f"    Unit: {n.ch(['608 SAR', '24 SA', '3 Div Arty', '40 SAR'])}\n")
    n.t("Address: ").ad(f"Blk {n.ri(100, 899)}{n.ch(['', '', 'A', 'B'])} {st} #{n.ri(2, 16):02d}-{n.ri(10, 899)}")
    n.t(", Singapore ").zp(pc).t("    HP: ").ph(sg_ph(n)).t("\n")
    n.t("Condition: asthma, 2 ED visits in past year; on ").c("budesonide/formoterol 200/6 1 puff BD").t(".\n")
    n.t("Spirometry: FEV1 ").c(f"{n.fl(2.6, 3.8)} L ({n.ri(68, 86)}%)").t(", post-BD ").c(f"+{n.ri(12, 22)}%")
    n.t("; FeNO ").c(f"{n.ri(30, 70)} ppb").t("\n")
    n.t("Current PES: ").c("B1").t("    Board decision: ").c(n.ch(["PES C9L1", "PES B2"])).t(" - excused ")
    n.t("strenuous activity and IPPT; may serve in a vocation without field exercise.\n")
    n.t("Next review: ").d(rev, "dmy").t("\n")
    n.t("CPT (Dr) ").nm(mo.fl).t(", Medical Officer\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "Defence Primary Healthcare medical board (JMES / PULHHEEMS) summary", en_jmes_board),
    ("en", "Royal Hospital Chelsea infirmary review of an In-Pensioner after a fall", en_chelsea_infirmary),
    ("en", "GP referral e-mail to the Op COURAGE veterans' mental health service", en_op_courage_email),
    ("en", "travel-insurance medical repatriation request from a Spanish hospital", en_aeromed_repat),
    ("en", "ENT medical report to Veterans UK for an AFCS / war pension claim", en_afcs_report),
    ("en", "Royal Navy ship's sick bay log at sea", en_ship_sickbay),
    ("en", "heat illness incident report (F Med 85) from a training area", en_heat_illness),
    ("sc", "offshore platform medic's report to the topside doctor", sc_platform_sickbay),
    ("sc", "OEUK offshore fitness and ENG1 seafarer medical examination record", sc_oeuk_medical),
    ("sc", "remote island nurse record with a Near Me video consultation and retrieval", sc_island_nearme),
    ("cy", "bilingual Veterans' NHS Wales assessment letter to the GP", cy_veterans_wales),
    ("cy", "training-area CASEVAC 9-liner and MIST handover", cy_casevac_9liner),
    ("ni", "out-of-hours telephone assessment of a Rathlin Island patient", ni_rathlin_call),
    ("ni", "MCA ML5 medical report for a fisherman", ni_ml5_fishing),
    ("us", "VA CPRS PACT primary care note", us_cprs_pact),
    ("us", "VA C&P hearing loss and tinnitus DBQ", us_dbq_hearing),
    ("us", "Army battalion aid station sick call (SF 600) with a DA 3349 profile", us_sick_call),
    ("us", "TRAC2ES aeromedical patient movement request from Landstuhl", us_trac2es_pmr),
    ("us", "Alaska community health aide telemedicine encounter and medevac", us_alaska_cha),
    ("us", "lower-case VA Video Connect mental health follow-up", us_vvc_lower),
    ("us", "USCG merchant mariner medical evaluation (CG-719K) summary", us_cg719k),
    ("us", "McMurdo station winter medical sitrep e-mail", us_mcmurdo_sitrep),
    ("us", "private pulmonologist's nexus letter for a VA burn-pit claim", us_nexus_letter),
    ("us", "VA Community Living Center hospice nursing note for a very old veteran", us_clc_note),
    ("au", "Royal Flying Doctor Service telehealth consultation to a cattle station", au_rfds_consult),
    ("au", "GP medical report to DVA in support of a veteran's claim", au_dva_gp_report),
    ("au", "ADF garrison health centre MEC review", au_adf_mec),
    ("au", "Antarctic station medical sitrep to the Polar Medicine Unit", au_antarctic_sitrep),
    ("au", "offshore FPSO medevac request", au_fpso_medevac),
    ("ca", "CAF medical employment limitations (CF 2088) summary", ca_caf_mel),
    ("ca", "Veterans Affairs Canada PTSD medical questionnaire", ca_vac_questionnaire),
    ("ca", "Nunavut health centre medevac request", ca_nunavut_medevac),
    ("ca", "Newfoundland offshore installation medical incident report", ca_nl_offshore),
    ("ie", "Defence Forces pre-deployment (UNIFIL) medical", ie_df_predeploy),
    ("ie", "island GP consultation with helicopter transfer", ie_island_gp),
    ("ie", "radio medical advice log for an injured trawler deckhand", ie_trawler_radio),
    ("nz", "NZDF medical grading record", nz_nzdf_grading),
    ("nz", "Chatham Islands video consultation", nz_chatham_video),
    ("nz", "Veterans' Affairs New Zealand medical report", nz_vanz_report),
    ("ph", "seafarer pre-employment medical examination (PEME)", ph_peme),
    ("ph", "company-designated physician's final disability grading of a repatriated seafarer", ph_disability_grading),
    ("in", "ECHS polyclinic referral of an ex-serviceman or his wife", in_echs_referral),
    ("in", "offshore platform casualty and helicopter evacuation record", in_offshore_platform),
    ("za", "Department of Military Veterans health care benefit referral", za_military_veterans),
    ("sg", "SAF medical board PES review of an NSman", sg_pes_review),
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
            note = fn(C(85_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
