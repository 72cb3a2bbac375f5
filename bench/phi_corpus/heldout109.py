"""HELD-OUT v109 PHI corpus: written independently, before any round-109 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout105 / heldout106 / heldout107 were read, to follow their labelling
conventions and to avoid their templates and phrasing - heldout105's docstring, which follows
heldout99's layout, serving as the model for this one's, as heldout99's own docstring was not
opened - plus the code below heldout98's docstring for its mechanics only (its imports, the ``C``
helper class idea, ``_clean``, ``_one``, ``generate``, the shape of ``TEMPLATES``, the ``P`` class,
the date-format helper ``fmt``, the identifier check-digit helpers and the ``place`` / ``phone``
helpers; its name-group table was not read, and what was seen in passing of its patient-group map,
Singapore English names, two-letter-initials set, town and street tables, one template function and
its template list was not reused); ``_clean`` is copied from it verbatim, and this file's ``P`` and
``C`` classes, ``fmt``, ``place``, ``phone``, ``_fhir`` (which here also carries the patient's
address and telephone), ``_one``, ``generate`` and the NHS, H&C, CHI, NPI, SSN, AU Medicare, IHI,
BC PHN, PPSN, NZ NHI, SA ID, Singapore NRIC and Aadhaar helpers follow those mechanics (the
check-digit routines are the published algorithms); the name groups, word-like and eponym lists,
two-letter-initials set, places, streets, phone formats, document types and templates are this
file's own, as are the clinical arithmetic (gestation from the LMP, Robinson's CRL formula and the
embryonic heart rate for it, the ACOG redating rule, MSD, Mosteller BSA and the methotrexate dose,
the day 4 to day 7 hCG fall, hCG rise over 48 hours, molar hCG regression and plateau with the
FIGO / WHO score, RMI, ROMA, rASRM stage, fibroid ellipsoid volume, BMI, free androgen index, PUQE
and weight loss, Z3A and CPT codes chosen from gestation and uterine weight) and the HKID (check
digit), DEA (check digit), Medicare Beneficiary Identifier (letter rules), NMC PIN, HCPC, e-RS UBRN,
GMC, AHPRA, Alberta PHN, Nova Scotia health card, HPI CPN, MCNZ, IMC, NMBI, CPSA, CPSBC, MMC, MCR,
MCHK, HPCSA, PRC, PhilHealth, MyKad (place-of-birth code, sex digit), NIN, NHIA, UHID, Eircode and
UK postcode forms (format only where no check digit is published); the other held-out corpora being
written at the same time were not read; ruff check (not ruff format; its --fix only for
parenthesised string concatenations, placeholder-less f-strings, unused unpacked names, a set
comprehension and a split string turned into a literal) was run on this file; the scrubber was never run on this corpus - no
``bench/scrubber.py``, no ``wardwatch deid``, no import of ``processors.deid`` - nor was any of its
output looked at). No Faker. Like v14-v107 it aims at the MAINSTREAM of English-language hospital
and clinical text with ordinary PHI density; it is modelled on gynaecology, early pregnancy and
menopause services (early pregnancy unit scans, miscarriage follow-up, colposcopy and cervical
screening letters, HRT and menopause clinic notes, endometriosis and fibroid surgery, gynae-oncology
referrals, contraception clinic): EPU / EPAS / EPAC ultrasound reports, referrals, discharge
summaries and telephone triage, miscarriage, ectopic (methotrexate), molar pregnancy and
hyperemesis records, colposcopy appointment, results and treatment letters after cervical screening
(NHS, SCCRS, Cervical Screening Wales, NCSP, BC Cancer, CervicalCheck), menopause and premature
ovarian insufficiency clinic letters, a Near Me and two other video consultations, operation notes
and reports (laparoscopic excision of endometriosis, robotic TLH), fibroid clinic, pre-operative and
discharge records, gynae-oncology consultations and referrals (2WW, ROMA, endometrial, cervical
cancer for chemoradiation), sexual health and family planning records, a US letter of medical
necessity, a short-term disability statement, a nursing home pessary visit, a surgery waiting-list
letter and lower-case phone, portal, SMS and day-case notes - in England (9, the East Midlands:
Nottingham's suburbs, Mansfield, Ilkeston, Chesterfield, Loughborough, Hinckley, Leicester's
suburbs, Grantham, Sleaford, Spalding, Corby, Newark, Belper, Swadlincote, Market Harborough),
Scotland (3, Tayside and Fife: Broughty Ferry, Monifieth, Arbroath, Forfar, Montrose, Kirriemuir,
Blairgowrie, Crieff, Glenrothes, Cupar, St Andrews, Leven, Cowdenbeath, Lochgelly, Carnoustie), Wales
(2, the north: Caernarfon, Holyhead, Llangefni, Pwllheli, Porthmadog, Llandudno, Colwyn Bay,
Abergele, Rhyl, Prestatyn, Denbigh, Mold, Llangollen, Bethesda, Amlwch), Northern Ireland (2,
Newtownabbey, Lisburn, Strabane, Portadown, Lurgan, Newtownards, Larne, Antrim, Cookstown,
Magherafelt, Banbridge, Dungiven, Carrickfergus, Limavady), the United States (8, Washington and
Oregon: Seattle, Tacoma, Tukwila, Renton, Bellevue, Spokane, Yakima, Wenatchee, Olympia, Lynnwood,
Portland, Gresham, Beaverton, Hillsboro, Salem, Eugene, Medford, Woodburn), Australia (4, New South
Wales: western and south-western Sydney, the Hunter, the Illawarra, the Central Coast, Dubbo,
Tamworth, Wagga Wagga), Canada (4: Alberta 2 - Calgary, Airdrie, Edmonton, St. Albert, Sherwood
Park, Red Deer, Lethbridge, Medicine Hat, Grande Prairie, Okotoks -, British Columbia 1 - Surrey,
Abbotsford, Burnaby, Richmond, Coquitlam, Kelowna, Kamloops, Chilliwack, Maple Ridge - and Nova
Scotia 1 - Dartmouth, Bedford, Truro, Glace Bay, New Glasgow, Antigonish, Yarmouth, Bridgewater,
Wolfville, Amherst, Lower Sackville, Clare), Ireland (3, south Dublin, Wicklow, Kildare, Carlow,
Wexford and Kilkenny), New Zealand (3, Auckland and Northland), South Africa (1, Gauteng: Soweto,
Alexandra, Tembisa, Katlehong, Mamelodi, Soshanguve, Randburg, Roodepoort, Benoni), Singapore (1),
India (1, Pune), Nigeria (1, Lagos), Hong Kong (1, the New Territories and Kwun Tong), Malaysia (1,
Johor) and the Philippines (1, Metro Manila).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: EPU transvaginal scan report ("First LAST", "First Last" or "LAST, First", "dd/mm/yyyy" or
"dd.mm.yyyy" DOB, NHS number plain, spaced or dashed, a hospital number in five layouts, street,
town and postcode, the mobile, "dd/mm/yyyy" or "d Month yyyy" scan date with the time outside, "d
Month yyyy", "dd/mm/yyyy" or "d Mon yyyy" LMP with the gestation computed, the HCA chaperone by full
name, a viable pregnancy (CRL, Robinson gestation, heart rate, "EDD by CRL" dated), a missed
miscarriage confirmed by a second sonographer by full name, a PUL with a "dd/mm" or "d Month" repeat
hCG, or an incomplete miscarriage; the sonographer by full name with an HCPC or NMC number, the
hospital's EPU line); 1. en: miscarriage follow-up letter to the GP ("dd/mm/yyyy" clinic and typed
dates, "Dr F. Last" with the practice and its town, "Dear Dr Last", "Re: First Last, DOB, NHS No,
Hosp No" with the address, medical management with the mifepristone date, "Mrs / Ms Last" with the
title outside, the partner's first name, the EPU line, "Miss First Last" consultant with a GMC
number, cc the patient's full name and personal e-mail); 2. en: colposcopy letter to the GP (the
unit's phone, "Dr F Last", "LAST, First", "LAST, FIRST" or "Last, First", NHS and hospital numbers,
"dd/mm/yyyy" or "d Month yyyy" screening date, "dd/mm/yyyy" or "d Month" colposcopy and "dd/mm/yyyy"
histology dates, LLETZ for high-grade referrals with a "Month yyyy" or "Mon yyyy" test of cure, otherwise punch
biopsy and a 12-month recall, the nurse colposcopist with an NMC PIN, cc "F. Last" and the address);
3. en: lower-case EPU phone triage log ("d/m" call dates with times outside, the lower-case full
name, "d/m/yy" DOB, a lower-case hospital number, "d/m" LMP and positive test, "d/m" or "dd/mm" scan
booking, the callback mobile, the partner's lower-case first or full name, staff by lower-case first
name with "(rn)" and "(hca)" outside); 4. en: menopause clinic letter ("d Month yyyy", "Dr F. Last"
with the practice and the patient's town, "Re: Mrs / Ms First Last", DOB, NHS, "Month yyyy" or "Mon
yyyy" LMP and mammogram, Greene scale, BMI and free androgen index computed, the review date, the
menopause nurses' line, "Dr First Last" with a GMC number, the copy address); 5. en: laparoscopic
excision of endometriosis operation note ("First LAST" or "LAST, First", hospital and NHS numbers,
"dd/mm/yyyy" or "dd.mm.yyyy" DOB, "dd/mm/yyyy" date, "Mr / Miss First LAST" surgeon, "Dr First Last
(STn)" assistant, "Dr F. Last" anaesthetist, rASRM points and stage computed, ICD-10 and OPCS codes,
"dd/mm/yyyy" or "d Month" follow-up, "Mr / Miss Last" with a GMC number); 6. en: suspected
gynaecological cancer (2WW) referral (e-RS UBRN as ID, "dd/mm/yyyy", "First LAST" or "First Last",
"age nn" labelled only when >= 90, NHS, address, landline and mobile, an interpreter line, "Dr First
Last" GP with the practice town and direct line, "dd/mm/yyyy" or "d Month yyyy" onset, endometrial
thickness, or CA-125 with RMI computed); 7. en: sexual health LARC record (clinic number, "First
Last" or "First LAST", DOB, the postcode alone as ZIP, the mobile, "dd/mm/yyyy" visit and LMP, UKMEC
from the BMI, implant, LNG-IUS or copper IUD with a "Month yyyy" or "Mon yyyy" change date, the SRH
nurse with an NMC PIN); 8. en: fibroid clinic note ("Mr / Miss First Last", "First LAST" or "LAST,
First", DOB in brackets, NHS and MRN, "Dr F. Last", "dd/mm/yyyy" or "d Month" MRI, FIGO type and
ellipsoid volume, first names of the patient and partner in prose, "Month yyyy" listing, the mobile,
the address); 9. sc: colposcopy results letter to the patient (the unit's phone, "d Month yyyy" or
"dd/mm/yyyy", "Mrs / Ms First Last" or "Mrs / Ms F. Last" address block, CHI plain or 6-4, "Dear
First" or "Dear Mrs / Ms Last", the weekday outside "d Month yyyy", "Month yyyy" recall, the GP as "Dr F Last"
with the practice, "dd/mm/yyyy" referral sample, a nurse colposcopist with an NMC PIN or a consultant
with a GMC number); 10. sc: Near Me video menopause or POI consultation (the weekday outside "d Month
yyyy" or "dd/mm/yyyy", "Dr First Last" with her nhs.scot e-mail, "FIRST LAST", "First Last" or
"First LAST" with the age in brackets, CHI, the home town, a tokenised Near Me link as URL, the
connecting IP, DOB, the partner's first name, "d Month" FSH and DEXA dates, the next review, the
mobile); 11. sc: methotrexate for ectopic pregnancy record ("LAST, First" or "LAST, FIRST", CHI, DOB,
address, the partner's full name and mobile, "dd/mm/yyyy" scan and dose with BSA and dose computed,
"SN F. Last", day 1 / 4 / 7 "dd/mm" hCG with the fall computed, "Month yyyy" until which to avoid
pregnancy, "d Month" or "dd/mm/yyyy" next test, the EPAS line, "Dr F. Last (STn)"); 12. cy:
bilingual colposcopy appointment letter ("Enw / Name" with "FIRST LAST", "First LAST" or "First
Last", "Dyddiad geni", "Rhif GIG", "Cyfeiriad" with a house-name or street line, "Annwyl / Dear
First", "dd/mm/yyyy" or "d Month yyyy" screening date, the weekday outside the appointment date, the
colposcopist by full name, the text-reminder mobile, a lab reference as ID); 13. cy: hysterectomy
discharge summary ("First LAST" or "LAST, First", NHS and hospital numbers, DOB, address, "Dr F.
Last" with a Welsh practice, "dd/mm/yyyy" admission, operation and discharge, oestrogen-only HRT
after BSO under 51, "dd/mm/yyyy" or "d Month yyyy" histology clinic, the husband's first name, the
FY2 by full name with a 4-digit bleep as PHONE); 14. ni: partial molar pregnancy letter ("Our ref"
hospital number, "d Month yyyy" or "dd.mm.yyyy", "Dr F. Last" with the practice town, "Re: First
LAST" or "First Last", "dd.mm.yyyy" or "dd/mm/yyyy" DOB, H&C plain or spaced, address with a BT
postcode, "dd.mm.yyyy" evacuation, histology and hCG table dates, the mobile, consultant with a GMC
number); 15. ni: lower-case hyperemesis day-case note ("d/m/yy" with the time outside, the
lower-case full name, H&C, "d/m/yy" DOB, the lower-case town, "d/m" scan, PUQE, weight loss
computed, "mum" or "husband" outside a lower-case first name, the mobile, staff by lower-case first
and full name); 16. us: first trimester ultrasound report ("Last, First M", "LAST, FIRST M" or
"Last, First", MRN in four layouts, "mm/dd/yyyy" DOB with "Age: nn" unlabelled, "mm/dd/yyyy" or
"m/d/yyyy" exam, "First M. Last, MD / DO / CNM", "First Last, RDMS", a ProviderOne or commercial
member ID, "mm/dd/yyyy" LMP and EDDs, CRL gestation and the ACOG redating rule computed, ICD-10-CM
(Z3A from the gestation) and CPT clinical, the patient's phone, the e-signature "m/d/yyyy" with the
time outside); 17. us: gynecologic oncology consultation ("First Middle Last", "First Last" or
"Last, First M", DOB with "(nn y)" and "nn-year-old" labelled when >= 90, MRN, "m/d/yyyy" DOS, a
Medicare Beneficiary Identifier plain or dashed (65 and over) or a member ID, an Oregon address with
"OR" unlabelled and ZIP, phone, the referring "First M. Last, MD" with the town, CT date, ROMA
computed, NPI); 18. us: colposcopy procedure note ("LAST, FIRST", "LAST, FIRST M" or "Last, First",
DOB, MRN, DOS, the ARNP by full name with a WA credential as ID, "m/d/yyyy" cytology and LMP, ASCCP
risk, the triage line and the patient's cell); 19. us: menopause video visit ("First Last", "First
Middle Last" or "Last, First M", DOB, MRN, "m/d/yyyy", the home town with the state unlabelled, a
tokenised video link as URL, the patient's IP, "Month yyyy" or "mm/yyyy" LMP and mammogram, the
follow-up date, the callback number, "First M. Last, MD, MSCP"); 20. us: letter of medical
necessity for relugolix CT (clinic phone and fax, "Month d, yyyy", the plan's toll-free fax as
PHONE, "First Last" or "First Middle Last", DOB, member ID, the group number unlabelled, "mm/dd/yyyy"
laparoscopy, "m/d/yyyy" DXA, "First M. Last, MD, FACOG" with NPI and a state licence); 21. us:
lower-case patient portal thread after a D&C ("From: First Last" with "m/d/yyyy" and the times
outside, MRN, a lower-case message with the first name, a "m/d" procedure date, "dr" outside a
lower-case surname, the cell, the RN's full name, "Hi First", the husband's lower-case first name, a
nurse note, "m/d" recheck, the sending IP); 22. us: short-term disability attending physician
statement (claim number, "First M. Last", "First Last" or "FIRST LAST", SSN dashed or spaced, DOB,
address, phone, personal e-mail, the employer unlabelled, "mm/dd/yyyy" and "m/d/yyyy" dates, CPT
from fibroid count and weight, NPI, licence, office phone and fax, "mm/dd/yy" signature); 23. us:
robotic TLH operative report ("LAST, FIRST M", "Last, First M" or "LAST, FIRST", MRN, "mm/dd/yyyy" or
"mm-dd-yyyy" DOB, "First M. Last, MD", "First Last, PA-C", "First Last, CRNA", CPT from the uterine
weight, a DEA number (check digit) as ID, "m/d/yyyy" signature); 24. au: EPAS discharge summary
("First LAST" or "LAST, First", MRN, DOB, Medicare spaced, plain or dashed with the IRN outside,
"suburb, NSW postcode", mobile, "Dr First Last" GP with the practice suburb, "dd/mm/yyyy" and "dd/mm"
dates, hCG rise computed, anti-D, registrar and midwife with AHPRA MED and NMW numbers, the EPAS
line); 25. au: menopause clinic letter ("d Month yyyy", "Dr First Last" with the practice, suburb,
"NSW" unlabelled and postcode, "Re: Mrs / Ms First LAST" or "First Last", DOB, MRN, IHI (Luhn)
spaced, street and suburb, Medicare, the first name in prose, "Month yyyy" LMP, "Mon yyyy"
BreastScreen and cervical screening, the personal e-mail, FRANZCOG with AHPRA); 26. au: NCSP
colposcopy report ("LAST, First" or "First LAST", DOB, MRN, Medicare, address, "Dr F. Last",
"dd/mm/yyyy" self-collection, colposcopy and histology, LLETZ date or "Month yyyy" recall, AHPRA,
clinic phone); 27. au: endometriosis telehealth consultation ("dd/mm/yyyy" or "d Month yyyy" with
the time outside, a tokenised Healthdirect link as URL, "First Last" or "First LAST", DOB with the
age in brackets, MRN, Medicare, a regional town, the mum or partner by full name, "dd/mm/yyyy" or
"Month yyyy" laparoscopy, follow-up date, mobile, AHPRA); 28. ab: early pregnancy assessment clinic
note ("LAST, First" or "Last, First", Alberta PHN / ULI 5-4, MRN, ISO or "yyyy-Mon-dd" DOB and dates,
a Calgary or Edmonton quadrant street with "AB" unlabelled and the postal code, phone, "Dr. First
Last" family physician, options for early pregnancy loss, RhIG, CPSA number); 29. ab: gynecologic
oncology referral (the centre's fax, ISO dates, "First Last" or "First LAST", "Mon d, yyyy" or
"Month d, yyyy" DOB with "(age nn)" labelled when >= 90, PHN, address, phone, the daughter by full
name with her cell, "Dr. First Last" with the clinic, CPSA and fax); 30. bc: colposcopy consultation
(Punjabi "First Kaur Last" as one span, "LAST, First Middle" or "First LAST", BC PHN (mod 11) plain or
4-3-3, MRN, ISO dates, address with "BC" unlabelled, phone, a Punjabi or Cantonese interpreter line,
"Dr. F. Last", HPV self-screening, LEEP or recall, CPSBC number); 31. ns: menopause clinic letter
("Month d, yyyy", "Dr. First Last" with the practice, "Dear Dr. Last", "First Last" or "First
LAST", Nova Scotia health card 4-3-3, DOB, address with "NS" unlabelled, phone, "Month yyyy" LMP and
mammogram, a French-speaking Acadian patient now and then); 32. ie: CervicalCheck colposcopy letter
("dth Month yyyy" or "d Month yyyy", "Dr F. Last" with the practice and town, "Re: First LAST" or
"First Last", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, MRN in three layouts, PPSN old or new form as SSN,
street, town, county unlabelled or a Dublin postal district as ADDRESS, Eircode, "Mrs / Ms Last",
"dth Month" or "d Month" colposcopy, "dd/mm/yyyy" screening and histology, "Month yyyy" follow-up,
the mobile, an IMC number); 33. ie: EPU letter after surgical management of miscarriage (three
date forms, "Dr F. Last" with the practice and town, DOB, hospital number, a GMS number now and
then, address, Eircode, mobile, "dth Month", "d Month" or "dd/mm/yyyy" procedure, the first names of
the patient and partner, the EPU line, the registrar by full name on behalf of "Dr F. Last"); 34.
ie: nursing home pessary and lichen sclerosus visit (the home's town as ADDRESS with the county
unlabelled, "dth Month yyyy" or "d Month yyyy", "Mrs / Ms First Last" with "(age nn)" labelled when
>= 90 - residents are 80 to 98 -, DOB, MRN, GMS number, the daughter by full name with her mobile,
"Dr F. Last", POP-Q, "dth Month" or "Month yyyy" next change, the CNS with an NMBI PIN); 35. nz: EPAC
referral from the LMC ("dd/mm/yyyy", "First LAST" or "First Last", NHI old or 2022 form, DOB,
ethnicity, street, suburb and postcode, mobile, the partner by full name with his mobile, a Samoan or
Tongan interpreter line, the LMC midwife by full name with an HPI CPN and mobile, "dd/mm" outcome);
36. nz: lower-case sexual health SMS log (the client's lower-case full name, a lower-case NHI, "d/m/yy"
DOB, mobile, "d/m" message dates with the times outside, lower-case first names in greetings and
sign-offs, "d/m/yy" next injection, the lower-case suburb, the nurse's lower-case full name); 37. nz:
surgery waiting-list letter ("d Month yyyy", the address block, NHI, "Tēnā koe", "Talofa", "Mālō e
lelei", "Kia ora" or "Dear" outside the first name, "Dr First Last", CPAC score, "Month yyyy" target,
"Dr F. Last" GP, the bookings line, the booking coordinator's work e-mail and full name, "Dr Last"
with HPI CPN and MCNZ numbers); 38. za: cervical cancer referral for chemoradiation ("d Month yyyy"
or "dd/mm/yyyy", "FIRST LAST", "First Last" or "LAST, First" - Zulu, Sotho / Tswana or Afrikaans
names -, hospital number, SA ID (Luhn), "yyyy/mm/dd" or "dd/mm/yyyy" DOB, the age unlabelled, a
street or stand line, the suburb and the city (Soweto, Johannesburg, Ekurhuleni, Pretoria) as
separate ADDRESS spans, postcode, cell, the NOK by full name with a cell, an NHLS lab number as ID,
FIGO stage, "Dr First Last" with an HPCSA MP number, "Dr F. Last"); 39. sg: threatened miscarriage
case note (Chinese "TAN HUI MIN, AUDREY", "Audrey Tan Hui Min" or "TAN Hui Min", Malay "First binte
Father", Tamil "First d/o Father", each one NAME span; NRIC with its check letter, a case number,
"dd/mm/yyyy" or "dd Mon yyyy", "Blk nnn <street> #nn-nnn" one span with "Singapore" unlabelled
before the postal code, HP, the husband by his own name with his HP, an MCR number); 40. in:
hysterectomy discharge summary, Pune ("Mrs." outside "First Husband Last" or its capitals, "nn Y / F"
unlabelled, UHID with the hospital's initials, "IP/yyyy/nnnnnn", a flat, plot or row-house line,
the locality and "Pune" as separate ADDRESS spans, PIN after " - ", "Maharashtra" unlabelled, the
husband by full name with his mobile, Aadhaar (Verhoeff) spaced, dashed or plain, "dd/mm/yyyy" or
"dd-mm-yyyy" dates, an MMC registration as ID, "Dr. F. Last", "1-0-1" dosing); 41. ng: myomectomy
pre-operative review, Lagos ("SURNAME, First", "First Last" or "FIRST LAST" - Yoruba or Igbo names -,
hospital number plain or "LUTH/nnnnnn", NHIA and NIN numbers as ID, "nn yrs" unlabelled, the street
line and area as ADDRESS with "Lagos State" unlabelled, 080x and +234 phones, the husband by full
name, "dd/mm/yyyy" or "dth Month yyyy", PCV and genotype, "Dr First Last (Senior Registrar)", "Dr F.
Last"); 42. hk: menopause clinic note ("CHAN WING YEE, MANDY", "Mandy Chan Wing Yee" or "CHAN Wing
Yee", "F / nn" unlabelled, HKID with its check digit in brackets, an HN reference, "Flat n, nn/F,
Block / Tower n, <estate>" and the district as ADDRESS, phones, the daughter by her own name,
"dd/mm/yyyy" or "dd-Mon-yyyy", "Month yyyy" or "mm/yyyy" LMP, DXA and FRAX, HRT only under 60, an
MCHK registration); 43. my: bilingual family planning record, Johor ("Nama / Name" with Malay
"First binti Father", Indian "First a/p Father" or Chinese "Lim Siew Ling" / "LIM Siew Ling", each
one NAME span; MyKad with a Johor place-of-birth code and an even last digit, an RN number, "Umur /
Age" unlabelled, "No. n, Jalan ..." and the taman as ADDRESS, the postcode before the town, "Johor"
unlabelled, mobiles, the husband by his own name, "dd/mm/yyyy" dates, BMI computed, an MMC number);
44. ph: hydatidiform mole follow-up record, Metro Manila ("LAST, First Middle", "First Middle Last"
or "First M. Last" with the mother's surname as the middle name, hospital number, PhilHealth PIN,
the age unlabelled, a "Blk n Lot n, Phase n" or street line, the barangay and city one ADDRESS span,
ZIP, 09xx and +63 mobiles, the husband "First Middle Last", "Month d, yyyy" or "mm/dd/yyyy"
curettage, a weekly "mm/dd/yyyy" hCG table with plateau and FIGO / WHO score computed, a PRC licence
number, "Dr. F. Last").

Names: curated groups per region, a person's first name and surname from one group (East Midlands
English, Leicester Gujarati, British Pakistani, Polish with feminine surname forms, British
Caribbean; Tayside and Fife Scots, Hebridean Gaelic; Welsh-speaking Gwynedd and border English;
Ulster Irish and Ulster-Scots; Pacific Northwest Anglo / Scandinavian, Mexican American (some with
two surnames), Vietnamese (women with "Thi" as the middle name), Somali, Filipino, Ukrainian /
Russian, African American; Anglo Australian, Lebanese, Tongan and Samoan, Punjabi Sikh (Kaur / Singh
as the middle name); Nova Scotia Scots and South Shore German, Acadian, Alberta Ukrainian and
Mennonite, Chinese Canadian; Irish with fadas and "O'" surnames, Brazilian Irish; Pākehā, Māori,
Samoan, Tongan, Fijian Indian; Zulu, Sotho / Tswana, Afrikaans ("van der", "du", "le"); Singapore
Chinese (surname first, two-syllable given names, an optional English name), Malay (binte / bin and
the father's name), Tamil (d/o, s/o); Marathi (the husband's given name as a married woman's middle
name); Yoruba, Igbo; Hong Kong Cantonese (an optional English name); Malaysian Chinese, Malay
(binti / bin), Malaysian Indian (a/p, a/l); Filipino (the mother's surname as the middle name, a
wife sharing her husband's surname)); relatives share the family's group; staff are local or, in the
UK, US, Australia, Canada, Ireland and New Zealand about three in ten, Egyptian, Keralite,
Zimbabwean (Shona), Filipino, Pakistani or Yoruba. About one English-speaking patient or relative in
seven has a first name or surname that is also an ordinary word (``WORDY_F`` / ``WORDY_M`` /
``WORDY_L``: Dawn, Joy, Hazel, Holly, Ruby, Pearl, Ivy, Heather, Crystal, Jade, Poppy, Daisy, Faith,
Summer, Drew, Dale, Clay, Rusty, Chase, Frank; Fox, Marsh, Frost, Moss, Bird, Baker, Fisher, Hunter,
Gardner, Lamb, Swan, Wren, Cotton, Hart, Mason, Banks, Wood), and the Nigerian, South African and
Filipino groups hold Blessing, Favour, Precious, Princess and Lovely; otherwise word-like and
eponymous names are never drawn (``BAD_NAMES``: months, weekdays, colours and the like, every word
of the hospitals, practices, clinics, insurers, employers, towns and streets named, and the eponyms,
scores and brands of gynaecology - Douglas, Bartholin, Asherman, Krukenberg, Lynch, Pomeroy, Filshie,
Kleihauer, Karman, Veress, Hasson, Palmer, Pfannenstiel, Cusco, Greene, Nugent, Amsel, Ferriman,
Hegar, Mosteller, Swede, Mirena, Jaydess, Nexplanon, Depo, Provera, Utrogestan, Prometrium, Evorel,
Estradot, Oestrogel, Estrogel, Sandrena, Vagifem, Ovestin, Livial, Femoston, Elleste, Premarin,
Veozah, Veoza, Orilissa, Myfembree, Ryeqo, Zoladex, Prostap, Esmya, Visanne, Cerazette, Levonelle,
Mifegymiso, Duphaston, Testogel, Intrarosa, Ferinject, Monsel, Lugol, Schiller, Hartmann ...). No
two-letter initials spell a common abbreviation (``BAD_INITS``) and a note never reuses a first or
last name for unrelated people (a note in which a labelled PHI string, or a word of a labelled name,
also occurs unlabelled, word-bounded and ignoring case, is redrawn from the next fixed seed, up to 60
times). Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last,
First", "Last, First M", "LAST, FIRST M", "LAST, First Middle", "First M. Last", "First Middle Last",
"FIRST MIDDLE LAST", "F. Last", "F Last", "Dr Last", first names alone in prose, greetings and
sign-offs, surnames alone after a title ("Ms Last", "dr <surname>"), lower-case full and first
names, Punjabi "Harpreet Kaur Sandhu", Vietnamese "Linh Thi Nguyen", Singapore "TAN HUI MIN, AUDREY",
"Audrey Tan Hui Min", "TAN Hui Min", Hong Kong "CHAN WING YEE, MANDY", Malay "Nurul Huda binte
Abdullah", "Hasmah binti Othman", "Iskandar bin Ismail", Tamil "Kavitha d/o Ramasamy", Malaysian
Indian "Vanitha a/p Selvaraj", Marathi "Pooja Rahul Deshmukh", Filipino "Evangeline Gatdula Dizon"
(each one NAME span; "bin", "binti", "binte", "d/o", "s/o", "a/p", "a/l", "Kaur", "Singh" and "Thi"
inside), Irish, Welsh, Gaelic, Māori, Samoan and Tongan names with fadas, circumflexes, macrons and
apostrophes, Afrikaans "van der Merwe", Brazilian "da Silva", Spanish double surnames.
Conventions (as heldout105 / heldout106 / heldout107): titles, roles, relationships and credentials
("Dr", "Dr.", "Mr", "Mrs", "Ms", "Miss", "Mrs.", "dr", "SN", "partner", "husband", "daughter",
"sister", "mum", "(patient)", "(HCA)", "(hca)", "(rn)", "(STn)", "(FY2)", "(st2)", "(MO)", "(MO, O&G)",
"(O&G registrar)", "(registrar)", "(Senior Registrar)", "(GPwSI menopause)", ", MD", ", DO", ", CNM",
", MD, FACOG", ", MD, MSCP", ", MD, FRCSC", ", MD, FRCSC, MSCP", ", MD, Gynecologic Oncology", ",
RDMS", ", ARNP", ", RN", ", PA-C", ", CRNA", ", FRANZCOG", ", FRCPI, MRCOG, Consultant ...", ", MS
(OBGY), DNB", ", Nurse Colposcopist", ", Midwife Sonographer", ", Senior Sonographer", ", SRH
Nurse", ", CMC", ", CNS Urogynaecology", ", Registered Midwife", ", Booking Coordinator", ",
Consultant Obstetrician and Gynaecologist" and the like) are outside NAME spans. A street line
(flat, unit, apartment, "Apt", "#n", "n/n", a Scottish "Flat 2/1", a Welsh house name, "Stand nnnn,
Zone n", "Plot n,", "Row House n,", "Blk nnn ... #nn-nnn", "Flat n, nn/F, Block n, <estate>", "No.
n, Jalan ...", "Blk n Lot n, Phase n") and the town, suburb, locality, taman, district, estate, city
or barangay-and-city where a person lives or where a GP practises or a nursing home is are ADDRESS
(Dublin postal districts such as "Dublin 24", the South African cities and "Pune" their own spans;
the Philippine barangay and city one span); states, provinces, counties and regions ("WA", "OR",
"NSW", "AB", "BC", "NS", "Co. Wicklow", "Maharashtra", "Lagos State", "Johor") and "Singapore" before
a postal code are not PHI; UK postcodes (the postcode alone too), ZIP codes, Canadian postal codes,
Eircodes, AU / NZ / SA / Philippine postcodes, Singapore postal codes, Indian PIN codes and
Malaysian postcodes are ZIP (Nigeria and Hong Kong print none). DATE: anything more specific than a
year in any written form ("dd/mm/yyyy", "d/m/yy", "dd/mm", "d/m", "dd.mm.yyyy", "dd-mm-yyyy", "d
Month yyyy", "dth Month yyyy", "d Month", "dth Month", "d Mon yyyy", "dd Mon yyyy", "dd-Mon-yyyy",
"Month yyyy", "Mon yyyy", "mm/yyyy", "mm/dd/yyyy", "m/d/yyyy", "mm/dd/yy", "m/d", "mm-dd-yyyy",
"Month d, yyyy", "Mon d, yyyy", ISO, "yyyy-Mon-dd", "yyyy/mm/dd"): DOBs, LMPs, EDDs, scan, clinic,
referral, procedure, admission, discharge, histology, result, injection, review, change and
signature dates; weekdays (full or abbreviated) and times of day stay outside; years alone ("previous
LLETZ 2014", "Mirena (2023)"), gestations ("7+3", "9w2d", "8/40", "7+6/52"), durations ("3/7",
"2/52", "16/52", "12 weeks"), ages under 90 and cycle lengths ("29/7") are not labelled. AGE: ages
>= 90 only (a 2WW referral, a gynae-oncology consultation or referral, a nursing home resident), the
number alone. PHONE: mobiles, landlines, cells, HP numbers, unit, EPU, EPAS, clinic, triage, team,
office, booking and fax lines, a toll-free prior-authorisation fax and a 4-digit bleep (country
codes and area-code brackets inside; "Tel", "Mob", "Mobile", "HP", "cb no", "Fax", "bleep"
outside). SSN: a US SSN on a disability statement and Irish PPSNs (old and new form). ID: NHS (mod
11), CHI (from DOB and sex, mod 11), H&C (mod 11), hospital, MRN, UR, UHID, IP, case, clinic and
"Our ref" numbers (lower case too), e-RS UBRN, lab references, GMC, NMC PIN, HCPC, AHPRA (MED, NMW),
WA ARNP and MD credentials, Oregon licences, NPI (Luhn), DEA (check digit), the Medicare Beneficiary
Identifier, insurer member IDs (ProviderOne, commercial), disability claim numbers, AU Medicare
(check digit, IRN outside), IHI (Luhn), Alberta PHN / ULI, BC PHN (mod 11), Nova Scotia health card,
CPSA, CPSBC, IMC, NMBI, GMS medical card, NZ NHI (old mod 11 and 2022 mod 23 forms), HPI CPN, MCNZ,
SA ID (Luhn), NHLS lab numbers, HPCSA, Singapore NRIC (check letter), MCR, Aadhaar (Verhoeff), MMC
(Maharashtra and Malaysia), NIN, NHIA, HKID (check digit), HN references, MCHK, MyKad, RN numbers,
PhilHealth PIN and PRC licences. EMAIL: patients' personal addresses and staff work addresses (NHS
Scotland, Te Whatu Ora). URL: a tokenised Near Me link, a clinic telehealth link and a Healthdirect
Video Call link. IP: the address a Near Me call, a telehealth visit and a portal message came from.
Not PHI and unlabelled: hospital, unit, clinic, practice, nursing home, insurer, employer and
programme names, ward and clinic numbers, group numbers, drug batch numbers, initials alone, ICD-10,
ICD-10-CM, OPCS and CPT codes, the AU Medicare IRN, device and drug brands. Obstetric histories
(G/P), gestations, LMP-derived and CRL-derived ages, CRL, MSD, yolk sac, heart rates, EDD
arithmetic, hCG and progesterone values and their rise or fall, blood groups and anti-D doses, BSA and
methotrexate doses, PUQE and weight loss, vitals, bloods with units (Hb, ferritin, MCV, creatinine,
eGFR, urea, sodium, potassium, ALT, TSH, FSH, oestradiol, testosterone, SHBG, FAI, CA-125, HE4, CEA,
CA 19-9, ROMA, RMI, CD4 and viral load, PCV, genotype, lipids, HbA1c, glucose), cytology and HPV
results, transformation zone type, Swede score, colposcopic findings, biopsy and LLETZ / LEEP
dimensions, histology, FIGO stages and types, rASRM stage, POP-Q, pessary sizes, fibroid sizes and
volumes, uterine weights, EBL, Greene, MRS, EHP-5, PHQ-9, DXA T- and Z-scores, FRAX, CPAC scores,
UKMEC categories, ASCCP risks, drugs with doses and frequencies (mifepristone, misoprostol,
methotrexate, anti-D, HRT regimens, testosterone, fezolinetant, relugolix CT, dienogest, LARC
devices, DMPA, tranexamic acid, iron, antibiotics, antiemetics, analgesia, LMWH), procedures,
diagnoses and plans are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 109_000_003 + i * 7919 + attempt * 104_729,
so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated September 2024 to October 2025, with reviews, device changes and recalls up to ten years
later). Run it only for final figures: its misses and lost clinical values are not to be inspected
while the scrubber is being changed.
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
# group -> (male given names, female given names, surnames); "_" in an entry stands for a space
_G: dict[str, tuple[str, str, str]] = {
    # East Midlands English (Nottingham, Derby, Mansfield, Chesterfield, Lincoln, Kettering)
    "emd": ("Gary Darren Lee Craig Wayne Stuart Dean Carl Jason Liam Kieran Callum Scott Jamie Nigel Trevor Shaun",
            ("Karen Donna Tracey Joanne Gemma Kerry Leanne Stacey Kirsty Nicola Claire Lindsey Samantha Jodie Chelsea "
            "Charlotte Bethany Shannon Jemma Lauren Sharon Deborah Julie Alison Paula Wendy Beverley Hayley Zoe"),
            ("Bradshaw Cresswell Hollis Birkin Towle Wragg Hardstaff Lindley Marriott Oldknow Bexon Bonser Hibbert "
            "Maltby Needham Smedley Hallam Widdowson Staniforth Pacey Fretwell Annable Pykett Bestwick Kirkland "
            "Spendlove Attenborough Chadburn")),
    # Leicester Gujarati
    "guj": ("Hitesh Nilesh Jignesh Bhavesh Ketan Mitesh Paresh Dipak Rakesh Sanjay Alpesh Hemant Chetan",
            ("Hetal Bhavna Nisha Rupal Krupa Jyoti Minal Dipti Trupti Komal Falguni Hemlata Sonal Priti Kajal Bhumika "
            "Jigna Rekha"),
            ("Patel Mistry Chauhan Parmar Solanki Mehta Thakkar Pandya Vaghela Makwana Desai Bhatt Rathod Gohil "
            "Suchak Kotecha Lakhani Raithatha Mandalia Chudasama")),
    # British Pakistani (Derby, Nottingham, Dundee)
    "pak": ("Imran Tariq Asif Zahid Shahid Kamran Adnan Faisal Sajid Usman Waqar Nadeem",
            ("Samina Nasreen Shazia Rubina Saima Farzana Aisha Sadia Nabila Hina Mehwish Ayesha Uzma Tahira Sumaira "
            "Iqra"),
            ("Hussain Akhtar Mahmood Iqbal Rashid Mirza Qureshi Chaudhry Shafiq Nawaz Rehman Yousaf Bashir Anwar "
            "Sadiq Aslam Javed Saleem")),
    # Polish (Boston, Nottingham, Corby); feminine surname forms made by _inflect
    "pol": ("Tomasz Krzysztof Paweł Marcin Łukasz Michał Piotr Grzegorz Damian Mariusz Dariusz",
            ("Agnieszka Katarzyna Małgorzata Magdalena Monika Ewelina Karolina Justyna Paulina Dorota Beata Aneta "
            "Izabela Natalia"),
            ("Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
            "Jankowski Mazur Krawczyk Piotrowski Grabowski Nowak Pawlak Michalski")),
    # British Caribbean (Nottingham, Leicester)
    "car": ("Delroy Winston Leroy Errol Clive Marlon Andre Courtney Jermaine Tyrone Everton",
            ("Marcia Sonia Yvonne Paulette Jacqueline Janice Simone Tanisha Keisha Shanice Chantelle Monique Natalie "
            "Charmaine Sharmaine"),
            ("Thompson Grant Bailey Reid Clarke Walters Samuels McKenzie Powell Spence Bryan Ricketts Lindo Gayle "
            "Nelson Gordon Francis Wint")),
    # Tayside and Fife Scots
    "sco": ("Graeme Alasdair Ewan Fraser Euan Kenneth Murray Ross Stewart Blair Lachlan Kyle Grant",
            ("Kirsty Fiona Lorna Shona Isla Ailsa Morven Lesley Gillian Elaine Jacqueline Rhona Kayleigh Lynsey Gail "
            "Aileen Shonagh"),
            ("Soutar Duncan Lindsay Robertson Petrie Ogilvie Fotheringham Guthrie Melville Nicoll Crichton Doig "
            "Mathers Cargill Millar Beattie Crombie Thomson Tosh Gourlay Kinnear Wishart Halley Lowden")),
    # Hebridean Gaelic (living in Perth and Dundee)
    "gae": ("Calum Ruairidh Iain Tormod Coinneach Dòmhnall Seumas Aonghas Murdo Niall",
            "Màiri Catrìona Eilidh Seonag Ciorstaidh Ealasaid Oighrig Peigi Mòrag Raonaid Kirsteen",
            ("MacLeod MacDonald MacInnes Morrison Macaulay MacNeil Matheson MacKinnon Nicolson MacIver Macritchie "
            "MacSween")),
    # Welsh-speaking Gwynedd, Môn and Conwy
    "wcy": ("Dafydd Gareth Iwan Rhys Emyr Gethin Huw Aled Geraint Osian Elfed Meirion Llŷr Dewi Ifan Gwion Tudur",
            ("Gwenllian Siân Ffion Nia Catrin Eleri Mererid Heledd Lowri Angharad Elin Manon Gwenno Llinos Rhiannon "
            "Bethan Sioned Mari Alaw Nerys Gwawr Glesni"),
            ("Jones Williams Roberts Hughes Owen Parry Pritchard Griffiths Ellis Evans Rowlands Humphreys Llywelyn "
            "Vaughan Pugh Prydderch Bowen Jenkins Lloyd Thomas")),
    # Wrexham and the border English
    "wen": ("Dean Carl Jason Shaun Gavin Neil Adam Kevin",
            "Kelly Leanne Nicola Hannah Sophie Lisa Rachel Emma Sarah Danielle Stacey Kerry",
            ("Edwards Davies Price Hopwood Bellis Blackwell Corbett Kynaston Ankers Dodd Harrison Parsonage Gittins "
            "Mathias Beckett")),
    # Ulster Irish
    "uli": ("Ciarán Seamus Padraig Eamonn Declan Conor Fergal Aidan Ronan Oisín Cathal Dermot",
            ("Siobhan Bronagh Roisin Aoife Orla Clodagh Niamh Mairead Sinead Caoimhe Deirdre Ciara Grainne Aisling "
            "Una"),
            ("McCann O'Neill Quinn Donnelly McGuinness Devlin Mallon McKenna Doherty McLaughlin Gallagher Bradley "
            "McGinley O'Kane Mulholland Toner McAleese Corr Hagan McCrory")),
    # Ulster-Scots
    "uls": ("William Samuel Robert Mervyn Stephen Gareth Ivan Wesley Raymond Alan",
            ("Lynda Valerie Wilma Gillian Elaine Lorraine Janice Pamela Joanne Ruth Jennifer Zara Naomi Judith "
            "Rhonda"),
            ("Wilson McClure Gillespie Crawford Hamilton Patterson Kerr McMaster Johnston Agnew Montgomery Boyd "
            "McIlroy Ferguson Hanna Graham Adair Orr Irvine McCullough Kennedy McAuley")),
    # Pacific Northwest Anglo / Scandinavian
    "pnw": ("Tyler Brandon Cody Dustin Travis Garrett Derek Shane Bryce Brent Chad Corey Jared",
            ("Ashley Brittany Megan Kayla Amanda Jessica Lindsay Courtney Kelsey Whitney Shelby Kristen Alyssa "
            "Chelsea Allison Erin Tiffany Kendra Makayla Brianna"),
            ("Olson Peterson Lindquist Bergstrom Hansen Jorgensen Sorensen Larson Erickson Thorson Gustafson "
            "Halvorsen McAllister Whitaker Holloway Pruitt Rasmussen Kessler Gunderson Dahl")),
    # Mexican American (Yakima Valley, Salem, Tacoma)
    "mex": ("José Juan Miguel Alejandro Jesús Francisco Luis Javier Ricardo Eduardo Óscar Arturo Rogelio",
            ("María_Guadalupe Guadalupe Yesenia Araceli Leticia Maribel Rocío Alejandra Verónica Yolanda Marisol "
            "Esmeralda Daniela Gabriela Itzel Xóchitl Nayeli"),
            ("García Hernández Martínez López González Ramírez Flores Sánchez Torres Rivera Gómez Díaz Morales "
            "Gutiérrez Ortiz Mendoza Ruiz Vázquez Castillo Jiménez Romero Herrera Medina Aguilar Chávez Contreras "
            "Valenzuela Zavala Ochoa Barajas Cervantes")),
    # Vietnamese (Seattle, Portland, Sydney's south-west)
    "vie": ("Minh Tuan Huy Khoa Phuc Duc Thanh Quang Hieu Dung",
            "Linh Thuy Huong Ngoc Trang Hoa Hanh Phuong Nhung Thao Diep Tuyet Loan Uyen",
            "Nguyen Tran Le Pham Huynh Hoang Phan Vu Dang Bui Ngo Duong Truong Dinh Luong"),
    # Somali (Seattle, Tukwila)
    "som": ("Abdirahman Mohamed Abdullahi Hassan Yusuf Abdikarim Liban Mahad Abdiaziz",
            "Hodan Fartun Ifrah Sahra Hibaaq Amina Faduma Ubah Ayan Hamdi Sagal Nimco Khadra Ikran Deeqa Ladan",
            "Abdi Warsame Farah Jama Osman Hersi Elmi Dahir Mohamud Aden Guled Egal Ismail Hussein Samatar"),
    # Filipino (US, Canadian and Philippine staff and patients)
    "fil": ("Rodel Jomar Reynaldo Arnel Rommel Jericho Marvin Efren Ramil Arvin Jayson",
            ("Maricel Rowena Marites Jocelyn Analyn Mary_Grace Rhodora Jennylyn Kristine Liezel Girlie Arlene "
            "Mylene Marjorie Jonalyn Angelica Evangeline"),
            ("Dela_Cruz Santos Reyes Bautista Villanueva Mendoza Aquino Ramos Manalo Pascual Soriano Macaraeg "
            "Dimaculangan Dizon Tolentino Panganiban Lacson Sison Galang Cabrera Magbanua Mercado Evangelista "
            "Ocampo de_Leon Gatdula Buenaventura")),
    # Ukrainian and Russian (Spokane, Portland)
    "slv": ("Oleksandr Dmytro Andriy Vasyl Sergey Mykola Pavel Viktor Yuriy",
            ("Oksana Nataliya Tetiana Iryna Svetlana Olena Lyudmila Yuliya Anastasia Kateryna Alina Viktoriya "
            "Halyna Nadia"),
            ("Kovalenko Shevchenko Bondarenko Tkachenko Kravchuk Melnyk Boyko Savchuk Lysenko Pavlenko Rudenko "
            "Petrov Volkov Sokolov")),
    # African American (Tacoma, Seattle, Portland)
    "aam": ("DeShawn Jamal Terrell Darnell Rashad Dante Tyrell Malik Cedric Reginald",
            "LaToya Keisha Tamika Shanice Aaliyah Imani Jasmine Monique Kiara Latrice Shameka Tanesha Ebony",
            ("Jefferson Jackson Robinson Harris Coleman Simmons Jenkins Bryant Mitchell Hayes Dorsey Gaines "
            "Pettaway Booker Tolliver Hairston Mayfield")),
    # Anglo Australian
    "aus": ("Brett Troy Nathan Brodie Jayden Lachlan Darcy Kane Blake Hamish Corey",
            ("Kylie Tegan Bree Chloe Kayla Tahlia Courtney Shannon Jacinta Renee Kirra Sharni Danielle Leah Natasha "
            "Melissa Belinda Narelle Kristy Tanya"),
            ("Pearce Sutcliffe Hodgson Bourke Gleeson Dwyer Whitfield Cartwright Lockyer Cullen Hennessy Tully "
            "Brereton Kearney Stubbs Rolfe Hatton Blackmore Fenwick")),
    # Lebanese Australian (Sydney's west)
    "leb": ("Georges Elie Charbel Rami Fadi Ziad Bilal Khaled Walid Mohammad Samir Tarek",
            "Rania Nour Maya Rita Layla Zeinab Fatima Mariam Hala Nadine Joelle Souad Lina Rouba Dalia Hiba Myriam",
            ("Khoury Haddad Nassar Saad Rahme Chidiac Fakhoury Youssef Mansour Karam Nasr El-Masri Chahine Abboud "
            "Daher Kassis Moussa Obeid Tannous")),
    # Tongan and Samoan (Sydney's west, Auckland)
    "ton": ("Sione Tevita Viliami Siaosi Semisi Sitiveni",
            "Mele Losana Salote Seini Luseane Lupe Vika Ana",
            "Fonua Taufa Havili Lolohea Tupou Pulu Latu Mahe Vaipulu Fifita Tuipulotu Kioa Moala Vea"),
    "sam": ("Tavita Iosefa Malakai Pouono Tasi Sefo Aperaamo Paulo",
            "Sina Lagi Malia Tausala Luisa Selina Eseta Ruta Litia",
            ("Leota Faumuina Tuilagi Sapolu Alofaituli Seiuli Tauiliili Amituanai Vaifale Lauina Tuimavave "
            "Salave'a")),
    # Nova Scotia (Cape Breton Scots, South Shore German)
    "nsc": ("Darren Kyle Cory Dwayne Troy Wade Colin Ian",
            "Krista Tara Jillian Carly Shauna Janelle Tammy Kendra Heidi Erin Stacey Colleen",
            ("MacPherson Gillis MacIsaac Chisholm Beaton Rankin MacEachern Dauphinee Zwicker Hiltz Oickle "
            "Publicover Rafuse MacNeil Boutilier")),
    # Acadian (Nova Scotia, New Brunswick)
    "aca": ("Réjean Gilles Luc Gaétan Normand Rémi Yvon Denis",
            "Chantal Nathalie Josée Lise Ginette Sylvie Mélanie Geneviève Annick Isabelle Martine",
            ("LeBlanc Comeau Doucet Thibodeau Cormier Arsenault Boudreau Gaudet Surette d'Entremont Muise Belliveau "
            "Saulnier Robichaud Deveau Babin Léger Gallant Poirier")),
    # Alberta: Ukrainian, Mennonite and Anglo
    "abx": ("Brent Myron Orest Taras Darcy Wade Garth Rylan",
            "Lesia Larissa Orysia Daria Tamara Sonia Kendra Brandi Tenille Jolene Raylene Carla",
            ("Kowalchuk Semeniuk Hrynchuk Fedoruk Andrusiak Shewchuk Melnychuk Stefaniuk Holowaychuk Babiuk "
            "Wasylyshyn Friesen Wiebe Enns Thiessen Penner Dueck Klassen Sutherland McCallum")),
    # Punjabi Sikh (Surrey, Calgary, Sydney) - Kaur / Singh as the middle name
    "pun": ("Harjit Gurpreet Jaspal Amarjit Sukhwinder Rajinder Baljit Harpal Davinder Jagdeep Navdeep Kuldeep",
            ("Harpreet Manpreet Jasleen Gurleen Simran Navjot Amandeep Kamaljeet Balwinder Sukhjeet Ramandeep "
            "Jaspreet Harleen Mandeep"),
            ("Sandhu Gill Dhaliwal Sidhu Grewal Brar Bains Johal Dhillon Toor Sangha Atwal Cheema Randhawa Sekhon "
            "Virk")),
    # Chinese Canadian (Richmond, Burnaby)
    "chc": ("Kevin Raymond Kelvin Vincent Terence Alvin Calvin",
            "Cindy Winnie Vivian Jenny Candice Tiffany Queenie Cecilia Phoebe Connie Florence",
            "Wong Chan Leung Cheung Chow Yip Tsang Kwok Lau Fung Tam Siu Lui Kwan"),
    # Irish (south Dublin, Wicklow, Kildare, the south-east)
    "iri": ("Pádraig Seán Ciarán Donncha Cathal Tadhg Eoin Darragh Fiachra Colm Diarmuid",
            ("Siobhán Aoife Saoirse Róisín Caoimhe Clodagh Gráinne Méabh Sinéad Órla Niamh Áine Ailbhe Deirbhile "
            "Aisling Eimear"),
            ("Kavanagh Doyle Byrne Nolan Kinsella Brennan Fitzgerald O'Toole Redmond Dunne Kehoe Lawlor Furlong "
            "Whelan Keogh Delaney Phelan Sinnott Codd Rossiter O'Leary Murphy")),
    # Brazilian Irish
    "bra": ("Thiago Rafael Lucas Gustavo Felipe Rodrigo",
            "Larissa Camila Juliana Fernanda Bruna Thaís Letícia Mariana",
            ("da_Silva Oliveira Souza Pereira Ferreira Alves Rodrigues Carvalho Almeida Lima Costa Ribeiro "
            "dos_Santos")),
    # Pākehā New Zealanders
    "pkh": ("Hamish Angus Brendan Logan Blair Jarrod Nathan Rhys Campbell",
            "Kate Anna Brooke Hannah Georgia Sophie Olivia Kirsten Megan Hayley Annabel Fiona",
            ("Bayly Hewitt McKenzie Dobson Ritchie Aitken Harland Burrows Cuthbert Findlay Hamblyn Kerslake "
            "McGregor Rountree Thorburn Waddell")),
    # Māori
    "mao": ("Wiremu Tama Hemi Rawiri Tipene Manaia Nikau Tamati Hone Mikaere Kahu Pita",
            "Aroha Moana Kiri Ngaire Hine Mere Huia Anahera Kahurangi Marama Awhina Miriama Hinewai Ngaio Rewa Maia",
            ("Ngata Tamihana Parata Ruatapu Wihongi Horomona Paewai Ngawati Waaka Rewiti Herangi Karaka Tukariri "
            "Hohaia Tuhiwai Henare Kereama Te_Huia Te_Whata")),
    # Fijian Indian (Auckland)
    "fji": ("Ravinesh Shalendra Avinesh Praneel Rohit Ashneel",
            "Shalini Roshni Kavita Anjali Shivani Prerna Sangeeta Nirmala Reshmi Ashika",
            "Prasad Chand Narayan Sharma Deo Naidu Reddy Goundar Pillay Lal"),
    # Zulu, Sotho / Tswana and Afrikaans (Gauteng)
    "zul": ("Sipho Bongani Mandla Sibusiso Themba Sifiso Nkosinathi Lwazi Mduduzi",
            ("Nomvula Thandeka Zanele Busisiwe Lindiwe Nokuthula Zodwa Sibongile Ntombi Nonhlanhla Thembeka "
            "Philisiwe Nompumelelo Gugu Precious"),
            ("Dlamini Nkosi Khumalo Ndlovu Mthembu Sithole Ngcobo Buthelezi Mkhize Zungu Cele Mahlangu Shabalala "
            "Gumede Hlongwane Ntuli Mabaso Nxumalo")),
    "sot": ("Thabo Tshepo Katlego Kagiso Lesego Teboho Karabo Tumelo",
            ("Lerato Palesa Nthabiseng Refilwe Dineo Boitumelo Kgomotso Puleng Lebohang Keabetswe Tshegofatso "
            "Nthati Masego"),
            ("Mokoena Molefe Radebe Mofokeng Motaung Masilo Letsoalo Moloi Tshabalala Mashaba Kekana Sefolo "
            "Mothibi Lekgetho")),
    "afr": ("Johan Pieter Hendrik Gerhard Willem Jaco Riaan",
            "Annemarie Elmarie Marelize Liezl Ronel Anel Carina Marietjie Suné Yolandi Elsabé",
            ("van_der_Merwe Botha du_Plessis Nel van_Wyk Pretorius Venter Steyn Coetzee Joubert Kruger Fourie "
            "Swanepoel Erasmus le_Roux Viljoen Potgieter Oosthuizen")),
    # Singapore Chinese (given names are two syllables), Malay (the surname slot is the father's name), Tamil
    "sgc": ("Wei_Jie Jun_Hao Zhi_Wei Kok_Wee Boon_Huat Chee_Keong Jian_Ming Yong_Sheng",
            "Hui_Min Mei_Ling Xin_Yi Li_Ting Shu_Fen Pei_Shan Wan_Ting Siew_Lan Jia_Hui Yu_Ting Hui_Ling Xiu_Mei",
            "Tan Lim Lee Ng Ong Goh Chua Koh Teo Ang Yeo Tay Toh Sim Chong Chia Seah Quek"),
    "sgm": (("Muhammad_Hafiz Ahmad_Faizal Mohamed_Rizal Khairul_Anuar Azman Iskandar Firdaus Hairul Shahrul "
            "Zulkifli"),
            ("Nurul_Huda Siti_Aishah Noraini Farah_Nadia Nurhidayah Siti_Rohani Rosnah Zuraidah Norliza Haslinda "
            "Nur_Syafiqah"),
            ("Abdullah Osman Ismail Rahman Hamid Yusof Salleh Jaafar Hashim Kassim Sulaiman Ibrahim Zainal Mansor "
            "Ariffin")),
    "sgi": ("Suresh Ganesan Rajendran Kumaran Murugan Selvam Prakash Senthil",
            "Kavitha Malathi Revathi Deepa Sangeetha Meena Vasanthi Shanthi Thilaga Anitha Jayanthi",
            ("Ramasamy Subramaniam Krishnan Govindasamy Muthu Raju Arumugam Palaniappan Sinnathamby Karuppiah "
            "Nadarajah Thangaraj")),
    # Marathi (Pune) - a married woman's middle name is her husband's given name
    "mar": (("Amol Sachin Prashant Nitin Sandeep Mahesh Ganesh Vinayak Rahul Sameer Yogesh Tushar Swapnil Abhijit "
            "Shrikant"),
            ("Sneha Pooja Aishwarya Swati Manisha Rupali Ashwini Priyanka Shubhangi Vaishali Madhuri Sayali Prajakta "
            "Gauri Snehal Mrunal Ketaki Rohini Anagha"),
            ("Kulkarni Deshpande Joshi Patil Jadhav Pawar Shinde Gaikwad Deshmukh Bhosale Kale Phadke Gokhale Apte "
            "Sathe Karandikar Mohite Salunkhe Chavan Bhide Ranade Limaye Godbole")),
    # Yoruba and Igbo (Lagos)
    "yor": ("Adebayo Oluwaseun Babatunde Olumide Adewale Kehinde Femi Tunde Olusegun Ayodele Gbenga",
            ("Folasade Funmilayo Olufunke Adeola Omolara Yetunde Titilayo Abimbola Bukola Oluwakemi Temitope "
            "Olayinka Morenike Ibukun Motunrayo Damilola Blessing"),
            ("Adeyemi Ogunleye Olawale Ogundipe Akinola Adeleke Oyelaran Balogun Ayodeji Ogunbiyi Adesanya Oladipo "
            "Alabi Oyewole Ajayi Afolabi Bamgbose Odusanya")),
    "igb": ("Chukwuemeka Obinna Ikenna Nnamdi Chinedu Emeka Uchenna Kelechi Ifeanyi Chijioke Godswill",
            ("Ngozi Chioma Adaeze Nneka Chiamaka Ifeoma Uchechi Amarachi Obiageli Chinwe Nkechi Ebere Ogechi Chinyere "
            "Favour"),
            ("Okafor Okeke Nwosu Eze Nwachukwu Okonkwo Nwankwo Chukwu Anozie Okoye Ezeh Nnaji Ugwu Onuoha Iwu Mbah "
            "Okorie")),
    # Hong Kong Cantonese (surname first; two-syllable given names)
    "hkc": ("Wai_Keung Chi_Wai Kwok_Wing Tsz_Kin Chun_Hei Man_Kit Ka_Lok Siu_Ming",
            "Wing_Yee Mei_Kuen Siu_Fong Ka_Yan Hoi_Yan Wai_Ling Suk_Han Yuk_Lan Pui_Shan Sze_Wing Lai_Ming Oi_Yee",
            "Chan Wong Cheung Lau Leung Yip Tsang Chow Kwok Lam Mak Tang Fung Yeung Tse Chu Poon Kwan Tsui"),
    # Malaysian Chinese, Malay and Indian (Johor)
    "myc": ("Chee_Meng Kah_Wai Wei_Loon Choon_Hock Teck_Seng Kok_Hwa",
            "Siew_Ling Mei_Fong Pei_Yee Hui_Shan Xin_Hui Li_Ying Sook_Mun Wai_Kuan Yoke_Lin",
            "Tan Lim Lee Wong Chong Ooi Yap Loh Foo Liew Chin Khoo Tey Soh Leong Cheah Yeoh"),
    "mym": ("Mohd_Faizal Ahmad_Zaki Azlan Mohd_Hafizi Khairul_Nizam Syafiq Amirul Hakim Faris",
            ("Nurul_Ain Siti_Khadijah Nor_Azlina Farhana Nur_Izzati Rosmawati Hasmah Suraya Nurul_Syuhada "
            "Fatin_Nabila"),
            "Abdullah Ismail Yusof Hassan Othman Ahmad Zakaria Hamzah Mohamad Salleh Razak Ibrahim Mat_Isa Che_Mat"),
    "myi": ("Ravichandran Sivakumar Maniam Balakrishnan Selvaraj Thiagarajan Kannan Saravanan",
            "Kalaivani Thenmoli Punitha Vanitha Logeswari Mageswari Kogilavani Santhi Parimala",
            "Ravichandran Sivakumar Maniam Balakrishnan Selvaraj Thiagarajan Kannan Saravanan Munusamy Perumal"),
    # Philippines (the middle name is the mother's maiden surname)
    "phl": ("Juan_Carlos Mark_Anthony Jerome Rodrigo Eduardo Joel Ramil Arvin Jayson Ronaldo",
            ("Maria_Cristina Mary_Joy Rhea Jonalyn Kristine_Joy Mylene Marjorie Princess Angelica Marites Evangeline "
            "Leah Gemma Lovely"),
            ("Dela_Cruz Santos Reyes Bautista Villanueva Aquino Ramos Manalo Pascual Soriano Macaraeg Dimaculangan "
            "Dizon Tolentino Panganiban Lacson Sison Galang Cabrera Magbanua Mercado Evangelista Ocampo de_Leon "
            "Castro Gatdula Buenaventura Navarro")),
    # staff from abroad (UK, Ireland, US, Canada, Australia, New Zealand)
    "egy": ("Mohamed Ahmed Amr Tamer Hany Sherif Karim Mostafa Wael",
            "Mona Rania Dina Heba Noha Marwa Nermeen Yasmine Ghada Reham",
            "Abdelrahman ElSayed Fahmy Soliman Farag Ghoneim Abdelaziz Zaki Nasser Kamel Helmy Ibrahim"),
    "ker": ("Binu Shibu Jithin Anish Sajan Jobin",
            "Jincy Anju Bincy Soumya Reshma Sheeba Liji Tintu Neethu Jisha Divya Aswathy",
            "Varghese Kurian Mathew Abraham Chacko Philip Cherian Jacob Antony Kuriakose Thankachan Mathai"),
    "zim": ("Tendai Tatenda Farai Tinashe Kudakwashe Takudzwa Simbarashe",
            "Rumbidzai Chiedza Nyasha Rutendo Tsitsi Vimbai Fadzai Ruvimbo Tariro Chipo",
            ("Moyo Ncube Chikwanha Mutasa Mapfumo Chinyama Gumbo Mudzingwa Zvobgo Makoni Sibanda Dube Chiweshe "
            "Marufu")),
}


def _words(s: str) -> list[str]:
    return [w.replace("_", " ") for w in s.split()]


G: dict[str, tuple[list[str], list[str], list[str]]] = {
    k: (_words(m), _words(f), _words(la)) for k, (m, f, la) in _G.items()
}
# patients' groups per region (a group twice is drawn twice as often)
PAT: dict[str, list[str]] = {
    "en": ["emd", "emd", "emd", "emd", "guj", "pak", "pol", "car"], "sc": ["sco", "sco", "sco", "gae", "pak"],
    "cy": ["wcy", "wcy", "wcy", "wen"], "ni": ["uli", "uli", "uls", "uls"],
    "us": ["pnw", "pnw", "pnw", "mex", "mex", "vie", "som", "fil", "slv", "aam"],
    "au": ["aus", "aus", "aus", "leb", "vie", "ton", "sam", "pun"], "ab": ["abx", "abx", "pun", "fil"],
    "bc": ["pun", "chc", "nsc", "fil"], "ns": ["nsc", "nsc", "aca"], "ie": ["iri", "iri", "iri", "iri", "bra", "pol"],
    "nz": ["pkh", "pkh", "mao", "mao", "sam", "ton", "fji"], "za": ["zul", "zul", "sot", "sot", "afr"],
    "sg": ["sgc", "sgc", "sgm", "sgi"], "in": ["mar"], "ng": ["yor", "igb"], "hk": ["hkc"],
    "my": ["mym", "mym", "myc", "myi"], "ph": ["phl"],
}
STAFF_INTL = ["egy", "ker", "zim", "fil", "pak", "yor"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "ab", "bc", "ns", "ie", "nz")
# groups whose people write English given names and surnames (word-like names drawn now and then)
ENGLISH_GRPS = {"emd", "car", "sco", "wen", "uls", "pnw", "aam", "aus", "nsc", "abx", "pkh"}
# ordinary words that are also names: drawn for about one English-speaking patient or relative in seven
WORDY_F = ["Dawn", "Joy", "Hazel", "Holly", "Ruby", "Pearl", "Ivy", "Heather", "Crystal", "Jade", "Poppy", "Daisy",
           "Faith", "Summer"]
WORDY_M = ["Drew", "Dale", "Clay", "Rusty", "Chase", "Frank"]
WORDY_L = ["Fox", "Marsh", "Frost", "Moss", "Bird", "Baker", "Fisher", "Hunter", "Gardner", "Lamb", "Swan", "Wren",
           "Cotton", "Hart", "Mason", "Banks", "Wood"]
# given names for Singapore / Hong Kong Chinese who also use an English name
ENG_NAMES = {"sgc": {"m": ["Gerald", "Kelvin", "Alvin", "Benjamin", "Nicholas", "Terence"],
                     "f": ["Jolene", "Germaine", "Serene", "Clarissa", "Valerie", "Evelyn", "Felicia", "Audrey"]},
             "hkc": {"m": ["Ivan", "Raymond", "Patrick", "Dickson", "Tommy", "Eddie"],
                     "f": ["Mandy", "Winnie", "Carmen", "Joyce", "Phoebe", "Queenie", "Kitty", "Bonnie", "Cecilia"]}}
US_MIDDLE = {"f": ["Marie", "Lynn", "Ann", "Nicole", "Elizabeth", "Michelle", "Renee", "Kay", "Louise"],
             "m": ["James", "Allen", "Wayne", "Lee", "Michael", "Edward"]}

# word-like, eponymous and brand words of gynaecology and early pregnancy: never drawn as names
_BAD_TXT = """
April May June July August March January February September October November December Monday Tuesday Wednesday
Thursday Friday Saturday Sunday Rose Hope Day Ward Bell Cook Stone White Black Green Brown Gray Grey Young Long
Little Sharp Power Hill Field Brook Brooks Fields Freeman Love Mercy
Douglas Fallopius Bartholin Skene Naboth Asherman Mayer Rokitansky Meigs Krukenberg Lynch Turner Sheehan Curtis
Hugh Pomeroy Filshie Hulka Essure NovaSure Papanicolaou Pap Gardasil Cervarix Kleihauer Betke Rhesus Rhophylac
WinRho Karman Ipas Foley Bakri Veress Hasson Palmer Trendelenburg Pfannenstiel Cusco Sims Spencer Wells Rampley
Doyen Bonney Greene Kupperman Nugent Amsel Ferriman Gallwey Rotterdam Hegar Mosteller Jacobs Swede
Mirena Jaydess Kyleena Levosert Benilexa Nexplanon Implanon Depo Provera Sayana Utrogestan Prometrium Evorel
Estradot Oestrogel Estrogel Sandrena Lenzetto Vagifem Vagirux Ovestin Imvaggis Livial Femoston Kliovance Elleste
Premarin Premique Duavive Veozah Veoza Orilissa Myfembree Ryeqo Zoladex Prostap Esmya Ponstan Cyklokapron Visanne
Cerazette Yasmin Microgynon Rigevidon Levonelle EllaOne Mifegymiso Duphaston Testogel Tostran Intrarosa Ferinject
Monofer Monsel Lugol Schiller Hartmann Tinzaparin Clexane Fragmin Oramorph Buscopan Stemetil Gaviscon Cerelle
Hana Zelleta Qlaira Zoely Evra NuvaRing Depo-Provera Trisequens Bijuva Angeliq Oestrodose Estraderm Lugano
Jean Hailes Marie Stopes Sexual Wellbeing Aotearoa Healthdirect Coviu MyChart Zoom Teams Attend Anywhere Near Me
Charing Cross Sheffield Weston Park Dundee Bethesda FIGO Enzian IOTA ORADS
Baby Boy Girl Miss Sister Matron Midwife Nurse Doctor Consultant Registrar Junior Senior Charge Staff
"""
BAD_NAMES = set(_BAD_TXT.split())

# two-letter initials that spell a clinical or common abbreviation: never drawn
BAD_INITS = {
    "AB", "AD", "AE", "AF", "AI", "AM", "AN", "AP", "AS", "AT", "BD", "BE", "BM", "BO", "BP", "BS", "CA", "CC",
    "CD", "CF", "CH", "CI", "CO", "CP", "CR", "CS", "CT", "DC", "DM", "DO", "DR", "DS", "DT", "DV", "EC", "ED",
    "EG", "EP", "ER", "ET", "EU", "FH", "FY", "GA", "GI", "GO", "GP", "HB", "HC", "HD", "HE", "HG", "HI", "HR",
    "HS", "HT", "HV", "IC", "ID", "IE", "IM", "IN", "IO", "IP", "IS", "IT", "IU", "IV", "KG", "LA", "LH", "LL",
    "LN", "MA", "MD", "ME", "MG", "MI", "ML", "MM", "MR", "MS", "MY", "NA", "NB", "NG", "NI", "NO", "NP", "NS",
    "NZ", "OB", "OD", "OF", "OH", "OK", "ON", "OP", "OR", "OT", "PA", "PC", "PE", "PH", "PM", "PN", "PO", "PR",
    "PT", "PV", "RA", "RH", "RN", "RR", "SA", "SC", "SG", "SO", "SP", "SR", "ST", "TA", "TB", "TO", "TV", "UK",
    "UP", "US", "VE", "VS", "WA", "WE", "UA", "AU", "HK", "RM", "SH", "SS"
}

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
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "d.m": f"{d.day}.{d.month}", "dash": f"{dd}-{mm}-{y}",
        "long": f"{d.day} {mo} {y}", "nth": f"{_nth(d.day)} {mo} {y}", "nthc": f"{_nth(d.day)} {mo}, {y}",
        "dmo": f"{d.day} {mo}", "nthmo": f"{_nth(d.day)} {mo}", "sh": f"{d.day} {m3} {y}", "dsh": f"{dd} {m3} {y}",
        "dmon": f"{d.day} {m3}", "dmony": f"{dd}-{m3}-{y}", "dMONy": f"{dd}-{m3.upper()}-{y}",
        "dMONyy": f"{dd}{m3.upper()}{yy}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mo} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mo} {d.day}",
        "my": f"{mo} {y}", "mshy": f"{m3} {y}", "mmyyyy": f"{mm}/{y}",
        # year first
        "iso": d.isoformat(), "ymon": f"{y}-{m3}-{dd}", "ymd/": f"{y}/{mm}/{dd}", "ymdc": f"{y}{mm}{dd}",
    }
    return forms[k]


@dataclass
class P:
    first: str
    last: str
    sex: str
    mid: str
    grp: str
    midn: str = ""  # a whole middle name: US, Filipino (the mother's surname), Marathi (the husband's name), Kaur
    eng: str = ""  # an English name (Singapore and Hong Kong Chinese) where drawn

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
    def lfm(self) -> str:
        """"Last, First M" (US)."""
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def LFm(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        """"First Middle Last" where there is a whole middle name."""
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

    @property
    def FMN(self) -> str:
        return self.fmn.upper()

    @property
    def lfmn(self) -> str:
        """"LAST, First Middle" (the Philippine and US form)."""
        return f"{self.last.upper()}, {self.first} {self.midn}" if self.midn else self.LF

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
    def lowf(self) -> str:
        return self.first.lower()

    @property
    def cn(self) -> str:
        """Chinese order, surname in capitals ("TAN Hui Min")."""
        return f"{self.last.upper()} {self.first}"

    @property
    def cnw(self) -> str:
        """Chinese order in mixed case ("Tan Hui Min")."""
        return f"{self.last} {self.first}"

    @property
    def cne(self) -> str:
        """The English name first where there is one ("Audrey Tan Hui Min")."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else self.cnw

    @property
    def CNE(self) -> str:
        """Identity-card order in capitals ("TAN HUI MIN, AUDREY")."""
        base = f"{self.last} {self.first}".upper()
        return f"{base}, {self.eng.upper()}" if self.eng else base

    def bin(self, sg: bool = False) -> str:
        """Malay: given names, bin / binti (binte in Singapore), the father's name."""
        w = "bin" if self.sex == "m" else ("binte" if sg else "binti")
        return f"{self.first} {w} {self.last}"

    def so(self, my: bool = False) -> str:
        """Tamil: s/o, d/o (Singapore) or a/l, a/p (Malaysia) and the father's name."""
        w = ("a/l" if self.sex == "m" else "a/p") if my else ("s/o" if self.sex == "m" else "d/o")
        return f"{self.first} {w} {self.last}"

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.mid in "ABCDEFGHJK" else "Ms")

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{f}{la[:3]}{len(f) * 7 % 90 + 10}@{dom}",
                f"{la}.{f}@{dom}", f"{f}_{la}@{dom}", f"{f}.{la}{len(la)}@{dom}"][k % 6]


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
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_no(r: random.Random) -> str:
    return _mod11(r, str(r.choice([4, 6, 7])))


def hc_no(r: random.Random) -> str:
    return _mod11(r, str(r.randint(320, 399)))


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two digits, a sex digit (odd for men), the modulus-11 check digit."""
    while True:
        body = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}{r.randint(0, 99):02d}"
        body += str(r.choice([1, 3, 5, 7, 9] if sex == "m" else [0, 2, 4, 6, 8]))
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(0 if c == 11 else c)


def nhs_fmt(s: str, k: int) -> str:
    return [f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"][k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + "".join(str(r.randint(0, 9)) for _ in range(6))


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: the year of registration, a month letter (A-L), four digits and a country letter."""
    return f"{r.randint(0, 23):02d}{'ABCDEFGHIJKL'[r.randint(0, 11)]}{r.randint(0, 9999):04d}{country}"


def hcpc_no(r: random.Random, pre: str = "RA") -> str:
    return f"{pre}{r.randint(10000, 99999):06d}"


def ubrn(r: random.Random) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 2])) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return body + _luhn("80840" + body)


def dea_no(r: random.Random, last: str) -> str:
    """DEA registration: a registrant letter, the surname's initial, six digits and the check digit
    ((d1 + d3 + d5) + 2 * (d2 + d4 + d6), its last digit)."""
    d = [r.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABF") + _ascii(last)[0].upper() + "".join(map(str, d)) + str(c)


def ssn_no(r: random.Random, sep: str = "-") -> str:
    a = r.randint(1, 899)
    while a == 666:
        a = r.randint(1, 899)
    return f"{a:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi_no(r: random.Random, dashed: bool = False) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S, L, O, I, B, Z)."""
    an = _MBI_A + "0123456789"
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A)
         + r.choice(an) + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + f"{r.randint(0, 99):02d}")
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """Ten digits: eight weighted 1, 3, 7, 9 (check = sum mod 10), the check, the issue number; and an IRN."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    c = sum(x * w for x, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    return "".join(map(str, d)) + str(c) + str(r.randint(1, 6)), str(r.randint(1, 5))


def medicare_fmt(s: str, k: int) -> str:
    return [f"{s[:4]} {s[4:9]} {s[9]}", s, f"{s[:4]}-{s[4:9]}-{s[9]}"][k % 3]


def ihi_no(r: random.Random) -> str:
    """Australian IHI: 800360, nine digits, a Luhn check digit; printed in fours."""
    body = "800360" + "".join(str(r.randint(0, 9)) for _ in range(9))
    s = body + _luhn(body)
    return f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}"


def ahpra_no(r: random.Random, prof: str = "MED") -> str:
    return f"{prof}000{r.randint(1000000, 2999999)}"


def ab_phn(r: random.Random) -> str:
    s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:5]}-{s[5:]}"


def bc_phn(r: random.Random) -> str:
    """BC PHN: 9, eight digits weighted 2 4 8 5 10 9 7 3 (each product mod 11), check 11 - (sum mod 11)."""
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        c = 11 - sum((x * w) % 11 for x, w in zip(d, [2, 4, 8, 5, 10, 9, 7, 3], strict=True)) % 11
        if c < 10:
            s = "9" + "".join(map(str, d)) + str(c)
            return r.choice([s, f"{s[:4]} {s[4:7]} {s[7:]}"])


def ns_hcn(r: random.Random) -> str:
    """Nova Scotia health card number: ten digits printed 4-3-3 (format only)."""
    s = "00" + "".join(str(r.randint(0, 9)) for _ in range(8))
    return f"{s[:4]} {s[4:7]} {s[7:]}"


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits, the mod-23 check letter and, on newer numbers, a second letter (A, weight 9)."""
    digits = "".join(str(r.randint(0, 9)) for _ in range(7))
    tot = sum(int(x) * (8 - i) for i, x in enumerate(digits)) + (9 if new else 0)
    c = tot % 23
    return digits + ("W" if c == 0 else chr(64 + c)) + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: old AAANNNC (mod 11 check digit) or the 2022 AAANNAC (mod 23 check letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(ch) + 1 for ch in letters]
        if new:
            n1, n2 = r.randint(0, 9), r.randint(0, 9)
            fifth = r.choice(_NHI)
            tot = sum(v * w for v, w in zip(vals + [n1, n2, _NHI.index(fifth) + 1], [7, 6, 5, 4, 3, 2], strict=True))
            if tot % 23 == 0:
                continue
            return f"{letters}{n1}{n2}{fifth}{_NHI[23 - tot % 23 - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip(vals + nums, [7, 6, 5, 4, 3, 2], strict=True)) % 11
        if rem == 0 or 11 - rem == 10:
            continue
        return letters + "".join(map(str, nums)) + str(11 - rem)


def hpi_cpn(r: random.Random) -> str:
    """NZ HPI common person number: two digits and four letters (format only)."""
    return f"{r.randint(10, 99)}" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    seq = r.randint(5000, 9999) if sex == "m" else r.randint(0, 4999)
    body = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:04d}08"
    return body + _luhn(body)


def nric(r: random.Random, dob: date) -> str:
    """Singapore NRIC: S (born before 2000) or T, the birth year's last two digits and five digits, and the check
    letter (weights 2 7 6 5 4 3 2, +4 for T, remainder mod 11 into J Z I H G F E D C B A)."""
    pre = "S" if dob.year < 2000 else "T"
    d = f"{dob.year % 100:02d}" + "".join(str(r.randint(0, 9)) for _ in range(5))
    tot = sum(int(x) * w for x, w in zip(d, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (4 if pre == "T" else 0)
    return pre + d + "JZIHGFEDCBA"[tot % 11]


def hkid(r: random.Random) -> str:
    """Hong Kong identity card: a letter, six digits and the check digit in brackets (a blank first letter
    counts 36, letters A-Z 10-35; weights 9..2; check 11 - (sum mod 11), 10 -> A, 11 -> 0)."""
    let = r.choice("ACDEGHKPRVYZ")
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(x) * (7 - i) for i, x in enumerate(digits))
    c = 11 - tot % 11
    return f"{let}{digits}({'A' if c == 10 else ('0' if c == 11 else c)})"


def mykad(r: random.Random, dob: date, sex: str, states: tuple[str, ...] = ("01", "21", "22", "23", "24")) -> str:
    """MyKad: yymmdd, the place-of-birth code, three digits and a last digit odd for men, even for women."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}-{r.choice(states)}-{r.randint(0, 999):03d}{last}"


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
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = body + str(_VINV[c])
    return f"{s[:4]}{sep}{s[4:8]}{sep}{s[8:]}"


def philhealth(r: random.Random) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(12))
    return f"{s[:2]}-{s[2:11]}-{s[11]}"


_EIR = "ACDEFHKNPRTVWXY"


def eircode(r: random.Random, key: str) -> str:
    return f"{key} {r.choice(_EIR)}{r.choice(_EIR + '0123456789')}{r.randint(0, 9)}{r.choice(_EIR + '0123456789')}"


def uk_pc(r: random.Random, out: str) -> str:
    return f"{out} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"


# ---------------------------------------------------------------------------------------- clinical arithmetic
def ga(lmp: date, d: date) -> str:
    days = (d - lmp).days
    return f"{days // 7}+{days % 7}"


def crl_days(crl: float) -> int:
    """Gestational age in days from the crown-rump length (mm), Robinson's formula."""
    return round(8.052 * math.sqrt(crl) + 23.73)


def fhr_for(days: int) -> int:
    """A typical embryonic heart rate for the gestation (rises to about 170 bpm at 9 weeks, then eases)."""
    return int(min(172, 110 + (days - 42) * 60 / 21) if days < 63 else 172 - (days - 63) * 0.7)


def bsa(h_cm: float, w_kg: float) -> float:
    return math.sqrt(h_cm * w_kg / 3600)


def bmi(h_cm: float, w_kg: float) -> float:
    return w_kg / (h_cm / 100) ** 2


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
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
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

    def _take(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            ws = re.split(r"[\s-]+", e)
            if self._ok(ws):
                self.used.update(w.lower() for w in ws)
                return e
        raise Redraw

    def person(self, grp: str, sex: str | None = None, last: str | None = None, wordy: bool = False) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            if grp == "mex" and not last and self.yes(0.3):
                la = f"{la} {self.ch(ls)}"
            if wordy and grp in ENGLISH_GRPS and self.yes(1 / 7):
                if self.yes(0.6):
                    first = self.ch(WORDY_F if sex == "f" else WORDY_M)
                elif not last:
                    la = self.ch(WORDY_L)
            la = _inflect(la, grp, sex)
            words = re.split(r"[\s-]+", first) + ([] if last else re.split(r"[\s-]+", la))
            if not self._ok(words) or len({w.lower() for w in words}) < len(words):
                continue
            self.used.update(w.lower() for w in words)
            mid = "A"
            for _ in range(12):
                mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + mid).upper() not in BAD_INITS:
                    break
            q = P(first, la, sex, mid, grp)
            if grp in ENG_NAMES and self.yes(0.55):
                q.eng = self._take(ENG_NAMES[grp][sex])
            return q
        raise Redraw

    def pat(self, sex: str = "f", grps: list[str] | None = None) -> P:
        grp = self.ch(grps or PAT[self.region])
        q = self.person(grp, sex, wordy=True)
        if grp == "pun":
            q.midn = "Kaur" if sex == "f" else "Singh"
        elif grp == "vie" and sex == "f" and self.yes(0.6):
            q.midn = "Thi"
        elif grp in ("pnw", "aam") and self.yes(0.35):
            q.midn = self._take(US_MIDDLE[sex])
        elif grp in ("phl", "fil"):
            q.midn = self._take([x for x in G["phl"][2] if " " not in x])
        elif grp == "mar" and sex == "f":
            q.midn = self._take(G["mar"][0])
        return q

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the family's group; blood relatives (and most spouses) keep the surname."""
        if q.grp in ("sgm", "mym", "sgi", "myi", "som") and same:
            same = False
        r = self.person(q.grp, sex, q.last if same else None, wordy=True)
        if q.grp == "pun":
            r.midn = "Kaur" if r.sex == "f" else "Singh"
        return r

    def husband(self, q: P) -> P:
        """A woman's husband: a Marathi wife carries his given name as her middle name."""
        if q.grp == "mar" and q.midn:
            h = P(q.midn, q.last, "m", "A", "mar")
            return h
        if q.grp in ("phl", "fil"):
            h = self.person(q.grp, "m", q.last)
            h.midn = self._take([x for x in G["phl"][2] if " " not in x])
            return h
        if q.grp in ("hkc", "sgc", "myc", "sgm", "mym", "sgi", "myi", "som", "vie", "mex", "leb"):
            return self.person(q.grp, "m")
        return self.rel(q, "m", same=self.yes(0.75))

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            intl = self.region in INTL_REGIONS
            grp = "intl" if intl and self.r.random() < 0.3 else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def dt(self, lo: int = -30, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def adult(self, lo: int = 19, hi: int = 42) -> tuple[date, int]:
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
        a = self.ch([24, 50, 67, 73, 76, 97, 98, 108, 174, 203])
        return f"{a}.{self.ri(1, 254)}.{self.ri(0, 255)}.{self.ri(1, 254)}"


def _inflect(last: str, grp: str, sex: str) -> str:
    """Polish and Russian surnames take their feminine forms for women."""
    if sex != "f":
        return last
    if grp == "pol" and last.endswith(("ski", "cki")):
        return last[:-1] + "a"
    if grp == "slv" and last.endswith(("ov", "in")):
        return last + "a"
    return last


def orgs(*names: str) -> list[str]:
    """Hospital, practice, clinic and insurer names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(w for w in re.findall(r"[A-ZÀ-Ý][\w'’-]+", n))
    return list(names)


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town / suburb / locality, postcode district / ZIP / routing key / PIN, area code, state or county)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Beeston", "NG9", "0115", ""), ("Arnold", "NG5", "0115", ""), ("Hucknall", "NG15", "0115", ""),
           ("Carlton", "NG4", "0115", ""), ("Mansfield", "NG18", "01623", ""), ("Sutton-in-Ashfield", "NG17", "01623", ""),
           ("Ilkeston", "DE7", "0115", ""), ("Chesterfield", "S41", "01246", ""), ("Loughborough", "LE11", "01509", ""),
           ("Hinckley", "LE10", "01455", ""), ("Oadby", "LE2", "0116", ""), ("Wigston", "LE18", "0116", ""),
           ("Grantham", "NG31", "01476", ""), ("Sleaford", "NG34", "01529", ""), ("Spalding", "PE11", "01775", ""),
           ("Corby", "NN17", "01536", ""), ("Newark", "NG24", "01636", ""), ("Belper", "DE56", "01773", ""),
           ("Swadlincote", "DE11", "01283", ""), ("Market Harborough", "LE16", "01858", "")],
    "sc": [("Broughty Ferry", "DD5", "01382", ""), ("Monifieth", "DD5", "01382", ""), ("Arbroath", "DD11", "01241", ""),
           ("Forfar", "DD8", "01307", ""), ("Montrose", "DD10", "01674", ""), ("Kirriemuir", "DD8", "01575", ""),
           ("Blairgowrie", "PH10", "01250", ""), ("Crieff", "PH7", "01764", ""), ("Glenrothes", "KY7", "01592", ""),
           ("Cupar", "KY15", "01334", ""), ("St Andrews", "KY16", "01334", ""), ("Leven", "KY8", "01333", ""),
           ("Cowdenbeath", "KY4", "01383", ""), ("Lochgelly", "KY5", "01592", ""), ("Carnoustie", "DD7", "01241", "")],
    "cy": [("Caernarfon", "LL55", "01286", ""), ("Holyhead", "LL65", "01407", ""), ("Llangefni", "LL77", "01248", ""),
           ("Pwllheli", "LL53", "01758", ""), ("Porthmadog", "LL49", "01766", ""), ("Llandudno", "LL30", "01492", ""),
           ("Colwyn Bay", "LL29", "01492", ""), ("Abergele", "LL22", "01745", ""), ("Rhyl", "LL18", "01745", ""),
           ("Prestatyn", "LL19", "01745", ""), ("Denbigh", "LL16", "01745", ""), ("Mold", "CH7", "01352", ""),
           ("Llangollen", "LL20", "01978", ""), ("Bethesda", "LL57", "01248", ""), ("Amlwch", "LL68", "01407", "")],
    "ni": [("Newtownabbey", "BT36", "90", ""), ("Lisburn", "BT28", "92", ""), ("Strabane", "BT82", "71", ""),
           ("Portadown", "BT62", "38", ""), ("Lurgan", "BT66", "38", ""), ("Newtownards", "BT23", "91", ""),
           ("Larne", "BT40", "28", ""), ("Antrim", "BT41", "94", ""), ("Cookstown", "BT80", "86", ""),
           ("Magherafelt", "BT45", "79", ""), ("Banbridge", "BT32", "40", ""), ("Dungiven", "BT47", "77", ""),
           ("Carrickfergus", "BT38", "93", ""), ("Limavady", "BT49", "77", "")],
    "us": [("Seattle", "98118", "206", "WA"), ("Seattle", "98133", "206", "WA"), ("Tacoma", "98405", "253", "WA"),
           ("Tukwila", "98188", "206", "WA"), ("Renton", "98055", "425", "WA"), ("Bellevue", "98007", "425", "WA"),
           ("Spokane", "99205", "509", "WA"), ("Spokane Valley", "99216", "509", "WA"), ("Yakima", "98902", "509", "WA"),
           ("Wenatchee", "98801", "509", "WA"), ("Olympia", "98501", "360", "WA"), ("Lynnwood", "98036", "425", "WA"),
           ("Portland", "97206", "503", "OR"), ("Portland", "97217", "971", "OR"), ("Gresham", "97030", "503", "OR"),
           ("Beaverton", "97005", "503", "OR"), ("Hillsboro", "97123", "503", "OR"), ("Salem", "97301", "503", "OR"),
           ("Eugene", "97402", "541", "OR"), ("Medford", "97501", "541", "OR"), ("Woodburn", "97071", "503", "OR")],
    "au": [("Parramatta", "2150", "9", "NSW"), ("Blacktown", "2148", "9", "NSW"), ("Mount Druitt", "2770", "9", "NSW"),
           ("Penrith", "2750", "4", "NSW"), ("Campbelltown", "2560", "4", "NSW"), ("Bankstown", "2200", "9", "NSW"),
           ("Auburn", "2144", "9", "NSW"), ("Cabramatta", "2166", "9", "NSW"), ("Merrylands", "2160", "9", "NSW"),
           ("Maitland", "2320", "4", "NSW"), ("Cessnock", "2325", "4", "NSW"), ("Shellharbour", "2529", "4", "NSW"),
           ("Gosford", "2250", "4", "NSW"), ("Dubbo", "2830", "6", "NSW"), ("Tamworth", "2340", "6", "NSW"),
           ("Wagga Wagga", "2650", "6", "NSW")],
    "ab": [("Calgary", "T2A", "403", "AB"), ("Calgary", "T3J", "587", "AB"), ("Airdrie", "T4B", "587", "AB"),
           ("Edmonton", "T5B", "780", "AB"), ("Edmonton", "T6L", "780", "AB"), ("St. Albert", "T8N", "780", "AB"),
           ("Sherwood Park", "T8A", "780", "AB"), ("Red Deer", "T4N", "403", "AB"), ("Lethbridge", "T1J", "403", "AB"),
           ("Medicine Hat", "T1A", "403", "AB"), ("Grande Prairie", "T8V", "780", "AB"), ("Okotoks", "T1S", "403", "AB")],
    "bc": [("Surrey", "V3W", "604", "BC"), ("Surrey", "V3S", "778", "BC"), ("Abbotsford", "V2S", "604", "BC"),
           ("Burnaby", "V5H", "604", "BC"), ("Richmond", "V6X", "604", "BC"), ("Coquitlam", "V3K", "604", "BC"),
           ("Kelowna", "V1Y", "250", "BC"), ("Kamloops", "V2C", "250", "BC"), ("Chilliwack", "V2P", "604", "BC"),
           ("Maple Ridge", "V2X", "604", "BC")],
    "ns": [("Dartmouth", "B2W", "902", "NS"), ("Bedford", "B4A", "902", "NS"), ("Truro", "B2N", "902", "NS"),
           ("Glace Bay", "B1A", "902", "NS"), ("New Glasgow", "B2H", "902", "NS"), ("Antigonish", "B2G", "902", "NS"),
           ("Yarmouth", "B5A", "902", "NS"), ("Bridgewater", "B4V", "902", "NS"), ("Wolfville", "B4P", "902", "NS"),
           ("Amherst", "B4H", "902", "NS"), ("Lower Sackville", "B4C", "782", "NS"), ("Clare", "B0W", "902", "NS")],
    "ie": [("Bray", "A98", "01", "Co. Wicklow"), ("Greystones", "A63", "01", "Co. Wicklow"),
           ("Arklow", "Y14", "0402", "Co. Wicklow"), ("Naas", "W91", "045", "Co. Kildare"),
           ("Newbridge", "W12", "045", "Co. Kildare"), ("Athy", "R14", "059", "Co. Kildare"),
           ("Tullow", "R93", "059", "Co. Carlow"), ("Enniscorthy", "Y21", "053", "Co. Wexford"),
           ("Gorey", "Y25", "053", "Co. Wexford"), ("New Ross", "Y34", "051", "Co. Wexford"),
           ("Thomastown", "R95", "056", "Co. Kilkenny"), ("Tallaght", "D24", "01", "Dublin 24"),
           ("Clondalkin", "D22", "01", "Dublin 22"), ("Dundrum", "D14", "01", "Dublin 14"),
           ("Crumlin", "D12", "01", "Dublin 12")],
    "nz": [("Ōtara", "2023", "09", ""), ("Papatoetoe", "2025", "09", ""), ("Māngere", "2022", "09", ""),
           ("Manurewa", "2102", "09", ""), ("Ōtāhuhu", "1062", "09", ""), ("Henderson", "0612", "09", ""),
           ("Glen Eden", "0602", "09", ""), ("Te Atatū Peninsula", "0610", "09", ""), ("Takapuna", "0622", "09", ""),
           ("Albany", "0632", "09", ""), ("Mt Roskill", "1041", "09", ""), ("Whangārei", "0110", "09", ""),
           ("Pukekohe", "2120", "09", ""), ("Kaitaia", "0410", "09", "")],
    "za": [("Orlando West", "1804", "011", "Soweto"), ("Diepkloof", "1862", "011", "Soweto"),
           ("Pimville", "1809", "011", "Soweto"), ("Protea Glen", "1818", "011", "Soweto"),
           ("Alexandra", "2090", "011", "Johannesburg"), ("Tembisa", "1632", "011", "Ekurhuleni"),
           ("Katlehong", "1431", "011", "Ekurhuleni"), ("Mamelodi", "0122", "012", "Pretoria"),
           ("Soshanguve", "0152", "012", "Pretoria"), ("Randburg", "2194", "011", "Johannesburg"),
           ("Roodepoort", "1724", "011", "Johannesburg"), ("Benoni", "1501", "011", "Ekurhuleni")],
    "sg": [("Tampines", "52", "Tampines Street 81", ""), ("Jurong West", "64", "Jurong West Street 42", ""),
           ("Woodlands", "73", "Woodlands Drive 14", ""), ("Ang Mo Kio", "56", "Ang Mo Kio Avenue 3", ""),
           ("Bedok", "46", "Bedok North Street 3", ""), ("Yishun", "76", "Yishun Ring Road", ""),
           ("Sengkang", "54", "Sengkang East Way", ""), ("Punggol", "82", "Punggol Field", ""),
           ("Hougang", "53", "Hougang Avenue 8", ""), ("Bukit Batok", "65", "Bukit Batok Street 21", "")],
    "in": [("Kothrud", "411038", "020", ""), ("Aundh", "411007", "020", ""), ("Hadapsar", "411028", "020", ""),
           ("Baner", "411045", "020", ""), ("Wakad", "411057", "020", ""), ("Kharadi", "411014", "020", ""),
           ("Viman Nagar", "411014", "020", ""), ("Karve Nagar", "411052", "020", ""), ("Warje", "411058", "020", ""),
           ("Pimple Saudagar", "411027", "020", ""), ("Bibwewadi", "411037", "020", ""),
           ("Dhankawadi", "411043", "020", "")],
    "ng": [("Surulere", "", "", ""), ("Yaba", "", "", ""), ("Ikeja", "", "", ""), ("Ikorodu", "", "", ""),
           ("Lekki", "", "", ""), ("Ajah", "", "", ""), ("Festac Town", "", "", ""), ("Isolo", "", "", ""),
           ("Ojodu", "", "", ""), ("Agege", "", "", ""), ("Mushin", "", "", ""), ("Gbagada", "", "", ""),
           ("Egbeda", "", "", ""), ("Ikotun", "", "", "")],
    "hk": [("Sha Tin", "Lek Yuen Estate", "", ""), ("Tai Po", "Tai Wo Estate", "", ""),
           ("Tai Po", "Kwong Fuk Estate", "", ""), ("Tuen Mun", "On Ting Estate", "", ""),
           ("Tuen Mun", "Kin Sang Estate", "", ""), ("Kwun Tong", "Sau Mau Ping Estate", "", ""),
           ("Tseung Kwan O", "Po Lam Estate", "", ""), ("Yuen Long", "Long Ping Estate", "", "")],
    "my": [("Taman Johor Jaya", "81100", "Johor Bahru", "Johor"), ("Taman Universiti", "81300", "Skudai", "Johor"),
           ("Taman Molek", "81100", "Johor Bahru", "Johor"), ("Taman Perling", "81200", "Johor Bahru", "Johor"),
           ("Taman Daya", "81100", "Johor Bahru", "Johor"), ("Taman Pelangi", "80400", "Johor Bahru", "Johor"),
           ("Bandar Baru Permas Jaya", "81750", "Masai", "Johor"), ("Taman Kota Masai", "81700", "Pasir Gudang", "Johor"),
           ("Taman Kulai Besar", "81000", "Kulai", "Johor")],
    "ph": [("Brgy. Commonwealth, Quezon City", "1121", "", ""), ("Brgy. Batasan Hills, Quezon City", "1126", "", ""),
           ("Brgy. Tandang Sora, Quezon City", "1116", "", ""), ("Brgy. Bagong Silangan, Quezon City", "1119", "", ""),
           ("Brgy. San Roque, Marikina City", "1801", "", ""), ("Brgy. Pinagbuhatan, Pasig City", "1601", "", ""),
           ("Brgy. Bagumbayan, Taguig City", "1630", "", ""), ("Brgy. Longos, Malabon City", "1472", "", ""),
           ("Tondo, Manila", "1012", "", ""), ("Sampaloc, Manila", "1008", "", "")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Mansfield Road", "Alfreton Road", "Woodborough Road", "Narborough Road", "Uttoxeter New Road",
           "Burton Road", "Ashby Road", "Carholme Road", "Spilsby Road", "Rockingham Road", "Sherwood Rise",
           "Hucknall Lane", "Evington Lane", "Chaddesden Park Road", "Bramcote Avenue", "Westdale Lane",
           "Shakespeare Villas", "Sandhill Street", "Welbeck Gardens", "Trent Boulevard"],
    "sc": ["Strathmartine Road", "Clepington Road", "Brook Street", "Dunkeld Road", "Hayfield Road", "Halbeath Road",
           "Kinghorn Road", "Brechin Road", "Craigie Avenue", "Ladywell Avenue", "Fintry Drive", "Balunie Crescent",
           "Kinloch Street", "Pitkerro Road"],
    "cy": ["Ffordd Penrhos", "Stryd Fawr", "Lôn Las", "Ffordd Llanberis", "Mostyn Street", "Conway Road",
           "Ffordd Talargoch", "Rhosddu Road", "Abergele Road", "Ffordd y Parc", "Maes y Dref", "Lôn Ysgubor",
           "Ffordd Caergybi", "Stryd y Castell"],
    "ni": ["Antrim Road", "Lisburn Road", "Ormeau Road", "Springfield Road", "Cregagh Road", "Strand Road",
           "Culmore Road", "Gilford Road", "Moira Road", "Upper Newtownards Road", "Glenavy Road", "Ballygawley Road",
           "Drumragh Avenue", "Knockbracken Park"],
    "us": ["Rainier Ave S", "Aurora Ave N", "S Tacoma Way", "Pacific Ave", "E Sprague Ave", "N Division St",
           "SE Division St", "NE Sandy Blvd", "SE Foster Rd", "N Lombard St", "Commercial St SE", "Willamette St",
           "NE 65th St", "S 144th St", "W Nob Hill Blvd", "SW Canyon Rd", "Lakewood Dr W", "NE Glisan St"],
    "au": ["Great Western Highway", "Woodville Road", "Canley Vale Road", "Blaxland Road", "Macquarie Street",
           "Beaumont Street", "Keira Street", "Mann Street", "Jamison Road", "Dumaresq Street", "Kildare Road",
           "Merrylands Road", "Marion Street", "Cobra Street", "Peel Street", "Railway Parade"],
    "ab": ["17 Ave SE", "Martindale Blvd NE", "52 St NE", "Falconridge Blvd NE", "118 Ave NW", "Whyte Ave NW",
           "Gaetz Ave", "Mayor Magrath Dr S", "Millbourne Rd W", "Castleridge Blvd NE", "Dunmore Rd SE",
           "100 Ave"],
    "bc": ["King George Blvd", "Kingsway", "No. 3 Road", "Fraser Highway", "Bernard Ave", "Scott Road",
           "Lougheed Hwy", "128 Street", "Gladwin Road", "Tranquille Road", "Austin Ave", "Dewdney Trunk Road"],
    "ns": ["Portland Street", "Prince Street", "Charlotte Street", "Quinpool Road", "Herring Cove Road",
           "Cobequid Road", "Commercial Street", "Provost Street", "Lincoln Street", "Victoria Road", "Main Street",
           "Sackville Drive"],
    "ie": ["Main Street", "Quinsborough Road", "Poplar Square", "Edward Street", "Tullow Street", "Church Road",
           "Kilnamanagh Road", "Old Bawn Road", "Wheatfield Road", "Ballinteer Avenue", "Court Street",
           "Mary Street", "Slaney Place", "Esmonde Street"],
    "nz": ["Great South Road", "East Tamaki Road", "Massey Road", "Te Irirangi Drive", "Lincoln Road",
           "West Coast Road", "Hurstmere Road", "Dominion Road", "Bader Drive", "Kamo Road", "Puhinui Road",
           "Gloucester Road", "Atkinson Avenue", "Mahia Road"],
    "za": ["Vilakazi Street", "Klipspruit Valley Road", "Koma Road", "Mooki Street", "8th Avenue", "Tsamaya Avenue",
           "Andrew Mapheto Drive", "Hans Strijdom Drive", "Bram Fischer Drive", "Ontdekkers Road", "Pretoria Road"],
    "in": ["Paud Road", "Prabhat Road", "Sinhagad Road", "Aundh Road", "Solapur Road", "Baner Road", "Nagar Road",
           "Karve Road", "Bhusari Colony", "Mhatre Bridge Road"],
    "ng": ["Adeniran Ogunsanya Street", "Allen Avenue", "Opebi Road", "Ogunlana Drive", "Admiralty Way",
           "Ago Palace Way", "Isheri Road", "Ikotun-Idimu Road", "Ayangburen Road", "Toyin Street",
           "Akerele Street", "Obafemi Awolowo Way"],
    "my": ["Jalan Mawar 3", "Jalan Kenanga 12", "Jalan Rosmerah 2/4", "Jalan Pendidikan 5", "Jalan Seroja 7",
           "Jalan Dedap 9", "Jalan Molek 1/10", "Jalan Persisiran Perling", "Jalan Permas 10/2"],
    "ph": ["Sampaguita Street", "Kalayaan Avenue", "Mabini Street", "Luzon Avenue", "Maharlika Street",
           "Rizal Avenue Extension", "Ilang-Ilang Street", "Katipunan Road", "M. H. del Pilar Street"],
}
_PLACE_WORDS = ("Nottingham Derby Leicester Lincoln Boston Kettering Dundee Perth Fife Kirkcaldy Dunfermline "
                "Bangor Wrexham Belfast Derry Londonderry Craigavon Seattle Washington Oregon Sydney Newcastle "
                "Wollongong Alberta Vancouver Halifax Dublin Wicklow Kildare Carlow Wexford Kilkenny Auckland "
                "Northland Gauteng Soweto Johannesburg Pretoria Ekurhuleni Singapore Pune Maharashtra Lagos "
                "Kowloon Johor Manila Quezon Marikina Pasig Taguig Malabon Tayside Gwynedd Conwy Anglesey "
                "Ulster Cymru Scotland Wales England Ireland Canada Australia Aotearoa Zealand")
BAD_NAMES.update(_PLACE_WORDS.split())
for _ts in TOWNS.values():
    for _t, _z, _x, _s in _ts:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ýa-zŌĀ][\w'-]+", _t))
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _z + " " + _x + " " + _s))
for _ss in STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))


AB_STREETS = {"Calgary": ["17 Ave SE", "Martindale Blvd NE", "52 St NE", "Falconridge Blvd NE", "Castleridge Blvd NE"],
              "Airdrie": ["Main St N", "Yankee Valley Blvd"], "Okotoks": ["Elizabeth St", "Southridge Dr"],
              "Edmonton": ["118 Ave NW", "Whyte Ave NW", "Millbourne Rd W", "Castle Downs Rd NW"],
              "St. Albert": ["Sir Winston Churchill Ave"], "Sherwood Park": ["Baseline Rd"], "Red Deer": ["Gaetz Ave"],
              "Lethbridge": ["Mayor Magrath Dr S"], "Medicine Hat": ["Dunmore Rd SE"], "Grande Prairie": ["100 Ave"]}
for _ss in AB_STREETS.values():
    for _s in _ss:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ý][\w'-]+", _s))
SC_TAYSIDE = ("Broughty Ferry", "Monifieth", "Arbroath", "Forfar", "Montrose", "Kirriemuir", "Blairgowrie", "Crieff",
              "Carnoustie")


@dataclass
class Addr:
    line: str
    town: str
    zip: str
    area: str
    state: str


def place(c: C, region: str | None = None) -> Addr:
    """A street line, the town / suburb / locality, the postcode or ZIP, the area code and the state / county."""
    g = region or c.region
    town, z, area, state = c.ch(TOWNS[g])
    st = c.ch(AB_STREETS[town] if g == "ab" else STREETS[g]) if g in STREETS else ""
    n = c.ri(2, 148)
    if g in ("en", "sc", "cy", "ni"):
        z = uk_pc(c.r, z)
        forms = [f"{n} {st}", f"{n} {st}", f"{n}{c.ch('AB')} {st}"]
        if g == "sc":
            forms.append(f"Flat {c.ch(['1/1', '2/1', '2/2', '3/2', 'C', 'G/1'])}, {n} {st}")
        elif g == "cy":
            forms.append(f"{c.ch(['Bryn Awel', 'Tŷ Gwyn', 'Hafod Las', 'Min y Môr', 'Pen y Bryn'])}, {st}")
        else:
            forms.append(f"Flat {c.ri(1, 14)}, {n} {st}")
        line = c.ch(forms)
    elif g == "us":
        line = c.ch([f"{n * 67} {st}", f"{n * 67} {st} Apt {c.ri(101, 640)}", f"{n * 67} {st} Unit {c.ch('ABCDEF')}",
                     f"{n * 67} {st} #{c.ri(2, 30)}"])
    elif g == "au":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 24)}/{n} {st}", f"Unit {c.ri(1, 12)}, {n} {st}"])
    elif g in ("ab", "bc", "ns"):
        lt = "ABCEGHJKLMNPRSTVWXYZ"
        z = f"{z} {c.ri(0, 9)}{c.ch(lt)}{c.ri(0, 9)}"
        if g == "ab" and st[0].isdigit():
            line = c.ch([f"{n * 31} {st}", f"{c.ri(101, 409)}, {n * 31} {st}"])
        else:
            line = c.ch([f"{n * 11} {st}", f"{c.ri(101, 1208)}-{n * 11} {st}", f"Unit {c.ri(1, 40)}, {n * 11} {st}"])
    elif g == "ie":
        z = eircode(c.r, z)
        line = c.ch([f"{n} {st}", f"{c.ri(1, 90)} {c.ch(['Ard na Gréine', 'Beechwood Park', 'Castle View', 'The Paddocks', 'Millbrook Lawns', 'Oaklands Drive'])}",
                     f"Apt {c.ri(1, 40)}, {c.ch(['The Maltings', 'Riverside Court', 'Priory Hall'])}"])
    elif g == "nz":
        line = c.ch([f"{n} {st}", f"{c.ri(1, 9)}/{n} {st}", f"{n}{c.ch('ABC')} {st}"])
    elif g == "za":
        line = c.ch([f"{n * 7} {st}", f"Stand {c.ri(1000, 9999)}, {c.ch(['Zone 1', 'Zone 3', 'Zone 5', 'Extension 2'])}",
                     f"{c.ri(1, 40)} {c.ch(['Mokoka', 'Ngwenya', 'Lekoto', 'Sehume'])} Street"])
    elif g == "sg":
        blk = c.ri(101, 899)
        line = f"Blk {blk} {area} #{c.ri(2, 16):02d}-{c.ri(10, 899)}"
        z = f"{z}{blk:04d}"
        area = ""
    elif g == "in":
        line = c.ch([f"Flat {c.ri(1, 9)}0{c.ri(1, 8)}, {c.ch(['Shree Ganesh Apartments', 'Sai Krupa Society', 'Mayur Residency', 'Anand Park'])}, {st}",
                     f"Plot {c.ri(2, 90)}, Lane {c.ri(1, 12)}, {st}",
                     f"Row House {c.ri(1, 40)}, {c.ch(['Sukhwani Park', 'Gulmohar Society', 'Shivtirth Nagar'])}"])
    elif g == "ng":
        line = c.ch([f"{c.ri(2, 60)} {st}", f"Plot {c.ri(3, 300)}, {st}",
                     f"Flat {c.ri(1, 8)}, Block {c.ch('ABCD')}, {c.ri(2, 40)} {st}"])
    elif g == "hk":
        line = f"Flat {c.ri(1, 24)}, {c.ri(2, 38)}/F, {c.ch(['Block', 'Tower'])} {c.ri(1, 9)}, {z}"
        z = ""
    elif g == "my":
        line = f"No. {c.ri(2, 80)}, {st}"
    else:  # ph
        line = c.ch([f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 4)}", f"{n} {st}", f"{n}-{c.ch('ABC')} {st}"])
    return Addr(line, town, z, area, state)


def phone(c: C, area: str = "", mob: bool = True, region: str | None = None) -> str:
    g = region or c.region
    if g in ("en", "sc", "cy"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"07{c.dig(3)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}",
                         f"07{c.dig(9)}", f"+44 (0)7{c.dig(3)} {c.dig(3)}{c.dig(3)}"])
        a = area or "0115"
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4)}", f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(7)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g == "ni":
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6)}", f"077{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+44 7{c.dig(3)} {c.dig(6)}"])
        a = area or "90"
        return c.ch([f"028 {a}{c.dig(2)} {c.dig(4)}", f"(028) {a}{c.dig(2)} {c.dig(4)}", f"028{a}{c.dig(6)}"])
    if g in ("us", "ab", "bc", "ns"):
        a = area or "206"
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4)}", f"{a}-{x}-{c.dig(4)}", f"{a}.{x}.{c.dig(4)}", f"+1 {a} {x} {c.dig(4)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"+61 4{c.dig(2)} {c.dig(3)} {c.dig(3)}", f"04{c.dig(8)}"])
        a = area or "9"
        return c.ch([f"(02) {a}{c.dig(3)} {c.dig(4)}", f"02 {a}{c.dig(3)} {c.dig(4)}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4)}",
                         f"08{c.ch('35679')}-{c.dig(7)}", f"08{c.ch('35679')}{c.dig(7)}"])
        a = area or "01"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4)}", f"{a} {c.dig(3)} {c.dig(4)}"] if a == "01"
                    else [f"({a}) {c.dig(2)} {c.dig(5)}", f"{a}-{c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"02{c.ch('127')} {c.dig(3)} {c.dig(4)}", f"+64 2{c.ch('127')} {c.dig(3)} {c.dig(4)}",
                         f"02{c.ch('127')}-{c.dig(3)}-{c.dig(3)}", f"022 {c.dig(3)} {c.dig(4)}"])
        return c.ch([f"(09) {c.dig(3)} {c.dig(4)}", f"09 {c.dig(3)} {c.dig(4)}", f"+64 9 {c.dig(3)} {c.dig(4)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '79', '82', '83', '61', '71'])} {c.dig(3)} {c.dig(4)}",
                         f"+27 {c.ch(['72', '82', '61', '83'])} {c.dig(3)} {c.dig(4)}", f"0{c.ch(['71', '84'])}-{c.dig(3)}-{c.dig(4)}"])
        return c.ch([f"{area or '011'} {c.dig(3)} {c.dig(4)}", f"({area or '011'}) {c.dig(3)}-{c.dig(4)}"])
    if g == "sg":
        if mob:
            return c.ch([f"+65 {c.ch('89')}{c.dig(3)} {c.dig(4)}", f"{c.ch('89')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('89')}{c.dig(7)}"])
        return c.ch([f"6{c.dig(3)} {c.dig(4)}", f"+65 6{c.dig(3)} {c.dig(4)}"])
    if g == "in":
        if mob:
            return c.ch([f"+91 9{c.dig(4)} {c.dig(5)}", f"9{c.dig(9)}", f"+91-{c.ri(7, 9)}{c.dig(9)}",
                         f"0{c.ri(7, 9)}{c.dig(4)} {c.dig(5)}"])
        return c.ch([f"020-2{c.dig(7)}", f"(020) 2{c.dig(3)} {c.dig(4)}"])
    if g == "ng":
        pre = c.ch(["803", "806", "810", "813", "805", "807", "703", "816", "909", "802"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+234 {pre} {c.dig(3)} {c.dig(4)}",
                     f"+234{pre}{c.dig(7)}", f"0{pre}{c.dig(7)}"])
    if g == "hk":
        if mob:
            return c.ch([f"{c.ch('5679')}{c.dig(3)} {c.dig(4)}", f"+852 {c.ch('5679')}{c.dig(3)} {c.dig(4)}",
                         f"{c.ch('5679')}{c.dig(7)}"])
        return c.ch([f"2{c.dig(3)} {c.dig(4)}", f"+852 2{c.dig(3)} {c.dig(4)}"])
    if g == "my":
        if mob:
            return c.ch([f"01{c.ch('2346789')}-{c.dig(3)} {c.dig(4)}", f"+60 1{c.ch('2346789')}-{c.dig(3)} {c.dig(4)}",
                         f"011-{c.dig(4)} {c.dig(4)}", f"01{c.ch('2346789')}{c.dig(7)}"])
        return c.ch([f"07-{c.ri(2, 3)}{c.dig(2)} {c.dig(4)}", f"07-{c.ri(2, 3)}{c.dig(6)}"])
    # ph
    if mob:
        pre = c.ch(["917", "918", "927", "945", "956", "966", "977", "998", "908", "939"])
        return c.ch([f"0{pre} {c.dig(3)} {c.dig(4)}", f"+63 {pre} {c.dig(3)} {c.dig(4)}", f"0{pre}-{c.dig(3)}-{c.dig(4)}",
                     f"0{pre}{c.dig(7)}"])
    return c.ch([f"(02) 8{c.dig(3)} {c.dig(4)}", f"02-8{c.dig(3)}-{c.dig(4)}"])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], a: Addr | None = None, tel: str | None = None) -> Note:
    return c.build(_fhir(q, dob, ids, (a.line, a.town, a.zip) if a else None, tel))


def addr_lines(c: C, a: Addr, sep: str = ", ", county: bool = True) -> C:
    """The street line, town and postcode as labelled spans (a county or state unlabelled; a Dublin postal
    district its own ADDRESS span)."""
    c.ad(a.line).t(sep).ad(a.town)
    if a.state.startswith("Dublin"):
        c.t(sep).ad(a.state)
    elif a.state and county:
        c.t(sep + a.state)
    if a.zip:
        c.t(sep if c.region not in ("us", "ab", "bc", "ns", "au", "nz") else " ").zp(a.zip)
    return c


# ---------------------------------------------------------------------------------------- England (East Midlands)
EN_HOSP_AREA = {"Queen's Medical Centre": "0115", "City Hospital": "0115", "King's Mill Hospital": "01623",
                "Royal Derby Hospital": "01332", "Leicester Royal Infirmary": "0116", "Leicester General Hospital": "0116",
                "Lincoln County Hospital": "01522", "Pilgrim Hospital": "01205", "Chesterfield Royal Hospital": "01246",
                "Kettering General Hospital": "01536"}
EN_HOSP = orgs(*EN_HOSP_AREA)
EN_PRACT = orgs("Parkside Medical Practice", "The Limes Surgery", "Riverside Health Centre", "Highcroft Surgery",
                "Orchard Medical Practice", "Meadows Health Centre", "Castle Mead Medical Centre",
                "Willowbrook Medical Practice", "Larwood Health Partnership", "Brierley Park Medical Centre",
                "Greenwood and Sneinton Family Medical Centre", "Hollybrook Medical Centre")
EN_SH = orgs("Byron House clinic", "Haywood House clinic", "Welford Centre")


def _en_hosp_no(c: C) -> str:
    return c.ch([f"K{c.dig(7)}", f"M{c.dig(6)}", f"J{c.dig(7)}", f"S{c.dig(6)}", c.dig(8)])


def _ob_hx(c: C) -> tuple[int, int, str]:
    g = c.ri(1, 5)
    p = c.ri(0, g - 1)
    m = g - 1 - p
    return g, p, f"G{g} P{p}" + (f"+{m}" if m else "")


def en_epu_scan(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 43)
    a = place(c)
    hosp = c.ch(EN_HOSP)
    nhs, hn = nhs_no(c.r), _en_hosp_no(c)
    sd = c.wdt(-10, 0)
    lmp = sd - timedelta(days=c.ri(45, 82))
    kind = c.ch(["viable", "viable", "missed", "pul", "incomplete"])
    son, hca = c.staff("f"), c.staff("f")
    mob = phone(c)
    c.t(f"EARLY PREGNANCY ASSESSMENT UNIT - ULTRASOUND REPORT\n{hosp}\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl, q.LF])).t("   DOB: ").d(dob, c.ch(["dmy", "dot"]))
    c.t("   NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Hosp No: ").id(hn).t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("   Mobile: ").ph(mob).t("\n")
    c.t("Scan date: ").d(sd, c.ch(["dmy", "long"])).t(f" {c.tm(8, 16)}   Referred by: "
                                                     f"{c.ch(['GP', 'ED', 'self-referral (previous EPU attendance)', 'NHS 111', 'midwife'])}\n")
    ind = c.r.sample(["PV bleeding", "lower abdominal pain", "previous ectopic", "previous miscarriage x2",
                      "hyperemesis", "reassurance (anxiety)"], c.ri(1, 2))
    _g, _p, obs = _ob_hx(c)
    c.t("Indication: ").cl(ind).t("   ").c(obs).t("\nLMP: ").d(lmp, c.ch(["long", "dmy", "sh"]))
    c.t(" (by dates ").c(ga(lmp, sd) + " weeks").t(")\n")
    c.t("Approach: ").c(c.ch(["transvaginal", "transabdominal and transvaginal"])).t(", verbal consent; chaperone ")
    c.nm(hca.fl).t(" (HCA)\n\nFINDINGS\nUterus: ").c(c.ch(["anteverted", "retroverted", "axial"])).t(", ")
    c.c(c.ch(["normal size", "bulky", f"small intramural fibroid {c.fl(1.1, 2.6)} cm posterior wall"])).t("\n")
    if kind in ("viable", "missed"):
        crl = c.uf(3.5, 24.0) if kind == "viable" else c.uf(7.2, 16.0)
        dims = [c.ri(14, 38) for _ in range(3)]
        msd = sum(dims) / 3
        days = crl_days(crl)
        c.t("Single intrauterine gestation sac, ").c(f"MSD {msd:.1f} mm").t(" (").c(" x ".join(map(str, dims)) + " mm")
        c.t("), yolk sac ").c(f"{c.fl(2.8, 5.6)} mm").t(".\nFetal pole ").c(f"CRL {crl} mm").t(" = ").c(f"{days // 7}+{days % 7}")
        if kind == "viable":
            fhr = fhr_for(days) + c.ri(-6, 6)
            c.t(" weeks; fetal heart activity ").c("present").t(", ").c(f"FHR {fhr} bpm").t(" (M-mode).\n")
            edd = sd + timedelta(days=280 - days)
            c.t("EDD by CRL: ").d(edd, c.ch(["dmy", "long"])).t("\n")
        else:
            c.t(" weeks; ").c("no fetal heart activity").t(" on 2D and colour Doppler.\n")
    elif kind == "pul":
        c.t("Empty uterine cavity, ").c(f"endometrium {c.fl(5.5, 16.0)} mm").t(", no intrauterine sac seen.\n")
    else:
        c.t("No gestation sac. Heterogeneous material in the cavity ").c(f"{c.ri(12, 34)} x {c.ri(8, 22)} mm")
        c.t(" with ").c(c.ch(["minimal", "moderate", "no"])).t(" colour flow; cervical os ").c(c.ch(["closed", "open"])).t(".\n")
    c.t("Right ovary: ").c(f"{c.ri(22, 36)} x {c.ri(14, 24)} mm").t(", ").c(c.ch([f"corpus luteum {c.ri(12, 26)} mm", "normal", "simple cyst 28 mm"]))
    c.t(". Left ovary: ").c(c.ch(["normal", f"corpus luteum {c.ri(12, 26)} mm", "not seen (bowel gas)"])).t(".\n")
    c.t("Adnexa: ").c("no adnexal mass").t(". Free fluid: ").c(c.ch(["none", "small amount in POD (anechoic)", "none seen"])).t(".\n\n")
    c.t("CONCLUSION: ")
    rh = c.ch(["O RhD positive", "A RhD positive", "O RhD negative", "B RhD positive", "A RhD negative"])
    if kind == "viable":
        c.c(f"Viable intrauterine pregnancy {days // 7}+{days % 7} weeks by CRL").t(". ")
        c.t("Discharged from EPU to community midwife for booking; dating scan via antenatal clinic.\n")
    elif kind == "missed":
        son2 = c.staff("f")
        c.c(f"Missed miscarriage (CRL {crl} mm, no FH)").t(" - confirmed by second sonographer ").nm(son2.fl).t(".\n")
        c.t("Options discussed (expectant / medical / surgical MVA or MUA); ").c("mifepristone 200 mg PO then misoprostol 800 micrograms PV 48 h later")
        c.t(" chosen. Blood group ").c(rh).t("; ").c("anti-D not required for medical management < 12 weeks").t(".\n")
    elif kind == "pul":
        h0 = c.ri(180, 2400)
        c.c("Pregnancy of unknown location").t(". Serum ").c(f"hCG {h0:,} IU/L").t(", ").c(f"progesterone {c.ri(6, 48)} nmol/L").t(".\n")
        c.t("Repeat hCG in 48 h (").d(sd + timedelta(days=2), c.ch(["dm", "dmo"])).t("): rise ").c("> 63%").t(" suggests IUP, fall ")
        c.c("> 50%").t(" failing PUL; advised re ectopic symptoms (shoulder tip pain, collapse).\n")
    else:
        c.c("Incomplete miscarriage").t(". ").c("Misoprostol 600 micrograms PV").t(" offered; ")
        c.c("urine pregnancy test in 3 weeks").t(". Blood group ").c(rh).t(".\n")
    reg = c.ch(["hcpc", "nmc"])
    c.t("\nSonographer: ").nm(son.fl)
    if reg == "hcpc":
        c.t(", Senior Sonographer (HCPC ").id(hcpc_no(c.r)).t(")\n")
    else:
        c.t(", Midwife Sonographer (NMC PIN ").id(nmc_pin(c.r)).t(")\n")
    c.t("EPU direct line: ").ph(phone(c, EN_HOSP_AREA[hosp], False)).t(" (08:00-17:00)\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], a, mob)


def en_miscarriage_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(24, 44)
    a = place(c)
    gp, cons = c.staff(), c.staff("f")
    partner = c.husband(q)
    prac = c.ch(EN_PRACT)
    ptown = c.ch([t for t in TOWNS["en"] if t[0] != a.town])[0]
    nhs, hn = nhs_no(c.r), _en_hosp_no(c)
    clinic = c.wdt(-6, 0)
    mife = clinic - timedelta(days=c.ri(24, 30))
    ga_w = c.ri(7, 11)
    typed = clinic + timedelta(days=c.ri(1, 6))
    hosp = c.ch(EN_HOSP)
    c.t(f"Gynaecology Assessment Unit / Early Pregnancy, {hosp}\n")
    c.t("Clinic date: ").d(clinic, "dmy").t("   Typed: ").d(typed, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{prac}\n").ad(ptown).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, "dmy").t(", NHS No ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t(", Hosp No ").id(hn).t("\n")
    addr_lines(c, a).t("\n\n")
    c.t("Diagnosis: ").c(f"missed miscarriage at {ga_w}+{c.ri(0, 6)} weeks by dates").t(" (")
    c.c(f"CRL {c.fl(4.0, 9.5)} mm, no fetal heart on two scans 7 days apart").t(")\n")
    c.t("Management: ").c("medical").t(" - ").c("mifepristone 200 mg orally").t(" on ").d(mife, c.ch(["dmy", "long"]))
    c.t(", then ").c("misoprostol 800 micrograms vaginally 48 hours later").t(" at home with ").c("codeine 30 mg QDS PRN")
    c.t(" and ").c("cyclizine 50 mg TDS PRN").t(".\n\n")
    c.t(f"I saw {q.title} ").nm(q.last).t(" with her partner ").nm(partner.first).t(" in clinic today. ")
    c.t("She passed tissue on day ").c(f"{c.ri(1, 2)}").t(" and bleeding settled after ").c(f"{c.ri(6, 13)} days").t(". ")
    c.t("Her urine pregnancy test at 3 weeks was ").c(c.ch(["negative", "negative (low-sensitivity)"])).t(". ")
    hb = c.ri(108, 136)
    c.t("Observations: ").c(f"BP {c.ri(104, 132)}/{c.ri(62, 84)}").t(", ").c(f"HR {c.ri(64, 92)}").t(", ")
    c.c(f"T {c.fl(36.3, 37.2)} C").t("; ").c(f"Hb {hb} g/L").t(", blood group ").c(c.ch(["O RhD positive", "A RhD positive", "B RhD negative"])).t(".\n\n")
    prev = c.ri(0, 2)
    c.t("This was her ").c(["first", "second", "third"][prev]).t(" miscarriage. ")
    if prev >= 2:
        c.t("As this is her third consecutive first-trimester loss she has been referred to the recurrent miscarriage clinic (")
        c.c("antiphospholipid antibodies, karyotype of products not available, TSH").t(").\n")
    else:
        c.t("She does not meet criteria for recurrent miscarriage investigation (").c("3 or more consecutive losses").t(").\n")
    c.t("Advice: ").c("folic acid 400 micrograms daily").t(" before trying again; she may self-refer to EPU for a reassurance scan at ")
    c.c("6-7 weeks").t(" in a future pregnancy (EPU line ").ph(phone(c, EN_HOSP_AREA[hosp], False)).t(").\n")
    c.t("Miscarriage Association and our bereavement midwife details given. ").c("Sick note 2/52").t(" issued.\n\n")
    c.t("Yours sincerely,\n\nMiss ").nm(cons.fl).t(", Consultant Obstetrician and Gynaecologist (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("cc: ").nm(q.fl).t(" (patient), by e-mail to ").em(q.mail(c.ch(["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"]), c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], a)


def en_colposcopy_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 49)
    a = place(c)
    gp, colp = c.staff(), c.staff("f")
    prac = c.ch(EN_PRACT)
    nhs, hn = nhs_no(c.r), _en_hosp_no(c)
    smear = c.dt(-70, -35)
    clinic = c.wdt(-20, -8)
    hist = clinic + timedelta(days=c.ri(7, 14))
    cyt = c.ch(["high-grade dyskaryosis (moderate)", "high-grade dyskaryosis (severe)", "low-grade dyskaryosis",
                "borderline change in squamous cells"])
    hpv = c.ch(["HPV 16 detected", "HPV 18 detected", "HPV other high-risk types detected", "HPV 16 and other hrHPV detected"])
    lletz = "high" in cyt
    hosp = c.ch(EN_HOSP)
    c.t(f"Colposcopy Unit, {hosp}\nTel ").ph(phone(c, EN_HOSP_AREA[hosp], False)).t("\n\n")
    c.t("Date: ").d(hist + timedelta(days=c.ri(1, 5)), c.ch(["dmy", "long"])).t("\n")
    c.t("To: Dr ").nm(gp.fi2).t(f", {prac}\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.LFF, q.lf])).t("   DOB: ").d(dob, "dmy").t("   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2)))
    c.t("   Hosp: ").id(hn).t("\n")
    c.t("Referral: cervical screening sample taken ").d(smear, c.ch(["dmy", "long"])).t(" - ").c(hpv).t("; cytology ").c(cyt).t("\n")
    c.t("Screening history: ").c(c.ch(["first abnormal result", "previous LLETZ 2014, normal since", "two previous hrHPV positive, cytology negative"]))
    c.t("\nContraception: ").c(c.ch(["Mirena IUS", "COCP", "condoms", "desogestrel 75 micrograms OD", "partner vasectomy"]))
    c.t("   Smoker: ").c(c.ch(["no", f"yes, {c.ri(5, 20)}/day", "ex-smoker"])).t("\n\n")
    c.t("Colposcopy (").d(clinic, c.ch(["dmy", "dmo"])).t("): ").c(f"TZ type {c.ch(['1', '1', '2', '3'])}").t(", ")
    c.c(c.ch(["dense acetowhite epithelium", "thin acetowhite change", "acetowhite with mosaic and coarse punctation"]))
    c.t(" at ").c(f"{c.ri(1, 5)} to {c.ri(6, 11)} o'clock").t(", ").c(f"Swede score {c.ri(4, 8)}/10").t(". Lugol's iodine: ")
    c.c(c.ch(["non-staining", "partial uptake"])).t(".\n")
    if lletz:
        c.t("LLETZ under local anaesthetic (").c("Citanest 3% with felypressin 4.4 mL").t("): ")
        c.c(f"{c.ri(14, 24)} x {c.ri(10, 20)} x {c.ri(6, 12)} mm").t(", single piece, haemostasis with ").c("ball diathermy").t(".\n")
        res = c.ch(["CIN3, completely excised", "CIN2, completely excised", "CIN3, endocervical margin involved",
                    "CGIN with CIN3, margins clear"])
        c.t("Histology (").d(hist, "dmy").t("): ").c(res).t(".\n\n")
        c.t("Plan: ").c("test of cure (hrHPV) at 6 months").t(" in primary care, due ").d(clinic + timedelta(days=182), c.ch(["my", "mshy"]))
        c.t(". ").c("hrHPV negative: return to 3-yearly recall").t("; positive: back to colposcopy.\n")
        c.t("No intercourse, tampons or swimming for ").c("4 weeks").t("; expect discharge for up to ").c("4 weeks").t(".\n")
    else:
        res = c.ch(["CIN1 / HPV changes", "no CIN", "CIN1"])
        c.t("Punch biopsy x ").c(f"{c.ri(1, 2)}").t(": ").c(res).t(" (reported ").d(hist, "dmy").t(").\n\n")
        c.t("Plan: ").c("no treatment; repeat hrHPV test in 12 months").t(" (due ").d(clinic + timedelta(days=365), c.ch(["my", "mshy"])).t(").\n")
    c.t("\n")
    c.nm(colp.fl).t(", Nurse Colposcopist (NMC ").id(nmc_pin(c.r)).t(")\ncc ").nm(q.fi).t(", ")
    addr_lines(c, a).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], a)


def en_epu_phone_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(18, 42)
    a = place(c)
    hn = _en_hosp_no(c).lower()
    nurse, hca = c.staff("f"), c.staff("f")
    partner = c.husband(q)
    d1 = c.dt(-3, 0)
    lmp = d1 - timedelta(days=c.ri(38, 70))
    upt = lmp + timedelta(days=c.ri(30, 36))
    scan = d1 + timedelta(days=c.ri(1, 2))
    mob = phone(c)
    c.t(f"epu phone triage log - {c.ch(['kmh', 'qmc', 'lri', 'rdh'])}\n\n")
    c.d(d1, "d/m").t(f" {c.tm(8, 11)} call from pt ").nm(q.low).t(" dob ").d(dob, "d/m/yy").t(" hosp no ").id(hn).t("\n")
    c.t("c/o ").c(c.ch(["pv bleeding", "brown spotting", "fresh pv bleeding with clots"])).t(" since ").c(f"{c.ri(1, 4)}/7")
    c.t(", lmp ").d(lmp, "d/m").t(" -> approx ").c(f"{(d1 - lmp).days // 7}/40").t(", upt +ve ").d(upt, "d/m").t("\n")
    c.t("pain ").c(f"{c.ri(2, 7)}/10").t(" ").c(c.ch(["l iliac fossa", "r iliac fossa", "suprapubic, crampy"])).t(", ")
    c.c(c.ch(["no shoulder tip pain", "denies shoulder tip pain"])).t(", ").c(c.ch(["no dizziness", "felt faint once"]))
    c.t(", pads ").c(f"{c.ri(1, 4)} in 24h").t("\n")
    c.t("hx: ").c(c.ch(["1 x ectopic (l salpingectomy)", "prev mmc x1", "nil", "pcos, clomid cycle"])).t(", ")
    c.c(c.ch(["G2 P1", "G1 P0", "G3 P1+1", "G4 P2+1"])).t("\n")
    c.t("plan: booked epu scan ").d(scan, c.ch(["d/m", "dm"])).t(f" {c.tm(8, 12)}, advised a&e if ")
    c.c("soaking >2 pads/hr").t(" or ").c("collapse / severe pain").t("\ncb no ").ph(mob).t(" - ok to leave vm\n")
    c.t("partner ").nm(partner.lowf if c.yes(0.5) else partner.low).t(" aware, will drive her in\n")
    c.t("taken by ").nm(nurse.lowf).t(" (rn)\n\n")
    c.d(d1 + timedelta(days=c.ri(0, 1)), "d/m").t(f" {c.tm(13, 18)} pt rang back - ")
    c.c(c.ch(["bleeding heavier, 3 pads since lunch", "bleeding settling", "pain worse, now 8/10"])).t(". ")
    c.t("advised ").c(c.ch(["attend gau now", "keep scan appt", "attend ed - ectopic not excluded"])).t(". ")
    c.t("obs at gau: ").c(f"bp {c.ri(96, 128)}/{c.ri(58, 80)}").t(" ").c(f"hr {c.ri(68, 110)}").t(" ").c(f"sats {c.ri(96, 100)}%")
    c.t(" ").c(f"t {c.fl(36.2, 37.6)}").t("\n").nm(hca.lowf).t(" (hca) did ").c("upt + fbc + g&s + hcg").t("\n")
    return _end(c, q, dob, [("hospital", hn)], a, mob)


def en_menopause_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(45, 58)
    a = place(c)
    gp, doc = c.staff(), c.staff("f")
    prac = c.ch(EN_PRACT)
    nhs = nhs_no(c.r)
    clinic = c.wdt(-10, 0)
    lmp = clinic - timedelta(days=c.ri(80, 700))
    h, w = c.ri(152, 176), c.ri(54, 104)
    gcs_p, gcs_s, gcs_v = c.ri(4, 20), c.ri(2, 13), c.ri(2, 6)
    tt, shbg = round(c.r.uniform(0.3, 1.2), 1), c.ri(30, 110)
    hosp = c.ch(EN_HOSP)
    c.t(f"Menopause Clinic, {hosp}\n\n").d(clinic + timedelta(days=c.ri(2, 8)), "long").t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f", {prac}, ").ad(a.town).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"Re: {q.title} ").nm(q.fl).t(", DOB ").d(dob, "dmy").t(", NHS ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\n\n")
    c.t("Diagnosis: ").c(c.ch(["perimenopause", "menopause", "menopause with genitourinary syndrome"])).t(" (").c("N95.1").t(")\n")
    c.t("LMP ").d(lmp, c.ch(["my", "mshy"])).t("; ").c(f"{c.ri(8, 16)} hot flushes a day").t(", ").c("night sweats")
    c.t(", ").cl(c.r.sample(["low mood", "brain fog", "joint aches", "poor sleep", "vaginal dryness", "low libido", "anxiety"], 3)).t(".\n")
    c.t("Greene Climacteric Scale ").c(f"{gcs_p + gcs_s + gcs_v}/63").t(" (psychological ").c(f"{gcs_p}").t(", somatic ")
    c.c(f"{gcs_s}").t(", vasomotor ").c(f"{gcs_v}").t(").\n")
    c.t("Examination: ").c(f"BP {c.ri(112, 148)}/{c.ri(68, 92)}").t(", ").c(f"BMI {bmi(h, w):.1f}").t(" (").c(f"{w} kg").t(", ")
    c.c(f"{h} cm").t("). Non-smoker. ").c(c.ch(["No personal or family history of VTE", "Mother had breast cancer at 68", "No breast cancer in first-degree relatives"]))
    c.t(". Last mammogram ").d(clinic - timedelta(days=c.ri(100, 900)), c.ch(["my", "mshy"])).t(" (").c("normal").t(").\n\n")
    c.t("Current treatment: ").c(c.ch(["Evorel 50 patch twice weekly", "Oestrogel 2 pumps daily", "Elleste Duet 2 mg"]))
    c.t(" with ").c(c.ch(["Utrogestan 200 mg days 15-26", "Utrogestan 100 mg nightly continuous", "Mirena IUS (fitted 2022)"])).t(".\n")
    c.t("Plan:\n1. ").c(c.ch(["Increase Oestrogel to 3 pumps daily", "Change to Evorel 75 patch twice weekly", "Sandrena 1 mg gel daily"]))
    c.t("; ").c("Utrogestan 100 mg nocte continuous").t(" once ").c("12 months amenorrhoea").t(".\n2. ").c("Vagifem 10 microgram pessary nightly for 2 weeks then twice weekly").t(".\n")
    c.t("3. Testosterone: total ").c(f"{tt} nmol/L").t(", SHBG ").c(f"{shbg} nmol/L").t(", FAI ").c(f"{100 * tt / shbg:.1f}")
    c.t("; trial of ").c("Testogel 1/8 sachet (5 mg) daily").t("; recheck levels in ").c("3 months").t(".\n")
    c.t("4. Unscheduled bleeding beyond ").c("6 months").t(" of starting continuous HRT needs a TVS.\n\n")
    c.t("Review in 3 months (").d(clinic + timedelta(days=c.ri(84, 100)), c.ch(["dmy", "long"])).t("). She can reach the menopause nurses on ")
    c.ph(phone(c, EN_HOSP_AREA[hosp], False)).t(".\n\nYours sincerely\n\nDr ").nm(doc.fl).t(", BMS Menopause Specialist (GMC ").id(gmc_no(c.r)).t(")\n")
    c.t("Copy to patient: ")
    addr_lines(c, a).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], a)


def en_endo_opnote(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(22, 44)
    hn, nhs = _en_hosp_no(c), nhs_no(c.r)
    surg, asst, anaes = c.staff(), c.staff(), c.staff()
    od = c.wdt(-5, 0)
    endo = c.ri(2, 5)
    peri, ovary, adh = c.ri(1, 6), c.ch([0, 16, 20]), c.ch([0, 4, 8, 16])
    score = peri + ovary + adh
    stage = "I" if score <= 5 else "II" if score <= 15 else "III" if score <= 40 else "IV"
    c.t(f"OPERATION NOTE - {c.ch(EN_HOSP)}, Theatre {c.ri(1, 9)}\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   Hosp No: ").id(hn).t("   NHS: ").id(nhs).t("   DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Date: ").d(od, "dmy").t(f"   Surgeon: {'Mr' if surg.sex == 'm' else 'Miss'} ").nm(surg.fL).t("   Assistant: Dr ").nm(asst.fl).t(f" (ST{c.ri(3, 7)})")
    c.t("   Anaesthetist: Dr ").nm(anaes.fi).t("\nAnaesthetic: ").c("GA + ETT").t("   Antibiotics: ").c("cefuroxime 1.5 g + metronidazole 500 mg IV").t("\n")
    c.t("Indication: ").cl(c.r.sample(["dysmenorrhoea", "deep dyspareunia", "dyschezia", "chronic pelvic pain", "subfertility"], 3))
    c.t("; MRI ").c(c.ch(["left endometrioma 4.2 cm", "right uterosacral nodule 1.8 cm", "bilateral endometriomas"])).t("\n")
    c.t("Procedure: ").c("laparoscopic excision of endometriosis").t(c.ch(["", " and left ovarian cystectomy", " and adhesiolysis"])).t("\n")
    c.t("Entry: ").c(c.ch(["Palmer's point", "open Hasson umbilical"])).t(", ").c("10 mm umbilical + 3 x 5 mm lateral ports").t("\n")
    c.t("Findings: uterus ").c(c.ch(["normal size", "bulky, ? adenomyosis"])).t("; ")
    c.c(f"superficial peritoneal disease {c.ri(1, 3)} cm").t(" on ").c(c.ch(["left pelvic side wall", "bladder peritoneum", "both uterosacral ligaments"]))
    c.t("; ovaries ").c(c.ch(["normal", "left endometrioma 4 cm", "kissing ovaries with endometriomas"])).t("; pouch of Douglas ")
    c.c(c.ch(["clear", "partially obliterated", "completely obliterated"])).t(".\n")
    c.t("rASRM score ").c(f"{score}").t(" = ").c(f"stage {stage}").t(f" (peritoneum {peri}, ovary {ovary}, adhesions {adh}).\n")
    c.t("Both ureters ").c("identified and preserved").t("; ").c(c.ch(["dye test: bilateral spill", "dye test not performed", "dye test: left spill only"]))
    c.t(".\nEBL ").c(f"{c.ri(20, 250)} mL").t(". Port sites ").c("bupivacaine 0.25% 20 mL").t(", ").c("3-0 Monocryl").t(" subcuticular.\n")
    c.t("Specimens: ").c(f"{endo} pots").t(" to histology.\nCoding: ").cl(["N80.3", "N80.1" if ovary else "N80.4", "Y75.2"]).t("\n\n")
    c.t("Post-op: ").c("paracetamol 1 g QDS").t(", ").c("ibuprofen 400 mg TDS with food").t(", ").c("codeine 30 mg QDS PRN").t("; ")
    c.c("enoxaparin 40 mg SC OD for 7 days").t("; ").c(c.ch(["dienogest 2 mg OD", "continuous COCP (Rigevidon)", "Mirena IUS inserted at surgery"]))
    c.t("\nDay case if ").c("voided and mobile").t(". Follow-up in ").c("6 weeks").t(" (").d(od + timedelta(days=42), c.ch(["dmy", "dmo"])).t(").\n")
    c.t(f"{'Mr' if surg.sex == 'm' else 'Miss'} ").nm(surg.last).t(", Consultant Gynaecologist, BSGE accredited centre (GMC ").id(gmc_no(c.r)).t(")\n")
    return _end(c, q, dob, [("hospital", hn), ("nhs", nhs)])


def en_2ww_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(52, 95)
    a = place(c)
    gp = c.staff()
    prac = c.ch(EN_PRACT)
    nhs = nhs_no(c.r)
    ref = c.wdt(-3, 0)
    onset = ref - timedelta(days=c.ri(10, 60))
    kind = c.ch(["pmb", "pmb", "ovary"])
    mob, home = phone(c), phone(c, a.area, False)
    c.t("SUSPECTED GYNAECOLOGICAL CANCER - URGENT REFERRAL (2WW / FDS)\n")
    c.t(f"To: Gynaecology Rapid Access Clinic, {c.ch(EN_HOSP)}   via e-RS   UBRN: ").id(ubrn(c.r)).t("\n")
    c.t("Date of decision to refer: ").d(ref, "dmy").t("\n\nPatient: ").nm(c.ch([q.fL, q.fl])).t("   DOB: ").d(dob, "dmy")
    c.t(" (age ").age(age).t(")   NHS: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nAddress: ")
    addr_lines(c, a).t("\nTel: ").ph(home).t("   Mobile: ").ph(mob).t("\n")
    interp = {"guj": "Gujarati", "pak": "Urdu", "pol": "Polish"}.get(q.grp)
    c.t("Interpreter: " + (f"yes - {interp}" if interp else "not required") + "   Transport: ")
    c.t("needs hospital transport\n" if age >= 80 else "own\n")
    gt = c.ch([t for t in TOWNS["en"] if t[0] != a.town])
    c.t("Referring GP: Dr ").nm(gp.fl).t(f", {prac}, ").ad(gt[0]).t("   Direct line: ").ph(phone(c, gt[2], False)).t("\n\n")
    if kind == "pmb":
        et = c.fl(4.2, 19.0)
        c.t("Criteria: ").c("postmenopausal bleeding (> 12 months after menopause)").t(", first episode ").d(onset, c.ch(["dmy", "long"])).t(".\n")
        c.t("Menopause at ").c(f"{c.ri(46, 55)}").t("; ").c(c.ch(["not on HRT", "on continuous combined HRT", "stopped HRT 2019"]))
        c.t("; ").c(c.ch(["tamoxifen 20 mg OD", "no tamoxifen"])).t(". ").c(f"BMI {c.fl(24, 44)}").t(", ").c(c.ch(["type 2 diabetes (HbA1c 61 mmol/mol)", "no diabetes"])).t(".\n")
        c.t("Direct-access TVS: ").c(f"endometrial thickness {et} mm").t(" (").c("threshold 4 mm").t("), ")
        c.c(c.ch(["no focal lesion", "possible polyp", "fluid in cavity"])).t("; ovaries ").c("not enlarged").t(".\n")
    else:
        ca = c.ri(36, 980)
        uss, u = c.ch([("multilocular cyst 8 cm left adnexa with solid areas", 3), ("bilateral solid-cystic masses", 3),
                       ("ascites and omental thickening", 3), ("unilocular cyst 6 cm with one papillary projection", 1)])
        c.t("Criteria: ").c("persistent bloating and early satiety").t(" since ").d(onset, c.ch(["dmy", "long"])).t("; ").c("raised CA-125").t(".\n")
        c.t("CA-125 ").c(f"{ca} kU/mL").t(" (").c("ref < 35").t("). USS: ").c(uss)
        c.t(".\nRMI = U x M x CA-125 = ").c(f"{u} x 3 x {ca} = {u * 3 * ca}").t(" (").c("> 200 high risk" if u * 3 * ca > 200 else "< 200").t(").\n")
    c.t("PMH: ").cl(c.r.sample(["hypertension", "AF on apixaban 5 mg BD", "hypothyroidism", "osteoarthritis", "COPD", "CKD 3a (eGFR 52)"], 2))
    c.t("\nBloods: ").c(f"Hb {c.ri(98, 142)} g/L").t(", ").c(f"creatinine {c.ri(58, 128)} umol/L").t(", ").c(f"eGFR {c.ri(38, 90)}").t("\n")
    c.t("Patient informed this is an urgent suspected cancer referral and is available in the next 2 weeks: ").c("yes").t("\n")
    return _end(c, q, dob, [("nhs", nhs)], a, mob)


def en_contraception(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(17, 40)
    a = place(c)
    nurse = c.staff("f")
    cn = f"{c.ch(['NSH', 'LSH', 'DSH'])}{c.ri(10, 99)}-{c.dig(5)}"
    vd = c.wdt(-4, 0)
    lmp = vd - timedelta(days=c.ri(3, 12))
    method = c.ch(["implant", "ius", "cuiud"])
    mob = phone(c)
    c.t(f"INTEGRATED SEXUAL HEALTH SERVICE - {c.ch(EN_SH)}\n")
    c.t("Clinic no: ").id(cn).t("   Name: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, "dmy").t("   Postcode: ").zp(a.zip).t("\n")
    c.t("Contact: ").ph(mob).t(" - ").c(c.ch(["texts OK, no voicemail", "texts OK", "call only, do not text"])).t("\n")
    c.t("Visit: ").d(vd, "dmy").t("   LMP: ").d(lmp, "dmy").t(" (").c("normal, on time").t(")   UPSI since LMP: ").c("no").t("\n")
    c.t("Current method: ").c(c.ch(["COCP (Microgynon 30)", "condoms", "Depo-Provera 150 mg IM, due today", "none"]))
    c.t("   Parity: ").c(c.ch(["P0", "P1", "P2", "P1 (LSCS)"])).t("\n")
    bm = c.uf(19.5, 38.0)
    mec = "BMI > 35 (UKMEC 3 for COC)" if bm > 35 else c.ch(["no conditions (UKMEC 1)", "migraine without aura (UKMEC 2 for oestrogen)"])
    c.t("UKMEC: ").c(mec)
    c.t("\nObs: ").c(f"BP {c.ri(102, 134)}/{c.ri(62, 86)}").t("   ").c(f"BMI {bm}").t("   Smoker: ").c(c.ch(["no", "vapes", "yes, 10/day"]))
    c.t("\nPregnancy test: ").c("negative").t("   STI screen: ").c("CT/GC NAAT (self-taken vulvovaginal swab)").t(", ").c("HIV and syphilis bloods").t("\n\n")
    if method == "implant":
        c.t("Procedure: ").c("Nexplanon 68 mg subdermal implant").t(", ").c(c.ch(["left", "right"])).t(" non-dominant arm, ")
        c.c("8-10 cm above medial epicondyle").t(", ").c("lidocaine 1% 2 mL").t(". Batch ").c(f"{c.ch('RSTV')}{c.dig(6)}").t(". Palpated by patient and clinician.\n")
        c.t("Change / removal due: ").d(vd + timedelta(days=365 * 3), c.ch(["my", "mshy"])).t("\n")
    else:
        dev = "Mirena 52 mg LNG-IUS" if method == "ius" else "Cu-IUD T-Safe 380A"
        c.t("Procedure: ").c(dev).t("; ").c(c.ch(["anteverted", "retroverted"])).t(" uterus, sounded to ").c(f"{c.ri(6, 9)} cm").t(", ")
        c.c(c.ch(["no cervical anaesthesia", "intracervical block lidocaine 1% 5 mL"])).t("; threads cut to ").c("3 cm").t(".\n")
        c.t("Post-insertion: ").c(f"HR {c.ri(58, 96)}").t(", ").c(c.ch(["no vasovagal", "brief vasovagal, settled lying flat"])).t(". Thread check in ")
        c.c("6 weeks").t(", change due ").d(vd + timedelta(days=365 * (8 if method == "ius" else 10)), c.ch(["my", "mshy"])).t("\n")
    c.t("Consent: ").c("verbal; risks of infection, perforation (1 in 1000), expulsion discussed").t("\n")
    c.t("Clinician: ").nm(nurse.fl).t(", SRH Nurse (NMC ").id(nmc_pin(c.r)).t(")   Letter to GP: ").c(c.ch(["declined", "consented"])).t("\n")
    return _end(c, q, dob, [("clinic", cn)], a, mob)


def en_fibroid_clinic(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(30, 50)
    a = place(c)
    cons, gp = c.staff(), c.staff()
    partner = c.husband(q)
    nhs, hn = nhs_no(c.r), _en_hosp_no(c)
    clinic = c.wdt(-8, 0)
    mri = clinic - timedelta(days=c.ri(10, 40))
    d1, d2, d3 = c.uf(4.0, 11.0), c.uf(3.5, 10.5), c.uf(3.5, 10.0)
    vol = 0.523 * d1 * d2 * d3
    hb = c.ri(82, 118)
    fert = c.yes(0.5)
    c.t(f"Gynaecology Outpatients - Fibroid Clinic, {c.ch(EN_HOSP)}\n")
    c.t("Seen: ").d(clinic, c.ch(["dmy", "long"])).t(f"   Consultant: {'Mr' if cons.sex == 'm' else 'Miss'} ").nm(cons.fl).t("\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t(" (").d(dob, "dmy").t(")   NHS ").id(nhs).t("   MRN ").id(hn).t("\n")
    c.t("GP: Dr ").nm(gp.fi).t(f", {c.ch(EN_PRACT)}\n\n")
    c.t("Presenting complaint: ").c("heavy menstrual bleeding").t(" with flooding and clots, ").c(f"PBAC {c.ri(180, 420)}").t(", ")
    c.c(f"cycle {c.ri(24, 32)}/{c.ri(6, 10)}").t("; ").c("urinary frequency").t("; ").c("pressure symptoms").t(".\n")
    c.t("MRI pelvis (").d(mri, c.ch(["dmy", "dmo"])).t("): uterus ").c(f"{c.ri(11, 18)} cm").t(" long; dominant ")
    c.c(f"FIGO type {c.ch(['2-5', '3', '4', '5', '6'])}").t(" fibroid ").c(f"{d1} x {d2} x {d3} cm").t(" (").c(f"volume {vol:.0f} mL").t("), ")
    c.c(f"{c.ri(2, 5)} further small intramural fibroids").t("; ").c("no features of degeneration or sarcoma").t(".\n")
    c.t("Bloods: ").c(f"Hb {hb} g/L").t(", ").c(f"MCV {c.ri(68, 86)} fL").t(", ").c(f"ferritin {c.ri(3, 14)} ug/L").t("\n")
    c.t("Medication: ").c("tranexamic acid 1 g TDS during menses").t(", ").c("mefenamic acid 500 mg TDS").t(", ")
    c.c("ferrous fumarate 210 mg BD").t(" (poorly tolerated)\n\n")
    c.t("Discussion with ").nm(q.first).t(" and her partner ").nm(partner.first).t(": ")
    if fert:
        c.t("wishes to preserve fertility. Plan ").c("open myomectomy").t("; ").c("relugolix CT (Ryeqo 40/1/0.5 mg) OD for 3 months pre-op").t("; ")
    else:
        c.t("family complete. Plan ").c("total laparoscopic hysterectomy and bilateral salpingectomy, ovarian conservation").t("; ")
    c.c("IV ferric carboxymaltose 1000 mg").t(" in the infusion suite; target ").c("Hb > 120 g/L").t(" pre-op.\n")
    c.t("Alternatives discussed: ").cl(["uterine artery embolisation", "LNG-IUS (cavity distorted)", "GnRH analogue"]).t(".\n")
    c.t("Listed: ").c("P3").t(" - expected ").d(clinic + timedelta(days=c.ri(90, 200)), c.ch(["my", "mshy"])).t(". Pre-assessment will phone ").ph(phone(c)).t(".\n")
    c.t("Home address: ")
    addr_lines(c, a).t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], a)


# ---------------------------------------------------------------------------------------- Scotland (Tayside and Fife)
SC_HOSP = orgs("Ninewells Hospital", "Perth Royal Infirmary", "Victoria Hospital", "Queen Margaret Hospital",
               "Stracathro Hospital")
SC_PRACT = orgs("Taybank Medical Centre", "Muirhead Medical Centre", "Tay Court Surgery", "Links Health Centre",
                "Rosemount Surgery", "Airlie Medical Practice", "Bellyeoman Surgery", "Pitteuchar Health Centre")


def sc_colp_results(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 60)
    a = place(c)
    while a.town not in SC_TAYSIDE:
        a = place(c)
    chi = chi_no(c.r, dob, "f")
    gp, colp = c.staff(), c.staff("f")
    visit = c.wdt(-25, -10)
    smear = visit - timedelta(days=c.ri(35, 70))
    sent = visit + timedelta(days=c.ri(12, 20))
    res = c.ch(["cin1", "hpv", "cin2"])
    nurse = c.yes(0.5)
    c.t("NHS Tayside - Colposcopy Service\nWard 36 / Clinic, Ninewells Hospital\nTel ").ph(phone(c, "01382", False)).t("\n\n")
    c.t("Date: ").d(sent, c.ch(["long", "dmy"])).t("\n\nPRIVATE AND CONFIDENTIAL\n")
    c.t(f"{q.title} ").nm(c.ch([q.fl, q.fi])).t("\n").ad(a.line).t("\n").ad(a.town).t("\n").zp(a.zip).t("\n")
    c.t("CHI: ").id(chi if c.yes(0.6) else f"{chi[:6]} {chi[6:]}").t("\n\n")
    if c.yes(0.6):
        c.t("Dear ").nm(q.first).t(",\n\n")
    else:
        c.t(f"Dear {q.title} ").nm(q.last).t(",\n\n")
    c.t("Results of your colposcopy on ").t(c.wd(visit) + " ").d(visit, "long").t("\n\n")
    if res == "cin2":
        c.t("The biopsy showed ").c("CIN2 (moderate cell changes)").t(". As we discussed, we recommend ").c("large loop excision (LLETZ)")
        c.t(" under local anaesthetic. An appointment has been made for ").d(sent + timedelta(days=c.ri(14, 30)), "long").t(".\n")
    elif res == "cin1":
        c.t("The biopsy showed ").c("CIN1 (mild cell changes)").t(". These usually settle on their own and ").c("no treatment is needed")
        c.t(". You will be invited for an HPV test in ").c("12 months").t(" (around ").d(visit + timedelta(days=365), "my").t(").\n")
    else:
        c.t("The biopsy showed ").c("HPV-related changes only, no CIN").t(". You will be invited for an HPV test in ").c("12 months").t(".\n")
    c.t("\nFor your GP, Dr ").nm(gp.fi2).t(f", {c.ch(SC_PRACT)}:\n")
    c.t("Referral sample ").d(smear, "dmy").t(": ").c(c.ch(["hrHPV 16 positive", "hrHPV 18 positive", "hrHPV (other) positive"])).t(", ")
    c.c("high-grade dyskaryosis (moderate)" if res == "cin2" else c.ch(["low-grade dyskaryosis", "borderline nuclear change"])).t("\n")
    c.t("Colposcopy: ").c(f"TZ type {c.ch(['1', '2'])}").t(", ").c(c.ch(["minor acetowhite change at 12 o'clock", "acetowhite with fine mosaic 2-4 o'clock", "dense acetowhite 6 o'clock"]))
    c.t(", ").c(f"punch biopsy x{c.ri(1, 3)}").t("; ").c(c.ch(["cervix otherwise healthy", "ectropion", "Nabothian follicles"])).t("\n")
    c.t("Examination: ").c("speculum, 5% acetic acid and Lugol's iodine").t("; ").c(c.ch(["no contact bleeding", "contact bleeding"])).t("; ")
    c.c(f"LMP {c.ri(3, 20)} days ago").t("; contraception ").c(c.ch(["Nexplanon", "COCP", "none", "LNG-IUS"])).t("; ").c(c.ch(["non-smoker", "smoker 10/day"])).t("\n")
    c.t("SCCRS updated: ").c({"cin2": "treatment pending", "cin1": "colposcopy follow-up, HPV test 12 months", "hpv": "HPV test 12 months"}[res]).t("\n\n")
    c.t("If you have questions please call the colposcopy nurses on the number above.\n\nYours sincerely\n\n")
    if nurse:
        c.nm(colp.fl).t(", Nurse Colposcopist (NMC PIN ").id(nmc_pin(c.r, "S")).t(")\n")
    else:
        c.t("Dr ").nm(colp.fl).t(", Consultant Gynaecologist (GMC ").id(gmc_no(c.r)).t(")\n")
    return _end(c, q, dob, [("chi", chi)], a)


def sc_menopause_nearme(c: C) -> Note:
    q = c.pat()
    poi = c.yes(0.45)
    dob, age = c.adult(32, 39) if poi else c.adult(46, 56)
    a = place(c)
    chi = chi_no(c.r, dob, "f")
    doc = c.staff("f")
    partner = c.husband(q)
    vd = c.wdt(-4, 0)
    tok = c.tok(10)
    mob = phone(c)
    board = "Tayside" if a.town in SC_TAYSIDE else "Fife"
    c.t(f"NHS {board} Menopause Service - Near Me video consultation\n")
    c.t("Date: " + c.wd(vd) + " ").d(vd, c.ch(["long", "dmy"])).t(f" {c.tm(9, 16)}   Clinician: Dr ").nm(doc.fl).t(" (GPwSI menopause), ")
    c.em(doc.mail("nhs.scot", c.ri(0, 3))).t("\n")
    c.t("Patient: ").nm(c.ch([q.FL, q.fl, q.fL])).t(" (").age(age).t(")   CHI: ").id(chi).t("   Location: home, ").ad(a.town).t("\n")
    c.t("Link: ").p("URL", f"https://nearme.scot/c/{board.lower()}-menopause/{tok}").t("   Connected from ").p("IP", c.ip())
    c.t("   Video/audio: ").c(c.ch(["good", "audio lag, adequate"])).t("\n")
    c.t("Identity checked (name and DOB ").d(dob, "dmy").t("); consent to video; ").c("nobody else in the room").t(" initially - her partner ")
    c.nm(partner.first).t(" joined later at her request.\n\n")
    if poi:
        f1, f2 = c.ri(32, 88), c.ri(30, 95)
        d1 = vd - timedelta(days=c.ri(70, 120))
        c.t("History: ").c(f"secondary amenorrhoea {c.ri(6, 14)} months").t(", hot flushes, ").c("low mood").t(". FSH ").c(f"{f1} IU/L").t(" (")
        c.d(d1, "dmo").t(") and ").c(f"{f2} IU/L").t(" (").d(d1 + timedelta(days=c.ri(35, 56)), "dmo").t("), ").c(f"oestradiol {c.ri(40, 110)} pmol/L")
        c.t(", ").c("TSH 1.8 mU/L").t(", ").c("prolactin normal").t(", ").c("karyotype 46,XX").t(", ").c("FMR1 premutation negative").t(".\n")
        c.t("Impression: ").c("premature ovarian insufficiency").t(" (").c("E28.3").t(").\n")
        c.t("DEXA (").d(vd - timedelta(days=c.ri(10, 40)), "dmo").t("): ").c(f"L1-L4 T-score -{c.fl(0.6, 2.2)}").t(", ").c(f"hip T-score -{c.fl(0.2, 1.6)}").t(".\n")
        c.t("Plan: ").c("Evorel Conti 50/170 patch twice weekly").t(" until at least ").c("age 51").t(" (COCP offered as an alternative); ")
        c.c("vitamin D 1000 units daily").t("; ").c("repeat DEXA in 2 years").t("; Daisy Network information sent; contraception still needed (").c("5-10% conceive").t(").\n")
    else:
        c.t("Review of HRT started ").d(vd - timedelta(days=c.ri(80, 110)), c.ch(["my", "long"])).t(": ").c(c.ch(["Oestrogel 2 pumps + Utrogestan 100 mg nocte", "Evorel Sequi", "Estradot 50 + Mirena IUS"]))
        c.t(". Flushes down from ").c(f"{c.ri(10, 16)}/day to {c.ri(0, 4)}/day").t(", sleep better; ").c(c.ch(["breakthrough bleeding settled at month 2", "no bleeding", "breast tenderness first 6 weeks"])).t(".\n")
        c.t("MRS score ").c(f"{c.ri(24, 36)} -> {c.ri(6, 14)}").t(". ")
    c.t("Home readings: ").c(f"BP {c.ri(110, 138)}/{c.ri(66, 86)}").t(", ").c(f"weight {c.ri(52, 98)} kg").t(". ").c("No migraine with aura, no VTE history").t(".\n")
    c.t("Next Near Me review ").d(vd + timedelta(days=c.ri(84, 180)), c.ch(["long", "dmy"])).t("; if the video fails we will phone ").ph(mob).t(".\n")
    return _end(c, q, dob, [("chi", chi)], a, mob)


def sc_ectopic_mtx(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(21, 42)
    a = place(c)
    while a.town in SC_TAYSIDE:
        a = place(c)
    chi = chi_no(c.r, dob, "f")
    reg, nurse = c.staff(), c.staff("f")
    partner = c.husband(q)
    d1 = c.wdt(-10, -7)
    h1 = c.ri(420, 2900)
    h4 = int(h1 * c.uf(0.95, 1.35, 2))
    h7 = int(h4 * c.uf(0.45, 0.84, 2))
    fall = (h4 - h7) / h4 * 100
    ht, wt = c.ri(150, 178), c.ri(50, 104)
    s = bsa(ht, wt)
    rhneg = c.yes(0.3)
    c.t("NHS Fife - Early Pregnancy Assessment Service, Victoria Hospital\nMETHOTREXATE FOR ECTOPIC PREGNANCY - RECORD AND DISCHARGE\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.LFF])).t("   CHI: ").id(chi).t("   DOB: ").d(dob, "dmy").t("\nAddress: ")
    addr_lines(c, a).t("\nNext of kin: ").nm(partner.fl).t(" (partner) ").ph(phone(c)).t("\n\n")
    c.t("TVS (").d(d1, "dmy").t("): ").c("no intrauterine pregnancy").t("; ").c(f"{c.ch(['left', 'right'])} adnexal mass {c.ri(12, 32)} x {c.ri(10, 26)} mm")
    c.t(", ").c("no fetal heart").t("; ").c(c.ch(["no free fluid", "small volume free fluid in POD"])).t(".\n")
    c.t("Criteria for medical management met: ").c("haemodynamically stable, hCG < 5000 IU/L, mass < 35 mm, no FH").t(".\n")
    c.t("Pre-treatment: ").c(f"Hb {c.ri(112, 142)} g/L").t(", ").c(f"platelets {c.ri(160, 380)}").t(", ").c(f"ALT {c.ri(9, 38)} U/L").t(", ")
    c.c(f"creatinine {c.ri(48, 82)} umol/L").t(".\n")
    c.t("Height ").c(f"{ht} cm").t(", weight ").c(f"{wt} kg").t(", ").c(f"BSA {s:.2f} m2").t(" -> ").c(f"methotrexate 50 mg/m2 = {50 * s:.0f} mg IM")
    c.t(" given ").d(d1, "dmy").t(f" {c.tm(10, 16)} by SN ").nm(nurse.fi).t(".\n")
    if rhneg:
        c.t("Blood group ").c("O RhD negative").t(": ").c("anti-D 250 IU IM").t(" given same day.\n")
    c.t("\nSerum hCG (IU/L):\n  Day 1 ").d(d1, "dm").t("   ").c(f"{h1:,}").t("\n  Day 4 ").d(d1 + timedelta(days=3), "dm").t("   ").c(f"{h4:,}")
    c.t("\n  Day 7 ").d(d1 + timedelta(days=6), "dm").t("   ").c(f"{h7:,}").t("\nFall day 4 to day 7: ").c(f"{fall:.0f}%").t(" (")
    c.c("adequate >= 15%" if fall >= 15 else "< 15%: second dose considered").t(").\n\n")
    c.t("Advice given: ").cl(["no alcohol", "avoid NSAIDs and folic acid", "avoid sun exposure", "no sex until hCG negative"])
    c.t("; avoid pregnancy for ").c("3 months").t(" (until ").d(d1 + timedelta(days=92), "my").t("). Weekly hCG until ").c("< 5 IU/L").t(", next ")
    c.d(d1 + timedelta(days=13), c.ch(["dmo", "dmy"])).t(".\nEPAS 24 h line ").ph(phone(c, "01592", False)).t(" - attend if pain, dizziness or shoulder tip pain.\n")
    c.t("Dr ").nm(reg.fi).t(f" (ST{c.ri(3, 7)} O&G)\n")
    return _end(c, q, dob, [("chi", chi)], a)


# ---------------------------------------------------------------------------------------- Wales (north)
CY_HOSP = orgs("Ysbyty Gwynedd", "Ysbyty Glan Clwyd", "Wrexham Maelor Hospital", "Ysbyty Penrhos Stanley")
CY_PRACT = orgs("Meddygfa'r Bont", "Canolfan Iechyd Bodnant", "Meddygfa Rhoslan", "Canolfan Feddygol Glan Môr",
                "Meddygfa Bryn Meddyg", "Meddygfa Pen y Maes")


def cy_colp_appt(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 64)
    a = place(c)
    nhs = nhs_no(c.r)
    colp = c.staff("f")
    sent = c.wdt(-5, 0)
    smear = sent - timedelta(days=c.ri(20, 45))
    appt = sent + timedelta(days=c.ri(10, 40))
    while appt.weekday() >= 5:
        appt += timedelta(days=1)
    hosp = c.ch(CY_HOSP[:2])
    mob = phone(c)
    c.t("Bwrdd Iechyd Prifysgol Betsi Cadwaladr University Health Board\n")
    c.t(f"Clinig Colposgopi / Colposcopy Clinic, {hosp}\nFfôn / Tel: ").ph(phone(c, "01248" if "Gwynedd" in hosp else "01745", False)).t("\n\n")
    c.t("Dyddiad / Date: ").d(sent, "dmy").t("\n")
    c.t("Enw / Name: ").nm(c.ch([q.FL, q.fL, q.fl])).t("\nDyddiad geni / Date of birth: ").d(dob, "dmy").t("\n")
    c.t("Rhif GIG / NHS number: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("\nCyfeiriad / Address: ")
    addr_lines(c, a).t("\n\nAnnwyl / Dear ").nm(q.first).t(",\n\n")
    c.t("Cafodd eich prawf sgrinio serfigol ei gymryd ar / Your cervical screening test taken on ").d(smear, c.ch(["dmy", "long"]))
    c.t(" found:\n  HPV risg uchel / high-risk HPV: ").c(c.ch(["wedi'i ganfod / found (type 16)", "wedi'i ganfod / found (type 18)", "wedi'i ganfod / found (other types)"]))
    c.t("\n  Cytoleg / Cytology: ").c(c.ch(["newidiadau gradd isel / low-grade changes", "newidiadau gradd uchel / high-grade changes", "dim newidiadau / no abnormal cells (HPV found 3 times in a row)"]))
    c.t("\n\nApwyntiad / Appointment: " + c.wd(appt) + " ").d(appt, c.ch(["long", "dmy"])).t(f" am / at {c.tm(9, 15)}, Clinig / Clinic {c.ri(1, 6)}\n")
    c.t("Colposgopydd / Colposcopist: ").nm(colp.fl).t("\n\n")
    c.t("Mae colposgopydd sy'n siarad Cymraeg ar gael / A Welsh-speaking colposcopist is available on request.\n")
    c.t("Please bring a list of medicines; you may take ").c("paracetamol 1 g").t(" or ").c("ibuprofen 400 mg").t(" an hour before. ")
    c.t("The examination takes ").c("15-20 minutes").t("; treatment, if needed, is done under ").c("local anaesthetic").t(".\n")
    c.t("If you are pregnant or your period is due, please still come - phone us if unsure.\n")
    c.t("Byddwn yn anfon neges destun i'ch atgoffa / We will text a reminder to ").ph(mob).t(".\n\n")
    c.t("Cyfeirnod labordy / Lab ref: ").id(f"{sent.year % 100}CS{c.dig(6)}").t("   Previous test: ").c(c.ch(["normal (2021)", "HPV negative (2020)", "first test"])).t("\n")
    c.t("For the colposcopist: ").c(c.ch(["post-coital bleeding x2", "no symptoms", "intermenstrual spotting"])).t("; ")
    c.c(c.ch(["postmenopausal, not on HRT", "LMP 2 weeks ago", "Mirena IUS in situ", "COCP"])).t("; ").c(c.ch(["non-smoker", "smoker 15/day"]))
    c.t("; ").c(c.ch(["on warfarin (INR 2.4)", "no anticoagulants", "on apixaban 5 mg BD"])).t("\n")
    return _end(c, q, dob, [("nhs", nhs)], a, mob)


def cy_hysterectomy_dc(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(41, 62)
    a = place(c)
    nhs = nhs_no(c.r)
    hn = c.ch([f"G{c.dig(6)}", f"D{c.dig(7)}", f"W{c.dig(6)}"])
    gp, fy = c.staff(), c.staff()
    partner = c.husband(q)
    adm = c.wdt(-6, -2)
    los = c.ri(1, 3)
    route = c.ch(["TLH", "TLH", "TAH"])
    ind = c.ch(["fibroid uterus with HMB", "atypical endometrial hyperplasia", "adenomyosis, failed LNG-IUS"])
    wt_g = c.ri(140, 620)
    bso = ind.startswith("atypical") or age >= 50 or c.yes(0.3)
    hb0, hb1 = c.ri(112, 138), 0
    hb1 = hb0 - c.ri(8, 24)
    c.t(f"DISCHARGE SUMMARY / CRYNODEB RHYDDHAU - Gynaecology, {c.ch(CY_HOSP[:3])}, Ward {c.ri(4, 16)}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   NHS No: ").id(nhs_fmt(nhs, c.ri(0, 2))).t("   Hosp No: ").id(hn).t("   DOB: ").d(dob, "dmy").t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("\nGP: Dr ").nm(gp.fi).t(f", {c.ch(CY_PRACT)}\n")
    c.t("Admitted: ").d(adm, "dmy").t("   Operation: ").d(adm, "dmy").t("   Discharged: ").d(adm + timedelta(days=los), "dmy").t("\n\n")
    proc = {"TLH": "total laparoscopic hysterectomy", "TAH": "total abdominal hysterectomy"}[route]
    c.t("Indication: ").c(ind).t("\nProcedure: ").c(proc + (" + bilateral salpingo-oophorectomy" if bso else " + bilateral salpingectomy")).t("\n")
    c.t("Findings: ").c(f"uterus {c.ri(10, 18)}-week size").t(", ").c(f"weight {wt_g} g").t(", ").c("ovaries normal").t(", ")
    c.c(c.ch(["no adhesions", "filmy adhesions to sigmoid", "previous LSCS scar, bladder adherent"])).t(".\n")
    c.t("EBL ").c(f"{c.ri(50, 600)} mL").t("; ").c(c.ch(["no intra-operative complications", "small bladder serosal tear repaired"])).t(". ")
    c.t("Hb ").c(f"{hb0} -> {hb1} g/L").t(" day 1. Catheter removed ").c("day 1").t(", ").c("passed urine").t(", ").c("eating and drinking").t(".\n\n")
    c.t("Medication on discharge:\n").cl(["paracetamol 1 g QDS", "ibuprofen 400 mg TDS with food", "dihydrocodeine 30 mg QDS PRN",
                                         f"enoxaparin 40 mg SC OD for {c.ch([7, 28])} days", "lactulose 10 mL BD"], "\n")
    if bso and age < 51:
        c.t("\n").c("Evorel 50 patch twice weekly").t(" (oestrogen-only HRT: no uterus) from day 1.")
    c.t("\n\nAdvice: ").c("no heavy lifting 6 weeks").t(", ").c("no driving 2-4 weeks").t(", ").c("fit note 6 weeks").t(". Histology to telephone clinic ")
    c.c("6 weeks").t(" (").d(adm + timedelta(days=42 + c.ri(0, 7)), c.ch(["dmy", "long"])).t("). Her husband ").nm(partner.first)
    c.t(" will collect her.\n\nDr ").nm(fy.fl).t(" (FY2), bleep ").ph(f"{c.ri(2, 6)}{c.dig(3)}").t("\n")
    return _end(c, q, dob, [("nhs", nhs), ("hospital", hn)], a)


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = orgs("Royal Jubilee Maternity Hospital", "Craigavon Area Hospital", "Altnagelvin Area Hospital",
               "Ulster Hospital", "Causeway Hospital", "South West Acute Hospital")
NI_PRACT = orgs("Bridge Street Surgery", "Springvale Health Centre", "Meadowbank Surgery", "Glenside Medical Practice",
                "Clanrye Surgery", "Riverview Medical Centre")


def ni_molar_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 44)
    a = place(c)
    hc = hc_no(c.r)
    hn = c.ch([f"C{c.dig(7)}", f"{c.ch('RKA')}{c.dig(6)}", c.dig(8)])
    gp, cons = c.staff(), c.staff()
    evac = c.wdt(-120, -60)
    hist = evac + timedelta(days=c.ri(8, 16))
    h = c.ri(9000, 98000)
    series = []
    d = evac + timedelta(days=c.ri(6, 9))
    while h >= 4 and len(series) < 9:
        h = int(h * c.uf(0.12, 0.45, 2))
        series.append((d, max(h, 1)))
        d += timedelta(days=c.ch([7, 14]))
    if series[-1][1] >= 4:
        series.append((d, 2))
    hosp = c.ch(NI_HOSP[:3])
    c.t(f"Gynaecology Department, {hosp}\nOur ref: ").id(hn).t("\n\n").d(c.dt(-3, 0), c.ch(["long", "dot"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f", {c.ch(NI_PRACT)}, ").ad(c.ch([t for t in TOWNS["ni"] if t[0] != a.town])[0]).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, c.ch(["dot", "dmy"])).t(", H&C ").id(hc if c.yes(0.5) else f"{hc[:3]} {hc[3:6]} {hc[6:]}").t("\n")
    addr_lines(c, a).t("\n\n")
    c.t("Diagnosis: ").c("partial hydatidiform mole").t(" (").c("O01.1").t(")\n")
    c.t("Suction evacuation under GA on ").d(evac, c.ch(["dot", "long"])).t(" at ").c(f"{c.ri(8, 11)}+{c.ri(0, 6)} weeks").t("; histology (")
    c.d(hist, "dot").t("): ").c("partial mole, p57 positive, triploid on ploidy").t(".\n")
    c.t("Registered with the trophoblastic screening centre (Sheffield) for hCG surveillance.\n\nSerum hCG (IU/L):\n")
    for dd, hv in series:
        c.t("  ").d(dd, "dot").t("  ").c(f"{hv:,}" if hv >= 4 else f"{hv} (normal)").t("\n")
    c.t("\nAs hers was a partial mole, one confirmatory urine hCG ").c("4 weeks").t(" after normalisation completes follow-up. ")
    c.t("She may use ").c("combined oral contraception").t(" meanwhile and try to conceive once follow-up is complete. ")
    c.c("Anti-D 250 IU").t(" was given at evacuation (").c("A RhD negative").t("). After any future pregnancy she should send an ")
    c.c("hCG sample 6-8 weeks").t(" after delivery.\nShe can be reached on ").ph(phone(c)).t(".\n\nYours sincerely\n\nDr ").nm(cons.fl)
    c.t(", Consultant Obstetrician and Gynaecologist (GMC ").id(gmc_no(c.r)).t(")\n")
    return _end(c, q, dob, [("hc", hc), ("hospital", hn)], a)


def ni_hyperemesis_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 40)
    a = place(c)
    hc = hc_no(c.r)
    doc, mw = c.staff(), c.staff("f")
    sup = c.rel(q, "f") if c.yes(0.5) else c.husband(q)
    rel = "mum" if sup.sex == "f" else "husband"
    vd = c.dt(-2, 0)
    scan = vd - timedelta(days=c.ri(5, 25))
    gw = c.ri(7, 13)
    pre, now = c.uf(52, 92), 0.0
    now = round(pre * c.uf(0.90, 0.97, 3), 1)
    mob = phone(c)
    c.t(f"gynae ambulatory unit - hyperemesis day case - {c.ch(['rjmh', 'cah', 'altnagelvin', 'ulster'])}\n")
    c.d(vd, "d/m/yy").t(f" {c.tm(8, 11)}\n\n")
    c.t("pt: ").nm(q.low).t("  h&c ").id(hc).t("  dob ").d(dob, "d/m/yy").t("  from ").ad(a.town.lower()).t("\n")
    c.t(c.ch(["g2p1", "g1p0", "g3p2", "g2p0+1"]) + ", ").c(f"{gw}+{c.ri(0, 6)}/40").t(" by scan ").d(scan, "d/m").t(", ")
    c.c(c.ch(["singleton", "twins dcda"])).t("\n")
    c.t("c/o ").c(f"vomiting {c.ri(6, 15)}x/day").t(", ").c(f"unable to keep fluids down {c.ri(1, 3)}/7").t(", ").c(c.ch(["ptyalism", "retching", "haematemesis x1 (streaks)"])).t("\n")
    puqe = c.ri(11, 15)
    c.t("puqe ").c(f"{puqe}/15").t(" (").c("severe" if puqe >= 13 else "moderate").t(")\n")
    c.t("wt ").c(f"{now} kg").t(" (pre-preg ").c(f"{pre} kg").t(" -> ").c(f"{(pre - now) / pre * 100:.1f}% loss").t(")\n")
    c.t("urine ketones ").c(c.ch(["3+", "4+", "2+"])).t("\nobs ").c(f"bp {c.ri(96, 124)}/{c.ri(56, 78)}").t(" ").c(f"hr {c.ri(82, 118)}").t(" ")
    c.c(f"t {c.fl(36.4, 37.3)}").t(" ").c(f"sats {c.ri(97, 100)}%").t("\nbloods ").c(f"na {c.ri(129, 137)}").t(" ").c(f"k {c.fl(2.9, 3.8)}").t(" ")
    c.c(f"urea {c.fl(2.5, 7.9)}").t(" ").c(f"creat {c.ri(44, 78)}").t(" ").c(f"alt {c.ri(14, 92)}").t(" ").c(f"tsh {c.fl(0.02, 1.9, 2)}").t("\n\n")
    c.t("plan:\n- ").c("1 l 0.9% nacl + 20 mmol kcl over 4 h").t(" x2\n- ").c("cyclizine 50 mg iv").t(" then ").c("50 mg po tds").t("\n- ")
    c.c("thiamine 100 mg po tds").t("\n- ").c("ondansetron 4 mg po bd").t(" if cyclizine fails (discussed cleft lip/palate data)\n- ")
    c.c("omeprazole 20 mg od").t("\n- ").c("tinzaparin 4500 units sc").t(" if admitted\n")
    c.t("dc home pm if tolerating fluids. ").nm(sup.lowf).t(f" ({rel}) here with her. review fri in gau, mob ").ph(mob).t("\n")
    c.t("seen dr ").nm(doc.lowf).t(" (st2) / mw ").nm(mw.low).t("\n")
    return _end(c, q, dob, [("hc", hc)], a, mob)


# ---------------------------------------------------------------------------------------- United States (Washington, Oregon)
US_CLINIC = orgs("Cascade Women's Health", "Puget Sound Women's Clinic", "Columbia River OB/GYN",
                 "Evergreen Women's Care", "Inland Northwest Women's Health", "Willamette Valley Gynecologic Oncology",
                 "Rainier Valley Family Clinic", "High Desert Women's Care")
US_HOSP = orgs("Swedish First Hill", "Providence Sacred Heart Medical Center", "PeaceHealth Southwest Medical Center",
               "Legacy Good Samaritan Medical Center", "Valley Medical Center", "Overlake Medical Center")
US_INS = orgs("Premera Blue Cross", "Regence BlueShield", "Kaiser Permanente", "Molina Healthcare", "Moda Health",
              "PacificSource", "Apple Health", "Oregon Health Plan", "Aetna", "UnitedHealthcare", "Providence Health Plan")
US_DIS = orgs("The Standard", "Unum", "MetLife", "The Hartford", "Sun Life")
US_EMP = orgs("Boeing", "Amazon", "Fred Meyer", "Nordstrom", "Intel", "Safeway", "Costco", "Tillamook County Creamery")


def _us_mrn(c: C) -> str:
    return c.ch([f"E{c.dig(7)}", c.dig(8), f"M{c.dig(9)}", f"{c.dig(3)}-{c.dig(3)}-{c.dig(3)}"])


def _us_town(c: C, st: str | None = None) -> tuple[str, str, str, str]:
    return c.ch([t for t in TOWNS["us"] if st is None or t[3] == st])


def _member(c: C, ins: str) -> str:
    if ins == "Apple Health":
        return f"{c.dig(9)}WA"
    if ins == "Oregon Health Plan":
        return f"{c.ch('ABCDEFGHJKLMNPRSTVWXY')}{c.ch('ABCDEFGHJKLMNPRSTVWXY')}{c.dig(5)}{c.ch('ABCDEFGHJKLMNPRSTVWXY')}"
    return c.ch([f"{c.ch(['W', 'ZHX', 'PRM', 'XOF'])}{c.dig(9)}", f"{c.dig(11)}", f"U{c.dig(8)} 01"])


def _md_lic(c: C, st: str) -> str:
    return f"MD{c.dig(8)}" if st == "WA" else f"MD{c.dig(6)}"


def us_first_tri_us(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(17, 42)
    a = place(c)
    mrn = _us_mrn(c)
    doc, son = c.staff(), c.staff("f")
    ex = c.wdt(-6, 0)
    lmp_days = c.ri(45, 92)
    lmp = ex - timedelta(days=lmp_days)
    target = lmp_days + c.ri(-12, 12)
    crl = round(min(84.0, max(3.0, ((target - 23.73) / 8.052) ** 2 + c.uf(-0.4, 0.4))), 1)
    cd = crl_days(crl)
    diff = lmp_days - cd
    limit = 5 if cd < 63 else 7
    redate = abs(diff) > limit
    edd_lmp = lmp + timedelta(days=280)
    edd = ex + timedelta(days=280 - cd) if redate else edd_lmp
    ins = c.ch(["Apple Health", "Premera Blue Cross", "Kaiser Permanente", "Molina Healthcare", "Regence BlueShield"])
    mem = _member(c, ins)
    c.t(f"{c.ch(US_CLINIC[:5])} - OB Ultrasound\nFIRST TRIMESTER ULTRASOUND REPORT\n\n")
    c.t("Patient: ").nm(c.ch([q.lfm, q.LFm, q.lf])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "us").t(f"   Age: {age}\n")
    c.t("Exam date: ").d(ex, c.ch(["us", "us1"])).t("   Ordering provider: ").nm(doc.fml).t(", " + c.ch(["MD", "DO", "CNM"]) + "\n")
    c.t("Sonographer: ").nm(son.fl).t(", RDMS   Insurance: " + ins + "   Member ID: ").id(mem).t("\n")
    ind, icd = c.ch([("dating (uncertain LMP)", "Z36.87"), ("vaginal bleeding in early pregnancy", "O20.9"),
                     ("history of ectopic pregnancy", "O09.11"), ("size/dates discrepancy", "Z36.87")])
    c.t("Indication: ").c(ind).t("   ICD-10-CM: ").c(icd).t("   CPT: ").c("76817").t("\n\n")
    c.t("LMP: ").d(lmp, "us").t(" (").c(c.ch(["certain", "uncertain", "on OCP until conception"])).t(")   GA by LMP: ").c(f"{lmp_days // 7}w{lmp_days % 7}d")
    c.t("   EDD by LMP: ").d(edd_lmp, "us").t("\n\nFINDINGS (transvaginal)\n")
    c.t("Single live intrauterine pregnancy. ").c(f"CRL {crl} mm").t(" = ").c(f"{cd // 7}w{cd % 7}d").t(". ").c(f"FHR {fhr_for(cd) + c.ri(-6, 6)} bpm").t(".\n")
    c.t("Yolk sac ").c("normal").t(". ").c(c.ch(["No subchorionic hemorrhage", f"Small subchorionic hemorrhage {c.ri(8, 24)} x {c.ri(5, 12)} mm"])).t(". ")
    c.t("Cervix ").c(f"{c.fl(2.8, 4.2)} cm").t(", closed.\nOvaries: ").c(c.ch(["normal bilaterally", "right corpus luteum cyst 2.4 cm"])).t(". ")
    c.c("No free fluid").t(".\n")
    if crl >= 45:
        c.t("NT ").c(f"{c.fl(1.0, 2.4)} mm").t(" (").c("within normal limits").t("); nasal bone ").c("present").t(".\n")
    c.t("\nIMPRESSION: ").c(f"Single live IUP at {cd // 7}w{cd % 7}d by CRL").t(". Difference from LMP ").c(f"{abs(diff)} days").t(" (ACOG threshold ")
    c.c(f"{limit} days").t(") - ").c("REDATE to ultrasound" if redate else "LMP dating confirmed").t(".\nFinal EDD: ").d(edd, "us")
    c.t("   ").c(f"Z3A.{max(cd // 7, 8) if cd >= 56 else 1:02d}").t("\n")
    c.t("Results discussed with patient; she can be reached at ").ph(phone(c, a.area, True)).t(".\n")
    c.t("Electronically signed: ").nm(doc.fml).t(" ").d(ex, "us1").t(f" {c.tm(9, 17)}\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)], a)


def us_gynonc_consult(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(52, 94) if c.yes(0.7) else c.adult(88, 95)
    a = place(c, "us")
    while a.state != "OR":
        a = place(c, "us")
    mrn = _us_mrn(c)
    onc, ref = c.staff(), c.staff()
    dos = c.wdt(-5, 0)
    ct = dos - timedelta(days=c.ri(8, 30))
    ca = c.ri(24, 1400)
    he4 = c.ri(48, 900)
    pi = -8.09 + 1.04 * math.log(he4) + 0.732 * math.log(ca)
    roma = math.exp(pi) / (1 + math.exp(pi)) * 100
    size = c.fl(5.5, 16.0)
    side = c.ch(["right", "left"])
    ins = "Medicare" if age >= 65 else c.ch(["Moda Health", "Providence Health Plan", "PacificSource"])
    mem = mbi_no(c.r, c.yes(0.5)) if ins == "Medicare" else _member(c, ins)
    rt = _us_town(c, "OR")
    c.t("Willamette Valley Gynecologic Oncology - NEW PATIENT CONSULTATION\n\n")
    c.t("Patient: ").nm(c.ch([q.fmn, q.fl, q.lfm])).t("   DOB: ").d(dob, "us").t(" (").age(age).t(" y)   MRN: ").id(mrn).t("\n")
    c.t("Date of service: ").d(dos, "us1").t("   " + ("Medicare MBI" if ins == "Medicare" else f"{ins} ID") + ": ").id(mem).t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("   Phone: ").ph(phone(c, a.area)).t("\n")
    c.t("Referring: ").nm(ref.fml).t(", MD, ").ad(rt[0]).t(", OR\n\n")
    c.t("HPI: ").age(age).t("-year-old ").c(c.ch(["G2P2", "G3P3", "G0", "G4P3"])).t(" postmenopausal woman with ")
    c.cl(c.r.sample(["pelvic pressure", "bloating", "early satiety", "urinary frequency", "unintentional weight loss of 12 lb"], 3))
    c.t(". CT abdomen/pelvis ").d(ct, c.ch(["us1", "us"])).t(": ").c(f"complex {side} adnexal mass {size} cm").t(" with ")
    c.c(c.ch(["solid components", "thick septations", "papillary projections"])).t(", ").c(c.ch(["small-volume ascites", "no ascites", "omental nodularity"])).t(".\n")
    c.t("Transvaginal US: ").c(f"O-RADS US {c.ch([4, 5])}").t(".\nLabs: ").c(f"CA-125 {ca} U/mL").t(", ").c(f"HE4 {he4} pmol/L").t(", ")
    c.c(f"ROMA {roma:.1f}%").t(" (").c("postmenopausal cutoff 29.9%").t("), ").c(f"CEA {c.fl(0.8, 4.6)} ng/mL").t(", ").c(f"CA 19-9 {c.ri(6, 60)} U/mL").t(".\n")
    c.t("PMH: ").cl(c.r.sample(["hypertension", "type 2 diabetes", "hyperlipidemia", "hypothyroidism", "osteoporosis", "GERD"], 2))
    c.t(". Meds: ").cl(c.r.sample(["lisinopril 10 mg daily", "metformin 500 mg BID", "atorvastatin 20 mg daily", "levothyroxine 75 mcg daily", "omeprazole 20 mg daily"], 2))
    c.t(". Family history: ").c(c.ch(["sister with breast cancer at 44", "no ovarian or breast cancer", "mother with ovarian cancer at 61"])).t(".\n")
    c.t("Exam: ").c(f"BMI {c.fl(21, 41)}").t(", ").c(f"ECOG {c.ch([0, 1, 1, 2])}").t("; ").c(f"firm {c.ch(['mobile', 'fixed'])} {side} pelvic mass").t("; ").c("no supraclavicular adenopathy").t(".\n\n")
    c.t("Assessment: ").c(f"{side} adnexal mass, suspicious for malignancy").t(" (").c("N83.201" if side == "right" else "N83.202").t(", ").c("R97.1").t(").\n")
    c.t("Plan: ").c(c.ch(["exploratory laparotomy, TAH-BSO, frozen section, staging as indicated", "robotic-assisted BSO with frozen section; staging if malignant"]))
    c.t("; ").c("germline genetic testing (BRCA1/2, Lynch panel)").t("; CT chest; pre-op clearance. Surgery tentatively ").d(dos + timedelta(days=c.ri(10, 24)), "us1").t(".\n\n")
    c.nm(onc.fml).t(", MD, Gynecologic Oncology   NPI ").id(npi_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("member", mem)], a)


def us_colposcopy_proc(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(21, 55)
    a = place(c, "us")
    while a.state != "WA":
        a = place(c, "us")
    mrn = _us_mrn(c)
    np_ = c.staff("f")
    dos = c.wdt(-4, 0)
    lmp = dos - timedelta(days=c.ri(5, 24))
    pap = dos - timedelta(days=c.ri(21, 60))
    cyto = c.ch(["HSIL", "ASC-H", "LSIL", "ASC-US"])
    hpv = c.ch(["HPV 16 positive", "HPV 18/45 positive", "other high-risk HPV positive"])
    risk = {"HSIL": c.fl(26, 60), "ASC-H": c.fl(26, 33), "LSIL": c.fl(4.3, 6.5), "ASC-US": c.fl(4.4, 7.0)}[cyto]
    code = {"HSIL": "R87.613", "ASC-H": "R87.611", "LSIL": "R87.612", "ASC-US": "R87.610"}[cyto]
    c.t(f"{c.ch([US_CLINIC[3], US_CLINIC[4]])}\nPROCEDURE NOTE - Colposcopy with cervical biopsies and ECC\n\n")
    c.t("Patient: ").nm(c.ch([q.LFF, q.LFm, q.lf])).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("   DOS: ").d(dos, "us").t("\n")
    c.t("Provider: ").nm(np_.fl).t(", ARNP (WA ").id(f"AP{c.dig(8)}").t(")\n")
    if q.grp == "mex":
        c.t("Language: Spanish - in-person interpreter used throughout.\n")
    c.t("Indication: cytology ").d(pap, "us1").t(" ").c(cyto).t(", ").c(hpv).t("; ").c(f"ASCCP immediate CIN3+ risk {risk}%").t(" -> ")
    c.c("colposcopy recommended").t(".\nLMP ").d(lmp, "us1").t(". ").c("Urine hCG negative").t(". Contraception: ").c(c.ch(["Nexplanon", "condoms", "IUD (Mirena)", "none"])).t(". ")
    c.c(c.ch(["Nonsmoker", "Current smoker, 1/2 ppd", "Vapes daily"])).t(".\nConsent: risks (bleeding, infection, discomfort), benefits and alternatives reviewed; consent signed.\n\n")
    c.t("Procedure: speculum placed; ").c("3% acetic acid").t(" applied. ").c(c.ch(["SCJ fully visualized", "SCJ not fully visualized"])).t("; ")
    c.c(c.ch(["dense acetowhite epithelium with coarse punctation", "thin acetowhite lesion", "acetowhite with mosaicism"])).t(" at ")
    sites = sorted(c.r.sample(["12", "3", "6", "9", "1", "11"], c.ri(1, 3)), key=lambda x: int(x) % 12)
    c.c(", ".join(sites) + " o'clock").t(". ").c("Lugol's").t(": ").c("non-staining at same sites").t(".\n")
    c.t("Biopsies x").c(f"{len(sites)}").t(" with Tischler forceps; ").c("ECC performed").t(". Hemostasis with ").c("Monsel's solution").t(". ")
    c.t("EBL ").c("minimal").t(". Tolerated well.\nCPT: ").c("57454").t("   ICD-10-CM: ").c(code).t(", ").c("R87.810").t("\n\n")
    c.t("Plan: pathology in ").c("7-10 days").t(" via MyChart; ").c("pelvic rest 48 hours").t("; call ").ph(phone(c, "509", False))
    c.t(" for bleeding heavier than a period or ").c("fever > 100.4 F").t(". Patient cell: ").ph(phone(c, a.area)).t(".\n")
    return _end(c, q, dob, [("mrn", mrn)], a)


def us_menopause_video(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(45, 60)
    a = place(c)
    mrn = _us_mrn(c)
    doc = c.staff("f")
    vd = c.wdt(-3, 0)
    lmp = vd - timedelta(days=c.ri(120, 900))
    kind = c.ch(["hrt", "hrt", "nonhormonal"])
    t0 = c.ri(8, 16)
    mins = c.ri(22, 41)
    c.t("TELEHEALTH VISIT (synchronous video) - Menopause Consultation\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fmn, q.lfm])).t("   DOB: ").d(dob, "us").t("   MRN: ").id(mrn).t("   Visit: ").d(vd, "us1").t("\n")
    c.t("Patient location: home, ").ad(a.town).t(f", {a.state}   Provider location: clinic\n")
    dom = c.ch(["cascadewomens", "pugetsoundwomens"] if a.state == "WA" else ["columbiariverobgyn", "highdesertwomens"])
    c.t("Video link: ").p("URL", f"https://telehealth.{dom}.org/visit/{c.tok(12)}")
    c.t(f"   Start {t0:02d}:{c.ri(0, 5)}0   Duration ").c(f"{mins} min").t("\nAudit: patient joined from ").p("IP", c.ip()).t(" (Chrome, iOS)\n")
    c.t("Consent for telehealth obtained verbally; identity confirmed with DOB.\n\n")
    c.t("HPI: ").c(f"{age} y").t(" ").c(c.ch(["G2P2", "G3P2", "G1P1", "G0"])).t(", LMP ").d(lmp, c.ch(["my", "mmyyyy"])).t(", ")
    c.c(f"{c.ri(6, 15)} hot flashes/day").t(", ").c("night sweats 3-4 nights/week").t(", ").cl(c.r.sample(["insomnia", "irritability", "vaginal dryness", "dyspareunia", "joint pain"], 2))
    c.t(". ").c(f"MRS total {c.ri(18, 34)}").t(".\n")
    hx = c.ch(["no contraindications", "history of DVT (2016, provoked)", "breast cancer (ER+) 2021 on anastrozole 1 mg daily", "migraine without aura"])
    uterus = c.yes(0.75)
    c.t("Relevant history: ").c(hx).t(". ").c("Uterus intact" if uterus else "s/p hysterectomy (2015)").t(". ")
    c.t("Home BP ").c(f"{c.ri(110, 142)}/{c.ri(66, 90)}").t(". Last mammogram ").d(vd - timedelta(days=c.ri(60, 400)), "mmyyyy").t(" ").c("BI-RADS 1").t(".\n\n")
    c.t("Assessment: ").c("N95.1 menopausal and female climacteric states").t("\nPlan:\n")
    if kind == "hrt" and not hx.startswith("breast"):
        c.t("- ").c("estradiol 0.05 mg/day transdermal patch twice weekly").t("\n")
        if uterus:
            c.t("- ").c("micronized progesterone 100 mg PO nightly").t(" (intact uterus)\n")
        else:
            c.t("- no progestogen needed (").c("estrogen-only").t(", s/p hysterectomy)\n")
    else:
        c.t("- ").c("fezolinetant (Veozah) 45 mg PO daily").t("; baseline ").c("ALT, AST, bilirubin").t(" before start and at ").c("3, 6 and 9 months").t("\n")
        c.t("- alternative ").c("venlafaxine XR 37.5 mg daily").t(" (avoid paroxetine with tamoxifen)\n")
    c.t("- ").c("vaginal estradiol cream 0.5 g twice weekly").t(" for GSM\n- Rx sent to Fred Meyer Pharmacy; labs at Quest\n")
    c.t("Follow-up video visit ").d(vd + timedelta(days=c.ri(80, 100)), "us1").t(". Callback number ").ph(phone(c, a.area)).t(".\n\n")
    c.nm(doc.fml).t(", MD, MSCP\n")
    return _end(c, q, dob, [("mrn", mrn)], a)


def us_prior_auth(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(19, 44)
    a = place(c)
    doc = c.staff()
    lap = c.dt(-400, -90)
    dxa = c.dt(-40, -10)
    sent = c.wdt(-2, 0)
    ins = c.ch(["Premera Blue Cross", "Regence BlueShield", "Aetna", "UnitedHealthcare", "Moda Health"])
    mem = _member(c, ins)
    clinic = c.ch(US_CLINIC[:4])
    c.t(f"{clinic}\nPhone ").ph(phone(c, a.area, False)).t("   Fax ").ph(phone(c, a.area, False)).t("\n\n").d(sent, "usl").t("\n\n")
    c.t(f"{ins} - Pharmacy Prior Authorization\nFax: ").ph(phone(c, c.ch(["800", "866", "888"]), False)).t("\n\n")
    c.t("RE: Letter of Medical Necessity - Myfembree (relugolix 40 mg / estradiol 1 mg / norethindrone acetate 0.5 mg)\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fmn])).t("   DOB: ").d(dob, "us").t("   Member ID: ").id(mem).t(f"   Group: {c.dig(6)}\n\n")
    c.t("To whom it may concern,\n\nI am writing on behalf of my patient, ").nm(q.fl).t(f", a {age}-year-old with ").c("surgically confirmed endometriosis")
    c.t(" (laparoscopy ").d(lap, "us").t(": ").c(c.ch(["stage III, left endometrioma excised", "stage II, peritoneal disease excised", "stage IV with rectovaginal nodule"]))
    c.t("), who continues to have ").c(f"dysmenorrhea {c.ri(7, 10)}/10").t(", ").c(f"non-menstrual pelvic pain {c.ri(4, 8)}/10").t(" and ")
    c.c(f"dyspareunia {c.ri(5, 9)}/10").t(", missing ").c(f"{c.ri(2, 5)} days of work a month").t(".\n\nShe has tried and failed:\n")
    c.t("1. ").c("naproxen 500 mg BID").t(" for ").c(f"{c.ri(4, 12)} months").t("\n2. ").c("continuous levonorgestrel/ethinyl estradiol").t(" for ")
    c.c(f"{c.ri(6, 14)} months").t(" (breakthrough pain)\n3. ").c("norethindrone acetate 5 mg daily").t(" for ").c(f"{c.ri(3, 6)} months").t(" (")
    c.c(c.ch(["mood changes", "bleeding", "inadequate relief"])).t(")\n\n")
    c.t("Baseline DXA ").d(dxa, "us1").t(": ").c(f"lumbar Z-score {c.ch(['-', '+'])}{c.fl(0.1, 0.9)}").t("; no history of thromboembolism, ")
    c.c(c.ch(["BP 118/74", "BP 122/80", "BP 110/68"])).t(", non-smoker. I request approval of ").c("Myfembree one tablet daily for 12 months")
    c.t(" (").c("maximum 24 months").t(" because of bone loss).\nDiagnoses: ").cl(["N80.9", "N94.6", "R10.2"]).t("\n\n")
    c.t("Please contact my office with any questions.\n\nSincerely,\n\n").nm(doc.fml).t(", MD, FACOG\nNPI ").id(npi_no(c.r)).t(f"   {a.state} license ").id(_md_lic(c, a.state)).t("\n")
    return _end(c, q, dob, [("member", mem)], a)


def us_portal_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(22, 41)
    a = place(c)
    mrn = _us_mrn(c)
    doc, rn = c.staff(), c.staff("f")
    partner = c.husband(q)
    proc = c.dt(-9, -4)
    sent = proc + timedelta(days=c.ri(3, 8))
    cell = phone(c, a.area)
    c.t("MyChart message thread - Women's Health Triage Pool\n\n")
    h0 = c.ri(6, 8)
    c.t("From: ").nm(q.fl).t("   Sent: ").d(sent, "us1").t(f" {h0}:{c.ri(10, 59)} AM   MRN: ").id(mrn).t("\nSubject: bleeding after d&c\n")
    c.t("hi this is ").nm(q.lowf).t(". i had my d&c on ").d(proc, "md").t(" with dr ").nm(doc.last.lower()).t(" (").c("missed miscarriage at 9 wks").t("). still bleeding, ")
    c.c("soaking a pad every 1-2 hrs").t(" since last night and ").c("bad cramping").t(", temp was ").c(f"{c.fl(100.4, 101.6)}").t(" this am. is this normal?? ")
    c.t("also can i keep taking the ").c("ibuprofen 600").t(" they gave me. my cell is ").ph(cell).t(" if easier. thanks ").nm(q.lowf).t("\n\n")
    c.t("From: ").nm(rn.fl).t(", RN   Sent: ").d(sent, "us1").t(f" {h0 + c.ri(1, 2)}:{c.ri(10, 59)} AM\n")
    c.t("Hi ").nm(q.first).t(", thank you for reaching out. ").c("Soaking more than 1 pad an hour for 2 hours").t(" or a ")
    c.c("fever over 100.4 F").t(" after a D&C can mean infection or retained tissue, so we would like to see you today. ")
    ed = c.ch(US_HOSP[:2] + US_HOSP[4:] if a.state == "WA" else US_HOSP[2:4])
    c.t("Please come to the clinic by 2 PM or go to the ED at ").t(ed).t(" if the bleeding gets heavier. You can continue ")
    c.c("ibuprofen 600 mg every 6 hours with food").t(". Call 911 if you feel faint.\n\n")
    c.t("From: ").nm(q.fl).t("   Sent: ").d(sent, "us1").t(" 11:52 AM\nok my husband ").nm(partner.lowf).t(" is driving me, be there by 1:30\n\n")
    c.t("Nurse note (").d(sent, "us1").t(" 1:47 PM): ").c(f"T {c.fl(100.2, 101.4)} F").t(", ").c(f"HR {c.ri(92, 116)}").t(", ").c(f"BP {c.ri(98, 124)}/{c.ri(58, 78)}")
    c.t(". Seen by Dr ").nm(doc.last).t(": ").c("uterine tenderness").t("; TVUS ").c(f"{c.ri(9, 22)} mm heterogeneous echogenic material").t(". ")
    c.t("Dx ").c("postprocedural endometritis").t("; ").c("ceftriaxone 500 mg IM x1").t(" then ").c("doxycycline 100 mg PO BID x 14 days")
    c.t(" + ").c("metronidazole 500 mg PO BID x 14 days").t(". ").c(f"Hgb {c.fl(9.8, 12.6)} g/dL").t(". Recheck ").d(sent + timedelta(days=3), "md").t(".\n")
    c.t("Message audit: first message sent from ").p("IP", c.ip()).t(" (MyChart mobile)\n")
    return _end(c, q, dob, [("mrn", mrn)], a, cell)


def us_disability_aps(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(28, 52)
    a = place(c)
    doc = c.staff()
    ins = c.ch(US_DIS)
    claim = c.ch([f"{c.dig(8)}", f"STD-{c.dig(7)}", f"{c.ch('ABCDEFGHJK')}{c.dig(9)}"])
    ssn = ssn_no(c.r, c.ch(["-", "-", " "]))
    surg = c.wdt(-20, -8)
    lwd = surg - timedelta(days=c.ri(1, 3))
    n_fib = c.ri(1, 9)
    wt = c.ri(80, 620)
    cpt = "58140" if n_fib <= 4 and wt <= 250 else "58146"
    rtw = surg + timedelta(days=c.ch([42, 42, 56]))
    c.t(f"ATTENDING PHYSICIAN STATEMENT - Short-Term Disability\n{ins}   Claim number: ").id(claim).t("\n\n")
    c.t("PART A - CLAIMANT\nName: ").nm(c.ch([q.fml, q.fl, q.FL])).t("   SSN: ").p("SSN", ssn).t("   DOB: ").d(dob, "us").t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("\nPhone: ").ph(phone(c, a.area)).t("   E-mail: ").em(q.mail(c.ch(["gmail.com", "yahoo.com", "outlook.com", "comcast.net"]), c.ri(0, 5))).t("\n")
    c.t(f"Employer: {c.ch(US_EMP)}   Job: {c.ch(['warehouse associate', 'registered nurse', 'teacher', 'software engineer', 'cashier', 'production technician'])}")
    c.t("   Last day worked: ").d(lwd, "us").t("\n\nPART B - ATTENDING PHYSICIAN\n")
    c.t("Diagnosis: ").c("D25.1 intramural leiomyoma of uterus").t("; ").c("D50.0 iron deficiency anemia secondary to blood loss").t("\n")
    c.t("Procedure: ").c(f"abdominal myomectomy ({n_fib} fibroid{'s' if n_fib > 1 else ''}, {wt} g)").t("   CPT ").c(cpt).t("   Date of surgery: ").d(surg, "us").t("\n")
    hosp = c.ch(US_HOSP[:2] + US_HOSP[4:] if a.state == "WA" else US_HOSP[2:4])
    c.t("Hospitalized: ").d(surg, "us1").t(" to ").d(surg + timedelta(days=c.ri(1, 3)), "us1").t(" at ").t(hosp).t("\n")
    c.t("Pre-op Hgb ").c(f"{c.fl(7.8, 10.9)} g/dL").t(" (").c("IV iron sucrose 200 mg x5").t("); discharge Hgb ").c(f"{c.fl(8.5, 11.0)} g/dL").t("\n")
    c.t("Restrictions: ").cl(["no lifting > 10 lb for 6 weeks", "no driving while on oxycodone", "no prolonged standing > 2 hours"]).t("\n")
    c.t("Expected return to work: ").d(rtw, "us").t(" - ").c(c.ch(["full duty", "modified duty 2 weeks then full duty"])).t("\n")
    c.t("Next office visit: ").d(surg + timedelta(days=c.ri(12, 16)), "us1").t("\n\nPhysician: ").nm(doc.fml).t(", MD   NPI ").id(npi_no(c.r))
    c.t(f"   {a.state} license ").id(_md_lic(c, a.state)).t("\nOffice phone ").ph(phone(c, a.area, False)).t("   Fax ").ph(phone(c, a.area, False))
    c.t("\nSignature date: ").d(c.dt(-2, 0), "usyy").t("\n")
    return _end(c, q, dob, [("ssn", ssn.replace(" ", "-")), ("claim", claim)], a)


def us_op_report(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(36, 56)
    mrn = _us_mrn(c)
    surg, pa, crna = c.staff(), c.staff(), c.staff()
    dos = c.wdt(-3, 0)
    wt = c.ri(120, 640)
    bso = age >= 50 and c.yes(0.6)
    cpt = ("58571" if wt <= 250 else "58573")
    c.t(f"OPERATIVE REPORT - {c.ch(US_HOSP)}\n\n")
    c.t("Patient: ").nm(c.ch([q.LFm, q.lfm, q.LFF])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["us", "usdash"])).t("\n")
    c.t("Date of surgery: ").d(dos, "us").t("\nSurgeon: ").nm(surg.fml).t(", MD   Assistant: ").nm(pa.fl).t(", PA-C\n")
    c.t("Anesthesia: ").c("general endotracheal").t(" - ").nm(crna.fl).t(", CRNA\n\n")
    c.t("Preoperative diagnosis: ").c("symptomatic uterine fibroids").t(", ").c("abnormal uterine bleeding (AUB-L)").t(", ").c("anemia").t("\n")
    c.t("Postoperative diagnosis: same\nProcedure: ").c("robotic-assisted total laparoscopic hysterectomy")
    c.t(", ").c("bilateral salpingo-oophorectomy" if bso else "bilateral salpingectomy").t(", ").c("cystoscopy").t("\n")
    c.t("Findings: ").c(f"{c.ri(10, 18)}-week size uterus with multiple fibroids, largest {c.ri(4, 9)} cm fundal").t("; ")
    c.c("normal-appearing ovaries").t("; ").c(c.ch(["no endometriosis", "stage I endometriosis on the left pelvic side wall"])).t("; ")
    c.c("brisk bilateral ureteral efflux on cystoscopy").t(".\n")
    c.t("EBL ").c(f"{c.ri(25, 300)} mL").t("   IVF ").c(f"{c.ri(8, 20) * 100} mL LR").t("   UOP ").c(f"{c.ri(10, 50) * 10} mL clear").t("\n")
    c.t("Specimens: ").c(f"uterus, cervix, bilateral {'adnexa' if bso else 'tubes'} ({wt} g)").t(" to pathology\nDrains: none   Complications: none   Counts: correct x2\n\n")
    c.t("Details: The patient was identified, consented and taken to the OR. After induction of general anesthesia she was placed in dorsal lithotomy ")
    c.t("and prepped. A ").c("RUMI II manipulator with KOH cup").t(" was placed. ").c("Four 8 mm robotic ports and a 12 mm assist port").t(" were placed after ")
    c.c("Veress insufflation to 15 mmHg").t(". The robot was docked. The round ligaments were divided, the bladder flap developed and the uterine arteries ")
    c.t("sealed at the level of the cup. ").c("Colpotomy").t(" was performed and the specimen ").c(c.ch(["removed vaginally intact", "placed in a containment bag and morcellated vaginally"]))
    c.t(". The cuff was closed with ").c("0 V-Loc in two layers").t(". Hemostasis confirmed at ").c("6 mmHg").t(".\n\n")
    c.t("CPT: ").c(cpt).t(", ").c("52000").t("   ICD-10-CM: ").cl(["D25.1", "N92.0", "D50.0"]).t("\nDisposition: PACU, ")
    c.c(c.ch(["same-day discharge", "overnight observation"])).t(".\nDischarge Rx: ").c("oxycodone 5 mg PO q4h PRN, #12").t(", ")
    c.c("ibuprofen 600 mg q6h").t(", ").c("docusate 100 mg BID").t("; prescriber DEA ").id(dea_no(c.r, surg.last)).t("\n\n")
    c.nm(surg.fml).t(", MD, FACOG   ").d(dos, "us1").t("\n")
    return _end(c, q, dob, [("mrn", mrn)])


# ---------------------------------------------------------------------------------------- Australia (New South Wales)
AU_HOSP = orgs("Westmead Hospital", "Nepean Hospital", "Royal Prince Alfred Hospital", "John Hunter Hospital",
               "Royal Hospital for Women", "Royal North Shore Hospital")
AU_PRACT = orgs("Westside Medical Centre", "Harbourview Family Practice", "Riverlands GP Clinic", "Bayside Family Medical",
                "Ridgeview Medical Practice", "Greenhills Medical Centre")


def _au_mrn(c: C) -> str:
    return c.ch([c.dig(7), c.dig(8), f"{c.dig(3)}{c.dig(4)}"])


def _medicare_line(c: C) -> tuple[C, str]:
    mc, irn = medicare_au(c.r)
    c.id(medicare_fmt(mc, c.ri(0, 2)))
    c.t(c.ch([f" / IRN {irn}", f" ({irn})", f" IRN {irn}"]))
    return c, mc


def au_epas_discharge(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(19, 43)
    a = place(c)
    mrn = _au_mrn(c)
    gp, reg, mw = c.staff(), c.staff(), c.staff("f")
    hosp = c.ch(AU_HOSP[:3])
    vd = c.wdt(-3, 0)
    lmp = vd - timedelta(days=c.ri(44, 70))
    h1 = c.ri(900, 24000)
    h2 = int(h1 * c.uf(1.55, 2.1, 2))
    rhneg = c.yes(0.35)
    gt = c.ch(TOWNS["au"])
    c.t(f"EARLY PREGNANCY ASSESSMENT SERVICE - DISCHARGE SUMMARY\n{hosp}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.LF])).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "dmy").t("\nMedicare: ")
    _, mc = _medicare_line(c)
    c.t("\nAddress: ")
    addr_lines(c, a).t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(f", {c.ch(AU_PRACT)}, ").ad(gt[0]).t("\n\n")
    c.t("Presented ").d(vd - timedelta(days=2), "dmy").t(" with ").c(c.ch(["light PV bleeding", "PV bleeding and cramping", "brown loss"]))
    c.t(" at ").c(ga(lmp, vd - timedelta(days=2)) + " weeks").t(" by LMP (").d(lmp, "dmy").t(").\n")
    c.t("Serum beta-hCG: ").c(f"{h1:,} IU/L").t(" (").d(vd - timedelta(days=2), "dm").t(") -> ").c(f"{h2:,} IU/L").t(" (").d(vd, "dm").t("), rise ")
    c.c(f"{(h2 - h1) / h1 * 100:.0f}%").t(".\nTVUS (").d(vd, "dm").t("): ").c("single intrauterine gestation").t(", ")
    days = (vd - lmp).days - c.ri(0, 6)
    crl = round(max(2.0, ((days - 23.73) / 8.052) ** 2), 1)
    c.c(f"CRL {crl} mm").t(", ").c("fetal heart present").t(", ").c(c.ch(["no subchorionic haematoma", f"subchorionic haematoma {c.ri(10, 30)} x {c.ri(6, 15)} mm"])).t(".\n")
    c.t("Obs: ").c(f"BP {c.ri(100, 128)}/{c.ri(60, 82)}").t(", ").c(f"HR {c.ri(66, 96)}").t(", ").c(f"Hb {c.ri(112, 140)} g/L").t("\n")
    c.t("Blood group: ").c("A Rh(D) negative" if rhneg else c.ch(["O Rh(D) positive", "B Rh(D) positive"]))
    if rhneg:
        c.t(" - ").c("Anti-D 250 IU IM").t(" given ").d(vd - timedelta(days=2), "dmy").t(" (batch ").c(f"{c.ch('ABC')}{c.dig(5)}").t(")")
    c.t("\n\nDiagnosis: ").c("threatened miscarriage, viable IUP").t(" (").c("O20.0").t(")\nPlan: GP to arrange ").c("dating and NT scan at 12-13 weeks")
    c.t(" and antenatal booking; ").c("paracetamol 1 g QID PRN").t("; return if ").c("heavy bleeding, pain or fever").t(".\n\n")
    c.t("Discharging: Dr ").nm(reg.fl).t(" (O&G registrar), AHPRA ").id(ahpra_no(c.r)).t("\nMidwife: ").nm(mw.fl).t(", CMC, AHPRA ")
    c.id(ahpra_no(c.r, "NMW")).t("\nEPAS: ").ph(phone(c, "9", False)).t(" (Mon-Fri 8am-4pm)\n")
    return _end(c, q, dob, [("mrn", mrn), ("medicare", mc)], a)


def au_menopause_letter(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(46, 60)
    a = place(c)
    mrn = _au_mrn(c)
    ihi = ihi_no(c.r)
    gp, doc = c.staff(), c.staff("f")
    vd = c.wdt(-10, -2)
    c.t("Menopause Clinic, Royal Hospital for Women\n\n").d(vd + timedelta(days=c.ri(1, 6)), "long").t("\n\n")
    c.t("Dr ").nm(gp.fl).t(f"\n{c.ch(AU_PRACT)}\n").ad(a.town).t(" NSW ").zp(a.zip).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"Re: {q.title} ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t(", IHI ").id(ihi).t("\n")
    c.t("Address: ").ad(a.line).t(", ").ad(a.town).t("   Medicare: ")
    _, mc = _medicare_line(c)
    c.t("\n\nThank you for referring ").nm(q.first).t(f", a {age}-year-old ").c(c.ch(["G2P2", "G3P2", "G1P1", "G0"])).t(", whose last period was in ")
    c.d(vd - timedelta(days=c.ri(150, 800)), "my").t(". She reports ").c(f"{c.ri(8, 18)} hot flushes a day").t(", ")
    c.cl(c.r.sample(["night sweats", "poor sleep", "low mood", "joint pain", "vaginal dryness", "urinary urgency"], 3)).t(". ")
    c.c(f"MRS {c.ri(18, 36)}").t(".\n\nInvestigations: ").c(f"total cholesterol {c.fl(4.2, 6.9)} mmol/L").t(", ").c(f"LDL {c.fl(2.1, 4.5)} mmol/L").t(", ")
    c.c(f"HbA1c {c.fl(5.0, 6.3)}%").t(", ").c(f"TSH {c.fl(0.6, 3.9)} mIU/L").t(", ").c(f"ferritin {c.ri(18, 160)} ug/L").t(". BreastScreen NSW ")
    c.d(vd - timedelta(days=c.ri(60, 700)), "mshy").t(": ").c("no evidence of cancer").t(". Cervical screening ").c("HPV not detected").t(" (")
    c.d(vd - timedelta(days=c.ri(200, 1500)), "mshy").t("). DXA: ").c(f"T-score {c.ch(['-', '+'])}{c.fl(0.1, 2.2)} at the femoral neck").t(".\n")
    c.t("BP ").c(f"{c.ri(112, 146)}/{c.ri(70, 92)}").t(", ").c(f"BMI {c.fl(21, 36)}").t(". ").c(c.ch(["No contraindication to MHT", "Migraine without aura - transdermal preferred", "Family history of VTE (sister) - transdermal preferred"])).t(".\n\n")
    c.t("Plan:\n1. ").c(c.ch(["Estrogel 0.75 mg (1 pump) daily", "Estradot 50 patch twice weekly", "Estrogel 1.5 mg (2 pumps) daily"])).t(" with ")
    c.c("Prometrium 100 mg nocte").t(" continuously (PBS).\n2. ").c("Vagifem Low 10 microgram twice weekly").t(" for GSM.\n3. If MHT declined: ")
    c.c("Veoza (fezolinetant) 45 mg daily").t(" on private script with LFTs at ").c("baseline and 3 months").t(".\n")
    c.t("Review in 3 months. She prefers e-mail: ").em(q.mail(c.ch(["gmail.com", "bigpond.com", "outlook.com", "hotmail.com"]), c.ri(0, 5))).t(".\n\n")
    c.t("Kind regards,\n\nDr ").nm(doc.fl).t(", FRANZCOG, AHPRA ").id(ahpra_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ihi", ihi.replace(" ", "")), ("medicare", mc)], a)


def au_colposcopy_ncsp(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 70)
    a = place(c)
    mrn = _au_mrn(c)
    gp, colp = c.staff(), c.staff()
    self_d = c.dt(-90, -45)
    vd = c.wdt(-30, -14)
    hist = vd + timedelta(days=c.ri(7, 12))
    hpv = c.ch(["HPV 16 detected", "HPV 18 detected", "HPV (not 16/18) detected"])
    hs = c.yes(0.6)
    c.t("Colposcopy Clinic - John Hunter Hospital\nREPORT TO REQUESTING PRACTITIONER\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.fL])).t("   DOB: ").d(dob, "dmy").t("   MRN: ").id(mrn).t("\nMedicare: ")
    _, mc = _medicare_line(c)
    c.t("   Address: ")
    addr_lines(c, a).t("\nRequesting: Dr ").nm(gp.fi).t(f", {c.ch(AU_PRACT)}\n\n")
    c.t("NCSP result: ").c("self-collected vaginal sample").t(" ").d(self_d, "dmy").t(" - ").c(hpv).t(" -> ")
    c.c("direct referral" if "not" not in hpv else "clinician-collected LBC pHSIL -> referral").t("\n")
    c.t("Colposcopy ").d(vd, "dmy").t(": ").c(f"TZ type {c.ch(['1', '2', '3'])}").t(", ").c(c.ch(["cervix fully visualised", "SCJ not fully visible"])).t("; ")
    c.c(c.ch(["major change: dense acetowhite, coarse mosaic 12-3 o'clock", "minor change: thin acetowhite 6 o'clock", "major change with cuffed crypt openings"]))
    c.t(". LBC taken; ").c(f"{c.ri(1, 3)} punch biopsies").t(".\nLBC: ").c(c.ch(["pHSIL", "LSIL", "possible high-grade (pHSIL)"])).t("   Histology (")
    c.d(hist, "dmy").t("): ").c("HSIL (CIN2), p16 block positive" if hs else "LSIL (CIN1)").t("\n\n")
    if hs:
        c.t("Management: ").c("LLETZ under GA").t(" booked ").d(hist + timedelta(days=c.ri(14, 35)), "dmy").t(". Then ").c("Test of Cure")
        c.t(": ").c("co-test (HPV + LBC) 12 months after treatment and annually until both negative on two consecutive occasions").t(".\n")
    else:
        c.t("Management: ").c("no treatment; repeat HPV test in 12 months").t(" (").d(vd + timedelta(days=365), "my").t(").\n")
    c.t("Smoking: ").c(c.ch(["never", "current, 10/day - Quitline referral", "ex-smoker"])).t(". Pregnancy: ").c("no").t(".\n\n")
    c.t("Dr ").nm(colp.fl).t(", certified colposcopist (RANZCOG), AHPRA ").id(ahpra_no(c.r)).t("\nClinic phone ").ph(phone(c, "4", False)).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("medicare", mc)], a)


def au_endo_telehealth(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(16, 38)
    a = place(c)
    while a.town not in ("Dubbo", "Tamworth", "Wagga Wagga", "Maitland", "Cessnock"):
        a = place(c)
    mrn = _au_mrn(c)
    doc = c.staff()
    sup = c.rel(q, "f") if age < 22 else c.husband(q)
    role = "mum" if age < 22 else "partner"
    vd = c.wdt(-4, 0)
    lap = vd - timedelta(days=c.ri(200, 900))
    c.t("Pelvic Pain and Endometriosis Clinic - TELEHEALTH (Healthdirect Video Call)\n")
    c.d(vd, c.ch(["dmy", "long"])).t(f" {c.tm(9, 16)}   Link: ").p("URL", f"https://vcc.healthdirect.org.au/{c.ch(['rpa-gynae', 'wslhd-pelvicpain', 'rhw-endo'])}/{c.tok(10)}")
    c.t("\nPatient: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, "dmy").t(" (").age(age).t(")   MRN: ").id(mrn).t("\nMedicare: ")
    _, mc = _medicare_line(c)
    c.t("   Joined from home in ").ad(a.town).t(", ").c("audio and video clear").t("\n")
    atsi = c.ch(["no", "yes - Aboriginal"]) if q.grp == "aus" else "no"
    c.t("Support person: ").nm(sup.fl).t(f" ({role})   Aboriginal and/or Torres Strait Islander: {atsi}\n\n")
    c.t("History: endometriosis confirmed at laparoscopy ").d(lap, c.ch(["dmy", "my"])).t(" (").c(c.ch(["rASRM stage II, excised", "stage I, ablated", "stage III, left endometrioma"]))
    c.t("). Now ").c(f"dysmenorrhoea {c.ri(6, 10)}/10").t(", ").c(f"pelvic pain {c.ri(12, 24)} days a month").t(", ").c(c.ch(["dyschezia", "bladder pain"] + (["dyspareunia"] if age >= 18 else [])))
    c.t("; missing ").c(f"{c.ri(2, 6)} days a month").t(" of ").t("school" if age < 19 else "work").t(".\n")
    c.t("EHP-5 pain ").c(f"{c.ri(50, 100)}").t("; ").c(c.ch(["PHQ-9 11", "PHQ-9 6", "PHQ-9 15"])).t(".\n")
    cur = c.ri(0, 2)
    c.t("Current: ").c(["dienogest 2 mg daily (Visanne, PBS) for 5 months", "continuous Levlen ED", "Mirena (2023)"][cur]).t(", ")
    c.c("naproxen 550 mg BD with food during periods").t(", ").c("heat pack, TENS").t(".\n\n")
    c.t("Plan:\n- ").c(["continue dienogest 2 mg daily; review bleeding pattern", "switch to dienogest 2 mg daily (PBS)",
                       "add dienogest 2 mg daily with Mirena in situ"][cur]).t("\n- pelvic floor physiotherapy referral (telehealth available)\n- ")
    c.c("GP management plan and team care arrangement").t(" for allied health\n- ").c("MRI pelvis (deep endometriosis protocol)").t(" before any repeat surgery\n")
    c.t("- follow-up video call ").d(vd + timedelta(days=c.ri(60, 100)), c.ch(["dmy", "long"])).t("; if the link fails we will ring ").ph(phone(c)).t("\n\n")
    c.t("Dr ").nm(doc.fl).t(", Gynaecologist, AHPRA ").id(ahpra_no(c.r)).t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("medicare", mc)], a)


# ---------------------------------------------------------------------------------------- Canada (Alberta, British Columbia, Nova Scotia)
CA_ORG = orgs("Lois Hole Hospital for Women", "Foothills Medical Centre", "Royal Alexandra Hospital",
              "Cross Cancer Institute", "Tom Baker Cancer Centre", "Surrey Memorial Hospital", "BC Women's Hospital",
              "QEII Health Sciences Centre", "Alberta Health Services", "Fraser Health", "Nova Scotia Health",
              "BC Cancer")
CA_CLINIC = orgs("Crowfoot Family Practice", "Northgate Medical Clinic", "Westview Family Medicine", "Panorama Medical Clinic",
                 "Cobequid Community Health Centre", "Bayers Road Family Practice")


def ab_epac(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(18, 43)
    a = place(c)
    phn, mrn = ab_phn(c.r), f"{c.dig(8)}"
    doc, fp = c.staff(), c.staff()
    vd = c.wdt(-5, 0)
    lmp = vd - timedelta(days=c.ri(50, 84))
    kind = c.ch(["missed", "incomplete", "missed"])
    h = c.ri(800, 38000)
    rhneg = c.yes(0.3)
    hosp = "Lois Hole Hospital for Women" if a.town in ("Edmonton", "St. Albert", "Sherwood Park") else "Foothills Medical Centre"
    c.t(f"Alberta Health Services - Early Pregnancy Assessment Clinic, {hosp}\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.lf])).t("   PHN/ULI: ").id(phn).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, c.ch(["iso", "ymon"])).t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("   Phone: ").ph(phone(c, a.area)).t("\n")
    c.t("Visit: ").d(vd, c.ch(["ymon", "iso"])).t("   Referred from: ").c(c.ch(["ED", "family physician", "Health Link 811"])).t("\n")
    c.t("Family physician: Dr. ").nm(fp.fl).t(f", {c.ch(CA_CLINIC[:4])}\n\n")
    c.t("LMP ").d(lmp, "iso").t(" (").c(ga(lmp, vd) + " wk").t("). ").c(c.ch(["Bleeding 3 days, passing clots", "Spotting, no pain", "Cramping and bleeding since yesterday"])).t(". ")
    c.c(c.ch(["G1P0", "G2P1", "G3P1", "G2P0"])).t(".\nVitals: ").c(f"BP {c.ri(100, 130)}/{c.ri(60, 84)}").t(", ").c(f"HR {c.ri(64, 98)}").t(", ")
    c.c(f"T {c.fl(36.3, 37.3)} C").t(". ").c(f"Quantitative beta-hCG {h:,} IU/L").t(". ").c(f"Hb {c.ri(108, 142)} g/L").t(".\n")
    if kind == "missed":
        c.t("US: ").c(f"IUP, CRL {c.fl(7.0, 18.0)} mm, no cardiac activity").t(" -> ").c("early pregnancy loss (missed)").t(" (").c("O02.1").t(")\n")
    else:
        c.t("US: ").c(f"no gestational sac; heterogeneous contents {c.ri(14, 30)} mm with vascularity").t(" -> ").c("incomplete pregnancy loss").t(" (").c("O03.4").t(")\n")
    c.t("Options reviewed (SOGC): expectant; medical - ").c("mifepristone 200 mg PO then misoprostol 800 mcg PV 24 h later").t("; surgical - ")
    c.c("MVA in clinic with paracervical block").t(". Patient chose ").c(c.ch(["medical", "MVA", "expectant"])).t(".\n")
    c.t("Rh: ").c("O negative" if rhneg else "O positive")
    if rhneg:
        c.t(" - ").c("Rh immune globulin 300 mcg IM").t(" given today")
    c.t(".\nRx: ").c("ibuprofen 600 mg q6h PRN").t(", ").c("acetaminophen 1 g q6h PRN").t(". Follow-up ").c("urine hCG in 3 weeks").t(" (")
    c.d(vd + timedelta(days=21), "ymon").t("); return for ").c("soaking 2 pads/h for 2 h, fever > 38 C").t(".\n\n")
    c.t("Dr. ").nm(doc.fl).t(", MD, FRCSC - CPSA ").id(f"{c.ri(10000, 39999)}").t("\n")
    return _end(c, q, dob, [("phn", phn.replace("-", "")), ("mrn", mrn)], a)


def ab_gynonc_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(55, 92) if c.yes(0.7) else c.adult(89, 96)
    a = place(c)
    phn = ab_phn(c.r)
    ref = c.staff()
    kin = c.rel(q, "f")
    rd = c.wdt(-3, 0)
    bx = rd - timedelta(days=c.ri(5, 20))
    centre = "Cross Cancer Institute" if a.area == "780" else "Tom Baker Cancer Centre"
    hist = c.ch(["endometrioid adenocarcinoma, FIGO grade 1", "endometrioid adenocarcinoma, FIGO grade 2",
                 "atypical endometrial hyperplasia / EIN", "serous carcinoma"])
    c.t(f"ALBERTA REFERRAL - GYNECOLOGIC ONCOLOGY\nTo: {centre}   Fax: ").ph(phone(c, a.area, False)).t("\nDate: ").d(rd, "iso").t("   Urgency: ")
    c.c("urgent" if "hyperplasia" in hist else "urgent - cancer confirmed").t("\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fL])).t("   DOB: ").d(dob, c.ch(["ussh", "usl"])).t(" (age ").age(age).t(")   PHN: ").id(phn).t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("\nPhone: ").ph(phone(c, a.area, False)).t("   Alternate contact: ").nm(kin.fl).t(" (daughter) ").ph(phone(c, a.area)).t("\n")
    c.t("Referring: Dr. ").nm(ref.fl).t(f", {c.ch(CA_CLINIC[:4])}, CPSA ").id(f"{c.ri(10000, 39999)}").t("   Fax ").ph(phone(c, a.area, False)).t("\n\n")
    c.t("Reason: ").c("postmenopausal bleeding").t("; endometrial biopsy ").d(bx, "iso").t(": ").c(hist).t(".\n")
    c.t("TVUS: ").c(f"endometrial thickness {c.fl(9, 28)} mm").t(", ").c(c.ch(["adnexa normal", "small left simple cyst 2 cm"])).t(".\n")
    c.t("CT chest/abdomen/pelvis: ").c(c.ch(["no evidence of extrauterine disease", "no adenopathy; 4 mm lung nodule, indeterminate", "bulky uterus only"])).t(".\n")
    c.t("Comorbidities: ").c(f"BMI {c.fl(28, 52)}").t(", ").cl(c.r.sample(["type 2 diabetes (HbA1c 7.8%)", "hypertension", "OSA on CPAP", "atrial fibrillation on apixaban 5 mg BID", "CKD stage 3 (eGFR 48)"], 2))
    c.t(". ").c(f"ECOG {c.ch([0, 1, 1, 2, 3])}").t(". ").c(c.ch(["Lives independently", "Lives with daughter", "Lives in supportive living"])).t(".\n")
    c.t("Labs: ").c(f"Hb {c.ri(96, 140)} g/L").t(", ").c(f"creatinine {c.ri(58, 140)} umol/L").t(", ").c(f"CA-125 {c.ri(8, 64)} kU/L").t(".\n")
    c.t("Patient aware of diagnosis: ").c("yes").t(". Interpreter: ").t("Punjabi" if q.grp == "pun" else ("Tagalog" if q.grp == "fil" else "no")).t("\n")
    return _end(c, q, dob, [("phn", phn.replace("-", ""))], a)


def bc_colposcopy(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 68)
    a = place(c)
    phn = bc_phn(c.r)
    mrn = f"{c.ch(['SM', 'FH'])}{c.dig(7)}"
    doc, fp = c.staff(), c.staff()
    vd = c.wdt(-5, 0)
    scr = vd - timedelta(days=c.ri(40, 90))
    hpv = c.ch(["HPV 16 positive", "HPV 18 positive", "other high-risk HPV positive"])
    lbc = c.ch(["HSIL", "LSIL", "ASC-H", "NILM"])
    leep = c.yes(0.8 if lbc in ("HSIL", "ASC-H") else 0.15)
    c.t("Fraser Health - Colposcopy Clinic, Surrey Memorial Hospital\nCOLPOSCOPY CONSULTATION\n\n")
    c.t("Patient: ").nm(c.ch([q.fmn, q.lfmn, q.fL])).t("   PHN: ").id(phn).t("   MRN: ").id(mrn).t("   DOB: ").d(dob, "iso").t("\n")
    c.t("Address: ")
    addr_lines(c, a).t("   Phone: ").ph(phone(c, a.area)).t("\n")
    if q.grp == "pun":
        c.t("Interpreter: Punjabi (telephone interpreter)\n")
    elif q.grp == "chc":
        c.t("Interpreter: Cantonese (daughter declined as interpreter; professional used)\n")
    c.t("Family physician: Dr. ").nm(fp.fi).t("   Date: ").d(vd, "iso").t("\n\n")
    c.t("Referral: BC Cancer Cervix Screening Program - ").c("HPV self-screening").t(" ").d(scr, "iso").t(": ").c(hpv).t("; reflex LBC ")
    c.c(lbc).t(".\n")
    c.t("History: ").c(c.ch(["G2P2", "G3P3", "G1P1", "G0"])).t(", ").c(c.ch(["postmenopausal", "LMP 2 weeks ago", "on COC"])).t(", ")
    c.c(c.ch(["never screened before", "last Pap 2016 normal", "previous LEEP 2012"])).t(", ").c(c.ch(["non-smoker", "smoker"])).t(".\n")
    c.t("Colposcopy: ").c(c.ch(["SCJ fully visible (TZ 1)", "SCJ partially visible (TZ 2)", "SCJ not visible (TZ 3)"])).t("; ")
    c.c(c.ch(["acetowhite lesion 3 quadrants, coarse punctation", "faint acetowhite at 1 o'clock", "dense acetowhite 5-7 o'clock"])).t("; ")
    c.c("Lugol's non-staining").t(". ").c(f"Biopsies x{c.ri(1, 3)}").t(" and ").c("ECC").t(".\n")
    if leep:
        c.t("Pathology: ").c(c.ch(["HSIL (CIN 3)", "HSIL (CIN 2), p16 positive"])).t(". Plan: ").c("LEEP under local").t(" booked ").d(vd + timedelta(days=c.ri(14, 40)), "iso")
        c.t("; ").c("co-test at 6 and 18 months").t(" after treatment.\n")
    else:
        c.t("Pathology: ").c(c.ch(["LSIL (CIN 1)", "no dysplasia"])).t(". Plan: ").c("repeat HPV test in 12 months").t(", then ").c("return to routine screening if negative").t(".\n")
    c.t("\nDr. ").nm(doc.fl).t(", MD, FRCSC   CPSBC ").id(f"{c.ri(10000, 49999)}").t("\n")
    return _end(c, q, dob, [("phn", phn.replace(" ", "")), ("mrn", mrn)], a)


def ns_menopause(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(45, 60)
    a = place(c)
    hcn = ns_hcn(c.r)
    fp, doc = c.staff(), c.staff("f")
    vd = c.wdt(-12, -2)
    c.t("Nova Scotia Health - Menopause Clinic, QEII Health Sciences Centre\n\n").d(vd + timedelta(days=c.ri(2, 9)), "usl").t("\n\n")
    c.t("Dr. ").nm(fp.fl).t(f"\n{c.ch(CA_CLINIC[4:])}\n\nDear Dr. ").nm(fp.last).t(",\n\n")
    c.t("RE: ").nm(c.ch([q.fl, q.fL])).t("   HCN: ").id(hcn).t("   DOB: ").d(dob, "usl").t("\n")
    addr_lines(c, a).t("   Tel: ").ph(phone(c, a.area)).t("\n\n")
    c.t(f"Thank you for referring this pleasant {age}-year-old ").c(c.ch(["G2P2", "G3P3", "G1P1", "G0"])).t(", whom I saw in clinic on ").d(vd, "usl").t(". ")
    if q.grp == "aca":
        c.t("She prefers to be seen in French and the visit was conducted in French. ")
    c.t("Her LMP was ").d(vd - timedelta(days=c.ri(180, 1100)), "my").t(". She describes ").c(f"{c.ri(8, 20)} hot flashes a day").t(" and ")
    c.cl(c.r.sample(["night sweats", "insomnia", "brain fog", "vaginal dryness", "recurrent UTIs", "low libido"], 2)).t(".\n\n")
    c.t("PMH: ").c(c.ch(["hypothyroidism on levothyroxine 100 mcg", "no significant history", "migraine with aura", "hypertension on amlodipine 5 mg"])).t(". ")
    c.t("Smoker: ").c(c.ch(["no", "quit 2019", "yes, 10/day"])).t(". Mammogram ").d(vd - timedelta(days=c.ri(60, 500)), "my").t(": ").c("BI-RADS 1").t(".\n")
    c.t("Exam: ").c(f"BP {c.ri(110, 148)}/{c.ri(68, 92)}").t(", ").c(f"BMI {c.fl(21, 38)}").t(", ").c(c.ch(["atrophic vulvovaginal changes", "normal pelvic exam"])).t(".\n\n")
    c.t("Recommendations:\n1. ").c(c.ch(["Estrogel 2 pumps (1.5 mg) daily", "Estradot 50 mcg patch twice weekly", "Estradot 75 mcg patch twice weekly"]))
    c.t(" with ").c("Prometrium 100 mg at bedtime").t(" continuously.\n2. ").c(c.ch(["Intrarosa (prasterone) 6.5 mg vaginal insert nightly", "Vagifem 10 mcg twice weekly"])).t(".\n")
    c.t("3. If hormone therapy is declined: ").c("venlafaxine XR 37.5 mg daily, increase to 75 mg").t(" or ").c("gabapentin 300 mg at bedtime").t(".\n")
    c.t("I will see her again in ").c("3 months").t(".\n\nSincerely,\n\nDr. ").nm(doc.fl).t(", MD, FRCSC, MSCP\n")
    return _end(c, q, dob, [("hcn", hcn.replace(" ", ""))], a)


# ---------------------------------------------------------------------------------------- Ireland (Dublin south, Wicklow, Kildare, south-east)
IE_HOSP = orgs("Coombe Hospital", "National Maternity Hospital", "Tallaght University Hospital", "University Hospital Waterford",
               "St Luke's General Hospital", "CervicalCheck")
IE_PRACT = orgs("Abbey Medical Centre", "Fairgreen Family Practice", "Parkview Medical", "Mill Lane Family Practice",
                "Riverside Medical Practice", "Harbour Family Practice")
IE_NH = orgs("Ashford House Nursing Home", "Oaklands Lodge Nursing Home", "Sonas Nursing Home", "Beechfield Care Centre")


def _ie_mrn(c: C) -> str:
    return c.ch([c.dig(6), c.dig(7), f"{c.dig(2)}/{c.dig(5)}"])


def _ie_gp_town(c: C, a: Addr) -> tuple[str, str, str, str]:
    return c.ch([t for t in TOWNS["ie"] if t[0] != a.town])


def ie_colposcopy_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(25, 64)
    a = place(c)
    mrn, pps = _ie_mrn(c), ppsn(c.r, c.yes(0.4))
    gp, cons = c.staff(), c.staff()
    scr = c.dt(-100, -50)
    vd = c.wdt(-30, -15)
    hist = vd + timedelta(days=c.ri(8, 16))
    cyto = c.ch(["LSIL", "HSIL", "ASC-US", "HSIL"])
    hi = cyto == "HSIL"
    gt = _ie_gp_town(c, a)
    c.t("Colposcopy Clinic, Coombe Hospital\nTel ").ph(phone(c, "01", False)).t("\n\n").d(hist + timedelta(days=c.ri(1, 5)), c.ch(["nth", "long"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f"\n{c.ch(IE_PRACT)}\n").ad(gt[0]).t("\n\nRe: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, c.ch(["dmy", "dot"]))
    c.t(", MRN ").id(mrn).t(", PPSN ").p("SSN", pps).t("\n")
    addr_lines(c, a).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    c.t(f"I reviewed {q.title} ").nm(q.last).t(" at colposcopy on ").d(vd, c.ch(["nthmo", "dmo"])).t(" following her CervicalCheck test of ")
    c.d(scr, "dmy").t(": ").c(c.ch(["HPV 16 detected", "HPV 18 detected", "HPV (other) detected"])).t(", cytology ").c(cyto).t(".\n")
    c.t("She is ").c(c.ch(["para 2", "para 0", "para 3", "para 1"])).t(", ").c(c.ch(["LMP 10 days ago", "on the combined pill", "postmenopausal", "using a copper coil"]))
    c.t(" and ").c(c.ch(["a non-smoker", "smokes 15 a day", "an ex-smoker"])).t(".\n\n")
    c.t("Colposcopy: ").c(f"TZ type {c.ch(['1', '2', '3'])}").t(", ").c(c.ch(["high-grade appearances 11-2 o'clock", "low-grade appearances 6 o'clock", "acetowhite with punctation anterior lip"]))
    c.t(". ").c(c.ch(["LLETZ (see and treat)", "directed biopsy x2"]) if hi else "directed biopsy x1").t(".\n")
    c.t("Histology (").d(hist, "dmy").t("): ").c(c.ch(["CIN3, margins clear", "CIN2, margins clear"]) if hi else c.ch(["CIN1", "no CIN, HPV effect"])).t(".\n\n")
    if hi:
        c.t("Plan: ").c("test of cure (HPV) at 6 months").t(" in the colposcopy clinic (").d(vd + timedelta(days=182), "my").t("); if negative she returns to ")
        c.c("3-yearly screening").t(".\n")
    else:
        c.t("Plan: no treatment. ").c("Repeat HPV test in 12 months").t(" (").d(vd + timedelta(days=365), "my").t(") with CervicalCheck.\n")
    c.t("She can be contacted on ").ph(phone(c)).t(".\n\nYours sincerely,\n\nDr ").nm(cons.fl).t(", FRCPI, MRCOG, Consultant Obstetrician and Gynaecologist, IMC ")
    c.id(f"{c.ri(10000, 429999):06d}").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("ppsn", pps)], a)


def ie_epu_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(22, 44)
    a = place(c)
    mrn = _ie_mrn(c)
    gp, reg, cons = c.staff(), c.staff(), c.staff()
    partner = c.husband(q)
    smm = c.wdt(-30, -12)
    gms = c.yes(0.4)
    gt = _ie_gp_town(c, a)
    rhneg = c.yes(0.25)
    c.t("Early Pregnancy Unit, National Maternity Hospital\n\n").d(c.dt(-3, 0), c.ch(["nth", "long", "dmy"])).t("\n\n")
    c.t("Dr ").nm(gp.fi).t(f", {c.ch(IE_PRACT)}, ").ad(gt[0]).t("\n\nRe: ").nm(c.ch([q.fl, q.fL])).t(", DOB ").d(dob, c.ch(["dot", "dmy"]))
    c.t(", Hospital No. ").id(mrn)
    if gms:
        c.t(", GMS No. ").id(f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRSTW')}")
    c.t("\n")
    addr_lines(c, a).t("   Mob ").ph(phone(c)).t("\n\nDear Dr ").nm(gp.last).t(",\n\n")
    mva = c.yes(0.4)
    c.t("Your patient attended the EPU with ").c(c.ch(["PV bleeding", "no symptoms (booking scan)", "cramping and spotting"])).t(". Scan showed ")
    c.c(f"a fetal pole of {c.fl(6.5, 21.0)} mm with no fetal heart").t(", confirmed on a second scan, consistent with a ").c("missed miscarriage").t(".\n")
    c.t("She chose ").c("manual vacuum aspiration under local anaesthetic" if mva else "surgical management under general anaesthetic").t(", performed on ")
    c.d(smm, c.ch(["nthmo", "dmo", "dmy"])).t(" (").c("misoprostol 400 micrograms PV").t(" 3 hours pre-procedure; ").c(f"EBL {c.ri(30, 250)} mL").t(").\n")
    c.t("Histology: ").c("products of conception, no evidence of molar change").t(".\nBlood group ").c("O Rhesus negative" if rhneg else "A Rhesus positive")
    if rhneg:
        c.t("; ").c("anti-D 250 IU").t(" given.")
    else:
        c.t(".")
    c.t("\n\n").nm(q.first).t(" and her partner ").nm(partner.first).t(" were understandably upset. We have given information on the ")
    c.t("bereavement service. A ").c("pregnancy test in 3 weeks").t(" is advised; please refer back if positive. This was her ")
    c.c(c.ch(["first", "second", "third"])).t(" loss; ").c("folic acid 400 micrograms daily").t(" if trying again. In a future pregnancy she may ")
    c.t("self-refer for an early reassurance scan at ").c("7 weeks").t(" (EPU ").ph(phone(c, "01", False)).t(").\n\nYours sincerely,\n\n")
    c.t("Dr ").nm(reg.fl).t(", Registrar in Obstetrics and Gynaecology, on behalf of Dr ").nm(cons.fi).t("\n")
    return _end(c, q, dob, [("mrn", mrn)], a)


def ie_outreach_pessary(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(80, 98)
    mrn = _ie_mrn(c)
    gms = f"{c.dig(7)}{c.ch('ABCDEFGHJKLMNPRSTW')}"
    nok = c.rel(q, "f")
    gp, cns = c.staff(), c.staff("f")
    vd = c.wdt(-5, 0)
    home = c.ch(IE_NH)
    t = c.ch(TOWNS["ie"][:11])
    size = c.ch([60, 64, 68, 72, 76, 80])
    c.t(f"Gynaecology Outreach Clinic - Nursing Home Visit\nFacility: {home}, ").ad(t[0]).t(f", {t[3]}\nDate: ").d(vd, c.ch(["nth", "long"])).t("\n\n")
    c.t(f"Resident: {q.title} ").nm(c.ch([q.fl, q.fL])).t(" (age ").age(age).t("), DOB ").d(dob, "dmy").t(", MRN ").id(mrn).t(", GMS ").id(gms).t("\n")
    c.t("NOK: ").nm(nok.fl).t(" (daughter) ").ph(phone(c)).t("   GP: Dr ").nm(gp.fi).t("\n\n")
    c.t("Indications: ").c(f"stage {c.ch(['III', 'III', 'II'])} uterovaginal prolapse").t(" (").c(f"POP-Q Ba +{c.ri(1, 4)}, C +{c.ri(0, 3)}").t(") managed with ")
    c.c(f"ring pessary {size} mm").t(", changed ").c(c.ch(["6-monthly", "4-monthly"])).t("; ").c("lichen sclerosus").t(" on ")
    c.c("clobetasol propionate 0.05% ointment once weekly").t(".\n")
    c.t("Cognition: ").c(c.ch(["MMSE 18/30; consented verbally, daughter aware", "moderate dementia; best-interests decision with daughter", "alert, consented"])).t(".\n\n")
    c.t("Today: pessary removed, cleaned and ").c(c.ch(["reinserted", f"replaced with {size + 4} mm (expelled twice)"])).t(". Vaginal walls: ")
    plaque = c.yes(0.3)
    c.c(c.ch(["no erosion", "small erosion posterior wall 5 mm", "atrophic, no ulceration"])).t(". Vulva: ")
    c.c("new white thickened plaque left labium minus 6 mm" if plaque else "LS stable, no thickening or ulceration")
    c.t(". ").c(f"Urine dip: {c.ch(['nitrite negative', 'leucocytes 1+, nitrite negative'])}").t(". ")
    c.t("Weight ").c(f"{c.ri(41, 72)} kg").t(".\n\nPlan:\n- ").c("estriol 0.1% cream (Ovestin) twice weekly").t(" to vagina\n- ")
    if plaque:
        c.c("clobetasol nightly for 4 weeks").t(", then weekly; if the plaque persists: ").c("vulval punch biopsy at clinic").t("\n- ")
    else:
        c.t("continue ").c("clobetasol weekly").t("\n- ")
    c.c("emollient as soap substitute").t("\n")
    c.t("- next pessary change ").d(vd + timedelta(days=c.ri(120, 182)), c.ch(["nthmo", "my"])).t("\n\n").nm(cns.fl).t(", CNS Urogynaecology, NMBI PIN ")
    c.id(f"{c.ri(100000, 299999)}").t("\n")
    return _end(c, q, dob, [("mrn", mrn), ("gms", gms)])


# ---------------------------------------------------------------------------------------- New Zealand (Auckland, Northland)
NZ_HOSP = orgs("Middlemore Hospital", "Auckland City Hospital", "North Shore Hospital", "Waitakere Hospital",
               "Te Whatu Ora", "Sexual Wellbeing Aotearoa", "Counties Manukau", "Waitematā")
NZ_PRACT = orgs("Tamaki Health Clinic", "Kaupapa Māori Health Centre", "Bays Medical", "Westgate Medical Centre",
                "Pasifika Family Health", "Ōrākei Health Centre")


def nz_epac_referral(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(17, 42)
    a = place(c)
    nhi = nhi_no(c.r, c.yes(0.5))
    mw = c.staff("f")
    partner = c.husband(q)
    rd = c.wdt(-2, 0)
    lmp = rd - timedelta(days=c.ri(42, 80))
    eth = {"mao": "Māori", "sam": "Samoan", "ton": "Tongan", "fji": "Fijian Indian"}.get(q.grp, "NZ European")
    c.t("Te Whatu Ora Counties Manukau - Early Pregnancy Assessment Clinic, Middlemore Hospital\nREFERRAL FROM LMC / GP\n\n")
    c.t("Date: ").d(rd, "dmy").t("\nWoman: ").nm(c.ch([q.fL, q.fl])).t("   NHI: ").id(nhi).t("   DOB: ").d(dob, "dmy").t(f"   Ethnicity: {eth}\n")
    c.t("Address: ")
    addr_lines(c, a, ", ").t("   Mobile: ").ph(phone(c)).t("\n")
    c.t("Partner / whānau: ").nm(partner.fl).t(" ").ph(phone(c)).t("\n")
    if q.grp in ("sam", "ton"):
        c.t(f"Interpreter: {'Samoan' if q.grp == 'sam' else 'Tongan'} - Pacific health kaiāwhina requested\n")
    c.t("LMC: ").nm(mw.fl).t(", Registered Midwife, HPI CPN ").id(hpi_cpn(c.r)).t("   Mob ").ph(phone(c)).t("\n\n")
    c.t("Reason: ").c(c.ch(["PV bleeding", "PV bleeding and lower abdominal pain", "previous ectopic - location scan", "hyperemesis, ketones 3+"]))
    c.t(" at ").c(ga(lmp, rd) + " weeks").t(" by LMP (").d(lmp, "dmy").t(")\n")
    c.t("Obstetric history: ").c(c.ch(["G1P0", "G3P2", "G4P2 (1 miscarriage)", "G5P4"])).t("   Medical: ").c(c.ch(["nil", "asthma", "type 2 diabetes on metformin 1 g BD", "previous caesarean x2"])).t("\n")
    c.t("Obs: ").c(f"BP {c.ri(100, 132)}/{c.ri(60, 84)}").t(", ").c(f"pulse {c.ri(68, 102)}").t(", ").c(f"temp {c.fl(36.4, 37.4)}").t("\n")
    grp = c.ch(["O Rh negative", "O Rh positive", "A Rh positive", "B Rh positive"])
    c.t("Bloods: ").c(f"hCG {c.ri(600, 45000):,} IU/L").t(", ").c(f"Hb {c.ri(104, 138)} g/L").t(", ").c(grp)
    c.t(", ").c("antibody screen negative").t("\n\n")
    c.t("EPAC outcome (completed ").d(rd + timedelta(days=1), "dm").t("): ").c(c.ch(["viable IUP, CRL consistent with dates", "PUL - repeat hCG in 48 h", "complete miscarriage", "missed miscarriage - options discussed"]))
    c.t("; ").c("anti-D 250 IU given" if "negative" in grp else c.ch(["anti-D not required", "discharged to LMC care"])).t(".\n")
    return _end(c, q, dob, [("nhi", nhi)], a)


def nz_text_log_lower(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(16, 34)
    a = place(c)
    nhi = nhi_no(c.r, c.yes(0.5)).lower()
    nurse = c.staff("f")
    d1 = c.dt(-20, -8)
    due = d1 + timedelta(days=c.ri(3, 8))
    mob = phone(c)
    c.t("sms log - sexual wellbeing aotearoa, west auckland clinic\nclient: ").nm(q.low).t("  nhi ").id(nhi).t("  dob ").d(dob, "d/m/yy")
    c.t("  mob ").ph(mob).t("\n\n")
    c.d(d1, "d/m").t(f" {c.tm(9, 11)} out: kia ora ").nm(q.lowf).t(", reminder your ").c("depo").t(" is due ").d(due, "d/m").t(". reply yes to book or ring us. ")
    c.t("- ").nm(nurse.lowf).t("\n")
    c.d(d1, "d/m").t(f" {c.tm(12, 20)} in: hey yes can i come fri after 3. also been bleeding on and off since ").d(d1 - timedelta(days=c.ri(10, 30)), "d/m")
    c.t(" is that normal??\n")
    c.d(d1 + timedelta(days=1), "d/m").t(f" {c.tm(9, 11)} out: booked fri ").d(due, "d/m").t(" 3.30pm. irregular bleeding is common on ").c("depo")
    c.t(" but we'll check ").c("bp").t(", do a ").c("swab for chlamydia/gonorrhoea").t(" and a ").c("pregnancy test").t(". ngā mihi\n\n")
    c.d(due, "d/m").t(" visit: ").c(f"bp {c.ri(104, 128)}/{c.ri(62, 82)}").t(", ").c(f"wt {c.ri(54, 118)} kg").t(", ").c("upt neg").t(", ")
    c.c("depo-provera 150 mg im l deltoid").t(", next due ").d(due + timedelta(days=84), "d/m/yy").t(" (").c("12 wks").t("). ").c("self-taken vaginal swab ct/ng").t("\n")
    pos = c.yes(0.4)
    c.d(due + timedelta(days=3), "d/m").t(f" {c.tm(10, 16)} out: hi ").nm(q.lowf).t(", your swab results are back - ")
    if pos:
        c.c("chlamydia positive").t(". please come in today or tomorrow for ").c("doxycycline 100 mg bd for 7 days").t(" (free). partner(s) need treating too - we can help with that. no sex for ")
        c.c("7 days").t(" after you both finish.\n")
    else:
        c.c("all clear").t(". see you ").d(due + timedelta(days=84), "d/m").t(" :)\n")
    c.d(due + timedelta(days=3), "d/m").t(f" {c.tm(16, 21)} in: ok thanks ").nm(nurse.lowf).t(" " + c.ch(["x", "ty", "sweet as"]) + "\n")
    c.t("home: ").ad(a.town.lower()).t("   staff: ").nm(nurse.low).t(" (rn, nurse prescriber)\n")
    return _end(c, q, dob, [("nhi", nhi.upper())], a, mob)


def nz_waitlist_letter(c: C) -> Note:
    q = c.pat()
    dob, _age = c.adult(28, 55)
    a = place(c)
    while a.town in ("Whangārei", "Kaitaia", "Ōtara", "Papatoetoe", "Māngere", "Manurewa", "Ōtāhuhu", "Pukekohe"):
        a = place(c)
    nhi = nhi_no(c.r, c.yes(0.5))
    cons, gp, bk = c.staff(), c.staff(), c.staff("f")
    fmc = c.wdt(-20, -5)
    score = c.ri(45, 80)
    proc, summ = c.ch([("total laparoscopic hysterectomy", "HMB with 12 cm fibroid uterus"),
                       ("laparoscopic excision of endometriosis", "stage III endometriosis, failed dienogest"),
                       ("hysteroscopic resection of submucous fibroid", "submucous fibroid 3 cm FIGO type 1"),
                       ("laparoscopic ovarian cystectomy", "endometrioma 6 cm")])
    greet = {"mao": "Tēnā koe", "sam": "Talofa", "ton": "Mālō e lelei"}.get(q.grp, c.ch(["Kia ora", "Dear"]))
    c.t("Te Whatu Ora Waitematā - Women's Health, North Shore Hospital\n\n").d(c.dt(-3, 0), "long").t("\n\nPRIVATE AND CONFIDENTIAL\n")
    c.nm(c.ch([q.fL, q.fl])).t("\n").ad(a.line).t("\n").ad(a.town).t(" ").zp(a.zip).t("\nNHI: ").id(nhi).t("\n\n")
    c.t(f"{greet} ").nm(q.first).t(",\n\nFollowing your appointment with Dr ").nm(cons.fl).t(" on ").d(fmc, "long").t(", you have been accepted for surgery:\n")
    c.t("Procedure: ").c(proc).t("\nPriority (CPAC) score: ").c(f"{score}/100").t(" - you should be offered a date within ").c("4 months" if score >= 55 else "6 months")
    c.t(" (before ").d(fmc + timedelta(days=122 if score >= 55 else 183), "my").t(").\n\n")
    c.t("Before surgery you will have a ").c("phone pre-anaesthetic assessment").t(". Please ").c("stop smoking or vaping").t(", and tell us if you take ")
    c.c("blood thinners, the pill or HRT").t(". If your symptoms get worse please see your GP, Dr ").nm(gp.fi).t(f", {c.ch(NZ_PRACT)}.\n")
    c.t("Bookings: ").ph(phone(c, "", False)).t(" (Mon-Fri) or ").em(bk.mail("tewhatuora.govt.nz", c.ri(0, 3))).t(".\n\nNgā mihi,\n").nm(bk.fl).t(", Booking Coordinator\n\n")
    c.t("For the GP - clinical summary: ").c(summ)
    c.t("; ").c(f"Hb {c.ri(92, 134)} g/L").t("; ").c(f"BMI {c.fl(22, 39)}").t("; ").c(c.ch(["ferric carboxymaltose 1 g IV given", "no anticoagulants", "on metformin"]))
    c.t(". Dr ").nm(cons.last).t(", HPI CPN ").id(hpi_cpn(c.r)).t(", MCNZ ").id(f"{c.ri(10000, 89999)}").t("\n")
    return _end(c, q, dob, [("nhi", nhi)], a)


# ---------------------------------------------------------------------------------------- South Africa (Gauteng)
ZA_ORG = orgs("Chris Hani Baragwanath Academic Hospital", "Charlotte Maxeke Academic Hospital", "NHLS", "Rahima Moosa")


def za_cervix_referral(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(29, 62)
    a = place(c)
    sid = za_id(c.r, dob, "f")
    hn = c.ch([c.dig(7), f"{c.dig(8)}"])
    reg, cons = c.staff(), c.staff()
    kin = c.rel(q, "f") if c.yes(0.6) else c.husband(q)
    krel = "sister" if kin.sex == "f" else "husband"
    rd = c.wdt(-3, 0)
    eua = rd - timedelta(days=c.ri(5, 14))
    cd4d = rd - timedelta(days=c.ri(14, 60))
    hiv = c.yes(0.6)
    size = c.uf(2.5, 6.5)
    stage = c.ch(["IB2", "IIA1", "IIB", "IIB", "IIIB"]) if size > 4 else c.ch(["IB2", "IIA1", "IIB"])
    c.t("CHRIS HANI BARAGWANATH ACADEMIC HOSPITAL - Department of Obstetrics and Gynaecology\n")
    c.t("GYNAE-ONCOLOGY REFERRAL TO RADIATION ONCOLOGY (Charlotte Maxeke Academic Hospital)\n\n")
    c.t("Date: ").d(rd, c.ch(["long", "dmy"])).t("\nPatient: ").nm(c.ch([q.FL, q.fl, q.LF])).t("   Hosp no: ").id(hn).t("   ID no: ").id(sid).t("\n")
    c.t("DOB: ").d(dob, c.ch(["ymd/", "dmy"])).t("   Age: ").t(str(age)).t("\nAddress: ")
    c.ad(a.line).t(", ").ad(a.town).t(", ").ad(a.state).t(", ").zp(a.zip).t("\nCell: ").ph(phone(c)).t("   NOK: ").nm(kin.fl).t(f" ({krel}) ").ph(phone(c)).t("\n\n")
    c.t("History: ").c(c.ch(["P3", "P2", "P4", "P1"])).t(" with ").c(c.ch(["post-coital bleeding", "offensive vaginal discharge", "intermenstrual bleeding"]))
    c.t(" and ").c(c.ch(["lower abdominal pain", "weight loss", "backache"])).t(" for ").c(f"{c.ri(2, 9)} months").t(".\n")
    if hiv:
        c.t("HIV: ").c("positive").t(", on ").c("TLD (tenofovir 300 mg / lamivudine 300 mg / dolutegravir 50 mg) daily").t("; ")
        c.c(f"CD4 {c.ri(140, 820)} cells/uL").t(" and ").c(c.ch(["VL < 50 copies/mL", f"VL {c.ri(60, 9000)} copies/mL"])).t(" (").d(cd4d, "dmy").t(").\n")
    else:
        c.t("HIV: ").c("negative").t(" (rapid test ").d(rd - timedelta(days=c.ri(5, 20)), "dmy").t(").\n")
    c.t("EUA ").d(eua, c.ch(["dmy", "long"])).t(": ").c(f"exophytic cervical mass {size} cm").t(", ").c(c.ch(["upper third of vagina involved", "vagina free"])).t(", ")
    c.c(c.ch(["parametria involved, not to side wall", "left parametrium to side wall", "parametria free"])).t(".\n")
    c.t("Histology (NHLS ").id(f"{c.ch('ABCDEFGH')}{c.ch('ABCDEFGH')}{c.dig(5)}/{rd.year % 100}").t("): ").c("invasive squamous cell carcinoma, moderately differentiated").t(".\n")
    c.t("FIGO 2018 stage: ").c(stage).t("   ICD-10: ").c("C53.9").t("\n")
    hb = c.uf(6.8, 12.4)
    c.t("Bloods: ").c(f"Hb {hb} g/dL").t(", ").c(f"creatinine {c.ri(52, 140)} umol/L").t(", ").c(f"eGFR {c.ri(38, 110)}").t(", ").c(f"urea {c.fl(2.5, 9.8)} mmol/L").t(".\n")
    c.t("Imaging: ").c("CXR clear").t("; ").c(c.ch(["renal US: no hydronephrosis", "renal US: left hydronephrosis", "CT: no para-aortic nodes"])).t(".\n")
    if hb < 8.0:
        c.t("Transfused ").c(f"{c.ri(2, 3)} units packed red cells").t(" (target ").c("Hb > 10 g/dL").t(" for radiotherapy). ")
    c.t("Plan proposed: ").c("chemoradiation (cisplatin 40 mg/m2 weekly + EBRT + brachytherapy)").t(".\n\n")
    c.t("Dr ").nm(reg.fl).t(" (registrar), HPCSA ").id(f"MP{c.dig(7)}").t("   Consultant: Dr ").nm(cons.fi).t("\n")
    return _end(c, q, dob, [("said", sid), ("hospital", hn)], a)


# ---------------------------------------------------------------------------------------- Singapore
SG_ORG = orgs("KK Women's and Children's Hospital", "Urgent O&G Centre", "Women's Clinic")


def sg_threatened_misc(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(22, 42)
    a = place(c)
    ic = nric(c.r, dob)
    case = f"{c.dig(8)}{c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
    hus = c.husband(q)
    doc = c.staff()
    vd = c.dt(-2, 0)
    lmp = vd - timedelta(days=c.ri(45, 70))
    rev = vd + timedelta(days=c.ri(7, 14))

    def nm(p: P) -> str:
        if p.grp == "sgc":
            return c.ch([p.CNE, p.cne, p.cn])
        if p.grp == "sgm":
            return p.bin(sg=True)
        return p.so()

    c.t("KK Women's and Children's Hospital - Urgent O&G Centre\nCASE NOTE AND DISCHARGE MEMO\n\n")
    c.t("Name: ").nm(nm(q)).t("\nNRIC: ").id(ic).t("   Case No: ").id(case).t("   DOB: ").d(dob, c.ch(["dmy", "dsh"])).t(f"   Age: {age}\n")
    c.t("Address: ").ad(a.line).t(", Singapore ").zp(a.zip).t("\nHP: ").ph(phone(c)).t("   Husband: ").nm(nm(hus)).t(" HP ").ph(phone(c)).t("\n\n")
    c.t("Seen: ").d(vd, c.ch(["dsh", "dmy"])).t(f" {c.tm(0, 23)}\n")
    days = (vd - lmp).days
    c.t("PC: ").c(c.ch(["PV spotting", "PV bleeding with clots x1", "brownish PV discharge"])).t(" since ").c(f"{c.ri(1, 3)}/7").t(", ")
    c.c(c.ch(["mild lower abdominal cramps", "no abdominal pain"])).t(". ").c(f"{days // 7}+{days % 7}/52").t(" by LMP ").d(lmp, "dmy").t(". ")
    c.c(c.ch(["G1P0", "G2P1", "G3P2", "G2P0 (1 previous miscarriage)"])).t(".\n")
    c.t("O/E: ").c(f"BP {c.ri(100, 130)}/{c.ri(60, 84)}").t(", ").c(f"PR {c.ri(70, 100)}").t(", ").c(f"T {c.fl(36.4, 37.2)}").t("; ")
    c.c("abdomen soft, non-tender").t("; ").c("speculum: os closed, minimal old blood").t(".\n")
    crl = round(max(2.5, ((days - c.ri(0, 5) - 23.73) / 8.052) ** 2), 1)
    c.t("TVS: ").c("single intrauterine gestation").t(", ").c(f"CRL {crl} mm").t(", ").c("FH present").t(", ")
    c.c(c.ch(["no subchorionic haemorrhage", f"small subchorionic haemorrhage {c.ri(8, 20)} mm"])).t(". ").c(c.ch(["Blood group O Rh positive", "Blood group A Rh positive", "Blood group B Rh positive"])).t(".\n")
    c.t("Impression: ").c("threatened miscarriage").t("\nPlan: ").c("Duphaston (dydrogesterone) 10 mg BD x 2 weeks").t(", ").c("folic acid 5 mg OM").t("; ")
    c.t("avoid strenuous activity; return if ").c("heavy bleeding, severe pain or fever").t(". Hospitalisation leave ").c(f"{c.ri(2, 5)} days").t(".\n")
    c.t("TCU Women's Clinic ").d(rev, c.ch(["dsh", "dmy"])).t(" for repeat scan.\n\nDr ").nm(nm(doc)).t(" (MO, O&G), MCR ")
    c.id(f"M{c.ri(10000, 99999)}{c.ch('ABCDEFGHJKLZ')}").t("\n")
    return _end(c, q, dob, [("nric", ic), ("case", case)], a)


# ---------------------------------------------------------------------------------------- India (Pune)
IN_HOSP = orgs("Sahyadri Super Speciality Hospital", "Deenanath Mangeshkar Hospital", "Jehangir Hospital", "Inlaks and Budhrani Hospital")


def in_hysterectomy_dc(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(38, 55)
    a = place(c)
    hus = c.husband(q)
    doc, asst = c.staff(), c.staff()
    hosp = c.ch(IN_HOSP)
    uhid = f"{''.join(w[0] for w in hosp.split()[:2]).upper()}{c.dig(6)}"
    ipn = f"IP/{c.today.year}/{c.dig(6)}"
    adm = c.dt(-8, -3)
    od = adm + timedelta(days=1)
    dc = od + timedelta(days=c.ri(2, 4))
    hb0 = c.uf(6.8, 9.6)
    route = c.ch(["TLH", "TAH"])
    c.t(f"{hosp.upper()}\nDEPARTMENT OF OBSTETRICS AND GYNAECOLOGY - DISCHARGE SUMMARY\n\n")
    c.t("Name: Mrs. ").nm(c.ch([q.fmn, q.FMN])).t(f"   Age/Sex: {age} Y / F   UHID: ").id(uhid).t("   IP No: ").id(ipn).t("\n")
    c.t("Address: ").ad(a.line).t(", ").ad(a.town).t(", ").ad("Pune").t(" - ").zp(a.zip).t(", Maharashtra\n")
    c.t("Contact: ").nm(hus.fl).t(" (husband) ").ph(phone(c)).t("   Aadhaar: ").id(aadhaar(c.r, c.ch([" ", "-", ""]))).t("\n")
    c.t("DOA: ").d(adm, "dmy").t("   DOS: ").d(od, c.ch(["dmy", "dash"])).t("   DOD: ").d(dc, "dmy").t("\n")
    c.t("Consultant: Dr. ").nm(doc.fl).t(", MS (OBGY), DNB   MMC Reg. No. ").id(f"{c.ri(1998, 2018)}/{c.ri(1, 12):02d}/{c.ri(1000, 9999)}").t("\n\n")
    c.t("Diagnosis: ").c("multiple uterine fibroids with menorrhagia and secondary anaemia").t(" (").c(f"Hb {hb0} g/dL").t(")\n")
    c.t("Procedure: ").c("total laparoscopic hysterectomy with bilateral salpingectomy" if route == "TLH" else "total abdominal hysterectomy with bilateral salpingo-oophorectomy")
    c.t(" under ").c("GA").t(" on ").d(od, "dmy").t(" (assisted by Dr. ").nm(asst.fi).t(")\n")
    f1 = c.ri(5, 11)
    c.t("Findings: ").c(f"uterus {c.ri(12, 20)} weeks size").t(", ").c(f"{c.ri(2, 7)} fibroids, largest {f1} x {c.ri(4, f1)} cm").t(", ").c("both ovaries normal").t("\n")
    c.t("Course: ").c(f"{c.ri(1, 3)} units PRBC").t(" pre-op; post-op uneventful; catheter removed ").c("POD 1").t("; ").c("ambulated POD 1").t("; passed flatus.\n")
    c.t("Investigations: ").c(f"Hb {c.fl(9.5, 11.4)} g/dL (post-op)").t(", ").c(f"TLC {c.ri(6200, 11800)}/cumm").t(", ").c(f"S. creatinine {c.fl(0.5, 1.1)} mg/dL").t(", ")
    c.c(f"RBS {c.ri(82, 148)} mg/dL").t(", ").c(f"TSH {c.fl(0.8, 4.2)} uIU/mL").t(", ").c("HIV/HBsAg/HCV non-reactive").t(". HPE: ").c("awaited").t("\n\n")
    c.t("Medications:\n").cl(["Tab. Cefuroxime 500 mg 1-0-1 x 5 days", "Tab. Pantoprazole 40 mg 1-0-0 before breakfast x 7 days",
                             "Tab. Paracetamol 650 mg SOS", "Tab. Ferrous ascorbate + folic acid 1-0-0 x 3 months",
                             "Tab. Calcium + Vit D3 0-1-0"], "\n")
    c.t("\n\nAdvice: ").c("no heavy lifting for 6 weeks").t(", ").c("high-protein diet").t(". Review in OPD on ").d(dc + timedelta(days=c.ri(6, 10)), c.ch(["dmy", "dash"]))
    c.t(" with HPE report, or earlier if ").c("fever, bleeding per vaginum or pain").t(".\n")
    return _end(c, q, dob, [("uhid", uhid)], a)


# ---------------------------------------------------------------------------------------- Nigeria (Lagos)
NG_ORG = orgs("Lagos University Teaching Hospital", "Idi-Araba", "LUTH")


def ng_myomectomy_preop(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(27, 46)
    a = place(c)
    hn = c.ch([f"LUTH/{c.dig(6)}", c.dig(6), f"{c.dig(3)}{c.dig(3)}"])
    nhia = c.ch([f"NHIA/{c.dig(8)}", f"{c.dig(9)}"])
    nin = c.dig(11)
    hus = c.husband(q)
    sr, cons = c.staff(), c.staff()
    vd = c.wdt(-3, 0)
    us = vd - timedelta(days=c.ri(14, 60))
    op = vd + timedelta(days=c.ri(7, 21))
    pcv = c.ri(26, 38)
    c.t("LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA\nDepartment of Obstetrics & Gynaecology - GYNAECOLOGY CLINIC: PRE-OPERATIVE REVIEW\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.fl, q.FL])).t("   Hosp. No: ").id(hn).t("   NHIA No: ").id(nhia).t("   NIN: ").id(nin).t("\n")
    c.t(f"Age: {age} yrs   Marital status: married   Occupation: {c.ch(['trader', 'banker', 'civil servant', 'teacher', 'nurse', 'fashion designer'])}\n")
    c.t("Address: ").ad(a.line).t(", ").ad(a.town).t(", Lagos State   Phone: ").ph(phone(c)).t("\nNOK: ").nm(hus.fl).t(" (husband) ").ph(phone(c)).t("\n")
    c.t("Date: ").d(vd, c.ch(["dmy", "nth"])).t("\n\n")
    c.t("History: ").c(c.ch(["menorrhagia with clots", "progressive abdominal swelling", "menorrhagia and dysmenorrhoea"])).t(" for ").c(f"{c.ri(1, 6)} years").t("; ")
    c.c(c.ch([f"primary infertility of {c.ri(2, 8)} years; nulliparous", "secondary infertility; P0+2", "desires more children; P1+0",
              "desires more children; P2+1"])).t(".\n")
    c.t("Exam: ").c(f"pulse {c.ri(70, 96)}/min").t(", ").c(f"BP {c.ri(104, 138)}/{c.ri(64, 90)} mmHg").t(", ").c("mildly pale").t("; ")
    c.c(f"uterus {c.ri(16, 28)}-week size, firm, irregular").t(".\n")
    c.t("USS (").d(us, "dmy").t("): ").c(f"multiple uterine fibroids, largest {c.fl(6, 12)} x {c.fl(5, 10)} cm intramural").t(", ").c("normal ovaries").t(".\n")
    c.t("Investigations: ").c(f"PCV {pcv}%").t(", ").c(f"genotype {c.ch(['AA', 'AA', 'AS'])}").t(", ").c(c.ch(["blood group O Rh D positive", "blood group B Rh D positive", "blood group A Rh D positive"]))
    c.t(", ").c("HBsAg negative").t(", ").c("anti-HCV negative").t(", ").c("RVS non-reactive").t(", ").c("E/U/Cr within normal limits").t(", ")
    c.c(f"FBS {c.fl(3.9, 5.8)} mmol/L").t(".\n\n")
    c.t("Plan: ").c("abdominal myomectomy").t(" on ").d(op, c.ch(["dmy", "nth"])).t("; ").c(f"cross-match {c.ri(2, 4)} units of blood").t("; ")
    if pcv < 30:
        c.c("oral haematinics and IV iron sucrose 200 mg x3").t(" to raise PCV; ")
    c.c("tranexamic acid 1 g IV at induction").t("; ").c("tourniquet and dilute vasopressin").t("; consent signed including ")
    c.c("possibility of hysterectomy").t(".\n\nDr ").nm(sr.fl).t(" (Senior Registrar)   Consultant: Dr ").nm(cons.fi).t("\n")
    return _end(c, q, dob, [("hospital", hn), ("nhia", nhia), ("nin", nin)], a)


# ---------------------------------------------------------------------------------------- Hong Kong
HK_ORG = orgs("Kwong Wah Hospital", "Prince of Wales Hospital", "Pok Oi Hospital", "United Christian Hospital",
              "Hospital Authority")


def hk_menopause(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(48, 66)
    a = place(c)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8)}"
    dau = c.rel(q, "f")
    doc = c.staff()
    vd = c.wdt(-3, 0)
    t = c.uf(-3.4, -1.0)
    hosp = {"Tuen Mun": "Pok Oi Hospital", "Yuen Long": "Pok Oi Hospital", "Sha Tin": "Prince of Wales Hospital",
            "Tai Po": "Prince of Wales Hospital"}.get(a.town, c.ch(["Kwong Wah Hospital", "United Christian Hospital"]))
    c.t(f"Hospital Authority - {hosp}\nDepartment of Obstetrics and Gynaecology - Menopause Clinic (GOPD)\n\n")
    c.t("Name: ").nm(c.ch([q.CNE, q.cne, q.cn])).t(f"   Sex/Age: F / {age}\nHKID: ").id(hk).t("   Ref: ").id(hn).t("\n")
    c.t("Address: ").ad(a.line).t(", ").ad(a.town).t("\nTel: ").ph(phone(c)).t("   Accompanied by daughter ").nm(c.ch([dau.cne, dau.cn])).t(" ").ph(phone(c)).t("\n")
    c.t("Date: ").d(vd, c.ch(["dmy", "dmony"])).t("\n\n")
    c.t("Hx: LMP ").d(vd - timedelta(days=c.ri(200, 3000)), c.ch(["my", "mmyyyy"])).t("; ").c(f"hot flushes {c.ri(4, 12)}/day").t(", ")
    c.cl(c.r.sample(["insomnia", "joint pain", "irritability", "vaginal dryness", "palpitations"], 2)).t(". ")
    c.c(c.ch(["Fracture L wrist after fall 2022", "No previous fracture", "Mother had hip fracture"])).t(".\n")
    c.t("O/E: ").c(f"BP {c.ri(112, 152)}/{c.ri(68, 94)}").t(", ").c(f"BMI {c.fl(18.5, 28.5)}").t(", ").c("breasts NAD").t(".\n")
    c.t("Ix: ").c(f"FSH {c.ri(40, 110)} IU/L").t(", ").c(f"E2 < {c.ch([70, 100])} pmol/L").t(", ").c(f"LDL-C {c.fl(2.1, 4.8)} mmol/L").t(", ")
    c.c(f"fasting glucose {c.fl(4.4, 6.8)} mmol/L").t(". DXA: ").c(f"L-spine T-score {t}").t(", ").c(f"femoral neck T-score {c.uf(-2.8, -0.6)}").t("; ")
    c.c(f"FRAX 10-yr major {c.fl(5, 22)}%, hip {c.fl(0.8, 7.0)}%").t(".\n")
    c.t("Imp: ").c("postmenopausal symptoms" + (" with osteoporosis" if t <= -2.5 else " with osteopenia")).t("\nMx:\n- ")
    if age < 60:
        c.c(c.ch(["tibolone 2.5 mg daily", "Femoston Conti 1/5 daily", "estradiol gel 1 pump daily + micronised progesterone 100 mg nocte"])).t("\n- ")
    else:
        c.t("systemic HRT not advised (").c("> 10 years after menopause").t("); ").c("vaginal estriol cream twice weekly").t("\n- ")
    c.c("calcium carbonate 1 g + vitamin D3 800 IU daily").t("\n")
    if t <= -2.5:
        c.t("- ").c("alendronate 70 mg weekly").t(" (dental check first)\n")
    c.t("- ").c("repeat DXA in 2 years").t("; mammogram arranged\n- FU ").c("16/52").t(" (").d(vd + timedelta(days=112), c.ch(["dmy", "dmony"])).t(")\n\n")
    c.t("Dr ").nm(c.ch([doc.cne, doc.fl])).t(" (MO)   MCHK Reg. ").id(f"M{c.ri(10000, 22999)}").t("\n")
    return _end(c, q, dob, [("hkid", hk), ("hospital", hn)], a)


# ---------------------------------------------------------------------------------------- Malaysia (Johor)
MY_ORG = orgs("Klinik Kesihatan Larkin", "Klinik Kesihatan Mahmoodiah", "Lembaga Penduduk dan Pembangunan Keluarga Negara",
              "Hospital Sultanah Aminah")


def my_family_planning(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(22, 44)
    a = place(c)
    ic = mykad(c.r, dob, "f")
    rn = f"{c.ch(['KKL', 'KKM'])}/PK/{c.today.year}/{c.dig(4)}"
    hus = c.husband(q)
    nurse, mo = c.staff("f"), c.staff()
    vd = c.wdt(-3, 0)
    lmp = vd - timedelta(days=c.ri(4, 20))
    deliv = vd - timedelta(days=c.ri(50, 400))
    meth = c.ch(["implanon", "dmpa", "iucd", "coc"])

    def nm(p: P) -> str:
        if p.grp == "mym":
            return p.bin()
        if p.grp == "myi":
            return p.so(my=True)
        return c.ch([p.cnw, p.cn])

    c.t(f"{c.ch(['KLINIK KESIHATAN LARKIN', 'KLINIK KESIHATAN MAHMOODIAH'])} - Perancang Keluarga / Family Planning\n\n")
    c.t("Nama / Name: ").nm(nm(q)).t("\nNo. K/P (MyKad): ").id(ic).t("   No. Daftar / RN: ").id(rn).t(f"   Umur / Age: {age}\n")
    c.t("Alamat / Address: ").ad(a.line).t(", ").ad(a.town).t(", ").zp(a.zip).t(" ").ad(a.area).t(f", {a.state}\n")
    c.t("Tel: ").ph(phone(c)).t("   Suami / Husband: ").nm(nm(hus)).t(" ").ph(phone(c)).t("\nTarikh / Date: ").d(vd, "dmy").t("\n\n")
    c.t("Para: ").c(c.ch(["P1", "P2", "P3", "P4", "P5"])).t("   LMP: ").d(lmp, "dmy").t("   Last delivery: ").c(c.ch(["SVD", "LSCS", "SVD"])).t(" ").d(deliv, "dmy")
    ht, wt = c.ri(146, 166), c.ri(45, 92)
    c.t("\nBP ").c(f"{c.ri(100, 140)}/{c.ri(60, 90)} mmHg").t("   Weight ").c(f"{wt} kg").t("   Height ").c(f"{ht} cm").t("   ").c(f"BMI {bmi(ht, wt):.1f}").t("   ")
    c.c(f"Hb {c.fl(9.8, 13.6)} g/dL").t("   UPT: ").c("negative").t("\n")
    c.t("Breastfeeding: ").c(c.ch(["yes", "no"])).t("   Smoker: ").c("no").t("   ").c(c.ch(["No history of DVT or migraine", "Hypertension on amlodipine 5 mg OD", "GDM in last pregnancy"])).t("\n\n")
    c.t("Kaedah / Method: ")
    if meth == "implanon":
        c.c("Implanon NXT (etonogestrel 68 mg) inserted left arm").t(" under ").c("lignocaine 2% 2 mL").t("; remove by ").d(vd + timedelta(days=365 * 3), "my").t("\n")
    elif meth == "dmpa":
        c.c("DMPA 150 mg IM (gluteal)").t("; next injection ").d(vd + timedelta(days=84), "dmy").t(" (").c("every 12 weeks").t(")\n")
    elif meth == "iucd":
        c.c("Cu-T 380A IUCD inserted").t(", uterus sounded ").c(f"{c.ri(6, 9)} cm").t("; thread check ").d(vd + timedelta(days=42), "dmy").t("\n")
    else:
        c.c("combined oral pill (levonorgestrel 150 mcg / EE 30 mcg) 3 cycles").t("; review ").d(vd + timedelta(days=84), "dmy").t("\n")
    c.t("Saringan serviks / Cervical screening: ").c("HPV DNA self-sampling").t(" done ").d(vd, "dm").t(", result via ").c("SMS in 4-6 weeks").t("\n")
    c.t("Kaunseling diberi / Counselling given. Jururawat / Nurse: ").nm(nm(nurse)).t("   MO: Dr ").nm(nm(mo)).t(" (MMC ").id(f"{c.ri(30000, 79999)}").t(")\n")
    return _end(c, q, dob, [("mykad", ic), ("rn", rn)], a)


# ---------------------------------------------------------------------------------------- Philippines (Metro Manila)
PH_ORG = orgs("Philippine General Hospital", "Section of Trophoblastic Diseases", "PhilHealth")


def ph_mole_followup(c: C) -> Note:
    q = c.pat()
    dob, age = c.adult(17, 44)
    a = place(c)
    hn = c.dig(7)
    pin = philhealth(c.r)
    hus = c.husband(q)
    att, res = c.staff(), c.staff()
    sc = c.dt(-120, -70)
    h = c.ri(60000, 400000)
    plateau = c.yes(0.35)
    rows = []
    d = sc + timedelta(days=7)
    for i in range(c.ri(5, 8)):
        if plateau and i >= 3:
            h = int(h * c.uf(0.92, 1.08, 2))
        else:
            h = max(2, int(h * c.uf(0.18, 0.45, 2)))
        rows.append((d, h))
        d += timedelta(days=7)
    c.t("PHILIPPINE GENERAL HOSPITAL - Department of Obstetrics and Gynecology\nSection of Trophoblastic Diseases - FOLLOW-UP RECORD\n\n")
    c.t("Name: ").nm(c.ch([q.lfmn, q.fmn, f"{q.first} {q.midn[0]}. {q.last}"])).t("   Hosp. No.: ").id(hn).t("   PhilHealth PIN: ").id(pin).t("\n")
    c.t(f"Age: {age}   OB score: ").c(c.ch(["G2P1 (1001)", "G1P0 (0000)", "G3P2 (2002)", "G4P3 (3003)"])).t("\nAddress: ").ad(a.line).t(", ").ad(a.town).t(" ").zp(a.zip).t("\n")
    c.t("Contact no.: ").ph(phone(c)).t("   Husband: ").nm(hus.fmn).t(" ").ph(phone(c)).t("\n\n")
    c.t("Diagnosis: ").c("complete hydatidiform mole").t(", s/p ").c("suction curettage").t(" ").d(sc, c.ch(["usl", "us"])).t("; histopath ").c("complete H. mole").t(".\n")
    c.t("Contraception: ").c(c.ch(["combined oral contraceptive pills", "DMPA 150 mg IM every 3 months"])).t(". Chest x-ray: ").c("no metastatic nodules").t(".\n\nSerial beta-hCG (mIU/mL):\n")
    for dd, hv in rows:
        c.t("  ").d(dd, "us").t("   ").c(f"{hv:,}").t("\n")
    if plateau:
        score = (1 if age >= 40 else 0) + (1 if rows[-1][1] >= 1000 else 0) + (1 if rows[-1][1] >= 10000 else 0)
        c.t("\nAssessment: ").c("hCG plateau over 3 weeks - post-molar GTN").t(" (FIGO 2000). ").c(f"FIGO/WHO prognostic score {score}").t(" (")
        c.c("low risk").t("). Plan: ").c("methotrexate 50 mg IM weekly").t(", ").c("CBC, LFT, creatinine before each dose").t(".\n")
    else:
        c.t("\nAssessment: ").c("normal regression").t(". Plan: ").c("weekly beta-hCG until 3 consecutive normal, then monthly x 6 months").t(".\n")
    c.t("Next visit: ").d(d, c.ch(["usl", "us"])).t("\n\nAttending: Dr. ").nm(att.fl).t(", PRC Lic. No. ").id(f"{c.ri(50000, 149999):07d}").t("   Resident: Dr. ").nm(res.fi).t("\n")
    return _end(c, q, dob, [("hospital", hn), ("philhealth", pin)], a)


TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "EPU transvaginal ultrasound report", en_epu_scan),
    ("en", "miscarriage follow-up letter to the GP (medical management)", en_miscarriage_letter),
    ("en", "colposcopy letter to the GP (LLETZ or punch biopsy)", en_colposcopy_letter),
    ("en", "lower-case EPU telephone triage log", en_epu_phone_lower),
    ("en", "menopause clinic letter to the GP (HRT, testosterone)", en_menopause_letter),
    ("en", "laparoscopic excision of endometriosis operation note", en_endo_opnote),
    ("en", "suspected gynaecological cancer (2WW) referral", en_2ww_referral),
    ("en", "sexual health clinic LARC record", en_contraception),
    ("en", "fibroid clinic note (MRI, anaemia, surgical plan)", en_fibroid_clinic),
    ("sc", "colposcopy results letter to the patient (CHI)", sc_colp_results),
    ("sc", "Near Me video menopause / POI consultation", sc_menopause_nearme),
    ("sc", "methotrexate for ectopic pregnancy record (hCG series)", sc_ectopic_mtx),
    ("cy", "bilingual colposcopy appointment letter", cy_colp_appt),
    ("cy", "hysterectomy discharge summary", cy_hysterectomy_dc),
    ("ni", "partial molar pregnancy hCG follow-up letter (H&C)", ni_molar_letter),
    ("ni", "lower-case hyperemesis day-case note", ni_hyperemesis_lower),
    ("us", "first trimester dating ultrasound report", us_first_tri_us),
    ("us", "gynecologic oncology new patient consultation (ROMA)", us_gynonc_consult),
    ("us", "colposcopy with biopsies and ECC procedure note", us_colposcopy_proc),
    ("us", "menopause telehealth video visit", us_menopause_video),
    ("us", "letter of medical necessity for relugolix CT", us_prior_auth),
    ("us", "lower-case patient portal thread after D&C", us_portal_lower),
    ("us", "short-term disability attending physician statement (SSN)", us_disability_aps),
    ("us", "robotic-assisted TLH operative report", us_op_report),
    ("au", "EPAS discharge summary (threatened miscarriage)", au_epas_discharge),
    ("au", "menopause clinic letter to the GP", au_menopause_letter),
    ("au", "NCSP colposcopy report to the requesting practitioner", au_colposcopy_ncsp),
    ("au", "endometriosis telehealth consultation", au_endo_telehealth),
    ("ab", "early pregnancy assessment clinic note", ab_epac),
    ("ab", "gynecologic oncology referral (endometrial)", ab_gynonc_referral),
    ("bc", "colposcopy consultation after HPV self-screening", bc_colposcopy),
    ("ns", "menopause clinic consultation letter", ns_menopause),
    ("ie", "CervicalCheck colposcopy letter to the GP (PPSN)", ie_colposcopy_letter),
    ("ie", "EPU letter after surgical management of miscarriage", ie_epu_letter),
    ("ie", "nursing home pessary and lichen sclerosus outreach visit", ie_outreach_pessary),
    ("nz", "EPAC referral from the LMC", nz_epac_referral),
    ("nz", "lower-case sexual health SMS log", nz_text_log_lower),
    ("nz", "gynaecology surgery waiting-list letter (CPAC)", nz_waitlist_letter),
    ("za", "cervical cancer referral for chemoradiation", za_cervix_referral),
    ("sg", "threatened miscarriage case note and discharge memo", sg_threatened_misc),
    ("in", "hysterectomy discharge summary", in_hysterectomy_dc),
    ("ng", "myomectomy pre-operative review", ng_myomectomy_preop),
    ("hk", "menopause clinic note (DXA, FRAX)", hk_menopause),
    ("my", "family planning clinic record (bilingual)", my_family_planning),
    ("ph", "hydatidiform mole hCG follow-up record", ph_mole_followup),
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
            note = fn(C(109_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
