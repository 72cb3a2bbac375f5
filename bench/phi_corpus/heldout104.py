"""HELD-OUT v104 PHI corpus: written independently, before any round-104 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout101 / heldout102 / heldout103 were read, to follow their labelling
conventions and docstring layout and to avoid their templates and phrasing (heldout99's docstring,
named in the brief as the model for this one, was not on the list of files to read and was not
opened; the layout follows heldout101-103's, which share it), plus the code below heldout98's
docstring for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate``,
the shape of ``TEMPLATES``, the ``P`` class, the date-format helper ``fmt``, the identifier
check-digit helpers and the place / phone helpers; its template texts were not reused, and its
name groups, word lists, place and phone tables, seen in passing on the way to those helpers, were
not reused); ``_clean`` (with its ``_WORD`` pattern) is copied from it verbatim, and the ``P`` /
``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``, ``generate`` and the NHS, H&C, CHI, NPI,
SSN, AU Medicare, OHIP, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers are this file's own
versions of those mechanics; the name groups, the word-like / eponym / brand list, the two-letter
initials set, places, streets, phone formats, document types and templates are this file's own, as
are the Medicare Beneficiary Identifier (its letter rules), the AU Medicare provider number (its
check character), the MyKad (birth date, place-of-birth code, a sex digit), the clinical arithmetic
computed from each note's own values (EuroSCORE II from the published logistic model,
Cockcroft-Gault creatinine clearance, Mosteller BSA and bypass target flow, heparin and protamine
doses, Karvonen training zones, VO2peak from the ISWT and from the DASI, 5-m gait speed,
CHA2DS2-VASc, the apixaban dose-reduction rule, weight-based enoxaparin bridging, a warfarin loading
course that rises towards its target, weekly warfarin dose changes, OPCS-4 codes from the grafts)
and the NMC PIN, GMC, HCPC, AHPRA, ESSA, DVA file, Manitoba PHIN and MHSC registration, treaty status,
Alberta PHN, CKO, IMC, GMS medical card, KASP card, TCMC, Jamaican TRN and NHF card, RN, MMC, Kenyan
national ID, SHA, KMPDC, PhilHealth PIN, PRC licence, HPCSA and medical scheme membership forms
(format only where no check digit is published); the other held-out corpora being written at the
same time were not read; ruff check (not ruff format) was run on this file; the scrubber was never
run on this corpus - no ``bench/scrubber.py``, no ``wardwatch deid``, no import of
``processors.deid`` - nor was any of its output looked at). Like v14-v103 it aims at the MAINSTREAM
of English-language hospital and clinical text with ordinary PHI density; it is modelled on
CARDIOTHORACIC SURGERY AND CARDIAC REHABILITATION: CABG and valve surgery referral letters,
pre-operative assessment and EuroSCORE II records, operation notes with bypass and cross-clamp
times, cardiac ICU handovers, sternal wound reviews, discharge summaries with anticoagulation plans,
cardiac rehab phase III exercise records and outpatient follow-up letters: cardiology referral
letters to the surgeon, pre-assessment and pre-admission clinic records, perfusion records,
operation notes and operative reports, ICU evening, SBAR and ISBAR handovers and a CVICU progress
note, wound clinic reviews and a district nursing NPWT referral, pre-admission letters and a
pre-admission phone log, immediate discharge letters and discharge summaries and memos, a
pharmacist anticoagulation clinic visit and a warfarin clinic record, phase III rehab exercise
records, assessments, a Medicare individualized treatment plan, a telehealth review and a
maintenance prescription, a structural heart team referral, surgeon's clinic letters to GPs and
cardiologists, a patient portal thread, a post-discharge phone call, an on-call jobs handover, a
rehab text-message export, a short-term disability statement, a medical scheme pre-authorisation and
a PhilHealth Z Benefit checklist - in England (9, Yorkshire, the Humber and Teesside: Bradford,
Keighley, Calderdale, Kirklees, Wakefield, Barnsley, Rotherham, Doncaster, the East Riding, the
coast, Harrogate, Selby, Middlesbrough, Stockton and Redcar), Scotland (3, Lanarkshire, Ayrshire,
Inverclyde, Renfrewshire, Dunbartonshire, Argyll and the islands, Dumfries and Galloway, Skye),
Wales (2, Carmarthenshire, Pembrokeshire, Ceredigion, Swansea, Neath and Port Talbot), Northern
Ireland (2, Londonderry, Antrim, Tyrone, Fermanagh and Down), the United States (8, Ohio: greater
Cleveland, Lorain, Akron and Canton, Toledo and the north-west, Columbus, Zanesville, Holmes and
Wayne counties, Dayton and Springfield, Mercer County, the south), Australia (4, Victoria: northern,
western and south-eastern Melbourne, Geelong, Ballarat, Bendigo, Shepparton, Gippsland, Warrnambool
and Mildura), Canada (4: Ontario 2 - Hamilton, Niagara, Brant and the Quinte / Leeds area -,
Manitoba 1, Alberta 1), Ireland (3, Limerick, Clare, Tipperary, Waterford, Kilkenny, Carlow, Sligo,
Mayo, Louth, Meath, the midlands, Donegal and the Dublin suburbs), New Zealand (3, Taranaki,
Whanganui, Manawatū, Hawke's Bay, Tairāwhiti, Nelson, south Auckland, Porirua, the Hutt, Northland,
the Bay of Plenty and south Waikato), South Africa (1, Durban and KwaZulu-Natal), Singapore (1), India (1,
central Kerala), Jamaica (1), Malaysia (1, the Klang Valley, Negeri Sembilan, Perak and Penang),
Kenya (1, Nairobi, Kiambu, Machakos, Kajiado, Nyeri and the lake region) and the Philippines (1,
Metro Manila, Rizal, Cavite and Laguna).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: cardiology referral letter to the cardiothoracic surgeon for CABG ("Dictated" "dd/mm/yyyy"
and "Typed" "dd/mm/yy", "Mr / Miss / Ms F. Last" and "Dear Mr Last", "Re: First LAST / FIRST LAST /
First Last", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, NHS number spaced, plain or dashed, street, town and
postcode, the angiogram date, the heart team's weekday outside "d Month" or "dth Month", SYNTAX and
LVEF, the spouse by first name, the mobile, "Dr First Last" with a GMC number as ID, "cc: Dr F Last"
with the practice and its town); 1. en: cardiothoracic pre-assessment clinic ("LAST, First" or
"LAST, FIRST", hospital and NHS numbers, "dd-Mon-yyyy" or "dd/mm/yyyy" DOB with "(nny)" unlabelled,
the surgeon "Mr / Miss / Ms F. Last", a weekday outside the provisional "dd/mm/yyyy", height,
weight, BMI and BSA, NYHA, CCS, PASP, bloods, Cockcroft-Gault clearance and EuroSCORE II computed,
the son or daughter by full name with a mobile, "F. Last" with an NMC PIN as ID); 2. en: CABG
operation note ("First LAST" or "FIRST LAST", hospital number, "dd/mm/yyyy" or "dd-Mon-yyyy", the
surgeon, the assistant by full name with "(ST6 CTh)" outside, "Dr Last", the perfusionist by full
name, the scrub nurse by first name, grafts by territory with conduits to match, CPB and
cross-clamp minutes, TTFM flows, OPCS-4 codes from the grafts, "Signed: Mr / Miss First Last" with
the time outside); 3. en: cardiac ICU evening handover ("dd/mm/yyyy" with the time outside, "LAST,
First" or "First LAST", "57M" unlabelled, hospital number, noradrenaline in mcg/kg/min with the
ml/h computed from the weight, rhythm and pacing box to match, drains, ABG, lines, the spouse by
first name with a mobile, the nurse in charge by first name, "Dr F. Last"); 4. en: surgical wound
clinic review (street, town and postcode, the operation date and POD, ASEPSIS and the CDC SSI
class, a tokenised wound photograph link as URL, the district nursing team's town, a landline with
the area code, "Mr Last", "Dr F. Last", "F. Last, Tissue Viability Nurse Specialist"); 5. en:
lower-case pre-admission phone log (a lower-case weekday outside "d/m", lower-case full name and
hospital number, the spouse's lower-case first name, "dd/mm/yy" DOB, "d/m" admission, stop and wash
dates, a lower-case town, two mobiles, the coordinator's lower-case first name); 6. en: discharge
summary after AVR ("First LAST" or "LAST, First", "dd/mm/yyyy" dates, a mechanical valve with
weight-based enoxaparin bridging and a "dd/mm" INR log, or a tissue valve on aspirin, the
anticoagulation clinic's town, the GP "Dr F. Last" with practice and town, "Dr First Last (FY2)"
with a 4-digit bleep as PHONE); 7. en: phase III cardiac rehab exercise record (the venue's town,
"dd.mm.yy" DOB, a mobile, Karvonen zone, ISWT with VO2peak and METs, a "dd/mm" session table with
staff initials unlabelled, "First Last, Specialist Physiotherapist" with an HCPC number as ID); 8.
en: six-week follow-up letter to the GP ("d Month yyyy" or "dth Month yyyy", "Dr F. Last" and
"Dear Dr Last", the practice town, the patient's street, town and postcode, "Mr / Mrs / Ms Last",
DVLA advice, the patient's personal e-mail, "Mr / Miss First Last, FRCS (CTh)", "cc: Mr / Ms F.
Last (patient)"); 9. sc: structural heart team referral for aortic valve intervention ("Dr F. Last",
"First LAST" or "First Last", CHI plain or 6-4, "Age:" labelled only when >= 90, Glasgow "Flat n/n,"
lines, town, postcode, landline, echo and CT values, gait speed, EuroSCORE II, the son or daughter
by full name with a mobile, the question asked by age); 10. sc: clinical perfusion record ("LAST,
First" or "LAST, FIRST", CHI, BSA, target flow and heparin computed, event times of day unlabelled,
gases, "Miss / Mr F. Last", "Dr F. Last", the perfusionist by full name); 11. sc: immediate
discharge letter with post-operative AF ("First LAST", CHI, "dd/mm/yyyy", "(Mr Last)", CHA2DS2-VASc
and the apixaban dose computed, the rehab team's and the GP's town, "Dr F. Last", "Dr First Last
(FY1)"); 12. cy: mitral valve repair operation note with bilingual Welsh / English headings ("First
LAST" or "First Last", NHS number spaced or plain, a hospital number, "dd/mm/yyyy", "Miss / Mr F.
Last", "F. Last (SpR)", "Dr Last", EROA, vena contracta, ring size, CPB and XC); 13. cy: phase III
rehab assessment (venue, home and GP towns, street, postcode, mobile, language preference, DASI
with VO2 and METs, ISWT, Karvonen from the resting HR, HADS, PHQ-9, GPPAQ, "First Last, Cardiac
Rehab Nurse Specialist"); 14. ni: pre-admission letter to the patient ("d Month yyyy", the address
block, "H&C No" plain or spaced, "dd.mm.yy" DOB, "Dear Mr / Mrs / Ms Last" or "Dear First", a
weekday outside "dth Month yyyy" or "d Month yyyy", "d Month" operation and stop dates, "dd/mm"
MRSA screen, the admissions office line); 15. ni: district nursing NPWT referral ("dd.mm.yyyy",
the DN team's town, "First LAST" or "LAST, First", H&C, street, town, BT postcode, a landline
"(028) 70nn nnnn", "Dr Last" with the GP's town, "Mr / Miss F. Last", a "dd/mm" measurement table,
the weekday after the review date outside, the ward sister "F. Last" with a 028 9 number); 16. us:
cardiothoracic surgery consultation ("Last, First M", "LAST, FIRST" or "Last, First", MRN,
"mm/dd/yyyy", "m/d" ED date and "m/d/yyyy" cath, "First M. Last, MD", the town with "OH"
unlabelled, the spouse by first name, US units, STS PROM, "Electronically signed: First Last, MD"
with the time outside); 17. us: operative report for AVR with or without CABG ("LAST, FIRST" or
"Last, First", "mm/dd/yyyy" or "m/d/yyyy" DOB, "First Last, MD", ", PA-C", "First M. Last, MD",
", CCP" outside, CPT and ICD-10-CM codes clinical); 18. us: CVICU progress note, POD 1 ("LAST,
FIRST" or "Last, First M", MRN, "59F" unlabelled, "m/d/yyyy", drips, chest tube output, labs,
"First Last, MD (PGY-n)", "First M. Last, MD", "Electronically signed m/d/yyyy hh:mm"); 19. us:
pharmacist anticoagulation clinic visit for a mechanical valve ("First M. Last" or "First Last",
MRN, cell, "mm/dd/yyyy", an "m/d" INR history, the weekly dose change computed, the draw station's
town, "First Last, PharmD, CACP", "First M. Last, MD" with an NPI (Luhn)); 20. us: lower-case
post-discharge phone call ("m/d" with the time outside, lower-case full name, MRN, cell, the
spouse's lower-case first name, "dr last", the callback number, "first l, rn"); 21. us: patient
portal thread about the incision ("From: First Last", "m/d/yyyy h:mm PM" with the time outside,
"m/d" surgery date, a tokenised document link as URL, the app's remote address as IP, "Hi First",
first-name sign-offs, "First Last, BSN, RN", "Dr. Last"); 22. us: cardiac rehab individualized
treatment plan ("Last, First" or "First Last", MRN, "mm/dd/yyyy", the Medicare MBI plain or dashed
4-3-4, the town with "OH" unlabelled, ZIP, the qualifying event with its Z code, METs, THR, PHQ-9,
"First Last, MS, ACSM-CEP", "First M. Last, MD" with an NPI); 23. us: short-term disability attending
physician statement ("First Last" or "LAST, FIRST", a full SSN dashed or plain, "mm/dd/yyyy" or
"mm-dd-yyyy" DOB, street with "Unit" / "Apt" inside, town, ZIP, phone, a claim number as ID, the
diagnosis and CPT pair, restrictions, the return-to-work date, the surgeon with an NPI and a fax);
24. au: surgeon's clinic letter to the referring cardiologist ("d/m/yyyy" or "d Month yyyy", "Dr
First Last" with a Medicare provider number (check character) and "Dear First", "First LAST" or
"LAST, First", UR number, street, suburb, "VIC" unlabelled, postcode, Medicare plain or 4-5-1 with
the IRN in brackets unlabelled, dx / recommendation / murmur to match, "Dr First Last FRACS" with
an AHPRA number, "cc: Dr F. Last" and the suburb); 25. au: ICU ISBAR handover ("dd/mm/yyyy" with the
time outside, "First LAST" or "LAST, First", "nn y" unlabelled, UR, "(Mr / Dr Last)", lines, the
son or daughter by full name with a mobile, the ICU nurse by first name, "Dr F. Last
(registrar)"); 26. au: discharge summary after mechanical MVR ("LAST, First" or "First LAST", UR,
Medicare with "/ IRN" unlabelled, "dd/mm/yyyy", enoxaparin from the weight, a "d/m" INR course,
"d/m/yyyy" next INR at the suburb's collection centre, the GP by full name with suburb, postcode
and practice phone, "Dr F. Last (HMO2)"); 27. au: community phase III telehealth review for a DVA
Gold Card holder ("d/m/yyyy", the DVA file number as ID, street, suburb, postcode, mobile, a
tokenised video link as URL and the client's IP, 6MWT, Karvonen zone, "First Last, Accredited
Exercise Physiologist" with an ESSA number as ID); 28. on: cardiac surgery consultation (ISO and
"yyyy/mm/dd" dates, "LAST, First" or "First LAST", MRN, OHIP (Luhn) with the version code inside,
dashed, spaced or plain, "nnn-nnnn <street>" or ", Unit n" lines, "ON" unlabelled, postal code, the
family physician by full name and town, the spouse by first name with a phone, "First Last, MD,
FRCSC"); 29. mb: cardiac sciences discharge summary (Manitoba PHIN plain or 3-3-3, MHSC
registration number, a treaty status number for First Nations patients, "yyyy-Mon-dd", ISO or
"Month d, yyyy" DOB, the town or First Nation community with "MB" unlabelled, postal code, ISO
dates, the lab's town and "Month d, yyyy" first draw, Northern Patient Transportation for the north,
"Dr. F. Last", "Dr. First Last (PGY-n)"); 30. ab: cardiac surgery pre-admission clinic (Alberta PHN
5-4 or plain, "yyyy-Mon-dd" or ISO DOB, Alberta grid "nnnn nn Avenue NW" lines, "AB" unlabelled, the
weekday after the booked date outside, gait speed, grip, EuroSCORE II, PFTs, the surgeon "Dr. First
Last" - Punjabi names with "Singh" / "Kaur" inside -, "First Last, RN"); 31. on: cardiovascular
rehab phase III maintenance prescription ("Month d, yyyy" DOB, OHIP, the participant's e-mail,
phone, ISO date, CPET values and training zone, the gym's town, "First Last, R.Kin" with a CKO
number as ID, "Dr. F. Last"); 32. ie: cardiothoracic outpatient letter to the GP ("dth Month yyyy"
or "d Month yyyy", "Dr First Last" with the practice and its town, "Dear Dr Last", "First Last" or
"First LAST", "dd.mm.yyyy" or "dd/mm/yyyy" DOB, MRN, street, town, "Co. X" unlabelled, Eircode, the
operation and its "dth Month yyyy" date, echo and anticoagulation to match, the mother's age
labelled only when >= 90, the rehab town, "Mr / Ms First Last, FRCSI (CTh)" with an IMC number as
ID); 33. ie: HSE community phase III rehab referral ("dd/mm/yyyy", "First Last" or "LAST, First",
PPSN old or new form as SSN, street, town, "Co. X" unlabelled, Eircode, mobile, a GMS medical card
number as ID, "Dr F. Last" and the town, ISWT, DASI, HADS, "First Last, CNS Cardiac
Rehabilitation"); 34. ie: lower-case on-call SHO jobs handover (a lower-case weekday outside "d/m",
the registrar's lower-case first name, three patients by lower-case full name with MRNs and
distinct bed numbers unlabelled, "83f" unlabelled, a son by lower-case first name with a mobile, a
3-digit bleep as PHONE); 35. nz: referral for rheumatic mitral valve surgery from Taranaki or
Hawke's Bay to Waikato or Wellington ("d Month yyyy" or "d Mon yyyy", "Kia ora koutou" / "Ngā mihi",
"First LAST" or "First Last", NHI old (mod 11) or 2022 (mod 23) form, "d/m/yyyy", street, town,
postcode, mobile, echo values, secondary prophylaxis, a brother or sister by full name, "Dr F.
Last" with the practice and town, "Dr First Last, FRACP"); 36. nz: discharge summary after a
mechanical valve ("First LAST" or "LAST, First", NHI, "d/m/yyyy", "F. Last", target INR by valve
position, enoxaparin from the weight, a "d Month" INR course, the lab's town, the Māori health
navigator by first name, the GP by full name with town and postcode, "Dr F. Last (RMO)"); 37. nz:
lower-case cardiac rehab text-message export ("d/m/yy, hh:mm - name:" stamps with the date labelled
and the time outside, lower-case first names as senders, a lower-case NHI, the class "d/m" and lab
"d Mon" dates, the nan's age labelled only when >= 90, a tokenised exercise video link as URL, the
nana by lower-case first name); 38. za: medical scheme pre-authorisation for CABG in Durban
("yyyy/mm/dd" dates, membership number as ID with the dependant code unlabelled, "FIRST LAST" or
"First Last", SA ID (Luhn) plain or 6-4-3, Umlazi / KwaMashu "nnnn Section X" lines, the suburb and
"Durban" as separate ADDRESS spans (Pietermaritzburg, Edendale, KwaDukuza, Tongaat and Verulam
without it), postcode, cell, "Dr F. Last" with the practice number unlabelled and an HPCSA "MP"
number as ID, the referring cardiologist by full name, EuroSCORE II computed); 39. sg: cardiothoracic
discharge memo ("SURNAME GIVEN" in capitals, "Surname Given" or "English Surname Given", Malay "First
bin / binte Father" and Tamil "First s/o / d/o Father" - each one NAME span -, NRIC (check letter),
"dd/mm/yyyy" or "dd Mon yyyy" DOB, "Blk nnn <town> Ave / St nn, #nn-nnnn" with "Singapore"
unlabelled, the postal code from the sector and block, HP, "dd Mon yyyy" dates, the polyclinic's
town, "Dr SURNAME Given"); 40. in: Kerala cardiothoracic discharge summary ("Mr. / Mrs." outside
"First Last" or "FIRST LAST", "nn/M" unlabelled, UHID with the hospital's prefix, "nnnnn/yy" IP
number, a house-name line with a church or temple landmark, the locality as ADDRESS, the district
and "Kerala" unlabelled, PIN after " - ", Aadhaar (Verhoeff) spaced, dashed or plain, a KASP card
number, "dd/mm/yyyy" dates, "1-0-1" dosing, acenocoumarol and penicillin for rheumatic valves, the
bystander by full name with a mobile, "Dr First Last, MCh (CTVS)" with a TCMC number, "Dr F.
Last"); 41. jm: cardiology referral for valve surgery or CABG ("d Month yyyy" or "dd/mm/yyyy", "First
Last" or "FIRST LAST", "dd/mm/yyyy" DOB, TRN plain or 3-3-3, NHF card number, street line, the town
and a "Kingston n" postal district as separate ADDRESS spans or the parish unlabelled, "(876)"
phone, the grandmother by full name with her age labelled only when >= 90, "Dr First Last"); 42.
my: cardiothoracic clinic follow-up with bilingual labels ("Encik / Puan / Mr / Mdm" outside, Malay
"bin / binti", Tamil "a/l / a/p" and Chinese "Surname Given" names in capitals or mixed case - one
NAME span each -, MyKad dashed or plain, RN number, "No. n, Jalan ... n/n, Taman ..." or "A-n-n,
Pangsapuri ..." lines, the postcode before the town, the state unlabelled, "dd/mm/yyyy" or
"dd.mm.yyyy", INR only for mechanical valves, the health clinic's town, the surgeon with an MMC
number, the nurse by full name); 43. ke: warfarin clinic record after rheumatic valve surgery
("First Middle Last" mixed or capitals, "Age: nn" unlabelled, IP number, national ID and SHA
number as ID, a house or plot line and the estate or town as ADDRESS, the county unlabelled, "P.O.
Box nnnn" as ADDRESS and the postal code as ZIP, phones, the spouse by three-part name with a phone,
"dd/mm/yyyy" or "dd-mm-yyyy", an INR table whose dose changes follow the INR, "Dr First Middle Last"
with a KMPDC number, the nurse by first name); 44. ph: PhilHealth Z Benefit CABG pre-authorization
checklist ("SURNAME, First M" with the stop outside, or "First M. Last" with the mother's maiden
initial, PhilHealth PIN 2-9-1 or plain, "mm/dd/yyyy" or "Month d, yyyy" DOB, "Blk n Lot n,
<street>" / "Purok n, <street>" lines, "Brgy. <barangay>" and the city as separate ADDRESS spans,
"Metro Manila" / "Rizal" / "Cavite" / "Laguna" unlabelled, ZIP, mobile, the spouse by full name,
"Dr. First M. Last, FPCS" with a PRC licence number, "First Last, RSW", the e-claim submission IP).

Names: curated groups per region, a person's given name and surname from one group (Yorkshire
English, Bradford and Keighley Mirpuri Pakistani, Dewsbury and Batley Gujarati Muslim, Leeds
Kittitian and Nevisian; Lanarkshire / Glasgow / Ayrshire Scots, Argyll, Islay and Skye Gaelic,
Scottish Italian; Welsh-speaking west Wales, Swansea valley and Port Talbot English-speaking Welsh;
Derry / Tyrone / Fermanagh Irish and Antrim Ulster-Scots; Ohio German-American, Amish and
Appalachian, Black Clevelanders, Somali Columbus (the father's name as the surname), Lebanese
Toledo, Puerto Rican with two surnames in one span; Anglo and Cornish Victorians, Greek, Italian,
Vietnamese and South Sudanese Dinka Melbourne; Hamilton / Niagara Anglo and Italian, Manitoba
Ukrainian / Mennonite, Cree and Anishinaabe and Filipino, Alberta Anglo and Punjabi Sikh ("Singh" /
"Kaur" inside the given-name part of the span); Irish with fadas, "O'" and "Ó" surnames, Nigerian
and Brazilian Irish; Pākehā, Māori ("Te" surnames), Samoan, Tongan and Cook Islands; Zulu and
Durban Indian; Singapore Chinese (surname first, two-syllable given names, an optional English
name), Malay (binte) and Tamil (s/o, d/o); Kerala Syrian Christian and Hindu; Afro- and
Indo-Jamaican; Malay (bin / binti), Malaysian Chinese and Malaysian Indian (a/l, a/p); Kikuyu and
Luo with an English given name, a community name and a surname; Tagalog with the mother's maiden
initial); relatives share the family's group and, except where the surname slot is a father's name,
usually the surname; staff are local or, in the UK, US, Australia, Canada, Ireland and New Zealand
about three in ten, Sri Lankan, Egyptian / Sudanese, Keralite, Nigerian or Filipino. No Faker. Some
names are also ordinary words and are drawn on purpose (``WORDISH``: Dale, Marsh, Banks, Hunter,
Fisher, Wade, Faith, Joy, Dawn, Patience, Mercy, Hazel, Heather, Frost, Tudor, Dore, Warner), where
the template never writes them as words; other word-like and eponymous names are never drawn
(``BAD_NAMES``: trades, colours, virtues, months and weekdays, the eponyms, scores, brands and drugs
of cardiac surgery and rehabilitation - Bentall, Ross, Konno, Carpentier, Alfieri, Yacoub, Cox,
Borg, Karvonen, Bruce, Duke, Holter, Doppler, Swan, Ganz, Allen, Starr, Edwards, Abbott, Mosteller,
Cockcroft, Gault, Nashef, Parsonnet, Clavien, Rockwood, Fried, Buckberg, Custodiol, Perimount, Magna,
Inspiris, Trifecta, Sapien, Evolut, Impella, PICO, Prevena, Clexane ... -, and every word of the
hospitals, practices, services, employers, towns, streets and house names written, Singapore
towns included); particles ("Singh", "Kaur", "bin", "binti", "binte", "a/l", "a/p", "s/o", "d/o",
"Te", "De", "Di", "Ó", "El") may be shared. No two-letter initials spell a common abbreviation
(``BAD_INITS``) and a note never reuses a first or last name for unrelated people (a note in which a
labelled PHI string, or a word of a labelled name, also occurs unlabelled, word-bounded and
ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "First M. Last", "F. Last", "F Last", "Dr / Mr / Miss / Ms Last", first names
alone, lower-case full and first names, "first l", Puerto Rican "First Paternal Maternal", Kenyan
"First Middle Last", Filipino "SURNAME, First M" and "First M. Last", Singapore / Malaysian Chinese
"GOH Kok Wah", "GOH KOK WAH", "Alvin Goh Kok Wah", Malay "Rahmat bin Osman" / "Rosnah binte
Jaafar", Tamil "Selvaraj s/o Muthusamy" / "Usha a/p Veerappan" (each one NAME span, the particle
inside), Punjabi "Harjit Singh Dhaliwal", Māori "Te Rangi" surnames.
Conventions (as heldout101 / heldout102 / heldout103): titles, roles, relationships and
credentials ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Mr.", "Mrs.", "Mdm", "Encik", "Puan", "wife",
"husband", "son", "daughter", "brother", "sister", "nan", "nana", "NOK", "(ST6 CTh)", "(SpR)",
"(FY1)", "(FY2)", "(HMO2)", "(RMO)", "(NIC)", "(ICU RN)", "(registrar)", "(PGY-n)", "(patient)",
"(Interventional Cardiology)", ", MD", ", PA-C", ", CCP", ", BSN, RN", ", PharmD, CACP", ", MS,
ACSM-CEP", ", MD, FRCSC", ", R.Kin", ", RN", ", rn", ", FRCS (CTh)", ", FRCSI (CTh)", " FRACS", ",
FRACP", ", MCh (CTVS)", ", FPCS", ", RSW", ", Clinical Perfusion Scientist", ", Specialist
Physiotherapist", ", Tissue Viability Nurse Specialist", ", Advanced Nurse Practitioner", ",
Accredited Exercise Physiologist", ", Cardiac Rehab Nurse Specialist", ", CNS Cardiac
Rehabilitation", ", Consultant Cardiothoracic Surgeon" and the like) are outside NAME spans. A
street line (flat, unit, "n/n", "Apt", "Unit", "Flat n/n,", "Blk ... #nn-nnnn", "nnnn Section X",
house names, "No. n, Jalan ...", "A-n-n, Pangsapuri ...", "House n, ...", "Plot n, off ...", "Lot
n, ...", "Blk n Lot n, ...", "Purok n, ...") and the town, suburb, locality, estate, district,
barangay, city or First Nation community where a person lives or where the GP, family physician,
district nursing team, rehab class, lab, pathology centre, polyclinic, health clinic or draw
station is are ADDRESS ("Durban", "Kingston n", "Brgy. <barangay>" and the Philippine city their
own spans; the Kenyan "P.O. Box nnnn" its own span); states, provinces, counties, districts,
parishes and regions ("OH", "VIC", "ON", "MB", "AB", "Co. Clare", "Ernakulam Dist.", "Kerala",
"St Thomas", "Selangor", "Kuala Lumpur", "Nairobi County", "Metro Manila", "Cavite") and
"Singapore" before a postal code are not PHI; UK postcodes, ZIP codes, Canadian postal codes,
Eircodes, AU / NZ / SA / Malaysian / Kenyan / Philippine postcodes, Indian PIN codes and Singapore
postal codes are ZIP. DATE: anything more specific than a year in any written form ("dd/mm/yyyy",
"d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy",
"d Month yyyy", "dth Month yyyy", "d Month", "dth Month", "d Mon yyyy", "dd Mon yyyy", "d Mon",
"dd-Mon-yyyy", "mm/dd/yyyy", "m/d/yyyy", "m/d", "mm-dd-yyyy", "Month d, yyyy", ISO, "yyyy/mm/dd",
"yyyy-Mon-dd"); weekdays (full, abbreviated or lower case) and times of day stay outside; years
alone, durations ("5/7", "6/52", "4 weeks"), pain scores, Katz "6/6", tubing sizes, POD numbers and
ages under 90 are not labelled. AGE: ages >= 90 only (a heart team patient's "Age:", an Irish
patient's mother, a Jamaican grandmother, a nan in a text message), the number alone. PHONE:
mobiles, landlines, cells, fax numbers, the admissions office and ward sister lines, bleeps (country
code and area-code brackets inside; "Mob", "Tel", "Cell", "HP", "Fax", "cb #" outside). SSN: a US
SSN (dashed or plain) and Irish PPSNs (old and new form). ID: NHS (mod 11), CHI (from DOB and sex),
H&C (mod 11), hospital numbers, MRN, UR, UHID, IP and RN numbers (lower case too), GMC, NMC PIN,
HCPC, NPI (Luhn), the Medicare MBI, insurer claim numbers, AU Medicare (check digit), the Medicare
provider number (check character), AHPRA, DVA file and ESSA numbers, OHIP (Luhn, version code
inside), Manitoba PHIN, MHSC registration and treaty status numbers, Alberta PHN, CKO, IMC and GMS
medical card numbers, NZ NHI (old mod 11 and 2022 mod 23 forms, lower case too), SA ID (Luhn),
medical scheme membership and HPCSA numbers, Singapore NRIC (check letter), Aadhaar (Verhoeff),
KASP card and TCMC numbers, Jamaican TRN and NHF card numbers, MyKad and MMC numbers, Kenyan
national ID, SHA and KMPDC numbers, PhilHealth PIN and PRC licence. EMAIL: patients' personal
addresses. URL: a tokenised wound photograph link, a portal document link, a telehealth video link
and a rehab exercise video link. IP: a portal message's remote address, a telehealth client's
address and an e-claim submission address. Not PHI and unlabelled: hospital, ward, unit, practice,
service, scheme, insurer and employer names, practice numbers, dependant codes, bed and theatre
numbers, staff initials alone, device and valve brands. Vitals, bloods with units (Hb, WCC,
platelets, sodium, potassium, magnesium, creatinine, eGFR, CrCl, HbA1c, INR, CRP, lactate, ABGs,
lipids, albumin), echo, CT and cath findings, SYNTAX, EuroSCORE II, STS PROM, NYHA, CCS, CFS,
frailty and gait measures, bypass, cross-clamp and perfusion values, TTFM flows, drains, vasoactive
doses, pacing settings, wound dimensions, ASEPSIS and SSI class, NPWT settings, rehab test results
(ISWT, 6MWT, DASI, CPET), training zones, RPE, HADS, PHQ-9, GAD-7, drugs with doses and frequencies,
anticoagulation targets and INR logs, ICD-10, OPCS-4, CPT and Z codes, diagnoses, procedures and
plans are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 104_000_003 + i * 7919 + attempt * 104_729, so
note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated September 2024 to early December 2025, with admissions, reviews and INR checks up to a
few weeks later). Run it only for final figures: its misses and lost clinical values are not to be
inspected while the scrubber is being changed.
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

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male given names, female given names, surnames); "_" joins the words of one entry
_NAMES = {
    # Yorkshire, the Humber and Teesside
    "yks": (("Graham Trevor Keith Malcolm Clive Nigel Darren Stuart Raymond Dennis Kenneth Mick Geoffrey Derek "
             "Colin Brian Royston Dale Lionel"),
            ("Maureen Pauline Brenda Janet Christine Beverley Lorraine Gillian Glenys Jean Marjorie Sheila "
             "Denise Elaine Wendy Tracey Yvonne Dawn Joy"),
            ("Ackroyd Sutcliffe Hepworth Greenwood Haigh Firth Holroyd Butterworth Crossley Ramsden Shackleton "
             "Illingworth Lumb Pickersgill Dobson Featherstone Hirst Metcalfe Oldroyd Thackray Whiteley "
             "Brearley Ibbotson Fisher Hunter")),
    # Bradford and Keighley Mirpuri Pakistani
    "bmi": ("Zafar Tariq Shabir Arshad Khalid Javed Mushtaq Nadeem Waseem Zahid Ishtiaq Liaqat Sajid Nawaz",
            "Nasreen Shaheen Rukhsana Parveen Zubaida Naseem Rifat Shamim Tahira Farzana Bushra Kausar",
            "Hussain Akhtar Mahmood Rashid Bashir Sadiq Shafiq Yousaf Aslam Nazir Latif Rafiq Zaman"),
    # Dewsbury and Batley Gujarati Muslim
    "bgm": ("Yusuf Ebrahim Abdulla Suleman Salim Yakub Ayub Mahmed Moosa",
            "Khatija Hajra Zulekha Rashida Mariam Sakina Zainab Amina Hawabibi",
            "Patel Bhayat Lunat Motala Hafeji Lorgat Kazi Mulla Vania Dadabhai Ravat Makda"),
    # Leeds Caribbean (Kittitian and Nevisian)
    "bcb": ("Delroy Clement Winston Errol Lloyd Carlton Everton Leroy Osbert Cecil",
            "Hyacinth Myrtle Gloria Monica Claudette Icilda Merline Pearline Veronica Joyce",
            "Liburd Hodge Phipps Dore Warner Maynard Huggins Bartlette Claxton Henville Nisbett Tyson"),
    # Lanarkshire, Glasgow, Inverclyde and Ayrshire
    "lan": ("Hugh Alistair Gerard Fraser Ewan Archie Lachlan Rab Tam Jim Sammy",
            "Isobel Agnes Senga Moira Elspeth Jeanette Marion Ishbel Rhona Lorna Fiona Margo",
            ("McGuigan Docherty Gallacher Kerr Cowan Rafferty Baird Lennox McAllister Quinn Devlin Boyle "
             "Muir Paterson McAteer Laird Whyte")),
    # Argyll, Islay and Skye Gaelic
    "gae": ("Iain Calum Ruaraidh Seumas Murdo Alasdair Domhnall Lachie Coinneach",
            "Morag Seonaid Mairi Peigi Ciorstaidh Catriona Ealasaid Flora Oighrig",
            ("MacLean MacDougall MacPhee MacKinnon MacIntyre MacArthur MacNeill MacColl MacFadyen MacEachern "
             "Matheson")),
    # Scottish Italian
    "sit": ("Dario Renato Aldo Carlo Enrico Silvio Gino",
            "Rina Dina Teresa Franca Loretta Silvana",
            "Pacitti Giovannetti Boni Coia Conetta Di_Ciacca Nardini Crolla Valente Rossi Demarco"),
    # Welsh-speaking west Wales
    "wsw": ("Gwilym Rhodri Dafydd Emyr Hywel Geraint Aled Huw Iwan Meirion Elfed Dilwyn Gethin",
            "Eirian Nia Bethan Sioned Llinos Menna Eleri Rhiannon Delyth Carys Ffion Gwenllian Mererid",
            ("Griffiths Pryce Bowen Rees Howells Llewellyn Gwynne Protheroe Vaughan Jenkins Morgans Harries "
             "Bevan")),
    # Swansea, Neath and Port Talbot English-speaking Welsh
    "wen": ("Gareth Clive Wayne Lyndon Alun Kelvin Gwyn Haydn Dai Ieuan",
            "Cheryl Julie Lynne Sharon Gaynor Leanne Lowri Jayne Ceri",
            "Hopkins Rosser Prosser Parry Watkins Pritchard Gealy Cadogan Probert Tudor Bowden Meredith"),
    # Derry, Tyrone, Fermanagh and south Down
    "nic": ("Ciarán Pádraig Eamon Dermot Fergal Séamus Aidan Conal Donal Oisín",
            "Bernadette Roisin Siobhan Áine Bronagh Clodagh Majella Deirdre Orla Geraldine Caoimhe",
            ("Doherty O'Kane Mullan McCloskey Quigley McGonagle Bradley McGuinness Devine Gormley McCann "
             "McGilloway Deery")),
    # Ulster-Scots Antrim and north Londonderry
    "nus": ("Wilbert Trevor Norman Samuel Sydney Ivan Stanley Desmond Harold Wilfred",
            "Doreen Muriel Evelyn Florence Letitia Ethel Heather Hazel Sadie",
            ("Wylie Kyle Lyttle Patterson Montgomery Houston Gillespie Crawford McIlroy Lowry Dickey Adair "
             "Kirkpatrick")),
    # Ohio: German-American, Amish and Appalachian
    "ohw": ("Duane Randy Dwight Rodney Marvin Gerald Virgil Larry Kenny Delbert Wendell Terry Dale Wade",
            "Sheryl Connie Darlene Vicki Rhonda Lori Tammy Peggy Arlene Kathy Bonnie Cindy Faith",
            ("Schaefer Rausch Hoying Kremer Gessner Stutzman Yoder Caudill Stidham Fugate Brinkman Wuebker "
             "Huelskamp Kuhlman Niekamp Hershberger Osborne")),
    # Ohio: Black Clevelanders and Columbusites
    "ohb": ("Darnell Tyrone Reginald Cedric Dewayne Marquis Lamont Otis Clarence Jerome",
            "Shonda LaToya Keisha Lakisha Tameka Yolanda Rochelle Bernice Cassandra Felicia Loretta",
            "Pettaway Bledsoe Womack Tolbert Gaines Jefferson Mayfield Whitfield Spates Ealy Threatt McGhee"),
    # Somali Columbus
    "ohs": ("Abdirahman Abdullahi Mohamed Hassan Abdikarim Omar Ahmed Abdiwali",
            "Hodan Faadumo Sahra Ubah Ayaan Hibo Idil Nasra Hawa",
            "Warsame Farah Hirsi Abdi Jama Egal Mohamud Nur Dualeh Gure"),
    # Lebanese Toledo
    "ohl": ("Rami Tony Ghassan Nabil Fadi Samir Elias Walid Ziad",
            "Nadia Rania Samira Hala Mona Layla Rima Souad",
            "Haddad Nassar Zouhbi Khoury Shousher Abood Fakhoury Chidiac Sayegh Azar"),
    # Puerto Rican Cleveland (paternal and maternal surnames, one span)
    "ohp": ("Luis José Héctor Wilfredo Ramón Efraín Edwin Orlando",
            "Maritza Carmen Nilda Migdalia Zoraida Yesenia Marisol Lourdes",
            "Rivera_Colón Santiago_Ortiz Torres_Vélez Cruz_Rosado Figueroa_Matos Ayala_Pagán Negrón_Medina"),
    # Victoria: Anglo and Cornish Australian
    "vic": ("Darryl Lindsay Graeme Neville Garry Kym Brett Shane Warwick Mervyn Rohan",
            "Raelene Kerrie Narelle Jenny Robyn Dianne Sharyn Kylie Tanya Leonie",
            ("Fitzpatrick Cartwright Hutchinson McMahon Tregear Dunstan Polglase Pascoe Maddern Trewin "
             "Penrose Marsh Banks")),
    # Greek Melbourne
    "vgr": ("Kostas Dimitrios Georgios Vasilios Christos Panagiotis Stavros Nikolaos Theodoros",
            "Dimitra Eleni Vasiliki Anastasia Soula Paraskevi Despina Kalliopi",
            "Papadopoulos Karagiannis Stavrou Kouris Theodorou Demetriou Mavros Triantafyllou Kyriakou Liapis"),
    # Italian Melbourne
    "vit": ("Giuseppe Salvatore Domenico Carmelo Vincenzo Rocco Antonio Francesco",
            "Carmela Concetta Rosaria Assunta Giuseppina Filomena Antonietta Maria_Grazia",
            "Caruso Lombardo De_Luca Santoro Pellegrino Barbaro Mammone Scuderi Femia Triglia Sergi"),
    # Vietnamese Springvale and Footscray
    "vvn": ("Hung Thanh Minh Tuan Dung Phuc Quang Binh",
            "Hoa Mai Huong Thuy Ngoc Hanh Trang Lien",
            "Nguyen Tran Pham Huynh Vo Dang Bui Truong Duong"),
    # South Sudanese Melbourne (Dinka)
    "vsd": ("Deng Garang Mabior Majok Akol Chol Malual Kuol",
            "Ayen Akech Achol Nyandeng Abuk Adut Yar",
            "Ajak Manyang Arop Bior Aguer Makuei Lual Athian"),
    # Hamilton, Niagara and eastern Ontario Anglo
    "onw": ("Doug Gord Brent Darcy Rick Blair Lorne Cam Lyle Stu",
            "Deb Marlene Lynda Patti Colleen Shelley Joanne Barb Laurie Marg",
            ("Vanderlaan Stoltz Hagerman Beamish Gilmour Cudmore MacInnis Pettigrew Lalonde Brennan Ferrier "
             "Whalen")),
    # Italian Hamilton
    "oni": ("Enzo Angelo Sergio Fiorenzo Nicola Pasquale Luigi",
            "Lucia Rosanna Pina Gina Nella Silvia",
            "Iacobelli DiFilippo Mancinelli Caputo Sgro Zampini Pasquini Ciardullo Tedesco Fiorino"),
    # Manitoba Ukrainian and Mennonite
    "mbw": ("Walter Orest Bohdan Myron Ernie Dietrich Abe Rudy Cornelius",
            "Olga Stella Halyna Oksana Elsie Agatha Tina Katharina",
            ("Kowalchuk Hryhorchuk Semenchuk Zacharias Friesen Penner Dueck Klassen Wiebe Hiebert Kroeker "
             "Thiessen Ewonchuk")),
    # Manitoba Cree and Anishinaabe
    "mbo": ("Elvis Clifford Roderick Alvin Melvin Lester Wilfred",
            "Verna Priscilla Winona Rosalie Shirley Minnie Charlene",
            ("Spence Flett Monias Mousseau Beardy Bighetty Okemaw Chartrand Ducharme Linklater Settee "
             "Muswagon")),
    # Punjabi Sikh Edmonton (Singh / Kaur inside the span)
    "abp": (("Gurpreet_Singh Harjit_Singh Balwinder_Singh Jaswinder_Singh Kulwant_Singh Sukhdev_Singh "
             "Amarjit_Singh"),
            "Harpreet_Kaur Kuljeet_Kaur Rajwinder_Kaur Surinder_Kaur Baljit_Kaur Paramjit_Kaur Navneet_Kaur",
            "Sandhu Dhaliwal Grewal Sidhu Brar Bains Toor Johal Sangha"),
    # Alberta Anglo
    "abw": ("Dwayne Kurt Wes Clint Rod Trent Garth",
            "Brandi Tracy Dana Colette Janelle Rhonda",
            "Kostiuk Schmaltz Lyster Bouchard Fehr Lamoureux McLeod Haugen Schultz"),
    # Munster, Leinster and Connacht Irish
    "irl": ("Seán Donncha Cathal Tadhg Diarmuid Fachtna Declan Eoin Denis Ger Finbarr Conor",
            "Niamh Aoife Bríd Máire Sinéad Mairéad Gráinne Nuala Eimear Ailbhe Treasa",
            ("O'Sullivan Fitzgerald Hennessy Kiely Moloney O'Mahony Lenihan Dineen Cronin O'Riordan Twomey "
             "Buckley Keohane Scanlon Ó_Briain")),
    # Nigerian Irish
    "inn": ("Chinedu Emeka Obinna Tunde Segun Olumide Chukwuma",
            "Ngozi Chioma Funmilayo Adaeze Folake Nkechi Yetunde",
            "Okafor Eze Adeyemi Okonkwo Balogun Nwosu Ogunleye Adebayo Onyeka"),
    # Brazilian Irish (Gort, Roscommon, Dublin)
    "ibr": ("Thiago Rodrigo Marcelo Leandro Anderson Fabiano",
            "Luciana Fernanda Juliana Rosângela Patrícia",
            "Ferreira Oliveira Souza Carvalho Almeida Ribeiro Pereira Gomes"),
    # Pākehā
    "pkh": ("Hamish Murray Bryce Russell Cameron Gavin Dougal Evan",
            "Raewyn Maxine Lynette Shona Kirsten Philippa Adrienne Coralie Vivienne",
            ("Burrows McIntosh Cathro Rountree Calder Ballantyne Kerslake Fookes Rutherford Galbraith "
             "Hayward Dunlop Frost")),
    # Māori
    "mao": ("Wiremu Hēmi Rawiri Tama Hone Mikaere Nikora Rangi Tamati Hohepa",
            "Mere Huia Ngaire Kiri Hinewai Mereana Ataahua Rangimarie Wikitoria Tui",
            ("Ngata Tipene Parata Te_Rangi Horomona Poutama Tautahi Waaka Hohaia Tamihana Te_Whare Pomare "
             "Tawhiri")),
    # Samoan, Tongan and Cook Islands Māori
    "pac": ("Sione Tevita Fetu Iosefa Tavita Lafaele Viliami Tuaine",
            "Losa Mele Ana Lupe Sina Malia Seini Fipe",
            ("Faleolo Tuilagi Lealaiauloto Taufa Fifita Vaipulu Mataele Leota Aumua Tuimavave Tapueluelu "
             "Tangitau Enoka")),
    # Zulu (KwaZulu-Natal)
    "zul": ("Sipho Themba Bongani Sibusiso Mandla Thulani Mthokozisi Sandile Vusi",
            "Nomvula Thandeka Zanele Nokuthula Sbongile Lindiwe Hlengiwe Ntombifuthi",
            "Dlamini Ngcobo Mkhize Zungu Shabalala Ntuli Khumalo Mthembu Cele Gumede Mchunu Buthelezi"),
    # Durban Indian
    "zai": ("Pravin Rajen Devan Vinesh Kugan Sagren Kesh",
            "Kavitha Saloshni Premila Kogie Vanitha Sharmila Thiloshni",
            "Naidoo Pillay Govender Moodley Reddy Chetty Padayachee Naicker Munsamy Perumal"),
    # Singapore Chinese: two-syllable given names, surname first
    "sgc": ("Kok_Wah Boon_Keng Chee_Seng Teck_Huat Ah_Kow Swee_Lim Eng_Hock Kian_Meng",
            "Siew_Lan Mei_Ling Hui_Min Bee_Hoon Gek_Choo Ai_Lian Soo_Ching Lay_Kheng",
            "Goh Ong Teo Koh Chua Yeo Heng Quek Ang Lau Toh Seah"),
    # Singapore Malay: the "surname" slot is the father's name
    "sgm": ("Rahmat Zulkifli Hamzah Sulaiman Roslan Kamarudin Mazlan",
            "Rosnah Zaleha Halimah Siti_Aminah Norlela Faridah Rohani Salmah",
            "Osman Salleh Yusof Hamid Jaafar Mohd_Noor Abdul_Karim Kassim"),
    # Singapore Tamil: s/o, d/o and the father's name
    "sgi": ("Ravichandran Selvaraj Murugan Rajendran Subramaniam Govindasamy",
            "Kamala Saraswathy Valli Letchumi Pushpa Jayanthi",
            "Muthusamy Ramasamy Arumugam Kandasamy Pakirisamy Chinnasamy Velu Palaniappan"),
    # Kerala Syrian Christian
    "ker": ("Varkey Kuriakose Babu Biju Shaji Sunil Jomon Tomy Saji Reji",
            "Mariamma Annamma Sosamma Aleyamma Jessy Bindhu Leelamma Sheeba Jincy",
            "Chacko Kuruvilla Eapen Mathai Varghese Kurian Oommen Cherian Pothen Zachariah"),
    # Kerala Hindu
    "kerh": ("Suresh Rajeev Anil Sreekumar Unnikrishnan Vinod Gopakumar Hariharan Madhu",
             "Lakshmi Sreeja Divya Bindu Ambika Geetha Sobha Radhamani Indira",
             "Nair Menon Pillai Kurup Warrier Nambiar Panicker Namboothiri Kartha"),
    # Afro-Jamaican
    "jmx": ("Fitzroy Garfield Donovan Lascelles Ainsley Ransford Kenroy Dalton Conroy Owen",
            "Marcia Paulette Sonia Nadine Novelette Audrey Merlene Janice Jacqueline Patience",
            "McKenzie Samuels Bailey Thompson Reid Palmer Powell Lindo Ruddock Anglin McFarlane Grizzle"),
    # Indo-Jamaican
    "jmi": ("Dhanraj Ramesh Kishore Vernon Deonarine",
            "Kamla Shanti Savitri Basmattie Sumintra",
            "Maragh Persaud Ramdial Seepersad Ramkissoon Moonsammy Bissoon Doorga"),
    # Malay (bin / binti)
    "mym": ("Ahmad_Fauzi Mohd_Rizal Kamarul Shahrul Azlan Hairul Norazmi Zainal",
            "Noraini Siti_Hajar Rohaya Zuraidah Norhayati Azizah Rosmah Faizah",
            "Abdullah Mohamad Yaakob Othman Zakaria Mat_Isa Sulong Che_Mat Ibrahim"),
    # Malaysian Chinese (surname first)
    "myc": ("Wai_Kit Kok_Leong Yew_Fatt Ah_Seng Chun_Hoe Kah_Meng",
            "Siew_Mei Poh_Lin Ai_Ling Mun_Yee Yoke_Chan Lai_Fong",
            "Wong Chan Yap Chong Foo Loh Khoo Cheah Leong Liew"),
    # Malaysian Indian (a/l, a/p)
    "myi": ("Saravanan Thanabalan Kumaresan Vijayan Ravindran Mahendran Sivakumar",
            "Malar Kogilavani Revathi Thilagavathy Parameswari Santhi Usha",
            "Karuppiah Suppiah Marimuthu Ramalingam Veerappan Nadarajah Sinnathamby"),
    # Kenyan: an English given name; the community name and the surname come from KE_MID / the surnames
    "kik": ("Josphat Gideon Cyrus Geoffrey Harrison Evans Dennis Wycliffe Elijah",
            "Mercy Faith Lucy Beatrice Eunice Caroline Naomi Jacinta Susan",
            "Kamau Njoroge Mwangi Kariuki Githinji Ndungu Maina Waweru Gitau Kimani"),
    "luo": ("Fredrick Vincent Collins Maurice Erick Tobias Dancan",
            "Pamela Roseline Millicent Everlyne Lilian Sheila Winnie",
            "Otieno Odhiambo Onyango Ouma Okoth Omondi Owino Oloo Ogola"),
    # Filipino (Tagalog), the middle initial from the mother's maiden name
    "fil": ("Rodolfo Ernesto Rogelio Danilo Romeo Edgardo Reynaldo Arnel Rommel",
            "Marites Jocelyn Rowena Erlinda Teresita Maricel Evangeline Rosario Divina Luzviminda",
            ("Dimaculangan Macaraeg Manalo Pangilinan Tolentino Dizon Bautista Villanueva Mercado Soriano "
             "Sarmiento Lacson")),
    # staff groups abroad: Sri Lankan, Egyptian and Sudanese, Nigerian
    "lka": ("Chaminda Nuwan Ruwan Asanka Thilina Kasun Lasantha",
            "Dilani Chathurika Nadeesha Sanduni Thilini Iresha",
            ("Jayasuriya Wickramasinghe Gunawardena Senanayake Karunaratne Abeysekera Dissanayake Ekanayake "
             "Weerasinghe")),
    "arb": ("Mostafa Khaled Amr Tarek Hesham Osama Waleed Ayman",
            "Rasha Heba Noha Marwa Ghada Reem Amira Yasmine",
            "Abdelrahman Fahmy Shawky Mansour El-Sayed Abdelaziz Soliman Hegazy Elnaggar Eltayeb"),
}
_KE_MID = {"kik": ("Kamau Njoroge Mwangi Kariuki Githinji Ndungu Maina Waweru",
                   "Wanjiru Wambui Muthoni Nyambura Wangari Njeri Wairimu"),
           "luo": ("Otieno Odhiambo Onyango Ochieng Okoth Omondi Owino",
                   "Achieng Akinyi Atieno Adhiambo Awino Anyango")}
SG_ENG = {"m": ["Alvin", "Vincent", "Jeffrey", "Patrick", "Desmond"], "f": ["Doris", "Irene", "Agnes", "Jenny"]}


def _words(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_words(m), _words(f), _words(s)) for k, (m, f, s) in _NAMES.items()
}
KE_MID = {k: (_words(m), _words(f)) for k, (m, f) in _KE_MID.items()}
# region -> patient groups (repeats weight the draw)
PATIENTS: dict[str, list[str]] = {
    "en": ["yks", "yks", "yks", "bmi", "bgm", "bcb"], "sc": ["lan", "lan", "lan", "gae", "sit"],
    "cy": ["wsw", "wsw", "wen"], "ni": ["nic", "nus"], "us": ["ohw", "ohw", "ohw", "ohb", "ohb", "ohs", "ohl", "ohp"],
    "au": ["vic", "vic", "vgr", "vit", "vvn", "vsd"], "on": ["onw", "onw", "oni"], "mb": ["mbw", "mbw", "mbo", "fil"],
    "ab": ["abw", "abw", "abp"], "ie": ["irl", "irl", "irl", "irl", "inn", "ibr"], "nz": ["pkh", "mao", "mao", "pac"],
    "za": ["zul", "zul", "zai"], "sg": ["sgc", "sgc", "sgm", "sgi"], "in": ["ker", "kerh"], "jm": ["jmx", "jmx", "jmi"],
    "my": ["mym", "myc", "myi"], "ke": ["kik", "luo"], "ph": ["fil"],
}
ABROAD = ["lka", "arb", "ker", "inn", "fil"]  # staff from abroad in the UK, US, AU, CA, IE and NZ
ABROAD_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "mb", "ab", "ie", "nz")
NOSHARE = {"sgm", "sgi", "mym", "myi", "vsd", "ohs"}  # the surname slot is a father's name
PARTICLES = {"Singh", "Kaur", "bin", "binti", "binte", "a/l", "a/p", "s/o", "d/o", "Te", "De", "Di", "Ó", "Ní", "El"}

# ordinary words, eponyms, brands and the like that are never drawn as names (the wordish names above are
# drawn on purpose and the templates never write them as words)
_NEVER = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Baker
Mason Walker Carter Turner Fuller Heart Valve Beat Rhythm Pace Page Sharp Swift Strong Rich Small Little Short
Major Marshall Sergeant Knight King Prince Duke Earl Lord Noble Pope Church Chapel Priest Friend Love Sweet
Bliss Joyful Merry Gay Jolly Angel Saint Christian Moss Stone Wood Woods Field Fields Forest Lake River Brook
Brooks Hill Hills Dale Vale Marsh Banks Ford Bridge Bridges Wells Well Spring Summer Winter Autumn April May
June July August March Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Mark Will Bill
Pat Sue Ray Jack Rob Art Norm Sandy Ginger Rusty Dusty Crystal Amber Ruby Pearl Jewel Ivory Scarlett Violet
Hazel Holly Ivy Heather Lily Iris Daisy Poppy Fern Olive Cherry Berry Hunter Fisher Fowler Shepherd Farmer
Miller Weaver Taylor Tailor Smith Wright Mills Nurse Doctor Surgeon Sister Matron Porter Chase Hastings Gill
Mann Stewart Campbell Graham Gordon Ross Bruce Glenn Allen Starr Edwards Abbott Duke Holter Doppler Swan Ganz
Seldinger Judkins Amplatz Bentall Konno Manouguian Nicks Carpentier Alfieri Yacoub Fontan Blalock Taussig
Ebstein Cox Maze Borg Karvonen Naughton Mosteller Cockcroft Gault Clavien Dindo Rockwood Fried Buckberg
Custodiol Bretschneider Nido Perimount Magna Inspiris Resilia Trifecta Hancock Mosaic Sapien Evolut CoreValve
MitraClip Prolene Ethibond Ticron Gore Impella Levitronix Pleur-evac Redivac Medtronic Sorin LivaNova Terumo
Getinge Maquet Stockert Cardioplegia Warfarin Apixaban Rivaroxaban Edoxaban Dabigatran Clexane Fragmin
Tinzaparin Dalteparin Enoxaparin Aspirin Clopidogrel Ticagrelor Prasugrel Bisoprolol Metoprolol Amiodarone
Digoxin Furosemide Atorvastatin Rosuvastatin Ramipril Perindopril Candesartan Nicorandil Ranolazine Dapagliflozin
Empagliflozin Metformin Gliclazide Lantus Insulatard PICO VAC Prevena Aquacel Mepore Opsite Tegaderm Inadine
Flucloxacillin Vancomycin Teicoplanin Cefuroxime Gentamicin Co-amoxiclav Doxycycline Jenner Harefield Papworth
Barts Wythenshawe Glenfield Brompton Golden Jubilee Christie Marsden Borg Bruce Duke Seattle Minnesota Kansas
Duncan Euro EuroSCORE SYNTAX Syntax Parsonnet Nashef Roques Sternal Sternum Mediastinum Mammary Saphenous
Radial Shuttle Borg Cooper Astrand Balke Harbor Wasserman Weber Killip Forrester Framingham Qrisk Duke Tei
Simpson Teichholz Bernoulli Gorlin Hakki Wilkins Jones Osler Janeway Roth Austin Flint Graham Steell Corrigan
Quincke Traube Duroziez Musset Müller Hill Becker Carvallo Kussmaul Beck Dressler Ewart Pericardium Tamponade
Penny Rocky Lucky Sonny Sunny Bunny Honey Happy Candy Misty Stormy Windy Brandy Sherry Champagne Whisky Rum
Gin Port Wine Sugar Salt Pepper Spice Basil Rosemary Sage Thyme Dill Parsley Clove Cinnamon Nutmeg Saffron
Bob Dick Peter Paul Jesus Christ Mary Joseph Noah Moses Adam Eve Cain Abel Job Jonah Samson Delilah Jezebel
Grant Frank Drew Wade Hope Faith Grace Joy Dawn Patience Mercy Charity Constance Prudence Verity Honor Honour
Temperance Felicity Precious Blessing Favour Gift Innocent Justice Loyal Royal Regal Beauty Lovely Darling
Baby Love Kind Cross Gold Silver Steel Iron Tin Lead Copper Brass Bronze Flint Slate Clay Sands Shore Beach
Bay Cove Harbour Port Haven Shelter Castle Tower Hall Court Manor Palace House Home Street Road Lane Avenue
Drive Close Way Path Rowe"""
BAD_NAMES = set(_NEVER.split()) - {"Dale", "Marsh", "Banks", "Hunter", "Fisher", "Frank", "Wade", "Faith", "Joy",
                                   "Dawn", "Patience", "Mercy", "Hazel", "Heather"}
WORDISH = {"Dale", "Marsh", "Banks", "Hunter", "Fisher", "Wade", "Faith", "Joy", "Dawn", "Patience", "Mercy",
           "Hazel", "Heather", "Frost", "Tudor", "Dore", "Mills", "Warner"}

# two-letter initials that spell a cardiac, clinical or everyday abbreviation: never drawn
_INITS = """AF AR AS AV AO AP AA AB AC AD AE AI AL AM AN AT AU BD BP BE BM BO BS CA CK CO CP CT CV CX CY DC
DM DR DU DN DS DT ED EF EG EP ER ET EU FA FB FH FY GA GI GO GP GT HB HD HE HF HM HN HR HS HT IA IC ID IM IN IO IP IS
IT IU IV KG LA LD LL LV LM ME MG MI ML MM MO MP MR MS MT MV MY NA NB NG NH NI NO NP NS NZ OD OF OH OK OM ON OP OR OT
PA PC PD PE PF PH PM PN PO PR PT PV RA RB RC RE RF RI RL RM RN RR RS RV SA SB SC SD SE SG SH SL SN SO SP SR SS ST
SV TB TC TD TE TO TR TV UK UP US VA VF VQ VS VT VV WA WE WR WV YO"""
BAD_INITS = set(_INITS.split())

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, clashing initials): draw again."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d: date, k: str) -> str:
    """A date written in one of this corpus's forms."""
    mo = MONTHS[d.month - 1]
    m3 = mo[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    forms = {
        "dmy": f"{dd}/{mm}/{y}", "d/m/y": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m": f"{d.day}.{d.month}",
        "dash": f"{dd}-{mm}-{y}", "long": f"{d.day} {mo} {y}", "ord": f"{_ord(d.day)} {mo} {y}",
        "dmo": f"{d.day} {mo}", "ordmo": f"{_ord(d.day)} {mo}", "sh": f"{d.day} {m3} {y}",
        "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "dmon2": f"{dd} {m3} {y}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "mlong": f"{mo} {d.day}", "msh": f"{m3} {d.day}",
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}",
    }
    return forms[k]


@dataclass
class P:
    """A person: given name(s), surname (or father's name), sex, a middle initial, the name group."""

    first: str
    last: str
    sex: str
    mid: str
    grp: str
    midn: str = ""  # a Kenyan community name
    eng: str = ""  # a Singapore Chinese English name

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
    def Lf(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last}, {self.first}".upper()

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi0(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def cn(self) -> str:
        """Chinese order with the surname in capitals ("GOH Kok Wah")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cne(self) -> str:
        """Chinese order with an English name first where there is one ("Alvin Goh Kok Wah")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else f"{self.last} {self.first}"

    @property
    def CN(self) -> str:
        return f"{self.last} {self.first}".upper()

    @property
    def malay(self) -> str:
        return f"{self.first} {'bin' if self.sex == 'm' else ('binte' if self.grp == 'sgm' else 'binti')} {self.last}"

    @property
    def tamil(self) -> str:
        """Singapore "s/o" / "d/o", Malaysian "a/l" / "a/p" with the father's name."""
        if self.grp == "sgi":
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

    @property
    def kenyan(self) -> str:
        return f"{self.first} {self.midn} {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJKL" else "Ms")

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
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[:3]}{len(f) + 60}@{dom}",
                f"{f}_{la}@{dom}"][k % 5]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _w11(r: random.Random, lead: str) -> str:
    """NHS and H&C numbers: nine digits weighted 10..2; check 11 - (sum mod 11), 11 -> 0, 10 never issued."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        ck = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if ck != 10:
            return body + str(0 if ck == 11 else ck)


def nhs_no(r: random.Random) -> str:
    return _w11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _w11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men) and the mod-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        ck = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if ck != 10:
            return body + str(0 if ck == 11 else ck)


def spaced334(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two digits (year), a month letter A-L, four digits, a country letter (format only)."""
    return f"{r.randint(85, 99) if r.random() < 0.5 else r.randint(0, 19):02d}{r.choice('ABCDEFGHIJKL')}" \
           f"{r.randint(0, 9999):04d}{r.choice('EEESWNO')}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (str(r.randint(1, 9)) + r.choice(al) + r.choice(an) + str(r.randint(0, 9)) + r.choice(al) + r.choice(an)
            + str(r.randint(0, 9)) + r.choice(al) + r.choice(al) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def medicare_au(r: random.Random) -> str:
    """Ten digits: eight weighted 1 3 7 9 1 3 7 9 (check = sum mod 10), the check digit, the issue number."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    ck = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(ck) + str(r.randint(1, 4))


def au_provider(r: random.Random) -> str:
    """AU Medicare provider number: six-digit stem, practice location character, check character."""
    locs = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    stem = [r.randint(0, 9) for _ in range(6)]
    li = r.randint(0, 15)
    tot = sum(x * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + li * 6
    return "".join(map(str, stem)) + locs[li] + "YXWTLKJHFBA"[tot % 11]


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    rem = tot % 23
    return digits + ("W" if rem == 0 else chr(64 + rem)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: AAANNNC (mod 11 check digit) or the 2022 AAANNAX (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            nums = [r.randint(0, 9), r.randint(0, 9)]
            fifth = r.choice(_NHI)
            tot = sum(v * w for v, w in zip(vals + nums + [_NHI.index(fifth) + 1], [7, 6, 5, 4, 3, 2], strict=True))
            return letters + f"{nums[0]}{nums[1]}" + fifth + _NHI[23 - tot % 23 - 1]
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        ck = 11 - rem
        if ck == 10:
            continue
        return letters + "".join(map(str, nums)) + str(ck)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """NRIC: S (born before 2000) or T, the birth year's last two digits, five digits, the check letter."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(r: random.Random, sep: str = " ") -> str:
    """Aadhaar: eleven digits (the first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    ck = 0
    for i, ch in enumerate(reversed(body)):
        ck = _VD[ck][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[ck])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def mykad(r: random.Random, dob: date, sex: str, dash: bool = True) -> str:
    """MyKad: yymmdd, a place-of-birth code, three digits and a last digit odd for men (format only)."""
    pb = r.choice(["10", "14", "08", "07", "05", "01", "12"])
    last = r.choice("13579" if sex == "m" else "02468")
    s = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    seq = f"{r.randint(0, 999):03d}{last}"
    return f"{s}-{pb}-{seq}" if dash else f"{s}{pb}{seq}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: str | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
                          "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
                          "gender": "male" if q.sex == "m" else "female"}
    if addr:
        pt["address"] = [{"line": [addr[0]], "city": addr[1], "postalCode": addr[2]}]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": tel}]
    return pt


class C:
    """Per-note context: seeded random, the names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        d = date(2024, 9, 2) + timedelta(days=self.r.randint(0, 455))
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

    def kv(self, label: str, value: str, end: str = "\n") -> C:
        """"label value" with the value clinical."""
        return self.t(label).c(value).t(end)

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

    def _ok(self, words: list[str]) -> bool:
        for w in words:
            if w in PARTICLES:
                continue
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
        return len({w.lower() for w in words}) == len(words)

    def person(self, grp: str, sex: str | None = None, last: str | None = None) -> P:
        if grp == "abroad":
            grp = self.ch(ABROAD)
        ms, fs, ls = NAMES[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if not self._ok(words) or (last and first == last):
                continue
            self.used.update(w.lower() for w in words if w not in PARTICLES)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp)
            if grp in KE_MID:
                q.midn = self._extra(KE_MID[grp][0 if sex == "m" else 1])
            if grp == "sgc" and self.yes(0.4):
                q.eng = self._extra(SG_ENG[sex])
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(e.split()):
                self.used.update(w.lower() for w in e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        return self.person(self.ch(grps or PATIENTS[self.region]), sex)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the patient's group; blood relatives (and most spouses) keep the surname, except
        where the surname slot is a father's name or the group does not share surnames."""
        if q.grp in NOSHARE:
            same = False
        return self.person(q.grp, sex, q.last if same else None)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            away = self.region in ABROAD_REGIONS and self.r.random() < 0.3
            grp = "abroad" if away else self.ch(PATIENTS[self.region])
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

    def born(self, lo: int, hi: int) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghijkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 45, 49, 58, 67, 73, 81, 94, 101, 122, 147, 172, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def orgs(*names: str) -> list[str]:
    """Hospital, unit, practice and programme names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode or its outward part, area code or state / county / parish)]
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "en": [("Keighley", "BD21", "01535"), ("Shipley", "BD18", "01274"), ("Halifax", "HX1", "01422"),
           ("Dewsbury", "WF13", "01924"), ("Batley", "WF17", "01924"), ("Wakefield", "WF1", "01924"),
           ("Pontefract", "WF8", "01977"), ("Barnsley", "S70", "01226"), ("Rotherham", "S65", "01709"),
           ("Doncaster", "DN4", "01302"), ("Goole", "DN14", "01405"), ("Beverley", "HU17", "01482"),
           ("Bridlington", "YO16", "01262"), ("Scarborough", "YO12", "01723"), ("Harrogate", "HG2", "01423"),
           ("Selby", "YO8", "01757"), ("Middlesbrough", "TS5", "01642"), ("Stockton-on-Tees", "TS18", "01642"),
           ("Redcar", "TS10", "01642"), ("Northallerton", "DL6", "01609"), ("Huddersfield", "HD3", "01484"),
           ("Castleford", "WF10", "01977"), ("Morley", "LS27", "0113"), ("Pudsey", "LS28", "0113"),
           ("Stocksbridge", "S36", "0114")],
    "sc": [("Motherwell", "ML1", "01698"), ("Wishaw", "ML2", "01698"), ("Airdrie", "ML6", "01236"),
           ("Coatbridge", "ML5", "01236"), ("East Kilbride", "G74", "01355"), ("Kilmarnock", "KA1", "01563"),
           ("Irvine", "KA12", "01294"), ("Ayr", "KA8", "01292"), ("Greenock", "PA15", "01475"),
           ("Paisley", "PA2", "0141"), ("Dumbarton", "G82", "01389"), ("Oban", "PA34", "01631"),
           ("Dunoon", "PA23", "01369"), ("Dumfries", "DG1", "01387"), ("Stranraer", "DG9", "01776"),
           ("Bowmore", "PA43", "01496"), ("Portree", "IV51", "01478"), ("Cumbernauld", "G67", "01236")],
    "cy": [("Llanelli", "SA15", "01554"), ("Carmarthen", "SA31", "01267"), ("Ammanford", "SA18", "01269"),
           ("Neath", "SA11", "01639"), ("Port Talbot", "SA13", "01639"), ("Haverfordwest", "SA61", "01437"),
           ("Pembroke Dock", "SA72", "01646"), ("Aberystwyth", "SY23", "01970"), ("Cardigan", "SA43", "01239"),
           ("Lampeter", "SA48", "01570"), ("Pontardawe", "SA8", "01792"), ("Gorseinon", "SA4", "01792"),
           ("Tenby", "SA70", "01834"), ("Burry Port", "SA16", "01554")],
    "ni": [("Coleraine", "BT52", "028 70"), ("Ballymena", "BT43", "028 25"), ("Derry", "BT48", "028 71"),
           ("Limavady", "BT49", "028 77"), ("Omagh", "BT78", "028 82"), ("Enniskillen", "BT74", "028 66"),
           ("Newry", "BT35", "028 30"), ("Dungannon", "BT71", "028 87"), ("Cookstown", "BT80", "028 86"),
           ("Ballymoney", "BT53", "028 27"), ("Larne", "BT40", "028 28"), ("Strabane", "BT82", "028 71"),
           ("Magherafelt", "BT45", "028 79")],
    "us": [("Parma", "44134", "440"), ("Lakewood", "44107", "216"), ("Euclid", "44117", "216"),
           ("Elyria", "44035", "440"), ("Lorain", "44052", "440"), ("Mentor", "44060", "440"),
           ("Akron", "44310", "330"), ("Canton", "44708", "330"), ("Massillon", "44646", "330"),
           ("Toledo", "43612", "419"), ("Sandusky", "44870", "419"), ("Findlay", "45840", "419"),
           ("Lima", "45805", "419"), ("Columbus", "43207", "614"), ("Westerville", "43081", "614"),
           ("Zanesville", "43701", "740"), ("Millersburg", "44654", "330"), ("Wooster", "44691", "330"),
           ("Dayton", "45405", "937"), ("Springfield", "45503", "937"), ("Celina", "45822", "419"),
           ("Coldwater", "45828", "419"), ("Chillicothe", "45601", "740"), ("Portsmouth", "45662", "740"),
           ("Cleveland Heights", "44118", "216"), ("Maple Heights", "44137", "216")],
    "au": [("Reservoir", "3073", "9"), ("Preston", "3072", "9"), ("Thomastown", "3074", "9"),
           ("Broadmeadows", "3047", "9"), ("St Albans", "3021", "9"), ("Footscray", "3011", "9"),
           ("Springvale", "3171", "9"), ("Dandenong", "3175", "9"), ("Noble Park", "3174", "9"),
           ("Frankston", "3199", "9"), ("Werribee", "3030", "9"), ("Oakleigh", "3166", "9"),
           ("Lalor", "3075", "9"), ("Corio", "3214", "5"), ("Geelong West", "3218", "5"),
           ("Ballarat East", "3350", "5"), ("Bendigo", "3550", "5"), ("Shepparton", "3630", "5"),
           ("Traralgon", "3844", "5"), ("Warrnambool", "3280", "5"), ("Mildura", "3500", "5")],
    "on": [("Stoney Creek", "L8G", "905"), ("Burlington", "L7R", "905"), ("St. Catharines", "L2M", "905"),
           ("Welland", "L3C", "905"), ("Grimsby", "L3M", "905"), ("Brantford", "N3T", "519"),
           ("Belleville", "K8N", "613"), ("Napanee", "K7R", "613"), ("Brockville", "K6V", "613"),
           ("Ancaster", "L9G", "905"), ("Dundas", "L9H", "905"), ("Niagara Falls", "L2E", "905"),
           ("Simcoe", "N3Y", "519")],
    "mb": [("Steinbach", "R5G", "204"), ("Selkirk", "R1A", "204"), ("Portage la Prairie", "R1N", "204"),
           ("Brandon", "R7A", "204"), ("Winkler", "R6W", "204"), ("Dauphin", "R7N", "204"),
           ("The Pas", "R9A", "204"), ("Thompson", "R8N", "204"), ("Gimli", "R0C", "204"),
           ("Winnipeg", "R2K", "204"), ("Norway House", "R0B", "204"), ("Peguis First Nation", "R0C", "204")],
    "ab": [("Sherwood Park", "T8A", "780"), ("St. Albert", "T8N", "780"), ("Leduc", "T9E", "780"),
           ("Spruce Grove", "T7X", "780"), ("Fort Saskatchewan", "T8L", "780"), ("Camrose", "T4V", "780"),
           ("Red Deer", "T4N", "403"), ("Grande Prairie", "T8V", "780"), ("Lloydminster", "T9V", "780"),
           ("Edmonton", "T6L", "780"), ("Wetaskiwin", "T9A", "780")],
    "ie": [("Limerick", "V94", "061"), ("Ennis", "V95", "065"), ("Nenagh", "E45", "067"), ("Thurles", "E41", "0504"),
           ("Clonmel", "E91", "052"), ("Waterford", "X91", "051"), ("Dungarvan", "X35", "058"),
           ("Kilkenny", "R95", "056"), ("Carlow", "R93", "059"), ("Sligo", "F91", "071"), ("Ballina", "F26", "096"),
           ("Dundalk", "A91", "042"), ("Drogheda", "A92", "041"), ("Navan", "C15", "046"),
           ("Tullamore", "R35", "057"), ("Mullingar", "N91", "044"), ("Athlone", "N37", "090"),
           ("Letterkenny", "F92", "074"), ("Castlebar", "F23", "094"), ("Finglas", "D11", "01"),
           ("Tallaght", "D24", "01"), ("Clondalkin", "D22", "01"), ("Swords", "K67", "01")],
    "nz": [("New Plymouth", "4310", "06"), ("Hāwera", "4610", "06"), ("Stratford", "4332", "06"),
           ("Whanganui", "4500", "06"), ("Levin", "5510", "06"), ("Feilding", "4702", "06"),
           ("Gisborne", "4010", "06"), ("Wairoa", "4108", "06"), ("Napier", "4110", "06"),
           ("Flaxmere", "4120", "06"), ("Motueka", "7120", "03"), ("Ōtara", "2023", "09"),
           ("Māngere", "2022", "09"), ("Manurewa", "2102", "09"), ("Papakura", "2110", "09"),
           ("Porirua", "5022", "04"), ("Wainuiomata", "5014", "04"), ("Kaitaia", "0410", "09"),
           ("Whakatāne", "3120", "07"), ("Tokoroa", "3420", "07")],
    "za": [("Umlazi", "4031", "031"), ("Chatsworth", "4092", "031"), ("Phoenix", "4068", "031"),
           ("Pinetown", "3610", "031"), ("KwaMashu", "4360", "031"), ("Westville", "3629", "031"),
           ("Verulam", "4340", "032"), ("Amanzimtoti", "4126", "031"), ("Tongaat", "4400", "032"),
           ("Pietermaritzburg", "3201", "033"), ("Edendale", "3217", "033"), ("KwaDukuza", "4450", "032")],
    "sg": [("Ang Mo Kio", "56", ""), ("Bedok", "46", ""), ("Tampines", "52", ""), ("Jurong West", "64", ""),
           ("Hougang", "53", ""), ("Yishun", "76", ""), ("Toa Payoh", "31", ""), ("Bukit Batok", "65", ""),
           ("Sengkang", "54", ""), ("Woodlands", "73", ""), ("Clementi", "12", ""), ("Pasir Ris", "51", "")],
    "in": [("Kakkanad", "682030", "Ernakulam"), ("Edappally", "682024", "Ernakulam"), ("Aluva", "683101", "Ernakulam"),
           ("Perumbavoor", "683542", "Ernakulam"), ("Muvattupuzha", "686661", "Ernakulam"),
           ("Changanassery", "686101", "Kottayam"), ("Pala", "686575", "Kottayam"), ("Ettumanoor", "686631", "Kottayam"),
           ("Thiruvalla", "689101", "Pathanamthitta"), ("Chalakudy", "680307", "Thrissur"),
           ("Irinjalakuda", "680121", "Thrissur"), ("Cherthala", "688524", "Alappuzha"),
           ("Kayamkulam", "690502", "Alappuzha")],
    "jm": [("Half Way Tree", "Kingston 10", "St Andrew"), ("Papine", "Kingston 7", "St Andrew"),
           ("Cross Roads", "Kingston 5", "St Andrew"), ("Portmore", "", "St Catherine"),
           ("Spanish Town", "", "St Catherine"), ("Old Harbour", "", "St Catherine"), ("Linstead", "", "St Catherine"),
           ("May Pen", "", "Clarendon"), ("Mandeville", "", "Manchester"), ("Ocho Rios", "", "St Ann"),
           ("Morant Bay", "", "St Thomas"), ("Savanna-la-Mar", "", "Westmoreland")],
    "my": [("Kajang", "43000", "Selangor"), ("Shah Alam", "40150", "Selangor"), ("Klang", "41200", "Selangor"),
           ("Cheras", "56000", "Kuala Lumpur"), ("Setapak", "53300", "Kuala Lumpur"),
           ("Seremban", "70200", "Negeri Sembilan"), ("Ipoh", "30450", "Perak"),
           ("Bukit Mertajam", "14000", "Pulau Pinang"), ("Rawang", "48000", "Selangor"),
           ("Semenyih", "43500", "Selangor")],
    "ke": [("Embakasi", "00501", "Nairobi"), ("Kayole", "00518", "Nairobi"), ("Kahawa West", "00609", "Nairobi"),
           ("Githurai", "00609", "Nairobi"), ("Ruiru", "00232", "Kiambu"), ("Thika", "01000", "Kiambu"),
           ("Machakos", "90100", "Machakos"), ("Kitengela", "00241", "Kajiado"), ("Nyeri", "10100", "Nyeri"),
           ("Kisumu", "40100", "Kisumu"), ("Homa Bay", "40300", "Homa Bay"), ("Siaya", "40600", "Siaya")],
    "ph": [("Commonwealth|Quezon City", "1121", ""), ("Batasan Hills|Quezon City", "1126", ""),
           ("Bagong Silangan|Quezon City", "1119", ""), ("Tandang Sora|Quezon City", "1116", ""),
           ("Bagong Barrio|Caloocan City", "1400", ""), ("Tonsuya|Malabon City", "1470", ""),
           ("San Isidro|Antipolo City", "1870", "Rizal"), ("Dela Paz|Antipolo City", "1870", "Rizal"),
           ("Molino III|Bacoor City", "4102", "Cavite"), ("San Antonio|San Pedro City", "4023", "Laguna"),
           ("Concepcion Uno|Marikina City", "1807", "")],
}
IE_COUNTY = {"Limerick": "Limerick", "Ennis": "Clare", "Nenagh": "Tipperary", "Thurles": "Tipperary",
             "Clonmel": "Tipperary", "Waterford": "Waterford", "Dungarvan": "Waterford", "Kilkenny": "Kilkenny",
             "Carlow": "Carlow", "Sligo": "Sligo", "Ballina": "Mayo", "Dundalk": "Louth", "Drogheda": "Louth",
             "Navan": "Meath", "Tullamore": "Offaly", "Mullingar": "Westmeath", "Athlone": "Westmeath",
             "Letterkenny": "Donegal", "Castlebar": "Mayo", "Finglas": "", "Tallaght": "", "Clondalkin": "",
             "Swords": "Dublin"}
STREETS: dict[str, list[str]] = {
    "en": ["Thornhill Road", "Skipton Road", "Owlcotes Lane", "Heckmondwike Road", "Carr Lane", "Park Grove",
           "Spen Valley Road", "Ings Lane", "Stainbeck Avenue", "Lidget Terrace", "Cudworth Road", "Acomb Close",
           "Marsden Street", "Holgate Crescent", "Linthorpe Road", "Coulby Lane", "Sowerby Croft", "Moor End Road"],
    "sc": ["Merry Street", "Brandon Parade", "Craigneuk Road", "Main Street", "Glencairn Street", "Shore Road",
           "Kilbowie Terrace", "Gallowhill Avenue", "Dalmellington Road", "Lochside Crescent", "Annan Road",
           "Braeside Place", "Caledonia Drive"],
    "cy": ["Heol y Parc", "Stryd Fawr", "Station Road", "Heol Ddu", "Bryn Road", "Maes y Coed", "Glanmor Road",
           "Tirydail Lane", "Heol Hen", "Penygroes Road", "Cwmbach Road", "Lon Cae Banc", "Priory Street"],
    "ni": ["Mountsandel Road", "Galgorm Road", "Creggan Street", "Irish Green Street", "Gortin Road",
           "Tempo Road", "Monaghan Road", "Killyman Road", "Molesworth Street", "Coolyvenny Road",
           "Glenarm Road", "Urney Road", "Castledawson Road"],
    "us": ["Pearl Road", "Detroit Avenue", "Lake Shore Boulevard", "Abbe Road", "Tuscarawas Street", "Whipple Avenue",
           "Monroe Street", "Sylvania Avenue", "Cleveland Avenue", "Parsons Avenue", "Schrock Road",
           "Wayne Avenue", "Salem Avenue", "County Road 77", "Elida Road", "Sinclair Avenue", "Brookpark Road"],
    "au": ["Gilbert Road", "High Street", "Plenty Road", "Cooper Street", "Pascoe Vale Road", "Ballarat Road",
           "Princes Highway", "Heatherton Road", "Corrigan Road", "Watton Street", "Station Street",
           "Pakington Street", "Lydiard Street", "Mitchell Street", "Deakin Avenue", "Koroit Street"],
    "on": ["King Street East", "Barton Street", "Brant Street", "Ontario Street", "Niagara Street", "Main Street West",
           "Colborne Street", "Bridge Street East", "Dundas Street West", "Lundy's Lane", "Lakeshore Road"],
    "mb": ["Main Street", "Henderson Highway", "Regent Avenue", "Saskatchewan Avenue", "Princess Avenue",
           "Mountain Avenue", "Rosser Avenue", "Fischer Avenue", "Cree Road", "Centennial Street"],
    "ab": ["Baseline Road", "Sir Winston Churchill Avenue", "Gaetz Avenue", "Main Street", "Mill Woods Road",
           "Grandin Road", "Calahoo Road", "100 Avenue", "50 Street"],
    "ie": ["O'Connell Avenue", "Mill Road", "Kenyon Street", "Slievenamon Road", "Parnell Street", "Abbey Road",
           "Ballybricken", "Green Street", "Pearse Road", "Bridge Street", "Francis Street", "Dublin Road",
           "Church View", "Ard na Gréine", "Cluain Ard"],
    "nz": ["Devon Street West", "Princes Street", "Victoria Avenue", "Queen Street", "Gladstone Road",
           "Kennedy Road", "Swamp Road", "East Tamaki Road", "Massey Road", "Great South Road", "Bedford Street",
           "Kenepuru Drive", "Commerce Street", "Landing Road"],
    "za": ["Mangosuthu Highway", "Road 704", "Phoenix Highway", "Old Main Road", "Malandela Road",
           "Jan Hofmeyr Road", "Wick Street", "Kingsway", "Ballito Drive", "Church Street", "Sutton Crescent"],
    "in": ["Seaport-Airport Road", "Palarivattom Road", "Bank Junction Road", "Market Road", "Temple Road",
           "Chalakudy Bypass", "Convent Road", "MC Road", "Kottayam Road", "Railway Station Road"],
    "jm": ["Hope Road", "Old Hope Road", "Molynes Road", "Mona Road", "Waltham Park Road", "Braeton Parkway",
           "Burke Road", "Main Street", "Manchester Road", "Bustamante Highway", "DaCosta Drive"],
    "my": ["Jalan Reko", "Jalan Bukit", "Jalan Meru", "Jalan Kenari", "Jalan Setapak Indah", "Jalan Cheras Hartamas",
           "Jalan Rasah", "Jalan Sultan Azlan Shah", "Jalan Kulim", "Jalan Bandar Rawang"],
    "ke": ["Outer Ring Road", "Kangundo Road", "Thika Road", "Kamiti Road", "Garissa Road", "Mombasa Road",
           "Kenyatta Highway", "Oginga Odinga Street", "Kisumu-Busia Road", "Kimathi Way"],
    "ph": ["Mabuhay Street", "Sampaguita Street", "Ilang-Ilang Street", "Kalayaan Avenue", "Don Fabian Street",
           "Payatas Road", "Rizal Avenue", "Sumulong Highway", "Aguinaldo Highway", "National Road"],
}
HOUSES_IN = ["Puthenpurackal House", "Thekkedath House", "Kizhakkethil House", "Chirayil House",
             "Vadakkumpadam House", "Kalapurackal House", "Mannarathara House", "Palliparambil House"]
SG_STREETS = ["Avenue", "Street", "Ave", "St", "Drive"]
for _g, _ts in TOWNS.items():
    for _t, _x, _y in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ýa-zāēīōū][\w'-]+", _t.replace("|", " ")))
        if _g in ("in", "my", "ke", "jm", "ph"):
            BAD_NAMES.update(re.findall(r"[A-Z][\w'-]+", _y))
for _ss in STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
for _h in HOUSES_IN:
    BAD_NAMES.update(_h.split())
_PLACES_TXT = """Yorkshire Humber Teesside Leeds Sheffield Bradford Hull York Glasgow Edinburgh Lanarkshire
Ayrshire Argyll Swansea Cardiff Wales Cymru Belfast Ulster Antrim Tyrone Ohio Cleveland Cincinnati Victoria Melbourne
Ontario Hamilton Kingston Manitoba Alberta Dublin Cork Galway Auckland Wellington Taranaki Durban Natal Kerala
Kochi Ernakulam Kottayam Thrissur Jamaica Selangor Lumpur Kuala Nairobi Kenya Manila Quezon Luzon Singapore
Scotland England Ireland Zealand Australia Canada India Malaysia Philippines Africa Mona Indies"""
BAD_NAMES.update(_PLACES_TXT.split())


def postcode(c: C, g: str, out: str) -> str:
    if g in ("en", "sc", "cy", "ni"):
        return f"{out} {c.ri(1, 9)}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}{c.ch('ABDEFGHJLNPQRSTUWXYZ')}"
    if g in ("on", "mb", "ab"):
        lt = "ABCEGHJKLMNPRSTVWXYZ"
        return f"{out} {c.ri(0, 9)}{c.ch(lt)}{c.ri(0, 9)}"
    if g == "ie":
        return f"{out} {''.join(c.ch('ACDEFHKNPRTVWXY0123456789') for _ in range(4))}"
    return out


def place(c: C, g: str | None = None) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP / Eircode / PIN, area code or state / parish)."""
    g = g or c.region
    town, out, area = c.ch(TOWNS[g])
    st = c.ch(STREETS[g]) if g in STREETS else ""
    n = c.ri(2, 160)
    z = postcode(c, g, out)
    if g in ("en", "sc", "cy", "ni"):
        if g == "sc" and c.yes(0.3):
            line = f"Flat {c.ri(0, 3)}/{c.ri(1, 3)}, {n} {st}"
        else:
            line = c.ch([f"{n} {st}", f"{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 9)}, {n} {st}"])
    elif g == "us":
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(1, 24)}{c.ch('ABCD')}", f"{n * 37} {st} Unit {c.ri(2, 60)}"])
    elif g in ("on", "mb", "ab"):
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1404)}-{n * 11} {st}", f"{n * 11} {st}, Unit {c.ri(1, 30)}"])
        if g == "ab" and c.yes(0.4):
            line = f"{c.ri(1, 99) * 100 + c.ri(1, 99)} {c.ri(17, 48)} Avenue NW"
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 18)}/{n} {st}", f"Unit {c.ri(1, 9)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"{n}{c.ch('ABC')} {st}", f"Flat {c.ri(1, 4)}, {n} {st}"])
    elif g == "ie":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 60)} {st}", f"Apt {c.ri(1, 40)}, {c.ch(['Riverview', 'Cois Abhann', 'Bóthar Buí'])} Court"])
    elif g == "za":
        if town in ("Umlazi", "KwaMashu", "Edendale"):
            line = f"{c.ri(100, 9999)} {c.ch('ABCDGHJKLMNPQRUVW')} Section" if town == "Umlazi" else \
                   f"{c.ri(100, 9999)} {c.ch(['Section', 'Unit'])} {c.ch('ABCDEFGHJKL')}"
        else:
            line = c.ch([f"{n} {st}", f"{c.ri(2, 60)} {c.ch(['Havenside', 'Moorcross', 'Croftdene'])} Drive"])
    elif g == "sg":
        blk = c.ri(101, 689)
        line = f"Blk {blk} {town} {c.ch(SG_STREETS)} {c.ri(1, 92)}, #{c.ri(2, 17):02d}-{c.ri(10, 1899)}"
        z = f"{out}{blk:04d}"
    elif g == "in":
        near = f"{c.ch(['Near', 'Opp.'])} {c.ch(['St. Mary Church', 'St. George Church', 'Sree Krishna Temple', 'Siva Temple'])}"
        line = c.ch([f"{c.ch(HOUSES_IN)}, {near}", f"{c.ch(HOUSES_IN)}, {st}",
                     f"Flat {c.ri(1, 12)}{c.ch('ABCD')}, {c.ch(['Skyline', 'Olive', 'Asset'])} Apartments, {st}"])
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(10, 1800)}, {st}", f"{c.ri(2, 40)} {c.ch(['Hellshire', 'Passage Fort', 'Independence City'])} Avenue"])
    elif g == "my":
        line = c.ch([f"No. {c.ri(1, 120)}, {st} {c.ri(1, 12)}/{c.ri(1, 9)}, Taman {c.ch(['Sri Minang', 'Desa Aman', 'Bukit Indah', 'Mutiara'])}",
                     f"{c.ch('ABC')}-{c.ri(1, 18)}-{c.ri(1, 12)}, Pangsapuri {c.ch(['Seri Melati', 'Cempaka', 'Anggerik'])}, {st}"])
    elif g == "ke":
        line = c.ch([f"House {c.ri(1, 300)}, {st}", f"Plot {c.ri(10, 900)}, off {st}", f"{c.ch(['Block', 'Court'])} {c.ri(1, 40)}{c.ch('ABC')}, {st}"])
    else:  # ph: the barangay and the city are folded into the town as "barangay|city"
        line = c.ch([f"{c.ri(1, 180)} {st}", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 60)}, {st}", f"Purok {c.ri(1, 7)}, {st}"])
    return line, town, z, area


def phone(c: C, area: str = "", mob: bool = True, g: str | None = None) -> str:
    g = g or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"07{c.dig(9)}"])
        a = area or "0113"
        if a.startswith("028"):
            return c.ch([f"{a}{c.dig(2)} {c.dig(4)}".replace("028 ", "028 "), f"({a[:3]}) {a[4:]}{c.dig(2)} {c.dig(4)}"])
        if len(a) == 4:  # 0113 / 0114 / 0141
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a} {c.dig(3)}{c.dig(3)}"])
    if g in ("us", "on", "mb", "ab", "jm"):
        a = area or {"us": "216", "on": "905", "mb": "204", "ab": "780", "jm": "876"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(0, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"(03) {area or '9'}{c.dig(3)} {c.dig(4)}", f"03 {area or '9'}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}-{c.dig(7)}",
                         f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(7 if a == '01' else 6)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('17')} {c.dig(3)} {c.dig(4)}", f"022 {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('17')} {c.dig(3)} {c.dig(4)}",
                         f"027{c.dig(7)}"])
        return c.ch([f"({area or '06'}) {c.dig(3)} {c.dig(4)}", f"{area or '06'} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '82', '83', '61', '66'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '82', '83'])} {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"({area or '031'}) {c.dig(3)} {c.dig(4)}", f"{area or '031'} {c.dig(3)} {c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"9{c.dig(3)} {c.dig(4)}", f"8{c.dig(3)} {c.dig(4)}", f"+65 9{c.dig(3)} {c.dig(4)}", f"9{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-{c.ri(7, 9)}{c.dig(9)}",
                     f"0484 {c.dig(7)}" if not mob else f"{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
    if g == "my":
        if mob:
            return c.ch([f"01{c.ch('2346789')}-{c.dig(3)} {c.dig(4)}", f"01{c.ch('2346789')}-{c.dig(7)}",
                         f"+60 1{c.ch('2346789')}-{c.dig(3)} {c.dig(4)}"])
        return c.ch([f"03-{c.dig(4)} {c.dig(4)}", f"03-{c.dig(8)}"])
    if g == "ke":
        return c.ch([f"07{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+254 7{c.dig(2)} {c.dig(6)}", f"07{c.dig(8)}",
                     f"01{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
    # ph
    if mob:
        return c.ch([f"09{c.dig(2)} {c.dig(3)} {c.dig(4)}", f"+63 9{c.dig(2)} {c.dig(3)} {c.dig(4)}", f"09{c.dig(9)}",
                     f"09{c.dig(2)}-{c.dig(3)}-{c.dig(4)}"])
    return c.ch([f"(02) 8{c.dig(3)} {c.dig(4)}", f"02-8{c.dig(3)}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: str | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))


# ---------------------------------------------------------------------------------------- clinical arithmetic
EURO_NYHA = {1: 0.0, 2: 0.1070545, 3: 0.2958358, 4: 0.5597929}
EURO_LV = {"good": 0.0, "moderate": 0.3150652, "poor": 0.8084096, "very poor": 0.9346919}
EURO_URG = {"elective": 0.0, "urgent": 0.3174673, "emergency": 0.7039121}
EURO_WT = {"isolated CABG": 0.0, "single non-CABG": 0.0062118, "two procedures": 0.5521478,
           "three procedures": 0.9724533}


def euroscore2(age: int, sex: str, crcl: float, lv: str, nyha: int, urg: str, wt: str, *, ccs4: bool = False,
               iddm: bool = False, eca: bool = False, cpd: bool = False, mob: bool = False, redo: bool = False,
               mi: bool = False, pa: int = 0) -> float:
    """EuroSCORE II predicted mortality (%), from the published logistic model."""
    y = -5.324537 + 0.0285181 * max(1, age - 59) + (0.2196434 if sex == "f" else 0.0)
    y += 0.8592256 if crcl <= 50 else (0.303553 if crcl <= 85 else 0.0)
    y += EURO_LV[lv] + EURO_NYHA[nyha] + EURO_URG[urg] + EURO_WT[wt]
    y += 0.2226147 * ccs4 + 0.3542749 * iddm + 0.5360268 * eca + 0.1886564 * cpd + 0.2407181 * mob
    y += 1.118599 * redo + 0.1528943 * mi + (0.1788899 if pa == 1 else (0.3491475 if pa == 2 else 0.0))
    return 100 * math.exp(y) / (1 + math.exp(y))


def crcl_cg(age: int, kg: float, creat: int, sex: str) -> float:
    """Cockcroft-Gault creatinine clearance (ml/min) from creatinine in umol/L."""
    return (140 - age) * kg * (1.23 if sex == "m" else 1.04) / creat


def bsa(kg: float, cm: float) -> float:
    return math.sqrt(kg * cm / 3600)


def bmi(kg: float, cm: float) -> float:
    return kg / (cm / 100) ** 2


def karvonen(age: int, rest: int, lo: float = 0.4, hi: float = 0.7) -> tuple[int, int]:
    mx = 220 - age
    return round(rest + lo * (mx - rest)), round(rest + hi * (mx - rest))


def iswt_vo2(metres: int) -> float:
    """Peak VO2 (ml/kg/min) estimated from the incremental shuttle walk distance (4.19 + 0.025 x m)."""
    return 4.19 + 0.025 * metres


def chads_vasc(age: int, sex: str, chf: bool, htn: bool, dm: bool, stroke: bool, vasc: bool) -> int:
    return (chf + htn + dm + 2 * stroke + vasc + (2 if age >= 75 else (1 if age >= 65 else 0))
            + (sex == "f"))


def lmwh_dose(kg: float, per_kg: float = 1.0) -> int:
    """Treatment-dose enoxaparin rounded to the nearest 10 mg."""
    return int(round(kg * per_kg / 10) * 10)


def apixaban_dose(age: int, kg: float, creat: int) -> str:
    n = (age >= 80) + (kg <= 60) + (creat >= 133)
    return "2.5 mg BD" if n >= 2 else "5 mg BD"


def inr_course(c: C, days: int, target_lo: float) -> list[tuple[float, float]]:
    """A warfarin loading course in hospital: (INR, dose mg) per day, the INR rising towards the target."""
    out = []
    inr, dose = round(c.r.uniform(1.0, 1.2), 1), float(c.ch([5, 5, 10]))
    for _ in range(days):
        out.append((inr, dose))
        step = 0.15 + 0.04 * dose + c.r.uniform(-0.1, 0.15)
        inr = round(inr + step, 1)
        if inr >= target_lo - 0.3:
            dose = max(2.0, dose - c.ch([1, 2, 3]))
        elif dose < 5:
            dose += 1
    return out


def us_creat(umol: int) -> str:
    return f"{umol / 88.4:.2f}"


CABG_TARGETS = ["LIMA-LAD", "SVG-OM1", "SVG-RCA", "SVG-PDA", "SVG-D1", "SVG-OM2", "RIMA-OM1", "radial-PDA"]


def grafts(c: C, n: int) -> list[str]:
    """n distal targets for CABG: the LIMA to the LAD, then one target per other territory (lateral, right,
    diagonal, a second lateral), each a vein or, for the first, sometimes a second arterial conduit."""
    first = [c.ch(["OM1", "OM1", "Ramus"]), c.ch(["PDA", "RCA", "PLV"])]
    c.r.shuffle(first)
    rest = sorted((first + ["D1", "OM2"])[:n - 1], key=lambda t: ["D1", "Ramus", "OM1", "OM2", "PLV", "PDA", "RCA"].index(t))
    out = ["LIMA-LAD"]
    art = c.yes(0.3)
    for t in rest:
        con = "SVG"
        if art:
            con = "RA" if t in ("RCA", "PDA", "PLV") or c.yes(0.5) else "RIMA"
            art = False
        out.append(f"{con}-{t}")
    return out


def opcs_cabg(gs: list[str]) -> list[str]:
    veins = sum(g.startswith("SVG") for g in gs)
    codes = ["K45.3"]
    if veins:
        codes.append(f"K40.{min(veins, 4)}")
    if any(g.startswith("RA") for g in gs):
        codes.append("K46.5")
    return codes + ["Y73.1"]


def vitals(c: C, sep: str = ", ", temp: bool = True, spo2_lo: int = 94) -> C:
    hr = c.ri(58, 96)
    c.t("HR ").c(f"{hr}").t(f"{sep}BP ").c(f"{c.ri(102, 148)}/{c.ri(56, 86)}").t(f"{sep}SpO2 ").c(f"{c.ri(spo2_lo, 99)}%")
    c.t(f"{sep}RR ").c(f"{c.ri(12, 20)}")
    if temp:
        c.t(f"{sep}T ").c(f"{c.fl(36.2, 37.6)}")
    return c


def sti(q: P) -> str:
    """A UK or Irish surgeon's title."""
    return "Mr" if q.sex == "m" else c_ms(q)


def c_ms(q: P) -> str:
    return "Miss" if q.mid in "ABCDEFG" else "Ms"


def spouse(c: C, q: P) -> tuple[P, str]:
    s = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.8))
    return s, "wife" if q.sex == "m" else "husband"


COMORB = [("type 2 diabetes (diet and tablets)", "E11.9"), ("hypertension", "I10"), ("hypercholesterolaemia", "E78.0"),
          ("COPD (FEV1 68% predicted)", "J44.9"), ("CKD stage 3a", "N18.3"), ("peripheral arterial disease", "I73.9"),
          ("previous TIA", "G45.9"), ("obstructive sleep apnoea on CPAP", "G47.3"), ("gout", "M10.9"),
          ("hypothyroidism", "E03.9")]


def comorbs(c: C, k: int) -> list[str]:
    return [f"{a} ({b})" if c.yes(0.3) else a for a, b in c.r.sample(COMORB, k)]


def cath(c: C) -> list[str]:
    lms = c.ch(["LMS 50-60%", "LMS normal", "LMS distal 70% (Medina 1,1,1)", "LMS normal"])
    return [lms, f"proximal LAD {c.ri(70, 99)}%", c.ch(["LCx occluded, filling by collaterals", f"OM1 {c.ri(70, 95)}%",
                                                      f"mid LCx {c.ri(60, 90)}%"]),
            c.ch([f"dominant RCA mid {c.ri(70, 99)}%", "RCA chronic total occlusion", f"PDA {c.ri(70, 90)}%"])]


# ---------------------------------------------------------------------------------------- England (Yorkshire)
EN_CENTRE = orgs("Leeds General Infirmary", "Northern General Hospital", "Castle Hill Hospital",
                 "James Cook University Hospital")
EN_REF = orgs("Airedale General Hospital", "Calderdale Royal Hospital", "Pinderfields Hospital",
              "Bradford Royal Infirmary", "Hull Royal Infirmary", "Friarage Hospital", "St James's University Hospital")
EN_PRACTICE = orgs("Moorside Surgery", "Beechtree Medical Practice", "Kirkgate Health Centre", "Meadowbank Surgery",
                   "Priory Medical Group", "Wharfe View Surgery", "Saltaire Medical Practice")


def _hosp_en(c: C) -> str:
    return f"{c.ch('KLRJ')}{c.dig(6)}" if c.yes(0.6) else f"RR8{c.dig(7)}"


def en_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(52, 82)
    card, sur, gp = c.staff(), c.staff(), c.staff()
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["en"])[0]
    nhs = nhs_no(c.r)
    d0 = c.wdt(-4, 0)
    ang = c.wdt(-45, -10)
    mdt = c.wdt(-9, -2)
    sp, rw = spouse(c, q)
    c.t(f"Department of Cardiology, {c.ch(EN_REF)}\n").t("Dictated: ").d(d0 - timedelta(days=c.ri(1, 3)), "dmy")
    c.t("   Typed: ").d(d0, "dmyy").t("\n\n")
    c.t(f"{sti(sur)} ").nm(sur.fi).t(f"\nConsultant Cardiothoracic Surgeon\n{c.ch(EN_CENTRE)}\n\n")
    c.t(f"Dear {sti(sur)} ").nm(sur.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.FL, q.fl])).t("   DOB ").d(dob, c.ch(["dmy", "dot"])).t("   NHS No. ")
    c.id(spaced334(nhs, c.ri(0, 2))).t("\n").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    job = c.ch(["retired bus driver", "warehouse supervisor", "former miner", "taxi driver", "school caretaker",
                "retired textile worker", "self-employed joiner"])
    c.t(f"Thank you for seeing this {age}-year-old {job} with ")
    pres = c.ch(["stable angina, now CCS class III despite two anti-anginals",
                 "an NSTEMI with ongoing rest pain, currently an inpatient on our CCU",
                 "exertional breathlessness and angina (CCS II) with a strongly positive stress perfusion MRI"])
    c.c(pres).t(". Coronary angiography on ").d(ang, "dmy").t(" showed:\n")
    for x in cath(c):
        c.t("  - ").c(x).t("\n")
    syn = c.ri(23, 41)
    ef = c.ch([55, 50, 45, 40, 35])
    c.t("SYNTAX score ").c(f"{syn}").t("; LVEF ").c(f"{ef}%").t(" on echo, ")
    c.c(c.ch(["no significant valve disease", "mild functional MR", "mild AS (mean gradient 14 mmHg)"])).t(".\n")
    c.t("Our heart team discussed him on ".replace("him", q.him)).t(c.wd(mdt) + " ").d(mdt, c.ch(["dmo", "ordmo"]))
    c.t(" and recommended ").c(c.ch(["surgical revascularisation (CABG)", "CABG in preference to multivessel PCI"]))
    c.t(".\n\nPast history: ").cl(comorbs(c, c.ri(2, 4)), "; ").t(".\n")
    c.t("Medication: ").cl(["aspirin 75 mg OD", c.ch(["clopidogrel 75 mg OD", "ticagrelor 90 mg BD"]),
                            "atorvastatin 80 mg ON", f"bisoprolol {c.ch(['2.5', '5', '7.5'])} mg OD",
                            f"ramipril {c.ch(['2.5', '5', '10'])} mg OD", "GTN spray PRN",
                            c.ch(["metformin 1 g BD", "isosorbide mononitrate MR 60 mg OD", "amlodipine 5 mg OD"])])
    cr = c.ri(68, 150)
    c.t(".\nBloods: Hb ").c(f"{c.ri(112, 158)} g/L").t(", creatinine ").c(f"{cr} umol/L").t(", eGFR ")
    c.c(f"{max(25, min(90, int(7400 / cr)))}").t(", HbA1c ").c(f"{c.ri(38, 74)} mmol/mol").t(", K ").c(f"{c.fl(3.8, 5.2)} mmol/L").t(".\n")
    c.t(f"{q.He} lives with {q.his} {rw} ").nm(sp.first).t(f"; {c.ch(['ex-smoker', 'never smoked', 'current smoker, 15/day'])}, ")
    c.c(f"BMI {c.fl(24, 36)}").t(". Mobile ").ph(phone(c)).t(".\n\n")
    c.t("I would be grateful if you would see " + q.him + " in clinic with a view to CABG.\n\nYours sincerely,\n\n\nDr ")
    c.nm(card.fl).t("\nConsultant Cardiologist   GMC ").id(f"{c.ri(3, 7)}{c.dig(6)}").t("\n\n")
    c.t("cc: Dr ").nm(gp.fi0).t(f", {c.ch(EN_PRACTICE)}, ").ad(gtown).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def en_preop(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 84)
    sur, nurse = c.staff(), c.staff("f")
    hno = _hosp_en(c)
    nhs = nhs_no(c.r)
    d0 = c.wdt(-2, 0)
    opd = c.wdt(14, 42)
    op = c.ch(["isolated CABG", "single non-CABG", "two procedures"])
    proc = {"isolated CABG": f"CABG x{c.ri(2, 4)}",
            "single non-CABG": c.ch(["AVR (tissue)", "AVR (mechanical)", "mitral valve repair"]),
            "two procedures": c.ch(["AVR + CABG x2", "AVR + CABG x1", "MV repair + tricuspid annuloplasty"])}[op]
    cm, kg = c.ri(152, 188), c.ri(58, 112)
    cr = c.ri(62, 168)
    cc = crcl_cg(age, kg, cr, q.sex)
    lv = c.ch(["good", "good", "moderate", "poor"])
    ef = {"good": c.ri(52, 62), "moderate": c.ri(35, 50), "poor": c.ri(25, 30)}[lv]
    nyha = c.ri(1, 4)
    iddm, cpd, eca, mi = c.yes(0.15), c.yes(0.2), c.yes(0.15), c.yes(0.25)
    urg = c.ch(["elective", "elective", "urgent"])
    pa = c.ch([0, 0, 1, 2])
    es = euroscore2(age, q.sex, cc, lv, nyha, urg, op, iddm=iddm, cpd=cpd, eca=eca, mi=mi, pa=pa)
    c.t(f"CARDIOTHORACIC PRE-ASSESSMENT CLINIC - {c.ch(EN_CENTRE)}\n")
    c.t("Clinic date: ").d(d0, "dmy").t("\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.LF])).t("   Hosp No: ").id(hno).t("   NHS: ").id(nhs).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmon", "dmy"])).t(f" ({age}y)   Sex: {q.mf}\n")
    c.t("Listed for: ").c(proc).t(f"   Surgeon: {sti(sur)} ").nm(sur.fi).t("\n")
    c.t("Provisional date: ").t(c.wd(opd) + " ").d(opd, "dmy").t(f"   Urgency: {urg}\n\n")
    c.t("Height ").c(f"{cm} cm").t("  Weight ").c(f"{kg} kg").t("  BMI ").c(f"{bmi(kg, cm):.1f}").t("  BSA ")
    c.c(f"{bsa(kg, cm):.2f} m2").t("\n")
    vitals(c, "  ", temp=False).t("\n")
    c.t("NYHA ").c(f"{['I', 'II', 'III', 'IV'][nyha - 1]}").t("   CCS ").c(f"{c.ri(0, 3)}").t("   LVEF ").c(f"{ef}%")
    c.t("   PASP ").c(f"{[28, 42, 61][pa] + c.ri(-3, 3)} mmHg").t("\n")
    c.t("Bloods: Hb ").c(f"{c.ri(108, 156)} g/L").t(", WCC ").c(f"{c.fl(4.5, 10.5)}").t(", Plt ").c(f"{c.ri(160, 380)}")
    c.t(", Na ").c(f"{c.ri(134, 144)}").t(", K ").c(f"{c.fl(3.6, 5.1)}").t(", Cr ").c(f"{cr} umol/L").t(", HbA1c ")
    c.c(f"{c.ri(36, 82)} mmol/mol").t(", INR ").c(f"{c.fl(0.9, 1.2)}").t("\n")
    c.t("Creatinine clearance (Cockcroft-Gault) ").c(f"{cc:.0f} ml/min").t("\n")
    c.t("Risk factors: insulin-treated diabetes ").c("yes" if iddm else "no").t("; chronic lung disease ").c("yes" if cpd else "no")
    c.t("; extracardiac arteriopathy ").c("yes" if eca else "no").t("; MI within 90 days ").c("yes" if mi else "no")
    c.t("; previous cardiac surgery ").c("no").t("\n")
    c.t("EuroSCORE II: ").c(f"{es:.2f}%").t("   Clinical Frailty Scale ").c(f"{c.ri(2, 5)}").t("   5-m gait speed: ")
    c.c(f"{c.fl(0.7, 1.3, 2)} m/s").t("\n")
    c.t("MRSA screen (nose, groin) sent; ").c(c.ch(["dental review complete", "OPG clear", "dental clearance n/a"]))
    c.t("; ").c(c.ch(["stop clopidogrel 5 days pre-op", "continue aspirin 75 mg", "stop ticagrelor 3 days pre-op"]))
    c.t("; ").c(c.ch(["omit metformin on the morning of surgery", "omit ramipril the day before", "chlorhexidine wash x5 days"]))
    c.t(".\nConsent discussed: mortality about ").c(f"{max(1, round(es))}%").t(", stroke ").c("1-2%").t(", AF ")
    c.c("25-30%").t(", deep sternal wound infection ").c("<1%").t(".\n")
    nok = c.rel(q, c.ch("mf"))
    c.t(f"NOK: {'son' if nok.sex == 'm' else 'daughter'} ").nm(nok.fl).t(", ").ph(phone(c)).t("\n")
    c.t("Seen by: ").nm(nurse.fi).t(", Advanced Nurse Practitioner (NMC PIN ").id(nmc_pin(c.r)).t(")\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_opnote(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(50, 82)
    sur, reg, ana, perf = c.staff(), c.staff(), c.staff(), c.staff()
    scrub = c.staff("f")
    hno = _hosp_en(c)
    d0 = c.wdt(-1, 0)
    n = c.ri(2, 4)
    gs = grafts(c, n)
    cpb, xc = c.ri(62, 118), 0
    xc = cpb - c.ri(18, 34)
    c.t(f"OPERATION NOTE   {c.ch(EN_CENTRE)} - Cardiothoracic Theatre {c.ri(1, 6)}\n")
    c.t("Name: ").nm(c.ch([q.fL, q.FL])).t("   Hosp No: ").id(hno).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Date of operation: ").d(d0, c.ch(["dmy", "dmon"])).t("\n")
    c.t(f"Surgeon: {sti(sur)} ").nm(sur.fi).t("   Assistant: ").nm(reg.fl).t(" (ST6 CTh)\n")
    c.t("Anaesthetist: Dr ").nm(ana.last).t("   Perfusionist: ").nm(perf.fl).t("   Scrub: ").nm(scrub.first).t("\n\n")
    c.t("Procedure: ").c(f"CABG x{n} on cardiopulmonary bypass").t(" (").cl(gs).t(")\n")
    c.t("Urgency: ").c(c.ch(["elective", "urgent (in-house)"])).t("   EuroSCORE II ").c(f"{c.fl(0.7, 4.2, 2)}%").t("\n")
    c.t("Incision: median sternotomy. Conduits: ").c(c.ch(["LIMA skeletonised", "LIMA pedicled"])).t("; ")
    cons = [c.ch(["LSV by endoscopic harvest from the left thigh", "LSV open harvest, right leg"])]
    if any(g.startswith("RA") for g in gs):
        cons.append("left radial artery (modified Allen test normal)")
    if any(g.startswith("RIMA") for g in gs):
        cons.append("RIMA skeletonised")
    c.cl(cons, "; ").t(".\n")
    c.t("Findings: ").c(c.ch(["LAD good calibre, 2 mm, intramyocardial in its mid third", "diffusely diseased LAD, grafted distally",
                             "small calcified RCA system"])).t("; ").c(c.ch(["LV good", "LV moderately impaired", "LV mildly impaired"])).t(".\n")
    c.t("CPB ").c(f"{cpb} min").t(", aortic cross-clamp ").c(f"{xc} min").t(". Cardioplegia: ")
    c.c(c.ch(["antegrade cold blood 4:1, 1000 ml induction, 300 ml every 20 min",
              "antegrade and retrograde cold blood", "single-dose del Nido 1000 ml"])).t(". Lowest temperature ")
    c.c(f"{c.ri(32, 35)} C").t(".\nTTFM: ")
    c.cl([f"{g} {c.ri(18, 70)} ml/min PI {c.fl(1.2, 3.4)}" for g in gs], "; ").t(".\n")
    c.t("Weaned at first attempt, ").c(c.ch([f"noradrenaline {c.fl(0.02, 0.12, 2)} mcg/kg/min", "no inotropes or vasopressors",
                                              f"dobutamine {c.ri(3, 5)} mcg/kg/min"])).t(". Protamine ").c(f"{c.ri(20, 32) * 10} mg").t(".\n")
    c.t("Drains: ").c(c.ch(["2 mediastinal 28 Fr + left pleural 32 Fr", "mediastinal x2, left pleural x1"])).t(". Pacing wires: ")
    c.c(c.ch(["2 ventricular", "2 atrial + 2 ventricular"])).t(". Sternum: ").c(f"{c.ri(6, 8)} stainless steel wires").t(".\n")
    c.t("Post-op: ").cl(["aspirin 75 mg OD from 6 h if drains <100 ml/h", "atorvastatin 80 mg ON", "cefuroxime 1.5 g x3 doses",
                         "VTE: enoxaparin 40 mg OD from day 1"]).t(".\n")
    c.t("OPCS-4: ").cl(opcs_cabg(gs), " ").t("\n")
    c.t(f"Signed: {sti(sur)} ").nm(sur.fl).t(f", Consultant Cardiothoracic Surgeon, {c.tm(12, 19)}\n")
    return _end(c, q, dob, [("hosp", hno)])


def en_icu(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(50, 86)
    sur, nic, reg = c.staff(), c.staff("f"), c.staff()
    sp, rw = spouse(c, q)
    hno = _hosp_en(c)
    kg = c.ri(58, 112)
    d0 = c.wdt(-1, 0)
    na = c.ch([0.02, 0.04, 0.06, 0.08, 0.1])
    rate = na * kg * 60 / 80  # 4 mg in 50 ml = 80 mcg/ml
    c.t(f"CARDIAC ICU - EVENING HANDOVER   Bed {c.ri(1, 14)}   ").d(d0, "dmy").t(f" {c.tm(19, 20)}\n")
    c.t("Pt: ").nm(c.ch([q.Lf, q.fL])).t(f"   {age}{q.mf}   Hosp No ").id(hno).t(f"   Wt {kg} kg\n")
    n = c.ri(2, 4)
    c.t("Op: ").c(c.ch([f"CABG x{n}", "AVR (tissue) + CABG x1", "MV repair", "AVR (mechanical)"])).t(f" today ({sti(sur)} ")
    c.nm(sur.last).t("), CPB ").c(f"{c.ri(70, 140)} min").t(", XC ").c(f"{c.ri(45, 100)} min").t("\n")
    c.t("S: ").c(c.ch(["extubated at 4 h, comfortable", "still ventilated, plan wake and wean", "extubated, a bit drowsy"])).t("\n")
    c.t("B: ").cl(comorbs(c, 2), "; ").t("; preop LVEF ").c(f"{c.ri(35, 60)}%").t("\n")
    rhy = c.ch(["SR", "paced AAI 90", "AF, rate-controlled"])
    hr = {"SR": c.ri(72, 98), "paced AAI 90": 90}.get(rhy, c.ri(88, 110))
    c.t("A: ").t("MAP ").c(f"{c.ri(65, 82)} mmHg").t(", HR ").c(f"{hr}").t(" ").c(rhy)
    c.t(", CVP ").c(f"{c.ri(6, 14)}").t(", noradrenaline ").c(f"{na} mcg/kg/min ({rate:.1f} ml/h)").t("\n")
    box = "AAI 90, output 10 mA" if rhy.startswith("paced") else c.ch(["DDD 80 backup, output 10 mA", "VVI 50 backup", "off, wires tested"])
    c.t("   Pacing box: ").c(box).t("\n")
    d1, d2 = c.ri(80, 220), c.ri(20, 90)
    c.t("   Drains: ").c(f"{d1} ml first hour, {d2} ml/h since, total {d1 + d2 * c.ri(3, 5)} ml").t("\n")
    c.t("   ABG: pH ").c(f"{c.fl(7.32, 7.44, 2)}").t(", pO2 ").c(f"{c.fl(10, 16)} kPa").t(", lactate ").c(f"{c.fl(0.9, 3.8)}")
    c.t(", K ").c(f"{c.fl(3.6, 5.2)}").t(", Hb ").c(f"{c.ri(78, 118)} g/L").t(", BM ").c(f"{c.fl(6.0, 11.5)}").t("\n")
    c.t("   UO ").c(f"{c.fl(0.4, 1.6)} ml/kg/h").t(", ACT ").c(f"{c.ri(110, 135)}").t("\n")
    c.t("   Lines: ").cl(["R IJ CVC", "L radial art line", c.ch(["PAFC in situ", "no PAFC"]), "urinary catheter"]).t("\n")
    c.t("   Meds: ").cl(["paracetamol 1 g QDS", "oxycodone 5 mg PRN", "cefuroxime 1.5 g 8-hourly x3", c.ch(["ondansetron 4 mg PRN", "insulin per VRIII", "omeprazole 20 mg OD"])]).t("\n")
    c.t("R: ").cl(["K >4.5 / Mg >1.0", "wean noradrenaline to MAP >65", "drains out when <100 ml over 4 h",
                   "aspirin 75 mg at 6 h", c.ch(["VRIII to BM 6-10", "chest X-ray mane", "start amiodarone if AF persists"])], "; ").t("\n")
    c.t("Family: ").t(f"{rw} ").nm(sp.first).t(" rang at ").t(c.tm(17, 19)).t(", updated; ").ph(phone(c)).t("\n")
    c.t("Handover from ").nm(nic.first).t(" (NIC) to night team; Dr ").nm(reg.fi).t(" on call\n")
    return _end(c, q, dob, [("hosp", hno)])


def en_sternal(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(52, 84)
    tvn, sur, gp = c.staff("f"), c.staff(), c.staff()
    line, town, pc, area = place(c)
    hno = _hosp_en(c)
    nhs = nhs_no(c.r)
    opd = c.wdt(-28, -9)
    d0 = c.wdt(-1, 0)
    pod = (d0 - opd).days
    c.t(f"SURGICAL WOUND CLINIC - {c.ch(EN_CENTRE)}\nSternal / harvest-site wound review\n\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(spaced334(nhs, 0)).t("   Hosp: ").id(hno).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Operation: ").c(c.ch(["CABG x3", "CABG x2", "AVR + CABG", "CABG x4"])).t(" on ").d(opd, "dmy").t(f" (POD {pod})\n")
    c.t("Reviewed: ").d(d0, "dmy").t("\n\n")
    c.t("Sternotomy: ").c(c.ch(["serous ooze from the lower third", "2 cm dehiscence at the xiphisternum with slough",
                               "erythema 1.5 cm either side of the upper third, no discharge"])).t("; ")
    c.c(c.ch(["sternum stable, no click", "sternum stable on coughing"])).t(".\n")
    c.t("Leg: ").c(c.ch(["EVH port site healed", "open harvest wound healed medially, 3 cm dry scab at the knee",
                         "cellulitis of the calf wound, 4 x 3 cm"])).t(".\n")
    c.t("Obs: ").t("T ").c(f"{c.fl(36.4, 38.1)}").t(", HR ").c(f"{c.ri(66, 104)}").t(", BP ").c(f"{c.ri(104, 146)}/{c.ri(58, 84)}").t("\n")
    c.t("Bloods: CRP ").c(f"{c.ri(8, 140)} mg/L").t(", WCC ").c(f"{c.fl(6.0, 15.5)}").t(", glucose ").c(f"{c.fl(5.8, 14.0)} mmol/L").t("\n")
    c.t("Swab: ").c(c.ch(["MSSA", "no growth", "coagulase-negative staph (? contaminant)", "mixed skin flora"])).t("\n")
    c.t("ASEPSIS score ").c(f"{c.ri(6, 24)}").t("; classification ").c(c.ch(["superficial incisional SSI (CDC)", "no SSI", "superficial incisional SSI (CDC)"]))
    c.t("\nPlan: ").cl([c.ch(["flucloxacillin 1 g QDS 7/7", "doxycycline 100 mg BD 7/7 (penicillin allergy)", "no antibiotics"]),
                        c.ch(["Aquacel Ag + Mepore, change every 3 days", "PICO 7 days", "Inadine and dry dressing alternate days"]),
                        "glucose control reviewed", "support vest"], "; ").t(".\n")
    c.t("Wound photographs uploaded: ").p("URL", f"https://woundcam.{c.ch(['lthtr', 'sth', 'hey', 'southtees'])}.nhs.uk/case/{c.tok(10)}")
    c.t("\nDistrict nurse referral sent to ").ad(town).t(" DN team; patient contact ").ph(phone(c, area, mob=False)).t("\n")
    c.t("Risk factors: ").cl([c.ch(["diabetes (HbA1c 71 mmol/mol)", "diabetes (HbA1c 58 mmol/mol)", "no diabetes"]), f"BMI {c.fl(27, 41)}",
                              c.ch(["current smoker", "ex-smoker", "never smoked"]), c.ch(["bilateral IMA", "single IMA"])], "; ").t("\n")
    c.t(f"Discussed with {sti(sur)} ").nm(sur.last).t("; review in ").c("1/52").t(". GP: Dr ").nm(gp.fi).t(" informed.\n")
    c.t("").nm(tvn.fi).t(", Tissue Viability Nurse Specialist\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)], (line, town, pc))


def en_lower(c: C) -> Note:
    q = c.pat(grps=["yks", "yks", "bcb"])
    dob, _age = c.born(50, 82)
    coord = c.staff("f")
    sp, rw = spouse(c, q)
    hno = _hosp_en(c)
    d0 = c.wdt(-2, 0)
    adm = c.wdt(6, 20)
    stop = adm - timedelta(days=5)
    mob = phone(c)
    c.t("cth admissions - pre-admission calls\n")
    c.t(f"{c.wd(d0, True).lower()} ").d(d0, "d/m").t(f" {c.tm(9, 16)} rang pt ").nm(q.low).t(" (").id(hno.lower()).t(") on ").ph(mob).t("\n")
    c.t(f"- spoke to {rw} ").nm(sp.first.lower()).t(" first, pt then came to phone. confirmed dob ").d(dob, "dmyy").t("\n")
    c.t("- admission ").t(c.wd(adm, True).lower() + " ").d(adm, "d/m").t(" 0700 to ").t(c.ch(["ward cth1", "ward l24", "ward 28", "cardiac day ward"]))
    c.t(" for ").c(c.ch([f"cabg x{c.ri(2, 4)}", "avr", "avr + cabg", "mv repair"])).t("\n")
    c.t("- clopidogrel: stop from ").d(stop, "d/m").t(" (").c("5/7").t(" pre op), keep taking ").c("aspirin 75mg").t("\n")
    c.t("- ").c(c.ch(["metformin omit on day", "gliclazide omit on day", "no diabetic meds"])).t(", ").c(c.ch(["ramipril omit day before", "amlodipine continue", "bisoprolol continue incl morning of op"])).t("\n")
    c.t("- chlorhexidine wash from ").d(adm - timedelta(days=4), "d/m").t(", nil by mouth from ").c("0200").t("\n")
    c.t("- mrsa screen ").c(c.ch(["neg", "neg x2", "pos - decolonisation started"])).t(", covid swab not needed\n")
    c.t("- ").c(c.ch(["bloods done at gp, hb 131 cr 96", "needs bloods on admission", "g&s on arrival"])).t("\n")
    c.t("- pt anxious about ").c(c.ch(["pain", "being on a ventilator", "the leg wound", "driving after"])).t(", reassured, leaflet sent\n")
    c.t(f"- {rw} will bring {q.him} in, lives in ").ad(c.ch(TOWNS["en"])[0].lower()).t(", about ").c(f"{c.ri(15, 70)} min").t(" drive\n")
    c.t("- back-up number ").ph(phone(c)).t(f" ({rw})\n")
    c.nm(coord.first.lower()).t(" - adm coord\n")
    return _end(c, q, dob, [("hosp", hno)], tel=mob)


def en_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 80)
    sur, fy, gp = c.staff(), c.staff(), c.staff()
    gtown = c.ch(TOWNS["en"])[0]
    hno, nhs = _hosp_en(c), nhs_no(c.r)
    opd = c.wdt(-10, -6)
    adm = opd - timedelta(days=1)
    dis = c.dt(-1, 0)
    mech = c.yes(0.6)
    kg = c.ri(60, 108)
    c.t(f"DISCHARGE SUMMARY - Cardiothoracic Surgery, {c.ch(EN_CENTRE)}\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.Lf])).t("   NHS No: ").id(nhs).t("   Hosp No: ").id(hno).t("\nDOB: ").d(dob, "dmy").t("\n")
    c.t("Admitted: ").d(adm, "dmy").t("   Operation: ").d(opd, "dmy").t("   Discharged: ").d(dis, "dmy").t("\n")
    c.t(f"Consultant: {sti(sur)} ").nm(sur.fi).t("\n\nDiagnosis: ").c(c.ch(["severe calcific aortic stenosis (I35.0)",
                                                                        "bicuspid aortic valve with severe AS and moderate AR (Q23.1)"]))
    valve = f"{c.ch(['On-X', 'On-X'])} {c.ch([21, 23, 25])} mm mechanical" if mech else f"{c.ch(['Inspiris Resilia', 'Perimount Magna Ease'])} {c.ch([21, 23, 25])} mm bioprosthesis"
    c.t("\nProcedure: ").c(f"AVR ({valve})").t("   OPCS ").c("K26.3" if mech else "K26.2").t("\n")
    c.t("Course: ").c(c.ch(["uncomplicated", "post-op AF day 2, DC cardioversion, now SR", "transient AKI, creatinine peaked 156 umol/L"]))
    c.t("; extubated ").c(f"{c.ri(3, 8)} h").t("; drains out day ").c("1").t("; wires out day ").c(f"{c.ri(4, 5)}").t(".\n")
    c.t("Echo pre-discharge: ").c(f"mean gradient {c.ri(8, 16)} mmHg, no paravalvular leak, LVEF {c.ri(45, 60)}%").t(".\n\n")
    c.t("ANTICOAGULATION PLAN\n")
    if mech:
        lw = lmwh_dose(kg)
        c.t("Indication: ").c("mechanical AVR").t("; target INR ").c("2.5 (range 2.0-3.0)").t("; duration ").c("lifelong").t("\n")
        c.t("Bridging: ").c(f"enoxaparin {lw} mg BD (1 mg/kg, weight {kg} kg)").t(" until INR >= ").c("2.0").t(" on two consecutive days\n")
        c.t("INR log:\n")
        for i, (inr, dose) in enumerate(inr_course(c, 4, 2.0)):
            dd = opd + timedelta(days=2 + i)
            c.t("  ").d(dd, "dm").t("  INR ").c(f"{inr:.1f}").t("  warfarin ").c(f"{dose:g} mg").t("\n")
        c.t("Next INR: ").d(dis + timedelta(days=c.ri(2, 3)), "dmy").t(" at ").ad(gtown).t(" anticoagulation clinic (referral faxed)\n")
    else:
        c.t("Tissue AVR, sinus rhythm: ").c("aspirin 75 mg OD lifelong").t("; no warfarin\n")
    c.t("\nMedicines on discharge: ").cl(["aspirin 75 mg OD" if not mech else "warfarin as per INR", "bisoprolol 2.5 mg OD",
                                         "furosemide 40 mg OD for 1/52", "paracetamol 1 g QDS PRN", "lansoprazole 30 mg OD"]).t("\n")
    c.t("Follow-up: surgical clinic ").c("6/52").t("; cardiac rehab referral to ").ad(gtown).t("; endocarditis prophylaxis advice and dental card given\n")
    c.t("GP: Dr ").nm(gp.fi).t(f", {c.ch(EN_PRACTICE)}, ").ad(gtown).t("\n")
    c.t("Completed by Dr ").nm(fy.fl).t(" (FY2), bleep ").ph(f"{c.ri(2, 8)}{c.dig(3)}").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_rehab3(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(46, 82)
    physio, tech = c.staff(), c.staff()
    nhs = nhs_no(c.r)
    mob = phone(c)
    start = c.wdt(-60, -40)
    rest = c.ri(54, 78)
    lo, hi = karvonen(age, rest)
    i1, i2 = c.ri(16, 32) * 10, 0
    i2 = i1 + c.ri(6, 22) * 10
    c.t("CARDIAC REHABILITATION - PHASE III EXERCISE RECORD\n")
    c.t(f"Venue: {c.ch(['leisure centre', 'community centre', 'hospital gym'])} class, ").ad(c.ch(TOWNS["en"])[0]).t("\n")
    c.t("Name: ").nm(q.fl).t("   NHS: ").id(nhs).t("   DOB: ").d(dob, "dotyy").t("   Mob: ").ph(mob).t("\n")
    c.t("Event: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR (tissue)", "AVR + CABG", "MV repair"])).t(" on ").d(start - timedelta(days=c.ri(28, 50)), "dmy").t("\n")
    c.t("Beta-blocker: ").c(c.ch(["bisoprolol 2.5 mg", "bisoprolol 5 mg", "none"])).t("   Resting HR ").c(f"{rest}").t("\n")
    c.t("Training zone (Karvonen 40-70% HRR): ").c(f"{lo}-{hi} bpm").t("; RPE ").c("11-14").t(" (Borg 6-20)\n")
    c.t("ISWT baseline ").c(f"{i1} m").t(" (est. VO2peak ")
    c.c(f"{iswt_vo2(i1):.1f} ml/kg/min").t(", ").c(f"{iswt_vo2(i1) / 3.5:.1f} METs").t(")\n")
    c.t("Date   pre BP   pre HR  peak HR  RPE  circuit  notes\n")
    d = start
    for k in range(c.ri(4, 6)):
        c.d(d, "dm").t("  ").c(f"{c.ri(112, 148)}/{c.ri(64, 86)}").t("  ").c(f"{rest + c.ri(-4, 6)}").t("  ").c(f"{c.ri(lo, hi + 4)}")
        c.t("  ").c(f"{c.ri(11, 14)}").t("  ").c(c.ch(["8 stations x 1 min", "10 stations x 1 min", "8 x 90 s", "interval 2:1"]))
        c.t("  ").c(c.ch(["no symptoms", "GTN not needed", "mild sternal ache", "BP post 128/78", "sats 97%"])).t("  ").t(c.ini(tech if k % 2 else physio) if k < 2 else "").t("\n")
        d += timedelta(days=c.ch([3, 4, 7]))
    c.t("ISWT discharge ").c(f"{i2} m").t(" (").c(f"{iswt_vo2(i2):.1f} ml/kg/min").t(", ").c(f"{iswt_vo2(i2) / 3.5:.1f} METs").t(")\n")
    c.t("HADS anxiety ").c(f"{c.ri(2, 12)}").t(", depression ").c(f"{c.ri(1, 10)}").t("; waist ").c(f"{c.ri(84, 118)} cm").t("\n")
    c.t("Medication: ").cl(["aspirin 75 mg OD", "atorvastatin 80 mg ON", c.ch(["bisoprolol 2.5 mg OD", "bisoprolol 5 mg OD", "metoprolol 25 mg BD"]),
                              c.ch(["ramipril 2.5 mg OD", "candesartan 4 mg OD", "dapagliflozin 10 mg OD", "furosemide 20 mg OD"])]).t("\n")
    c.t("Plan: ").c(c.ch(["continue 150 min/week moderate activity", "refer to phase IV gym", "walking group twice weekly"])).t("\n")
    c.nm(physio.fl).t(", Specialist Physiotherapist, HCPC ").id(f"PH{c.ri(10000, 199999):06d}").t("\n")
    return _end(c, q, dob, [("nhs", nhs)], tel=mob)


def en_followup(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(48, 84)
    sur, gp = c.staff(), c.staff()
    line, town, pc, _area = place(c)
    gtown = c.ch(TOWNS["en"])[0]
    nhs, hno = nhs_no(c.r), _hosp_en(c)
    d0 = c.wdt(-3, 0)
    opd = d0 - timedelta(days=c.ri(38, 60))
    c.t(f"{c.ch(EN_CENTRE)}\nDepartment of Cardiothoracic Surgery\n\n").d(d0, c.ch(["long", "ord"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{c.ch(EN_PRACTICE)}\n").ad(gtown).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").nm(c.ch([q.fl, q.fL])).t(", ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n")
    c.t("DOB ").d(dob, "dmy").t("   NHS ").id(nhs).t("   Hosp ").id(hno).t("\n\n")
    proc = c.ch([f"CABG x{c.ri(2, 4)}", "tissue AVR", "AVR and CABG", "mitral valve repair"])
    c.t(f"I reviewed {q.title} ").nm(q.last).t(" in clinic today, ").c(f"{(d0 - opd).days // 7} weeks").t(" after ")
    c.c(proc).t(" on ").d(opd, c.ch(["dmo", "long"])).t(". " + q.He + " is ").c(c.ch(["walking 2 miles a day", "back to gardening", "managing stairs without stopping"]))
    c.t(" and the ").c(c.ch(["sternal wound has healed", "leg wound has healed", "wounds are healed"])).t(".\n")
    vitals(c, ", ", temp=False).t("; ").c(c.ch(["sinus rhythm on ECG", "SR 64 on ECG", "rate-controlled AF on ECG"])).t(".\n\n")
    c.t("Advice given:\n- Driving: ").c(c.ch(["may drive a car from 4 weeks (DVLA group 1); no need to inform DVLA",
                                             "group 2 (HGV) licence: must not drive and must notify DVLA"])).t("\n")
    c.t("- Sternal precautions: ").c("no lifting >5 kg until 12 weeks").t("\n- Work: ").c(c.ch(["phased return from 8 weeks", "retired", "fit note for 4 more weeks"])).t("\n")
    c.t("- Continue ").cl(["aspirin 75 mg OD", "atorvastatin 80 mg ON", c.ch(["bisoprolol 2.5 mg OD", "bisoprolol 5 mg OD"])]).t("\n")
    c.t("- Phase III cardiac rehab: ").c(c.ch(["attending", "starting next month", "declined"])).t("\n\n")
    c.t(f"{q.He} asked for clinic letters by e-mail: ").em(q.mail(c.ch(["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]), c.ri(0, 4)))
    c.t(".\nI have discharged " + q.him + " from surgical follow-up.\n\nYours sincerely\n\n")
    c.t(f"{sti(sur)} ").nm(sur.fl).t(", FRCS (CTh)\nConsultant Cardiothoracic Surgeon\n\ncc: ")
    c.t(f"{q.title} ").nm(q.fi).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Scotland
SC_CENTRE = orgs("Golden Jubilee National Hospital", "Aberdeen Royal Infirmary", "Royal Infirmary of Edinburgh")
SC_REF = orgs("University Hospital Hairmyres", "University Hospital Monklands", "University Hospital Crosshouse",
              "Inverclyde Royal Hospital", "Royal Alexandra Hospital", "Lorn and Islands Hospital")


def sc_tavi(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(76, 94)
    card, dau = c.staff(), None
    line, town, pc, area = place(c)
    chi = chi_no(c.r, dob, q.sex)
    d0 = c.wdt(-3, 0)
    echo = c.wdt(-40, -7)
    kg, cm = c.ri(52, 86), c.ri(150, 180)
    cr = c.ri(70, 160)
    cc = crcl_cg(age, kg, cr, q.sex)
    es = euroscore2(age, q.sex, cc, "good", 3, "elective", "single non-CABG", cpd=c.yes(0.3), mob=c.yes(0.3))
    ava = round(c.r.uniform(0.55, 0.85), 2)
    c.t("WEST OF SCOTLAND STRUCTURAL HEART TEAM - REFERRAL FOR AORTIC VALVE INTERVENTION\n")
    c.t("Referring: Dr ").nm(card.fi).t(f", Consultant Cardiologist, {c.ch(SC_REF)}\n")
    c.t("Date: ").d(d0, "dmy").t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   CHI: ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("   Age: ").age(age).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(phone(c, area, mob=False)).t("\n\n")
    c.t("Symptoms: ").c(c.ch(["NYHA III breathlessness", "exertional presyncope", "angina on one flight of stairs"])).t(", ")
    c.c(c.ch(["one syncopal episode", "no syncope", "two admissions with heart failure this year"])).t(".\n")
    c.t("Echo (").d(echo, "dmy").t("): Vmax ").c(f"{c.fl(4.0, 5.4)} m/s").t(", mean gradient ").c(f"{c.ri(40, 72)} mmHg")
    c.t(", AVA ").c(f"{ava} cm2").t(" (indexed ").c(f"{ava / bsa(kg, cm):.2f} cm2/m2").t("), DVI ").c(f"{c.fl(0.16, 0.25, 2)}")
    c.t(", LVEF ").c(f"{c.ri(45, 65)}%").t(", PASP ").c(f"{c.ri(28, 55)} mmHg").t(".\n")
    c.t("CT TAVI: annulus perimeter ").c(f"{c.ri(66, 82)} mm").t(", area ").c(f"{c.ri(340, 520)} mm2").t(", minimal iliofemoral diameter ")
    c.c(f"{c.fl(5.4, 8.2)} mm").t(c.ch([", heavily calcified", ", moderate calcification", ""])).t(".\n")
    c.t("Coronary angiography: ").c(c.ch(["unobstructed", "RCA 70% (FFR 0.84)", "mild diffuse disease"])).t(".\n")
    gait = c.fl(5.5, 9.5)
    c.t("Frailty: CFS ").c(f"{c.ri(3, 6)}").t(", 5-m walk ").c(f"{gait} s").t(" (").c(f"{5 / float(gait):.2f} m/s").t("), Katz ")
    c.c(f"{c.ri(4, 6)}/6").t(", MoCA ").c(f"{c.ri(19, 29)}/30").t("\n")
    c.t("Weight ").c(f"{kg} kg").t(", creatinine ").c(f"{cr} umol/L").t(", CrCl ").c(f"{cc:.0f} ml/min").t(", Hb ").c(f"{c.ri(98, 142)} g/L").t("\n")
    c.t("EuroSCORE II ").c(f"{es:.1f}%").t("; STS PROM ").c(f"{c.fl(2.1, 8.5)}%").t("\n")
    dau = c.rel(q, c.ch("mf"), same=c.yes(0.5))
    c.t(f"Social: {c.ch(['lives alone', 'widowed, lives alone', 'lives with spouse'])}, ")
    c.t(f"{'son' if dau.sex == 'm' else 'daughter'} ").nm(dau.fl).t(" nearby (").ph(phone(c)).t(").\n")
    c.t("ECG: ").c(c.ch(["SR, LBBB, QRS 136 ms", "SR, first-degree AV block (PR 232 ms)", "AF, ventricular rate 78", "SR, LVH with strain"])).t("\n")
    c.t("Medication: ").cl(["furosemide 40 mg OD", c.ch(["bisoprolol 1.25 mg OD", "no beta-blocker"]), c.ch(["apixaban 2.5 mg BD", "aspirin 75 mg OD"]),
                           c.ch(["atorvastatin 20 mg ON", "amlodipine 5 mg OD", "levothyroxine 75 mcg OD"])]).t("\n")
    qs = ["suitability for transfemoral TAVI", "TAVI or conservative management"] if age >= 85 else \
        ["suitability for transfemoral TAVI", "TAVI versus SAVR"]
    c.t("Question: ").c(c.ch(qs)).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_perf(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 82)
    sur, ana, perf = c.staff(), c.staff(), c.staff()
    chi = chi_no(c.r, dob, q.sex)
    d0 = c.wdt(-1, 0)
    kg, cm = c.ri(56, 118), c.ri(152, 190)
    b = bsa(kg, cm)
    hep = int(round(kg * 300 / 1000) * 1000)
    cpb = c.ri(65, 150)
    xc = cpb - c.ri(15, 40)
    h, m = c.ri(9, 11), c.ri(0, 55)
    c.t(f"CLINICAL PERFUSION RECORD - {c.ch(SC_CENTRE)}\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.LF])).t("   CHI: ").id(chi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Date: ").d(d0, "dmy").t(f"   Theatre {c.ri(1, 5)}\n")
    c.t(f"Surgeon: {sti(sur)} ").nm(sur.fi).t("   Anaesthetist: Dr ").nm(ana.fi).t("\n")
    c.t("Procedure: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR", "AVR + CABG x2", "MV repair + TV annuloplasty", "Bentall"])).t("\n\n")
    c.t("Height ").c(f"{cm} cm").t("  Weight ").c(f"{kg} kg").t("  BSA ").c(f"{b:.2f} m2").t(" (Mosteller)\n")
    c.t("Target flow ").c("2.4 L/min/m2").t(" = ").c(f"{2.4 * b:.1f} L/min").t("\n")
    c.t("Circuit: ").c(c.ch(["Inspire 8F oxygenator, 3/8 x 3/8 AV loop", "Fusion oxygenator, 3/8 x 1/2 AV loop"])).t("; prime ")
    c.c(f"{c.ch([1200, 1300, 1400])} ml Plasma-Lyte 148 + 5000 IU heparin").t("\n")
    c.t("Heparin ").c(f"300 IU/kg = {hep} IU").t("; ACT baseline ").c(f"{c.ri(105, 135)} s").t(" -> ").c(f"{c.ri(480, 620)} s").t("\n\n")
    c.t("Events\n")
    t = h * 60 + m
    for lab, dt in [("On bypass", 0), ("Cross-clamp on", c.ri(4, 12)), ("Cross-clamp off", xc + c.ri(4, 10)), ("Off bypass", cpb)]:
        tt = t + dt
        c.t(f"  {tt // 60:02d}:{tt % 60:02d}  {lab}\n")
    c.t("CPB ").c(f"{cpb} min").t(", cross-clamp ").c(f"{xc} min").t("\n")
    c.t("Cardioplegia: ").c(c.ch(["cold blood 4:1, induction 1000 ml, 3 top-ups of 300 ml", "HTK solution 2000 ml single dose",
                                  "cold blood antegrade + retrograde, total 2400 ml"])).t("\n")
    c.t("Lowest nasopharyngeal temp ").c(f"{c.fl(32.0, 35.0)} C").t("; lowest Hct ").c(f"{c.ri(21, 28)}%").t("; lowest MAP ")
    c.c(f"{c.ri(45, 58)} mmHg").t("\n")
    c.t("Gases (time / pH / pCO2 kPa / pO2 kPa / K / Hb / lactate):\n")
    for k in range(3):
        tt = t + 15 + k * 25
        c.t(f"  {tt // 60:02d}:{tt % 60:02d}  ").cl([f"{c.fl(7.34, 7.46, 2)}", f"{c.fl(4.8, 6.0)}", f"{c.fl(18, 32)}", f"{c.fl(3.9, 5.8)}",
                                                     f"{c.ri(72, 102)}", f"{c.fl(0.8, 3.2)}"], " / ").t("\n")
    c.t("Urine on bypass ").c(f"{c.ri(150, 650)} ml").t("; cell saver returned ").c(f"{c.ri(250, 700)} ml").t("; protamine ")
    c.c(f"{int(hep / 100 * 0.8 / 10) * 10} mg").t("\n")
    c.t("Perfusionist: ").nm(perf.fl).t(", Clinical Perfusion Scientist\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_idl(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(55, 86)
    gp, doc, sur = c.staff(), c.staff(), c.staff()
    gtown = c.ch(TOWNS["sc"])[0]
    chi = chi_no(c.r, dob, q.sex)
    opd = c.wdt(-9, -5)
    dis = c.dt(-1, 0)
    kg = c.ri(50, 110)
    cr = c.ri(70, 150)
    htn, dm = c.yes(0.7), c.yes(0.35)
    cv = chads_vasc(age, q.sex, False, htn, dm, False, True)
    apx = apixaban_dose(age, kg, cr)
    c.t(f"IMMEDIATE DISCHARGE LETTER - {c.ch(SC_CENTRE)}, Cardiothoracic Surgery\n")
    c.t("Patient: ").nm(q.fL).t("   CHI: ").id(chi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Operation: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR (bioprosthetic)", "AVR + CABG"])).t(" on ").d(opd, "dmy")
    c.t(f" ({sti(sur)} ").nm(sur.last).t(")   Discharge: ").d(dis, "dmy").t("\n\n")
    c.t("Complications: ").c("post-operative atrial fibrillation").t(" from day ").c(f"{c.ri(2, 4)}").t(", ")
    c.c(c.ch(["amiodarone IV then oral, SR restored day 4", "rate control with bisoprolol, remains in AF",
              "spontaneous reversion, paroxysms since"])).t(".\n")
    c.t("CHA2DS2-VASc ").c(f"{cv}").t(" (age ").t(f"{age}").t(f"{', female' if q.sex == 'f' else ''}, vascular disease")
    c.t(f"{', hypertension' if htn else ''}{', diabetes' if dm else ''}); ORBIT ").c(f"{c.ri(0, 3)}").t("\n")
    c.t("Anticoagulation: ").c(f"apixaban {apx}").t(" (weight ").c(f"{kg} kg").t(", creatinine ").c(f"{cr} umol/L").t(") for ")
    c.c("at least 3 months").t(", review at clinic; ").c("aspirin 75 mg OD stopped while on apixaban").t("\n")
    c.t("Other medicines: ").cl(["bisoprolol 2.5 mg OD", "atorvastatin 80 mg ON",
                                 c.ch(["amiodarone 200 mg OD until clinic", "furosemide 40 mg OD 5/7", "omeprazole 20 mg OD"])]).t("\n")
    c.t("Observations on discharge: ")
    vitals(c).t("\n")
    c.t("Bloods: Hb ").c(f"{c.ri(92, 124)} g/L").t(", K ").c(f"{c.fl(3.9, 5.0)}").t(", Mg ").c(f"{c.fl(0.8, 1.1, 2)}").t(", CRP ").c(f"{c.ri(20, 120)}").t("\n")
    c.t("Follow-up: ").c("ECG and U&E at GP in 1/52").t("; surgical clinic ").c("6/52").t("; cardiac rehab (phase III) via ").ad(gtown)
    c.t(" community team\nGP: Dr ").nm(gp.fi).t(", Health Centre, ").ad(gtown).t("\n")
    c.t("Wound: ").c(c.ch(["clean and dry; sutures out day 10 by practice nurse", "EVH site bruised, no collection", "dissolvable sutures"])).t("; driving ")
    c.c("not for 4 weeks (DVLA group 1)").t("\n")
    c.t("Letter by Dr ").nm(doc.fl).t(f" (FY1), {c.tm(11, 17)}\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
CY_CENTRE = orgs("Morriston Hospital", "University Hospital of Wales")
CY_REF = orgs("Glangwili General Hospital", "Prince Philip Hospital", "Withybush General Hospital",
              "Bronglais General Hospital", "Singleton Hospital")


def cy_mvrep(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(42, 78)
    sur, ass, ana = c.staff(), c.staff(), c.staff()
    nhs = nhs_no(c.r)
    hno = f"{c.ch(['M', 'S'])}{c.dig(6)}{c.ch('ABCDEFGH')}"
    d0 = c.wdt(-1, 0)
    cpb = c.ri(95, 170)
    xc = cpb - c.ri(20, 45)
    ring = c.ch([30, 32, 34, 36, 38])
    c.t(f"NODYN LLAWDRINIAETH / OPERATION NOTE - {c.ch(CY_CENTRE)}\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.fl])).t("   Rhif GIG / NHS No: ").id(spaced334(nhs, c.ri(0, 1))).t("   Hosp: ").id(hno).t("\n")
    c.t("Dyddiad geni / DOB: ").d(dob, "dmy").t("   Dyddiad / Date: ").d(d0, "dmy").t("\n")
    c.t(f"Surgeon: {sti(sur)} ").nm(sur.fi).t("   Assistant: ").nm(ass.fi).t(" (SpR)   Anaesthetist: Dr ").nm(ana.last).t("\n\n")
    c.t("Indication: ").c(c.ch(["severe degenerative MR, P2 flail with ruptured chords", "Barlow's valve, bileaflet prolapse",
                                "P2/P3 prolapse, severe MR, new AF"])).t("\n")
    c.t("Pre-repair TOE: ").c(f"EROA {c.fl(0.4, 0.8, 2)} cm2").t(", ").c(f"vena contracta {c.ri(7, 11)} mm").t(", ")
    c.c(f"LVEF {c.ri(55, 68)}%").t(", ").c(f"LA {c.ri(44, 60)} mm").t("\n")
    c.t("Approach: ").c(c.ch(["median sternotomy", "right mini-thoracotomy, femoral cannulation"])).t("; ")
    c.c(c.ch(["left atriotomy via the interatrial groove", "transseptal"])).t("\n")
    c.t("Repair: ").cl([c.ch(["triangular resection of P2", f"{c.ri(2, 4)} PTFE neochords to P2", "sliding plasty P2/P3"]),
                        f"complete annuloplasty ring {ring} mm", c.ch(["left atrial appendage clipped (40 mm)", "LAA closed from within", "no LAA intervention"])], "; ").t("\n")
    c.t("Saline test competent; post-repair TOE: ").c(c.ch(["trivial MR", "no MR", "trace central MR"])).t(", ")
    c.c(f"mean gradient {c.ri(2, 4)} mmHg").t(", ").c(f"coaptation length {c.ri(8, 12)} mm").t(", ").c("no SAM").t("\n")
    c.t("CPB ").c(f"{cpb} min").t(", XC ").c(f"{xc} min").t(", cardioplegia ").c("cold blood intermittent antegrade").t("\n")
    c.t("Closure: ").c(c.ch(["temporary pacing wires x2 (ventricular)", "atrial and ventricular wires"])).t("; ").c(c.ch(["mediastinal and right pleural drains", "two mediastinal drains"])).t("; ")
    c.c(c.ch(["sternal wires x7", "intercostal block with bupivacaine 0.25% 20 ml, layered closure"])).t("\n")
    c.t("Weaning: ").c(c.ch(["first attempt, SR, no inotropes", "first attempt on noradrenaline 0.05 mcg/kg/min", "AF, DC cardioversion 20 J internal, then SR"])).t("\n")
    c.t("Post-op: ").cl(["warfarin for 3 months, target INR 2.5", "aspirin 75 mg OD", "ICU, routine care"], "; ").t("\n")
    c.t("Signed ").nm(sur.fl).t(f", FRCS (CTh), {c.tm(13, 19)}\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def cy_rehab(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 80)
    nurse, gp = c.staff("f"), c.staff()
    line, town, pc, _area = place(c)
    nhs = nhs_no(c.r)
    d0 = c.wdt(-2, 0)
    ev = d0 - timedelta(days=c.ri(35, 70))
    mob = phone(c)
    dasi = round(c.r.uniform(18, 50.7), 1)
    rest = c.ri(56, 80)
    lo, hi = karvonen(age, rest)
    iswt = c.ri(18, 60) * 10
    c.t("ADSEFYDLU CARDIAIDD / CARDIAC REHABILITATION - PHASE III ASSESSMENT\n")
    c.t("Date: ").d(d0, "dmy").t(f"   Venue: {c.ch(['community hall', 'leisure centre', 'hospital outpatients'])}, ").ad(town).t("\n")
    c.t("Name: ").nm(q.fl).t("   NHS No: ").id(nhs).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Mob: ").ph(mob).t("\n")
    c.t("Language preference: ").t(c.ch(["Cymraeg / Welsh", "English", "Welsh for written material"])).t("\n")
    c.t("Event: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR (tissue)", "MV repair", "AVR + CABG"])).t(", ").d(ev, c.ch(["dmy", "long"])).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(c.ch([town, town, c.ch(TOWNS["cy"])[0]])).t("\n\n")
    c.t("Resting: HR ").c(f"{rest}").t(", BP ").c(f"{c.ri(108, 150)}/{c.ri(60, 88)}").t(", SpO2 ").c(f"{c.ri(95, 99)}%").t("\n")
    c.t("DASI ").c(f"{dasi}").t(" -> est. VO2peak ").c(f"{0.43 * dasi + 9.6:.1f} ml/kg/min").t(" (").c(f"{(0.43 * dasi + 9.6) / 3.5:.1f} METs").t(")\n")
    c.t("ISWT ").c(f"{iswt} m").t(", peak HR ").c(f"{c.ri(hi - 10, hi + 8)}").t(", RPE ").c(f"{c.ri(13, 16)}").t("\n")
    c.t("Target HR ").c(f"{lo}-{hi}").t(" (Karvonen 40-70%), RPE ").c("12-14").t("\n")
    c.t("HADS A ").c(f"{c.ri(2, 14)}").t(" D ").c(f"{c.ri(1, 11)}").t("; PHQ-9 ").c(f"{c.ri(0, 14)}").t("; GPPAQ ").c(c.ch(["inactive", "moderately inactive", "active"])).t("\n")
    c.t("Lipids: TC ").c(f"{c.fl(2.8, 5.4)}").t(", LDL ").c(f"{c.fl(1.2, 3.2)} mmol/L").t("; BMI ").c(f"{c.fl(22, 38)}").t("; smoking ").c(c.ch(["never", "ex", "quit at surgery"])).t("\n")
    c.t("Goals: ").cl([c.ch(["walk to the shop and back", "return to bowls", "play with grandchildren", "back to work as a farmer"]),
                       c.ch(["lose 5 kg", "reduce anxiety", "stop smoking for good", "understand my medicines"])], "; ").t("\n")
    c.t("Medication: ").cl(["aspirin 75 mg OD", "atorvastatin 80 mg ON", c.ch(["bisoprolol 2.5 mg OD", "bisoprolol 5 mg OD", "metoprolol 25 mg BD"]),
                              c.ch(["ramipril 2.5 mg OD", "candesartan 4 mg OD", "dapagliflozin 10 mg OD", "furosemide 20 mg OD"])]).t("\n")
    c.t("Exercise precautions: ").c(c.ch(["sternal - no upper limb resistance > 5 kg until 12 weeks", "BP > 180/100 at rest: no exercise", "GTN before warm-up if angina"])).t("\n")
    c.t("Plan: ").c(c.ch(["8-week class, twice weekly", "home programme with weekly phone review", "10 sessions, then leisure referral (NERS)"])).t("\n")
    c.nm(nurse.fl).t(", Cardiac Rehab Nurse Specialist\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), mob)


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_CENTRE = orgs("Royal Victoria Hospital")
NI_REF = orgs("Altnagelvin Area Hospital", "Causeway Hospital", "Antrim Area Hospital", "South West Acute Hospital",
              "Craigavon Area Hospital", "Daisy Hill Hospital")


def ni_admit(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(50, 82)
    sur = c.staff()
    line, town, pc, _area = place(c)
    hc = hc_no(c.r)
    d0 = c.wdt(-2, 0)
    adm = c.wdt(10, 30)
    op = adm + timedelta(days=1)
    anti = c.ch(["clopidogrel", "ticagrelor", "warfarin", "apixaban"])
    days = {"clopidogrel": 5, "ticagrelor": 3, "warfarin": 5, "apixaban": 2}[anti]
    c.t(f"Regional Cardiac Surgery Centre, {NI_CENTRE[0]}\nCardiac Surgery Admissions Office\n\n").d(d0, "long").t("\n\n")
    c.t("PRIVATE AND CONFIDENTIAL\n").t(f"{q.title} ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t("H&C No: ").id(c.ch([hc, spaced334(hc, 0)])).t("   DOB: ").d(dob, "dotyy").t("\n\n")
    c.t(f"Dear {c.ch([q.title + ' ', ''])}").nm(c.ch([q.last, q.first])).t(",\n\n")
    c.t(f"I am pleased to confirm that you will be admitted under {sti(sur)} ").nm(sur.fi).t(" on ")
    c.t(c.wd(adm) + " ").d(adm, c.ch(["ord", "long"])).t(f" at {c.ch(['07:30', '14:00', '11:00'])} to Ward ").t(f"{c.ri(4, 6)}{c.ch('ABCD')}")
    c.t(" for ").c(c.ch([f"coronary artery bypass grafting (CABG x{c.ri(2, 4)})", "aortic valve replacement", "mitral valve repair"]))
    c.t(", planned for ").d(op, "dmo").t(".\n\nBefore you come in:\n")
    c.t("- Stop ").c(anti).t(" on ").d(adm - timedelta(days=days), "dmo").t(" (").c(f"{days} days").t(" before admission)")
    c.t(c.ch(["; your INR will be checked on arrival" if anti == "warfarin" else "", ""])).t(".\n")
    c.t("- Keep taking ").c("aspirin 75 mg").t(" and ").c(c.ch(["bisoprolol", "your blood pressure tablets", "atorvastatin"])).t(".\n")
    c.t("- ").c(c.ch(["Do not take metformin on the morning of surgery", "Take half your usual dose of long-acting insulin the night before",
                      "No changes to diabetes medicines"])).t(".\n")
    c.t("- Use the ").c("chlorhexidine 4% body wash").t(" for ").c("5 days").t(" before admission.\n")
    c.t("- Bring all your medicines and your MRSA screen result (taken ").d(d0 - timedelta(days=c.ri(5, 12)), "dm").t(").\n\n")
    c.t("What to expect: most patients spend ").c("1-2 days").t(" in the cardiac surgery intensive care unit and go home after ").c("5-7 days")
    c.t(". You will not be able to drive for ").c("4 weeks").t(" and should not lift anything heavier than a kettle for ").c("12 weeks").t(".\n\n")
    c.t("If you are unwell, have a cold or a new infection, please ring the admissions office on ").ph(f"028 9{c.dig(3)} {c.dig(4)}")
    c.t(" as soon as possible.\n\nYours sincerely\n\nCardiac Surgery Admissions Co-ordinator\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


def ni_npwt(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(52, 84)
    dn, gp, sur = c.staff("f"), c.staff(), c.staff()
    line, town, pc, area = place(c)
    hc = hc_no(c.r)
    d0 = c.wdt(-1, 0)
    opd = d0 - timedelta(days=c.ri(14, 30))
    nxt = c.wdt(5, 9)
    c.t("DISTRICT NURSING REFERRAL - NEGATIVE PRESSURE WOUND THERAPY\n")
    c.t(f"From: Cardiac Surgery Ward, {NI_CENTRE[0]}   Date: ").d(d0, "dot").t("\n")
    c.t("To: District Nursing Team, ").ad(town).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.Lf])).t("   H&C: ").id(hc).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(phone(c, area, mob=False)).t("\n")
    c.t("GP: Dr ").nm(gp.last).t(", ").ad(c.ch(TOWNS["ni"])[0]).t("\n\n")
    c.t("Operation: ").c(c.ch(["CABG x3", "CABG x2", "AVR + CABG"])).t(" on ").d(opd, "dot").t(f" under {sti(sur)} ").nm(sur.fi).t("\n")
    site = c.ch(["lower sternotomy", "left leg vein harvest site", "right groin"])
    c.t("Wound: ").c(site).t(", ").c(f"{c.ri(3, 9)} x {c.ri(1, 4)} x {c.fl(0.5, 2.5)} cm").t(", ")
    c.c(c.ch(["80% granulation, 20% slough", "healthy granulation", "granulating, small tunnel at 12 o'clock 1.5 cm"])).t(", ")
    c.c(c.ch(["moderate serous exudate", "low exudate"])).t("\n")
    c.t("Microbiology: ").c(c.ch(["MSSA, completed flucloxacillin 1 g QDS", "no growth", "Enterobacter cloacae, ciprofloxacin 500 mg BD 7/7"])).t("\n")
    c.t("NPWT: ").c(c.ch(["VAC Ulta, -125 mmHg continuous", "VAC, -75 mmHg continuous", "PICO 14 single-use, change every 7 days"]))
    c.t("; ").c(c.ch(["black foam + interface layer", "white foam in the tunnel, black foam above"])).t("\n")
    c.t("Dressing changes: ").c(c.ch(["Mon / Wed / Fri", "Tuesday and Friday", "every 72 h"])).t("; first home visit ").d(d0 + timedelta(days=c.ri(1, 2)), "dm").t("\n")
    c.t("Other: ").cl([c.ch(["HbA1c 71 mmol/mol, diabetes team aware", "Braden 18", "MUST 1, dietitian letter sent"]),
                       c.ch(["albumin 31 g/L", "Hb 104 g/L", "CRP 38 mg/L"])], "; ").t("\n")
    c.t("Measurements:\n")
    dd = opd + timedelta(days=c.ri(8, 10))
    ln, wd = c.ri(5, 10), c.ri(2, 4)
    while dd < d0:
        c.t("  ").d(dd, "dm").t("  ").c(f"{ln} x {wd} cm").t("  ").c(c.ch(["slough 30%", "slough 10%", "granulating", "exudate moderate"])).t("\n")
        dd += timedelta(days=c.ri(3, 5))
        ln, wd = max(2, ln - c.ri(0, 2)), max(1, wd - c.ri(0, 1))
    c.t("Review in wound clinic ").d(nxt, "dmy").t(f" ({c.wd(nxt)})\n")
    c.t("Contact ward sister ").nm(dn.fi).t(" on ").ph(f"028 9{c.dig(3)} {c.dig(4)}").t("\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


# ---------------------------------------------------------------------------------------- United States (Ohio)
US_HOSP = orgs("MetroHealth Medical Center", "OhioHealth Riverside Methodist Hospital", "Miami Valley Hospital",
               "St. Vincent Medical Center", "Aultman Hospital", "Ohio State Wexner Medical Center",
               "University Hospitals Ahuja Medical Center")


US_EMP = orgs("Goodyear", "Honda of America Mfg.", "Cleveland-Cliffs", "Kroger", "Owens Corning", "Summit County",
              "Ohio Department of Transportation")


def _mrn(c: C) -> str:
    return c.ch([c.dig(8), f"E{c.dig(8)}", f"10{c.dig(7)}", c.dig(9)])


def us_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 82)
    card, sur = c.staff(), c.staff()
    sp, rw = spouse(c, q)
    line, town, z, _area = place(c)
    mrn = _mrn(c)
    d0 = c.wdt(-1, 0)
    adm = d0 - timedelta(days=c.ri(1, 3))
    cath_d = d0 - timedelta(days=c.ri(0, 1))
    cr = c.ri(70, 160)
    c.t("CARDIOTHORACIC SURGERY CONSULTATION\n")
    c.t("Patient: ").nm(c.ch([q.lfm, q.LF, q.lf])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("\n")
    c.t("Date of service: ").d(d0, "us").t(f"   Location: {c.ch(['CVICU', '6 West', 'CCU', '5 Heart'])} bed {c.ri(1, 30)}\n")
    c.t(f"Hospital: {c.ch(US_HOSP)}\nRequesting physician: ").nm(card.fml).t(", MD (Interventional Cardiology)\n")
    scen = c.ri(0, 2)
    ef = [c.ri(45, 60), c.ri(40, 60), c.ri(25, 38)][scen]
    c.t("Reason for consult: ").c(["multivessel CAD, evaluate for CABG", "left main disease after NSTEMI", "3-vessel CAD with reduced EF"][scen]).t("\n\n")
    c.t(f"HPI: {age}-year-old {'man' if q.sex == 'm' else 'woman'} who presented to the ED on ").d(adm, "md")
    c.t(" with ").c(c.ch(["substernal chest pressure at rest", "exertional chest pain and dyspnea", "epigastric pain and diaphoresis"]))
    c.t("; hs-troponin peaked at ").c(f"{c.ri(180, 9800)} ng/L").t(". Cath on ").d(cath_d, "us1").t(" showed ").cl(cath(c), "; ").t(".\n")
    c.t("PMH: ").cl([c.ch(["HTN", "HTN, HLD"]), c.ch(["T2DM on insulin", "T2DM on metformin", "prediabetes"]), c.ch(["CKD 3a", "OSA on CPAP", "COPD"])]).t("\n")
    c.t("Meds: ").cl(["aspirin 81 mg daily", "atorvastatin 80 mg daily", "metoprolol succinate 50 mg daily", "heparin gtt per protocol",
                      c.ch(["lisinopril 10 mg daily", "insulin glargine 24 units qHS", "empagliflozin 10 mg daily"])]).t("\n")
    c.t("Social: lives in ").ad(town).t(f", OH with {q.his} {rw} ").nm(sp.first).t("; ")
    c.c(c.ch(["former smoker, 40 pack-years, quit 2011", "current smoker 1 ppd", "never smoker"])).t("; ")
    c.t(c.ch(["retired machinist", "works at a tire plant", "farmer", "school bus driver"])).t(".\n")
    c.t("Exam: ")
    vitals(c, ", ", temp=False).t("; ").c(c.ch(["no murmur", "soft systolic murmur at the apex"])).t("; ").c(c.ch(["good saphenous veins bilaterally", "varicosities R leg"])).t("\n")
    c.t("Labs: Hgb ").c(f"{c.fl(10.8, 15.6)} g/dL").t(", Plt ").c(f"{c.ri(150, 360)}").t(", Cr ").c(f"{us_creat(cr)} mg/dL").t(", A1c ")
    c.c(f"{c.fl(5.4, 9.8)}%").t(", INR ").c(f"{c.fl(0.9, 1.2)}").t("\n")
    mr = c.ch(["no significant valvular disease", "mild MR", "moderate ischemic MR"]) if scen == 2 else c.ch(["no significant valvular disease", "mild MR"])
    c.t("Echo: LVEF ").c(f"{ef}%").t(", ").c(mr).t("\n")
    c.t("STS PROM ").c(f"{c.fl(0.6, 4.8)}%").t("; STS morbidity/mortality ").c(f"{c.fl(6, 24)}%").t("\n\n")
    plan = "CABG x3 with possible MV repair" if mr.startswith("moderate") else c.ch(["recommend CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)", "recommend CABG x4"])
    c.t("Assessment/Plan: ").c(plan).t("; ")
    c.cl(["hold clopidogrel (last dose on admission), OR after 5-day washout", "continue heparin gtt",
          "carotid duplex, PFTs, dental screen", "A1c > 8: endocrine consult"], "; ").t(". Risks, benefits and alternatives discussed with patient and ")
    c.t(f"{rw}; agreeable.\n\nElectronically signed: ").nm(sur.fl).t(", MD, Cardiothoracic Surgery ").d(d0, "us").t(f" {c.tm(9, 20)}\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, z))


def us_opreport(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(55, 85)
    sur, pa, ana, perf = c.staff(), c.staff(), c.staff(), c.staff()
    mrn = _mrn(c)
    d0 = c.wdt(-1, 0)
    cabg = c.yes(0.45)
    size = c.ch([19, 21, 23, 25, 27])
    valve = c.ch(["Inspiris Resilia", "Perimount Magna Ease", "Trifecta GT", "On-X"])
    cpb = c.ri(80, 160)
    xc = cpb - c.ri(18, 40)
    c.t(f"OPERATIVE REPORT - {c.ch(US_HOSP)}\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.lf])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["us", "us1"])).t("\n")
    c.t("Date of surgery: ").d(d0, "us").t("\n")
    c.t("Surgeon: ").nm(sur.fl).t(", MD\nAssistant: ").nm(pa.fl).t(", PA-C\nAnesthesia: ").nm(ana.fml).t(", MD\nPerfusion: ").nm(perf.fl).t(", CCP\n\n")
    c.t("Preoperative diagnosis: ").c("severe aortic stenosis (I35.0)")
    if cabg:
        c.t("; ").c("coronary artery disease (I25.10)")
    c.t("\nProcedure: ").c(f"aortic valve replacement, {size} mm {valve}")
    if cabg:
        c.t(" and ").c(f"CABG x{c.ri(1, 2)} ({c.ch(['SVG-RCA', 'LIMA-LAD', 'SVG-OM1'])})")
    c.t("\nCPT: ").c("33405")
    if cabg:
        c.t(", ").c("33518")
    c.t("\n\nIndications: ").c(f"mean gradient {c.ri(40, 68)} mmHg, AVA {c.fl(0.6, 0.9, 2)} cm2, NYHA {c.ch(['II', 'III'])}").t("\n")
    c.t("Findings: ").c(c.ch(["trileaflet valve, severely calcified", "bicuspid valve (Sievers type 1), heavy calcification", "calcified annulus, debrided"])).t("; ")
    c.c(f"annulus sized to {size} mm").t("\n")
    c.t("Description: median sternotomy; ").c("central aortic and two-stage venous cannulation").t("; ").c("antegrade and retrograde cold blood cardioplegia")
    c.t("; ").c("transverse aortotomy").t("; leaflets excised and annulus debrided; ").c(f"{c.ri(12, 16)} pledgeted 2-0 sutures").t("; valve seated and tied with ")
    c.c("Cor-Knot").t(". TEE post-bypass: ").c(f"well-seated prosthesis, mean gradient {c.ri(6, 14)} mmHg, no paravalvular leak").t(".\n")
    c.t("CPB ").c(f"{cpb} min").t("; cross-clamp ").c(f"{xc} min").t("; EBL ").c(f"{c.ri(300, 900)} mL").t("; ")
    c.c(c.ch(["no blood products", "2 units PRBC", "1 unit platelets, 2 FFP"])).t("\n")
    c.t("Specimens: ").c("aortic valve leaflets to pathology").t("\nDrains: ").c(c.ch(["two 32 Fr mediastinal, one 28 Fr left pleural", "Blake drains x3"])).t("\n")
    c.t("Disposition: CVICU ").c(c.ch(["intubated, stable on epinephrine 0.02 mcg/kg/min", "intubated, on no pressors", "intubated, norepinephrine 0.05 mcg/kg/min"])).t("\n")
    c.t("I was present and scrubbed for the entire procedure. ").nm(sur.fl).t(", MD\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_cvicu(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(50, 84)
    att, res = c.staff(), c.staff()
    mrn = _mrn(c)
    d0 = c.wdt(-1, 0)
    opd = d0 - timedelta(days=1)
    kg = c.ri(60, 125)
    c.t("CVICU PROGRESS NOTE - POD 1\n")
    c.t("").nm(c.ch([q.LF, q.lfm])).t("   MRN ").id(mrn).t(f"   {age}{q.mf}   Wt {kg} kg   Date ").d(d0, "us1").t("\n")
    c.t("s/p ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR + CABG x1", "MV repair", "AVR"])).t(" on ").d(opd, "us1").t("\n\n")
    c.t("S: ").c(c.ch(["extubated overnight, pain controlled", "extubated at 6 h, some nausea", "extubated this AM, incentive spirometer 750 mL"])).t("\n")
    c.t("O: ")
    vitals(c, ", ").t("\n   Drips: ").c(c.ch([f"norepinephrine {c.fl(0.01, 0.08, 2)} mcg/kg/min", "off pressors since 0300", "epinephrine 0.02 mcg/kg/min, vasopressin 0.03 U/min"]))
    c.t("; ").c(c.ch(["insulin gtt 2 U/h", "nicardipine off", "amiodarone 0.5 mg/min"])).t("\n")
    c.t("   CT output: ").c(f"{c.ri(180, 600)} mL/24 h, {c.ri(10, 60)} mL/h last 4 h").t("; pacing ").c(c.ch(["AAI 90", "backup VVI 60", "not in use"])).t("\n")
    c.t("   I/O: ").c(f"{c.ri(2200, 4200)} / {c.ri(1800, 3600)} mL").t("; UOP ").c(f"{c.fl(0.5, 1.4)} mL/kg/h").t("\n")
    c.t("   Labs: Hgb ").c(f"{c.fl(7.6, 11.8)}").t(", K ").c(f"{c.fl(3.6, 5.0)}").t(", Mg ").c(f"{c.fl(1.8, 2.6)}").t(", iCa ").c(f"{c.fl(1.05, 1.25, 2)}")
    c.t(", Cr ").c(f"{c.fl(0.8, 1.9, 2)}").t(", lactate ").c(f"{c.fl(0.8, 3.5)}").t(", glucose ").c(f"{c.ri(110, 210)}").t("\n")
    c.t("   CXR: ").c(c.ch(["small L effusion, no PTX", "lines in position, mild atelectasis", "no PTX after CT pull"])).t("\n\n")
    c.t("A/P:\n")
    c.t("Neuro: ").c("acetaminophen 1 g q6h, oxycodone 5 mg q4h PRN; CAM-ICU negative").t("\n")
    c.t("CV: ").cl(["wean pressors MAP > 65", "metoprolol tartrate 12.5 mg BID when off pressors", "aspirin 81 mg, atorvastatin 80 mg"], "; ").t("\n")
    c.t("Resp: ").c("IS q1h, wean O2 to SpO2 > 92%").t("\nRenal: ").c("furosemide 20 mg IV BID, replace K > 4, Mg > 2").t("\n")
    c.t("Endo: ").c("insulin gtt to SQ, goal BG 140-180").t("\nID: ").c("cefazolin 2 g q8h x 48 h").t("\n")
    c.t("Lines/tubes: ").c(c.ch(["pull CTs when < 100 mL/8 h", "remove A-line and PA catheter today", "Foley out"])).t("\n")
    c.t("Dispo: ").c(c.ch(["transfer to step-down POD 2", "remains in CVICU"])).t("\n\n")
    c.t("Resident: ").nm(res.fl).t(", MD (PGY-").t(f"{c.ri(2, 5)})\n")
    c.t("Attestation: I saw and examined the patient and agree with the plan above. ").nm(att.fml).t(", MD\n")
    c.t("Electronically signed ").d(d0, "us1").t(f" {c.tm(10, 18)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_anticoag(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(38, 76)
    pharm, doc = c.staff(), c.staff()
    line, town, z, area = place(c)
    mrn = _mrn(c)
    cell = phone(c, area)
    d0 = c.wdt(-1, 0)
    mitral = c.yes(0.5)
    opd = d0 - timedelta(days=c.ri(40, 400))
    tgt = "3.0 (2.5-3.5)" if mitral else "2.5 (2.0-3.0)"
    daily = c.ch([5.0, 7.5, 6.0, 4.0])
    wk = daily * 7
    c.t(f"ANTICOAGULATION CLINIC - PHARMACIST VISIT   {c.ch(US_HOSP)}\n")
    c.t("Patient: ").nm(c.ch([q.fml, q.fl])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("   Cell: ").ph(cell).t("\n")
    c.t("Visit: ").d(d0, "us").t(" (").t(c.ch(["telephone", "in person, POC INR", "in person"])).t(")\n")
    c.t("Indication: ").c(f"mechanical {'mitral' if mitral else 'aortic'} valve (On-X)").t(", implanted ").d(opd, "us")
    c.t("\nGoal INR: ").c(tgt).t("; duration ").c("indefinite").t("; ").c("aspirin 81 mg daily").t("\n")
    c.t("INR history:\n")
    d = d0 - timedelta(days=c.ri(21, 35))
    for _ in range(3):
        c.t("  ").d(d, "md").t("  INR ").c(f"{c.fl(2.0, 3.9)}").t("  weekly ").c(f"{wk:g} mg").t("\n")
        d += timedelta(days=c.ri(7, 14))
    inr = c.fl(1.8, 4.2)
    c.t("Today INR ").c(inr).t("\n")
    c.t("Assessment: ").c(c.ch(["missed 2 doses last week", "started amoxicillin for a dental abscess", "no changes in diet or meds",
                               "more leafy greens recently", "alcohol 4-6 beers at weekends"])).t("; ").c(c.ch(["no bleeding", "gum bleeding when brushing", "no bruising"])).t("\n")
    f = float(inr)
    lo_t = 2.5 if mitral else 2.0
    hi_t = 3.5 if mitral else 3.0
    new = wk * (1.1 if f < lo_t else (0.9 if f > hi_t else 1.0))
    c.t("Interactions reviewed: ").c(c.ch(["none new", "amoxicillin x 7 days - recheck INR in 5 days", "started sertraline 50 mg"])).t("; diet ")
    c.c(c.ch(["vitamin K intake consistent", "more salads lately", "poor appetite this week"])).t("; HAS-BLED ").c(f"{c.ri(1, 3)}").t("\n")
    c.t("Plan: weekly dose ").c(f"{wk:g} mg").t(" -> ").c(f"{round(new * 2) / 2:g} mg").t(" (").c(f"{(new - wk) / wk * 100:+.0f}%").t(")")
    if f < lo_t:
        c.t("; ").c(f"enoxaparin {lmwh_dose(c.ri(60, 110))} mg SQ q12h until INR >= {lo_t}")
    c.t("\nNext INR: ").d(d0 + timedelta(days=c.ri(5, 14)), "us").t(" at the ").ad(town).t(" draw station\n")
    c.t("Education: signs of bleeding and clotting, stroke symptoms (BE FAST), tell all providers about warfarin; patient verbalized understanding.\n")
    c.t("").nm(pharm.fl).t(", PharmD, CACP\nSupervising physician: ").nm(doc.fml).t(", MD   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, z), cell)


def us_lower(c: C) -> Note:
    q = c.pat(grps=["ohw", "ohw", "ohb", "ohl"])
    dob, _age = c.born(50, 82)
    rn, sur = c.staff("f"), c.staff()
    sp, rw = spouse(c, q)
    mrn = _mrn(c)
    d0 = c.wdt(-1, 0)
    dc = d0 - timedelta(days=2)
    fu = c.wdt(5, 14)
    cell = phone(c)
    c.t("ct surgery post discharge phone call\n")
    c.d(d0, "md").t(f" {c.tm(9, 15)} - day 2 call. pt ").nm(q.low).t(" mrn ").id(mrn).t(", d/c'd ").d(dc, "md").t(" s/p ")
    c.c(c.ch([f"cabg x{c.ri(2, 4)}", "avr", "avr + cabg", "mvr"])).t("\n")
    c.t("called cell ").ph(cell).t(f", spoke w pt and {rw} ").nm(sp.first.lower()).t("\n")
    c.t("- pain ").c(f"{c.ri(1, 5)}/10").t(" on ").c(c.ch(["tylenol 1g q6h", "tylenol + oxycodone 5mg at night", "tylenol only"])).t("\n")
    c.t("- temp ").c(f"{c.fl(97.6, 99.8)}").t(", ").c(c.ch(["no chills", "some night sweats", "no fever"])).t("\n")
    c.t("- weight ").c(f"{c.ri(150, 260)} lb").t(", ").c(c.ch(["down 2 lb", "up 3 lb since d/c", "same as d/c"])).t(", legs ").c(c.ch(["1+ edema", "no edema", "trace edema L"])).t("\n")
    c.t("- incision ").c(c.ch(["dry, no drainage", "scant clear drainage at bottom", "leg incision a little red"])).t("; ")
    c.c(c.ch(["wearing sternal precautions", "using heart pillow to cough", "not lifting over 10 lb"])).t("\n")
    c.t("- meds: ").cl(["metoprolol 25mg bid", "asa 81", "atorva 80", c.ch(["lasix 40 daily x 5 days", "amiodarone 200 bid", "eliquis 5 bid"])]).t(", ").c("no missed doses").t("\n")
    c.t("- bm ").c(c.ch(["yes", "not since surgery, colace + miralax advised"])).t(", sleeping ").c(c.ch(["ok", "poorly, advised recliner"])).t("\n")
    c.t("- fu w dr ").nm(sur.last.lower()).t(" ").d(fu, "md").t(", cardiac rehab referral sent\n")
    c.t("- reviewed when to call 911 / call us. cb # ").ph(phone(c)).t(" if needed\n")
    c.nm(f"{rn.first.lower()} {_ascii(rn.last)[0].lower()}").t(", rn\n")
    return _end(c, q, dob, [("mrn", mrn)], tel=cell)


def us_portal(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 80)
    rn, sur = c.staff("f"), c.staff()
    mrn = _mrn(c)
    d1 = c.dt(-1, 0)
    d2 = d1 + timedelta(days=1)
    sysn = c.ch(["mychart.metrohealth", "mychart.ohiohealth", "mychart.premierhealth", "mychart.uhhospitals"])
    c.t("PATIENT PORTAL MESSAGE THREAD   MRN ").id(mrn).t("\n\n")
    c.t("From: ").nm(q.fl).t("\nSent: ").d(d1, "us1").t(f" {c.ri(6, 11)}:{c.ri(0, 59):02d} PM\nTo: Cardiothoracic Surgery Nurse Pool\n")
    c.t("Subject: incision question\n\n")
    c.t(f"Hello, I had my {c.ch(['bypass', 'valve surgery', 'heart surgery'])} on ").d(d1 - timedelta(days=c.ri(9, 20)), "md")
    c.t(". There is ").c(c.ch(["some yellowish drainage", "a small pink bump with clear fluid", "a red area about the size of a quarter"]))
    c.t(" at the bottom of my chest incision. Temp tonight was ").c(f"{c.fl(98.4, 100.6)}").t(". I uploaded a picture here: ")
    c.p("URL", f"https://{sysn}.org/MyChart/Documents/View/{c.tok(12)}").t("\nThanks, ").nm(q.first).t("\n")
    c.t("[submitted via MyChart app, remote address ").p("IP", c.ip()).t("]\n\n")
    c.t("From: ").nm(rn.fl).t(", BSN, RN\nSent: ").d(d2, "us1").t(f" {c.ri(7, 10)}:{c.ri(0, 59):02d} AM\n\n")
    c.t("Hi ").nm(q.first).t(", thank you for the photo. I reviewed it with Dr. ").nm(sur.last).t(". ")
    c.c(c.ch(["It looks like a superficial suture reaction", "There is a small opening with drainage we would like to see",
              "The redness needs to be looked at today"])).t(". ")
    c.t("Please ").c(c.ch(["keep it clean and dry, no creams", "come to the CT surgery clinic tomorrow at 9:30", "go to the wound clinic this afternoon"]))
    c.t(" and keep taking ").c(c.ch(["cephalexin 500 mg four times a day", "your usual medicines", "acetaminophen as needed"])).t(". ")
    c.t("Call us if your temperature is over ").c("100.4 F").t(" or the drainage increases.\n").nm(rn.first).t("\n\n")
    c.t("From: ").nm(q.fl).t("\nSent: ").d(d2, "us1").t(f" {c.ch([12, 1, 2])}:{c.ri(0, 59):02d} PM\n\n")
    c.t("Thank you. Also my ankles are more swollen and I gained ").c(f"{c.ri(3, 6)} lb").t(" since I got home (").c(f"{c.ri(168, 236)} lb")
    c.t(" this morning). Should I take an extra ").c(c.ch(["Lasix", "furosemide 20 mg"])).t("? I am still on ").c(c.ch(["metoprolol 25 mg twice a day", "amiodarone 200 mg daily", "Eliquis 5 mg twice a day"])).t(".\n\n")
    c.t("From: ").nm(rn.fl).t(", BSN, RN\nSent: ").d(d2, "us1").t(f" {c.ri(3, 5)}:{c.ri(0, 59):02d} PM\n\n")
    c.t("Per Dr. ").nm(sur.last).t(": take ").c(c.ch(["furosemide 20 mg once daily for 3 days", "one extra furosemide 40 mg tomorrow"])).t(", keep legs up, and weigh yourself every morning. ")
    c.t("We will check a ").c("BMP").t(" at your clinic visit.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_itp(c: C) -> Note:
    q = c.pat(grps=["ohw", "ohw", "ohb", "ohl", "ohp"])
    dob, age = c.born(65, 86)
    md, cep = c.staff(), c.staff()
    line, town, z, _area = place(c)
    mrn = _mrn(c)
    mbi = mbi_no(c.r)
    d0 = c.wdt(-1, 0)
    start = d0 - timedelta(days=c.ri(28, 35))
    s0 = c.ri(10, 14)
    kg0 = c.ri(70, 120)
    rest = c.ri(58, 78)
    lo, hi = karvonen(age, rest)
    m1 = round(c.r.uniform(2.2, 3.4), 1)
    m2 = round(m1 + c.r.uniform(0.6, 1.8), 1)
    c.t("CARDIAC REHABILITATION - INDIVIDUALIZED TREATMENT PLAN (30-DAY REVIEW)\n")
    c.t("Patient: ").nm(c.ch([q.lf, q.fl])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t("\n")
    c.t("Medicare MBI: ").id(c.ch([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"])).t("   Home: ").ad(town).t(", OH ").zp(z).t("\n")
    ev, code = c.ch([("CABG", "Z95.1"), ("valve replacement", "Z95.2"), ("CABG + valve replacement", "Z95.1, Z95.2")])
    c.t("Qualifying event: ").c(ev).t(" (").c(code).t(")   Start of care: ").d(start, "us").t("\n")
    c.t("Sessions attended: ").c(f"{s0}/36").t("   CPT ").c("93798").t("\n\n")
    c.t("EXERCISE: ").c(f"treadmill {c.fl(1.8, 2.8)} mph / {c.ri(0, 4)}% grade").t(", ").c(f"NuStep level {c.ri(3, 7)}").t(", ")
    c.c(f"arm ergometer {c.ri(10, 30)} W").t("; METs ").c(f"{m1} -> {m2}").t("; THR ").c(f"{lo}-{hi} bpm").t(", RPE ").c("11-13").t("\n")
    c.t("Resistance: ").c(c.ch(["bands started week 3 (sternal precautions lifted)", "not yet, < 12 weeks post sternotomy", "1-3 lb dumbbells"])).t("\n")
    c.t("Telemetry: ").c(c.ch(["SR, no ectopy", "SR with occasional PVCs", "rate-controlled AF"])).t("\n")
    c.t("NUTRITION: weight ").c(f"{kg0} -> {kg0 - c.ri(0, 3)} kg").t(", waist ").c(f"{c.ri(88, 124)} cm").t(", LDL ").c(f"{c.ri(48, 110)} mg/dL").t(", A1c ")
    c.c(f"{c.fl(5.4, 8.6)}%").t("\nPSYCHOSOCIAL: PHQ-9 ").c(f"{c.ri(0, 16)}").t(", GAD-7 ").c(f"{c.ri(0, 12)}").t("; ")
    c.c(c.ch(["referred to behavioral health", "no concerns", "stress management class"])).t("\n")
    c.t("TOBACCO: ").c(c.ch(["never", "former", "quit at surgery, nicotine patch 14 mg"])).t("\nBP: ").c(f"{c.ri(112, 146)}/{c.ri(62, 86)}").t("\n")
    c.t("Goals next 30 days: ").cl(["achieve 4-5 METs", "150 min/week walking at home", "attend nutrition class"], "; ").t("\n")
    c.t("Medications reviewed: ").cl(["aspirin 81 mg", "atorvastatin 80 mg", c.ch(["metoprolol succinate 25 mg", "carvedilol 6.25 mg BID"]),
                                     c.ch(["lisinopril 5 mg", "empagliflozin 10 mg", "apixaban 5 mg BID", "warfarin per anticoag clinic"])]).t("; ").c("no side effects").t("\n")
    c.t("Transition: ").c("phase III maintenance program after session 36").t("\n\n")
    c.t("Exercise physiologist: ").nm(cep.fl).t(", MS, ACSM-CEP\nMedical director: ").nm(md.fml).t(", MD   NPI ").id(npi_no(c.r)).t("   Signed ").d(d0, "us1").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("mbi", mbi)], (line, town, z))


def us_std(c: C) -> Note:
    q = c.pat(grps=["ohw", "ohw", "ohb", "ohs", "ohl", "ohp"])
    dob, _age = c.born(40, 63)
    sur = c.staff()
    line, town, z, area = place(c)
    ssn = ssn_no(c.r)
    home = phone(c, area)
    d0 = c.wdt(-2, 0)
    opd = d0 - timedelta(days=c.ri(10, 30))
    last_work = opd - timedelta(days=c.ri(1, 10))
    rtw = opd + timedelta(weeks=c.ri(8, 12))
    emp = c.ch(US_EMP)
    c.t(f"SHORT-TERM DISABILITY CLAIM - ATTENDING PHYSICIAN STATEMENT\nInsurer: {c.ch(['Lincoln Financial', 'The Hartford', 'MetLife', 'Unum'])}   Claim #: ")
    c.id(f"{c.ch(['STD', 'C'])}{c.dig(8)}").t("\n\nPART A - EMPLOYEE\n")
    c.t("Name: ").nm(c.ch([q.fl, q.LF])).t("   SSN: ").p("SSN", c.ch([ssn, ssn.replace("-", "")])).t("   DOB: ").d(dob, c.ch(["us", "usdash"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", OH ").zp(z).t("   Phone: ").ph(home).t("\n")
    c.t(f"Employer: {emp}   Occupation: ").t(c.ch(["press operator", "warehouse associate", "line maintenance", "truck driver", "cashier"])).t("\n")
    c.t("Last day worked: ").d(last_work, "us").t("\n\nPART B - PHYSICIAN\n")
    dx, px = c.ch([("I25.10 atherosclerotic heart disease", "CABG x3 (CPT 33533, 33518)"),
                   ("I21.4 NSTEMI; I25.10", "CABG x2 (CPT 33533, 33517)"), ("I35.0 aortic stenosis", "AVR (CPT 33405)"),
                   ("Q23.1 bicuspid aortic valve; I35.0", "AVR (CPT 33405)")])
    c.t("Diagnosis: ").c(dx).t("\n")
    c.t("Procedure: ").c(px).t(" on ").d(opd, "us").t("\n")
    c.t("Hospitalized: ").d(opd - timedelta(days=1), "us").t(" to ").d(opd + timedelta(days=c.ri(4, 7)), "us").t("\n")
    c.t("Restrictions: ").cl(["no lifting > 10 lb for 8 weeks", "no driving for 4 weeks", "no pushing/pulling", c.ch(["no climbing ladders", "no overhead work", "sedentary only"])], "; ").t("\n")
    c.t("Functional capacity: ").cl([f"sit {c.ri(4, 8)} h/day", f"stand/walk {c.ri(1, 4)} h/day", "lift/carry up to 10 lb occasionally", "no repetitive bending"], "; ").t("\n")
    c.t("Complications: ").c(c.ch(["none", "post-operative atrial fibrillation, on amiodarone", "sternal wound superficial infection, treated", "anemia, Hgb 9.8 g/dL at discharge"])).t("\n")
    c.t("Current medications: ").cl(["aspirin 81 mg daily", "atorvastatin 80 mg daily", "metoprolol tartrate 25 mg BID", c.ch(["furosemide 20 mg daily", "lisinopril 5 mg daily", "apixaban 5 mg BID"])]).t("\n")
    c.t("Cardiac rehab: ").c("36 sessions, 3x/week").t("\nEstimated return to work: ").d(rtw, "us").t(" (").c(c.ch(["full duty", "light duty first 2 weeks"])).t(")\n")
    c.t("Physician: ").nm(sur.fl).t(", MD, Cardiothoracic Surgery   NPI ").id(npi_no(c.r)).t("   Fax ").ph(phone(c, area)).t("\n")
    c.t("Signature date: ").d(d0, "us").t("\n")
    return _end(c, q, dob, [("ssn", ssn)], (line, town, z), home)


# ---------------------------------------------------------------------------------------- Australia (Victoria)
AU_CENTRE = orgs("The Alfred", "Royal Melbourne Hospital", "St Vincent's Hospital Melbourne", "Monash Medical Centre",
                 "Barwon Health")
AU_REF = orgs("Northern Hospital Epping", "Sunshine Hospital", "Goulburn Valley Health", "Latrobe Regional Hospital",
              "Box Hill Hospital")
AU_CLINIC = orgs("Heartbeat Community Health", "Merri Health", "Cohealth", "Peninsula Health Community Rehab")


def _medicare(c: C) -> tuple[str, str, str]:
    m = medicare_au(c.r)
    irn = str(c.ri(1, 5))
    return m, c.ch([m, f"{m[:4]} {m[4:9]} {m[9]}"]), irn


def _ur(c: C) -> str:
    return c.ch([c.dig(7), f"UR{c.dig(6)}", c.dig(6)])


def au_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 83)
    sur, card, gp = c.staff(), c.staff(), c.staff()
    line, town, pc, _area = place(c)
    m, mshow, irn = _medicare(c)
    ur = _ur(c)
    d0 = c.wdt(-3, 0)
    c.t(f"Cardiothoracic Surgery Outpatients, {c.ch(AU_CENTRE)}\n").d(d0, c.ch(["d/m/y", "long"])).t("\n\n")
    c.t("Dr ").nm(card.fl).t(f"\nCardiologist, {c.ch(AU_REF)}\nProvider No. ").id(au_provider(c.r)).t("\n\n")
    c.t("Dear ").nm(card.first).t(",\n\nRe: ").nm(c.ch([q.fL, q.Lf])).t("   DOB ").d(dob, "d/m/y").t("   UR ").id(ur).t("\n")
    c.t("").ad(line).t(", ").ad(town).t(" VIC ").zp(pc).t("   Medicare ").id(mshow).t(f" ({irn})\n\n")
    dx, rec, mur = c.ch([(f"severe AS (AVA {c.fl(0.6, 0.9, 2)} cm2, MG {c.ri(40, 62)} mmHg)", "AVR (bioprosthetic)",
                          "ejection systolic murmur radiating to the carotids"),
                         (f"triple vessel disease with LVEF {c.ri(35, 45)}%", "CABG x3", "heart sounds dual, no murmur"),
                         ("severe degenerative MR (P2 prolapse)", "mitral valve repair", "pansystolic murmur at the apex"),
                         ("left main and triple vessel disease", "CABG x4", "heart sounds dual, no murmur")])
    anti = c.ch(["clopidogrel 75 mg daily", "ticagrelor 90 mg BD", "apixaban 5 mg BD"]) if "CABG" in rec or c.yes(0.3) else ""
    c.t(f"Thank you for referring this {age}-year-old {c.ch(['retired fitter', 'market gardener', 'former tram driver', 'nurse', 'café owner'])} with ")
    c.c(dx).t(". " + q.He + " reports ").c(c.ch(["NYHA II dyspnoea", "CCS III angina", "reduced exercise tolerance, 200 m on the flat"])).t(".\n\n")
    c.t("History: ").cl(comorbs(c, c.ri(2, 3)), "; ").t(".\nMedications: ").cl(["aspirin 100 mg daily", "rosuvastatin 40 mg nocte",
                                                                              f"metoprolol {c.ch(['25', '47.5', '50'])} mg BD", c.ch(["perindopril 5 mg daily", "irbesartan 150 mg daily", "ezetimibe 10 mg daily"])]
                                                                             + ([anti] if anti else [])).t(".\n")
    c.t("Examination: ")
    vitals(c, ", ", temp=False).t("; ").c(mur).t(".\n")
    c.t("Investigations: creatinine ").c(f"{c.ri(60, 150)} umol/L").t(", Hb ").c(f"{c.ri(110, 160)} g/L").t(", HbA1c ").c(f"{c.fl(5.2, 8.6)}%").t(", ")
    c.c(c.ch(["carotid duplex < 50% bilaterally", "spirometry FEV1 1.9 L (72%)", "CT aorta: no porcelain aorta"])).t(".\n\n")
    c.t("I have recommended ").c(rec).t(" and quoted a risk of death of ")
    c.c(f"{c.fl(0.8, 3.5)}%").t(" (EuroSCORE II), stroke ").c("1-2%").t(". " + q.He + " has been placed on the ").c(c.ch(["category 2", "category 1", "category 2"])).t(" waiting list.\n")
    if anti:
        c.t("Please stop ").c(anti.split()[0]).t(" ").c({"c": "5 days", "t": "3 days", "a": "48 hours"}[anti[0]]).t(" before admission.\n")
    c.t("\nKind regards\n\n\nDr ")
    c.nm(sur.fl).t(" FRACS\nCardiothoracic Surgeon   AHPRA ").id(f"MED000{c.ri(1000000, 2999999)}").t("\n\ncc: Dr ").nm(gp.fi).t(", ").ad(c.ch([town, c.ch(TOWNS["au"])[0]])).t("\n")
    return _end(c, q, dob, [("medicare", m), ("ur", ur)], (line, town, pc))


def au_isbar(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 86)
    reg, nurse, sur = c.staff(), c.staff("f"), c.staff()
    ur = _ur(c)
    d0 = c.wdt(-1, 0)
    nok = c.rel(q, c.ch("mf"), same=c.yes(0.7))
    kg = c.ri(55, 115)
    c.t(f"ICU ISBAR HANDOVER - {c.ch(AU_CENTRE)}   Pod {c.ch('ABC')} bed {c.ri(1, 12)}   ").d(d0, "dmy").t(f" {c.tm(7, 8)}\n\n")
    c.t("I: ").nm(c.ch([q.fL, q.Lf])).t(f", {age} y, UR ").id(ur).t(f", {kg} kg, ").c(c.ch(["NKDA", "penicillin allergy (rash)", "NKDA"])).t("\n")
    op = c.ch(["day 1 post CABG x3", "day 1 post AVR", "day 2 post MVR (mechanical)", "day 1 post CABG x2 + AVR"])
    c.t("S: ").c(op).t(f" ({c.ch(['Dr', 'Mr'])} ")
    c.nm(sur.last).t("), ").c(c.ch(["extubated at 5 h", "extubated overnight", "re-intubated for hypoxia, now extubated"])).t("\n")
    c.t("B: ").cl(comorbs(c, 2), "; ").t("; EF ").c(f"{c.ri(30, 60)}%").t("\n")
    c.t("A: ").t("CNS ").c("alert, pain 2/10 on PCA fentanyl").t("; CVS ").c(f"MAP {c.ri(65, 85)}").t(", ")
    c.c(c.ch(["SR 80s", "AF 110s - amiodarone 300 mg IV given", "A-paced 90"])).t(", ").c(c.ch(["off noradrenaline", f"noradrenaline {c.ri(2, 10)} mcg/min", "milrinone 0.25 mcg/kg/min"])).t("; ")
    c.t("RESP ").c(c.ch(["HFNP 40 L FiO2 0.35", "NP 2 L", "NIV overnight, now HFNP"])).t(", SpO2 ").c(f"{c.ri(94, 99)}%").t("; ")
    c.t("drains ").c(f"{c.ri(150, 550)} ml total, {c.ri(10, 50)} ml/h").t("; UO ").c(f"{c.ri(40, 110)} ml/h").t("; ")
    c.t("Hb ").c(f"{c.ri(78, 112)}").t(", K ").c(f"{c.fl(3.8, 5.1)}").t(", Cr ").c(f"{c.ri(70, 180)}").t(", lactate ").c(f"{c.fl(0.9, 2.8)}").t("\n")
    c.t("   Lines: ").cl([c.ch(["R IJ CVC day 1", "L IJ CVC + PA catheter"]), "L radial arterial line", c.ch(["IDC", "IDC, plan TWOC day 2"]),
                          c.ch(["epicardial wires x2, box off", "A + V wires, box VVI 40 backup"])], "; ").t("\n")
    c.t("   Meds: ").cl(["paracetamol 1 g QID", "cefazolin 2 g 8-hourly x 24 h", "enoxaparin 40 mg daily from day 1", c.ch(["pantoprazole 40 mg", "metoclopramide 10 mg PRN", "atorvastatin 40 mg"])], "; ").t("\n")
    c.t("R: ").cl(["remove drains if < 50 ml/4 h", "mobilise to chair", "start warfarin tonight (INR target 2.5-3.5)" if "MVR" in op else c.ch(["aspirin 100 mg", "step-down to ward 4 East"]),
                   "BSL 6-10 on insulin infusion"], "; ").t("\n")
    c.t(f"Family: {'son' if nok.sex == 'm' else 'daughter'} ").nm(nok.fl).t(" visiting 11:00, mob ").ph(phone(c)).t("\n")
    c.t("Handed over by ").nm(nurse.first).t(" (ICU RN) and Dr ").nm(reg.fi).t(" (registrar)\n")
    return _end(c, q, dob, [("ur", ur)])


def au_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(35, 75)
    sur, hmo, gp = c.staff(), c.staff(), c.staff()
    gsub = c.ch(TOWNS["au"])
    m, mshow, irn = _medicare(c)
    ur = _ur(c)
    opd = c.wdt(-12, -7)
    dis = c.dt(-1, 0)
    kg = c.ri(55, 105)
    lw = lmwh_dose(kg)
    c.t(f"DISCHARGE SUMMARY - Cardiothoracic Surgery Unit, {c.ch(AU_CENTRE)}\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.fL])).t("   UR: ").id(ur).t("   DOB: ").d(dob, "dmy").t("\nMedicare: ").id(mshow).t(f" / {irn}\n")
    c.t("Admission: ").d(opd - timedelta(days=1), "dmy").t("   Surgery: ").d(opd, "dmy").t("   Discharge: ").d(dis, "dmy").t("\n")
    c.t("Consultant: Dr ").nm(sur.fi).t("\n\nDiagnosis: ").c(c.ch(["rheumatic mitral stenosis (I05.0)", "severe mixed mitral valve disease (I05.2)", "mitral regurgitation not amenable to repair (I34.0)"]))
    c.t("\nProcedure: ").c(f"mitral valve replacement ({c.ch([27, 29, 31, 33])} mm On-X mechanical)").t(", ").c(c.ch(["LAA ligation", "LAA excluded", "concomitant cryo-maze"])).t("\n")
    c.t("Progress: ").c(c.ch(["uneventful", "AF day 3 - amiodarone, reverted", "pericardial effusion drained day 5", "delirium day 2, resolved"])).t(".\n\n")
    c.t("ANTICOAGULATION\nTarget INR ").c("3.0 (range 2.5-3.5)").t(", lifelong; ").c(f"enoxaparin {lw} mg subcut BD").t(" (").c(f"{kg} kg").t(") until INR ")
    c.c(">= 2.5").t(" x2\n")
    d = opd + timedelta(days=2)
    for inr, dose in inr_course(c, c.ri(3, 5), 2.5):
        c.d(d, "d/m").t(": INR ").c(f"{inr:.1f}").t(", warfarin ").c(f"{dose:g} mg").t("\n")
        d += timedelta(days=1)
    c.t("Next INR: ").d(dis + timedelta(days=c.ri(1, 3)), "d/m/y").t(" at the ").ad(gsub[0]).t(" pathology collection centre; results to GP\n\n")
    c.t("Discharge medications: ").cl(["warfarin as directed", f"enoxaparin {lw} mg BD", "metoprolol 25 mg BD", "frusemide 40 mg mane",
                                       "paracetamol 1 g QID PRN", c.ch(["amiodarone 200 mg daily 4/52", "spironolactone 25 mg daily", "pantoprazole 40 mg daily"])]).t("\n")
    c.t("Follow-up: GP in ").c("2-3 days").t(" for INR; surgeon ").c("6 weeks").t("; cardiac rehab referral sent\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gsub[0]).t(" ").zp(gsub[1]).t(", ph ").ph(phone(c, gsub[2], mob=False)).t("\n")
    c.t("Completed by Dr ").nm(hmo.fi).t(" (HMO2)\n")
    return _end(c, q, dob, [("medicare", m), ("ur", ur)])


def au_rehab(c: C) -> Note:
    q = c.pat(grps=["vic", "vic", "vgr", "vit"])
    dob, age = c.born(68, 89)
    aep = c.staff()
    line, town, pc, _area = place(c)
    dva = f"V{c.ch(['X', 'SM', 'N', 'CN', ''])}{c.dig(5)}{c.ch(['', 'A', 'B'])}"
    mob = phone(c)
    d0 = c.wdt(-1, 0)
    rest = c.ri(54, 78)
    lo, hi = karvonen(age, rest)
    six0 = c.ri(260, 420)
    six1 = six0 + c.ri(20, 110)
    c.t(f"COMMUNITY CARDIAC REHABILITATION - PHASE III ({c.ch(AU_CLINIC)})\nExercise physiology review (telehealth)\n\n")
    c.t("Client: ").nm(q.fl).t("   DOB: ").d(dob, "d/m/y").t("   DVA file no: ").id(dva).t(" (Gold Card)\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Mobile: ").ph(mob).t("\n")
    c.t("Session: ").d(d0, "d/m/y").t(f" {c.tm(9, 15)} via ").p("URL", f"https://{c.ch(['heartrehab', 'merri', 'phrehab'])}.coviu.com/session/{c.tok(9)}")
    c.t(" (client connected from ").p("IP", c.ip()).t(")\n\n")
    c.t("Background: ").c(c.ch(["CABG x3", "AVR (tissue) + CABG x1", "MV repair", "TAVI after SAVR declined"])).t(" ").c(f"{c.ri(3, 7)} months ago").t("; ")
    c.c(c.ch(["completed phase II (8 weeks)", "phase II interrupted by a fall", "completed home-based phase II"])).t("\n")
    c.t("Resting HR ").c(f"{rest}").t(", BP ").c(f"{c.ri(112, 148)}/{c.ri(62, 84)}").t(" (home cuff), SpO2 ").c(f"{c.ri(95, 99)}%").t("\n")
    c.t("6MWT ").c(f"{six0} m -> {six1} m").t(" (MCID ").c("30 m").t("); 30-s sit-to-stand ").c(f"{c.ri(8, 15)}").t("\n")
    c.t("Prescription: ").cl([f"walking {c.ri(20, 40)} min x {c.ri(4, 6)} days/week", f"HR {lo}-{hi} bpm", "RPE 11-13",
                              c.ch(["theraband upper limb 2 x 12", "sit-to-stand 3 x 10", "balance circuit (Otago level B)"])], "; ").t("\n")
    c.t("Risk factors: ").cl([f"LDL {c.fl(1.1, 2.9)} mmol/L", f"HbA1c {c.fl(5.4, 8.4)}%", f"weight {c.ri(58, 104)} kg", c.ch(["non-smoker", "ex-smoker"])], "; ").t("\n")
    c.t("Medicines: ").c(c.ch(["Webster-pak, no missed doses", "misses evening doses - dose administration aid discussed", "taking all as prescribed"])).t("; ")
    c.c(c.ch(["aspirin 100 mg, atorvastatin 40 mg, bisoprolol 2.5 mg", "warfarin (INR 2.4), metoprolol 25 mg BD", "aspirin 100 mg, rosuvastatin 20 mg"])).t("\n")
    c.t("Education: ").c(c.ch(["GTN use reviewed", "salt < 5 g/day", "warfarin and diet", "return to driving after 4 weeks"])).t("\n")
    c.t("Next review ").c("4 weeks").t("; report to GP and DVA.\n")
    c.nm(aep.fl).t(", Accredited Exercise Physiologist (ESSA ").id(f"{c.ri(1000, 9999)}").t(")\n")
    return _end(c, q, dob, [("dva", dva)], (line, town, pc), mob)


# ---------------------------------------------------------------------------------------- Canada
ON_CENTRE = orgs("Hamilton General Hospital", "Kingston Health Sciences Centre", "Niagara Health")
MB_CENTRE = orgs("St. Boniface Hospital")
AB_CENTRE = orgs("Mazankowski Alberta Heart Institute")


def _ohip(c: C) -> tuple[str, str]:
    n = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return n, c.ch([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n} {vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}"])


def on_consult(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(48, 84)
    sur, fp = c.staff(), c.staff()
    line, town, pc, area = place(c)
    n, show = _ohip(c)
    mrn = f"{c.ch(['H', 'K'])}{c.dig(7)}"
    d0 = c.wdt(-2, 0)
    c.t(f"CARDIAC SURGERY CONSULTATION - {c.ch(ON_CENTRE)}\n")
    c.t("Date: ").d(d0, "iso").t("\nPatient: ").nm(c.ch([q.Lf, q.fL])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["iso", "ymd/"])).t("\n")
    c.t("OHIP: ").id(show).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ON ").zp(pc).t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(town).t("\n\n")
    scen = c.ri(0, 3)
    c.t("Reason: ").c(["triple vessel CAD", "severe AS, low-flow low-gradient", "severe primary MR", "LM + 2VD post NSTEMI"][scen]).t("\n")
    c.t("CorHealth wait-list urgency: ").c(c.ch(["elective (target 90 days)", "semi-urgent (target 14 days)", "urgent in-patient"])).t("\n")
    c.t("History: ").cl(comorbs(c, c.ri(2, 3)), "; ").t("\n")
    c.t("Medications: ").cl(["ASA 81 mg daily", "rosuvastatin 20 mg daily", f"bisoprolol {c.ch(['2.5', '5'])} mg daily",
                             c.ch(["ramipril 5 mg daily", "empagliflozin 10 mg daily", "ticagrelor 90 mg BID"])]).t("\n")
    c.t("Exam: ")
    vitals(c, ", ", temp=False).t("\n")
    c.t("Labs: Hb ").c(f"{c.ri(112, 158)} g/L").t(", creatinine ").c(f"{c.ri(62, 160)} umol/L").t(", eGFR ").c(f"{c.ri(35, 88)}").t(", A1c ")
    c.c(f"{c.fl(5.4, 8.8)}%").t(", albumin ").c(f"{c.ri(30, 44)} g/L").t("\n")
    c.t("Echo: LVEF ").c(f"{c.ri(30, 62)}%").t("; STS PROM ").c(f"{c.fl(0.7, 5.2)}%").t("; CFS ").c(f"{c.ri(2, 5)}").t("\n")
    c.t("Impression/plan: ").c(["CABG x3 with bilateral ITAs", "AVR, bioprosthetic, patient preference", "MV repair, minimally invasive approach",
                                "CABG x4, off-pump if aorta calcified"][scen]).t("; ")
    c.cl(["pre-op clinic in 2 weeks", "dental clearance", "hold ticagrelor 5 days" if scen in (0, 3) else "TEE and CT chest"], "; ").t(".\n")
    c.t("Other investigations: ").cl([c.ch(["carotid Doppler < 50% bilaterally", "carotid Doppler normal"]), f"PFTs FEV1 {c.ri(58, 102)}% predicted",
                                     c.ch(["CT chest: no porcelain aorta", "CXR clear", "vein mapping: adequate GSV bilaterally"])], "; ").t(".\n")
    sp, rw = spouse(c, q)
    c.t(f"Discussed with the patient and {q.his} {rw} ").nm(sp.first).t(" (").ph(phone(c, area)).t(").\n\n").nm(sur.fl).t(", MD, FRCSC\n")
    return _end(c, q, dob, [("ohip", n), ("mrn", mrn)], (line, town, pc))


def mb_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(40, 80)
    sur, res, fp = c.staff(), c.staff(), c.staff()
    line, town, pc, area = place(c)
    phin = c.dig(9)
    reg = f"{c.dig(6)}"
    opd = c.wdt(-10, -6)
    dis = c.dt(-1, 0)
    c.t(f"DISCHARGE SUMMARY - Cardiac Sciences Program, {MB_CENTRE[0]}\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fl])).t("   PHIN: ").id(c.ch([phin, f"{phin[:3]} {phin[3:6]} {phin[6:]}"])).t("   MHSC reg. no.: ").id(reg).t("\n")
    if q.grp == "mbo":
        c.t("Treaty status no.: ").id(c.dig(10)).t(" (NIHB)\n")
    c.t("DOB: ").d(dob, c.ch(["ymon", "iso", "usl"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(", MB ").zp(pc).t("   Phone: ").ph(phone(c, area)).t("\n")
    c.t("Admitted: ").d(opd - timedelta(days=c.ri(1, 4)), "iso").t("   OR: ").d(opd, "iso").t("   Discharged: ").d(dis, "iso").t("\n\n")
    c.t("Procedure: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "MV replacement, 27 mm bioprosthetic", "AVR 23 mm bioprosthetic + CABG x1"]))
    c.t(" (Dr. ").nm(sur.last).t(")\nCourse: ").c(c.ch(["uncomplicated", "POAF day 2, amiodarone", "sternal wound erythema, cefazolin 5 days", "AKI, creatinine peak 168"])).t("\n")
    c.t("Anticoagulation: ").c(c.ch(["warfarin 3 months, target INR 2.5 (2.0-3.0), then ASA 81 mg", "apixaban 5 mg BID for POAF, reassess at 3 months",
                                     "ASA 81 mg daily only"])).t("\n")
    c.t("INR follow-up: ").c(c.ch(["Tuesday and Friday", "twice weekly", "weekly"])).t(" at the ").ad(town).t(" lab; first draw ").d(dis + timedelta(days=c.ri(2, 4)), "usl").t("\n")
    c.t("Discharge meds: ").cl(["metoprolol 25 mg BID", "atorvastatin 80 mg daily", "furosemide 20 mg daily x 7 days", "acetaminophen 1 g QID PRN",
                                c.ch(["pantoprazole 40 mg daily", "docusate 100 mg BID", "insulin glargine 20 units HS"])]).t("\n")
    if town in ("Norway House", "Peguis First Nation", "The Pas", "Thompson"):
        c.t("Travel: ").c("Northern Patient Transportation Program arranged; nursing station to draw INR").t("\n")
    c.t("Labs at discharge: Hb ").c(f"{c.ri(88, 124)} g/L").t(", creatinine ").c(f"{c.ri(62, 150)} umol/L").t(", K ").c(f"{c.fl(3.8, 5.0)}").t(", INR ").c(f"{c.fl(1.1, 2.4)}").t("\n")
    c.t("Wound: ").c(c.ch(["sternal incision clean, staples out day 7 at clinic", "healing well, steri-strips", "small serous ooze lower pole, dressing daily"])).t("\n")
    c.t("Cardiac rehab: ").c(c.ch(["Reh-Fit Centre referral", "community program", "home-based program (phone)"])).t("\n")
    c.t("Family physician: Dr. ").nm(fp.fi).t(", ").ad(c.ch([town, town, c.ch(TOWNS["mb"])[0]])).t("\nDictated by Dr. ").nm(res.fl).t(" (PGY-").t(f"{c.ri(1, 4)})\n")
    return _end(c, q, dob, [("phin", phin), ("mhsc", reg)], (line, town, pc))


def ab_preadmit(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(50, 86)
    rn, sur = c.staff("f"), c.staff()
    line, town, pc, area = place(c)
    phn = c.dig(9)
    d0 = c.wdt(-1, 0)
    opd = c.wdt(7, 21)
    kg, cm = c.ri(58, 120), c.ri(152, 190)
    cr = c.ri(60, 170)
    cc = crcl_cg(age, kg, cr, q.sex)
    lv = c.ch(["good", "good", "moderate"])
    op = c.ch(["isolated CABG", "single non-CABG", "two procedures"])
    es = euroscore2(age, q.sex, cc, lv, c.ri(1, 3), "elective", op, iddm=c.yes(0.2), cpd=c.yes(0.2))
    gait = float(c.fl(4.2, 8.5))
    c.t(f"PRE-ADMISSION CLINIC - CARDIAC SURGERY   {AB_CENTRE[0]}\n")
    c.t("Name: ").nm(c.ch([q.Lf, q.fl])).t("   AB PHN: ").id(c.ch([f"{phn[:5]}-{phn[5:]}", phn])).t("   DOB: ").d(dob, c.ch(["ymon", "iso"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", AB ").zp(pc).t("\nClinic: ").d(d0, "iso").t("   Surgery booked: ").d(opd, "iso").t(f" ({c.wd(opd)})\n")
    c.t("Surgeon: Dr. ").nm(sur.fl).t("   Procedure: ").c({"isolated CABG": f"CABG x{c.ri(2, 4)}", "single non-CABG": c.ch(["AVR", "MV repair"]),
                                                        "two procedures": "AVR + CABG"}[op]).t("\n\n")
    c.t("Ht ").c(f"{cm} cm").t(", Wt ").c(f"{kg} kg").t(", BMI ").c(f"{bmi(kg, cm):.1f}").t("; ")
    vitals(c, ", ", temp=False).t("\n")
    c.t("Frailty: CFS ").c(f"{c.ri(2, 6)}").t("; 5-m gait ").c(f"{gait:.1f} s").t(" (").c(f"{5 / gait:.2f} m/s").t(", ").c("slow" if 5 / gait < 0.83 else "normal")
    c.t("); grip ").c(f"{c.ri(16, 44)} kg").t("; albumin ").c(f"{c.ri(30, 45)} g/L").t("; MoCA ").c(f"{c.ri(21, 30)}").t("\n")
    c.t("Creatinine ").c(f"{cr} umol/L").t(", CrCl ").c(f"{cc:.0f} mL/min").t("; Hb ").c(f"{c.ri(105, 160)} g/L").t("; A1c ").c(f"{c.fl(5.2, 9.1)}%").t("\n")
    c.t("EuroSCORE II ").c(f"{es:.2f}%").t("; STS PROM ").c(f"{c.fl(0.6, 4.4)}%").t("\n")
    c.t("Prehab: ").cl([c.ch(["walking 30 min daily", "inspiratory muscle training 15 min BID", "protein supplement 2x daily"]),
                        c.ch(["smoking cessation - varenicline", "iron sucrose 200 mg x2 for Hb 112", "A1c > 8, endocrine review"])], "; ").t("\n")
    c.t("PFTs: ").c(f"FEV1 {c.fl(1.4, 3.4)} L ({c.ri(55, 98)}% pred)").t(", ").c(f"DLCO {c.ri(50, 95)}%").t("; carotid duplex ").c(c.ch(["< 50% bilaterally", "R ICA 50-69%", "normal"])).t("\n")
    c.t("Medications to hold: ").cl([c.ch(["clopidogrel 5 days", "ticagrelor 5 days", "apixaban 48 h"]), c.ch(["empagliflozin 3 days", "metformin day of surgery", "ramipril day of surgery"])], "; ").t("\n")
    c.t("Teaching: ").c("sternal precautions, incentive spirometer, chlorhexidine wipes").t("\n")
    c.t("Contact: ").ph(phone(c, area)).t("; ride home with ").t(c.ch(["spouse", "son", "daughter", "friend"])).t("\n")
    c.nm(rn.fl).t(", RN, pre-admission nurse\n")
    return _end(c, q, dob, [("phn", phn)], (line, town, pc))


def on_rehab(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 80)
    kin, md = c.staff(), c.staff()
    line, town, pc, area = place(c)
    n, show = _ohip(c)
    d0 = c.wdt(-1, 0)
    vo2 = round(c.r.uniform(12, 26), 1)
    hr_at = c.ri(92, 124)
    pk = hr_at + c.ri(15, 30)
    c.t("CARDIOVASCULAR REHABILITATION - PHASE III MAINTENANCE PRESCRIPTION\n")
    c.t("Participant: ").nm(q.fl).t("   OHIP: ").id(show).t("   DOB: ").d(dob, "usl").t("\n")
    c.t("E-mail: ").em(q.mail(c.ch(["gmail.com", "rogers.com", "sympatico.ca", "cogeco.ca"]), c.ri(0, 4))).t("   Phone: ").ph(phone(c, area)).t("\n")
    c.t("Date: ").d(d0, "iso").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["CABG x3", "AVR + CABG", "MV repair", "CABG x2"])).t(" ").c(f"{c.ri(4, 9)} months ago").t("; phase II completed\n")
    c.t("CPET: VO2peak ").c(f"{vo2} mL/kg/min").t(" (").c(f"{vo2 / 3.5:.1f} METs").t("), VAT at HR ").c(f"{hr_at}").t(", peak HR ").c(f"{pk}")
    c.t(", RER ").c(f"{c.fl(1.05, 1.2, 2)}").t(", ").c(c.ch(["no ischemia", "1 mm ST depression at peak, asymptomatic", "no arrhythmia"])).t("\n")
    c.t("Aerobic: ").c(f"HR {hr_at - 10}-{hr_at}").t(", ").c(f"{c.ri(4, 5)} days/week, 30-45 min").t(", ").c("RPE 12-14").t("\n")
    c.t("Resistance: ").c(f"{c.ri(6, 8)} exercises, 1-2 sets of 10-15 at 50-60% 1RM").t("\n")
    c.t("Targets: ").cl([f"LDL < 1.8 mmol/L (now {c.fl(1.2, 2.8)})", f"BP < 130/80 (now {c.ri(118, 146)}/{c.ri(68, 88)})", f"waist < {c.ch([94, 80])} cm"], "; ").t("\n")
    c.t("Resting ECG: ").c(c.ch(["sinus rhythm 62, old inferior Q waves", "sinus rhythm, nonspecific T changes", "sinus bradycardia 54"])).t("; BP response ").c(c.ch(["normal", "flat at peak", "hypertensive (212/96)"])).t("\n")
    c.t("Medications: ").cl(["ASA 81 mg", "rosuvastatin 20 mg", c.ch(["bisoprolol 5 mg", "metoprolol 50 mg BID"]), c.ch(["ramipril 10 mg", "ezetimibe 10 mg", "semaglutide 1 mg weekly"])]).t("\n")
    c.t("Education completed: ").c(c.ch(["heart-healthy eating (Mediterranean)", "stress and sleep", "return to sexual activity", "medications and adherence"])).t("\n")
    c.t("Follow-up: 3-month reassessment; community gym at ").ad(town).t("\n\n")
    c.nm(kin.fl).t(", R.Kin (CKO ").id(f"{c.ri(1000, 9999)}").t(")   Physician: Dr. ").nm(md.fi).t("\n")
    return _end(c, q, dob, [("ohip", n)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Ireland
IE_CENTRE = orgs("Mater Misericordiae University Hospital", "Cork University Hospital", "University Hospital Galway",
                 "St James's Hospital")
IE_REF = orgs("Tipperary University Hospital", "Midland Regional Hospital", "Our Lady of Lourdes Hospital",
              "St Luke's General Hospital", "Mayo University Hospital")
IE_PRACTICE = orgs("Abbey Medical Centre", "Riverside Family Practice", "Main Street Surgery", "The Square Medical Practice")


def _eircode_line(c: C, town: str) -> str:
    co = IE_COUNTY.get(town, "")
    return f"Co. {co}" if co else ""


def ie_letter(c: C) -> Note:
    q = c.pat()
    sur, gp = c.staff(), c.staff()
    line, town, ec, _area = place(c)
    gtown = c.ch([town, town, c.ch(TOWNS["ie"])[0]])
    mrn = c.dig(7)
    dob, _age = c.born(50, 66)
    d0 = c.wdt(-3, 0)
    opd = d0 - timedelta(days=c.ri(40, 90))
    mage = c.ri(86, 99)
    c.t(f"Department of Cardiothoracic Surgery\n{c.ch(IE_CENTRE)}\n\n").d(d0, c.ch(["ord", "long"])).t("\n\n")
    c.t("Dr ").nm(gp.fl).t(f"\n{c.ch(IE_PRACTICE)}\n").ad(gtown).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dot", "dmy"])).t(", MRN ").id(mrn).t("\n")
    co = _eircode_line(c, town)
    c.ad(line).t(", ").ad(town).t(f"{', ' + co if co else ''}, ").zp(ec).t("\n\n")
    k = c.ri(0, 3)
    proc = ["aortic valve replacement (23 mm bioprosthesis)", "AVR (21 mm bioprosthesis) and CABG x1", "CABG x3", "mitral valve repair"][k]
    c.t(f"I saw {q.title} ").nm(q.last).t(" in the clinic today following ").c(proc).t(" on ").d(opd, c.ch(["ord", "long"])).t(". ")
    c.t(q.He + " made ").c(c.ch(["an uncomplicated recovery", "a good recovery after a short spell of post-operative AF", "a slow but steady recovery"])).t(".\n\n")
    c.t("Today: ")
    vitals(c, ", ", temp=False).t("; ").c(c.ch(["wound healed", "sternum stable, wound healed", "small area of hypertrophic scar"])).t(".\n")
    echo = [f"well-functioning prosthesis, peak gradient {c.ri(14, 28)} mmHg", f"well-functioning prosthesis, peak gradient {c.ri(14, 28)} mmHg",
            "no regional wall motion abnormality", f"trivial MR, mean gradient {c.ri(2, 4)} mmHg"][k]
    c.t("Echo: ").c(f"{echo}, LVEF {c.ri(50, 62)}%").t(".\n")
    anti = ["aspirin 75 mg lifelong; no warfarin required (tissue valve, sinus rhythm)", "aspirin 75 mg lifelong; no warfarin required (tissue valve, sinus rhythm)",
            "aspirin 75 mg and clopidogrel 75 mg for 12 months (NSTEMI)", "warfarin stopped at 3 months; aspirin 75 mg continues"][k]
    if c.yes(0.2):
        anti = "apixaban 5 mg BD continues for paroxysmal AF (CHA2DS2-VASc 3)"
    c.t("Anticoagulation: ").c(anti).t(".\n")
    c.t("Other: ").cl(["atorvastatin 40 mg", c.ch(["bisoprolol 2.5 mg", "ramipril 2.5 mg", "furosemide stopped"])]).t(".\n")
    c.t(f"{q.He} is caring for {q.his} mother, who is ").age(mage).t(f" and lives with {q.him}, and would like to return to driving; ")
    c.c("no restriction for a private licence after 4 weeks").t(". Cardiac rehabilitation phase III is under way at ").ad(gtown).t(".\n\n")
    c.t("Endocarditis prophylaxis advice was reinforced. I have not arranged further surgical follow-up.\n\nYours sincerely,\n\n")
    c.t(f"{sti(sur)} ").nm(sur.fl).t(", FRCSI (CTh)\nConsultant Cardiothoracic Surgeon   IMC No. ").id(f"{c.ri(10000, 429999):06d}").t("\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, ec))


def ie_ppsn(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(45, 82)
    co_ord, gp = c.staff("f"), c.staff()
    line, town, ec, _area = place(c)
    pp = ppsn(c.r, new=c.yes(0.5))
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHKLMNPRTW')}"
    mob = phone(c)
    d0 = c.wdt(-2, 0)
    ev = d0 - timedelta(days=c.ri(30, 80))
    c.t("HSE COMMUNITY CARDIAC REHABILITATION (PHASE III) - REFERRAL / ENROLMENT\n")
    c.t("Referral date: ").d(d0, "dmy").t(f"   From: {c.ch(IE_CENTRE + IE_REF)}\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.Lf])).t("   PPSN: ").p("SSN", pp).t("   DOB: ").d(dob, "dmy").t("\n")
    co = _eircode_line(c, town)
    c.t("Address: ").ad(line).t(", ").ad(town).t(f"{', ' + co if co else ''}  Eircode ").zp(ec).t("\n")
    c.t("Mobile: ").ph(mob).t("   GMS medical card: ").id(gms).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(town).t("\n\n")
    c.t("Index event: ").c(c.ch([f"CABG x{c.ri(2, 4)}", "AVR (tissue)", "AVR + CABG", "MV repair"])).t(" on ").d(ev, "dmy").t(", ")
    c.c(c.ch(["phase II completed in hospital", "phase II not available locally"])).t("\n")
    c.t("Risk factors: ").cl([c.ch(["HbA1c 52 mmol/mol", "HbA1c 61 mmol/mol", "no diabetes"]), f"LDL {c.fl(1.2, 3.0)} mmol/L",
                              f"BP {c.ri(118, 152)}/{c.ri(68, 90)}", f"BMI {c.fl(23, 37)}", c.ch(["ex-smoker", "smoker 10/day", "never smoked"])], "; ").t("\n")
    c.t("Baseline: ISWT ").c(f"{c.ri(20, 60) * 10} m").t("; Duke Activity Status Index ").c(f"{c.fl(15, 50.7)}").t("; HADS A ").c(f"{c.ri(2, 14)}")
    c.t(" D ").c(f"{c.ri(1, 11)}").t("\n")
    c.t("Programme: ").c(c.ch(["6 weeks, twice weekly, community centre", "8 weeks, Tuesday and Thursday", "hybrid: 4 class + home sessions"])).t("; ")
    c.c("Chronic Disease Management programme enrolment").t(" by GP\n")
    c.t("Medications: ").cl(["aspirin 75 mg", "atorvastatin 80 mg", c.ch(["bisoprolol 2.5 mg", "bisoprolol 5 mg"]), c.ch(["ramipril 2.5 mg", "candesartan 8 mg", "dapagliflozin 10 mg"])]).t("\n")
    c.t("Goals: ").cl([c.ch(["walk 30 min daily", "return to golf", "back to work on the farm", "manage anxiety"]), c.ch(["stop smoking", "lose 5 kg", "reduce alcohol to < 11 units/week"])], "; ").t("\n")
    c.t("Precautions: ").c(c.ch(["sternal precautions until 12 weeks post-op", "ICD not present; GTN carried", "warfarin - avoid contact activities"])).t("\n")
    c.t("Co-ordinator: ").nm(co_ord.fl).t(", CNS Cardiac Rehabilitation\n")
    return _end(c, q, dob, [("ppsn", pp)], (line, town, ec), mob)


def ie_lower(c: C) -> Note:
    c.region = "ie"
    reg, son = c.staff(), None
    d0 = c.wdt(-1, 0)
    c.t(f"cth on call jobs {c.wd(d0, True).lower()} ").d(d0, "d/m").t(" - sho handover to nights (reg tonight ").nm(reg.first.lower()).t(")\n\n")
    pts = [c.pat() for _ in range(3)]
    q = pts[0]
    dob, age = c.born(55, 84)
    mrns = [c.dig(7) for _ in pts]
    jobs = [["chase k (was 3.6), replace iv 40mmol", "drains out if <100 over 4h"],
            ["", "wires out tmrw if inr <2.5"], ["cxr for ? l effusion", "review wound - ooze from lower sternum"]]
    beds = c.r.sample(range(1, 31), 3)
    for i, p in enumerate(pts):
        c.t(f"{i + 1}. bed {beds[i]} ").nm(p.low).t(" ").id(mrns[i]).t(" - ")
        if i == 0:
            c.c(f"pod {c.ri(1, 3)} cabg x{c.ri(2, 4)}").t(f", {age}{p.mf.lower()}; ")
            c.c(jobs[0][0]).t("; ").c(jobs[0][1]).t("\n")
        elif i == 1:
            c.c(f"pod {c.ri(3, 6)} mvr mech").t("; ").c(f"inr today {c.fl(1.4, 2.6)}").t(", ").c(f"warfarin {c.ch([3, 4, 5])}mg tonight").t(", ")
            c.c(f"clexane {c.ch([60, 80, 100])}mg bd").t("; ").c(jobs[1][1]).t("\n")
        else:
            c.c(f"pod {c.ri(4, 8)} avr").t("; ").c(jobs[2][0]).t("; ").c(jobs[2][1]).t("; ").c("crp 148").t("\n")
    son = c.rel(pts[2], "m")
    c.t("   son ").nm(son.first.lower()).t(" ringing later for update, mob ").ph(phone(c)).t(" - ok to speak to him\n")
    c.t("\nalso: ").c("bloods for the am list on the board").t("; ").c("ttos for bed 4 done").t(". any probs bleep me ").ph(f"{c.ri(2, 8)}{c.dig(2)}").t("\n")
    return _end(c, q, dob, [("mrn", mrns[0])])


# ---------------------------------------------------------------------------------------- New Zealand
NZ_CENTRE = orgs("Auckland City Hospital", "Wellington Regional Hospital", "Waikato Hospital")
NZ_REF = orgs("Taranaki Base Hospital", "Hawke's Bay Fallen Soldiers' Memorial Hospital", "Hutt Hospital",
              "Middlemore Hospital", "Tauranga Hospital")
NZ_PRACTICE = orgs("Te Whare Hauora", "Ora Toa Medical", "Family Health Care", "Kahui Ora Practice")


def _nhi(c: C) -> str:
    return nhi_no(c.r, new=c.yes(0.3))


def nz_referral(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pac", "pkh"])
    dob, age = c.born(24, 62)
    phys, gp = c.staff(), c.staff()
    line, town, pc, _area = place(c)
    for _ in range(40):  # Taranaki or Hawke's Bay / Tairāwhiti
        if town in ("New Plymouth", "Hāwera", "Stratford", "Napier", "Flaxmere", "Wairoa", "Gisborne"):
            break
        line, town, pc, _area = place(c)
    else:
        raise Redraw
    tar = town in ("New Plymouth", "Hāwera", "Stratford")
    nhi = _nhi(c)
    d0 = c.wdt(-3, 0)
    echo = c.wdt(-30, -5)
    wh = c.rel(q, c.ch("mf"), same=c.yes(0.5))
    c.t(f"Cardiology, {NZ_REF[0] if tar else NZ_REF[1]}\n").d(d0, c.ch(["long", "sh"])).t("\n\nCardiothoracic Surgical Team, ")
    c.t(f"{'Waikato Hospital' if tar else 'Wellington Regional Hospital'}\n\nKia ora koutou,\n\nRe: ").nm(c.ch([q.fL, q.fl])).t("   NHI ").id(nhi).t("   DOB ").d(dob, "d/m/y").t("\n")
    c.ad(line).t(", ").ad(town).t(" ").zp(pc).t("   ").ph(phone(c)).t("\n\n")
    c.t(f"I would be grateful for your assessment of this {age}-year-old with ").c("rheumatic mitral stenosis").t(", ")
    c.c(c.ch(["NYHA III", "NYHA II-III with two admissions for AF", "NYHA III, in AF since last year"])).t(".\n")
    c.t("Echo ").d(echo, "d/m/y").t(": ").c(f"MVA {c.fl(0.7, 1.3)} cm2 (planimetry)").t(", ").c(f"mean gradient {c.ri(9, 18)} mmHg at HR {c.ri(70, 96)}").t(", ")
    c.c(f"Wilkins score {c.ri(9, 13)}").t(", ").c(c.ch(["moderate MR", "mild MR", "mild AR"])).t(", ").c(f"PASP {c.ri(40, 75)} mmHg").t(", ")
    c.c(f"LA {c.ri(48, 64)} mm").t(". The valve is ").c(c.ch(["heavily calcified with commissural calcium", "thickened with subvalvular fusion"])).t(", so not suitable for balloon valvotomy.\n")
    c.t("Secondary prophylaxis: ").c("benzathine penicillin 1.2 MU IM every 28 days").t(" (").c(c.ch(["good adherence", "two missed injections this year"])).t(").\n")
    c.t("Medications: ").cl(["warfarin, INR 2-3", "metoprolol 47.5 mg daily", "furosemide 40 mg mane", c.ch(["digoxin 62.5 mcg daily", "spironolactone 25 mg daily"])]).t(".\n")
    c.t("INR ").c(f"{c.fl(1.8, 3.2)}").t(", Hb ").c(f"{c.ri(105, 145)} g/L").t(", creatinine ").c(f"{c.ri(55, 110)} umol/L").t("; dental review ")
    c.c(c.ch(["done, two extractions", "booked", "awaited"])).t(".\n")
    c.t(f"{q.He} works as a {c.ch(['shearer', 'dairy farm hand', 'teacher aide', 'forestry worker', 'kaiawhina'])} and would prefer a repair if possible; ")
    c.t("if replacement is needed, the choice of valve (mechanical versus bioprosthetic) needs discussion with " + q.him + " and ")
    c.t(f"{q.his} whānau - {'brother' if wh.sex == 'm' else 'sister'} ").nm(wh.fl).t(" supports " + q.him + " at appointments.\n\n")
    c.t("GP: Dr ").nm(gp.fi).t(f", {c.ch(NZ_PRACTICE)}, ").ad(town).t("\n\nNgā mihi,\n\nDr ").nm(phys.fl).t(", FRACP, Physician\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(28, 72)
    sur, rmo, gp, nav = c.staff(), c.staff(), c.staff(), c.staff(grp="mao")
    gtown = c.ch(TOWNS["nz"])
    nhi = _nhi(c)
    opd = c.wdt(-12, -7)
    dis = c.dt(-1, 0)
    kg = c.ri(55, 130)
    lw = lmwh_dose(kg)
    mitral = c.yes(0.6)
    c.t(f"DISCHARGE SUMMARY - Cardiothoracic Surgery, {c.ch(NZ_CENTRE)}\n")
    c.t("").nm(c.ch([q.fL, q.Lf])).t("   NHI ").id(nhi).t("   DOB ").d(dob, "d/m/y").t("\n")
    c.t("Admitted ").d(opd - timedelta(days=1), "d/m/y").t("   Operation ").d(opd, "d/m/y").t("   Discharged ").d(dis, "d/m/y").t("\n")
    c.t("Surgeon: ").nm(sur.fi).t("\n\nOperation: ").c(f"mechanical {'MVR (27 mm)' if mitral else 'AVR (23 mm)'}").t(", ").c(c.ch(["tricuspid annuloplasty", "LAA ligation", "no additional procedure"])).t("\n")
    c.t("Complications: ").c(c.ch(["nil", "AF day 2, rate controlled", "pericardial effusion, managed medically", "left pleural effusion tapped"])).t("\n\n")
    c.t("WARFARIN PLAN\nTarget INR ").c("3.0 (2.5-3.5)" if mitral else "2.5 (2.0-3.0)").t("; ").c(f"enoxaparin {lw} mg BD (weight {kg} kg)").t(" until INR in range x2\n")
    d = opd + timedelta(days=2)
    for inr, dose in inr_course(c, 4, 2.5 if mitral else 2.0):
        c.d(d, "dmo").t(" INR ").c(f"{inr:.1f}").t(", warfarin ").c(f"{dose:g} mg").t("\n")
        d += timedelta(days=1)
    c.t("INR monitoring: ").ad(gtown[0]).t(" community lab; first test ").d(dis + timedelta(days=2), "dmo").t("; managed by GP (").c("INR Online").t(")\n")
    c.t("Discharge medicines: ").cl(["warfarin as above", f"enoxaparin {lw} mg BD", "metoprolol 23.75 mg BD", "paracetamol 1 g QID PRN",
                                     c.ch(["benzathine penicillin 1.2 MU IM 4-weekly (continue)", "furosemide 40 mg mane", "amiodarone 200 mg daily"])]).t("\n")
    c.t("Results on discharge: Hb ").c(f"{c.ri(88, 126)} g/L").t(", creatinine ").c(f"{c.ri(50, 130)} umol/L").t("; echo ").c(f"well-seated prosthesis, mean gradient {c.ri(3, 6)} mmHg").t("\n")
    c.t("Advice: ").cl(["endocarditis prophylaxis card given", "no contact sport", "pregnancy planning discussed - warfarin" if q.sex == "f" else "dental review 6-monthly",
                        "no driving 4 weeks"], "; ").t("\n")
    c.t("Māori health navigator ").nm(nav.first).t(" has met " + q.him + " and whānau.\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gtown[0]).t(" ").zp(gtown[1]).t("\nCompleted by Dr ").nm(rmo.fi).t(" (RMO)\n")
    return _end(c, q, dob, [("nhi", nhi)])


def nz_chat(c: C) -> Note:
    q = c.pat(grps=["mao", "pac", "pkh"])
    dob, _age = c.born(30, 55)
    nurse = c.staff("f")
    nan = c.rel(q, "f")
    nage = c.ri(86, 97)
    mob = phone(c)
    nhi = _nhi(c)
    d0 = c.wdt(-6, -2)
    c.t("cardiac rehab - text export (shared phone), pt ").nm(q.low).t(" nhi ").id(nhi.lower()).t(", ").ph(mob).t("\n")
    msgs = [
        ("n", "kia ora, this is {nf} from cardiac rehab. first class is {d1} 10am at the marae hall, can you make it?"),
        ("p", "kia ora yes ill be there. is it ok to bring my nan she is {nage} and wants to see what its about"),
        ("n", "of course, whanau are welcome. bring your gtn spray and wear comfy shoes"),
        ("p", "sweet. my bp this morning was {bp} and weight {kg}kg"),
        ("n", "thats good. heres the video of the home exercises {url}"),
        ("p", "chest still sore when i cough, scar is dry tho"),
        ("n", "thats normal at {wk} weeks, keep hugging the pillow. see you {d2}"),
        ("p", "can i take panadol with my warfarin? inr was {inr} yesterday"),
        ("n", "yes panadol is fine, no ibuprofen or voltaren. keep your lab appointment {d3} and bring the yellow book"),
    ]
    t = d0
    cls = d0 + timedelta(days=c.ri(6, 8))
    mins = c.ri(8 * 60, 11 * 60)
    for who, m in msgs:
        c.d(t, "d/m/yy").t(f", {mins // 60:02d}:{mins % 60:02d} - ")
        c.nm(nurse.first.lower() if who == "n" else q.first.lower()).t(": ")
        parts = re.split(r"(\{\w+\})", m)
        for part in parts:
            key = part[1:-1] if part.startswith("{") else ""
            if key == "nf":
                c.nm(nurse.first.lower())
            elif key in ("d1", "d2"):
                c.d(cls, "d/m")
            elif key == "d3":
                c.d(cls + timedelta(days=c.ri(1, 3)), "dsh")
            elif key == "inr":
                c.c(f"{c.fl(2.0, 3.6)}")
            elif key == "nage":
                c.age(nage)
            elif key == "bp":
                c.c(f"{c.ri(112, 142)}/{c.ri(66, 86)}")
            elif key == "kg":
                c.c(f"{c.ri(68, 140)}")
            elif key == "url":
                c.p("URL", f"https://rehab.{c.ch(['tewhatuora', 'hbdhb', 'tdhb'])}.nz/v/{c.tok(8)}")
            elif key == "wk":
                c.c(f"{c.ri(5, 9)}")
            else:
                c.t(part)
        c.t("\n")
        mins += c.ri(15, 300)
        if mins > 21 * 60 or c.yes(0.2):
            t += timedelta(days=1)
            mins = c.ri(7 * 60, 10 * 60)
    c.t("(nana ").nm(nan.first.lower()).t(" came to the first class with ").nm(q.first.lower()).t(")\n")
    return _end(c, q, dob, [("nhi", nhi)], tel=mob)


# ---------------------------------------------------------------------------------------- South Africa (KwaZulu-Natal)
ZA_HOSP = orgs("Netcare St Augustine's Hospital", "Netcare Umhlanga Hospital", "Life Entabeni Hospital",
               "Hillcrest Private Hospital")
ZA_SCHEME = orgs("Discovery Health Medical Scheme", "GEMS", "Bonitas", "Medshield", "Bestmed")


def za_preauth(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 78)
    sur, card = c.staff(), c.staff()
    line, town, pc, _area = place(c)
    sid = za_id(c.r, dob, q.sex)
    memno = c.dig(9)
    cell = phone(c)
    d0 = c.wdt(-2, 0)
    adm = c.wdt(5, 21)
    ang = c.wdt(-30, -5)
    kg = c.ri(60, 118)
    cr = c.ri(70, 170)
    cc = crcl_cg(age, kg, cr, q.sex)
    es = euroscore2(age, q.sex, cc, c.ch(["good", "moderate"]), c.ri(2, 3), "elective", "isolated CABG", iddm=c.yes(0.3))
    c.t("PRE-AUTHORISATION REQUEST - CARDIOTHORACIC SURGERY   Date of request: ").d(d0, "ymd/").t("\n")
    c.t(f"Scheme: {c.ch(ZA_SCHEME)}   Membership no.: ").id(memno).t(f"   Dependant code: {c.ch(['00', '01'])}\n")
    c.t("Patient: ").nm(c.ch([q.FL, q.fl])).t("   ID no.: ").id(c.ch([sid, f"{sid[:6]} {sid[6:10]} {sid[10:]}"])).t("   DOB: ").d(dob, "ymd/").t("\n")
    durban = town not in ("Pietermaritzburg", "Edendale", "KwaDukuza", "Tongaat", "Verulam")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if durban:
        c.t(", ").ad("Durban")
    c.t(", ").zp(pc).t("   Cell: ").ph(cell).t("\n")
    c.t("Facility: ").t(c.ch(ZA_HOSP)).t("   Planned admission: ").d(adm, "ymd/").t("\n")
    c.t("Treating surgeon: Dr ").nm(sur.fi).t(f", practice no. {c.dig(7)}, HPCSA ").id(f"MP{c.dig(7)}").t("\n")
    c.t("Referring cardiologist: Dr ").nm(card.fl).t("\n\n")
    c.t("ICD-10: ").cl(["I25.1", c.ch(["I20.0", "I21.4", "I25.5"]), c.ch(["E11.9", "I10", "E78.0"])], ", ").t("\n")
    c.t("Procedure requested: ").c(f"CABG x{c.ri(3, 4)} on cardiopulmonary bypass").t("\n")
    c.t("Clinical motivation: angiogram ").d(ang, "ymd/").t(" - ").cl(cath(c), "; ").t("; ").c(f"SYNTAX {c.ri(24, 40)}").t("; ").c(f"LVEF {c.ri(30, 60)}%")
    c.t("; ").c(c.ch(["PCI declined by heart team (diabetic, diffuse disease)", "left main equivalent", "failed medical therapy on three anti-anginals"])).t(".\n")
    c.t("Risk: EuroSCORE II ").c(f"{es:.2f}%").t(" (creatinine ").c(f"{cr} umol/L").t(", CrCl ").c(f"{cc:.0f} ml/min").t(", weight ").c(f"{kg} kg").t(")\n")
    c.t("Expected stay: ").c(f"ICU {c.ri(1, 3)} days, ward {c.ri(4, 6)} days").t("\n")
    c.t("Comorbid: ").cl([f"HbA1c {c.fl(6.2, 10.4)}%", c.ch(["hypertension on amlodipine 10 mg", "dyslipidaemia", "CKD stage 3"])], "; ").t("\n")
    c.t("Current medication: ").cl(["aspirin 100 mg daily", "atorvastatin 80 mg nocte", c.ch(["carvedilol 12.5 mg BD", "bisoprolol 5 mg daily"]),
                                    c.ch(["metformin 850 mg BD", "insulin (Actraphane) 24 U mane / 12 U nocte", "perindopril 4 mg daily"])]).t("\n")
    c.t("Member contact for case manager: ").ph(phone(c)).t(" (").t(c.ch(["spouse", "son", "daughter"])).t(")\n")
    return _end(c, q, dob, [("said", sid), ("scheme", memno)], (line, town, pc), cell)


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("National Heart Centre Singapore")


def _sgname(q: P, caps: bool) -> str:
    if q.grp == "sgc":
        return q.CN if caps else c_choose_cn(q)
    if q.grp == "sgm":
        return q.malay.upper() if caps else q.malay
    return q.tamil.upper() if caps else q.tamil


def c_choose_cn(q: P) -> str:
    return q.cne if q.eng else q.cn


def sg_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(48, 82)
    sur, nurse = c.staff(), c.staff("f")
    line, town, pc, _area = place(c)
    ic = nric(c.r, dob)
    hp = phone(c)
    opd = c.wdt(-10, -6)
    dis = c.dt(-1, 0)
    poly = c.ch([town, town, c.ch(TOWNS["sg"])[0]])
    sur_nm = f"{sur.last.upper()} {sur.first}" if sur.grp == "sgc" else (sur.malay if sur.grp == "sgm" else sur.tamil)
    c.t(f"{SG_HOSP[0]} - Department of Cardiothoracic Surgery\nDISCHARGE MEMO\n\n")
    c.t("Name: ").nm(_sgname(q, c.yes(0.5))).t("   NRIC: ").id(ic).t("   DOB: ").d(dob, c.ch(["dmy", "dmon2"])).t("\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("   HP: ").ph(hp).t("\n")
    c.t("Admitted: ").d(opd - timedelta(days=1), "dmon2").t("   Surgery: ").d(opd, "dmon2").t("   Discharged: ").d(dis, "dmon2").t("\n")
    c.t("Surgeon: Dr ").nm(sur_nm).t("\n\n")
    k = c.ri(0, 2)
    c.t("Diagnosis: ").c(["triple vessel disease, NSTEMI", "left main disease", "severe AS with CAD"][k]).t("; ").cl([c.ch(["DM (HbA1c 8.1%)", "DM on insulin"]), "HTN", "HLD"], ", ").t("\n")
    c.t("Operation: ").c([f"CABG x{c.ri(3, 4)} (LIMA-LAD, SVG-OM, SVG-PDA)", "CABG x3 off-pump", "AVR (bioprosthetic) + CABG x2"][k]).t("\n")
    c.t("Post-op: ").c(c.ch(["uneventful", "POAF on day 2, amiodarone loading", "delirium POD 2-3, resolved", "slow wean off O2"])).t("\n")
    c.t("Wounds: ").c(c.ch(["sternotomy clean and dry", "leg wound mild ooze, dressing daily at polyclinic"])).t("\n")
    c.t("Medications: ").cl(["aspirin 100 mg OM", "atorvastatin 40 mg ON", "metoprolol 25 mg BD", c.ch(["metformin 850 mg BD", "insulin glargine 18 U ON", "sitagliptin 50 mg OM"]),
                             c.ch(["frusemide 40 mg OM x 1/52", "amiodarone 200 mg OM", "omeprazole 20 mg OM"])]).t("\n")
    c.t("Follow-up: ").cl(["CTS clinic 2/52", "cardiac rehab phase III (gym-based) after 6/52", "HbA1c at polyclinic"], "; ").t("\n")
    c.t("Wound care: ").ad(poly).t(" Polyclinic, from ").d(dis + timedelta(days=2), "dmon2").t("\n")
    c.t("Bloods on discharge: Hb ").c(f"{c.fl(9.2, 12.4)} g/dL").t(", TW ").c(f"{c.fl(6.0, 12.5)}").t(", Cr ").c(f"{c.ri(60, 140)} umol/L").t(", K ").c(f"{c.fl(3.7, 4.9)}").t("\n")
    c.t("Advice: ").cl(["no driving for 4/52", "no lifting > 5 kg for 3 months", "MC for 6 weeks", "return if fever, wound discharge or breathlessness"], "; ").t("\n")
    c.t("Payment: MediSave / MediShield Life claim submitted\n")
    c.t("Nurse clinician: ").nm(_sgname(nurse, False)).t("\n")
    return _end(c, q, dob, [("nric", ic)], (line, "Singapore", pc), hp)


# ---------------------------------------------------------------------------------------- India (Kerala)
IN_HOSP = orgs("Lisie Hospital", "Medical Trust Hospital", "Amrita Institute of Medical Sciences", "Rajagiri Hospital")


def in_discharge(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(38, 76)
    sur, reg = c.staff(), c.staff()
    line, town, pin, dist = place(c)
    hosp = c.ch(IN_HOSP)
    uhid = f"{ {'Lisie Hospital': 'LH', 'Medical Trust Hospital': 'MTH', 'Rajagiri Hospital': 'RH'}.get(hosp, 'AIMS')}{c.dig(8)}"
    ipno = f"{c.dig(5)}/{c.today.year % 100}"
    adh = aadhaar(c.r, c.ch([" ", "-", ""]))
    kasp = f"KL{c.dig(2)}{c.dig(10)}"
    opd = c.wdt(-10, -6)
    adm = opd - timedelta(days=c.ri(1, 3))
    dis = c.dt(-1, 0)
    rhd = c.yes(0.4)
    by = c.rel(q, c.ch("mf"))
    c.t(f"{hosp}\nDepartment of Cardiothoracic and Vascular Surgery\nDISCHARGE SUMMARY\n\n")
    c.t(f"Name: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(c.ch([q.fl, q.FL])).t(f"   Age/Sex: {age}/{q.mf}   UHID: ").id(uhid).t("   IP No: ").id(ipno).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if dist != town:
        c.t(f", {dist} Dist.")
    c.t(", Kerala - ").zp(pin).t("\nAadhaar: ").id(adh).t("   KASP card: ").id(kasp).t("\n")
    c.t("DOA: ").d(adm, "dmy").t("   DOS: ").d(opd, "dmy").t("   DOD: ").d(dis, "dmy").t("\n\n")
    if rhd:
        c.t("Diagnosis: ").c("Rheumatic heart disease - severe MS, moderate MR, AF").t("\nProcedure: ").c(f"MVR with {c.ch([25, 27, 29])} mm mechanical bileaflet valve, LA clot removal, LAA ligation").t("\n")
    else:
        c.t("Diagnosis: ").c(c.ch(["CAD - TVD, post IWMI", "CAD - LMCA + TVD", "CAD - DVD with LV dysfunction"])).t("; ").c(c.ch(["T2DM", "T2DM, SHTN"])).t("\n")
        c.t("Procedure: ").c(f"CABG x{c.ri(2, 4)} (LIMA-LAD, SVG-OM, SVG-PDA) {c.ch(['on pump', 'OPCAB'])}").t("\n")
    c.t("Course: ").c(c.ch(["uneventful; extubated 6 h; ICU 2 days", "AF on POD 2 reverted with amiodarone", "prolonged ventilation 24 h, then uneventful"])).t("\n")
    c.t("Condition at discharge: ").c("stable").t(", ")
    vitals(c, ", ", temp=False).t("\n\nMedications:\n")
    meds = ["Tab. Ecosprin 150 mg 0-1-0 (after food)", "Tab. Atorvastatin 40 mg 0-0-1", "Tab. Metoprolol XL 25 mg 1-0-1",
            "Tab. Pantoprazole 40 mg 1-0-0 (before food)", "Tab. Lasix 40 mg 1-0-0 x 5 days"]
    if rhd:
        meds[0] = "Tab. Acitrom 2 mg 0-0-1 (dose as per INR)"
        meds.append("Inj. Penidure LA 12 (benzathine penicillin 1.2 MU) IM every 21 days")
    for m in meds:
        c.t("- ").c(m).t("\n")
    if rhd:
        c.t("INR target ").c("2.5-3.5").t("; INR check on ").d(dis + timedelta(days=c.ri(4, 7)), "dmy").t(" at nearest lab; avoid green leafy vegetables in excess\n")
    else:
        c.t("Diet: ").c("diabetic, low salt (< 5 g/day)").t("; walking ").c("10 min twice daily, increase gradually").t("\n")
    c.t("Review: CTVS OPD after ").c("1 week").t(" with reports; suture removal at ").c("10 days").t("\n")
    rl = c.ch(["son", "brother"]) if by.sex == "m" else c.ch(["daughter", "sister"])
    c.t("Bystander: ").nm(by.fl).t(f" ({rl}), mob ").ph(phone(c)).t("\n\n")
    c.t("Dr ").nm(sur.fl).t(", MCh (CTVS), Senior Consultant   TCMC Reg. No. ").id(f"{c.ri(10000, 69999)}").t("\n")
    c.t("Dr ").nm(reg.fi).t(", Resident\n")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", adh.replace(" ", "").replace("-", ""))], (line, town, pin))


# ---------------------------------------------------------------------------------------- Jamaica
JM_HOSP = orgs("University Hospital of the West Indies", "Heart Institute of the Caribbean")
JM_REF = orgs("Kingston Public Hospital", "Cornwall Regional Hospital", "St Ann's Bay Regional Hospital")


def jm_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(35, 72)
    card = c.staff()
    gm = c.rel(q, "f", same=c.yes(0.4))
    gage = c.ri(86, 99)
    line, town, dist, parish = place(c)
    trn = c.dig(9)
    nhf = f"{c.dig(8)}"
    d0 = c.wdt(-3, 0)
    echo = c.wdt(-40, -5)
    c.t(f"Cardiology Clinic, {c.ch(JM_REF)}\n")
    c.d(d0, c.ch(["long", "dmy"])).t("\n\n")
    c.t(f"The Consultant Cardiothoracic Surgeon\n{c.ch(JM_HOSP)}\n\nDear Colleague,\n\n")
    c.t("Re: ").nm(c.ch([q.fl, q.FL])).t("   DOB: ").d(dob, "dmy").t("   TRN: ").id(c.ch([trn, f"{trn[:3]}-{trn[3:6]}-{trn[6:]}"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if dist:
        c.t(", ").ad(dist)
    else:
        c.t(f", {parish}")
    c.t("   Tel: ").ph(phone(c)).t("   NHF card: ").id(nhf).t("\n\n")
    rhd = c.yes(0.5)
    if rhd:
        c.t(f"This {age}-year-old has ").c("rheumatic heart disease with severe aortic and mitral regurgitation").t("; echo on ").d(echo, "dmy").t(": ")
        c.c(f"LVEDD {c.ri(60, 72)} mm").t(", ").c(f"LVESD {c.ri(42, 54)} mm").t(", ").c(f"LVEF {c.ri(40, 55)}%").t(", ").c(f"PASP {c.ri(40, 60)} mmHg").t(".\n")
        c.t("Secondary prophylaxis: ").c("benzathine penicillin 1.2 MU IM every 3 weeks").t(".\n")
    else:
        c.t(f"This {age}-year-old with ").c(c.ch(["diabetes and hypertension", "hypertension and dyslipidaemia"])).t(" had an ").c("anterior STEMI").t(" and angiography on ")
        c.d(echo, "dmy").t(" showed ").cl(cath(c), "; ").t("; ").c(f"LVEF {c.ri(30, 50)}%").t(".\n")
    c.t("Current treatment: ").cl(["furosemide 40 mg daily", "enalapril 10 mg BD", c.ch(["carvedilol 12.5 mg BD", "atenolol 50 mg daily"]),
                                   c.ch(["aspirin 81 mg daily", "warfarin (INR 2.1)", "spironolactone 25 mg daily"])]).t(".\n")
    c.t("Bloods: Hb ").c(f"{c.fl(10.2, 14.8)} g/dL").t(", creatinine ").c(f"{c.ri(60, 140)} umol/L").t(", HbA1c ").c(f"{c.fl(5.4, 10.2)}%").t(".\n")
    c.t(f"{q.He} lives with {q.his} grandmother, Miss ").nm(gm.fl).t(", who is ").age(gage).t(f" and depends on {q.him}; ")
    c.t("the family is anxious about the time off work.\n")
    c.t("ECG: ").c(c.ch(["sinus tachycardia 104, LVH", "AF, rate 96", "sinus rhythm, anterior Q waves", "sinus rhythm, LAE"])).t("; CXR ").c(c.ch(["cardiomegaly (CTR 0.62), upper lobe diversion", "cardiomegaly, clear lungs", "normal heart size"])).t("\n")
    c.t("Dental review ").c(c.ch(["done", "pending - two carious molars", "awaited"])).t("; HIV ").c(c.ch(["negative", "non-reactive"])).t("; hepatitis B ").c("surface antigen negative").t("\n")
    c.t("I would be grateful for your assessment for ")
    c.c(c.ch(["double valve replacement", "aortic and mitral valve surgery"]) if rhd else "CABG").t(".\n\nYours faithfully,\n\nDr ").nm(card.fl)
    c.t("\nConsultant Cardiologist\n")
    return _end(c, q, dob, [("trn", trn)], (line, town, dist))


# ---------------------------------------------------------------------------------------- Malaysia
MY_HOSP = orgs("Institut Jantung Negara")


def _myname(q: P, caps: bool) -> str:
    s = q.malay if q.grp == "mym" else (q.tamil if q.grp == "myi" else q.cn if caps else f"{q.last} {q.first}")
    return s.upper() if caps else s


def my_ijn(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(40, 78)
    sur, nurse = c.staff(), c.staff("f")
    line, town, pc, state = place(c)
    ic = mykad(c.r, dob, q.sex, c.yes(0.7))
    rn = f"RN{c.dig(7)}"
    tel = phone(c)
    d0 = c.wdt(-1, 0)
    opd = d0 - timedelta(days=c.ri(30, 120))
    mech = c.yes(0.5)
    hon = ("Encik" if q.sex == "m" else "Puan") if q.grp == "mym" else ("Mr" if q.sex == "m" else "Mdm")
    c.t(f"{MY_HOSP[0]} - KLINIK KARDIOTORASIK / CARDIOTHORACIC CLINIC\n")
    c.t("Tarikh / Date: ").d(d0, c.ch(["dmy", "dot"])).t("\n")
    c.t(f"Nama / Name: {hon} ").nm(_myname(q, c.yes(0.5))).t("\nNo. K/P: ").id(ic).t("   No. RN: ").id(rn).t("\n")
    c.t("Alamat / Address: ").ad(line).t(", ").zp(pc).t(" ").ad(town).t(f", {state}\n")
    c.t("Tel: ").ph(tel).t("\n\n")
    op = c.ch([f"CABG x{c.ri(2, 4)}", "AVR (mechanical 23 mm)" if mech else "AVR (tissue 23 mm)", "MVR (mechanical 27 mm)" if mech else "MV repair"])
    mech = "mechanical" in op
    c.t("Operation: ").c(op).t(" on ").d(opd, "dmy").t("\n")
    c.t("Symptoms: ").c(c.ch(["asymptomatic", "mild exertional dyspnoea, NYHA I-II", "occasional palpitations"])).t("; wound ").c(c.ch(["healed", "healed, keloid at upper end"])).t("\n")
    c.t("BP ").c(f"{c.ri(110, 148)}/{c.ri(64, 88)}").t(", PR ").c(f"{c.ri(60, 96)}").t(", SpO2 ").c(f"{c.ri(96, 99)}%").t(", weight ").c(f"{c.ri(50, 98)} kg").t("\n")
    if mech:
        c.t("INR today ").c(f"{c.fl(1.7, 3.8)}").t(" (target ").c("2.5-3.5" if op.startswith("MVR") else "2.0-3.0").t("); warfarin ").c(f"{c.ch(['3', '4', '5', '2.5'])} mg ON").t("\n")
        c.t("Next INR: ").d(d0 + timedelta(days=c.ri(14, 28)), "dmy").t(" at ").ad(town).t(" health clinic (Klinik Kesihatan)\n")
    c.t("Echo: ").c(f"LVEF {c.ri(40, 65)}%").t(", ").c(c.ch(["prosthesis functioning well", "no pericardial effusion", "good LV function, no RWMA"])).t("; ")
    c.t("FBC ").c(f"Hb {c.fl(10.5, 15.2)} g/dL").t(", RP ").c(f"creatinine {c.ri(60, 140)} umol/L").t(", HbA1c ").c(f"{c.fl(5.6, 10.2)}%").t("\n")
    c.t("Medications: ").cl(["aspirin 100 mg OD", "atorvastatin 40 mg ON", c.ch(["bisoprolol 2.5 mg OD", "metoprolol 50 mg BD"]), c.ch(["perindopril 4 mg OD", "metformin 1 g BD", "frusemide 20 mg OD"])]).t("\n")
    c.t("Rehabilitation: ").c(c.ch(["phase III: gym twice a week at IJN Wellness", "phase III: home walking 30 min daily", "completed phase II, 12 sessions"])).t("\n")
    c.t("TCA: ").c("6 months").t(" with ").c(c.ch(["echo", "ECG and FBC", "lipid profile"])).t("\n")
    sur_nm = sur.malay if sur.grp == "mym" else (sur.tamil if sur.grp == "myi" else f"{sur.last} {sur.first}")
    c.t("Dr ").nm(sur_nm).t(", Consultant Cardiothoracic Surgeon (MMC ").id(f"{c.ri(20000, 79999)}").t(")\n")
    c.t("Jururawat / Nurse: ").nm(_myname(nurse, False)).t("\n")
    return _end(c, q, dob, [("mykad", ic.replace("-", "")), ("rn", rn)], (line, town, pc), tel)


# ---------------------------------------------------------------------------------------- Kenya
KE_HOSP = orgs("Kenyatta National Hospital", "Moi Teaching and Referral Hospital")


def ke_mvr(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(18, 52)
    sur, nurse = c.staff(), c.staff("f")
    nok = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.5))
    line, town, pc, county = place(c)
    nid = c.dig(8)
    sha = f"CR{c.dig(10)}-{c.ri(1, 9)}"
    ipno = f"{c.dig(6)}/{c.today.year % 100}"
    d0 = c.wdt(-1, 0)
    opd = d0 - timedelta(days=c.ri(40, 300))
    box = c.ri(100, 9999)
    c.t(f"{c.ch(KE_HOSP)} - CARDIOTHORACIC / WARFARIN CLINIC RECORD\n")
    c.t("Name: ").nm(c.ch([q.kenyan, q.kenyan.upper()])).t(f"   Sex: {q.mf}   Age: {age}   IP No.: ").id(ipno).t("\n")
    c.t("National ID: ").id(nid).t("   SHA No.: ").id(sha).t("\n")
    c.t("Residence: ").ad(line).t(", ").ad(town).t(f", {county} County   Postal: ").ad(f"P.O. Box {box}").t("-").zp(pc).t("\n")
    c.t("Phone: ").ph(phone(c)).t("   NOK: ").nm(nok.kenyan).t(f" ({'husband' if nok.sex == 'm' else 'wife'}) ").ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c("rheumatic heart disease").t("; ").c(c.ch(["s/p MVR (mechanical 27 mm)", "s/p MVR + TV repair", "s/p AVR + MVR (mechanical)"]))
    c.t(" on ").d(opd, c.ch(["dmy", "dash"])).t("\n")
    c.t("Target INR: ").c("2.5-3.5").t("; secondary prophylaxis ").c("benzathine penicillin 1.2 MU IM 3-weekly").t("\n\n")
    c.t("Date        INR   Warfarin dose      Remarks\n")
    d = d0 - timedelta(days=c.ri(42, 60))
    doses = ["2.5 mg daily", "5 mg daily", "5 mg / 7.5 mg alt days", "7.5 mg daily", "10 mg daily"]
    di = c.ri(1, 3)
    inr = 0.0
    for k in range(4):
        dd = d0 if k == 3 else d
        inr = round(c.r.uniform(1.6, 4.2), 1)
        why = c.ch(["missed doses - no drug", "took herbal remedy", "well"]) if inr < 2.5 else (
            c.ch(["gum bleeding", "on antibiotics", "well"]) if inr > 3.5 else c.ch(["no bleeding", "well"]))
        c.d(dd, "dmy").t("  ").c(f"{inr}").t("   ").c(doses[di]).t("   ").c(why).t("\n")
        if k < 3:
            di = min(4, di + 1) if inr < 2.5 else (max(0, di - 1) if inr > 3.5 else di)
        d += timedelta(days=c.ri(10, 16))
    c.t("Today: ")
    vitals(c, ", ", temp=False).t("; ").c(c.ch(["crisp mechanical click", "valve click audible", "new soft systolic murmur - echo requested"])).t("\n")
    plan = (f"increase to {doses[min(4, di + 1)]}" if inr < 2.5 else
            (f"hold 1 dose then {doses[max(0, di - 1)]}" if inr > 3.5 else "continue same dose"))
    c.t("Plan: ").c(plan).t("; ")
    c.c(c.ch(["contraception counselling (warfarin embryopathy)", "avoid NSAIDs and herbal remedies", "dental review"])).t("; next INR in ").c("2 weeks").t("\n")
    c.t("Last echo: ").c(f"prosthetic MV mean gradient {c.ri(3, 7)} mmHg").t(", ").c(f"LVEF {c.ri(45, 65)}%").t(", ").c(f"PASP {c.ri(28, 55)} mmHg").t("\n")
    c.t("Other drugs: ").cl(["furosemide 40 mg OD", c.ch(["carvedilol 6.25 mg BD", "digoxin 0.125 mg OD", "spironolactone 25 mg OD"])]).t("\n")
    c.t("Seen by: Dr ").nm(sur.kenyan).t(", KMPDC reg. ").id(f"A{c.ri(1000, 19999)}").t("; nurse ").nm(nurse.first).t("\n")
    return _end(c, q, dob, [("natid", nid), ("sha", sha)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Philippines
PH_HOSP = orgs("Philippine Heart Center")


def ph_zben(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 74)
    sur, sw = c.staff(), c.staff("f")
    line, brgy_city, z, prov = place(c)
    brgy, city = brgy_city.split("|")
    pin = c.dig(12)
    pin_s = f"{pin[:2]}-{pin[2:11]}-{pin[11]}"
    mob = phone(c)
    d0 = c.wdt(-1, 0)
    adm = c.wdt(7, 30)
    sp = c.rel(q, "f" if q.sex == "m" else "m", same=c.yes(0.7))
    c.t(f"{PH_HOSP[0]} - Adult Cardiovascular Surgery\nPhilHealth Z BENEFIT PACKAGE - CORONARY ARTERY BYPASS GRAFT (Standard Risk)\nPre-authorization checklist\n\n")
    c.t("Patient: ")
    if c.yes(0.5):
        c.nm(f"{q.last.upper()}, {q.first} {q.mid}").t(".")
    else:
        c.nm(q.fml)
    c.t("   PhilHealth PIN: ").id(c.ch([pin_s, pin])).t("\n")
    c.t("Date of birth: ").d(dob, c.ch(["us", "usl"])).t(f"   Age: {age}\n")
    c.t("Address: ").ad(line).t(", ").ad(f"Brgy. {brgy}").t(", ").ad(city).t(f"{', ' + prov if prov else ', Metro Manila'} ").zp(z).t("\n")
    c.t("Mobile: ").ph(mob).t("   Spouse: ").nm(sp.fl).t("\n\n")
    c.t("Eligibility: ").cl(["elective CABG", f"LVEF {c.ri(36, 62)}%", c.ch(["no prior cardiac surgery", "no prior cardiac surgery"]),
                             f"EuroSCORE II {c.fl(0.8, 3.9)}%", f"creatinine {c.fl(0.8, 1.6)} mg/dL"], "; ").t("\n")
    c.t("Coronary angiogram ").d(d0 - timedelta(days=c.ri(10, 40)), "usl").t(": ").cl(cath(c), "; ").t("\n")
    c.t("Pre-op work-up: ").cl(["2D echo done", "carotid duplex normal", "dental clearance", "PFT FEV1 78%", "HbA1c 7.2%"], "; ").t("\n")
    c.t("Package rate: ").c("PHP 550,000").t("; no balance billing (ward accommodation)\n")
    c.t("Target admission: ").d(adm, "us").t("\n")
    c.t("Attending: Dr. ").nm(sur.fml).t(", FPCS, PRC Lic. No. ").id(f"0{c.ri(100000, 159999)}").t("\n")
    c.t("Current medicines: ").cl(["aspirin 80 mg OD", "atorvastatin 80 mg HS", c.ch(["metoprolol 50 mg BID", "bisoprolol 5 mg OD"]),
                                  c.ch(["isosorbide mononitrate 60 mg OD", "losartan 50 mg OD", "metformin 500 mg BID"])]).t("\n")
    c.t("Medical social worker: ").nm(sw.fl).t(", RSW\n")
    c.t("e-claim pre-registration submitted ").d(d0, "us").t(f" {c.tm(8, 17)} from ").p("IP", c.ip()).t("\n")
    return _end(c, q, dob, [("philhealth", pin)], (line, city, z), mob)


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "cardiology referral letter to the cardiothoracic surgeon for CABG", en_referral),
    ("en", "cardiothoracic pre-assessment clinic with EuroSCORE II", en_preop),
    ("en", "CABG operation note with bypass and cross-clamp times", en_opnote),
    ("en", "cardiac ICU evening handover (SBAR)", en_icu),
    ("en", "surgical wound clinic sternal / harvest-site review", en_sternal),
    ("en", "lower-case pre-admission telephone call log", en_lower),
    ("en", "discharge summary after AVR with anticoagulation plan", en_discharge),
    ("en", "cardiac rehabilitation phase III exercise record", en_rehab3),
    ("en", "post-operative outpatient follow-up letter to the GP", en_followup),
    ("sc", "structural heart team referral for aortic valve intervention", sc_tavi),
    ("sc", "clinical perfusion record", sc_perf),
    ("sc", "immediate discharge letter with post-operative AF anticoagulation", sc_idl),
    ("cy", "mitral valve repair operation note (bilingual headings)", cy_mvrep),
    ("cy", "cardiac rehabilitation phase III assessment", cy_rehab),
    ("ni", "pre-admission letter to the patient", ni_admit),
    ("ni", "district nursing referral for negative pressure wound therapy", ni_npwt),
    ("us", "cardiothoracic surgery consultation", us_consult),
    ("us", "operative report (AVR +/- CABG)", us_opreport),
    ("us", "CVICU progress note, POD 1", us_cvicu),
    ("us", "pharmacist anticoagulation clinic visit (mechanical valve)", us_anticoag),
    ("us", "lower-case post-discharge nurse phone call", us_lower),
    ("us", "patient portal thread about the incision", us_portal),
    ("us", "cardiac rehab individualized treatment plan (30-day review)", us_itp),
    ("us", "short-term disability attending physician statement (SSN)", us_std),
    ("au", "surgeon's outpatient letter to the referring cardiologist", au_letter),
    ("au", "ICU ISBAR handover", au_isbar),
    ("au", "discharge summary after mechanical MVR with warfarin plan", au_discharge),
    ("au", "community cardiac rehab phase III telehealth review (DVA)", au_rehab),
    ("on", "cardiac surgery consultation (OHIP)", on_consult),
    ("mb", "cardiac sciences discharge summary (Manitoba PHIN)", mb_discharge),
    ("ab", "cardiac surgery pre-admission clinic (Alberta PHN)", ab_preadmit),
    ("on", "cardiovascular rehab phase III maintenance prescription", on_rehab),
    ("ie", "cardiothoracic outpatient letter to the GP", ie_letter),
    ("ie", "HSE community cardiac rehab phase III referral (PPSN)", ie_ppsn),
    ("ie", "lower-case on-call SHO jobs handover", ie_lower),
    ("nz", "referral for rheumatic mitral valve surgery", nz_referral),
    ("nz", "discharge summary after mechanical valve with warfarin plan", nz_discharge),
    ("nz", "lower-case cardiac rehab text-message export", nz_chat),
    ("za", "medical scheme pre-authorisation for CABG", za_preauth),
    ("sg", "cardiothoracic discharge memo", sg_discharge),
    ("in", "Kerala cardiothoracic discharge summary", in_discharge),
    ("jm", "cardiology referral for valve surgery or CABG", jm_referral),
    ("my", "cardiothoracic clinic follow-up (bilingual labels)", my_ijn),
    ("ke", "post-valve-surgery warfarin clinic record", ke_mvr),
    ("ph", "PhilHealth Z Benefit CABG pre-authorization checklist", ph_zben),
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
            note = fn(C(104_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
