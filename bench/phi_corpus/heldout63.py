"""HELD-OUT v63 PHI corpus: written independently, before any round-63 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout59 / heldout60 / heldout61 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout61's docstring for
its mechanics only (the ``C`` helper class, ``_clean``, ``_one``, ``generate`` and the ``TEMPLATES``
shape, not its template texts), a listing of ``bench/phi_corpus/`` and the ``[tool.ruff]`` and
dev-dependency lines of ``pyproject.toml``; the other held-out corpora being written at the same
time were not read; ruff check (not ruff format) was run on this file with the project's
configuration; the scrubber (and ``bench/scrubber.py``) was never run on this corpus while it was
written, nor was any of its output looked at). Like v14-v61 it aims at the MAINSTREAM of
English-language hospital and community clinical text with ordinary PHI density; it is modelled on
RENAL, DIALYSIS, TRANSPLANT, CARDIOLOGY AND HOME / COMMUNITY NURSING: haemodialysis session charts
and unit handovers, peritoneal and home haemodialysis visits, vascular access letters, living-donor
and transplant work-up, organ-donation coordinator notes, cath-lab and echo reports, heart-failure
telephone follow-ups, pacemaker / ICD clinic and remote-monitoring reports with serial numbers,
cardiac rehab, district / community / public-health nursing, home-care agency rotas, wound and
continence notes, hospital-in-the-home reviews, key-safe and lockbox codes, carers and neighbours -
in the United Kingdom (12 templates: England 8, Scotland 2, Wales 1, Northern Ireland 1), the United
States (10), Australia (6), Canada (6: Ontario 2, British Columbia, Alberta, Quebec, Manitoba),
Ireland (4), New Zealand (3), India (1), South Africa (1), the Philippines (1) and Malaysia (1).
Templates, cycled in order (see ``TEMPLATES``): satellite haemodialysis session records ("Surname /
Forename:" as two spans with the surname in capitals, hospital number, spaced NHS number,
"dd-Mon-yyyy" DOB, weekday outside and "dd-Mon-yy" session date, the needling SN's full name twice,
a pre / post table, the daughter's first name, HCA first name, next session "dd/mm"; weights, BP,
pulse, Qb, UF, heparin, Kt/V, URR, Hb, K+, Aranesp and Venofer clinical) (England); lower-case
dialysis-unit handover lists ("SURNAME First" without a comma, hospital numbers, a son's lower-case
first name, a lower-case full name, "dr" and a lower-case surname, "Mrs Last", a neighbour's full
name and mobile ("+44 (0)7..." and other forms), "Dr F Last" with 4-digit bleep, staff first names,
"AB/cd" initials as two spans; K+, BP, bolus volume and vancomycin clinical) (England); vascular
access clinic letters ("Mr / Ms" surgeon with " FRCS" outside, dictated / typed "d.m.yy", lower-case
reference initials, a GP address block (street, town, postcode on separate lines), "Re:" line with
"d.m.yyyy" DOB and NHS number, the patient's street, town and postcode, month-year fistula date,
"the 1st of May", the spouse's first name, "Dr F. Last" cc and a renal access nurse; venous
pressure, flow, stenosis, diameter and clopidogrel clinical) (England); living-donor transplant MDT
entries (long weekday outside and "d Month yyyy", "Prof" chair, coordinator with 5-digit ext,
surgeon by surname, recipient and donor (sibling, spouse, child or friend; the surname kept for
blood relatives) each with hospital and NHS numbers, NHSBT registration number, CT date "dd/mm/yy",
HTA independent assessor's full name, "Fri d/m", "w/c dd/mm/yy", action initials, the donor's GP "Dr
F Last"; eGFR, cRF, mGFR, ABPM, BMI, HbA1c and HLA mismatch clinical) (England); specialist nurse -
organ donation records (NHSBT referral number, "dd/mm/yyyy", donor's full name with age (< 90
unlabelled), spaced NHS number, hospital number, the ICU consultant's surname, the spouse's first
name, the son's full name and mobile, the coroner's officer's full name, landline and reference, the
SN-OD's full name and nhsbt.nhs.uk e-mail; Na, creatinine, ALT, Hb, noradrenaline and weight
clinical; "opt-in decision (2014)" unlabelled) (England); heart-failure nurse telephone reviews
(weekday outside, "d Mon yyyy", HFSN with a direct line, "Mr / Mrs First Last", DOB, NHS number, the
first line of the address as the identity check, the spouse's first name, a run of "d/m" home-weight
dates, the HF consultant's surname, U&E "d/m", "Thu d/m" plans; weights, furosemide, bisoprolol,
sacubitril / valsartan, dapagliflozin and U&E clinical) (England); district nursing visit records
("dd/mm/yy" DOB with the age (>= 90 labelled), NHS number, "Flat n, " street, town and postcode,
key-safe code (ID), a neighbour's full name and landline, DN with NMC PIN (ID), HCA's full name, the
daughter-in-law's first name; wound size, ABPI, dressings, Waterlow, MUST, pain, obs clinical)
(England); home-care agency weekly rotas (town in the heading, "w/c Mon d Month yyyy",
co-ordinator's full name with office landline and on-call mobile, a client table with "LAST, First",
"Mr F Last" and "First Last" rows, their streets, key-safe codes, six carers' full names, "Mr
Last's" possessive ("'s" outside), a carer's first name, "d/m" changes, the care-app URL carrying
the client number; insulin and Oramorph doses clinical) (England); peritoneal dialysis home visits
("SURNAME First", CHI built from the DOB and sex, "dd.mm.yyyy" DOB, street, town, postcode and
landline, PD nurse specialist's full name, "d Month yyyy", "w/c dd/mm", the spouse's first name,
"d/m" bloods, "d/m/yyyy" PET and clinic dates, the nurse's initials; APD regime, UF, weights,
exit-site score and bloods clinical) (Scotland); cardiac rehabilitation referral forms
(dotted-leader fields, "Mr / Ms First Last", CHI, DOB, street, town, postcode, home landline, the
daughter's full name and mobile, admission and PCI dates, consultant and GP ("Dr F Last"), the
referring staff nurse and "d Mon yyyy"; NSTEMI, stent size, LVEF, BP, BMI and discharge doses
clinical) (Scotland); cath-lab procedure reports (age < 90 unlabelled, MRN, spaced NHS number,
"dd-mm-yyyy" DOB and procedure date, two operators "(StR)" outside, scrub nurse, radiographer,
physiologist "F. Last", the spouse's full name and landline and the town they drive from; heparin,
ACT, lesions, LVEDP, balloon and stent sizes, contrast, screening time, DAP, ticagrelor clinical)
(Wales); pacing clinic follow-ups ("LAST, First", spaced H&C number (mod 11), DOB with age (>= 90
labelled), street, town and BT postcode, device maker / model (unlabelled) with serial and lead
serial numbers (ID), implant date, implanter's surname, "dd-Mon-yyyy" check, next transmission date,
the cardiac physiologist "CCS" full name and initials; battery, thresholds, sensing, impedance,
pacing and AT/AF burden clinical) (Northern Ireland); outpatient hemodialysis flowsheets ("Last,
First M.", MRN, "mm/dd/yyyy" DOB, MBI, nephrologist "Dr. Last", an hourly table signed with the
PCT's initials, the grandson's full name, "Wed m/d", ", RN" and ", CCHT"; weights, BP, HR, venous
pressure, Mircera, calcitriol, Venofer and temperature clinical) (US); kidney transplant evaluations
("LAST, FIRST M", MRN, DOB, full SSN, street, city, state (unlabelled), ZIP, cell in dotted and
other forms, "Month d, yyyy", HD start "mm/yyyy", echo "m/d", the brother's full name and DOB, a
church friend's full name, ", LICSW", "Dr. First Last", ", RN, CCTC" with phone; cPRA, BMI and EF
clinical) (US); OPO coordinator notes (referral number, "mm/dd/yyyy" with a separate time, ICU RN
with phone, "LAST, FIRST" donor with age, MRN, "m/d/yyyy" DOB, UNOS donor ID and ME case number
(ID), the mother's full name and phone, the father's first name, "m/d/yy" authorization, ", LMSW"
witness, OR "m/d", recovery coordinator with e-mail; Na, Cr, AST / ALT, Hgb, UO, vasopressin and
levothyroxine clinical) (US); echocardiogram reports ("LAST, FIRST", MRN, accession number, DOB,
"Age: 9x yrs" (>= 90 labelled), ISO study date, ", MD" referrer, ", RDCS" sonographer, prior study
"m/d/yy", reader ", MD, FACC" with NPI (Luhn) and "m/d/yyyy"; height, weight, BNP, LV / RV / AV
measurements and EF clinical) (US); heart-failure telephone encounters ("m/d/yy" with a separate
time, "Last, First", MRN, DOB, patient phone, the daughter-in-law's full then first name, AP-style
"Feb. 7" and "March 8, 2024" dates, "m/d" BMP, "Dr. Last", ", BSN, RN"; weights in lb, Entresto,
metoprolol, Lasix, Jardiance and BMP clinical) (US); ICD / CRT-D remote transmissions ("First M.
Last", MRN, DOB, serial number, implant "m/d/yyyy", ISO transmission date with a separate time, the
device-portal URL carrying the patient number, patient phone, next remote "m/d", initials and "x" +
4-digit extension; battery, thresholds, episodes, shocks, burden and amiodarone clinical) (US); home
health skilled nursing visits ("Last, First", MRN, DOB with age (>= 90 labelled), episode and visit
dates, street, "Apt nnX" and city as three ADDRESS spans, ZIP, lockbox code (ID), call-ahead phone,
the grandson's or granddaughter's full name and phone, POC INR "m/d", "Dr. Last's office", the PT's
first name; vitals, wound size, Braden, INR and warfarin clinical) (US); home PD training notes
("m-d-yy", "LAST, FIRST", MRN, "m/d/yy" DOB, catheter date, "Dr. Last", the spouse's first name, the
shipping street, city and ZIP, "Mon d, yyyy", text phone and personal e-mail, ", RD", ", RN" with
lower-case initials; PD volumes, drains, BP, weight and diet targets clinical) (US); cath-lab
pre-procedure checklists ("Last, First M" with "57M" style age, MRN, FIN, DOB, AP-style procedure
date, "Dr. First Last", ", PA-C", lab and metformin "m/d" dates, the escort's full name and cell, ",
RN" with initials; premedication, labs, apixaban and weight clinical; "hives 2019" unlabelled) (US);
phase II cardiac rehab session logs ("First M. Last", MRN, DOB, CABG "April 7" / "Sept. 26", "Dr.
First Last", a table of "m/d" sessions, personal e-mail, ", MS, ACSM-CEP"; BP, HR, METs, RPE, BG and
attendance clinical) (US); satellite haemodialysis care plans ("LAST, First", URN, spaced Medicare
(check digit; the IRN after "/" unlabelled), DVA file number (ID), unit / street, suburb in
capitals, state (unlabelled) and postcode, mobile (spaced, unspaced and "+61"), NOK's full name,
relation and mobile, month-year "Mon-yyyy" fistulogram, "dd/mm/yyyy" update by the CN and "Dr F.
Last"; dialysis prescription and bloods clinical) (AU); renal transplant clinic reviews ("d/m/yyyy",
"First LAST" with "(32M)", UR, DOB, transplant "d Mon yyyy", the spouse's first name, stent-removal
and review dates, "Dr First Last (renal AT)", the coordinator's first name, landline and initials;
tacrolimus level, creatinine and immunosuppressant doses clinical) (AU); community nursing episode
notes ("First Last", DOB with age (>= 90 labelled), unspaced Medicare with "-IRN" unlabelled,
street, suburb and postcode, the son's first then full name and mobile, lockbox code, the
neighbour's full name and landline, "RN First Last", "Dr F Last"; BGL, insulin, skin-tear size,
dressings, pain and doses clinical) (AU); hospital-in-the-home virtual ward rounds (ISO date, "LAST,
First", UR, spaced IHI (Luhn), "d/m/yyyy" DOB, street, suburb and postcode, "d/m" admission, the
remote-monitoring hub's private IP, the RN's full name, the spouse's first name and mobile, "Dr
Last", "d Mon" plan dates; obs, cefazolin, CRP and cefalexin clinical) (AU); telehealth-supported
device clinic checks ("Mr / Mrs First Last" with age (>= 90 labelled), DOB, UR, Medicare, the
granddaughter's full name and mobile, serial number, "dd-Mon-yyyy" implant, implanter "Dr Last"
twice, the technologist's full name and initials, "dd/mm/yyyy"; device parameters, AHRE and
CHA2DS2-VASc clinical) (AU); continence assessments ("First Last", DOB, Medicare, unit / street,
suburb and postcode, the carer son's or daughter's full name and mobile, the GP "Dr First Last", "d
Mon yy" and "d Month yyyy", the continence nurse consultant; bladder chart, PVR, fluids, Bristol
type, Movicol, mirabegron and pad product clinical) (AU); in-centre hemodialysis nephrology rounds
("LAST, First", OHIP with version code, MRN, ISO DOB, "Mon d, yyyy", the spouse's first name,
street, city and postal code (province unlabelled), "Dr. First Last" and "RN First Last"; BP, IDWG,
EDW, monthly bloods and doses clinical) (ON); cardiac catheterization referral forms ("Last name:"
and "First name:" as two spans, ISO referral date, "yyyy/mm/dd" DOB with age < 90, OHIP with version
code, street, city and postal code, phone, the daughter's full name and phone, referring "Dr. First
Last" with hospital e-mail, interventionalist's surname, "Mon d, yyyy"; troponin, GRACE, ECG, renal
function and doses clinical) (ON); PD unit home visits ("Month d, yyyy", "First Last", spaced BC PHN
(mod 11), "dd-Mon-yyyy" DOB, street, city and postal code, phone, peritonitis month-year, the son's
first then full name and cell, "Mon d", "Dr. Last", ", RN" with lower-case initials; CCPD regime,
UF, vitals and exit-site clinical) (BC); home care case manager notes ("Last, First M", ULI
"12345-6789" (Luhn), "Mon d, yyyy" DOB with age (>= 90 labelled), street, city and postal code,
lockbox code, the neighbour's full name and phone, the daughter (POA) full name, "Mon d" dates,
HCA's first name, LPN's full name, ", RN, Case Manager"; weight, doses, BP and Morse clinical) (AB);
bilingual renal transplant clinic follow-ups (ISO date, "Nom / Name: LAST, First", RAMQ built from
the name, DOB and sex, "DDN / DOB: yyyy/mm/dd" with "Âge" < 90, phone, street, city, "(QC)"
unlabelled and postal code, the living-donor spouse's full name ("épouse" / "époux" outside), "d
Month yyyy", the infirmière's full name, "Dr First Last, néphrologue"; creatinine, tacrolimus, ACR
and doses clinical) (QC); device remote monitoring reports ("First Last", spaced PHIN, "dd-Mon-yyyy"
DOB and transmission dates, street, city and postal code, phone, serial number, RN's full name, "Dr.
Last", "Mon d, yyyy"; AF burden, rates, battery, pacing and apixaban clinical) (MB); dialysis unit
nursing records (weekday outside, "17th January 2024", "First LAST", MRN, "dd.mm.yyyy" DOB, street,
town, county (unlabelled) and Eircode, the daughter's full name and mobile, "Reg Dr Last",
"d/m/yyyy" next session, "S/N First Last" with initials and "CNM2 First Last" (roles outside); obs,
UF, Taurolock, Binocrit and Venofer clinical) (IE); public health nurse home visits ("LAST, First",
"dd.mm.yyyy" DOB with age (>= 90 labelled), landline, street, town, county and Eircode, key-safe
code, the neighbour's full name and mobile, "dd.mm.yyyy" visit, ", PHN" (role outside), catheter
"d/m" dates, the home help's full name, the niece's first name, "Dr Last"; ulcer size, Braden,
catheter size, weight and Fortisip clinical) (IE); cardiology outpatient letters ("17th January
2024", a GP address block "Dr F. Last" / street / town / county / Eircode, "Re:" with the patient's
street, town and Eircode, "dd.mm.yyyy" DOB, MRN, "Dear Dr Last", the first name, Holter fitted "13th
Jul", consultant and "(SpR)" with lower-case initials; Holter results, EF, BP, TSH, K, Mg and
bisoprolol clinical) (IE); living kidney donor referrals ("dd.mm.yyyy", donor "LAST, First" with
age, DOB and PPSN (SSN), street, town and Eircode, mobile, the recipient (brother / sister / husband
/ wife) with MRN, DOB and month-year HD start, "d.m.yy" bloods, nephrologist, coordinator with
hse.ie e-mail (fadas folded); donor screen clinical) (IE); home haemodialysis visits ("LAST, First",
NHI (check digit), "d/m/yyyy" DOB, "2/30" or "6B" street, suburb, city and postcode, mobile, "d Mon
yyyy", the home-training RN's full name, technician's first name, "d/m" run-sheet range, the
spouse's first name, the machine's and router's private IPs, "d Month yyyy"; regime, dry weight, BP,
water test and bloods clinical; "whānau" unlabelled) (NZ); district nursing visit logs ("SURNAME
First", NHI, DOB with age (>= 90 labelled), street, suburb, city and postcode, key-safe code, the
mokopuna's full name and mobile, the neighbour's first name, "d/m" entries signed with initials, "Dr
Last", "d Mon", two DNs' full names; ulcer sizes, ABPI, BGL, Lantus and flucloxacillin clinical;
"mokopuna" and "kai" unlabelled) (NZ); cardiology outpatient letters ("d Month yyyy", "Dr First
Last" via HealthLink, "Tēnā koe Dr Last", "Re:" with NHI, DOB, street, suburb, city and postcode,
the first name, the daughter's first name, angiogram "23rd January", "Ngā mihi" and the
cardiologist's full name; BP, HR, LDL, HbA1c and doses clinical; "marae" unlabelled) (NZ);
haemodialysis case sheets ("First Last W/o First Last" or "H/o" (relation outside), "Age/Sex: 74/F"
unlabelled, UHID, Aadhaar (Verhoeff check digit) and ABHA numbers (ID), "Flat No. ..." or "H.No.
..., Sector n" line, locality, city, state (unlabelled) and PIN, "+91" mobile, "dd-mm-yyyy" dates,
"Dr. First Last" and the technician; weights, BP, heparin, UF, EPO, iron sucrose and Hb clinical)
(IN); living related transplant work-ups (ISO date, "First LAST", folder number, SA ID numbers
(Luhn, built from the DOB and sex) for recipient and donor, street, suburb, city and postal code,
"0xx" cells, CAPD start "Mon-yyyy", the donor sister's or brother's full name, social worker, "d
Month yyyy", "Sr Last" and "Dr F Last"; donor and recipient screens clinical) (ZA); hemodialysis
treatment records ("LAST, FIRST M.", age unlabelled, PhilHealth PIN "nn-nnnnnnnnn-n", hospital
number, "Blk n Lot n, Phase n" or street line, barangay, city and ZIP, "Month d, yyyy", the
watcher's full name and "0917" / "+63" mobile, "mm/dd/yyyy" next session, "Dr. First Last", ", RN"
with initials; BP, weights, BFR, DFR, UF, heparin, epoetin, iron and the 156-session benefit
clinical) (PH); bilingual cardiology clinic follow-ups ("dd-Mon-yyyy", Malay "Given bin / binti
Father" as one span, Indian "Given a/l / a/p Father" as two spans ("a/l", "a/p" outside) and Chinese
"SURNAME Given" as one span, MyKad built from the DOB and sex (ID), registration number, "No. n,
Jalan ..." line, taman, postcode and city (state unlabelled), "01x-" and "+60" mobiles, the spouse
as NOK in the same form ("isteri" / "suami" outside), PCI and TCA dates, "Dr First Last (MO)" and
"Dr Last"; EF, BP, HR, weight, NYHA, labs and doses clinical) (MY).

Names: curated groups per region, a person's first name and surname taken from one group (English,
British South Asian, British Caribbean, Welsh, Scottish, Northern Irish; US white, African American,
Hispanic, Korean and Somali; Anglo, Greek, Italian, Chinese and South Sudanese Australian; Maritime,
Québécois, Punjabi, Filipino, Ukrainian, First Nations and Chinese Canadian; Irish with fadas and
Gaelic surnames that take the bearer's sex ("Ó Ceallaigh" / "Ní Cheallaigh", "Mac Mathúna" / "Nic
Mhathúna") and apostrophe surnames (O'Donoghue, O'Riordan); Pākehā, Māori and Pasifika; North
Indian, South Indian and Goan (D'Souza); Afrikaans, Nguni, South African Indian and Cape Malay;
Filipino; Malay, Malaysian Chinese and Malaysian Indian), about one patient name in five (UK, US,
AU, CA, IE, NZ, IN) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per
note (a Faker name is never drawn when either part is in a fixed list of word-like names: Faker
first names and surnames that are also common English words, such as Brandy, Dawn, Cole, Potter,
Houston or Hill; a Faker name's relatives come from the region's first group), relatives' first
names from the family's group (blood relatives often keep the family surname, spouses, in-laws,
friends and neighbours have their own; a Gaelic surname takes the relative's sex), staff from the
local groups and a mixed international workforce (Filipino, Keralite, Nigerian, Ghanaian, Romanian,
Zimbabwean and Sri Lankan). Word-like, eponymous and supplier surnames common in this field (Ward,
Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown, Bright, Holter, Doppler, Allen,
Adams, Stokes, Judkins, Baxter, Abbott, Gore, Bard, Swan, Graves, Wilson, Bruce ...) are never
drawn. Forms: "First Last", "LAST, First", "Last, First", "Last, First M.", "LAST, FIRST M", "LAST,
FIRST", "First M. Last", "First LAST", "SURNAME First" (no comma), "Surname / Forename" and "Last
name: / First name:" as two spans, "F. Last", "F Last" after a title, "Mr / Mrs / Ms / Dr / Dr. /
Prof / Sr Last", surnames alone (also lower-case), first names alone (also lower-case), lower-case
full names, possessives ("Mr Last's", "'s" outside), "W/o" / "H/o" and "a/l" / "a/p" relation forms,
"bin" / "binti" names, staff initials in upper and lower case. No staff initials spell a clinical or
common abbreviation (HD, PD, AF, VT, LV, EF, UF, ICD, DN, KS ...), and a note never reuses a first
or last name for unrelated people (a note in which a labelled string - or a word of a labelled name
- also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout59 - heldout61): titles, roles and credentials ("Dr", "Dr.", "Mr", "Mrs",
"Ms", "Prof", "Sr", "SN", "S/N", "HCA", "DN", "RN", "HFSN", "CCS", "SN-OD", "CNM2", "LPN", "PT", "
FRCS", ", RN", ", CCHT", ", RN, CCTC", ", LICSW", ", LMSW", ", MD", ", RDCS", ", MD, FACC", ", BSN,
RN", ", PA-C", ", RD", ", MS, ACSM-CEP", ", RN, Case Manager", ", PHN", ", PD nurse specialist",
"(StR)", "(SpR)", "(CN)", "(MO)", "(renal AT)", "(POA)") are outside NAME spans; a trailing middle
initial with its full stop ("Whitfield, Yolanda H.", "LACSON, LORNA S.") is inside the span; "LAST,
First" is one NAME span; separate surname and forename fields are two spans; staff initials and
lower-case names are NAME, each side of "AB/cd" its own span. A street line (with its flat / unit /
"Blk ... Lot ..." / "H.No." / "Flat No." / "No. n," part; also a GP's street), a US apartment field,
a suburb, barangay, taman, locality or area and a city / town (also a relative's town) are ADDRESS;
a state / province / county ("NSW", "ON", "(QC)", "Co. Mayo", "Uttar Pradesh", "Selangor") and a
country are not PHI; UK postcodes, Eircodes, US ZIP codes, Canadian postal codes, AU / NZ / ZA
postcodes, Indian PIN codes, Philippine ZIP codes and Malaysian postcodes are ZIP. DATE: anything
more specific than a year (month-year too: "January 2024", "Aug-2024", "09/2024"), in the formats of
heldout59 - heldout61 plus "13-May-25", "6.4.25", "20.5.1947", "the 1st of May", "13th Jul",
AP-style "Feb. 7", "Sept. 26" and "Feb. 24, 2025", "9-30-24", "1960/09/15"; weekdays, "w/c", "DOB"
and "DDN" stay outside; a date followed by a separate time labels only the date; times of day,
durations ("4 h", "3/52") and session counts are never labelled. PHONE includes mobiles, landlines,
bleeps (4 digits), extensions (5 digits after "ext", 4 after "x") and international forms ("+44
(0)7...", "+61", "+64", "+353", "+91", "+63", "+60"), with dashed, dotted ("517.201.0180"),
"1-517-..." and bracketed forms; a PHONE span may begin with "+" or "("; labels ("Tel", "Mob",
"cell", "bleep", "ext", "x") are outside. SSN: full US SSNs and Irish PPSNs. ID: hospital / MRN /
FIN / UR / URN / UHID / folder / registration numbers, NHS (mod 11), CHI (from the DOB and sex), H&C
(mod 11), MBI, NPI (Luhn), AU Medicare (check digit; the IRN unlabelled), IHI (Luhn), DVA file
number, OHIP with version code, BC PHN (mod 11), ULI (Luhn), RAMQ (from the name, DOB and sex),
PHIN, NHI (check digit), Aadhaar (Verhoeff), ABHA, SA ID (Luhn, from the DOB and sex), PhilHealth
PIN, MyKad (from the DOB and sex), NMC PIN, NHSBT registration and referral numbers, UNOS donor IDs,
medical examiner and coroner's references, accession and referral numbers, device and lead serial
numbers, and key-safe, lockbox and door codes. AGE: ages >= 90 only, number part only ("(92 yrs)",
"(98)", "Age: 93 yrs", "94 yrs"); ages < 90 are unlabelled. EMAIL: personal, staff and NHSBT / OPO /
hospital / HSE mailboxes. URL: device-portal patient links and a care-app client link. IP: a
hospital-in-the-home monitoring hub's and a home dialysis machine's and router's private addresses.
Not PHI and unlabelled: hospital, unit, dialysis-centre, agency and app names (Riverside Dialysis,
Brightwater Home Care, ODT Hub, TransHelp, HealthLink, PM-JAY, Malasakit Center), device makers and
models (Medtronic Azure XT DR MRI), machine, station, chair, bay, bed, pod and session numbers, drug
and product brands, "whānau", "mokopuna", "kai", "marae", registration years ("opt-in decision
(2014)"), years alone ("hives 2019") and times of day. Vitals, weights, dialysis prescriptions (Qb,
UF, dialysate, heparin), Kt/V, URR, labs, doses, device parameters (battery, thresholds, sensing,
impedance, pacing %, burden), echo and cath measurements, stent sizes, wound sizes and scores
(Waterlow, MUST, Braden, Morse, GRACE, TIMI, CHA2DS2-VASc, NYHA, RPE, METs, pain), cRF / cPRA / PRA
and HLA mismatches are clinical (``Note.clinical``) where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, so note ``i`` does not
depend on how many were generated; fixed absolute dates, notes dated January 2024 to September 2025,
clinic and phone-back dates moved off weekends). Run it only for final figures: its misses and lost
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

# ----------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); a surname may be a (male, female) pair
G: dict[str, tuple[list[str], list[str], list[Any]]] = {
    "en": (["Malcolm", "Derek", "Geoffrey", "Kenneth", "Terence", "Royston", "Dennis", "Mervyn",
            "Raymond", "Kieran", "Stanley", "Norman", "Dominic", "Ashley"],
           ["Brenda", "Sandra", "Valerie", "Yvonne", "Jacqueline", "Sheila", "Wendy", "Denise",
            "Lesley", "Mandy", "Joanne", "Paula", "Elsie", "Kathleen"],
           ["Ainsworth", "Higginbottom", "Greenhalgh", "Entwistle", "Ormerod", "Sutcliffe",
            "Holroyd", "Brierley", "Whitworth", "Ackroyd", "Pilkington", "Heptonstall", "Scholes",
            "Duckworth", "Tattersall", "Kershaw", "Openshaw", "Nuttall", "Rothwell", "Hargreaves"]),
    "sa": (["Arif", "Zahid", "Kamran", "Pradeep", "Jaswant", "Naveed"],
           ["Farzana", "Shazia", "Bushra", "Kiran", "Meena", "Tahira"],
           ["Qureshi", "Rehman", "Ladha", "Bains", "Mahmood", "Iqbal", "Solanki"]),
    "carib": (["Everton", "Clifton", "Leroy", "Desmond"], ["Paulette", "Icilda", "Merline", "Sonia"],
              ["Gayle", "McFarlane", "Lindo", "Samuels", "Ricketts", "Thompson-Brissett"]),
    "cy": (["Huw", "Geraint", "Meirion", "Owain", "Gethin", "Elfed"],
           ["Bethan", "Sian", "Gwenllian", "Rhiannon", "Delyth", "Mererid"],
           ["Griffiths", "Llywelyn", "Probert", "Meredith", "Cadwaladr", "Prosser", "Gwynne"]),
    "sc": (["Ruaridh", "Euan", "Lachlan", "Gregor", "Calum", "Torquil"],
           ["Mhairi", "Kirsteen", "Shona", "Fiona", "Ishbel", "Ailsa"],
           ["MacAulay", "Strachan", "Lamont", "Baird", "Farquharson", "McIntosh", "Ogilvie",
            "Dalgleish"]),
    "ni": (["Declan", "Eamon", "Ciaran", "Brendan", "Cathal"],
           ["Clodagh", "Dympna", "Mairead", "Fionnuala", "Roisin"],
           ["McAteer", "Donnelly", "O'Kane", "McCusker", "Gormley", "Magennis", "McStravick"]),
    "us_w": (["Dwight", "Leland", "Virgil", "Clayton", "Garrett", "Roscoe", "Elmer", "Merle"],
             ["Arlene", "Wanda", "Gwendolyn", "Deborah", "Tonya", "Shelby", "Lorene", "Vernita"],
             ["Hollingsworth", "Kowalczyk", "Vandermeer", "Brinkley", "Schoonover", "Rademacher",
              "Haskins", "Tolliver", "Ostrander", "Blevins", "Stoltzfus"]),
    "us_aa": (["Darnell", "Terrence", "Jamal", "Reginald", "Alphonso"],
              ["Shanice", "Latrice", "Aaliyah", "Yolanda", "Earnestine"],
              ["Thigpen", "Holloway", "Batiste", "Whitfield", "Odom", "Gadsden"]),
    "us_hi": (["Ezequiel", "Arturo", "Rigoberto", "Ignacio", "Héctor"],
              ["Xiomara", "Maritza", "Rosalinda", "Itzel", "Graciela"],
              ["Echeverría", "Barragán", "Covarrubias", "Montañez", "Ybarra", "Arredondo"]),
    "us_kr": (["Sung-min", "Jae-won", "Dong-hyun"], ["Eun-ji", "Hye-jin", "Min-seo"],
              ["Choi", "Jeong", "Hwang", "Yoon"]),
    "us_so": (["Abdirahman", "Abdiwali", "Mahad"], ["Hodan", "Fadumo", "Ifrah"],
              ["Warsame", "Abdullahi", "Jama", "Egal"]),
    "au": (["Trent", "Rodney", "Graeme", "Clinton", "Darren", "Warren"],
           ["Jodie", "Shelley", "Kerrie", "Noeline", "Tania", "Cheryl"],
           ["McGuigan", "Treloar", "Pengelly", "Rowntree", "Kilpatrick", "Trethewey", "Dobell",
            "Stubbings"]),
    "au_gr": (["Nikolaos", "Panagiotis", "Christos"], ["Athina", "Stavroula", "Fotini"],
              ["Kyriakopoulos", "Tsakalos", "Vlahos"]),
    "au_it": (["Vincenzo", "Domenico", "Carmelo"], ["Giuseppina", "Antonietta", "Filomena"],
              ["Scarcella", "Mancuso", "Iacono"]),
    "au_cn": (["Zhiwei", "Haoran"], ["Xiaoling", "Yuqing"], ["Zhao", "Liang", "Huang"]),
    "au_ss": (["Garang", "Makuei", "Manyang"], ["Achol", "Nyandeng", "Abuk"],
              ["Majok", "Akech", "Mabior"]),
    "ca_mar": (["Lorne", "Wendell", "Ronnie"], ["Verna", "Bernice", "Darlene"],
               ["MacNeil", "Doucette", "Arsenault", "Hiltz", "Zwicker"]),
    "ca_qc": (["Normand", "Serge", "Benoît", "Yvon"], ["Nicole", "Lise", "Chantal", "Francine"],
              ["Pelletier", "Bouchard", "Charbonneau", "Desrosiers", "Lachance", "Fortin"]),
    "ca_pb": (["Harbhajan", "Balwinder", "Kuldip"], ["Rajinder", "Navdeep", "Amandeep"],
              ["Bhullar", "Dhillon", "Randhawa", "Sekhon"]),
    "ca_ph": (["Romeo", "Danilo"], ["Marites", "Evangeline"], ["Dizon", "Soriano", "Mangubat"]),
    "ca_ua": (["Volodymyr", "Orest"], ["Iryna", "Oksana"], ["Stefaniuk", "Bilyk", "Hrynchuk"]),
    "ca_fn": (["Ambrose", "Clarence"], ["Bernadine", "Rosalie"], ["Bighetty", "Flett", "Linklater",
                                                                   "Monias"]),
    "ca_zh": (["Kwok Wah", "Chi Keung"], ["Suk Yee", "Wai Ling"], ["Lau", "Mak", "Cheung"]),
    "ie": (["Diarmuid", "Fergal", "Cathal", "Oisín", "Donal", "Colm", "Tomás"],
           ["Sorcha", "Éabha", "Clíona", "Bríd", "Nuala", "Ailbhe", "Síle"],
           [("Ó Ceallaigh", "Ní Cheallaigh"), ("Mac Mathúna", "Nic Mhathúna"), "O'Donoghue",
            "Cronin", "Brennan", "Kavanagh", "Mulcahy", "Dunphy", "Coakley", "Tierney",
            "O'Riordan"]),
    "nz": (["Warwick", "Neville", "Murray", "Bryce"], ["Lynette", "Glenys", "Maxine", "Dianne"],
           ["McCaw", "Tarrant", "Henderson", "Kernohan", "Rutherford-Hale"]),
    "nz_mi": (["Tipene", "Mikaere", "Hōhepa", "Ihaia"], ["Mihi", "Pania", "Hinewai", "Roimata"],
              ["Tamihana", "Paewai", "Te Whata", "Hēnare", "Kereama"]),
    "nz_pi": (["Siaosi", "Falaniko", "Sefa"], ["Salote", "Malia", "Lupe"],
              ["Fonoti", "Leota", "Vaifale", "Tupou"]),
    "in_n": (["Rakesh", "Sunil", "Vivek", "Anil"], ["Sunita", "Rekha", "Pooja", "Kavita"],
             ["Agarwal", "Tiwari", "Srivastava", "Mishra", "Chaturvedi"]),
    "in_s": (["Venkatesh", "Murali", "Senthil", "Karthik"], ["Kalpana", "Revathi", "Meenakshi",
                                                               "Lalitha"],
             ["Iyer", "Subramanian", "Krishnamurthy", "Ramaswamy"]),
    "in_goa": (["Agnelo", "Anselm"], ["Philomena", "Cynthia"], ["D'Souza", "Fernandes", "Pereira"]),
    "za_af": (["Hendrik", "Gerhard", "Jaco"], ["Annelie", "Riana", "Elmarie"],
              ["Du Plessis", "Venter", "Pretorius", "Swanepoel"]),
    "za_ng": (["Sipho", "Thabo", "Mandla", "Themba"], ["Nomvula", "Zanele", "Thandeka", "Lindiwe"],
              ["Dlamini", "Mkhize", "Ndlovu", "Khumalo", "Mahlangu"]),
    "za_in": (["Devan", "Prakash"], ["Kogie", "Vanitha"], ["Naidoo", "Pillay", "Govender"]),
    "za_cm": (["Achmat", "Ebrahim"], ["Gadija", "Shireen"], ["Abrahams", "Isaacs", "Februarie"]),
    "ph": (["Reynaldo", "Ernesto", "Rogelio", "Danilo"], ["Marilou", "Teresita", "Lorna", "Erlinda"],
           ["Dela Peña", "Macaspac", "Sumulong", "Lacson", "Tolentino", "Pangilinan"]),
    "my_ml": (["Ahmad Zaki", "Mohd Rizal", "Kamarul Ariffin"], ["Norhayati", "Siti Aminah", "Rohani"],
              ["Abdullah", "Hassan", "Yusof", "Ismail"]),
    "my_zh": (["Chee Keong", "Kok Wai", "Ah Seng"], ["Mei Fong", "Siew Ling", "Ah Moi"],
              ["LIM", "TEH", "OOI", "KHOO"]),
    "my_in": (["Muthusamy", "Rajendran", "Ganesan"], ["Letchumi", "Saraswathy", "Pushpa"],
              ["Ramasamy", "Subramaniam", "Arumugam", "Krishnan"]),
    # mixed international workforce
    "st_ph": (["Arvin", "Ronaldo", "Jeffrey"], ["Rhea", "Jinky", "Mylene"],
              ["Cabrera", "Dimaano", "Buenaventura", "Manalastas"]),
    "st_kl": (["Jomon", "Libin", "Shijo"], ["Tintu", "Shiji", "Anju"],
              ["Chacko", "Kurian", "Mathai", "Puthenpurayil"]),
    "st_ng": (["Babatunde", "Obinna", "Olumide"], ["Yetunde", "Chiamaka", "Folake"],
              ["Akinola", "Nwachukwu", "Ogunleye", "Adebayo"]),
    "st_gh": (["Kwame", "Kofi"], ["Abena", "Akosua"], ["Mensah", "Asante", "Owusu", "Boateng"]),
    "st_ro": (["Mihai", "Sorin"], ["Cristina", "Alina"], ["Stoica", "Marinescu", "Georgescu"]),
    "st_zw": (["Tatenda", "Tafadzwa"], ["Nyasha", "Rudo"], ["Mutasa", "Chigumba", "Mapfumo"]),
    "st_lk": (["Chaminda", "Ruwan"], ["Dilani", "Nirosha"], ["Jayasuriya", "Wickramasinghe",
                                                             "Perera"]),
}
PAT = {
    "uk": ["en", "en", "en", "sa", "carib"], "sc": ["sc", "sc", "en"], "cy": ["cy", "cy", "en"],
    "ni": ["ni", "ni", "en"], "us": ["us_w", "us_w", "us_aa", "us_hi", "us_kr", "us_so"],
    "au": ["au", "au", "au_gr", "au_it", "au_cn", "au_ss"],
    "ca": ["ca_mar", "ca_qc", "ca_pb", "ca_ua", "ca_zh", "ca_ph"], "ie": ["ie"],
    "nz": ["nz", "nz_mi", "nz_pi"], "in": ["in_n", "in_s", "in_goa"],
    "za": ["za_af", "za_ng", "za_in", "za_cm"], "ph": ["ph"], "my": ["my_ml", "my_zh", "my_in"],
}
STAFF_INTL = ["st_ph", "st_kl", "st_ng", "st_gh", "st_ro", "st_zw", "st_lk"]
FAKER_LOC = {"uk": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "us": "en_US",
             "au": "en_AU", "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "in": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# word-like, eponymous (Bright, Holter, Doppler, Allen, Stokes-Adams, Judkins ...) and supplier
# names (Baxter, Abbott, Gore, Bard) never drawn
BAD_NAMES = {
    "Ward", "Bell", "Rose", "Hope", "Day", "Porter", "Bishop", "Cook", "Young", "Long", "Brown",
    "Bright", "Holter", "Doppler", "Allen", "Adams", "Stokes", "Judkins", "Baxter", "Abbott", "Gore",
    "Bard", "Swan", "Ganz", "Graves", "Addison", "Parkinson", "Wilson", "Bruce", "Starling", "Beck",
    "Mustard", "Norwood", "Osler", "Roth", "Killip", "Kerley", "Levine", "Duke", "Frank", "Hunter",
    "Tiger", "Ross", "Glenn", "Berger", "Alport", "Fabry", "Conn", "Cushing", "Marfan", "Brugada",
    "Fontan", "Ebstein", "Dressler", "Seldinger", "Tenckhoff", "Quinton", "Cimino", "Brescia",
    "Liddle", "Bartter", "Gitelman", "Korotkoff", "Lown", "Wolff", "Holmes", "Warren", "Sister",
    "Nurse", "Matron", "Fistula", "Dial", "Bay", "Chair", "Bed", "Key", "Safe", "Lock", "Door",
    "Pump", "Lead", "Wire", "Stent", "Sharp", "Street", "Lane", "Hall", "Price", "Page", "Mark",
    "Will", "Case", "Cross", "Chase", "Lord", "Bond", "Parsons", "Heart", "Pace", "Kidney",
    "Agate", "Nary", "Foody", "Weever", "Barman", "Brogan", "Parkin", "Tait",
}
_WORDLIKE_TXT = """
Abbey Abigail Alan Alec Alison Allan Amber Amelia Amy Ana Angel Angelica Ann Anna Archer Aria Ariel
Arjun Aurora Autumn Ava Bail Bailey Baker Bal Bale Bali Ball Barber Barker Barlow Barry Barton Bass
Bath Baxter Bean Beard Beau Beck Becker Bell Ben Bender Benjamin Benn Bennet Berg Berger Berry Best
Beth Betty Bill Billy Birch Bird Bishop Black Blair Blake Bob Bobby Bond Boner Booker Boon Booth Bora
Bose Bowler Bowman Brad Branch Brandy Bray Bree Brent Brett Brewer Brick Bridge Bright Brock Brown
Browning Buck Bull Bullock Burgess Burke Burr Burt Burton Bush Butcher Butler Cain Cal Canning Cannon
Carl Carlin Carney Carol Caroline Carpenter Carr Carry Carter Carton Cartwright Case Cassie Chad
Chamberlain Chandler Chang Chapman Char Chase Che Cherry Ching Church Clark Clay Clear Clive Cole Colin
Coll Colleen Collier Collin Collins Colon Conn Conner Contractor Convey Cook Cooper Cora Corinne Cortez
Costa Cox Crane Craven Crawley Creed Cross Cruise Crystal Curry Dada Daisy Dale Dalton Dan Dar Das
Dash Date Davenport Davy Daw Dawn Day De Deacon Dean Decker Dee Deep Demi Derrick Destiny Dev Dey
Diamond Dick Din Diver Divine Dobson Doctor Dodd Don Donna Drake Drew Drum Dudley Duff Duke Dunne Dyer
Earl Early Ebony Elaine Emma Eric Erika Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferry Field
Finch Fisher Fletcher Flood Florence Flores Foot Ford Forum Foster Fowler Fox Franco Frank Franklin
Freely Freeman Fresh Frost Fry Fuller Gala Galloway Gamble Garland Garner Garrison Garvey Gay Gee Gemma
Gene Gentry Gilbert Gill Glass Glen Glover Goddard Golden Good Goodman Gore Grace Graham Grant Gray
Green Greenwood Grey Griffin Gross Guard Gunning Guy Hale Hall Ham Hanna Hardy Hare Harmony Harper
Harry Harsh Hart Hastings Hasty Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Henry Herd
Heron Herring Hickey Hill Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Horn House Howe Huff
Hull Hunt Hurley Hurst Irene Ivory Ivy Jack Jackman Jade Jake Jane Jasmine Jasper Jay Jean Jeff Jenna
Jenny Jerry Jimmy Jo Joe Jordan Josh Joy Judge June Kai Kaiser Kale Kay Kelly Kelvin Kemp Kent Kerry
Key Khan Kidney Kim King Kirk Knight Kyle Lacy Lad Lam Lamb Lambert Lance Lane Larry Laura Law Lawless
Leach Lee Leech Lees Levy Lewis Li Lily Lin Little Long Looney Lord Lori Love Low Loyal Lucid Lucky
Lucy Luke Luna Lynch Mack Madden Madeline Malik Mall Mane Mani Manning Marc Marco Maria Mark Marry
Marsh Martin Mary Mason Master Maxwell May Maya Mellon Melody Mercer Merchant Merry Mike Mila Miller
Misty Moan Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Muir Mulligan
Murphy Nancy Nash Neal Nee Nelson Newton Noble Noel Norma North Oak Olive Om Orchard Pace Page Pal
Palmer Pam Pant Park Parker Parry Patel Patrice Patty Pau Peacock Peck Pedro Peggy Penny Perry Peter
Petty Peyton Phoebe Phoenix Pickering Pierce Pike Piper Pollard Pope Poppy Porter Potter Power
Prentice Price Priest Prince Proctor Quill Raj Raja Ralph Ram Rana Randy Raven Ray Rea Read Reader
Reddy Reed Reese Rex Ria Rice Rich Rick Riddle Ridge Riley Ring Rita Roach Robin Rock Rodney Roe Roger
Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai
Sally Salmon Sam Sanders Sandy Sane Saunders Savage Sawyer Schneider Scot Sen Seth Sexton Sha Shah
Shan Sharp Shaw Shay Shea Shelly Shepherd Sherlock Sherry Shine Short Sierra Silk Silva Singh
Singleton Skinner Slater Sloan Small Smart Smith Smyth Snow Sophia Sparks Spence Spencer Stack Stark
Steer Stein Stella Steven Steward Stone Story Stout Street Strong Sue Summer Sur Swift Tai Tailor
Talbot Tamara Tammy Tania Tank Tanner Tara Tate Terry Tiffany Timothy Toby Tom Tommy Toner Tony Tory
Travis Trinity Troy Tucker Turner Tyrone Underwood Valentine Veer Victor Victory Villa Vincent Violet
Wade Walker Wall Waller Walsh Walter Wang Ward Ware Warner Warren Warrior Watt Way Weaver Weber
Webster Weir West Wheeler White Whitehead Willie Willow Winter Wise Wolf Wong Wood Woodward Wren
Wright Yang Yogi York Young Zac Zak
"""
_WORDLIKE = set(_WORDLIKE_TXT.split())
# initials that read as a clinical or common abbreviation are never used for staff
BAD_INITS_TXT = """
BP HR PR GP RN OD MR DR ED AE CT ID IV PO SC IM OT PT SW NA OK NO IT IS ON AM PM TO SAR RCA DTA NOK
ICU ITU MDT BMS CNS AKI DNR DOB NHS ENT GCS CCU RMO SHO AN AS AT BE BY DO GO HE IF IN ME MY OF OR SO
UP US WE HCA EDD MD CC PA NP RT MA PC SN ST LP TTO MS MO HD PD AF VT VF LV RV RA LA EF CK KT UF AV HF
MI ECG ICD CRT TR PE DN CN KS DW TX DM CKD PCI HB NG VW HH OP IP CV MW BB FU DC SR TT TA TV PV JVP LL
RR SA SB PN BD TD QD HS CR CS PS LR UK NZ AU CA IE IN ZA PH MY ES SL EA BC AB QC MB ACS PAC CP CH FH
FY GA GI GU HO KG LD LT MG ML MM NS OA OB PF PH RD RF RL RO SD SE SI SP TB TC UA UO VS WC WT XR
"""
BAD_INITS = set(BAD_INITS_TXT.split())
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
          "Dec."]


class Redraw(Exception):
    """The note drew something it must not (clash, abbreviation initials): take the next seed."""


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
    def fi(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def f_(self) -> str:
        return f"{self.first[0]} {self.last}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else "Mrs" if self.first[-1] in "aeiy" else "Ms"


def _d(d: date, k: str) -> str:
    m = MONTHS[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    y2 = f"{d.year % 100:02d}"
    return {
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}", "uk2": f"{d.day:02d}/{d.month:02d}/{y2}",
        "dm": f"{d.day}/{d.month}", "dmz": f"{d.day:02d}/{d.month:02d}", "dmy": f"{d.day}/{d.month}/{d.year}",
        "dmy2": f"{d.day}/{d.month}/{y2}", "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dot2": f"{d.day}.{d.month}.{y2}", "dot1": f"{d.day}.{d.month}.{d.year}",
        "long": f"{d.day} {m} {d.year}", "ord": f"{d.day}{suf} {m} {d.year}", "ordm": f"{d.day}{suf} {m}",
        "ordof": f"{d.day}{suf} of {m}", "ordofy": f"{d.day}{suf} of {m} {d.year}",
        "mord": f"{m} {d.day}{suf}", "ordsh": f"{d.day}{suf} {m[:3]}",
        "sh": f"{d.day} {m[:3]} {d.year}", "shm": f"{d.day} {m[:3]}", "shy2": f"{d.day} {m[:3]} {y2}",
        "dmon": f"{d.day:02d}-{m[:3]}-{d.year}", "dmon2": f"{d.day:02d}-{m[:3]}-{y2}",
        "DMON2": f"{d.day:02d}{m[:3].upper()}{y2}", "DMONd": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{y2}", "md": f"{d.month}/{d.day}", "usdash": f"{d.month}-{d.day}-{y2}",
        "usl": f"{m} {d.day}, {d.year}", "uss": f"{m[:3]} {d.day}, {d.year}", "usm": f"{m[:3]} {d.day}",
        "ap": f"{AP_MON[d.month - 1]} {d.day}, {d.year}", "apm": f"{AP_MON[d.month - 1]} {d.day}",
        "iso": d.isoformat(), "isodot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "ukdash": f"{d.day:02d}-{d.month:02d}-{d.year}", "my": f"{m} {d.year}",
        "mys": f"{m[:3]}-{d.year}", "mynum": f"{d.month:02d}/{d.year}",
    }[k]


def _wd(d: date, long: bool = False) -> str:
    return d.strftime("%A" if long else "%a")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- identifiers (real formats)
def _mod11(r: random.Random, first: tuple[int, int]) -> str:
    """NHS / H&C style: 9 digits, weights 10..2, check 11 - sum % 11 (10 never issued)."""
    while True:
        ds = [r.randint(*first)] + [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(ds)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return "".join(map(str, ds)) + str(c)


def _nhs(r: random.Random) -> str:
    return _mod11(r, (4, 6))


def _hc(r: random.Random) -> str:
    while True:
        s = _mod11(r, (3, 3))
        if 320 <= int(s[:3]) <= 399:
            return s


def _sp343(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _chi(r: random.Random, dob: date, sex: str) -> str:
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(
            r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            return body + str(c)


def _luhn_ok(body: str) -> str:
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                v -= 9 if v > 9 else 0
            tot += v
        if tot % 10 == 0:
            return s
    raise AssertionError


def _medicare(r: random.Random) -> str:
    ds = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(ds, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, ds)) + str(chk) + str(r.randint(1, 4))


def _ihi(r: random.Random) -> str:
    s = _luhn_ok("800360" + "".join(str(r.randint(0, 9)) for _ in range(9)))
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def _nhi(r: random.Random) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(r.choice(al) for _ in range(3)) + "".join(str(r.randint(0, 9)) for _ in range(3))
        tot = sum((al.index(ch) + 1 if ch.isalpha() else int(ch)) * (7 - i) for i, ch in enumerate(s))
        c = 11 - tot % 11
        if c != 11:
            return s + str(c % 10)


def _ppsn(r: random.Random) -> str:
    ds = [r.randint(0, 9) for _ in range(7)]
    m = sum(x * (8 - i) for i, x in enumerate(ds)) % 23
    return "".join(map(str, ds)) + ("W" if m == 0 else chr(64 + m))


def _phn(r: random.Random) -> str:
    w = [2, 4, 8, 5, 10, 9, 7, 3]
    while True:
        ds = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum(a * b % 11 for a, b in zip(ds, w, strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, ds)) + str(c)


def _ohip(r: random.Random) -> str:
    s = _luhn_ok(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8)))
    vc = r.choice("ABCEGHJKLMNPRSTVWXYZ") + r.choice("ABCEGHJKLMNPRSTVWXYZ")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}-{vc}"


def _uli(r: random.Random) -> str:
    s = _luhn_ok(str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7)))
    return f"{s[:5]}-{s[5:]}"


def _ramq(r: random.Random, pt: P, dob: date) -> str:
    ln = re.sub("[^A-Z]", "", _ascii(pt.last).upper())
    mm = dob.month + (50 if pt.sex == "f" else 0)
    return f"{(ln + 'XXX')[:3]}{_ascii(pt.first)[0].upper()} {dob.year % 100:02d}{mm:02d} {dob.day:02d}{r.randint(11, 19)}"


def _mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    d = "0123456789"
    parts = [r.choice("123456789"), r.choice(a), r.choice(an), r.choice(d), r.choice(a),
             r.choice(an), r.choice(d), r.choice(a), r.choice(a), r.choice(d), r.choice(d)]
    s = "".join(parts)
    return f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _ssn(r: random.Random) -> str:
    area = r.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _npi(r: random.Random) -> str:
    body = str(r.randint(1, 2)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return _luhn_ok("80840" + body)[5:]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _aadhaar(r: random.Random) -> str:
    """12 digits, first 2-9, Verhoeff check digit."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        p = _VP[0]
        for _ in range((i + 1) % 8):
            p = [_VP[1][x] for x in p]
        c = _VD[c][p[int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _sa_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    return _luhn_ok(dob.strftime("%y%m%d") + f"{g:04d}" + "08")


def _mykad(r: random.Random, dob: date, sex: str) -> str:
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.strftime('%y%m%d')}-{r.choice(['01', '07', '08', '10', '14', '05'])}-{r.randint(0, 999):03d}{last}"


def _nmc(r: random.Random) -> str:
    return f"{r.randint(0, 99):02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{r.choice('EEESWNO')}"


def _serial(r: random.Random, maker: str) -> str:
    if maker == "Medtronic":
        return "".join(r.choice("NPRJZKB") for _ in range(3)) + f"{r.randint(100000, 999999)}" + r.choice("SH")
    if maker == "Boston Scientific":
        return f"{r.randint(100000, 999999)}"
    if maker == "Abbott":
        return f"{r.randint(1000000, 9999999)}"
    return f"{r.randint(60000000, 89999999)}"  # Biotronik


DEVICES = [("Medtronic", "Azure XT DR MRI", "pacemaker"), ("Medtronic", "Cobalt XT VR", "ICD"),
           ("Boston Scientific", "Accolade MRI DR", "pacemaker"), ("Boston Scientific",
           "Resonate X4 CRT-D", "CRT-D"), ("Abbott", "Assurity MRI", "pacemaker"),
           ("Abbott", "Gallant HF CRT-D", "CRT-D"), ("Biotronik", "Amvia Edge DR-T", "pacemaker")]


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
        self.today = date(2024, 1, 8) + timedelta(days=self.r.randint(0, 620))

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

    def nm(self, s: str) -> C:
        return self.p("NAME", s)

    def dd(self, d: date, k: str) -> C:
        return self.p("DATE", _d(d, k))

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def dig(self, n: int) -> str:
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def num(self, lo: float, hi: float, nd: int = 0) -> str:
        v = self.r.uniform(lo, hi)
        return f"{v:.{nd}f}" if nd else str(round(v))

    def _take(self, grp: str, sex: str, fake: bool) -> P:
        for _ in range(40):
            if fake and self.fk is not None:
                first = self.fk.first_name_male() if sex == "m" else self.fk.first_name_female()
                last = self.fk.last_name()
                if first in _WORDLIKE or last in _WORDLIKE:
                    continue
            else:
                ms, fs, ls = G[grp]
                first = self.ch(ms if sex == "m" else fs)
                last = self.ch(ls)
                if isinstance(last, tuple):
                    last = last[0] if sex == "m" else last[1]
            if not (first.replace(" ", "").replace("-", "").isalpha() and last.replace(" ", "")
                    .replace("-", "").replace("'", "").isalpha()):
                continue
            if first in BAD_NAMES or last in BAD_NAMES or first in self.firsts or last in self.lasts:
                continue
            words = [w for w in first.split() + last.split() if len(w) > 2]
            if any(w in self.lasts or w in self.firsts for w in words):
                continue
            self.firsts.add(first)
            self.lasts.add(last)
            self.firsts.update(first.split())
            self.lasts.update(last.split())
            return P(first, last, sex, self.ch("ABCDEFGHJKLMNPRSTW"))
        raise Redraw

    def pat(self, region: str | None = None, sex: str | None = None, grp: str | None = None) -> P:
        reg = region or self.region
        sex = sex or self.ch("mf")
        fake = grp is None and self.r.random() < 0.2 and reg in FAKER_LOC
        return self._take(grp or self.ch(PAT[reg]), sex, fake)

    def rel(self, pt: P, sex: str | None = None, keep: bool = False) -> P:
        """A relative: first name from the patient's group; surname kept or a new one."""
        sex = sex or self.ch("mf")
        grp = next((g for g, v in G.items() if pt.first in v[0] + v[1] and not g.startswith("st_")),
                   None) or PAT[self.region][0]
        q = self._take(grp, sex, False)
        if keep:
            self.lasts.discard(q.last)
            self.lasts.difference_update(q.last.split())
            pair = next((x for x in G[grp][2] if isinstance(x, tuple) and pt.last in x), None)
            q.last = (pair[0] if sex == "m" else pair[1]) if pair else pt.last
            self.lasts.add(q.last)
            self.lasts.update(q.last.split())
        return q

    def staff(self, region: str | None = None) -> P:
        reg = region or self.region
        grp = self.ch(STAFF_INTL) if self.r.random() < 0.35 else self.ch(PAT[reg])
        return self._take(grp, self.ch("mf"), False)

    def ini(self, q: P, lower: bool = False, three: bool = False) -> str:
        s = q.first[0] + (q.mid if three else "") + q.last.replace("'", "").split()[-1][0]
        s = _ascii(s).upper()
        if s in BAD_INITS or self.inits.get(s, q.fl) != q.fl:
            raise Redraw
        self.inits[s] = q.fl
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def dob(self, lo: int = 25, hi: int = 88) -> tuple[date, int]:
        age = self.r.randint(lo, hi)
        d = date(self.today.year - age - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        a = self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))
        return d, a

    def old(self) -> tuple[date, int]:
        return self.dob(62, 89) if self.r.random() < 0.6 else self.dob(90, 101)

    def hosp(self, pre: list[str] | None = None) -> str:
        return self.ch(pre or ["RX", "K", "H", "M"]) + self.dig(self.r.randint(6, 7))

    def mrn(self) -> str:
        return str(self.r.randint(10, 99)) + self.dig(self.r.randint(5, 6))

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # a few clinical values
    def bp(self, lo: int = 105, hi: int = 175) -> str:
        s = self.r.randint(lo, hi)
        return f"{s}/{self.r.randint(max(48, s // 2 - 10), min(105, s // 2 + 25))}"


def _wk(d: date) -> date:
    """The next weekday on or after ``d`` (clinics and phone-backs do not fall at weekends)."""
    return d + timedelta(days=max(0, 7 - d.weekday())) if d.weekday() >= 5 else d


def _age(n: C, a: int) -> C:
    """An age: labelled only when >= 90."""
    return n.p("AGE", str(a)) if a >= 90 else n.t(str(a))


def _fhir(pt: P, dob: date, ids: list[tuple[str, str]], phone: str | None = None,
          line: str | None = None, city: str | None = None, zip_: str | None = None) -> dict[str, Any]:
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "name": [{"family": pt.last, "given": pt.first.split()}],
        "identifier": [{"system": s, "value": v} for s, v in ids],
        "birthDate": dob.isoformat(),
        "gender": "male" if pt.sex == "m" else "female",
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


# ---------------------------------------------------------------- regional numbers / places
def uk_mob(n: C) -> str:
    a, b = f"7{n.r.randint(400, 999)}", n.dig(6)
    return n.ch([f"0{a} {b}", f"0{a} {b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}",
                 f"+44 (0){a} {b[:3]} {b[3:]}", f"0{a}-{b}"])


UK_TOWNS = {  # town, postcode area, district range, dialling code
    "uk": [("Blackburn", "BB", 1, 2, "01254"), ("Burnley", "BB", 10, 12, "01282"),
           ("Stockport", "SK", 1, 7, "0161"), ("Wigan", "WN", 1, 6, "01942"), ("Preston", "PR", 1, 5, "01772"),
           ("Bolton", "BL", 1, 6, "01204"), ("Halifax", "HX", 1, 3, "01422"), ("Accrington", "BB", 5, 5, "01254"),
           ("Macclesfield", "SK", 10, 11, "01625"), ("Chorley", "PR", 6, 7, "01257")],
    "sc": [("Dundee", "DD", 1, 5, "01382"), ("Arbroath", "DD", 11, 11, "01241"), ("Kirkcaldy", "KY", 1, 2, "01592"),
           ("Falkirk", "FK", 1, 2, "01324"), ("Paisley", "PA", 1, 3, "0141"), ("Glenrothes", "KY", 6, 7, "01592"),
           ("Forfar", "DD", 8, 8, "01307")],
    "cy": [("Carmarthen", "SA", 31, 33, "01267"), ("Llanelli", "SA", 14, 15, "01554"), ("Wrexham", "LL", 11, 14, "01978"),
           ("Pontypridd", "CF", 37, 38, "01443"), ("Aberdare", "CF", 44, 44, "01685"), ("Ammanford", "SA", 18, 18, "01269")],
    "ni": [("Newry", "BT", 34, 35, "028"), ("Omagh", "BT", 78, 79, "028"), ("Ballymena", "BT", 42, 44, "028"),
           ("Lisburn", "BT", 27, 28, "028"), ("Coleraine", "BT", 51, 52, "028"), ("Banbridge", "BT", 32, 32, "028")],
}
UK_ST = {"uk": ["Belthorn Road", "Whalley New Road", "Hollins Lane", "Cemetery Road", "Spring Bank",
                "Cobden Street", "Larch Avenue", "Heys Lane", "Ribble Drive", "Nab Lane", "Union Terrace",
                "Stoneyhurst Avenue"],
         "sc": ["Brae Street", "Hawkhill", "Strathmore Avenue", "Links Road", "Kinloch Crescent"],
         "cy": ["Bryn Road", "Heol y Felin", "Ffordd y Parc", "Stryd Fawr", "Maes y Dre"],
         "ni": ["Castleroy Drive", "Glebe Road", "Killyleagh Road", "Drumalane Park", "Mullaghmore Road"]}


def uk_land(n: C, code: str = "01254") -> str:
    if code in ("0161", "0141"):
        return f"{code} {n.r.randint(200, 899)} {n.dig(4)}"
    if code == "028":
        return f"028 {n.r.randint(25, 97)}{n.dig(2)} {n.dig(4)}"
    return n.ch([f"{code} {n.r.randint(200, 899)}{n.dig(3)}", f"({code}) {n.r.randint(200, 899)}{n.dig(3)}"])


def uk_town(n: C, reg: str = "uk") -> tuple[str, str, str]:
    town, area, lo, hi, code = n.ch(UK_TOWNS[reg])
    pc = f"{area}{n.r.randint(lo, hi)} {n.r.randint(1, 9)}{n.ch('ABDEFGHJLNPQRSTUWXY')}{n.ch('ABDEFGHJLNPQRSTUWXY')}"
    return town, pc, code


def uk_street(n: C, reg: str = "uk") -> str:
    return f"{n.r.randint(1, 160)} {n.ch(UK_ST[reg])}"


def us_phone(n: C, area: str = "") -> str:
    a = area or n.ch(["419", "330", "901", "918", "559", "505", "414", "517", "402", "509"])
    x, y = n.r.randint(201, 989), n.dig(4)
    if x == 555:
        x = 556
    return n.ch([f"({a}) {x}-{y}", f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"1-{a}-{x}-{y}"])


US_CITY = [("Toledo", "OH", "436", "419"), ("Akron", "OH", "443", "330"), ("Memphis", "TN", "381", "901"),
           ("Tulsa", "OK", "741", "918"), ("Fresno", "CA", "937", "559"),
           ("Albuquerque", "NM", "871", "505"), ("Milwaukee", "WI", "532", "414"),
           ("Lansing", "MI", "489", "517"), ("Omaha", "NE", "681", "402"), ("Spokane", "WA", "992", "509")]
US_ST = ["Wyandotte Ave", "E Lincolnway", "Poplar Pike", "S Peoria Ave", "N Blackstone Ave",
         "Candelaria Rd NE", "W Capitol Dr", "Saginaw St", "Leavenworth St", "E Sprague Ave",
         "Old Hickory Blvd", "Meadowlark Ln"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    city, st, z3, area = n.ch(US_CITY)
    return f"{n.r.randint(100, 9899)} {n.ch(US_ST)}", city, st, z3 + n.dig(2), area


def au_mob(n: C) -> str:
    a, b, c = n.dig(2), n.dig(3), n.dig(3)
    return n.ch([f"04{a} {b} {c}", f"04{a}{b}{c}", f"+61 4{a} {b} {c}", f"04{a} {b} {c}"])


def au_land(n: C, area: str = "") -> str:
    return f"({area or n.ch(['02', '03', '07', '08'])}) {n.r.randint(4, 9)}{n.dig(3)} {n.dig(4)}"


AU_SUB = [("Campbelltown", "NSW", "2560", "02"), ("Dandenong", "VIC", "3175", "03"),
          ("Ipswich", "QLD", "4305", "07"), ("Salisbury", "SA", "5108", "08"),
          ("Rockingham", "WA", "6168", "08"), ("Launceston", "TAS", "7250", "03"),
          ("Bendigo", "VIC", "3550", "03"), ("Tamworth", "NSW", "2340", "02"),
          ("Mackay", "QLD", "4740", "07"), ("Palmerston", "NT", "0830", "08")]
AU_ST = ["Kurrajong Street", "Bottlebrush Court", "Heritage Drive", "Coolabah Crescent",
         "Boundary Road", "Eucalypt Way", "Yarra Close", "Mulga Place"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, st, pc, area = n.ch(AU_SUB)
    num = n.ch([f"{n.r.randint(1, 220)} ", f"{n.r.randint(1, 12)}/{n.r.randint(2, 90)} ",
                f"Unit {n.r.randint(1, 9)}, {n.r.randint(2, 60)} "])
    return num + n.ch(AU_ST), sub, st, pc, area


CA_CITY = {"on": [("Oshawa", "L1H", "905"), ("Thunder Bay", "P7B", "807"), ("Kingston", "K7L", "613"),
                  ("Brampton", "L6T", "905"), ("Sault Ste. Marie", "P6A", "705")],
           "bc": [("Kamloops", "V2C", "250"), ("Nanaimo", "V9R", "250"), ("Surrey", "V3T", "604"),
                  ("Prince George", "V2L", "250")],
           "ab": [("Lethbridge", "T1J", "403"), ("Medicine Hat", "T1A", "403"),
                  ("Grande Prairie", "T8V", "780"), ("Red Deer", "T4N", "403")],
           "qc": [("Trois-Rivières", "G8T", "819"), ("Sherbrooke", "J1H", "819"), ("Laval", "H7N", "450"),
                  ("Saguenay", "G7H", "418")],
           "mb": [("Thompson", "R8N", "204"), ("Steinbach", "R5G", "204"), ("Winnipeg", "R3E", "204"),
                  ("Portage la Prairie", "R1N", "204")]}
CA_ST = {"on": ["Simcoe St N", "Red River Rd", "Princess St", "Queen St E", "Wellington St"],
         "bc": ["Tranquille Rd", "Bowen Rd", "King George Blvd", "Victoria St"],
         "ab": ["Mayor Magrath Dr", "Dunmore Rd SE", "100 Ave", "Gaetz Ave"],
         "qc": ["Rue King Ouest", "Boul. des Forges", "Rue Racine Est", "Boul. de la Concorde"],
         "mb": ["Portage Ave", "Main St", "Riverbend Rd", "Thompson Dr"]}


def ca_phone(n: C, area: str) -> str:
    x = n.r.randint(201, 989)
    x = 556 if x == 555 else x
    return n.ch([f"({area}) {x}-{n.dig(4)}", f"{area}-{x}-{n.dig(4)}", f"{area} {x} {n.dig(4)}"])


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    city, fsa, area = n.ch(CA_CITY[prov])
    pc = f"{fsa} {n.r.randint(1, 9)}{n.ch('ABCEGHJKLMNPRSTVWXYZ')}{n.r.randint(0, 9)}"
    return f"{n.r.randint(10, 2890)} {n.ch(CA_ST[prov])}", city, pc, area


IE_TOWN = [("Athlone", "Co. Westmeath", "N37", "090"), ("Clonmel", "Co. Tipperary", "E91", "052"),
           ("Dundalk", "Co. Louth", "A91", "042"), ("Ballina", "Co. Mayo", "F26", "096"),
           ("Portlaoise", "Co. Laois", "R32", "057"), ("Nenagh", "Co. Tipperary", "E45", "067"),
           ("Bantry", "Co. Cork", "P75", "027"), ("Tuam", "Co. Galway", "H54", "093")]
IE_ST = ["Bóthar an Easpaig", "Ard Mhuire", "Connaught Street", "Fairgreen Road", "Radharc na Coille",
         "The Crescent, Ashgrove", "Parnell Street", "Cnoc na Gréine"]


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, county, key, area = n.ch(IE_TOWN)
    eir = f"{key} {n.ch('ACDEFHKNPRTVWXY')}{n.dig(1)}{n.ch('ACDEFHKNPRTVWXY')}{n.dig(1)}"
    return f"{n.r.randint(1, 80)} {n.ch(IE_ST)}", town, county, eir, area


def ie_mob(n: C) -> str:
    p, a, b = n.ch("35679"), n.dig(3), n.dig(4)
    return n.ch([f"08{p} {a} {b}", f"08{p}-{a}{b}", f"+353 8{p} {a} {b}", f"(08{p}) {a} {b}"])


NZ_SUB = [("Manurewa", "Auckland", "2102", "09"), ("Glen Innes", "Auckland", "1072", "09"),
          ("Cannons Creek", "Porirua", "5024", "04"), ("Hillcrest", "Hamilton", "3216", "07"),
          ("Kaiti", "Gisborne", "4010", "06"), ("Linwood", "Christchurch", "8062", "03"),
          ("Flaxmere", "Hastings", "4120", "06")]
NZ_ST = ["Weymouth Road", "Taniwha Street", "Mahia Road", "Kōwhai Avenue", "Totara Crescent",
         "Hinemoa Street"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, area = n.ch(NZ_SUB)
    num = n.ch([f"{n.r.randint(1, 190)} ", f"{n.r.randint(1, 6)}/{n.r.randint(2, 80)} ",
                f"{n.r.randint(2, 90)}{n.ch('AB')} "])
    return num + n.ch(NZ_ST), sub, city, pc, area


def nz_mob(n: C) -> str:
    p, a, b = n.ch("127"), n.dig(3), n.dig(4)
    return n.ch([f"02{p} {a} {b}", f"02{p}{a}{b}", f"+64 2{p} {a} {b}"])


def _mr(q: P) -> str:
    """A UK surgeon's title."""
    return "Mr" if q.sex == "m" else "Ms"


def _he(q: P) -> str:
    return "he" if q.sex == "m" else "she"


def _his(q: P) -> str:
    return "his" if q.sex == "m" else "her"


# ============================================================================ UK templates
def uk_hd_session(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(38, 86)
    hn, nhs = n.hosp(), _nhs(n.r)
    d = n.today
    sn, hca, dau = n.staff(), n.staff(), n.rel(pt, "f")
    pre = n.r.uniform(58, 104)
    uf = round(n.r.uniform(1.2, 3.2), 1)
    nxt = d + timedelta(days=2)
    n.t("RENAL SATELLITE UNIT - HAEMODIALYSIS SESSION RECORD\n")
    n.t("Surname / Forename: ").nm(pt.last.upper()).t(" / ").nm(pt.first)
    n.t("        Hosp no: ").p("ID", hn).t("\n")
    n.t("NHS no: ").p("ID", _sp343(nhs)).t("     DOB: ").dd(dob, "dmon").t("     Target wt: ")
    n.c(f"{pre - uf - 0.2:.1f} kg").t("\n")
    n.t(f"Session: {_wd(d)} ").dd(d, "dmon2").t(f"   Shift: {n.ch(['AM', 'PM', 'Twilight'])}   "
                                               f"Station {n.r.randint(1, 16)}   Machine 5008S/{n.r.randint(2, 30)}\n")
    n.t(f"Access: {n.ch(['L RC AVF', 'L BC AVF', 'R BC AVF', 'L BB AVF'])}, 15G x2, needled by SN ")
    n.nm(sn.fl).t(f" ({n.ch(['1st attempt', '2 attempts, venous re-sited'])})\n")
    n.t("                   Pre          Post\n")
    n.t("Weight (kg)        ").c(f"{pre:.1f}").t("         ").c(f"{pre - uf + 0.2:.1f}").t("\n")
    n.t("BP                 ").c(n.bp(135, 178)).t("       ").c(n.bp(100, 140)).t("\n")
    n.t("Pulse              ").c(n.num(62, 96)).t("           ").c(n.num(60, 92)).t("\n")
    n.t("Prescription: Qb ").c(f"{n.ch([300, 320, 350, 380])} ml/min").t(", 4 h, dialysate ")
    n.c(n.ch(["2K/1.25Ca", "3K/1.5Ca", "2K/1.5Ca"])).t(", UF goal ").c(f"{uf} L").t("\n")
    n.t("Heparin ").c(f"{n.ch([2000, 2500, 3000])} units").t(" bolus + ").c(f"{n.ch([500, 750, 1000])} units/h")
    n.t(" (off last hour)\n")
    n.t("Monthly bloods: Kt/V ").c(n.num(1.15, 1.6, 2)).t("  URR ").c(f"{n.num(64, 78)}%").t("  Hb ")
    n.c(f"{n.num(88, 124)} g/L").t("  K+ ").c(n.num(4.1, 6.2, 1)).t("\n")
    n.t("Given post-HD: ").c(f"Aranesp {n.ch([20, 30, 40, 60])} micrograms IV").t("; ")
    n.c("Venofer 100 mg").t(f" (dose {n.r.randint(2, 9)} of 10)\n")
    n.t(f"Comments: cramps at 3 h {n.r.randint(5, 40)} min, UF paused, ").c("0.9% saline 200 ml")
    n.t(f" given. {_he(pt).capitalize()} says {_his(pt)} daughter ").nm(dau.first)
    n.t(" will collect today - transport cancelled.\n")
    n.t(f"Next session: {_wd(nxt)} ").dd(nxt, "dmz").t(" (am)\n")
    n.t("Signed: SN ").nm(sn.fl).t(" / obs by HCA ").nm(hca.first).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs), ("hosp", hn)]))


def uk_unit_handover(n: C) -> Note:
    p1, p2, p3 = n.pat(), n.pat(), n.pat(sex="f")
    son, nb = n.rel(p1, "m", keep=n.r.random() < 0.5), n.rel(p3)
    nic, nxt, reg = n.staff(), n.staff(), n.staff()
    dob, _ = n.dob(40, 85)
    h1, h2 = n.hosp(), n.hosp()
    d = n.today
    ini1, ini2 = n.ini(nic), n.ini(nxt, lower=True)
    n.t(f"hd unit -> {n.ch(['ward 6', 'renal ward', 'ward 14 (renal)'])} handover {_wd(d).lower()} ")
    n.dd(d, "dm").t(" (nic ").nm(nic.first).t(")\n")
    n.t("1. ").nm(f"{p1.last.upper()} {p1.first}").t(" ").p("ID", h1).t(" - pre k+ ").c(n.num(6.1, 7.0, 1))
    n.t(" -> post ").c(n.num(3.8, 4.8, 1)).t(f". missed {n.ch(['fri', 'sat', 'wed'])} session. ")
    n.t(f"{'son' if son.sex == 'm' else 'daughter'} ").nm(son.first.lower()).t(" aware, ringing the unit at 6\n")
    n.t("2. ").nm(f"{p2.first.lower()} {p2.last.lower()}").t(" ").p("ID", h2)
    n.t(" - tunnelled line exit site red + ooze, swab sent, ").c("vancomycin 1 g")
    n.t(" post hd as per micro (dr ").nm(reg.last.lower()).t(")\n")
    n.t("3. Mrs ").nm(p3.last).t(" (bay 3) bp ").c(n.bp(78, 92)).t(" on coming off, ").c("200 ml")
    n.t(" bolus, recovered to ").c(n.bp(105, 125)).t(". neighbour ").nm(nb.fl).t(" (").p("PHONE", uk_mob(n))
    n.t(") has her key - pls ring before transport drops her home\n")
    n.t("renal reg on call: Dr ").nm(reg.f_).t(", bleep ").p("PHONE", n.dig(4)).t("\n")
    n.t("handed over to ").nm(nxt.first).t(f" @ 20:{n.r.randint(0, 5)}{n.r.randint(0, 9)} ").nm(ini1).t("/").nm(ini2)
    n.t("\n")
    return n.build(_fhir(p1, dob, [("hosp", h1)]))


def uk_fistula_letter(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "m" if pt.sex == "f" else "f")
    surg, gp, neph, nurse = n.staff(), n.pat(), n.staff(), n.staff()
    dob, _age = n.dob(45, 84)
    nhs = _nhs(n.r)
    town, pc, _c = uk_town(n)
    gtown, gpc, _gc = uk_town(n)
    st, gst = uk_street(n), uk_street(n)
    seen = _wk(n.dt(-8, -5))
    made = n.dt(-420, -200)
    op = n.dt(10, 30)
    ti = n.ini(surg, lower=True)
    n.t("Vascular Access Clinic - Department of Vascular Surgery\n")
    n.t(f"Consultant: {_mr(surg)} ").nm(surg.fl).t(" FRCS\n")
    n.t("Dictated ").dd(seen, "dot2").t("   Typed ").dd(seen + timedelta(days=2), "dot2")
    n.t("   Our ref: ").nm(ti).t(f"/va/{n.dig(4)}\n\n")
    n.t("Dr ").nm(gp.f_).t("\n").p("ADDRESS", gst).t("\n").p("ADDRESS", gtown).t("\n").p("ZIP", gpc).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t(f"Re: {pt.title} ").nm(pt.fl).t("   DOB ").dd(dob, "dot1").t("   NHS No: ").p("ID", nhs).t("\n")
    n.t("     ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    side = n.ch(["left brachiocephalic", "left radiocephalic", "right brachiocephalic"])
    n.t(f"I reviewed {pt.title} ").nm(pt.last).t(f" in the access clinic on {_wd(seen, True)}. {_his(pt).capitalize()} ")
    n.t(f"{side} fistula, created in ").dd(made, "my").t(", has a good thrill but the unit report rising ")
    n.t("venous pressures (").c(f"{n.r.randint(190, 260)} mmHg").t(") and prolonged bleeding after needling. ")
    n.t("Duplex today: flow ").c(f"{n.r.randint(380, 700)} ml/min").t(", a ").c(f"{n.r.randint(55, 80)}%")
    n.t(" outflow stenosis at the cephalic arch, vein diameter ").c(f"{n.num(5, 8, 1)} mm").t(".\n\n")
    n.t(f"I have listed {pt.title} ").nm(pt.last).t(" for a fistulogram +/- fistuloplasty on the ").dd(op, "ordof")
    n.t(f". {_he(pt).capitalize()} should continue ").c("clopidogrel 75 mg once daily").t(" and dialyse as usual the day before. ")
    n.t(f"{_his(pt).capitalize()} {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first)
    n.t(" asked whether the arm can be used for blood pressure readings - it cannot, and I have said so.\n\n")
    n.t("Yours sincerely,\n\n").nm(surg.fl).t("\nConsultant Vascular Surgeon\n\n")
    n.t("cc Dr ").nm(neph.fi).t(", Consultant Nephrologist; Renal Access Nurse ").nm(nurse.fl).t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], line=st, city=town, zip_=pc))


def uk_living_donor_mdt(n: C) -> Note:
    rec = n.pat()
    kind = n.ch(["sib", "sib", "spouse", "child", "friend"])
    dsex = ("f" if rec.sex == "m" else "m") if kind == "spouse" else n.ch("mf")
    don = n.rel(rec, dsex, keep=kind in ("sib", "child") or (kind == "spouse" and n.r.random() < 0.6))
    rel_word = {"sib": "brother" if don.sex == "m" else "sister", "child": "son" if don.sex == "m" else "daughter",
                "spouse": "husband" if don.sex == "m" else "wife", "friend": "friend"}[kind]
    chair, ldc, surg, ia, gp = n.staff(), n.staff(), n.staff(), n.pat(), n.pat()
    rdob, rage = n.dob(50, 68) if kind == "child" else n.dob(30, 66)
    lo = {"child": (24, rage - 22), "sib": (max(22, rage - 9), rage + 9)}.get(kind, (max(22, rage - 8), rage + 8))
    _ddob, dage = n.dob(*lo)
    h1, h2, nhs1, nhs2 = n.hosp(), n.hosp(), _nhs(n.r), _nhs(n.r)
    d = _wk(n.today)
    ct = n.dt(-40, -10)
    ia_d = _wk(n.dt(4, 12))
    tx = d + timedelta(days=n.r.randint(42, 80))
    tx -= timedelta(days=tx.weekday())
    a1, a2 = n.ini(ldc), n.ini(surg)
    n.t(f"LIVING DONOR KIDNEY TRANSPLANT MDT - {_wd(d, True)} ").dd(d, "long").t("\n")
    n.t("Chair: Prof ").nm(chair.fl).t("; LD co-ordinator: ").nm(ldc.fl).t(" (ext ").p("PHONE", n.dig(5))
    n.t(f"); surgeon: {_mr(surg)} ").nm(surg.last).t("\n\n")
    n.t("RECIPIENT  ").nm(rec.fl).t(f" ({rec.sex.upper()}, {rage})  hosp no ").p("ID", h1).t("  NHS ")
    n.p("ID", nhs1).t("  NHSBT reg ").p("ID", f"R{n.dig(6)}").t("\n")
    n.t("           CKD 5 (IgA), pre-emptive; eGFR ").c(f"{n.r.randint(9, 15)}").t(", cRF ").c(f"{n.r.randint(0, 40)}%").t("\n")
    n.t("DONOR      ").nm(don.fl).t(f" ({rel_word}, {dage})  hosp no ").p("ID", h2).t("  NHS ").p("ID", nhs2).t("\n")
    sp = n.r.randint(46, 54)
    n.t("           mGFR ").c(f"{n.r.randint(82, 112)} ml/min/1.73m2").t(f" (split {sp}/{100 - sp}%), ABPM ").c(n.bp(112, 134)).t(", BMI ").c(n.num(22, 30, 1)).t(", HbA1c ").c(f"{n.r.randint(32, 40)} mmol/mol")
    n.t("\n           HLA mismatch ").c(n.ch(["1-1-0", "2-1-1", "1-0-1", "0-1-0"])).t(", flow XM negative\n")
    n.t("CT angiogram ").dd(ct, "uk2").t(": single artery and vein bilaterally; plan left laparoscopic nephrectomy.\n")
    n.t("HTA Independent Assessor ").nm(ia.fl).t(" - interview booked ").t(_wd(ia_d) + " ").dd(ia_d, "dm").t(".\n")
    n.t("OUTCOME: suitable, proceed. Provisional date w/c ").dd(tx, "uk2").t(".\n")
    n.t("Actions: ").nm(a1).t(" to write to donor's GP (Dr ").nm(gp.f_).t("); ").nm(a2)
    n.t(" to consent both.\n")
    return n.build(_fhir(rec, rdob, [("nhs", nhs1), ("hosp", h1)]))


def uk_snod(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    kid = n.rel(pt, "m", keep=True)
    icu, co, snod = n.staff(), n.pat(), n.staff()
    dob, age = n.dob(34, 72)
    nhs, hn = _nhs(n.r), n.hosp()
    adm = n.dt(-4, -2)
    d = n.today
    ref = f"{d.year % 100}-{n.dig(6)}"
    n.t("SPECIALIST NURSE - ORGAN DONATION: clinical record (ICU bed ").t(f"{n.r.randint(1, 14)})\n")
    n.t("NHSBT referral: ").p("ID", ref).t("     Date: ").dd(d, "uk").t("\n")
    n.t("Potential donor: ").nm(pt.fl).t(f", {age} y {pt.sex.upper()}, NHS ").p("ID", _sp343(nhs)).t(", hosp no ")
    n.p("ID", hn).t("\n")
    n.t("Admitted ").dd(adm, "uk").t(f" after {n.ch(['out-of-hospital cardiac arrest', 'intracranial haemorrhage', 'a fall with TBI'])}; ")
    n.t("ODR checked: registered opt-in decision (2014). Pathway: DCD.\n")
    n.t("Family approach at 15:10 with Dr ").nm(icu.last).t(" (ICU consultant). Present: ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(", son ").nm(kid.fl).t(" (")
    n.p("PHONE", uk_mob(n)).t("). Family supportive of donation, consent for all organs except corneas.\n")
    n.t("Coroner's officer ").nm(co.fl).t(" (").p("PHONE", uk_land(n, n.ch(["01772", "0161", "01204"]))).t(") - no objection, ref ")
    n.p("ID", f"CO/{d.year}/{n.dig(4)}").t(".\n")
    n.t("Latest: Na ").c(f"{n.r.randint(138, 156)}").t(", creat ").c(f"{n.r.randint(60, 140)}").t(", ALT ")
    n.c(f"{n.r.randint(18, 90)}").t(", Hb ").c(f"{n.r.randint(90, 140)}").t(", noradrenaline ")
    n.c(f"{n.num(0.05, 0.3, 2)} mcg/kg/min").t(", weight ").c(f"{n.r.randint(58, 110)} kg").t("\n")
    n.t("Offering via ODT Hub; theatre provisionally 02:00. SN-OD ").nm(snod.fl).t(", ")
    n.p("EMAIL", f"{_ascii(snod.first).lower()}.{_ascii(snod.last).lower().replace(' ', '')}@nhsbt.nhs.uk").t("\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs), ("hosp", hn)]))


def uk_hf_phone(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    hfsn, cons = n.staff(), n.staff()
    dob, _ = n.dob(55, 89)
    nhs = _nhs(n.r)
    st = uk_street(n)
    d = _wk(n.today)
    w0 = n.r.uniform(66, 98)
    n.t("HEART FAILURE NURSE SERVICE - telephone review\n")
    n.t(f"{_wd(d)} ").dd(d, "sh").t(f" 10:{n.r.randint(10, 59)}   HFSN ").nm(hfsn.fl).t(" (direct line ")
    n.p("PHONE", uk_land(n, n.ch(["01254", "01942", "01422"]))).t(")\n")
    n.t(f"Pt: {pt.title} ").nm(pt.fl).t("   DOB ").dd(dob, "uk").t("   NHS ").p("ID", nhs).t("\n")
    n.t("ID confirmed with DOB and first line of address (").p("ADDRESS", st).t(").\n")
    n.t(f"Spoke to pt and {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.first).t(". Home weights (kg): ")
    for k in range(4, 0, -1):
        n.dd(d - timedelta(days=k), "dm").t(" ").c(f"{w0 + (4 - k) * 0.6:.1f}").t(", ")
    n.t("today ").c(f"{w0 + 2.9:.1f}").t(" - up ").c("2.9 kg").t(" in 4 days. SOBOE, 3 pillows, ankles swollen to mid-shin.\n")
    n.t("Meds: ").c("furosemide 40 mg om").t(" -> ").c("80 mg om").t(" for 3 days (d/w Dr ").nm(cons.last)
    n.t(", HF consultant). Also ").c(f"bisoprolol {n.ch(['2.5', '5', '7.5'])} mg od").t(", ")
    n.c(f"sacubitril/valsartan {n.ch(['24/26', '49/51', '97/103'])} mg bd").t(", ").c("dapagliflozin 10 mg od").t(".\n")
    u = n.dt(-9, -5)
    n.t("U&E ").dd(u, "dm").t(": Na ").c(str(n.r.randint(132, 141))).t(", K ").c(n.num(4.2, 5.4, 1)).t(", creat ")
    n.c(str(n.r.randint(95, 180))).t(", eGFR ").c(str(n.r.randint(28, 60))).t("\n")
    r1 = _wk(d + timedelta(days=3))
    r2 = _wk(r1 + timedelta(days=1))
    n.t("Plan: repeat U&E at surgery ").t(_wd(r2) + " ").dd(r2, "dm").t("; I will phone back ").t(_wd(r1) + " ")
    n.dd(r1, "dm").t("; if weight not falling -> ambulatory HF clinic. Red flags discussed.\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], line=st))


def uk_dn_visit_log(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    nb, dil = n.pat(), n.rel(pt, "f")
    dn, hca = n.staff(), n.staff()
    nhs = _nhs(n.r)
    town, pc, code_ = uk_town(n)
    st = n.ch(["", f"Flat {n.r.randint(1, 12)}, "]) + uk_street(n)
    d1 = n.dt(-3, -2)
    d2 = d1 + timedelta(days=2)
    code = n.ch([n.dig(4), f"C{n.dig(4)}", f"{n.dig(3)}X"])
    n.t("District Nursing - visit record\n")
    n.t("Patient: ").nm(pt.fl).t("   NHS: ").p("ID", nhs).t("   DOB: ").dd(dob, "uk2").t(" (")
    _age(n, age).t(" yrs)\n")
    n.t("Address: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n")
    n.t("ACCESS: key safe to right of front door, code ").p("ID", code).t(" - ring bell first, dog shut in kitchen. ")
    n.t("Neighbour ").nm(nb.fl).t(" (").p("PHONE", uk_land(n, code_)).t(") holds a spare key.\n")
    n.dd(d1, "uk").t(f" 09:{n.r.randint(10, 55)}  DN ").nm(dn.fl).t(" (NMC ").p("ID", _nmc(n.r)).t(")\n")
    n.t("  L gaiter venous leg ulcer: ").c(f"{n.num(2, 7, 1)} x {n.num(1.5, 5, 1)} cm").t(", depth ")
    n.c(f"{n.num(0.1, 0.5, 1)} cm").t(", 30% slough, moderate exudate. ABPI ").c(n.num(0.82, 1.1, 2)).t(".\n")
    n.t("  Cleansed, ").c("Inadine").t(" + ").c("K-Two reduced compression").t(". Waterlow ").c(str(n.r.randint(12, 22)))
    n.t(", MUST ").c(str(n.r.randint(0, 2))).t(", pain ").c(f"{n.r.randint(2, 6)}/10").t(" - taking ")
    n.c("paracetamol 1 g qds").t(".\n")
    n.t("  Daughter-in-law ").nm(dil.first).t(" present; says pt low in mood, GP aware.\n")
    n.dd(d2, "uk").t(f" 10:{n.r.randint(10, 55)}  HCA ").nm(hca.fl).t(": BP ").c(n.bp()).t(", P ")
    n.c(n.num(60, 96)).t(", T ").c(f"{n.num(36.1, 37.4, 1)}").t(", dressing intact, strike-through ++ -> renewed. KS code re-set.\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs)], line=st, city=town, zip_=pc))


def uk_homecare_roster(n: C) -> Note:
    c1, c2, c3 = n.pat(), n.pat(sex="m"), n.pat(sex="f")
    dob, _ = n.old()
    co = n.staff()
    cr = [n.staff() for _ in range(5)]
    town, pc, code_ = uk_town(n)
    s1, s2, s3 = uk_street(n), uk_street(n), uk_street(n)
    wc = n.today - timedelta(days=n.today.weekday())
    k1, k2 = n.dig(4), n.dig(4)
    off = wc + timedelta(days=n.r.randint(1, 3))
    n.t(f"{n.ch(['Brightwater', 'Meadowbank', 'CareFirst North'])} Home Care - weekly rota, ").t(f"{town} north, w/c Mon ")
    n.dd(wc, "long").t("\n")
    n.t("Co-ordinator: ").nm(co.fl).t("   office ").p("PHONE", uk_land(n, code_)).t("   on-call ").p("PHONE", uk_mob(n)).t("\n\n")
    n.t("CLIENT                 ADDRESS                CALLS                     CARER(S)\n")
    n.nm(c1.LF).t("    ").p("ADDRESS", s1).t("     07:30/12:30/17:00/21:00   ").nm(cr[0].fl).t(" + ").nm(cr[1].fl)
    n.t(" (double up)\n")
    n.t("   KS ").p("ID", k1).t("; hoist; prompt ").c("Humulin I 18 units").t(" am, check BM first\n")
    n.t("Mr ").nm(c2.f_).t("         ").p("ADDRESS", s2).t("     08:00/18:00               ").nm(cr[2].fl).t("\n")
    n.t("   key safe ").p("ID", k2).t("; catheter bag change Weds; ").c("Oramorph 2.5 ml").t(" PRN - record on MAR\n")
    n.nm(c3.fl).t("        ").p("ADDRESS", s3).t("     09:00                     ").nm(cr[3].fl).t("\n")
    n.t("   daughter lets you in; blister pack (Dosette) only\n\n")
    n.t("Changes: ").t(_wd(off) + " ").dd(off, "dm").t(" Mr ").nm(c2.last).t("'s tea call moved to 17:30 (DN at 18:00). ")
    n.nm(cr[2].first).t(" on leave ").dd(off + timedelta(days=1), "dm").t(" - cover ").nm(cr[4].fl).t(".\n")
    n.t("Text the office if running > 20 min late. Please read ").nm(c1.first).t("'s new care plan (pressure areas) in the app: ")
    n.p("URL", f"https://app.{n.ch(['careplanner', 'visitlog', 'homecarehub'])}.co.uk/clients/{n.dig(6)}/plan").t("\n")
    return n.build(_fhir(c1, dob, [], line=s1, city=town, zip_=pc))


def sc_pd_visit(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    pdn, cons = n.staff(), n.staff()
    dob, _ = n.dob(30, 84)
    chi = _chi(n.r, dob, pt.sex)
    town, pc, code_ = uk_town(n, "sc")
    st = uk_street(n, "sc")
    d = _wk(n.today)
    bl = n.dt(-12, -5)
    pet = n.dt(14, 40)
    clin = n.dt(20, 50)
    w = n.r.uniform(58, 96)
    ini = n.ini(pdn)
    n.t("PERITONEAL DIALYSIS - HOME VISIT\n")
    n.nm(f"{pt.last.upper()} {pt.first}").t("     CHI ").p("ID", chi).t("     DOB ").dd(dob, "dot").t("\n")
    n.t("Home: ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("     Tel ").p("PHONE", uk_land(n, code_))
    n.t("\n")
    n.t("Visit ").dd(d, "long").t(" - ").nm(pdn.fl).t(", PD nurse specialist\n")
    n.t("Regime: APD 4 x ").c("2 L 1.36%").t(" overnight (9 h) + last fill ").c("icodextrin 2 L").t("; overnight UF ")
    n.c(f"{n.r.randint(350, 1100)} ml").t(", urine ").c(f"~{n.r.randint(2, 9)}00 ml/day").t("\n")
    n.t("Obs: BP ").c(n.bp(118, 168)).t(", wt ").c(f"{w:.1f} kg").t(" (target ").c(f"{w - 0.8:.1f}").t("), oedema trace to ankles\n")
    n.t("Exit site clean, no crust (score ").c("0").t("); ").c("mupirocin").t(" alternate days. Effluent clear.\n")
    n.t("Stock/storage checked, next delivery w/c ").dd(d + timedelta(days=7 - d.weekday()), "dmz").t(". ")
    n.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.first).t(" now does the set-up most nights.\n")
    n.t("Bloods ").dd(bl, "dm").t(": Hb ").c(str(n.r.randint(92, 128))).t(", K ").c(n.num(3.2, 5.6, 1)).t(", PO4 ")
    n.c(n.num(1.1, 2.2, 2)).t(", albumin ").c(str(n.r.randint(26, 38))).t("\n")
    n.t("Plan: PET test ").dd(pet, "dmy").t("; clinic with Dr ").nm(cons.last).t(" ").dd(clin, "dmy").t(".  ").nm(ini).t("\n")
    return n.build(_fhir(pt, dob, [("chi", chi)], line=st, city=town, zip_=pc))


def sc_rehab_referral(n: C) -> Note:
    pt = n.pat()
    dau = n.rel(pt, "f")
    cons, gp, refn = n.staff(), n.pat(), n.staff()
    dob, _ = n.dob(42, 86)
    chi = _chi(n.r, dob, pt.sex)
    town, pc, code_ = uk_town(n, "sc")
    st = uk_street(n, "sc")
    adm = n.dt(-12, -6)
    pci = adm + timedelta(days=1)
    mob = uk_mob(n)
    n.t("CARDIAC REHABILITATION - REFERRAL\n")
    n.t(f"Name ........ {pt.title} ").nm(pt.fl).t("\n")
    n.t("CHI ......... ").p("ID", chi).t("        DOB ").dd(dob, "uk").t("\n")
    n.t("Address ..... ").p("ADDRESS", st).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t("Tel ......... ").p("PHONE", uk_land(n, code_)).t(" (home)   Preferred contact: daughter ").nm(dau.fl).t(" ")
    n.p("PHONE", mob).t("\n")
    n.t("Event ....... ").c("NSTEMI").t(", admitted ").dd(adm, "uk").t("; PCI to LAD ").dd(pci, "uk").t(" (").c("1 x DES 3.0 x 28 mm").t(")\n")
    n.t("LVEF ").c(f"{n.r.randint(35, 55)}%").t("; BP ").c(n.bp()).t("; BMI ").c(n.num(23, 36, 1)).t("; smoker - quit on admission\n")
    n.t("Discharge meds: ").c("aspirin 75 mg").t(", ").c("ticagrelor 90 mg bd").t(", ").c("atorvastatin 80 mg").t(", ")
    n.c("ramipril 2.5 mg").t(", ").c("bisoprolol 2.5 mg").t("\n")
    n.t("Consultant: Dr ").nm(cons.fl).t("   GP: Dr ").nm(gp.f_).t("\n")
    n.t("Referred by: ").nm(refn.fl).t(", CCU staff nurse, ").dd(pci + timedelta(days=2), "sh").t("\n")
    n.t("Interpreter needed? No.  Happy for a phone assessment and Heart Manual.\n")
    return n.build(_fhir(pt, dob, [("chi", chi)], phone=mob, line=st, city=town, zip_=pc))


def cy_cath_report(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    op1, op2, scrub, rad, phys = n.staff(), n.staff(), n.staff(), n.staff(), n.staff()
    dob, age = n.dob(44, 88)
    nhs, mrn = _nhs(n.r), n.hosp(["M", "G", "W"])
    d = _wk(n.today)
    town, _pc, code_ = uk_town(n, "cy")
    st = n.ch(["3.0 x 28", "3.5 x 18", "2.75 x 33", "3.0 x 38"])
    n.t("CARDIAC CATHETER LABORATORY - PROCEDURE REPORT\n")
    n.t("Patient: ").nm(pt.fl).t(f"  ({age} y)   MRN ").p("ID", mrn).t("   NHS ").p("ID", _sp343(nhs)).t("\n")
    n.t("DOB: ").dd(dob, "ukdash").t("   Date of procedure: ").dd(d, "ukdash").t("   Lab 2\n")
    n.t("1st operator: Dr ").nm(op1.fl).t("   2nd operator: Dr ").nm(op2.fl).t(" (StR)\n")
    n.t("Scrub: ").nm(scrub.fl).t("   Radiographer: ").nm(rad.fl).t("   Physiologist: ").nm(phys.fi).t("\n")
    n.t("Indication: ").c("NSTEMI").t(", TIMI ").c(str(n.r.randint(2, 5))).t(". Access: R radial ").c("6F").t(".\n")
    n.t("Drugs: ").c(f"heparin {n.ch([5000, 7000, 8000])} units").t(" IA, ").c("GTN 200 mcg").t(", ").c("verapamil 2.5 mg")
    n.t(". ACT ").c(f"{n.r.randint(240, 320)} s").t(".\n")
    n.t("Findings: LMS normal. LAD ").c(f"{n.r.randint(80, 99)}%").t(" proximal, RCA ").c(f"{n.r.randint(30, 50)}%").t(" mid. LVEDP ")
    n.c(f"{n.r.randint(10, 26)} mmHg").t(".\n")
    n.t("PCI: pre-dilated ").c("2.5 mm NC balloon").t(", ").c(f"DES {st} mm").t(" deployed at ").c(f"{n.r.randint(12, 18)} atm").t(", TIMI ")
    n.c("3").t(" flow.\n")
    n.t("Contrast ").c(f"{n.r.randint(90, 220)} ml").t(", screening ").c(f"{n.num(4, 18, 1)} min").t(", DAP ")
    n.c(f"{n.r.randint(1200, 5200)} cGycm2").t(". TR band 13 ml, deflate per protocol.\n")
    n.t("Plan: ").c("ticagrelor 90 mg bd").t(" 12 months; home tomorrow if well. ")
    n.t(f"Result given to {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.fl).t(" by phone (").p("PHONE", uk_land(n, code_))
    n.t("), who will drive up from ").p("ADDRESS", town).t(".\n")
    return n.build(_fhir(pt, dob, [("nhs", nhs), ("mrn", mrn)]))


def ni_device_clinic(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    hc = _hc(n.r)
    phys, cons = n.staff(), n.staff()
    maker, model, kind = n.ch([x for x in DEVICES if x[2] == "pacemaker"])
    ser = _serial(n.r, maker)
    imp = date(n.r.randint(2015, 2022), n.r.randint(1, 12), n.r.randint(1, 28))
    d = _wk(n.today)
    nxt = d + timedelta(days=n.r.randint(84, 100))
    ini = n.ini(phys)
    town, pc, _code = uk_town(n, "ni")
    n.t("PACING CLINIC - DEVICE FOLLOW-UP\n")
    n.t("Name: ").nm(pt.LF).t("   H&C No: ").p("ID", _sp343(hc)).t("   DOB: ").dd(dob, "uk").t(" (")
    _age(n, age).t(")\n")
    n.t("Address: ").p("ADDRESS", uk_street(n, "ni")).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n")
    n.t(f"Device: {maker} {model} ({kind}), S/N ").p("ID", ser).t(", implanted ").dd(imp, "uk").t(" (Dr ").nm(cons.last).t(")\n")
    n.t("Leads: RA ").p("ID", _serial(n.r, maker)).t(" / RV ").p("ID", _serial(n.r, maker)).t("\n")
    n.t("Check ").dd(d, "dmon").t(": battery ").c(f"{n.num(3, 11, 1)} years").t(", mode ").c("DDDR 60").t("\n")
    n.t("          RA        RV\n")
    n.t("Thresh    ").c(f"{n.num(0.5, 1.25, 2)} V").t("    ").c(f"{n.num(0.5, 1.5, 2)} V @ 0.4 ms").t("\n")
    n.t("Sensing   ").c(f"{n.num(1.5, 4.5, 1)} mV").t("    ").c(f"{n.num(6, 15, 1)} mV").t("\n")
    n.t("Imped.    ").c(f"{n.r.randint(380, 620)} ohm").t("   ").c(f"{n.r.randint(400, 720)} ohm").t("\n")
    n.t("% paced A ").c(f"{n.r.randint(5, 80)}%").t(", V ").c(f"{n.r.randint(1, 99)}%").t("; AT/AF burden ").c(f"{n.num(0, 3, 1)}%")
    n.t(", no HVR.\n")
    n.t("Remote monitoring enrolled - next scheduled transmission ").dd(nxt, "uk").t(".\n")
    n.t("CCS ").nm(phys.fl).t(" (").nm(ini).t(")\n")
    return n.build(_fhir(pt, dob, [("hc", hc)], city=town, zip_=pc))


# ============================================================================ US templates
def _cred(n: C, q: P, creds: str) -> C:
    return n.nm(q.fl).t(f", {creds}")


def us_hd_flowsheet(n: C) -> Note:
    pt = n.pat()
    gs = n.rel(pt, "m", keep=n.r.random() < 0.5)
    rn, pct, neph = n.staff(), n.staff(), n.staff()
    dob, _ = n.dob(35, 86)
    mrn, mbi = n.mrn(), _mbi(n.r)
    d = n.today
    ride = _wk(d + timedelta(days=2))
    edw = n.r.uniform(55, 120)
    pre = edw + n.r.uniform(1.5, 3.8)
    pi = n.ini(pct)
    n.t(f"OUTPATIENT HEMODIALYSIS TREATMENT RECORD - {n.ch(['Riverside Dialysis', 'Lakeshore Kidney Center', 'Eastgate Dialysis'])}, station {n.r.randint(1, 24)}\n")
    n.t("Patient: ").nm(f"{pt.last}, {pt.first} {pt.mid}.").t("   MRN ").p("ID", mrn).t("   DOB ").dd(dob, "us")
    n.t("   MBI ").p("ID", mbi).t("\n")
    n.t("Tx date: ").dd(d, "us").t("   chair-on 06:05   nephrologist: Dr. ").nm(neph.last).t("\n")
    n.t("EDW ").c(f"{edw:.1f} kg").t("   pre ").c(f"{pre:.1f} kg").t("   post ").c(f"{edw + 0.3:.1f} kg").t(
        "   access: L upper arm AVG, 15g x2\n")
    n.t("Time    BP         HR    Qb    VP    AP     UFR    init\n")
    for h in range(4):
        n.t(f"0{6 + h}:20   ").c(n.bp(118, 172)).t("     ").c(n.num(64, 98)).t(f"    {n.ch([400, 450])}   ")
        n.c(str(n.r.randint(140, 230))).t(f"   -{n.r.randint(150, 230)}   {n.r.randint(600, 1000)}    ").nm(pi).t("\n")
    n.t("Meds: ").c(f"Mircera {n.ch([50, 75, 100])} mcg IV").t(", ").c("calcitriol 0.5 mcg IV").t(", ").c("Venofer 50 mg IV")
    n.t("\n")
    n.t("Post BP ").c(n.bp(108, 150)).t(", T ").c(f"{n.num(97.6, 99.1, 1)} F").t("; hemostasis 8 min both sites.\n")
    n.t("Pt states grandson ").nm(gs.fl).t(" is moving in to help; ride confirmed for ").t(_wd(ride) + " ")
    n.dd(ride, "md").t(".\n")
    n.t("Charge RN: ")
    _cred(n, rn, "RN").t("     PCT: ")
    _cred(n, pct, "CCHT").t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("mbi", mbi)]))


def us_tx_eval(n: C) -> Note:
    pt = n.pat()
    sib = n.rel(pt, "m", keep=True)
    fr = n.pat()
    sw, coord, neph = n.staff(), n.staff(), n.staff()
    dob, age = n.dob(28, 70)
    sdob, _ = n.dob(max(22, age - 8), age + 8)
    mrn, ssn = n.mrn(), _ssn(n.r)
    d = _wk(n.today)
    hd0 = n.dt(-1400, -300)
    line, city, st, z, area = us_addr(n)
    n.t("KIDNEY TRANSPLANT EVALUATION - pre-transplant clinic\n")
    n.t("Name: ").nm(f"{pt.last.upper()}, {pt.first.upper()} {pt.mid}").t("   MRN: ").p("ID", mrn).t("   DOB: ")
    n.dd(dob, "us").t("   SSN: ").p("SSN", ssn).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("   Cell: ")
    ph = us_phone(n, area)
    n.p("PHONE", ph).t("\n")
    n.t("Date of visit: ").dd(d, "usl").t("\n")
    n.t(f"ESRD 2/2 {n.ch(['DM2', 'HTN', 'FSGS', 'ADPKD'])}; in-center HD since ").dd(hd0, "mynum").t(" (MWF). ")
    n.t("Blood type ").t(n.ch(["O+", "A+", "B+", "O-"])).t(", cPRA ").c(f"{n.r.randint(0, 60)}%").t(", BMI ").c(n.num(22, 36, 1))
    n.t(", EF ").c(f"{n.r.randint(50, 65)}%").t(" on echo ").dd(n.dt(-90, -20), "md").t(".\n")
    n.t("Living donor candidates: brother ").nm(sib.fl).t(" (DOB ").dd(sdob, "us").t(") - referred to LD team; ")
    n.t("a friend from church, ").nm(fr.fl).t(", has called the donor line.\n")
    n.t("Psychosocial (").nm(sw.fl).t(", LICSW): good support; insurance Medicare A/B + Medicaid.\n")
    n.t("Plan: present at selection committee ").dd(_wk(d + timedelta(days=n.r.randint(8, 20))), "md")
    n.t("; UNOS registration on approval.\n")
    n.t("Seen with Dr. ").nm(neph.fl).t(". Coordinator: ")
    _cred(n, coord, "RN, CCTC").t(" (").p("PHONE", us_phone(n, area)).t(")\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("ssn", ssn)], phone=ph, line=line, city=city, zip_=z))


def us_opo(n: C) -> Note:
    pt = n.pat(sex="m")
    mom = n.rel(pt, "f", keep=n.r.random() < 0.7)
    dad = n.rel(pt, "m", keep=True)
    icu_rn, msw, orc = n.staff(), n.staff(), n.staff()
    dob, age = n.dob(19, 58)
    mrn = n.mrn()
    d = n.today
    d2 = d + timedelta(days=1)
    _line, _city, _st, _z, area = us_addr(n)
    unos = "".join(n.ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + n.dig(3)
    n.t("OPO COORDINATOR NOTE        Referral # ").p("ID", f"{d.year % 100}-{n.dig(5)}").t("\n")
    n.t("Referral received ").dd(d, "us").t(f" {n.r.randint(18, 23)}:{n.r.randint(10, 59)} from Neuro ICU, RN ")
    n.nm(icu_rn.fl).t(" (").p("PHONE", us_phone(n, area)).t(")\n")
    n.t("Potential donor: ").nm(pt.LF.upper()).t(f", {age}M, MRN ").p("ID", mrn).t(", DOB ").dd(dob, "us1").t("\n")
    n.t("UNOS Donor ID ").p("ID", unos).t("    ME case # ").p("ID", f"ME{d.year % 100}-{n.dig(5)}").t(" (released)\n")
    n.t("Family: mother ").nm(mom.fl).t(" (legal NOK) ").p("PHONE", us_phone(n, area)).t("; father ").nm(dad.first)
    n.t(" at bedside. Registered donor (DMV).\n")
    n.t("Authorization signed ").dd(d2, "us2").t(" by mother; witnessed by ").nm(msw.fl).t(", LMSW.\n")
    n.t("Labs: Na ").c(f"{n.r.randint(140, 158)}").t(", Cr ").c(n.num(0.7, 1.9, 1)).t(", AST/ALT ")
    n.c(f"{n.r.randint(20, 140)}/{n.r.randint(20, 120)}").t(", Hgb ").c(n.num(9, 14, 1)).t(", UO ")
    n.c(f"{n.r.randint(80, 400)} mL/h").t("; on ").c("vasopressin 0.04 units/min").t(" + ").c("levothyroxine 20 mcg/h").t("\n")
    n.t("OR set ").dd(d2 + timedelta(days=1), "md").t(" 03:00. Organ Recovery Coordinator ").nm(orc.fl).t(", ")
    n.p("EMAIL", f"{_ascii(orc.first[0]).lower()}{_ascii(orc.last).lower().replace(' ', '')}@lifelinkdonor.org").t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_echo(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    mrn = n.mrn()
    ref, son, reader = n.staff(), n.pat(), n.staff()
    d = n.today
    ef = n.r.randint(20, 60)
    n.t("TRANSTHORACIC ECHOCARDIOGRAM REPORT\n")
    n.t("Name: ").nm(pt.LF.upper()).t("     MRN: ").p("ID", mrn).t("     Acc#: ").p("ID", f"EC{n.dig(8)}").t("\n")
    n.t("DOB: ").dd(dob, "us").t("     Age: ")
    _age(n, age).t(f" yrs     Sex: {pt.sex.upper()}     Ht/Wt: ").c(f"{n.r.randint(150, 188)} cm").t(" / ")
    n.c(f"{n.r.randint(48, 110)} kg").t("\n")
    n.t("Study date: ").dd(d, "iso").t("     Location: 4 West, inpatient     Quality: technically difficult\n")
    n.t("Referring: ").nm(ref.fl).t(", MD     Sonographer: ").nm(son.fl).t(", RDCS\n")
    n.t("Indication: dyspnea, BNP ").c(f"{n.r.randint(400, 3800)} pg/mL").t("\n\n")
    n.t("LV: mildly dilated, LVIDd ").c(f"{n.num(4.8, 6.6, 1)} cm").t(", LVEF ").c(f"{ef}%").t(" (biplane), GLS ")
    n.c(f"-{n.r.randint(8, 18)}%").t("\n")
    n.t("Diastolic: E/e' ").c(str(n.r.randint(9, 22))).t(", LAVI ").c(f"{n.r.randint(30, 60)} mL/m2").t("\n")
    n.t("RV: TAPSE ").c(f"{n.r.randint(12, 22)} mm").t(", RVSP ").c(f"{n.r.randint(28, 60)} mmHg").t("\n")
    n.t("AV: calcified, Vmax ").c(f"{n.num(2.5, 4.6, 1)} m/s").t(", mean gradient ").c(f"{n.r.randint(18, 52)} mmHg").t(", AVA ")
    n.c(f"{n.num(0.6, 1.4, 1)} cm2").t("\n")
    n.t("Comparison: prior study ").dd(n.dt(-700, -200), "us2").t(" EF ").c(f"{ef + n.r.randint(5, 15)}%").t(".\n\n")
    n.t("Electronically signed by ").nm(reader.fl).t(", MD, FACC (NPI ").p("ID", _npi(n.r)).t(") on ").dd(d, "us1")
    n.t(" 16:42\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_hf_call(n: C) -> Note:
    pt = n.pat()
    dil = n.rel(pt, "f")
    rn, card = n.staff(), n.staff()
    dob, _ = n.dob(52, 88)
    mrn = n.mrn()
    _line, _city, _st, _z, area = us_addr(n)
    d = _wk(n.today)
    lab = n.dt(-10, -6)
    nl = _wk(d + timedelta(days=n.r.randint(4, 8)))
    w = n.r.randint(150, 260)
    ph = us_phone(n, area)
    n.t("Telephone Encounter - Heart Failure Clinic\n")
    n.dd(d, "us2").t(f" {n.r.randint(9, 15)}:{n.r.randint(10, 59)}  ").nm(pt.lf).t("  MRN ").p("ID", mrn).t("  DOB ").dd(dob, "us1")
    n.t("\n")
    n.t("Called pt at ").p("PHONE", ph).t("; pt and daughter-in-law ").nm(dil.fl).t(" on speaker. Two identifiers verified.\n")
    n.t("Home scale: ").c(f"{w} lb").t(" today vs ").c(f"{w - n.r.randint(3, 6)} lb").t(" dry wt on ").dd(n.dt(-14, -7), "apm")
    n.t(". +2 pitting edema per pt, orthopnea x3 nights, no CP.\n")
    n.t("Meds reviewed: ").c("Entresto 49/51 mg BID").t(", ").c("metoprolol succinate 50 mg daily").t(", ").c("Lasix 40 mg daily")
    n.t(", ").c("Jardiance 10 mg daily").t(".\n")
    n.t("Last BMP ").dd(lab, "md").t(": K ").c(n.num(3.8, 5.2, 1)).t(", Cr ").c(n.num(0.9, 2.1, 2)).t(", Na ").c(str(n.r.randint(131, 140)))
    n.t("\n")
    n.t("Per Dr. ").nm(card.last).t(": Lasix ").c("40 mg BID").t(" x 3 days, then resume daily. BMP ").dd(nl, "ap").t(".\n")
    n.t("Pt verbalized understanding; teach-back done. Will call daughter-in-law ").nm(dil.first).t(" back if weight not down ")
    n.c("2 lb").t(" by Friday.\n")
    _cred(n, rn, "BSN, RN").t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=ph))


def us_icd_remote(n: C) -> Note:
    pt = n.pat()
    dob, _ = n.dob(40, 86)
    mrn = n.mrn()
    maker, model, kind = n.ch([x for x in DEVICES if x[2] != "pacemaker"])
    ser = _serial(n.r, maker)
    ep, tech = n.staff(), n.staff()
    d = n.today
    imp = n.dt(-2400, -300)
    _line, _city, _st, _z, area = us_addr(n)
    pid = n.dig(7)
    portal = {"Medtronic": "carelink.example-medtronic.com", "Boston Scientific": "latitude.example-bsci.com",
              "Abbott": "merlin.example-abbott.net", "Biotronik": "homemonitoring.example-biotronik.com"}[maker]
    ti = n.ini(tech)
    n.t("REMOTE DEVICE TRANSMISSION - interrogation summary\n")
    n.t("Patient: ").nm(pt.fml).t("   MRN ").p("ID", mrn).t("   DOB ").dd(dob, "us").t("\n")
    n.t(f"Device: {maker} {model} ({kind})  S/N ").p("ID", ser).t("   implanted ").dd(imp, "us1").t(" by Dr. ").nm(ep.last).t("\n")
    n.t("Transmission: ").dd(d, "iso").t(f" 0{n.r.randint(1, 5)}:{n.r.randint(10, 59)} (scheduled)   portal: ")
    n.p("URL", f"https://{portal}/patients/{pid}").t("\n")
    n.t("Battery ").c(f"{n.num(2, 11, 1)} yrs").t("; RV pacing threshold ").c(f"{n.num(0.5, 1.5, 2)} V").t(", R wave ")
    n.c(f"{n.num(5, 16, 1)} mV").t(", HV impedance ").c(f"{n.r.randint(45, 80)} ohms").t("\n")
    n.t("Episodes since last: ").c(f"{n.r.randint(1, 3)} VT").t(" episodes terminated by ATP, ").c("0 shocks").t("; AF burden ")
    n.c(f"{n.r.randint(0, 12)}%").t("; BiV pacing " if kind == "CRT-D" else "; RV pacing ")
    n.c(f"{n.r.randint(90, 99)}%" if kind == "CRT-D" else f"{n.r.randint(0, 8)}%").t("\n")
    n.t("Plan: pt called at ").p("PHONE", us_phone(n, area)).t(" - asymptomatic, on ").c("amiodarone 200 mg daily").t(". ")
    n.t("Next remote ").dd(d + timedelta(days=91), "md").t(". EP aware. ").nm(ti).t(" / device clinic x")
    n.p("PHONE", n.dig(4)).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


def us_home_health(n: C) -> Note:
    pt = n.pat()
    gc = n.rel(pt, n.ch("mf"), keep=n.r.random() < 0.5)
    sn, ptx, md = n.staff(), n.staff(), n.staff()
    dob, age = n.old()
    mrn = n.mrn()
    line, city, st, z, area = us_addr(n)
    apt = f"Apt {n.r.randint(1, 40)}{n.ch('ABCD')}"
    d = n.today
    e0 = n.dt(-30, -10)
    inr_d = n.dt(-4, -2)
    nv = _wk(d + timedelta(days=n.r.randint(2, 4)))
    code = n.dig(4)
    ph = us_phone(n, area)
    n.t("HOME HEALTH - SKILLED NURSING VISIT\n")
    n.t("Patient: ").nm(pt.lf).t("   MRN ").p("ID", mrn).t("   DOB ").dd(dob, "us").t(" (")
    _age(n, age).t(" y/o)\n")
    n.t("Episode: ").dd(e0, "us").t(" - ").dd(e0 + timedelta(days=59), "us").t("   Visit: ").dd(d, "us").t(" 10:05-10:55\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", apt).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t("\n")
    n.t("Entry: lockbox on rear door rail, code ").p("ID", code).t("; call ahead ").p("PHONE", ph).t("\n")
    n.t(f"Caregiver: {'grandson' if gc.sex == 'm' else 'granddaughter'} ").nm(gc.fl).t(", ").p("PHONE", us_phone(n, area))
    n.t(" (lives with pt)\n")
    n.t("VS: BP ").c(n.bp()).t(", HR ").c(n.num(58, 96)).t(", RR ").c(str(n.r.randint(14, 20))).t(", SpO2 ").c(f"{n.r.randint(92, 99)}%")
    n.t(" RA, T ").c(f"{n.num(97.2, 99.0, 1)} F").t(", wt ").c(f"{n.r.randint(110, 230)} lb").t("\n")
    n.t("Wound: sacral stage 3 PI ").c(f"{n.num(2, 5, 1)} x {n.num(1.5, 4, 1)} x {n.num(0.2, 0.9, 1)} cm").t(", 20% slough, ")
    n.t("no odor; cleansed NS, ").c("Medihoney alginate").t(", bordered foam. Braden ").c(str(n.r.randint(11, 16))).t(".\n")
    n.t("INR ").c(n.num(1.6, 3.6, 1)).t(" (POC ").dd(inr_d, "md").t(") - called to Dr. ").nm(md.last).t("'s office; ")
    n.c("warfarin 5 mg").t(" daily except ").c("2.5 mg").t(" Mon/Fri, unchanged.\n")
    n.t("PT (").nm(ptx.first).t(") visiting Tues/Thurs for gait. Next SN visit ").dd(nv, "md").t(".\n")
    _cred(n, sn, "RN").t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=ph, line=line, city=city, zip_=z))


def us_pd_training(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=n.r.random() < 0.6)
    rn, neph, diet = n.staff(), n.staff(), n.staff()
    dob, _ = n.dob(26, 78)
    mrn = n.mrn()
    line, city, st, z, area = us_addr(n)
    d = _wk(n.today)
    cath = n.dt(-40, -21)
    ph = us_phone(n, area)
    em = f"{_ascii(pt.first).lower().replace(' ', '').replace('-', '')}{n.r.randint(50, 99)}@{n.ch(['gmail.com', 'yahoo.com', 'outlook.com'])}"
    ri = n.ini(rn)
    n.t("HOME PD TRAINING - day ").t(str(n.r.randint(3, 6))).t(" of 6        ").dd(d, "usdash").t("\n")
    n.nm(pt.LF.upper()).t("  MRN ").p("ID", mrn).t("  DOB ").dd(dob, "us2").t("\n")
    n.t("Tenckhoff placed ").dd(cath, "md").t(" (lap, Dr. ").nm(neph.last).t("); exit site healed, no drainage.\n")
    n.t("Trainee(s): pt + ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(". Return demo of CAPD exchange x2 - ")
    n.t("aseptic technique correct, hand hygiene correct.\n")
    n.t("Exchange 1: ").c("2.5% 2 L").t(" in, drain ").c(f"{n.r.randint(2100, 2600)} mL").t("; exchange 2: ").c("1.5% 2 L")
    n.t(", drain ").c(f"{n.r.randint(2000, 2400)} mL").t(". BP ").c(n.bp()).t(", wt ").c(f"{n.r.randint(120, 240)} lb").t("\n")
    n.t("Supplies to ship to ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(f", {st} ").p("ZIP", z).t(" - first delivery ")
    n.dd(_wk(d + timedelta(days=5)), "md").t(".\n")
    n.t("Home visit scheduled ").dd(_wk(d + timedelta(days=12)), "uss").t("; pt prefers text ").p("PHONE", ph).t(" or e-mail ")
    n.p("EMAIL", em).t("\n")
    n.t("Renal diet reviewed with ").nm(diet.fl).t(", RD: K ").c("< 3 g/day").t(", protein ").c("1.2 g/kg").t(".\n")
    n.t("- ").nm(rn.fl).t(", RN (").nm(ri.lower()).t(")\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=ph, line=line, city=city, zip_=z))


def us_cath_checklist(n: C) -> Note:
    pt = n.pat()
    esc = n.rel(pt, n.ch("mf"), keep=n.r.random() < 0.6)
    pa, rn, card = n.staff(), n.staff(), n.staff()
    dob, age = n.dob(45, 86)
    mrn, fin = n.mrn(), n.dig(9)
    _line, _city, _st, _z, area = us_addr(n)
    d = _wk(n.today)
    ri = n.ini(rn)
    n.t("CARDIAC CATH LAB - PRE-PROCEDURE CHECKLIST\n")
    n.t("Pt: ").nm(f"{pt.last}, {pt.first} {pt.mid}").t(f"  {age}{pt.sex.upper()}  MRN ").p("ID", mrn).t("  FIN ").p("ID", fin)
    n.t("\n")
    n.t("DOB ").dd(dob, "us").t("   Procedure date ").dd(d, "ap").t("   Procedure: LHC +/- PCI, Dr. ").nm(card.fl).t("\n")
    n.t("[x] ID band x2 checked  [x] NPO since 00:00  [x] Consent signed (obtained by ").nm(pa.fl).t(", PA-C)\n")
    n.t("[x] Allergy: iodinated contrast (hives 2019) - premed ").c("prednisone 50 mg").t(" 13/7/1 h + ").c("diphenhydramine 50 mg")
    n.t("\n")
    n.t("[x] Labs ").dd(n.dt(-3, -1), "md").t(": Cr ").c(n.num(0.8, 1.7, 2)).t(", eGFR ").c(str(n.r.randint(38, 90))).t(", K ")
    n.c(n.num(3.6, 5.0, 1)).t(", Hgb ").c(n.num(10.5, 15.5, 1)).t(", plt ").c(str(n.r.randint(140, 380))).t(", INR ").c(n.num(0.9, 1.2, 1))
    n.t("\n")
    n.t("[x] Metformin held since ").dd(n.dt(-2, -1), "md").t("   [x] Last ").c("apixaban 5 mg").t(" dose 48 h ago\n")
    n.t("[x] Allen test L/R normal   [x] IV 20g L AC   Wt ").c(f"{n.r.randint(55, 125)} kg").t("\n")
    n.t("Escort/ride: ").t("son " if esc.sex == "m" else "daughter ").nm(esc.fl).t(", cell ").p("PHONE", us_phone(n, area))
    n.t(" - waiting in family lounge\n")
    n.t("Checked by ").nm(rn.fl).t(", RN  ").nm(ri).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn), ("fin", fin)]))


def us_rehab_log(n: C) -> Note:
    pt = n.pat()
    ep, card = n.staff(), n.staff()
    dob, _ = n.dob(44, 84)
    mrn = n.mrn()
    d0 = n.dt(-20, -14)
    d0 -= timedelta(days=d0.weekday())
    em = f"{_ascii(pt.first[0]).lower()}{_ascii(pt.last).lower().replace(' ', '')}{n.r.randint(1, 99)}@{n.ch(['aol.com', 'comcast.net', 'icloud.com'])}"
    n.t("PHASE II CARDIAC REHAB - session log\n")
    n.t("Participant: ").nm(pt.fml).t("   MRN ").p("ID", mrn).t("   DOB ").dd(dob, "us1").t("\n")
    n.t("Dx: ").c("s/p CABG x3").t(" ").dd(n.dt(-70, -40), "apm").t("   Referring: Dr. ").nm(card.fl).t("\n")
    n.t("Date     Mode           Rest BP    Peak HR   METs   RPE\n")
    for k, off in enumerate([0, 2, 4, 7]):
        dd = d0 + timedelta(days=off)
        n.dd(dd, "md").t("      ").t(n.ch(["treadmill", "NuStep", "arm ergometer", "bike"]).ljust(13)).t("  ")
        n.c(n.bp(110, 150)).t("     ").c(str(n.r.randint(92, 128))).t("       ").c(n.num(2.5 + k * 0.3, 3.5 + k * 0.4, 1))
        n.t("    ").c(str(n.r.randint(11, 14))).t("\n")
    n.t("Telemetry: SR, no ectopy. Pre-session BG ").c(f"{n.r.randint(98, 190)} mg/dL").t(" (on ").c("metformin 1000 mg BID").t(")\n")
    n.t("Home exercise plan e-mailed to ").p("EMAIL", em).t(". Attendance ").c("8/36").t(" sessions.\n")
    n.nm(ep.fl).t(", MS, ACSM-CEP\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)]))


# ============================================================================ AU templates
def _medi(n: C, s: str, spaced: bool = True) -> C:
    """Medicare number with the IRN after it unlabelled."""
    num = f"{s[:4]} {s[4:9]} {s[9]}" if spaced else s[:10]
    return n.p("ID", num).t(f" / {n.r.randint(1, 5)}" if spaced else f"-{n.r.randint(1, 5)}")


def au_hd_careplan(n: C) -> Note:
    pt = n.pat()
    kind = n.ch(["child", "spouse", "sib"])
    nok = n.rel(pt, ("f" if pt.sex == "m" else "m") if kind == "spouse" else n.ch("mf"), keep=kind != "sib")
    cn, neph = n.staff(), n.staff()
    dob, _ = n.dob(35, 86)
    urn, med = n.dig(7), _medicare(n.r)
    line, sub, st, pc, _area = au_addr(n)
    dva = f"{n.ch('NVQSWT')}X{n.dig(6)}"
    d = n.today
    mob = au_mob(n)
    tw = n.r.uniform(55, 110)
    n.t("SATELLITE HAEMODIALYSIS - CARE PLAN / HANDOVER SHEET\n")
    n.t("Name: ").nm(pt.LF).t("        URN: ").p("ID", urn).t("        DOB: ").dd(dob, "dmy").t("\n")
    n.t("Medicare: ")
    _medi(n, med).t("      DVA file no: ").p("ID", dva).t(" (Gold)\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub.upper()).t(f" {st} ").p("ZIP", pc).t("   Ph: ").p("PHONE", mob).t("\n")
    rel = {("child", "m"): "son", ("child", "f"): "daughter", ("spouse", "m"): "husband", ("spouse", "f"): "wife",
           ("sib", "m"): "brother", ("sib", "f"): "sister"}[(kind, nok.sex)]
    n.t("NOK: ").nm(nok.fl).t(f" ({rel}) ").p("PHONE", au_mob(n)).t("\n")
    n.t(f"Sessions: {n.ch(['Mon/Wed/Fri', 'Tue/Thu/Sat'])} 06:30, chair {n.r.randint(1, 12)} - community transport both ways\n")
    n.t("Prescription: ").c("5 h").t(", Qb ").c(f"{n.ch([300, 320, 350])}").t(", FX80, dialysate ").c("K 2.0 / Ca 1.5").t(", target weight ")
    n.c(f"{tw:.1f} kg").t(", heparin ").c(f"{n.ch([1000, 1500, 2000])} u").t(" stat + ").c("500 u/h").t("\n")
    n.t("Access: L BCF, buttonhole technique (self-cannulates arterial). Last fistulogram ").dd(n.dt(-400, -90), "mys").t(".\n")
    n.t("Recent: K ").c(n.num(4.2, 6.1, 1)).t(", PO4 ").c(n.num(1.2, 2.4, 2)).t(", Hb ").c(str(n.r.randint(95, 125)))
    n.t(", URR ").c(f"{n.r.randint(66, 78)}%").t("; on ").c("cinacalcet 30 mg").t(" and ").c("sevelamer 1.6 g tds").t(".\n")
    n.t("Care notes: hard of hearing R ear; likes the window chair; ").t("his " if pt.sex == "m" else "her ").t(rel)
    n.t(" brings lunch on long days.\n")
    n.t("Updated ").dd(d, "uk").t(" by ").nm(cn.fl).t(" (CN) / Dr ").nm(neph.fi).t(" (renal)\n")
    return n.build(_fhir(pt, dob, [("urn", urn), ("medicare", med[:10])], phone=mob, line=line, city=sub, zip_=pc))


def au_tx_clinic(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    reg, coord = n.staff(), n.staff()
    dob, age = n.dob(24, 70)
    urn = n.dig(7)
    tx = n.dt(-120, -30)
    d = _wk(n.today)
    nxt = _wk(d + timedelta(days=n.ch([7, 14])))
    _line, _sub, _st, _pc, area = au_addr(n)
    ci = n.ini(coord)
    n.t("RENAL TRANSPLANT CLINIC - post-transplant review\n")
    n.dd(d, "dmy").t("   ").nm(f"{pt.first} {pt.last.upper()}").t(f" ({age}{pt.sex.upper()})   UR ").p("ID", urn)
    n.t("   DOB ").dd(dob, "uk").t("\n")
    n.t(f"Day {(d - tx).days} post ").c("DBD").t(" kidney Tx (").dd(tx, "sh").t("). Induction ").c("basiliximab").t(".\n")
    n.t("Feels well; back at work part-time. ").t("Wife " if sp.sex == "f" else "Husband ").nm(sp.first).t(" attended.\n")
    n.t("Obs: BP ").c(n.bp(118, 156)).t(", wt ").c(f"{n.num(52, 104, 1)} kg").t(", urine output good\n")
    n.t("Bloods: Cr ").c(f"{n.r.randint(95, 180)} umol/L").t(" (baseline ").c(f"{n.r.randint(90, 150)}").t("), tac trough ")
    n.c(f"{n.num(5, 11, 1)} ug/L").t(", Hb ").c(str(n.r.randint(98, 138))).t(", Mg ").c(n.num(0.55, 0.9, 2)).t(", BKV PCR ")
    n.c("not detected").t("\n")
    n.t("Meds: ").c(f"tacrolimus XR {n.ch([4, 5, 6, 7, 8])} mg mane").t(", ").c("mycophenolate 720 mg bd").t(", ")
    n.c("prednisolone 5 mg").t(", ").c("valganciclovir 450 mg daily").t(", ").c("Bactrim DS 1 tab MWF").t("\n")
    n.t("Plan: tac unchanged; ureteric stent removal booked ").dd(n.dt(5, 12), "dmy").t(". Review ").dd(nxt, "dm")
    n.t(" with bloods 12 h post dose.\n")
    n.t("Dr ").nm(reg.fl).t(" (renal AT) / Tx coordinator ").nm(coord.first).t(" ").p("PHONE", au_land(n, area)).t(" ").nm(ci).t("\n")
    return n.build(_fhir(pt, dob, [("urn", urn)]))


def au_community_nursing(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    nb, son = n.pat(sex="f"), n.rel(pt, "m", keep=True)
    rn, gp = n.staff(), n.pat()
    line, sub, st, pc, area = au_addr(n)
    med = _medicare(n.r)
    d = n.today
    code = n.ch([n.dig(4), n.dig(5)])
    n.t("COMMUNITY NURSING - episode notes\n")
    n.t("Client: ").nm(pt.fl).t("   DOB ").dd(dob, "uk").t(" (")
    _age(n, age).t(" yo)   Medicare ")
    _medi(n, med, spaced=False).t("\n")
    n.t("Home: ").p("ADDRESS", line).t(" ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t(" - lives alone, son ")
    n.nm(son.first).t(" visits Sundays\n")
    n.t("ACCESS: key in lockbox on side gate, code ").p("ID", code).t(". If no answer ring neighbour ")
    n.nm(nb.fl).t(" (").p("PHONE", au_land(n, area)).t(") - she has a spare key.\n\n")
    n.dd(d, "uk").t(f" 08:{n.r.randint(10, 55)} RN ").nm(rn.fl).t("\n")
    n.t("- Insulin: BGL ").c(f"{n.num(5.2, 16.8, 1)} mmol/L").t(", ").c(f"Optisulin {n.r.randint(10, 36)} units").t(" given L abdo.\n")
    n.t("- R shin skin tear (STAR 2a) ").c(f"{n.num(1.5, 5, 1)} x {n.num(0.8, 3, 1)} cm").t(", edges approximated, ")
    n.c("Mepitel One").t(" + ").c("Allevyn").t(". Pain ").c(f"{n.r.randint(1, 4)}/10").t(".\n")
    n.t("- Webster-pak checked: ").c("metformin 500 mg bd").t(", ").c("perindopril 5 mg").t(" all taken.\n")
    n.t("- Fridge low on food; son ").nm(son.fl).t(" phoned on ").p("PHONE", au_mob(n)).t(", will shop tonight.\n")
    n.t("GP Dr ").nm(gp.f_).t(" faxed re rising BGLs. Next visit tomorrow 08:00.\n")
    return n.build(_fhir(pt, dob, [("medicare", med[:10])], line=line, city=sub, zip_=pc))


def au_hith(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    ihi, urn = _ihi(n.r), n.dig(7)
    cons, rn = n.staff(), n.staff()
    dob, _ = n.dob(30, 88)
    line, sub, st, pc, _area = au_addr(n)
    d = n.today
    adm = n.dt(-6, -3)
    ip = f"10.{n.r.randint(20, 250)}.{n.r.randint(0, 255)}.{n.r.randint(2, 250)}"
    mob = au_mob(n)
    n.t("HOSPITAL IN THE HOME - daily virtual ward round\n")
    n.dd(d, "iso").t("   Patient: ").nm(pt.LF).t("   UR ").p("ID", urn).t("   IHI ").p("ID", ihi).t("\n")
    n.t("DOB ").dd(dob, "dmy").t("   Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("Admitted to HITH ").dd(adm, "dm").t(f" - {n.ch(['cellulitis L leg', 'pyelonephritis', 'infected diabetic foot ulcer'])}")
    n.t("; PICC R arm.\n")
    n.t("Remote obs (kit hub ").p("IP", ip).t(", last sync 07:52): T ").c(f"{n.num(36.3, 37.9, 1)}").t(", HR ").c(n.num(66, 104))
    n.t(", BP ").c(n.bp()).t(", SpO2 ").c(f"{n.r.randint(93, 99)}%").t("\n")
    n.t("IV ").c("cefazolin 6 g/24 h").t(" via elastomeric pump, changed 08:30 by RN ").nm(rn.fl).t(". CRP ").c(f"{n.r.randint(12, 140)}")
    n.t(" (from ").c(f"{n.r.randint(150, 280)}").t(").\n")
    n.t("Spoke with pt + ").t("wife " if sp.sex == "f" else "husband ").nm(sp.first).t(" on ").p("PHONE", mob)
    n.t(" - erythema receding behind the pen line.\n")
    n.t("Plan (Dr ").nm(cons.last).t("): switch to oral ").c("cefalexin 500 mg qid").t(" if afebrile ").dd(d + timedelta(days=1), "shm")
    n.t(", discharge from HITH ").dd(d + timedelta(days=2), "shm").t(".\n")
    return n.build(_fhir(pt, dob, [("urn", urn), ("ihi", ihi.replace(" ", ""))], phone=mob, line=line, city=sub,
                         zip_=pc))


def au_device_tele(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    gd = n.rel(pt, "f")
    tech, card = n.staff(), n.staff()
    maker, model, _kind = n.ch(DEVICES)
    ser = _serial(n.r, maker)
    urn, med = n.dig(7), _medicare(n.r)
    _line, sub, _st, pc, _area = au_addr(n)
    d = _wk(n.today)
    imp = n.dt(-2000, -200)
    ti = n.ini(tech)
    n.t("CARDIAC DEVICE CLINIC - telehealth-supported outreach check\n")
    n.t("Patient: Mr " if pt.sex == "m" else "Patient: Mrs ").nm(pt.fl).t(", ")
    _age(n, age).t(" yrs, DOB ").dd(dob, "uk").t(", UR ").p("ID", urn).t(", Medicare ")
    _medi(n, med).t("\n")
    n.t("Accompanied by granddaughter ").nm(gd.fl).t(" (").p("PHONE", au_mob(n)).t(").\n")
    n.t(f"Device: {maker} {model} - serial ").p("ID", ser).t(", implant ").dd(imp, "dmon").t(" (Dr ").nm(card.last).t(")\n")
    n.t("Interrogated locally by cardiac technologist ").nm(tech.fl).t(", reviewed by video with Dr ").nm(card.last)
    n.t(" on ").dd(d, "uk").t(".\n")
    n.t("Battery ").c(f"{n.num(2, 10, 1)} y").t("; RV threshold ").c(f"{n.num(0.5, 1.5, 2)} V @ 0.4 ms").t(", R wave ")
    n.c(f"{n.num(5, 18, 1)} mV").t(", lead impedance ").c(f"{n.r.randint(380, 720)} ohms").t("\n")
    n.t("Presenting rhythm ").c("AS-VP").t(" at ").c(f"{n.r.randint(60, 80)} bpm").t("; ").c(f"{n.r.randint(2, 9)} AHRE").t(" episodes, longest ")
    n.c(f"{n.r.randint(2, 40)} min").t(". CHA2DS2-VASc ").c(str(n.r.randint(3, 6))).t(" - letter to GP re anticoagulation.\n")
    n.t("Next check 12 months, same arrangement. ").nm(ti).t("\n")
    return n.build(_fhir(pt, dob, [("urn", urn), ("medicare", med[:10])], city=sub, zip_=pc))


def au_continence(n: C) -> Note:
    pt = n.pat()
    carer = n.rel(pt, keep=True)
    cnc, gp = n.staff(), n.pat()
    dob, _age = n.old()
    line, sub, st, pc, _area = au_addr(n)
    med = _medicare(n.r)
    d = _wk(n.today)
    n.t("CONTINENCE ASSESSMENT - community continence service\n")
    n.t("Client: ").nm(pt.fl).t("        DOB: ").dd(dob, "dmy").t("        Medicare: ")
    _medi(n, med).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f", {st} ").p("ZIP", pc).t("\n")
    n.t("Carer: ").nm(carer.fl).t(f" ({'son' if carer.sex == 'm' else 'daughter'}), ").p("PHONE", au_mob(n)).t("\n")
    n.t("Referred by: Dr ").nm(gp.fl).t(", GP, on ").dd(n.dt(-30, -14), "shy2").t("\n")
    n.t("Date of visit: ").dd(d, "long").t("\n\n")
    n.t("3-day bladder chart: voids ").c(f"{n.r.randint(9, 15)}/24 h").t(", nocturia ").c(f"x{n.r.randint(2, 5)}").t(", volumes ")
    n.c(f"{n.r.randint(60, 120)}-{n.r.randint(180, 320)} ml").t(", urge leakage ").c(f"{n.r.randint(2, 6)}/day").t("\n")
    n.t("PVR (bladder scan) ").c(f"{n.r.randint(20, 180)} ml").t("; urinalysis NAD; fluid intake ").c(f"{n.num(1.0, 1.8, 1)} L/day")
    n.t(" (").c(f"{n.r.randint(3, 7)} cups").t(" tea)\n")
    n.t("Bowels: Bristol ").c(f"type {n.r.randint(2, 5)}").t(", on ").c("Movicol 1 sachet daily").t("\n")
    n.t("Plan: bladder retraining, reduce caffeine, trial ").c("mirabegron 25 mg").t(" (letter to GP); pads ")
    n.c("Tena Flex Plus").t(" via CAPS; review 6 weeks.\n")
    n.t("Assessed by ").nm(cnc.fl).t(", Continence Nurse Consultant\n")
    return n.build(_fhir(pt, dob, [("medicare", med[:10])], line=line, city=sub, zip_=pc))


# ============================================================================ Canada
def on_hd_rounds(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=n.r.random() < 0.5)
    neph, rn = n.staff("ca"), n.staff("ca")
    dob, _ = n.dob(40, 88)
    ohip, mrn = _ohip(n.r), n.mrn()
    line, city, pc, _area = ca_addr(n, "on")
    d = _wk(n.today)
    edw = n.r.uniform(52, 112)
    n.t("IN-CENTRE HEMODIALYSIS - NEPHROLOGY ROUNDS\n")
    n.t("Patient: ").nm(pt.LF).t("   Health card: ").p("ID", ohip).t("   MRN: ").p("ID", mrn).t("\n")
    n.t("DOB: ").dd(dob, "iso").t("   Rounds: ").dd(d, "uss").t(f"   Shift {n.ch(['A', 'B', 'C'])}, pod {n.r.randint(1, 6)}\n")
    n.t("S: c/o itch and poor sleep; missed last ").c("sevelamer").t(" doses. ").t("Wife " if sp.sex == "f" else "Husband ")
    n.nm(sp.first).t(" now drives; parking permit form done.\n")
    n.t("O: pre BP ").c(n.bp(130, 180)).t(", IDWG ").c(f"{n.num(1.5, 4.2, 1)} kg").t(", EDW ").c(f"{edw:.1f} kg").t(", no edema\n")
    n.t("   Monthly: Hb ").c(str(n.r.randint(88, 125))).t(", K ").c(n.num(4.3, 6.2, 1)).t(", PO4 ").c(n.num(1.3, 2.6, 2)).t(", Ca ")
    n.c(n.num(2.05, 2.45, 2)).t(", PTH ").c(f"{n.r.randint(20, 95)} pmol/L").t(", albumin ").c(str(n.r.randint(30, 40)))
    n.t(", spKt/V ").c(n.num(1.2, 1.7, 2)).t("\n")
    n.t("A/P: hyperphosphatemia - re-educate, ").c("sevelamer 1600 mg TID").t(" with meals; PTH at target, continue ")
    n.c("calcitriol 0.25 mcg").t(" post-HD. Hb below target: ").c(f"darbepoetin {n.ch([40, 60, 80])} mcg").t(" q1week.\n")
    n.t("Transport: pt's home ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc)
    n.t(" - TransHelp booking updated.\n")
    n.t("Dr. ").nm(neph.fl).t(" / RN ").nm(rn.fl).t("\n")
    return n.build(_fhir(pt, dob, [("ohip", ohip), ("mrn", mrn)], line=line, city=city, zip_=pc))


def on_cath_referral(n: C) -> Note:
    pt = n.pat()
    dau = n.rel(pt, "f")
    ref, ic = n.staff("ca"), n.staff("ca")
    dob, age = n.dob(45, 86)
    ohip = _ohip(n.r)
    line, city, pc, area = ca_addr(n, "on")
    d = n.today
    ph = ca_phone(n, area)
    em = f"{_ascii(ref.first[0]).lower()}.{_ascii(ref.last).lower().replace(' ', '')}@{n.ch(['lakeridgehealth.on.ca', 'tbrhsc.net', 'kingstonhsc.ca'])}"
    n.t("REFERRAL FOR CARDIAC CATHETERIZATION (Ontario cardiac registry form)\n")
    n.t("Referral date: ").dd(d, "iso").t("     Urgency: ").c("inpatient, semi-urgent").t("\n")
    n.t("Last name: ").nm(pt.last).t("     First name: ").nm(pt.first).t(f"     Sex: {pt.sex.upper()}\n")
    n.t("DOB (YYYY/MM/DD): ").p("DATE", dob.strftime("%Y/%m/%d")).t(f"   Age: {age}   OHIP #: ").p("ID", ohip).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("   Tel: ").p("PHONE", ph).t("\n")
    n.t("Alternate contact: daughter ").nm(dau.fl).t(" ").p("PHONE", ca_phone(n, area)).t("\n")
    n.t("Referring MD: Dr. ").nm(ref.fl).t(" (").p("EMAIL", em).t(")   Interventionalist requested: Dr. ").nm(ic.last).t("\n")
    n.t("Presentation: ").c("NSTEMI").t(" ").dd(d - timedelta(days=n.r.randint(1, 3)), "uss").t(", peak hs-TnI ")
    n.c(f"{n.r.randint(800, 9000)} ng/L").t(", GRACE ").c(str(n.r.randint(110, 190))).t(", ECG ").c("ST depression V4-V6").t("\n")
    n.t("Cr ").c(f"{n.r.randint(70, 160)} umol/L").t(", eGFR ").c(str(n.r.randint(35, 90))).t(", Hb ").c(str(n.r.randint(105, 150)))
    n.t("; on ").c("ASA 81 mg").t(", ").c("ticagrelor 90 mg BID").t(", ").c("enoxaparin 1 mg/kg SC q12h").t("\n")
    n.t("Diabetic: yes - ").c("metformin 1000 mg BID").t(" (hold 48 h post-contrast).  Allergies: NKDA\n")
    return n.build(_fhir(pt, dob, [("ohip", ohip)], phone=ph, line=line, city=city, zip_=pc))


def bc_pd_visit(n: C) -> Note:
    pt = n.pat()
    son = n.rel(pt, "m", keep=True)
    rn, neph = n.staff("ca"), n.staff("ca")
    dob, _ = n.dob(35, 85)
    phn = _phn(n.r)
    line, city, pc, area = ca_addr(n, "bc")
    d = _wk(n.today)
    perit = n.dt(-200, -40)
    ph = ca_phone(n, area)
    ri = n.ini(rn, lower=True)
    n.t("PD UNIT - home visit note\n")
    n.t("Visit date: ").dd(d, "usl").t("   Client: ").nm(pt.fl).t("   PHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}")
    n.t("   DOB ").dd(dob, "dmon").t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", BC ").p("ZIP", pc).t(" (basement suite - side door)   ")
    n.p("PHONE", ph).t("\n")
    n.t("CCPD on cycler: ").c("4 x 2.5 L").t(" Dianeal ").c("1.5%").t(" / ").c("2.5%").t(" alternating, last fill ")
    n.c("Extraneal 2 L").t("; avg UF ").c(f"{n.r.randint(400, 1200)} mL").t("\n")
    n.t("Vitals BP ").c(n.bp()).t("  wt ").c(f"{n.num(50, 110, 1)} kg").t("  temp ").c(f"{n.num(36.2, 37.2, 1)}").t("\n")
    n.t("Exit site: ").c("good").t(" (photo to chart). Peritonitis ").dd(perit, "my").t(" - treated, no recurrence.\n")
    n.t("Supply room tidy; son ").nm(son.first).t(" now signs for Baxter deliveries. Son ").nm(son.fl)
    n.t(" cell ").p("PHONE", ca_phone(n, area)).t(".\n")
    n.t("Teaching: hand hygiene re-demo; what to do if effluent cloudy (call unit, bring bag).\n")
    n.t("Labs next clinic ").dd(_wk(d + timedelta(days=n.r.randint(14, 30))), "usm").t(" with Dr. ").nm(neph.last).t(".\n")
    n.nm(rn.fl).t(", RN (").nm(ri).t(")\n")
    return n.build(_fhir(pt, dob, [("phn", phn)], phone=ph, line=line, city=city, zip_=pc))


def ab_home_care(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    nb, dau = n.pat(), n.rel(pt, "f")
    cm, hca, lpn = n.staff("ca"), n.staff("ca"), n.staff("ca")
    uli = _uli(n.r)
    line, city, pc, area = ca_addr(n, "ab")
    d = _wk(n.today)
    code = n.dig(4)
    n.t("HOME CARE - case manager progress note\n")
    n.t("Client: ").nm(f"{pt.last}, {pt.first} {pt.mid}").t("   ULI/PHN: ").p("ID", uli).t("   DOB: ").dd(dob, "uss").t(" (")
    _age(n, age).t(")\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" AB ").p("ZIP", pc).t("\n")
    n.t("Entry: lockbox on porch railing, code ").p("ID", code).t("; back-up key with neighbour ").nm(nb.fl).t(" ")
    n.p("PHONE", ca_phone(n, area)).t("\n")
    n.t("Date: ").dd(d, "uss").t(" - home visit with client and daughter ").nm(dau.fl).t(" (POA).\n")
    n.t("Since hospital d/c ").dd(n.dt(-20, -10), "usm").t(" (CHF): weight ").c(f"{n.num(55, 95, 1)} kg").t(" stable, ")
    n.t("taking ").c("furosemide 40 mg daily").t(", ").c("bisoprolol 2.5 mg").t("; BP ").c(n.bp()).t(". ")
    n.t("Falls risk - Morse ").c(str(n.r.randint(45, 85))).t(".\n")
    n.t("Services: HCA ").nm(hca.first).t(" BID (AM care, supper), LPN ").nm(lpn.fl).t(" weekly for weights / med check, ")
    n.t("Meals on Wheels M-F.\n")
    n.t("Daughter to return signed consent by ").dd(_wk(d + timedelta(days=7)), "usm").t(". Reassess in 30 days.\n")
    n.nm(cm.fl).t(", RN, Case Manager\n")
    return n.build(_fhir(pt, dob, [("uli", uli.replace("-", ""))], line=line, city=city, zip_=pc))


def qc_tx_followup(n: C) -> Note:
    pt = n.pat(grp="ca_qc")
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    neph, inf = n.staff("ca"), n.staff("ca")
    dob, age = n.dob(28, 72)
    ramq = _ramq(n.r, pt, dob)
    line, city, pc, area = ca_addr(n, "qc")
    d = _wk(n.today)
    tx = n.dt(-900, -200)
    ph = ca_phone(n, area)
    n.t("CLINIQUE DE GREFFE RÉNALE / RENAL TRANSPLANT CLINIC - suivi / follow-up\n")
    n.t("Date: ").dd(d, "iso").t("   Nom / Name: ").nm(pt.LF).t("   RAMQ: ").p("ID", ramq).t("\n")
    n.t("DDN / DOB: ").p("DATE", dob.strftime("%Y/%m/%d")).t(f"   Âge: {age}   Tél.: ").p("PHONE", ph).t("\n")
    n.t("Adresse: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" (QC) ").p("ZIP", pc).t("\n")
    n.t("Greffe rénale (donneur vivant - ").t("épouse " if sp.sex == "f" else "époux ").nm(sp.fl).t(") le ")
    n.dd(tx, "long").t(".\n")
    n.t("Patient well, no rejection episodes. Créat ").c(f"{n.r.randint(90, 160)} µmol/L").t(", tacrolimus ")
    n.c(f"{n.num(4, 9, 1)} µg/L").t(", Hb ").c(str(n.r.randint(110, 150))).t(", ACR ").c(f"{n.num(1, 30, 1)} mg/mmol").t("\n")
    n.t("Rx: ").c("Advagraf 4 mg die").t(", ").c("CellCept 500 mg BID").t(", ").c("prednisone 5 mg die").t(", ")
    n.c("amlodipine 5 mg die").t("\n")
    n.t("Plan: same doses; retour dans 3 mois (").dd(_wk(d + timedelta(days=91)), "iso").t("). Infirmière ").nm(inf.fl)
    n.t(" will call with results.\n")
    n.t("Dr ").nm(neph.fl).t(", néphrologue\n")
    return n.build(_fhir(pt, dob, [("ramq", ramq.replace(" ", ""))], phone=ph, line=line, city=city, zip_=pc))


def mb_device_remote(n: C) -> Note:
    pt = n.pat(grp=n.ch(["ca_fn", "ca_ua", "ca_mar", "ca_ph"]))
    dob, _ = n.dob(45, 88)
    phin = n.dig(9)
    maker, model, kind = n.ch([x for x in DEVICES if "DR" in x[1] or "CRT" in x[1]])
    ser = _serial(n.r, maker)
    rn, ep = n.staff("ca"), n.staff("ca")
    line, city, pc, area = ca_addr(n, "mb")
    d = _wk(n.today)
    last = n.dt(-100, -85)
    ph = ca_phone(n, area)
    n.t("DEVICE CLINIC - remote monitoring report\n")
    n.t("Pt: ").nm(pt.fl).t("   PHIN: ").p("ID", f"{phin[:3]} {phin[3:6]} {phin[6:]}").t("   DOB: ").dd(dob, "dmon").t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", MB ").p("ZIP", pc).t("   ").p("PHONE", ph).t("\n")
    n.t(f"{maker} {model} ({kind}), serial # ").p("ID", ser).t("\n")
    n.t("Transmission ").dd(d, "dmon").t(" (alert: ").c("AF burden > 6 h/day").t("); previous ").dd(last, "dmon").t("\n")
    n.t("AT/AF burden ").c(f"{n.r.randint(12, 60)}%").t(", longest episode ").c(f"{n.r.randint(8, 40)} h").t(", mean V rate ")
    n.c(f"{n.r.randint(82, 120)} bpm").t("\n")
    n.t("Battery OK (").c(f"{n.num(3, 10, 1)} y").t("), lead parameters stable; ").c(f"{n.r.randint(1, 99)}%").t(" V paced.\n")
    n.t("Pt contacted by ").nm(rn.fl).t(", RN: mild fatigue, not on anticoagulation. Forwarded to Dr. ").nm(ep.last)
    n.t(" - start ").c("apixaban 5 mg BID").t(" if no contraindication; clinic visit ").dd(_wk(d + timedelta(days=14)), "uss").t(".\n")
    return n.build(_fhir(pt, dob, [("phin", phin)], phone=ph, line=line, city=city, zip_=pc))


# ============================================================================ Ireland
def ie_hd_unit(n: C) -> Note:
    pt = n.pat()
    dau = n.rel(pt, "f")
    cnm, sn, reg = n.staff("ie"), n.staff("ie"), n.staff("ie")
    dob, _ = n.dob(40, 88)
    mrn = n.dig(7)
    line, town, county, eir, _area = ie_addr(n)
    d = n.today
    mob = ie_mob(n)
    si = n.ini(sn)
    n.t("RENAL DIALYSIS UNIT - nursing record\n")
    n.t(f"{_wd(d)} ").dd(d, "ord").t("   Patient: ").nm(f"{pt.first} {pt.last.upper()}").t("   MRN ").p("ID", mrn)
    n.t("   DOB ").dd(dob, "dot").t("\n")
    n.t("Home: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("\n")
    n.t("Pre: wt ").c(f"{n.num(55, 105, 1)} kg").t(", BP ").c(n.bp(130, 180)).t(", T ").c(f"{n.num(36.1, 37.2, 1)}")
    n.t("; post: BP ").c(n.bp(105, 145)).t(", UF ").c(f"{n.num(1.2, 3.4, 1)} L").t(" achieved\n")
    n.t("Access: R IJ permcath - dressing changed, ").c("Taurolock").t(" lock both lumens. Fistula (L arm) maturing, ")
    n.t("for fistulogram per vascular.\n")
    n.t("Bloods sent: FBC, U&E, bone, ferritin. ").c("Binocrit 4000 IU").t(" s/c and ").c("Venofer 100 mg").t(" given.\n")
    n.t("Pt upset - daughter ").nm(dau.fl).t(" (").p("PHONE", mob).t(") could not collect; taxi booked via NAS ")
    n.t("transport office. Reg Dr ").nm(reg.last).t(" informed of pre-BP.\n")
    n.t("Next: ").t(_wd(d + timedelta(days=2)) + " ").dd(d + timedelta(days=2), "dmy").t(f" 07:30, station {n.r.randint(1, 18)}.\n")
    n.t("S/N ").nm(sn.fl).t(" (").nm(si).t(") / CNM2 ").nm(cnm.fl).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], phone=mob, line=line, city=town, zip_=eir))


def ie_phn_visit(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    nb, nie = n.pat(), n.rel(pt, "f")
    phn, hh, gp = n.staff("ie"), n.pat(), n.pat()
    line, town, county, eir, area = ie_addr(n)
    d = n.today
    code = n.ch([n.dig(4), f"{n.dig(2)}{n.ch('ABCD')}{n.dig(1)}"])
    land = f"{area} {n.r.randint(2, 9)}{n.dig(6)}"
    n.t("PUBLIC HEALTH NURSE - home visit record\n")
    n.t("Client: ").nm(pt.LF).t("   DOB: ").dd(dob, "dot").t(" (")
    _age(n, age).t(")   Tel: ").p("PHONE", land).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county}, ").p("ZIP", eir).t("\n")
    n.t("Key safe at back door - code ").p("ID", code).t(". Neighbour ").nm(nb.fl).t(" (").p("PHONE", ie_mob(n))
    n.t(") checks in most evenings.\n")
    n.t("Visit ").dd(d, "dot").t(" - ").nm(phn.fl).t(", PHN\n")
    n.t("Sacral pressure ulcer cat. 2: ").c(f"{n.num(1, 4, 1)} x {n.num(0.8, 3, 1)} cm").t(", granulating, no odour. ")
    n.c("Hydrocolloid").t(" renewed. Braden ").c(str(n.r.randint(12, 17))).t(". Alternating air mattress in situ.\n")
    n.t("Urinary catheter (").c("14 Ch").t(", ").c("10 ml").t(" balloon) changed ").dd(n.dt(-25, -18), "dm")
    n.t(" - next due ").dd(n.dt(60, 70), "dm").t(". Urine clear.\n")
    n.t("Home help ").nm(hh.fl).t(" calls 9 am and 6 pm. Niece ").nm(nie.first).t(" does shopping Saturdays.\n")
    n.t("Weight ").c(f"{n.num(42, 80, 1)} kg").t(" (down ").c("2 kg").t(" in a month) - letter to Dr ").nm(gp.last)
    n.t(" re dietetics; ").c("Fortisip 2 x daily").t(" to continue.\n")
    return n.build(_fhir(pt, dob, [], phone=land, line=line, city=town, zip_=eir))


def ie_cardiology_letter(n: C) -> Note:
    pt = n.pat()
    cons, gp, reg = n.staff("ie"), n.pat(), n.staff("ie")
    dob, _ = n.dob(30, 84)
    mrn = n.dig(7)
    line, town, _county, eir, _area = ie_addr(n)
    gline, gtown, gcounty, geir, _ga = ie_addr(n)
    d = _wk(n.today)
    h = n.dt(-30, -14)
    ri = n.ini(reg, lower=True)
    n.t("Cardiology Outpatients\n")
    n.dd(d, "ord").t("\n\n")
    n.t("Dr ").nm(gp.fi).t("\n").p("ADDRESS", gline).t("\n").p("ADDRESS", gtown).t("\n").t(f"{gcounty}\n").p("ZIP", geir).t("\n\n")
    n.t("Re: ").nm(pt.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", eir).t("\n")
    n.t("DOB: ").dd(dob, "dot").t("     MRN: ").p("ID", mrn).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\n")
    n.t("I saw ").nm(pt.first).t(" today with palpitations. The 72-hour Holter (fitted ").dd(h, "ordsh")
    n.t(") showed sinus rhythm, mean HR ").c(f"{n.r.randint(64, 88)} bpm").t(", ").c(f"{n.num(2, 14, 1)}%").t(" ventricular ectopy, ")
    n.t("no pauses. Echo: LVEF ").c(f"{n.r.randint(50, 62)}%").t(", structurally normal heart.\n")
    n.t("BP ").c(n.bp()).t(", TSH ").c(n.num(0.8, 3.5, 2)).t(", K ").c(n.num(3.8, 4.9, 1)).t(", Mg ").c(n.num(0.75, 0.95, 2)).t(".\n")
    n.t("I have started ").c("bisoprolol 2.5 mg once daily").t(" and advised reducing caffeine. We will repeat the Holter in 3 months ")
    n.t("and review in clinic thereafter.\n\n")
    n.t("Yours sincerely,\n\n").t("Dr ").nm(cons.fl).t(", Consultant Cardiologist\n")
    n.t("dictated by Dr ").nm(reg.fl).t(" (SpR) - ").nm(ri).t("\n")
    return n.build(_fhir(pt, dob, [("mrn", mrn)], line=line, city=town, zip_=eir))


def ie_living_donor(n: C) -> Note:
    rec = n.pat()
    keep = n.r.random() < 0.7
    don = n.rel(rec, n.ch("mf") if keep else ("f" if rec.sex == "m" else "m"), keep=keep)
    neph, coord = n.staff("ie"), n.staff("ie")
    rdob, _ = n.dob(30, 64)
    ddob, dage = n.dob(25, 62)
    ppsn, mrn = _ppsn(n.r), n.dig(7)
    line, town, county, eir, _area = ie_addr(n)
    d = _wk(n.today)
    mob = ie_mob(n)
    n.t("Living Kidney Donor Programme - referral of potential donor\n")
    n.t("Date: ").dd(d, "dot").t("\n")
    n.t("Potential donor: ").nm(don.LF).t(f"   ({dage} yrs)   DOB ").dd(ddob, "dot").t("   PPSN ").p("SSN", ppsn).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {county} ").p("ZIP", eir).t("   Mobile ").p("PHONE", mob)
    n.t("\n")
    rel = ("brother" if rec.sex == "m" else "sister") if keep else ("husband" if rec.sex == "m" else "wife")
    n.t("Intended recipient: ").nm(rec.fl).t(f" ({rel}), MRN ").p("ID", mrn).t(", DOB ").dd(rdob, "dot").t(", on HD since ")
    n.dd(n.dt(-900, -120), "my").t("\n")
    n.t("Donor screen (GP bloods ").dd(n.dt(-20, -7), "dot2").t("): creat ").c(f"{n.r.randint(58, 96)} umol/L").t(", eGFR ")
    n.c(f"> {n.ch([60, 90])}").t(", HbA1c ").c(f"{n.r.randint(30, 40)} mmol/mol").t(", BP ").c(n.bp(110, 138)).t(", BMI ")
    n.c(n.num(21, 31, 1)).t("; blood group compatible.\n")
    n.t("Requested: HLA typing and crossmatch, CT renal angiogram, GFR study; psychology and independent advocate.\n")
    n.t("Referred by Dr ").nm(neph.fl).t(", consultant nephrologist. Coordinator: ").nm(coord.fl).t(", ")
    n.p("EMAIL", f"{_ascii(coord.first).lower()}.{_ascii(coord.last).lower().replace(' ', '').replace(chr(39), '')}@hse.ie").t("\n")
    return n.build(_fhir(don, ddob, [("ppsn", ppsn)], phone=mob, line=line, city=town, zip_=eir))


# ============================================================================ New Zealand
def nz_home_hd(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m")
    rn, tech = n.staff(), n.staff()
    dob, _ = n.dob(30, 72)
    nhi = _nhi(n.r)
    line, sub, city, pc, _area = nz_addr(n)
    d = _wk(n.today)
    mob = nz_mob(n)
    n.t("HOME HAEMODIALYSIS - home visit / machine check\n")
    n.t("Patient: ").nm(pt.LF).t("   NHI: ").p("ID", nhi).t("   DOB: ").dd(dob, "dmy").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc)
    n.t("   Mob: ").p("PHONE", mob).t("\n")
    n.t("Visit ").dd(d, "sh").t(" - ").nm(rn.fl).t(" (home training RN) with renal technician ").nm(tech.first).t("\n")
    n.t("Regime: nocturnal HD ").c("3 x 8 h/week").t(", Qb ").c("250").t(", dialysate flow ").c("300").t(", ")
    n.t("buttonhole self-needling. Dry weight ").c(f"{n.num(60, 120, 1)} kg").t(".\n")
    n.t("Run sheets reviewed (").dd(d - timedelta(days=14), "dm").t(" - ").dd(d - timedelta(days=1), "dm").t("): pre BP ")
    n.c(n.bp(120, 170)).t(", no alarms > 3/run. RO unit and water test (chlorine ").c("< 0.1 mg/L").t(") OK; pre-filter changed.\n")
    n.t(f"{'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.first).t(" is back-up carer; whānau support good.\n")
    n.t("Bloods: K ").c(n.num(3.6, 5.5, 1)).t(", PO4 ").c(n.num(0.9, 1.8, 2)).t(", Hb ").c(str(n.r.randint(100, 130)))
    n.t("; ").c("calcium carbonate").t(" stopped.\n")
    n.t("Machine uploads via home Wi-Fi (machine ").p("IP", f"192.168.{n.r.randint(0, 1)}.{n.r.randint(20, 99)}")
    n.t(", router ").p("IP", f"192.168.{n.r.randint(2, 9)}.1").t("). Power company medically dependent form renewed. Next visit ").dd(_wk(d + timedelta(days=42)), "long").t(".\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], phone=mob, line=line, city=city, zip_=pc))


def nz_district_nursing(n: C) -> Note:
    pt = n.pat()
    dob, age = n.old()
    moko, nb = n.rel(pt, n.ch("mf")), n.pat()
    dn1, dn2, gp = n.staff(), n.staff(), n.pat()
    nhi = _nhi(n.r)
    line, sub, city, pc, _area = nz_addr(n)
    d1 = n.dt(-5, -3)
    d2 = d1 + timedelta(days=2)
    code = n.dig(4)
    i1, i2 = n.ini(dn1), n.ini(dn2)
    n.t("DISTRICT NURSING - visit log\n")
    n.nm(f"{pt.last.upper()} {pt.first}").t("  NHI ").p("ID", nhi).t("  DOB ").dd(dob, "dmy").t("  (")
    _age(n, age).t(" yrs)\n")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n")
    n.t("Access: key safe by garage, code ").p("ID", code).t("; mokopuna ").nm(moko.fl).t(" (").p("PHONE", nz_mob(n))
    n.t(") lives in the sleep-out. Neighbour ").nm(nb.first).t(" feeds the cat.\n\n")
    n.dd(d1, "dm").t(" ").nm(i1).t(" - bilateral leg ulcers, ").c("2-layer compression").t(" reapplied. R ").c(f"{n.num(2, 6, 1)} x {n.num(1, 4, 1)} cm")
    n.t(", L ").c(f"{n.num(1, 3, 1)} x {n.num(0.5, 2, 1)} cm").t(". ABPI R ").c(n.num(0.85, 1.1, 2)).t(" L ").c(n.num(0.85, 1.1, 2)).t("\n")
    n.dd(d2, "dm").t(" ").nm(i2).t(" - exudate less. BGL ").c(f"{n.num(6, 14, 1)}").t(", on ").c("Lantus 22 units").t(" nocte. ")
    n.t("Kai in fridge. Dr ").nm(gp.last).t(" aware re ").c("flucloxacillin 500 mg qid").t(" finishing ").dd(d2 + timedelta(days=2), "shm")
    n.t(".\n")
    n.t("Next: ").dd(d2 + timedelta(days=2), "dm").t(" (").nm(dn1.first).t(").  DN ").nm(dn1.fl).t(" / ").nm(dn2.fl).t("\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], line=line, city=city, zip_=pc))


def nz_cardiology_letter(n: C) -> Note:
    pt = n.pat()
    dau = n.rel(pt, "f")
    cons, gp = n.staff(), n.pat()
    dob, _ = n.dob(40, 85)
    nhi = _nhi(n.r)
    line, sub, city, pc, _area = nz_addr(n)
    d = _wk(n.today)
    ang = n.dt(-50, -20)
    n.t("Cardiology Outpatient Clinic\n")
    n.dd(d, "long").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").t("(via HealthLink)\n\n")
    n.t("Tēnā koe Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: ").nm(pt.fl).t(", NHI ").p("ID", nhi).t(", DOB ").dd(dob, "dmy").t("\n    ").p("ADDRESS", line).t(", ")
    n.p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\n")
    n.nm(pt.first).t(" came with ").t("his " if pt.sex == "m" else "her ").t("daughter ").nm(dau.first)
    n.t(" for review after the angiogram of ").dd(ang, "ordm").t(", which showed moderate ")
    n.t("two-vessel disease for medical management. ").t("He " if pt.sex == "m" else "She ")
    n.t("still gets angina walking up the hill to the marae, relieved by ").c("GTN spray").t(".\n")
    n.t("BP ").c(n.bp()).t(", HR ").c(n.num(56, 80)).t(", LDL ").c(n.num(1.4, 3.2, 1)).t(" mmol/L, HbA1c ")
    n.c(f"{n.r.randint(40, 70)} mmol/mol").t(".\n")
    n.t("I have increased ").c("metoprolol CR to 95 mg daily").t(" and added ").c("isosorbide mononitrate 60 mg mane").t(
        "; continue ").c("aspirin 100 mg").t(" and ").c("atorvastatin 80 mg").t(".\n")
    n.t("Review in 4 months; sooner if symptoms at rest.\n\n")
    n.t("Ngā mihi,\n").nm(cons.fl).t("\nCardiologist\n")
    return n.build(_fhir(pt, dob, [("nhi", nhi)], line=line, city=city, zip_=pc))


# ============================================================================ India, South Africa, Philippines, Malaysia
IN_LOC = [("Aliganj", "Lucknow", "226024", "Uttar Pradesh"), ("Gomti Nagar", "Lucknow", "226010", "Uttar Pradesh"),
          ("Anna Nagar", "Chennai", "600040", "Tamil Nadu"), ("Kothrud", "Pune", "411038", "Maharashtra"),
          ("Salt Lake", "Kolkata", "700091", "West Bengal"), ("Banjara Hills", "Hyderabad", "500034", "Telangana")]


def in_dialysis(n: C) -> Note:
    pt = n.pat()
    sp = n.rel(pt, "f" if pt.sex == "m" else "m", keep=True)
    neph, tech = n.staff(), n.staff()
    dob, age = n.dob(30, 78)
    uhid = f"{n.ch(['UH', 'MH', 'KH'])}{n.dig(8)}"
    aad = _aadhaar(n.r)
    abha = f"91-{n.dig(4)}-{n.dig(4)}-{n.dig(4)}"
    loc, city, pin, state = n.ch(IN_LOC)
    line = n.ch([f"Flat No. {n.r.randint(101, 904)}, {n.ch(['Sai Residency', 'Shanti Kunj Apartments', 'Green Park Towers'])}",
                 f"H.No. {n.r.randint(2, 600)}/{n.r.randint(1, 40)}, Sector {n.r.randint(2, 25)}"])
    d = n.today
    mob = f"+91 {n.ch('6789')}{n.dig(4)} {n.dig(5)}"
    rel = "W/o" if pt.sex == "f" else "H/o"
    n.t("HAEMODIALYSIS UNIT - dialysis case sheet\n")
    n.t("Name: ").nm(pt.fl).t(f" {rel} ").nm(sp.fl).t(f"    Age/Sex: {age}/{pt.sex.upper()}    UHID: ").p("ID", uhid).t("\n")
    n.t("Aadhaar: ").p("ID", aad).t("    ABHA No.: ").p("ID", abha).t("    PM-JAY beneficiary\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(f", {state} - ").p("ZIP", pin).t("\n")
    n.t("Mobile: ").p("PHONE", mob).t(" (attendant)\n")
    n.t("Date: ").dd(d, "ukdash").t(f"    Session no. {n.r.randint(20, 300)}    Machine: Nipro Surdial, bed {n.r.randint(1, 20)}\n")
    pre, uf = n.r.uniform(45, 85), round(n.r.uniform(2, 4), 1)
    n.t("Pre-HD: wt ").c(f"{pre:.1f} kg").t(", BP ").c(n.bp(140, 190)).t(", pulse ").c(n.num(70, 104)).t("\n")
    n.t("Access: L AVF (created ").dd(n.dt(-500, -120), "ukdash").t("), 16G needles. Dialyser reuse no. ").c(str(n.r.randint(2, 9)))
    n.t("\n")
    n.t("Heparin ").c("2000 IU").t(" bolus, ").c("500 IU/hr").t("; UF goal ").c(f"{uf} L").t("; duration ").c("4 hrs").t("\n")
    n.t("Inj. ").c("erythropoietin 4000 IU").t(" SC, inj. ").c("iron sucrose 100 mg").t(" IV given. Hb ").c(n.num(7.5, 11, 1)).t(" g/dL\n")
    n.t("Post-HD: wt ").c(f"{pre - uf + 0.3:.1f} kg").t(", BP ").c(n.bp(120, 160)).t(". Hypotension at 3 hr - ").c("NS 200 ml").t(" given.\n")
    n.t("Next dialysis: ").dd(d + timedelta(days=n.ch([2, 3])), "ukdash").t("  |  Consultant: Dr. ").nm(neph.fl).t(" (Nephrology)\n")
    n.t("Dialysis technician: ").nm(tech.fl).t("\n")
    return n.build(_fhir(pt, dob, [("uhid", uhid), ("aadhaar", aad.replace(" ", ""))], phone=mob, line=line, city=city,
                         zip_=pin))


ZA_LOC = [("Mitchells Plain", "Cape Town", "7785", "021"), ("Bellville", "Cape Town", "7530", "021"),
          ("Umlazi", "Durban", "4031", "031"), ("Chatsworth", "Durban", "4092", "031"),
          ("Mamelodi", "Pretoria", "0122", "012"), ("Soshanguve", "Pretoria", "0152", "012")]
ZA_ST = ["Spine Road", "Mahatma Gandhi Road", "Tsamaya Avenue", "Voortrekker Road", "Mangosuthu Highway",
         "Lotus Road"]


def za_tx_workup(n: C) -> Note:
    pt = n.pat()
    don = n.rel(pt, n.ch("mf"), keep=True)
    neph, sw, coord = n.staff(), n.staff(), n.staff()
    dob, age = n.dob(24, 60)
    ddob, dage = n.dob(max(21, age - 8), age + 8)
    sid, did = _sa_id(n.r, dob, pt.sex), _sa_id(n.r, ddob, don.sex)
    folder = f"{n.dig(3)}{n.dig(4)}"
    sub, city, pc, _code = n.ch(ZA_LOC)
    line = f"{n.r.randint(2, 980)} {n.ch(ZA_ST)}"
    d = _wk(n.today)
    mob = f"0{n.ch(['72', '82', '83', '71', '61'])} {n.dig(3)} {n.dig(4)}"
    n.t("RENAL UNIT - TRANSPLANT WORK-UP (living related donor)\n")
    n.t("Date: ").dd(d, "iso").t("\n")
    n.t("Recipient: ").nm(f"{pt.first} {pt.last.upper()}").t(f"   {age} yr {pt.sex.upper()}   Folder no. ").p("ID", folder)
    n.t("   ID no. ").p("ID", sid).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(", ").p("ZIP", pc)
    n.t("   Cell: ").p("PHONE", mob).t("\n")
    n.t("ESKD 2/2 hypertensive nephrosclerosis; CAPD since ").dd(n.dt(-800, -150), "mys").t(". On state programme.\n")
    n.t("Proposed donor: ").nm(don.fl).t(" (").t("brother" if don.sex == "m" else "sister").t(f", {dage} yr), ID ").p("ID", did)
    n.t(", cell ").p("PHONE", f"0{n.ch(['72', '82', '83', '71'])} {n.dig(3)} {n.dig(4)}").t("\n")
    n.t("Donor: BP ").c(n.bp(110, 138)).t(", BMI ").c(n.num(21, 30, 1)).t(", creat ").c(f"{n.r.randint(55, 95)} umol/L")
    n.t(", urine dipstix ").c("NAD").t(", HIV ").c("neg").t(", HBsAg ").c("neg").t("\n")
    n.t("Recipient: Hb ").c(n.num(9, 12.5, 1)).t(", K ").c(n.num(3.5, 5.5, 1)).t(", PRA ").c(f"{n.r.randint(0, 20)}%").t(
        ", CMV IgG ").c("pos").t("\n")
    n.t("Social work (").nm(sw.fl).t(") - family meeting held, no coercion identified.\n")
    n.t("Plan: tissue typing ").dd(_wk(d + timedelta(days=n.r.randint(7, 20))), "long").t("; present at transplant meeting. ")
    n.t("Coordinator Sr ").nm(coord.last).t(" to book.   Dr ").nm(neph.f_).t("\n")
    return n.build(_fhir(pt, dob, [("said", sid), ("folder", folder)], phone=mob, line=line, city=city, zip_=pc))


PH_LOC = [("Brgy. Pinagsama", "Taguig City", "1630"), ("Brgy. Malanday", "Marikina City", "1805"),
          ("Brgy. Lahug", "Cebu City", "6000"), ("Brgy. San Roque", "Antipolo City", "1870"),
          ("Brgy. Bagong Silangan", "Quezon City", "1119")]


def ph_hd_record(n: C) -> Note:
    pt = n.pat()
    wat = n.rel(pt, n.ch("mf"), keep=True)
    neph, rn = n.staff(), n.staff()
    dob, age = n.dob(30, 80)
    pin = f"{n.dig(2)}-{n.dig(9)}-{n.dig(1)}"
    brgy, city, z = n.ch(PH_LOC)
    line = n.ch([f"Blk {n.r.randint(1, 40)} Lot {n.r.randint(1, 60)}, Phase {n.r.randint(1, 4)}",
                 f"{n.r.randint(10, 999)} {n.ch(['J.P. Rizal Ave', 'Mabini Street', 'Sampaguita Street'])}"])
    d = n.today
    mob = n.ch([f"0917 {n.dig(3)} {n.dig(4)}", f"+63 918 {n.dig(3)} {n.dig(4)}", f"0998-{n.dig(3)}-{n.dig(4)}"])
    mi = pt.mid
    ri = n.ini(rn)
    n.t("HEMODIALYSIS TREATMENT RECORD\n")
    n.t("Name: ").nm(f"{pt.last.upper()}, {pt.first.upper()} {mi}.").t(f"   Age: {age}   Sex: {pt.sex.upper()}\n")
    n.t("PhilHealth PIN: ").p("ID", pin).t("   Hosp. no.: ").p("ID", f"{d.year % 100}-{n.dig(6)}").t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", brgy).t(", ").p("ADDRESS", city).t(" ").p("ZIP", z).t("\n")
    n.t("Date: ").dd(d, "usl").t(f"   Tx #{n.r.randint(30, 400)}   Machine {n.r.randint(1, 20)}\n")
    n.t("Watcher: ").nm(wat.fl).t(f" ({'son' if wat.sex == 'm' else 'daughter'}) ").p("PHONE", mob).t("\n")
    dw, uf = n.r.uniform(42, 80), round(n.r.uniform(2, 4), 1)
    n.t("Pre: BP ").c(n.bp(140, 190)).t(", CR ").c(n.num(70, 100)).t(", wt ").c(f"{dw + uf:.1f} kg").t(", DW ")
    n.c(f"{dw:.1f} kg").t("\n")
    n.t("BFR ").c("300 mL/min").t(", DFR ").c("500 mL/min").t(", UF goal ").c(f"{uf} L").t(", heparin ")
    n.c("2,000 u").t(" loading\n")
    n.t("Meds given: ").c("epoetin alfa 4,000 u SC").t(", ").c("iron sucrose 100 mg IV").t("\n")
    n.t("Post: BP ").c(n.bp(120, 160)).t(", wt ").c(f"{dw + 0.2:.1f} kg").t(". Pt tolerated procedure.\n")
    n.t("Remarks: 2 sessions left on PhilHealth benefit this year (").c("156").t(" max); Malasakit Center referral given.\n")
    n.t("Next sched: ").dd(d + timedelta(days=n.ch([2, 3])), "us").t("\n")
    n.t("Attending: Dr. ").nm(neph.fl).t("   HD nurse: ").nm(rn.fl).t(", RN (").nm(ri).t(")\n")
    return n.build(_fhir(pt, dob, [("philhealth", pin)], phone=mob, line=line, city=city, zip_=z))


MY_LOC = [("Taman Melawati", "53100", "Kuala Lumpur", ""), ("Bandar Baru Bangi", "43650", "Bangi", "Selangor"),
          ("Taman Sri Muda", "40400", "Shah Alam", "Selangor"), ("Taman Molek", "81100", "Johor Bahru", "Johor"),
          ("Taman Bukit Jambul", "11900", "Bayan Lepas", "Pulau Pinang")]
MY_ST = ["Jalan Melawati 3", "Jalan 3/9", "Jalan Anggerik 25/1", "Jalan Molek 2/4", "Lorong Bukit Jambul 6"]


def _my_name(n: C, q: P, grp: str) -> C:
    if grp == "my_ml":
        return n.nm(f"{q.first} {'bin' if q.sex == 'm' else 'binti'} {q.last}")
    if grp == "my_in":
        return n.nm(q.first).t(f" {'a/l' if q.sex == 'm' else 'a/p'} ").nm(q.last)
    return n.nm(f"{q.last} {q.first}")


def my_cardiac_clinic(n: C) -> Note:
    grp = n.ch(["my_ml", "my_zh", "my_in"])
    pt = n.pat(grp=grp)
    nok = n.pat(grp=grp, sex="f" if pt.sex == "m" else "m")
    mo, spec = n.staff(), n.staff()
    dob, age = n.dob(40, 82)
    ic = _mykad(n.r, dob, pt.sex)
    rn_ = f"{n.ch(['KL', 'SA', 'JB', 'PG'])}{n.dig(7)}"
    taman, pc, city, state = n.ch(MY_LOC)
    line = f"No. {n.r.randint(1, 120)}, {n.ch(MY_ST)}"
    d = _wk(n.today)
    mob = n.ch([f"012-{n.dig(3)} {n.dig(4)}", f"+60 19-{n.dig(3)} {n.dig(4)}", f"013-{n.dig(7)}"])
    n.t("KLINIK KARDIOLOGI / CARDIOLOGY CLINIC - follow-up\n")
    n.t("Tarikh / Date: ").dd(d, "dmon").t("\n")
    n.t("Nama / Name: ")
    _my_name(n, pt, grp).t("\nNo. K/P (MyKad): ").p("ID", ic).t("   RN: ").p("ID", rn_).t(f"   Umur: {age}\n")
    n.t("Alamat: ").p("ADDRESS", line).t(", ").p("ADDRESS", taman).t(", ").p("ZIP", pc).t(" ").p("ADDRESS", city)
    n.t(f"{', ' + state if state else ''}\n")
    n.t("Tel: ").p("PHONE", mob).t("   Waris / NOK: ")
    _my_name(n, nok, grp).t(" (")
    n.t("isteri" if pt.sex == "m" else "suami").t(") ").p("PHONE", n.ch([f"011-{n.dig(4)} {n.dig(4)}", f"016-{n.dig(3)} {n.dig(4)}"]))
    n.t("\n")
    n.t("Dx: ").c("HFrEF").t(", ").c("post-PCI to RCA").t(" (").dd(n.dt(-300, -90), "dmon").t("), T2DM.\n")
    n.t("Echo: EF ").c(f"{n.r.randint(25, 40)}%").t(". BP ").c(n.bp()).t(", HR ").c(n.num(60, 90)).t(", wt ").c(f"{n.num(50, 95, 1)} kg")
    n.t(", NYHA ").c(n.ch(["II", "II-III"])).t("\n")
    n.t("Lab: Cr ").c(f"{n.r.randint(80, 170)} umol/L").t(", K ").c(n.num(3.8, 5.3, 1)).t(", NT-proBNP ").c(f"{n.r.randint(300, 4000)} pg/mL")
    n.t(", HbA1c ").c(f"{n.num(6.5, 10, 1)}%").t("\n")
    n.t("Ubat / Meds: ").c("T. carvedilol 6.25 mg BD").t(", ").c("T. spironolactone 25 mg OD").t(", ").c("T. dapagliflozin 10 mg OD")
    n.t(", ").c("T. frusemide 40 mg OD").t("\n")
    n.t("Plan: uptitrate carvedilol; cardiac rehab referral; TCA ").dd(_wk(d + timedelta(days=n.ch([56, 84]))), "dmon")
    n.t(" with RP, ECG.\n")
    n.t("Seen by Dr ").nm(mo.fl).t(" (MO) / discussed with Dr ").nm(spec.last).t(" (cardiologist)\n")
    return n.build(_fhir(pt, dob, [("mykad", ic)], phone=mob, line=line, city=city, zip_=pc))


# ============================================================================ registry
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("uk", "satellite haemodialysis session record", uk_hd_session),
    ("uk", "dialysis unit handover list", uk_unit_handover),
    ("uk", "vascular access clinic letter", uk_fistula_letter),
    ("uk", "living donor transplant MDT", uk_living_donor_mdt),
    ("uk", "organ donation specialist nurse record", uk_snod),
    ("uk", "heart failure nurse telephone review", uk_hf_phone),
    ("uk", "district nursing visit record", uk_dn_visit_log),
    ("uk", "home-care agency rota", uk_homecare_roster),
    ("sc", "peritoneal dialysis home visit", sc_pd_visit),
    ("sc", "cardiac rehab referral", sc_rehab_referral),
    ("cy", "cath lab procedure report", cy_cath_report),
    ("ni", "pacing clinic follow-up", ni_device_clinic),
    ("us", "outpatient hemodialysis flowsheet", us_hd_flowsheet),
    ("us", "kidney transplant evaluation", us_tx_eval),
    ("us", "OPO coordinator note", us_opo),
    ("us", "echocardiogram report", us_echo),
    ("us", "heart failure telephone encounter", us_hf_call),
    ("us", "ICD remote transmission", us_icd_remote),
    ("us", "home health skilled nursing visit", us_home_health),
    ("us", "home PD training note", us_pd_training),
    ("us", "cath lab pre-procedure checklist", us_cath_checklist),
    ("us", "cardiac rehab session log", us_rehab_log),
    ("au", "satellite haemodialysis care plan", au_hd_careplan),
    ("au", "renal transplant clinic review", au_tx_clinic),
    ("au", "community nursing episode notes", au_community_nursing),
    ("au", "hospital in the home ward round", au_hith),
    ("au", "device clinic telehealth check", au_device_tele),
    ("au", "continence assessment", au_continence),
    ("ca", "in-centre hemodialysis rounds", on_hd_rounds),
    ("ca", "cardiac catheterization referral", on_cath_referral),
    ("ca", "PD unit home visit", bc_pd_visit),
    ("ca", "home care case manager note", ab_home_care),
    ("ca", "renal transplant clinic follow-up", qc_tx_followup),
    ("ca", "device remote monitoring report", mb_device_remote),
    ("ie", "dialysis unit nursing record", ie_hd_unit),
    ("ie", "public health nurse home visit", ie_phn_visit),
    ("ie", "cardiology outpatient letter", ie_cardiology_letter),
    ("ie", "living kidney donor referral", ie_living_donor),
    ("nz", "home haemodialysis visit", nz_home_hd),
    ("nz", "district nursing visit log", nz_district_nursing),
    ("nz", "cardiology outpatient letter", nz_cardiology_letter),
    ("in", "dialysis case sheet", in_dialysis),
    ("za", "living related transplant work-up", za_tx_workup),
    ("ph", "hemodialysis treatment record", ph_hd_record),
    ("my", "cardiology clinic follow-up", my_cardiac_clinic),
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
        pat = re.compile(r"(?<![\w])" + re.escape(frag) + r"(?![\w])",
                         re.IGNORECASE if ci and len(frag) > 2 else 0)
        for m in pat.finditer(text):
            if not all(mask[m.start():m.end()]):
                return False
    return True


def _one(i: int) -> Note:
    region, _, fn = TEMPLATES[i % len(TEMPLATES)]
    for attempt in range(60):
        seed = 63_000_003 + i * 7919 + attempt * 104_729
        try:
            note = fn(C(seed, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
