"""HELD-OUT v111 PHI corpus: written independently, before any round-111 deid change.

Written independently of the scrubber rules (``processors/deid``, ``docs/deid.md``, the deid unit
tests, ``dev.py`` and the bodies of every other corpus file not read; only the builder API
(``bench/phi_corpus/builder.py``), ``bench/scrubber.py`` and the module docstrings (the top
docstring only) of heldout105 / heldout106 / heldout107 were read, to follow their labelling
conventions and to avoid their templates and phrasing, with the top docstring of heldout99 for the
layout of this one, plus the code below heldout98's docstring for its mechanics only (its imports,
the ``C`` helper class idea, ``_clean``, ``_one``, ``generate``, the shape of ``TEMPLATES``, the
``P`` class, the date-format helper ``fmt``, the identifier check-digit helpers and the ``place`` /
``phone`` helpers; on the way to those its name-group keys and regional weights, its ``TEMPLATES``
entries, the names of its template functions and organisation lists in a listing of its
definitions, and - printed by mistake beside the permitted docstrings - the second half of its own
top docstring were seen; none of its template texts, name groups, place and phone tables, word lists
or phrasing were reused); ``_clean`` is copied verbatim from it, and this file's ``P`` / ``C``
classes, ``fmt``, ``place``, ``phone``, ``_fhir``, ``_one``, ``generate`` and the NHS, H&C, CHI,
NPI, SSN, AU Medicare, IHI, OHIP, PPSN, NZ NHI, Singapore NRIC, SA ID and Aadhaar helpers follow
those mechanics, written afresh (the check-digit routines are the published algorithms; the
Verhoeff tables are computed from the dihedral group rather than typed in); the name groups, the
word-like name lists, the eponym, scale, drug and provider list, the two-letter-initials set,
places, streets, phone formats, the hospitals that serve each group of towns, care homes,
councils, document types and templates are this file's own, as are the HKID (check digit in
brackets), the Medicare Beneficiary Identifier (its letter rules), NMC PIN, GMC, HCPC OT / PH,
Social Work England, SSSC, NISCC, AHPRA, AASW, CPSO, CPSS, IMC, MCNZ, Singapore MCR, MMC, TNMC,
HPCSA and PRC registrations, the My Aged Care ID, Nova Scotia health card, Saskatchewan HSN,
treaty status number, PA Medicaid recipient ID, OPG LPA reference, MyKad (place-of-birth code, sex
digit), PhilHealth PIN, OSCA senior citizen ID, Jamaican TRN and NHF card forms (format only where
no check digit is published), and the clinical helpers that keep each note coherent (the NHS CHC
Checklist outcome computed from the drawn A / B / C levels and the national thresholds, the
Decision Support Tool recommendation from domain levels capped at each domain's highest level,
Barthel scores drawn together with a matching mobility, diagnoses drawn with a matching course of
treatment, medicine lists holding at most one drug of a class, no tamsulosin for women, at most one
kind of dementia); the other held-out corpora being written at the same time were not read; ruff
check (not ruff format; its --fix only for unused unpacked names, an unused import, extraneous
parentheses, placeholder-less f-strings and parenthesised implicit string concatenations) was run
on this file; the scrubber was never run on this corpus - no ``bench/scrubber.py``, no ``wardwatch
deid``, no import of ``processors.deid`` - nor was any of its output looked at). No Faker. Like
v14-v107 it aims at the MAINSTREAM of English-language hospital and clinical text with ordinary PHI
density; it is modelled on hospital discharge planning, continuing healthcare and care-home
placement (discharge summaries, CHC checklists and decision support tools, social-work
assessments, package-of-care emails, delayed-discharge huddles, family meetings, transport
bookings): discharge summaries and letters to care homes, nursing homes, rest homes, residential
aged care, RCHEs, retirement homes, SNFs and home; NHS Continuing Healthcare Checklists and
Decision Support Tool MDT records; Care Act, Scottish, Northern Irish (NISAT), US psychosocial and
Irish home support assessments and applications; package-of-care and brokerage e-mails;
delayed-discharge records and lower-case board-round huddles; family meetings, best interests and
goals-of-care discussions; patient transport bookings and an ambulance physician certification
statement; discharge to assess / D2RA referrals and complex discharge MDTs; US case management,
Medicaid long-term care and home health referrals and a lower-case secure chat; Australian aged
care assessment, Transition Care and family conference notes; Ontario Health atHome long-term care
applications, Nova Scotia continuing care and a Saskatchewan First Nations discharge plan; a Fair
Deal CSAR and a dictated-not-read geriatric letter; a NASC referral and a lower-case contact log;
and nursing home, RCHE, step-down, frail care and infirmary placement referrals in Asia, Africa and
the Caribbean - in England (9, the East Midlands and Lincolnshire: Nottingham, Arnold, Beeston,
Mansfield, Sutton-in-Ashfield, Newark, Derby, Ilkeston, Chesterfield, Leicester, Loughborough,
Melton Mowbray, Lincoln, Boston, Grantham, Skegness, Louth, and Kettering), Scotland (3, Forth
Valley and Perth and Kinross: Stirling, Falkirk, Alloa, Grangemouth, Larbert, Bo'ness, Dunblane,
Callander, Perth, Crieff, Blairgowrie, Pitlochry, Kinross and Auchterarder), Wales (2, north
Wales: Wrexham, Rhyl, Prestatyn, Bangor, Llandudno, Colwyn Bay, Caernarfon, Holyhead, Llangefni,
Mold, Pwllheli, Denbigh and Ruthin), Northern Ireland (2, Belfast and the South Eastern Trust:
Bangor, Newtownards, Holywood, Comber, Downpatrick, Lisburn, Ballynahinch, Donaghadee, Carryduff),
the United States (8, Pennsylvania: Pittsburgh, McKeesport, Bethel Park, Philadelphia, Upper
Darby, Allentown, Bethlehem, Easton, Harrisburg, Lancaster, Ephrata, Scranton, Wilkes-Barre, Erie,
Altoona and Johnstown), Australia (4, New South Wales: western Sydney, the Illawarra, the Hunter
and the Central Coast), Canada (4: eastern Ontario and Hamilton 2, Nova Scotia 1, Saskatchewan 1 -
Regina, Saskatoon, Prince Albert, North Battleford and Cree Nations near Prince Albert), Ireland
(3, Donegal, Sligo, Leitrim and the midlands: Letterkenny, Buncrana, Ballyshannon, Dungloe, Sligo,
Tubbercurry, Carrick-on-Shannon, Manorhamilton, Athlone, Mullingar, Tullamore, Edenderry, Longford
and Moate), New Zealand (3, Waikato and the Bay of Plenty: Hamilton, Te Awamutu, Cambridge, Huntly,
Morrinsville, Thames, Tokoroa, Tauranga, Mount Maunganui, Te Puke, Katikati, Rotorua, Whakatāne and
Taupō), Singapore (1), Hong Kong (1, Sha Tin, Tai Po, Kwun Tong, Tuen Mun, Wong Tai Sin, Sham Shui
Po, Yuen Long, Tsuen Wan and Chai Wan), Malaysia (1, the Klang Valley: Klang, Shah Alam, Petaling
Jaya, Subang Jaya, Kajang, Ampang, Cheras, Kepong, Puchong, Rawang), India (1, Chennai), South
Africa (1, Johannesburg and Soweto), the Philippines (1, Quezon City, Marikina, Manila, Pasig,
Caloocan and Valenzuela) and Jamaica (1, St. James, Trelawny, Hanover and Westmoreland).

Templates, cycled in order (see ``TEMPLATES``; note ``i`` uses ``TEMPLATES[i % 45]``):
0. en: orthogeriatric discharge summary to a nursing home (the hospital that serves the town,
"First LAST", "First Last" or "FIRST LAST", "dd/mm/yyyy" or "dd.mm.yyyy" DOB with "(nn y)"
labelled only when >= 90, NHS number spaced, plain or dashed, a J / K / M / R hospital number,
"dd/mm/yyyy" admission, discharge and fall dates, "Dr F. Last" consultant, the home's street, town
and postcode, S72.0 with OPCS W46.1 or W37.1 to match the operation, "dd/mm/yyyy" or "d Mon"
operation and last enoxaparin dates, the new GP by full name with the town, the NOK by full name
with a mobile, "Dr F. Last (FY2)" with a 4-digit bleep as PHONE); 1. en: NHS CHC Checklist ("LAST,
First" or "LAST, FIRST", "d Month yyyy" DOB, "Age: nn", NHS number, a "d Month yyyy" or
"dd/mm/yyyy" checklist date, the representative by full name and later by first name, eleven
domains A / B / C with evidence, the outcome computed from the thresholds, the coordinator by full
name with an NMC PIN, an nhs.net address and a landline); 2. en: DST MDT recommendation ("First
Last" or "First LAST", "dd.mm.yyyy" DOB, MDT and panel dates with the time outside, the usual
street, town and postcode, "F. Last" assessor, "Mr / Mrs / Miss F. Last" social worker of the
council for the town with a Social Work England number as ID, "Dr Last", a son or daughter by full
name and first name, twelve domain levels, the recommendation computed); 3. en: Care Act 2014
assessment by the council for the town (Gujarati, Caribbean or East Midlands families, "First Last
(Mr / Mrs Last)", "dd/mm/yyyy", NHS number, address and landline, the son by full name, his wife by
first name, eligibility outcomes, a personal budget, the social worker with an SWE number and a
mobile); 4. en: package-of-care e-mail to a brokerage mailbox ("From: First Last <address>", the
generic brokerage address unlabelled, "Sent: Weekday d Month yyyy hh:mm" with the weekday outside,
the name and spaced NHS number in the subject, "dd/mm" start and optimised dates, DOB and age, the
street, town and postcode, a double-handed or single-handed package matching the mobility, the NOK
with a mobile, a tokenised ShareFile link as URL, a first-name sign-off and the team landline); 5.
en: lower-case delayed-discharge huddle (a lower-case weekday outside "dd/mm", four or five
patients in unique beds as lower-case full names or "mrs last", "(nn)" labelled only when >= 90,
lower-case hospital numbers, "d/m" optimised dates, pathways with matching mobility, a son or
daughter by lower-case first name with a mobile, social workers' and the coordinator's first
names); 6. en: family meeting / MCA best interests record (weekday outside "dth Month yyyy" or "d
Month yyyy", "First LAST" with the age, NHS number, "Dr F. Last" and "Dr Last", "Sister First Last"
with "Sister" outside, a social worker, two children by full name with their roles outside, an
OPG LPA reference as ID, "dd/mm/yyyy" and "dd/mm" dates, "Mrs / Mr Last", a child's town as
ADDRESS, "F. Last" as minute-taker, the child's personal e-mail); 7. en: non-emergency patient
transport booking (booking reference as ID, twice, "dd/mm/yyyy" booked and "dd/mm/yyyy" or
"dd-Mon-yyyy" journey dates, the booker by full name with the ward landline, "LAST, FIRST" or
"LAST, First", DOB, NHS number, the care home's street, town and postcode, the home's landline);
8. en: discharge to assess pathway 2 referral ("First Last", NHS number, "dd/mm/yyyy" or "d Mon
yyyy" DOB, street, town, postcode and landline, the spouse by first name with the age labelled
only when >= 90, "dd/mm/yyyy" dates, Barthel, EMS, Tinetti and TUG, the OT and physiotherapist by
full name with HCPC OT and PH numbers as ID, the hub landline); 9. sc: delayed discharge record
("LAST, First" or "LAST, FIRST", CHI from the DOB and sex plain, spaced or dashed, "dd/mm/yyyy"
DOB, admission and ready-for-discharge dates, delay codes 9 / 51X, 11A, 24C or 25D, "Dr F. Last",
under AWI an s.47 date, the daughter, a solicitor and the MHO by full name with a firm landline and
a "dd/mm/yyyy" or "d Month" interview, otherwise a social worker allocated "dd/mm" and the
daughter's mobile, a "dd/mm" escalation); 10. sc: immediate discharge letter to the GP and the care
home ("To: Dr First Last, <town> Medical Practice" with the town as ADDRESS, "First LAST" or "First
Last", CHI, "dd/mm/yyyy" or "dd.mm.yyyy" DOB, the home's street, town and postcode, the course
matching the diagnosis, a "dd/mm" KIS update, a Gaelic- or Italian-speaking child by first name as
interpreter or the NOK by full name, with a mobile, the registrar by full name with a GMC number);
11. sc: social work assessment of need by the council for the town ("First Last", "dd/mm/yyyy" or
"d Month yyyy" DOB, CHI, street, town, postcode and landline, "dd/mm/yyyy" referral, assessment and
review dates, the social worker with an SSSC number as ID, the son or daughter by full name with
their town as ADDRESS and a mobile, Talking Points outcomes, SDS options); 12. cy: bilingual
Welsh / English discharge summary ("Enw / Name" "First LAST" or "First Last", "dd/mm/yyyy" or "d
Month yyyy" DOB with "(nn)", NHS number, street, town and postcode, the language line,
"dd/mm/yyyy" dates, "Dr F. Last" GP with the practice town, a D2RA pathway chosen from the Barthel
score, the NOK, a Welsh-language note with the first name, "Dr First Last (CT2)" with a GMC
number); 13. cy: complex discharge MDT, D2RA pathway 3 ("dth Month yyyy" or "dd/mm/yyyy", "LAST,
First" or "First Last", DOB, NHS number, "Dr Last", the social worker, OT and CHC nurse by full
name and later by first name, a child by full name, the spouse by first name with the age labelled
only when >= 90, "dd/mm" and "d Month" actions, the ward landline); 14. ni: referral to community
care management with a NISAT summary ("LAST, First (Mr / Mrs)" with the title outside, H&C plain or
spaced, "dd/mm/yyyy" or "dd.mm.yy" DOB, "Age: nn", street, town and BT postcode, "028 9x" landline,
the carer by full name with their town as ADDRESS and a mobile, the social worker with a NISCC
number as ID, a landline and an hscni.net address); 15. ni: nursing transfer letter to a care home
(the home's street, town and postcode, "First LAST" or "First Last", "dd.mm.yyyy" or "dd/mm/yyyy"
DOB, H&C, a "dd.mm.yyyy" or "d Month yyyy" transfer date with the time outside, Braden, MUST and
4AT, the NOK with a mobile, "Dr F. Last", the staff nurse by full name and the ward landline); 16.
us: discharge summary to a skilled nursing facility (the hospital that serves the town, "Last,
First M", "Last, First" or "LAST, FIRST", MRN, "mm/dd/yyyy" DOB, admission, discharge and signature
dates, the age also as "nn-year-old" and labelled only when >= 90, "First M. Last, MD", "Dr. Last"
PCP with the town as ADDRESS, the SNF's town, the home street, town, "PA" unlabelled and ZIP, "m/d"
dates, ICD-10-CM codes with the course, therapy precautions and follow-up matching the diagnosis);
17. us: case management discharge planning note ("Last, First", "First M. Last" or "First Last",
MRN, "mm/dd/yyyy" or "m/d/yyyy" DOB, "nn yo M / F", "m/d/yyyy" admission and IM dates, the MBI
plain or dashed 4-3-4, "Dr. Last", the daughter (POA) by full name and first name with a phone, a
prior authorization number as ID for Medicare Advantage, a "m/d" EDD, the case manager by full name
with "ext. nnnn" unlabelled); 18. us: social work psychosocial assessment (Puerto Rican, Syrian /
Lebanese or Black Philadelphian families, "First Last" or "First Middle Last", MRN, "mm/dd/yyyy",
street, town and ZIP, a home phone, a Spanish or Arabic video interpreter, the daughter by full
name and first name with a cell, a PA Medicaid recipient ID only when on Medicaid, SLUMS / MoCA /
BIMS and PHQ-9, a "m/d" teaching date, the LCSW with a PA licence "CWnnnnnn" as ID and a pager as
PHONE); 19. us: Medicaid long-term care application worksheet ("Last, First M", "LAST, FIRST" or
"Last, First", the applicant's and the community spouse's SSNs as SSN, "mm/dd/yyyy" DOBs with the
spouse's age labelled only when >= 90, the MBI, the last home address, the SNF admission date,
"Submitted via COMPASS on m/d/yyyy hh:mm from <IP>" with a confirmation number as ID, a "Month d,
yyyy" interview, the business office manager's e-mail); 20. us: home health referral and
face-to-face encounter ("First Last" or "First M. Last", "mm/dd/yyyy" or "mm-dd-yyyy" DOB, MRN,
street, town and ZIP, phones, the alternate contact by full name, the MBI, "mm/dd/yyyy" F2F and
"m/d/yyyy" start-of-care and signature dates, homebound status, skilled needs and orders, a
tokenised agency portal link as URL, the certifying physician "First M. Last, MD" with an NPI
(Luhn)); 21. us: lower-case secure chat between case manager, nurse and social worker (a "m/d"
header date, rising times outside, lower-case first names, "mr / mrs last", the daughter's
lower-case first name and cell, a van trip number as ID, a "m/d/yyyy" DOB and MRN, a second
patient by lower-case full name or surname); 22. us: palliative family meeting / goals of care
("First M. Last" or "First Last" with "(nn y/o)", MRN, "mm/dd/yyyy" DOB and meeting date with the
times outside, the hospitalist ", MD", the palliative ", CRNP" and "Rev. First Last (chaplain)"
with the titles and roles outside, two or three children by full name, the POA by first name, a
POLST, the family phone, CPT codes unlabelled); 23. us: ambulance physician certification
statement (trip number as ID, "mm/dd/yyyy" transport date, "LAST, FIRST" or "Last, First M",
"mm/dd/yyyy" DOB, "Age: nn", the MBI, the SNF's street, town and ZIP, the residence of record, ALS
only with cardiac monitoring, "First M. Last, MD / DO" with an NPI, a "m/d/yyyy" signature, the
nurse's callback phone); 24. au: aged care assessment support plan (Greek, Maltese, Vietnamese or
Anglo Australians, "First LAST" or "First Last", the My Aged Care ID as ID, "dd/mm/yyyy" DOB with
"(nn yrs)", the Medicare number with the IRN unlabelled, street, suburb, "NSW" unlabelled and
postcode, the hospital that serves the suburb, a TIS interpreter, the child by first name and full
name (enduring guardian) with a mobile, RUDAS, Morse or FROP-Com, K10 and ZBI, approvals and goals
that agree, the assessor with an AHPRA NMW number as ID); 25. au: discharge referral to residential
aged care ("LAST, First" or "First Last", MRN, "dd/mm/yyyy" or "d/m/yyyy" DOB, IHI (Luhn) 4-4-4-4 or
plain, Medicare with "(IRN)" outside, the facility's street, suburb and postcode, "dd/mm/yyyy"
dates, the visiting GP by full name with the suburb, feeding help matching the Barthel score, a
webster-pak medicine list, the NSW Resuscitation Plan, the family by full name with a mobile, "Dr
First Last (RMO), for Dr F. Last"); 26. au: Transition Care Program referral ("First Last",
"dd/mm/yyyy" or "d Mon yyyy" DOB, "Age: nn", MRN, Medicare, street, suburb, postcode and "(02)"
landline, the spouse by first name, a "dd/mm/yyyy" ACAT approval, FIM, an e-referral link as URL,
the discharge planner by full name with a landline and a health.nsw.gov.au address); 27. au:
family conference ("First LAST", MRN, "dd/mm/yyyy" DOB with "(nn)", a "dd/mm/yyyy" or "d Month
yyyy" date, "Dr First Last" geriatrician, the social worker and two sons or daughters by full name
and first name, an onsite interpreter, Enduring Guardianship, two phones, the social worker's AASW
number as ID); 28. on: Ontario Health atHome long-term care application summary (the region from
the town, "Last, First", "LAST, FIRST" or "First Last", OHIP with the version code inside in three
layouts (Luhn), "yyyy/mm/dd" or ISO DOB, "Age: nn", street, town, "ON" unlabelled and postal code,
ALC since an ISO date, the SDM by full name with a phone, interRAI scales, home choices near the
town, "Dr F. Last" with a CPSO number as ID, the care coordinator with "ext. nnnn" outside the
PHONE); 29. on: discharge summary to a retirement residence or home ("LAST, FIRST" or "Last,
First", an MRN with a letter prefix, the health card number (OHIP), ISO DOB, admission and
discharge dates, street, town and postal code, the family physician by full name with the town, an
ISO or "Month d, yyyy" bloodwork date, the contact by full name with a phone, "Dr First Last, MD,
FRCPC"); 30. ns: Nova Scotia continuing care intake ("First Last" or "LAST, First", the health card
number plain or 4-3-3, "yyyy-Mon-dd", ISO or "Month d, yyyy" DOB, "Age: nn", street, town, "NS"
unlabelled and postal code, a landline, "yyyy-Mon-dd" or ISO referral and assessment dates,
interRAI scales, the caregiver by full name with a phone, the care coordinator with an nshealth.ca
address); 31. sk: Saskatchewan discharge planning note ("First LAST" or "Last, First", HSN,
ISO or "dd-Mon-yyyy" DOB with "(nn)", for Cree patients a treaty status number as ID, the First
Nation as ADDRESS and a Cree interpreter by full name, for Ukrainian patients street, town, "SK"
unlabelled and postal code, ISO admission, planned discharge and follow-up dates, the course and the
community plan matching the diagnosis, the family by full name with a phone, "Dr F. Last (CPSS
nnnnn)" as ID and the discharge planner); 32. ie: Fair Deal Common Summary Assessment Report
("First Last" or "First LAST", PPSN old or new form as SSN, "dd/mm/yyyy" or "dth Month yyyy" DOB,
"Age: nn", MRN, street line, town, "Co. <county>" unlabelled (left out where the county is the
town) and Eircode, the GP by full name with practice and town and an IMC number as ID, the NOK,
"Dr F. Last" geriatrician, Barthel dependency bands, the section 21 care representative by first
name); 33. ie: HSE home support application (surname and first-name fields, two NAME spans, PPS
number as SSN, "dd/mm/yyyy" or "dd.mm.yyyy" DOB, street, town, Eircode and landline, the daughter by
full name with a mobile and personal e-mail, a "dd/mm/yyyy" or "d Mon" start, "Submitted online by
First Last ... on dd/mm/yyyy at hh:mm from <IP>", a reference number as ID); 34. ie:
dictated-not-read geriatric clinic letter (spoken punctuation and "[inaudible]", "dd/mm/yyyy" typed
and clinic dates, the GP by full name with practice and town, "re <name>" in mixed or lower case,
"dd/mm/yyyy" or "dd.mm.yyyy" DOB, MRN, address and Eircode, "nn year old" labelled only when >=
90, a "dth Month" discharge, the son or daughter by first name, "nnn over nn" blood pressures,
"Dr First Last FRCPI"); 35. nz: NASC referral (Māori, Samoan or Pākehā, "First LAST" or "First
Last", NHI old or 2022 form, "dd/mm/yyyy" or "d Mon yyyy" DOB, "Age: nn", ethnicity and iwi
unlabelled, street, town, postcode and "07" landline, "dd/mm/yyyy" referral and interRAI dates, the
EPOA by full name with a mobile, whānau by first name, a "d Month" or "d Mon" hui, the referrer
with a work address); 36. nz: discharge summary to a rest home ("LAST, First" or "First LAST",
NHI, "dd/mm/yyyy" or "d Mon yyyy" DOB, "dd/mm/yyyy" dates, the rest home's street, town and
postcode, the GP by full name with the practice and town, the course matching the diagnosis, the
whānau / NOK by full name with a mobile, the house officer with an MCNZ number as ID); 37. nz:
lower-case discharge coordinator contact log (lower-case client name, NHI and town, "(nnyo)"
labelled only when >= 90, "d/m" dates with times outside, two children by lower-case first name,
one's town, a text message quoting the street line in lower case, the coordinator's first name and
landline); 38. sg: nursing home placement referral by a medical social worker (Chinese "TAN Ah
Huat", "TAN AH HUAT" or "Peter Tan Ah Huat", Malay "First bin / binte Father", Tamil "First s/o /
d/o Father", each one NAME span; NRIC with its check letter (S0 / S1 for the oldest), a case number
with the hospital's prefix, "dd/mm/yyyy", "dd MON yyyy" or "dd Mon yyyy" DOB, "Age: nn", an HDB
line, "Singapore" unlabelled and the postal code from the sector and block, the caregiver's HP, the
doctor with an MCR number as ID and the MSW with a DID); 39. hk: geriatric discharge to an RCHE
("CHAN, Kwok-keung", "CHAN KWOK-KEUNG" or "Chan Kwok Keung", HKID with its check digit in brackets,
an HN number, "Sex/Age: M/nn" labelled only when >= 90, "dd/mm/yyyy" or "dd MON yyyy" DOB,
"dd/mm/yyyy" dates, the estate flat line and district as ADDRESS with "N.T.", "Kowloon" or "Hong
Kong" unlabelled, SCNAMES and the Central Waiting List since "dd/mm/yyyy" or "mm/yyyy", a relative
with an optional English name, the MSW "CHAN Yiu-fai" and the doctor "Dr Wong Tai Wah"); 40. my:
bilingual Malay / English discharge summary ("Nama / Name", Malay "First bin / binti Father",
Chinese "Tan Ah Seng" / "TAN AH SENG" / "Peter Tan Ah Seng", Indian "First a/l / a/p Father", each
one NAME span; MyKad with the Selangor or Kuala Lumpur place-of-birth code, an RN number, "Umur /
Age", "dd/mm/yyyy" or "dd.mm.yyyy" DOB, "No. n, Jalan ..." line, the postcode before the town, the
state unlabelled, the waris with "anak lelaki / perempuan" outside, carer training, "Dr <name> (MMC
nnnnn)" and "SN <name>"); 41. in: Chennai geriatric discharge summary ("Mr. / Mrs." outside "R.
Lakshmi", "Lakshmi Ramanathan" or "Lakshmi R", "nn Y / F" labelled only when >= 90, UHID and
"IP/yyyy/nnnnnn" as ID, Aadhaar (Verhoeff) spaced, dashed or plain, "Old No. / New No." or apartment
lines, the locality and "Chennai" as separate ADDRESS spans, the PIN after " - ", "dd/mm/yyyy" DOA
and DOD, the son as attender with a mobile, "1-0-1" dosing, a "dd/mm/yyyy" or "dd-mm-yyyy" review,
"Dr. First Last, MD (Geriatric Medicine)" with a TNMC number as ID); 42. za: step-down / frail care
referral (Zulu, Sotho or Afrikaans names with "van der" and "du" inside, "First Last", "FIRST
LAST" or "LAST, First", SA ID (Luhn), "dd/mm/yyyy", "yyyy/mm/dd" or "d Month yyyy" DOB, "Age: nn",
a street or stand line, the suburb and "Soweto" or "Johannesburg" as separate ADDRESS spans, the
postcode, a medical aid member number as ID with the dependant code unlabelled or the SASSA grant,
the NOK with a mobile, "Dr F. Last" with an HPCSA "MPnnnnnnn" number as ID, the social worker with
an "011" landline and a gauteng.gov.za address); 43. ph: discharge plan with home care ("DELA CRUZ,
MA. CORAZON S." or "Ma. Corazon S. dela Cruz", the mother's maiden initial inside, "nn/M" labelled
only when >= 90, a hospital number, "mm/dd/yyyy", "Month d, yyyy" or "dd/mm/yyyy" birthdate, the
PhilHealth PIN 2-9-1 and OSCA senior citizen ID as ID, a street or "Blk / Lot / Phase" line, the
barangay and city as separate ADDRESS spans, the ZIP, the watcher's "CP" mobile, "Dr. First M.
Last" with a PRC licence number as ID); 44. jm: infirmary placement referral by the hospital of the
parish ("Mr / Mrs / Miss" outside "First Last" or "FIRST LAST", a docket number, "dth Month, yyyy"
or "dd/mm/yyyy" DOB with "(nn yrs)", TRN plain or 3-3-3 and NHF card number as ID, a street or Lot
line and the town as ADDRESS with the parish unlabelled, the relative with an "(876)" or "876-"
phone, "Dr F. Last (Medical Officer)" and the medical social worker with a landline).

Names: curated groups per region, a person's first name and surname from one group (East Midlands
English, Leicester Gujarati, Nottingham Jamaican-heritage and post-war Polish in England, with the
feminine "-ska" / "-cka" for women; Scots, Gaelic and Scottish Italian; north Wales Welsh and
north-west English; Belfast Irish and Ulster-Scots; Pennsylvania Dutch, Pittsburgh Slavic and
Italian, Black Philadelphian, Puerto Rican and Syrian / Lebanese Americans; Anglo, Greek,
Vietnamese and Maltese Australians; Anglo- and Franco-Ontarian and Filipino Canadians, Nova Scotian
Acadian and Scots, Ukrainian and Cree in Saskatchewan; Donegal / north-west Irish with fadas and
"O'" surnames and midlands Irish; Pākehā, Māori and Samoan; Singapore Chinese (surname first,
two-syllable given names, an optional English name), Malay (bin / binte and the father's name) and
Tamil (s/o, d/o); Hong Kong Cantonese with hyphenated given names; Malaysian Chinese, Malay (bin /
binti) and Indian (a/l, a/p); Tamil Nadu (the father's or husband's name as the surname and its
initial in front); Zulu, Sotho and Afrikaans; Filipino with the mother's maiden surname as the
middle name; Jamaican); relatives share the family's group (blood relatives the surname; Malay,
Tamil and Malaysian Indian children carry the father's given name, and a Chinese mother's children
their father's surname); staff are local or, in the UK, US, Australia, Canada, Ireland and New
Zealand about three in ten, Keralite, Filipino, Nigerian, Pakistani or Zimbabwean; some US and
Ontario patients take a whole middle name. About one English-speaking patient or relative in eight
has a first name or surname that is also an ordinary word (``WORDY_F`` / ``WORDY_M`` /
``WORDY_L``: Dawn, Joy, Faith, Hazel, Ivy, Pearl, Olive, Robin, Frank, Sonny, Clay, Forrest, Rich;
Fox, Marsh, Wood, Moss, Banks, Frost, Heath, Sharp, Bird, Lamb, Fairweather, Goodchild, Sparrow);
otherwise word-like and eponymous names are never drawn (``BAD_NAMES``: the scales, tools, drugs,
equipment and providers of discharge planning and long-term care - Barthel, Braden, Waterlow,
Norton, Morse, Tinetti, Folstein, Rockwood, Katz, Lawton, Abbey, Zarit, Hoyer, Stedy, Rotunda,
Zimmer, Oramorph, Adcal, Laxido, Movicol, Fortisip, Foley, Parkinson, Alzheimer, Lewy, Garden,
Thompson, Austin, Moore, Bupa, Regis, Bolton, Clarke, Parker ... -, care words (Nurse, Matron,
Carer, Home, Frame, Hoist ...), months, weekdays, virtue names, and every word of the hospitals,
care homes, practices, agencies, councils, towns and streets named). No two-letter initials spell a common abbreviation (``BAD_INITS``) and a
note never reuses a first or last name for unrelated people (a note in which a labelled PHI
string, or a word of a labelled name, also occurs unlabelled, word-bounded and ignoring case, is
redrawn from the next fixed seed, up to 60 times).
Forms: "First Last", "First LAST", "FIRST LAST", "LAST, First", "LAST, FIRST", "Last, First",
"Last, First M", "First M. Last", "First Middle Last", "F. Last", "Dr Last", "Mr / Mrs Last", first
names alone in prose, sign-offs and chat, lower-case full names, first names and surnames,
separate surname and first-name fields (two spans), Singapore "TAN Ah Huat" / "TAN AH HUAT" / "Peter
Tan Ah Huat", Hong Kong "CHAN, Kwok-keung" / "CHAN KWOK-KEUNG" / "Chan Kwok Keung", Malay "Siti
Aminah binte Ahmad" / "Zaleha binti Othman" / "Rosli bin Jusoh", Tamil "Krishnan s/o Govindasamy",
Malaysian Indian "Muniandy a/l Marimuthu", Tamil Nadu "R. Lakshmi" / "Lakshmi R", Filipino "Ma.
Corazon S. dela Cruz" / "DELA CRUZ, MA. CORAZON S." (each one NAME span; "bin", "binti", "binte",
"s/o", "d/o", "a/l", "a/p", "dela", "de", "van der" and "du" inside), Irish "O'" and fada
names, Welsh, Gaelic ("Dòmhnall", "Mòrag") and Māori names, "d'Entremont", "Fa'alogo".
Conventions (as heldout105 / heldout106 / heldout107): titles, roles, relationships and
credentials ("Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Miss", "mr", "mrs", "Sister", "Rev.",
"SN", "dtr", "son", "daughter", "wife", "husband", "(son)", "(daughter)", "(consultant)", "(FY2)",
"(CT2)", "(RMO)", "(MO)", "(OT)", "(cm)", "(rn)", "(sw)", "(dc coord)", "(chaplain)",
"(geriatrician)", "(social worker)", "(POA)", "(enduring guardian)", "(anak lelaki)", "(anak
perempuan)", ", MD", ", DO", ", MD, FRCPC", ", CRNP", ", RN", ", BSN, RN, CCM", ", LCSW", " FRCPI",
", Social Worker", ", Discharge Coordinator (RN)", ", Staff Nurse" and the like) are outside NAME
spans. A street line (house number and street, house name, "Flat n,", "Apt n", "Unit n", "n/n",
"nnn-nnnn", "Stand nnnn, Zone n", "Lot nnn", "Blk n Lot n, Phase n", "Old No. / New No.", "No. n,
Jalan ...", HDB "Blk nnn <street> #nn-nnnn", Hong Kong "Flat nn, nn/F, Block X, <estate>") and the
town, suburb, locality, district, barangay, city or First Nation where a person lives or where a
GP, family physician or care home is are ADDRESS ("Chennai", "Soweto" / "Johannesburg" and the
Philippine city separate spans); states, provinces, counties, parishes and regions ("PA", "NSW",
"ON", "NS", "SK", "Co. Donegal", "Selangor", "Kuala Lumpur", "N.T.", "Kowloon", "St. James") and
"Singapore" before a postal code are not PHI; UK, AU, NZ and SA postcodes, ZIP codes, Canadian
postal codes, Eircodes, Singapore and Malaysian postcodes, Indian PIN codes and Philippine ZIP
codes are ZIP (Hong Kong and Jamaica print none). DATE: anything more specific than a year in any
written form ("dd/mm/yyyy", "d/m/yyyy", "dd/mm", "d/m", "dd.mm.yyyy", "dd.mm.yy", "dd-mm-yyyy", "d
Month yyyy", "dth Month yyyy", "dth Month, yyyy", "dth Month", "d Month", "d Mon yyyy", "dd Mon
yyyy", "dd MON yyyy", "d Mon", "dd-Mon-yyyy", "mm/yyyy", "mm/dd/yyyy", "m/d/yyyy", "m/d",
"mm-dd-yyyy", "Month d, yyyy", ISO, "yyyy/mm/dd", "yyyy-Mon-dd": DOBs, admission, discharge,
ready-for-discharge, optimised, fall, operation, checklist, MDT, panel, assessment, referral,
transfer, transport, meeting, interview, submission, start-of-care, review, follow-up, escalation,
waiting-list and last-dose dates); weekdays (full and lower-case) and times of day stay outside;
years alone, durations ("3/7", "2/52", "28 days"), day ranges ("day 12-14"), bed days lost, ward
and bed numbers, blood pressures and ages under 90 are not labelled. AGE: ages >= 90 only (a
patient's "(nn y)", "Age: nn", "(nn)", "nn-year-old", "nn year old", "(nn yrs)", "nn yo", "(nnyo)",
"nn Y", "M/nn", "nn/M", a spouse's or a huddle patient's age), the number alone. PHONE: mobiles,
landlines, cells, ward, team and hub lines, a 4-digit bleep and a pager (country codes, "(0)" and
area-code brackets inside; "tel", "Ph", "HP", "CP", "DID", "cell", "bleep", "pager" and "ext.
nnnn" outside). SSN: US SSNs on a Medicaid long-term care application and Irish PPSNs (old and new
form). ID: NHS (mod 11), CHI (from DOB and sex, mod 11), H&C (mod 11), hospital, unit, MRN, UHID,
IP, HN, RN and case numbers (lower case too), docket numbers, GMC, NMC PIN, HCPC, SWE, SSSC,
NISCC, AHPRA, AASW, CPSO, CPSS, IMC, MCNZ, MCR, MMC, TNMC, HPCSA and PRC numbers, the OPG LPA
reference, booking, trip, prior authorization, confirmation and application references, the
Medicare Beneficiary Identifier, NPI (Luhn), PA Medicaid recipient IDs, AU Medicare (check digit),
IHI (Luhn), My Aged Care ID, OHIP (Luhn, version code inside), NS health card, Saskatchewan HSN,
treaty status number, NZ NHI (old mod 11 and 2022 mod 23 forms), Singapore NRIC (check letter),
HKID (check digit), MyKad, Aadhaar (Verhoeff), SA ID (Luhn), medical aid member numbers, PhilHealth
PIN, OSCA ID, TRN and NHF card numbers. EMAIL: staff work addresses and relatives' personal
addresses (a generic brokerage mailbox is unlabelled). URL: a tokenised ShareFile link, a home
health portal link and an e-referral upload link. IP: the address a Medicaid application and a
home support application were submitted from. Not PHI and unlabelled: hospital, ward, care home,
nursing home, RCHE, infirmary, practice, agency, council, trust, insurer, payer and programme
names, interpreter services, group and dependant codes, ward and bed numbers, initials alone,
ICD-10, ICD-10-CM, OPCS and CPT codes, the AU Medicare IRN. Vitals, bloods with units, drugs with
doses and frequencies (and their classes kept apart), CHC checklist and DST levels and evidence,
Barthel, MBI, CFS, AMTS, MoCA, MMSE, ACE-III, 4AT, SLUMS, BIMS, PHQ-9, GDS-15, RUDAS, K10, ZBI,
Morse, FROP-Com, Waterlow, Braden, MUST, NEWS2, EMS, Tinetti, TUG, FIM, AM-PAC, interRAI (CPS,
ADL-H, CHESS, MAPLe, DRS) and PPS scores, mobility and transfer descriptions, equipment, packages of
care, delay codes, pathways, eligibility outcomes, budgets and income figures, diagnoses, courses,
plans and outcomes are clinical (``Note.clinical``) where marked.
Every note is deterministic (seeded ``random``, seed 111_000_003 + i * 7919 + attempt * 104_729,
so note ``i`` does not depend on how many were generated; fixed absolute dates, never today's date:
notes dated September 2024 to October 2025, with reviews, interviews, follow-ups and panels up to a
few weeks later and waiting-list dates up to a year earlier). Run it only for final figures: its
misses and lost clinical values are not to be inspected while the scrubber is being changed.
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
def _w(s: str) -> list[str]:
    """A name list: "|"-separated where an entry holds a space, else whitespace-separated."""
    return [x.strip() for x in s.split("|")] if "|" in s else s.split()


# group -> (men's given names, women's given names, surnames); for the patronymic groups (Malay, Tamil,
# Malaysian Indian) the "surname" is the father's (or, in Tamil Nadu, the husband's) given name
_GROUPS: dict[str, tuple[str, str, str]] = {
    # England: East Midlands and Lincolnshire
    "emid": (("Graham Keith Trevor Malcolm Clive Derek Roy Barry Dennis Geoffrey Kenneth Raymond Stuart Colin "
             "Gordon Leslie Bernard Alan"),
             ("Brenda Maureen Sheila Pauline Doreen Margaret Jean Sylvia Beryl Valerie Janet Marjorie Audrey "
             "Irene Gillian Lesley Joan Kathleen"),
             ("Hardstaff Brackenbury Widdowson Marriott Towle Blatherwick Hickling Rowbotham Wheatcroft Pilkington "
             "Stainsby Cheetham Bowskill Oldershaw Housley Gelsthorpe Smedley Woolley Tomlinson Wragg")),
    "guj": ("Pravin Jayantilal Ramesh Dhirajlal Harshad Kantilal Vinod Mahendra Navin Suresh",
            "Kokila Hansa Pushpa Savita Jayshree Manjula Nirmala Bhanumati Kusum Sarla",
            "Mistry Lakhani Chauhan Parmar Solanki Vaghela Kotecha Thakrar Ruparelia Pancholi Gajjar Raichura"),
    "carib": ("Winston Delroy Lloyd Clement Errol Linton Hubert Cecil Everton Lascelles",
              "Gloria Hyacinth Cynthia Icilda Myrtle Pearline Merle Sybil Enid Hortense",
              "McKenzie Gayle Brissett Bailey Samuels Nembhard Facey Spence Bygrave Ricketts Wedderburn Morgan"),
    "pol": ("Zbigniew Tadeusz Stanisław Kazimierz Jerzy Henryk Józef Bogdan",
            "Halina Krystyna Danuta Wanda Zofia Jadwiga Teresa Bożena",
            "Kowalski Nowicki Wiśniewski Zieliński Grabowski Kaczmarek Wróbel Pawlak Lewandowski Sadowski"),
    # Scotland: Forth Valley, Perth and Kinross
    "sco": ("Alasdair Hamish Euan Duncan Callum Lachlan Murdo Iain Dougal Kenneth Gregor Ewan",
            "Morag Isla Catriona Kirsty Shona Elspeth Ishbel Fiona Mairi Rhona Agnes Jessie",
            ("MacLeod Drummond Buchanan Menzies Ogilvie Farquharson Kinnear Lamont MacIntyre Gillespie Rennie "
            "Haldane Imrie Guthrie")),
    "gael": ("Ruairidh Seumas Tormod Coinneach Dòmhnall Calum",
             "Seonag Mòrag Ceitidh Peigi Oighrig Catrìona",
             "MacNeil MacAulay MacLennan Nicolson MacIver Morrison MacInnes"),
    "ita": ("Carlo Giuseppe Renato Dante Alfredo Enrico", "Rosina Lucia Gina Anna Filomena Assunta",
            "Coia|Valente|Crolla|Nardini|Conetta|Boni|Capaldi|Di Ciacca"),
    # Wales: north Wales
    "cym": ("Gwilym Emyr Dafydd Iwan Huw Gareth Meirion Elwyn Idris Alun Geraint Islwyn",
            "Gwenllian Eirlys Megan Nia Ceinwen Bethan Glenys Angharad Mair Heulwen Eluned Nerys",
            ("Pritchard Hughes Parry Griffiths Ellis Vaughan Rowlands Evans Humphreys Llewelyn Bowen Williams "
            "Roberts")),
    "nwe": ("Ernest Cyril Leonard Albert Harold Stanley Norman Walter",
            "Edna Gladys Mavis Hilda Vera Winifred Elsie Doris",
            "Pemberton Rigby Dutton Fairclough Hesketh Bickerton Platt Gresty Cartledge Aldred"),
    # Northern Ireland: Belfast and the South Eastern Trust
    "nir": ("Seamus Ciaran Padraig Eamon Gerard Brendan Declan Malachy Colm Kieran",
            "Bernadette Roisin Siobhan Philomena Dympna Attracta Majella Brid Teresa Bridie",
            "McCann O'Hare Devlin McGuigan Donnelly Quinn McAteer Mulholland Magennis O'Neill Lavery McKeown"),
    "ulst": ("Sammy Wilbert Ivan Norman William Robert Samuel Hugh Jim",
             "Elizabeth Florence Ethel Isobel Sadie Lily Annie Evelyn",
             "Gilmore McClelland Boyd Irvine Kerr Patterson Beattie McCullough Crawford Hamill Dickson Gracey"),
    # United States: Pennsylvania
    "pag": ("Elmer Amos Lester Harvey Melvin Leon Clarence",
            "Miriam Esther Verna Lois Edna Arlene Alta",
            ("Stoltzfus Hershberger Zimmerman Kauffman Rhoads Eberly Heisey Landis Gingrich Brubaker Musser "
            "Hostetter")),
    "pas": ("Stanley Joseph Anthony Eugene Ronald Casimir Walter Edward",
            "Dolores Rosemarie Helen Theresa Irene Bernadine Stella Josephine",
            ("Kowalczyk Yurkovich Hrabovsky Dombrowski Sciulli Petrosky Marchetti Lukacs Fedorko Kostelnik "
            "Zajac Ferrante")),
    "pab": ("Cornelius Reginald Otis Jerome Alvin Roosevelt Willie Clarence",
            "Bernice Mattie Odessa Geraldine Lucille Ernestine Hattie Inez",
            "Gaines Whitfield Pettiford Hairston Dorsey Blakeney Faison McCray Tolliver Mims"),
    "pap": ("Héctor Luis Ángel Wilfredo Ramón Efraín Nelson Radamés",
            "Carmen Migdalia Nilda Zoraida Milagros Aida Gladys Evelyn",
            "Rivera Colón Quiñones Velázquez Figueroa Pagán Maldonado Ortiz Negrón Cintrón Rosado"),
    "paa": ("Youssef Khalil Nabil Fouad Samir Elias Georges",
            "Samira Najla Hoda Rania Widad Mariam Nawal Salwa",
            "Haddad Khoury Nassar Saliba Abboud Mansour Tannous Sabbagh Daher Maalouf"),
    # Australia: New South Wales
    "nsw": ("Kevin Graeme Ross Barry Lindsay Neville Warren Rodney Keith Allan",
            "Beverley Dianne Noelene Robyn Lorraine Marlene Glenda Shirley Judith Heather",
            "Hodgkinson McInerney Pascoe Tregear Whiteley Mackay Harland Cummins Dwyer Pendergast Toohey"),
    "gre": ("Konstantinos Dimitrios Georgios Panagiotis Vasilios Christos Ioannis",
            "Eleni Vasiliki Panagiota Despina Stavroula Sofia Chrysoula",
            "Papadopoulos Karagiannis Tsoukalas Economou Vlahos Christodoulou Kyriakou Stathopoulos Alexiou"),
    "vie": ("Thanh Minh Tuan Quang Khanh Phuc Duc", "Lan Hoa Thuy Mai Huong Ngoc Hanh",
            "Nguyen Tran Pham Huynh Dang Bui Truong Vu"),
    "mlt": ("Emanuel Carmelo Salvu Anton Alfred Joseph", "Carmela Doris Josephine Rita Mary Concetta",
            "Camilleri Vella Zammit Farrugia Grech Attard Micallef Azzopardi Cassar"),
    # Canada: Ontario, Nova Scotia, Saskatchewan
    "onx": ("Murray Wendell Lorne Clifford Delbert Gordon Lyle Glen",
            "Marilyn Doreen Evelyn Eileen Muriel Lois Verna Shirley",
            "McTavish Huxtable Featherstone Vanderburg Tillotson Bellamy Cathcart Pettigrew Leishman Mulvihill"),
    "fra": ("Réjean Gilles Marcel Gaétan Lucien Normand Rosaire",
            "Thérèse Huguette Jeannine Gisèle Monique Rita Lise",
            "Lalonde Charbonneau Séguin Gauthier Brisebois Lavigne Proulx Bélanger Chartrand Laframboise"),
    "nsx": ("Alphonse Ronald Alexander Roderick Hector Ambrose",
            "Marguerite Edna Bernadette Mary Catherine Theresa",
            "MacIsaac Boudreau LeBlanc d'Entremont Comeau MacKinnon Chisholm Beaton MacEachern Deveau"),
    "ukr": ("Mykola Wasyl Petro Stefan Bohdan Metro", "Olga Nadia Kateryna Halyna Anne Stella",
            "Hrynchuk Kowalyk Melnyk Sawchuk Fedoruk Bilyk Tkachuk Romanyshyn Yakimchuk"),
    "cree": ("Gordon Alvin Harvey Clifford Lawrence Vernon", "Gladys Doris Bertha Flora Eva Irene",
             "Ahenakew Kayseas Sasakamoose Tootoosis Wapass Sanderson Greyeyes Bighetty"),
    "fil": ("Rogelio Danilo Ernesto Romeo Reynaldo Eduardo Arnel",
            "Lourdes Erlinda Teresita Corazon Remedios Luzviminda Rosalinda",
            "Dizon Bautista Macaraeg Soriano Villanueva Manalo Pangilinan Dimaculangan Agbayani Tolentino"),
    # Ireland: Donegal, Sligo, Leitrim and the midlands
    "iri": ("Pádraig Micheál Seán Tadhg Donal Colm Fergal Cathal Eoin Mánus",
            "Bríd Nuala Máire Eithne Síle Caitríona Treasa Nóra Úna Gráinne",
            ("McGettigan Gallagher Bonner O'Donnell Doherty Gildea Kilbride Harte Mulligan O'Boyle McFadden "
            "Coyle Kearney Fallon")),
    "irm": ("Michael Patrick John Christy Liam Tommy", "Mary Bridget Kathleen Josie Peggy Noreen",
            "Kenny Dolan Flanagan Daly Egan Geraghty Mulvey Kilroy Fahy Claffey"),
    # New Zealand: Waikato and the Bay of Plenty
    "pkh": ("Murray Graeme Trevor Ken Bryce Lindsay Colin", "Raewyn Glenys Noeline Shona Marion Lorraine Judith",
            "Hollis Pickering Latimer Rutherford McAlpine Cradock Gubb Fensom Paterson"),
    "mao": ("Wiremu Hemi Rawiri Tamati Hohepa Tipene Pita", "Mere Huia Ngaire Aroha Hine Kahurangi Wikitoria Miriama",
            "Ngata Parata Wihongi Tapara Kereama Hetaraka Paki Tūwhare Waaka"),
    "sam": ("Sione Tavita Iosefa Falaniko Tuilo", "Losa Malia Sieni Fetu Lupe Salote",
            "Tuilagi Faleolo Leota Sapolu Afamasaga Tuimavave Fa'alogo"),
    # Singapore
    "sgc": ("Ah Huat|Kim Seng|Boon Keng|Chee Meng|Teck Soon|Ah Kow|Beng Hock",
            "Ah Moi|Siew Lan|Geok Hwa|Bee Choo|Poh Choo|Swee Lian|Ah Lian",
            "Tan Lim Ong Goh Teo Chua Koh Sim Yeo Heng Ng"),
    "sgm": ("Ismail Rahmat Osman Jamaluddin Sulaiman|Abdul Rahman",
            "Siti Aminah|Rokiah|Zainab|Fatimah|Salmah|Maimunah",
            "Ahmad Hassan Yusof Ibrahim Salleh Mohamed Daud"),
    "sgi": ("Ramasamy Subramaniam Krishnan Muthu Palaniappan", "Letchumi Saraswathy Kamala Valliammai Pushpam",
            "Arumugam Govindasamy Velu Rajoo Suppiah Kandasamy"),
    # Hong Kong (given names hyphenated, as the HKID prints them)
    "hkc": ("Kwok-keung|Chi-ming|Tai-wah|Kam-hung|Yiu-fai|Shu-kei|Hon-chiu",
            "Siu-ying|Yuk-lan|Sau-chun|Mei-fong|Wai-ling|Shuk-fan|Lai-kuen",
            "Chan Wong Cheung Lau Leung Yip Tsang Kwok Fung Lam Tang Chow Mak"),
    # Malaysia: the Klang Valley
    "myc": ("Ah Seng|Chee Keong|Kok Wai|Boon Hock|Yew Choon", "Ah Lan|Siew Mei|Mei Ling|Soo Cheng|Gaik Lean",
            "Tan Lim Ooi Khoo Yap Chong Loh Liew"),
    "mym": ("Zainal|Kamarudin|Rosli|Hamzah|Abdul Aziz", "Rohani Zaleha Normah Aminah Kalsom Hasnah",
            "Ismail|Othman|Abdullah|Yaakob|Mohd Noor|Jusoh"),
    "myi": ("Muniandy Maniam Rajendran Sivalingam Ganesan", "Letchumy Parvathy Thanaletchumi Kaliammah Saroja",
            "Marimuthu Perumal Sinnathamby Karuppiah Veerasamy"),
    # India: Chennai
    "tam": ("Ramasamy Subramanian Krishnamoorthy Venkatesan Balasubramanian Natarajan Sundaram",
            "Lakshmi Kamala Saroja Meenakshi Vasantha Parvathi Rukmani",
            "Ramanathan Srinivasan Ganesan Murugesan Chandrasekaran Rajagopal Viswanathan"),
    # South Africa: Johannesburg and Soweto
    "zul": ("Sipho Themba Bongani Mandla Vusumuzi Jabulani", "Nomvula Thandiwe Zodwa Busisiwe Lindiwe Nokuthula",
            "Dlamini Ndlovu Khumalo Mthembu Zungu Mkhize Ngcobo Shabalala"),
    "sot": ("Tebogo Thabo Katlego Mpho Kagiso Lebohang", "Mmathapelo Dineo Palesa Keitumetse Nthabiseng Refilwe",
            "Mokoena Molefe Mofokeng Tshabalala Motaung Letsoalo Radebe Masilo"),
    "zaa": ("Johannes Pieter Hendrik Gerrit Willem", "Susanna Magdalena Elsabe Aletta Hester",
            "van der Merwe|Botha|Pretorius|Venter|Steyn|Coetzee|du Plessis|Kruger"),
    # Philippines: Metro Manila
    "phl": ("Rodrigo|Ernesto|Danilo|Romeo|Florencio|Crisanto|Leonardo",
            "Ma. Corazon|Ma. Luisa|Erlinda|Teresita|Adoracion|Felicidad|Leonora",
            "dela Cruz|Santos|Reyes|Bautista|Mendoza|Aquino|de Guzman|Manalastas|Pascual|Ocampo"),
    # Jamaica: St James and the west
    "jam": ("Winston Desmond Neville Ezekiel Aston Clinton Vivian", "Icilda Pearlina Merline Claudette Daphne Joycelyn",
            "Ricketts Lindo Wint Tulloch McFarlane Bogle Dunkley Powell Hylton Mais"),
    # international staff
    "ker": ("Jobin Binu Anish Sijo Renjith Shibu", "Jincy Sreeja Anju Divya Bincy Reshma",
            "Varghese Kurian Mathew Chacko Pillai Nair Menon Abraham"),
    "ngr": ("Oluwaseun Chukwuemeka Adebayo Obinna Babatunde", "Folake Ngozi Chiamaka Funmilayo Adaeze",
            "Adeyemi Okonkwo Nwosu Ogunleye Adebanjo Balogun Okafor"),
    "pak": ("Imran Tariq Faisal Asif Usman", "Saima Sadia Ayesha Farah Sana",
            "Qureshi Chaudhry Malik Iqbal Hussain Rashid"),
    "zim": ("Tendai Tatenda Farai Tinashe", "Rudo Chipo Nyasha Tsitsi", "Moyo Chikwanha Mutasa Sibanda Marufu"),
}
G: dict[str, tuple[list[str], list[str], list[str]]] = {k: (_w(m), _w(f), _w(s)) for k, (m, f, s) in _GROUPS.items()}

# patients' groups by region (repeats weight the draw)
PAT: dict[str, list[str]] = {
    "en": ["emid", "emid", "emid", "emid", "guj", "carib", "pol"], "sc": ["sco", "sco", "sco", "gael", "ita"],
    "cy": ["cym", "cym", "nwe"], "ni": ["nir", "nir", "ulst", "ulst"],
    "us": ["pag", "pas", "pas", "pab", "pap", "paa"], "au": ["nsw", "nsw", "gre", "vie", "mlt"],
    "on": ["onx", "onx", "fra", "fil"], "ns": ["nsx"], "sk": ["ukr", "cree", "cree"], "ie": ["iri", "iri", "irm"],
    "nz": ["pkh", "pkh", "mao", "mao", "sam"], "sg": ["sgc", "sgc", "sgm", "sgi"], "hk": ["hkc"],
    "my": ["myc", "mym", "mym", "myi"], "in": ["tam"], "za": ["zul", "sot", "sot", "zaa"], "ph": ["phl"],
    "jm": ["jam"],
}
STAFF_INTL = ["ker", "fil", "ngr", "pak", "zim"]
INTL_REGIONS = ("en", "sc", "cy", "ni", "us", "au", "on", "ns", "sk", "ie", "nz")
PATRONYMIC = ("sgm", "sgi", "mym", "myi", "tam")
ENGLISHY = ("emid", "nwe", "ulst", "nsw", "onx", "pkh", "pas")
# ordinary words that are also first names or surnames: about one English-speaking person in eight
WORDY_F = ["Dawn", "Joy", "Faith", "Hazel", "Ivy", "Pearl", "Olive", "Robin"]
WORDY_M = ["Frank", "Sonny", "Robin", "Clay", "Forrest", "Rich"]
WORDY_L = ["Fox", "Marsh", "Wood", "Moss", "Banks", "Frost", "Heath", "Sharp", "Bird", "Lamb", "Fairweather",
           "Goodchild", "Sparrow"]

# never drawn as a name: the eponyms, scales, tools, equipment, drugs and providers of discharge planning and
# long-term care, care words, months, weekdays and virtue names (organisation, place and street words are added)
_BAD_TXT = """
Barthel Braden Waterlow Norton Morse Tinetti Folstein Rockwood Katz Lawton Abbey Berg Glasgow Cornell Zarit
Hoyer Sara Stedy Rotunda Zimmer Rollator Oramorph Adcal Laxido Movicol Fortisip Ensure Lasix Eliquis Xarelto
Coumadin Tylenol Norco Senokot Colace Miralax Foley Hartmann Parkinson Alzheimer Lewy Korsakoff Wernicke
Addison Graves Paget Colles Garden Pauwels Charnley Thompson Austin Moore Exeter Hunter Ramsay Bupa Regis
Bolton Clarke Parker Christie Nottingham Leicester Derby Lincoln Shipman Nightingale Seacole Cavell Sister
Nurse Doctor Matron Patient Carer Home Care House Bed Chair Frame Walker Sling Bedpan Commode Ramp Rail
Stick Hoist Jan January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Blessing Precious Mercy Gift
Patience Prudence Constance Charity Temperance Honor Honour Victoria Georgia Carolina Virginia Florida
Jersey Chester Sydney Regina Adelaide Darwin Hamilton Kingston Wellington Nelson Napier Perth Stirling
"""
BAD_NAMES: set[str] = set(_BAD_TXT.split())
BAD_NAMES.discard("Nelson")  # a Puerto Rican first name here; the NZ town is not drawn


def orgs(*names: str) -> list[str]:
    """Hospital, care home, practice, agency and programme names: their words are never drawn as names."""
    for n in names:
        BAD_NAMES.update(re.findall(r"[A-ZÀ-Ýa-zà-ÿ][\w'’-]+", n))
    return list(names)


# two-letter initials that read as an abbreviation in these notes (never drawn as a person's initials)
BAD_INITS = {"AD", "AF", "AKI", "BD", "BP", "CD", "CT", "DN", "DS", "ED", "GP", "HR", "ID", "IM", "IV", "MD",
             "MR", "MS", "NG", "NH", "OD", "OT", "PA", "PD", "PM", "PO", "PR", "PT", "RN", "SC", "SW", "TV",
             "UR", "WC", "AM", "DR", "ST", "SN", "HC", "LD", "DM", "MI", "RR", "CP", "NP", "SR", "RM", "MH"}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Redraw(Exception):
    """A draw the note must not keep (a reused name word, no unused name left in a group)."""


def _ascii(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def _slug(s: str) -> str:
    return "".join(ch for ch in _ascii(s) if ch.isalnum()).lower()


def _nth(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt(d: date, k: str) -> str:
    """A date written one of this corpus's ways (the key names the layout)."""
    mon = MONTHS[d.month - 1]
    m3 = mon[:3]
    sep = "Sept" if d.month == 9 else m3
    dd, mm, yy, y = f"{d.day:02d}", f"{d.month:02d}", f"{d.year % 100:02d}", d.year
    table = {
        # day first
        "dmy": f"{dd}/{mm}/{y}", "dmy1": f"{d.day}/{d.month}/{y}", "dmyy": f"{dd}/{mm}/{yy}",
        "dmyy1": f"{d.day}/{d.month}/{yy}", "dm": f"{dd}/{mm}", "d/m": f"{d.day}/{d.month}",
        "dot": f"{dd}.{mm}.{y}", "dotyy": f"{dd}.{mm}.{yy}", "dash": f"{dd}-{mm}-{y}", "dashyy": f"{dd}-{mm}-{yy}",
        "long": f"{d.day} {mon} {y}", "nth": f"{_nth(d.day)} {mon} {y}", "nthc": f"{_nth(d.day)} {mon}, {y}",
        "nthm": f"{_nth(d.day)} {mon}", "dmo": f"{d.day} {mon}", "sh": f"{d.day} {m3} {y}",
        "sh0": f"{dd} {m3} {y}", "shs": f"{d.day} {sep} {y}", "dsh": f"{d.day} {m3}", "dmon": f"{dd}-{m3}-{y}",
        "dmonyy": f"{dd}-{m3}-{yy}", "DMON": f"{dd} {m3.upper()} {y}", "DMONc": f"{dd}{m3.upper()}{y}",
        "my": f"{mon} {y}", "mshy": f"{m3} {y}", "mmyy": f"{mm}/{y}", "dslmon": f"{dd}/{m3}/{y}",
        # month first
        "us": f"{mm}/{dd}/{y}", "us1": f"{d.month}/{d.day}/{y}", "usyy": f"{mm}/{dd}/{yy}",
        "us1yy": f"{d.month}/{d.day}/{yy}", "md": f"{d.month}/{d.day}", "usdash": f"{mm}-{dd}-{y}",
        "usl": f"{mon} {d.day}, {y}", "ussh": f"{m3} {d.day}, {y}", "msh": f"{m3} {d.day}", "mlong": f"{mon} {d.day}",
        "mdy": f"{mon} {_nth(d.day)}, {y}",
        # year first
        "iso": d.isoformat(), "ymd/": f"{y}/{mm}/{dd}", "ymon": f"{y}-{m3}-{dd}", "ymd.": f"{y}.{mm}.{dd}",
    }
    return table[k]


@dataclass
class P:
    """A person: given name(s), surname (or father's / husband's name), sex, a middle initial, the group."""

    first: str
    last: str
    sex: str
    mid: str
    grp: str
    midn: str = ""  # a whole middle name (US) or the mother's maiden surname (Philippines)
    eng: str = ""  # an English name (Singapore, Hong Kong, Malaysian Chinese) where drawn
    married: bool = True

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
    def Lf(self) -> str:
        return f"{self.last.upper()}, {self.first}"

    @property
    def LF(self) -> str:
        return f"{self.last}, {self.first}".upper()

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def lfm(self) -> str:
        return f"{self.last}, {self.first} {self.mid}"

    @property
    def fml(self) -> str:
        return f"{self.first} {self.mid}. {self.last}"

    @property
    def fmn(self) -> str:
        return f"{self.first} {self.midn} {self.last}" if self.midn else self.fl

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
    def init(self) -> str:
        return (_ascii(self.first)[0] + _ascii(self.last.split()[-1])[0]).upper()

    # Chinese (Singapore, Malaysia, Hong Kong): surname first
    @property
    def cn(self) -> str:
        return f"{self.last.upper()} {self.first}"

    @property
    def cnm(self) -> str:
        return f"{self.last} {self.first}"

    @property
    def CN(self) -> str:
        return f"{self.last} {self.first}".upper()

    @property
    def cne(self) -> str:
        """With the English name in front ("Ivy Tan Siew Lan") where there is one."""
        return f"{self.eng} {self.last} {self.first}" if self.eng else self.cnm

    @property
    def hk(self) -> str:
        """HKID order: "CHAN, Kwok-keung"."""
        return f"{self.last.upper()}, {self.first}"

    @property
    def hks(self) -> str:
        """Unhyphenated and capitalised: "Chan Kwok Keung"."""
        return f"{self.last} " + " ".join(w.capitalize() for w in self.first.split("-"))

    # patronymic forms
    @property
    def bin(self) -> str:
        return f"{self.first} {'bin' if self.sex == 'm' else 'binti'} {self.last}"

    @property
    def binte(self) -> str:
        return f"{self.first} {'bin' if self.sex == 'm' else 'binte'} {self.last}"

    @property
    def so(self) -> str:
        return f"{self.first} {'s/o' if self.sex == 'm' else 'd/o'} {self.last}"

    @property
    def al(self) -> str:
        return f"{self.first} {'a/l' if self.sex == 'm' else 'a/p'} {self.last}"

    @property
    def ti(self) -> str:
        """Tamil Nadu: the father's / husband's initial first ("R. Lakshmi")."""
        return f"{_ascii(self.last)[0]}. {self.first}"

    # Philippines
    @property
    def ph(self) -> str:
        return f"{self.first} {self.midn[0].upper()}. {self.last}" if self.midn else self.fl

    @property
    def PH(self) -> str:
        return (f"{self.last}, {self.first} {self.midn[0]}." if self.midn else self.lf).upper()

    @property
    def title(self) -> str:
        return "Mr" if self.sex == "m" else ("Mrs" if self.married else "Miss")

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
    def spouse(self) -> str:
        return "wife" if self.sex == "m" else "husband"

    def mail(self, dom: str, k: int = 0) -> str:
        f, la = _slug(self.first), _slug(self.last)
        return [f"{f}.{la}@{dom}", f"{f[0]}{la}@{dom}", f"{la}{f[0]}@{dom}", f"{f}.{la}{len(f)}@{dom}",
                f"{f}{la}@{dom}", f"{f[0]}.{la}@{dom}"][k % 6]


# ---------------------------------------------------------------------------------------- identifiers
def _digits(r: random.Random, n: int, lead: bool = True) -> str:
    s = "".join(str(r.randint(0, 9)) for _ in range(n))
    return str(r.randint(1, 9)) + s[1:] if lead else s


def _luhn(body: str) -> str:
    """The Luhn check digit for body."""
    total = 0
    for k, ch in enumerate(reversed(body)):
        v = int(ch) * (2 if k % 2 == 0 else 1)
        total += v if v < 10 else v - 9
    return str(-total % 10)


def _w11(body: str) -> int | None:
    """NHS-style modulus 11 with weights 10 down to 2: the check digit, or None where it would be 10."""
    chk = 11 - sum(int(x) * (10 - k) for k, x in enumerate(body)) % 11
    return None if chk == 10 else (0 if chk == 11 else chk)


def nhs_no(r: random.Random) -> str:
    while True:
        body = str(r.choice([4, 6, 7])) + _digits(r, 8, False)
        chk = _w11(body)
        if chk is not None:
            return body + str(chk)


def hc_no(r: random.Random) -> str:
    """Northern Ireland Health and Care number: 320-399 and the NHS check digit."""
    while True:
        body = str(r.randint(320, 399)) + _digits(r, 6, False)
        chk = _w11(body)
        if chk is not None:
            return body + str(chk)


def chi_no(r: random.Random, dob: date, sex: str) -> str:
    """CHI: ddmmyy, two serial digits, a sex digit (odd for men), the modulus-11 check digit."""
    while True:
        body = dob.strftime("%d%m%y") + f"{r.randint(0, 99):02d}" + str(r.choice("13579" if sex == "m" else "02468"))
        chk = _w11(body)
        if chk is not None:
            return body + str(chk)


def nhs_fmt(s: str, k: int) -> str:
    return (f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}")[k % 3]


def gmc_no(r: random.Random) -> str:
    return str(r.randint(4, 7)) + _digits(r, 6, False)


def nmc_pin(r: random.Random, country: str = "E") -> str:
    """NMC PIN: the year and month letter of first registration, four digits, the country letter."""
    return f"{r.randint(88, 99) if r.random() < 0.3 else r.randint(0, 21):02d}{r.choice('ABCDEFGHIJKL')}" \
           f"{_digits(r, 4, False)}{country}"


def hcpc_no(r: random.Random, prof: str) -> str:
    return f"{prof}{r.randint(10000, 99999) if prof == 'OT' else r.randint(10000, 160000)}"


def swe_no(r: random.Random) -> str:
    """Social Work England registration (format only)."""
    return f"SW{r.randint(10000, 130000)}"


def npi_no(r: random.Random) -> str:
    body = str(r.choice([1, 1, 2])) + _digits(r, 8, False)
    return body + _luhn("80840" + body)


def ssn_no(r: random.Random) -> str:
    area = r.choice([r.randint(159, 211), r.randint(1, 665), r.randint(667, 772)])  # PA issued 159-211
    return f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"  # letters a Medicare Beneficiary Identifier may use (no S L O I B Z)


def mbi_no(r: random.Random, dashed: bool = False) -> str:
    """Medicare Beneficiary Identifier: C A AN N A AN N A A N N (its letter rules; no check digit)."""
    def an() -> str:
        return r.choice(_MBI_A + "0123456789")
    s = (str(r.randint(1, 9)) + r.choice(_MBI_A) + an() + str(r.randint(0, 9)) + r.choice(_MBI_A) + an()
         + str(r.randint(0, 9)) + r.choice(_MBI_A) + r.choice(_MBI_A) + _digits(r, 2, False))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def medicare_au(r: random.Random) -> tuple[str, str]:
    """AU Medicare card number: eight digits (first 2-6), the check digit (weights 1 3 7 9 1 3 7 9, mod 10),
    the issue number; with an IRN (individual reference number, 1-9)."""
    d = [r.randint(2, 6)] + [r.randint(0, 9) for _ in range(7)]
    chk = sum(a * b for a, b in zip(d, (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return "".join(map(str, d)) + str(chk) + str(r.randint(1, 6)), str(r.randint(1, 5))


def ihi_no(r: random.Random) -> str:
    body = "800360" + _digits(r, 9, False)
    return body + _luhn(body)


def ohip_no(r: random.Random) -> str:
    body = _digits(r, 9)
    return body + _luhn(body)


def ppsn(r: random.Random, new: bool = False) -> str:
    """Irish PPSN: seven digits weighted 8..2, plus 9 x the second letter's value on new numbers, mod 23."""
    d = _digits(r, 7, False)
    tot = sum(int(x) * (8 - k) for k, x in enumerate(d)) + (9 if new else 0)
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23] + ("A" if new else "")


_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # A=1 .. Z=24, no I or O


def nhi_no(r: random.Random, new: bool = False) -> str:
    """NZ NHI: AAANNNC (weights 7..2, mod 11, 11 - rem with 10 as 0) or the 2022 AAANNAX (mod 23, a letter)."""
    while True:
        letters = "".join(r.choice(_NHI) for _ in range(3))
        vals = [_NHI.index(x) + 1 for x in letters]
        if new:
            n4, n5, a6 = r.randint(0, 9), r.randint(0, 9), r.choice(_NHI)
            rem = sum(v * w for v, w in zip([*vals, n4, n5, _NHI.index(a6) + 1], (7, 6, 5, 4, 3, 2),
                                            strict=True)) % 23
            if rem == 0:
                continue
            return f"{letters}{n4}{n5}{a6}{_NHI[23 - rem - 1]}"
        nums = [r.randint(0, 9) for _ in range(3)]
        rem = sum(v * w for v, w in zip([*vals, *nums], (7, 6, 5, 4, 3, 2), strict=True)) % 11
        if rem == 0:
            continue
        return letters + "".join(map(str, nums)) + str((11 - rem) % 10)


def nric(r: random.Random, dob: date) -> str:
    pre = "S" if dob.year < 2000 else "T"
    body = f"{dob.year % 100:02d}" + _digits(r, 5, False) if dob.year >= 1968 else _digits(r, 7, False)
    if dob.year < 1968:  # older citizens' numbers start 0 or 1
        body = str(r.randint(0, 1)) + body[1:]
    tot = sum(int(x) * w for x, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if pre == "T" else 0)
    return pre + body + "JZIHGFEDCBA"[tot % 11]


def hkid(r: random.Random) -> str:
    """HKID: a letter, six digits, the check digit (space = 36 weight 9, letter A=10 weight 8, digits 7..2;
    11 - sum mod 11, 10 -> A, 11 -> 0), printed with the check digit in brackets."""
    let = r.choice("ACDEGHKRVYZ")
    d = _digits(r, 6, False)
    tot = 36 * 9 + (ord(let) - 55) * 8 + sum(int(x) * (7 - k) for k, x in enumerate(d))
    chk = (11 - tot % 11) % 11
    return f"{let}{d}({'A' if chk == 10 else chk})"


def mykad(r: random.Random, dob: date, sex: str, pb: str) -> str:
    """MyKad: yymmdd, the place-of-birth code, three digits and a last digit odd for men (format only)."""
    last = r.choice("13579" if sex == "m" else "02468")
    return f"{dob.strftime('%y%m%d')}-{pb}-{_digits(r, 3, False)}{last}"


def _verhoeff_tables() -> tuple[list[list[int]], list[list[int]], list[int]]:
    """The dihedral group D5 multiplication, the position permutations and the inverses, computed."""
    def mul(a: int, b: int) -> int:
        if a < 5 and b < 5:
            return (a + b) % 5
        if a < 5:
            return 5 + (a + b - 5) % 5
        if b < 5:
            return 5 + (a - 5 - b) % 5
        return (a - b) % 5
    dmul = [[mul(a, b) for b in range(10)] for a in range(10)]
    perm = [list(range(10)), [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        perm.append([perm[1][x] for x in perm[-1]])
    inv = [next(b for b in range(10) if dmul[a][b] == 0) for a in range(10)]
    return dmul, perm, inv


_VD, _VP, _VI = _verhoeff_tables()


def verhoeff(body: str) -> str:
    c = 0
    for k, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(k + 1) % 8][int(ch)]]
    return str(_VI[c])


def aadhaar(r: random.Random, sep: str = " ") -> str:
    body = str(r.randint(2, 9)) + _digits(r, 10, False)
    s = body + verhoeff(body)
    return sep.join((s[:4], s[4:8], s[8:]))


def za_id(r: random.Random, dob: date, sex: str) -> str:
    body = dob.strftime("%y%m%d") + f"{r.randint(5000, 9999) if sex == 'm' else r.randint(0, 4999):04d}08"
    return body + _luhn(body)


def _fhir(q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
          tel: str = "") -> dict[str, Any]:
    """The note's patient as a small FHIR Patient resource (the scrubber is given its identifiers)."""
    given = q.first.replace("-", " ").split() + (q.midn.split() if q.midn and q.grp != "phl" else []) \
        + ([q.eng] if q.eng else [])
    pt: dict[str, Any] = {
        "resourceType": "Patient", "name": [{"family": q.last, "given": given}],
        "identifier": [{"system": s, "value": v} for s, v in ids], "birthDate": dob.isoformat(),
        "gender": "male" if q.sex == "m" else "female",
    }
    if addr:
        line, town, z = addr
        pt["address"] = [{"line": [line] if line else [], "city": town, "postalCode": z}]
    if tel:
        pt["telecom"] = [{"system": "phone", "value": tel}]
    return pt


CN_ENG = {"m": ["Peter", "David", "Vincent", "Raymond", "Kenneth", "Patrick", "Alan"],
          "f": ["Mary", "Alice", "Irene", "Jenny", "Betty", "Helen", "Amy"]}
CHINESE = ("sgc", "myc", "hkc")


# ---------------------------------------------------------------------------------------- the note context
class C:
    """Per-note context: a seeded random, the builder, the name words already used, labelled ages."""

    def __init__(self, seed: int, region: str):
        self.seed = seed
        self.r = random.Random(seed)
        self.region = region
        self.b = NoteBuilder()
        self.used: set[str] = set()
        self.inits: set[str] = set()
        self.ages: set[str] = set()
        self.psex = ""  # the note's (first) patient's sex: no tamsulosin for women
        d = date(2024, 9, 2) + timedelta(days=self.r.randint(0, 420))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        self.today = d

    # -- writing
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

    def url(self, s: str) -> C:
        return self.p("URL", s)

    def ipa(self, s: str) -> C:
        return self.p("IP", s)

    def age(self, a: int) -> C:
        """An age: labelled AGE only at 90 or over."""
        if a >= 90:
            self.ages.add(str(a))
            return self.p("AGE", str(a))
        return self.t(str(a))

    def cl(self, items: list[str], sep: str = ", ") -> C:
        for k, x in enumerate(items):
            if k:
                self.t(sep)
            self.c(x)
        return self

    def lines(self, items: list[str], bullet: str = "- ") -> C:
        for x in items:
            self.t(bullet).c(x).t("\n")
        return self

    def build(self, patient: dict[str, Any]) -> Note:
        return self.b.build(patient)

    # -- drawing
    def ch(self, xs: Any) -> Any:
        return self.r.choice(xs)

    def some(self, xs: list[Any], lo: int, hi: int) -> list[Any]:
        return self.r.sample(xs, min(len(xs), self.r.randint(lo, hi)))

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def num(self, a: int, b: int) -> int:
        """A clinical integer that never repeats a labelled age (an unlabelled "92" beside an AGE "92")."""
        for _ in range(30):
            v = self.r.randint(a, b)
            if str(v) not in self.ages:
                return v
        return a - 1 if str(a - 1) not in self.ages else b + 1

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def dig(self, k: int, lead: bool = True) -> str:
        return _digits(self.r, k, lead)

    def yes(self, pr: float = 0.5) -> bool:
        return self.r.random() < pr

    def tok(self, k: int) -> str:
        return "".join(self.r.choice("abcdefghijkmnpqrstuvwxyz23456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))

    def tm(self, lo: int = 8, hi: int = 17, colon: bool = True) -> str:
        h, m = self.r.randint(lo, hi), self.r.choice(range(0, 60, 5))
        return f"{h:02d}:{m:02d}" if colon else f"{h:02d}{m:02d}"

    def dt(self, lo: int = -14, hi: int = 0) -> date:
        return self.today + timedelta(days=self.r.randint(lo, hi))

    def wdt(self, lo: int, hi: int) -> date:
        d = self.dt(lo, hi)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d

    def dob(self, lo: int = 72, hi: int = 99) -> tuple[date, int]:
        a = self.r.randint(lo, hi)
        d = date(self.today.year - a - 1, 1, 1) + timedelta(days=self.r.randint(0, 364))
        return d, self.today.year - d.year - ((self.today.month, self.today.day) < (d.month, d.day))

    def old(self, pr: float = 0.45) -> tuple[date, int]:
        """A care-of-the-elderly patient: 90 or over with probability pr, else 68-89."""
        return self.dob(90, 101) if self.yes(pr) else self.dob(68, 89)

    def ip(self) -> str:
        a = self.ch([24, 71, 73, 81, 86, 90, 98, 104, 151, 173, 203, 213])
        return f"{a}.{self.ri(2, 250)}.{self.ri(0, 255)}.{self.ri(2, 254)}"

    # -- people
    def _fresh(self, words: list[str]) -> bool:
        for w in words:
            if not w.replace("'", "").replace(".", "").isalpha() or w in BAD_NAMES or w.lower() in self.used:
                return False
        return True

    def _take(self, words: list[str]) -> None:
        self.used.update(w.lower() for w in words)

    def person(self, grp: str, sex: str | None = None, last: str | None = None) -> P:
        if grp == "intl":
            grp = self.ch(STAFF_INTL)
        ms, fs, ls = G[grp]
        sex = sex or self.ch("mf")
        for _ in range(40):
            first = self.ch(ms if sex == "m" else fs)
            la = last or self.ch(ls)
            if grp in ENGLISHY and self.yes(0.12):
                first = self.ch(WORDY_M if sex == "m" else WORDY_F)
            if grp in ENGLISHY and last is None and self.yes(0.1):
                la = self.ch(WORDY_L)
            if grp == "pol" and sex == "f":
                la = re.sub(r"(sk|ck)i$", r"\1a", la)
            words = re.split(r"[\s-]+", first.replace("Ma. ", "")) + ([] if last else re.split(r"[\s-]+", la))
            if not self._fresh(words):
                continue
            q = P(first, la, sex, "A", grp, married=self.yes(0.8))
            if q.init in BAD_INITS:
                continue
            self._take(words)
            for _ in range(12):
                q.mid = self.ch("ABCDEFGHJKLMNPRSTW")
                if (_ascii(first)[0] + q.mid) not in BAD_INITS:
                    break
            if grp in ("pag", "pas", "pab", "onx") and self.yes(0.3):
                q.midn = self._extra(ms if sex == "m" else fs)
                q.mid = _ascii(q.midn)[0]
            if grp == "phl":
                q.midn = self._extra(ls)
                q.mid = _ascii(q.midn)[0]
            if grp in CHINESE and self.yes(0.3):
                q.eng = self._extra(CN_ENG[sex])
            return q
        raise Redraw

    def _extra(self, pool: list[str]) -> str:
        for _ in range(20):
            e = self.ch(pool)
            if self._fresh(e.split()):
                self._take(e.split())
                return e
        raise Redraw

    def pat(self, sex: str | None = None, grps: list[str] | None = None) -> P:
        q = self.person(self.ch(grps or PAT[self.region]), sex)
        self.psex = self.psex or q.sex
        return q

    def rel(self, q: P, sex: str | None = None, same: bool = True) -> P:
        """A relative from the patient's group: children and siblings share the surname where the culture
        does; a patronymic child carries the father's given name; a spouse is drawn whole."""
        if not same:
            return self.person(q.grp, sex)
        if q.grp in PATRONYMIC:
            if q.sex == "m":
                return self.person(q.grp, sex, last=q.first)
            husband = self._extra(G[q.grp][0])
            return self.person(q.grp, sex, last=husband)
        if q.grp in CHINESE and q.sex == "f":
            return self.person(q.grp, sex)
        return self.person(q.grp, sex, last=q.last)

    def staff(self, sex: str | None = None, grp: str | None = None) -> P:
        if grp is None:
            grp = "intl" if self.region in INTL_REGIONS and self.yes(0.3) else self.ch(PAT[self.region])
        return self.person(grp, sex)

    def ini(self, q: P) -> str:
        """A person's initials written alone (a signature on a chart): never a clashing pair."""
        s = q.init
        if s in self.inits:
            raise Redraw
        self.inits.add(s)
        return s


# ---------------------------------------------------------------------------------------- places and phones
# region -> [(town, postcode / outward code / routing key / FSA options, phone area or prefix, county / state)]
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
    "en": [("Nottingham", "NG3 NG5 NG7 NG8", "0115", "Nottinghamshire"), ("Arnold", "NG5", "0115", "Nottinghamshire"),
           ("Beeston", "NG9", "0115", "Nottinghamshire"), ("Mansfield", "NG18 NG19", "01623", "Nottinghamshire"),
           ("Sutton-in-Ashfield", "NG17", "01623", "Nottinghamshire"), ("Newark", "NG24", "01636", "Nottinghamshire"),
           ("Derby", "DE22 DE23 DE24", "01332", "Derbyshire"), ("Ilkeston", "DE7", "0115", "Derbyshire"),
           ("Chesterfield", "S40 S41", "01246", "Derbyshire"), ("Leicester", "LE2 LE4 LE5", "0116", "Leicestershire"),
           ("Loughborough", "LE11", "01509", "Leicestershire"), ("Melton Mowbray", "LE13", "01664", "Leicestershire"),
           ("Lincoln", "LN1 LN2 LN6", "01522", "Lincolnshire"), ("Boston", "PE21", "01205", "Lincolnshire"),
           ("Grantham", "NG31", "01476", "Lincolnshire"), ("Skegness", "PE25", "01754", "Lincolnshire"),
           ("Louth", "LN11", "01507", "Lincolnshire"), ("Kettering", "NN16", "01536", "Northamptonshire")],
    "sc": [("Stirling", "FK7 FK8", "01786", "Stirlingshire"), ("Falkirk", "FK1 FK2", "01324", "Falkirk"),
           ("Alloa", "FK10", "01259", "Clackmannanshire"), ("Grangemouth", "FK3", "01324", "Falkirk"),
           ("Larbert", "FK5", "01324", "Falkirk"), ("Bo'ness", "EH51", "01506", "Falkirk"),
           ("Dunblane", "FK15", "01786", "Stirlingshire"), ("Callander", "FK17", "01877", "Stirlingshire"),
           ("Perth", "PH1 PH2", "01738", "Perthshire"), ("Crieff", "PH7", "01764", "Perthshire"),
           ("Blairgowrie", "PH10", "01250", "Perthshire"), ("Pitlochry", "PH16", "01796", "Perthshire"),
           ("Kinross", "KY13", "01577", "Kinross-shire"), ("Auchterarder", "PH3", "01764", "Perthshire")],
    "cy": [("Wrexham", "LL11 LL13", "01978", ""), ("Rhyl", "LL18", "01745", ""), ("Prestatyn", "LL19", "01745", ""),
           ("Bangor", "LL57", "01248", ""), ("Llandudno", "LL30", "01492", ""), ("Colwyn Bay", "LL29", "01492", ""),
           ("Caernarfon", "LL55", "01286", ""), ("Holyhead", "LL65", "01407", ""), ("Llangefni", "LL77", "01248", ""),
           ("Mold", "CH7", "01352", ""), ("Pwllheli", "LL53", "01758", ""), ("Denbigh", "LL16", "01745", ""),
           ("Ruthin", "LL15", "01824", "")],
    "ni": [("Belfast", "BT4 BT5 BT6 BT9 BT14 BT15", "90", ""), ("Bangor", "BT19 BT20", "91", ""),
           ("Newtownards", "BT23", "91", ""), ("Holywood", "BT18", "90", ""), ("Comber", "BT23", "91", ""),
           ("Downpatrick", "BT30", "44", ""), ("Lisburn", "BT27 BT28", "92", ""), ("Ballynahinch", "BT24", "97", ""),
           ("Donaghadee", "BT21", "91", ""), ("Carryduff", "BT8", "90", "")],
    "us": [("Pittsburgh", "15210 15216 15227 15235", "412", "PA"), ("McKeesport", "15132", "412", "PA"),
           ("Bethel Park", "15102", "412", "PA"), ("Philadelphia", "19124 19134 19143 19149", "215", "PA"),
           ("Upper Darby", "19082", "610", "PA"), ("Allentown", "18102 18103 18109", "610", "PA"),
           ("Bethlehem", "18015 18017", "610", "PA"), ("Easton", "18042", "610", "PA"),
           ("Harrisburg", "17104 17109", "717", "PA"), ("Lancaster", "17602 17603", "717", "PA"),
           ("Ephrata", "17522", "717", "PA"), ("Scranton", "18505 18508", "570", "PA"),
           ("Wilkes-Barre", "18702", "570", "PA"), ("Erie", "16504 16508", "814", "PA"),
           ("Altoona", "16602", "814", "PA"), ("Johnstown", "15905", "814", "PA")],
    "au": [("Blacktown", "2148", "9", "NSW"), ("Parramatta", "2150", "9", "NSW"), ("Penrith", "2750", "4", "NSW"),
           ("Liverpool", "2170", "9", "NSW"), ("Cabramatta", "2166", "9", "NSW"), ("Fairfield", "2165", "9", "NSW"),
           ("Bankstown", "2200", "9", "NSW"), ("Wollongong", "2500", "42", "NSW"), ("Dapto", "2530", "42", "NSW"),
           ("Shellharbour", "2529", "42", "NSW"), ("Newcastle", "2300", "49", "NSW"), ("Maitland", "2320", "49", "NSW"),
           ("Cessnock", "2325", "49", "NSW"), ("Charlestown", "2290", "49", "NSW"), ("Gosford", "2250", "43", "NSW"),
           ("Wyong", "2259", "43", "NSW"), ("Woy Woy", "2256", "43", "NSW")],
    "on": [("Ottawa", "K1H K1Z K2B K1G", "613", "ON"), ("Orléans", "K1C K4A", "613", "ON"),
           ("Kanata", "K2K K2L", "613", "ON"), ("Nepean", "K2G K2J", "613", "ON"), ("Kingston", "K7L K7M", "613", "ON"),
           ("Brockville", "K6V", "613", "ON"), ("Cornwall", "K6H K6J", "613", "ON"), ("Hawkesbury", "K6A", "613", "ON"),
           ("Pembroke", "K8A", "613", "ON"), ("Hamilton", "L8N L8V L9C", "905", "ON"),
           ("Stoney Creek", "L8G L8J", "905", "ON")],
    "ns": [("Halifax", "B3H B3L B3M", "902", "NS"), ("Dartmouth", "B2W B2Y B3A", "902", "NS"),
           ("Truro", "B2N", "902", "NS"), ("Sydney", "B1P B1S", "902", "NS"), ("Glace Bay", "B1A", "902", "NS"),
           ("Antigonish", "B2G", "902", "NS"), ("Yarmouth", "B5A", "902", "NS"), ("New Glasgow", "B2H", "902", "NS"),
           ("Bridgewater", "B4V", "902", "NS"), ("Kentville", "B4N", "902", "NS")],
    "sk": [("Regina", "S4R S4T S4S", "306", "SK"), ("Saskatoon", "S7K S7H S7L", "306", "SK"),
           ("Prince Albert", "S6V", "306", "SK"), ("North Battleford", "S9A", "306", "SK"),
           ("Moose Jaw", "S6H", "306", "SK"), ("Yorkton", "S3N", "306", "SK"), ("Meadow Lake", "S9X", "306", "SK")],
    "ie": [("Letterkenny", "F92", "074", "Donegal"), ("Buncrana", "F93", "074", "Donegal"),
           ("Ballyshannon", "F94", "071", "Donegal"), ("Dungloe", "F94", "074", "Donegal"),
           ("Sligo", "F91", "071", ""), ("Tubbercurry", "F91", "071", "Sligo"),
           ("Carrick-on-Shannon", "N41", "071", "Leitrim"), ("Manorhamilton", "F91", "071", "Leitrim"),
           ("Athlone", "N37", "090", "Westmeath"), ("Mullingar", "N91", "044", "Westmeath"),
           ("Tullamore", "R35", "057", "Offaly"), ("Edenderry", "R45", "046", "Offaly"), ("Longford", "N39", "043", ""),
           ("Moate", "N37", "090", "Westmeath")],
    "nz": [("Hamilton", "3200 3204 3206 3216", "8", ""), ("Te Awamutu", "3800", "87", ""),
           ("Cambridge", "3434", "82", ""), ("Huntly", "3700", "82", ""), ("Morrinsville", "3300", "88", ""),
           ("Thames", "3500", "86", ""), ("Tokoroa", "3420", "88", ""), ("Tauranga", "3110 3112", "57", ""),
           ("Mount Maunganui", "3116", "57", ""), ("Te Puke", "3119", "57", ""), ("Katikati", "3129", "54", ""),
           ("Rotorua", "3010 3015", "34", ""), ("Whakatāne", "3120", "30", ""), ("Taupō", "3330", "37", "")],
    "sg": [("Ang Mo Kio", "56", "Ang Mo Kio Avenue 3|Ang Mo Kio Avenue 10", ""),
           ("Bedok", "46", "Bedok North Street 1|Bedok Reservoir Road", ""),
           ("Toa Payoh", "31", "Lorong 1 Toa Payoh|Toa Payoh Lorong 5", ""),
           ("Jurong West", "64", "Jurong West Street 41|Jurong West Street 91", ""),
           ("Tampines", "52", "Tampines Street 21|Tampines Avenue 4", ""),
           ("Yishun", "76", "Yishun Ring Road|Yishun Street 11", ""),
           ("Bukit Merah", "15", "Jalan Bukit Merah|Bukit Merah View", ""),
           ("Hougang", "53", "Hougang Avenue 8|Hougang Street 21", ""),
           ("Woodlands", "73", "Woodlands Drive 14|Woodlands Street 83", "")],
    "hk": [("Sha Tin", "", "Lek Yuen Estate|Sun Chui Estate", "N.T."), ("Tai Po", "", "Fu Heng Estate|Tai Yuen Estate", "N.T."),
           ("Kwun Tong", "", "Sau Mau Ping Estate|Shun Lee Estate", "Kowloon"),
           ("Tuen Mun", "", "Yau Oi Estate|Butterfly Estate", "N.T."),
           ("Wong Tai Sin", "", "Lok Fu Estate|Tsz Wan Shan Estate", "Kowloon"),
           ("Sham Shui Po", "", "Shek Kip Mei Estate|Lai Kok Estate", "Kowloon"),
           ("Yuen Long", "", "Long Ping Estate|Shui Pin Wai Estate", "N.T."),
           ("Tsuen Wan", "", "Cheung Shan Estate|Lei Muk Shue Estate", "N.T."),
           ("Chai Wan", "", "Hing Wah Estate|Yue Wan Estate", "Hong Kong")],
    "my": [("Klang", "41200", "03", "Selangor"), ("Shah Alam", "40000 40100", "03", "Selangor"),
           ("Petaling Jaya", "46000 47300", "03", "Selangor"), ("Subang Jaya", "47500", "03", "Selangor"),
           ("Kajang", "43000", "03", "Selangor"), ("Ampang", "68000", "03", "Selangor"),
           ("Cheras", "56000", "03", "Kuala Lumpur"), ("Kepong", "52100", "03", "Kuala Lumpur"),
           ("Puchong", "47100", "03", "Selangor"), ("Rawang", "48000", "03", "Selangor")],
    "in": [("Mylapore", "600004", "044", ""), ("T. Nagar", "600017", "044", ""), ("Adyar", "600020", "044", ""),
           ("Tambaram", "600045", "044", ""), ("Anna Nagar", "600040", "044", ""), ("Velachery", "600042", "044", ""),
           ("Perambur", "600011", "044", ""), ("Triplicane", "600005", "044", ""),
           ("Kodambakkam", "600024", "044", ""), ("Chromepet", "600044", "044", "")],
    "za": [("Orlando East", "1804", "011", "Soweto"), ("Diepkloof", "1864", "011", "Soweto"),
           ("Meadowlands", "1852", "011", "Soweto"), ("Dobsonville", "1863", "011", "Soweto"),
           ("Pimville", "1809", "011", "Soweto"), ("Lenasia", "1827", "011", "Johannesburg"),
           ("Mayfair", "2108", "011", "Johannesburg"), ("Roodepoort", "1724", "011", ""),
           ("Randburg", "2194", "011", "Johannesburg"), ("Alberton", "1449", "011", ""),
           ("Tembisa", "1632", "011", ""), ("Germiston", "1401", "011", "")],
    "ph": [("Brgy. Commonwealth", "1121", "Quezon City", ""), ("Brgy. Batasan Hills", "1126", "Quezon City", ""),
           ("Brgy. Tandang Sora", "1116", "Quezon City", ""), ("Brgy. Bagong Silangan", "1119", "Quezon City", ""),
           ("Brgy. Malanday", "1800", "Marikina", ""), ("Brgy. Concepcion Uno", "1807", "Marikina", ""),
           ("Sampaloc", "1008", "Manila", ""), ("Tondo", "1012", "Manila", ""),
           ("Brgy. Rosario", "1609", "Pasig", ""), ("Brgy. Bagong Barrio", "1400", "Caloocan", ""),
           ("Brgy. Marulas", "1440", "Valenzuela", "")],
    "jm": [("Montego Bay", "", "", "St. James"), ("Mount Salem", "", "", "St. James"), ("Glendevon", "", "", "St. James"),
           ("Anchovy", "", "", "St. James"), ("Cambridge", "", "", "St. James"), ("Granville", "", "", "St. James"),
           ("Falmouth", "", "", "Trelawny"), ("Lucea", "", "", "Hanover"), ("Savanna-la-Mar", "", "", "Westmoreland"),
           ("Sandy Bay", "", "", "Hanover")],
}
STREETS: dict[str, list[str]] = {
    "en": ["Mansfield Road", "Woodborough Road", "Carlton Hill", "Bramcote Lane", "Harrow Road", "Sherwood Rise",
           "Wollaton Vale", "Kedleston Road", "Uttoxeter New Road", "Burton Road", "Narborough Road", "Belgrave Gate",
           "Melton Road", "Ashby Road", "Burghley Avenue", "Wragby Road", "Skellingthorpe Road", "Tower Crescent",
           "Sleaford Road", "Brook Drive", "Orchard Close", "Chapel Street", "Coronation Avenue", "Laburnum Grove"],
    "sc": ["Causewayhead Road", "Kenningknowes Road", "Callendar Road", "Bellsdyke Road", "Tullibody Road",
           "Glasgow Road", "Dunkeld Road", "Crieff Road", "Burghmuir Drive", "Comrie Street", "Atholl Road",
           "Gowanbank", "Victoria Place", "Bruce Street", "Craigmore Gardens", "Marshall Place"],
    "cy": ["Ffordd Pen Llan", "Stryd Fawr", "Holt Road", "Rhosddu Road", "Vale Road", "Marine Drive",
           "Ffordd Caergybi", "Lôn Pobty", "Penrhos Road", "Mostyn Avenue", "Bryn Eithinog", "Ffordd Deiniol",
           "Victoria Road", "Abergele Road", "Maes y Dref", "Ffordd Bangor"],
    "ni": ["Cregagh Road", "Castlereagh Road", "Ormeau Road", "Antrim Road", "Ravenhill Road", "Bloomfield Avenue",
           "Belmont Road", "Newtownards Road", "Hamilton Road", "Killinchy Road", "Saintfield Road", "Church Road",
           "Ballynahinch Road", "Manse Road", "Ballyholme Esplanade", "Frances Street"],
    "us": ["Brownsville Road", "Penn Avenue", "Butler Street", "Walnut Bottom Road", "Frankford Avenue",
           "Castor Avenue", "Hamilton Street", "Tilghman Street", "Linden Street", "Derry Street",
           "Columbia Avenue", "Prospect Street", "Peach Street", "Pine Grove Road", "Kutztown Road",
           "Greentree Road", "Cedar Crest Boulevard", "Oak Lane"],
    "au": ["Flushcombe Road", "Sunnyholt Road", "Church Street", "Hoxton Park Road", "Cabramatta Road",
           "Princes Highway", "Crown Street", "Hunter Street", "High Street", "Mann Street", "Pacific Highway",
           "Warrigal Road", "Jacaranda Avenue", "Banksia Close", "Waratah Street", "Lawson Street"],
    "on": ["Bank Street", "Carling Avenue", "St. Laurent Boulevard", "Montreal Road", "Innes Road",
           "Princess Street", "Bath Road", "Pitt Street", "King Street West", "Upper James Street",
           "Concession Street", "Barton Street East", "Maple Grove Drive", "Cedar Crescent"],
    "ns": ["Robie Street", "Quinpool Road", "Portland Street", "Prince Street", "Charlotte Street", "Main Street",
           "Commercial Street", "Pleasant Street", "Highway 4", "Kings Road", "Cornwallis Street"],
    "sk": ["Albert Street", "Dewdney Avenue", "Broadway Avenue", "8th Street East", "Central Avenue",
           "100th Street", "Athabasca Street", "Rae Street", "Avenue H South"],
    "ie": ["Port Road", "Main Street", "Pearse Road", "Ard Mhuire", "Oakfield Park", "Cranmore Road",
           "Strandhill Road", "Ballinode", "Dublin Road", "Patrick Street", "Church Street", "Ardnaglug",
           "Retreat Road", "Clonminch", "Harbour Street"],
    "nz": ["Grey Street", "Ulster Street", "Te Rapa Road", "Hukanui Road", "Cameron Road", "Fraser Street",
           "Devonport Road", "Fenton Street", "Ranolf Street", "Kawaha Point Road", "Landing Road",
           "Tongariro Street", "Rifle Range Road", "Maunganui Road", "Bankwood Road"],
    "my": ["Jalan Meru", "Jalan Kapar", "Jalan SS 2/24", "Jalan USJ 4/3", "Jalan Reko", "Jalan Ampang Indah",
           "Jalan Cheras Perdana", "Jalan Kepong Baru", "Jalan Mawar 3", "Jalan Kenanga 5"],
    "in": ["Venkatesa Agraharam Street", "Kutchery Road", "Usman Road", "Gandhi Nagar 2nd Main Road",
           "Rajaji Street", "Bharathi Salai", "Shanmugam Road", "Lattice Bridge Road", "Anna Salai"],
    "za": ["Vilakazi Street", "Mphuthi Street", "Chris Hani Road", "Nightingale Avenue", "Ontdekkers Road",
           "Main Reef Road", "Bram Fischer Drive", "Rietfontein Road", "Moagi Street"],
    "ph": ["Sampaguita St.", "Ilang-Ilang St.", "Mabini St.", "Rizal Ave. Ext.", "Kalayaan Ave.", "Luzon Ave.",
           "J.P. Rizal St.", "Gil Fernando Ave.", "Dahlia St."],
    "jm": ["Barnett Street", "Humber Avenue", "Church Street", "Queens Drive", "Market Street",
           "Railway Lane", "Catherine Hall Road", "Spring Gardens"],
}
for _g, _rows in TOWNS.items():
    if _g not in ("sg", "hk", "my", "ph", "in", "za"):
        orgs(*[t for t, *_ in _rows], *STREETS.get(_g, []))
orgs("Nottinghamshire Derbyshire Leicestershire Lincolnshire Northamptonshire Stirlingshire Clackmannanshire",
     "Perthshire Kinross-shire Donegal Sligo Leitrim Westmeath Offaly Longford Selangor Soweto Johannesburg",
     "Quezon Marikina Manila Pasig Caloocan Valenzuela Trelawny Hanover Westmoreland Gauteng Waikato Bay Plenty",
     "Pennsylvania Ontario Nova Scotia Saskatchewan Cree Nation First Nations Ireland Scotland Wales Cymru Ulster",
     "Chennai Tamil Nadu Singapore Hong Kong Kowloon Malaysia Jamaica Philippines")

_UK_IN = "ABDEFGHJLNPQRSTUWXYZ"
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_EIR = "ACDEFHKNPRTVWXY"


def place(c: C, g: str | None = None, inst: bool = False) -> tuple[str, str, str, str]:
    """(street line, town / suburb / locality / district, postcode or ZIP ("" where none), area / state); inst: the
    premises of a care home (a number and a street, no flat or unit)."""
    g = g or c.region
    town, zs, area, state = c.ch(TOWNS[g])
    z = c.ch(zs.split()) if zs else ""
    n = c.ri(2, 160)
    if g in ("en", "sc", "cy", "ni"):
        z = f"{z} {c.ri(1, 9)}{c.ch(_UK_IN)}{c.ch(_UK_IN)}"
        line = c.ch([f"{n} {c.ch(STREETS[g])}", f"{n} {c.ch(STREETS[g])}", f"Flat {c.ri(1, 14)}, {n} {c.ch(STREETS[g])}",
                     f"{c.ch(['Rose Cottage', 'The Hollies', 'Fernlea', 'Hillcrest'])}, {c.ch(STREETS[g])}"])
    elif g == "us":
        line = c.ch([f"{n * 17 + 3} {c.ch(STREETS[g])}", f"{n * 17 + 3} {c.ch(STREETS[g])} Apt {c.ri(1, 40)}{c.ch('ABCD')}",
                     f"{n * 23} {c.ch(STREETS[g])}, Unit {c.ri(101, 412)}"])
    elif g in ("on", "ns", "sk"):
        z = f"{z} {c.ri(0, 9)}{c.ch(_CA_L)}{c.ri(0, 9)}"
        line = c.ch([f"{n * 11} {c.ch(STREETS[g])}", f"{c.ri(101, 1504)}-{n * 7} {c.ch(STREETS[g])}",
                     f"Apt {c.ri(2, 30)}, {n * 13} {c.ch(STREETS[g])}"])
    elif g == "au":
        line = c.ch([f"{n} {c.ch(STREETS[g])}", f"{c.ri(1, 30)}/{n} {c.ch(STREETS[g])}",
                     f"Unit {c.ri(1, 16)}, {n} {c.ch(STREETS[g])}"])
    elif g == "nz":
        line = c.ch([f"{n} {c.ch(STREETS[g])}", f"{c.ri(1, 8)}/{n} {c.ch(STREETS[g])}", f"{n}{c.ch('AB')} {c.ch(STREETS[g])}"])
    elif g == "ie":
        z = f"{z} {c.ch(_EIR)}{c.ri(1, 9)}{c.ch(_EIR)}{c.ri(0, 9)}" if c.yes() else f"{z} {c.ch(_EIR)}{c.ch(_EIR)}{c.ri(1, 9)}{c.ri(0, 9)}"
        line = c.ch([f"{n} {c.ch(STREETS[g])}", f"{c.ri(1, 60)} {c.ch(['Ard Na Gréine', 'Cluain Ard', 'Hazelwood', 'Oakfield'])}",
                     f"{c.ch(['Drumkeen', 'Carrowmore', 'Ballintra', 'Kilnamanagh', 'Coolock Upper'])}"])
    elif g == "sg":
        blk = c.ri(101, 689)
        z = f"{z}{blk:04d}"
        line = f"Blk {blk} {c.ch(area.split('|'))} #{c.ri(2, 16):02d}-{c.ri(10, 1480)}"
        area = ""
    elif g == "hk":
        fl_ = c.ri(2, 32)
        line = f"Flat {c.ri(1, 24):02d}, {fl_}/F, Block {c.ch('ABCDEFGH')}, {c.ch(area.split('|'))}"
        area = state
    elif g == "my":
        line = c.ch([f"No. {c.ri(1, 88)}, {c.ch(STREETS[g])}", (f"No. {c.ri(1, 88)}, {c.ch(STREETS[g])}, Taman "
                     f"{c.ch(['Sri Muda', 'Desa', 'Bukit Indah', 'Melawati', 'Connaught'])}")])
        area = state
    elif g == "in":
        area = ""
        line = c.ch([f"Old No. {c.ri(3, 60)}, New No. {c.ri(61, 140)}, {c.ch(STREETS[g])}",
                     (f"Flat {c.ri(1, 4)}{c.ch('ABCD')}, {c.ch(['Sree Balaji', 'Lakshmi', 'Ganga', 'Kaveri'])} Apartments, "
                     f"{c.ch(STREETS[g])}"), f"No. {c.ri(2, 40)}/{c.ri(1, 9)}, {c.ch(STREETS[g])}"])
    elif g == "za":
        line = c.ch([f"{c.ri(1000, 14999)} {c.ch(STREETS[g])}", f"{n} {c.ch(STREETS[g])}",
                     f"Stand {c.ri(100, 9999)}, Zone {c.ri(1, 9)}"])
    elif g == "ph":
        line = c.ch([f"Blk {c.ri(1, 40)} Lot {c.ri(1, 30)}, Phase {c.ri(1, 4)}, {c.ch(STREETS[g])}",
                     f"{n} {c.ch(STREETS[g])}", f"{c.ri(2, 99)}-{c.ch('ABC')} {c.ch(STREETS[g])}"])
    else:  # jm
        line = c.ch([f"Lot {c.ri(10, 950)}", f"{n} {c.ch(STREETS[g])}", f"Apt {c.ri(1, 12)}, {n} {c.ch(STREETS[g])}"])
    if inst and g in STREETS:
        line = f"{n * (7 if g in ('us', 'on', 'ns', 'sk') else 1)} {c.ch(STREETS[g])}"
    if g in ("za", "jm"):
        area = state
    return line, town, z, area


def phone(c: C, mob: bool = True, area: str = "", g: str | None = None) -> str:
    g = g or c.region
    if g in ("en", "sc", "cy", "ni"):
        if mob:
            return c.ch([f"07{c.dig(3)} {c.dig(6, False)}", f"07{c.dig(3)} {c.dig(3, False)} {c.dig(3, False)}",
                         f"+44 7{c.dig(3)} {c.dig(6, False)}", f"07{c.dig(9)}"])
        if g == "ni":
            pre = area or "90"
            return c.ch([f"028 {pre}{c.dig(2, False)} {c.dig(4, False)}", f"(028) {pre}{c.dig(2, False)} {c.dig(4, False)}"])
        a = area or "0115"
        if len(a) == 4:
            return c.ch([f"{a} {c.dig(3)} {c.dig(4, False)}", f"({a}) {c.dig(3)} {c.dig(4, False)}"])
        return c.ch([f"{a} {c.dig(6)}", f"({a}) {c.dig(6)}", f"{a}-{c.dig(6)}"])
    if g in ("us", "on", "ns", "sk"):
        a = area or {"us": "412", "on": "613", "ns": "902", "sk": "306"}[g]
        x = f"{c.ri(2, 9)}{c.ri(0, 9)}{c.ri(1, 9)}"
        return c.ch([f"({a}) {x}-{c.dig(4, False)}", f"{a}-{x}-{c.dig(4, False)}", f"{a}.{x}.{c.dig(4, False)}",
                     f"1-{a}-{x}-{c.dig(4, False)}"])
    if g == "au":
        if mob:
            return c.ch([f"04{c.dig(2, False)} {c.dig(3, False)} {c.dig(3, False)}", (f"+61 4{c.dig(2, False)} "
                         f"{c.dig(3, False)} {c.dig(3, False)}"), f"04{c.dig(8, False)}"])
        p = area or "9"
        rest = c.dig(8 - len(p), False)
        return c.ch([f"(02) {p}{rest[:4 - len(p)]} {rest[4 - len(p):]}", f"02 {p}{rest[:4 - len(p)]} {rest[4 - len(p):]}"])
    if g == "ie":
        if mob:
            return c.ch([f"08{c.ch('35679')} {c.dig(3)} {c.dig(4, False)}", f"+353 8{c.ch('35679')} {c.dig(3)} {c.dig(4, False)}",
                         f"08{c.ch('35679')}-{c.dig(7)}"])
        a = area or "074"
        return c.ch([f"({a}) {c.dig(3)} {c.dig(4, False)}", f"{a} {c.dig(7)}", f"{a}-{c.dig(7)}"])
    if g == "nz":
        if mob:
            return c.ch([f"021 {c.dig(3)} {c.dig(4, False)}", f"027 {c.dig(3)} {c.dig(4, False)}",
                         f"022 {c.dig(3)} {c.dig(4, False)}", f"+64 21 {c.dig(3)} {c.dig(4, False)}"])
        p = area or "8"
        rest = c.dig(7 - len(p), False)
        return c.ch([f"07 {p}{rest[:3 - len(p)]} {rest[3 - len(p):]}", f"(07) {p}{rest[:3 - len(p)]} {rest[3 - len(p):]}"])
    if g == "sg":
        if mob:
            return c.ch([f"9{c.dig(3, False)} {c.dig(4, False)}", f"+65 8{c.dig(3, False)} {c.dig(4, False)}",
                         f"9{c.dig(7, False)}"])
        return c.ch([f"6{c.dig(3, False)} {c.dig(4, False)}", f"+65 6{c.dig(3, False)} {c.dig(4, False)}"])
    if g == "hk":
        if mob:
            return c.ch([f"9{c.dig(3, False)} {c.dig(4, False)}", f"+852 6{c.dig(3, False)} {c.dig(4, False)}",
                         f"5{c.dig(7, False)}"])
        return c.ch([f"2{c.dig(3, False)} {c.dig(4, False)}", f"+852 2{c.dig(3, False)} {c.dig(4, False)}"])
    if g == "my":
        if mob:
            pre = c.ch(["012", "013", "016", "017", "019"])
            return c.ch([f"{pre}-{c.dig(3)} {c.dig(4, False)}", f"+6{pre}-{c.dig(3)} {c.dig(4, False)}",
                         f"{pre}-{c.dig(7)}"])
        return c.ch([f"03-{c.dig(4)} {c.dig(4, False)}", f"+603-{c.dig(4)} {c.dig(4, False)}"])
    if g == "in":
        if mob:
            return c.ch([f"9{c.dig(4, False)} {c.dig(5, False)}", f"+91 9{c.dig(4, False)} {c.dig(5, False)}",
                         f"+91-{c.ch('6789')}{c.dig(9, False)}", f"8{c.dig(9, False)}"])
        return c.ch([f"044-2{c.dig(3, False)} {c.dig(4, False)}", f"044 2{c.dig(7, False)}"])
    if g == "za":
        if mob:
            return c.ch([f"0{c.ch(['72', '73', '76', '82', '83', '84'])} {c.dig(3)} {c.dig(4, False)}",
                         f"+27 {c.ch(['72', '82', '83'])} {c.dig(3)} {c.dig(4, False)}"])
        return c.ch([f"011 {c.dig(3)} {c.dig(4, False)}", f"(011) {c.dig(3)}-{c.dig(4, False)}"])
    if g == "ph":
        if mob:
            pre = c.ch(["917", "918", "927", "998", "906", "939"])
            return c.ch([f"0{pre} {c.dig(3, False)} {c.dig(4, False)}", f"+63 {pre} {c.dig(3, False)} {c.dig(4, False)}",
                         f"0{pre}-{c.dig(3, False)}-{c.dig(4, False)}"])
        return c.ch([f"(02) 8{c.dig(3, False)} {c.dig(4, False)}", f"02-8{c.dig(3, False)}-{c.dig(4, False)}"])
    # jm
    if mob:
        return c.ch([f"(876) 8{c.ri(1, 9)}{c.dig(1, False)}-{c.dig(4, False)}", f"876-3{c.ri(0, 9)}{c.dig(1, False)}-{c.dig(4, False)}"])
    return c.ch([f"(876) 952-{c.dig(4, False)}", f"876-979-{c.dig(4, False)}", f"(876) 953-{c.dig(4, False)}"])


# the hospitals that serve each group of towns (a patient is admitted near home)
LOCAL_HOSP: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {
    "en": [(("Nottingham", "Arnold", "Beeston"), ["Queen's Medical Centre", "Nottingham City Hospital"]),
           (("Mansfield", "Sutton-in-Ashfield", "Newark"), ["King's Mill Hospital"]),
           (("Derby", "Ilkeston"), ["Royal Derby Hospital"]), (("Chesterfield",), ["Chesterfield Royal Hospital"]),
           (("Leicester", "Loughborough", "Melton Mowbray"), ["Leicester Royal Infirmary", "Glenfield Hospital"]),
           (("Lincoln", "Louth"), ["Lincoln County Hospital"]), (("Boston", "Skegness"), ["Pilgrim Hospital"]),
           (("Grantham",), ["Grantham and District Hospital", "Lincoln County Hospital"]),
           (("Kettering",), ["Kettering General Hospital", "Northampton General Hospital"])],
    "sc": [(("Stirling", "Falkirk", "Alloa", "Grangemouth", "Larbert", "Bo'ness", "Dunblane", "Callander"),
            ["Forth Valley Royal Hospital", "Stirling Community Hospital"]),
           (("Perth", "Crieff", "Blairgowrie", "Pitlochry", "Kinross", "Auchterarder"),
            ["Perth Royal Infirmary", "St Margaret's Community Hospital"])],
    "us": [(("Pittsburgh", "McKeesport", "Bethel Park"), ["UPMC Presbyterian", "Allegheny General Hospital"]),
           (("Philadelphia", "Upper Darby"), ["Temple University Hospital", "Einstein Medical Center"]),
           (("Allentown", "Bethlehem", "Easton"), ["Lehigh Valley Hospital-Cedar Crest", "St. Luke's University Hospital"]),
           (("Harrisburg", "Lancaster", "Ephrata"), ["Penn State Health Hershey Medical Center"]),
           (("Scranton", "Wilkes-Barre"), ["Geisinger Community Medical Center"]), (("Erie",), ["UPMC Hamot"]),
           (("Altoona", "Johnstown"), ["Conemaugh Memorial Medical Center", "UPMC Altoona"])],
    "au": [(("Blacktown", "Parramatta", "Penrith", "Liverpool", "Cabramatta", "Fairfield", "Bankstown"),
            ["Westmead Hospital", "Blacktown Hospital", "Nepean Hospital", "Liverpool Hospital"]),
           (("Wollongong", "Dapto", "Shellharbour"), ["Wollongong Hospital", "Shellharbour Hospital"]),
           (("Newcastle", "Maitland", "Cessnock", "Charlestown"), ["John Hunter Hospital", "Maitland Hospital"]),
           (("Gosford", "Wyong", "Woy Woy"), ["Gosford Hospital", "Wyong Hospital"])],
    "on": [(("Ottawa", "Orléans", "Kanata", "Nepean"), ["The Ottawa Hospital - Civic Campus", ("Queensway Carleton "
                                                        "Hospital"), "Montfort Hospital"]),
           (("Kingston", "Brockville"), ["Kingston General Hospital", "Brockville General Hospital"]),
           (("Cornwall", "Hawkesbury"), ["Cornwall Community Hospital", "Hawkesbury and District General Hospital"]),
           (("Pembroke",), ["Pembroke Regional Hospital"]),
           (("Hamilton", "Stoney Creek"), ["Hamilton General Hospital", "St. Joseph's Healthcare Hamilton"])],
    "ns": [(("Halifax", "Dartmouth"), ["Halifax Infirmary", "Dartmouth General Hospital"]),
           (("Truro",), ["Colchester East Hants Health Centre"]), (("Sydney", "Glace Bay"), ["Cape Breton Regional Hospital"]),
           (("Antigonish", "New Glasgow"), ["St. Martha's Regional Hospital", "Aberdeen Hospital"]),
           (("Yarmouth", "Bridgewater", "Kentville"), ["Yarmouth Regional Hospital", "South Shore Regional Hospital",
                                                       "Valley Regional Hospital"])],
    "sk": [(("Regina", "Moose Jaw", "Yorkton"), ["Regina General Hospital"]), (("Saskatoon",), ["Royal University Hospital"]),
           (("Prince Albert", "Meadow Lake"), ["Victoria Hospital"]), (("North Battleford",), ["Battlefords Union Hospital"])],
    "ie": [(("Letterkenny", "Buncrana", "Ballyshannon", "Dungloe"), ["Letterkenny University Hospital"]),
           (("Sligo", "Tubbercurry", "Carrick-on-Shannon", "Manorhamilton"), ["Sligo University Hospital",
                                                                            "Our Lady's Hospital Manorhamilton"]),
           (("Athlone", "Mullingar", "Longford", "Moate"), ["Regional Hospital Mullingar"]),
           (("Tullamore", "Edenderry"), ["Midland Regional Hospital Tullamore"])],
    "nz": [(("Hamilton", "Te Awamutu", "Cambridge", "Huntly", "Morrinsville", "Thames", "Tokoroa"),
            ["Waikato Hospital", "Thames Hospital"]),
           (("Tauranga", "Mount Maunganui", "Te Puke", "Katikati"), ["Tauranga Hospital"]),
           (("Rotorua",), ["Rotorua Hospital"]), (("Whakatāne",), ["Whakatāne Hospital"]), (("Taupō",), ["Taupō Hospital"])],
}
for _rows in LOCAL_HOSP.values():
    for _towns, _hosps in _rows:
        orgs(*_hosps)


def hosp_near(c: C, town: str, g: str | None = None) -> str:
    """A hospital that serves the town (any of the region's hospitals where none is listed)."""
    for towns, hosps in LOCAL_HOSP.get(g or c.region, []):
        if town in towns:
            return c.ch(hosps)
    return c.ch([h for _, hs in LOCAL_HOSP.get(g or c.region, [((), ["General Hospital"])]) for h in hs])


def _end(c: C, q: P, dob: date, ids: list[tuple[str, str]], addr: tuple[str, str, str] | None = None,
         tel: str = "") -> Note:
    return c.build(_fhir(q, dob, ids, addr, tel))


# ---------------------------------------------------------------------------------------- clinical values
def vit(c: C, us: bool = False) -> list[str]:
    """One set of observations (never a number that equals a labelled age)."""
    hr, sb, db, rr, sat = c.num(58, 98), c.num(102, 168), c.num(52, 88), c.num(13, 22), c.num(93, 99)
    if us:
        return [f"T {c.fl(97.4, 99.1)} F", f"HR {hr}", f"BP {sb}/{db}", f"RR {rr}", f"SpO2 {sat}% on RA"]
    return [f"HR {hr}", f"BP {sb}/{db}", f"RR {rr}", f"SpO2 {sat}% on {c.ch(['air', 'air', '1 L O2'])}",
            f"temp {c.fl(36.1, 37.4)}"]


def bloods(c: C, us: bool = False, k: tuple[int, int] = (5, 8), skip: str = "") -> list[str]:
    if us:
        pool = [f"Na {c.num(131, 144)}", f"K {c.fl(3.5, 5.3)}", f"BUN {c.num(12, 46)}", f"Cr {c.fl(0.7, 2.1)}",
                f"eGFR {c.num(24, 78)}", f"Hgb {c.fl(8.6, 13.4)}", f"WBC {c.fl(4.8, 12.6)}", f"Plt {c.num(142, 388)}",
                f"glucose {c.num(84, 212)}", f"albumin {c.fl(2.6, 3.9)}", f"INR {c.fl(1.0, 2.9)}",
                f"Mg {c.fl(1.6, 2.3)}"]
    else:
        pool = [f"Hb {c.num(84, 138)} g/L", f"WCC {c.fl(4.2, 13.5)}", f"plt {c.num(140, 420)}",
                f"Na {c.num(129, 144)} mmol/L", f"K {c.fl(3.4, 5.6)} mmol/L", f"urea {c.fl(4.2, 18.5)} mmol/L",
                f"creatinine {c.num(62, 188)} umol/L", f"eGFR {c.num(24, 80)}", f"CRP {c.num(3, 86)}",
                f"albumin {c.num(24, 38)} g/L", f"INR {c.fl(0.9, 2.8)}", f"Mg {c.fl(0.62, 0.98, 2)} mmol/L",
                f"adj Ca {c.fl(2.12, 2.55, 2)} mmol/L", f"vitamin D {c.num(14, 72)} nmol/L"]
    return c.some([x for x in pool if not (skip and x.startswith(skip))], *k)


UK_MEDS = ["paracetamol 1 g QDS", "apixaban 2.5 mg BD", "edoxaban 30 mg OD", "bisoprolol 2.5 mg OD",
           "ramipril 2.5 mg OD", "furosemide 40 mg OM", "amlodipine 5 mg OD", "atorvastatin 20 mg ON",
           "lansoprazole 15 mg OD", "Adcal-D3 one tablet BD", "alendronic acid 70 mg once weekly",
           "sertraline 50 mg OD", "mirtazapine 15 mg ON", "donepezil 10 mg ON", "memantine 20 mg OD",
           "levothyroxine 75 micrograms OD", "metformin 500 mg BD", "gliclazide 40 mg OM", "Laxido one sachet BD",
           "senna 15 mg ON", "tamsulosin 400 micrograms ON", "co-codamol 30/500 two tablets QDS PRN",
           "Oramorph 2.5 mg 4-hourly PRN", "doxazosin 4 mg OD", "Fortisip Compact one bottle BD",
           "latanoprost 0.005% one drop both eyes ON", "clopidogrel 75 mg OD", "spironolactone 25 mg OD",
           "dapagliflozin 10 mg OD", "carbidopa/levodopa 12.5/50 mg QDS", "quetiapine 12.5 mg ON PRN"]
US_MEDS = ["acetaminophen 650 mg PO q6h PRN pain", "apixaban 2.5 mg PO BID", "metoprolol succinate 25 mg PO daily",
           "lisinopril 10 mg PO daily", "furosemide 20 mg PO daily", "atorvastatin 40 mg PO nightly",
           "pantoprazole 40 mg PO daily", "docusate 100 mg PO BID", "senna 8.6 mg PO nightly",
           "polyethylene glycol 17 g PO daily", "tamsulosin 0.4 mg PO nightly", "donepezil 10 mg PO nightly",
           "memantine 10 mg PO BID", "insulin glargine 12 units SC nightly", "levothyroxine 50 mcg PO daily",
           "sertraline 50 mg PO daily", "carvedilol 6.25 mg PO BID", "enoxaparin 40 mg SC daily",
           "vitamin D3 1,000 units PO daily", "oxycodone 2.5 mg PO q4h PRN severe pain",
           "trazodone 25 mg PO nightly PRN sleep", "calcium carbonate 500 mg PO BID",
           "warfarin 3 mg PO daily (goal INR 2-3)", "gabapentin 100 mg PO TID"]
AU_MEDS = ["paracetamol 1 g QID", "apixaban 2.5 mg BD", "perindopril 5 mg mane", "metoprolol 25 mg BD",
           "frusemide 40 mg mane", "atorvastatin 40 mg nocte", "pantoprazole 40 mg daily",
           "cholecalciferol 1000 IU daily", "denosumab 60 mg SC 6-monthly", "Movicol 1 sachet daily",
           "Coloxyl with senna 2 tabs nocte", "donepezil 5 mg nocte", "sertraline 50 mg mane",
           "metformin XR 1 g nocte", "tamsulosin 400 mcg nocte", "oxycodone CR 5 mg BD",
           "oxycodone IR 2.5 mg 4-hourly PRN", "mirtazapine 15 mg nocte", "rivaroxaban 15 mg daily"]
CA_MEDS = ["acetaminophen 650 mg PO QID", "apixaban 2.5 mg PO BID", "ramipril 5 mg PO daily",
           "bisoprolol 2.5 mg PO daily", "furosemide 40 mg PO daily", "rosuvastatin 10 mg PO QHS",
           "pantoprazole 40 mg PO daily", "PEG 3350 17 g PO daily", "sennosides 8.6 mg 2 tabs PO QHS",
           "vitamin D 1,000 IU PO daily", "rivastigmine patch 9.5 mg/24 h daily", "hydromorphone 0.5 mg PO q4h PRN",
           "metformin 500 mg PO BID", "linagliptin 5 mg PO daily", "citalopram 10 mg PO daily",
           "tamsulosin 0.4 mg PO QHS", "insulin glargine 10 units SC QHS", "quetiapine 12.5 mg PO QHS PRN"]


GENERIC_MEDS = ["paracetamol 1 g QDS", "amlodipine 5 mg OD", "metformin 500 mg BD", "atorvastatin 20 mg ON",
                "omeprazole 20 mg OD", "aspirin 100 mg OD", "bisoprolol 2.5 mg OD", "furosemide 40 mg OM",
                "lactulose 15 ml BD", "gliclazide 80 mg BD", "donepezil 5 mg ON", "calcium carbonate 1.25 g BD",
                "losartan 50 mg OD", "insulin glargine 12 units ON", "senna 15 mg ON", "tamsulosin 400 micrograms ON",
                "apixaban 2.5 mg BD", "levothyroxine 50 micrograms OD", "sertraline 50 mg OD"]

# drug classes of which a list holds at most one (no warfarin beside apixaban, no two beta-blockers)
_MED_CLASS = [("apixaban", "edoxaban", "rivaroxaban", "warfarin", "enoxaparin", "clopidogrel", "aspirin"),
              ("bisoprolol", "metoprolol", "carvedilol"), ("ramipril", "lisinopril", "perindopril", "losartan"),
              ("donepezil", "rivastigmine", "memantine"), ("atorvastatin", "rosuvastatin"),
              ("lansoprazole", "pantoprazole", "omeprazole"), ("furosemide", "frusemide"),
              ("sertraline", "citalopram"), ("Laxido", "Movicol", "polyethylene glycol", "PEG 3350", "lactulose"),
              ("senna", "sennosides", "Coloxyl"), ("oxycodone", "Oramorph", "hydromorphone", "co-codamol"),
              ("metformin",), ("gliclazide", "linagliptin", "dapagliflozin"), ("insulin",), ("tamsulosin", "doxazosin")]


def meds(c: C, pool: list[str], lo: int = 4, hi: int = 7) -> list[str]:
    """A medicine list of lo-hi drugs with no two from one class."""
    want, out, taken = c.ri(lo, hi), [], set()
    for m in c.r.sample(pool, len(pool)):
        if c.psex == "f" and "tamsulosin" in m:
            continue
        cls = [k for k, names in enumerate(_MED_CLASS) if any(n.lower() in m.lower() for n in names)]
        if any(k in taken for k in cls):
            continue
        taken.update(cls)
        out.append(m)
        if len(out) == want:
            break
    return out


# (diagnosis, ICD-10 code, courses that fit it)
DX = [("fractured neck of femur", "S72.0", ["cemented hemiarthroplasty on day 2, fully weight bearing",
                                            "dynamic hip screw on day 1, weight bearing as tolerated"]),
      ("community-acquired pneumonia", "J18.9", [("IV co-amoxiclav 1.2 g TDS for 48 h then oral 625 mg TDS to "
                                                 "complete 5 days"), ("oral amoxicillin 500 mg TDS with clarithromycin "
                                                 "500 mg BD for 5 days")]),
      ("urinary tract infection with delirium", "N39.0", [("IV gentamicin single dose then oral nitrofurantoin 50 mg "
                                                          "QDS for 7 days"), ("oral pivmecillinam 400 mg TDS for 7 "
                                                          "days; delirium settled by day 4")]),
      ("fall with long lie", "R29.6", ["IV fluids for rhabdomyolysis, CK 4,812 -> 612 U/L",
                                       "postural drop of 24 mmHg, amitriptyline stopped; no fracture on CT"]),
      ("acute ischaemic stroke", "I63.5", [("outside the thrombolysis window; aspirin 300 mg for 14 days then "
                                           "clopidogrel 75 mg OD"), "thrombolysed with alteplase, NIHSS 14 -> 6"]),
      ("decompensated heart failure", "I50.0", ["IV furosemide 80 mg BD, weight down 5.4 kg",
                                                "IV diuresis then oral furosemide 80 mg OM; NT-proBNP 8,420 ng/L"]),
      ("cellulitis of the leg", "L03.1", ["IV flucloxacillin 2 g QDS then oral 1 g QDS to complete 7 days",
                                          "oral doxycycline 200 mg then 100 mg OD (penicillin allergy)"]),
      ("acute kidney injury stage 2", "N17.9", [("IV fluids with ramipril and furosemide held; creatinine 212 -> "
                                                "121 umol/L"), ("NSAID and metformin stopped; creatinine back to "
                                                "baseline 98 umol/L")]),
      ("infective exacerbation of COPD", "J44.1", [("prednisolone 30 mg OD for 5 days, oral doxycycline and "
                                                   "nebulised salbutamol"), ("NIV for 48 hours (IPAP 18, EPAP 5), "
                                                   "then weaned to 1 L O2")]),
      ("hyponatraemia", "E87.1", ["fluid restriction 1.2 L/day and sertraline stopped; Na 118 -> 131 mmol/L",
                                  "indapamide stopped; sodium 121 -> 133 mmol/L"]),
      ("delirium superimposed on dementia", "F05.1", [("constipation and urinary retention treated; haloperidol "
                                                      "0.5 mg PRN used twice"), "non-drug measures only; 4AT 8 -> 3"])]
DX_US = [("closed fracture of right femoral neck", "S72.001A", "underwent R hip hemiarthroplasty on hospital day 2",
          "WBAT RLE, posterior hip precautions x 6 weeks", "orthopedics 2 weeks"),
         ("sepsis due to E. coli UTI", "A41.51", ("IV ceftriaxone 1 g daily x 3 days, transitioned to PO cefpodoxime "
          "200 mg BID"), "fall precautions", "PCP 7-10 days"),
         ("community-acquired pneumonia", "J18.9", ("IV ceftriaxone 1 g + azithromycin 500 mg, then PO cefpodoxime to "
          "complete 5 days"), "aspiration precautions, dysphagia 3 diet, thin liquids", "PCP 1 week, CXR in 6 weeks"),
         ("acute on chronic diastolic heart failure", "I50.33", "diuresed with IV furosemide 40 mg BID, net -3.8 L",
          "daily weights, 2 g sodium diet", "cardiology 1-2 weeks"),
         ("acute ischemic stroke, left MCA", "I63.512", ("outside the tPA window; aspirin 81 mg + clopidogrel 75 mg "
          "x 21 days, atorvastatin 80 mg"), "aspiration precautions, R-sided neglect", "neurology stroke clinic 4 weeks"),
         ("metabolic encephalopathy", "G93.41", "hypernatremia corrected (Na 156 -> 141) with D5W; delirium resolved",
          "fall precautions, delirium precautions", "PCP 1 week with BMP"),
         ("COPD with acute exacerbation", "J44.1", "prednisone 40 mg x 5 days, azithromycin x 3 days, DuoNebs q6h",
          "O2 2 L NC to keep SpO2 88-92%", "pulmonology 2-4 weeks"),
         ("acute kidney injury", "N17.9", "IV fluids with lisinopril held; Cr 2.4 -> 1.3", "fall precautions",
          "PCP 1 week with BMP")]


def dxc(c: C) -> tuple[str, str, str]:
    """A diagnosis, its ICD-10 code and a course of treatment that fits it."""
    name, code, courses = c.ch(DX)
    return name, code, c.ch(courses)


# function levels: (Barthel /20 range, mobility and transfer descriptions that go with it)
_LEVELS = [((1, 6), ["hoist transfers, two carers", "bed-bound, full hoist x 2", "hoist x 2, turning 2-hourly"]),
           ((5, 11), ["Sara Stedy transfers x 2", "zimmer frame and one carer, 5 m", "standing hoist x 2"]),
           ((10, 16), ["zimmer frame with supervision", "rollator indoors, supervision on stairs",
                       "4-wheeled walker, standby assist"]),
           ((15, 19), ["walking stick, independent indoors", "independent with a frame", "independent, no aid indoors"])]


def func(c: C, out_of: int = 20, top: int = 4) -> tuple[str, str]:
    """A Barthel score and a mobility description that agree with each other (top: how many levels, from the most
    dependent, may be drawn)."""
    (lo, hi), mob = c.ch(_LEVELS[:top])
    b = c.ri(lo, hi)
    return (f"Barthel {b}/20" if out_of == 20 else f"Barthel {b * 5}/100"), c.ch(mob)


COMORB = ["type 2 diabetes", "atrial fibrillation", "CKD stage 3b", "hypertension", "Alzheimer's dementia",
          "vascular dementia", "osteoporosis", "COPD", "heart failure (EF 35%)", "Parkinson's disease",
          "previous stroke", "macular degeneration", "osteoarthritis of both knees", "hypothyroidism",
          "mixed dementia", "chronic lymphoedema", "recurrent falls", "depression", "glaucoma"]
COMORB_US = ["DM2", "AFib", "CKD 3a", "HTN", "HLD", "Alzheimer's dementia", "CAD s/p CABG", "COPD on 2 L home O2",
             "HFpEF", "Parkinson's disease", "osteoporosis", "OA", "hypothyroidism", "depression", "macular degeneration"]


def pmh(c: C, us: bool = False, lo: int = 3, hi: int = 5) -> list[str]:
    """Comorbidities, at most one kind of dementia."""
    out: list[str] = []
    for x in c.r.sample(COMORB_US if us else COMORB, 12):
        if "dementia" in x and any("dementia" in y for y in out):
            continue
        out.append(x)
    return out[:c.ri(lo, hi)]


def cfs(c: C) -> str:
    return f"CFS {c.ri(5, 8)}"


def barthel(c: C, out_of: int = 20) -> str:
    return f"Barthel {c.ri(3, 14)}/20" if out_of == 20 else f"Barthel {c.ri(2, 14) * 5}/100"


def cog(c: C) -> str:
    return c.ch([f"AMTS {c.ri(2, 8)}/10", f"MoCA {c.ri(8, 24)}/30", f"MMSE {c.ri(9, 25)}/30",
                 f"ACE-III {c.ri(38, 79)}/100", f"4AT {c.ri(0, 7)}"])


# ---------------------------------------------------------------------------------------- England
EN_HOSP = orgs("Queen's Medical Centre", "Nottingham City Hospital", "King's Mill Hospital", "Royal Derby Hospital",
               "Chesterfield Royal Hospital", "Leicester Royal Infirmary", "Glenfield Hospital",
               "Lincoln County Hospital", "Pilgrim Hospital", "Grantham and District Hospital")
EN_CH = orgs("Ashgate Manor Nursing Home", "Beechwood Grange Care Home", "The Willows Nursing Home",
              "Sherwood Lodge Care Home", "Highfield House Residential Home", "Bramley Court Nursing Home",
              "Meadowbank Care Centre", "Cedar Lodge Nursing Home")
EN_GP = orgs("Bridgeway Practice", "Daybrook Medical Practice", "Parkside Surgery", "Willowbrook Medical Centre",
             "Orchard Surgery", "Old Station Surgery", "Highcroft Surgery")
EN_AGENCY = orgs("Ashfield Homecare", "Castle Care Services", "Trentside Home Support", "Wolds Community Care",
                 "Enable Care Lincs")
EN_LA = orgs("Nottinghamshire County Council", "Nottingham City Council", "Derby City Council",
             "Leicester City Council", "Lincolnshire County Council", "Derbyshire County Council",
             "Leicestershire County Council", "North Northamptonshire Council")


def en_la(town: str) -> str:
    """The council with adult social care duties for the town."""
    if town in ("Nottingham", "Derby", "Leicester"):
        return f"{town} City Council"
    county = next((ct for t, _, _, ct in TOWNS["en"] if t == town), "Nottinghamshire")
    return "North Northamptonshire Council" if county == "Northamptonshire" else f"{county} County Council"


def _nhs(c: C) -> tuple[str, str]:
    s = nhs_no(c.r)
    return s, nhs_fmt(s, c.ri(0, 2))


def en_discharge_nh(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.5)
    nhs, nhs_p = _nhs(c)
    hno = f"{c.ch('JKMR')}{c.dig(6)}"
    cons, fy, gp = c.staff(), c.staff(), c.staff()
    kid = c.rel(q)
    line, town, z, _area = place(c, inst=True)
    hosp, home = hosp_near(c, town), c.ch(EN_CH)
    adm = c.dt(-28, -10)
    op = adm + timedelta(days=c.ri(1, 2))
    dis = c.wdt(-1, 0)
    side = c.ch(["Left", "Right"])
    c.t(f"{hosp.upper()}\nDISCHARGE SUMMARY - Trauma and Orthopaedics (Orthogeriatric liaison)\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl, q.FL])).t("    DOB: ").d(dob, c.ch(["dmy", "dot"])).t(" (").age(a).t(" y)\n")
    c.t("NHS No: ").id(nhs_p).t("    Hospital No: ").id(hno).t("\n")
    c.t("Admitted: ").d(adm, "dmy").t(" via ED    Discharged: ").d(dis, "dmy").t(f"    Ward {c.ri(10, 34)}\n")
    c.t("Consultant: Dr ").nm(cons.fi).t(" (Orthogeriatrics)\n")
    c.t(f"Discharge destination: {home} (nursing - "
        f"{c.ch(['new permanent placement', 'interim placement pending CHC decision', 'funded by the LA, top-up agreed'])}), ")
    c.ad(line).t(", ").ad(town).t(" ").zp(z).t("\n\n")
    c.t("Diagnosis: ").c(f"{side} intracapsular fractured neck of femur").t(" (").c("S72.0").t(") after a fall at home on ")
    c.d(adm - timedelta(days=c.ri(0, 1)), "dmy").t(", found on the floor by a carer.\n")
    proc = c.ch([("Cemented hemiarthroplasty", "W46.1"), ("Total hip replacement, cemented", "W37.1")])
    c.t("Procedure: ").c(proc[0]).t(" (").c(proc[1]).t(") on ").d(op, c.ch(["dmy", "dsh"])).t(" under spinal anaesthetic.\n")
    c.t("Complications: post-operative delirium (").c(f"4AT {c.ri(5, 9)}").t(" on day 2, ").c("4AT 0")
    c.t(" by discharge), Hb nadir ").c(f"{c.num(74, 88)} g/L").t(" - transfused ").c(f"{c.ri(1, 2)} unit(s) red cells").t(".\n")
    c.t("Background: ").cl(pmh(c)).t(".\n")
    c.t("Bone health: ").c(c.ch(["zoledronic acid 5 mg IV given before discharge", "alendronic acid 70 mg weekly started",
                                 "denosumab 60 mg SC - first dose given on the ward"])).t("; ").c(f"vitamin D {c.num(14, 48)} nmol/L")
    c.t(", loading with ").c("colecalciferol 40,000 units weekly x 7").t(".\n")
    bi, mob = func(c, top=3)
    c.t("Function at discharge: ").c(bi).t(", ").c(cfs(c)).t(", ").c(mob).t(", ")
    c.c(c.ch(["Waterlow 17", "Waterlow 21", "Waterlow 24"])).t(".\n")
    c.t("Last observations: ").cl(vit(c)).t(".\n")
    c.t("Discharge bloods: ").cl(bloods(c, skip="vitamin D")).t(".\n\n")
    c.t("Medicines on discharge:\n").lines(meds(c, UK_MEDS, 5, 8))
    c.t("STOPPED: ").c(c.ch(["amitriptyline 10 mg ON (falls risk)", "zopiclone 3.75 mg ON (falls, delirium)",
                              "oxybutynin 5 mg BD (anticholinergic burden)"])).t("\n")
    c.t("Anticoagulation: ").c("enoxaparin 40 mg SC OD").t(" for ").c("28 days").t(" from surgery, last dose ")
    c.d(op + timedelta(days=28), c.ch(["dmy", "dsh"])).t(".\n\n")
    c.t("Follow-up: clip removal at ").c("day 12-14").t(" by the home's visiting nurse; fracture clinic not required.\n")
    c.t("GP (new registration near the home): Dr ").nm(gp.fl).t(f", {c.ch(EN_GP)}, ").ad(town).t("\n")
    c.t("NOK: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\n")
    c.t("DNACPR: ").c(c.ch(["ReSPECT form completed - not for CPR", "not for CPR, form travels with patient"])).t("\n\n")
    c.t("Completed by: Dr ").nm(fy.fi).t(" (FY2), bleep ").ph(c.dig(4)).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs), ("urn:hospital-number", hno)],
                (line, town, z))


_CHK_DOMAINS = ["Breathing", "Nutrition", "Continence", "Skin integrity", "Mobility", "Communication",
                "Psychological and emotional needs", "Cognition", "Behaviour", "Drug therapies and medication",
                "Altered states of consciousness"]
_CHK_EVID = {
    "Breathing": ["no needs; SpO2 {s}% on air", "breathless on minimal exertion, SpO2 {s}% on air"],
    "Nutrition": ["MUST {m}, weight {w} kg, needs prompting and assistance to eat", ("IDDSI level 5 minced and moist, "
                  "level 1 slightly thick fluids, MUST {m}")],
    "Continence": ["doubly incontinent, pads changed 4-hourly", "catheterised (long-term), bowels managed with Laxido"],
    "Skin integrity": ["category 2 pressure ulcer to sacrum, Waterlow {wl}", "intact skin, high risk, Waterlow {wl}"],
    "Mobility": ["hoist for all transfers, two carers", "frame and one carer, falls x3 in 6 months"],
    "Communication": ["communicates needs with prompting", "expressive dysphasia, uses yes / no cards"],
    "Psychological and emotional needs": ["low mood, tearful, GDS-15 {g}/15", "settled when family visit"],
    "Cognition": ["MoCA {mo}/30, disorientated to time and place", "AMTS {am}/10, cannot retain information"],
    "Behaviour": ["resists personal care twice daily, calls out at night", "exit-seeking in the evenings"],
    "Drug therapies and medication": ["requires administration of all medicines", "PRN lorazepam 0.5 mg twice this week"],
    "Altered states of consciousness": ["no episodes", "two seizures in 3 months, levetiracetam 500 mg BD"],
}


def en_chc_checklist(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    nhs, nhs_p = _nhs(c)
    rep = c.rel(q)
    nurse = c.staff("f")
    hosp = c.ch(EN_HOSP)
    d0 = c.wdt(-3, 0)
    c.t("NHS CONTINUING HEALTHCARE CHECKLIST\n\n")
    c.t("Name: ").nm(c.ch([q.Lf, q.LF])).t("    NHS number: ").id(nhs_p).t("\n")
    c.t("Date of birth: ").d(dob, "long").t("    Age: ").age(a).t("\n")
    c.t(f"Current location: Ward {c.ri(3, 30)}, {hosp}\n")
    c.t("Date of checklist: ").d(d0, c.ch(["long", "dmy"])).t("\n")
    c.t("Representative present: ").nm(rep.fl).t(f" ({'son' if rep.sex == 'm' else 'daughter'}, "
                                                 f"{c.ch(['LPA for health and welfare', 'NOK', 'LPA (property and finance only)'])}), tel ").ph(phone(c)).t("\n")
    c.t("Consent / capacity: ").c(c.ch(["lacks capacity to consent to the checklist - best interests decision recorded",
                                         "consented verbally, understood the purpose"])).t("\n\n")
    c.t("Domain | Level | Evidence\n")
    levels: dict[str, str] = {}
    for dom in _CHK_DOMAINS:
        lv = c.ch("AABBBCC") if dom not in ("Altered states of consciousness", "Breathing") else c.ch("BCCC")
        levels[dom] = lv
        ev = c.ch(_CHK_EVID[dom]).format(s=c.num(93, 98), m=c.ri(1, 3), w=c.fl(39, 58), wl=c.ri(15, 26),
                                         g=c.ri(5, 12), mo=c.ri(6, 19), am=c.ri(2, 6))
        c.t(f"{dom} | ").c(lv).t(" | ").c(ev).t("\n")
    na, nb = sum(v == "A" for v in levels.values()), sum(v == "B" for v in levels.values())
    prio = any(levels[d] == "A" for d in ("Breathing", "Behaviour", "Drug therapies and medication",
                                           "Altered states of consciousness"))
    full = na >= 2 or nb >= 5 or (na == 1 and nb >= 4) or prio
    c.t(f"\nTotals: A = {na}, B = {nb}, C = {11 - na - nb}\n")
    c.t("Outcome: ").c("full assessment for NHS CHC required" if full else "full assessment not required").t(".\n")
    if full:
        c.t("Referral sent to the ICB CHC team on ").d(d0, "dmy").t("; DST MDT to be arranged within 28 days.\n")
    else:
        c.t("Outcome letter given to ").nm(rep.first).t("; reconsider if needs change. FNC review by the care home.\n")
    c.t("\nCompleted by: ").nm(nurse.fl).t(", Discharge Coordinator (RN), NMC PIN ").id(nmc_pin(c.r)).t("\n")
    c.t("Contact: ").em(nurse.mail("nhs.net", c.ri(0, 5))).t(" / ").ph(phone(c, False, c.ch(TOWNS['en'])[2])).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)])


_DST = ["Behaviour", "Cognition", "Psychological and emotional needs", "Communication", "Mobility", "Nutrition",
        "Continence", "Skin integrity", "Breathing", "Drug therapies and medication", "Altered states of consciousness",
        "Other significant care needs"]
_DST_LV = ["No needs", "Low", "Moderate", "High", "Severe", "Priority"]
_DST_TOP = {"Behaviour": 5, "Cognition": 4, "Psychological and emotional needs": 3, "Communication": 3, "Mobility": 4,
            "Nutrition": 4, "Continence": 3, "Skin integrity": 4, "Breathing": 5, "Drug therapies and medication": 5,
            "Altered states of consciousness": 5, "Other significant care needs": 4}  # the highest level each domain has


def en_dst_record(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.5)
    nhs, nhs_p = _nhs(c)
    sw, na_, cons = c.staff(), c.staff("f"), c.staff()
    rep = c.rel(q)
    line, town, z, _area = place(c)
    home = c.ch(EN_CH)
    d0 = c.wdt(-2, 0)
    c.t("DECISION SUPPORT TOOL - MDT RECOMMENDATION\n")
    c.t("Individual: ").nm(c.ch([q.fl, q.fL])).t(" | DOB ").d(dob, "dot").t(" | NHS ").id(nhs_p).t("\n")
    c.t("Usual address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t(f" (currently at {home}, interim)\n")
    c.t("MDT date: ").d(d0, "dot").t(f" at {c.tm(9, 15)}, {c.ch(['Teams call', 'in person at the home', 'hybrid'])}\n\n")
    c.t("Present:\n")
    c.t("- ").nm(na_.fi).t(" (CHC Nurse Assessor, RN) - coordinator\n")
    c.t(f"- {sw.title} ").nm(sw.fi).t(f" (Social Worker, {en_la(town)}), SWE reg ").id(swe_no(c.r)).t("\n")
    c.t("- Dr ").nm(cons.last).t(" (consultant geriatrician) - written contribution\n")
    c.t("- ").nm(rep.fl).t(f" ({'son' if rep.sex == 'm' else 'daughter'}, LPA health and welfare)\n")
    c.t(f"- Nurse in charge at {home}\n\n")
    c.t("Domain levels agreed:\n")
    sev = prio = high = 0
    for dom in _DST:
        lv = c.ch(_DST_LV[1 if dom in ("Cognition", "Mobility", "Continence") else 0:_DST_TOP[dom] + 1])
        if lv == "Priority" and c.yes(0.7):
            lv = "Severe"
        sev += lv == "Severe"
        prio += lv == "Priority"
        high += lv == "High"
        c.t(f"{dom}: ").c(lv).t("\n")
    c.t("\nKey evidence: ").c(cog(c)).t("; ").c(barthel(c)).t("; ").c(c.ch(["Waterlow 19", "Waterlow 23", "Braden 12"]))
    c.t("; ").c(c.ch(["lorazepam 0.5 mg PRN used 9 times in 2/52", "anticipatory medicines prescribed",
                       "insulin administered by district nurses BD"])).t("; weight ").c(f"{c.fl(38, 62)} kg")
    c.t(" (").c(f"MUST {c.ri(0, 3)}").t(").\n")
    if prio or sev >= 2:
        rec = "eligible for NHS Continuing Healthcare - primary health need"
    elif sev == 1 or high >= 3:
        rec = "borderline: nature, intensity, complexity and unpredictability considered - recommend eligibility"
    else:
        rec = "not eligible for NHS CHC; eligible for FNC (NHS-funded nursing care)"
    c.t("Recommendation: ").c(rec).t(".\n")
    c.t("Family view: ").nm(rep.first).t(c.ch([" agrees with the recommendation.\n",
                                               " disagrees and was given the local review process leaflet.\n"]))
    c.t("Ratification panel: ").d(d0 + timedelta(days=c.ri(5, 14)), "dot").t("\n")
    c.t("Record completed by ").nm(na_.fl).t(", ").em(na_.mail("nhs.net", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


def en_care_act(c: C) -> Note:
    q = c.pat(grps=["guj", "guj", "emid", "carib"])
    dob, _a = c.old(0.35)
    nhs, nhs_p = _nhs(c)
    son = c.rel(q, "m")
    dil = c.person(q.grp, "f", last=son.last)
    sw = c.staff()
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-4, 0)
    lang = {"guj": "Gujarati", "carib": "English", "emid": "English"}[q.grp]
    c.t(f"{en_la(town).upper()} - ADULT SOCIAL CARE\nCare Act 2014 Needs Assessment (hospital discharge)\n\n")
    c.t("Person: ").nm(q.fl).t(f" ({q.title} ").nm(q.last).t(")    DOB ").d(dob, "dmy").t("    NHS ").id(nhs_p).t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Tel: ").ph(phone(c, False, area)).t(f"    Preferred language: {lang}")
    if lang != "English":
        c.t(" (Trust interpreter present throughout)")
    c.t("\nAssessment date: ").d(d0, "dmy").t(f", bedside at {hosp}, with ").nm(son.fl).t(" (son) present\n\n")
    c.t("Background: ").c(c.ch(DX)[0]).t("; ").cl(pmh(c, lo=2, hi=4)).t(". ")
    c.t(f"{q.He} lives with ").nm(son.first).t(" and his wife ").nm(dil.first)
    c.t(" in a terraced house with the bathroom upstairs; ").nm(dil.first).t(" works nights.\n\n")
    wish = ["I want to sleep in my own bed and see the grandchildren.", "I do not want to be a burden to my son."]
    if q.grp == "guj":
        wish.append("I want to go home and pray at the mandir on Sundays.")
    c.t("What matters to me: \"").t(c.ch(wish)).t("\"\n\n")
    c.t("Eligibility outcomes (Care Act 2014 s.13, Eligibility Regulations 2015):\n")
    for o in c.some(["managing and maintaining nutrition", "maintaining personal hygiene", "managing toilet needs",
                     "being appropriately clothed", "being able to make use of the home safely",
                     "maintaining a habitable home environment", "developing and maintaining family relationships"],
                    3, 5):
        c.t("- ").c(o).t(": ").c(c.ch(["unable to achieve", "achieves with significant pain", "takes significantly longer",
                                        "endangers health or safety"])).t("\n")
    c.t("Significant impact on wellbeing: yes. Eligible needs: yes.\n\n")
    bi, mob = func(c)
    c.t("Therapy: ").c(bi).t(", ").c(mob).t(", ").c(c.ch(["stairs with rail and one supervising", ("not safe on stairs - bed "
                                                          "downstairs"), "perching stool and toilet frame issued"])).t(".\n")
    c.t("Plan: ").c(c.ch(["POC 2 calls/day x 1 carer (45 min am, 30 min pm)", "POC 4 calls/day x 2 carers",
                           "reablement 6/52 then review"])).t("; ").c("key safe").t(" and ").c("pendant alarm")
    c.t("; indicative personal budget ").c(f"£{c.ri(180, 640)}.{c.ch(['00', '50'])} per week").t(".\n")
    c.t("Carer's assessment offered to ").nm(son.first).t(": ").t(c.ch(["accepted", "declined for now"])).t(".\n\n")
    c.t("Assessor: ").nm(sw.fl).t(", Social Worker, SWE ").id(swe_no(c.r)).t(", ").ph(phone(c)).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


def en_poc_email(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.4)
    nhs, nhs_p = _nhs(c)
    co, nok = c.staff(), c.rel(q)
    line, town, z, area = place(c)
    agency = c.ch(EN_AGENCY)
    sent = c.wdt(-1, 0)
    start = sent + timedelta(days=c.ri(1, 4))
    c.t("From: ").nm(co.fl).t(" <").em(co.mail("nhs.net", c.ri(0, 5))).t(">\n")
    c.t(f"To: brokerage@{_slug(agency)}.co.uk\n")
    c.t(f"Sent: {DAYS[sent.weekday()]} ").d(sent, "long").t(f" {c.tm(8, 16)}\n")
    c.t("Subject: POC request - ").nm(c.ch([q.fL, q.fl])).t(" - NHS ").id(nhs_p).t(" - start ").d(start, "dm").t("\n\n")
    c.t("Hi team,\n\nPlease could you source the package below for ").nm(q.fl).t(" (DOB ").d(dob, "dmy").t(", ").age(a)
    c.t("), medically optimised since ").d(sent - timedelta(days=c.ri(1, 9)), "dm").t(" on the ")
    c.t(f"{c.ch(['Discharge Lounge list', 'D2A pathway 1 list'])}.\n\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t(" - ")
    c.c(c.ch(["key safe, code held by the family", "lives alone, ground-floor flat", "lives with spouse who is frail"])).t("\n")
    double = c.yes(0.45)
    c.t("Package: ").c("QDS x 2 carers (double-handed)" if double else c.ch(["TDS x 1 carer", ("BD x 1 carer plus a lunchtime "
                                                                           "welfare call")]))
    c.t(" - ").c(c.ch(["30 min calls", "45 min am, 30 min others"])).t("\n")
    c.t("Equipment in situ: ").cl(c.some(["profiling bed", "dynamic mattress", "mobile hoist + 2 slings"], 2, 3) if double
                                  else c.some(["commode", "zimmer frame", "perching stool", "toilet frame"], 2, 3)).t("\n")
    c.t("Mobility: ").c(c.ch(["transfers with Sara Stedy x 2", "hoist x 2, not weight bearing"]) if double else
                        c.ch(["frame x 1 supervision", "stick indoors, unsteady on turning"]))
    c.t("; ").c(cfs(c)).t("; ").c(cog(c)).t("\n")
    c.t("Meds: ").c(c.ch(["blister pack, prompt only", "carers to administer from MAR chart", "family administers"]))
    c.t(" - including ").cl(meds(c, UK_MEDS, 2, 3)).t("\n")
    c.t("Skin: ").c(c.ch(["grade 2 sacrum, DN referral sent", "intact, 2-hourly repositioning overnight", "heel offloading boots"]))
    c.t("\nContinence: ").c(c.ch(["pads day and night", "catheter (14 Ch, changed 12-weekly)", "urinal at night"])).t("\n")
    c.t("NOK: ").nm(nok.fl).t(f" ({'son' if nok.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\n")
    c.t("Bridging: ").c(c.ch(["none required", "reablement bridging 7 days", "interim bed if no POC by Friday"])).t("\n\n")
    c.t("Discharge papers and MAR to follow via the secure link ").url(f"https://nhs.sharefile.eu/d-{c.tok(18)}")
    c.t(" (expires in 7 days).\n\nMany thanks,\n").nm(co.first).t("\n")
    c.t("Integrated Discharge Team | Mon-Sun 08:00-20:00 | ").ph(phone(c, False, area)).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


def en_huddle_lower(c: C) -> Note:
    d0 = c.wdt(-1, 0)
    hosp = c.ch(EN_HOSP)
    ward = c.ri(11, 36)
    c.t(f"ward {ward} board round / dd huddle {DAYS[d0.weekday()].lower()} ").d(d0, c.ch(["dm", "d/m"])).t(f" {c.tm(9, 10)}\n")
    c.t(f"({hosp.lower()} - discharge hub, therapies, sw, nic)\n\n")
    main: P | None = None
    main_dob: date | None = None
    beds = c.r.sample(range(1, 29), 5)
    for k in range(c.ri(4, 5)):
        q = c.pat()
        dob, a = c.old(0.45)
        if main is None:
            main, main_dob = q, dob
        bed = beds[k]
        c.t(f"bed {bed} ").nm(c.ch([q.low, f"{q.title.lower()} {q.last.lower()}", q.low])).t(" (").age(a).t(") ")
        c.id(f"{c.ch('jkm')}{c.dig(6)}").t(" - ")
        mfd = d0 - timedelta(days=c.ri(1, 16))
        c.t("mfd since ").d(mfd, "d/m").t(", ")
        plan, mob = c.ch([("pathway 1, awaiting poc (4 calls x2)", ["sara stedy x2", "frame + 1"]),
                          ("pathway 3, chc checklist positive, dst booked", ["hoist", "sara stedy x2"]),
                          ("pathway 2, waiting for intermediate care bed", ["frame + 1", "fwb with frame"]),
                          ("pathway 0 - home today with family", ["mobile with frame", "ind with stick"]),
                          ("pathway 3, care home assessing tmrw", ["hoist", "nwb r leg, hoist"]),
                          ("awaiting best interests meeting", ["mobile with frame", "hoist"])])
        c.c(plan).t(". ")
        c.c(c.ch([f"news2 {c.ri(0, 2)}", f"k {c.fl(3.6, 5.4)}", f"na {c.num(129, 140)}", f"hb {c.num(82, 120)}",
                  f"crp {c.num(4, 60)}"]))
        c.t(", ").c(c.ch(mob))
        if k == 0:
            nok = c.rel(q)
            c.t(f". {'son' if nok.sex == 'm' else 'dtr'} ").nm(nok.first.lower()).t(" ").ph(phone(c)).t(" unhappy re delay, pls call")
        elif c.yes(0.5):
            c.t(". sw ").nm(c.staff().first.lower()).t(" chasing la funding")
        c.t("\n")
    c.t("\nactions: ").c(c.ch(["escalate 2 x >21 day los to site ops", "opal to r/v bed 7 before 12",
                                "tto for 2 pts to pharmacy by 11"])).t("; next huddle 1400\n")
    c.t("- ").nm(c.staff("f").first.lower()).t(" (dc coord)\n")
    assert main is not None and main_dob is not None
    return _end(c, main, main_dob, [])


def en_family_meeting(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.5)
    nhs, nhs_p = _nhs(c)
    kid1, kid2 = c.rel(q), c.rel(q)
    cons, sister, sw = c.staff(), c.staff("f"), c.staff()
    hosp = c.ch(EN_HOSP)
    d0 = c.wdt(-3, 0)
    c.t(f"{hosp} - Care of the Elderly\nFAMILY MEETING / BEST INTERESTS DISCUSSION (MCA 2005)\n\n")
    c.t(f"Date: {DAYS[d0.weekday()]} ").d(d0, c.ch(["nth", "long"])).t(f", {c.tm(13, 16)}, relatives' room\n")
    c.t("Patient: ").nm(q.fL).t(", ").age(a).t(" years, NHS ").id(nhs_p).t("\n")
    c.t("Present: Dr ").nm(cons.fi).t(" (consultant), Sister ").nm(sister.fl).t(", ").nm(sw.fl)
    c.t(" (social worker), ").nm(kid1.fl).t(f" ({'son' if kid1.sex == 'm' else 'daughter'}, LPA health and welfare - OPG ref ")
    c.id(f"7000-{c.dig(4, False)}-{c.dig(4, False)}").t("), ").nm(kid2.fl).t(f" ({'son' if kid2.sex == 'm' else 'daughter'})\n\n")
    c.t("Clinical summary: admitted ").d(d0 - timedelta(days=c.ri(18, 40)), "dmy").t(" with ").c(c.ch(DX)[0])
    c.t(". Now ").c(c.ch(["medically optimised", "stable but frail", "at baseline"])).t(". ")
    c.c(cog(c)).t(", ").c(barthel(c)).t(", ").c(cfs(c)).t(", weight ").c(f"{c.fl(40, 66)} kg").t(" (down ")
    c.c(f"{c.ri(4, 9)} kg in 3 months").t(").\n\n")
    c.t("Capacity: assessed by Dr ").nm(cons.last).t(" on ").d(d0 - timedelta(days=c.ri(1, 4)), "dm")
    c.t(" - unable to retain or weigh information about future care; lacks capacity for this decision.\n\n")
    c.t("Options discussed:\n1. Home with ").c("POC QDS x 2 + overnight sitting").t(" - ").nm(kid2.first)
    c.t(" felt this would not be safe after ").c(f"{c.ri(3, 6)} falls").t(" this year.\n")
    c.t("2. Residential care - needs exceed residential (").c("hoist, 2 carers, PRN lorazepam").t(").\n")
    c.t("3. Nursing home placement - ").c("CHC checklist positive").t(", DST booked for ").d(d0 + timedelta(days=c.ri(3, 9)), "dm").t(".\n\n")
    c.t("Escalation: ").c(c.ch(["ward-based care, not for ICU", "ReSPECT: prioritise comfort; not for CPR",
                                 "treat reversible causes, oral antibiotics only"])).t(". ")
    c.t(f"{q.title} ").nm(q.last).t(c.ch([" previously told ", " had often said to "])).nm(kid1.first)
    c.t(f" that {q.he} \"never wanted to be in hospital again\".\n\n")
    c.t("Outcome: best interests decision for ").c("nursing home placement").t(" near ").nm(kid1.first)
    c.t("'s home in ").ad(c.ch(TOWNS['en'])[0]).t("; family to view homes this week.\n")
    c.t("Minutes by ").nm(sister.fi).t(", copy to GP and to ").nm(kid1.first).t(" by e-mail (").em(kid1.mail(c.ch(["gmail.com", "outlook.com", "btinternet.com"]), c.ri(0, 5))).t(")\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)])


def en_transport(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.45)
    nhs, nhs_p = _nhs(c)
    booker = c.staff()
    line, town, z, area = place(c, inst=True)
    hosp = hosp_near(c, town)
    home = c.ch(EN_CH)
    d0 = c.wdt(0, 2)
    ref = f"PTS{c.dig(7)}"
    c.t("NON-EMERGENCY PATIENT TRANSPORT - BOOKING CONFIRMATION\n")
    c.t("Booking ref: ").id(ref).t("    Booked: ").d(c.today, "dmy").t(f" {c.tm(8, 12)} by ").nm(booker.fl)
    c.t(f" (Ward {c.ri(3, 30)}, tel ").ph(phone(c, False, c.ch(TOWNS['en'])[2])).t(")\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.Lf])).t("    DOB: ").d(dob, "dmy").t("    NHS: ").id(nhs_p).t("\n")
    c.t("Journey: discharge, one way\n")
    c.t(f"Collect from: {hosp}, Ward {c.ri(3, 30)}, ready from {c.tm(10, 13)}\n")
    c.t(f"Destination: {home}, ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Date: ").d(d0, c.ch(["dmy", "dmon"])).t("\n\n")
    c.t("Mobility category: ").c(c.ch(["C2 - stretcher", "W2 - own wheelchair, two crew", "C1 - chair, one crew"])).t("\n")
    c.t("Weight: ").c(f"{c.fl(42, 96)} kg").t("    Oxygen: ").c(c.ch(["none", "2 L/min via nasal cannula"])).t("\n")
    c.t("Clinical: ").c(c.ch(["DNACPR - ReSPECT form travels with patient", "for full resuscitation"]))
    c.t("; ").c(c.ch(["confused, may try to stand", "hard of hearing (left aid)", "category 2 sacral pressure ulcer - pressure cushion"]))
    c.t("; infection status ").c(c.ch(["no known infection", "C. difficile 6 weeks ago, now clear", "MRSA decolonised"])).t("\n")
    c.t("Escort: ").t(c.ch(["none", "family member meeting at destination"])).t("\n")
    c.t("Property: ").c(c.ch(["1 bag", "2 bags", "3 bags"])).t(", walking frame, 7 days of medicines in the blue bag\n\n")
    c.t("Receiving home informed: yes - spoke to the nurse in charge, home tel ").ph(phone(c, False, area)).t("\n")
    c.t("Cancellation: call the booking line at least 24 hours before, quoting ").id(ref).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


def en_d2a_referral(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.4)
    nhs, nhs_p = _nhs(c)
    ot, pt = c.staff("f"), c.staff()
    sp = c.rel(q, "m" if q.sex == "f" else "f")
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-2, 0)
    bi, mob = func(c)
    c.t("DISCHARGE TO ASSESS - PATHWAY 2 REFERRAL (community rehabilitation bed)\n\n")
    c.t("Name: ").nm(q.fl).t("    NHS no: ").id(nhs_p).t("    DOB: ").d(dob, c.ch(["dmy", "sh"])).t("\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("    Tel: ").ph(phone(c, False, area)).t("\n")
    c.t("Lives with: ").nm(sp.first).t(f" ({q.spouse}, ").age(c.ri(78, 96)).t(", limited mobility)\n")
    c.t(f"Referring ward: {c.ri(3, 30)}, {hosp}    Date: ").d(d0, "dmy").t("\n\n")
    c.t("Reason for admission: ").c(c.ch(DX)[0]).t(". Medically optimised ").d(d0 - timedelta(days=c.ri(1, 5)), "dmy").t(".\n")
    c.t("Pre-admission: ").c(c.ch(["independent with stick, no care", "1 call/day for showering", "frame indoors, shopping by family"]))
    c.t(".\nCurrent function:\n")
    c.t("- Transfers / mobility: ").c(mob).t("\n")
    c.t("- Stairs: ").c(c.ch(["not attempted", "4 steps with rail and 1", "unsafe"])).t("\n")
    c.t("- Outcome measures: ").cl([bi, f"Elderly Mobility Scale {c.ri(4, 13)}/20", f"Tinetti {c.ri(8, 20)}/28",
                                   f"TUG {c.ri(22, 48)} s"]).t("\n")
    c.t("- Cognition: ").c(cog(c)).t("\n")
    c.t("Goals: ").c(c.ch(["independent transfers, mobile 20 m with frame, able to make a hot drink",
                            "return home with 2 calls/day", "safe toilet transfers overnight"])).t("\n")
    c.t("Medication: ").cl(meds(c, UK_MEDS, 3, 5)).t("\n")
    c.t("Obs: ").cl(vit(c)).t("\n\n")
    c.t("OT: ").nm(ot.fl).t(", HCPC ").id(hcpc_no(c.r, "OT")).t("\nPhysio: ").nm(pt.fl).t(", HCPC ").id(hcpc_no(c.r, "PH")).t("\n")
    c.t("Please reply to the Transfer of Care Hub: ").ph(phone(c, False, area)).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


# ---------------------------------------------------------------------------------------- Scotland
SC_HOSP = orgs("Forth Valley Royal Hospital", "Perth Royal Infirmary", "Stirling Community Hospital",
               "Clackmannanshire Community Healthcare Centre", "St Margaret's Community Hospital")
SC_LA = orgs("Falkirk Council", "Stirling Council", "Clackmannanshire Council", "Perth and Kinross Council")
SC_CH = orgs("Ochil View Care Home", "Carsebridge House", "Strathearn Care Home", "Kinnoull Nursing Home",
              "Bankview Care Home")
SC_LAW = orgs("Macnab Ferguson Solicitors", "Thorntons Law", "Kerr Stirling LLP")


def _chi(c: C, dob: date, sex: str) -> tuple[str, str]:
    s = chi_no(c.r, dob, sex)
    return s, c.ch([s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}"])


def sc_delayed_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    chi, chi_p = _chi(c, dob, q.sex)
    dtr = c.rel(q, "f")
    mho, sol, cons = c.staff(), c.staff(), c.staff()
    hosp, la = c.ch(SC_HOSP), c.ch(SC_LA)
    adm = c.dt(-60, -20)
    rdd = adm + timedelta(days=c.ri(6, 15))
    days = (c.today - rdd).days
    code = c.ch([("9 / 51X", "Adults with Incapacity Act - guardianship application in progress"),
                 ("11A", "awaiting commencement of post-hospital social care assessment"),
                 ("24C", "awaiting place availability in a nursing home (patient's choice)"),
                 ("25D", "awaiting completion of arrangements to live in own home - awaiting social support")])
    c.t("NHS FORTH VALLEY / PERTH AND KINROSS HSCP - DELAYED DISCHARGE RECORD\n\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.LF])).t("    CHI: ").id(chi_p).t("\n")
    c.t("DOB: ").d(dob, "dmy").t("    Age: ").age(a).t(f"    Ward {c.ch(['A21', 'B12', '4', 'Jura', 'Arran'])}, {hosp}\n")
    c.t("Admitted: ").d(adm, "dmy").t("    Ready for discharge date: ").d(rdd, "dmy").t(f"    Bed days lost: {days}\n")
    c.t("Delay code: ").c(code[0]).t(f" - {code[1]}\n")
    c.t("Responsible consultant: Dr ").nm(cons.fi).t("\n\n")
    dx = dxc(c)
    bi, mob = func(c)
    c.t("Clinical: admitted with ").c(dx[0]).t(" - ").c(dx[2]).t("; ").c(c.ch(["delirium resolved", "4AT 2, improving"]))
    c.t("; ").c(cog(c)).t("; ").c(f"NEWS2 {c.ri(0, 2)}").t("; ").c(bi).t(", ").c(mob).t(".\n")
    c.t("Planned destination: ").c(c.ch(["own home with care at home 4 x daily", "nursing home (24-hour care)",
                                         "residential care home", "interim care bed"])).t("\n")
    if code[0].startswith("9"):
        c.t("AWI: s.47 certificate issued ").d(rdd - timedelta(days=c.ri(1, 5)), "dmy").t(". Welfare guardianship (s.57) ")
        c.t("being sought by ").nm(dtr.fl).t(" (daughter); solicitor ").nm(sol.fl).t(f", {c.ch(SC_LAW)}, tel ")
        c.ph(phone(c, False, c.ch(TOWNS['sc'])[2])).t(".\nMHO report: ").nm(mho.fl).t(f" (Mental Health Officer, {la}) - ")
        c.t("interview arranged for ").d(c.today + timedelta(days=c.ri(2, 10)), c.ch(["dmy", "dmo"])).t(".\n")
        c.t("Interim: s.13ZA not appropriate (family objects); patient remains in hospital.\n")
    else:
        c.t("Social work: ").nm(mho.fl).t(f" ({la}) allocated ").d(rdd + timedelta(days=c.ri(1, 6)), "dm").t("; ")
        c.c(c.ch(["care at home 3 x daily assessed", "care home list given to family", "SDS option 3 agreed"])).t(".\n")
        c.t("Family contact: ").nm(dtr.fl).t(" (daughter) ").ph(phone(c)).t(".\n")
    c.t("Meds: ").cl(meds(c, UK_MEDS, 3, 5)).t(".\n")
    c.t("Obs today: ").cl(vit(c)).t(".\n")
    c.t("Next review at the daily DD huddle; escalated to the Head of Service on ").d(c.today, "dm").t(".\n")
    return _end(c, q, dob, [("urn:scot:chi", chi)])


def sc_discharge_letter(c: C) -> Note:
    q = c.pat(grps=["sco", "gael", "gael", "ita"])
    dob, _a = c.old(0.45)
    chi, chi_p = _chi(c, dob, q.sex)
    gp, reg, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c, inst=True)
    hosp, home = hosp_near(c, town), c.ch(SC_CH)
    adm = c.dt(-30, -8)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp}\nIMMEDIATE DISCHARGE LETTER\n\n")
    c.t("To: Dr ").nm(gp.fl).t(", ").ad(town).t(f" Medical Practice, and the Manager, {home}\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.fl])).t("    CHI: ").id(chi_p).t("    DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Address on discharge: ").t(f"{home}, ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("Admitted ").d(adm, "dmy").t(" - discharged ").d(dis, "dmy").t("\n\n")
    dx = dxc(c)
    c.t("Diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t(").\n")
    c.t("Course: ").c(dx[2]).t(". ")
    c.t("Frailty: ").c(cfs(c)).t(". Cognition: ").c(cog(c)).t(". ")
    c.t(f"{q.He} was assessed as needing 24-hour care and moves to {home} as a permanent resident.\n\n")
    ml = meds(c, [m for m in UK_MEDS if not m.startswith(("amlodipine", "furosemide"))], 4, 7)
    c.t("Medicines on discharge: ").cl(ml, "; ").t(".\n")
    c.t("Changes: ").c(c.ch(["amlodipine stopped (postural drop 28 mmHg)", "tramadol stopped (confusion)",
                              "furosemide stopped - euvolaemic, sodium 131"])).t(".\n")
    c.t("Observations: ").cl(vit(c)).t("; bloods ").cl(bloods(c, k=(4, 6))).t(".\n\n")
    c.t("Anticipatory Care Plan: ").c(c.ch(["not for CPR (DNACPR form with patient)", "for ward-based care only",
                                             "comfort-focused if further deterioration"])).t("; KIS updated ").d(dis, "dm").t(".\n")
    rel = "son" if kid.sex == "m" else "daughter"
    if q.grp in ("gael", "ita"):
        c.t("Language: ").t("speaks Gaelic by preference when tired - " if q.grp == "gael" else "Italian with family - ")
        c.nm(kid.first).t(f" ({rel}) is happy to interpret: ").ph(phone(c)).t("\n")
    else:
        c.t("NOK: ").nm(kid.fl).t(f" ({rel}) ").ph(phone(c)).t("\n")
    c.t("GP actions: ").c(c.ch(["repeat U&E in 1 week", "weekly weights for 4 weeks", "check sodium at 5 days"])).t("\n\n")
    c.t("Dr ").nm(reg.fl).t(" (Specialty Registrar, Medicine for the Elderly), GMC ").id(gmc_no(c.r)).t("\n")
    return _end(c, q, dob, [("urn:scot:chi", chi)], (line, town, z))


def sc_sw_assessment(c: C) -> Note:
    q = c.pat(grps=["sco", "sco", "ita", "gael"])
    dob, _a = c.old(0.4)
    chi, chi_p = _chi(c, dob, q.sex)
    sw, kid = c.staff(), c.rel(q)
    line, town, z, area = place(c)
    county = next(ct for t, _, _, ct in TOWNS["sc"] if t == town)
    la = {"Falkirk": "Falkirk Council", "Stirlingshire": "Stirling Council",
          "Clackmannanshire": "Clackmannanshire Council"}.get(county, "Perth and Kinross Council")
    d0 = c.wdt(-5, 0)
    c.t(f"{la.upper()} - ADULT SOCIAL WORK\nAssessment of Need and Outcomes (hospital referral)\n\n")
    c.t("Service user: ").nm(q.fl).t("    DOB: ").d(dob, c.ch(["dmy", "long"])).t("    CHI: ").id(chi_p).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("    Tel: ").ph(phone(c, False, area)).t("\n")
    c.t("Referral received: ").d(d0 - timedelta(days=c.ri(3, 9)), "dmy").t("    Assessment: ").d(d0, "dmy").t("\n")
    c.t("Assessor: ").nm(sw.fl).t(", Social Worker, SSSC reg. ").id(c.dig(7)).t("\n\n")
    c.t("Personal circumstances: ").c(f"widowed, lives alone in a {c.ch(['ground floor flat', 'two-storey house', 'bungalow'])}")
    c.t(". ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) lives in ").ad(c.ch(TOWNS['sc'])[0])
    c.t(", visits twice weekly, ").ph(phone(c)).t(".\n")
    c.t("Health: ").cl(pmh(c)).t("; current admission ").c(c.ch(DX)[0]).t(".\n")
    c.t("Personal outcomes (Talking Points):\n")
    c.t("- Safety: ").c(c.ch(["two falls at home, lay for 6 hours", "leaves gas on, smoke alarm fitted"])).t("\n")
    c.t("- Personal care: ").c(c.ch(["needs help to wash and dress lower half", "independent with a perching stool"])).t("\n")
    c.t("- Meals: ").c(c.ch(["not cooking, weight 51.3 kg (MUST 2)", "microwave meals only"])).t("\n")
    c.t("- Social contact: ").c(c.ch([f"lonely since {q.his} {q.spouse} died", "attends lunch club on Wednesdays"])).t("\n")
    c.t("Risk: ").c(c.ch(["moderate", "substantial", "critical"])).t(" (eligibility criteria).\n\n")
    c.t("Self-directed support: ").c(c.ch(["Option 3 - council arranges care at home", "Option 2 - provider chosen by family",
                                           "Option 1 - direct payment via daughter"])).t("; indicative budget ")
    c.c(f"£{c.ri(220, 880)} per week").t("; ").c(c.ch(["telecare: pendant alarm and falls sensor", "day care 2 days/week",
                                                         "care home respite 2 weeks"])).t(".\n")
    c.t("Charging: ").c("free personal care applies").t(" (aged 65+); financial assessment for non-personal care.\n")
    c.t("Carer: ").nm(kid.first).t(" offered an Adult Carer Support Plan.\n")
    c.t("Review date: ").d(d0 + timedelta(days=c.ri(28, 56)), c.ch(["dmy", "long"])).t("\n")
    return _end(c, q, dob, [("urn:scot:chi", chi)], (line, town, z))


# ---------------------------------------------------------------------------------------- Wales
CY_HOSP = orgs("Ysbyty Maelor Wrecsam", "Ysbyty Glan Clwyd", "Ysbyty Gwynedd", "Ysbyty Alltwen", "Ysbyty Penrhos Stanley")
CY_AREA = dict(zip(CY_HOSP, ["01978", "01745", "01248", "01766", "01407"], strict=True))
CY_CH = orgs("Plas Garnedd Care Home", "Bryn Seiont Nursing Home", "Cartref Bontnewydd", "Llys Cadfan")
CY_GP = orgs("Meddygfa Rhiannon", "Canolfan Iechyd Bodnant", "Hillcrest Medical Centre", "Meddygfa Victoria")


def cy_bilingual_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    nhs, nhs_p = _nhs(c)
    gp, doc, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c)
    hosp = c.ch(CY_HOSP)
    adm = c.dt(-21, -6)
    dis = c.wdt(-1, 0)
    welsh = q.grp == "cym"
    c.t(f"BWRDD IECHYD PRIFYSGOL BETSI CADWALADR - {hosp}\nCrynodeb Rhyddhau / Discharge Summary\n\n")
    c.t("Enw / Name: ").nm(c.ch([q.fL, q.fl])).t("\n")
    c.t("Dyddiad geni / DOB: ").d(dob, c.ch(["dmy", "long"])).t(" (").age(a).t(")\n")
    c.t("Rhif GIG / NHS no: ").id(nhs_p).t("\n")
    c.t("Cyfeiriad / Address: ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Iaith / Language: ").t("Cymraeg - Welsh is first language (Active Offer made)\n" if welsh else "English\n")
    c.t("Derbyn / Admitted: ").d(adm, "dmy").t("    Rhyddhau / Discharged: ").d(dis, "dmy").t("\n")
    c.t("Meddyg teulu / GP: Dr ").nm(gp.fi).t(f", {c.ch(CY_GP)}, ").ad(c.ch(TOWNS['cy'])[0]).t("\n\n")
    dx = dxc(c)
    bi, mob = func(c)
    c.t("Diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t(")\nOther problems: ").cl(pmh(c, lo=2, hi=4)).t("\n\n")
    c.t("Summary: ").c(dx[2]).t(". ")
    c.t("Therapy input: ").c(bi).t(", ").c(mob)
    score = int(bi.split()[1].split("/")[0])
    path = (["Pathway 3 - nursing home placement", "Pathway 2 - step-down bed"] if score <= 6 else
            ["Pathway 1 - home with reablement (4 calls/day)", "Pathway 2 - step-down bed"] if score <= 12 else
            ["Pathway 0 - home, no new needs", "Pathway 1 - home with reablement (2 calls/day)"])
    c.t(". D2RA ").c(c.ch(path)).t(".\n")
    c.t("Obs on discharge: ").cl(vit(c)).t(".\n")
    c.t("Meddyginiaethau / Medicines: ").cl(meds(c, UK_MEDS, 4, 6), "; ").t(".\n")
    c.t("Allergies: ").c(c.ch(["penicillin (rash)", "NKDA", "codeine (vomiting)"])).t("\n")
    c.t("Perthynas agosaf / NOK: ").nm(kid.fl).t(" ").ph(phone(c)).t("\n")
    if welsh:
        c.t("Nodyn: mae ").nm(q.first).t(" yn hoffi siarad Cymraeg gyda'r gofalwyr.\n")
    c.t("\nDr ").nm(doc.fl).t(" (CT2), GMC ").id(gmc_no(c.r)).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)], (line, town, z))


def cy_complex_mdt(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.5)
    nhs, nhs_p = _nhs(c)
    cons, sw, ot, chc = c.staff(), c.staff(), c.staff("f"), c.staff("f")
    sp = c.rel(q, "m" if q.sex == "f" else "f")
    kid = c.rel(q)
    hosp = c.ch(CY_HOSP)
    d0 = c.wdt(-2, 0)
    c.t(f"{hosp} - Complex Discharge MDT (D2RA Pathway 3)\n")
    c.t("Date: ").d(d0, c.ch(["nth", "dmy"])).t("\n\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.fl])).t(", DOB ").d(dob, "dmy").t(", NHS ").id(nhs_p).t("\n")
    c.t("Attendees: Dr ").nm(cons.last).t(" (consultant), ").nm(sw.fl).t(" (social worker, Cyngor ")
    c.t(c.ch(["Gwynedd", "Conwy", "Sir Ddinbych", "Wrecsam"])).t("), ").nm(ot.fl).t(" (OT), ").nm(chc.fl)
    c.t(" (Continuing NHS Healthcare nurse), ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'})\n\n")
    c.t("Background: ").c(c.ch(DX)[0]).t(" on a background of ").cl(pmh(c, lo=2, hi=3)).t(". ")
    c.t(f"{q.His} {q.spouse} ").nm(sp.first).t(" (").age(c.ri(82, 97)).t(") is not able to provide physical care.\n")
    bi, mob = func(c, top=2)
    c.t("Current needs: ").cl([bi, cog(c), mob,
                               c.ch(["IDDSI level 6 diet", "normal diet, needs full assistance"]),
                               c.ch(["Waterlow 22", "Waterlow 18"])]).t(".\n")
    c.t("CHC (Wales) checklist: ").c(c.ch(["positive - full DST", "negative"])).t("; DST: ")
    c.c(c.ch(["Behaviour High, Cognition Severe, Mobility High - recommended eligible",
              "Mobility High, Continence High, Skin Moderate - not eligible; FNC applies",
              "no DST required"])).t(".\n")
    wish = c.ch(["Welsh-speaking home close to Llŷn", "home with a package of care", "nursing home near family"])
    c.t("Family wish: ").c(wish)
    c.t(".\nAction: ").nm(sw.first).t(" to request a package of care by " if wish.startswith("home") else
                                      " to send placement requests by ").d(d0 + timedelta(days=c.ri(1, 4)), "dm")
    c.t("; ").nm(ot.first).t(" to complete equipment list; review at next MDT ").d(d0 + timedelta(days=7), c.ch(["dm", "dmo"])).t(".\n")
    c.t("Contact for family: ward ").ph(phone(c, False, CY_AREA[hosp])).t("\n")
    return _end(c, q, dob, [("https://fhir.nhs.uk/Id/nhs-number", nhs)])


# ---------------------------------------------------------------------------------------- Northern Ireland
NI_HOSP = orgs("Ulster Hospital", "Royal Victoria Hospital", "Belfast City Hospital", "Mater Infirmorum Hospital",
               "Lagan Valley Hospital", "Downe Hospital")
NI_CH = orgs("Kingsland Care Home", "Strangford Manor Nursing Home", "Lough View Care Centre", "Ardview Nursing Home")
NI_TRUST = orgs("South Eastern HSC Trust", "Belfast HSC Trust")


def _hc(c: C) -> tuple[str, str]:
    s = hc_no(c.r)
    return s, c.ch([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def ni_care_management(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.4)
    hc, hc_p = _hc(c)
    kid, sw = c.rel(q), c.staff()
    line, town, z, area = place(c)
    hosp, trust = c.ch(NI_HOSP), c.ch(NI_TRUST)
    d0 = c.wdt(-3, 0)
    c.t(f"{trust.upper()}\nHOSPITAL SOCIAL WORK - REFERRAL TO COMMUNITY CARE MANAGEMENT (NISAT summary)\n\n")
    c.t("Client: ").nm(q.Lf).t(f" ({q.title})    H&C: ").id(hc_p).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "dotyy"])).t("    Age: ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\nHome tel: ").ph(phone(c, False, area)).t("\n")
    c.t(f"Currently: {hosp}, ward {c.ri(1, 24)}    Medically fit: ").d(d0 - timedelta(days=c.ri(0, 6)), "dmy").t("\n\n")
    c.t("NISAT domains (summary):\n")
    c.t("- Health: ").c(c.ch(DX)[0]).t("; ").cl(pmh(c, lo=2, hi=3)).t("\n")
    c.t("- Personal care: ").c(c.ch(["assistance of 1 for washing and dressing", "assistance of 2 with hoist"])).t("\n")
    c.t("- Mobility: ").c(c.ch(["rollator indoors, falls x2 since Christmas", "wheelchair for distance, frame indoors"])).t("\n")
    c.t("- Cognition: ").c(cog(c)).t("\n")
    c.t("- Carer: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}), lives in ").ad(c.ch(TOWNS['ni'])[0])
    c.t(", works full time; ").ph(phone(c)).t("\n\n")
    c.t("Recommended package: ").c(c.ch(["domiciliary care 4 calls daily x 1 carer", ("domiciliary care 4 calls x 2 carers + "
                                          "night sitting 2 nights"), "reablement 6 weeks"])).t("; ")
    c.c(c.ch(["Fold alarm", "Careline pendant", "key safe"])).t("; ").c("meals on wheels 5 days").t(".\n")
    c.t("Client's view: ").t(c.ch([f"wants home to {q.his} own house", "would consider residential care later",
                                     "keen to get home for the dog"])).t(".\n")
    c.t("Financial: ").c(c.ch(["domiciliary care free at point of delivery in NI", "attendance allowance claim started"])).t(".\n\n")
    c.t("Referrer: ").nm(sw.fl).t(", Hospital Social Worker, NISCC reg ").id(c.dig(7)).t("\n")
    c.t("Tel ").ph(phone(c, False, "90")).t(" | ").em(sw.mail(c.ch(["setrust.hscni.net", "belfasttrust.hscni.net"]), c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("urn:ni:hc", hc)], (line, town, z))


def ni_transfer_letter(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.55)
    hc, hc_p = _hc(c)
    kid, cons, nurse = c.rel(q), c.staff(), c.staff("f")
    line, town, z, _area = place(c, inst=True)
    hosp, home = c.ch(NI_HOSP), c.ch(NI_CH)
    dis = c.wdt(0, 1)
    c.t(f"{hosp} - Nursing Transfer Letter to Care Home\n\n")
    c.t("To: Nurse in charge, ").t(f"{home}, ").ad(line).t(", ").ad(town).t(", ").zp(z).t("\n")
    c.t("Re: ").nm(c.ch([q.fL, q.fl])).t(", DOB ").d(dob, c.ch(["dot", "dmy"])).t(", H&C ").id(hc_p).t("\n")
    c.t("Transfer date: ").d(dis, c.ch(["dot", "long"])).t(f" by NIAS non-urgent transport at {c.tm(11, 15)}\n\n")
    c.t("Reason for admission: ").c(c.ch(DX)[0]).t(". Now ").c("medically fit").t(".\n")
    c.t("Nursing needs:\n")
    c.t("- Mobility / falls: ").c(c.ch(["hoist with medium full-body sling, 2 staff", "frame and 1, falls risk high"])).t("\n")
    c.t("- Skin: ").c(c.ch(["Braden 13", "Braden 15", "Braden 11"])).t(", ").c(c.ch([("category 2 sacrum - Mepilex Border, "
                                                                                   "change every 3 days"), ("heels intact, "
                                                                                   "repositioning 3-hourly")])).t("\n")
    c.t("- Nutrition: ").c(c.ch(["MUST 2, Fortisip Compact BD", "IDDSI level 5, level 2 fluids", "diabetic diet"]))
    c.t(", weight ").c(f"{c.fl(41, 70)} kg").t("\n")
    c.t("- Continence: ").c(c.ch(["urinary catheter (12 Ch, inserted 3/7 ago, TWOC planned)", "pads, toileting 3-hourly"])).t("\n")
    c.t("- Cognition: ").c(cog(c)).t(", ").c(c.ch(["settled", "distressed in evenings - music helps"])).t("\n")
    c.t("Last obs: ").cl(vit(c)).t("\n")
    c.t("Medicines: 7 days supplied - ").cl(meds(c, UK_MEDS, 3, 6), "; ").t("\n")
    c.t("Last doses given: ").c(c.ch(["08:00 meds given", "08:00 and 12:00 given"])).t("\n")
    c.t("Resuscitation: ").c(c.ch(["DNACPR completed and discussed with family", "for CPR"])).t("\n")
    c.t("NOK: ").nm(kid.fl).t(" ").ph(phone(c)).t(" - aware of transfer.\n")
    c.t("Consultant: Dr ").nm(cons.fi).t("\n\nCompleted by ").nm(nurse.fl).t(", Staff Nurse, ward tel ")
    c.ph(phone(c, False, "90")).t("\n")
    return _end(c, q, dob, [("urn:ni:hc", hc)], (line, town, z))


# ---------------------------------------------------------------------------------------- United States
US_HOSP = orgs("UPMC Presbyterian", "Allegheny General Hospital", "Lehigh Valley Hospital-Cedar Crest",
               "St. Luke's University Hospital", "Penn State Health Hershey Medical Center",
               "Geisinger Community Medical Center", "Temple University Hospital", "Einstein Medical Center",
               "UPMC Hamot", "Conemaugh Memorial Medical Center")
US_SNF = orgs("Cedar Ridge Rehabilitation and Nursing", "Grandview Health Care Center", "Kirkland Village",
               "Manorcare Health Services", "Willow Terrace Skilled Nursing", "Valley View Rehab Center",
               "Brookline Manor", "Laurel Woods Skilled Nursing")
US_HHA = orgs("Allegheny Home Health", "Heartland Home Health", "Visiting Nurse Association of the Lehigh Valley",
               "Keystone Home Care")
US_PAYER = orgs("Highmark BCBS", "UPMC for Life", "Aetna Medicare Advantage", "Humana Gold Plus",
                 "Capital Blue Cross", "Keystone First CHC")


def _us_pt(c: C) -> tuple[P, date, int, str]:
    q = c.pat()
    dob, a = c.old(0.4)
    return q, dob, a, c.dig(c.ch([7, 8, 9]))


def us_snf_discharge(c: C) -> Note:
    q, dob, a, mrn = _us_pt(c)
    att, pcp = c.staff(), c.staff()
    line, town, z, _area = place(c)
    hosp, snf = hosp_near(c, town), c.ch(US_SNF)
    adm = c.dt(-12, -4)
    dis = c.wdt(-1, 0)
    dx = c.ch(DX_US)
    c.t(f"{hosp}\nDISCHARGE SUMMARY\n\n")
    c.t("Patient Name: ").nm(c.ch([q.lfm, q.lf, q.LF])).t("    MRN: ").id(mrn).t("\n")
    c.t("DOB: ").d(dob, "us").t("    Age: ").age(a).t(f" y    Sex: {q.mf}\n")
    c.t("Admit Date: ").d(adm, "us").t("    Discharge Date: ").d(dis, "us").t(f"    LOS: {(dis - adm).days} days\n")
    c.t("Attending: ").nm(att.fml).t(", MD\nPCP: Dr. ").nm(pcp.last).t(", ").ad(town).t(", PA\n")
    c.t(f"Disposition: Skilled nursing facility - {snf}, ").ad(town).t(", PA (3-midnight qualifying stay met)\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\n\n")
    c.t("Principal diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t(")\nSecondary: ").cl(pmh(c, True)).t("\n\n")
    c.t("Hospital course: ").age(a).t(f"-year-old {'man' if q.sex == 'm' else 'woman'} admitted ")
    c.d(adm, "md").t(" with ").c(dx[0]).t(". ")
    c.c(dx[2][0].upper() + dx[2][1:]).t(". Course complicated by ").c(c.ch(["hospital delirium, CAM positive, resolved", "urinary retention, foley placed",
                                            "AKI, Cr peak 2.3, now 1.4"])).t(".\n")
    c.t("Discharge vitals: ").cl(vit(c, True)).t("\nLabs (").d(dis, "md").t("): ").cl(bloods(c, True, (5, 7))).t("\n\n")
    c.t("Discharge medications:\n").lines(meds(c, US_MEDS, 5, 8))
    c.t("Code status: ").c(c.ch(["DNR/DNI - POLST on chart", "Full code", "DNR, OK to intubate"])).t("\n")
    c.t("Therapy: ").c(c.ch(["PT/OT 5x/week", "PT/OT/SLP 5x/week"])).t("; ").c(dx[3]).t("\n")
    c.t("Follow-up: ").c(dx[4]).t(" (")
    c.d(dis + timedelta(days=c.ri(10, 16)), c.ch(["us1", "md"])).t(")\n\n")
    c.t("Electronically signed by ").nm(att.fml).t(", MD on ").d(dis, "us").t(f" {c.tm(12, 18)}\n")
    return _end(c, q, dob, [("urn:mrn", mrn)], (line, town, z))


def us_case_management(c: C) -> Note:
    q, dob, a, mrn = _us_pt(c)
    mbi = mbi_no(c.r)
    cm, poa, att = c.staff("f"), c.rel(q, "f"), c.staff()
    hosp = c.ch(US_HOSP)
    adm = c.dt(-6, -2)
    payer = c.ch(["Traditional Medicare A/B + Medigap Plan G", "Medicare A/B + " + c.ch(US_PAYER[:1] + US_PAYER[4:5]),
                  c.ch(US_PAYER[1:4]) + " (Medicare Advantage)"])
    ma = "Advantage" in payer
    c.t("CASE MANAGEMENT - DISCHARGE PLANNING NOTE\n")
    c.t("Pt: ").nm(c.ch([q.lf, q.fml, q.fl])).t(" | MRN ").id(mrn).t(" | DOB ").d(dob, c.ch(["us", "us1"])).t(" | ").age(a)
    c.t(f" yo {q.mf}\n")
    c.t(f"Unit: {c.ri(4, 11)}{c.ch(['W', 'E', 'N'])} room {c.ri(401, 1120)}, {hosp}    Admit: ").d(adm, "us1")
    c.t(f" - {c.ch(['inpatient', 'inpatient, converted from observation'])}\n")
    c.t(f"Payer: {payer}; MBI ").id(mbi_no(c.r, True) if c.yes(0.4) else mbi).t("\n")
    c.t("Attending: Dr. ").nm(att.last).t("\n\n")
    c.t("Assessment: ").t("PTA pt lived ").c(c.ch(["alone in a 2-story home, bedroom on 2nd floor", ("with spouse in a ranch home, "
                                                  "3 steps to enter"), "in independent living apartment"])).t("; ")
    c.c(c.ch(["independent with ADLs, used cane", "needed help with bathing", "walker at baseline"])).t(". ")
    c.t("PT rec ").c(c.ch(["SNF - min-mod assist x1, ambulated 15 ft with RW", "SNF - mod assist transfers", ("acute rehab - "
                           "tolerates 3 h/day")])).t("; AM-PAC ").c(f"6-Clicks {c.ri(10, 18)}/24").t(".\n")
    c.t("IM (Important Message from Medicare) delivered ").d(adm + timedelta(days=1), "us1").t(" and signed by ")
    c.nm(poa.fl).t(" (daughter, POA). Second IM to be given within 2 days of discharge.\n")
    c.t("SNF choice list (CMS Care Compare star ratings reviewed) given to ").nm(poa.first).t(": ")
    c.cl(c.some(US_SNF, 3, 3), "; ").t(".\n")
    if ma:
        c.t("Prior authorization submitted ").d(c.today, "us1").t(" - ref ").id(f"PA{c.dig(9)}").t("; pending clinicals.\n")
    else:
        c.t("No prior auth needed (traditional Medicare); 3-midnight rule met.\n")
    c.t("Barriers: ").c(c.ch(["pending bed offer", "family deciding between facilities", "PASRR level I screen pending"])).t(".\n")
    c.t("POA contact: ").ph(phone(c, True, c.ch(["412", "215", "610", "717", "570", "814"]))).t("\n")
    c.t("EDD: ").d(c.today + timedelta(days=c.ri(1, 3)), "md").t("\n\n")
    c.t("").nm(cm.fl).t(", BSN, RN, CCM - Case Manager, ext. 4").t(c.dig(3, False)).t("\n")
    return _end(c, q, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mbi)])


def us_sw_psychosocial(c: C) -> Note:
    q = c.pat(grps=["pap", "pap", "paa", "pab"])
    dob, _a = c.old(0.35)
    mrn = c.dig(8)
    kid = c.rel(q, "f")
    sw = c.staff()
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    lang = {"pap": "Spanish", "paa": "Arabic"}.get(q.grp, "English")
    c.t(f"{hosp} - Department of Social Work\nPSYCHOSOCIAL ASSESSMENT\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fmn])).t("    MRN: ").id(mrn).t("    DOB: ").d(dob, "us").t("\n")
    home = phone(c, False, area)
    c.t("Address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("    Home phone: ").ph(home).t("\n")
    c.t(f"Primary language: {lang}")
    if lang != "English":
        c.t(" - video interpreter used throughout")
    c.t("\nDate of assessment: ").d(c.today, "us").t("\n\n")
    c.t("Source: patient, chart, and daughter ").nm(kid.fl).t(" (").ph(phone(c, True, area)).t(") by phone.\n")
    c.t(f"Living situation: {q.He} lives ").c(c.ch(["alone in a rowhome with 12 steps to the bedroom", ("with daughter and two "
                                                    "grandchildren, first-floor bedroom"), "in senior housing (elevator)"])).t(".\n")
    c.t("Supports: ").nm(kid.first).t(" works 2nd shift; church members bring meals; ")
    c.c(c.ch(["no home services", "Meals on Wheels 5 days", "aide 10 h/week through the Area Agency on Aging"])).t(".\n")
    if c.yes(0.6):
        c.t("Insurance: ").c("Medicare + PA Medicaid (Community HealthChoices)").t("; Medicaid recipient ID ").id(c.dig(10)).t(".\n")
    else:
        c.t("Insurance: ").c(c.ch(["Medicare only", "Medicare + Medigap"])).t("; Medicaid application discussed.\n")
    c.t("Function: ").c(c.ch(["ambulating 40 ft with RW, contact guard", "wheelchair level", "independent with cane"]))
    c.t("; cognition ").c(c.ch([f"SLUMS {c.ri(12, 24)}/30", f"MoCA {c.ri(11, 23)}/30", f"BIMS {c.ri(6, 15)}/15"])).t("; mood ")
    c.c(f"PHQ-9 {c.ri(2, 14)}").t(".\n")
    c.t("Concerns: ").c(c.ch(["caregiver strain", "food insecurity", "unsafe stairs, prior falls", "medication cost"])).t(".\n\n")
    c.t("Plan: ").c(c.ch(["refer to LIFE (PACE) program", "OPTIONS assessment via the Area Agency on Aging",
                          "home health PT/OT/RN + aide", "short-term rehab then home"])).t("; ")
    c.c("Healthy Steps fall-prevention info given").t("; ").nm(kid.first).t(" to be present for discharge teaching on ")
    c.d(c.today + timedelta(days=c.ri(1, 3)), "md").t(".\n\n")
    c.nm(sw.fl).t(", LCSW (PA lic. ").id(f"CW{c.dig(6, False)}").t(") - pager ").ph(f"{area}-{c.ri(2, 9)}{c.dig(2, False)}-{c.dig(4, False)}").t("\n")
    return _end(c, q, dob, [("urn:mrn", mrn)], (line, town, z), home)


def us_medicaid_ltc(c: C) -> Note:
    q = c.pat(grps=["pas", "pag", "pab", "pas"])
    dob, _a = c.old(0.45)
    ssn = ssn_no(c.r)
    sp = c.rel(q, "m" if q.sex == "f" else "f")
    sp_dob, sp_a = c.dob(78, 94)
    sw = c.staff()
    line, town, z, area = place(c)
    snf = c.ch(US_SNF)
    adm = c.dt(-40, -10)
    c.t("PA DEPARTMENT OF HUMAN SERVICES - Application for Long-Term Care (worksheet, SNF business office)\n\n")
    c.t("Applicant: ").nm(c.ch([q.lfm, q.LF, q.lf])).t("    SSN: ").p("SSN", ssn).t("    DOB: ").d(dob, "us").t("\n")
    c.t("Medicare (MBI): ").id(mbi_no(c.r, c.yes())).t("\n")
    c.t("Last home address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\n")
    c.t(f"Facility: {snf} - admitted ").d(adm, "us").t(" (Medicare Part A days ").c(f"{c.ri(14, 40)} of 100").t(" used)\n\n")
    c.t("Community spouse: ").nm(sp.fl).t(", DOB ").d(sp_dob, "us").t(" (").age(sp_a).t("), SSN ")
    c.p("SSN", ssn_no(c.r)).t(", phone ").ph(phone(c, False, area)).t("\n")
    c.t("Monthly income: ").c(f"Social Security ${c.ri(980, 2350)}").t("; ").c(f"pension ${c.ri(0, 1400)}").t("\n")
    c.t("Resources: checking and savings, burial reserve (irrevocable), home (spouse resides)\n")
    c.t("Level of care: ").c("PA-600L / LCD - nursing facility clinically eligible (NFCE)").t("; ")
    c.c(c.ch(["BIMS 5/15", "BIMS 9/15", "BIMS 3/15"])).t("; ").c(c.ch(["ADL: extensive assist x2 for transfers",
                                                                       "ADL: total dependence for bathing"])).t("\n")
    c.t("Diagnoses: ").cl(pmh(c, True, 3, 4)).t("\n\n")
    c.t("Submitted via COMPASS on ").d(c.today, "us1").t(f" {c.tm(9, 16)} from ").ipa(c.ip()).t(" - confirmation ")
    c.id(f"CMP{c.dig(9)}").t("\nCounty Assistance Office interview: ").d(c.today + timedelta(days=c.ri(10, 25)), "usl").t("\n")
    c.t("Prepared by ").nm(sw.fl).t(", Business Office Manager / Medicaid coordinator, ")
    c.em(sw.mail(f"{_slug(' '.join(snf.split()[:2]))}.org", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("http://hl7.org/fhir/sid/us-ssn", ssn)], (line, town, z))


def us_home_health(c: C) -> Note:
    q, dob, _a, mrn = _us_pt(c)
    doc, kid = c.staff(), c.rel(q)
    line, town, z, area = place(c)
    hha, hosp = c.ch(US_HHA), hosp_near(c, town)
    f2f = c.wdt(-2, 0)
    soc = f2f + timedelta(days=c.ri(1, 3))
    c.t(f"HOME HEALTH REFERRAL / FACE-TO-FACE ENCOUNTER - {hha}\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.fml])).t("    DOB: ").d(dob, c.ch(["us", "usdash"])).t("    MRN: ").id(mrn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\n")
    c.t("Phone: ").ph(phone(c, c.yes(), area)).t("    Alt contact: ").nm(kid.fl).t(" ").ph(phone(c, True, area)).t("\n")
    c.t("Medicare MBI: ").id(mbi_no(c.r)).t("\n\n")
    c.t("Face-to-face encounter date: ").d(f2f, "us").t(f" (inpatient, {hosp})\n")
    c.t("Requested start of care: ").d(soc, "us1").t("\n")
    dxu = c.ch(DX_US)
    c.t("Primary reason for home health: ").c(dxu[0]).t(" (").c(dxu[1]).t(")\n")
    c.t("Homebound status: ").c(c.ch(["leaving home requires a walker and the assistance of another person",
                                       "severe dyspnea on exertion (SpO2 88% after 20 ft), taxing effort to leave home",
                                       "cognitive impairment, unsafe to leave home alone"])).t(".\n")
    c.t("Skilled need: ").cl(c.some(["SN: med management, new insulin teaching", "SN: wound care R heel, unstageable",
                                    "PT: gait and transfer training", "OT: ADL retraining", "SN: CHF monitoring, daily weights",
                                    "HHA: bathing 2x/week"], 2, 4)).t("\n")
    c.t("Vitals at discharge: ").cl(vit(c, True)).t("\n")
    c.t("Orders: ").c(c.ch(["SN 1w1, 2w3, 1w4", "PT 2w4", "SN 3w1, 2w2"])).t("; ").c(c.ch(["notify MD if weight gain > 3 lb in 24 h",
                                                                                      "notify MD if SBP < 90 or > 170"])).t("\n")
    c.t("DME: ").cl(c.some(["rolling walker", "shower chair", "3-in-1 commode", "hospital bed", "Hoyer lift"], 1, 3)).t("\n")
    c.t("Medication list and discharge paperwork: ").url(f"https://portal.{_slug(' '.join(hha.split()[:2]))}.org/r/"
                                                         f"{c.tok(14)}").t("\n\n")
    c.t("Certifying physician: ").nm(doc.fml).t(", MD  NPI ").id(npi_no(c.r)).t("\n")
    c.t("Signed ").d(f2f, "us1").t("\n")
    return _end(c, q, dob, [("urn:mrn", mrn)], (line, town, z))


def us_chat_lower(c: C) -> Note:
    q, dob, _a, mrn = _us_pt(c)
    cm, rn, sw = c.staff("f"), c.staff(), c.staff("f")
    kid = c.rel(q, "f")
    q2 = c.pat()
    snf = c.ch(US_SNF)
    room = c.ri(401, 1190)
    area = c.ch(["412", "215", "610", "717", "570", "814"])
    clock = iter(sorted(c.r.sample(range(8 * 60, 16 * 60, 5), 9)))

    def ts() -> str:
        m = next(clock)
        return f"{m // 60:02d}:{m % 60:02d} "
    c.t("[secure chat - 7 west dc planning] ").d(c.today, "md").t("\n\n")
    c.t(ts()).nm(cm.first.lower()).t(f" (cm): morning. rm {room} {q.title.lower()} ").nm(q.last.lower())
    c.t(f" - {snf.lower()} accepted, can take today after 2pm. need dc summary + ").c("pasrr").t(" by noon pls\n")
    c.t(ts()).nm(rn.first.lower()).t(" (rn): ok. fyi ").c(f"k {c.fl(3.2, 3.5)}").t(" this am, md aware, ")
    c.c("kcl 40 meq po").t(" given. ").c(f"bp {c.num(96, 104)}/{c.num(50, 60)}").t(" held ").c("metoprolol").t("\n")
    c.t(ts()).nm(sw.first.lower()).t(" (sw): dtr ").nm(kid.first.lower()).t(" wants to drive pt herself, told her ")
    c.t("needs wc van. her cell ").ph(phone(c, True, area)).t("\n")
    c.t(ts()).nm(cm.first.lower()).t(": pt is ").c(c.ch(["max assist x2", "mod assist x1, pivot transfer", "hoyer"]))
    c.t(" per pt eval, so ").c(c.ch(["stretcher van", "wc van"])).t(" it is\n")
    c.t(ts()).nm(cm.first.lower()).t(": booked ").c("1430 pickup").t(" trip ").id(f"{c.dig(7)}").t(". ")
    c.t("dob on the van form was wrong - correct is ").d(dob, "us1").t(", mrn ").id(mrn).t("\n")
    c.t(ts()).nm(rn.first.lower()).t(": ").c(f"last bm {c.ri(1, 3)} days ago").t(", gave ").c("senna 17.2 mg")
    c.t(". report called to snf nurse ").nm(c.staff("f").first.lower()).t(", ").c("o2 weaned to ra").t(", ")
    c.c(f"spo2 {c.num(92, 97)}%").t("\n")
    c.t(ts()).nm(cm.first.lower()).t(": also rm ").t(str(room + c.ri(1, 9))).t(" ").nm(c.ch([q2.low, q2.last.lower()]))
    c.t(" - ").c(c.ch(["insurance denied snf, peer to peer at 3", "home w/ hh tomorrow", "waiting on 2nd IM"])).t("\n")
    c.t(ts()).nm(sw.first.lower()).t(": ").c("2nd IM signed").t(f" for {room}. ").nm(kid.first.lower())
    c.t(" bringing clothes + hearing aids\n")
    c.t(ts()).nm(rn.first.lower()).t(": ").c("ivs out, tele off").t(", avs printed. gl all\n")
    return _end(c, q, dob, [("urn:mrn", mrn)])


def us_goals_of_care(c: C) -> Note:
    q, dob, a, mrn = _us_pt(c)
    att, chap, np_ = c.staff(), c.staff(), c.staff("f")
    kids = [c.rel(q) for _ in range(c.ri(2, 3))]
    hosp = c.ch(US_HOSP)
    d0 = c.wdt(-1, 0)
    c.t(f"{hosp} - Palliative Care\nFAMILY MEETING / GOALS OF CARE NOTE\n\n")
    c.t("Patient: ").nm(c.ch([q.fml, q.fl])).t(" (").age(a).t(" y/o), MRN ").id(mrn).t(", DOB ").d(dob, "us").t("\n")
    start = c.ri(13 * 12, 16 * 12) * 5
    c.t("Date: ").d(d0, "us").t(f", {start // 60:02d}:{start % 60:02d}-{(start + 75) // 60:02d}:{(start + 75) % 60:02d}, "
                                "family conference room\n")
    c.t("Present: ").nm(att.fml).t(", MD (hospitalist); ").nm(np_.fl).t(", CRNP (palliative); Rev. ").nm(chap.fl)
    c.t(" (chaplain); ")
    for k, kid in enumerate(kids):
        c.nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}{', healthcare POA' if k == 0 else ''})")
        c.t("; " if k < len(kids) - 1 else "\n\n")
    c.t("Medical update: ").c(c.ch(["recurrent aspiration pneumonia, 3rd admission in 4 months", ("end-stage HFrEF, EF 15%, "
                                    "diuretic resistant"), "advanced dementia (FAST 7c) with poor oral intake"]))
    c.t(". Weight ").c(f"{c.ri(92, 128)} lb").t(", albumin ").c(f"{c.fl(2.1, 2.9)}").t(", ").c(f"PPS {c.ch([20, 30, 40])}%").t(".\n")
    c.t("Values: ").nm(kids[0].first).t(f" says {kids[0].his} {'father' if q.sex == 'm' else 'mother'} ")
    c.t(c.ch(["always said no machines", "wanted to die in her own bed at home" if q.sex == "f" else "wanted to die in his own bed at home",
                   "would want to be comfortable"])).t(".\n")
    c.t("Decisions: ").cl([c.ch(["DNR/DNI", "DNR, no ICU transfer"]), "no feeding tube", c.ch(["comfort-focused care",
                                                                                                 "trial of antibiotics then reassess"])], "; ")
    c.t(". POLST completed and signed by ").nm(kids[0].fl).t(" (POA).\n")
    c.t("Plan: ").c(c.ch(["hospice referral - home hospice, hospital bed ordered", "GIP hospice unit transfer",
                           "SNF with hospice benefit"])).t("; ").c("morphine 2.5 mg PO q2h PRN dyspnea").t("; ")
    c.c("glycopyrrolate 0.2 mg SC q4h PRN secretions").t(".\n")
    c.t("Family contact: ").ph(phone(c, True, c.ch(TOWNS["us"])[2])).t(" (").nm(kids[0].first).t(")\n")
    c.t("Time spent: ").c("75 minutes, >50% counseling").t(" (ACP codes 99497, 99498)\n")
    return _end(c, q, dob, [("urn:mrn", mrn)])


def us_transport_pcs(c: C) -> Note:
    q, dob, a, mrn = _us_pt(c)
    mbi = mbi_no(c.r)
    doc, rn = c.staff(), c.staff("f")
    line, town, z, area = place(c)
    hosp, snf = hosp_near(c, town), c.ch(US_SNF)
    s_line, s_town, s_z, _ = place(c)
    s_line, s_town, s_z = f"{c.ri(100, 4999)} {c.ch(STREETS['us'])}", town, z
    d0 = c.wdt(0, 1)
    trip = f"T{c.dig(8)}"
    c.t("PHYSICIAN CERTIFICATION STATEMENT (PCS) - NON-EMERGENCY AMBULANCE TRANSPORT\n")
    c.t("Trip #: ").id(trip).t("    Date of transport: ").d(d0, "us").t(f"    Pick-up: {c.tm(10, 15)}\n\n")
    c.t("Patient: ").nm(c.ch([q.LF, q.lfm])).t("    DOB: ").d(dob, "us").t("    Age: ").age(a).t("\n")
    c.t("MBI: ").id(mbi).t("    Secondary: ").c(c.ch(["PA Medicaid", "Highmark Medigap", "none"])).t("\n")
    c.t(f"From: {hosp}, room {c.ri(301, 1120)}\n")
    c.t(f"To: {snf}, ").ad(s_line).t(", ").ad(s_town).t(", PA ").zp(s_z).t("\n")
    c.t("Residence of record: ").ad(line).t(", ").ad(town).t(", PA ").zp(z).t("\n\n")
    reasons = c.some(["unable to get up from bed without assistance", "unable to ambulate", ("unable to sit in a chair "
                      "or wheelchair (sacral stage 4 pressure injury)"), "requires continuous oxygen 3 L NC",
                      "contractures, non-weight-bearing both legs", "requires cardiac monitoring (new AFib RVR)"], 2, 3)
    als = any("cardiac" in x for x in reasons)
    c.t("Level: ").c("ALS (cardiac monitoring)" if als else c.ch(["BLS stretcher", "BLS, bariatric stretcher"])).t("\n")
    c.t("Medical necessity (patient is bed-confined and/or requires monitoring):\n")
    for reason in reasons:
        c.t("[x] ").c(reason).t("\n")
    c.t("Weight: ").c(f"{c.ri(110, 310)} lb").t("    Isolation: ").c(c.ch(["none", "contact - MRSA", "contact - C. diff"])).t("\n")
    c.t("Vitals: ").cl(vit(c, True)).t("\n\n")
    c.t("Certifying: ").nm(doc.fml).t(c.ch([", MD", ", DO"])).t("  NPI ").id(npi_no(c.r)).t("  Date ").d(d0, "us1").t("\n")
    c.t("Completed by ").nm(rn.fl).t(", RN - callback ").ph(phone(c, False, area)).t("\n")
    return _end(c, q, dob, [("urn:mrn", mrn), ("http://hl7.org/fhir/sid/us-mbi", mbi)], (line, town, z))


# ---------------------------------------------------------------------------------------- Australia
AU_HOSP = orgs("Westmead Hospital", "Blacktown Hospital", "Nepean Hospital", "Liverpool Hospital", "Wollongong Hospital",
               "John Hunter Hospital", "Gosford Hospital", "Maitland Hospital")
AU_RACF = orgs("Bayview Gardens Aged Care", "Jacaranda Lodge", "St Basil's Homes", "Lakeside Lodge Aged Care",
                "Scalabrini Village", "Illawarra Retirement Trust Aged Care", "Banksia Place")
AU_GPX = orgs("Westside Family Medical Centre", "Harbourview Medical Practice", "Lakes Medical Centre",
               "Coastal Family Practice")


def _mc(c: C) -> tuple[str, str, str]:
    num, irn = medicare_au(c.r)
    return num, irn, c.ch([num, f"{num[:4]} {num[4:9]} {num[9]}"])


def au_acat(c: C) -> Note:
    q = c.pat(grps=["gre", "gre", "nsw", "mlt", "vie"])
    dob, a = c.old(0.4)
    mc, irn, mc_p = _mc(c)
    kid, asr = c.rel(q), c.staff("f")
    line, town, z, _area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-3, 0)
    acid = f"AC{c.dig(8)}"
    lang = {"gre": "Greek", "vie": "Vietnamese", "mlt": "Maltese"}.get(q.grp, "")
    c.t("AGED CARE ASSESSMENT - SUPPORT PLAN SUMMARY (hospital-based assessment)\n\n")
    c.t("Client: ").nm(c.ch([q.fL, q.fl])).t("    My Aged Care ID: ").id(acid).t("\n")
    c.t("DOB: ").d(dob, "dmy").t(" (").age(a).t(" yrs)    Medicare: ").id(mc_p).t(f" IRN {irn}\n")
    c.t("Home: ").ad(line).t(", ").ad(town).t(" NSW ").zp(z).t("\n")
    c.t(f"Location at assessment: {hosp}, ward {c.ch(['B4', 'C2', '5A', 'Aged Care'])}    Date: ").d(d0, "dmy").t("\n")
    if lang:
        c.t(f"Language: {lang} - TIS interpreter (phone) used; ").nm(kid.first).t(" also present\n")
    c.t("Support person / representative: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}, enduring guardian) ")
    c.ph(phone(c)).t("\n\n")
    c.t("Health: ").c(c.ch(DX)[0]).t("; ").cl(pmh(c, lo=2, hi=4)).t(".\n")
    c.t("Assessments: ").cl([barthel(c, 100), f"RUDAS {c.ri(12, 26)}/30", c.ch([f"Morse {c.ri(45, 95)}", "FROP-Com 19"]),
                             f"K10 {c.ri(12, 28)}", f"weight {c.fl(44, 78)} kg"]).t(".\n")
    c.t("Carer: ").nm(kid.first).t(f" is {q.his} main carer and reports ").c(c.ch(["high strain (ZBI 41)", "moderate strain (ZBI 28)"]))
    c.t(".\n\nApprovals (delegate decision ").d(d0, "dmy").t("):\n")
    aps = c.some(["permanent residential aged care", "residential respite care (up to 63 days/yr)",
                  "Support at Home - classification level 6", "transition care (up to 12 weeks)"], 2, 3)
    for ap in aps:
        c.t("- ").c(ap).t(": approved\n")
    c.t("Priority: ").c(c.ch(["high", "medium"])).t(". Referral codes sent to the family by SMS.\n")
    c.t("Goals: ").c("safe personal care with 24-hour support, near family" if aps[0].startswith("permanent") else
                     c.ch(["to stay at home near the church and family", ("return home with services if mobility "
                           "improves")])).t(".\n\n")
    c.t("Assessor: ").nm(asr.fl).t(", RN, Aged Care Assessment Team, AHPRA ").id(f"NMW000{c.ri(1000000, 2999999)}").t("\n")
    return _end(c, q, dob, [("http://ns.electronichealth.net.au/id/medicare-number", mc + irn),
                            ("urn:au:mac-id", acid)], (line, town, z))


def au_racf_discharge(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.5)
    mc, irn, mc_p = _mc(c)
    ihi = ihi_no(c.r)
    mrn = c.dig(7)
    gp, rmo, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c, inst=True)
    hosp, racf = hosp_near(c, town), c.ch(AU_RACF)
    adm = c.dt(-18, -5)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp} - NSW Health\nDISCHARGE REFERRAL TO RESIDENTIAL AGED CARE\n\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.fl])).t("    MRN: ").id(mrn).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "dmy1"])).t("    IHI: ").id(f"{ihi[:4]} {ihi[4:8]} {ihi[8:12]} {ihi[12:]}" if c.yes() else ihi).t("\n")
    c.t("Medicare: ").id(mc_p).t(f" ({irn})\n")
    c.t(f"Discharged to: {racf}, ").ad(line).t(", ").ad(town).t(" NSW ").zp(z).t(" - ")
    c.t(c.ch(["new permanent resident", "returning resident", "respite stay"])).t("\n")
    c.t("Admission: ").d(adm, "dmy").t("    Discharge: ").d(dis, "dmy").t("\n")
    c.t("GP (visiting the facility): Dr ").nm(gp.fl).t(f", {c.ch(AU_GPX)}, ").ad(town).t("\n\n")
    dx = dxc(c)
    bi, mob = func(c, 100, top=3)
    c.t("Principal diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t(")\n")
    c.t("Comorbidities: ").cl(pmh(c)).t("\n")
    c.t("Summary: ").c(dx[2]).t(".\n")
    feed = "set-up only for meals" if int(bi.split()[1].split("/")[0]) >= 60 else c.ch(["full-assist feeding",
                                                                                        "needs prompting and cutting up"])
    c.t("Functional status: ").cl([bi, mob, feed]).t("\n")
    c.t("Cognition / behaviour: ").c(cog(c)).t("; ").c(c.ch(["BPSD - exit seeking", "no BPSD", "sundowning, calls out"])).t("\n")
    c.t("Skin: ").c(c.ch(["Waterlow 20, stage 2 PI L heel", "intact", "skin tear R forearm, Mepitel"])).t("\n")
    c.t("Discharge medications (webster-pak from ").t(c.ch(["hospital pharmacy", "community pharmacy"])).t("):\n")
    c.lines(meds(c, AU_MEDS, 4, 7))
    c.t("Resuscitation plan: ").c(c.ch(["NSW Resuscitation Plan - not for CPR or intubation", "for full active treatment"])).t("\n")
    c.t("Advance Care Directive: ").c(c.ch(["on file", "not completed - family to discuss with GP"])).t("\n")
    c.t("Follow-up: GP review within 7 days; ").c("fracture clinic 6/52" if "femur" in dx[0] else
                                                   c.ch(["repeat EUC in 1 week", "repeat FBC and EUC in 1 week"])).t("\n")
    c.t("Family: ").nm(kid.fl).t(" ").ph(phone(c)).t("\n\n")
    c.t("Dr ").nm(rmo.fl).t(" (RMO), for Dr ").nm(c.staff().fi).t(", Aged Care and Rehabilitation\n")
    return _end(c, q, dob, [("http://ns.electronichealth.net.au/id/hi/ihi/1.0", ihi), ("urn:mrn", mrn),
                            ("http://ns.electronichealth.net.au/id/medicare-number", mc + irn)], (line, town, z))


def au_tcp_referral(c: C) -> Note:
    q = c.pat(grps=["mlt", "nsw", "nsw", "gre"])
    dob, a = c.old(0.35)
    mc, irn, mc_p = _mc(c)
    mrn = c.dig(7)
    sp = c.rel(q, "m" if q.sex == "f" else "f")
    ref = c.staff("f")
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-2, 0)
    bi, mob = func(c, 100, top=3)
    c.t("TRANSITION CARE PROGRAM - REFERRAL (NSW)\n\n")
    c.t("Name: ").nm(q.fl).t("    DOB: ").d(dob, c.ch(["dmy", "sh"])).t("    Age: ").age(a).t("\n")
    c.t(f"Hospital: {hosp}    MRN: ").id(mrn).t("    Medicare: ").id(mc_p).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("    Ph: ").ph(phone(c, False, area)).t("\n")
    c.t("Lives with: ").nm(sp.first).t(f" ({q.spouse}) - ").c(c.ch(["frail, limited ability to assist", "well, supportive"])).t("\n")
    c.t("ACAT approval for transition care: ").d(d0 - timedelta(days=c.ri(0, 3)), "dmy").t("\n")
    c.t("Setting requested: ").c(c.ch(["home-based TCP", "residential TCP bed"])).t("\n\n")
    c.t("Reason for admission: ").c(c.ch(DX)[0]).t("\n")
    c.t("Current function: ").cl([bi, f"FIM motor {c.ri(34, 70)}/91", mob])
    c.t("\nGoals (12 weeks): ").c(c.ch(["independent showering with a shower chair", "walk to the letterbox with 4WW",
                                         "return to bowls club"])).t("\n")
    c.t("Medical: stable; ").cl(vit(c)).t("; ").cl(bloods(c, k=(3, 4))).t("\n")
    c.t("Medications: ").cl(meds(c, AU_MEDS, 3, 5), "; ").t("\n")
    c.t("Referral documents uploaded: ").url(f"https://ereferral.health.nsw.gov.au/tcp/{c.tok(10)}").t("\n\n")
    c.t("Referrer: ").nm(ref.fl).t(", Discharge Planner, ").ph(phone(c, False, area)).t(", ")
    c.em(ref.mail("health.nsw.gov.au", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("urn:mrn", mrn), ("http://ns.electronichealth.net.au/id/medicare-number", mc + irn)],
                (line, town, z))


def au_family_conference(c: C) -> Note:
    q = c.pat(grps=["vie", "vie", "gre", "nsw"])
    dob, a = c.old(0.45)
    mrn = c.dig(7)
    kids = [c.rel(q), c.rel(q)]
    sw, geri = c.staff("f"), c.staff()
    hosp = c.ch(AU_HOSP)
    d0 = c.wdt(-1, 0)
    lang = {"vie": "Vietnamese", "gre": "Greek"}.get(q.grp, "")
    c.t(f"{hosp} - Aged Care\nFAMILY CONFERENCE\n")
    c.t("Patient: ").nm(q.fL).t("  MRN ").id(mrn).t("  DOB ").d(dob, "dmy").t("  (").age(a).t(")\n")
    c.t("Date: ").d(d0, c.ch(["dmy", "long"])).t("\n")
    c.t("Present: Dr ").nm(geri.fl).t(" (geriatrician), ").nm(sw.fl).t(" (social worker), ")
    c.nm(kids[0].fl).t(f" ({'son' if kids[0].sex == 'm' else 'daughter'}), ").nm(kids[1].fl)
    c.t(f" ({'son' if kids[1].sex == 'm' else 'daughter'})")
    if lang:
        c.t(f", onsite {lang} health care interpreter")
    c.t("\n\nMedical update: ").c(c.ch(DX)[0]).t(" - ").c(c.ch(["recovered", "improving slowly", "not returned to baseline"]))
    bi, mob = func(c, 100)
    c.t(". ").c(cog(c)).t(", ").c(bi).t(". Physio: ").c(mob).t(".\n")
    c.t("Family perspective: ").nm(kids[0].first).t(f" would like {q.him} to go home with services; ").nm(kids[1].first)
    c.t(" works full time and feels residential care is safer.\n")
    c.t("Discussion: ").c(c.ch(["Support at Home package level 6 takes months", "ACAT approval in place",
                                "RAC means-tested care fee explained"])).t("; ").c("Enduring Guardianship").t(" appointment (")
    c.nm(kids[0].first).t(") confirmed; ").c("advance care plan").t(": ").c(c.ch(["not for CPR, for ward-based treatment",
                                                                                  "for full treatment"])).t(".\n")
    c.t("Outcome: ").c(c.ch(["trial home with TCP support", "residential aged care - family to tour 3 facilities",
                             "respite then reassess"])).t(". Next meeting ").d(d0 + timedelta(days=c.ri(5, 10)), "dmy").t(".\n")
    c.t("Family contacts: ").nm(kids[0].first).t(" ").ph(phone(c)).t("; ").nm(kids[1].first).t(" ").ph(phone(c)).t("\n")
    c.t("Documented by ").nm(sw.fl).t(", Social Worker (AASW ").id(c.dig(6)).t(")\n")
    return _end(c, q, dob, [("urn:mrn", mrn)])


# ---------------------------------------------------------------------------------------- Canada
ON_HOSP = orgs("The Ottawa Hospital - Civic Campus", "Queensway Carleton Hospital", "Montfort Hospital",
               "Kingston General Hospital", "Hamilton General Hospital", "St. Joseph's Healthcare Hamilton",
               "Cornwall Community Hospital")
ON_LTC = orgs("Perley Health", "Résidence Saint-Louis", "Garden Terrace", "Rideau Place on-the-River",
              "Arbour Heights", "Shalom Village", "Idlewyld Manor", "Fairmount Home", "Carveth Care Centre")
NS_HOSP = orgs("Halifax Infirmary", "Dartmouth General Hospital", "Cape Breton Regional Hospital",
               "Colchester East Hants Health Centre", "St. Martha's Regional Hospital")
SK_HOSP = orgs("Victoria Hospital", "Royal University Hospital", "Regina General Hospital", "Battlefords Union Hospital")
FN = orgs("Ahtahkakoop Cree Nation", "Sturgeon Lake First Nation", "Muskeg Lake Cree Nation",
          "Mistawasis Nêhiyawak", "Montreal Lake Cree Nation", "Big River First Nation")


def _ohip(c: C) -> tuple[str, str, str]:
    n = ohip_no(c.r)
    vc = c.ch(["AB", "KL", "TX", "MZ", "HG", "RE"])
    return n, vc, c.ch([f"{n[:4]}-{n[4:7]}-{n[7:]}-{vc}", f"{n} {vc}", f"{n[:4]} {n[4:7]} {n[7:]} {vc}"])


def on_alc_ltc(c: C) -> Note:
    q = c.pat(grps=["fra", "fra", "onx"])
    dob, a = c.old(0.45)
    n, vc, ohip_p = _ohip(c)
    sdm, cc, att = c.rel(q), c.staff("f"), c.staff()
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    alc = c.dt(-40, -8)
    ham = area == "905"
    ohr = "Hamilton Niagara Haldimand Brant" if ham else ("South East" if town in ("Kingston", "Brockville") else "East")
    c.t(f"ONTARIO HEALTH atHOME ({ohr}) - LONG-TERM CARE APPLICATION SUMMARY\n\n")
    c.t("Client: ").nm(c.ch([q.lf, q.LF, q.fl])).t("    OHIP: ").id(ohip_p).t("\n")
    c.t("DOB: ").d(dob, c.ch(["iso", "ymd/"])).t("    Age: ").age(a).t(f"    Language: {'French' if q.grp == 'fra' else 'English'}\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ON ").zp(z).t("\n")
    c.t(f"Current location: {hosp}, designated ALC since ").d(alc, "iso").t(f" ({(c.today - alc).days} days)\n")
    c.t("Substitute decision-maker: ").nm(sdm.fl).t(f" ({'son' if sdm.sex == 'm' else 'daughter'}, POA personal care) ")
    c.ph(phone(c, True, area)).t("\n\n")
    c.t("Assessment (interRAI HC / CA): ").cl([f"MAPLe {c.ch(['4 (high)', '5 (very high)'])}", f"CPS {c.ri(2, 5)}",
                                               f"ADL Hierarchy {c.ri(3, 6)}", f"CHESS {c.ri(0, 3)}", f"DRS {c.ri(0, 5)}"])
    c.t("\nDiagnoses: ").cl(pmh(c, lo=3, hi=4)).t("\n")
    c.t("Capacity: ").c("incapable with respect to admission to LTC").t(" (evaluator's assessment); SDM consented.\n")
    c.t("Home choices (max 5): ").cl(c.some(ON_LTC[4:] if ham else ON_LTC[:4] + ["Fairmount Home", "Carveth Care Centre"],
                                            2, 4), "; ").t("\n")
    c.t("Waitlist category: ").c(c.ch(["Category 1 - crisis", "Category 3A - high needs", "Category 4A"])).t("; ")
    c.c(c.ch(["French-language designated home requested", "basic accommodation", "semi-private accommodation"])).t("\n")
    c.t("Medications: ").cl(meds(c, CA_MEDS, 3, 5), "; ").t("\n")
    c.t("Attending: Dr ").nm(att.fi).t(", CPSO ").id(c.dig(5)).t("\n")
    c.t("Care coordinator: ").nm(cc.fl).t(", RN - ").ph(phone(c, False, area)).t(" ext. ").t(c.dig(4)).t("\n")
    return _end(c, q, dob, [("urn:on:ohip", n + vc)], (line, town, z))


def on_discharge_retirement(c: C) -> Note:
    q = c.pat(grps=["onx", "onx", "fil", "fra"])
    dob, _a = c.old(0.35)
    n, vc, ohip_p = _ohip(c)
    mrn = f"{c.ch(['H', 'K', 'M'])}{c.dig(7)}"
    fp, hosp_doc, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    adm = c.dt(-16, -4)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp}\nDISCHARGE SUMMARY\n\n")
    c.t("Name: ").nm(c.ch([q.LF, q.lf])).t("    MRN: ").id(mrn).t("    HCN: ").id(ohip_p).t("\n")
    c.t("DOB: ").d(dob, "iso").t("    Admitted: ").d(adm, "iso").t("    Discharged: ").d(dis, "iso").t("\n")
    c.t(f"Discharged to: {c.ch(['retirement residence (assisted living wing)', 'home with spouse'])}, ").ad(line).t(", ")
    c.ad(town).t(", ON ").zp(z).t("\n")
    c.t("Family physician: Dr ").nm(fp.fl).t(", ").ad(town).t(" - fax copy sent\n\n")
    dx = dxc(c)
    c.t("Most responsible diagnosis: ").c(dx[0]).t("\n")
    c.t("Course: ").c(dx[2]).t(".\n")
    c.t("Function: ").c(c.ch(["walker, supervision for stairs", "independent with a cane", "1-person assist transfers"])).t("; ")
    c.c(cog(c)).t("; ").c(c.ch(["CFS 5", "CFS 6", "CFS 4"])).t("\n")
    c.t("Discharge vitals: ").cl(vit(c)).t("\n")
    c.t("Discharge medications (MedsCheck completed with pharmacist):\n").lines(meds(c, CA_MEDS, 4, 7))
    c.t("Home care (Ontario Health atHome): ").c(c.ch(["PSW 2 visits/day x 6 weeks", "nursing weekly for med review", "OT home safety visit"])).t("\n")
    c.t("Follow-up: family physician in 1 week; bloodwork ").c(c.ch(["lytes and creatinine", "CBC and ferritin"])).t(" on ")
    c.d(dis + timedelta(days=c.ri(5, 8)), c.ch(["iso", "usl"])).t("\n")
    c.t("Contact: ").nm(kid.fl).t(" ").ph(phone(c, True, area)).t("\n\n")
    c.t("Dictated by Dr ").nm(hosp_doc.fl).t(", MD, FRCPC\n")
    return _end(c, q, dob, [("urn:on:ohip", n + vc), ("urn:mrn", mrn)], (line, town, z))


def ns_continuing_care(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    hcn = c.dig(10)
    kid, cc = c.rel(q), c.staff("f")
    line, town, z, _area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-3, 0)
    c.t("NOVA SCOTIA HEALTH - CONTINUING CARE\nIntake and Assessment Summary (hospital referral)\n\n")
    c.t("Client: ").nm(c.ch([q.fl, q.Lf])).t("    Health card #: ").id(c.ch([hcn, f"{hcn[:4]} {hcn[4:7]} {hcn[7:]}"])).t("\n")
    c.t("DOB: ").d(dob, c.ch(["ymon", "iso", "usl"])).t("    Age: ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", NS ").zp(z).t("    Tel: ").ph(phone(c, False)).t("\n")
    c.t(f"Referral from: {hosp}, ").d(d0 - timedelta(days=c.ri(2, 8)), c.ch(["ymon", "iso"])).t("\n")
    c.t("Assessment date: ").d(d0, c.ch(["ymon", "iso"])).t(" (interRAI Contact Assessment and HC)\n\n")
    c.t("Summary: ").c(c.ch(DX)[0]).t("; ").cl(pmh(c, lo=2, hi=3)).t(".\n")
    c.t("Scores: ").cl([f"MAPLe {c.ri(3, 5)}", f"CPS {c.ri(1, 5)}", f"ADL-H {c.ri(2, 6)}", f"IADL capacity {c.ri(3, 6)}",
                        f"Pain scale {c.ri(0, 3)}"]).t("\n")
    bi, mob = func(c, 100)
    c.t("Function: ").c(bi).t(", ").c(mob).t("; medications: ").cl(meds(c, CA_MEDS, 3, 5), "; ").t("\n")
    c.t("Caregiver: ").nm(kid.fl).t(" - ").c(c.ch(["caregiver distress flagged", "managing but tired"])).t("; ").ph(phone(c)).t("\n")
    c.t("Service decision: ").c(c.ch(["long-term care - nursing home level, first available bed",
                                       "home care: personal care 14 h/week + respite 2 weeks",
                                       "residential care facility level"])).t("\n")
    c.t("Client's choice of facilities: ").c(c.ch(["two in Cape Breton", "one close to family in the Valley", "any in HRM"])).t("\n")
    c.t("Financial assessment: ").c(c.ch(["client pays the standard accommodation charge", "reduction requested"])).t("\n")
    c.t("Care Coordinator: ").nm(cc.fl).t(", RN, ").em(cc.mail("nshealth.ca", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("urn:ns:hcn", hcn)], (line, town, z))


def sk_discharge_fn(c: C) -> Note:
    q = c.pat(grps=["cree", "cree", "ukr"])
    dob, a = c.old(0.35)
    hsn = c.dig(9)
    kid, doc, dp = c.rel(q), c.staff(), c.staff("f")
    cree = q.grp == "cree"
    line, town, z, _area = place(c)
    hosp = c.ch(["Victoria Hospital", "Royal University Hospital"]) if cree else hosp_near(c, town)
    adm = c.dt(-14, -4)
    dis = c.wdt(0, 2)
    dx = c.ch([("infected diabetic foot ulcer, left hallux", ("IV piperacillin-tazobactam then oral amoxicillin-clavulanate "
                "875 mg BID"), "daily dressings and off-loading boot x 2 weeks"),
               ("hyperosmolar hyperglycemic state", "IV insulin infusion then basal-bolus insulin; A1c 11.2%",
                "insulin teaching and glucose checks QID"),
               ("community-acquired pneumonia", "IV ceftriaxone 1 g daily then oral amoxicillin-clavulanate",
                "medication administration BID and oxygen saturation checks")])
    c.t(f"SASKATCHEWAN HEALTH AUTHORITY - {hosp}\nDISCHARGE PLANNING NOTE\n\n")
    c.t("Patient: ").nm(c.ch([q.fL, q.lf])).t("    HSN: ").id(hsn).t("    DOB: ").d(dob, c.ch(["iso", "dmon"])).t(" (").age(a).t(")\n")
    if cree:
        fn = c.ch(FN)
        c.t("Treaty status #: ").id(c.dig(10)).t("    Community: ").ad(fn).t("\n")
        c.t("Language: Cree (Plains, y-dialect) - interpreter ").nm(c.person("cree").fl).t(" present\n")
        addr = ("", fn, "")
    else:
        c.t("Address: ").ad(line).t(", ").ad(town).t(", SK ").zp(z).t("\n")
        addr = (line, town, z)
    c.t("Admitted: ").d(adm, "iso").t("    Planned discharge: ").d(dis, "iso").t("\n\n")
    c.t("Reason for admission: ").c(dx[0]).t(". Course: ").c(dx[1])
    c.t(".\nFunction: ").c(c.ch(["walker, 1 assist stairs", "wheelchair for distance", "independent indoors"])).t("; ")
    c.c(cog(c)).t("\n")
    if cree:
        c.t("Plan: home to community with ").c("Home and Community Care nurse").t(" (First Nations) for ")
        c.c(dx[2]).t("; Elder visit arranged; ")
        c.c("NIHB medical transportation").t(" booked for follow-up ").d(dis + timedelta(days=c.ri(7, 14)), "iso").t(".\n")
    else:
        c.t("Plan: home with ").c("home care 2 visits/day").t(" for ").c(dx[2]).t("; ").c("Lifeline").t(" reconnected.\n")
    c.t("Family: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\n")
    c.t("Medications: ").cl(meds(c, CA_MEDS, 3, 6), "; ").t("\n")
    c.t("Vitals: ").cl(vit(c)).t("\n\n")
    c.t("Dr ").nm(doc.fi).t(" (CPSS ").id(c.dig(5)).t(") / ").nm(dp.fl).t(", RN, Discharge Planner\n")
    return _end(c, q, dob, [("urn:sk:hsn", hsn)], addr)


# ---------------------------------------------------------------------------------------- Ireland
IE_HOSP = orgs("Letterkenny University Hospital", "Sligo University Hospital", "Midland Regional Hospital Tullamore",
               "Regional Hospital Mullingar", "St. Joseph's Community Hospital", "Our Lady's Hospital Manorhamilton")
IE_NH = orgs("Nazareth House", "Ard Gréine Court Nursing Home", "Greenhill Nursing Home", "Sacred Heart Residence",
              "Lough Arrow Care Centre", "Ashford House Nursing Home")
IE_GP = orgs("Scally Medical Centre", "Riverside Medical Practice", "Abbey Street Surgery", "Pearse Road Medical")


def _county(town: str) -> str:
    return next((ct for t, _, _, ct in TOWNS["ie"] if t == town), "")


def _pps(c: C) -> str:
    return ppsn(c.r, c.yes(0.35))


def ie_fair_deal(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.5)
    pps = _pps(c)
    mrn = c.dig(6)
    gp, geri, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c)
    hosp, nh = hosp_near(c, town), c.ch(IE_NH)
    d0 = c.wdt(-5, 0)
    county = _county(town)
    c.t("HSE - NURSING HOMES SUPPORT SCHEME (FAIR DEAL)\nCommon Summary Assessment Report (CSAR)\n\n")
    c.t("Applicant: ").nm(c.ch([q.fl, q.fL])).t("    PPSN: ").p("SSN", pps).t("\n")
    c.t("Date of birth: ").d(dob, c.ch(["dmy", "nth"])).t("    Age: ").age(a).t(f"    MRN ({hosp}): ").id(mrn).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {'Co. ' + county + ', ' if county else ''}").zp(z).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(f", {c.ch(IE_GP)}, ").ad(town).t(", IMC ").id(c.dig(c.ch([5, 6]))).t("\n")
    c.t("Medical card: ").c(c.ch(["yes", "no - GP visit card"])).t("    Next of kin: ").nm(kid.fl).t(" ").ph(phone(c)).t("\n\n")
    c.t("Assessment date: ").d(d0, "dmy").t(f" (at {hosp})\n")
    c.t("Geriatrician's report (Dr ").nm(geri.fi).t("): ").c(c.ch(DX)[0]).t(" on a background of ").cl(pmh(c, lo=2, hi=4))
    c.t(". ").c(cog(c)).t("; ").c(c.ch(["Barthel 4/20 - maximum dependency", "Barthel 9/20 - high dependency",
                                        "Barthel 12/20 - medium dependency"])).t(".\n")
    c.t("Nursing: ").cl([c.ch(["Waterlow 19", "Waterlow 23", "Braden 13"]), c.ch(["MUST 1", "MUST 2"]),
                         c.ch(["hoist x 2", "frame x 1"]), c.ch(["doubly incontinent", "continent with prompting"])]).t(".\n")
    c.t("Social work: lives ").c(c.ch(["alone; family abroad", "with a son who works in Dublin midweek", "with an elderly sister"]))
    c.t("; home support of ").c(f"{c.ri(7, 21)} hours/week").t(" no longer adequate.\n\n")
    c.t("Conclusion: ").c("long-term residential care is required").t(". Applicant's choice: ").t(f"{nh}.\n")
    c.t("Care representative (section 21): ")
    if c.yes():
        c.c("not required - applicant has capacity").t(".\n")
    else:
        c.c("applicant lacks capacity").t("; ").nm(kid.first).t(" is applying to the Circuit Court.\n")
    c.t("Form signed ").d(d0, "dmy").t(" and sent to the Nursing Homes Support Office.\n")
    return _end(c, q, dob, [("urn:ie:ppsn", pps), ("urn:mrn", mrn)], (line, town, z))


def ie_home_support(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.35)
    pps = _pps(c)
    dtr, co = c.rel(q, "f"), c.staff("f")
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-3, 0)
    c.t("HSE HOME SUPPORT SERVICE - APPLICATION (hospital discharge)\n\n")
    c.t("Section 1 - Applicant\nSurname: ").nm(q.last).t("    First name: ").nm(q.first).t("\n")
    c.t("PPS number: ").p("SSN", pps).t("    Date of birth: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t("    Eircode: ").zp(z).t("\n")
    c.t("Phone: ").ph(phone(c, False, area)).t("\n\n")
    c.t("Section 2 - Contact person\n").nm(dtr.fl).t(" (daughter), ").ph(phone(c)).t(", ")
    c.em(dtr.mail(c.ch(["gmail.com", "eircom.net", "hotmail.com"]), c.ri(0, 5))).t("\n\n")
    c.t(f"Section 3 - Reason: discharge from {hosp} after ").c(c.ch(DX)[0]).t(".\n")
    c.t("Needs: ").cl(c.some(["assistance with showering (shower chair)", "dressing lower body", "meal preparation",
                             "medication prompting (blister pack)", "transfers with a frame", "night-time toileting"], 3, 5))
    c.t(".\nFunction: ").c(barthel(c)).t("; ").c(cog(c)).t("; ").c(c.ch(["lives alone", "spouse frail"])).t(".\n")
    c.t("Hours requested: ").c(c.ch(["1 hour x 2 daily, 7 days (14 h/week)", "45 min x 3 daily (15.75 h/week)",
                                     "1 hour morning, 30 min evening (10.5 h/week)"])).t("; start ")
    c.d(d0 + timedelta(days=c.ri(2, 6)), c.ch(["dmy", "dsh"])).t("\n")
    c.t("Medicines on discharge: ").cl(meds(c, UK_MEDS, 3, 5), "; ").t("\n")
    c.t("Also referred: ").cl(c.some(["public health nurse", "community OT", "day centre 2 days", "Meals on Wheels"], 1, 3)).t("\n\n")
    c.t("Submitted online by ").nm(co.fl).t(", Discharge Co-ordinator (CNM2), on ").d(d0, "dmy").t(f" at {c.tm(9, 16)}")
    c.t(" from ").ipa(c.ip()).t("\nReference: ").id(f"HS-{c.dig(7)}").t("\n")
    return _end(c, q, dob, [("urn:ie:ppsn", pps)], (line, town, z))


def ie_dictation(c: C) -> Note:
    q = c.pat(grps=["irm", "irm", "iri"])
    dob, a = c.old(0.45)
    mrn = c.dig(6)
    gp, cons, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c)
    hosp = hosp_near(c, town)
    seen = c.wdt(-6, -1)
    c.t("[DICTATED NOT READ - transcribed by digital dictation service]\n\n")
    c.t(f"{hosp} - Department of Medicine for the Older Person\n")
    c.t("Date typed: ").d(c.today, "dmy").t("    Clinic date: ").d(seen, "dmy").t("\n\n")
    c.t("Dr ").nm(gp.fl).t(f"\n{c.ch(IE_GP)}\n").ad(town).t("\n\n")
    c.t("re ").nm(q.fl.lower() if c.yes(0.4) else q.fl).t(" dob ").d(dob, c.ch(["dmy", "dot"])).t(" mrn ").id(mrn).t(" address ")
    c.ad(line).t(" ").ad(town).t(" ").zp(z).t("\n\n")
    c.t("dear ").nm(gp.first).t(" comma new paragraph thank you for asking me to see this ").age(a)
    c.t(f" year old {'man' if q.sex == 'm' else 'lady'} full stop {q.he} was discharged from us on the ")
    c.d(seen - timedelta(days=c.ri(14, 40)), "nthm").t(" following ").c(c.ch(DX)[0]).t(" full stop new paragraph ")
    c.t(f"today {q.he} was accompanied by {q.his} ").t("son" if kid.sex == "m" else "daughter").t(" ").nm(kid.first)
    c.t(" who tells me things have been [inaudible] difficult at home full stop ")
    c.t(f"{q.he} is getting ").c(c.ch(["three calls a day from home support", "two calls a day", "no formal support"]))
    c.t(" and ").nm(kid.first).t(" stays over ").c(c.ch(["three nights", "most nights"])).t(" full stop new paragraph\n\n")
    c.t("on examination blood pressure ").c(f"{c.num(104, 162)} over {c.num(56, 88)}").t(" lying and ")
    c.c(f"{c.num(92, 130)} over {c.num(50, 70)}").t(" standing comma ").c("symptomatic postural drop").t(" full stop ")
    c.t("mmse ").c(f"{c.ri(12, 24)} out of 30").t(" full stop weight ").c(f"{c.fl(46, 70)} kilos").t(" full stop\n\n")
    c.t("plan colon one stop ").c(c.ch(["the tamsulosin", "the doxazosin", "the amlodipine"])).t(" comma two ")
    c.c("fludrocortisone 50 micrograms daily").t(" comma three refer for ").c("day hospital falls programme")
    c.t(" comma four ").c("CSAR for nursing home support scheme if no improvement").t(" full stop i will see ")
    c.t(f"{q.him} again in ").c("three months").t(" full stop new paragraph kind regards\n\n")
    c.t("Dr ").nm(cons.fl).t(" FRCPI, Consultant Geriatrician\n")
    return _end(c, q, dob, [("urn:mrn", mrn)], (line, town, z))


# ---------------------------------------------------------------------------------------- New Zealand
NZ_HOSP = orgs("Waikato Hospital", "Tauranga Hospital", "Rotorua Hospital", "Whakatāne Hospital", "Thames Hospital",
               "Taupō Hospital")
NZ_RH = orgs("Atawhai Assisi Home", "Bupa Te Awa", "Kāinga Rest Home", "Bethlehem Views", "Hodderville Rest Home",
              "Oceania Matua", "Lake Rotoiti Lodge")
NZ_PRAC = orgs("Hauora Waikato Medical Centre", "Ngā Kākano Health", "Fraser Street Medical", "Te Ngaru Medical")


def _nhi(c: C) -> str:
    return nhi_no(c.r, c.yes(0.3))


def nz_nasc_referral(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "pkh", "sam"])
    dob, a = c.old(0.4)
    nhi = _nhi(c)
    kid, co = c.rel(q), c.staff("f")
    line, town, z, area = place(c)
    hosp = hosp_near(c, town)
    d0 = c.wdt(-3, 0)
    c.t("HEALTH NZ WAIKATO / BAY OF PLENTY - NEEDS ASSESSMENT AND SERVICE COORDINATION (NASC) REFERRAL\n\n")
    c.t("Name: ").nm(c.ch([q.fL, q.fl])).t("    NHI: ").id(nhi).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "sh"])).t("    Age: ").age(a).t(f"    Ethnicity: {'Māori' if q.grp == 'mao' else ('Samoan' if q.grp == 'sam' else 'NZ European')}")
    if q.grp == "mao":
        c.t(f"    Iwi: {c.ch(['Waikato-Tainui', 'Ngāti Maniapoto', 'Ngāti Awa', 'Te Arawa', 'Ngāi Te Rangi'])}")
    c.t("\nAddress: ").ad(line).t(", ").ad(town).t(" ").zp(z).t("    Ph: ").ph(phone(c, False, area)).t("\n")
    c.t(f"Current location: {hosp}, ward {c.ri(1, 35)}    Referral date: ").d(d0, "dmy").t("\n")
    c.t("EPOA (personal care and welfare): ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t(" - ")
    c.c(c.ch(["activated (medical certificate on file)", "not activated"])).t("\n\n")
    c.t("interRAI ").c(c.ch(["Contact Assessment", "Home Care (HC)"])).t(" completed ").d(d0 - timedelta(days=c.ri(0, 2)), "dmy")
    c.t(": ").cl([f"CPS {c.ri(1, 5)}", f"ADL Hierarchy {c.ri(2, 6)}", f"CHESS {c.ri(0, 3)}", f"MAPLe {c.ri(3, 5)}",
                   c.ch(["falls CAP triggered", "pressure ulcer CAP triggered"])]).t("\n")
    c.t("Health: ").c(c.ch(DX)[0]).t("; ").cl(pmh(c, lo=2, hi=3)).t("\n")
    c.t("Whānau: ").nm(kid.first).t(" and ").t(c.ch(["the mokopuna", "two nieces", "the kaumātua of the marae"]))
    c.t(" are involved; whānau hui held at the bedside ").d(d0 - timedelta(days=c.ri(1, 3)), c.ch(["dmo", "dsh"])).t(".\n")
    c.t("Medicines: ").cl(meds(c, UK_MEDS, 3, 5), "; ").t("\n")
    c.t("Request: ").c(c.ch(["hospital-level residential care", "rest home-level care", ("home support 2 visits/day + carer support "
                             "days"), "respite then home with Kaupapa Māori home support"])).t("\n")
    c.t("Residential Care Subsidy: ").c(c.ch(["application started", "not applicable"])).t("\n\n")
    c.t("Referrer: ").nm(co.fl).t(", Social Worker, ").em(co.mail(c.ch(["waikatodhb.health.nz", "bopdhb.health.nz"]), c.ri(0, 5)))
    c.t("\n")
    return _end(c, q, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], (line, town, z))


def nz_rest_home_discharge(c: C) -> Note:
    q = c.pat()
    dob, _a = c.old(0.5)
    nhi = _nhi(c)
    gp, doc, kid = c.staff(), c.staff(), c.rel(q)
    line, town, z, _area = place(c, inst=True)
    hosp, rh = hosp_near(c, town), c.ch(NZ_RH)
    adm = c.dt(-16, -4)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp} - Older Persons and Rehabilitation\nDISCHARGE SUMMARY\n\n")
    c.t("Patient: ").nm(c.ch([q.Lf, q.fL])).t("    NHI: ").id(nhi).t("    DOB: ").d(dob, c.ch(["dmy", "sh"])).t("\n")
    c.t("Admitted: ").d(adm, "dmy").t("    Discharged: ").d(dis, "dmy").t(f" to {rh} (").t(c.ch(["rest home", "hospital-level"]))
    c.t(" care), ").ad(line).t(", ").ad(town).t(" ").zp(z).t("\n")
    c.t("GP: Dr ").nm(gp.fl).t(f", {c.ch(NZ_PRAC)}, ").ad(town).t("\n\n")
    dx = dxc(c)
    bi, mob = func(c, 100, top=3)
    c.t("Diagnosis: ").c(dx[0]).t("\nProblems: ").cl(pmh(c)).t("\n")
    c.t("Progress: ").c(dx[2]).t(". ")
    c.t("Function: ").c(bi).t(", ").c(mob)
    c.t(".\nObservations: ").cl(vit(c)).t("\nBloods: ").cl(bloods(c, k=(4, 6))).t("\n")
    c.t("Medicines: ").cl(meds(c, UK_MEDS, 4, 6), "; ").t("\n")
    c.t("Advance care plan: ").c(c.ch(["not for CPR; for ward-level care", "for CPR"])).t("\n")
    c.t("Follow-up: GP review within 1 week; ").c("wound check and clip removal day 12" if "femur" in dx[0] else
                                                    c.ch(["repeat electrolytes in 5 days", "repeat FBC and CRP in 1 week"])).t("\n")
    c.t("Whānau/NOK: ").nm(kid.fl).t(" ").ph(phone(c)).t("\n\n")
    c.t("Dr ").nm(doc.fl).t(" (house officer), MCNZ ").id(c.dig(5)).t("\n")
    return _end(c, q, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], (line, town, z))


def nz_text_log_lower(c: C) -> Note:
    q = c.pat(grps=["mao", "mao", "sam", "pkh"])
    dob, a = c.old(0.45)
    nhi = _nhi(c)
    kid, kid2, me = c.rel(q), c.rel(q), c.staff("f")
    line, town, z, area = place(c)
    d0 = c.wdt(-3, -1)
    c.t("discharge coord - contact log\n")
    c.t("client: ").nm(q.low).t(" nhi ").id(nhi.lower()).t(" (").age(a).t("yo) - ").ad(town.lower()).t("\n\n")
    d1 = d0
    c.d(d1, "d/m").t(f" {c.tm(9, 11)} ph call to ").nm(kid.first.lower()).t(" (").t("son" if kid.sex == "m" else "daughter")
    c.t(") ").ph(phone(c)).t(" - whānau hui on the ward tmrw 2pm, ").nm(kid2.first.lower()).t(" coming from ").ad(c.ch(TOWNS['nz'])[0].lower())
    c.t("\n")
    d2 = d1 + timedelta(days=1)
    c.d(d2, "d/m").t(f" {c.tm(14, 15)} hui - ").c(c.ch(["agreed rest home level care", f"whānau want {q.him} home", "home with support trial"]))
    c.t(", ").c(c.ch(["interrai cps 3", "interrai adl-h 4", "maple 4"])).t(", ").c(c.ch(["frame + 1", "hoist x2", "independent short dist"]))
    c.t(". kaumātua said a karakia\n")
    d3 = d2 + timedelta(days=c.ri(1, 2))
    c.d(d3, "d/m").t(f" {c.tm(10, 12)} txt from ").nm(kid2.first.lower()).t(f": \"kia ora, can {'dad' if q.sex == 'm' else 'mum'} come to ").ad(line.lower())
    c.t(" for a couple weeks first, we have a downstairs room\" - replied will ask ot re home visit\n")
    c.d(d3, "d/m").t(f" {c.tm(13, 16)} ot home visit booked ").d(d3 + timedelta(days=c.ri(1, 3)), "d/m").t(", ")
    c.c(c.ch(["shower stool + rails needed", "ramp needed at back door", "bed lever"])).t("\n")
    d4 = d3 + timedelta(days=c.ri(1, 3))
    c.d(d4, "d/m").t(" meds reconciled: ").cl(meds(c, UK_MEDS, 2, 4), "; ").t("\n")
    c.d(d4, "d/m").t(f" {c.tm(15, 16)} rang ").nm(kid.first.lower()).t(" back - ").c(c.ch(["home support 2 visits/day from mon",
                                                                                           "nasc approved carer support 4 days/month",
                                                                                           "district nurse for dressings 3x/wk"]))
    c.t(", ").c(c.ch(["st john alarm ordered", "meals on wheels 5 days", "gp to review in 1 wk"])).t("\n")
    c.t("- ").nm(me.first.lower()).t(" (dc coord) ").ph(phone(c, False, area)).t("\n")
    return _end(c, q, dob, [("https://standards.digital.health.nz/ns/nhi-id", nhi)], (line, town, z))


# ---------------------------------------------------------------------------------------- Singapore
SG_HOSP = orgs("Tan Tock Seng Hospital", "Changi General Hospital", "Ng Teng Fong General Hospital",
               "Khoo Teck Puat Hospital", "Sengkang General Hospital")
SG_NH = orgs("Ren Ci Nursing Home", "Lions Home for the Elders", "NTUC Health Nursing Home", "St Joseph's Home",
              "Thye Hua Kwan Nursing Home", "Sree Narayana Mission Home")


def _sgname(c: C, q: P) -> str:
    if q.grp == "sgc":
        return c.ch([q.cn, q.CN, q.cne])
    return q.binte if q.grp == "sgm" else q.so


def sg_nh_application(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.4)
    ic = nric(c.r, dob)
    kid, msw, doc = c.rel(q), c.staff("f"), c.staff()
    line, town, z, _area = place(c)
    hosp, nh = c.ch(SG_HOSP), c.ch(SG_NH)
    d0 = c.wdt(-3, 0)
    case = f"{c.ch(['TT', 'CG', 'NF', 'KT', 'SK'])}{c.dig(7)}{c.ch('ABCDEFGHJKZ')}"
    c.t(f"{hosp} - Medical Social Work\nREFERRAL FOR NURSING HOME PLACEMENT (via AIC)\n\n")
    c.t("Patient: ").nm(_sgname(c, q)).t("    NRIC: ").id(ic).t("    Case no: ").id(case).t("\n")
    c.t("DOB: ").d(dob, c.ch(["dmy", "DMON", "sh0"])).t("    Age: ").age(a).t(f"    Sex: {q.mf}\n")
    c.t("Address: ").ad(line).t(", Singapore ").zp(z).t("\n")
    c.t("Main caregiver: ").nm(_sgname(c, kid)).t(f" ({'son' if kid.sex == 'm' else 'daughter'}), HP ").ph(phone(c)).t("\n")
    c.t("Referral date: ").d(d0, c.ch(["dmy", "sh0"])).t("\n\n")
    dx = dxc(c)
    bi, mob = func(c, 100, top=2)
    c.t("Medical: ").c(dx[0]).t(" - ").c(dx[2]).t("; background ").cl(pmh(c, lo=2, hi=4)).t(".\n")
    c.t("Function: ").cl([bi, mob, c.ch(["NGT feeding 1.5 L/day", "minced diet, thickened fluids", "normal diet, needs feeding"])])
    c.t("\nMedications: ").cl(meds(c, GENERIC_MEDS, 3, 5), "; ").t("\n")
    c.t("Cognition: ").c(cog(c)).t("; ").c(c.ch(["wandering risk", "no behavioural issues", "agitation at night"])).t("\n")
    c.t("Reason home care is not possible: ").c(c.ch(["son works shifts; FDW unable to manage 2-assist transfers",
                                                       "lives alone in a 2-room flat", "caregiver (spouse) is 84 and frail"])).t(".\n")
    c.t("Means test: ").c(f"per capita household income S${c.ri(0, 1800)}").t("; subsidy tier ")
    c.c(c.ch(["75%", "60%", "40%"])).t("; ").c(c.ch(["MediFund application", "CareShield Life claim submitted",
                                                      "ElderShield payout $400/month"])).t(".\n")
    c.t(f"Preferred: {nh}; ").c({"sgc": "Hokkien / Mandarin-speaking staff", "sgm": "halal food, Malay-speaking staff"}.get(
        q.grp, "Tamil-speaking staff, vegetarian meals")).t("\n")
    c.t("Doctor: Dr ").nm(doc.cnm if doc.grp == "sgc" else _sgname(c, doc)).t(" (MCR ")
    c.id(f"M{c.dig(5, False)}{c.ch('ABCDEFGHJ')}").t(")\n")
    c.t("MSW: ").nm(msw.cnm if msw.grp == "sgc" else _sgname(c, msw)).t(", DID ").ph(phone(c, False)).t("\n")
    return _end(c, q, dob, [("urn:sg:nric", ic)], (line, town, z))


# ---------------------------------------------------------------------------------------- Hong Kong
HK_HOSP = orgs("Prince of Wales Hospital", "Queen Elizabeth Hospital", "Tuen Mun Hospital", "United Christian Hospital",
               "Pamela Youde Nethersole Eastern Hospital", "Shatin Hospital")
HK_RCHE = orgs("Po Leung Kuk Care and Attention Home", "Haven of Hope Nursing Home", "Tung Wah Group Nursing Home",
                "Yan Chai Care Home", "Caritas Residential Home")


def hk_rche_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    hk = hkid(c.r)
    hn = f"HN{c.dig(8, False)}"
    kid, msw, doc = c.rel(q), c.staff(), c.staff()
    line, town, _z, area = place(c)
    hosp, home = c.ch(HK_HOSP), c.ch(HK_RCHE)
    adm = c.dt(-20, -5)
    dis = c.wdt(-1, 0)
    c.t(f"HOSPITAL AUTHORITY - {hosp}\nDISCHARGE SUMMARY (Geriatrics)\n\n")
    c.t("Name: ").nm(c.ch([q.hk, q.CN, q.hks])).t("    HKID: ").id(hk).t("    HN: ").id(hn).t("\n")
    c.t("Sex/Age: ").t(f"{q.mf}/").age(a).t("    DOB: ").d(dob, c.ch(["dmy", "DMON"])).t("\n")
    c.t("Admission: ").d(adm, "dmy").t("    Discharge: ").d(dis, "dmy").t("\n")
    c.t("Home address: ").ad(line).t(", ").ad(town).t(f", {area}\n")
    c.t(f"Discharge destination: {home} (private RCHE, Enhanced Bought Place Scheme)\n\n")
    dx = dxc(c)
    bi, mob = func(c, 100, top=2)
    c.t("Diagnosis: ").c(dx[0]).t("\nOther: ").cl(pmh(c, lo=2, hi=3)).t("\n")
    c.t("Progress: ").c(dx[2]).t(".\n")
    c.t("Function: ").cl([bi.replace("Barthel", "MBI"), mob, cog(c)]).t("\n")
    c.t("SCNAMES: ").c(c.ch(["nursing home level", "care-and-attention level", "infirmary level"])).t("; on the ")
    c.c("Central Waiting List").t(" since ").d(adm - timedelta(days=c.ri(60, 400)), c.ch(["dmy", "mmyy"])).t(".\n")
    c.t("Medications: ").cl(meds(c, GENERIC_MEDS, 3, 6), "; ").t("\n")
    c.t("Follow-up: ").c(c.ch(["CGAT visit to the RCHE in 2 weeks", "GOPD 4 weeks", "geriatric day hospital"])).t("\n")
    c.t("Relative: ").nm(kid.hks if c.yes() else kid.cne).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\n")
    c.t("MSW: ").nm(msw.cn).t(", tel ").ph(phone(c, False)).t("\n")
    c.t("Dr ").nm(doc.hks).t(" (MO), Department of Medicine and Geriatrics\n")
    return _end(c, q, dob, [("urn:hk:hkid", hk), ("urn:hk:hn", hn)], (line, town, ""))


# ---------------------------------------------------------------------------------------- Malaysia
MY_HOSP = orgs("Hospital Tengku Ampuan Rahimah", "Hospital Kuala Lumpur", "Hospital Serdang", "Hospital Sungai Buloh",
               "Pusat Perubatan Universiti Malaya", "Hospital Ampang")


def _myname(c: C, q: P) -> str:
    if q.grp == "myc":
        return c.ch([q.cnm, q.CN, q.cne])
    return q.bin if q.grp == "mym" else q.al


def my_home_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.35)
    line, town, z, state = place(c)
    pb = "14" if state == "Kuala Lumpur" else "10"
    ic = mykad(c.r, dob, q.sex, pb)
    rn = f"RN{c.dig(8, False)}"
    kid, doc, nurse = c.rel(q), c.staff(), c.staff("f")
    hosp = c.ch(MY_HOSP)
    adm = c.dt(-14, -4)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp.upper()}\nRINGKASAN DISCAJ / DISCHARGE SUMMARY - Geriatric Unit\n\n")
    c.t("Nama / Name: ").nm(_myname(c, q)).t("\nNo. K/P / MyKad: ").id(ic).t("    RN: ").id(rn).t("\n")
    c.t("Umur / Age: ").age(a).t("    Tarikh lahir / DOB: ").d(dob, c.ch(["dmy", "dot"])).t("\n")
    c.t("Alamat / Address: ").ad(line).t(", ").zp(z).t(" ").ad(town).t(f", {state}\n")
    c.t("Waris / NOK: ").nm(_myname(c, kid)).t(f" ({'anak lelaki' if kid.sex == 'm' else 'anak perempuan'}) ").ph(phone(c)).t("\n")
    c.t("Masuk / Admitted: ").d(adm, "dmy").t("    Discaj / Discharged: ").d(dis, "dmy").t("\n\n")
    dx = dxc(c)
    bi, mob = func(c, 100, top=2)
    c.t("Diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t(")\nManagement: ").c(dx[2]).t("\nComorbid: ").cl(pmh(c, lo=2, hi=4)).t("\n")
    c.t("Function at discharge: ").cl([bi, mob, cog(c)]).t("\n")
    c.t("Carer training done with ").nm(kid.first).t(": ").cl(c.some(["Ryle's tube feeding 250 ml x 6/day", ("turning and "
                                                                     "pressure care"), "catheter care", ("insulin "
                                                                     "administration")], 2, 3)).t("\n")
    c.t("Equipment: ").cl(c.some(["ripple mattress", "commode chair", "hospital bed (loan from NGO)", "wheelchair"], 2, 3)).t("\n")
    c.t("Medications: ").cl(meds(c, GENERIC_MEDS, 3, 6), "; ").t("\n")
    c.t("Follow-up: ").c(c.ch(["Klinik Kesihatan for wound dressing alternate days", "geriatric clinic 6 weeks",
                               "home visit by the Domiciliary Health Care team"])).t(" - ").d(dis + timedelta(days=c.ri(7, 42)), "dmy")
    c.t("\n\nDr ").nm(_myname(c, doc)).t(" (MMC ").id(c.dig(5)).t(")  /  SN ").nm(_myname(c, nurse)).t("\n")
    return _end(c, q, dob, [("urn:my:mykad", ic), ("urn:my:rn", rn)], (line, town, z))


# ---------------------------------------------------------------------------------------- India
IN_HOSP = orgs("Kauvery Hospital", "MIOT International", "Apollo Hospitals, Greams Road",
               "Government Kilpauk Medical College Hospital", "Sundaram Medical Foundation")
IN_MEDS = ["Tab. Amlodipine 5 mg 1-0-0", "Tab. Metformin 500 mg 1-0-1", "Tab. Telmisartan 40 mg 1-0-0",
           "Tab. Atorvastatin 10 mg 0-0-1", "Tab. Pantoprazole 40 mg 1-0-0 (before food)", "Tab. Clopidogrel 75 mg 0-1-0",
           "Syp. Lactulose 15 ml 0-0-1", "Tab. Paracetamol 650 mg SOS", "Inj. Human Mixtard 14-0-10 units",
           "Tab. Donepezil 5 mg 0-0-1", "Tab. Calcium + Vit D3 0-1-0", "Tab. Levothyroxine 50 mcg 1-0-0 (empty stomach)"]


def in_geriatric_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.3)
    aad = aadhaar(c.r, c.ch([" ", "-", ""]))
    uhid = f"{c.ch(['KH', 'MI', 'SMF'])}{c.dig(7)}"
    son, doc = c.rel(q, "m"), c.staff()
    line, town, z, _ = place(c)
    hosp = c.ch(IN_HOSP)
    adm = c.dt(-12, -3)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp.upper()}\nDEPARTMENT OF GERIATRIC MEDICINE - DISCHARGE SUMMARY\n\n")
    c.t(f"Name: {q.title}. ").nm(c.ch([q.ti, q.fl, f"{q.first} {q.last[0]}"])).t("    Age/Sex: ").age(a).t(f" Y / {q.mf}\n")
    c.t("UHID: ").id(uhid).t("    IP No: ").id(f"IP/{c.today.year}/{c.dig(6, False)}").t("\n")
    c.t("Aadhaar: ").id(aad).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad("Chennai").t(" - ").zp(z).t("\n")
    c.t("DOA: ").d(adm, "dmy").t("    DOD: ").d(dis, "dmy").t("\n")
    c.t("Attender: ").nm(son.fl).t(" (son), Mobile: ").ph(phone(c)).t("\n\n")
    dx = dxc(c)
    c.t("Diagnosis: ").c(dx[0]).t("\nK/C/O: ").cl(c.some(["T2DM (15 yrs)", "SHTN", "CAD - s/p PTCA", "CKD stage 3",
                                                              "hypothyroidism", "bronchial asthma"], 2, 4)).t("\n")
    c.t("Course: ").c(dx[2]).t("; ").c(cog(c)).t("; ")
    c.c(barthel(c, 100)).t(".\nAt discharge: ").cl(vit(c)).t("; ").c(f"CBG {c.num(110, 220)} mg/dl").t("\n")
    c.t("Advice on discharge:\n").lines(c.some(IN_MEDS, 4, 7))
    c.t("Home care: ").c(c.ch(["trained home nurse (12-hour shift) arranged through the hospital's home-care service",
                               "son and daughter-in-law trained in transfers and fall prevention",
                               "physiotherapy at home 3 days/week"])).t("\n")
    c.t("Review: OPD after 2 weeks (").d(dis + timedelta(days=14), c.ch(["dmy", "dash"])).t(") with ")
    c.c(c.ch(["RFT, serum electrolytes", "CBC, HbA1c", "TSH"])).t("\n\n")
    c.t("Dr. ").nm(doc.fl).t(", MD (Geriatric Medicine), TNMC Reg. No. ").id(c.dig(5)).t("\n")
    return _end(c, q, dob, [("urn:in:aadhaar", aad.replace(" ", "").replace("-", "")), ("urn:in:uhid", uhid)],
                (line, town, z))


# ---------------------------------------------------------------------------------------- South Africa
ZA_HOSP = orgs("Chris Hani Baragwanath Academic Hospital", "Helen Joseph Hospital", "Charlotte Maxeke Johannesburg "
               "Academic Hospital", "Rahima Moosa Mother and Child Hospital", "Netcare Milpark Hospital")
ZA_FC = orgs("Sizanani Frail Care Centre", "Selwyn Segal Frail Care", "Ekuthuleni Step-down Facility",
              "Rand Aid Frail Care", "Tembaletu Old Age Home")


def za_frail_care(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.3)
    sid = za_id(c.r, dob, q.sex)
    kid, doc, sw = c.rel(q), c.staff(), c.staff("f")
    line, town, z, city = place(c)
    hosp, fc = c.ch(ZA_HOSP), c.ch(ZA_FC)
    d0 = c.wdt(-2, 0)
    med = c.yes(0.4)
    c.t(f"{hosp}\nREFERRAL FOR STEP-DOWN / FRAIL CARE PLACEMENT\n\n")
    c.t("Patient: ").nm(c.ch([q.fl, q.FL, q.Lf])).t("    ID no: ").id(sid).t("\n")
    c.t("Date of birth: ").d(dob, c.ch(["dmy", "ymd/", "long"])).t("    Age: ").age(a).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town)
    if city:
        c.t(", ").ad(city)
    c.t(", ").zp(z).t("\n")
    if med:
        c.t(f"Medical aid: {c.ch(['Discovery Health', 'Bonitas', 'GEMS'])}, member no ").id(c.dig(9)).t(f" (dependant code 0{c.ri(0, 2)})\n")
    else:
        c.t("Medical aid: none - ").c("SASSA older person's grant").t("\n")
    c.t("Next of kin: ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}) ").ph(phone(c)).t("\n")
    c.t("Date: ").d(d0, c.ch(["dmy", "long"])).t("\n\n")
    dx = dxc(c)
    c.t("Diagnosis: ").c(dx[0]).t(" (").c(dx[1]).t("), ").c(dx[2]).t("; background ").cl(c.some(["HIV on TLD, VL suppressed", "hypertension", "type 2 diabetes",
                                                       "previous TB (completed)", "CCF", "vascular dementia"], 2, 4)).t("\n")
    c.t("Current status: ").cl(vit(c)).t("; ").cl(bloods(c, k=(3, 5))).t("\n")
    bi, mob = func(c, 100, top=2)
    c.t("Care needs: ").cl([bi, mob,
                            c.ch(["grade 3 sacral pressure injury, daily dressings", "urinary catheter", "PEG feeds"]), cog(c)])
    c.t("\nReason for referral: ").c(c.ch(["family works in the day and cannot provide 24-hour care", ("lives alone in a backyard "
                                            "room"), "carer (granddaughter) writing matric exams"])).t(".\n")
    c.t(f"Requested facility: {fc}\n")
    c.t("Medication: ").cl(meds(c, GENERIC_MEDS, 3, 5), "; ").t("\n\n")
    c.t("Dr ").nm(doc.fi).t(" (MO, Internal Medicine), HPCSA ").id(f"MP{c.dig(7, False)}").t("\n")
    c.t("Social worker: ").nm(sw.fl).t(", ").ph(phone(c, False)).t(", ").em(sw.mail("gauteng.gov.za", c.ri(0, 5))).t("\n")
    return _end(c, q, dob, [("urn:za:id", sid)], (line, town, z))


# ---------------------------------------------------------------------------------------- Philippines
PH_HOSP = orgs("Philippine General Hospital", "East Avenue Medical Center", "Quirino Memorial Medical Center",
               "Amang Rodriguez Memorial Medical Center", "Jose R. Reyes Memorial Medical Center")


def ph_home_discharge(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.25)
    pin = c.dig(12)
    kid, doc, nurse = c.rel(q, "f"), c.staff(), c.staff("f")
    line, town, z, city = place(c)
    hosp = c.ch(PH_HOSP)
    adm = c.dt(-10, -3)
    dis = c.wdt(-1, 0)
    c.t(f"{hosp}\nDEPARTMENT OF INTERNAL MEDICINE - DISCHARGE PLAN\n\n")
    c.t("Name: ").nm(c.ch([q.PH, q.ph])).t("    Age/Sex: ").age(a).t(f"/{q.mf}    Hosp. No.: ").id(c.dig(8)).t("\n")
    c.t("Birthdate: ").d(dob, c.ch(["us", "usl", "dmy"])).t("\n")
    c.t("PhilHealth PIN: ").id(f"{pin[:2]}-{pin[2:11]}-{pin[11]}").t("    Senior Citizen ID (OSCA): ").id(c.dig(6)).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(", ").ad(city).t(" ").zp(z).t("\n")
    c.t("Watcher: ").nm(kid.ph if kid.midn else kid.fl).t(" (daughter), CP ").ph(phone(c)).t("\n")
    c.t("Admitted: ").d(adm, c.ch(["us", "usl"])).t("    Discharged: ").d(dis, c.ch(["us", "usl"])).t("\n\n")
    dx = dxc(c)
    c.t("Final diagnosis: ").c(dx[0]).t(" - ").c(dx[2]).t("; ").cl(c.some(["HCVD", "T2DM", "CKD stage 4", "s/p CVA with residual R hemiparesis",
                                                           "PTB completed treatment"], 2, 3)).t("\n")
    c.t("Home medications:\n").lines(c.some(["Losartan 50 mg 1 tab OD", "Amlodipine 10 mg 1 tab OD", "Metformin 500 mg 1 tab BID",
                                            "Atorvastatin 40 mg 1 tab at bedtime", "Clopidogrel 75 mg 1 tab OD",
                                            "Ferrous sulfate 1 tab OD", "Insulin NPH 10 units before breakfast"], 3, 5))
    c.t("Home care: ").c(c.ch(["caregiver hired (stay-in), trained on turning and feeding", ("daughter trained on NGT feeding 250 cc "
                               "every 4 h"), "home PT twice weekly"])).t("; ").c(c.ch(["PhilHealth Konsulta package", "PCSO assistance for meds",
                                                                                       "Malasakit Center assistance"])).t("\n")
    c.t("Follow-up: OPD ").d(dis + timedelta(days=c.ri(7, 14)), c.ch(["us", "usl"])).t(" with ")
    c.c(c.ch(["CBC, creatinine", "FBS, HbA1c", "sodium, potassium"])).t("\n\n")
    c.t("Dr. ").nm(doc.ph if doc.midn else doc.fl).t(", Resident, PRC Lic. ").id(c.dig(7)).t("\n")
    c.t("Discharge teaching by ").nm(nurse.fl).t(", RN\n")
    return _end(c, q, dob, [("urn:ph:philhealth", pin)], (line, town, z))


# ---------------------------------------------------------------------------------------- Jamaica
JM_HOSP = orgs("Cornwall Regional Hospital", "Falmouth Public General Hospital", "Noel Holmes Hospital",
               "Savanna-la-Mar Public General Hospital")  # St. James, Trelawny, Hanover, Westmoreland
JM_HOME = orgs("St. James Infirmary", "Golden Age Home", "Trelawny Infirmary", "Hanover Infirmary")


def jm_infirmary(c: C) -> Note:
    q = c.pat()
    dob, a = c.old(0.45)
    trn = c.dig(9)
    docket = f"{c.dig(6)}"
    kid, doc, sw = c.rel(q), c.staff(), c.staff("f")
    line, town, _z, parish = place(c)
    k = ["St. James", "Trelawny", "Hanover", "Westmoreland"].index(parish)
    hosp, home = JM_HOSP[k], c.ch([JM_HOME[0], JM_HOME[2], JM_HOME[3]] if k else JM_HOME[:2])
    d0 = c.wdt(-3, 0)
    c.t(f"{hosp.upper()} - Medical Social Work Department\nREFERRAL FOR INFIRMARY / LONG-TERM CARE PLACEMENT\n\n")
    c.t(f"Name: {q.title} ").nm(c.ch([q.fl, q.FL])).t("    Docket No.: ").id(docket).t("\n")
    c.t("DOB: ").d(dob, c.ch(["nthc", "dmy"])).t(" (").age(a).t(" yrs)    TRN: ").id(c.ch([trn, f"{trn[:3]}-{trn[3:6]}-{trn[6:]}"])).t("\n")
    c.t("NHF card: ").id(c.dig(8)).t("    JADEP: ").c(c.ch(["registered", "not registered"])).t("\n")
    c.t("Address: ").ad(line).t(", ").ad(town).t(f", {parish}\n")
    c.t("Referral date: ").d(d0, c.ch(["nthc", "dmy"])).t("\n\n")
    dx = dxc(c)
    c.t("Medical: admitted with ").c(dx[0]).t(" - ").c(dx[2]).t("; ").cl(c.some(["hypertension", "diabetes mellitus", "glaucoma",
                                                                    "bilateral BKA", "dementia"], 2, 3)).t(".\n")
    bi, mob = func(c, 100, top=2)
    c.t("Function: ").cl([mob, cog(c), bi]).t("\n")
    c.t("Social: ").c(c.ch(["lives alone in a board house, no running water", "caregiver (niece) migrated", "abandoned at the hospital"]))
    c.t("; only relative reachable is ").nm(kid.fl).t(f" ({'son' if kid.sex == 'm' else 'daughter'}), ")
    c.ph(phone(c)).t(", ").t(c.ch(["who lives overseas", "who works in Kingston", "who is willing to visit"])).t(".\n")
    c.t("Income: ").c(c.ch(["PATH benefit", "NIS pension", "none"])).t(".\n")
    c.t(f"Request: placement at {home}; ").c(c.ch(["poor relief assessment requested", "Inspector of Poor notified"])).t(".\n")
    c.t("Medications: ").cl(meds(c, GENERIC_MEDS, 2, 4), "; ").t("\n\n")
    c.t("Dr ").nm(doc.fi).t(" (Medical Officer)  |  ").nm(sw.fl).t(", Medical Social Worker ").ph(phone(c, False)).t("\n")
    return _end(c, q, dob, [("urn:jm:trn", trn)], (line, town, ""))


# ---------------------------------------------------------------------------------------- the templates
TEMPLATES: list[tuple[str, str, Callable[[C], Note]]] = [
    ("en", "orthogeriatric discharge summary to a nursing home", en_discharge_nh),
    ("en", "NHS Continuing Healthcare Checklist", en_chc_checklist),
    ("en", "CHC Decision Support Tool MDT recommendation", en_dst_record),
    ("en", "Care Act 2014 social work needs assessment", en_care_act),
    ("en", "package-of-care request e-mail to brokerage", en_poc_email),
    ("en", "lower-case ward delayed-discharge huddle", en_huddle_lower),
    ("en", "family meeting / best interests discussion", en_family_meeting),
    ("en", "non-emergency patient transport booking", en_transport),
    ("en", "discharge to assess pathway 2 referral", en_d2a_referral),
    ("sc", "delayed discharge record (AWI / codes)", sc_delayed_discharge),
    ("sc", "immediate discharge letter to GP and care home", sc_discharge_letter),
    ("sc", "adult social work assessment (SDS)", sc_sw_assessment),
    ("cy", "bilingual discharge summary", cy_bilingual_discharge),
    ("cy", "complex discharge MDT (D2RA pathway 3)", cy_complex_mdt),
    ("ni", "referral to community care management (NISAT)", ni_care_management),
    ("ni", "nursing transfer letter to a care home", ni_transfer_letter),
    ("us", "discharge summary to a skilled nursing facility", us_snf_discharge),
    ("us", "case management discharge planning note", us_case_management),
    ("us", "social work psychosocial assessment", us_sw_psychosocial),
    ("us", "Medicaid long-term care application worksheet", us_medicaid_ltc),
    ("us", "home health referral / face-to-face encounter", us_home_health),
    ("us", "lower-case secure chat between CM, RN and SW", us_chat_lower),
    ("us", "palliative family meeting / goals of care", us_goals_of_care),
    ("us", "ambulance physician certification statement", us_transport_pcs),
    ("au", "aged care assessment support plan", au_acat),
    ("au", "discharge referral to residential aged care", au_racf_discharge),
    ("au", "Transition Care Program referral", au_tcp_referral),
    ("au", "family conference note", au_family_conference),
    ("on", "ALC / long-term care application summary", on_alc_ltc),
    ("on", "discharge summary to retirement home", on_discharge_retirement),
    ("ns", "continuing care intake and assessment", ns_continuing_care),
    ("sk", "discharge planning note (First Nations / Ukrainian)", sk_discharge_fn),
    ("ie", "Fair Deal CSAR", ie_fair_deal),
    ("ie", "HSE home support application", ie_home_support),
    ("ie", "dictated-not-read geriatric clinic letter", ie_dictation),
    ("nz", "NASC referral with interRAI", nz_nasc_referral),
    ("nz", "discharge summary to a rest home", nz_rest_home_discharge),
    ("nz", "lower-case discharge coordinator contact log", nz_text_log_lower),
    ("sg", "nursing home placement referral (MSW)", sg_nh_application),
    ("hk", "geriatric discharge to an RCHE", hk_rche_discharge),
    ("my", "bilingual geriatric discharge summary", my_home_discharge),
    ("in", "geriatric medicine discharge summary", in_geriatric_discharge),
    ("za", "step-down / frail care referral", za_frail_care),
    ("ph", "discharge plan with home care", ph_home_discharge),
    ("jm", "infirmary placement referral", jm_infirmary),
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
            note = fn(C(111_000_003 + i * 7919 + attempt * 104_729, region))
        except Redraw:
            continue
        if _clean(note):
            return note
    raise RuntimeError(f"template {fn.__name__} failed to draw a clean note")


def generate(n: int) -> list[Note]:
    return [_one(i) for i in range(n)]
