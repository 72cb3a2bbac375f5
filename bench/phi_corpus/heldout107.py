"""HELD-OUT v107 PHI corpus: written independently, before any round-107 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout101 / heldout102 / heldout103 were read, to follow their labelling
conventions and to avoid their templates and phrasing, with the top docstring of heldout99 for the
layout of this one, plus the code below heldout98's docstring for its mechanics only (the ``C``
helper class idea, ``_clean``, ``_one``, ``generate``, the shape of ``TEMPLATES``, the ``P``
class, the date-format helper ``fmt``, the identifier check-digit helpers and the place / phone
helpers; its template texts were not reused - the first of them, seen in passing beside the
helpers, was not drawn on -, and its place and phone tables, the word lists and ``TEMPLATES``
entries seen on the way to those helpers were not reused); ``_clean`` is copied
verbatim from it, and this file's ``P`` / ``C`` classes, ``fmt``, ``place``, ``phone``, ``_one``,
``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, IHI, OHIP, PPSN, NZ NHI, SA ID,
Singapore NRIC and Aadhaar helpers follow those mechanics, written afresh (the check-digit routines
are the published algorithms); the name groups, the word-like name lists, the word-like, eponym
and brand list, the two-letter-initials set, places, streets, phone formats, document types and
templates are this file's own, as are the clinical helpers (MUST step scores, the NICE CG32
refeeding-risk criteria, weight histories, pump regimens computed from each feed's energy and
protein density, HPN bag prescriptions, CRBSI rates per 1000 catheter days, F-75 volumes per kg)
and the NMC PIN (month letter and country letter), HCPC dietitian (DT), GMC, Medicare Beneficiary
Identifier (its letter rules), AHPRA, NDIS, Manitoba PHN and registration number, NIHB / status
card number, Quebec RAMQ number (surname letters, given-name initial, birth date with 50 added to
the month for women), Irish GMS medical card and Eircode, MCNZ, PHARMAC Special Authority
number, HPCSA (MP / DT), Singapore MCR, TCMC, NHIA, Jamaican TRN / NHF card, MyKad (place-of-birth
code, sex digit) and Kenyan national ID / SHA forms (format only where no check digit is
published); the other held-out corpora being written at the same time were not read; ruff check
(not ruff format) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of
its output looked at). No Faker. Like v14-v103 it aims at the MAINSTREAM of English-language
hospital and clinical text with ordinary PHI density; it is modelled on NUTRITION SUPPORT, HOME
ENTERAL AND PARENTERAL NUTRITION: nutrition support team referrals, refeeding risk assessments,
PEG and NG tube placement records with pH checks, home parenteral nutrition regimens and line care
logs, homecare feed delivery schedules, dietitian reviews with MUST scores and weights, intestinal
failure MDT outcomes and feed pump loan agreements: NST referrals and ward rounds, refeeding
charts and consultations, NG tube, nasal bridle and PEG records, homecare registrations, HEN
programme enrolments and pump loan agreements, HPN prescriptions, clinic letters and CVC care logs,
IF MDT outcomes and referrals, community, care home, telephone and inpatient dietetic reviews, a
Medicare written order, a home health intake, funding applications (Ontario ADP, a PHARMAC Special
Authority), portal, SMS and text logs, handovers, a caregiver training record, discharge summaries
and a paediatric SAM feeding chart - in England (9, the South West: Bristol, Bath, Weston-super-
Mare, Somerset, Devon, Cornwall and Gloucestershire), Scotland (3, Glasgow, Paisley, Lanarkshire,
Ayrshire and Dumfries and Galloway), Wales (2, Gwent and Powys), Northern Ireland (2, Newry,
Armagh, Craigavon, Banbridge, Lisburn and County Down), the United States (8, Minnesota:
Minneapolis - St. Paul, Rochester, Duluth, St. Cloud, Mankato, Willmar, Worthington, and western
Wisconsin: Eau Claire, La Crosse, Superior), Australia (4, Victoria: western, northern, eastern and
south-eastern Melbourne, Geelong, Ballarat, Bendigo, Shepparton, Gippsland, Warrnambool, Mildura),
Canada (4: Manitoba 1, south-western Ontario 2 - London, Kitchener-Waterloo, Windsor, Sarnia -,
Montreal 1), Ireland (3, the Mid West and South East: Limerick, Clare, Tipperary and Waterford),
New Zealand (3, Wellington and the Hutt Valley, Manawatū-Whanganui, Hawke's Bay and Wairarapa),
South Africa (1, the Free State: Bloemfontein, Botshabelo, Thaba Nchu, Welkom), Singapore (1),
India (1, Kerala: Kochi, Thrissur, Kozhikode, Kottayam), Nigeria (1, Ibadan and Oyo State),
Jamaica (1, Manchester, Clarendon and St. Elizabeth), Malaysia (1, Penang and Kedah) and Kenya (1,
Kisumu and western Kenya).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: nutrition support team inpatient referral and first review ("dd/mm/yyyy" or "dd/mm/yy"
referral with the time outside, "Dr F. Last (FY2, <specialty>)" with a 4-digit bleep as PHONE,
"First LAST" / "First Last" / "FIRST LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB with "(nn y)"
unlabelled, NHS number plain, spaced or dashed, hospital number, a "Month yyyy" usual weight, MUST
and NICE refeeding criteria computed from the weights, "dd/mm" or "d/m" bloods, a feed regimen at 5,
10 or 20 kcal/kg, Pabrinex / thiamine, the nutrition nurse "First Last" and the consultant "Dr First
Last" with "GMC nnnnnnn" as ID, a "dd/mm/yyyy" or "d Mon" next review); 1. en: refeeding syndrome
risk assessment and monitoring chart ("LAST, First" or "LAST, FIRST", "dd-Mon-yyyy" or "dd/mm/yyyy"
DOB, NHS and unit numbers, the dietitian as "F. Last", ticked NICE criteria, a daily table of
"dd/mm" rows with K, PO4, Mg, kcal/kg and replacements, nurses' initials unlabelled, "Dr F Last
(FY1)"); 2. en: NG tube insertion and position confirmation record ("First LAST", hospital and NHS
numbers, DOB with the age labelled only when >= 90, "d Mon yyyy" or "dd/mm/yyyy" insertion with
the time outside, NEX, aspirate pH or an X-ray read by "Dr F. Last (ST4 / ST6 / CT2)", "First Last, RN, NMC PIN
nnXnnnnE", a "F. Last" second checker, a table of "dd/mm/yy" pre-use pH checks); 3. en: PEG
endoscopy report ("LAST, First" or "Last, First", "dd/mm/yyyy" or "dd-Mon-yyyy" DOB, NHS and
hospital numbers, "d Month yyyy" or "dd/mm/yyyy" procedure date, "Dr First Last" endoscopist,
nurses' initials unlabelled, consent form, INR, platelets, sedation, aftercare, "cc: Dr F Last,
<practice>, <town>" with the town as ADDRESS); 4. en: homecare registration for home enteral
nutrition (a homecare patient reference as ID, "Mr / Mrs / Ms First Last", "dd/mm/yyyy" or "d Month
yyyy" DOB, street, town and postcode, landline and mobile, the alternative contact by full name
with the relationship outside, tube, regimen, a pump serial number as ID, a weekday outside the
"dd/mm/yyyy" first delivery, "dd/mm/yyyy" or "d Mon" next one, an optional tokenised tracking link
as URL, the dietitian's HCPC DT number and nhs.net e-mail); 5. en: lower-case dietetics weekend
handover (a lower-case weekday outside "dd/mm" or "d/m", four patients by lower-case full name,
first name or "mr / mrs last", a lower-case hospital number, refeeding bloods, the daughter's
lower-case first name and mobile, the dietitian's lower-case first-name sign-off); 6. en:
intestinal failure MDT outcome (weekday outside "dd/mm/yyyy" or "d Month yyyy", "LAST, First" or
"LAST, FIRST" with "(nn)" unlabelled, NHS number, "Dr F. Last" referrer, a "dd/mm/yyyy" or "d Mon
yyyy" operation date, remaining bowel length, outputs and urinary sodium, five attendees as
"Dr / Mr / Ms F. Last" or full names with their roles in brackets outside, the MDT coordinator);
7. en: HPN CVC care and infection log ("First LAST" or "First Last", NHS number, "dd/mm/yyyy" or
"d/m/yyyy" DOB, the line inserted "dd/mm/yyyy" or "d Mon yyyy", the bag, a "dd/mm/yy", "dd/mm/yyyy"
or "dd-Mon-yy" event table with as many infections as the CRBSI count, the CRBSI rate per 1000
catheter days computed, the HPN nurse specialist with an NMC PIN); 8. en: enteral feed pump loan
agreement (the pump serial number as ID, "Mr / Mrs / Ms First Last", "dd/mm/yyyy" or "dd.mm.yyyy"
DOB, NHS number, street, town and postcode, mobile, the patient's personal e-mail, "d Month yyyy"
or "dd/mm/yyyy" issue date, the trained relative by full name, a tokenised training-video link as
URL, the signature name, the team landline); 9. sc: community dietetic domiciliary review ("LAST,
First" or "Last, First", CHI plain or 6-4, "dd/mm/yyyy" or "dd.mm.yy" DOB, street, town and
postcode, "Dr F Last, <town> Health Centre" with the town as ADDRESS, "dd/mm/yy" or "dd-Mon-yy"
weight history rows, MUST computed, medication and GP bloods with a "dd/mm/yy" or "d Mon" date,
ONS, a "Month yyyy" or "dd/mm/yyyy" review, HCPC DT number, the dietetic landline); 10. sc: HPN
clinic letter to the GP from Glasgow Royal Infirmary ("dth Month yyyy" or "d Month yyyy" clinic,
"dd/mm/yyyy" or "dd/mm/yy" typed, "Dr F Last", "<town> Health Centre", "Dear Dr Last", "First LAST"
or "First Last", CHI, the address, "Month yyyy" or "Mon yyyy" HPN start, the first name in prose,
the HPN bag, trace elements, "GMC nnnnnnn", "cc Mr / Mrs / Ms F. Last (patient)"); 11. sc: care home
referral for oral nutritional supplements (the care home's town as ADDRESS, "Age nn" labelled
when >= 90 - most residents are 85-99 -, CHI, the NOK by full name with the relationship outside
and a mobile, monthly weights as "Month yyyy" / "Mon yyyy", MUST, Waterlow, IDDSI, ONS, the Care
Home Liaison Dietitian's work e-mail); 12. cy: Gwent home enteral feeding team visit with bilingual
headings ("Ymweliad cartref / Home visit", "Enw / Name", "Rhif GIG / NHS no", "Dyddiad geni / DOB",
"Cyfeiriad / Address", "Ffôn / Tel", "Nesaf / Next visit", "Nyrs / Nurse"; "First LAST" or "First
Last", NHS number, street, town, postcode and landline, the relative present by first name, a
"Month yyyy" or "dd/mm/yy" placement, stoma site, balloon water or bumper, medicines via the tube,
NMC PIN ending W); 13. cy: Powys dietetic telephone review ("dd/mm/yyyy" or "d/m/yyyy", "Mr / Mrs /
Ms First Last" and the town, NHS number, "dd/mm/yyyy" DOB with the age labelled only when >= 90,
the landline called, a Welsh-language Active Offer line, the relative by first name, a weekday
outside the "d Month" or "dd/mm" rebooked delivery and the "d Month" or "dth Month" next call, HCPC
DT number, the community hospital landline); 14. ni: nutrition support refeeding ward round
("dd/mm/yyyy" or "dd/mm/yy" with the time outside, "LAST, First" or "First LAST", H&C number plain,
spaced or dashed, "dd/mm/yyyy" or "dd.mm.yy" DOB, "Dr Last (NST consultant)", "Dr F. Last (FY1)",
vitals, refeeding bloods, ECG, phosphate, potassium and magnesium replacement, GMC number and a
4-digit bleep as PHONE); 15. ni: nasal bridle insertion record ("First LAST" or "LAST, First", H&C
and hospital numbers, DOB with the age labelled only when >= 90, "dd/mm/yyyy" or "dd.mm.yyyy" with
the time outside, the Mental Capacity Act (NI) best-interests decision, the NOK by full name with
a mobile, NEX and mark, "dd/mm" pre-use checks, "First Last (Nutrition Nurse)" with an NMC PIN
ending N, "F. Last" assistant, "Dr F. Last"); 16. us: inpatient nutrition support consult in ADIME
form ("Last, First M" or "LAST, FIRST MIDDLE" - the whole middle name inside the NAME span -, MRN,
"mm/dd/yyyy" or "m/d/yyyy" DOB with the age unlabelled, "mm/dd/yyyy" admit and "mm/dd/yyyy" or
"m/d/yy" consult dates, the requesting "First Last, MD", weights in kg and lb, NFPE, labs in US
units, ASPEN/AND malnutrition criteria, a tube-feed goal computed from the formula's density, "MS,
RD, LD (MN LD #nnnn)" with the licence number as ID, a pager as PHONE); 17. us: home parenteral
nutrition prescription from a home infusion pharmacy ("First Middle Last", "First M. Last" or
"First Last", "mm/dd/yyyy" or "mm-dd-yyyy" DOB, referral MRN, street, town, "MN" / "WI" unlabelled,
ZIP or ZIP+4, phone, insurer member ID with the group number unlabelled, the per-bag formula, a
"mm/dd/yyyy" or "m/d/yyyy" start of care, a tokenised delivery-portal link as URL, "First M. Last,
MD" with NPI, the pharmacist's "RPh lic." as ID); 18. us: Medicare standard written order for
enteral nutrition ("LAST, FIRST MIDDLE" or "Last, First M", the MBI, "mm/dd/yyyy" DOB with the
age labelled when >= 90, street, town, state unlabelled, ZIP, phone, "mm/dd/yyyy" or "m/d/yyyy"
order date, ICD-10-CM and HCPCS codes, units per month computed from kcal, rate computed from the
formula, "First Last, MD", NPI, "Electronically signed by First M. Last, MD on mm/dd/yyyy hh:mm");
19. us: lower-case home infusion RN visit note ("m/d/yy" or "m/d" with a "hhmm" time outside, the
patient's lower-case full name, a lower-case MRN, "m/d/yyyy" or "mm/dd/yy" DOB, the town as
ADDRESS, the spouse, partner, mother or daughter by lower-case first name, PICC care, vitals in F,
weight in lb, the MD office and the patient's cell, the RN's lower-case full name); 20. us:
intestinal rehabilitation clinic note ("First Last", "First M. Last" or "First Middle Last", MRN,
"mm/dd/yyyy" or "Month d, yyyy" DOB and visit date, teduglutide 0.05 mg/kg with the dose computed,
a "Month yyyy" or "mm/yyyy" start, citrulline, a "mm/dd/yyyy" or "Month yyyy" last colonoscopy, the
RD by full name, "First M. Last, MD" with NPI); 21. us: patient portal message thread ("From: First
Last", "Sent: m/d/yyyy h:mm PM" with the time outside and "(web, IP n.n.n.n)", MRN, "m/d/yyyy" DOB,
a relative by first name, the patient's first-name sign-off, "First Last, RN", "Hi First", a
tokenised video-visit link as URL, the patient's personal e-mail, the RN's first-name sign-off);
22. us: home health agency referral and intake ("LAST, FIRST MIDDLE", "mm/dd/yyyy" DOB with the age
labelled when >= 90, the SSN as SSN, the MBI plain or dashed 4-3-4, street, town, state unlabelled,
ZIP or ZIP+4, home phone, the caregiver by full name with the relationship outside and a cell,
"Dr. First Last" PCP with an office phone, ICD-10-CM codes, a "mm/dd/yyyy" or "m/d/yy" start of care,
"First Last, RN"); 23. us: paediatric G-tube clinic note ("First Last" or "LAST, First" with "(n y
n m)" unlabelled, MRN, "mm/dd/yyyy" or "m/d/yyyy" DOB, visit date, the mother by full name and the
father by first name, growth with length, weight and weight-for-length z computed together, a
MIC-KEY change, "First Last, CPNP", the clinic line); 24. au: home enteral nutrition program
enrolment and consent ("First LAST" or "LAST, First", "d/m/yyyy" or "dd/mm/yyyy" DOB, UR number,
Medicare 4-5-1 spaced, plain or dashed with "/ IRN n" outside, IHI (Luhn), an optional NDIS
participant number, street, suburb, "VIC" unlabelled, postcode, mobile, the NOK by full name, "Dr
F. Last, <suburb>", monthly supplies, a "dd/mm/yyyy" or "d/m/yy" consent date, "First Last, APD"
with a work e-mail); 25. au: inpatient nutrition assessment ("LAST, First" or "LAST, FIRST", UR,
"dd/mm/yyyy" or "d/m/yyyy" DOB, "Age: nn" labelled when >= 90, MST, SGA rating from the weight loss
and BMI, biochemistry, "First Last (APD)" with a pager as PHONE); 26. au: HPN letter to the GP from
an intestinal failure unit ("d Month yyyy" or "dd/mm/yyyy", "Dr First Last", "<suburb> Medical
Centre", "Dear Dr Last", "Mr / Mrs / Ms First LAST", DOB, UR, Medicare with the IRN in brackets
outside, the address, the first name in prose, a "Month yyyy" or "Mon yyyy" start, the bag, a "Month
yyyy" or "d Month yyyy" review, "Dr First Last" with an AHPRA number as ID); 27. au: NG tube
insertion and placement verification checklist ("First LAST" or "LAST, First", UR, DOB with "(nn
yrs)" labelled only when >= 90, "dd/mm/yyyy" or "d/m/yy" with the time outside, NEMU, the radiologist
"Dr F. Last", "First Last, RN" with an AHPRA NMW number, "dd/mm" or "d/m" shift checks with
initials unlabelled); 28. mb: Manitoba home enteral nutrition program referral (ISO or "Mon d, yyyy",
separate "Surname:" (capitals) and "Given name(s):" fields as two NAME spans, ISO, "dd/mm/yyyy" or
"Mon-dd-yyyy" DOB, Manitoba PHN and six-digit registration number, for First Nations patients the
status card / NIHB number and a "Box nnn, <First Nation>" mailing address with the community as
ADDRESS, otherwise a street, town, "MB" unlabelled, postal code, phone, the alternate contact by full
name, an ISO or "Mon d" tube placement, bloods, "First Last, RD (CDM reg. nnnn)", "Dr. F. Last");
29. on: home parenteral nutrition clinic note, London (ISO or "Month d, yyyy", "First LAST" or "LAST,
First", ISO or "yyyy/mm/dd" DOB, MRN, OHIP (Luhn) 4-3-3 dashed, plain or spaced with the version code
inside, "nnn-nnnn <street>" or unit lines, town, "ON" unlabelled, postal code, "Dr. First Last"
family physician and town, a "Month yyyy" HPN start, "First Last, MD, FRCPC" with a CPSO number as
ID); 30. on: Assistive Devices Program application for enteral feeding supplies (an application
number as ID, separate "Last name:" / "First name:" fields as two NAME spans with the initial
unlabelled, OHIP with the version code, "yyyy/mm/dd" DOB and signature date, the address, phone,
personal e-mail, "Dr. F. Last, CPSO nnnnn", "First Last, RD, CDO reg. nnnn", "Submitted online:
yyyy-mm-dd hh:mm from <IP> by <work e-mail>"); 31. qc: refeeding consultation in an English-language
Montreal hospital (bilingual labels, "LAST, First" or "First LAST" - Québécois, Italian and Haitian
names, hyphenated given names and surnames -, dossier number, RAMQ "LLLF yymm ddnn" built from the
name and birth date, a "mm/yyyy" or "Mon yyyy" card expiry as DATE, ISO or "yyyy/mm/dd" DOB, "n,
rue / boulevard / avenue ..." lines with "app. n", the borough or town, "(Québec)" unlabelled,
postal code, NICE criteria, "First Last, Dt.P. (OPDQ nnnn)", "Dr. F. Last, MD"); 32. ie: neurology
referral for gastrostomy, Limerick ("d Month yyyy" or "dth Month yyyy", "Dr First Last", "Dear Dr
Last", "First Last" or "First LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, MRN, PPSN old or new form as
SSN, medical card number as ID, street, town, "Co. X" unlabelled (left out where the town names the
county), Eircode, mobile, MND with FVC and SNIP, a "Month yyyy" or "Mon yyyy" diagnosis, a relative
by first name with a phone, "Le meas", "FRCPI" outside and the IMC number as ID); 33. ie:
lower-case community dietitian SMS log ("[d/m hh:mm]" or "[dd/mm hh:mm]" stamps with the date
labelled and the time outside, the patient's and son's or daughter's lower-case names, a
lower-case weekday outside the delivery date, the lower-case street, town and Eircode, the GP's
lower-case surname, the dietitian's first name and work mobile); 34. ie: referral to the national
intestinal failure service from Waterford ("dd/mm/yyyy" or "d Month yyyy", "Dr First Last",
"First LAST" or "LAST, First", DOB, MRN, PPSN as SSN, street, town, county, Eircode, mobile, a
"dd/mm/yyyy" or "d Mon" operation, "Mr / Ms F. Last, FRCSI" with the IMC number as ID and an hse.ie
e-mail); 35. nz: home enteral nutrition programme agreement and pump loan, Wellington ("First LAST"
or "First Last", NHI old or 2022 form, "dd/mm/yyyy" or "d/m/yyyy" DOB, street, suburb, postcode,
mobile, the whānau contact by full name with the relationship outside, the pump serial number as
ID, the signature name, a "dd/mm/yyyy" or "d Month yyyy" date, "First Last, NZRD" with a landline);
36. nz: lower-case community dietitian phone and text log, Manawatū - Whanganui ("d/m" dates with
the times outside, the client's lower-case full name, a lower-case NHI, "nnyo" with the age
labelled - the clients are 86-99 -, the town, the daughter, son or grandchild by lower-case first
name, "mum" / "nan" / "dad" / "koro", a "Month yyyy" or "Mon yyyy" earlier weight, the GP's
lower-case full name and "<town> medical centre", the dietitian's first name and work mobile); 37.
nz: PHARMAC Special Authority application for an oral or enteral feed, Hawke's Bay and Wairarapa
("First Last" or "Last, First", NHI, DOB, street, town, postcode, "Dr First Last" with an MCNZ
number as ID, "<town> Health" as ADDRESS, BMI and weight loss computed, "Submitted dd/mm/yyyy hh:mm
from <IP>", the SA number as ID and a "dd/mm/yyyy" or "d Mon yyyy" expiry); 38. za: parenteral
nutrition request, Free State ("d Month yyyy", "dd/mm/yyyy" or "yyyy/mm/dd", "First Last" or "LAST,
FIRST" - Sesotho, Setswana or Afrikaans names -, SA ID (Luhn), medical scheme membership number as
ID with the dependant code unlabelled, street or stand, suburb and "Bloemfontein" as separate
ADDRESS spans, postcode, cell, NOK by full name, ICD-10 codes, premixed bags, "Dr F. Last" with the
practice number unlabelled and "MPnnnnnnn" as ID, "First Last, RD(SA)" with "DTnnnnnnn" as ID);
39. sg: NG tube feeding caregiver training record (Chinese "TAN KOK LEONG, DESMOND", "Desmond Tan
Kok Leong" or "TAN Kok Leong", Malay "First bin / binte Father" or Tamil "First s/o / d/o Father",
each one NAME span; NRIC with its check letter, a case number with the hospital's initials,
"dd/mm/yyyy" or "dd Mon yyyy" DOB, "Age: nn" labelled when >= 90, "Blk nnn <town> Street nn
#nn-nnn", "Singapore" unlabelled, postal code, the son or daughter - a Malay or Tamil son named
for his father - with an HP, the helper by first name, the dietitian and nurse by name, a
"dd/mm/yyyy" or "dd Mon yyyy" next tube change); 40. in: PEG discharge summary, Kerala ("Mr. /
Mrs." outside "First Last" or "FIRST LAST", "nn Y / M" unlabelled, UHID with the hospital's
initials, "IP/yyyy/nnnnnn", "dd/mm/yyyy" admission and discharge and "dd/mm/yyyy" or "dd-mm-yyyy" procedure dates,
"<house name> House, Door No. nn/nnnn", the locality and city as separate ADDRESS spans, PIN after
" - ", the bystander by full name with the relationship outside and a mobile, the patient's
Aadhaar (Verhoeff) spaced, dashed or plain, kanji-based feeds, "1-0-0" dosing, "Dr. First Last, MS,
MCh" with a TCMC registration as ID); 41. ng: parenteral nutrition chart for an enterocutaneous
fistula, Ibadan ("SURNAME, First", "First Last" or "FIRST LAST" - Yoruba or Igbo names -, hospital
number plain or "UCH/nnn/nnnn", NHIA number, "nn yrs" unlabelled, a street line, the area and
"Ibadan" as separate ADDRESS spans, "Oyo State" unlabelled, +234 and 080x phones, NOK by full
name, "dd/mm/yyyy" or "dth Month yyyy" start, "dd/mm/yyyy" or "dd/mm/yy" bloods, "Dr First Last
(Senior Registrar, Surgery)"); 42. jm: dietitian's NG feeding and discharge teaching note ("Mr. /
Miss / Mrs." outside "First Last" or "FIRST LAST", docket number, TRN and NHF card number as ID,
"dth Month, yyyy" or "dd/mm/yyyy" DOB with "(nn yrs)" labelled when >= 90, street and town with the
parish unlabelled, "(876)" landline and cell, the caregiver by full name, a "dth Month, yyyy" or
"dd/mm/yyyy" follow-up, "First Last, Registered Dietitian", "cc Dr. F. Last"); 43. my: bilingual
dietetic assessment with a refeeding plan, Penang and Kedah ("Nama / Name", Hokkien "Khoo Beng
Huat" with an optional English name, Malay "First bin / binti Father" or Indian "First a/l / a/p
Father", each one NAME span; MyKad with a Penang or Kedah place-of-birth code, RN number, "Umur /
Age" labelled when >= 90, "dd/mm/yyyy" or "dd.mm.yyyy", "No. n, Jalan ...", the postcode before the
town, the state unlabelled, mobile, the waris (NOK) - a Malay son named for his father - with the
Malay relationship word outside, NICE criteria, the dietitian's name); 44. ke: severe acute
malnutrition admission and F-75 feeding chart, Kisumu ("First Middle Last" in mixed or capital
case, "nn months" unlabelled, IP number, "dd/mm/yyyy" or "dd-mm-yyyy" DOB and admission, the
mother by "First Middle Last" or "First Last" with her national ID and SHA number as ID, the estate
or town, "P.O. Box nnnn" as ADDRESS, the postal code as ZIP and the town as ADDRESS, mobile,
length, weight and MUAC consistent with SAM, F-75 volumes per kg computed, the clinical officer
"First Middle Last" and the nutritionist with a KNDI number as ID).

Names: curated groups per region, a person's first name and surname from one group (Cornish,
Somerset and Devon English, British Somali and Polish in the South West; Glasgow and Lanarkshire
Scots and Irish-Scots, Hebridean Gaelic and Glasgow Pakistani; Welsh and Gwent valleys English;
Ulster Irish and Ulster-Scots; Minnesota Scandinavian and German, Hmong, Somali and Mexican
American; Anglo, Greek, Vietnamese and South Sudanese (Dinka) Victorians; Manitoba Ukrainian and
Mennonite, Cree / Anishinaabe and Filipino; south-western Ontario Dutch / Mennonite / Anglo and
Lebanese / Chaldean; Québécois, Montreal Italian and Haitian; Munster Irish with fadas, "O'" and
"Ó" surnames (Ó -> Ní with lenition for women) and Brazilian Irish; Pākehā, Māori and Tongan;
Sesotho, Afrikaans ("van der", "du") and Setswana; Singapore Chinese (surname first, two-syllable
given names, an optional English name), Malay (bin / binte and the father's name) and Tamil (s/o,
d/o); Kerala Syrian Christian, Nair / Menon and Mappila; Yoruba and Igbo; Jamaican; Penang
Hokkien, Malay (bin / binti) and Malaysian Indian (a/l, a/p); Luo and Luhya with a traditional
middle name); relatives share the family's group (blood relatives and most spouses the surname;
Malay, Tamil, Somali and Kenyan relatives do not, and a Malay, Tamil or Somali son or daughter of a
male patient carries the father's given name); staff are local or, in the UK, US, Australia,
Canada, Ireland and New Zealand about three in ten, Zimbabwean (Shona), Ghanaian, north Indian,
Keralite or Filipino; some US patients take a whole middle name. About one English-speaking patient
or relative in seven has a first name or surname that is also an ordinary word (``WORDY_F`` /
``WORDY_M`` / ``WORDY_L``: Dawn, Joy, Faith, Hazel, Holly, Ruby, Amber, Robin, Ivy, Summer, Frank,
Drew, Rusty, Forrest, Sonny, Mason; Marsh, Fox, Bird, Hunter, Heath, Frost, Sharp, Moss, Banks,
Gardner, Wood, Lamb, Sparrow, Rich, Fairweather, Goodchild), and the Kenyan groups hold names such as
Mercy; otherwise word-like and eponymous names are never drawn (``BAD_NAMES``: Ward,
Bell, Rose, Hope, Day, Cook, Stone and the like, trades, colours, months and weekdays, every word of
the hospitals, companies, programmes, towns, streets and First Nations named, and the eponyms,
equations, scores, tubes, pumps, feeds and brands of nutrition support - Harris, Benedict,
Mifflin, Schofield, Henry, Penn, Waterlow, Braden, Barthel, Wernicke, Korsakoff, Hartmann, Ringer,
Crohn, Whipple, Roux, Foley, Hickman, Broviac, Groshong, Ryle, Levin, Salem, Dobbhoff, Corflo,
Corpak, Cortrak, Bridle, Flocare, Kangaroo, Joey, Infinity, Nutrison, Osmolite, Jevity, Ensure,
Fortisip, Fresubin, Peptamen, Kabiven, Olimel, Intralipid, Omegaven, Cernevit, Additrace,
Solivito, Vitlipid, Pabrinex, Gattex, Revestive, Taurolock, Sandoz ...). No two-letter initials
spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name for
unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also occurs
unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "LAST, FIRST MIDDLE", "First M. Last", "First Middle Last", "F. Last", "F Last",
"Dr Last", first names alone in prose and sign-offs, surnames alone ("mr heard", "dr moreira"),
lower-case full and first names, separate surname and given-name fields (two spans), Chinese
"TAN Kok Leong", "TAN KOK LEONG, DESMOND", "Desmond Tan Kok Leong", Malay "Rahmat bin Rahman",
"Siti Aminah binte Osman", Tamil "Saraswathy d/o Raman", Malaysian Indian "Muniandy a/l Krishnan"
(each one NAME span; "bin", "binti", "binte", "s/o", "d/o", "a/l" and "a/p" inside), Kenyan "First
Middle Last", Irish "Siobhán Ní Bhriain", Afrikaans "van der Westhuizen", Māori "Te Whaiti", Québécois
and Haitian hyphenated names ("Jean-François", "Pierre-Louis"), Brazilian "da Silva".
Conventions (as heldout101 / heldout102 / heldout103): titles, roles, relationships and
credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Miss", "mr", "mrs", "ms", "dr", "wife",
"husband", "partner", "son", "daughter", "mother", "father", "sister", "brother", "niece", "nephew",
"granddaughter", "grandson", "mum", "nan", "koro", "(patient)", "(FY1)", "(FY2, ...)", "(ST4)",
"(NST consultant)", "(Nutrition Nurse)", "(dietitian)", "(APD)", "(HPN nurse specialist)",
"(MDT coordinator)", "(radiologist)", "(Senior Registrar, Surgery)", "(FDW)", "(anak lelaki)",
"(anak perempuan)", ", RN", ", MD", ", MD, FRCPC (Gastroenterology)", ", MS, RD, LD", ", PharmD",
", CPNP", ", APD", ", RD", ", NZRD", ", RD(SA)", ", Dt.P.", ", FRCSI", ", FRCPI", ", MS, MCh
(Surgical Gastroenterology)", ", Specialist Dietitian", ", Nutrition Nurse Specialist",
", Consultant Gastroenterologist", ", Senior Staff Nurse", ", Registered Dietitian", ", Home
Enteral Feeding Nurse" and the like) are outside NAME spans. A street line (flat, unit, apartment,
"Apt", "app.", "#n", "n/n", "Flat 0/1,", "Stand nnnn", "Lot nnn,", "Plot nn,", "No. n,", "Blk nnn ...
#nn-nnn", Kerala "<house name> House, Door No. nn/nnnn", a Manitoba "Box nnn", the Kenyan "P.O. Box
nnnn") and the town, suburb, borough, locality, estate, city or First Nation where a person lives
or where a GP, family physician or care home is are ADDRESS ("Bloemfontein", "Ibadan", "Kochi",
"Thrissur", "Kozhikode" and "Kisumu" separate spans after the suburb, area, locality or estate);
states, provinces, counties and parishes ("MN", "WI", "VIC", "MB", "ON", "(Québec)", "Co.
Limerick", "Co. Clare", "Co. Tipperary", "Co. Waterford", "Oyo State", "Manchester", "Clarendon",
"St. Elizabeth", "Pulau Pinang", "Kedah") and "Singapore" before a postal code are not PHI; UK
postcodes, ZIP and ZIP+4 codes, Canadian postal codes, Eircodes (lower case too), AU / NZ / SA
postcodes, Singapore postal codes, Indian PIN codes, Malaysian postcodes and Kenyan postal codes
are ZIP (Nigeria and Jamaica print none). DATE: anything more specific than a year in any written
form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy",
"dd-mm-yyyy", "d Month yyyy", "dth Month yyyy", "dth Month, yyyy", "dth Month", "d Month", "d Mon
yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy", "dd-Mon-yy", "Month yyyy", "Mon yyyy", "mm/dd/yyyy",
"m/d/yyyy", "mm/dd/yy", "m/d/yy", "m/d", "mm-dd-yyyy", "Month d, yyyy", "Mon d, yyyy", "Mon d",
"Mon-dd-yyyy", "mm/yyyy", ISO and "yyyy/mm/dd": DOBs, referral, clinic, insertion, procedure,
operation, admission, discharge, delivery, consent, signature, review, result, expiry and message
dates, a usual-weight month, an HPN start month); weekdays (full, abbreviated and lower-case) and
times of day ("hh:mm", "hhmm", "h:mm PM") stay outside; years alone, durations ("3/7", "5/7",
"2 weeks"), day counts ("day 2/3"), ward numbers ("20/26"), blood pressures and ages under 90 are
not labelled. AGE: ages >= 90 only (a patient's "age nn", "Age: nn", "Age nn", "(nn)", "(nn yrs)",
"nnyo", "Umur / Age: nn"), the number alone. PHONE: mobiles, landlines, cells, office, clinic,
team and community-hospital lines, work mobiles, pagers and 4-digit bleeps (country codes, "(0)"
and area-code brackets inside; "Tel", "Mob", "HP", "cell", "Pager", "bleep" outside). SSN: a US
SSN on a home health intake and Irish PPSNs (old and new form). ID: NHS (mod 11), CHI (from DOB and
sex, mod 11), H&C (mod 11), hospital, unit, UR, MRN, dossier, docket, UHID, IP and case numbers
(lower case too), homecare patient references, pump serial numbers, GMC, NMC PIN, HCPC DT, MN
dietetics licence, RPh licence, AHPRA, CDM, CPSO, CDO, OPDQ, IMC, MCNZ, HPCSA, TCMC and KNDI
numbers, insurer member IDs, the Medicare Beneficiary Identifier, NPI (Luhn), AU Medicare (check
digit), IHI (Luhn), NDIS, Manitoba PHN and registration numbers, NIHB / status card numbers, OHIP
(Luhn, version code inside), an ADP application number, RAMQ, GMS medical card numbers, NZ NHI (old
mod 11 and 2022 mod 23 forms), the PHARMAC SA number, SA ID (Luhn), medical scheme membership
numbers, Singapore NRIC (check letter), Aadhaar (Verhoeff), NHIA numbers, TRN and NHF card numbers,
MyKad and RN numbers, Kenyan national ID and SHA numbers. EMAIL: staff work addresses and patients'
personal addresses. URL: a tokenised homecare order-tracking link, a pump training-video link, a
home infusion delivery-portal link and a video-visit link. IP: the address a portal message, an
ADP application and a Special Authority application were sent from. Not PHI and unlabelled:
hospital, ward, unit, clinic, practice, care home, homecare company, insurer, scheme and programme
names, group numbers, dependant codes, practice numbers, batch numbers, bed and ward numbers,
initials alone, ICD-10, ICD-10-CM and HCPCS codes, the AU Medicare IRN, feed, pump and tube brands.
Weights (kg, lb), heights, BMI, weight loss and weight histories, MUST, MST, SGA, NRS-2002, GLIM /
ASPEN criteria, NFPE, MUAC, grip strength, Waterlow, IDDSI levels, NICE refeeding criteria,
kcal/kg starting rates, requirements, feed regimens (product, rate, hours, kcal, protein), water
flushes, tube types and sizes, NEX / NEMU and external marks, aspirate pH, balloon volumes, HPN bag
contents, lines and locks, CRBSI counts and rates, outputs, urinary sodium, bloods with units
(sodium, potassium, phosphate, magnesium, glucose, urea, creatinine, CRP, albumin, Hb, LFTs,
triglycerides, zinc, selenium, copper, manganese, vitamin D, citrulline), vitals, ECG, drugs with
doses and frequencies (thiamine, Pabrinex, Forceval, phosphate, potassium and magnesium
replacement, loperamide, PPIs, teduglutide, antibiotics), F-75, ReSoMal, diagnoses and plans are
clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 107_000_003 + i * 7919 + attempt * 104_729,
so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated September 2024 to October 2025, with deliveries, reviews, expiries and appointments up
to a few years later). Run it only for final figures: its misses and lost clinical values are not
to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); "/" separates entries that hold spaces
_G: dict[str, tuple[str, str, str]] = {
    # South West England: Bristol, Somerset, Devon, Cornwall, Gloucestershire
    "swe": (("Oliver Harry George Alfie Callum Jamie Nathan Kieran Liam Luke Stuart Geoffrey Trevor Derek Colin "
            "Malcolm Nigel Roger Keith Clive Graham Timothy Adrian Russell Jonathan Dominic Terence Kenneth"),
            ("Sophie Chloe Megan Lauren Bethany Gemma Hayley Tracey Julie Karen Sandra Maureen Brenda Pauline Sheila "
            "Jennifer Margaret Lorraine Deborah Rebecca Tamsin Demelza Morwenna Kerensa Jacqueline Yvonne Valerie"),
            ("Pascoe Penrose Trelawny Tregear Nancarrow Polglase Chenoweth Pengelly Treloar Jago Tremayne Vowles "
            "Loveridge Hembrow Bisgrove Counsell Hext Gillard Holloway Ridd Snell Luscombe Widdicombe Ashman "
            "Tucker Crocker Squire Pidgeon Yelland Heard Northcott Rowse")),
    "bsom": ("Abdirahman Abdullahi Hassan Yusuf Abdikarim Liban Mahad Khalid Abdiaziz Mukhtar",
             "Hodan Fadumo Ayaan Sahra Hibo Ifrah Nimco Ubah Deeqa Khadra",
             "Warsame Farah Abdi Jama Hersi Osman Mohamud Aden Egal Ismail Dirie Gurey"),
    "bpol": ("Tomasz Krzysztof Marcin Grzegorz Piotr Wojciech Andrzej Mariusz Dariusz Sławomir",
             "Agnieszka Katarzyna Małgorzata Joanna Magdalena Justyna Ewelina Beata Dorota Aleksandra",
             ("Kowalski Nowicki Wiśniewski Zieliński Dąbrowski Kamiński Lewandowski Wójcik Kaczmarek Mazur "
             "Krawczyk Szymański")),
    # Glasgow, Lanarkshire, Ayrshire, Dumfries and Galloway
    "gla": ("Gerard Declan Craig Steven Darren Gordon Alasdair Euan Lachlan Callum Graeme Kenneth Thomas Brian",
            "Morag Shona Catriona Eilidh Kirsty Lesley Fiona Moira Senga Agnes Jeanette Elspeth Janice Leanne",
            ("McLaughlin Gallacher Docherty Quinn McGinley Kerr Boyle Devlin Cairns Rafferty McGuigan Lafferty "
            "Reilly Lindsay Dunlop Baird Rennie Kilpatrick Hendry Paterson Gilmour McKinlay")),
    "sgael": ("Murdo Iain Calum Ruaraidh Seumas Donnchadh Torquil Angus",
              "Mairi Seonaid Ealasaid Peigi Oighrig Kirsteen Catriona Morag",
              "MacLeod MacNeil MacAulay MacIver Morrison MacInnes Matheson MacKinnon MacRae Nicolson MacSween"),
    "gpak": ("Imran Asif Tariq Kashif Zeeshan Adeel Faisal Waqar Naveed Shahid",
             "Nazia Shazia Rubina Saima Samina Nasreen Farzana Uzma Shabana Aneela",
             "Qureshi Butt Chaudhry Malik Anwar Rashid Iqbal Mirza Shafiq Aslam Sarwar"),
    # Gwent, Powys
    "wal": ("Rhodri Gethin Emyr Iwan Dafydd Gwilym Aled Huw Meirion Owain Cerith Trefor Elfed Geraint",
            "Angharad Bethan Ffion Nerys Sioned Eleri Cerys Lowri Mair Glenys Rhiannon Gwenllian Delyth Heledd",
            ("Prosser Pritchard Watkins Powell Bevan Llewellyn Vaughan Gwynne Probert Parry Meredith Jenkins Rees "
            "Howells Bowen Beynon Griffiths Gwatkin Lloyd")),
    "gwe": ("Jason Kevin Gareth Ryan Carl Shaun Lyndon Ashley Jamie Craig Wyn",
            "Kayleigh Leanne Carys Donna Sharon Tanya Michelle Lisa Nicola Sian Bethany",
            "Dando Harries Lewis Pugh Gibbon Hodges Lovell Tudor Bowden Hiscocks Jarrett Tovey"),
    # County Down, Armagh, Newry and Mourne
    "ulst": ("Ciarán Niall Conor Eoin Fergal Ronan Tiarnan Padraig Seamus Colm Oisín Pearse",
             "Aoife Siobhán Clodagh Orla Roisin Niamh Bronagh Caoimhe Gráinne Deirdre Ciara Máire",
             ("McAteer Magennis McCartan Murtagh Hagan O'Hare Fitzpatrick McGivern Trainor Loughran Mallon Rooney "
             "McAnulty Kearney McEvoy Cunningham")),
    "ulsc": ("Trevor Samuel Ivan Norman Wilbert Alan Gordon Raymond Desmond Cecil Roy",
             "Lorna Gillian Wilma Elaine Muriel Doreen Rhonda Hilary Evelyn Sandra Olive",
             ("McKee Gracey Hanna McCullough Agnew McCready Patton Kirkpatrick Mulholland Crothers Orr Spence Boyd "
             "McClelland Irwin")),
    # Minnesota and western Wisconsin
    "mnsc": ("Gunnar Lars Erik Nels Arne Duane Orrin Kurt Glenn Darrell Wendell Roger Dennis Curtis",
             "Ingrid Solveig Karin Marit Kristin Lorraine Arlene Darlene Marlys LaVonne Gretchen Judith Bonnie",
             ("Halvorson Lindqvist Olstad Brekke Thorsgaard Nordby Engebretson Sundberg Haugen Kvale Schroeder "
             "Pietsch Dahlgren Bjorklund Rasmussen Hegland Tollefson Wendt Kieffer Zimmerman")),
    "mnhm": ("Tou Kou Pao Neng Chue Fue Xeng Txawj Nhia Shoua",
             "Mai Kia Nou Xee Bao Zoua Youa Chia Pang Mee Maiyer",
             "Vang Xiong Yang Thao Moua Lor Vue Khang Chang Hang Kue Yaj"),
    "mnso": ("Abdiwali Abdirizak Guled Mustafe Bashir Abdiqani Sharmarke Abdisalam",
             "Ilhan Sagal Idil Hamdi Muna Ladan Ikran Hamdia",
             "Nur Dahir Hussein Gedi Elmi Dualeh Mohamed Ali Adan Gutale"),
    "mnlat": ("Alejandro Jesús Rigoberto Ezequiel Ramiro Efraín Leonel Gilberto",
              "Guadalupe Xochitl Araceli Yesenia Maricela Rocío Leticia Norma",
              "Gutiérrez Zepeda Villalobos Ochoa Cervantes Orozco Barajas Hinojosa Saldaña Quintero"),
    # Victoria, Australia
    "vica": ("Brendan Shane Craig Bradley Troy Kane Lachlan Mitchell Hamish Dean Jarrod Cameron Darcy",
             "Kylie Narelle Bronwyn Leanne Tegan Jacinta Kirrily Danielle Belinda Rhonda Marion Joanne",
             ("Brennan Kavanagh McPherson Pollard Fitzgerald Whitfield Hoskins Sheehan Prendergast Cotter "
             "Hennessy Ashby Lenehan Dwyer Flanagan Mulcahy")),
    "vgrk": ("Konstantinos Georgios Dimitrios Nikolaos Spiros Vasilis Christos Stavros Panagiotis",
             "Eleni Vasiliki Despina Anastasia Sofia Kalliopi Paraskevi Ourania Stavroula",
             ("Papadopoulos Georgiou Karagiannis Dimitriou Konstantinidis Theodorou Christodoulou Nikolaidis "
             "Oikonomou Stavrakis Mavros Lazaridis")),
    "vviet": ("Minh Tuan Hung Quang Thanh Huy Khoa Phuc Duc Vinh",
              "Huong Thuy Ngoc Trang Hoa Linh Phuong Hanh Thao Lien",
              "Nguyen Tran Pham Huynh Hoang Phan Dang Bui Ngo Duong Truong Ly"),
    "vsud": ("Garang Mabior Majak Chol Mayen Manyang Akech Dut",
             "Nyandeng Achol Abuk Adut Nyibol Ayen Akuol Apajok",
             "Akol Kuol Majok Ater Malual Anyieth Thon Wol Makuei Deng"),
    # Manitoba
    "mbx": ("Bohdan Taras Myron Orest Reinhold Abram Cornelius Wilfred Jacob Dwight Lorne",
            "Oksana Halyna Natalka Olga Irene Helena Agatha Justina Katharina Arlene Marlene",
            ("Kowalchuk Hrynkiw Bilash Semchuk Lysyk Friesen Penner Klassen Dueck Wiebe Reimer Thiessen Kroeker "
            "Loewen Hiebert")),
    "mbfn": ("Clayton Dwayne Marvin Norbert Tyson Travis Dustin Jerome",
             "Shania Tanis Bernice Kateri Josephine Marcella Rosalie Charlene",
             "Monias Flett Chartrand Ducharme Cochrane Beardy McKay Kematch Bignell Harper Houle Sinclair"),
    "mbfil": ("Rodel Jerwin Ariel Reynaldo Jomar Efren Rommel Arnel Dindo",
              "Maricel Rowena Jocelyn Analyn Marites Rosalinda Lorelei Jennilyn Maricar",
              "Dela Cruz/Manalo/Bautista/Dizon/Pangilinan/Macaraeg/Villanueva/Ocampo/Soriano/Tolentino/Sarmiento"),
    # south-western Ontario
    "swon": ("Brent Kyle Darryl Murray Wesley Clayton Jared Bradley Todd Garrett",
             "Shelley Tammy Kristen Brittany Courtney Lindsay Janelle Colleen Heidi",
             ("Vandermeer DeVries Hoekstra Wilkinson Haskett McEachern Schmalz Bauman Brubacher Dietrich Snider "
             "Bergeron Vanderveen")),
    "onarab": ("Nabil Rami Fadi Elie Maher Ziad Karim Bassam Hikmat",
               "Rania Nisrine Mireille Dalal Layal Samira Hiba Nadine Rana",
               "Haddad Khoury Nasrallah Saliba Boutros Mansour Karam Shamoun Yono Kassab Hamdan"),
    # Montreal (English-language hospitals)
    "mtlq": ("Jean-François Mathieu Sébastien Étienne Benoît Réjean Gaétan Ghislain Yannick Denis",
             "Geneviève Mélanie Isabelle Nathalie Josée Chantal Sylvie Manon Ginette Véronique",
             ("Tremblay Gagnon Bouchard Côté Lévesque Gauthier Pelletier Bélanger Ouellet Desrosiers Thibodeau "
             "Lapointe Beaudoin Fortier")),
    "mtli": ("Giuseppe Domenico Vincenzo Antonio Salvatore Carmine Nicola Rocco",
             "Carmela Giuseppina Rosaria Concetta Filomena Assunta Teresa Lucia",
             ("Santangelo Iacobucci Lombardi Mastromonaco Pietrantonio Zappia Iannone Colangelo Di Lauro "
             "Vaccaro")),
    "mtlh": ("Frantz Wilner Rodrigue Jean-Robert Ricardo Evens Ludovic Gesner",
             "Nadège Guerline Mirlande Roseline Marie-Ange Fabienne Nathalie Wideline",
             "Exantus Célestin Augustin Milfort Toussaint Elysée Jean-Baptiste Pierre-Louis Saint-Fleur Dorvil"),
    # Munster: Limerick, Clare, Tipperary, Waterford
    "mun": ("Donal Diarmuid Tadhg Cathal Fiachra Pádraig Micheál Eamon Jerome Dermot Noel Cillian",
            "Siobhán Máire Nóirín Úna Eimear Sinéad Treasa Bríd Mairéad Geraldine Catríona Áine",
            ("O'Brien/O'Dwyer/Ryan/Hogan/Hayes/Maher/Cummins/McNamara/Considine/Lynch/Quirke/Tobin/Meagher/"
            "Phelan/O'Halloran/Ó Briain/Guerin/Hickey/Tuohy/Ó Ceallaigh")),
    "iebra": ("João Thiago Rodrigo Leandro Gustavo Rafael Marcelo Diego",
              "Fernanda Juliana Luciana Adriana Thaís Camila Bruna Priscila",
              "da Silva/Oliveira/Pereira/Rodrigues/Carvalho/Almeida/Nascimento/Ribeiro/Moreira/Gonçalves"),
    # Wellington, Manawatū-Whanganui, Hawke's Bay
    "nzp": ("Murray Blair Craig Brent Hamish Grant Warren Kerry Glen Bruce",
            "Raewyn Robyn Kerryn Tania Leonie Bridget Anneke Glenys Marlene Sharyn",
            "Tait McKenzie Hurst Ruddenklau Pilcher Gillies Duthie Brosnan Worsnop Kerridge Satherley Bycroft"),
    "nzm": ("Wiremu Hemi Tamati Rawiri Nikau Tane Mikaere Hohepa Piripi Tipene",
            "Aroha Mere Huia Ngaire Kiri Anahera Marama Hine Miriama Ngahuia",
            "Ngata/Paewai/Karaitiana/Hapeta/Te Whaiti/Kingi/Tomoana/Te Kani/Mareikura/Rangihuna/Tawhai/Winiata"),
    "nzs": ("Sione Tevita Viliami Ioane Mosese Semisi Lopeti Sitani",
            "Mele Losaline Salote Lesieli Vika Seini Kalolaine Sela",
            "Taufa Havili Vake Tupou Kioa Latu Moala Fonua Vaipulu Lolohea Mahe Pulu"),
    # Free State, South Africa
    "zast": ("Thabo Tumelo Teboho Tshepo Katleho Lehlohonolo Mpho Rethabile",
             "Lerato Palesa Nthabiseng Mamello Dineo Refiloe Lineo Matseliso",
             "Mokoena Mofokeng Nthako Moloi Tsotetsi Motaung Ramokhoase Sello Letsie Makhetha Mokhothu Lebona"),
    "zaaf": ("Pieter Johannes Hendrik Gerrit Wynand Jaco Riaan Deon Schalk Marthinus",
             "Annelie Marietjie Elmarie Riana Lizette Sunette Hanlie Ilse Charlene Wilna",
             ("van der Westhuizen/Botha/Pretorius/du Toit/Venter/Oosthuizen/Swanepoel/Coetzee/Kruger/Nel/Steyn/"
             "Grobler/Fourie/Joubert")),
    "zatsw": ("Kagiso Onkemetse Kabelo Gaolatlhe Tebogo Otsile",
              "Kelebogile Boitumelo Onalenna Dikeledi Masego Gomolemo",
              "Molefe Seleke Moroka Setlhare Motlhabane Matshediso Modise Kgosana"),
    # Singapore
    "sgc": ("Kok Leong/Boon Keat/Wee Kiat/Jun Hao/Teck Soon/Kian Hwee/Chee Wai/Zhi Hao/Ah Huat/Seng Chye",
            "Siew Lan/Bee Hoon/Mei Ling/Hui Min/Li Ting/Xin Yi/Poh Choo/Swee Eng/Ah Lian/Geok Hua",
            "Tan Lim Ong Goh Chua Koh Teo Chan Wong Tay Seah Quek Tham Heng Pang Yap Toh Phua Soh Lau"),
    "sgm": ("Muhammad Hafiz/Ahmad Faizal/Mohamed Rizal/Rahmat/Zulkifli/Iskandar/Hairul Anuar",
            "Siti Aminah/Nurul Huda/Rohani/Faridah/Zaleha/Norhayati/Rosmah",
            "Abdullah Hassan Osman Rahman Yusof Ibrahim Salleh Kassim Jaafar Sulaiman"),
    "sgi": ("Ramasamy Karthik Selvam Murugan Prakash Ganesan",
            "Kamala Letchumi Saraswathy Vasanthi Malathi Parvathi",
            "Muthu Raman Govindasamy Krishnan Arumugam Pillay Nadarajah"),
    # Kerala, India
    "klc": ("Jose Sebastian Shaji Biju Jomon Reji Saji Thampi Baby Kuriakose",
            "Mariamma Aleyamma Annamma Sherly Jessy Sheeba Lissy Rosamma Shiny Leelamma",
            "Kurian Varghese Chacko Mathai Cherian Kuruvilla Ittyerah Oommen Pothen Eapen Thomas Zachariah"),
    "klh": ("Unnikrishnan Rajeev Sreekumar Gopakumar Pradeep Vinod Suresh Manoj Hari",
            "Sreelatha Lekha Bindu Ambika Remadevi Sarojini Girija Jayasree Sindhu",
            "Nair Menon Pillai Kurup Warrier Nambiar Panicker Namboothiri Unnithan"),
    "klm": ("Abdul Rasheed/Shihab/Muhammed Ashraf/Nazeer/Sirajudheen/Faisal/Noushad",
            "Fathima/Ayisha/Sainaba/Haseena/Shabna/Rasiya/Suhara",
            "Koya Kunju Moideen Kutty Beeran Haji Musliyar"),
    # Ibadan and Oyo State, Nigeria
    "yor": ("Adebayo Olumide Babatunde Oluwaseun Adewale Kehinde Taiwo Ayodeji Gbenga Akinwale",
            "Folake Adunni Bolanle Yetunde Funmilayo Omolara Titilayo Abiodun Modupe Iyabo",
            ("Adeyemi Ogunleye Akinola Oyelaran Adeniran Ogunbiyi Olaniyan Afolabi Oyewole Akintunde Babalola "
            "Ladipo Oladapo Ajayi")),
    "igb": ("Chukwuemeka Obinna Ikechukwu Nnamdi Chidi Uchenna Emeka Kelechi",
            "Ngozi Chiamaka Adaeze Nkechi Ifeoma Chinwe Uzoamaka Chioma",
            "Okonkwo Eze Nwosu Okafor Nwachukwu Okeke Ibe Anyanwu Obi Nnadi"),
    # Manchester and Clarendon, Jamaica
    "jmx": ("Delroy Winston Everton Desmond Fitzroy Lascelles Garfield Courtney Errol Kirk Oneil Devon",
            "Marcia Sonia Claudette Hyacinth Beverley Sharon Paulette Novelette Icilda Merline Monica Yvette",
            ("Brissett McFarlane Campbell Reid Gayle Samuels Thompson Sinclair Dacres Ellis Barrett Clarke Gordon "
            "McKenzie Whyte Lindo Chambers Facey Ricketts Grizzle")),
    # Penang and Kedah, Malaysia
    "myc": ("Beng Huat/Teik Seng/Kok Wah/Eng Soon/Chee Keong/Hock Chye/Boon Leong",
            "Bee Lian/Gaik Suan/Siew Hong/Ah Moi/Cheng Im/Lay Hoon/Saw Choo",
            "Khoo Cheah Yeoh Ooi Teh Chuah Loh Quah Beh Lim Ong Goh"),
    "mym": ("Mohd Azhar/Ahmad Zaki/Hashim/Rosli/Azman/Kamarulzaman/Mohd Fadzil",
            "Noraini/Rosnah/Siti Zubaidah/Azizah/Halimah/Nor Azlina/Rokiah",
            "Ahmad/Abu Bakar/Hussin/Ismail/Yaacob/Othman/Saad/Daud/Hamid"),
    "myi": ("Muniandy Selvarajan Gunasegaran Rajendran Sivakumar Ravichandran",
            "Letchumy Pushpavalli Mageswari Kalaiselvi Saraswathi Thilagavathy",
            "Krishnan Subramaniam Ramasamy Arumugam Perumal Sinnathamby Veerappan"),
    # Kisumu and western Kenya (middle names in the third list slot of "luom" / "luhm")
    "luo": ("Brian Collins Evans Fredrick Moses Dennis Vincent Maurice Kennedy George",
            "Beatrice Lilian Pamela Everlyne Mercy Caroline Roselyne Judith Millicent",
            "Otieno Odhiambo Ochieng Onyango Omondi Owino Okoth Ouma Oduor Ogola Ojwang Opiyo"),
    "luh": ("Geoffrey Wycliffe Bonface Elphas Jared Wilberforce Dismas Protus",
            "Phanice Christabel Lydia Emmaculate Violet Sarah Beryl Florence",
            "Wafula Wanjala Barasa Wekesa Simiyu Wamalwa Shikuku Makokha Masinde Nyongesa"),
    # staff groups seen abroad
    "zim": ("Tendai Tatenda Farai Kudakwashe Tinashe Tafadzwa",
            "Rutendo Chipo Nyasha Tsitsi Rumbidzai Vimbai",
            "Moyo Chikwanha Mutasa Makoni Chiweshe Mushonga Zvobgo Marufu"),
    "gh": ("Kwame Kofi Yaw Kwabena Kwaku Kwesi",
           "Abena Akosua Efua Adwoa Afua Esi",
           "Mensah Asante Owusu Boateng Osei Agyeman Appiah Quaye Ofori"),
    "ind": ("Rohit Vikram Sanjay Arjun Nikhil Rahul Siddharth",
            "Priya Neha Shalini Kavita Pooja Anjali Deepika",
            "Sharma Gupta Agarwal Srivastava Bhatnagar Malhotra Saxena Tiwari"),
}
# Kenyan middle (traditional) names, by group and sex
KE_MID = {("luo", "m"): ["Otieno", "Ochieng", "Odhiambo", "Omondi", "Onyango", "Owuor"],
          ("luo", "f"): ["Achieng", "Akinyi", "Atieno", "Adhiambo", "Awuor", "Anyango"],
          ("luh", "m"): ["Wafula", "Wanjala", "Barasa", "Wekesa", "Simiyu", "Juma"],
          ("luh", "f"): ["Nafula", "Nekesa", "Naliaka", "Nasimiyu", "Nanjala", "Khavere"]}
# US middle names
US_MID = {"m": ["Allen", "Wayne", "Eugene", "Raymond", "Duane", "Joseph", "Arthur", "Lowell"],
          "f": ["Ann", "Marie", "Lynn", "Jean", "Kay", "Louise", "Elaine", "Renee"]}
# Chinese (Singapore / Penang) English names
CN_ENG = {"m": ["Desmond", "Alvin", "Benjamin", "Melvin", "Eugene", "Vincent"],
          "f": ["Irene", "Doris", "Evelyn", "Jolene", "Serene", "Priscilla"]}
# names that are also ordinary words: drawn on purpose for about one English-speaking patient or relative in
# seven (the templates never write these words as words)
WORDY_F = ["Dawn", "Joy", "Faith", "Hazel", "Holly", "Ruby", "Amber", "Robin", "Ivy", "Summer"]
WORDY_M = ["Frank", "Drew", "Rusty", "Forrest", "Sonny", "Mason"]
WORDY_L = ["Marsh", "Fox", "Bird", "Hunter", "Heath", "Frost", "Sharp", "Moss", "Banks", "Gardner", "Wood", "Lamb",
           "Sparrow", "Rich", "Fairweather", "Goodchild"]
WORDY_GRPS = {"swe", "gla", "wal", "gwe", "ulsc", "mnsc", "vica", "mbx", "swon", "nzp", "jmx"}


def _split(s: str) -> list[str]:
    """Entries are "/"-separated where they hold spaces, else space-separated."""
    return [w.strip() for w in s.split("/")] if "/" in s else s.split()


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["swe", "swe", "swe", "bsom", "bpol"], "sc": ["gla", "gla", "sgael", "gpak"], "cy": ["wal", "wal", "gwe"],
    "ni": ["ulst", "ulsc"], "us": ["mnsc", "mnsc", "mnhm", "mnso", "mnlat"], "au": ["vica", "vica", "vgrk", "vviet",
    "vsud"], "mb": ["mbx", "mbx", "mbfn", "mbfil"], "on": ["swon", "swon", "onarab"], "qc": ["mtlq", "mtlq", "mtli",
    "mtlh"], "ie": ["mun", "mun", "mun", "iebra"], "nz": ["nzp", "nzm", "nzs"], "za": ["zast", "zaaf", "zatsw"],
    "sg": ["sgc", "sgc", "sgm", "sgi"], "in": ["klc", "klh", "klm"], "ng": ["yor", "yor", "igb"], "jm": ["jmx"],
    "my": ["myc", "mym", "myi"], "ke": ["luo", "luh"],
}
STAFF_INTL = ["zim", "gh", "ind", "klc", "mbfil"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "mb", "on", "qc", "ie", "nz")

# word-like names, months, weekdays and the eponyms, scores, devices, feeds and brands of nutrition support:
# never drawn as names (the words of hospitals, companies, places and streets are added below)
_BAD_TXT = """Ward Bell Rose Hope Day Porter Bishop Cook Young Long Brown White Black Green Grey Gray Baker Butler
Grant Gill Wells King Bush Page Hall Lane Ford Field Shaw Walker Carter Turner Glass Nash Price Street Church
Mills Rivers Lake Brooks Spring Winter Snow Rain Storm Golden Silver Gold Sterling Grace Patience Charity Chance
Swift Strong Wise Noble Bright Best Hardy Sage Sweet Miles Major Judge Marshal Law Knight Dean Pope Abbott Monk
Smith Taylor Weaver Potter Cooper Mercer Draper Dyer Fuller Tanner Slater Barber Fletcher Archer Bowman Booth
Barnes Bull Crow Finch Swan Drake Peacock Crane Hawk Wolf Salmon Pike Bass Dale Glen Lee Guy Bill Bob Mark Pat
Sue Will Jack Crystal Pearl Jade Heather Daisy Lily Iris Violet Poppy Fern Wren Sky Skye Willow Autumn May
June April August Eve Honey Misty Park Low Ho Do Le Vo Harris Benedict Mifflin Schofield
Henry Penn Ireton Jones Waterlow Braden Norton Barthel Karnofsky Bristol Wernicke Korsakoff Hartmann
Ringer Crohn Whipple Roux Foley Corflo Flocare Kangaroo Joey Infinity Nutricia Nutrison Fresenius Kabi Abbott
Nestle Peptamen Osmolite Jevity Ensure Fortisip Fortimel Fresubin Altraplen Aymes Complan Calogen Procal Vital
Neocate Pediasure Vivonex Kabiven Olimel Intralipid Omegaven Clinimix Cernevit Addaven Additrace Solivito
Vitlipid Pabrinex Gattex Revestive Taurolock Hickman Broviac Groshong Bard Mickey Corpak Cortrak Bridle
Dobbhoff Levin Salem Ryle Calea Baxter Homeward Sapphire Curlin Cadd Solis Moog Applix Amika Glucerna Nutren
Isosource Duocal Maxijul Scandishake Forticreme Ensini Nepro Renilon Peptisorb Kindergen Infatrini Compact Plus
Energy Fibre Protein Sandoz Phosphate Sando Thiamine Vitamin Forceval Adcal Creon Loperamide Codeine Lanreotide
Octreotide Teduglutide Glucagon Kate Farms Blends Compleat Jejunal Gastric Nasal Button Balloon
Stone Miller Sawyer"""
BAD_NAMES = set(_BAD_TXT.split()) - set(WORDY_F) - set(WORDY_M) - set(WORDY_L)
_CALENDAR_TXT = """January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
for _m in _CALENDAR_TXT.split():
    BAD_NAMES.add(_m)

# two-letter initials that spell a clinical or common abbreviation: never drawn
_INITS_TXT = """AA AB AC AD AE AF AI AK AL AM AN AP AS AT AV BD BE BG BM BO BP BS BW CC CD CF CH CK CM CO CP CR
CT CV CX DC DM DN DR DS DT DU DW ED EF EN ER ET FB FH FY GA GB GI GP GT HB HC HD HF HO HR HS HT HV IC ID IF IM IN
IO IP IR IS IT IV JR KG KO KS LA LD LE LL LP LR MA MD ME MG MI ML MM MO MR MS MT MY NA NB ND NE NG NH NI NJ NM NN
NO NP NS NV NY NZ OD OG OH OK ON OP OR OT PA PB PC PD PE PG PH PM PN PO PR PT PV QA QC RA RD RE RF RI RN RR RT RV SA
SB SC SD SG SI SL SN SO SP SR SS ST SW TB TC TE TF TN TO TP TV TX UA UC UE UK UP US UT VA VT WA WB WE WI WV WY"""
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


def _ord(n: int) -> str:
    return f"{n}" + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d: date, k: str) -> str:
    """One date in one of this corpus's written forms (``k`` names the form)."""
    mon = MONTHS[d.month - 1]
    m3 = mon[:3]
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    table = {
        # day first
        "dd/mm/yyyy": f"{dd}/{mm}/{y}", "d/m/yyyy": f"{d.day}/{d.month}/{y}", "dd/mm/yy": f"{dd}/{mm}/{yy}",
        "d/m/yy": f"{d.day}/{d.month}/{yy}", "dd/mm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dd.mm.yyyy": f"{dd}.{mm}.{y}", "dd.mm.yy": f"{dd}.{mm}.{yy}", "dd-mm-yyyy": f"{dd}-{mm}-{y}",
        "d Month yyyy": f"{d.day} {mon} {y}", "dth Month yyyy": f"{_ord(d.day)} {mon} {y}",
        "dth Month": f"{_ord(d.day)} {mon}", "d Month": f"{d.day} {mon}", "d Mon yyyy": f"{d.day} {m3} {y}",
        "dd Mon yyyy": f"{dd} {m3} {y}", "d Mon": f"{d.day} {m3}", "dd-Mon-yyyy": f"{dd}-{m3}-{y}",
        "dd-Mon-yy": f"{dd}-{m3}-{yy}", "ddMONyyyy": f"{dd}{m3.upper()}{y}", "dth Mon": f"{_ord(d.day)} {m3}",
        "d Month, yyyy": f"{d.day} {mon}, {y}", "dth Month, yyyy": f"{_ord(d.day)} {mon}, {y}",
        # month first
        "mm/dd/yyyy": f"{mm}/{dd}/{y}", "m/d/yyyy": f"{d.month}/{d.day}/{y}", "mm/dd/yy": f"{mm}/{dd}/{yy}",
        "m/d/yy": f"{d.month}/{d.day}/{yy}", "m/d": f"{d.month}/{d.day}", "mm-dd-yyyy": f"{mm}-{dd}-{y}",
        "Month d, yyyy": f"{mon} {d.day}, {y}", "Mon d, yyyy": f"{m3} {d.day}, {y}", "Month d": f"{mon} {d.day}",
        "Mon d": f"{m3} {d.day}", "Month yyyy": f"{mon} {y}", "Mon yyyy": f"{m3} {y}", "mm/yyyy": f"{mm}/{y}",
        "Mon-dd-yyyy": f"{m3}-{dd}-{y}",
        # year first
        "iso": d.isoformat(), "yyyy/mm/dd": f"{y}/{mm}/{dd}", "yyyy-Mon-dd": f"{y}-{m3}-{dd}",
        "yyyymmdd": f"{y}{mm}{dd}",
    }
    return table[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str
    midn: str = ""  # a whole middle name (US, Kenya) where drawn
    eng: str = ""  # an English name (Singapore / Penang Chinese) where drawn

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
    def fml(self) -> str:
        """"First M. Last"."""
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmnl(self) -> str:
        """"First Middle Last" (the whole middle name where there is one)."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fml

    @property
    def lfm(self) -> str:
        """"Last, First M"."""
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFM(self) -> str:
        """"LAST, FIRST MIDDLE" (US registration order, the whole middle name where there is one)."""
        return f"{self.last}, {self.first} {self.midn or self.mid}".upper()

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
    def cn(self) -> str:
        """Chinese, surname first ("Tan Kok Leong")."""
        return f"{self.last} {self.first}"

    @property
    def CN(self) -> str:
        """Surname in capitals ("TAN Kok Leong")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cne(self) -> str:
        """The English name first where there is one ("Desmond Tan Kok Leong")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else self.cn

    @property
    def CNR(self) -> str:
        """Identity-card order in capitals with the English name after a comma ("TAN KOK LEONG, DESMOND")."""
        base = self.cn.upper()
        return f"{base}, {self.eng.upper()}" if self.eng else base

    def malay(self, sg: bool = False) -> str:
        """"First bin / binti (binte in Singapore) Father"."""
        return f"{self.first} {'bin' if self.sex == 'm' else ('binte' if sg else 'binti')} {self.last}"

    def tamil(self, sg: bool = False) -> str:
        """"First s/o / d/o Father" (Singapore) or "First a/l / a/p Father" (Malaysia)."""
        if sg:
            return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJ" else "Ms")

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
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[:3]}{len(f) + 70}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _dig(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _luhn(body: str) -> str:
    """The Luhn check digit for body."""
    tot = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        tot += v - 9 if v > 9 else v
    return str((10 - tot % 10) % 10)


def _w11(body: str) -> int:
    """Modulus 11 with weights 10..2 over nine digits: 11 - (sum mod 11)."""
    return 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11


def nhs_no(r: random.Random, lead: str = "") -> str:
    """NHS number (or, with lead "32".."39", an H&C number): nine digits and the mod-11 check digit."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        if body[0] == "0":
            continue
        c = _w11(body)
        if c == 10:
            continue
        return body + ("0" if c == 11 else str(c))


def hc_no(r: random.Random) -> str:
    return nhs_no(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men), the mod-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice("13579" if sex == "m" else "02468"))
        c = _w11(body)
        if c != 10:
            return body + ("0" if c == 11 else str(c))


def spaced(s: str, k: int) -> str:
    """A ten-digit number 3-3-4 spaced, plain, or 3-3-4 dashed."""
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: year of registration, a month letter (A-L), four digits, a country letter."""
    return f"{r.randint(2, 23):02d}{'ABCDEFGHIJKL'[r.randint(0, 11)]}{r.randint(0, 9999):04d}{country}"


def hcpc_dt(r: random.Random) -> str:
    """HCPC dietitian registration: DT and six digits (format only)."""
    return f"DT{r.randint(10000, 99999):06d}"


def npi_no(r: random.Random) -> str:
    """NPI: ten digits, the last a Luhn check over the 80840 prefix."""
    body = r.choice("12") + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random, dash: bool = False) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + str(r.randint(0, 9))
         + str(r.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dash else s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """AU Medicare: eight digits (first 2-6) weighted 1 3 7 9 1 3 7 9, the check digit (sum mod 10), the issue
    number; and the IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 4)), str(r.randint(1, 5))


def medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ihi_no(r: random.Random) -> str:
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    return body + _luhn(body)


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def mb_phn(r: random.Random) -> str:
    """Manitoba PHN: nine digits (format only)."""
    return _dig(r, 9)


def ramq_no(r: random.Random, q: P, dob: date) -> str:
    """Quebec health insurance number: three letters of the surname, the first of the given name, yymmdd with
    50 added to the month for women, two administrative digits (format only), printed in fours."""
    la = re.sub(r"[^A-Z]", "", _ascii(q.last).upper())
    la = (la + "XXX")[:3]
    fi = _ascii(q.first)[0].upper()
    mm = dob.month + (50 if q.sex == "f" else 0)
    s = f"{la}{fi}{dob.year % 100:02d}{mm:02d}{dob.day:02d}{r.randint(10, 99)}"
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A weighs 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_EIR = "ACDEFHKNPRTVWXY0123456789"


def eircode(r: random.Random, key: str) -> str:
    return f"{key} {r.choice(_EIR[:15])}{''.join(r.choice(_EIR) for _ in range(3))}"


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or 2022 AAANNAC (mod 23 check letter)."""
    while True:
        lets = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in lets]
        if new:
            n1, n2 = r.randint(0, 9), r.randint(0, 9)
            fifth = r.choice(_NHI)
            v = vals + [n1, n2, _NHI.index(fifth) + 1]
            c = 23 - sum(a * w for a, w in zip(v, [7, 6, 5, 4, 3, 2], strict=True)) % 23
            return f"{lets}{n1}{n2}{fifth}{_NHI[c - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(a * w for a, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0 or 11 - rem == 10:
            continue
        return lets + "".join(map(str, nums)) + str(11 - rem)


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}0{r.choice('89')}"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S / T, the birth year's last two digits and five digits, the check letter."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def mcr_no(r: random.Random) -> str:
    """Singapore Medical Council registration: M, five digits, a letter (format only)."""
    return f"M{r.randint(10000, 99999)}{r.choice('ABCDEFGHIJZ')}"


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


def abha_no(r: random.Random) -> str:
    s = _dig(r, 14)
    return f"{s[:2]}-{s[2:6]}-{s[6:10]}-{s[10:]}"


def mykad(r: random.Random, dob: date, sex: str, place: str) -> str:
    """MyKad: yymmdd, a place-of-birth code, three digits and a last digit odd for men (format only)."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{place}-{r.randint(0, 999):03d}{last}"


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: list[str] | None = None, mail: str | None = None) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        line, town, z = addr
        pt["address"] = [{k: v for k, v in (("line", [line] if line else None), ("city", town or None),
                                             ("postalCode", z or None)) if v}]
    telecom = [{"system": "phone", "value": t} for t in (tel or [])]
    if mail:
        telecom.append({"system": "email", "value": mail})
    if telecom:
        pt["telecom"] = telecom
    return pt


class C:
    """Per-note context: seeded random, the names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        d = date(2024, 9, 2) + timedelta(days=self.r.randint(0, 410))
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
        """A label (plain) and a clinical value."""
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

    def uf(self, a: float, b: float, nd: int = 1) -> float:
        return round(self.r.uniform(a, b), nd)

    def dig(self, k: int) -> str:
        return _dig(self.r, k)

    def yes(self, p: float = 0.5) -> bool:
        return self.r.random() < p

    def _ok(self, words: list[str]) -> bool:
        for w in words:
            if not w.replace("'", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
        return True

    def person(self, grp: str, sex: str | None = None, last: str | None = None, wordy: bool = False) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            if wordy and grp in WORDY_GRPS and self.yes(0.5):
                first = self.ch(WORDY_M if sex == "m" else WORDY_F)
                la = last or self.ch(ls)
            elif wordy and grp in WORDY_GRPS:
                first = self.ch(ms if sex == "m" else fs)
                la = last or self.ch(WORDY_L)
            else:
                first = self.ch(ms if sex == "m" else fs)
                la = last or self.ch(ls)
            la = _inflect(la, grp, sex) if not last else la
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if len(first) < 3 or not self._ok(words):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp)
            if grp in ("sgc", "myc") and self.yes(0.45):
                q.eng = self._extra(CN_ENG[sex])
            if grp in ("luo", "luh"):
                q.midn = self._extra(KE_MID[(grp, sex)])
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
        grp = self.ch(grps or PAT[self.region])
        return self.person(grp, sex, wordy=self.yes(1 / 7))

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the family's group; blood relatives keep the surname (a Malay, Tamil or Somali
        child's "surname" is the father's given name, so there a relative takes a fresh one)."""
        if q.grp in ("sgm", "mym", "sgi", "myi", "bsom", "mnso", "klm") or q.grp in ("luo", "luh"):
            same = False
        if same and q.last.startswith(("Ó ", "Ní ")):
            same = False
        return self.person(q.grp, sex, q.last if same else None, wordy=self.yes(1 / 7))

    def kin(self, q: P, age: int, kinds: list[str] | None = None) -> tuple[P, str]:
        """A relative or partner and the word for the relationship ("spouse" becomes wife or husband)."""
        if kinds is None:
            kinds = (["mother", "father", "partner", "spouse", "sister", "brother"] if age < 40 else
                     ["spouse", "spouse", "partner", "daughter", "son", "sister"] if age < 70 else
                     ["spouse", "daughter", "son", "daughter", "niece"])
        k = self.ch(kinds)
        if k == "spouse":
            k = "wife" if q.sex == "m" else "husband"
        sex = {"partner": "f" if q.sex == "m" else "m", "wife": "f", "husband": "m", "daughter": "f", "son": "m", "mother": "f", "father": "m", "sister": "f",
               "brother": "m", "mum": "f", "dad": "m", "niece": "f", "nephew": "m", "granddaughter": "f",
               "grandson": "m", "aunt": "f", "uncle": "m"}.get(k)
        blood = k in ("daughter", "son", "mother", "father", "sister", "brother", "mum", "dad", "granddaughter",
                      "grandson")
        same = blood or (k in ("wife", "husband") and self.yes(0.75))
        if q.grp in ("sgm", "mym", "sgi", "myi", "bsom", "mnso") and k in ("son", "daughter") and q.sex == "m":
            return self.person(q.grp, sex, q.first), k  # the child's "surname" is the father's given name
        return self.rel(q, sex, same), k

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.yes(0.3) else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        s = (_ascii(q.first)[0] + _ascii(re.split(r"[\s-]+", q.last.replace("'", ""))[-1])[0]).upper()
        if s in BAD_INITS or s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s

    def stini(self) -> str:
        """A staff member's initials alone (unlabelled), redrawing the person until they are usable."""
        for _ in range(30):
            try:
                return self.ini(self.staff())
            except Redraw:
                continue
        raise Redraw

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def born(self, lo: int = 25, hi: int = 85) -> tuple[date, int]:
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

    def ipaddr(self) -> str:
        a = self.ch([24, 49, 68, 73, 81, 86, 90, 101, 122, 151, 165, 203])
        return f"{a}.{self.ri(2, 250)}.{self.ri(0, 255)}.{self.ri(2, 250)}"


def _inflect(last: str, grp: str, sex: str) -> str:
    """Polish surnames in -ski / -cki take -ska / -cka for women; Irish "Ó X" becomes "Ní Xh..."."""
    if sex != "f":
        return last
    if grp == "bpol" and last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    if last.startswith("Ó "):
        rest = last[2:]
        if rest[0] in "BCDFGMPT" and rest[1:2] != "h":
            rest = rest[0] + "h" + rest[1:]
        return "Ní " + rest
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, service and company names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode spec, area code or exchange, state / province / parish / city)]
# (UK outward codes, Canadian forward sortation areas and Irish routing keys are completed by ``place``)
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Bristol", "BS3 BS4 BS5 BS7 BS13 BS14 BS16", "0117", ""), ("Bath", "BA1 BA2", "01225", ""),
           ("Weston-super-Mare", "BS22 BS23 BS24", "01934", ""), ("Taunton", "TA1 TA2", "01823", ""),
           ("Yeovil", "BA20 BA21", "01935", ""), ("Exeter", "EX1 EX2 EX4", "01392", ""),
           ("Plymouth", "PL1 PL2 PL4 PL5 PL6", "01752", ""), ("Truro", "TR1", "01872", ""),
           ("Camborne", "TR14", "01209", ""), ("Barnstaple", "EX31 EX32", "01271", ""),
           ("Gloucester", "GL1 GL2 GL4", "01452", ""), ("Cheltenham", "GL50 GL51 GL52", "01242", ""),
           ("Torquay", "TQ1 TQ2", "01803", ""), ("Bridgwater", "TA6", "01278", "")],
    "sc": [("Glasgow", "G31 G32 G33 G42 G51 G53 G13 G15 G21", "0141", ""), ("Paisley", "PA1 PA2 PA3", "0141", ""),
           ("East Kilbride", "G74 G75", "01355", ""), ("Motherwell", "ML1", "01698", ""),
           ("Wishaw", "ML2", "01698", ""), ("Coatbridge", "ML5", "01236", ""), ("Airdrie", "ML6", "01236", ""),
           ("Kilmarnock", "KA1 KA3", "01563", ""), ("Ayr", "KA7 KA8", "01292", ""),
           ("Irvine", "KA11 KA12", "01294", ""), ("Dumfries", "DG1 DG2", "01387", ""),
           ("Stranraer", "DG9", "01776", "")],
    "cy": [("Newport", "NP19 NP20", "01633", ""), ("Cwmbran", "NP44", "01633", ""), ("Pontypool", "NP4", "01495", ""),
           ("Abergavenny", "NP7", "01873", ""), ("Ebbw Vale", "NP23", "01495", ""),
           ("Blackwood", "NP12", "01495", ""), ("Brecon", "LD3", "01874", ""),
           ("Llandrindod Wells", "LD1", "01597", ""), ("Newtown", "SY16", "01686", ""),
           ("Welshpool", "SY21", "01938", ""), ("Caldicot", "NP26", "01291", "")],
    "ni": [("Newry", "BT34 BT35", "30", ""), ("Portadown", "BT62 BT63", "38", ""), ("Lurgan", "BT66 BT67", "38", ""),
           ("Craigavon", "BT64 BT65", "38", ""), ("Banbridge", "BT32", "40", ""), ("Downpatrick", "BT30", "44", ""),
           ("Newtownards", "BT23", "91", ""), ("Bangor", "BT19 BT20", "91", ""), ("Lisburn", "BT27 BT28", "92", ""),
           ("Armagh", "BT60 BT61", "37", ""), ("Kilkeel", "BT34", "41", "")],
    "us": [("Minneapolis", "55404 55406 55407 55408 55411 55412 55417 55418", "612", "MN"),
           ("St. Paul", "55104 55106 55117 55119 55130", "651", "MN"), ("Bloomington", "55420 55425 55431", "952", "MN"),
           ("Brooklyn Park", "55443 55444 55445", "763", "MN"), ("Burnsville", "55337", "952", "MN"),
           ("Rochester", "55901 55902 55904", "507", "MN"), ("Duluth", "55803 55805 55806 55811", "218", "MN"),
           ("St. Cloud", "56301 56303", "320", "MN"), ("Mankato", "56001", "507", "MN"),
           ("Willmar", "56201", "320", "MN"), ("Worthington", "56187", "507", "MN"),
           ("Eau Claire", "54701 54703", "715", "WI"), ("La Crosse", "54601 54603", "608", "WI"),
           ("Superior", "54880", "715", "WI")],
    "au": [("Footscray", "3011", "9", ""), ("Sunshine", "3020", "9", ""), ("St Albans", "3021", "9", ""),
           ("Dandenong", "3175", "9", ""), ("Springvale", "3171", "9", ""), ("Frankston", "3199", "9", ""),
           ("Box Hill", "3128", "9", ""), ("Preston", "3072", "9", ""), ("Reservoir", "3073", "9", ""),
           ("Broadmeadows", "3047", "9", ""), ("Werribee", "3030", "8", ""), ("Oakleigh", "3166", "9", ""),
           ("Geelong", "3220", "52", ""), ("Corio", "3214", "52", ""), ("Ballarat", "3350", "53", ""),
           ("Bendigo", "3550", "54", ""), ("Shepparton", "3630", "58", ""), ("Traralgon", "3844", "51", ""),
           ("Warrnambool", "3280", "55", ""), ("Mildura", "3500", "50", "")],
    "mb": [("Winnipeg", "R2C R2G R2K R2L R2V R2W R2X R3A R3B R3E R3G R3J R3K R3M R3T", "204", "MB"),
           ("Brandon", "R7A R7B", "204", "MB"), ("Steinbach", "R5G", "204", "MB"), ("Selkirk", "R1A", "204", "MB"),
           ("Thompson", "R8N", "204", "MB"), ("Portage la Prairie", "R1N", "204", "MB"),
           ("Winkler", "R6W", "204", "MB"), ("Dauphin", "R7N", "204", "MB"), ("The Pas", "R9A", "204", "MB")],
    "on": [("London", "N5V N5W N5Y N5Z N6A N6B N6C N6E N6G N6H", "519", "ON"),
           ("Kitchener", "N2B N2C N2E N2G N2H N2M", "519", "ON"), ("Waterloo", "N2J N2K N2L N2T", "519", "ON"),
           ("Cambridge", "N1R N1S N3H", "519", "ON"), ("Windsor", "N8S N8T N8W N8X N8Y N9A N9B N9C N9G", "519", "ON"),
           ("Sarnia", "N7S N7T", "519", "ON"), ("St. Thomas", "N5P N5R", "519", "ON"),
           ("Woodstock", "N4S N4T", "519", "ON"), ("Stratford", "N5A", "519", "ON"), ("Chatham", "N7L N7M", "519", "ON")],
    "qc": [("Montréal", "H4A H4B H3S H3T H3W H2R H2S H1Z", "514", "QC"), ("Verdun", "H4G H4H", "514", "QC"),
           ("LaSalle", "H8N H8P", "514", "QC"), ("Saint-Léonard", "H1P H1R H1S", "514", "QC"),
           ("Montréal-Nord", "H1G H1H", "514", "QC"), ("Pierrefonds", "H8Y H8Z H9H", "514", "QC"),
           ("Dollard-des-Ormeaux", "H9A H9B H9G", "514", "QC"), ("Pointe-Claire", "H9R H9S", "514", "QC"),
           ("Laval", "H7N H7T H7W", "450", "QC"), ("Longueuil", "J4H J4J J4K", "450", "QC")],
    "ie": [("Limerick", "V94", "061", "Co. Limerick"), ("Ennis", "V95", "065", "Co. Clare"),
           ("Shannon", "V14", "061", "Co. Clare"), ("Nenagh", "E45", "067", "Co. Tipperary"),
           ("Thurles", "E41", "0504", "Co. Tipperary"), ("Clonmel", "E91", "052", "Co. Tipperary"),
           ("Tipperary", "E34", "062", "Co. Tipperary"), ("Waterford", "X91", "051", "Co. Waterford"),
           ("Dungarvan", "X35", "058", "Co. Waterford"), ("Kilrush", "V15", "065", "Co. Clare"),
           ("Newcastle West", "V42", "069", "Co. Limerick"), ("Carrick-on-Suir", "E32", "051", "Co. Tipperary")],
    "nz": [("Newtown", "6021", "04", ""), ("Johnsonville", "6037", "04", ""), ("Karori", "6012", "04", ""),
           ("Lower Hutt", "5010", "04", ""), ("Upper Hutt", "5018", "04", ""), ("Porirua", "5022", "04", ""),
           ("Wainuiomata", "5014", "04", ""), ("Palmerston North", "4410", "06", ""), ("Feilding", "4702", "06", ""),
           ("Levin", "5510", "06", ""), ("Whanganui", "4500", "06", ""), ("Masterton", "5810", "06", ""),
           ("Napier", "4110", "06", ""), ("Hastings", "4122", "06", ""), ("Flaxmere", "4120", "06", ""),
           ("Dannevirke", "4930", "06", ""), ("Wairoa", "4108", "06", "")],
    "za": [("Heidedal", "9306", "051", "Bloemfontein"), ("Bayswater", "9301", "051", "Bloemfontein"),
           ("Universitas", "9301", "051", "Bloemfontein"), ("Fichardt Park", "9317", "051", "Bloemfontein"),
           ("Brandwag", "9301", "051", "Bloemfontein"), ("Rocklands", "9323", "051", "Bloemfontein"),
           ("Bochabela", "9323", "051", "Bloemfontein"), ("Botshabelo", "9781", "051", ""),
           ("Thaba Nchu", "9780", "051", ""), ("Welkom", "9459", "057", ""), ("Kroonstad", "9499", "056", ""),
           ("Bethlehem", "9701", "058", ""), ("Phuthaditjhaba", "9866", "058", ""), ("Sasolburg", "1947", "016", "")],
    "sg": [("Tampines", "52", "", ""), ("Bedok", "46", "", ""), ("Ang Mo Kio", "56", "", ""), ("Toa Payoh", "31", "", ""),
           ("Jurong West", "64", "", ""), ("Woodlands", "73", "", ""), ("Yishun", "76", "", ""),
           ("Hougang", "53", "", ""), ("Bukit Merah", "15", "", ""), ("Clementi", "12", "", ""),
           ("Sengkang", "54", "", ""), ("Bukit Batok", "65", "", "")],
    "in": [("Kaloor", "682017", "0484", "Kochi"), ("Edappally", "682024", "0484", "Kochi"),
           ("Vyttila", "682019", "0484", "Kochi"), ("Palarivattom", "682025", "0484", "Kochi"),
           ("Kakkanad", "682030", "0484", "Kochi"), ("Aluva", "683101", "0484", ""),
           ("Poonkunnam", "680002", "0487", "Thrissur"), ("Ollur", "680306", "0487", "Thrissur"),
           ("Nadakkavu", "673011", "0495", "Kozhikode"), ("Feroke", "673631", "0495", "Kozhikode"),
           ("Nagampadam", "686001", "0481", "Kottayam"), ("Pattom", "695004", "0471", "Thiruvananthapuram")],
    "ng": [("Bodija", "", "", "Ibadan"), ("Agodi GRA", "", "", "Ibadan"), ("Mokola", "", "", "Ibadan"),
           ("Sango", "", "", "Ibadan"), ("Challenge", "", "", "Ibadan"), ("Oluyole Estate", "", "", "Ibadan"),
           ("Akobo", "", "", "Ibadan"), ("Apete", "", "", "Ibadan"), ("Ojoo", "", "", "Ibadan"),
           ("Ogbomoso", "", "", ""), ("Iseyin", "", "", ""), ("Saki", "", "", "")],
    "jm": [("Mandeville", "", "962", "Manchester"), ("Christiana", "", "964", "Manchester"),
           ("Porus", "", "964", "Manchester"), ("Williamsfield", "", "963", "Manchester"),
           ("May Pen", "", "986", "Clarendon"), ("Spaldings", "", "987", "Clarendon"),
           ("Chapelton", "", "987", "Clarendon"), ("Santa Cruz", "", "966", "St. Elizabeth"),
           ("Black River", "", "965", "St. Elizabeth"), ("Junction", "", "965", "St. Elizabeth")],
    "my": [("George Town", "10400", "04", "Pulau Pinang"), ("Jelutong", "11600", "04", "Pulau Pinang"),
           ("Air Itam", "11500", "04", "Pulau Pinang"), ("Gelugor", "11700", "04", "Pulau Pinang"),
           ("Bayan Lepas", "11900", "04", "Pulau Pinang"), ("Balik Pulau", "11000", "04", "Pulau Pinang"),
           ("Butterworth", "12300", "04", "Pulau Pinang"), ("Bukit Mertajam", "14000", "04", "Pulau Pinang"),
           ("Nibong Tebal", "14300", "04", "Pulau Pinang"), ("Kepala Batas", "13200", "04", "Pulau Pinang"),
           ("Sungai Petani", "08000", "04", "Kedah"), ("Alor Setar", "05400", "04", "Kedah"),
           ("Kulim", "09000", "04", "Kedah")],
    "ke": [("Nyalenda", "40100", "057", "Kisumu"), ("Manyatta", "40100", "057", "Kisumu"),
           ("Milimani", "40100", "057", "Kisumu"), ("Kondele", "40100", "057", "Kisumu"),
           ("Nyamasaria", "40100", "057", "Kisumu"), ("Maseno", "40105", "057", ""), ("Ahero", "40101", "057", ""),
           ("Siaya", "40600", "057", ""), ("Bondo", "40601", "057", ""), ("Homa Bay", "40300", "059", ""),
           ("Kakamega", "50100", "056", ""), ("Mumias", "50102", "056", ""), ("Bungoma", "50200", "055", ""),
           ("Busia", "50400", "055", "")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Coronation Road", "Stapleton Road", "Fishponds Road", "Wells Road", "Ashley Down Road", "Mutley Plain",
           "Alphington Road", "Cheddon Road", "Hendford Hill", "Tavistock Road", "Longbrook Street", "Pydar Street",
           "Sladebrook Road", "Locksbrook Road", "Tuffley Lane", "Hatherley Road", "Babbacombe Road",
           "Barrack Road", "Quantock Road", "Mendip Close", "Exmoor Drive", "Tamar View", "Filton Avenue",
           "Whitchurch Lane", "Redlands Road"],
    "sc": ["Duke Street", "Shettleston Road", "Dumbarton Road", "Maryhill Road", "Gallowgate", "Cathcart Road",
           "Windmillhill Street", "Holmston Road", "Whitletts Road", "Annan Road", "Lochside Road",
           "Cumbernauld Road", "Calder Street", "Kilbowie Road", "Sandyhills Road", "Carntyne Road",
           "Bellshill Road", "Portland Road", "Glenburn Road", "Mossgiel Avenue"],
    "cy": ["Caerleon Road", "Chepstow Road", "Commercial Street", "Heol Pen-y-Bryn", "Heol Llan",
           "Maes y Dderwen", "Llanfoist Crescent", "Temple Street", "Broad Street", "Heol Derw", "Ty Gwyn Road",
           "Lakeside Drive", "Heol Tredegar", "Glanhowy Road", "Severn Road", "Ffordd Gwynllyw"],
    "ni": ["Monaghan Street", "Carleton Street", "Bridge Street", "Market Street", "Scarva Road",
           "Castlewellan Road", "Saintfield Road", "Comber Road", "Ballynahinch Road", "Tandragee Road",
           "Killylea Road", "Dromore Road", "Mourne View", "Drumcree Gardens", "Greenan Road", "Derrymore Road"],
    "us": ["Nicollet Avenue", "Bloomington Avenue", "University Avenue", "Payne Avenue", "Arcade Street",
           "Cedar Avenue", "Lyndale Avenue S", "Broadway Avenue", "Superior Street", "Minnesota Avenue",
           "Division Street", "Civic Center Drive", "Hiawatha Avenue", "Snelling Avenue", "Como Avenue",
           "Portland Avenue", "Hennepin Avenue", "Zane Avenue N", "Silver Lake Road", "Hastings Way"],
    "au": ["Barkly Street", "Hopkins Street", "Hampshire Road", "Lonsdale Street", "Foster Street",
           "Nepean Highway", "Whitehorse Road", "Gilbert Road", "Watton Street", "Atherton Road",
           "Moorabool Street", "Sturt Street", "Wyndham Street", "Franklin Street", "Lava Street",
           "Deakin Avenue", "Somerville Road", "Heatherton Road", "Plenty Road", "Ballarat Road"],
    "mb": ["McPhillips Street", "Selkirk Avenue", "Pembina Highway", "Portage Avenue", "Henderson Highway",
           "St. Mary's Road", "Ellice Avenue", "Notre Dame Avenue", "Keewatin Street", "Burrows Avenue",
           "Rosser Avenue", "Barkman Avenue", "Inkster Boulevard", "Leila Avenue", "Corydon Avenue"],
    "on": ["Dundas Street", "Highbury Avenue", "Adelaide Street North", "Weber Street", "Fairway Road",
           "Ottawa Street", "Wyandotte Street East", "Tecumseh Road", "Ouellette Avenue", "Exmouth Street",
           "Talbot Street", "Hespeler Road", "Belmont Avenue", "Huron Street", "Homer Watson Boulevard"],
    "qc": ["rue Sherbrooke Ouest", "boulevard Décarie", "avenue Van Horne", "boulevard Saint-Laurent",
           "rue Jarry Est", "boulevard Lacordaire", "avenue Monkland", "boulevard des Sources",
           "rue Notre-Dame Ouest", "boulevard Gouin Ouest", "rue Bannantyne", "avenue de l'Église",
           "boulevard Newman", "rue Fleury Est"],
    "ie": ["O'Connell Street", "Mulgrave Street", "Dooradoyle Road", "Clare Road", "Kilrush Road", "Summerhill",
           "Kickham Street", "Cork Road", "Parnell Street", "Gladstone Street", "Ballybricken", "Roxboro Road",
           "Ashgrove Park", "Cois Abhann", "Ard na Gréine", "Beechgrove Avenue", "Tobarteascáin"],
    "nz": ["Adelaide Road", "Riddiford Street", "Kenepuru Drive", "Main Road", "Fitzherbert Avenue",
           "Featherston Street", "Ruahine Street", "Heretaunga Street", "Omahu Road", "Chapel Street",
           "Waione Street", "Kapiti Road", "Titahi Bay Road", "Ngaio Gorge Road", "Tamatea Drive",
           "Gloucester Street", "Cambridge Avenue"],
    "za": ["Nelson Mandela Drive", "Kellner Street", "President Brand Street", "Zastron Street", "Kolbe Avenue",
           "Curie Avenue", "Moshoeshoe Street", "Dr Belcher Road", "Mphatlalatsane Street", "Stateway",
           "Voortrekker Street", "Kerk Street", "Muller Street"],
    "sg": ["Street", "Avenue", "Drive", "Road"],
    "in": ["Puthenveettil", "Kalathil", "Kizhakkedathu", "Thekkumkattil", "Vadakkethil", "Kottaramattathil",
           "Manalil", "Ambattu", "Chirayil", "Kodiyattu", "Pulimoottil", "Eravikulath"],
    "ng": ["Awolowo Avenue", "Oba Adebimpe Road", "Bodija-Ashi Road", "Oke-Ado Street", "Agbaje Street",
           "Ososami Road", "Idi-Ape Road", "Ijokodo Road", "Adeoyo Street", "Olorunsogo Street"],
    "jm": ["Manchester Road", "Caledonia Road", "Greenvale Road", "Hargreaves Avenue", "Bloomfield Gardens",
           "Brumalia Road", "Main Street", "Perth Road", "Denbigh Crescent", "Mineral Heights Road"],
    "my": ["Jalan Air Itam", "Lorong Kulit", "Jalan Perak", "Jalan Sungai Dua", "Lebuh Chulia", "Lorong Delima 5",
           "Jalan Bagan Luar", "Jalan Kampung Gajah", "Lorong Sungai Ara 3", "Jalan Permatang Pauh",
           "Jalan Sultan Badlishah", "Lorong Perda Utama 2"],
    "ke": ["Oginga Odinga Street", "Jomo Kenyatta Highway", "Ang'awa Avenue", "Nairobi Road", "Kakamega Road",
           "Obote Road", "Tom Mboya Road", "Accra Street"],
}
for _ts in TOWNS.values():
    for _t, _z, _a, _s in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _t))
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
for _ss in STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
_REGIONS_TXT = """England Scotland Wales Cymru Ireland Eire Ulster Munster Down Antrim Somerset Devon Cornwall Dorset
Gwent Powys Ayrshire Lanarkshire Galloway Minnesota Wisconsin Victoria Melbourne Manitoba Ontario Quebec Québec
Clare Limerick Waterford Tipperary Wellington Manawatu Hawke Zealand Aotearoa Bloemfontein Singapore Kerala Kochi
Ibadan Oyo Jamaica Manchester Clarendon Elizabeth Penang Pinang Kedah Kisumu Kenya Nigeria"""
BAD_NAMES.update(_REGIONS_TXT.split())
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"


@dataclass
class Pl:
    line: str  # the street line (a house name and door number in Kerala, "P.O. Box" in Kenya)
    town: str  # town, suburb, borough, locality or estate
    z: str  # postcode / ZIP / postal code / Eircode / PIN ("" where none is printed)
    area: str  # area code or exchange
    extra: str  # state, province, county, parish, or the city a suburb or locality is part of


def place(c: C, region: str | None = None, towns: tuple[str, ...] = ()) -> Pl:
    g = region or c.region
    pool = [x for x in TOWNS[g] if x[0] in towns] if towns else TOWNS[g]
    town, zspec, area, extra = c.ch(pool)
    st = c.ch(STREETS[g])
    n = c.ri(2, 160)
    z = c.ch(zspec.split()) if zspec else ""
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_INWARD)}{c.ch(_INWARD)}"
        if g == "sc" and town in ("Glasgow", "Paisley"):
            line = c.ch([f"Flat {c.ri(0, 3)}/{c.ri(1, 2)}, {n} {st}", f"{n} {st}", f"{n} {st}"])
        else:
            line = c.ch([f"{n} {st}", f"{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 14)}, {n} {st}"])
    elif g == "us":
        if c.yes(0.2):
            z = f"{z}-{c.ri(1000, 9899)}"
        line = c.ch([f"{n * 37} {st}", f"{n * 37} {st} Apt {c.ri(101, 618)}", f"{n * 37} {st} #{c.ri(2, 30)}"])
    elif g in ("mb", "on"):
        z = f"{z} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1402)}-{n * 11} {st}", f"Unit {c.ri(1, 30)}, {n * 11} {st}"])
    elif g == "qc":
        z = f"{z} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 23}, {st}", f"{n * 23}, {st}, app. {c.ri(1, 12)}", f"{n * 23} {st}"])
    elif g == "ie":
        z = eircode(c.r, z)
        if st[0].isupper() and not st.endswith(("Street", "Road", "Avenue")):
            line = f"{n % 60 + 1} {st}"
        else:
            line = c.ch([f"{n} {st}", f"{n} {st}", f"Apt {c.ri(1, 24)}, {n} {st}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 18)}/{n} {st}", f"Unit {c.ri(1, 9)}, {n} {st}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 6)}/{n} {st}", f"{n}{c.ch('AB')} {st}", f"Flat {c.ri(1, 4)}, {n} {st}"])
    elif g == "za":
        line = c.ch([f"{n} {st}", f"{n} {st}", f"{c.ri(1, 40)} {c.ch(['Aalwyn', 'Protea', 'Kiepersol'])} Street",
                     f"Stand {c.ri(300, 9800)}", f"Unit {c.ri(1, 36)}, {c.ch(['Hillside Gardens', 'Parkhof'])}"])
    elif g == "sg":
        blk = c.ri(101, 689)
        kind = c.ch(STREETS["sg"])
        line = f"Blk {blk} {town} {kind} {c.ri(11, 82)} #{c.ri(2, 15):02d}-{c.ri(11, 890)}"
        z = f"{zspec}{c.ch('01')}{blk:03d}"
    elif g == "in":
        line = c.ch([f"{st} House, Door No. {c.ri(10, 64)}/{c.ri(100, 2400)}", f"{st} House",
                     f"Flat {c.ri(1, 12)}{c.ch('ABCD')}, {c.ch(['Skyline Ivy League', 'Asset Homes', 'Olive Courtyard'])}"])
    elif g == "ng":
        line = c.ch([f"No. {c.ri(2, 48)}, {st}", f"Plot {c.ri(3, 220)}, {st}", f"{c.ri(2, 48)}, {st}"])
    elif g == "jm":
        line = c.ch([f"{n} {st}", f"Lot {c.ri(12, 640)}, {st}", f"{n}{c.ch('AB')} {st}"])
    elif g == "my":
        line = c.ch([f"No. {c.ri(2, 140)}, {st}", f"{c.ri(1, 30)}-{c.ri(1, 18)}-{c.ri(1, 12)}, {st}",
                     f"{c.ri(2, 140)}, {st}"])
    else:  # ke
        line = f"P.O. Box {c.ri(120, 9800)}"
    return Pl(line, town, z, area, extra)


def near(c: C, pl: Pl, p: float = 0.85) -> Pl:
    """A place in the same town as pl (a GP or relative nearby) with probability p, else anywhere in the region."""
    return place(c, towns=(pl.town,)) if c.yes(p) else place(c)


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}", f"+44 (0)7{c.dig(3)} {c.dig(3)} {c.dig(3)}"])
        if g == "ni":
            a = area or "30"
            return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}", f"028{a}{c.dig(6)}"])
        a = area or "0117"
        if len(a) == 4:
            return c.ch([f"{a} {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}", f"({a}) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}"])
        if a == "029":
            return f"029 20{c.dig(2)} {c.dig(4)}"
        return c.ch([f"{a} {c.ri(2, 8)}{c.dig(5)}", f"({a}) {c.ri(2, 8)}{c.dig(5)}", f"{a}-{c.ri(2, 8)}{c.dig(5)}"])
    if g in ("us", "mb", "on", "qc"):
        a = area or {"us": "612", "mb": "204", "on": "519", "qc": "514"}[g]
        if g == "on" and c.yes(0.25):
            a = c.ch(["226", "548"])
        if g == "qc" and a == "514" and c.yes(0.2):
            a = "438"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}",
                     f"+1 {a} {x} {c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}",
                         f"0{c.ri(400, 499)} {c.dig(3)} {c.dig(3)}"])
        a = area or "9"
        rest = f"{a}{c.dig(8 - len(a))}"
        return c.ch([f"(03) {rest[:4]} {rest[4:]}", f"03 {rest[:4]} {rest[4:]}", f"+61 3 {rest[:4]} {rest[4:]}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"08{c.ri(3, 9)}-{c.dig(7)}",
                         f"+353 8{c.ri(3, 9)} {c.dig(3)} {c.dig(4)}", f"08{c.ri(3, 9)}{c.dig(7)}"])
        a = area or "061"
        if a in ("061", "051"):
            return c.ch([f"({a}) {c.dig(3)} {c.dig(3)}", f"{a} {c.dig(6)}", f"{a}-{c.dig(6)}"])
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(7)}", f"{a}-{c.dig(7)}"])
    if g == "nz":
        if mob:
            k = c.ch(["021", "022", "027", "029"])
            return c.ch([f"{k} {c.dig(3)} {c.dig(4)}", f"{k}{c.dig(7)}", f"+64 {k[1:]} {c.dig(3)} {c.dig(4)}",
                         f"{k}-{c.dig(3)}-{c.dig(4)}"])
        a = area or "04"
        return c.ch([f"({a}) {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}", f"{a} {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}",
                     f"+64 {a[1:]} {c.ri(2, 9)}{c.dig(2)} {c.dig(4)}"])
    if g == "za":
        if mob:
            k = c.ch(["072", "073", "076", "082", "083", "071", "060", "079"])
            return c.ch([f"{k} {c.dig(3)} {c.dig(4)}", f"{k}{c.dig(7)}", f"+27 {k[1:]} {c.dig(3)} {c.dig(4)}"])
        a = area or "051"
        return c.ch([f"{a} {c.ri(2, 5)}{c.dig(2)} {c.dig(4)}", f"({a}) {c.ri(2, 5)}{c.dig(2)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-{c.ri(7, 9)}{c.dig(9)}",
                         f"{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
        a = area or "0484"
        return c.ch([f"{a}-{c.ri(2, 4)}{c.dig(6)}", f"{a} {c.ri(2, 4)}{c.dig(6)}"])
    if g == "ng":
        k = c.ch(["803", "806", "813", "816", "703", "705", "805", "807", "809", "810"])
        return c.ch([f"0{k} {c.dig(3)} {c.dig(4)}", f"+234 {k} {c.dig(3)} {c.dig(4)}", f"0{k}{c.dig(7)}",
                     f"+234 (0){k} {c.dig(3)} {c.dig(4)}"])
    if g == "jm":
        x = (area or "962") if not mob else c.ch(["312", "334", "357", "381", "422", "438", "470", "822", "855", "368"])
        return c.ch([f"(876) {x}-{c.dig(4)}", f"876-{x}-{c.dig(4)}", f"1 (876) {x}-{c.dig(4)}",
                     f"876 {x} {c.dig(4)}"])
    if g == "my":
        if mob:
            k = c.ch(["012", "013", "016", "017", "019", "011"])
            return c.ch([f"{k}-{c.dig(3)} {c.dig(4)}", f"{k}-{c.dig(7)}", f"+60 {k[1:]}-{c.dig(3)} {c.dig(4)}"])
        return c.ch([f"04-{c.ri(2, 6)}{c.dig(2)} {c.dig(4)}", f"04-{c.ri(2, 6)}{c.dig(6)}"])
    # ke
    if mob:
        k = c.ch(["0712", "0722", "0733", "0700", "0110", "0797", "0758", "0769", "0721", "0741"])
        return c.ch([f"{k} {c.dig(3)} {c.dig(3)}", f"+254 {k[1:4]} {c.dig(3)} {c.dig(3)}", f"{k}{c.dig(6)}",
                     f"+254{k[1:]}{c.dig(6)}"])
    return c.ch([f"{area or '057'} {c.ri(2, 5)}{c.dig(6)}", f"({area or '057'}) {c.ri(2, 5)}0{c.dig(5)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], pl: Pl | None = None, tel: list[str] | None = None,
         mail: str | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, (pl.line, pl.town, pl.z) if pl else None, tel, mail))


# ---------------------------------------------------------------------------------------- clinical helpers
def lab(c: C, name: str, lo: float, hi: float, nd: int = 1, unit: str = "mmol/L") -> str:
    v = c.r.uniform(lo, hi)
    vs = f"{v:.{nd}f}" if nd else str(round(v))
    return f"{name} {vs} {unit}".rstrip()


def bmi(w: float, h: float) -> float:
    return w / (h * h)


def must(b: float, loss: float, acute: bool) -> tuple[int, int, int]:
    """MUST step scores: BMI (> 20 = 0, 18.5-20 = 1, < 18.5 = 2), unplanned weight loss in 3-6 months
    (< 5% = 0, 5-10% = 1, > 10% = 2), acute disease effect (2 where no intake likely for > 5 days)."""
    return (0 if b > 20 else (1 if b >= 18.5 else 2)), (0 if loss < 5 else (1 if loss <= 10 else 2)), (2 if acute else 0)


def must_band(t: int) -> str:
    return "low risk" if t == 0 else ("medium risk" if t == 1 else "high risk")


def refeed(b: float, loss: float, nil: int, low_lytes: bool, other: bool) -> tuple[bool, list[str], bool]:
    """NICE CG32 refeeding risk: one major criterion or two minor ones; extreme where BMI < 14 or no intake
    for more than 15 days (start at 5 kcal/kg/day)."""
    crit = []
    if b < 16:
        crit.append("BMI < 16")
    elif b < 18.5:
        crit.append("BMI < 18.5 (minor)")
    if loss > 15:
        crit.append("weight loss > 15% in 3-6 months")
    elif loss > 10:
        crit.append("weight loss > 10% (minor)")
    if nil > 10:
        crit.append("little or no intake > 10 days")
    elif nil > 5:
        crit.append("little or no intake > 5 days (minor)")
    if low_lytes:
        crit.append("low K / PO4 / Mg before feeding")
    if other:
        crit.append("alcohol misuse or insulin / diuretics / antacids (minor)")
    major = [x for x in crit if "minor" not in x]
    high = bool(major) or len(crit) >= 2
    return high, crit, b < 14 or nil > 15


def wt_hist(c: C, h: float, lo_bmi: float, hi_bmi: float, loss_lo: float, loss_hi: float) -> tuple[float, float, float]:
    """(usual weight, current weight, % loss) for a height."""
    now = round(c.r.uniform(lo_bmi, hi_bmi) * h * h, 1)
    loss = c.r.uniform(loss_lo, loss_hi)
    usual = round(now / (1 - loss / 100), 1)
    return usual, now, round((usual - now) / usual * 100, 1)


# (product, kcal per ml, protein g per 100 ml)
FEEDS_UK = [("Nutrison Energy", 1.5, 6.0), ("Nutrison Protein Plus Multi Fibre", 1.25, 6.3),
            ("Osmolite 1.5kcal", 1.5, 6.3), ("Jevity 1kcal", 1.0, 4.0), ("Fresubin Energy Fibre", 1.5, 5.6),
            ("Nutrison Multi Fibre", 1.0, 4.0), ("Fresubin HP Energy", 1.5, 7.5), ("Jevity Plus HP", 1.3, 6.6),
            ("Nutrison Peptisorb", 1.0, 4.0), ("Peptamen", 1.0, 4.0), ("Fresubin 2 kcal HP Fibre", 2.0, 10.0)]
FEEDS_US = [("Jevity 1.5 Cal", 1.5, 6.4), ("Osmolite 1.5 Cal", 1.5, 6.3), ("Isosource 1.5 Cal", 1.5, 6.8),
            ("Peptamen 1.5", 1.5, 6.8), ("Vital 1.5 Cal", 1.5, 6.75), ("Nutren 2.0", 2.0, 8.0),
            ("Glucerna 1.2 Cal", 1.2, 6.0), ("Replete Fiber", 1.0, 6.2), ("Kate Farms Peptide 1.5", 1.5, 6.8)]
FEEDS_INTL = [("Ensure Plus", 1.5, 6.3), ("Nutren Optimum", 1.0, 4.0), ("Jevity Plus", 1.2, 5.6),
              ("Peptamen", 1.0, 4.0), ("Glucerna", 1.0, 4.2), ("Osmolite", 1.0, 4.0), ("Isocal", 1.06, 3.4)]
ONS_UK = ["Fortisip Compact Protein 125 ml BD", "Ensure Plus Milkshake Style 220 ml BD", "Fortisip 2kcal 200 ml BD",
          "Foodlink Complete 1 sachet BD", "Altraplen Compact 125 ml BD", "Fresubin 2kcal Drink 200 ml BD",
          "Aymes ActaGain 2.4 Complete Maxi 200 ml OD"]


def regimen(c: C, feeds: list[tuple[str, float, float]], kcal_target: int) -> tuple[str, int, float, int, int]:
    """A pump regimen near a target: (product, rate ml/h, hours, kcal, protein g)."""
    name, kd, pr = c.ch(feeds)
    hrs = c.ch([12, 14, 16, 18, 20])
    while hrs < 22 and kcal_target / kd / hrs > 125:
        hrs += 2
    rate = max(10, round(kcal_target / kd / hrs / 5.0) * 5)
    vol = rate * hrs
    return name, rate, hrs, round(vol * kd), round(vol * pr / 100)


def hpn_bag(c: C, w: float, us: bool = False) -> list[str]:
    """A home parenteral nutrition prescription (per bag), as clinical strings."""
    vol = c.ch([2000, 2250, 2500, 2750, 3000])
    n = round(w * c.r.uniform(0.13, 0.2), 1)
    glu = c.ch([150, 175, 200, 225, 250])
    lip = c.ch([0, 20, 30, 40, 50])
    na, k, mg = c.ri(80, 160), c.ri(40, 80), c.ri(6, 12)
    if us:
        aa = round(n * 6.25)
        return [f"volume {vol} mL", f"amino acids {aa} g", f"dextrose {glu} g", f"lipid (SMOFlipid) {lip} g",
                f"sodium {na} mEq", f"potassium {k} mEq", f"magnesium {mg * 2} mEq", f"calcium {c.ri(9, 15)} mEq",
                f"phosphate {c.ri(15, 30)} mmol", "adult MVI 10 mL", "trace elements 1 mL"]
    return [f"volume {vol} ml", f"nitrogen {n} g", f"glucose {glu} g", f"lipid {lip} g" if lip else "lipid-free",
            f"Na {na} mmol", f"K {k} mmol", f"Mg {mg} mmol", f"Ca {c.r.choice([5, 7.5, 10])} mmol",
            f"PO4 {c.ri(15, 30)} mmol", "Additrace 10 ml", "Solivito N 1 vial", "Vitlipid N Adult 10 ml"]


UK_ICD = ["E43 unspecified severe protein-energy malnutrition", "E44.0 moderate protein-energy malnutrition",
          "R63.4 abnormal weight loss", "R13 dysphagia", "K91.2 postsurgical malabsorption",
          "E87.6 hypokalaemia", "E83.3 disorders of phosphorus metabolism", "Z93.1 gastrostomy status"]


# ---------------------------------------------------------------------------------------- England (South West)
EN_HOSP = orgs("Southmead Hospital", "Royal United Hospital", "Musgrove Park Hospital", "Royal Devon and Exeter Hospital",
               "Derriford Hospital", "Royal Cornwall Hospital", "Gloucestershire Royal Hospital",
               "Cheltenham General Hospital", "Torbay Hospital", "Yeovil District Hospital", "Weston General Hospital")
EN_PRACT = orgs("The Old School Surgery", "Brunel Medical Practice", "Riverside Surgery", "Quantock Medical Centre",
                "Fountain Practice", "Orchard Medical Centre", "Beacon Surgery", "Harbour Medical Practice",
                "Priory Health Centre", "Leat Surgery")
UK_HOMECARE = orgs("Nutricia Homeward", "Abbott Hospital to Home", "Fresenius Kabi Calea", "Baxter Homecare",
                   "Lloyds Clinical Homecare", "Sciensus")
EN_SPEC = ["Care of the Elderly", "Gastroenterology", "Neurology", "ENT / Head and Neck", "Upper GI Surgery",
           "Acute Medicine", "Stroke Medicine", "Colorectal Surgery"]


def _hno(c: C) -> str:
    return c.ch([f"{c.ch('KTEGRD')}{c.dig(7)}", f"{c.ch('KTEGRD')}{c.dig(6)}", c.dig(8)])


def en_nst_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(38, 86)
    pl = place(c)
    nhs = nhs_no(c.r)
    hno = _hno(c)
    hosp = c.ch(EN_HOSP)
    ref, nn, cons = c.staff(), c.staff(), c.staff()
    seen = c.wdt(-2, 0)
    h = c.uf(1.52, 1.86, 2)
    usual, now, loss = wt_hist(c, h, 14.5, 19.5, 6, 19)
    b = bmi(now, h)
    nil = c.ri(4, 14)
    low = c.yes(0.4)
    high, crit, extreme = refeed(b, loss, nil, low, c.yes(0.3))
    s1, s2, s3 = must(b, loss, True)
    kpk = 5 if extreme else (10 if high else 20)
    start = round(now * kpk)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_UK[:8], start)
    c.t("NUTRITION SUPPORT TEAM - INPATIENT REFERRAL AND FIRST REVIEW\n")
    c.t(f"{hosp}   Ward {c.ri(2, 34)}{c.ch(['', 'A', 'B'])}, bed {c.ri(1, 28)}\n")
    c.t("Referral received: ").d(seen - timedelta(days=1), c.ch(["dd/mm/yyyy", "dd/mm/yy"]))
    c.t(f" {c.tm(9, 17)}  from Dr ").nm(ref.fi).t(f" (FY2, {c.ch(EN_SPEC)}), bleep ").ph(c.dig(4)).t("\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl, q.FL])).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"]))
    c.t(f" ({age} y)\nNHS No: ").id(spaced(nhs, c.ri(0, 2))).t("   Hosp No: ").id(hno).t("\n\n")
    why, dx, slt = c.ch([("unsafe swallow after ", "left MCA infarct", "SLT: nil by mouth"),
                         ("poor intake and delirium during ", "aspiration pneumonia", "SLT: IDDSI level 4 diet only"),
                         ("weight loss and odynophagia with ", "oropharyngeal carcinoma", "awaiting RIG"),
                         ("dysphagia in ", "Parkinson's disease (off periods)", "SLT: nil by mouth"),
                         ("food refusal in ", "severe anorexia nervosa", "MEED guidance; psychiatry liaison involved")])
    c.t("Reason for referral: ").t(why).c(dx).t("; ").c(slt).t("\n")
    c.t("Nutritional history: usual weight ").c(f"{usual} kg").t(" (").d(c.dt(-200, -120), "Month yyyy")
    c.t("), now ").c(f"{now} kg").t(", height ").c(f"{h:.2f} m").t(", BMI ").c(f"{b:.1f} kg/m2").t(", ")
    c.c(f"{loss}% weight loss").t(" in ").c(f"{c.ri(3, 6)} months").t(". Little or nothing eaten for ")
    c.c(f"{nil} days").t(".\n")
    c.t("MUST: BMI ").c(str(s1)).t(" + weight loss ").c(str(s2)).t(" + acute disease ").c(str(s3)).t(" = ")
    c.c(f"{s1 + s2 + s3} ({must_band(s1 + s2 + s3)})").t("\n")
    c.t("Refeeding risk (NICE CG32): ").c("HIGH" if high else "not high").t(" - ")
    c.cl(crit or ["no criteria met"], "; ").t("\n")
    c.t("Bloods ").d(seen, c.ch(["dd/mm", "d/m"])).t(": ")
    c.cl([lab(c, "Na", 129, 144, 0), lab(c, "K", 2.9 if low else 3.6, 3.5 if low else 4.8),
          lab(c, "Mg", 0.52 if low else 0.72, 0.68 if low else 0.98, 2), lab(c, "PO4", 0.48 if low else 0.82,
          0.75 if low else 1.3, 2), lab(c, "urea", 2.1, 11.5), lab(c, "creat", 48, 128, 0, "umol/L"),
          lab(c, "CRP", 6, 160, 0, "mg/L"), lab(c, "albumin", 22, 36, 0, "g/L")]).t("\n\n")
    c.t("Plan:\n1. ").c("Fine-bore NG tube").t(" - confirm position by pH (").c("1-5.5").t(") before use.\n2. Start ")
    c.c(f"{name} {rate} ml/h x {hrs} h").t(" = ").c(f"{kcal} kcal, {prot} g protein").t(" (").c(f"{kpk} kcal/kg/day")
    c.t("); water flushes ").c(f"{c.ch([30, 50])} ml 4-hourly").t(". Increase to full requirements (")
    c.c(f"{round(now * c.ch([25, 30]))} kcal, {round(now * 1.2)} g protein").t(") over ").c(f"{c.ri(4, 7)} days")
    c.t(".\n3. ").c(c.ch(["Pabrinex I&II 1 pair IV OD for 3 days", "thiamine 100 mg TDS and vitamin B co strong 2 tabs TDS"]))
    c.t(", then ").c("Forceval 1 capsule OD for 10 days").t(".\n4. ").c("K, Mg, PO4 daily for 5 days")
    c.t("; replace per trust refeeding guideline (").c("Phosphate Polyfusor 50 mmol IV over 12 h if PO4 < 0.6")
    c.t(").\n5. ").c("Weigh twice weekly").t("; strict fluid balance.\n\n")
    c.t("Seen by: ").nm(nn.fl).t(", Nutrition Nurse Specialist; Dr ").nm(cons.fl)
    c.t(", Consultant Gastroenterologist (NST lead), GMC ").id(gmc_no(c.r)).t("\n")
    c.t("NST review again ").d(seen + timedelta(days=c.ri(1, 3)), c.ch(["dd/mm/yyyy", "d Mon"])).t(".\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)], pl)


def en_refeeding_chart(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(20, 79)
    nhs = nhs_no(c.r)
    hno = _hno(c)
    dt1 = c.wdt(-9, -4)
    h = c.uf(1.55, 1.84, 2)
    usual, now, loss = wt_hist(c, h, 13.2, 17.2, 12, 24)
    b = bmi(now, h)
    nil = c.ri(8, 21)
    high, crit, extreme = refeed(b, loss, nil, c.yes(0.5), c.yes(0.5))
    kpk = 5 if extreme else 10
    dietitian, fy = c.staff(), c.staff()
    c.t("REFEEDING SYNDROME - RISK ASSESSMENT AND MONITORING CHART\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("   DOB: ").d(dob, c.ch(["dd-Mon-yyyy", "dd/mm/yyyy"]))
    c.t("   NHS: ").id(spaced(nhs, c.ri(0, 2))).t("   Unit no: ").id(hno).t("\n")
    c.t(f"Ward: {c.ch(['Acute Medical Unit', 'Ward 9', 'Ward 22b', 'Gastro ward', 'Elderly Care 3'])}   Assessed: ")
    c.d(dt1, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t(" by ").nm(dietitian.fi).t(" (dietitian)\n")
    c.t("Weight ").c(f"{now} kg").t("  Height ").c(f"{h:.2f} m").t("  BMI ").c(f"{b:.1f}").t("  Usual wt ")
    c.c(f"{usual} kg").t(" (").c(f"-{loss}%").t(")\n")
    c.t("Criteria (tick):\n")
    for k in ["BMI < 16", "weight loss > 15% in 3-6 months", "little or no intake > 10 days",
              "low K / PO4 / Mg before feeding", "BMI < 18.5 (minor)", "weight loss > 10% (minor)",
              "little or no intake > 5 days (minor)", "alcohol misuse or insulin / diuretics / antacids (minor)"]:
        c.t("  [x] " if k in crit else "  [ ] ").c(k).t("\n")
    c.t("Risk: ").c("HIGH - " + ("EXTREME (start 5 kcal/kg/day)" if extreme else "start 10 kcal/kg/day") if high
                     else "low").t("\n")
    c.t("Start feed ").c(f"{int(now * kpk)} kcal/24 h").t("; increase over ").c("4-7 days").t(" as bloods allow.\n")
    c.t("Vitamins: ").c(c.ch(["Pabrinex I&II IV OD x 3 days", "thiamine 100 mg TDS PO x 10 days"])).t(" started before feed; ")
    c.c("Forceval 1 OD x 10 days").t("\n\nDaily monitoring\n")
    c.t("Day  Date    K      PO4    Mg     kcal/kg  Replacement                       Init\n")
    k, po, mg = c.uf(3.3, 4.2, 1), c.uf(0.7, 1.1, 2), c.uf(0.65, 0.9, 2)
    kk = kpk
    inis = [c.stini() for _ in range(3)]
    for i in range(c.ri(4, 6)):
        d = dt1 + timedelta(days=i)
        po = round(max(0.28, po - c.uf(0.02, 0.22, 2)) if i < 3 else po + c.uf(0.05, 0.2, 2), 2)
        k = round(max(2.7, k + (c.uf(0.1, 0.6, 1) if k < 3.2 else c.uf(-0.5, 0.3, 1))), 1)
        mg = round(max(0.45, mg + c.uf(-0.12, 0.08, 2)), 2)
        rep = ("Phosphate Polyfusor 50 mmol IV" if po < 0.6 else ("Phosphate Sandoz 2 tabs TDS" if po < 0.8 else "-"))
        if k < 3.0:
            rep = (rep + "; " if rep != "-" else "") + "KCl 40 mmol IV over 4 h"
        elif k < 3.5:
            rep = (rep + "; " if rep != "-" else "") + "Sando-K 2 tabs TDS"
        if mg < 0.6:
            rep = (rep + "; " if rep != "-" else "") + "Mg sulfate 20 mmol IV"
        ini = inis[i % 3]
        c.t(f"{i + 1}    ").d(d, "dd/mm").t("   ").c(f"{k}").t("    ").c(f"{po:.2f}").t("   ").c(f"{mg:.2f}")
        c.t("   ").c(f"{kk}").t(" " * (9 - len(str(kk)))).c(rep).t(" " * max(1, 34 - len(rep))).t(ini + "\n")
        kk = min(25, kk + (0 if po < 0.6 or k < 3.0 or mg < 0.6 else c.ch([5, 5, 10])))
    c.t("\nMedical review: Dr ").nm(fy.fi2).t(" (FY1) - ").c("ECG: no QT prolongation").t("; ")
    c.c("cardiac monitoring not required").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_ng_record(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 93)
    nhs = nhs_no(c.r)
    hno = _hno(c)
    nurse, chk, reg = c.staff(), c.staff(), c.staff()
    d0 = c.dt(-6, -1)
    nex = c.ri(52, 66)
    c.t(f"NASOGASTRIC TUBE INSERTION AND POSITION CONFIRMATION - {c.ch(EN_HOSP)}\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("  Hosp no: ").id(hno).t("  NHS: ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(" (age ").age(age).t(")\n")
    c.t("Date of insertion: ").d(d0, c.ch(["d Mon yyyy", "dd/mm/yyyy"])).t(f"  Time: {c.tm(8, 20)}\n")
    c.t("Indication: ").c(c.ch(["enteral feeding - unsafe swallow (SLT)", "feeding and medicines - reduced GCS",
                                 "supplementary feeding - intake < 50% of requirements", "feeding after head and neck surgery"]))
    c.t("\nTube: ").c(c.ch(["Corflo fine-bore 8 Fr 91 cm, ENFit", "Flocare 8 Fr polyurethane, ENFit",
                              "Flexiflo 10 Fr, ENFit"])).t(", batch ").t(f"{c.ch('ABCKL')}{c.dig(5)}").t("\n")
    mark0 = nex - c.ri(0, 4)
    c.t("NEX measurement: ").c(f"{nex} cm").t("; inserted via ").c(c.ch(["right", "left"]) + " nostril").t("; mark at nostril ")
    c.c(f"{mark0} cm").t("\n")
    aspirate = c.yes(0.7)
    if aspirate:
        ph = c.ch(["3.5", "4.0", "4.5", "5.0", "2.5", "3.0"])
        c.t("Aspirate obtained: yes; ").c(f"pH {ph}").t(" on CE-marked indicator strip (").c("safe range 1-5.5").t(")\n")
        c.t("Outcome: ").c("SAFE TO USE").t(" - no X-ray required\n")
    else:
        c.t("Aspirate: ").c("none after repositioning, 20 ml air and 15-30 min wait").t("\n")
        c.t("Chest X-ray ").d(d0, c.ch(["dd/mm/yyyy", "d Mon"])).t(f" {c.tm(10, 22)}: reviewed by Dr ").nm(reg.fi)
        c.t(" (").t(c.ch(["ST4", "ST6", "CT2"])).t("): ").c("tube follows the oesophagus, bisects the carina, "
                                                            "crosses the diaphragm in the midline, tip left upper quadrant")
        c.t("\nOutcome: ").c("SAFE TO USE").t(" (X-ray confirmed; record kept in notes)\n")
    c.t("Inserted by: ").nm(nurse.fl).t(", RN, NMC PIN ").id(nmc_pin(c.r)).t("   Second check: ").nm(chk.fi).t("\n\n")
    c.t("Pre-use checks (before every feed, flush or medicine):\n")
    c.t("Date      Time   pH    Mark (cm)  Action\n")
    for i in range(c.ri(3, 5)):
        d = d0 + timedelta(days=1 + i // 2)
        ok = c.yes(0.85)
        c.d(d, "dd/mm/yy").t(f"  {c.tm(6, 11) if i % 2 == 0 else c.tm(14, 22)}  ")
        c.c(c.ch(["4.0", "4.5", "5.0", "3.5"]) if ok else "6.0").t("   ")
        c.c(f"{mark0 + c.ch([-1, 0, 0, 1])}").t("         ")
        c.c("feed restarted" if ok else "withheld, rechecked at 30 min: pH 4.5, feed restarted").t("\n")
    c.t("Never use litmus paper or the whoosh test; do not flush before position confirmed.\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_peg_report(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(40, 84)
    nhs = nhs_no(c.r)
    hno = _hno(c)
    endo, gp = c.staff(), c.staff()
    pd = c.wdt(-10, -1)
    pr = c.ch(EN_PRACT)
    gpl = place(c)
    ind = c.ch([("motor neurone disease with progressive bulbar weakness", f"FVC {c.ri(52, 78)}% predicted"),
                ("oropharyngeal squamous cell carcinoma before chemoradiotherapy", f"T{c.ri(2, 4)}N{c.ri(1, 2)}M0"),
                ("persistent dysphagia after right MCA stroke", f"NG tube in place {c.ri(3, 6)} weeks"),
                ("Parkinson's disease with recurrent aspiration", f"weight {c.ri(44, 61)} kg")])
    fr = c.ch([15, 20])
    c.t("ENDOSCOPY REPORT - PERCUTANEOUS ENDOSCOPIC GASTROSTOMY\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.lf])).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd-Mon-yyyy"]))
    c.t("   NHS No: ").id(spaced(nhs, c.ri(0, 2))).t("   Hosp No: ").id(hno).t("\n")
    c.t("Procedure date: ").d(pd, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t(f"   Room {c.ri(1, 4)}   Endoscopist: Dr ")
    c.nm(endo.fl).t(" (Consultant Gastroenterologist)   Nurses: ").t(c.stini()).t(", ").t(c.stini()).t("\n")
    c.t("Indication: ").c(ind[0]).t(" (").c(ind[1]).t(")\n")
    c.t("Consent: ").c(c.ch(["Form 1, patient", "Form 4, best interests (MCA)", "Form 1, patient; LPA informed"]))
    c.t("; pre-procedure bloods ").cl([lab(c, "INR", 0.9, 1.2, 1, ""), lab(c, "Plt", 160, 390, 0, "x10^9/L"),
                                          lab(c, "Hb", 98, 142, 0, "g/L")]).t("\n")
    c.t("Prophylaxis: ").c("co-amoxiclav 1.2 g IV").t(" (").c(c.ch(["no allergies", "NKDA"])).t(")\n")
    c.t("Sedation: ").c(c.ch(["midazolam 2 mg, fentanyl 50 micrograms", "midazolam 1 mg, throat spray",
                                 "propofol (anaesthetist-led)"])).t("; ").c(f"SpO2 {c.ri(94, 99)}% on 2 L O2").t("\n")
    c.t("Findings: ").c(c.ch(["normal oesophagus and stomach", "mild antral gastritis", "small hiatus hernia",
                               "candida oesophagitis, otherwise normal"])).t("; ").c("good transillumination and finger indentation")
    c.t("\nProcedure: ").c(f"pull-through technique, Freka PEG {fr} Fr").t(", external fixation plate at ")
    c.c(f"{c.ri(2, 4)} cm").t(" mark; ").c("no immediate complications").t("\n\n")
    c.t("Aftercare:\n- ").c("Nil via PEG for 4 hours").t(", then ").c("water 50 ml/h for 2 hours").t(", start feed at ")
    c.c("6 hours").t(" if no pain or leak.\n- ").c("Observations hourly for 4 h").t("; report ").c("pain on feeding")
    c.t(", fresh leak or fever urgently.\n- Clean site daily; ").c("advance and rotate from day 14").t(
        " (not before - buried bumper risk).\n")
    c.t("- Refer to community enteral feeding team; homecare via ").t(c.ch(UK_HOMECARE)).t(".\n\n")
    c.t("cc: Dr ").nm(gp.fi2).t(f", {pr}, ").ad(gpl.town).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hno)])


def en_homecare_reg(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(30, 88)
    nhs = nhs_no(c.r)
    pl = place(c)
    tel = phone(c, pl.area, mob=False)
    mob = phone(c)
    car, rel = c.kin(q, age)
    dt = c.staff()
    ref = f"{c.ch(['HW', 'H2H', 'CAL'])}-{c.dig(6)}"
    ser = f"{c.ch(['FI', 'NI'])}{c.dig(7)}"
    start = c.wdt(3, 10)
    w = c.uf(42, 96, 1)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_UK, int(w * c.ch([22, 25, 28])))
    comp = c.ch(UK_HOMECARE[:2])
    c.t(f"HOME ENTERAL NUTRITION - HOMECARE REGISTRATION ({comp})\n")
    c.t("Patient ref: ").id(ref).t("   NHS number: ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t(f"{q.title} ").nm(q.fl).t("   DOB ").d(dob, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("\n")
    c.t("Delivery address: ").ad(pl.line).t(", ").ad(pl.town).t(", ").zp(pl.z).t("\n")
    c.t("Tel: ").ph(tel).t("   Mobile: ").ph(mob).t("\n")
    c.t("Alternative contact: ").nm(car.fl).t(f" ({rel}) ").ph(phone(c)).t("\n")
    c.t("Access: ").c(c.ch(["ground floor, key safe", "second floor flat, no lift", "bungalow, ring side door"])).t("\n\n")
    c.t("Tube: ").c(c.ch([f"PEG {c.ch([15, 20])} Fr", "balloon gastrostomy 14 Fr (5 ml water, check weekly)",
                           "RIG 14 Fr", "PEJ 9 Fr"])).t("\n")
    c.t("Regimen: ").c(f"{name} {rate} ml/h for {hrs} h").t(" (").c(f"{rate * hrs} ml, {kcal} kcal, {prot} g protein")
    c.t(") via pump; ").c(f"water flush {c.ch([50, 60, 100])} ml before and after").t(", plus ")
    c.c(f"{c.ch([200, 300, 500])} ml water bolus x {c.ch([3, 4])} daily").t("\n")
    c.t("Equipment: ").c("Flocare Infinity pump").t(" (serial ").id(ser).t("), ").c("stand / backpack").t(", ")
    c.c("giving sets x 30 per month").t(", ").c("60 ml ENFit syringes x 30").t("\n")
    c.t("Delivery: every ").c("28 days").t("; first delivery ").t(f"{c.wd(start)} ").d(start, "dd/mm/yyyy")
    c.t(", then ").d(start + timedelta(days=28), c.ch(["dd/mm/yyyy", "d Mon"])).t("\n")
    if c.yes(0.5):
        c.t("Order tracking link sent by SMS: ").p("URL", f"https://track.{c.ch(['homeward.nutricia.co.uk', 'h2h-deliveries.co.uk'])}/o/{c.tok(12)}").t("\n")
    c.t("Homecare nurse training visit within ").c("48 hours of discharge").t("\n")
    c.t("Medicines via tube: ").cl(c.r.sample(["lansoprazole 15 mg orodispersible OD", "paracetamol 500 mg/5 ml 10 ml QDS",
                                              "levetiracetam 500 mg BD (oral solution)", "Laxido 1 sachet OD",
                                              "metoclopramide 10 mg TDS (liquid)"], 2)).t("\n")
    c.t("Bloods on discharge: ").cl([lab(c, "Na", 134, 144, 0), lab(c, "K", 3.6, 4.9), lab(c, "Mg", 0.7, 0.95, 2),
                                     lab(c, "PO4", 0.8, 1.3, 2)]).t("; ").c("repeat in 4 weeks via GP").t("\n\n")
    c.t("Registered by: ").nm(dt.fl).t(", Specialist Dietitian, HCPC ").id(hcpc_dt(c.r)).t("  ")
    c.em(dt.mail("nhs.net", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("homecare", ref)], pl, [tel, mob])


def en_handover_lower(c: C) -> Note:
    ds = c.staff()
    d0 = c.wdt(-3, 0)
    while d0.weekday() != 4:
        d0 -= timedelta(days=1)
    pts = [c.pat() for _ in range(3)]
    c.t(f"dietetics weekend handover - {c.wd(d0, True).lower()} ").d(d0, c.ch(["dd/mm", "d/m"]))
    c.t(f" (wards {c.ri(20, 24)}/{c.ri(25, 29)})\n\n")
    q = pts[0]
    hno = _hno(c).lower()
    c.t(f"1. bed {c.ri(1, 30)} - ").nm(q.low).t(" (").id(hno).t(") - ").c("ng fed").t(", ").c("pabrinex day 2/3")
    c.t(", bloods this am ").cl([f"k {c.fl(2.9, 3.4)}", f"phos {c.fl(0.44, 0.62, 2)}", f"mg {c.fl(0.5, 0.66, 2)}"], " ")
    c.t(" -> replaced per protocol. keep ").c(f"{c.ch(['nutrison energy', 'osmolite 1.5'])} at {c.ch([20, 25, 30])} ml/h")
    c.t(", do NOT increase till ").c("phos > 0.8").t(". recheck sat am\n")
    r2 = pts[1]
    c.t(f"2. side rm {c.ri(1, 6)} - ").nm(c.ch([r2.low, r2.first.lower()])).t(" - ").c("peg")
    c.t(", feed stopped fri am as ").c("site red + leaking").t(", swab sent. ").c("if apyrexial restart")
    c.t(f" {c.ch(['jevity 1kcal', 'nutrison multi fibre'])} ").c(f"{c.ch([60, 75, 80])} ml/h x {c.ch([14, 16])} h")
    c.t(". surg reg aware\n")
    r3 = pts[2]
    dau = c.rel(r3, "f")
    c.t(f"3. bay {c.ri(1, 5)} bed {c.ri(1, 6)} - {r3.title.lower()} ").nm(r3.last.lower()).t(" - ").c("MUST 3")
    c.t(", ").c("food chart").t(" + ").c(c.ch(["fortisip compact bd", "ensure plus bd"])).t(" started. ")
    c.c(f"wt {c.fl(38, 52)} kg").t(" (").c(f"{c.fl(4.0, 7.5)} kg down since admission").t(")\n")
    c.t("   pls ring daughter ").nm(dau.first.lower()).t(" on ").ph(phone(c)).t(
        " re: home feed delivery - she has been told mon\n")
    r4 = c.pat()
    c.t(f"4. bed {c.ri(1, 30)} - ").nm(r4.low).t(" - ").c("new peg day 1").t(", ").c("water 50 ml/h").t(" started ")
    c.c(f"{c.tm(10, 15)}").t(", if no pain/leak start ").c(f"{c.ch(['jevity 1kcal', 'nutrison multi fibre'])} 50 ml/h")
    c.t(" at 6 h. ").c("obs 4-hrly").t(". ").c("do not rotate till day 14").t("\n\n")
    c.t("no new referrals. nutrition nurse on call sat ").c("09:00-13:00").t(", otherwise via switch. - ")
    c.nm(ds.first.lower()).t("\n")
    dob, _ = c.born(55, 88)
    return _end(c, q, dob, [("hosp", hno)])


def en_if_mdt(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(28, 78)
    nhs = nhs_no(c.r)
    ref = c.staff()
    md = c.wdt(-3, 0)
    op = c.dt(-120, -30)
    sb = c.ri(60, 190)
    out = c.ri(1400, 3600)
    c.t("INTESTINAL FAILURE MDT - OUTCOME\n")
    c.t(f"Meeting: {c.wd(md)} ").d(md, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t(" (Teams)\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF])).t(f" ({age})   NHS ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t("Referred by: Dr ").nm(ref.fi).t(f", {c.ch(EN_HOSP)}\n\n")
    c.t("Summary: ").c(c.ch(["type 2 intestinal failure", "type 2 IF with intra-abdominal sepsis",
                               "type 2 IF, enterocutaneous fistula"])).t(" after ")
    c.c(c.ch(["extensive small bowel resection for mesenteric ischaemia", "multiple resections for Crohn's disease",
              "anastomotic leak after anterior resection", "volvulus with small bowel infarction"]))
    c.t(" on ").d(op, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t(". Remaining small bowel ").c(f"~{sb} cm").t(" to ")
    c.c(c.ch(["end jejunostomy", "jejuno-colic anastomosis", "double-barrelled stoma"])).t(". Output ")
    c.c(f"{out} ml/24 h").t(" on ").c("loperamide 4 mg QDS, omeprazole 40 mg BD").t("; ").c(f"urine Na {c.ri(4, 25)} mmol/L")
    c.t(".\nCurrent PN: ").c(f"{c.ch([5, 6, 7])} bags/week via {c.ch(['PICC', 'tunnelled Hickman', 'Groshong'])}")
    c.t("; ").cl([lab(c, "Mg", 0.55, 0.82, 2), lab(c, "bili", 6, 38, 0, "umol/L"), lab(c, "ALP", 80, 260, 0, "U/L"),
                  lab(c, "TG", 0.9, 2.6, 1)]).t("\n\n")
    c.t("Discussion: ").c(c.ch(["unlikely to wean within 3 months", "restore continuity in 6-9 months once nutritionally optimised",
                                 "consider GLP-2 analogue once stable on HPN", "fistula expected to close; reassess at 6 weeks"]))
    c.t(".\nOutcome:\n1. ").c(c.ch(["Refer for home parenteral nutrition", "Transfer to regional IF unit",
                                  "Continue hospital PN; convert PICC to tunnelled line"])).t("\n2. ")
    c.c("St Mark's oral rehydration solution 1 L/day").t("; restrict hypotonic fluids to ").c("500 ml/day").t("\n3. ")
    c.c("Weekly weight, U&E, Mg, PO4").t("; LFTs fortnightly\n\nPresent: ")
    for i, role in enumerate(c.r.sample(["Consultant Gastroenterologist", "Colorectal Surgeon", "IF Dietitian",
                                         "Nutrition Nurse Specialist", "Pharmacist", "Psychologist", "Interventional Radiologist"], 5)):
        s = c.staff()
        if i:
            c.t("; ")
        if c.yes(0.5):
            if "Surgeon" in role:
                c.t("Mr " if s.sex == "m" else "Ms ")
            elif "Consultant" in role or "Radiologist" in role or "Psychologist" in role:
                c.t("Dr ")
            c.nm(s.fi)
        else:
            c.nm(s.fl)
        c.t(f" ({role})")
    co = c.staff()
    c.t("\nMinuted by ").nm(co.fl).t(" (MDT coordinator)\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_hpn_line_log(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(24, 76)
    nhs = nhs_no(c.r)
    cns = c.staff()
    ins = c.dt(-900, -200)
    days = (c.today - ins).days
    n_inf = c.ri(0, 2)
    c.t("HOME PARENTERAL NUTRITION - CVC CARE AND INFECTION LOG\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("   NHS: ").id(spaced(nhs, c.ri(0, 2))).t("   DOB: ")
    c.d(dob, c.ch(["dd/mm/yyyy", "d/m/yyyy"])).t("\n")
    c.t("Line: ").c(c.ch(["single-lumen tunnelled Hickman 9.6 Fr", "single-lumen Broviac 6.6 Fr", "implanted port 8 Fr"]))
    c.t(", ").c(c.ch(["right IJV", "left IJV", "right subclavian"])).t(", tip at ").c("cavo-atrial junction")
    c.t(", inserted ").d(ins, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t("\n")
    c.t("Lock: ").c(c.ch(["TauroLock 2.5 ml after each infusion", "0.9% sodium chloride 10 ml flush only",
                            "TauroLock-HEP100 3 ml"])).t("   Dressing: ").c("chlorhexidine gel pad, weekly")
    w = c.uf(46, 84, 1)
    c.t("\nBag: ").cl(hpn_bag(c, w)[:6]).t("; weight ").c(f"{w} kg")
    c.t("\nHPN: ").c(f"{c.ch([4, 5, 6, 7])} nights/week over {c.ch([10, 12, 14])} h").t(" via ")
    c.c(c.ch(["CADD-Solis pump", "Sapphire pump", "BodyGuard pump"])).t("; homecare nurse ")
    c.c(c.ch(["connects and disconnects", "twice weekly (patient self-caring)"])).t("\n\n")
    c.t("Date       Event\n")
    evs = sorted(c.r.sample(range(10, days - 5), k=c.ri(3, 5)))
    ef = c.ch(["dd/mm/yy", "dd/mm/yyyy", "dd-Mon-yy"])
    plain = c.r.sample(["needle-free connector changed", "dressing lifted - re-dressed, site clean",
                        "occlusion alarm - urokinase 10,000 units lock, patent", "exit site erythema 1 cm - swab, no growth",
                        "annual line review - no concerns", "homecare nurse competency check passed"], len(evs))
    inf_at = set(c.r.sample(range(len(evs)), min(n_inf, len(evs))))
    for k, e in enumerate(evs):
        d = ins + timedelta(days=e)
        c.d(d, ef).t("   ")
        if k in inf_at:
            c.c(f"temp {c.fl(38.1, 39.4)} C and rigors 20 min into infusion - admitted, paired cultures").t("\n")
        else:
            c.c(plain[k]).t("\n")
    rate = round(n_inf / days * 1000, 2)
    c.t("\nCatheter days to date: ").c(f"{days}").t("   CRBSI episodes: ").c(str(n_inf)).t("   Rate: ")
    c.c(f"{rate} per 1000 catheter days").t(" (").c("unit standard < 1.0").t(")\n")
    if n_inf:
        c.t("Last CRBSI: ").c(c.ch(["coagulase-negative staphylococcus, DTP 2.5 h - salvaged with vancomycin lock",
                                     "Enterococcus faecalis - salvaged with amoxicillin 14 days",
                                     "Klebsiella pneumoniae - salvage with meropenem 14 days"])).t("\n")
    c.t("Reviewed ").d(c.dt(-3, 0), c.ch(["d Month yyyy", "dd/mm/yyyy"])).t(" by ").nm(cns.fl)
    c.t(" (HPN nurse specialist), NMC PIN ").id(nmc_pin(c.r)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)])


def en_pump_loan(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(19, 86)
    nhs = nhs_no(c.r)
    pl = place(c)
    mob = phone(c)
    em = q.mail(c.ch(["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"]), c.ri(0, 5))
    car, rel = c.kin(q, age)
    nns = c.staff()
    ser = c.dig(8)
    iss = c.wdt(-5, 0)
    hosp = c.ch(EN_HOSP)
    c.t(f"ENTERAL FEEDING PUMP LOAN AGREEMENT - {hosp} Nutrition Team\n\n")
    c.t("Equipment: ").c(c.ch(["Flocare Infinity", "Abbott FreeGo", "Applix Smart"])).t(" enteral pump, serial no. ")
    c.id(ser).t(", ").c("mains charger").t(", ").c("carry bag").t(", ").c("drip stand").t("\n")
    c.t("Loaned to: ").t(f"{q.title} ").nm(q.fl).t("   DOB ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"]))
    c.t("   NHS No. ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" ").zp(pl.z).t("\n")
    c.t("Mobile: ").ph(mob).t("   E-mail: ").em(em).t("\n")
    c.t("Date of issue: ").d(iss, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t("\n\n")
    c.t("Conditions:\n1. The pump remains the property of the Trust and is serviced every ").c("12 months").t(".\n")
    c.t("2. Use only with ENFit giving sets supplied by your homecare company.\n")
    c.t("3. Report faults, alarms you cannot clear (").c("'occlusion', 'no set', 'low battery'").t(
        ") or damage to the team.\n")
    c.t("4. Return the pump when no longer needed or on request.\n\n")
    c.t("Training completed: ").c("set loading, priming, rate change, alarms, cleaning").t(" - ")
    c.nm(car.fl).t(f" ({rel}) also trained.\n")
    c.t("Training video (personal link, expires in 90 days): ")
    c.p("URL", f"https://{c.ch(['learn.enteralhome.co.uk', 'video.tubefeedtraining.org.uk'])}/v/{c.tok(10)}").t("\n\n")
    c.t("Signed (patient / carer): ").nm(c.ch([q.fl, car.fl])).t("   Date: ").d(iss, "dd/mm/yyyy").t("\n")
    c.t("Issued by: ").nm(nns.fl).t(", Nutrition Nurse Specialist   Team: ").ph(phone(c, pl.area, mob=False)).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], pl, [mob], em)


# ---------------------------------------------------------------------------------------- Scotland, Wales, NI
SC_HOSP = orgs("Glasgow Royal Infirmary", "Queen Elizabeth University Hospital", "University Hospital Monklands",
               "University Hospital Wishaw", "University Hospital Hairmyres", "University Hospital Crosshouse",
               "University Hospital Ayr", "Dumfries and Galloway Royal Infirmary", "Royal Alexandra Hospital")
SC_BOARD = ["NHS Greater Glasgow and Clyde", "NHS Lanarkshire", "NHS Ayrshire & Arran", "NHS Dumfries & Galloway"]
SC_HOMES = orgs("Braeside House", "Abbeyfield Court", "Lochview Care Home", "Hawthorn Lodge", "Kirkland Gardens",
                "Thornhill Nursing Home", "Burnbrae Care Centre")


def _chi_fmt(s: str, k: int) -> str:
    return s if k % 2 == 0 else f"{s[:6]} {s[6:]}"


def sc_dietitian_review(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(48, 88)
    chi = chi_no(c.r, dob, q.sex)
    pl = place(c)
    dt, gp = c.staff(), c.staff()
    gpl = near(c, pl)
    seen = c.wdt(-4, 0)
    h = c.uf(1.5, 1.82, 2)
    usual, now, loss = wt_hist(c, h, 16.5, 21.5, 3, 14)
    b = bmi(now, h)
    s1, s2, s3 = must(b, loss, False)
    c.t(f"{c.ch(SC_BOARD)} - Community Dietetics\nDOMICILIARY REVIEW\n")
    c.t("Name: ").nm(c.ch([q.LF, q.lf])).t("   CHI: ").id(_chi_fmt(chi, c.ri(0, 1))).t("   DOB: ")
    c.d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yy"])).t("\nAddress: ").ad(pl.line).t(", ").ad(pl.town).t(", ").zp(pl.z).t("\n")
    c.t("GP: Dr ").nm(gp.fi2).t(", ").ad(gpl.town).t(" Health Centre\n")
    c.t("Seen: ").d(seen, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t(" at home").t(c.ch(["", " with " + c.ch(["wife", "husband",
                                                                                                       "daughter"])]))
    c.t("\n\nDiagnosis: ").c(c.ch(["COPD (FEV1 38% predicted)", "heart failure with reduced EF", "Parkinson's disease",
                                    "advanced dementia", "metastatic prostate cancer" if q.sex == "m" else
                                    "metastatic breast cancer", "frailty after hip fracture"]))
    c.t("\nMedication: ").cl(c.r.sample(["furosemide 40 mg OM", "bisoprolol 2.5 mg OD", "co-careldopa 25/100 TDS",
                                         "sertraline 50 mg OD", "omeprazole 20 mg OD", "morphine sulfate MR 10 mg BD",
                                         "Adcal-D3 1 tab BD", "tiotropium 2.5 mcg 2 puffs OD"], 3))
    c.t("\nBloods (GP, ").d(seen - timedelta(days=c.ri(7, 30)), c.ch(["dd/mm/yy", "d Mon"])).t("): ")
    c.cl([lab(c, "Hb", 98, 131, 0, "g/L"), lab(c, "albumin", 28, 38, 0, "g/L"), lab(c, "CRP", 2, 40, 0, "mg/L"),
          lab(c, "eGFR", 38, 88, 0, "ml/min/1.73m2")])
    c.t("\nWeight history:\n")
    wf = c.ch(["dd/mm/yy", "dd-Mon-yy"])
    for i, wv in enumerate([usual, round((usual + now) / 2 + c.uf(-0.5, 0.5), 1), now]):
        dd = seen - timedelta(days=[c.ri(150, 180), c.ri(60, 90), 0][i])
        c.t("  ").d(dd, wf).t("  ").c(f"{wv} kg").t("  BMI ").c(f"{bmi(wv, h):.1f}").t("\n")
    c.t("Height ").c(f"{h:.2f} m").t(c.ch([" (measured)", " (from ulna length)", " (reported)"])).t("; loss ").c(f"{loss}%")
    c.t(" in ").c("6 months").t("; MUAC ").c(f"{c.fl(19.5, 25.5)} cm").t("; grip ").c(f"{c.ri(9, 26)} kg").t("\n")
    c.t("MUST ").c(f"{s1} + {s2} + {s3} = {s1 + s2 + s3}").t(" (").c(must_band(s1 + s2 + s3)).t(")\n")
    c.t("Intake: ").c(c.ch(["~900 kcal, 35 g protein/day (24 h recall)", "small portions, skips lunch",
                             "breakfast only well taken; early satiety"])).t("; ").c(c.ch(["poor dentition", "dry mouth",
                                                                                               "breathless when eating"]))
    c.t("\nPlan:\n- Food first: ").c("fortified milk 1 pint/day, 2 nourishing snacks").t("\n- ")
    c.c(c.ch(ONS_UK)).t(" for ").c(f"{c.ch([8, 12])} weeks").t(" (GP asked to prescribe)\n- Goal: ")
    c.c(c.ch(["weight stable", f"regain {c.ri(1, 3)} kg", "prevent further loss"])).t("; review ")
    c.d(seen + timedelta(days=c.ri(28, 56)), c.ch(["Month yyyy", "dd/mm/yyyy"])).t("\n\n")
    c.nm(dt.fl).t(", Specialist Community Dietitian, HCPC ").id(hcpc_dt(c.r)).t("  Tel ").ph(phone(c, pl.area, mob=False))
    c.t("\n")
    return _end(c, q, dob, [("chi", chi)], pl)


def sc_hpn_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(26, 79)
    chi = chi_no(c.r, dob, q.sex)
    pl = place(c)
    gp, cons = c.staff(), c.staff()
    gpl = near(c, pl)
    seen = c.wdt(-12, -2)
    w = c.uf(45, 82, 1)
    h = c.uf(1.52, 1.88, 2)
    start = c.dt(-1500, -200)
    c.t("Glasgow Royal Infirmary - Intestinal Failure and Home Parenteral Nutrition Service\n")
    c.t("Clinic: ").d(seen, c.ch(["dth Month yyyy", "d Month yyyy"])).t("   Typed: ")
    c.d(seen + timedelta(days=c.ri(2, 6)), c.ch(["dd/mm/yyyy", "dd/mm/yy"])).t("\n\n")
    c.t("Dr ").nm(gp.fi2).t("\n").ad(gpl.town).t(" Health Centre\n\nDear Dr ").nm(gp.last).t("\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t(", CHI ")
    c.id(_chi_fmt(chi, c.ri(0, 1))).t("\n").ad(pl.line).t(", ").ad(pl.town).t(" ").zp(pl.z).t("\n\n")
    c.t("Diagnoses:\n1. ").c(c.ch(["short bowel syndrome, type 3 intestinal failure", "chronic intestinal pseudo-obstruction",
                                   "radiation enteritis with strictures", "Crohn's disease, multiple resections"]))
    c.t(" - HPN since ").d(start, c.ch(["Month yyyy", "Mon yyyy"])).t("\n2. ")
    c.c(c.ch(["IFALD - mild steatosis", "osteoporosis (L-spine T-score -2.8)", "recurrent renal stones",
              "catheter-related thrombosis, on apixaban 5 mg BD"])).t("\n\n")
    c.t("I saw ").nm(q.first).t(" with ").t(c.ch(["the HPN nurse specialist", "our dietitian", "the pharmacist"]))
    c.t(f" today. {q.He} is well and self-caring with the line. Weight ").c(f"{w} kg").t(" (BMI ")
    c.c(f"{w / h / h:.1f}").t("), stable. ").c(f"Stoma output {c.ri(900, 2400)} ml/day").t(", ")
    c.c(f"urine {c.ri(1000, 1800)} ml/day").t(".\n\nCurrent HPN (").c(f"{c.ch([4, 5, 6, 7])} nights/week")
    c.t(", ").c(f"{c.ch([10, 12, 14])} h cycle").t("): ").cl(hpn_bag(c, w)).t("\n\n")
    c.t("Results: ").cl([lab(c, "Na", 133, 143, 0), lab(c, "Mg", 0.62, 0.95, 2), lab(c, "zinc", 9, 17, 1, "umol/L"),
                        lab(c, "selenium", 0.7, 1.3, 2, "umol/L"), lab(c, "copper", 11, 22, 1, "umol/L"),
                        lab(c, "manganese", 80, 260, 0, "nmol/L"), lab(c, "25-OH vit D", 28, 90, 0, "nmol/L"),
                        lab(c, "ALP", 70, 220, 0, "U/L")]).t("\n\n")
    c.t("Plan: ").c(c.ch(["reduce lipid to 3 bags/week", "add zinc 10 mg to each bag", "stop manganese in Additrace",
                          "continue unchanged"])).t("; ").c("DEXA in 2 years").t("; bloods ").c("monthly via homecare")
    c.t(". Review in ").d(seen + timedelta(days=c.ri(80, 120)), c.ch(["Month yyyy", "Mon yyyy"])).t(".\n\n")
    c.t("Yours sincerely\n\nDr ").nm(cons.fl).t("\nConsultant Gastroenterologist, GMC ").id(gmc_no(c.r)).t("\n")
    c.t(f"cc {q.title} ").nm(q.fi).t(" (patient)\n")
    return _end(c, q, dob, [("chi", chi)], pl)


def sc_carehome_ons(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(84, 99)
    chi = chi_no(c.r, dob, q.sex)
    home = c.ch(SC_HOMES)
    hpl = place(c)
    nok, relw = c.kin(q, 95, ["niece", "daughter", "son", "nephew"])
    dt, gp = c.staff(), c.staff()
    seen = c.wdt(-5, 0)
    h = c.uf(1.45, 1.75, 2)
    ws = [round(c.uf(17.5, 21.5) * h * h, 1)]
    for _ in range(3):
        ws.append(round(ws[-1] - c.uf(0.3, 1.6), 1))
    loss = round((ws[0] - ws[-1]) / ws[0] * 100, 1)
    b = bmi(ws[-1], h)
    s1, s2, s3 = must(b, loss, False)
    c.t("CARE HOME DIETETIC REFERRAL - ORAL NUTRITIONAL SUPPLEMENTS\n")
    c.t(f"Care home: {home}, ").ad(hpl.town).t("   Referred: ").d(seen, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t("\n")
    c.t("Resident: ").nm(c.ch([q.fl, q.fL, q.LF])).t("   Age ").age(age).t("   CHI ").id(_chi_fmt(chi, c.ri(0, 1))).t("\n")
    c.t("NOK: ").nm(nok.fl).t(f" ({relw}), ").ph(phone(c)).t("   Power of attorney: ").c(c.ch(["yes (welfare)", "no"]))
    c.t("\nGP: Dr ").nm(gp.fi).t("\n\nMonthly weights:\n")
    for i, wv in enumerate(ws):
        dd = seen - timedelta(days=30 * (3 - i))
        c.t("  ").d(dd, c.ch(["Month yyyy", "Mon yyyy"]) if i == 0 else "Mon yyyy").t("  ").c(f"{wv} kg").t("\n")
    c.t("Height ").c(f"{h:.2f} m").t(" (").c("from ulna length").t("); BMI ").c(f"{b:.1f}").t("; loss ").c(f"{loss}%")
    c.t(" in 3 months\nMUST: ").c(f"{s1 + s2 + s3}").t(" (").c(must_band(s1 + s2 + s3)).t(")\n")
    c.t("Eating: ").c(c.ch(["needs prompting and assistance", "eats independently with adapted cutlery",
                              "finger foods only"])).t("; ").c(c.ch(["IDDSI level 5 minced and moist", "IDDSI level 6 soft",
                                                                      "regular diet"])).t(", ").c(c.ch(["mildly thick fluids",
                                                                                                        "thin fluids"]))
    c.t("; ").c(c.ch(["dementia (Alzheimer's)", "vascular dementia", "mixed dementia"])).t("\n")
    c.t("Skin: ").c(f"Waterlow {c.ri(15, 24)}").t(", ").c(c.ch(["category 2 pressure ulcer sacrum", "intact skin",
                                                                    "moisture lesion buttocks"])).t("; fluids ")
    c.c(f"~{c.ch([900, 1100, 1300])} ml/day").t("; bowels ").c(c.ch(["BNO 4 days", "regular", "loose x 2/day"])).t("\n")
    c.t("Food first tried ").c("4 weeks").t(": ").c("fortified porridge, full-fat milk, 2 snacks").t(" - ")
    c.c("weight still falling").t("\n\nRecommendation: ").c(c.ch(ONS_UK[:5])).t(" for ").c("12 weeks")
    c.t("; ").c("weigh monthly").t("; ").c("continue food record chart").t("\n")
    c.t("Care Home Liaison Dietitian: ").nm(dt.fl).t("   ").em(dt.mail(c.ch(["nhs.scot", "aapct.scot.nhs.uk"]), c.ri(0, 5)))
    c.t("\n")
    return _end(c, q, dob, [("chi", chi)])


CY_HOSP = orgs("Grange University Hospital", "Royal Gwent Hospital", "Nevill Hall Hospital", "Ysbyty Ystrad Fawr",
               "Brecon War Memorial Hospital", "Aneurin Bevan University Health Board", "Powys Teaching Health Board")


def cy_hef_visit(c: C) -> Note:
    q = c.pat(grps=["wal", "wal", "gwe"])
    dob, age = c.born(30, 86)
    nhs = nhs_no(c.r)
    pl = place(c, towns=("Newport", "Cwmbran", "Pontypool", "Abergavenny", "Ebbw Vale", "Blackwood", "Caldicot"))
    tel = phone(c, pl.area, mob=False)
    car, relw = c.kin(q, age)
    nn = c.staff(grp=c.ch(["wal", "gwe", "intl"]))
    seen = c.wdt(-3, 0)
    tube = c.ch(["PEG", "PEG", "balloon gastrostomy", "RIG"])
    w = c.uf(41, 92, 1)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_UK, int(w * 25))
    c.t("Aneurin Bevan University Health Board - Tîm Bwydo Enteral yn y Cartref / Home Enteral Feeding Team\n")
    c.t("Ymweliad cartref / Home visit: ").d(seen, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.fl])).t("   Rhif GIG / NHS no: ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t("Dyddiad geni / DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t("\n")
    c.t("Cyfeiriad / Address: ").ad(pl.line).t(", ").ad(pl.town).t(", ").zp(pl.z).t("   Ffôn / Tel: ").ph(tel).t("\n")
    c.t("Present: ").nm(car.first).t(f" ({relw})").t("\n\n")
    c.t("Tube: ").c(f"{tube} {c.ch([14, 15, 20])} Fr").t(", placed ").d(c.dt(-400, -40), c.ch(["Month yyyy", "dd/mm/yy"]))
    c.t("\nStoma site: ").c(c.ch(["clean and dry", "small amount of overgranulation at 3 o'clock",
                                   "mild erythema < 1 cm, no discharge"])).t("; ")
    if tube != "PEG":
        c.c(f"balloon water {c.ch([4, 5, 5])} ml of 5 ml").t(" - topped up; ").c("change due every 3-6 months")
    else:
        c.c("advanced and rotated freely").t("; external bumper at ").c(f"{c.ri(2, 4)} cm")
    c.t("\nWeight ").c(f"{w} kg").t(" (").c(f"{c.ch(['+', '-'])}{c.fl(0.2, 2.4)} kg").t(" since last visit)\n")
    c.t("Regimen: ").c(f"{name} {rate} ml/h x {hrs} h").t(" = ").c(f"{kcal} kcal, {prot} g protein").t("; flushes ")
    c.c(f"{c.ch([30, 50])} ml before / after feed and meds").t("; ").c(f"water {c.ch([800, 1000, 1200])} ml/day")
    c.t("\nMedicines via tube: ").cl(c.r.sample(["lansoprazole 30 mg orodispersible OD", "paracetamol 1 g suspension QDS",
                                                 "baclofen 10 mg TDS (liquid)", "levetiracetam 500 mg BD (liquid)",
                                                 "Laxido 1 sachet OD", "amlodipine 5 mg OD (dispersed)"], 2))
    c.t(" - ").c("flush 30 ml between each").t("\nBowels: ").c(c.ch(["type 4 daily", "type 6-7 x 3/day - feed rate reduced",
                                                                    "constipated, Laxido 1 sachet BD"]))
    c.t("\nIssues: ").c(c.ch(["pump 'occlusion' alarms at night - set replaced", "stock of syringes low - homecare informed",
                               "skin sore under fixation plate - gauze removed", "none"])).t("\n\n")
    c.t("Nesaf / Next visit: ").d(seen + timedelta(days=c.ri(21, 56)), c.ch(["dd/mm/yyyy", "d Month"])).t("\n")
    c.t("Nyrs / Nurse: ").nm(nn.fl).t(", Home Enteral Feeding Nurse, NMC PIN ").id(nmc_pin(c.r, "W")).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], pl, [tel])


def cy_phone_review(c: C) -> Note:
    q = c.pat(grps=["wal", "wal", "gwe"])
    dob, age = c.born(55, 96)
    nhs = nhs_no(c.r)
    pl = place(c)
    while pl.area not in ("01874", "01597", "01686", "01938"):
        pl = place(c)
    tel = phone(c, pl.area, mob=False)
    car, relw = c.kin(q, age)
    dt = c.staff(grp=c.ch(["wal", "gwe"]))
    call = c.wdt(-2, 0)
    nxt = c.wdt(14, 35)
    dlv = c.wdt(2, 12)
    c.t("Powys Teaching Health Board - Adult Dietetics\nTELEPHONE REVIEW - home enteral feeding\n")
    c.t("Date: ").d(call, c.ch(["dd/mm/yyyy", "d/m/yyyy"])).t(f"   Time: {c.tm(9, 16)}   Duration: ").c(f"{c.ri(10, 25)} min")
    c.t("\nPatient: ").t(f"{q.title} ").nm(q.fl).t(", ").ad(pl.town).t("   NHS no: ").id(spaced(nhs, c.ri(0, 2))).t("\n")
    c.t("DOB ").d(dob, "dd/mm/yyyy").t(" (").age(age).t(")   Called on: ").ph(tel).t("\n")
    c.t("Language: ").c(c.ch(["Welsh - Active Offer taken up, call held in Welsh", "English", "Welsh / English"])).t("\n")
    c.t("Spoke with: patient and ").nm(car.first).t(f" ({relw})\n\n")
    w = c.uf(44, 88, 1)
    c.t("Weight (home scales): ").c(f"{w} kg").t(c.ch([" - stable", " - up 1 kg", " - down 1.5 kg"])).t("\n")
    c.t("Feed: ").c(c.ch(["Nutrison Energy 1000 ml at 100 ml/h", "Jevity 1kcal 1500 ml at 125 ml/h",
                           "Osmolite 1.5kcal 1000 ml at 90 ml/h"])).t(" overnight + ").c(f"{c.ch([2, 3])} x 200 ml bolus daytime")
    c.t("\nStoma site (reported): ").c(c.ch(["clean, rotating freely", "a little sticky discharge - saline cleans",
                                             "red ring 5 mm, no pus - to monitor"]))
    c.t("\nTolerance: ").c(c.ch(["good, no vomiting", "bloating after bolus - now over 30 min", "occasional reflux at night"]))
    c.t("\nStock: ").c(f"{c.ri(3, 12)} days of feed").t(" left; last ").t(c.ch(UK_HOMECARE[:2])).t(" delivery ")
    c.c("missed (road closed)").t(" - rebooked for ").t(f"{c.wd(dlv)} ").d(dlv, c.ch(["d Month", "dd/mm"])).t("\n")
    c.t("Bloods: ").c("U&E, Mg, PO4, LFT, FBC").t(" due - district nurse to take at home; ")
    c.c("last Na 138, K 4.2, urea 5.1 mmol/L").t("\n")
    c.t("Plan: ").c("continue regimen").t("; ").c("top-up of 10 days' feed from community hospital").t("; next call ")
    c.t(f"{c.wd(nxt)} ").d(nxt, c.ch(["d Month", "dth Month"])).t("\n\n")
    c.nm(dt.fl).t(", Dietitian (HCPC ").id(hcpc_dt(c.r)).t("), Brecon War Memorial Hospital, ").ph(phone(c, "01874", mob=False))
    c.t("\n")
    return _end(c, q, dob, [("nhs", nhs)], pl, [tel])


NI_HOSP = orgs("Craigavon Area Hospital", "Daisy Hill Hospital", "Ulster Hospital", "Downe Hospital",
               "Lagan Valley Hospital", "South Eastern Trust", "Southern Trust")


def ni_ward_round(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(24, 84)
    hc = hc_no(c.r)
    cons, fy = c.staff(), c.staff()
    d0 = c.wdt(-1, 0)
    day = c.ri(2, 4)
    w = c.uf(36, 58, 1)
    hosp = c.ch(NI_HOSP[:5])
    c.t(f"{hosp} - Nutrition Support ward round\n")
    c.d(d0, c.ch(["dd/mm/yyyy", "dd/mm/yy"])).t(f" {c.tm(9, 12)}   Ward {c.ri(1, 5)}{c.ch('ABNS')}\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fL])).t("   H&C: ").id(spaced(hc, c.ri(0, 2))).t("   DOB ")
    c.d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yy"])).t("\n")
    c.t("Seen by Dr ").nm(cons.last).t(" (NST consultant), Dr ").nm(fy.fi).t(" (FY1)\n\n")
    c.t("S: ").c(c.ch(["tolerating NG feed, no nausea", "feeling weak, mild ankle swelling", "some diarrhoea overnight x 2"]))
    c.t("\nO: ").cl([f"HR {c.ri(58, 104)}", f"BP {c.ri(92, 136)}/{c.ri(52, 84)}", f"RR {c.ri(14, 22)}",
                     f"T {c.fl(36.2, 37.6)}", f"SpO2 {c.ri(94, 99)}%"]).t("; ").c(f"weight {w} kg").t("; ")
    c.c(f"fluid balance +{c.ri(200, 1400)} ml").t("\n")
    c.t(f"Refeeding day {day}: ").cl([lab(c, "K", 3.0, 3.9), lab(c, "PO4", 0.42, 0.78, 2), lab(c, "Mg", 0.5, 0.74, 2),
                                       lab(c, "glucose", 4.2, 9.8), lab(c, "Na", 131, 141, 0)]).t("\n")
    c.t("ECG: ").c(c.ch(["sinus rhythm, QTc 438 ms", "sinus tachycardia, QTc 452 ms", "sinus rhythm, U waves"])).t("\n")
    c.t("Feed: ").c(f"{c.ch(['Nutrison Energy', 'Fresubin Energy Fibre'])} {c.ch([20, 25, 30])} ml/h x 20 h").t(" (")
    c.c(f"{c.ch([10, 10, 15])} kcal/kg").t(")\n\nA/P:\n1. ").c("hypophosphataemia on refeeding").t(" - ")
    c.c("Phosphate Polyfusor 25 mmol IV over 12 h").t("; do not increase feed today\n2. ").c("K replacement")
    c.t(": ").c("KCl 40 mmol in 1 L 0.9% NaCl over 8 h").t("\n3. ").c("Mg sulfate 20 mmol IV over 10 h").t("\n4. ")
    c.c("thiamine 100 mg TDS").t(" continues (day ").c(f"{day + 1}/10").t(")\n5. Repeat bloods ").c("18:00 and 06:00")
    c.t("\n6. ").c("Dietitian to review feed plan tomorrow").t("; ").c(f"target {int(w * 25)} kcal by day 7")
    c.t("; ").c("cardiac monitor while PO4 < 0.5").t("\n")
    c.t("Dr ").nm(fy.fi2).t(" (FY1) - GMC ").id(gmc_no(c.r)).t(", bleep ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("hc", hc)])


def ni_bridle(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(58, 96)
    hc = hc_no(c.r)
    hno = f"{c.ch(['CAH', 'DHH', 'UH'])}{c.dig(6)}"
    nok, relw = c.kin(q, age)
    n1, n2, dr = c.staff(), c.staff(), c.staff()
    d0 = c.dt(-3, 0)
    nex = c.ri(52, 64)
    c.t("NASAL BRIDLE INSERTION RECORD\n")
    c.t("Name: ").nm(c.ch([q.fL, q.LF])).t("  H&C No: ").id(spaced(hc, c.ri(0, 2))).t("  Hosp: ").id(hno).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t("  Age: ").age(age).t("\n")
    c.t("Date: ").d(d0, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t(f"  Time: {c.tm(10, 19)}\n")
    c.t("Reason: ").c(c.ch([f"NG tube dislodged x {c.ri(3, 6)} in 48 h", "repeated self-removal of NG tube (delirium)",
                             "agitation after stroke, feeding interrupted"])).t("\n")
    c.t("Capacity: ").c("lacks capacity for this decision").t(" - best interests under ").c("Mental Capacity Act (NI) 2016")
    c.t("; NOK ").nm(nok.fl).t(f" ({relw}) agreed by phone ").ph(phone(c)).t("\n")
    c.t("Bridle: ").c(c.ch(["AMT Bridle Pro 10 Fr", "AMT Bridle 8 Fr"])).t(", ").c("magnet retrieval first pass")
    mk = nex - c.ri(0, 3)
    c.t("; NG tube ").c(f"8 Fr, NEX {nex} cm, mark {mk} cm").t("\n")
    c.t("Position: ").c(f"aspirate pH {c.ch(['3.5', '4.0', '4.5', '5.0'])}").t(" - safe to feed\n")
    c.t("Clip: ").c(f"{c.ri(2, 4)} cm from nostril").t("; ").c("skin check 4-hourly").t(", ").c("no blanching at septum")
    c.t("\nReview: ").c("daily need; plan PEG if still required at 4 weeks").t("\n")
    c.t("Pre-use checks: ")
    for i in range(c.ri(2, 4)):
        if i:
            c.t("; ")
        c.d(d0 + timedelta(days=i + 1), "dd/mm").t(" ").c(f"pH {c.ch(['3.5', '4.0', '4.5', '5.0', '5.5'])}, mark {mk + c.ch([-1, 0, 0, 1])} cm")
    c.t("\n")
    c.t("Medicines: ").c("all via NG as liquids").t("; ").c(c.ch(["haloperidol 0.5 mg PRN stopped", "quetiapine 12.5 mg nocte",
                                                                "no sedation given"])).t("\n")
    c.t("Inserted by: ").nm(n1.fl).t(" (Nutrition Nurse), NMC ").id(nmc_pin(c.r, "N")).t("; assisted ").nm(n2.fi)
    c.t("\nDr ").nm(dr.fi).t(" informed, ").c(c.ch(["agrees", "documented in medical notes"])).t("\n")
    return _end(c, q, dob, [("hc", hc), ("hosp", hno)])


# ---------------------------------------------------------------------------------------- United States (MN, WI)
US_HOSP = orgs("Hennepin County Medical Center", "Regions Hospital", "M Health Fairview University of Minnesota Medical Center",
               "Essentia Health St. Mary's Medical Center", "CentraCare St. Cloud Hospital", "Mayo Clinic Hospital",
               "Gundersen Lutheran Medical Center", "North Memorial Health Hospital", "United Hospital")
US_INS = orgs("Medica", "HealthPartners", "Blue Cross and Blue Shield of Minnesota", "UCare", "Quartz Health Solutions")
US_HI = orgs("Option Care Health", "Fairview Home Infusion", "Coram CVS Specialty Infusion Services", "Soleo Health")
US_DME = orgs("Shield HealthCare", "Byram Healthcare", "Apria Healthcare", "Handi Medical Supply")


def _usmid(c: C, q: P) -> P:
    if c.yes(0.45):
        q.midn = c._extra(US_MID[q.sex])
    return q


def _mrn(c: C) -> str:
    return c.ch([c.dig(8), f"{c.dig(3)}-{c.dig(2)}-{c.dig(2)}", f"E{c.dig(7)}", c.dig(10)])


def _lb(kg: float) -> str:
    return f"{kg * 2.2046:.1f} lb"


def us_nutrition_consult(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, age = c.born(29, 84)
    mrn = _mrn(c)
    rd, doc = c.staff(), c.staff()
    adm = c.dt(-9, -3)
    seen = c.dt(-2, 0)
    h = c.uf(1.55, 1.9, 2)
    usual, now, loss = wt_hist(c, h, 17.0, 24.0, 7, 16)
    b = bmi(now, h)
    kcal_lo, kcal_hi = int(now * 25), int(now * 30)
    name, kd, pr = c.ch(FEEDS_US)
    rate = round(now * 27 / kd / 24 / 5.0) * 5
    c.t(f"NUTRITION SUPPORT CONSULT - {c.ch(US_HOSP)}\n")
    c.t("Patient: ").nm(c.ch([q.lfm, q.LFM])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"]))
    c.t(f"   Age: {age} y\n")
    c.t("Admit date: ").d(adm, "mm/dd/yyyy").t("   Consult date: ").d(seen, c.ch(["mm/dd/yyyy", "m/d/yy"])).t("\n")
    c.t("Requested by: ").nm(doc.fl).t(", MD (").t(c.ch(["hospitalist", "SICU", "MICU", "colorectal surgery"])).t(")\n")
    c.t("Reason: ").c(c.ch(["NPO > 5 days, ileus after ex-lap", "acute pancreatitis, not tolerating PO",
                             "intubated, septic shock on low-dose norepinephrine", "dysphagia s/p CVA, failed bedside swallow"]))
    c.t("\n\nA - Assessment\nHt ").c(f"{h * 100:.0f} cm").t("  Wt ").c(f"{now} kg ({_lb(now)})").t("  BMI ").c(f"{b:.1f}")
    c.t("  UBW ").c(f"{usual} kg").t(" (").c(f"{loss}% loss x {c.ri(1, 6)} mo").t(")\n")
    c.t("NFPE: ").c(c.ch(["moderate temporal and clavicular wasting", "severe interosseous and quadriceps wasting",
                           "mild orbital fat loss"])).t("; ").c(c.ch(["no edema", "1+ bilateral LE edema"])).t("\n")
    c.t("Labs: ").cl([lab(c, "Na", 130, 144, 0, "mEq/L"), lab(c, "K", 3.0, 4.6, 1, "mEq/L"),
                      lab(c, "Phos", 1.8, 3.8, 1, "mg/dL"), lab(c, "Mg", 1.4, 2.2, 1, "mg/dL"),
                      lab(c, "BUN", 6, 34, 0, "mg/dL"), lab(c, "Cr", 0.5, 1.6, 2, "mg/dL"),
                      lab(c, "glucose", 96, 214, 0, "mg/dL"), lab(c, "TG", 88, 310, 0, "mg/dL")]).t("\n")
    c.t("Needs: ").c(f"{kcal_lo}-{kcal_hi} kcal/d (25-30 kcal/kg)").t(", ").c(f"{round(now * 1.5)}-{round(now * 2.0)} g protein/d (1.5-2.0 g/kg)")
    c.t(", ").c(f"{int(now * 30)} mL fluid/d").t("\n\nD - Diagnosis\n").c(
        "Severe malnutrition in the context of acute illness").t(" (ASPEN/AND: ").c("intake <= 50% for >= 5 days")
    c.t(", ").c("weight loss > 2% in 1 week").t(", ").c("moderate muscle loss").t(")\n\nI - Intervention\n")
    c.t("1. ").c(c.ch(["Cortrak post-pyloric feeding tube", "OGT (in place)", "NGT 12 Fr"])).t("; start ")
    c.c(f"{name} @ 20 mL/hr").t(", advance ").c("10 mL q8h").t(" to goal ").c(f"{rate} mL/hr x 24 hr")
    c.t(" = ").c(f"{int(rate * 24 * kd)} kcal, {int(rate * 24 * pr / 100)} g protein").t("\n2. ")
    c.c("Refeeding risk: thiamine 100 mg daily x 5 days").t("; ").c("check K, Phos, Mg q12h x 3 days").t("\n3. ")
    c.c("Free water flush 30 mL q4h").t("; ").c(c.ch(["Prosource TF 45 mL BID", "Beneprotein 1 scoop TID"])).t("\n\n")
    c.t("M/E - Monitoring: ").c("TF tolerance, BMs, weight 3x/week, BMP/Mg/Phos daily").t("\n")
    c.nm(rd.fl).t(", MS, RD, LD (MN LD #").id(str(c.ri(1200, 9800))).t(")   Pager ").ph(phone(c, "612")).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_home_tpn_rx(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, _age = c.born(22, 80)
    mrn = _mrn(c)
    pl = place(c)
    tel = phone(c, pl.area)
    ins = c.ch(US_INS)
    mem = f"{c.ch(['', 'X', 'MED', 'W'])}{c.dig(9)}"
    doc, rph = c.staff(), c.staff()
    w = c.uf(44, 95, 1)
    sd = c.wdt(2, 9)
    hi = c.ch(US_HI)
    c.t(f"{hi} - HOME PARENTERAL NUTRITION PRESCRIPTION\n")
    c.t("Patient: ").nm(c.ch([q.fmnl, q.fml, q.fl])).t("   DOB: ").d(dob, c.ch(["mm/dd/yyyy", "mm-dd-yyyy"]))
    c.t("   Referral MRN: ").id(mrn).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(f", {pl.extra} ").zp(pl.z).t("   Phone: ").ph(tel).t("\n")
    c.t(f"Insurance: {ins}   Member ID: ").id(mem).t("   Group: ").t(f"{c.ri(10000, 99999)}").t("\n")
    c.t("Dx: ").c(c.ch(["K91.2 short bowel syndrome", "K56.699 intestinal obstruction (malignant)",
                         "K63.2 enterocutaneous fistula", "K59.81 Ogilvie / chronic pseudo-obstruction"]))
    c.t("; ").c("E43 severe protein-calorie malnutrition").t("\nAccess: ").c(c.ch(["R basilic PICC 4 Fr single lumen",
                                                                                    "tunneled Hickman 9.6 Fr", "L chest port"]))
    c.t("\nDosing weight: ").c(f"{w} kg").t("\n\nFormula per bag: ").cl(hpn_bag(c, w, us=True)).t("\n")
    c.t("Infuse: ").c(f"cycle over {c.ch([10, 12, 14])} hr, taper up 1 hr and down 1 hr").t(", ").c(
        f"{c.ch([5, 6, 7])} nights/week").t("\nLabs: ").c("CMP, Mg, Phos, TG weekly x 4, then every 2 weeks").t("\n")
    c.t("Start of care: ").d(sd, c.ch(["mm/dd/yyyy", "m/d/yyyy"])).t("; deliveries ").c("weekly").t("; RN visit ")
    c.c("weekly for dressing change and labs").t("\nPatient delivery portal (tokenized): ")
    c.p("URL", f"https://{c.ch(['myinfusion.optioncarehealth.com', 'portal.homeinfusion-mn.com'])}/d/{c.tok(14)}").t("\n\n")
    c.t("Prescriber: ").nm(doc.fml).t(", MD   NPI ").id(npi_no(c.r)).t("   Office ").ph(phone(c, pl.area, mob=False)).t("\n")
    c.t("Verified by: ").nm(rph.fl).t(", PharmD, ").t(c.ch(["MN", "WI"])).t(" RPh lic. ").id(f"{c.ch(['', 'RPH'])}{c.dig(6)}")
    c.t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)], pl, [tel])


def us_dme_order(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, age = c.born(66, 93)
    mbi = mbi_no(c.r)
    pl = place(c)
    tel = phone(c, pl.area, mob=False)
    doc = c.staff()
    od = c.wdt(-6, 0)
    w = c.uf(45, 90, 1)
    kcal = int(w * c.ch([25, 28, 30]) / 100) * 100
    units = kcal * 30 // 100
    sup = c.ch(US_DME)
    c.t(f"STANDARD WRITTEN ORDER - ENTERAL NUTRITION (Medicare Part B)   Supplier: {sup}\n")
    c.t("Beneficiary: ").nm(c.ch([q.LFM, q.lfm])).t("   MBI: ").id(mbi).t("\n")
    c.t("DOB: ").d(dob, "mm/dd/yyyy").t("   Age: ").age(age).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(f", {pl.extra} ").zp(pl.z).t("   Phone: ").ph(tel).t("\n")
    c.t("Order date: ").d(od, c.ch(["mm/dd/yyyy", "m/d/yyyy"])).t("\n\n")
    c.t("Diagnosis: ").cl([c.ch(["C32.9 malignant neoplasm of larynx", "G12.21 amyotrophic lateral sclerosis",
                                  "I69.391 dysphagia following cerebral infarction", "C15.9 malignant neoplasm of esophagus"]),
                           "R13.12 dysphagia, oropharyngeal phase", "Z93.1 gastrostomy status"], "; ").t("\n")
    c.t("Route: ").c(c.ch(["gastrostomy (PEG 20 Fr)", "G-tube 18 Fr balloon"])).t("   Method: ").c("pump")
    c.t("   Length of need: ").c("99 months (lifetime)").t("\n\nItems:\n")
    form, dens = c.ch([("B4150 Category I formula (Jevity 1.5 Cal)", 1.5), ("B4152 calorically dense (Nutren 2.0)", 2.0),
                       ("B4153 hydrolyzed protein (Peptamen 1.5)", 1.5)])
    hrs = c.ch([16, 18, 20])
    c.t("  ").c(form).t(" - ").c(f"{kcal} kcal/day").t(" = ").c(f"{units} units/month").t("\n")
    c.t("  ").c("B4035 supply kit, pump fed").t(" - ").c("1 per day (30/month)").t("\n")
    c.t("  ").c("B9002 enteral infusion pump (rental)").t(" - ").c("Kangaroo Joey").t("\n")
    c.t("  ").c("B4087 gastrostomy tube, replacement").t(" - ").c("1 per 3 months").t("\n")
    c.t("Regimen: ").c(f"{kcal} kcal/day at {round(kcal / dens / hrs)} mL/hr x {hrs} hr").t("; ")
    c.c(f"water 240 mL q{c.ch([4, 6])}h").t("\nHt ").c(f"{c.ri(152, 188)} cm").t("  Wt ").c(f"{w} kg").t("\n")
    c.t("Medical necessity: ").c("permanent impairment of swallowing; unable to maintain weight orally")
    c.t("; ").c("pump required - aspiration with gravity feeds").t("\n\nPrescriber: ").nm(doc.fl).t(", MD   NPI ").id(npi_no(c.r)).t("\n")
    c.t("Electronically signed by ").nm(doc.fml).t(", MD on ").d(od, "mm/dd/yyyy").t(f" {c.tm(8, 17)}\n")
    return _end(c, q, dob, [("mbi", mbi)], pl, [tel])


def us_infusion_rn_lower(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, age = c.born(30, 78)
    mrn = _mrn(c)
    pl = place(c)
    sp, sprel = c.kin(q, age, ["spouse", "spouse", "partner", "mother", "daughter"])
    rn = c.staff()
    vd = c.dt(-2, 0)
    nxt = vd + timedelta(days=7)
    w = c.uf(48, 96, 1)
    c.t("home infusion rn visit - ").d(vd, c.ch(["m/d/yy", "m/d"])).t(f" {c.tm(8, 17, False)}\n")
    c.t("pt: ").nm(q.low).t(" mrn ").id(mrn.lower()).t(" dob ").d(dob, c.ch(["m/d/yyyy", "mm/dd/yy"])).t("\n")
    c.t("seen at home (").ad(pl.town.lower()).t("), ").nm(sp.first.lower()).t(f" ({sprel}) present\n")
    c.t("line: ").c(c.ch(["r basilic picc 4fr sl", "l basilic picc 5fr dl", "r chest hickman sl"])).t(", ")
    c.c(f"ext length {c.ri(0, 3)} cm").t(", ").c(f"arm circ {c.ri(24, 34)} cm").t(", ").c("site clean no redness/drainage")
    c.t("\ndsg changed (").c("chg disc + tegaderm").t("), caps changed, ").c("+ blood return both lumens" if c.yes(0.5) else
                                                                           "+ blood return, flushes easily").t("\n")
    c.t("vs: ").cl([f"t {c.fl(97.4, 99.6)}", f"bp {c.ri(98, 142)}/{c.ri(58, 88)}", f"hr {c.ri(62, 102)}",
                    f"rr {c.ri(14, 20)}", f"spo2 {c.ri(94, 99)}% ra"], " / ").t("\n")
    c.t("wt ").c(f"{w * 2.2046:.1f} lb").t(" home scale (").c(f"{c.ch(['up', 'down'])} {c.fl(0.4, 3.2)} lb").t(" from last wk)\n")
    c.t("tpn ").c(f"{c.ch([1500, 1800, 2000, 2200])} ml over {c.ch([10, 12])} hr").t(" via ").c("cadd solis")
    c.t(", ").c(c.ch(["pt connecting independently, technique good", "spouse connects, needs reminder re scrub the hub 15 sec",
                       "missed 1 bag sat - felt unwell"])).t("\n")
    c.t("labs drawn: ").c("cmp mg phos tg").t(", sent to lab. last trig ").c(f"{c.ri(180, 460)}").t(" - ")
    c.t("left msg for md office ").ph(phone(c, pl.area, mob=False)).t("\n")
    c.t("i/o: ").c(f"ostomy ~{c.ri(900, 2600)} ml/d").t(", ").c(f"urine {c.ch(['adequate', 'dark, ~800 ml'])}").t("\n")
    c.t("teaching: ").c(c.ch(["s/s of line infection, when to call", "pump alarms", "sash flush"])).t(" - verbalized understanding\n")
    c.t("supplies counted: ").c(f"{c.ri(3, 7)} bags in fridge").t(", ").c("mvi added by pt before hanging").t(", ")
    c.c("sharps container half full").t("\n")
    c.t("next visit ").d(nxt, c.ch(["m/d", "m/d/yy"])).t(". pt cell ").ph(phone(c, pl.area)).t("\n- ").nm(rn.fl.lower())
    c.t(", rn\n")
    return _end(c, q, dob, [("mrn", mrn)], pl)


def us_intestinal_rehab(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, _age = c.born(24, 76)
    mrn = _mrn(c)
    doc, rd = c.staff(), c.staff()
    vd = c.wdt(-10, -1)
    w = c.uf(50, 92, 1)
    sb = c.ri(70, 180)
    ted = round(0.05 * w, 2)
    prev = c.ch([6, 7])
    now_n = prev - c.ri(1, 3)
    c.t("INTESTINAL REHABILITATION CLINIC - Mayo Clinic Hospital\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fml, q.fmnl])).t("   MRN ").id(mrn).t("   DOB ").d(dob, c.ch(["mm/dd/yyyy", "Month d, yyyy"]))
    c.t("\nVisit date: ").d(vd, c.ch(["Month d, yyyy", "mm/dd/yyyy"])).t("\n\n")
    c.t("HPI: ").c("short bowel syndrome").t(" with ").c(f"~{sb} cm small bowel, colon in continuity")
    c.t(" after ").c(c.ch(["SMA thrombosis", "Crohn's disease resections", "midgut volvulus", "radiation enteritis"]))
    c.t(". On ").c(f"teduglutide 0.05 mg/kg = {ted} mg SC daily").t(" since ").d(c.dt(-400, -120), c.ch(["Month yyyy", "mm/yyyy"]))
    c.t(". PN reduced from ").c(f"{prev} to {now_n} nights/week").t("; ").c(f"{c.ri(2, 4)} stools/day").t(", ")
    c.c(f"urine output {c.ri(1200, 2000)} mL/day").t(".\n")
    c.t("Meds: ").cl(c.r.sample(["loperamide 4 mg QID", "cholestyramine 4 g BID", "pantoprazole 40 mg BID",
                                 "vitamin D3 50,000 IU weekly", "ursodiol 300 mg BID", "diphenoxylate-atropine 2 tabs QID"], 3))
    c.t("\nExam: ").c(f"wt {w} kg").t(" (").c(f"{_lb(w)}").t("), ").c(f"BP {c.ri(102, 138)}/{c.ri(62, 86)}").t(", ")
    c.c("abdomen soft, well-healed midline scar").t("\nLabs: ").cl([lab(c, "citrulline", 12, 34, 0, "umol/L"),
                                                                    lab(c, "Cr", 0.6, 1.4, 2, "mg/dL"),
                                                                    lab(c, "Mg", 1.5, 2.1, 1, "mg/dL"),
                                                                    lab(c, "25-OH D", 18, 46, 0, "ng/mL"),
                                                                    lab(c, "zinc", 52, 92, 0, "mcg/dL")]).t("\n")
    c.t("Surveillance: ").c("colonoscopy due (teduglutide)").t(" - last ").d(c.dt(-700, -300), c.ch(["mm/dd/yyyy", "Month yyyy"]))
    c.t("\n\nPlan:\n1. ").c(f"Reduce PN to {now_n - 1} nights/week").t(" if weight stable x 4 weeks\n2. ")
    c.c("oral rehydration solution 1 L/day").t("; ").c("limit hypotonic fluids").t("\n3. RD ").nm(rd.fl).t(": ")
    c.c("small frequent meals, complex carbs, low oxalate").t("\n4. Return ").d(vd + timedelta(days=c.ri(60, 100)), c.ch(["Month yyyy", "m/d/yyyy"]))
    c.t("\n\n").nm(doc.fml).t(", MD, Gastroenterology   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


def us_portal(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, age = c.born(24, 80)
    mrn = _mrn(c)
    pl = place(c)
    rn = c.staff()
    em = q.mail(c.ch(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "comcast.net"]), c.ri(0, 5))
    d1 = c.dt(-4, -1)
    ip = c.ipaddr()
    car, crel = c.kin(q, age, ["spouse", "spouse", "daughter", "son"])
    c.t("MyChart message thread - Nutrition Support / Home Enteral Program\n")
    c.t("Patient: ").nm(q.fl).t("   MRN ").id(mrn).t("   DOB ").d(dob, "m/d/yyyy").t("\n\n")
    c.t("From: ").nm(q.fl).t("\nSent: ").d(d1, c.ch(["m/d/yyyy", "mm/dd/yyyy"])).t(f" {c.ri(1, 11)}:{c.ri(0, 59):02d} PM")
    c.t(" (web, IP ").p("IP", ip).t(")\nSubject: ")
    subj, body, reply = c.ch([
        ("G-tube leaking", "the skin around my tube is red and it leaks formula",
         "Refill the balloon to 5 mL sterile water, keep the site dry and use barrier cream"),
        ("pump keeps alarming", "the Joey pump says 'flow error' every hour at night",
         "Check the set is loaded with the clip in place and use a new bag set tonight"),
        ("feeds making me bloated", "I feel very full and threw up once after the evening feed",
         "Hold feeds 2 hr, then restart at 50 mL/hr and go up by 10 mL/hr every 4 hr")])
    c.c(subj).t("\n\nHi, since yesterday ").c(body).t(". I'm running ")
    c.c(f"{c.ch(['Jevity 1.5', 'Osmolite 1.5', 'Peptamen 1.5'])} at {c.ch([60, 65, 70, 75])} mL/hr").t(" overnight. ")
    c.nm(car.first).t(f" ({crel}) says the water in the balloon was ").c(f"{c.ch([3, 4])} mL")
    c.t(f" when {car.he} checked Sunday. Should I come in?\n")
    c.nm(q.first).t("\n\nFrom: ").nm(rn.fl).t(", RN\nSent: ").d(d1 + timedelta(days=1), "m/d/yyyy")
    c.t(f" {c.ri(8, 11)}:{c.ri(0, 59):02d} AM\n\n")
    c.t("Hi ").nm(q.first).t(", thanks for the message. ").c(reply)
    c.t(". Please join a video visit tomorrow: ")
    c.p("URL", f"https://mychart.{c.ch(['fairview.org', 'healthpartners.com', 'essentiahealth.org'])}/vv/{c.tok(12)}")
    c.t(" . If you have fever over ").c("100.4 F").t(" or the tube comes out, go to the ED - do not wait.\n")
    c.t("We have your email on file as ").em(em).t(" for the visit reminder.\n").nm(rn.first).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], pl, None, em)


def us_hh_intake(c: C) -> Note:
    q = _usmid(c, c.pat())
    dob, age = c.born(67, 95)
    ssn = ssn_no(c.r)
    mbi = mbi_no(c.r, c.yes(0.4))
    pl = place(c)
    tel = phone(c, pl.area, mob=False)
    cg, cgrel = c.kin(q, age, ["daughter", "son", "spouse", "niece"])
    pcp, rn = c.staff(), c.staff()
    soc = c.wdt(1, 5)
    agency = c.ch(["North Star Home Health", "Lakes Area Home Care", "Northern Pines Home Health"])
    orgs(agency)
    c.t(f"{agency} - REFERRAL / INTAKE\n")
    c.t("Referral date: ").d(c.dt(-2, 0), c.ch(["mm/dd/yyyy", "m/d/yyyy"])).t("   Source: ").t(c.ch(US_HOSP)).t(" discharge planner\n")
    c.t("Patient: ").nm(q.LFM).t("   DOB ").d(dob, "mm/dd/yyyy").t(" (").age(age).t(")   Sex: ").t(q.mf).t("\n")
    c.t("SSN: ").p("SSN", ssn).t("   Medicare MBI: ").id(mbi).t("   Secondary: ").t(c.ch(["Medical Assistance", "AARP Medigap",
                                                                                         "none"])).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(f", {pl.extra} ").zp(pl.z).t("   Home: ").ph(tel).t("\n")
    c.t("Caregiver: ").nm(cg.fl).t(f" ({cgrel}), cell ").ph(phone(c, pl.area)).t("\n")
    c.t("PCP: Dr. ").nm(pcp.fl).t(", ").ph(phone(c, pl.area, mob=False)).t("\n\n")
    c.t("Primary dx: ").c(c.ch(["I69.391 dysphagia following cerebral infarction", "G20 Parkinson's disease",
                                 "C34.90 lung cancer", "G30.9 Alzheimer's disease"])).t("; ").c("Z93.1 gastrostomy status")
    c.t("; ").c("E44.0 moderate protein-calorie malnutrition").t("\n")
    c.t("Services: ").c("SN 2w2, 1w4").t(" (").c("G-tube site care, enteral pump teaching, weights").t("); ")
    c.c("RD eval").t("; ").c("SLP eval for oral trials").t("\n")
    c.t("Enteral: ").c(f"{c.ch(['Jevity 1.5 Cal', 'Glucerna 1.2 Cal', 'Osmolite 1.5 Cal'])} 1 carton (237 mL) QID bolus")
    c.t(" + ").c(f"{c.ch([120, 180, 240])} mL water flush before/after").t("\n")
    c.t("Homebound: ").c("requires assist x 1 and walker; leaving home taxing").t("\n")
    c.t("Meds: ").cl(c.r.sample(["metoprolol tartrate 25 mg BID (crushed)", "apixaban 2.5 mg BID", "famotidine 20 mg BID",
                                 "sertraline 50 mg daily", "insulin glargine 12 units qHS", "senna 8.6 mg qHS"], 3))
    c.t("   Allergies: ").c(c.ch(["NKDA", "penicillin (rash)", "sulfa"])).t("\n")
    c.t("Start of care: ").d(soc, c.ch(["mm/dd/yyyy", "m/d/yy"])).t(" - assigned ").nm(rn.fl).t(", RN, case manager\n")
    return _end(c, q, dob, [("ssn", ssn), ("mbi", mbi)], pl, [tel])


def us_peds_gtube(c: C) -> Note:
    q = c.pat()
    dob = c.today - timedelta(days=c.ri(300, 1500))
    mos = (c.today - dob).days // 30
    mrn = _mrn(c)
    mom = c.rel(q, "f", same=c.yes(0.7))
    dad = c.rel(q, "m", same=True)
    np_ = c.staff("f")
    vd = c.wdt(-3, 0)
    ln_cm = round(55 + mos * 1.05 + c.uf(-4, 3), 1)
    wt = round((ln_cm / 100) ** 2 * c.uf(13.5, 16.5), 2)
    fr = c.ch([12, 14])
    ln = c.ch(["1.2", "1.5", "1.7", "2.0"])
    c.t("Children's Minnesota - Complex Feeding / G-tube Clinic\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.LF])).t(f" ({mos // 12} y {mos % 12} m)   MRN ").id(mrn).t("   DOB ")
    c.d(dob, c.ch(["mm/dd/yyyy", "m/d/yyyy"])).t("\nVisit: ").d(vd, c.ch(["mm/dd/yyyy", "Month d, yyyy"])).t("\n")
    c.t("Accompanied by mother ").nm(mom.fl).t(" and father ").nm(dad.first).t("\n\n")
    c.t("Hx: ").c(c.ch(["ex-27 weeker, BPD, oral aversion", "22q11.2 deletion, VSD repair", "hypoxic-ischemic encephalopathy",
                         "esophageal atresia type C repaired"])).t("; G-tube since ").d(c.dt(-500, -100), c.ch(["mm/yyyy", "Month yyyy"]))
    c.t("\nGrowth: ").c(f"wt {wt} kg").t(" (").c(f"z {c.fl(-2.6, -0.4, 2)}").t("), ").c(f"length {ln_cm} cm")
    c.t(", ").c(f"weight-for-length z {(wt / (ln_cm / 100) ** 2 - 16.5) / 1.2:.2f}").t("\n")
    c.t("Feeds: ").c(c.ch(["PediaSure Peptide 1.0", "Compleat Pediatric", "blenderized diet + PediaSure 1.5"]))
    c.t(" ").c(f"{c.ch([180, 200, 240])} mL bolus x {c.ch([4, 5])}/day").t(" + ").c(f"{c.ch([300, 400, 500])} mL overnight at {c.ch([40, 45, 50])} mL/hr")
    c.t(" = ").c(f"~{c.ri(75, 105)} kcal/kg/day").t("\nStoma: ").c(c.ch(["granulation tissue at 6 o'clock - silver nitrate applied",
                                                                           "clean, no leak", "mild leak, button too loose"]))
    c.t("\nProcedure: ").c(f"MIC-KEY {fr} Fr x {ln} cm replaced").t(" (").c("measured with stoma device").t("), ")
    c.c(f"balloon {c.ch([3, 4, 5])} mL sterile water").t("; ").c("placement confirmed with gastric aspirate").t("\n")
    c.t("Meds: ").cl(c.r.sample(["omeprazole 10 mg daily", "polyethylene glycol 4 g daily", "cyproheptadine 1 mg BID",
                                 "multivitamin with iron 1 mL daily", "levetiracetam 150 mg BID"], 2))
    c.t("\nPlan: ").c("increase bolus by 10 mL/week as tolerated").t("; ").c("OT feeding therapy weekly").t("; ")
    c.c("spare button kit given").t("\nF/u ").d(vd + timedelta(days=c.ri(60, 100)), c.ch(["m/d/yyyy", "Month yyyy"]))
    c.t(" - ").nm(np_.fl).t(", CPNP   Clinic line ").ph(phone(c, "612", mob=False)).t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia (Victoria)
AU_HOSP = orgs("Footscray Hospital", "Sunshine Hospital", "Monash Medical Centre", "Dandenong Hospital",
               "Box Hill Hospital", "The Northern Hospital", "Royal Melbourne Hospital", "Austin Hospital",
               "University Hospital Geelong", "Grampians Health Ballarat", "Bendigo Health", "Goulburn Valley Health",
               "Monash Health", "Western Health", "Eastern Health")
AU_ONS = ["Ensure Plus 200 ml BD", "Sustagen Hospital Formula 250 ml TDS", "Fortisip Compact Protein 125 ml BD",
          "Resource Plus 237 ml BD", "Fresubin 2kcal 200 ml OD"]


def _au_med(c: C) -> tuple[str, str, str]:
    """(Medicare as printed, IRN, the bare number)."""
    num, irn = medicare_au(c.r)
    return medicare_fmt(num, c.ri(0, 2)), irn, num


def au_hen_enrol(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(20, 84)
    urn = c.dig(c.ch([6, 7]))
    med, irn, num = _au_med(c)
    ihi = ihi_no(c.r)
    pl = place(c)
    mob = phone(c)
    nok, relw = c.kin(q, age)
    gp, dt = c.staff(), c.staff()
    gpl = near(c, pl, 0.85)
    ndis = c.yes(0.35)
    nd = f"43{c.dig(7)}"
    enr = c.wdt(-5, 0)
    w = c.uf(38, 95, 1)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_UK[:8], int(w * 27))
    hosp = c.ch(AU_HOSP[:12])
    c.t(f"{hosp} - HOME ENTERAL NUTRITION (HEN) PROGRAM\nENROLMENT AND CONSENT\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, c.ch(["d/m/yyyy", "dd/mm/yyyy"])).t("   UR: ").id(urn).t("\n")
    c.t("Medicare: ").id(med).t(f" / IRN {irn}   IHI: ").id(ihi).t("\n")
    if ndis:
        c.t("NDIS participant no.: ").id(nd).t(" (").c("enteral consumables in plan").t(")\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" VIC ").zp(pl.z).t("   Mobile: ").ph(mob).t("\n")
    c.t("Next of kin: ").nm(nok.fl).t(f" ({relw}) ").ph(phone(c)).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(gpl.town).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["head and neck SCC - post chemoradiotherapy", "motor neurone disease", "cerebral palsy, adult",
                                "oesophageal cancer awaiting surgery", "gastroparesis (diabetic)"])).t("\n")
    c.t("Tube: ").c(c.ch(["PEG 20 Fr", "low-profile balloon gastrostomy 18 Fr 2.5 cm", "NJ tube 10 Fr (short-term)",
                           "RIG 16 Fr"])).t("   Inserted: ").d(c.dt(-60, -3), c.ch(["d/m/yyyy", "dd/mm/yyyy"])).t("\n")
    c.t("Weight ").c(f"{w} kg").t("; requirements ").c(f"{int(w * 25)}-{int(w * 30)} kcal, {round(w * 1.2)} g protein, {int(w * 30)} ml fluid")
    c.t("\nRegimen: ").c(f"{name} {rate} ml/h x {hrs} h").t(" (").c(f"{kcal} kcal, {prot} g protein").t(") + ")
    c.c(f"water flushes {c.ch([200, 250])} ml x {c.ch([4, 5])}").t("\n")
    c.t("Monthly supply: ").c(f"{int(rate * hrs * 30 / 1000)} L feed").t(", ").c("30 pump sets").t(", ")
    c.c("60 x 60 ml ENFit syringes").t("; pump on loan: ").c(c.ch(["Flocare Infinity", "Compat Ella"])).t("\n")
    c.t("Fees: ").c(c.ch(["concession - no charge", "program fee per month as per state policy"])).t("\n\n")
    c.t("I consent to my details being shared with the supplier for home delivery.\nPatient / carer: ")
    c.nm(c.ch([q.fl, nok.fl])).t("   Date: ").d(enr, c.ch(["dd/mm/yyyy", "d/m/yy"])).t("\n")
    c.t("Dietitian: ").nm(dt.fl).t(", APD   ").em(dt.mail(c.ch(["wh.org.au", "monashhealth.org", "bendigohealth.org.au"]), c.ri(0, 5)))
    c.t("\n")
    ids = [("urn", urn), ("medicare", num), ("ihi", ihi)] + ([("ndis", nd)] if ndis else [])
    return _end(c, q, dob, ids, pl, [mob])


def au_ward_sga(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(62, 98)
    urn = c.dig(c.ch([6, 7]))
    dt = c.staff()
    seen = c.wdt(-2, 0)
    h = c.uf(1.48, 1.82, 2)
    usual, now, loss = wt_hist(c, h, 16.5, 22.0, 5, 15)
    b = bmi(now, h)
    mst = (3 if loss > 10 else 2) + c.ch([0, 1])
    sga = "C" if loss > 10 and b < 18.5 else "B"
    hosp = c.ch(AU_HOSP[:12])
    c.t(f"{hosp} - Nutrition and Dietetics\nINPATIENT NUTRITION ASSESSMENT\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF])).t("   UR ").id(urn).t("   DOB ").d(dob, c.ch(["dd/mm/yyyy", "d/m/yyyy"]))
    c.t("   Age: ").age(age).t("\nWard: ").t(f"{c.ch(['4 West', 'Acute Aged Care', 'GEM', '6 North', 'Ward 2A'])}")
    c.t("   Date: ").d(seen, c.ch(["dd/mm/yyyy", "d/m/yy"])).t("\nReferral: ").c(f"MST {mst}").t(" on admission\n\n")
    c.t("Anthropometry: ").c(f"wt {now} kg").t(" (").c("weighed, chair scales").t("), ").c(f"ht {h * 100:.0f} cm").t(" (")
    c.c("knee height").t("), ").c(f"BMI {b:.1f}").t("; usual ").c(f"{usual} kg").t(" -> ").c(f"{loss}% loss").t(" over ")
    c.c(f"{c.ri(2, 6)} months").t("\nSGA: ").c(f"weight change {'severe' if loss > 10 else 'moderate'}").t(", ")
    c.c(f"intake {c.ch(['< 50%', '50-75%'])} of needs for {c.ri(1, 4)} weeks").t(", ").c(c.ch(["anorexia, early satiety", "nausea",
                                                                                             "fatigue"])).t(", ")
    c.c(f"{c.ch(['moderate', 'severe'])} muscle wasting (temples, interossei)").t(" -> ").c(f"SGA {sga}").t("\n")
    c.t("Biochem: ").cl([lab(c, "Na", 130, 144, 0), lab(c, "K", 3.1, 4.8), lab(c, "PO4", 0.6, 1.2, 2),
                         lab(c, "Mg", 0.6, 0.95, 2), lab(c, "CRP", 5, 110, 0, "mg/L"), lab(c, "Hb", 96, 128, 0, "g/L")]).t("\n")
    c.t("Requirements: ").c(f"{int(now * 30)} kcal (30 kcal/kg), {round(now * 1.2)} g protein (1.2 g/kg)").t("\n\n")
    c.t("Nutrition diagnosis: ").c(f"{'severe' if sga == 'C' else 'moderate'} malnutrition").t(" related to ")
    c.c(c.ch(["poor appetite with delirium", "dysphagia and fatigue", "post-operative ileus and nausea"]))
    c.t(" as evidenced by ").c(f"SGA {sga}, {loss}% weight loss").t("\n")
    c.t("Plan: ").c(c.ch(["high energy high protein diet", "texture modified (IDDSI 5) HEHP diet"])).t(" + ")
    c.c(c.ch(AU_ONS)).t("; ").c("food and fluid chart 72 h").t("; ").c("weigh twice weekly").t("; ")
    c.c("refeeding bloods daily x 3").t(c.ch(["", "; discuss NG feeding with team if intake < 50% at 5 days"])).t("\n")
    c.t("Dietitian: ").nm(dt.fl).t(" (APD)   pager ").ph(str(c.ri(200, 699))).t("\n")
    return _end(c, q, dob, [("urn", urn)])


def au_hpn_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(24, 79)
    urn = c.dig(7)
    med, irn, num = _au_med(c)
    pl = place(c)
    gp, cons = c.staff(), c.staff()
    gpl = near(c, pl)
    ld = c.wdt(-10, -1)
    w = c.uf(46, 88, 1)
    c.t("Monash Health - Intestinal Failure Unit (Home Parenteral Nutrition)\n")
    c.d(ld, c.ch(["d Month yyyy", "dd/mm/yyyy"])).t("\n\nDr ").nm(gp.fl).t("\n").ad(gpl.town).t(" Medical Centre\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").t(f"{q.title} ").nm(q.fL).t(", DOB ").d(dob, c.ch(["d/m/yyyy", "dd/mm/yyyy"]))
    c.t("\nUR ").id(urn).t("  Medicare ").id(med).t(f" ({irn})\n").ad(pl.line).t(", ").ad(pl.town).t(" VIC ").zp(pl.z)
    c.t("\n\n").nm(q.first).t(" was reviewed in the HPN clinic today. ").c(c.ch([
        "Short bowel syndrome after mesenteric ischaemia (60 cm jejunum, end jejunostomy)",
        "Chronic intestinal pseudo-obstruction with venting gastrostomy", "Radiation enteritis after cervical cancer treatment",
        "Crohn's disease with short bowel (100 cm, jejuno-colic)"])).t(". HPN commenced ")
    c.d(c.dt(-1200, -150), c.ch(["Month yyyy", "Mon yyyy"])).t(".\n\nCurrent regimen (").c(f"{c.ch([4, 5, 6, 7])} nights/week")
    c.t(", via ").c(c.ch(["single-lumen Hickman", "right arm PICC", "port-a-cath"])).t("): ").cl(hpn_bag(c, w)).t("\n\n")
    c.t("Weight ").c(f"{w} kg").t(c.ch([" (stable)", " (+1.2 kg)", " (-0.8 kg)"])).t("; ").cl([
        lab(c, "Na", 132, 142, 0), lab(c, "K", 3.4, 4.9), lab(c, "Mg", 0.62, 0.92, 2), lab(c, "bilirubin", 5, 28, 0, "umol/L"),
        lab(c, "ALP", 60, 240, 0, "U/L"), lab(c, "triglycerides", 0.9, 2.4, 1)]).t("\n")
    c.t("No line infections since last review (").c(f"{c.ri(0, 1)} CRBSI in {c.ri(400, 1600)} catheter days").t(").\n\n")
    c.t("Plan:\n- ").c(c.ch(["continue current regimen", "reduce to one bag less per week", "lipid to twice weekly"]))
    c.t("\n- ").c("vitamin D 1000 IU daily").t("; ").c("bone densitometry this year").t("\n- ")
    c.t("Please do not prescribe ").c("loperamide above 16 mg/day").t(" without discussion.\n- Review ")
    c.d(ld + timedelta(days=c.ri(80, 120)), c.ch(["Month yyyy", "d Month yyyy"])).t("\n\nKind regards\n\nDr ").nm(cons.fl)
    c.t("\nGastroenterologist, MBBS FRACP, AHPRA ").id(ahpra_no(c.r)).t("\n")
    return _end(c, q, dob, [("urn", urn), ("medicare", num)], pl)


def au_ng_checklist(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(58, 97)
    urn = c.dig(c.ch([6, 7]))
    n1, rad = c.staff(), c.staff()
    d0 = c.dt(-2, 0)
    nex = c.ri(50, 65)
    hosp = c.ch(["Grampians Health Ballarat", "Bendigo Health", "Goulburn Valley Health", "University Hospital Geelong"])
    c.t(f"{hosp}\nNASOGASTRIC TUBE - INSERTION AND PLACEMENT VERIFICATION CHECKLIST\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   UR: ").id(urn).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d/m/yyyy"]))
    c.t(" (").age(age).t(" yrs)\n")
    c.t("Date / time: ").d(d0, c.ch(["dd/mm/yyyy", "d/m/yy"])).t(f" {c.tm(7, 21)}\n")
    purpose, tube = c.ch([("enteral feeding", "Corpak 10 Fr 109 cm weighted"), ("feeding + medications", "Flocare 8 Fr 110 cm"),
                          ("enteral feeding", "Flocare 8 Fr 110 cm"), ("feeding + medications", "Corflo 8 Fr 91 cm")])
    c.t("Purpose: ").c(purpose).t("\n")
    c.t("[x] Consent: ").c(c.ch(["verbal", "person responsible (substitute decision maker)", "implied - emergency"])).t("\n")
    c.t("[x] Tube: ").c(tube).t("   NEMU ")
    c.c(f"{nex} cm").t("\n[x] Length at nare: ").c(f"{nex - c.ri(0, 3)} cm").t("\n")
    c.t("[x] Aspirate pH: ").c(c.ch(["4", "5", "no aspirate", "6"])).t("\n")
    c.t("[x] X-ray: ").c("required - first insertion").t("; reported by Dr ").nm(rad.fi).t(" (radiologist): ")
    c.c(c.ch(["tip projected over gastric fundus, satisfactory", "tip in gastric antrum, satisfactory",
              "tip below left hemidiaphragm in the stomach"])).t("\n")
    c.t("[x] Tube secured: ").c("nasal tape, marked with indelible pen").t("\n")
    c.t("[x] Cleared for use by: ").nm(n1.fl).t(", RN   AHPRA ").id(ahpra_no(c.r, "NMW")).t("\n\n")
    c.t("Ongoing checks each shift / before use - external length and pH:\n")
    cf = c.ch(["dd/mm", "d/m"])
    for i in range(c.ri(2, 4)):
        d = d0 + timedelta(days=i + 1)
        c.t("  ").d(d, cf).t(f" {c.tm(6, 22)}  ").c(f"{nex - c.ri(0, 3)} cm, pH {c.ch([3, 4, 4, 5])}")
        c.t("  ").t(c.stini()).t("\n")
    c.t("If tube displaced by > 2 cm or pH > 5: ").c("do not use, escalate, repeat X-ray").t("\n")
    c.t("Medications via NGT reviewed by pharmacist: ").c(c.ch(["apixaban crushed - OK", "perindopril changed to liquid",
                                                                 "MR tablets changed to IR equivalents"])).t("\n")
    return _end(c, q, dob, [("urn", urn)])


# ---------------------------------------------------------------------------------------- Canada
MB_FN = [("Peguis First Nation", "R0C 3J0"), ("Norway House Cree Nation", "R0B 1B0"), ("Cross Lake", "R0B 0J0"),
         ("Sagkeeng First Nation", "R0E 1M0"), ("Fisher River Cree Nation", "R0C 1S0"), ("Opaskwayak Cree Nation", "R0B 2J0"),
         ("Berens River", "R0B 0A0")]
orgs(*[x for x, _ in MB_FN])
CA_HOSP = orgs("Health Sciences Centre", "St. Boniface Hospital", "Grace Hospital", "Victoria General Hospital",
               "London Health Sciences Centre", "St. Joseph's Health Care London", "Grand River Hospital",
               "Windsor Regional Hospital", "Montreal General Hospital", "Jewish General Hospital", "St. Mary's Hospital",
               "McGill University Health Centre", "Shared Health", "Calea", "Bayshore HealthCare")


def mb_hen_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(25, 86)
    phn = mb_phn(c.r)
    reg = c.dig(6)
    fn = q.grp == "mbfn"
    pl = place(c)
    tel = phone(c)
    nok, relw = c.kin(q, age)
    rd, md = c.staff(), c.staff()
    ref = c.wdt(-4, 0)
    w = c.uf(44, 98, 1)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_US[:6], int(w * 26))
    c.t("Shared Health Manitoba - HOME ENTERAL NUTRITION PROGRAM REFERRAL\n")
    c.t("Date: ").d(ref, c.ch(["iso", "Mon d, yyyy"])).t(f"   Referring site: {c.ch(CA_HOSP[:4])}\n\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Given name(s): ").nm(q.first).t("\n")
    c.t("DOB: ").d(dob, c.ch(["iso", "dd/mm/yyyy", "Mon-dd-yyyy"])).t("   Sex: ").t(q.mf).t("\n")
    c.t("Manitoba PHN: ").id(phn).t("   Registration no.: ").id(reg).t("\n")
    nihb = f"{c.dig(10)}"
    if fn:
        com, pc = c.ch(MB_FN)
        pl = Pl(f"Box {c.ri(10, 990)}", com, pc, "204", "MB")
        c.t("Status card / NIHB client no.: ").id(nihb).t("\n")
        c.t("Mailing address: ").ad(pl.line).t(", ").ad(com).t(" MB ").zp(pc).t("\n")
    else:
        c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" MB ").zp(pl.z).t("\n")
    c.t("Phone: ").ph(tel).t("   Alternate: ").nm(nok.fl).t(f" ({relw}) ").ph(phone(c)).t("\n\n")
    dx, goal = c.ch([("oropharyngeal cancer - radiation to start", "maintain weight through radiation"),
                     ("ALS", "slow weight loss; meet 100% needs by tube"), ("brain injury (MVC)", "weight gain 0.5 kg/week"),
                     ("advanced Parkinson's disease", "meet 100% needs by tube"),
                     ("Crohn's disease - exclusive enteral nutrition", "8 weeks exclusive enteral nutrition, then review")])
    c.t("Diagnosis: ").c(dx).t("\n")
    c.t("Access: ").c(c.ch(["G-tube 20 Fr (IR, pull type)", "PEG 20 Fr", "NG 10 Fr (temporary)", "GJ-tube 16/22 Fr"]))
    c.t(" placed ").d(c.dt(-30, -2), c.ch(["iso", "Mon d"])).t("\n")
    c.t("Weight ").c(f"{w} kg").t("; height ").c(f"{c.ri(150, 188)} cm").t("\n")
    c.t("Regimen: ").c(f"{name} {rate} mL/h x {hrs} h").t(" = ").c(f"{kcal} kcal, {prot} g protein").t("; ")
    c.c(f"water {c.ch([60, 100, 125])} mL q{c.ch([4, 6])}h").t("\nPump: ").c(c.ch(["Kangaroo Joey", "Compat Ella"]))
    c.t("; ").c("monthly supplies via program depot").t("\nCoverage: ").c(c.ch(["NIHB", "Manitoba Pharmacare",
                                                                           "private - Blue Cross"]) if fn else
                                                                   c.ch(["Manitoba Pharmacare", "private - Blue Cross",
                                                                         "employer plan"])).t("\n")
    c.t("Bloods: ").cl([lab(c, "Na", 134, 144, 0), lab(c, "K", 3.5, 4.9), lab(c, "PO4", 0.8, 1.3, 2),
                        lab(c, "Mg", 0.7, 0.95, 2), lab(c, "A1c", 5.2, 8.4, 1, "%")]).t("\n")
    c.t("Goals: ").c(goal)
    c.t("; ").c(c.ch(["oral intake for pleasure as per SLP", "NPO"])).t("\n\n")
    c.t("Referring dietitian: ").nm(rd.fl).t(", RD (CDM reg. ").id(str(c.ri(1000, 4999))).t(")\n")
    c.t("Physician: Dr. ").nm(md.fi).t("\n")
    ids = [("mb-phn", phn), ("mb-reg", reg)] + ([("nihb", nihb)] if fn else [])
    return _end(c, q, dob, ids, pl, [tel])


def _ohip(c: C) -> tuple[str, str]:
    n = ohip_no(c.r)
    vc = "".join(c.ch("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
    return c.ch([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n} {vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}"]), n


def on_hpn_clinic(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(24, 80)
    hc, bare = _ohip(c)
    mrn = c.dig(c.ch([7, 8]))
    pl = place(c)
    fam, md = c.staff(), c.staff()
    fpl = near(c, pl)
    vd = c.wdt(-7, -1)
    w = c.uf(45, 90, 1)
    c.t("London Health Sciences Centre - Victoria Hospital\nHOME PARENTERAL NUTRITION CLINIC NOTE\n")
    c.t("Date: ").d(vd, c.ch(["iso", "Month d, yyyy"])).t("\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, c.ch(["iso", "yyyy/mm/dd"])).t("   MRN: ").id(mrn).t("\n")
    c.t("Health card: ").id(hc).t("\nAddress: ").ad(pl.line).t(", ").ad(pl.town).t(", ON ").zp(pl.z).t("\n")
    c.t("Family physician: Dr. ").nm(fam.fl).t(", ").ad(fpl.town).t("\n\n")
    c.t("Background: ").c(c.ch(["SBS after Crohn's resections (remnant ~90 cm)", "chronic intestinal pseudo-obstruction",
                                 "scleroderma with small bowel dysmotility", "SBS after SMA embolus (remnant 45 cm)"]))
    c.t("; HPN since ").d(c.dt(-2000, -200), "Month yyyy").t(" via ")
    c.c(c.ch(["Calea", "Bayshore"])).t(" home infusion\n")
    c.t("Line: ").c(c.ch(["single-lumen tunnelled Hickman, right IJ", "4 Fr PICC, left basilic", "implanted port, right chest"]))
    c.t("; ").c("ethanol lock 70% 3 mL").t("\n")
    c.t("Interval: ").c(c.ch(["no admissions", "1 admission for CRBSI (S. epidermidis), line salvaged",
                              "dehydration after viral gastroenteritis, 2 days IV fluids"])).t("\n")
    c.t("Exam: ").c(f"wt {w} kg").t(", ").c(f"BP {c.ri(98, 136)}/{c.ri(58, 86)}").t(", ").c(f"HR {c.ri(58, 96)}")
    c.t(", ").c("exit site clean").t("\nLabs: ").cl([lab(c, "Na", 134, 144, 0), lab(c, "K", 3.5, 4.8),
                                                    lab(c, "Mg", 0.65, 0.95, 2), lab(c, "PO4", 0.8, 1.3, 2),
                                                    lab(c, "creatinine", 58, 124, 0, "umol/L"), lab(c, "ALT", 14, 72, 0, "U/L"),
                                                    lab(c, "INR", 0.9, 1.3, 1, ""), lab(c, "selenium", 0.8, 1.4, 2, "umol/L")])
    c.t("\nPN: ").cl(hpn_bag(c, w)[:7]).t(", ").c(f"{c.ch([5, 6, 7])} nights/week").t("\n\n")
    c.t("Plan: ").c(c.ch(["no change", "increase Na by 20 mmol per bag", "trial 1 night off per week",
                           "add selenium 60 mcg per bag"])).t("; ").c("bloods q2 weeks").t("; ").c("annual DXA")
    c.t("; return ").d(vd + timedelta(days=c.ri(80, 120)), c.ch(["iso", "Month yyyy"])).t("\n\n")
    c.nm(md.fl).t(", MD, FRCPC (Gastroenterology)   CPSO ").id(str(c.ri(60000, 129999))).t("\n")
    return _end(c, q, dob, [("ohip", bare), ("mrn", mrn)], pl)


def on_adp_enteral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(19, 88)
    hc, bare = _ohip(c)
    pl = place(c)
    tel = phone(c, pl.area)
    em = q.mail(c.ch(["gmail.com", "rogers.com", "hotmail.com", "sympatico.ca"]), c.ri(0, 5))
    md, rd = c.staff(), c.staff()
    sd = c.wdt(-3, 0)
    ip = c.ipaddr()
    ref = f"ADP-EFS-{c.dig(7)}"
    c.t("Assistive Devices Program - APPLICATION FOR FUNDING: ENTERAL FEEDING SUPPLIES\n")
    c.t("Application no.: ").id(ref).t("\n\nSection 1 - Applicant\n")
    c.t("Last name: ").nm(q.last).t("   First name: ").nm(q.first).t("   Initial: ").t(q.mid).t("\n")
    c.t("Health number: ").id(hc).t("   Date of birth (yyyy/mm/dd): ").d(dob, "yyyy/mm/dd").t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" ON ").zp(pl.z).t("\nTelephone: ").ph(tel).t("   E-mail: ").em(em)
    c.t("\nReceives ODSP / OW: ").c(c.ch(["No", "Yes - ODSP"])).t("\n\nSection 2 - Confirmation of need\n")
    route = c.ch(["gastrostomy", "gastrostomy", "jejunostomy", "gastrojejunostomy"])
    c.t("Feeding route: ").c(route).t("; expected duration ")
    c.c(c.ch(["> 6 months", "long term"])).t("\nDiagnosis: ").c(c.ch(["dysphagia after brainstem stroke",
                                                                      "oesophageal cancer", "muscular dystrophy",
                                                                      "short bowel with oral intolerance"])).t("\n")
    c.t("Enteral feeding via pump: ").c("yes" if route != "gastrostomy" else c.ch(["yes", "no - gravity / syringe"])).t("\n")
    c.t("Physician: Dr. ").nm(md.fi).t(", CPSO ").id(str(c.ri(60000, 129999))).t("\n")
    c.t("Registered dietitian: ").nm(rd.fl).t(", RD, CDO reg. ").id(str(c.ri(2000, 16999))).t("\n\n")
    c.t("Section 3 - Declaration\nApplicant signature on file; date ").d(sd, "yyyy/mm/dd").t("\n")
    c.t("Submitted online: ").d(sd, "iso").t(f" {c.tm(8, 21)} from ").p("IP", ip).t(" by ")
    c.em(rd.mail(c.ch(["lhsc.on.ca", "grhosp.on.ca", "wrh.on.ca"]), c.ri(0, 5))).t("\n")
    c.t("Grant: ").c("annual enteral feeding supplies grant").t(" - ").c("paid quarterly").t("\n")
    return _end(c, q, dob, [("ohip", bare), ("adp", ref)], pl, [tel], em)


def qc_refeeding_consult(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(18, 82)
    ramq = ramq_no(c.r, q, dob)
    exp = date(c.today.year + c.ri(1, 6), c.ri(1, 12), 1)
    dossier = c.dig(c.ch([6, 7]))
    pl = place(c)
    dt, md = c.staff(), c.staff()
    seen = c.wdt(-1, 0)
    h = c.uf(1.52, 1.84, 2)
    usual, now, loss = wt_hist(c, h, 13.0, 16.8, 12, 26)
    b = bmi(now, h)
    nil = c.ri(6, 20)
    high, crit, extreme = refeed(b, loss, nil, c.yes(0.5), c.yes(0.4))
    kpk = 5 if extreme else 10
    hosp = c.ch(["Montreal General Hospital", "Jewish General Hospital", "St. Mary's Hospital"])
    c.t(f"{hosp} - Clinical Nutrition / Nutrition clinique\nCONSULTATION\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fL])).t("   Dossier: ").id(dossier).t("\n")
    c.t("RAMQ: ").id(ramq).t("   Exp.: ").d(exp, c.ch(["mm/yyyy", "Mon yyyy"])).t("\n")
    c.t("DDN / DOB: ").d(dob, c.ch(["iso", "yyyy/mm/dd"])).t("\nAdresse: ").ad(pl.line).t(", ").ad(pl.town)
    c.t(" (Québec) ").zp(pl.z).t("\nDate: ").d(seen, c.ch(["iso", "Month d, yyyy"])).t("\n\n")
    c.t("Reason: ").c(c.ch(["severe restrictive eating disorder, medical admission", ("chronic alcohol use, found down, "
                                                                                   "not eating 2 weeks"),
                             "malignant bowel obstruction, NPO", "post-bariatric severe malnutrition"])).t("\n")
    c.t("Weight ").c(f"{now} kg").t(", height ").c(f"{h:.2f} m").t(", BMI ").c(f"{b:.1f}").t("; usual ").c(f"{usual} kg")
    c.t(" (").c(f"-{loss}%").t("); minimal intake ").c(f"{nil} days").t("\n")
    c.t("Refeeding risk (NICE): ").c(("EXTREME" if extreme else "HIGH") if high else "moderate").t(" - ").cl(crit, "; ").t("\n")
    c.t("Labs: ").cl([lab(c, "K", 2.8, 4.1), lab(c, "PO4", 0.45, 1.1, 2), lab(c, "Mg", 0.5, 0.85, 2),
                      lab(c, "glucose", 3.1, 6.2), lab(c, "ALT", 24, 180, 0, "U/L")]).t("\n")
    c.t("ECG: ").c(c.ch(["sinus bradycardia 44/min, QTc 462 ms", "QTc 441 ms", "sinus rhythm 62/min"])).t("\n\n")
    c.t("Recommendations:\n1. ").c("thiamine 300 mg IV daily x 3 days, then 100 mg PO daily").t(" before feeding\n2. ")
    kc = int(now * kpk)
    c.c(f"start {kc} kcal/day ({kpk} kcal/kg)").t(" - ").c(c.ch([f"Peptamen 1.5 via NG at {max(5, round(kc / 36))} mL/h x 24 h",
                                                                   f"Isosource 1.5 via NG at {max(5, round(kc / 36))} mL/h x 24 h",
                                                                   f"Ensure Plus via NG at {max(5, round(kc / 36))} mL/h x 24 h"])).t("; ")
    c.c("increase by 200-300 kcal/day").t(" if PO4, K, Mg stable\n3. ").c("K, PO4, Mg, glucose q12h x 72 h").t("; ")
    c.c("telemetry").t("\n4. ").c("multivitamin daily, zinc 50 mg daily").t("\n\n")
    c.nm(dt.fl).t(", Dt.P. (OPDQ ").id(str(c.ri(1000, 9999))).t(")   Dr. ").nm(md.fi).t(", MD\n")
    return _end(c, q, dob, [("ramq", ramq.replace(" ", "")), ("dossier", dossier)], pl)


# ---------------------------------------------------------------------------------------- Ireland (Munster)
IE_HOSP = orgs("University Hospital Limerick", "Ennis Hospital", "Nenagh Hospital", "St. John's Hospital",
               "Tipperary University Hospital", "University Hospital Waterford", "St. Vincent's University Hospital",
               "HSE Mid West Community Healthcare")


def _county(pl: Pl) -> str:
    """", Co. X" after the town, left out where the town gives the county its name."""
    return "" if pl.town in pl.extra else f", {pl.extra}"


def _gms(c: C) -> str:
    return f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRSTW')}"


def ie_peg_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(45, 85)
    mrn = c.dig(c.ch([6, 7]))
    pp = ppsn(c.r, c.yes(0.4))
    gms = _gms(c)
    pl = place(c)
    mob = phone(c)
    nok, relw = c.kin(q, age)
    gastro, cons = c.staff(), c.staff()
    ld = c.wdt(-6, 0)
    w = c.uf(44, 80, 1)
    c.t("Department of Neurology, University Hospital Limerick\n").d(ld, c.ch(["d Month yyyy", "dth Month yyyy"])).t("\n\n")
    c.t("Dr ").nm(gastro.fl).t("\nConsultant Gastroenterologist\n\nDear Dr ").nm(gastro.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t(", MRN ").id(mrn).t("\n")
    c.t("PPSN ").p("SSN", pp).t("   Medical card no. ").id(gms).t("\n").ad(pl.line).t(", ").ad(pl.town)
    c.t(_county(pl) + ", ").zp(pl.z).t("   Mobile ").ph(mob).t("\n\n")
    c.t("I would be grateful if you would see ").nm(q.first).t(" with a view to ").c("gastrostomy insertion").t(". ")
    c.t(f"{q.He} has ").c(c.ch(["bulbar-onset motor neurone disease", "limb-onset MND with new bulbar involvement",
                                "progressive supranuclear palsy", "myotonic dystrophy type 1"])).t(", diagnosed ")
    c.d(c.dt(-700, -120), c.ch(["Month yyyy", "Mon yyyy"])).t(". Swallow has deteriorated (").c(c.ch([("FEES: penetration "
                                                                                                      "with thin fluids"),
                                                                                                      "SLT: IDDSI 4, mildly thick"]))
    c.t(") and weight has fallen from ").c(f"{round(w * c.uf(1.08, 1.2), 1)} kg").t(" to ").c(f"{w} kg").t(".\n")
    c.t("Respiratory: ").c(f"FVC {c.ri(48, 82)}% predicted").t(", ").c(c.ch(["on nocturnal NIV", "no NIV yet",
                                                                               "SNIP 42 cmH2O"])).t(". ")
    c.t("Given the FVC, ").c(c.ch(["RIG under radiology may be safer", ("PEG under light sedation with anaesthetic support is "
                                                                     "reasonable")])).t(".\n")
    c.t("Medication: ").cl(c.r.sample(["riluzole 50 mg BD", "hyoscine 1.5 mg patch every 72 h", "baclofen 10 mg TDS",
                                       "glycopyrronium 1 mg TDS", "citalopram 20 mg OD"], 3))
    c.t("\nBloods: ").cl([lab(c, "Hb", 118, 152, 0, "g/L"), lab(c, "plt", 170, 360, 0, "x10^9/L"), lab(c, "INR", 0.9, 1.2, 1, ""),
                          lab(c, "albumin", 31, 44, 0, "g/L")]).t("\n")
    c.nm(q.first).t(" and ").t(f"{q.his} {relw} ").nm(nok.first).t(" understand the aims; ").c("advance care plan in place")
    c.t(". Please contact ").nm(nok.first).t(" on ").ph(phone(c)).t(" for dates.\n\nLe meas,\n\nDr ").nm(cons.fl)
    c.t("\nConsultant Neurologist, FRCPI, IMC ").id(str(c.ri(12000, 429999))).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pp), ("gms", gms)], pl, [mob])


def ie_sms_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(60, 88)
    pl = place(c)
    dau, relw = c.kin(q, 80, ["daughter", "son"])
    mam, she = ("mams", "she") if q.sex == "f" else ("dads", "he")
    dt = c.staff(grp="mun")
    d0 = c.wdt(-6, -2)
    dm = c.ch(["dd/mm", "d/m"])
    ddel = d0 + timedelta(days=c.ri(2, 4))
    c.t("hse mid west community dietetics - sms log (work phone)\nre: ").nm(q.low).t(" - ").c("peg fed").t("\n\n")
    c.t("[").d(d0, dm).t(f" {c.tm(9, 11)}] from ").nm(dau.first.lower()).t(f" ({relw}): hi its ").nm(dau.first.lower())
    c.t(f" here, {mam} feed delivery didnt come today and we only have ")
    c.c(f"{c.ri(2, 4)} packs").t(" left. pump also beeping ").c("'no flow'").t(" at night. sorry to bother u\n")
    c.t("[").d(d0, dm).t(f" {c.tm(11, 13)}] to ").nm(dau.first.lower()).t(": hi ").nm(dau.first.lower())
    c.t(", no bother. ive rang nutricia, they can deliver ").t(f"{c.wd(ddel, True).lower()} ").d(ddel, dm)
    c.t(" to ").ad(pl.line.lower()).t(", ").ad(pl.town.lower()).t(" ").zp(pl.z.lower()).t(" - is that right? ")
    c.t("for the alarm check the set isnt kinked + flush ").c("30ml water").t(" before restarting\n")
    c.t("[").d(d0, dm).t(f" {c.tm(13, 16)}] from ").nm(dau.first.lower()).t(f": yes thats the address. will do. {she} had ")
    c.c(f"{c.ri(600, 1000)}ml").t(" of the ").c(c.ch(["1000ml", "1500ml"])).t(" last night, tummy a bit sore\n")
    c.t("[").d(d0 + timedelta(days=1), dm).t(f" {c.tm(9, 12)}] to ").nm(dau.first.lower()).t(f": ok. can u weigh {q.him}? ")
    c.t("if sore again run it at ").c(f"{c.ch([60, 70, 80])}ml/h").t(" instead of ").c(f"{c.ch([90, 100, 110])}").t(". ")
    c.t("gp is dr ").nm(c.staff().last.lower()).t(", ill send a note\n")
    c.t("[").d(d0 + timedelta(days=1), dm).t(f" {c.tm(12, 18)}] from ").nm(dau.first.lower()).t(": ")
    c.c(f"{c.fl(42, 68)}kg").t(" on the scales. thank u\n")
    c.t("[").d(ddel, dm).t(f" {c.tm(12, 17)}] from ").nm(dau.first.lower()).t(": delivery came, all sorted \n\n")
    c.t("- ").nm(dt.first.lower()).t(" (dietitian) ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [], pl)


def ie_if_referral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(25, 78)
    mrn = c.dig(c.ch([6, 7, 8]))
    pp = ppsn(c.r, c.yes(0.5))
    pl = place(c, towns=("Waterford", "Dungarvan", "Clonmel", "Carrick-on-Suir", "Thurles", "Tipperary"))
    mob = phone(c)
    sur, recv = c.staff(), c.staff()
    ld = c.wdt(-4, 0)
    op = c.dt(-60, -14)
    w = c.uf(42, 80, 1)
    c.t("University Hospital Waterford - Department of Surgery\n")
    c.t("To: Dr ").nm(recv.fl).t(", National Intestinal Failure Service, St. Vincent's University Hospital\n")
    c.t("Date: ").d(ld, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t("   MRN: ").id(mrn).t("\n")
    c.t("PPSN: ").p("SSN", pp).t("\nAddress: ").ad(pl.line).t(", ").ad(pl.town).t(_county(pl) + " ").zp(pl.z)
    c.t("   Mobile: ").ph(mob).t("\n\n")
    c.t("Reason: ").c(c.ch(["type 2 intestinal failure with high-output proximal jejunostomy",
                             "enteroatmospheric fistula after damage control laparotomy",
                             "short bowel (approx. 80 cm) after volvulus"])).t("\n")
    c.t("Surgery: ").c(c.ch(["small bowel resection and end jejunostomy", "laparostomy, VAC", "Hartmann's and small bowel resection"]))
    c.t(" on ").d(op, c.ch(["dd/mm/yyyy", "d Mon"])).t("\n")
    c.t("Current: ").c(f"PN via {c.ch(['PICC', 'CVC'])} {c.ch([5, 6, 7])}/7").t(", ").c(f"stoma output {c.ri(1500, 4200)} ml/24 h")
    c.t(", ").c(f"weight {w} kg").t("\nBloods: ").cl([lab(c, "Na", 129, 141, 0), lab(c, "Mg", 0.5, 0.8, 2),
                                                    lab(c, "creat", 60, 160, 0, "umol/L"), lab(c, "CRP", 8, 90, 0, "mg/L"),
                                                    lab(c, "bili", 8, 44, 0, "umol/L")]).t("\n")
    c.t("Medication: ").cl(["loperamide 4 mg QDS", "omeprazole 40 mg IV BD", "codeine phosphate 30 mg QDS",
                             "tinzaparin 4500 units OD"]).t("\n")
    c.t("Sepsis control: ").c(c.ch(["no collections on CT", "drained collection, on piperacillin-tazobactam day 6"]))
    c.t("\nRequest: ").c(c.ch(["transfer for IF MDT and reconstruction planning", "HPN training and outpatient follow-up",
                                "advice on fistula management and PN"])).t("\n\n")
    c.t("Referring consultant: ").t("Mr " if sur.sex == "m" else "Ms ").nm(sur.fi).t(", FRCSI, IMC ").id(str(c.ri(12000, 429999)))
    c.t("\n").em(sur.mail("hse.ie", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pp)], pl, [mob])


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Wellington Regional Hospital", "Hutt Hospital", "Kenepuru Community Hospital", "Palmerston North Hospital",
               "Whanganui Hospital", "Hawke's Bay Fallen Soldiers' Memorial Hospital", "Wairarapa Hospital", "Health NZ")


def nz_hen_agreement(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(20, 86)
    nhi = nhi_no(c.r, c.yes(0.3))
    pl = place(c, towns=("Newtown", "Johnsonville", "Karori", "Lower Hutt", "Upper Hutt", "Porirua", "Wainuiomata"))
    mob = phone(c)
    wh, relw = c.kin(q, age)
    dt = c.staff()
    ser = f"{c.ch(['FI', 'CE'])}{c.dig(6)}"
    dd = c.wdt(-3, 0)
    w = c.uf(40, 110, 1)
    name, rate, hrs, kcal, prot = regimen(c, FEEDS_UK[:8], int(w * 25))
    c.t("Health NZ - Capital, Coast and Hutt Valley\nHOME ENTERAL NUTRITION PROGRAMME - AGREEMENT AND PUMP LOAN\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d/m/yyyy"])).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" ").zp(pl.z).t("   Mobile: ").ph(mob).t("\n")
    c.t("Whānau contact: ").nm(wh.fl).t(f" ({relw}) ").ph(phone(c)).t("\n\n")
    c.t("Indication: ").c(c.ch(["head and neck cancer - PEG before radiotherapy", "motor neurone disease",
                                 "stroke with persistent dysphagia", "cystic fibrosis - overnight supplementary feeds"])).t("\n")
    c.t("Weight ").c(f"{w} kg").t(", height ").c(f"{c.ri(150, 190)} cm").t("; requirements ").c(f"{int(w * 25)}-{int(w * 30)} kcal")
    c.t("\nRegimen: ").c(f"{name} {rate} ml/hr x {hrs} hr").t(" (").c(f"{kcal} kcal, {prot} g protein").t("); ")
    c.c(f"water {c.ch([200, 250])} ml QID").t("\nPump: ").c(c.ch(["Flocare Infinity", "Compat Ella"])).t(" serial ").id(ser)
    c.t(" with ").c("charger and backpack").t("\nSupplies: ").c("monthly home delivery via Nutricia").t("; ")
    c.c("funded under hospital HEN programme").t("\n\nI agree to:\n- use the pump only as trained and keep it clean and dry\n")
    c.t("- tell the dietitian if my address or phone changes, or if the pump is damaged\n- return the pump when finished\n\n")
    c.t("Signed: ").nm(c.ch([q.fl, wh.fl])).t("   Date: ").d(dd, c.ch(["dd/mm/yyyy", "d Month yyyy"])).t("\n")
    c.t("Dietitian: ").nm(dt.fl).t(", NZRD   Ph ").ph(phone(c, "04", mob=False)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)], pl, [mob])


def nz_text_lower(c: C) -> Note:
    q = c.pat(grps=["nzm", "nzm", "nzs", "nzp"])
    dob, age = c.born(86, 99)
    nhi = nhi_no(c.r, c.yes(0.3))
    pl = place(c, towns=("Palmerston North", "Feilding", "Levin", "Whanganui", "Dannevirke"))
    moko, relw = c.kin(q, 95, ["granddaughter", "daughter", "grandson", "son"])
    nan = ("nan" if q.sex == "f" else "koro") if relw.startswith("grand") else ("mum" if q.sex == "f" else "dad")
    dt = c.staff()
    d0 = c.wdt(-5, -1)
    c.t("dietitian phone/text log - palmy community (pasted from work mobile)\n")
    c.t("client: ").nm(q.low).t(", nhi ").id(nhi.lower()).t(", ").age(age).t("yo, ").ad(pl.town.lower()).t("\n\n")
    c.t("").d(d0, "d/m").t(f" {c.tm(9, 12)} txt from ").nm(moko.first.lower()).t(f" ({relw}): kia ora, {nan} has only been ")
    c.t("having ").c(c.ch(["half an ensure", "1 fortisip a day", "soup and a few spoons of porridge"])).t(", very tired. ")
    c.t(f"{q.he}s lost weight, {q.his} pants are loose\n")
    c.d(d0, "d/m").t(f" {c.tm(12, 15)} rang back - ").c(c.ch(["no vomiting", "some coughing with drinks", ("teeth sore, not "
                                                                                                          "wearing dentures")]))
    c.t(", ").c("bowels ok").t(". asked ").nm(moko.first.lower()).t(" to weigh at the pharmacy\n")
    wnow = c.uf(38, 55, 1)
    c.d(d0 + timedelta(days=1), "d/m").t(f" {c.tm(10, 16)} txt: ").c(f"{wnow} kg").t(" today (was ")
    c.c(f"{wnow * c.uf(1.06, 1.14, 2):.1f} kg").t(" in ").d(d0 - timedelta(days=c.ri(60, 120)), c.ch(["Mon yyyy", "Month yyyy"]))
    c.t(")\n").d(d0 + timedelta(days=1), "d/m").t(" plan txt back: ").c(c.ch(["fortisip compact 125ml bd", "ensure plus 200ml bd"]))
    c.t(" (gp to script - SA), ").c("small meals 2-3 hrly, full cream milk").t(", ").c("mouth care").t(". will visit ")
    c.d(d0 + timedelta(days=c.ri(5, 10)), "d/m").t(" w ").c("MST + MUST").t("\n")
    c.d(d0 + timedelta(days=2), "d/m").t(f" {c.tm(9, 18)} txt from ").nm(moko.first.lower()).t(": ka pai, thank you. ")
    c.t("the gp is dr ").nm(c.staff().fl.lower()).t(" at the ").ad(pl.town.lower()).t(" medical centre\n")
    c.d(d0 + timedelta(days=2), "d/m").t(" emailed gp: ").c(f"MUST {c.ri(2, 4)}").t(", ").c("pls script ONS, check bloods")
    c.t(" (").c("U&E, LFT, TSH, Hb").t("). ").c("consider mirtazapine?").t(" - for gp to decide\n\n- ")
    c.nm(dt.first.lower()).t(" (community dietitian) ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("nhi", nhi)], pl)


def nz_pharmac_sa(c: C) -> Note:
    q = c.pat()
    dob, _age = c.born(30, 89)
    nhi = nhi_no(c.r, c.yes(0.35))
    pl = place(c, towns=("Napier", "Hastings", "Flaxmere", "Wairoa", "Masterton"))
    gp = c.staff()
    sd = c.wdt(-3, 0)
    ip = c.ipaddr()
    sa = f"{c.dig(2)}SAO{c.dig(5)}"
    h = c.uf(1.5, 1.86, 2)
    usual, now, loss = wt_hist(c, h, 16.0, 20.5, 6, 15)
    b = bmi(now, h)
    c.t("PHARMAC SPECIAL AUTHORITY - APPLICATION (online)\n")
    c.t("Product: ").c(c.ch(["Oral feed 1.5 kcal/ml (e.g. Ensure Plus)", "Oral feed 2.4 kcal/ml (e.g. Fortisip Compact)",
                              "Enteral feed 1.5 kcal/ml (e.g. Nutrison Energy)"])).t("\n")
    c.t("Application type: ").c(c.ch(["initial", "renewal"])).t("\n\nPatient\n")
    c.t("NHI: ").id(nhi).t("   Name: ").nm(c.ch([q.fl, q.lf])).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "d/m/yyyy"])).t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town).t(" ").zp(pl.z).t("\n\nPractitioner\n")
    c.t("Name: Dr ").nm(gp.fl).t("   MCNZ: ").id(str(c.ri(10000, 79999))).t("   Practice: ").ad(pl.town).t(" Health\n\n")
    c.t("Criteria\n[x] ").c(f"malnutrition: BMI {b:.1f}").t(" and ").c(f"unintentional weight loss {loss}% in 6 months")
    c.t(" (").c(f"{usual} kg -> {now} kg").t(")\n[x] ").c(c.ch(["COPD with cachexia", "cancer - on chemotherapy",
                                                                "chronic kidney disease stage 4", "dysphagia after stroke"]))
    c.t("\n[x] ").c("dietary advice and food fortification tried").t("\nClinical notes: ").c(c.ch([
        "intake about half of estimated needs despite fortified diet and snacks for 6 weeks",
        "breathless at meals, early satiety; MUST 2", "post chemotherapy nausea, intake < 60% of needs"]))
    c.t("; ").c(f"height {h * 100:.0f} cm").t("\nDose: ").c(c.ch(["2 x 200 ml/day", "1 x 200 ml/day",
                                                                                       "2 x 125 ml/day"])).t("\n\n")
    c.t("Submitted ").d(sd, c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t(f" {c.tm(8, 18)} from ").p("IP", ip).t("\n")
    c.t("Result: ").c("APPROVED").t(" - SA number ").id(sa).t(", expires ").d(sd + timedelta(days=c.ch([180, 365])),
                                                                             c.ch(["dd/mm/yyyy", "d Mon yyyy"])).t("\n")
    return _end(c, q, dob, [("nhi", nhi)], pl)


# ---------------------------------------------------------------------------------------- South Africa (Free State)
ZA_SCHEME = orgs("Discovery Health", "Bonitas", "Medshield", "Polmed", "GEMS", "Momentum Health")
ZA_HOSP = orgs("Mediclinic Bloemfontein", "Netcare Pasteur Hospital", "Universitas Academic Hospital",
               "Pelonomi Tertiary Hospital", "Mediclinic Welkom")


def za_pn_request(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(24, 80)
    sid = za_id(c.r, dob, q.sex)
    sch = c.ch(ZA_SCHEME)
    mem = c.ch([c.dig(9), f"{c.ch('ABM')}{c.dig(8)}", c.dig(11)])
    pl = place(c)
    mob = phone(c)
    nok, relw = c.kin(q, age)
    sur, dt = c.staff(), c.staff()
    rd = c.wdt(-2, 0)
    w = c.uf(42, 88, 1)
    hosp = c.ch(ZA_HOSP[:2] + ZA_HOSP[4:])
    bag = c.ch([("SmofKabiven 1477 ml", 1600, 75), ("SmofKabiven 1970 ml", 2200, 100), ("Olimel N9E 1500 ml", 1600, 85),
                ("SmofKabiven Peripheral 1904 ml", 1300, 60)])
    c.t(f"{hosp} - NUTRITION SUPPORT: PARENTERAL NUTRITION REQUEST\n")
    c.t("Date: ").d(rd, c.ch(["d Month yyyy", "dd/mm/yyyy", "yyyy/mm/dd"])).t("\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.LFF])).t("   ID no.: ").id(sid).t("\n")
    c.t(f"Medical scheme: {sch}   Member no.: ").id(mem).t(f"   Dependant: {c.ch(['00', '01', '02'])}\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town)
    if pl.extra:
        c.t(", ").ad(pl.extra)
    c.t(", ").zp(pl.z).t("   Cell: ").ph(mob).t("\n")
    c.t("Next of kin: ").nm(nok.fl).t(f" ({relw}) ").ph(phone(c)).t("\n\n")
    ind, icd = c.ch([("prolonged ileus after laparotomy (day 7, NPO)", "K56.7"), ("high-output enterocutaneous fistula", "K63.2"),
                     ("severe acute pancreatitis - failed NJ feeding", "K85.9"), ("obstructing gastric carcinoma", "C16.9")])
    c.t("Indication: ").c(ind).t("\nICD-10: ").c(icd).t(", ").c("E43").t("\n")
    c.t("Weight ").c(f"{w} kg").t("; NRS-2002 ").c(f"{c.ri(3, 6)}").t("; ").cl([lab(c, "Na", 130, 143, 0),
                                                                            lab(c, "K", 3.1, 4.9), lab(c, "PO4", 0.6, 1.2, 2),
                                                                            lab(c, "Mg", 0.55, 0.9, 2), lab(c, "glucose", 4.8, 10.5),
                                                                            lab(c, "TG", 0.8, 2.6, 1)])
    c.t("\nRequirements: ").c(f"{int(w * 25)} kcal, {round(w * 1.3)} g protein").t("\nPrescription: ").c(bag[0])
    c.t(" (").c(f"{bag[1]} kcal, {bag[2]} g amino acids").t(") over ").c("24 h").t(" via ").c(c.ch(["CVC (right IJV)", "PICC",
                                                                                                     "peripheral line"]))
    c.t("; ").c("Addaven 10 ml, Soluvit N 1 vial, Vitalipid 10 ml").t(" added; ").c("start at 50% on day 1")
    c.t("\nMonitoring: ").c("glucose 6-hourly, U&E/Mg/PO4 daily x 3, LFT and TG weekly").t("\n\n")
    c.t("Surgeon: Dr ").nm(sur.fi).t(" (practice no. ").t(c.dig(7)).t(", HPCSA ").id(f"MP{c.dig(7)}").t(")\n")
    c.t("Dietitian: ").nm(dt.fl).t(", RD(SA), HPCSA ").id(f"DT{c.dig(7)}").t("\n")
    return _end(c, q, dob, [("za-id", sid), ("scheme", mem)], pl, [mob])


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("Tan Tock Seng Hospital", "Changi General Hospital", "Ng Teng Fong General Hospital",
               "Khoo Teck Puat Hospital", "Singapore General Hospital", "Sengkang General Hospital")


def sg_ngt_training(c: C) -> Note:
    q = c.pat(grps=["sgc", "sgc", "sgm", "sgi"])
    dob, age = c.born(74, 98)
    ic = nric(c.r, dob)
    hosp = c.ch(SG_HOSP)
    case = f"{''.join(w[0] for w in hosp.split() if w[0].isupper())}{c.dig(2)}-{c.dig(6)}"
    pl = place(c)
    fam, relw = c.kin(q, 90, ["son", "daughter"])
    fdw = c.person("mbfil", "f")
    ns, dt = c.staff(grp=c.ch(["sgc", "sgm", "sgi"])), c.staff(grp=c.ch(["sgc", "sgi"]))
    td = c.wdt(-3, 0)
    nm_ = {"sgc": c.ch([q.CNR, q.cne, q.CN]), "sgm": q.malay(True), "sgi": q.tamil(True)}[q.grp]
    fnm = {"sgc": fam.cne, "sgm": fam.malay(True), "sgi": fam.tamil(True)}[fam.grp]
    stn = {"sgc": ns.cne, "sgm": ns.malay(True), "sgi": ns.tamil(True)}[ns.grp]
    stdt = {"sgc": dt.cne, "sgm": dt.malay(True), "sgi": dt.tamil(True)}[dt.grp]
    c.t(f"{hosp} - Nursing / Dietetics\nNASOGASTRIC TUBE FEEDING - CAREGIVER TRAINING RECORD\n\n")
    c.t("Patient: ").nm(nm_).t("   NRIC: ").id(ic).t("   Case no.: ").id(case).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd Mon yyyy"])).t("   Age: ").age(age).t("\n")
    c.t("Address: ").ad(pl.line).t(", Singapore ").zp(pl.z).t("\n")
    c.t("Main caregiver: ").nm(fnm).t(f" ({relw}), HP ").ph(phone(c)).t("; helper ").nm(fdw.first).t(" (FDW)\n\n")
    c.t("Diagnosis: ").c(c.ch(["left MCA infarct with dysphagia", "advanced dementia, recurrent aspiration pneumonia",
                                "Parkinson's disease with dysphagia"])).t("; ").c("family declined PEG after discussion")
    c.t("\nFeeding plan (dietitian ").nm(stdt).t("): ").c(f"{c.ch(['Ensure Gold', 'Glucerna Triple Care', 'Nutren Optimum'])} "
                                                         f"{c.ch([200, 250])} ml x {c.ch([5, 6])} feeds")
    c.t(" via syringe bolus, ").c(f"{c.ch([1200, 1400, 1500])} kcal, {c.ri(55, 70)} g protein").t("; ")
    c.c("water 100 ml before and after each feed").t("; ").c("sit up 45 degrees for 30 min after feeds").t("\n\n")
    c.t("Training (tick when competent):\n")
    for item in ["hand hygiene and preparation", "check tube mark at nostril before each feed", "pH test of aspirate (1-5.5)",
                 "bolus feeding by gravity", "flush and medication administration", "mouth care",
                 "what to do if tube dislodged / coughing / vomiting"]:
        c.t("  [x] ").c(item).t(" - ").nm(c.ch([fdw.first, fnm])).t("\n")
    c.t("Tube: ").c(f"{c.ch([12, 14])} Fr, mark {c.ri(55, 65)} cm at nostril").t("; ").c("change monthly by home nurse")
    c.t(" - next due ").d(td + timedelta(days=c.ri(20, 30)), c.ch(["dd/mm/yyyy", "dd Mon yyyy"])).t("\n")
    c.t("Supplies: ").c("MediSave / MediFund assistance application made").t("\n")
    c.t("Trained by: ").nm(stn).t(", Senior Staff Nurse   Date: ").d(td, c.ch(["dd/mm/yyyy", "dd Mon yyyy"])).t("\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)], pl)


# ---------------------------------------------------------------------------------------- India (Kerala)
IN_HOSP = orgs("Aster Medcity", "Lakeshore Hospital", "Rajagiri Hospital", "Amrita Institute of Medical Sciences",
               "Jubilee Mission Medical College", "Baby Memorial Hospital")


def in_peg_discharge(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(48, 84)
    hosp = c.ch(IN_HOSP)
    uhid = f"{''.join(w[0] for w in hosp.split()[:2]).upper()}{c.dig(8)}"
    ipno = f"IP/{c.today.year}/{c.dig(6)}"
    pl = place(c)
    by, relw = c.kin(q, age, ["son", "daughter", "spouse"])
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    sur, dtn = c.staff(), c.staff()
    doa = c.dt(-8, -4)
    dod = doa + timedelta(days=c.ri(3, 6))
    pdt = doa + timedelta(days=1)
    w = c.uf(38, 72, 1)
    c.t(f"{hosp} - Department of Surgical Gastroenterology\nDISCHARGE SUMMARY\n\n")
    c.t(f"Name: {'Mr.' if q.sex == 'm' else 'Mrs.'} ").nm(c.ch([q.fl, q.FL])).t(f"   Age/Sex: {age} Y / {q.mf}\n")
    c.t("UHID: ").id(uhid).t("   IP No.: ").id(ipno).t("\n")
    c.t("DOA: ").d(doa, "dd/mm/yyyy").t("   DOD: ").d(dod, "dd/mm/yyyy").t("\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town)
    if pl.extra:
        c.t(", ").ad(pl.extra)
    c.t(" - ").zp(pl.z).t("\nBystander: ").nm(by.fl).t(f" ({relw}), Mob: ").ph(phone(c)).t("\n")
    c.t("Aadhaar (patient): ").id(aad).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["carcinoma buccal mucosa (post chemoradiation) with trismus",
                                "carcinoma oesophagus - palliative", "post-stroke dysphagia (left MCA infarct)"]))
    c.t("\nProcedure: ").c(f"PEG insertion (pull technique, {c.ch([20, 24])} Fr)").t(" on ").d(pdt, c.ch(["dd/mm/yyyy", "dd-mm-yyyy"]))
    c.t("\nCourse: ").c("uneventful").t("; ").c("feeds started after 6 h").t("; ").c(c.ch(["Ryle's tube removed",
                                                                                          "was on Ryle's tube feeds x 3 weeks"]))
    c.t("\nCondition at discharge: ").c(f"vitals stable, PR {c.ri(66, 98)}/min, BP {c.ri(104, 142)}/{c.ri(64, 88)} mmHg")
    c.t(", ").c(f"weight {w} kg").t("\n\nDiet advice (dietitian ").nm(dtn.fl).t("):\n")
    c.t("  ").c(c.ch(["blenderised kanji + milk + egg white 200 ml 2nd hourly x 6", "Ensure 6 scoops in 200 ml water 3 times/day"]))
    c.t("\n  ").c("rice kanji / buttermilk / tender coconut water 100 ml in between").t("\n  ")
    c.c(f"total ~{c.ri(1400, 1800)} kcal, {c.ri(55, 75)} g protein/day").t("; ").c("flush 30 ml water after each feed")
    c.t("\nMedications: ").cl(c.r.sample(["Tab. Pantoprazole 40 mg 1-0-0 (dispersed)", "Syp. Paracetamol 15 ml SOS",
                                          "Syp. Lactulose 15 ml 0-0-1", "Tab. Aspirin 75 mg 0-1-0 (crushed)"], 2))
    c.t("\nReview: ").c("Surgical GE OPD").t(" on ").d(dod + timedelta(days=c.ri(7, 14)), c.ch(["dd/mm/yyyy", "dd-mm-yyyy"]))
    c.t("; ").c("report if leak, fever, pain on feeding").t("\n\nDr. ").nm(sur.fl).t(", MS, MCh (Surgical Gastroenterology)")
    c.t(", TCMC Reg. No. ").id(str(c.ri(21000, 79999))).t("\n")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", aad.replace(" ", "").replace("-", ""))], pl)


# ---------------------------------------------------------------------------------------- Nigeria (Ibadan)
def ng_tpn_fistula(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(18, 70)
    hn = f"{c.dig(6)}" if c.yes(0.5) else f"UCH/{c.dig(3)}/{c.dig(4)}"
    nhia = f"{c.ch(['OYS', 'NHIA'])}/{c.dig(7)}"
    pl = place(c)
    mob = phone(c)
    nok, relw = c.kin(q, age)
    sr, dt = c.staff(), c.staff()
    d0 = c.dt(-3, 0)
    w = c.uf(39, 70, 1)
    out = c.ri(600, 2400)
    nm_ = c.ch([f"{q.last.upper()}, {q.first}", q.fl, q.FL])
    c.t("University College Hospital (UCH) - Department of Surgery\nSURGICAL NUTRITION: PARENTERAL NUTRITION CHART\n\n")
    c.t("Name: ").nm(nm_).t("   Hosp. No.: ").id(hn).t("   NHIA No.: ").id(nhia).t("\n")
    c.t(f"Age: {age} yrs   Sex: {q.mf}   Ward: {c.ch(['West 4', 'East 2', 'Surgical ICU', 'West 1'])}\n")
    c.t("Address: ").ad(pl.line).t(", ").ad(pl.town)
    if pl.extra:
        c.t(", ").ad(pl.extra)
    c.t(", Oyo State\nPhone: ").ph(mob).t("   NOK: ").nm(nok.fl).t(f" ({relw}) ").ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["high-output enterocutaneous fistula after typhoid ileal perforation repair",
                                "anastomotic leak after right hemicolectomy", "ECF after adhesiolysis"])).t("\n")
    c.t("Date started: ").d(d0 - timedelta(days=c.ri(3, 9)), c.ch(["dd/mm/yyyy", "dth Month yyyy"])).t("\n")
    c.t("Weight: ").c(f"{w} kg").t("   Fistula output: ").c(f"{out} ml/24 h").t("   Urine: ").c(f"{c.ri(800, 1800)} ml/24 h").t("\n")
    c.t("Regimen (per 24 h): ").cl([c.ch(["Kabiven 1440 ml", "Aminoven 10% 1000 ml + Intralipid 20% 250 ml + dextrose 10% 1000 ml"]),
                                     f"KCl {c.ri(40, 80)} mmol", f"MgSO4 {c.ch([8, 10, 12])} mmol", "vitamins and trace elements"])
    c.t("\nFeeds by mouth: ").c(c.ch(["nil", "clear fluids only", "elemental diet 500 ml/day"])).t("\n")
    c.t("Skin care: ").c("stoma bag over fistula, zinc oxide to skin").t("\nBloods ").d(d0, c.ch(["dd/mm/yyyy", "dd/mm/yy"]))
    c.t(": ").cl([lab(c, "Na", 126, 141, 0), lab(c, "K", 2.9, 4.6), lab(c, "urea", 2.5, 9.0), lab(c, "creat", 60, 140, 0, "umol/L"),
                  lab(c, "albumin", 18, 32, 0, "g/L"), lab(c, "PCV", 24, 36, 0, "%")]).t("\n")
    c.t("Plan: ").c("continue PN; somatostatin analogue not available - loperamide 4 mg QDS").t("; ")
    c.c("daily weight, strict fluid chart").t("; ").c("relatives counselled on cost of PN (not covered by NHIA)").t("\n\n")
    c.t("Dr ").nm(sr.fl).t(" (Senior Registrar, Surgery)   Dietitian: ").nm(dt.fl).t("\n")
    return _end(c, q, dob, [("hosp", hn), ("nhia", nhia)], pl, [mob])


# ---------------------------------------------------------------------------------------- Jamaica (Manchester, Clarendon)
def jm_ng_teaching(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(62, 98)
    dock = c.dig(6)
    trn = c.dig(9)
    nhf = c.dig(c.ch([8, 9]))
    pl = place(c)
    tel = phone(c, pl.area, mob=False)
    cg, relw = c.kin(q, 90, ["daughter", "son", "niece", "granddaughter"])
    dt, md = c.staff(), c.staff()
    d0 = c.wdt(-3, 0)
    hosp = c.ch(["Mandeville Regional Hospital", "May Pen Hospital", "Black River Hospital"])
    orgs(hosp)
    c.t(f"{hosp} - Nutrition and Dietetics\nDIETITIAN'S NOTE - NASOGASTRIC FEEDING AND DISCHARGE TEACHING\n\n")
    c.t("Patient: ").t("Mr. " if q.sex == "m" else c.ch(["Miss ", "Mrs. "]))
    c.nm(c.ch([q.fl, q.FL])).t("   Docket no.: ").id(dock).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dth Month, yyyy", "dd/mm/yyyy"])).t(" (").age(age).t(" yrs)   TRN: ").id(trn).t("   NHF card: ")
    c.id(nhf).t("\nAddress: ").ad(pl.line).t(", ").ad(pl.town).t(f", {pl.extra}   Tel: ").ph(tel).t("\n")
    c.t("Caregiver: ").nm(cg.fl).t(f" ({relw}), cell ").ph(phone(c)).t("\nDate: ").d(d0, c.ch(["dth Month, yyyy", "dd/mm/yyyy"]))
    c.t("\n\nDx: ").c(c.ch(["right CVA with dysphagia", "hypertension, diabetes, recurrent aspiration", "dementia with poor intake"]))
    c.t("\nWt ").c(f"{c.fl(41, 66)} kg").t(" (").c("estimated from MUAC").t(")   MUAC ").c(f"{c.fl(19, 25)} cm").t("\n")
    c.t("Biochem: ").cl([lab(c, "Na", 131, 146, 0), lab(c, "K", 3.2, 5.0), lab(c, "FBS", 4.8, 11.5),
                         lab(c, "creatinine", 70, 190, 0, "umol/L")]).t("\n")
    c.t("Feeding plan: ").c(c.ch(["Ensure 240 ml 4-hourly x 5 via NGT", "Glucerna 240 ml 4-hourly x 5 via NGT"]))
    c.t(" + ").c("blended cornmeal porridge 240 ml x 1").t(" = ").c(f"~{c.ri(1300, 1700)} kcal").t("; ")
    c.c("water 100 ml after each feed").t("\nTaught caregiver: ").c("check tube position, syringe feeding, positioning, cleaning")
    c.t(" - return demonstration done\nNote: ").c(c.ch(["family to buy the feed - NHF does not cover", ("JADEP/NHF card for "
                                                                                                        "diabetes meds")]))
    c.t("\nFollow up: ").c("Dietitian clinic").t(" ").d(d0 + timedelta(days=c.ri(14, 28)), c.ch(["dth Month, yyyy", "dd/mm/yyyy"]))
    c.t("; ").c("NGT change in 4 weeks at health centre").t("\n\n").nm(dt.fl).t(", Registered Dietitian   cc Dr. ").nm(md.fi)
    c.t("\n")
    return _end(c, q, dob, [("docket", dock), ("trn", trn), ("nhf", nhf)], pl, [tel])


# ---------------------------------------------------------------------------------------- Malaysia (Penang, Kedah)
MY_HOSP = orgs("Hospital Pulau Pinang", "Hospital Seberang Jaya", "Hospital Sultanah Bahiyah", "Hospital Bukit Mertajam")


def my_refeeding(c: C) -> Note:
    q = c.pat()
    dob, age = c.born(40, 97)
    pc = c.ch(["07", "35", "02", "25"])
    ic = mykad(c.r, dob, q.sex, pc)
    rn = f"RN{c.dig(7)}"
    pl = place(c)
    mob = phone(c)
    nok, relw = c.kin(q, age, ["son", "daughter", "spouse"])
    rw = {"son": "anak lelaki", "daughter": "anak perempuan", "wife": "isteri", "husband": "suami"}[relw]
    dt = c.staff()
    d0 = c.wdt(-2, 0)
    h = c.uf(1.45, 1.75, 2)
    usual, now, loss = wt_hist(c, h, 14.0, 18.0, 8, 20)
    b = bmi(now, h)
    nm_ = {"myc": c.ch([q.cne, q.CN]), "mym": q.malay(), "myi": q.tamil()}[q.grp]
    nkn = {"myc": nok.cne, "mym": nok.malay(), "myi": nok.tamil()}[nok.grp]
    dnm = {"myc": dt.cne, "mym": dt.malay(), "myi": dt.tamil()}[dt.grp]
    c.t(f"{c.ch(MY_HOSP)} - Jabatan Dietetik / Dietetics Department\nPENILAIAN DIETETIK / DIETETIC ASSESSMENT\n\n")
    c.t("Nama / Name: ").nm(nm_).t("\nNo. K/P / MyKad: ").id(ic).t("   RN: ").id(rn).t("\n")
    c.t("Umur / Age: ").age(age).t("   Tarikh / Date: ").d(d0, c.ch(["dd/mm/yyyy", "dd.mm.yyyy"])).t("\n")
    c.t("Alamat / Address: ").ad(pl.line).t(", ").zp(pl.z).t(" ").ad(pl.town).t(f", {pl.extra}\n")
    c.t("Tel: ").ph(mob).t("   Waris / NOK: ").nm(nkn).t(f" ({rw}) ").ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["pulmonary TB with severe wasting", "carcinoma stomach, gastric outlet obstruction",
                                "chronic alcohol use with pancreatitis", "elderly with poor oral intake, depression"])).t("\n")
    c.t("Antropometri: ").c(f"BB {now} kg").t(", ").c(f"TB {h * 100:.0f} cm").t(", ").c(f"BMI {b:.1f} kg/m2").t(", ")
    c.c(f"BB biasa / usual {usual} kg (-{loss}%)").t("\nBiokimia: ").cl([lab(c, "K", 2.8, 4.0), lab(c, "PO4", 0.45, 0.95, 2),
                                                                          lab(c, "Mg", 0.5, 0.8, 2), lab(c, "Alb", 18, 30, 0, "g/L")])
    c.t("\nPengambilan / Intake: ").c(f"< 25% keperluan x {c.ri(7, 21)} hari").t("\n")
    c.t("Risiko refeeding / refeeding risk: ").c("TINGGI / HIGH").t(" (").c("NICE criteria").t(")\n\n")
    c.t("Pelan / Plan:\n1. ").c(f"Start {int(now * 10)} kcal/day (10 kcal/kg)").t(" - ").c(c.ch(["Peptamen", "Ensure Gold", "Glucerna"]))
    c.t(" via ").c(c.ch(["RT (Ryle's tube)", "NGT"])).t(", ").c(f"{c.ch([50, 60, 80])} ml 3-hourly").t("\n2. ")
    c.c("IV thiamine 200 mg OD x 3 days").t(" before feeding\n3. ").c("Monitor RP, Mg, PO4 daily x 3").t("; ")
    c.c("correct K/PO4/Mg per protocol").t("\n4. ").c("Increase by 10 kcal/kg every 2 days to 30 kcal/kg").t("\n\n")
    c.t("Pegawai Dietetik / Dietitian: ").nm(dnm).t("\n")
    return _end(c, q, dob, [("mykad", ic.replace("-", "")), ("rn", rn)], pl, [mob])


# ---------------------------------------------------------------------------------------- Kenya (Kisumu, western Kenya)
def ke_sam_child(c: C) -> Note:
    q = c.pat()
    dob = c.today - timedelta(days=c.ri(200, 1400))
    mos = (c.today - dob).days // 30
    ipn = f"IP-{c.dig(6)}/{c.today.year % 100}"
    mum = c.person(q.grp, "f")
    nid = c.dig(8)
    sha = f"CR{c.dig(10)}"
    pl = place(c)
    mob = phone(c)
    co, nut = c.staff(), c.staff()
    d0 = c.dt(-4, -1)
    ln_cm = round(60 + mos * 0.8 + c.uf(-3, 2), 1)
    wt = round((ln_cm / 100) ** 2 * c.uf(11.0, 12.4), 1)
    f75 = round(wt * 130 / 8 / 5.0) * 5
    c.t("Jaramogi Oginga Odinga Teaching and Referral Hospital - Paediatric Ward\nSEVERE ACUTE MALNUTRITION - ADMISSION AND FEEDING CHART\n\n")
    c.t("Child: ").nm(c.ch([q.fmnl, q.fmnl.upper()])).t(f"   Age: {mos} months   Sex: {q.mf}\n")
    c.t("IP No.: ").id(ipn).t("   DOB: ").d(dob, c.ch(["dd/mm/yyyy", "dd-mm-yyyy"])).t("\n")
    c.t("Mother / caregiver: ").nm(c.ch([mum.fmnl, mum.fl])).t("   ID No.: ").id(nid).t("   SHA No.: ").id(sha).t("\n")
    c.t("Residence: ").ad(pl.town).t(", ").ad(pl.line).t("-").zp(pl.z).t(" ").ad(pl.extra or pl.town)
    c.t("   Tel: ").ph(mob).t("\n")
    c.t("Admitted: ").d(d0, c.ch(["dd/mm/yyyy", "dd-mm-yyyy"])).t("\n\n")
    c.t("Anthropometry: ").c(f"wt {wt} kg").t(", ").c(f"length {ln_cm} cm").t(", ").c(f"MUAC {c.fl(9.4, 11.4)} cm")
    c.t(", ").c(f"WHZ {c.ch(['< -3', '-3'])}").t(", ").c(c.ch(["no oedema", "bilateral pitting oedema +", "oedema ++"])).t("\n")
    c.t("Appetite test: ").c("failed").t("; ").c(c.ch(["HIV non-reactive", "HIV exposed, DNA PCR sent", "HIV reactive, on ART"]))
    c.t("; ").c(f"Hb {c.fl(6.5, 10.5)} g/dL").t("; ").c(f"RBS {c.fl(2.8, 6.5)} mmol/L").t("\n")
    c.t("Stabilisation: ").c(f"F-75 {f75} ml 3-hourly (8 feeds)").t(" = ").c("130 ml/kg/day").t(" via ").c("NGT 8 Fr")
    c.t(" - ").c("poor intake by cup").t("\n")
    c.t("Also: ").cl(["amoxicillin 40 mg/kg BD x 5 days", "vitamin A on day 1", "folic acid 5 mg stat",
                      "ReSoMal only if diarrhoea"]).t("\n\nFeeding chart day 1: ")
    for i in range(4):
        if i:
            c.t(", ")
        c.c(f"{6 + i * 3:02d}:00 {f75 - c.ch([0, 0, 10, 20])} ml")
    c.t("\nTransition to ").c("F-100 / RUTF").t(" when appetite returns and oedema resolving\n\n")
    c.t("Clinical officer: ").nm(co.fmnl).t("   Nutritionist: ").nm(nut.fl).t(" (KNDI ").id(f"{c.ri(1000, 9999)}").t(")\n")
    return _end(c, q, dob, [("ip", ipn)], pl)


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "nutrition support team inpatient referral and first review", en_nst_referral),
    ("en", "refeeding syndrome risk assessment and monitoring chart", en_refeeding_chart),
    ("en", "NG tube insertion and pH confirmation record", en_ng_record),
    ("en", "PEG insertion endoscopy report", en_peg_report),
    ("en", "home enteral nutrition homecare registration", en_homecare_reg),
    ("en", "lower-case dietetics weekend handover", en_handover_lower),
    ("en", "intestinal failure MDT outcome", en_if_mdt),
    ("en", "HPN central venous catheter care and infection log", en_hpn_line_log),
    ("en", "enteral feed pump loan agreement", en_pump_loan),
    ("sc", "community dietetic domiciliary review with MUST and weights", sc_dietitian_review),
    ("sc", "HPN clinic letter to the GP (Glasgow Royal Infirmary)", sc_hpn_letter),
    ("sc", "care home referral for oral nutritional supplements", sc_carehome_ons),
    ("cy", "home enteral feeding team visit (bilingual headings)", cy_hef_visit),
    ("cy", "Powys dietetic telephone review", cy_phone_review),
    ("ni", "nutrition support refeeding ward round", ni_ward_round),
    ("ni", "nasal bridle insertion record", ni_bridle),
    ("us", "inpatient nutrition support consult (ADIME)", us_nutrition_consult),
    ("us", "home parenteral nutrition prescription (home infusion)", us_home_tpn_rx),
    ("us", "Medicare standard written order for enteral nutrition", us_dme_order),
    ("us", "lower-case home infusion RN visit note", us_infusion_rn_lower),
    ("us", "intestinal rehabilitation clinic note (teduglutide)", us_intestinal_rehab),
    ("us", "patient portal message thread (home enteral program)", us_portal),
    ("us", "home health agency referral and intake (SSN, MBI)", us_hh_intake),
    ("us", "pediatric G-tube clinic note", us_peds_gtube),
    ("au", "home enteral nutrition program enrolment and consent", au_hen_enrol),
    ("au", "inpatient nutrition assessment (MST, SGA)", au_ward_sga),
    ("au", "HPN clinic letter to the GP (intestinal failure unit)", au_hpn_letter),
    ("au", "NG tube insertion and placement verification checklist", au_ng_checklist),
    ("mb", "Manitoba home enteral nutrition program referral", mb_hen_referral),
    ("on", "home parenteral nutrition clinic note (London, Ontario)", on_hpn_clinic),
    ("on", "Assistive Devices Program enteral feeding supplies application", on_adp_enteral),
    ("qc", "clinical nutrition refeeding consultation (Montreal)", qc_refeeding_consult),
    ("ie", "neurology referral for gastrostomy (Limerick)", ie_peg_referral),
    ("ie", "lower-case community dietitian SMS log", ie_sms_lower),
    ("ie", "referral to the national intestinal failure service (Waterford)", ie_if_referral),
    ("nz", "home enteral nutrition programme agreement and pump loan", nz_hen_agreement),
    ("nz", "lower-case community dietitian phone and text log", nz_text_lower),
    ("nz", "PHARMAC Special Authority application for oral feed", nz_pharmac_sa),
    ("za", "parenteral nutrition request (Free State)", za_pn_request),
    ("sg", "NG tube feeding caregiver training record", sg_ngt_training),
    ("in", "PEG discharge summary (Kerala)", in_peg_discharge),
    ("ng", "parenteral nutrition chart for enterocutaneous fistula (Ibadan)", ng_tpn_fistula),
    ("jm", "dietitian's NG feeding and discharge teaching note", jm_ng_teaching),
    ("my", "bilingual dietetic assessment with refeeding plan (Penang / Kedah)", my_refeeding),
    ("ke", "severe acute malnutrition admission and F-75 feeding chart (Kisumu)", ke_sam_child),
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
            note = fn(C(107_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
