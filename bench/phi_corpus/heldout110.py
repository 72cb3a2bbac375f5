"""HELD-OUT v110 PHI corpus: written independently, before any round-110 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout105 / heldout106 / heldout107 were read, to follow their labelling
conventions and to avoid their templates and phrasing, with heldout99's top docstring for the layout
of this one, plus the code below heldout98's docstring for its mechanics only (its imports, the
``C`` helper class idea, ``_clean``, ``_one``, ``generate``, the shape of ``TEMPLATES``, the ``P``
class, the date-format helper ``fmt``, ``_fhir``, the identifier check-digit helpers and the
``place`` / ``phone`` helpers; its ``BAD_INITS`` set and the opening of its word list, its region /
staff group tables, the first rows of its ``TEMPLATES`` list and a listing of its definitions were
seen on the way and not reused, and its name groups, word lists, place and phone tables and template
texts were not reused); ``_clean`` is copied from it verbatim, and this file's ``P`` / ``C``
classes, ``fmt``, ``place``, ``phone``, ``_fhir``, ``_one``, ``generate`` and the NHS, H&C, CHI,
NPI, SSN, AU Medicare, OHIP, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers follow those
mechanics, written afresh (the check-digit routines are the published algorithms); the name groups,
the word-like name lists, the word-like, eponym, dressing and brand list, the two-letter-initials
set, places, streets, phone formats, document types, clinical content and templates are this file's
own, as are the clinical helpers (ABPIs and TBPIs computed from each note's own brachial, ankle and
toe pressures, limb volumes by the truncated-cone formula from circumferences every 4 cm with excess
volume in ml and %, flat-knit garment measurements taken from the affected limb, one drug per class
in a medication list, bloods and infection grades kept consistent) and the Medicare Beneficiary
Identifier (its letter rules), the AU Medicare provider number (its check letter), the Hong Kong
identity card (its check digit) and the NMC PIN, HCPC (CH / PO), GMC, AHPRA, UMRN, DVA file,
Centrelink CRN, Saskatchewan HSN, treaty status, NS health card, CNO, COCPO, GMS card, IMC, NMBI,
HPI CPN, HPCSA, TNMC, CMCHIS, NIN, NHIA, TRN, NHF, MyKad (place-of-birth code, sex digit), MMC, HA
HN, SNB and PhilHealth forms (format only where no check digit is published); no Faker; the other
held-out corpora being written at the same time were not read; ruff check (not ruff format; its
--fix only for unused unpacked names, placeholder-less f-strings, ``str.split`` of literals,
extraneous parentheses, ``int(round())`` and implicit string concatenations in lists) was run on
this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). Like v14-v107 it
aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI density; it
is modelled on PODIATRY, DIABETIC FOOT AND LYMPHOEDEMA CLINICS (foot ulcer reviews, offloading and
orthotics, nail surgery, toe amputation follow-up, lymphoedema measurements, compression garment
orders, district-nurse dressing handovers): multidisciplinary foot clinic letters, annual foot risk
screening records (NICE NG19, SCI-Diabetes, NZSSD, HA risk stratification), nail surgery consent,
procedure and discharge records, vascular / podiatry follow-up after toe amputation, podiatric
operative reports, total contact cast and HBOT logs, active Charcot clinic notes, urgent referrals
to foot teams (GP, Aboriginal medical service, Klinik Kesihatan), wound care center, ward, OPD, APN
and HITH wound notes, lymphoedema assessments and letters with limb volumes, made-to-measure garment
orders and subsidy applications, a pneumatic compression device letter of medical necessity,
Medicare therapeutic shoe certification, orthotic and bespoke footwear referrals and prescriptions,
home health and community nursing referrals, a CDM report, a patient portal thread, and lower-case
district nurse handovers, dictation, a whānau text log and a Taglish chat - in England (8, the East
Midlands and Lincolnshire: Nottingham, Mansfield, Derby, Chesterfield, Leicester, Loughborough,
Lincoln, Boston, Skegness, Grantham and the market towns), Scotland (3, Forth Valley and Perth and
Kinross: Stirling, Falkirk, Alloa, Perth, Crieff, Pitlochry, Blairgowrie, Kinross), Wales (2, north
Wales: Wrexham, Bangor, Rhyl, Llandudno, Caernarfon, Holyhead, Mold, Pwllheli), Northern Ireland (2,
the Northern Trust: Antrim, Ballymena, Larne, Carrickfergus, Newtownabbey, Coleraine, Magherafelt,
Cookstown), the United States (8, Louisiana and Mississippi: New Orleans, Metairie, Baton Rouge,
Lafayette, Lake Charles, Houma, Shreveport, Jackson, Hattiesburg, Gulfport, Biloxi, Tupelo),
Australia (4, Western Australia: Perth's suburbs, Bunbury, Geraldton, Kalgoorlie, Broome, Albany,
Port Hedland), Canada (4: Saskatchewan 1 - Regina, Saskatoon, Prince Albert, La Ronge -, Nova Scotia
1 - Halifax, Dartmouth, Sydney, Truro, Eskasoni -, Hamilton and Niagara 2), Ireland (3, the West and
North-West: Galway, Mayo, Sligo, Donegal, Leitrim, Roscommon), New Zealand (3, Waikato, Bay of
Plenty and Northland), South Africa (1, Soweto and Johannesburg), Singapore (1), India (1, Chennai),
Nigeria (1, Lagos), Jamaica (1, Montego Bay and the west), Malaysia (1, the Klang Valley), Hong Kong
(1) and the Philippines (1, Metro Manila).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: multidisciplinary diabetic foot clinic letter to the GP ("Clinic:" "dd/mm/yyyy" or "d Month
yyyy", "Typed:" "dd/mm/yyyy" or "dd/mm/yy", "Dr F. Last" with the practice and its town, "Dear Dr
Last", "Re: First LAST" or "First Last", DOB, NHS number spaced, plain or dashed, a J / K / M
hospital number, street, town and postcode, numbered diagnoses, "Mr / Mrs / Ms Last", the ulcer with
its previous size on a "d Mon" date, SINBAD, UT grade, monofilament, Doppler, toe pressure and TBPI,
bloods, plan and "d Month yyyy" or "dd/mm/yyyy" review, "Dr First Last FRCP / MRCP" with a GMC
number, an advanced podiatrist by full name with an HCPC CH number, "cc: Mrs Last"); 1. en:
community podiatry annual diabetic foot risk assessment ("First Last", "LAST, First" or "First
LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB with the age in brackets labelled only when >= 90, NHS
number, address, mobile or landline, "Month yyyy" or "dd/mm/yyyy" last assessment, ABPIs, a NICE
NG19 risk category computed from the findings, "F. Last, Podiatrist" with an HCPC number); 2. en:
nail surgery record ("First LAST", plain NHS number, mobile, "dd/mm/yyyy" or "d Month yyyy"
procedure, ring block with the time outside, PNA with 89% phenol, "dd/mm/yyyy" or "d Mon"
redressing, the clinic landline, the operator by full name with HCPC, the assistant as "F. Last");
3. en: joint vascular / podiatry clinic after toe amputation ("LAST, First" or "LAST, FIRST", an RK5
/ RX1 / RWD hospital number, spaced NHS number, "F. Last (ST5)" for "F. Last", "dd/mm/yyyy" or "d
Mon" amputation, histology, microbiology, antibiotic day, PMH, allergies, medication, social, the
registrar's 4-digit bleep as PHONE); 4. en: lower-case district nursing handover for three or four
patients (the team, "dd/mm" or "d/m" date, lower-case full names, "(nn)" labelled only when >= 90 -
the patients are 60-98 -, lower-case street line and town, wounds, wraps and obs, a relative by
lower-case first name with the relationship outside and a mobile, nurses' first names, "gp (dr
last)", next visit "d/m"); 5. en: lymphoedema initial assessment ("First LAST", DOB, NHS number,
address, phone, "Dr First Last, <town>" GP, "d Month yyyy" assessment by a CNS, "Month yyyy" or "Mon
yyyy" onset, a circumference table every 4 cm, volumes, excess ml and %, LYMQOL, penicillin V
prophylaxis, "dd/mm/yyyy" or "d Month" review); 6. en: made-to-measure compression garment order
(supplier order reference as ID, "First Last" or "LAST, First", plain NHS number, "dd/mm/yyyy" or
"dd Mon yyyy" DOB, delivery address, contact phone, cB / cB1 / cC / cD or arm cC / cD / cE / cG
measurements, contraindications, a tokenised order-tracking URL, the practitioner's nhs.net e-mail);
7. en: referral to orthotics for bespoke footwear ("Surname:" in capitals and "Forename:", two NAME
spans, dashed NHS number, hospital number, mobile, in-shoe plantar pressure, PMH, the referrer with
HCPC CH and e-mail, a "dd/mm/yyyy" appointment with the time outside and an orthotist "F. Last" with
HCPC PO); 8. sc: SCI-Diabetes foot screening record (CHI plain, 6-4 or dashed, "LAST, First" or
"LAST, FIRST", "dd-Mon-yyyy" DOB, screening and previous dates, the GP practice's town as ADDRESS, a
RIGHT / LEFT table, risk score and an action tied to it, "Mon yyyy" or "Month yyyy" next due, "F
Last" podiatrist); 9. sc: Perth and Kinross lymphoedema letter to the GP after cellulitis ("dth
Month yyyy", "Dr F Last" and the practice town, "Re: Mrs First Last (d.o.b. dd/mm/yyyy) CHI", the
first name in prose, "d Month" admission, limb volumes, BLS prophylaxis, the spouse or a child by
first name, a lymphoedema nurse with an NMC PIN, the team landline); 10. sc: total contact cast
record ("First LAST", CHI, "dd.mm.yy" DOB, a mobile for cast problems, pre-cast checks, weekly rows
"dd/mm/yy" with ulcer size, skin check, staff initials unlabelled and "dd/mm" next, a final "healed"
row when the ulcer closes, "dd/mm/yyyy" or "d Month yyyy" appointment with the time outside, two
podiatrists by full name); 11. cy: bilingual nail surgery discharge letter to the patient (Betsi
Cadwaladr header with the clinic landline, the address block on separate lines, "Dyddiad / Date: d
Month yyyy", "Rhif GIG / NHS number", "Annwyl <First>" for Welsh-speaking families or "Dear
<First>", "d Month yyyy" or "dth Month yyyy" surgery, "d Month" check, a Welsh-language offer, "Yn
gywir / Yours sincerely"); 12. cy: MDT foot clinic note on active Charcot foot ("First LAST", NHS
number, a D / H / W unit number, "Dr F. Last", "Mr / Miss Last", a podiatrist by full name, "Month
yyyy" or "d Mon" onset, "dd/mm/yyyy" MRI, the spouse by first name, a skin temperature table with
differences, Eichenholtz stage, "dd/mm/yyyy" next clinic); 13. ni: urgent GP referral to the
Northern Trust foot team ("First Last" or "First LAST", H&C spaced or plain, "dd/mm/yyyy" or
"dd.mm.yyyy" DOB, BT postcode, 028 or mobile, "Dr First Last, <town> <practice>", IWGDF / IDSA grade
with bloods to match, WIfI, PMH, social, triage by "F. Last" with its date); 14. ni: community
nursing leg ulcer / lymphoedema assessment ("LAST, First (Mrs)" with the title outside, spaced H&C,
"dd.mm.yy" DOB with "(age nn)" labelled only when >= 90, landline, the NOK by full name with the
relationship and a mobile, Doppler pressures and ABPIs per side, compression chosen by ABPI, "Sr
First Last" with an NMC PIN); 15. us: wound care center progress note ("LAST, FIRST M", "Last, First
M" or "LAST, FIRST", MRN, "mm/dd/yyyy" DOB and DOS, payer, "First M. Last, DPM" with NPI, age under
90 unlabelled, vitals in F, "m/d" labs and three "m/d" prior measurements, Wagner grade, CPT 11042,
ICD-10-CM codes, e-signature with the time outside); 16. us: Medicare therapeutic shoe certifying
statement ("First M. Last", "First Last" or "First Middle Last", MBI plain or dashed, "mm/dd/yyyy"
or "mm-dd-yyyy" DOB, street, town, the state unlabelled, ZIP or ZIP+4, checklist with at least one
box ticked, last visit and signature dates, the MD and DPM with NPIs, A5500 / A5512); 17. us:
podiatric operative report for a toe or ray amputation ("LAST, FIRST" or "LAST, FIRST M", MRN,
"mm/dd/yyyy", the osteomyelitis site matching the procedure, "First M. Last, DPM, FACFAS", a PGY-2
resident and a CRNA by full name, ICD-10-CM, CPT, tourniquet, EBL, specimens, "m/d" follow-up,
"mm/dd/yy" dictated / transcribed stamps with the times outside); 18. us: letter of medical
necessity for a pneumatic compression device ("Month d, yyyy" or "Mon d, yyyy", the insurer, "RE:
First Last" or "First Middle Last", member ID, group number unlabelled, address with ZIP, "Mrs. /
Ms. / Mr. Last", a 4-week trial since "mm/dd/yyyy", volumes, E0651 / E0652 / E0667 / E0668, "First
M. Last, MD" with NPI, phone and fax); 19. us: home health skilled nursing visit with NPWT ("First
Last", "Age:" labelled only when >= 90 - patients 68-97 -, "m/d/yyyy" DOB, an SSN dashed or spaced
as SSN, a Medicaid ID, address, home phone, the son or daughter as caregiver with phone, "m/d/yyyy"
SOC and visit with the times outside, OASIS, NPWT settings, "m/d" next visit, "First Last, RN"); 20.
us: lower-case speech-recognition podiatry dictation ("dr last", the patient's lower-case full name,
"m/d/yyyy" or "mm/dd/yyyy" DOB, MRN, "m/d/yyyy" or "Month d" date of service, the spouse or a child
by lower-case first name, "period", "comma", "new paragraph", "the pcp dr first last", a "mm/dd/yy"
transcription stamp); 21. us: patient portal thread after nail surgery ("First Last", MRN, DOB, the
personal e-mail on file, "Sent: m/d/yyyy h:mm AM" with "(web, IP n.n.n.n)", "Dr. Last", a tokenised
photo link as URL, the first-name sign-off, the LPN's replies "Hi First" with the clinic phone, an
"m/d" appointment); 22. us: hyperbaric oxygen therapy treatment log ("LAST, FIRST", MRN, MBI, DOB,
Wagner grade, TcPO2, "First M. Last, MD, UHM", a table of "m/d" sessions with glucose, BP, ear grade
and the CHT's initials unlabelled, "First Last, CHT"); 23. au: High Risk Foot Service referral from
an Aboriginal medical service ("dd/mm/yyyy" or "d/m/yyyy", "First LAST" or "LAST, First", "d/m/yyyy"
DOB, Medicare 4-5-1 spaced, plain or dashed with the IRN unlabelled, UMRN, address with "WA"
unlabelled and the postcode, mobile, the escort with the relationship, CTG scripts, "dd/mm/yyyy"
X-ray, an Aboriginal Health Worker by full name with a landline, "Dr First Last" with AHPRA MED and
a Medicare provider number); 24. au: podiatry chronic disease management report to the GP (the
practice suburb as ADDRESS and its landline, "dd Mon yyyy", "Dr F. Last, <suburb> Medical Centre",
"Re: First Last, DOB, Medicare (IRN)", an optional DVA Gold Card file number, items 721 / 723 /
10962, "d Mon" and "d Mon yyyy" sessions, "Month yyyy", AHPRA POD and provider numbers); 25. au:
Community Aids and Equipment Program compression garment application ("Submitted online dd/mm/yyyy
hh:mm from <IP>", the reference as ID, "First Last", DOB, Medicare with the IRN unlabelled, a
Centrelink CRN, address, phone, personal e-mail, "Mon yyyy" onset, garments with measurements, the
therapist with an ALA NLPR number and AHPRA PHY / OCC / NMW, a tokenised upload URL); 26. au:
Hospital in the Home wound and IV antibiotic chart ("LAST, First", UMRN, DOB, address, the NOK with
the relationship and a mobile, "Dr F. Last", "dd/mm/yyyy" MRI and antibiotic start, weekly rows
"dd/mm/yy" with nurses' initials unlabelled, PICC care, "dd/mm" next bloods); 27. sk: Saskatchewan
diabetic foot clinic note (Cree or prairie patients, "First LAST" or "LAST, First", ISO or "Mon d,
yyyy" DOB, the Saskatchewan HSN, a treaty status number (NIHB) for First Nations patients, "SK"
unlabelled, postal code, cells for the patient and the escort son or daughter by full name, ISO
visit date, SOAP, "Mon d, yyyy" return, an endocrinologist and a podiatrist by full name with an
SAPM number); 28. ns: Nova Scotia lymphedema therapy intake ("First Last" or "LAST, First", ISO DOB,
NS health card 4-3-3, "NS" unlabelled, postal code, phone, personal e-mail, "Dr. First Last", a
Medavie Blue Cross member ID, a Zoom visit URL on "Mon d, yyyy", perometer volumes, ISO follow-up,
"First Last, PT, CLT" with an NSCP number); 29. on: chiropody biomechanical assessment and custom
orthotic prescription ("First LAST", "yyyy/mm/dd" or ISO DOB, OHIP (Luhn) dashed, spaced or plain
with the version code inside, "ON" unlabelled, postal code, an insurer certificate number, "Dr.
First Last, <town>", "Mon d, yyyy", a chiropodist with a COCPO number); 30. on: Ontario Health
atHome referral for wound and compression ("LAST, First" or "LAST, FIRST", "yyyy/mm/dd" DOB with the
age labelled only when >= 90, health card, the substitute decision-maker with the relationship and
phone, ISO referral date, ABPIs, "First Last, NP-PHC" with a CNO number, phone and fax); 31. ie:
diabetic foot clinic letter to the GP ("dth Month yyyy" or "d Month yyyy", "Dr F. Last" with the
practice town and the county unlabelled, "Re: First Last" or "First LAST", "dd/mm/yyyy" or
"dd.mm.yyyy" DOB, MRN, PPSN old or new form as SSN, address with the county unlabelled and the
Eircode, "dth Month" clinic, "Month yyyy" or "d Month" onset, a GMS card number as ID, "Dr First
Last, FRCPI" with an IMC number, "cc" the senior podiatrist); 32. ie: community podiatry nail
surgery consent and procedure record ("First Last" or "LAST, First", PPSN as SSN, GMS number,
Eircode, mobile, a parent or guardian by full name for children, "dd/mm/yyyy", "d Month" redressing
with the time outside, the clinic landline); 33. ie: lymphoedema service letter after breast cancer
("dth Month yyyy", "Dr First Last, <town>", "Re: First Last (DOB dd/mm/yyyy), MRN", Eircode, the
first name in prose, "dth Month" attendance, perometer, L-Dex, the husband by first name, a
preferred clinic town as ADDRESS, "Is mise le meas", a CNS with an NMBI PIN); 34. nz: Waikato
high-risk foot clinic podiatry assessment (Māori, Pākehā and Pacific families, "First LAST" or
"First Last", NHI old or 2022 form, "d/m/yyyy" or "dd/mm/yyyy" DOB, postcode, mobile, "Dr F. Last,
<town>", whānau support by first name, ABPIs and TBPIs, NZSSD risk, a podiatrist with an HPI CPN);
35. nz: lower-case district nursing text log with the whānau (the client's lower-case full name and
NHI, "(nnyo)" labelled only when >= 90 - clients 78-98 -, lower-case street and town, a son or
daughter by lower-case first name with a mobile, exported "d/m/yy, h:mm am - name:" or "dd/mm/yy,
..." stamps with the date labelled and the time outside, "nan" / "koro", a "d/m" visit note and next
visit); 36. nz: Northland lymphoedema therapist letter to the GP ("d Month yyyy", "Dr First Last,
<town> Medical Centre", "Tēnā koe Dr Last", "Re: First LAST, NHI, DOB", a Northland postcode, "d
Month" assessment, a garment funding request "dd/mm/yyyy" at a time outside from an IP address, "Ngā
mihi", an HPI CPN, an (09) landline); 37. za: Soweto diabetic foot ward referral and consent note
("Surname:" in capitals and "First names:", two NAME spans, SA ID (Luhn) plain or spaced, hospital
number, "dd/mm/yyyy" or "d Month yyyy" DOB, street or stand, township and "Soweto" / "Johannesburg"
/ "Ekurhuleni" as separate ADDRESS spans, postcode, cells, the NOK with the relationship,
"dd/mm/yyyy" admission and operation, "Sr First Last" interpreting, "Dr F. Last (Registrar,
Surgery)" with an HPCSA MP number, "Dr Last (Consultant)"); 38. sg: advanced practice nurse diabetic
foot wound review (Chinese "LIM WEI MING", "LIM Wei Ming" or with an English name first, Malay
"First bin / binte Father", Tamil "First s/o / d/o Father", each one NAME span; NRIC whole or masked
"S****nnnX" as ID, a case number with the hospital's initials, "dd Mon yyyy" DOB and dates, "Age:"
labelled only when >= 90, "Blk nnn <town> Street nn, #nn-nnn", "Singapore" unlabelled, postal code,
HP, the NOK in the family's form, the caregiver, an APN with an SNB number); 39. in: Chennai
diabetic foot OPD case sheet (Tamil names with the father's or husband's initial - "R. Saravanan",
"Saravanan R", capitals -, "Age/Sex" unlabelled, UHID, Aadhaar (Verhoeff) spaced, dashed or plain or
masked "XXXX XXXX nnnn", a CMCHIS card number, "Old No. / New No." or flat line, the locality and
"Chennai" as separate ADDRESS spans, PIN after " - ", mobile, the attender by initial form,
"dd-mm-yyyy" or "dd/mm/yyyy", biothesiometry, mg/dl investigations, "1-0-1" dosing, MCR footwear, a
TNMC registration); 40. ng: Lagos diabetes foot clinic record (Yoruba or Igbo names as "SURNAME,
First", "FIRST LAST" or "First Last", hospital number, NIN, NHIA number, age unlabelled, street
line, area and "Lagos" as separate ADDRESS spans, phones, the NOK with the relationship,
"dd/mm/yyyy" or "dth Month yyyy", PCV, culture, "TCA" date, "Dr First Last (Senior Registrar) for
Prof. F. Last"); 41. jm: western Jamaica diabetic foot / amputee clinic ("Mr. / Mrs. / Ms." outside
"FIRST LAST" or "First Last", docket, "dth Month, yyyy" or "dd/mm/yyyy" DOB with "(nn yrs)" labelled
only when >= 90, TRN dashed, NHF card number, street or lot line and town with the parish
unlabelled, "(876)" and "1-876" phones, the NOK son or daughter, JADEP / NHF medication, "Dr First
Last (DM Surgery resident) / Mr F. Last"); 42. my: bilingual referral from a Klinik Kesihatan to a
hospital diabetic foot clinic ("Nama / Name" Malay "First bin / binti Father", Indian "First a/l /
a/p Father" or Chinese surname first, one NAME span; MyKad with a place-of-birth code and sex digit,
RN number, "Umur / Age" labelled only when >= 90, the street or taman line, the postcode before the
town, the state unlabelled, "Waris / NOK" with "(anak lelaki / perempuan)" outside, "dd/mm/yyyy" or
"dd.mm.yyyy", "Dr <name>, Pegawai Perubatan" with an MMC number); 43. hk: Hospital Authority
podiatry diabetic foot assessment ("CHAN Kwok Keung", "CHAN KWOK KEUNG" or "Chan Kwok-keung",
"Sex/Age: M/nn" with the age labelled only when >= 90, HKID with its check digit, an HN number,
"dd-Mon-yyyy" or "dd/mm/yyyy", "Room nnnn, nn/F, Block n, <estate>", the district as ADDRESS and
"N.T." / "Kowloon" unlabelled, the son or daughter by English name and surname, a Filipino domestic
helper by full name then first name, "Mr / Ms" outside the podiatrist's name); 44. ph: lower-case
Taglish home wound care chat (the daughter and the nurse by first name, "lola / lolo" and the
patient's lower-case full name with "nn y/o" labelled only when >= 90, "m/d" or "Mon d" dates, one
form per chat, a street or "blk n lot n, phase n" line and "brgy. <barangay>, <city>" as two ADDRESS
spans, ZIP, PhilHealth PIN as ID, mobile, "as per dr <last>").

Names: curated groups per region, a person's first name and surname from one group (East Midlands
English, Leicester Gujarati and Punjabi, British Caribbean, Polish and Lithuanian in Lincolnshire;
Forth Valley and Perthshire Scots, Scottish Pakistani, Gaelic (Mac -> Nic for women); north Wales
Welsh and English; Ulster Irish and Ulster-Scots; Cajun / Creole Louisiana, African American, white
Mississippian, Vietnamese Gulf coast and Honduran; West Australian Anglo, Noongar / Yamatji and
Italian; Saskatchewan Ukrainian / Mennonite and Cree; Nova Scotian Gaelic / Acadian and Mi'kmaq;
Hamilton Anglo, Italian, Portuguese and Croatian; western Irish with fadas (Ó -> Ní and Mac -> Nic
with lenition for women) and Brazilian in Gort; Pākehā, Māori, Tongan and Samoan; Zulu / Sotho and
South African Indian; Singapore Chinese, Malay and Tamil; Tamil Nadu (initial of the father's or
husband's name); Yoruba and Igbo; Jamaican; Malaysian Chinese, Malay and Indian; Hong Kong Cantonese
with an optional English name; Filipino with the mother's surname as a middle name); relatives share
the family's group (blood relatives and most spouses the surname; Chinese wives and the children of
a Chinese mother do not, a Malay, Tamil or Malaysian Indian child of a man carries his given name, a
Tamil wife takes her husband's initial), and the relationship word always matches the relative's
sex; staff are local or, in the UK, US, Australia, Canada, Ireland and New Zealand about three in
ten, Keralite, Zimbabwean, Ghanaian, Sudanese or Filipino; some US patients and staff take a whole
middle name. About one English-speaking patient or relative in seven has a first name or surname
that is also an ordinary word (``WORDY_F`` / ``WORDY_M`` / ``WORDY_L``: Dawn, Joy, Faith, Hazel,
Holly, Ruby, Ivy, Pearl, Robin, Dale, Rusty, Sonny, Drew, Buck; Fox, Marsh, Bird, Banks, Frost,
Moss, Gardner, Lamb, Mills, Heath, Fairweather, Goodchild, Hunter, Wren); otherwise word-like and
eponymous names are never drawn (``BAD_NAMES``: Ward, Bell, Rose, Hope, Day, Cook, Stone, Foot,
Heel, Toe, Nail, Cast, Boot, Ray, Frank, Amber, trades, colours, months and weekdays, every word of
the hospitals, services, practices, companies, places and streets named, and the eponyms, dressings,
devices and brands of podiatry, wound care and lymphoedema - Charcot, Wagner, Stemmer, Lisfranc,
Chopart, Syme, Doppler, Buerger, Semmes, Weinstein, Milroy, Meige, Treves, Leriche, Fontaine,
Rutherford, Eichenholtz, Brodsky, Waterlow, Braden, Aquacel, Inadine, Mepilex, Allevyn, Kerramax,
Sorbact, Iodoflex, Flaminal, UrgoStart, Actico, Juzo, Sigvaris, Mediven, Jobst, Juxtafit,
Juxtacures, Darco, Aircast, Pico, Renasys, Flowtron, Vodder, Casley-Smith, Földi ...). No two-letter
initials spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or last name
for unrelated people (a note in which a labelled PHI string, or a word of a labelled name, also
occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60
times).
Conventions (as heldout105 / heldout106 / heldout107): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Sr", "Prof.", "dr", "wife",
"husband", "son", "daughter", "mother", "father", "anak lelaki", "anak perempuan", "lola", "lolo",
"nan", "koro", "(ST5)", "(PGY-2)", "(Registrar, Surgery)", "(Senior Registrar)", "(DM Surgery
resident)", "(Consultant)", ", DPM", ", DPM, FACFAS", ", MD", ", MD, UHM", ", MD, FRCPC
(Endocrinology)", ", CRNA", ", RN", ", LPN", ", CHT", ", NP-PHC", ", PT, CLT", ", D.Ch., Registered
Chiropodist", " FRCP", ", MRCP", ", FRCPI", ", MS (Gen Surg)", ", Podiatrist", ", Senior
Podiatrist", ", Advanced Podiatrist", ", Lymphoedema Practitioner", ", CNS Lymphoedema", ", District
Nursing Sister" and the like) are outside NAME spans; "LAST, First", "Last, First M", the Chinese,
Malay ("bin", "binti", "binte" inside), Tamil and Malaysian Indian ("s/o", "d/o", "a/l", "a/p"
inside) and Tamil-initial forms are one NAME span each. A street line (flat, unit, apartment, "Apt",
"n/n", "0/1,", "Stand nnnn", "Lot n,", "Blk n Lot n, Phase n", "Blk nnn ... #nn-nnn", "No. n,", "Old
No. / New No.", "Room nnnn, nn/F, Block n, <estate>", "Pangsapuri" and "Taman" lines) and the town,
suburb, township, locality, district, barangay-and-city or city where a person lives or where the
GP, family physician, podiatry practice or referrer is, or where a patient would like to be seen,
are ADDRESS ("Soweto", "Johannesburg", "Ekurhuleni", "Chennai" and "Lagos" their own spans after the
township, locality or area); states, provinces, counties, parishes and regions ("LA", "MS", "WA",
"SK", "NS", "ON", "Co. Mayo", "St. James", "Trelawny", "Selangor", "W.P. Kuala Lumpur", "N.T.",
"Kowloon") and "Singapore" before a postal code are not PHI; UK postcodes, ZIP and ZIP+4 codes,
Canadian postal codes, Eircodes, AU / NZ / SA / Philippine postcodes, Indian PIN codes, Singapore
postal codes and Malaysian postcodes are ZIP (Jamaica, Nigeria and Hong Kong print none). DATE:
anything more specific than a year in any written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm/yy",
"d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d Month yyyy", "dth Month yyyy",
"dth Month, yyyy", "dth Month", "d Month", "d Mon yyyy", "dd Mon yyyy", "d Mon", "dd-Mon-yyyy",
"Month yyyy", "Mon yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d", "mm-dd-yyyy", "Month d,
yyyy", "Mon d, yyyy", "Mon d", "Month d", ISO and "yyyy/mm/dd"); weekdays and times of day ("hh:mm",
"h:mm AM", "2pm") stay outside; years alone ("since 2011", "T2DM since 2016", a surgery year),
durations ("2/52", "6 weeks", "day 21 of 6 weeks"), scores written as fractions ("4/10", "SINBAD
3/6"), blood pressures, ward numbers and ages under 90 are not labelled. AGE: ages >= 90 only
(annual review, handover, home health, community nursing, Ontario, Singapore, Malaysian, Hong Kong,
Jamaican, whānau-log and chat patients; the number alone). PHONE: mobiles, landlines, cells, home,
clinic, practice, team and office lines, fax numbers and a registrar's 4-digit bleep (country codes
and area-code brackets inside; "Tel", "Mob", "Cell", "HP", "cp", "Phone", "Fax" and "bleep"
outside). SSN: a US SSN on a home health visit and Irish PPSNs (old and new form). ID: NHS (mod 11),
CHI (from DOB and sex, mod 11), H&C (mod 11), hospital, unit, UMRN, MRN, UHID, docket, HN and case
numbers, a garment order reference, GMC, HCPC CH and PO, NMC PIN, NMBI PIN, IMC, AHPRA (MED, POD,
PHY, OCC, NMW), ALA NLPR, the AU Medicare provider number (check letter), SAPM, NSCP, COCPO, CNO,
HPCSA, TNMC, MMC and SNB numbers, NPI (Luhn), the Medicare Beneficiary Identifier, a Medicaid ID,
insurer member and certificate numbers, AU Medicare (check digit), a DVA Gold Card file number, a
Centrelink CRN, a CAEP reference, the Saskatchewan HSN, a treaty status number, the NS health card,
OHIP (Luhn, version code inside), GMS card numbers, NZ NHI (old mod 11 and 2022 mod 23 forms), HPI
CPN, SA ID (Luhn), Singapore NRIC (check letter; whole or masked), Aadhaar (Verhoeff; whole or
masked), a CMCHIS card, NIN and NHIA numbers, TRN and NHF card numbers, MyKad and RN numbers, HKID
(check digit) and the PhilHealth PIN. EMAIL: staff work addresses and patients' personal addresses.
URL: a tokenised garment-order tracking link, a portal photo link, a CAEP upload link and a Zoom
visit link. IP: the address a portal message, a garment application and a garment funding e-referral
were sent from. Not PHI and unlabelled: hospital, clinic, service, practice, agency, supplier,
insurer, programme and team names (a town inside them included), group numbers, the AU Medicare IRN,
staff initials alone in a log, ICD-10, ICD-10-CM, CPT, HCPCS and Medicare item numbers, dressing,
device and garment brands. Vitals, capillary and lab glucose, HbA1c, CRP, WCC, eGFR, creatinine,
potassium, haemoglobin, albumin, prealbumin, PCV, TcPO2, ulcer sites and measurements, wound bed,
exudate and periwound, SINBAD, UT, Wagner, WIfI and IWGDF / IDSA grades, probe to bone,
monofilament, vibration and biothesiometry, pulses, Doppler waveforms, ABPIs, TBPIs and toe
pressures, skin temperatures, foot risk categories, deformities, shoe sizes and plantar pressures,
limb circumferences, volumes and excess volumes, ISL stage, Stemmer sign, LYMQOL, L-Dex, garment
classes and measurements, cast, NPWT and HBOT settings, drugs with doses and frequencies,
procedures, codes, diagnoses and plans are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 110_000_003 + i * 7919 + attempt * 104_729, so
note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated October 2024 to December 2025, with reviews, appointments and operation dates up to a
few months later and a next screening up to a year later). Run it only for final figures: its misses
and lost clinical values are not to be inspected while the scrubber is being changed.
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from bench.phi_corpus.builder import Note, NoteBuilder

# ---------------------------------------------------------------------------------------- names
# group -> (male first names, female first names, surnames); entries are space-separated, "_" stands
# for a space inside one entry ("Dela_Cruz")
_G = {
    # England: East Midlands and Lincolnshire
    "emid": (("Gary Darren Craig Wayne Dean Stuart Keith Trevor Clive Nigel Barry Colin Graham Ian Philip Kevin Roy "
              "Derek Malcolm Neville Terence Raymond Dennis Alan Geoffrey Lee"),
             ("Tracey Julie Karen Sharon Beverley Lorraine Denise Janet Maureen Brenda Pauline Jacqueline Glenys "
              "Marjorie Doreen Sandra Nicola Gemma Leanne Christine Wendy Valerie Shirley"),
             ("Bramley Hickling Pickering Marriott Stenson Widdowson Beardsley Toplis Hallam Wragg Burrows Greaves "
              "Sisson Bexon Bestwick Hufton Mosley Tebbutt Wheatcroft Goodall Scothern Attenborough Woodhouse Swain "
              "Ridgway Shardlow Cupit Revill Pykett Straw Kirkland Oldershaw")),
    "emsa": ("Hasmukh Pravin Dilip Nitin Jayesh Mahendra Kishor Rajesh Harjit Gurdeep Balvinder Vinod",
             "Hansaben Kokila Pushpa Manjula Bhavna Nirmala Sunita Jaswinder Harbans Surinder Daksha Jyoti",
             "Mistry Lakhani Chauhan Parmar Solanki Kotecha Thakrar Rathod Bains Sandhu Dhillon Pattni"),
    "ecar": ("Delroy Winston Everton Lloyd Clinton Errol Desmond Fitzgerald Lascelles Carlton",
             "Hyacinth Marcia Claudette Merle Icilda Monica Pansy Gloria Myrtle Veronica",
             "Bailey Reid Gayle Brissett Spence Walters Forbes Morrison Chambers Samuels Dacres McFarlane"),
    "epol": ("Tomasz Krzysztof Andrzej Piotr Dariusz Zbigniew Rimantas Vytautas Mindaugas",
             "Agnieszka Małgorzata Beata Renata Jolanta Dalia Rasa Grażyna Irena",
             "Kowalczyk Wiśniewski Zieliński Szymański Wójcik Kamiński Petrauskas Kazlauskas Jankauskas"),
    # Scotland: Forth Valley, Perth and Kinross
    "fv": (("Alasdair Gordon Hamish Douglas Alistair Kenneth Ruaridh Euan Iain Murdo Struan Callum Lachlan Angus "
            "Fraser Gregor"),
           ("Morag Fiona Isla Catriona Eilidh Mhairi Shona Kirsty Agnes Elspeth Rhona Ishbel Senga Jessie Aileen "
            "Moira"),
           ("MacFarlane Buchanan Drummond Menzies McLaren Ferguson Robertson Fotheringham Dewar Kinnear Haldane "
            "Rennie Galbraith McGregor Moncrieff Wishart Imrie Halley Crichton Baird Lennie McNab")),
    "fvpk": ("Tariq Asif Imran Shahid Zubair Khalid Nadeem",
             "Nasreen Shabana Rukhsana Farzana Samina Razia Tahira",
             "Iqbal Mahmood Bashir Aslam Rashid Anwar Akram Saddiq"),
    "gael": ("Ruairidh Calum Dòmhnall Seumas Tormod Coinneach Uilleam",
             "Ciorstaidh Peigi Seonaid Mairead Oighrig Ealasaid Floraidh",
             "MacLeòid MacAoidh MacDhòmhnaill MacIllInnein MacNeacail"),
    # Wales: Betsi Cadwaladr (north Wales)
    "nwc": (("Dafydd Gwilym Emyr Iwan Gethin Huw Aled Bryn Rhys Elwyn Idris Gareth Ieuan Meirion Gruffudd Hefin "
             "Tecwyn"),
            ("Gwenllian Eirlys Nia Ffion Rhiannon Bethan Catrin Mererid Siân Angharad Llinos Elin Heulwen Gwenda "
             "Morfudd Eluned"),
            ("Roberts Hughes Parry Pritchard Owen Griffiths Humphreys Rowlands Vaughan Bowen Prydderch Thomas Jones "
             "Williams Evans Lewis Wynne Ellis")),
    "nwe": ("Paul Steven Anthony Darren Carl Jason Gary Mick",
            "Tracy Joanne Lesley Alison Karen Michelle Elaine",
            "Rimmer Molyneux Halewood Crowther Heskeith Lunt Dixon Kelly Mercer"),
    # Northern Ireland: the Northern Trust
    "uir": ("Séamus Ciarán Pádraig Declan Eamon Gerard Colm Fergus Malachy Brendan",
            "Bernadette Siobhán Róisín Majella Philomena Mairéad Geraldine Anne-Marie Bríd Carmel",
            ("McAllister McKillop O'Kane McCaughan Mulholland McAuley McKeown McCann O'Neill Quinn McLaughlin "
             "Devlin")),
    "usc": ("Trevor Sammy Ivan Wilbert Mervyn Norman Raymond Sydney Alan Desmond",
            "Florence Lorna Evelyn Doreen Muriel Hilary Sadie Olive Jean Ruth",
            "Kerr Crawford Patterson Adair Gilmore Boyd Montgomery Cochrane Dunlop Wylie Moore Simpson"),
    # United States: Louisiana and Mississippi
    "cajun": ("Alcide Remy Clovis Lucien Etienne Ulysse Jean-Paul Beau Andre Emile Darrel",
              "Odile Clothilde Evangeline Yvette Simone Josette Rosalie Claudette Mathilde Jolene Marie",
              ("Thibodeaux Boudreaux Guidry Landry Hebert Broussard Fontenot Arceneaux LeBlanc Comeaux Trahan "
               "Breaux Melancon Robichaux Theriot Savoie")),
    "blk": (("Tyrone DeShawn Marquis Cedric Otis Willie Jerome Leroy Reginald Clarence Terrence Alonzo Darnell "
             "Roosevelt"),
            ("LaToya Keisha Ernestine Lula Bernice Mattie Gloria Tamika Shirley Earline Ophelia Willa Lorene "
             "Dorothea"),
            ("Washington Jefferson Batiste Celestine Gaines Jenkins Toussaint Dorsey Gaskins Tillman McCall Coleman "
             "Pichon Lewis")),
    "sth": ("Dwayne Randall Earl Clyde Jimmy Wade Buford Travis Dewayne Lamar Hollis Delbert Ronnie",
            "Wanda Brenda Loretta Darlene Bobbie Tammy Glenda Imogene Verna LaDonna Rhonda Geraldine Peggy",
            ("Pickett Tillery Ladner Necaise Cuevas Lott Dearman Pittman Magee Boutwell Sumrall Broadus Hutto "
             "Strickland Ellzey")),
    "vn": ("Tuan Minh Hung Dung Thanh Quang Phuoc Binh Khanh Hieu",
           "Lan Mai Hoa Thuy Huong Linh Ngoc Trang Phuong Hanh",
           "Nguyen Tran Pham Vo Dang Bui Huynh Doan Truong Phan"),
    "hnd": ("José Mario Wilmer Ever Nelson Oscar Edgardo Reinaldo Santos",
            "Dilcia Maritza Yesenia Lourdes Xiomara Dania Karla Reina",
            "Zelaya Mejía Cáceres Banegas Funez Euceda Ordoñez Sorto Amaya Rivera"),
    # Australia: Western Australia
    "waa": ("Shane Craig Brett Troy Wayne Graeme Ross Kym Barry Lindsay Neville Darryl",
            "Kylie Leanne Sharon Raelene Cheryl Bronwyn Narelle Marlene Tania Joanne Lorraine Robyn",
            ("Treloar Hadley Spratt Rowbottom Cuthbertson Petchell Gillett McAlinden Bourke Hancock Prowse Tonkin "
             "Larcombe Pember")),
    "abor": ("Clinton Dion Ashley Rodney Desmond Garry Kevin Lionel Trevor Wesley",
             "Marlene Janice Cheryl Rosemary Jolene Dorothy Noreen Vanessa Lorraine Carol",
             "Bropho Yarran Narkle Nannup Ugle Kickett Garlett Bennell Collard Ninyette Eades Councillor"),
    "wait": ("Giuseppe Salvatore Antonio Vincenzo Domenico Rocco Carmelo",
             "Concetta Giuseppina Rosaria Carmela Grazia Pasqualina Nunzia",
             "Caruso Bianchini Scolaro Marchesi Gangemi Tomasi Russo Pellegrino Pizzino"),
    # Canada
    "skx": ("Orest Lorne Myron Wendell Merv Elmer Brent Glen Arnie Walter Ervin",
            "Verna Darlene Irene Olga Doreen Elsie Sonja Marlene Gladys Lorraine",
            "Kowalchuk Hnatiuk Stefanyshyn Yaremko Dyck Friesen Wiebe Klassen Thiessen Lautermilch Olfert Schmaltz"),
    "cree": ("Clifford Gilbert Raymond Alphonse Leon Dwayne Marcel Virgil",
             "Bernice Rosalie Angeline Priscilla Georgina Charlene Evangeline Marie-Rose",
             "Merasty Bighetty Ballantyne Halkett Morin Sanderson Lavallee McCallum Custer Natomagan"),
    "nsx": ("Angus Lauchie Donnie Ronald Gerard Rodney Alphonse Cyril",
            "Marguerite Colleen Bernadette Theresa Eileen Joanne Velma Arlene",
            "MacIsaac MacNeil d'Entremont MacDonald Chisholm Cormier Comeau Pothier Gillis MacKinnon Beaton"),
    "mik": ("Noel Stephen Cyril Mitchell Dwayne Lindsay",
            "Rita Mary-Ann Helen Loretta Theresa Darlene",
            "Sylliboy Googoo Julian Denny Gould Prosper Paul"),
    "onx": ("Bruce Glen Rick Dennis Brian Gord Doug Ken Murray Wayne",
            "Debbie Linda Brenda Cathy Lynn Wendy Donna Sheila Carol",
            "MacPhail Hollingsworth Wilcox Fairbairn Turnbull Braithwaite Pettit Cormack Rymal Secord"),
    "onit": ("Rocco Carmine Vito Nunzio Fernando Manuel Zoran Josip",
             "Filomena Assunta Fatima Conceição Ivana Mirjana Lucia",
             "Di_Iorio Mancuso Ciancone Pereira Medeiros Babić Horvat Furtado"),
    # Ireland: the West and North-West
    "irw": ("Pádraig Tomás Seán Micheál Colm Donal Brendan Fergal Liam Martin Michael Packie",
            "Bríd Máire Caitríona Nóra Síle Úna Áine Bernie Marian Teresa Gráinne Niamh Mairéad",
            ("O'Malley Gallagher McGinley Bonner Breslin Boyle Joyce Conneely Mannion Feeney Ruane Heneghan Durkan "
             "Mulkerrin Ó_Gallchóir Mac_Giolla_Bhríde")),
    "brz": ("João Marcos Rodrigo Fábio Wellington Anderson",
            "Luciana Aparecida Rosângela Cleusa Simone Adriana",
            "da_Silva dos_Santos Oliveira Ferreira Souza Rodrigues"),
    # New Zealand: Waikato, Bay of Plenty, Northland
    "pkh": ("Graeme Bevan Warwick Lindsay Rex Trevor Clive Lyall Neville Ross Brian",
            "Raewyn Glenys Colleen Marion Jocelyn Lynette Beverley Noeline Judith Shona",
            "Fitzsimmons Buckeridge Tapsell Parkes Verry Cotter Lockyer Wyllie Pask Hollis Reeve"),
    "mao": ("Hemi Wiremu Tamati Rawiri Hōhepa Mikaere Tipene Rangi Pita Nikau",
            "Aroha Mere Huia Ngaire Hinemoa Rāwinia Miriama Tui Kiri Whetū",
            "Ngata Hēnare Waititi Tamihana Te_Rangi Herewini Poutama Takerei Maihi Kereama Nikora Rewi"),
    "pac": ("Sione Viliami Tevita Sefo Iosefa Tavita Ioane",
            "Mele Losaline Seini Salote Luisa Malia Lesieli",
            "Taufa Fifita Tuipulotu Havili Faleolo Leota Aumua Matagi Sapolu"),
    # South Africa: Soweto and Johannesburg
    "zul": ("Sipho Themba Mandla Bongani Tshepo Lebohang Sello Vusumuzi Kagiso Jabulani",
            "Nomvula Thandiwe Lindiwe Palesa Nthabiseng Busisiwe Zanele Mpho Dineo Nokuthula",
            "Dlamini Mokoena Nkosi Mthembu Khumalo Molefe Radebe Mahlangu Sithole Ntuli Motaung Tshabalala"),
    "zai": ("Yusuf Ebrahim Ashwin Kreesen Pravesh Feroz",
            "Fathima Sumayya Shireen Ruwayda Kamala Nasreen",
            "Moosa Essop Naidoo Pillay Govender Moodley"),
    # Singapore (Chinese: surname, two-syllable given name; Malay: name bin / binte father; Tamil: s/o, d/o)
    "sgc": ("Wei_Ming Kok_Wah Boon_Huat Chee_Keong Teck_Seng Ah_Huat Swee_Lim Beng_Chuan",
            "Siew_Lan Mei_Ling Ah_Moi Bee_Hoon Lay_Hwa Swee_Eng Geok_Lian Soo_Cheng",
            "Lim Goh Chua Ong Teo Koh Yeo Heng Seah Quek Ang Tay Sim Low"),
    "sgm": ("Rosli Kamarudin Zainal Hamzah Jamaludin Sulaiman Ramli Mokhtar",
            "Rosnah Salmah Faridah Kamariah Zaiton Rohani Norhayati Rokiah",
            "Abdullah Osman Ahmad Hassan Yusof Mohamed Salleh Jaafar Ibrahim Rahim"),
    "sgt": ("Murugan Selvaraj Rajendran Kannan Palanisamy Govindasamy Sinniah",
            "Letchumi Valli Saroja Kamala Pushpavalli Chellammah Rajammal",
            "Ramasamy Suppiah Arumugam Muthusamy Krishnan Perumal Velayutham"),
    # India: Chennai (given name with the father's or husband's initial)
    "tam": (("Saravanan Murugesan Senthil Kumaravel Palani Subramani Dhanasekaran Velmurugan Anbalagan Elangovan "
             "Thirunavukkarasu"),
            "Lakshmi Saraswathi Vasanthi Meenakshi Kalaiselvi Chitra Revathi Jayanthi Selvi Pushpa Amudha",
            ("Ramasamy Krishnan Subramanian Natarajan Palaniappan Shanmugam Venkatesan Elumalai Kandasamy Ganesan "
             "Rajagopal Sundaram")),
    # Nigeria: Lagos
    "yor": ("Adebayo Olumide Oluwaseun Babatunde Adewale Olusegun Kayode Tunde Adeniyi",
            "Folasade Olufunke Adenike Yetunde Bukola Omolara Abosede Titilayo Modupe",
            "Adeyemi Ogunleye Olatunji Bakare Adebisi Akinola Ogundipe Balogun Oyelaran Odunsi"),
    "igb": ("Chukwuemeka Obinna Ifeanyi Nnamdi Chinedu Emeka Ikechukwu Kelechi",
            "Ngozi Chiamaka Adaeze Nkechi Uchenna Chinyere Obiageli Ifeoma",
            "Okafor Nwosu Okonkwo Chukwu Nwachukwu Onyeka Anyanwu Ezeani Okoye"),
    # Jamaica: the west
    "jmx": ("Garfield Clive Lascelles Winston Fitzroy Donovan Oneil Audley Linval Carlton Delroy",
            "Hyacinth Icilda Merline Sonia Paulette Yvonne Joycelyn Cislyn Marcia Novlette Sybil",
            ("McKenzie Grant Reid Campbell Dixon Beckford Blake Whyte Gordon Lindo Facey Spence Wedderburn Lewin "
             "Bonner")),
    # Malaysia: the Klang Valley
    "myc": ("Kok_Keong Ah_Chai Chee_Meng Wai_Loon Yew_Seng Kam_Fatt",
            "Yoke_Lan Ah_Lian Siew_Mei Poh_Choo Kim_Lian Mooi_Kheng",
            "Wong Lee Chan Leong Lau Yap Chong Cheah Liew Foo"),
    "mym": ("Azman Rosli Kamarulzaman Hashim Zulkifli Ahmad_Fauzi Mohd_Nor Rahmat",
            "Rohana Zaleha Norazlina Siti_Aminah Hasnah Rozita Halimah Zubaidah",
            "Abdul_Rahman Ismail Yaakob Mat_Isa Sulaiman Omar Daud Harun"),
    "myi": ("Muniandy Subramaniam Ganesan Raju Thanabalan Sivalingam",
            "Mariammah Letchumy Santhi Parvathy Vasuki Saraswathy",
            "Karuppiah Maniam Sinnasamy Muthu Velu Arumugam"),
    # Hong Kong (Cantonese: surname, two-syllable given name)
    "hkc": ("Kwok_Keung Wing_Hong Chi_Keung Siu_Ming Kin_Wah Yiu_Fai Hon_Kit Shu_Fai",
            "Mei_Fong Sau_Ying Lai_Kuen Yuk_Lan Wai_Ching Kam_Chu So_Han Pui_Yee",
            "Chan Wong Cheung Lau Leung Lam Tsang Yeung Chow Fung Kwok Mak Yip"),
    # Philippines (given name, the mother's surname as a middle name, surname)
    "phl": ("Rodel Jomar Reynaldo Ariel Ferdinand Romeo Danilo Efren",
            "Marites Rowena Lorna Gemma Analyn Jocelyn Marivic Mylene Rosalinda",
            "Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Manalo Ocampo Tolentino Pangilinan Macaraeg"),
    # staff groups drawn across regions
    "ker": ("Jijo Binu Shibu Tomy Bijo Lijo",
            "Jincy Shiny Bincy Siji Ancy Sheeba Jisha",
            "Varghese Kurian Chacko Kuriakose Mathai Pothen"),
    "zim": ("Tendai Farai Tatenda Tinashe Tafadzwa",
            "Rudo Chipo Nyasha Tsitsi Fadzai",
            "Moyo Ncube Chikwanha Mutasa Marufu Chinembiri"),
    "gha": ("Kwame Kofi Yaw Kwabena Kwesi",
            "Akosua Abena Efua Adwoa Ama",
            "Mensah Asante Owusu Boateng Darko Agyeman"),
    "sud": ("Elfatih Musab Hatim Ammar Mohanad",
            "Tasneem Reem Hiba Shaza Hadeel",
            "Elhassan Abdelrahman Elsheikh Babiker Elamin"),
}


def _split(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_split(m), _split(f), _split(la)) for k, (m, f, la) in _G.items()
}
PAT: dict[str, list[str]] = {
    "en": ["emid", "emid", "emid", "emid", "emsa", "ecar", "epol"], "sc": ["fv", "fv", "fv", "fvpk", "gael"],
    "cy": ["nwc", "nwc", "nwc", "nwe"], "ni": ["uir", "usc"], "us": ["cajun", "cajun", "blk", "blk", "sth", "vn",
                                                                   "hnd"],
    "au": ["waa", "waa", "abor", "wait"], "sk": ["skx", "skx", "cree"], "ns": ["nsx", "nsx", "mik"],
    "on": ["onx", "onx", "onit"], "ie": ["irw", "irw", "irw", "brz"], "nz": ["pkh", "mao", "mao", "pac"],
    "za": ["zul", "zul", "zai"], "sg": ["sgc", "sgc", "sgm", "sgt"], "in": ["tam"], "ng": ["yor", "igb"],
    "jm": ["jmx"], "my": ["myc", "mym", "myi"], "hk": ["hkc"], "ph": ["phl"],
}
STAFF_INTL = ["ker", "zim", "gha", "sud", "phl"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "sk", "ns", "on", "ie", "nz")
# English-speaking groups that sometimes draw a first name or surname that is also an ordinary word
WORDY_GRPS = ("emid", "fv", "nwe", "usc", "sth", "waa", "skx", "nsx", "onx", "pkh", "ecar", "jmx")
WORDY_F = ["Dawn", "Joy", "Faith", "Hazel", "Holly", "Ruby", "Ivy", "Pearl", "Robin"]
WORDY_M = ["Dale", "Rusty", "Sonny", "Drew", "Buck"]
WORDY_L = ["Fox", "Marsh", "Bird", "Banks", "Frost", "Moss", "Gardner", "Lamb", "Mills", "Heath",
           "Fairweather", "Goodchild", "Hunter", "Wren"]

# word-like names and the eponyms, scores, devices, dressings and brands of podiatry, diabetic foot,
# wound care and lymphoedema: never drawn as names (hospital, service, place and street words are added
# below by ``orgs`` and ``_places``)
_BAD_TXT = """Ward Bell Rose Hope Day Cook Stone Long Young Little King Price Sharp Green Brown White Black Gray
Grey Mason Baker Butcher Carpenter Smith Taylor Fisher Hall Walker Wood Park Lane Street Road Hill Foot Heel
Toe Nail Ball Cast Boot Shoe Sole Ray Frank Amber Don Pat Will Mark Grace Sandy Bob Les Page Cross Field
Fields Gay Pitt Rich Lord Knight Bishop Dean Major Chance Moon Sun Star January February March April May June
July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Charcot Wagner Texas Sinbad Stemmer Kaposi Lisfranc Chopart Syme Doppler Buerger Semmes Weinstein Achilles
Morton Milroy Meige Treves Thompson Simmonds Silfverskiold Monckeberg Leriche Fontaine Rutherford
Brodie Freiberg Sever Haglund Hallux Tinel Homans Wells Caprini Braden Waterlow Barthel Clark Norton
Aquacel Inadine Mepilex Allevyn Kerramax Cutimed Sorbact Iodoflex Flaminal Prontosan Octenilin Urgotul
UrgoStart Actico Coban Juzo Sigvaris Mediven Jobst Activa Credenhill Juxtafit Juxtacures Farrow Scholl
Darco Aircast Kendall Pico Renasys Flowtron Hivamat Vodder Casley Foldi Leduc Jelonet Atrauman Kaltostat
Granuflex Duoderm Tegaderm Opsite Profore Comfifast Tubigrip Softban Silvercel Acticoat Medihoney Algivon
Biatain Zetuvit Eclypse Kliniderm Lyofoam Betadine Hibiscrub Octenidine Cavilon Medi Haddenham Thuasne
Bauerfeind Solaris Tactile Huntleigh Smith Nephew Molnlycke Convatec Coloplast Lohmann Urgo
Versajet Sonoca Debrisoft Manuka Kerlix Unna Kling Vaseline Xeroform Curad Hexitak Mepore
"""
BAD_NAMES = set(_BAD_TXT.split())

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {"AA", "AB", "AC", "AD", "AE", "AF", "AI", "AK", "AL", "AM", "AN", "AP", "AS", "AT", "AV", "AW", "BD", "BE",
             "BG", "BM", "BO", "BP", "BS", "CC", "CD", "CF", "CH", "CK", "CO", "CP", "CR", "CS", "CT", "CV", "DA", "DC",
             "DF", "DH", "DM", "DN", "DO", "DP", "DR", "DS", "DT", "DU", "DV", "DX", "ED", "EG", "EN", "ER", "ET", "EU",
             "FB", "FH", "FT", "FU", "FY", "GA", "GB", "GI", "GP", "GT", "HB", "HC", "HD", "HF", "HO", "HR", "HS", "HT",
             "HV", "IC", "ID", "IM", "IN", "IO", "IP", "IR", "IS", "IT", "IU", "IV", "IX", "KG", "KO", "LA", "LB", "LD",
             "LE", "LL", "LP", "LT", "MA", "MD", "ME", "MG", "MI", "ML", "MM", "MO", "MP", "MR", "MS", "MT", "MY", "NA",
             "NB", "ND", "NE", "NG", "NH", "NI", "NO", "NP", "NS", "NZ", "OA", "OD", "OE", "OH", "OK", "ON", "OP", "OR",
             "OS", "OT", "PA", "PB", "PC", "PD", "PE", "PH", "PM", "PN", "PO", "PR", "PS", "PT", "PV", "PW", "QA", "RA",
             "RB", "RD", "RE", "RF", "RL", "RN", "RR", "RT", "RV", "SA", "SB", "SC", "SD", "SG", "SL", "SN", "SO", "SP",
             "SR", "SS", "ST", "SW", "SX", "TB", "TC", "TD", "TE", "TO", "TT", "TV", "UA", "UK", "UL", "UP", "US", "UT",
             "VA", "VE", "VS", "VT", "WA", "WB", "WC", "WE", "WI", "WR", "XR"}

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
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}",
        "dd sh": f"{dd} {m3} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}", "dmonyy": f"{dd}-{m3}-{yy}",
        "DMON": f"{dd}-{m3.upper()}-{y}", "DMONsp": f"{dd} {m3.upper()} {y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}",
        "mlong": f"{mo} {d.day}", "mnth": f"{mo} {_nth(d.day)}", "my": f"{mo} {y}", "mshy": f"{m3} {y}",
        "mmyyyy": f"{mm}/{y}", "mmyy": f"{mm}/{yy}", "mnthy": f"{mo} {_nth(d.day)}, {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}", "ymd.": f"{y}.{mm}.{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str  # a middle initial
    grp: str
    midn: str = ""  # a whole middle name (US, Filipino mother's surname) where drawn
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
    def LF(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LFF(self) -> str:
        return f"{self.last}, {self.first}".upper()

    @property
    def lfm(self) -> str:
        """"Last, First M" (US)."""
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        """First Middle Last with the whole middle name where there is one."""
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

    # -- Chinese (surname first), Malay, Tamil and Malaysian Indian forms
    @property
    def cn(self) -> str:
        """"CHAN Kwok Keung"."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cnh(self) -> str:
        """"Chan Kwok-keung" (Hong Kong hyphenated given name)."""
        a, _, b = self.first.partition(" ")
        return f"{self.last} {a}-{b.lower()}" if b else f"{self.last} {a}"

    @property
    def CN(self) -> str:
        return f"{self.last} {self.first}".upper()

    @property
    def cne(self) -> str:
        """The English name first where there is one ("Raymond Chan Kwok Keung")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else f"{self.last} {self.first}"

    @property
    def engl(self) -> str:
        """"Raymond Chan" (English name and surname) where there is an English name."""
        return f"{self.eng} {self.last}" if self.eng else f"{self.last} {self.first}"

    @property
    def ms(self) -> str:
        """Malay: given name, bin / binte (Singapore) or binti (Malaysia), the father's name."""
        fem = "binte" if self.grp == "sgm" else "binti"
        return f"{self.first} {'bin' if self.sex == 'm' else fem} {self.last}"

    @property
    def so(self) -> str:
        """Singapore Tamil "s/o", "d/o"; Malaysian Indian "a/l", "a/p"."""
        if self.grp == "myi":
            return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"
        return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"

    @property
    def tin(self) -> str:
        """Tamil Nadu: the father's (or husband's) initial before the given name ("R. Saravanan")."""
        return f"{_ascii(self.last)[0]}. {self.first}"

    @property
    def tinr(self) -> str:
        """The initial after the given name ("Saravanan R")."""
        return f"{self.first} {_ascii(self.last)[0]}"

    @property
    def local(self) -> str:
        """The usual written form for the person's group."""
        if self.grp in ("sgc", "myc", "hkc"):
            return self.cne
        if self.grp in ("sgm", "mym"):
            return self.ms
        if self.grp in ("sgt", "myi"):
            return self.so
        if self.grp == "tam":
            return self.tin
        return self.fl

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

    @property
    def sx(self) -> str:
        return "Male" if self.sex == "m" else "Female"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}.{f}@{dom}", f"{f}{la[:3]}{len(f) * 7}@{dom}",
                f"{f}_{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


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
    """NHS / H&C: nine digits weighted 10..2, check = 11 - (sum mod 11); 11 -> 0, 10 never issued."""
    while True:
        body = lead + "".join(str(r.randint(0, 9)) for _ in range(9 - len(lead)))
        k = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        k = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if k != 10:
            return body + str(0 if k == 11 else k)


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: two year digits, a month letter (A-L), four digits and the country letter (format)."""
    return f"{r.randint(0, 23):02d}{'ABCDEFGHIJKL'[r.randint(0, 11)]}{r.randint(0, 9999):04d}{country}"


def hcpc_no(r: random.Random, prefix: str = "CH") -> str:
    """HCPC registration: the profession prefix (CH chiropodist / podiatrist, PO prosthetist / orthotist,
    PH physiotherapist, OT occupational therapist) and five or six digits (format only)."""
    return f"{prefix}{r.randint(10000, 99999) if r.random() < 0.4 else r.randint(100000, 199999)}"


def gmc_no(r: random.Random) -> str:
    return str(r.randint(3, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random, sep: str = "-") -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"  # no S L O I B Z


def mbi_no(r: random.Random, dash: bool = False) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (letters without S L O I B Z)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + str(r.randint(0, 9))
         + str(r.randint(0, 9)))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dash else s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1,3,7,9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    k = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(k) + str(r.randint(1, 5)), str(r.randint(1, 5))


def medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ahpra_no(r: random.Random, prof: str = "POD") -> str:
    """AHPRA registration: the three-letter profession code and ten digits (format only)."""
    return f"{prof}000{r.randint(1000000, 2999999)}"


def au_provider(r: random.Random) -> str:
    """Medicare provider number: six-digit stem, a practice location digit, the check letter
    ((stem weighted 3 5 8 4 2 1 + location x 6) mod 11 into Y X W T L K J H F B A)."""
    stem = [r.randint(0, 9) for _ in range(6)]
    loc = r.randint(1, 9)
    rem = (sum(x * w for x, w in zip(stem, [3, 5, 8, 4, 2, 1], strict=True)) + loc * 6) % 11
    return "".join(map(str, stem)) + str(loc) + "YXWTLKJHFBA"[rem]


def ohip_no(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter, and on newer numbers a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    k = tot % 23
    return digits + ("W" if k == 0 else chr(64 + k)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI[:-1]) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2 = r.randint(0, 9), r.randint(0, 9)
            fifth = r.choice(_NHI)
            v = vals + [n1, n2, _NHI.index(fifth) + 1]
            k = 23 - sum(a * w for a, w in zip(v, [7, 6, 5, 4, 3, 2], strict=True)) % 23
            return f"{letters}{n1}{n2}{fifth}{_NHI[k - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(a * w for a, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def hpi_cpn(r: random.Random) -> str:
    """NZ HPI common person number: two digits and four letters (format only)."""
    return f"{r.randint(10, 99)}" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, the birth year's last two digits and five digits, and the
    check letter (weights 2 7 6 5 4 3 2, +4 for T, remainder mod 11 into J Z I H G F E D C B A)."""
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
    """Aadhaar: eleven digits (first 2-9) and the Verhoeff check digit, printed 4-4-4."""
    body = str(r.randint(2, 9)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    k = 0
    for i, ch in enumerate(reversed(body)):
        k = _VD[k][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[k])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: a letter, six digits and the check digit in brackets (space = 36 weighted 9,
    the letter A=10 .. Z=35 weighted 8, the digits 7..2; check = 11 - sum mod 11, 10 -> A, 11 -> 0)."""
    let = r.choice("ACDEGHKPRVYZ")
    d = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(d))
    k = 11 - tot % 11
    return f"{let}{d}({'A' if k == 10 else '0' if k == 11 else k})"


def mykad(r: random.Random, dob: date, sex: str, pb: str = "10") -> str:
    """MyKad: yymmdd, the place-of-birth code, three digits and a sex digit (odd for men) (format)."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{pb}-{r.randint(0, 999):03d}{last}"


def philhealth(r: random.Random) -> str:
    """PhilHealth identification number: 12 digits printed 2-9-1 (format only)."""
    return f"{r.randint(1, 19):02d}-{_dig(r, 9)}-{r.randint(0, 9)}"


# ---------------------------------------------------------------------------------------- context
def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, ...] = (), tel: str = "",
          ) -> dict[str, Any]:
    given = q.first.split() + (q.midn.split() if q.midn else []) + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {"resourceType": "Patient", "name": [{"family": q.last, "given": given}],
                          "identifier": [{"system": s, "value": v} for s, v in ids],
                          "birthDate": dob.isoformat(), "gender": "male" if q.sex == "m" else "female"}
    if addr:
        line, town, z = (list(addr) + ["", "", ""])[:3]
        a: dict[str, Any] = {"line": [line] if line else [], "city": town}
        if z:
            a["postalCode"] = z
        pt["address"] = [a]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": tel}]
    return pt


ENG = {"m": ["Raymond", "Kenneth", "Patrick", "Stanley", "Eric", "Vincent", "Alvin", "Desmond"],
       "f": ["Winnie", "Josephine", "Agnes", "Irene", "Bonnie", "Cecilia", "Priscilla", "Jenny"]}


class C:
    """Per-note context: seeded random, the names already used, the builder."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        d = date(2024, 10, 1) + timedelta(days=self.r.randint(0, 430))
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
            if not w.replace("'", "").replace("’", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
        return True

    def person(self, grp: str, sex: str | None = None, last: str | None = None, wordy: bool = True) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            if wordy and grp in WORDY_GRPS and self.r.random() < 0.14:
                if self.yes():
                    first = self.ch(WORDY_M if sex == "m" else WORDY_F)
                elif not last:
                    la = self.ch(WORDY_L)
            la = _fem(la, grp, sex)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            words = [w for w in words if w not in ("bin", "binti", "binte")]
            if len(first) < 2 or not self._ok(words):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp)
            if grp in ("hkc", "myc", "sgc") and self.yes(0.5):
                q.eng = self._extra(ENG[sex])
            if grp in ("cajun", "blk", "sth") and self.yes(0.3):
                q.midn = self._extra(ms if sex == "m" else fs)
            if grp == "phl":
                q.midn = self._extra(ls)
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._ok(re.split(r"[\s-]+", e)):
                self.used.update(w.lower() for w in re.split(r"[\s-]+", e))
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        return self.person(self.ch(grps or PAT[self.region]), sex)

    def rel(self, q: P, sex: str | None = None, kind: str = "child") -> P:
        """A relative from the patient's group: spouses and children take the family surname in most groups;
        Chinese wives keep their own; a Malay, Tamil or Malaysian Indian child of a man is named for him,
        and a Tamil wife takes her husband's initial."""
        sex = sex or self.ch("mf")
        g = q.grp
        if g in ("sgm", "mym", "sgt", "myi", "tam"):
            if kind == "child" and q.sex == "m":
                return self.person(g, sex, last=q.first)
            if kind == "spouse" and g == "tam" and q.sex == "f":
                return self.person(g, "m")
            if kind == "spouse" and g == "tam" and q.sex == "m":
                return self.person(g, "f", last=q.first)
            return self.person(g, sex)
        if g in ("hkc", "myc", "sgc") and kind == "child" and q.sex == "f":
            return self.person(g, sex)
        if g in ("hkc", "myc", "sgc", "zai", "yor", "igb", "zul", "hnd", "vn", "brz") and kind == "spouse":
            return self.person(g, sex) if g in ("hkc", "myc", "sgc") else self.person(g, sex, last=q.last)
        if kind == "spouse" and self.yes(0.15):
            return self.person(g, sex)
        return self.person(g, sex, last=q.last)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex, wordy=False)

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

    def adult(self, lo: int = 45, hi: int = 85) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def tm12(self, lo: int = 8, hi: int = 18) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def wd(self, d: date, short: bool = False) -> str:
        return DAYS[d.weekday()][:3] if short else DAYS[d.weekday()]

    def ip(self) -> str:
        a = self.ch([24, 47, 68, 73, 99, 101, 108, 142, 174, 203, 216])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def _fem(last: str, grp: str, sex: str) -> str:
    """Feminine surname forms: Polish -ski / -cki -> -ska / -cka, Lithuanian -as -> -ienė, Gaelic Mac -> Nic,
    Irish Ó / Mac -> Ní / Nic (with lenition where the next letter allows)."""
    if sex != "f":
        return last
    if grp == "epol":
        if last.endswith(("ski", "cki")):
            return last[:-1] + "a"
        if last.endswith("as"):
            return last[:-2] + "ienė"
    if grp == "gael" and last.startswith("Mac"):
        return "Nic" + last[3:]
    if grp == "irw" and last.startswith(("Ó ", "Mac ")):
        head, rest = last.split(" ", 1)
        if rest[0] in "BCDFGMPT" and rest[1] != "h":
            rest = rest[0] + "h" + rest[1:]
        return ("Ní " if head == "Ó" else "Nic ") + rest
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, service, practice and company names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality / district, postcode stub or code, phone area code, state / county /
# parish / city)]; UK outward codes, Canadian FSAs, Eircode routing keys and Singapore sectors are completed
# by ``place``
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Nottingham", "NG7", "0115", ""), ("Beeston", "NG9", "0115", ""), ("Arnold", "NG5", "0115", ""),
           ("Hucknall", "NG15", "0115", ""), ("Mansfield", "NG18", "01623", ""),
           ("Sutton-in-Ashfield", "NG17", "01623", ""), ("Newark", "NG24", "01636", ""),
           ("Worksop", "S80", "01909", ""), ("Derby", "DE23", "01332", ""), ("Ilkeston", "DE7", "0115", ""),
           ("Belper", "DE56", "01773", ""), ("Chesterfield", "S40", "01246", ""), ("Leicester", "LE3", "0116", ""),
           ("Loughborough", "LE11", "01509", ""), ("Hinckley", "LE10", "01455", ""),
           ("Melton Mowbray", "LE13", "01664", ""), ("Lincoln", "LN6", "01522", ""), ("Grantham", "NG31", "01476", ""),
           ("Boston", "PE21", "01205", ""), ("Skegness", "PE25", "01754", ""), ("Spalding", "PE11", "01775", ""),
           ("Gainsborough", "DN21", "01427", ""), ("Sleaford", "NG34", "01529", ""), ("Louth", "LN11", "01507", "")],
    "sc": [("Stirling", "FK7", "01786", ""), ("Falkirk", "FK1", "01324", ""), ("Grangemouth", "FK3", "01324", ""),
           ("Larbert", "FK5", "01324", ""), ("Alloa", "FK10", "01259", ""), ("Dunblane", "FK15", "01786", ""),
           ("Callander", "FK17", "01877", ""), ("Bo'ness", "EH51", "01506", ""), ("Bonnybridge", "FK4", "01324", ""),
           ("Perth", "PH1", "01738", ""), ("Crieff", "PH7", "01764", ""), ("Pitlochry", "PH16", "01796", ""),
           ("Blairgowrie", "PH10", "01250", ""), ("Kinross", "KY13", "01577", ""),
           ("Auchterarder", "PH3", "01764", ""), ("Aberfeldy", "PH15", "01887", "")],
    "cy": [("Wrexham", "LL13", "01978", ""), ("Bangor", "LL57", "01248", ""), ("Rhyl", "LL18", "01745", ""),
           ("Prestatyn", "LL19", "01745", ""), ("Llandudno", "LL30", "01492", ""), ("Colwyn Bay", "LL29", "01492", ""),
           ("Caernarfon", "LL55", "01286", ""), ("Holyhead", "LL65", "01407", ""), ("Llangefni", "LL77", "01248", ""),
           ("Mold", "CH7", "01352", ""), ("Denbigh", "LL16", "01745", ""), ("Ruthin", "LL15", "01824", ""),
           ("Pwllheli", "LL53", "01758", ""), ("Porthmadog", "LL49", "01766", ""), ("Abergele", "LL22", "01745", ""),
           ("Blaenau Ffestiniog", "LL41", "01766", "")],
    "ni": [("Antrim", "BT41", "028 94", ""), ("Ballymena", "BT43", "028 25", ""), ("Larne", "BT40", "028 28", ""),
           ("Carrickfergus", "BT38", "028 93", ""), ("Newtownabbey", "BT37", "028 90", ""),
           ("Ballyclare", "BT39", "028 93", ""), ("Ballymoney", "BT53", "028 27", ""),
           ("Ballycastle", "BT54", "028 20", ""), ("Coleraine", "BT52", "028 70", ""),
           ("Portrush", "BT56", "028 70", ""), ("Magherafelt", "BT45", "028 79", ""),
           ("Cookstown", "BT80", "028 86", ""), ("Randalstown", "BT41", "028 94", ""),
           ("Portstewart", "BT55", "028 70", "")],
    "us": [("New Orleans", "70115", "504", "LA"), ("New Orleans", "70119", "504", "LA"),
           ("Metairie", "70003", "504", "LA"), ("Kenner", "70065", "504", "LA"), ("Chalmette", "70043", "504", "LA"),
           ("Baton Rouge", "70806", "225", "LA"), ("Denham Springs", "70726", "225", "LA"),
           ("Lafayette", "70503", "337", "LA"), ("Opelousas", "70570", "337", "LA"),
           ("New Iberia", "70560", "337", "LA"), ("Lake Charles", "70601", "337", "LA"),
           ("Houma", "70360", "985", "LA"), ("Thibodaux", "70301", "985", "LA"), ("Hammond", "70401", "985", "LA"),
           ("Slidell", "70458", "985", "LA"), ("Shreveport", "71105", "318", "LA"), ("Monroe", "71201", "318", "LA"),
           ("Alexandria", "71301", "318", "LA"), ("Jackson", "39206", "601", "MS"),
           ("Hattiesburg", "39401", "601", "MS"), ("Meridian", "39301", "601", "MS"),
           ("Gulfport", "39501", "228", "MS"), ("Biloxi", "39530", "228", "MS"), ("Pascagoula", "39567", "228", "MS"),
           ("Tupelo", "38801", "662", "MS"), ("Greenville", "38701", "662", "MS")],
    "au": [("Joondalup", "6027", "08", "WA"), ("Midland", "6056", "08", "WA"), ("Armadale", "6112", "08", "WA"),
           ("Rockingham", "6168", "08", "WA"), ("Mandurah", "6210", "08", "WA"), ("Fremantle", "6160", "08", "WA"),
           ("Cannington", "6107", "08", "WA"), ("Mirrabooka", "6061", "08", "WA"), ("Kwinana", "6167", "08", "WA"),
           ("Ellenbrook", "6069", "08", "WA"), ("Gosnells", "6110", "08", "WA"), ("Bunbury", "6230", "08", "WA"),
           ("Geraldton", "6530", "08", "WA"), ("Kalgoorlie", "6430", "08", "WA"), ("Broome", "6725", "08", "WA"),
           ("Albany", "6330", "08", "WA"), ("Port Hedland", "6721", "08", "WA"), ("Carnarvon", "6701", "08", "WA"),
           ("Northam", "6401", "08", "WA"), ("Busselton", "6280", "08", "WA")],
    "sk": [("Regina", "S4T", "306", "SK"), ("Regina", "S4N", "306", "SK"), ("Saskatoon", "S7K", "306", "SK"),
           ("Saskatoon", "S7L", "639", "SK"), ("Prince Albert", "S6V", "306", "SK"), ("Moose Jaw", "S6H", "306", "SK"),
           ("North Battleford", "S9A", "306", "SK"), ("Yorkton", "S3N", "306", "SK"), ("Estevan", "S4A", "306", "SK"),
           ("La Ronge", "S0J", "306", "SK"), ("Meadow Lake", "S9X", "306", "SK"), ("Melfort", "S0E", "306", "SK"),
           ("Weyburn", "S4H", "306", "SK")],
    "ns": [("Halifax", "B3H", "902", "NS"), ("Halifax", "B3K", "902", "NS"), ("Dartmouth", "B2W", "902", "NS"),
           ("Lower Sackville", "B4C", "902", "NS"), ("Truro", "B2N", "902", "NS"), ("Sydney", "B1P", "902", "NS"),
           ("Glace Bay", "B1A", "902", "NS"), ("New Glasgow", "B2H", "902", "NS"), ("Kentville", "B4N", "902", "NS"),
           ("Yarmouth", "B5A", "902", "NS"), ("Antigonish", "B2G", "902", "NS"), ("Bridgewater", "B4V", "782", "NS"),
           ("Amherst", "B4H", "902", "NS"), ("Eskasoni", "B1W", "902", "NS"), ("Membertou", "B1S", "902", "NS")],
    "on": [("Hamilton", "L8L", "905", "ON"), ("Hamilton", "L9A", "905", "ON"), ("Hamilton", "L8M", "289", "ON"),
           ("Stoney Creek", "L8G", "905", "ON"), ("Ancaster", "L9G", "905", "ON"), ("Dundas", "L9H", "905", "ON"),
           ("Burlington", "L7R", "905", "ON"), ("St. Catharines", "L2M", "905", "ON"),
           ("St. Catharines", "L2R", "289", "ON"), ("Niagara Falls", "L2E", "905", "ON"),
           ("Welland", "L3C", "905", "ON"), ("Grimsby", "L3M", "905", "ON"), ("Fort Erie", "L2A", "905", "ON"),
           ("Brantford", "N3R", "519", "ON"), ("Port Colborne", "L3K", "905", "ON")],
    "ie": [("Galway", "H91", "091", "Co. Galway"), ("Tuam", "H54", "093", "Co. Galway"),
           ("Ballinasloe", "H53", "090", "Co. Galway"), ("Loughrea", "H62", "091", "Co. Galway"),
           ("Gort", "H91", "091", "Co. Galway"), ("Clifden", "H71", "095", "Co. Galway"),
           ("Castlebar", "F23", "094", "Co. Mayo"), ("Westport", "F28", "098", "Co. Mayo"),
           ("Ballina", "F26", "096", "Co. Mayo"), ("Claremorris", "F12", "094", "Co. Mayo"),
           ("Sligo", "F91", "071", "Co. Sligo"), ("Letterkenny", "F92", "074", "Co. Donegal"),
           ("Donegal Town", "F94", "074", "Co. Donegal"), ("Buncrana", "F93", "074", "Co. Donegal"),
           ("Carrick-on-Shannon", "N41", "071", "Co. Leitrim"), ("Roscommon", "F42", "090", "Co. Roscommon")],
    "nz": [("Hamilton", "3204", "07", ""), ("Te Awamutu", "3800", "07", ""), ("Huntly", "3700", "07", ""),
           ("Ngāruawāhia", "3720", "07", ""), ("Thames", "3500", "07", ""), ("Tokoroa", "3420", "07", ""),
           ("Taupō", "3330", "07", ""), ("Matamata", "3400", "07", ""), ("Tauranga", "3110", "07", ""),
           ("Mount Maunganui", "3116", "07", ""), ("Te Puke", "3119", "07", ""), ("Rotorua", "3010", "07", ""),
           ("Whakatāne", "3120", "07", ""), ("Whangārei", "0110", "09", ""), ("Kaitaia", "0410", "09", ""),
           ("Kaikohe", "0405", "09", ""), ("Dargaville", "0310", "09", ""), ("Kerikeri", "0230", "09", "")],
    "za": [("Orlando East", "1804", "011", "Soweto"), ("Diepkloof", "1864", "011", "Soweto"),
           ("Meadowlands", "1852", "011", "Soweto"), ("Dobsonville", "1863", "011", "Soweto"),
           ("Pimville", "1809", "011", "Soweto"), ("Protea Glen", "1819", "011", "Soweto"),
           ("Naledi", "1861", "011", "Soweto"), ("Chiawelo", "1818", "011", "Soweto"),
           ("Alexandra", "2090", "011", "Johannesburg"), ("Lenasia", "1827", "011", "Johannesburg"),
           ("Randburg", "2194", "011", "Johannesburg"), ("Roodepoort", "1724", "011", "Johannesburg"),
           ("Tembisa", "1632", "011", "Ekurhuleni")],
    "sg": [("Tampines", "52", "", ""), ("Bedok", "46", "", ""), ("Jurong West", "64", "", ""),
           ("Woodlands", "73", "", ""), ("Ang Mo Kio", "56", "", ""), ("Toa Payoh", "31", "", ""),
           ("Yishun", "76", "", ""), ("Hougang", "53", "", ""), ("Bukit Batok", "65", "", ""),
           ("Clementi", "12", "", ""), ("Pasir Ris", "51", "", ""), ("Bukit Merah", "15", "", ""),
           ("Choa Chu Kang", "68", "", "")],
    "in": [("Anna Nagar", "600040", "044", "Chennai"), ("T. Nagar", "600017", "044", "Chennai"),
           ("Mylapore", "600004", "044", "Chennai"), ("Adyar", "600020", "044", "Chennai"),
           ("Velachery", "600042", "044", "Chennai"), ("Tambaram", "600045", "044", "Chennai"),
           ("Perambur", "600011", "044", "Chennai"), ("Porur", "600116", "044", "Chennai"),
           ("Chromepet", "600044", "044", "Chennai"), ("Kilpauk", "600010", "044", "Chennai"),
           ("Ambattur", "600053", "044", "Chennai"), ("Tiruvottiyur", "600019", "044", "Chennai"),
           ("Vyasarpadi", "600039", "044", "Chennai")],
    "ng": [("Surulere", "", "", "Lagos"), ("Ikeja", "", "", "Lagos"), ("Yaba", "", "", "Lagos"),
           ("Mushin", "", "", "Lagos"), ("Ikorodu", "", "", "Lagos"), ("Agege", "", "", "Lagos"),
           ("Festac Town", "", "", "Lagos"), ("Ajah", "", "", "Lagos"), ("Oshodi", "", "", "Lagos"),
           ("Ikotun", "", "", "Lagos"), ("Egbeda", "", "", "Lagos"), ("Ketu", "", "", "Lagos"),
           ("Isolo", "", "", "Lagos"), ("Ebute Metta", "", "", "Lagos")],
    "jm": [("Montego Bay", "", "876", "St. James"), ("Falmouth", "", "876", "Trelawny"),
           ("Lucea", "", "876", "Hanover"), ("Savanna-la-Mar", "", "876", "Westmoreland"),
           ("Negril", "", "876", "Westmoreland"), ("Black River", "", "876", "St. Elizabeth"),
           ("Santa Cruz", "", "876", "St. Elizabeth"), ("Cambridge", "", "876", "St. James"),
           ("Anchovy", "", "876", "St. James"), ("Duncans", "", "876", "Trelawny")],
    "my": [("Petaling Jaya", "46000", "03", "Selangor"), ("Shah Alam", "40000", "03", "Selangor"),
           ("Klang", "41000", "03", "Selangor"), ("Subang Jaya", "47500", "03", "Selangor"),
           ("Kajang", "43000", "03", "Selangor"), ("Puchong", "47100", "03", "Selangor"),
           ("Rawang", "48000", "03", "Selangor"), ("Ampang", "68000", "03", "Selangor"),
           ("Cheras", "56000", "03", "W.P. Kuala Lumpur"), ("Setapak", "53300", "03", "W.P. Kuala Lumpur"),
           ("Kepong", "52100", "03", "W.P. Kuala Lumpur"), ("Sentul", "51000", "03", "W.P. Kuala Lumpur")],
    "hk": [("Sha Tin", "", "", "N.T."), ("Tuen Mun", "", "", "N.T."), ("Tai Po", "", "", "N.T."),
           ("Yuen Long", "", "", "N.T."), ("Tin Shui Wai", "", "", "N.T."), ("Tseung Kwan O", "", "", "N.T."),
           ("Kwun Tong", "", "", "Kowloon"), ("Sham Shui Po", "", "", "Kowloon"),
           ("Wong Tai Sin", "", "", "Kowloon"), ("Chai Wan", "", "", "Hong Kong")],
    "ph": [("Brgy. Commonwealth, Quezon City", "1121", "02", "Metro Manila"),
           ("Brgy. Batasan Hills, Quezon City", "1126", "02", "Metro Manila"),
           ("Brgy. Payatas, Quezon City", "1119", "02", "Metro Manila"),
           ("Brgy. Concepcion Uno, Marikina City", "1807", "02", "Metro Manila"),
           ("Brgy. Tumana, Marikina City", "1805", "02", "Metro Manila"),
           ("Brgy. Pinagbuhatan, Pasig City", "1602", "02", "Metro Manila"),
           ("Brgy. Manggahan, Pasig City", "1611", "02", "Metro Manila"),
           ("Brgy. Bagong Silang, Caloocan City", "1428", "02", "Metro Manila"),
           ("Brgy. Dalandanan, Valenzuela City", "1443", "02", "Metro Manila")],
}

STREETS: dict[str, list[str]] = {
    "en": ["Alfreton Road", "Bramcote Lane", "Sneinton Dale", "Wollaton Vale", "Narborough Road", "Uppingham Road",
           "Kedleston Road", "Ashbourne Road", "Burghley Road", "Carholme Road", "Tentercroft Street",
           "Wragby Road", "Skegby Lane", "Blidworth Road", "Spital Hill", "Hasland Road", "Gipsy Lane",
           "Welford Road", "Westfield Close", "Sycamore Crescent", "Kingfisher Way", "Ridgeway Drive"],
    "sc": ["Causewayhead Road", "Bannockburn Road", "Dunkeld Road", "Atholl Street", "Comely Bank", "Graham's Road",
           "Bellsdyke Road", "Drysdale Street", "Craigmill Road", "Mill Wynd", "Burnside", "Glebe Crescent",
           "Strathearn Terrace", "Ochil Street", "Earnside Gardens"],
    "cy": ["Ffordd Penrhos", "Stryd Fawr", "Lôn Las", "Ffordd Caergybi", "Rhuddlan Road", "Mostyn Street",
           "Conway Road", "Bryn Eglwys", "Maes y Dref", "Ffordd Tanrallt", "Stryd y Llyn", "Heol Maelor",
           "Vale Road", "Ffordd Bangor", "Ael y Bryn"],
    "ni": ["Galgorm Road", "Larne Road", "Ballymoney Road", "Lisnevenagh Road", "Cushendall Road", "Doagh Road",
           "Shore Road", "Ballycraigy Road", "Dunluce Avenue", "Broughshane Street", "Tobermore Road",
           "Moneymore Road", "Glenvale Park", "Ballyrobin Road", "Woodburn Drive"],
    "us": ["Magazine St", "Tchoupitoulas St", "Elysian Fields Ave", "Airline Hwy", "Government St", "Johnston St",
           "Pass Rd", "Hardy St", "Old Spanish Trl", "Veterans Memorial Blvd", "Florida Blvd", "Barksdale Blvd",
           "Gause Blvd", "Canal Blvd", "Saint Claude Ave", "Louisiana Ave", "Beach Blvd", "Terry Rd",
           "Gloster St", "Highland Rd"],
    "au": ["Great Eastern Highway", "Albany Highway", "Wanneroo Road", "Scarborough Beach Road", "Ocean Reef Road",
           "Marmion Avenue", "Safety Bay Road", "Pinjarra Road", "Forrest Street", "Hannan Street",
           "Chapman Road", "Frederick Street", "Anzac Terrace", "Spencer Street", "Lotus Crescent",
           "Banksia Way", "Jarrah Drive", "Marri Court"],
    "sk": ["Albert Street", "Idylwyld Drive", "Central Avenue", "Rae Street", "22nd Street West",
           "Avenue P South", "Dewdney Avenue", "Broad Street", "Fourth Avenue", "La Ronge Avenue",
           "Ominica Street West", "Pasqua Street"],
    "ns": ["Quinpool Road", "Gottingen Street", "Portland Street", "Ochterloney Street", "Cobequid Road",
           "Prince Street", "Charlotte Street", "Pleasant Street", "Main Street", "Reeves Street",
           "Commercial Street", "Kings Road"],
    "on": ["King Street East", "Barton Street East", "Upper James Street", "Concession Street", "Main Street West",
           "Ontario Street", "Lundy's Lane", "Glendale Avenue", "Lakeshore Road", "Niagara Street",
           "Queenston Street", "Mohawk Road East", "Fennell Avenue West", "Colborne Street"],
    "ie": ["Bohermore", "Sea Road", "Newcastle Road", "Tone Street", "Bridge Street", "The Mall", "Pearse Road",
           "Port Road", "Circular Road", "Knockranny Road", "Ard Aoibhinn", "Cluain Ard", "Radharc an Chláir",
           "Ashfield Drive", "Cois Abhainn"],
    "nz": ["Te Rapa Road", "Ulster Street", "Cameron Road", "Fenton Street", "Ranolf Street", "Maunu Road",
           "Commerce Street", "Kamo Road", "Ngatai Road", "Clyde Street", "Lake Road", "Taupahi Road",
           "Matai Street", "Kowhai Avenue", "Rimu Street"],
    "za": ["Vilakazi Street", "Klipspruit Valley Road", "Koma Road", "Mahalefele Road", "Ngwenya Street",
           "Molapo Street", "Modise Street", "Selborne Avenue", "Nirvana Drive", "Lemon Street", "Zulu Drive"],
    "sg": ["Street", "Avenue", "Drive", "Central", "Road"],
    "in": ["2nd Main Road", "Kamarajar Salai", "Usman Road", "Luz Church Road", "GST Road", "Periyar Salai",
           "Gandhi Street", "Bharathi Street", "Ellaiamman Koil Street", "Nehru Nagar 3rd Street"],
    "ng": ["Adeniran Ogunsanya Street", "Allen Avenue", "Herbert Macaulay Way", "Ikorodu Road",
           "Agege Motor Road", "Bode Thomas Street", "Akerele Street", "Ojuelegba Road", "Idimu Road",
           "Isheri Road", "Gbagada Expressway"],
    "jm": ["Barnett Street", "Union Street", "Church Street", "Hart Street", "Fairview Drive", "Market Street",
           "Catherine Hall Avenue", "Great George Street", "Duke Street", "Bogue Hill Road"],
    "my": ["Jalan Bunga Raya", "Jalan Kenari 5", "Jalan Meru", "Jalan Kebun Nenas", "Jalan Cheras Hartamas",
           "Jalan Sungai Besi", "Jalan Puchong Prima 3", "Jalan Seri Ampang", "Jalan Kepong Baru",
           "Jalan Langat", "Jalan Dato Hamzah"],
    "hk": ["Lek Yuen Estate", "Sun Chui Estate", "Tai Hing Estate", "Butterfly Estate", "Fu Heng Estate",
           "Long Ping Estate", "Tin Yiu Estate", "Po Lam Estate", "Lam Tin Estate", "Pak Tin Estate",
           "Choi Hung Estate", "Hing Wah Estate"],
    "ph": ["Mabini St.", "Rizal Ave.", "Sampaguita St.", "Kalayaan Ave.", "Maharlika St.", "Ilang-Ilang St.",
           "Bonifacio St.", "Luna St."],
}
_UKL = "ABDEFGHJLNPQRSTUWXYZ"
_CAL = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def _places() -> None:
    for rows in TOWNS.values():
        for town, _, _, st in rows:
            BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'’ā-]+", town + " " + st))
    for sts in STREETS.values():
        for s in sts:
            BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'’]+", s))
            BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý]\w+", s))


_places()
BAD_NAMES.update(["Soweto", "Johannesburg", "Lagos", "Chennai", "Kowloon", "Singapore", "Selangor", "Gauteng", "Manila",
                  "Metro", "Kuala", "Lumpur", "Louisiana", "Mississippi", "Saskatchewan", "Ontario", "Niagara", "Scotia",
                  "Galway", "Mayo", "Donegal", "Sligo", "Waikato", "Plenty", "Northland", "Lincolnshire", "Nottinghamshire",
                  "Derbyshire", "Leicestershire", "Forth", "Valley", "Tayside", "Gwynedd", "Anglesey", "Ulster", "Antrim",
                  "Perth"])


def place(c: C, region: str | None = None, where: str = "") -> tuple[str, str, str, str, str]:
    """(street line, town / suburb / locality / district, postcode, phone area code, state / county / city); ``where``
    keeps the towns whose postcode stub starts with it (a part of the region)."""
    g = region or c.region
    town, z, area, st = c.ch([t for t in TOWNS[g] if t[1].startswith(where)])
    s = c.ch(STREETS[g])
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_UKL)}{c.ch(_UKL)}"
        line = c.ch([f"{n} {s}", f"{n} {s}", f"Flat {c.ri(1, 9)}, {n} {s}", f"{n}{c.ch('AB')} {s}"])
        if g == "sc" and c.yes(0.2):
            line = f"{c.ch(['0/1', '1/2', '2/1'])}, {n} {s}"
    elif g == "us":
        z = z + (f"-{c.ri(1000, 9999)}" if c.yes(0.25) else "")
        line = c.ch([f"{n * 37 + 100} {s}", f"{n * 37 + 100} {s} Apt {c.ri(1, 30)}{c.ch('ABCD')}",
                     f"{n * 19 + 1000} {s} Unit {c.ri(1, 40)}"])
    elif g in ("sk", "ns", "on"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_CAL)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 11} {s}", f"{c.ri(101, 904)}-{n * 11} {s}", f"Apt {c.ri(1, 30)}, {n * 11} {s}"])
    elif g == "au":
        line = c.ch([f"{n} {s}", f"{c.ri(1, 18)}/{n} {s}", f"Unit {c.ri(1, 12)}, {n} {s}"])
    elif g == "ie":
        z = f"{z} {c.ch('ACDEFHKNPRTVWXY')}{c.ch(_EIR)}{c.ch(_EIR)}{c.ch(_EIR)}"
        line = c.ch([f"{n} {s}", f"{c.ri(1, 60)} {s}", s if s[0] in "ACR" else f"{n} {s}"])
    elif g == "nz":
        line = c.ch([f"{n} {s}", f"{c.ri(1, 6)}/{n} {s}", f"{n}{c.ch('AB')} {s}"])
    elif g == "za":
        line = c.ch([f"{n * 7 + 100} {s}", f"Stand {c.ri(1000, 9999)}", f"{c.ri(1, 40)} {s}"])
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {town} {s} {c.ri(11, 82)}, #{c.ri(2, 16):02d}-{c.ri(10, 450)}"
        z = f"{z}{blk:04d}"
    elif g == "in":
        line = c.ch([f"No. {n}, {s}", f"Old No. {n}, New No. {n + c.ri(3, 40)}, {s}",
                     f"Flat {c.ri(1, 4)}{c.ri(0, 1)}{c.ri(1, 9)}, {c.ch(['Sri Balaji Flats', 'Lakshmi Apartments'])}, {s}"])
    elif g == "ng":
        line = c.ch([f"{c.ri(2, 60)}, {s}", f"No. {c.ri(2, 60)} {s}", f"Flat {c.ri(1, 8)}, Block {c.ri(1, 30)}, {s}"])
    elif g == "jm":
        line = c.ch([f"{c.ri(2, 90)} {s}", f"Lot {c.ri(10, 600)}, {s}", f"{c.ri(2, 90)} {s}"])
    elif g == "my":
        line = c.ch([f"No. {c.ri(1, 80)}, {s}", f"No. {c.ri(1, 40)}, {s}, Taman {c.ch(['Mewah', 'Sri Muda', 'Bukit Indah'])}",
                     f"{c.ch('ABC')}-{c.ri(1, 20)}-{c.ri(1, 12)}, Pangsapuri {c.ch(['Seri Mas', 'Intan', 'Permai'])}"])
    elif g == "hk":
        fl = c.ri(2, 38)
        line = f"Room {fl}{c.ri(1, 24):02d}, {fl}/F, Block {c.ri(1, 12)}, {s}"
    else:  # ph
        line = c.ch([f"{c.ri(2, 240)} {s}", f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 4)}",
                     f"{c.ri(2, 90)}-{c.ch('ABC')} {s}"])
    return line, town, z, area, st


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}",
                         f"+44 7{c.dig(3)} {c.dig(6)}", f"07{c.dig(9)}"])
        a = area or "0115"
        if a.startswith("028"):
            return c.ch([f"{a}{c.dig(2)} {c.dig(4)}", f"({a[:3]}) {a[4:]}{c.dig(2)} {c.dig(4)}"])
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a} {c.dig(3)}{c.dig(3)}"])
    if g in ("us", "sk", "ns", "on"):
        a = area or "504"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"1-{a}-{x}-{c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}"])
        return c.ch([f"(08) 9{c.dig(3)} {c.dig(4)}", f"08 9{c.dig(3)} {c.dig(4)}", f"08 6{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"08{c.ch('35679')}-{c.dig(7)}",
                         f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}"])
        a = area or "091"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(7)}", f"{a}-{c.dig(3)}{c.dig(4)}"])
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(4)}", f"027 {c.dig(3)} {c.dig(4)}", f"022 {c.dig(3)} {c.dig(4)}",
                         f"+64 27 {c.dig(3)} {c.dig(4)}", f"027{c.dig(7)}"])
        return c.ch([f"({area or '07'}) {c.dig(3)} {c.dig(4)}", f"{area or '07'} {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch([72, 73, 76, 78, 82, 83, 60])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch([72, 82, 71])} {c.dig(3)} {c.dig(4)}", f"0{c.ch([79, 84])}{c.dig(7)}"])
        return c.ch([f"011 {c.dig(3)} {c.dig(4)}", f"(011) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"{c.ch('89')}{c.dig(3)} {c.dig(4)}", f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}",
                         f"+91-{c.ch('6789')}{c.dig(9)}"])
        return c.ch([f"044-2{c.dig(3)} {c.dig(4)}", f"(044) 2{c.dig(7)}"])
    if g == "ng":
        pre = c.ch(["803", "806", "813", "805", "807", "703", "816", "802", "909"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+234 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}{c.dig(7)}",
                     f"+234-{pre}-{c.dig(3)}-{c.dig(4)}"])
    if g == "jm":
        if mob:
            return c.ch([f"(876) {c.ch(['3', '4', '8'])}{c.dig(2)}-{c.dig(4)}", f"876-{c.ch(['3', '4', '8'])}{c.dig(2)}-{c.dig(4)}",
                         f"1-876-{c.ch(['3', '4', '8'])}{c.dig(2)}-{c.dig(4)}"])
        return c.ch([f"(876) {c.ch(['952', '953', '979', '940'])}-{c.dig(4)}", f"876-{c.ch(['952', '953'])}-{c.dig(4)}"])
    if g == "my":
        if mob:
            return c.ch([f"01{c.ch('2367')}-{c.dig(3)} {c.dig(4)}", f"01{c.ch('2679')}-{c.dig(7)}",
                         f"+601{c.ch('2367')}-{c.dig(3)} {c.dig(4)}", f"011-{c.dig(4)} {c.dig(4)}"])
        return c.ch([f"03-{c.dig(4)} {c.dig(4)}", f"03-{c.dig(8)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('569')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('569')}{c.dig(7)}"])
        return c.ch([f"2{c.dig(3)} {c.dig(4)}", f"+852 2{c.dig(3)} {c.dig(4)}", f"3{c.dig(3)} {c.dig(4)}"])
    # ph
    if mob:
        pre = c.ch(["917", "918", "927", "939", "945", "956", "998"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+63 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}{c.dig(7)}",
                     f"0{pre}-{c.dig(3)}-{c.dig(4)}"])
    return c.ch([f"(02) 8{c.dig(3)} {c.dig(4)}", f"02-8{c.dig(3)}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, ...] = (), tel: str = "") -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))


# ---------------------------------------------------------------------------------------- clinical helpers
SITES = ["plantar 1st MTPJ", "plantar 2nd MTPJ", "plantar 5th MTPJ", "apex of the 2nd toe", "apex of the 3rd toe",
         "dorsum of the 2nd toe (PIPJ)", "medial 1st MTPJ", "plantar hallux IPJ", "tip of the hallux",
         "posterior heel", "plantar heel", "lateral 5th metatarsal base", "plantar midfoot (rocker bottom)",
         "medial hallux"]
DRESSINGS = ["Inadine", "Aquacel Ag+ Extra", "Cutimed Sorbact", "Atrauman", "Mepilex Border", "Iodoflex",
             "Flaminal Hydro", "UrgoStart Plus", "Kerramax Care", "Silvercel", "Acticoat", "Biatain Silicone"]
ABX_UK = ["flucloxacillin 1 g QDS", "doxycycline 100 mg BD", "co-amoxiclav 625 mg TDS", "clindamycin 300 mg QDS",
          "clarithromycin 500 mg BD", "co-trimoxazole 960 mg BD"]
ABX_US = ["cephalexin 500 mg PO QID", "doxycycline 100 mg PO BID", "amoxicillin-clavulanate 875-125 mg PO BID",
          "sulfamethoxazole-trimethoprim 800-160 mg PO BID", "clindamycin 300 mg PO TID", "linezolid 600 mg PO BID"]
DM_UK = ["metformin 1 g BD", "gliclazide 80 mg BD", "sitagliptin 100 mg OD", "insulin glargine 26 units OD",
         "NovoMix 30 18 units BD", "linagliptin 5 mg OD", "semaglutide 1 mg weekly", "Humulin I 22 units BD"]
CV_UK = ["atorvastatin 80 mg ON", "clopidogrel 75 mg OD", "ramipril 5 mg OD", "amlodipine 10 mg OD",
         "aspirin 75 mg OD", "bisoprolol 2.5 mg OD", "furosemide 40 mg OM", "apixaban 5 mg BD", "rivaroxaban 20 mg OD",
         "pregabalin 75 mg BD", "duloxetine 60 mg OD", "lansoprazole 30 mg OD", "levothyroxine 75 mcg OD"]
DM_US = ["metformin 1000 mg BID", "glipizide 10 mg daily", "insulin glargine 30 units qHS", "insulin lispro 8 units TID AC",
         "dulaglutide 1.5 mg weekly", "empagliflozin 10 mg daily", "pioglitazone 30 mg daily"]
CV_US = ["atorvastatin 40 mg daily", "lisinopril 20 mg daily", "amlodipine 10 mg daily", "aspirin 81 mg daily",
         "clopidogrel 75 mg daily", "cilostazol 100 mg BID", "gabapentin 300 mg TID", "carvedilol 12.5 mg BID",
         "furosemide 40 mg daily", "apixaban 5 mg BID", "hydrochlorothiazide 25 mg daily"]


def kin(c: C, q: P, kind: str = "child", sex: str | None = None) -> tuple[P, str]:
    """A relative and the word for the relationship ("wife", "son" ...)."""
    if kind == "spouse":
        sex = sex or ("f" if q.sex == "m" else "m")
        return c.rel(q, sex, "spouse"), {"f": "wife", "m": "husband"}[sex]
    sex = sex or c.ch("mf")
    if kind == "sib":
        return c.rel(q, sex, "sib"), {"f": "sister", "m": "brother"}[sex]
    return c.rel(q, sex, "child"), {"f": "daughter", "m": "son"}[sex]


# drugs of one class are never listed together (two insulins premixed and basal, two anticoagulants ...)
_CLS = {d: cl for cl, ds in {
    "ins": ["insulin glargine 26 units OD", "NovoMix 30 18 units BD", "Humulin I 22 units BD"],
    "inc": ["sitagliptin 100 mg OD", "linagliptin 5 mg OD", "semaglutide 1 mg weekly", "dulaglutide 1.5 mg weekly"],
    "ap": ["clopidogrel 75 mg OD", "aspirin 75 mg OD", "aspirin 81 mg daily", "clopidogrel 75 mg daily"],
    "ac": ["apixaban 5 mg BD", "rivaroxaban 20 mg OD", "apixaban 5 mg BID"],
    "su": ["gliclazide 80 mg BD", "glipizide 10 mg daily"],
    "neu": ["pregabalin 75 mg BD", "duloxetine 60 mg OD", "gabapentin 300 mg TID"],
}.items() for d in ds}


def pick(c: C, xs: list[str], k: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for x in c.r.sample(xs, len(xs)):
        if _CLS.get(x, x) not in seen:
            seen.add(_CLS.get(x, x))
            out.append(x)
        if len(out) == k:
            break
    return out


def wound(c: C, big: bool = False) -> tuple[str, str, float, float]:
    """(L x W x D, area, length, width) of an ulcer."""
    ln = c.r.uniform(0.5, 4.8 if big else 3.2)
    wd = ln * c.r.uniform(0.45, 0.95)
    dp = c.ch([0.1, 0.2, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0])
    return f"{ln:.1f} x {wd:.1f} x {dp:.1f} cm", f"{ln * wd:.1f} cm²", ln, wd


def bed(c: C) -> str:
    g = c.ch([100, 90, 80, 70, 60, 50, 40])
    return f"{g}% granulation, {100 - g}% slough" if g < 100 else "100% granulation"


def dopp(c: C, isch: bool = False) -> dict[str, Any]:
    """Brachial and ankle pressures with ABPIs (the higher ankle pressure over the higher brachial pressure),
    waveforms and a toe pressure with its TBPI."""
    br, bl = c.ri(118, 166), 0
    bl = br + c.ri(-10, 10)
    bmax = max(br, bl)
    out: dict[str, Any] = {"brR": br, "brL": bl}
    for side in "RL":
        low = isch and c.yes(0.75)
        ab = c.r.uniform(0.52, 0.88) if low else c.r.uniform(0.93, 1.24)
        top = round(bmax * ab)
        other = top - c.ri(0, 14)
        dp, pt = (top, other) if c.yes() else (other, top)
        toe = round(top * (c.r.uniform(0.35, 0.6) if low else c.r.uniform(0.6, 0.85)))
        wave = c.ch(["monophasic", "dampened monophasic"]) if low else c.ch(["triphasic", "biphasic", "biphasic"])
        out[side] = {"dp": dp, "pt": pt, "abpi": f"{top / bmax:.2f}", "wave": wave, "toe": toe,
                     "tbpi": f"{toe / bmax:.2f}"}
    return out


def limb(c: C, leg: bool = True, excess: float = 0.25) -> dict[str, Any]:
    """Circumferences every 4 cm from the wrist or ankle on the unaffected and affected limb, and limb volumes
    by the truncated-cone formula (each 4 cm segment: h (C1² + C1C2 + C2²) / 12π), excess volume in % and ml."""
    excess = math.sqrt(1 + excess) - 1  # a volume excess as a circumference excess
    if leg:
        base = c.r.uniform(20.5, 24.0)
        prof = [0, 0.18, 0.42, 0.66, 0.86, 0.98, 1.0, 0.96, 0.9, 0.92, 0.98]
        peak = c.r.uniform(12.0, 16.0)
    else:
        base = c.r.uniform(14.5, 17.0)
        prof = [0, 0.25, 0.55, 0.8, 0.9, 0.85, 0.9, 1.05, 1.25, 1.4, 1.5]
        peak = c.r.uniform(7.5, 10.5)
    un = [round(base + peak * f + c.r.uniform(-0.3, 0.3), 1) for f in prof]
    skew = c.ch([1.3, 1.0, 0.7])  # distal-heavy, even or proximal-heavy swelling
    n = len(un)
    af = [round(u * (1 + excess * (skew - (skew - 1) * 2 * i / (n - 1)) + c.r.uniform(-0.01, 0.01)), 1)
          for i, u in enumerate(un)]

    def vol(cs: list[float]) -> float:
        return sum(4 * (a * a + a * b + b * b) / (12 * math.pi) for a, b in pairwise(cs))

    vu, va = vol(un), vol(af)
    return {"un": un, "af": af, "vu": round(vu), "va": round(va), "pct": f"{(va - vu) / vu * 100:.1f}",
            "ml": round(va - vu)}


def obs(c: C, us: bool = False) -> list[str]:
    sbp = c.ri(112, 168)
    temp = f"T {c.fl(97.6, 99.8)} F" if us else f"T {c.fl(36.2, 37.9)}"
    return [f"BP {sbp}/{c.ri(58, 94)}", f"HR {c.ri(58, 104)}", f"RR {c.ri(12, 20)}", f"SpO2 {c.ri(93, 99)}%", temp]


def labs(c: C, keys: list[str], us: bool = False) -> list[str]:
    f = {
        "a1c": (lambda: f"A1c {c.fl(6.6, 11.8)}%") if us else (lambda: f"HbA1c {c.ri(50, 108)} mmol/mol"),
        "crp": lambda: f"CRP {c.ri(3, 186)} mg/L",
        "wcc": (lambda: f"WBC {c.fl(5.1, 17.6)} K/uL") if us else (lambda: f"WCC {c.fl(5.1, 17.6)}"),
        "egfr": lambda: f"eGFR {c.ri(21, 89)}",
        "cr": (lambda: f"Cr {c.fl(0.7, 2.6)} mg/dL") if us else (lambda: f"creatinine {c.ri(64, 228)} umol/L"),
        "k": lambda: f"K {c.fl(3.5, 5.7)} mmol/L" if not us else f"K {c.fl(3.5, 5.5)} mEq/L",
        "na": lambda: f"Na {c.ri(131, 145)} mmol/L" if not us else f"Na {c.ri(131, 145)} mEq/L",
        "hb": (lambda: f"Hgb {c.fl(9.4, 15.1)} g/dL") if us else (lambda: f"Hb {c.ri(94, 154)} g/L"),
        "alb": (lambda: f"albumin {c.fl(2.6, 4.3)} g/dL") if us else (lambda: f"albumin {c.ri(27, 45)} g/L"),
        "esr": lambda: f"ESR {c.ri(8, 104)} mm/hr",
        "plt": lambda: f"platelets {c.ri(150, 430)}",
        "inr": lambda: f"INR {c.fl(0.9, 3.2)}",
        "glu": (lambda: f"glucose {c.ri(104, 296)} mg/dL") if us else (lambda: f"CBG {c.fl(5.1, 17.9)} mmol/L"),
        "pro": lambda: f"prealbumin {c.ri(9, 31)} mg/dL",
        "tcpo2": lambda: f"TcPO2 {c.ri(18, 58)} mmHg",
    }
    return [f[k]() for k in keys]


def sinbad(c: C) -> str:
    return f"SINBAD {c.ri(1, 5)}/6"


def ut_grade(c: C) -> str:
    return f"UT {c.ch('1112')}{c.ch('AABCD')}"


def garment_leg(c: C, lm: dict[str, Any]) -> list[str]:
    """Flat-knit below-knee measurements from the affected limb (cB ankle, cB1, cC calf, cD below knee) and
    lengths from the floor."""
    af = lm["af"]
    return [f"cB {af[0]} cm", f"cB1 {af[2]} cm", f"cC {max(af[4:8])} cm", f"cD {af[-1]} cm",
            f"lB1 {c.ri(9, 12)} cm", f"lC {c.ri(28, 34)} cm", f"lD {c.ri(38, 44)} cm"]


def garment_arm(c: C, lm: dict[str, Any]) -> list[str]:
    af = lm["af"]
    return [f"cC {af[0]} cm", f"cD {af[3]} cm", f"cE {af[5]} cm", f"cG {af[-1]} cm",
            f"lD {c.ri(11, 14)} cm", f"lE {c.ri(23, 27)} cm", f"lG {c.ri(44, 52)} cm"]


def circ_table(c: C, lm: dict[str, Any], aff: str, other: str) -> None:
    c.t(f"cm  {aff:>9}  {other:>9}\n")
    for i, (a, u) in enumerate(zip(lm["af"], lm["un"], strict=True)):
        sa, su = f"{a:.1f}", f"{u:.1f}"
        c.t(f"{i * 4:>2}  " + " " * (9 - len(sa))).c(sa).t("  " + " " * (9 - len(su))).c(su).t("\n")


PMH_UK = ["hypertension", "IHD (PCI 2019)", "AF", "CKD 3b", "diabetic retinopathy (laser)", "hypothyroidism", "COPD",
          "OSA on CPAP", "PAD", "previous DVT", "gout", "OA knees", "depression", "heart failure (EF 40%)", "obesity"]
PMH_US = ["HTN", "HLD", "CAD s/p CABG", "CHF (EF 35%)", "CKD stage 3", "ESRD on HD", "OSA", "COPD", "PAD", "gout",
          "morbid obesity", "diabetic retinopathy", "hypothyroidism", "depression"]
ALLERGY = ["NKDA", "NKDA", "penicillin (rash)", "codeine (vomiting)", "elastoplast (blisters)", "latex", "sulfa (hives)"]
SOCIAL = ["lives alone, independent", "lives with spouse, walks with a stick", "care package twice daily",
          "lives with family, housebound", "works full time, on feet all day", "retired, drives", "walks with a frame"]


def pmh(c: C, us: bool = False, k: int = 3) -> C:
    return c.t("PMH: ").cl(pick(c, PMH_US if us else PMH_UK, k)).t(". Allergies: ").c(c.ch(ALLERGY)).t(".\n")


def social(c: C, smoke: bool = True) -> C:
    c.t("Social: ").c(c.ch(SOCIAL))
    if smoke:
        c.t("; ").c(c.ch(["never smoked", "ex-smoker, 30 pack-years", "smokes 10/day", "vapes"]))
    return c.t(".\n")


# ---------------------------------------------------------------------------------------- England
EN_HOSP = orgs("Queen's Medical Centre", "King's Mill Hospital", "Royal Derby Hospital", "Leicester General Hospital",
               "Lincoln County Hospital", "Pilgrim Hospital", "Chesterfield Royal Hospital", "Bassetlaw Hospital")
EN_GP = orgs("Rise Park Practice", "Bilborough Medical Centre", "Parkside Surgery", "Fosse Medical Centre",
             "The Limes Medical Centre", "Hounsfield Surgery", "Sherwood Rise Medical Centre", "Abbey Medical Group",
             "Meridian Health Group", "Castle Healthcare Practice")
EN_COMM = orgs("Nottinghamshire Healthcare", "Derbyshire Community Health Services", "Lincolnshire Community Health "
               "Services", "Leicestershire Partnership")


def _gp(c: C, region: str | None = None, where: str = "") -> tuple[P, str, str]:
    """A GP, the practice's town and its postcode."""
    gp = c.staff()
    _, town, pc, _, _ = place(c, region, where)
    return gp, town, pc


def en_mdfc_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(46, 86)
    nhs = nhs_no(c.r)
    hosp = f"{c.ch('JKM')}{c.dig(6)}"
    line, town, pc, _, _ = place(c)
    gp, gtown, _ = _gp(c)
    cons, pod = c.staff(), c.staff()
    clinic = c.wdt(-21, -2)
    typed = clinic + timedelta(days=c.ri(1, 6))
    prev = clinic - timedelta(days=c.ch([14, 21, 28]))
    nxt = clinic + timedelta(days=c.ch([14, 21, 28]))
    side = c.ch(["right", "left"])
    site = c.ch(SITES)
    dims, area_, ln, wd = wound(c)
    pdims = f"{ln * c.r.uniform(1.1, 1.6):.1f} x {wd * c.r.uniform(1.1, 1.5):.1f} cm"
    dp = dopp(c, isch=c.yes(0.5))
    s = side[0].upper()
    c.t(f"Multidisciplinary Diabetic Foot Clinic\n{c.ch(EN_HOSP)}\n\n")
    c.t("Clinic: ").d(clinic, c.ch(["dmy", "long"])).t("    Typed: ").d(typed, c.ch(["dmy", "dmyy"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{c.ch(EN_GP)}\n").ad(gtown).t("\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, "dmy").t(", NHS No ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t(", Hosp No ").id(hosp).t("\n").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\n\n")
    c.t("Diagnoses:\n1. ").c("Type 2 diabetes").t(f" since {c.today.year - c.ri(6, 25)}, ")
    c.c(labs(c, ["a1c"])[0]).t("\n2. ").c(f"{c.ch(['Neuropathic', 'Neuroischaemic'])} ulcer, {site}, {side} foot")
    c.t("\n3. ").c(f"ABPI {dp['R']['abpi']} R / {dp['L']['abpi']} L").t("\n4. ").c(f"CKD stage {c.ch(['3a', '3b', '4'])}")
    c.t("\n\n")
    c.t(f"I reviewed {q.title} ").nm(q.last).t(f" today with our podiatry team. {q.He} reports ")
    c.c(c.ch(["no pain", "mild aching at night", "increased exudate on the dressing"])).t(" and ")
    c.t(c.ch(["has been wearing", "admits to not always wearing"])).t(" the ")
    c.c(c.ch(["removable knee-high offloading device", "forefoot offloading shoe", "total contact cast"])).t(".\n\n")
    c.t("On examination the ulcer measures ").c(dims).t(f" ({area_}, previously ").c(pdims).t(" on ").d(prev, "dsh")
    c.t("). The base is ").c(bed(c)).t(" with ").c(c.ch(["moderate serous exudate", "low exudate",
                                                         "haemoserous exudate"]))
    c.t(" and ").c(c.ch(["callus to the margins", "macerated edges", "healthy epithelial margins"])).t(". Probe to bone ")
    c.c(c.ch(["negative", "negative", "positive"])).t(". ").c(sinbad(c)).t(", ").c(ut_grade(c)).t(". ")
    c.t("Monofilament ").c(f"{c.ri(0, 6)}/10").t(f" {s}, ").c(f"{c.ri(0, 10)}/10").t(f" {'L' if s == 'R' else 'R'}. ")
    c.t("Doppler: DP ").c(dp[s]["wave"]).t(", toe pressure ").c(f"{dp[s]['toe']} mmHg").t(" (TBPI ")
    c.c(dp[s]["tbpi"]).t(").\n\n")
    c.t("Bloods: ").cl(labs(c, ["crp", "wcc", "egfr", "hb"])).t(". X-ray foot ")
    c.c(c.ch(["shows no cortical erosion", "shows periosteal reaction at the 2nd metatarsal head",
              "is unchanged from the previous film"])).t(".\n\n")
    c.t("Plan:\n- sharp debridement performed today, ").c(c.ch(["no bleeding", "minimal bleeding"])).t("\n- ")
    c.c(c.ch(DRESSINGS)).t(" dressings ").c(c.ch(["three times a week", "alternate days", "twice weekly"]))
    c.t(" via the district nurses\n- ")
    if c.yes(0.5):
        c.c(c.ch(ABX_UK)).t(" for ").c(c.ch(["7 days", "14 days", "2/52"])).t("\n- ")
    c.t("please increase ").c(c.ch(DM_UK)).t(" and check ").c("HbA1c").t(" in ").c("3 months").t("\n- ")
    if dp[s]["wave"].endswith("monophasic"):
        c.t("vascular referral for ").c("arterial duplex").t(" sent\n- ")
    c.t("review here on ").d(nxt, c.ch(["long", "dmy"])).t("\n\nYours sincerely,\n\n")
    c.t("Dr ").nm(cons.fl).t(f"{c.ch([' FRCP', ', MRCP'])}\nConsultant Diabetologist, GMC ").id(gmc_no(c.r)).t("\n\n")
    c.nm(pod.fl).t(", Advanced Podiatrist (HCPC ").id(hcpc_no(c.r)).t(")\n")
    c.t(f"cc: {q.title} ").nm(q.last).t(", by post")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)], (line, town, pc))


def en_annual_review(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(52, 92)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    tel = phone(c, area, mob=c.yes(0.5))
    pod = c.staff()
    seen = c.wdt(-10, 0)
    last = seen - timedelta(days=c.ri(330, 420))
    dp = dopp(c, isch=c.yes(0.3))
    mono = (c.ri(0, 10), c.ri(3, 10))
    fork = c.ch(["present bilaterally", "absent at hallux IPJ bilaterally", "reduced R, present L"])
    pulse = (c.ch(["palpable", "not palpable"]), c.ch(["palpable", "weak"]))
    skin = c.ch(["callus plantar 1st and 5th MTPJs", "fissured heels", "tinea pedis interdigital", "no callus, skin intact"])
    msk = c.ch(["hallux valgus R", "clawing of lesser toes", "pes cavus", "no deformity"])
    ulc, amp = c.ch(["no", "yes - healed", "no", "no"]), c.ch(["no", "no", "no", "R 4th toe"])
    neuro = min(mono) < 8 or fork.startswith("absent")
    isch = min(float(dp["R"]["abpi"]), float(dp["L"]["abpi"])) < 0.9 or pulse[0] == "not palpable"
    deform = msk != "no deformity" or skin.startswith("callus")
    if ulc != "no" or amp != "no" or (neuro and (isch or deform)) or (isch and deform):
        risk = "High"
    else:
        risk = "Moderate" if neuro or isch or deform else "Low"
    c.t(f"{c.ch(EN_COMM)} - Podiatry\nDIABETIC FOOT RISK ASSESSMENT (annual review)\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.LF, q.fL])).t("\nDOB: ").d(dob, c.ch(["dmy", "dot"])).t(" (")
    c.age(a).t(")\nNHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc)
    c.t("\nTel: ").ph(tel).t("\nSeen: ").d(seen, "dmy")
    c.t(f" at {c.ch(['Bulwell Riverside', 'Ashfield Health Village', 'Clifton Cornerstone', 'Long Eaton Health Centre'])}")
    c.t("\nLast assessment: ").d(last, c.ch(["dmy", "my"])).t("\n\n")
    c.t("Diabetes: ").c(c.ch(["Type 2", "Type 2", "Type 1"])).t(", ").c(labs(c, ["a1c"])[0]).t(", ")
    c.c(c.ch(DM_UK)).t("\nSmoking: ").c(c.ch(["never", "ex-smoker (20 pack years)", "current, 10/day"])).t("\n\n")
    c.t("Neurological\n  10 g monofilament: R ").c(f"{mono[0]}/10").t(", L ").c(f"{mono[1]}/10")
    c.t("\n  128 Hz tuning fork: ").c(fork)
    c.t("\n  Ankle reflexes: ").c(c.ch(["present", "absent bilaterally"])).t("\n")
    c.t("Vascular\n  Pulses: DP ").c(pulse[0]).t(", PT ").c(pulse[1])
    c.t("\n  Doppler R: DP ").c(dp["R"]["wave"]).t(", ABPI ").c(dp["R"]["abpi"]).t("\n  Doppler L: DP ")
    c.c(dp["L"]["wave"]).t(", ABPI ").c(dp["L"]["abpi"]).t("\n  Brachial ").c(f"{dp['brR']} / {dp['brL']} mmHg")
    c.t("\nDermatological\n  ").c(skin)
    c.t("; nails ").c(c.ch(["onychauxic hallux nails", "thickened, mycotic", "normal"])).t("\n")
    c.t("Musculoskeletal\n  ").c(msk)
    c.t("\n  Footwear: ").c(c.ch(["appropriate", "inadequate - slippers", "too narrow in the forefoot"])).t("\n\n")
    c.t("Previous ulcer: ").c(ulc).t("   Amputation: ").c(amp)
    c.t("\nRISK CATEGORY (NICE NG19): ").c(risk.upper()).t("\n\n")
    c.t("Treatment: ").c(c.ch(["callus reduced with scalpel", "nails cut and filed", "no treatment required"]))
    c.t(". Advice leaflet given. Next review ").c({"Low": "12 months", "Moderate": "3-6 months",
                                                     "High": "1-2 months"}[risk])
    c.t(".\n\n").nm(pod.fi).t(", Podiatrist ").id(hcpc_no(c.r))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), tel)


def en_nail_surgery(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(16, 78)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    mob = phone(c)
    pod, asst = c.staff(), c.staff()
    op = c.wdt(-3, 0)
    redress = op + timedelta(days=c.ch([2, 3]))
    side = c.ch(["right", "left"])
    border = c.ch(["medial", "lateral", "medial and lateral"])
    la = c.ch(["2% lidocaine plain 4 ml", "3% mepivacaine 3 ml", "2% lidocaine plain 3 ml"])
    c.t("NAIL SURGERY RECORD - ").t(c.ch(["Ashfield Health Village", "Clifton Cornerstone", "Derby Road clinic"]))
    c.t("\n\nPatient: ").nm(q.fL).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs_fmt(nhs, 1)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("   Mobile: ").ph(mob).t("\n")
    c.t("Date of procedure: ").d(op, c.ch(["dmy", "long"])).t("\n\n")
    c.t("Indication: ").c(f"recurrent onychocryptosis {side} hallux, {border} border").t(", ")
    c.c(c.ch(["2 courses of antibiotics", "hypergranulation tissue", "failed conservative care"])).t("\n")
    c.t("PMH: ").c(c.ch(["nil", "asthma", "hypertension", "type 2 diabetes (diet controlled)"])).t(". Meds: ")
    c.c(c.ch(["nil regular", "salbutamol PRN", "amlodipine 5 mg OD", "sertraline 50 mg OD"])).t(". Allergies: ")
    c.c(c.ch(["NKDA", "penicillin (rash)", "elastoplast"])).t("\n")
    c.t("Pre-op: BP ").c(f"{c.ri(108, 150)}/{c.ri(62, 92)}").t(", pulse ").c(f"{c.ri(60, 96)}").t(", CFT ")
    c.c("<3 s").t(", pulses ").c("palpable").t("\nConsent: ").c("written, risks explained (regrowth 5%, infection)")
    c.t("\n\nAnaesthesia: ").c("digital (ring) block").t(" ").c(la).t(f" {c.tm(9, 15)}, anaesthesia confirmed at ")
    c.c(f"{c.ri(8, 15)} minutes").t("\nTourniquet: ").c(f"applied, {c.ri(6, 14)} min").t("\n")
    c.t("Procedure: ").c(f"PNA {border} border").t(", ").c("89% phenol x 3 applications of 60 seconds").t(", ")
    c.c("flushed with IPA").t("\nDressing: ").c("Jelonet, gauze, tubular bandage").t("\nBlood loss: ")
    c.c("minimal").t(". Tolerated well.\n\n")
    c.t("Post-op: ").c("paracetamol 1 g QDS PRN").t(", elevate for ").c("24 hours").t(", keep dry until redressing on ")
    c.d(redress, c.ch(["dmy", "dsh"])).t(". Phone ").t(c.ch(["the nail surgery line", "the clinic"])).t(" on ")
    c.ph(phone(c, area, mob=False)).t(" if concerned.\n\n")
    c.t("Operator: ").nm(pod.fl).t(" (HCPC ").id(hcpc_no(c.r)).t(")   Assistant: ").nm(asst.fi)
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), mob)


def en_amp_followup(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(50, 88)
    nhs = nhs_no(c.r)
    hosp = f"{c.ch(['RK5', 'RX1', 'RWD'])}{c.dig(7)}"
    vasc, reg = c.staff(), c.staff()
    op = c.dt(-60, -21)
    seen = c.wdt(-3, 0)
    side = c.ch(["right", "left"])
    toe = c.ch(["hallux", "2nd toe", "3rd toe", "4th and 5th toes", "2nd toe and ray"])
    dims, _, _, _ = wound(c)
    c.t(f"{c.ch(EN_HOSP)} - Vascular / Podiatry Joint Clinic\n\n")
    c.nm(c.ch([q.LF, q.LFF])).t("  |  ").id(hosp).t("  |  NHS ").id(nhs_fmt(nhs, 0)).t("  |  DOB ").d(dob, "dmy")
    c.t("\nSeen: ").d(seen, "dmy").t(" by ").nm(reg.fi).t(" (ST5) for ").nm(vasc.fi).t("\n\n")
    c.t("Procedure: ").c(f"{side} {toe} amputation").t(" on ").d(op, c.ch(["dmy", "dsh"])).t(" for ")
    c.c(c.ch(["wet gangrene", "osteomyelitis of the distal phalanx", "dry gangrene after angioplasty"])).t(".\n")
    c.t("Bone margin histology: ").c(c.ch(["clear", "residual osteomyelitis at proximal margin"])).t(". ")
    c.t("Microbiology: ").c(c.ch(["MSSA", "Pseudomonas aeruginosa", "mixed anaerobes", "MRSA"])).t("\n")
    c.t("Antibiotics: ").c(c.ch(ABX_UK)).t(", now day ").c(f"{c.ri(10, 40)}").t(" of ").c("6 weeks").t("\n\n")
    c.t("Wound: ").c(dims).t(", ").c(bed(c)).t(", ").c(c.ch(["sutures in situ", "staples removed today",
                                                                "wound edges opposed"]))
    c.t(", no cellulitis. Temperature ").c(f"{c.fl(36.3, 37.4)}").t(".\n")
    c.t("Obs: ").cl(obs(c)[:2]).t("\nBloods: ").cl(labs(c, ["crp", "wcc", "cr", "k"])).t("\n")
    c.t("Other foot: ").c(c.ch(["intact, callus 1st MTPJ", "intact", "fissured heel"])).t(", ABPI ").c(c.fl(0.6, 1.1, 2))
    c.t("\n")
    pmh(c, k=c.ri(2, 4))
    c.t("Meds: ").cl(pick(c, DM_UK, 1) + pick(c, CV_UK, 3)).t("\n")
    social(c)
    c.t("\nPlan: ").c("heel-weight-bearing post-op shoe").t(", ").c(c.ch(DRESSINGS)).t(" ")
    c.c(c.ch(["three times weekly", "twice weekly"])).t(" (DN), continue ").c(c.ch(CV_UK[:2])).t(". ")
    c.t("Refer orthotics for ").c("toe filler and insoles").t(". Review in ").c(c.ch(["2 weeks", "3/52", "4 weeks"]))
    c.t(".\n").nm(reg.fl).t(", Vascular Registrar, bleep ").ph(f"{c.ri(2, 8)}{c.dig(3)}")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)])


def en_dn_handover(c: C) -> Note:
    """Lower-case district nursing handover typed between visits."""
    n = c.ri(3, 4)
    pats = []
    for _ in range(n):
        q = c.pat()
        dob, a = c.adult(60, 98)
        pats.append((q, dob, a))
    nurse = c.staff()
    dn = c.staff()
    day = c.wdt(-2, 0)
    c.t(f"dn handover {c.ch(['south team', 'hucknall team', 'boston west', 'mansfield nth'])} ").d(day, c.ch(["dm", "d/m"]))
    c.t(f" {c.ch(['am', 'pm'])} - from ").nm(nurse.first.lower()).t("\n\n")
    main = pats[0]
    for k, (q, dob, a) in enumerate(pats):
        line, town, _, _, _ = place(c)
        if k:
            c.t("\n")
        c.nm(q.low).t(" (").age(a).t(") ").ad(line.lower()).t(" ").ad(town.lower()).t("\n")
        kind = c.ch(["dfu", "leg ulcer", "post toe amp", "heel pressure ulcer", "lymphoedema wraps"])
        if kind == "dfu":
            c.t("- dfu ").c(f"{c.ch(['r', 'l'])} {c.ch(['plantar 1st mtpj', 'apex 2nd toe', 'heel'])}")
            c.t(" meas ").c(f"{c.fl(0.5, 3.0)}x{c.fl(0.4, 2.5)}cm").t(", ").c(c.ch(["inadine", "aquacel ag", "sorbact"]))
            c.t(" + ").c("gauze + k-lite").t(" ").c(c.ch(["m/w/f", "alt days", "tues/fri"])).t("\n")
        elif kind == "leg ulcer":
            c.t("- ").c(f"{c.ch(['r', 'l'])} gaiter venous ulcer").t(" abpi ").c(f"{c.fl(0.85, 1.2, 2)}")
            c.t(" ").c(c.ch(["k2 system", "actico 2 layer", "urgo k2"])).t(" weekly, ").c("atrauman").t(" contact\n")
        elif kind == "post toe amp":
            c.t("- ").c(f"{c.ch(['r', 'l'])} {c.ch(['2nd', 'hallux', '3rd'])} toe amp").t(" site ")
            c.c(c.ch(["healing well", "sloughy, 0.6cm gap", "bit of maceration"])).t(", ").c("inadine + mepilex border")
            c.t(" x").c(c.ch(["2", "3"])).t("/wk\n")
        elif kind == "heel pressure ulcer":
            c.t("- ").c(f"{c.ch(['r', 'l'])} heel cat {c.ch(['2', '3'])}").t(" ").c(c.ch(["allevyn heel", "kerramax"]))
            c.t(", ").c("heel boots on").t(", ").c("waterlow 18").t("\n")
        else:
            c.t("- ").c("bilat legs").t(" wraps ").c(c.ch(["juxtacures", "readywrap"])).t(", ").c("emollient")
            c.t(", leaking ").c(c.ch(["less", "still +++", "none"])).t("\n")
        c.t("- ").t(c.ch(["obs ", "checked "])).cl(obs(c)[:2] + [f"bm {c.fl(5.1, 18.4)}"], " ").t("\n")
        c.t("- ").c(c.ch(["pressure areas intact", "sacrum blanching", "heels red but blanching"])).t(", ")
        c.c(c.ch(["eating and drinking ok", "poor intake, fortisip bd", "fluids encouraged"])).t(", ")
        c.c(c.ch(["pain ok with paracetamol", "pain 6/10 at night", "no pain"])).t("\n")
        if k == 0:
            rel, word = kin(c, q, c.ch(["child", "spouse"]))
            c.t("- ").nm(rel.first.lower()).t(f" ({word}) ")
            c.t(c.ch(["asked for a call back", "says pt not eating", "rang re dressing supplies"])).t(" on ")
            c.ph(phone(c)).t("\n")
    c.t("\nfor tvn: can ").nm(dn.first.lower()).t(" see ").nm(main[0].first.lower()).t(" ")
    c.c(c.ch(["re swab result", "re 4 layer", "re doppler"])).t(" pls. gp (dr ").nm(c.staff().last.lower())
    c.t(") aware. next visit ").d(day + timedelta(days=c.ri(1, 3)), c.ch(["dm", "d/m"]))
    q, dob, a = main
    return _end(c, q, dob, [])


def en_lymph_assess(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(38, 94)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    mob = phone(c, area, mob=c.yes(0.6))
    lt = c.staff("f")
    gp, gtown, _ = _gp(c)
    seen = c.wdt(-14, -1)
    onset = c.dt(-1500, -200)
    side = c.ch(["right", "left"])
    leg = c.yes(0.6)
    lm = limb(c, leg=leg, excess=c.r.uniform(0.12, 0.45))
    cause = (c.ch(["after inguinal node clearance for melanoma", "primary (late onset)",
                   "secondary to recurrent cellulitis", "with chronic venous insufficiency"]) if leg else
             c.ch(["after left mastectomy and axillary clearance", "after wide local excision and SLNB, radiotherapy"]))
    c.t(c.ch(["LOROS Lymphoedema Service", "Nottingham Lymphoedema Service", "Lincolnshire Lymphoedema Clinic"]))
    c.t(" - Initial Assessment\n\n")
    c.nm(q.fL).t(", ").d(dob, "dmy").t(", NHS ").id(nhs_fmt(nhs, 0)).t("\n").ad(line).t(", ").ad(town).t(", ")
    c.zp(pc).t("   Tel ").ph(mob).t("\nGP: Dr ").nm(gp.fl).t(", ").ad(gtown).t("\nAssessed: ").d(seen, "long")
    c.t(" by ").nm(lt.fl).t(", Clinical Nurse Specialist\n\n")
    c.t(f"{'Leg' if leg else 'Arm'} swelling {side}, ").c(cause).t(", noticed ").d(onset, c.ch(["my", "mshy"]))
    c.t(". ").c(f"{c.ri(0, 4)} episodes of cellulitis").t(" in the last year. ").c(c.ch(["BMI 34", "BMI 41", "BMI 28"]))
    c.t(".\nSkin: ").c(c.ch(["Stemmer sign positive", "Stemmer sign negative"])).t(", ")
    c.c(c.ch(["pitting ++", "non-pitting, fibrotic", "papillomatosis at the toes", "hyperkeratosis"] if leg else
             ["pitting ++ at the forearm", "non-pitting, fibrotic", "tissue thickening over the dorsum of the hand"]))
    c.t(". ")
    c.c(f"ISL stage {c.ch(['I', 'II', 'II', 'late II', 'III'])}").t(".\n\n")
    c.t(f"Circumferences (every 4 cm from the {'ankle' if leg else 'wrist'}):\n")
    circ_table(c, lm, side, "other")
    c.t("Volume: ").c(f"{lm['va']} ml").t(f" {side} vs ").c(f"{lm['vu']} ml").t(", excess ")
    c.c(f"{lm['ml']} ml ({lm['pct']}%)").t("\nLYMQOL overall ").c(f"{c.ri(2, 9)}/10").t("\n\n")
    c.t("Plan: ").c(c.ch(["MLLB for 2 weeks then flat-knit garment", "RAL class 2 flat-knit garment",
                          "adjustable wrap system and MLD"]))
    c.t(", ").c("skin care with emollient BD").t(", ").c("exercise programme").t(". ")
    if c.yes(0.5):
        c.t("Cellulitis prophylaxis: ").c("penicillin V 250 mg BD").t(" for ").c("2 years").t(". ")
    c.t("Review ").d(seen + timedelta(days=c.ch([14, 28, 42])), c.ch(["dmy", "dmo"])).t(".")
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), mob)


def en_garment_order(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(40, 95)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    tel = phone(c, area, mob=c.yes(0.5))
    lt = c.staff()
    order = c.wdt(-5, 0)
    leg = c.yes(0.65)
    lm = limb(c, leg=leg, excess=c.r.uniform(0.1, 0.35))
    sup, pre, dom = c.ch([("Haddenham Healthcare", "HAD", "hadhealth"), ("medi UK", "MED", "medi-uk"),
                          ("Sigvaris Britain", "SGV", "sigvaris-gb"), ("Juzo UK", "JUZ", "juzo-uk")])
    ref = f"{pre}-{c.dig(6)}"
    c.t(f"COMPRESSION GARMENT ORDER - made to measure\nSupplier: {sup}\n")
    c.t("Order date: ").d(order, "dmy").t("   Order ref: ").id(ref).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.LF])).t("   NHS no: ").id(nhs).t("   DOB: ").d(dob, c.ch(["dmy", "dd sh"]))
    c.t("\nDeliver to: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nContact tel: ").ph(tel).t("\n\n")
    if leg:
        c.t("Garment: ").c(f"{c.ch(['below knee', 'below knee', 'thigh high'])} flat-knit stocking").t(", ")
        c.c(c.ch(["open toe", "closed toe"])).t(", ").c("RAL class 2 (23-32 mmHg)").t(", ").c(c.ch(["beige", "black"]))
        c.t("\nMeasurements (").t(c.ch(["right", "left"])).t("): ").cl(garment_leg(c, lm)).t("\n")
        c.t("Add: ").c(c.ch(["toe cap class 1", "silicone top band", "heel pocket"])).t("\n")
    else:
        c.t("Garment: ").c("arm sleeve with separate gauntlet").t(", ").c("RAL class 2 (23-32 mmHg)").t("\n")
        c.t("Measurements: ").cl(garment_arm(c, lm)).t("\n")
    c.t("Indication: ")
    c.c(c.ch(["secondary lymphoedema after groin dissection", "primary lymphoedema",
              "chronic oedema with venous disease", "lymphoedema after breast cancer treatment"]))
    c.t("\n")
    c.t("Previous garment: ")
    c.c(c.ch(["circular-knit class 2, poor fit at the ankle", "none - after MLLB", "flat-knit class 1"]))
    c.t("\nContraindications checked: ").c("ABPI > 0.8").t(", ").c("no acute DVT").t(", ").c("no heart failure decompensation")
    c.t("\n")
    c.t("Quantity: ").c("2 (one to wear, one to wash)").t("   Replace every ").c("6 months").t("\n")
    c.t("Donning aid: ").c(c.ch(["Easy-Slide", "frame applicator", "none"])).t("\n\n")
    c.t("Clinical: excess volume ").c(f"{lm['pct']}%").t(", skin ").c(c.ch(["intact", "dry, intact", "healed lymphorrhoea"]))
    c.t(", ABPI ").c(f"{c.fl(0.9, 1.25, 2)}").t("\n\nTrack this order: ")
    c.p("URL", f"https://orders.{dom}.co.uk/track/{ref}?k={c.tok(10)}")
    c.t("\nMeasured by ").nm(lt.fl).t(", Lymphoedema Practitioner, ").em(lt.mail("nhs.net", c.ri(0, 5)))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc), tel)


def en_orthotics_ref(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(35, 85)
    nhs = nhs_no(c.r)
    hosp = f"{c.ch('JKM')}{c.dig(6)}"
    line, town, pc, _, _ = place(c)
    mob = phone(c)
    pod, orth = c.staff(), c.staff()
    ref = c.wdt(-7, 0)
    appt = ref + timedelta(days=c.ri(10, 40))
    c.t("REFERRAL TO ORTHOTICS - bespoke footwear / insoles\n\n")
    c.t("Surname: ").nm(q.last.upper()).t("   Forename: ").nm(q.first).t("\nDOB: ").d(dob, "dmy").t("   NHS: ")
    c.id(nhs_fmt(nhs, 2)).t("   Hosp no: ").id(hosp).t("\nAddress: ").ad(line).t(", ").ad(town).t("  ").zp(pc)
    c.t("\nMobile: ").ph(mob).t("\nReferral date: ").d(ref, "dmy").t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["type 2 diabetes with peripheral neuropathy", "healed plantar 1st MTPJ ulcer",
                               "Charcot neuroarthropathy, inactive", "previous 2nd toe amputation"]))
    c.t("\nFoot risk: ").c(c.ch(["HIGH", "IN REMISSION"])).t("\nDeformity: ").c(c.ch([
        "hallux valgus with dorsal 2nd PIPJ prominence", "rocker bottom midfoot", "clawed toes, prominent met heads"]))
    c.t("\nShoe size: ").c(f"UK {c.ri(5, 11)}").t(", width ").c(c.ch(["E", "EE", "EEE", "H"])).t("\n")
    c.t("Plantar pressure (in-shoe): peak ").c(f"{c.ri(180, 420)} kPa").t(" under ").c(c.ch(["1st MTPJ", "2nd met head",
                                                                                             "midfoot"]))
    c.t("\nCurrent offloading: ").c(c.ch(["total contact insoles from 2019", "stock extra-depth shoes", "none"]))
    c.t("\nVascular: ").c(f"ABPI {c.fl(0.8, 1.25, 2)}").t(", ").c(c.ch(["biphasic", "triphasic", "monophasic"])).t(" DP\n")
    c.t("HbA1c ").c(f"{c.ri(48, 96)} mmol/mol").t("; mobility ").c(c.ch(["independent", "one stick", "wheelchair outdoors"]))
    c.t("\n")
    pmh(c, k=2)
    c.t("\nRequest: ")
    c.c(c.ch(["bespoke footwear with TCI and rocker sole", "modular extra-depth footwear with total contact insoles",
              "CROW walker review"]))
    c.t("\nUrgency: ").c(c.ch(["routine", "soon - ulcer healed 4 weeks ago"])).t("\n\n")
    c.t("Referrer: ").nm(pod.fl).t(", Specialist Podiatrist, HCPC ").id(hcpc_no(c.r)).t(", ").em(pod.mail("nhs.net"))
    c.t("\n---\nOrthotics use: appointment ").d(appt, "dmy").t(f" {c.tm(9, 15)} with ").nm(orth.fi)
    c.t(" (HCPC ").id(hcpc_no(c.r, "PO")).t(")")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)], (line, town, pc), mob)


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = orgs("Forth Valley Royal Hospital", "Perth Royal Infirmary", "Stirling Community Hospital",
               "Clackmannanshire Community Healthcare Centre", "St Margaret's Hospital")
SC_GP = orgs("Medical Practice", "Health Centre", "Medical Group")
BAD_NAMES.update(["Eichenholtz", "Brodsky", "Sanders", "Frykberg", "Clackmannanshire", "Margaret"])


def chi_fmt(s: str, k: int) -> str:
    return [s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"][k % 3]


def sc_foot_screen(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(48, 93)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _, _ = place(c)
    mob = phone(c)
    _, gtown, _, _, _ = place(c)
    pod = c.staff()
    seen = c.wdt(-7, 0)
    prev = seen - timedelta(days=c.ri(300, 460))
    dp = dopp(c, isch=c.yes(0.35))
    risk = c.ch(["HIGH", "HIGH", "MODERATE", "ACTIVE"])
    c.t("SCI-Diabetes - Foot Screening\nNHS Forth Valley / Perth and Kinross HSCP\n\n")
    c.t("CHI: ").id(chi_fmt(chi, c.ri(0, 2))).t("\nName: ").nm(c.ch([q.LF, q.LFF])).t("\nDOB: ").d(dob, "dmon")
    c.t("   Sex: ").t(q.sx).t("\nAddress: ").ad(line).t(", ").ad(town).t(", ").zp(pc).t("\nMobile: ").ph(mob)
    c.t("\nGP: ").ad(gtown).t(f" {c.ch(SC_GP)}\n")
    c.t("Screening date: ").d(seen, "dmon").t("   Previous: ").d(prev, "dmon").t("\n\n")
    c.t("                      RIGHT              LEFT\n")
    c.t("Monofilament (10 g):  ").c(f"{c.ri(0, 10)}/10").t("               ").c(f"{c.ri(0, 10)}/10").t("\n")
    c.t("Pulses DP / PT:       ").c(c.ch(["2 / 2", "1 / 2", "0 / 1"])).t("              ").c(c.ch(["2 / 2", "1 / 1", "0 / 0"]))
    c.t("\nDoppler waveform:     ").c(dp["R"]["wave"]).t("          ").c(dp["L"]["wave"]).t("\n")
    c.t("ABPI:                 ").c(dp["R"]["abpi"]).t("               ").c(dp["L"]["abpi"]).t("\n")
    c.t("Deformity:            ").c(c.ch(["hallux valgus", "none", "claw toes"])).t("           ")
    c.c(c.ch(["none", "prominent met heads", "Charcot (inactive)"])).t("\n")
    c.t("Callus / ulcer:       ").c(c.ch(["callus 1st MTPJ", "none"])).t("           ")
    c.c("ulcer apex 2nd toe" if risk == "ACTIVE" else c.ch(["none", "pre-ulcerative callus"])).t("\n\n")
    c.t("Risk score: ").c(risk).t(f"   (previous {c.ch(['MODERATE', 'HIGH', 'LOW'])})\n")
    c.t("HbA1c ").c(f"{c.ri(48, 102)} mmol/mol").t(", eGFR ").c(f"{c.ri(24, 90)}").t(", BP ")
    c.c(f"{c.ri(118, 168)}/{c.ri(62, 92)}")
    c.t(", smoker ").c(c.ch(["no", "yes", "ex"])).t("\nMedication: ").cl(pick(c, DM_UK, 2) + pick(c, CV_UK, 1)).t("\n")
    c.t("Footwear: ").c(c.ch(["suitable", "unsuitable - slippers", "orthotic footwear in use"])).t("   Education: ")
    c.c(c.ch(["given, understood", "given to daughter", "declined"])).t("\n\n")
    c.t("Action: ").c({"ACTIVE": "urgent referral to MDT foot clinic (active ulcer)",
                       "HIGH": c.ch(["refer to Foot Protection Programme", "podiatry review 1-3 monthly"]),
                       "MODERATE": c.ch(["podiatry review 3-6 monthly", "footwear and education"])}[risk])
    c.t(". Patient given ").c(c.ch(["high-risk foot leaflet", "ulcer red-flag card"])).t(".\nNext screening due: ")
    c.d(seen + timedelta(days=c.ri(80, 370)), c.ch(["mshy", "my"])).t("\n\nScreened by ").nm(pod.fi2).t(", Podiatrist (HCPC ")
    c.id(hcpc_no(c.r)).t(")")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc), mob)


def sc_lymph_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(45, 92)
    chi = chi_no(c.r, dob, q.sex)
    line, town, pc, _, _ = place(c)
    gp, gtown, _ = _gp(c)
    lsn = c.staff("f")
    rel, word = kin(c, q, c.ch(["spouse", "child"]))
    seen = c.wdt(-14, -1)
    adm = seen - timedelta(days=c.ri(20, 60))
    lm = limb(c, leg=True, excess=c.r.uniform(0.15, 0.4))
    side = c.ch(["right", "left"])
    c.t("Perth and Kinross Lymphoedema Service\n").t(c.ch(SC_HOSP)).t("\n\n").d(seen + timedelta(days=c.ri(1, 5)), "nth")
    c.t("\n\nDr ").nm(gp.fi2).t("\n").ad(gtown).t(f" {c.ch(SC_GP)}\n\nDear Dr ").nm(gp.last).t("\n\n")
    c.t(f"Re: {q.title} ").nm(q.fl).t(" (d.o.b. ").d(dob, "dmy").t(") CHI ").id(chi_fmt(chi, c.ri(0, 1))).t("\n")
    c.ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("I saw ").nm(q.first).t(" on ").d(seen, "dmo").t(f" following {q.his} admission on ").d(adm, "dmo")
    c.t(" with ").c(f"{side} lower leg cellulitis").t(", treated with ").c("flucloxacillin 2 g IV QDS").t(" then ")
    c.c("oral clarithromycin 500 mg BD").t(f". This is {q.his} ").c(c.ch(["second", "third", "fourth"])).t(" episode in ")
    c.c("12 months").t(". ").t(q.He).t(" has ").c(c.ch(["chronic oedema", "lymphoedema", "lipo-lymphoedema"]))
    c.t(" of both legs, ")
    c.c(f"worse on the {side}").t(", with ")
    c.c(c.ch(["deepened skin folds", "lymphorrhoea", "hyperkeratosis", "positive Stemmer sign"]))
    c.t(".\n\nLimb volumes today: ").c(f"{side} {lm['va']} ml").t(", ").c(f"other {lm['vu']} ml").t(" (excess ")
    c.c(f"{lm['pct']}%").t("). ").c(f"BMI {c.fl(27, 46)}").t(". ABPI ").c(f"{c.fl(0.9, 1.2, 2)}").t(".\n\n")
    c.t("In line with the BLS consensus on cellulitis in lymphoedema I would be grateful if you could prescribe ")
    c.c("phenoxymethylpenicillin 250 mg BD").t(" as prophylaxis for ").c("two years").t(" (")
    c.c(c.ch(["erythromycin 250 mg BD", "clarithromycin 250 mg BD"])).t(" if penicillin allergic). We have fitted ")
    c.c(c.ch(["British Standard class 2 below-knee hosiery", "a flat-knit class 2 below-knee garment",
              "an adjustable compression wrap"])).t(". ")
    c.t(f"{q.His} {word} ").nm(rel.first).t(" helps with donning.\n\n")
    c.t("I will review ").nm(q.first).t(" in ").c(c.ch(["6 weeks", "3 months"])).t(".\n\nYours sincerely\n\n")
    c.nm(lsn.fl).t("\nLymphoedema Specialist Nurse, NMC PIN ").id(nmc_pin(c.r, "S")).t("\n")
    c.t("Tel ").ph(phone(c, "01738", mob=False)).t("\ncc Patient")
    return _end(c, q, dob, [("chi", chi)], (line, town, pc))


def sc_tcc_log(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(38, 82)
    chi = chi_no(c.r, dob, q.sex)
    mob = phone(c)
    p1, p2 = c.staff(), c.staff()
    i1, i2 = c.ini(p1), c.ini(p2)
    start = c.dt(-70, -28)
    side = c.ch(["R", "L"])
    c.t("Forth Valley Royal Hospital - Podiatry\nTOTAL CONTACT CAST RECORD\n\n")
    c.nm(q.fL).t("   CHI ").id(chi).t("   DOB ").d(dob, "dotyy").t("\nPatient mobile (cast problems): ").ph(mob).t("\n")
    c.t("Indication: ").c(c.ch([f"{side} plantar 1st MTPJ neuropathic ulcer", f"{side} plantar 5th MTPJ ulcer",
                                 f"{side} plantar midfoot ulcer over a Charcot rocker bottom"]))
    c.t("; ABPI ").c(f"{c.fl(0.9, 1.25, 2)}").t(", HbA1c ").c(f"{c.ri(50, 98)} mmol/mol").t("\n\n")
    c.t("Pre-cast checks: ").c("no infection").t(", ").c("no ischaemia").t(", ").c("skin intact proximally").t(", ")
    c.c(f"foot temp diff {c.fl(0.2, 2.5)} degC").t("\nWarnings given: ").c("swelling, rubbing, fever, cast damage").t("\n")
    pmh(c, k=2)
    c.t("\nDate      Ulcer (mm)   Skin check             By   Next\n")
    d = start
    ln, wd = c.ri(18, 35), c.ri(12, 28)
    for k in range(c.ri(4, 6)):
        nxt = d + timedelta(days=7)
        c.d(d, "dmyy").t("  ").c(f"{ln} x {wd}").t("      ").c(c.ch(["intact", "intact", "rub L malleolus, padded",
                                                                      "heel intact", "mild maceration"]))
        c.t(f"   {i1 if k % 2 else i2}   ").d(nxt, "dm").t("\n")
        ln, wd = max(2, ln - c.ri(2, 6)), max(2, wd - c.ri(1, 5))
        d = nxt
    healed = ln <= 6
    if healed:
        c.d(d, "dmyy").t("  ").c("healed").t("       ").c("epithelialised, cast off").t(f"   {i1}\n")
    c.t("\nCast: ").c("fibreglass TCC, 3 layers, plaster of Paris inner").t(", ").c("felt padding to malleoli and toes")
    c.t("\nCast shoe size ").c(c.ch(["M", "L", "XL"])).t(". Advised to limit walking to ").c("1000 steps/day").t(".\n")
    c.t("Plan: ").c("healed - bespoke footwear ordered, removable walker meanwhile" if healed else
                    c.ch(["continue TCC", "continue TCC", "step down to removable walker"]))
    c.t(". Next appointment ").d(d + timedelta(days=21) if healed else d, c.ch(["dmy", "long"])).t(f" {c.tm(9, 15)}.\nCasting: ").nm(p1.fl).t(", ")
    c.nm(p2.fl).t(" (Podiatrists)")
    return _end(c, q, dob, [("chi", chi)], (), mob)


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = orgs("Ysbyty Gwynedd", "Ysbyty Glan Clwyd", "Wrexham Maelor Hospital", "Ysbyty Alltwen",
               "Llandudno General Hospital", "Ysbyty Penrhos Stanley")


def cy_nail_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(14, 80)
    nhs = nhs_no(c.r)
    line, town, pc, area, _ = place(c)
    pod = c.staff()
    op = c.dt(-60, -28)
    lt = c.wdt(-3, 0)
    welsh = q.grp == "nwc"
    side = c.ch(["right", "left"])
    c.t("Bwrdd Iechyd Prifysgol Betsi Cadwaladr\nGwasanaeth Podiatreg / Podiatry Service\n")
    c.t(c.ch(CY_HOSP)).t("\nFfôn / Tel: ").ph(phone(c, area, mob=False)).t("\n\n")
    c.nm(f"{q.fl}").t("\n").ad(line).t("\n").ad(town).t("\n").zp(pc).t("\n\n")
    c.t("Dyddiad / Date: ").d(lt, "long").t("\nRhif GIG / NHS number: ").id(nhs_fmt(nhs, 0)).t("\n\n")
    c.t("Annwyl " if welsh else "Dear ").nm(q.first).t(",\n\n")
    c.t("Following your nail surgery on ").d(op, c.ch(["long", "nth"])).t(f" ({c.ch(['partial', 'total'])} nail avulsion, ")
    c.c(f"{side} hallux").t(", ").c("phenol 89%").t(") your toe was checked on ").d(lt - timedelta(days=c.ri(1, 6)), "dmo")
    c.t(" and has ").c(c.ch(["healed well", "almost healed", "healed with a small amount of granulation"])).t(".\n\n")
    c.t("You are now discharged from the nail surgery clinic. Please:\n")
    c.t("- keep the toe clean and dry; ").c("salt water bathing").t(" is no longer needed\n")
    c.t("- wear ").c("wide-fitting shoes").t(" and cut nails straight across\n")
    c.t("- the area may look ").c("pink and shiny for 6-8 weeks").t("; this is normal\n")
    c.t("- at the check the wound was ").c(c.ch(["dry with no discharge", "granulating, no infection"])).t(" and ")
    c.c("no dressing is needed").t("\n")
    c.t("- contact us if you notice ").c("regrowth of the nail spike").t(" (about ").c("5 in 100").t(" people) or ")
    c.c("redness, swelling or discharge").t("\n\n")
    if welsh:
        c.t("Mae croeso i chi gysylltu â ni yn Gymraeg.\n\n")
    c.t("Yn gywir / Yours sincerely\n\n").nm(pod.fl).t("\n")
    c.t(c.ch(["Podiatrydd / Podiatrist", "Uwch Podiatrydd / Senior Podiatrist"]))
    c.t(", HCPC ").id(hcpc_no(c.r))
    return _end(c, q, dob, [("nhs", nhs)], (line, town, pc))


def cy_charcot(c: C) -> Note:
    q = c.pat("m" if c.yes(0.6) else "f")
    dob, _ = c.adult(42, 78)
    nhs = nhs_no(c.r)
    hosp = f"{c.ch('DHW')}{c.dig(6)}"
    diab, ortho, pod = c.staff(), c.staff(), c.staff()
    rel, _ = kin(c, q, "spouse")
    seen = c.wdt(-5, 0)
    onset = c.dt(-150, -40)
    mri = onset + timedelta(days=c.ri(7, 25))
    side = c.ch(["right", "left"])
    c.t(f"{c.ch(CY_HOSP)} - MDT Foot Clinic (Charcot)\n\n")
    c.t("Patient: ").nm(q.fL).t("   NHS: ").id(nhs_fmt(nhs, 1)).t("   Unit no: ").id(hosp).t("\nDOB: ").d(dob, "dmy")
    c.t("   Seen: ").d(seen, "dmy").t("\nPresent: Dr ").nm(diab.fi)
    c.t(" (diabetes), " + ("Mr " if ortho.sex == "m" else "Miss ")).nm(ortho.last)
    c.t(" (foot & ankle), ").nm(pod.fl).t(" (podiatry)\n\n")
    c.t("History: ").c(f"active Charcot neuroarthropathy, {side} midfoot").t(", onset ").d(onset, c.ch(["my", "dsh"]))
    c.t(". MRI ").d(mri, "dmy").t(": ").c("bone marrow oedema of the navicular, cuneiforms and 2nd metatarsal base, no abscess")
    c.t(". ").c("Type 1 diabetes").t(", HbA1c ").c(f"{c.ri(48, 95)} mmol/mol").t(". Lives with ").nm(rel.first)
    c.t(f" who drives {q.him} to clinic.\n\n")
    c.t("Skin temperature (infrared, degC)\n")
    diffs = []
    for s in ["hallux", "1st met head", "midfoot (dorsal)", "ankle"]:
        aff = c.r.uniform(29.5, 33.5)
        dd = c.r.uniform(0.4, 4.2)
        diffs.append(dd)
        c.t(f"  {s:<18}").c(f"{aff:.1f}").t("  vs  ").c(f"{aff - dd:.1f}").t("  diff ").c(f"{dd:.1f}").t("\n")
    c.t("Maximum difference ").c(f"{max(diffs):.1f} degC")
    c.t(f" ({'>2 degC - still active' if max(diffs) > 2 else '<2 degC'}).\n")
    c.t("X-ray: ").c(c.ch(["no new fragmentation", "early coalescence", "midfoot collapse, unchanged"])).t(". ")
    c.c(c.ch(["Eichenholtz stage 1", "Eichenholtz stage 2"])).t(". Skin ").c("intact").t(".\n\n")
    c.t("Plan: ")
    c.c(c.ch(["continue TCC, weekly changes", "change to knee-high removable walker", "continue non-removable walker"]))
    c.t(", ").c("crutches, partial weight-bearing").t(", ").c("vitamin D 800 units OD").t(". Repeat temperatures and X-ray in ")
    c.c(c.ch(["4 weeks", "6 weeks"])).t(". Next clinic ").d(seen + timedelta(days=c.ch([28, 35, 42])), "dmy").t(".\n")
    c.nm(pod.fi).t(" (HCPC ").id(hcpc_no(c.r)).t(")")
    return _end(c, q, dob, [("nhs", nhs), ("hosp", hosp)])


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = orgs("Antrim Area Hospital", "Causeway Hospital", "Whiteabbey Hospital", "Mid-Ulster Hospital",
               "Moyle Hospital")
NI_GP = orgs("Family Practice", "Surgery", "Health Centre", "Medical Centre")


def hc_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s][k % 2]


def ni_mdft_referral(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(50, 90)
    hc = hc_no(c.r)
    line, town, pc, area, _ = place(c)
    tel = phone(c, area, mob=c.yes(0.5))
    gp, gtown, _ = _gp(c)
    triage = c.staff()
    ref = c.wdt(-4, 0)
    side = c.ch(["Right", "Left"])
    dims, _, _, _ = wound(c, big=True)
    inf = c.ri(1, 4)
    c.t("NORTHERN HSC TRUST - URGENT REFERRAL TO MULTIDISCIPLINARY FOOT TEAM\n(")
    c.t(c.ch(NI_HOSP)).t(")\n\n")
    c.t("Date of referral: ").d(ref, "dmy").t("\nPatient name: ").nm(c.ch([q.fl, q.fL])).t("\nH&C number: ")
    c.id(hc_fmt(hc, c.ri(0, 1))).t("\nDOB: ").d(dob, c.ch(["dmy", "dot"])).t("\nAddress: ").ad(line).t(", ").ad(town)
    c.t(", ").zp(pc).t("\nTel: ").ph(tel).t("\nReferrer: Dr ").nm(gp.fl).t(", ").ad(gtown).t(f" {c.ch(NI_GP)}\n\n")
    c.t("Foot problem: ").c(f"{side} foot ulcer, {c.ch(SITES)}").t(", ").c(dims).t("\nDuration: ").c(c.ch(["3 weeks",
                                                                                                          "6/52", "10 days"]))
    c.t("\nInfection (IWGDF/IDSA grade): ").c(f"{inf}").t(" - ").c({1: "uninfected", 2: "mild", 3: "moderate",
                                                                 4: "severe"}[inf])
    c.t("\nWIfI: ").c(f"W{c.ri(1, 3)} I{c.ri(0, 3)} fI{c.ri(0, 3)}").t("\nPedal pulses: ")
    c.c(c.ch(["absent", "present", "weak"]))
    crp = c.ri(2, 30) if inf <= 2 else c.ri(45, 240)
    wcc = c.fl(5.0, 10.8) if inf <= 2 else c.fl(11.2, 21.5)
    c.t("\nObs: ").cl(obs(c)).t("\nBloods: ").cl([f"CRP {crp} mg/L", f"WCC {wcc}"] + labs(c, ["egfr", "a1c"])).t("\n")
    c.t("Antibiotics started: ").c("none" if inf == 1 else c.ch(ABX_UK)).t("\nRed flags: ")
    c.c("none" if inf <= 2 else c.ch(["spreading cellulitis > 2 cm", "crepitus", "new necrosis", "systemically unwell"]))
    c.t("\nDiabetes medication: ").cl(pick(c, DM_UK, 2)).t("\n")
    pmh(c, k=3)
    c.t("Current offloading: ").c(c.ch(["none", "post-op shoe", "slippers only"])).t("\n")
    social(c)
    c.t("\n")
    c.t("--- MDFT triage ---\nTriaged by ").nm(triage.fi).t(" on ").d(ref + timedelta(days=c.ri(0, 1)), "dmy")
    c.t(": ").c(c.ch(["seen within 1 working day", "hot clinic tomorrow", "ED for IV antibiotics"])).t(".")
    return _end(c, q, dob, [("hc", hc)], (line, town, pc), tel)


def ni_leg_assess(c: C) -> Note:
    q = c.pat("f" if c.yes(0.7) else "m")
    dob, a = c.adult(62, 97)
    hc = hc_no(c.r)
    line, town, pc, area, _ = place(c)
    tel = phone(c, area, mob=False)
    nok, _nword = kin(c, q, "child")
    nurse = c.staff("f")
    seen = c.wdt(-3, 0)
    dp = dopp(c, isch=c.yes(0.25))
    c.t("Community Nursing - Leg Ulcer / Lymphoedema Assessment\n\n")
    c.t("Name: ").nm(q.LF).t(f" ({q.title})\nH&C: ").id(hc_fmt(hc, 0)).t("   DOB: ").d(dob, "dotyy").t(" (age ")
    c.age(a).t(")\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Tel: ").ph(tel).t("\n")
    c.t("NOK: ").nm(nok.fl).t(f" ({c.ch(['daughter', 'son'])}) ").ph(phone(c)).t("\nDate: ").d(seen, "dmy").t("\n\n")
    c.t("Doppler (brachial R ").c(f"{dp['brR']}").t(" / L ").c(f"{dp['brL']}").t(" mmHg)\n")
    for s in "RL":
        c.t(f"  {s}: DP ").c(f"{dp[s]['dp']}").t(" PT ").c(f"{dp[s]['pt']}").t(" -> ABPI ").c(dp[s]["abpi"]).t(", ")
        c.c(dp[s]["wave"]).t("\n")
    low = min(float(dp["R"]["abpi"]), float(dp["L"]["abpi"]))
    c.t("Legs: ").c(c.ch(["bilateral oedema to knee, pitting", "lymphorrhoea R shin", "haemosiderin staining, dry skin"]))
    c.t(", ").c(c.ch(["ulcer R gaiter 3.0 x 2.2 cm", "no ulcer", "ulcer L medial malleolus 1.8 x 1.1 cm"]))
    c.t("\nPain score ").c(f"{c.ri(0, 8)}/10").t(", ").c(f"MUST {c.ri(0, 2)}").t(", mobility ").c(c.ch(["walks with frame",
                                                                                                    "housebound", "stick"]))
    c.t("\nSkin: ").c(c.ch(["dry, scaly", "varicose eczema", "intact, haemosiderin"])).t("; ").c("ankle circumference")
    c.t(f" R {c.ri(22, 32)} cm, L {c.ri(22, 32)} cm\n")
    pmh(c, k=3)
    c.t("Meds: ").cl(pick(c, CV_UK, 3)).t("\n")
    c.t("\nPlan: ")
    if low >= 0.8:
        c.c(c.ch(["full compression - 2-layer system", "adjustable wrap (40 mmHg)", "class 2 hosiery kit"]))
    else:
        c.c("reduced compression (ABPI < 0.8)").t("; ").c("refer vascular")
    c.t(", ").c("emollient 50:50").t(", ").c(c.ch(["weekly", "twice weekly"])).t(" visits. Re-Doppler in ")
    c.c("3 months").t(".\n\nSr ").nm(nurse.fl).t(", District Nursing Sister, NMC ").id(nmc_pin(c.r, "N"))
    return _end(c, q, dob, [("hc", hc)], (line, town, pc), tel)


# ---------------------------------------------------------------------------------------- United States
US_HOSP = orgs("Ochsner Medical Center", "University Medical Center New Orleans", "Our Lady of the Lake Regional "
               "Medical Center", "Lafayette General Medical Center", "Terrebonne General Health System",
               "Singing River Hospital", "Merit Health Central", "Willis-Knighton Medical Center")
US_WC = orgs("Acadiana Wound Care Center", "Bayou Wound Healing & Hyperbaric Center", "Gulf South Limb Preservation "
             "Clinic", "Delta Wound & Vein Institute")
US_INS = orgs("Blue Cross and Blue Shield of Louisiana", "Humana Gold Plus", "Magnolia Health", "Peoples Health",
              "Louisiana Healthcare Connections", "UnitedHealthcare Community Plan", "Aetna Better Health")
US_DME = orgs("Bayou Orthotic & Prosthetic", "Gulf Coast Medical Supply", "Delta Shoe & Brace", "Crescent Home Medical")


def _mrn(c: C) -> str:
    return c.ch([c.dig(7), c.dig(8), f"{c.ch(['E', 'M'])}{c.dig(7)}", f"0{c.dig(8)}"])


def _upper_lfm(q: P) -> str:
    return f"{q.last.upper()}, {q.first.upper()} {q.mid}"


def us_wound_center(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(48, 88)
    mrn = _mrn(c)
    dpm = c.staff()
    dos = c.wdt(-3, 0)
    side = c.ch(["right", "left"])
    site = c.ch(SITES)
    dims, area_, ln, wd = wound(c)
    wag = c.ri(1, 3)
    ptb = "positive" if wag == 3 else "negative"
    c.t(f"{c.ch(US_WC)}\nPROGRESS NOTE - WOUND CARE\n\n")
    c.t("Patient: ").nm(c.ch([_upper_lfm(q), q.lfm, q.LFF])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us")
    c.t("\nDOS: ").d(dos, "us").t("   Payer: ").t(c.ch(["Medicare Part B", "Peoples Health (MA)", "Magnolia Health"]))
    c.t("\nProvider: ").nm(dpm.fml).t(", DPM   NPI ").id(npi_no(c.r)).t("\n\n")
    c.t(f"HPI: {a} y/o {'male' if q.sex == 'm' else 'female'} with ").c("T2DM").t(", ").c("PAD s/p L SFA stent")
    c.t(" and ").c("peripheral neuropathy").t(f" returns for weekly care of a {side} {site} ulcer, present for ")
    c.c(f"{c.ri(5, 30)} weeks").t(". Pt reports ").c(c.ch(["compliance with the offloading boot", "walking barefoot at home",
                                                         "increased drainage"])).t(".\n")
    c.t("Vitals: ").cl(obs(c, us=True)).t(", ").c(f"glucose {c.ri(108, 310)} mg/dL").t(" (fingerstick)\n")
    c.t("Labs ").d(dos - timedelta(days=c.ri(3, 20)), "md").t(": ").cl(labs(c, ["a1c", "cr", "alb", "pro"], us=True)).t("\n\n")
    c.t("WOUND #1 ").c(f"{side} {site}").t(" - ").c(f"Wagner grade {wag}").t(", ").c("diabetic ulcer")
    c.t("\n  Measurements: ").c(dims).t(f" (area {area_})\n  Prior: ")
    for k in range(3):
        d = dos - timedelta(days=7 * (k + 1))
        c.d(d, "md").t(" ").c(f"{ln * (1 + 0.12 * (k + 1)):.1f} x {wd * (1 + 0.1 * (k + 1)):.1f} cm")
        c.t("; " if k < 2 else "\n")
    c.t("  Tissue: ").c(bed(c)).t("; exudate ").c(c.ch(["scant serous", "moderate serosanguineous", "small purulent"]))
    c.t("; periwound ").c(c.ch(["callus", "maceration", "intact"])).t("; probe to bone ").c(ptb)
    c.t("\n\nPROCEDURE: ").c("excisional debridement, subcutaneous tissue").t(" (CPT ").c("11042").t(") with ")
    c.c("#15 blade and curette").t(", ").c(f"{ln * wd:.1f} sq cm").t(", post-debridement depth ").c(f"{c.fl(0.2, 0.9)} cm")
    c.t(". Hemostasis with ").c("pressure").t(". ").c("Topical lidocaine 4%").t(" applied.\n\n")
    c.t("ASSESSMENT: ").c(c.ch(["E11.621", "E11.621"])).t(" type 2 DM with foot ulcer; ")
    c.c(c.ch(["L97.512", "L97.412", "L97.522", "L97.422"])).t(" non-pressure chronic ulcer with fat layer exposed; ")
    c.c("E11.42").t(" neuropathy\nPLAN: ").c(c.ch(["collagen + foam", "Aquacel Ag + bordered foam", "Iodosorb + gauze"]))
    c.t(" ").c(c.ch(["3x/week", "every other day"])).t(", ").c(c.ch(["knee-high walker boot", "total contact cast today",
                                                                      "post-op shoe with felted foam"]))
    c.t(", ").c(c.ch(DM_US)).t(", f/u ").c("1 week").t(". ")
    if wag == 3:
        c.t("Refer for ").c("HBOT").t(" evaluation (").c("Wagner 3").t(")")
    else:
        c.t("Reassess for ").c("CTP").t(" if <50% smaller at 4 weeks")
    c.t(".\n\nElectronically signed by ").nm(dpm.fml).t(", DPM on ").d(dos, "us").t(f" {c.tm(12, 18)}")
    return _end(c, q, dob, [("mrn", mrn)])


def us_shoe_cert(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(66, 93)
    mbi = mbi_no(c.r, dash=c.yes(0.3))
    line, town, z, area, st = place(c)
    tel = phone(c, area)
    md, dpm = c.staff(), c.staff()
    last_visit = c.dt(-120, -5)
    signed = c.wdt(-4, 0)
    c.t("STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES\n(Medicare Therapeutic Shoes for Persons with Diabetes)\n\n")
    c.t("Patient name: ").nm(c.ch([q.fml, q.fl, q.fmn])).t("\nMBI: ").id(mbi).t("      DOB: ").d(dob, c.ch(["us", "usdash"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(z).t("\nPhone: ").ph(tel).t("\n\n")
    c.t("I certify that all of the following statements are true:\n")
    c.t("1. This patient has diabetes mellitus (").c(c.ch(["E11.42", "E11.51", "E11.40", "E10.42"])).t(").\n")
    c.t("2. This patient has one or more of the following conditions (check all that apply):\n")
    opts = ["Previous amputation of the other foot, or part of either foot",
            "History of previous foot ulceration of either foot", "History of pre-ulcerative calluses of either foot",
            "Peripheral neuropathy with evidence of callus formation of either foot", "Foot deformity of either foot",
            "Poor circulation in either foot"]
    must = c.ri(0, len(opts) - 1)
    for k, o in enumerate(opts):
        c.t("   [").c("X") if k == must or c.yes(0.4) else c.t("   [ ")
        c.t("] ").t(o).t("\n")
    c.t("3. I am treating this patient under a comprehensive plan of care for diabetes.\n")
    c.t("4. This patient needs special shoes (depth or custom-molded shoes) because of diabetes.\n\n")
    c.t("Date of last visit managing diabetes: ").d(last_visit, "us").t("\nMost recent ").c(labs(c, ["a1c"], us=True)[0])
    c.t("\n\nCertifying physician: ").nm(md.fl).t(", MD   NPI ").id(npi_no(c.r)).t("\nSignature date: ").d(signed, "us")
    c.t("\n\nPrescription (").nm(dpm.fml).t(", DPM, NPI ").id(npi_no(c.r)).t("):\n")
    c.t("  ").c("A5500").t(" diabetic depth shoes x ").c("1 pair").t(", size ")
    c.c(f"{c.ri(7, 13)}{c.ch(['', '.5'])} {c.ch(['W', 'XW'])}")
    c.t("\n  ").c("A5512").t(" multi-density heat-molded inserts x ").c("3 pairs").t("\n  Supplier: ").t(c.ch(US_DME))
    return _end(c, q, dob, [("mbi", mbi)], (line, town, z), tel)


def us_op_report(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(45, 84)
    mrn = _mrn(c)
    surg, res, anes = c.staff(), c.staff(), c.staff()
    dos = c.wdt(-5, -1)
    side = c.ch(["RIGHT", "LEFT"])
    proc = c.ch([("partial second toe amputation at the level of the proximal phalanx", "28825", "second toe"),
                 ("second toe amputation at the MTPJ", "28820", "second toe proximal phalanx"),
                 ("partial first ray resection", "28810", "first metatarsal head"),
                 ("hallux amputation at the IPJ", "28825", "hallux distal phalanx")])
    c.t(f"{c.ch(US_HOSP)}\nOPERATIVE REPORT\n\n")
    c.t("PATIENT: ").nm(c.ch([q.LFF, _upper_lfm(q)])).t("     MRN: ").id(mrn).t("     DOB: ").d(dob, "us")
    c.t("\nDATE OF SURGERY: ").d(dos, "us").t("\nSURGEON: ").nm(surg.fml).t(", DPM, FACFAS\nASSISTANT: ").nm(res.fl)
    c.t(", DPM (PGY-2)\nANESTHESIA: ").c("MAC with local").t(" by ").nm(anes.fl).t(", CRNA\n\n")
    c.t("PREOPERATIVE DIAGNOSIS: ")
    c.c(f"Osteomyelitis, {side.lower()} {proc[2]}")
    c.t(" (").c(f"M86.{c.ch(['17', '67'])}{'1' if side == 'RIGHT' else '2'}").t("); ").c("type 2 diabetes with foot ulcer").t(" (")
    c.c("E11.621").t(")\nPOSTOPERATIVE DIAGNOSIS: Same\nPROCEDURE: ").c(f"{side} {proc[0]}").t(" (CPT ").c(proc[1]).t(")\n")
    c.t("LOCAL: ").c("10 mL 1:1 mixture of 1% lidocaine plain and 0.5% bupivacaine plain").t(", ").c("digital block")
    c.t("\nHEMOSTASIS: ").c("ankle tourniquet at 250 mmHg").t(" for ").c(f"{c.ri(18, 45)} minutes").t("\nEBL: ")
    c.c(f"{c.ri(5, 40)} mL").t("\nSPECIMENS: ").c("toe to pathology; proximal margin bone (clean) to pathology and culture")
    c.t("\n\nFINDINGS: ").c(c.ch([f"soft, grey bone of the {proc[2]}", "purulence tracking along the flexor sheath",
                                  f"cortical erosion of the {proc[2]}"]))
    c.t(". Proximal bone ").c("hard and bleeding").t(".\n\n")
    c.t("DESCRIPTION: The patient was identified in the holding area and the ").c(f"{side.lower()} foot").t(" was marked. ")
    c.t("After adequate sedation a ").c("racquet incision").t(" was made and the toe was disarticulated. ")
    c.t("The wound was irrigated with ").c("3 L normal saline").t(" via pulse lavage and closed with ").c("3-0 nylon")
    c.t(" in simple interrupted fashion. ").c(c.ch(["Betadine-soaked gauze", "Xeroform, 4x4s and Kerlix"]))
    c.t(" dressing applied. ")
    c.t("Tourniquet released; capillary refill ").c("brisk").t(" to remaining digits.\n\n")
    c.t("PLAN: ").c("heel weight-bearing in a surgical shoe").t(", ").c(c.ch(ABX_US)).t(" pending culture, ")
    c.c("enoxaparin 40 mg SC daily").t(" while inpatient, ID consult. Follow up in clinic ")
    c.d(dos + timedelta(days=c.ri(6, 10)), "md")
    c.t(".\n\nDictated by ").nm(surg.fml).t(", DPM, FACFAS\nD: ").d(dos, "usyy").t(f" {c.tm(13, 19)}  T: ")
    c.d(dos + timedelta(days=1), "usyy").t(f" {c.tm(6, 11)}")
    return _end(c, q, dob, [("mrn", mrn)])


def us_pcd_lmn(c: C) -> Note:
    q = c.pat("f" if c.yes(0.6) else "m")
    dob, _ = c.adult(40, 84)
    line, town, z, area, st = place(c)
    member = f"{c.ch(['XUP', 'YUB', 'H', 'K'])}{c.dig(9)}"
    md = c.staff()
    dt = c.wdt(-3, 0)
    start = dt - timedelta(days=c.ri(35, 70))
    leg = c.yes(0.6)
    lm = limb(c, leg=leg, excess=c.r.uniform(0.2, 0.45))
    ins = c.ch(US_INS)
    c.t(f"{c.ch(US_HOSP)} - Lymphedema Clinic\n").d(dt, c.ch(["usl", "ussh"])).t("\n\n")
    c.t(f"{ins}\nAttn: Utilization Management\n\n")
    c.t("RE: ").nm(c.ch([q.fl, q.fmn])).t("   DOB: ").d(dob, "us").t("\nMember ID: ").id(member).t("   Group #: ")
    c.t(f"{c.ri(10000, 99999)}\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(z).t("\n\n")
    c.t("Request: ").c("E0652").t(" pneumatic compressor, segmental with calibrated gradient pressure, with ")
    c.c("E0667" if leg else "E0668").t(f" full {'leg' if leg else 'arm'} appliance\n\n")
    c.t(f"To whom it may concern,\n\n{q.title}. ").nm(q.last).t(" has ").c(c.ch(
        ["secondary lymphedema of the lower extremity after hysterectomy and pelvic node dissection",
         "chronic venous insufficiency with secondary lymphedema", "primary lymphedema (praecox)"] if leg else
        ["post-mastectomy lymphedema of the right arm", "lymphedema of the left arm after axillary dissection"]))
    c.t(" (").c("I89.0" if leg else "I97.2").t("). Since ").d(start, "us").t(f" {q.he} has completed a ").c("4-week trial")
    c.t(" of conservative therapy: ").c("complete decongestive therapy 3x/week").t(", ").c("30-40 mmHg compression garments")
    c.t(", ").c("elevation").t(" and ").c("daily exercise").t(".\n\n")
    c.t("Despite this the affected limb volume is ").c(f"{lm['va']} mL").t(" vs ").c(f"{lm['vu']} mL")
    c.t(" on the unaffected side (")
    c.c(f"{lm['pct']}% excess").t("), with ").c(c.ch(["2 episodes of cellulitis", "skin fibrosis", "recurrent weeping"]))
    c.t(". Circumference at ").c(f"{16 if leg else 12} cm").t(" is ").c(f"{lm['af'][4 if leg else 3]} cm").t(" vs ")
    c.c(f"{lm['un'][4 if leg else 3]} cm").t(".\n\nA segmental device with calibrated gradient pressure is needed because ")
    c.c("a non-calibrated device (E0651) failed to reduce the proximal swelling").t(". Settings: ")
    c.c("40 mmHg, 60 minutes daily")
    c.t(".\n\nSincerely,\n\n").nm(md.fml).t(", MD, Physical Medicine and Rehabilitation\nNPI ").id(npi_no(c.r))
    c.t("\nPhone ").ph(phone(c, area)).t("   Fax ").ph(phone(c, area))
    return _end(c, q, dob, [("member", member)], (line, town, z))


def us_home_health(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(68, 97)
    ssn = ssn_no(c.r, c.ch(["-", "-", " "]))
    mcd = c.dig(13)
    line, town, z, area, st = place(c)
    tel = phone(c, area)
    cg, word = kin(c, q, "child")
    rn = c.staff()
    visit = c.wdt(-2, 0)
    soc = visit - timedelta(days=c.ri(5, 40))
    dims, _, _, _ = wound(c, big=True)
    c.t("HOME HEALTH - SKILLED NURSING VISIT NOTE\nAgency: ").t(c.ch(["Cajun Country Home Health", "Pinebelt Home Care",
                                                                       "Northshore Home Health"]))
    c.t("\n\nPatient: ").nm(q.fl).t("   Age: ").age(a).t("   DOB: ").d(dob, "us1").t("\nSSN: ").p("SSN", ssn)
    c.t("   Medicaid ID: ").id(mcd).t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(z).t("   Home: ").ph(tel)
    c.t("\nPrimary caregiver: ").nm(cg.fl).t(f" ({word}) ").ph(phone(c, area)).t("\n")
    c.t("SOC: ").d(soc, "us1").t("   Visit: ").d(visit, "us1").t(f"   Time in {c.tm(8, 11)}  Time out {c.tm(12, 15)}\n\n")
    c.t("Vitals: ").cl(obs(c, us=True)).t(", ").c(f"FSBS {c.ri(96, 288)}").t("\nPain: ").c(f"{c.ri(0, 7)}/10")
    c.t(" at wound site\n\n")
    c.t("Wound: ").c(c.ch(["s/p R TMA incision", "L heel diabetic ulcer", "R plantar midfoot ulcer"])).t(", ").c(dims)
    c.t(", ").c(bed(c)).t(", ").c(c.ch(["no odor", "mild odor after dressing removal"])).t("\n")
    c.t("NPWT: ").c("-125 mmHg continuous").t(", ").c("black granufoam").t(", canister ").c(f"{c.ri(20, 150)} mL")
    c.t(" serosanguineous; dressing changed ").c("M/W/F").t(", seal ").c("intact").t("\n")
    c.t("OASIS M1324 stage / M1342 status: ").c(c.ch(["2 - early/partial granulation", "1 - fully granulating"])).t("\n")
    c.t("Meds reviewed: ").cl(pick(c, DM_US, 1) + pick(c, CV_US, 2)).t("\n\n")
    c.t("Teaching: ").nm(cg.first).t(" instructed on ").c(c.ch(["alarm troubleshooting", "offloading and turning q2h",
                                                                 "signs of infection"]))
    c.t("; verbalized understanding.\nPlan: ").c("SN 3w4").t(", ").c("PT 2w3").t(". Next visit ")
    c.d(visit + timedelta(days=2), "md")
    c.t(".\n").nm(rn.fl).t(", RN")
    return _end(c, q, dob, [("ssn", ssn), ("medicaid", mcd)], (line, town, z), tel)


def us_dictation(c: C) -> Note:
    """Lower-case speech-recognition podiatry dictation."""
    q = c.pat()
    dob, a = c.adult(45, 86)
    mrn = _mrn(c)
    dpm = c.staff()
    pcp = c.staff()
    dos = c.wdt(-2, 0)
    rel, word = kin(c, q, c.ch(["child", "spouse"]))
    side = c.ch(["right", "left"])
    c.t("this is dr ").nm(dpm.last.lower()).t(" dictating a clinic note on ").nm(q.low).t(" date of birth ")
    c.d(dob, c.ch(["us1", "us"])).t(" medical record number ").id(mrn).t(" date of service ").d(dos, c.ch(["us1", "mlong"]))
    c.t(" period new paragraph chief complaint ").c(f"{side} foot wound").t(" period history the patient is a ")
    c.t(f"{a} year old {'male' if q.sex == 'm' else 'female'} with ").c("diabetes type 2").t(" comma ")
    c.c("end stage renal disease on dialysis").t(" monday wednesday friday comma here with ").nm(rel.first.lower())
    c.t(f" {q.his} {word} period {q.he} noticed drainage from the ")
    c.c(f"{c.ch(['plantar first met head', 'tip of the second toe', 'heel'])}")
    c.t(" about ").c(c.ch(["two weeks", "ten days", "a month"])).t(" ago period new paragraph exam ")
    c.t("dorsalis pedis ").c(c.ch(["nonpalpable", "one plus"])).t(" posterior tibial ").c(c.ch(["nonpalpable", "one plus"]))
    c.t(" capillary fill time ").c(c.ch(["greater than three seconds", "three seconds"])).t(" protective sensation ")
    c.c("absent").t(" at ").c(f"{c.ri(5, 10)} of 10").t(" sites period the ulcer measures ")
    c.c(f"{c.fl(0.5, 2.5)} by {c.fl(0.4, 2.0)} by {c.fl(0.1, 0.6)}")
    c.t(" centimeters with ").c(c.ch(["fibrotic base", "granular base", "necrotic eschar"])).t(" comma no purulence period ")
    c.t("x-rays three views ").c("no gas no erosion").t(" period new paragraph assessment ").c("diabetic foot ulcer wagner 2")
    c.t(" comma ").c("pad").t(" period plan ").c("excisional debridement performed").t(" comma ").c("santyl daily")
    c.t(" comma ").c("arterial doppler with toe pressures").t(" ordered comma will send a note to ")
    c.t("the pcp dr ").nm(pcp.fl.lower()).t(" period follow up ").c("one week")
    c.t(" period end of dictation\n\n[transcribed ").d(dos, "usyy").t(f" {c.tm(14, 18)} - job {c.dig(7)}]")
    return _end(c, q, dob, [("mrn", mrn)])


def us_portal(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(30, 78)
    mrn = _mrn(c)
    line, town, z, area, _ = place(c)
    nurse = c.staff()
    dpm = c.staff()
    d1 = c.dt(-6, -1)
    ip = c.ip()
    mail = q.mail(c.ch(["gmail.com", "yahoo.com", "att.net", "icloud.com", "cox.net"]), c.ri(0, 5))
    c.t("MyChart Message Thread - Podiatry\nPatient: ").nm(q.fl).t("  MRN ").id(mrn).t("  DOB ").d(dob, "us").t("\n")
    c.t("Email on file: ").em(mail).t("\n\n")
    d2 = d1 + timedelta(days=1)
    h1 = c.ri(6, 22)
    c.t("From: ").nm(q.fl).t("\nSent: ").d(d1, "us1")
    c.t(f" {(h1 - 1) % 12 + 1}:{c.ri(0, 5)}{c.ri(0, 9)} {'AM' if h1 < 12 else 'PM'} (web, IP ").p("IP", ip)
    c.t(")\nSubject: toe after nail procedure\n\n")
    c.t("Hi, I had my ").c(c.ch(["ingrown toenail removed", "nail matrixectomy"])).t(" by Dr. ").nm(dpm.last).t(" on ")
    c.d(d1 - timedelta(days=c.ri(4, 12)), "md").t(". The toe is still ").c(c.ch(["red and draining yellow", "throbbing at night",
                                                                                   "swollen around the nail fold"]))
    c.t(". I uploaded a picture at ")
    c.p("URL", f"https://mychart.{c.ch(['ochsner', 'lcmchealth', 'fmolhs'])}.org/photo/{c.tok(12)}")
    c.t(". Should I keep soaking it? Thanks, ").nm(q.first).t("\n\n")
    h2 = c.ri(8, 17)
    c.t("From: ").nm(nurse.fl).t(", LPN\nSent: ").d(d2, "us1")
    c.t(f" {(h2 - 1) % 12 + 1}:{c.ri(0, 5)}{c.ri(0, 9)} {'AM' if h2 < 12 else 'PM'}\n\n")
    c.t("Hi ").nm(q.first).t(", thanks for the photo. Some drainage is expected after ").c("phenol").t(" for ")
    c.c("2-3 weeks").t(". Please continue ").c("Epsom salt soaks twice a day").t(", apply ").c("bacitracin")
    c.t(" and a band-aid. If the redness spreads past the base of the toe or you run a fever over ").c("100.4 F")
    c.t(", call us at ").ph(phone(c, area, mob=False)).t(". Dr. ").nm(dpm.last).t(" has sent ").c(c.ch(ABX_US))
    c.t(" x ").c("7 days").t(" to your pharmacy on file as a precaution.\n\n").nm(nurse.fl).t(", LPN\n\n")
    dp = d2 + timedelta(days=c.ri(1, 2))
    c.t("From: ").nm(q.fl).t("\nSent: ").d(dp, "us1").t(f" {c.tm12(7, 11)}\n\n")
    c.t("Picked up the antibiotic. Temp was ").c(f"{c.fl(98.1, 99.6)} F").t(" last night and the redness is ")
    c.c(c.ch(["less today", "about the same", "going down"])).t(". Do I still come in on ")
    c.d(dp + timedelta(days=c.ri(3, 7)), "md")
    c.t("? - ").nm(q.first).t("\n\nFrom: ").nm(nurse.fl).t(", LPN\nSent: ").d(dp, "us1").t(f" {c.tm12(12, 17)}")
    c.t("\n\nYes please keep that appointment so Dr. ")
    c.nm(dpm.last).t(" can check it.")
    return _end(c, q, dob, [("mrn", mrn)], (line, town, z))


def us_hbot_log(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(50, 84)
    mrn = _mrn(c)
    mbi = mbi_no(c.r)
    md, tech = c.staff(), c.staff()
    ti = c.ini(tech)
    start = c.dt(-40, -10)
    c.t(f"{c.ch(US_WC)} - HYPERBARIC OXYGEN THERAPY TREATMENT LOG\n\n")
    c.t("Patient: ").nm(q.LFF).t("   MRN ").id(mrn).t("   MBI ").id(mbi).t("   DOB ").d(dob, "us").t("\n")
    c.t("Indication: ").c(f"diabetic foot ulcer Wagner {c.ch(['3', '3', '4'])}").t(" (").c("E11.621").t(", ")
    c.c("L97.514").t("), failed ").c("30 days of standard wound care").t("\nBaseline TcPO2 (room air) ")
    c.c(f"{c.ri(22, 38)} mmHg").t(", in-chamber ").c(f"{c.ri(220, 780)} mmHg").t("\nProtocol: ").c("2.0 ATA x 90 min")
    c.t(", ").c("monoplace").t(", ").c("no air breaks").t("; ").c("40 treatments").t(" planned\n")
    c.t("Physician of record: ").nm(md.fml).t(", MD, UHM\n\n")
    c.t("Tx#  Date   Pre glucose  Post glucose  BP pre    Ear  Tech\n")
    n0 = c.ri(5, 25)
    d = start
    for k in range(c.ri(4, 6)):
        while d.weekday() >= 5:
            d += timedelta(days=1)
        g1 = c.ri(130, 260)
        c.t(f"{n0 + k:>3}  ").d(d, "md").t("   ").c(f"{g1} mg/dL").t("    ").c(f"{g1 - c.ri(10, 60)} mg/dL").t("    ")
        c.c(f"{c.ri(112, 160)}/{c.ri(60, 90)}").t("    ").c(c.ch(["TM 0", "TM 0", "TM 1"])).t(f"   {ti}\n")
        d += timedelta(days=1)
    c.t("\nComplications: ")
    c.c(c.ch(["none", "mild ear barotrauma (TEED 1), resolved", "confinement anxiety, lorazepam 0.5 mg pre-dive"]))
    c.t("\nWound at tx ").c(f"{n0 + 4}").t(": ").c(f"{c.fl(0.8, 3.2)} x {c.fl(0.6, 2.4)} cm").t(", ").c(bed(c)).t("\n")
    c.t("CPT ").c("99183").t(" / HCPCS ").c("G0277 x 4").t(" each session.\nCHT: ").nm(tech.fl).t(", CHT")
    return _end(c, q, dob, [("mrn", mrn), ("mbi", mbi)])


# ---------------------------------------------------------------------------------------- Australia (WA)
AU_HOSP = orgs("Royal Perth Hospital", "Sir Charles Gairdner Hospital", "Joondalup Health Campus",
               "Bunbury Regional Hospital", "Geraldton Health Campus", "Kalgoorlie Health Campus")
AU_AMS = orgs("Derbarl Yerrigan Health Service", "Kimberley Aboriginal Medical Services", "Bega Garnbirringu Health "
              "Service", "Geraldton Regional Aboriginal Medical Service", "South West Aboriginal Medical Service")
BAD_NAMES.update(["Centrelink", "Silver", "Chain"])


def _medi(c: C) -> tuple[str, str]:
    m, irn = medicare_au(c.r)
    return m, irn


def au_hrfs_referral(c: C) -> Note:
    q = c.pat(grps=["abor", "abor", "waa"])
    dob, _ = c.adult(38, 76)
    m, irn = _medi(c)
    umrn = f"{c.ch('ABCDK')}{c.dig(7)}"
    line, town, pc, _, st = place(c)
    mob = phone(c)
    gp, ahw = c.staff(), c.person("abor", wordy=False)
    esc, word = kin(c, q, c.ch(["child", "spouse"]))
    ref = c.wdt(-6, 0)
    side = c.ch(["right", "left"])
    dims, _, _, _ = wound(c, big=True)
    ams = c.ch(AU_AMS)
    c.t(f"{ams}\nREFERRAL - High Risk Foot Service, {c.ch(AU_HOSP[:2])}\n\n")
    c.t("Date: ").d(ref, c.ch(["dmy", "d/m/y"])).t("\n\nPatient: ").nm(c.ch([q.fL, q.LF])).t("\nDOB: ").d(dob, "d/m/y")
    c.t("   Indigenous status: Aboriginal\nMedicare: ").id(medicare_fmt(m, c.ri(0, 2))).t(f"  IRN {irn}   UMRN: ").id(umrn)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f" {st} ").zp(pc).t("\nMobile: ").ph(mob).t(" (or via clinic)\n")
    c.t("Escort: ").nm(esc.fl).t(f" ({word})\n\n")
    c.t("Reason: ").c(f"{side} {c.ch(SITES)} ulcer").t(", ").c(dims).t(", present ").c(c.ch(["6 weeks", "3 months", "8 weeks"]))
    c.t(". ").c(c.ch(["Moderate infection, cellulitis 3 cm", "Mild infection", "No signs of infection"])).t(".\n")
    c.t("Background: ").c("T2DM").t(f" (dx {c.today.year - c.ri(5, 20)}), ").c(labs(c, ["a1c"])[0]).t(", ")
    c.c(c.ch(["CKD on haemodialysis", "eGFR 34", "previous L hallux amputation", "rheumatic heart disease"])).t(", ")
    c.c(c.ch(["current smoker", "ex-smoker"])).t("\nMeds: ").cl(pick(c, DM_UK, 2) + pick(c, CV_UK, 2)).t(" (CTG scripts)\n")
    c.t("Pulses: ").c(c.ch(["DP/PT palpable", "PT absent, DP weak", "both absent"])).t("; monofilament ").c(f"{c.ri(0, 6)}/10")
    c.t("\nX-ray ").d(ref - timedelta(days=c.ri(1, 5)), "dmy").t(": ")
    c.c(c.ch(["no osteomyelitis", "possible erosion 1st MT head"]))
    c.t("\nAntibiotics: ").c(c.ch(["cefalexin 500 mg QID", "amoxicillin-clavulanate 875/125 mg BD", "nil"])).t("\n\n")
    remote = town in ("Broome", "Kalgoorlie", "Port Hedland", "Carnarvon", "Geraldton", "Albany", "Northam")
    c.t("Patient lives ").c(c.ch(["300 km from the nearest podiatrist", "in a remote community"]) if remote else
                            c.ch(["with family, no car", "alone, relies on the AMS bus"]))
    c.t("; please coordinate with " + ("the PATS office" if remote else "the AMS transport") + ". Aboriginal Health Worker ").nm(ahw.fl).t(" can assist on ")
    c.ph(phone(c, mob=False)).t(".\n\nReferring GP: Dr ").nm(gp.fl).t(" (AHPRA ").id(ahpra_no(c.r, "MED")).t(", provider ")
    c.id(au_provider(c.r)).t(")")
    return _end(c, q, dob, [("medicare", m), ("umrn", umrn)], (line, town, pc), mob)


def au_cdm_report(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(55, 94)
    m, irn = _medi(c)
    line, town, pc, _, st = place(c)
    gp, gtown, _ = _gp(c)
    pod = c.staff()
    s1 = c.dt(-120, -60)
    s2 = c.wdt(-10, 0)
    dva = c.yes(0.3) and a > 68
    c.t(f"{c.ch(['Foot Focus Podiatry', 'Southern River Podiatry', 'Coastal Feet Podiatry'])}, ").ad(c.ch(TOWNS["au"])[0])
    c.t("\nTel ").ph(phone(c, mob=False)).t("\n\n").d(s2, "dd sh").t("\n\nDr ").nm(gp.fi).t("\n").ad(gtown)
    c.t(" Medical Centre\n\n")
    c.t("Dear Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", Medicare ").id(medicare_fmt(m, 0))
    c.t(f" ({irn})")
    if dva:
        c.t(", DVA Gold Card ").id(f"W{c.ch(['X', 'SS', 'M'])}{c.dig(5)}")
    c.t("\n").ad(line).t(", ").ad(town).t(f" {st} ").zp(pc).t("\n\n")
    c.t("Thank you for referring ").nm(q.first).t(" under a GP Chronic Disease Management Plan (item ").c("721")
    c.t(" / ").c("723").t("). ").t(q.He).t(" has attended ").c(f"{c.ri(2, 4)} of 5").t(" allied health sessions (item ")
    c.c("10962").t("), first on ").d(s1, "dsh").t(" and most recently on ").d(s2, "sh").t(".\n\nFindings:\n")
    c.t("- ").c(c.ch(["loss of protective sensation", "neuropathy: monofilament 4/10 bilaterally", "sensation intact"])).t("\n")
    c.t("- ").c(f"ABPI R {c.fl(0.7, 1.2, 2)}, L {c.fl(0.7, 1.2, 2)}").t(", ").c(f"TBI {c.fl(0.45, 0.9, 2)}").t("\n")
    c.t("- ").c(c.ch(["onychomycosis of both halluces", "involuted nails", "thick, dystrophic nails"])).t("; ")
    c.c(c.ch(["callus plantar 2nd/3rd MTPJs", "heel fissures", "corn 5th toe"])).t("\n")
    c.t("- foot risk: ").c(c.ch(["intermediate", "high", "low"])).t(" (Australian diabetic foot guidelines)\n")
    c.t("- ").c(labs(c, ["a1c"])[0]).t(" (last pathology), on ").cl(pick(c, DM_UK, 2)).t("\n\n")
    c.t("Treatment: ").c("nail debridement").t(", ").c("callus reduction").t(", ").c(c.ch(["urea 25% cream BD", "felt padding",
                                                                                         "prefabricated orthoses"]))
    c.t(". Footwear advice given.\n\nRecommend review every ").c(c.ch(["8 weeks", "3 months", "6 weeks"]))
    c.t(". The remaining sessions will be used by ").d(s2 + timedelta(days=c.ri(60, 120)), "my").t(".\n\nKind regards,\n\n")
    c.nm(pod.fl).t(", Podiatrist\nAHPRA ").id(ahpra_no(c.r)).t(" | Provider no. ").id(au_provider(c.r))
    return _end(c, q, dob, [("medicare", m)], (line, town, pc))


def au_garment_app(c: C) -> Note:
    q = c.pat("f" if c.yes(0.7) else "m")
    dob, _ = c.adult(45, 92)
    m, irn = _medi(c)
    crn = f"{c.dig(3)} {c.dig(3)} {c.dig(3)}{c.ch('ABCHJKLTX')}"
    line, town, pc, _, st = place(c)
    mob = phone(c)
    mail = q.mail(c.ch(["bigpond.com", "iinet.net.au", "gmail.com", "outlook.com"]), c.ri(0, 5))
    th = c.staff()
    sub = c.wdt(-3, 0)
    ip = c.ip()
    arm = c.yes(0.5)
    lm = limb(c, leg=not arm, excess=c.r.uniform(0.1, 0.35))
    ref = f"CAEP-{c.dig(6)}"
    c.t("Community Aids and Equipment Program - Compression Garment Application\n")
    c.t("Submitted online ").d(sub, "dmy").t(f" {c.tm(8, 20)} from ").p("IP", ip).t("   Reference ").id(ref).t("\n\n")
    c.t("APPLICANT\nName: ").nm(q.fl).t("\nDate of birth: ").d(dob, "dmy").t("\nMedicare: ").id(medicare_fmt(m, 1))
    c.t(f"  IRN: {irn}\nPension / Health Care Card CRN: ").id(crn).t("\nAddress: ").ad(line).t(", ").ad(town).t(f" {st} ")
    c.zp(pc).t("\nPhone: ").ph(mob).t("   Email: ").em(mail).t("\n\n")
    c.t("CLINICAL\nDiagnosis: ").c("secondary lymphoedema" if c.yes() else "primary lymphoedema").t(", ")
    c.c("right arm" if arm else c.ch(["left leg", "right leg", "both legs"])).t("\nOnset: ").d(c.dt(-2000, -200), "mshy")
    c.t("\nExcess volume: ").c(f"{lm['pct']}%").t(" (").c(f"{lm['ml']} ml").t("), ").c(c.ch(["ISL II", "ISL I", "ISL late II"]))
    c.t("\nCellulitis in last 12 months: ").c(c.ch(["nil", "1 episode", "2 episodes"])).t("\nABPI: ").c(c.fl(0.85, 1.25, 2))
    c.t("   Skin: ").c(c.ch(["intact", "dry, intact", "healed wound"])).t("\nPrevious garments: ")
    c.c(c.ch(["circular-knit class 1 (did not contain swelling)", "none", "flat-knit class 2, worn out"])).t("\n")
    c.t("Self-management: ").c(c.ch(["independent donning", "needs carer to don", "uses donning aid"]))
    c.t("\n\nGARMENTS REQUESTED\n")
    if arm:
        c.t("1. ").c("flat-knit arm sleeve, class 2").t(" x ").c("2").t(" - ").cl(garment_arm(c, lm)).t("\n2. ")
        c.c("gauntlet class 1").t(" x ").c("2").t("\n")
    else:
        c.t("1. ").c("flat-knit below-knee stocking, class 2, open toe").t(" x ").c("2").t(" - ").cl(garment_leg(c, lm))
        c.t("\n2. ").c("night garment (foam-lined)").t(" x ").c("1").t("\n")
    prof, code = c.ch([("Physiotherapist", "PHY"), ("Occupational Therapist", "OCC"), ("Registered Nurse", "NMW")])
    c.t("\nTHERAPIST\n").nm(th.fl).t(f", {prof} (ALA NLPR ")
    c.id(f"{c.ri(100, 2999)}").t(")\nAHPRA ").id(ahpra_no(c.r, code)).t("\nUpload documents: ")
    c.p("URL", f"https://caep.health.wa.gov.au/upload/{ref}/{c.tok(14)}")
    return _end(c, q, dob, [("medicare", m), ("crn", crn)], (line, town, pc), mob)


def au_hith_chart(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(45, 88)
    umrn = f"{c.ch('ABCDK')}{c.dig(7)}"
    line, town, pc, _, st = place(c)
    nok, word = kin(c, q, c.ch(["spouse", "child"]))
    doc, n1, n2 = c.staff(), c.staff(), c.staff()
    i1, i2 = c.ini(n1), c.ini(n2)
    start = c.dt(-30, -12)
    side = c.ch(["R", "L"])
    c.t("Hospital in the Home (Silver Chain) - WOUND AND IV ANTIBIOTIC CHART\n\n")
    c.t("Name: ").nm(q.LF).t("   UMRN: ").id(umrn).t("   DOB: ").d(dob, "dmy").t("\nAddress: ").ad(line).t(", ")
    c.ad(town).t(f" {st}\nNOK: ").nm(nok.fl).t(f" ({word}) ").ph(phone(c)).t("\nAdmitting consultant: Dr ").nm(doc.fi)
    c.t(f", {c.ch(['ID', 'Vascular', 'Endocrinology'])}\n\n")
    c.t("Diagnosis: ").c(f"{side} {c.ch(['1st MT head', '5th MT head', 'calcaneal'])} osteomyelitis").t(" (MRI ")
    c.d(start - timedelta(days=c.ri(3, 10)), "dmy").t(")\nAntibiotic: ")
    c.c(c.ch(["ceftriaxone 2 g IV daily", "cefazolin 2 g IV TDS via elastomeric pump",
              "piperacillin-tazobactam 4.5 g IV via 24 h infusor"]))
    c.t(" via ").c(c.ch(["R basilic PICC", "L cephalic PICC"])).t(", day 1 ").d(start, "dmy").t(", planned ").c("6 weeks")
    c.t("\nWeekly bloods: ").cl(labs(c, ["crp", "wcc", "cr"])).t("\n\nWound measurements\n")
    c.t("Date        L x W x D (cm)       Exudate     Dressing           RN\n")
    ln, wd = c.r.uniform(1.5, 4.0), c.r.uniform(1.0, 3.0)
    d = start
    for k in range(c.ri(3, 5)):
        c.d(d, "dmyy").t("    ").c(f"{ln:.1f} x {wd:.1f} x {c.fl(0.1, 0.6)}").t("      ")
        c.c(c.ch(["mod serous", "low", "mod haemoserous"])).t("   ").c(c.ch(["Kerramax Care", "Cutimed Sorbact", "Inadine"]))
        c.t(f"   {i1 if k % 2 == 0 else i2}\n")
        ln, wd = ln * c.r.uniform(0.78, 0.95), wd * c.r.uniform(0.8, 0.96)
        d += timedelta(days=7)
    c.t("\nPICC: ").c(c.ch(["site clean, VIP 0", "VIP 1, redressed"])).t(", external length ").c(f"{c.ri(0, 3)} cm")
    c.t(", arm circumference ").c(f"{c.ri(26, 36)} cm").t("\nObs today: ").cl(obs(c)).t("\nPlan: ").c("offloading boot")
    c.t(", ").c("weekly podiatry review").t(". Next bloods ").d(d, "dm").t(".")
    return _end(c, q, dob, [("umrn", umrn)], (line, town, pc))


# ---------------------------------------------------------------------------------------- Canada
SK_HOSP = orgs("Royal University Hospital", "St. Paul's Hospital", "Regina General Hospital", "Victoria Hospital")
ON_CLIN = orgs("Hamilton Foot & Orthotic Clinic", "Niagara Chiropody Centre", "Mountain Foot Care", "Bayfront Chiropody")
BAD_NAMES.update(["Medavie", "Manulife", "Sun", "Life", "Canada", "NIHB", "Cross", "Blue"])


def sk_foot_clinic(c: C) -> Note:
    q = c.pat(grps=["cree", "cree", "skx"])
    dob, _ = c.adult(40, 80)
    hsn = c.dig(9)
    status = c.dig(10) if q.grp == "cree" else ""
    line, town, pc, area, st = place(c)
    cell = phone(c, area)
    esc, word = kin(c, q, "child")
    md, pod = c.staff(), c.staff()
    seen = c.wdt(-4, 0)
    side = c.ch(["right", "left"])
    dims, _, _, _ = wound(c)
    c.t(f"{c.ch(SK_HOSP)} - Diabetic Foot Clinic\nCLINIC NOTE\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.LF])).t("   DOB: ").d(dob, c.ch(["iso", "ussh"])).t("\nSask HSN: ").id(hsn)
    if status:
        c.t("   Treaty status no.: ").id(status).t(" (NIHB)")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(pc).t("\nCell: ").ph(cell).t("\nEscort: ").nm(esc.fl)
    c.t(f" ({word}), cell ").ph(phone(c, area)).t("\nSeen: ").d(seen, "iso").t("\n\n")
    far = town in ("La Ronge", "Meadow Lake", "Melfort", "Prince Albert", "North Battleford")
    c.t("S: ").t(q.He).t(" travelled ").c(c.ch(["4 hours by road", "by medical van", "by medevac flight"]) if far else
                                          c.ch(["by car", "by taxi", "by bus"])).t(". Ulcer ")
    c.c(c.ch(["smaller per home care", "draining more", "unchanged"])).t(". Wearing ").c(c.ch(["the offloading boot", "runners",
                                                                                             "moccasins at home"]))
    c.t(". Meds: ").cl(pick(c, DM_US, 2) + pick(c, CV_US, 1)).t(".\nPMH: ").cl(pick(c, PMH_US, 3))
    c.t(".\nO: ").cl(obs(c)).t(". ").c(f"{side} {c.ch(SITES)}").t(" ").c(dims).t(", ").c(bed(c)).t(". ")
    c.c(f"PTB {c.ch(['negative', 'positive'])}").t(". ").c(f"ABI {c.fl(0.6, 1.2, 2)}").t(". ")
    c.cl(labs(c, ["a1c", "crp", "egfr"])).t(".\nA: ").c(f"diabetic foot ulcer, {c.ch(['neuropathic', 'neuroischemic'])}")
    c.t(", ").c(ut_grade(c)).t(".\nP: ").c("sharp debridement").t("; ").c(c.ch(DRESSINGS)).t(" ")
    c.c(c.ch(["3x weekly", "every 2 days"])).t(" by ").c(f"{town} home care" if False else "home care nursing")
    c.t("; ").c(c.ch(["removable cast walker", "TCC applied today"])).t("; NIHB prior approval for ")
    c.c("custom orthotics and extra-depth footwear").t(" submitted. Return ")
    c.d(seen + timedelta(days=c.ch([21, 28, 42])), "ussh")
    c.t(".\n\n").nm(md.fl).t(", MD, FRCPC (Endocrinology)\n").nm(pod.fl).t(", Podiatrist (SAPM reg. ").id(f"{c.ri(100, 999)}")
    c.t(")")
    ids = [("hsn", hsn)] + ([("status", status)] if status else [])
    return _end(c, q, dob, ids, (line, town, pc), cell)


def ns_lymph_intake(c: C) -> Note:
    q = c.pat("f" if c.yes(0.7) else "m")
    dob, _ = c.adult(40, 90)
    card = c.dig(10)
    line, town, pc, area, st = place(c)
    tel = phone(c, area)
    mail = q.mail(c.ch(["eastlink.ca", "gmail.com", "hotmail.com", "ns.sympatico.ca"]), c.ri(0, 5))
    th = c.staff()
    fam = c.staff()
    visit = c.wdt(-5, 0)
    member = f"{c.ch(['MB', 'NS'])}{c.dig(8)}"
    hx = c.ch([("breast cancer 2021, ALND 14 nodes, radiation", ["letrozole 2.5 mg daily", "tamoxifen 20 mg daily"]),
               ("endometrial cancer, pelvic lymphadenectomy", ["levothyroxine 88 mcg daily", "amlodipine 5 mg daily"]),
               ("recurrent cellulitis, obesity", ["metformin 500 mg BID", "penicillin V 300 mg BID"]),
               ("melanoma, inguinal dissection", ["pembrolizumab q6 weeks", "hydrochlorothiazide 12.5 mg daily"])])
    leg = not hx[0].startswith("breast")
    lm = limb(c, leg=leg, excess=c.r.uniform(0.1, 0.4))
    c.t("Nova Scotia Health - Lymphedema Therapy Program\nINTAKE ASSESSMENT (virtual + in person)\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.LF])).t("\nDOB: ").d(dob, "iso").t("   NS health card: ")
    c.id(f"{card[:4]} {card[4:7]} {card[7:]}")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(pc).t("\nPhone: ").ph(tel).t("   Email: ").em(mail)
    c.t("\nFamily physician: Dr. ").nm(fam.fl).t("\nInsurer: Medavie Blue Cross, member ID ").id(member).t("\n")
    c.t("Virtual visit: ").p("URL", f"https://nshealth.zoom.us/j/{c.dig(11)}?pwd={c.tok(16)}").t(" on ").d(visit, "ussh")
    c.t("\n\nHistory: ").c(hx[0])
    c.t(". Swelling ").c(c.ch(["worse in the evening", "constant", "worse in summer"])).t(". ")
    c.c(c.ch(["heaviness 6/10", "tightness 4/10", "aching 5/10"])).t(".\n")
    c.t("Meds: ").cl(hx[1])
    c.t("\nExam: ").c(c.ch(["Stemmer negative", "Stemmer positive"])).t(", ").c(c.ch(["pitting", "non-pitting", "brawny"]))
    c.t(", skin ").c(c.ch(["intact", "dry", "one healing abrasion"])).t(". BMI ").c(c.fl(24, 44)).t(".\n")
    c.t("Perometer volumes: affected ").c(f"{lm['va']} mL").t(", unaffected ").c(f"{lm['vu']} mL").t(" -> ")
    c.c(f"{lm['pct']}% (RVC)").t("\nLYMQOL function ").c(f"{c.fl(1.0, 3.5)}").t(", appearance ").c(f"{c.fl(1.0, 3.5)}")
    c.t("\n\nPlan: ").c(c.ch(["CDT phase 1: MLD + multilayer bandaging 5x/week for 2 weeks",
                              ("compression stocking 30-40 mmHg" if leg else "compression sleeve 20-30 mmHg") + " + self-MLD",
                              "wrap system and exercise"]))
    c.t("; garment prescription after reduction; ").c("skin care").t(". Follow up ")
    c.d(visit + timedelta(days=c.ri(14, 35)), "iso")
    c.t(".\n").nm(th.fl).t(", PT, CLT (NSCP ").id(f"{c.ri(1000, 9999)}").t(")")
    return _end(c, q, dob, [("nshc", card)], (line, town, pc), tel)


def _ohip(c: C) -> tuple[str, str]:
    o = ohip_no(c.r)
    vc = c.ch(["", "AB", "KX", "MJ", "TR", "ZH"])
    k = c.ri(0, 2)
    s = [f"{o[:4]}-{o[4:7]}-{o[7:]}", f"{o[:4]} {o[4:7]} {o[7:]}", o][k] + ((" " if k < 2 else "") + vc if vc else "")
    return o, s


def on_orthotics(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(25, 80)
    o, ohs = _ohip(c)
    line, town, pc, area, st = place(c)
    tel = phone(c, area)
    ch_, md = c.staff(), c.staff()
    seen = c.wdt(-5, 0)
    cert = c.dig(9)
    c.t(f"{c.ch(ON_CLIN)}\nBIOMECHANICAL ASSESSMENT AND CUSTOM FOOT ORTHOTIC PRESCRIPTION\n\n")
    c.t("Patient: ").nm(q.fL).t("   DOB: ").d(dob, c.ch(["ymd/", "iso"])).t("   OHIP: ").id(ohs).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {st}  ").zp(pc).t("   Tel: ").ph(tel).t("\n")
    c.t("Insurer: ").t(c.ch(["Manulife", "Sun Life", "Canada Life", "Green Shield"])).t("  Certificate #: ").id(cert)
    c.t("\nReferring physician: Dr. ").nm(md.fl).t(", ").ad(c.ch(TOWNS["on"])[0]).t("\nDate of assessment: ").d(seen, "ussh")
    cd = c.ch([("plantar heel pain R > L, 5 months", "plantar fasciopathy"), ("forefoot pain, 2nd MTPJ", "2nd MTPJ capsulitis"),
               ("medial arch and ankle pain", "posterior tibial tendon dysfunction stage I"),
               ("diabetic neuropathy with pre-ulcerative callus", "high-risk diabetic foot, metatarsalgia")])
    c.t("\n\nComplaint: ").c(cd[0]).t("\nDiagnosis: ").c(cd[1]).t("\n\nExamination\n  Foot Posture Index: R ").c(f"+{c.ri(3, 10)}")
    c.t(", L ").c(f"+{c.ri(3, 10)}").t("\n  Ankle dorsiflexion (knee ext): R ").c(f"{c.ri(0, 12)} deg").t(", L ")
    c.c(f"{c.ri(0, 12)} deg")
    c.t("\n  1st MTPJ ROM: ").c(f"{c.ri(35, 70)} deg").t("\n  Gait: ")
    c.c(c.ch(["late pronation", "early heel lift", "abducted gait"]))
    c.t("\n  Footwear: ").c(c.ch(["flat slip-ons", "running shoes, worn medial heel", "steel-toe boots at work"]))
    c.t("\n")
    pmh(c, us=True, k=2)
    c.t("\nOrthotic prescription: ").c("3D foam box cast, neutral").t("; shell ")
    c.c(c.ch(["3 mm polypropylene", "carbon composite"]))
    c.t("; posting ").c(f"{c.ri(2, 6)} deg medial rearfoot").t("; ").c(c.ch(["met pad", "heel cushion", "1st ray cut-out"]))
    c.t("; top cover ").c(c.ch(["poron/EVA", "neoprene"])).t("\nFee: ").c(f"${c.ch([450, 475, 500, 525])}.00").t(" (")
    c.c("not covered by OHIP").t(")\n\n").nm(ch_.fl).t(", D.Ch., Registered Chiropodist (COCPO reg. ")
    c.id(f"{c.ri(10, 99)}{c.dig(3)}")
    c.t(")")
    return _end(c, q, dob, [("ohip", o)], (line, town, pc), tel)


def on_home_referral(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(60, 96)
    o, ohs = _ohip(c)
    line, town, pc, area, st = place(c)
    tel = phone(c, area)
    nok, word = kin(c, q, "child")
    np_ = c.staff("f")
    dt = c.wdt(-3, 0)
    dp = dopp(c, isch=c.yes(0.25))
    dims, _, _, _ = wound(c, big=True)
    c.t("Ontario Health atHome - Hamilton Niagara Haldimand Brant\nREFERRAL FOR COMMUNITY NURSING (wound / compression)\n\n")
    c.t("Client: ").nm(c.ch([q.LF, q.LFF])).t("   DOB: ").d(dob, "ymd/").t(" (").age(a).t(")\nHealth card: ").id(ohs)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {st} ").zp(pc).t("\nPhone: ").ph(tel).t("\nSubstitute decision-maker: ")
    c.nm(nok.fl).t(f" ({word}) ").ph(phone(c, area)).t("\nReferral date: ").d(dt, "iso").t("\n\n")
    c.t("Wound: ").c(c.ch(["venous leg ulcer L gaiter", "mixed leg ulcer R lateral malleolus", "R dorsal foot skin tear"]))
    c.t(", ").c(dims).t(", ").c(bed(c)).t(", ").c(c.ch(["moderate exudate", "heavy exudate", "low exudate"])).t("\n")
    c.t("ABPI: R ").c(dp["R"]["abpi"]).t(", L ").c(dp["L"]["abpi"]).t(" (brachial ").c(f"{dp['brR']}/{dp['brL']}").t(")\n")
    low = min(float(dp["R"]["abpi"]), float(dp["L"]["abpi"]))
    c.t("Compression: ").c("2-layer system 40 mmHg" if low >= 0.8 else "modified compression 20-30 mmHg (ABPI < 0.8)")
    c.t("\nAlso: ").c(c.ch(["bilateral leg edema, pitting", "lymphedema L leg", "lipodermatosclerosis"])).t("\n")
    c.t("PMH: ").cl(pick(c, ["CHF (EF 35%)", "T2DM", "atrial fibrillation", "COPD", "obesity (BMI 41)", "CKD 3"], 3))
    c.t("\nMeds: ").cl(pick(c, CV_US, 3)).t("\nAllergies: ").c(c.ch(ALLERGY)).t("\nMobility: ")
    c.c(c.ch(["walker, 1 assist", "wheelchair for distance", "independent with cane"])).t("; ").c(labs(c, ["alb"], us=True)[0])
    c.t("\n\nRequested: ").c("nursing visits 3x/week").t(", ").c("compression therapy")
    c.t(", ").c("Doppler repeat in 3 months").t("\n\nReferrer: ").nm(np_.fl).t(", NP-PHC (CNO ").id(f"{c.ri(10, 99)}{c.dig(5)}")
    c.t(")\nPhone ").ph(phone(c, area)).t("   Fax ").ph(phone(c, area))
    return _end(c, q, dob, [("ohip", o)], (line, town, pc), tel)


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = orgs("University Hospital Galway", "Mayo University Hospital", "Sligo University Hospital",
               "Letterkenny University Hospital", "Portiuncula University Hospital", "Merlin Park University Hospital")
IE_PRIM = orgs("Primary Care Centre", "HSE West", "HSE West and North West")


def ie_foot_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(45, 88)
    pps = ppsn(c.r, new=c.yes(0.4))
    mrn = c.dig(7)
    line, town, ez, _, co = place(c)
    gp = c.staff()
    _, gtown, _, _, gco = place(c)
    cons, pod = c.staff(), c.staff()
    seen = c.wdt(-12, -1)
    side = c.ch(["right", "left"])
    dims, _, _, _ = wound(c)
    dp = dopp(c, isch=c.yes(0.4))
    s = side[0].upper()
    c.t(f"Diabetic Foot Clinic, {c.ch(IE_HOSP[:2])}\n\n").d(seen + timedelta(days=c.ri(1, 5)), c.ch(["nth", "long"]))
    c.t("\n\nDr ").nm(gp.fi).t("\n").ad(gtown).t(f"\n{gco}\n\n")
    c.t("Re: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dmy", "dot"])).t(", MRN ").id(mrn).t(", PPSN ").p("SSN", pps)
    c.t("\n").ad(line).t(", ").ad(town).t(f", {co}, ").zp(ez).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"I reviewed {q.title} ").nm(q.last).t(" at the foot clinic on ").d(seen, "nthmo").t(". ").t(q.He).t(" has ")
    c.c(c.ch(["type 2 diabetes", "type 1 diabetes"])).t(" with ").c("peripheral neuropathy").t(" and a ")
    c.c(f"{side} {c.ch(SITES)} ulcer").t(" present since ")
    c.d(seen - timedelta(days=c.ri(30, 120)), c.ch(["my", "dmo"])).t(".\n\n")
    c.t("Today the ulcer measures ").c(dims).t(", ").c(bed(c)).t(". ").c(sinbad(c)).t(". Probe to bone ")
    c.c(c.ch(["negative", "negative", "positive"])).t(". Doppler ").c(dp[s]["wave"]).t(", ABPI ").c(dp[s]["abpi"])
    c.t(", toe pressure ").c(f"{dp[s]['toe']} mmHg").t(". ").cl(labs(c, ["a1c", "crp", "egfr"])).t(".\n\n")
    c.t("We performed ").c("sharp debridement").t(" and applied a ").c(c.ch(["total contact cast", "removable walker",
                                                                              "forefoot offloading shoe"]))
    c.t(". Please continue ").c(c.ch(DRESSINGS)).t(" with the public health nurse ")
    c.c(c.ch(["twice weekly", "three times weekly"]))
    c.t(". ")
    if c.yes(0.5):
        c.t("I have started ").c(c.ch(ABX_UK)).t(" for ").c(c.ch(["one week", "two weeks"])).t(". ")
    c.t(q.He).t(" holds a GMS card (").id(f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRTW')}").t(") so footwear will be ordered through ")
    c.c("HSE orthotics").t(".\n\nReview in ").c(c.ch(["2 weeks", "3 weeks", "4 weeks"])).t(".\n\nYours sincerely,\n\n")
    c.t("Dr ").nm(cons.fl).t(", ").t(c.ch(["FRCPI", "MRCPI"])).t("\nConsultant Endocrinologist, IMC ")
    c.id(f"{c.ri(20000, 429999)}")
    c.t("\n\ncc ").nm(pod.fl).t(", Senior Podiatrist")
    return _end(c, q, dob, [("ppsn", pps), ("mrn", mrn)], (line, town, ez))


def ie_nail_record(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(12, 75)
    pps = ppsn(c.r, new=c.yes(0.6))
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRTW')}"
    line, town, ez, area, co = place(c)
    mob = phone(c)
    pod = c.staff()
    op = c.wdt(-2, 0)
    minor = a < 18
    psex = c.ch("mf")
    par = c.rel(q, psex, "child") if minor else None
    word = "mother" if psex == "f" else "father"
    c.t("HSE West and North West - Community Podiatry Service\n")
    c.t("NAIL SURGERY - CONSENT AND PROCEDURE RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.fl, q.LF])).t("\nDate of birth: ").d(dob, "dmy").t("\nPPSN: ").p("SSN", pps)
    c.t("   GMS no.: ").id(gms)
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {co} ").zp(ez).t("\nMobile: ").ph(mob).t("\n")
    if par:
        c.t("Parent / guardian: ").nm(par.fl).t(f" ({word})\n")
    c.t("Date: ").d(op, "dmy").t("\n\n")
    c.t("Toe: ")
    c.c(c.ch(["R hallux lateral border", "L hallux medial border", "R hallux both borders", "L hallux lateral border"]))
    c.t("\nHistory: ").c(c.ch(["infected x3 since summer", "painful 8 months", "recurrent after previous wedge resection"]))
    c.t("\nMedical: ").c(c.ch(["nil", "asthma", "type 1 diabetes, HbA1c 58 mmol/mol", "on warfarin - INR 2.4 today"]))
    c.t("\nPulses ").c("palpable").t(", CRT ").c("< 3 s").t(", sensation ").c("intact").t("\n\n")
    c.t("Consent: risks explained (infection, regrowth ").c("5-10%").t(", delayed healing). Signed by ")
    c.t("parent" if par else "patient").t(".\n\n")
    c.t("LA: ").c(c.ch(["2% lidocaine plain 4 ml", "3% mepivacaine 4 ml"])).t(" ring block; tourniquet ")
    c.c(f"{c.ri(6, 15)} min")
    c.t("\nPNA with ").c("phenol 89% 3 x 30 s").t(", ").c("alcohol flush").t("\nDressing: ").c("Atrauman, gauze, Tubifast")
    c.t("\nPost-op: ").c("paracetamol 1 g QDS PRN").t("; redress at clinic ").d(op + timedelta(days=c.ri(2, 4)), "dmo")
    c.t(f" {c.tm(9, 15)}; then ").c("salt water soaks daily").t("\n")
    c.t("Day 3 check: ").c(c.ch(["minimal exudate, no infection", "phenol burn, serous ooze", "healing well"])).t(", ")
    c.c(c.ch(["Inadine applied", "dry dressing"])).t("; expected healing ").c("4-6 weeks").t("\n\nPodiatrist: ")
    c.nm(pod.fl).t(", Senior Podiatrist\n")
    c.t("Clinic phone: ").ph(phone(c, area, mob=False))
    return _end(c, q, dob, [("ppsn", pps), ("gms", gms)], (line, town, ez), mob)


def ie_lymph_letter(c: C) -> Note:
    q = c.pat("f")
    dob, _ = c.adult(40, 82)
    mrn = c.dig(7)
    line, town, ez, area, _co = place(c)
    gp, gtown, _ = _gp(c)
    spouse, _ = kin(c, q, "spouse")
    lt = c.staff("f")
    seen = c.wdt(-10, -1)
    lm = limb(c, leg=False, excess=c.r.uniform(0.08, 0.35))
    side = c.ch(["right", "left"])
    c.t(f"Lymphoedema Service, {c.ch(IE_HOSP[2:4])}\n").d(seen + timedelta(days=c.ri(1, 7)), "nth").t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(gtown).t("\n\nDear Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fl).t(" (DOB ").d(dob, "dmy")
    c.t("), MRN ").id(mrn).t("\n").ad(line).t(", ").ad(town).t(" ").zp(ez).t("\n\n")
    c.nm(q.first).t(" attended on ").d(seen, "nthmo").t(f" with swelling of the {side} arm after ")
    c.c(c.ch(["mastectomy and axillary node clearance", "wide local excision, SLNB and radiotherapy"])).t(" in ")
    c.t(f"{c.today.year - c.ri(1, 6)}. She is on ")
    c.c(c.ch(["anastrozole 1 mg OD", "letrozole 2.5 mg OD", "tamoxifen 20 mg OD"]))
    c.t(", with ").c(f"{c.ri(2, 21)} nodes removed").t(". BMI ").c(c.fl(22, 38)).t(". She works as a ")
    c.t(c.ch(["teacher", "care assistant", "farmer", "retail manager"])).t(".\n\nPerometer: affected arm ")
    c.c(f"{lm['va']} ml").t(", other ").c(f"{lm['vu']} ml").t(", difference ")
    c.c(f"{lm['ml']} ml").t(" (").c(f"{lm['pct']}%").t("). Bioimpedance L-Dex ").c(f"{c.fl(8, 25)}").t(". ")
    c.c(c.ch(["Stemmer negative", "pitting at the forearm"])).t(". ").c(c.ch(["ISL stage I", "ISL stage II"])).t(".\n\n")
    c.t("Plan: ").c("ready-to-wear sleeve and gauntlet, class 1 (15-21 mmHg)").t(", ").c("skin care").t(", ")
    c.c("simple lymphatic drainage taught").t(". Her husband ").nm(spouse.first).t(" came with her and will help with the ")
    c.t("exercises. She would like to be seen in ").ad(c.ch(["Letterkenny", "Sligo", "Donegal Town"])).t(" if possible.\n\n")
    c.t("Review in ").c("3 months").t(" with repeat perometry.\n\nIs mise le meas,\n\n").nm(lt.fl)
    c.t(", CNS Lymphoedema\nNMBI PIN ").id(f"{c.ri(100000, 199999)}").t("\nTel ").ph(phone(c, area, mob=False))
    return _end(c, q, dob, [("mrn", mrn)], (line, town, ez))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Waikato Hospital", "Tauranga Hospital", "Rotorua Hospital", "Whangārei Hospital", "Bay of Islands Hospital",
               "Te Whatu Ora")
BAD_NAMES.update(["Whatu", "Ora", "Waikato", "Kaumātua", "Whānau", "Kia", "Mōrena"])


def nz_pod_assess(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pkh", "pac"])
    dob, _ = c.adult(40, 84)
    nhi = nhi_no(c.r, new=c.yes(0.35))
    line, town, pc, _, _ = place(c)
    mob = phone(c)
    moko, word = kin(c, q, "child")
    gp = c.staff()
    _, gtown, _, _, _ = place(c)
    pod = c.staff()
    seen = c.wdt(-7, 0)
    dp = dopp(c, isch=c.yes(0.35))
    c.t("Te Whatu Ora Waikato - High Risk Foot Clinic\nPODIATRY ASSESSMENT\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, c.ch(["d/m/y", "dmy"]))
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(pc).t("   Mob: ").ph(mob).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(", ").ad(gtown).t("\nWhānau support: ").nm(moko.first).t(f" ({word})\nDate: ").d(seen, "dmy")
    c.t("\n\nDiabetes ").c(c.ch(["type 2 since 2009", "type 2 since 2015", "type 2, insulin since 2018"])).t(", ")
    c.c(labs(c, ["a1c"])[0]).t(", ").c(labs(c, ["egfr"])[0]).t(". ").c(c.ch(["Previous R 2nd toe amputation", "No previous ulcer",
                                                                             "Healed L heel ulcer 2023"]))
    c.t(".\n\nNeuro: monofilament ").c(f"{c.ri(0, 10)}/10 R").t(", ").c(f"{c.ri(0, 10)}/10 L").t("; vibration ")
    c.c(c.ch(["absent", "reduced", "present"])).t("\nVascular: DP ").c(dp["R"]["wave"]).t(" / ").c(dp["L"]["wave"])
    c.t("; ABPI ").c(f"{dp['R']['abpi']} / {dp['L']['abpi']}").t("; TBPI ").c(f"{dp['R']['tbpi']} / {dp['L']['tbpi']}")
    c.t("\nSkin / nails: ").c(c.ch(["callus plantar 1st MTPJ with haemorrhage", "fissured heels", "onychomycosis"])).t("\n")
    c.t("Footwear: ").c(c.ch(["jandals most of the time", "work boots", "slip-ons, too small"])).t("\n")
    c.t("Meds: ").cl(pick(c, DM_UK, 2) + pick(c, CV_UK, 2)).t("\n\n")
    c.t("Risk: ").c(c.ch(["HIGH", "HIGH", "ACTIVE", "MODERATE"])).t(" (NZSSD foot screening)\nTreatment: ")
    c.c(c.ch(["callus debrided, pre-ulcerative lesion", "nails reduced, callus debrided"])).t(", ").c("felt deflective padding")
    c.t("\nPlan: ").c("funded footwear application").t(", review ").c(c.ch(["4 weeks", "6 weeks"])).t(". Talked with ")
    c.nm(q.first).t(" and ").nm(moko.first).t(" about daily foot checks.\n\n").nm(pod.fl).t(", Podiatrist, HPI CPN ")
    c.id(hpi_cpn(c.r))
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc), mob)


def nz_text_log(c: C) -> Note:
    """Lower-case district nursing text log with the patient's whānau."""
    q = c.pat(grps=["mao", "mao", "pkh", "pac"])
    dob, a = c.adult(78, 98)
    nhi = nhi_no(c.r, new=c.yes(0.4))
    line, town, pc, _, _ = place(c)
    nurse = c.staff("f")
    fam, word = kin(c, q, "child")
    mob = phone(c)
    d0 = c.dt(-10, -3)
    nan = "nan" if q.sex == "f" else "koro"
    c.t("district nursing - text log (exported)\nclient: ").nm(q.low).t(" nhi ").id(nhi.lower()).t(" (").age(a)
    c.t("yo) - ").ad(line.lower()).t(", ").ad(town.lower()).t("\nwhanau contact: ").nm(fam.first.lower()).t(f" ({word}) ")
    c.ph(mob).t("\n\n")
    nf, ff = nurse.first.lower(), fam.first.lower()
    msgs: list[tuple[P, list[tuple[str, str]]]] = [
        (nurse, [("t", "kia ora "), ("nm", ff), ("t", ", its "), ("nm", nf),
                 ("t", f" from district nursing. can we come {c.ch(['tues', 'wed', 'thurs'])} am to redo {nan}'s leg dressing?")]),
        (fam, [("t", c.ch(["yes all good. leg is leaking a lot thru the bandage", "ok. its weeping heaps thru the wrap"]))]),
        (nurse, [("t", "ok thanks. pls keep leg up on the couch. is the wrap still on?")]),
        (fam, [("t", f"yep. {nan} not eating much and sore. the gp said to ring u")]),
        (nurse, [("t", "no worries, we will check bloods and temp tomorrow")]),
        (fam, [("t", f"thanks heaps. {nan} says the pills are making {'her' if q.sex == 'f' else 'him'} sick")]),
        (nurse, [("t", "ok will ask the gp about the flucloxacillin when we come")]),
    ]
    d = d0
    dk = c.ch(["d/m/yy", "dmyy"])
    hours = [c.ri(8, 10), c.ri(16, 20), c.ri(8, 11), c.ri(17, 21), c.ri(7, 8), c.ri(9, 12), c.ri(13, 16)]
    for k, (who, segs) in enumerate(msgs):
        if k in (2, 4):
            d += timedelta(days=1)
        h, mi = hours[k], c.ch(range(0, 60, 5))
        c.d(d, dk).t(f", {(h - 1) % 12 + 1}:{mi:02d} {'am' if h < 12 else 'pm'} - ").nm(who.first.lower()).t(": ")
        for kind, text in segs:
            c.nm(text) if kind == "nm" else c.t(text)
        c.t("\n")
    c.t("\nvisit note ").d(d + timedelta(days=1), "d/m").t(": ").c(c.ch(["r lower leg", "l lower leg", "both legs"]))
    c.t(" ").c(f"{c.fl(2.0, 6.5)} x {c.fl(1.5, 5.0)} cm").t(" ulcer, ").c(c.ch(["heavy serous exudate", "mod exudate"]))
    c.t(", ").c("abpi 1.0").t(". ").c("kerramax + 2 layer comp").t(", ").c(f"temp {c.fl(36.4, 38.1)}").t(", ")
    c.c(f"bgl {c.fl(6.1, 19.8)}").t(". ").c(c.ch(["no cellulitis", "erythema to mid calf - gp informed"])).t(". next ")
    c.d(d + timedelta(days=c.ri(3, 4)), "d/m").t(" - ").nm(nurse.first.lower()).t(" rn")
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc), mob)


def nz_lymph_letter(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(40, 85)
    nhi = nhi_no(c.r, new=c.yes(0.4))
    line, town, pc, _, _ = place(c, where="0")
    gp, gtown, _ = _gp(c, where="0")
    th = c.staff()
    seen = c.wdt(-10, -1)
    sub = seen + timedelta(days=c.ri(0, 2))
    leg = c.yes(0.6)
    lm = limb(c, leg=leg, excess=c.r.uniform(0.1, 0.4))
    c.t("Te Whatu Ora Te Tai Tokerau - Lymphoedema Service\n").d(seen + timedelta(days=1), "long").t("\n\n")
    c.t("Dr ").nm(gp.fl).t("\n").ad(gtown).t(" Medical Centre\n\nTēnā koe Dr ").nm(gp.last).t(",\n\nRe: ").nm(q.fL)
    c.t(", NHI ").id(nhi).t(", DOB ").d(dob, "dmy").t("\n").ad(line).t(", ").ad(town).t(" ").zp(pc).t("\n\n")
    c.t("Thank you for referring ").nm(q.first).t(f" with {'leg' if leg else 'arm'} swelling. Assessment on ").d(seen, "dmo")
    c.t(": ").c(c.ch(["secondary lymphoedema", "lipoedema with secondary lymphoedema", "phlebolymphoedema"])).t(", ")
    c.c(c.ch(["ISL II", "ISL I", "ISL late II"])).t(". Limb volume ").c(f"{lm['va']} ml").t(" vs ").c(f"{lm['vu']} ml")
    c.t(" (").c(f"{lm['pct']}% excess").t("). ").c(f"BMI {c.fl(26, 48)}").t(". ")
    c.c(c.ch(["No cellulitis", "Cellulitis x2 this year"]))
    c.t(". Skin ").c(c.ch(["intact", "dry with hyperkeratosis", "papillomatosis at the toes"])).t(", ")
    c.c(c.ch(["Stemmer positive", "Stemmer negative"])).t(". Meds: ").cl(pick(c, CV_UK, 2))
    c.t(".\n\nWe have started ").c(c.ch(["multilayer bandaging 3x/week for 3 weeks", "adjustable wraps", "MLD and bandaging"]))
    c.t(" and will then measure for ").c(c.ch(["flat-knit class 2 garments", "circular-knit class 2 garments"])).t(". ")
    c.t("A garment funding request was submitted on ").d(sub, "dmy").t(f" at {c.tm(9, 17)} (e-referral from ").p("IP", c.ip())
    adv = c.ch([("switching amlodipine", "may be contributing to the oedema"),
                ("a review of the furosemide", "diuretics are not effective for lymphoedema"),
                ("a dietitian referral", "weight loss will help the swelling")])
    c.t(").\n\nPlease consider ").c(adv[0]).t(" - ").c(adv[1]).t(".\n\n")
    c.t("Ngā mihi,\n\n").nm(th.fl).t(", Lymphoedema Therapist (Physiotherapist), HPI CPN ").id(hpi_cpn(c.r)).t("\nPh ")
    c.ph(phone(c, "09", mob=False))
    return _end(c, q, dob, [("nhi", nhi)], (line, town, pc))


# ---------------------------------------------------------------------------------------- South Africa
ZA_HOSP = orgs("Chris Hani Baragwanath Academic Hospital", "Helen Joseph Hospital", "Rahima Moosa Mother and Child "
               "Hospital", "Tembisa Provincial Tertiary Hospital")


def za_ward_referral(c: C) -> Note:
    q = c.pat()
    dob, _ = c.adult(40, 78)
    zid = za_id(c.r, dob, q.sex)
    hosp = c.dig(8)
    line, town, pc, _, city = place(c)
    cell = phone(c)
    nok, word = kin(c, q, c.ch(["child", "spouse"]))
    reg, cons, interp = c.staff(), c.staff(), c.staff("f")
    adm = c.dt(-6, -1)
    seen = c.wdt(-1, 0)
    side = c.ch(["right", "left"])
    c.t(f"{ZA_HOSP[0]}\nDepartment of Surgery - Diabetic Foot Service\nWARD REFERRAL AND CONSENT NOTE\n\n")
    c.t("Surname: ").nm(q.last.upper()).t("   First names: ").nm(q.first).t("\nID no: ")
    c.id(c.ch([zid, f"{zid[:6]} {zid[6:10]} {zid[10:]}"]))
    c.t("   Hosp no: ").id(hosp).t("\nDOB: ").d(dob, c.ch(["dmy", "long"])).t("   Sex: ").t(q.mf).t("\nAddress: ").ad(line)
    c.t(", ").ad(town).t(", ").ad(city).t(", ").zp(pc).t("\nCell: ").ph(cell).t("\nNOK: ").nm(nok.fl).t(f" ({word}) ")
    c.ph(phone(c)).t("\nAdmitted: ").d(adm, "dmy").t(" to ").c(f"Ward {c.ri(17, 24)}").t("\n\n")
    c.t("History: ").c(f"{c.ri(2, 8)} week {side} foot ulcer").t(", ")
    c.c(c.ch(["foul smelling", "swelling and fever", "black toe"]))
    c.t(". ").c("T2DM").t(f" since {c.today.year - c.ri(3, 18)}, ")
    c.c(c.ch(["poorly controlled", "on insulin", "defaulted clinic"]))
    c.t(". ").c(c.ch(["HIV positive on TLD, VL lower than detectable", "HIV negative", "HIV positive, CD4 312, on TLD"]))
    c.t(". ").c(c.ch(["Hypertension on amlodipine 10 mg daily", "No other chronic illness", "CKD stage 3"])).t(".\n")
    ex = c.ch([("wet gangrene 2nd and 3rd toes", "4", "ray amputation of 2nd and 3rd toes"),
               ("plantar abscess with necrotic 1st web space", "3", "debridement and drainage of plantar abscess"),
               ("dry gangrene hallux", "4", "hallux amputation")])
    c.t("Exam: ").cl(obs(c)).t(". ")
    c.c(f"{side} foot: {ex[0]}")
    c.t(", ").c(c.ch(["cellulitis to mid-foot", "crepitus absent", "tracking along the flexor tendons"])).t(". ")
    c.c(f"Wagner {ex[1]}").t(". Pulses: femoral ").c("present").t(", popliteal ").c(c.ch(["present", "weak"]))
    c.t(", pedal ").c(c.ch(["absent", "DP present"])).t(".\nBloods: ").cl(labs(c, ["wcc", "crp", "hb", "cr", "k"])).t(", ")
    c.c(f"HbA1c {c.fl(8.5, 14.8)}%").t(", ").c(f"glucose {c.fl(9.4, 28.6)} mmol/L").t("\nX-ray: ")
    c.c(c.ch(["gas in soft tissue", "osteolysis of 2nd proximal phalanx", "no bony involvement"])).t("\n\n")
    c.t("Plan: ").c(ex[2]).t(" on ").d(seen + timedelta(days=1), "dmy").t(", ").c("IV amoxicillin-clavulanate 1.2 g 8-hourly")
    c.t(", ").c("insulin sliding scale").t(", ").c("enoxaparin 40 mg SC daily").t(".\n")
    c.t("Consent: explained in ").t(c.ch(["isiZulu", "Sesotho", "English"])).t(" with Sr ").nm(interp.fl)
    c.t(" interpreting; risks of further amputation discussed. Patient signed.\n\n")
    c.t("Dr ").nm(reg.fi).t(" (Registrar, Surgery) - HPCSA ").id(f"MP{c.ri(0, 999999):07d}").t("\nDiscussed with Dr ")
    c.nm(cons.last).t(" (Consultant)")
    return _end(c, q, dob, [("said", zid), ("hosp", hosp)], (line, town, pc), cell)


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("Singapore General Hospital", "Changi General Hospital", "Sengkang General Hospital",
               "National University Hospital")


def sg_wound_review(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(55, 95)
    ic = nric(c.r, dob)
    hosp = c.ch(SG_HOSP)
    case = f"{''.join(w[0] for w in hosp.split()[:-1])}{c.dig(7)}{c.ch('ABCDEFGHJKLZ')}"
    line, town, pc, _, _ = place(c)
    hp = phone(c)
    nok, word = kin(c, q, "child")
    apn = c.staff(grp=c.ch(["sgc", "sgm", "sgt", "phl"]))
    seen = c.wdt(-3, 0)
    side = c.ch(["right", "left"])
    dims, _, _, _ = wound(c)
    masked = c.yes(0.35)
    c.t(f"{hosp}\nDiabetic Foot Wound Review - Advanced Practice Nurse Clinic\n\n")
    c.t("Name: ").nm(q.local if q.grp != "sgc" else c.ch([q.CN, q.cn, q.cne])).t("\nNRIC: ")
    c.id(f"{ic[0]}****{ic[5:]}" if masked else ic).t("   Case no: ").id(case).t("\nDOB: ").d(dob, "dd sh").t("   Age: ")
    c.age(a).t("\nAddress: ").ad(line).t(", Singapore ").zp(pc).t("\nHP: ").ph(hp).t("\nNOK: ").nm(nok.local)
    c.t(f" ({word}) HP ").ph(phone(c)).t("\nDate: ").d(seen, "dd sh").t("\n\n")
    c.t("Background: ").c("T2DM").t(", ").c("HTN").t(", ").c("HLD").t(", ").c(c.ch(["ESRF on HD (Tue/Thu/Sat)", "CKD stage 3b",
                                                                                      "IHD s/p CABG"]))
    c.t(". Followed up at ").c(c.ch(["Bedok Polyclinic", "Tampines Polyclinic", "Bukit Batok Polyclinic"])).t(".\n")
    c.t("Wound (TIME): ").c(f"{side} {c.ch(SITES)}").t(", ").c(dims).t(", ").c(bed(c)).t("; I: ")
    c.c(c.ch(["no local signs of infection", "periwound erythema 1 cm"])).t("; M: ").c(c.ch(["low serous", "moderate serous"]))
    c.t("; E: ").c(c.ch(["callused edges", "rolled edges", "advancing"])).t("\n")
    c.t("Meds: ").cl(pick(c, ["metformin 850 mg BD", "linagliptin 5 mg OM", "insulin glargine 18 units ON",
                               "amlodipine 10 mg OM", "atorvastatin 20 mg ON", "aspirin 100 mg OM"], 3)).t("\n")
    c.t("Last HbA1c ").c(f"{c.fl(6.8, 11.6)}%").t(" (").d(seen - timedelta(days=c.ri(20, 80)), "dd sh").t("), ")
    c.c(f"capillary glucose {c.fl(6.2, 18.4)} mmol/L").t(" today.\n\n")
    c.t("Done: ").c("conservative sharp wound debridement").t(", ")
    c.c(c.ch(["silver alginate", "Cutimed Sorbact", "hydrofibre Ag"]))
    c.t(" + ").c("foam").t(", ").c(c.ch(["offloading sandal", "forefoot offloading shoe"])).t(".\nCaregiver ")
    c.nm(nok.first if q.grp not in ("sgm", "sgt") else nok.local)
    c.t(" taught dressing; ").c("dressing 3x/week").t(" by ").c(c.ch(["home nursing (HCF)", "polyclinic nurse", "family"]))
    c.t(". MediSave / CHAS noted.\nTCU ").d(seen + timedelta(days=c.ch([14, 21, 28])), c.ch(["dd sh", "dmy"]))
    c.t(" (APN clinic)\n\n")
    c.nm(apn.local).t(", Advanced Practice Nurse (SNB ").id(f"N{c.dig(6)}{c.ch('ABCDEHJ')}").t(")")
    return _end(c, q, dob, [("nric", ic), ("case", case)], (line, town, pc), hp)


# ---------------------------------------------------------------------------------------- India (Chennai)
IN_HOSP = orgs("Government Stanley Medical College Hospital", "Rajiv Gandhi Government General Hospital",
               "Diabetic Foot Care Centre", "Kilpauk Medical College Hospital")


def in_opd_sheet(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(40, 78)
    uhid = f"{c.ch(['DFC', 'GH', 'SMC'])}/{c.today.year}/{c.dig(6)}"
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    line, town, pin, _, city = place(c)
    mob = phone(c)
    sp, word = kin(c, q, "spouse")
    doc = c.staff()
    seen = c.wdt(-2, 0)
    side = c.ch(["Rt", "Lt"])
    vpt = c.ri(18, 45)
    c.t(f"{c.ch(IN_HOSP)}\nDIABETIC FOOT OPD - CASE SHEET\n\n")
    c.t("Name: ").nm(c.ch([q.tin, q.tinr, q.tin.upper()])).t(f"   Age/Sex: {a}/{q.mf}   UHID: ").id(uhid).t("\n")
    c.t("Aadhaar: ").id(c.ch([aad, f"XXXX XXXX {aad[-4:]}"])).t("   CMCHIS card: ").id(c.dig(9)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad(city).t(" - ").zp(pin).t("\nMobile: ").ph(mob).t("   Attender: ")
    c.nm(sp.tin if sp.grp == "tam" else sp.fl).t(f" ({word})\nDate: ").d(seen, c.ch(["dash", "dmy"])).t("\n\n")
    c.t("C/o: ").c(f"ulcer {side} foot {c.ri(2, 8)} weeks").t(", ").c(c.ch(["pus discharge", "swelling", "no pain"])).t("\n")
    c.t("K/c/o: ").c(f"T2DM {c.ri(5, 25)} yrs").t(", ").c(c.ch(["SHTN", "CAD", "CKD"])).t(", ")
    c.c(c.ch(["smoker", "non smoker", "alcoholic"]))
    c.t("\nO/E: ").cl([f"PR {c.ri(70, 110)}/min", f"BP {c.ri(110, 170)}/{c.ri(70, 100)} mmHg", f"Temp {c.fl(97.8, 101.2)} F"])
    c.t("\nLocal: ")
    c.c(f"{side} {c.ch(['plantar 1st MT head', 'heel', '5th MT head', 'great toe'])} ulcer {c.fl(1, 5)} x {c.fl(1, 4)} cm")
    c.t(", ").c(c.ch(["slough +", "healthy granulation", "necrotic edges"])).t(", ")
    wag = c.ch(["1", "2", "2", "3"])
    c.c("probe to bone +ve" if wag == "3" else "probe to bone -ve")
    c.t("\nVPT (biothesiometry): ").c(f"{vpt} V").t(f" ({'severe' if vpt > 25 else 'mild'} neuropathy); ABI ")
    c.c(f"{c.fl(0.6, 1.2, 2)}")
    c.t("\nInvx: ").cl([f"FBS {c.ri(110, 320)} mg/dl", f"PPBS {c.ri(180, 420)} mg/dl", f"HbA1c {c.fl(7.2, 13.5)}%",
                        f"urea {c.ri(18, 70)} mg/dl", f"creat {c.fl(0.7, 2.4)} mg/dl", f"TC {c.fl(6.5, 16.8)}"])
    c.t("\nX-ray foot: ").c(c.ch(["erosion at the ulcer base", "periosteal reaction"]) if wag == "3" else "no osteomyelitis")
    c.t("\nDiagnosis: ").c(f"DM foot ulcer, Wagner {wag}").t("\n\nRx:\n")
    for rx in pick(c, ["Tab. Metformin 500 mg 1-0-1", "Inj. Mixtard 30/70 20-0-14 units", "Tab. Glimepiride 2 mg 1-0-0",
                       "Tab. Linezolid 600 mg 1-0-1 x 7 days", "Tab. Amoxyclav 625 mg 1-1-1 x 5 days",
                       "Tab. Cilostazol 100 mg 1-0-1", "Tab. Atorvastatin 10 mg 0-0-1", "Cap. Pregabalin 75 mg 0-0-1"], 4):
        c.t("  ").c(rx).t("\n")
    c.t("Dressing: ").c(c.ch(["betadine + collagen", "silver sulfadiazine", "hydrogel"])).t(", ").c("alternate days")
    c.t("\nOffloading: ").c(c.ch(["MCR footwear with total contact insole", "half shoe", "POP cast"])).t("\nReview: ")
    c.d(seen + timedelta(days=c.ch([7, 10, 14])), c.ch(["dash", "dmy"])).t("\n\n").t("Dr ")
    c.nm(doc.tin if doc.grp == "tam" else doc.fl)
    c.t(", MS (Gen Surg), TNMC Reg. No. ").id(f"{c.ri(40000, 149999)}")
    return _end(c, q, dob, [("uhid", uhid), ("aadhaar", aad.replace(" ", "").replace("-", ""))], (line, town, pin), mob)


# ---------------------------------------------------------------------------------------- Nigeria (Lagos)
BAD_NAMES.update(["LUTH", "LASUTH", "Idi", "Araba"])


def ng_dfu_clinic(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(38, 80)
    hno = c.ch([c.dig(6), f"{c.dig(3)}{c.ch('ABCD')}{c.dig(3)}"])
    nin = c.dig(11)
    nhia = f"{c.dig(8)}-{c.ri(0, 9)}"
    line, town, _, _, city = place(c)
    tel = phone(c)
    nok, word = kin(c, q, c.ch(["spouse", "child"]))
    sr, cons = c.staff(), c.staff()
    seen = c.wdt(-3, 0)
    first = seen - timedelta(days=c.ri(20, 70))
    side = c.ch(["right", "left"])
    c.t(f"{c.ch(['LUTH, Idi-Araba', 'LASUTH, Ikeja'])} - Endocrinology / Diabetes Foot Clinic\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.FL, q.fl])).t("   Hosp. No: ").id(hno).t("\nNIN: ").id(nin).t("   NHIA No: ").id(nhia)
    c.t(f"\nAge: {a} yrs   Sex: {q.sx}\nAddress: ").ad(line).t(", ").ad(town).t(", ").ad(city).t("\nPhone: ").ph(tel)
    c.t("\nNOK: ").nm(nok.fl).t(f" ({word}) ").ph(phone(c)).t("\nDate: ").d(seen, c.ch(["dmy", "nth"])).t("   First seen: ")
    c.d(first, "dmy").t("\n\n")
    c.t("Presenting: ").c(f"{side} foot ulcer {c.ri(3, 12)} weeks").t(", initially ").c(c.ch(["a blister from new shoes", "a burn from hot water soak",
                                                                                              "trauma from a nail"]))
    c.t(". Treated at ").c(c.ch(["a patent medicine store", "a private clinic", "home with herbs"]))
    c.t(" before presentation.\n")
    c.t("Exam: ").cl(obs(c)[:4] + [f"Temp {c.fl(36.4, 38.9)} degC"]).t(". ")
    c.c(f"{side} foot {c.ch(['dorsal', 'plantar', 'medial'])} ulcer {c.fl(2, 9)} x {c.fl(2, 6)} cm")
    c.t(", ").c(c.ch(["slough with foul smell", "healthy granulation", "exposed tendon"])).t(". ")
    c.c(f"Wagner {c.ch(['2', '3', '3', '4'])}")
    c.t(". ").c(c.ch(["Pedal pulses present", "DP absent, PT present"])).t(". ")
    c.c(f"10 g monofilament {c.ri(0, 6)}/10").t(".\n")
    c.t("Investigations: ").cl([f"FBS {c.fl(6.8, 18.2)} mmol/L", f"HbA1c {c.fl(7.4, 14.2)}%", f"PCV {c.ri(24, 40)}%",
                                f"WBC {c.fl(5.2, 21.0)} x10^9/L", f"Cr {c.ri(70, 260)} umol/L", f"urea {c.fl(3.2, 14.6)} mmol/L"])
    c.t("\nWound culture: ").c(c.ch(["Klebsiella spp, sensitive to ceftazidime", "Staph aureus, sensitive to clindamycin",
                                     "Proteus spp"])).t("\n\nPlan:\n1. ").c("wound debridement under LA").t("\n2. ")
    c.c(c.ch(["Inj. Ceftriaxone 1 g daily", "Tab. Ciprofloxacin 500 mg bd", "Tab. Clindamycin 300 mg 6-hourly"])).t(" + ")
    c.c("Tab. Metronidazole 400 mg tds").t("\n3. ").c(c.ch(["Inj. Mixtard 20 IU mane, 10 IU nocte", "Tab. Metformin 1 g bd",
                                                             "Tab. Glibenclamide 5 mg daily"]))
    c.t("\n4. ").c("daily dressing with honey").t(" at ").c("GOPD").t("; ").c("offloading with crutches").t("\n5. TCA ")
    c.d(seen + timedelta(days=c.ch([7, 14])), c.ch(["dmy", "nth"])).t("\n\nDr ").nm(sr.fl)
    c.t(" (Senior Registrar) for Prof. ").nm(cons.fi)
    return _end(c, q, dob, [("hosp", hno), ("nin", nin)], (line, town), tel)


# ---------------------------------------------------------------------------------------- Jamaica (the west)
JM_HOSP = orgs("Cornwall Regional Hospital", "Noel Holmes Hospital", "Savanna-la-Mar Public General Hospital",
               "Falmouth Public General Hospital")


def jm_amp_clinic(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(50, 96)
    dock = c.dig(6)
    trn = c.dig(9)
    nhf = c.dig(8)
    line, town, _, _, parish = place(c)
    tel = phone(c)
    nok, word = kin(c, q, "child")
    res, cons = c.staff(), c.staff()
    seen = c.wdt(-3, 0)
    op = seen - timedelta(days=c.ri(14, 60))
    side = c.ch(["right", "left"])
    lvl = c.ch(["below-knee amputation", "transmetatarsal amputation", "2nd and 3rd ray amputation", "hallux amputation"])
    c.t(f"{c.ch(JM_HOSP)}\nSurgical Outpatients - Diabetic Foot / Amputee Clinic\n\n")
    c.t(f"{q.title}. ").nm(c.ch([q.FL, q.fl])).t("   Docket: ").id(dock).t("\nDOB: ").d(dob, c.ch(["nthc", "dmy"])).t(" (")
    c.age(a).t(" yrs)   TRN: ").id(f"{trn[:3]}-{trn[3:6]}-{trn[6:]}").t("   NHF card: ").id(nhf).t("\nAddress: ").ad(line)
    c.t(", ").ad(town).t(f", {parish}\nTel: ").ph(tel).t("   NOK: ").nm(nok.fl).t(f" ({word}) ").ph(phone(c)).t("\n")
    c.t("Date of visit: ").d(seen, "nthc").t("\n\n")
    c.t("Procedure: ").c(f"{side} {lvl}").t(" on ").d(op, c.ch(["nthc", "dmy"])).t(" for ").c(c.ch(["wet gangrene", "osteomyelitis",
                                                                                                     "necrotising fasciitis"]))
    c.t(".\nStump / wound: ").c(c.ch(["healing well, sutures out", "small dehiscence 1 x 0.5 cm at the lateral end",
                                      "healed, mild oedema"])).t(", ").c(c.ch(["no discharge", "serous discharge", "no erythema"]))
    c.t("\nContralateral foot: ").c(c.ch(["callus 1st MTPJ, no ulcer", "intact", "fungal nails"])).t(", monofilament ")
    c.c(f"{c.ri(0, 8)}/10").t("\n").cl(obs(c)[:2]).t(", ").c(f"RBS {c.fl(6.5, 19.2)} mmol/L").t(", ")
    c.c(f"HbA1c {c.fl(7.1, 13.4)}%")
    c.t("\nMeds (JADEP / NHF): ").cl(pick(c, ["metformin 500 mg bd", "gliclazide 80 mg bd", "insulin NPH 18 units bd",
                                             "enalapril 10 mg daily", "amlodipine 5 mg daily", "simvastatin 20 mg nocte",
                                             "aspirin 81 mg daily"], 3))
    c.t("\nPMH: ").cl(pick(c, ["hypertension", "CKD stage 3", "glaucoma", "previous stroke", "sickle cell trait",
                               "osteoarthritis"], 2)).t("\nSocial: ").c(c.ch(["lives with daughter", "lives alone, neighbour helps",
                                                                               "uses wheelchair at home"]))
    c.t("; ").c(c.ch(["non-smoker", "ex-smoker", "drinks rum on weekends"]))
    c.t("\n\nPlan: ")
    c.c(c.ch(["refer for prosthesis assessment", "continue dressings at health centre", "physiotherapy for gait training"]))
    c.t(", ").c("diabetic foot education").t(", return ").d(seen + timedelta(days=c.ch([28, 42, 56])), c.ch(["nthc", "dmy"]))
    c.t(". ").nm(nok.first).t(" to accompany.\n\nDr ").nm(res.fl).t(" (DM Surgery resident) / Mr ").nm(cons.fi)
    return _end(c, q, dob, [("docket", dock), ("trn", trn)], (line, town), tel)


# ---------------------------------------------------------------------------------------- Malaysia (Klang Valley)
MY_HOSP = orgs("Hospital Tengku Ampuan Rahimah", "Hospital Selayang", "Hospital Kuala Lumpur", "Hospital Sungai Buloh")
BAD_NAMES.update(["Klinik", "Kesihatan", "Rujukan", "Nama", "Umur", "Tarikh", "Alamat", "Waris"])


def my_referral(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(45, 92)
    ic = mykad(c.r, dob, q.sex, c.ch(["10", "14", "01", "08", "07"]))
    rn = f"RN{c.dig(8)}"
    line, town, pc, _, stt = place(c)
    hp = phone(c)
    nok, word = kin(c, q, "child")
    mo = c.staff()
    dt = c.wdt(-3, 0)
    side = c.ch(["kanan / right", "kiri / left"])
    rel_my = {"son": "anak lelaki", "daughter": "anak perempuan"}[word]
    c.t(f"KLINIK KESIHATAN {c.ch(['PUCHONG', 'SHAH ALAM', 'KAJANG', 'AMPANG'])}\n")
    c.t(f"RUJUKAN KE KLINIK KAKI DIABETIK / REFERRAL TO DIABETIC FOOT CLINIC\n{c.ch(MY_HOSP)}\n\n")
    c.t("Nama / Name: ").nm(q.local if q.grp != "myc" else c.ch([q.CN, q.cne])).t("\nNo. K/P / MyKad: ").id(ic)
    c.t("   RN: ").id(rn).t("\nUmur / Age: ").age(a).t("   Jantina: ").t("L" if q.sex == "m" else "P").t("\nAlamat / Address: ")
    c.ad(line).t(", ").zp(pc).t(" ").ad(town).t(f", {stt}\nTel: ").ph(hp).t("\nWaris / NOK: ").nm(nok.local).t(f" ({rel_my}) ")
    c.ph(phone(c)).t("\nTarikh / Date: ").d(dt, c.ch(["dmy", "dot"])).t("\n\n")
    c.t("Diagnosis: ").c(f"T2DM {c.ri(4, 22)} tahun / years").t(" with ").c(f"diabetic foot ulcer, {side}").t("\n")
    c.t("Ulcer: ").c(c.ch(SITES)).t(", ").c(f"{c.fl(1, 4.5)} x {c.fl(0.8, 3.5)} cm").t(", ").c(c.ch(["slough 40%", "granulating",
                                                                                                  "necrotic base"]))
    c.t(", ").c(c.ch(["cellulitis to ankle", "no cellulitis", "pus discharge"])).t("\nPulses: ")
    c.c(c.ch(["DP/PT palpable", "DP absent"]))
    c.t("; monofilament ").c(f"{c.ri(0, 8)}/10").t("\nFBS ").c(f"{c.fl(6.5, 17.0)} mmol/L").t(", HbA1c ")
    c.c(f"{c.fl(7.0, 13.8)}%")
    c.t(", creat ").c(f"{c.ri(70, 240)} umol/L").t(", TWC ").c(f"{c.fl(6.0, 18.5)}").t("\nUbat / Meds: ")
    c.cl(pick(c, ["T. Metformin 1 g BD", "T. Gliclazide 160 mg BD", "S/C Insulatard 20 units ON", "S/C Actrapid 8 units TDS",
                  "T. Perindopril 4 mg OD", "T. Simvastatin 20 mg ON", "T. Cloxacillin 500 mg QID"], 3))
    c.t("\nPMH: ").cl(pick(c, ["HPT", "dyslipidaemia", "IHD", "CKD stage 3", "BA"], 2)).t("; merokok / smoker: ")
    c.c(c.ch(["tidak / no", "ya / yes", "bekas / ex"]))
    c.t("\n\nMohon rawatan lanjut / Kindly review and manage. ").c("Dressing harian di KK").t(" sementara menunggu.\n\n")
    c.t("Dr ").nm(mo.local).t(", Pegawai Perubatan / Medical Officer (MMC ").id(f"{c.ri(30000, 89999)}").t(")")
    return _end(c, q, dob, [("mykad", ic), ("rn", rn)], (line, town, pc), hp)


# ---------------------------------------------------------------------------------------- Hong Kong
HK_HOSP = orgs("Prince of Wales Hospital", "Queen Elizabeth Hospital", "United Christian Hospital",
               "Pamela Youde Nethersole Eastern Hospital", "Tseung Kwan O Hospital")


def hk_podiatry(c: C) -> Note:
    q = c.pat()
    dob, a = c.adult(62, 97)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8)}({c.ch('0123456789A')})"
    line, town, _, _, reg = place(c)
    tel = phone(c, mob=c.yes(0.5))
    son, word = kin(c, q, "child")
    fdh = c.person("phl", "f")
    pod = c.staff()
    seen = c.wdt(-4, 0)
    dp = dopp(c, isch=c.yes(0.4))
    c.t(f"{c.ch(HK_HOSP)} - Podiatry Department\nDIABETIC FOOT ASSESSMENT\n\n")
    c.t("Name: ").nm(c.ch([q.cn, q.CN, q.cnh])).t("   Sex/Age: ").t(f"{q.mf}/").age(a).t("\nHKID: ").id(hk).t("   ")
    c.id(hn).t("\nDOB: ").d(dob, c.ch(["dmon", "dmy"])).t("\nAddress: ").ad(line).t(", ").ad(town).t(f", {reg}\nTel: ").ph(tel)
    c.t("\nContact: ").nm(son.engl if son.eng else son.cn).t(f" ({word}) ").ph(phone(c)).t("; domestic helper ").nm(fdh.fl)
    c.t("\nReferred by: ").c(c.ch(["GOPC (RAMP-DM)", "Medical SOPD", "DM Centre"])).t("   Date: ").d(seen, "dmon").t("\n\n")
    c.t("DM: ").c(c.ch(["T2DM x 20 years", "T2DM x 12 years, on insulin", "T2DM x 8 years"])).t(", ")
    c.c(f"HbA1c {c.fl(6.6, 10.9)}%")
    c.t(", ").c(f"eGFR {c.ri(18, 80)}").t("\nRisk stratification: ")
    c.c(c.ch(["high risk", "moderate risk", "high risk (previous ulcer)"]))
    c.t("\nNeuro: ").c(f"10 g monofilament {c.ri(0, 6)}/10 R, {c.ri(0, 6)}/10 L").t("; ")
    c.c(c.ch(["tuning fork absent", "VPT 30 V"]))
    c.t("\nVascular: ABI R ").c(dp["R"]["abpi"]).t(" / L ").c(dp["L"]["abpi"]).t("; toe pressure R ")
    c.c(f"{dp['R']['toe']} mmHg")
    c.t("\nSkin: ")
    c.c(c.ch(["callus with subkeratotic haemorrhage plantar 1st MTPJ", "heel fissures", "interdigital maceration 4th web"]))
    c.t("\nNails: ").c(c.ch(["onychomycosis", "onychogryphosis hallux", "ingrown L hallux"])).t("\nFootwear: ")
    c.c(c.ch(["slippers at home", "cloth shoes, narrow toe box", "appropriate"])).t("\nMeds: ")
    c.cl(pick(c, ["metformin 500 mg BD", "gliclazide 80 mg BD", "insulin glargine 14 units ON", "amlodipine 5 mg daily",
                  "simvastatin 20 mg nocte", "aspirin 80 mg daily", "linagliptin 5 mg daily"], 3))
    c.t("\nSocial: ").c(c.ch(["lives with son and helper", "lives in elderly home", "lives with spouse, walks with stick"]))
    c.t("\n\n")
    c.t("Tx: ").c("callus debridement").t(", ").c("nail care").t(", ")
    c.c(c.ch(["in-shoe orthosis fitted", "offloading felt", "education"]))
    c.t(". Helper ").nm(fdh.first).t(" taught daily foot inspection.\nFU: ")
    c.d(seen + timedelta(days=c.ch([42, 56, 84])), "dmon")
    c.t("\n\n").t("Podiatrist: ").t("Mr " if pod.sex == "m" else "Ms ").nm(pod.cn if pod.grp == "hkc" else pod.fl)
    return _end(c, q, dob, [("hkid", hk), ("hn", hn)], (line, town), tel)


# ---------------------------------------------------------------------------------------- Philippines
def ph_chat(c: C) -> Note:
    """Lower-case messaging chat between a home wound care nurse and the patient's daughter (Taglish)."""
    q = c.pat()
    dob, a = c.adult(70, 97)
    pin = philhealth(c.r)
    line, town, z, _, _ = place(c)
    dau = c.rel(q, "f", "child")
    nurse = c.staff("f", "phl")
    d0 = c.dt(-8, -3)
    lola = "lola" if q.sex == "f" else "lolo"
    nf, df = nurse.first.lower(), dau.first.lower()
    c.t("chat export - home wound care\n\n")
    dk = c.ch(["md", "msh"])
    c.d(d0, dk).t("\n").nm(df).t(": good morning po nurse ").nm(nf).t(". si ").t(lola).t(" po ").nm(q.low)
    c.t(", ").age(a).t(" y/o, diabetic. may sugat po sa ").c(c.ch(["talampakan (sole) ng kanang paa", "hinlalaki ng kaliwang paa",
                                                                   "sakong (heel) ng kanang paa"]))
    c.t(". pwede po ba kayo mag home visit?\n").nm(nf)
    c.t(": good morning po. pwede po. pa send po ng address at philhealth no.\n")
    c.nm(df).t(": ").ad(line.lower()).t(", ").ad(town.lower()).t(" ").zp(z).t(". philhealth ").id(pin)
    c.t(". cp ko po ").ph(phone(c))
    c.t("\n").nm(nf).t(": noted po. ").c("metformin 500 mg bid").t(" pa rin po ba si ").t(lola).t("? latest sugar?\n")
    c.nm(df).t(": opo, plus ").c(c.ch(["glimepiride 2 mg od", "insulin nph 12 units am", "sitagliptin 50 mg od"]))
    c.t(". sugar kanina ")
    c.c(f"{c.ri(160, 340)}").t(" po\n\n")
    d1 = d0 + timedelta(days=1)
    c.d(d1, dk).t("\n").nm(nf).t(": visit done. wound ").c(f"{c.fl(1.0, 4.0)} x {c.fl(0.8, 3.0)} cm").t(", ")
    c.c(c.ch(["may nana (pus)", "malinis, granulating", "may slough"])).t(", ")
    c.c(c.ch(["namamaga hanggang bukung-bukong", "walang pamamaga"]))
    c.t(". bp ").c(f"{c.ri(110, 170)}/{c.ri(60, 95)}").t(", temp ").c(f"{c.fl(36.4, 38.4)}").t(". nilinis at ")
    c.c(c.ch(["silver dressing", "betadine + gauze"]))
    c.t(". start ")
    c.c(c.ch(["co-amoxiclav 625 mg tid x 7 days", "clindamycin 300 mg qid x 7 days", "cefalexin 500 mg qid x 7 days"]))
    c.t(" as per dr ").nm(c.staff(grp="phl").last.lower()).t(". change dressing ").c("every other day").t("\n")
    c.nm(df).t(": nurse, si ").t(lola).t(" po kumain na. pwede po ba paliguan?\n").nm(nf).t(": pwede po basta ")
    c.c("balutin ng plastic ang dressing").t(". bantayan din po ang ").c("sugar bago kumain").t("\n")
    c.nm(df).t(": salamat po. next visit po?\n").nm(nf).t(": ").d(d1 + timedelta(days=2), dk).t(" po, ")
    c.t(c.ch(["9am", "2pm", "10am"])).t(". pag nilagnat o nangitim ang daliri, dalhin agad sa er\n").nm(df).t(": opo ingat po")
    return _end(c, q, dob, [("philhealth", pin)], (line, town, z))


# ---------------------------------------------------------------------------------------- the corpus
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "multidisciplinary diabetic foot clinic letter to the GP", en_mdfc_letter),
    ("en", "podiatry annual diabetic foot risk assessment", en_annual_review),
    ("en", "nail surgery (partial nail avulsion with phenol) record", en_nail_surgery),
    ("en", "vascular / podiatry clinic after toe amputation", en_amp_followup),
    ("en", "lower-case district nursing dressing handover", en_dn_handover),
    ("en", "lymphoedema initial assessment with limb volumes", en_lymph_assess),
    ("en", "made-to-measure compression garment order", en_garment_order),
    ("en", "referral to orthotics for bespoke footwear", en_orthotics_ref),
    ("sc", "SCI-Diabetes foot screening record", sc_foot_screen),
    ("sc", "lymphoedema letter to the GP after cellulitis", sc_lymph_letter),
    ("sc", "total contact cast record", sc_tcc_log),
    ("cy", "bilingual nail surgery discharge letter to the patient", cy_nail_letter),
    ("cy", "MDT foot clinic note on active Charcot foot", cy_charcot),
    ("ni", "urgent GP referral to the multidisciplinary foot team", ni_mdft_referral),
    ("ni", "community nursing leg ulcer / lymphoedema assessment", ni_leg_assess),
    ("us", "wound care center progress note with debridement", us_wound_center),
    ("us", "Medicare therapeutic shoe certifying statement", us_shoe_cert),
    ("us", "podiatric operative report: toe / ray amputation", us_op_report),
    ("us", "letter of medical necessity for a pneumatic compression device", us_pcd_lmn),
    ("us", "home health skilled nursing visit with NPWT", us_home_health),
    ("us", "lower-case speech-recognition podiatry dictation", us_dictation),
    ("us", "patient portal thread after nail surgery", us_portal),
    ("us", "hyperbaric oxygen therapy treatment log", us_hbot_log),
    ("au", "High Risk Foot Service referral from an Aboriginal medical service", au_hrfs_referral),
    ("au", "podiatry chronic disease management report to the GP", au_cdm_report),
    ("au", "compression garment subsidy application (online)", au_garment_app),
    ("au", "Hospital in the Home wound and IV antibiotic chart", au_hith_chart),
    ("sk", "diabetic foot clinic note (Saskatchewan, NIHB)", sk_foot_clinic),
    ("ns", "lymphedema therapy intake (Nova Scotia)", ns_lymph_intake),
    ("on", "chiropody biomechanical assessment and orthotic prescription", on_orthotics),
    ("on", "home and community care referral for wound and compression", on_home_referral),
    ("ie", "diabetic foot clinic letter to the GP (west of Ireland)", ie_foot_letter),
    ("ie", "community podiatry nail surgery consent and procedure record", ie_nail_record),
    ("ie", "lymphoedema service letter after breast cancer", ie_lymph_letter),
    ("nz", "high-risk foot clinic podiatry assessment (Waikato)", nz_pod_assess),
    ("nz", "lower-case district nursing text log with whanau", nz_text_log),
    ("nz", "lymphoedema therapist letter to the GP (Northland)", nz_lymph_letter),
    ("za", "diabetic foot ward referral and consent note (Soweto)", za_ward_referral),
    ("sg", "advanced practice nurse diabetic foot wound review", sg_wound_review),
    ("in", "diabetic foot OPD case sheet (Chennai)", in_opd_sheet),
    ("ng", "diabetes foot clinic record (Lagos)", ng_dfu_clinic),
    ("jm", "diabetic foot / amputee clinic note (western Jamaica)", jm_amp_clinic),
    ("my", "bilingual referral to a diabetic foot clinic (Klang Valley)", my_referral),
    ("hk", "podiatry diabetic foot assessment (Hong Kong)", hk_podiatry),
    ("ph", "lower-case Taglish home wound care chat", ph_chat),
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
            note = fn(C(110_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
