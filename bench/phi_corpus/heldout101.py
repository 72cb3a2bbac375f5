"""HELD-OUT v101 PHI corpus: written independently, before any round-101 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout97 / heldout98 / heldout99 were read, to follow their labelling
conventions and to avoid their templates and phrasing, plus the code below heldout98's docstring
for its mechanics only (the ``C`` helper class idea, ``_clean``, ``_one``, ``generate``, the shape
of ``TEMPLATES``, the ``P`` class, the date-format helper ``fmt``, the identifier check-digit
helpers and the place / phone helpers; its template texts were not reused, and its name groups,
place and phone tables and word lists, seen in passing, were not reused); ``_clean`` is copied
verbatim from it, and the ``P`` / ``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``,
``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, IHI, OHIP, BC PHN, PPSN, NZ NHI, SA ID,
Singapore NRIC and Aadhaar helpers follow those mechanics, written afresh; the name groups,
word-like name and eponym lists, places, streets, phone formats, document types and templates are
this file's own, as are the liver scores computed from each note's own bloods (Child-Pugh, MELD,
MELD-Na, MELD 3.0, UKELD, Maddrey DF, FIB-4, GRWR, albumin replacement per litre drained), the DEA
number (its check digit), the Medicare Beneficiary Identifier (its letter rules), the AU Medicare
provider number (its check character), the HKID (its check character) and the NMC PIN, GPhC, HPCSA,
IMC, MyKad, Nova Scotia / PEI / New Brunswick health card, Indian status card, PA Medicaid
recipient, GMS medical card, CMCHIS, Nigerian NIN and NHIA forms (format only where no check digit
is published); the other held-out corpora being written at the same time were not read; ruff check
(not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). Like v14-v99 it aims at the MAINSTREAM of English-language hospital and clinical
text with ordinary PHI density; it is modelled on HEPATOLOGY AND LIVER TRANSPLANTATION: liver
clinic letters, transplant assessment and listing summaries, MELD / UKELD and Child-Pugh
calculations, paracentesis and variceal banding procedure notes, alcohol-related liver disease
reviews, hepatitis B / C treatment records, immunosuppression level monitoring, transplant
coordinator call logs and post-transplant follow-up: hepatology clinic letters to the GP, listing
meeting outcomes, day-case and IR paracentesis records, OGD banding reports, tacrolimus level logs,
on-call and telephone coordinator notes, alcohol care team reviews, HCV treatment starts and prior
authorizations, HBV clinic and surveillance letters, ward rounds and handovers, HCC MDT outcomes,
referral letters to transplant units, living donor work-ups, discharge summaries, shared care
letters, portal and SMS threads and a medical scheme motivation - in England (9, the West Midlands:
Birmingham, the Black Country, Solihull, Coventry, Worcestershire and Staffordshire), Scotland (3,
Edinburgh and the Lothians, Fife, Falkirk, Glasgow and the Western Isles), Wales (2, Cardiff and
the valleys, Bridgend, Neath and Llanelli), Northern Ireland (2, Belfast, Antrim, Tyrone, Armagh
and Fermanagh), the United States (8, Pennsylvania: Pittsburgh and the west, Harrisburg,
Lancaster County, Philadelphia and the Lehigh Valley, with Wheeling WV and Youngstown OH), Australia
(4, New South Wales: Sydney, western Sydney, the Illawarra, the Hunter, the central west and
Broken Hill), Canada (4: Ontario 2, Nova Scotia / the Maritimes and Newfoundland, British
Columbia), Ireland (3, Dublin, Wicklow, Kildare, the midlands, Cork, Clare, Kerry, Mayo and
Donegal), New Zealand (3, Auckland, Northland, Waikato, Bay of Plenty, Hawke's Bay, Wellington,
Canterbury and Southland), India (2: Delhi and the NCR, Chennai and Tamil Nadu), Singapore (1),
Hong Kong (1), Malaysia (1, Selangor and Kuala Lumpur), South Africa (1, Johannesburg, Gauteng and
Limpopo) and Nigeria (1, Lagos).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: hepatology clinic letter to the GP about alcohol-related cirrhosis ("Clinic date:
dd/mm/yyyy", "Typed: dd/mm/yy", "Dr F Last" with the practice and its town, "Dear Dr Last", "Re:
First LAST / First Last / FIRST LAST, DOB dd.mm.yyyy or dd/mm/yyyy", NHS number plain, spaced or
dashed, a hospital number, street, town and postcode, the spouse by first name, a "Month yyyy"
abstinence date, an ultrasound "dd/mm/yyyy", Child-Pugh, MELD and UKELD computed from the bloods,
"cc: Mr / Mrs / Ms Last (patient)" with the title outside); 1. en: liver transplant listing meeting
outcome (weekday outside "dd/mm/yyyy", "LAST, First" or "LAST, FIRST", "dd-Mon-yyyy" DOB with
"(nn y)" unlabelled, spaced NHS number, unit number, the referrer as "Dr F. Last", the town the
patient lives in, UKELD / MELD / Child-Pugh, blood group, work-up, the named carer by full name
and a child by first name, a mobile and a home number for call-in, five attendees as "Mr / Dr F.
Last" or full names with their roles in brackets outside); 2. en: day-case therapeutic
paracentesis record ("First LAST", hospital and NHS numbers, "dd/mm/yyyy" DOB, "dd-Mon-yy" or
"dd/mm/yyyy" procedure date, "dd/mm" last and next drains, volume drained and HAS 20% bottles at 8
g per litre, ascitic PMN and SAAG, the nurse by first name with "(RN)" outside, "Dr F. Last (ST5
Hepatology)", the escort by first name, the Liver Day Unit number); 3. en: OGD with variceal band
ligation report ("LAST, First" or "Last, First", hospital number, dashed NHS number, "d Month yyyy"
procedure date, endoscopist and nurse by full name, a "dd/mm/yyyy" index bleed, sedation, findings
and bands, ICD-10 codes unlabelled, re-banding booked "dd/mm/yyyy", the GP as "Dr F Last" and the
practice town); 4. en: transplant pharmacy tacrolimus level log (a pasted table of "dd/mm/yy" rows
with trough, dose, creatinine and action, the pharmacist's initials unlabelled, "dd/mm/yy" DOB, the
transplant date, brand prescribing, the patient's mobile, "F. Last" with a GPhC number as ID); 5.
en: lower-case transplant coordinator on-call log (a lower-case weekday outside a "d/m" date, the
SNOD by lower-case first name, the anonymous donor's details unlabelled, the recipient's lower-case
full name and hospital number, "mr last (on call surgeon)", "hhmm" times outside, mobile and home
numbers, the spouse's lower-case first name, the day coordinator's first name); 6. en: alcohol care
team inpatient review ("First LAST", NHS number and MRN, "dd/mm/yyyy", street, town and postcode,
"Dr F. Last (FY2 ...)", units computed from litres and ABV, AUDIT / SADQ / CIWA-Ar, Maddrey DF from
the prothrombin time, the sister by full name as NOK with her mobile, the nurse with an NMC PIN as
ID); 7. en: hepatitis C treatment start record (West Midlands ODN; "First Last", plain NHS number,
mobile, genotype, RNA and log, regimen, a prescription reference as ID, the peer support worker by
first name, a tokenised video check-in link as URL, the SVR12 due date); 8. en: post-transplant
annual review letter to the patient ("d Month yyyy", "Mr / Mrs / Ms First Last" and the address
block, NHS and hospital numbers, "Dear First", weekday outside "dth Month" or "d Month", the
transplant date, a results list, the patient's personal e-mail, "cc Dr F. Last, <practice>,
<town>"); 9. sc: referral to the Scottish Liver Transplant Unit ("Dr First Last" referrer, "dth
Month yyyy" or "d Month yyyy", "First LAST", CHI plain or 6-4, Edinburgh stair "14/3" and "3F2,"
and Glasgow "Flat 0/1," lines, town, postcode, mobile, "Dr F. Last, <town> Health Centre" with the
town as ADDRESS, a "Month yyyy" decompensation, the partner by first name); 10. sc: hepatitis B
clinic record ("First Last" or "LAST, First", CHI, an Urdu or Romanian interpreter by full name
with an interpreter number, "Mon yyyy" diagnosis, HBV DNA, qHBsAg, the treatment decision, the
spouse and a child by first name, "Month yyyy" or "dd/mm/yyyy" next appointment); 11. sc: liver
ward round note (SBP and HRS-AKI; "dd/mm/yyyy" with the time outside, "Dr Last", "LAST, First",
CHI, "67M" unlabelled, observations, the KDIGO stage from creatinine against baseline, a son or
daughter by first name with a mobile, "F. Last FY1"); 12. cy: HCC MDT outcome (weekday "Thu"
outside "dd.mm.yyyy", "First LAST", "dd.mm.yyyy" DOB, "Age:" labelled only when >= 90, spaced NHS
number, hospital number, an optional Welsh-language preference line, LI-RADS, BCLC and Milan,
best supportive care for the frail, the chair, surgeon and radiologist as "Dr / Mr F. Last", the
CNS by full name with a Cardiff number); 13. cy: hepatology CNS telephone review of hepatic
encephalopathy ("First Last", the spouse by first name twice, the landline, the DOB and first
line of the address given as identity checks, "d Mon" / "dd/mm" dates, DVLA advice, the nurses'
line with "ext" outside and the extension as PHONE); 14. ni: steatotic liver disease clinic letter
("d Month yyyy", "Dr F. Last" and the GP's town, "Mrs / Mr / Ms First Last", "dd.mm.yy" DOB, H&C
plain or spaced, street, town and BT postcode, FIB-4 computed from age, AST, ALT and platelets,
ELF, LSM, CAP); 15. ni: autoimmune hepatitis clinic record ("First LAST" or "LAST, First", H&C,
"dd.mm.yyyy" DOB and clinic date, "dd/mm/yyyy" diagnosis, the azathioprine dose from weight, a
parent or a grown-up child by first name, "Month yyyy" review); 16. us: MELD 3.0 update / waitlist
note ("Last, First Middle", "Last, First M" or "LAST, FIRST", MRN in three layouts, "mm/dd/yyyy",
"mm/dd/yy" labs, MELD 3.0, MELD(i) and MELD-Na computed in US units, the OPTN recertification
interval and next due "m/d/yyyy", an HCC exception date, the cell phone, the town with "PA"
unlabelled, the spouse by first name with a cell, "First M. Last, MD"); 17. us: transplant
financial clearance ("LAST, FIRST", a full SSN, street line with "Apt" / "Unit" inside, ZIP or
ZIP+4, home and cell, a Medicare MBI plain or dashed 4-3-4 and a PA Medicaid recipient number, or
a commercial member ID with the group number unlabelled and the subscriber spouse by full name
with DOB, the plan rep by first name, call reference and auth numbers as ID, ICD-10-CM and CPT
codes clinical, the office line with "ext." outside and the extension as PHONE); 18. us: IR
ultrasound-guided paracentesis note ("First Last" or with the whole middle name, MRN and account
number, "mm/dd/yyyy", "First M. Last, MD" with an NPI (Luhn), "PA-C" outside, 25% albumin grams
computed, the son or daughter by full name, "m/d" next tap); 19. us: patient portal message thread
("From: First Last", "m/d/yyyy h:mm AM" with the time outside, the portal's "[web, IP n.n.n.n]"
audit note, "m/d" dates, the urgent care's town, first-name sign-off and "Hi First", "Dr. Last",
"First Last, BSN, RN", a tokenised upload link as URL, the personal e-mail, MRN); 20. us: hepatitis
C DAA prior authorization (PA Medicaid; "First M Last" or "First Middle Last", "mm-dd-yyyy" DOB,
member ID, street, town, ZIP, prescriber NPI and DEA (check digit), phone and fax, fibrosis stage
from the LSM, "m/d/yyyy" signature date); 21. us: lower-case transplant coordinator phone note
("m/d" and "m/d/yyyy", the spouse's lower-case first name, "dr last", a lower-case town, the
callback number, a lower-case MRN, "first l, rn"); 22. us: inpatient hepatology consult for
alcohol-associated hepatitis ("Last, First Middle / M", MRN, "m/d/yyyy" admit and consult dates,
"Dr. Last" hospitalist, "m/d" last drink and Lille day-7 dates, Maddrey DF from PT, the brother or
sister by full name, "Electronically signed by First M. Last, MD ... on m/d/yyyy hh:mm" with the
time outside); 23. us: post-transplant month-3 clinic note ("First Last" or "First LAST",
"mm/dd/yyyy" DOB, visit and transplant dates, the mother's age labelled only when >= 90, the town,
the son or daughter by full name with a cell, "First Last, CRNP"); 24. au: ANLTU assessment
letter ("d/m/yyyy", the referrer "Dr First Last" with a Medicare provider number (check character)
and a first-name salutation, "First LAST" or "LAST, First", MRN, Medicare plain or spaced 4-5-1
with "/ IRN" outside, "Unit n, nn" or "n/nn" lines, suburb, "NSW" unlabelled, postcode, mobile,
the spouse by first name, an AHPRA number as ID); 25. au: hepatitis B s100 prescriber record
(Vietnamese, Assyrian, Filipino or Anglo patients; suburb and postcode, Medicare with "IRN n"
outside, IHI (Luhn), a TIS National interpreter by full name with an interpreter number, "d Mon
yyyy" ultrasound, "Month yyyy" review); 26. au: rural telehealth liver clinic (a central-west or
Broken Hill patient; "dd/mm/yyyy" with the time outside, MRN, spaced Medicare with "-IRN" outside,
town, postcode, mobile, personal e-mail, a tokenised Healthdirect video link as URL, the
participant IP, the CNC by first name, "d Mon" bloods, "d Month yyyy" next appointment); 27. au:
liver transplant discharge summary ("LAST, First", MRN, Medicare with "(IRN)" outside,
"dd/mm/yyyy" admission, transplant and discharge dates, "Dr Last", the discharge medicines, the GP
by full name with suburb, postcode and practice phone, "Dr F. Last (RMO)"); 28. on: Toronto
transplant referral consultation (ISO dates, "First LAST" or "LAST, First", MRN, OHIP (Luhn)
dashed 4-3-3 or plain with the version code inside, "nnn-nnnn <street>" lines, "ON" unlabelled,
postal code, the family physician by full name and town, MELD-Na, the spouse by first name, "MD,
FRCPC" outside); 29. on: living donor pair summary (ISO or "Month d, yyyy", the recipient with
OHIP and MRN, the donor son or daughter with DOB, MRN and age unlabelled, right or left lobe graft
with the GRWR computed, the independent living donor advocate by full name, a tentative OR date);
30. ns: Atlantic transplant recipient coordinator note ("Mon d, yyyy" or ISO, a Nova Scotia, PEI
or New Brunswick health card number, a Mi'kmaw patient's status card registration number as ID,
the town or First Nation community as ADDRESS, the province unlabelled, postal code, cell and home,
the support person by full name); 31. bc: Downtown Eastside hepatitis C outreach record ("First
Last" or "LAST, First", "yyyy/mm/dd" DOB, BC PHN (mod 11) plain or 4-3-3, a friend by first name
with the phone messages go to, ISO dates, "Dr. F. Last"); 32. ie: PBC clinic letter to the GP
("dth Month yyyy" or "d Month yyyy", "Dr First Last" and the practice town, "dd.mm.yyyy" DOB, MRN,
street, town, a Dublin postal district as ADDRESS or "Co. X" unlabelled, Eircode, UDCA mg/kg
computed, "Le meas", "FRCPI" outside and the IMC number as ID); 33. ie: lower-case liver ward
handover (four patients by lower-case full name, each with an MRN, "d/m" or "dd/mm", the
registrar by lower-case first name, one age labelled only when >= 90, the son by lower-case first
name with his mobile); 34. ie: post-transplant shared care letter ("Dr F. Last", practice and
town, "dth Month yyyy" and "dth Month", "dd.mm.yyyy" or "dth Month yyyy" DOB, MRN, PPSN old or new
form as SSN, medical card number as ID, Eircode, mobile, the CNS by full name with a Dublin number);
35. nz: referral to the NZ Liver Transplant Unit (the referring hospital by town, "d Mon yyyy" or
"dd/mm/yyyy", "First LAST", NHI old or 2022 form, street, suburb, postcode, "Dr F. Last" GP and
town, "Kia ora koutou" / "Ngā mihi", the spouse by first name and a child by full name, "FRACP");
36. nz: hepatitis B surveillance results letter (Tongan or Māori; "d Month yyyy", the address
block, NHI, "Mālō e lelei / Kia ora First", "d Month" or "dth Month" bloods, mobile and personal
e-mail for reminders, "Month yyyy" next test); 37. nz: transplant nurse SMS log ("[dd/mm hh:mm]"
stamps with the date labelled and the time outside, "d/m" dates in the messages, a lower-case first
name, the town of the lab, the nana by first name with her age labelled only when >= 90, "F. Last");
38. in: Delhi living donor work-up ("Mr. / Mrs." outside "First Last" or "FIRST LAST", "nn Y / M"
unlabelled, UHID, Aadhaar (Verhoeff) spaced, dashed or plain, a "House No." / "B-80, Pocket 4" /
flat line, the locality and "New Delhi" / "Delhi" as ADDRESS or the state unlabelled, the PIN
after " - ", or a Bangladeshi patient's home city and passport number, the donor spouse or child
by full name with UHID and Aadhaar or passport, Form 11 or Form 21, a "dd-mm-yyyy" or "dd/mm/yyyy"
Authorisation Committee date, "DMC Reg. No." as ID); 39. in: Chennai post-transplant OPD (Tamil "R. Senthilkumar", "R.
SENTHILKUMAR" or "Senthilkumar R", the child's initial taken from the father's given name,
"dd/mm/yyyy" or "dd-mm-yyyy", UHID, a CMCHIS card number, "No. / Plot / Door No. / Flat" lines, the
locality and "Chennai" as ADDRESS or "Tamil Nadu" unlabelled, PIN spaced or not, "1-0-1" dosing,
"TNMC Reg. No." as ID); 40. sg: hepatitis B clinic note ("TAN Boon Huat", "TAN BOON HUAT" or
"Desmond Tan Boon Huat", Malay "First bin / binti Father", NRIC (check letter), "Blk nnn <town>
Street nn #nn-nnn" with "Singapore" unlabelled before the postal code, "HP", "dd Mon yyyy", "Dr
Surname Given-name"); 41. hk: Queen Mary Hospital hepatology clinic ("CHAN Tai-man", "CHAN TAI-MAN"
or with the English name after a comma, one NAME span, "F/nn" with the age labelled when >= 90,
HKID with its check character in brackets or bare, HN number, "Room nnnn, X Y House, <estate>"
and the district as ADDRESS, "Kowloon" / "New Territories" / "Hong Kong" unlabelled, the son or
daughter with a phone, "Month yyyy" dates); 42. my: Selayang hepatitis C record (bilingual labels;
"First bin / binti Father", "First a/l / a/p Father" or "Lim Chee Keong", each one span, "Encik /
Puan / Mr / Mdm" outside, MyKad dashed or plain, RN, "No. n, Jalan ..., Taman ..." line, the
postcode before the town, the state unlabelled, "dd/mm/yyyy" or "dd.mm.yyyy"); 43. za: medical
scheme motivation for listing ("d Month yyyy", practice number unlabelled, "First Last" or "FIRST
LAST", SA ID (Luhn) plain or 6-4-3, membership number as ID with the dependant code unlabelled,
suburb and "Johannesburg" / "Soweto" as ADDRESS, postcode, the spouse by full name, HPCSA
"MPnnnnnnn" as ID); 44. ng: LUTH hepatitis B clinic record ("SURNAME, First", "First SURNAME" or
"FIRST SURNAME", hospital number, NIN and NHIA number as ID, the area as ADDRESS with "Lagos State"
/ "Ogun State" / "Oyo State" unlabelled, +234 and 080x phones, the NOK by full name with a phone,
"dd/mm/yyyy", "dth Month yyyy" or "d Mon yyyy", "Dr First Last (Senior Registrar)", "Nurse Last").

Names: curated groups per region, a person's first name and surname from one group (Black Country
English, British Punjabi Sikh (Singh / Kaur as a middle name), British Kashmiri, Birmingham Yemeni
with "Al-" surnames, Romanian; Lowland Scots, Hebridean Gaelic; south Wales Welsh, Cardiff Sylheti;
Ulster, East Timorese ("da Costa", "dos Santos"); western Pennsylvania Polish / Slovak / Italian,
Black Philadelphian, Puerto Rican, Bhutanese-Nepali, Pennsylvania Dutch; New South Wales Anglo /
Maltese, Vietnamese (Van / Thi), Assyrian, Filipino; Ontario Anglo / Franco-Ontarian,
Indo-Caribbean; Acadian / Cape Breton, Mi'kmaw; BC Anglo / Mennonite, Cantonese Canadian; Irish
with fadas, "O'" and Irish-language surnames (Ó -> Ní, Mac -> Nic for women); Pākehā, Māori,
Tongan; Delhi Hindi / Punjabi, Tamil (the father's given name as the "surname", printed as an
initial), Bangladeshi; Singapore Chinese (surname first, two-syllable given names, an optional
English name), Malay (bin / binti), Malaysian Chinese, Malaysian Indian (a/l, a/p); Hong Kong
Cantonese (hyphenated given names); Tsonga / Venda / Sotho, Afrikaans; Yoruba, Igbo), about one
patient in five in the English-speaking groups and Delhi from Faker en_GB / en_US / en_AU / en_CA /
en_IE / en_NZ / en_IN re-seeded per note (relatives of a Faker patient take Faker names too; Faker
names that are a lower-case web2 word or its plural are skipped); staff are local or, in the UK,
US, Australia, Canada, Ireland and New Zealand about three in ten, Keralite, Filipino, Zimbabwean
(Shona), Pakistani, Romanian or Igbo. About one English-speaking patient or relative in eight has
a first name or surname that is also an ordinary word (``WORDY``: Dawn, Faith, Joy, Grace, Holly,
Ruby, Hazel, Frank, Drew, Dale, Wade; Fox, Marsh, Hill, Wood, Sharp, Banks, Frost, Moss, Stone,
Hunter, Fisher, Bird, Rich ...); otherwise word-like and eponymous names are never drawn
(``BAD_NAMES``: trades, colours, virtues, months, every word of the hospitals, practices, towns and
streets named, and the eponyms, scores, drugs and brands of hepatology and transplantation - Child,
Pugh, Turcotte, Maddrey, Lille, Baveno, Sengstaken, Blakemore, Milan, Wilson, Budd, Chiari, Gilbert,
Kasai, Couinaud, Mallory, Caroli, Alagille, Crigler, Najjar, Dubin, Johnson, Kayser, Fleischer,
Charcot, Pringle, Kupffer, Clavien, Dindo, Starzl, FibroScan, Maviret, Epclusa, Prograf, Advagraf,
Adoport, Envarsus, CellCept, Pabrinex, Librium ...). No two-letter initials spell a common
abbreviation (``BAD_INITS``) and a note never reuses a first or last name for unrelated people (a
note in which a labelled PHI string, or a word of a labelled name, also occurs unlabelled,
word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First M",
"Last, First Middle", "First M. Last", "First M Last", "First Middle Last", "F. Last", "F Last",
lower-case full names, lower-case "first l", first names and surnames alone, Punjabi "First Singh /
Kaur Last", Tamil "R. Given" / "Given R", Malay "First bin / binti Father", Malaysian Indian "First
a/l / a/p Father", surname-first Chinese "TAN Boon Huat", "CHAN Tai-man", "CHAN TAI-MAN" (each one
NAME span; "bin", "binti", "a/l", "a/p", "Singh", "Kaur" inside), Irish "Síle Ní Mhurchú", "Al-"
surnames, names that are also words.
Conventions (as heldout97 / heldout98 / heldout99): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Mdm", "Encik", "Puan", "Nurse", "wife", "husband",
"partner", "son", "daughter", "sister", "brother", "mother", "father", "nana", "NOK", "(RN)", "RN",
"rn", "(patient)", "(spouse)", "(plan rep)", "(hospitalist)", "(FY2, acute medicine)", "FY1",
"(RMO)", "(ST5 Hepatology)", "(on call surgeon)", "(transplant surgeon)", "(hepatologist)",
"(anaesthetist)", "(recipient coordinator)", "(social work)", "(HCC CNS)", "(liver CNC)", "(Senior
Registrar)", ", MD", ", CRNP", ", PA-C", ", BSN, RN", ", MD, FRCPC", ", FRCPI", ", FRACP", ", MS,
MCh (GI Surgery)", ", MD, DM (Hepatology)", ", Pakar Hepatologi" and the job titles after a comma)
are outside NAME spans. A street line (flat, unit, apartment, "Apt", "Unit", "n/n", "3F2,", "Flat
0/1,", "House No.", "B-80, Pocket 4", "Door No.", "Blk ... #nn-nnn", "Room nnnn, ... House,
<estate>", "No. n, Jalan ..., Taman ...") and the town, suburb, locality, district, city or First
Nation community where a person lives, where a relative or GP practises or where a patient went to
urgent care are ADDRESS ("New Delhi", "Delhi", "Chennai", "Johannesburg", "Soweto" and Dublin postal
districts such as "Dublin 4" as their own ADDRESS spans); states, provinces, counties and regions
("PA", "WV", "OH", "NSW", "ON", "NS", "PE", "NB", "NL", "Co. Wicklow", "Haryana", "Tamil Nadu",
"Selangor", "Kuala Lumpur", "Kowloon", "New Territories", "Lagos State"), "Singapore" before a postal
code and hospital, ward, unit, practice, programme and insurer names are not PHI; UK postcodes, ZIP
and ZIP+4 codes, Canadian postal codes, Eircodes, AU / NZ / SA / Malaysian postcodes, Indian PIN
codes and Singapore postal codes are ZIP (Hong Kong and Nigeria print none). DATE: anything more
specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "dd/mm", "d/m",
"dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "dth Month", "d Month",
"d Mon yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy", "dd-Mon-yy", "Month yyyy", "Mon yyyy",
"mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Mon d, yyyy",
"yyyy-mm-dd", "yyyy/mm/dd": DOBs, clinic, procedure, transplant, admission, listing, result and
appointment dates, an abstinence month, a diagnosis month); weekdays and times of day stay outside;
years alone, durations ("3 months", "12 weeks"), post-transplant days and ages under 90 are not
labelled. AGE: ages >= 90 only (an HCC MDT patient, a Hong Kong clinic patient, a handover patient,
a mother, a nana), the number alone. PHONE: mobiles, landlines, cells, team and unit lines, fax
numbers and extensions (country code and area-code brackets inside; "ext", "Tel:", "HP", "Cell"
outside). SSN: a US SSN and Irish PPSNs (old and new form). ID: NHS (mod 11), CHI (from DOB and
sex), H&C (mod 11), hospital / unit / MRN / UR / RN / HN / UHID numbers (lower-case too), account,
call reference, auth and prescription references, interpreter numbers, GPhC, NMC PIN, IMC, AHPRA,
HPCSA, DMC and TNMC registrations, NPI (Luhn), DEA (check digit), Medicare MBI, PA Medicaid
recipient and commercial member IDs, AU Medicare (check digit), IHI (Luhn), the Medicare provider
number (check character), OHIP (Luhn, version code inside), Nova Scotia / PEI / NB health card,
status card registration, BC PHN (mod 11), GMS medical card, NZ NHI (old mod 11 and 2022 mod 23
forms), Aadhaar (Verhoeff), a Bangladeshi passport, CMCHIS, Singapore NRIC (check letter), HKID
(check character), MyKad, SA ID (Luhn), medical scheme membership, NIN and NHIA numbers. EMAIL:
patients' personal addresses. URL: a tokenised video check-in link, a portal upload link and a
Healthdirect video link. IP: a portal message's and a telehealth participant's address. Not PHI
and unlabelled: initials alone, the anonymous donor's details, group numbers, dependant codes,
practice numbers, room, bed and ward numbers, queue tokens, ICD-10 and CPT codes (clinical).
Bloods with units (bilirubin, albumin, INR, PT, creatinine, sodium, potassium, platelets, ALT, AST,
ALP, GGT, IgG, HBV DNA, HCV RNA, AFP, tacrolimus troughs, HbA1c), computed scores (Child-Pugh,
MELD, MELD-Na, MELD 3.0, UKELD, Maddrey DF, FIB-4, GRWR, KDIGO stage), FibroScan and CAP, vitals,
drugs with doses and frequencies, procedures and volumes, diagnoses, codes and plans are clinical
(``Note.clinical``) where marked.
Every note is deterministic (seeded ``random`` and Faker re-seeded per note, seed 101_000_003 + i *
7919 + attempt * 104_729, so note ``i`` does not depend on how many were generated; fixed absolute
dates, never today's date: notes dated June 2024 to November 2025, with appointments and reviews up
to a few months later). Run it only for final figures: its misses and lost clinical values are not
to be inspected while the scrubber is being changed.
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

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); entries are space-separated, or
# "/"-separated where an entry holds a space ("Shahrul Nizam", "Te Whata", "dos Santos")
_G = {
    # West Midlands and the Black Country (Birmingham, Dudley, Walsall, Wolverhampton)
    "wmb": ("Darren Craig Wayne Gareth Stuart Carl Keith Trevor Kevin Jason Martyn Nigel Clive Graham Adrian Russell Mick Lee",
            "Tracey Julie Karen Sharon Lisa Michelle Joanne Kerry Nicola Mandy Jackie Lorraine Debbie Gemma Stacey Leanne Sandra",
            "Hickman Billingham Tonks Cartwright Hodgetts Hadley Perks Cashmore Jukes Bayliss Hingley Whitehouse Bissell Mansell Pardoe Danks Cotterill Beddow Timmins Pearsall Rudge Dudfield Hemming Icke"),
    # British Punjabi Sikh (Handsworth, Smethwick, Wolverhampton)
    "pun": ("Harjit Gurpreet Jaswinder Kuldip Sukhdev Balwinder Manjit Parminder Harvinder Jagdeep Ranjit Tarsem",
            "Harjinder Kulwant Surinder Rajinder Balbir Amarjit Manpreet Jaspal Sukhwinder Paramjit Navdeep Gurdeep",
            "Sandhu Bains Dhaliwal Sidhu Johal Bassi Hundal Atwal Chahal Grewal Sahota Virdee Bhamra Kooner Dhillon"),
    # British Kashmiri / Pakistani (Alum Rock, Small Heath, Glasgow south side)
    "kas": ("Tariq Zafar Shabir Nadeem Imran Khalid Asif Waheed Sajid Naveed Zulfiqar Arshad Mushtaq",
            "Nasreen Shazia Rubina Samina Parveen Fozia Shabana Kausar Zahida Tahira Naila Rukhsana",
            "Hussain Akhtar Mahmood Bashir Iqbal Rafiq Shafiq Aslam Javed Nawaz Yousaf Sadiq Rashid Arif Saddique Kiani"),
    # Birmingham Yemeni
    "yem": ("Nabil Fuad Adel Saleh Mohsen Jamil Abdulwahab Tawfiq Hamoud Ghazi",
            "Afrah Ibtisam Huda Samira Nawal Arwa Entisar Fathiya Sabah Wafa",
            "Al-Shami Saif Al-Ahdal Qasem Al-Hakimi Ghaleb Mansoor Al-Aghbari Nasser Al-Sanabani Haidar Obadi"),
    # Romanian (Birmingham, Dublin)
    "rom": ("Ionuț Marian Florin Cătălin Bogdan Cosmin Gheorghe Vasile Dorin Mihai Sorin",
            "Mihaela Florentina Ionela Loredana Alina Roxana Nicoleta Daniela Gabriela Elena Corina",
            "Popescu Ionescu Munteanu Lungu Dumitrescu Stoica Ciobanu Moldovan Rusu Barbu Zamfir Diaconu Ungureanu"),
    # Lothian, Fife and Glasgow
    "sco": ("Alasdair Callum Fraser Gregor Hamish Iain Euan Stewart Alistair Lachlan Graeme Kenny Murdo",
            "Morag Fiona Kirsty Shona Lorna Isla Ailsa Elspeth Eilidh Mhairi Catriona Gillian Rhona",
            "Dalgleish Buchanan Cairns Lindsay Drummond Haldane Menzies Sutherland Urquhart Guthrie Laidlaw Kinnear Rennie Tennant Baillie McAllister Lumsden Beveridge Cowie Souter"),
    # Hebridean Gaelic (Lewis, Harris, Uist)
    "gae": ("Ruairidh Seumas Tormod Dòmhnall Eachann Calum Coinneach Murchadh Uisdean Aonghas",
            "Seonaid Ciorstaidh Màiri Peigi Oighrig Ealasaid Catrìona Raonaid Sìne Dolina",
            "MacAulay MacIver Nicolson MacLennan Matheson MacSween Macleod MacInnes MacNeil MacRitchie MacKinnon Morrison"),
    # south Wales (Cardiff, the valleys, Llanelli)
    "wel": ("Dafydd Rhodri Gethin Iwan Emyr Aled Gwilym Huw Owain Geraint Rhys Gruffydd Llŷr Meirion",
            "Ffion Nia Bethan Siân Eleri Angharad Catrin Rhiannon Glesni Mererid Lowri Heledd Manon Sioned",
            "Llewellyn Prosser Bevan Vaughan Rees Howells Griffiths Tudor Parry Watkins Jenkins Morgan Pritchard Powell Davies Evans Hopkins Bowen Probert Meredith"),
    # Cardiff Sylheti Bengali
    "cyb": ("Shahid Moinul Jubair Rezaul Anwar Kamrul Mizanur Foysal Shamim Abul",
            "Shirin Rehana Jahanara Nazma Rupa Shapla Jesmin Rokeya Hasina Amena",
            "Miah Uddin Choudhury Hoque Talukdar Ahmed Chowdhury Sarkar Haque Mollah"),
    # Ulster (Belfast, Antrim, Tyrone)
    "uls": ("Cathal Ciaran Declan Niall Ronan Trevor Stephen Raymond Gerard Conor Eamon Alastair",
            "Roisin Aoife Orla Sinead Clodagh Gráinne Lorraine Geraldine Bronagh Caroline Shauna Janine",
            "McCrory Donnelly McKeown Hagan Mulholland Devlin McIlroy Gilmore Fitzsimons Irvine McCann McAleese Loughran Quinn McGuigan Hamill Beattie Magee"),
    # East Timorese (Dungannon)
    "tim": ("Joaquim Agostinho Domingos Mateus Zeferino Januário Adelino Florindo",
            "Esperança Madalena Filomena Aurélia Natalina Albertina Rosalina Jacinta",
            "da Costa/Soares/Belo/Guterres/Ximenes/Pereira/Amaral/dos Santos/Sarmento/Freitas/Martins"),
    # western and central Pennsylvania (Polish, Slovak, Italian and German heritage)
    "pit": ("Kyle Brandon Shawn Derek Travis Gary Ronald Dennis Gregory Anthony Vincent Ryan Cody",
            "Brittany Kristen Tammy Denise Colleen Lori Dana Stacy Melissa Kimberly Nicole Tiffany Christine",
            "Kowalczyk Yablonski Dombrowski Novak Ferraro DiNardo Sciulli Hartman Kline Zimmerman Heffner Urbanski Mancini Sokol Hrabosky Petrucci Kuzma Wojcik Pavlik Grabowski"),
    # Black Philadelphia
    "phb": ("Darnell Tyrone Jamal Marquis DeShawn Andre Terrence Reginald Lamont Cornell Dwayne",
            "Keisha Tanisha Latoya Imani Aaliyah Shantel Jacqueline Yolanda Tamika Monique Rochelle",
            "Whitfield Gaines Dorsey Pettaway McFadden Holloway Coleman Mayfield Rountree Satterwhite Blount Pinkett Womack"),
    # Puerto Rican (Philadelphia, Allentown, Reading)
    "prc": ("Luis José Héctor Edwin Yadiel Jorge Wilfredo Efraín Raúl Javier Nelson",
            "Yesenia Marisol Migdalia Nilda Yaritza Carmen Maribel Zoraida Ivelisse Damaris",
            "Colón Rivera Santiago Vélez Ortiz Cintrón Quiñones Figueroa Maldonado Rosado Negrón Acevedo Pagán"),
    # Bhutanese-Nepali (Pittsburgh, Harrisburg)
    "bhu": ("Tek/Bhim/Hari/Dil/Chandra/Bhakta/Dhan/Ganesh/Purna/Om Nath",
            "Kamala/Tulasha/Pabitra/Dil Maya/Man Maya/Bhagirathi/Chandrakala/Sumitra/Tika Devi",
            "Gurung Subba Tamang Adhikari Pokhrel Ghimire Dahal Bhattarai Mongar Khadka Chhetri Rizal"),
    # Pennsylvania Dutch (Lancaster County)
    "pam": ("Amos Jonas Levi Aaron Elam Reuben Menno Benuel",
            "Sadie Katie Mattie Malinda Sylvia Lydia Naomi Fannie",
            "Stoltzfus Beiler Esh Lapp Zook Glick Riehl Byler Ebersol Smucker Petersheim"),
    # New South Wales (Sydney, the Illawarra, the Hunter, the central west)
    "nsw": ("Brendan Shane Lachlan Corey Jarrod Glenn Troy Bradley Darryl Nathan Damien",
            "Kylie Leanne Belinda Narelle Tegan Jodie Renee Kristy Tanya Shelley Bronwyn",
            "McGrath O'Loughlin Cullen Lockyer Hennessy Kennedy Dawson Haddon Pryor Gallagher Fenech Tobin Hogan McInerney Zammit"),
    # Vietnamese Australian (Cabramatta, Bankstown)
    "vie": ("Minh Tuan Hung Quang Dung Thanh Duc Khanh Phuc Hieu Vinh",
            "Lan Huong Thuy Ngoc Trang Hanh Phuong Linh Thao Hoa",
            "Nguyen Tran Pham Huynh Dang Truong Ngo Duong Hoang Phan Bui Dinh"),
    # Assyrian Australian (Fairfield, Bossley Park)
    "asy": ("Ninos Ashur Sargon Fadi Ramsin Yonan Shimon Nimrod",
            "Ninwa Shamiram Atour Nahrain Ramina Shlama Bernadette Samira",
            "Khoshaba Odisho Yousif Benyamin Gewargis Warda Toma Oraha Shamoon Eshoo Audisho Kanoun"),
    # Filipino (Blacktown; nurses everywhere)
    "fil": ("Rodel Jericho Arnel Ronaldo Jomar Reynaldo Marlon Danilo Efren Rommel",
            "Maricel Rowena Marites Rosalie Jocelyn Analyn Marilou Imelda Teresita Lorelei",
            "Dela Cruz/Bautista/Mendoza/Villanueva/Aquino/Pascual/Manalo/Macaraeg/Dimaculangan/Soriano/Tolentino/Ramos"),
    # Ontario (Toronto, the Golden Horseshoe, the north)
    "onx": ("Tyler Curtis Blair Brent Garrett Derek Kurt Jeffrey Trent Mitchell Spencer Denis",
            "Shannon Courtney Kendra Meaghan Lindsay Tara Melanie Chantal Nathalie Jocelyne Stephanie",
            "MacPherson Beaulieu Lalonde Tremblay Gauthier Thibodeau Kowalchuk Vandermeer Fitzpatrick Stoddart Laframboise Desjardins Chartrand Whitmore Pelletier Boyko"),
    # Indo-Caribbean (Brampton, Scarborough)
    "igy": ("Deonarine Ramesh Sunil Rajendra Anand Dhanraj Khemraj Bhisham Roopnarine",
            "Savitri Indira Shanti Kamla Bibi Sabita Rookmin Deomattie Parbatie Latchmin",
            "Persaud Ramdass Ramnarine Seepersad Mohabir Doodnauth Jagdeo Ramsaroop Boodram Mangal Ramcharan Lall"),
    # the Maritimes and Newfoundland (Acadian, Cape Breton Scots)
    "mar": ("Dwight Colin Blaine Allister Darrell Gordie Rodney Leo Roland Marc",
            "Marlene Wendy Rhonda Joanne Darlene Carla Annette Paulette Yvette Glenda Lise",
            "MacIsaac Boudreau LeBlanc Comeau d'Entremont MacNeil Chisholm MacKinnon Doucet Arsenault Gallant Poirier Hickey Penney"),
    # Mi'kmaw (Eskasoni, Membertou)
    "mik": ("Roderick Wilfred Everett Cyril Leonard Terrance Darcy Austin",
            "Marilyn Doreen Theresa Mabel Bernadette Georgina Sharlene Cheryl",
            "Sylliboy Googoo Knockwood Doucette Julien Denny Augustine Gould Poulette Bernard Herney"),
    # British Columbia (the Lower Mainland, the Fraser Valley Mennonites, the Island)
    "bcx": ("Cameron Dustin Jordan Evan Reid Brett Shaun Devin Kurtis Jared",
            "Brianna Kelsey Jenna Alyssa Chelsea Heidi Tanis Carly Raylene",
            "Thorsteinson Gustafson Mackay Ritchie Lundgren Harrington Pemberton Wiebe Friesen Dyck Penner Klassen Enns"),
    # Chinese Canadian (Cantonese; Vancouver, Richmond)
    "bcc": ("Kenneth Raymond Alvin Edmund Stanley Desmond Clement Wilfred",
            "Winnie Irene Connie Shirley Priscilla Vivian Agnes Doris Eunice",
            "Leung Cheung Kwan Chow Wong Yeung Tsang Kwok Chiu Fung Louie Quon Jang"),
    # Irish (Dublin, Wicklow, Cork, Galway)
    "irl": ("Ciarán Donal Fergal Cathal Eoin Colm Tadhg Diarmuid Seán Ruairí Cormac Darragh Oisín Éamonn",
            "Aoife Síle Niamh Gráinne Deirdre Caoimhe Máire Siobhán Orlaith Clíona Sorcha Eimear Úna Aisling",
            "O'Sullivan/Cronin/Lenihan/Kiely/Moynihan/O'Driscoll/Scanlon/Keohane/Hegarty/Twomey/Dunphy/Brennan/Ó Súilleabháin/Mac Cárthaigh/Ó Briain/Ó Murchú/Nagle/Foley"),
    # Pākehā New Zealand
    "pkh": ("Bryce Kieran Logan Rhys Hayden Warrick Damon Brodie Nathan Shaun",
            "Kirsty Hayley Jacinda Tania Kerryn Robyn Anneliese Courtney Shona",
            "Hargreaves Donaldson McKenzie Tolhurst Barnett Wigley Corbett Rutherford Strachan Gillespie Elworthy Bracefield"),
    # Māori
    "mao": ("Wiremu Rawiri Tamati Hemi Manaia Nikau Tama Whetu Rangi Hōhepa",
            "Aroha Mereana Huia Hinemoa Anahera Kiri Ngaire Marama Roimata Mere",
            "Ngata/Tipene/Parata/Te Whata/Pomare/Rangihau/Herewini/Te Awa/Tamihana/Ruatapu/Paewai/Karaka/Tautahi/Wihongi/Te Kani"),
    # Tongan (south Auckland)
    "ton": ("Sione Viliami Tevita Sitani Siaosi Semisi Lopeti Feleti Maka",
            "Mele Losaline Salote Lesieli Sela Kalolaine Heilala Vika",
            "Taufa Fifita Vaipulu Latu Havili Tupou Kioa Moala Funaki Taumoepeau Mahe Fonua Vea Lolohea"),
    # Delhi and the NCR (Hindi, Punjabi)
    "hin": ("Rakesh Sanjeev Vivek Alok Pankaj Manoj Deepak Rajiv Ashok Naveen Gaurav Sushil",
            "Sunita Neelam Anjali Pooja Rekha Kavita Meenu Seema Ritu Shalini Preeti Nisha",
            "Sharma Aggarwal Khanna Malhotra Tyagi Chauhan Saxena Rastogi Bhatia Gupta Verma Kapoor Sethi Arora"),
    # Tamil (Chennai): the "surname" is the father's given name, printed as an initial
    "tam": ("Senthilkumar Murugan Karthikeyan Balaji Saravanan Selvaraj Anbarasan Rajendran Kannan Manikandan Prabhu Vignesh",
            "Kavitha Selvi Revathi Meenakshi Thenmozhi Malathi Vasanthi Jayanthi Kalaiselvi Sumathi Deepa Nithya",
            "Ramasamy Palanisamy Subramanian Natarajan Krishnan Velu Arumugam Shanmugam Periyasamy Govindan Chinnasamy Rajagopal"),
    # Bangladeshi (international patients)
    "bng": ("Rafiqul Shafiqul Mosharraf Jahangir Tofazzal Mahbub Golam",
            "Shahnaz Parvin Nasima Laila Rahima Kohinoor Momtaz",
            "Hossain Sarker Bhuiyan Mridha Akanda Howlader Sikder Mondal Khandaker"),
    # Singapore Chinese: two-syllable given names, the surname printed first
    "sgc": ("Boon Huat/Kok Leong/Wei Liang/Chee Keong/Teck Soon/Jun Hao/Kah Meng/Guan Hock/Yong Sheng",
            "Siew Ling/Mei Hua/Pei Shan/Li Ting/Geok Eng/Bee Choo/Hui Xin/Shu Fen/Ai Ling",
            "Goh Teo Ong Koh Lim Chua Sim Yeo Tay Chia Tan Heng Quek Seah Toh"),
    # Malay (Singapore, Malaysia): the "surname" is the father's name after bin / binti
    "mal": ("Mohd Faizal/Ahmad Zaki/Muhammad Hafiz/Khairul Anuar/Azman/Rosli/Shahrul Nizam/Zulkifli/Hairul/Mohd Ridzuan",
            "Nurul Aina/Siti Aminah/Noraini/Rosnah/Zaleha/Nor Hayati/Faridah/Suhaila/Rohani/Nur Izzati",
            "Ismail/Hassan/Yusof/Osman/Razak/Hamid/Ibrahim/Salleh/Jaafar/Harun/Mahmud/Kassim"),
    # Malaysian Chinese (Hokkien / Hakka / Cantonese romanisations)
    "myc": ("Chee Keong/Ah Kow/Kok Wai/Soon Huat/Wai Kit/Yew Meng/Kim Hock/Chin Hong",
            "Siew Lan/Mei Ling/Ah Moi/Poh Choo/Geok Lian/Sook Yee/Lai Peng/Swee Lin",
            "Lim Tan Wong Chong Teh Ooi Khoo Lau Yap Liew Chin"),
    # Malaysian Indian (Tamil): a/l, a/p and the father's name
    "myi": ("Ravi Kumaresan Selvam Ganesan Thanabalan Rajan Maniam Sivakumar",
            "Letchumi Saraswathy Pushpa Kalaivani Vasantha Malar Mageswari Kogilavani",
            "Muniandy Suppiah Arumugam Perumal Sinnathamby Veerasamy Karuppiah Nadarajah Subramaniam Govindasamy"),
    # Hong Kong Cantonese: hyphenated given names, the surname printed first
    "hkc": ("Tai-man Kwok-keung Wing-hong Chi-ming Ka-lok Siu-kei Chun-wai Kin-fai Wai-kit",
            "Siu-ling Mei-yee Wai-ling Yuk-lan Suk-fan Lai-kuen Pui-shan Ka-yan Man-yee",
            "Chan Wong Leung Cheung Lau Tsang Yeung Kwok Mak Fung Lam Chow Yip Tse"),
    # Tsonga, Venda and Sotho (Gauteng, Limpopo)
    "tso": ("Hlulani Tiyani Ntsako Rhulani Vongani Tshilidzi Rendani Ndivhuwo Thabo Kgotso",
            "Nyiko Tsakani Masingita Khensani Hlamalani Tshifhiwa Mulalo Lerato Dimakatso Palesa",
            "Baloyi Maluleke Chauke Mathebula Ngobeni Mabunda Shivambu Mudau Netshitenzhe Mokoena Molefe"),
    # Afrikaans and English South African
    "afk": ("Johan Pieter Warren Gavin Hendrik Riaan Wessel Deon Brett Francois",
            "Annelie Marelize Leigh-Anne Chantelle Elize Ronel Carina Sonja Hanlie",
            "Pretorius/Botha/Venter/Coetzee/Swanepoel/Steyn/Joubert/Fourie/Kruger/du Plessis/van Wyk/Oosthuizen"),
    # Shona (Zimbabwean staff in the UK, Ireland, New Zealand and South Africa)
    "zin": ("Tinashe Tendai Farai Tafadzwa Kudakwashe Tatenda Simbarashe",
            "Rumbidzai Chipo Nyasha Rutendo Tsitsi Fadzai Vimbai Ruvimbo",
            "Chikwanha Mutasa Gumbo Mapfumo Nyathi Chiwenga Makoni Mhlanga Zvobgo Marufu"),
    # Yoruba (Lagos)
    "yor": ("Adebayo Olumide Babatunde Oluwaseun Femi Kayode Tunde Adewale Olusegun Gbenga",
            "Folasade Adenike Oluwakemi Yetunde Bukola Funmilayo Abimbola Omolara Titilayo Morenike",
            "Adeyemi Ogunleye Oyelaran Bakare Adekunle Ogundipe Akinola Olatunji Adebisi Okunola Oyewole"),
    # Igbo
    "igb": ("Chukwuemeka Obinna Ikenna Nnamdi Chinedu Uchenna Ifeanyi Emeka Kelechi Chidi",
            "Ngozi Chiamaka Adaeze Nneka Chioma Ifeoma Obiageli Amarachi Ebele Uchechi",
            "Okonkwo Nwosu Okafor Nnaji Okoye Anyanwu Ezeh Nwachukwu Uzoma Chukwu Ibekwe"),
    # Keralite (nurses and pharmacists abroad)
    "ker": ("Jijo Bibin Anish Shibu Jithin Sijo Renjith Sreejith",
            "Divya Ancy Jincy Reshma Soumya Neethu Anju Sini Bincy Jisha",
            "Varghese Kurian Mathew Chacko Cherian Kuriakose Ninan Paulose Zacharia Eapen Pillai Menon"),
    # Pakistani (doctors in the UK and Ireland)
    "pkd": ("Faisal Usman Bilal Hamza Waqas Kashif Adnan Shoaib",
            "Ayesha Sana Mehwish Hira Sadia Amna Rabia Zainab",
            "Qureshi Chaudhry Siddiqui Malik Sheikh Mirza Abbasi Durrani Hashmi Bukhari Zaidi"),
}


def _split(s: str) -> list[str]:
    """"/"-separated where entries hold spaces, else space-separated."""
    return [w.strip() for w in s.split("/")] if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["wmb", "wmb", "wmb", "pun", "kas", "yem"], "sc": ["sco", "sco", "sco", "gae", "kas"],
    "cy": ["wel", "wel", "wel", "cyb"], "ni": ["uls", "uls", "uls", "tim"],
    "us": ["pit", "pit", "phb", "prc", "bhu", "pam"], "au": ["nsw", "nsw", "vie", "asy", "fil"],
    "on": ["onx", "onx", "igy"], "ns": ["mar", "mar", "mik"], "bc": ["bcx", "bcx", "bcc"],
    "ie": ["irl", "irl", "irl", "rom"], "nz": ["pkh", "mao", "mao", "ton"], "in": ["hin", "tam"],
    "sg": ["sgc", "sgc", "mal"], "hk": ["hkc"], "my": ["mal", "mal", "myc", "myi"], "za": ["tso", "tso", "afk"],
    "ng": ["yor", "igb"],
}
STAFF_INTL = ["ker", "fil", "zin", "pkd", "rom", "igb"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ns", "bc", "ie", "nz")
GRP_LOC = {"wmb": "en_GB", "sco": "en_GB", "wel": "en_GB", "uls": "en_GB", "pit": "en_US", "nsw": "en_AU",
           "onx": "en_CA", "mar": "en_CA", "bcx": "en_CA", "irl": "en_IE", "pkh": "en_NZ", "hin": "en_IN"}
_FAKERS: dict[str, Faker] = {}
# English names taken by Hong Kong, Singapore and Malaysian Chinese patients
ENG = {"m": ["Kenneth", "Raymond", "Alvin", "Eric", "Dickson", "Ricky", "Desmond", "Jeremy", "Terence", "Melvin"],
       "f": ["Winnie", "Irene", "Connie", "Shirley", "Vivian", "Agnes", "Joyce", "Gloria", "Cheryl", "Adeline"]}
# names that are also ordinary words: drawn on purpose for about one English-speaking patient or relative in
# eight (the note is redrawn if the word also occurs unlabelled)
WORDY_GRPS = ("wmb", "sco", "wel", "uls", "pit", "phb", "nsw", "onx", "mar", "bcx", "irl", "pkh")
WORDY = {"m": ["Frank", "Drew", "Rusty", "Dale", "Glen", "Lance", "Wade", "Rocky", "Sonny", "Heath"],
         "f": ["Dawn", "Faith", "Joy", "Grace", "Summer", "Holly", "Ivy", "Pearl", "Ruby", "Hazel", "Robin"],
         "l": ["Fox", "Marsh", "Hill", "Wood", "Sharp", "Banks", "Fields", "Frost", "Moss", "Lamb", "Hale", "Reed",
               "Stone", "Waters", "Hunter", "Fisher", "Swift", "Bird", "Rich"]}

# Ordinary words, trades, colours, virtues, months and the eponyms, scores, drugs, brands and services of
# hepatology and liver transplantation: never drawn as names (WORDY above is the deliberate exception)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Mason Baker
Grant Gill Wells Hill King Bush Page Hall Wood Marsh Moss Stone Lane Ford Field Fields Banks Shaw Fisher Hunter
Walker Carter Turner Glass Fox Nash Price Cross Street Church Mills Mill Rivers Lake Brooks Spring Summer Winter
Frost Snow Rain Storm Golden Silver Gold Sterling Joy Faith Grace Patience Charity Chance Sharp Swift Strong Wise
Noble Bright Best Hardy Sweet Miles Major Judge Marshal Law Knight Dean Pope Abbott Monk Parsons Chaplain Sexton
Smith Taylor Butler Barber Cooper Draper Fletcher Glover Hooper Mercer Miller Potter Sawyer Shepherd Slater
Tanner Thatcher Tucker Weaver Webb Wright Archer Bowman Chandler Collier Dyer Farmer Gardner Hayward
Salter Skinner Steward Waters Lamb Bird Finch Crane Drake Heron Swan Wren Robin Hawk Peacock Sparrow Rich
Poor Little Small Short Tall Large Strange Good Love Lover Kind Bold Brave Free Lord Lady Prince Duke Earl Baron
April May June July August Autumn Dawn Sunny Holly Ivy Pearl Ruby Hazel Amber Jade Crystal Coral Cherry Honey
Candy Sugar Berry Olive Daisy Lily Iris Violet Heather Fern Sky Star Storm Rusty Rocky Sonny Frank Drew Dale
Glen Lance Wade Heath Hale Reed Rush Bush Rock Cliff Ridge Vale Dell Glenn Bill Will Mark Jack Pat Sue Nick
Child Pugh Turcotte Maddrey Lille Baveno Sengstaken Blakemore Linton Minnesota Milan Wilson Budd Chiari Gilbert
Kasai Roux Whipple Kaplan Meier Couinaud Mallory Denk Zieve Caroli Alagille Crigler Najjar Dubin Johnson Rotor
Reye Kayser Fleischer Courvoisier Murphy Charcot Reynolds Cantlie Pringle Glisson Kupffer Disse Hering Clavien
Dindo Fontan Haven Conn Hartmann Seldinger Doppler Fibroscan FibroScan Echosens Fibrotest Elf Lipiodol Maviret
Epclusa Vosevi Harvoni Zepatier Sovaldi Baraclude Viread Vemlidy Prograf Advagraf Envarsus Adoport Modigraf
Cellcept CellCept Myfortic Certican Rapamune Simulect Valcyte Xifaxan Targaxan Duphalac Pabrinex Librium
Glypressin Terlivaz Octaplex Beriplex Zenalb Alburex Ocaliva Urso Destolit Nexavar Lenvima Tecentriq Avastin
Imfinzi Questran Hepsera Entecavir Tenofovir Lactulose Rifaximin Carvedilol Propranolol Spironolactone Albumin
Terlipressin Tacrolimus Cyclosporin Sirolimus Everolimus Basiliximab Prednisolone Azathioprine Mycophenolate
Tazocin Augmentin Cefotaxime Ceftriaxone Ciprofloxacin Septrin Cotrim Valganciclovir Ganciclovir Acamprosate
Baclofen Naltrexone Disulfiram Antabuse Chlordiazepoxide Thiamine Vitamin Omeprazole Lansoprazole Ursodiol
Cholestyramine Bezafibrate Fenofibrate Obeticholic Glecaprevir Pibrentasvir Sofosbuvir Velpatasvir Ledipasvir
Voxilaprevir Ribavirin Interferon Pegasys Hepatitis Cirrhosis Liver Hepatic Portal Ascites Varices Band Bands
Banding Ligation Meld Ukeld Audit Ciwa Glasgow Blatchford Rockall Forrest Bristol Wernicke Korsakoff Lund Browder
Child-Pugh Model Kings Kingsway Hospital Clinic Unit Trust Health Board Service Services Team Transplant Medical
Doctor Nurse Sister Matron Father Mother Brother Son Daughter Wife Husband Partner Carer Friend Patient Client
Mercy Blessing Comfort Angel Saint Christian Christmas Easter Noel Chase Clay Lucky Hunter Wolf Bear Buck Doe
Mann Gay Bone Marrow Graft"""
BAD_NAMES = set(_BAD_TXT.split())
_FAKER_WORDS: set[str] = set()
try:  # Faker draws are screened against the web2 list (lower-case words and their plurals)
    from english_words import get_english_words_set

    _FAKER_WORDS = {w.capitalize() for w in get_english_words_set(["web2"], lower=False) if w.islower()}
    _FAKER_WORDS |= {w + "s" for w in _FAKER_WORDS}
except ImportError:  # pragma: no cover
    pass

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AK", "AL", "AM", "AN", "AP", "AR", "AS", "AT", "AV", "AX",
             "BB", "BC", "BD", "BE", "BG", "BM", "BO", "BP", "BS", "BT", "CA", "CC", "CD", "CF", "CH", "CI", "CK",
             "CM", "CO", "CP", "CR", "CT", "CV", "CX", "DA", "DC", "DD", "DM", "DN", "DO", "DR", "DS", "DT", "DU",
             "DX", "EA", "EB", "EC", "ED", "EG", "EN", "EP", "ER", "ET", "EU", "FB", "FH", "FM", "FY", "GA", "GB",
             "GI", "GP", "GT", "HA", "HB", "HC", "HD", "HE", "HH", "HI", "HM", "HO", "HR", "HS", "HT", "HV", "IA",
             "IC", "ID", "IF", "IM", "IN", "IO", "IP", "IR", "IS", "IT", "IU", "IV", "JR", "KG", "KS", "LA", "LB",
             "LD", "LE", "LF", "LL", "LP", "LR", "LT", "MA", "MD", "ME", "MG", "MI", "ML", "MM", "MO", "MR", "MS",
             "MT", "MY", "NA", "NB", "NE", "NG", "NH", "NI", "NJ", "NK", "NM", "NN", "NO", "NP", "NS", "NT", "NV",
             "NY", "NZ", "OA", "OD", "OG", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PB", "PC", "PD", "PE", "PH",
             "PI", "PM", "PN", "PO", "PR", "PT", "PV", "QD", "RA", "RB", "RE", "RF", "RN", "RR", "RT", "RV", "SA",
             "SB", "SC", "SD", "SE", "SG", "SI", "SL", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "TB", "TC", "TD",
             "TE", "TF", "TG", "TN", "TO", "TR", "TS", "TT", "TV", "TX", "UA", "UC", "UK", "UP", "US", "UV", "VA",
             "VT", "WA", "WB", "WE", "WR", "WV", "XR"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """The note drew something it must not (a reused name, clashing initials)."""


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
        "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}", "long": f"{d.day} {mo} {y}",
        "nth": f"{_nth(d.day)} {mo} {y}", "nthmo": f"{_nth(d.day)} {mo}", "nthof": f"{_nth(d.day)} of {mo} {y}",
        "dmo": f"{d.day} {mo}", "sh": f"{d.day} {m3} {y}", "ddsh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}",
        "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd}-{m3.upper()}-{y}",
        "DMONsp": f"{dd} {m3.upper()} {y}", "dmonc": f"{dd}{m3.upper()}{yy}", "dslmon": f"{dd}/{m3}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymdc": f"{y}{mm}{dd}", "ymon": f"{y}-{m3}-{dd}",
        "ymd.": f"{y}.{mm}.{dd}",
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
    midn: str = ""  # a whole middle name (Kaur / Singh, Van / Thi, a US middle name) where drawn
    eng: str = ""  # an English name (Hong Kong, Singapore, Malaysian Chinese) where drawn

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
        return self.lf.upper()

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fm(self) -> str:
        return f"{self.first} {self.mid} {self.last}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def full(self) -> str:
        """With the whole middle name where there is one."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def fi(self) -> str:
        return f"{_ascii(self.first)[0]}. {self.last}"

    @property
    def fi2(self) -> str:
        return f"{_ascii(self.first)[0]} {self.last}"

    @property
    def low(self) -> str:
        return self.fl.lower()

    @property
    def sur(self) -> str:
        """Surname first (Chinese): "Chan Tai-man", "Tan Boon Huat"."""
        return f"{self.last} {self.first}"

    @property
    def SUR(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def bin(self) -> str:
        """Malay: "Nurul Aina binti Ismail"; Malaysian Indian: "Ravi a/l Muniandy"."""
        if self.grp == "myi":
            return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"
        return f"{self.first} {'bin' if self.sex == 'm' else 'binti'} {self.last}"

    @property
    def tam(self) -> str:
        """Tamil: the father's initial first ("R. Senthilkumar")."""
        return f"{_ascii(self.last)[0]}. {self.first}"

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
    def him(self) -> str:
        return "him" if self.sex == "m" else "her"

    @property
    def mf(self) -> str:
        return "M" if self.sex == "m" else "F"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f[0]}@{dom}", f"{f}{la}{len(f) * 7 % 100}@{dom}",
                f"{f}_{la}@{dom}", f"{la}{f[0]}@{dom}"][k % 6]


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
    """NHS / H&C: nine digits weighted 10..2, check = 11 - (sum mod 11), 11 -> 0, 10 never issued."""
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
    """CHI: the DOB as ddmmyy, two digits, a sex digit (odd for men), the mod 11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def spaced(s: str, k: int, parts: tuple[int, ...] = (3, 3, 4)) -> str:
    """A ten-digit number plain, spaced 3-3-4 (or as told) or dashed."""
    if k % 3 == 0:
        return s
    out, i = [], 0
    for n in parts:
        out.append(s[i:i + n])
        i += n
    return (" " if k % 3 == 1 else "-").join(out)


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random) -> str:
    """NMC PIN: two year digits, a month letter, four digits, a country letter (format only)."""
    return f"{r.randint(0, 23):02d}{r.choice('ABCDEFGHIJKL')}{r.randint(0, 9999):04d}{r.choice('EEESWNO')}"


def gphc_no(r: random.Random) -> str:
    return f"20{r.randint(10000, 99999)}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def dea_no(r: random.Random, last: str) -> str:
    """DEA registration: a registrant letter, the surname's initial, six digits and the check digit
    ((d1 + d3 + d5) + 2 (d2 + d4 + d6), last digit)."""
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(chk)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def mbi_no(r: random.Random) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    n = "0123456789"
    pat = [n[1:], al, an, n, al, an, n, al, al, n, n]
    return "".join(r.choice(x) for x in pat)


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1 3 7 9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 5)), str(r.randint(1, 5))


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def au_provider(r: random.Random) -> str:
    """Medicare provider number: six-digit stem, a practice location character and the check character
    ((stem digits weighted 3 5 8 4 2 1, plus 6 x the location value) mod 11 into Y X W T L K J H F B A)."""
    plv = "0123456789ABCDEFGHJKLMNPQRTUVWXY"
    stem = f"{r.randint(200000, 599999)}"
    loc = r.choice(plv[:12])
    tot = sum(int(x) * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + 6 * plv.index(loc)
    return stem + loc + "YXWTLKJHFBA"[tot % 11]


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2 4 8 5 10 9 7 3 (products mod 11), check = 11 - (sum mod 11)."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            return "9" + "".join(map(str, d)) + str(c)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod 23 check letter, and on newer numbers an "A" (weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2 = r.randint(0, 9), r.randint(0, 9)
            fifth = r.choice(_NHI)
            tot = sum(v * w for v, w in zip(vals + [n1, n2, _NHI.index(fifth) + 1], [7, 6, 5, 4, 3, 2], strict=True))
            c = 23 - tot % 23
            return f"{letters}{n1}{n2}{fifth}{_NHI[c - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S or T, seven digits (the first two the birth year), the check letter."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def hkid(r: random.Random) -> tuple[str, str]:
    """HKID: a letter, six digits and the check character (weights 9 (space = 36) 8 7 6 5 4 3 2,
    11 - sum mod 11, 10 -> A); returns (body, check)."""
    ch = r.choice("ACDEGHKPRVWYZ")
    d = [r.randint(0, 9) for _ in range(6)]
    tot = 36 * 9 + (ord(ch) - 55) * 8 + sum(x * w for x, w in zip(d, [7, 6, 5, 4, 3, 2], strict=True))
    c = 11 - tot % 11
    return ch + "".join(map(str, d)), {10: "A", 11: "0"}.get(c, str(c))


def mykad(r: random.Random, dob: date, sex: str, state: str) -> str:
    """Malaysian MyKad: yymmdd, the state code, four digits (odd last digit for men); format only."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{state}-{r.randint(100, 999)}{last}"


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
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str | None, ...] | None = None,
          tel: list[str] | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        line, town, z = addr
        pt["address"] = [{k: v for k, v in (("line", [line] if line else None), ("city", town), ("postalCode", z))
                          if v}]
    if tel:
        pt["telecom"] = [{"system": "email" if "@" in t else "phone", "value": t} for t in tel]
    return pt


# ---------------------------------------------------------------------------------------- liver bloods and scores
@dataclass
class Lv:
    """One set of liver bloods (SI units: bilirubin and creatinine umol/L, albumin g/L) with the ascites and
    encephalopathy grades (1 none, 2 mild / grade 1-2, 3 moderate-severe / grade 3-4) for the scores."""

    bili: int
    alb: int
    inr: float
    cr: int
    na: int
    plt: int
    alt: int
    ast: int
    alp: int
    ggt: int
    hb: int
    asc: int
    he: int
    fem: bool

    @property
    def bili_mg(self) -> float:
        return round(self.bili / 17.1, 1)

    @property
    def cr_mg(self) -> float:
        return round(self.cr / 88.4, 2)

    @property
    def alb_dl(self) -> float:
        return round(self.alb / 10, 1)

    def cp(self) -> tuple[int, str]:
        b = 1 if self.bili < 34 else (2 if self.bili <= 50 else 3)
        a = 1 if self.alb > 35 else (2 if self.alb >= 28 else 3)
        i = 1 if self.inr < 1.7 else (2 if self.inr <= 2.3 else 3)
        s = b + a + i + self.asc + self.he
        return s, "A" if s <= 6 else ("B" if s <= 9 else "C")

    def meld(self) -> int:
        b, i, c = max(self.bili_mg, 1.0), max(self.inr, 1.0), min(max(self.cr_mg, 1.0), 4.0)
        return round(10 * (0.957 * math.log(c) + 0.378 * math.log(b) + 1.12 * math.log(i) + 0.643))

    def meldna(self) -> int:
        m = self.meld()
        na = min(max(self.na, 125), 137)
        return round(m + 1.32 * (137 - na) - 0.033 * m * (137 - na)) if m > 11 else m

    def meld3(self) -> int:
        b, i = max(self.bili_mg, 1.0), max(self.inr, 1.0)
        c = min(max(self.cr_mg, 1.0), 3.0)
        na = min(max(self.na, 125), 137)
        al = min(max(self.alb_dl, 1.5), 3.5)
        v = (1.33 * self.fem + 4.56 * math.log(b) + 0.82 * (137 - na) - 0.24 * (137 - na) * math.log(b)
             + 9.09 * math.log(i) + 11.14 * math.log(c) + 1.85 * (3.5 - al) - 1.83 * (3.5 - al) * math.log(c) + 6)
        return max(6, round(v))

    def ukeld(self) -> int:
        return round(5.395 * math.log(max(self.inr, 1.0)) + 1.485 * math.log(self.cr) + 3.13 * math.log(self.bili)
                     - 81.565 * math.log(self.na) + 435)


# ---------------------------------------------------------------------------------------- the note context
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
        d = date(2024, 7, 1) + timedelta(days=self.r.randint(0, 500))
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

    def kv(self, rows: list[tuple[str, str]], sep: str = "\n", lead: str = "") -> C:
        """label: value rows, the value clinical."""
        for lab, val in rows:
            self.t(f"{lead}{lab}").c(val).t(sep)
        return self

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

    def _ok(self, words: list[str], fake: bool, wordy: str = "") -> bool:
        for w in words:
            if not w.replace("'", "").isalpha() or w.lower() in self.used:
                return False
            if w in BAD_NAMES and w != wordy:
                return False
            if fake and (w in _FAKER_WORDS or len(w) < 3):
                return False
        return True

    def person(self, grp: str, sex: str | None = None, fake: bool = False, last: str | None = None,
               wordy: bool = False) -> P:
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
            wd = ""
            if wordy and grp in WORDY_GRPS and self.yes(0.13):
                if last or self.yes(0.5):
                    first = wd = self.ch(WORDY[sex])
                else:
                    la = wd = self.ch(WORDY["l"])
            la = _inflect(la, grp, sex)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok([w for w in words if w not in PARTICLES], loc is not None, wd):
                continue
            self.used.update(w.lower() for w in words if w not in PARTICLES)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp, loc)
            if grp == "pun" and self.yes(0.45):
                q.midn = "Singh" if sex == "m" else "Kaur"
            elif grp == "vie" and self.yes(0.4):
                q.midn = "Van" if sex == "m" else "Thi"
            elif grp in ("pit", "phb", "prc", "pam") and self.yes(0.3):
                q.midn = self._extra(ms if sex == "m" else fs)
            elif grp in ("hkc", "sgc", "myc") and self.yes(0.4):
                q.eng = self._extra(ENG[sex])
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(e.split(), False):
                self.used.update(w.lower() for w in e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, grp in GRP_LOC and self.r.random() < 0.2, wordy=True)

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the family's group (or Faker locale); blood relatives keep the surname, except where
        the second name is the father's given name (Tamil, Malay, Malaysian Indian), where a child of a man
        takes his given name."""
        if same and q.grp in ("tam", "mal", "myi"):
            if q.sex == "m":
                return self.person(q.grp, sex, last=q.first)
            dad = self.person(q.grp, "m")
            return self.person(q.grp, sex, last=dad.first)
        return self.person(q.grp, sex, q.loc is not None, q.last if same else None, wordy=True)

    def spouse(self, q: P) -> P:
        """Husband or wife: a wife takes the husband's surname in about half of the English-speaking groups."""
        sx = "f" if q.sex == "m" else "m"
        share = q.grp in WORDY_GRPS + ("pam", "pun", "mar", "mik", "bcx", "afk") and self.yes(0.55)
        return self.person(q.grp, sx, q.loc is not None, q.last if share else None, wordy=True)

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

    def liver(self, sev: str, fem: bool) -> Lv:
        """Bloods for a Child-Pugh A, B or C patient."""
        r = self.r
        if sev == "A":
            lv = Lv(r.randint(8, 30), r.randint(36, 45), round(r.uniform(1.0, 1.3), 1), r.randint(55, 105),
                    r.randint(135, 142), r.randint(85, 210), r.randint(18, 70), r.randint(22, 80), r.randint(70, 160),
                    r.randint(30, 260), r.randint(118, 152), 1, 1, fem)
        elif sev == "B":
            lv = Lv(r.randint(26, 62), r.randint(28, 35), round(r.uniform(1.3, 1.9), 1), r.randint(60, 135),
                    r.randint(129, 139), r.randint(55, 125), r.randint(20, 90), r.randint(35, 120), r.randint(90, 220),
                    r.randint(60, 420), r.randint(98, 135), r.choice([1, 2, 2]), r.choice([1, 1, 2]), fem)
        else:
            lv = Lv(r.randint(48, 290), r.randint(20, 29), round(r.uniform(1.7, 3.1), 1), r.randint(70, 230),
                    r.randint(123, 136), r.randint(32, 95), r.randint(25, 120), r.randint(45, 180), r.randint(100, 260),
                    r.randint(40, 300), r.randint(82, 118), r.choice([2, 3, 3]), r.choice([1, 2, 2, 3]), fem)
        return lv

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def adult(self, lo: int = 30, hi: int = 70) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 18, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 45, 67, 71, 86, 98, 101, 108, 122, 148, 174, 203, 209])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(2, 254)}"


PARTICLES = {"da", "dos", "de", "du", "van", "Van", "Thi", "Singh", "Kaur", "Te", "Ó", "Mac", "Ní", "Nic", "Al"}
_GA_F = {"Ó Súilleabháin": "Ní Shúilleabháin", "Mac Cárthaigh": "Nic Cárthaigh", "Ó Briain": "Ní Bhriain",
         "Ó Murchú": "Ní Mhurchú"}


def _inflect(last: str, grp: str, sex: str) -> str:
    """Irish-language surnames take their women's forms (Ó -> Ní, Mac -> Nic, with lenition)."""
    if sex == "f" and grp == "irl":
        return _GA_F.get(last, last)
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, unit, practice and service names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode district or code, phone area, county / state / city)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Erdington", "B24", "0121", ""), ("Sutton Coldfield", "B73", "0121", ""), ("Solihull", "B91", "0121", ""),
           ("Dudley", "DY1", "01384", ""), ("Stourbridge", "DY8", "01384", ""), ("Walsall", "WS1", "01922", ""),
           ("Bloxwich", "WS3", "01922", ""), ("Wolverhampton", "WV4", "01902", ""), ("Bilston", "WV14", "01902", ""),
           ("West Bromwich", "B71", "0121", ""), ("Halesowen", "B63", "0121", ""), ("Redditch", "B98", "01527", ""),
           ("Bromsgrove", "B60", "01527", ""), ("Tamworth", "B77", "01827", ""), ("Cannock", "WS11", "01543", ""),
           ("Coventry", "CV6", "024", ""), ("Nuneaton", "CV10", "024", ""), ("Kidderminster", "DY11", "01562", ""),
           ("Tipton", "DY4", "0121", ""), ("Smethwick", "B66", "0121", ""), ("Sparkhill", "B11", "0121", ""),
           ("Alum Rock", "B8", "0121", ""), ("Kingstanding", "B44", "0121", ""), ("Chelmsley Wood", "B37", "0121", "")],
    "sc": [("Livingston", "EH54", "01506", ""), ("Musselburgh", "EH21", "0131", ""), ("Dalkeith", "EH22", "0131", ""),
           ("Kirkcaldy", "KY1", "01592", ""), ("Dunfermline", "KY12", "01383", ""), ("Glenrothes", "KY7", "01592", ""),
           ("Leith", "EH6", "0131", ""), ("Portobello", "EH15", "0131", ""), ("Bathgate", "EH48", "01506", ""),
           ("Paisley", "PA1", "0141", ""), ("Motherwell", "ML1", "01698", ""), ("Stornoway", "HS1", "01851", ""),
           ("Falkirk", "FK1", "01324", ""), ("Penicuik", "EH26", "01968", ""), ("Methil", "KY8", "01333", ""),
           ("Wester Hailes", "EH14", "0131", "")],
    "cy": [("Pontypridd", "CF37", "01443", ""), ("Caerphilly", "CF83", "029", ""),
           ("Merthyr Tydfil", "CF47", "01685", ""), ("Aberdare", "CF44", "01685", ""), ("Penarth", "CF64", "029", ""),
           ("Bridgend", "CF31", "01656", ""), ("Llanelli", "SA15", "01554", ""), ("Neath", "SA11", "01639", ""),
           ("Splott", "CF24", "029", ""), ("Tonypandy", "CF40", "01443", ""), ("Newport", "NP20", "01633", ""),
           ("Ystrad Mynach", "CF82", "01443", ""), ("Porthcawl", "CF36", "01656", ""), ("Grangetown", "CF11", "029", "")],
    "ni": [("Lisburn", "BT28", "0289", ""), ("Newtownabbey", "BT36", "0289", ""), ("Bangor", "BT20", "0289", ""),
           ("Ballymena", "BT43", "0282", ""), ("Dungannon", "BT71", "0288", ""), ("Craigavon", "BT64", "0283", ""),
           ("Omagh", "BT78", "0288", ""), ("Enniskillen", "BT74", "0286", ""), ("Carrickfergus", "BT38", "0289", ""),
           ("Antrim", "BT41", "0289", ""), ("Coleraine", "BT52", "0287", ""), ("Newry", "BT35", "0283", ""),
           ("Cookstown", "BT80", "0288", ""), ("Portadown", "BT62", "0283", "")],
    "us": [("Pittsburgh", "15213", "412", "PA"), ("Pittsburgh", "15210", "412", "PA"), ("Bethel Park", "15102", "412", "PA"),
           ("McKeesport", "15132", "412", "PA"), ("Monroeville", "15146", "412", "PA"), ("Greensburg", "15601", "724", "PA"),
           ("Johnstown", "15901", "814", "PA"), ("Altoona", "16602", "814", "PA"), ("Erie", "16502", "814", "PA"),
           ("Harrisburg", "17104", "717", "PA"), ("Lancaster", "17602", "717", "PA"), ("York", "17403", "717", "PA"),
           ("Reading", "19601", "610", "PA"), ("Allentown", "18102", "610", "PA"), ("Philadelphia", "19134", "215", "PA"),
           ("Philadelphia", "19143", "267", "PA"), ("Norristown", "19401", "610", "PA"), ("Scranton", "18505", "570", "PA"),
           ("Wilkes-Barre", "18702", "570", "PA"), ("New Holland", "17557", "717", "PA"), ("Indiana", "15701", "724", "PA"),
           ("Wheeling", "26003", "304", "WV"), ("Youngstown", "44502", "330", "OH")],
    "au": [("Camperdown", "2050", "029", "NSW"), ("Cabramatta", "2166", "029", "NSW"), ("Fairfield", "2165", "029", "NSW"),
           ("Blacktown", "2148", "029", "NSW"), ("Liverpool", "2170", "029", "NSW"), ("Bankstown", "2200", "029", "NSW"),
           ("Penrith", "2750", "024", "NSW"), ("Campbelltown", "2560", "024", "NSW"), ("Wollongong", "2500", "024", "NSW"),
           ("Newcastle", "2300", "024", "NSW"), ("Gosford", "2250", "024", "NSW"), ("Dubbo", "2830", "026", "NSW"),
           ("Tamworth", "2340", "026", "NSW"), ("Wagga Wagga", "2650", "026", "NSW"), ("Lismore", "2480", "026", "NSW"),
           ("Broken Hill", "2880", "088", "NSW"), ("Bossley Park", "2176", "029", "NSW"),
           ("Mount Druitt", "2770", "029", "NSW"), ("Queanbeyan", "2620", "026", "NSW")],
    "on": [("Toronto", "M6H", "416", "ON"), ("Toronto", "M4C", "647", "ON"), ("Scarborough", "M1B", "416", "ON"),
           ("Brampton", "L6Y", "905", "ON"), ("Mississauga", "L5M", "905", "ON"), ("Hamilton", "L8L", "905", "ON"),
           ("Oshawa", "L1H", "905", "ON"), ("Barrie", "L4M", "705", "ON"), ("Sudbury", "P3A", "705", "ON"),
           ("Thunder Bay", "P7B", "807", "ON"), ("Kingston", "K7L", "613", "ON"), ("Ottawa", "K1Y", "613", "ON"),
           ("London", "N6A", "519", "ON"), ("Windsor", "N9A", "519", "ON"), ("Etobicoke", "M9V", "416", "ON")],
    "ns": [("Halifax", "B3H", "902", "NS"), ("Dartmouth", "B2W", "902", "NS"), ("Sydney", "B1P", "902", "NS"),
           ("Truro", "B2N", "902", "NS"), ("Antigonish", "B2G", "902", "NS"), ("Yarmouth", "B5A", "902", "NS"),
           ("New Glasgow", "B2H", "902", "NS"), ("Charlottetown", "C1A", "902", "PE"), ("Summerside", "C1N", "902", "PE"),
           ("Moncton", "E1C", "506", "NB"), ("Saint John", "E2L", "506", "NB"), ("Fredericton", "E3B", "506", "NB"),
           ("Eskasoni", "B1W", "902", "NS"), ("Membertou", "B1S", "902", "NS"), ("Mount Pearl", "A1N", "709", "NL"),
           ("Corner Brook", "A2H", "709", "NL")],
    "bc": [("Vancouver", "V6A", "604", "BC"), ("Vancouver", "V5L", "604", "BC"), ("Burnaby", "V5H", "604", "BC"),
           ("Surrey", "V3T", "604", "BC"), ("Richmond", "V6X", "604", "BC"), ("New Westminster", "V3M", "604", "BC"),
           ("Coquitlam", "V3J", "604", "BC"), ("Abbotsford", "V2S", "604", "BC"), ("Chilliwack", "V2P", "604", "BC"),
           ("Nanaimo", "V9R", "250", "BC"), ("Kamloops", "V2C", "250", "BC"), ("Prince George", "V2L", "250", "BC")],
    "ie": [("Donnybrook", "D04", "01", "Dublin 4"), ("Rathmines", "D06", "01", "Dublin 6"),
           ("Tallaght", "D24", "01", "Dublin 24"), ("Clondalkin", "D22", "01", "Dublin 22"),
           ("Finglas", "D11", "01", "Dublin 11"), ("Swords", "K67", "01", "Co. Dublin"),
           ("Blackrock", "A94", "01", "Co. Dublin"), ("Bray", "A98", "01", "Co. Wicklow"),
           ("Greystones", "A63", "01", "Co. Wicklow"), ("Naas", "W91", "045", "Co. Kildare"),
           ("Navan", "C15", "046", "Co. Meath"), ("Drogheda", "A92", "041", "Co. Louth"),
           ("Mullingar", "N91", "044", "Co. Westmeath"), ("Athlone", "N37", "090", "Co. Westmeath"),
           ("Ballincollig", "P31", "021", "Co. Cork"), ("Mallow", "P51", "022", "Co. Cork"),
           ("Ennis", "V95", "065", "Co. Clare"), ("Tralee", "V92", "066", "Co. Kerry"),
           ("Wexford", "Y35", "053", "Co. Wexford"), ("Letterkenny", "F92", "074", "Co. Donegal"),
           ("Carlow", "R93", "059", "Co. Carlow"), ("Castlebar", "F23", "094", "Co. Mayo")],
    "nz": [("Ōtara", "2023", "09", ""), ("Manurewa", "2102", "09", ""), ("Māngere", "2022", "09", ""),
           ("Papatoetoe", "2025", "09", ""), ("Henderson", "0610", "09", ""), ("Whangārei", "0110", "09", ""),
           ("Hamilton", "3204", "07", ""), ("Rotorua", "3010", "07", ""), ("Tauranga", "3110", "07", ""),
           ("Gisborne", "4010", "06", ""), ("Hastings", "4122", "06", ""), ("Palmerston North", "4410", "06", ""),
           ("Porirua", "5022", "04", ""), ("Lower Hutt", "5010", "04", ""), ("Christchurch", "8011", "03", ""),
           ("Invercargill", "9810", "03", ""), ("Kaitaia", "0410", "09", ""), ("Kaikohe", "0405", "09", "")],
    "indl": [("Lajpat Nagar", "110024", "011", "New Delhi"), ("Rohini", "110085", "011", "Delhi"),
             ("Dwarka", "110075", "011", "New Delhi"), ("Mayur Vihar", "110091", "011", "Delhi"),
             ("Janakpuri", "110058", "011", "New Delhi"), ("Karol Bagh", "110005", "011", "New Delhi"),
             ("Gurugram", "122001", "0124", "Haryana"), ("Faridabad", "121001", "0129", "Haryana"),
             ("Ghaziabad", "201001", "0120", "Uttar Pradesh"), ("Noida", "201301", "0120", "Uttar Pradesh"),
             ("Meerut", "250002", "0121", "Uttar Pradesh"), ("Panipat", "132103", "0180", "Haryana")],
    "inch": [("Velachery", "600042", "044", "Chennai"), ("Anna Nagar", "600040", "044", "Chennai"),
             ("Tambaram", "600045", "044", "Chennai"), ("Mylapore", "600004", "044", "Chennai"),
             ("Adyar", "600020", "044", "Chennai"), ("Porur", "600116", "044", "Chennai"),
             ("Chromepet", "600044", "044", "Chennai"), ("Vellore", "632004", "0416", "Tamil Nadu"),
             ("Madurai", "625020", "0452", "Tamil Nadu"), ("Coimbatore", "641002", "0422", "Tamil Nadu"),
             ("Tiruchirappalli", "620017", "0431", "Tamil Nadu"), ("Salem", "636007", "0427", "Tamil Nadu")],
    "sg": [("Tampines", "52", "", ""), ("Bedok", "46", "", ""), ("Ang Mo Kio", "56", "", ""), ("Toa Payoh", "31", "", ""),
           ("Jurong West", "64", "", ""), ("Woodlands", "73", "", ""), ("Yishun", "76", "", ""), ("Hougang", "53", "", ""),
           ("Bukit Batok", "65", "", ""), ("Sengkang", "54", "", ""), ("Bukit Merah", "15", "", "")],
    "my": [("Selayang", "68100", "03", "Selangor"), ("Batu Caves", "68100", "03", "Selangor"),
           ("Rawang", "48000", "03", "Selangor"), ("Kepong", "52100", "03", "Kuala Lumpur"),
           ("Gombak", "53100", "03", "Selangor"), ("Shah Alam", "40000", "03", "Selangor"),
           ("Klang", "41000", "03", "Selangor"), ("Seremban", "70200", "06", "Negeri Sembilan"),
           ("Ipoh", "30450", "05", "Perak"), ("Kuantan", "25200", "09", "Pahang"),
           ("Sungai Buloh", "47000", "03", "Selangor")],
    "za": [("Parktown", "2193", "011", "Johannesburg"), ("Orlando West", "1804", "011", "Soweto"),
           ("Randburg", "2194", "011", ""), ("Roodepoort", "1724", "011", ""), ("Benoni", "1501", "011", ""),
           ("Germiston", "1401", "011", ""), ("Tembisa", "1632", "011", ""), ("Midrand", "1685", "011", ""),
           ("Pretoria North", "0182", "012", ""), ("Polokwane", "0699", "015", ""), ("Giyani", "0826", "015", ""),
           ("Thohoyandou", "0950", "015", ""), ("Mbombela", "1200", "013", ""), ("Diepkloof", "1862", "011", "Soweto")],
    "ng": [("Surulere", "", "01", ""), ("Ikeja", "", "01", ""), ("Yaba", "", "01", ""), ("Idi-Araba", "", "01", ""),
           ("Mushin", "", "01", ""), ("Ikorodu", "", "01", ""), ("Lekki", "", "01", ""), ("Festac Town", "", "01", ""),
           ("Agege", "", "01", ""), ("Ajah", "", "01", ""), ("Abeokuta", "", "039", "Ogun State"),
           ("Ibadan", "", "02", "Oyo State")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Hagley Road", "Stratford Road", "Warwick Road", "Coventry Road", "Lichfield Road", "Tyburn Road",
           "Bromford Lane", "Yardley Wood Road", "Penn Road", "Tettenhall Road", "Birmingham New Road",
           "Hednesford Road", "Stourbridge Road", "Alcester Road South", "Soho Road", "Ladypool Road",
           "Kingsbury Road", "Foleshill Road", "Holyhead Road", "Wednesbury Road", "Pershore Road"],
    "sc": ["Ferry Road", "Gorgie Road", "Easter Road", "Calder Road", "Dalry Road", "Leith Walk", "Bellfield Street",
           "Main Street", "High Street", "Nicol Street", "Cromwell Street", "Gilmerton Road", "Bridge Street",
           "Almondvale Boulevard", "Kirk Brae"],
    "cy": ["Heol Isaf", "Cowbridge Road East", "Clydach Road", "Heol y Nant", "Commercial Street", "Bute Street",
           "Taff Street", "Stryd Fawr", "Heol Las", "Brynteg Avenue", "Clifton Street", "Coed Glas", "Penylan Road",
           "Ffordd y Parc"],
    "ni": ["Lisburn Road", "Antrim Road", "Ormeau Road", "Killyman Road", "Moy Road", "Castlereagh Road",
           "Gortin Road", "Ballymoney Road", "Cherryvalley Park", "Hillsborough Road", "Donaghmore Road",
           "Circular Road", "Larne Road"],
    "us": ["Forbes Ave", "Murray Ave", "Penn Ave", "Brownsville Rd", "Frankstown Rd", "Walnut St", "Germantown Ave",
           "Kensington Ave", "N 5th St", "Union Deposit Rd", "Old Philadelphia Pike", "Lincoln Hwy", "Ardmore Blvd",
           "Saw Mill Run Blvd", "Castor Ave", "Woodland Ave", "Liberty Ave", "Mahoning Ave"],
    "au": ["Parramatta Road", "John Street", "Hume Highway", "Canley Vale Road", "Great Western Highway",
           "Crown Street", "Macquarie Street", "Keira Street", "Cabramatta Road", "Polding Street", "Peel Street",
           "Darling Street", "Ware Street", "Wentworth Street"],
    "on": ["Dundas St W", "Bloor St W", "Eglinton Ave E", "Kennedy Rd", "Queen St E", "Steeles Ave E",
           "Lawrence Ave W", "Main St N", "Ouellette Ave", "Barton St E", "Simcoe St N", "Bramalea Rd", "Kipling Ave",
           "Danforth Ave"],
    "ns": ["Quinpool Road", "Robie Street", "Portland Street", "Charlotte Street", "Water Street", "Main Street",
           "Mountain Road", "Topsail Road", "Spring Garden Road", "Gottingen Street", "Kings Road"],
    "bc": ["E Hastings St", "Main St", "Kingsway", "Commercial Dr", "Fraser St", "King George Blvd", "No. 3 Rd",
           "Columbia St", "Clearbrook Rd", "Victoria Dr", "Lougheed Hwy"],
    "ie": ["Merrion Road", "Rathgar Road", "Main Street", "Oakfield Park", "Ashgrove Lawn", "The Paddocks",
           "Old Youghal Road", "Dublin Road", "Tullow Road", "Castle Street", "Ard na Gréine", "Seafield Avenue",
           "Belgard Square", "Cedarwood Rise", "Bóthar na Trá"],
    "nz": ["Great South Road", "Massey Road", "Bader Drive", "East Tamaki Road", "Fenton Street", "Ruakura Road",
           "Gladstone Road", "Heretaunga Street", "Te Ngae Road", "Cameron Road", "Bairds Road", "Colombo Street",
           "Dee Street", "Mokoia Road"],
    "indl": ["Block C", "Pocket 4", "Sector 9", "Sector 22", "Block DA", "Gali No. 3", "Block E-2"],
    "inch": ["Kamarajar Salai", "Gandhi Road", "Bharathiyar Street", "Thiruvalluvar Salai", "Nehru Street",
             "Arcot Road", "Velachery Main Road", "Periyar Nagar 4th Street", "Anna Salai"],
    "sg": ["Street 11", "Avenue 3", "Street 21", "Avenue 6", "Drive 2", "Ring Road", "Street 32"],
    "my": ["Jalan Mawar 3", "Jalan SJ 3/2", "Jalan Kenanga 5", "Lorong Bunga Raya 2", "Jalan Melur 7",
           "Jalan Cempaka 12", "Jalan Dahlia 4"],
    "za": ["Jan Smuts Avenue", "Vilakazi Street", "Main Reef Road", "Beyers Naude Drive", "Republic Road",
           "Rabie Street", "Klipfontein Road", "Hans Strijdom Drive", "Makhado Street"],
    "ng": ["Adeniran Ogunsanya Street", "Allen Avenue", "Herbert Macaulay Way", "Ishaga Road", "Ojuelegba Road",
           "Akerele Street", "Oba Akran Avenue", "Ikorodu Road", "Admiralty Way"],
}
HK_DIST = [("Sham Shui Po", "Kowloon", ["Shek Kip Mei Estate", "Lei Cheng Uk Estate"]),
           ("Kwun Tong", "Kowloon", ["Sau Mau Ping Estate", "Shun Lee Estate"]),
           ("Wong Tai Sin", "Kowloon", ["Lok Fu Estate", "Choi Hung Estate"]),
           ("Tuen Mun", "New Territories", ["Tai Hing Gardens", "Yau Oi Estate"]),
           ("Sha Tin", "New Territories", ["Lek Yuen Estate", "Sun Chui Estate"]),
           ("Tseung Kwan O", "New Territories", ["Po Lam Estate", "Kin Ming Estate"]),
           ("Tin Shui Wai", "New Territories", ["Tin Yiu Estate", "Tin Shui Estate"]),
           ("Chai Wan", "Hong Kong", ["Hing Wah Estate", "Wan Tsui Estate"]),
           ("Aberdeen", "Hong Kong", ["Wah Fu Estate", "Ap Lei Chau Estate"])]
HK_HOUSE = ["Yat", "Wing", "Fu", "Hong", "Kin", "Lok", "Shing", "Tai"]
MY_TAMAN = ["Taman Selayang Jaya", "Taman Sri Gombak", "Taman Desa", "Taman Bukit Permai", "Taman Melawati",
            "Taman Kepong Baru"]
for _tab in TOWNS.values():
    for _row in _tab:
        orgs(_row[0], _row[3])
for _tab2 in STREETS.values():
    orgs(*_tab2)
for _row2 in HK_DIST:
    orgs(_row2[0], _row2[1], *_row2[2])
orgs(*MY_TAMAN)
orgs("Kowloon", "New Territories", "Hong Kong", "Singapore", "Malaysia", "Nigeria", "Lagos", "Delhi", "Chennai",
     "Johannesburg", "Gauteng", "Limpopo", "Scotland", "Wales", "Ireland", "Ulster", "Pennsylvania", "Ontario",
     "Nova Scotia", "Atlantic", "British Columbia", "New Zealand", "Aotearoa", "Australia", "England", "Birmingham",
     "Edinburgh", "Belfast", "Cardiff", "Dublin", "Auckland", "Sydney", "Toronto", "Halifax", "Vancouver")

_UKIN = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY"


def place(c: C, region: str | None = None) -> tuple[str, str, str, str, str]:
    """(street line, town / suburb / locality, postcode / ZIP / Eircode / PIN, phone area, county / state)."""
    g = region or c.region
    town, z, area, unit = c.ch(TOWNS[g])
    st = c.ch(STREETS[g]) if g in STREETS else ""
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_UKIN)}{c.ch(_UKIN)}"
        forms = [f"{n} {st}", f"{n} {st}", f"Flat {c.ri(1, 14)}, {n} {st}", f"{n}{c.ch('AB')} {st}"]
        if g == "sc":
            forms += [f"{n}/{c.ri(1, 8)} {st}", f"{c.ri(1, 4)}F{c.ri(1, 3)}, {n} {st}", f"Flat {c.ri(0, 3)}/{c.ri(1, 2)}, {n} {st}"]
        line = c.ch(forms)
    elif g == "us":
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(1, 9)}{c.ch('ABCD')}", f"{n * 37} {st}, Unit {c.ri(2, 30)}"])
        if c.yes(0.25):
            z = f"{z}-{c.ri(1000, 9899)}"
    elif g in ("on", "ns", "bc"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_CAL)}{c.ri(1, 9)}"
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1905)}-{n * 11} {st}", f"{n * 11} {st}, Apt {c.ri(2, 40)}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 30)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g == "ie":
        z = f"{z} {c.ch(_EIR)}{c.ri(0, 9)}{c.ch(_EIR + '0123456789')}{c.ch(_EIR + '0123456789')}"
        line = c.ch([f"{n} {st}", f"Apt {c.ri(1, 40)}, {st}", f"{c.ri(1, 60)} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 8)}/{n} {st}", f"{n}{c.ch('ABC')} {st}", f"Flat {c.ri(1, 6)}, {n} {st}"])
    elif g == "indl":
        line = c.ch([f"House No. {c.ri(12, 480)}, {st}", f"{c.ch('ABCDE')}-{c.ri(1, 99)}, {st}",
                     f"Flat {c.ri(101, 904)}, {c.ch(['Shivalik Apartments', 'Kailash Enclave', 'Sunrise Residency'])}"])
    elif g == "inch":
        line = c.ch([f"No. {c.ri(2, 88)}, {st}", f"Plot {c.ri(3, 140)}, {st}", f"Door No. {c.ri(1, 9)}/{c.ri(10, 240)}, {st}",
                     f"Flat {c.ch('ABCDF')}{c.ri(1, 4)}, {c.ch(['Sri Sai Flats', 'Lakshmi Apartments', 'Green Acres'])}, {st}"])
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {town} {st} #{c.ri(2, 14):02d}-{c.ri(10, 480)}"
        z = f"{z}{blk:04d}"
    elif g == "my":
        line = f"No. {c.ri(1, 88)}, {st}, {c.ch(MY_TAMAN)}"
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 40)} {c.ch(['Protea', 'Msasa', 'Marula'])} Crescent",
                     f"Unit {c.ri(1, 60)}, {c.ch(['Sandton View', 'Kiepersol Gardens', 'Acacia Court'])}"])
    elif g == "ng":
        line = c.ch([f"{c.ri(2, 60)}, {st}", f"No. {c.ri(2, 40)} {st}", f"Flat {c.ri(1, 8)}, Block {c.ri(1, 20)}, {st}"])
    else:
        line = f"{n} {st}"
    return line, town, z, area, unit


def hk_place(c: C) -> tuple[str, str, str]:
    """(flat line, district, region: Kowloon / New Territories / Hong Kong)."""
    dist, reg, estates = c.ch(HK_DIST)
    line = f"Room {c.ri(2, 38)}{c.ri(1, 24):02d}, {c.ch(HK_HOUSE)} {c.ch(['Yan', 'Hei', 'Wai', 'Mei'])} House, {c.ch(estates)}"
    return line, dist, reg


def phone(c: C, mob: bool = True, area: str = "", region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"+44 (0)7{c.dig(3)} {c.dig(3)}{c.dig(3)}", f"07{c.dig(9)}"])
        a = area or {"en": "0121", "sc": "0131", "cy": "029", "ni": "0289"}[g]
        if a.startswith("028"):
            return c.ch([f"028 {a[3]}{c.dig(3)} {c.dig(4)}", f"(028) {a[3]}{c.dig(3)} {c.dig(4)}", f"028{a[3]}{c.dig(7)}"])
        if a in ("029", "024"):
            lead = "20" if a == "029" else "76"
            return c.ch([f"{a} {lead}{c.dig(2)} {c.dig(4)}", f"({a}) {lead}{c.dig(2)} {c.dig(4)}"])
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}", f"{a}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g in ("us", "on", "ns", "bc"):
        a = area or {"us": "412", "on": "416", "ns": "902", "bc": "604"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"+1 {a}-{x}-{c.dig(4)}",
                     f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"04{c.dig(2)}-{c.dig(3)}-{c.dig(3)}", f"04{c.dig(8)}"])
        a = area or "029"
        if a == "088":
            return c.ch([f"(08) 80{c.dig(2)} {c.dig(4)}", f"08 80{c.dig(2)} {c.dig(4)}"])
        return c.ch([f"(02) {a[2]}{c.dig(3)} {c.dig(4)}", f"02 {a[2]}{c.dig(3)} {c.dig(4)}",
                     f"+61 2 {a[2]}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ch('35679')}-{c.dig(7)}", f"(08{c.ch('35679')}) {c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}", f"+353 {a[1:]} {c.dig(3)} {c.dig(4)}"])
    if g == "nz":
        if mob:
            p = c.ch(["021", "022", "027", "029"])
            return c.ch([f"{p} {c.dig(3)} {c.dig(4)}", f"+64 {p[1:]} {c.dig(3)} {c.dig(4)}", f"{p}-{c.dig(7)}",
                         f"{p} {c.dig(7)}"])
        a = area or "09"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}", f"+64 {a[1]} {c.dig(3)} {c.dig(4)}"])
    if g in ("in", "indl", "inch"):
        if mob:
            return c.ch([f"+91 {c.ri(7, 9)}{c.dig(4)} {c.dig(5)}", f"{c.ri(7, 9)}{c.dig(9)}", f"0{c.ri(7, 9)}{c.dig(4)}-{c.dig(5)}",
                         f"+91-{c.ri(7, 9)}{c.dig(9)}"])
        a = area or "011"
        return c.ch([f"{a}-{c.dig(4)} {c.dig(4)}", f"({a}) {c.dig(8)}", f"{a}-{c.dig(8)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}", f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('5679')}{c.dig(7)}"])
        return c.ch([f"2{c.dig(3)} {c.dig(4)}", f"+852 3{c.dig(3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            p = c.ch(["012", "013", "016", "017", "019"])
            return c.ch([f"{p}-{c.dig(3)} {c.dig(4)}", f"+6{p}-{c.dig(3)} {c.dig(4)}", f"{p}-{c.dig(7)}",
                         f"011-{c.dig(4)} {c.dig(4)}"])
        a = area or "03"
        return c.ch([f"{a}-{c.dig(4)} {c.dig(4)}", f"+60 {a[1]}-{c.dig(4)} {c.dig(4)}"])
    if g == "za":
        if mob:
            p = c.ch(["072", "082", "083", "071", "060", "079", "084"])
            return c.ch([f"{p} {c.dig(3)} {c.dig(4)}", f"+27 {p[1:]} {c.dig(3)} {c.dig(4)}", f"{p}-{c.dig(3)}-{c.dig(4)}"])
        a = area or "011"
        return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)}-{c.dig(4)}", f"+27 {a[1:]} {c.dig(3)} {c.dig(4)}"])
    # ng
    p = c.ch(["0803", "0806", "0813", "0802", "0805", "0708", "0816", "0903"])
    return c.ch([f"{p} {c.dig(3)} {c.dig(4)}", f"+234 {p[1:]} {c.dig(3)} {c.dig(4)}", f"{p}-{c.dig(3)}-{c.dig(4)}",
                 f"{p}{c.dig(7)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str | None, ...] | None = None,
         tel: list[str] | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))



# ---------------------------------------------------------------------------------------- shared clinical pieces
def labs(c: C, lv: Lv, keys: str, us: bool = False, short: bool = False, sep: str = ", ") -> C:
    """Liver bloods as clinical spans, in SI (or US) units; keys is a space-separated list."""
    out = []
    for k in keys.split():
        if us:
            v = {"bili": f"T bili {lv.bili_mg} mg/dL", "alb": f"albumin {lv.alb_dl} g/dL", "inr": f"INR {lv.inr}",
                 "cr": f"creatinine {lv.cr_mg:.2f} mg/dL", "na": f"Na {lv.na} mEq/L", "plt": f"plt {lv.plt} K/uL",
                 "alt": f"ALT {lv.alt} U/L", "ast": f"AST {lv.ast} U/L", "alp": f"alk phos {lv.alp} U/L",
                 "ggt": f"GGT {lv.ggt} U/L", "hb": f"Hgb {lv.hb / 10:.1f} g/dL"}[k]
        elif short:
            v = {"bili": f"Bili {lv.bili}", "alb": f"Alb {lv.alb}", "inr": f"INR {lv.inr}", "cr": f"Cr {lv.cr}",
                 "na": f"Na {lv.na}", "plt": f"Plt {lv.plt}", "alt": f"ALT {lv.alt}", "ast": f"AST {lv.ast}",
                 "alp": f"ALP {lv.alp}", "ggt": f"GGT {lv.ggt}", "hb": f"Hb {lv.hb}"}[k]
        else:
            v = {"bili": f"bilirubin {lv.bili} umol/L", "alb": f"albumin {lv.alb} g/L", "inr": f"INR {lv.inr}",
                 "cr": f"creatinine {lv.cr} umol/L", "na": f"sodium {lv.na} mmol/L",
                 "plt": f"platelets {lv.plt} x10^9/L", "alt": f"ALT {lv.alt} U/L", "ast": f"AST {lv.ast} U/L",
                 "alp": f"ALP {lv.alp} U/L", "ggt": f"GGT {lv.ggt} U/L", "hb": f"Hb {lv.hb} g/L"}[k]
        out.append(v)
    return c.cl(out, sep)


def kpa(c: C, cirr: bool) -> str:
    return f"{c.fl(16.5, 48.0) if cirr else c.fl(4.2, 9.8)} kPa"


AETIOL = ["alcohol-related liver disease", "MASLD (metabolic dysfunction-associated steatotic liver disease)",
          "primary sclerosing cholangitis", "primary biliary cholangitis", "chronic hepatitis C (SVR achieved)",
          "autoimmune hepatitis", "MetALD (MASLD with increased alcohol intake)"]
ABO = ["O RhD positive", "A RhD positive", "B RhD positive", "O RhD negative", "A RhD negative", "AB RhD positive"]


# ---------------------------------------------------------------------------------------- England (West Midlands)
EN_HOSP = orgs("Queen Elizabeth Hospital", "Heartlands Hospital", "New Cross Hospital", "Russells Hall Hospital",
               "Walsall Manor Hospital", "University Hospital Coventry", "Good Hope Hospital",
               "Sandwell General Hospital")
EN_PRAC = orgs("The Oaks Medical Centre", "Lyndhurst Surgery", "Netherton Health Centre", "Riverside Surgery",
               "Pennfields Medical Centre", "Greenbank Surgery", "Broadway Health Centre", "Ridgacre House Surgery",
               "Laurel Road Surgery", "Kingfisher Medical Practice")
orgs("Liver Unit", "Alcohol Care Team", "Change Grow Live", "Aquarius", "Blueteq", "ODN", "Operational Delivery Network",
     "Birmingham and Solihull", "Black Country", "West Midlands", "Attend Anywhere", "Accurx", "Liver Day Unit",
     "Ward", "Liverpool", "HEP", "Drug Interactions")


def en_clinic_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(41, 73)
    line, town, pc, _, _ = place(c)
    gp, cons, rel = c.staff(), c.staff(), c.spouse(q)
    gtown = c.ch(TOWNS["en"])[0]
    hosp = c.ch(EN_HOSP[:5])
    nhs = nhs_no(c.r)
    hn = c.ch([f"RRK{c.dig(7)}", c.dig(7), f"M{c.dig(6)}"])
    seen = c.wdt(-24, -5)
    typed = seen + timedelta(days=c.ri(2, 9))
    sev = c.ch("AAB")
    lv = c.liver(sev, q.sex == "f")
    cp, cls = lv.cp()
    c.t(f"Department of Hepatology\n{hosp}\n\n")
    c.t("Clinic date: ").d(seen, "dmy").t("    Typed: ").d(typed, "dmyy").t(f"    Ref: {c.ini(cons)}/{c.ch('jkmst')}{c.ch('bdhl')}\n\n")
    c.t("Dr ").nm(gp.fi2).t(f"\n{c.ch(EN_PRAC)}\n").ad(gtown).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl, q.FL])).t(", DOB ").d(dob, c.ch(["dot", "dmy"])).t(", NHS No. ")
    c.id(spaced(nhs, c.ri(0, 2))).t(", Hosp No. ").id(hn).t("\n      ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Diagnoses:\n1. ").c("Alcohol-related cirrhosis").t(" - ").c(f"Child-Pugh {cls}{cp}").t(", ").c(f"MELD {lv.meld()}")
    c.t(", ").c(f"UKELD {lv.ukeld()}").t("\n2. ")
    c.c(c.ch(["Small oesophageal varices without red signs", "No varices at surveillance OGD",
              "Grade II oesophageal varices, banded to eradication"])).t("\n3. ")
    c.c(c.ch(["Alcohol use disorder, abstinent", "Alcohol use disorder, reduced intake",
              "Type 2 diabetes (HbA1c 61 mmol/mol)"])).t("\n\n")
    c.t("Medication: ").cl(c.r.sample(["carvedilol 6.25 mg BD", "spironolactone 100 mg OD", "thiamine 100 mg TDS",
                                       "furosemide 40 mg OM", "omeprazole 20 mg OD", "vitamin B compound strong 1 tab TDS",
                                       "Adcal-D3 1 tab BD"], 4)).t("\n\n")
    ab = c.yes(0.65)
    c.t(f"I saw {q.title} ").nm(q.last).t(" today with " + ("his wife " if q.sex == "m" else "her husband "))
    c.nm(rel.first).t(". ")
    if ab:
        c.t(f"{q.He} has not had a drink since ").d(seen - timedelta(days=c.ri(120, 700)), "my")
        c.t(f" and remains engaged with the community alcohol service; {q.his} family confirm this. ")
    else:
        c.t(f"{q.He} is drinking ").c(f"{c.ri(4, 9)} cans of 4.5% lager").t(" on most days, ").c(f"about {c.ri(90, 180)} units/week")
        c.t(". We talked about the link between continued drinking and decompensation. ")
    c.t(f"{q.He} reports ").c(c.ch(["no jaundice, confusion or melaena", "mild ankle swelling, no confusion",
                                    "fatigue but no bleeding or confusion"])).t(".\n\n")
    c.t("On examination: ").cl([f"BP {c.ri(102, 138)}/{c.ri(58, 84)}", f"HR {c.ri(58, 92)}", f"weight {c.fl(58, 104)} kg",
                                c.ch(["no ascites", "shifting dullness absent", "trace ascites"]),
                                c.ch(["no asterixis", "no flap"]), f"{c.ri(2, 9)} spider naevi"]).t(".\n\n")
    c.t("Bloods today: ")
    labs(c, lv, "bili alb inr cr na plt ggt").t(". FibroScan ").c(kpa(c, True)).t(" (")
    c.c(f"IQR/median {c.ri(6, 24)}%").t(").\nHCC surveillance ultrasound ").d(seen - timedelta(days=c.ri(20, 70)), "dmy")
    c.t(": ").c(c.ch(["coarse liver, no focal lesion, no ascites", "nodular liver, no focal lesion, patent portal vein"])).t("; ")
    c.c(f"AFP {c.ri(2, 7)} kU/L").t(".\n\n")
    c.t("Plan:\n- ").c("6-monthly ultrasound and AFP").t("\n- ").c("continue carvedilol 6.25 mg BD").t(" (resting ")
    c.c(f"HR {c.ri(56, 70)}").t(")\n- ")
    c.t("please check ").c("U&E and LFTs").t(" in ").c("3 months").t("\n- review in ").c("6 months").t("\n\n")
    c.t("Yours sincerely,\n\n\nDr ").nm(cons.fl).t("\nConsultant Hepatologist\n")
    c.t(f"cc: {q.title} ").nm(q.last).t(" (patient)\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], (line, town, pc))


def en_listing(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(34, 68)
    nhs = nhs_no(c.r)
    un = c.ch([f"RRK{c.dig(7)}", f"H{c.dig(6)}"])
    mtg = c.wdt(-10, -1)
    while mtg.weekday() != 2:
        mtg += timedelta(days=1)
    ax = mtg - timedelta(days=c.ri(9, 30))
    lv = c.liver(c.ch("BCC"), q.sex == "f")
    cp, cls = lv.cp()
    uk = lv.ukeld()
    listed = uk >= 49 or c.yes(0.3)
    surg, hep, ana, coord, sw = c.staff(), c.staff(), c.staff(), c.staff("f"), c.staff()
    ref_dr = c.staff()
    car = c.spouse(q)
    kid = c.rel(q)
    h, w = c.ri(152, 190), c.ri(52, 108)
    _, town, _, area, _ = place(c)
    c.t("LIVER TRANSPLANT ASSESSMENT - LISTING MEETING OUTCOME\nLiver Unit, Queen Elizabeth Hospital\n\n")
    c.t(f"Meeting: {c.wd(mtg)} ").d(mtg, "dmy").t("\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF])).t(f"   Sex: {q.mf}   DOB: ").d(dob, "dmon").t(f" ({age} y)\n")
    c.t("NHS: ").id(spaced(nhs, 1)).t("   Unit no: ").id(un).t("\n")
    c.t(f"Referred from: {c.ch(EN_HOSP[1:])} (Dr ").nm(ref_dr.fi).t(")\n")
    c.t("Lives in: ").ad(town).t("\n\n")
    c.t("Indication: ").c(c.ch(AETIOL)).t(" with ").c(c.ch(["refractory ascites", "recurrent hepatic encephalopathy",
                                                              "synthetic failure", "diuretic-intolerant ascites"])).t("\n")
    c.t("Blood group: ").c(c.ch(ABO)).t(f"   Height {h} cm   Weight ").c(f"{w} kg").t("   BMI ").c(f"{w / (h / 100) ** 2:.1f}").t("\n\n")
    c.t("Scores at assessment (").d(ax, "dmy").t("): ").cl([f"UKELD {uk}", f"MELD {lv.meld()}", f"Child-Pugh {cls}{cp}"], "  ")
    c.t("\n  ")
    labs(c, lv, "bili inr cr na alb", short=True, sep="  ").t("\n\n")
    c.t("Work-up:\n")
    c.kv([("  Echo: ", f"EF {c.ri(55, 68)}%, PASP {c.ri(22, 38)} mmHg, no shunt on bubble study"),
          ("  CPET: ", f"AT {c.fl(8.5, 14.5)} mL/kg/min, VO2 peak {c.fl(13, 24)} mL/kg/min"),
          ("  CT liver: ", c.ch(["patent portal vein, no focal lesion", "patent portal vein, 2 cm LI-RADS 3 nodule segment VII",
                                 "partial non-occlusive PV thrombus, on apixaban"])),
          ("  Virology: ", "HBsAg neg, anti-HBc neg, HCV Ab neg, HIV neg, CMV IgG pos, EBV IgG pos, VZV IgG pos"),
          ("  DEXA: ", c.ch(["osteopenia (T-score -1.8)", "normal", "osteoporosis (T-score -2.7), alendronate started"])),
          ("  Alcohol: ", c.ch(["PEth < 10 ng/mL", "PEth 14 ng/mL, urine EtG negative", "not applicable"]))])
    c.t("\nPsychosocial: lives with ").nm(car.fl).t(f" ({'wife' if car.sex == 'f' else 'husband'}, named carer); ")
    c.t(f"{'son' if kid.sex == 'm' else 'daughter'} ").nm(kid.first).t(" will share post-operative care. ")
    c.t("Contact for call-in: ").ph(phone(c)).t(" or home ").ph(phone(c, False, area)).t("\n\n")
    c.t("Present: Mr ").nm(surg.fi).t(" (transplant surgeon), Dr ").nm(hep.fi).t(" (hepatologist), Dr ").nm(ana.fl)
    c.t(" (anaesthetist), ").nm(coord.fl).t(" (recipient coordinator), ").nm(sw.fl).t(" (social work)\n\n")
    if listed:
        c.t("OUTCOME: ").c("LISTED - elective, adult whole or split liver").t(". Activation after ")
        c.c("hepatitis A/B vaccination course").t(" complete. ").c("Tacrolimus-based immunosuppression").t(" planned.\n")
    else:
        c.t("OUTCOME: ").c("NOT LISTED at present").t(" - ").c(f"UKELD {uk}").t(" below threshold and no ")
        c.c("variant syndrome").t("; re-refer if decompensates. Continue ").c("rifaximin 550 mg BD").t(".\n")
    c.t("Minutes: ").nm(coord.fi).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("unit", un)])


def en_paracentesis(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(42, 79)
    nhs = nhs_no(c.r)
    hn = c.ch([f"RXK{c.dig(7)}", f"{c.ch('DSW')}{c.dig(6)}"])
    lv = c.liver("C", q.sex == "f")
    cp, cls = lv.cp()
    dd = c.wdt(-3, 0)
    doc, nurse = c.staff(), c.staff("f")
    esc = c.spouse(q) if c.yes() else c.rel(q)
    vol = round(c.r.uniform(5.0, 11.5), 1)
    hasb = max(1, round(vol * 8 / 20))
    hosp = c.ch(EN_HOSP)
    c.t(f"{hosp} - Liver Day Unit\nTHERAPEUTIC PARACENTESIS (day case)\n\n")
    c.t("Name: ").nm(q.fL).t("   Hosp No: ").id(hn).t("   NHS: ").id(nhs).t("\nDOB: ").d(dob, "dmy")
    c.t("   Date: ").d(dd, c.ch(["dmonyy", "dmy"])).t("\n\n")
    c.t("Indication: ").c("diuretic-refractory ascites").t(", ").c(c.ch(AETIOL[:2])).t(" cirrhosis (")
    c.c(f"Child-Pugh {cls}{cp}").t(")\nLast drain: ").d(dd - timedelta(days=c.ri(12, 24)), "dm").t(" (").c(f"{c.fl(6, 10)} L").t(")\n")
    c.t("Pre-procedure: ").cl([f"BP {c.ri(92, 124)}/{c.ri(52, 74)}", f"HR {c.ri(70, 98)}", f"SpO2 {c.ri(94, 99)}% RA",
                               f"T {c.fl(36.0, 37.3)}"]).t("\nBloods: ")
    labs(c, lv, "inr plt cr na", short=True).t(" - ").c("no correction of INR or platelets required").t("\n")
    c.t("Consent: ").c("written (bleeding, infection, hypotension, leak)").t("\n\n")
    c.t("Procedure: ").c(f"US-marked {c.ch(['left', 'right'])} iliac fossa").t(", ").c("1% lidocaine 10 mL").t(", ")
    c.c(f"{c.ch([5, 8])} Fr paracentesis catheter").t(". Fluid ").c(c.ch(["straw-coloured", "clear yellow", "slightly turbid"]))
    c.t(". Samples to lab: ").c("cell count, MC&S (blood culture bottles), albumin, total protein").t(".\n")
    c.t(f"Drain in {c.tm(9, 10)}, out {c.tm(14, 16)}: ").c(f"{vol} L drained").t(". ")
    c.c(f"HAS 20% {hasb * 100} mL IV ({hasb} x 100 mL)").t(" as per ").c("8 g albumin per litre removed").t(".\n")
    c.t("Post: ").cl([f"BP {c.ri(90, 122)}/{c.ri(50, 72)}", f"HR {c.ri(70, 100)}", "site dry, no leak"]).t("\n")
    c.t("Ascitic results: ").cl([f"PMN {c.ri(10, 180)} /mm3", f"SAAG {c.fl(1.2, 2.4)}", f"total protein {c.ri(6, 14)} g/L"])
    c.t(" - ").c("no SBP").t("\n\n")
    c.t("Nurse: ").nm(nurse.first).t(" (RN)   Operator: Dr ").nm(doc.fi).t(" (ST5 Hepatology)\n")
    c.t("Discharged with ").nm(esc.first).t(". Next drain booked ").d(dd + timedelta(days=c.ri(14, 21)), c.ch(["dm", "dmy"]))
    c.t(".\nAdvice given: if fever, abdominal pain or leak call the Liver Day Unit on ").ph(phone(c, False, "0121")).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)])


def en_banding(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(38, 78)
    nhs = nhs_no(c.r)
    hn = c.ch([f"RRK{c.dig(7)}", c.dig(8)])
    endo, nurse = c.staff(), c.staff()
    gp = c.staff()
    dd = c.wdt(-4, 0)
    bands = c.ri(3, 7)
    prim = c.yes(0.4)
    gtown = c.ch(TOWNS["en"])[0]
    c.t(f"ENDOSCOPY REPORT - {c.ch(EN_HOSP)}\nProcedure: ").c("OGD with variceal band ligation").t("\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.lf])).t("   Hosp no. ").id(hn).t("   NHS ").id(spaced(nhs, 2)).t("\nDOB ").d(dob, "dmy")
    c.t("   Date of procedure: ").d(dd, "long").t(f"   Room {c.ri(1, 5)}\n")
    c.t("Endoscopist: Dr ").nm(endo.fl).t("   Nurses: ").nm(nurse.fl).t("\n\n")
    if prim:
        c.t("Indication: ").c("primary prophylaxis - large varices, intolerant of carvedilol").t("\n")
    else:
        c.t("Indication: ").c("secondary prophylaxis").t(" after variceal bleed ").d(dd - timedelta(days=c.ri(14, 40)), "dmy").t("\n")
    c.t("Sedation: ").cl(["midazolam 2 mg IV", "fentanyl 50 micrograms IV", "lidocaine throat spray"]).t("\n")
    c.t("Comfort score ").c(f"{c.ri(1, 3)}/5").t("   ").c(f"SpO2 nadir {c.ri(92, 97)}%").t("\n\n")
    c.t("Findings:\n  Oesophagus: ").c(f"{c.ri(2, 4)} columns of grade {c.ch(['II', 'III'])} varices from {c.ri(28, 32)} cm")
    c.t(", ").c(c.ch(["red wale signs on one column", "no red signs", "cherry red spots distally"])).t("\n  Stomach: ")
    c.c(c.ch(["mild portal hypertensive gastropathy", "no gastric varices", "GOV1 extending 2 cm below cardia"])).t("\n  Duodenum: ")
    c.c("normal to D2").t("\n\nTherapy: ").c(f"{bands} bands applied").t(" (").c("multi-band ligator").t(")\n")
    c.t("Complications: ").c("none").t("\nBackground: ").c(c.ch(AETIOL[:3])).t(" cirrhosis; ").c(f"platelets {c.ri(48, 130)}")
    c.t("; ").c(f"INR {c.fl(1.1, 1.7)}").t("; on ").c(c.ch(["propranolol 40 mg BD (HR 58)", "no beta-blocker (refractory ascites)",
                                                           "carvedilol stopped - symptomatic hypotension"])).t("\n\nPost-procedure: ").cl(["fluids after 2 h, soft diet 24 h", "omeprazole 40 mg OD for 10 days"])
    wk = c.ri(2, 4)
    c.t("\nFollow-up: ").c(f"repeat OGD and banding in {wk} weeks").t(", booked ").d(dd + timedelta(days=7 * wk + c.ri(-2, 3)), "dmy")
    c.t("\nCodes: ").cl(["I85.9", "K74.6"], " / ").t("\n")
    c.t("Report copied to GP: Dr ").nm(gp.fi2).t(", ").ad(gtown).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)])


def en_tac_log(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(28, 69)
    nhs = nhs_no(c.r)
    hn = f"RRK{c.dig(7)}"
    tx = c.today - timedelta(days=c.ri(100, 330))
    pharm = c.staff()
    pini = c.ini(pharm)
    once = c.yes(0.45)
    brand = "Advagraf" if once else "Adoport"
    dose = c.ri(2, 6)
    lo, hi = c.ch([(5, 8), (4, 7), (6, 10)])
    c.t("LIVER TRANSPLANT PHARMACY - TACROLIMUS LEVEL MONITORING\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fL])).t("   DOB ").d(dob, "dmyy").t("   Hosp no ").id(hn).t("   NHS ").id(nhs).t("\n")
    c.t("Transplant: ").c(c.ch(["DBD whole liver", "DCD whole liver", "split liver (right extended)"])).t(" on ").d(tx, "dmy")
    c.t(" for ").c(c.ch(AETIOL)).t("\n")
    c.t("Formulation: ").c(f"{brand} (tacrolimus{', prolonged release' if once else ''})").t(" - prescribe by brand\n")
    c.t("Target trough: ").c(f"{lo}-{hi} microgram/L").t("\nOther IS: ").cl(["mycophenolate mofetil 500 mg BD"]).t("\n\n")
    c.t("Date      | Tac (ug/L) | Dose              | Cr (umol/L) | Action                     | By\n")
    d = c.today - timedelta(days=c.ri(40, 60))
    cr = c.ri(88, 130)
    for i in range(c.ri(4, 6)):
        d += timedelta(days=c.ri(6, 14))
        lvl = round(c.r.uniform(lo - 2.5, hi + 4.5), 1)
        dstr = f"{dose} mg OD" if once else f"{dose} mg BD"
        if lvl > hi + 1:
            act = f"reduce to {max(1, dose - 1)} mg"
            dose = max(1, dose - 1)
        elif lvl < lo - 1:
            act = f"increase to {dose + 1} mg"
            dose += 1
        else:
            act = "no change"
        cr += c.ri(-8, 10)
        c.d(d, "dmyy").t("  | ").c(f"{lvl}").t("       | ").c(dstr).t("   | ").c(f"{cr}").t("         | ").c(act)
        c.t(f" | {pini}\n")
    c.t("\nInteraction: ").c(c.ch(["clarithromycin started by GP - stopped, doxycycline instead",
                                   "fluconazole for oral candida - level rose, recheck in 3 days",
                                   "no interacting medicines"])).t("\n")
    c.t("Dose changes phoned to patient on ").ph(phone(c)).t("\n")
    c.t("Pharmacist: ").nm(pharm.fi).t(", Specialist Transplant Pharmacist, GPhC ").id(gphc_no(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)])


def en_coord_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(30, 66)
    hn = f"rrk{c.dig(7)}"
    dd = c.today - timedelta(days=c.ri(1, 20))
    while dd.weekday() < 5:
        dd -= timedelta(days=1)
    snod, surg, day, wife = c.staff("f"), c.staff(), c.staff(), c.spouse(q)
    _, _, _, area, _ = place(c)
    c.t(f"tx coord on call log - {c.wd(dd).lower()} ").d(dd, "d/m").t("\n\n")
    c.t(f"{c.ri(1, 2):02d}{c.ri(0, 5)}{c.ri(0, 9)} call from snod ").nm(snod.first.lower()).t(" re liver offer. ")
    c.c(f"dbd donor {c.ri(22, 68)}{c.ch('mf')}, {c.ch(['ich', 'hypoxic brain injury', 'sah'])}").t(", ")
    c.c(f"bmi {c.ri(21, 31)}").t(", ").c(f"alt {c.ri(18, 90)}").t(", ").c(c.ch(["no steatosis on us", "mild steatosis"])).t("\n")
    c.t("matched recipient: ").nm(q.low).t(" (").id(hn).t(") ").c(f"bg {c.ch(['o', 'a', 'b'])}").t(", ").c(f"ukeld {c.ri(50, 62)}").t("\n")
    c.t("d/w mr ").nm(surg.last.lower()).t(" (on call surgeon) - ").c("accept in principle").t(", retrieval team mobilised\n")
    c.t(f"0{c.ri(2, 3)}{c.ri(1, 5)}0 rang pt on mob ").ph(phone(c)).t(" - no answer x2. rang home ").ph(phone(c, False, area))
    c.t(", spoke to " + ("wife " if wife.sex == "f" else "husband ")).nm(wife.first.lower()).t(". pt coming in with ").nm(wife.first.lower())
    c.t(", eta 0500. ").c("nbm from now").t(", ").c("omit diuretics").t(", bring meds\n")
    c.t(f"05{c.ri(1, 4)}0 pt arrived ward {c.ri(1, 9)}{c.ri(0, 9)}{c.ri(1, 9)}. obs ")
    c.cl([f"bp {c.ri(104, 138)}/{c.ri(60, 84)}", f"hr {c.ri(62, 94)}", f"sats {c.ri(95, 99)}%", f"temp {c.fl(36.1, 37.2)}"], " ")
    c.t("\nbloods sent - ").cl(["fbc", "u&e", "lft", "clotting", "x-match 6 units", "covid swab"], ", ").t("\n")
    c.t("inr ").c(f"{c.fl(1.3, 2.2)}").t(", k ").c(f"{c.fl(3.6, 5.2)}").t(", hb ").c(f"{c.ri(88, 132)}").t("\n")
    c.t("recipient hx: ").c(c.ch(AETIOL)).t(", ").c(f"listed {c.ri(2, 30)} wks").t(", ").c("no recent infections").t(", ")
    c.c("last dialysis n/a").t(". consent to be taken by surgeon. anaesthetist aware\n")
    c.t(f"07{c.ri(0, 5)}0 retrieval: ").c(c.ch(["organ looks good, knife to skin planned 1100", "biopsy pending - possible decline"]))
    c.t("\n0800 handed over to day coord ").nm(day.first.lower()).t("\n")
    return _end(c, q, dob, [("hospital", hn.upper())])


def en_act(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(29, 66)
    nhs = nhs_no(c.r)
    hn = f"{c.ch('BSW')}{c.dig(7)}"
    ref = c.staff()
    asn = c.staff("f")
    sis = c.rel(q, "f")
    line, town, pc, _, _ = place(c)
    dd = c.wdt(-3, 0)
    L = c.ch([1, 1.5, 2, 3])
    abv = c.ch([5.0, 7.5])
    u = round(L * abv)
    pt, ctrl = round(c.r.uniform(13.5, 26.0), 1), 12.0
    bili = c.ri(40, 320)
    df = 4.6 * (pt - ctrl) + bili / 17.1
    sadq = c.ri(18, 46)
    c.t(f"ALCOHOL CARE TEAM - INPATIENT REVIEW   Ward {c.ri(1, 30)}, bed {c.ri(1, 28)}\n")
    c.t("Patient: ").nm(q.fL).t("   NHS ").id(nhs).t("   MRN ").id(hn).t("   DOB ").d(dob, "dmy").t(f" ({age})\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n")
    c.t("Date seen: ").d(dd, "dmy").t("   Referred by: Dr ").nm(ref.fi).t(" (FY2, acute medicine)\n\n")
    c.t("Reason: ").c("alcohol withdrawal and jaundice").t("\n")
    c.t("Drinking: ").c(f"{L} L of {abv}% cider daily").t(" = ").c(f"{u} units/day").t(" (").c(f"{u * 7} units/week").t(")")
    c.t(f"; drinking since age {c.ri(14, 24)}; last drink yesterday {c.tm(18, 23)}\n")
    c.t("Scores: ").cl([f"AUDIT {c.ri(24, 38)}/40", f"SADQ {sadq}", f"CIWA-Ar {c.ri(6, 19)}"]).t("\n")
    c.t("Withdrawal seizures: ").c(c.ch(["none", "one, 2019", "none; DTs in 2021"])).t("\n")
    c.t("Bloods: ").cl([f"bili {bili} umol/L", f"ALT {c.ri(30, 90)}", f"AST {c.ri(90, 260)}", f"GGT {c.ri(300, 1900)}",
                        f"MCV {c.ri(98, 112)} fL", f"PT {pt} s (control {ctrl})", f"Plt {c.ri(70, 190)}",
                        f"Na {c.ri(126, 139)}"]).t("\n")
    c.t("Maddrey DF ").c(f"{df:.1f}").t(" - ")
    c.c("severe alcohol-related hepatitis, hepatology review requested" if df >= 32 else "below steroid threshold").t("\n\n")
    c.t("Plan:\n- ").c("chlordiazepoxide symptom-triggered per CIWA-Ar (max 200 mg/24 h)").t("\n- ")
    c.c("Pabrinex I+II 2 pairs IV TDS for 3 days").t(", then ").c("thiamine 100 mg TDS").t("\n- ").c("brief intervention delivered")
    c.t("; referred to the community service (Change Grow Live)\n- ")
    c.c("acamprosate 666 mg TDS on discharge" if df < 32 and sadq < 40 else "no relapse-prevention drug until liver function recovers")
    c.t("\n\nSocial: lives alone; sister ").nm(sis.fl).t(" is NOK, ").ph(phone(c)).t("\n")
    c.t("Seen by: ").nm(asn.fl).t(", Alcohol Specialist Nurse, NMC PIN ").id(nmc_pin(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("mrn", hn)], (line, town, pc))


def en_hcv(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(26, 64)
    nhs = nhs_no(c.r)
    peer, nurse = c.staff(), c.staff("f")
    start = c.wdt(-5, 5)
    gt = c.ch(["1a", "1b", "2", "3a", "3a", "4"])
    cirr = c.yes(0.25)
    mav = not cirr and c.yes(0.6)
    wks = 8 if mav else 12
    rna = c.ri(40000, 6900000)
    mob = phone(c)
    src = c.ch(["drug service", "HMP Birmingham in-reach", "community pharmacy test and treat", "A&E opt-out testing"])
    c.t("HEPATITIS C - TREATMENT START RECORD\nWest Midlands HCV Operational Delivery Network\n\n")
    c.t("Name: ").nm(q.fl).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs).t("\n")
    c.t("Mobile: ").ph(mob).t("   Consent to text reminders: yes\n")
    c.t(f"Referral source: {src}\n")
    c.t("Genotype: ").c(gt).t("   HCV RNA: ").c(f"{rna:,} IU/mL").t(" (").c(f"log {math.log10(rna):.2f}").t(")\n")
    c.t("Fibrosis: FibroScan ").c(kpa(c, cirr)).t(" - ").c("compensated cirrhosis" if cirr else "no cirrhosis").t("\n")
    c.t("HBV: ").c(c.ch(["HBsAg neg, anti-HBc neg", "HBsAg neg, anti-HBc pos - ALT at weeks 4 and 12"])).t("   HIV: ").c("neg").t("\n")
    c.t("Current medicines: ").cl(c.r.sample(["methadone 60 mg OD (supervised)", "buprenorphine 16 mg OD",
                                             "omeprazole 20 mg OD", "sertraline 100 mg OD", "inhaled salbutamol PRN"], 2))
    c.t(" - interaction check ").c("no clinically significant interaction").t("\n\n")
    c.t("Regimen: ")
    if mav:
        c.c("glecaprevir/pibrentasvir 100/40 mg, 3 tablets once daily with food").t(" for ").c("8 weeks")
    else:
        c.c("sofosbuvir/velpatasvir 400/100 mg once daily").t(" for ").c("12 weeks")
    c.t("\nStart date: ").d(start, "dmy").t("   Prescription ref: ").id(f"HCV{c.dig(6)}").t("\n")
    c.t("Dispensed weekly via peer support worker ").nm(peer.first).t("\n")
    c.t("Week 4 video check-in: ").p("URL", f"https://wmliver.attendanywhere.com/ea/{c.tok(10)}").t("\n")
    c.t("SVR12 bloods due: ").d(start + timedelta(weeks=wks + 12), "dmy").t("\n")
    if cirr:
        c.t("Cirrhosis: ").c("6-monthly HCC ultrasound to continue after SVR").t("\n")
    c.t("Baseline bloods: ").cl([f"ALT {c.ri(30, 190)} U/L", f"platelets {c.ri(120, 330)}", f"eGFR {c.ri(70, 110)}",
                                 f"bilirubin {c.ri(5, 21)} umol/L", f"albumin {c.ri(36, 46)} g/L"]).t("\n")
    c.t("Counselled: ").c("adherence, reinfection risk, needle exchange, no alcohol during treatment").t("\n")
    c.t("Nurse: ").nm(nurse.fl).t(", Hepatitis C Specialist Nurse\n")
    return _end(c, q, dob, [("nhs", nhs)], tel=[mob])


def en_annual(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(34, 74)
    nhs = nhs_no(c.r)
    hn = f"RRK{c.dig(7)}"
    line, town, pc, _, _ = place(c)
    cons, gp = c.staff(), c.staff()
    gtown = c.ch(TOWNS["en"])[0]
    tx = c.today - timedelta(days=365 * c.ri(1, 9) + c.ri(5, 40))
    seen = c.wdt(-20, -6)
    em = q.mail(c.ch(["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"]), c.ri(0, 5))
    tac = round(c.r.uniform(3.6, 7.9), 1)
    egfr = c.ri(38, 88)
    yrs = (c.today - tx).days // 365
    c.t("Liver Transplant Follow-up Clinic\nQueen Elizabeth Hospital\n\n").d(seen + timedelta(days=c.ri(2, 6)), "long").t("\n\n")
    c.t(f"{q.title} ").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t("NHS number: ").id(nhs).t("   Hospital number: ").id(hn).t("\n\n")
    c.t("Dear ").nm(q.first).t(",\n\n")
    c.t(f"Thank you for coming to your annual review on {c.wd(seen)} ").d(seen, c.ch(["nthmo", "dmo"]))
    c.t(". It is now ").c(f"{yrs} year{'s' if yrs != 1 else ''}").t(" since your transplant on ").d(tx, "long")
    c.t(", and your new liver is working well.\n\n")
    c.t("Your results:\n")
    c.kv([("  Tacrolimus level ", f"{tac} microgram/L"), ("  Creatinine ", f"{c.ri(82, 150)} umol/L"),
          ("  eGFR ", f"{egfr} mL/min/1.73m2"), ("  ALT ", f"{c.ri(12, 38)} U/L"), ("  Bilirubin ", f"{c.ri(5, 19)} umol/L"),
          ("  HbA1c ", f"{c.ri(36, 58)} mmol/mol"), ("  Cholesterol ", f"{c.fl(3.8, 6.4)} mmol/L"),
          ("  Blood pressure ", f"{c.ri(118, 148)}/{c.ri(70, 92)}")])
    c.t("\nYour tablets: ").cl(["tacrolimus (Advagraf) " + f"{c.ri(1, 5)} mg once daily",
                                c.ch(["mycophenolate mofetil 500 mg twice daily", "no second immunosuppressant"]),
                                c.ch(["amlodipine 5 mg once daily", "ramipril 2.5 mg once daily"]),
                                "Adcal-D3 one tablet twice daily"]).t(".\n\n")
    if egfr < 60:
        c.t("Your kidney function is a little reduced (").c("CKD G3a" if egfr >= 45 else "CKD G3b").t("), which is common ")
        c.t("with tacrolimus, so we have aimed for a lower level.\n")
    c.t("Please remember ").c("sunscreen SPF 50").t(" and your ").c("annual skin check").t(", and avoid ").c("live vaccines")
    c.t(". The ").c("non-live shingles vaccine (Shingrix)").t(" is fine.\n\n")
    c.t("Next clinic in ").c("6 months").t("; bloods at your GP surgery every ").c("3 months").t(".\n\n")
    c.t("A copy of this letter has been emailed to you at ").em(em).t(".\n\n")
    c.t("Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant Transplant Hepatologist\n\n")
    c.t("cc Dr ").nm(gp.fi).t(f", {c.ch(EN_PRAC)}, ").ad(gtown).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], (line, town, pc), [em])


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = orgs("Victoria Hospital", "Forth Valley Royal Hospital", "Glasgow Royal Infirmary", "St John's Hospital",
               "Western Infirmary", "Western Isles Hospital", "University Hospital Hairmyres", "Ninewells Hospital")
orgs("Scottish Liver Transplant Unit", "Royal Infirmary of Edinburgh", "Regional Infectious Diseases Unit",
     "Western General Hospital", "Health Centre", "Medical Practice", "NHS Lothian", "NHS Fife")


def sc_sltu_referral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(32, 66)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _area, _ = place(c)
    ref, gp = c.staff(), c.staff()
    gtown = c.ch(TOWNS["sc"])[0]
    dd = c.wdt(-12, -1)
    lv = c.liver(c.ch("BC"), q.sex == "f")
    cp, cls = lv.cp()
    uk = lv.ukeld()
    ptn = c.spouse(q)
    mob = phone(c)
    c.t("To: Scottish Liver Transplant Unit, Royal Infirmary of Edinburgh\nREFERRAL FOR LIVER TRANSPLANT ASSESSMENT\n\n")
    c.t("From: Dr ").nm(ref.fl).t(f", Consultant Gastroenterologist, {c.ch(SC_HOSP)}\nDate: ").d(dd, c.ch(["nth", "long"])).t("\n\n")
    c.t("Patient: ").nm(q.fL).t("   CHI: ").id(c.ch([chi, f"{chi[:6]} {chi[6:]}"])).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Tel: ").ph(mob).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(gtown).t(" Health Centre\n\n")
    c.t("Diagnosis: ").c(c.ch(AETIOL)).t(", decompensated ").d(dd - timedelta(days=c.ri(60, 400)), "my").t("\n")
    c.t("Current scores: ").cl([f"UKELD {uk}", f"MELD-Na {lv.meldna()}", f"Child-Pugh {cls}{cp}"]).t("\n")
    c.t("Latest bloods (").d(dd - timedelta(days=c.ri(1, 6)), "dmy").t("): ")
    labs(c, lv, "bili alb inr cr na plt").t("\n")
    c.t("Complications: ").cl(c.r.sample(["refractory ascites, 3-weekly LVP", "SBP (E. coli) treated", "grade 2 HE on rifaximin",
                                          "variceal bleed, banded to eradication", "hepatorenal AKI, resolved on terlipressin"], 2))
    c.t("\nFrailty: ").c(f"Liver Frailty Index {c.fl(3.4, 5.1, 2)}").t("; ").c(f"hand grip {c.ri(18, 40)} kg").t("\n")
    c.t("Alcohol: ").c(c.ch(["abstinent 14 months, engaged with addictions team", "abstinent since diagnosis, PEth negative",
                             "less than 5 units/week historically"])).t("\n")
    c.t("Social: lives with partner ").nm(ptn.first).t(f" in a {c.ch(['ground-floor flat', 'two-storey house', 'first-floor tenement flat'])}")
    c.t("; ").c(f"{c.ch(['non-smoker', 'ex-smoker, 20 pack-years', 'smokes 5/day - cessation referral made'])}").t("\n\n")
    c.t(f"I would be grateful if you could see {q.him} for formal assessment; ")
    c.c("UKELD threshold met" if uk >= 49 else "below UKELD 49 but recurrent decompensation").t(".\n\nDr ").nm(ref.fi).t("\n")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc), [mob])


def sc_hbv(c: C) -> Note:
    q = c.pat(grps=["sco", "gae", "kas", "kas", "rom"])
    dob, age = c.adult(24, 66)
    chi = chi_no(c.r, dob, q.sex)
    dd = c.wdt(-10, -1)
    doc = c.staff()
    sp = c.spouse(q)
    kid = c.rel(q)
    interp = c.staff(grp=q.grp) if q.grp in ("kas", "rom") else None
    dna = c.ch([c.ri(80, 1900), c.ri(2100, 19000), c.ri(20000, 9000000)])
    alt = c.ri(14, 120)
    treat = dna > 20000 or (dna > 2000 and alt > 40)
    c.t("HEPATITIS B CLINIC - Regional Infectious Diseases Unit, Western General Hospital\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.LF])).t("   CHI: ").id(chi).t("   DOB ").d(dob, "dmy").t("\n")
    c.t("Seen: ").d(dd, c.ch(["dmy", "long"])).t("   Clinician: Dr ").nm(doc.fi).t("\n")
    if interp:
        c.t(f"{'Urdu' if q.grp == 'kas' else 'Romanian'} interpreter present: ").nm(interp.fl).t(" (ID ").id(f"INT{c.dig(5)}").t(")\n")
    c.t("\nSocial: ").c(c.ch(["alcohol nil", "alcohol 6 units/week", "alcohol occasional"])).t("; ")
    c.c(c.ch(["non-smoker", "smokes 10/day"])).t("; ").c(f"BMI {c.fl(21, 33)}").t("\n")
    c.t("Family history: ").c(c.ch(["mother HBsAg positive", "uncle died of liver cancer", "nil known"])).t("\n")
    c.t("Diagnosed: " + ("antenatal screening " if q.sex == "f" and age < 45 else "new patient screening ")).d(dd - timedelta(days=c.ri(400, 3000)), "mshy").t("\n")
    c.t("Markers: ").cl(["HBsAg pos", c.ch(["HBeAg neg, anti-HBe pos", "HBeAg pos"]), "HDV Ab neg", "HCV Ab neg", "HIV neg"]).t("\n")
    c.t("HBV DNA ").c(f"{dna:,} IU/mL").t("   ALT ").c(f"{alt} U/L").t("   qHBsAg ").c(f"{c.ri(200, 9000)} IU/mL").t("\n")
    c.t("FibroScan ").c(kpa(c, False)).t("   AFP ").c(f"{c.ri(1, 6)} kU/L").t("   Plt ").c(f"{c.ri(150, 320)}").t("\n\n")
    if treat:
        c.t("Impression: ").c("HBeAg-negative chronic hepatitis B - treatment indicated").t("\nPlan: start ")
        c.c(c.ch(["tenofovir disoproxil 245 mg once daily", "entecavir 0.5 mg once daily (empty stomach)"]))
        c.t("; ").c("renal function and phosphate 3-monthly").t("\n")
    else:
        c.t("Impression: ").c("HBeAg-negative chronic infection (inactive carrier)").t("\nPlan: ")
        c.c("no antiviral; 6-monthly ALT and HBV DNA").t("\n")
    c.t("Contacts: " + ("husband " if sp.sex == "m" else "wife ")).nm(sp.first).t(" - ").c(f"anti-HBs {c.ri(15, 900)} mIU/L").t("; ")
    c.t("son " if kid.sex == "m" else "daughter ").nm(kid.first).t(" - ").c("vaccinated, immune").t("\n")
    c.t("Advice: ").c("avoid alcohol excess, condoms until partner immune, do not donate blood").t("\n")
    c.t("Next appointment: ").d(dd + timedelta(days=c.ri(150, 200)), c.ch(["my", "dmy"])).t("\n")
    return _end(c, q, dob, [("chi", chi)])


def sc_sbp_ward(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(38, 76)
    chi = chi_no(c.r, dob, q.sex)
    dd = c.dt(-2, 0)
    cons, fy = c.staff(), c.staff()
    kid = c.rel(q)
    lv = c.liver("C", q.sex == "f")
    base = c.ri(60, 95)
    cr = c.ri(150, 290)
    pmn = c.ri(290, 2400)
    c.t(f"WARD ROUND - Ward 107 (liver), day {c.ri(2, 6)}   ").d(dd, "dmy").t(f" {c.tm(8, 11)}\n")
    c.t("Consultant: Dr ").nm(cons.last).t("\n")
    c.t("Pt: ").nm(q.LF).t("   CHI ").id(chi).t(f"   {age}{q.mf}\n\n")
    c.t("Background: ").c(c.ch(AETIOL[:3])).t(" cirrhosis, ").c(f"Child-Pugh C{lv.cp()[0]}").t(", ").c(f"MELD-Na {lv.meldna()}").t("\n")
    c.t("Admitted with ").c("abdominal pain and confusion").t("; diagnostic tap ").c(f"PMN {pmn}/mm3").t(" = ").c("SBP").t("\n")
    c.t("Culture: ").c(c.ch(["E. coli, sensitive to ceftriaxone", "no growth", "Klebsiella, sensitive to piperacillin-tazobactam"]))
    c.t("\n\nO/E: ").cl([f"BP {c.ri(86, 108)}/{c.ri(44, 62)}", f"MAP {c.ri(60, 72)}", f"HR {c.ri(84, 112)}",
                         f"SpO2 {c.ri(93, 98)}% RA", f"RR {c.ri(16, 24)}", f"T {c.fl(36.8, 38.4)}",
                         f"UO {c.fl(0.2, 0.5)} mL/kg/h"]).t("\n")
    c.t("Asterixis ").c(c.ch(["present", "absent"])).t("; ").c(f"HE grade {c.ri(1, 2)}").t("\n\n")
    c.t("Bloods: ").cl([f"Cr {cr} (baseline {base})", f"Na {lv.na}", f"K {c.fl(3.4, 5.6)}", f"bili {lv.bili}", f"INR {lv.inr}",
                        f"WCC {c.fl(8, 19)}", f"CRP {c.ri(40, 220)}"]).t("\n")
    st = 3 if cr >= 3 * base else 2 if cr >= 2 * base else 1
    c.t("Imp: ").c(f"AKI stage {st} (KDIGO)").t(", ").c("HRS-AKI" if st >= 2 else "pre-renal AKI").t(" after ")
    c.c("48 h albumin 1 g/kg").t("\n\nPlan:\n1. ").c(c.ch(["ceftriaxone 2 g IV OD", "piperacillin-tazobactam 4.5 g IV TDS"]))
    c.t(" (day ").c(f"{c.ri(2, 4)}/5").t(")\n2. ").c("terlipressin 1 mg IV QDS").t(" + ").c("HAS 20% 100 mL BD").t("\n3. ")
    c.c("hold spironolactone and furosemide").t("\n4. ").c("lactulose 20 mL QDS, aim 2-3 soft stools").t(", ").c("rifaximin 550 mg BD")
    c.t("\n5. ").c("repeat tap at 48 h - expect PMN fall > 25%").t("\n6. ").c("escalation: ward-based care, not for ICU").t(" ")
    c.t("(discussed with patient)\n\n" + ("Son " if kid.sex == "m" else "Daughter ")).nm(kid.first).t(" updated by phone ")
    c.ph(phone(c)).t("\n")
    c.t("Entry: ").nm(fy.fi).t(" FY1\n")
    return _end(c, q, dob, [("chi", chi)])


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = orgs("University Hospital of Wales", "Royal Glamorgan Hospital", "Prince Charles Hospital",
               "Princess of Wales Hospital", "Morriston Hospital", "Royal Gwent Hospital", "Grange University Hospital")
orgs("Cardiff and Vale", "Cwm Taf Morgannwg", "Aneurin Bevan", "DVLA", "Cymraeg")


def cy_hcc_mdt(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(61, 94)
    nhs = nhs_no(c.r)
    hn = f"{c.ch('CGM')}{c.dig(6)}"
    mtg = c.wdt(-8, -1)
    while mtg.weekday() != 3:
        mtg -= timedelta(days=1)
    cns, rad, chair = c.staff("f"), c.staff(), c.staff()
    size = round(c.r.uniform(1.4, 7.8), 1)
    old = age >= 88
    welsh = q.grp == "wel" and c.yes(0.5)
    c.t("HEPATOBILIARY / HCC MDT OUTCOME - University Hospital of Wales\n")
    c.t(f"Meeting: {c.wd(mtg, True)} ").d(mtg, "dot").t("   Chair: Dr ").nm(chair.fi).t("\n\n")
    c.t("Name: ").nm(q.fL).t("   DOB: ").d(dob, "dot").t("   Age: ").age(age).t("\n")
    c.t("NHS No: ").id(spaced(nhs, 1)).t("   Hosp No: ").id(hn).t("\n")
    if welsh:
        c.t("Dewis iaith / Language preference: Cymraeg\n")
    c.t("\nBackground: ").c(c.ch(["ARLD cirrhosis", "MASLD cirrhosis", "HBV cirrhosis", "haemochromatosis cirrhosis"]))
    c.t(", ").c(f"Child-Pugh A{c.ri(5, 6)}").t(", ").c(f"ECOG PS {2 if old else c.ri(0, 1)}").t("\n")
    c.t("Imaging: ").c(c.ch(["multiphase CT", "MRI liver (gadoxetate)"])).t(" ").d(mtg - timedelta(days=c.ri(7, 25)), "dmy").t(": ")
    c.c(f"{size} cm segment {c.ch(['II', 'IV', 'V', 'VI', 'VII', 'VIII'])} lesion, APHE with washout").t(", ")
    c.c(c.ch(["LI-RADS 5", "LR-5, capsule present"])).t(", ").c(c.ch(["no vascular invasion", "no extrahepatic disease"])).t("\n")
    c.t("AFP: ").c(f"{c.ri(3, 900)} kU/L").t("   Plt ").c(f"{c.ri(70, 210)}").t("   Bili ").c(f"{c.ri(8, 30)}").t("\n")
    bclc = "A" if size < 5 else "B"
    c.t("Stage: ").c(f"BCLC {bclc}").t("; ").c("within Milan criteria" if size <= 5 else "beyond Milan").t("\n\n")
    c.t("Outcome: ")
    if old:
        c.c("best supportive care").t(" - discussed with patient and family; ").c("not for TACE").t(" given frailty (")
        c.c(f"Clinical Frailty Scale {c.ri(5, 7)}").t(")\n")
    elif size <= 3:
        c.c("microwave ablation").t(" (").c("percutaneous, US-guided").t(")\n")
    else:
        c.c(c.ch(["cTACE (lipiodol-epirubicin)", "DEB-TACE"])).t("; ").c("reimage with CT 4-6 weeks after").t("\n")
    surg = c.staff()
    c.t("Discussion: ").c(c.ch(["not resectable - portal hypertension (HVPG not measured, platelets low)",
                               "resection considered; future liver remnant adequate but CSPH likely",
                               "ablation window clear on US"])).t("\n")
    c.t("Present: Dr ").nm(chair.fi).t(" (hepatology), Mr ").nm(surg.fi).t(" (HPB surgery), Dr ").nm(rad.fi)
    c.t(" (IR), CNS team\nPatient to be told by: ").c("hepatology clinic next week").t("\n")
    c.t("Radiologist: Dr ").nm(rad.fi).t("\nKey worker: ").nm(cns.fl).t(" (HCC CNS) - ").ph(phone(c, False, "029")).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)])


def cy_he_phone(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(44, 80)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    sp = c.spouse(q)
    cns = c.staff("f")
    dd = c.wdt(-6, 0)
    adm = dd - timedelta(days=c.ri(8, 30))
    land = phone(c, False, area)
    c.t("Hepatology CNS telephone clinic\n")
    c.t("Date: ").d(dd, "dmy").t(f"   Time: {c.tm(9, 16)}\n")
    c.t("Patient: ").nm(q.fl).t("   NHS: ").id(nhs).t("\n")
    c.t("Spoke with patient and " + ("wife " if sp.sex == "f" else "husband ")).nm(sp.first).t(" on ").ph(land).t("\n")
    c.t("ID checked: name, DOB ").d(dob, "dmy").t(" and first line of address (").ad(line).t(")\n\n")
    c.t("Reason: follow-up after admission to ").t(c.ch(CY_HOSP[1:])).t(" on ").d(adm, c.ch(["dm", "dsh"])).t(" with ")
    c.c(f"grade {c.ri(2, 3)} hepatic encephalopathy").t(" (precipitant ").c(c.ch(["constipation", "UTI", "hypokalaemia"])).t(")\n")
    c.t("Now on: ").cl(["rifaximin 550 mg BD", "lactulose 20 mL TDS", "thiamine 100 mg TDS"]).t("\n")
    c.t("Bowels: ").c(f"{c.ri(2, 3)} soft stools/day").t(" (").c(f"Bristol type {c.ri(5, 6)}").t(")\n")
    c.nm(sp.first).t(" reports ").c(c.ch(["no confusion since discharge", "one episode of day-night reversal", "sleeping better"]))
    c.t("; ").c(c.ch(["no falls", "one fall, no injury"])).t("\n")
    k = round(c.r.uniform(3.2, 4.9), 1)
    c.t("Bloods (GP ").d(dd - timedelta(days=c.ri(2, 6)), "dm").t("): ").cl([f"Na {c.ri(128, 139)}", f"K {k}",
                                                                             f"Cr {c.ri(60, 140)}", f"bili {c.ri(24, 70)}"]).t("\n")
    c.t("Driving: ").c("advised not to drive and to inform the DVLA").t("\n")
    c.t("Diet: ").c("small frequent meals, late-evening snack, no protein restriction").t("; ").c(f"weight {c.fl(58, 96)} kg").t("\n")
    c.t("Safety-netting: ").c("carer knows signs of drowsiness and when to call 999").t("\n\nPlan: ")
    c.cl(["continue lactulose, titrate to 2-3 soft stools", "Sando-K 2 tabs BD for 5 days" if k < 3.6 else "U&E in 1 week",
          "hepatology clinic in 4 weeks"], "; ").t("\n")
    c.t("Call the hepatology nurses on ").ph(phone(c, False, "029")).t(" ext ").ph(f"4{c.dig(4)}").t(" if drowsy or confused.\n")
    c.t("CNS: ").nm(cns.fl).t(", Hepatology Clinical Nurse Specialist\n")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), [land])


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = orgs("Royal Victoria Hospital", "Antrim Area Hospital", "Craigavon Area Hospital", "Causeway Hospital",
               "South West Acute Hospital", "Ulster Hospital")
orgs("Regional Liver Unit", "Belfast Trust", "Northern Trust")


def ni_masld(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(38, 74)
    hc = hc_no(c.r)
    line, town, pc, _, _ = place(c)
    gp, cons = c.staff(), c.staff()
    gtown = c.ch(TOWNS["ni"])[0]
    dd = c.wdt(-20, -3)
    ast, alt, plt = c.ri(28, 90), c.ri(30, 120), c.ri(120, 260)
    fib4 = age * ast / (plt * math.sqrt(alt))
    lsm = round(c.r.uniform(6.0, 19.5), 1)
    h, w = c.ri(152, 186), c.ri(86, 138)
    c.t("Regional Liver Unit - Royal Victoria Hospital\nSteatotic Liver Disease Clinic\n\n")
    c.t("Date: ").d(dd, "long").t("\n\nDr ").nm(gp.fi).t("\n").ad(gtown).t("\n\n")
    c.t(f"Re: {q.title} ").nm(q.fl).t(", DOB ").d(dob, "dotyy").t(", H&C No. ").id(c.ch([hc, spaced(hc, 1)])).t("\n")
    c.t("     ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Diagnosis: ").c("MASLD").t(" with ").c(c.ch(["type 2 diabetes", "obesity and hypertension", "dyslipidaemia"])).t("\n")
    c.t("Non-invasive tests: ").cl([f"FIB-4 {fib4:.2f}", f"ELF {c.fl(8.8, 11.4)}", f"LSM {lsm} kPa", f"CAP {c.ri(270, 380)} dB/m"]).t("\n")
    c.t("Interpretation: ").c("advanced fibrosis (F3) likely" if lsm >= 12 else "significant fibrosis possible" if lsm >= 8 else
                              "low risk of advanced fibrosis").t("\n")
    c.t("Weight ").c(f"{w} kg").t(", BMI ").c(f"{w / (h / 100) ** 2:.1f}").t(", waist ").c(f"{c.ri(98, 140)} cm").t(", BP ")
    c.c(f"{c.ri(128, 162)}/{c.ri(76, 98)}").t("; HbA1c ").c(f"{c.ri(44, 78)} mmol/mol").t("\n")
    c.t("Medication: ").cl(c.r.sample(["metformin 1 g BD", "semaglutide 1 mg weekly", "atorvastatin 40 mg ON",
                                       "ramipril 5 mg OD", "empagliflozin 10 mg OD"], 3)).t("\n")
    c.t("Alcohol: ").c(f"{c.ri(0, 12)} units/week").t("; ").c(c.ch(["non-smoker", "ex-smoker"])).t("\n")
    c.t("Bloods: ").cl([f"ALT {alt} U/L", f"AST {ast} U/L", f"platelets {plt}", f"bilirubin {c.ri(6, 20)} umol/L",
                        f"albumin {c.ri(38, 46)} g/L", f"triglycerides {c.fl(1.6, 4.4)} mmol/L"]).t("\n")
    c.t("Ultrasound: ").c(c.ch(["bright liver, smooth outline, spleen 11 cm", "diffuse steatosis, no focal lesion"])).t("\n\n")
    c.t(f"I explained to {q.title} ").nm(q.last).t(" that a ").c("7-10% weight loss").t(" improves fibrosis. Plan:\n")
    c.t("- ").c("continue GLP-1 RA; statin is safe and should continue").t("\n- ").c("repeat FibroScan in 12 months").t("\n- ")
    c.c("HCC surveillance not required (no cirrhosis)" if lsm < 15 else "6-monthly ultrasound as LSM > 15 kPa").t("\n\n")
    c.t("Yours sincerely\n\nDr ").nm(cons.fl).t(", Consultant Hepatologist\n")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc))


def ni_aih(c: C) -> Note:
    q = c.pat(sex=c.ch(["f", "f", "f", "m"]))
    dob, age = c.adult(19, 72)
    hc = hc_no(c.r)
    dx = c.today - timedelta(days=c.ri(120, 700))
    dd = c.wdt(-14, -2)
    cons, gp = c.staff(), c.staff()
    kid = c.rel(q)
    w = c.ri(52, 96)
    aza = round(w * c.ch([1.0, 1.5]) / 25) * 25
    c.t(f"Hepatology Clinic - {c.ch(NI_HOSP)}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   H&C: ").id(hc).t("   DOB: ").d(dob, "dot").t("\n")
    c.t("Clinic: ").d(dd, "dot").t("   Seen by: Dr ").nm(cons.fi).t("\n\n")
    c.t("Autoimmune hepatitis type 1, diagnosed ").d(dx, "dmy").t("\n")
    c.t("At diagnosis: ").cl([f"ALT {c.ri(300, 1400)} U/L", f"IgG {c.fl(18, 34)} g/L", f"ANA 1:{c.ch([80, 160, 320])}",
                              f"ASMA 1:{c.ch([40, 80, 160])}", "liver biopsy interface hepatitis with plasma cells",
                              f"simplified AIH score {c.ri(6, 8)}"]).t("\n")
    c.t("Now: ").cl([f"ALT {c.ri(12, 38)} U/L", f"IgG {c.fl(9, 15)} g/L", f"bili {c.ri(5, 18)}", f"Plt {c.ri(160, 320)}"])
    c.t(" - ").c("complete biochemical response").t("\n\n")
    c.t("Treatment: ").cl([f"azathioprine {aza} mg OD", f"prednisolone {c.ch([5, 7.5, 10])} mg OD, tapering by 2.5 mg monthly",
                           "Adcal-D3 1 tab BD"]).t(" (").c(f"TPMT {c.ri(35, 52)} mU/L, normal").t(")\n")
    c.t("Symptoms: ").c(c.ch(["fatigue improving", "no symptoms", "weight gain on steroids, mood OK"])).t("; ")
    c.t("exam: ").cl([f"BP {c.ri(110, 148)}/{c.ri(66, 90)}", f"BMI {c.fl(20, 34)}", "no jaundice"]).t("\n")
    c.t("Vaccines: ").c("influenza, pneumococcal, COVID-19; avoid live vaccines on azathioprine").t("\n")
    c.t("Monitoring: ").c("FBC and LFTs 3-monthly").t("; ").c("DEXA due").t("\n")
    who = ("father " if kid.sex == "m" else "mother ") if age < 38 else ("son " if kid.sex == "m" else "daughter ")
    c.t("Attended with " + who).nm(kid.first).t(".\n")
    c.t("Next review ").d(dd + timedelta(days=c.ri(80, 120)), "my").t(". Copy to GP Dr ").nm(gp.fi).t(".\n")
    return _end(c, q, dob, [("hc", hc)])


# ---------------------------------------------------------------------------------------- United States (Pennsylvania)
US_HOSP = orgs("UPMC Montefiore", "UPMC Presbyterian", "Allegheny General Hospital", "Temple University Hospital",
               "Hospital of the University of Pennsylvania", "Penn State Health Hershey Medical Center",
               "Geisinger Medical Center", "Lehigh Valley Hospital")
orgs("Starzl Transplantation Institute", "Penn Transplant Institute", "Quest Diagnostics", "LabCorp", "MyChart",
     "Highmark", "Blue Cross Blue Shield", "UPMC Health Plan", "Keystone First", "AmeriHealth Caritas", "Medicare",
     "Medicaid", "HealthChoices", "Accredo", "CVS Specialty", "OPTN", "UNOS", "HelpHOPELive", "Blue Distinction",
     "Epclusa", "Mavyret", "Prograf", "Bactrim", "Valcyte", "CellCept", "Yueh", "Electronically")


def _us_mrn(c: C) -> str:
    return c.ch([f"{c.ri(100000, 9999999):08d}", f"E{c.dig(9)}", f"{c.dig(3)}-{c.dig(2)}-{c.dig(2)}"])


def _lfmid(q: P) -> str:
    """"Last, First Middle" where a whole middle name was drawn, else "Last, First M"."""
    return f"{q.last}, {q.first} {q.midn}" if q.midn else q.lfm


def us_meld_listing(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(35, 69)
    mrn = _us_mrn(c)
    lv = c.liver(c.ch("BCC"), q.sex == "f")
    m3 = lv.meld3()
    every = 7 if m3 >= 25 else 30 if m3 >= 19 else 90 if m3 >= 11 else 365
    dd = c.wdt(-3, 0)
    lab = dd - timedelta(days=c.ri(0, 2))
    _, town, _, area, st = place(c)
    cg = c.spouse(q)
    hep = c.staff()
    cell, cgcell = phone(c, area=area), phone(c, area=area)
    hcc = c.yes(0.3)
    c.t("TRANSPLANT HEPATOLOGY - MELD UPDATE / WAITLIST NOTE\n\n")
    c.t("Patient: ").nm(c.ch([_lfmid(q), q.LFF])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t(f"   Age: {age}\n")
    c.t("Date: ").d(dd, "us").t("   Listing status: ").c("Active").t("   ABO: ").c(c.ch(["O", "A", "B", "AB"])).t("\n\n")
    c.t("Labs (").d(lab, "usyy").t("): ")
    labs(c, lv, "bili inr cr na alb", us=True).t("\nDialysis twice or CVVHD in prior week: ").c("no").t("\n")
    c.t("Scores: ").cl([f"MELD 3.0 {m3}", f"MELD(i) {lv.meld()}", f"MELD-Na {lv.meldna()}"]).t("\n")
    c.t("Recertification: ").c(f"every {every} days").t(" - next labs due ").d(dd + timedelta(days=every), "us1").t("\n")
    if hcc:
        c.t("Exception: ").c("HCC within Milan (T2), exception approved").t(" ").d(dd - timedelta(days=c.ri(30, 200)), "us1")
        c.t(" - ").c("MMaT-3").t("\n")
    c.t("Interval events: ").c(c.ch(["LVP x2 (6.1 L, 5.4 L) with albumin", "admission for grade 2 HE, precipitant constipation",
                                     "no admissions; weight stable", "SBP treated with ceftriaxone, now on cipro prophylaxis"])).t("\n")
    c.t("Meds: ").cl(c.r.sample(["furosemide 40 mg daily", "spironolactone 100 mg daily", "lactulose 20 g TID",
                                 "rifaximin 550 mg BID", "carvedilol 3.125 mg BID", "ciprofloxacin 500 mg daily",
                                 "pantoprazole 40 mg daily"], 4)).t("\n\n")
    c.t("Offer readiness: patient's cell ").ph(cell).t(" on at all times; lives in ").ad(town).t(f", {st} - ")
    c.t(f"about {c.ri(1, 3)} h {c.ri(0, 5)}0 min drive. Caregiver: " + ("wife " if cg.sex == "f" else "husband "))
    c.nm(cg.first).t(" (cell ").ph(cgcell).t(").\n\n")
    c.t("Plan: ").cl(["remain active on list", "repeat MELD labs per schedule", "continue HCC surveillance imaging q3 mo" if hcc
                      else "continue diuretics at current dose"], "; ").t("\n\n")
    c.nm(hep.fml).t(", MD - Transplant Hepatology\n")
    return _end(c, q, dob, [("mrn", mrn)], tel=[cell])


def us_financial(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(42, 71)
    mrn = _us_mrn(c)
    ssn = ssn_no(c.r)
    line, town, z, area, st = place(c)
    home, cell = phone(c, area=area), phone(c, area=area)
    mcare = age >= 65 or c.yes(0.3)
    fc, rep = c.staff(), c.staff()
    sub = c.spouse(q)
    sdob = dob + timedelta(days=c.ri(-2900, 2900))
    dd = c.wdt(-10, -1)
    c.t("TRANSPLANT FINANCIAL CLEARANCE - LIVER EVALUATION\n\n")
    c.t("Patient: ").nm(q.LFF).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("\nSSN: ").p("SSN", ssn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(z).t("\nHome: ").ph(home).t("   Cell: ").ph(cell).t("\n\n")
    if mcare:
        m = mbi_no(c.r)
        c.t("Primary: Medicare Part A & B   MBI: ").id(c.ch([m, f"{m[:4]}-{m[4:7]}-{m[7:]}"])).t("\n")
        c.t("Secondary: PA Medicaid (HealthChoices)   Recipient ID: ").id(c.dig(10)).t("\n")
    else:
        plan, pre = c.ch([("Highmark Blue Cross Blue Shield", "XYH"), ("UPMC Health Plan", "UPM"), ("Aetna", "W"),
                          ("Geisinger Health Plan", "GHP")])
        c.t(f"Primary: {plan}   ").t("Member ID: ").id(f"{pre}{c.dig(9)}").t(f"   Group: {c.ri(10000, 99999)}\n")
        c.t("Subscriber: ").nm(sub.fl).t(" (spouse), DOB ").d(sdob, "us").t("\n")
    c.t("Benefits verified with ").nm(rep.first).t(" (plan rep) on ").d(dd, "us1").t(", call ref ").id(f"{c.ch('ACR')}{c.dig(10)}").t("\n\n")
    c.t("Clinical: ").c(c.ch(["K70.31 alcoholic cirrhosis of liver with ascites", "K75.81 nonalcoholic steatohepatitis",
                              "K74.60 unspecified cirrhosis of liver", "B18.2 chronic viral hepatitis C"]))
    c.t("; ").c(f"MELD 3.0 {c.ri(15, 31)}").t("; planned ").c("CPT 47135 liver allotransplantation, orthotopic").t("\n")
    c.t("Transplant benefit: ").c("in network").t("; evaluation authorized, auth # ").id(f"PA{c.dig(8)}").t("\n")
    c.t("Immunosuppressants: ").c("Medicare Part B if transplant Medicare-covered; otherwise Part D / plan formulary").t("\n")
    c.t("Patient responsibility reviewed: deductible, coinsurance, lodging near center; referred to HelpHOPELive for fundraising.\n\n")
    c.nm(fc.fl).t(", Transplant Financial Coordinator   ").ph(phone(c, area="412")).t(" ext. ").ph(str(c.ri(2000, 7999))).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ssn", ssn)], (line, town, z), [home, cell])


def us_para_ir(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(40, 78)
    mrn = _us_mrn(c)
    acct = c.dig(10)
    op, pa = c.staff(), c.staff()
    fam = c.rel(q)
    dd = c.wdt(-2, 0)
    lv = c.liver("C", q.sex == "f")
    vol = round(c.r.uniform(3.5, 9.8), 1)
    alb = round(vol * 8 / 12.5) * 12.5 if vol > 5 else 0
    c.t(f"INTERVENTIONAL RADIOLOGY PROCEDURE NOTE - {c.ch(US_HOSP)}\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.full])).t("   MRN: ").id(mrn).t("   Acct #: ").id(acct).t("\nDOB: ").d(dob, "us")
    c.t("   Date of service: ").d(dd, "us").t(f"   Time-out: {c.tm(8, 15)}\n\n")
    c.t("Procedure: ").c("Ultrasound-guided paracentesis, therapeutic").t(" (").c("CPT 49083").t(")\n")
    c.t("Operator: ").nm(op.fml).t(", MD (NPI ").id(npi_no(c.r)).t(")   Assistant: ").nm(pa.fl).t(", PA-C\n")
    c.t("Indication: ").c("tense ascites, cirrhosis").t("; ").c(f"MELD 3.0 {lv.meld3()}").t("\n")
    c.t("Pre-procedure: ").cl([f"INR {lv.inr}", f"plt {lv.plt}K", f"BP {c.ri(96, 128)}/{c.ri(54, 78)}", f"HR {c.ri(68, 96)}"])
    c.t(" - ").c("no FFP or platelets (SIR guidance)").t("\n")
    c.t("Technique: ").c(f"{c.ch(['RLQ', 'LLQ'])} pocket marked under US").t(", ").c("1% lidocaine 10 mL").t(", ")
    c.c("5 Fr Yueh centesis catheter").t(". ").c(f"{vol} L").t(" of ").c(c.ch(["clear yellow", "straw-colored", "cloudy"]))
    c.t(" fluid removed.\n")
    if alb:
        c.t("Albumin: ").c(f"25% albumin {alb:g} g IV").t(" (").c("6-8 g per liter removed").t(")\n")
    c.t("Specimens: ").cl(["cell count with differential", "albumin", "total protein", "culture (bedside bottles)"]).t("\n")
    c.t("EBL: ").c("minimal").t("   Complications: ").c("none").t("\n")
    c.t("Post: ").cl([f"BP {c.ri(92, 124)}/{c.ri(52, 76)}", f"HR {c.ri(70, 98)}", "no leak at site"]).t("\n\n")
    c.t("Disposition: discharged home with " + ("son " if fam.sex == "m" else "daughter ")).nm(fam.fl)
    c.t(". Return precautions given; next tap ").d(dd + timedelta(days=c.ri(10, 18)), "md").t(".\n")
    return _end(c, q, dob, [("mrn", mrn), ("acct", acct)])


def us_portal(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(28, 70)
    mrn = _us_mrn(c)
    rn = c.staff("f")
    t0 = c.dt(-6, -1)
    lvl = round(c.r.uniform(11.2, 17.5), 1)
    drug = c.ch(["fluconazole for a yeast infection", "diltiazem for my heart rate", "clarithromycin for bronchitis"])
    em = q.mail(c.ch(["gmail.com", "yahoo.com", "comcast.net", "verizon.net", "aol.com"]), c.ri(0, 5))
    ipa = c.ip()
    lo = c.ri(5, 7)
    dose = c.ri(2, 5)
    _, town, _, _, _ = place(c)
    c.t("MyChart Message Thread - Transplant Hepatology\n\n")
    c.t("From: ").nm(q.fl).t(" (patient)   To: Liver Transplant Nurse Pool\n")
    c.t("Sent: ").d(t0, "us1").t(f" {c.ri(6, 11)}:{c.ri(0, 5)}{c.ri(0, 9)} AM   [web, IP ").p("IP", ipa).t("]\n")
    c.t("Subject: tac level\n\n")
    c.t("Hi, my level from ").d(t0 - timedelta(days=1), "md").t(" came back ").c(f"{lvl}").t(" which is high. Urgent care in ")
    c.ad(town).t(f" started me on {drug} two days ago. I feel a little shaky and have a headache. Should I change my ")
    c.c(f"Prograf {dose} mg twice a day").t("? Thanks, ").nm(q.first).t("\n\n")
    c.t("From: ").nm(rn.fl).t(", BSN, RN, Transplant Nurse Coordinator\nSent: ").d(t0, "us1").t(f" {c.ri(1, 4)}:{c.ri(0, 5)}{c.ri(0, 9)} PM\n\n")
    c.t("Hi ").nm(q.first).t(",\nThank you for letting us know. That medicine raises tacrolimus levels. Per Dr. ")
    c.nm(c.staff().last).t(": ").c("hold tonight's dose").t(", then ").c(f"tacrolimus {max(1, dose - 1)} mg twice a day").t(". ")
    c.t("Please get a ").c("12-hour trough").t(" and ").c("BMP").t(" on ").d(t0 + timedelta(days=3), "md")
    c.t(" before your morning dose. Your goal is ").c(f"{lo}-{lo + 3} ng/mL").t(". ")
    c.t("Upload your lab slip here if needed: ").p("URL", f"https://mychart.upmc.com/MyChart/doc/{c.tok(12)}").t("\n\n")
    c.t("Email on file for notifications: ").em(em).t("\nMRN: ").id(mrn).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], tel=[em])


def us_hcv_pa(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(22, 64)
    mem = c.dig(10)
    pr = c.staff()
    line, town, z, area, st = place(c)
    while st != "PA":
        line, town, z, area, st = place(c)
    dd = c.wdt(-5, 0)
    rna = c.ri(60000, 8800000)
    gt = c.ch(["1a", "1a", "1b", "2", "3"])
    lsm = round(c.r.uniform(4.5, 22.0), 1)
    fib = "F0-F1" if lsm < 7 else "F2" if lsm < 9.5 else "F3" if lsm < 12.5 else "F4 (compensated)"
    c.t("PRIOR AUTHORIZATION REQUEST - HEPATITIS C DIRECT-ACTING ANTIVIRAL\n")
    c.t(f"Plan: PA Medicaid HealthChoices - {c.ch(['Keystone First', 'AmeriHealth Caritas', 'UPMC for You'])}   Fax to pharmacy services\n\n")
    c.t("Member: ").nm(c.ch([q.fm, q.full])).t("   DOB: ").d(dob, "usdash").t("   Member ID: ").id(mem).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(z).t("\n\n")
    c.t("Prescriber: ").nm(pr.fl).t(f", {c.ch(['MD', 'CRNP', 'PA-C'])}   NPI: ").id(npi_no(c.r)).t("   DEA: ").id(dea_no(c.r, pr.last))
    c.t("\nPhone: ").ph(phone(c, area=area)).t("   Fax: ").ph(phone(c, area=area)).t("\n\n")
    c.t("Drug: ").c("sofosbuvir/velpatasvir 400/100 mg").t(", ").c("1 tablet by mouth daily").t(" x ").c("12 weeks").t(" (")
    c.c("qty 28, 2 refills").t(")\nDiagnosis: ").c("B18.2 chronic viral hepatitis C").t("\n")
    c.t("Genotype: ").c(gt).t("   HCV RNA: ").c(f"{rna:,} IU/mL").t(" (").d(dd - timedelta(days=c.ri(10, 60)), "us").t(")\n")
    c.t("Fibrosis: ").c(f"FibroScan {lsm} kPa").t(" = ").c(fib).t("; ").c(f"FIB-4 {c.fl(0.6, 4.2, 2)}").t("\n")
    c.t("Screening: ").cl(["HBsAg neg", "anti-HBc neg", "HIV neg"] + (["urine hCG neg"] if q.sex == "f" else [])).t("\n")
    c.t("Prior HCV treatment: ").c("none (treatment-naive)").t("\n")
    c.t("Concurrent meds: ").cl(c.r.sample(["buprenorphine/naloxone 16/4 mg daily", "methadone 90 mg daily", "famotidine 20 mg BID",
                                            "sertraline 50 mg daily", "nicotine patch 21 mg"], 2))
    c.t(" - ").c("no acid-suppressant conflict" if c.yes() else "famotidine timed 12 h apart").t("\n")
    c.t("Attestation: adherence counselling done; sobriety not required by plan.\nSigned: ").nm(pr.fi).t("   Date: ").d(dd, "us1").t("\n")
    return _end(c, q, dob, [("medicaid", mem)], (line, town, z))


def us_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(30, 70)
    mrn = _us_mrn(c)
    sp = c.spouse(q)
    rn, doc = c.staff("f"), c.staff()
    dd = c.wdt(-4, 0)
    _, town, _, area, _ = place(c)
    k = c.fl(5.4, 6.1)
    cr1, cr0 = c.fl(1.5, 2.1), c.fl(1.0, 1.3)
    tac = c.fl(10.5, 15.8)
    dose = c.ri(3, 5)
    cb = phone(c, area=area)
    c.t("tc to pt re labs drawn ").d(dd - timedelta(days=1), "md").t(". ")
    c.c(f"k {k}").t(", ").c(f"cr {cr1} (baseline {cr0})").t(", ").c(f"tac {tac}").t(" (").c("goal 6-8").t("), ")
    c.c(f"mg {c.fl(1.3, 1.7)}").t(", ").c(f"wbc {c.fl(2.6, 5.2)}").t(".\n")
    c.t("spoke w/ pt and " + ("wife " if sp.sex == "f" else "husband ")).nm(sp.first.lower()).t(" on speaker, verified name + dob ")
    c.d(dob, "us1").t(". pt reports ").c(c.ch(["tremor in hands, no fevers", "feels fine, good uop", "mild nausea, eating ok"]))
    c.t(". taking meds as prescribed, no missed doses.\n")
    c.t("per dr ").nm(doc.last.lower()).t(": ").c(f"decrease prograf {dose}mg bid -> {dose - 1}mg bid").t(", ")
    c.c("stop bactrim, start atovaquone 1500mg daily").t(", ").c("low k diet").t(", ").c("push fluids 2L/day").t(".\n")
    c.t("repeat ").c("bmp, mg, tac trough").t(" in ").c("3 days").t(" at quest in ").ad(town.lower()).t(" - order faxed.\n")
    c.t("med rec: ").cl([f"prograf {dose}mg bid", "cellcept 500mg bid", "pred 5mg daily", "valcyte 450mg daily",
                         "bactrim ss mwf", "mag ox 400mg bid"]).t(". ").c("no nsaids").t(" reinforced.\n")
    c.t("pt verbalized understanding, teach-back done. next clinic ").d(dd + timedelta(days=c.ri(7, 14)), "md")
    c.t(". callback # ").ph(cb).t("\n")
    c.t("also asked re refill - ").c("prograf 90 day supply").t(" sent to specialty pharmacy. reminded ").c("no grapefruit")
    c.t(", ").c("sunscreen").t(".\nmrn ").id(mrn.lower()).t("\n- ").nm(f"{rn.first.lower()} {rn.last[0].lower()}").t(", rn\n")
    return _end(c, q, dob, [("mrn", mrn)], tel=[cb])


def us_ah_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(29, 58)
    mrn = _us_mrn(c)
    adm = c.dt(-4, -1)
    dd = adm + timedelta(days=c.ri(1, 3))
    hosp, fel = c.staff(), c.staff()
    sib = c.rel(q)
    pt = round(c.r.uniform(18.5, 29.0), 1)
    ctrl = round(c.r.uniform(11.0, 12.6), 1)
    bili = round(c.r.uniform(6.0, 24.0), 1)
    df = 4.6 * (pt - ctrl) + bili
    inr = round(pt / ctrl * 0.95, 1)
    lv = Lv(round(bili * 17.1), c.ri(20, 28), inr, c.ri(60, 140), c.ri(126, 136), c.ri(90, 220), c.ri(40, 110),
            c.ri(110, 290), c.ri(120, 240), c.ri(200, 1400), c.ri(95, 128), 2, 1, q.sex == "f")
    c.t("HEPATOLOGY CONSULT NOTE\n")
    c.t("Patient: ").nm(_lfmid(q)).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, "us").t(f" | Room {c.ri(3, 9)}{c.ch('EW')}-{c.ri(1, 30)}\n")
    c.t("Admit date: ").d(adm, "us1").t("   Consult date: ").d(dd, "us1").t("   Requesting: Dr. ").nm(hosp.last).t(" (hospitalist)\n\n")
    c.t(f"Reason: jaundice, suspected alcohol-associated hepatitis\n\nHPI: {age} y/o {q.mf} with ")
    c.c(c.ch(["1 L of vodka daily", "a 30-pack of beer daily", "a fifth of whiskey daily"])).t(" for ").c(f"{c.ri(4, 15)} years")
    c.t(", last drink ").d(adm - timedelta(days=c.ri(1, 5)), "md").t(". ").c(f"{c.ri(2, 6)} weeks of progressive jaundice").t(", ")
    c.c("anorexia, abdominal distension").t(". No prior liver diagnosis.\n\n")
    c.t("Labs: ")
    labs(c, lv, "bili ast alt alp inr cr na alb", us=True).t(", ").c(f"PT {pt} s (control {ctrl})").t(", ").c(f"WBC {c.fl(11, 24)}")
    c.t("\nImaging: ").c("US - echogenic hepatomegaly, patent vasculature, small ascites").t("\n\n")
    c.t("Scores: ").cl([f"Maddrey DF {df:.1f}", f"MELD 3.0 {lv.meld3()}", f"MELD-Na {lv.meldna()}"]).t("\n")
    sev = df >= 32
    c.t("Assessment: ").c("severe alcohol-associated hepatitis" if sev else "alcohol-associated hepatitis, not severe").t("\n")
    c.t("Recommendations:\n1. ").c("infection screen: blood cultures, UA, CXR, diagnostic paracentesis").t("\n2. ")
    if sev:
        c.c("if screen negative, prednisolone 40 mg daily").t("; ").c("Lille score on day 7").t(" (")
        c.d(dd + timedelta(days=7), "md").t(")\n3. ")
    else:
        c.c("supportive care, no steroids").t("\n3. ")
    c.c("thiamine 500 mg IV TID x 3 days").t(", ").c("folate 1 mg daily").t(", ").c("CIWA protocol with lorazepam").t("\n4. ")
    c.c("addiction medicine consult; acamprosate 666 mg TID or baclofen 10 mg TID at discharge").t("\n5. ")
    c.c("early liver transplant evaluation discussed").t(" - patient and " + ("brother " if sib.sex == "m" else "sister "))
    c.nm(sib.fl).t(" engaged\n\n")
    c.t("Electronically signed by ").nm(fel.fml).t(", MD, Transplant Hepatology Fellow on ").d(dd, "us1").t(f" {c.tm(13, 19)}\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_posttx(c: C) -> Note:
    q = c.pat(sex=c.ch(["f", "m"]))
    dob, age = c.adult(46, 66)
    mrn = _us_mrn(c)
    tx = c.today - timedelta(days=c.ri(80, 110))
    dd = c.wdt(-3, 0)
    np_ = c.staff("f")
    mom_age = min(age + c.ri(21, 34), 99)
    kid = c.rel(q)
    _, town, _, area, st = place(c)
    mcell = phone(c, area=area)
    tac = round(c.r.uniform(5.4, 9.6), 1)
    c.t("TRANSPLANT HEPATOLOGY CLINIC - POST-TRANSPLANT VISIT (MONTH 3)\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("\nVisit: ").d(dd, "us").t("\n\n")
    c.t("Transplant: ").c(c.ch(["DDLT", "DCD liver transplant", "split-liver transplant"])).t(" on ").d(tx, "us").t(" for ")
    c.c(c.ch(["MASH cirrhosis", "alcohol-associated cirrhosis", "PSC", "HCV cirrhosis with HCC"])).t("; ")
    c.c(c.ch(["CMV D+/R-", "CMV D+/R+", "CMV D-/R+"])).t("\n")
    c.t("Immunosuppression: ").cl([f"tacrolimus {c.ri(2, 5)} mg BID (trough {tac} ng/mL, goal 6-8)",
                                   "mycophenolate mofetil 1000 mg BID", "prednisone 5 mg daily, taper to off"]).t("\n")
    c.t("Prophylaxis: ").cl(["valganciclovir 450 mg daily (renal dose)", "TMP-SMX SS daily", "clotrimazole troche 10 mg TID"])
    c.t("\n\nVitals: ").cl([f"BP {c.ri(126, 156)}/{c.ri(72, 94)}", f"HR {c.ri(60, 88)}", f"T {c.fl(97.6, 98.9)} F",
                            f"Wt {c.fl(58, 104)} kg"]).t("\n")
    c.t("Labs: ").cl([f"ALT {c.ri(14, 44)}", f"AST {c.ri(14, 40)}", f"alk phos {c.ri(70, 160)}", f"T bili {c.fl(0.3, 1.2)}",
                      f"Cr {c.fl(1.0, 1.7, 2)}", f"eGFR {c.ri(42, 80)}", f"K {c.fl(4.0, 5.4)}", f"Mg {c.fl(1.3, 1.9)}",
                      f"WBC {c.fl(2.8, 6.4)}", f"Hgb {c.fl(9.6, 13.2)}", f"A1c {c.fl(5.6, 7.4)}%"]).t("\n\n")
    c.t("Assessment: ").c("graft function excellent").t("; ").c(c.ch(["post-transplant diabetes", "tacrolimus-related hypertension",
                                                                        "hypomagnesemia", "mild leukopenia"])).t("\n")
    c.t("Plan: ").cl(["continue current IS", "magnesium oxide 400 mg BID", "amlodipine 5 mg daily", "labs weekly at Quest",
                      "dermatology referral"], "; ").t("\n\n")
    c.t(f"Social: lives with {q.his} mother, aged ").age(mom_age).t(", in ").ad(town).t(f", {st}; ")
    c.t("son " if kid.sex == "m" else "daughter ").nm(kid.fl).t(" is primary caregiver (cell ").ph(mcell).t(")\n\n")
    c.nm(np_.fl).t(", CRNP, Transplant Hepatology\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia (New South Wales)
AU_HOSP = orgs("Royal Prince Alfred Hospital", "Westmead Hospital", "Liverpool Hospital", "John Hunter Hospital",
               "Wollongong Hospital", "Dubbo Base Hospital", "Blacktown Hospital", "Concord Repatriation General Hospital")
orgs("AW Morrow Gastroenterology and Liver Centre", "Australian National Liver Transplantation Unit", "ANLTU", "TIS National",
     "Healthdirect", "PBS", "Medicare", "Hepatitis NSW", "Section", "HSD", "GESA", "Austin")


def au_anltu(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(30, 67)
    mc, irn = medicare_au(c.r)
    mrn = c.dig(7)
    line, town, pc, _area, st = place(c)
    ref = c.staff()
    cons = c.staff()
    dd = c.wdt(-14, -2)
    lv = c.liver(c.ch("BC"), q.sex == "f")
    cp, cls = lv.cp()
    sup = c.spouse(q)
    mob = phone(c)
    c.t("Australian National Liver Transplantation Unit\nRoyal Prince Alfred Hospital, Camperdown\n\n")
    c.d(dd, "d/m/y").t("\n\nDr ").nm(ref.fl).t(f"\nGastroenterologist, {c.ch(AU_HOSP[1:])}\n")
    c.t("Provider no. ").id(au_provider(c.r)).t("\n\nDear ").nm(ref.first).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.LF])).t("   DOB ").d(dob, "d/m/y").t("   MRN ").id(mrn).t("\n")
    c.t("Medicare ").id(c.ch([mc, f"{mc[:4]} {mc[4:9]} {mc[9]}"])).t(f" / {irn}\n")
    c.t("    ").ad(line).t(", ").ad(town).t(f" {st} ").zp(pc).t("   Mob ").ph(mob).t("\n\n")
    c.t("Thank you for referring ").nm(q.first).t(f", whom I saw in the assessment clinic today with {q.his} ")
    c.t("wife " if sup.sex == "f" else "husband ").nm(sup.first).t(".\n\n")
    c.t("Diagnosis: ").c(c.ch(AETIOL)).t(" with ").c(c.ch(["recurrent encephalopathy", "refractory ascites", "recurrent cholangitis"]))
    c.t("\nScores: ").cl([f"MELD-Na {lv.meldna()}", f"Child-Pugh {cls}{cp}"]).t("\nBloods: ")
    labs(c, lv, "bili alb inr cr na plt").t("\n\n")
    c.t("Assessment plan over the next ").c("4-6 weeks").t(": ").cl(["CT abdomen (triple phase)", "TTE with bubble study",
                                                                      "CPET", "dental review", "DEXA", "social work and psychiatry"])
    c.t(".\nVaccination: ").c("hepatitis A and B, pneumococcal, influenza, COVID-19 booster").t(".\n")
    c.t(f"{q.He} lives {c.ri(1, 6)} hours from Camperdown and will need to stay in Sydney for ")
    c.c("3 months after transplant").t(".\n\nKind regards,\n\nDr ").nm(cons.fl).t("\nHepatologist, AHPRA ").id(ahpra_no(c.r)).t("\n")
    return _end(c, q, dob, [("medicare", mc), ("mrn", mrn)], (line, town, pc), [mob])


def au_hbv_s100(c: C) -> Note:
    q = c.pat(grps=["vie", "vie", "asy", "fil", "nsw"])
    dob, _age = c.adult(31, 74)
    mc, irn = medicare_au(c.r)
    ihi = ihi_no(c.r)
    _, town, pc, _, _ = place(c)
    gp = c.staff()
    interp = c.person(q.grp) if q.grp != "nsw" else None
    dd = c.wdt(-8, 0)
    dna = c.ch([c.ri(20, 1800), c.ri(2100, 90000), c.ri(100000, 40000000)])
    lang = {"vie": "Vietnamese", "asy": "Assyrian", "fil": "Tagalog"}.get(q.grp, "")
    c.t("Hepatitis B s100 (HSD) community prescriber record\n")
    c.t(f"Practice: {c.ch(['Cabramatta Family Medical Centre', 'Fairfield Doctors', 'Canley Heights Medical Practice'])}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "dmy").t("   Suburb: ").ad(town).t(" ").zp(pc).t("\n")
    c.t("Medicare: ").id(mc).t(f" IRN {irn}   IHI: ").id(ihi).t("\n")
    if interp:
        c.t(f"Interpreter ({lang}, TIS National, phone): ").nm(interp.fl).t(", ID ").id(c.dig(6)).t("\n")
    c.t("Date: ").d(dd, "dmy").t("   Prescriber: Dr ").nm(gp.fi).t(" (s100 accredited)\n\n")
    c.t("Serology: ").cl(["HBsAg pos", c.ch(["HBeAg neg / anti-HBe pos", "HBeAg pos"]), "anti-HDV neg"]).t("\n")
    c.t("HBV DNA ").c(f"{dna:,} IU/mL").t("   ALT ").c(f"{c.ri(14, 96)} U/L").t("   Plt ").c(f"{c.ri(120, 320)}").t("   eGFR ")
    c.c(f"{c.ri(58, 110)}").t("\nFibroScan ").c(kpa(c, c.yes(0.2))).t("\n\n")
    on = dna > 2000
    if on:
        c.t("Treatment: ").c(c.ch(["entecavir 0.5 mg daily on an empty stomach", "tenofovir disoproxil 300 mg daily"]))
        c.t(" - PBS authority approved; ").c("28 tablets, 5 repeats").t("\n")
    else:
        c.t("Treatment: ").c("not indicated - immune control phase").t("\n")
    c.t("HCC surveillance: ").c("6-monthly liver ultrasound and AFP").t(" (").c("Asian-born male > 40" if q.sex == "m" else "family history of HCC")
    c.t(")\nLast US ").d(dd - timedelta(days=c.ri(20, 160)), "sh").t(": ").c("no focal lesion").t("\n")
    c.t("Other medicines: ").cl(c.r.sample(["metformin 500 mg bd", "perindopril 5 mg daily", "atorvastatin 20 mg daily",
                                           "lisinopril 10 mg daily"], c.ri(1, 2))).t("; ").c("alcohol nil").t("; ").c(f"BMI {c.fl(21, 31)}").t("\n")
    c.t("Education: ").c("adherence, do not stop tablets suddenly (flare risk)").t("; ").c("Hepatitis NSW helpline given").t("\n")
    c.t("Household contacts: ").c("all tested; children vaccinated").t("\nNext review: ").d(dd + timedelta(days=182), "my").t("\n")
    return _end(c, q, dob, [("medicare", mc), ("ihi", ihi)])


def au_telehealth(c: C) -> Note:
    q = c.pat(grps=["nsw", "nsw", "nsw", "fil"])
    dob, _age = c.adult(34, 76)
    mrn = c.dig(8)
    mc, irn = medicare_au(c.r)
    town, pc, _area, st = c.ch([t for t in TOWNS["au"] if t[2] in ("026", "088")])
    cns, doc = c.staff("f"), c.staff()
    dd = c.wdt(-5, 0)
    em = q.mail(c.ch(["bigpond.com", "gmail.com", "outlook.com.au", "icloud.com"]), c.ri(0, 5))
    mob = phone(c)
    ipa = c.ip()
    lv = c.liver(c.ch("AB"), q.sex == "f")
    c.t("LIVER CLINIC - TELEHEALTH (video) ").d(dd, "dmy").t(f" {c.tm(9, 16)}\n")
    c.t("Patient: ").nm(q.fl).t("   MRN ").id(mrn).t("   Medicare ").id(f"{mc[:4]} {mc[4:9]} {mc[9]}").t(f"-{irn}\n")
    c.t("Located at: home, ").ad(town).t(f" {st} ").zp(pc).t("   Mobile: ").ph(mob).t("   Email: ").em(em).t("\n")
    c.t("Video link sent by SMS: ").p("URL", f"https://vcc1.healthdirect.org.au/call/{c.tok(8)}").t("\n")
    c.t("Connection: participant IP ").p("IP", ipa).t(", ").c("audio dropped once, reconnected").t("\n")
    c.t("Clinicians: Dr ").nm(doc.fi).t(" (hepatologist), ").nm(cns.first).t(" (liver CNC)\n\n")
    c.t("Background: ").c(c.ch(["MASLD cirrhosis", "ARLD cirrhosis, abstinent", "HCV cirrhosis, SVR12 achieved"]))
    c.t(", ").c(f"Child-Pugh {lv.cp()[1]}{lv.cp()[0]}").t("\n")
    c.t("Bloods (local pathology ").d(dd - timedelta(days=c.ri(3, 10)), "dsh").t("): ")
    labs(c, lv, "bili alb inr plt cr", short=True).t("\n")
    c.t("Symptoms: ").c(c.ch(["well, no confusion or bleeding", "ankles swollen by evening", "itch at night"])).t("\n")
    c.t("Medicines: ").cl(c.r.sample(["carvedilol 6.25 mg bd", "spironolactone 50 mg daily", "frusemide 20 mg daily",
                                      "metformin 1 g bd", "cholestyramine 4 g daily"], 3)).t("; ").c("alcohol nil for 2 years").t("\n")
    c.t("Weight (home scales): ").c(f"{c.fl(60, 112)} kg").t("\n\nPlan: ").cl(["US liver and AFP at the local radiology practice",
                                                                              "no change to medicines",
                                                                              "gastroscopy at the base hospital"], "; ")
    c.t("\nDiscussed: ").c("travel to Sydney for gastroscopy not needed - local list OK").t("; ")
    c.c("flu and pneumococcal vaccines due").t("\nNext telehealth: ").d(dd + timedelta(days=c.ri(80, 120)), "long").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("medicare", mc)], (None, town, pc), [mob, em])


def au_tx_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(26, 68)
    mrn = c.dig(7)
    mc, irn = medicare_au(c.r)
    adm = c.dt(-24, -12)
    tx = adm + timedelta(days=c.ri(0, 1))
    dis = tx + timedelta(days=c.ri(9, 16))
    rmo, cons, gp = c.staff(), c.staff(), c.staff()
    gtown, gpc, garea, gst = c.ch(TOWNS["au"])
    c.t("DISCHARGE SUMMARY - Liver Transplant Unit, Royal Prince Alfred Hospital\n\n")
    c.t("Patient: ").nm(q.LF).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "dmy").t("\nMedicare: ").id(mc).t(f" ({irn})\n")
    c.t("Admitted: ").d(adm, "dmy").t("   Discharged: ").d(dis, "dmy").t("   Consultant: Dr ").nm(cons.last).t("\n\n")
    c.t("Procedure: ").c(c.ch(["orthotopic liver transplant (DBD, whole graft)", "orthotopic liver transplant (DCD graft)",
                              "reduced-size left lateral graft"])).t(" on ").d(tx, "dmy").t("\n")
    c.t("Indication: ").c(c.ch(AETIOL)).t("\nCold ischaemic time ").c(f"{c.ri(4, 9)} h {c.ri(0, 59)} min").t(", ")
    c.c(c.ch(["duct-to-duct anastomosis", "Roux loop hepaticojejunostomy"])).t("\n")
    c.t("Course: ").c(c.ch(["extubated day 1, ICU 2 days", "ICU 4 days, AKI (peak Cr 210) resolved",
                            "mild acute cellular rejection day 7 (RAI 4), methylprednisolone 500 mg x 3"])).t("\n")
    c.t("Discharge bloods: ").cl([f"bili {c.ri(8, 40)}", f"ALT {c.ri(20, 120)}", f"INR {c.fl(1.0, 1.3)}", f"Cr {c.ri(70, 140)}",
                                  f"tacrolimus {c.fl(7, 11)} ug/L"]).t("\n\nDischarge medications:\n")
    for med in ["tacrolimus (Prograf) " + f"{c.ri(2, 5)} mg bd", "mycophenolate 1 g bd", "prednisone 20 mg daily, reduce per chart",
                "valganciclovir 900 mg daily", "trimethoprim/sulfamethoxazole 160/800 mg Mon/Wed/Fri", "nystatin 1 mL qid",
                "pantoprazole 40 mg daily"]:
        c.t("  - ").c(med).t("\n")
    c.t("\nFollow-up: transplant clinic twice weekly; bloods Mon and Thu.\n")
    c.t("GP: Dr ").nm(gp.fl).t(", ").ad(gtown).t(f" {gst} ").zp(gpc).t("   Ph ").ph(phone(c, False, garea)).t("\n")
    c.t("Author: Dr ").nm(rmo.fi).t(" (RMO)\n")
    return _end(c, q, dob, [("mrn", mrn), ("medicare", mc)])


# ---------------------------------------------------------------------------------------- Canada
CA_HOSP = orgs("Toronto General Hospital", "Ajmera Transplant Centre", "St. Michael's Hospital", "Sunnybrook",
               "QEII Health Sciences Centre", "Victoria General", "Vancouver General Hospital", "St. Paul's Hospital")
orgs("Multi-Organ Transplant Program", "OHIP", "MSI", "PharmaCare", "NIHB", "Non-Insured Health Benefits", "Trillium",
     "Downtown Eastside", "Insite", "Overdose Prevention", "Status", "Band")


def on_referral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(33, 68)
    oh = ohip_no(c.r)
    vc = c.ch(["", f"{c.ch('ABCDEFGHJKLMN')}{c.ch('ABCDEFGHJKLMNPRSTW')}"])
    mrn = c.dig(7)
    line, town, pc, area, st = place(c)
    fp, cons = c.staff(), c.staff()
    ftown = c.ch(TOWNS["on"])[0]
    dd = c.wdt(-10, -1)
    lv = c.liver(c.ch("BC"), q.sex == "f")
    sp = c.spouse(q)
    c.t("UHN - Ajmera Transplant Centre, Toronto General Hospital\nLIVER TRANSPLANT REFERRAL CONSULTATION\n\n")
    c.t("Date: ").d(dd, "iso").t("\nPatient: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, "iso").t("   MRN: ").id(mrn).t("\n")
    c.t("OHIP: ").id(c.ch([f"{oh[:4]}-{oh[4:7]}-{oh[7:]}", oh]) + (f" {vc}" if vc else "")).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(pc).t("   Tel: ").ph(phone(c, area=area)).t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(", ").ad(ftown).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(AETIOL)).t("\nMELD-Na ").c(f"{lv.meldna()}").t(" (").d(dd - timedelta(days=2), "iso").t("): ")
    labs(c, lv, "bili inr cr na alb", sep="; ").t("\n")
    c.t("Decompensation: ").cl(c.r.sample(["ascites requiring LVP every 2 weeks", "HE on lactulose and rifaximin",
                                          "variceal bleed, banded", "hyponatremia to 124"], 2)).t("\n")
    c.t("Medications: ").cl(c.r.sample(["furosemide 40 mg daily", "spironolactone 100 mg daily", "lactulose 30 mL TID",
                                        "rifaximin 550 mg BID", "nadolol 20 mg daily", "ciprofloxacin 500 mg daily",
                                        "pantoprazole 40 mg daily"], 4)).t("\n")
    c.t("Substance use: ").c(c.ch(["alcohol nil since 2022 (PEth negative)", "never drinker", "cannabis occasionally"])).t("; ")
    c.c(c.ch(["non-smoker", "quit smoking 5 years ago"])).t("\n")
    c.t("Frailty: ").c(f"Liver Frailty Index {c.fl(3.5, 5.0, 2)}").t("   ").c(f"6MWD {c.ri(180, 480)} m").t("\n")
    c.t("Support: " + ("wife " if sp.sex == "f" else "husband ")).nm(sp.first).t(" - will relocate to Toronto for ").c("3 months").t("\n\n")
    c.t("Impression: ").c("suitable for formal transplant assessment").t("; ").c("living donor option discussed").t("\n")
    c.t("Dr. ").nm(cons.fl).t(", MD, FRCPC, Transplant Hepatology\n")
    return _end(c, q, dob, [("ohip", oh), ("mrn", mrn)], (line, town, pc))


def on_ldlt(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(45, 68)
    oh = ohip_no(c.r)
    mrn = c.dig(7)
    dn = c.rel(q)
    ddob, dage = c.adult(21, max(21, age - 21))
    dmrn = c.dig(7)
    ilda, surg = c.staff(), c.staff()
    dd = c.wdt(-10, -1)
    wt = c.ri(58, 92)
    right = c.yes(0.7)
    gw = c.ri(640, 1020) if right else c.ri(430, 620)
    grwr = gw / (wt * 10)
    lobe = "right lobe (segments 5-8)" if right else "left lobe (segments 2-4) with caudate"
    c.t("LIVING DONOR LIVER TRANSPLANT - RECIPIENT / DONOR PAIR SUMMARY\n")
    c.t("Meeting: ").d(dd, c.ch(["iso", "usl"])).t("\n\n")
    c.t("Recipient: ").nm(q.fl).t("   DOB ").d(dob, "iso").t("   MRN ").id(mrn).t("   OHIP ").id(oh).t("\n")
    c.t("Indication: ").c(c.ch(AETIOL)).t("; ").c(f"MELD-Na {c.ri(14, 24)}").t("; ").c(f"weight {wt} kg").t("\n\n")
    rel = "son" if dn.sex == "m" else "daughter"
    c.t(f"Donor ({rel}): ").nm(dn.fl).t("   DOB ").d(ddob, "iso").t("   MRN ").id(dmrn).t(f"   Age {dage}\n")
    c.t("Donor work-up: ").cl([c.ch(["ABO identical", "ABO compatible"]), f"BMI {c.fl(21, 29)}", "no steatosis on MRI (PDFF 3%)",
                               f"CT volumetry graft {gw} g", f"remnant {c.ri(32, 45)}%",
                               c.ch(["standard biliary anatomy", "type 2 biliary anatomy", "replaced right hepatic artery"])]).t("\n")
    c.t("Graft: ").c(lobe).t("; ").c(f"GRWR {grwr:.2f}%").t("\n")
    c.t("Donor risk disclosed: ").c("mortality about 0.2-0.5% (right lobe)" if right else "mortality about 0.1-0.2% (left lobe)").t(", ").c("biliary leak or stricture 5-10%").t(", ")
    c.c("4-6 weeks off work").t("\nRecipient issues: ").cl(c.r.sample(["portal vein patent", "prior cholecystectomy",
                                                                       "BMI 31, dietitian input", "sarcopenia, prehab started",
                                                                       "CMV IgG positive"], 3)).t("\n\n")
    c.t("Independent living donor advocate: ").nm(ilda.fl).t(" - ").c("no evidence of coercion").t(f"; donor aware {dn.he} may withdraw at any time.\n")
    c.t("Decision: ").c("approved - proceed to surgery").t(", tentative OR date ").d(dd + timedelta(days=c.ri(14, 40)), "iso").t("\n")
    c.t("Surgeon: Dr. ").nm(surg.fi).t("\n")
    return _end(c, q, dob, [("ohip", oh), ("mrn", mrn)])


def ns_coord(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(36, 70)
    line, town, pc, area, prov = place(c)
    hcn = c.dig(10) if prov == "NS" else (c.dig(8) if prov == "PE" else c.dig(9))
    status = c.dig(10) if q.grp == "mik" else ""
    coord = c.staff("f")
    sup = c.spouse(q) if c.yes() else c.rel(q)
    dd = c.wdt(-5, 0)
    cell, home = phone(c, area=area), phone(c, area=area)
    c.t("QEII Multi-Organ Transplant Program - Liver Recipient Coordinator Note\n")
    c.t("Date: ").d(dd, c.ch(["ussh", "iso"])).t(f"   Time: {c.tm(9, 16)}\n\n")
    c.t("Patient: ").nm(q.fl).t("   DOB ").d(dob, "ussh").t(f"   {prov} health card: ").id(hcn).t("\n")
    if status:
        c.t("Status card (registration) no.: ").id(status).t(" - NIHB drug coverage confirmed\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(f", {prov} ").zp(pc).t("\nCell ").ph(cell).t("   Home ").ph(home).t("\n\n")
    c.t("Call with patient and support person ").nm(sup.fl).t(".\n")
    c.t("Listing: ").c(f"active on list {c.ri(2, 11)} weeks").t(", ").c(f"MELD-Na {c.ri(18, 30)}").t(", ").c(f"blood group {c.ch('OAB')}").t("\n")
    c.t("Travel plan for a call-in: ").c(f"drive to Halifax {c.ri(1, 6)} h").t(
        c.ch(["; Confederation Bridge open 24 h", "; standby flight if after hours", "; own vehicle, support person driving"]))
    c.t("\nMust reach hospital within ").c("4 hours").t(" of call. Accommodation post-discharge: ").c("Lodge 6-8 weeks").t("\n")
    c.t("Reviewed: ").cl(["no recent infections", "weight stable", "last paracentesis 9 days ago (5.2 L)",
                          "lactulose titrated to 3 BM/day"], "; ").t("\n")
    c.t("Meds reviewed: ").cl(c.r.sample(["furosemide 40 mg daily", "spironolactone 100 mg daily", "lactulose 30 mL TID",
                                          "rifaximin 550 mg BID", "propranolol 20 mg BID", "norfloxacin 400 mg daily"], 3)).t("\n")
    c.t("Education: ").c("immunosuppression teaching booklet").t(", ").c("pager kept charged").t("\n")
    c.t("Concerns raised: ").c(c.ch(["cost of fuel and parking", "childcare during admission", "none"])).t(" - ")
    c.c("social work referral").t("\nNext contact: ").d(dd + timedelta(days=c.ri(14, 30)), "ussh").t("\n")
    c.t("Coordinator: ").nm(coord.fl).t(", RN\n")
    return _end(c, q, dob, [("health-card", hcn)], (line, town, pc), [cell, home])


def bc_hcv(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(24, 62)
    phn = bc_phn(c.r)
    nurse, md = c.staff("f"), c.staff()
    frn = c.person(q.grp if q.grp != "bcc" else "bcx")
    dd = c.wdt(-5, 0)
    start = dd + timedelta(days=c.ri(0, 7))
    oat = c.ch(["methadone 80 mg daily (witnessed)", "slow-release oral morphine 400 mg daily", "buprenorphine/naloxone 12 mg daily",
                "injectable OAT (hydromorphone)"])
    c.t("Hep C outreach treatment record - Vancouver Coastal Health (DTES)\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.LF])).t("   DOB ").d(dob, "ymd/").t("   PHN ").id(c.ch([phn, f"{phn[:4]} {phn[4:7]} {phn[7:]}"])).t("\n")
    c.t("Contact: ").c("no fixed address, stays in SRO housing").t(" - message via friend ").nm(frn.first)
    c.t(" at ").ph(phone(c, area="604")).t("\nSeen: ").d(dd, "iso").t(" at the drop-in\n\n")
    c.t("HCV RNA ").c(f"{c.ri(80000, 6000000):,} IU/mL").t("; ").c(f"genotype {c.ch(['1a', '3a', '2b'])}").t("; ").c(f"APRI {c.fl(0.3, 1.9, 2)}")
    c.t("; ").c(f"FibroScan {c.fl(5.0, 14.0)} kPa").t("\nHBV: ").c("immune (vaccinated)").t("   HIV: ").c("neg").t("\n")
    c.t("History: ").c(f"injecting since age {c.ri(15, 30)}").t(", ").c(c.ch(["no prior HCV treatment", "treated 2019, reinfected"]))
    c.t(", ").c(c.ch(["last used 3 days ago", "smoking fentanyl daily", "no injecting for 6 months"])).t("\n")
    c.t("Bloods: ").cl([f"ALT {c.ri(30, 160)}", f"plt {c.ri(110, 310)}", f"eGFR {c.ri(70, 120)}", f"Hb {c.ri(110, 150)}"]).t("\n")
    c.t("OAT: ").c(oat).t(" - ").c("no interaction with sofosbuvir/velpatasvir").t("\n")
    c.t("Plan: ").c("sofosbuvir/velpatasvir 400/100 mg daily x 12 weeks").t(", ").c("weekly blister packs with OAT at the pharmacy")
    c.t(", start ").d(start, "iso").t("\nPharmaCare: ").c("Plan G / special authority approved").t("\n")
    c.t("Harm reduction: ").c("naloxone kit given, new works").t("; ").c("reinfection risk discussed").t("\n")
    c.t("Follow-up: ").c("HCV RNA at week 4 optional; SVR12 bloods at week 24").t("; ").c("offer HAV/HBV booster")
    c.t("\nOutreach RN: ").nm(nurse.fl).t("   Prescriber: Dr. ").nm(md.fi).t("\n")
    return _end(c, q, dob, [("phn", phn)])


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = orgs("St Vincent's University Hospital", "Cork University Hospital", "University Hospital Galway",
               "Beaumont Hospital", "Mater Misericordiae University Hospital", "Tallaght University Hospital")
IE_PRAC = orgs("Riverview Medical Centre", "Castle Surgery", "Main Street Medical", "Abbey Family Practice",
               "Greenfields Primary Care Centre")
orgs("National Liver Transplant Programme", "Liver Unit", "Medical Card", "GMS", "Drug Payment Scheme", "Hospital",
     "St Brigid's", "St Camillus", "St Laurence's", "IMC", "NMBI")


def _ie_place(c: C) -> tuple[str, str, str, str, str]:
    """An Irish address with the county printed only where it does not repeat the town."""
    line, town, ez, area, county = place(c, "ie")
    if town in county:
        county = ""
    return line, town, ez, area, county


def _ie_county(c: C, county: str) -> C:
    """A Dublin postal district is ADDRESS; "Co. X" is not PHI."""
    if not county:
        return c
    c.t(", ")
    return c.ad(county) if county.startswith("Dublin") else c.t(county)


def ie_svuh_letter(c: C) -> Note:
    q = c.pat(sex=c.ch(["f", "f", "m"]))
    dob, _age = c.adult(38, 76)
    mrn = c.dig(7)
    line, town, ez, _area, county = _ie_place(c)
    gp, cons = c.staff(), c.staff()
    gtown = c.ch(TOWNS["ie"])[0]
    dd = c.wdt(-20, -4)
    w = c.ri(52, 96)
    udca = round(w * 14 / 250) * 250
    alp0 = c.ri(380, 900)
    alp1 = c.ri(110, 420)
    c.t("Liver Unit, St Vincent's University Hospital\n\n").d(dd, c.ch(["nth", "long"])).t("\n\n")
    c.t("Dr ").nm(gp.fl).t(f"\n{c.ch(IE_PRAC)}\n").ad(gtown).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(q.fl).t(", DOB ").d(dob, "dot").t(", MRN ").id(mrn).t("\n     ").ad(line).t(", ").ad(town)
    _ie_county(c, county).t(", ").zp(ez).t("\n\n")
    c.t("Diagnosis: ").c("primary biliary cholangitis").t(" (").c("AMA positive 1:320").t("; ").c("anti-gp210 negative").t(")\n")
    c.t("Treatment: ").c(f"ursodeoxycholic acid {udca} mg daily").t(" (").c(f"{udca / w:.1f} mg/kg/day").t(")\n\n")
    c.nm(q.first).t(" attended today. ")
    c.t(f"{q.He} reports ").c(c.ch(["troublesome itch, worse at night", "marked fatigue", "dry eyes and mouth", "no new symptoms"]))
    c.t(". ALP has fallen from ").c(f"{alp0} U/L").t(" to ").c(f"{alp1} U/L").t(" on UDCA; ").c(f"bilirubin {c.ri(6, 22)} umol/L").t(", ")
    c.c(f"albumin {c.ri(36, 44)} g/L").t(", ").c(f"platelets {c.ri(150, 320)}").t(". ").c(f"FibroScan {c.fl(5.0, 13.5)} kPa").t(".\n")
    good = alp1 < 1.67 * 130
    c.t("Response: ").c("adequate (Toronto / Paris II criteria met)" if good else "inadequate biochemical response").t(". ")
    c.c(f"UK-PBC 10-year risk {c.fl(1.2, 9.5)}%").t(".\n\n")
    c.t("Other: ").cl([f"IgM {c.fl(1.8, 6.4)} g/L", "TSH normal", f"vitamin D {c.ri(28, 80)} nmol/L"]).t("; ")
    c.c(c.ch(["no varices expected (Baveno VII)", "Baveno VII: spleen stiffness not done"])).t("\n\n")
    c.t("Plan:\n- ")
    c.c("continue UDCA" if good else "add bezafibrate 400 mg daily (off-label, discussed)").t("\n- ")
    c.c("cholestyramine 4 g, 1 hour after other medicines" if c.yes() else "sertraline 75 mg for itch if cholestyramine fails")
    c.t("\n- ").c("DEXA scan; calcium and vitamin D").t("\n- review in ").c("6 months").t("\n\n")
    c.t("Le meas,\n\nDr ").nm(cons.fl).t(", FRCPI\nConsultant Hepatologist   IMC ").id(str(c.ri(10000, 420000))).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, ez))


def ie_lower(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(36, 72)
    mrn = c.dig(7)
    o1 = c.pat()
    o2 = c.pat()
    a2 = c.ri(58, 96)
    m1, m2 = c.dig(7), c.dig(7)
    son = c.rel(q, "m")
    reg = c.staff()
    dd = c.dt(-3, 0)
    ward = c.ch(["st brigid's", "st camillus", "st laurence's"])
    c.t(f"liver ward handover - {ward} - ").d(dd, c.ch(["d/m", "dm"])).t(" eve (reg: ").nm(reg.first.lower()).t(")\n\n")
    c.t(f"bed {c.ri(1, 8)} - ").nm(q.low).t(" (mrn ").id(mrn).t(f") {age}{q.mf.lower()} ")
    c.c(c.ch(["arld cirrhosis", "aah, day 4 pred", "nash cirrhosis"])).t(", adm w/ ").c(c.ch(["sbp", "ugib - banded x4", "he gr 2"]))
    c.t("\n  ").c(f"meld {c.ri(18, 32)}").t(". ").c(f"cr {c.ri(90, 220)}").t(" (up). on ").c("terlipressin 1mg qds").t(" + ")
    c.c("has 20% 100ml bd").t(".\n  jobs: ").c("u&e 10pm").t(", ").c("tap if temp").t(". nok son ").nm(son.first.lower()).t(" ")
    c.ph(phone(c, region="ie")).t(" - wants call if any change\n\n")
    c.t(f"bed {c.ri(9, 14)} - ").nm(o1.low).t(" (mrn ").id(m1).t(f") {c.ri(30, 60)}{o1.mf.lower()} ")
    c.c("acute liver failure ?paracetamol, nac running").t(", ").c(f"inr {c.fl(2.4, 4.8)}").t(", ").c(f"lactate {c.fl(2.0, 4.4)}")
    c.t("\n  kings criteria: ").c("not met").t(". ").c("hourly neuro obs").t(". nltp aware\n\n")
    c.t(f"bed {c.ri(15, 22)} - ").nm(o2.low).t(" (mrn ").id(m2).t(") ").age(a2).t(f"{o2.mf.lower()} ")
    c.c("decompensated cirrhosis").t(", ").c("dnar, ward-based care").t(". ").c("comfort focus").t(". family visiting\n\n")
    o3 = c.pat()
    c.t(f"bed {c.ri(23, 30)} - ").nm(o3.low).t(" (mrn ").id(c.dig(7)).t(f") {c.ri(25, 65)}{o3.mf.lower()} ")
    c.c(f"post-tx day {c.ri(3, 9)}").t(", ").c(f"tac {c.fl(6, 13)}").t(", ").c("drain out today").t(", ").c("mobilising")
    c.t(". ").c("doppler us liver in am").t("\n\nall bloods sent. nil else.\n")
    return _end(c, q, dob, [("mrn", mrn)])


def ie_posttx_gp(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(30, 70)
    pps = ppsn(c.r, c.yes(0.4))
    gms = f"{c.dig(6)}{c.ch('ABCDEFGHKLMNPRSTW')}"
    mrn = c.dig(7)
    line, town, ez, _area, county = _ie_place(c)
    gp, cns = c.staff(), c.staff("f")
    gtown = c.ch(TOWNS["ie"])[0]
    tx = c.today - timedelta(days=c.ri(200, 1400))
    dd = c.wdt(-12, -2)
    tac = round(c.r.uniform(3.8, 8.2), 1)
    mob = phone(c)
    c.t("National Liver Transplant Programme - Shared Care Letter\n\n")
    c.t("To: Dr ").nm(gp.fi).t(f", {c.ch(IE_PRAC)}, ").ad(gtown).t("\nDate: ").d(dd, "nth").t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, c.ch(["dot", "nth"])).t("   MRN: ").id(mrn).t("\n")
    c.t("PPSN: ").p("SSN", pps).t("   Medical card: ").id(gms).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    _ie_county(c, county).t(" ").zp(ez).t("   Mobile: ").ph(mob).t("\n\n")
    c.t("Transplanted ").d(tx, "nth").t(" for ").c(c.ch(AETIOL)).t(". Seen in the transplant clinic ").d(dd - timedelta(days=c.ri(1, 5)), "nthmo")
    c.t(".\n\nCurrent immunosuppression: ").cl([f"tacrolimus (Envarsus) {c.ri(1, 6)} mg once daily",
                                               c.ch(["mycophenolate 500 mg bd", "everolimus 0.75 mg bd", "no second agent"])])
    c.t("\nTarget tacrolimus level ").c("4-7 ug/L").t("; today ").c(f"{tac} ug/L").t(".\n")
    c.t("Bloods: ").cl([f"ALT {c.ri(12, 48)}", f"ALP {c.ri(60, 160)}", f"bili {c.ri(5, 20)}", f"creatinine {c.ri(80, 150)}",
                        f"eGFR {c.ri(40, 85)}", f"Hb {c.ri(112, 152)}", f"WCC {c.fl(3.2, 8.4)}"]).t("\n\n")
    c.t("Requests for shared care:\n1. ").c("bloods every 3 months (FBC, U&E, LFT, tacrolimus trough 12 h post dose)").t("\n2. ")
    c.c("annual influenza and COVID-19 vaccination; no live vaccines").t("\n3. ").c("BP target < 130/80").t("\n4. ")
    c.c("please avoid clarithromycin, erythromycin and azole antifungals (raise tacrolimus)").t("\n\n")
    c.t("Any queries to the liver transplant CNS, ").nm(cns.fl).t(", on ").ph(phone(c, False, "01")).t(".\n")
    return _end(c, q, dob, [("ppsn", pps), ("mrn", mrn)], (line, town, ez), [mob])


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Auckland City Hospital", "Waikato Hospital", "Rotorua Hospital", "Tauranga Hospital", "Middlemore Hospital",
               "Christchurch Hospital", "Whangārei Hospital")
orgs("New Zealand Liver Transplant Unit", "NZLTU", "Te Whatu Ora", "Health New Zealand", "Hepatitis Foundation",
     "Kia", "Ngā", "Mālō", "Pharmac")


def nz_nzltu(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pkh", "ton"])
    dob, _age = c.adult(36, 66)
    nhi = nhi_no(c.r, c.yes(0.35))
    line, town, pc, area, _ = place(c)
    ref, gp = c.staff(), c.staff()
    gtown = c.ch(TOWNS["nz"])[0]
    dd = c.wdt(-14, -2)
    lv = c.liver(c.ch("BC"), q.sex == "f")
    sup1, sup2 = c.spouse(q), c.rel(q)
    hosp = {"Rotorua": "Rotorua Hospital", "Tauranga": "Tauranga Hospital", "Hamilton": "Waikato Hospital",
            "Christchurch": "Christchurch Hospital", "Whangārei": "Whangārei Hospital", "Kaitaia": "Whangārei Hospital",
            "Kaikohe": "Whangārei Hospital"}.get(town, "Middlemore Hospital" if area == "09" else "Waikato Hospital")
    c.t(f"{hosp} - Gastroenterology\nReferral to the New Zealand Liver Transplant Unit\n\n")
    c.t("Date: ").d(dd, c.ch(["sh", "dmy"])).t("\n\nKia ora koutou,\n\n")
    c.t("Patient: ").nm(q.fL).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Ph: ").ph(phone(c)).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(gtown).t("\n\n")
    c.t("I would be grateful for your assessment of ").nm(q.first).t(", who has ").c(c.ch(AETIOL)).t(" complicated by ")
    c.c(c.ch(["diuretic-refractory ascites", "two variceal bleeds", "recurrent encephalopathy", "hepatopulmonary syndrome"])).t(".\n")
    c.t("Scores: ").cl([f"MELD-Na {lv.meldna()}", f"Child-Pugh {lv.cp()[1]}{lv.cp()[0]}"]).t("   Bloods: ")
    labs(c, lv, "bili alb inr cr na", short=True).t("\n")
    c.t("Comorbidities: ").cl(c.r.sample(["type 2 diabetes (HbA1c 58)", "obesity (BMI 36)", "gout", "ex-smoker", "OSA on CPAP"], 2))
    c.t("\nMedicines: ").cl(c.r.sample(["spironolactone 100 mg daily", "furosemide 40 mg daily", "propranolol 20 mg bd",
                                         "lactulose 20 mL tds", "rifaximin 550 mg bd", "metformin 500 mg bd"], 4))
    c.t("\nAlcohol: ").c(c.ch(["nil for 18 months", "never", "stopped 2 years ago, whānau confirm"])).t("; ")
    c.c(c.ch(["smokefree", "vapes, keen to stop"])).t("\n")
    c.t("\nWhānau support is strong: ")
    c.t("his wife " if sup1.sex == "f" else "her husband ").nm(sup1.first).t(" and ")
    c.t("son " if sup2.sex == "m" else "daughter ").nm(sup2.fl).t(f" will come to Auckland with {q.him}; ")
    c.c("Pacific health team and social worker involved" if q.grp == "ton" else "Māori health team and social worker involved").t(".\n\nNgā mihi,\n\nDr ").nm(ref.fl).t(", FRACP\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


def nz_hbv(c: C) -> Note:
    q = c.pat(grps=["ton", "ton", "mao"])
    dob, _age = c.adult(28, 72)
    nhi = nhi_no(c.r, c.yes(0.5))
    line, town, pc, _area, _ = place(c)
    nurse = c.staff("f")
    dd = c.wdt(-10, -1)
    em = q.mail(c.ch(["gmail.com", "xtra.co.nz", "hotmail.com"]), c.ri(0, 5))
    mob = phone(c)
    dna = c.ch([c.ri(20, 1900), c.ri(2100, 18000)])
    greet = "Mālō e lelei" if q.grp == "ton" else "Kia ora"
    c.t("Hepatitis B Surveillance Programme\n\n").d(dd, "long").t("\n\n").nm(q.fl).t("\n").ad(line).t("\n").ad(town).t(" ").zp(pc)
    c.t("\n\nNHI: ").id(nhi).t("\n\n").t(f"{greet} ").nm(q.first).t(",\n\n")
    c.t("Thank you for having your hepatitis B bloods taken on ").d(dd - timedelta(days=c.ri(7, 21)), c.ch(["dmo", "nthmo"])).t(". ")
    c.t("Your results:\n")
    c.kv([("  Liver test (ALT): ", f"{c.ri(12, 36)} U/L (normal)"), ("  Virus level (HBV DNA): ", f"{dna:,} IU/mL"),
          ("  e-antigen: ", "negative"), ("  AFP: ", f"{c.ri(1, 6)} kU/L (normal)"),
          ("  Liver ultrasound: ", c.ch(["no lumps seen", "slightly fatty liver, no lumps seen"]))])
    c.t("\nThis means your hepatitis B is ").c("in a quiet (inactive) phase").t(" and you ")
    c.c("do not need tablets at present").t(". Please keep having ").c("bloods every 6 months").t(" and ").c("an ultrasound every 6 months")
    c.t(", as this finds liver cancer early.\n\nPlease see your GP or call us if you notice ")
    c.c("yellow eyes, dark urine, swelling of the tummy or weight loss").t(". Family members should be ")
    c.c("tested and vaccinated").t(", and ").c("avoid alcohol and herbal remedies").t(".\n\nWe will text a reminder to ").ph(mob).t(" and email ").em(em)
    c.t(" before your next test, due ").d(dd + timedelta(days=c.ri(170, 190)), "my").t(".\n\nNgā mihi,\n\n").nm(nurse.fl)
    c.t(", Hepatitis Nurse\n")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc), [mob, em])


def nz_sms(c: C) -> Note:
    q = c.pat(grps=["mao", "pkh", "ton", "mao"])
    dob, _age = c.adult(24, 64)
    nhi = nhi_no(c.r, c.yes(0.5))
    tns = c.staff("f")
    nana = c.rel(q, "f")
    nan_age = c.ri(86, 97)
    mob = phone(c)
    t0 = c.dt(-8, -2)
    tac = round(c.r.uniform(9.5, 13.8), 1)
    dose = c.ri(3, 6)
    _, town, _, _, _ = place(c)
    c.t("NZLTU transplant nurse specialist - SMS log (exported)\n")
    c.t("Pt: ").nm(q.fl).t("  NHI ").id(nhi).t("  mob ").ph(mob).t("\n\n")
    c.t("[").d(t0, "dm").t(f" {c.tm(8, 11)}] TNS: kia ora ").nm(q.first.lower()).t(", ur tac level yesterday was ").c(f"{tac}")
    c.t(" - bit high. pls drop to ").c(f"{dose - 1}mg bd").t(" from tonight, recheck bloods ").d(t0 + timedelta(days=4), "d/m").t(" ta\n")
    c.t("[").d(t0, "dm").t(f" {c.tm(11, 14)}] PT: ok thanks. hands a bit shaky. do i still take the ").c("bactrim").t("?\n")
    c.t("[").d(t0, "dm").t(f" {c.tm(14, 16)}] TNS: yes keep the ").c("bactrim mon/wed/fri").t(". shaky hands = tac side effect, should settle. ")
    c.t("any fever, yellow eyes or dark urine ring us\n")
    c.t("[").d(t0 + timedelta(days=1), "dm").t(f" {c.tm(17, 21)}] PT: cant get to lab in ").ad(town).t(" thurs, my nana ")
    c.nm(nana.first).t(" is ").age(nan_age).t(" n cant drive me. fri ok?\n")
    c.t("[").d(t0 + timedelta(days=2), "dm").t(f" {c.tm(8, 10)}] TNS: fri fine, before ur morning dose. ka kite\n")
    c.t("[").d(t0 + timedelta(days=5), "dm").t(f" {c.tm(15, 17)}] TNS: level now ").c(f"{c.fl(6.2, 8.4)}").t(" - perfect. ")
    c.t("stay on ").c(f"{dose - 1}mg bd").t(". clinic ").d(t0 + timedelta(days=c.ri(12, 20)), "d/m").t(" 10am, bring ur med list\n")
    c.t("[").d(t0 + timedelta(days=5), "dm").t(f" {c.tm(16, 17)}] TNS: also ur ").c(f"creatinine {c.ri(92, 130)}").t(" ok, ")
    c.c(f"k {c.fl(4.0, 5.0)}").t(" ok. keep drinking ").c("2L water a day").t("\n")
    c.t("[").d(t0 + timedelta(days=5), "dm").t(f" {c.tm(17, 20)}] PT: sweet as. shakes gone. see u then\n")
    c.t("\nLogged by ").nm(tns.fi).t(", Transplant Nurse Specialist\n")
    return _end(c, q, dob, [("nhi", nhi)], tel=[mob])


# ---------------------------------------------------------------------------------------- India
IN_HOSP = orgs("Institute of Liver and Biliary Sciences", "Medanta", "Sir Ganga Ram Hospital", "Rela Institute",
               "Gleneagles Global Health City", "MGM Healthcare", "Kauvery Hospital")
orgs("Authorisation Committee", "THOTA", "Form", "CMCHIS", "Chief Minister's Comprehensive Health Insurance Scheme",
     "TNMC", "DMC", "UHID", "Transplant", "Tamil Nadu", "Haryana", "Uttar Pradesh", "Shri", "Smt", "Tab", "Cap")


def _in_addr(c: C, g: str) -> tuple[str, str, str, str]:
    line, town, pin, _area, city = place(c, g)
    return line, town, pin, city


def _in_city(c: C, city: str) -> C:
    """"Chennai" / "New Delhi" / "Delhi" after the locality are ADDRESS; a state is not PHI."""
    if city in ("Chennai", "New Delhi", "Delhi"):
        return c.t(", ").ad(city)
    return c.t(f", {city}") if city else c


def in_ldlt_delhi(c: C) -> Note:
    q = c.pat(grps=["hin", "hin", "bng"])
    dob, age = c.adult(42, 64)
    uhid = f"{c.ch(['ILBS', 'MM', 'SGRH'])}{c.dig(8)}"
    is_sp = c.yes()
    donor = c.spouse(q) if is_sp else c.rel(q)
    _ddob, dage = c.adult(max(21, age - 8), age + 4) if is_sp else c.adult(21, max(21, age - 21))
    duhid = f"{uhid[:-8]}{c.dig(8)}"
    home = q.grp == "hin"
    if home:
        line, town, pin, city = _in_addr(c, "indl")
    surg, hep = c.staff(grp="hin"), c.staff(grp="hin")
    dd = c.wdt(-20, -4)
    w = c.ri(54, 88)
    gw = c.ri(560, 980)
    rel = ("husband" if donor.sex == "m" else "wife") if is_sp else ("son" if donor.sex == "m" else "daughter")
    c.t("LIVING DONOR LIVER TRANSPLANT - WORK-UP SUMMARY\n\n")
    c.t(f"Recipient: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(c.ch([q.fl, q.FL])).t(f"   {age} Y / {q.mf}   UHID: ").id(uhid).t("\n")
    c.t("DOB: ").d(dob, "dmy")
    if home:
        c.t("   Aadhaar: ").id(aadhaar(c.r, c.ch([" ", "-", ""])))
    c.t("\n")
    if home:
        c.t("Address: ").ad(line).t(", ").ad(town)
        _in_city(c, city).t(" - ").zp(pin).t("\n")
    else:
        c.t("International patient from ").ad(c.ch(["Dhaka", "Chattogram", "Sylhet", "Khulna"])).t(", Bangladesh; passport ")
        c.id(f"{c.ch(['A', 'B', 'E'])}{c.dig(8)}").t("\n")
    c.t("Mobile: ").ph(phone(c, region="in")).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["HBV-related decompensated cirrhosis", "cryptogenic cirrhosis", "ALD cirrhosis, abstinent 8 months",
                               "Wilson disease with cirrhosis" if age < 40 else "NASH cirrhosis"])).t("\n")
    c.t("Scores: ").cl([f"MELD-Na {c.ri(16, 28)}", f"CTP {c.ri(8, 12)}"]).t("   Weight ").c(f"{w} kg").t("\n")
    c.t("Recipient work-up: ").cl(["2D echo EF 60%, no PoPH", "CECT: patent PV, no HCC", "ABG normal",
                                   f"HbA1c {c.fl(5.2, 7.8)}%", "dental clearance", "TB screen (IGRA) negative"]).t("\n\n")
    c.t(f"Donor ({rel}): ").nm(donor.fl).t(f"   {dage} Y / {donor.mf}   UHID: ").id(duhid)
    if home:
        c.t("   Aadhaar: ").id(aadhaar(c.r)).t("\n")
    else:
        c.t("   Passport: ").id(f"{c.ch(['A', 'B', 'E'])}{c.dig(8)}").t("\n")
    c.t("Donor work-up: ").cl([c.ch(["ABO identical (B+)", "ABO compatible (O+ to A+)", "ABO identical (O+)"]),
                               f"CT volumetry right lobe {gw} g", f"GRWR {gw / (w * 10):.2f}%", f"remnant {c.ri(32, 42)}%",
                               f"MRI PDFF {c.ri(2, 6)}%", "biliary anatomy type 1 on MRCP"]).t("\n")
    c.t("Legal: ").c("Form 11 (near relative) completed" if home else "Form 21 (foreign national) with embassy certificate").t("; ").c("Authorisation Committee approval").t(" dated ")
    c.d(dd - timedelta(days=c.ri(2, 10)), c.ch(["dmy", "dash"])).t("\n\n")
    c.t("Plan: ").c("right lobe LDLT without MHV").t(", planned ").d(dd + timedelta(days=c.ri(5, 20)), "dmy").t("\n")
    c.t("Dr. ").nm(surg.fl).t(", MS, MCh (GI Surgery)   DMC Reg. No. ").id(str(c.ri(10000, 99999))).t("\n")
    c.t("Dr. ").nm(hep.fl).t(", DM (Hepatology)\n")
    return _end(c, q, dob, [("uhid", uhid)])


def in_chennai_opd(c: C) -> Note:
    q = c.pat(grps=["tam"])
    dob, age = c.adult(40, 66)
    uhid = f"{c.ch(['RI', 'GGH', 'MGM'])}{c.dig(7)}"
    cm = f"{c.dig(4)}{c.dig(4)}{c.dig(4)}"
    line, town, pin, city = _in_addr(c, "inch")
    doc = c.staff(grp="tam")
    att = c.rel(q)
    dd = c.wdt(-5, 0)
    tx = dd - timedelta(days=c.ri(90, 900))
    tac = round(c.r.uniform(4.2, 9.4), 1)
    mob = phone(c, region="in")
    c.t("POST LIVER TRANSPLANT OPD - FOLLOW UP\n\n")
    c.t("Date: ").d(dd, c.ch(["dmy", "dash"])).t(f"   Token: {c.ri(10, 140)}\n")
    c.t(f"Name: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(c.ch([q.tam, q.tam.upper(), f"{q.first} {q.last[0]}"])).t(f"   Age/Sex: {age}/{q.mf}\n")
    c.t("UHID: ").id(uhid).t("   CMCHIS No: ").id(cm).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    _in_city(c, city).t(" - ").zp(c.ch([pin, f"{pin[:3]} {pin[3:]}"])).t("   Mobile: ").ph(mob).t("\n")
    c.t("Attender: " + ("son " if att.sex == "m" else "daughter ")).nm(att.tam).t("\n\n")
    c.t("LDLT done on ").d(tx, "dmy").t(" (").c(c.ch(["right lobe graft", "modified right lobe graft", "left lobe graft"])).t(") for ")
    c.c(c.ch(["ethanol-related cirrhosis", "HBV cirrhosis", "cryptogenic cirrhosis", "HCC within UCSF criteria"])).t("\n")
    c.t("Complaints: ").c(c.ch(["nil", "tingling in hands", "mild itching", "loose stools 2-3/day"])).t("\n")
    c.t("Vitals: ").cl([f"BP {c.ri(112, 148)}/{c.ri(70, 92)} mmHg", f"PR {c.ri(64, 92)}/min", f"Wt {c.ri(48, 82)} kg"]).t("\n")
    c.t("Investigations: ").cl([f"Tac trough {tac} ng/mL", f"T.Bil {c.fl(0.4, 1.4)} mg/dL", f"SGOT {c.ri(16, 48)}",
                                f"SGPT {c.ri(14, 52)}", f"ALP {c.ri(70, 190)}", f"S.Cr {c.fl(0.7, 1.5)} mg/dL",
                                f"FBS {c.ri(86, 160)} mg/dL", f"Hb {c.fl(10.2, 14.6)} g/dL"]).t("\n\n")
    c.t("Rx:\n")
    for med in [f"Tab. Tacrolimus {c.ch(['1', '1.5', '2'])} mg 1-0-1", c.ch(["Tab. Mycophenolate 500 mg 1-0-1", "Tab. Everolimus 0.5 mg 1-0-1"]),
                "Tab. Entecavir 0.5 mg 0-0-1" if c.yes() else "Tab. Ursodeoxycholic acid 300 mg 1-0-1",
                "Tab. Calcium + Vit D3 0-1-0"]:
        c.t("  ").c(med).t("\n")
    c.t("\nImpression: ").c("stable graft function").t("; ").c(c.ch(["tacrolimus neurotoxicity - mild", "new-onset diabetes after transplant",
                                                                    "no rejection"])).t("\n")
    c.t("Advice: ").c("repeat tac level, LFT, RFT after 1 month").t("; ").c("avoid raw food and crowded places").t("\n")
    c.t("Review: ").d(dd + timedelta(days=c.ri(28, 35)), c.ch(["dmy", "dash"])).t("\n")
    c.t("Dr. ").nm(doc.tam).t(", MD, DM (Hepatology)   TNMC Reg. No. ").id(str(c.ri(40000, 140000))).t("\n")
    return _end(c, q, dob, [("uhid", uhid)], (line, town, pin), [mob])


# ---------------------------------------------------------------------------------------- Singapore, Hong Kong, Malaysia
orgs("Singapore General Hospital", "National University Hospital", "Changi General Hospital", "MediSave", "MediShield",
     "CHAS", "Queen Mary Hospital", "Prince of Wales Hospital", "Hospital Authority", "Selayang", "Hospital Selayang",
     "Kementerian Kesihatan", "MySejahtera", "Encik", "Puan", "Mdm", "Kementerian")


def sg_hbv(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(34, 76)
    ic = nric(c.r, dob)
    line, _town, pc, _, _ = place(c)
    doc = c.staff()
    kid = c.rel(q)
    dd = c.wdt(-8, 0)
    dna = c.ch([c.ri(30, 1800), c.ri(2500, 900000)])
    hp = phone(c)
    name = {"sgc": c.ch([q.SUR, q.sur.upper(), f"{q.eng} {q.sur}" if q.eng else q.SUR]), "mal": c.ch([q.bin, q.bin.upper()])}[q.grp]
    c.t(f"{c.ch(['Singapore General Hospital', 'National University Hospital', 'Changi General Hospital'])} - Hepatology Clinic\n\n")
    c.t("Name: ").nm(name).t("   NRIC: ").id(ic).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(pc).t("   HP: ").ph(hp).t("\n")
    c.t("Visit: ").d(dd, c.ch(["ddsh", "dmy"])).t("   Doctor: Dr ").nm(doc.sur if doc.grp == "sgc" else doc.bin).t("\n\n")
    c.t("Chronic hepatitis B, ").c(c.ch(["vertical transmission, mother had HCC", "diagnosed at blood donation", "family screening"])).t("\n")
    c.t("HBV DNA ").c(f"{dna:,} IU/mL").t(", ").c(f"ALT {c.ri(18, 96)} U/L").t(", ").c("HBeAg negative").t(", ")
    c.c(f"Plt {c.ri(110, 300)}").t(", ").c(f"AFP {c.fl(1.5, 6.0)} ug/L").t("\n")
    c.t("Fibroscan ").c(f"{c.fl(4.5, 16)} kPa").t("; US liver ").d(dd - timedelta(days=c.ri(14, 60)), "ddsh").t(": ")
    c.c(c.ch(["coarse echotexture, no focal lesion", "no focal lesion", "fatty liver, no focal lesion"])).t("\n\n")
    if dna > 2000:
        c.t("Plan: start ").c("tenofovir alafenamide 25 mg OM").t(" (").c("MediSave / MediShield Life claimable").t(")\n")
    else:
        c.t("Plan: ").c("no antiviral; 6-monthly ALT, HBV DNA, AFP and US").t("\n")
    c.t("Other medications: ").cl(c.r.sample(["metformin 750 mg BD", "amlodipine 5 mg OM", "simvastatin 20 mg ON"], c.ri(1, 2)))
    c.t("; ").c("alcohol: nil").t("; ").c(c.ch(["non-smoker", "ex-smoker"])).t("\n")
    c.t("Counselled: ").c("lifelong monitoring, no self-stopping of antivirals, avoid traditional herbs").t("\n")
    c.t("Family screening: " + ("son " if kid.sex == "m" else "daughter ")).nm(kid.SUR if kid.grp == "sgc" else kid.first).t(" - ")
    c.c("HBsAg negative, anti-HBs positive").t("\n")
    c.t("Bloods next visit: ").cl(["FBC", "LFT", "renal panel", "HBV DNA", "AFP"]).t("; ").c("US HBS 6-monthly").t("\n")
    c.t("Next appointment: ").d(dd + timedelta(days=c.ri(160, 190)), "ddsh").t("\n")
    return _end(c, q, dob, [("nric", ic)], (line, None, pc), [hp])


def hk_qmh(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(56, 93)
    body, chk = hkid(c.r)
    hn = f"HN{c.dig(8)}"
    line, dist, reg = hk_place(c)
    doc = c.staff()
    kid = c.rel(q)
    dd = c.wdt(-8, 0)
    rfa = dd - timedelta(days=c.ri(300, 1400))
    tel = phone(c)
    nm = c.ch([q.SUR, q.sur.upper(), f"{q.SUR}, {q.eng}" if q.eng else q.SUR])
    c.t("Queen Mary Hospital - Hepatology Clinic (Department of Medicine)\n\n")
    c.t("Name: ").nm(nm).t(f"   Sex/Age: {q.mf}/").age(age).t("\n")
    c.t("HKID: ").id(c.ch([f"{body}({chk})", f"{body}{chk}"])).t("   ").id(hn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(dist).t(f", {reg}\n")
    c.t("Tel: ").ph(tel).t("   " + ("Son: " if kid.sex == "m" else "Daughter: ")).nm(kid.SUR).t(" ").ph(phone(c)).t("\n")
    c.t("Attendance: ").d(dd, c.ch(["dmy", "ddsh"])).t("\n\n")
    c.t("Problems:\n1. ").c("HBV-related cirrhosis").t(", ").c(f"Child-Pugh A{c.ri(5, 6)}").t("\n2. ").c("HCC segment VI")
    c.t(", ").c("RFA").t(" ").d(rfa, "my").t(", ").c("no recurrence").t("\n3. ").c(c.ch(["DM on metformin 500 mg BD", "HT on amlodipine 5 mg daily", "CKD stage 3a"])).t("\n\n")
    c.t("Current: ").c("entecavir 0.5 mg daily").t("; ").c("HBV DNA undetectable").t("\n")
    c.t("Bloods: ").cl([f"ALT {c.ri(14, 40)} U/L", f"bilirubin {c.ri(8, 26)} umol/L", f"albumin {c.ri(34, 42)} g/L",
                        f"INR {c.fl(1.0, 1.3)}", f"Plt {c.ri(70, 170)} x10^9/L", f"AFP {c.ri(2, 9)} ng/mL"]).t("\n")
    c.t("Imaging: ").c("CT liver (triphasic) - no arterial enhancing lesion").t("\n")
    c.t("P/E: ").cl([f"BP {c.ri(118, 156)}/{c.ri(64, 88)}", f"P {c.ri(60, 88)}", f"BW {c.fl(44, 78)} kg", "no jaundice",
                     "no ascites", "no flapping tremor"]).t("\n")
    c.t("Drugs: ").cl(["entecavir 0.5 mg daily", c.ch(["metformin 500 mg BD", "amlodipine 5 mg daily", "lactulose 10 mL BD"])])
    c.t("; ").c("no herbal medicine").t("\n\n")
    if age >= 85:
        c.t("Lives with " + ("son " if kid.sex == "m" else "daughter ") + "who accompanies; ").c("walking with stick").t(". ")
        c.c("continue surveillance; not for further ablation if recurrence (family wish)").t("\n")
    c.t("Education: ").c("take entecavir on an empty stomach; do not stop").t("; ").c("avoid raw shellfish").t("\n")
    c.t("Plan: ").c("CT in 6 months, AFP 3-monthly").t(". ").c("Continue entecavir").t(". FU ").d(dd + timedelta(days=c.ri(80, 100)), "my")
    c.t("\nDr ").nm(doc.SUR).t("\n")
    return _end(c, q, dob, [("hkid", body + chk), ("hn", hn)], (line, dist, None), [tel])


def my_selayang(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(26, 68)
    line, town, pc, _area, state = place(c)
    sc = {"Selangor": "10", "Kuala Lumpur": "14", "Negeri Sembilan": "05", "Perak": "08", "Pahang": "06"}
    ic = mykad(c.r, dob, q.sex, sc.get(c.ch(list(sc)), "10"))
    mrn = f"RN{c.dig(7)}"
    doc, ph = c.staff(), c.staff()
    dd = c.wdt(-8, 0)
    tel = phone(c)
    name = q.bin if q.grp in ("mal", "myi") else c.ch([q.sur, q.sur.upper()])
    hon = ("Encik" if q.sex == "m" else "Puan") if q.grp == "mal" else ("Mr" if q.sex == "m" else "Mdm")
    c.t("Hospital Selayang - Klinik Hepatologi / Hepatology Clinic\n\n")
    c.t("Nama / Name: ").nm(name).t("\nNo. K/P (MyKad): ").id(c.ch([ic, ic.replace("-", "")])).t("   RN: ").id(mrn).t("\n")
    c.t("Alamat: ").ad(line).t(", ").zp(pc).t(" ").ad(town).t(f", {state}\n")
    c.t("Tel: ").ph(tel).t("   Tarikh / Date: ").d(dd, c.ch(["dmy", "dot"])).t("\n\n")
    c.t(f"{hon} ").nm(q.first if q.grp != "myc" else q.sur).t(" is seen for ")
    c.c("chronic hepatitis C").t(", ").c(f"genotype {c.ch(['1a', '1b', '3a', '3b'])}").t(", ")
    c.c(c.ch(["compensated cirrhosis", "F2 fibrosis", "F3 fibrosis"])).t(".\n")
    c.t("Pemeriksaan / Exam: ").cl([f"BP {c.ri(112, 150)}/{c.ri(68, 92)}", f"BMI {c.fl(19, 32)}", "no jaundice",
                                    "no stigmata of chronic liver disease"]).t("\n")
    c.t("Ubat lain / Other drugs: ").cl(c.r.sample(["methadone 60 mg OD", "metformin 500 mg BD", "amlodipine 10 mg OD",
                                                    "nil"], 2)).t("\n")
    c.t("Risk factor: ").c(c.ch(["past IVDU, on methadone 60 mg", "blood transfusion 1990s", "unknown"])).t("\n")
    c.t("Baseline: ").cl([f"HCV RNA {c.ri(100000, 7000000):,} IU/mL", f"ALT {c.ri(30, 140)} U/L", f"APRI {c.fl(0.4, 2.2, 2)}",
                          f"Plt {c.ri(90, 260)} x10^9/L", f"eGFR {c.ri(60, 110)}"]).t("\n")
    wk = c.ch([12, 12, 24])
    c.t("Treatment: ").c("sofosbuvir 400 mg + daclatasvir 60 mg once daily").t(" for ").c(f"{wk} weeks").t("\n")
    c.t("Start: ").d(dd + timedelta(days=c.ri(0, 7)), "dmy").t("; ").c(f"SVR12 HCV RNA at week {wk + 12}").t("\n")
    c.t("Monitoring: ").cl(["FBC, LFT, RP at week 4", "HCV RNA at end of treatment", "US liver 6-monthly if cirrhotic"]).t("\n")
    c.t("Counselled by pharmacist ").nm(ph.bin if ph.grp in ("mal", "myi") else ph.sur).t(" on adherence and ").c("amiodarone interaction").t(".\n")
    c.t("Dr ").nm(doc.bin if doc.grp in ("mal", "myi") else doc.sur).t(", Pakar Hepatologi\n")
    return _end(c, q, dob, [("mykad", ic), ("rn", mrn)], (line, town, pc), [tel])


# ---------------------------------------------------------------------------------------- South Africa, Nigeria
orgs("Wits Donald Gordon Medical Centre", "Discovery Health", "Bonitas", "Momentum Health", "GEMS", "HPCSA",
     "Lagos University Teaching Hospital", "LUTH", "NHIA", "Alhaji", "Alhaja", "Chief", "Lagos State", "Ogun State", "Oyo State",
     "Gauteng", "Limpopo")


def za_wits(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(28, 66)
    sid = za_id(c.r, dob, q.sex)
    line, town, pc, _area, city = place(c)
    mem = c.ch([f"{c.dig(9)}", f"{c.dig(8)}"])
    doc = c.staff()
    dd = c.wdt(-10, -1)
    sp = c.spouse(q)
    lv = c.liver(c.ch("BC"), q.sex == "f")
    c.t("Wits Donald Gordon Medical Centre - Liver Transplant Unit\n")
    c.t(f"Practice no. {c.ri(1000000, 9999999)}\n\n")
    c.d(dd, "long").t(f"\n\nThe Clinical Review Manager\n{c.ch(['Discovery Health', 'Bonitas', 'Momentum Health', 'GEMS'])}\n\n")
    c.t("MOTIVATION FOR LIVER TRANSPLANT ASSESSMENT AND LISTING\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.FL])).t("   ID no: ").id(c.ch([sid, f"{sid[:6]} {sid[6:10]} {sid[10:]}"])).t("\n")
    c.t("Membership no: ").id(mem).t(f"   Dependant code: {c.ch(['00', '01', '02'])}\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if city:
        c.t(", ").ad(city)
    c.t(", ").zp(pc).t("\n\n")
    dx, icd = c.ch([("alcohol-related cirrhosis", "K70.3"), ("MASLD cirrhosis", "K75.8"), ("HBV cirrhosis", "B18.1"),
                    ("primary sclerosing cholangitis", "K83.0"), ("autoimmune hepatitis", "K75.4"),
                    ("Budd-Chiari syndrome", "I82.0"), ("cryptogenic cirrhosis", "K74.6")])
    c.t("Diagnosis: ").c(dx).t(" (").c(icd).t(")\n")
    c.t("Severity: ").cl([f"MELD-Na {lv.meldna()}", f"Child-Pugh {lv.cp()[1]}{lv.cp()[0]}"]).t("; ")
    labs(c, lv, "bili alb inr cr na").t("\n")
    c.t("Complications: ").cl(c.r.sample(["refractory ascites", "hepatic hydrothorax", "HE grade 2", "sarcopenia",
                                          "variceal haemorrhage"], 2)).t("\n")
    c.t("Work-up to date: ").cl(["CT liver: no HCC, patent portal vein", f"echo EF {c.ri(55, 68)}%", "HIV negative",
                                 "dental clearance"]).t("\n")
    c.t("Medication: ").cl(c.r.sample(["spironolactone 100 mg daily", "furosemide 40 mg daily", "lactulose 15 mL tds",
                                       "propranolol 20 mg bd", "rifaximin 550 mg bd"], 3)).t("\n")
    c.t("Without transplant, predicted 1-year survival is ").c(f"< {c.ch([60, 70, 80])}%").t(". ")
    c.t(f"{q.He} has a committed caregiver (" + ("wife " if sp.sex == "f" else "husband ")).nm(sp.fl).t(") and ")
    c.c("no contraindication on psychosocial assessment").t(".\nWe request PMB authorisation for ")
    c.c("assessment, listing and transplantation").t(".\n\nDr ").nm(doc.fi).t(", Hepatologist\nHPCSA ").id(f"MP{c.ri(100000, 999999):07d}").t("\n")
    return _end(c, q, dob, [("za-id", sid), ("scheme", mem)], (line, town, pc))


def ng_luth(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(24, 68)
    hosp_no = f"{c.ri(100, 999)}{c.ch(['', '/'])}{c.ri(10000, 99999)}"
    nin = c.dig(11)
    line, town, _, _, state = place(c)
    doc, nrs = c.staff(), c.staff("f")
    sp = c.spouse(q) if c.yes(0.7) else c.rel(q)
    dd = c.wdt(-8, 0)
    dna = c.ch([c.ri(200, 1900), c.ri(2000, 90000), c.ri(100000, 8000000)])
    t1 = phone(c)
    c.t("LAGOS UNIVERSITY TEACHING HOSPITAL\nGastroenterology / Liver Clinic\n\n")
    c.t("Name: ").nm(c.ch([f"{q.last.upper()}, {q.first}", q.fL, q.FL])).t(f"   Sex: {q.mf}   Age: {age}\n")
    c.t("Hosp. No: ").id(hosp_no).t("   NIN: ").id(nin).t("   NHIA No: ").id(f"{c.ch(['LAG', 'NHIA'])}/{c.dig(6)}").t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {state or 'Lagos State'}\n")
    c.t("Phone: ").ph(t1).t("   NOK: ").nm(sp.fl).t(" ").ph(phone(c)).t("\n")
    c.t("Date: ").d(dd, c.ch(["dmy", "nth", "sh"])).t("\n\n")
    c.t("Dx: ").c("chronic hepatitis B infection").t(", ").c(c.ch(["HBeAg negative", "HBeAg positive"])).t("\n")
    c.t("Presenting: ").c(c.ch(["incidental at pre-employment screening", "right upper quadrant discomfort"]
                                  + (["antenatal screening"] if q.sex == "f" and age < 45 else ["blood donor screening"])))
    c.t("\nInvestigations: ").cl([f"HBV DNA {dna:,} IU/mL", f"ALT {c.ri(18, 120)} IU/L", f"AST {c.ri(20, 110)} IU/L",
                                  f"Plt {c.ri(110, 300)} x10^9/L", f"APRI {c.fl(0.2, 1.8, 2)}", f"AFP {c.ri(2, 14)} ng/mL",
                                  "anti-HCV negative", "RVS non-reactive"]).t("\n")
    c.t("Abdominal USS: ").c(c.ch(["normal liver size, no SOL", "coarse echotexture, no SOL", "mild hepatomegaly"])).t("\n\n")
    if dna > 2000:
        c.t("Plan: ").c("tenofovir disoproxil fumarate 300 mg daily").t("; ").c("E/U/Cr 3-monthly").t("\n")
    else:
        c.t("Plan: ").c("no treatment yet; 6-monthly LFT, HBV DNA, AFP and USS").t("\n")
    c.t("Vitals: ").cl([f"BP {c.ri(110, 150)}/{c.ri(68, 96)} mmHg", f"PR {c.ri(62, 96)}/min", f"Wt {c.ri(54, 98)} kg"]).t("\n")
    c.t("Counselled on ").c("household screening and hepatitis B vaccination").t("; ").c("avoid alcohol and herbal preparations").t(".\n")
    c.t("Seen by Dr ").nm(doc.fl).t(" (Senior Registrar); vitals by Nurse ").nm(nrs.last).t(".\n")
    return _end(c, q, dob, [("hospital", hosp_no), ("nin", nin)], (line, town, None), [t1])


# ---------------------------------------------------------------------------------------- templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "hepatology clinic letter to the GP (alcohol-related cirrhosis)", en_clinic_letter),
    ("en", "liver transplant assessment listing meeting outcome", en_listing),
    ("en", "day-case therapeutic paracentesis record", en_paracentesis),
    ("en", "OGD with variceal band ligation report", en_banding),
    ("en", "transplant pharmacy tacrolimus level monitoring log", en_tac_log),
    ("en", "lower-case transplant coordinator on-call log", en_coord_lower),
    ("en", "alcohol care team inpatient review", en_act),
    ("en", "hepatitis C treatment start record (ODN)", en_hcv),
    ("en", "post-transplant annual review letter to the patient", en_annual),
    ("sc", "referral to the Scottish Liver Transplant Unit", sc_sltu_referral),
    ("sc", "hepatitis B clinic record", sc_hbv),
    ("sc", "liver ward round note (SBP, HRS-AKI)", sc_sbp_ward),
    ("cy", "HCC MDT outcome", cy_hcc_mdt),
    ("cy", "hepatology CNS telephone review (encephalopathy)", cy_he_phone),
    ("ni", "steatotic liver disease clinic letter", ni_masld),
    ("ni", "autoimmune hepatitis clinic record", ni_aih),
    ("us", "MELD 3.0 update / waitlist note", us_meld_listing),
    ("us", "transplant financial clearance (SSN, MBI)", us_financial),
    ("us", "IR ultrasound-guided paracentesis note", us_para_ir),
    ("us", "patient portal message thread about a tacrolimus level", us_portal),
    ("us", "hepatitis C DAA prior authorization request", us_hcv_pa),
    ("us", "lower-case transplant coordinator phone note", us_lower),
    ("us", "inpatient hepatology consult (alcohol-associated hepatitis)", us_ah_consult),
    ("us", "post-transplant month 3 clinic note", us_posttx),
    ("au", "ANLTU transplant assessment letter", au_anltu),
    ("au", "hepatitis B s100 community prescriber record", au_hbv_s100),
    ("au", "rural telehealth liver clinic note", au_telehealth),
    ("au", "liver transplant discharge summary", au_tx_discharge),
    ("on", "Toronto liver transplant referral consultation", on_referral),
    ("on", "living donor liver transplant pair summary", on_ldlt),
    ("ns", "Atlantic transplant recipient coordinator note", ns_coord),
    ("bc", "Downtown Eastside hepatitis C outreach record", bc_hcv),
    ("ie", "PBC clinic letter to the GP", ie_svuh_letter),
    ("ie", "lower-case liver ward handover", ie_lower),
    ("ie", "post-transplant shared care letter (PPSN)", ie_posttx_gp),
    ("nz", "referral to the NZ Liver Transplant Unit", nz_nzltu),
    ("nz", "hepatitis B surveillance results letter", nz_hbv),
    ("nz", "transplant nurse SMS log", nz_sms),
    ("in", "Delhi living donor liver transplant work-up summary", in_ldlt_delhi),
    ("in", "Chennai post-transplant OPD follow-up", in_chennai_opd),
    ("sg", "hepatitis B clinic note", sg_hbv),
    ("hk", "Queen Mary Hospital hepatology clinic (HBV, HCC)", hk_qmh),
    ("my", "Selayang hepatitis C treatment record", my_selayang),
    ("za", "medical scheme motivation for transplant listing", za_wits),
    ("ng", "LUTH hepatitis B clinic record", ng_luth),
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
            note = fn(C(101_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
