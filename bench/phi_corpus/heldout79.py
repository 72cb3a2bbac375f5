"""HELD-OUT v79 PHI corpus: written independently, before any round-79 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout75 / heldout76 / heldout77 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout77's docstring for
its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate`` and the shape of
``TEMPLATES``, not its template texts; its imports, ``Redraw`` / ``P`` classes, date-format helper,
``_fhir``, the opening lines of its name table, its ``PAT`` / ``STAFF_INTL`` / ``GRP_LOC`` lines and
the first line of its word-like list, the first eight ``TEMPLATES`` entries and a grep of its
function and table names - which showed the first entries of its place tables - were seen in
passing, but this file's name groups, word-like and eponym list, places, phone and date formats and
templates are its own, and its check digits are written from the published algorithms - NHS / H&C /
CHI modulus 11, Luhn for NPI, OHIP, Alberta ULI, IHI and SA ID numbers, BC PHN modulus 11, AU
Medicare, old-format NZ NHI, Irish PPSN modulus 23, Verhoeff for Aadhaar and the weighted modulus-11
check letter of the Singapore NRIC - and checked against published example numbers); also a listing
of ``bench/phi_corpus/``, ``git status``, the ``[tool.ruff]`` and dependency lines of
``pyproject.toml`` and the installed Faker person lists, ``english-words`` web2 list and
``wordfreq`` (used offline to screen the curated names and to build ``_FAKER_WORDS``); the other
held-out corpora being written at the same time were not read; ruff check (not ruff format) was run
on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v77 it
aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it
is modelled on DIABETES, ENDOCRINOLOGY AND TRANSPLANT CLINICS: insulin pump and CGM download reports
and reviews (glucose values, time in range, GMI, CV, TDD, basal rates, carbohydrate ratios and
sensitivity factors clinical), DAFNE / structured education registers, diabetic foot clinic notes
and referrals, thyroid, pituitary and adrenal clinic letters and test records, renal, liver and
kidney-pancreas transplant follow-up (tacrolimus doses and troughs clinical), immunosuppression
monitoring tables, donor coordinator, organ donation and living-donor notes, retinal screening
invitations and results, and diabetes education, nurse specialist and polyclinic reviews - in the
United Kingdom (14: England 8, Scotland 2, Wales 2, Northern Ireland 2), the United States (10),
Australia (5), Canada (4: Ontario, British Columbia, Alberta, Manitoba), Ireland (3), New Zealand
(3), India (2), South Africa (2), Singapore (1) and Jamaica (1).

Templates, cycled in order (see ``TEMPLATES``). England (8): virtual CGM reviews by a diabetes
specialist nurse ("Name:" with a full middle name, "First Middle Last", hospital number in several
local forms, NHS number spaced, unspaced or dashed, "D.o.B" in "dd/mm/yyyy", "dd.mm.yyyy" or
"dd-Mon-yyyy", the patient's LibreView account e-mail (EMAIL), "Review: Mon dd/mm/yyyy" (weekday
outside), a "dd/mm/yyyy to dd/mm/yyyy" data period, a mobile, "d Mon" or "dth Month" review dates,
"First Last, Diabetes Specialist Nurse", "cc F. Last" / "cc Dr Last (consultant diabetologist)";
sensor use, mean glucose, GMI, CV, the five time-in-range bands, insulin doses, ratios and ISF
clinical; times of day unlabelled); insulin pump clinic letters to the GP (direct line, "Our ref:
AB/cd/hospital number" - the consultant's initials and the typist's lower-case initials as NAME
spans, the number as ID -, "Dictated:" / "Typed:" dates, "Dr First Last" with the practice name
unlabelled, "Re: Mrs First Last DOB d Month yyyy NHS No ...", street, town and postcode, the pump's
serial number (ID), the spouse's first name, a "Month yyyy" previous HbA1c, "cc: Mrs First Last
(patient)"; basal total, ICR, ISF, active insulin time, HbA1c, auto-mode, boluses per day, time in
range and the plan clinical; years of diagnosis unlabelled); DAFNE course registers ("Monday d Month
- Friday d Month yyyy", the educators' full names with their initials in brackets and as the
sign-off (NAME), a padded table of three or four participants as "LAST, First" / "Last, First" with
hospital numbers and "dd/mm/yyyy" DOBs, the participants' first names later; HbA1c, Gold score,
severe hypos, carb-counting scores and hypo treatment clinical; attendance marks unlabelled);
multidisciplinary diabetic foot clinic notes ("Weekday dd.mm.yy" (weekday outside), "Mr / Mrs First
LAST (nn)" (>= 90 labelled), "Dr F Last (diabetes SpR)", the podiatrist's full name and then first
name, "Mr Last (vascular)", the daughter (first name, or full name when married) with a mobile,
"dd/mm" X-ray date; ulcer size, probe-to-bone, SINBAD, cellulitis, ABPI, TBPI, monofilament, pulses,
CRP, WCC, HbA1c, antibiotic and offloading clinical; "~6/52" durations unlabelled); Graves' disease
thyroid clinic letters ("Secretary:" landline, "d Month yyyy", "Dr F. Last" at a named surgery, "Re:
First Last, d.o.b. dth Month yyyy, NHS No ...", street, town and postcode, "dth Month" clinic date,
the partner's first name, a results list headed by "dd/mm/yy" dates, "Month yyyy" review, "Dr First
Last, ST6 ..." "for Dr First Last, Consultant Endocrinologist"; CAS, TSH, FT4, TRAb, pulse, weight,
carbimazole and propranolol clinical); renal transplant follow-up clinic records ("d Mon yyyy",
"LAST, First", unspaced NHS number, unit number, "dd-Mon-yyyy" DOB with "(nny)", NHSBT ODT recipient
number (ID), "dd/mm/yyyy" transplant date, "dd/mm" or "d Mon" repeat level, "Dr F. Last (renal
SpR)", "Dr Last", the transplant nurse's full name, the patient's first name with a mobile;
immunosuppression, creatinine, eGFR, tacrolimus level, Hb, K, uPCR, BK PCR, BP and weight clinical;
HLA mismatch and CMV status unlabelled); diabetic eye screening invitation letters (programme
reference "DESnnnnnnn" (ID), "dth Month yyyy" / "d Month yyyy", "Mr / Mrs First Last" with a
three-line address block, NHS number, DOB, "Dear Mrs Last", "Weekday d Month yyyy" appointment with
"2.40pm" unlabelled, the previous screening date, the rebooking landline and a personal booking link
with a token (URL), the programme manager's full name; tropicamide, the driving interval and the
previous R/M grades clinical); short Synacthen test records ("First LAST", "d Mon yyyy" DOB with
"(nn yrs)" (>= 90 labelled), hospital and NHS numbers, "Dr Last", "dd/mm/yyyy" test date, the CNS's
full name, the patient's first name and the partner's first or full name, a unit landline;
prednisolone dose and duration, weight, lying and standing BP, Synacthen dose, cortisol at 0 / 30 /
60 min, ACTH, Na, hydrocortisone regimen and emergency hydrocortisone clinical; "09:02" unlabelled).
Scotland (2): SCI-Diabetes annual review summaries (CHI from the DOB and sex, "LAST, First",
"dd/mm/yyyy" DOB with "(Age nn)" (>= 90 labelled), street, town, postcode and landline, "Dr F Last"
GP, "dd-Mon-yyyy" review date, the practice nurse's full name, a padded results block, "dd/mm/yyyy"
retinal screen date, the patient's first name, "Month yyyy" next review; HbA1c, BP, BMI, eGFR, ACR,
cholesterol, foot risk, retinal grades and medicines clinical) and Scottish Liver Transplant Unit
letters (an "0131" unit line, CHI, "d Month yyyy", "Dr F. Last" GP, "Re: Mr / Ms First Last, DOB
dd.mm.yy, street, town postcode", "dth Month yyyy" transplant date, the town the patient travelled
from (ADDRESS), the son's or daughter's first name, "d Mon" ultrasound and "Month yyyy" annual
review, fellow and consultant hepatologist; tacrolimus dose and trough, MMF, LFTs, platelets,
creatinine, HbA1c and the PTDM drug clinical). Wales (2): young adult diabetes transition letters,
bilingual ("Ffôn / Tel" landline, "Annwyl / Dear Dr Last", "Re: First Last (17) - DOB - NHS - Hosp"
on one line, street (also "Apartment n, nn ..."), town and postcode, the DSN's first name, the
mother's first or full name, "dth Month" DKA admission, a mobile, "Cofion cynnes / Kind regards",
"Ymgynghorydd / Consultant"; pH, ketones, HbA1c, Libre data and insulin doses clinical; ages under
90 unlabelled) and specialist nurse organ donation (SNOD) records under deemed consent ("dd/mm/yyyy"
referral with the time outside, "Dr F Last" ICU consultant, "First LAST" donor with "dd.mm.yyyy"
DOB, hospital, NHS and ODT donor numbers (ID), "Dr Last" for the brainstem tests or DCD withdrawal,
the spouse's full name with a mobile, the son's or daughter's first name, the SNOD's full name and
"F. Last, SNOD", the coroner's officer's full name, "dth Mon" offering date; blood group,
creatinine, ALT, Na, noradrenaline, P/F ratio, HbA1c and the organs offered clinical). Northern
Ireland (2): paediatric diabetes clinic notes ("Child: First Last", "dth Mon yyyy" DOB, "Age n"
unlabelled, H&C number (mod 11) spaced or not, "mum" and the younger sibling by first name, the
dietitian's first name, "Month yyyy" screen, the mother's mobile, "Dr First Last, Consultant
Paediatrician"; device, HbA1c, TIR, TBR, TDD per kg, height, weight, BP, hypo box and temp target
clinical) and pituitary clinic letters ("028" secretary line, "Dictated" / "Typed" "dd.mm.yy", "Dr
First Last", "Re: Mrs First Last DOB dd/mm/yyyy H&C No nnn nnn nnnn", street (flat inside), town, BT
postcode, "dth Month" MRI, "Month yyyy" echo, "First Last MD FRCP" (credentials outside), "cc Mrs
First Last" with the street repeated; lesion size, prolactin, cabergoline, IGF-1, cortisol, FT4,
fields and side effects clinical; "Humphrey 24-2" unlabelled). United States (10): Glooko overview
reports with a CDCES note ("Last, First", "mm/dd/yyyy" printed date with the time outside, DOB, MRN,
the pump serial number and the Dexcom transmitter ID (ID), "mm/dd/yyyy - mm/dd/yyyy" range, a phone
in any US form, "m/d" next download, "First Last, RN, CDCES m/d/yyyy", "Routed to First M. Last, MD
(Endocrinology)"; glucose averages, GMI, CV, CGM use, the five TIR bands, TDD, basal / bolus split,
Control-IQ use and ratio changes clinical); lower-case MICU DKA progress notes ("pt: first last 21m"
- the age run into the sex letter, unlabelled under 90 -, MRN, "m/d/yy" DOB, "m/d" admission and
discharge, "endo (dr last)", "mom (first)" with a cell, "- f. last md pgy-2"; pH, HCO3, anion gap,
BHB, glucose, drip rate, glargine, lispro, K, KCl, phosphate, corrected Na and A1c clinical; "0300"
unlabelled); kidney transplant post-operative notes ("POD #3" unlabelled, "mm/dd/yyyy", "Last, First
M" (one span), MRN, DOB, UNOS ID "ABCD123" (ID), transplant date, the coordinator ", RN", the
spouse's first name, "First M. Last, MD (transplant fellow)", "Attending: Dr. Last"; KDPI (deceased
donors), CIT, induction, vitals, UOP, JP output, creatinine, K, Hgb, WBC, tacrolimus trough and
every drug dose clinical); liver transplant coordinator telephone encounters ("m/d/yyyy" with "h:mm
PM" outside, full name, DOB, MRN, listing date, payer member ID (ID), "m/d/yy" labs, the brother's
or sister's full name with a cell, the city they live in (ADDRESS), "Dr. Last (hepatology)", "First
Last, RN, CCTC"; ABO, bilirubin, INR, creatinine, Na, MELD-Na, paracenteses, lactulose, rifaximin,
diuretics and PEth clinical); living kidney donor advocate (ILDA) notes (donor and intended
recipient by full name, both DOBs and MRNs, the donor's SSN for the NLDAC application (SSN), an
e-consent date with the signer's public IP address (IP), the donor's and recipient's first names,
the donor's spouse's full name, "Dr. Last", "First Last, LCSW, ILDA"; mGFR, BMI, ABPM, A1c, urine
protein, crossmatch, HLA mismatch and time off work clinical; the Patient is the donor); podiatry
wound care visits ("mm-dd-yyyy", "LAST, FIRST M" in capitals, "(nn y)" (>= 90 labelled), MRN, "Dr.
Last" PCP, "mm/dd/yyyy" A1c date, the spouse's first name with a cell, ", DPM"; Wagner / UT grade,
wound size, granulation, ABI, TBI, A1c, debridement area, offloading, dressing and antibiotic
clinical); thyroid FNA procedure notes ("Month d, yyyy", full name, "m/d/yyyy" DOB, MRN, ", MD
(Endocrinology)" and ", RN", "m/d/yy" TSH date, a phone, "Mon d" follow-up; nodule size, TI-RADS,
TSH, lidocaine, needle passes, ROSE, EBL and acetaminophen clinical); letters of medical necessity
for a CGM ("Month d, yyyy", full name, DOB, insurer member ID (ID), "Mr. / Ms. Last", the A1c and
EMS dates, "First M. Last, MD" with NPI (Luhn; ID), clinic phone and fax; insulin doses, fingerstick
frequency, A1c, hypoglycaemia counts, glucose and D50 clinical); patient portal message threads
(MRN, "From: First Last", "Sent: m/d/yyyy h:mm PM" (time outside), the patient writing in lower case
- "hi this is first. dr last put me on ..." -, "m/d" dates, a cell, the RN CDCES's full name and
first-name sign-off, "Hi Mr. / Ms. Last", "Dr. Last"; prednisone, glucose ranges, home medicines,
NPH dose, testing times and the call threshold clinical); kidney-pancreas immunosuppression
monitoring tables ("First Last", MRN, DOB and "SPK mm/dd/yyyy", a weekly table of "mm/dd/yy" dates
(DATE) with the reviewers' two-letter initials (NAME), "Dr. Last", ", PharmD, BCTXP (AB)" and ", RN
(CD)"; targets, doses, troughs, creatinine, lipase, glucose, WBC, C-peptide, A1c and the other drugs
clinical). Australia (5): credentialled diabetes educator reviews ("dd/mm/yyyy", the referring GP's
full name with the practice suburb (ADDRESS), "Mr / Mrs First LAST", DOB with "(nn)" (>= 90
labelled), UR, Medicare (check digit, issue number inside), NDSS number (ID), an interpreter
language unlabelled, "dd/mm" insulin start, "dd/mm/yy" HbA1c date, the son's or daughter's name with
a mobile, "First Last, RN CDE"; insulin doses, Libre data, BGLs, HbA1c, hypo treatment and titration
clinical); High Risk Foot Service e-referrals ("d Mon yyyy", separate "Surname:" (capitals) and
"Given names:" fields (two spans), DOB, Medicare, "n/nn" / "Unit n, nn" street, suburb, state
unlabelled, postcode, mobile, "Dr First Last, MBBS FRACGP" with a landline; ulcer site and size,
duration, probe-to-bone, pulses, monofilament, HbA1c, eGFR, CRP, medicines and antibiotics
clinical); renal transplant discharge summaries ("First LAST", UR, "d/m/yyyy" DOB and admission /
discharge / transplant dates, ANZDATA number (ID), "dd/mm/yyyy" first clinic, "Dr F. Last" GP with
the practice suburb (ADDRESS) and fax, the spouse's first name with a mobile, the advanced trainee's
full name; stent removal interval, graft course, creatinine, tacrolimus level and discharge
medicines clinical); optometrist e-mails to the GP ("From: First Last <work e-mail>" (EMAIL), "Sent:
Weekday, d Month yyyy h:mm PM" (weekday and time outside), "Subject: ... - First LAST DOB
dd/mm/yyyy", "Dear Dr Last", the patient's first name, "Month yyyy" reminder, "First Last,
Optometrist (B.Optom)"; VA, IOP, retinopathy grade, OCT CST, HbA1c and the interval clinical;
reception mailbox unlabelled); insulin pump start records ("First Last", UR, DOB, Medicare, "d Month
yyyy" start, pump serial number (ID), a basal table by time of day (times unlabelled), the support
person's first name with a mobile, the educator's full name, "Dr Last", "d/m" phone review; TDDs,
basal rates, ICR, ISF, target, active insulin time and ketone threshold clinical). Canada (4):
Ontario diabetes education programme referral faxes ("Dr. First Last (family physician)" with a CPSO
number (ID), phone and fax, "LAST, First", "yyyy/mm/dd" DOB, OHIP "nnnn-nnn-nnn-XX" (Luhn; version
code inside), phone, "unit-number street" or "Unit n, nnn" line, city, "ON" unlabelled, postal code,
preferred language unlabelled, "yyyy/mm/dd" A1C and signature dates, "F. Last" as the signature;
reason, A1C, FPG, eGFR and medicines clinical); British Columbia kidney transplant clinic notes
("dd-MON-yyyy" in capitals, "First Last", PHN "nnnn nnn nnn" (mod 11), ISO DOB and transplant date,
the donor spouse's first or full name, the city the patient drives in from (ADDRESS), "Dr. Last
(dermatology)" with a "Mon d, yyyy" date, a "+1 604" clinic line, "Dr. First Last, FRCPC
(Nephrology)"; Envarsus, MMF, prednisone, trough, creatinine, eGFR, ACR, BK, DSA, A1C and the PTDM
drug clinical); Alberta adrenal incidentaloma consultation letters ("Month d, yyyy", "Dr. F. Last"
with the practice city (ADDRESS) and fax, "RE: LAST, First DOB yyyy/mm/dd ULI nnnnn-nnnn" (Luhn),
"Dear Dr. Last:", "Mr. / Ms. Last, a nn-year-old", "Mon d, yyyy" CT date, "First Last, MD, FRCPC
(Endocrinology)", "cc: First Last, street, city AB postal code"; lesion size, HU, DST cortisol,
metanephrines, aldosterone, renin, K, impression, plan and BP target clinical); Manitoba First
Nations mobile diabetes screening records (the First Nation community where the client lives
(ADDRESS), ISO dates, the screening RN's and NP's full names, "First Last", "Age nn" unlabelled,
Manitoba PHIN (9 digits), health registration number and a status card number (ID), a "(204)" phone;
POC A1C, BP, weight, BMI, ACR, LDL, monofilament, foot findings, retinal photo status and medicines
clinical). Ireland (3): Diabetic RetinaScreen results letters (client ID (ID), "dd/mm/yyyy", "Mr /
Mrs First Last" with a street, town, "Co. ..." (unlabelled) and Eircode block, DOB, "Dear Mrs Last",
"dth Month yyyy" screening date, "Dr First Last" GP, the clinical director; the result and recall
interval clinical); kidney transplant annual review letters (MRN, "dd/mm/yyyy" clinic, "Dr First
Last, SpR", "Dr First Last" with "Medical Centre, Town" (the town ADDRESS), "Re: First Last, DOB,
street, town, Co. ..., Eircode" on one line, medical card number (ID), "d Mon yyyy" transplant date,
the patient's and spouse's first names, "Month yyyy" DEXA, "Is mise le meas,", a "(01)" landline;
immunosuppression, creatinine, eGFR, tacrolimus, Hb, HbA1c and uPCR clinical); combined
diabetes-antenatal (GDM) clinic notes ("dd.mm.yyyy", "First Last", DOB, MRN, PPSN (SSN; mod 23, with
or without a second letter), "EDD dd/mm/yyyy", "dd/mm" OGTT and growth scan dates, the midwife's
full name "(CMM2)", the dietitian's first name, the partner's name with a "+353" / "08x" mobile, "Dr
First Last (Obs & Gynae Reg)"; gestation "31+3", OGTT values, home BGs, BMI, the plan and aspirin
clinical; "G2P1" unlabelled). New Zealand (3): diabetes nurse specialist home visits ("Weekday
dd/mm/yyyy" (weekday outside), "First LAST", NHI (check digit), "d/m/yyyy" DOB with "(nn)" (>= 90
labelled), street ("n/nn", "nnB"), suburb, city and postcode, a "(0n)" landline, the spouse's and
the mokopuna's first names, the kaiāwhina's full name, "d Mon" next visit, the DNS's full name with
a mobile; HbA1c, BP, weight, eGFR, ACR, meter readings, hypos and medicines clinical); liver
transplant outreach letters ("d Month yyyy", "Dr First Last" / "Kia ora Dr Last", "Re: First LAST,
NHI, DOB, street, suburb, city postcode" on one line, "Month yyyy" transplant and next clinic, the
patient's and spouse's first names, "Ngā mihi,"; tacrolimus and trough, antiproliferative, LFTs,
creatinine, HbA1c and the monitoring interval clinical); Special Authority applications for an
insulin pump ("Dr First Last" with an MCNZ number (ID), "First Last", NHI, "d Mon yyyy" DOB,
"dd/mm/yyyy" last severe hypo, "Month yyyy" education, the SA approval number (ID) and "valid until"
date, the patient's first name with a mobile, personal e-mail and a booking link carrying the NHI
(URL); C-peptide, hypo counts, glucose, HbA1c and the MDI regimen clinical). India (2): diabetes OPD
prescription cards (UHID "HYD/yy/nnnnnnn" / "AMD/yy/nnnnnnn" (ID), "dd-mm-yyyy", Telugu names with
the family name as an initial "K. Srinivasa Rao" (one span) or Gujarati "First Last", "Age/Sex:
58/M" unlabelled, mobile, "Plot / H.No. / Flat nn, Colony", locality and city (three ADDRESS spans)
" - " PIN code, ABHA number (ID), the son's name, "Dr. First Last, MD, DM (Endocrinology)" with a
state medical council registration (ID); duration, vitals, FBS, PPBS, HbA1c and each "Tab." / "Cap."
drug and its "1-0-1" dosing clinical; OP number unlabelled) and hospital authorisation committee
minutes for a spousal living donor (THOTA; "Mr." / "Mrs." outside, recipient and donor by name, "nn
yrs" unlabelled, both UHIDs and Aadhaar numbers (Verhoeff), the donor's DOB, a shared residence
line, locality, city and PIN, the marriage certificate date, the social worker's, chair's and
nephrologist's full names; ABO, HLA match, crossmatch, donor GFR and HbA1c clinical; the Patient is
the donor). South Africa (2): public diabetic foot clinic notes ("yyyy/mm/dd", folder number, "First
LAST", SA ID number (DOB, sex digits, Luhn), "Age nn" (>= 90 labelled), street or "Unit n, ...
Court" line, suburb / township, city and postal code, "0xx" / "+27" cells, "Dr First Last (surgical
MO)", the spouse's first name, "Sr" outside the wound-care sister's name; duration, metformin,
Actraphane, HIV status, HGT, HbA1c, foot findings, pulses, temperature and plan clinical) and a
private nephrologist's transplant authorisation letter ("Dr First Last" with "MBBCh, FCP (SA), Cert
Nephrology (SA)" outside, practice number (ID), a "(0nn)" landline, "d Month yyyy", "Mr / Mrs First
Last, ID", scheme unlabelled, member number (ID; dependant code unlabelled), address, "dd/mm/yyyy"
transplant date, the sibling donor's first name, "Dr Last"; immunosuppression, creatinine, eGFR,
trough, Hb, glucose and the requested monitoring clinical). Singapore (1): polyclinic diabetes
reviews ("d Mon yyyy", the name in NRIC capitals - Chinese "SURNAME GIVEN GIVEN" as one span, Malay
"GIVEN BIN / BINTE FATHER" and Tamil "GIVEN S/O / D/O FATHER" as two spans with the connector
outside -, NRIC (S / T, weighted mod-11 check letter; ID), DOB, "(nn/M)" (>= 90 labelled), "Blk nnn
Street #nn-nnn" (ADDRESS) with "Singapore" unlabelled and the 6-digit postal code (ZIP), "+65"
mobile, the spouse in the same family forms, the care manager and doctor in local order; HbA1c,
LDL-C, eGFR, uACR, BP, DRP and DFS results and medicines clinical). Jamaica (1): medical outpatients
diabetes clinic notes ("dd/mm/yyyy", docket number, "First Last", DOB with "(nn)" (>= 90 labelled),
TRN "1nn-nnn-nnn" and NHF card number (ID), street and town (ADDRESS) with the parish unlabelled,
"(876)" / "876-" / "1-876-" phones, "Month yyyy" eye clinic date, the daughter's full name and the
town she lives in (ADDRESS), "Dr First Last (registrar ...)" and the nurse's full name; duration,
FBS, HbA1c, BP, weight, medicines, foot findings and the plan clinical; "JADEP" unlabelled).

Names: curated groups per region, a person's first name and surname taken from one group (English
(Cumbrian / Lancashire / Lincolnshire surnames), British Gujarati, British Bangladeshi, British
Caribbean and British Polish; Scottish (north-east and Highland); Welsh (a double-barrelled
"Rhys-Evans"); Northern Irish; US Appalachian / Southern white, African American, Mexican American,
Puerto Rican (two-word given names) and Vietnamese American; Anglo (Scots-descended), Greek,
Lebanese and Noongar Australian; Newfoundland / Prairie Canadian, Cree / Oji-Cree, Cantonese
Canadian and Filipino Canadian; Irish with fadas and O' surnames, and Nigerian Irish; Pākehā, Māori,
Samoan and Tongan; Telugu (given names holding the suffix, "Srinivasa Rao", the family name first or
as an initial) and Gujarati; Zulu / Xhosa, Durban Indian and Afrikaans ("Van Wyk"); Singapore
Chinese (surname first, two-syllable given names), Malay (bin / binte and the father's name) and
Tamil (s/o / d/o); Jamaican), about one patient name in five (UK, US white, AU, CA, IE, NZ and
Gujarati groups) from Faker en_GB / en_US / en_AU / en_CA / en_IE / en_NZ / en_IN re-seeded per note
(relatives of a Faker patient take Faker names too); staff in the UK, US, AU, CA, IE and NZ come
from the local groups and, about three in ten, a mixed international workforce (Filipino, Keralite,
Zimbabwean Shona, Sudanese and Nigerian Igbo); elsewhere staff are local. Word-like, eponymous and
place names are never drawn (``BAD_NAMES``: common nouns, colours, trades, virtues, months and
weekdays, short word-names - Ward, Bell, Rose, Hope, Day, Porter, Bishop, Cook, Young, Long, Brown,
Will, Grant, Dale, Kirk, Noel - the eponyms, classifications, devices and brands of diabetes,
endocrinology, foot care and transplantation (Addison, Cushing, Graves, Hashimoto, Conn, Sheehan,
Kallmann, Wolfram, Langerhans, Somogyi, Whipple, Charcot, Wagner, Texas, Armstrong, Lavery, Semmes,
Weinstein, Doppler, Chvostek, Trousseau, Pemberton, Riedel, Quervain, Plummer, Wolff, Chaikoff,
Bethesda, Kimmelstiel, Wilson, Kussmaul, Banting, Macleod, Hagedorn, Benedict, Fehling, Gold,
Clarke, Pedersen, Edmonton, Child, Pugh, Milan, Banff, Cockcroft, Gault, Schwartz, Tanner, Ferriman,
Gallwey, Rotterdam, Carrel, Starzl, Murray, Roux, Foley, Hickman, Tenckhoff, Kocher, Pfannenstiel,
Gibson, Rutherford, Morison, Lich, Gregoir, Humphrey, Dexcom, Medtronic, Omnipod, Tandem, Abbott,
Libre, Lilly, Prograf, Advagraf, Envarsus, Adoport ...) and every word of the towns, suburbs,
streets and communities these notes name); the curated lists were screened against the web2 word
list and wordfreq, and Faker draws also skip ``_FAKER_WORDS`` (the Faker names of those locales that
are lower-case web2 words or very frequent words) and names shorter than three letters. Relatives
take a first name from the family's group (or locale); blood relatives keep the surname, spouses,
partners and married daughters sometimes have their own; Singapore spouses keep their own family
names. Forms: "First Last", "First Middle Last", "First LAST", "FIRST LAST", "LAST, First", "Last,
First", "LAST, FIRST M", "Last, First M", "First M. Last", "F. Last", "F Last", "K. Given Given"
(Telugu), "SURNAME GIVEN GIVEN" / "Surname Given Given" (Singapore Chinese), "Dr Last" / "Dr. Last"
/ "dr last", "Mr / Mrs / Ms Last", lower-case full and first names and "f. last", first names alone,
separate "Surname" / "Given names" fields (two spans), letter-reference initials ("AB/cd") and
two-letter initials in registers and tables. No initials spell a clinical, dosing, state or common
abbreviation (``BAD_INITS``), and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string - or a word of a labelled name - also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed).

Conventions (as heldout75 - heldout77): titles, roles, relationships and credentials ("Dr", "Dr.",
"dr", "Mr", "Mrs", "Ms", "Mr.", "Ms.", "Mrs.", "Sr", "NP", "mom", "mum", "wife", "husband",
"partner", "brother", "sister", "son", "daughter", "mokopuna", "kaiāwhina", "Spouse", "(DSN)",
"(dietitian)", "(podiatrist)", "(vascular)", "(diabetes SpR)", "(renal SpR)", "(CNS)", "(consultant
diabetologist)", "(practice nurse)", "(transplant fellow)", "(hepatology)", "(dermatology)",
"(transplant surgery)", "(Endocrinology)", "(family physician)", "(surgical MO)", "(wound care)",
"(nurse clinician)", "(registrar, Internal Medicine)", "(CMM2)", "(Obs & Gynae Reg)", "(CDE)", "(GP,
...)", ", Diabetes Specialist Nurse", ", Consultant Paediatrician", ", ST6 Diabetes &
Endocrinology", ", SpR", ", SNOD", ", Clinical Fellow", ", RN", ", RN, CDCES", ", RN, CCTC", ",
LCSW, ILDA", ", DPM", ", MD", ", MD (transplant fellow)", ", PharmD, BCTXP", ", RN CDE", ", MBBS
FRACGP", ", Optometrist (B.Optom)", ", FRCPC (Nephrology)", ", MD, FRCPC (Endocrinology)", ", MD, DM
(Endocrinology)", " MD FRCP", " MBBCh, FCP (SA), Cert Nephrology (SA)", "md pgy-2", "bin", "binte",
"s/o", "d/o") are outside NAME spans; "LAST, First" and "Last, First M" are one NAME span; separate
surname and given-name fields are two spans. A street line (with flat / apartment / unit part,
"nnA", "n/nn", "unit-number", "Unit n, ... Court", an Indian plot / house line with its colony, a
Singapore "Blk nnn ... #nn-nnn" line), a suburb, township, locality, town or city where a person
lives (also a GP practice's town or suburb, the town a patient travels or drives in from, a First
Nation community and the town a relative lives in) is ADDRESS; a state, province, county or parish
("VIC", "ON", "AB", "Co. Kerry", "St. Catherine", "Clarendon") and countries ("Singapore") are not
PHI; UK postcodes, Eircodes, US ZIP and ZIP+4 codes, Canadian postal codes, AU / NZ postcodes,
Indian PIN codes, South African and Singapore postal codes are ZIP. DATE: anything more specific
than a year - "dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy",
"dd-mm-yyyy", "dd-Mon-yyyy", "dd-MON-yyyy", "dd Mon yyyy", "d Mon yyyy", "d Mon", "d Month yyyy",
"dth Month yyyy", "dth Month", "dth Mon", "dth Mon yyyy", "d Month", "Month yyyy", "Month d, yyyy",
"Mon d, yyyy", "Mon d", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "mm-dd-yyyy", ISO and
"yyyy/mm/dd"; weekdays ("Mon", "Tuesday") stay outside; a date followed by a separate time labels
only the date; times of day ("09:02", "2.40pm", "0300", "11:15 PM"), years alone ("since 2011"),
durations ("~6/52", "2/52"), post-operative day and clinic intervals, gestations ("31+3"), course
and test numbers and ages < 90 are never labelled. AGE: ages >= 90 only, number part only (also in
"(nn yrs)", "(nn y)", "(Age nn)", "Age nn" and "(nn/M)", the sex letter outside). PHONE: mobiles,
landlines, secretary, unit and clinic direct lines and fax numbers, in the regional forms shown
("07xxx", "+44 7", "+44 (0)7", "01xxx", "(01xxx)", "0131", "028", "029", "(xxx) xxx-xxxx",
"xxx-xxx-xxxx", "xxx.xxx.xxxx", "+1", "1-xxx-", "04xx", "+61 4", "(0x)", "08x", "+353", "(01)",
"02x", "+64", "(0n)", "+91", "0xx", "+27", "(0nn)", "+65", "(876)"), with labels ("Tel", "Ph",
"Mob", "Cell", "HP", "Fax", "Direct line", "Secretary") outside. SSN: a US living donor's SSN and
Irish PPSNs. ID: NHS (mod 11; spaced, unspaced or dashed), CHI (from the DOB and sex), H&C (mod 11),
hospital / unit / MRN / UR / folder / docket / client / programme numbers, UHIDs, NHSBT ODT
recipient and donor numbers, UNOS IDs, ANZDATA numbers, insulin pump serial numbers and a CGM
transmitter ID, insurer and medical-aid member numbers, NPI (Luhn), CPSO and MCNZ numbers, a state
medical council registration, a South African practice number, AU Medicare (check digit, issue
number inside), NDSS numbers, OHIP (Luhn, version code inside), BC PHN (mod 11), Alberta ULI (Luhn),
Manitoba PHIN, health registration and status card numbers, Irish medical card numbers, NZ NHI
(check digit) and a Special Authority number, ABHA numbers, Aadhaar (Verhoeff), SA ID numbers
(Luhn), Singapore NRIC (check letter), Jamaican TRN and NHF card numbers. EMAIL: a patient's CGM
account and personal addresses and an optometrist's work address. URL: a tokenised screening booking
link and a pump training booking link. IP: the address a living-donor e-consent was signed from. Not
PHI and unlabelled: hospital, unit, clinic, surgery, practice, programme, scheme, payer and pharmacy
names, device, insulin and drug brands, eponymous scales and tests, interpreter languages, OP
numbers, dependant codes, times of day and years alone. Glucose values, time in range and the other
CGM and pump metrics, insulin and drug doses, HbA1c, blood pressure, weights, heights, BMI, renal,
liver, thyroid, pituitary and adrenal results, tacrolimus levels, wound measurements and foot
scores, retinal grades, donor work-up values, scores and plans are clinical (``Note.clinical``)
where marked.

Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 79_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated January 2024 to September 2025, the dates they cite from
births in the 1920s to a Special Authority running into 2027). Run it only for final figures: its
misses and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import math
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
# group -> (male first names, female first names, surnames); "|" separates entries of more than one word
_GROUPS: dict[str, tuple[str, str, str]] = {
    # England: Cumbrian / Lancashire / Lincolnshire surnames, British Gujarati, Bangladeshi, Caribbean, Polish
    "en": ("Geoffrey Kenneth Raymond Derek Wayne Alistair Martyn Leslie Norman Dennis Barrington Keith Malcolm",
           "Maureen Pauline Janet Tracey Lesley Christine Jacqueline Sandra Andrea Marion Valerie Nicola Sheila Wendy",
           ("Routledge Huddart Tweddle Bewley Pattinson Hodgson Dobinson Relph Ritson Capstick Wilkinson "
            "Atkinson Gaskarth Bowness Stainton Nicholson Irving Odling Brocklebank")),
    "bgu": ("Hitesh Jayesh Mahendra Dilip Nilesh Pravin Rajendra Ketan Sunil",
            "Hemlata Jyoti Nayna Rekha Bhavna Smita Kokila Manisha Sejal",
            "Mistry Parmar Chauhan Solanki Lakhani Thakrar Vaghela Kotecha Rathod Valand"),
    "bbd": ("Abdul Shahid Jamal Rashid Anwar Habib Foysal Jubair Mizanur",
            "Rehana Shamima Rahima Jahanara Nazma Shirin Fatema Rumana Shapla",
            "Miah Uddin Rahman Chowdhury Hoque Talukder Sikder Khanom"),
    "bjm": ("Delroy Winston Errol Leroy Clinton Desmond Everton Carlton Neville",
            "Marcia Paulette Yvonne Claudette Sonia Jennifer Beverley Pauline Maxine",
            "Forbes McFarlane Campbell Morrison Thompson Reid Gayle Anglin Wedderburn"),
    "bpl": ("Tomasz Piotr Krzysztof Marek Grzegorz Dariusz Andrzej", "Agnieszka Katarzyna Joanna Dorota Iwona Renata",
            "Nowak Kowalczyk Wojcik Kaminski Lewandowski Zielinski Szymanski Dabrowski"),
    # Scotland (north-east and Highland), Wales, Northern Ireland
    "sc": ("Alasdair Hamish Ewan Calum Murdo Graeme Lachlan Angus Kenneth Alistair",
           "Morag Eilidh Catriona Shona Mairi Kirsteen Isla Elspeth Rhona Lorna Kirsty",
           ("Buchan Cruickshank Duguid Forsyth Gauld Innes Milne Ogston Rennie Sangster Urquhart Wemyss Imrie "
            "Leiper Christie")),
    "cy": ("Dafydd Gethin Emyr Rhodri Iwan Huw Aled Meirion Tudur Geraint Elfed Gwion",
           "Eleri Ffion Mererid Catrin Sioned Gwenllian Lowri Angharad Delyth Bethan Nerys Llinos",
           ("Pritchard Prosser Bevan Probert Prydderch Rees Meredith Llewellyn Gruffydd Jenkins Bowen Griffiths "
            "Watkins Rhys-Evans")),
    "ni": ("Seamus Ciaran Darragh Gerard Eamon Raymond Mervyn Wilbert Desmond Conor Brendan",
           "Roisin Siobhan Nuala Geraldine Gillian Roberta Shauna Orla Bronagh Maeve",
           "McAleese McCrory Quinn Devlin Magee McKeown Hamill Crawford Beattie Gilmore Mulholland McCann Donnelly"),
    # United States: Appalachian / Southern white, African American, Mexican American, Puerto Rican, Vietnamese
    "usw": ("Dwayne Randall Curtis Clayton Wesley Harold Vernon Darrell Lonnie",
            "Brenda Darlene Wanda Glenda Rhonda Loretta Bonnie Charlotte",
            "Hensley Caudill Whitaker Puckett Pennington Hatfield Blevins Sizemore Combs Mullins Yates Tackett"),
    "usb": ("DeShawn Terrence Jerome Reginald Cedric Darnell Lamar Andre Demetrius",
            "LaToya Keisha Tanisha Shanice Latrice Yolanda Felicia Denise Ayesha Tamika",
            "Washington Jefferson Robinson Gaines Dorsey Whitfield Mayfield Hairston Bynum Pettiford Oglesby"),
    "ush": ("Jesús Alejandro Ricardo Ernesto Guillermo Rogelio Arturo Efraín Gerardo",
            "Guadalupe Yesenia Marisol Araceli Leticia Esperanza Rocío Maricela Graciela",
            "Villarreal Zamora Guerrero Cantú Ochoa Saldaña Treviño Espinoza Quintanilla Garza Benavides"),
    "uspr": ("Javier|Héctor|Edwin|Wilfredo|Reinaldo|Luis Ángel", "Nilda|Migdalia|Maritza|Zoraida|Lourdes|Ivelisse",
             "Rivera|Santiago|Figueroa|Maldonado|Vázquez|Ortiz|Pagán|Quiñones|Negrón|Rodríguez"),
    "usvn": ("Khanh Quang Hieu Thanh Hoang Vinh Duc", "Huong Thuy Ngoc Hanh Trang Linh Phuong",
             "Nguyen Tran Pham Huynh Truong Phan Duong Luong"),
    # Australia: Anglo (Scots-descended), Greek, Lebanese, Noongar
    "au": ("Darryl Shane Craig Glenn Bruce Lindsay Brett", "Raelene Leanne Narelle Kylie Sharyn Jodie Rhonda",
           "McLachlan Buchanan Galbraith Drummond Ferguson McInnes Kerr Lamont Sinclair Cameron"),
    "augr": ("Stavros Dimitrios Kostas Giorgos Spiros Theo", "Voula Eleni Despina Sophia Angeliki Katerina",
             "Papadopoulos Karagiannis Christodoulou Stavrou Vlahos Tsiolis Lambropoulos Kyriakou Economou"),
    "aulb": ("Bilal Khaled Georges Elias Mahmoud Fadi Ziad", "Rania Nadia Zeinab Layla Rola Mariam Samira",
             "Haddad Khoury Nassar Fakhoury Saliba Chami Assaf Taleb Merhi"),
    "auab": ("Jarrod Dion Kieran Clinton Darren Shaun", "Tanya Kristy Shantelle Monique Tahnee Jessica",
             "Kickett Ugle Nannup Garlett Narkle Mongta Bropho Winmar"),
    # Canada: Newfoundland / Prairie Ukrainian and Mennonite, Cree / Oji-Cree (Manitoba), Cantonese, Filipino
    "ca": ("Darcy Kurt Lyle Dwight Corey Trent Gordie", "Sheri Charlene Marlene Lorna Shelley Janelle Kendra",
           "Kowalchuk Fedoruk Sawchuk Penney Tobin Pardy Bursey Tizzard Noseworthy Hnatiuk Andrusyk Dueck"),
    "cacr": ("Tyler Curtis Dwayne Leon Wilfred Elvis Clifford", "Charlene Priscilla Roberta Doreen Elsie Audrey",
             "Monias Kirkness Flett Muswaggon Okemow Garson Linklater McKay"),
    "cazh": ("Raymond Stanley Kenneth Dickson Alvin", "Winnie Sylvia Yvonne Connie Shirley Eliza",
             "Leung Wong Cheung Kwan Lau Yuen Fung Szeto Tsang"),
    "cafl": ("Rodel Arnel Jomar Renato Ferdinand Edgardo", "Marites Rowena Maricel Jocelyn Analyn Rosalinda",
             "Bautista Villanueva Manalo Pascual Tolentino Dimaculangan Macaraeg Sison Buenaventura"),
    # Ireland (Munster surnames), Nigerian Irish
    "ie": ("Pádraig Donncha Ruairí Cathal Tadhg Fearghal Colm Diarmuid Declan Eoin Micheál",
           "Caoimhe Sinéad Bríd Aoife Gráinne Niamh Máire Orlaith Deirdre Síle",
           "Brosnan Kissane Moynihan Culhane Hegarty Cronin Fitzgerald Lucey Twomey Mulcahy O'Donoghue O'Mahony"),
    "ieng": ("Chukwuemeka Obinna Ikenna Tochukwu Emeka Chinedu", "Ngozi Chiamaka Adaeze Uchenna Nneka Ifeoma",
             "Okafor Nwosu Okonkwo Nwachukwu Uzor Anyanwu Okoye Ezeani"),
    # New Zealand: Pākehā, Māori, Samoan, Tongan
    "nz": ("Hamish Brendon Shane Phillip Lindsay Bevan", "Raewyn Robyn Janine Glenys Bronwyn Sonya Leonie",
           "McIntyre Findlay Hewitt Gallagher Crowther Bisset Lockyer McAlpine"),
    "mao": ("Wiremu Rawiri Hemi Tamati Hōne Rangi Manaaki", "Aroha Ngaire Whetu Hinemoa Rangimarie Moana Hineata",
            "Tipene Ngata Parata Waititi Tawhiri Rapana Hohaia Paewai Tuhiwai Pomare"),
    "sam": ("Tavita Ioane Faamoe Lealofi Mikaele", "Losa Malia Fetu Sina Lagi Tina",
            "Faleolo Leota Tuilagi Aumua Sapolu Fuimaono Tanielu Lemalu Pouono"),
    "ton": ("Sione Siaosi Tevita Viliami Sitani Lopeti", "Lesieli Salote Seini Kalolaine Ofa",
            "Taufa Fifita Vaipulu Tupou Havili Fonua Kauvaka Latu"),
    # India: Telugu (the family name written first or as an initial; given names hold the suffix), Gujarati
    "inte": ("Srinivasa Rao|Venkata Ramana|Nageswara Rao|Suresh Kumar|Ravi Teja|Satyanarayana",
             "Padmavathi|Sujatha|Aruna Kumari|Vijaya Lakshmi|Sravani|Lakshmi Prasanna",
             "Kotha Yarlagadda Nallapati Bommireddy Gummadi Vemula Kondapalli Chintalapudi Pothuri Doddapaneni"),
    "ingj": ("Hasmukh Bharat Jignesh Mukesh Chirag Ramesh", "Hansa Falguni Daksha Nirmala Urvashi Pinal",
             "Desai Trivedi Pandya Mehta Vyas Thakkar Panchal Raval"),
    # South Africa: Zulu / Xhosa, Durban Indian, Afrikaans
    "zaz": ("Sibusiso Mandla Thulani Bongani Sipho Lwazi Mxolisi", "Nomvula Thandeka Zanele Nokuthula Lindiwe Phumzile Busisiwe",
            "Dlamini Ngcobo Mkhize Zungu Khumalo Mthembu Cele Shezi Ndlovu Gumede Mthethwa"),
    "zain": ("Devan Pregasen Rajen Kreason Thiru Suren", "Saras Vasanthi Premi Devika Thavanie Reshmee",
             "Naidoo Pillay Govender Moodley Reddy Chetty Padayachee Munsamy Naicker Pather"),
    "zaaf": ("Jaco Hendrik Johan Gerhard Wynand Jannie", "Marietjie Annelize Elmarie Riana Sunette Wilna Hanlie",
             "Pretorius|Coetzee|Botha|Steyn|Oosthuizen|Van Wyk|Swanepoel|Bezuidenhout|Engelbrecht"),
    # Singapore: Chinese (surname first), Malay (bin / binte and the father's name), Tamil (s/o / d/o)
    "sgcn": ("Wei Jie|Kok Leong|Chee Keong|Teck Seng|Yong Sheng|Kian Hwa", "Siew Lan|Mei Yee|Geok Choo|Hwee Ling|Soo Chin|Lay Kheng",
             "Lim Goh Koh Ong Chua Teo Yeo Seah Quek Toh Heng"),
    "sgml": ("Muhammad Faizal|Mohamed Hafiz|Ahmad Rizal|Zulkifli|Hairul Nizam", "Nurul Aisyah|Siti Khadijah|Noraini|Rohani|Farhana",
             "Ismail Osman Yusof Salleh Hamid Abdullah Hashim Jaafar"),
    "sgin": ("Ravichandran Murugan Selvam Kannan Ganesan", "Kalaivani Malathi Revathi Vasuki Thilaga",
             "Muthusamy Subramaniam Ramasamy Arumugam Krishnan Palaniappan"),
    # Jamaica
    "jm": ("Oneil Owen Lascelles Fitzroy Patrick Ainsley Horace", "Tashana Shanique Sherine Jodian Kadian Latoya",
           "McKenzie Samuels Ebanks Lindo Wilmot Whyte Stennett Hylton Facey Beckford Mullings"),
    # international workforce: Filipino, Keralite, Zimbabwean (Shona), Sudanese
    "ph": ("Ronaldo Jericho Rommel Jayson Reynaldo", "Maricar Jennelyn Kristine Rosalie Marivic",
           "Magbanua Dumlao Agbayani Pangilinan Ocampo Lagman Manalastas Tuazon Dizon"),
    "ker": ("Jithin Shibu Anoop Sreejith Binu Vineeth", "Anju Sreeja Remya Divya Liji Sinimol",
            "Varghese Kurian Kuriakose Chacko Puthenpurackal Cherian Eapen Oommen Thekkekara"),
    "zw": ("Tendai Farai Tinashe Tatenda Kudakwashe Tafadzwa", "Rumbidzai Chipo Nyasha Rutendo Vimbai Tsitsi",
           "Moyo Chikwanha Mutasa Chinembiri Marufu Madziva Zvobgo Mapfumo"),
    "sd": ("Elfatih Mutasim Hatim Ammar Tarig", "Amira Reem Tasneem Manahil Duaa",
           "Elamin Abdelrahman Elhassan Babiker Mirghani Elsheikh Abdalla Elbashir"),
}


def _split(s: str) -> list[str]:
    return s.split("|") if "|" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _GROUPS.items()
}
# patient groups per region; staff in the regions of STAFF_MIX are drawn one in three from STAFF_INTL
PAT = {"en": ["en", "en", "en", "bgu", "bbd", "bjm", "bpl"], "sc": ["sc", "sc", "sc", "bpl"], "cy": ["cy"], "ni": ["ni"],
       "us": ["usw", "usw", "usb", "usb", "ush", "uspr", "usvn"], "au": ["au", "au", "augr", "aulb", "auab"],
       "on": ["ca", "ca", "cazh", "cafl"], "bc": ["ca", "cazh", "cafl"], "ab": ["ca", "ca", "cafl"], "mb": ["cacr"],
       "ie": ["ie", "ie", "ie", "ieng"], "nz": ["nz", "mao", "mao", "sam", "ton"], "in": ["inte", "ingj"],
       "za": ["zaz", "zaz", "zain", "zaaf"], "sg": ["sgcn", "sgcn", "sgml", "sgin"], "jm": ["jm"]}
STAFF_INTL = ["ph", "ker", "zw", "sd", "ieng"]
STAFF_MIX = {"en", "sc", "cy", "ni", "us", "au", "on", "bc", "ab", "mb", "ie", "nz"}
GRP_LOC = {"en": "en_GB", "sc": "en_GB", "cy": "en_GB", "ni": "en_GB", "usw": "en_US", "au": "en_AU",
           "ca": "en_CA", "ie": "en_IE", "nz": "en_NZ", "ingj": "en_IN"}
_FAKERS: dict[str, Faker] = {}

# never drawn: common nouns, colours, trades, virtues, months and weekdays, and the eponyms, devices and
# brands of diabetes, endocrinology, foot care and transplantation (tests, scores, classifications,
# incisions, syndromes, insulins, pumps and sensors); the words of every place these notes name are added below
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Carter Turner Hunter Butler Fisher King Price Rich Sharp Strong Wise Best Gold Silver Stone Field Wood Hill Lane
Brook Marsh Bush Frost Snow Rain Winter Summer Spring Autumn April May June July August Faith Grace Joy Patience
Charity Constance Prudence Mercy Angel Crystal Amber Ruby Pearl Jade Holly Ivy Heather Hazel Daisy Lily Iris Violet
Poppy Dawn Sunny Chase Cash Banks Bond Law Judge Dean Pope Knight Page Miller Glass Shepherd Hart Fox Wolf Lamb
Crane Swan Finch Drake Bird Robin Moss Reed Rush Sage Ash Oak Birch Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Will Bill Mark Pat Sue Nick Rob Bob Guy Grant Dale Kirk Wade Gay Earl Major Noel Sterling Penny
Addison Cushing Graves Basedow Hashimoto Conn Nelson Sheehan Klinefelter Kallmann Wolfram Prader Willi Donohue
Rabson Mendenhall Langerhans Somogyi Whipple Charcot Wagner Texas Meggitt Armstrong Lavery Harkless Semmes
Weinstein Doppler Chvostek Trousseau Pemberton Riedel Quervain Hurthle Plummer Marine Lenhart Wolff Chaikoff
Bethesda Paget Zollinger Ellison Kimmelstiel Wilson Kussmaul Banting Macleod Collip Joslin Minkowski Hagedorn
Benedict Fehling Staub Traugott Randle Harris Dexcom Medtronic Omnipod Tandem Abbott Roche Ypsomed Libre Guardian
Eversense Freestyle Lantus Novo Nordisk Lilly Sanofi Mixtard Humalog Fiasp Tresiba Toujeo Levemir Ozempic
Mounjaro Trulicity Victoza Jardiance Forxiga Clarke Pedersen Edmonton Bristol Glasgow Child Pugh Turcotte Milan
Banff Kaplan Meier Cockcroft Gault Schwartz Levey Tanner Ferriman Gallwey Rotterdam Stein Leventhal Simmonds
Laron Noonan Russell Beckwith Wiedemann Alstrom Bardet Biedl Carrel Starzl Murray Calne Roux Foley Hickman
Tenckhoff Quinton Groshong Kocher Pfannenstiel Gibson Rutherford Morison Lich Gregoir Politano Leadbetter
Mercedes Chevron Simulect Prograf Advagraf Envarsus Adoport Myfortic CellCept Rapamune Scotchcast Aircast
Romberg Babinski Achilles Tinel Hamilton Glucagen Hypostop Dextro Accu Chek Contour Medisense Caresens Optium
Guyton Hartmann Ringer Seldinger Cimino Brescia Gore Dacron Vaughan Marcus Gunn Graham Wright Cooper Smith
Jackson Jones Thomas Philip Philips Lloyd Boots Moderna Pfizer Janssen Mayo Cleveland Hopkins Kennedy Humphrey
Goldmann Snellen Ishihara Amsler Early Rio Paris Lyon Sydney Perth Darwin Victoria Regina Austin Dallas Eden
"""
BAD_NAMES = set(_BAD_TXT.split())
_FW_TXT = """
Abbey Abigail Agarwal Agate Ahluwalia Aisling Alan Alannah Alec Alex Alison Allan Amber Amble Amelia Amrita Amy Ana
Anay Angel Angelica Ann Anna April Archer Aria Ariel Arjun Arroyo Ashling Ashman Atchison Aurora Autumn Ava Babu
Bail Bailey Bailie Baker Bal Bale Bali Ball Bandi Banks Barad Barber Baria Barker Barlow Barman Barry Barton Bass
Bath Batta Baxter Beal Bean Beard Beau Beck Becker Begum Bell Belton Ben Bender Benjamin Benn Bennet Berg Berger
Berry Best Beth Betty Bhakta Bhandari Bhat Bibi Bill Billy Birch Bird Bishop Black Blair Blake Blanch Blick Bob
Bobby Bodhi Bodkin Bogan Bond Boner Booker Boon Booth Bora Bose Bowler Bowman Boyer Brad Branch Brandy Bray Bree
Brent Brett Brewer Brick Bridge Bright Brock Brogan Brown Browning Bryony Buck Bull Bullock Burgess Burke Burr Burt
Burton Bush Butcher Butler Caddow Cain Cairn Cal Canning Cannon Canny Carl Carlin Carney Carol Caroline Carpenter
Carr Carry Carter Carton Cartwright Carty Case Cassie Chad Chamberlain Chandler Chang Chapman Char Charles Chase
Che Cherry Ching Chris Christian Church Clark Clay Clear Cline Clive Cole Colin Coll Colleen Colley Collier Collin
Collins Colly Colon Comber Comer Conal Conn Conner Contractor Convey Cook Cooper Cora Corinne Corrie Cortez Costa
Cotter Cox Crane Craven Craw Crawley Creed Cross Cruise Crystal Cully Curry Dada Daisy Dale Dalton Dan Daniel Dar
Das Dash Date Davenport David Davy Daw Dawn Day Dayal De Deacon Dean Decker Dee Deep Demi Derrick Destiny Dev Dewan
Dey Diamond Dick Dickey Din Divan Diver Divine Dixit Dobbin Dobson Doctor Dodd Don Donna Dooley Dowd Dower Drake
Drew Drum Drummy Dudley Duff Dugal Duke Dunne Dunny Dyer Earl Early Ebony Eimer Elaine Emma Emmet English Eric
Erika Eta Eve Fair Faith Fall Fanning Farmer Fay Fee Ferry Field Fields Finch Fisher Flannelly Flavin Fletcher
Flood Florence Flores Flowers Foody Foot Ford Forum Foster Fowler Fox Foy Franco Frank Franklin Frazer Freely
Freeman French Fresh Frost Fry Fuller Gade Gaine Gala Galloway Gamble Ganga Gara Garland Garner Garrison Garvey
Gaskin Gay Gee Gemma Gene Gentry George Gibbon Gilbert Gill Ging Glass Glazier Glen Glover Goddard Goel Goff Gola
Golden Good Goodman Gore Gorevan Grace Graham Grant Gray Green Greenwood Grey Griffin Gross Guard Gullery Gunning
Guy Haire Hale Hall Ham Hanbury Hanna Hardy Hare Harish Harmony Harper Harry Harsh Hart Hastings Hasty Haugh
Hawthorn Hay Hayward Hazel Hearty Heath Heather Hector Hemal Henry Herd Hereward Heron Herring Hickey Hill Hinney
Histon Ho Hogan Holden Holder Holly Holt Hood Hook Hooper Hope Hora Horn Hough House Howe Huff Huia Hull Hunt
Hurley Hurst India Ireland Irene Israel Ivory Ivy Jack Jackman Jade Jagat Jake James Jane Jasmine Jasper Jay Jean
Jeff Jenna Jenny Jerry Jesus Jim Jimmy Jo Joe John Johnson Jones Jordan Josh Joshi Joy Judge June Kahu Kai Kaiser
Kakar Kala Kale Kamala Kapur Kauri Kay Kelly Kelvin Kemp Kennelly Kent Kerrie Kerry Key Khalsa Khan Khatri Kibe
Kidney Killeen Kim King Kiri Kirk Knight Kora Kori Kulkarni Kyle Lacy Lad Lall Lam Lamb Lambert Lammas Lance Lane
Larry Lata Laura Law Lawless Leach Lee Leech Lees Lekha Levy Lewis Li Lily Lin Little Loke London Long Longan
Looney Lord Lori Louis Love Low Lowery Loyal Lucid Lucky Lucy Luke Luna Lynch Mack Mackle Madden Madeline Malik
Mall Mand Mane Mangal Mani Mannan Manning Manus Marc Marco Maria Mark Marron Marry Marsh Martin Mary Mason Master
Max Maxwell May Maya Mellon Melody Melton Mercer Merchant Merry Michael Mike Mila Miles Miller Millet Mistry Misty
Mitra Moan Mollie Molly Monk Moody Moon Mora More Morgan Morris Morrow Morse Moss Mountain Moy Muir Mulligan Munshi
Murphy Naik Nancy Nary Nash Nea Neal Nee Needham Nelson Newton Nikau Noble Noel Nori Norma North Oak Oisin Olive Om
Orchard Pace Page Pal Pall Palla Palmer Pam Pant Paris Park Parker Parkin Parry Patel Paten Patrice Patty Pau Paul
Peacock Peck Pedro Peggy Penny Peri Perry Peter Petty Peyton Phoebe Phoenix Pickering Pierce Pike Pinder Pingle
Piper Plover Pollard Ponce Pope Poppy Porter Potter Power Powers Prabhu Prentice Price Priest Prince Pringle
Proctor Pugh Quill Quin Rafter Raj Raja Ralph Ram Rana Randy Rattan Ratti Ravel Raven Ray Rea Read Reader Reddy
Reed Reen Reese Rex Ria Rice Rich Richard Rick Rickey Riddle Ridge Riley Ring Rishi Rita Roach Robert Robin Rock
Rodney Roe Roger Rohan Romero Rory Rosario Rose Rosemary Ross Rout Rowan Ruby Ruddy Rush Ruth Rutherford Ryder Sai
Sally Salmon Sam Sandal Sanders Sandy Sane Sangha Sant Saraf Sarkar Sarna Sarraf Saunders Savage Savant Sawyer
Schneider Scot Scott Scriven Scullion Sen Serrano Seth Sexton Sha Shah Shan Shanker Shanna Shanny Sharp Sharry Shaw
Shay Shea Shelly Shepherd Sherlock Sherry Sheth Shiel Shine Short Shroff Sienna Sierra Silk Silva Simmon Singh
Singleton Skelly Skinner Slater Slattery Sloan Small Smart Smith Smyth Snow Somers Sophia Sparks Spence Spencer
Stack Stark Steed Steer Stein Stella Steve Steven Steward Stone Story Stout Street Strong Sue Summer Sunder Supple
Sur Sura Sweeny Swift Tai Tailor Tait Talbot Talwar Tamara Tammie Tammy Tane Tania Tank Tanner Tapia Tara Tate
Taylor Terry Thakur Therese Thomas Tiffany Timothy Toby Tolan Tom Tommy Toner Tony Tory Travis Trinity Troy Tucker
Tui Turner Tutty Tyrone Underwood Valentine Vang Varsha Vasa Vedika Veer Victor Victory Villa Vincent Violet
Virginia Wade Wali Walker Wall Waller Walls Walsh Walter Wang Ward Ware Warner Warren Warrior Washington Watt Waugh
Way Weaver Webby Weber Webster Weeks Weever Weir West Wheeler White Whitehead William Williams Willie Willow Winter
Wise Wolf Wong Wood Woodward Wren Wright Yang Yogi York Young Zac Zak
"""
_FAKER_WORDS = set(_FW_TXT.split())
# two-letter initials never drawn: clinical, dosing and common abbreviations, state and province codes
_INITS_TXT = """AB AC AD AE AF AI AK AL AM AN AR AS AT AV AZ BB BC BD BE BG BM BN BO BP BS BY CA CB CC CD CF CG
CI CK CL CM CO CP CR CS CT CV CX DC DD DE DH DI DK DL DM DN DO DR DS DT DU DV DX EA EB EC ED EF EG EM EN EO EP ER
ES ET EU EX FB FL FM FT FU GA GB GC GD GH GI GO GP GU HB HC HD HE HF HH HI HO HP HR HS HT HV IA ID IE IF IG IL IM
IN IO IP IQ IR IS IT IU IV JJ KG KS KT KY LA LB LD LE LF LH LL LM LN LO LP LR LS LT LV MA MB MC MD ME MG MI ML MM
MN MO MP MR MS MT MU MY NA NB NC ND NE NG NH NI NJ NK NL NM NO NP NS NT NU NV NY OD OE OF OG OH OK OM ON OP OR OS
OT OW OX PA PC PD PE PF PG PH PI PM PN PO PP PR PS PT PU PV QC QD QL RA RB RC RE RF RH RI RL RM RN RO RR RS RT RU
RV SA SB SC SD SE SG SH SI SK SL SM SN SO SP SR SS ST SU SV TA TB TC TD TF TG TH TI TN TO TP TR TS TT TV TX UA UC
UE UK UL UN UP UR US UT UV VA VC VF VS VT VW WA WB WC WE WI WV WY YT"""
BAD_INITS = set(_INITS_TXT.split())
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, a clashing pair of initials)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


@dataclass
class P:
    """A person: first (may hold two words), surname, sex, middle initial, full middle name (or ""), group, locale."""

    first: str
    last: str
    sex: str
    mi: str
    mid: str
    grp: str
    loc: str | None

    @property
    def fl(self) -> str:  # First Last
        return f"{self.first} {self.last}"

    @property
    def fL(self) -> str:  # First LAST
        return f"{self.first} {self.last.upper()}"

    @property
    def FL(self) -> str:  # FIRST LAST
        return self.fl.upper()

    @property
    def lf(self) -> str:  # Last, First
        return f"{self.last}, {self.first}"

    @property
    def LF(self) -> str:  # LAST, First
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:  # LAST, FIRST
        return self.lf.upper()

    @property
    def l_f(self) -> str:  # Last First (surname first, no comma: Chinese order, Telugu order)
        return f"{self.last} {self.first}"

    @property
    def fml(self) -> str:  # First M. Last
        return f"{self.first} {self.mi}. {self.last}"

    @property
    def fmidl(self) -> str:  # First Middle Last
        return f"{self.first} {self.mid} {self.last}" if self.mid else self.fl

    @property
    def fi(self) -> str:  # F. Last
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def f_l(self) -> str:  # F Last
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def fmi(self) -> str:  # F.M. Last
        return f"{_ascii(self.first)[0]}.{self.mi}. {self.last}"

    @property
    def lfi(self) -> str:  # Last F
        return f"{self.last} {_ascii(self.first)[0]}"

    @property
    def inf(self) -> str:  # K. Srinivasa Rao (the family name as an initial)
        return f"{_ascii(self.last)[0]}. {self.first}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def f1(self) -> str:  # the first word of the given names
        return self.first.split()[0]

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mi in "ABCDEFGHJK" else "Ms")

    @property
    def he(self) -> str:
        return "he" if self.sex == "m" else "she"

    @property
    def He(self) -> str:
        return self.he.capitalize()

    @property
    def his(self) -> str:
        return "his" if self.sex == "m" else "her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    def mail(self, dom: str, k: int = 0, n: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}.{la}{n % 100:02d}@{dom}", f"{la}{f[0]}@{dom}", f"{f}{la}{n % 1000}@{dom}",
                f"{f}_{la[:4]}@{dom}", f"{la}.{f}{n % 100}@{dom}"][k % 6]


def _th(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def _fd(d: date, k: str) -> str:
    """A date in one of the formats these notes use (keys after PHP's date letters)."""
    mo = MONTHS[d.month - 1]
    dd, mm, yy, y, j, n = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year, d.day, d.month
    fm = {
        "dmY": f"{dd}/{mm}/{y}", "jnY": f"{j}/{n}/{y}", "dmy": f"{dd}/{mm}/{yy}", "jny": f"{j}/{n}/{yy}",
        "dm": f"{dd}/{mm}", "jn": f"{j}/{n}", "d.m.Y": f"{dd}.{mm}.{y}", "j.n.y": f"{j}.{n}.{yy}",
        "d.m.y": f"{dd}.{mm}.{yy}", "j.n": f"{j}.{n}", "d-M-Y": f"{dd}-{mo[:3]}-{y}", "d-M-y": f"{dd}-{mo[:3]}-{yy}",
        "D-M-Y": f"{dd}-{mo[:3].upper()}-{y}", "d M Y": f"{dd} {mo[:3]} {y}", "j M Y": f"{j} {mo[:3]} {y}",
        "D M Y": f"{dd} {mo[:3].upper()} {y}", "d M y": f"{dd} {mo[:3]} {yy}", "j M": f"{j} {mo[:3]}",
        "j F Y": f"{j} {mo} {y}", "j F": f"{j} {mo}", "jS F Y": f"{_th(j)} {mo} {y}", "jS of F Y": f"{_th(j)} of {mo} {y}",
        "jS F": f"{_th(j)} {mo}", "jS M": f"{_th(j)} {mo[:3]}", "jS M Y": f"{_th(j)} {mo[:3]} {y}", "F j, Y": f"{mo} {j}, {y}", "F jS, Y": f"{mo} {_th(j)}, {y}",
        "M j, Y": f"{mo[:3]} {j}, {y}", "M j": f"{mo[:3]} {j}", "F j": f"{mo} {j}", "M-d-Y": f"{mo[:3]}-{dd}-{y}",
        "F Y": f"{mo} {y}", "M Y": f"{mo[:3]} {y}", "mdY": f"{mm}/{dd}/{y}", "njY": f"{n}/{j}/{y}", "mdy": f"{mm}/{dd}/{yy}",
        "njy": f"{n}/{j}/{yy}", "nj": f"{n}/{j}", "m-d-Y": f"{mm}-{dd}-{y}", "m-d-y": f"{mm}-{dd}-{yy}",
        "Y-m-d": d.isoformat(), "Y/m/d": f"{y}/{mm}/{dd}", "Y.m.d": f"{y}.{mm}.{dd}", "Ymd": f"{y}{mm}{dd}",
        "d-m-Y": f"{dd}-{mm}-{y}", "d/M/Y": f"{dd}/{mo[:3]}/{y}", "dMY": f"{dd}{mo[:3].upper()}{y}",
    }
    return fm[k]


# ------------------------------------------------------------------------------ identifiers (check digits)
def _dig(r: random.Random, k: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(k - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit to append to body."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _mod11(body: str) -> int:
    """NHS / CHI / H&C: weights 10..2 on nine digits; 10 means no valid number."""
    s = sum(int(c) * (10 - i) for i, c in enumerate(body))
    return (11 - s % 11) % 11


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.randint(4, 6)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        c = _mod11(body)
        if c != 10:
            return body + str(c)


def hc_no(r: random.Random) -> str:
    while True:
        body = "3" + str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        c = _mod11(body)
        if c != 10:
            return body + str(c)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    while True:
        sx = r.choice("13579" if sex == "m" else "02468")
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}{sx}"
        c = _mod11(body)
        if c != 10:
            return body + str(c)


def sp334(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def npi_no(r: random.Random) -> str:
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def medicare_au(r: random.Random) -> str:
    """Ten digits (first 2-6, the ninth a weighted check digit, the tenth the issue number), spaced 4-5-1."""
    b = str(r.randint(2, 6)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    c = sum(int(x) * w for x, w in zip(b, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return f"{b[:4]} {b[4:]}{c} {r.randint(1, 5)}"


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9 + eight digits + a mod-11 check digit (weights 2 4 8 5 10 9 7 3)."""
    while True:
        b = "".join(str(r.randint(0, 9)) for _ in range(8))
        s = sum((int(x) * w) % 11 for x, w in zip(b, (2, 4, 8, 5, 10, 9, 7, 3), strict=True)) % 11
        c = 11 - s
        if c <= 9:
            return "9" + b + str(c)


def ab_uli(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    s = body + _luhn(body)
    return f"{s[:5]}-{s[5:]}"


_PPS = "WABCDEFGHIJKLMNOPQRSTUV"


def ppsn_no(r: random.Random, second: str = "") -> str:
    """Irish PPSN: seven digits, a mod-23 check letter, optionally a second letter (W, or A / B for newer ones)."""
    b = "".join(str(r.randint(0, 9)) for _ in range(7))
    s = sum(int(x) * (8 - i) for i, x in enumerate(b))
    if second and second != "W":
        s += 9 * (ord(second) - 64)
    return b + _PPS[s % 23] + second


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random) -> str:
    """Old-format NZ NHI: three letters (no I or O) and four digits, the last a mod-11 check digit."""
    while True:
        lets = "".join(r.choice(_NHI) for _ in range(3))
        digs = "".join(str(r.randint(0, 9)) for _ in range(3))
        s = sum((_NHI.index(ch) + 1) * w for ch, w in zip(lets, (7, 6, 5), strict=True))
        s += sum(int(x) * w for x, w in zip(digs, (4, 3, 2), strict=True))
        if s % 11 == 0:
            continue
        c = 11 - s % 11
        return lets + digs + str(0 if c == 10 else c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def _verhoeff(body: str) -> str:
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return str(_VINV[c])


def aadhaar_no(r: random.Random) -> str:
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    s = body + _verhoeff(body)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def abha_no(r: random.Random) -> str:
    s = "91" + "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def za_id(r: random.Random, dob: date, sex: str) -> str:
    g = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{g:04d}08"
    return body + _luhn(body)


def sg_nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, seven digits, a weighted mod-11 check letter."""
    pre = "T" if dob.year >= 2000 else "S"
    b = f"{dob.year % 100:02d}" if r.random() < 0.7 and dob.year >= 1968 else str(r.randint(0, 1)) + str(r.randint(0, 9))
    b += "".join(str(r.randint(0, 9)) for _ in range(5))
    s = sum(int(x) * w for x, w in zip(b, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + b + "JZIHGFEDCBA"[s % 11]


def _fhir(q: P, dob: date, ids: list[tuple[str, str]]) -> dict[str, Any]:
    return {"resourceType": "Patient", "name": [{"family": q.last, "given": q.first.split()}],
            "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
            "gender": "male" if q.sex == "m" else "female"}


class C:
    """Per-note drawing context: seeded random, Faker (re-seeded per note), the name words used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self._seeded: set[str] = set()
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
        return self.p("DATE", _fd(d, k))

    def age(self, a: int) -> C:
        return self.p("AGE", str(a)) if a >= 90 else self.t(str(a))

    def pad(self, s: str, w: int) -> C:
        return self.t(" " * max(1, w - len(s)))

    def cells(self, cols: list[tuple[str, str, int]]) -> C:
        """A padded table row of (kind, text, width): kind "" plain, "c" clinical, else a PHI type."""
        for i, (k, s, w) in enumerate(cols):
            if k == "":
                self.t(s)
            elif k == "c":
                self.c(s)
            else:
                self.p(k, s)
            if i < len(cols) - 1:
                self.pad(s, w)
        return self

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
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
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used or w in _PLACE_WORDS:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None,
               middle: bool = False) -> P:
        if grp == "st":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        loc = GRP_LOC.get(grp) if fake else None
        for _ in range(40):
            if loc:
                fk = self.faker(loc)
                first = fk.first_name_male() if sex == "m" else fk.first_name_female()
                mid = (fk.first_name_male() if sex == "m" else fk.first_name_female()) if middle else ""
                la = last or fk.last_name()
            else:
                first = self.ch(ms if sex == "m" else fs)
                mid = self.ch(ms if sex == "m" else fs) if middle else ""
                la = last or self.ch(ls)
            words = first.replace("-", " ").split() + mid.split() + ([] if last else la.replace("-", " ").split())
            if len(first) < 3 or mid == first or len(set(words)) < len(words) or not self._ok(words, bool(loc)):
                continue
            self.used.update(w.lower() for w in words)
            for _ in range(12):
                mi = mid[:1] if mid else self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mi).upper() not in BAD_INITS:
                    break
            return P(first, la, sex, _ascii(mi).upper(), mid, grp, loc)
        raise Redraw

    def pat(self, sex: str | None = None, grp: str | None = None, middle: bool = False) -> P:
        grp = grp or self.ch(PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2, middle=middle)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative: a first name from the family's group (or Faker locale); blood relatives keep the surname."""
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            mix = self.region in STAFF_MIX and self.r.random() < 0.3
            grp = "st" if mix else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P, lower: bool = False) -> str:
        s = (_ascii(q.first)[0] + _ascii(q.last.split()[-1].replace("'", ""))[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s.lower() if lower else s

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        """A weekday in the range (clinic, theatre and course days)."""
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 20, hi: int = 88) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self, lo: int = 30, hi: int = 86, p90: float = 0.12) -> tuple[date, int]:
        """A date of birth, now and then of someone aged 90 or more."""
        return self.dob(90, 97) if self.r.random() < p90 else self.dob(lo, hi)

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]


# ------------------------------------------------------------------------------ places, phones, mail
_UPC = "ABDEFGHJLNPQRSTUWXYZ"
# (town, postcode district, dialling code)
EN_TOWN = [("Carlisle", "CA1", "01228"), ("Kendal", "LA9", "01539"), ("Barrow-in-Furness", "LA14", "01229"),
           ("Darlington", "DL3", "01325"), ("Hexham", "NE46", "01434"), ("Workington", "CA14", "01900"),
           ("Lancaster", "LA1", "01524"), ("Scunthorpe", "DN15", "01724"), ("Grimsby", "DN32", "01472"),
           ("Boston", "PE21", "01205"), ("Lincoln", "LN2", "01522"), ("Dudley", "DY1", "01384"),
           ("Walsall", "WS1", "01922"), ("Wolverhampton", "WV3", "01902")]
EN_ST = ["Botchergate", "Stricklandgate", "Abbey Road", "Yarm Road", "Priestpopple", "Harrington Road",
         "Bowerham Road", "Frodingham Road", "Cleethorpe Road", "Wide Bargate", "Monks Road", "Wellington Road",
         "Lichfield Street", "Penn Road", "Scotby Road", "Greenside Lane"]
SC_TOWN = [("Aberdeen", "AB24", "01224"), ("Elgin", "IV30", "01343"), ("Dumfries", "DG1", "01387"),
           ("Stirling", "FK8", "01786"), ("Ayr", "KA7", "01292"), ("Dundee", "DD3", "01382"), ("Falkirk", "FK1", "01324"),
           ("Peterhead", "AB42", "01779")]
SC_ST = ["Great Northern Road", "Pluscarden Road", "Annan Road", "Barnton Street", "Maybole Road", "Clepington Road",
         "Camelon Road", "Queen Street", "Skene Square", "Balmoral Drive"]
CY_TOWN = [("Swansea", "SA1", "01792"), ("Wrexham", "LL11", "01978"), ("Newport", "NP20", "01633"),
           ("Merthyr Tydfil", "CF47", "01685"), ("Llanelli", "SA15", "01554"), ("Rhyl", "LL18", "01745"),
           ("Bridgend", "CF31", "01656"), ("Caerphilly", "CF83", "029")]
CY_ST = ["Walter Road", "Rhosddu Road", "Caerleon Road", "Heol Gwyrosydd", "Stryd Fawr", "Ffordd Pentre",
         "Coity Road", "Vale Road", "Heol Las", "Lôn Isaf"]
NI_TOWN = [("Belfast", "BT9", "028 90"), ("Newry", "BT35", "028 30"), ("Enniskillen", "BT74", "028 66"),
           ("Londonderry", "BT48", "028 71"), ("Craigavon", "BT65", "028 38"), ("Lisburn", "BT28", "028 92"),
           ("Ballymoney", "BT53", "028 27")]
NI_ST = ["Malone Road", "Hill Street", "Derrin Road", "Strand Road", "Lurgan Road", "Antrim Road", "Castle Street",
         "Glebe Road"]


def uk_pc(n: C, outward: str) -> str:
    return f"{outward} {n.ri(1, 9)}{n.ch(_UPC)}{n.ch(_UPC)}"


def uk_addr(n: C, reg: str = "en") -> tuple[str, str, str, str]:
    """(street line, town, postcode, dialling code)."""
    towns, sts = {"en": (EN_TOWN, EN_ST), "sc": (SC_TOWN, SC_ST), "cy": (CY_TOWN, CY_ST), "ni": (NI_TOWN, NI_ST)}[reg]
    town, out, code = n.ch(towns)
    st = n.ch(sts)
    k = n.ri(0, 5)
    line = [f"{n.ri(2, 180)} {st}", f"Flat {n.ri(1, 12)}, {n.ri(2, 90)} {st}", f"{n.ri(2, 60)}A {st}",
            f"{n.ri(1, 140)} {st}", f"Apartment {n.ri(1, 30)}, {n.ri(2, 40)} {st}", f"{n.ri(3, 99)} {st}"][k]
    return line, town, uk_pc(n, out), code


def uk_land(n: C, code: str, k: int | None = None) -> str:
    k = n.ri(0, 2) if k is None else k
    if code.startswith("028 ") or code == "029":
        body = f"{code} {n.ri(2, 9)}{n.dig(3)} {n.dig(4)}" if code == "029" else f"{code}{n.dig(2)} {n.dig(4)}"
        return body if k != 1 else "+44 " + body[1:]
    if len(code) == 4:
        return f"{code} {n.dig(3)} {n.dig(4)}"
    return [f"{code} {n.dig(6)}", f"({code}) {n.dig(6)}", f"{code} {n.dig(3)} {n.dig(3)}"][k % 3]


def uk_mob(n: C, k: int | None = None) -> str:
    s = f"7{n.ri(4, 9)}{n.dig(2)}"
    rest = n.dig(6)
    k = n.ri(0, 4) if k is None else k
    return [f"0{s} {rest}", f"0{s} {rest[:3]} {rest[3:]}", f"+44 {s} {rest}", f"0{s}{rest}",
            f"+44 (0){s} {rest[:3]} {rest[3:]}"][k % 5]


# US: (city, state, ZIP prefix, area code)
US_CITY = [("Little Rock", "AR", "722", "501"), ("Tulsa", "OK", "741", "918"), ("Louisville", "KY", "402", "502"),
           ("Columbia", "SC", "292", "803"), ("Jackson", "MS", "392", "601"), ("Albuquerque", "NM", "871", "505"),
           ("El Paso", "TX", "799", "915"), ("Dayton", "OH", "454", "937"), ("Memphis", "TN", "381", "901"),
           ("Fresno", "CA", "937", "559"), ("Huntington", "WV", "257", "304"), ("Shreveport", "LA", "711", "318")]
US_ST = ["W Markham St", "S Yale Ave", "Bardstown Rd", "Two Notch Rd", "N State St", "Lomas Blvd NE", "Dyer St",
         "Salem Ave", "Poplar Ave", "E Shields Ave", "Hal Greer Blvd", "Youree Dr", "Asbury Rd", "Fairview Ln"]


def us_addr(n: C) -> tuple[str, str, str, str, str]:
    """(street line, city, state, ZIP, area code)."""
    city, st, z3, area = n.ch(US_CITY)
    k = n.ri(0, 4)
    num = n.ri(100, 9899)
    street = n.ch(US_ST)
    line = [f"{num} {street}", f"{num} {street}, Apt {n.ri(1, 30)}{n.ch('ABCD')}", f"{num} {street} #{n.ri(100, 420)}",
            f"{num} {street}", f"{num} {street}, Unit {n.ri(2, 18)}"][k]
    z = f"{z3}{n.ri(1, 99):02d}" + (f"-{n.dig(4)}" if n.r.random() < 0.25 else "")
    return line, city, st, z, area


def us_ph(n: C, area: str, k: int | None = None) -> str:
    a, b = f"{n.ri(2, 9)}{n.dig(2)}", n.dig(4)
    k = n.ri(0, 4) if k is None else k
    return [f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"1-{area}-{a}-{b}"][k % 5]


# Australia: (suburb, state, postcode, area code)
AU_SUB = [("Toowoomba", "QLD", "4350", "07"), ("Rockhampton", "QLD", "4700", "07"), ("Bendigo", "VIC", "3550", "03"),
          ("Launceston", "TAS", "7250", "03"), ("Bunbury", "WA", "6230", "08"), ("Mount Gambier", "SA", "5290", "08"),
          ("Dubbo", "NSW", "2830", "02"), ("Blacktown", "NSW", "2148", "02"), ("Elizabeth", "SA", "5112", "08"),
          ("Armadale", "WA", "6112", "08"), ("Lakemba", "NSW", "2195", "02"), ("Oakleigh", "VIC", "3166", "03")]
AU_ST = ["Ruthven St", "Bolsover St", "Hargreaves St", "Brisbane St", "Spencer St", "Commercial St W", "Macquarie St",
         "Main St", "Haldane St", "Jull St", "Haldon St", "Atherton Rd"]


def au_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, st, pc, area = n.ch(AU_SUB)
    street = n.ch(AU_ST)
    k = n.ri(0, 3)
    line = [f"{n.ri(2, 240)} {street}", f"{n.ri(1, 12)}/{n.ri(2, 90)} {street}", f"Unit {n.ri(1, 20)}, {n.ri(2, 60)} {street}",
            f"{n.ri(2, 99)} {street}"][k]
    return line, sub, st, pc, area


def au_mob(n: C, k: int | None = None) -> str:
    s = f"4{n.dig(2)}"
    a, b = n.dig(3), n.dig(3)
    k = n.ri(0, 2) if k is None else k
    return [f"0{s} {a} {b}", f"+61 {s} {a} {b}", f"0{s}{a}{b}"][k % 3]


def au_land(n: C, area: str) -> str:
    return n.ch([f"({area}) {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}", f"{area} {n.ri(4, 9)}{n.dig(3)} {n.dig(4)}"])


# Canada: province -> [(city, FSA, area code)]
CA_CITY = {"on": [("Sudbury", "P3A", "705"), ("Thunder Bay", "P7B", "807"), ("Windsor", "N9A", "519"),
                  ("Oshawa", "L1H", "905"), ("Belleville", "K8N", "613")],
           "bc": [("Surrey", "V3T", "604"), ("Kelowna", "V1Y", "250"), ("Prince George", "V2L", "250"),
                  ("Nanaimo", "V9R", "250"), ("Abbotsford", "V2S", "604")],
           "ab": [("Red Deer", "T4N", "403"), ("Lethbridge", "T1J", "403"), ("Medicine Hat", "T1A", "403"),
                  ("Grande Prairie", "T8V", "780"), ("Fort McMurray", "T9H", "780")],
           "mb": [("Norway House", "R0B", "204"), ("Cross Lake", "R0B", "204"), ("Garden Hill", "R0B", "204"),
                  ("Split Lake", "R0B", "204"), ("Berens River", "R0B", "204"), ("Pukatawagan", "R0B", "204")]}
CA_ST = {"on": ["Lasalle Blvd", "Red River Rd", "Ouellette Ave", "Simcoe St N", "Dundas St E"],
         "bc": ["King George Blvd", "Bernard Ave", "Victoria St", "Terminal Ave", "South Fraser Way"],
         "ab": ["Gaetz Ave", "Mayor Magrath Dr", "Dunmore Rd", "Resources Rd", "Franklin Ave"]}
_CAL = "ABCEGHJKLMNPRSTVWXYZ"


def ca_pc(n: C, fsa: str) -> str:
    return f"{fsa} {n.ri(0, 9)}{n.ch(_CAL)}{n.ri(0, 9)}"


def ca_addr(n: C, prov: str) -> tuple[str, str, str, str]:
    """(street line, city, postal code, area code)."""
    city, fsa, area = n.ch(CA_CITY[prov])
    street = n.ch(CA_ST[prov])
    k = n.ri(0, 2)
    line = [f"{n.ri(10, 2999)} {street}", f"{n.ri(101, 1804)}-{n.ri(10, 999)} {street}",
            f"Unit {n.ri(2, 40)}, {n.ri(10, 999)} {street}"][k]
    return line, city, ca_pc(n, fsa), area


def ca_ph(n: C, area: str, k: int | None = None) -> str:
    return us_ph(n, area, k)


# Ireland: (town, county, Eircode routing key, dialling code)
IE_TOWN = [("Killarney", "Co. Kerry", "V93", "064"), ("Letterkenny", "Co. Donegal", "F92", "074"),
           ("Athlone", "Co. Westmeath", "N37", "090"), ("Dundalk", "Co. Louth", "A91", "042"),
           ("Ennis", "Co. Clare", "V95", "065"), ("Castlebar", "Co. Mayo", "F23", "094"),
           ("Navan", "Co. Meath", "C15", "046"), ("Tullamore", "Co. Offaly", "R35", "057")]
IE_ST = ["Shop Street", "Henry Street", "Wine Street", "Park Street", "The Quay", "Port Road", "Church Street",
         "College Road", "Ballybane Road", "Dublin Road"]
_EIR = "ACDEFHKNPRTVWXY0123456789"


def ie_addr(n: C) -> tuple[str, str, str, str, str]:
    town, co, rk, code = n.ch(IE_TOWN)
    street = n.ch(IE_ST)
    line = n.ch([f"{n.ri(1, 90)} {street}", f"Apt {n.ri(1, 24)}, {n.ri(1, 40)} {street}", f"{n.ri(2, 60)} {street}"])
    eir = rk + " " + n.ch("ACDEFHKNPRTVWXY") + "".join(n.ch(_EIR) for _ in range(3))
    return line, town, co, eir, code


def ie_mob(n: C, k: int | None = None) -> str:
    p = f"8{n.ch('35679')}"
    a, b = n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+353 {p} {a} {b}", f"0{p}-{a}{b}"][k % 3]


def ie_land(n: C, code: str) -> str:
    return n.ch([f"({code}) {n.dig(3)} {n.dig(4)}", f"{code} {n.dig(3)} {n.dig(4)}", f"{code}-{n.dig(6)}"])


# New Zealand: (suburb, city, postcode, area code)
NZ_SUB = [("Ōtara", "Auckland", "2023", "09"), ("Māngere", "Auckland", "2022", "09"), ("Flaxmere", "Hastings", "4120", "06"),
          ("Cannons Creek", "Porirua", "5024", "04"), ("Fenton Park", "Rotorua", "3010", "07"),
          ("South Dunedin", "Dunedin", "9012", "03"), ("Kaiti", "Gisborne", "4010", "06"),
          ("Aranui", "Christchurch", "8061", "03")]
NZ_ST = ["East Tamaki Road", "Bader Drive", "Flaxmere Avenue", "Bedford Street", "Ranolf Street", "Hillside Road",
         "Wainui Road", "Breezes Road", "Niagara Street", "Ruru Street"]


def nz_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, area = n.ch(NZ_SUB)
    street = n.ch(NZ_ST)
    line = n.ch([f"{n.ri(2, 200)} {street}", f"{n.ri(1, 9)}/{n.ri(2, 80)} {street}", f"{n.ri(2, 60)}B {street}"])
    return line, sub, city, pc, area


def nz_mob(n: C, k: int | None = None) -> str:
    p = n.ch(["21", "22", "27", "29"])
    a, b = n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+64 {p} {a} {b}", f"0{p}{a}{b}"][k % 3]


def in_mob(n: C, k: int | None = None) -> str:
    s = str(n.ri(6, 9)) + n.dig(9)
    k = n.ri(0, 3) if k is None else k
    return [s, f"+91 {s[:5]} {s[5:]}", f"+91-{s}", f"{s[:5]} {s[5:]}"][k % 4]


# South Africa: (suburb / township, city, postal code, dialling code)
ZA_SUB = [("Chatsworth", "Durban", "4092", "031"), ("Phoenix", "Durban", "4068", "031"), ("Umlazi", "Durban", "4031", "031"),
          ("Orlando East", "Johannesburg", "1804", "011"), ("Randburg", "Johannesburg", "2194", "011"),
          ("Mamelodi", "Pretoria", "0122", "012"), ("Mitchells Plain", "Cape Town", "7785", "021"),
          ("Bellville", "Cape Town", "7530", "021")]
ZA_ST = ["Road 701", "Havenside Drive", "Mangosuthu Highway", "Vilakazi Street", "Bram Fischer Drive",
         "Tsamaya Avenue", "AZ Berman Drive", "Durban Road"]


def za_addr(n: C) -> tuple[str, str, str, str, str]:
    sub, city, pc, code = n.ch(ZA_SUB)
    line = n.ch([f"{n.ri(2, 400)} {n.ch(ZA_ST)}", f"{n.ri(1, 40)} {n.ch(['Jacaranda', 'Protea', 'Aloe'])} Close",
                 f"Unit {n.ri(2, 60)}, {n.ch(['Sunbird', 'Malvern', 'Kingfisher'])} Court"])
    return line, sub, city, pc, code


def za_cell(n: C, k: int | None = None) -> str:
    p = n.ch(["72", "73", "76", "79", "82", "83", "84"])
    a, b = n.dig(3), n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"0{p} {a} {b}", f"+27 {p} {a} {b}", f"0{p}{a}{b}"][k % 3]


# Singapore: (HDB town, street, postal prefix)
SG_TOWN = [("Tampines", "Tampines Street 41", "52"), ("Jurong West", "Jurong West Street 61", "64"),
           ("Ang Mo Kio", "Ang Mo Kio Avenue 3", "56"), ("Woodlands", "Woodlands Drive 16", "73"),
           ("Bedok", "Bedok North Road", "46"), ("Yishun", "Yishun Ring Road", "76")]


def sg_addr(n: C) -> tuple[str, str, str]:
    """(block-street-unit line, town, postal code)."""
    town, street, pre = n.ch(SG_TOWN)
    blk = n.ri(101, 899)
    line = f"Blk {blk} {street} #{n.ri(2, 16):02d}-{n.ri(10, 480)}"
    return line, town, f"{pre}{blk:04d}"


def sg_ph(n: C, mobile: bool = True, k: int | None = None) -> str:
    s = (n.ch("89") if mobile else "6") + n.dig(3)
    b = n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"{s} {b}", f"+65 {s} {b}", f"+65-{s}{b}"][k % 3]


# Jamaica: (town, parish)
JM_TOWN = [("Portmore", "St. Catherine"), ("Spanish Town", "St. Catherine"), ("Mandeville", "Manchester"),
           ("May Pen", "Clarendon"), ("Old Harbour", "St. Catherine"), ("Linstead", "St. Catherine"),
           ("Montego Bay", "St. James")]
JM_ST = ["Port Henderson Road", "Brunswick Avenue", "Caledonia Road", "Manchester Avenue", "Bustamante Highway",
         "Greater Portmore Boulevard", "Barnett Street"]


def jm_ph(n: C, k: int | None = None) -> str:
    a, b = f"{n.ch(['3', '4', '8'])}{n.dig(2)}", n.dig(4)
    k = n.ri(0, 2) if k is None else k
    return [f"(876) {a}-{b}", f"876-{a}-{b}", f"1-876-{a}-{b}"][k % 3]


def pmail(n: C, q: P, doms: list[str]) -> str:
    return q.mail(n.ch(doms), n.ri(0, 5), n.ri(1, 999))


def _words(*tables: Any) -> set[str]:
    """Every capitalised word (three letters or more) in the place tables."""
    out: set[str] = set()
    for tb in tables:
        if isinstance(tb, str):
            out.update(w for w in re.findall(r"[^\W\d_]+", tb) if len(w) > 2 and w[0].isupper())
        else:
            out |= _words(*(tb.values() if isinstance(tb, dict) else tb))
    return out


_PLACE_WORDS = _words(EN_TOWN, EN_ST, SC_TOWN, SC_ST, CY_TOWN, CY_ST, NI_TOWN, NI_ST, US_CITY, US_ST, AU_SUB, AU_ST,
                      CA_CITY, CA_ST, IE_TOWN, IE_ST, NZ_SUB, NZ_ST, ZA_SUB, ZA_ST, SG_TOWN, JM_TOWN, JM_ST,
                      ["Kukatpally", "Dilsukhnagar", "Secunderabad", "Maninagar", "Naranpura", "Hyderabad",
                       "Ahmedabad", "Vastrapur", "Ameerpet", "Satellite"])


# ------------------------------------------------------------------------------ shared clinical helpers
def _uk_hosp(n: C) -> str:
    return n.ch([f"K{n.dig(7)}", f"{n.ch('CDMW')}{n.dig(6)}", f"RNL{n.dig(7)}", f"{n.dig(7)}{n.ch('ABHK')}"])


def _nhs_fmt(n: C, s: str) -> str:
    return n.ch([sp334(s), s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])


def _tir(n: C) -> tuple[int, int, int, int, int]:
    """Very high, high, in range, low, very low (per cent, summing to 100)."""
    tir = n.ri(31, 86)
    lo, vlo = n.ri(0, 7), n.ri(0, 3)
    rest = 100 - tir - lo - vlo
    vh = n.ri(0, rest // 2)
    return vh, rest - vh, tir, lo, vlo


def _gmi(mean_mmol: float) -> str:
    return f"{3.31 + 0.02392 * mean_mmol * 18:.1f}"


_BASAL_UK = [("insulin degludec (Tresiba)", 8, 40), ("insulin glargine (Lantus)", 10, 44),
             ("insulin glargine 300 units/mL (Toujeo)", 12, 48), ("insulin detemir (Levemir)", 6, 22)]
_BOLUS_UK = ["insulin aspart (NovoRapid)", "faster aspart (Fiasp)", "insulin lispro (Humalog)", "insulin glulisine (Apidra)"]


# ------------------------------------------------------------------------------ England
def en_cgm_virtual(n: C) -> Note:
    q = n.pat(middle=n.r.random() < 0.5)
    dob, _ = n.dob(18, 78)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    dsn, cons = n.staff(), n.staff()
    rev = n.wdt(-3, 0)
    start, end = rev - timedelta(days=14), rev - timedelta(days=1)
    mob = uk_mob(n)
    vh, h, tir, lo, vlo = _tir(n)
    mean = float(n.fl(7.0, 12.6))
    basal, b_lo, b_hi = n.ch(_BASAL_UK)
    dose = n.ri(b_lo, b_hi)
    n.t("DIABETES VIRTUAL CGM REVIEW  (data via LibreView, FreeStyle Libre 2)\n")
    n.t("Name: ").nm(q.fmidl).t("        Hosp no: ").p("ID", hosp).t("\n")
    n.t("NHS no: ").p("ID", _nhs_fmt(n, nhs)).t("    D.o.B: ").d(dob, n.ch(["d.m.Y", "dmY", "d-M-Y"])).t("\n")
    if n.r.random() < 0.6:
        n.t("LibreView account: ").p("EMAIL", pmail(n, q, ["gmail.com", "outlook.com", "hotmail.co.uk", "btinternet.com"])).t("\n")
    n.t(f"Review: {n.wd(rev, True)} ").d(rev, "dmY").t("   Data period: ").d(start, "dmY").t(" to ").d(end, "dmY")
    n.t(" (14 days)\n\n")
    n.t("Sensor active ").c(f"{n.ri(71, 99)}%").t(" | mean glucose ").c(f"{mean:.1f} mmol/L").t(" | GMI ")
    n.c(f"{_gmi(mean)}%").t(" | CV ").c(f"{n.fl(27, 45)}%").t("\n")
    n.t("  >13.9      ").c(f"{vh}%").t("\n  10.1-13.9  ").c(f"{h}%").t("\n  3.9-10.0   ").c(f"{tir}%")
    n.t("   (target >70%)\n  3.0-3.8    ").c(f"{lo}%").t("\n  <3.0       ").c(f"{vlo}%").t("\n\n")
    n.t("Current: ").c(f"{basal} {dose} units").t(f" at {n.tm(20, 22)}; ").c(f"{n.ch(_BOLUS_UK)} 1 unit:{n.ri(6, 15)} g")
    n.t(" CHO, ISF ").c(f"1 unit:{n.fl(1.5, 4.0)} mmol/L").t("\n")
    if vlo + lo >= 4:
        new = max(dose - n.ri(1, 4), 4)
        n.t(f"Pattern: lows between 02:00 and 05:00 on {n.ri(2, 6)} nights. Reduce basal to ").c(f"{new} units").t(".\n")
    else:
        n.t(f"Pattern: post-{n.ch(['breakfast', 'evening meal', 'lunch'])} rises to ").c(f"{n.fl(14, 19)} mmol/L")
        n.t("; pre-bolus 15-20 min and recheck ratio.\n")
    k = n.ri(0, 2)
    if k == 0:
        n.t("Tel call to ").nm(q.f1).t(" on ").p("PHONE", mob).t(f" at {n.tm(13, 16)}: agreed plan, will upload again in 2/52.\n")
    elif k == 1:
        n.t("No answer on ").p("PHONE", mob).t(" - text sent, letter to follow. Review in clinic ").d(n.wdt(20, 50), "j M")
        n.t(".\n")
    else:
        n.t("Plan e-mailed to ").nm(q.f1).t(" via clinic account; next data review ").d(n.wdt(21, 35), "jS F").t(".\n")
    n.t("\n").nm(dsn.fl).t(", Diabetes Specialist Nurse\ncc ").nm(cons.fi if n.r.random() < 0.5 else "Dr " + cons.last)
    n.t(" (consultant diabetologist)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


_PUMPS = [("Medtronic MiniMed 780G", lambda n: f"NG{n.dig(7)}H"), ("Tandem t:slim X2 with Control-IQ", lambda n: n.dig(7)),
          ("Omnipod 5 (PDM)", lambda n: f"P5{n.dig(8)}"), ("Ypsomed mylife YpsoPump", lambda n: f"YP{n.dig(6)}")]


def en_pump_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(19, 72)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    cons, typ, gp = n.staff(), n.staff(), n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    line, town, pc, code = uk_addr(n)
    dic = n.wdt(-20, -6)
    pump, ser = n.ch(_PUMPS)
    n.t("Diabetes Centre\nDirect line: ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Our ref: ").nm(n.ini(cons)).t("/").nm(n.ini(typ, lower=True)).t("/").p("ID", hosp).t("\n")
    n.t("Dictated: ").d(dic, "dmY").t("   Typed: ").d(n.dt(-5, 0), "dmY").t("\n\n")
    n.t("Dr ").nm(gp.fl).t("\n").t(f"{n.ch(['Eden', 'Abbey', 'Riverside', 'Castle'])} Medical Practice\n\n")
    n.t("Dear Dr ").nm(gp.last).t("\n\n")
    n.t("Re: ").t(q.title + " ").nm(q.fl).t("   DOB ").d(dob, "j F Y").t("   NHS No ").p("ID", sp334(nhs)).t("\n    ")
    n.p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    dx = n.ri(max(dob.year + 1, 1975), min(dob.year + 30, 2016))
    n.t(f"Diagnosis: type 1 diabetes since {dx}; CSII since {n.ri(max(dx + 1, 2014), 2023)}.\n")
    n.t(f"Pump: {pump}, serial ").p("ID", ser(n)).t("\n")
    n.t("Settings: basal total ").c(f"{n.fl(12, 34)} units/day").t("; ICR breakfast ").c(f"1:{n.ri(5, 9)}")
    n.t(", other meals ").c(f"1:{n.ri(8, 14)}").t("; ISF ").c(f"{n.fl(1.6, 3.8)} mmol/L").t("; active insulin time ")
    n.c(f"{n.ch(['2', '2.5', '3'])} h").t("\n")
    a1, prev = n.ri(48, 75), n.ri(52, 88)
    n.t(f"I saw {q.title} ").nm(q.last).t(f" today with {q.his} {'wife' if q.sex == 'm' else 'husband'} ").nm(spouse.f1)
    n.t(". HbA1c is ").c(f"{a1} mmol/mol").t(" (").c(f"{prev} mmol/mol").t(" in ").d(n.dt(-200, -120), "F Y").t("). ")
    n.t("Auto-mode ").c(f"{n.ri(70, 98)}%").t(" of the time, ").c(f"{n.ri(3, 9)} boluses/day").t(", time in range ")
    n.c(f"{n.ri(48, 82)}%").t(".\n")
    n.t("Plan: ").c(f"lower the target to {n.ch(['5.5', '6.1', '6.5'])} mmol/L").t(" overnight; ")
    n.c(f"change the infusion set every {n.ch(['2', '3'])} days").t("; ketone meter prescribed.\n\n")
    n.t("Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant in Diabetes and Endocrinology\n")
    n.t("cc: ").t(q.title + " ").nm(q.fl).t(" (patient)\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def en_dafne_register(n: C) -> Note:
    mon = n.today - timedelta(days=n.today.weekday()) - timedelta(days=7 * n.ri(0, 3))
    if mon.month == 12 and mon.day > 18:
        mon -= timedelta(days=14)
    fri = mon + timedelta(days=4)
    e1, e2 = n.staff(), n.staff()
    i1, i2 = n.ini(e1), n.ini(e2)
    pts = [n.pat() for _ in range(n.ri(3, 4))]
    dobs = [n.dob(19, 70)[0] for _ in pts]
    nos = [_uk_hosp(n) for _ in pts]
    n.t("DAFNE 5-day course - attendance and outcomes register\n")
    n.t("Course: ").t("Monday ").d(mon, "j F").t(" - Friday ").d(fri, "j F Y").t("   Educators: ").nm(e1.fl)
    n.t(" (DSN) [").nm(i1).t("], ").nm(e2.fl).t(" (dietitian) [").nm(i2).t("]\n\n")
    n.t("#  Name                       Hosp no      DOB          HbA1c pre     Gold  Sev hypos/yr  M T W T F\n")
    for k, (q, d, no) in enumerate(zip(pts, dobs, nos, strict=True)):
        full = n.ch([f"{q.last.upper()}, {q.first}", q.lf])
        att = " ".join(n.ch(["/", "/", "/", "/", "A"]) if k else "/" for _ in range(5))
        n.cells([("", f"{k + 1}", 3), ("NAME", full, 27), ("ID", no, 13), ("DATE", _fd(d, "dmY"), 13),
                 ("c", f"{n.ri(55, 98)} mmol/mol", 14), ("c", str(n.ri(1, 6)), 6), ("c", str(n.ri(0, 4)), 14),
                 ("", att, 0)])
        n.t("\n")
    n.t("\nCarb-counting test (day 1 / day 5): ").c(f"{n.ri(40, 70)}%").t(" / ").c(f"{n.ri(75, 100)}%")
    n.t(" for ").nm(pts[0].f1).t(". ").nm(pts[1].f1).t(" had a hypo on day 3 (").c(f"{n.fl(2.4, 3.7)} mmol/L")
    n.t("), treated with ").c("4 glucose tablets").t(".\n")
    n.t("6-week follow-up group: ").d(mon + timedelta(days=44), "jS F Y").t(".\n")
    n.t("Signed ").nm(i1).t(" / ").nm(i2).t("\n")
    q = pts[0]
    return n.build(_fhir(q, dobs[0], [("hosp", nos[0])]))


def en_foot_mdt(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.7 else "f")
    dob, a = n.old(45, 88, 0.18)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    spr, pod, vas = n.staff(), n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    day = n.wdt(-2, 0)
    side = n.ch(["R", "L"])
    site = n.ch(["hallux plantar", "1st MTPJ plantar", "5th MTH lateral", "heel posterior", "apex 2nd toe"])
    n.t(f"Multidisciplinary Diabetic Foot Clinic - {n.wd(day, True)} ").d(day, "d.m.y").t("\n")
    n.t("Pt: ").t(q.title + " ").nm(q.fL).t(" (").age(a).t(")   Hosp no ").p("ID", hosp).t("   NHS ").p("ID", sp334(nhs))
    n.t("\nSeen by: Dr ").nm(spr.f_l).t(" (diabetes SpR), ").nm(pod.fl).t(" (podiatrist), Mr ").nm(vas.last)
    n.t(" (vascular)\n\n")
    n.t(f"Hx: {side} {site} ulcer, present ~{n.ri(3, 12)}/52. T2DM, on ").c(f"metformin {n.ch(['500 mg BD', '1 g BD'])}")
    n.t(" and ").c(f"{n.ch(['gliclazide 80 mg BD', 'sitagliptin 100 mg OD', 'empagliflozin 10 mg OD'])}").t(".\n")
    n.t("O/E: ulcer ").c(f"{n.fl(0.4, 3.2)} x {n.fl(0.3, 2.4)} x {n.fl(0.1, 0.8)} cm").t(", probe-to-bone ")
    n.c(n.ch(["negative", "positive"])).t(", SINBAD ").c(f"{n.ri(2, 5)}/6").t(", cellulitis ")
    n.c(f"{n.fl(0, 3)} cm").t(" beyond the margin.\n")
    n.t(f"ABPI {side} ").c(n.fl(0.5, 1.1, 2)).t(", TBPI ").c(n.fl(0.3, 0.8, 2)).t(", monofilament ")
    n.c(f"{n.ri(0, 6)}/10").t(" sites; pedal pulses ").c(n.ch(["absent", "weak DP only", "monophasic PT"])).t(".\n")
    n.t("Ix: CRP ").c(f"{n.ri(4, 140)} mg/L").t(", WCC ").c(f"{n.fl(5, 17)}").t(", HbA1c ").c(f"{n.ri(52, 104)} mmol/mol")
    n.t("; X-ray ").d(day - timedelta(days=n.ri(2, 9)), "dm").t(": ").c(n.ch(["no osteomyelitis", "cortical erosion ?OM"]))
    n.t(".\n\n")
    n.t("Plan: sharp debridement today; ").c(n.ch(["doxycycline 100 mg BD 7 days", "flucloxacillin 1 g QDS 7 days",
                                                  "co-amoxiclav 625 mg TDS 7 days"]))
    n.t("; offload in ").c(n.ch(["total contact cast", "removable walker boot"])).t("; arterial duplex ")
    n.d(n.wdt(5, 20), "dmY").t(".\n")
    n.t("Daughter ").nm(dau.fl if dau.last != q.last else dau.f1).t(" helps with dressings (mob ").p("PHONE", uk_mob(n))
    n.t(").\nReview in 2 weeks - ").d(day + timedelta(days=14), "dmy").t(". ").nm(pod.f1).t(" to liaise with DN team.\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def en_thyroid_letter(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.75 else "m")
    dob, _ = n.dob(19, 75)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    reg, cons, gp = n.staff(), n.staff(), n.staff()
    part = n.rel(q, "m" if q.sex == "f" else "f", same=n.r.random() < 0.6)
    line, town, pc, code = uk_addr(n)
    seen = n.wdt(-12, -3)
    n.t("Endocrinology Outpatients   Secretary: ").p("PHONE", uk_land(n, code)).t("\n").d(n.dt(-2, 0), "j F Y").t("\n\n")
    n.t("Dr ").nm(gp.fi).t("\n").t(f"{n.ch(['Fellside', 'Market Place', 'Brunswick'])} Surgery\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fl).t(", d.o.b. ").d(dob, "jS F Y").t(", NHS No ").p("ID", _nhs_fmt(n, nhs))
    n.t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t("Diagnosis: Graves' disease (TRAb positive), mild thyroid eye disease (CAS ").c(f"{n.ri(0, 3)}/7").t(")\n\n")
    n.t(f"I reviewed {q.title} ").nm(q.last).t(" in the thyroid clinic on ").d(seen, "jS F").t(f", accompanied by {q.his} ")
    n.t("partner ").nm(part.f1).t(". Results:\n")
    cur = n.ch([40, 30, 20])
    for back, tsh, ft4 in ((n.ri(80, 110), "<0.01", n.fl(32, 58)), (n.ri(35, 50), "<0.01", n.fl(19, 30)),
                           (n.ri(1, 4), n.fl(0.01, 0.4, 2), n.fl(11, 20))):
        n.t("  ").d(seen - timedelta(days=back), "dmy").t("   TSH ").c(f"{tsh} mU/L").t("   FT4 ").c(f"{ft4} pmol/L").t("\n")
    n.t("TRAb ").c(f"{n.fl(2.1, 24)} IU/L").t(". Pulse ").c(f"{n.ri(62, 96)} bpm").t(", weight ").c(f"{n.fl(52, 96)} kg").t(".\n\n")
    n.t("I have reduced carbimazole from ").c(f"{cur} mg").t(" to ").c(f"{cur // 2} mg once daily").t(" and stopped ")
    n.c("propranolol 40 mg TDS").t(". Agranulocytosis advice repeated. FBC and TFTs in 6 weeks; clinic ")
    n.d(seen + timedelta(days=n.ri(60, 100)), "F Y").t(".\n\nYours sincerely\n\n")
    n.t("Dr ").nm(reg.fl).t(", ST6 Diabetes & Endocrinology\nfor Dr ").nm(cons.fl).t(", Consultant Endocrinologist\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def en_renal_tx_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(22, 76)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    odt = n.dig(6)
    reg, cons, nurse = n.staff(), n.staff(), n.staff()
    tx = n.dt(-1500, -90)
    day = n.wdt(-1, 0)
    lvl = float(n.fl(3.2, 11.5))
    tac = n.ch([1, 1.5, 2, 2.5, 3, 4, 5])
    n.t("RENAL TRANSPLANT FOLLOW-UP CLINIC            ").d(day, "d M Y").t("\n")
    n.t("Patient: ").nm(q.LF).t("   NHS: ").p("ID", nhs).t("   Unit no: ").p("ID", hosp).t("\n")
    n.t("DOB: ").d(dob, "d-M-Y").t(f" ({a}y)   NHSBT ODT recipient no: ").p("ID", odt).t("\n")
    n.t(f"Tx: {n.ch(['DBD', 'DCD', 'living related', 'living unrelated'])} kidney ").d(tx, "dmY")
    n.t(f"; mismatch {n.ri(0, 2)}-{n.ri(0, 2)}-{n.ri(0, 2)}; CMV D{n.ch('+-')}/R{n.ch('+-')}\n\n")
    n.t("Immunosuppression: ").c(f"tacrolimus (Adoport) {tac} mg BD").t("; ").c(n.ch(["mycophenolate mofetil 500 mg BD",
                                                                                      "mycophenolate mofetil 750 mg BD",
                                                                                      "azathioprine 75 mg OD"]))
    n.t("; ").c("prednisolone 5 mg OD").t("\n")
    n.t("Results today: creatinine ").c(f"{n.ri(88, 210)} umol/L").t(", eGFR ").c(f"{n.ri(25, 80)}").t(", tacrolimus ")
    n.c(f"{lvl:.1f} ug/L").t(" (target 5-8), Hb ").c(f"{n.ri(96, 148)} g/L").t(", K ").c(f"{n.fl(3.6, 5.8)}").t(", uPCR ")
    n.c(f"{n.ri(8, 120)} mg/mmol").t(", BK PCR ").c(n.ch(["not detected", "<500 copies/mL", "2,300 copies/mL"])).t("\n")
    n.t("BP ").c(f"{n.ri(112, 168)}/{n.ri(62, 98)}").t(", weight ").c(f"{n.fl(52, 112)} kg").t("\n\n")
    if lvl > 8:
        n.t("Plan: level high - reduce tacrolimus to ").c(f"{max(tac - 0.5, 0.5)} mg BD").t(", repeat level ")
    elif lvl < 5:
        n.t("Plan: level low (missed evening dose x2) - increase to ").c(f"{tac + 0.5} mg BD").t(", repeat level ")
    else:
        n.t("Plan: no change. Bloods again ")
    n.d(day + timedelta(days=n.ri(5, 14)), n.ch(["dm", "j M"])).t(" (12-hour trough). Sun protection discussed.\n")
    n.t("Seen by Dr ").nm(reg.fi).t(" (renal SpR); discussed with Dr ").nm(cons.last).t(". Transplant nurse ")
    n.nm(nurse.fl).t(" to phone results to ").nm(q.f1).t(" on ").p("PHONE", uk_mob(n)).t(".\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp), ("odt", odt)]))


def en_retinal_invite(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old(14, 86, 0.08)
    nhs = nhs_no(n.r)
    pid = f"DES{n.dig(7)}"
    mgr = n.staff()
    line, town, pc, code = uk_addr(n)
    appt = n.wdt(14, 35)
    last = n.dt(-420, -330)
    n.t("NHS Diabetic Eye Screening Programme\n")
    n.t("Our ref: ").p("ID", pid).t("          ").d(n.dt(-1, 0), n.ch(["j F Y", "jS F Y"])).t("\n\n")
    n.t(q.title + " ").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t("\n").p("ZIP", pc).t("\n\n")
    n.t("NHS Number: ").p("ID", sp334(nhs)).t("   Date of birth: ").d(dob, "dmY").t("\n\n")
    n.t("Dear ").t(q.title + " ").nm(q.last).t("\n\nYour diabetic eye screening appointment\n")
    n.t(f"Date: {n.wd(appt)} ").d(appt, "j F Y").t(f"     Time: {n.ri(1, 4)}.{n.ch(['00', '20', '40'])}pm\n")
    n.t("Venue: Outpatients Department, Health Centre\n\n")
    n.t("We will put drops (").c("tropicamide 1%").t(") in your eyes, so please do not drive for ").c("6 hours")
    n.t(". Your last screening on ").d(last, "j F Y").t(" showed ").c(n.ch(["R0 M0 (no retinopathy)", "R1 M0 (background)",
                                                                             "R1 M0 right, R0 M0 left"]))
    n.t(".\n\nTo change the appointment call ").p("PHONE", uk_land(n, code)).t(" or use your personal link\n")
    n.p("URL", f"https://desp-booking.nhs.uk/r/{n.tok(10)}").t("\n\nYours sincerely\n\n").nm(mgr.fl).t("\nProgramme Manager\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("desp", pid)]))


def en_synacthen(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(28, 86, 0.15)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    cns, cons = n.staff(), n.staff()
    part = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    day = n.wdt(-1, 0)
    base, peak = n.ri(40, 260), n.ri(180, 560)
    t0 = f"0{n.ri(8, 9)}:0{n.ri(0, 5)}"
    n.t("Endocrine Investigation Unit - SHORT SYNACTHEN TEST\n\n")
    n.t("Name: ").nm(q.fL).t("   DOB ").d(dob, "j M Y").t(" (").age(a).t(" yrs)\nHosp no: ").p("ID", hosp)
    n.t("   NHS: ").p("ID", nhs).t("   Requested by: Dr ").nm(cons.last).t("\n\n")
    n.t("Indication: ?adrenal insufficiency after ").c(f"prednisolone {n.ch(['5', '7.5', '10'])} mg").t(" for ")
    n.c(f"{n.ri(6, 30)} months").t("; last dose 48 h ago.\n")
    n.t("Weight ").c(f"{n.fl(48, 110)} kg").t("; BP lying ").c(f"{n.ri(96, 150)}/{n.ri(56, 90)}").t(", standing ")
    n.c(f"{n.ri(86, 140)}/{n.ri(50, 86)}").t("\n")
    n.t("Date of test: ").d(day, "dmY").t(".  Synacthen ").c("250 micrograms IV").t(f" at {t0} by ").nm(cns.fl).t(" (CNS)\n\n")
    n.t("Sample    cortisol (nmol/L)\n")
    n.t("0 min     ").c(str(base)).t("\n30 min    ").c(str(max(base + 40, peak - n.ri(20, 90)))).t("\n60 min    ")
    n.c(str(max(base + 60, peak))).t("\n")
    n.t("ACTH ").c(f"{n.ri(3, 40)} ng/L").t("  Na ").c(f"{n.ri(128, 142)} mmol/L").t("\n\n")
    if peak < 430:
        n.t("Result: suboptimal (peak < 430). Start ").c("hydrocortisone 10 mg / 5 mg / 2.5 mg").t("; sick day rules; ")
        n.t("Steroid Emergency Card issued; ").c("IM hydrocortisone 100 mg").t(" kit taught to ").nm(q.f1).t(" and ")
        n.nm(part.fl if part.last != q.last else part.f1).t(".\n")
    else:
        n.t("Result: adequate response. Wean prednisolone by ").c("1 mg every 4 weeks").t("; ").nm(q.f1)
        n.t(f" to call if unwell ({q.his} partner ").nm(part.f1).t(" has the unit number ").p("PHONE", uk_land(n, "01228"))
        n.t(").\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


# ------------------------------------------------------------------------------ Scotland, Wales, Northern Ireland
def sc_sci_review(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(32, 88, 0.18)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, code = uk_addr(n, "sc")
    gp, pn = n.staff(), n.staff()
    day = n.wdt(-2, 0)
    ret = n.dt(-300, -20)
    n.t("SCI-Diabetes | Annual Review summary\n")
    n.t("CHI: ").p("ID", chi).t("   Name: ").nm(q.LF).t(f"   Sex: {q.sex.upper()}   DOB: ").d(dob, "dmY").t(" (Age ")
    n.age(a).t(")\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("   Tel: ")
    n.p("PHONE", uk_land(n, code)).t("\nRegistered GP: Dr ").nm(gp.f_l).t("\n")
    n.t(f"Diabetes type: Type 2 (diagnosed {n.ri(1996, 2021)})\n")
    n.t("Review date: ").d(day, "d-M-Y").t("   Reviewed by: ").nm(pn.fl).t(" (practice nurse)\n")
    n.t("--------------------------------------------------------------\n")
    rows = [("HbA1c", f"{n.ri(44, 96)} mmol/mol"), ("BP", f"{n.ri(118, 168)}/{n.ri(66, 96)} mmHg"),
            ("BMI", f"{n.fl(22, 42)} kg/m2"), ("eGFR", f"{n.ri(28, 96)} mL/min/1.73m2"),
            ("Urine ACR", f"{n.fl(0.4, 38)} mg/mmol"), ("Total cholesterol", f"{n.fl(2.8, 6.4)} mmol/L"),
            ("Foot risk", n.ch(["Low", "Moderate (absent pulses L)", "High (previous ulcer R)"]))]
    for lab, val in rows:
        n.t(lab).pad(lab, 18).c(val).t("\n")
    n.t("Retinal screen").pad("Retinal screen", 18).c(n.ch(["R0 M0 P0", "R1 M0 P0", "R2 M0 P0", "R1 M1 P0"])).t("  (")
    n.d(ret, "dmY").t(")\n")
    n.t("Current meds: ").c(n.ch(["metformin 1 g BD", "metformin MR 1 g OD"])).t("; ")
    n.c(n.ch(["dapagliflozin 10 mg OD", "empagliflozin 25 mg OD", "semaglutide 1 mg weekly", "gliclazide 80 mg BD"]))
    n.t("; ").c(n.ch(["atorvastatin 20 mg ON", "atorvastatin 40 mg ON", "rosuvastatin 10 mg ON"])).t("\n")
    n.t(f"Comment: {n.ch(['X-PERT', 'DESMOND', 'Diabetes Café'])} education offered - ").nm(q.f1)
    n.t(n.ch([" keen; referred.", " declined for now.", " attended in the spring."])).t(" Next review due ")
    n.d(day + timedelta(days=n.ri(300, 370)), "F Y").t(".\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def sc_liver_tx_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(28, 74)
    chi = chi_no(n.r, dob, q.sex)
    line, town, pc, _ = uk_addr(n, "sc")
    fel, cons, gp = n.staff(), n.staff(), n.staff()
    kid = n.rel(q, n.ch("mf"))
    tx = n.dt(-2400, -200)
    lvl = n.fl(3.0, 9.5)
    n.t("Scottish Liver Transplant Unit, Royal Infirmary of Edinburgh\nTel: ").p("PHONE", f"0131 242 {n.dig(4)}")
    n.t("\nCHI ").p("ID", chi).t("                                        ").d(n.dt(-1, 0), "j F Y").t("\n\n")
    n.t("Dr ").nm(gp.fi).t("\nGeneral Practitioner\n\nDear Dr ").nm(gp.last).t("\n\n")
    n.t("Re: ").t(q.title + " ").nm(q.fl).t(", DOB ").d(dob, "d.m.y").t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town)
    n.t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"Diagnoses: 1. Liver transplant ({n.ch(['DBD whole graft', 'DCD whole graft', 'split graft'])}) ")
    n.d(tx, "jS F Y").t(f" for {n.ch(['alcohol-related liver disease', 'PSC', 'NASH cirrhosis', 'PBC', 'HCC within Milan'])}\n")
    n.t("2. Post-transplant diabetes, on ").c(n.ch(["linagliptin 5 mg OD", "gliclazide 40 mg BD", "insulin glargine 14 units"]))
    n.t("\n\nImmunosuppression: ").c(f"tacrolimus (Advagraf) {n.ch(['2', '3', '4', '5'])} mg once daily").t(" - trough ")
    n.c(f"{lvl} ug/L").t(" (target 4-6)")
    if n.r.random() < 0.5:
        n.t("; ").c("mycophenolate mofetil 500 mg BD")
    n.t("\nBloods: bilirubin ").c(f"{n.ri(5, 34)} umol/L").t(", ALT ").c(f"{n.ri(12, 96)} U/L").t(", ALP ")
    n.c(f"{n.ri(60, 240)} U/L").t(", platelets ").c(f"{n.ri(90, 320)}").t(", creatinine ").c(f"{n.ri(70, 160)} umol/L")
    n.t(", HbA1c ").c(f"{n.ri(44, 72)} mmol/mol").t("\n\n")
    n.t(f"{q.title} ").nm(q.last).t(" travelled down from ").p("ADDRESS", town)
    n.t(f" with {q.his} {'son' if kid.sex == 'm' else 'daughter'} ")
    n.nm(kid.f1).t(f". {q.He} is well, back at work and abstinent. Graft function is good. ")
    n.t("Liver ultrasound with Doppler ").d(n.wdt(20, 60), "j M").t("; Fibroscan at the annual review in ")
    n.d(date(n.today.year + (1 if tx.month <= n.today.month else 0), tx.month, 1), "F Y").t(".\n\n")
    n.t("Yours sincerely\n\nDr ").nm(fel.fl).t(", Clinical Fellow\nDr ").nm(cons.fl).t(", Consultant Hepatologist\n")
    return n.build(_fhir(q, dob, [("chi", chi)]))


def cy_transition_letter(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(16, 21)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    mum = n.rel(q, "f", same=n.r.random() < 0.7)
    cons, gp, dsn = n.staff(), n.staff(), n.staff()
    line, town, pc, code = uk_addr(n, "cy")
    dka = n.dt(-150, -30)
    n.t("Gwasanaeth Diabetes Pobl Ifanc / Young Adult Diabetes Service\nFfôn / Tel: ").p("PHONE", uk_land(n, code)).t("\n")
    n.d(n.dt(-2, 0), n.ch(["j F Y", "dmY"])).t("\n\nAnnwyl / Dear Dr ").nm(gp.last).t(",\n\n")
    n.t("Re: ").nm(q.fl).t(" (").t(str(a)).t(") - DOB ").d(dob, "dmY").t(" - NHS ").p("ID", sp334(nhs)).t(" - Hosp ")
    n.p("ID", hosp).t("\n      ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(" ").p("ZIP", pc).t("\n\n")
    n.t("I saw ").nm(q.f1).t(" in the transition clinic with ").nm(dsn.f1).t(" (DSN). ")
    n.t(f"{q.his.capitalize()} mum ").nm(mum.fl if mum.last != q.last else mum.f1)
    n.t(f" came for the first half of the appointment. Since we last met {q.he} was admitted with DKA on ")
    n.d(dka, "jS F").t(" (pH ").c(n.fl(6.95, 7.24, 2)).t(", ketones ").c(f"{n.fl(3.2, 7.5)} mmol/L").t(").\n\n")
    n.t("HbA1c ").c(f"{n.ri(62, 110)} mmol/mol").t("; Libre: time in range ").c(f"{n.ri(14, 55)}%").t(", scans/day ")
    n.c(str(n.ri(2, 14))).t(", sensor use ").c(f"{n.ri(40, 96)}%").t(".\n")
    n.t("Insulin: ").c(f"insulin glargine {n.ri(14, 36)} units").t(" at night, ").c(f"NovoRapid 1 unit:{n.ri(8, 15)} g")
    n.t(". We talked about alcohol, driving (DVLA) and ").c("Ketostix / blood ketone testing").t(" at university.\n\n")
    n.t("Plan: pump referral once 2 clinics attended; text reminders to ").p("PHONE", uk_mob(n)).t(".\n\n")
    n.t("Cofion cynnes / Kind regards,\n\nDr ").nm(cons.fl).t("\nYmgynghorydd / Consultant\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp)]))


def cy_snod_record(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(24, 72)
    nhs, hosp = nhs_no(n.r), _uk_hosp(n)
    odt = n.dig(6)
    icu, d2, snod, cor = n.staff(), n.staff(), n.staff(), n.staff()
    spouse = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    kid = n.rel(q, n.ch("mf"))
    day = n.dt(-3, 0)
    dbd = n.r.random() < 0.6
    n.t("Organ Donation Services Team - SNOD record (Wales: deemed consent)\n")
    n.t("Referral: ").d(day, "dmY").t(f" {n.tm(0, 23)}   ICU consultant: Dr ").nm(icu.f_l).t("\n")
    n.t("Potential donor: ").nm(q.fL).t("  DOB ").d(dob, "d.m.Y").t(f" ({a})  Hosp no ").p("ID", hosp).t("  NHS ")
    n.p("ID", nhs).t("\nODT donor number: ").p("ID", odt).t("\n\n")
    if dbd:
        n.t(f"Pathway: DBD. Brainstem death tests {n.tm(8, 11)} and {n.tm(12, 15)} by Dr ").nm(icu.last).t(" and Dr ")
        n.nm(d2.last).t(".\n")
    else:
        n.t("Pathway: DCD - planned withdrawal after family meeting; Dr ").nm(d2.last).t(" (ICM) present.\n")
    n.t("ODR: no decision recorded; adult ordinarily resident in Wales > 12 months - deemed consent applies.\n")
    n.t(f"Family: {'wife' if q.sex == 'm' else 'husband'} ").nm(spouse.fl).t(" (").p("PHONE", uk_mob(n)).t(f"), {'son' if kid.sex == 'm' else 'daughter'} ")
    n.nm(kid.f1).t(". Approach with SNOD ").nm(snod.fl).t(f"; family support donation and the {n.ch(['kidneys', 'organs and tissues'])}.\n")
    n.t("Characterisation: blood group ").c(n.ch(["O pos", "A pos", "B neg", "O neg", "A neg"])).t(", creatinine ")
    n.c(f"{n.ri(52, 180)} umol/L").t(", ALT ").c(f"{n.ri(14, 220)} U/L").t(", Na ").c(f"{n.ri(138, 162)} mmol/L").t(", ")
    n.c(f"noradrenaline {n.fl(0.02, 0.4, 2)} mcg/kg/min").t(", P/F ").c(f"{n.ri(180, 480)}").t(", HbA1c ")
    n.c(f"{n.ri(34, 58)} mmol/mol").t("\n")
    n.t("Coroner's officer ").nm(cor.fl).t(" - no objection to donation.\n")
    n.t("Offered: ").c(n.ch(["kidneys, liver, pancreas, lungs", "kidneys, liver, heart", "kidneys, liver"])).t(" - offering via ")
    n.t("Hub Operations from ").d(day, "jS M").t(".\n").nm(snod.fi).t(", SNOD  mob ").p("PHONE", uk_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("nhs", nhs), ("hosp", hosp), ("odt", odt)]))


def ni_paeds_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(5, 15)
    hc = hc_no(n.r)
    mum = n.rel(q, "f", same=n.r.random() < 0.8)
    sib = n.rel(q, n.ch("mf"))
    cons, diet = n.staff(), n.staff()
    day = n.wdt(-1, 0)
    n.t("Paediatric Diabetes Clinic - ").d(day, n.ch(["d.m.Y", "dmY"])).t("\n")
    n.t("Child: ").nm(q.fl).t("   DOB ").d(dob, "jS M Y").t(f"   Age {a}   H&C ").p("ID", n.ch([sp334(hc), hc])).t("\n")
    n.t("Present: mum ").nm(mum.f1).t(" and younger sibling ").nm(sib.f1).t("; dietitian ").nm(diet.f1).t("\n\n")
    n.t("Device: ").c(n.ch(["Omnipod 5 + Dexcom G6", "t:slim X2 + Dexcom G7", "MDI + Libre 2"])).t("\n")
    n.t("HbA1c ").c(f"{n.ri(46, 84)} mmol/mol").t(" (previous ").c(f"{n.ri(46, 88)}").t("); TIR ").c(f"{n.ri(38, 78)}%")
    n.t(", TBR ").c(f"{n.ri(1, 8)}%").t("; TDD ").c(f"{n.fl(0.6, 1.2, 2)} units/kg/day").t("\n")
    n.t("Height ").c(f"{n.ri(108, 170)} cm").t(", weight ").c(f"{n.fl(18, 62)} kg").t(", BP ")
    n.c(f"{n.ri(92, 118)}/{n.ri(54, 76)}").t("\n")
    n.t("School: care plan updated; classroom assistant trained; hypo box with ").c("Lift juice 60 mL").t(".\n")
    n.t("Issues: lows after PE - temp target ").c("+50% 1 hour before").t("; ").nm(q.f1)
    n.t(" bolusing late at lunch - parental follow app on. Coeliac and thyroid screen due ").d(n.wdt(20, 60), "F Y")
    n.t(".\nContact: ").nm(mum.f1).t(" ").p("PHONE", uk_mob(n)).t("\n")
    n.t("Dr ").nm(cons.fl).t(", Consultant Paediatrician\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


def ni_pituitary_letter(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.7 else "m")
    dob, _ = n.dob(22, 68)
    hc = hc_no(n.r)
    line, town, pc, code = uk_addr(n, "ni")
    cons, gp = n.staff(), n.staff()
    mri = n.dt(-60, -10)
    n.t("Regional Centre for Endocrinology and Diabetes\nSecretary ").p("PHONE", uk_land(n, code)).t("\n")
    n.t("Dictated ").d(n.dt(-7, -2), "d.m.y").t("   Typed ").d(n.dt(-1, 0), "d.m.y").t("\n\nDr ").nm(gp.fl).t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t("\n\nRe: ").t(q.title + " ").nm(q.fl).t("   DOB ").d(dob, "dmY").t("   H&C No ")
    n.p("ID", sp334(hc)).t("\n").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(", ").p("ZIP", pc).t("\n\n")
    n.t(f"Diagnosis: {n.ch(['microprolactinoma', 'macroprolactinoma', 'non-functioning pituitary macroadenoma'])}\n\n")
    n.t("MRI pituitary (").d(mri, "jS F").t("): lesion ").c(f"{n.ri(4, 18)} mm").t(", no chiasmal compression. Prolactin ")
    n.c(f"{n.ri(180, 6200)} mU/L").t(" on ").c(f"cabergoline {n.ch(['250', '500', '750'])} micrograms twice weekly")
    n.t("; IGF-1 ").c(f"{n.fl(8, 32)} nmol/L").t(", 9am cortisol ").c(f"{n.ri(180, 520)} nmol/L").t(", FT4 ")
    n.c(f"{n.fl(10, 19)} pmol/L").t(".\nVisual fields (Humphrey 24-2) ").c("full").t(".\n\n")
    n.t(f"{q.title} ").nm(q.last).t(" reports ").c(n.ch(["nausea on the Monday dose", "no side effects", "mild dizziness"]))
    n.t(". Echo for valvulopathy is due ").d(n.wdt(30, 90), "F Y").t(". Review in clinic in 4 months with prolactin.\n\n")
    n.t("Yours sincerely\n\n").nm(cons.fl).t(" MD FRCP\nConsultant Endocrinologist\n\ncc ").t(q.title + " ").nm(q.fl)
    n.t(", ").p("ADDRESS", line).t("\n")
    return n.build(_fhir(q, dob, [("hc", hc)]))


# ------------------------------------------------------------------------------ United States
def _mrn(n: C) -> str:
    return n.ch([n.dig(8), f"00{n.dig(7)}", f"E{n.dig(7)}", f"{n.dig(3)}-{n.dig(3)}-{n.dig(3)}", n.dig(9)])


def _ampm(n: C, lo: int = 7, hi: int = 17) -> str:
    h, m = n.ri(lo, hi), n.ri(0, 59)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"


def us_pump_report(n: C) -> Note:
    q = n.pat(middle=n.r.random() < 0.3)
    dob, _ = n.old(18, 82, 0.06)
    mrn = _mrn(n)
    cde, md = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    end = n.dt(-2, 0)
    start = end - timedelta(days=13)
    mean = n.ri(128, 232)
    vh, h, tir, lo, vlo = _tir(n)
    pump_sn, tx = n.dig(7), n.ch("8") + n.ch("ABCGHKMNRT") + n.dig(1) + "".join(n.ch("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3))
    n.t("GLOOKO | Overview report   (printed ").d(n.today, "mdY").t(f" {_ampm(n, 8, 11)})\n")
    n.t("Patient: ").nm(q.lf).t("   DOB: ").d(dob, "mdY").t("   MRN: ").p("ID", mrn).t("\n")
    n.t("Devices: t:slim X2 w/ Control-IQ (SN ").p("ID", pump_sn).t("); Dexcom G6 (transmitter ").p("ID", tx).t(")\n")
    n.t("Date range: ").d(start, "mdY").t(" - ").d(end, "mdY").t(" (14 days)\n\n")
    n.t("Avg glucose ").c(f"{mean} mg/dL").t(" | GMI ").c(f"{3.31 + 0.02392 * mean:.1f}%").t(" | CV ")
    n.c(f"{n.fl(26, 44)}%").t(" | CGM active ").c(f"{n.ri(70, 99)}%").t("\n")
    n.t("Very high >250 ").c(f"{vh}%").t(" | High 181-250 ").c(f"{h}%").t(" | In range 70-180 ").c(f"{tir}%")
    n.t(" | Low 54-69 ").c(f"{lo}%").t(" | Very low <54 ").c(f"{vlo}%").t("\n")
    tdd = float(n.fl(22, 96))
    bp = n.ri(38, 62)
    n.t("TDD ").c(f"{tdd:.1f} u").t(" (basal ").c(f"{bp}%").t(" / bolus ").c(f"{100 - bp}%").t("); Control-IQ active ")
    n.c(f"{n.ri(72, 99)}%").t("; ").c(f"{n.ri(2, 7)} meal boluses/day").t("\n\n")
    n.t("CDCES note: reviewed with pt by phone ").p("PHONE", us_ph(n, area)).t(". ")
    if lo + vlo >= 5:
        n.t("Lows mid-afternoon after exercise; changed lunch I:C from ").c(f"1:{n.ri(6, 10)}").t(" to ")
        n.c(f"1:{n.ri(11, 14)}").t(" and advised Exercise activity ").c("1 h before").t(". ")
    else:
        n.t("Post-dinner highs from late boluses; reminded to pre-bolus ").c("15 min").t("; correction factor left at ")
        n.c(f"1:{n.ri(30, 60)}").t(". ")
    n.t("Next download ").d(end + timedelta(days=n.ri(14, 30)), "nj").t(".\n")
    n.nm(cde.fl).t(", RN, CDCES   ").d(n.today, "njY").t("\nRouted to ").nm(md.fml).t(", MD (Endocrinology)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_dka_note(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(18, 44)
    mrn = _mrn(n)
    par = n.rel(q, "f", same=n.r.random() < 0.7)
    endo, res = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    adm = n.dt(-2, -1)
    gla = n.ri(14, 34)
    n.t(f"micu day {(n.today - adm).days + 1} - dka\n")
    n.t("pt: ").nm(q.low).t(f" {a}{q.sex}  mrn ").p("ID", mrn).t("  dob ").d(dob, "njy").t("\n")
    n.t("adm ").d(adm, "nj").t(f" w/ dka after {n.ch(['pump site failure', 'ran out of insulin', 'gastroenteritis', 'missed doses'])} (ph ")
    n.c(n.fl(6.9, 7.2, 2)).t(", hco3 ").c(str(n.ri(4, 12))).t(", ag ").c(str(n.ri(20, 34))).t(", bhb ").c(n.fl(4, 9))
    n.t(", glu ").c(str(n.ri(380, 760))).t(")\n")
    n.t("overnight: insulin gtt ").c("0.1 u/kg/h").t(f" -> gap closed {n.tm(1, 5, False)}; ").c(f"glargine {gla} u")
    n.t(" given 2 h before gtt off, ").c(f"lispro {n.ri(4, 9)} u ac").t(" + ssi\n")
    n.t("k ").c(n.fl(3.1, 3.6)).t(" -> ").c("kcl 40 meq po x2").t("; phos ").c(n.fl(1.2, 2.4)).t("; na corr ")
    n.c(str(n.ri(132, 146))).t("\nendo (dr ").nm(endo.last.lower()).t(") recs: a1c ").c(f"{n.fl(8.5, 14.5)}%")
    n.t(", cgm on d/c, diabetes educ before dispo, check c-peptide / gad ab\n")
    n.t(f"{n.ch(['mom', 'mother'])} (").nm(par.f1.lower()).t(") at bedside, cell ").p("PHONE", us_ph(n, area, n.ch([1, 2])))
    n.t("\ndispo: floor today, home ").d(adm + timedelta(days=n.ri(3, 4)), "nj").t(" if tolerating po\n")
    n.t("- ").nm(res.fi.lower()).t(" md pgy-2\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_kidney_tx_pod(n: C) -> Note:
    q = n.pat(middle=True)
    dob, _ = n.dob(24, 74)
    mrn = _mrn(n)
    unos = "".join(n.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(4)) + n.dig(3)
    fel, att, coord = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    pod = n.ri(2, 5)
    tx = n.today - timedelta(days=pod)
    tac = n.ri(3, 6)
    lvl = float(n.fl(4.5, 13.0))
    n.t("Transplant Surgery Progress Note    POD #").t(str(pod)).t("    ").d(n.today, "mdY").t("\n")
    n.t("Pt: ").nm(f"{q.last}, {q.first} {q.mi}").t("   MRN ").p("ID", mrn).t("   DOB ").d(dob, "mdY").t("   UNOS ID: ")
    n.p("ID", unos).t("\n")
    kind = n.ch(["DDKT", "LDKT (living unrelated)", "DCD DDKT"])
    n.t(f"s/p {kind} ").d(tx, "mdY")
    if kind.startswith("LDKT"):
        n.t(" (CIT ").c(f"{n.fl(0.5, 2.5)} h")
    else:
        n.t(" (KDPI ").c(f"{n.ri(12, 85)}%").t(", CIT ").c(f"{n.ri(6, 30)} h")
    n.t("), induction ").c(n.ch(["thymoglobulin 1.5 mg/kg x3", "basiliximab 20 mg x2"])).t("\n")
    n.t("O: T ").c(f"{n.fl(97.8, 100.6)} F").t(", HR ").c(str(n.ri(62, 108))).t(", BP ").c(f"{n.ri(118, 172)}/{n.ri(64, 98)}")
    n.t("; UOP ").c(f"{n.fl(0.9, 5.4)} L/24h").t("; JP ").c(f"{n.ri(10, 160)} mL").t(" serosang\n")
    n.t("Labs: Cr ").c(f"{n.fl(4, 9)} -> {n.fl(1.2, 3.9)} mg/dL").t(", K ").c(n.fl(3.8, 5.8)).t(", Hgb ").c(n.fl(7.6, 11.4))
    n.t(", WBC ").c(n.fl(3.2, 12)).t(", tac trough ").c(f"{lvl:.1f} ng/mL").t(" (goal 8-10)\n")
    n.t("Meds: ").c(f"tacrolimus {tac} mg BID").t(", ").c("mycophenolate 1000 mg BID").t(", ").c(f"prednisone {n.ch([20, 15, 10])} mg")
    n.t(", ").c("valganciclovir 450 mg daily").t(", ").c("TMP-SMX SS daily").t("\n")
    n.t("A/P: graft function improving. ")
    if lvl < 8:
        n.t("Tac low - increase to ").c(f"{tac + 1} mg BID").t(". ")
    elif lvl > 10:
        n.t("Tac high - decrease to ").c(f"{tac - 1} mg BID").t(". ")
    n.t("JP out tomorrow if < 50 mL. D/c planning - coordinator ").nm(coord.fl).t(", RN to book clinic ")
    n.d(n.today + timedelta(days=n.ri(3, 6)), n.ch(["nj", "mdy"])).t(f". {'Wife' if sp.sex == 'f' else 'Husband'} ")
    n.nm(sp.f1).t(" at bedside, teaching done.\n\n").nm(fel.fml).t(", MD (transplant fellow)   Attending: Dr. ")
    n.nm(att.last).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("unos", unos)]))


def _meld_na(bili: float, inr: float, cr: float, na: int) -> int:
    """MELD(i) rounded, then the UNOS sodium adjustment (Na bounded 125-137) when MELD > 11."""
    m = round(10 * (0.957 * math.log(min(max(cr, 1.0), 4.0)) + 0.378 * math.log(max(bili, 1.0))
                    + 1.12 * math.log(max(inr, 1.0)) + 0.643))
    s = min(max(na, 125), 137)
    return round(m + 1.32 * (137 - s) - 0.033 * m * (137 - s)) if m > 11 else m


def us_liver_coord(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(32, 70)
    mrn = _mrn(n)
    mem = f"{n.ch(['U', 'M', 'W'])}{n.dig(8)}{n.ch(['', '01', '02'])}"
    coord, hep = n.staff(), n.staff()
    sib = n.rel(q, n.ch("mf"), same=n.r.random() < 0.6)
    _, city, _, _, area = us_addr(n)
    listed = n.dt(-400, -40)
    lab = n.dt(-4, -1)
    bili, inr, cr, na = float(n.fl(1.2, 9.5)), float(n.fl(1.1, 2.6)), float(n.fl(0.7, 2.4)), n.ri(124, 140)
    n.t("Liver Transplant - Pre-transplant Coordinator Telephone Encounter\n")
    n.t("Date/time: ").d(n.today, "njY").t(f" {_ampm(n, 9, 16)}\n")
    n.t("Patient: ").nm(q.fl).t("   DOB ").d(dob, "njY").t("   MRN ").p("ID", mrn).t("\n")
    n.t("Listed: ").d(listed, "njY").t("   ABO ").c(n.ch(["O", "A", "B", "AB"])).t("   Payer member ID ").p("ID", mem).t("\n")
    n.t("Labs ").d(lab, "njy").t(": bili ").c(f"{bili:.1f}").t(", INR ").c(f"{inr:.1f}").t(", Cr ").c(f"{cr:.1f}").t(", Na ")
    n.c(str(na)).t(" -> MELD-Na ").c(str(_meld_na(bili, inr, cr, na))).t("\n\n")
    n.t("Called pt at ").p("PHONE", us_ph(n, area)).t(" re: labs due for recertification. Pt reports ")
    n.c(n.ch(["2 large-volume paracenteses (6 L, 7.5 L)", "no confusion, BMs 3/day", "mild ankle edema"])).t("; on ")
    n.c("lactulose 30 mL TID").t(", ").c("rifaximin 550 mg BID").t(", ").c(f"furosemide {n.ch([20, 40])} mg").t(" / ")
    n.c(f"spironolactone {n.ch([50, 100])} mg").t(".\n")
    n.t(f"Caregiver plan: {'brother' if sib.sex == 'm' else 'sister'} ").nm(sib.fl).t(" (cell ")
    n.p("PHONE", us_ph(n, area, 0)).t(") is primary caregiver, 24/7 for 6 wk post-op; lives in ").p("ADDRESS", city)
    n.t(", 40 min from center.\nAlcohol: PEth ").c(n.ch(["<10 ng/mL", "negative"])).t(" ").d(lab, "nj")
    n.t("; relapse-prevention group attendance confirmed.\n")
    n.t("Discussed with Dr. ").nm(hep.last).t(" (hepatology). Next labs ").d(lab + timedelta(days=n.ri(7, 30)), "nj").t(".\n")
    n.nm(coord.fl).t(", RN, CCTC\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("member", mem)]))


def us_living_donor(n: C) -> Note:
    rec = n.pat()
    don = n.rel(rec, n.ch("mf"), same=n.r.random() < 0.6)
    ddob, _ = n.dob(24, 62)
    rdob, _ = n.dob(24, 70)
    dmrn, rmrn = _mrn(n), _mrn(n)
    ssn = ssn_no(n.r)
    ilda, neph = n.staff(), n.staff()
    dsp = n.person(don.grp, "m" if don.sex == "f" else "f")
    rel = {"m": "brother", "f": "sister"}[rec.sex]
    n.t("Living Donor Evaluation - Independent Living Donor Advocate (ILDA) note\n")
    n.t("Date: ").d(n.today, "mdY").t("\n")
    n.t("Potential donor: ").nm(don.fl).t("   DOB ").d(ddob, "mdY").t("   MRN ").p("ID", dmrn).t("\n")
    n.t(f"Intended recipient: donor's {rel} ").nm(rec.fl).t(" (DOB ").d(rdob, "mdY").t(", MRN ").p("ID", rmrn).t(")")
    n.t(f", on hemodialysis since {n.ri(2017, 2023)}\n")
    n.t("Financial: NLDAC application submitted, SSN ").p("SSN", ssn).t(" verified\n")
    n.t("Evaluation consent e-signed ").d(n.dt(-40, -20), "mdY").t(" (DocuSign audit: signer IP ")
    n.p("IP", f"{n.ch([24, 68, 73, 98, 174])}.{n.ri(1, 254)}.{n.ri(0, 255)}.{n.ri(1, 254)}").t(")\n\n")
    n.t("Evaluation to date: mGFR (iohexol) ").c(f"{n.ri(86, 128)} mL/min/1.73m2").t("; BMI ").c(n.fl(21, 31.9))
    n.t("; 24-h ABPM mean ").c(f"{n.ri(108, 132)}/{n.ri(64, 82)}").t("; A1c ").c(f"{n.fl(4.8, 5.6)}%").t("; 24-h urine protein ")
    n.c(f"{n.ri(40, 140)} mg").t("; flow crossmatch ").c("negative").t("; HLA mismatch ").c(f"{n.ri(0, 2)}-{n.ri(0, 2)}-{n.ri(0, 2)}")
    n.t("\n\nMet with ").nm(don.f1).t(" alone. Understands risks incl. ESKD risk, pregnancy and time off work (")
    n.c("6-8 weeks").t("). Denies coercion; ").nm(rec.f1).t(" has not offered payment. ")
    n.t(f"{'Husband' if dsp.sex == 'm' else 'Wife'} ").nm(dsp.fl).t(" supportive and will drive. Donor may opt out at any time ")
    n.t("confidentially. Selection committee ").d(n.today + timedelta(days=n.ri(6, 20)), "mdY").t(" with Dr. ").nm(neph.last)
    n.t(".\n").nm(ilda.fl).t(", LCSW, ILDA\n")
    return n.build(_fhir(don, ddob, [("mrn", dmrn), ("ssn", ssn)]))


def us_podiatry(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.65 else "f", middle=n.r.random() < 0.5)
    dob, a = n.old(44, 86, 0.18)
    mrn = _mrn(n)
    dpm, pcp = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.7)
    _, _, _, _, area = us_addr(n)
    side = n.ch(["L", "R"])
    n.t("PODIATRY - Wound care visit     DOS: ").d(n.today, "m-d-Y").t("\n")
    n.t("Patient: ").nm(f"{q.last}, {q.first} {q.mi}".upper()).t("   DOB ").d(dob, "m-d-Y").t(" (").age(a).t(" y)   MRN ")
    n.p("ID", mrn).t("\nPCP: Dr. ").nm(pcp.last).t("\n\n")
    n.t(f"CC: f/u {side} plantar {n.ch(['1st met head', '5th met head', 'hallux IPJ', 'heel'])} ulcer (").c(
        f"Wagner {n.ri(1, 3)} / UT {n.ri(1, 2)}{n.ch('AB')}").t(")\n")
    n.t("Wound: ").c(f"{n.fl(0.4, 3.5)} cm x {n.fl(0.3, 2.6)} cm x {n.fl(0.1, 0.9)} cm").t(", granular ")
    n.c(f"{n.ri(50, 95)}%").t(", no probe to bone, mild serous drainage\n")
    n.t("ABI ").c(n.fl(0.6, 1.2, 2)).t(" / TBI ").c(n.fl(0.35, 0.9, 2)).t("; A1c ").c(f"{n.fl(6.8, 12.4)}%").t(" (")
    n.d(n.dt(-40, -5), "mdY").t(")\n")
    n.t("Procedure: excisional debridement to subcutaneous tissue, ").c(f"{n.fl(0.5, 6)} sq cm").t("; hemostasis w/ pressure.\n")
    n.t("Offloading: ").c(n.ch(["CAM boot", "TCC applied", "post-op shoe w/ felt aperture"])).t("; dressing ")
    n.c(n.ch(["collagen + foam 3x/wk", "silver alginate daily", "santyl + gauze daily"])).t("\n")
    if n.r.random() < 0.5:
        n.t("Rx: ").c(n.ch(["cephalexin 500 mg QID x 10 d", "doxycycline 100 mg BID x 14 d", "amox-clav 875 mg BID x 10 d"]))
        n.t("\n")
    n.t(f"F/u 1 wk. {'Wife' if sp.sex == 'f' else 'Husband'} ").nm(sp.f1).t(" drives pt (cell ").p("PHONE", us_ph(n, area)).t(").\n")
    n.nm(dpm.fl).t(", DPM\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_thyroid_fna(n: C) -> Note:
    q = n.pat("f" if n.r.random() < 0.75 else "m")
    dob, _ = n.dob(24, 79)
    mrn = _mrn(n)
    md, rn = n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    n.t("PROCEDURE NOTE: Ultrasound-guided fine needle aspiration, thyroid\n")
    n.t("Date: ").d(n.today, "F j, Y").t("   Patient: ").nm(q.fl).t("   DOB: ").d(dob, "njY").t("   MRN: ").p("ID", mrn).t("\n")
    n.t("Operator: ").nm(md.fl).t(", MD (Endocrinology); assist: ").nm(rn.fl).t(", RN\n\n")
    side = n.ch(["Right", "Left"])
    n.t(f"Indication: {side} {n.ch(['lower pole', 'mid pole', 'upper pole'])} nodule ")
    n.c(f"{n.fl(1.0, 4.2)} x {n.fl(0.8, 3.1)} x {n.fl(0.7, 2.8)} cm").t(", ").c(f"TI-RADS TR{n.ri(3, 5)} ({n.ri(3, 9)} points)")
    n.t("; TSH ").c(f"{n.fl(0.4, 4.0, 2)} mIU/L").t(" (").d(n.dt(-40, -7), "njy").t(")\n")
    if q.grp in ("ush", "uspr") and n.r.random() < 0.6:
        n.t("Consent obtained in Spanish via video interpreter; questions answered.\n")
    else:
        n.t("Consent: risks of bleeding, infection, nondiagnostic result discussed; consent signed.\n")
    n.t("Anesthesia: ").c("lidocaine 1% 2 mL").t(". Needle: ").c(f"25G x {n.ri(3, 5)} passes").t(", capillary technique. ")
    n.t("ROSE: ").c(n.ch(["adequate", "adequate, follicular cells", "scant - 2 extra passes"])).t(".\n")
    n.t("EBL ").c("minimal").t("; no hematoma at 15 min. Ice and ").c("acetaminophen 650 mg").t(" prn.\n")
    n.t("Results in 5-7 days - will call pt at ").p("PHONE", us_ph(n, area)).t(" and post to MyChart; follow-up visit ")
    n.d(n.today + timedelta(days=n.ri(10, 21)), "M j").t(".\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_cgm_lomn(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old(36, 84, 0.06)
    mem = f"{n.ch(['XKH', 'ZGP', 'W', 'YUB'])}{n.dig(9)}"
    md = n.staff()
    npi = npi_no(n.r)
    _, _, _, _, area = us_addr(n)
    ems = n.dt(-120, -10)
    n.d(n.today, "F j, Y").t("\n\nAttn: Utilization Management / Prior Authorization\n")
    n.t("RE: Letter of Medical Necessity - Dexcom G7 CGM\nPatient: ").nm(q.fl).t("   DOB: ").d(dob, "mdY").t("   Member ID: ")
    n.p("ID", mem).t("\n\nTo whom it may concern:\n\n")
    n.t(f"I am writing on behalf of my patient, {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last)
    n.t(", who has type 2 diabetes treated with basal-bolus insulin (")
    n.c(f"insulin glargine {n.ri(20, 70)} units daily").t(" and ").c(f"insulin lispro {n.ri(4, 10)}-{n.ri(11, 18)} units TID")
    n.t(f"). {q.He} checks fingersticks ").c(f"{n.ri(4, 7)} times daily").t(". Most recent A1c ").c(f"{n.fl(7.4, 11.8)}%")
    n.t(" (").d(n.dt(-60, -10), "mdY").t(").\n\n")
    n.t(f"{q.He} has had ").c(f"{n.ri(2, 6)} episodes below 54 mg/dL").t(" in the last 3 months, including one on ")
    n.d(ems, "njY").t(" requiring EMS (glucose ").c(f"{n.ri(28, 48)} mg/dL").t(", treated with ").c("D50 25 g IV").t(").\n")
    n.t("A CGM is medically necessary to reduce the risk of severe hypoglycemia.\n\nSincerely,\n\n")
    n.nm(md.fml).t(", MD   NPI ").p("ID", npi).t("\nEndocrinology   Phone ").p("PHONE", us_ph(n, area)).t("   Fax ")
    n.p("PHONE", us_ph(n, area, 1)).t("\n")
    return n.build(_fhir(q, dob, [("member", mem)]))


def us_portal_thread(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(40, 78)
    mrn = _mrn(n)
    pcp, rn, md = n.staff(), n.staff(), n.staff()
    _, _, _, _, area = us_addr(n)
    sent = n.dt(-2, -1)
    pred = n.dt(-6, -3)
    n.t("MyChart message - Endocrinology pool   (MRN ").p("ID", mrn).t(")\n")
    n.t("From: ").nm(q.fl).t("        Sent: ").d(sent, "njY").t(f" {_ampm(n, 19, 23)}\n")
    n.t("Subject: sugars high since starting prednisone\n\n")
    n.t("hi this is ").nm(q.f1.lower()).t(". dr ").nm(pcp.last.lower())
    n.t(" put me on ").c("prednisone 40 mg").t(" for my copd flare on ").d(pred, "nj").t(" and my sugars have been ")
    n.c(f"{n.ri(260, 310)}-{n.ri(320, 420)}").t(" after lunch. i take ").c("metformin 1000 mg twice a day").t(" and ")
    n.c(n.ch(["jardiance 10 mg", "januvia 100 mg", "glipizide 5 mg"])).t(". should i do anything? my cell is ")
    n.p("PHONE", us_ph(n, area, n.ch([1, 2]))).t("\n\n---\nFrom: ").nm(rn.fl).t(", RN, CDCES      Sent: ")
    n.d(n.today, "njY").t(f" {_ampm(n, 8, 10)}\n\n")
    n.t(f"Hi {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(", thank you for letting us know. Dr. ").nm(md.last)
    n.t(" reviewed: start ").c(f"NPH insulin {n.ri(8, 14)} units").t(" each morning with the prednisone, check fingersticks ")
    n.c("before meals and at bedtime").t(", and stop NPH when the prednisone ends on ").d(pred + timedelta(days=n.ri(9, 12)), "nj")
    n.t(". Call us if readings are over ").c("400 mg/dL").t(". A nurse will call you today.\n\n").nm(rn.f1).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


def us_spk_table(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(26, 56)
    mrn = _mrn(n)
    ph, nurse, sur = n.staff(), n.staff(), n.staff()
    i1, i2 = n.ini(ph), n.ini(nurse)
    tx = n.dt(-300, -60)
    n.t("Kidney-Pancreas Transplant Clinic - Immunosuppression Monitoring\n")
    n.t("Patient: ").nm(q.fl).t("    MRN ").p("ID", mrn).t("    DOB ").d(dob, "mdY").t("    SPK ").d(tx, "mdY").t("\n")
    n.t("Target tacrolimus trough ").c("8-10 ng/mL").t(" (months 0-6), then ").c("6-8 ng/mL").t("\n\n")
    n.t("Date      Tac dose     Trough   Cr     Lipase   Glucose   WBC    Init\n")
    dose = n.ri(3, 7)
    d = n.today - timedelta(days=7 * n.ri(4, 5))
    for _ in range(n.ri(4, 5)):
        lvl = n.fl(5.2, 12.5)
        n.cells([("DATE", _fd(d, "mdy"), 10), ("c", f"{dose} mg BID", 13), ("c", lvl, 9), ("c", n.fl(0.8, 1.9), 7),
                 ("c", str(n.ri(18, 90)), 9), ("c", str(n.ri(76, 128)), 10), ("c", n.fl(2.8, 9.4), 7),
                 ("NAME", n.ch([i1, i2]), 2)])
        n.t("\n")
        dose = max(2, dose + (1 if float(lvl) < 7 else -1 if float(lvl) > 10.5 else 0))
        d += timedelta(days=7)
    n.t("\nAlso on ").c("mycophenolic acid 720 mg BID").t(", ").c("prednisone 5 mg daily").t("; C-peptide ")
    n.c(f"{n.fl(1.4, 4.2)} ng/mL").t(", A1c ").c(f"{n.fl(4.8, 5.9)}%").t(" - graft functioning.\n")
    n.t("Reviewed with Dr. ").nm(sur.last).t(" (transplant surgery).\n").nm(ph.fl).t(", PharmD, BCTXP (").nm(i1).t(")   ")
    n.nm(nurse.fl).t(", RN (").nm(i2).t(")\n")
    return n.build(_fhir(q, dob, [("mrn", mrn)]))


# ------------------------------------------------------------------------------ Australia
def au_cde_review(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(40, 86, 0.15)
    ur, medi, ndss = n.dig(7), medicare_au(n.r), n.dig(7)
    gp, cde = n.staff(), n.staff()
    ks = n.ch("mf")
    kid = n.rel(q, ks, same=ks == "m" or n.r.random() < 0.5)
    _, sub, _, _, _ = au_addr(n)
    start = n.dt(-20, -10)
    g0 = n.ri(8, 14)
    n.t("Diabetes Education Service - Credentialled Diabetes Educator review\n")
    n.t("Date: ").d(n.today, "dmY").t("      Referred by: Dr ").nm(gp.fl).t(" (GP, ").p("ADDRESS", sub).t(")\n")
    n.t("Client: ").t(q.title + " ").nm(q.fL).t("   DOB: ").d(dob, "dmY").t(" (").age(a).t(")   UR: ").p("ID", ur).t("\n")
    n.t("Medicare: ").p("ID", medi).t("   NDSS no: ").p("ID", ndss).t("\n")
    if q.grp in ("augr", "aulb"):
        n.t(f"Interpreter: {'Greek' if q.grp == 'augr' else 'Arabic'} (TIS, phone)\n")
    n.t("\nType 2 diabetes; commenced ").c(f"insulin glargine (Optisulin) {g0} units").t(" nocte on ").d(start, "dm")
    n.t(".\nLibre 2, 14 days: TIR ").c(f"{n.ri(40, 80)}%").t(", TBR ").c(f"{n.ri(0, 4)}%").t(", average ")
    n.c(f"{n.fl(7.8, 12.9)} mmol/L").t("; fasting BGL ").c(f"{n.fl(6.8, 8.9)}-{n.fl(9.0, 12.5)}").t("\n")
    n.t("HbA1c ").c(f"{n.fl(7.6, 11.2)}%").t(" (").d(n.dt(-60, -25), "jny").t(")\n\n")
    n.t("Education: hypo treatment (").c("15 g fast carbs, recheck in 15 min").t("), sick-day rules, driving (Austroads), ")
    n.t("sharps disposal; NDSS registration updated for insulin.\n")
    n.t("Plan: titrate by ").c("2 units every 3 days").t(" to fasting ").c("5-7 mmol/L").t("; today increased to ")
    n.c(f"{g0 + n.ri(2, 6)} units").t(".\n")
    n.t(f"{'Son' if kid.sex == 'm' else 'Daughter'} ").nm(kid.fl if kid.last != q.last else kid.f1).t(" attended (mob ")
    n.p("PHONE", au_mob(n)).t(") and will help with the pen.\n").nm(cde.fl).t(", RN CDE\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", medi.replace(" ", ""))]))


def au_hrfs_referral(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.6 else "f")
    dob, _ = n.old(38, 84, 0.06)
    medi = medicare_au(n.r)
    line, sub, st, pc, area = au_addr(n)
    gp = n.staff()
    n.t("eREFERRAL - High Risk Foot Service\n")
    n.t("Referral date: ").d(n.today, "j M Y").t(f"   Urgency: {n.ch(['Category 1 (urgent)', 'Category 2', 'Semi-urgent'])}\n\n")
    n.t("PATIENT\n  Surname: ").nm(q.last.upper()).t("   Given names: ").nm(q.first).t(f"   Sex: {q.sex.upper()}\n")
    n.t("  DOB: ").d(dob, "dmY").t("   Medicare: ").p("ID", medi).t("\n")
    n.t("  Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(f" {st} ").p("ZIP", pc).t("\n")
    n.t("  Mobile: ").p("PHONE", au_mob(n)).t("\n\n")
    n.t("REFERRER\n  Dr ").nm(gp.fl).t(", MBBS FRACGP   Ph ").p("PHONE", au_land(n, area)).t("\n\n")
    n.t("CLINICAL\n  ").c(f"{n.ch(['R', 'L'])} {n.ch(['hallux', '2nd toe', '1st MTPJ', 'heel'])} ulcer {n.fl(0.5, 3.0)} x {n.fl(0.4, 2.2)} cm")
    n.t(", present ").c(f"{n.ri(2, 10)} weeks").t(", ").c(n.ch(["probes to bone", "does not probe to bone"])).t("\n")
    n.t("  Pedal pulses ").c(n.ch(["absent", "DP present, PT absent", "both palpable"])).t("; monofilament ")
    n.c(f"{n.ri(0, 8)}/10").t("\n  Recent: HbA1c ").c(f"{n.fl(7.0, 12.6)}%").t(" (").d(n.dt(-50, -5), "dmY").t("), eGFR ")
    n.c(str(n.ri(28, 94))).t(", CRP ").c(f"{n.ri(3, 120)}").t("\n  Meds: ").c(n.ch(["metformin XR 1000 mg bd", "metformin 500 mg tds"]))
    n.t(", ").c(n.ch(["dulaglutide 1.5 mg weekly", "empagliflozin 10 mg daily", "insulin glargine 30 units nocte"])).t("\n")
    n.t("  Antibiotics started: ").c(n.ch(["cefalexin 500 mg qid", "amoxicillin-clavulanate 875/125 mg bd", "nil"])).t("\n")
    return n.build(_fhir(q, dob, [("medicare", medi.replace(" ", ""))]))


def au_renal_tx_dc(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 72)
    ur = n.dig(8)
    anz = n.dig(5)
    reg, gp = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    _, sub, _, _, area = au_addr(n)
    adm = n.dt(-14, -8)
    tx = adm + timedelta(days=1)
    dc = n.dt(-1, 0)
    clinic = dc + timedelta(days=(7 - dc.weekday()) % 7 or 7)
    n.t("DISCHARGE SUMMARY - Renal Transplant Unit\n")
    n.t("Patient: ").nm(q.fL).t("   UR: ").p("ID", ur).t("   DOB: ").d(dob, "jnY").t("   ANZDATA no: ").p("ID", anz).t("\n")
    n.t("Admitted: ").d(adm, "jnY").t("   Discharged: ").d(dc, "jnY").t(f"   LOS {(dc - adm).days} days\n\n")
    n.t(f"Procedure: {n.ch(['deceased donor (DBD)', 'deceased donor (DCD)', 'living donor'])} renal transplant ")
    n.d(tx, "jnY").t(", right iliac fossa, ureteric stent - removal at ").c("6 weeks").t("\n")
    n.t("Course: ").c(n.ch(["DGF, 1 x HD on day 2", "immediate graft function", "slow graft function, no dialysis"]))
    n.t("; discharge creatinine ").c(f"{n.ri(110, 320)} umol/L").t(", tacrolimus ").c(f"{n.fl(6.5, 12)} ug/L").t("\n\n")
    n.t("Discharge medications (Webster-pak):\n  ").c(f"tacrolimus (Prograf) {n.ch([3, 4, 5, 6])} mg bd").t("\n  ")
    n.c("mycophenolate 1 g bd").t("\n  ").c(f"prednisolone {n.ch([20, 25])} mg daily").t("\n  ").c("valganciclovir 450 mg daily")
    n.t("\n  ").c("trimethoprim-sulfamethoxazole 160/800 mg Mon/Wed/Fri").t("\n\n")
    n.t("Follow-up: bloods Mon/Wed/Fri (12-h trough); first transplant clinic ").d(clinic, "dmY").t(".\n")
    n.t("GP: Dr ").nm(gp.fi).t(", ").p("ADDRESS", sub).t("  Fax ").p("PHONE", au_land(n, area)).t("\n")
    n.t(f"NOK: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.f1).t(" ").p("PHONE", au_mob(n)).t("\n")
    n.t("Author: Dr ").nm(reg.fl).t(", Renal Advanced Trainee\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("anzdata", anz)]))


def au_optom_email(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 80)
    opt, gp = n.staff(), n.staff()
    dom = n.ch(["eyecarebendigo.com.au", "visionplus.net.au", "cliftonoptical.com.au"])
    sent = n.today
    n.t("From: ").nm(opt.fl).t(" <").p("EMAIL", opt.mail(dom, n.ri(0, 2))).t(">\nTo: reception@medicalcentre.com.au\n")
    n.t(f"Sent: {n.wd(sent)}, ").d(sent, "j F Y").t(f" {(n.ri(13, 17) - 12)}:{n.ri(10, 59)} PM\n")
    n.t("Subject: Diabetes eye examination - ").nm(q.fL).t(" DOB ").d(dob, "dmY").t("\n\n")
    n.t("Dear Dr ").nm(gp.last).t(",\n\nI examined ").nm(q.f1).t(" today (KeepSight registered). VA R ")
    n.c(n.ch(["6/6", "6/7.5", "6/9"])).t(" L ").c(n.ch(["6/6", "6/9", "6/12"])).t("; IOP ").c(f"{n.ri(11, 21)}/{n.ri(11, 21)} mmHg")
    n.t(".\nDilated fundus: ").c(n.ch(["no diabetic retinopathy", "mild NPDR both eyes", "moderate NPDR right, mild left"]))
    n.t("; OCT CST ").c(f"{n.ri(238, 290)}/{n.ri(238, 290)} um").t(", no DMO.\n")
    n.t(f"{q.He} reports HbA1c ").c(f"{n.fl(6.5, 10.2)}%").t(" last month. Next check in ").c("12 months")
    n.t(" - KeepSight reminder set for ").d(sent.replace(day=1) + timedelta(days=365), "F Y").t(".\n\nKind regards,\n")
    n.nm(opt.fl).t(", Optometrist (B.Optom)\n")
    return n.build(_fhir(q, dob, []))


def au_pump_start(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(12, 60)
    ur, medi = n.dig(7), medicare_au(n.r)
    cde, endo = n.staff(), n.staff()
    sup = n.rel(q, n.ch("mf"), same=n.r.random() < 0.6)
    ser = f"{n.ch(['NG', 'HF'])}{n.dig(7)}{n.ch('HK')}"
    n.t("INSULIN PUMP START - CSII\n")
    n.t("Name: ").nm(q.fl).t("   UR ").p("ID", ur).t("   DOB ").d(dob, n.ch(["dmY", "d.m.Y"])).t("   Medicare ").p("ID", medi).t("\n")
    n.t("Start date: ").d(n.today, "j F Y").t("   Pump: MiniMed 780G, serial ").p("ID", ser).t("\n")
    pre = n.ri(26, 70)
    tdd = round(pre * 0.8)
    hourly = tdd * 0.45 / 24
    n.t("Pre-pump TDD ").c(f"{pre} units").t(" -> pump TDD ").c(f"{tdd} units").t(" (reduced 20%)\n\n")
    n.t("Basal (manual mode until SmartGuard)\n  time     U/h\n")
    for tm, f in (("00:00", 0.85), (f"0{n.ri(3, 5)}:00", 1.25), (f"{n.ri(9, 11):02d}:00", 1.0), (f"{n.ri(20, 22):02d}:00", 0.9)):
        n.t(f"  {tm}    ").c(f"{hourly * f * n.r.uniform(0.9, 1.1):.3f}").t("\n")
    n.t("ICR ").c(f"1:{n.ri(6, 14)} g").t("   ISF ").c(f"1:{n.fl(1.5, 3.5)} mmol/L").t("   Target ").c("5.5-6.5 mmol/L")
    n.t("   Active insulin ").c("3 h").t("\n\n")
    n.t("Taught: set change, occlusion alarms, ketones > ").c("0.6 mmol/L").t(" = pen injection + new set.\n")
    n.t(f"Support person: {n.ch(['partner', 'mother', 'father', 'brother', 'sister'])} ").nm(sup.f1).t(", ")
    n.p("PHONE", au_mob(n)).t(". After-hours pump line card given.\n")
    n.t("Educator: ").nm(cde.fl).t(" (CDE)   Endocrinologist: Dr ").nm(endo.last).t("   Phone review ")
    n.d(n.today + timedelta(days=n.ri(1, 3)), "jn").t(f" {n.tm(9, 11)}\n")
    return n.build(_fhir(q, dob, [("ur", ur), ("medicare", medi.replace(" ", ""))]))


# ------------------------------------------------------------------------------ Canada
def on_dec_referral(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old(28, 84, 0.06)
    ohip = ohip_no(n.r)
    vc = n.ch(["AB", "KL", "XY", "MN", "QR"])
    md = n.staff()
    cpso = n.dig(5)
    line, city, pc, area = ca_addr(n, "on")
    n.t(f"FAX - Diabetes Education Program Referral     Pages: {n.ri(2, 4)}\n")
    n.t("From: Dr. ").nm(md.fl).t(" (family physician)   CPSO #").p("ID", cpso).t("\n")
    n.t("Tel ").p("PHONE", ca_ph(n, area)).t("   Fax ").p("PHONE", ca_ph(n, area, 1)).t("\n\n")
    n.t("Patient: ").nm(q.LF).t("   DOB (yyyy/mm/dd): ").d(dob, "Y/m/d").t("\n")
    n.t("OHIP: ").p("ID", f"{ohip[:4]}-{ohip[4:7]}-{ohip[7:]}-{vc}").t("   Phone: ").p("PHONE", ca_ph(n, area)).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(", ON ").p("ZIP", pc).t("\n")
    lang = {"cazh": "Cantonese", "cafl": "Tagalog"}.get(q.grp, "English")
    n.t(f"Preferred language: {lang}\n\n")
    n.t("Reason: ").c(n.ch(["newly diagnosed type 2 diabetes", "starting basal insulin", "prediabetes", "GDM postpartum follow-up"]))
    n.t("\nA1C ").c(f"{n.fl(6.1, 11.4)}%").t(" (").d(n.dt(-40, -3), "Y/m/d").t("); FPG ").c(f"{n.fl(6.1, 14.2)} mmol/L")
    n.t("; eGFR ").c(str(n.ri(38, 102))).t("\nCurrent: ").c(n.ch(["metformin 500 mg BID", "metformin 850 mg BID", "no medications"]))
    n.t("\nServices requested: [x] RN  [x] RD  [ ] SW   Urgency: routine\n")
    n.t("Signature: ").nm(md.fi).t("   Date: ").d(n.today, "Y/m/d").t("\n")
    return n.build(_fhir(q, dob, [("ohip", ohip)]))


def bc_kidney_tx(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(30, 74)
    phn = bc_phn(n.r)
    neph, derm = n.staff(), n.staff()
    don = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    _, city, _, _ = ca_addr(n, "bc")
    tx = n.dt(-2600, -400)
    n.t("Kidney Transplant Clinic - Post-transplant follow-up\n")
    n.t("Date: ").d(n.today, "D-M-Y").t("\nName: ").nm(q.fl).t("   PHN ").p("ID", f"{phn[:4]} {phn[4:7]} {phn[7:]}")
    n.t("   DOB ").d(dob, "Y-m-d").t("\n")
    n.t(f"Tx: living donor kidney from {'wife' if don.sex == 'f' else 'husband'} ").nm(don.fl if don.last != q.last else don.f1)
    n.t(", ").d(tx, "Y-m-d").t("; drives in from ").p("ADDRESS", city).t(" for clinic\n\n")
    n.t("Meds: ").c(f"Envarsus PA (tacrolimus) {n.ri(2, 8)} mg daily").t(", ").c("mycophenolate mofetil 500 mg BID")
    n.t(", ").c("prednisone 5 mg daily").t("\n")
    n.t("Tac trough ").c(f"{n.fl(4.0, 8.5)} ug/L").t("; creatinine ").c(f"{n.ri(85, 190)} umol/L").t("; eGFR ").c(str(n.ri(32, 88)))
    n.t("; urine ACR ").c(f"{n.fl(0.8, 40)} mg/mmol").t("; BK ").c("negative").t("; DSA ").c(n.ch(["none", "DQ7 MFI 1200"]))
    n.t("\n\nIssues:\n1. Post-transplant diabetes - A1C ").c(f"{n.fl(6.3, 8.8)}%").t(" on ")
    n.c(n.ch(["sitagliptin 50 mg daily", "linagliptin 5 mg daily", "insulin glargine 12 units"])).t("\n")
    n.t("2. Skin - annual check with Dr. ").nm(derm.last).t(" (dermatology) ").d(n.wdt(30, 120), "M j, Y").t("\n")
    n.t("3. Vaccines - Shingrix dose 2 due.\n\n")
    n.t("Will see in 3 months; lab req given. Clinic phone for results: ").p("PHONE", ca_ph(n, "604")).t("\n")
    n.t("Dr. ").nm(neph.fl).t(", FRCPC (Nephrology)\n")
    return n.build(_fhir(q, dob, [("phn", phn)]))


def ab_adrenal_letter(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(42, 78)
    uli = ab_uli(n.r)
    endo, gp = n.staff(), n.staff()
    line, city, pc, area = ca_addr(n, "ab")
    ct = n.dt(-70, -30)
    dst = n.ri(28, 140)
    n.d(n.today, "F j, Y").t("\n\nDr. ").nm(gp.fi).t("\n").p("ADDRESS", city).t(", AB   Fax: ").p("PHONE", ca_ph(n, area, 1)).t("\n\n")
    n.t("RE: ").nm(q.LF).t("   DOB: ").d(dob, "Y/m/d").t("   ULI: ").p("ID", uli).t("\n\nDear Dr. ").nm(gp.last).t(":\n\n")
    n.t(f"Thank you for referring {'Mr.' if q.sex == 'm' else 'Ms.'} ").nm(q.last).t(f", a {a}-year-old with a ")
    n.c(f"{n.fl(1.2, 3.8)} cm {n.ch(['left', 'right'])} adrenal incidentaloma").t(" (CT ").d(ct, "M j, Y").t(": ")
    n.c(f"{n.ri(-8, 9)} HU").t(" unenhanced).\n\n")
    n.t("Work-up: 1 mg overnight dexamethasone suppression cortisol ").c(f"{dst} nmol/L").t("; plasma metanephrine ")
    n.c(f"{n.fl(0.1, 0.45, 2)} nmol/L").t(", normetanephrine ").c(f"{n.fl(0.3, 0.9, 2)} nmol/L").t("; aldosterone ")
    n.c(f"{n.ri(120, 640)} pmol/L").t(", renin ").c(f"{n.fl(2, 30)} ng/L").t("; K ").c(n.fl(3.4, 4.8)).t("\n")
    n.t("Impression: ").c("lipid-rich adenoma, " + ("possible autonomous cortisol secretion" if dst > 50 else "non-functioning")).t("\n")
    n.t("Plan: ").c("repeat DST with dexamethasone level, ACTH and DHEAS" if dst > 50 else "no further imaging")
    n.t("; BP target ").c("<130/80").t("; bone density.\n\nSincerely,\n\n").nm(endo.fl).t(", MD, FRCPC (Endocrinology)\n")
    n.t("cc: ").nm(q.fl).t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", city).t(" AB ").p("ZIP", pc).t("\n")
    return n.build(_fhir(q, dob, [("uli", uli.replace("-", ""))]))


def mb_dip_screen(n: C) -> Note:
    q = n.pat()
    dob, a = n.dob(22, 78)
    phin, reg, status = n.dig(9), n.dig(6), f"{n.ri(260, 330)}{n.dig(7)}"
    rn, np = n.staff(), n.staff()
    comm, _, area = n.ch(CA_CITY["mb"])
    nxt = n.wdt(20, 45)
    n.t("Diabetes Integration Project (DIP) - Mobile Screening Record\n")
    n.t("Community: ").p("ADDRESS", comm).t("   Date: ").d(n.today, "Y-m-d").t("   Screener: ").nm(rn.fl).t(", RN\n\n")
    n.t("Client: ").nm(q.fl).t("   DOB: ").d(dob, "Y-m-d").t(f"   Age {a}\n")
    n.t("PHIN: ").p("ID", phin).t("   MB Health Reg #: ").p("ID", reg).t("   Status card #: ").p("ID", status).t("\n")
    n.t("Phone: ").p("PHONE", ca_ph(n, area, n.ch([0, 1]))).t("\n\n")
    n.t("POC A1C ").c(f"{n.fl(5.6, 12.4)}%").t("   BP ").c(f"{n.ri(112, 168)}/{n.ri(66, 98)}").t("   Wt ").c(f"{n.fl(58, 138)} kg")
    n.t("   BMI ").c(n.fl(22, 44)).t("\nUrine ACR ").c(f"{n.fl(0.5, 60)} mg/mmol").t("   Lipids: LDL ").c(f"{n.fl(1.4, 4.6)} mmol/L")
    n.t("\nFoot: monofilament ").c(f"{n.ri(3, 10)}/10").t(", ").c(n.ch(["callus R 1st MTH", "no lesions", "fungal nails"]))
    n.t("\nRetinal photos: ").c(n.ch(["taken - sent for teleophthalmology grading", "ungradable, refer"])).t("\n")
    n.t("Meds: ").c(n.ch(["metformin 1000 mg BID", "metformin 500 mg BID + gliclazide MR 60 mg", "none"])).t(" - ")
    n.t(n.ch(["ran out 2 weeks ago, nursing station to refill", "taking as directed", "not yet started"])).t("\n")
    n.t("Follow-up: NP ").nm(np.fl).t(" at the nursing station ").d(nxt, "Y-m-d").t(".\n")
    return n.build(_fhir(q, dob, [("phin", phin)]))


# ------------------------------------------------------------------------------ Ireland
def ie_retinascreen(n: C) -> Note:
    q = n.pat()
    dob, _ = n.old(14, 86, 0.06)
    cid = n.dig(7)
    line, town, co, eir, _ = ie_addr(n)
    cd, gp = n.staff(), n.staff()
    scr = n.dt(-30, -10)
    res = n.ch([("no retinopathy in either eye (R0 M0)", "in 2 years"), ("mild background changes (R1 M0), no treatment needed",
                                                                        "in 1 year"),
                ("changes that need a closer look (R2 M0) - we have referred you to the treatment clinic", "")])
    n.t("Diabetic RetinaScreen - The National Diabetic Retinal Screening Programme\n")
    n.t("Client ID: ").p("ID", cid).t("                         ").d(n.today, "dmY").t("\n\n")
    n.t(q.title + " ").nm(q.fl).t("\n").p("ADDRESS", line).t("\n").p("ADDRESS", town).t(f"\n{co}\n").p("ZIP", eir).t("\n\n")
    n.t("Date of birth: ").d(dob, "dmY").t("\n\nDear ").t(q.title + " ").nm(q.last).t(",\n\n")
    n.t("Thank you for attending your diabetic retinal screening on ").d(scr, "jS F Y").t(". Your photographs show ")
    n.c(res[0]).t(".\n")
    if res[1]:
        n.t("We will invite you for screening again ").c(res[1]).t(".\n")
    n.t("A copy of this letter has been sent to your GP, Dr ").nm(gp.fl).t(".\n\nYours sincerely\n\n").nm(cd.fl)
    n.t("\nClinical Director\n")
    return n.build(_fhir(q, dob, [("retinascreen", cid)]))


def ie_kidney_tx_review(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(28, 74)
    mrn, gms = n.dig(7), n.dig(7) + n.ch("ABCDEFGHJKLMNPRTW")
    line, town, co, eir, _ = ie_addr(n)
    reg, cons, gp = n.staff(), n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    tx = n.dt(-4000, -400)
    seen = n.wdt(-6, -1)
    n.t("National Kidney Transplant Service - Annual Review        MRN: ").p("ID", mrn).t("\n")
    n.t("Clinic: ").d(seen, "dmY").t("   Dictated by Dr ").nm(reg.fl).t(", SpR\n\n")
    n.t("Dr ").nm(gp.fl).t("\nMedical Centre, ").p("ADDRESS", town).t("\n\n")
    n.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dmY").t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", town).t(f", {co}, ")
    n.p("ZIP", eir).t("\nMedical card no.: ").p("ID", gms).t("\n\n")
    n.t(f"Transplant: {n.ch(['deceased donor', 'living related', 'deceased donor (second graft)'])} kidney, ")
    n.d(tx, "d M Y").t("\n")
    n.t("Immunosuppression: ").c(f"tacrolimus (Adoport) {n.ch(['1.5', '2', '3'])} mg bd").t(", ").c("mycophenolate mofetil 500 mg bd")
    n.t(", ").c("prednisolone 5 mg od").t("\n")
    n.t("Results: creatinine ").c(f"{n.ri(90, 190)} umol/L").t(", eGFR ").c(str(n.ri(30, 85))).t(", tacrolimus ")
    n.c(f"{n.fl(3.5, 8.5)} ng/mL").t(", Hb ").c(f"{n.fl(10.5, 15.5)} g/dL").t(", HbA1c ").c(f"{n.ri(36, 62)} mmol/mol")
    n.t(", uPCR ").c(f"{n.ri(8, 90)} mg/mmol").t("\n\n")
    n.nm(q.f1).t(f" attended with {q.his} ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.f1).t(". Graft function stable. Annual skin check due; DEXA ")
    n.d(n.wdt(30, 120), "F Y").t(". Please continue to prescribe via the GMS.\n\n")
    n.t("Is mise le meas,\n\nDr ").nm(cons.fl).t(", Consultant Nephrologist\nTel ").p("PHONE", ie_land(n, "01")).t("\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("gms", gms)]))


def ie_gdm_clinic(n: C) -> Note:
    q = n.pat("f")
    dob, _ = n.dob(22, 42)
    mrn, pps = n.dig(7), ppsn_no(n.r, n.ch(["", "W", "A", "T"]))
    mw, diet, reg = n.staff("f"), n.staff(), n.staff()
    part = n.rel(q, "m", same=n.r.random() < 0.5)
    gw, gd = n.ri(24, 32), n.ri(0, 6)
    edd = n.today + timedelta(days=(40 - gw) * 7 - gd)
    ogtt = n.today - timedelta(days=n.ri(10, 28))
    n.t("Combined Diabetes-Antenatal Clinic   ").d(n.today, "d.m.Y").t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmY").t("   MRN: ").p("ID", mrn).t("   PPSN: ").p("SSN", pps).t("\n")
    n.t(f"G{n.ri(1, 4)}P{n.ri(0, 2)}, EDD ").d(edd, "dmY").t(", gestation ").c(f"{gw}+{gd}").t("\n\n")
    n.t("GDM: OGTT ").d(ogtt, "dm").t(" - fasting ").c(f"{n.fl(5.1, 6.4)}").t(", 1 h ").c(f"{n.fl(9.2, 12.4)}")
    n.t(", 2 h ").c(f"{n.fl(8.5, 11.0)} mmol/L").t("\nHome BG: fasting ").c(f"{n.fl(4.8, 5.4)}-{n.fl(5.5, 6.4)}")
    n.t(", 1 h post-meal ").c(f"{n.fl(6.2, 7.4)}-{n.fl(7.5, 9.4)}").t("; BMI at booking ").c(n.fl(22, 41)).t("\n")
    n.t("Plan: ").c(n.ch(["metformin 500 mg nocte, increase to 500 mg bd in 1 week", "diet and exercise, recheck 1 week",
                          "start insulin isophane 6 units nocte"]))
    n.t("; growth scan ").d(n.today + timedelta(days=n.ri(14, 28)), "dm").t("; aspirin ").c("150 mg nocte").t(" continues.\n")
    n.t("Midwife ").nm(mw.fl).t(" (CMM2); dietitian ").nm(diet.f1).t(". Partner ").nm(part.fl if part.last != q.last else part.f1)
    n.t(" ").p("PHONE", ie_mob(n)).t("\nDr ").nm(reg.fl).t(" (Obs & Gynae Reg)\n")
    return n.build(_fhir(q, dob, [("mrn", mrn), ("ppsn", pps)]))


# ------------------------------------------------------------------------------ New Zealand
def nz_dns_visit(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(38, 84, 0.12)
    nhi = nhi_no(n.r)
    line, sub, city, pc, area = nz_addr(n)
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.6)
    moko = n.rel(q, n.ch("mf"), same=n.r.random() < 0.5)
    kai, dns = n.staff(), n.staff()
    g = n.ri(30, 70)
    n.t("Diabetes Nurse Specialist - Home Visit   ").t(n.wd(n.today, True) + " ").d(n.today, "dmY").t("\n")
    n.t("Client: ").nm(q.fL).t("   NHI: ").p("ID", nhi).t("   DOB ").d(dob, "jnY").t(" (").age(a).t(")\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("   Ph ")
    n.p("PHONE", f"({area}) {n.ri(2, 9)}{n.dig(2)} {n.dig(4)}").t("\n")
    n.t(f"Present: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.f1).t(", mokopuna ").nm(moko.f1).t("; kaiāwhina ")
    n.nm(kai.fl).t("\n\n")
    n.t("HbA1c ").c(f"{n.ri(64, 120)} mmol/mol").t(" (").d(n.dt(-40, -10), "dmY").t("); BP ").c(f"{n.ri(124, 168)}/{n.ri(70, 98)}")
    n.t("; weight ").c(f"{n.fl(72, 148)} kg").t("; eGFR ").c(str(n.ri(30, 90))).t("; ACR ").c(f"{n.fl(1, 80)} mg/mmol").t("\n")
    n.t("Meter (CareSens) download: fasting ").c(f"{n.ri(8, 11)}-{n.ri(12, 17)} mmol/L").t("; ")
    n.c(f"{n.ri(0, 3)} hypos").t(" this month\n")
    n.t("Meds: ").c(f"Lantus {g} units mane").t(", ").c(f"NovoRapid {n.ri(6, 10)}-{n.ri(12, 18)} units with meals").t(", ")
    n.c("metformin 1 g bd").t(", ").c("empagliflozin 25 mg daily").t("\n\n")
    n.t("Plan: increase Lantus by ").c("2 units every 3 days").t(" to fasting ").c("6-8 mmol/L").t("; podiatry referral; ")
    n.t("kai changes discussed with whānau.\nNext visit ").d(n.wdt(14, 28), "j M").t(". ").nm(dns.fl)
    n.t(", RN, Diabetes Nurse Specialist, mob ").p("PHONE", nz_mob(n)).t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_liver_tx_letter(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(24, 70)
    nhi = nhi_no(n.r)
    line, sub, city, pc, _ = nz_addr(n)
    hep, gp = n.staff(), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=n.r.random() < 0.5)
    tx = n.dt(-3000, -300)
    n.t("New Zealand Liver Transplant Unit - Outreach Clinic\n").d(n.today, "j F Y").t("\n\nDr ").nm(gp.fl)
    n.t("\nGeneral Practitioner\n\nKia ora Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fL).t(", NHI ").p("ID", nhi).t(", DOB ")
    n.d(dob, "dmY").t(", ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("\n\n")
    n.t("Liver transplant ").d(tx, "F Y").t(f" for {n.ch(['autoimmune hepatitis', 'hepatitis B cirrhosis', 'NASH', 'PSC'])}.\n")
    n.t("Current: ").c(f"tacrolimus {n.ch(['1', '2', '3'])} mg bd").t(" (trough ").c(f"{n.fl(3.0, 8.0)} ug/L").t("), ")
    n.c(n.ch(["azathioprine 50 mg daily", "mycophenolate 500 mg bd", "no antiproliferative"])).t("\n")
    n.t("LFTs: ALT ").c(f"{n.ri(14, 80)} U/L").t(", bilirubin ").c(f"{n.ri(5, 28)} umol/L").t(", GGT ").c(f"{n.ri(15, 140)} U/L")
    n.t("; creatinine ").c(f"{n.ri(60, 150)} umol/L").t("; HbA1c ").c(f"{n.ri(38, 70)} mmol/mol").t("\n\n")
    n.nm(q.f1).t(f" came with {q.his} ")
    n.t("wife " if sp.sex == "f" else "husband ").nm(sp.f1).t(". Well. Please check tacrolimus trough and LFTs every ")
    n.c("3 months").t("; next outreach clinic ").d(n.wdt(150, 200), "F Y").t(".\n\nNgā mihi,\n\nDr ").nm(hep.fl)
    n.t("\nHepatologist\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


def nz_pump_sa(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(16, 60)
    nhi = nhi_no(n.r)
    endo = n.staff()
    mcnz, sa = n.dig(5), n.dig(7)
    hypo = n.dt(-90, -10)
    n.t("Special Authority application - Insulin pump (initial)\n")
    n.t("Applicant: Dr ").nm(endo.fl).t(", endocrinologist   MCNZ ").p("ID", mcnz).t("\n")
    n.t("Patient: ").nm(q.fl).t("   NHI: ").p("ID", nhi).t("   DOB: ").d(dob, "j M Y").t("\n\nCriteria:\n")
    n.t("[x] Type 1 diabetes; C-peptide ").c(n.ch(["undetectable", "<0.02 nmol/L"])).t("\n")
    n.t("[x] Severe unexplained hypoglycaemia: ").c(f"{n.ri(4, 9)} events in 6 months").t(", most recent ").d(hypo, "dmY")
    n.t(" (ambulance, glucose ").c(f"{n.fl(1.6, 2.8)} mmol/L").t(")\n")
    n.t("[x] HbA1c ").c(f"{n.ri(58, 92)} mmol/mol").t(" despite optimised MDI (").c(f"glargine {n.ri(14, 40)} units").t(" + ")
    n.c("aspart 1:10").t(")\n[x] Structured education completed ").d(n.dt(-500, -120), "F Y").t("\n\n")
    n.t("Outcome: APPROVED - SA number ").p("ID", sa).t(", valid until ").d(n.today + timedelta(days=730), "dmY").t("\n")
    n.t("Pump company to contact ").nm(q.f1).t(" on ").p("PHONE", nz_mob(n)).t(" / ")
    n.p("EMAIL", pmail(n, q, ["gmail.com", "xtra.co.nz", "outlook.co.nz"])).t("\nPump training booking link sent: ")
    n.p("URL", f"https://pumpstart.co.nz/b/{n.tok(8)}?nhi={nhi}").t("\n")
    return n.build(_fhir(q, dob, [("nhi", nhi)]))


# ------------------------------------------------------------------------------ India
_HYD = [("Kukatpally", "500072"), ("Dilsukhnagar", "500060"), ("Secunderabad", "500003"), ("Ameerpet", "500016")]
_AMD = [("Maninagar", "380008"), ("Naranpura", "380013"), ("Vastrapur", "380015"), ("Satellite", "380015")]


def _in_name(q: P) -> str:
    return q.inf if q.grp == "inte" else q.fl


def in_diabetes_opd(n: C) -> Note:
    q = n.pat(grp="inte" if n.r.random() < 0.6 else "ingj")
    dob, a = n.dob(32, 78)
    tel = q.grp == "inte"
    loc, pin = n.ch(_HYD if tel else _AMD)
    city = "Hyderabad" if tel else "Ahmedabad"
    uhid = f"{'HYD' if tel else 'AMD'}/{n.today.year % 100}/{n.dig(7)}"
    abha = abha_no(n.r)
    doc = n.staff()
    son = n.rel(q, "m")
    reg = f"{'TSMC/FMR' if tel else 'G'}-{n.dig(5)}"
    n.t("Diabetes & Endocrinology OPD\nUHID: ").p("ID", uhid).t(f"   OP No: {n.dig(6)}   Date: ").d(n.today, "d-m-Y").t("\n")
    n.t("Name: ").nm(_in_name(q)).t(f"   Age/Sex: {a}/{q.sex.upper()}   Mobile: ").p("PHONE", in_mob(n)).t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ch(['Plot', 'H.No.', 'Flat'])} {n.ri(2, 240)}, {n.ch(['Vivekananda Nagar', 'Shanti Park', 'Sai Residency'])}")
    n.t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n")
    n.t("ABHA No: ").p("ID", abha).t("\n\n")
    n.t(f"C/o: {n.ch(['burning feet', 'increased thirst', 'tiredness', 'blurring of vision'])}; DM since ")
    n.c(f"{n.ri(3, 22)} yrs").t("\nBP ").c(f"{n.ri(118, 168)}/{n.ri(70, 100)}").t("  PR ").c(f"{n.ri(64, 104)}/min").t("  Wt ")
    n.c(f"{n.ri(52, 98)} kg").t("\nFBS ").c(f"{n.ri(112, 260)} mg/dl").t("  PPBS ").c(f"{n.ri(160, 390)} mg/dl").t("  HbA1c ")
    n.c(f"{n.fl(6.8, 12.6)}%").t("\n\nRx\n")
    rx = [("Tab. Metformin SR 500 mg", n.ch(["1-0-1", "0-0-1"]) + " after food"),
          (n.ch(["Tab. Glimepiride 1 mg", "Tab. Glimepiride 2 mg"]), "1-0-0 before breakfast"),
          (n.ch(["Tab. Teneligliptin 20 mg", "Tab. Sitagliptin 100 mg", "Tab. Dapagliflozin 10 mg"]), "1-0-0"),
          ("Cap. Pregabalin 75 mg", "0-0-1")]
    for k, (drug, sig) in enumerate(rx[: n.ri(3, 4)]):
        n.t(f"{k + 1}. ").c(drug).t("   ").c(sig).t("\n")
    n.t("\nAdvice: diet chart given, walk 30 min daily. Review after 1 month with FBS/PPBS. Son ").nm(_in_name(son) if not tel else son.first)
    n.t(" to bring glucometer readings.\n\nDr. ").nm(doc.fl).t(", MD, DM (Endocrinology)   Reg. No. ").p("ID", reg).t("\n")
    return n.build(_fhir(q, dob, [("uhid", uhid), ("abha", abha.replace("-", ""))]))


def in_donor_committee(n: C) -> Note:
    rec = n.pat(grp="ingj" if n.r.random() < 0.6 else "inte", sex="m")
    don = n.rel(rec, "f", same=True)
    _, ra = n.dob(32, 64)
    ddob, da = n.dob(28, 58)
    tel = rec.grp == "inte"
    loc, pin = n.ch(_HYD if tel else _AMD)
    city = "Hyderabad" if tel else "Ahmedabad"
    r_uhid, d_uhid = n.dig(8), n.dig(8)
    ra_no, da_no = aadhaar_no(n.r), aadhaar_no(n.r)
    chair, neph, sw = n.staff(), n.staff(), n.staff()
    n.t("Hospital Authorisation Committee (THOTA 1994, Rules 2014) - Minutes   Date: ").d(n.today, "dmY").t("\n\n")
    n.t("Recipient: Mr. ").nm(_in_name(rec)).t(f", {ra} yrs, UHID ").p("ID", r_uhid).t(", ESRD on MHD; Aadhaar ").p("ID", ra_no).t("\n")
    n.t("Donor: Mrs. ").nm(_in_name(don)).t(f", {da} yrs (wife), UHID ").p("ID", d_uhid).t(", DOB ").d(ddob, "dmY")
    n.t("; Aadhaar ").p("ID", da_no).t("\n")
    n.t("Residence (both): ").p("ADDRESS", f"{n.ri(2, 60)}, {n.ch(['Shantiniketan Society', 'Sai Krupa Apartments', 'Gokul Nagar'])}")
    n.t(", ").p("ADDRESS", loc).t(", ").p("ADDRESS", city).t(" - ").p("ZIP", pin).t("\n\n")
    n.t("Documents: marriage certificate (").d(n.dt(-9000, -2000), "dmY").t("), family photographs, Form 11 and Form 3.\n")
    n.t("Work-up: ABO ").c(n.ch(["compatible (B -> B)", "compatible (O -> A)", "compatible (A -> A)"])).t("; HLA ")
    n.c(f"{n.ri(1, 4)}/6 match").t("; CDC crossmatch ").c("negative").t("; donor GFR (DTPA) ").c(f"{n.ri(40, 58)}/{n.ri(40, 58)} mL/min")
    n.t("; donor HbA1c ").c(f"{n.fl(4.9, 5.8)}%").t("\n")
    n.t(f"Interview (in {'Telugu' if tel else 'Gujarati'} with the social worker ").nm(sw.fl).t("): donor consents voluntarily; no financial ")
    n.t("transaction.\nDecision: APPROVED. Chair: Dr. ").nm(chair.fl).t("; Nephrologist: Dr. ").nm(neph.fl).t("\n")
    return n.build(_fhir(don, ddob, [("uhid", d_uhid), ("aadhaar", da_no.replace(" ", ""))]))


# ------------------------------------------------------------------------------ South Africa
def za_foot_clinic(n: C) -> Note:
    q = n.pat("m" if n.r.random() < 0.6 else "f")
    dob, a = n.old(40, 84, 0.12)
    sid = za_id(n.r, dob, q.sex)
    folder = n.dig(7)
    line, sub, city, pc, _ = za_addr(n)
    sr, mo = n.staff("f"), n.staff()
    sp = n.rel(q, "f" if q.sex == "m" else "m", same=True)
    n.t("Diabetic Foot Clinic   Date: ").d(n.today, "Y/m/d").t("\n")
    n.t("Folder no: ").p("ID", folder).t("   Name: ").nm(q.fL).t("   ID no: ").p("ID", sid).t("   Age ").age(a).t("\n")
    n.t("Address: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city).t(" ").p("ZIP", pc).t("   Cell: ")
    n.p("PHONE", za_cell(n)).t("\n\n")
    n.t("T2DM ").c(f"{n.ri(4, 25)} yrs").t("; ").c(f"metformin {n.ch(['850 mg tds', '1 g bd'])}").t(", ")
    n.c(f"Actraphane HM {n.ri(16, 40)} u mane / {n.ri(8, 24)} u nocte").t("; HIV ").c(n.ch(["negative", "positive on TLD, VL LDL"]))
    n.t("\nHGT today ").c(f"{n.fl(7.2, 22.5)} mmol/L").t("; HbA1c ").c(f"{n.fl(7.5, 14.2)}%").t(" (").d(n.dt(-80, -20), "Y/m/d").t(")\n")
    n.t(f"Foot: {n.ch(['L', 'R'])} ").c(n.ch(["4th toe wet gangrene, cellulitis to the ankle", "plantar ulcer 2 x 2 cm, slough",
                                              "heel pressure ulcer, dry eschar"]))
    n.t("; pulses ").c(n.ch(["absent", "DP weak"])).t("; temp ").c(f"{n.fl(36.4, 38.9)} C").t("\n")
    n.t("Plan: ").c(n.ch(["admit for ray amputation; IV amoxicillin-clavulanate 1.2 g 8-hourly",
                          "debride, dressings 2nd daily at the clinic, offload", "X-ray foot, review by surgical MO"]))
    n.t("; seen by Dr ").nm(mo.fl).t(" (surgical MO)\n")
    n.t(f"NOK: {'wife' if sp.sex == 'f' else 'husband'} ").nm(sp.f1).t(" ").p("PHONE", za_cell(n)).t("\n")
    n.t("Sr ").nm(sr.fl).t(" (wound care)\n")
    return n.build(_fhir(q, dob, [("said", sid), ("folder", folder)]))


def za_private_tx(n: C) -> Note:
    q = n.pat()
    dob, _ = n.dob(28, 68)
    sid = za_id(n.r, dob, q.sex)
    memb = n.dig(9)
    prac = "0" + n.dig(6)
    neph = n.staff()
    don = n.rel(q, n.ch("mf"), same=True)
    line, sub, city, pc, code = za_addr(n)
    tx = n.dt(-3000, -300)
    n.t("Dr ").nm(neph.fl).t("   MBBCh, FCP (SA), Cert Nephrology (SA)\nPractice no. ").p("ID", prac).t("   Tel ")
    n.p("PHONE", f"({code}) {n.dig(3)} {n.dig(4)}").t("\n").d(n.today, "j F Y").t("\n\n")
    n.t("To: Case Manager, Chronic Medicine / Transplant Programme\n\nRe: ").t(q.title + " ").nm(q.fl).t(", ID ").p("ID", sid)
    n.t(f"\nMedical scheme: {n.ch(['Discovery Health', 'Bonitas', 'GEMS', 'Momentum'])}, member no. ").p("ID", memb)
    n.t(f", dependant code 0{n.ri(0, 2)}\nAddress: ").p("ADDRESS", line).t(", ").p("ADDRESS", sub).t(", ").p("ADDRESS", city)
    n.t(" ").p("ZIP", pc).t("\n\n")
    n.t(f"{q.title} ").nm(q.last).t(" received a living related kidney transplant on ").d(tx, "dmY").t(f" from {q.his} ")
    n.t("brother " if don.sex == "m" else "sister ").nm(don.f1).t(". Current therapy: ").c(f"tacrolimus (Prograf) {n.ch(['1', '2', '3'])} mg bd")
    n.t(", ").c("mycophenolate mofetil 500 mg bd").t(", ").c("prednisone 5 mg daily").t(".\n")
    n.t("Latest: creatinine ").c(f"{n.ri(80, 170)} umol/L").t(", eGFR ").c(str(n.ri(40, 92))).t(", tacrolimus trough ")
    n.c(f"{n.fl(4.0, 8.0)} ug/L").t(", Hb ").c(f"{n.fl(11, 15.5)} g/dL").t(", fasting glucose ").c(f"{n.fl(4.8, 8.9)} mmol/L")
    n.t("\n\nKindly authorise ").c("tacrolimus trough levels monthly").t(" and the PMB chronic medication for 12 months.\n\n")
    n.t("Regards\nDr ").nm(neph.last).t("\n")
    return n.build(_fhir(q, dob, [("said", sid), ("member", memb)]))


# ------------------------------------------------------------------------------ Singapore
def _sg_name(n: C, q: P, upper: bool = False) -> None:
    """Chinese order as one span; Malay bin / binte and Tamil s/o / d/o outside two spans."""
    if q.grp == "sgcn":
        n.nm(q.l_f.upper() if upper else q.l_f)
        return
    conn = ("bin" if q.sex == "m" else "binte") if q.grp == "sgml" else ("s/o" if q.sex == "m" else "d/o")
    n.nm(q.first.upper() if upper else q.first).t(f" {conn.upper() if upper else conn} ").nm(q.last.upper() if upper else q.last)


def sg_polyclinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(38, 84, 0.12)
    nric = sg_nric(n.r, dob)
    line, _, post = sg_addr(n)
    cm, dr = n.staff(), n.staff()
    sp = n.person(q.grp, "f" if q.sex == "m" else "m")
    drp = n.dt(-300, -60)
    n.t("Polyclinic - Chronic Disease Management: Diabetes review\n")
    n.t("Date: ").d(n.today, "d M Y").t("\nName: ")
    _sg_name(n, q, upper=True)
    n.t("   NRIC: ").p("ID", nric).t("   DOB: ").d(dob, "dmY").t("   (").age(a).t(f"/{q.sex.upper()})\n")
    n.t("Address: ").p("ADDRESS", line).t(" Singapore ").p("ZIP", post).t("   HP: ").p("PHONE", sg_ph(n)).t("\n\n")
    n.t("HbA1c ").c(f"{n.fl(6.4, 10.8)}%").t(" (").d(n.dt(-14, -3), "j M Y").t(")  LDL-C ").c(f"{n.fl(1.6, 3.9)} mmol/L")
    n.t("  eGFR ").c(str(n.ri(38, 104))).t("  uACR ").c(f"{n.fl(0.4, 48)} mg/mmol").t("  BP ").c(f"{n.ri(118, 162)}/{n.ri(64, 96)}")
    n.t("\nDRP (SiDRP) ").d(drp, "dmY").t(": ").c(n.ch(["no DR", "mild NPDR OU", "moderate NPDR OD - refer"])).t("   DFS: ")
    n.c(n.ch(["low risk", "moderate risk", "high risk - podiatry"])).t("\n")
    n.t("Meds: ").c(n.ch(["metformin 850 mg BD", "metformin 1 g BD"])).t(", ").c(n.ch(["sitagliptin 50 mg OM", "gliclazide 80 mg BD",
                                                                                       "empagliflozin 10 mg OM"]))
    n.t(", ").c("atorvastatin 20 mg ON").t("\n")
    n.t("Spouse ")
    _sg_name(n, sp)
    n.t(" attends; helps with meals (less rice, kopi-O kosong).\n")
    n.t("Care manager: ").nm(cm.fl if cm.grp not in ("sgcn",) else cm.l_f).t(" (nurse clinician)   Dr ").nm(dr.l_f if dr.grp == "sgcn" else dr.fl)
    n.t("\nNext: 3 months with HbA1c\n")
    return n.build(_fhir(q, dob, [("nric", nric)]))


# ------------------------------------------------------------------------------ Jamaica
def jm_diabetes_clinic(n: C) -> Note:
    q = n.pat()
    dob, a = n.old(40, 84, 0.12)
    docket, trn, nhf = n.dig(6), f"1{n.dig(2)}-{n.dig(3)}-{n.dig(3)}", n.dig(8)
    town, parish = n.ch(JM_TOWN)
    reg, nurse = n.staff(), n.staff()
    dau = n.rel(q, "f", same=n.r.random() < 0.5)
    dtown, dpar = n.ch([t for t in JM_TOWN if t[0] != town])
    n.t("Medical Outpatients - Diabetes Clinic   Date: ").d(n.today, "dmY").t("   Docket no: ").p("ID", docket).t("\n")
    n.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmY").t(" (").age(a).t(")   TRN: ").p("ID", trn).t("   NHF card: ").p("ID", nhf).t("\n")
    n.t("Address: ").p("ADDRESS", f"{n.ri(2, 80)} {n.ch(JM_ST)}").t(", ").p("ADDRESS", town).t(f", {parish}   Tel: ")
    n.p("PHONE", jm_ph(n)).t("\n\n")
    n.t("T2DM ").c(f"{n.ri(3, 25)} yrs").t(", HTN. JADEP registered.\nFBS ").c(f"{n.fl(6.2, 16.5)} mmol/L").t("  HbA1c ")
    n.c(f"{n.fl(6.8, 13.2)}%").t("  BP ").c(f"{n.ri(126, 178)}/{n.ri(74, 104)}").t("  Wt ").c(f"{n.fl(58, 118)} kg").t("\n")
    n.t("Meds: ").c("metformin 850 mg tds").t("; ").c(n.ch(["gliclazide 80 mg bd", "glibenclamide 5 mg bd", "insulin NPH 24 u am / 12 u pm"]))
    n.t("; ").c(n.ch(["enalapril 20 mg od", "lisinopril 10 mg od"])).t("; ").c("amlodipine 10 mg od").t("\n")
    n.t("Feet: ").c(n.ch(["callus L 1st MTH, sensation intact", "reduced vibration sense, no ulcer", "healed R toe amputation site"]))
    n.t("; eyes: refer to eye clinic (last seen ").d(n.dt(-700, -380), "F Y").t(")\n")
    n.t("Plan: add ").c(n.ch(["empagliflozin 10 mg od", "insulin glargine 10 u nocte", "atorvastatin 20 mg nocte"]))
    n.t("; diet counselling; review 3 months.\nDaughter ").nm(dau.fl).t(" (lives in ").p("ADDRESS", dtown).t(f", {dpar}) collects ")
    n.t("meds from the NHF pharmacy.\nDr ").nm(reg.fl).t(" (registrar, Internal Medicine)   Nurse ").nm(nurse.fl).t("\n")
    return n.build(_fhir(q, dob, [("trn", trn.replace("-", "")), ("docket", docket)]))


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "virtual CGM (flash glucose) data review by a diabetes specialist nurse", en_cgm_virtual),
    ("en", "insulin pump clinic letter to the GP", en_pump_letter),
    ("en", "DAFNE structured education course register", en_dafne_register),
    ("en", "multidisciplinary diabetic foot clinic note", en_foot_mdt),
    ("en", "thyroid clinic letter (Graves' disease)", en_thyroid_letter),
    ("en", "renal transplant follow-up clinic record", en_renal_tx_clinic),
    ("en", "diabetic eye screening invitation letter", en_retinal_invite),
    ("en", "short Synacthen test record", en_synacthen),
    ("sc", "SCI-Diabetes annual review summary", sc_sci_review),
    ("sc", "liver transplant unit follow-up letter", sc_liver_tx_letter),
    ("cy", "young adult diabetes transition clinic letter", cy_transition_letter),
    ("cy", "specialist nurse organ donation (SNOD) record", cy_snod_record),
    ("ni", "paediatric diabetes clinic note", ni_paeds_clinic),
    ("ni", "pituitary clinic letter", ni_pituitary_letter),
    ("us", "insulin pump and CGM download report with CDCES note", us_pump_report),
    ("us", "lower-case MICU progress note for DKA", us_dka_note),
    ("us", "kidney transplant post-operative progress note", us_kidney_tx_pod),
    ("us", "liver transplant coordinator telephone encounter", us_liver_coord),
    ("us", "living kidney donor advocate (ILDA) note", us_living_donor),
    ("us", "podiatry diabetic wound care visit", us_podiatry),
    ("us", "thyroid fine needle aspiration procedure note", us_thyroid_fna),
    ("us", "letter of medical necessity for CGM", us_cgm_lomn),
    ("us", "patient portal message thread about steroid hyperglycaemia", us_portal_thread),
    ("us", "kidney-pancreas immunosuppression monitoring table", us_spk_table),
    ("au", "credentialled diabetes educator review", au_cde_review),
    ("au", "High Risk Foot Service e-referral", au_hrfs_referral),
    ("au", "renal transplant discharge summary", au_renal_tx_dc),
    ("au", "optometrist diabetes eye examination e-mail to the GP", au_optom_email),
    ("au", "insulin pump start (CSII) record", au_pump_start),
    ("on", "Ontario diabetes education programme referral fax", on_dec_referral),
    ("bc", "British Columbia kidney transplant clinic note", bc_kidney_tx),
    ("ab", "Alberta adrenal incidentaloma consultation letter", ab_adrenal_letter),
    ("mb", "Manitoba First Nations mobile diabetes screening record", mb_dip_screen),
    ("ie", "Diabetic RetinaScreen results letter", ie_retinascreen),
    ("ie", "kidney transplant annual review letter", ie_kidney_tx_review),
    ("ie", "combined diabetes-antenatal (GDM) clinic note", ie_gdm_clinic),
    ("nz", "diabetes nurse specialist home visit", nz_dns_visit),
    ("nz", "liver transplant outreach clinic letter", nz_liver_tx_letter),
    ("nz", "Special Authority application for an insulin pump", nz_pump_sa),
    ("in", "diabetes OPD prescription card", in_diabetes_opd),
    ("in", "living donor authorisation committee minutes", in_donor_committee),
    ("za", "public hospital diabetic foot clinic note", za_foot_clinic),
    ("za", "private nephrologist's transplant authorisation letter", za_private_tx),
    ("sg", "polyclinic diabetes chronic disease review", sg_polyclinic),
    ("jm", "medical outpatients diabetes clinic note", jm_diabetes_clinic),
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
            note = fn(C(79_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
