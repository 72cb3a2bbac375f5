"""HELD-OUT v86 PHI corpus: written independently, before any round-86 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout81 / heldout82 / heldout83 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout83's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, the opening line and last groups of its name table,
``_split`` / ``G`` / ``PAT`` / ``STAFF_INTL`` / ``HOME_STAFF`` / ``GRP_LOC`` / ``_KID`` / ``KID_OF``,
its word-like and eponym list, the first and last lines of its Faker-word list, ``BAD_INITS``,
``Redraw`` / ``P`` classes, date-format helper, identifier and check-digit helpers, ``_fhir``, ``C``
class, the first lines of its first place table, its place-word loop, place and phone helpers, the
first entries of its ``TEMPLATES`` list and a grep of its function and table names were seen while
reading for those mechanics; this file's ``C`` and ``P`` classes, ``_clean``, ``_one`` and
``generate`` and its NHS / H&C / CHI modulus-11, Luhn (NPI, IHI, OHIP, Alberta ULI, SA ID), AU
Medicare, BC PHN, Irish PPSN and NZ NHI helpers follow those mechanics, but its name groups, word-like
and eponym list, places, hospitals, phone and date formats, document types and templates are its
own, as are its GB driving licence, Medicare Beneficiary Identifier, Centrelink CRN, AU Medicare
provider number (check character, confirmed against public validators found with the search tool),
RAMQ, Ontario driver's licence, Aadhaar (Verhoeff), ABHA, Singapore NRIC (check letter) and
Jamaican TRN helpers, written from the published formats and algorithms; every check digit was
checked, outside the repository, with separately written validators, and the NHI helpers against
published test values found with the search tool); also a listing of ``bench/phi_corpus/``, ``git status``, the
``[tool.ruff]`` lines of ``pyproject.toml`` and the installed Faker person lists, ``english-words``
web2 list and ``wordfreq`` (used offline to screen the curated names and to build
``_FAKER_WORDS``); the other held-out corpora being written at the same time were not read; ruff
check (not ruff format) was run on this file, and ruff check alone on heldout83 to see the lint
settings; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v83 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on RESPIRATORY AND SLEEP MEDICINE: sleep study
(polysomnography, split-night, home sleep apnea test and MSLT) reports and CPAP download and
adherence reviews, home oxygen orders, applications and assessments (HOS-AR, CMS-484, state and
provincial programmes), pulmonary rehabilitation records, lung function laboratory reports
(full PFTs, spirometry, methacholine challenge), cystic fibrosis clinic letters and notes, asthma
and COPD annual, biologic, outreach and discharge reviews, bronchoscopy, BAL and EBUS procedure notes
and a thoracic MDM outcome, interstitial lung disease MDT outcomes, driving-and-sleepiness letters
(DVLA, RSA, MTO, Austroads), respiratory physiotherapy, NIV set-up, NIV ward and respiratory
therapy notes - in the United Kingdom (14: England 8, Scotland 2, Wales 2, Northern Ireland 2), the
United States (9), Australia (5), Canada (4: Ontario, British Columbia, Alberta, Quebec), Ireland
(3), New Zealand (3), India (2: Mumbai / Pune, Bengaluru), South Africa (2: Gauteng), Singapore (2)
and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (8): attended diagnostic polysomnography
reports (a montage header name "LAST^FIRST" (one NAME span), a hospital number in one of several
local forms, the NHS number spaced or not, "dd Mon yyyy" / "dd/mm/yyyy" / "dd.mm.yyyy" DOB with "(nn
y)" unlabelled, "Dr F Last (GP)", the bed partner's first name, the study night as "dth Month yyyy",
"dd/mm/yyyy" or "d Mon 'yy" with the lights-out times outside, the scorer ", RPSGT (Clinical
Physiologist)" and the reporting consultant with a "dd/mm/yyyy" date; BMI, neck, Epworth, sleep
architecture, AHI, supine AHI, CAI, ODI, SpO2, T90, PLMS, ECG, severity and the CPAP or conservative
plan clinical); CPAP remote-monitoring telephone reviews ("Last, First (Title)", "dd.mm.yyyy" DOB,
hospital and NHS numbers, the CPAP serial number (ID; ResMed or Philips form), a "dd/mm/yyyy -
dd/mm/yyyy" data period (two spans), a mobile, the spouse's first name, a tokenised myAir share link
(URL), "Mon yyyy" annual review, a "dth Month" / "d Month" / "d Mon" DVLA date, "F Last" physiologist;
mask, usage, pressures, leak, residual AHI, Epworth and the humidity change clinical); DVLA
driving-and-sleepiness letters to the patient (the hospital secretary's line, "dth Month yyyy",
"Our ref" hospital number, "Title First Last" over street, town and postcode lines, "Dear Title
Last", a "dth Month" / "d Month" / "dth of Month" clinic date, for a Group 2 holder the GB driving
licence number (ID; DVLA format: surname, birth date with women's month + 50, initials), "Dr First
Last" sign-off, "cc: Dr F. Last (GP)"; severity, AHI, Epworth, CPAP and the usage threshold clinical;
form SL1 unlabelled); home oxygen (HOS-AR) LTOT assessments ("Weekday d Mon yyyy" / "d Month yyyy"
/ "d Mon 'yy" visit (weekday outside), "Title First Last", NHS number, "dd/mm/yyyy" DOB with "(nn)"
(>= 90 labelled), the delivery street, town and postcode, a landline, the son or daughter as carer
by full name with a mobile, "dd/mm" HOOF date, the assessor with a 5-digit extension; diagnosis,
FEV1, ABGs on air and on oxygen, exhaled CO and the LTOT prescription clinical; the supplier's forms
unlabelled); pulmonary rehabilitation programme summaries ("First LAST", NHS number, DOB, the
referrer by full name, "dd/mm" referral, "dd/mm/yy" initial and discharge dates in a padded table,
the spouse's first name, the physiotherapist "(Band 6)" and the instructor "F Last"; sessions,
ISWT, ESWT, CAT, MRC, CRQ, HADS and the inhaler clinical); full lung function reports (the hospital
in capitals unlabelled, "LAST, First (Title)", unit number, "dd/Mon/yyyy" / "dd/mm/yyyy" / "dd Mon
yyyy" DOB, "dd-Mon-yy" or "dd/mm/yyyy" test date, "Dr Last" requester, a padded table whose
predicted and LLN columns are unlabelled and whose measured, %predicted, z-score, post and change
values are clinical, "F. Last (Clinical Physiologist)", "Dr First Last" with the report date; height,
weight and the interpretation clinical); adult CF centre letters to the GP (the CF nurses' line and
a person-named nhs.net address (EMAIL), "dd/mm/yyyy" clinic and typed dates, "Dr First Last" over
the practice unlabelled, "Dear Dr Last", "Re: First LAST DOB dd.mm.yyyy NHS No Hosp No" over street,
town and postcode, the patient's and partner's first names, "Month yyyy", "dth Month" / "d Month",
"cc: First Last (patient)"; genotype, diagnoses, CFTR modulator and other drugs, FEV1, BMI, HbA1c
and sputum clinical); lower-case NIV ward reviews by the respiratory registrar ("dd/mm/yy" / "d/m/yy"
with the time outside, "pt: first last 85m" - the age run into the sex letter, >= 90 labelled -, a
lower-case hospital number, the son's or daughter's lower-case first name and mobile, "dw dr last",
"- first l, st5 resp, bleep nnnn" (PHONE); ABGs, NIV settings, RR, sats, target, prednisolone and
doxycycline clinical; the ReSPECT form unlabelled). Scotland (2): EBUS-TBNA procedure reports (the
hospital unlabelled, "dd/mm/yyyy" with the time outside, "LAST, First", CHI (from the DOB and sex;
plain or spaced 6-4), DOB, "Age nn" unlabelled, the referring MDT clinician, operator, endoscopy
nurse and ROSE cytologist "F. Last", a "Weekday d Month" / "Weekday dth Month" MDT (weekday outside),
the son or daughter by full name with a mobile; indication, sedation, stations, node sizes, passes,
ROSE results, SpO2 and oxygen clinical) and multiple sleep latency test reports ("First Last", CHI,
DOB, street (also "nn/n Street"), town and postcode, a "dth Month" / "d Month" PSG night, "dd/mm"
diary dates, the mother by full name, "F. Last" physiologist, "Dr First Last" with a "dd/mm/yyyy"
date; PSG values, nap latencies, SOREMPs, mean sleep latency, drug screen, diagnosis and modafinil
clinical; nap clock times unlabelled). Wales (2): bilingual COPD annual reviews in general practice
("Dyddiad / Date" "dd.mm.yyyy", "Enw / Name", "Dyddiad geni / DOB" "d/m/yyyy", "Rhif GIG / NHS no",
"Cyfeiriad / Address" street (house names too), town and postcode, "Ffôn symudol / Mobile", "Mon
yyyy" / "Month yyyy" admission, "d Mon" flu and "d/m" COVID-19 vaccine dates, the pneumococcal year
alone unlabelled, the practice nurse with "Nyrs Practis / Practice Nurse" outside; pack-years,
exacerbations, CAT, MRC, SpO2, BMI, FEV1, Trimbow and the rescue pack clinical) and domiciliary NIV
set-up records ("Title First Last", hospital and NHS numbers, "Geni / Born" DOB, "d Month" / "dth
Month" oximetry night, the spouse's first name with a mobile, the delivery street, town and
postcode, "d Month" / "d Mon" home visit, a 24-hour landline, the ventilation physiotherapist;
diagnosis, FVC, SNIP, oximetry, TcCO2, ventilator settings and mask clinical). Northern Ireland (2):
regional ILD MDT outcomes ("Weekday dth Month yyyy" (weekday outside), the chair, radiologist, "Dr F
Last" histopathologist and ILD nurse, "First LAST", H&C number (mod 11; spaced or not), DOB with
"(nn)" (>= 90 labelled), "Dr Last" referrer with a hospital unlabelled, "dd/mm/yyyy" HRCT and "Mon
yyyy" PFT dates, the outcome letter's street, town and BT postcode; HRCT pattern, FVC, TLCO, 6MWT,
serology, diagnosis and antifibrotic clinical; occupations unlabelled) and severe asthma biologic
reviews ("dd.mm.yy", "LAST, First | H&C | DOB | Mob" on one line, "Mon yyyy" start, "d/m" last and
next doses, "Month yyyy" wean and review, "Dr F. Last (GP)", the SpR and asthma nurse by full name;
biologic regimen, ACQ-6, FeNO, eosinophils, FEV1, oral steroid, exacerbations and adherence
clinical). United States (9): home sleep apnea test interpretations ("LAST, FIRST M", "mm/dd/yyyy"
DOB, "Age: nn" unlabelled, an MRN in one of several forms, an insurance member ID (ID), the ordering
", APRN" with an NPI (Luhn; ID), "mm/dd/yyyy" / "m/d/yyyy" study date, "First M. Last, MD, Diplomate
ABSM", an "mm/dd/yy" e-signature with the time outside; pAHI, pRDI, ODI, SpO2, snoring, severity and
APAP clinical; the device brand unlabelled); 90-day PAP adherence re-evaluations by telehealth
("Month d, yyyy", full name, "m/d/yyyy" DOB, MRN, MBI (ID; no check digit), street (apartment, lot or
suite inside), city, state unlabelled and ZIP or ZIP+4, phone, the IP address the patient connected
from (IP), the CPAP serial number (ID), "m/d/yyyy" set-up, an "m/d-m/d" download window (two spans),
the spouse's first name, ", PA-C" and ", MD"; adherence, usage, AHI, leak, ESS and APAP clinical);
flexible bronchoscopy with BAL procedure notes ("mm/dd/yy" / "mm/dd/yyyy", "Last, First M", MRN, DOB,
attending and fellow as "Dr. First Last" ("(PGY-5)" outside), ", RRT", the son or daughter as HCPOA
by full name with a phone, "m/d"; indication, sedation, findings, BAL site and volumes,
complications and SpO2 clinical); PFT laboratory reports ("FIRST LAST", MRN, an account number (ID),
"mm/dd/yyyy" / "mm-dd-yyyy" DOB, "Age nn" (>= 90 labelled), "m/d/yyyy" test date, "F. Last, RRT,
RPFT", "Dr. Last", "First M. Last, MD" with the signing date; spirometry, volumes, DLCO and
interpretation clinical); CMS-484 oxygen certificates of medical necessity (the patient's name,
street and city in capitals, state unlabelled, ZIP, phone, MBI, "mm/dd/yy" DOB, certification and
test dates, the physician ", MD" with an NPI and phone, an SSN on the supplier intake line (SSN); PO2
/ saturation, test conditions, diagnosis, flow and frequency clinical; HCPCS codes unlabelled);
pediatric ED asthma discharge instructions and action plans (the child's full name (a current first
name), "m/d/yyyy" DOB, MRN, "Mom - First Last" with a cell, the school nurse ", RN" with the school
office phone, "m/d" ED, "m/d" / "Month d" second-dose and "m/d" follow-up dates, "Dr. Last" PCP;
weight, PRAM, ED drugs and doses, zone medicines and peak flow clinical); pulmonary rehabilitation
progress notes ("mm/dd/yyyy" / "m/d/yyyy", full name with "nn yo M" (>= 90 labelled), MRN, DOB, "m/d"
baseline, the spouse by full name, "mm/dd/yyyy" authorization, ", RRT" and ", MS, ACSM-CEP";
diagnosis, oxygen, vitals, Borg, exercise and 6MWD clinical; session numbers unlabelled); CF center
quarterly visits ("Month d, yyyy" / "Mon d, yyyy", "Last, First M", DOB, MRN, a CFF registry ID (ID),
"Mon yyyy" start, "m/d" sputum, the partner's first name and the city they live in (ADDRESS; state
unlabelled), the mother by full name with a phone, ", MD", ", RD" and ", LICSW"; genotype, modulator,
weight, BMI, FEV1, cultures, medicines, exacerbation treatment and CFQ-R clinical); lower-case
respiratory therapy BiPAP notes ("m/d" with a four-digit time outside, "pt: first last, nn yo f" (>=
90 labelled), MRN, "dr last", the son's or daughter's lower-case first name calling from a
lower-case city (ADDRESS) with a phone, "- first l, rrt x1234" (the extension PHONE); settings,
FiO2, RR, VT, leak, ABG, nebuliser and breath sounds clinical). Australia (5): split-night
polysomnography reports (a hospital of the patient's state unlabelled, "First LAST", UR number in
several forms, DOB, Medicare (check digit; issue number inside, sometimes with the individual
reference number after "-" or " / " inside the span), street ("Lot nn", "Unit n, nn", "n/nn") and
suburb in capitals (ADDRESS), state unlabelled, postcode, "Dr First Last" with the practice's suburb
(ADDRESS), "dd/mm/yyyy" / "d/m/yyyy" study date, the sleep scientist and "Dr First Last" with "
FRACP" outside; AHI, positional AHI, nadir SpO2, titration pressure, residual AHI, mask and severity
clinical; Austroads unlabelled); COPD discharge summaries ("LAST, First", UR, DOB with "(nn)" (>= 90
labelled), IHI (Luhn), "dd/mm/yyyy" admission and discharge, "Dr First Last" GP with the practice
suburb (ADDRESS), "dd/mm" referral and "d Mon" clinic, the spouse by full name with a mobile and the
street and suburb where they live, "Dr First Last (RMO)"; diagnoses, NIV, antibiotics, steroid, ABG,
discharge SpO2 and inhalers clinical); home oxygen program applications ("Title First Last",
"dd/mm/yyyy" / "dd.mm.yyyy" DOB, Medicare, a pensioner concession card CRN (ID; format only),
street, suburb, state unlabelled and postcode, a landline, "dd/mm/yyyy" and "d Mon" ABG dates, "Dr
First Last (Respiratory Physician)" with a Medicare provider number (ID; check character); ABGs,
COHb, diagnosis and the oxygen request clinical); respiratory physiotherapy ward notes in SOAP form
("dd/mm" with the time outside, "Title First LAST (bed n)", UR, "nnyo" (>= 90 labelled), the
daughter's first name and mobile, "First Last, Physiotherapist (Gr 1)" with a 4-digit pager;
symptoms, post-operative day, obs, auscultation, assessment, treatment, sputum and mobility
clinical); thoracic oncology MDM outcomes ("dd/mm/yyyy", "First LAST", UR, DOB with the age
(unlabelled under 90), the home suburb (ADDRESS), "Dr First Last" presenter, "dd/mm" EBUS and PET
dates, "Dr Last" with a "d Mon" results clinic, the lung cancer nurse with a mobile, "Dr F. Last"
GP; EBUS stations and pathology, PD-L1, PET findings, stage and recommendation clinical). Canada
(4): Ontario sleep-clinic referral triage (ISO dates, "Dr. First Last", "Last, First", "yyyy/mm/dd"
DOB, OHIP "nnnn-nnn-nnn-XX" (Luhn; version code inside), street (unit-number forms), city, "ON"
unlabelled and postal code, a phone and the family physician's fax, the Ontario driver's licence
number (ID; format only: surname initial and birth date encoded), a "Mon d" incident; STOP-BANG, ESS,
BMI, neck and hypertension clinical; the MTO report unlabelled); British Columbia methacholine
challenge reports ("First M. Last", PHN (mod 11; spaced 4-3-3 or not), ISO DOB and test date, MRN,
", RRT", "Dr. First Last" with "Mon d, yyyy"; withheld medicines, the dose-response FEV1 and fall,
PC20 and interpretation clinical; the methacholine concentrations unlabelled); Alberta AADL home
oxygen assessments ("LAST, First", ULI "nnnnn-nnnn" (Luhn), "Mon d, yyyy" / "dd-Mon-yyyy" DOB,
street, city, "AB" unlabelled and postal code, phone, "Mon d, yyyy" testing, the authorizer ", RRT"
and "Dr. First Last"; oximetry, prescription and diagnosis clinical) and Montreal paediatric CF
clinic notes (ISO visit and DOB, "LAST, First" child, RAMQ "LLLF yymm ddnn" (surname and first-name
letters, birth date, +50 on girls' month; ID), MRN, the mother by full name with a cell and the
father's first name, a Quebec "nnnn, rue ..., app. n" line, city, "(Quebec)" unlabelled and postal
code, "Mon d" swab, "Month yyyy" OGTT, "Dr. First Last" and the physiotherapist; genotype, sweat
chloride, weight, height, FEV1, cultures and medicines clinical). Ireland (3): COPD outreach home
visits ("dd/mm/yyyy", the CNS by full name, "First Last", MRN, DOB with "(nn)" (>= 90 labelled),
PPSN (SSN; mod 23, old or "A" form), street (house names too), town, "Co. ..." unlabelled and
Eircode, a mobile, "dd/mm" discharge, the spouse's first name, "Dr First Last" with the practice's
town (ADDRESS), "d Mon" next visit; diagnosis, medicines, obs, CAT and inhalers clinical); sleep
service letters to the GP about OSA and driving (the hospital's landline, "d Month yyyy" / "dth
Month yyyy" / "dd/mm/yyyy", "Dr First Last" over "The Medical Centre" and its town (ADDRESS), "Re:
First Last, DOB, MRN" over street, town, county unlabelled and Eircode, "Dear Dr Last", the first
name, a "dth Month" clinic date, "Month yyyy" / "d Month" review, "Dr First Last" sign-off; severity,
AHI, SpO2, ESS and CPAP clinical; the RSA guidance and D501 form unlabelled) and bronchiectasis
airway clearance physiotherapy reviews ("d Mon yyyy" / "dd Mon yyyy", "First LAST", MRN, DOB, the
home town (ADDRESS) with the county unlabelled, a mobile and a personal e-mail (EMAIL), "dd/mm"
culture, a tokenised exercise-video link (URL), "Month yyyy" review, "Dr Last", the senior
physiotherapist; sputum, culture, exacerbations, airway clearance regimen, technique and mMRC
clinical). New Zealand (3): domiciliary oxygen assessments ("d/m/yyyy" dates, "First LAST", NHI (old
or 2022 format), DOB with "(nn)" (>= 90 labelled), street, suburb, city and postcode, a landline, a
whānau or family member by full name with the relationship ("mokopuna" in Māori families) outside
and a mobile, "Month yyyy" review, the CNS by full name and "Dr Last"; SpO2, ABG, Hb, the woodburner
clearance and the prescription clinical); CPAP data e-mails from the sleep physiologist ("From:
First Last <work e-mail>", "To:" a personal e-mail (both EMAIL), "Sent: Weekday d Month yyyy hh:mm"
(weekday and time outside), the NHI in the subject line, "Kia ora" / "Hi" / "Morena" and the first
name, a "d Month" / "dth Month" refit, the "d/m" date and IP address an Epworth questionnaire was
submitted from (IP), the suburb the patient lives in (ADDRESS), "Ngā mihi nui," with the first name
and a landline; usage, AHI, leak and Epworth clinical) and Pacific pulmonary rehab attendance sheets
(a Tuesday "dd/mm/yyyy", the Pacific health navigator and physiotherapist by full name, a padded
table of three or four unrelated Samoan and Māori participants as "First LAST" with NHIs, first
names in the notes, the suburb a daughter drives from (ADDRESS) with her mobile, "d/m" dates; SpO2,
Borg, walk distance, desaturation and infection clinical; the Patient is the first participant).
India (2): level I polysomnography reports from Mumbai and Pune ("Mr. / Mrs." outside, full name
(Marathi, or Faker en_IN), "Age/Sex: nn/M" unlabelled, UHID in several forms, an ABHA number
"nn-nnnn-nnnn-nnnn" (ID; format only), a mobile, a "Flat nnn, Society, Road" line, locality and city
(three ADDRESS spans) " - " PIN, "Dr. First Last, MD (Medicine)", "dd/mm/yyyy" / "dd-mm-yyyy" study
date, the spouse's first name, the technician and "Dr. First Last, DM (Pulmonary Medicine)"; ESS,
BMI, neck, TST, SE, AHI, SpO2, ODI, impression and advice clinical) and fibreoptic bronchoscopy
reports from Bengaluru (full name (Kannada), "Age/Sex: nn yrs/F" unlabelled, IP number "IP/yy/nnnnn"
(ID), "dd-mm-yyyy", Aadhaar (Verhoeff; spaced 4-4-4), a mobile with the son's or daughter's first
name, a "#nnn, nth Cross, nth Main" line (the "#" outside), locality and "Bengaluru" (ADDRESS) " - "
PIN, "dd/mm/yyyy" results date, "Dr. First Last (Professor)" and "(DrNB resident)"; indication,
lignocaine, findings, BAL volumes, tests and SpO2 clinical). South Africa (2): Gauteng home oxygen
applications for post-TB lung disease ("yyyy/mm/dd" dates, the hospital unlabelled, separate
"Surname:" (capitals) and "First names:" fields (two NAME spans), SA ID number (DOB, sex digits,
Luhn), folder number, street, suburb, city and postal code, cells, the next of kin by full name with
the relationship outside, "Dr First Last (Registrar)" and "Sr First Last" with a landline; TB and
HIV history, SpO2, 6MWT, spirometry and the oxygen request clinical) and paediatric asthma clinic
reviews ("dd/mm/yyyy" / "yyyy/mm/dd", the child as "First LAST", folder number, DOB, the mother by
full name with a cell, granny's first name and the township she lives in (ADDRESS), "d Mon" last and
next visits, "Dr First Last" and "Sr F Last"; weight, symptoms, ED visits, school days missed, PEF,
chest, technique, budesonide, salbutamol and triggers clinical). Singapore (2): polysomnography
reports (the legal name - Chinese "Surname Given-name" in two syllables, Malay "Given bin / binte
Father", Indian "Given s/o / d/o Father", in capitals or not, one NAME span -, NRIC (S / T with the
check letter; ID), "Age: nn" unlabelled, an HDB "Blk nnn Town Avenue n, #nn-nnn" line (ADDRESS),
"Singapore" unlabelled and the six-digit postal code (ZIP), an "HP:" mobile, "dd Mon yyyy" /
"dd/mm/yyyy" study date, the ENT referrer, the "(RPSGT)" scorer and the reporting doctor by legal
name, a tokenised questionnaire link (URL); STOP-BANG, ESS, BMI, TST, AHI, REM AHI, SpO2, CT90 and
impression clinical; MediSave unlabelled) and COPD care coordinator telephone follow-ups
("dd/mm/yyyy" with the time outside, "Mr / Mdm" outside the legal name, NRIC, the son or daughter as
caregiver (legal name or first name) with a phone, the HDB block line and postal code where the
patient is staying, "dd/mm" discharge, "d Mon" / "dd/mm/yyyy" rehab booking, the nurse clinician;
diagnosis, prednisolone, mMRC, sputum, SpO2 and inhalers clinical). Jamaica (1): acute asthma A&E
records (a Kingston-area hospital unlabelled, "dd/mm/yyyy" / "dd/Mon/yyyy" with the triage time
outside, full name, a docket number in several forms (ID), TRN "nnn-nnn-nnn" (ID; format only),
"dd/mm/yyyy" DOB with "(nn yrs)" unlabelled, a street and the district ("Kingston 13" - the postal
district inside the ADDRESS span - or a town) with the parish unlabelled, the next of kin by full
name ("(brother)" / "(sister)" outside) with an "876" phone, a "d Month" / "dd/mm/yyyy" chest clinic,
"Dr First Last (SHO)" and "Dr Last"; obs, PEFR, nebulised and IV treatment, response and discharge
medicines clinical).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Lancashire, Greater Manchester and Merseyside surnames), British Bangladeshi, British Gujarati and
British Caribbean; Scottish (Lothian and Aberdeenshire); Welsh (north Wales and Swansea Bay);
Northern Irish; US Appalachian, African American and Mexican American; Anglo / Cornish, Italian and
Lebanese Australian; Ontario / prairie Anglo, Quebecois and Sri Lankan Tamil Canadian; Irish (fadas
and O' surnames) and Polish Irish; Pākehā, Māori and Samoan; Marathi and Kannada; Zulu, Sotho /
Tswana and Afrikaans-speaking; Singapore Chinese, Malay and Indian; Jamaican), children born since
2010 taking current first names for the UK and US groups (elsewhere the group's own names), about
one patient name in five (English, Scottish, Welsh, Northern Irish, US Appalachian and African
American, Anglo Australian, Anglo Canadian, Irish, Pākehā and Marathi groups) from Faker en_GB /
en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take
Faker names too); staff in the UK, US, Australia, Canada, Ireland and New Zealand come from the local
groups and, about three in ten, a mixed international workforce (Ghanaian, Sri Lankan Sinhala,
Sudanese, Filipino and Malayali); elsewhere staff are local. Word-like, eponymous and place names
are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtues, months and weekdays - Ward,
Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown, Grant, Gill, Wells - the eponyms,
questionnaires, devices, suppliers and brands of respiratory and sleep medicine (Epworth, Stanford,
Berlin, Mallampati, Pickwick, Cheyne, Stokes, Kussmaul, Hering, Breuer, Venturi, Hudson, Borg,
Wright, Fletcher, Tiffeneau, Krogh, Haldane, Bohr, Light, Kartagener, Churg, Strauss, Wegener,
Lofgren, Pancoast, Fleischner, Brock, Mayo, Campbell, Williams, James, Macleod, Guillain, Barre,
Duchenne, Pompe, Ondine, Kleine, Levin, Heimlich, Seldinger, Abrams, Cope, Yankauer, Guedel,
Macintosh, Miller, Magill, Trelegy, Trimbow, Symbicort, Fostair, Kaftrio, Trikafta, Pulmozyme, Ofev,
Esbriet, Nucala, Fasenra, Dupixent, Tezspire, AirSense, Lumis, Astral, Trilogy, Nippy, WatchPAT,
Embletta, Nox, Alice, Inspire, Acapella, Aerobika, Dolby, Vivisol, Baywater, Linde, Lincare, Apria,
Inogen, Optiflow, Airvo, Hamilton, Drager, Olympus, Pentax ...), and every word of the towns,
suburbs, streets, societies and hospitals these notes name); the curated lists were screened
against the web2 word list (lower-case entries and their plurals) and wordfreq, and Faker draws also
skip ``_FAKER_WORDS`` (the Faker names of those locales that are, or contain, a lower-case web2 word
or its plural) and names shorter than three letters. Relatives take a first name from the family's
group (or locale); blood relatives keep the surname, spouses and partners sometimes have their own.
Forms: "First Last", "First LAST", "FIRST LAST", "LAST^FIRST" (a sleep-study montage header),
"Last, First", "LAST, First", "Last, First M", "LAST, FIRST M", "First M. Last", "F. Last", "F Last",
"Title First Last", "Title Last", "Dr Last" / "Dr. Last" / "dr last", lower-case full and first
names and "first l", first names alone, separate "Surname:" / "First names:" fields (two spans),
Singapore legal names with "bin", "binte", "s/o" or "d/o" inside the span. No initials spell a
clinical, respiratory, sleep or common abbreviation (``BAD_INITS``), and a note never reuses a first
or last name for unrelated people (a note in which a labelled PHI string - or a word of a labelled
name - also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed,
up to 60 times).

Conventions (as heldout81 - heldout83): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Mdm", "Sr", "Mom -", "wife", "husband", "partner", "son",
"daughter", "mother", "granny", "mokopuna", "(GP)", "(patient)", "(SpR)", "(RMO)", "(SHO)",
"(Registrar)", "(Band 6)", "(Gr 1)", "(PGY-5)", "(HCPOA)", "(chair)", "(radiology)",
"(histopathology)", "(ILD nurse specialist)", "(Endoscopy Nurse)", "(Lung Cancer MDT)", "(Lung
Cancer Nurse)", "(Community Respiratory Team)", "(Respiratory OPD)", "(Respiratory)", "(Respiratory
Physician)", "(Clinical Physiologist)", "(family physician)", "(ENT)", "(RPSGT)", "(caregiver)",
"(brother)", "(sister)", "(Professor)", "(DrNB resident)", "(Pacific Health Navigator)", "(PHC oxygen
liaison)", "(resp cons on call)", ", RPSGT", ", APRN", ", PA-C", ", MD", ", MD, Diplomate ABSM", ",
RRT", ", rrt", ", RRT, RPFT", ", RN", ", RD", ", LICSW", ", MS, ACSM-CEP", " FRACP", ", MD
(Medicine)", ", DM (Pulmonary Medicine)", ", st5 resp", ", CNS Respiratory", ", Respiratory CNS", ",
Clinical Physiologist (Sleep)", ", Respiratory Nurse Specialist (HOS-AR)", ", Asthma Nurse
Specialist", ", Nyrs Practis / Practice Nurse", ", Clinical Specialist Physiotherapist
(Ventilation)", ", Consultant Respiratory and Sleep Physician", ", Consultant in Respiratory
Medicine (Adult CF)", ", Senior Physiotherapist", ", Physiotherapist (Gr 1)", ", physiotherapist",
", Nurse Clinician" and the like) are outside NAME spans; "LAST, First" is one NAME span, as are
"LAST^FIRST" and a Singapore legal name. A street line (with flat, unit, lot, apartment, suite or
house-name parts, "nnA", "n/nn", "nn/n", a Canadian "unit-number street", a Quebec "nnnn, rue ...,
app. n", an Indian "Flat nnn, Society, Road" or "nnn, nth Cross, nth Main" line, a Singapore "Blk
nnn ..., #nn-nnn" line), a suburb, locality, township, district ("Kingston 13" whole), town or city
where a person lives (also the town or suburb of the patient's GP practice, the city or suburb a
relative lives in or calls from, and a patient's home suburb on an MDM outcome) is ADDRESS; a state,
province, county or parish ("WV", "KY", "VIC", "QLD", "SA", "ON", "AB", "(Quebec)", "Co. Clare", "St.
Catherine"), "Singapore" and the hospital's own place name are not PHI; UK postcodes, US ZIP and
ZIP+4 codes, Canadian postal codes, Eircodes, AU / NZ / SA postcodes, Indian PIN codes and Singapore
postal codes are ZIP. DATE: anything more specific than a year - "dd/mm/yyyy", "d/m/yyyy",
"dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth
Month yyyy", "dth Month", "dth of Month", "d Month", "d Mon yyyy", "dd Mon yyyy", "d Mon", "d Mon
'yy", "dd-Mon-yyyy", "dd-Mon-yy", "dd/Mon/yyyy", "Month yyyy", "Mon yyyy", "mm/dd/yyyy", "m/d/yyyy",
"mm/dd/yy", "mm-dd-yyyy", "m/d", "Month d, yyyy", "Mon d, yyyy", "Month d", "Mon d", ISO and
"yyyy/mm/dd"; weekdays stay outside; a date followed by a separate time labels only the date, and
each end of a date range is its own span; times of day ("04:10", "0340", "09:00"), years alone
("pneumococcal 2016", "TB treated 2014"), study, session, post-operative and treatment days,
durations ("5/7", "x 14 days", "8-weekly") and ages under 90 are never labelled. AGE: ages >= 90
only, number part only ("(94)", "94f", "94 yo", "94yo", "Age 94"). PHONE: mobiles, landlines, secretary,
clinic, 24-hour and school lines, faxes, 4-digit bleeps and pagers and 4- and 5-digit extensions
(digits only; "ext", "x", "bleep", "pager" outside), with the country code ("+44", "+44 (0)", "+1",
"1-876", "+61", "+61 (0)", "+353", "+353 (0)", "+64", "+91", "+91-", "+27", "+65", "+65-") and
area-code brackets inside the span and labels ("Tel", "Ph", "Mob", "Mobile", "Ffôn symudol", "cell",
"Cell", "HP:", "Phone", "fax", "Secretary:") outside. SSN: a US SSN on a supplier intake line and
Irish PPSNs. ID: NHS (mod 11; spaced or unspaced), CHI (from the DOB and sex), H&C (mod 11),
hospital, unit, MRN, UR, folder, docket, UHID and IP numbers, GB driving licence numbers, CPAP
device serial numbers, an account number, an insurance member ID, a CFF registry ID, NPI (Luhn), MBI,
AU Medicare (check digit; issue and reference numbers inside), IHI (Luhn), a Centrelink CRN, a
Medicare provider number (check character), OHIP (Luhn, version code inside), an Ontario driver's
licence number, BC PHN (mod 11), Alberta ULI (Luhn), RAMQ, NZ NHI (old and 2022 formats), the ABHA
number, Aadhaar (Verhoeff), SA ID numbers (Luhn), Singapore NRIC (check letter) and the Jamaican
TRN. EMAIL: person-named staff work addresses (nhs.net, tewhatuora.govt.nz) and patients' personal
addresses. URL: a tokenised CPAP data share link, an exercise-video link and a questionnaire link.
IP: the address a telehealth visit connected from and the address a questionnaire was submitted
from. Not PHI and unlabelled: hospital, ward, bay, bed, unit, clinic, service, practice, programme
and supplier names, device and drug brands, form names and numbers (SL1, D501, HOOF, CMS-484, HCPCS
codes), regulators and guidance (DVLA, RSA, MTO, Austroads, MediSave), emergency numbers, times of
day and years alone. Sleep study and download values, lung function values, ABGs and oximetry,
observations, scores and questionnaires (Epworth, STOP-BANG, CAT, MRC, mMRC, ACQ-6, CRQ, HADS, PRAM,
CFQ-R, Borg), exercise tests, device settings and masks, drug names with doses, oxygen
prescriptions, procedure findings and samples, diagnoses, stages and plans are clinical
(``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 86_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated April 2024 to October 2025, the dates they cite from births
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
    # English: Lancashire, Greater Manchester and Merseyside surnames
    "lan": (("Kevin Darren Philip Neil Trevor Keith Malcolm Derek Gareth Stephen Geoffrey Nigel Dennis "
            "Kenneth Raymond Brian Terence Anthony Duncan"),
            ("Karen Julie Tracey Deborah Lorraine Gillian Maureen Sharon Denise Beverley Janet Pauline Jacqueline "
            "Christine Sandra Glenys Marjorie Brenda Lesley"),
            ("Ashworth Entwistle Haworth Greenhalgh Hargreaves Kershaw Pilkington Rigby Sutcliffe Whittaker "
            "Tattersall Livesey Openshaw Nuttall Fairclough Howarth Duckworth Heywood Shorrock Aspinall Catterall "
            "Sharples Halliwell Ainscough Cunliffe Lomax Horrocks Parkinson Atherton Clegg Ormerod Wolstenholme")),
    # British Bangladeshi (Sylheti)
    "bbd": ("Abdul Mizanur Shahidul Jubair Rakib Anwar Habibur Mahbub Shafiqul Jamal Nazrul",
            "Rukhsana Shirin Hasina Nasima Rehana Shahana Jesmin Taslima Shamima Rumana",
            "Miah Uddin Choudhury Rahman Hussain Chowdhury Hoque Karim Alom Khatun Ullah"),
    # British Gujarati (Lancashire and Leicester)
    "bgj": ("Hitesh Nilesh Jayesh Mahesh Dinesh Bhupendra Pravin Yogesh Rajesh Kishore",
            "Hemlata Bhavna Kokila Manisha Jyotsna Nayna Ramila Pushpa Bharti Daksha",
            "Parmar Solanki Chauhan Gohil Vaghela Makwana Chavda Rathod Thakrar Lakhani Vadher Kotecha"),
    # British Caribbean (Jamaican heritage)
    "bca": ("Delroy Winston Errol Lloyd Desmond Clinton Everton Linford Leroy Carlton Neville",
            "Marcia Paulette Yvonne Sonia Pearline Claudette Jennifer Merline Hortense Gloria Icilda",
            ("Campbell Edwards Thompson Francis Clarke Samuels McKenzie Gayle Dacres Forbes Ebanks Facey "
            "Rhoden Wilmot")),
    # Scottish: Lothian and Aberdeenshire surnames
    "sco": ("Alasdair Callum Euan Fraser Gordon Hamish Iain Murdo Lachlan Ruaridh Struan Niall Douglas Alistair",
            "Ailsa Catriona Eilidh Fiona Isobel Kirsty Morag Shona Mhairi Lorna Elspeth Rhona Seonaid",
            ("Buchan Cruickshank Duthie Forsyth Imrie Lumsden Mackie Milne Ogilvie Rennie Soutar Tulloch "
            "Urquhart Sinclair Gauld Ritchie Findlay Strachan Mowat Lennox Birnie")),
    # Welsh: north Wales and Swansea Bay
    "wal": ("Dafydd Emyr Gethin Huw Iwan Rhodri Aled Meirion Gwilym Dylan Owain Elfed Alun Geraint",
            "Angharad Bethan Ceri Eirlys Gwenllian Nia Rhian Sioned Mererid Catrin Eleri Delyth Gwenda",
            ("Bowen Griffiths Llewellyn Meredith Powell Pritchard Prosser Vaughan Bevan Gwilliam Watkins "
            "Humphreys Hughes Gwynne Roderick Rowlands Gittins")),
    # Northern Irish: Down, Armagh, and Fermanagh
    "nir": ("Ciaran Darragh Gerard Padraig Seamus Wesley Mervyn Dermot Eamon Cathal Raymond Nigel Declan",
            "Roisin Siobhan Orla Aoife Grainne Lynda Valerie Bernadette Christine Geraldine Noeleen Bronagh",
            ("McAleese McCloskey Donnelly Hamill Magee McCrory Quinn Doherty Mulholland Gallagher McKeown Irvine "
            "Wylie Agnew McGuigan Devlin Hagan McVeigh Mallon")),
    # US: Appalachian / Kentucky and West Virginia
    "usa": ("Randall Clayton Dewayne Curtis Darrell Ronnie Danny Kenneth Vernon Delbert Ottis",
            "Brenda Rhonda Loretta Darlene Glenda Wanda Sheila Connie Debra Teresa Judy Charlene Lorene",
            ("Hatfield Blevins Caudill Pennington Mullins Stidham Honaker Sizemore Bledsoe Hensley Kincaid Tackett "
            "Ratliff Adkins Estep Maynard Gullett Spradlin")),
    # US: African American (Detroit, Chicago, Birmingham)
    "usb": ("Darnell Terrence Andre Cedric Reginald Jerome Demetrius Jamal Cornelius Lamar Dion",
            "Latoya Keisha Tamika Shanice Yolanda Denise Felicia Lakisha Tonya Sheryl Ayesha Shameka",
            ("Robinson Coleman Pruitt Whitfield Boykin Strickland McCray Dorsey "
            "Tolliver Hairston Gadson Mabry Tillman")),
    # US: Mexican American (south Texas, Arizona)
    "usl": ("Alejandro Rigoberto Efrain Arturo Ramiro Ignacio Joaquin Humberto Rogelio Gilberto",
            "Maricela Yesenia Leticia Araceli Xochitl Guadalupe Marisol Rocio Graciela Yolanda",
            ("Villarreal Castaneda Saldana Zamora Quintanilla Ybarra Montemayor Trevino Ochoa Arredondo Garza "
            "Benavides Hinojosa")),
    # Australian: Anglo / Cornish surnames (Queensland, Victoria, South Australia)
    "aus": ("Bruce Shane Wayne Craig Darren Glenn Lindsay Gavin Stuart",
            "Sharyn Kylie Leanne Narelle Raelene Tanya Jodie Lorraine Bronwyn Cheryl Dianne Kym",
            ("Thorburn Gleeson Kavanagh McCallum Tregear Pascoe Trengove Hocking Penhall Treloar Dunstan Mahoney "
            "Lanyon Hosking Polglase")),
    # Italian Australian
    "aui": ("Salvatore Giuseppe Rocco Domenico Vincenzo Carmelo Antonino Pasquale",
            "Concetta Giuseppina Rosaria Carmela Nunziata Grazia Assunta Filomena",
            "Mancuso Santoro Zappia Cutri Barbaro Pellegrino Pisano Sergi Perri Zito Iaria Albanese"),
    # Lebanese Australian
    "aul": ("Ghassan Bilal Khalil Georges Elie Charbel Maroun Nabil Ziad",
            "Rania Nisrine Mireille Joumana Nadia Rola Layla Hiba",
            "Haddad Khoury Nasr Sleiman Saab Fakhoury Obeid Harb Makdissi Tannous Rahme Chidiac"),
    # Canadian: Ontario / BC / Alberta Anglo
    "can": ("Dwayne Darcy Trent Curtis Lorne Gordie Kendall Dwight Lyle",
            "Shelley Tracy Lorna Darlene Sheryl Cathy Lorraine Marlene Tanis Rhonda",
            ("McPhail Gillespie MacNeil Dunlop Carmichael MacEachern McCutcheon Brisbois Hutchison Rideout "
            "Kowalchuk Sawchuk Lindgren")),
    # Quebecois
    "caf": ("Réjean Gilles Sylvain Luc Mathieu Pierre-Olivier Benoît Pierre-Luc Yannick",
            "Ginette Chantal Josée Nathalie Sylvie Geneviève Mélanie Isabelle Manon Josiane",
            ("Gagnon Tremblay Bouchard Lavoie Pelletier Bergeron Gauthier Ouellet Thibodeau Lapointe "
            "Beaulieu Desjardins")),
    # Sri Lankan Tamil Canadian (Scarborough)
    "cat": ("Tharshan Kajan Sutharsan Niroshan Pirathees Mayuran Kirushanth",
            "Tharsiga Nirosha Mathumitha Abirami Kowsalya Sharmila Vithya",
            "Ragunathan Sivakumar Kandiah Thambirajah Sivapalan Yogarajah Nadarajah Paramsothy"),
    # Irish: Munster and the west (fadas, O' surnames)
    "iri": ("Declan Colm Fergal Eoin Donal Tadhg Cathal Ruairí Diarmuid Pádraig Ciarán Micheál",
            "Aoife Sinéad Niamh Clodagh Bríd Deirdre Eimear Caoimhe Gráinne Treasa Saoirse",
            ("O'Driscoll Hennessy Cronin Lenihan Moriarty Fitzgibbon Twomey Horgan Kiely O'Mahony Dineen Coakley "
            "Galvin Sheehy O'Sullivan")),
    # Polish in Ireland (surnames that do not change with sex)
    "pol": ("Tomasz Krzysztof Paweł Grzegorz Marek Piotr Łukasz Wojciech",
            "Agnieszka Katarzyna Magdalena Małgorzata Joanna Ewelina Dorota",
            "Nowak Kowalczyk Mazur Krawczyk Wójcik Kaczmarek Pawlak Michalak Sikora"),
    # Pākehā New Zealand
    "pak": ("Hamish Craig Brendon Warwick Stuart Phillip Graeme Lindsay",
            "Raewyn Robyn Kirsten Glenys Lynette Maxine Deidre Sharlene",
            "McKinnon Fergusson Gibbs Hewitt Trounson McIntyre Pemberton Renwick Tocker Guthrie Beattie"),
    # Māori
    "mao": ("Rawiri Tamati Wiremu Hemi Nikora Manaia Tipene Hohepa Rangi",
            "Aroha Ngaire Anahera Hinewai Ataahua Wikitoria Kahurangi Mereana",
            "Ngata Parata Rangihuna Waititi Tawhiri Kereama Tamihana Paewai Maihi Herewini Tuhiwai Poutama"),
    # Samoan New Zealand
    "sam": ("Sione Tavita Ioane Falaniko Siaosi Lemalu",
            "Losana Malia Salote Leilani Alofa Luana Tausala Fiafia",
            "Tuilagi Leota Aumua Sapolu Faleolo Tuimavave Fonoti Leiataua Amituanai Seiuli"),
    # Marathi (Mumbai, Thane, Pune)
    "mar": ("Sandeep Rajendra Prakash Vinayak Ashok Santosh Mangesh Dattatray Shrikant",
            "Sunita Vaishali Shubhangi Madhuri Sangita Ujwala Manasi Swati",
            "Deshmukh Patil Gokhale Sawant Jadhav Bhosale Shinde Kadam Pawar Apte Gaikwad"),
    # Kannada (Bengaluru)
    "kan": ("Manjunath Shivakumar Raghavendra Nagaraj Basavaraj Chandrashekar Girish Mallikarjun",
            "Lakshmamma Shobha Geetha Kavitha Sumalatha Nagaveni Pushpalatha Rekha",
            "Gowda Hegde Shetty Kamath Hiremath Biradar Nayak Puttaswamy"),
    # Zulu (Gauteng)
    "zul": ("Sipho Themba Bongani Mandla Sifiso Thulani Mduduzi Sbusiso Nkosinathi",
            "Nomvula Zanele Thandiwe Lindiwe Nokuthula Zodwa Ntombi Nonhlanhla",
            "Dlamini Nkosi Mthembu Khumalo Ngcobo Mahlangu Buthelezi Shabalala Ndlovu Zungu Mkhize"),
    # Sotho / Tswana (Gauteng)
    "sot": ("Tebogo Kagiso Mpho Tshepo Lebogang Katlego Teboho Thabo",
            "Lerato Dineo Palesa Refilwe Boitumelo Mmathabo Keitumetsi",
            "Mokoena Molefe Motaung Mofokeng Tshabalala Radebe Masilo Moloi Letsoalo"),
    # Afrikaans-speaking (Pretoria)
    "afr": ("Johan Pieter Hendrik Gerhard Jaco Wynand Francois Riaan",
            "Annelie Marietjie Elmarie Riana Charlene Elsabe Ronel Hanlie",
            "Botha Coetzee Pretorius Steyn Joubert Erasmus Swanepoel Oosthuizen Grobler Fourie Pienaar"),
    # Singapore Chinese (surname, two-syllable given name)
    "sgc": ("Wei Jie/Kok Leong/Kian Seng/Zhi Xuan/Keng Huat/Zhen Kiat",
            "Hui Qi/Shu Hui/Geok Choo/Mui Khim/Siew Khim/Mei Hua",
            "Goh Teo Koh Ong Toh Chua Quek Heng Phua Lau Chong"),
    # Singapore Malay (given name; the father's name after bin / binte)
    "sgm": ("Muhammad Haziq/Mohamed Faizal/Ahmad Zulkifli/Mohd Rizal/Muhammad Syafiq/Azman",
            "Nur Aisyah/Siti Zubaidah/Nurul Huda/Noraini/Rohani/Siti Rahmah",
            "Ismail Salleh Osman Rahmat Yusof Hamid Jaafar Sulaiman Kassim"),
    # Singapore Indian (given name; the father's name after s/o / d/o)
    "sgi": ("Ramesh Suresh Ganesan Rajendran Vijayakumar Kannan",
            "Malathi Saraswathy Kalaivani Vasanthi Jayanthi",
            "Subramaniam Krishnan Muthusamy Ramasamy Arumugam Perumal Govindasamy"),
    # Jamaican
    "jam": ("Omar Kemar Dwayne Ricardo Oneil Garfield Jermaine Andrew Kevaughn",
            "Shanique Tashoya Kimoy Shantel Nordia Sashana Tamoy Sherika",
            ("Campbell Williams Clarke Bryan Powell Morrison Ellis McLean Thompson Samuels Ebanks Facey "
            "Rhoden Beckford McFarlane")),
    # a mixed international workforce: Ghanaian, Sinhala, Sudanese, Filipino, Malayali
    "gha": ("Kwame Kofi Kwabena Kwasi Kojo Kwaku", "Akosua Abena Adwoa Efua Afua Yaa",
            "Mensah Boateng Owusu Asante Osei Appiah Agyeman Darko Ofori Amoako"),
    "slk": ("Chaminda Nuwan Ruwan Lasantha Kasun Thilina", "Dilhani Nadeesha Chathurika Ishara Sanduni Hasini",
            "Perera Jayasinghe Wickramasinghe Gunawardena Senanayake Bandara Dissanayake Herath"),
    "sdn": ("Tarig Mohanad Elfatih Hisham Abubakr", "Amna Sawsan Hanan Rasha Hiba",
            "Elamin Abdelgadir Elhassan Babiker Elsheikh Mahgoub Abdelrahim"),
    "phl": ("Jericho Ronaldo Rodel Joselito Reynaldo Arnel", "Marites Rowena Jocelyn Analyn Rhodora Maricel",
            "Bautista Villanueva Mendoza Manalo Dimaculangan Macaraeg Tolentino Soriano Aquino"),
    "mal": ("Jijo Binu Shijo Anoop Vineeth Sreejith", "Jincy Anju Bincy Smitha Reshma Teena",
            "Varghese Kurian Chacko Pillai Menon Kuruvilla Thekkekara Puthenveettil"),
}


def _split(s: str) -> list[str]:
    return s.split("/") if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
# patient groups per region (templates may pass a narrower list)
PAT: dict[str, list[str]] = {
    "en": ["lan", "lan", "lan", "lan", "bbd", "bgj", "bca"], "sc": ["sco"], "cy": ["wal", "wal", "wal", "lan"],
    "ni": ["nir"], "us": ["usa", "usa", "usb", "usl"], "au": ["aus", "aus", "aui", "aul"], "on": ["can", "can", "cat"],
    "bc": ["can", "can", "cat"], "ab": ["can"], "qc": ["caf", "caf", "can"], "ie": ["iri", "iri", "iri", "pol"],
    "nz": ["pak", "mao", "mao", "sam"], "in": ["mar"], "za": ["zul", "sot", "afr"], "sg": ["sgc", "sgc", "sgm", "sgi"],
    "jm": ["jam"],
}
STAFF_INTL = ["gha", "slk", "sdn", "phl", "mal"]
HOME_STAFF: dict[str, list[str]] = {
    "en": ["lan", "lan", "lan", "bbd", "bgj", "bca"], "sc": ["sco"], "cy": ["wal", "wal", "lan"], "ni": ["nir"],
    "us": ["usa", "usb", "usl"], "au": ["aus", "aus", "aui", "aul"], "on": ["can", "cat"], "bc": ["can", "cat"],
    "ab": ["can"], "qc": ["caf", "caf", "can"], "ie": ["iri", "iri", "pol"], "nz": ["pak", "pak", "mao", "sam"],
    "in": ["mar"], "za": ["zul", "sot", "afr"], "sg": ["sgc", "sgc", "sgm", "sgi"], "jm": ["jam"],
}
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "qc", "ie", "nz")
GRP_LOC = {"lan": "en_GB", "sco": "en_GB", "wal": "en_GB", "nir": "en_GB", "usa": "en_US", "usb": "en_US",
           "aus": "en_AU", "can": "en_CA", "iri": "en_IE", "pak": "en_NZ", "mar": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# children's first names (born 2010 on) for the UK and US groups
_KID: dict[str, tuple[str, str]] = {
    "uk": ("Theo Oscar Jacob Finley Ethan Tyler Reuben Caleb Jude Kayden Lucas",
           "Erin Aimee Layla Thea Elodie Orla Lola Darcey Imani"),
    "us": ("Jayden Aiden Jaxon Elijah Jamari Kendrick Mateo Dominic Josiah Brayden",
           "Aaliyah Brianna Jazmin Makayla Nevaeh Addison Kaylee Ximena Kennedy Camila"),
}
KID_OF = {"lan": "uk", "sco": "uk", "wal": "uk", "nir": "uk", "bca": "uk", "usa": "us", "usb": "us", "usl": "us"}

# word-like names and the eponyms, questionnaires, devices, suppliers and brands of respiratory and sleep
# medicine: never drawn as a person's name
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Carter Cooper Hunter Taylor Smith Fisher Walker Price Parry Lamb Hill Wood Moss Marsh Stone Field Banks Rivers Lake
Waters Dale Glen Brook Grace Faith Joy Charity Patience Prudence Constance Mercy Honor Trinity Destiny Amber Crystal
Jade Ruby Pearl Opal Coral Ivy Holly Hazel Heather Daisy Lily Poppy Violet Iris Jasmine Willow Summer Autumn Winter
Dawn Sky Skye April May June Mark Bill Frank Sue Will Guy Chase Wade Dean Drew Bob Rob Pat Don Ray Roy Sunny Rusty
Buck Duke Earl King Prince Noble Major Sterling Penny Candy Ginger Honey Sugar Blessing Precious Gift Lucky Fortune
Chance Miracle Justice Liberty Story Angel Dove Robin Wren Finch Raven Swan Crane Heron Hawk Drake Fox Wolf Bull Hart
Bear Steel Gold Silver Brass Copper Salt Pepper Plant Root Branch Leaf Bush Reed Rush Sage Basil Kit Grant Battle
Gill Wells Hall Lane Street Park Rich Strong Sharp Swift Power Hardy Gentle Gay Golden Snow Frost Storm Rain Cloud
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March August September October November
December Epworth Stanford Berlin Mallampati Friedman Pickwick Cheyne Stokes Biot Kussmaul Hering Breuer Venturi
Hudson Bennett Puritan Philips Paykel Borg Wright Hoover Fletcher Tiffeneau Gaensler Krogh Haldane Bohr Starling
Light Kartagener Churg Strauss Wegener Lofgren Horner Pancoast Sjogren Ziehl Neelsen Ghon Fleischner Brock Mayo
Herder Geneva Padua Wilson Jenkins Graham Lambert Eaton Guillain Barre Duchenne Pompe Ondine Kleine Levin Gelineau
Moser Hodgkin Sarcoid Heerfordt Caplan Mounier Kuhn Swyer James Macleod Williams Campbell Chandler Tuffier Mueller
Valsalva Seldinger Abrams Boutin Cope Heimlich Portex Yankauer Guedel Macintosh Miller Magill Murphy Trelegy Trimbow
Symbicort Fostair Seretide Spiriva Ventolin Atrovent Relvar Anoro Ultibro Breztri Incruse Duaklir Bevespi Kaftrio
Trikafta Symkevi Orkambi Kalydeco Pulmozyme Bramitob Colobreathe Cayston Promixin Ofev Esbriet Nucala Fasenra
Dupixent Xolair Tezspire Cinqaero Qvar Flixotide Pulmicort Alvesco Clenil Kelhale Airomir Bricanyl Salamol Easyhaler
Turbohaler Accuhaler Ellipta Respimat Genuair Breezhaler Handihaler Nexthaler Spiromax Aerochamber Volumatic Tiotropium
AirSense AirCurve AirView myAir DreamStation SleepStyle Lumis Astral Trilogy Stellar Nippy Vivo Luisa Prisma Sefam
WatchPAT Embletta Nox Alice Compumedics Somnomedics Grael Noxturnal Domino Inspire Provent Acapella Aerobika Flutter
Quake Shaker Vibralung Vest Lorenzo Dolby Vivisol Baywater Vitalaire Linde Lincare Apria Rotech Inogen Everflo
Simplygo Zephyr Optiflow Airvo Oxylog Hamilton Servo Puritan Drager Bird Medtronic Olympus Fuji Pentax Boston
Provation Epic Cerner Meditech EMIS SystmOne Vision Lyons Vodafone Telstra Spark Vodacom Airtel Digicel"""
BAD_NAMES = set(_BAD_TXT.split())

# Faker names (en_GB, en_US, en_AU, en_CA, en_IE, en_NZ, en_IN) that are, or contain, a lower-case web2 word or
# its plural: never drawn from Faker
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alanis Alannah Alec Alexander Alison Allan Amber Amble Amelia
Amrita Amy Amy-Lee Amy-Leigh Ana Anay Angel Angelica Ann Anna Archer Aria Arias Ariel Arjun Arroyo Ashe Ashling
Ashman Atchison Ati Aurora Autumn Ava Babu Bail Bailey Bailie Bains Baker Bal Bala Bale Bali Ball Bandi Banks Bann
Barad Barber Baria Barker Barlow Barman Barry Barton Bass Bates Bath Batta Baxter Beal Bean Beard Beau Beck Becker
Begum Bell Belton Ben Bender Benjamin Benn Bennet Berg Berger Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill
Billie-Jo Billy Birch Bird Bishop Black Blair Blake Blanch Blick Bob Bobby Bodhi Bodkin Bogan Boles Bond Boner Bones
Booker Boon Booth Bora Bose Bowers Bowler Bowles Bowman Boyer Brad Branch Brandy Bray Bree Brent Brett Brewer Brick
Bridge Bridges Bright Brock Brogan Brooks Brown Browning Bryony Buck Bull Bullock Burgess Burke Burns Burr Burrows
Burt Burton Bush Butcher Butler Caddow Cain Cairn Cairns Cal Campos Canning Cannon Canny Cantu Capples Carl Carlin
Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chambers
Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Clements Cline Clive Clunies-Ross Cole
Coles Colin Coll Colleen Colley Collier Collin Collins Colly Colon Comber Combs Comer Conal Conn Conner Contractor
Convey Cook Cooper Cora Corinne Corrie Cortez Costa Cotter Cousins Cox Crane Craven Craw Crawley Creed Cross Cruise
Crystal Cully Cummins Curry Dada Daisy Dale Dalton Dan Dar Das Dash Dass Date Davenport Davy Daw Dawn Day Dayal De
Deacon Dean Decker Dee Deep Demi Demi-Lee Demi-Leigh Derrick Destiny Dev Dewan Dey Diamond Dick Dickey Din Divan
Diver Divine Dixit Dobbin Dobbins Dobson Doctor Dodd Don Donna Dooley Dowd Dower Downs Drake Drew Drum Drummy Dudley
Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emma-Louise Emmet Eric Erika Eta Eve Fair Faith
Fall Fanning Farmer Fay Fee Ferris Ferry Field Fields Finch Fisher Flannelly Flavin Fletcher Flood Florence Flores
Flowers Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely Freeman Fresh Frost Fry
Fuller Gade Gaine Gaines Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey Gaskin Gates Gay Gee Gemma
Gene Gentry Gibbon Gibbons Gilbert Gill Gillies Ging Glass Glazier Glen Glover Goddard Goel Goff Gola Golden Good
Goodman Gore Gorevan Grace Graham Grahams Grant Graves Gray Green Greenwood Grey Griffin Grimes Gross Guard Gullery
Gunning Guy Haines Haire Hale Hall Ham Hanbury Hanna Hans Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings
Hasty Haugh Hawthorn Hay Hays Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring
Hickey Hicks Hill Hills Hinney Histon Ho Hogan Holden Holder Hollins Holly Holt Hood Hook Hooper Hope Hora Horn
Hough House Howe Huff Huia Hull Hunt Hurd Hurley Hurst Hynes Irene Ivory Ivy Jack Jackman Jade Jagat Jake Jamie-Lee
Jane Jasmine Jasper Jay Jean Jeff Jenkins Jenna Jenny Jerry Jimmy Jo Joe Jordan Josh Joshi Joy Judge June Kahu Kai
Kaiser Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelly-Anne Kelly-Marie Kelvin Kemp Kennelly Kent Kerrie Kerry
Key Khalsa Khan Khatri Kibe Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb
Lambert Lammas Lana Lance Landers Landon-Lane Lane Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha Levy
Lewis Li Lily Lin Little Loke Long Longan Looney Lord Lori Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch
Mac Breen Mack Mackle Madden Madeline Malik Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark
Marks Marron Marry Marsh Martin Mary Mason Master Maxwell May Maya Mays Meadows Meads Mellon Melody Melton Mercer
Merchant Merry Mia Mike Mila Miles Miller Millet Mills Mistry Misty Mitra Moan Mollie Molly Monk Monks Montes Moody
Moon Mora Morales More Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi Murphy Naik Nancy Nary Nash
Nate Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori Norma North Oak Oisin Olive Om Orchard Pace Page Pai
Pal Pall Palla Palmer Pam Pant Paris Park Parker Parkin Parks Parry Parsons Patel Paten Patrice Patty Pau Peacock
Peck Pedro Peggy Penny Peri Perkins Perry Peter Peters Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder
Pingle Piper Plover Pollard Ponce Pope Poppy Porter Potter Potts Power Powers Prabhu Prentice Price Priest Prince
Pringle Proctor Pugh Quill Quin Rafter Rai Rails Raj Raja Ralph Ram Rana Randles Randy Rattan Ratti Ravel Raven Ray
Rea Read Reader Reddy Reed Reen Rees Reese Reeves Rege Rex Ria Rice Rich Rick Rickey Riddle Ridge Riley Ring Rios
Rishi Rita Rivas Rivers Roach Robbins Robin Robles Rock Rodney Roe Roger Rogers Rohan Romero Rory Rosario Rose
Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai Salinas Sally Salmon Sam Sandal Sanders Sandy
Sane Sangha Sant Saraf Sarah-Jane Sarkar Sarna Sarraf Saunders Savage Savant Sawyer Sayers Schneider Scot Scriven
Scullion Sears Sellers Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw Shay Shea
Shelly Shepherd Sherlock Sherry Sheth Shiel Shields Shiels Shine Short Shroff Sienna Sierra Silk Silva Simmon
Simmons Singh Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Solis Somers Sophia Sparks
Spears Spence Spencer Stack Stark Steed Steer Stein Stella Steven Stevens Steward Stokes Stone Story Stout Street
Strong Stubbs Sue Summer Summers Sunder Supple Sur Sura Sweeny Swift Swords Tai Tailor Tait Talbot Talwar Tama
Tamara Tami Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate Te Ariki Te Koha Terry Thakur Therese Tiffany
Timothy Toby Tolan Tom Tommy Toms Toner Tony Tory Travis Trinity Troy Tucker Tui Turner Tutty Tyrone Underwood
Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet Wade Wali Walker Wall Waller Walls Walsh
Walter Walters Wang Ward Ware Warner Warren Warrior Waters Watt Watts Waugh Way Weaver Webby Weber Webster Weeks
Weever Weir Wells West Wheeler White Whitehead Wilkins Willie Willow Wills Winter Winters Wise Wolf Wong Wood Woods
Woodward Wren Wright Yang Yates Yogi York Young Yu Zac Zak de Courcey de Lacy
"""
_FAKER_WORDS = set(_FW_TXT.split())

# two-letter initials never drawn: clinical, respiratory, sleep and common abbreviations
BAD_INITS = {"AB", "AC", "AD", "AE", "AF", "AI", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "BD", "BE", "BI", "BM",
             "BO", "BP", "BS", "CC", "CF", "CO", "CP", "CR", "CT", "CV", "DC", "DM", "DR", "DS", "DT", "ED", "EG",
             "EP", "ER", "FB", "FE", "FH", "FM", "FV", "GA", "GI", "GP", "HB", "HD", "HF", "HO", "HR", "HT", "IC",
             "IM", "IN", "IO", "IP", "IS", "IT", "IV", "LA", "LD", "LL", "LN", "LP", "LT", "LV", "MD", "ME", "MG",
             "MI", "ML", "MO", "MR", "MS", "MY", "NA", "NB", "NG", "NO", "NP", "NS", "OD", "OF", "OH", "OK", "ON",
             "OP", "OR", "OT", "PA", "PC", "PE", "PF", "PH", "PM", "PO", "PR", "PS", "PT", "RA", "RE", "RL", "RM",
             "RN", "RR", "RT", "RV", "SC", "SE", "SL", "SO", "SR", "ST", "SV", "TB", "TC", "TO", "TV", "UK", "UL",
             "UP", "US", "VC", "VE", "VQ", "VT", "WE", "XR"}

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
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m.yy": f"{d.day}.{d.month}.{yy}",
        "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mo} {y}", "longc": f"{d.day} {mo}, {y}", "nth": f"{_nth(d.day)} {mo} {y}",
        "nthof": f"{_nth(d.day)} of {mo} {y}", "nthofmo": f"{_nth(d.day)} of {mo}", "dmo": f"{d.day} {mo}",
        "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{d.day} {m3}", "ddsh": f"{dd} {m3} {y}",
        "nthsh": f"{_nth(d.day)} {m3}", "apos": f"{d.day} {m3} '{yy}", "nthapos": f"{_nth(d.day)} {m3} '{yy}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "DMONc": f"{dd}{m3.upper()}{y}", "DMONyy": f"{dd}{m3.upper()}{yy}", "d.mon.y": f"{d.day}.{m3}.{y}",
        "dslmon": f"{dd}/{m3}/{y}", "mmyy": f"{mm}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usdot": f"{mm}.{dd}.{y}", "usl": f"{mo} {d.day}, {y}", "uslnth": f"{mo} {_nth(d.day)}, {y}",
        "usln": f"{mo} {d.day} {y}", "ussh": f"{m3} {d.day}, {y}", "ussh_n": f"{m3} {d.day} {y}",
        "usshp": f"{m3}. {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "mlnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mshy_a": f"{m3} '{yy}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymd.": f"{y}.{mm}.{dd}", "ymdc": f"{y}{mm}{dd}",
        "ymon": f"{y}-{m3}-{dd}",
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
    def caret(self) -> str:  # sleep-study and DICOM headers: "LAST^FIRST"
        return f"{_ascii(self.last).upper()}^{_ascii(self.first).upper()}"

    @property
    def Lf(self) -> str:  # surname first, no comma
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
    def sg(self) -> str:
        """A Singapore legal name: Chinese surname first, Malay "bin / binte", Indian "s/o / d/o"."""
        if self.grp == "sgm":
            return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"
        if self.grp == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        return f"{self.last} {self.first}"

    @property
    def sg_call(self) -> str:
        """How a Singapore patient is addressed after the title: the surname, else the given name."""
        return self.last if self.grp == "sgc" else self.first

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
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}{yr % 100:02d}@{dom}", f"{f}.{la}{yr % 10}@{dom}",
                f"{f}_{la}@{dom}", f"{la}.{f}@{dom}"][k % 6]


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
    """CHI: the DOB as ddmmyy, two digits, a sex digit (odd male), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def dvla_no(r: random.Random, q: P, dob: date) -> str:
    """GB driving licence number: surname (5, 9-padded), decade, month (+50 women), day, year digit, initials,
    an arbitrary digit and two check letters (their algorithm is unpublished: random here)."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    sur = ("MC" + sur[3:] if sur.startswith("MAC") else sur)[:5].ljust(5, "9")
    mon = dob.month + (50 if q.sex == "f" else 0)
    ini = (_ascii(q.first)[0] + q.mid).upper()
    return (f"{sur}{dob.year % 100 // 10}{mon:02d}{dob.day:02d}{dob.year % 10}{ini}9"
            f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}")


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z; no check digit)."""
    an = _MBI_L + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_L) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_L) + r.choice(_MBI_L) + f"{r.randint(0, 99):02d}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if r.random() < 0.5 else s


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5))


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def crn_au(r: random.Random) -> str:
    """Centrelink customer reference number: nine digits and a letter (format only)."""
    return f"{r.randint(200, 699)} {r.randint(0, 999):03d} {r.randint(0, 999):03d}{r.choice('ABCHJKLRTVX')}"


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
    return body + _luhn(body)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """RAMQ: three surname letters, the first-name initial, yymmdd (+50 on the month for women), two digits."""
    sur = re.sub(r"[^A-Z]", "", _ascii(q.last).upper()).ljust(3, "X")[:3]
    mon = dob.month + (50 if q.sex == "f" else 0)
    return f"{sur}{_ascii(q.first)[0].upper()} {dob.year % 100:02d}{mon:02d} {dob.day:02d}{r.randint(10, 99)}"


def on_dl(r: random.Random, q: P, dob: date) -> str:
    """Ontario driver's licence: the surname initial, ten digits, then yymdd (format only; +50 on women's month)."""
    mon = dob.month + (50 if q.sex == "f" else 0)
    return (f"{_ascii(q.last)[0].upper()}{r.randint(0, 9999):04d}-{r.randint(0, 9999):04d}{dob.year % 100 // 10}-"
            f"{dob.year % 10}{mon:02d}{dob.day:02d}")


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


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random) -> str:
    """Aadhaar: eleven digits (first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def abha_no(r: random.Random) -> str:
    """ABHA (Ayushman Bharat Health Account) number: 14 digits printed 2-4-4-4 (format only)."""
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(13))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits (the birth year first from 1968), the weighted
    mod-11 check letter."""
    pre = "S" if dob.year < 2000 else "T"
    lead = f"{dob.year % 100:02d}" if dob.year >= 1968 else f"{r.randint(0, 1)}{r.randint(0, 9)}"
    digits = lead + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(digits, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + digits + "JZIHGFEDCBA"[tot % 11]


def trn_jm(r: random.Random) -> str:
    """Jamaican taxpayer registration number: nine digits (format only)."""
    s = "1" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:3]}-{s[3:6]}-{s[6:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    given = q.first.split()
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


_PLV = "0123456789ABCDEFGHJKLMNPQRTUVWXY"


def au_provider(r: random.Random) -> str:
    """AU Medicare provider number: six-digit stem, practice location character, check character."""
    stem = "".join(str(r.randint(0, 9)) for _ in range(6))
    loc = r.choice(_PLV[:12])
    tot = sum(int(x) * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + _PLV.index(loc) * 6
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


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
        d = date(2024, 4, 2) + timedelta(days=self.r.randint(0, 555))
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
        """A child born 2010 on: a current first name where the group has a list; the parent's surname."""
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
            intl = self.region in INTL_REGIONS
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
        """An older adult's birth date: about one in five is 90 or over."""
        return self.dob(90, 97) if self.r.random() < 0.2 else self.dob(58, 89)

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([5, 31, 46, 77, 82, 92, 101, 118, 124, 149, 158, 172, 188, 194, 213])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def who(self, q: P, form: str) -> C:
        """A person's name in one of the P forms, labelled."""
        return self.nm(getattr(q, form))


# ---------------------------------------------------------------------------------------- places and phones
EN_TOWN = [("Blackburn", "BB2", "01254"), ("Accrington", "BB5", "01254"), ("Burnley", "BB11", "01282"),
           ("Bolton", "BL3", "01204"), ("Wigan", "WN5", "01942"), ("Oldham", "OL8", "0161"), ("Rochdale", "OL11", "01706"),
           ("St Helens", "WA10", "01744"), ("Bootle", "L20", "0151"), ("Kirkby", "L32", "0151"), ("Widnes", "WA8", "0151"),
           ("Preston", "PR1", "01772"), ("Chorley", "PR7", "01257"), ("Nelson", "BB9", "01282")]
EN_ST = ["Whalley New Road", "Shear Brow", "Manchester Road", "Bury Road", "Ormskirk Road", "Deane Road",
         "Liverpool Road", "Ribbleton Lane", "Union Road", "Scotland Road", "Hesketh Street", "Audley Range",
         "Colne Road", "Chorley Old Road", "Derby Road", "Oldham Road", "Walmersley Road"]
SC_TOWN = [("Livingston", "EH54", "01506"), ("Bathgate", "EH48", "01506"), ("Musselburgh", "EH21", "0131"),
           ("Dalkeith", "EH22", "0131"), ("Aberdeen", "AB16", "01224"), ("Peterhead", "AB42", "01779"),
           ("Inverurie", "AB51", "01467"), ("Stonehaven", "AB39", "01569")]
SC_ST = ["Almondvale Boulevard", "Whitburn Road", "North High Street", "Eskbank Road", "Great Northern Road",
         "Marischal Street", "Evan Street", "Hopetoun Street", "Mastrick Drive", "Kirkhill Road", "Broad Street"]
CY_TOWN = [("Wrexham", "LL13", "01978"), ("Rhyl", "LL18", "01745"), ("Bangor", "LL57", "01248"),
           ("Caernarfon", "LL55", "01286"), ("Swansea", "SA1", "01792"), ("Neath", "SA11", "01639"),
           ("Port Talbot", "SA13", "01639"), ("Aberystwyth", "SY23", "01970"), ("Llangefni", "LL77", "01248")]
CY_ST = ["Ffordd Caergybi", "Stryd Fawr", "Rhosddu Road", "Stryd Llyn", "Heol y Nant", "Penywern Road", "Ffordd Las",
         "Grosvenor Road", "Lon Cefni", "Heol Eglwys", "Ffordd Penrhos"]
NI_TOWN = [("Newry", "BT35", "028 30"), ("Omagh", "BT78", "028 82"), ("Enniskillen", "BT74", "028 66"),
           ("Derry", "BT48", "028 71"), ("Armagh", "BT61", "028 37"), ("Newtownards", "BT23", "028 91"),
           ("Craigavon", "BT65", "028 38"), ("Dungannon", "BT71", "028 87")]
NI_ST = ["Monaghan Street", "Dublin Road", "Culmore Road", "Strand Road", "Portadown Road", "Irish Street",
         "Killyman Road", "Mill Street", "Castlederg Road", "Comber Road"]
US_CITY = [("Lexington", "KY", "405", "859"), ("Huntington", "WV", "257", "304"), ("Charleston", "WV", "253", "304"),
           ("Knoxville", "TN", "379", "865"), ("Louisville", "KY", "402", "502"), ("Detroit", "MI", "482", "313"),
           ("Chicago", "IL", "606", "773"), ("San Antonio", "TX", "782", "210"), ("El Paso", "TX", "799", "915"),
           ("Tucson", "AZ", "857", "520"), ("Pikeville", "KY", "415", "606"), ("Birmingham", "AL", "352", "205")]
US_ST = ["Nicholasville Rd", "Hal Greer Blvd", "Kanawha Blvd E", "Chapman Hwy", "Bardstown Rd", "Gratiot Ave",
         "Cottage Grove Ave", "Culebra Rd", "Dyer St", "Speedway Blvd", "Greenwood Ave", "Tuscaloosa Ave SW",
         "Mayo Trl", "Richmond Rd"]
AU_SUB = [("Logan Central", "QLD", "4114", "07"), ("Ipswich", "QLD", "4305", "07"), ("Caboolture", "QLD", "4510", "07"),
          ("Townsville", "QLD", "4810", "07"), ("Frankston", "VIC", "3199", "03"), ("Dandenong", "VIC", "3175", "03"),
          ("Geelong", "VIC", "3220", "03"), ("Coburg", "VIC", "3058", "03"), ("Salisbury", "SA", "5108", "08"),
          ("Morphett Vale", "SA", "5162", "08"), ("Mount Gambier", "SA", "5290", "08")]
AU_ST = ["Wembley Road", "Brisbane Street", "Nepean Highway", "Lonsdale Street", "Anzac Avenue", "Sydney Road",
         "Gympie Road", "Main North Road", "Pakington Street", "Kingston Road", "Beach Road", "Ryrie Street"]
CA_CITY = {"on": [("Sudbury", "P3A", "705"), ("Thunder Bay", "P7B", "807"), ("Kingston", "K7L", "613"),
                  ("Oshawa", "L1H", "905"), ("Windsor", "N9A", "519"), ("Barrie", "L4M", "705"),
                  ("Scarborough", "M1B", "416")],
           "bc": [("Kelowna", "V1Y", "250"), ("Kamloops", "V2C", "250"), ("Surrey", "V3T", "604"),
                  ("Prince George", "V2L", "250"), ("Nanaimo", "V9R", "250")],
           "ab": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Edmonton", "T5B", "780"),
                  ("Medicine Hat", "T1A", "403"), ("Grande Prairie", "T8V", "780")],
           "qc": [("Laval", "H7N", "450"), ("Longueuil", "J4K", "450"), ("Verdun", "H4G", "514"),
                  ("Pointe-Claire", "H9R", "514"), ("Saint-Laurent", "H4L", "514")]}
CA_ST = {"on": ["Lasalle Blvd", "Red River Rd", "Princess St", "Simcoe St N", "Ouellette Ave", "Bayfield St",
                "Lawrence Ave E", "Markham Rd"],
         "bc": ["Pandosy St", "Victoria St", "King George Blvd", "Fifth Ave", "Terminal Ave"],
         "ab": ["Gaetz Ave", "Mayor Magrath Dr", "118 Ave NW", "Dunmore Rd SE", "100 Ave"],
         "qc": ["boul. des Laurentides", "rue Saint-Charles", "rue Wellington", "boul. Saint-Jean", "av. Dorval"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
IE_TOWN = [("Mallow", "Co. Cork", "P51", "022"), ("Tralee", "Co. Kerry", "V92", "066"),
           ("Killarney", "Co. Kerry", "V93", "064"), ("Ennis", "Co. Clare", "V95", "065"),
           ("Clonmel", "Co. Tipperary", "E91", "052"), ("Dungarvan", "Co. Waterford", "X35", "058"),
           ("Castlebar", "Co. Mayo", "F23", "094"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Navan", "Co. Meath", "C15", "046")]
IE_ST = ["Bank Place", "Rock Street", "Parnell Street", "O'Connell Street", "Mitchel Street", "Davitt Road",
         "Pearse Road", "Spring Lane", "Ballymullen Road", "Lower Main Street"]
_EIR = "ACDEFHKNPRTVWXY"
NZ_SUB = [("Otara", "Auckland", "2023", "09"), ("Mangere", "Auckland", "2022", "09"), ("Papakura", "Auckland", "2110", "09"),
          ("Flaxmere", "Hastings", "4120", "06"), ("Cannons Creek", "Porirua", "5024", "04"),
          ("Kaiti", "Gisborne", "4010", "06"), ("Fairfield", "Hamilton", "3214", "07"),
          ("Aranui", "Christchurch", "8061", "03"), ("Wainuiomata", "Lower Hutt", "5014", "04")]
NZ_ST = ["Bairds Road", "Massey Road", "Great South Road", "Flaxmere Avenue", "Warspite Avenue", "Wainui Road",
         "Peachgrove Road", "Breezes Road", "Rowandale Avenue", "Hain Avenue"]
MH_LOC = [("Andheri East", "Mumbai", "400069"), ("Borivali West", "Mumbai", "400092"), ("Dombivli East", "Thane", "421201"),
          ("Kothrud", "Pune", "411038"), ("Hadapsar", "Pune", "411028"), ("Ghatkopar West", "Mumbai", "400086")]
MH_SOC = ["Sai Krupa CHS", "Shree Ganesh Apartments", "Vrindavan Society", "Om Shanti CHS", "Gokul Dham Society",
          "Nilkanth Heights"]
MH_RD = ["Mahakali Caves Road", "S.V. Road", "Karve Road", "Manpada Road", "Magarpatta Road", "L.B.S. Marg"]
KA_LOC = [("Jayanagar", "560041"), ("Rajajinagar", "560010"), ("Whitefield", "560066"), ("Yelahanka", "560064"),
          ("Basavanagudi", "560004"), ("Malleshwaram", "560003")]
ZA_SUB = [("Orlando East", "Soweto", "1804", "011"), ("Tembisa", "Ekurhuleni", "1632", "011"),
          ("Mamelodi", "Pretoria", "0122", "012"), ("Benoni", "Ekurhuleni", "1501", "011"),
          ("Pretoria West", "Pretoria", "0183", "012"), ("Boksburg", "Ekurhuleni", "1459", "011"),
          ("Diepkloof", "Soweto", "1864", "011"), ("Soshanguve", "Pretoria", "0152", "012")]
ZA_ST = ["Vilakazi Street", "Mooki Street", "Andrew Mapheto Drive", "Tsamaya Avenue", "Rondebult Road",
         "Church Street", "Kingsway Road", "Ngwenya Street", "Mahube Street"]
SG_TOWN = [("Ang Mo Kio", "56"), ("Bedok", "46"), ("Tampines", "52"), ("Jurong West", "64"), ("Woodlands", "73"),
           ("Yishun", "76"), ("Toa Payoh", "31"), ("Hougang", "53")]
JM_PLACE = [("Kingston 11", ""), ("Kingston 13", ""), ("Kingston 20", ""), ("Spanish Town", "St. Catherine"),
            ("Portmore", "St. Catherine"), ("May Pen", "Clarendon"), ("Mandeville", "Manchester"),
            ("Half Way Tree", "St. Andrew")]
JM_ST = ["Maxfield Avenue", "Waltham Park Road", "Red Hills Road", "Hagley Park Road", "Molynes Road",
         "Mountain View Avenue", "Brunswick Avenue", "Bustamante Highway", "Caledonia Road"]
IE_HOSP = [("Cork University Hospital", "021"), ("University Hospital Kerry", "066"), ("Mayo University Hospital", "094"),
           ("Letterkenny University Hospital", "074"), ("University Hospital Limerick", "061")]
EN_HOSP = [("Royal Blackburn Teaching Hospital", "01254"), ("Royal Preston Hospital", "01772"),
           ("Royal Bolton Hospital", "01204"), ("Aintree University Hospital", "0151"), ("Wythenshawe Hospital", "0161"),
           ("Royal Oldham Hospital", "0161"), ("Whiston Hospital", "0151")]
AU_HOSP = {"QLD": ["Princess Alexandra Hospital", "Logan Hospital", "The Prince Charles Hospital",
                   "Townsville University Hospital"],
           "VIC": ["Monash Medical Centre", "Frankston Hospital", "University Hospital Geelong"],
           "SA": ["Lyell McEwin Hospital", "Flinders Medical Centre"]}
HOSP = {
    "en": ["Royal Blackburn Teaching Hospital", "Royal Preston Hospital", "Royal Bolton Hospital",
           "Aintree University Hospital", "Liverpool Heart and Chest Hospital", "Wythenshawe Hospital",
           "Royal Oldham Hospital", "Whiston Hospital"],
    "sc": ["Royal Infirmary of Edinburgh", "St John's Hospital", "Aberdeen Royal Infirmary", "Western General Hospital"],
    "cy": ["Ysbyty Glan Clwyd", "Ysbyty Gwynedd", "Wrexham Maelor Hospital", "Morriston Hospital", "Singleton Hospital"],
    "ni": ["Craigavon Area Hospital", "Daisy Hill Hospital", "South West Acute Hospital", "Altnagelvin Area Hospital",
           "Belfast City Hospital"],
    "us": ["Pikeville Medical Center", "Cabell Huntington Hospital", "CAMC General Hospital", "Norton Hospital",
           "Banner - University Medical Center Tucson", "University Hospital"],
    "au": ["Princess Alexandra Hospital", "Logan Hospital", "The Prince Charles Hospital", "Monash Medical Centre",
           "Frankston Hospital", "Lyell McEwin Hospital", "Flinders Medical Centre"],
    "on": ["Health Sciences North", "Kingston Health Sciences Centre", "Windsor Regional Hospital", "Scarborough General"],
    "bc": ["Kelowna General Hospital", "Royal Inland Hospital", "Surrey Memorial Hospital"],
    "ab": ["Red Deer Regional Hospital Centre", "Chinook Regional Hospital", "Royal Alexandra Hospital"],
    "qc": ["Montreal Children's Hospital", "Montreal Chest Institute", "Lakeshore General Hospital"],
    "ie": ["Cork University Hospital", "University Hospital Kerry", "Mayo University Hospital",
           "Letterkenny University Hospital", "University Hospital Limerick"],
    "nz": ["Middlemore Hospital", "Hawke's Bay Hospital", "Wellington Regional Hospital", "Waikato Hospital",
           "Christchurch Hospital"],
    "in": ["KEM Hospital", "Jehangir Hospital", "Lokmanya Tilak Municipal General Hospital", "St. John's Medical College Hospital",
           "Manipal Hospital"],
    "za": ["Chris Hani Baragwanath Academic Hospital", "Charlotte Maxeke Johannesburg Academic Hospital",
           "Steve Biko Academic Hospital", "Tembisa Provincial Tertiary Hospital"],
    "sg": ["Tan Tock Seng Hospital", "Changi General Hospital", "Singapore General Hospital", "Khoo Teck Puat Hospital"],
    "jm": ["Kingston Public Hospital", "University Hospital of the West Indies", "Spanish Town Hospital",
           "May Pen Hospital"],
}

_PLACE_WORDS: list[str] = []
for _tab in (EN_TOWN, SC_TOWN, CY_TOWN, NI_TOWN, US_CITY, AU_SUB, IE_TOWN, NZ_SUB, MH_LOC, KA_LOC, ZA_SUB, SG_TOWN,
             JM_PLACE, *CA_CITY.values()):
    for _row in _tab:
        _PLACE_WORDS.extend(x for x in _row if x[:1].isupper())
for _tab2 in (EN_ST, SC_ST, CY_ST, NI_ST, US_ST, AU_ST, IE_ST, NZ_ST, MH_SOC, MH_RD, ZA_ST, JM_ST, *CA_ST.values(),
              *HOSP.values(), *AU_HOSP.values(), [h for h, _ in IE_HOSP + EN_HOSP]):
    _PLACE_WORDS.extend(_tab2)
for _x in _PLACE_WORDS:
    BAD_NAMES.update(w.strip(".'") for w in re.split(r"[\s/-]+", _x) if w[:1].isupper())


def _n4(n: C) -> str:
    return f"{n.ri(0, 9999):04d}"


def _n3(n: C) -> str:
    return f"{n.ri(0, 999):03d}"


def hno(n: C, hi: int = 160) -> str:
    return str(n.ri(1, hi))


def uk_place(n: C, reg: str) -> tuple[str, str, str]:
    return n.ch({"en": EN_TOWN, "sc": SC_TOWN, "cy": CY_TOWN, "ni": NI_TOWN}[reg])


def uk_pc(n: C, district: str) -> str:
    al = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{district} {n.ri(1, 9)}{n.ch(al)}{n.ch(al)}"


def uk_street(n: C, reg: str) -> str:
    st = n.ch({"en": EN_ST, "sc": SC_ST, "cy": CY_ST, "ni": NI_ST}[reg])
    k = n.ri(0, 9)
    if k == 0:
        return f"Flat {n.ri(1, 30)}, {hno(n)} {st}"
    if k == 1 and reg == "sc":
        return f"{hno(n)}/{n.ri(1, 4)} {st}"
    if k == 2:
        return f"{hno(n)}{n.ch('AB')} {st}"
    if k == 3 and reg in ("en", "cy"):
        return f"{n.ch(['Ty Gwyn', 'Rose Cottage', 'Bryn Awel', 'The Laurels', 'Hafod'])}, {st}"
    return f"{hno(n)} {st}"


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 5) if k is None else k
    if code.startswith("028 "):
        a, b = f"{code[4:]}{n.ri(10, 99)}", _n4(n)
        return [f"028 {a} {b}", f"(028) {a} {b}", f"028 {a}{b}", f"+44 28 {a} {b}", f"028-{a}-{b}",
                f"+44 (0)28 {a} {b}"][k]
    if len(code) == 4:  # 0161, 0151, 0131: seven digits
        a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
        return [f"{code} {a} {b}", f"({code}) {a} {b}", f"{code}-{a}-{b}", f"+44 {code[1:]} {a} {b}",
                f"{code} {a}{b}", f"+44 (0){code[1:]} {a} {b}"][k]
    six = f"{n.ri(2, 9)}{n.ri(0, 99999):05d}"
    return [f"{code} {six}", f"({code}) {six}", f"{code}-{six}", f"+44 {code[1:]} {six}",
            f"{code} {six[:3]} {six[3:]}", f"+44 (0){code[1:]} {six}"][k]


def uk_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"7{n.ri(300, 999)}", _n3(n), _n3(n)
    k = n.ri(0, 5) if k is None else k
    return [f"0{a} {b}{c}", f"0{a} {b} {c}", f"+44 {a} {b}{c}", f"+44 (0){a} {b}{c}", f"0{a}-{b}-{c}",
            f"+44{a}{b}{c}"][k]


def us_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(US_CITY)


def us_zip(n: C, pre: str) -> str:
    z = f"{pre}{n.ri(1, 99):02d}"
    return z + (f"-{_n4(n)}" if n.yes(0.25) else "")


def us_street(n: C) -> str:
    s = f"{n.ri(100, 9899)} {n.ch(US_ST)}"
    return s + n.ch(["", "", "", f" Apt {n.ri(1, 40)}{n.ch(['', 'A', 'C'])}", f" Lot {n.ri(1, 60)}",
                     f" Ste {n.ri(100, 400)}", f", Apt. {n.ri(2, 24)}"])


def us_ph(n: C, ac: str, k: int | None = None) -> str:
    a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    k = n.ri(0, 5) if k is None else k
    return [f"({ac}) {a}-{b}", f"{ac}-{a}-{b}", f"{ac}.{a}.{b}", f"+1 {ac} {a} {b}", f"({ac}){a}-{b}",
            f"{ac} {a} {b}"][k]


def au_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(AU_SUB)


def au_street(n: C) -> str:
    st = n.ch(AU_ST)
    return n.ch([f"{hno(n)} {st}", f"{n.ri(1, 12)}/{hno(n, 80)} {st}", f"Unit {n.ri(1, 9)}, {hno(n, 80)} {st}",
                 f"{hno(n)} {st}", f"Lot {n.ri(2, 90)} {st}"])


def au_mob(n: C, k: int | None = None) -> str:
    a, b, c = f"4{n.ri(0, 99):02d}", _n3(n), _n3(n)
    k = n.ri(0, 4) if k is None else k
    return [f"0{a} {b} {c}", f"+61 {a} {b} {c}", f"0{a}{b}{c}", f"0{a}-{b}-{c}", f"+61 (0){a} {b} {c}"][k]


def au_land(n: C, ac: str) -> str:
    a, b = f"{n.ri(3, 9)}{_n3(n)}", _n4(n)
    return n.ch([f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+61 {ac[1]} {a} {b}"])


def ca_place(n: C, prov: str) -> tuple[str, str, str]:
    return n.ch(CA_CITY[prov])


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}"


def ca_street(n: C, prov: str) -> str:
    st = n.ch(CA_ST[prov])
    if prov == "qc":
        return n.ch([f"{n.ri(100, 9999)}, {st}", f"{n.ri(100, 9999)}, {st}, app. {n.ri(1, 12)}",
                     f"{n.ri(100, 9999)} {st}"])
    return n.ch([f"{n.ri(10, 9999)} {st}", f"{n.ri(101, 1804)}-{n.ri(10, 999)} {st}", f"{n.ri(10, 999)} {st}",
                 f"Unit {n.ri(2, 40)}, {n.ri(10, 999)} {st}"])


def ie_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(IE_TOWN)


def eircode(n: C, rk: str) -> str:
    return f"{rk} {n.ch(_EIR)}{n.ri(0, 9)}{n.ch(_EIR + '0123456789')}{n.ch(_EIR + '0123456789')}"


def ie_street(n: C) -> str:
    st = n.ch(IE_ST)
    return n.ch([f"{hno(n, 60)} {st}", f"{n.ri(1, 40)} {st}", f"Apartment {n.ri(1, 30)}, {st}",
                 f"{n.ch(['Ard na Gréine', 'Cnoc Álainn', 'Radharc na Mara'])}, {st}"])


def ie_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["83", "85", "86", "87", "89"]), _n3(n), _n4(n)
    k = n.ri(0, 4) if k is None else k
    return [f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}", f"+353 (0){p} {a} {b}", f"0{p} {a}{b}"][k]


def ie_land(n: C, ac: str) -> str:
    a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    return n.ch([f"({ac}) {a} {b}", f"{ac} {a}{b}", f"+353 {ac[1:]} {a} {b}", f"{ac}-{a} {b}"])


def nz_place(n: C) -> tuple[str, str, str, str]:
    return n.ch(NZ_SUB)


def nz_street(n: C) -> str:
    st = n.ch(NZ_ST)
    return n.ch([f"{hno(n)} {st}", f"{n.ri(1, 9)}/{hno(n, 90)} {st}", f"{hno(n, 90)}{n.ch('ABC')} {st}",
                 f"Flat {n.ri(1, 6)}, {hno(n, 90)} {st}"])


def nz_mob(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["21", "22", "27"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}-{a}-{b}", f"0{p} {a}{b}"][k]


def nz_land(n: C, ac: str) -> str:
    a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    return n.ch([f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+64 {ac[1]} {a} {b}"])


def in_mob(n: C, k: int | None = None) -> str:
    a = f"{n.ch('6789')}{n.ri(0, 9999):04d}"
    b = f"{n.ri(0, 99999):05d}"
    k = n.ri(0, 4) if k is None else k
    return [f"+91 {a} {b}", f"{a}{b}", f"+91-{a}{b}", f"0{a}{b}", f"{a}-{b}"][k]


def za_cell(n: C, k: int | None = None) -> str:
    p, a, b = n.ch(["72", "73", "76", "79", "82", "83", "84", "71"]), _n3(n), _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}{a}{b}", f"0{p}-{a}-{b}"][k]


def za_land(n: C, ac: str) -> str:
    a, b = f"{n.ri(2, 9)}{n.ri(0, 99):02d}", _n4(n)
    return n.ch([f"({ac}) {a} {b}", f"{ac} {a} {b}", f"+27 {ac[1:]} {a} {b}"])


def sg_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    a = f"{n.ch('89') if mobile else '6'}{_n3(n)}"
    b = _n4(n)
    k = n.ri(0, 3) if k is None else k
    return [f"{a} {b}", f"+65 {a} {b}", f"{a}{b}", f"+65-{a}-{b}"][k]


def sg_home(n: C) -> tuple[str, str, str]:
    """An HDB flat: the block line with its unit number, the town, the postal code."""
    town, sector = n.ch(SG_TOWN)
    blk = n.ri(101, 699)
    kind = n.ch(["Avenue", "Street", "Drive", "Road"])
    line = f"Blk {blk} {town} {kind} {n.ri(1, 10)}, #{n.ri(2, 16):02d}-{n.ri(1, 480):02d}"
    return line, town, f"{sector}{blk:04d}"


def jm_ph(n: C, k: int | None = None) -> str:
    a, b = f"{n.ch(['8', '9', '3'])}{n.ri(0, 99):02d}", _n4(n)
    k = n.ri(0, 4) if k is None else k
    return [f"(876) {a}-{b}", f"876-{a}-{b}", f"1-876-{a}-{b}", f"+1 876 {a} {b}", f"876 {a} {b}"][k]


# ---------------------------------------------------------------------------------------- helpers for templates
def _nhs(n: C, s: str) -> str:
    return sp334(s) if n.yes(0.6) else s


def _uk_hosp_no(n: C) -> str:
    return n.ch([f"RXR{n.dig(7)}", f"M{n.dig(6)}", n.dig(8), f"H{n.dig(7)}", f"K{n.dig(6)}", f"{n.dig(3)} {n.dig(4)}"])


def _osa(ahi: float) -> str:
    return "severe" if ahi >= 30 else "moderate" if ahi >= 15 else "mild" if ahi >= 5 else "no significant"


def _other(q: P) -> str:
    return "f" if q.sex == "m" else "m"


# ---------------------------------------------------------------------------------------- England
def en_psg_report(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 80)
    hosp = n.ch(HOSP["en"])
    nhs, mrn = nhs_no(n.r), _uk_hosp_no(n)
    night = n.wdt(-45, -9)
    bp = n.rel(q, _other(q), same=n.yes(0.6))
    gp, sc, rep = n.staff(), n.staff(), n.staff()
    ahi = round(n.r.uniform(6, 70), 1)
    tst = n.ri(290, 420)
    n.t(f"{hosp} - Sleep Physiology\nDIAGNOSTIC POLYSOMNOGRAPHY (TYPE 1, ATTENDED)\n\n")
    n.t("Montage header: ").nm(q.caret).t("      Hosp no ").id(mrn).t("\nNHS number: ").id(_nhs(n, nhs))
    n.t("      D.O.B. ").d(dob, n.ch(["ddsh", "dmy", "dot"])).t(f" ({a} y)   Sex {q.sex.upper()}\n")
    n.t("BMI ").c(f"{n.fl(27, 46)} kg/m2").t("   Neck ").c(f"{n.ri(38, 50)} cm").t("   Epworth ").c(f"{n.ri(9, 21)}/24")
    n.t("\nReferred by Dr ").nm(gp.f_l).t(" (GP)")
    n.t(" - loud snoring and witnessed apnoeas reported by bed partner ").nm(bp.first).t(".\n")
    n.t("Study night: ").d(night, n.ch(["nth", "dmy", "apos"])).t(f", lights out {n.tm(22, 23)}, lights on {n.tm(6, 6)}\n\n")
    n.t("Total sleep time      ").c(f"{tst} min").t("       Sleep efficiency   ").c(f"{n.fl(62, 94)} %").t("\n")
    n.t("N1/N2/N3/REM          ").c(f"{n.ri(6, 20)}/{n.ri(45, 60)}/{n.ri(5, 20)}/{n.ri(8, 22)} %")
    n.t("   Arousal index      ").c(f"{n.fl(10, 60)} /h").t("\n")
    n.t("AHI (AASM 3%)         ").c(f"{ahi} /h").t("      Supine AHI         ").c(f"{round(ahi * n.r.uniform(1.1, 1.8), 1)} /h")
    n.t("\nCentral apnoea index  ").c(f"{n.fl(0, 3)} /h").t("       ODI 3%             ").c(f"{round(ahi * n.r.uniform(0.7, 1.0), 1)} /h")
    n.t("\nMean / nadir SpO2     ").c(f"{n.ri(91, 95)}% / {n.ri(68, 86)}%").t("     T90 ").c(f"{n.fl(0.5, 30)} %")
    n.t("\nPLMS index            ").c(f"{n.fl(0, 25)} /h").t("       ECG: ").c("sinus rhythm").t("\n\n")
    n.t("Conclusion: ").c(f"{_osa(ahi)} obstructive sleep apnoea").t(
        n.ch([", worse supine.", ", REM-predominant.", "."])).t("\n")
    if ahi >= 15:
        n.t("Plan: refer for ").c("APAP 5-15 cmH2O").t(" with heated humidification; driving advice given (see letter).\n")
    else:
        n.t("Plan: ").c("weight loss").t(", positional therapy and mandibular advancement device referral.\n")
    n.t("Scored by ").nm(sc.fl).t(", RPSGT (Clinical Physiologist)\n")
    n.t("Reported by Dr ").nm(rep.fl).t(", Consultant Respiratory and Sleep Physician, ").d(n.dt(-8, 0), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


def en_cpap_download(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 84)
    nhs, mrn = nhs_no(n.r), _uk_hosp_no(n)
    sn = f"23{n.dig(9)}" if n.yes(0.6) else f"J{n.dig(8)}{n.ch('ABC')}"
    end = n.dt(-3, -1)
    start = end - timedelta(days=29)
    sp = n.rel(q, _other(q), same=n.yes(0.5))
    phys = n.staff()
    use = n.ri(16, 30)
    n.t("CPAP REMOTE MONITORING REVIEW (telephone)\n")
    n.t("Pt: ").nm(q.lf).t(f" ({q.title})   DOB ").d(dob, "dot").t("   Hosp No ").id(mrn).t("   NHS ").id(_nhs(n, nhs))
    n.t("\nDevice: AirSense 11 AutoSet   SN ").id(sn).t("   Mask: ").c(n.ch(["F20 full face (M)", "N30i nasal cradle",
                                                                           "P10 nasal pillows (S)"]))
    n.t("\nData period ").d(start, "dmy").t(" - ").d(end, "dmy").t(" (30 days)\n")
    n.t("  Days used            ").c(f"{use}/30").t("        >=4 h: ").c(f"{n.ri(40, 97)}%").t("\n")
    n.t("  Avg use (days used)  ").c(f"{n.ri(3, 8)} h {n.ri(0, 59):02d} min").t("\n")
    n.t("  Pressure median/95th ").c(f"{n.fl(6, 10)} / {n.fl(10, 14)} cmH2O").t("\n")
    n.t("  Leak 95th            ").c(f"{n.fl(4, 40)} L/min").t("\n")
    n.t("  Residual AHI         ").c(f"{n.fl(0.5, 9)} /h").t("\n")
    mob = uk_mob(n)
    n.t("Rang pt on ").ph(mob).t(" - says Epworth down to ").c(f"{n.ri(2, 9)}").t(f", {q.his} ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(" reports no snoring. ")
    n.t(n.ch(["Dry mouth - humidity ", "Mask marks on nose bridge - humidity "])).c(f"{n.ri(2, 4)} -> {n.ri(5, 6)}")
    n.t(". Upload link for the myAir share: ").p("URL", f"https://share.sleepdata.nhs.uk/r/{n.tok(10)}").t("\n")
    n.t("Plan: continue current settings; annual review ").d(end + timedelta(days=n.ri(300, 360)), "mshy")
    n.t(f"; confirmed {q.he} told the DVLA on ").d(n.dt(-90, -40), n.ch(["nthmo", "dmo", "dsh"])).t(".\n")
    n.nm(phys.f_l).t(", Clinical Physiologist (Sleep)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


def en_dvla_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 68)
    reg = "en"
    town, dist, _code = uk_place(n, reg)
    hosp, hcode = n.ch(EN_HOSP)
    mrn = _uk_hosp_no(n)
    cons, gp = n.staff(), n.staff()
    seen = n.wdt(-20, -4)
    ahi = round(n.r.uniform(16, 60), 1)
    grp2 = n.yes(0.5)
    n.t(f"{hosp}\nRespiratory Sleep Service   Secretary: ").ph(uk_land(n, hcode)).t("\n\n")
    n.t("Date: ").d(n.dt(-3, 0), "nth").t("\nOur ref: ").id(mrn).t("\n\nPRIVATE AND CONFIDENTIAL\n")
    n.t(f"{q.title} ").nm(q.fl).t("\n").ad(uk_street(n, reg)).t("\n").ad(town).t("\n").zp(uk_pc(n, dist)).t("\n\n")
    n.t(f"Dear {q.title} ").nm(q.last).t(",\n\n")
    n.t("Driving and your sleep study\n")
    n.t("Thank you for coming to clinic on ").d(seen, n.ch(["nthmo", "dmo", "nthofmo"])).t(". Your sleep study showed ")
    n.c(f"{_osa(ahi)} obstructive sleep apnoea").t(" (AHI ").c(f"{ahi} events per hour").t(") and your Epworth score was ")
    n.c(f"{n.ri(11, 20)}").t(", which means you have excessive sleepiness.\n")
    if grp2:
        n.t("As you hold a Group 2 (HGV) licence (driver number ").id(dvla_no(n.r, q, dob)).t("), ")
    else:
        n.t("As a Group 1 (car and motorcycle) licence holder, ")
    n.t("you must not drive until your symptoms are controlled and you must tell the DVLA (form SL1).\n")
    n.t("We have started you on ").c("CPAP (auto 5-15 cmH2O)").t(" and you will be reviewed in 4-6 weeks; once your usage ")
    n.t("is at least ").c("4 hours a night").t(" and your sleepiness has improved you may resume driving.\n\n")
    n.t("Yours sincerely,\n\nDr ").nm(cons.fl).t("\nConsultant Respiratory Physician\n")
    n.t("cc: Dr ").nm(gp.fi).t(" (GP)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def en_home_oxygen(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    reg = "en"
    town, dist, code = uk_place(n, reg)
    nhs = nhs_no(n.r)
    carer = n.rel(q, n.ch("mf"), same=n.yes(0.5))
    nurse = n.staff()
    visit = n.wdt(-10, -1)
    n.t("HOME OXYGEN ASSESSMENT AND REVIEW (HOS-AR) - LTOT ASSESSMENT\n")
    n.t(f"Visit: {n.wd(visit)} ").d(visit, n.ch(["sh", "long", "apos"])).t(" (home visit)\n")
    n.t(f"Patient: {q.title} ").nm(q.fl).t("   NHS ").id(_nhs(n, nhs)).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")\n")
    n.t("Delivery address: ").ad(uk_street(n, reg)).t(", ").ad(town).t(" ").zp(uk_pc(n, dist))
    n.t("   Tel ").ph(uk_land(n, code)).t("\n")
    n.t(f"Carer: {'son' if carer.sex == 'm' else 'daughter'} ").nm(carer.fl).t(", mob ").ph(uk_mob(n)).t("\n")
    n.t("Diagnosis: ").c(n.ch(["COPD", "COPD with cor pulmonale", "idiopathic pulmonary fibrosis"])).t(", FEV1 ")
    n.c(f"{n.ri(22, 45)}% predicted").t("\n")
    n.t("ABG on air at rest (20 min): ").cl([f"pH {n.fl(7.35, 7.45, 2)}", f"PaO2 {n.fl(6.2, 7.4)} kPa",
                                            f"PaCO2 {n.fl(4.8, 6.9)} kPa", f"HCO3 {n.ri(24, 33)}"]).t("\n")
    flow = n.ch(["1", "2", "2", "3"])
    n.t(f"On {flow} L/min nasal cannula: ").cl([f"pH {n.fl(7.34, 7.42, 2)}", f"PaO2 {n.fl(8.1, 9.5)} kPa",
                                                f"PaCO2 {n.fl(5.0, 7.1)} kPa"]).t("\n")
    n.t("Smoking: ex-smoker, exhaled CO ").c(f"{n.ri(1, 4)} ppm").t(". Fire risk: no smokers in household, gas hob, ")
    n.t("smoke alarms fitted; fire service home safety referral made.\n")
    n.t("Prescription: ").c(f"LTOT {flow} L/min for at least 15 h/day via concentrator").t("; ambulatory ")
    n.t(n.ch(["not indicated", "assessment booked"])).t(".\nHOOF-A and IHORM sent to supplier on ").d(visit, "dm").t(".\n")
    n.t("Assessor: ").nm(nurse.fl).t(", Respiratory Nurse Specialist (HOS-AR), ext ").ph(f"{n.ri(2, 8)}{_n4(n)}").t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_pulm_rehab(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(55, 86)
    nhs = nhs_no(n.r)
    sp = n.rel(q, _other(q), same=n.yes(0.6))
    ref, physio, inst = n.staff(), n.staff(), n.staff()
    start = n.wdt(-70, -50)
    end = start + timedelta(days=n.ri(42, 49))
    n.t("PULMONARY REHABILITATION - PROGRAMME SUMMARY\n")
    n.t("Participant: ").nm(q.fL).t("     NHS No ").id(_nhs(n, nhs)).t("     DOB ").d(dob, n.ch(["dmy", "ddsh"])).t("\n")
    n.t("Referred by ").nm(ref.fl).t(" (Community Respiratory Team) on ").d(start - timedelta(days=n.ri(20, 60)), "dm")
    n.t("; sessions attended ").c(f"{n.ri(10, 16)} of 16").t("\n\n")
    n.t("                  Initial (").d(start, "dmyy").t(")   Discharge (").d(end, "dmyy").t(")\n")
    i_swt = n.ri(8, 25) * 10
    rows = [("ISWT (m)", f"{i_swt}", f"{i_swt + n.ri(3, 12) * 10}"), ("ESWT (s)", f"{n.ri(120, 300)}", f"{n.ri(300, 900)}"),
            ("CAT", f"{n.ri(18, 32)}", f"{n.ri(10, 22)}"), ("MRC dyspnoea", f"{n.ri(3, 5)}", f"{n.ri(2, 4)}"),
            ("CRQ dyspnoea", f"{n.fl(2, 4)}", f"{n.fl(3.5, 5.5)}"), ("HADS A/D", f"{n.ri(6, 14)}/{n.ri(5, 12)}",
                                                                     f"{n.ri(3, 9)}/{n.ri(2, 8)}")]
    for lab, x, y in rows:
        n.t(f"{lab:<18}").c(x).pad(x, 20).c(y).t("\n")
    n.t("\nComments: ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first)
    n.t(" attended the education sessions. Home exercise plan given; walking group on Thursdays. ")
    n.t("Using ").c(n.ch(["Trelegy 92/55/22 one inhalation daily", "Trimbow 87/5/9 two puffs bd",
                          "Anoro 55/22 one inhalation daily"])).t(" - technique checked.\n")
    n.t("Physiotherapist: ").nm(physio.fl).t(" (Band 6)   Exercise instructor: ").nm(inst.f_l).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def en_lung_function(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(25, 84)
    mrn = _uk_hosp_no(n)
    hosp = n.ch(HOSP["en"])
    op, rep, req = n.staff(), n.staff(), n.staff()
    tdate = n.wdt(-14, -1)
    ht = n.ri(160, 190) if q.sex == "m" else n.ri(148, 176)
    # pattern -> %pred ranges of FEV1, FVC, TLCO, KCO, TLC, RV, the bronchodilator change and the report
    pats = {
        "emph": ((30, 60), (70, 95), (30, 55), (35, 60), (105, 130), (140, 200), (0, 8),
                 "obstruction with gas trapping and reduced gas transfer, in keeping with emphysema"),
        "asthma": ((55, 80), (82, 102), (85, 110), (95, 120), (95, 115), (100, 140), (13, 25),
                   "moderate obstruction with significant bronchodilator reversibility, normal gas transfer"),
        "ild": ((55, 80), (50, 72), (30, 55), (70, 100), (55, 78), (60, 85), (0, 5),
                "restrictive defect with reduced gas transfer, in keeping with interstitial lung disease"),
    }
    fr, vr, tr, kr, lr, rr, cr, interp = pats[n.ch(list(pats))]
    pfev = 0.043 * ht - 0.026 * a - (2.5 if q.sex == "m" else 2.9)
    pfvc = pfev * 1.24
    fp, vp = n.ri(*fr), n.ri(*vr)
    fev, fvc = pfev * fp / 100, pfvc * vp / 100
    chg = n.ri(*cr)
    n.t(f"{hosp.upper()} - RESPIRATORY PHYSIOLOGY\nFULL LUNG FUNCTION REPORT\n")
    n.t("Patient: ").nm(q.LF).t(f" ({q.title})   Unit no: ").id(mrn).t("   DOB: ").d(dob, n.ch(["dslmon", "dmy", "ddsh"]))
    n.t("\nTest date: ").d(tdate, n.ch(["dmonyy", "dmy"])).t("   Height ").c(f"{ht} cm").t("   Weight ").c(f"{n.ri(48, 120)} kg")
    n.t("   Ref: GLI\nRequested by: Dr ").nm(req.last).t(" (Respiratory OPD)\n\n")
    n.t("                   Pred    LLN     Pre     %Pred   z-score   Post    %Chg\n")

    def row(lab: str, pred: float, pct: int, post: bool = False, lln: bool = True) -> None:
        pre, z = f"{pred * pct / 100:.2f}", f"{(pct - 100) / 12.5:.2f}"
        n.t(f"{lab:<19}{pred:<8.2f}" + (f"{pred * 0.8:<8.2f}" if lln else " " * 8)).c(pre).pad(pre, 8)
        n.c(str(pct)).pad(str(pct), 8).c(z)
        if post:
            po = f"{pred * pct / 100 * (1 + chg / 100):.2f}"
            n.pad(z, 10).c(po).pad(po, 8).c(f"+{chg}")
        n.t("\n")

    row("FEV1 (L)", pfev, fp, True)
    row("FVC (L)", pfvc, vp, True)
    ratio = f"{fev / fvc:.2f}"
    n.t(f"{'FEV1/FVC':<19}{'0.78':<8}{'0.68':<8}").c(ratio).pad(ratio, 16).c(f"{(fev / fvc - 0.78) / 0.055:.2f}").t("\n")
    row("TLCO", n.r.uniform(7, 10.5), n.ri(*tr))
    row("KCO", n.r.uniform(1.3, 1.7), n.ri(*kr))
    row("TLC (L)", n.r.uniform(5, 7.2), n.ri(*lr))
    row("RV (L)", n.r.uniform(1.8, 2.5), n.ri(*rr), lln=False)
    n.t("\nInterpretation: ").c(interp)
    n.t(". Good technique, ATS/ERS acceptable.\nOperator: ").nm(op.fi).t(" (Clinical Physiologist)   Reported: Dr ")
    n.nm(rep.fl).t(", ").d(tdate + timedelta(days=n.ri(1, 6)), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def en_cf_letter(n: C) -> Note:
    q = n.pat(grps=["lan", "lan", "lan", "bca"])
    dob, _a = n.dob(18, 48)
    reg = "en"
    town, dist, _code = uk_place(n, reg)
    nhs, mrn = nhs_no(n.r), _uk_hosp_no(n)
    gp, cons, cns = n.staff(), n.staff(), n.staff()
    ptn = n.person(q.grp if q.loc is None else "lan", _other(q))
    clinic = n.wdt(-12, -2)
    n.t("Adult Cystic Fibrosis Centre, Liverpool Heart and Chest Hospital\nCF nurse specialists: ").ph(uk_land(n, "0151"))
    n.t("   e-mail ").em(cns.mail("nhs.net", n.ch([0, 1, 4]))).t("\n")
    n.t("Clinic date: ").d(clinic, "dmy").t("     Typed: ").d(clinic + timedelta(days=n.ri(2, 9)), "dmy").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").t(n.ch(["The Surgery", "Family Health Centre", "Medical Practice"])).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fL).t("   DOB ").d(dob, "dot").t("   NHS No ").id(_nhs(n, nhs))
    n.t("   Hosp No ").id(mrn).t("\n      ").ad(uk_street(n, reg)).t(", ").ad(town).t(", ").zp(uk_pc(n, dist)).t("\n\n")
    n.t("Diagnoses: 1. ").c(f"Cystic fibrosis ({n.ch(['F508del/F508del', 'F508del/G551D', 'F508del/R117H'])})")
    n.t("  2. ").c("CF-related diabetes").t("  3. ").c("chronic Pseudomonas aeruginosa").t("\n")
    n.t("Medication: ").cl(["Kaftrio 2 tablets mane + ivacaftor 150 mg nocte", "Creon 25000 (5 with meals)",
                           "colistimethate 1 MU bd nebulised", "dornase alfa 2.5 mg od"], "; ").t("\n\n")
    fev = n.ri(45, 95)
    n.t("I saw ").nm(q.first).t(" today with ").t(q.his).t(" partner ").nm(ptn.first).t(". FEV1 ")
    n.c(f"{n.fl(1.6, 3.6, 2)} L ({fev}% predicted)").t(", ").t(n.ch(["up from", "down from"])).t(" ")
    n.c(f"{fev + n.ri(-8, 8)}%").t(" in ").d(clinic - timedelta(days=n.ri(80, 120)), "my").t("; BMI ").c(f"{n.fl(18, 26)}")
    n.t(", HbA1c ").c(f"{n.ri(42, 64)} mmol/mol").t(". Sputum grew ").c("P. aeruginosa (mucoid)").t(" on ")
    n.d(clinic - timedelta(days=n.ri(10, 40)), n.ch(["nthmo", "dmo"])).t(".\n")
    n.t("Plan: continue as above; annual review bloods and DEXA in ").d(clinic + timedelta(days=n.ri(100, 160)), "my")
    n.t(".\n\nYours sincerely,\n\nDr ").nm(cons.fl).t("\nConsultant in Respiratory Medicine (Adult CF)\n")
    n.t("cc: ").nm(q.fl).t(" (patient); CF dietitian\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


def en_niv_ward(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    mrn = _uk_hosp_no(n).lower()
    kin = n.rel(q, n.ch("mf"), same=n.yes(0.7))
    reg_dr, cons = n.staff(), n.staff()
    d = n.dt(-2, 0)
    ph = n.fl(7.18, 7.3, 2)
    n.t("resp reg ward review ").d(d, n.ch(["dmyy", "d/m/yy"])).t(f" {n.tm(0, 5)} - ARCU bay {n.ri(1, 6)}\n")
    n.t("pt: ").nm(q.low).t(" ").age(a).t(f"{q.sex}, hosp no ").id(mrn).t(", copd + ?ohs\n")
    n.t("abg on 28% venturi: ").cl([f"ph {ph}", f"pco2 {n.fl(8, 11)}", f"po2 {n.fl(6.5, 9)}", f"hco3 {n.ri(30, 38)}"], " ")
    n.t(" -> ").c("ahrf").t(", started niv (nippy) ").c(f"ipap {n.ri(14, 18)} epap {n.ri(4, 6)}").t(" via ff mask\n")
    n.t("1 hr abg: ").cl([f"ph {float(ph) + 0.05:.2f}", f"pco2 {n.fl(7, 9)}"], " ").t(", rr ").c(f"{n.ri(20, 28)}")
    n.t(", sats ").c(f"{n.ri(88, 93)}% on {n.ri(1, 4)} l entrained").t("\n")
    n.t("plan: titrate ipap to ").c(f"{n.ri(20, 24)}").t(", target sats ").c("88-92%").t(", niv overnight + day breaks, ")
    n.t("repeat abg 4 hrs, ").c("pred 30mg od").t(" + ").c("doxy 200mg stat then 100mg od").t("\n")
    rel = "son" if kin.sex == "m" else "daughter"
    n.t(f"ceiling of care discussed with {rel} ").nm(kin.first.lower()).t(" (").ph(uk_mob(n, n.ch([0, 1, 4]))).t(") - ")
    n.t("for niv, not for intubation; respect form done\n")
    n.t("dw dr ").nm(cons.last.lower()).t(" (resp cons on call)\n- ").nm(f"{reg_dr.first.lower()} {_ascii(reg_dr.last)[0].lower()}")
    n.t(", st5 resp, bleep ").ph(f"{n.ri(2, 8)}{_n3(n)}").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn.upper())]))


# ---------------------------------------------------------------------------------------- Scotland
def sc_ebus(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(45, 86)
    chi = chi_no(n.r, dob, q.sex)
    hosp = n.ch(HOSP["sc"])
    refd, op, nurse, cyto = n.staff(), n.staff(), n.staff(), n.staff()
    kin = n.rel(q, n.ch("mf"), same=True)
    d = n.wdt(-3, 0)
    mdt = d + timedelta(days=n.ri(5, 9))
    n.t(f"ENDOBRONCHIAL ULTRASOUND (EBUS-TBNA) - PROCEDURE REPORT\n{hosp}, Bronchoscopy Suite\n")
    n.t("Date: ").d(d, "dmy").t(f"   Time in {n.tm(8, 11)}\n")
    n.t("Patient: ").nm(q.LF).t("   CHI: ").id(chi if n.yes(0.6) else f"{chi[:6]} {chi[6:]}").t("   DOB: ").d(dob, "dmy")
    n.t(f"   Age {a}\nReferring clinician: Dr ").nm(refd.fl).t(" (Lung Cancer MDT)\n")
    n.t("Operator: Dr ").nm(op.fl).t("   Assistant: ").nm(nurse.fl).t(" (Endoscopy Nurse)   ROSE: ").nm(cyto.fi).t("\n")
    n.t("Indication: ").c(f"PET-avid subcarinal and right hilar nodes; {n.ri(18, 52)} mm RUL mass").t("\n")
    n.t("Sedation: ").cl([f"midazolam {n.ri(2, 5)} mg IV", f"alfentanil {n.ch(['250', '500'])} micrograms IV",
                          f"lidocaine 2% {n.ri(6, 12)} mL topical"]).t("\n")
    n.t("Stations sampled:\n")
    for st, desc in n.r.sample([("7", "subcarinal"), ("4R", "R lower paratracheal"), ("11R", "R interlobar"),
                                ("10R", "R hilar"), ("4L", "L lower paratracheal")], 3):
        sz = f"{n.ri(8, 28)} mm"
        ps = f"{n.ri(2, 5)} passes"
        rose = n.ch(["malignant cells", "lymphocytes only", "adequate, atypical cells", "granulomas"])
        n.t(f"  {st:<4}({desc})".ljust(30)).c(sz).pad(sz, 8).c(ps).t("   ROSE: ").c(rose).t("\n")
    n.t("Complications: ").c("none").t(". Lowest SpO2 ").c(f"{n.ri(86, 94)}%").t(" on ").c(f"{n.ri(2, 4)} L/min").t(".\n")
    n.t(f"Results to MDT on {n.wd(mdt)} ").d(mdt, n.ch(["dmo", "nthmo"])).t(f"; {'son' if kin.sex == 'm' else 'daughter'} ")
    n.nm(kin.fl).t(" collecting, mob ").ph(uk_mob(n)).t(".\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_mslt(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(17, 45)
    chi = chi_no(n.r, dob, q.sex)
    town, dist, _code = uk_place(n, "sc")
    mum = n.rel(q, "f", same=n.yes(0.7))
    phys, cons = n.staff(), n.staff()
    psg = n.wdt(-20, -6)
    n.t("Scottish National Sleep Centre\nMULTIPLE SLEEP LATENCY TEST (MSLT)\n\n")
    n.t("Name: ").nm(q.fl).t("   CHI ").id(chi).t("   D.O.B. ").d(dob, n.ch(["dmy", "dot"])).t("\n")
    n.t("Address: ").ad(uk_street(n, "sc")).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n")
    n.t("Preceding PSG (night of ").d(psg, n.ch(["nthmo", "dmo"])).t("): TST ").c(f"{n.ri(380, 470)} min").t(", AHI ")
    n.c(f"{n.fl(0.2, 4.5)}/h").t(", REM latency ").c(f"{n.ri(2, 14)} min").t("\n")
    n.t("Sleep diary / actigraphy ").d(psg - timedelta(days=14), "dm").t(" to ").d(psg - timedelta(days=1), "dm")
    n.t(": mean sleep ").c(f"{n.ri(7, 9)} h {n.ri(0, 59):02d} min").t("\n\n")
    n.t("Nap   Lights out   Sleep latency   REM latency\n")
    sl = []
    so = 0
    for i, h in enumerate(["09:00", "11:00", "13:00", "15:00", "17:00"]):
        lat = round(n.r.uniform(1, 12), 1)
        sl.append(lat)
        rem = n.yes(0.5)
        so += rem
        n.t(f" {i + 1}    {h}        ").c(f"{lat} min").pad(f"{lat} min", 16)
        n.c(f"{n.fl(1, 12)} min (SOREMP)" if rem else "no REM").t("\n")
    n.t("\nMean sleep latency ").c(f"{sum(sl) / 5:.1f} min").t("; SOREMPs ").c(f"{so}/5").t(". Urine drug screen ")
    n.c("negative").t(".\nImpression: ").c(n.ch(["narcolepsy type 2 (no cataplexy)", "idiopathic hypersomnia",
                                                 "narcolepsy type 1"])).t("\n")
    n.t("Plan: ").c(f"modafinil {n.ch(['100', '200'])} mg mane").t("; advised not to drive and to inform the DVLA; ")
    n.t("mother ").nm(mum.fl).t(" present and aware.\nPhysiologist ").nm(phys.fi).t(" / Dr ").nm(cons.fl).t(", ")
    n.d(psg + timedelta(days=n.ri(2, 9)), "dmy").t("\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


# ---------------------------------------------------------------------------------------- Wales
def cy_copd_review(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(48, 86)
    town, dist, _code = uk_place(n, "cy")
    nhs = nhs_no(n.r)
    pn = n.staff()
    d = n.wdt(-5, 0)
    n.t("Adolygiad COPD blynyddol / COPD annual review\n")
    n.t("Dyddiad / Date: ").d(d, "dot").t("\nEnw / Name: ").nm(q.fl).t("     Dyddiad geni / DOB: ").d(dob, "d/m/y")
    n.t("\nRhif GIG / NHS no: ").id(_nhs(n, nhs)).t("\nCyfeiriad / Address: ").ad(uk_street(n, "cy")).t(", ")
    n.ad(town).t(", ").zp(uk_pc(n, dist)).t("\nFfôn symudol / Mobile: ").ph(uk_mob(n)).t("\n\n")
    cur = n.yes(0.4)
    n.t("Smoking: ").t(f"current {n.ri(5, 25)}/day, " if cur else "ex-smoker, ").c(f"{n.ri(20, 60)} pack-years")
    n.t(" - referred to Help Me Quit\n" if cur else "\n")
    n.t("Exacerbations in last 12 months: ").c(f"{n.ri(0, 4)}").t(" (").c(f"{n.ri(0, 3)} x prednisolone").t(", admitted ")
    n.d(d - timedelta(days=n.ri(60, 300)), n.ch(["mshy", "my"])).t(")\n")
    n.t("CAT ").c(f"{n.ri(8, 30)}").t("  MRC ").c(f"{n.ri(2, 5)}").t("  SpO2 ").c(f"{n.ri(90, 97)}% RA").t("  BMI ")
    n.c(f"{n.fl(19, 34)}").t("  FEV1 ").c(f"{n.fl(0.8, 2.2, 2)} L ({n.ri(30, 79)}% pred)").t("\n")
    n.t("Inhaler: ").c("Trimbow 87/5/9 2 puffs bd").t(" with spacer - technique ").t(n.ch(["good", "corrected"])).t("\n")
    n.t("Vaccines: flu ").d(d - timedelta(days=n.ri(20, 150)), "dsh").t(", pneumococcal ").t(str(n.ri(2012, 2021)))
    n.t(", COVID-19 ").d(d - timedelta(days=n.ri(30, 200)), "d/m").t("\n")
    n.t("Rescue pack: ").c("amoxicillin 500 mg tds 5/7").t(" + ").c("prednisolone 30 mg od 5/7").t(" issued\n")
    n.t("Reviewed by ").nm(pn.fl).t(", Nyrs Practis / Practice Nurse\n")
    return n.build(_fhir(q, dob, [("nhs", nhs)]))


def cy_home_niv(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(45, 80)
    town, dist, code = uk_place(n, "cy")
    nhs, mrn = nhs_no(n.r), _uk_hosp_no(n)
    sp = n.rel(q, _other(q), same=n.yes(0.7))
    clin = n.staff()
    d = n.wdt(-4, 0)
    night = d - timedelta(days=n.ri(7, 20))
    n.t("Gwasanaeth Awyru / Ventilation Service - DOMICILIARY NIV SET-UP\n")
    n.t(f"{q.title} ").nm(q.fl).t("   Hosp no ").id(mrn).t("   NHS ").id(_nhs(n, nhs)).t("   Geni / Born ").d(dob, "dmy")
    n.t("\nDiagnosis: ").c(n.ch(["motor neurone disease (limb onset)", "obesity hypoventilation syndrome",
                                 "kyphoscoliosis with chronic hypercapnia"])).t("; FVC sitting ").c(f"{n.ri(35, 70)}%")
    n.t(", SNIP ").c(f"{n.ri(25, 60)} cmH2O").t("\n")
    n.t("Overnight oximetry + TcCO2 at home (").d(night, n.ch(["dmo", "nthmo"])).t("): mean SpO2 ").c(f"{n.ri(86, 93)}%")
    n.t(", ODI ").c(f"{n.ri(5, 30)}/h").t(", peak TcCO2 ").c(f"{n.fl(6.8, 9.5)} kPa").t("\n")
    n.t("Set-up: ").c(f"Lumis 150 ST, IPAP {n.ri(12, 18)}, EPAP {n.ri(4, 7)}, backup rate {n.ri(12, 16)}")
    n.t(", mask ").c(n.ch(["AirFit F20 (M)", "AirFit N20 (L)", "AirTouch F20 (S)"])).t("\n")
    n.t("Carer: ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(" (").ph(uk_mob(n)).t(") taught mask fitting ")
    n.t("and cleaning.\nEquipment delivered to ").ad(uk_street(n, "cy")).t(", ").ad(town).t(" ").zp(uk_pc(n, dist)).t("\n")
    n.t("Follow-up: home visit ").d(d + timedelta(days=n.ri(10, 21)), n.ch(["dmo", "dsh"])).t("; 24 h line ")
    n.ph(uk_land(n, code)).t("\n").nm(clin.fl).t(", Clinical Specialist Physiotherapist (Ventilation)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- Northern Ireland
def ni_ild_mdt(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    hc = hc_no(n.r)
    town, dist, _code = uk_place(n, "ni")
    chair, rad, path, cns, refd = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    m = n.wdt(-6, -1)
    ct = m - timedelta(days=n.ri(20, 60))
    n.t("REGIONAL ILD MDT - OUTCOME\n")
    n.t(f"Meeting: {n.wd(m)} ").d(m, "nth").t(" (Belfast City Hospital)\n")
    n.t("Present: Dr ").nm(chair.fl).t(" (chair), Dr ").nm(rad.fl).t(" (radiology), Dr ").nm(path.f_l)
    n.t(" (histopathology), ").nm(cns.fl).t(" (ILD nurse specialist)\n\n")
    n.t("Patient: ").nm(q.fL).t("   H&C: ").id(sp334(hc) if n.yes(0.7) else hc).t("   DOB: ").d(dob, "dmy")
    n.t(" (").age(a).t(")\nReferred by Dr ").nm(refd.last).t(", ").t(n.ch(HOSP["ni"])).t("\n")
    n.t("HRCT (").d(ct, "dmy").t("): ").c(n.ch(["subpleural basal reticulation with honeycombing - UIP pattern",
                                                "probable UIP pattern, no honeycombing",
                                                "fibrotic NSIP pattern with ground glass"])).t("\n")
    n.t("PFT (").d(ct, "mshy").t("): FVC ").c(f"{n.fl(1.4, 3.2, 2)} L ({n.ri(50, 85)}%)").t(", TLCO ").c(f"{n.ri(30, 65)}%")
    n.t("; 6MWT ").c(f"{n.ri(200, 420)} m, nadir SpO2 {n.ri(82, 92)}%").t("\n")
    n.t("Exposures: ").t(n.ch(["shipyard fitter (asbestos)", "pigeon fancier", "farmer - hay and grain", "nil"]))
    n.t(f"; ex-smoker {n.ri(5, 40)} pack-years. Serology: ").c("ANA, ENA, RF, anti-CCP negative").t("\n")
    n.t("MDT diagnosis: ").c(n.ch(["idiopathic pulmonary fibrosis (high confidence)", "fibrotic hypersensitivity pneumonitis",
                                   "progressive pulmonary fibrosis"])).t("\n")
    n.t("Plan: ").c(n.ch(["nintedanib 150 mg bd", "pirfenidone titrated to 801 mg tds"])).t("; LFTs monthly for 3 months; ")
    n.t("ambulatory O2 assessment; pulmonary rehab.\nOutcome letter to ").ad(uk_street(n, "ni")).t(", ").ad(town).t(" ")
    n.zp(uk_pc(n, dist)).t(" and GP.\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_severe_asthma(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(22, 70)
    hc = hc_no(n.r)
    gp, spr, ns = n.staff(), n.staff(), n.staff()
    d = n.wdt(-3, 0)
    bio = n.ch([("benralizumab 30 mg SC 8-weekly", 56), ("mepolizumab 100 mg SC 4-weekly", 28),
                ("dupilumab 300 mg SC 2-weekly", 14), ("tezepelumab 210 mg SC 4-weekly", 28)])
    last = d - timedelta(days=n.ri(3, bio[1] - 2))
    n.t("Severe Asthma Clinic - biologic review  ").d(d, "dotyy").t("\n")
    n.nm(q.LF).t(" | H&C ").id(hc).t(" | DOB ").d(dob, n.ch(["dmy", "ddsh"])).t(" | Mob ").ph(uk_mob(n)).t("\n")
    n.t("Biologic: ").c(bio[0]).t(" via homecare since ").d(d - timedelta(days=n.ri(200, 900)), "mshy").t("\n")
    n.t("Last dose ").d(last, "d/m").t("; next due ").d(last + timedelta(days=bio[1]), "d/m").t("\n")
    n.t("ACQ-6 ").c(f"{n.fl(0.2, 2.5)} (was {n.fl(2.6, 4.5)})").t("   FeNO ").c(f"{n.ri(8, 60)} ppb").t("   Eos ")
    n.c(f"{n.fl(0, 0.4, 2)} x10^9/L").t("   FEV1 ").c(f"{n.fl(1.6, 3.8, 2)} L ({n.ri(55, 98)}%)").t("\n")
    n.t("Maintenance OCS: ").c("prednisolone").t(" weaned off ").d(d - timedelta(days=n.ri(60, 300)), "my")
    n.t(" (was ").c(f"{n.ch(['5', '7.5', '10'])} mg").t(")\nExacerbations: ").c(f"{n.ri(0, 2)} in 12 months")
    n.t(" (was ").c(f"{n.ri(4, 8)}").t(")\nAdherence: ").c("Fostair 200/6 2 puffs bd").t(", refills ").c(f"{n.ri(70, 100)}%")
    n.t("\nPlan: continue; review ").d(d + timedelta(days=n.ri(150, 200)), "my").t("; letter to Dr ").nm(gp.fi)
    n.t(" (GP)\nSeen by Dr ").nm(spr.fl).t(" (SpR) / ").nm(ns.fl).t(", Asthma Nurse Specialist\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ---------------------------------------------------------------------------------------- United States
def _mrn_us(n: C) -> str:
    return n.ch([n.dig(8), f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}", f"E{n.dig(7)}", n.dig(7), f"MR{n.dig(6)}"])


def us_hsat(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 78)
    mrn = _mrn_us(n)
    np_, md = n.staff(), n.staff()
    d = n.dt(-20, -5)
    pahi = round(n.r.uniform(5, 60), 1)
    n.t("HOME SLEEP APNEA TEST (HSAT) - INTERPRETATION\n")
    n.t("Patient: ").nm(q.LFm).t("    DOB: ").d(dob, "us").t(f"    Age: {a}    Sex: {q.sex.upper()}\nMRN: ").id(mrn)
    n.t("    Member ID: ").id(f"{n.ch(['XOD', 'ZGP', 'W'])}{n.dig(9)}").t("\n")
    n.t("Ordering provider: ").nm(np_.fl).t(", APRN   NPI ").id(npi_no(n.r)).t("\n")
    n.t("Study date: ").d(d, n.ch(["us", "us1"])).t("    Device: WatchPAT ONE (single use)\n\n")
    n.t("Valid sleep time ").c(f"{n.ri(4, 7)} h {n.ri(0, 59)} min").t("; pAHI 3% ").c(f"{pahi}/h").t("; pRDI ")
    n.c(f"{round(pahi * n.r.uniform(1.05, 1.3), 1)}/h").t("; ODI 4% ").c(f"{round(pahi * n.r.uniform(0.5, 0.9), 1)}/h")
    n.t("; central pAHI ").c(f"{n.fl(0, 3)}/h").t("\n")
    n.t("SpO2 baseline ").c(f"{n.ri(93, 97)}%").t(", nadir ").c(f"{n.ri(70, 88)}%").t(", time <=88% ")
    n.c(f"{n.fl(0.5, 60)} min").t("; snoring >45 dB ").c(f"{n.ri(5, 60)}%").t(" of sleep\n")
    n.t("Impression: ").c(f"{_osa(pahi)} obstructive sleep apnea").t("\n")
    n.t("Recommendation: ").c("APAP 5-15 cm H2O").t(" with heated humidity; mask fitting at DME; drowsy driving counseled; ")
    n.t("sleep clinic follow-up 31-90 days after set-up.\n")
    n.t("Interpreting physician: ").nm(md.fml).t(", MD, Diplomate ABSM\nElectronically signed ")
    n.d(d + timedelta(days=n.ri(1, 5)), "usyy").t(f" {n.tm(7, 19)}\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cpap_f2f(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 80)
    mrn = _mrn_us(n)
    city, st, z3, ac = us_place(n)
    sp = n.rel(q, _other(q), same=n.yes(0.6))
    pa, md = n.staff(), n.staff()
    dos = n.wdt(-2, 0)
    setup = dos - timedelta(days=n.ri(60, 88))
    n.t("SLEEP MEDICINE - 90-DAY PAP ADHERENCE RE-EVALUATION (telehealth video)\n")
    n.t("Date of service: ").d(dos, "usl").t("\nPatient: ").nm(q.fl).t("   DOB ").d(dob, "us1").t("   MRN ").id(mrn)
    n.t("   MBI ").id(mbi_no(n.r)).t("\nAddress: ").ad(us_street(n)).t(", ").ad(city).t(f", {st} ").zp(us_zip(n, z3))
    n.t("   Phone ").ph(us_ph(n, ac)).t("\n")
    n.t("Telehealth: patient at home, connected from ").p("IP", n.ip()).t(f"; consent verbal, {n.tm(9, 16)}\n")
    n.t("Device: AirSense 11 AutoSet, serial ").id(f"23{n.dig(9)}").t(", set up ").d(setup, "us1").t("\n")
    w_end = dos - timedelta(days=n.ri(1, 5))
    n.t("Download ").d(w_end - timedelta(days=29), "md").t("-").d(w_end, "md").t(": >=4 h on ")
    n.c(f"{n.ri(70, 97)}% of nights").t(", average ").c(f"{n.ri(4, 8)} h {n.ri(0, 59)} min").t(", AHI ")
    n.c(f"{n.fl(0.5, 6)}").t(", leak 95th ").c(f"{n.ri(4, 30)} L/min").t("\n")
    n.t("S: feels more rested, ESS ").c(f"{n.ri(12, 20)} -> {n.ri(2, 9)}").t("; ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(" notes no snoring or gasping.\n")
    n.t("A/P: OSA, benefiting from PAP, meets CMS adherence criteria. Continue ").c("APAP 6-14 cm H2O")
    n.t("; resupply per schedule; RTC 1 year.\n").nm(pa.fl).t(", PA-C  (supervising: ").nm(md.fl).t(", MD)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_bronch(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(35, 82)
    mrn = _mrn_us(n)
    att, fel, rt = n.staff(), n.staff(), n.staff()
    poa = n.rel(q, n.ch("mf"), same=True)
    _city, _st, _z3, ac = us_place(n)
    d = n.wdt(-2, 0)
    n.t("PROCEDURE NOTE - FLEXIBLE BRONCHOSCOPY WITH BRONCHOALVEOLAR LAVAGE\n")
    n.t("Date: ").d(d, n.ch(["usyy", "us"])).t("   Location: Endoscopy suite 3\n")
    n.t("Patient: ").nm(q.lfm).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("\n")
    n.t("Attending: Dr. ").nm(att.fl).t("   Fellow: Dr. ").nm(fel.fl).t(" (PGY-5)   RT: ").nm(rt.fl).t(", RRT\n")
    n.t("Indication: ").c(n.ch(["persistent RLL infiltrate despite antibiotics on tacrolimus",
                                "bilateral ground glass, ?PJP, on rituximab", "non-resolving LUL consolidation"])).t("\n")
    rel = "son" if poa.sex == "m" else "daughter"
    n.t(f"Consent: from patient; {rel} ").nm(poa.fl).t(" (HCPOA) present, phone ").ph(us_ph(n, ac)).t("\n")
    n.t("Sedation: moderate - ").cl([f"midazolam {n.ri(1, 4)} mg IV", f"fentanyl {n.ch(['50', '75', '100'])} mcg IV",
                                     f"lidocaine 1% {n.ri(8, 15)} mL topical"]).t("\n")
    n.t("Findings: ").c(n.ch(["normal airways, thin secretions RML and RLL", "erythematous mucosa, purulent secretions RLL",
                              "no endobronchial lesion"])).t("\n")
    inst = n.ri(100, 150)
    n.t("BAL ").c(n.ch(["RML", "RB4", "LB4/5", "RLL superior"])).t(": ").c(f"{inst} mL instilled, {n.ri(30, inst // 2)} mL returned")
    n.t("; sent for cell count, cultures, PJP PCR, galactomannan\n")
    n.t("Complications: ").c("none").t("; EBL minimal; SpO2 nadir ").c(f"{n.ri(86, 94)}%").t("\n")
    n.t("Post: CXR no pneumothorax; diet resumed ").t(n.tm(11, 16)).t(". Dictated by fellow, reviewed by attending ")
    n.d(d, "md").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_pft(n: C) -> Note:
    q = n.pat()
    dob, a = n.old() if n.yes(0.3) else n.dob(25, 85)
    mrn = _mrn_us(n)
    tech, refd, md = n.staff(), n.staff(), n.staff()
    d = n.wdt(-7, 0)
    n.t("PULMONARY FUNCTION LAB - Spirometry pre/post bronchodilator, lung volumes, DLCO\n")
    n.t("Name: ").nm(q.FL).t("   MRN ").id(mrn).t("   Acct# ").id(n.dig(9)).t("\n")
    n.t("DOB ").d(dob, n.ch(["us", "usdash"])).t("   Age ").age(a).t(f"   Ht {n.ri(150, 190)} cm   Wt {n.ri(45, 130)} kg   ")
    n.t("Ref: GLI Global (race-neutral)\nTest date ").d(d, "us1").t("   Tech: ").nm(tech.fi).t(", RRT, RPFT   Referring: Dr. ")
    n.nm(refd.last).t("\n\n")
    pat = n.ri(0, 2)
    fvc = n.r.uniform(1.8, 4.5)
    ratio = [n.r.uniform(0.38, 0.62), n.r.uniform(0.74, 0.9), n.r.uniform(0.72, 0.84)][pat]
    fev = fvc * ratio
    chg = n.ri(0, 9)
    n.t("              Pre      %Pred    Post     %Chg\n")
    n.t("FEV1 (L)      ").c(f"{fev:.2f}").t("     ").c(f"{[n.ri(35, 62), n.ri(60, 80), n.ri(82, 100)][pat]}").t("       ")
    n.c(f"{fev * (1 + chg / 100):.2f}").t("     ").c(f"+{chg}").t("\n")
    n.t("FVC (L)       ").c(f"{fvc:.2f}").t("     ").c(f"{[n.ri(70, 95), n.ri(55, 75), n.ri(82, 105)][pat]}").t("\n")
    n.t("FEV1/FVC      ").c(f"{ratio:.2f}").t("\nTLC (L)       ").c(f"{n.fl(3.5, 8, 2)}").t("     ")
    n.c(f"{[n.ri(110, 135), n.ri(60, 78), n.ri(85, 110)][pat]}").t("\nDLCO          ").c(f"{n.fl(6, 28)}").t("     ")
    n.c(f"{[n.ri(35, 60), n.ri(35, 65), n.ri(45, 70)][pat]}").t("\n\n")
    n.t("Interpretation: ").c([
        "moderately severe obstruction; no significant bronchodilator response; hyperinflation; moderately reduced DLCO",
        "moderate restriction with reduced DLCO, consider ILD", "normal spirometry; isolated reduction in DLCO"][pat])
    n.t("\n")
    n.t("Signed: ").nm(md.fml).t(", MD  ").d(d + timedelta(days=n.ri(0, 3)), "us1").t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cmn_oxygen(n: C) -> Note:
    q = n.pat()
    dob, _a = n.old() if n.yes(0.4) else n.dob(55, 88)
    city, st, z3, ac = us_place(n)
    md = n.staff()
    test = n.dt(-20, -3)
    n.t("CERTIFICATE OF MEDICAL NECESSITY  CMS-484 - OXYGEN      [x] INITIAL  [ ] REVISED  [ ] RECERTIFICATION\n")
    n.t("SECTION A   Certification date: ").d(test + timedelta(days=n.ri(1, 5)), "usyy").t("\n")
    n.t("PATIENT NAME, ADDRESS, TELEPHONE and MBI: ").nm(q.FL).t("\n  ").ad(us_street(n).upper()).t("\n  ")
    n.ad(city.upper()).t(f", {st} ").zp(us_zip(n, z3)).t("   ").ph(us_ph(n, ac, n.ch([0, 1]))).t("   MBI ").id(mbi_no(n.r))
    n.t("\nDOB ").d(dob, "usyy").t(f"   Sex {q.sex.upper()}   Place of service: 12 (home)   HCPCS E1390, E0431\n")
    n.t("PHYSICIAN NAME, ADDRESS: ").nm(md.fl).t(", MD   NPI ").id(npi_no(n.r)).t("   Tel ")
    n.ph(us_ph(n, ac)).t("\n")
    n.t("SECTION B   Est. length of need: 99 (lifetime)\n")
    n.t("1. Arterial PO2 and/or oxygen saturation: ").c(f"{n.ri(50, 55)} mmHg / {n.ri(84, 88)}%").t("   Test date ")
    n.d(test, "usyy").t("\n2. Test taken: ").c(n.ch(["at rest, room air", "during exercise, room air", "during sleep"]))
    n.t("\n3. Condition: ").c(n.ch(["COPD (J44.9)", "IPF (J84.112)", "pulmonary hypertension (I27.20)"])).t("\n")
    n.t("5. Portable oxygen: Y     6. Flow rate: ").c(f"{n.ch(['1', '2', '2', '3'])} LPM").t("  frequency: ")
    n.c("continuous").t("\nSupplier intake only - SSN ").p("SSN", ssn_no(n.r)).t("\n")
    return n.build(_fhir(q, dob, []))


def us_peds_asthma(n: C) -> Note:
    kid = n.kid()
    age = n.ri(4, 12)
    dob = date(n.today.year - age - 1, n.ri(1, 12), n.ri(1, 28))
    mom = n.person(kid.grp, "f", kid.loc is not None, kid.last if n.yes(0.7) else None)
    mrn = _mrn_us(n)
    _city, _st, _z3, ac = us_place(n)
    sn, pcp = n.staff("f"), n.staff()
    d = n.dt(-1, 0)
    wt = round(2.8 * age + 7 + n.r.uniform(-3, 6))
    dex = min(16, round(wt * 0.6))
    n.t("PEDIATRIC EMERGENCY DEPARTMENT - ASTHMA DISCHARGE INSTRUCTIONS & ACTION PLAN\n")
    n.t("Child: ").nm(kid.fl).t("   DOB ").d(dob, "us1").t("   MRN ").id(mrn).t("   Wt ").c(f"{wt} kg").t("\n")
    n.t("Parent/guardian: Mom - ").nm(mom.fl).t(", cell ").ph(us_ph(n, ac)).t("\n")
    n.t("School nurse: ").nm(sn.fl).t(", RN  (school office ").ph(us_ph(n, ac)).t(")\n\n")
    n.t("ED course ").d(d, "md").t(": PRAM ").c(f"{n.ri(6, 10)} -> {n.ri(0, 3)}").t(" after ")
    n.cl(["albuterol 5 mg neb x3", "ipratropium 0.5 mg x3", f"dexamethasone {dex} mg PO"]).t("\n")
    n.t("GREEN (peak flow above ").c(f"{n.ri(180, 300)} L/min").t("): ").c("Flovent HFA 44 mcg 2 puffs twice daily with spacer")
    n.t("\nYELLOW (cough, wheeze, night waking): ").c("albuterol HFA 90 mcg 4 puffs every 4 hours as needed").t("\n")
    n.t("RED (struggling to breathe, lips blue): albuterol ").c("6 puffs").t(" and call 911\n")
    n.t("Second dexamethasone dose (").c(f"{dex} mg").t(") due ").d(d + timedelta(days=1), n.ch(["md", "mlong"])).t(".\n")
    n.t("Follow up with PCP Dr. ").nm(pcp.last).t(" within 2-3 days (by ").d(d + timedelta(days=3), "md").t(").\n")
    return n.build(_fhir(kid, dob, [("mrn", mrn)]))


def us_pulm_rehab(n: C) -> Note:
    q = n.pat()
    dob, a = n.old() if n.yes(0.35) else n.dob(55, 88)
    mrn = _mrn_us(n)
    sp = n.rel(q, _other(q), same=n.yes(0.6))
    rt, ep = n.staff(), n.staff()
    d = n.wdt(-1, 0)
    sess = n.ri(6, 34)
    base = n.ri(150, 320)
    n.t(f"PULMONARY REHABILITATION - Session {sess} of 36 - progress note   ").d(d, n.ch(["us", "us1"])).t("\n")
    n.t("Pt: ").nm(q.fl).t(", ").age(a).t(f" yo {q.sex.upper()}   MRN ").id(mrn).t("   DOB ").d(dob, "us1").t("\n")
    n.t("Dx: ").c(f"COPD GOLD {n.ri(2, 4)} (FEV1 {n.ri(22, 60)}%)").t(", O2 ").c(f"{n.ri(1, 4)} L NC with exertion").t("\n")
    n.t("Pre: ").cl([f"BP {n.ri(110, 150)}/{n.ri(60, 90)}", f"HR {n.ri(70, 100)}", f"SpO2 {n.ri(90, 96)}%"], ", ")
    n.t("   Post: ").cl([f"HR {n.ri(95, 125)}", f"SpO2 {n.ri(86, 93)}%", f"Borg dyspnea {n.ri(3, 6)}/10"], ", ").t("\n")
    n.t("Exercise: ").c(f"treadmill {n.fl(1.0, 2.5)} mph x {n.ri(10, 25)} min").t("; ").c(f"NuStep L{n.ri(3, 8)} x 15 min")
    n.t("; ").c("UE ergometer 10 min").t("\n6MWD ").c(f"{base + n.ri(20, 110)} m").t(" (baseline ").c(f"{base} m")
    n.t(" on ").d(d - timedelta(days=n.ri(30, 80)), "md").t(")\n")
    n.t("Education: energy conservation and pursed-lip breathing; ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.fl).t(" attended.\n")
    n.t("Medicare: visits authorized through ").d(d + timedelta(days=n.ri(20, 60)), "us").t("\n")
    n.nm(rt.fl).t(", RRT / ").nm(ep.fl).t(", MS, ACSM-CEP\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cf_visit(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(19, 45)
    mrn = _mrn_us(n)
    city, st, _z3, ac = us_place(n)
    ptn = n.person(q.grp if q.loc is None else "usa", _other(q))
    mom = n.rel(q, "f", same=True)
    md, rd, sw = n.staff(), n.staff(), n.staff()
    d = n.wdt(-1, 0)
    n.t("CF CENTER QUARTERLY VISIT - ").d(d, n.ch(["usl", "ussh"])).t("\n")
    n.t("Name: ").nm(q.lfm).t("   DOB ").d(dob, "us").t("   MRN ").id(mrn).t("   CFF Registry ID ").id(n.dig(6)).t("\n")
    n.t("Genotype: ").c(n.ch(["F508del/F508del", "F508del/G542X", "F508del/R117H"])).t("; on ")
    n.c("elexacaftor/tezacaftor/ivacaftor 2 tabs AM + ivacaftor 150 mg PM").t(" since ")
    n.d(d - timedelta(days=n.ri(300, 1500)), "mshy").t("\n")
    n.t("Wt ").c(f"{n.fl(48, 80)} kg (BMI {n.fl(18, 26)})").t("; FEV1 ").c(f"{n.fl(1.4, 3.5, 2)} L ({n.ri(40, 95)}% pred)")
    n.t(", baseline ").c(f"{n.ri(50, 100)}%").t("\n")
    n.t("Sputum (").d(d - timedelta(days=n.ri(20, 80)), "md").t("): ").c(n.ch(["MSSA + mucoid P. aeruginosa", "MRSA",
                                                                              "Achromobacter xylosoxidans"])).t("\n")
    n.t("Meds: ").cl(["dornase alfa 2.5 mg daily", "hypertonic saline 7% 4 mL BID",
                      "tobramycin inhaled 300 mg BID alternating months", "pancrelipase 24,000 units 4 with meals"], "; ")
    n.t("\nA/P: ").c("mild pulmonary exacerbation").t(" - ").c("ciprofloxacin 750 mg BID x 14 days").t(", airway clearance ")
    n.c("vest 3x daily").t("; CFQ-R resp ").c(f"{n.ri(40, 90)}").t("\n")
    n.t("Social: lives with partner ").nm(ptn.first).t(" in ").ad(city).t(f", {st}; mother ").nm(mom.fl).t(" (")
    n.ph(us_ph(n, ac)).t(") updated with permission.\n")
    n.t("Team: ").nm(md.fl).t(", MD; ").nm(rd.fl).t(", RD; ").nm(sw.fl).t(", LICSW\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_rt_note(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    mrn = _mrn_us(n)
    kin = n.rel(q, n.ch("mf"), same=True)
    rt, md = n.staff(), n.staff()
    city, _st, _z3, ac = us_place(n)
    d = n.dt(-1, 0)
    n.t("rt note ").d(d, "md").t(f" {n.tm(0, 6, colon=False)} - micu {n.ri(2, 20)}\n")
    n.t("pt: ").nm(q.low).t(", ").age(a).t(f" yo {q.sex}, mrn ").id(mrn).t(", copd/chf, dnr/dni\n")
    ipap = n.ri(12, 17)
    n.t("on bipap ").c(f"{ipap}/{n.ri(5, 8)}").t(" fio2 ").c(f"{n.ri(30, 60)}%").t(", rr ").c(f"{n.ri(18, 32)}")
    n.t(", vt ").c(f"{n.ri(320, 520)}").t(", leak ").c(f"{n.ri(10, 45)} l/min").t("\n")
    n.t("abg ").c(f"{n.fl(7.22, 7.36, 2)}/{n.ri(50, 80)}/{n.ri(58, 90)}/{n.ri(26, 36)}").t(" -> ipap up to ")
    n.c(f"{ipap + n.ri(2, 4)}").t(" per dr ").nm(md.last.lower()).t("\n")
    n.t("duoneb ").c("q4h").t(" given, bbs ").c("diminished with exp wheeze").t(", skin check bridge of nose intact\n")
    rel = "son" if kin.sex == "m" else "daughter"
    n.t(f"{rel} ").nm(kin.first.lower()).t(" called from ").ad(city.lower()).t(", ").ph(us_ph(n, ac, n.ch([1, 2, 5])))
    n.t(", updated\n- ").nm(f"{rt.first.lower()} {_ascii(rt.last)[0].lower()}").t(", rrt x").ph(f"{n.ri(2, 8)}{_n3(n)}")
    n.t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- Australia
def _ur(n: C) -> str:
    return n.ch([n.dig(7), f"{n.dig(3)}-{n.dig(3)}", f"UR{n.dig(6)}", n.dig(6)])


def _medicare_fmt(n: C, m: str) -> str:
    """The card number (issue number last), sometimes with the individual reference number after it."""
    irn = n.ri(1, 5)
    return n.ch([f"{m[:4]} {m[4:9]} {m[9]}", f"{m[:4]} {m[4:9]} {m[9]}-{irn}", m, f"{m} / {irn}"])


def _au_near(n: C, stt: str, sub: str) -> str:
    """The suburb of the patient's GP: usually their own, else another in the same state."""
    return sub if n.yes(0.5) else n.ch([row[0] for row in AU_SUB if row[1] == stt])


def au_psg(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 80)
    sub, stt, pc, _ac = au_place(n)
    gsub = _au_near(n, stt, sub)
    ur, mc = _ur(n), medicare_au(n.r)
    gp, sci, md = n.staff(), n.staff(), n.staff()
    d = n.wdt(-30, -7)
    dahi = round(n.r.uniform(20, 80), 1)
    opt = n.ri(8, 14)
    hosp = n.ch(AU_HOSP[stt])
    n.t(f"SLEEP DISORDERS CENTRE - {hosp}\nPolysomnography report (Level 1, split night)\n")
    n.t("Patient: ").nm(q.fL).t("   UR ").id(ur).t("   DOB ").d(dob, "dmy").t("   Medicare ").id(_medicare_fmt(n, mc))
    n.t("\nAddress: ").ad(au_street(n).upper()).t(", ").ad(sub.upper()).t(f" {stt} ").zp(pc).t("\n")
    n.t("Referring doctor: Dr ").nm(gp.fl).t(", ").ad(gsub).t(" Family Practice\nStudy date: ").d(d, n.ch(["dmy", "d/m/y"]))
    n.t("\n\nDiagnostic portion (TST ").c(f"{n.ri(120, 200)} min").t("): AHI ").c(f"{dahi}/h").t(" (supine ")
    n.c(f"{round(dahi * 1.3, 1)}").t(", non-supine ").c(f"{round(dahi * 0.6, 1)}").t("); SpO2 nadir ").c(f"{n.ri(65, 84)}%")
    n.t("\nCPAP titration: optimal pressure ").c(f"{opt} cmH2O").t(", AHI at optimal ").c(f"{n.fl(0.5, 4.5)}/h")
    n.t(", REM supine observed\nMask: ").c(n.ch(["nasal (Eson 2, M)", "full face (F20, S)", "nasal pillows (P30i)"])).t("\n")
    n.t("Summary: ").c(f"{_osa(dahi)} OSA").t(", well controlled on CPAP ").c(f"{opt} cmH2O").t(". Commercial vehicle ")
    n.t("driver - Austroads fitness-to-drive standards discussed.\n")
    n.t("Sleep scientist: ").nm(sci.fl).t("   Reporting physician: Dr ").nm(md.fl).t(" FRACP\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", mc)]))


def au_copd_discharge(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    sub, stt, _pc, _ac = au_place(n)
    gsub = _au_near(n, stt, sub)
    ur, ihi = _ur(n), ihi_no(n.r)
    sp = n.rel(q, _other(q), same=n.yes(0.6))
    gp, rmo = n.staff(), n.staff()
    adm = n.dt(-9, -3)
    dc = adm + timedelta(days=n.ri(2, 6))
    n.t("DISCHARGE SUMMARY - Respiratory Medicine\n")
    n.t("Patient: ").nm(q.LF).t("   UR ").id(ur).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")   IHI ").id(ihi).t("\n")
    n.t("Admitted ").d(adm, "dmy").t("   Discharged ").d(dc, "dmy").t("\n")
    n.t("Principal diagnosis: ").c("infective exacerbation of COPD").t("; ").c("type 2 respiratory failure").t("\n")
    n.t("Course: ").cl([f"NIV for {n.ri(2, 4)} days", "IV ceftriaxone then oral amoxicillin", "prednisolone 40 mg x5 days"])
    n.t("; admission pH ").c(f"{n.fl(7.2, 7.34, 2)}").t(", PaCO2 ").c(f"{n.ri(55, 85)} mmHg").t("\n")
    n.t("Discharge: SpO2 ").c(f"{n.ri(88, 93)}% RA").t(", ").c("Trelegy Ellipta 1 inhalation daily").t(", ")
    n.c("Ventolin 2-4 puffs prn").t("; COPD-X action plan completed\n")
    n.t("Follow-up: GP Dr ").nm(gp.fl).t(" (").ad(gsub).t(") within 7 days; pulmonary rehab referral ").d(dc, "dm")
    n.t("; resp clinic ").d(dc + timedelta(days=n.ri(28, 56)), "dsh").t("\n")
    n.t("NOK: ").t("wife " if sp.sex == "f" else "husband ").nm(sp.fl).t(" ").ph(au_mob(n)).t(", lives at ")
    n.ad(au_street(n)).t(", ").ad(sub).t("\n")
    n.t("Completed by Dr ").nm(rmo.fl).t(" (RMO)\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("ihi", ihi)]))


def au_home_o2(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(50, 89)
    sub, stt, pc, ac = au_place(n)
    mc = medicare_au(n.r)
    md = n.staff()
    abg = n.dt(-20, -3)
    n.t("HOME OXYGEN PROGRAM - Application and medical assessment\n")
    n.t(f"Applicant: {q.title} ").nm(q.fl).t("   DOB ").d(dob, n.ch(["dmy", "dot"])).t("\nMedicare ").id(_medicare_fmt(n, mc))
    n.t("   Pensioner Concession Card CRN ").id(crn_au(n.r)).t("\nAddress: ").ad(au_street(n)).t(", ").ad(sub)
    n.t(f" {stt} ").zp(pc).t("   Ph ").ph(au_land(n, ac)).t("\n")
    n.t("ABG on air at rest (").d(abg, "dmy").t("): ").cl([f"PaO2 {n.ri(45, 55)} mmHg", f"PaCO2 {n.ri(38, 55)} mmHg",
                                                          f"pH {n.fl(7.36, 7.44, 2)}", f"SaO2 {n.ri(82, 88)}%"]).t("\n")
    n.t("Repeat ABG (").d(abg + timedelta(days=n.ri(21, 30)), "dsh").t("): PaO2 ").c(f"{n.ri(45, 55)} mmHg").t("\n")
    n.t("Smoking: non-smoker for >6 months, confirmed (").c(f"COHb {n.fl(0.5, 1.5)}%").t(")\n")
    n.t("Diagnosis: ").c(n.ch(["COPD", "bronchiectasis", "pulmonary hypertension (group 3)"])).t("\n")
    n.t("Requested: ").c(f"concentrator {n.ri(1, 3)} L/min for at least 18 h/day").t("; ").c("portable cylinders for exertion")
    n.t("\nPrescriber: Dr ").nm(md.fl).t(" (Respiratory Physician), provider no. ").id(au_provider(n.r)).t("\n")
    return n.build(_fhir(q, dob, [("medicare", mc)]))


def au_physio(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    ur = _ur(n)
    kin = n.rel(q, "f", same=True)
    pt = n.staff()
    d = n.dt(-1, 0)
    n.t("PHYSIOTHERAPY - Respiratory  ").d(d, "dm").t(f" {n.tm(9, 16)}\n")
    n.t(f"Pt: {q.title} ").nm(q.fL).t(f" (bed {n.ri(1, 32)})  UR ").id(ur).t("  ").age(a).t("yo\n")
    n.t("S: \"").c("chesty, can't get it up").t("\". Day ").c(f"{n.ri(1, 4)} post lap chole").t(". ")
    n.t("Daughter ").nm(kin.first).t(" at bedside (").ph(au_mob(n)).t(").\n")
    n.t("O: ").cl([f"SpO2 {n.ri(89, 95)}% on {n.ri(1, 4)} L NP", f"RR {n.ri(18, 28)}", f"HR {n.ri(80, 110)}",
                   f"T {n.fl(36.8, 38.2)}"]).t("; ausc ").c("coarse crackles R base, reduced AE bibasally").t("\n")
    n.t("A: ").c("sputum retention, R basal atelectasis").t("\n")
    n.t("Rx: ").cl(["ACBT x3 cycles in L side lying", "PEP (Acapella) 10 breaths x3", "supported huff and cough",
                    "sit out of bed 1 hr"], ", ").t("; expectorated ").c(f"{n.ri(5, 30)} mL purulent sputum").t("\n")
    n.t("P: review pm, mobilise ").c(f"{n.ri(20, 60)} m").t(" with 4WW, incentive spirometer hourly\n")
    n.nm(pt.fl).t(", Physiotherapist (Gr 1), pager ").ph(f"{n.ri(2, 8)}{_n3(n)}").t("\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


def au_lung_mdt(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(45, 86)
    sub, _stt, _pc, _ac = au_place(n)
    ur = _ur(n)
    pres, gp, lcn = n.staff(), n.staff(), n.staff()
    m = n.wdt(-4, 0)
    ebus = m - timedelta(days=n.ri(5, 14))
    n.t("THORACIC ONCOLOGY MDM - OUTCOME  ").d(m, "dmy").t("\n")
    n.t("Patient: ").nm(q.fL).t("   UR ").id(ur).t("   DOB ").d(dob, "dmy").t(f" ({a})   Home: ").ad(sub).t("\n")
    n.t("Presenter: Dr ").nm(pres.fl).t(" (Respiratory)\n")
    n.t("EBUS-TBNA (").d(ebus, "dm").t("): stations ").c("4R and 7").t(" - ").c("adenocarcinoma, TTF-1 positive")
    n.t("; PD-L1 TPS ").c(f"{n.ch(['<1', '5', '30', '60', '80'])}%").t("; ").c("EGFR/ALK pending").t("\n")
    n.t("PET-CT (").d(ebus - timedelta(days=n.ri(3, 10)), "dm").t("): ").c(f"{n.ri(20, 60)} mm RUL mass SUVmax {n.fl(6, 18)}")
    n.t(", ").c("FDG-avid 4R and 7 nodes, no distant disease").t("\n")
    n.t("Stage: ").c(n.ch(["cT2aN2M0 (IIIA)", "cT1cN2M0 (IIIA)", "cT3N2M0 (IIIB)"])).t("\n")
    n.t("Recommendation: ").c("concurrent chemoradiotherapy then durvalumab").t("; MRI brain; ")
    n.t("results clinic with Dr ").nm(pres.last).t(" ").d(m + timedelta(days=n.ri(3, 8)), "dsh").t("\n")
    n.t("Care coordinator: ").nm(lcn.fl).t(" (Lung Cancer Nurse) ").ph(au_mob(n)).t("; GP Dr ").nm(gp.fi).t(" notified\n")
    return n.build(_fhir(q, dob, [("ur", ur)]))


# ---------------------------------------------------------------------------------------- Canada
def on_sleep_triage(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 64)
    city, fsa, ac = ca_place(n, "on")
    oh = ohip_no(n.r)
    fam, tri = n.staff(), n.staff()
    rec = n.dt(-20, -2)
    n.t("SLEEP CLINIC - REFERRAL TRIAGE\n")
    n.t("Received ").d(rec, "iso").t("   Triaged by Dr. ").nm(tri.fl).t("\n")
    n.t("Patient: ").nm(q.lf).t("   DOB ").d(dob, "ymd/").t("   OHIP ").id(f"{oh[:4]}-{oh[4:7]}-{oh[7:]}-{n.ch(['AB', 'KT', 'XZ', 'HM'])}")
    n.t("\nAddress: ").ad(ca_street(n, "on")).t(", ").ad(city).t(", ON ").zp(ca_pc(n, fsa)).t("   Tel ").ph(us_ph(n, ac))
    n.t("\nOccupation: long-haul truck driver (Class AZ)   Driver's licence ").id(on_dl(n.r, q, dob)).t("\n")
    n.t("STOP-BANG ").c(f"{n.ri(5, 8)}/8").t(", ESS ").c(f"{n.ri(10, 20)}").t(", BMI ").c(f"{n.fl(31, 48)}").t(", neck ")
    n.c(f"{n.ri(42, 52)} cm").t(", ").c("HTN on 3 agents").t("\n")
    n.t("Referred by Dr. ").nm(fam.fl).t(" (family physician), fax ").ph(us_ph(n, ac)).t("\n")
    n.t("Priority: URGENT - commercial driver, fell asleep at the wheel ").d(rec - timedelta(days=n.ri(5, 30)), "msh")
    n.t(" (no collision)\nMTO: mandatory medical condition report submitted ").d(rec + timedelta(days=1), "iso").t("\n")
    n.t("Level 1 PSG booked ").d(rec + timedelta(days=n.ri(10, 30)), "iso").t("; advised not to drive in the interim\n")
    return n.build(_fhir(q, dob, [("ohip", oh)]))


def bc_methacholine(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(18, 60)
    phn = bc_phn(n.r)
    mrn = n.dig(8)
    tech, md = n.staff(), n.staff()
    d = n.dt(-10, 0)
    base = round(n.r.uniform(2.2, 4.2), 2)
    n.t("PULMONARY FUNCTION LABORATORY - METHACHOLINE CHALLENGE (tidal breathing)\n")
    n.t("Name: ").nm(q.fml).t("   PHN ").id(f"{phn[:4]} {phn[4:7]} {phn[7:]}" if n.yes(0.6) else phn).t("   DOB ").d(dob, "iso")
    n.t("\nMRN ").id(mrn).t("   Test date ").d(d, "iso").t("   Tech ").nm(tech.fl).t(", RRT\n")
    n.t("Medications withheld: ").c("salbutamol 8 h, Symbicort 48 h").t("\n\n")
    n.t("Dose (mg/mL)   FEV1 (L)   % fall\n")
    n.t("Diluent        ").c(f"{base:.2f}").t("\n")
    fall = 0.0
    for dose in ["0.0625", "0.25", "1", "4", "16"]:
        fall += n.r.uniform(1, 9)
        v = f"{base * (1 - fall / 100):.2f}"
        n.t(f"{dose:<15}").c(v).pad(v, 11).c(f"{fall:.0f}").t("\n")
        if fall >= 20:
            break
    pos = fall >= 20
    n.t("\nPC20: ").c(f"{n.fl(0.3, 8, 2)} mg/mL" if pos else ">16 mg/mL").t(". Interpretation: ")
    n.c("positive - airway hyperresponsiveness consistent with asthma" if pos else "negative - asthma unlikely").t("\n")
    n.t("Physician: Dr. ").nm(md.fl).t("   ").d(d + timedelta(days=n.ri(1, 4)), "ussh").t("\n")
    return n.build(_fhir(q, dob, [("phn", phn), ("mrn", mrn)]))


def ab_home_o2(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(55, 89)
    city, fsa, ac = ca_place(n, "ab")
    uli = ab_uli(n.r)
    rt, md = n.staff(), n.staff()
    d = n.dt(-10, 0)
    n.t("ALBERTA AIDS TO DAILY LIVING - HOME OXYGEN ASSESSMENT\n")
    n.t("Client: ").nm(q.LF).t("   ULI ").id(f"{uli[:5]}-{uli[5:]}").t("   DOB ").d(dob, n.ch(["ussh", "dmon"])).t("\n")
    n.t("Address: ").ad(ca_street(n, "ab")).t(", ").ad(city).t(" AB ").zp(ca_pc(n, fsa)).t("   Phone ").ph(us_ph(n, ac)).t("\n")
    n.t("Qualifying testing ").d(d, "ussh").t(":\n  Resting SpO2 on room air ").c(f"{n.ri(84, 88)}%").t(" x 5 min\n")
    n.t("  Exertional: ").c(f"desaturated to {n.ri(80, 87)}% at {n.ri(60, 240)} m").t(", corrected with ")
    n.c(f"{n.ri(2, 4)} L/min").t("\n  Nocturnal oximetry: ").c(f"{n.ri(20, 60)}% of night below 88%").t("\n")
    n.t("Prescription: ").c(f"{n.ri(1, 3)} L/min continuous via concentrator").t(" + ").c("portable (exertion)").t("\n")
    n.t("Diagnosis: ").c(n.ch(["COPD", "interstitial lung disease", "cystic fibrosis"])).t("\n")
    n.t("Authorizer: ").nm(rt.fl).t(", RRT   Physician: Dr. ").nm(md.fl).t("\n")
    return n.build(_fhir(q, dob, [("uli", uli)]))


def qc_cf_clinic(n: C) -> Note:
    kid = n.kid(grps=["caf", "caf", "can"])
    age = n.ri(6, 15)
    dob = date(n.today.year - age - 1, n.ri(1, 12), n.ri(1, 28))
    city, fsa, ac = ca_place(n, "qc")
    mom = n.person(kid.grp, "f", False, kid.last if n.yes(0.5) else None)
    dad = n.rel(kid, "m", same=True)
    md, pt = n.staff(), n.staff()
    mrn = n.dig(7)
    d = n.wdt(-1, 0)
    ramq = ramq_no(n.r, kid, dob)
    n.t("CYSTIC FIBROSIS CLINIC - Montreal Children's Hospital    Visit ").d(d, "iso").t("\n")
    n.t("Patient: ").nm(kid.LF).t("   RAMQ ").id(ramq).t("   MRN ").id(mrn).t("   DOB ").d(dob, "iso").t("\n")
    n.t("Mother: ").nm(mom.fl).t(", cell ").ph(us_ph(n, ac)).t("; father ").nm(dad.first).t("\n")
    n.t("Address: ").ad(ca_street(n, "qc")).t(", ").ad(city).t(" (Quebec) ").zp(ca_pc(n, fsa)).t("\n")
    n.t("Genotype ").c(n.ch(["F508del / N1303K", "F508del / F508del", "F508del / 621+1G>T"])).t("; sweat chloride at ")
    n.t("diagnosis ").c(f"{n.ri(80, 120)} mmol/L").t("\n")
    n.t("Weight ").c(f"{2.6 * age + 7 + n.r.uniform(-3, 4):.1f} kg (p{n.ri(10, 75)})").t(", height ")
    n.c(f"{6 * age + 77 + n.ri(-6, 6)} cm (p{n.ri(10, 80)})")
    n.t(", FEV1 ").c(f"{n.ri(75, 110)}% pred").t("\n")
    n.t("Cough swab ").d(d, "msh").t(": ").c(n.ch(["MSSA", "no pathogens", "P. aeruginosa (first isolate)"])).t("\n")
    n.t("Meds: ").cl(["elexacaftor/tezacaftor/ivacaftor (weight-based)", "dornase alfa 2.5 mg daily",
                      "Creon 10000 3 caps with meals", "salt 1 g/day"], "; ").t("\n")
    n.t("Plan: airway clearance BID with PEP mask; annual OGTT ").d(d + timedelta(days=n.ri(60, 120)), "my")
    n.t("\nDr. ").nm(md.fl).t("; ").nm(pt.fl).t(", physiotherapist\n")
    return n.build(_fhir(kid, dob, [("ramq", ramq), ("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- Ireland
def _mrn_ie(n: C) -> str:
    return n.ch([n.dig(7), f"{n.dig(6)}", f"H{n.dig(6)}"])


def ie_copd_outreach(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    town, county, rk, _ac = ie_place(n)
    gtown = town if n.yes(0.7) else ie_place(n)[0]
    mrn = _mrn_ie(n)
    sp = n.rel(q, _other(q), same=n.yes(0.7))
    cns, gp = n.staff(), n.staff()
    d = n.wdt(-1, 0)
    dc = d - timedelta(days=n.ri(2, 4))
    n.t("COPD OUTREACH - home visit (day ").c(f"{(d - dc).days}").t(" post discharge)\n")
    n.t("Date: ").d(d, "dmy").t("   Visit by ").nm(cns.fl).t(", CNS Respiratory\n")
    n.t("Patient: ").nm(q.fl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "dmy").t(" (").age(a).t(")   PPSN ")
    n.p("SSN", ppsn(n.r, n.yes(0.3))).t("\nAddress: ").ad(ie_street(n)).t(", ").ad(town).t(f", {county}, ")
    n.zp(eircode(n, rk)).t("   Mob ").ph(ie_mob(n)).t("\n")
    n.t("Discharged ").d(dc, "dm").t(" after ").c("infective exacerbation of COPD").t("; home on ")
    n.c("prednisolone 30 mg (day 5 of 7)").t(" and ").c("doxycycline 100 mg od").t("\n")
    n.t("Obs: ").cl([f"SpO2 {n.ri(89, 95)}% RA", f"RR {n.ri(16, 24)}", f"HR {n.ri(70, 100)}", f"T {n.fl(36.2, 37.6)}",
                     f"CAT {n.ri(12, 30)}"]).t("\n")
    n.t("Inhalers: ").c("Trimbow 2 puffs bd").t(" - technique poor, AeroChamber supplied; nebuliser ")
    n.c("salbutamol 2.5 mg prn").t("\n")
    n.t("Wife " if sp.sex == "f" else "Husband ").nm(sp.first).t(" present; smoke-free home. Self-management plan reviewed.\n")
    n.t("GP: Dr ").nm(gp.fl).t(", ").ad(gtown).t(" - copy of visit sent. Next visit ").d(d + timedelta(days=n.ri(2, 5)), "dsh")
    n.t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_sleep_letter(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(28, 70)
    town, county, rk, _ac = ie_place(n)
    gtown = town if n.yes(0.7) else ie_place(n)[0]
    mrn = _mrn_ie(n)
    gp, cons = n.staff(), n.staff()
    hosp, hac = n.ch(IE_HOSP)
    d = n.dt(-4, 0)
    seen = n.wdt(-20, -5)
    ahi = round(n.r.uniform(15, 70), 1)
    n.t(f"{hosp}\nSleep Disordered Breathing Service   Tel ").ph(ie_land(n, hac)).t("\n\n")
    n.d(d, n.ch(["long", "nth", "dmy"])).t("\n\nDr ").nm(gp.fl).t("\nThe Medical Centre\n").ad(gtown).t("\n\n")
    n.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t("\n     ").ad(ie_street(n)).t(", ").ad(town)
    n.t(f", {county} ").zp(eircode(n, rk)).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    n.t("I reviewed ").nm(q.first).t(" on ").d(seen, "nthmo").t(". His home respiratory polygraphy showed " if q.sex == "m"
                                                                else ". Her home respiratory polygraphy showed ")
    n.c(f"{_osa(ahi)} OSA with an AHI of {ahi}/h").t(", nadir SpO2 ").c(f"{n.ri(70, 86)}%").t(" and ESS ")
    n.c(f"{n.ri(11, 21)}/24").t(".\n")
    n.t("I have advised that, under the RSA Sláinte agus Tiomáint guidelines, ").t(q.he).t(" should not drive until ")
    n.t("treated; a D501 medical report will be completed when ").t(q.he).t(" is established on CPAP.\n")
    n.t("We have arranged ").c("auto-CPAP 5-15 cmH2O").t(" through the HSE respiratory equipment scheme; ")
    n.t("review with download ").d(seen + timedelta(days=n.ri(40, 70)), n.ch(["my", "dmo"])).t(".\n\n")
    n.t("Yours sincerely,\n\nDr ").nm(cons.fl).t("\nConsultant Respiratory Physician\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def ie_bronchiectasis(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 80)
    town, county, _rk, _ac = ie_place(n)
    mrn = _mrn_ie(n)
    phys, cons = n.staff(), n.staff()
    d = n.wdt(-2, 0)
    n.t("Respiratory Physiotherapy OPD - bronchiectasis airway clearance review\n")
    n.t("Date: ").d(d, n.ch(["sh", "ddsh"])).t("   Name: ").nm(q.fL).t("   MRN ").id(mrn).t("   DOB ").d(dob, "dmy").t("\n")
    n.t("Home: ").ad(town).t(f", {county}   Mob ").ph(ie_mob(n)).t("   E-mail ").em(q.mail(n.ch(["gmail.com", "eircom.net",
                                                                                          "hotmail.com"]),
                                                                                   n.ri(0, 5), dob.year)).t("\n")
    n.t("Sputum: ").c(f"{n.ri(10, 80)} mL/day, colour chart {n.ri(2, 5)}").t("; last culture ").c("H. influenzae")
    n.t(" (").d(d - timedelta(days=n.ri(20, 60)), "dm").t(")\nExacerbations needing antibiotics: ").c(f"{n.ri(1, 5)} in 12 months")
    n.t("\nCurrent: ").cl(["Aerobika 10-15 breaths x3 cycles bd", "hypertonic saline 7% 4 mL nebulised bd",
                           "azithromycin 250 mg three times weekly"], "; ").t("\n")
    n.t("Technique: ").c("good PEP, huff too forceful - corrected").t("; ").c(f"mMRC {n.ri(1, 3)}").t("\n")
    n.t("Exercise videos link sent: ").p("URL", f"https://physio.hse.ie/v/{n.tok(12)}").t("\n")
    n.t("Plan: continue; review ").d(d + timedelta(days=n.ri(80, 120)), "my").t(" - discuss with Dr ").nm(cons.last)
    n.t(" re sputum surveillance.\n").nm(phys.fl).t(", Senior Physiotherapist\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ---------------------------------------------------------------------------------------- New Zealand
def nz_home_o2(n: C) -> Note:
    q = n.pat()
    dob, a = n.old()
    sub, city, pc, ac = nz_place(n)
    nhi = nhi_no(n.r, n.yes(0.4))
    whanau = n.rel(q, n.ch("mf"), same=n.yes(0.6))
    nurse, md = n.staff(), n.staff()
    d = n.wdt(-3, 0)
    n.t("Te Whatu Ora - Respiratory Service\nDOMICILIARY OXYGEN ASSESSMENT\n")
    n.t("Date ").d(d, "d/m/y").t("   Patient ").nm(q.fL).t("   NHI ").id(nhi).t("   DOB ").d(dob, "d/m/y").t(" (").age(a).t(")\n")
    n.t("Address: ").ad(nz_street(n)).t(", ").ad(sub).t(", ").ad(city).t(" ").zp(pc).t("   Ph ").ph(nz_land(n, ac)).t("\n")
    moko = "mokopuna" if q.grp == "mao" else "grandson" if whanau.sex == "m" else "granddaughter"
    rel = n.ch(["son", moko]) if whanau.sex == "m" else n.ch(["daughter", "niece", moko])
    n.t(f"{'Whānau' if q.grp == 'mao' else 'Family'} support: {rel} ").nm(whanau.fl).t(" ").ph(nz_mob(n)).t("\n")
    n.t("Resting SpO2 ").c(f"{n.ri(84, 88)}% on air").t("; ABG ").cl([f"PaO2 {n.fl(6.5, 7.3)} kPa", f"PaCO2 {n.fl(5, 7)} kPa"])
    n.t("; Hb ").c(f"{n.ri(120, 170)} g/L").t("\n")
    n.t("Home check: woodburner in lounge - concentrator placed in bedroom, ").c("3 m clearance").t("; no smokers in ")
    n.t("house; smoke alarm working.\n")
    n.t("Prescribed: ").c(f"concentrator {n.ri(1, 3)} L/min, 16 h/day").t("; ").c("no ambulatory cylinders").t("\n")
    n.t("Review ").d(d + timedelta(days=n.ri(60, 100)), "my").t(". ").nm(nurse.fl).t(", Respiratory CNS / Dr ")
    n.nm(md.last).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_cpap_email(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(30, 72)
    sub, _city, _pc, ac = nz_place(n)
    nhi = nhi_no(n.r, n.yes(0.6))
    phys = n.staff()
    sent = n.wdt(-3, 0)
    pmail = q.mail(n.ch(["xtra.co.nz", "gmail.com", "outlook.co.nz"]), n.ri(0, 5), dob.year)
    n.t("From: ").nm(phys.fl).t(" <").em(phys.mail("tewhatuora.govt.nz", n.ri(0, 1))).t(">\n")
    n.t("To: ").em(pmail).t("\nSent: ").t(n.wd(sent)).t(" ").d(sent, "long").t(f" {n.tm(8, 16)}\n")
    n.t("Subject: Your CPAP data - ").id(nhi).t("\n\n")
    n.t(n.ch(["Kia ora ", "Hi ", "Morena "])).nm(q.first).t(",\n\n")
    n.t("Thanks for sending the SD card. Over the last 30 days you used CPAP on ").c(f"{n.ri(15, 30)} nights")
    n.t(", average ").c(f"{n.ri(3, 8)} h {n.ri(0, 59)} min").t(", with a residual AHI of ").c(f"{n.fl(0.5, 8)}")
    n.t(" and a high leak (").c(f"95th {n.ri(25, 45)} L/min").t(").\n")
    n.t("The leak is mostly from the mask - I have booked a refit at the clinic on ")
    n.d(sent + timedelta(days=n.ri(5, 20)), n.ch(["dmo", "nthmo"])).t(". Your Epworth questionnaire (submitted ")
    n.d(sent - timedelta(days=n.ri(1, 4)), "d/m").t(" from ").p("IP", n.ip()).t(") was ").c(f"{n.ri(4, 16)}").t(".\n")
    n.t("If you move from ").ad(sub).t(" please let us know so the machine can be collected.\n\n")
    n.t("Ngā mihi nui,\n").nm(phys.first).t("\nSleep Physiologist ").ph(nz_land(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_pacific_rehab(n: C) -> Note:
    fac, md = n.staff(grp="sam"), n.staff()
    d = n.dt(-6, 0)
    d -= timedelta(days=(d.weekday() - 1) % 7)  # the Tuesday group
    ppl = [n.pat(grps=["sam", "mao", "sam"]) for _ in range(n.ri(3, 4))]
    n.t("PACIFIC PULMONARY REHAB - Tuesday group, church hall - attendance and obs  ").d(d, "dmy").t("\n")
    n.t("Facilitator: ").nm(fac.fl).t(" (Pacific Health Navigator)   Physio: ").nm(md.fl).t("\n\n")
    n.t("Name                       NHI       SpO2 rest/ex   Borg   Walk (m)\n")
    first: list[tuple[P, date, str]] = []
    for q in ppl:
        dob, _a = n.dob(45, 85)
        nhi = nhi_no(n.r, n.yes(0.5))
        first.append((q, dob, nhi))
        nm = q.fL
        n.nm(nm).pad(nm, 27).id(nhi).pad(nhi, 10)
        s = f"{n.ri(92, 97)}/{n.ri(84, 93)}"
        n.c(s).pad(s, 15).c(f"{n.ri(2, 6)}").t("      ").c(f"{n.ri(120, 420)}").t("\n")
    q0, dob_first, nhi0 = first[0]
    ph = nz_mob(n)
    n.t("\nNotes: ").nm(q0.first).t(" - ").c("SpO2 dropped to 84% on stairs").t(", rested, recovered in ")
    n.c("3 min").t("; GP informed. Daughter drives ").t(q0.him).t(" from ").ad(n.ch(NZ_SUB)[0]).t(" (").ph(ph).t(").\n")
    n.nm(ppl[1].first).t(" missed ").d(d - timedelta(days=7), "d/m").t(" - ")
    n.c("chest infection, on amoxicillin").t(".\nNext session ").d(d + timedelta(days=7), "d/m").t(".\n")
    return n.build(_fhir(q0, dob_first, [("nhi", nhi0)]))


# ---------------------------------------------------------------------------------------- India
def in_psg(n: C) -> Note:
    q = n.pat(grps=["mar"])
    dob, a = n.dob(30, 72)
    loc, city, pin = n.ch(MH_LOC)
    uhid = n.ch([f"MH{n.dig(8)}", f"{n.dig(2)}-{n.dig(6)}", f"UHID{n.dig(7)}"])
    tech, md, refd = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, _other(q), same=True)
    d = n.dt(-10, -2)
    ahi = round(n.r.uniform(8, 75), 1)
    hosp = n.ch(HOSP["in"][:4])
    n.t(f"{hosp} - Department of Pulmonary Medicine, Sleep Lab\nLEVEL I POLYSOMNOGRAPHY REPORT\n")
    n.t("Name: ").t("Mr. " if q.sex == "m" else "Mrs. ").nm(q.fl)
    n.t(f"     Age/Sex: {a}/{q.sex.upper()}     UHID: ").id(uhid).t("\nABHA No.: ").id(abha_no(n.r)).t("   Mobile: ")
    n.ph(in_mob(n)).t("\nAddress: ").ad(f"Flat {n.ri(101, 1204)}, {n.ch(MH_SOC)}, {n.ch(MH_RD)}").t(", ").ad(loc)
    n.t(", ").ad(city).t(" - ").zp(pin).t("\n")
    n.t("Referred by: Dr. ").nm(refd.fl).t(", MD (Medicine)     Date of study: ").d(d, n.ch(["dmy", "dash"])).t("\n")
    n.t("History: loud snoring, witnessed apnoeas (as per ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first)
    n.t("), ESS ").c(f"{n.ri(9, 20)}").t(", BMI ").c(f"{n.fl(27, 40)}").t(", neck ").c(f"{n.ri(38, 48)} cm").t("\n")
    n.t("TST ").c(f"{n.ri(280, 420)} min").t(", SE ").c(f"{n.ri(60, 92)}%").t(", AHI ").c(f"{ahi}/hr").t(", ")
    n.t("lowest SpO2 ").c(f"{n.ri(66, 86)}%").t(", ODI ").c(f"{round(ahi * 0.85, 1)}/hr").t("\n")
    n.t("Impression: ").c(f"{_osa(ahi).capitalize()} OSA").t(". Advice: ").c("auto-CPAP 4-15 cmH2O").t(", weight reduction, ")
    n.t("avoid sedatives and driving when drowsy.\n")
    n.t("Technician: ").nm(tech.fl).t("     Reported by: Dr. ").nm(md.fl).t(", DM (Pulmonary Medicine)\n")
    return n.build(_fhir(q, dob, [("uhid", uhid)]))


def in_bronch(n: C) -> Note:
    q = n.pat(grps=["kan"])
    dob, a = n.dob(25, 75)
    loc, pin = n.ch(KA_LOC)
    ipno = f"{n.ch(['IP', 'MRD'])}/{n.today.year % 100}/{n.dig(5)}"
    md, fel = n.staff(grp="kan"), n.staff(grp="kan")
    kin = n.rel(q, n.ch("mf"), same=True)
    d = n.dt(-2, 0)
    n.t("St. John's Medical College Hospital - Dept of Pulmonary Medicine\nFIBREOPTIC BRONCHOSCOPY REPORT\n")
    n.t("Name: ").nm(q.fl).t(f"   Age/Sex: {a} yrs/{q.sex.upper()}   IP No.: ").id(ipno).t("   Date: ").d(d, "dash").t("\n")
    n.t("Aadhaar: ").id(aadhaar(n.r)).t("   Contact: ").ph(in_mob(n)).t(" (").t("son " if kin.sex == "m" else "daughter ")
    n.nm(kin.first).t(")\nAddress: ").t("#").ad(f"{n.ri(1, 480)}, {_nth(n.ri(1, 12))} Cross, {_nth(n.ri(1, 14))} Main").t(", ").ad(loc)
    n.t(", ").ad("Bengaluru").t(" - ").zp(pin).t("\n")
    n.t("Indication: ").c(n.ch(["sputum smear negative, CXR right upper lobe cavity", "non-resolving left lower lobe pneumonia",
                                "haemoptysis, CT bronchiectasis with consolidation"])).t("\n")
    n.t("Premedication: ").cl(["lignocaine 4% nebulisation", "lignocaine 2% 10 mL spray-as-you-go"]).t("\n")
    n.t("Findings: ").c(n.ch(["mucosal oedema RUL apical segment, no endobronchial growth", "purulent secretions LLL",
                              "normal bronchial tree"])).t("\n")
    n.t("BAL: ").c(f"{n.ri(60, 120)} mL instilled, {n.ri(20, 50)} mL recovered").t(" - sent for ").c("CBNAAT")
    n.t(", AFB culture (MGIT), fungal culture, cytology\n")
    n.t("Post-procedure SpO2 ").c(f"{n.ri(93, 99)}%").t(", ").c("no haemoptysis").t(". Results on ")
    n.d(d + timedelta(days=n.ri(2, 4)), "dmy").t(".\nDr. ").nm(md.fl).t(" (Professor) / Dr. ").nm(fel.fl).t(" (DrNB resident)\n")
    return n.build(_fhir(q, dob, [("ip", ipno)]))


# ---------------------------------------------------------------------------------------- South Africa
def za_home_o2(n: C) -> Note:
    q = n.pat(grps=["zul", "sot", "zul"])
    dob, _a = n.dob(35, 75)
    sub, city, pc, ac = n.ch(ZA_SUB)
    sid = za_id(n.r, dob, q.sex)
    folder = n.ch([n.dig(8), f"{n.dig(3)}-{n.dig(3)}-{n.dig(2)}"])
    kin = n.rel(q, n.ch("mf"), same=n.yes(0.7))
    md, sr = n.staff(), n.staff("f")
    d = n.wdt(-4, 0)
    n.t("GAUTENG HEALTH - APPLICATION FOR HOME OXYGEN (post-TB lung disease)\n")
    n.t("Facility: ").t(n.ch(HOSP["za"])).t(" - Pulmonology clinic   Date ").d(d, "ymd/").t("\n")
    n.t("Surname: ").nm(q.last.upper()).t("   First names: ").nm(q.first).t("\nID no.: ").id(sid).t("   Folder no.: ")
    n.id(folder).t("   DOB ").d(dob, "ymd/").t("\nAddress: ").ad(f"{n.ri(100, 9999)} {n.ch(ZA_ST)}").t(", ").ad(sub).t(", ")
    n.ad(city).t(", ").zp(pc).t("   Cell ").ph(za_cell(n)).t("\n")
    n.t("Next of kin: ").nm(kin.fl).t(" (").t("brother" if kin.sex == "m" else "sister").t(") ").ph(za_cell(n)).t("\n")
    n.t("History: ").c(f"pulmonary TB treated {n.ri(2008, 2020)}").t(", completed; ").c("HIV on TLD, VL lower than detectable")
    n.t("\nResting SpO2 ").c(f"{n.ri(82, 88)}% on room air").t("; 6MWT ").c(f"{n.ri(120, 300)} m, nadir {n.ri(75, 85)}%")
    n.t("\nSpirometry: ").c(f"FEV1 {n.fl(0.7, 1.6, 2)} L, FVC {n.fl(1.4, 2.6, 2)} L - mixed pattern").t("\n")
    n.t("Request: ").c(f"concentrator {n.ri(1, 3)} L/min, 16 h/day").t("; house has electricity: yes; no paraffin heater\n")
    n.t("Dr ").nm(md.fl).t(" (Registrar)   Sr ").nm(sr.fl).t(" (PHC oxygen liaison) ").ph(za_land(n, ac)).t("\n")
    return n.build(_fhir(q, dob, [("said", sid), ("folder", folder)]))


def za_paeds_asthma(n: C) -> Note:
    kid = n.pat(grps=["zul", "sot"])
    dob = date(n.today.year - n.ri(5, 12), n.ri(1, 12), n.ri(1, 28))
    sub, _city, _pc, _ac = n.ch(ZA_SUB[:4] + ZA_SUB[6:])
    mom = n.rel(kid, "f", same=n.yes(0.6))
    gran = n.rel(kid, "f", same=n.yes(0.5))
    md, sr = n.staff(), n.staff("f")
    folder = n.dig(8)
    d = n.wdt(-1, 0)
    n.t("Paediatric Asthma Clinic - ").t(n.ch(HOSP["za"][:2])).t("\nDate: ").d(d, n.ch(["dmy", "ymd/"])).t("\n")
    n.t("Child: ").nm(kid.fL).t("   Folder ").id(folder).t("   DOB ").d(dob, "dmy").t("   Weight ").c(f"{n.fl(16, 40)} kg")
    n.t("\nMother: ").nm(mom.fl).t(", cell ").ph(za_cell(n)).t("; lives with granny ").nm(gran.first).t(" in ").ad(sub)
    n.t(" during school term\n")
    n.t("Since last visit (").d(d - timedelta(days=n.ri(60, 100)), "dsh").t("): ").c(f"{n.ri(0, 3)} night wakings/week")
    n.t(", ").c(f"{n.ri(0, 2)} ED visits").t(", missed school ").c(f"{n.ri(0, 6)} days").t("\n")
    n.t("PEF ").c(f"{n.ri(150, 320)} L/min ({n.ri(60, 100)}% predicted)").t("; chest ").c("clear").t("\n")
    n.t("Inhaler technique with spacer (2 L bottle): ").c("good").t("\n")
    n.t("Treatment: ").cl(["budesonide 200 mcg 2 puffs bd via spacer", "salbutamol 100 mcg 2-4 puffs prn"], "; ")
    n.t("\nTriggers: ").c("paraffin stove smoke, dust").t("; coal stove at granny's discussed\n")
    n.t("Next visit ").d(d + timedelta(days=n.ri(60, 90)), "dsh").t(". Dr ").nm(md.fl).t(" / Sr ").nm(sr.f_l).t("\n")
    return n.build(_fhir(kid, dob, [("folder", folder)]))


# ---------------------------------------------------------------------------------------- Singapore
def sg_psg(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(30, 75)
    ic = nric(n.r, dob)
    line, _town, postal = sg_home(n)
    tech, md, ent = n.staff(), n.staff(), n.staff()
    d = n.dt(-14, -3)
    ahi = round(n.r.uniform(10, 80), 1)
    n.t(f"{n.ch(HOSP['sg'])} - Sleep Laboratory\nPOLYSOMNOGRAPHY REPORT (Type 1)\n")
    n.t("Name: ").nm(q.sg.upper() if n.yes(0.5) else q.sg).t("   NRIC: ").id(ic).t(f"   Age: {a}   Sex: {q.sex.upper()}\n")
    n.t("Address: ").ad(line).t(", Singapore ").zp(postal).t("   HP: ").ph(sg_ph(n)).t("\n")
    n.t("Date of study: ").d(d, n.ch(["ddsh", "dmy"])).t("   Referring: Dr ").nm(ent.sg)
    n.t(" (ENT)\nSTOP-BANG ").c(f"{n.ri(3, 8)}").t(", ESS ").c(f"{n.ri(5, 20)}").t(", BMI ").c(f"{n.fl(23, 36)} kg/m2").t("\n")
    n.t("TST ").c(f"{n.ri(280, 430)} min").t("  AHI ").c(f"{ahi}/h").t("  REM AHI ").c(f"{round(ahi * 1.4, 1)}/h")
    n.t("  Min SpO2 ").c(f"{n.ri(68, 88)}%").t("  CT90 ").c(f"{n.fl(0.1, 25)}%").t("\n")
    n.t("Impression: ").c(f"{_osa(ahi)} obstructive sleep apnoea").t(". CPAP trial recommended (MediSave claimable); ")
    n.t("questionnaire link sent: ").p("URL", f"https://go.gov.sg/sleep-{n.tok(8).lower()}").t("\n")
    n.t("Scored by ").nm(tech.sg).t(" (RPSGT)   Reported by Dr ").nm(md.sg).t("\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


def sg_copd_call(n: C) -> Note:
    q = n.pat()
    dob, _a = n.dob(55, 88)
    ic = nric(n.r, dob)
    line, _town, postal = sg_home(n)
    cg = n.rel(q, n.ch("mf"), same=q.grp == "sgc")
    nurse = n.staff("f")
    d = n.wdt(-1, 0)
    dc = d - timedelta(days=n.ri(2, 7))
    n.t("COPD CARE COORDINATOR - post-discharge telephone follow-up\n")
    n.t("Date: ").d(d, "dmy").t(f"  {n.tm(9, 17)}   Patient: {'Mr' if q.sex == 'm' else 'Mdm'} ").nm(q.sg).t("  NRIC ").id(ic)
    n.t("\nSpoke to: ").t("son " if cg.sex == "m" else "daughter ").nm(cg.first if q.grp != "sgc" else cg.sg)
    n.t(" (caregiver) at ").ph(sg_ph(n)).t(f"; {q.he} is staying at ").ad(line).t(", ").zp(postal).t("\n")
    n.t("Discharged ").d(dc, "dm").t(" after ").c("AECOPD").t("; ").c("prednisolone 30 mg OM, last dose tomorrow").t("\n")
    n.t("Now: breathless on ").c(f"mMRC {n.ri(1, 3)}").t(", sputum ").c("white").t(", no fever; home SpO2 ")
    n.c(f"{n.ri(90, 96)}%").t("\nInhalers: ").c("Spiolto Respimat 2 puffs OM").t(", ").c("salbutamol MDI prn").t("; ")
    n.t("pulmonary rehab at the polyclinic booked ").d(d + timedelta(days=n.ri(7, 21)), n.ch(["dsh", "dmy"])).t("\n")
    n.t("Advised to call 995 if lips turn blue. ").nm(nurse.sg).t(", Nurse Clinician\n")
    return n.build(_fhir(q, dob, [("nric", ic)]))


# ---------------------------------------------------------------------------------------- Jamaica
def jm_asthma_ae(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(16, 65)
    place, parish = n.ch(JM_PLACE)
    docket = n.ch([n.dig(6), f"{n.dig(2)}-{n.dig(5)}", f"KPH{n.dig(6)}"])
    kin = n.rel(q, n.ch("mf"), same=n.yes(0.6))
    md, cons = n.staff(), n.staff()
    d = n.dt(-1, 0)
    n.t(f"{n.ch(HOSP['jm'])} - Accident & Emergency\nAcute asthma - A&E record   ").d(d, n.ch(["dmy", "dslmon"]))
    n.t(f"  triage {n.tm(0, 23)}\nName: ").nm(q.fl).t("   Docket #: ").id(docket).t("   TRN: ").id(trn_jm(n.r))
    n.t("\nDOB: ").d(dob, "dmy").t(f" ({a} yrs)   Address: ").ad(f"{n.ri(2, 140)} {n.ch(JM_ST)}").t(", ").ad(place)
    n.t(f", {parish}" if parish else "").t("\nNOK: ").nm(kin.fl).t(" (").t("brother" if kin.sex == "m" else "sister")
    n.t(") ").ph(jm_ph(n)).t("\n")
    n.t("On arrival: ").cl([f"RR {n.ri(26, 36)}", f"HR {n.ri(110, 140)}", f"SpO2 {n.ri(86, 93)}% RA",
                            f"PEFR {n.ri(120, 220)} L/min", "unable to complete sentences"]).t("\n")
    n.t("Rx: ").cl(["salbutamol 5 mg neb x3 (back to back)", "ipratropium 0.5 mg neb", "hydrocortisone 200 mg IV",
                    "MgSO4 2 g IV over 20 min"], "; ").t("\n")
    n.t("After 1 hr: ").cl([f"RR {n.ri(18, 24)}", f"SpO2 {n.ri(94, 98)}%", f"PEFR {n.ri(260, 380)} L/min"]).t("\n")
    n.t("Disposition: ").c("discharged on prednisolone 40 mg od x5 days").t(", ").c("beclometasone 100 mcg 2 puffs bd")
    n.t(" started; chest clinic ").d(d + timedelta(days=n.ri(10, 30)), n.ch(["dmo", "dmy"])).t(".\n")
    n.t("Dr ").nm(md.fl).t(" (SHO) / seen by Dr ").nm(cons.last).t("\n")
    return n.build(_fhir(q, dob, [("docket", docket)]))


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "attended diagnostic polysomnography report", en_psg_report),
    ("en", "CPAP remote-monitoring download review by telephone", en_cpap_download),
    ("en", "driving and sleepiness (DVLA) letter to the patient", en_dvla_letter),
    ("en", "home oxygen (HOS-AR) LTOT assessment visit", en_home_oxygen),
    ("en", "pulmonary rehabilitation programme summary", en_pulm_rehab),
    ("en", "full lung function laboratory report", en_lung_function),
    ("en", "adult cystic fibrosis clinic letter to the GP", en_cf_letter),
    ("en", "lower-case NIV ward review by the respiratory registrar", en_niv_ward),
    ("sc", "EBUS-TBNA procedure report", sc_ebus),
    ("sc", "multiple sleep latency test report", sc_mslt),
    ("cy", "bilingual COPD annual review in general practice", cy_copd_review),
    ("cy", "domiciliary NIV set-up record", cy_home_niv),
    ("ni", "regional ILD MDT outcome", ni_ild_mdt),
    ("ni", "severe asthma biologic review", ni_severe_asthma),
    ("us", "home sleep apnea test interpretation", us_hsat),
    ("us", "90-day PAP adherence re-evaluation by telehealth", us_cpap_f2f),
    ("us", "flexible bronchoscopy with BAL procedure note", us_bronch),
    ("us", "PFT lab report with interpretation", us_pft),
    ("us", "CMS-484 oxygen certificate of medical necessity", us_cmn_oxygen),
    ("us", "pediatric ED asthma discharge and action plan", us_peds_asthma),
    ("us", "pulmonary rehabilitation session progress note", us_pulm_rehab),
    ("us", "CF center quarterly visit note", us_cf_visit),
    ("us", "lower-case respiratory therapy BiPAP note", us_rt_note),
    ("au", "split-night polysomnography report", au_psg),
    ("au", "COPD discharge summary", au_copd_discharge),
    ("au", "home oxygen program application", au_home_o2),
    ("au", "respiratory physiotherapy ward note (SOAP)", au_physio),
    ("au", "thoracic oncology MDM outcome after EBUS", au_lung_mdt),
    ("on", "sleep clinic referral triage with an MTO report", on_sleep_triage),
    ("bc", "methacholine challenge report", bc_methacholine),
    ("ab", "AADL home oxygen assessment", ab_home_o2),
    ("qc", "paediatric CF clinic note (Montreal)", qc_cf_clinic),
    ("ie", "COPD outreach home visit", ie_copd_outreach),
    ("ie", "sleep service letter to the GP about OSA and driving", ie_sleep_letter),
    ("ie", "bronchiectasis airway clearance physiotherapy review", ie_bronchiectasis),
    ("nz", "domiciliary oxygen assessment", nz_home_o2),
    ("nz", "CPAP data e-mail from the sleep physiologist", nz_cpap_email),
    ("nz", "Pacific pulmonary rehab group attendance sheet", nz_pacific_rehab),
    ("in", "level I polysomnography report (Mumbai / Pune)", in_psg),
    ("in", "fibreoptic bronchoscopy report (Bengaluru)", in_bronch),
    ("za", "home oxygen application for post-TB lung disease (Gauteng)", za_home_o2),
    ("za", "paediatric asthma clinic review (Gauteng)", za_paeds_asthma),
    ("sg", "polysomnography report", sg_psg),
    ("sg", "COPD care coordinator telephone follow-up", sg_copd_call),
    ("jm", "acute asthma A&E record (Kingston)", jm_asthma_ae),
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
            note = fn(C(86_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
